"""The cashbox's code tables (OrangeData numbering, as IntellectMoney passes them on), as data.

Each enum's value is the number the service expects; ``label`` is the English text shown to the
cashier (translated by the Qt layer, context ``"codes"``). Correcting a code is one line here.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import IntEnum

from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N


class ReceiptType(IntEnum):
    """Content.Type: the receipt's settlement sign (tag 1054)."""

    SALE = 1
    SALE_REFUND = 2
    EXPENSE = 3
    EXPENSE_REFUND = 4

    @property
    def label(self) -> str:
        return _RECEIPT_TYPE_LABELS[self]

    @property
    def is_refund(self) -> bool:
        return self in (ReceiptType.SALE_REFUND, ReceiptType.EXPENSE_REFUND)


_RECEIPT_TYPE_LABELS = {
    ReceiptType.SALE: _N("codes", "Sale"),
    ReceiptType.SALE_REFUND: _N("codes", "Sale refund"),
    ReceiptType.EXPENSE: _N("codes", "Expense"),
    ReceiptType.EXPENSE_REFUND: _N("codes", "Expense refund"),
}


class PaymentType(IntEnum):
    """CheckClose.Payments[].Type (tags 1031, 1081, 1215, 1216, 1217)."""

    CASH = 1
    ELECTRONIC = 2
    PREPAYMENT = 14
    POSTPAYMENT = 15
    COUNTER_PROVISION = 16

    @property
    def label(self) -> str:
        return _PAYMENT_TYPE_LABELS[self][0]

    @property
    def printed_name(self) -> str:
        """The Russian name printed on receipts and sent with the electronic copy."""
        return _PAYMENT_TYPE_LABELS[self][1]


_PAYMENT_TYPE_LABELS = {
    PaymentType.CASH: (_N("codes", "Cash"), "Наличными"),
    PaymentType.ELECTRONIC: (_N("codes", "Electronic"), "Безналичными"),
    PaymentType.PREPAYMENT: (_N("codes", "Prepayment (advance offset)"), "Предварительная оплата"),
    PaymentType.POSTPAYMENT: (_N("codes", "Postpayment (credit)"), "Последующая оплата"),
    PaymentType.COUNTER_PROVISION: (
        _N("codes", "Counter-provision"),
        "Иное встречное предоставление",
    ),
}


class TaxationSystem(IntEnum):
    """CheckClose.TaxationSystem (tag 1055)."""

    GENERAL = 0
    SIMPLIFIED_INCOME = 1
    SIMPLIFIED_INCOME_MINUS_EXPENSE = 2
    IMPUTED = 3
    AGRICULTURAL = 4
    PATENT = 5

    @property
    def label(self) -> str:
        return _TAXATION_LABELS[self]


_TAXATION_LABELS = {
    TaxationSystem.GENERAL: _N("codes", "General (OSN)"),
    TaxationSystem.SIMPLIFIED_INCOME: _N("codes", "Simplified, income (USN)"),
    TaxationSystem.SIMPLIFIED_INCOME_MINUS_EXPENSE: _N(
        "codes", "Simplified, income minus expense (USN)"
    ),
    TaxationSystem.IMPUTED: _N("codes", "Imputed income (ENVD, historical)"),
    TaxationSystem.AGRICULTURAL: _N("codes", "Agricultural tax (ESHN)"),
    TaxationSystem.PATENT: _N("codes", "Patent"),
}


class PaymentMethod(IntEnum):
    """Positions[].PaymentMethodType (tag 1214)."""

    FULL_PREPAYMENT = 1
    PARTIAL_PREPAYMENT = 2
    ADVANCE = 3
    FULL_PAYMENT = 4
    PARTIAL_PAYMENT_AND_CREDIT = 5
    CREDIT = 6
    CREDIT_PAYMENT = 7

    @property
    def label(self) -> str:
        return _PAYMENT_METHOD_LABELS[self]


_PAYMENT_METHOD_LABELS = {
    PaymentMethod.FULL_PREPAYMENT: _N("codes", "Full prepayment"),
    PaymentMethod.PARTIAL_PREPAYMENT: _N("codes", "Partial prepayment"),
    PaymentMethod.ADVANCE: _N("codes", "Advance"),
    PaymentMethod.FULL_PAYMENT: _N("codes", "Full payment"),
    PaymentMethod.PARTIAL_PAYMENT_AND_CREDIT: _N("codes", "Partial payment and credit"),
    PaymentMethod.CREDIT: _N("codes", "Credit"),
    PaymentMethod.CREDIT_PAYMENT: _N("codes", "Credit payment"),
}


