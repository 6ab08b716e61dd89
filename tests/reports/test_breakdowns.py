"""A day's figures by hour, cashier, payment form and receipt type, with the receipts still on
their way counted apart, on a hand-built journal whose answers are worked out here."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from pos_app.core.codes import PaymentType, ReceiptType
from pos_app.core.journal import Journal
from pos_app.core.reports import CashierTotal, HourTotal, Unfinished, period_summary
from pos_app.core.reports.tables import Breakdown, breakdown_table, grouped_money
from tests.journal.conftest import INVOICE, MOSCOW, TASHKENT, fiscalized, receipt

DAY = date(2025, 2, 11)
SALE, REFUND = ReceiptType.SALE, ReceiptType.SALE_REFUND
EXPENSE, EXPENSE_REFUND = ReceiptType.EXPENSE, ReceiptType.EXPENSE_REFUND
CASH, CARD = PaymentType.CASH, PaymentType.ELECTRONIC


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2025, 2, 11, hour, minute, tzinfo=MOSCOW)


@pytest.fixture
def day(journal: Journal) -> dict[str, int]:
    """09:xx two sales (one split between card and cash with change), 10:xx a refund of part of
    the first, 14:xx a sale fiscalized by a cashbox in Tashkent's time, an expense and its
    refund, and three receipts not fiscalized (one needing a person, one rejected)."""
    ids = {
        # 91.80 at 20% ... 22%: paid with 100 in cash, 8.20 change.
        "bread": fiscalized(
            journal, receipt([("Булка", "2", "45.90", 11)], [(CASH, "100")]), 1, at(9, 5)
        ),
        # 189.90 (89.90 at 10%, 100 at 22%): 100 by card, 100 in cash, 10.10 change.
        "milk": fiscalized(
            journal,
            receipt(
                [("Молоко", "1", "89.90", 2), ("Сыр", "1", "100", 11)],
                [(CARD, "100"), (CASH, "100")],
            ),
            2,
            at(9, 59),
        ),
        "refund": fiscalized(
            journal, receipt([("Булка", "1", "45.90", 11)], receipt_type=REFUND), 3, at(10, 0)
        ),
        # 16:30 in Tashkent is 14:30 in Moscow: the shop's hour counts.
        "tea": fiscalized(
            journal,
            receipt([("Чай", "1", "150", 11)]),
            4,
            datetime(2025, 2, 11, 16, 30, tzinfo=TASHKENT),
        ),
        "scrap": fiscalized(
            journal, receipt([("Лом", "1", "1000", 6)], receipt_type=EXPENSE), 5, at(14, 45)
        ),
        "scrap back": fiscalized(
            journal,
            receipt([("Лом", "1", "200", 6)], receipt_type=EXPENSE_REFUND),
            6,
            at(14, 50),
        ),
    }
    journal.add(receipt([("Кефир", "1", "70", 2)]), INVOICE)
    lost = journal.add(receipt([("Кофе", "1", "459", 11)]), INVOICE)
    journal.mark_sending(lost)
    journal.mark_needs_attention(lost, "the cashbox's answer was lost")
    refused = journal.add(receipt([("Сок", "1", "99", 11)]), INVOICE)
    journal.mark_sending(refused)
    journal.mark_rejected(refused, "refused")
    return ids


def test_sales_through_the_day_are_netted_by_the_shops_hour(
    journal: Journal, day: dict[str, int]
) -> None:
    summary = period_summary(journal, DAY, DAY)

    assert summary.by_hour == (
        HourTotal(9, SALE, 2, Decimal("281.70")),
        HourTotal(10, REFUND, 1, Decimal("45.90")),
        HourTotal(14, SALE, 1, Decimal("150.00")),
        HourTotal(14, EXPENSE, 1, Decimal("1000.00")),
        HourTotal(14, EXPENSE_REFUND, 1, Decimal("200.00")),
    )
    nets = summary.net_sales_by_hour()
    assert len(nets) == 24
    assert (nets[9], nets[10], nets[14]) == (
        Decimal("281.70"),
        Decimal("-45.90"),
        Decimal("150.00"),
    )
    assert sum(nets, Decimal(0)) == summary.net_sales == Decimal("385.80")


def test_split_payments_count_the_cash_kept_and_net_the_refund(
    journal: Journal, day: dict[str, int]
) -> None:
    summary = period_summary(journal, DAY, DAY)

    # Cash: 100 - 8.20 + 100 - 10.10; card: 100 + the tea 150, less the refund 45.90.
    assert summary.net_sales_by_payment() == {
        CASH: Decimal("181.70"),
        CARD: Decimal("204.10"),
    }
    assert sum(summary.net_sales_by_payment().values(), Decimal(0)) == summary.net_sales


def test_expenses_net_against_their_refunds_apart_from_sales(
    journal: Journal, day: dict[str, int]
) -> None:
    summary = period_summary(journal, DAY, DAY)

    assert (summary.receipts, summary.refunds) == (6, 2)
    assert summary.net_expenses == Decimal("800.00")
    assert summary.average_sale == Decimal("143.90")  # 431.70 over 3 sales


def test_several_vat_rates_are_summed_per_rate(journal: Journal, day: dict[str, int]) -> None:
    by_vat = {
        (line.receipt_type, line.vat_code): (line.base, line.vat)
        for line in period_summary(journal, DAY, DAY).by_vat
    }

    assert by_vat[(SALE, 2)] == (Decimal("89.90"), Decimal("8.17"))
    assert by_vat[(SALE, 11)][0] == Decimal("341.80")  # 91.80 + 100 + 150
    assert by_vat[(REFUND, 11)][0] == Decimal("45.90")
    assert by_vat[(EXPENSE, 6)] == (Decimal("1000.00"), Decimal("0.00"))


def test_receipts_not_fiscalized_are_counted_apart_and_not_in_the_figures(
    journal: Journal, day: dict[str, int]
) -> None:
    summary = period_summary(journal, DAY, DAY)

    # The kefir waiting and the coffee needing a person; the rejected juice is no sale.
    assert summary.unfinished == Unfinished(2, Decimal("529.00"), 1)
    assert summary.total_of(SALE) == Decimal("431.70")


def test_with_roles_off_no_cashier_is_recorded(journal: Journal, day: dict[str, int]) -> None:
    summary = period_summary(journal, DAY, DAY)

    assert {line.cashier for line in summary.by_cashier} == {None}
    assert sum(line.count for line in summary.by_cashier) == summary.receipts


def add_cashiers(path: Path, names: dict[int, str]) -> None:
    """Who rang each receipt, as the journal records it when roles are on."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.executemany(
            "UPDATE receipts SET cashier = ? WHERE id = ?",
            [(name, receipt_id) for receipt_id, name in names.items()],
        )
    finally:
        conn.close()


