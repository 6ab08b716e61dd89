"""Scale labels: the EAN-13 a shop's scale prints on weighed goods, read into the product's
item code and its weight in kilograms.

A label is ``PP IIIII WWWWW C``: a prefix from the shop's set (20–29 by GS1's rule for
in-store codes), the item code, the weight, the EAN check digit. The prefixes, the weight's
length and its unit are set per shop in its back office, so they are a template here (and
settings: the item code takes the digits left between the prefix and the weight).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.labelled import LabelledStrEnum

EAN13_LENGTH = 13
KG = Decimal("0.001")
DEFAULT_PREFIXES = "20-29"
DEFAULT_WEIGHT_DIGITS = 5
# The lengths back offices offer: a prefix of 1–3 digits, a weight of 4–6 (so 3–7 for the item).
PREFIX_LENGTHS = range(1, 4)
WEIGHT_DIGITS = range(4, 7)
_PREFIX_PART = re.compile(r"^(\d+)(?:-(\d+))?$")


class WeightUnit(LabelledStrEnum):
    """What one step of the label's weight is; the third column: steps in a kilogram."""

    GRAM = "g", _N("scale", "grams"), 1000
    TEN_GRAMS = "10g", _N("scale", "tens of grams"), 100

    per_kg: int

    def _set_columns(self, per_kg: int) -> None:
        self.per_kg = per_kg


@dataclass(frozen=True)
class ScaleTemplate:
    """How this shop's scales write a label. The default, ``2X IIIII WWWWW C`` with the
    weight in grams, is the most common one in Russian shops (ASSUMED as the default)."""

    prefixes: frozenset[str] = field(
        default_factory=lambda: frozenset(str(n) for n in range(20, 30))
    )
    item_digits: int = 5
    weight_digits: int = DEFAULT_WEIGHT_DIGITS
    divisor: int = WeightUnit.GRAM.per_kg  # weight steps in a kilogram

    def __post_init__(self) -> None:
        lengths = {len(prefix) for prefix in self.prefixes}
        if (
            len(lengths) != 1
            or not all(prefix.isdigit() for prefix in self.prefixes)
            or self.item_digits < 1
            or self.weight_digits < 1
            or lengths.pop() + self.item_digits + self.weight_digits + 1 != EAN13_LENGTH
        ):
            raise ValidationError(
                "scale_template",
                _N(
                    "validation",
                    "A scale label is 13 digits: prefix, item code, weight and the check digit;"
                    " prefixes of one length and the lengths adding up to 13.",
                ),
            )
        if self.divisor <= 0:
            raise ValidationError(
                "scale_template", _N("validation", "The weight's divisor must be above zero.")
            )

    @classmethod
    def of(cls, prefixes: str, weight_digits: int, unit: WeightUnit) -> ScaleTemplate:
        """The template from the shop's settings: the item code is what is left."""
        found = parse_prefixes(prefixes, "scale_prefixes")
        prefix_length = len(next(iter(found)))
        item_digits = EAN13_LENGTH - 1 - prefix_length - weight_digits
        return cls(found, item_digits, weight_digits, unit.per_kg)

    @property
    def prefix_length(self) -> int:
        return len(next(iter(self.prefixes)))


def parse_prefixes(text: str, key: str) -> frozenset[str]:
    """The prefixes as a shop writes them: "20-29", "21, 22, 25", or both mixed; all of one
    length (1 to 3 digits), a range's ends of one length."""
    found: set[str] = set()
    lengths: set[int] = set()
    joined = re.sub(r"\s*[-–—]\s*", "-", text.strip())
    for part in filter(None, re.split(r"[,;\s]+", joined)):
        match = _PREFIX_PART.match(part)
        first, last = (match.group(1), match.group(2) or match.group(1)) if match else ("", "")
        if not match or len(first) != len(last) or int(first) > int(last):
            raise ValidationError(
                key,
                _N(
                    "validation",
                    "“{value}” is not a prefix or a range of them; write e.g. 20-29 or 21, 22.",
                ),
                value=part,
            )
        lengths.add(len(first))
        if len(first) in PREFIX_LENGTHS:  # a range of long numbers is never counted out
            found.update(f"{n:0{len(first)}d}" for n in range(int(first), int(last) + 1))
    if len(lengths) != 1 or not lengths <= set(PREFIX_LENGTHS):
        raise ValidationError(
            key,
            _N(
                "validation",
                "Scale label prefixes are 1 to 3 digits, all of one length, e.g. 20-29.",
            ),
        )
    return frozenset(found)


def prefixes_text(prefixes: frozenset[str]) -> str:
    """The prefixes written back as short as a shop writes them: "20-29", "21, 23-25"."""
    numbers = sorted(int(prefix) for prefix in prefixes)
    width = len(next(iter(prefixes)))
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return ", ".join(
        f"{run[0]:0{width}d}" + (f"-{run[-1]:0{width}d}" if len(run) > 1 else "") for run in runs
    )


@dataclass(frozen=True)
class ScaleLabel:
    """What a scale label says: which item, and how much of it in kilograms (3 decimals)."""

    barcode: str
    item_code: str
    weight: Decimal


def read_scale_label(barcode: str, template: ScaleTemplate | None = None) -> ScaleLabel | None:
    """The label's item and weight, or None when ``barcode`` is not a scale label (another
    prefix, another length, a wrong check digit, or no weight)."""
    # Loaded at the first scan: the settings (which build templates) are read before the
    # window is painted, the check-digit library is not.
    from stdnum import ean  # noqa: PLC0415

    template = template or ScaleTemplate()
    if len(barcode) != EAN13_LENGTH or not barcode.isdigit() or not ean.is_valid(barcode):
        return None
    prefix_end = template.prefix_length
    if barcode[:prefix_end] not in template.prefixes:
        return None
    item_end = prefix_end + template.item_digits
    steps = int(barcode[item_end : item_end + template.weight_digits])
    if steps == 0:
        return None
    weight = (Decimal(steps) / template.divisor).quantize(KG, rounding=ROUND_HALF_UP)
    if weight == 0:
        return None
    return ScaleLabel(barcode, barcode[prefix_end:item_end], weight)
