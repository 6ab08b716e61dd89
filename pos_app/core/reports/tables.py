"""A summary's breakdowns as tables of text (title, headers, rows), the one layout the window,
the PDF and the command line show: an item per row, a column per receipt type present in the
period, and the net (sales less sale refunds) where it means something."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeVar

from pos_app.core.codes import PaymentType, ReceiptType, vat_rate
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.labelled import LabelledStrEnum
from pos_app.core.money import format_money
from pos_app.core.reports.csv_export import Translate, cashier_name, hour_span
from pos_app.core.reports.summary import ZERO, PeriodSummary

_Item = TypeVar("_Item")
# How an amount is written: format_money (1234.50) for scripts, grouped for people.
Money = Callable[[Decimal], str]


class Breakdown(LabelledStrEnum):
    """The ways a period's figures are split; the value is the command line's ``--by``."""

    TYPE = "type", _N("reports", "By receipt type")
    PAYMENT = "payment", _N("reports", "By payment form")
    VAT = "vat", _N("reports", "By VAT rate")
    HOUR = "hour", _N("reports", "By hour")
    CASHIER = "cashier", _N("reports", "By cashier")


@dataclass(frozen=True)
class ReportTable:
    """Columns after the first hold numbers (shown right-aligned)."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def grouped_money(decimal_point: str = ",") -> Money:
    """Amounts as people read them: thousands apart, e.g. ``12 345,50`` (exact: Decimal's own
    formatting, never float)."""

    def written(value: Decimal) -> str:
        text = format(value.quantize(Decimal("0.01")), ",.2f")
        return text.replace(",", "\u202f").replace(".", decimal_point)

    return written


def breakdown_table(
    summary: PeriodSummary,
    breakdown: Breakdown,
    translate: Translate,
    money: Money = format_money,
) -> ReportTable:
    title, types = translate("reports", breakdown.label), summary.types_present()
    headers, rows = _LAYOUTS[breakdown](summary, types, _Words(translate), money)
    return ReportTable(title, headers, rows)


class _Words:
    """The translated words a table is headed with."""

    def __init__(self, translate: Translate) -> None:
        self.translate = translate

    def __call__(self, text: str) -> str:
        return self.translate("reports", text)

    def types(self, types: tuple[ReceiptType, ...]) -> list[str]:
        return [self.translate("codes", kind.label) for kind in types]

    @property
    def net(self) -> str:
        return self(_N("reports", "Net sales"))


_Rows = tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]


def _by_type(
    summary: PeriodSummary, types: tuple[ReceiptType, ...], tr: _Words, money: Money
) -> _Rows:
    del types
    headers = (
        tr(_N("reports", "Receipt type")),
        tr(_N("reports", "Receipts")),
        tr(_N("reports", "Amount")),
        tr(_N("reports", "Change given")),
    )
    return headers, tuple(
        (
            tr.translate("codes", line.receipt_type.label),
            str(line.count),
            money(line.total),
            money(line.change),
        )
        for line in summary.by_type
    )


def _by_payment(
    summary: PeriodSummary, types: tuple[ReceiptType, ...], tr: _Words, money: Money
) -> _Rows:
    amounts = _pivot(
        (line.payment_type, line.receipt_type, line.amount) for line in summary.by_payment
    )
    headers = (tr(_N("reports", "Payment form")), *tr.types(types), tr.net)
    return headers, tuple(
        (tr.translate("codes", PaymentType(form).label), *_amounts(cells, types, money))
        for form, cells in sorted(amounts.items())
    )


def _by_vat(
    summary: PeriodSummary, types: tuple[ReceiptType, ...], tr: _Words, money: Money
) -> _Rows:
    """Each receipt type's amount at the rate and the VAT in it; the net is the VAT on sales
    less the VAT on sale refunds."""
    bases = _pivot((line.vat_code, line.receipt_type, line.base) for line in summary.by_vat)
    taxes = _pivot((line.vat_code, line.receipt_type, line.vat) for line in summary.by_vat)
    vat = tr(_N("reports", "VAT"))
    headers = (
        tr(_N("reports", "VAT rate")),
        *(f"{name}{suffix}" for name in tr.types(types) for suffix in ("", f", {vat}")),
        tr(_N("reports", "Net VAT on sales")),
    )
    rows = []
    for code in sorted(bases):
        cells: list[str] = []
        for kind in types:
            cells += [money(bases[code].get(kind, ZERO)), money(taxes[code].get(kind, ZERO))]
        name = tr.translate("codes", vat_rate(code).label)
        rows.append((name, *cells, money(_net(taxes[code]))))
    return headers, tuple(rows)


