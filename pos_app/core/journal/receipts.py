"""Receipts in the journal: adding one, reading one whole, and moving it through its states."""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import asdict, replace

from pos_app.core.checker_cheque import CopyDetails, DiscountCard
from pos_app.core.codes import ReceiptType
from pos_app.core.errors import ValidationError
from pos_app.core.fiscal_data import FiscalData
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.i18n import Message
from pos_app.core.identifiers import check_document_id, check_invoice_id, check_positive
from pos_app.core.journal import history_texts as words
from pos_app.core.journal import identity, moves
from pos_app.core.journal.connection import Store
from pos_app.core.journal.errors import IllegalTransitionError
from pos_app.core.journal.indexing import (
    from_kopecks,
    local_date,
    receipt_figures,
    search_text,
)
from pos_app.core.journal.records import (
    ApprovalNote,
    Delivery,
    HistoryEvent,
    ReceiptRecord,
)
from pos_app.core.journal.rows import (
    PROMO_COLUMNS,
    SUMMARY_COLUMNS,
    Reason,
    message,
    moment,
    promo,
    stamp,
    summary,
)
from pos_app.core.journal.shift_ties import person_on_shift, shift_for_receipt
from pos_app.core.journal.states import Actor, DeliveryState, ReceiptState, Topic
from pos_app.core.merchant_receipt import merchant_receipt_json
from pos_app.core.receipt import Receipt
from pos_app.core.target import CashboxTarget

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


def add(
    store: Store,
    receipt: Receipt,
    invoice_id: str,
    *,
    refund_id: int | None = None,
    refund_of: int | None = None,
    target: CashboxTarget | None = None,
    copy: CopyDetails | None = None,
) -> int:
    with store.write() as conn:
        if refund_of is not None:
            moves.state_of(conn, refund_of)  # the original must exist
        receipt_id = insert(
            conn,
            store,
            receipt,
            invoice_id,
            refund_id=refund_id,
            refund_of=refund_of,
            target=target,
            copy=copy,
        )
    logger.info("Receipt %d added (%s, invoice %s)", receipt_id, receipt.type.name, invoice_id)
    return receipt_id


