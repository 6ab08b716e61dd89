"""A receipt goes only to the cashbox it was made for; its copy carries what the cashier gave;
a person can withdraw a receipt that never left, or open a rejected one as a new draft."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from pos_app.core.checker_cheque import CopyDetails, DiscountCard
from pos_app.core.codes import PaymentType, ReceiptType
from pos_app.core.journal import (
    Actor,
    DeliveryState,
    IllegalTransitionError,
    Journal,
    ReceiptState,
    Topic,
)
from pos_app.core.receipt import Payment
from pos_app.core.services import IntellectMoneyClient
from pos_app.core.target import CashboxTarget, TargetMode
from pos_app.core.workflow import (
    Clients,
    DeliveryChanged,
    Event,
    Outbox,
    OutboxChanged,
    ReceiptChanged,
    ServiceTrouble,
    UnsentReceipts,
    Workflow,
)
from pos_app.sandbox import Sandbox
from tests.services.conftest import sandbox_receipt

INVOICE = "3000000001"


def real_cashbox_clients(clients: Clients) -> Clients:
    """The same clients, but set up as the shop's real cashbox (another target)."""
    cashbox = IntellectMoneyClient("https://api.intellectmoney.ru", clients.cashbox._credentials)
    return dataclasses.replace(clients, cashbox=cashbox, mode=TargetMode.PRODUCTION)


# --- the receipt's cashbox ---------------------------------------------------------------------


def test_a_receipt_records_the_cashbox_it_was_made_for(
    sandbox: Sandbox, workflow: Workflow, journal: Journal
) -> None:
    receipt_id = workflow.submit(sandbox_receipt(sandbox), INVOICE)
    assert journal.get(receipt_id).target == CashboxTarget(TargetMode.SANDBOX, sandbox.base_url)


def test_a_training_receipt_never_reaches_the_real_cashbox(
    sandbox: Sandbox, journal: Journal, clients: Clients, events: list[Event]
) -> None:
    training = Workflow(journal, clients).submit(sandbox_receipt(sandbox), INVOICE)
    real = Workflow(journal, real_cashbox_clients(clients))
    real.subscribe(events.append)

    report = Outbox(real).run_once()

    record = journal.get(training)
    assert record.state is ReceiptState.QUEUED  # waits, never sent elsewhere
    assert report.sent == 0
    assert not report.trouble  # waiting longer will not help; nothing to back off from
    assert report.state.elsewhere == 1
    assert str(record.last_error) == (
        f"Made for the sandbox at {sandbox.base_url}, but pos-app now sends to the real cashbox"
        " at https://api.intellectmoney.ru: the receipt waits and is never sent to another"
        f" cashbox. Start pos-app for the sandbox at {sandbox.base_url} to send it."
    )
    assert len([e for e in events if isinstance(e, ServiceTrouble)]) == 1
    # Said once: the next round changes nothing and tells nobody again.
    events.clear()
    Outbox(real).run_once()
    assert [e for e in events if isinstance(e, ServiceTrouble)] == []
    assert journal.get(training).history == record.history
    # Back on its own cashbox it goes, once.
    back = Outbox(Workflow(journal, clients)).run_once(patience=5)
    assert back.sent == 1
    assert journal.get(training).state is ReceiptState.FISCALIZED
    assert len(sandbox.documents()) == 1


def test_a_receipt_for_another_cashbox_does_not_hold_up_the_others(
    sandbox: Sandbox, journal: Journal, clients: Clients
) -> None:
    elsewhere = Workflow(journal, real_cashbox_clients(clients)).submit(
        sandbox_receipt(sandbox), INVOICE
    )
    here = Workflow(journal, clients)
    mine = here.submit(sandbox_receipt(sandbox), INVOICE)
    report = Outbox(here).run_once(patience=5)
    assert journal.get(mine).state is ReceiptState.FISCALIZED
    assert journal.get(elsewhere).state is ReceiptState.QUEUED
    assert (report.sent, report.state.elsewhere) == (1, 1)


