"""A shop's catalog CSV imported with a report of every bad line, exported back the same."""

from __future__ import annotations

import io
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from pos_app.core.catalog import Catalog, CatalogFileError
from pos_app.core.codes import MeasurementUnit, PaymentSubject, VatRate
from pos_app.core.journal import Journal, JournalError, schema
from tests.catalog.conftest import SMALL_SHOP


def test_a_catalog_file_with_semicolons_is_imported_with_prices_barcodes_and_units(
    catalog: Catalog,
) -> None:
    report = catalog.import_csv(SMALL_SHOP)
    assert (report.added, report.updated, report.problems) == (6, 0, ())
    milk = catalog.by_barcode("4607000000014")
    assert milk is not None
    assert milk.name == "Молоко Простоквашино 3,2% 930 мл"
    assert milk.price == Decimal("89.90")
    assert milk.vat is VatRate.VAT_10
    assert milk.barcodes == ("4601234567893", "4607000000014")
    bananas = catalog.by_code("00123")
    assert bananas is not None
    assert bananas.unit is MeasurementUnit.KILOGRAM
    assert bananas.weighed
    yogurt = catalog.by_code("1004")
    assert yogurt is not None
    assert (yogurt.unit, yogurt.payment_subject) == (MeasurementUnit.PIECE, PaymentSubject.GOODS)


def test_a_comma_separated_file_with_russian_headers_and_quoted_prices_is_read(
    catalog: Catalog,
) -> None:
    text = '\ufeffАртикул,Наименование,Цена,НДС,Штрихкод\n7,"Хлеб, нарезка","1 299,50",2,\n'
    report = catalog.import_csv(text)
    assert report.problems == ()
    bread = catalog.by_code("7")
    assert bread is not None
    assert (bread.name, bread.price) == ("Хлеб, нарезка", Decimal("1299.50"))


def test_bad_lines_are_listed_with_line_field_and_reason_and_good_ones_imported(
    catalog: Catalog,
) -> None:
    text = (
        "code;name;barcodes;price;vat;unit\n"
        "1;Чай;;150;11;шт\n"
        "2;Кофе;;сто;11;шт\n"  # line 3: a price in words
        "3;Сахар;4601234567890;80;11;шт\n"  # line 4: the check digit should be 3
        "4;;;80;11;шт\n"  # line 5: no name
        "5;Соль;;30;99;шт\n"  # line 6: no such VAT code
        "6;Мука;;55;11;литры\n"  # line 7: an unknown unit
        "7;Рис;;95;11\n"  # line 8: a field short
        "8;Гречка;4601234567893;99;11;шт\n"
        "9;Пшено;4601234567893;70;11;шт\n"  # line 10: the barcode is Гречка's
    )
    report = catalog.import_csv(text)
    assert report.added == 2
    found = [(p.line, p.field) for p in report.problems]
    assert found == [
        (3, "price"),
        (4, "barcode"),
        (5, "name"),
        (6, "vat"),
        (7, "unit"),
        (8, "line"),
        (10, "barcodes"),
    ]
    said = {p.line: str(p.message) for p in report.problems}
    assert "сто" in said[3]
    assert "should be 3" in said[4]
    assert said[10] == "The barcode 4601234567893 is already product 8's."
    assert catalog.count() == 2
    assert catalog.by_code("9") is None


def test_importing_again_updates_products_by_their_code(catalog: Catalog) -> None:
    catalog.import_csv(SMALL_SHOP)
    report = catalog.import_csv(
        "code;name;barcodes;price;vat\n1001;Молоко 2,5%;4601234567893;95;2\n"
    )
    assert (report.added, report.updated) == (0, 1)
    milk = catalog.by_barcode("4601234567893")
    assert milk is not None
    assert (milk.name, milk.price) == ("Молоко 2,5%", Decimal("95.00"))
    # Its barcodes are the file's now: the second one is free again.
    assert catalog.by_barcode("4607000000014") is None
    assert [p.code for p in catalog.search("молоко").products] == ["1001"]


def test_a_file_without_a_required_column_is_refused_as_a_whole(catalog: Catalog) -> None:
    with pytest.raises(CatalogFileError, match="no column price"):
        catalog.import_csv("code;name;vat\n1;Чай;11\n")
    with pytest.raises(CatalogFileError, match="header row"):
        catalog.import_csv("")
    assert catalog.count() == 0


def test_an_import_that_fails_midway_saves_nothing(catalog: Catalog) -> None:
    # A journal file that fails under the import (the disk full, say) must leave no half
    # catalog: a trigger makes the database fail on the last line, as a full disk would.
    catalog.import_csv(SMALL_SHOP)
    before = catalog.count()
    catalog._store.conn.execute(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON products WHEN NEW.code = 'last'"
        " BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"
    )
    with pytest.raises(JournalError):
        catalog.import_csv("code;name;price;vat\nnew1;Чай;10;11\nlast;Кофе;10;11\n")
    assert catalog.count() == before
    assert catalog.by_code("new1") is None


def test_an_exported_catalog_imports_back_the_same(catalog: Catalog) -> None:
    catalog.import_csv(SMALL_SHOP)
    out = io.StringIO()
    assert catalog.export_csv(out) == 6
    products = list(catalog.every())
    catalog._store.conn.execute("DELETE FROM product_barcodes")
    catalog._store.conn.execute("DELETE FROM product_search")
    catalog._store.conn.execute("DELETE FROM products")
    report = catalog.import_csv(out.getvalue())
    assert report.problems == ()
    again = list(catalog.every())
    assert [(p.code, p.name, p.price, p.vat, p.unit, p.barcodes) for p in again] == [
        (p.code, p.name, p.price, p.vat, p.unit, p.barcodes) for p in products
    ]


def test_a_journal_from_before_the_catalog_gets_an_empty_one_that_imports(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    schema.migrate(connection, target=schema.LATEST_VERSION - 1)
    connection.close()
    with Journal.open(path) as journal:
        assert journal.catalog.count() == 0
        assert journal.catalog.import_csv(SMALL_SHOP).added == 6
        assert [p.code for p in journal.catalog.search("кеф").products] == ["1003"]


def test_a_code_twice_in_one_file_keeps_its_last_line(catalog: Catalog) -> None:
    report = catalog.import_csv(
        "code;name;barcodes;price;vat\n"
        "5;Чай чёрный;4601234567893;100;11\n"
        "5;Чай зелёный;4607000000014;120;11\n"
        "6;Кофе;4601234567893;300;11\n"  # the first line's barcode is free again
    )
    assert (report.added, report.updated, report.problems) == (2, 1, ())
    tea = catalog.by_code("5")
    assert tea is not None
    assert (tea.name, tea.price, tea.barcodes) == (
        "Чай зелёный",
        Decimal("120.00"),
        ("4607000000014",),
    )
    coffee = catalog.by_barcode("4601234567893")
    assert coffee is not None
    assert coffee.code == "6"
    assert [p.code for p in catalog.search("чай").products] == ["5"]