def _by_hour(
    summary: PeriodSummary, types: tuple[ReceiptType, ...], tr: _Words, money: Money
) -> _Rows:
    lines = ((line.hour, line.receipt_type, line.count, line.total) for line in summary.by_hour)
    return _counted(tr(_N("reports", "Hour")), lines, hour_span, types=types, tr=tr, money=money)


def _by_cashier(
    summary: PeriodSummary, types: tuple[ReceiptType, ...], tr: _Words, money: Money
) -> _Rows:
    lines = (
        (line.cashier, line.receipt_type, line.count, line.total) for line in summary.by_cashier
    )

    def name(cashier: str | None) -> str:
        return cashier_name(cashier, tr.translate)

    return _counted(tr(_N("reports", "Cashier")), lines, name, types=types, tr=tr, money=money)


def _counted(
    item_header: str,
    lines: Iterable[tuple[_Item, ReceiptType, int, Decimal]],
    item_name: Callable[[_Item], str],
    *,
    types: tuple[ReceiptType, ...],
    tr: _Words,
    money: Money,
) -> _Rows:
    """Rows of items with their receipt count, amount per receipt type and net sales."""
    counts: dict[_Item, int] = {}
    totals: dict[_Item, dict[ReceiptType, Decimal]] = {}
    for item, kind, count, total in lines:
        counts[item] = counts.get(item, 0) + count
        totals.setdefault(item, {})[kind] = total
    headers = (item_header, tr(_N("reports", "Receipts")), *tr.types(types), tr.net)
    return headers, tuple(
        (item_name(item), str(counts[item]), *_amounts(cells, types, money))
        for item, cells in totals.items()
    )


_LAYOUTS: dict[Breakdown, Callable[[PeriodSummary, tuple[ReceiptType, ...], _Words, Money], _Rows]]
_LAYOUTS = {
    Breakdown.TYPE: _by_type,
    Breakdown.PAYMENT: _by_payment,
    Breakdown.VAT: _by_vat,
    Breakdown.HOUR: _by_hour,
    Breakdown.CASHIER: _by_cashier,
}


def _pivot(
    lines: Iterable[tuple[_Item, ReceiptType, Decimal]],
) -> dict[_Item, dict[ReceiptType, Decimal]]:
    table: dict[_Item, dict[ReceiptType, Decimal]] = {}
    for item, kind, amount in lines:
        table.setdefault(item, {})[kind] = amount
    return table


def _net(cells: dict[ReceiptType, Decimal]) -> Decimal:
    return cells.get(ReceiptType.SALE, ZERO) - cells.get(ReceiptType.SALE_REFUND, ZERO)


def _amounts(
    cells: dict[ReceiptType, Decimal], types: tuple[ReceiptType, ...], money: Money
) -> tuple[str, ...]:
    return (*(money(cells.get(kind, ZERO)) for kind in types), money(_net(cells)))


def headline(
    summary: PeriodSummary, translate: Translate, money: Money = format_money
) -> tuple[tuple[str, str], ...]:
    """The figures read first, as (caption, value): net sales leading."""

    def tr(text: str) -> str:
        return translate("reports", text)

    return (
        (tr(_N("reports", "Net sales")), money(summary.net_sales)),
        (tr(_N("reports", "Receipts")), str(summary.receipts)),
        (tr(_N("reports", "Average sale")), money(summary.average_sale)),
        (
            tr(_N("reports", "Refunds")),
            f"{summary.refunds} · {money(summary.total_of(ReceiptType.SALE_REFUND))}",
        ),
        (tr(_N("reports", "Expenses, net")), money(summary.net_expenses)),
    )


def payment_parts(summary: PeriodSummary, translate: Translate) -> tuple[tuple[str, Decimal], ...]:
    """The payment-form chart's parts: net sales by form, named."""
    return tuple(
        (translate("codes", form.label), amount)
        for form, amount in sorted(summary.net_sales_by_payment().items())
    )
