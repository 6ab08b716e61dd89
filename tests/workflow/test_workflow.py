"""One receipt through the workflow against the sandbox: every outcome, and what it leaves in
the journal and the emulator's records."""

from __future__ import annotations

import dataclasses
import socket

from pos_app.core.codes import ReceiptType
from pos_app.core.journal import DeliveryState, Journal, ReceiptState
from pos_app.core.journal import history_texts as words
from pos_app.core.workflow import (
    Clients,
    DeliveryChanged,
    Event,
    ReceiptChanged,
    ServiceTrouble,
    Workflow,
)
from pos_app.sandbox import Sandbox
from pos_app.sandbox.clients import sandbox_clients
from tests.services.conftest import sandbox_receipt

INVOICE = "3000000001"
PHONE = "+998901234567"


def states(events: list[Event]) -> list[ReceiptState]:
    return [event.state for event in events if isinstance(event, ReceiptChanged)]


def test_a_sale_is_fiscalized_and_its_copy_delivered(
    sandbox: Sandbox, workflow: Workflow, events: list[Event]
) -> None:
    receipt_id = workflow.submit(sandbox_receipt(sandbox, phone=PHONE), INVOICE)
    record = workflow.process(receipt_id, patience=5)
    assert record.state is ReceiptState.FISCALIZED
    (document,) = sandbox.documents()
    assert record.document_id == document.document_id
    assert record.qr == str(document.qr)
    assert record.fiscal is not None
    assert record.fiscal.fd == document.fd_number
    assert record.delivery.state is DeliveryState.DELIVERED
    assert states(events) == [
        ReceiptState.QUEUED,
        ReceiptState.SENDING,
        ReceiptState.SUBMITTED,
        ReceiptState.FISCALIZED,
    ]
    delivered = words.said(words.COPY_DELIVERED)
    assert DeliveryChanged(receipt_id, DeliveryState.DELIVERED, delivered) in events
    (cheque,) = sandbox.requests("checker")
    assert isinstance(cheque.json, dict)
    assert cheque.json["operation_code"] == str(receipt_id)
    # Polled once "still processing", then the data: two getReceipt calls.
    assert [r.path.rsplit("/", 1)[1] for r in sandbox.requests("intellectmoney")] == [
        "createReceipt",
        "getReceipt",
        "getReceipt",
    ]


def test_the_receipt_is_in_the_journal_before_anything_leaves(
    sandbox: Sandbox, workflow: Workflow, journal: Journal
) -> None:
    receipt_id = workflow.submit(sandbox_receipt(sandbox), INVOICE)
    assert journal.get(receipt_id).state is ReceiptState.QUEUED
    assert sandbox.requests() == []


def test_a_rejection_keeps_the_services_words(sandbox: Sandbox, workflow: Workflow) -> None:
    receipt = dataclasses.replace(sandbox_receipt(sandbox, phone=PHONE), group="Other")
    record = workflow.process(workflow.submit(receipt, INVOICE))
    assert record.state is ReceiptState.REJECTED
    assert record.last_error is not None
    assert "фискализированного устройства" in str(record.last_error)
    # Kept as a message, so the window can say it in the cashier's language.
    assert record.last_error.context == "services"
    assert "фискализированного устройства" in record.last_error.params["reason"]
    assert record.delivery.state is DeliveryState.NOT_NEEDED
    assert sandbox.documents() == []


def test_an_unreachable_cashbox_leaves_the_receipt_queued(
    sandbox: Sandbox, journal: Journal, events: list[Event]
) -> None:
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    clients = sandbox_clients(sandbox)
    dead = dataclasses.replace(
        clients,
        cashbox=type(clients.cashbox)(
            f"http://127.0.0.1:{port}",
            clients.cashbox._credentials,
        ),
    )
    workflow = Workflow(journal, dead)
    workflow.subscribe(events.append)
    record = workflow.process(workflow.submit(sandbox_receipt(sandbox), INVOICE))
    assert record.state is ReceiptState.QUEUED
    assert record.last_error is not None
    assert "nothing was sent" in str(record.last_error)
    assert any(isinstance(e, ServiceTrouble) and not e.needs_settings for e in events)
    # The service comes back at the same address (the receipt's cashbox): it goes through, once.
    with Sandbox(seed=20261123, pending_polls=1, port=port) as back:
        back_clients = sandbox_clients(back)
        again = Workflow(journal, back_clients).process(record.id, patience=5)
        back_clients.close()
        assert again.state is ReceiptState.FISCALIZED
        assert again.last_error is None
        assert len(back.documents()) == 1


