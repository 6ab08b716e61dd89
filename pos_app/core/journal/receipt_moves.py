"""A receipt's moves through its states, each in its own write transaction: the cashbox's
answers as they come, a person's decisions, and failures that change no state."""

from __future__ import annotations

import logging
from dataclasses import replace

from pos_app.core.codes import ReceiptType
from pos_app.core.errors import ValidationError
from pos_app.core.fiscal_data import FiscalData
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.i18n import Message
from pos_app.core.identifiers import check_document_id
from pos_app.core.journal import history_texts as words
from pos_app.core.journal import moves
from pos_app.core.journal.connection import Store
from pos_app.core.journal.errors import IllegalTransitionError
from pos_app.core.journal.indexing import local_date
from pos_app.core.journal.rows import Reason
from pos_app.core.journal.states import Actor, DeliveryState, ReceiptState, Topic

logger = logging.getLogger(__name__)

INTERRUPTED_SEND = Message(
    "journal",
    _N("journal", "The app stopped while sending it; whether the cashbox got it is unknown."),
)
INTERRUPTED_ANSWERED = _N(
    "journal",
    "The cashbox took it in as document {document}, but the app stopped (or the journal failed)"
    " before recording that: it is most likely fiscalized. Do not ring it again: check"
    " document {document} in the IntellectMoney account and resolve it with that document id.",
)


def move(
    store: Store,
    receipt_id: int,
    to: ReceiptState,
    detail: Reason,
    *,
    actor: Actor = Actor.APP,
    columns: dict[str, object] | None = None,
    error: Reason | None = None,
    search: str | None = None,
) -> None:
    """One state move, in its own transaction."""
    with store.write() as conn:
        moves.transition(
            conn,
            store.now(),
            receipt_id,
            to,
            detail,
            actor=actor,
            columns=columns,
            error=error,
            search=search,
        )


def mark_submitted(store: Store, receipt_id: int, document_id: str) -> None:
    document_id = check_document_id(document_id)
    move(
        store,
        receipt_id,
        ReceiptState.SUBMITTED,
        words.said(words.SUBMITTED, document_id=document_id),
        columns={"document_id": document_id},
        search=document_id,
    )


def mark_fiscalized(store: Store, receipt_id: int, fiscal: FiscalData) -> None:
    """Keep the fiscal data and the QR code they make; the receipt keeps the document id it
    was submitted under."""
    with store.write() as conn:
        # The QR's n is the receipt's type as the journal knows it (what was sent), not the
        # cashbox's name for it read back from getReceipt.
        kind = conn.execute(
            "SELECT receipt_type FROM receipts WHERE id = ?", (receipt_id,)
        ).fetchone()
        qr = fiscal.qr if kind is None else replace(fiscal.qr, receipt_type=ReceiptType(kind[0]))
        moves.transition(
            conn,
            store.now(),
            receipt_id,
            ReceiptState.FISCALIZED,
            words.said(words.FISCALIZED, fd=fiscal.fd, fp=fiscal.fp),
            columns={
                "fiscal_fn": fiscal.fn,
                "fiscal_fd": fiscal.fd,
                "fiscal_fp": fiscal.fp,
                "fiscal_shift": fiscal.shift,
                "fiscal_processed_at": fiscal.processed_at.isoformat(),
                "fiscal_device_sn": fiscal.device_sn,
                "fiscal_device_rn": fiscal.device_rn,
                "fiscal_ofd_name": fiscal.ofd_name,
                "fiscal_ofd_inn": fiscal.ofd_inn,
                "fiscal_date": local_date(fiscal.processed_at),
                "qr": str(qr),
            },
            search=str(fiscal.fd),
        )
        conn.execute("INSERT INTO fiscal_answers VALUES (?, ?)", (receipt_id, fiscal.raw))


