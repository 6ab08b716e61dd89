"""Journals written by every earlier schema version open in this one, their receipts kept."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from pos_app.core.checker_cheque import CopyDetails, DiscountCard
from pos_app.core.codes import PaymentType, ReceiptType
from pos_app.core.i18n import Message
from pos_app.core.journal import (
    DeliveryState,
    Journal,
    PromoState,
    ReceiptState,
    Topic,
    identity,
    schema,
)
from pos_app.core.journal.indexing import to_kopecks
from pos_app.core.merchant_receipt import merchant_receipt_json
from pos_app.core.receipt import Receipt
from pos_app.core.target import CashboxTarget, TargetMode
from tests.journal.conftest import INVOICE, MOSCOW, fiscal_data, receipt

PHONE = "+79161234567"
BREAD = receipt(
    positions=[("Булка", "2", "45.90", 11)], payments=[(PaymentType.CASH, "100")], phone=PHONE
)
MILK = receipt(positions=[("Молоко", "1", "89.90", 2)], phone=PHONE)
TEA = receipt(positions=[("Чай", "1", "150", 11)])
PRODUCTION = CashboxTarget(TargetMode.PRODUCTION, "https://api.intellectmoney.ru")


@pytest.fixture
def raw(journal_path: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(journal_path, isolation_level=None)
    yield connection
    connection.close()


def add_v1(
    conn: sqlite3.Connection,
    sold: Receipt,
    state: ReceiptState,
    created_at: str,
    *,
    document_id: str | None = None,
    fiscalized_at: datetime | None = None,
    content: str | None = None,
) -> int:
    """A receipt as pos-app with schema version 1 wrote it, with its first history event."""
    fiscal = fiscal_data(sold, processed_at=fiscalized_at)
    qr = fiscal.qr
    fiscal_columns = (
        (fiscal.fn, fiscal.fd, fiscal.fp, fiscal.shift, fiscal.processed_at.isoformat(), str(qr))
        if fiscalized_at
        else (None,) * 6
    )
    cursor = conn.execute(
        """
        INSERT INTO receipts (
            created_at, updated_at, receipt_type, total_kopecks, change_kopecks, content,
            invoice_id, contact_email, contact_phone, state, document_id,
            fiscal_fn, fiscal_fd, fiscal_fp, fiscal_shift, fiscal_processed_at, qr
        ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        (
            created_at,
            created_at,
            int(sold.type),
            to_kopecks(sold.total),
            to_kopecks(sold.change),
            content or merchant_receipt_json(sold),
            INVOICE,
            sold.contact.email,
            sold.contact.phone,
            state,
            document_id,
            *fiscal_columns,
        ),
    )
    receipt_id = int(cursor.lastrowid or 0)
    conn.execute(
        "INSERT INTO receipt_history (receipt_id, at, actor, from_state, to_state, detail)"
        " VALUES (?, ?, 'app', NULL, 'queued', 'added to the journal')",
        (receipt_id, created_at),
    )
    return receipt_id


def journal_at(conn: sqlite3.Connection, version: int) -> dict[str, int]:
    """A journal at ``version`` holding what that version could hold."""
    schema.migrate(conn, target=1)
    ids = {
        "bread": add_v1(
            conn,
            BREAD,
            ReceiptState.FISCALIZED,
            "2025-02-11T09:14:00.000000+00:00",
            document_id="doc-bread",
            fiscalized_at=datetime(2025, 2, 11, 12, 14, tzinfo=MOSCOW),
        ),
        "milk": add_v1(conn, MILK, ReceiptState.QUEUED, "2025-02-12T21:30:00.000000+00:00"),
        "tea": add_v1(conn, TEA, ReceiptState.NEEDS_ATTENTION, "2025-02-13T08:00:00.000000+00:00"),
    }
    conn.execute(
        "UPDATE receipts SET last_error = ?, last_error_at = created_at WHERE id = ?",
        ("createReceipt: read timed out", ids["tea"]),
    )
    if version >= 2:
        schema.migrate(conn, target=2)
        conn.execute(
            "INSERT INTO promo_submissions (receipt_id, campaign_id, inshopper_id, state,"
            " created_at, updated_at) VALUES (?, 7, 501, 'good', ?, ?)",
            (ids["bread"], "2025-02-11T10:00:00.000000+00:00", "2025-02-11T11:00:00.000000+00:00"),
        )
    schema.migrate(conn, target=version)
    assert schema.schema_version(conn) == version
    return ids


