"""The cashbox's code tables (OrangeData numbering, as IntellectMoney passes them on), as data.

Each member is declared as ``NAME = number, label[, more columns]``: the value is the number the
service expects, ``label`` the English text shown to the cashier (translated by the Qt layer,
context ``"codes"``). Correcting a code is one line here.
"""

from __future__ import annotations

from decimal import Decimal

from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.labelled import LabelledIntEnum


class ReceiptType(LabelledIntEnum):
    """Content.Type: the receipt's settlement sign (tag 1054)."""

    SALE = 1, _N("codes", "Sale")
    SALE_REFUND = 2, _N("codes", "Sale refund")
    EXPENSE = 3, _N("codes", "Expense")
    EXPENSE_REFUND = 4, _N("codes", "Expense refund")

    @property
    def is_refund(self) -> bool:
        return self in (ReceiptType.SALE_REFUND, ReceiptType.EXPENSE_REFUND)


class PaymentType(LabelledIntEnum):
    """CheckClose.Payments[].Type (tags 1031, 1081, 1215, 1216, 1217); the third column is the
    Russian name printed on receipts and sent with the electronic copy."""

    printed_name: str

    CASH = 1, _N("codes", "Cash"), "Наличными"
    ELECTRONIC = 2, _N("codes", "Electronic"), "Безналичными"
    PREPAYMENT = 14, _N("codes", "Prepayment (advance offset)"), "Предварительная оплата"
    POSTPAYMENT = 15, _N("codes", "Postpayment (credit)"), "Последующая оплата"
    COUNTER_PROVISION = 16, _N("codes", "Counter-provision"), "Иное встречное предоставление"

    def _set_columns(self, printed_name: str) -> None:
        self.printed_name = printed_name


class TaxationSystem(LabelledIntEnum):
    """CheckClose.TaxationSystem (tag 1055)."""

    GENERAL = 0, _N("codes", "General (OSN)")
    SIMPLIFIED_INCOME = 1, _N("codes", "Simplified, income (USN)")
    SIMPLIFIED_INCOME_MINUS_EXPENSE = 2, _N("codes", "Simplified, income minus expense (USN)")
    IMPUTED = 3, _N("codes", "Imputed income (ENVD, historical)")
    AGRICULTURAL = 4, _N("codes", "Agricultural tax (ESHN)")
    PATENT = 5, _N("codes", "Patent")


class PaymentMethod(LabelledIntEnum):
    """Positions[].PaymentMethodType (tag 1214)."""

    FULL_PREPAYMENT = 1, _N("codes", "Full prepayment")
    PARTIAL_PREPAYMENT = 2, _N("codes", "Partial prepayment")
    ADVANCE = 3, _N("codes", "Advance")
    FULL_PAYMENT = 4, _N("codes", "Full payment")
    PARTIAL_PAYMENT_AND_CREDIT = 5, _N("codes", "Partial payment and credit")
    CREDIT = 6, _N("codes", "Credit")
    CREDIT_PAYMENT = 7, _N("codes", "Credit payment")


class PaymentSubject(LabelledIntEnum):
    """Positions[].PaymentSubjectType (tag 1212, FFD 1.2 values)."""

    GOODS = 1, _N("codes", "Goods")
    EXCISE_GOODS = 2, _N("codes", "Excise goods")
    WORK = 3, _N("codes", "Work")
    SERVICE = 4, _N("codes", "Service")
    GAMBLING_BET = 5, _N("codes", "Gambling bet")
    GAMBLING_WIN = 6, _N("codes", "Gambling win")
    LOTTERY_TICKET = 7, _N("codes", "Lottery ticket")
    LOTTERY_WIN = 8, _N("codes", "Lottery win")
    INTELLECTUAL_PROPERTY = 9, _N("codes", "Intellectual property")
    PAYMENT = 10, _N("codes", "Payment")
    AGENT_FEE = 11, _N("codes", "Agent fee")
    PAYOUT = 12, _N("codes", "Payout")
    OTHER = 13, _N("codes", "Other")
    PROPERTY_RIGHT = 14, _N("codes", "Property right")
    NON_OPERATING_INCOME = 15, _N("codes", "Non-operating income")
    OTHER_CONTRIBUTIONS = 16, _N("codes", "Other payments and contributions")
    TRADE_FEE = 17, _N("codes", "Trade fee")
    RESORT_FEE = 18, _N("codes", "Resort fee")
    DEPOSIT = 19, _N("codes", "Deposit")
    EXPENSE = 20, _N("codes", "Expense")
    PENSION_CONTRIBUTIONS_SELF_EMPLOYED = 21, _N("codes", "Pension contributions (self-employed)")
    PENSION_CONTRIBUTIONS = 22, _N("codes", "Pension contributions")
    MEDICAL_CONTRIBUTIONS_SELF_EMPLOYED = 23, _N("codes", "Medical contributions (self-employed)")
    MEDICAL_CONTRIBUTIONS = 24, _N("codes", "Medical contributions")
    SOCIAL_CONTRIBUTIONS = 25, _N("codes", "Social insurance contributions")
    CASINO_PAYMENT = 26, _N("codes", "Casino payment")
    BANK_AGENT_CASH_OUT = 27, _N("codes", "Cash out by a bank payment agent")
    EXCISE_GOODS_UNMARKED = 30, _N("codes", "Excise goods without a marking code")
    EXCISE_GOODS_MARKED = 31, _N("codes", "Excise goods with a marking code")
    GOODS_UNMARKED = 32, _N("codes", "Goods without a marking code")
    GOODS_MARKED = 33, _N("codes", "Goods with a marking code")