def test_fiscal_data_are_asked_only_of_the_receipts_cashbox(
    sandbox: Sandbox, journal: Journal, clients: Clients
) -> None:
    workflow = Workflow(journal, clients)
    receipt_id = workflow.submit(sandbox_receipt(sandbox), INVOICE)
    assert workflow.send(receipt_id) is ReceiptState.SUBMITTED
    real = Workflow(journal, real_cashbox_clients(clients))
    assert real.fetch_fiscal_data(receipt_id) is ReceiptState.SUBMITTED
    assert "never sent to another cashbox" in str(journal.get(receipt_id).last_error)


# --- the customer's copy -----------------------------------------------------------------------


def test_the_copy_carries_the_code_card_and_note_given_with_the_receipt(
    sandbox: Sandbox, workflow: Workflow, journal: Journal
) -> None:
    copy = CopyDetails(
        customer_code=sandbox.credentials.checker_customer_code,
        discount_card=DiscountCard(code="1", name="Скидочная", scan="2341452345235345"),
        note="Спасибо!",
    )
    receipt_id = workflow.submit(sandbox_receipt(sandbox), INVOICE, copy=copy)
    assert journal.get(receipt_id).copy == copy
    record = workflow.process(receipt_id, patience=5)
    assert record.delivery.state is DeliveryState.DELIVERED
    (sent,) = sandbox.requests("checker")
    assert isinstance(sent.json, dict)
    assert sent.json["customer_code"] == sandbox.credentials.checker_customer_code
    assert "customer_phone" not in sent.json
    assert sent.json["discount_card"] == {
        "code": "1",
        "name": "Скидочная",
        "scan": "2341452345235345",
        "info": " ",
    }
    assert sent.json["note"] == "Спасибо!"
    payments = sum((Decimal(p["value"]) for p in sent.json["payments"]), Decimal(0))
    assert payments == Decimal(sent.json["amount"]) == Decimal("95.50")


def test_without_the_checker_token_the_copy_says_once_that_it_waits(
    sandbox: Sandbox, journal: Journal, clients: Clients, events: list[Event]
) -> None:
    no_token = Workflow(journal, dataclasses.replace(clients, checker=None))
    no_token.subscribe(events.append)
    receipt_id = no_token.submit(sandbox_receipt(sandbox, phone="998909998877"), INVOICE)
    outbox = Outbox(no_token)
    first = outbox.run_once(patience=5)
    record = journal.get(receipt_id)
    assert record.state is ReceiptState.FISCALIZED
    assert record.delivery.state is DeliveryState.PENDING
    assert record.delivery.attempts == 0
    assert "Checker.uz token is not set" in str(record.delivery.last_error)
    assert not first.trouble
    told = [e for e in events if isinstance(e, ServiceTrouble | DeliveryChanged)]
    assert len(told) == 2
    events.clear()
    for _ in range(3):
        assert not outbox.run_once().trouble
    assert [e for e in events if isinstance(e, ServiceTrouble | DeliveryChanged)] == []
    assert journal.get(receipt_id).history == record.history
    # The token is set: the copy goes.
    assert Workflow(journal, clients).deliver(receipt_id) is DeliveryState.DELIVERED


# --- a person's decisions ----------------------------------------------------------------------


def test_a_queued_receipt_is_cancelled_with_its_reason_and_never_sent(
    sandbox: Sandbox, workflow: Workflow, journal: Journal, events: list[Event]
) -> None:
    receipt_id = workflow.submit(sandbox_receipt(sandbox, phone="+998909998877"), INVOICE)
    record = UnsentReceipts(journal, workflow.emit).cancel(receipt_id, "rung up twice")
    assert record.state is ReceiptState.CANCELLED
    cancelled = next(e for e in reversed(record.history) if e.topic is Topic.RECEIPT)
    assert (cancelled.actor, cancelled.detail) == (Actor.PERSON, "rung up twice")
    assert record.delivery.state is DeliveryState.NOT_NEEDED
    changed, outbox = events[-2:]
    assert isinstance(changed, ReceiptChanged)
    assert changed.state is ReceiptState.CANCELLED
    assert isinstance(outbox, OutboxChanged)
    assert outbox.state.waiting == 0
    report = Outbox(workflow).run_once()
    assert (report.sent, report.state.waiting) == (0, 0)
    assert sandbox.requests("intellectmoney") == []