def test_a_new_journal_starts_at_the_latest_version(
    journal: Journal, raw: sqlite3.Connection
) -> None:
    assert schema.schema_version(raw) == schema.LATEST_VERSION
    tables = {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"receipts", "receipt_history", "promo_submissions", "receipt_payments"} <= tables


@pytest.mark.parametrize("version", range(1, schema.LATEST_VERSION))
def test_a_journal_from_an_earlier_version_opens_with_every_receipt_kept(
    journal_path: Path, raw: sqlite3.Connection, version: int
) -> None:
    ids = journal_at(raw, version)
    raw.close()

    with Journal.open(journal_path) as journal:
        assert schema.schema_version(journal._conn) == schema.LATEST_VERSION
        bread = journal.get(ids["bread"])
        assert bread.receipt() == BREAD
        assert (bread.total, bread.change) == (Decimal("91.80"), Decimal("8.20"))
        assert bread.state is ReceiptState.FISCALIZED
        assert bread.fiscal is not None
        assert bread.fiscal.processed_at == datetime(2025, 2, 11, 12, 14, tzinfo=MOSCOW)
        assert bread.qr is not None
        assert [(e.topic, e.to_state) for e in bread.history] == [(Topic.RECEIPT, "queued")]
        # No copy was promised for what was fiscalized before copies existed; the queued one
        # gets its copy once fiscalized.
        assert bread.delivery.state is DeliveryState.NOT_NEEDED
        assert journal.get(ids["milk"]).delivery.state is DeliveryState.PENDING
        promos = [(p.campaign_id, p.state) for p in bread.promos]
        assert promos == ([(7, PromoState.GOOD)] if version >= 2 else [])

        # Found by what the later versions index.
        assert [r.id for r in journal.search("БУЛКА")] == [ids["bread"]]
        assert [r.id for r in journal.search("doc-bread")] == [ids["bread"]]
        assert [r.id for r in journal.search("18214")] == [ids["bread"]]
        assert [r.id for r in journal.search(amount=Decimal("89.90"))] == [ids["milk"]]
        on_13th = journal.search(date_from=date(2025, 2, 13), date_to=date(2025, 2, 13))
        # 21:30 UTC on the 12th is 00:30 on the 13th in Moscow.
        assert [r.id for r in on_13th] == [ids["tea"], ids["milk"]]
        totals = journal.period_totals(date(2025, 2, 11), date(2025, 2, 11))
        assert [(t.receipt_type, t.count, t.total) for t in totals.by_type] == [
            (ReceiptType.SALE, 1, Decimal("91.80"))
        ]
        assert [(p.payment_type, p.amount) for p in totals.by_payment] == [
            (PaymentType.CASH, Decimal("91.80"))
        ]

        # A reason kept as plain text before version 4 reads as it was written.
        assert journal.get(ids["tea"]).last_error == Message.verbatim(
            "createReceipt: read timed out"
        )

        # Nobody recorded which cashbox the older receipts were for: they go to the one
        # configured (version 6), and their copies carry nothing more than the receipt.
        milk = journal.get(ids["milk"])
        assert (milk.target, milk.copy) == (None, CopyDetails())
        assert journal.outbox_state(PRODUCTION).elsewhere == 0

        # And work goes on where it stopped.
        assert [r.id for r in journal.waiting()] == [ids["milk"]]
        journal.mark_sending(ids["milk"])
        journal.resolve_retry(ids["tea"])


