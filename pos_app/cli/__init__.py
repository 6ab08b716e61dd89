"""The `pos-app` command: the cashier's window by default, and subcommands for scripts.

Each subcommand lives in its own module with a ``register(subparsers)`` function that adds its
parser and sets ``run`` to a function taking the parsed arguments and returning the exit code.
Only the modules the command line names are imported, so the window starts without loading
every subcommand's services.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pos_app import APP_NAME, __version__
from pos_app.cli import gui
from pos_app.cli.exit_codes import ExitCode, run_command

# The full parser is built only for a command, --help or a mistake: the window's own command
# line is read by gui.window_arguments, so the window starts without argparse's formatter.
if TYPE_CHECKING:
    from pos_app.cli.arguments import CommandParser

# Each command's name is its module's name in this package, in the order --help lists them.
COMMANDS = (
    "fiscalize",
    "refund",
    "outbox",
    "resolve",
    "journal",
    "report",
    "shift",
    "people",
    "promo",
    "catalog",
    "qr",
    "settings",
    "credentials",
    "sandbox",
)


def _commands_named(argv: Sequence[str] | None) -> tuple[str, ...]:
    """The commands whose parsers this command line needs: the one it names; none for the
    window; all of them for --help or anything unexpected (so argparse can list them)."""
    tokens = list(sys.argv[1:] if argv is None else argv)
    named = [token for token in tokens if token in COMMANDS]
    if named:
        return (named[0],)
    window_tokens = {"--sandbox", "--smoke", "--lang", "ru", "en"}
    if all(token in window_tokens or token.startswith("--lang=") for token in tokens):
        return ()
    return COMMANDS


def build_parser(commands: Sequence[str] = COMMANDS) -> CommandParser:
    from pos_app.cli.arguments import CommandParser  # noqa: PLC0415 - see above

    parser = CommandParser(
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
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="open the window, print 'ok' once it is painted and exit 0 (checks an installation)",
    )
    parser.set_defaults(run=gui.run)
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in commands:
        importlib.import_module(f"pos_app.cli.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Parsing too goes through the one mapping: a bad argument is bad input, exit 2.
    return run_command(_parse_and_run, argv)


def _parse_and_run(argv: Sequence[str] | None) -> int:
    args = gui.window_arguments(sys.argv[1:] if argv is None else argv)
    if args is None:
        parser = build_parser(_commands_named(argv))
        args = parser.parse_args(argv)
        if args.smoke and args.run is not gui.run:
            parser.error("--smoke checks the window; it does not go with a command")
    if args.smoke:
        from pos_app.qt import smoke  # noqa: PLC0415 - Qt loads only for the window

        args.run = smoke.run
    return int(args.run(args))
