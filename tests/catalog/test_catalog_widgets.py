"""The catalog on screen: 100,000 products usable at once, searched and picked from the
keyboard alone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from pos_app.core.catalog import Catalog, Product
from pos_app.core.journal import Journal
from pos_app.qt.catalog_model import NAME, PAGE, CatalogModel, ProductRole
from pos_app.qt.catalog_search import CatalogSearch
from tests.catalog.conftest import fill

pytestmark = pytest.mark.gui

HUNDRED_THOUSAND = 100_000


@pytest.fixture(scope="module")
def big_journal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journal]:
    path = tmp_path_factory.mktemp("big") / "journal.sqlite3"
    Journal.open(path).close()
    fill(path, HUNDRED_THOUSAND)
    with Journal.open(path) as journal:
        yield journal


def press(widget: QWidget, key: Qt.Key, text: str = "") -> None:
    QCoreApplication.sendEvent(
        widget, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)
    )


def type_into(widget: QWidget, text: str) -> None:
    """Keys with their text, Cyrillic too (qtbot.keyClicks cannot send non-ASCII)."""
    for char in text:
        press(widget, Qt.Key.Key_unknown, char)


def test_a_hundred_thousand_products_open_with_one_page_and_load_more_as_needed(
    big_journal: Journal,
) -> None:
    model = CatalogModel(big_journal.catalog)
    model.set_search("")
    assert model.rowCount() == PAGE
    assert model.index(0, NAME).data() == "Товар 000001 кефир"
    assert model.canFetchMore()
    while model.rowCount() < 1000:
        model.fetchMore()
    assert model.rowCount() == 1000
    assert model.index(999, NAME).data() == "Товар 001000 молоко"
    product = model.index(999, NAME).data(ProductRole)
    assert isinstance(product, Product)
    assert product.barcodes == ("2900000001000",)


def test_a_search_in_a_hundred_thousand_shows_its_matches_only(big_journal: Journal) -> None:
    model = CatalogModel(big_journal.catalog)
    model.set_search("товар 0420")
    assert [model.index(row, NAME).data() for row in range(model.rowCount())][:2] == [
        "Товар 042000 молоко",
        "Товар 042001 кефир",
    ]
    assert model.rowCount() == 100
    assert not model.canFetchMore()
    model.set_search("2900000054321")
    assert model.rowCount() == 1
    assert model.index(0, NAME).data() == "Товар 054321 кефир"


@pytest.fixture
def picker(qtbot: QtBot, shop: Catalog) -> Iterator[CatalogSearch]:
    widget = CatalogSearch(shop)
    qtbot.addWidget(widget)
    widget.show()
    widget.setFocus()
    yield widget
    widget.close()


def test_typing_a_letter_and_enter_adds_the_first_match(
    qtbot: QtBot, picker: CatalogSearch
) -> None:
    type_into(picker.line, "йог")
    press(picker.line, Qt.Key.Key_Down)
    press(picker.line, Qt.Key.Key_Up)  # back to the first, never above it
    with qtbot.waitSignal(picker.chosen) as chosen:
        press(picker.line, Qt.Key.Key_Return)
    assert chosen.args[0].name == "ЙОГУРТ Греческий"
    assert picker.line.text() == ""


def test_down_moves_through_the_results_and_enter_adds_that_one(
    qtbot: QtBot, picker: CatalogSearch
) -> None:
    type_into(picker.line, "в")  # "в деревне", "весовой"
    names = [picker.model.index(r, NAME).data() for r in range(picker.model.rowCount())]
    assert names == ["Кефир Домик в деревне 1%", "Сыр Российский весовой"]
    assert picker.current_row() == 0
    press(picker.line, Qt.Key.Key_Down)
    assert picker.current_row() == 1
    with qtbot.waitSignal(picker.chosen) as chosen:
        press(picker.line, Qt.Key.Key_Enter)
    assert chosen.args[0].code == "00042"


def test_a_barcode_typed_by_hand_and_enter_adds_its_product(
    qtbot: QtBot, picker: CatalogSearch
) -> None:
    type_into(picker.line, "4607000000014")
    with qtbot.waitSignal(picker.chosen) as chosen:
        press(picker.line, Qt.Key.Key_Return)
    assert chosen.args[0].code == "1001"


def test_escape_clears_the_line_and_shows_the_whole_catalog_again(
    picker: CatalogSearch,
) -> None:
    type_into(picker.line, "сыр")
    assert picker.model.rowCount() == 1
    press(picker.line, Qt.Key.Key_Escape)
    assert picker.line.text() == ""
    assert picker.model.rowCount() == 6
    assert picker.current_row() == -1


def test_a_journal_that_cannot_be_read_is_said_and_the_rows_shown_stay(
    qtbot: QtBot, shop: Catalog
) -> None:
    model = CatalogModel(shop)
    model.set_search("")
    shop._store.close()  # the file is gone from under the window
    with qtbot.waitSignal(model.failed) as failed:
        model.set_search("сыр")
    assert failed.args[0]
    assert model.rowCount() == 6
