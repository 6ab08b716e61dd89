"""The period summary (a day, a week, a month): what a shop owner reads at a glance, with the
nets (sales less sale refunds) each breakdown needs."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TypeVar

from pos_app.core.codes import PaymentType, ReceiptType
from pos_app.core.journal import Journal, PaymentTotal, TypeTotal, VatTotal
from pos_app.core.reports.figures import CashierTotal, HourTotal, Unfinished

ZERO = Decimal("0.00")
HOURS = range(24)
NOTHING_UNFINISHED = Unfinished()
_Key = TypeVar("_Key")


@dataclass(frozen=True)
class PeriodSummary:
    """Fiscalized receipts whose fiscal time falls, in local time, on a day of the period; the
    receipts made in it and not fiscalized yet are only in ``unfinished``."""

    date_from: date
    date_to: date
    by_type: tuple[TypeTotal, ...]
    by_payment: tuple[PaymentTotal, ...]  # what was kept: cash less the change given
    by_vat: tuple[VatTotal, ...]
    by_hour: tuple[HourTotal, ...] = ()
    by_cashier: tuple[CashierTotal, ...] = ()
    unfinished: Unfinished = NOTHING_UNFINISHED

    @property
    def receipts(self) -> int:
        """All fiscalized receipts, refunds included."""
        return sum(line.count for line in self.by_type)

    @property
    def refunds(self) -> int:
        return sum(line.count for line in self.by_type if line.receipt_type.is_refund)

    @property
    def net_sales(self) -> Decimal:
        """Sales less sale refunds."""
        return self.total_of(ReceiptType.SALE) - self.total_of(ReceiptType.SALE_REFUND)

    @property
    def net_expenses(self) -> Decimal:
        """Expenses less expense refunds."""
        return self.total_of(ReceiptType.EXPENSE) - self.total_of(ReceiptType.EXPENSE_REFUND)

    @property
    def average_sale(self) -> Decimal:
        """The mean sale receipt (refunds not netted: they are not fewer customers)."""
        sales = self.count_of(ReceiptType.SALE)
        if not sales:
            return ZERO
        return (self.total_of(ReceiptType.SALE) / sales).quantize(Decimal("0.01"))

    def total_of(self, receipt_type: ReceiptType) -> Decimal:
        return sum((line.total for line in self.by_type if line.receipt_type is receipt_type), ZERO)

    def count_of(self, receipt_type: ReceiptType) -> int:
        return sum(line.count for line in self.by_type if line.receipt_type is receipt_type)

    def types_present(self) -> tuple[ReceiptType, ...]:
        return tuple(line.receipt_type for line in self.by_type)

    def net_sales_by_hour(self) -> tuple[Decimal, ...]:
        """Sales less sale refunds in each hour of the day, 0 to 23 (the chart's bars)."""
        nets = _nets((line.hour, line.receipt_type, line.total) for line in self.by_hour)
        return tuple(nets.get(hour, ZERO) for hour in HOURS)

    def net_sales_by_payment(self) -> dict[PaymentType, Decimal]:
        """What sales brought in by each payment form, less what sale refunds gave back."""
        return _nets(
            (line.payment_type, line.receipt_type, line.amount) for line in self.by_payment
        )

    def net_sales_by_cashier(self) -> dict[str | None, Decimal]:
        return _nets((line.cashier, line.receipt_type, line.total) for line in self.by_cashier)


def _nets(lines: Iterable[tuple[_Key, ReceiptType, Decimal]]) -> dict[_Key, Decimal]:
    """Sales less sale refunds per key, in the keys' first order; expenses are left out."""
    sign = {ReceiptType.SALE: 1, ReceiptType.SALE_REFUND: -1}
    nets: dict[_Key, Decimal] = {}
    for key, receipt_type, amount in lines:
        if receipt_type in sign:
            nets[key] = nets.get(key, ZERO) + sign[receipt_type] * amount
    return nets


def period_summary(journal: Journal, date_from: date, date_to: date) -> PeriodSummary:
    """The summary of the days from ``date_from`` to ``date_to``, both included."""
    figures = journal.period_figures(date_from, date_to)
    return PeriodSummary(
        date_from,
        date_to,
        figures.by_type,
        figures.by_payment,
        figures.by_vat,
        figures.by_hour,
        figures.by_cashier,
        figures.unfinished,
    )