def mark_rejected(store: Store, receipt_id: int, reason: Reason) -> None:
    with store.write() as conn:
        now = store.now()
        moves.transition(conn, now, receipt_id, ReceiptState.REJECTED, reason, error=reason)
        # A refused receipt has no copy to deliver.
        if moves.delivery_of(conn, receipt_id) is DeliveryState.PENDING:
            moves.deliver(
                conn, now, receipt_id, DeliveryState.NOT_NEEDED, words.said(words.REJECTED)
            )


def mark_interrupted_sends(store: Store, kept: dict[int, str]) -> tuple[int, ...]:
    """``kept``: document ids kept beside the journal, by receipt."""
    with store.write() as conn:
        now = store.now()
        ids = tuple(
            row["id"]
            for row in conn.execute(
                "SELECT id FROM receipts WHERE state = ? ORDER BY id", (ReceiptState.SENDING,)
            ).fetchall()
        )
        for receipt_id in ids:
            reason = INTERRUPTED_SEND
            if receipt_id in kept:
                reason = Message.of("journal", INTERRUPTED_ANSWERED, {"document": kept[receipt_id]})
            moves.transition(
                conn, now, receipt_id, ReceiptState.NEEDS_ATTENTION, reason, error=reason
            )
    if ids:
        logger.warning("Receipts left sending by a stopped app: %s", ids)
    return ids


def unanswered(store: Store) -> tuple[int, ...]:
    """Receipts that may have reached the cashbox with no document id in the journal."""
    with store.read() as conn:
        rows = conn.execute(
            "SELECT id FROM receipts WHERE document_id IS NULL AND state IN (?, ?)",
            (ReceiptState.SENDING, ReceiptState.NEEDS_ATTENTION),
        ).fetchall()
    return tuple(row["id"] for row in rows)


def resolve_with_document(
    store: Store, receipt_id: int, document_id: str, note: str | None = None
) -> None:
    document_id = check_document_id(document_id)
    move(
        store,
        receipt_id,
        ReceiptState.SUBMITTED,
        note or words.said(words.FOUND, document_id=document_id),
        actor=Actor.PERSON,
        columns={"document_id": document_id},
        search=document_id,
    )


def record_error(store: Store, receipt_id: int, error: Reason) -> None:
    with store.write() as conn:
        moves.state_of(conn, receipt_id)
        moves.set_error(conn, store.now(), receipt_id, error)


def cancel(store: Store, receipt_id: int, reason: Reason) -> None:
    """QUEUED or HELD → CANCELLED, a person's decision, only while no request of the receipt
    can have reached the cashbox (a held one was refused whole: no document was made). One
    that was ever submitted, or whose outcome was ever unknown (even if a person later sent
    it again), may exist there."""
    text = str(reason).strip()
    if not text:
        raise ValidationError(
            "reason",
            _N("validation", "Say why the receipt is cancelled; the reason is kept."),
        )
    with store.write() as conn:
        now = store.now()
        moves.state_of(conn, receipt_id)
        reached = conn.execute(
            """
            SELECT COUNT(*) FROM receipt_history
            WHERE receipt_id = ? AND topic = ? AND to_state IN (?, ?, ?)
            """,
            (
                receipt_id,
                Topic.RECEIPT,
                ReceiptState.SUBMITTED,
                ReceiptState.NEEDS_ATTENTION,
                ReceiptState.REJECTED,
            ),
        ).fetchone()[0]
        if reached:
            raise IllegalTransitionError(
                _N(
                    "journal",
                    "Receipt {id} may have reached the cashbox before (it was sent and its"
                    " outcome was not certain), so it cannot be cancelled; check the"
                    " IntellectMoney account.",
                ),
                id=receipt_id,
            )
        detail = reason if isinstance(reason, Message) else text
        moves.transition(conn, now, receipt_id, ReceiptState.CANCELLED, detail, actor=Actor.PERSON)
        if moves.delivery_of(conn, receipt_id) is DeliveryState.PENDING:
            moves.deliver(
                conn, now, receipt_id, DeliveryState.NOT_NEEDED, words.said(words.CANCELLED)
            )
