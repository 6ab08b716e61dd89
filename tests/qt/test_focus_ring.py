"""The focus ring: the field, list or button that has the keyboard's focus is drawn with a 2 px
blue border, in the till's window and in its dialogs; the window itself carries no style sheet
(one there would have every widget in it drawn through Qt's slower style-sheet style)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from pos_app.core.draft import ReceiptDraft
from pos_app.qt.main_window import MainWindow
from pos_app.qt.payment_dialog import PaymentDialog
from tests.qt.conftest import GROUP, INN

RING = QColor("#1565c0")


def left_edge(widget: QWidget) -> QColor:
    """The colour of the widget's left border, half-way down, as it is drawn now."""
    picture = widget.grab().toImage()
    return picture.pixelColor(0, picture.height() // 2)


def test_the_field_with_the_focus_has_the_ring(qtbot: QtBot, window: MainWindow) -> None:
    search, table = window.editor.ui.name, window.editor.ui.positions
    window.activateWindow()
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    assert left_edge(search) == RING
    assert left_edge(table) != RING

    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    assert left_edge(table) == RING
    assert left_edge(search) != RING
    assert window.styleSheet() == ""


def test_the_payment_dialog_has_the_ring(qtbot: QtBot) -> None:
    draft = ReceiptDraft(INN, GROUP)
    draft.add_position("Хлеб", "1", Decimal("45.50"))
    dialog = PaymentDialog(draft, "3000000001", sandbox=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    dialog.cash.setFocus()
    qtbot.waitUntil(dialog.cash.hasFocus)
    assert left_edge(dialog.cash) == RING
