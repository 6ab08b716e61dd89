"""The focus ring: a 2 px blue border around whichever field, list or button has the keyboard's
focus, on every screen, so a cashier working from the keyboard always sees where a key goes.

A style sheet on a window has every widget in it drawn through Qt's style-sheet style: on the
till's window that made the first paint some 4 ms slower and every repaint slower too. So the
main window puts the ring on its fields and buttons one by one; a dialog, opened now and then
and with fields made on the way, puts it on itself, and its children take it from there.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

FOCUS_STYLE = (
    "QLineEdit:focus, QComboBox:focus, QTableView:focus, QPushButton:focus,"
    " QListWidget:focus { border: 2px solid #1565c0; }"
)


def ring_on(*widgets: QWidget) -> None:
    """The ring on these widgets and everything inside them."""
    for widget in widgets:
        widget.setStyleSheet(f"{widget.styleSheet()} {FOCUS_STYLE}".strip())
