"""Catalog tests' helpers: a journal with its catalog, and a few products."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from pos_app.core.catalog import Catalog
from pos_app.core.catalog.product import fold
from pos_app.core.journal import Journal

SMALL_SHOP = """\
code;name;barcodes;price;vat;subject;unit
1001;Молоко Простоквашино 3,2% 930 мл;4601234567893 4607000000014;89,90;2;1;шт
1002;Ёлочные игрушки;;450.00;11;1;pcs
1003;Кефир Домик в деревне 1%;4690000000023;79.50;2;1;шт
00123;Бананы;;119,90;2;1;кг
00042;Сыр Российский весовой;;899.00;2;1;kg
1004;ЙОГУРТ Греческий;;65.00;2;;
"""


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal.open(tmp_path / "journal.sqlite3") as opened:
        yield opened


@pytest.fixture
def catalog(journal: Journal) -> Catalog:
    return journal.catalog


@pytest.fixture
def shop(catalog: Catalog) -> Catalog:
    report = catalog.import_csv(SMALL_SHOP)
    assert report.problems == ()
    return catalog


def fill(path: Path, count: int) -> None:
    """``count`` products written straight into the journal at ``path`` (already migrated),
    in seconds rather than an import's minute: "Товар N" with a barcode each."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("BEGIN")
        names = [(n, f"Товар {n:06d} {WORDS[n % len(WORDS)]}") for n in range(1, count + 1)]
        connection.executemany(
            "INSERT INTO products (id, code, name, sort_key, price_kopecks, vat_code,"
            " payment_subject, unit) VALUES (?, ?, ?, ?, 1000, 11, 1, 0)",
            [(n, str(n), name, fold(name)) for n, name in names],
        )
        connection.executemany(
            "INSERT INTO product_barcodes (barcode, product_id) VALUES (?, ?)",
            [(f"{2900000000000 + n}", n) for n, _ in names],
        )
        connection.executemany(
            "INSERT INTO product_search (rowid, text) VALUES (?, ?)",
            [(n, fold(f"{name} {n} {2900000000000 + n}")) for n, name in names],
        )
        connection.execute("COMMIT")
    finally:
        connection.close()


WORDS = ("молоко", "кефир", "хлеб", "сыр", "чай", "кофе", "сок", "вода", "рис", "мука")
