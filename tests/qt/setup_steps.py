"""What a shop owner does on the setup screens, step by step, for the first-run and Settings
tests: type into the fields, press the test buttons, wait for their answers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from pos_app.core.credentials import CredentialName
from pos_app.qt.setup_form import OK_STYLE, SetupForm
from pos_app.sandbox import Sandbox

WAIT_MS = 10_000


def type_text(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """ASCII as key clicks; anything else as an input method puts it (see ENVIRONMENT.md)."""
    edit.setFocus()
    edit.selectAll()
    edit.del_()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)


def type_secret(qtbot: QtBot, form: SetupForm, name: CredentialName, value: str) -> None:
    type_text(qtbot, form.secrets[name].edit, value)


def press_and_wait(qtbot: QtBot, button: QPushButton, result: QLabel, words: str) -> None:
    """Press a test button and wait for its verdict; a failure shows its own words."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: button.isEnabled() and result.text() != "Testing…", timeout=WAIT_MS)
    assert words in result.text(), result.text()
    assert result.styleSheet() == OK_STYLE, result.text()


def fill_shop(qtbot: QtBot, form: SetupForm, sandbox: Sandbox, name: str) -> None:
    demo = sandbox.credentials
    type_text(qtbot, form.inn, demo.shop_inn)
    type_text(qtbot, form.shop_name, name)
    type_text(qtbot, form.group, demo.group)
    form.taxation.setCurrentIndex(form.taxation.findData(1))  # USN income
    form.vat.setCurrentIndex(form.vat.findData(6))  # no VAT
    form.country.setCurrentIndex(form.country.findData("RU"))


def fill_intellectmoney(qtbot: QtBot, form: SetupForm, sandbox: Sandbox) -> None:
    """The token and the key typed; the user token got with the account's login."""
    demo = sandbox.credentials
    type_text(qtbot, form.invoice, demo.invoice_id)
    type_secret(qtbot, form, CredentialName.INTELLECTMONEY_TOKEN, demo.bearer_token)
    type_secret(qtbot, form, CredentialName.INTELLECTMONEY_SIGN_SECRET_KEY, demo.sign_secret_key)
    type_text(qtbot, form.login, demo.intellectmoney_login)
    type_text(qtbot, form.password, demo.intellectmoney_password)
    press_and_wait(qtbot, form.fetch_button, form.intellectmoney_result, "user token")
    assert form.password.text() == ""
    press_and_wait(
        qtbot, form.intellectmoney_button, form.intellectmoney_result, "IntellectMoney accepts"
    )


def fill_checker(qtbot: QtBot, form: SetupForm, token: str) -> None:
    type_secret(qtbot, form, CredentialName.CHECKER_TOKEN, token)
    press_and_wait(qtbot, form.checker_button, form.checker_result, "Checker.uz accepts")


def fill_inshopper(qtbot: QtBot, form: SetupForm, sandbox: Sandbox) -> None:
    demo = sandbox.credentials
    type_secret(qtbot, form, CredentialName.INSHOPPER_EMAIL, demo.inshopper_email)
    type_secret(qtbot, form, CredentialName.INSHOPPER_PASSWORD, demo.inshopper_password)
    # The account's user id, which campaigns.json asks for.
    type_secret(qtbot, form, CredentialName.INSHOPPER_USER_ID, demo.inshopper_user_id)
    press_and_wait(qtbot, form.inshopper_button, form.inshopper_result, "inshopper accepts")
