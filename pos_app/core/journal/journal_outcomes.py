"""The journal's methods for what becomes of a receipt once written: the cashbox's answers as
they come, and a person's decisions where its outcome is in doubt.

Part of :class:`.journal.Journal`, in a module of its own for size; the work is done in
:mod:`.receipt_moves`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from pos_app.core.fiscal_data import FiscalData
from pos_app.core.journal import document_ids, receipt_moves
from pos_app.core.journal import history_texts as words
from pos_app.core.journal.connection import Store
from pos_app.core.journal.errors import JournalFileError, unrecorded
from pos_app.core.journal.rows import Reason
from pos_app.core.journal.states import Actor, ReceiptState


class ReceiptOutcomes:
    """A receipt's moves after it was written: SENDING, the cashbox's answers, a person's
    decisions."""

    _store: Store

    def mark_sending(self, receipt_id: int) -> None:
        """QUEUED → SENDING: call right before createReceipt leaves; from here on a crash
        leaves the outcome unknown."""
        receipt_moves.move(self._store, receipt_id, ReceiptState.SENDING, words.said(words.SENDING))
        # Its number is about to leave the machine (later as the copy's Checker.uz operation
        # code): the identity beside the journal keeps the highest such number, so an older
        # copy of the journal, which would give it again, is refused. Here rather than in add,
        # so the Pay key does not wait for the file's sync.
        self._store.saw_receipt(receipt_id)

    # The cashbox's answers: when the journal's file fails while recording one, the error is
    # UnrecordedAnswerError (the receipt may be fiscalized: never ring it again), carrying the
    # document id when there is one.

    def mark_not_sent(self, receipt_id: int, reason: Reason) -> None:
        """SENDING → QUEUED: only when the request provably never left (no connection could be
        made); it will be sent again by itself."""
        with self._answer(receipt_id):
            receipt_moves.move(self._store, receipt_id, ReceiptState.QUEUED, reason, error=reason)

    def mark_submitted(self, receipt_id: int, document_id: str) -> None:
        """SENDING → SUBMITTED: the cashbox took the receipt; its document id is kept at once,
        first in a small file beside the journal (flushed to disk), then in the journal."""
        document_ids.keep(self._store.path, receipt_id, document_id)
        with self._answer(receipt_id, document_id):
            receipt_moves.mark_submitted(self._store, receipt_id, document_id)

    def mark_fiscalized(self, receipt_id: int, fiscal: FiscalData) -> None:
        """SUBMITTED → FISCALIZED, with the fiscal data and the QR string built from them."""
        with self._answer(receipt_id, fiscal.document_id, fiscalized=True):
            receipt_moves.mark_fiscalized(self._store, receipt_id, fiscal)

    def mark_rejected(self, receipt_id: int, reason: Reason) -> None:
        """SENDING, SUBMITTED or FISCAL_DATA_LATE → REJECTED: the service refused it;
        ``reason`` is its words."""
        with self._answer(receipt_id):
            receipt_moves.mark_rejected(self._store, receipt_id, reason)

    def mark_needs_attention(self, receipt_id: int, reason: Reason) -> None:
        """SENDING or SUBMITTED → NEEDS_ATTENTION: the outcome is unknown; never re-sent until
        a person decides."""
        with self._answer(receipt_id):
            receipt_moves.move(
                self._store, receipt_id, ReceiptState.NEEDS_ATTENTION, reason, error=reason
            )

    def mark_held(self, receipt_id: int, reason: Reason) -> None:
        """SENDING → HELD: refused as a whole for a reason the app does not know; no document
        was made. It waits for a person (resolve_retry), not for the outbox."""
        with self._answer(receipt_id):
            receipt_moves.move(self._store, receipt_id, ReceiptState.HELD, reason, error=reason)

    def mark_fiscal_data_late(self, receipt_id: int, reason: Reason) -> None:
        """SUBMITTED → FISCAL_DATA_LATE: the cashbox has it, its fiscal data have not come for
        long; still asked for, never sent again."""
        receipt_moves.move(
            self._store, receipt_id, ReceiptState.FISCAL_DATA_LATE, reason, error=reason
        )

    def mark_interrupted_sends(self) -> tuple[int, ...]:
        """At the workflow's start: every receipt left SENDING by an app that stopped mid-way
        needs attention (the cashbox may or may not have it); one whose document id was kept
        beside the journal says it. Returns their ids."""
        kept = document_ids.read(self._store.path)
        ids = receipt_moves.mark_interrupted_sends(self._store, kept)
        if kept:
            document_ids.forget_all_but(self._store.path, receipt_moves.unanswered(self._store))
        return ids

    @contextmanager
    def _answer(
        self, receipt_id: int, document_id: str | None = None, *, fiscalized: bool = False
    ) -> Iterator[None]:
        try:
            yield
        except JournalFileError as error:
            raise unrecorded(receipt_id, document_id, error, fiscalized=fiscalized) from error

    def resolve_retry(self, receipt_id: int, note: str | None = None) -> None:
        """NEEDS_ATTENTION → QUEUED, a person's decision (having checked the cashbox does not
        have it), or HELD → QUEUED (the cause fixed): it will be sent again."""
        receipt_moves.move(
            self._store,
            receipt_id,
            ReceiptState.QUEUED,
            note or words.said(words.SENT_AGAIN),
            actor=Actor.PERSON,
        )

    def resolve_with_document(
        self, receipt_id: int, document_id: str, note: str | None = None
    ) -> None:
        """NEEDS_ATTENTION → SUBMITTED, a person's decision: the cashbox has it under
        ``document_id``; its fiscal data will be fetched."""
        receipt_moves.resolve_with_document(self._store, receipt_id, document_id, note)

    def cancel(self, receipt_id: int, reason: Reason) -> None:
        """QUEUED or HELD → CANCELLED, a person's decision, with ``reason`` in the history; refused
        (IllegalTransitionError) once a request of it may have reached the cashbox."""
        receipt_moves.cancel(self._store, receipt_id, reason)

    def record_error(self, receipt_id: int, error: Reason) -> None:
        """Keep a failure that changes no state (fetching fiscal data failed; will try again)."""
        receipt_moves.record_error(self._store, receipt_id, error)
