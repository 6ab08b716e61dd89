"""Exit codes of the `pos-app` command, documented in `pos-app --help` and the README."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FAILED = 1
    BAD_INPUT = 2
    REJECTED = 3
    WAITING = 4
    NEEDS_ATTENTION = 5
    INTERRUPTED = 130

    @classmethod
    def describe(cls) -> str:
        return ", ".join(f"{code.value} {_MEANINGS[code]}" for code in cls)


_MEANINGS = {
    ExitCode.OK: "success",
    ExitCode.FAILED: "failed (the message says why)",
    ExitCode.BAD_INPUT: "bad input (the message names the field)",
    ExitCode.REJECTED: "the cashbox rejected the receipt (its words are printed)",
    ExitCode.WAITING: "the receipt waits in the outbox (it will be sent or completed later)",
    ExitCode.NEEDS_ATTENTION: "the outcome is unknown; a person must resolve it",
    ExitCode.INTERRUPTED: "interrupted",
}
