"""The shift's report as the window shows it (the X-report and the close): one readable page."""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtCore import QCoreApplication

from pos_app.core.codes import vat_rate
from pos_app.core.shifts import ShiftReport


def _code(context: str, label: str) -> str:
    return QCoreApplication.translate(context, label)


def money(value: Decimal) -> str:
    """1234.5 → "1 234,50" (the cashier's way of writing money)."""
    sign = "−" if value < 0 else ""
    whole, kopecks = f"{abs(value):.2f}".split(".")
    grouped = f"{int(whole):,}".replace(",", "\u202f")
    return f"{sign}{grouped},{kopecks}"


def _rows(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td>{escape(name)}</td><td align='right'>&nbsp;&nbsp;{escape(value)}</td></tr>"
        for name, value in rows
    )
    return f"<table>{cells}</table>"


def report_html(report: ShiftReport) -> str:
    """The report's sections: receipts, payments, VAT, cash moves, copies, what still waits."""
    receipts = QCoreApplication.translate("ShiftReport", "Receipts")
    parts = [f"<b>{receipts}: {report.receipts}</b>"]
    parts.append(
        _rows(
            [
                (
                    _code("codes", line.receipt_type.label),
                    f"{line.count} · {money(line.total)}",
                )
                for line in report.by_type
            ]
        )
    )
    if report.by_payment:
        heading = QCoreApplication.translate("ShiftReport", "By payment form (cash less change)")
        parts.append(f"<b>{heading}</b>")
        parts.append(
            _rows(
                [
                    (
                        f"{_code('codes', line.receipt_type.label)}, "
                        f"{_code('codes', line.payment_type.label)}",
                        money(line.amount),
                    )
                    for line in report.by_payment
                ]
            )
        )
    if report.by_vat:
        heading = QCoreApplication.translate("ShiftReport", "By VAT rate")
        parts.append(f"<b>{heading}</b>")
        vat = QCoreApplication.translate("ShiftReport", "VAT")
        parts.append(
            _rows(
                [
                    (
                        f"{_code('codes', line.receipt_type.label)}, "
                        f"{_code('codes', vat_rate(line.vat_code).label)}",
                        f"{money(line.base)} ({vat} {money(line.vat)})",
                    )
                    for line in report.by_vat
                ]
            )
        )
    if report.movements:
        heading = QCoreApplication.translate("ShiftReport", "Cash in and out")
        parts.append(f"<b>{heading}</b>")
        parts.append(
            _rows(
                [
                    (
                        f"{move.at.astimezone():%H:%M} {_code('shifts', move.direction.label)}: "
                        f"{move.reason} ({move.person})",
                        money(move.signed),
                    )
                    for move in report.movements
                ]
            )
        )
    copies = report.copies
    parts.append(
        _rows(
            [
                (
                    QCoreApplication.translate(
                        "ShiftReport", "Copies delivered / waiting / failed"
                    ),
                    f"{copies.delivered} / {copies.pending} / {copies.failed}",
                ),
                (
                    QCoreApplication.translate("ShiftReport", "Receipts still on their way"),
                    str(report.waiting),
                ),
                (
                    QCoreApplication.translate("ShiftReport", "Receipts needing a person"),
                    str(report.for_a_person),
                ),
                (
                    QCoreApplication.translate(
                        "ShiftReport", "Rejected or cancelled (not counted)"
                    ),
                    str(report.left_out),
                ),
                (
                    QCoreApplication.translate("ShiftReport", "Opening cash"),
                    money(report.shift.opening_cash),
                ),
                (
                    QCoreApplication.translate("ShiftReport", "Cash from receipts"),
                    money(report.cash_from_receipts),
                ),
            ]
        )
    )
    return "<br>".join(parts)
