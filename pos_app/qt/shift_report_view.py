"""The shift's report as the window shows it (the X-report and the close): one table whose
sections share their columns, amounts right-aligned, space above each heading, so the cashier
reads it at a glance."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from html import escape

from PySide6.QtCore import QCoreApplication

from pos_app.core.codes import vat_rate
from pos_app.core.shifts import ShiftReport
from pos_app.qt.translations import shown_money as money

# A row: the name, then up to two figures (right-aligned columns shared by every section).
Row = tuple[str, str, str]

_TABLE = "<table width='100%' cellspacing='0' cellpadding='3' style='font-size: 11pt;'>"
# The name's column takes what the figures leave; each figure's is wide enough for "−12 345,67".
_HEADING = (
    "<tr><td width='64%' style='padding-top: 14px; border-bottom: 1px solid #9e9e9e;'>"
    "<b>{}</b></td>"
)
_CAPTION = (
    "<td width='18%' align='right' style='padding-top: 14px; border-bottom: 1px solid #9e9e9e;"
    " color: #555555;'>{}</td>"
)
_ROW = "<tr><td>{}</td><td align='right'>{}</td><td align='right'>{}</td></tr>"


def _code(context: str, label: str) -> str:
    return QCoreApplication.translate(context, label)


def _section(heading: str, captions: tuple[str, str], rows: Iterable[Row]) -> str:
    head = _HEADING.format(escape(heading)) + "".join(
        _CAPTION.format(escape(caption)) for caption in captions
    )
    body = "".join(_ROW.format(*(escape(cell) for cell in row)) for row in rows)
    return f"{head}</tr>{body}"


def report_html(report: ShiftReport) -> str:
    """The report's sections: receipts, payments, VAT, cash, copies and what still waits."""
    amount = QCoreApplication.translate("ShiftReport", "Amount")
    sections = [
        _section(
            QCoreApplication.translate("ShiftReport", "Receipts"),
            (QCoreApplication.translate("ShiftReport", "Count"), amount),
            [
                (_code("codes", line.receipt_type.label), str(line.count), money(line.total))
                for line in report.by_type
            ]
            or [
                (
                    QCoreApplication.translate("ShiftReport", "No receipts in this shift"),
                    "0",
                    money(Decimal(0)),
                )
            ],
        )
    ]
    if report.by_payment:
        sections.append(
            _section(
                QCoreApplication.translate("ShiftReport", "By payment form (cash less change)"),
                ("", amount),
                [
                    (
                        f"{_code('codes', line.receipt_type.label)}, "
                        f"{_code('codes', line.payment_type.label).lower()}",
                        "",
                        money(line.amount),
                    )
                    for line in report.by_payment
                ],
            )
        )
    if report.by_vat:
        sections.append(
            _section(
                QCoreApplication.translate("ShiftReport", "By VAT rate"),
                (amount, QCoreApplication.translate("ShiftReport", "VAT")),
                [
                    (
                        f"{_code('codes', line.receipt_type.label)}, "
                        f"{_code('codes', vat_rate(line.vat_code).label)}",
                        money(line.base),
                        money(line.vat),
                    )
                    for line in report.by_vat
                ],
            )
        )
    cash: list[Row] = [
        (
            QCoreApplication.translate("ShiftReport", "Opening cash"),
            "",
            money(report.shift.opening_cash),
        ),
        (
            QCoreApplication.translate("ShiftReport", "Cash from receipts"),
            "",
            money(report.cash_from_receipts),
        ),
    ]
    cash += [
        (
            f"{move.at.astimezone():%H:%M}  {_code('shifts', move.direction.label)}: "
            f"{move.reason} ({move.person})",
            "",
            money(move.signed),
        )
        for move in report.movements
    ]
    sections.append(
        _section(
            QCoreApplication.translate("ShiftReport", "Cash in the drawer"), ("", amount), cash
        )
    )
    copies = report.copies
    sections.append(
        _section(
            QCoreApplication.translate("ShiftReport", "Receipts' copies and what still waits"),
            ("", ""),
            [
                (
                    QCoreApplication.translate(
                        "ShiftReport", "Copies delivered / waiting / failed"
                    ),
                    "",
                    f"{copies.delivered} / {copies.pending} / {copies.failed}",
                ),
                (
                    QCoreApplication.translate("ShiftReport", "Receipts still on their way"),
                    "",
                    str(report.waiting),
                ),
                (
                    QCoreApplication.translate("ShiftReport", "Receipts needing a person"),
                    "",
                    str(report.for_a_person),
                ),
                (
                    QCoreApplication.translate(
                        "ShiftReport", "Rejected or cancelled (not counted)"
                    ),
                    "",
                    str(report.left_out),
                ),
            ],
        )
    )
    return _TABLE + "".join(sections) + "</table>"
