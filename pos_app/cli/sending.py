"""What the sending commands (fiscalize, outbox, resolve) share: the workflow, set up from
the keyring and the environment, holding the sender lock when no other pos-app does."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from pos_app.cli.exit_codes import ExitCode
from pos_app.core.credentials import CredentialsError
from pos_app.core.errors import ValidationError
from pos_app.core.journal import Journal, ReceiptRecord, ReceiptState
from pos_app.core.journal.errors import UnrecordedAnswerError
from pos_app.core.workflow import Outbox, RoundReport, Workflow
from pos_app.core.workflow.connections import keyring_clients
from pos_app.core.workflow.lock import SenderLock

STATE_EXIT_CODES = {
    ReceiptState.FISCALIZED: ExitCode.OK,
    ReceiptState.REJECTED: ExitCode.REJECTED,
    ReceiptState.NEEDS_ATTENTION: ExitCode.NEEDS_ATTENTION,
    ReceiptState.QUEUED: ExitCode.WAITING,
    ReceiptState.SENDING: ExitCode.WAITING,
    ReceiptState.SUBMITTED: ExitCode.WAITING,
    ReceiptState.FISCAL_DATA_LATE: ExitCode.WAITING,
    # Waits for a person (pos-app resolve ID --retry once the cause is fixed).
    ReceiptState.HELD: ExitCode.NEEDS_ATTENTION,
}
WAITING_FOR_SENDER = (
    "Another pos-app (the window, or another command) is sending receipts now; waiting up to"
    " {wait:g} s for it to take this one or to finish, then this command sends what waits"
    " itself."
)
# How often a command waiting for the sender looks whether its receipt was taken.
LOOK_INTERVAL = 0.5
STILL_SENDING = (
    "Another pos-app is still sending after {wait:g} s; what waits stays in the journal, safe."
    " An open window sends it within a minute; otherwise run pos-app outbox --retry."
)


# A receipt in these states is not settled yet: a command waiting for the sender keeps waiting.
_UNSETTLED = (
    ReceiptState.QUEUED,
    ReceiptState.SENDING,
    ReceiptState.SUBMITTED,
    ReceiptState.FISCAL_DATA_LATE,
)


class SetupError(Exception):
    """The command cannot start; the message says why and what to do."""


@dataclass
class Sending:
    journal: Journal
    workflow: Workflow
    outbox: Outbox
    lock: SenderLock
    # False when another pos-app holds the sender lock: write to the journal, send nothing.
    is_sender: bool

    def send_what_waits(self, *, wait: float, receipt_id: int | None = None) -> RoundReport | None:
        """Send everything waiting, oldest first, receipts other pos-apps add meanwhile too,
        for up to ``wait`` seconds. Without the sender lock, first wait for it (as long, and
        saying so): two commands at once never leave a receipt behind. None when the other
        pos-app settled ``receipt_id`` meanwhile, or still sends after the wait (the window: it
        sends what waits)."""
        deadline = time.monotonic() + wait
        if not self.is_sender:
            print(WAITING_FOR_SENDER.format(wait=wait), file=sys.stderr)
            while not self.lock.acquire(min(LOOK_INTERVAL, max(0.0, deadline - time.monotonic()))):
                if receipt_id is not None and self.journal.get(receipt_id).state not in _UNSETTLED:
                    return None  # the other sender settled it; the record says how
                if time.monotonic() >= deadline:
                    print(STILL_SENDING.format(wait=wait), file=sys.stderr)
                    return None
            self.is_sender = True
            self.workflow.recover()
        patience = max(0.0, deadline - time.monotonic())
        return self.outbox.drain(patience=patience, deadline=deadline)


@contextmanager
def sending() -> Iterator[Sending]:
    """Open the journal and the clients; SetupError when either cannot be had."""
    try:
        clients = keyring_clients()
    except (CredentialsError, ValidationError) as error:
        raise SetupError(str(error)) from None
    lock = SenderLock()
    try:
        with Journal.open() as journal:
            is_sender = lock.try_acquire()
            workflow = Workflow(journal, clients)
            if is_sender:
                workflow.recover()
            yield Sending(journal, workflow, Outbox(workflow), lock, is_sender)
    finally:
        lock.release()
        clients.close()


def exit_code_for(record: ReceiptRecord) -> ExitCode:
    return STATE_EXIT_CODES[record.state]


def fail(message: object, code: ExitCode = ExitCode.FAILED) -> int:
    if isinstance(message, UnrecordedAnswerError):
        # The receipt may be fiscalized: never "failed", which would have it rung again.
        code = ExitCode.NEEDS_ATTENTION
    print(message, file=sys.stderr)
    return code
