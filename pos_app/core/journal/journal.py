"""The journal: every receipt, durable before it leaves, with its state, history and outcome.

SQLite in WAL mode with ``synchronous=FULL``: each change is one transaction, on disk when the
method returns, so a receipt survives a crash or a power cut from the moment ``add`` returns.

Thread-safety: one connection shared by all threads, every method holding one lock. The workflow
writes from a worker thread while the window reads; each call takes milliseconds, so a lock is
simpler than a connection per thread and just as fast. Another process (``pos-app journal``
while the window is open) may use the same file: WAL lets it read, and writers wait their turn.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import Any, Self, TypeAlias

from pos_app.core import paths
from pos_app.core.checker_cheque import CopyDetails, DiscountCard
from pos_app.core.codes import PaymentType, ReceiptType
from pos_app.core.errors import ValidationError
from pos_app.core.fiscal_qr import FiscalQr
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.i18n import Message
from pos_app.core.journal.errors import IllegalTransitionError, JournalError, ReceiptNotFoundError
from pos_app.core.journal.indexing import (
    from_kopecks,
    local_date,
    receipt_figures,
    search_text,
    to_kopecks,
)
from pos_app.core.journal.records import (
    Delivery,
    FiscalRecord,
    HistoryEvent,
    OutboxState,
    PaymentTotal,
    PeriodTotals,
    PromoSubmission,
    ReceiptRecord,
    ReceiptSummary,
    TypeTotal,
    VatTotal,
)
from pos_app.core.journal.schema import migrate
from pos_app.core.journal.states import (
    DELIVERY_TRANSITIONS,
    RECEIPT_STATES_WAITING,
    RECEIPT_TRANSITIONS,
    Actor,
    DeliveryState,
    PromoState,
    ReceiptState,
    Topic,
)
from pos_app.core.merchant_receipt import merchant_receipt_json
from pos_app.core.money import parse_money
from pos_app.core.receipt import Receipt
from pos_app.core.target import CashboxTarget, TargetMode

JOURNAL_FILE = "journal.sqlite3"
DEFAULT_PAGE = 100
# The IntellectMoney invoice (СКО): 10 digits starting with 3 (API_NOTES.md).
_INVOICE_ID = re.compile(r"3[0-9]{9}")

logger = logging.getLogger(__name__)

# Why a receipt moved or failed: a translatable message, or plain text (a service's own words).
# The journal keeps the English text for every reader, and the message so the window can show
# it in the cashier's language.
Reason: TypeAlias = str | Message

INTERRUPTED_SEND = Message(
    "journal",
    _N("journal", "The app stopped while sending it; whether the cashbox got it is unknown."),
)

_SUMMARY_COLUMNS = """
    id, created_at, receipt_type, total_kopecks, state, invoice_id, document_id,
    contact_email, contact_phone, fiscal_fd, delivery_state, last_error, last_error_message,
    target_mode, target_url
"""
_SUMMARY_WIDTH = 15
# What the outbox still has to do: send, fetch fiscal data, or deliver the copy.
_WAITING = f"""
    (state IN ({", ".join(f"'{state}'" for state in RECEIPT_STATES_WAITING)})
     OR (state = '{ReceiptState.FISCALIZED}' AND delivery_state = '{DeliveryState.PENDING}'))
