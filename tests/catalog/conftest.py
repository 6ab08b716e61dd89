"""Catalog tests' helpers: a journal with its catalog, and a few products."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pos_app.core.catalog import Catalog
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
