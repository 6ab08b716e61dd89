"""Scale labels: the EAN-13 a shop's scale prints on weighed goods, read into the product's
item code and its weight in kilograms.

A label is ``PP IIIII WWWWW C``: a prefix from the shop's set (20–29 by GS1's rule for
in-store codes), the item code, the weight, the EAN check digit. The lengths and the weight's
divisor are set per shop in its back office, so they are a template here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from stdnum import ean

from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N

EAN13_LENGTH = 13
KG = Decimal("0.001")


@dataclass(frozen=True)
class ScaleTemplate:
    """How this shop's scales write a label. The default, ``2X IIIII WWWWW C`` with the
    weight in grams, is the most common one in Russian shops (ASSUMED as the default)."""

    prefixes: frozenset[str] = field(
        default_factory=lambda: frozenset(str(n) for n in range(20, 30))
    )
    item_digits: int = 5
    weight_digits: int = 5
    divisor: int = 1000  # weight units in a kilogram: grams

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

    @property
    def prefix_length(self) -> int:
        return len(next(iter(self.prefixes)))


@dataclass(frozen=True)
class ScaleLabel:
    """What a scale label says: which item, and how much of it in kilograms (3 decimals)."""

    barcode: str
    item_code: str
    weight: Decimal


def read_scale_label(barcode: str, template: ScaleTemplate | None = None) -> ScaleLabel | None:
    """The label's item and weight, or None when ``barcode`` is not a scale label (another
    prefix, another length, a wrong check digit, or no weight)."""
    template = template or ScaleTemplate()
    if len(barcode) != EAN13_LENGTH or not barcode.isdigit() or not ean.is_valid(barcode):
        return None
    prefix_end = template.prefix_length
    if barcode[:prefix_end] not in template.prefixes:
        return None
    item_end = prefix_end + template.item_digits
    grams = int(barcode[item_end : item_end + template.weight_digits])
    if grams == 0:
        return None
    weight = (Decimal(grams) / template.divisor).quantize(KG, rounding=ROUND_HALF_UP)
    if weight == 0:
        return None
    return ScaleLabel(barcode, barcode[prefix_end:item_end], weight)
