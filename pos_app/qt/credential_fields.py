"""A credential's field on the setup screens: whether the keyring has it ("set" / "not set"),
never its value; an empty masked edit to replace it and an explicit "Delete". Also the words
for a computer without a usable keyring."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from pos_app.core.connection_test import CredentialChange, Removal
from pos_app.core.credentials import CredentialName, Secret

SET_STYLE = "color: #1b5e20;"
NOT_SET_STYLE = "color: #b00020;"
DELETING_STYLE = "color: #e65100;"


class SecretField(QWidget):
    """Typing replaces the stored value when saved; "Delete" removes it when saved."""

    changed = Signal()

    def __init__(self, name: CredentialName, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._stored: bool | None = None
        self._deleting = False
        self.edit = QLineEdit()
        self.edit.setObjectName(f"secret:{name.value}")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setClearButtonEnabled(True)
        # Never filled from the keyring: the field only ever holds what is typed now.
        self.edit.setPlaceholderText(self.tr("type or paste to replace"))
        self.status = QLabel()
        self.status.setObjectName(f"status:{name.value}")
        self.status.setMinimumWidth(110)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setCheckable(True)
        self.delete_button.setToolTip(self.tr("Remove it from the OS keyring when saved"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.delete_button)
        self.edit.textChanged.connect(self._typed)
        self.delete_button.toggled.connect(self._delete_toggled)
        self._show()

    def set_stored(self, stored: bool | None) -> None:
        """What the keyring holds: True, False, or None when it cannot be read."""
        self._stored = stored
        self._deleting = False
        self.delete_button.setChecked(False)
        self._show()

    @property
    def typed(self) -> Secret | None:
        text = self.edit.text().strip()
        return Secret(text) if text else None

    @property
    def is_set(self) -> bool:
        """Stored and not about to be deleted, or typed now."""
        return self.typed is not None or (bool(self._stored) and not self._deleting)

    def change(self) -> CredentialChange | None:
        """What saving does to the keyring for this credential (None: nothing)."""
        if self._deleting:
            return Removal.DELETE
        return self.typed

    def _typed(self, text: str) -> None:
        if text and self._deleting:
            self.delete_button.setChecked(False)
        self._show()
        self.changed.emit()

    def _delete_toggled(self, checked: bool) -> None:
        self._deleting = checked
        if checked:
            self.edit.clear()
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        self.delete_button.setEnabled(bool(self._stored))
        if self._deleting:
            text, style = self.tr("will be deleted"), DELETING_STYLE
        elif self.edit.text().strip():
            text, style = (
                self.tr("will be replaced") if self._stored else self.tr("will be set"),
                DELETING_STYLE,
            )
        elif self._stored is None:
            text, style = self.tr("unknown"), NOT_SET_STYLE
        elif self._stored:
            text, style = self.tr("set"), SET_STYLE
        else:
            text, style = self.tr("not set"), NOT_SET_STYLE
        self.status.setText(text)
        self.status.setStyleSheet(style)


def keyring_fix() -> str:
    """How to get a working keyring on this very system, and why it may have failed."""
    if sys.platform == "win32":
        return QCoreApplication.translate(
            "keyring",
            "On Windows pos-app keeps credentials in the Credential Manager: make sure the"
            " Credential Manager service is running and that you are logged in as yourself"
            " (not a service account).",
        )
    if sys.platform == "darwin":
        return QCoreApplication.translate(
            "keyring",
            "On macOS pos-app keeps credentials in the Keychain: open Keychain Access, unlock"
            " the login keychain, and allow pos-app when asked.",
        )
    bus = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "").strip()
    if bus:
        why = QCoreApplication.translate(
            "keyring", "A D-Bus session is running, but no Secret Service answered on it."
        )
    else:
        why = QCoreApplication.translate(
            "keyring", "No D-Bus session is running (DBUS_SESSION_BUS_ADDRESS is not set)."
        )
    return (
        why
        + " "
        + QCoreApplication.translate(
            "keyring",
            "On Linux install gnome-keyring (or KWallet), log in to a desktop session (it starts"
            " D-Bus and unlocks the keyring), and start pos-app from it.",
        )
    )
