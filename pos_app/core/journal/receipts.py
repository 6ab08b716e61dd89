"""Receipts in the journal: adding one, numbering it, and reading one whole (its moves through
the states are in :mod:`.receipt_moves`)."""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import asdict

from pos_app.core.checker_cheque import CopyDetails, DiscountCard
from pos_app.core.fiscal_data import FiscalData
from pos_app.core.identifiers import check_invoice_id, check_positive
from pos_app.core.journal import history_texts as words
from pos_app.core.journal import identity, moves
from pos_app.core.journal.connection import Store
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
