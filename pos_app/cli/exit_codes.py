"""Exit codes of the `pos-app` command, documented in `pos-app --help` and the README."""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import IntEnum
from typing import TypeVar


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


class CommandError(Exception):
    """A command cannot do its job; ``str()`` says why and what to do, ``code`` is the exit
    code (failed unless said otherwise)."""

    def __init__(self, message: object, code: ExitCode = ExitCode.FAILED) -> None:
        super().__init__(str(message))
        self.code = code


T = TypeVar("T")


def _failures() -> tuple[tuple[type[Exception], ExitCode, str], ...]:
    """The one mapping of failures to exit codes and messages, for every command: the first
    type that matches wins (a subclass before its base). Anything else is a bug and shows as
    one. Imported on a failure only: the window starts without the journal's and the shifts'
    errors."""
    from pos_app.core.errors import ValidationError  # noqa: PLC0415
    from pos_app.core.i18n import TranslatableError  # noqa: PLC0415
    from pos_app.core.journal import IllegalTransitionError, ReceiptNotFoundError  # noqa: PLC0415
    from pos_app.core.journal.errors import UnrecordedAnswerError  # noqa: PLC0415
    from pos_app.core.shifts.errors import PinRefusedError  # noqa: PLC0415

    return (
        (CommandError, ExitCode.FAILED, "{error}"),
        # The receipt may be fiscalized: never "failed", which would have it rung up again.
        (UnrecordedAnswerError, ExitCode.NEEDS_ATTENTION, "{error}"),
        (ReceiptNotFoundError, ExitCode.BAD_INPUT, "Bad input: ID: {error}"),
        (IllegalTransitionError, ExitCode.BAD_INPUT, "{error}"),
        (ValidationError, ExitCode.BAD_INPUT, "Bad input: {error}"),
        # A wrong PIN, or one locked for a while: nothing was done; the message says which.
        (PinRefusedError, ExitCode.BAD_INPUT, "Not allowed: {error}"),
        (TranslatableError, ExitCode.FAILED, "{error}"),
    )


def run_command(run: Callable[[T], int], args: T) -> int:
    """Run a command; a known failure becomes its message on standard error and its exit
    code, never a traceback."""
    try:
        return int(run(args))
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return int(ExitCode.INTERRUPTED)
    except Exception as error:
        for kind, code, template in _failures():
            if isinstance(error, kind):
                print(template.format(error=error), file=sys.stderr)
                return int(error.code if isinstance(error, CommandError) else code)
        raise
