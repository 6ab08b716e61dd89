"""The receipt: positions, payments, contact and the sums a cashier and the cashbox agree on."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import IntEnum
from typing import TypeVar

from pos_app.core.codes import (
    VAT_RATES,
    MeasurementUnit,
    PaymentMethod,
    PaymentSubject,
    PaymentType,
    ReceiptType,
    TaxationSystem,
    VatRate,
    vat_rate,
)
from pos_app.core.contact import (
    DEFAULT_COUNTRY,
    MAX_CONTACT_LENGTH,
    looks_like_phone,
    parse_email,
    parse_inn,
    parse_phone,
)
from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.money import MAX_AMOUNT, format_money, parse_money, parse_quantity, round_money

MAX_TEXT_LENGTH = 128
# ASSUMED: the documents give no limit for Group; OrangeData's own API documents 32 characters.
MAX_GROUP_LENGTH = 32
NO_CONTACT = "none"
# A number or a list where text belongs (a JSON file) is not "empty": say what is wrong.
_TEXT_EXPECTED = _N("validation", "Must be text in quotes; check the file against the example.")

CodeT = TypeVar("CodeT", bound=IntEnum)


def parse_code(enum: type[CodeT], value: object, field: str) -> CodeT:
    """A code from one of the code tables, or a ValidationError listing the known ones."""
    if isinstance(value, enum):
        return value
    known = ", ".join(str(member.value) for member in enum)
    if isinstance(value, bool) or not isinstance(value, int):
        # Said apart from an unknown number: "1" (text) would read "1 is not a known code".
        raise ValidationError(
            field,
            _N("validation", "Must be a code written as a whole number, one of {known}."),
            known=known,
        )
    try:
        return enum(value)
    except ValueError:
        raise ValidationError(
            field,
            _N("validation", "{value} is not a known code here; use one of {known}."),
            value=value,
            known=known,
        ) from None


def parse_text(value: object, field: str = "text") -> str:
    """A position's name as printed: 1 to 128 characters."""
    if not isinstance(value, str):
        raise ValidationError(field, _TEXT_EXPECTED)
    if not value.strip():
        raise ValidationError(
            field, _N("validation", "The name is empty; type what is being sold.")
        )
    text = value.strip()
    if len(text) > MAX_TEXT_LENGTH:
        raise ValidationError(
            field,
            _N(
                "validation",
                "The name has {length} characters; the cashbox prints at most 128, shorten it.",
            ),
            length=len(text),
        )
    if any(not ch.isprintable() for ch in text):
        # A line break or a control character would garble the printed receipt.
        raise ValidationError(
            field,
            _N("validation", "The name holds a line break or a control character; remove it."),
        )
    return text


@dataclass(frozen=True)
class Position:
    """One line of the receipt. Constructing one validates and normalizes every field."""

    text: str
    quantity: Decimal
    price: Decimal
    vat: VatRate
    payment_subject: PaymentSubject = PaymentSubject.GOODS
    payment_method: PaymentMethod = PaymentMethod.FULL_PAYMENT
    unit: MeasurementUnit | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", parse_text(self.text))
        object.__setattr__(self, "quantity", parse_quantity(self.quantity, "quantity"))
        object.__setattr__(self, "price", parse_money(self.price, "price", allow_zero=True))
        if not isinstance(self.vat, VatRate):
            object.__setattr__(self, "vat", vat_rate(self.vat, "vat"))
        object.__setattr__(
            self,
            "payment_subject",
            parse_code(PaymentSubject, self.payment_subject, "payment_subject"),
        )
        object.__setattr__(
            self, "payment_method", parse_code(PaymentMethod, self.payment_method, "payment_method")
        )
        if self.unit is not None:
            object.__setattr__(self, "unit", parse_code(MeasurementUnit, self.unit, "unit"))
        if self.total > MAX_AMOUNT:
            raise ValidationError(
                "quantity",
                _N("validation", "The line comes to {total}, more than the cashbox accepts."),
                total=format_money(self.total),
            )

    @property
    def total(self) -> Decimal:
        """Quantity × price, rounded to kopecks."""
        return round_money(self.quantity * self.price)


@dataclass(frozen=True)
class Payment:
    type: PaymentType
    amount: Decimal

    def __post_init__(self) -> None:
        object.__setattr__(self, "type", parse_code(PaymentType, self.type, "type"))
        object.__setattr__(self, "amount", parse_money(self.amount, "amount"))


@dataclass(frozen=True)
class CustomerContact:
    """How the customer gets the receipt: e-mail (the cashbox's own e-receipt) and/or phone
    (the Checker.uz copy). Both optional; each validated and normalized."""

    email: str | None = None
    phone: str | None = None

    def __post_init__(self) -> None:
        if self.email is not None:
            object.__setattr__(
                self, "email", parse_email(self.email) if self.email.strip() else None
            )
        if self.phone is not None:
            object.__setattr__(
                self, "phone", parse_phone(self.phone) if self.phone.strip() else None
            )

    def for_cashbox(self) -> str:
        """Content.CustomerContact: the e-mail, else the phone as ``+digits``, else ``none``."""
        return self.email or self.phone or NO_CONTACT

    @classmethod
    def entered(
        cls,
        *,
        email: str | None = None,
        phone: str | None = None,
        default_country: str = DEFAULT_COUNTRY,
    ) -> CustomerContact:
        """The contact as a person typed it (window, command line): a phone without a country
        code is one of ``default_country``'s numbers; blank fields mean none."""
        if phone is not None and phone.strip():
            phone = parse_phone(phone, "phone", default_country)
        return cls(email=email, phone=phone)

    @classmethod
    def from_cashbox(
        cls,
        value: object,
        field: str = "CustomerContact",
        default_country: str = DEFAULT_COUNTRY,
    ) -> CustomerContact:
        """Content.CustomerContact as a receipt file gives it: an e-mail, a phone (``+digits``,
        or E.164 digits without the plus as Checker.uz writes them), or ``none``."""
        if not isinstance(value, str) or not 1 <= len(value) <= MAX_CONTACT_LENGTH:
            raise ValidationError(field, _CONTACT_FORMS)
        if value == NO_CONTACT:
            return cls()
        if "@" not in value and looks_like_phone(value):
            return cls(phone=parse_phone(value, field, default_country))
        if "@" not in value:
            raise ValidationError(field, _CONTACT_FORMS)
        return cls(email=parse_email(value, field))