def test_a_cancel_that_meets_an_attempt_in_flight_waits_for_it(
    sandbox: Sandbox, workflow: Workflow, journal: Journal
) -> None:
    # The outbox is trying it right now; the attempt finds no connection and puts it back.
    receipt_id = workflow.submit(sandbox_receipt(sandbox), INVOICE)
    journal.mark_sending(receipt_id)
    pauses: list[float] = []

    def attempt_ends(seconds: float) -> None:
        pauses.append(seconds)
        if len(pauses) == 3:
            journal.mark_not_sent(receipt_id, "no connection")

    decisions = UnsentReceipts(journal, workflow.emit, pause=attempt_ends)
    record = decisions.cancel(receipt_id, "the customer left")
    assert record.state is ReceiptState.CANCELLED
    assert len(pauses) == 3


def test_a_cancel_that_an_attempt_overtakes_waits_for_it_too(
    sandbox: Sandbox, workflow: Workflow, journal: Journal
) -> None:
    # The receipt is waiting when looked at, but the outbox starts sending it just before
    # the cancel is written.
    receipt_id = workflow.submit(sandbox_receipt(sandbox), INVOICE)

    class Overtaken(Journal):
        def cancel(self, receipt_id: int, reason: object) -> None:
            if self.get(receipt_id).state is ReceiptState.QUEUED and not pauses:
                self.mark_sending(receipt_id)
            super().cancel(receipt_id, reason)  # type: ignore[arg-type]

    pauses: list[float] = []

    def attempt_ends(seconds: float) -> None:
        pauses.append(seconds)
        journal.mark_not_sent(receipt_id, "no connection")

    with Overtaken.open(journal.path) as overtaken:  # the same file, one step changed
        record = UnsentReceipts(overtaken, workflow.emit, pause=attempt_ends).cancel(
            receipt_id, "the customer left"
        )
    assert record.state is ReceiptState.CANCELLED
    assert pauses == [0.05]


def test_a_cancel_waits_for_an_attempt_in_flight_only_so_long(
    sandbox: Sandbox, workflow: Workflow, journal: Journal
) -> None:
    receipt_id = workflow.submit(sandbox_receipt(sandbox), INVOICE)
    journal.mark_sending(receipt_id)
    pauses: list[float] = []
    decisions = UnsentReceipts(journal, workflow.emit, patience=0.5, pause=pauses.append)
    with pytest.raises(IllegalTransitionError):
        decisions.cancel(receipt_id, "the customer left")
    assert journal.get(receipt_id).state is ReceiptState.SENDING
    assert 0 < sum(pauses) <= 0.5 + max(pauses)


def test_a_receipt_whose_request_may_have_arrived_cannot_be_cancelled(
    sandbox: Sandbox, workflow: Workflow, journal: Journal
) -> None:
    sandbox.set_faults("intellectmoney", lose_answer_rate=1.0)
    receipt_id = workflow.submit(sandbox_receipt(sandbox), INVOICE)
    assert workflow.send(receipt_id) is ReceiptState.NEEDS_ATTENTION
    decisions = UnsentReceipts(journal, workflow.emit)
    with pytest.raises(IllegalTransitionError):
        decisions.cancel(receipt_id, "the customer left")
    journal.resolve_retry(receipt_id)  # a person sent it again: the first may still be there
    with pytest.raises(IllegalTransitionError, match="may have reached the cashbox"):
        decisions.cancel(receipt_id, "the customer left")
    assert journal.get(receipt_id).state is ReceiptState.QUEUED


