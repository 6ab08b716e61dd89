"""A scan at the till, end to end but for the window: the scanner's stream, the catalog's
answer, the receipt's lines; and an unknown barcode added to the catalog from the till."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from pos_app.core.catalog import Catalog, Product, add_product
from pos_app.core.codes import MeasurementUnit
from pos_app.core.draft import ReceiptDraft
from pos_app.qt.catalog_product_dialog import ProductDialog
from pos_app.qt.catalog_scan import ScanHandler
from pos_app.qt.scanner import ScannerFilter

pytestmark = pytest.mark.gui


class Till(QWidget):
    """A stand-in for the window: a search line with the focus, and the receipt's lines."""

    def __init__(self, catalog: Catalog) -> None:
        super().__init__()
        self.line = QLineEdit(self)
        QVBoxLayout(self).addWidget(self.line)
        self.draft = ReceiptDraft("7743736523", "demo")
        self.unknown: list[str] = []
        self.now = 0.0  # the scanner's clock, moved by the test
        self.handler = ScanHandler(catalog, parent=self)
        self.handler.found.connect(self.add)
        self.handler.unknown.connect(lambda _code, text: self.unknown.append(text))

    def add(self, product: Product, quantity: Decimal) -> None:
        add_product(self.draft, product, quantity)


@pytest.fixture
def till(qtbot: QtBot, qapp: QApplication, shop: Catalog) -> Iterator[Till]:
    made = Till(shop)
    qtbot.addWidget(made)
    made.show()
    made.line.setFocus()
    scanner = ScannerFilter(made, clock=lambda: made.now)
    scanner.scanned.connect(made.handler.handle)
    qapp.installEventFilter(scanner)
    yield made
    qapp.removeEventFilter(scanner)
    made.close()


def scan(till: Till, code: str) -> None:
    for char in f"{code}\r":
        till.now += 0.003
        key = Qt.Key.Key_Return if char == "\r" else Qt.Key(Qt.Key.Key_0 + int(char))
        QCoreApplication.sendEvent(
            till.line, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, char)
        )


def test_scans_add_lines_and_the_same_product_again_adds_to_its_quantity(till: Till) -> None:
    scan(till, "4601234567893")
    scan(till, "2200123012340")  # bananas, 1.234 kg
    scan(till, "4607000000014")  # the milk's second barcode
    assert [(p.text, p.quantity, p.unit) for p in till.draft.positions] == [
        ("Молоко Простоквашино 3,2% 930 мл", Decimal(2), MeasurementUnit.PIECE),
        ("Бананы", Decimal("1.234"), MeasurementUnit.KILOGRAM),
    ]
    assert till.line.text() == ""  # no digit of a scan typed, no Enter's second line


def test_an_unknown_barcode_is_said_and_can_be_added_to_the_catalog(
    qtbot: QtBot, till: Till, shop: Catalog
) -> None:
    scan(till, "4690000000030")
    assert till.unknown == ["Unknown barcode 4690000000030: add it to the catalog?"]
    assert not till.draft.positions
    dialog = ProductDialog(shop, "4690000000030", till)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.name.setText("Ряженка 4%")
    assert not ok.isEnabled()
    assert dialog.problem.text()  # the code is still missing: said at once
    dialog.code.setText("2001")
    dialog.price.setText("79,90")
    assert ok.isEnabled()
    assert dialog.problem.text() == ""
    ok.click()
    assert dialog.product is not None
    scan(till, "4690000000030")
    assert [(p.text, p.price) for p in till.draft.positions] == [("Ряженка 4%", Decimal("79.90"))]