"""


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _stamp(moment: datetime) -> str:
    # Fixed width (always microseconds, always +00:00) so that text order is time order.
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text)


class Journal:
    """The receipts' durable record. Open with :meth:`open`; close with :meth:`close` (or use
    it as a context manager)."""

    def __init__(
        self, connection: sqlite3.Connection, path: Path, clock: Callable[[], datetime]
    ) -> None:
        self._conn = connection
        self._path = path
        self._clock = clock
        self._lock = threading.RLock()

    @classmethod
    def open(cls, path: Path | None = None, *, clock: Callable[[], datetime] = _utc_now) -> Journal:
        """Open (creating if needed) the journal and bring its schema up to date.

        ``path`` defaults to ``journal.sqlite3`` in the user's data folder; ``clock`` gives
        the current time, aware (tests pass a fixed one).
        """
        path = path if path is not None else paths.data_dir() / JOURNAL_FILE
        if not path.exists():
            # Created private before SQLite touches it; SQLite gives its -wal and -shm files
            # the same permissions.
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        # isolation_level=None: transactions are begun and ended here, explicitly.
        connection = sqlite3.connect(
            path, timeout=10.0, isolation_level=None, check_same_thread=False
        )
        try:
            connection.execute("PRAGMA journal_mode = WAL")
            # FULL: in WAL mode NORMAL may lose the last commits on a power cut; a receipt
            # marked SENDING must still say so after one.
            connection.execute("PRAGMA synchronous = FULL")
            connection.execute("PRAGMA foreign_keys = ON")
            migrate(connection)
        except sqlite3.DatabaseError as error:
            connection.close()
            raise JournalError(
                _N("journal", "The journal {path} cannot be opened: {problem}."),
                path=path,
                problem=error,
            ) from error
        except BaseException:
            connection.close()
            raise
        logger.info("Journal open: %s", path)
        return cls(connection, path, clock)

    @property
    def path(self) -> Path:
        return self._path

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # --- receipts -------------------------------------------------------------------------

    def add(
        self,
        receipt: Receipt,
        invoice_id: str,
        *,
        refund_id: int | None = None,
        refund_of: int | None = None,
        target: CashboxTarget | None = None,
        copy: CopyDetails | None = None,
    ) -> int:
        """Write a new receipt, QUEUED; it is on disk when this returns. Its contact (e-mail
        and phone) is the receipt's own; a phone or a Checker.uz customer code (in ``copy``)
        means a Checker.uz copy is to be delivered.

        ``refund_id`` is IntellectMoney's InvoiceRefundId for a refund receipt; ``refund_of``
        the journal id of the sale it returns (what is left to refund is counted from it);
        ``target`` the cashbox it is made for, the only one it is ever sent to.
        """
        copy = copy or CopyDetails()
        invoice_id = _check_invoice_id(invoice_id)
        if refund_id is not None:
            _check_positive(refund_id, "refund_id")
        contact = receipt.contact
        figures = receipt_figures(receipt)
        now = self._clock()
        names = [position.text for position in receipt.positions]
        wanted = contact.phone or copy.customer_code
        delivery = DeliveryState.PENDING if wanted else DeliveryState.NOT_NEEDED
        with self._write() as conn:
            if refund_of is not None:
                self._state_of(conn, refund_of)  # the original must exist
            cursor = conn.execute(
                """
                INSERT INTO receipts (
                    created_at, updated_at, created_date, receipt_type, total_kopecks,
                    change_kopecks, content, invoice_id, refund_id, refund_of, contact_email,
                    contact_phone, state, delivery_state, target_mode, target_url,
                    copy_customer_code, copy_discount_card, copy_note
                ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                (
                    _stamp(now),
                    _stamp(now),
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
            self._log(
                conn,
                receipt_id,
                Topic.RECEIPT,
                None,
                ReceiptState.QUEUED,
                detail="added to the journal",
            )
        logger.info("Receipt %d added (%s, invoice %s)", receipt_id, receipt.type.name, invoice_id)
        return receipt_id

    def get(self, receipt_id: int) -> ReceiptRecord:
        """Everything about one receipt; ReceiptNotFoundError if the journal has no such id."""
        with self._read() as conn:
            row = conn.execute(
                f"""
                SELECT {_SUMMARY_COLUMNS}, updated_at, content, change_kopecks, refund_id,
                       refund_of, fiscal_fn, fiscal_fd, fiscal_fp, fiscal_shift,
                       fiscal_processed_at, fiscal_device_sn, fiscal_device_rn, fiscal_ofd_name,
                       fiscal_ofd_inn, raw, qr, delivery_attempts, delivery_error,
                       delivery_error_message, copy_customer_code, copy_discount_card, copy_note
                FROM receipts LEFT JOIN fiscal_answers ON receipt_id = id
                WHERE id = ?
                """,  # noqa: S608 - the column list is a constant
                (receipt_id,),
            ).fetchone()
            if row is None:
                raise _not_found(receipt_id)
            history = conn.execute(
                """
                SELECT at, topic, actor, from_state, to_state, detail
                FROM receipt_history WHERE receipt_id = ? ORDER BY id
                """,
                (receipt_id,),
            ).fetchall()
            promos = conn.execute(
                """
                SELECT id, receipt_id, campaign_id, inshopper_id, state, reject_reason,
                       created_at, updated_at
                FROM promo_submissions WHERE receipt_id = ? ORDER BY id
                """,
                (receipt_id,),
            ).fetchall()
        summary = _summary(row[:_SUMMARY_WIDTH])
        rest = row[_SUMMARY_WIDTH:]
        (updated_at, content, change, refund_id, refund_of, fn, fd, fp, shift) = rest[:9]
        (processed_at, device_sn, device_rn, ofd_name, ofd_inn, raw, qr) = rest[9:16]
        attempts, delivery_error, delivery_error_message = rest[16:19]
        customer_code, discount_card, note = rest[19:]
        fiscal = None
        if fn is not None:
            fiscal = FiscalRecord(
                fn=fn,
                fd=fd,
                fp=fp,
                shift=shift,
                processed_at=_moment(processed_at),
                device_sn=device_sn,
                device_rn=device_rn,
                ofd_name=ofd_name,
                ofd_inn=ofd_inn,
                raw=raw,
            )
        return ReceiptRecord(
            **vars(summary),
            updated_at=_moment(updated_at),
            content=content,
            change=from_kopecks(change),
            refund_id=refund_id,
            refund_of=refund_of,
            fiscal=fiscal,
            qr=qr,
            delivery=Delivery(
                summary.delivery_state, attempts, _message(delivery_error, delivery_error_message)
            ),
            history=tuple(
                HistoryEvent(_moment(at), Topic(topic), Actor(actor), old, new, detail)
                for at, topic, actor, old, new, detail in history
            ),
            promos=tuple(_promo(promo) for promo in promos),
            copy=CopyDetails(
                customer_code=customer_code,
                discount_card=None
                if discount_card is None
                else DiscountCard(**json.loads(discount_card)),
                note=note or "",
            ),
        )

    def mark_sending(self, receipt_id: int) -> None:
        """QUEUED → SENDING: call right before createReceipt leaves; from here on a crash
        leaves the outcome unknown."""
        self._move(receipt_id, ReceiptState.SENDING, "sending to the cashbox")

    def mark_not_sent(self, receipt_id: int, reason: Reason) -> None:
        """SENDING → QUEUED: only when the request provably never left (no connection could be
        made); it will be sent again by itself."""
        self._move(receipt_id, ReceiptState.QUEUED, reason, error=reason)

    def mark_submitted(self, receipt_id: int, document_id: str) -> None:
        """SENDING → SUBMITTED: the cashbox took the receipt; its document id is kept at once."""
        document_id = _check_document_id(document_id)
        self._move(
            receipt_id,
            ReceiptState.SUBMITTED,
            f"document {document_id}",
            columns={"document_id": document_id},
            search=document_id,
        )

    def mark_fiscalized(self, receipt_id: int, fiscal: FiscalRecord, qr: FiscalQr) -> None:
        """SUBMITTED → FISCALIZED, with the fiscal data and the QR string built from them."""
        if (qr.fn, qr.fd, qr.fp) != (fiscal.fn, fiscal.fd, fiscal.fp):
            raise ValidationError(
                "qr",
                _N("journal", "The QR code {qr} is not built from these fiscal data."),
                qr=qr,
            )
        with self._write() as conn:
            # The QR's n is the receipt's type as the journal knows it (what was sent), not
            # the cashbox's name for it read back from getReceipt.
            (kind,) = conn.execute(
                "SELECT receipt_type FROM receipts WHERE id = ?", (receipt_id,)
            ).fetchone() or (None,)
            if kind is not None:
                qr = replace(qr, receipt_type=ReceiptType(kind))
            self._transition(
                conn,
                receipt_id,
                ReceiptState.FISCALIZED,
                f"FD {fiscal.fd}, FP {fiscal.fp}",
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

    def mark_rejected(self, receipt_id: int, reason: Reason) -> None:
        """SENDING or SUBMITTED → REJECTED: the service refused it; ``reason`` is its words."""
        with self._write() as conn:
            self._transition(conn, receipt_id, ReceiptState.REJECTED, reason, error=reason)
            # A refused receipt has no copy to deliver.
            if self._delivery_of(conn, receipt_id) is DeliveryState.PENDING:
                self._deliver(
                    conn, receipt_id, DeliveryState.NOT_NEEDED, "the receipt was rejected"
                )

    def mark_needs_attention(self, receipt_id: int, reason: Reason) -> None:
        """SENDING or SUBMITTED → NEEDS_ATTENTION: the outcome is unknown; never re-sent until
        a person decides."""
        self._move(receipt_id, ReceiptState.NEEDS_ATTENTION, reason, error=reason)

    def mark_interrupted_sends(self) -> tuple[int, ...]:
        """At the workflow's start: every receipt left SENDING by an app that stopped mid-way
        needs attention (the cashbox may or may not have it). Returns their ids."""
        reason = INTERRUPTED_SEND
        with self._write() as conn:
            ids = tuple(
                receipt_id
                for (receipt_id,) in conn.execute(
                    "SELECT id FROM receipts WHERE state = ? ORDER BY id", (ReceiptState.SENDING,)
                ).fetchall()
            )
            for receipt_id in ids:
                self._transition(
                    conn, receipt_id, ReceiptState.NEEDS_ATTENTION, reason, error=reason
                )
        if ids:
            logger.warning("Receipts left sending by a stopped app: %s", ids)
        return ids

    def resolve_retry(self, receipt_id: int, note: str | None = None) -> None:
        """NEEDS_ATTENTION → QUEUED, a person's decision (having checked the cashbox does not
        have it): it will be sent again."""
        self._move(
            receipt_id,
            ReceiptState.QUEUED,
            note or "a person chose to send it again",
            actor=Actor.PERSON,
        )

    def resolve_with_document(
        self, receipt_id: int, document_id: str, note: str | None = None
    ) -> None:
        """NEEDS_ATTENTION → SUBMITTED, a person's decision: the cashbox has it under
        ``document_id``; its fiscal data will be fetched."""
        document_id = _check_document_id(document_id)
        self._move(
            receipt_id,
            ReceiptState.SUBMITTED,
            note or f"a person found it in the cashbox as document {document_id}",
            actor=Actor.PERSON,
            columns={"document_id": document_id},
            search=document_id,
        )

    def cancel(self, receipt_id: int, reason: str) -> None:
        """QUEUED → CANCELLED, a person's decision, with ``reason`` in the history.

        Only while no request of it can have reached the cashbox: a receipt that was ever
        submitted, or whose outcome was ever unknown (even if a person later sent it again),
        may exist at the cashbox, and cancelling it here would hide a fiscal document."""
        text = reason.strip()
        if not text:
            raise ValidationError(
                "reason",
                _N("validation", "Say why the receipt is cancelled; the reason is kept."),
            )
        with self._write() as conn:
            self._state_of(conn, receipt_id)
            (reached,) = conn.execute(
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
            ).fetchone()
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
            self._transition(conn, receipt_id, ReceiptState.CANCELLED, text, actor=Actor.PERSON)
            if self._delivery_of(conn, receipt_id) is DeliveryState.PENDING:
                self._deliver(
                    conn, receipt_id, DeliveryState.NOT_NEEDED, "the receipt was cancelled"
                )

    def record_error(self, receipt_id: int, error: Reason) -> None:
        """Keep a failure that changes no state (fetching fiscal data failed; will try again)."""
        with self._write() as conn:
            self._state_of(conn, receipt_id)
            self._set_error(conn, receipt_id, error)

    def refunds_of(self, receipt_id: int) -> tuple[ReceiptSummary, ...]:
        """The refund receipts issued against a sale, oldest first (rejected ones included)."""
        return self._summaries("refund_of = ? ORDER BY id", (receipt_id,))

    # --- the customer's copy (Checker.uz) -------------------------------------------------

    def mark_delivered(self, receipt_id: int) -> None:
        self._delivery_step(receipt_id, DeliveryState.DELIVERED, "copy delivered")

    def record_delivery_failure(self, receipt_id: int, error: Reason, *, final: bool) -> None:
        """An attempt failed: ``final`` gives up (FAILED, e.g. recipient not found), otherwise
        the copy stays PENDING and is tried again."""
        state = DeliveryState.FAILED if final else DeliveryState.PENDING
        self._delivery_step(receipt_id, state, error, error=error)

    def record_delivery_wait(self, receipt_id: int, reason: Reason) -> None:
        """The copy cannot be tried now (e.g. the Checker.uz token is not set): it stays
        PENDING with ``reason``, and no attempt is counted."""
        self._delivery_step(receipt_id, DeliveryState.PENDING, reason, error=reason, counted=False)

    def retry_delivery(self, receipt_id: int) -> None:
        """FAILED → PENDING, a person's decision (e.g. the phone was wrong and is now right)."""
        self._delivery_step(
            receipt_id, DeliveryState.PENDING, "a person asked to try again", actor=Actor.PERSON
        )

    def cancel_delivery(self, receipt_id: int, reason: str) -> None:
        """PENDING → NOT_NEEDED (e.g. Checker.uz is not set up in this shop)."""
        with self._write() as conn:
            self._state_of(conn, receipt_id)
            self._deliver(conn, receipt_id, DeliveryState.NOT_NEEDED, reason)

    # --- promo submissions (check.inshopper.ru) -------------------------------------------

    def add_promo_submission(
        self,
        receipt_id: int,
        campaign_id: int,
        inshopper_id: int | None,
        state: PromoState = PromoState.SUBMITTED,
        reject_reason: str | None = None,
    ) -> int:
        """Record a submission of a fiscalized receipt to a campaign; returns its id."""
        _check_positive(campaign_id, "campaign_id")
        now = _stamp(self._clock())
        with self._write() as conn:
            current = self._state_of(conn, receipt_id)
            if current is not ReceiptState.FISCALIZED:
                raise IllegalTransitionError(
                    _N(
                        "journal",
                        "Receipt {id} is not fiscalized yet ({state}); only a fiscalized receipt"
                        " can be submitted to a campaign.",
                    ),
                    id=receipt_id,
                    state=current.label,
                )
            cursor = conn.execute(
                """
                INSERT INTO promo_submissions (
                    receipt_id, campaign_id, inshopper_id, state, reject_reason, created_at,
                    updated_at
                ) VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
                (receipt_id, campaign_id, inshopper_id, state, reject_reason, now, now),
            )
            self._log(
                conn,
                receipt_id,
                Topic.PROMO,
                None,
                state,
                detail=_promo_detail(campaign_id, reject_reason),
            )
        return int(cursor.lastrowid or 0)

    def update_promo_submission(
        self, submission_id: int, state: PromoState, reject_reason: str | None = None
    ) -> None:
        """The campaign's check moved on; the same state again changes nothing."""
        with self._write() as conn:
            row = conn.execute(
                "SELECT receipt_id, campaign_id, state FROM promo_submissions WHERE id = ?",
                (submission_id,),
            ).fetchone()
            if row is None:
                raise ReceiptNotFoundError(
                    _N("journal", "The journal has no promo submission {id}."), id=submission_id
                )
            receipt_id, campaign_id, current = row[0], row[1], PromoState(row[2])
            if state is current:
                return
            if current.is_final:
                raise IllegalTransitionError(
                    _N(
                        "journal",
                        "The promo submission {id} is already settled ({state}); it cannot change.",
                    ),
                    id=submission_id,
                    state=current.label,
                )
            conn.execute(
                """
                UPDATE promo_submissions SET state = ?, reject_reason = ?, updated_at = ?
                WHERE id = ?
                """,
                (state, reject_reason, _stamp(self._clock()), submission_id),
            )
            self._log(
                conn,
                receipt_id,
                Topic.PROMO,
                current,
                state,
                detail=_promo_detail(campaign_id, reject_reason),
            )

    # --- what waits, lists, searches, sums ------------------------------------------------

    def waiting(self) -> tuple[ReceiptSummary, ...]:
        """Receipts the outbox has work for (QUEUED, SUBMITTED, or fiscalized with the copy
        still to deliver), oldest first."""
        return self._summaries(f"{_WAITING} ORDER BY id", ())

    def outbox_state(self, target: CashboxTarget | None = None) -> OutboxState:
        """What waits; with ``target`` (the cashbox configured now), also how many of the
        waiting receipts were made for another one."""
        with self._read() as conn:
            count, oldest = conn.execute(
                f"SELECT COUNT(*), MIN(created_at) FROM receipts WHERE {_WAITING}"  # noqa: S608
            ).fetchone()
            elsewhere = 0
            if target is not None:
                (elsewhere,) = conn.execute(
                    f"""
                    SELECT COUNT(*) FROM receipts
                    WHERE {_WAITING} AND target_mode IS NOT NULL
                      AND (target_mode != ? OR target_url != ?)
                    """,  # noqa: S608 - a constant condition
                    (target.mode, target.url),
                ).fetchone()
            error = conn.execute(
                f"""
                SELECT last_error, last_error_message FROM receipts
                WHERE {_WAITING} AND last_error IS NOT NULL
                ORDER BY last_error_at DESC LIMIT 1
                """  # noqa: S608 - a constant condition
            ).fetchone()
            (attention,) = conn.execute(
                "SELECT COUNT(*) FROM receipts WHERE state = ?", (ReceiptState.NEEDS_ATTENTION,)
            ).fetchone()
        return OutboxState(
            waiting=count,
            oldest=None if oldest is None else _moment(oldest),
            last_error=None if error is None else _message(*error),
            needs_attention=attention,
            elsewhere=elsewhere,
        )

    def list_recent(self, limit: int = DEFAULT_PAGE, offset: int = 0) -> tuple[ReceiptSummary, ...]:
        """The newest receipts first."""
        return self._summaries("1 ORDER BY id DESC LIMIT ? OFFSET ?", (limit, offset))

    def search(
        self,
        text: str | None = None,
        *,
        amount: Decimal | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        limit: int = DEFAULT_PAGE,
        offset: int = 0,
    ) -> tuple[ReceiptSummary, ...]:
        """Receipts matching every filter given, newest first.

        ``text`` is looked for, case-insensitively, in the positions' names, the invoice, the
        contact, the document id and the FD number; ``amount`` is the exact total; the dates
        (inclusive) are the local dates the receipts were made on.
        """
        source, order = "receipts", "id"
        conditions = ["1"]
        params: list[object] = []
        if text is not None and text.strip():
            # Driven from the narrow search table, newest first, so that a page of matches
            # is found without reading the receipts that do not match.
            source = "receipt_search JOIN receipts ON id = receipt_id"
            order = "receipt_id"
            conditions.append("instr(text, ?) > 0")
            params.append(text.strip().casefold())
        if amount is not None:
            conditions.append("total_kopecks = ?")
            params.append(to_kopecks(parse_money(amount, "amount", allow_zero=True)))
        _check_period(date_from, date_to)
        if date_from is not None:
            conditions.append("created_date >= ?")
            params.append(date_from.isoformat())
        if date_to is not None:
            conditions.append("created_date <= ?")
            params.append(date_to.isoformat())
        where = " AND ".join(conditions)
        return self._summaries(
            f"{where} ORDER BY {order} DESC LIMIT ? OFFSET ?", (*params, limit, offset), source
        )

    def period_totals(self, date_from: date, date_to: date) -> PeriodTotals:
        """Sums over the FISCALIZED receipts whose fiscal time falls, in local time, on a day
        from ``date_from`` to ``date_to`` (inclusive)."""
        _check_period(date_from, date_to)
        period = (ReceiptState.FISCALIZED, date_from.isoformat(), date_to.isoformat())
        in_period = "r.state = ? AND r.fiscal_date BETWEEN ? AND ?"
        with self._read() as conn:
            by_type = conn.execute(
                f"""
                SELECT r.receipt_type, COUNT(*), SUM(r.total_kopecks), SUM(r.change_kopecks)
                FROM receipts AS r WHERE {in_period}
                GROUP BY r.receipt_type ORDER BY r.receipt_type
                """,  # noqa: S608 - a constant condition
                period,
            ).fetchall()
            by_payment = conn.execute(
                f"""
                SELECT r.receipt_type, p.payment_type,
                       SUM(p.amount_kopecks - IIF(p.payment_type = ?, r.change_kopecks, 0))
                FROM receipts AS r JOIN receipt_payments AS p ON p.receipt_id = r.id
                WHERE {in_period}
                GROUP BY r.receipt_type, p.payment_type ORDER BY 1, 2
                """,  # noqa: S608 - a constant condition
                (PaymentType.CASH, *period),
            ).fetchall()
            by_vat = conn.execute(
                f"""
                SELECT r.receipt_type, v.vat_code, SUM(v.base_kopecks), SUM(v.vat_kopecks)
                FROM receipts AS r JOIN receipt_vat AS v ON v.receipt_id = r.id
                WHERE {in_period}
                GROUP BY r.receipt_type, v.vat_code ORDER BY 1, 2
                """,  # noqa: S608 - a constant condition
                period,
            ).fetchall()
        return PeriodTotals(
            by_type=tuple(
                TypeTotal(ReceiptType(kind), count, from_kopecks(total), from_kopecks(change))
                for kind, count, total, change in by_type
            ),
            by_payment=tuple(
                PaymentTotal(ReceiptType(kind), PaymentType(payment), from_kopecks(amount))
                for kind, payment, amount in by_payment
            ),
            by_vat=tuple(
                VatTotal(ReceiptType(kind), code, from_kopecks(base), from_kopecks(tax))
                for kind, code, base, tax in by_vat
            ),
        )

    # --- inside ---------------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; IMMEDIATE takes the write lock first, so the state read
        inside cannot change before it is written."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """Several reads seeing one moment of the journal."""
        with self._lock:
            self._conn.execute("BEGIN")
            try:
                yield self._conn
            finally:
                self._conn.execute("COMMIT")

    def _summaries(
        self, condition: str, params: Sequence[object], source: str = "receipts"
    ) -> tuple[ReceiptSummary, ...]:
        with self._lock:
            rows = self._conn.execute(
                f"SELECT {_SUMMARY_COLUMNS} FROM {source} WHERE {condition}",  # noqa: S608
                tuple(params),
            ).fetchall()
        return tuple(_summary(row) for row in rows)

    def _move(
        self,
        receipt_id: int,
        to: ReceiptState,
        detail: Reason,
        *,
        actor: Actor = Actor.APP,
        columns: dict[str, object] | None = None,
        error: Reason | None = None,
        search: str | None = None,
    ) -> None:
        with self._write() as conn:
            self._transition(
                conn,
                receipt_id,
                to,
                detail,
                actor=actor,
                columns=columns,
                error=error,
                search=search,
            )

    def _transition(
        self,
        conn: sqlite3.Connection,
        receipt_id: int,
        to: ReceiptState,
        detail: Reason,
        *,
        actor: Actor = Actor.APP,
        columns: dict[str, object] | None = None,
        error: Reason | None = None,
        search: str | None = None,
    ) -> None:
        current = self._state_of(conn, receipt_id)
        allowed = RECEIPT_TRANSITIONS.get((current, to))
        if allowed is not actor:
            raise _illegal(receipt_id, current.label, to.label, allowed)
        changes: dict[str, object] = {"state": to, "updated_at": _stamp(self._clock())}
        changes.update(columns or {})
        # Moving forward clears the old failure: the status bar shows only current trouble.
        changes["last_error"] = None if error is None else str(error)
        changes["last_error_message"] = _encoded(error)
        changes["last_error_at"] = None if error is None else changes["updated_at"]
        assignments = ", ".join(f"{name} = ?" for name in changes)
        conn.execute(
            f"UPDATE receipts SET {assignments} WHERE id = ?",  # noqa: S608 - names from code
            (*changes.values(), receipt_id),
        )
        if search is not None:
            conn.execute(
                "UPDATE receipt_search SET text = text || char(10) || ? WHERE receipt_id = ?",
                (search.casefold(), receipt_id),
            )
        self._log(conn, receipt_id, Topic.RECEIPT, current, to, detail=str(detail), actor=actor)
        logger.info("Receipt %d: %s → %s (%s)", receipt_id, current, to, actor)

    def _delivery_step(
        self,
        receipt_id: int,
        to: DeliveryState,
        detail: Reason,
        *,
        actor: Actor = Actor.APP,
        error: Reason | None = None,
        counted: bool = True,
    ) -> None:
        with self._write() as conn:
            state = self._state_of(conn, receipt_id)
            if state is not ReceiptState.FISCALIZED:
                raise IllegalTransitionError(
                    _N(
                        "journal",
                        "Receipt {id} is not fiscalized yet ({state}); its copy cannot be sent.",
                    ),
                    id=receipt_id,
                    state=state.label,
                )
            self._deliver(conn, receipt_id, to, detail, actor=actor, error=error, counted=counted)

    def _deliver(
        self,
        conn: sqlite3.Connection,
        receipt_id: int,
        to: DeliveryState,
        detail: Reason,
        *,
        actor: Actor = Actor.APP,
        error: Reason | None = None,
        counted: bool = True,
    ) -> None:
        current = self._delivery_of(conn, receipt_id)
        allowed = DELIVERY_TRANSITIONS.get((current, to))
        if allowed is not actor:
            raise _illegal(receipt_id, current.label, to.label, allowed)
        tried = to is DeliveryState.DELIVERED or error is not None
        attempt = 1 if counted and tried else 0
        conn.execute(
            """
            UPDATE receipts SET delivery_state = ?, delivery_attempts = delivery_attempts + ?,
                                delivery_error = ?, delivery_error_message = ?, updated_at = ?
            WHERE id = ?
            """,
            (
                to,
                attempt,
                None if error is None else str(error),
                _encoded(error),
                _stamp(self._clock()),
                receipt_id,
            ),
        )
        if error is not None:
            self._set_error(conn, receipt_id, error)
        self._log(conn, receipt_id, Topic.DELIVERY, current, to, detail=str(detail), actor=actor)

    def _set_error(self, conn: sqlite3.Connection, receipt_id: int, error: Reason) -> None:
        conn.execute(
            """
            UPDATE receipts SET last_error = ?, last_error_message = ?, last_error_at = ?
            WHERE id = ?
            """,
            (str(error), _encoded(error), _stamp(self._clock()), receipt_id),
        )

    def _state_of(self, conn: sqlite3.Connection, receipt_id: int) -> ReceiptState:
        row = conn.execute("SELECT state FROM receipts WHERE id = ?", (receipt_id,)).fetchone()
        if row is None:
            raise _not_found(receipt_id)
        return ReceiptState(row[0])

    def _delivery_of(self, conn: sqlite3.Connection, receipt_id: int) -> DeliveryState:
        row = conn.execute(
            "SELECT delivery_state FROM receipts WHERE id = ?", (receipt_id,)
        ).fetchone()
        return DeliveryState(row[0])

    def _log(
        self,
        conn: sqlite3.Connection,
        receipt_id: int,
        topic: Topic,
        from_state: str | None,
        to_state: str,
        *,
        detail: str,
        actor: Actor = Actor.APP,
    ) -> None:
        conn.execute(
            """
            INSERT INTO receipt_history (receipt_id, at, topic, actor, from_state, to_state, detail)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            (receipt_id, _stamp(self._clock()), topic, actor, from_state, to_state, detail),
        )


def _summary(row: Sequence[Any]) -> ReceiptSummary:
    (receipt_id, created_at, kind, total, state, invoice_id, document_id) = row[:7]
    (email, phone, fd, delivery, error, error_message, target_mode, target_url) = row[7:]
    return ReceiptSummary(
        id=receipt_id,
        created_at=_moment(created_at),
        receipt_type=ReceiptType(kind),
        total=from_kopecks(total),
        state=ReceiptState(state),
        invoice_id=invoice_id,
        document_id=document_id,
        email=email,
        phone=phone,
        fd=fd,
        delivery_state=DeliveryState(delivery),
        last_error=_message(error, error_message),
        target=None if target_mode is None else CashboxTarget(TargetMode(target_mode), target_url),
    )


def _encoded(reason: Reason | None) -> str | None:
    """A translatable reason as the journal keeps it beside its English text."""
    return reason.to_json() if isinstance(reason, Message) and reason.context else None


def _message(text: str | None, encoded: str | None) -> Message | None:
    if text is None:
        return None
    # Plain texts (a service's own words, entries from before journal version 4) read as
    # they are.
    return Message.verbatim(text) if encoded is None else Message.from_json(encoded, text)


def _promo(row: Sequence[Any]) -> PromoSubmission:
    (submission_id, receipt_id, campaign_id, inshopper_id, state, reason, created, updated) = row
    return PromoSubmission(
        id=submission_id,
        receipt_id=receipt_id,
        campaign_id=campaign_id,
        inshopper_id=inshopper_id,
        state=PromoState(state),
        reject_reason=reason,
        created_at=_moment(created),
        updated_at=_moment(updated),
    )


def _promo_detail(campaign_id: int, reject_reason: str | None) -> str:
    detail = f"campaign {campaign_id}"
    return f"{detail}: {reject_reason}" if reject_reason else detail


def _illegal(
    receipt_id: int, current: str, target: str, allowed: Actor | None
) -> IllegalTransitionError:
    if allowed is Actor.PERSON:
        return IllegalTransitionError(
            _N(
                "journal",
                "Receipt {id}: only a person can move “{state}” to “{target}”; the app never"
                " does it on its own.",
            ),
            id=receipt_id,
            state=current,
            target=target,
        )
    return IllegalTransitionError(
        _N("journal", "Receipt {id}: “{state}” cannot become “{target}”; nothing was changed."),
        id=receipt_id,
        state=current,
        target=target,
    )


def _not_found(receipt_id: int) -> ReceiptNotFoundError:
    return ReceiptNotFoundError(_N("journal", "The journal has no receipt {id}."), id=receipt_id)


def _check_invoice_id(value: str) -> str:
    text = value.strip()
    if not _INVOICE_ID.fullmatch(text):
        raise ValidationError(
            "invoice_id",
            _N(
                "validation",
                "The invoice number “{value}” must be 10 digits starting with 3, as"
                " IntellectMoney gives it.",
            ),
            value=value,
        )
    return text


def _check_document_id(value: str) -> str:
    text = value.strip()
    if not text:
        raise ValidationError(
            "document_id", _N("validation", "The cashbox's document id is empty.")
        )
    return text


def _check_positive(value: int, field: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValidationError(
            field,
            _N("validation", "Must be a whole number above zero; {value} is not."),
            value=value,
        )


def _check_period(date_from: date | None, date_to: date | None) -> None:
    if date_from is not None and date_to is not None and date_from > date_to:
        raise ValidationError(
            "date_to",
            _N("validation", "The period ends ({end}) before it starts ({start})."),
            start=date_from.isoformat(),
            end=date_to.isoformat(),
        )
