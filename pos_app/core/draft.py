"""The receipt being built: positions, payments, contact, type and taxation, checked the same
way however a value is entered, telling its views of every change.

The draft is the one place the receipt lives while the cashier builds it; the window's editor,
its table and the payment fields are views on it. Payments and the contact are kept as typed
(a half-typed amount is not an error yet); :meth:`ReceiptDraft.receipt` checks the whole. A
draft parked for later is a JSON file in the data folder (:mod:`pos_app.core.parked_drafts`).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any, NamedTuple

from pos_app.core.codes import (
    DEFAULT_VAT_CODE,
    MeasurementUnit,
    PaymentMethod,
    PaymentSubject,
    PaymentType,
    ReceiptType,
    TaxationSystem,
    vat_rate,
)
from pos_app.core.contact import parse_phone
from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.identifiers import check_invoice_id
from pos_app.core.money import parse_money, parse_quantity
from pos_app.core.receipt import (
    CustomerContact,
    Payment,
    Position,
    Receipt,
    VatLine,
    check_settlement,
    parse_code,
    parse_text,
    vat_lines,
)

logger = logging.getLogger(__name__)


class Part(Enum):
    """What changed in a draft: its views redraw just that."""

    POSITION_ADDED = "position added"
    POSITION_CHANGED = "position changed"
    POSITION_REMOVED = "position removed"
    POSITIONS = "all positions"
    PAYMENTS = "payments"
    CONTACT = "contact"
    TYPE = "receipt type"
    TAXATION = "taxation"
    INVOICE = "invoice"


class Change(NamedTuple):
    part: Part
    row: int | None = None


Watcher = Callable[[Change], None]


class Column(Enum):
    """A position's values a cashier can type or change."""

    TEXT = "text"
    QUANTITY = "quantity"
    PRICE = "price"
    VAT = "vat"


def parse_value(column: Column, value: object) -> object:
    """The one check of a position's value, whichever way it was entered (the entry row, a
    cell edited in place, a parked draft)."""
    if column is Column.TEXT:
        return parse_text(value, "text")
    if column is Column.QUANTITY:
        return parse_quantity(_as_text(value), "quantity")
    if column is Column.PRICE:
        # A price of 0 is a legal line (a gift, a free bag): the cashbox takes it.
        return parse_money(_as_text(value), "price", allow_zero=True)
    return vat_rate(value, "vat")


