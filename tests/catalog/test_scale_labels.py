"""A scale label's EAN-13 read into the item code and the weight in kilograms."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos_app.core.catalog import Catalog, ScaleTemplate, read_scale_label
from pos_app.core.errors import ValidationError


@pytest.mark.parametrize(
    ("barcode", "item", "kilograms"),
    [
        # 22 00123 01234 0: item 00123, 1234 g. Check digit by hand: the digits weighted
        # 1,3,1,3… sum to 40, so 0.
        ("2200123012340", "00123", Decimal("1.234")),
        ("2100045007502", "00045", Decimal("0.750")),
        ("2900999999997", "00999", Decimal("99.999")),
    ],
)
def test_a_scale_label_gives_the_item_and_its_weight_in_kilograms(
    barcode: str, item: str, kilograms: Decimal
) -> None:
    label = read_scale_label(barcode)
    assert label is not None
    assert (label.item_code, label.weight) == (item, kilograms)
    assert str(label.weight) == str(kilograms)  # three decimals


@pytest.mark.parametrize(
    "barcode",
    [
        "4601234567893",  # a maker's EAN-13, not an in-store code
        "2200123012341",  # wrong check digit
        "2000001000007",  # a weight of nothing
        "220012301234",  # 12 digits
        "22001230123X0",
    ],
)
def test_what_is_not_a_scale_label_is_not_read_as_one(barcode: str) -> None:
    assert read_scale_label(barcode) is None


def test_a_shop_with_its_own_template_reads_its_labels_its_way() -> None:
    # Prefix 23 only, a 4-digit item, a 6-digit weight in tenths of a gram:
    # 201234 is 20.1234 kg, rounded to 20.123.
    template = ScaleTemplate(
        prefixes=frozenset({"23"}), item_digits=4, weight_digits=6, divisor=10000
    )
    label = read_scale_label("2300042012343", template)
    assert label is not None
    assert (label.item_code, label.weight) == ("0004", Decimal("20.123"))
    assert read_scale_label("2200123012340", template) is None


def test_a_template_whose_lengths_do_not_make_13_digits_is_refused() -> None:
    with pytest.raises(ValidationError, match="13 digits"):
        ScaleTemplate(item_digits=5, weight_digits=6)


def test_a_scanned_scale_label_finds_the_weighed_product_by_its_code(shop: Catalog) -> None:
    scanned = shop.scanned("2200123012340")
    assert scanned is not None
    assert scanned.product.name == "Бананы"
    assert scanned.quantity == Decimal("1.234")
    # Item 00045 is not in the catalog; 00042 would be.
    assert shop.scanned("2100045007502") is None


def test_a_scanned_barcode_of_the_catalog_is_one_piece(shop: Catalog) -> None:
    scanned = shop.scanned("4607000000014")
    assert scanned is not None
    assert (scanned.product.code, scanned.quantity) == ("1001", Decimal(1))
    assert shop.scanned("4600000000000") is None
