"""Receipts for the journal view's tests: many of them written straight to the journal, and a
sale fiscalized through the sandbox till."""

from __future__ import annotations

from decimal import Decimal

from pytestqt.qtbot import QtBot

from pos_app.core.codes import PaymentType, ReceiptType, TaxationSystem, vat_rate
from pos_app.core.journal import ReceiptRecord, ReceiptState
from pos_app.core.receipt import CustomerContact, Payment, Position, Receipt
from pos_app.core.session import TillSession
from pos_app.qt.till import Till

GOODS = ("Хлеб бородинский", "Молоко 3,2%", "Кефир 1%", "Сыр Российский")


def shop_receipt(
    session: TillSession,
    number: int,
    *,
    kind: ReceiptType = ReceiptType.SALE,
    phone: str | None = None,
) -> Receipt:
    """Receipt ``number`` of a day's trade: one of four goods, ``number`` roubles 50."""
    price = Decimal(number) + Decimal("0.50")
    return Receipt(
        type=kind,
        inn=session.settings.shop_inn,
        group=session.settings.cashbox_group,
        positions=(
            Position(GOODS[number % len(GOODS)], Decimal("1"), price, vat_rate(11)),
            Position("Пакет-майка", Decimal("2"), Decimal("5.00"), vat_rate(11)),
        ),
        payments=(Payment(PaymentType.ELECTRONIC, price + 10),),
        taxation=TaxationSystem.GENERAL,
        contact=CustomerContact(phone=phone),
    )


def many_receipts(session: TillSession, count: int) -> None:
    """``count`` receipts waiting in the journal (no outbox sends them: written directly),
    every tenth an expense, every seventh with a phone."""
    for number in range(1, count + 1):
        kind = ReceiptType.EXPENSE if number % 10 == 0 else ReceiptType.SALE
        phone = f"+7916{number:07d}" if number % 7 == 0 else None
        session.journal.add(shop_receipt(session, number, kind=kind, phone=phone), "3000000001")


def fiscalized_sale(qtbot: QtBot, till: Till, receipt: Receipt) -> ReceiptRecord:
    """A sale through the till's outbox, as the window sends one, once fiscalized."""
    session = till.session
    assert session is not None
    receipt_id = session.submit(receipt)
    qtbot.waitUntil(
        lambda: session.journal.get(receipt_id).state is ReceiptState.FISCALIZED, timeout=15_000
    )
    return session.journal.get(receipt_id)
