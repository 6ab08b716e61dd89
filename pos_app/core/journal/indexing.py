"""What the journal derives from a receipt for searches and reports: exact kopecks and text.

Money is stored as whole kopecks (SQLite INTEGER) wherever SQL adds it up: SQLite's SUM over
integers is exact, over decimal text it would go through floating point. The receipt itself is
stored as its MerchantReceipt JSON, where amounts are decimal text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from pos_app.core.receipt import Receipt


def to_kopecks(amount: Decimal) -> int:
    """``Decimal("12.50")`` → ``1250``; a fraction of a kopeck is a bug, never rounded away."""
    kopecks = amount.scaleb(2)
    if kopecks != kopecks.to_integral_value():
        raise ValueError(f"{amount} has a fraction of a kopeck")
    return int(kopecks)


def from_kopecks(kopecks: int) -> Decimal:
    """``1250`` → ``Decimal("12.50")``: always two decimals."""
    return Decimal(kopecks).scaleb(-2)


@dataclass(frozen=True)
class ReceiptFigures:
    """A receipt's sums, in kopecks: payments summed per payment type, VAT per rate."""

    total: int
    change: int
    payments: tuple[tuple[int, int], ...]  # (payment type code, amount as paid)
    vat: tuple[tuple[int, int, int], ...]  # (VAT code, base, tax)


def receipt_figures(receipt: Receipt) -> ReceiptFigures:
    paid: dict[int, int] = {}
    for payment in receipt.payments:
        code = int(payment.type)
        paid[code] = paid.get(code, 0) + to_kopecks(payment.amount)
    return ReceiptFigures(
        total=to_kopecks(receipt.total),
        change=to_kopecks(receipt.change),
        payments=tuple(sorted(paid.items())),
        vat=tuple(
            (line.rate.code, to_kopecks(line.base), to_kopecks(line.amount))
            for line in receipt.vat_breakdown
        ),
    )


def search_text(parts: Iterable[str | None]) -> str:
    """The text a search looks in: the parts case-folded (Cyrillic too, which SQLite's own
    LIKE does not fold), one per line so a query never matches across two of them."""
    return "\n".join(part.casefold() for part in parts if part)


def local_date(moment: datetime) -> str:
    """The date (``YYYY-MM-DD``) a moment falls on in this computer's time zone: the cashier's
    day, which searches and reports go by."""
    return moment.astimezone().date().isoformat()
