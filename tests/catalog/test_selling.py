"""A product scanned or picked becomes a receipt line with the catalog's values."""

from __future__ import annotations

from decimal import Decimal

from pos_app.core.catalog import Catalog, add_product, line_for, position_for
from pos_app.core.catalog.sample import load_sample
from pos_app.core.codes import MeasurementUnit, VatRate
from pos_app.core.draft import ReceiptDraft


def test_scanning_the_same_product_again_adds_one_to_its_line(shop: Catalog) -> None:
    scanned = shop.scanned("4601234567893")
    assert scanned is not None
    first = line_for((), scanned.product, scanned.quantity)
    assert first.is_new
    assert (first.position.price, first.position.vat) == (Decimal("89.90"), VatRate.VAT_10)
    assert first.position.unit is MeasurementUnit.PIECE
    bread = position_for(shop.search("кефир").products[0])
    again = line_for((first.position, bread), scanned.product, scanned.quantity)
    assert (again.row, again.position.quantity) == (0, Decimal(2))


def test_each_weighed_label_is_a_line_of_its_own_in_kilograms(shop: Catalog) -> None:
    scanned = shop.scanned("2200123012340")
    assert scanned is not None
    first = line_for((), scanned.product, scanned.quantity)
    assert (first.position.quantity, first.position.unit) == (
        Decimal("1.234"),
        MeasurementUnit.KILOGRAM,
    )
    assert first.position.total == Decimal("147.96")  # 1.234 kg × 119.90, to kopecks
    assert line_for((first.position,), scanned.product, scanned.quantity).is_new


def test_the_sandbox_sample_catalog_loads_whole_and_sells_a_weighed_label(
    catalog: Catalog,
) -> None:
    report = load_sample(catalog)
    assert report is not None
    assert report.problems == ()
    assert 50 <= report.added <= 60
    assert load_sample(catalog) is None  # a catalog with products is left alone
    scanned = catalog.scanned("2200101012348")  # bananas, 1.234 kg
    assert scanned is not None
    assert (scanned.product.name, scanned.quantity) == ("Бананы", Decimal("1.234"))
    assert [p.name for p in catalog.search("мол прост").products] == [
        "Молоко Простоквашино 3,2% 930 мл"
    ]


def test_a_product_goes_into_the_draft_with_its_unit_and_again_as_one_more(
    shop: Catalog,
) -> None:
    draft = ReceiptDraft("7743736523", "demo")
    milk = shop.by_barcode("4601234567893")
    bananas = shop.by_code("00123")
    assert milk is not None
    assert bananas is not None
    assert add_product(draft, milk) == 0
    assert add_product(draft, bananas, Decimal("0.755")) == 1
    assert add_product(draft, milk) == 0
    assert [(p.text, p.quantity, p.unit) for p in draft.positions] == [
        ("Молоко Простоквашино 3,2% 930 мл", Decimal(2), MeasurementUnit.PIECE),
        ("Бананы", Decimal("0.755"), MeasurementUnit.KILOGRAM),
    ]
    assert draft.total == Decimal("270.32")  # 2 × 89.90 + 0.755 kg × 119.90 (90.52)
