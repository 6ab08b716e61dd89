"""The shop's settings: typed, checked when read, kept as JSON in the per-user config folder.

Every setting is declared once in :data:`SETTINGS` (its key, what it is, how a typed value is
read); the file, ``pos-app settings show|set`` and the Settings screen all go through it.
Credentials are not settings: they live in the OS keyring (:mod:`pos_app.core.credentials`).
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from pos_app.core.catalog.scale import (
    DEFAULT_PREFIXES,
    DEFAULT_WEIGHT_DIGITS,
    WEIGHT_DIGITS,
    ScaleTemplate,
    WeightUnit,
    parse_prefixes,
    prefixes_text,
)
from pos_app.core.codes import DEFAULT_VAT_CODE, PaymentSubject, TaxationSystem, vat_rate
from pos_app.core.contact import parse_inn
from pos_app.core.errors import ValidationError
from pos_app.core.files import write_atomically
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.i18n import Message
from pos_app.core.identifiers import check_invoice_id
from pos_app.core.receipt import MAX_GROUP_LENGTH, parse_code
from pos_app.core.scanning import (
    DEFAULT_SCAN_GAP_MS,
    DEFAULT_SCAN_MIN_LENGTH,
    SCAN_GAP_MS,
    SCAN_MIN_LENGTHS,
)
from pos_app.core.services.endpoints import check_base_url
from pos_app.core.settings_file import (
    SettingsError,
    check_language,
    read_settings_file,
    settings_path,
)

MAX_SHOP_NAME = 128
# ASSUMED: a receipt whose fiscal data have not come 15 minutes after it was taken is late
# enough to tell a person (the documents give no figure); a shop can change it.
DEFAULT_FISCAL_DATA_LATE_MINUTES = 15
MAX_FISCAL_DATA_LATE_MINUTES = 24 * 60
# The paper rolls receipt printers take, in millimetres.
RECEIPT_WIDTHS = (58, 80)
DEFAULT_RECEIPT_WIDTH = 80
MAX_PRINTER_NAME = 256
logger = logging.getLogger(__name__)


def _text(value: object, key: str) -> str:
    if not isinstance(value, str):
        raise ValidationError(key, _N("validation", "Must be text in quotes."))
    return value.strip()


def _inn(value: object, key: str) -> str:
    text = _text(value, key)
    return parse_inn(text, key) if text else ""


def _group(value: object, key: str) -> str:
    text = _text(value, key)
    if len(text) > MAX_GROUP_LENGTH:
        raise ValidationError(
            key, _N("validation", "The cashbox group is longer than 32 characters.")
        )
    return text


def _invoice(value: object, key: str) -> str:
    text = _text(value, key)
    try:
        return check_invoice_id(text) if text else ""
    except ValidationError as error:
        raise ValidationError(key, error.template, **error.params) from None


def _shop_name(value: object, key: str) -> str:
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


def _taxation(value: object, key: str) -> TaxationSystem | None:
    if value is None or value == "":
        return None
    return parse_code(TaxationSystem, _whole_number(value, key), key)


def _vat(value: object, key: str) -> int:
    return vat_rate(_whole_number(value, key), key).code


def _subject(value: object, key: str) -> PaymentSubject:
    return parse_code(PaymentSubject, _whole_number(value, key), key)


def _country(value: object, key: str) -> str:
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


def _url(value: object, key: str) -> str:
    text = _text(value, key)
    return check_base_url(text, key) if text else ""


def _late_minutes(value: object, key: str) -> int:
    minutes = _whole_number(value, key)
    if not 1 <= minutes <= MAX_FISCAL_DATA_LATE_MINUTES:
        raise ValidationError(key, _N("validation", "Must be a number of minutes from 1 to 1440."))
    return minutes


def _receipt_width(value: object, key: str) -> int:
    width = _whole_number(value, key)
    if width not in RECEIPT_WIDTHS:
        raise ValidationError(key, _N("validation", "The receipt width is 58 or 80 (mm)."))
    return width


def _printer(value: object, key: str) -> str:
    text = _text(value, key)
    if len(text) > MAX_PRINTER_NAME or any(not ch.isprintable() for ch in text):
        raise ValidationError(
            key,
            _N("validation", "The printer's name must be one line of at most 256 characters."),
        )
    return text


def _scan_gap(value: object, key: str) -> int:
    gap = _whole_number(value, key)
    if gap not in SCAN_GAP_MS:
        raise ValidationError(
            key, _N("validation", "Must be a number of milliseconds from 5 to 200.")
        )
    return gap


def _scan_length(value: object, key: str) -> int:
    length = _whole_number(value, key)
    if length not in SCAN_MIN_LENGTHS:
        raise ValidationError(key, _N("validation", "Must be a number of characters from 3 to 32."))
    return length


def _scale_prefixes(value: object, key: str) -> str:
    return prefixes_text(parse_prefixes(_text(value, key), key))


def _weight_digits(value: object, key: str) -> int:
    digits = _whole_number(value, key)
    if digits not in WEIGHT_DIGITS:
        raise ValidationError(key, _N("validation", "The weight takes 4, 5 or 6 digits."))
    return digits


def _weight_unit(value: object, key: str) -> WeightUnit:
    text = _text(value, key).casefold().replace(" ", "")
    try:
        return WeightUnit(text)
    except ValueError:
        raise ValidationError(
            key,
            _N("validation", "“{value}” is not a weight unit of scale labels; use g or 10g."),
            value=text,
        ) from None


def _plain(value: object) -> object:
    return int(value) if isinstance(value, int) else value


def _yes_no(value: object, key: str) -> bool:
    """A JSON true/false, or yes/no, on/off, 1/0 as typed on the command line."""
    if isinstance(value, bool):
        return value
    words = {"yes": True, "on": True, "true": True, "1": True}
    words |= {"no": False, "off": False, "false": False, "0": False}
    if isinstance(value, str | int) and str(value).strip().casefold() in words:
        return words[str(value).strip().casefold()]
    raise ValidationError(key, _N("validation", "Must be yes or no."))


@dataclass(frozen=True)
class SettingSpec:
    """One setting: its key (the dataclass field and the JSON key), what it is, how a value
    from the file or the command line is read."""

    key: str
    description: str
    parse: Callable[[object, str], Any]


SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec("shop_inn", _N("settings", "the shop's INN (10 or 12 digits)"), _inn),
    SettingSpec("shop_name", _N("settings", "the shop's name, as the window shows it"), _shop_name),
    SettingSpec(
        "cashbox_group", _N("settings", "the cashbox group, from the cashbox settings"), _group
    ),
    SettingSpec(
        "invoice_id",
        _N("settings", "the IntellectMoney invoice (СКО) receipts are fiscalized under"),
        _invoice,
    ),
    SettingSpec(
        "taxation",
        _N("settings", "the taxation system's code (0 general, 1 USN income…)"),
        _taxation,
    ),
    SettingSpec("default_vat", _N("settings", "the VAT code a new position gets"), _vat),
    SettingSpec(
        "default_payment_subject",
        _N("settings", "the payment subject code a new position gets (1 goods, 4 service…)"),
        _subject,
    ),
    SettingSpec(
        "phone_country",
        _N("settings", "the country a phone without +code is read in (two letters)"),
        _country,
    ),
    SettingSpec(
        "intellectmoney_url",
        _N("settings", "IntellectMoney's address (empty: production)"),
        _url,
    ),
    SettingSpec(
        "checker_url",
        _N("settings", "Checker.uz's address (empty: production)"),
        _url,
    ),
    SettingSpec(
        "inshopper_url",
        _N("settings", "check.inshopper.ru's address (empty: production)"),
        _url,
    ),
    SettingSpec(
        "language",
        _N("settings", "the window's language: ru, en, or empty for the system's"),
        check_language,
    ),
    SettingSpec(
        "fiscal_data_late_minutes",
        _N("settings", "minutes after which missing fiscal data are reported as late"),
        _late_minutes,
    ),
    SettingSpec(
        "receipt_width",
        _N("settings", "the receipt paper's width in mm: 58 or 80"),
        _receipt_width,
    ),
    SettingSpec(
        "printer_name",
        _N("settings", "the receipt printer's name (empty: the system's default printer)"),
        _printer,
    ),
    SettingSpec(
        "roles",
        _N(
            "settings",
            "cashiers and administrators with PINs: refunds, cash out and settings ask for an"
            " administrator (no: a one-person shop, nothing asked)",
        ),
        _yes_no,
    ),
    SettingSpec(
        "scan_gap_ms",
        _N("settings", "the longest pause between a scan's keys in ms (a person types slower)"),
        _scan_gap,
    ),
    SettingSpec(
        "scan_min_length",
        _N("settings", "the fewest characters a scan has (fewer are typing)"),
        _scan_length,
    ),
    SettingSpec(
        "scale_prefixes",
        _N("settings", "the first digits of scale labels, e.g. 20-29 or 21, 22"),
        _scale_prefixes,
    ),
    SettingSpec(
        "scale_weight_digits",
        _N(
            "settings",
            "the weight's digits on a scale label (4 to 6; the item code takes the rest)",
        ),
        _weight_digits,
    ),
    SettingSpec(
        "scale_weight_unit",
        _N("settings", "the scale label's weight unit: g (grams) or 10g (tens of grams)"),
        _weight_unit,
    ),
)
_BY_KEY = {spec.key: spec for spec in SETTINGS}


# This till's own equipment and habits, not the shop's identity or its services: sandbox mode
# keeps them from the shop's file, so a cashier trains with the same scanner, scale labels,
# printer and phone country.
MACHINE_SETTINGS = (
    "phone_country",
    "receipt_width",
    "printer_name",
    "scan_gap_ms",
    "scan_min_length",
    "scale_prefixes",
    "scale_weight_digits",
    "scale_weight_unit",
)


@dataclass(frozen=True)
class Settings:
    """The shop's settings; constructing one checks every value. Empty required values are
    allowed (the shop is still setting up): :meth:`missing` lists them."""

    shop_inn: str = ""
    shop_name: str = ""
    cashbox_group: str = ""
    invoice_id: str = ""
    taxation: TaxationSystem | None = None
    default_vat: int = DEFAULT_VAT_CODE
    default_payment_subject: PaymentSubject = PaymentSubject.GOODS
    phone_country: str = "RU"
    intellectmoney_url: str = ""
    checker_url: str = ""
    inshopper_url: str = ""
    language: str = ""
    fiscal_data_late_minutes: int = DEFAULT_FISCAL_DATA_LATE_MINUTES
    receipt_width: int = DEFAULT_RECEIPT_WIDTH
    printer_name: str = ""
    # Off by default: a one-person shop asks nobody for a PIN.
    roles: bool = False
    scan_gap_ms: int = DEFAULT_SCAN_GAP_MS
    scan_min_length: int = DEFAULT_SCAN_MIN_LENGTH
    scale_prefixes: str = DEFAULT_PREFIXES
    scale_weight_digits: int = DEFAULT_WEIGHT_DIGITS
    scale_weight_unit: WeightUnit = WeightUnit.GRAM

    def __post_init__(self) -> None:
        for spec in SETTINGS:
            object.__setattr__(self, spec.key, spec.parse(getattr(self, spec.key), spec.key))

    @property
    def fiscal_data_late(self) -> timedelta:
        return timedelta(minutes=self.fiscal_data_late_minutes)

    @property
    def scan_gap(self) -> float:
        """The scanner's gap in seconds, as the scanner's clock counts."""
        return self.scan_gap_ms / 1000

    @property
    def scale_template(self) -> ScaleTemplate:
        return ScaleTemplate.of(
            self.scale_prefixes, self.scale_weight_digits, self.scale_weight_unit
        )

    def missing(self) -> tuple[Message, ...]:
        """What fiscalizing still needs, each naming the setting (empty when complete)."""
        needed = (
            (self.shop_inn, _N("settings", "the shop's INN (setting shop_inn)")),
            (self.cashbox_group, _N("settings", "the cashbox group (setting cashbox_group)")),
            (self.invoice_id, _N("settings", "the IntellectMoney invoice (setting invoice_id)")),
            (self.taxation, _N("settings", "the taxation system (setting taxation)")),
        )
        return tuple(Message("settings", text) for value, text in needed if value in ("", None))

    def with_value(self, key: str, value: object) -> Settings:
        """The same settings with ``key`` set to ``value`` (checked); ValidationError names a
        key pos-app does not know."""
        changes: dict[str, Any] = {spec_for(key).key: value}
        return dataclasses.replace(self, **changes)

    def value_text(self, key: str) -> str:
        """A setting's value as ``settings show`` prints it and ``settings set`` reads it."""
        value = getattr(self, spec_for(key).key)
        if value is None:
            return ""
        if isinstance(value, bool):
            return "yes" if value else "no"
        return str(int(value)) if isinstance(value, int) else str(value)

    def to_json(self) -> dict[str, object]:
        # Codes (IntEnums) as their numbers; yes/no as JSON's true/false.
        return {
            spec.key: value if isinstance(value, bool) else _plain(value)
            for spec in SETTINGS
            for value in (getattr(self, spec.key),)
        }

    @classmethod
    def from_json(cls, data: object) -> Settings:
        if not isinstance(data, dict):
            raise ValidationError(
                "settings", _N("validation", "Must be a JSON object of settings.")
            )
        for key in data:
            spec_for(key)
        return cls(**data)


def spec_for(key: str) -> SettingSpec:
    try:
        return _BY_KEY[key.strip()]
    except KeyError:
        raise ValidationError(
            "KEY",
            _N("validation", "“{value}” is not a setting pos-app keeps; use one of {known}."),
            value=key,
            known=", ".join(_BY_KEY),
        ) from None


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings (defaults when there is no file yet). A file that cannot be read
    raises SettingsError; a bad value, ValidationError naming the file and the key."""
    path = path if path is not None else settings_path()
    data = read_settings_file(path)
    if data is None:
        return Settings()
    try:
        return Settings.from_json(data)
    except ValidationError as error:
        raise error.at(str(path)) from None


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write the settings atomically, readable by this user only."""
    path = path if path is not None else settings_path()
    try:
        write_atomically(path, json.dumps(settings.to_json(), ensure_ascii=False, indent=2) + "\n")
    except OSError as error:
        raise SettingsError(
            _N("settings", "The settings cannot be saved to {path}: {problem}."),
            path=path,
            problem=error.strerror,
        ) from None
    logger.info("Settings saved to %s", path)
