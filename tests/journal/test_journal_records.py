"""What the journal keeps about a receipt, and how it is found again."""

from __future__ import annotations

import json
import sqlite3
import stat
import threading
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from pos_app.core.codes import PaymentType, ReceiptType
from pos_app.core.errors import ValidationError
from pos_app.core.journal import (
    JOURNAL_FILE,
    Actor,
    DeliveryState,
    IllegalTransitionError,
    Journal,
    JournalError,
    JournalTooNewError,
    PromoState,
    ReceiptNotFoundError,
    ReceiptState,
    Topic,
)
from pos_app.core.journal.schema import LATEST_VERSION
from pos_app.core.merchant_receipt import merchant_receipt_json
from tests.journal.conftest import INVOICE, MOSCOW, Clock, fiscal_data, fiscalized, receipt

PHONE = "+79161234567"


def test_receipt_is_stored_with_its_exact_content_and_sums(journal: Journal) -> None:
    sold = receipt(
        positions=[("Булка", "3", "0.10", 11), ("Сыр весовой", "0.333", "999.99", 2)],
        payments=[(PaymentType.ELECTRONIC, "100.00"), (PaymentType.CASH, "500")],
        email="buyer@example.com",
        phone=PHONE,
    )

    record = journal.get(journal.add(sold, INVOICE))

    assert record.content == merchant_receipt_json(sold)
    assert record.receipt() == sold
    assert (record.total, record.change) == (Decimal("333.30"), Decimal("266.70"))
    assert str(record.total) == "333.30"
    assert record.receipt_type is ReceiptType.SALE
    assert (record.email, record.phone, record.invoice_id) == ("buyer@example.com", PHONE, INVOICE)
    assert record.state is ReceiptState.QUEUED
    assert record.fiscal is None
    assert record.delivery.state is DeliveryState.PENDING


def test_money_comes_back_exactly_as_decimal_never_float(journal: Journal) -> None:
    largest = receipt(positions=[("Станок", "1", "99999999.99", 6)])
    tiny = receipt(positions=[("Спичка", "1", "0.01", 6)] * 3)

    stored = [journal.get(journal.add(r, INVOICE)).total for r in (largest, tiny)]

    assert stored == [Decimal("99999999.99"), Decimal("0.03")]
    assert all(isinstance(total, Decimal) and total.as_tuple().exponent == -2 for total in stored)
    # Kept as whole kopecks: nothing a float could have rounded.
    with sqlite3.connect(journal.path) as raw:
        kopecks = raw.execute("SELECT total_kopecks FROM receipts ORDER BY id").fetchall()
    raw.close()
    assert kopecks == [(9_999_999_999,), (3,)]


def test_fiscal_data_are_kept_with_the_cashbox_offset_and_the_qr(journal: Journal) -> None:
    sold = receipt()
    receipt_id = fiscalized(journal, sold)

    record = journal.get(receipt_id)

    fiscal = fiscal_data(sold, document_id=f"doc-{receipt_id}")
    assert record.fiscal == fiscal
    assert record.fiscal is not None
    assert record.fiscal.processed_at.utcoffset() == MOSCOW.utcoffset(None)
    assert (
        record.qr
        == str(fiscal.qr)
        == "t=20250211T1214&s=91.80&fn=7380440801375198&i=18214&fp=2396636946&n=1"
    )
    assert (record.fd, record.document_id) == (18214, f"doc-{receipt_id}")
    assert "raw" not in repr(record.fiscal)


def test_fiscal_time_without_its_offset_is_refused() -> None:
    with pytest.raises(ValueError, match="offset"):
        fiscal_data(receipt(), processed_at=datetime(2025, 2, 11, 12, 14))


