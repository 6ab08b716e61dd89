"""Grab the shift dialog in Russian after a day's trade closed with a counted shortage, to
docs/screenshots/shift-close-ru.png, against the in-process sandbox.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots_shift.py
"""

from __future__ import annotations

import time
from decimal import Decimal

from screenshot_kit import OUT, russian_sandbox_till, wait_until

from pos_app.core.codes import PaymentType, ReceiptType, TaxationSystem, vat_rate
from pos_app.core.journal import ReceiptState
from pos_app.core.receipt import Payment, Position, Receipt
from pos_app.core.session import TillSession
from pos_app.qt.shift_dialog import ShiftDialog

GOODS = (("Хлеб бородинский", "45.50", "100"), ("Молоко 3,2%", "89.90", "100"))


def trade(session: TillSession) -> None:
    """A shift opened with 2 000 ₽, two cash sales, a card sale, and 500 ₽ taken to the safe."""
    session.shift_desk.open("Анна Петрова", "2000")
    ids = []
    for name, price, paid in (*GOODS, ("Сыр Российский", "412.00", "")):
        payment = (
            Payment(PaymentType.CASH, Decimal(paid))
            if paid
            else Payment(PaymentType.ELECTRONIC, Decimal(price))
        )
        receipt = Receipt(
            type=ReceiptType.SALE,
            inn=session.settings.shop_inn,
            group=session.settings.cashbox_group,
            positions=(Position(name, Decimal(1), Decimal(price), vat_rate(11)),),
            payments=(payment,),
            taxation=TaxationSystem.GENERAL,
        )
        ids.append(session.submit(receipt))
    session.shift_desk.cash_in("300", "Размен из банка")
    session.shift_desk.cash_out("500", "Сдано в сейф")
    for receipt_id in ids:
        while session.journal.get(receipt_id).state is not ReceiptState.FISCALIZED:
            time.sleep(0.05)


def main() -> None:
    with russian_sandbox_till() as (app, till, session):
        trade(session)
        dialog = ShiftDialog(till)
        dialog.resize(1200, 700)
        dialog.show()
        wait_until(app, lambda: dialog.view is not None)
        dialog.counted.setText("1 933,40")
        dialog.close_button.click()
        wait_until(app, lambda: bool(dialog.difference.text()))
        wait_until(app, lambda: False, seconds=0.5)
        dialog.grab().save(str(OUT / "shift-close-ru.png"))
        dialog.close()


if __name__ == "__main__":
    main()
