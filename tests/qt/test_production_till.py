"""A shop's own till: built from its saved settings and the OS keyring (the endpoints pointed
at a sandbox started here), fiscalizing from the window; set up while the window is open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_app.cli import main
from pos_app.core import credentials, paths
from pos_app.core.codes import TaxationSystem
from pos_app.core.credentials import CredentialName
from pos_app.core.journal import ReceiptState
from pos_app.core.session import open_production_session
from pos_app.core.settings import Settings, save_settings
from pos_app.qt.main_window import MainWindow
from pos_app.qt.settings_watcher import SettingsWatcher
from pos_app.sandbox import Sandbox
from tests.qt.conftest import close_till, close_window, open_till, type_position

pytestmark = pytest.mark.usefixtures("os_keyring")


def shop_settings(sandbox: Sandbox) -> Settings:
    demo = sandbox.credentials
    return Settings(
        shop_inn=demo.shop_inn,
        shop_name="Булочная на углу",
        cashbox_group=demo.group,
        invoice_id=demo.invoice_id,
        taxation=TaxationSystem.SIMPLIFIED_INCOME,
        default_vat=6,
        intellectmoney_url=sandbox.base_url,
        checker_url=sandbox.base_url,
    )


def store_credentials(sandbox: Sandbox) -> None:
    demo = sandbox.credentials
    for name, value in (
        (CredentialName.INTELLECTMONEY_TOKEN, demo.bearer_token),
        (CredentialName.INTELLECTMONEY_SIGN_SECRET_KEY, demo.sign_secret_key),
        (CredentialName.INTELLECTMONEY_USER_TOKEN, demo.user_token),
        (CredentialName.CHECKER_TOKEN, demo.checker_token),
    ):
        credentials.set(name, value)


def sell_bread(qtbot: QtBot, window: MainWindow) -> None:
    type_position(qtbot, window.editor, "Хлеб", "1", "45.50")
    window.editor.draft.set_payments(cash="50")
    qtbot.mouseClick(window.buttons["cash"], Qt.MouseButton.LeftButton)


def test_a_shop_set_up_in_settings_and_keyring_fiscalizes_from_the_window(
    qtbot: QtBot, sandbox: Sandbox, private_folders: Path
) -> None:
    save_settings(shop_settings(sandbox))
    store_credentials(sandbox)
    till = open_till(qtbot, open_production_session)
    session = till.session
    assert session is not None
    assert session.ready
    assert not session.sandbox
    assert session.journal.path.parent == private_folders / "data"
    window = MainWindow(till)
    window.show()
    assert window.windowTitle() == "pos-app — Булочная на углу"
    assert not window.sandbox_banner.isVisible()
    assert not window.setup_panel.isVisible()
    # The shop's defaults reach the editor.
    assert window.editor.ui.taxation.currentData() == int(TaxationSystem.SIMPLIFIED_INCOME)
    assert window.editor.ui.vat.currentData() == 6

    sell_bread(qtbot, window)

    qtbot.waitUntil(lambda: "Fiscalized" in window.result.state_label.text(), timeout=10_000)
    record = session.journal.get(1)
    assert record.state is ReceiptState.FISCALIZED
    assert record.invoice_id == sandbox.credentials.invoice_id
    assert record.receipt().taxation is TaxationSystem.SIMPLIFIED_INCOME
    assert len(sandbox.documents()) == 1
    close_window(qtbot, window)
    close_till(qtbot, till)


def test_setting_the_shop_up_while_the_window_is_open_makes_it_ready(
    qtbot: QtBot, sandbox: Sandbox
) -> None:
    till = open_till(qtbot, open_production_session)
    SettingsWatcher(till, paths.config_dir())
    window = MainWindow(till)
    window.show()
    # Exactly what is missing, settings and credentials alike.
    missing = window.setup_label.text()
    assert "the shop's INN (setting shop_inn)" in missing
    assert "pos-app credentials set intellectmoney.token" in missing
    assert not window.buttons["pay"].isEnabled()

    # The settings, from the command line while the window is open: picked up at once.
    settings = shop_settings(sandbox)
    for spec in ("shop_inn", "shop_name", "cashbox_group", "invoice_id", "taxation"):
        assert main(["settings", "set", spec, settings.value_text(spec)]) == 0
    save_settings(settings)
    qtbot.waitUntil(
        lambda: till.session is not None and till.session.settings == settings, timeout=10_000
    )
    qtbot.waitUntil(lambda: "setting shop_inn" not in window.setup_label.text())
    assert "intellectmoney.token" in window.setup_label.text()

    # The credentials (no file to watch): "Check again" opens the session once more.
    store_credentials(sandbox)
    qtbot.mouseClick(window.check_again_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: till.session is not None and till.session.ready, timeout=10_000)
    assert not window.setup_panel.isVisible()

    sell_bread(qtbot, window)
    qtbot.waitUntil(lambda: "Fiscalized" in window.result.state_label.text(), timeout=10_000)
    close_window(qtbot, window)
    close_till(qtbot, till)
