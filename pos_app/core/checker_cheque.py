"""The Checker.uz SendCheque body for a receipt: the customer's electronic copy (seed 003).

The service client adds ``token`` and ``customer_phone`` or ``customer_code``. Amounts stay
Decimal, so ``decimal_json.dumps`` writes them digit for digit.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from pos_app.core.codes import PaymentType, ReceiptType
from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.receipt import Payment, Receipt

SALE = 1
RETURN = 2

# Checker.uz knows two operations: a sale and a return. A refund of either kind reverses an
# earlier receipt, so it is a return. An expense (the shop pays the customer, e.g. buying goods
# from them) reverses nothing: it is an operation of its own, sent as 1 like a sale, its lines
# saying what it was. Sending it as 2 would tell the customer they had returned something.
OPERATION_TYPES = {
    ReceiptType.SALE: SALE,
    ReceiptType.SALE_REFUND: RETURN,
    ReceiptType.EXPENSE: SALE,
    ReceiptType.EXPENSE_REFUND: RETURN,
}

# The model has no discounts: a position's price is what is paid for it.
NO_DISCOUNT = Decimal("0.00")
# Checker.uz requires all four card fields and does not print one that is a single space.
HIDDEN_FIELD = " "

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class DiscountCard:
    """The customer's discount card as the copy shows it; an empty field is not shown."""

    code: str = ""
    name: str = ""
    scan: str = ""
    info: str = ""

    def for_cheque(self) -> dict[str, str]:
        """The ``discount_card`` object: every field present, an empty one hidden."""
        return {
            name: value if value.strip() else HIDDEN_FIELD for name, value in asdict(self).items()
        }


@dataclass(frozen=True)
class CopyDetails:
    """What the customer's copy carries besides the receipt, as the cashier gave it: the
    customer's Checker.uz code (the copy goes there, with or without a phone), a discount
    card, a note. Kept with the receipt in the journal, so a copy sent later carries them."""

    customer_code: str | None = None
    discount_card: DiscountCard | None = None
    note: str = ""

    def __post_init__(self) -> None:
        code = (self.customer_code or "").strip()
        object.__setattr__(self, "customer_code", code or None)
        object.__setattr__(self, "note", _copy_text(self.note, "note"))
        if self.customer_code is not None:
            _copy_text(self.customer_code, "customer_code")
        card = self.discount_card
        if card is not None:
            for name, value in asdict(card).items():
                _copy_text(value, f"discount_card.{name}")
            if not any(value.strip() for value in asdict(card).values()):
                object.__setattr__(self, "discount_card", None)


# ASSUMED: Checker.uz documents no lengths; a copy is a chat message, so keep fields short.
MAX_COPY_TEXT = 256


def _copy_text(value: str, field: str) -> str:
    if len(value) > MAX_COPY_TEXT:
        raise ValidationError(
            field,
            _N("validation", "At most {limit} characters; this has {length}."),
            limit=MAX_COPY_TEXT,
            length=len(value),
        )
    if any(not ch.isprintable() for ch in value):
        raise ValidationError(
            field,
            _N("validation", "Holds a line break or a control character; remove it."),
        )
    return value


def unix_time(moment: datetime) -> int:
    """Whole seconds since 1970-01-01 UTC, counted without float.

    A naive time is refused: it would be read in this computer's zone, which may not be the
    shop's.
    """
    if moment.utcoffset() is None:
        raise ValueError(f"{moment} has no time zone; give the receipt's time with its offset")
    return (moment - _EPOCH) // timedelta(seconds=1)


def kept_payments(receipt: Receipt) -> list[tuple[Payment, Decimal]]:
    """Each payment with what the shop kept of it: the change handed back is not a payment.

    SendCheque has no field for the change, and its payments add up to its ``amount``; only
    cash can be over (the change), so the change comes off the cash, the last tendered first.
    A cash payment that was all change is left out.
    """
    change = receipt.change
    kept: list[tuple[Payment, Decimal]] = []
    for payment in reversed(receipt.payments):
        value = payment.amount
        if payment.type is PaymentType.CASH and change > 0:
            taken = min(change, value)
            value, change = value - taken, change - taken
        if value > 0:
            kept.append((payment, value))
    return kept[::-1]


def cheque_body(
    receipt: Receipt,
    *,
    operation_code: str,
    date: datetime,
    discount_card: DiscountCard | None = None,
    note: str = "",
) -> dict[str, Any]:
    """SendCheque's fields, in the document's order, without the token and the recipient."""
    subtotal = receipt.total
    body: dict[str, Any] = {
        "operation_type": OPERATION_TYPES[receipt.type],
        "operation_code": operation_code,
        "date": unix_time(date),
        "items": [
            {"name": p.text, "quantity": p.quantity, "price": p.price, "total": p.total}
            for p in receipt.positions
        ],
        "subtotal": subtotal,
        "discount": NO_DISCOUNT,
        "amount": subtotal - NO_DISCOUNT,
        "payments": [
            {"name": pay.type.printed_name, "value": value} for pay, value in kept_payments(receipt)
        ],
    }
    if discount_card is not None:
        body["discount_card"] = discount_card.for_cheque()
    body["note"] = note
    return body