def test_a_rejected_receipt_opens_as_a_new_draft_with_all_that_was_entered(
    sandbox: Sandbox, workflow: Workflow, journal: Journal
) -> None:
    sold = dataclasses.replace(sandbox_receipt(sandbox, phone="998909998877"), group="Other")
    copy = CopyDetails(customer_code="C-7", note="Спасибо!")
    receipt_id = workflow.submit(sold, INVOICE, copy=copy)
    assert workflow.process(receipt_id).state is ReceiptState.REJECTED

    draft = UnsentReceipts(journal, workflow.emit).as_new_draft(receipt_id)

    assert draft.receipt == sold  # positions, payments, e-mail and phone
    assert draft.receipt.contact.email == "buyer@example.com"
    assert draft.receipt.contact.phone == "+998909998877"
    assert (draft.invoice_id, draft.copy, draft.source_id) == (INVOICE, copy, receipt_id)
    assert journal.get(receipt_id).state is ReceiptState.REJECTED
    # Fixed and sent as a new receipt.
    fixed = dataclasses.replace(draft.receipt, group=sandbox.credentials.group)
    again = workflow.process(workflow.submit(fixed, draft.invoice_id, copy=draft.copy), patience=5)
    assert again.state is ReceiptState.FISCALIZED


def test_a_waiting_receipt_opened_as_a_new_draft_is_withdrawn_first(
    sandbox: Sandbox, workflow: Workflow, journal: Journal
) -> None:
    refund = sandbox_receipt(sandbox, kind=ReceiptType.SALE_REFUND)
    receipt_id = workflow.submit(refund, INVOICE, refund_id=5)
    draft = UnsentReceipts(journal, workflow.emit).as_new_draft(receipt_id)
    assert (draft.receipt, draft.refund_id) == (refund, 5)
    record = journal.get(receipt_id)
    assert record.state is ReceiptState.CANCELLED
    assert record.history[-1].detail == "replaced by a new draft"


@pytest.mark.parametrize("state", [ReceiptState.FISCALIZED, ReceiptState.NEEDS_ATTENTION])
def test_a_receipt_that_is_or_may_be_fiscal_is_not_opened_as_a_new_draft(
    sandbox: Sandbox, workflow: Workflow, journal: Journal, state: ReceiptState
) -> None:
    if state is ReceiptState.NEEDS_ATTENTION:
        sandbox.set_faults("intellectmoney", lose_answer_rate=1.0)
    receipt_id = workflow.submit(sandbox_receipt(sandbox), INVOICE)
    assert workflow.process(receipt_id, patience=5).state is state
    with pytest.raises(IllegalTransitionError, match="only a rejected, cancelled or still waiting"):
        UnsentReceipts(journal).as_new_draft(receipt_id)


def test_copy_details_are_checked() -> None:
    assert CopyDetails(customer_code="  ", discount_card=DiscountCard()) == CopyDetails()
    with pytest.raises(ValueError, match="line break"):
        CopyDetails(note="line\nbreak")
    with pytest.raises(ValueError, match="At most 256 characters"):
        CopyDetails(discount_card=DiscountCard(info="x" * 257))
    assert Payment(PaymentType.CASH, Decimal(1)).amount == Decimal("1.00")


def test_a_training_receipts_copy_never_goes_through_the_real_service(
    sandbox: Sandbox, journal: Journal, clients: Clients
) -> None:
    training = Workflow(journal, dataclasses.replace(clients, checker=None))
    receipt_id = training.submit(sandbox_receipt(sandbox, phone="998909998877"), INVOICE)
    assert training.process(receipt_id, patience=5).state is ReceiptState.FISCALIZED
    real = Workflow(journal, real_cashbox_clients(clients))
    assert real.deliver(receipt_id) is DeliveryState.PENDING
    assert sandbox.requests("checker") == []
    assert Outbox(real).run_once().state.elsewhere == 1


def test_a_held_receipt_opened_as_a_new_draft_is_withdrawn_so_it_is_never_sent_again(
    sandbox: Sandbox, workflow: Workflow, journal: Journal
) -> None:
    sandbox.set_faults("intellectmoney", create_refusal_code=77)
    sold = sandbox_receipt(sandbox)
    receipt_id = workflow.submit(sold, INVOICE)
    assert workflow.send(receipt_id) is ReceiptState.HELD
    entered = UnsentReceipts(journal, workflow.emit).as_new_draft(receipt_id, "fixed the shop")
    assert entered.receipt == sold
    record = journal.get(receipt_id)
    assert record.state is ReceiptState.CANCELLED
    assert record.history[-1].detail == "fixed the shop"
    with pytest.raises(IllegalTransitionError):
        workflow.send_again(receipt_id)
