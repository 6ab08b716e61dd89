"""What the sending commands (fiscalize, outbox, resolve) share: the till session, opened as
the window opens it (settings, keyring, journal), holding the sender lock when no other
pos-app does."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

from pos_app.cli.exit_codes import CommandError, ExitCode
from pos_app.core.journal import ReceiptRecord, ReceiptState
from pos_app.core.session import TillSession, open_production_session
from pos_app.core.workflow import RoundReport

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
WAITING_FOR_SENDER = (
    "Another pos-app (the window, or another command) is sending receipts now; waiting up to"
    " {wait:g} s for it to take this one or to finish, then this command sends what waits"
    " itself."
)
# How often a command waiting for the sender looks whether its receipt was settled.
LOOK_INTERVAL = 0.5
# A receipt in these states is not settled yet: a command waiting for the sender keeps waiting.
_UNSETTLED = (
    ReceiptState.QUEUED,
    ReceiptState.SENDING,
    ReceiptState.SUBMITTED,
    ReceiptState.FISCAL_DATA_LATE,
)
STILL_SENDING = (
    "Another pos-app is still sending after {wait:g} s; what waits stays in the journal, safe."
    " An open window sends it within a minute; otherwise run pos-app outbox --retry."
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


def send_what_waits(
    session: TillSession, *, wait: float, receipt_id: int | None = None
) -> RoundReport | None:
    """Send everything waiting, oldest first, receipts other pos-apps add meanwhile too, for
    up to ``wait`` seconds. Without the sender lock, first wait for it (as long, and saying
    so): two commands at once never leave a receipt behind. None when the other pos-app
    settled ``receipt_id`` meanwhile, or still sends after the wait (the window: it sends
    what waits)."""
    deadline = time.monotonic() + wait
    if not session.sending:
        print(WAITING_FOR_SENDER.format(wait=wait), file=sys.stderr)
        while not session.wait_to_send(min(LOOK_INTERVAL, max(0.0, deadline - time.monotonic()))):
            if receipt_id is not None and session.journal.get(receipt_id).state not in _UNSETTLED:
                return None  # the other sender settled it; the record says how
            if time.monotonic() >= deadline:
                print(STILL_SENDING.format(wait=wait), file=sys.stderr)
                return None
    patience = max(0.0, deadline - time.monotonic())
    return session.outbox.drain(patience=patience, deadline=deadline)


def exit_code_for(record: ReceiptRecord) -> ExitCode:
    return STATE_EXIT_CODES[record.state]
