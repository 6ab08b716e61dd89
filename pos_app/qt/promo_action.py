"""The way into the promo panel: Shift+F9 in the main window opens it for the receipt shown
last; the journal's receipt actions open it for the receipt chosen there."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from pos_app.core.journal import ReceiptRecord
from pos_app.qt.main_window import MainWindow
from pos_app.qt.promo_dialog import PromoDialog
from pos_app.qt.till import Till

PROMO_KEY = QKeySequence("Shift+F9")


def open_promo_dialog(parent: QWidget, till: Till, record: ReceiptRecord | None) -> PromoDialog:
    """The promo panel for ``record`` (the last receipt, or one chosen in the journal view)."""
    dialog = PromoDialog(till, record, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def install_promo_action(window: MainWindow, till: Till) -> QAction:
    """The main window's way in: Shift+F9 opens the panel for the receipt shown last."""
    action = QAction(QCoreApplication.translate("PromoDialog", "Promo campaigns…"), window)
    action.setObjectName("promoAction")
    action.setShortcut(PROMO_KEY)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def show() -> None:
        open_promo_dialog(window, till, window.last_record())

    action.triggered.connect(show)
    window.addAction(action)
    return action
