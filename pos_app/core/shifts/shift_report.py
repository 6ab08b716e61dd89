"""A shift and its report (the X-report while it is open, the shift report once closed).

What counts for the drawer: every receipt rung in the shift that stands, fiscalized or still on
its way (the customer paid at the till either way); rejected and cancelled ones do not (the
sale did not stand: it is rung again, or the money given back). Cash moves by the receipt's
settlement sign: a sale and an expense refund bring cash in, a sale refund and an expense (the
shop paying out) take it out; the change handed back is already taken off each receipt's cash.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from pos_app.core.codes import PaymentType, ReceiptType
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.journal.indexing import local_date
from pos_app.core.journal.records import PaymentTotal, VatTotal
from pos_app.core.labelled import LabelledStrEnum

# +1: cash comes into the drawer; -1: it goes out.
CASH_SIGN = {
    ReceiptType.SALE: 1,
    ReceiptType.SALE_REFUND: -1,
    ReceiptType.EXPENSE: -1,
    ReceiptType.EXPENSE_REFUND: 1,
}


class Direction(LabelledStrEnum):
    IN = "in", _N("shifts", "Cash in")
    OUT = "out", _N("shifts", "Cash out")


@dataclass(frozen=True)
class Shift:
    id: int
    opened_at: datetime  # UTC
    opened_by: str
    cashier: str | None  # the person whose receipts these are; None when roles are off
    automatic: bool  # opened by a sale: the drawer was not counted at the start
    opening_cash: Decimal
    closed_at: datetime | None = None
    closed_by: str | None = None
    counted_cash: Decimal | None = None

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    def from_an_earlier_day(self, today: date) -> bool:
        """Still open although it was opened on an earlier local date (left open overnight)."""
        return self.is_open and local_date(self.opened_at) < today.isoformat()


@dataclass(frozen=True)
class CashMovement:
    at: datetime
    direction: Direction
    amount: Decimal
    reason: str
    person: str
    approved_by: str | None

    @property
    def signed(self) -> Decimal:
        return self.amount if self.direction is Direction.IN else -self.amount


@dataclass(frozen=True)
class TypeLine:
    receipt_type: ReceiptType
    count: int
    total: Decimal


@dataclass(frozen=True)
class Copies:
    """The customers' Checker.uz copies of the shift's receipts."""

    delivered: int = 0
    pending: int = 0
    failed: int = 0  # given up, or unknown: a person looks


@dataclass(frozen=True)
class ShiftReport:
    shift: Shift
    by_type: tuple[TypeLine, ...]
    by_payment: tuple[PaymentTotal, ...]
    by_vat: tuple[VatTotal, ...]
    movements: tuple[CashMovement, ...]
    copies: Copies
    waiting: int  # still on their way to the cashbox or its fiscal data
    for_a_person: int  # outcome unknown or held: a person decides
    left_out: int  # rejected or cancelled: not counted above

    @property
    def receipts(self) -> int:
        return sum(line.count for line in self.by_type)

    @property
    def refunds(self) -> tuple[TypeLine, ...]:
        return tuple(line for line in self.by_type if line.receipt_type.is_refund)

    @property
    def cash_from_receipts(self) -> Decimal:
        return sum(
            (
                CASH_SIGN[line.receipt_type] * line.amount
                for line in self.by_payment
                if line.payment_type is PaymentType.CASH
            ),
            Decimal(0),
        )

    @property
    def cash_in(self) -> Decimal:
        return sum((m.amount for m in self.movements if m.direction is Direction.IN), Decimal(0))

    @property
    def cash_out(self) -> Decimal:
        return sum((m.amount for m in self.movements if m.direction is Direction.OUT), Decimal(0))

    @property
    def expected_cash(self) -> Decimal:
        """What the drawer should hold: the opening cash, the receipts' cash, in less out."""
        return self.shift.opening_cash + self.cash_from_receipts + self.cash_in - self.cash_out

    @property
    def difference(self) -> Decimal | None:
        """Counted less expected, once counted: more than zero is a surplus, less a shortage."""
        counted = self.shift.counted_cash
        return None if counted is None else counted - self.expected_cash
