"""How each of the shop's settings is read and checked: a value from the settings file (JSON)
or as typed on the command line becomes the setting's type, or a ValidationError naming the
setting and saying what it takes. :data:`pos_app.core.settings.SETTINGS` names one reader a
setting; the limits here are the Settings screen's too.
"""

from __future__ import annotations

from pos_app.core.catalog.scale import WEIGHT_DIGITS, WeightUnit, parse_prefixes, prefixes_text
from pos_app.core.codes import PaymentSubject, TaxationSystem, vat_rate
from pos_app.core.contact import parse_inn
from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.identifiers import check_invoice_id
from pos_app.core.receipt import MAX_GROUP_LENGTH, parse_code
from pos_app.core.scanning import SCAN_GAP_MS, SCAN_MIN_LENGTHS
from pos_app.core.services.endpoints import check_base_url

MAX_SHOP_NAME = 128
# ASSUMED: a receipt whose fiscal data have not come 15 minutes after it was taken is late
# enough to tell a person (the documents give no figure); a shop can change it.
DEFAULT_FISCAL_DATA_LATE_MINUTES = 15
MAX_FISCAL_DATA_LATE_MINUTES = 24 * 60
# The paper rolls receipt printers take, in millimetres.
RECEIPT_WIDTHS = (58, 80)
DEFAULT_RECEIPT_WIDTH = 80
MAX_PRINTER_NAME = 256


def _text(value: object, key: str) -> str:
    if not isinstance(value, str):
        raise ValidationError(key, _N("validation", "Must be text in quotes."))
    return value.strip()


def inn(value: object, key: str) -> str:
    text = _text(value, key)
    return parse_inn(text, key) if text else ""


def cashbox_group(value: object, key: str) -> str:
    text = _text(value, key)
    if len(text) > MAX_GROUP_LENGTH:
        raise ValidationError(
            key, _N("validation", "The cashbox group is longer than 32 characters.")
        )
    return text


def invoice(value: object, key: str) -> str:
    text = _text(value, key)
    try:
        return check_invoice_id(text) if text else ""
    except ValidationError as error:
        raise ValidationError(key, error.template, **error.params) from None


def shop_name(value: object, key: str) -> str:
    text = _text(value, key)
    if len(text) > MAX_SHOP_NAME or any(not ch.isprintable() for ch in text):
        raise ValidationError(
            key,
            _N("validation", "The shop's name must be one line of at most 128 characters."),
        )
    return text


def _whole_number(value: object, key: str) -> int:
    """An int from JSON, or its digits as typed on the command line."""
    if isinstance(value, bool):
        raise ValidationError(key, _N("validation", "Must be a whole number."))
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    raise ValidationError(key, _N("validation", "Must be a whole number."))


def taxation(value: object, key: str) -> TaxationSystem | None:
    if value is None or value == "":
        return None
    return parse_code(TaxationSystem, _whole_number(value, key), key)


def vat(value: object, key: str) -> int:
    return vat_rate(_whole_number(value, key), key).code


def payment_subject(value: object, key: str) -> PaymentSubject:
    return parse_code(PaymentSubject, _whole_number(value, key), key)


def country(value: object, key: str) -> str:
    import phonenumbers  # noqa: PLC0415 - only when a country is set: not before the window

    text = _text(value, key).upper()
    if text not in phonenumbers.SUPPORTED_REGIONS:
        raise ValidationError(
            key,
            _N(
                "validation",
                "“{value}” is not a country code phone numbers know; write two letters, e.g."
                " RU or UZ.",
            ),
            value=text,
        )
    return text


def url(value: object, key: str) -> str:
    text = _text(value, key)
    return check_base_url(text, key) if text else ""


def late_minutes(value: object, key: str) -> int:
    minutes = _whole_number(value, key)
    if not 1 <= minutes <= MAX_FISCAL_DATA_LATE_MINUTES:
        raise ValidationError(key, _N("validation", "Must be a number of minutes from 1 to 1440."))
    return minutes


def receipt_width(value: object, key: str) -> int:
    width = _whole_number(value, key)
    if width not in RECEIPT_WIDTHS:
        raise ValidationError(key, _N("validation", "The receipt width is 58 or 80 (mm)."))
    return width


def printer(value: object, key: str) -> str:
    text = _text(value, key)
    if len(text) > MAX_PRINTER_NAME or any(not ch.isprintable() for ch in text):
        raise ValidationError(
            key,
            _N("validation", "The printer's name must be one line of at most 256 characters."),
        )
    return text


def scan_gap(value: object, key: str) -> int:
    gap = _whole_number(value, key)
    if gap not in SCAN_GAP_MS:
        raise ValidationError(
            key, _N("validation", "Must be a number of milliseconds from 5 to 200.")
        )
    return gap


def scan_length(value: object, key: str) -> int:
    length = _whole_number(value, key)
    if length not in SCAN_MIN_LENGTHS:
        raise ValidationError(key, _N("validation", "Must be a number of characters from 3 to 32."))
    return length


def scale_prefixes(value: object, key: str) -> str:
    return prefixes_text(parse_prefixes(_text(value, key), key))


def weight_digits(value: object, key: str) -> int:
    digits = _whole_number(value, key)
    if digits not in WEIGHT_DIGITS:
        raise ValidationError(key, _N("validation", "The weight takes 4, 5 or 6 digits."))
    return digits


def weight_unit(value: object, key: str) -> WeightUnit:
    text = _text(value, key).casefold().replace(" ", "")
    try:
        return WeightUnit(text)
    except ValueError:
        raise ValidationError(
            key,
            _N("validation", "“{value}” is not a weight unit of scale labels; use g or 10g."),
            value=text,
        ) from None


def yes_no(value: object, key: str) -> bool:
    """A JSON true/false, or yes/no, on/off, 1/0 as typed on the command line."""
    if isinstance(value, bool):
        return value
    words = {"yes": True, "on": True, "true": True, "1": True}
    words |= {"no": False, "off": False, "false": False, "0": False}
    if isinstance(value, str | int) and str(value).strip().casefold() in words:
        return words[str(value).strip().casefold()]
    raise ValidationError(key, _N("validation", "Must be yes or no."))