def test_receipts_added_after_the_upgrade_keep_their_cashbox_and_copy_details(
    journal_path: Path, raw: sqlite3.Connection
) -> None:
    journal_at(raw, schema.LATEST_VERSION - 1)
    raw.close()
    sandbox = CashboxTarget(TargetMode.SANDBOX, "http://127.0.0.1:8080")
    copy = CopyDetails(customer_code="C-1", discount_card=DiscountCard(code="7"), note="Спасибо")
    with Journal.open(journal_path) as journal:
        receipt_id = journal.add(TEA, INVOICE, target=sandbox, copy=copy)
        record = journal.get(receipt_id)
        assert (record.target, record.copy) == (sandbox, copy)
        assert record.delivery.state is DeliveryState.PENDING  # to the customer code
        assert journal.outbox_state(PRODUCTION).elsewhere == 1
        assert journal.outbox_state(sandbox).elsewhere == 0


def test_opening_an_up_to_date_journal_again_changes_nothing(journal_path: Path) -> None:
    with Journal.open(journal_path) as journal:
        receipt_id = journal.add(BREAD, INVOICE)
    with Journal.open(journal_path) as journal:
        assert journal.get(receipt_id).total == Decimal("91.80")


def test_a_failed_upgrade_step_leaves_the_journal_as_it_was(
    journal_path: Path, raw: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = journal_at(raw, 1)

    real_step = schema.MIGRATIONS[1]

    def half_done_then_power_cut(conn: sqlite3.Connection) -> None:
        real_step(conn)
        raise OSError("disk unplugged")

    broken = (schema.MIGRATIONS[0], half_done_then_power_cut, *schema.MIGRATIONS[2:])
    monkeypatch.setattr(schema, "MIGRATIONS", broken)
    with pytest.raises(OSError, match="disk unplugged"):
        Journal.open(journal_path)

    assert schema.schema_version(raw) == 1
    columns = {row[1] for row in raw.execute("PRAGMA table_info(receipts)")}
    assert "delivery_state" not in columns
    monkeypatch.undo()
    with Journal.open(journal_path) as journal:
        assert journal.get(ids["bread"]).total == Decimal("91.80")


def test_a_receipt_whose_old_content_cannot_be_read_is_kept_out_of_search_only(
    journal_path: Path, raw: sqlite3.Connection, caplog: pytest.LogCaptureFixture
) -> None:
    schema.migrate(raw, target=2)
    unreadable = add_v1(
        raw, TEA, ReceiptState.QUEUED, "2025-02-13T08:00:00.000000+00:00", content='{"Inn": 1}'
    )
    raw.close()

    with caplog.at_level(logging.WARNING), Journal.open(journal_path) as journal:
        record = journal.get(unreadable)
        assert (record.state, record.total) == (ReceiptState.QUEUED, Decimal("150.00"))
        assert journal.search("чай") == ()
        assert [r.id for r in journal.search(amount=Decimal(150))] == [unreadable]
    assert f"Receipt {unreadable}: its stored content cannot be read" in caplog.text


@pytest.mark.parametrize("version", range(1, schema.LATEST_VERSION))
def test_a_journal_from_an_earlier_version_gets_an_identity_kept_beside_it_too(
    journal_path: Path, raw: sqlite3.Connection, version: int
) -> None:
    ids = journal_at(raw, version)
    raw.close()

    with Journal.open(journal_path) as journal:
        (journal_id,) = journal._conn.execute(
            "SELECT value FROM journal_meta WHERE key = 'journal_id'"
        ).fetchone()
    kept = identity.load(journal_path)
    assert kept == identity.Identity(journal_id, max(ids.values()))
    with Journal.open(journal_path) as journal:  # and it opens again, the same journal
        assert journal.get(ids["bread"]).state is ReceiptState.FISCALIZED