_CONTACT_FORMS = _N(
    "validation",
    "Must be an e-mail, a phone (+998909998877 or 998909998877), or “none” for no contact"
    " (1 to 64 characters).",
)


@dataclass(frozen=True)
class VatLine:
    """The VAT breakdown's row for one rate: what was sold at it and the tax inside."""

    rate: VatRate
    base: Decimal
    amount: Decimal


def positions_total(positions: Iterable[Position]) -> Decimal:
    return sum((p.total for p in positions), Decimal("0.00"))


def vat_breakdown(positions: Iterable[Position]) -> tuple[VatLine, ...]:
    """One row per rate used, in the table's order; the tax is rounded once per rate."""
    bases: dict[int, Decimal] = {}
    for position in positions:
        bases[position.vat.code] = bases.get(position.vat.code, Decimal("0.00")) + position.total
    return vat_lines(bases)


def vat_lines(bases: Mapping[int, Decimal]) -> tuple[VatLine, ...]:
    """The breakdown's rows from what was sold at each rate (by VAT code); a rate whose
    base is zero and unused is left out by its caller."""
    return tuple(
        VatLine(rate, bases[rate.code], round_money(rate.tax_included_in(bases[rate.code])))
        for rate in VAT_RATES
        if rate.code in bases
    )


def check_settlement(
    receipt_type: ReceiptType, total: Decimal, payments: Sequence[Payment]
) -> None:
    """Payments must cover the total; only cash on a sale or expense may exceed it (change)."""
    paid = sum((p.amount for p in payments), Decimal("0.00"))
    not_cash = sum((p.amount for p in payments if p.type is not PaymentType.CASH), Decimal("0.00"))
    if paid < total:
        raise ValidationError(
            "payments",
            _N("validation", "Payments come to {paid} of {total}; {missing} is still to pay."),
            paid=format_money(paid),
            total=format_money(total),
            missing=format_money(total - paid),
        )
    if not_cash > total:
        raise ValidationError(
            "payments",
            _N(
                "validation",
                "Non-cash payments come to {not_cash}, more than the total {total};"
                " only cash can be more (the change is given back).",
            ),
            not_cash=format_money(not_cash),
            total=format_money(total),
        )
    if paid > total and receipt_type.is_refund:
        raise ValidationError(
            "payments",
            _N("validation", "A refund pays back exactly {total}; payments come to {paid}."),
            paid=format_money(paid),
            total=format_money(total),
        )


@dataclass(frozen=True)
class Receipt:
    """A complete receipt, ready for the cashbox: constructing one checks all of it."""

    type: ReceiptType
    inn: str
    group: str
    positions: tuple[Position, ...]
    payments: tuple[Payment, ...]
    taxation: TaxationSystem
    contact: CustomerContact = field(default_factory=CustomerContact)

    def __post_init__(self) -> None:
        object.__setattr__(self, "type", parse_code(ReceiptType, self.type, "type"))
        object.__setattr__(self, "inn", parse_inn(self.inn, "inn"))
        object.__setattr__(self, "taxation", parse_code(TaxationSystem, self.taxation, "taxation"))
        object.__setattr__(self, "positions", tuple(self.positions))
        object.__setattr__(self, "payments", tuple(self.payments))
        if not isinstance(self.group, str):
            raise ValidationError("group", _TEXT_EXPECTED)
        if not self.group.strip():
            raise ValidationError(
                "group",
                _N("validation", "The cashbox group is empty; copy it from the cashbox settings."),
            )
        if len(self.group) > MAX_GROUP_LENGTH:
            raise ValidationError(
                "group", _N("validation", "The cashbox group is longer than 32 characters.")
            )
        if not self.positions:
            raise ValidationError(
                "positions", _N("validation", "The receipt has no positions; add at least one.")
            )
        if not self.payments:
            raise ValidationError(
                "payments", _N("validation", "The receipt has no payment; add how it is paid.")
            )
        if self.total > MAX_AMOUNT:
            raise ValidationError(
                "positions",
                _N("validation", "The total {total} is more than the cashbox accepts."),
                total=format_money(self.total),
            )
        check_settlement(self.type, self.total, self.payments)

    @property
    def total(self) -> Decimal:
        return positions_total(self.positions)

    @property
    def paid(self) -> Decimal:
        return sum((p.amount for p in self.payments), Decimal("0.00"))

    @property
    def change(self) -> Decimal:
        """Cash handed back: what was paid over the total (only cash can be over)."""
        return self.paid - self.total

    @property
    def vat_breakdown(self) -> tuple[VatLine, ...]:
        return vat_breakdown(self.positions)