class PaymentSubject(IntEnum):
    """Positions[].PaymentSubjectType (tag 1212, FFD 1.2 values)."""

    GOODS = 1
    EXCISE_GOODS = 2
    WORK = 3
    SERVICE = 4
    GAMBLING_BET = 5
    GAMBLING_WIN = 6
    LOTTERY_TICKET = 7
    LOTTERY_WIN = 8
    INTELLECTUAL_PROPERTY = 9
    PAYMENT = 10
    AGENT_FEE = 11
    PAYOUT = 12
    OTHER = 13
    PROPERTY_RIGHT = 14
    NON_OPERATING_INCOME = 15
    OTHER_CONTRIBUTIONS = 16
    TRADE_FEE = 17
    RESORT_FEE = 18
    DEPOSIT = 19
    EXPENSE = 20
    PENSION_CONTRIBUTIONS_SELF_EMPLOYED = 21
    PENSION_CONTRIBUTIONS = 22
    MEDICAL_CONTRIBUTIONS_SELF_EMPLOYED = 23
    MEDICAL_CONTRIBUTIONS = 24
    SOCIAL_CONTRIBUTIONS = 25
    CASINO_PAYMENT = 26
    BANK_AGENT_CASH_OUT = 27
    EXCISE_GOODS_UNMARKED = 30
    EXCISE_GOODS_MARKED = 31
    GOODS_UNMARKED = 32
    GOODS_MARKED = 33

    @property
    def label(self) -> str:
        return _PAYMENT_SUBJECT_LABELS[self]


_PAYMENT_SUBJECT_LABELS = {
    PaymentSubject.GOODS: _N("codes", "Goods"),
    PaymentSubject.EXCISE_GOODS: _N("codes", "Excise goods"),
    PaymentSubject.WORK: _N("codes", "Work"),
    PaymentSubject.SERVICE: _N("codes", "Service"),
    PaymentSubject.GAMBLING_BET: _N("codes", "Gambling bet"),
    PaymentSubject.GAMBLING_WIN: _N("codes", "Gambling win"),
    PaymentSubject.LOTTERY_TICKET: _N("codes", "Lottery ticket"),
    PaymentSubject.LOTTERY_WIN: _N("codes", "Lottery win"),
    PaymentSubject.INTELLECTUAL_PROPERTY: _N("codes", "Intellectual property"),
    PaymentSubject.PAYMENT: _N("codes", "Payment"),
    PaymentSubject.AGENT_FEE: _N("codes", "Agent fee"),
    PaymentSubject.PAYOUT: _N("codes", "Payout"),
    PaymentSubject.OTHER: _N("codes", "Other"),
    PaymentSubject.PROPERTY_RIGHT: _N("codes", "Property right"),
    PaymentSubject.NON_OPERATING_INCOME: _N("codes", "Non-operating income"),
    PaymentSubject.OTHER_CONTRIBUTIONS: _N("codes", "Other payments and contributions"),
    PaymentSubject.TRADE_FEE: _N("codes", "Trade fee"),
    PaymentSubject.RESORT_FEE: _N("codes", "Resort fee"),
    PaymentSubject.DEPOSIT: _N("codes", "Deposit"),
    PaymentSubject.EXPENSE: _N("codes", "Expense"),
    PaymentSubject.PENSION_CONTRIBUTIONS_SELF_EMPLOYED: _N(
        "codes", "Pension contributions (self-employed)"
    ),
    PaymentSubject.PENSION_CONTRIBUTIONS: _N("codes", "Pension contributions"),
    PaymentSubject.MEDICAL_CONTRIBUTIONS_SELF_EMPLOYED: _N(
        "codes", "Medical contributions (self-employed)"
    ),
    PaymentSubject.MEDICAL_CONTRIBUTIONS: _N("codes", "Medical contributions"),
    PaymentSubject.SOCIAL_CONTRIBUTIONS: _N("codes", "Social insurance contributions"),
    PaymentSubject.CASINO_PAYMENT: _N("codes", "Casino payment"),
    PaymentSubject.BANK_AGENT_CASH_OUT: _N("codes", "Cash out by a bank payment agent"),
    PaymentSubject.EXCISE_GOODS_UNMARKED: _N("codes", "Excise goods without a marking code"),
    PaymentSubject.EXCISE_GOODS_MARKED: _N("codes", "Excise goods with a marking code"),
    PaymentSubject.GOODS_UNMARKED: _N("codes", "Goods without a marking code"),
    PaymentSubject.GOODS_MARKED: _N("codes", "Goods with a marking code"),
}


class MeasurementUnit(IntEnum):
    """Positions[].QuantityMeasurementUnit (tag 2108, FFD 1.2)."""

    PIECE = 0
    GRAM = 10
    KILOGRAM = 11
    TONNE = 12
    CENTIMETRE = 20
    DECIMETRE = 21
    METRE = 22
    SQUARE_CENTIMETRE = 30
    SQUARE_DECIMETRE = 31
    SQUARE_METRE = 32
    MILLILITRE = 40
    LITRE = 41
    CUBIC_METRE = 42
    KILOWATT_HOUR = 50
    GIGACALORIE = 51
    DAY = 70
    HOUR = 71
    MINUTE = 72
    SECOND = 73
    KILOBYTE = 80
    MEGABYTE = 81
    GIGABYTE = 82
    TERABYTE = 83
    OTHER = 255

    @property
    def label(self) -> str:
        return _UNIT_LABELS[self]


