"""Inside a write transaction: the shift open now, so each receipt and each person's step is tied
to it (:mod:`pos_app.core.shifts` builds shifts, reports and the cash count on these)."""

from __future__ import annotations

import logging
import sqlite3
from decimal import Decimal

from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.i18n import TranslatableError

logger = logging.getLogger(__name__)

SHIFT_COLUMNS = """
    id, opened_at, opened_by, cashier, automatic, opening_cash, closed_at, closed_by,
    counted_cash
"""


class ShiftStateError(TranslatableError):
    """Asked of a shift that is not there: none open, or one open already."""

    context = "shifts"


def open_shift_row(conn: sqlite3.Connection) -> sqlite3.Row | None:
    row: sqlite3.Row | None = conn.execute(
        f"SELECT {SHIFT_COLUMNS} FROM shifts WHERE closed_at IS NULL"  # noqa: S608
    ).fetchone()
    return row


def person_on_shift(conn: sqlite3.Connection) -> str | None:
    """Who works the till now: recorded with each step a person makes in a receipt's life."""
    row = open_shift_row(conn)
    return None if row is None or row["automatic"] else str(row["opened_by"])


def insert_shift(
    conn: sqlite3.Connection,
    now: str,
    opened_by: str,
    opening_cash: Decimal,
    *,
    cashier: str | None,
    automatic: bool = False,
) -> int:
    try:
        cursor = conn.execute(
            """
            INSERT INTO shifts (opened_at, opened_by, cashier, automatic, opening_cash)
            VALUES (?, ?, ?, ?, ?)
            """,
            (now, opened_by, cashier, int(automatic), str(opening_cash)),
        )
    except sqlite3.IntegrityError:
        raise ShiftStateError(
            _N("shifts", "A shift is open already; close it before opening another.")
        ) from None
    shift_id = int(cursor.lastrowid or 0)
    logger.info("Shift %d opened by %s%s", shift_id, opened_by, " (automatic)" * automatic)
    return shift_id


def shift_for_receipt(conn: sqlite3.Connection, now: str) -> tuple[int, str | None]:
    """The open shift's id and cashier for a receipt being written. With none open, the
    receipt opens one (marked automatic, the drawer not counted): a sale is never refused for
    the shop's bookkeeping, and every receipt still belongs to a shift whose cash is counted
    at its close."""
    row = open_shift_row(conn)
    if row is not None:
        return int(row["id"]), row["cashier"]
    return insert_shift(conn, now, "", Decimal("0.00"), cashier=None, automatic=True), None
