"""The shift in the window, against the sandbox: a cashier's day from opening to the counted
close, refunds and cash out asking an administrator's PIN when roles are on (and nothing asked
when they are off), and a shift left open overnight flagged at start."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from pos_app.core.codes import PaymentType, ReceiptType, TaxationSystem, vat_rate
from pos_app.core.journal.rows import stamp
from pos_app.core.journal.shift_ties import insert_shift
from pos_app.core.receipt import Payment, Position, Receipt
from pos_app.core.session import TillSession
from pos_app.core.shifts import Role
from pos_app.qt.admin_gate import AdminPinDialog
from pos_app.qt.journal_view import JournalView
from pos_app.qt.main_window import MainWindow
from pos_app.qt.refund_dialog import RefundDialog
from pos_app.qt.shift_actions import ShiftStatus, install_shift_actions
from pos_app.qt.shift_dialog import SHORT, ShiftDialog
from pos_app.qt.till import Till
from pos_app.sandbox.till import open_sandbox_session
from tests.qt.conftest import close_till, close_window, open_till
from tests.qt.journal_receipts import fiscalized_sale
from tests.qt.test_accelerators import clashes, language
from tests.shifts.conftest import ADMIN, ADMIN_PIN, CASHIER, CASHIER_PIN

pytestmark = pytest.mark.gui
__all__ = ["language"]


def roles_on() -> TillSession:
    session = open_sandbox_session()
    session.settings = dataclasses.replace(session.settings, roles=True)
    session.journal.people.add(ADMIN, Role.ADMIN, ADMIN_PIN)
    session.journal.people.add(CASHIER, Role.CASHIER, CASHIER_PIN)
    return session


@pytest.fixture(params=[False, True], ids=["roles off", "roles on"])
def till(request: pytest.FixtureRequest, qtbot: QtBot) -> Iterator[Till]:
    opened = open_till(qtbot, roles_on if request.param else open_sandbox_session)
    yield opened
    close_till(qtbot, opened)


@pytest.fixture
def window(qtbot: QtBot, till: Till) -> Iterator[MainWindow]:
    made = MainWindow(till)
    install_shift_actions(made, till)
    made.show()
    yield made
    for child in made.findChildren(QWidget):
        if child.isWindow() and child.isVisible():
            child.close()
    close_window(qtbot, made)


def session_of(till: Till) -> TillSession:
    assert till.session is not None
    return till.session


def cash_sale(session: TillSession, price: str) -> Receipt:
    return Receipt(
        type=ReceiptType.SALE,
        inn=session.settings.shop_inn,
        group=session.settings.cashbox_group,
        positions=(Position("Хлеб бородинский", Decimal(1), Decimal(price), vat_rate(11)),),
        payments=(Payment(PaymentType.CASH, Decimal(100)),),
        taxation=TaxationSystem.GENERAL,
    )


def status_of(window: MainWindow) -> ShiftStatus:
    status = window.findChild(ShiftStatus)
    assert status is not None
    return status


def shift_dialog(qtbot: QtBot, window: MainWindow) -> ShiftDialog:
    button = window.findChild(QPushButton, "shiftButton")
    assert button is not None
    button.click()
    qtbot.waitUntil(lambda: bool(window.findChildren(ShiftDialog)))
    (dialog,) = window.findChildren(ShiftDialog)
    qtbot.waitUntil(lambda: dialog.view is not None)
    return dialog


def admin_approves(qtbot: QtBot, parent: QWidget, pin: str) -> AdminPinDialog:
    qtbot.waitUntil(lambda: bool(parent.findChildren(AdminPinDialog)))
    gate = parent.findChildren(AdminPinDialog)[-1]
    qtbot.waitUntil(lambda: gate.admin.count() == 1)
    gate.pin.setText(pin)
    gate.buttons.accepted.emit()
    return gate


def test_a_cashiers_day_from_opening_to_a_counted_shortage(
    qtbot: QtBot, till: Till, window: MainWindow
) -> None:
    session = session_of(till)
    roles = session.settings.roles
    dialog = shift_dialog(qtbot, window)
    assert dialog.opening.isEnabled()
    assert dialog._opening_form.isRowVisible(dialog.pin) is roles
    dialog.name.setText(CASHIER)
    dialog.pin.setText(CASHIER_PIN)
    dialog.opening_cash.setText("1 000,00")
    dialog.open_button.click()
    status = status_of(window)
    qtbot.waitUntil(lambda: f"{CASHIER}'s shift since" in status.text())
    qtbot.waitUntil(dialog.moving.isEnabled)

    sale = fiscalized_sale(qtbot, till, cash_sale(session, "45.50"))
    fiscalized_sale(qtbot, till, cash_sale(session, "20.00"))
    assert sale.cashier == (CASHIER if roles else None)

    # A refund from the journal: with roles on, a wrong PIN is refused, the right one lets it.
    journal = JournalView(till)
    journal.show()
    qtbot.waitUntil(lambda: journal.model.rowCount() == 2)
    journal.table.selectRow(1)
    qtbot.waitUntil(lambda: journal.record is not None and journal.record.id == sale.id)
    journal.buttons.refund_button.click()
    if roles:
        gate = admin_approves(qtbot, journal, "9999")
        qtbot.waitUntil(lambda: "Wrong PIN" in gate.error_label.text())
        assert not journal.findChildren(RefundDialog)
        admin_approves(qtbot, journal, ADMIN_PIN)
    qtbot.waitUntil(lambda: bool(journal.findChildren(RefundDialog)))
    (refund,) = journal.findChildren(RefundDialog)
    qtbot.waitUntil(lambda: refund.table.rowCount() == 1)
    refund.set_quantity(1, "1")
    refund.refund_id_edit.setText("1")
    with qtbot.waitSignal(refund.submitted, timeout=15_000):
        refund.refund_button.click()
    if roles:
        # The sale's detail says who rang it up and which administrator approved its refund.
        qtbot.waitUntil(lambda: "approved" in journal.pane.detail.toPlainText())
        text = journal.pane.detail.toPlainText()
        assert f"Cashier: {CASHIER}" in text
        assert f"approved · {ADMIN}\nA refund" in text
    journal.close()

    dialog.amount.setText("100")
    dialog.reason.setText("В сейф")
    dialog.cash_out_button.click()
    if roles:
        admin_approves(qtbot, dialog, ADMIN_PIN)
    qtbot.waitUntil(
        lambda: (
            dialog.view is not None
            and dialog.view.report is not None
            and len(dialog.view.report.movements) == 1
        )
    )

    dialog.x_button.click()
    # 1000 + 45.50 + 20.00 − 45.50 (refund) − 100 (cash out)
    qtbot.waitUntil(lambda: dialog.expected.text() == "920.00")
    assert "Sale refund" in dialog.report.toPlainText()

    dialog.counted.setText("917,50")
    dialog.close_button.click()
    qtbot.waitUntil(lambda: dialog.difference.text() == "−2.50")
    assert SHORT in dialog.difference.styleSheet()
    assert dialog.counted_total.text() == "917.50"
    # The next step is said under the result, and the cashier's name is where typing goes.
    assert dialog.next_step.isVisible()
    assert "open a new shift" in dialog.next_step.text()
    assert f"{CASHIER}'s shift closed at" in dialog.state.text()
    assert dialog.focusWidget() is dialog.name
    assert dialog.name.selectedText() == CASHIER
    qtbot.waitUntil(lambda: status.text() == "No shift open (Shift+F2)")
    approvals = session.journal._conn.execute(
        "SELECT admin, action, receipt_id FROM approvals"
    ).fetchall()
    assert [tuple(row) for row in approvals] == (
        [(ADMIN, "refund", sale.id), (ADMIN, "cash_out", None)] if roles else []
    )


def test_a_shift_left_open_overnight_is_flagged_at_start(
    qtbot: QtBot, till: Till, window: MainWindow
) -> None:
    session = session_of(till)
    yesterday = datetime.now(UTC) - timedelta(days=1, hours=1)
    with session.journal._store.write() as conn:
        insert_shift(conn, stamp(yesterday), CASHIER, Decimal(0), cashier=None)
    status = status_of(window)
    status.refresh(at_start=True)
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox)))
    assert "Left open since" in status.text()
    assert "#b00020" in status.styleSheet()


@pytest.mark.parametrize("language", ["en", "ru"], indirect=True)
@pytest.mark.parametrize("till", [True], indirect=True, ids=["roles on"])
def test_the_shift_dialog_has_distinct_accelerators(
    qtbot: QtBot, till: Till, window: MainWindow, language: str
) -> None:
    dialog = ShiftDialog(till, window)
    qtbot.addWidget(dialog)
    assert clashes(dialog) == {}, language
