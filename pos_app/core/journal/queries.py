"""What the journal answers without changing anything: lists, searches, the outbox, totals."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from pos_app.core.codes import PaymentType, ReceiptType
from pos_app.core.contact import parse_email, parse_phone
from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.journal.connection import Store
from pos_app.core.journal.indexing import from_kopecks, to_kopecks
from pos_app.core.journal.records import (
    OutboxState,
    PaymentTotal,
    PeriodTotals,
    ReceiptSummary,
    TypeTotal,
    VatTotal,
)
from pos_app.core.journal.rows import SUMMARY_COLUMNS, message, moment, summary
from pos_app.core.journal.states import RECEIPT_STATES_WAITING, DeliveryState, ReceiptState
from pos_app.core.money import parse_money
from pos_app.core.target import CashboxTarget

DEFAULT_PAGE = 100

# What the outbox counts apart: states a person should know about.
_FOR_A_PERSON = (ReceiptState.NEEDS_ATTENTION, ReceiptState.HELD, ReceiptState.FISCAL_DATA_LATE)
# What the outbox still has to do: send, fetch fiscal data, or deliver the copy.
_WAITING = f"""
    (state IN ({", ".join(f"'{state}'" for state in RECEIPT_STATES_WAITING)})
     OR (state = '{ReceiptState.FISCALIZED}' AND delivery_state = '{DeliveryState.PENDING}'))
