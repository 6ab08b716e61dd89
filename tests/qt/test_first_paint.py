"""The window is painted first: what comes after it (the other screens' keys, the session's
opening) runs once, right after the first paint, or after a while for a window the desktop
never paints."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from pos_app.qt.first_paint import AfterFirstPaint


class Paints(QObject):
    """Counts the window's paint events."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.count = 0
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def window_for(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    window.setCentralWidget(QLabel("till"))
    qtbot.addWidget(window)
    return window


def test_what_follows_runs_once_right_after_the_first_paint(qtbot: QtBot) -> None:
    window = window_for(qtbot)
    paints = Paints(window)
    seen: list[int] = []
    AfterFirstPaint(window, lambda: seen.append(paints.count))
    assert seen == []

    window.show()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] >= 1  # the window had been painted when it ran

    window.repaint()
    QApplication.processEvents()
    assert len(seen) == 1


def test_a_window_never_painted_still_gets_what_follows(qtbot: QtBot) -> None:
    window = window_for(qtbot)  # never shown: never painted
    paints = Paints(window)
    seen: list[int] = []
    AfterFirstPaint(window, lambda: seen.append(paints.count))

    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [0]
