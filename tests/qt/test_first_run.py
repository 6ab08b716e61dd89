"""A new shop starts pos-app in production with nothing set up: the guide leads it from an
empty config folder and an empty keyring to a fiscalized receipt, without a restart."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel, QWidget, QWizard
from pytestqt.qtbot import QtBot

from pos_app.core import credentials
from pos_app.core.credentials import CredentialName
from pos_app.core.journal import ReceiptState
from pos_app.core.services import ServiceName
from pos_app.core.session import open_production_session
from pos_app.core.settings_file import settings_path
from pos_app.qt.first_run import FirstRunGuide, offer_first_run
from pos_app.qt.main_window import MainWindow
from pos_app.qt.tasks import Tasks
from pos_app.qt.till import Till
from pos_app.sandbox import Sandbox
from tests.qt.conftest import close_till, close_window, type_position
from tests.qt.setup_steps import (
    WAIT_MS,
    fill_checker,
    fill_inshopper,
    fill_intellectmoney,
    fill_shop,
)

pytestmark = pytest.mark.usefixtures("os_keyring")


@pytest.fixture
def services_at_sandbox(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> Sandbox:
    """The services' addresses point at the sandbox (as a proxy would be set)."""
    for service in ServiceName:
        monkeypatch.setenv(service.env_variable, sandbox.base_url)
    return sandbox


@pytest.fixture
def started(qtbot: QtBot) -> Iterator[tuple[MainWindow, Till]]:
    """pos-app started as the app starts it in production: the guide offered before the till
    opens."""
    till = Till(open_production_session, Tasks())
    window = MainWindow(till)
    offer_first_run(window, till)
    window.show()
    till.open()
    yield window, till
    close_window(qtbot, window)
    close_till(qtbot, till)


def the_guide(qtbot: QtBot, window: MainWindow) -> FirstRunGuide:
    qtbot.waitUntil(lambda: window.findChild(FirstRunGuide) is not None, timeout=WAIT_MS)
    guide = window.findChild(FirstRunGuide)
    assert isinstance(guide, FirstRunGuide)
    qtbot.waitUntil(lambda: guide.form.keyring_read, timeout=WAIT_MS)
    assert guide.form.secrets[CredentialName.CHECKER_TOKEN].status.text() == "not set"
    return guide


def test_a_new_shop_is_guided_from_nothing_to_a_fiscalized_receipt(
    qtbot: QtBot, services_at_sandbox: Sandbox, started: tuple[MainWindow, Till]
) -> None:
    sandbox = services_at_sandbox
    window, till = started
    assert not settings_path().exists()
    guide = the_guide(qtbot, window)
    form = guide.form
    facts = " ".join(label.text() for label in guide.welcome.findChildren(QLabel))
    assert "online cashbox setting must be “Off”" in facts
    assert "cloud cashbox serves settlements made through the internet" in facts
    guide.next()
    assert guide.currentPage() is guide.shop

    # Going on without the shop's details is refused, with the reason.
    guide.next()
    assert guide.currentPage() is guide.shop
    assert "INN" in guide.shop.problem.text()
    fill_shop(qtbot, form, sandbox, "Булочная на углу")
    guide.next()
    assert guide.currentPage() is guide.intellectmoney

    guide.next()
    assert guide.currentPage() is guide.intellectmoney
    fill_intellectmoney(qtbot, form, sandbox)
    guide.next()
    fill_checker(qtbot, form, sandbox.credentials.checker_token)
    guide.next()
    fill_inshopper(qtbot, form, sandbox)
    guide.next()
    # People and roles: a one-person shop goes on with roles off.
    assert guide.currentPage() is guide.people
    guide.next()
    assert guide.currentPage() is guide.done_page
    assert sandbox.documents() == []  # the tests fiscalized nothing

    guide.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: guide.finished_saving, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: till.session is not None and till.session.ready, timeout=WAIT_MS)
    assert not window.setup_panel.isVisible()
    assert window.windowTitle() == "pos-app — Булочная на углу"
    demo = sandbox.credentials
    stored = credentials.get(CredentialName.INTELLECTMONEY_USER_TOKEN)
    assert stored is not None
    assert stored.reveal() == demo.user_token
    token = credentials.get(CredentialName.INSHOPPER_TOKEN)
    assert token is not None
    assert token.reveal() == demo.inshopper_token
    saved = json.loads(settings_path().read_text(encoding="utf-8"))
    assert saved["shop_inn"] == demo.shop_inn
    assert saved["invoice_id"] == demo.invoice_id
    assert not saved["roles"]

    type_position(qtbot, window.editor, "Хлеб", "1", "45.50")
    window.editor.draft.set_payments(cash="50")
    window.pay_exact_cash()
    qtbot.waitUntil(lambda: "Fiscalized" in window.result.state_label.text(), timeout=WAIT_MS)
    session = till.session
    assert session is not None
    assert not session.sandbox
    assert session.journal.get(1).state is ReceiptState.FISCALIZED
    assert len(sandbox.documents()) == 1


def test_closing_the_guide_leaves_the_window_listing_what_is_missing(
    qtbot: QtBot, started: tuple[MainWindow, Till]
) -> None:
    window, _till = started
    guide = the_guide(qtbot, window)
    guide.reject()
    assert window.setup_panel.isVisible()


def test_every_field_of_the_guide_belongs_to_it(
    qtbot: QtBot, started: tuple[MainWindow, Till]
) -> None:
    """Qt deletes them with the guide, on the UI thread; a field left to Python's collector
    could be deleted on a worker thread, which crashes Qt."""
    window, _till = started
    guide = the_guide(qtbot, window)
    form = guide.form
    fields = [value for value in vars(form).values() if isinstance(value, QWidget)]
    fields += [*form.secrets.values(), *form.urls.values()]
    assert len(fields) > 20
    for field in fields:
        assert guide.isAncestorOf(field), field.objectName() or type(field).__name__
    guide.reject()
