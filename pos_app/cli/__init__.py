"""The `pos-app` command: the cashier's window by default, and subcommands for scripts.

Each subcommand lives in its own module with a ``register(subparsers)`` function that adds its
parser and sets ``run`` to a function taking the parsed arguments and returning the exit code.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from pos_app import APP_NAME, __version__
from pos_app.cli import (
    credentials,
    fiscalize,
    gui,
    journal,
    outbox,
    qr,
    refund,
    report,
    resolve,
    sandbox,
    settings,
)
from pos_app.cli.exit_codes import ExitCode, run_command

_COMMANDS = (
    fiscalize,
    refund,
    outbox,
    resolve,
    journal,
    report,
    qr,
    settings,
    credentials,
    sandbox,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description=(
            "Point-of-sale utility: builds receipts, fiscalizes them through the IntellectMoney"
            " cloud cashbox, sends the customer a copy and shows the fiscal QR code."
            " Without a command it opens the cashier's window."
        ),
        epilog=f"Exit codes: {ExitCode.describe()}.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    gui.add_arguments(parser)
    parser.set_defaults(run=gui.run)
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for command in _COMMANDS:
        command.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return run_command(args.run, args)
