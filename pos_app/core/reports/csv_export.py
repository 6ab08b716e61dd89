"""The period summary as CSV: every breakdown, one section after another.

The CSV is made for Excel with Russian regional settings, which is what the shops' accountants
open it in: UTF-8 with a byte-order mark (without it Excel reads the file as cp1251 and the
Cyrillic turns to mojibake), ``;`` between fields and a decimal comma (that locale's list and
decimal separators: with ``,`` everything lands in one column, and ``12.50`` is read as text or
even as a date). Scripts that want machine-readable figures use ``pos-app report --json``.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from pos_app.core.codes import ReceiptType, vat_rate
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.money import format_money
from pos_app.core.reports.summary import PeriodSummary

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
        *(
            row(
                _N("reports", "By hour"),
                line.receipt_type,
                hour_span(line.hour),
                count=line.count,
                amount=line.total,
            )
            for line in summary.by_hour
        ),
        *(
            row(
                _N("reports", "By cashier"),
                line.receipt_type,
                cashier_name(line.cashier, translate),
                count=line.count,
                amount=line.total,
            )
            for line in summary.by_cashier
        ),
        row(
            _N("reports", "Not fiscalized yet (not counted above)"),
            item=tr(_N("reports", "All")),
            count=summary.unfinished.count,
            amount=summary.unfinished.total,
        ),
        row(
            _N("reports", "Not fiscalized yet (not counted above)"),
            item=tr(_N("reports", "Waiting for a person")),
            count=summary.unfinished.for_a_person,
        ),
    ]


def hour_span(hour: int) -> str:
    """``9`` → ``"09:00–10:00"``: the hour of the day a line covers."""
    return f"{hour:02d}:00–{hour + 1:02d}:00"


def cashier_name(cashier: str | None, translate: Translate) -> str:
    if cashier is None:
        return translate("reports", _N("reports", "Not recorded"))
    return cashier


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
