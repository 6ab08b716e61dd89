"""The default command: open the cashier's window (Qt is imported only here, lazily)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

LANGUAGES = ("ru", "en")
# The window's flags: `pos-app [--sandbox] [--smoke] [--lang ru|en]`.
WINDOW_FLAGS = ("--sandbox", "--smoke")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--sandbox",
        action="store_true",
        help="work against the built-in local emulator of the services, with demo credentials",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="language of the window (default: the system's, Russian or English)",
    )


def window_arguments(tokens: Sequence[str]) -> argparse.Namespace | None:
    """The window's own command line read as the full parser reads it, without building that
    parser (its help formatter alone costs the start a few milliseconds). None for anything
    else (a command, --help, a mistake): the full parser reads it and explains what is wrong."""
    values: dict[str, object] = {"sandbox": False, "smoke": False, "lang": None}
    remaining = iter(tokens)
    for word in remaining:
        if word in WINDOW_FLAGS:
            values[word.removeprefix("--")] = True
        elif word == "--lang" or word.startswith("--lang="):
            language = word.removeprefix("--lang=") if "=" in word else next(remaining, "")
            if language not in LANGUAGES:
                return None
            values["lang"] = language
        else:
            return None
    return argparse.Namespace(**values, run=run)


def run(args: argparse.Namespace) -> int:
    from pos_app.qt.app import run_app  # noqa: PLC0415 - Qt loads only for the window

    return run_app(sandbox=args.sandbox, language=args.lang)
