"""The "People and roles" part of Settings and of the first-run guide: roles switched on or off
(on needs an administrator, made here with a PIN typed twice when there is none; off needs an
administrator's PIN), people added and removed, a PIN changed.

People are kept in the journal at once, through the background helper (a PIN is hashed there,
slowly on purpose, and never shown); the switch itself is part of the settings and is saved
with them.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app import APP_NAME
from pos_app.core.session import TillSession
from pos_app.core.shifts import Action, Approval, Person, Role
from pos_app.qt.admin_gate import AdminPinDialog, pin_field
from pos_app.qt.focus_ring import ring_on
from pos_app.qt.setup_form import BAD_STYLE, SetupForm
from pos_app.qt.till import Till
from pos_app.qt.translations import translated

# What a person's dialog does with the name, role and PIN typed, in the background.
PersonJob = Callable[[TillSession, str, Role, str], object]


class PeopleSection(QWidget):
    """The switch, the list of people and what can be done with them."""

    def __init__(self, till: Till, form: SetupForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.till = till
        self.form = form
        self.people: tuple[Person, ...] = ()
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.switch_button = QPushButton()
        self.switch_button.clicked.connect(self.switch)
        self.list = QListWidget()
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.add_button = QPushButton(self.tr("&Add a person…"))
        self.add_button.clicked.connect(self.add_person)
        self.pin_button = QPushButton(self.tr("Change the &PIN…"))
        self.pin_button.clicked.connect(self.change_pin)
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.clicked.connect(self.remove_person)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(BAD_STYLE)
        self.problem.hide()
        about = QLabel(
            self.tr(
                "With roles on, each cashier opens the shift with their name and PIN, and"
                " refunds, cancelling a receipt, taking cash out and Settings ask for an"
                " administrator's PIN. A one-person shop leaves them off."
            )
        )
        about.setWordWrap(True)
        switch_row = QHBoxLayout()
        switch_row.addWidget(self.state, 1)
        switch_row.addWidget(self.switch_button)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.pin_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(switch_row)
        layout.addWidget(QLabel(self.tr("People:")))
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        self._show_switch()
        self.refresh()

    def refresh(self) -> None:
        """Read the people again (in the background) and show the switch as the form has it."""
        self._show_switch()
        self.till.run("list the people", lambda s: s.journal.people.all(), self._listed)

    def _listed(self, people: tuple[Person, ...]) -> None:
        if not shiboken6.isValid(self.list):
            return  # closed meanwhile
        chosen = self._chosen()
        self.people = people
        self.list.clear()
        for person in people:
            item = QListWidgetItem(
                f"{person.name} — {translated('people', person.role.label)}", self.list
            )
            item.setData(Qt.ItemDataRole.UserRole, person.name)
            if chosen is not None and person.name == chosen.name:
                self.list.setCurrentItem(item)
        self._enable()

    def _chosen(self) -> Person | None:
        row = self.list.currentRow()
        return self.people[row] if 0 <= row < len(self.people) else None

    def _enable(self) -> None:
        chosen = self._chosen() is not None
        self.pin_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _show_switch(self) -> None:
        if self.form.roles:
            self.state.setText(self.tr("Roles are on: the PINs of the people below are asked."))
            self.switch_button.setText(self.tr("Switch roles o&ff…"))
        else:
            self.state.setText(self.tr("Roles are off: nothing asks for a PIN."))
            self.switch_button.setText(self.tr("Switch roles &on…"))

    # --- the switch ----------------------------------------------------------------------

    def switch(self) -> AdminPinDialog:
        """An administrator's PIN (the first administrator made, when there is none) turns
        roles on or off; the change is saved with the settings."""
        turn_on = not self.form.roles

        def approved(_approval: Approval) -> None:
            if not shiboken6.isValid(self.state):
                return
            self.form.roles = turn_on
            self._say(
                self.tr("Roles will be on once the settings are saved.")
                if turn_on
                else self.tr("Roles will be off once the settings are saved."),
                bad=False,
            )
            self.refresh()

        dialog = AdminPinDialog(
            self.till, Action.SETTINGS, approved, self, even_with_roles_off=True
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- people --------------------------------------------------------------------------

    def add_person(self) -> PersonDialog:
        def add(session: TillSession, name: str, role: Role, pin: str) -> object:
            return session.journal.people.add(name, role, pin)

        return self._person_dialog(self.tr("Add a person"), None, add)

    def change_pin(self) -> PersonDialog | None:
        chosen = self._chosen()
        if chosen is None:
            return None

        def set_pin(session: TillSession, name: str, _role: Role, pin: str) -> object:
            session.journal.people.set_pin(name, pin)
            return None

        title = self.tr("{name}'s new PIN").format(name=chosen.name)
        return self._person_dialog(title, chosen, set_pin)

    def _person_dialog(self, title: str, person: Person | None, job: PersonJob) -> PersonDialog:
        dialog = PersonDialog(self.till, title, person, job, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def remove_person(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        name = chosen.name

        def removed(_: object) -> None:
            if shiboken6.isValid(self.problem):
                self.problem.hide()
                self.refresh()

        def refused(error: Exception) -> None:
            if shiboken6.isValid(self.problem):
                self._say(self.till.tasks.describe(error), bad=True)

        self.till.run(
            "take a person off the list",
            lambda s: s.journal.people.remove(name),
            removed,
            refused,
        )

    def _say(self, text: str, *, bad: bool) -> None:
        self.problem.setStyleSheet(BAD_STYLE if bad else "")
        self.problem.setText(text)
        self.problem.show()


class PersonDialog(QDialog):
    """A new person (name, role, PIN twice) or a person's new PIN (twice); the PIN is hashed
    and kept in the background, never shown."""

    def __init__(
        self,
        till: Till,
        title: str,
        person: Person | None,
        job: PersonJob,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        ring_on(self)
        self.till = till
        self._job = job
        self.setWindowTitle(f"{APP_NAME} — {title}")
        self.name = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(translated("people", role.label), role.value)
        self.pin = pin_field()
        self.pin_again = pin_field()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(BAD_STYLE)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("PIN (4 to 12 digits):"), self.pin)
        form.addRow(self.tr("PIN again:"), self.pin_again)
        if person is not None:
            self.name.setText(person.name)
            form.setRowVisible(self.name, False)
            form.setRowVisible(self.role, False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(title))
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        (self.pin if person is not None else self.name).setFocus()

    def check(self) -> None:
        pin = self.pin.text()
        if pin != self.pin_again.text():
            self._refused_text(self.tr("The two PINs differ; type the same PIN twice."))
            return
        name, role, job = self.name.text(), Role(self.role.currentData()), self._job
        self.buttons.setEnabled(False)
        self.till.run(
            "keep a person's PIN", lambda s: job(s, name, role, pin), self._kept, self._refused
        )

    def _kept(self, _: object) -> None:
        if shiboken6.isValid(self.pin):
            self.accept()

    def _refused(self, error: Exception) -> None:
        if shiboken6.isValid(self.pin):
            self._refused_text(self.till.tasks.describe(error))

    def _refused_text(self, text: str) -> None:
        self.buttons.setEnabled(True)
        self.pin.clear()
        self.pin_again.clear()
        self.error_label.setText(text)
        self.error_label.show()


def people_tab_title() -> str:
    return QCoreApplication.translate("PeopleSection", "People and roles")