class MeasurementUnit(LabelledIntEnum):
    """Positions[].QuantityMeasurementUnit (tag 2108, FFD 1.2)."""

    PIECE = 0, _N("codes", "pcs")
    GRAM = 10, _N("codes", "g")
    KILOGRAM = 11, _N("codes", "kg")
    TONNE = 12, _N("codes", "t")
    CENTIMETRE = 20, _N("codes", "cm")
    DECIMETRE = 21, _N("codes", "dm")
    METRE = 22, _N("codes", "m")
    SQUARE_CENTIMETRE = 30, _N("codes", "sq cm")
    SQUARE_DECIMETRE = 31, _N("codes", "sq dm")
    SQUARE_METRE = 32, _N("codes", "sq m")
    MILLILITRE = 40, _N("codes", "ml")
    LITRE = 41, _N("codes", "l")
    CUBIC_METRE = 42, _N("codes", "cu m")
    KILOWATT_HOUR = 50, _N("codes", "kWh")
    GIGACALORIE = 51, _N("codes", "Gcal")
    DAY = 70, _N("codes", "day")
    HOUR = 71, _N("codes", "hour")
    MINUTE = 72, _N("codes", "min")
    SECOND = 73, _N("codes", "s")
    KILOBYTE = 80, _N("codes", "KB")
    MEGABYTE = 81, _N("codes", "MB")
    GIGABYTE = 82, _N("codes", "GB")
    TERABYTE = 83, _N("codes", "TB")
    OTHER = 255, _N("codes", "other")


class VatRate(LabelledIntEnum):
    """Positions[].Tax (tag 1199), the VAT table: code, label, percent, calculated or not.

    ``percent`` is None for "no VAT". A calculated rate (20/120) is used where the amount
    already holds the tax (prepayments, advances); a plain rate where the price does. Prices in
    Russian retail include VAT, so both give VAT = amount × percent / (100 + percent).
    """

    percent: Decimal | None
    calculated: bool

    VAT_20 = 1, _N("codes", "VAT 20%"), Decimal(20)
    VAT_10 = 2, _N("codes", "VAT 10%"), Decimal(10)
    VAT_20_120 = 3, _N("codes", "VAT 20/120"), Decimal(20), True
    VAT_10_110 = 4, _N("codes", "VAT 10/110"), Decimal(10), True
    VAT_0 = 5, _N("codes", "VAT 0%"), Decimal(0)
    NO_VAT = 6, _N("codes", "No VAT"), None
    VAT_5 = 7, _N("codes", "VAT 5%"), Decimal(5)
    VAT_7 = 8, _N("codes", "VAT 7%"), Decimal(7)
    VAT_5_105 = 9, _N("codes", "VAT 5/105"), Decimal(5), True
    VAT_7_107 = 10, _N("codes", "VAT 7/107"), Decimal(7), True
    # ASSUMED: OrangeData's numbers for the 2026 rates (tag 1199 values for 22% and 22/122)
    # are not documented where we could read; see API_NOTES.md.
    VAT_22 = 11, _N("codes", "VAT 22%"), Decimal(22)
    VAT_22_122 = 12, _N("codes", "VAT 22/122"), Decimal(22), True

    def _set_columns(self, percent: Decimal | None, calculated: bool = False) -> None:
        self.percent = percent
        self.calculated = calculated

    @property
    def code(self) -> int:
        """The number the service expects (a plain int, e.g. for a combo box's data)."""
        return self._value_

    def tax_included_in(self, amount: Decimal) -> Decimal:
        """The VAT inside a VAT-inclusive amount, unrounded."""
        if self.percent is None or self.percent == 0:
            return Decimal(0)
        return amount * self.percent / (100 + self.percent)


VAT_RATES: tuple[VatRate, ...] = tuple(VatRate)

# The rate a new position gets until the shop chooses another in Settings (2026: 22%).
DEFAULT_VAT_CODE = VatRate.VAT_22.code


def vat_rate(code: object, field: str = "Tax") -> VatRate:
    """The VAT table row for a code, or a ValidationError naming the known codes."""
    known = ", ".join(str(rate.code) for rate in VatRate)
    # VatRate(True) and VatRate(1.0) would be code 1 (they hash and compare equal).
    if isinstance(code, bool) or not isinstance(code, int):
        raise ValidationError(
            field,
            _N("validation", "Must be a VAT code written as a whole number, one of {known}."),
            known=known,
        )
    try:
        return VatRate(code)
    except ValueError:
        raise ValidationError(
            field,
            _N("validation", "{code} is not a VAT code the cashbox knows; use one of {known}."),
            code=code,
            known=known,
        ) from None
