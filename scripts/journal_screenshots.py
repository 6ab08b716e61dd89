"""Grab the journal view (with a receipt's detail) and the refund dialog to docs/screenshots/,
in Russian, against the in-process sandbox: a few sales fiscalized, an expense, one receipt
needing attention, and the first sale partly refunded.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/journal_screenshots.py
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QApplication
from screenshot_kit import OUT, russian_sandbox_till, wait_until

from pos_app.core.codes import (
    MeasurementUnit,
    PaymentType,
    ReceiptType,
    TaxationSystem,
    vat_rate,
)
from pos_app.core.journal import ReceiptState
from pos_app.core.receipt import CustomerContact, Payment, Position, Receipt
from pos_app.core.session import TillSession
from pos_app.qt.journal_view import JournalView
from pos_app.qt.refund_dialog import RefundDialog

PIECE, KILOGRAM = MeasurementUnit.PIECE, MeasurementUnit.KILOGRAM


def receipt(
    session: TillSession,
    kind: ReceiptType,
    lines: list[tuple[str, str, str, MeasurementUnit]],
    paid: list[tuple[PaymentType, str]],
    phone: str | None = None,
) -> Receipt:
    return Receipt(
        type=kind,
        inn=session.settings.shop_inn,
        group=session.settings.cashbox_group,
        positions=tuple(
            Position(name, Decimal(quantity), Decimal(price), vat_rate(11), unit=unit)
            for name, quantity, price, unit in lines
        ),
        payments=tuple(Payment(kind_, Decimal(amount)) for kind_, amount in paid),
        taxation=TaxationSystem.GENERAL,
        contact=CustomerContact(phone=phone),
    )


def trade(app: QApplication, session: TillSession) -> int:
    """A morning's receipts; returns the first sale's id."""
    sales = [
        receipt(
            session,
            ReceiptType.SALE,
            [
                ("Хлеб «Бородинский», 400 г", "2", "45.50", PIECE),
                ("Молоко 3,2 %, 1 л", "3", "89.90", PIECE),
                ("Яблоки Гала", "0.845", "139.00", KILOGRAM),
            ],
            [(PaymentType.ELECTRONIC, "300.00"), (PaymentType.CASH, "200.00")],
            phone="+998901234567",
        ),
        receipt(
            session,
            ReceiptType.SALE,
            [("Сыр Российский, 200 г", "1", "249.00", PIECE)],
            [(PaymentType.CASH, "250.00")],
        ),
        receipt(
            session,
            ReceiptType.EXPENSE,
            [("Приём лома цветных металлов", "2.5", "310.00", KILOGRAM)],
            [(PaymentType.CASH, "775.00")],
        ),
        receipt(
            session,
            ReceiptType.SALE,
            [
                ("Кофе молотый, 250 г", "1", "459.00", PIECE),
                ("Чай чёрный, 100 пак.", "1", "199.00", PIECE),
            ],
            [(PaymentType.ELECTRONIC, "658.00")],
            phone="+79161234567",
        ),
    ]
    ids = [session.submit(sold) for sold in sales]
    wait_until(
        app,
        lambda: all(session.journal.get(i).state is ReceiptState.FISCALIZED for i in ids),
    )
    stuck = session.journal.add(sales[1], session.settings.invoice_id)
    session.journal.mark_sending(stuck)
    session.journal.mark_needs_attention(stuck, "the cashbox's answer was lost")
    return ids[0]


def main() -> int:
    with russian_sandbox_till() as (app, till, session):
        first = trade(app, session)

        view = JournalView(till)
        view.resize(1366, 768)
        view.show()
        wait_until(app, lambda: view.model.rowCount() >= 5)
        view.table.selectRow(view.model.row_of(first) or 0)
        wait_until(app, lambda: view.record is not None and view.record.id == first)

        record = session.journal.get(first)
        dialog = RefundDialog(till, None, view)
        dialog.show()
        dialog.qr_edit.setText(record.qr or "")
        dialog.find_by_qr()
        wait_until(app, lambda: dialog.table.rowCount() == 3)
        dialog.set_quantity(2, "1")
        dialog.set_quantity(3, "0.845")
        dialog.refund_id_edit.setText("1")
        wait_until(app, lambda: False, 0.3)
        dialog.grab().save(str(OUT / "refund-ru.png"))
        dialog.refund_button.click()
        wait_until(app, lambda: view.model.rowCount() >= 6)
        wait_until(app, lambda: view.model.index(0, 4).data() == "Фискализирован")
        view.table.selectRow(view.model.row_of(first) or 0)
        wait_until(app, lambda: False, 0.5)
        view.grab().save(str(OUT / "journal-ru.png"))
        print(f"{OUT}/journal-ru.png, {OUT}/refund-ru.png")

        view.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
