"""The default command: open the cashier's window (Qt is imported only here, lazily)."""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--sandbox",
        action="store_true",
        help="work against the built-in local emulator of the services, with demo credentials",
    )
    parser.add_argument(
        "--lang",
        choices=("ru", "en"),
        help="language of the window (default: the system's, Russian or English)",
    )


def run(args: argparse.Namespace) -> int:
    from pos_app.qt.app import run_app  # noqa: PLC0415 - Qt loads only for the window

    return run_app(sandbox=args.sandbox, language=args.lang)
