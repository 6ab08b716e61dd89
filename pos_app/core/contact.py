"""Identifiers from outside: the shop's INN, the customer's phone and e-mail.

Checksums and numbering plans come from well-kept libraries (python-stdnum, phonenumbers,
email-validator), not hand-written rules.
"""

from __future__ import annotations

import email_validator
import phonenumbers
from stdnum import exceptions as stdnum_errors
from stdnum.ru import inn as ru_inn

from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N

# The cashbox's limit for Content.CustomerContact.
MAX_CONTACT_LENGTH = 64


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


def parse_phone(value: str, field: str = "phone", default_region: str = "RU") -> str:
    """A customer's phone in E.164 (``+79161234567``); a number without ``+`` is read in
    ``default_region``."""
    text = value.strip()
    try:
        number = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException:
        raise ValidationError(
            field,
            _N(
                "validation",
                "“{value}” is not a phone number; type it with the country code,"
                " e.g. +998 90 123 45 67.",
            ),
            value=text,
        ) from None
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(
            field,
            _N(
                "validation",
                "{value} is not a valid phone number; check the digits and the country code.",
            ),
            value=text,
        )
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def parse_email(value: str, field: str = "email") -> str:
    """A customer's e-mail, checked for form only (no network look-up)."""
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
