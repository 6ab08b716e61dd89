"""The printed cash receipt as lines: what a Russian paper receipt shows, in Russian, laid out
once here and drawn by any printer (Qt's QPainter, a thermal printer's text).

ASSUMED: the paper receipt is a legal document read by the tax office and the customer in
Russia, so it is printed in Russian whatever language the window speaks.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from pos_app.core.codes import PaymentType, ReceiptType, TaxationSystem, VatRate
from pos_app.core.fiscal_data import FiscalData
from pos_app.core.money import format_money
from pos_app.core.receipt import Receipt, vat_breakdown

SETTLEMENT = {
    ReceiptType.SALE: "ПРИХОД",
    ReceiptType.SALE_REFUND: "ВОЗВРАТ ПРИХОДА",
    ReceiptType.EXPENSE: "РАСХОД",
    ReceiptType.EXPENSE_REFUND: "ВОЗВРАТ РАСХОДА",
}
TAXATION = {
    TaxationSystem.GENERAL: "ОСН",
    TaxationSystem.SIMPLIFIED_INCOME: "УСН доход",
    TaxationSystem.SIMPLIFIED_INCOME_MINUS_EXPENSE: "УСН доход - расход",
    TaxationSystem.IMPUTED: "ЕНВД",
    TaxationSystem.AGRICULTURAL: "ЕСХН",
    TaxationSystem.PATENT: "ПСН",
}


def vat_name(rate: VatRate) -> str:
    """The rate as a receipt prints it: "НДС 22%", "НДС 22/122", "БЕЗ НДС"."""
    if rate.percent is None:
        return "БЕЗ НДС"
    if rate.calculated:
        return f"НДС {rate.percent}/{100 + rate.percent}"
    return f"НДС {rate.percent}%"


class Style(Enum):
    """How a line is drawn."""

    TITLE = "title"  # centred, large, bold
    CENTRE = "centre"
    TEXT = "text"  # left; ``right`` flush right when given
    BOLD = "bold"  # as TEXT, bold and larger (the total)
    RULE = "rule"  # a dashed separator
    QR = "qr"  # the fiscal QR code; ``left`` holds its text


@dataclass(frozen=True)
class Line:
    style: Style
    left: str = ""
    right: str = ""


@dataclass(frozen=True)
class Shop:
    name: str
    inn: str


def receipt_lines(
    receipt: Receipt,
    fiscal: FiscalData,
    qr: str,
    shop: Shop,
    *,
    change: Decimal = Decimal("0.00"),
    copy: bool = False,
) -> tuple[Line, ...]:
    """The receipt as it is printed; ``copy`` marks a reprint (it is no new fiscal document)."""
    lines: list[Line] = []
    if copy:
        lines.append(Line(Style.TITLE, "КОПИЯ"))
    lines += [
        Line(Style.CENTRE, shop.name),
        Line(Style.CENTRE, f"ИНН {shop.inn}"),
        Line(Style.TITLE, "КАССОВЫЙ ЧЕК"),
        Line(Style.CENTRE, SETTLEMENT[receipt.type]),
        Line(Style.RULE),
    ]
    for number, position in enumerate(receipt.positions, start=1):
        lines.append(Line(Style.TEXT, f"{number}. {position.text}"))
        lines.append(
            Line(
                Style.TEXT,
                f"  {_quantity(position.quantity)} x {format_money(position.price)}",
                f"={format_money(position.total)}",
            )
        )
        lines.append(Line(Style.TEXT, f"  {vat_name(position.vat)}"))
    lines.append(Line(Style.RULE))
    lines.append(Line(Style.BOLD, "ИТОГ", f"={format_money(receipt.total)}"))
    for vat in vat_breakdown(receipt.positions):
        if vat.rate.percent is None:
            lines.append(Line(Style.TEXT, "Сумма БЕЗ НДС", f"={format_money(vat.base)}"))
        else:
            lines.append(
                Line(Style.TEXT, f"Сумма {vat_name(vat.rate)}", f"={format_money(vat.amount)}")
            )
    for payment in receipt.payments:
        lines.append(
            Line(Style.TEXT, payment.type.printed_name.upper(), f"={format_money(payment.amount)}")
        )
    cash = any(p.type is PaymentType.CASH for p in receipt.payments)
    if cash and not receipt.type.is_refund:
        lines.append(Line(Style.TEXT, "СДАЧА", f"={format_money(change)}"))
    lines += [
        Line(Style.RULE),
        Line(Style.TEXT, "СНО", TAXATION[receipt.taxation]),
        Line(Style.TEXT, "СМЕНА", str(fiscal.shift)),
        Line(Style.TEXT, "ДАТА ВРЕМЯ", fiscal.processed_at.strftime("%d.%m.%Y %H:%M")),
        Line(Style.TEXT, "ФН", fiscal.fn),
        Line(Style.TEXT, "ФД", str(fiscal.fd)),
        Line(Style.TEXT, "ФП", fiscal.fp),
    ]
    if fiscal.device_rn:
        lines.append(Line(Style.TEXT, "РН ККТ", fiscal.device_rn))
    if fiscal.device_sn:
        lines.append(Line(Style.TEXT, "ЗН ККТ", fiscal.device_sn))
    if fiscal.ofd_name:
        lines.append(Line(Style.TEXT, "ОФД", fiscal.ofd_name))
    if fiscal.ofd_inn:
        lines.append(Line(Style.TEXT, "ИНН ОФД", fiscal.ofd_inn))
    lines.append(Line(Style.QR, qr))
    if copy:
        lines.append(Line(Style.TITLE, "КОПИЯ"))
    return tuple(lines)


def text_lines(lines: tuple[Line, ...], width: int) -> list[str]:
    """The receipt as plain text ``width`` characters wide (32 on 58 mm paper, 48 on 80 mm):
    for a thermal printer's own font, and a readable check in tests. The QR stays a line of
    its own text."""
    out: list[str] = []
    for line in lines:
        if line.style is Style.RULE:
            out.append("-" * width)
        elif line.style in (Style.TITLE, Style.CENTRE):
            out.append(line.left[:width].center(width).rstrip())
        elif line.style is Style.QR:
            out.append(line.left)
        elif line.right:
            room = width - len(line.right) - 1
            left = line.left if len(line.left) <= room else line.left[: max(room, 0)]
            out.append(left + " " * (width - len(left) - len(line.right)) + line.right)
        else:
            out.append(line.left[:width])
    return out


def _quantity(quantity: Decimal) -> str:
    return format(quantity.normalize(), "f")
