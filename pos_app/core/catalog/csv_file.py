"""The catalog as a CSV file: reading one line by line with a report of every bad line, and
writing one that reads back the same.

The file: UTF-8 (a BOM is fine), a header row naming the columns in any order, ``;`` or ``,``
between fields (told from the header). Columns: ``name``, ``code`` (SKU), ``price`` (rubles,
``.`` or ``,`` before kopecks), ``vat`` (the VAT code), and optionally ``barcodes`` (several
separated by spaces or ``|``), ``subject`` (payment subject code, default 1, goods) and
``unit`` (``pcs``/``шт`` or ``kg``/``кг``, or the unit's code; default pieces). Russian headers
are read too (наименование, код, цена, ндс, штрихкоды, предмет, единица).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, TypeVar

from pos_app.core.catalog.product import Product
from pos_app.core.codes import MeasurementUnit, PaymentSubject, VatRate
from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.i18n import Message

COLUMNS = ("code", "name", "barcodes", "price", "vat", "subject", "unit")
REQUIRED = ("code", "name", "price", "vat")
# ASSUMED: the names a shop's back office is likely to write in a Russian export.
_ALIASES = {
    "наименование": "name",
    "название": "name",
    "товар": "name",
    "код": "code",
    "артикул": "code",
    "sku": "code",
    "штрихкоды": "barcodes",
    "штрихкод": "barcodes",
    "штрих-код": "barcodes",
    "barcode": "barcodes",
    "цена": "price",
    "ндс": "vat",
    "предмет": "subject",
    "предмет расчета": "subject",
    "единица": "unit",
    "ед": "unit",
}
_UNIT_WORDS = {
    "pcs": MeasurementUnit.PIECE,
    "шт": MeasurementUnit.PIECE,
    "kg": MeasurementUnit.KILOGRAM,
    "кг": MeasurementUnit.KILOGRAM,
}
_BARCODE_SEPARATOR = re.compile(r"[\s|]+")
E = TypeVar("E", bound=IntEnum)
_SPACES = re.compile(r"[\s\u00a0\u202f]+")


@dataclass(frozen=True)
class Problem:
    """One bad line: its number in the file (the header is line 1), the column, what is wrong."""

    line: int
    field: str
    message: Message

    def __str__(self) -> str:
        return f"line {self.line}, {self.field}: {self.message}"


@dataclass(frozen=True)
class ReadLine:
    line: int
    product: Product


class CatalogFileError(ValidationError):
    """The file as a whole cannot be read (not UTF-8, no header, a required column missing)."""


def read_products(text: str) -> Iterator[ReadLine | Problem]:
    """Each data line of a catalog CSV as a product or as the problem with it, in order."""
    text = text.removeprefix("\ufeff")
    header_line = text.split("\n", 1)[0]
    if not header_line.strip():
        raise CatalogFileError(
            "file",
            _N(
                "validation",
                "The file is empty or has no header row; the first line names the"
                " columns: {columns}.",
            ),
            columns=";".join(COLUMNS),
        )
    delimiter = ";" if header_line.count(";") >= header_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [_column(name) for name in next(reader)]
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise CatalogFileError(
            "header",
            _N("validation", "The header row has no column {missing}; it needs {required}."),
            missing=", ".join(missing),
            required=", ".join(REQUIRED),
        )
    for fields in reader:
        line = reader.line_num
        if not any(field.strip() for field in fields):
            continue
        if len(fields) != len(header):
            yield Problem(
                line,
                "line",
                Message.of(
                    "validation",
                    _N(
                        "validation",
                        "{found} fields where the header has {expected}; a name or price"
                        " holding “{delimiter}” must be in double quotes.",
                    ),
                    {"found": len(fields), "expected": len(header), "delimiter": delimiter},
                ),
            )
            continue
        values = dict(zip(header, fields, strict=True))
        try:
            yield ReadLine(line, _product(values))
        except ValidationError as error:
            yield Problem(line, error.field, error.translatable)


def _column(name: str) -> str:
    name = name.strip().casefold()
    return _ALIASES.get(name, name)


def _product(values: dict[str, str]) -> Product:
    # Values as read: Product checks each and names the one it refuses.
    fields: dict[str, Any] = {
        "code": values["code"],
        "name": values["name"],
        "price": _SPACES.sub("", values["price"]),  # "1 299,50" as a spreadsheet writes it
        "vat": _known(VatRate, _whole_number(values["vat"], "vat")),
        "payment_subject": _subject(values.get("subject", "")),
        "unit": _unit(values.get("unit", "")),
        "barcodes": tuple(b for b in _BARCODE_SEPARATOR.split(values.get("barcodes", "")) if b),
    }
    return Product(**fields)


def _whole_number(text: str, field: str) -> int:
    text = text.strip()
    if not text.isdigit():
        raise ValidationError(
            field,
            _N("validation", "“{value}” is not a code: write its number, e.g. 1."),
            value=text,
        )
    return int(text)


def _subject(text: str) -> PaymentSubject | int:
    if not text.strip():
        return PaymentSubject.GOODS
    return _known(PaymentSubject, _whole_number(text, "subject"))


def _unit(text: str) -> MeasurementUnit | int:
    word = text.strip().casefold().rstrip(".")
    if not word:
        return MeasurementUnit.PIECE
    if word in _UNIT_WORDS:
        return _UNIT_WORDS[word]
    if not word.isdigit():
        raise ValidationError(
            "unit",
            _N("validation", "“{value}” is not a unit: write pcs or kg (шт or кг), or its code."),
            value=text.strip(),
        )
    return _known(MeasurementUnit, int(word))


def _known(enum: type[E], number: int) -> E | int:
    # The member when the code is known; the bare number otherwise, for Product to refuse
    # with the list of known codes (built only then: building it for every line is slow).
    try:
        return enum(number)
    except ValueError:
        return number


def write_products(products: Iterable[Product], out: io.TextIOBase | io.StringIO) -> int:
    """Write the products as a catalog CSV (``;`` between fields); returns how many."""
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    writer.writerow(COLUMNS)
    written = 0
    for product in products:
        writer.writerow(
            (
                product.code,
                product.name,
                " ".join(product.barcodes),
                str(product.price),
                product.vat.code,
                int(product.payment_subject),
                "kg"
                if product.unit is MeasurementUnit.KILOGRAM
                else "pcs"
                if product.unit is MeasurementUnit.PIECE
                else int(product.unit),
            )
        )
        written += 1
    return written


def _unit_word(unit: MeasurementUnit) -> str:
    words = {MeasurementUnit.PIECE: "pcs", MeasurementUnit.KILOGRAM: "kg"}
    return words.get(unit, str(int(unit)))
