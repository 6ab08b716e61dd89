"""F5 parks the receipt being built (the editor is freed for the next customer) and, on an
empty receipt, brings a parked one back; with several parked, the cashier picks which."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from pos_app.core.parked_drafts import parked
from pos_app.qt.main_window import MainWindow
from tests.qt.conftest import in_dialog, press, type_position


def names(window: MainWindow) -> list[str]:
    return [position.text for position in window.editor.draft.positions]


def test_f5_parks_the_receipt_and_brings_it_back(
    qtbot: QtBot, window: MainWindow, private_folders: Path
) -> None:
    qtbot.waitUntil(lambda: window.till.session is not None)
    type_position(qtbot, window.editor, "Хлеб", "2", "45.50")
    type_position(qtbot, window.editor, "Молоко", "1", "89.90")

    press(qtbot, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not window.editor.draft.positions)
    assert len(parked()) == 1  # a file in the data folder, not in memory
    assert parked()[0].is_relative_to(private_folders / "data")
    type_position(qtbot, window.editor, "Сыр", "1", "350")  # the next customer
    window.editor.clear()

    press(qtbot, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: names(window) == ["Хлеб", "Молоко"])
    assert window.editor.ui.total.text() == "180.90 ₽"
    assert parked() == ()


def test_with_several_parked_the_cashier_picks_one(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.till.session is not None)
    for name in ("Хлеб", "Молоко"):
        type_position(qtbot, window.editor, name, "1", "10")
        press(qtbot, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: not window.editor.draft.positions)
    assert len(parked()) == 2

    def pick_the_older(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        combo = dialog.findChild(QComboBox)
        assert combo is not None
        combo.setCurrentIndex(combo.count() - 1)  # newest first: the last is the older
        dialog.done(QDialog.DialogCode.Accepted)

    in_dialog(qtbot, pick_the_older)
    press(qtbot, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: names(window) == ["Хлеб"])
    assert len(parked()) == 1


def test_nothing_parked_is_said_in_the_status_bar(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.till.session is not None)
    press(qtbot, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.status.currentMessage() == "No parked receipts.")
