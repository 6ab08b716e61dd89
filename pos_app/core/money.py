"""Exact money and quantities: Decimal with the cashbox's precision and explicit rounding."""

from __future__ import annotations

from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, ROUND_HALF_UP, Context, Decimal, InvalidOperation

from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP

KOPECK = Decimal("0.01")
MONEY_PLACES = 2
# The cashbox takes quantities with up to 6 decimals; the cashier's screen shows at least 3.
QUANTITY_PLACES = 6
QUANTITY_SHOWN_PLACES = 3
# The cashbox's limit for a price, an amount and a receipt total (OrangeData).
MAX_AMOUNT = Decimal("99999999.99")
MAX_QUANTITY = Decimal("99999.999999")
# normalize() in the default context rounds to 28 digits, so "1.0000000000000000000000000001"
# would pass as 1; counting decimal places needs it exact.
_EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)


def round_money(value: Decimal) -> Decimal:
    """Round to kopecks, half away from zero, as cash registers do."""
    return value.quantize(KOPECK, rounding=ROUND_HALF_UP)


def _to_decimal(value: object, field: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        # A float has already lost exactness; refuse it rather than guess.
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("validation", "Must be a number written as text, e.g. 12.50."),
        )
    text = value.strip().replace(",", ".") if isinstance(value, str) else value
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("validation", "“{value}” is not a number; type digits, e.g. 12.50."),
            value=value,
        ) from None
    if not number.is_finite():
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("validation", "“{value}” is not a number; type digits, e.g. 12.50."),
            value=value,
        )
    return number


def decimal_places(value: Decimal) -> int:
    """How many digits stand after the decimal point (``Decimal("1.50")`` has 2)."""
    exponent = value.as_tuple().exponent
    if not isinstance(exponent, int):  # NaN and infinity have no digits to count
        raise ValueError(f"{value} is not a finite number")
    return max(0, -exponent)


def parse_money(value: object, field: str, *, allow_zero: bool = False) -> Decimal:
    """A price or an amount: positive, at most 2 decimals, within the cashbox's limit."""
    number = _to_decimal(value, field)
    if decimal_places(number.normalize(_EXACT)) > MONEY_PLACES:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "validation",
                "{value} has more than 2 decimal places; amounts are in rubles and kopecks,"
                " e.g. 12.50.",
            ),
            value=value,
        )
    if number < 0 or (number == 0 and not allow_zero):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("validation", "Must be more than zero; {value} is not."),
            value=value,
        )
    if number > MAX_AMOUNT:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "validation", "{value} is more than the cashbox accepts (99 999 999.99)."
            ),
            value=value,
        )
    # copy_abs: "-0" is zero, and must not be written as "-0.00".
    return number.copy_abs().quantize(KOPECK)


def parse_quantity(value: object, field: str) -> Decimal:
    """A quantity: positive, at most 6 decimals (the cashbox's limit)."""
    number = _to_decimal(value, field)
    if decimal_places(number.normalize(_EXACT)) > QUANTITY_PLACES:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "validation", "{value} has more than 6 decimal places; round the quantity."
            ),
            value=value,
        )
    if number <= 0:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("validation", "Quantity must be more than zero; {value} is not."),
            value=value,
        )
    if number > MAX_QUANTITY:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("validation", "Quantity {value} is more than the cashbox accepts."),
            value=value,
        )
    return normalize_quantity(number)


def normalize_quantity(value: Decimal) -> Decimal:
    """A quantity with at least 3 decimals shown (``1`` → ``1.000``), never fewer than it has."""
    places = max(QUANTITY_SHOWN_PLACES, decimal_places(value.normalize(_EXACT)))
    return value.quantize(Decimal(1).scaleb(-places))


def format_money(value: Decimal) -> str:
    """``1234.5`` → ``"1234.50"``: the cashbox's and the QR code's form (dot, two decimals)."""
    return f"{round_money(value):.2f}"


def format_quantity(value: Decimal) -> str:
    return str(normalize_quantity(value))
