"""The till's F-keys: each action on its key, the key written on its button, working from
whichever field has the focus; Pay and Cash exact big at the end."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

# The big keys, in the last two columns; the others fill rows of five before them.
BIG_KEYS = ("cash", "pay")
PER_ROW = 5
PAY_STYLE = (
    "QPushButton { background: #1b5e20; color: white; padding: 0 18px; }"
    " QPushButton:disabled { background: #a5d6a7; }"
)


class TillKey(NamedTuple):
    name: str
    key: Qt.Key
    text: str
    slot: Callable[[], None]


def key_grid(
    window: QWidget,
    keys: list[TillKey],
    buttons: dict[str, QPushButton],
    actions: dict[str, QAction],
) -> QGridLayout:
    """The buttons laid out, each with its window-wide action; both recorded by name."""
    grid = QGridLayout()
    big = QFont(window.font())
    big.setPointSizeF(big.pointSizeF() * 1.6)
    big.setBold(True)
    small = 0
    for till_key in keys:
        shortcut = QKeySequence(till_key.key).toString(QKeySequence.SequenceFormat.NativeText)
        button = QPushButton(f"{shortcut}  {till_key.text}")
        button.setAutoDefault(False)
        button.setMinimumHeight(40)
        # The buttons are for the mouse; the keyboard has the F-keys (Tab stays in the receipt).
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        action = QAction(till_key.text, window)
        action.setShortcut(QKeySequence(till_key.key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(till_key.slot)
        button.clicked.connect(action.trigger)
        window.addAction(action)
        buttons[till_key.name] = button
        actions[till_key.name] = action
        if till_key.name in BIG_KEYS:
            button.setFont(big)
            button.setMinimumHeight(84)
            column = PER_ROW + BIG_KEYS.index(till_key.name)
            grid.addWidget(button, 0, column, 2, 1)
        else:
            grid.addWidget(button, small // PER_ROW, small % PER_ROW)
            small += 1
    if "pay" in buttons:
        buttons["pay"].setStyleSheet(PAY_STYLE)
    return grid
