"""The shift in the main window: Shift+F2 opens the shift dialog, the status bar names the
cashier and the shift, and a shift left open from an earlier day is flagged at start."""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QPushButton

from pos_app import APP_NAME
from pos_app.core.session import TillSession
from pos_app.core.shifts import Shift
from pos_app.core.workflow import Event, ReceiptChanged
from pos_app.qt.elided_label import ElidedLabel
from pos_app.qt.shift_dialog import ShiftDialog, shift_text
from pos_app.qt.till import Till

SHIFT_KEY = QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F2)
PLAIN_STYLE = "padding: 2px 8px;"
FLAG_STYLE = "background: #b00020; color: white; font-weight: bold; padding: 2px 8px;"


class ShiftStatus(ElidedLabel):
    """The status bar's word on the shift; read from the journal after each change."""

    def __init__(self, till: Till) -> None:
        super().__init__()
        self.setObjectName("shiftStatus")
        self.till = till
        self.shift: Shift | None = None
        self.flagged_overnight = False
        till.opened.connect(lambda _session: self.refresh(at_start=True))
        till.happened.connect(self._on_event)

    def refresh(self, *, at_start: bool = False) -> None:
        def read(session: TillSession) -> Shift | None:
            return session.shift_desk.current()

        self.till.run("read the shift", read, lambda shift: self._show(shift, at_start=at_start))

    def _on_event(self, event: Event) -> None:
        # A receipt written with no shift open opened one.
        if isinstance(event, ReceiptChanged) and (self.shift is None or self.shift.automatic):
            self.refresh()

    def _show(self, shift: Shift | None, *, at_start: bool) -> None:
        if not shiboken6.isValid(self):
            return
        self.shift = shift
        today = date.today()
        if shift is None:
            self.setText(QCoreApplication.translate("ShiftActions", "No shift open (Shift+F2)"))
            self.setStyleSheet(PLAIN_STYLE)
            return
        self.setText(shift_text(shift, today))
        overnight = shift.from_an_earlier_day(today)
        self.setStyleSheet(FLAG_STYLE if overnight else PLAIN_STYLE)
        if overnight and at_start and not self.flagged_overnight:
            self.flagged_overnight = True
            box = QMessageBox(
                QMessageBox.Icon.Warning, APP_NAME, shift_text(shift, today), parent=self.window()
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()


def install_shift_actions(window: QMainWindow, till: Till) -> QAction:
    """Shift+F2 and a status bar button open the shift dialog; the status bar shows the shift."""
    status = ShiftStatus(till)
    action = QAction(QCoreApplication.translate("ShiftActions", "Shift…"), window)
    action.setObjectName("shiftAction")
    action.setShortcut(SHIFT_KEY)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def show() -> None:
        dialog = ShiftDialog(till, window, on_change=status.refresh)
        dialog.setObjectName("shiftDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    action.triggered.connect(show)
    window.addAction(action)
    button = QPushButton(QCoreApplication.translate("ShiftActions", "Shift…  (Shift+F2)"))
    button.setObjectName("shiftButton")
    button.clicked.connect(action.trigger)
    window.statusBar().addPermanentWidget(status)
    window.statusBar().addPermanentWidget(button)
    if till.session is not None:
        status.refresh(at_start=True)
    return action
