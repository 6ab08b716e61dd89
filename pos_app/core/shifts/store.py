"""Shifts in the journal: opening one, the cash put in and taken out, the report, closing by count.

At most one shift is open at a time (a unique index in the journal, whichever process opens it).
Each receipt is tied to the shift open when it was written (:mod:`pos_app.core.journal.receipts`),
which opens one by itself when none is: a sale is never refused for the shop's bookkeeping.
"""

from __future__ import annotations

import logging
import sqlite3
from decimal import Decimal

from pos_app.core.codes import ReceiptType
from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.journal.connection import Store
from pos_app.core.journal.indexing import from_kopecks
from pos_app.core.journal.queries import payments_and_vat
from pos_app.core.journal.rows import moment
from pos_app.core.journal.shift_ties import (
    SHIFT_COLUMNS,
    ShiftStateError,
    insert_shift,
    open_shift_row,
)
from pos_app.core.journal.states import DeliveryState, ReceiptState
from pos_app.core.money import parse_money
from pos_app.core.shifts.shift_report import (
    CashMovement,
    Copies,
    Direction,
    Shift,
    ShiftReport,
    TypeLine,
)

logger = logging.getLogger(__name__)

MAX_REASON = 200
# The drawer does not count these: the sale did not stand.
LEFT_OUT = (ReceiptState.REJECTED, ReceiptState.CANCELLED)


def _shift(row: sqlite3.Row) -> Shift:
    return Shift(
        id=row["id"],
        opened_at=moment(row["opened_at"]),
        opened_by=row["opened_by"],
        cashier=row["cashier"],
        automatic=bool(row["automatic"]),
        opening_cash=Decimal(row["opening_cash"]),
        closed_at=None if row["closed_at"] is None else moment(row["closed_at"]),
        closed_by=row["closed_by"],
        counted_cash=None if row["counted_cash"] is None else Decimal(row["counted_cash"]),
    )


def _reason(text: str) -> str:
    reason = " ".join(text.split())
    if not reason or len(reason) > MAX_REASON:
        raise ValidationError(
            "reason",
            _N("validation", "Say why the cash is put in or taken out (at most 200 characters)."),
        )
    return reason


class ShiftBook:
    """The journal's shifts; every method is one transaction."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def current(self) -> Shift | None:
        with self._store.read() as conn:
            row = open_shift_row(conn)
        return None if row is None else _shift(row)

    def get(self, shift_id: int) -> Shift:
        with self._store.read() as conn:
            row = conn.execute(
                f"SELECT {SHIFT_COLUMNS} FROM shifts WHERE id = ?",  # noqa: S608
                (shift_id,),
            ).fetchone()
        if row is None:
            raise ShiftStateError(_N("shifts", "The journal has no shift {id}."), id=shift_id)
        return _shift(row)

    def last_closed(self) -> Shift | None:
        with self._store.read() as conn:
            row = conn.execute(
                f"SELECT {SHIFT_COLUMNS} FROM shifts WHERE closed_at IS NOT NULL"  # noqa: S608
                " ORDER BY id DESC LIMIT 1"
            ).fetchone()
        return None if row is None else _shift(row)

    def open(self, opened_by: str, opening_cash: object, *, cashier: str | None) -> Shift:
        """Open a shift under ``opened_by`` with ``opening_cash`` counted in the drawer;
        ``cashier`` is the person whose receipts these are (None when roles are off)."""
        cash = parse_money(opening_cash, "cash", allow_zero=True)
        with self._store.write() as conn:
            insert_shift(conn, self._store.now(), opened_by, cash, cashier=cashier)
        shift = self.current()
        assert shift is not None  # noqa: S101 - written just above
        return shift

    def move_cash(
        self,
        direction: Direction,
        amount: object,
        reason: str,
        person: str,
        *,
        approved_by: str | None = None,
    ) -> CashMovement:
        """Cash put into or taken out of the drawer during the open shift."""
        money = parse_money(amount, "amount")
        why = _reason(reason)
        now = self._store.now()
        with self._store.write() as conn:
            shift = self._open(conn)
            conn.execute(
                """
                INSERT INTO cash_movements (
                    shift_id, at, direction, amount, reason, person, approved_by
                ) VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
                (shift["id"], now, direction, str(money), why, person, approved_by),
            )
        logger.info("Shift %d: %s %s by %s", shift["id"], direction, money, person)
        return CashMovement(moment(now), direction, money, why, person, approved_by)

    def record_approval(self, admin: str, action: str, receipt_id: int | None = None) -> None:
        """An administrator's PIN let ``action`` go ahead (refund, cancel, cash_out,
        settings), on the receipt ``receipt_id`` when it concerns one."""
        with self._store.write() as conn:
            shift = open_shift_row(conn)
            conn.execute(
                "INSERT INTO approvals (at, admin, action, shift_id, receipt_id)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    self._store.now(),
                    admin,
                    action,
                    None if shift is None else shift["id"],
                    receipt_id,
                ),
            )
        logger.info("%s approved by administrator %s", action, admin)

    def report(self, shift_id: int | None = None) -> ShiftReport:
        """The open shift's X-report (or shift ``shift_id``'s report)."""
        with self._store.read() as conn:
            if shift_id is None:
                row = self._open(conn)
            else:
                row = conn.execute(
                    f"SELECT {SHIFT_COLUMNS} FROM shifts WHERE id = ?",  # noqa: S608
                    (shift_id,),
                ).fetchone()
                if row is None:
                    raise ShiftStateError(
                        _N("shifts", "The journal has no shift {id}."), id=shift_id
                    )
            return _report(conn, _shift(row))

    def close(self, counted: object, closed_by: str) -> ShiftReport:
        """Close the open shift with the cash counted in the drawer: the report with what was
        expected, what was counted and the difference, kept in the journal."""
        cash = parse_money(counted, "counted", allow_zero=True)
        now = self._store.now()
        with self._store.write() as conn:
            row = self._open(conn)
            expected = _report(conn, _shift(row)).expected_cash
            conn.execute(
                """
                UPDATE shifts SET closed_at = ?, closed_by = ?, counted_cash = ?,
                                  expected_cash = ?, difference = ?
                WHERE id = ?
                """,
                (now, closed_by, str(cash), str(expected), str(cash - expected), row["id"]),
            )
        logger.info(
            "Shift %d closed by %s: expected %s, counted %s", row["id"], closed_by, expected, cash
        )
        return self.report(int(row["id"]))

    def _open(self, conn: sqlite3.Connection) -> sqlite3.Row:
        row = open_shift_row(conn)
        if row is None:
            raise ShiftStateError(_N("shifts", "No shift is open; open one first."))
        return row