def _as_text(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


@dataclass(frozen=True)
class DraftContent:
    """Everything in a draft, as a value: what parking saves and brings back."""

    receipt_type: ReceiptType = ReceiptType.SALE
    taxation: TaxationSystem = TaxationSystem.GENERAL
    positions: tuple[Position, ...] = ()
    cash: str = ""
    electronic: str = ""
    email: str = ""
    phone: str = ""
    # The IntellectMoney invoice (СКО) this receipt belongs to, as typed; empty: the shop's own.
    invoice: str = ""


class ReceiptDraft:
    """One receipt being built for a shop (its INN and cashbox group). Not thread-safe: it
    belongs to the screen that edits it."""

    def __init__(
        self,
        inn: str,
        group: str,
        *,
        taxation: TaxationSystem = TaxationSystem.GENERAL,
        default_vat: int = DEFAULT_VAT_CODE,
        default_payment_subject: PaymentSubject = PaymentSubject.GOODS,
        phone_country: str = "RU",
    ) -> None:
        self.inn = inn
        self.group = group
        self.default_vat = vat_rate(default_vat, "default_vat")
        self.default_payment_subject = default_payment_subject
        self.phone_country = phone_country
        self._content = DraftContent(taxation=taxation)
        self._watchers: list[Watcher] = []
        # Running sums, kept as lines come and go: a change to a long receipt costs the same
        # as one to a short one (re-summing 500 lines on every scan would not).
        self._total = Decimal("0.00")
        self._bases: dict[int, Decimal] = {}  # by VAT code: the lines' totals
        self._lines: dict[int, int] = {}  # by VAT code: how many lines (a zero base counts)

    # --- watching -------------------------------------------------------------------------

    def watch(self, watcher: Watcher) -> Callable[[], None]:
        """Call ``watcher`` after every change; call what comes back to stop."""
        self._watchers.append(watcher)
        return lambda: self._watchers.remove(watcher) if watcher in self._watchers else None

    def _changed(self, part: Part, row: int | None = None) -> None:
        change = Change(part, row)
        for watcher in tuple(self._watchers):
            watcher(change)

    # --- reading --------------------------------------------------------------------------

    @property
    def content(self) -> DraftContent:
        return self._content

    @property
    def positions(self) -> tuple[Position, ...]:
        return self._content.positions

    @property
    def receipt_type(self) -> ReceiptType:
        return self._content.receipt_type

    @property
    def taxation(self) -> TaxationSystem:
        return self._content.taxation

    @property
    def total(self) -> Decimal:
        return self._total

    def vat_breakdown(self) -> tuple[VatLine, ...]:
        """The VAT per rate of the lines on the receipt (see :func:`.receipt.vat_breakdown`)."""
        return vat_lines(self._bases)

    def payments(self) -> tuple[Payment, ...]:
        """The payments as typed; ValidationError when one is not an amount or none is there."""
        payments = []
        for text, kind, field in (
            (self._content.cash, PaymentType.CASH, "cash"),
            (self._content.electronic, PaymentType.ELECTRONIC, "electronic"),
        ):
            if text.strip():
                payments.append(Payment(kind, parse_money(text.strip(), field)))
        if not payments:
            raise ValidationError(
                "payments",
                _N(
                    "validation",
                    "Enter how it is paid: the cash given, the card amount, or both.",
                ),
            )
        return tuple(payments)

    def change_due(self) -> Decimal:
        """The change to hand back; ValidationError when the payments do not settle it."""
        payments = self.payments()
        check_settlement(self.receipt_type, self.total, payments)
        return sum((p.amount for p in payments), Decimal("0.00")) - self.total

    def has_payment_text(self) -> bool:
        return bool(self._content.cash.strip() or self._content.electronic.strip())

    def contact(self) -> CustomerContact:
        """The customer's contact; a phone without +code is read in the shop's country."""
        phone = self._content.phone.strip()
        if phone:
            phone = parse_phone(phone, "phone", self.phone_country)
        return CustomerContact(email=self._content.email, phone=phone)

    def invoice_id(self, default: str) -> str:
        """The invoice (СКО) the receipt goes under: the one typed, checked, or ``default``."""
        typed = self._content.invoice.strip()
        return check_invoice_id(typed) if typed else default

    def receipt(self) -> Receipt:
        """The complete receipt, checked as a whole; ValidationError names what is wrong."""
        return Receipt(
            type=self.receipt_type,
            inn=self.inn,
            group=self.group,
            positions=self.positions,
            payments=self.payments(),
            taxation=self.taxation,
            contact=self.contact(),
        )

    def is_complete(self) -> bool:
        try:
            self.receipt()
        except ValidationError:
            return False
        return True

    # --- changing -------------------------------------------------------------------------

    def add_position(
        self,
        text: object,
        quantity: object,
        price: object,
        *,
        vat: object = None,
        payment_subject: PaymentSubject | None = None,
        payment_method: PaymentMethod = PaymentMethod.FULL_PAYMENT,
        unit: MeasurementUnit | None = None,
    ) -> Position:
        """Add a line, each value checked as :func:`parse_value` does; ValidationError names
        the first refused one and nothing changes. ``unit``: a catalog product's (kg for a
        weighed one); a typed line has none."""
        position = Position(
            text=str(parse_value(Column.TEXT, text)),
            quantity=Decimal(str(parse_value(Column.QUANTITY, quantity))),
            price=Decimal(str(parse_value(Column.PRICE, price))),
            vat=self.default_vat if vat is None else vat_rate(vat, "vat"),
            payment_subject=payment_subject or self.default_payment_subject,
            payment_method=payment_method,
            unit=unit,
        )
        self._set(positions=(*self.positions, position))
        self._count(position, 1)
        self._changed(Part.POSITION_ADDED, len(self.positions) - 1)
        return position

    def change_position(self, row: int, column: Column, value: object) -> Position:
        """Change one value of a line, checked as :func:`parse_value` does."""
        position = self.positions[row]
        parsed = parse_value(column, value)
        changes: dict[str, Any] = {column.value: parsed}
        changed = dataclasses.replace(position, **changes)
        positions = list(self.positions)
        positions[row] = changed
        self._set(positions=tuple(positions))
        self._count(position, -1)
        self._count(changed, 1)
        self._changed(Part.POSITION_CHANGED, row)
        return changed

    def remove_position(self, row: int) -> None:
        if 0 <= row < len(self.positions):
            positions = list(self.positions)
            removed = positions.pop(row)
            self._set(positions=tuple(positions))
            self._count(removed, -1)
            self._changed(Part.POSITION_REMOVED, row)

    def set_payments(self, *, cash: str | None = None, electronic: str | None = None) -> None:
        changes = {
            key: value
            for key, value in (("cash", cash), ("electronic", electronic))
            if value is not None
        }
        if any(getattr(self._content, key) != value for key, value in changes.items()):
            self._set(**changes)
            self._changed(Part.PAYMENTS)

    def pay_exact_cash(self) -> None:
        """Nothing typed as paid: the customer pays the total in cash, exactly (no change)."""
        if not self.has_payment_text():
            self.set_payments(cash=str(self.total))

    def set_contact(self, *, email: str | None = None, phone: str | None = None) -> None:
        changes = {
            key: value for key, value in (("email", email), ("phone", phone)) if value is not None
        }
        if any(getattr(self._content, key) != value for key, value in changes.items()):
            self._set(**changes)
            self._changed(Part.CONTACT)

    def set_invoice(self, invoice: str) -> None:
        if invoice != self._content.invoice:
            self._set(invoice=invoice)
            self._changed(Part.INVOICE)

    def set_receipt_type(self, receipt_type: ReceiptType) -> None:
        if receipt_type is not self.receipt_type:
            self._set(receipt_type=parse_code(ReceiptType, receipt_type, "receipt_type"))
            self._changed(Part.TYPE)

    def set_taxation(self, taxation: TaxationSystem) -> None:
        if taxation is not self.taxation:
            self._set(taxation=parse_code(TaxationSystem, taxation, "taxation"))
            self._changed(Part.TAXATION)

    def clear(self) -> None:
        """Start a new receipt; the receipt type and taxation stay as they were."""
        self.restore(DraftContent(receipt_type=self.receipt_type, taxation=self.taxation))

    def restore(self, content: DraftContent) -> None:
        """Put back a whole draft (a parked one, or a new empty one)."""
        self._content = content
        self._total = Decimal("0.00")
        self._bases.clear()
        self._lines.clear()
        for position in content.positions:
            self._count(position, 1)
        for part in (
            Part.POSITIONS,
            Part.PAYMENTS,
            Part.CONTACT,
            Part.INVOICE,
            Part.TYPE,
            Part.TAXATION,
        ):
            self._changed(part)

    def _set(self, **changes: Any) -> None:
        self._content = dataclasses.replace(self._content, **changes)

    def _count(self, position: Position, sign: int) -> None:
        """Add a line to the running sums (``sign`` 1) or take it out (-1)."""
        code, amount = position.vat.code, position.total * sign
        self._total += amount
        lines = self._lines.get(code, 0) + sign
        if lines:
            self._lines[code] = lines
            self._bases[code] = self._bases.get(code, Decimal("0.00")) + amount
        else:
            self._lines.pop(code, None)
            self._bases.pop(code, None)
