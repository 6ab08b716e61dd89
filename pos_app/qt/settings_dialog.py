"""The Settings dialog (Shift+F12 from the main window): the shop, the services' credentials and
addresses, language, receipt paper and printer, the fiscal-data-late bound, the scanner and the
scale labels.

Saving writes the settings file and the keyring through the background helper, then opens the
till again with them; secrets are shown only as "set" or "not set".
"""

from __future__ import annotations

import dataclasses

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos_app import APP_NAME
from pos_app.core import connection_test
from pos_app.core.errors import ValidationError
from pos_app.core.settings import Settings, load_settings
from pos_app.core.shifts import Action, Approval
from pos_app.qt.admin_gate import with_admin
from pos_app.qt.focus_ring import ring_on
from pos_app.qt.messages import error_text
from pos_app.qt.people_section import PeopleSection, people_tab_title
from pos_app.qt.scanner_section import ScannerSection, scanner_tab_title
from pos_app.qt.setup_form import BAD_STYLE, SetupForm, cloud_cashbox_fact, fact_label
from pos_app.qt.till import Till

# Shift+F12: F12 alone prints the last receipt on the cashier's screen.
SETTINGS_KEY = QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F12)


class SettingsDialog(QDialog):
    def __init__(self, till: Till, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ring_on(self)
        self.till = till
        self.saved = False
        self._saving = False
        self.setWindowTitle(self.tr("{app} — Settings").format(app=APP_NAME))
        self.form = SetupForm(till.tasks, self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form.shop_section(), self.tr("Shop"))
        self.tabs.addTab(self.form.intellectmoney_section(), "IntellectMoney")
        self.tabs.addTab(self.form.checker_section(), "Checker.uz")
        self.tabs.addTab(self.form.inshopper_section(), "inshopper")
        self.tabs.addTab(self.form.other_section(), self.tr("Addresses and printing"))
        self.people = PeopleSection(till, self.form)
        self.tabs.addTab(self.people, people_tab_title())
        self.scanner = ScannerSection()
        self.tabs.addTab(self.scanner, scanner_tab_title())
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(BAD_STYLE)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(fact_label(cloud_cashbox_fact()))
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(820, 620)
        self._save_button().setEnabled(False)
        self.till.tasks.run("read the settings", load_settings, self._loaded, self._load_failed)

    def _save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def _loaded(self, settings: Settings) -> None:
        if not shiboken6.isValid(self.error_label):
            return  # closed before the settings were read
        self.form.show_settings(settings)
        self.scanner.show_settings(settings)
        self.people.refresh()
        self.form.read_keyring(lambda: self._save_button().setEnabled(True))

    def _load_failed(self, error: Exception) -> None:
        if not shiboken6.isValid(self.error_label):
            return
        # A broken settings file: the fields start from the defaults and saving replaces it.
        self._say(error_text(error))
        self.form.read_keyring(lambda: self._save_button().setEnabled(True))

    def save(self) -> None:
        try:
            changes = self.form.changes()
            if changes.settings is not None:
                settings = self.scanner.applied(changes.settings)
                changes = dataclasses.replace(changes, settings=settings)
        except ValidationError as error:
            self._say(error_text(error))
            widget = self.form.field_for(error.field) or self.scanner.field_for(error.field)
            if widget is not None:
                for index in range(self.tabs.count()):
                    tab = self.tabs.widget(index)
                    if tab is not None and tab.isAncestorOf(widget):
                        self.tabs.setCurrentIndex(index)
                widget.setFocus()
            return
        if changes.credentials and self.form.keyring_problem is not None:
            self._say(self.form.keyring_problem)
            return
        self._save_button().setEnabled(False)
        self._saving = True
        self.till.tasks.run(
            "save the settings",
            lambda: connection_test.apply(changes),
            lambda _: self._saved(),
            self._save_failed,
            progress=self.tr("Saving…"),
        )

    def reject(self) -> None:
        # Not while saving: the dialog waits for the keyring and the file to answer.
        if not self._saving:
            super().reject()

    def _saved(self) -> None:
        self._saving = False
        self.saved = True
        # The settings watcher sees the file; the keyring has no watcher: open it again here.
        self.till.reopen()
        self.accept()

    def _save_failed(self, error: Exception) -> None:
        self._saving = False
        self._save_button().setEnabled(True)
        self._say(self.till.tasks.describe(error))

    def _say(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()


def install_settings_action(window: QMainWindow, till: Till) -> QAction:
    """The main window's way in: Shift+F12 and a button in the status bar."""
    action = QAction(QCoreApplication.translate("SettingsDialog", "Settings…"), window)
    action.setObjectName("settingsAction")
    action.setShortcut(SETTINGS_KEY)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def show(_approval: Approval) -> None:
        dialog = SettingsDialog(till, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # With roles on, an administrator's PIN first.
    action.triggered.connect(lambda: with_admin(window, till, Action.SETTINGS, show))
    window.addAction(action)
    button = QPushButton(QCoreApplication.translate("SettingsDialog", "Settings…  (Shift+F12)"))
    button.setObjectName("settingsButton")
    button.clicked.connect(action.trigger)
    window.statusBar().addPermanentWidget(button)
    return action
