"""A long word in the status bar (a shift's note, a journal trouble) is cut with "…", whole in
its tooltip: the window never grows past the screen for it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from pos_app.qt.main_window import MainWindow
from pos_app.qt.shift_actions import ShiftStatus, install_shift_actions

LONG = "Смена открыта первой продажей в 02:33 (наличные в ящике не пересчитаны) " * 3


def test_long_status_words_never_widen_the_window(qtbot: QtBot, window: MainWindow) -> None:
    install_shift_actions(window, window.till)
    window.resize(1360, 800)
    qtbot.waitUntil(lambda: window.width() == 1360)
    (shift,) = window.findChildren(ShiftStatus)

    shift.setText(LONG)
    window.status.outbox.setText(LONG)
    window.status.journal.setText(LONG)

    assert window.minimumSizeHint().width() <= 1360
    qtbot.waitUntil(lambda: window.status.outbox.toolTip() == LONG)
    assert window.width() == 1360
    assert shift.toolTip() == LONG
