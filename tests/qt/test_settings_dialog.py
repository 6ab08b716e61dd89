"""The Settings dialog over a shop's till: secrets shown only as set or not set, replaced and
deleted on purpose, settings saved and the till opened again with them; and no secret typed
there ever reaches a file, a log line or the journal."""

from __future__ import annotations

import io
import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, quote_plus

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from pos_app.core import credentials, paths
from pos_app.core.credentials import CredentialName
from pos_app.core.journal import JOURNAL_FILE, ReceiptState
from pos_app.core.session import open_production_session
from pos_app.core.settings import load_settings, save_settings
from pos_app.logging_setup import configure_logging
from pos_app.qt.main_window import MainWindow
from pos_app.qt.settings_dialog import SettingsDialog, install_settings_action
from pos_app.qt.till import Till
from pos_app.sandbox import Sandbox
from tests.qt.conftest import close_till, close_window, open_till, type_position
from tests.qt.setup_steps import (
    WAIT_MS,
    fill_checker,
    fill_inshopper,
    fill_intellectmoney,
    type_secret,
    type_text,
)
from tests.qt.test_production_till import shop_settings, store_credentials

pytestmark = pytest.mark.usefixtures("os_keyring")


@pytest.fixture
def shop(qtbot: QtBot, sandbox: Sandbox) -> Iterator[tuple[MainWindow, Till]]:
    save_settings(shop_settings(sandbox))
    store_credentials(sandbox)
    till = open_till(qtbot, open_production_session)
    window = MainWindow(till)
    install_settings_action(window, till)
    window.show()
    yield window, till
    close_window(qtbot, window)
    close_till(qtbot, till)