def test_a_lost_answer_needs_attention_and_is_never_resent_by_itself(
    sandbox: Sandbox, workflow: Workflow, journal: Journal
) -> None:
    sandbox.set_faults("intellectmoney", lose_answer_rate=1.0)
    receipt_id = workflow.submit(sandbox_receipt(sandbox), INVOICE)
    assert workflow.process(receipt_id).state is ReceiptState.NEEDS_ATTENTION
    sandbox.clear_faults()
    assert workflow.process(receipt_id).state is ReceiptState.NEEDS_ATTENTION
    assert len(sandbox.requests("intellectmoney")) == 1
    # A person finds it in the account and gives its document id: no second document.
    (document,) = sandbox.documents()
    journal.resolve_with_document(receipt_id, document.document_id)
    record = workflow.process(receipt_id, patience=5)
    assert record.state is ReceiptState.FISCALIZED
    assert record.qr == str(document.qr)
    assert len(sandbox.documents()) == 1


def test_a_person_may_send_again_after_checking(
    sandbox: Sandbox, workflow: Workflow, journal: Journal
) -> None:
    sandbox.set_faults("intellectmoney", drop_rate=1.0)
    receipt_id = workflow.submit(sandbox_receipt(sandbox), INVOICE)
    assert workflow.process(receipt_id).state is ReceiptState.NEEDS_ATTENTION
    assert sandbox.documents() == []  # dropped before the cashbox did anything
    sandbox.clear_faults()
    journal.resolve_retry(receipt_id, "not in the IntellectMoney account")
    assert workflow.process(receipt_id, patience=5).state is ReceiptState.FISCALIZED
    assert len(sandbox.documents()) == 1
    history = [(event.actor, event.to_state) for event in journal.get(receipt_id).history]
    assert ("person", "queued") in history


def test_polling_stops_at_its_patience_and_resumes_later(
    journal: Journal, clients: Clients
) -> None:
    with Sandbox(seed=5, pending_polls=4) as slow:
        slow_clients = sandbox_clients(slow)
        first = Workflow(journal, slow_clients)
        receipt_id = first.submit(sandbox_receipt(slow), INVOICE)
        assert first.process(receipt_id, patience=0).state is ReceiptState.SUBMITTED
        # A new start (a new Workflow over the same journal) goes on polling.
        record = Workflow(journal, slow_clients).process(receipt_id, patience=10)
        assert record.state is ReceiptState.FISCALIZED
        assert len(slow.documents()) == 1


def test_a_refund_is_fiscalized_with_its_refund_number(
    sandbox: Sandbox, workflow: Workflow
) -> None:
    sale = workflow.process(workflow.submit(sandbox_receipt(sandbox), INVOICE), patience=5)
    refund = sandbox_receipt(sandbox, kind=ReceiptType.SALE_REFUND)
    record = workflow.process(
        workflow.submit(refund, INVOICE, refund_id=7, refund_of=sale.id), patience=5
    )
    assert record.state is ReceiptState.FISCALIZED
    assert sandbox.documents()[-1].refund_id == 7


def test_an_unknown_recipient_fails_the_copy_for_good(sandbox: Sandbox, workflow: Workflow) -> None:
    sandbox.set_faults("checker", checker_error="100004")
    record = workflow.process(
        workflow.submit(sandbox_receipt(sandbox, phone=PHONE), INVOICE), patience=5
    )
    assert record.state is ReceiptState.FISCALIZED
    assert record.delivery.state is DeliveryState.FAILED
    assert record.delivery.last_error is not None
    assert "no customer with this phone" in str(record.delivery.last_error)
    assert record.delivery.last_error.context == "services"


def test_a_copy_that_could_not_go_is_tried_again(sandbox: Sandbox, workflow: Workflow) -> None:
    # Checker.uz could not reach Telegram: documented as not sent.
    sandbox.set_faults("checker", checker_error="100006")
    record = workflow.process(
        workflow.submit(sandbox_receipt(sandbox, phone=PHONE), INVOICE), patience=5
    )
    assert record.delivery.state is DeliveryState.PENDING
    sandbox.clear_faults()
    assert workflow.deliver(record.id) is DeliveryState.DELIVERED


def test_receipts_left_sending_need_attention_at_start(
    sandbox: Sandbox, workflow: Workflow, journal: Journal
) -> None:
    receipt_id = workflow.submit(sandbox_receipt(sandbox), INVOICE)
    journal.mark_sending(receipt_id)  # as a crash right after this write would leave it
    assert workflow.recover() == (receipt_id,)
    assert journal.get(receipt_id).state is ReceiptState.NEEDS_ATTENTION
    assert sandbox.requests() == []
