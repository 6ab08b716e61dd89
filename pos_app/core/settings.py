"""The shop's settings: typed, checked when read, kept as JSON in the per-user config folder.

Every setting is declared once in :data:`SETTINGS` (its key, what it is, how a typed value is
read: :mod:`pos_app.core.settings_values`); the file, ``pos-app settings show|set`` and the
Settings screen all go through it.
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

from pos_app.core import settings_values as values
from pos_app.core.catalog.scale import (
    DEFAULT_PREFIXES,
    DEFAULT_WEIGHT_DIGITS,
    ScaleTemplate,
    WeightUnit,
)
from pos_app.core.codes import DEFAULT_VAT_CODE, PaymentSubject, TaxationSystem
from pos_app.core.errors import ValidationError
from pos_app.core.files import write_atomically
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.i18n import Message
from pos_app.core.scanning import DEFAULT_SCAN_GAP_MS, DEFAULT_SCAN_MIN_LENGTH
from pos_app.core.settings_file import (
    SettingsError,
    check_language,
    read_settings_file,
    settings_path,
)

logger = logging.getLogger(__name__)


def _plain(value: object) -> object:
    return int(value) if isinstance(value, int) else value


@dataclass(frozen=True)
class SettingSpec:
    """One setting: its key (the dataclass field and the JSON key), what it is, how a value
    from the file or the command line is read."""

    key: str
    description: str
    parse: Callable[[object, str], Any]


SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec("shop_inn", _N("settings", "the shop's INN (10 or 12 digits)"), values.inn),
    SettingSpec(
        "shop_name", _N("settings", "the shop's name, as the window shows it"), values.shop_name
    ),
    SettingSpec(
        "cashbox_group",
        _N("settings", "the cashbox group, from the cashbox settings"),
        values.cashbox_group,
    ),
    SettingSpec(
        "invoice_id",
        _N("settings", "the IntellectMoney invoice (СКО) receipts are fiscalized under"),
        values.invoice,
    ),
    SettingSpec(
        "taxation",
        _N("settings", "the taxation system's code (0 general, 1 USN income…)"),
        values.taxation,
    ),
    SettingSpec("default_vat", _N("settings", "the VAT code a new position gets"), values.vat),
    SettingSpec(
        "default_payment_subject",
        _N("settings", "the payment subject code a new position gets (1 goods, 4 service…)"),
        values.payment_subject,
    ),
    SettingSpec(
        "phone_country",
        _N("settings", "the country a phone without +code is read in (two letters)"),
        values.country,
    ),
    SettingSpec(
        "intellectmoney_url",
        _N("settings", "IntellectMoney's address (empty: production)"),
        values.url,
    ),
    SettingSpec(
        "checker_url",
        _N("settings", "Checker.uz's address (empty: production)"),
        values.url,
    ),
    SettingSpec(
        "inshopper_url",
        _N("settings", "check.inshopper.ru's address (empty: production)"),
        values.url,
    ),
    SettingSpec(
        "language",
        _N("settings", "the window's language: ru, en, or empty for the system's"),
        check_language,
    ),
    SettingSpec(
        "fiscal_data_late_minutes",
        _N("settings", "minutes after which missing fiscal data are reported as late"),
        values.late_minutes,
    ),
    SettingSpec(
        "receipt_width",
        _N("settings", "the receipt paper's width in mm: 58 or 80"),
        values.receipt_width,
    ),
    SettingSpec(
        "printer_name",
        _N("settings", "the receipt printer's name (empty: the system's default printer)"),
        values.printer,
    ),
    SettingSpec(
        "roles",
        _N(
            "settings",
            "cashiers and administrators with PINs: refunds, cash out and settings ask for an"
            " administrator (no: a one-person shop, nothing asked)",
        ),
        values.yes_no,
    ),
    SettingSpec(
        "scan_gap_ms",
        _N("settings", "the longest pause between a scan's keys in ms (a person types slower)"),
        values.scan_gap,
    ),
    SettingSpec(
        "scan_min_length",
        _N("settings", "the fewest characters a scan has (fewer are typing)"),
        values.scan_length,
    ),
    SettingSpec(
        "scale_prefixes",
        _N("settings", "the first digits of scale labels, e.g. 20-29 or 21, 22"),
        values.scale_prefixes,
    ),
    SettingSpec(
        "scale_weight_digits",
        _N(
            "settings",
            "the weight's digits on a scale label (4 to 6; the item code takes the rest)",
        ),
        values.weight_digits,
    ),
    SettingSpec(
        "scale_weight_unit",
        _N("settings", "the scale label's weight unit: g (grams) or 10g (tens of grams)"),
        values.weight_unit,
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
    fiscal_data_late_minutes: int = values.DEFAULT_FISCAL_DATA_LATE_MINUTES
    receipt_width: int = values.DEFAULT_RECEIPT_WIDTH
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
