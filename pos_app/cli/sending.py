"""What the sending commands (fiscalize, outbox, resolve) share: the till session, opened as
the window opens it (settings, keyring, journal), holding the sender lock when no other
pos-app does."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from pos_app.cli.exit_codes import CommandError, ExitCode
from pos_app.core.journal import ReceiptRecord, ReceiptState
from pos_app.core.session import TillSession, open_production_session

STATE_EXIT_CODES = {
    ReceiptState.FISCALIZED: ExitCode.OK,
    ReceiptState.REJECTED: ExitCode.REJECTED,
    ReceiptState.NEEDS_ATTENTION: ExitCode.NEEDS_ATTENTION,
    ReceiptState.QUEUED: ExitCode.WAITING,
    ReceiptState.SENDING: ExitCode.WAITING,
    ReceiptState.SUBMITTED: ExitCode.WAITING,
    ReceiptState.CANCELLED: ExitCode.FAILED,
    ReceiptState.FISCAL_DATA_LATE: ExitCode.WAITING,
    # Waits for a person (pos-app resolve ID --retry once the cause is fixed).
    ReceiptState.HELD: ExitCode.NEEDS_ATTENTION,
}
ANOTHER_SENDER = (
    "Another pos-app (the window, or another command) is sending receipts now; it sends"
    " this one too."
)


class SetupError(CommandError):
    """The command cannot start; the message says why and what to do."""


@contextmanager
def sending() -> Iterator[TillSession]:
    """The shop's session, able to send; SetupError says what sending still needs. (A
    receipt from the command line carries its own shop, so the shop's settings are not
    needed here: only the credentials.)"""
    session = open_production_session()
    try:
        if not session.can_send:
            raise SetupError(
                "Sending is not set up yet; missing: "
                + "; ".join(str(message) for message in session.missing_for_sending)
            )
        session.recover()
        yield session
    finally:
        session.close()


def exit_code_for(record: ReceiptRecord) -> ExitCode:
    return STATE_EXIT_CODES[record.state]
