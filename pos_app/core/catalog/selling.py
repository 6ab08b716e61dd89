"""A product picked from the catalog or scanned, as a line of the receipt: a new line, or one
more of a line already there."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from pos_app.core.catalog.product import Product
from pos_app.core.draft import Column, ReceiptDraft
from pos_app.core.receipt import Position


@dataclass(frozen=True)
class Line:
    """What adding a product does to the receipt: ``row`` is -1 for a new line (append
    ``position``), else the row whose quantity becomes ``position.quantity``."""

    row: int
    position: Position

    @property
    def is_new(self) -> bool:
        return self.row < 0


def position_for(product: Product, quantity: Decimal = Decimal(1)) -> Position:
    """The receipt line of ``quantity`` of the product, with its price, VAT, payment subject
    and unit (a weighed product in kilograms)."""
    return Position(
        text=product.name,
        quantity=quantity,
        price=product.price,
        vat=product.vat,
        payment_subject=product.payment_subject,
        unit=product.unit,
    )


def line_for(
    positions: Sequence[Position], product: Product, quantity: Decimal = Decimal(1)
) -> Line:
    """The line to add or to change: a piece product already on the receipt (same name,
    price, VAT, subject and unit) gets one more; a weighed one always gets a line of its own,
    each label its own weight (ASSUMED, as cashier programs print each weighing)."""
    fresh = position_for(product, quantity)
    if not product.weighed:
        for row in range(len(positions) - 1, -1, -1):
            position = positions[row]
            if _same(position, fresh):
                more = dataclasses.replace(position, quantity=position.quantity + quantity)
                return Line(row, more)
    return Line(-1, fresh)


def _same(a: Position, b: Position) -> bool:
    return (a.text, a.price, a.vat, a.payment_subject, a.payment_method, a.unit) == (
        b.text,
        b.price,
        b.vat,
        b.payment_subject,
        b.payment_method,
        b.unit,
    )


def add_product(draft: ReceiptDraft, product: Product, quantity: Decimal = Decimal(1)) -> int:
    """Add ``quantity`` of the product to the receipt being built (see :func:`line_for`);
    returns the row of its line. ValidationError (nothing changes) if the line would go past
    what the cashbox accepts."""
    line = line_for(draft.positions, product, quantity)
    if line.is_new:
        position = line.position
        draft.add_position(
            position.text,
            position.quantity,
            position.price,
            vat=position.vat.code,
            payment_subject=position.payment_subject,
            unit=position.unit,
        )
        return len(draft.positions) - 1
    draft.change_position(line.row, Column.QUANTITY, line.position.quantity)
    return line.row
