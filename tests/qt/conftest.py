"""Qt tests' helpers: a receipt editor for the sandbox's shop, a sandbox till for the window."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_app.qt.app import open_sandbox_till, start_outbox
from pos_app.qt.main_window import MainWindow, Till
from pos_app.qt.receipt_editor import ReceiptEditor

INN, GROUP = "7000000003", "Main"


@pytest.fixture
def editor(qtbot: QtBot) -> ReceiptEditor:
    widget = ReceiptEditor(INN, GROUP)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def till() -> Iterator[Till]:
    with ExitStack() as stack:
        opened = open_sandbox_till(stack)
        start_outbox(opened, stack)
        yield opened


@pytest.fixture
def window(qtbot: QtBot, till: Till) -> Iterator[MainWindow]:
    made = MainWindow(till, sandbox=True)
    qtbot.addWidget(made)
    made.show()
    yield made
    made.close()  # before the till closes its journal


def type_position(
    qtbot: QtBot, editor: ReceiptEditor, name: str, quantity: str, price: str
) -> None:
    """Type a position as a cashier would, ending with Enter. (Cyrillic goes in as an input
    method would put it: QTest's key clicks know ASCII keys only.)"""
    editor.ui.name.setFocus()
    editor.ui.name.insert(name)
    editor.ui.quantity.selectAll()
    qtbot.keyClicks(editor.ui.quantity, quantity)
    qtbot.keyClicks(editor.ui.price, price)
    qtbot.keyClick(editor.ui.price, Qt.Key.Key_Return)
