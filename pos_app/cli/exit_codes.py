"""Exit codes of the `pos-app` command, documented in `pos-app --help` and the README."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FAILED = 1
    BAD_INPUT = 2
    INTERRUPTED = 130

    @classmethod
    def describe(cls) -> str:
        return ", ".join(f"{code.value} {_MEANINGS[code]}" for code in cls)


_MEANINGS = {
    ExitCode.OK: "success",
    ExitCode.FAILED: "failed (the message says why)",
    ExitCode.BAD_INPUT: "bad input (the message names the field)",
    ExitCode.INTERRUPTED: "interrupted",
}
