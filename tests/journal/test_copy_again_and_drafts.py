"""A person asks for the customer's copy again (to another phone, or after a sale made without
one), and a receipt's entry becomes the window's draft: what the journal keeps and refuses."""

from __future__ import annotations

import pytest

from pos_app.core.codes import PaymentType
from pos_app.core.errors import ValidationError
from pos_app.core.journal import (
    Actor,
    DeliveryState,
    IllegalTransitionError,
    Journal,
    JournalFilter,
)
from pos_app.core.workflow import draft_content, entered_receipt
from tests.journal.conftest import INVOICE, fiscalized, receipt


def test_the_copy_goes_again_to_another_phone_and_the_history_keeps_the_first(
    journal: Journal,
) -> None:
    receipt_id = fiscalized(journal, receipt(phone="+998901234567"))
    journal.mark_delivered(receipt_id)

    journal.retry_delivery(receipt_id, phone="998909998877")

    record = journal.get(receipt_id)
    assert record.phone == "+998909998877"
    assert record.delivery.state is DeliveryState.PENDING
    last = record.history[-1]
    assert last.actor is Actor.PERSON
    assert last.detail.endswith("copy to +998909998877 (was +998901234567)")
    # Found by the phone the copy goes to now.
    found = journal.filtered(JournalFilter(contact="+998909998877"))
    assert [summary.id for summary in found] == [receipt_id]


def test_a_sale_made_without_a_phone_gets_a_copy_only_when_one_is_given(
    journal: Journal,
) -> None:
    receipt_id = fiscalized(journal, receipt())
    with pytest.raises(ValidationError, match="without the customer's phone"):
        journal.retry_delivery(receipt_id)
    journal.retry_delivery(receipt_id, phone="+998901234567")
    assert journal.get(receipt_id).delivery.state is DeliveryState.PENDING


def test_a_copy_is_not_sent_again_before_the_receipt_is_fiscal(journal: Journal) -> None:
    receipt_id = journal.add(receipt(phone="+998901234567"), INVOICE)
    with pytest.raises(IllegalTransitionError, match="not fiscalized yet"):
        journal.retry_delivery(receipt_id, phone="+998909998877")
    assert journal.get(receipt_id).phone == "+998901234567"


def test_an_entry_becomes_a_draft_with_its_payments_and_contact(journal: Journal) -> None:
    sold = receipt(
        payments=((PaymentType.CASH, "100.00"),), phone="+998901234567", email="a@example.ru"
    )
    content = draft_content(entered_receipt(journal.get(journal.add(sold, INVOICE))))
    assert content.positions == sold.positions
    assert (content.cash, content.electronic) == ("100.00", "")
    assert (content.phone, content.email, content.invoice) == (
        "+998901234567",
        "a@example.ru",
        INVOICE,
    )


def test_payments_the_editor_has_no_field_for_are_not_dropped_silently(
    journal: Journal,
) -> None:
    sold = receipt(payments=((PaymentType.PREPAYMENT, "91.80"),))
    entered = entered_receipt(journal.get(journal.add(sold, INVOICE)))
    with pytest.raises(ValidationError, match="--as-new-draft"):
        draft_content(entered)
