"""The focus ring: a 2 px blue border around whichever field, list or button has the keyboard's
focus, on every screen, so a cashier working from the keyboard always sees where a key goes.

A style sheet on a window has every widget in it drawn through Qt's style-sheet style: on the
till's window that made the first paint some 4 ms slower and every repaint slower too. So the
main window puts the ring on its fields and buttons one by one; a dialog, opened now and then
and with fields made on the way, puts it on itself, and its children take it from there. The
receipt's table, repainted with every line added, has its ring only while it has the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

FOCUS_STYLE = (
    "QLineEdit:focus, QComboBox:focus, QTableView:focus, QPushButton:focus,"
    " QListWidget:focus { border: 2px solid #1565c0; }"
)


def ring_on(*widgets: QWidget) -> None:
    """The ring on these widgets and everything inside them."""
    for widget in widgets:
        widget.setStyleSheet(f"{widget.styleSheet()} {FOCUS_STYLE}".strip())


class RingWhileFocused(QObject):
    """The ring on a widget only while it has the focus; the rest of the time it is drawn
    without a style sheet (a widget repainted often, such as the receipt's table)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if watched is self._widget and event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            # Qt names the widget taking the focus before it tells this one it lost it: a
            # cell's editor inside keeps the ring on (and has it itself).
            focus = QApplication.focusWidget()
            inside = focus is not None and (focus is watched or self._widget.isAncestorOf(focus))
            wanted = FOCUS_STYLE if inside else ""
            if self._widget.styleSheet() != wanted:
                self._widget.setStyleSheet(wanted)
        return False
