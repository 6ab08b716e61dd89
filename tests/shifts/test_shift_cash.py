"""A cashier's shift in the journal: opened with the drawer's cash, sales and refunds, cash in
and out, the X-report, and the close by count with what was expected and the difference."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from pos_app.core.codes import PaymentType, ReceiptType
from pos_app.core.errors import ValidationError
from pos_app.core.journal import Journal, ReceiptState
from pos_app.core.shifts import Action, PinRefusedError, Role, ShiftDesk, ShiftStateError
from tests.journal.conftest import INVOICE, Clock, fiscalized, receipt
from tests.shifts.conftest import ADMIN, ADMIN_PIN, CASHIER, CASHIER_PIN

BREAD_CASH = receipt(
    positions=[("Хлеб", "2", "45.90", 11)], payments=[(PaymentType.CASH, "100")]
)  # 91.80, 8.20 change
MILK_CARD = receipt(positions=[("Молоко", "1", "89.90", 2)])
BREAD_BACK = receipt(
    positions=[("Хлеб", "1", "45.90", 11)],
    payments=[(PaymentType.CASH, "45.90")],
    receipt_type=ReceiptType.SALE_REFUND,
)
SUPPLIER = receipt(
    positions=[("Ягоды у населения", "1", "300", 6)],
    payments=[(PaymentType.CASH, "300")],
    receipt_type=ReceiptType.EXPENSE,
)


@pytest.fixture
def desk(journal: Journal) -> ShiftDesk:
    return ShiftDesk(journal, roles=False)


def test_a_shift_counts_sales_refunds_expenses_and_cash_moves_into_the_expected_cash(
    journal: Journal, desk: ShiftDesk
) -> None:
    shift = desk.open("Анна", "1000")
    sale = fiscalized(journal, BREAD_CASH)
    fiscalized(journal, MILK_CARD, fd=2)
    fiscalized(journal, BREAD_BACK, fd=3, refund_of=sale)
    fiscalized(journal, SUPPLIER, fd=4)
    waiting = journal.add(BREAD_CASH, INVOICE)  # paid at the till, not fiscalized yet
    cancelled = journal.add(BREAD_CASH, INVOICE)
    journal.cancel(cancelled, "rung twice")
    desk.cash_in("500", "change from the bank")
    desk.cash_out("200", "to the safe")

    report = desk.x_report()

    assert report.shift == shift
    # 1000 + 91.80 (sale) + 91.80 (waiting sale) − 45.90 (refund) − 300 (expense) + 500 − 200
    assert report.expected_cash == Decimal("1137.70")
    assert [(line.receipt_type, line.count) for line in report.by_type] == [
        (ReceiptType.SALE, 3),
        (ReceiptType.SALE_REFUND, 1),
        (ReceiptType.EXPENSE, 1),
    ]
    assert [(line.count, line.total) for line in report.refunds] == [(1, Decimal("45.90"))]
    card = [line for line in report.by_payment if line.payment_type is PaymentType.ELECTRONIC]
    assert [line.amount for line in card] == [Decimal("89.90")]
    assert {line.vat_code for line in report.by_vat} == {11, 2, 6}
    assert (report.waiting, report.for_a_person, report.left_out) == (1, 0, 1)
    assert [(m.direction.value, m.amount, m.person) for m in report.movements] == [
        ("in", Decimal("500.00"), "Анна"),
        ("out", Decimal("200.00"), "Анна"),
    ]
    assert journal.get(waiting).state is ReceiptState.QUEUED

    closed = desk.close("1130")

    assert closed.expected_cash == Decimal("1137.70")
    assert closed.difference == Decimal("-7.70")
    assert closed.shift.closed_by == "Анна"
    assert desk.current() is None


def test_a_receipt_with_no_shift_open_opens_one_that_is_counted_at_its_close(
    journal: Journal, desk: ShiftDesk
) -> None:
    fiscalized(journal, BREAD_CASH)
    shift = desk.current()
    assert shift is not None
    assert shift.automatic
    with pytest.raises(ShiftStateError, match="opened by itself"):
        desk.open("Анна", "0")
    assert desk.close("91.80").difference == Decimal("0.00")
    assert desk.open("Анна", "0").automatic is False


def test_one_shift_at_a_time_and_nothing_to_do_without_one(desk: ShiftDesk) -> None:
    with pytest.raises(ShiftStateError, match="No shift is open"):
        desk.cash_in("10", "float")
    with pytest.raises(ShiftStateError, match="No shift is open"):
        desk.x_report()
    desk.open("Анна", "0")
    with pytest.raises(ShiftStateError, match="Анна's shift is open"):
        desk.open("Борис", "0")


@pytest.mark.parametrize(
    ("amount", "reason", "field"),
    [("-5", "float", "amount"), ("1.234", "float", "amount"), ("10", "   ", "reason")],
)
def test_a_bad_amount_or_a_missing_reason_is_refused_by_name(
    desk: ShiftDesk, amount: str, reason: str, field: str
) -> None:
    desk.open("Анна", "0")
    with pytest.raises(ValidationError) as caught:
        desk.cash_in(amount, reason)
    assert caught.value.field == field
    assert desk.x_report().movements == ()


def test_a_shift_left_open_overnight_is_flagged_the_next_day(
    journal: Journal, desk: ShiftDesk, clock: Clock
) -> None:
    desk.open("Анна", "0")
    today = clock.now.astimezone().date()
    assert desk.left_open_from(today) is None
    clock.advance(hours=20)
    tomorrow = today + timedelta(days=1)
    flagged = desk.left_open_from(tomorrow)
    assert flagged is not None
    assert flagged.opened_by == "Анна"
    desk.close("0")
    assert desk.left_open_from(date(2030, 1, 1)) is None


def test_with_roles_on_the_cashier_opens_with_a_pin_and_cash_out_needs_an_administrator(
    journal: Journal,
) -> None:
    journal.people.add(ADMIN, Role.ADMIN, ADMIN_PIN)
    journal.people.add(CASHIER, Role.CASHIER, CASHIER_PIN)
    desk = ShiftDesk(journal, roles=True)
    with pytest.raises(PinRefusedError, match="Wrong PIN"):
        desk.open(CASHIER, "0", "0000")
    desk.open(CASHIER, "100", CASHIER_PIN)
    sale = fiscalized(journal, BREAD_CASH)
    assert journal.get(sale).cashier == CASHIER

    with pytest.raises(PinRefusedError, match="needs an administrator"):
        desk.cash_out("50", "to the safe")
    with pytest.raises(PinRefusedError, match="not an administrator"):
        desk.approve(CASHIER, CASHIER_PIN, Action.CASH_OUT)
    approval = desk.approve(ADMIN, ADMIN_PIN, Action.CASH_OUT)
    moved = desk.cash_out("50", "to the safe", approval)

    assert (moved.person, moved.approved_by) == (CASHIER, ADMIN)
    approvals = journal._conn.execute("SELECT admin, action FROM approvals").fetchall()
    assert [tuple(row) for row in approvals] == [(ADMIN, "cash_out")]


def test_with_roles_off_receipts_have_no_cashier_but_a_persons_step_names_the_shift(
    journal: Journal, desk: ShiftDesk
) -> None:
    desk.open("Анна", "0")
    queued = journal.add(BREAD_CASH, INVOICE)
    journal.cancel(queued, "the customer left")
    record = journal.get(queued)
    assert record.cashier is None
    assert [(event.actor.value, event.person) for event in record.history] == [
        ("app", "Анна"),
        ("person", "Анна"),
    ]
