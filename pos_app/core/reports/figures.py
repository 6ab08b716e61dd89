"""A period report's figures, read from the journal at one moment: by receipt type, payment
form, VAT rate, hour of the day and cashier, and the receipts not fiscalized yet.

Only fiscalized receipts count, on the local day (and hour) of their fiscal time. Receipts made
in the period that are still on their way, or wait for a person, are counted apart: they may
yet be fiscalized, refused or withdrawn, so they are not sales yet.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TypeVar

from pos_app.core.codes import ReceiptType
from pos_app.core.journal.connection import Store
from pos_app.core.journal.indexing import from_kopecks
from pos_app.core.journal.queries import check_period, payments_and_vat
from pos_app.core.journal.records import PaymentTotal, TypeTotal, VatTotal
from pos_app.core.journal.states import RECEIPT_STATES_WAITING, ReceiptState

# The states of a receipt made but not fiscalized that may still become a sale.
UNFINISHED_STATES = (
    *RECEIPT_STATES_WAITING,
    ReceiptState.SENDING,
    ReceiptState.NEEDS_ATTENTION,
    ReceiptState.HELD,
)
FOR_A_PERSON = (ReceiptState.NEEDS_ATTENTION, ReceiptState.HELD)


@dataclass(frozen=True)
class HourTotal:
    """Fiscalized receipts of one type whose local fiscal time falls in one hour of the day
    (0 to 23), summed over the period's days."""

    hour: int
    receipt_type: ReceiptType
    count: int
    total: Decimal


@dataclass(frozen=True)
class CashierTotal:
    """Fiscalized receipts of one type made by one cashier (None: not recorded, as for
    receipts made before the journal knew its cashiers)."""

    cashier: str | None
    receipt_type: ReceiptType
    count: int
    total: Decimal


_Total = TypeVar("_Total", HourTotal, CashierTotal)


@dataclass(frozen=True)
class Unfinished:
    """Receipts made in the period (by local date made) and not fiscalized yet: not counted in
    the figures. ``for_a_person`` of them wait for someone to decide (outcome unknown, held)."""

    count: int = 0
    total: Decimal = Decimal("0.00")
    for_a_person: int = 0


@dataclass(frozen=True)
class PeriodFigures:
    by_type: tuple[TypeTotal, ...]
    by_payment: tuple[PaymentTotal, ...]
    by_vat: tuple[VatTotal, ...]
    by_hour: tuple[HourTotal, ...]
    by_cashier: tuple[CashierTotal, ...]
    unfinished: Unfinished


def read_period(store: Store, date_from: date, date_to: date) -> PeriodFigures:
    check_period(date_from, date_to)
    period = (ReceiptState.FISCALIZED, date_from.isoformat(), date_to.isoformat())
    in_period = "r.state = ? AND r.fiscal_date BETWEEN ? AND ?"
    with store.read() as conn:
        # One pass over the period's rows gives the hours, the cashiers and the types.
        groups = conn.execute(
            f"""
            SELECT CAST(strftime('%H', r.fiscal_processed_at, 'localtime') AS INTEGER) AS hour,
                   r.cashier AS cashier, r.receipt_type AS kind, COUNT(*) AS count,
                   SUM(r.total_kopecks) AS total, SUM(r.change_kopecks) AS change
            FROM receipts AS r WHERE {in_period}
            GROUP BY 1, 2, 3
            """,  # noqa: S608 - names from code
            period,
        ).fetchall()
        by_payment, by_vat = payments_and_vat(conn, in_period, period)
        unfinished = _unfinished(conn, date_from, date_to)
    return PeriodFigures(
        by_type=_types(groups),
        by_payment=by_payment,
        by_vat=by_vat,
        by_hour=_summed(groups, "hour", HourTotal),
        by_cashier=_summed(groups, "cashier", CashierTotal),
        unfinished=unfinished,
    )


def _types(groups: list[sqlite3.Row]) -> tuple[TypeTotal, ...]:
    sums: dict[int, tuple[int, int, int]] = {}
    for row in groups:
        count, total, change = sums.get(row["kind"], (0, 0, 0))
        sums[row["kind"]] = (count + row["count"], total + row["total"], change + row["change"])
    return tuple(
        TypeTotal(ReceiptType(kind), count, from_kopecks(total), from_kopecks(change))
        for kind, (count, total, change) in sorted(sums.items())
    )


def _summed(groups: list[sqlite3.Row], key: str, made: type[_Total]) -> tuple[_Total, ...]:
    """The groups summed over everything but ``key`` and the receipt type, in their order
    (no cashier recorded last)."""
    sums: dict[tuple[object, int], tuple[int, int]] = {}
    for row in groups:
        count, total = sums.get((row[key], row["kind"]), (0, 0))
        sums[(row[key], row["kind"])] = (count + row["count"], total + row["total"])
    ordered = sorted(sums.items(), key=lambda item: (item[0][0] is None, item[0]))
    return tuple(
        made(name, ReceiptType(kind), count, from_kopecks(total))  # type: ignore[arg-type]
        for (name, kind), (count, total) in ordered
    )


def _unfinished(conn: sqlite3.Connection, date_from: date, date_to: date) -> Unfinished:
    marks = ", ".join("?" * len(UNFINISHED_STATES))
    person = ", ".join("?" * len(FOR_A_PERSON))
    row = conn.execute(
        f"""
        SELECT COUNT(*) AS count, COALESCE(SUM(total_kopecks), 0) AS total,
               COALESCE(SUM(state IN ({person})), 0) AS for_a_person
        FROM receipts WHERE created_date BETWEEN ? AND ? AND state IN ({marks})
        """,  # noqa: S608 - placeholders only
        (*FOR_A_PERSON, date_from.isoformat(), date_to.isoformat(), *UNFINISHED_STATES),
    ).fetchone()
    return Unfinished(row["count"], from_kopecks(row["total"]), row["for_a_person"])