def _report(conn: sqlite3.Connection, shift: Shift) -> ShiftReport:
    standing = f"r.shift_id = ? AND r.state NOT IN ({', '.join('?' * len(LEFT_OUT))})"
    args = (shift.id, *LEFT_OUT)
    by_type = conn.execute(
        f"""
        SELECT receipt_type AS kind, COUNT(*) AS count, SUM(total_kopecks) AS total
        FROM receipts AS r WHERE {standing} GROUP BY 1 ORDER BY 1
        """,  # noqa: S608 - a constant condition
        args,
    ).fetchall()
    by_payment, by_vat = payments_and_vat(conn, standing, args)
    states = dict(
        conn.execute(
            "SELECT state, COUNT(*) FROM receipts WHERE shift_id = ? GROUP BY state", (shift.id,)
        ).fetchall()
    )
    copies = dict(
        conn.execute(
            "SELECT delivery_state, COUNT(*) FROM receipts WHERE shift_id = ? GROUP BY 1",
            (shift.id,),
        ).fetchall()
    )
    movements = conn.execute(
        """
        SELECT at, direction, amount, reason, person, approved_by
        FROM cash_movements WHERE shift_id = ? ORDER BY id
        """,
        (shift.id,),
    ).fetchall()
    return ShiftReport(
        shift=shift,
        by_type=tuple(
            TypeLine(ReceiptType(row["kind"]), row["count"], from_kopecks(row["total"]))
            for row in by_type
        ),
        by_payment=by_payment,
        by_vat=by_vat,
        movements=tuple(
            CashMovement(
                moment(row["at"]),
                Direction(row["direction"]),
                Decimal(row["amount"]),
                row["reason"],
                row["person"],
                row["approved_by"],
            )
            for row in movements
        ),
        copies=Copies(
            delivered=copies.get(DeliveryState.DELIVERED, 0),
            pending=copies.get(DeliveryState.PENDING, 0),
            failed=copies.get(DeliveryState.FAILED, 0) + copies.get(DeliveryState.UNKNOWN, 0),
        ),
        waiting=sum(
            states.get(state, 0)
            for state in (
                ReceiptState.QUEUED,
                ReceiptState.SENDING,
                ReceiptState.SUBMITTED,
                ReceiptState.FISCAL_DATA_LATE,
            )
        ),
        for_a_person=states.get(ReceiptState.NEEDS_ATTENTION, 0) + states.get(ReceiptState.HELD, 0),
        left_out=sum(states.get(state, 0) for state in LEFT_OUT),
    )