def test_sales_by_cashier_once_the_journal_records_them(
    journal: Journal, journal_path: Path, day: dict[str, int]
) -> None:
    add_cashiers(
        journal_path,
        {day["bread"]: "Анна", day["milk"]: "Борис", day["refund"]: "Анна", day["tea"]: "Анна"},
    )

    summary = period_summary(journal, DAY, DAY)

    assert summary.by_cashier == (
        CashierTotal("Анна", SALE, 2, Decimal("241.80")),
        CashierTotal("Анна", REFUND, 1, Decimal("45.90")),
        CashierTotal("Борис", SALE, 1, Decimal("189.90")),
        # The expense and its refund were made before cashiers were recorded.
        CashierTotal(None, EXPENSE, 1, Decimal("1000.00")),
        CashierTotal(None, EXPENSE_REFUND, 1, Decimal("200.00")),
    )
    assert summary.net_sales_by_cashier() == {
        "Анна": Decimal("195.90"),
        "Борис": Decimal("189.90"),
    }


def english(context: str, text: str) -> str:
    del context
    return text


def test_each_breakdown_reads_as_a_table_with_its_net(
    journal: Journal, day: dict[str, int]
) -> None:
    summary = period_summary(journal, DAY, DAY)

    hours = breakdown_table(summary, Breakdown.HOUR, english)
    assert hours.headers == (
        "Hour",
        "Receipts",
        "Sale",
        "Sale refund",
        "Expense",
        "Expense refund",
        "Net sales",
    )
    assert hours.rows[0] == ("09:00–10:00", "2", "281.70", "0.00", "0.00", "0.00", "281.70")
    assert hours.rows[1][-1] == "-45.90"
    payments = breakdown_table(summary, Breakdown.PAYMENT, english, grouped_money(","))
    assert payments.rows[0] == ("Cash", "181,70", "0,00", "0,00", "0,00", "181,70")
    vat = breakdown_table(summary, Breakdown.VAT, english)
    assert vat.headers[:3] == ("VAT rate", "Sale", "Sale, VAT")
    assert vat.rows[0][:3] == ("VAT 10%", "89.90", "8.17")
    types = breakdown_table(summary, Breakdown.TYPE, english)
    assert types.rows[0] == ("Sale", "3", "431.70", "18.30")
    cashiers = breakdown_table(summary, Breakdown.CASHIER, english)
    assert cashiers.rows == (
        ("Not recorded", "6", "431.70", "45.90", "1000.00", "200.00", "385.80"),
    )


def test_amounts_for_people_are_grouped_exactly() -> None:
    assert grouped_money(",")(Decimal("1234567.5")) == "1\u202f234\u202f567,50"
    assert grouped_money(".")(Decimal("-45.9")) == "-45.90"
