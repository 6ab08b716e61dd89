"""The one way a gated action (a refund, cash taken out, Settings) asks for an administrator.

With roles off it goes ahead at once. With roles on, the administrator picks their name and
types their PIN; the PIN is checked in the background (the KDF takes a while on purpose) and
the approval is kept in the journal. With roles on and no administrator yet, the first one is
made right there (the first time roles are used).
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pos_app import APP_NAME
from pos_app.core.session import TillSession
from pos_app.core.shifts import Action, Approval, Role, ShiftDesk
from pos_app.qt.focus_ring import ring_on
from pos_app.qt.setup_form import BAD_STYLE
from pos_app.qt.till import Till

PIN_PATTERN = QRegularExpression(r"\d{0,12}")


def pin_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setValidator(QRegularExpressionValidator(PIN_PATTERN, field))
    field.setMaxLength(12)
    return field


Proceed = Callable[[Approval], object]


def with_admin(
    parent: QWidget, till: Till, action: Action, proceed: Proceed, receipt_id: int | None = None
) -> QDialog | None:
    """Run ``proceed(approval)`` once an administrator approved ``action`` (at once, with
    nobody named, when roles are off); the approval names ``receipt_id``, the receipt it
    concerns, when there is one. Returns the dialog asking, if one is shown."""
    session = till.session
    if session is None:
        return None
    if not session.settings.roles:
        proceed(Approval("", action))
        return None
    dialog = AdminPinDialog(till, action, proceed, parent, receipt_id)
    dialog.open()
    return dialog


class AdminPinDialog(QDialog):
    """Asks an administrator's name and PIN; makes the first administrator when none exists."""

    def __init__(
        self,
        till: Till,
        action: Action,
        proceed: Proceed,
        parent: QWidget,
        receipt_id: int | None = None,
        *,
        even_with_roles_off: bool = False,
    ) -> None:
        super().__init__(parent)
        ring_on(self)
        self.till = till
        self.action = action
        self.receipt_id = receipt_id
        # Switching roles on checks the PIN before the setting is on (People and roles).
        self._always = even_with_roles_off
        self._proceed = proceed
        self.setWindowTitle(self.tr("{app} — Administrator").format(app=APP_NAME))
        self.intro = QLabel(
            self.tr("{action} needs an administrator's PIN.").format(
                action=QCoreApplication.translate("people", action.label)
            )
        )
        self.intro.setWordWrap(True)
        self.admin = QComboBox()
        self.new_name = QLineEdit()
        self.pin = pin_field()
        self.pin_again = pin_field()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(BAD_STYLE)
        self.error_label.hide()
        self.form = QFormLayout()
        self.form.addRow(self.tr("Administrator:"), self.admin)
        self.form.addRow(self.tr("Name:"), self.new_name)
        self.form.addRow(self.tr("PIN:"), self.pin)
        self.form.addRow(self.tr("PIN again:"), self.pin_again)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._first = False
        self._show_rows(first=False)
        self.buttons.setEnabled(False)
        till.run("list the administrators", lambda s: s.journal.people.admins(), self._listed)

    def _show_rows(self, *, first: bool) -> None:
        self._first = first
        self.form.setRowVisible(self.admin, not first)
        self.form.setRowVisible(self.new_name, first)
        self.form.setRowVisible(self.pin_again, first)

    def _listed(self, admins: tuple[object, ...]) -> None:
        if not shiboken6.isValid(self.admin):
            return
        names = [getattr(person, "name", "") for person in admins]
        self.admin.addItems(names)
        if not names:
            self._show_rows(first=True)
            self.intro.setText(
                self.tr(
                    "Roles are on and there is no administrator yet: make the first one now"
                    " (a name and a PIN of 4 to 12 digits)."
                )
            )
            self.new_name.setFocus()
        else:
            self.pin.setFocus()
        self.buttons.setEnabled(True)

    def check(self) -> None:
        pin = self.pin.text()
        if self._first and pin != self.pin_again.text():
            self._say(self.tr("The two PINs differ; type the same PIN twice."))
            return
        name = self.new_name.text() if self._first else self.admin.currentText()
        first, action, receipt_id = self._first, self.action, self.receipt_id
        always = self._always

        def approve(session: TillSession) -> Approval:
            if first:
                session.journal.people.add(name, Role.ADMIN, pin)
            desk = ShiftDesk(session.journal, roles=True) if always else session.shift_desk
            return desk.approve(name, pin, action, receipt_id)

        self.buttons.setEnabled(False)
        self.till.run("check the administrator's PIN", approve, self._approved, self._refused)

    def _approved(self, approval: Approval) -> None:
        if not shiboken6.isValid(self.pin):
            return
        self.accept()
        self._proceed(approval)

    def _refused(self, error: Exception) -> None:
        if not shiboken6.isValid(self.pin):
            return
        self.buttons.setEnabled(True)
        self.pin.clear()
        self.pin_again.clear()
        self.pin.setFocus()
        self._say(self.till.tasks.describe(error))

    def _say(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
