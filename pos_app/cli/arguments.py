"""The command line's own argument types and parser: every number checked at parse time.

A type refuses what it cannot take with words naming the range (argparse puts the option's
name in front), and :class:`CommandParser` turns every parse error into "Bad input: …" with
exit code 2 (through the one exit-code mapping), never a traceback: an id past 64 bits, a NaN,
an infinite or negative wait, a port past 65535.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from pos_app.cli.exit_codes import CommandError, ExitCode

# A journal receipt's id is an SQLite INTEGER: 64 bits, signed.
MAX_ID = 2**63 - 1
MAX_PORT = 65_535


class BadArgumentsError(CommandError):
    """The command line could not be parsed: bad input, saying what is wrong and where the
    command's --help is."""

    def __init__(self, message: str, prog: str) -> None:
        super().__init__(f"Bad input: {message}\nSee {prog} --help.", ExitCode.BAD_INPUT)
        self.prog = prog


class CommandParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are raised (the mapping prints them as bad input, exit 2)
    instead of printed and exited from the middle of parsing. Its subcommands' parsers are
    of the same class (argparse makes them with ``type(parent)``)."""

    def error(self, message: str) -> NoReturn:
        # argparse writes "argument --wait: <why>"; the option's name is what the reader needs.
        raise BadArgumentsError(message.removeprefix("argument "), self.prog)


def whole_number(smallest: int = 1, largest: int = MAX_ID) -> Callable[[str], int]:
    """A type for a whole number from ``smallest`` to ``largest`` (an id by default)."""

    def parse(text: str) -> int:
        digits = text.strip()
        # Checked as text first: int() of 5,000 digits is refused by Python with its own error.
        if not (digits.isascii() and digits.isdigit()) or len(digits) > len(str(largest)):
            raise argparse.ArgumentTypeError(_whole_words(text, smallest, largest))
        value = int(digits)
        if not smallest <= value <= largest:
            raise argparse.ArgumentTypeError(_whole_words(text, smallest, largest))
        return value

    parse.__name__ = "whole number"
    return parse


def seconds(largest: float) -> Callable[[str], float]:
    """A type for a finite number of seconds from 0 to ``largest`` (NaN and inf refused)."""

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            value = math.nan
        if not (math.isfinite(value) and 0 <= value <= largest):
            raise argparse.ArgumentTypeError(
                f"“{text}” must be a number of seconds from 0 to {largest:g}."
            )
        return value

    parse.__name__ = "seconds"
    return parse


def absolute_path(text: str) -> Path:
    """A type for a file or folder, made absolute from the working folder (SQLite opens the
    journal's files by URI, which a relative path cannot be); a NUL in it is refused."""
    if not text or "\x00" in text:
        shown = text.replace("\x00", "\\0")
        raise argparse.ArgumentTypeError(f"“{shown}” is not a path.")
    return Path(text).absolute()


def _whole_words(text: str, smallest: int, largest: int) -> str:
    shown = text if len(text) <= 40 else text[:39] + "…"
    return f"“{shown}” must be a whole number from {smallest} to {largest}."