"""


def summaries(
    store: Store, condition: str, params: Sequence[object], source: str = "receipts"
) -> tuple[ReceiptSummary, ...]:
    """Receipts from ``source`` meeting ``condition`` (SQL written in code, never input)."""
    with store.read() as conn:
        rows = conn.execute(
            f"SELECT {SUMMARY_COLUMNS} FROM {source} WHERE {condition}",  # noqa: S608
            tuple(params),
        ).fetchall()
    return tuple(summary(row) for row in rows)


def waiting(store: Store) -> tuple[ReceiptSummary, ...]:
    return summaries(store, f"{_WAITING} ORDER BY id", ())


def for_a_person(store: Store) -> tuple[ReceiptSummary, ...]:
    """Receipts a person must look at (outcome unknown, held, fiscal data late), oldest first."""
    states = ", ".join(f"'{state}'" for state in _FOR_A_PERSON)
    return summaries(store, f"state IN ({states}) ORDER BY id", ())


def refunds_of(store: Store, receipt_id: int) -> tuple[ReceiptSummary, ...]:
    return summaries(store, "refund_of = ? ORDER BY id", (receipt_id,))


def list_recent(store: Store, limit: int, offset: int) -> tuple[ReceiptSummary, ...]:
    return summaries(store, "1 ORDER BY id DESC LIMIT ? OFFSET ?", (limit, offset))


def outbox_state(store: Store, target: CashboxTarget | None = None) -> OutboxState:
    with store.read() as conn:
        elsewhere = 0
        if target is not None:
            elsewhere = conn.execute(
                f"""
                SELECT COUNT(*) FROM receipts
                WHERE {_WAITING} AND target_mode IS NOT NULL
                  AND (target_mode != ? OR target_url != ?)
                """,  # noqa: S608 - a constant condition
                (target.mode, target.url),
            ).fetchone()[0]
        counted = conn.execute(
            f"""
            SELECT COUNT(*) AS waiting, MIN(created_at) AS oldest
            FROM receipts WHERE {_WAITING}
            """  # noqa: S608 - a constant condition
        ).fetchone()
        error = conn.execute(
            f"""
            SELECT last_error, last_error_message FROM receipts
            WHERE {_WAITING} AND last_error IS NOT NULL
            ORDER BY last_error_at DESC LIMIT 1
            """  # noqa: S608 - a constant condition
        ).fetchone()
        counts = {
            row["state"]: row["count"]
            for row in conn.execute(
                """
                SELECT state, COUNT(*) AS count FROM receipts
                WHERE state IN (?, ?, ?) GROUP BY state
                """,
                _FOR_A_PERSON,
            ).fetchall()
        }
        copies = conn.execute(
            "SELECT COUNT(*) AS copies FROM receipts WHERE delivery_state = ?",
            (DeliveryState.UNKNOWN,),
        ).fetchone()
    oldest = counted["oldest"]
    return OutboxState(
        waiting=counted["waiting"],
        oldest=None if oldest is None else moment(oldest),
        last_error=None
        if error is None
        else message(error["last_error"], error["last_error_message"]),
        elsewhere=elsewhere,
        needs_attention=counts.get(ReceiptState.NEEDS_ATTENTION, 0),
        held=counts.get(ReceiptState.HELD, 0),
        fiscal_data_late=counts.get(ReceiptState.FISCAL_DATA_LATE, 0),
        copies_unknown=copies["copies"],
    )


def search(
    store: Store,
    text: str | None,
    *,
    amount: Decimal | None,
    date_from: date | None,
    date_to: date | None,
    limit: int,
    offset: int,
) -> tuple[ReceiptSummary, ...]:
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
    check_period(date_from, date_to)
    if date_from is not None:
        conditions.append("created_date >= ?")
        params.append(date_from.isoformat())
    if date_to is not None:
        conditions.append("created_date <= ?")
        params.append(date_to.isoformat())
    where = " AND ".join(conditions)
    return summaries(
        store, f"{where} ORDER BY {order} DESC LIMIT ? OFFSET ?", (*params, limit, offset), source
    )


@dataclass(frozen=True)
class JournalFilter:
    """What the journal view shows: every condition given must hold (None: any).

    ``contact`` is a phone or an e-mail, matched exactly once normalized (as the journal
    keeps them); ``fiscal_number`` the receipt's FD number from its fiscal data.
    """

    date_from: date | None = None
    date_to: date | None = None
    states: frozenset[ReceiptState] | None = None
    types: frozenset[ReceiptType] | None = None
    amount_from: Decimal | None = None
    amount_to: Decimal | None = None
    text: str | None = None
    contact: str | None = None
    fiscal_number: int | None = None


def filtered(
    store: Store, view: JournalFilter, *, limit: int, offset: int = 0, before: int | None = None
) -> tuple[ReceiptSummary, ...]:
    """Receipts matching ``view``, newest first; ``before`` (a journal id) continues a list
    after its last row without counting the rows skipped, however deep the scroll."""
    source, order = "receipts", "id"
    conditions = ["1"]
    params: list[object] = []
    if view.text is not None and view.text.strip():
        # Driven from the narrow search table (see search()).
        source = "receipt_search JOIN receipts ON id = receipt_id"
        order = "receipt_id"
        conditions.append("instr(text, ?) > 0")
        params.append(view.text.strip().casefold())
    check_period(view.date_from, view.date_to)
    for column, operator, value in (
        ("created_date", ">=", view.date_from and view.date_from.isoformat()),
        ("created_date", "<=", view.date_to and view.date_to.isoformat()),
        ("total_kopecks", ">=", _kopecks(view.amount_from, "amount_from")),
        ("total_kopecks", "<=", _kopecks(view.amount_to, "amount_to")),
        ("fiscal_fd", "=", view.fiscal_number),
        (order, "<", before),
    ):
        if value is not None:
            conditions.append(f"{column} {operator} ?")
            params.append(value)
    for column, members in (("state", view.states), ("receipt_type", view.types)):
        if members is not None:
            conditions.append(f"{column} IN ({', '.join('?' * len(members))})")
            params.extend(sorted(members))
    if view.contact is not None and view.contact.strip():
        conditions.append("(contact_phone = ? OR contact_email = ?)")
        params.extend(contact_forms(view.contact))
    where = " AND ".join(conditions)
    return summaries(
        store, f"{where} ORDER BY {order} DESC LIMIT ? OFFSET ?", (*params, limit, offset), source
    )


def contact_forms(text: str) -> tuple[str, str]:
    """A typed phone or e-mail as the journal keeps it (E.164, the normalized address); what
    is neither is looked for as typed (and finds nothing)."""
    typed = text.strip()
    try:
        phone = parse_phone(typed)
    except ValidationError:
        phone = typed
    try:
        email = parse_email(typed)
    except ValidationError:
        email = typed
    return phone, email


def _kopecks(amount: Decimal | None, field: str) -> int | None:
    if amount is None:
        return None
    return to_kopecks(parse_money(amount, field, allow_zero=True))


def find_fiscal(store: Store, fn: str, fd: int) -> int | None:
    """The id of the receipt fiscalized under FN ``fn`` as document ``fd``, if this journal
    has one."""
    with store.read() as conn:
        row = conn.execute(
            "SELECT id FROM receipts WHERE fiscal_fd = ? AND fiscal_fn = ?", (fd, fn)
        ).fetchone()
    return None if row is None else int(row["id"])


def period_totals(store: Store, date_from: date, date_to: date) -> PeriodTotals:
    check_period(date_from, date_to)
    period = (ReceiptState.FISCALIZED, date_from.isoformat(), date_to.isoformat())
    in_period = "r.state = ? AND r.fiscal_date BETWEEN ? AND ?"
    with store.read() as conn:
        by_type = conn.execute(
            f"""
            SELECT r.receipt_type AS kind, COUNT(*) AS count, SUM(r.total_kopecks) AS total,
                   SUM(r.change_kopecks) AS change
            FROM receipts AS r WHERE {in_period}
            GROUP BY r.receipt_type ORDER BY r.receipt_type
            """,  # noqa: S608 - a constant condition
            period,
        ).fetchall()
        by_payment, by_vat = payments_and_vat(conn, in_period, period)
    return PeriodTotals(
        by_type=tuple(
            TypeTotal(
                ReceiptType(row["kind"]),
                row["count"],
                from_kopecks(row["total"]),
                from_kopecks(row["change"]),
            )
            for row in by_type
        ),
        by_payment=by_payment,
        by_vat=by_vat,
    )


def check_period(date_from: date | None, date_to: date | None) -> None:
    if date_from is not None and date_to is not None and date_from > date_to:
        raise ValidationError(
            "date_to",
            _N("validation", "The period ends ({end}) before it starts ({start})."),
            start=date_from.isoformat(),
            end=date_to.isoformat(),
        )


def payments_and_vat(
    conn: sqlite3.Connection, where: str, args: Sequence[object]
) -> tuple[tuple[PaymentTotal, ...], tuple[VatTotal, ...]]:
    """By receipt type, what each payment form kept (cash less its change: the drawer's count)
    and the sales at each VAT rate with the tax inside, of the receipts (``r``) that ``where``
    chooses: the one reading for period reports, the report window and the shift's report."""
    by_payment = conn.execute(
        f"""
        SELECT r.receipt_type AS kind, p.payment_type AS payment,
               SUM(p.amount_kopecks - IIF(p.payment_type = ?, r.change_kopecks, 0)) AS amount
        FROM receipts AS r JOIN receipt_payments AS p ON p.receipt_id = r.id
        WHERE {where} GROUP BY 1, 2 ORDER BY 1, 2
        """,  # noqa: S608 - the condition comes from code
        (PaymentType.CASH, *args),
    ).fetchall()
    by_vat = conn.execute(
        f"""
        SELECT r.receipt_type AS kind, v.vat_code AS code, SUM(v.base_kopecks) AS base,
               SUM(v.vat_kopecks) AS vat
        FROM receipts AS r JOIN receipt_vat AS v ON v.receipt_id = r.id
        WHERE {where} GROUP BY 1, 2 ORDER BY 1, 2
        """,  # noqa: S608 - the condition comes from code
        args,
    ).fetchall()
    return (
        tuple(
            PaymentTotal(
                ReceiptType(row["kind"]), PaymentType(row["payment"]), from_kopecks(row["amount"])
            )
            for row in by_payment
        ),
        tuple(
            VatTotal(
                ReceiptType(row["kind"]),
                row["code"],
                from_kopecks(row["base"]),
                from_kopecks(row["vat"]),
            )
            for row in by_vat
        ),
    )