def insert(
    conn: sqlite3.Connection,
    store: Store,
    receipt: Receipt,
    invoice_id: str,
    *,
    refund_id: int | None = None,
    refund_of: int | None = None,
    target: CashboxTarget | None = None,
    copy: CopyDetails | None = None,
) -> int:
    """Write a new receipt, QUEUED, inside the caller's write transaction ``conn``."""
    copy = copy or CopyDetails()
    invoice_id = check_invoice_id(invoice_id)
    if refund_id is not None:
        check_positive(refund_id, "refund_id")
    contact = receipt.contact
    figures = receipt_figures(receipt)
    now = store.clock()
    names = [position.text for position in receipt.positions]
    # A copy goes to the phone or to the customer's Checker.uz code.
    wanted = contact.phone or copy.customer_code
    delivery = DeliveryState.PENDING if wanted else DeliveryState.NOT_NEEDED
    shift_id, cashier = shift_for_receipt(conn, stamp(now))
    cursor = conn.execute(
        """
        INSERT INTO receipts (
            id, created_at, updated_at, created_date, receipt_type, total_kopecks,
            change_kopecks, content, invoice_id, refund_id, refund_of, contact_email,
            contact_phone, state, delivery_state, target_mode, target_url,
            copy_customer_code, copy_discount_card, copy_note, shift_id, cashier
        ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        (
            _next_number(conn),
            stamp(now),
            stamp(now),
            local_date(now),
            int(receipt.type),
            figures.total,
            figures.change,
            merchant_receipt_json(receipt),
            invoice_id,
            refund_id,
            refund_of,
            contact.email,
            contact.phone,
            ReceiptState.QUEUED,
            delivery,
            None if target is None else target.mode,
            None if target is None else target.url,
            copy.customer_code,
            None if copy.discount_card is None else json.dumps(asdict(copy.discount_card)),
            copy.note or None,
            shift_id,
            cashier,
        ),
    )
    receipt_id = int(cursor.lastrowid or 0)
    conn.execute(
        "INSERT INTO receipt_search VALUES (?, ?)",
        (receipt_id, search_text([*names, invoice_id, contact.email, contact.phone])),
    )
    conn.executemany(
        "INSERT INTO receipt_payments VALUES (?, ?, ?)",
        [(receipt_id, code, amount) for code, amount in figures.payments],
    )
    conn.executemany(
        "INSERT INTO receipt_vat VALUES (?, ?, ?, ?)",
        [(receipt_id, code, base, tax) for code, base, tax in figures.vat],
    )
    moves.log(
        conn,
        store.now(),
        receipt_id,
        Topic.RECEIPT,
        from_state=None,
        to_state=ReceiptState.QUEUED,
        detail=words.said(words.ADDED),
        person=person_on_shift(conn),
    )
    return receipt_id


def _next_number(conn: sqlite3.Connection) -> int | None:
    """The new receipt's number when a floor is set (an older copy of the journal was restored:
    the numbers it lacks were given already and are never given again); None lets SQLite
    number it after the highest."""
    row = conn.execute(
        "SELECT value FROM journal_meta WHERE key = ?", (identity.RECEIPT_FLOOR,)
    ).fetchone()
    if row is None:
        return None
    (highest,) = conn.execute("SELECT COALESCE(MAX(id), 0) FROM receipts").fetchone()
    return max(int(row["value"]), int(highest) + 1)


def next_number(store: Store) -> int:
    with store.read() as conn:
        floor = _next_number(conn)
        if floor is not None:
            return floor
        (highest,) = conn.execute("SELECT COALESCE(MAX(id), 0) FROM receipts").fetchone()
    return int(highest) + 1


def get(store: Store, receipt_id: int) -> ReceiptRecord:
    with store.read() as conn:
        return read(conn, receipt_id)


def read(conn: sqlite3.Connection, receipt_id: int) -> ReceiptRecord:
    """Everything about one receipt, inside the caller's transaction ``conn``."""
    row = conn.execute(
        f"""
        SELECT {SUMMARY_COLUMNS}, updated_at, content, change_kopecks, refund_id,
               refund_of, fiscal_fn, fiscal_fp, fiscal_shift,
               fiscal_processed_at, fiscal_device_sn, fiscal_device_rn, fiscal_ofd_name,
               fiscal_ofd_inn, raw, qr, delivery_attempts, delivery_error,
               delivery_error_message, copy_customer_code, copy_discount_card, copy_note,
               cashier
        FROM receipts LEFT JOIN fiscal_answers ON receipt_id = id
        WHERE id = ?
        """,  # noqa: S608 - the column list is a constant
        (receipt_id,),
    ).fetchone()
    if row is None:
        raise moves.not_found(receipt_id)
    history = conn.execute(
        """
        SELECT at, topic, actor, person, from_state, to_state, detail, detail_message
        FROM receipt_history WHERE receipt_id = ? ORDER BY id
        """,
        (receipt_id,),
    ).fetchall()
    approvals = conn.execute(
        "SELECT at, admin, action FROM approvals WHERE receipt_id = ? ORDER BY id",
        (receipt_id,),
    ).fetchall()
    promos = conn.execute(
        f"SELECT {PROMO_COLUMNS} FROM promo_submissions WHERE receipt_id = ? ORDER BY id",  # noqa: S608
        (receipt_id,),
    ).fetchall()
    head = summary(row)
    fiscal = None
    if row["fiscal_fn"] is not None:
        # The document id, type and total are the receipt's own: the cashbox fiscalized it
        # under that document id, and its total and type are what was sent.
        fiscal = FiscalData(
            document_id=row["document_id"],
            fn=row["fiscal_fn"],
            fd=row["fiscal_fd"],
            fp=row["fiscal_fp"],
            shift=row["fiscal_shift"],
            processed_at=moment(row["fiscal_processed_at"]),
            device_sn=row["fiscal_device_sn"],
            device_rn=row["fiscal_device_rn"],
            ofd_name=row["fiscal_ofd_name"],
            ofd_inn=row["fiscal_ofd_inn"],
            receipt_type=head.receipt_type,
            total=head.total,
            raw=row["raw"],
        )
    return ReceiptRecord(
        **vars(head),
        updated_at=moment(row["updated_at"]),
        content=row["content"],
        change=from_kopecks(row["change_kopecks"]),
        refund_id=row["refund_id"],
        refund_of=row["refund_of"],
        fiscal=fiscal,
        qr=row["qr"],
        delivery=Delivery(
            head.delivery_state,
            row["delivery_attempts"],
            message(row["delivery_error"], row["delivery_error_message"]),
        ),
        history=tuple(
            HistoryEvent(
                at=moment(event["at"]),
                topic=Topic(event["topic"]),
                actor=Actor(event["actor"]),
                person=event["person"],
                from_state=event["from_state"],
                to_state=event["to_state"],
                detail=event["detail"],
                detail_message=message(event["detail"], event["detail_message"]),
            )
            for event in history
        ),
        promos=tuple(promo(submission) for submission in promos),
        cashier=row["cashier"],
        approvals=tuple(
            ApprovalNote(moment(approval["at"]), approval["admin"], approval["action"])
            for approval in approvals
        ),
        copy=CopyDetails(
            customer_code=row["copy_customer_code"],
            discount_card=None
            if row["copy_discount_card"] is None
            else DiscountCard(**json.loads(row["copy_discount_card"])),
            note=row["copy_note"] or "",
        ),
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
