"""The reports window over the sandbox till: the period chooser refreshes the figures, a sale
refreshes them by its event, exports write CSV and PDF, and Shift+F7 opens it."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from pos_app.core.codes import PaymentType, ReceiptType, TaxationSystem, vat_rate
from pos_app.core.journal import Journal
from pos_app.core.receipt import CustomerContact, Payment, Position, Receipt
from pos_app.core.session import TillSession
from pos_app.qt.reports_window import YESTERDAY, ReportsWindow, install_report_action
from pos_app.qt.till import Till
from tests.journal.conftest import fiscal_data


def sale(session: TillSession, price: str, paid: PaymentType = PaymentType.ELECTRONIC) -> Receipt:
    return Receipt(
        type=ReceiptType.SALE,
        inn=session.settings.shop_inn,
        group=session.settings.cashbox_group,
        positions=(Position("Хлеб", Decimal(1), Decimal(price), vat_rate(11)),),
        payments=(Payment(paid, Decimal(price)),),
        taxation=TaxationSystem.GENERAL,
        contact=CustomerContact(),
    )


def fiscalized_at(journal: Journal, sold: Receipt, invoice: str, when: datetime, fd: int) -> None:
    receipt_id = journal.add(sold, invoice)
    journal.mark_sending(receipt_id)
    journal.mark_submitted(receipt_id, f"doc-{receipt_id}")
    journal.mark_fiscalized(receipt_id, fiscal_data(sold, fd, when, f"doc-{receipt_id}"))


def opened(qtbot: QtBot, till: Till) -> ReportsWindow:
    view = ReportsWindow(till)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.summary is not None)
    return view


def test_choosing_yesterday_shows_yesterdays_sales(qtbot: QtBot, till: Till) -> None:
    session = till.session
    assert session is not None
    now = datetime.now().astimezone()
    invoice = session.settings.invoice_id
    fiscalized_at(session.journal, sale(session, "100"), invoice, now, 1)
    fiscalized_at(session.journal, sale(session, "40"), invoice, now - timedelta(days=1), 2)
    view = opened(qtbot, till)
    assert view.summary is not None
    assert view.summary.net_sales == Decimal("100.00")
    assert view.tile_values[0].text() == "100.00"

    with qtbot.waitSignal(view.shown) as shown:
        view.period.setCurrentIndex(YESTERDAY)

    assert shown.args[0].date_from == date.today() - timedelta(days=1)
    assert shown.args[0].net_sales == Decimal("40.00")
    assert view.tile_values[0].text() == "40.00"
    assert view.tables[next(iter(view.tables))].rowCount() == 1


def test_a_sale_fiscalized_while_the_window_is_open_is_added(qtbot: QtBot, till: Till) -> None:
    session = till.session
    assert session is not None
    view = opened(qtbot, till)
    assert view.summary is not None
    before = view.summary.receipts

    session.submit(sale(session, "250", PaymentType.CASH))

    qtbot.waitUntil(
        lambda: view.summary is not None and view.summary.receipts == before + 1, timeout=10_000
    )
    assert view.summary.net_sales_by_payment()[PaymentType.CASH] == Decimal("250.00")
    assert any(value > 0 for value in view.hours.nets)


def test_exports_write_the_csv_and_an_a4_pdf(qtbot: QtBot, till: Till, tmp_path: Path) -> None:
    session = till.session
    assert session is not None
    now = datetime.now().astimezone()
    fiscalized_at(session.journal, sale(session, "99.90"), session.settings.invoice_id, now, 7)
    view = opened(qtbot, till)

    with qtbot.waitSignal(view.exported, timeout=10_000):
        view.export_csv(tmp_path / "day.csv")
    with qtbot.waitSignal(view.exported, timeout=10_000):
        view.export_pdf(tmp_path / "day.pdf")

    assert "99,90" in (tmp_path / "day.csv").read_text(encoding="utf-8-sig")
    pdf = (tmp_path / "day.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) >= 1
    assert b"/MediaBox [0 0 595" in pdf  # A4: 595 × 842 points


def test_shift_f7_opens_the_reports_beside_the_till(qtbot: QtBot, till: Till) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    action = install_report_action(window, till)
    window.show()

    action.trigger()

    qtbot.waitUntil(lambda: bool(window.findChildren(ReportsWindow)))
    view = window.findChildren(ReportsWindow)[0]
    assert view.isWindow()
    assert action.shortcut().toString() == "Shift+F7"
    view.close()