@pytest.mark.parametrize("invoice", ["", "123", "2000000001", "30000000011", "3ООО000001"])
def test_an_invoice_number_that_is_not_ten_digits_starting_with_3_is_refused(
    journal: Journal, invoice: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        journal.add(receipt(), invoice)
    assert refused.value.field == "invoice_id"
    assert journal.list_recent() == ()


def test_a_refund_remembers_the_sale_it_returns(journal: Journal) -> None:
    sale_id = fiscalized(journal, receipt())
    refund = receipt(receipt_type=ReceiptType.SALE_REFUND)

    refund_id = journal.add(refund, INVOICE, refund_id=77, refund_of=sale_id)

    record = journal.get(refund_id)
    assert (record.refund_id, record.refund_of) == (77, sale_id)
    assert [r.id for r in journal.refunds_of(sale_id)] == [refund_id]
    with pytest.raises(ReceiptNotFoundError):
        journal.add(refund, INVOICE, refund_of=999)


def test_the_copy_is_delivered_only_once_the_receipt_is_fiscalized(journal: Journal) -> None:
    sold = receipt(phone=PHONE)
    receipt_id = journal.add(sold, INVOICE)
    with pytest.raises(IllegalTransitionError, match="not fiscalized"):
        journal.mark_delivered(receipt_id)

    journal.mark_sending(receipt_id)
    journal.mark_submitted(receipt_id, "doc")
    journal.mark_fiscalized(receipt_id, fiscal_data(sold))
    journal.record_delivery_failure(receipt_id, "100006 Telegram API error", final=False)
    journal.mark_delivered(receipt_id)

    record = journal.get(receipt_id)
    assert record.delivery.state is DeliveryState.DELIVERED
    assert record.delivery.attempts == 2
    assert record.delivery.last_error is None
    deliveries = [e for e in record.history if e.topic is Topic.DELIVERY]
    assert [(e.from_state, e.to_state) for e in deliveries] == [
        ("pending", "pending"),
        ("pending", "delivered"),
    ]
    assert deliveries[0].detail == "100006 Telegram API error"
    with pytest.raises(IllegalTransitionError):
        journal.mark_delivered(receipt_id)


def test_a_copy_given_up_on_waits_for_a_person_to_try_again(journal: Journal) -> None:
    receipt_id = fiscalized(journal, receipt(phone=PHONE))

    journal.record_delivery_failure(receipt_id, "100004 recipient not found", final=True)
    assert journal.get(receipt_id).delivery.state is DeliveryState.FAILED
    assert journal.waiting() == ()

    journal.retry_delivery(receipt_id)

    record = journal.get(receipt_id)
    assert record.delivery.state is DeliveryState.PENDING
    assert record.history[-1].actor is Actor.PERSON
    assert [r.id for r in journal.waiting()] == [receipt_id]


def test_no_copy_is_needed_without_a_phone_or_for_a_rejected_receipt(journal: Journal) -> None:
    by_email = journal.add(receipt(email="buyer@example.com"), INVOICE)
    rejected = journal.add(receipt(phone=PHONE), INVOICE)
    journal.mark_sending(rejected)
    journal.mark_rejected(rejected, "bad request")
    cancelled = journal.add(receipt(phone=PHONE), INVOICE)
    journal.cancel_delivery(cancelled, "Checker.uz is not set up")

    states = [journal.get(i).delivery.state for i in (by_email, rejected, cancelled)]
    assert states == [DeliveryState.NOT_NEEDED] * 3


def test_promo_submissions_follow_the_campaign_check(journal: Journal, clock: Clock) -> None:
    receipt_id = fiscalized(journal, receipt())
    promos = journal.promos

    first = promos.add_receipt(receipt_id, campaign_id=1, external_id=" client-7 ")
    assert first.qr_string is not None
    assert "&n=" not in first.qr_string  # the document's five fields
    assert first.external_id == "client-7"
    refused = promos.add_receipt(receipt_id, 2)
    assert [s.id for s in promos.due()] == [first.id, refused.id]
    promos.move(refused.id, PromoState.SENDING, "uploading")
    promos.move(refused.id, PromoState.ERROR, "refused", error="refused")
    clock.advance(hours=1)
    promos.move(first.id, PromoState.SENDING, "uploading")
    promos.move(first.id, PromoState.SUBMITTED, "taken", inshopper_id=501, retry_in=30)
    assert promos.due() == ()
    assert promos.next_due_in() == 30
    promos.move(first.id, PromoState.PROCESSING, "checking")
    promos.move(first.id, PromoState.PROCESSING, "checking")  # polled again: no change
    promos.move(first.id, PromoState.REJECTED, "rejected", reject_reason="dublicate")

    found = journal.get(receipt_id).promos
    assert [(p.id, p.campaign_id, p.inshopper_id, p.state, p.reject_reason) for p in found] == [
        (first.id, 1, 501, PromoState.REJECTED, "dublicate"),
        (refused.id, 2, None, PromoState.ERROR, None),
    ]
    assert found[0].updated_at == clock.now
    assert found[0].attempts == 1
    events = [e for e in journal.get(receipt_id).history if e.topic is Topic.PROMO]
    assert [e.to_state for e in events] == [
        "queued",
        "queued",
        "sending",
        "error",
        "sending",
        "submitted",
        "processing",
        "rejected",
    ]
    assert [state for _, state, _ in promos.history(first.id)][-1] == "rejected"
    with pytest.raises(IllegalTransitionError, match="cannot become"):
        promos.move(first.id, PromoState.GOOD, "late")
    with pytest.raises(ReceiptNotFoundError):
        promos.get(999)


def test_only_a_fiscalized_receipt_can_go_to_a_campaign(journal: Journal) -> None:
    receipt_id = journal.add(receipt(), INVOICE)
    with pytest.raises(IllegalTransitionError, match="not fiscalized"):
        journal.promos.add_receipt(receipt_id, 1)


def test_the_outbox_lists_what_waits_oldest_first_and_says_the_last_error(
    journal: Journal, clock: Clock
) -> None:
    queued = journal.add(receipt(), INVOICE)
    clock.advance(minutes=1)
    submitted = journal.add(receipt(), INVOICE)
    journal.mark_sending(submitted)
    journal.mark_submitted(submitted, "doc")
    clock.advance(minutes=1)
    copy_pending = fiscalized(journal, receipt(phone=PHONE))
    done = fiscalized(journal, receipt())
    attention = journal.add(receipt(), INVOICE)
    journal.mark_sending(attention)
    journal.mark_needs_attention(attention, "timed out")
    clock.advance(minutes=1)
    journal.mark_sending(queued)
    journal.mark_not_sent(queued, "connection refused")
    clock.advance(minutes=1)
    journal.record_error(submitted, "getReceipt: 503 Service Unavailable")

    assert [r.id for r in journal.waiting()] == [queued, submitted, copy_pending]
    assert done not in [r.id for r in journal.waiting()]
    outbox = journal.outbox_state()
    assert outbox.waiting == 3
    assert outbox.oldest == journal.get(queued).created_at
    assert str(outbox.last_error) == "getReceipt: 503 Service Unavailable"
    assert outbox.needs_attention == 1


def test_an_empty_outbox_says_so(journal: Journal) -> None:
    outbox = journal.outbox_state()
    assert (outbox.waiting, outbox.oldest, outbox.last_error, outbox.needs_attention) == (
        0,
        None,
        None,
        0,
    )


def test_the_newest_receipts_come_first_a_page_at_a_time(journal: Journal) -> None:
    ids = [journal.add(receipt(), INVOICE) for _ in range(5)]

    assert [r.id for r in journal.list_recent(2)] == ids[:-3:-1]
    assert [r.id for r in journal.list_recent(2, offset=2)] == [ids[2], ids[1]]


def test_search_finds_receipts_by_name_contact_invoice_document_and_fd(journal: Journal) -> None:
    bread = fiscalized(journal, receipt(positions=[("Булка Бородинская", "1", "60", 11)]), fd=555)
    milk = journal.add(receipt(positions=[("Молоко", "1", "90", 2)], phone=PHONE), "3000000777")
    journal.mark_sending(milk)
    journal.mark_submitted(milk, "DOC-abc")

    def found(text: str) -> list[int]:
        return [r.id for r in journal.search(text)]

    assert found("бородинская") == [bread]
    assert found("  БУЛКА ") == [bread]
    assert found("9161234567") == [milk]
    assert found("3000000777") == [milk]
    assert found("doc-ABC") == [milk]
    assert found("555") == [bread]
    assert found("кефир") == []
    assert found("") == [milk, bread]


def test_search_by_amount_is_exact_to_the_kopeck(journal: Journal) -> None:
    exact = journal.add(receipt(positions=[("Булка", "1", "91.80", 11)]), INVOICE)
    journal.add(receipt(positions=[("Булка", "1", "91.81", 11)]), INVOICE)

    assert [r.id for r in journal.search(amount=Decimal("91.8"))] == [exact]
    with pytest.raises(ValidationError):
        journal.search(amount=Decimal("91.801"))


def test_search_by_dates_takes_the_local_day_both_ends_included(
    journal: Journal, clock: Clock
) -> None:
    clock.now = datetime(2025, 2, 10, 20, 59, tzinfo=MOSCOW.utc)  # 23:59 in Moscow, 10th
    late = journal.add(receipt(), INVOICE)
    clock.advance(minutes=2)  # 00:01 on the 11th in Moscow, still the 10th in UTC
    early = journal.add(receipt(), INVOICE)
    clock.advance(days=1)
    next_day = journal.add(receipt(positions=[("Кефир", "1", "70", 2)]), INVOICE)

    def between(start: date | None, end: date | None) -> list[int]:
        return [r.id for r in journal.search(date_from=start, date_to=end)]

    assert between(date(2025, 2, 10), date(2025, 2, 10)) == [late]
    assert between(date(2025, 2, 11), date(2025, 2, 11)) == [early]
    assert between(date(2025, 2, 11), None) == [next_day, early]
    assert between(None, date(2025, 2, 11)) == [early, late]
    assert [r.id for r in journal.search("кефир", date_from=date(2025, 2, 12))] == [next_day]
    with pytest.raises(ValidationError, match="ends"):
        journal.search(date_from=date(2025, 2, 12), date_to=date(2025, 2, 11))


def test_threads_writing_and_reading_at_once_lose_nothing(journal: Journal) -> None:
    added: list[int] = []
    failures: list[BaseException] = []

    def cashier() -> None:
        try:
            for _ in range(20):
                receipt_id = journal.add(receipt(), INVOICE)
                journal.mark_sending(receipt_id)
                added.append(receipt_id)
                journal.list_recent(10)
                journal.outbox_state()
        except BaseException as error:  # handed to the main thread, which asserts
            failures.append(error)

    threads = [threading.Thread(target=cashier) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert failures == []
    assert sorted(added) == list(range(1, 81))
    assert {r.state for r in journal.list_recent(100)} == {ReceiptState.SENDING}


def test_the_journal_lives_in_the_private_data_folder(private_folders: Path, clock: Clock) -> None:
    with Journal.open(clock=clock) as journal:
        journal.add(receipt(), INVOICE)
        assert journal.path == private_folders / "data" / JOURNAL_FILE
    assert stat.S_IMODE(journal.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(journal.path.parent.stat().st_mode) == 0o700


def test_the_journal_writes_ahead_and_syncs_every_change(journal: Journal) -> None:
    with sqlite3.connect(journal.path) as raw:
        mode = raw.execute("PRAGMA journal_mode").fetchone()
    raw.close()
    assert mode == ("wal",)
    # synchronous is the connection's own setting: 2 is FULL.
    assert journal._conn.execute("PRAGMA synchronous").fetchone()[0] == 2


def test_a_journal_from_a_newer_pos_app_is_left_untouched(journal_path: Path) -> None:
    with sqlite3.connect(journal_path) as raw:
        raw.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    raw.close()

    with pytest.raises(JournalTooNewError, match="newer pos-app"):
        Journal.open(journal_path)


def test_a_file_that_is_not_a_journal_gets_a_clear_error(journal_path: Path) -> None:
    journal_path.write_text("not a database, just words " * 100)

    with pytest.raises(JournalError, match="is damaged or is not a pos-app journal"):
        Journal.open(journal_path)


def test_the_stored_content_is_the_merchant_receipt_json(journal: Journal) -> None:
    record = journal.get(journal.add(receipt(), INVOICE))
    content = json.loads(record.content)
    assert content["Content"]["Positions"][0]["Price"] == "45.90"
