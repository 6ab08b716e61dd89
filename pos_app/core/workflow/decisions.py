"""A person's decisions on a receipt whose outcome was unknown (or that is held), written to
the journal and announced as events, from the window and the command line alike."""

from __future__ import annotations

from collections.abc import Callable

from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.i18n import Message
from pos_app.core.journal import ReceiptState
from pos_app.core.workflow.events import OutboxChanged, ReceiptChanged
from pos_app.core.workflow.workflow import Workflow

FOUND = _N("workflow", "A person found it in the account as document {document_id}.")


class Decisions:
    """The one way a person's decision reaches the journal; every one ends in an event (the
    screens refresh from it) and wakes the outbox (it acts on it)."""

    def __init__(self, workflow: Workflow, wake: Callable[[], None] | None = None) -> None:
        self._workflow = workflow
        self._journal = workflow.journal
        self._wake = wake

    def send_again(self, receipt_id: int, note: str | None = None) -> None:
        """Needs attention or held → queued: the cashbox does not have it (or a held one's
        cause is fixed), so it is sent again."""
        self._workflow.send_again(receipt_id, note)
        self._done()

    def found_in_account(self, receipt_id: int, document_id: str, note: str | None = None) -> None:
        """Needs attention → submitted: the cashbox has it; its fiscal data will be fetched."""
        self._journal.resolve_with_document(receipt_id, document_id, note)
        document = self._journal.get(receipt_id).document_id or document_id
        self._workflow.emit(
            ReceiptChanged(
                receipt_id,
                ReceiptState.SUBMITTED,
                Message.of("workflow", FOUND, {"document_id": document}),
            )
        )
        self._done()

    def _done(self) -> None:
        self._workflow.emit(OutboxChanged(self._journal.outbox_state()))
        if self._wake is not None:
            self._wake()
