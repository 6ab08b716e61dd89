"""Grab the setup screens in Russian to docs/screenshots/: the first-run guide on its
IntellectMoney page (secrets typed, masked, the connection tested) and the Settings dialog of a
shop set up (secrets shown only as set), against the in-process sandbox, with throwaway
folders and a throwaway keyring name. Needs a keyring session and an X server:

    home=$(mktemp -d); rt=$(mktemp -d); chmod 700 "$rt"
    env HOME="$home" XDG_RUNTIME_DIR="$rt" xvfb-run -a -s "-screen 0 1600x1000x24" \
      dbus-run-session -- bash -c 'eval "$(printf pw | gnome-keyring-daemon --unlock \
      --components=secrets)"; .venv/bin/python scripts/screenshots_setup.py'
"""

from __future__ import annotations

import os
import sys
import tempfile
import uuid

from PySide6.QtWidgets import QApplication, QTabWidget
from screenshot_kit import OUT, wait_until

from pos_app.core import credentials
from pos_app.core.codes import TaxationSystem
from pos_app.core.credentials import CredentialName
from pos_app.core.services import ServiceName
from pos_app.core.session import open_production_session
from pos_app.core.settings import Settings, save_settings
from pos_app.qt.first_run import show_guide
from pos_app.qt.main_window import MainWindow
from pos_app.qt.settings_dialog import SettingsDialog, install_settings_action
from pos_app.qt.tasks import Tasks
from pos_app.qt.till import Till
from pos_app.qt.translations import install_translators
from pos_app.sandbox import Sandbox


def first_run(app: QApplication, sandbox: Sandbox) -> None:
    demo = sandbox.credentials
    till = Till(open_production_session, Tasks())
    window = MainWindow(till)
    window.resize(1280, 800)
    window.show()
    till.open()
    wait_until(app, lambda: till.session is not None)
    guide = show_guide(window, till)
    wait_until(app, lambda: guide.form.keyring_read)
    form = guide.form
    guide.next()
    form.inn.setText(demo.shop_inn)
    form.shop_name.setText("Булочная на углу")
    form.group.setText(demo.group)
    form.taxation.setCurrentIndex(form.taxation.findData(1))
    guide.next()
    form.invoice.setText(demo.invoice_id)
    form.secrets[CredentialName.INTELLECTMONEY_TOKEN].edit.setText(demo.bearer_token)
    form.secrets[CredentialName.INTELLECTMONEY_SIGN_SECRET_KEY].edit.setText(demo.sign_secret_key)
    form.secrets[CredentialName.INTELLECTMONEY_USER_TOKEN].edit.setText(demo.user_token)
    form.login.setText(demo.intellectmoney_login)
    form.intellectmoney_button.click()
    wait_until(app, lambda: "принимает" in form.intellectmoney_result.text())
    wait_until(app, lambda: False, 0.3)
    guide.grab().save(str(OUT / "first-run-ru.png"))
    guide.reject()
    close(app, window, till)


def settings(app: QApplication, sandbox: Sandbox) -> None:
    demo = sandbox.credentials
    save_settings(
        Settings(
            shop_inn=demo.shop_inn,
            shop_name="Булочная на углу",
            cashbox_group=demo.group,
            invoice_id=demo.invoice_id,
            taxation=TaxationSystem.SIMPLIFIED_INCOME,
            default_vat=6,
        )
    )
    for name, value in (
        (CredentialName.INTELLECTMONEY_TOKEN, demo.bearer_token),
        (CredentialName.INTELLECTMONEY_SIGN_SECRET_KEY, demo.sign_secret_key),
        (CredentialName.INTELLECTMONEY_USER_TOKEN, demo.user_token),
        (CredentialName.CHECKER_TOKEN, demo.checker_token),
    ):
        credentials.set(name, value)
    till = Till(open_production_session, Tasks())
    window = MainWindow(till)
    install_settings_action(window, till)
    window.resize(1280, 800)
    window.show()
    till.open()
    wait_until(app, lambda: till.session is not None)
    dialog = SettingsDialog(till, window)
    dialog.show()
    wait_until(app, lambda: dialog.form.keyring_read)
    tabs = dialog.findChild(QTabWidget)
    if tabs is not None:
        tabs.setCurrentIndex(1)
    wait_until(app, lambda: False, 0.3)
    dialog.grab().save(str(OUT / "settings-ru.png"))
    dialog.reject()
    close(app, window, till)


def close(app: QApplication, window: MainWindow, till: Till) -> None:
    window.close()
    wait_until(app, lambda: window.is_closed, 60.0)
    till.tasks.shutdown()
    window.deleteLater()
    app.processEvents()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    os.environ["POS_APP_DATA_DIR"] = tempfile.mkdtemp(prefix="pos-app-shots-")
    os.environ["POS_APP_CONFIG_DIR"] = tempfile.mkdtemp(prefix="pos-app-shots-")
    os.environ["POS_APP_KEYRING_SERVICE"] = f"pos-app-shots-{uuid.uuid4().hex[:8]}"
    app = QApplication(sys.argv)
    translators = install_translators(app, "ru")
    with Sandbox() as sandbox:
        for service in ServiceName:
            os.environ[service.env_variable] = sandbox.base_url
        first_run(app, sandbox)
        settings(app, sandbox)
        for name in CredentialName:
            credentials.delete(name)
    del translators
    print(OUT / "first-run-ru.png", OUT / "settings-ru.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
