"""Identifiers from outside: the shop's INN, the customer's phone and e-mail.

Checksums and numbering plans come from well-kept libraries (python-stdnum, phonenumbers,
email-validator), not hand-written rules.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pos_app.core.countries import country_name, known_country
from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N

# The libraries are imported where they are used (PLC0415 below): the cashier's window is
# painted without them and loads them in the background once the till is open.
if TYPE_CHECKING:
    import phonenumbers

# The cashbox's limit for Content.CustomerContact.
MAX_CONTACT_LENGTH = 64
# The shop's country: a phone written without a country code is read as one of its numbers.
# The shop's settings hold it; this is the default for a shop in Russia.
DEFAULT_COUNTRY = "RU"
# How to write a phone, shown in every error about one: Checker.uz's own example (seed 003),
# with + and spaces as people write it, and as the document writes it.
PHONE_EXAMPLE = "+998 90 999 88 77"
PHONE_EXAMPLE_DIGITS = "998909998877"
_PHONE_SEPARATORS = re.compile(r"[\s().-]")


def parse_inn(value: object, field: str = "Inn") -> str:
    """A Russian taxpayer number: 10 digits (company) or 12 (entrepreneur), valid checksum."""
    if not isinstance(value, str):
        # A number here (e.g. from a JSON file) would lose leading zeros: the INN is text.
        raise ValidationError(
            field,
            _N("validation", "The INN must be text in quotes, e.g. “7743736523”."),
        )
    if not value.strip():
        raise ValidationError(
            field, _N("validation", "The shop's INN is missing; enter its 10 or 12 digits.")
        )
    from stdnum import exceptions as stdnum_errors  # noqa: PLC0415
    from stdnum.ru import inn as ru_inn  # noqa: PLC0415

    text = value.strip()
    try:
        return str(ru_inn.validate(text))
    except stdnum_errors.InvalidChecksum:
        raise ValidationError(
            field,
            _N(
                "validation",
                "INN {value} has a wrong check digit; compare it with the registration papers.",
            ),
            value=text,
        ) from None
    except stdnum_errors.ValidationError:
        raise ValidationError(
            field,
            _N("validation", "INN {value} must be 10 or 12 digits."),
            value=text,
        ) from None


def parse_phone(value: str, field: str = "phone", default_country: str = DEFAULT_COUNTRY) -> str:
    """A customer's phone in E.164 (``+998909998877``), from any way people write one.

    ``+`` and the country code: international. Digits alone that make a valid number with a
    country code at their start (Checker.uz's own form, ``998909998877``): international too.
    Otherwise the digits are a number of ``default_country`` (ISO code, e.g. ``RU``), trunk
    prefix allowed (``8 916 123-45-67``). Digits valid both ways as different numbers are
    refused rather than guessed (``4951234567``: Moscow without its 8, or a German number).
    """
    text = value.strip()
    country = _country(default_country)
    if text.startswith("+"):
        number = _valid_number(text, None)
        if number is None:
            raise ValidationError(
                field,
                _N(
                    "validation",
                    "“{value}” is not a valid phone number; check the digits and the country"
                    " code. Write it like {example} or {digits}.",
                ),
                value=text,
                example=PHONE_EXAMPLE,
                digits=PHONE_EXAMPLE_DIGITS,
            )
        return _e164(number)
    international = _valid_number(f"+{text}", None) if _looks_like_digits(text) else None
    national = _valid_number(text, default_country)
    if international is not None and national is not None and international != national:
        raise ValidationError(
            field,
            _N(
                "validation",
                "“{value}” can be read as {international} or, in the shop's country {country}"
                " (+{calling_code}), as {national}; write it with + and the country code, like"
                " {example}.",
            ),
            value=text,
            international=_e164(international),
            national=_e164(national),
            **country,
            example=PHONE_EXAMPLE,
        )
    number = international or national
    if number is None:
        raise ValidationError(
            field,
            _N(
                "validation",
                "“{value}” is not a phone number: it does not start with a country code, and"
                " it is not a number of the shop's country {country} (+{calling_code}). Write it"
                " with the country code, like {example} or {digits}.",
            ),
            value=text,
            **country,
            example=PHONE_EXAMPLE,
            digits=PHONE_EXAMPLE_DIGITS,
        )
    return _e164(number)


def parse_country(value: object, field: str = "country") -> str:
    """The shop's country for phones without a country code: an ISO code such as ``RU``."""
    import phonenumbers  # noqa: PLC0415

    text = value.strip().upper() if isinstance(value, str) else ""
    if text not in phonenumbers.SUPPORTED_REGIONS:
        raise ValidationError(
            field,
            _N(
                "validation",
                "“{value}” is not a country code; use two letters such as RU, UZ or KZ.",
            ),
            value=value,
        )
    return text


def looks_like_phone(text: str) -> bool:
    """Written like a phone (digits, an optional leading +, the usual separators)."""
    return _looks_like_digits(text.strip().removeprefix("+"))


def _valid_number(text: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    import phonenumbers  # noqa: PLC0415

    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def _looks_like_digits(text: str) -> bool:
    """Digits with the usual separators only (a letter or a ``+`` inside is not a number)."""
    digits = _PHONE_SEPARATORS.sub("", text)
    return digits.isascii() and digits.isdigit()


def _e164(number: phonenumbers.PhoneNumber) -> str:
    import phonenumbers  # noqa: PLC0415

    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def _country(region: str) -> dict[str, str]:
    """The shop's country as an error names it: ``country`` (its name, which the window
    translates, see i18n.TRANSLATED_PARAMS) and ``calling_code`` (``7`` for Russia)."""
    known = known_country(region)
    if known is not None:
        return {"country": known.name, "calling_code": str(known.calling_code)}
    import phonenumbers  # noqa: PLC0415

    code = phonenumbers.country_code_for_region(region)
    if code == 0:
        raise ValueError(f"{region!r} is not a country code phonenumbers knows (ISO 3166, e.g. RU)")
    return {"country": country_name(region), "calling_code": str(code)}


def parse_email(value: str, field: str = "email") -> str:
    """A customer's e-mail, checked for form only (no network look-up)."""
    import email_validator  # noqa: PLC0415

    text = value.strip()
    try:
        checked = email_validator.validate_email(text, check_deliverability=False)
    except email_validator.EmailNotValidError:
        raise ValidationError(
            field,
            _N(
                "validation",
                "“{value}” is not an e-mail address; it should look like name@example.ru.",
            ),
            value=text,
        ) from None
    address = str(checked.normalized)
    if len(address) > MAX_CONTACT_LENGTH:
        raise ValidationError(
            field,
            _N("validation", "The e-mail is longer than the cashbox accepts (64 characters)."),
        )
    return address
