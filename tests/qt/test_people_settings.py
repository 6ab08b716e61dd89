"""People and roles in Settings, over a shop's till: roles switched on by making the first
administrator (PIN typed twice), a cashier added and their PIN changed, the last administrator
kept, and roles switched off only with an administrator's PIN; no PIN ever shown or stored."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from pos_app.core import paths
from pos_app.core.journal import JOURNAL_FILE
from pos_app.core.settings import load_settings
from pos_app.core.settings_file import settings_path
from pos_app.core.shifts import Person, Role
from pos_app.qt.admin_gate import AdminPinDialog
from pos_app.qt.main_window import MainWindow
from pos_app.qt.people_section import PeopleSection, PersonDialog
from pos_app.qt.settings_dialog import SettingsDialog
from pos_app.qt.till import Till
from tests.qt.setup_steps import WAIT_MS
from tests.qt.test_accelerators import clashes, language
from tests.qt.test_settings_dialog import open_settings, save, shop
from tests.shifts.conftest import ADMIN, ADMIN_PIN, CASHIER, CASHIER_PIN

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("os_keyring")]
__all__ = ["language", "shop"]

NEW_PIN = "97531"


def dialog_of(qtbot: QtBot, parent: QWidget, kind: type[QWidget]) -> QWidget:
    qtbot.waitUntil(lambda: bool(parent.findChildren(kind)), timeout=WAIT_MS)
    return parent.findChildren(kind)[-1]


def people_of(qtbot: QtBot, section: PeopleSection, count: int) -> tuple[Person, ...]:
    qtbot.waitUntil(lambda: len(section.people) == count, timeout=WAIT_MS)
    return section.people


def test_roles_go_on_with_a_first_administrator_and_off_only_with_their_pin(
    qtbot: QtBot, shop: tuple[MainWindow, Till]
) -> None:
    window, till = shop
    dialog = open_settings(qtbot, window)
    section = dialog.people
    people_of(qtbot, section, 0)
    assert section.state.text() == "Roles are off: nothing asks for a PIN."

    # Switching on with nobody on the list makes the first administrator, PIN typed twice.
    section.switch_button.click()
    gate = dialog_of(qtbot, section, AdminPinDialog)
    assert isinstance(gate, AdminPinDialog)
    qtbot.waitUntil(gate.new_name.isVisible, timeout=WAIT_MS)
    gate.new_name.setText(ADMIN)
    gate.pin.setText(ADMIN_PIN)
    gate.pin_again.setText("2469")
    gate.buttons.accepted.emit()
    assert "differ" in gate.error_label.text()
    gate.pin.setText(ADMIN_PIN)
    gate.pin_again.setText(ADMIN_PIN)
    gate.buttons.accepted.emit()
    qtbot.waitUntil(lambda: section.form.roles, timeout=WAIT_MS)
    assert section.switch_button.text() == "Switch roles o&ff…"
    assert people_of(qtbot, section, 1) == (Person(ADMIN, Role.ADMIN),)

    # A cashier added, then their PIN changed: the PIN is typed twice, never shown.
    section.add_button.click()
    adding = dialog_of(qtbot, section, PersonDialog)
    assert isinstance(adding, PersonDialog)
    adding.name.setText(CASHIER)
    adding.pin.setText(CASHIER_PIN)
    adding.pin_again.setText(CASHIER_PIN)
    adding.buttons.accepted.emit()
    assert people_of(qtbot, section, 2)[0] == Person(CASHIER, Role.CASHIER)
    section.list.setCurrentRow(0)
    section.pin_button.click()
    changing = dialog_of(qtbot, section, PersonDialog)
    assert isinstance(changing, PersonDialog)
    assert not changing.name.isVisible()
    changing.pin.setText(NEW_PIN)
    changing.pin_again.setText(NEW_PIN)
    with qtbot.waitSignal(changing.accepted, timeout=WAIT_MS):
        changing.buttons.accepted.emit()

    # The only administrator stays: removing them is refused with the reason.
    section.list.setCurrentRow(1)
    section.remove_button.click()
    qtbot.waitUntil(lambda: "only administrator" in section.problem.text(), timeout=WAIT_MS)
    save(qtbot, dialog)
    qtbot.waitUntil(
        lambda: till.session is not None and till.session.settings.roles, timeout=WAIT_MS
    )
    assert load_settings().roles
    session = till.session
    assert session is not None
    assert session.journal.people.verify(CASHIER, NEW_PIN) == Person(CASHIER, Role.CASHIER)

    # Settings now ask an administrator first; switching off asks their PIN once more.
    dialog = open_settings_as_admin(qtbot, window)
    section = dialog.people
    people_of(qtbot, section, 2)
    section.switch_button.click()
    gate = dialog_of(qtbot, section, AdminPinDialog)
    assert isinstance(gate, AdminPinDialog)
    qtbot.waitUntil(lambda: gate.admin.count() == 1, timeout=WAIT_MS)
    gate.pin.setText("0000")
    gate.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "Wrong PIN" in gate.error_label.text(), timeout=WAIT_MS)
    assert section.form.roles
    gate.pin.setText(ADMIN_PIN)
    gate.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not section.form.roles, timeout=WAIT_MS)
    save(qtbot, dialog)
    assert not load_settings().roles

    # No PIN in the settings file or the journal: only their salted hashes.
    for pin in (ADMIN_PIN, CASHIER_PIN, NEW_PIN):
        assert pin not in settings_path().read_text(encoding="utf-8")
        assert pin.encode() not in (paths.data_dir() / JOURNAL_FILE).read_bytes()


def open_settings_as_admin(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    """Settings with roles on: the administrator's PIN first."""
    action = window.findChild(QAction, "settingsAction")
    assert isinstance(action, QAction)
    action.trigger()
    gate = dialog_of(qtbot, window, AdminPinDialog)
    assert isinstance(gate, AdminPinDialog)
    qtbot.waitUntil(lambda: gate.admin.count() == 1, timeout=WAIT_MS)
    gate.pin.setText(ADMIN_PIN)
    gate.buttons.accepted.emit()
    dialog = dialog_of(qtbot, window, SettingsDialog)
    assert isinstance(dialog, SettingsDialog)
    save_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.waitUntil(save_button.isEnabled, timeout=WAIT_MS)
    return dialog


def test_people_and_roles_has_distinct_accelerators(
    qtbot: QtBot, shop: tuple[MainWindow, Till], language: str
) -> None:
    window, _till = shop
    dialog = open_settings(qtbot, window)
    assert clashes(dialog.people) == {}, language
