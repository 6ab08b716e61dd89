"""Payment and VAT totals as the command line prints them in JSON: one form for
`pos-app report --json` and `pos-app shift x-report|close --json`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pos_app.core.codes import vat_rate
from pos_app.core.journal import PaymentTotal, VatTotal
from pos_app.core.money import format_money


def payments_json(lines: Iterable[PaymentTotal]) -> list[dict[str, Any]]:
    return [
        {
            "type": int(line.receipt_type),
            "payment_type": int(line.payment_type),
            "label": line.payment_type.label,
            "amount": format_money(line.amount),
        }
        for line in lines
    ]


def vat_json(lines: Iterable[VatTotal]) -> list[dict[str, Any]]:
    return [
        {
            "type": int(line.receipt_type),
            "vat_code": line.vat_code,
            "label": vat_rate(line.vat_code).label,
            "base": format_money(line.base),
            "vat": format_money(line.vat),
        }
        for line in lines
    ]
