"""Grab the reports window showing today's trade to docs/screenshots/report-ru.png, in Russian.

A day's receipts are written to the sandbox till's journal with fiscal times spread over the
shop's hours (the sandbox itself fiscalizes everything at the moment it is sent); one more
receipt waits for a person, so the note about receipts not fiscalized yet shows.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/report_screenshots.py
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from decimal import ROUND_CEILING, Decimal

from screenshot_kit import OUT, russian_sandbox_till, wait_until

from pos_app.core.codes import PaymentType, ReceiptType, TaxationSystem, vat_rate
from pos_app.core.fiscal_data import FiscalData
from pos_app.core.receipt import CustomerContact, Payment, Position, Receipt
from pos_app.core.session import TillSession
from pos_app.qt.reports_window import ReportsWindow

GOODS = (
    ("Хлеб «Бородинский», 400 г", "45.50", 2),
    ("Молоко 3,2 %, 1 л", "89.90", 2),
    ("Сыр Российский, 200 г", "249.00", 11),
    ("Кофе молотый, 250 г", "459.00", 11),
    ("Яблоки Гала, 1 кг", "139.00", 2),
    ("Шоколад молочный", "119.00", 11),
)
# Customers an hour, from 08:00 to 21:00: a morning rush, lunch, the evening peak.
TRADE = (3, 6, 4, 3, 7, 8, 5, 4, 4, 6, 9, 10, 7, 3)


def sold(session: TillSession, rng: random.Random, kind: ReceiptType) -> Receipt:
    lines = tuple(
        Position(name, Decimal(rng.choice("1123")), Decimal(price), vat_rate(vat))
        for name, price, vat in rng.sample(GOODS, rng.randint(1, 3))
    )
    total = sum((line.total for line in lines), Decimal("0.00"))
    paid = Payment(PaymentType.ELECTRONIC, total)
    if kind is ReceiptType.SALE and rng.random() < 0.45:
        paid = Payment(PaymentType.CASH, (total / 100).to_integral_value(ROUND_CEILING) * 100)
    return Receipt(
        type=kind,
        inn=session.settings.shop_inn,
        group=session.settings.cashbox_group,
        positions=lines,
        payments=(paid,),
        taxation=TaxationSystem.GENERAL,
        contact=CustomerContact(),
    )


def trade(session: TillSession) -> None:
    rng = random.Random(11)  # noqa: S311 - repeatable sample data
    journal = session.journal
    opening = datetime.now().astimezone().replace(hour=8, minute=0, second=0, microsecond=0)
    number = 0
    for hour, customers in enumerate(TRADE):
        for customer in range(customers):
            number += 1
            kind = ReceiptType.SALE_REFUND if number % 29 == 0 else ReceiptType.SALE
            receipt = sold(session, rng, kind)
            receipt_id = journal.add(receipt, session.settings.invoice_id)
            journal.mark_sending(receipt_id)
            journal.mark_submitted(receipt_id, f"doc-{receipt_id}")
            at = opening + timedelta(hours=hour, minutes=customer * 60 // customers)
            journal.mark_fiscalized(
                receipt_id,
                FiscalData(
                    document_id=f"doc-{receipt_id}",
                    fn="7380440801375198",
                    fd=1000 + number,
                    fp=str(rng.randint(1, 4_294_967_295)),
                    shift=1,
                    processed_at=at,
                    device_sn="0060610038023373",
                    device_rn="0007517388016570",
                    ofd_name="Такском",
                    ofd_inn="7704211201",
                    receipt_type=kind,
                    total=receipt.total,
                    raw="{}",
                ),
            )
    stuck = journal.add(sold(session, rng, ReceiptType.SALE), session.settings.invoice_id)
    journal.mark_sending(stuck)
    journal.mark_needs_attention(stuck, "the cashbox's answer was lost")


def main() -> int:
    with russian_sandbox_till() as (app, till, session):
        trade(session)
        view = ReportsWindow(till)
        view.resize(1280, 860)
        view.show()
        wait_until(app, lambda: view.summary is not None and view.summary.receipts > 0)
        wait_until(app, lambda: False, 0.5)
        view.grab().save(str(OUT / "report-ru.png"))
        print(f"{OUT}/report-ru.png")
        view.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