_UNIT_LABELS = {
    MeasurementUnit.PIECE: _N("codes", "pcs"),
    MeasurementUnit.GRAM: _N("codes", "g"),
    MeasurementUnit.KILOGRAM: _N("codes", "kg"),
    MeasurementUnit.TONNE: _N("codes", "t"),
    MeasurementUnit.CENTIMETRE: _N("codes", "cm"),
    MeasurementUnit.DECIMETRE: _N("codes", "dm"),
    MeasurementUnit.METRE: _N("codes", "m"),
    MeasurementUnit.SQUARE_CENTIMETRE: _N("codes", "sq cm"),
    MeasurementUnit.SQUARE_DECIMETRE: _N("codes", "sq dm"),
    MeasurementUnit.SQUARE_METRE: _N("codes", "sq m"),
    MeasurementUnit.MILLILITRE: _N("codes", "ml"),
    MeasurementUnit.LITRE: _N("codes", "l"),
    MeasurementUnit.CUBIC_METRE: _N("codes", "cu m"),
    MeasurementUnit.KILOWATT_HOUR: _N("codes", "kWh"),
    MeasurementUnit.GIGACALORIE: _N("codes", "Gcal"),
    MeasurementUnit.DAY: _N("codes", "day"),
    MeasurementUnit.HOUR: _N("codes", "hour"),
    MeasurementUnit.MINUTE: _N("codes", "min"),
    MeasurementUnit.SECOND: _N("codes", "s"),
    MeasurementUnit.KILOBYTE: _N("codes", "KB"),
    MeasurementUnit.MEGABYTE: _N("codes", "MB"),
    MeasurementUnit.GIGABYTE: _N("codes", "GB"),
    MeasurementUnit.TERABYTE: _N("codes", "TB"),
    MeasurementUnit.OTHER: _N("codes", "other"),
}


@dataclass(frozen=True)
class VatRate:
    """One row of the VAT table: the service's code, its label, the rate, and its kind.

    ``percent`` is None for "no VAT". A calculated rate (20/120) is used where the amount
    already holds the tax (prepayments, advances); a plain rate where the price does. Prices in
    Russian retail include VAT, so both give VAT = amount × percent / (100 + percent).
    """

    code: int
    label: str
    percent: Decimal | None
    calculated: bool = False

    def tax_included_in(self, amount: Decimal) -> Decimal:
        """The VAT inside a VAT-inclusive amount, unrounded."""
        if self.percent is None or self.percent == 0:
            return Decimal(0)
        return amount * self.percent / (100 + self.percent)


VAT_RATES: tuple[VatRate, ...] = (
    VatRate(1, _N("codes", "VAT 20%"), Decimal(20)),
    VatRate(2, _N("codes", "VAT 10%"), Decimal(10)),
    VatRate(3, _N("codes", "VAT 20/120"), Decimal(20), calculated=True),
    VatRate(4, _N("codes", "VAT 10/110"), Decimal(10), calculated=True),
    VatRate(5, _N("codes", "VAT 0%"), Decimal(0)),
    VatRate(6, _N("codes", "No VAT"), None),
    VatRate(7, _N("codes", "VAT 5%"), Decimal(5)),
    VatRate(8, _N("codes", "VAT 7%"), Decimal(7)),
    VatRate(9, _N("codes", "VAT 5/105"), Decimal(5), calculated=True),
    VatRate(10, _N("codes", "VAT 7/107"), Decimal(7), calculated=True),
    # ASSUMED: OrangeData's numbers for the 2026 rates (tag 1199 values for 22% and 22/122)
    # are not documented where we could read; see API_NOTES.md.
    VatRate(11, _N("codes", "VAT 22%"), Decimal(22)),
    VatRate(12, _N("codes", "VAT 22/122"), Decimal(22), calculated=True),
)
_VAT_BY_CODE = {rate.code: rate for rate in VAT_RATES}

# The rate a new position gets until the shop chooses another in Settings (2026: 22%).
DEFAULT_VAT_CODE = 11


def vat_rate(code: object, field: str = "Tax") -> VatRate:
    """The VAT table row for a code, or a ValidationError naming the known codes."""
    known = ", ".join(str(c) for c in _VAT_BY_CODE)
    # A bare dict look-up would take True and 1.0 as code 1 (they hash and compare equal).
    if isinstance(code, bool) or not isinstance(code, int):
        raise ValidationError(
            field,
            _N("validation", "Must be a VAT code written as a whole number, one of {known}."),
            known=known,
        )
    try:
        return _VAT_BY_CODE[code]
    except KeyError:
        raise ValidationError(
            field,
            _N("validation", "{code} is not a VAT code the cashbox knows; use one of {known}."),
            code=code,
            known=known,
        ) from None
