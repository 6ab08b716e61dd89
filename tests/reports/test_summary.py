"""The end-of-day and period summary, and its CSV for the accountant's Excel."""

from __future__ import annotations

import csv
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from pos_app.core.codes import PaymentType, ReceiptType
from pos_app.core.errors import ValidationError
from pos_app.core.journal import Journal, PaymentTotal, TypeTotal, VatTotal
from pos_app.core.reports import PeriodSummary, period_summary, write_csv
from tests.journal.conftest import INVOICE, MOSCOW, TASHKENT, fiscalized, receipt

DAY = date(2025, 2, 11)
SALE, REFUND, EXPENSE = ReceiptType.SALE, ReceiptType.SALE_REFUND, ReceiptType.EXPENSE
CASH, CARD = PaymentType.CASH, PaymentType.ELECTRONIC


@pytest.fixture
def tuesday(journal: Journal) -> Journal:
    """A day's trade: two sales with change, a refund, an expense, and receipts at the edges."""
    # 91.80 paid with 100 in cash: 8.20 change.
    bread = fiscalized(journal, receipt([("Булка", "2", "45.90", 11)], [(CASH, "100")]), fd=1)
    # 135.80 paid with 100 by card and 50 in cash: 14.20 change.
    fiscalized(
        journal,
        receipt(
            [("Молоко", "1", "89.90", 2), ("Булка", "1", "45.90", 11)],
            [(CARD, "100"), (CASH, "50")],
        ),
        fd=2,
    )
    fiscalized(
        journal, receipt([("Булка", "1", "45.90", 11)], receipt_type=REFUND), fd=3, refund_of=bread
    )
    fiscalized(journal, receipt([("Аренда", "1", "1000", 6)], receipt_type=EXPENSE), fd=4)
    # 01:00 in Tashkent on the 12th is 23:00 on the 11th here: the shop's day counts.
    fiscalized(
        journal,
        receipt([("Чай", "1", "150", 11)]),
        fd=5,
        processed_at=datetime(2025, 2, 12, 1, 0, tzinfo=TASHKENT),
    )
    # Just after midnight here: the next day.
    fiscalized(
        journal,
        receipt([("Кефир", "1", "70", 2)]),
        fd=6,
        processed_at=datetime(2025, 2, 12, 0, 30, tzinfo=MOSCOW),
    )
    # Not fiscalized: never in a report.
    journal.add(receipt([("Сыр", "1", "500", 2)]), INVOICE)
    return journal


def test_the_day_counts_only_fiscalized_receipts_of_the_shops_local_day(tuesday: Journal) -> None:
    summary = period_summary(tuesday, DAY, DAY)

    assert (summary.receipts, summary.refunds) == (5, 1)
    assert summary.by_type == (
        TypeTotal(SALE, 3, Decimal("377.60"), Decimal("22.40")),
        TypeTotal(REFUND, 1, Decimal("45.90"), Decimal("0.00")),
        TypeTotal(EXPENSE, 1, Decimal("1000.00"), Decimal("0.00")),
    )
    assert summary.net_sales == Decimal("331.70")
    assert summary.net_expenses == Decimal("1000.00")


def test_cash_is_counted_as_kept_after_the_change_was_given(tuesday: Journal) -> None:
    summary = period_summary(tuesday, DAY, DAY)

    assert summary.by_payment == (
        PaymentTotal(SALE, CASH, Decimal("127.60")),
        PaymentTotal(SALE, CARD, Decimal("250.00")),
        PaymentTotal(REFUND, CARD, Decimal("45.90")),
        PaymentTotal(EXPENSE, CARD, Decimal("1000.00")),
    )
    sales_paid = sum((p.amount for p in summary.by_payment if p.receipt_type is SALE), Decimal(0))
    assert sales_paid == summary.total_of(SALE)


def test_vat_is_summed_per_rate_as_each_receipt_shows_it(tuesday: Journal) -> None:
    summary = period_summary(tuesday, DAY, DAY)

    assert summary.by_vat == (
        VatTotal(SALE, 2, Decimal("89.90"), Decimal("8.17")),
        VatTotal(SALE, 11, Decimal("287.70"), Decimal("51.88")),
        VatTotal(REFUND, 11, Decimal("45.90"), Decimal("8.28")),
        VatTotal(EXPENSE, 6, Decimal("1000.00"), Decimal("0.00")),
    )


def test_a_period_takes_every_day_from_its_first_to_its_last(tuesday: Journal) -> None:
    summary = period_summary(tuesday, DAY, date(2025, 2, 12))

    assert summary.receipts == 6
    assert period_summary(tuesday, date(2025, 2, 12), date(2025, 2, 28)).receipts == 1
    assert period_summary(tuesday, date(2025, 1, 1), date(2025, 2, 10)).receipts == 0


def test_a_quiet_day_sums_to_zero(journal: Journal) -> None:
    summary = period_summary(journal, DAY, DAY)

    assert (summary.receipts, summary.refunds, summary.net_sales) == (0, 0, Decimal("0.00"))
    assert (summary.by_type, summary.by_payment, summary.by_vat) == ((), (), ())


def test_a_period_that_ends_before_it_starts_is_refused(journal: Journal) -> None:
    with pytest.raises(ValidationError, match="ends"):
        period_summary(journal, DAY, date(2025, 2, 10))


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file, delimiter=";"))


def test_the_csv_opens_in_russian_excel(tuesday: Journal, tmp_path: Path) -> None:
    path = tmp_path / "day.csv"

    write_csv(period_summary(tuesday, DAY, DAY), path)

    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM: Excel then reads UTF-8
    assert data.count(b"\r\n") == len(read_csv(path))
    rows = read_csv(path)
    assert rows[0] == ["Section", "Receipt type", "Item", "Count", "Amount", "VAT"]
    assert ["Period", "", "2025-02-11 – 2025-02-11", "", "", ""] in rows
    assert ["Receipts", "", "All", "5", "", ""] in rows
    assert ["Receipts", "", "Refunds", "1", "", ""] in rows
    assert ["By receipt type", "Sale", "", "3", "377,60", ""] in rows
    assert ["Net", "", "Sales less sale refunds", "", "331,70", ""] in rows
    assert ["By payment type", "Sale", "Cash", "", "127,60", ""] in rows
    assert ["By VAT rate", "Sale", "VAT 22%", "", "287,70", "51,88"] in rows
    assert ["By VAT rate", "Expense", "No VAT", "", "1000,00", "0,00"] in rows
    assert all(len(row) == 6 for row in rows)


def test_the_csv_carries_the_translated_words_intact(tmp_path: Path) -> None:
    summary = PeriodSummary(DAY, DAY, (TypeTotal(SALE, 1, Decimal("12.50"), Decimal(0)),), (), ())
    russian = {"Section": "Раздел", "By receipt type": "По типу чека", "Sale": "Приход"}
    path = tmp_path / "день.csv"

    write_csv(summary, path, translate=lambda context, text: russian.get(text, text))

    rows = read_csv(path)
    assert rows[0][0] == "Раздел"
    assert ["По типу чека", "Приход", "", "1", "12,50", ""] in rows
    assert "Раздел".encode() in path.read_bytes()
