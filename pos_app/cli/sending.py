"""What the sending commands (fiscalize, outbox, resolve) share: the workflow, set up from
the keyring and the environment, holding the sender lock when no other pos-app does."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from pos_app.cli.exit_codes import ExitCode
from pos_app.core.credentials import CredentialsError
from pos_app.core.errors import ValidationError
from pos_app.core.journal import Journal, ReceiptRecord, ReceiptState
from pos_app.core.journal.errors import UnrecordedAnswerError
from pos_app.core.workflow import Outbox, Workflow
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
ANOTHER_SENDER = (
    "Another pos-app (the window, or another command) is sending receipts now; it sends"
    " this one too."
)


class SetupError(Exception):
    """The command cannot start; the message says why and what to do."""


@dataclass
class Sending:
    journal: Journal
    workflow: Workflow
    outbox: Outbox
    # False when another pos-app holds the sender lock: write to the journal, send nothing.
    is_sender: bool


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
            yield Sending(journal, workflow, Outbox(workflow), is_sender)
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
