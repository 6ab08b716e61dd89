"""A product of the shop's catalog, each value checked, and the text a search looks in."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from stdnum import ean

from pos_app.core.codes import MeasurementUnit, PaymentSubject, VatRate, vat_rate
from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.money import parse_money
from pos_app.core.receipt import parse_code, parse_text

MAX_CODE_LENGTH = 64
MAX_BARCODE_LENGTH = 48
# EAN-8, UPC-A, EAN-13 and GTIN-14 carry a check digit; other codes (Code 128 labels a shop
# prints itself) are taken as they are.
_CHECKED_LENGTHS = (8, 12, 13, 14)
_BARCODE = re.compile(r"[0-9A-Za-z\-./+]+")
# The words a search matches: letters and digits, as SQLite FTS5's unicode61 tokenizer splits.
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Product:
    """One product: its name as printed, its code (SKU), barcodes, price and how it is sold.

    ``id`` is the catalog's row number (0 for a product not stored yet)."""

    code: str
    name: str
    price: Decimal
    vat: VatRate
    payment_subject: PaymentSubject = PaymentSubject.GOODS
    unit: MeasurementUnit = MeasurementUnit.PIECE
    barcodes: tuple[str, ...] = ()
    id: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "code", parse_product_code(self.code))
        object.__setattr__(self, "name", parse_text(self.name, "name"))
        object.__setattr__(self, "price", parse_money(self.price, "price", allow_zero=True))
        if not isinstance(self.vat, VatRate):
            object.__setattr__(self, "vat", vat_rate(self.vat, "vat"))
        object.__setattr__(
            self,
            "payment_subject",
            parse_code(PaymentSubject, self.payment_subject, "payment_subject"),
        )
        object.__setattr__(self, "unit", parse_code(MeasurementUnit, self.unit, "unit"))
        object.__setattr__(
            self, "barcodes", tuple(dict.fromkeys(parse_barcode(b) for b in self.barcodes))
        )

    @property
    def weighed(self) -> bool:
        """Sold by weight: its quantity comes from the scale, in kilograms."""
        return self.unit is MeasurementUnit.KILOGRAM


def parse_product_code(value: object, field: str = "code") -> str:
    """The shop's own code of a product (SKU, PLU): 1 to 64 printable characters."""
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(
            field, _N("validation", "The product code (SKU) is empty; every product needs one.")
        )
    code = value.strip()
    if len(code) > MAX_CODE_LENGTH or any(not ch.isprintable() for ch in code):
        raise ValidationError(
            field,
            _N(
                "validation",
                "“{value}” is not a product code: at most 64 characters, no line breaks.",
            ),
            value=code,
        )
    return code


def parse_barcode(value: object, field: str = "barcode") -> str:
    """A barcode as a scanner reads it; an EAN/UPC one must have its right check digit."""
    text = value.strip() if isinstance(value, str) else ""
    if not text or len(text) > MAX_BARCODE_LENGTH or not _BARCODE.fullmatch(text):
        raise ValidationError(
            field,
            _N(
                "validation",
                "“{value}” is not a barcode: use digits and Latin letters, at most 48.",
            ),
            value=value,
        )
    if text.isdigit() and len(text) in _CHECKED_LENGTHS and not ean.is_valid(text):
        raise ValidationError(
            field,
            _N(
                "validation",
                "{value}: the last digit should be {digit}; check the barcode for a typo.",
            ),
            value=text,
            digit=ean.calc_check_digit(text[:-1]),
        )
    return text


def fold(text: str) -> str:
    """Text as searches compare it: case folded for every alphabet, ё read as е."""
    return text.casefold().replace("ё", "е")


def search_words(text: str) -> list[str]:
    """The words of a search as typed, folded."""
    return _WORD.findall(fold(text))


def search_document(product: Product) -> str:
    """What a search looks in for a product: its name, code and barcodes, folded."""
    return fold(" ".join((product.name, product.code, *product.barcodes)))