def open_settings(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    """F12 from the main window, as the cashier opens it."""
    qtbot.keyClick(window, Qt.Key.Key_F12, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.findChild(SettingsDialog) is not None, timeout=WAIT_MS)
    dialog = window.findChild(SettingsDialog)
    assert isinstance(dialog, SettingsDialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.waitUntil(save.isEnabled, timeout=WAIT_MS)
    return dialog


def save(qtbot: QtBot, dialog: SettingsDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.saved, timeout=WAIT_MS)


def test_secrets_show_only_whether_they_are_set_and_change_only_on_purpose(
    qtbot: QtBot, sandbox: Sandbox, shop: tuple[MainWindow, Till]
) -> None:
    window, till = shop
    dialog = open_settings(qtbot, window)
    form = dialog.form
    assert form.shop_name.text() == "Булочная на углу"
    for name, field in form.secrets.items():
        # Never the value: an empty masked field, and whether the keyring has one.
        assert field.edit.text() == ""
        assert field.edit.echoMode() is QLineEdit.EchoMode.Password
        stored = name.value.startswith(("intellectmoney", "checker"))
        assert field.status.text() == ("set" if stored else "not set"), name
        assert field.delete_button.isEnabled() is stored

    # Replace the Checker.uz token, delete it again before saving: only the deletion counts.
    checker = form.secrets[CredentialName.CHECKER_TOKEN]
    type_secret(qtbot, form, CredentialName.CHECKER_TOKEN, "new-token")
    assert checker.status.text() == "will be replaced"
    checker.delete_button.click()
    assert checker.edit.text() == ""
    assert checker.status.text() == "will be deleted"
    # The shop's settings: name, receipt paper, the late bound.
    type_text(qtbot, form.shop_name, "Булочная №2")
    form.width.setCurrentIndex(form.width.findData(58))
    form.late.setValue(30)
    save(qtbot, dialog)

    qtbot.waitUntil(
        lambda: till.session is not None and till.session.settings.shop_name == "Булочная №2",
        timeout=WAIT_MS,
    )
    assert window.windowTitle() == "pos-app — Булочная №2"
    # The keyring and the file were written by the background helper, never the UI thread.
    writes = [job for job in till.tasks.history if job.name == "save the settings"]
    assert writes
    assert all(job.thread_id != threading.main_thread().ident for job in writes)
    settings = load_settings()
    assert settings.receipt_width == 58
    assert settings.fiscal_data_late_minutes == 30
    assert credentials.get(CredentialName.CHECKER_TOKEN) is None
    token = credentials.get(CredentialName.INTELLECTMONEY_TOKEN)
    assert token is not None
    assert token.reveal() == sandbox.credentials.bearer_token


def test_a_wrong_setting_is_named_and_nothing_is_saved(
    qtbot: QtBot, shop: tuple[MainWindow, Till]
) -> None:
    window, _till = shop
    dialog = open_settings(qtbot, window)
    type_text(qtbot, dialog.form.inn, "7707083894")  # a wrong check digit
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.error_label.isVisible()
    assert "wrong check digit" in dialog.error_label.text()
    assert dialog.form.inn.hasFocus()
    assert not dialog.saved
    assert load_settings().shop_inn != "7707083894"
    dialog.reject()


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """The app's log as the app writes it (a file in the data folder), at DEBUG."""
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    path = paths.data_dir() / "logs" / "pos-app.log"
    configure_logging(level=logging.DEBUG, log_file=path, stream=io.StringIO())
    yield path
    for handler in root.handlers[:]:
        root.removeHandler(handler)
        handler.close()
    for handler in saved[0]:
        root.addHandler(handler)
    root.setLevel(saved[1])


def test_no_secret_entered_in_settings_reaches_a_file_a_log_or_the_journal(
    qtbot: QtBot,
    sandbox: Sandbox,
    shop: tuple[MainWindow, Till],
    log_file: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    window, till = shop
    demo = sandbox.credentials
    for name in CredentialName:
        credentials.delete(name)
    dialog = open_settings(qtbot, window)
    form = dialog.form
    # Every credential typed in, each proven by its test connection (the user token got
    # with the account's login and password).
    fill_intellectmoney(qtbot, form, sandbox)
    fill_checker(qtbot, form, demo.checker_token)
    # inshopper's address, entered on the addresses tab, is used by its test at once.
    type_text(qtbot, form.urls["inshopper_url"], sandbox.base_url)
    fill_inshopper(qtbot, form, sandbox)
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: till.session is not None and till.session.ready, timeout=WAIT_MS)
    assert {name for name, known in credentials.status().items() if known} == set(CredentialName)

    # A receipt fiscalized and its copy sent with them.
    type_position(qtbot, window.editor, "Хлеб", "1", "45.50")
    window.editor.draft.set_contact(phone="+998901234567")
    window.editor.draft.set_payments(cash="50")
    window.pay_exact_cash()
    qtbot.waitUntil(lambda: "Fiscalized" in window.result.state_label.text(), timeout=WAIT_MS)
    session = till.session
    assert session is not None
    assert session.journal.get(1).state is ReceiptState.FISCALIZED

    secrets = [
        demo.bearer_token,
        demo.sign_secret_key,
        demo.user_token,
        demo.checker_token,
        demo.inshopper_email,
        demo.inshopper_password,
        demo.inshopper_token,
        demo.intellectmoney_password,
    ]
    files = [
        path
        for folder in (paths.config_dir(), paths.data_dir())
        for path in folder.rglob("*")
        if path.is_file()
    ]
    assert log_file in files
    # The log was written all along (the keyring's changes are logged, by name).
    assert "Credential checker.token stored in the OS keyring" in log_file.read_text("utf-8")
    assert paths.data_dir() / JOURNAL_FILE in files
    # As typed, and as a form or a URL would carry it.
    shapes = [
        (index, shape)
        for index, secret in enumerate(secrets)
        for shape in {secret, quote_plus(secret), quote(secret, safe="")}
    ]
    for path in files:
        content = path.read_bytes()
        for index, shape in shapes:
            assert shape.encode("utf-8") not in content, (path, index)
    for index, shape in shapes:
        assert shape not in caplog.text, index


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """A computer where keyring finds no backend at all (its "fail" keyring)."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def test_without_a_keyring_the_screen_says_why_and_how_and_keeps_no_secret_anywhere(
    qtbot: QtBot, sandbox: Sandbox, shop: tuple[MainWindow, Till], no_keyring: None
) -> None:
    window, till = shop
    dialog = open_settings(qtbot, window)
    form = dialog.form
    problem = form.keyring_label.text()
    assert "keyring.backends.fail.Keyring" in problem  # the backend tried
    assert "never keeps them in a plain file" in problem
    assert "D-Bus" in problem  # why, on this system
    assert "gnome-keyring" in problem  # and how to fix it
    assert {field.status.text() for field in form.secrets.values()} == {"unknown"}

    # A secret cannot be saved: the dialog says why and stays open; nothing is written.
    type_secret(qtbot, form, CredentialName.CHECKER_TOKEN, "token-with-nowhere-to-go")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "plain file" in dialog.error_label.text()
    assert not dialog.saved
    files = [path for path in paths.config_dir().rglob("*") if path.is_file()]
    assert all(b"token-with-nowhere-to-go" not in path.read_bytes() for path in files)

    # Settings that are not secrets still save.
    form.secrets[CredentialName.CHECKER_TOKEN].edit.clear()
    type_text(qtbot, form.shop_name, "Без хранилища")
    save(qtbot, dialog)
    qtbot.waitUntil(
        lambda: till.session is not None and till.session.settings.shop_name == "Без хранилища",
        timeout=WAIT_MS,
    )
