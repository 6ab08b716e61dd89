"""The period summary (end of day, month): counts and totals of fiscalized receipts, and its CSV.

The CSV is made for Excel with Russian regional settings, which is what the shops' accountants
open it in: UTF-8 with a byte-order mark (without it Excel reads the file as cp1251 and the
Cyrillic turns to mojibake), ``;`` between fields and a decimal comma (that locale's list and
decimal separators: with ``,`` everything lands in one column, and ``12.50`` is read as text or
even as a date). Scripts that want machine-readable figures use ``pos-app report --json``.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from pos_app.core.codes import ReceiptType, vat_rate
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.journal import Journal, PaymentTotal, TypeTotal, VatTotal
from pos_app.core.money import format_money

# Translates a marked text: (context, text) -> text; the Qt layer passes
# QCoreApplication.translate, the command line keeps English.
Translate = Callable[[str, str], str]

CSV_DELIMITER = ";"
_HEADER = (
    _N("reports", "Section"),
    _N("reports", "Receipt type"),
    _N("reports", "Item"),
    _N("reports", "Count"),
    _N("reports", "Amount"),
    _N("reports", "VAT"),
)


@dataclass(frozen=True)
class PeriodSummary:
    """Fiscalized receipts whose fiscal time falls, in local time, on a day of the period."""

    date_from: date
    date_to: date
    by_type: tuple[TypeTotal, ...]
    by_payment: tuple[PaymentTotal, ...]  # what was kept: cash less the change given
    by_vat: tuple[VatTotal, ...]

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

    def total_of(self, receipt_type: ReceiptType) -> Decimal:
        return sum(
            (line.total for line in self.by_type if line.receipt_type is receipt_type),
            Decimal("0.00"),
        )


def period_summary(journal: Journal, date_from: date, date_to: date) -> PeriodSummary:
    """The summary of the days from ``date_from`` to ``date_to``, both included."""
    totals = journal.period_totals(date_from, date_to)
    return PeriodSummary(date_from, date_to, totals.by_type, totals.by_payment, totals.by_vat)


def csv_rows(summary: PeriodSummary, translate: Translate) -> list[list[str]]:
    """The CSV's rows, header first: section, receipt type, item, count, amount, VAT."""

    def row(
        section: str,
        receipt_type: ReceiptType | None = None,
        item: str = "",
        *,
        count: int | None = None,
        amount: Decimal | None = None,
        vat: Decimal | None = None,
    ) -> list[str]:
        return [
            translate("reports", section),
            "" if receipt_type is None else translate("codes", receipt_type.label),
            item,
            "" if count is None else str(count),
            "" if amount is None else _amount(amount),
            "" if vat is None else _amount(vat),
        ]

    def tr(text: str) -> str:
        return translate("reports", text)

    period = f"{summary.date_from.isoformat()} – {summary.date_to.isoformat()}"
    receipts = _N("reports", "Receipts")
    net = _N("reports", "Net")
    return [
        [tr(text) for text in _HEADER],
        row(_N("reports", "Period"), item=period),
        row(receipts, item=tr(_N("reports", "All")), count=summary.receipts),
        row(receipts, item=tr(_N("reports", "Refunds")), count=summary.refunds),
        *(
            row(
                _N("reports", "By receipt type"),
                line.receipt_type,
                count=line.count,
                amount=line.total,
            )
            for line in summary.by_type
        ),
        row(net, item=tr(_N("reports", "Sales less sale refunds")), amount=summary.net_sales),
        row(
            net,
            item=tr(_N("reports", "Expenses less expense refunds")),
            amount=summary.net_expenses,
        ),
        *(
            row(
                _N("reports", "By payment type"),
                line.receipt_type,
                translate("codes", line.payment_type.label),
                amount=line.amount,
            )
            for line in summary.by_payment
        ),
        *(
            row(
                _N("reports", "By VAT rate"),
                line.receipt_type,
                translate("codes", vat_rate(line.vat_code).label),
                amount=line.base,
                vat=line.vat,
            )
            for line in summary.by_vat
        ),
    ]


def write_csv(summary: PeriodSummary, path: Path, translate: Translate | None = None) -> None:
    """Write the summary as CSV for Excel (UTF-8 with BOM, ``;``, decimal comma)."""
    rows = csv_rows(summary, translate or _english)
    # utf-8-sig writes the BOM; newline="" lets the csv module end rows with CRLF, as Excel
    # expects.
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        csv.writer(file, delimiter=CSV_DELIMITER).writerows(rows)


def _amount(value: Decimal) -> str:
    return format_money(value).replace(".", ",")


def _english(context: str, text: str) -> str:
    del context
    return text
