"""The customer's copy is never sent twice by accident: when SendCheque was delivered but its
answer is lost or unreadable, the copy may have gone, so it waits for a person (ask the
customer, then send it again or note that it arrived). The sandbox's recorder counts every
SendCheque that reached it."""

from __future__ import annotations

from pathlib import Path

import pytest

from pos_app.cli import main
from pos_app.cli.exit_codes import ExitCode
from pos_app.core.journal import DeliveryState, Journal, ReceiptState
from pos_app.core.merchant_receipt import merchant_receipt_json
from pos_app.core.workflow import DeliveryChanged, Event, Outbox, Workflow
from pos_app.sandbox import Sandbox
from tests.services.conftest import sandbox_receipt

INVOICE = "3000000001"
PHONE = "+998901234567"
# Each a way the answer is lost after the request was delivered.
ANSWER_LOST = {
    "a malformed answer": {"malformed_rate": 1.0},
    "the answer lost after sending": {"lose_answer_rate": 1.0},
    "no answer in time": {"hang_rate": 1.0},
}


def _fiscalized_with_unknown_copy(
    sandbox: Sandbox, workflow: Workflow, faults: dict[str, float]
) -> int:
    sandbox.set_faults("checker", **faults)
    record = workflow.process(
        workflow.submit(sandbox_receipt(sandbox, phone=PHONE), INVOICE), patience=5
    )
    assert record.state is ReceiptState.FISCALIZED
    assert record.delivery.state is DeliveryState.UNKNOWN
    return record.id


@pytest.mark.parametrize("faults", ANSWER_LOST.values(), ids=ANSWER_LOST.keys())
def test_a_copy_whose_answer_was_lost_is_not_sent_again_by_itself(
    sandbox: Sandbox,
    workflow: Workflow,
    journal: Journal,
    events: list[Event],
    faults: dict[str, float],
) -> None:
    receipt_id = _fiscalized_with_unknown_copy(sandbox, workflow, faults)
    sandbox.clear_faults()

    report = Outbox(workflow).run_once()
    assert workflow.deliver(receipt_id) is DeliveryState.UNKNOWN

    assert len(sandbox.requests("checker")) == 1
    assert report.delivered == 0
    assert not report.trouble
    assert report.state.waiting == 0
    assert report.state.copies_unknown == 1
    record = journal.get(receipt_id)
    assert record.delivery.last_error is not None
    assert "Checker.uz" in str(record.delivery.last_error)
    assert any(
        isinstance(event, DeliveryChanged) and event.state is DeliveryState.UNKNOWN
        for event in events
    )


def test_a_person_resends_a_copy_the_customer_did_not_get(
    sandbox: Sandbox, workflow: Workflow, journal: Journal, events: list[Event]
) -> None:
    receipt_id = _fiscalized_with_unknown_copy(sandbox, workflow, ANSWER_LOST["a malformed answer"])
    sandbox.clear_faults()

    workflow.resend_copy(receipt_id, "the customer has no message")
    last = events[-1]
    assert isinstance(last, DeliveryChanged)
    assert (last.receipt_id, last.state) == (receipt_id, DeliveryState.PENDING)
    report = Outbox(workflow).run_once()

    assert report.delivered == 1
    assert journal.get(receipt_id).delivery.state is DeliveryState.DELIVERED
    assert len(sandbox.requests("checker")) == 2
    history = [event.detail for event in journal.get(receipt_id).history]
    assert "the customer has no message" in history


def test_a_person_notes_the_copy_arrived_and_nothing_is_sent(
    sandbox: Sandbox, workflow: Workflow, journal: Journal
) -> None:
    receipt_id = _fiscalized_with_unknown_copy(
        sandbox, workflow, ANSWER_LOST["the answer lost after sending"]
    )
    sandbox.clear_faults()

    workflow.copy_arrived(receipt_id)
    Outbox(workflow).run_once()

    assert journal.get(receipt_id).delivery.state is DeliveryState.DELIVERED
    assert len(sandbox.requests("checker")) == 1
    assert journal.outbox_state().copies_unknown == 0


@pytest.mark.usefixtures("sandbox_keyring")
def test_the_commands_say_the_copy_may_have_gone_and_a_person_resends_it(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    receipt = tmp_path / "receipt.json"
    receipt.write_text(merchant_receipt_json(sandbox_receipt(sandbox)), encoding="utf-8")
    sandbox.set_faults("checker", malformed_rate=1.0)

    code = main(["fiscalize", "--invoice", INVOICE, "--receipt", str(receipt), "--phone", PHONE])
    out, _ = capsys.readouterr()
    assert code == ExitCode.OK
    assert "Copy may have been sent: ask the customer" in out
    assert "pos-app resolve 1 --resend-copy" in out

    sandbox.clear_faults()
    assert main(["outbox", "--retry"]) == ExitCode.NEEDS_ATTENTION
    _, err = capsys.readouterr()
    assert "1 copies may have reached the customer" in err
    assert len(sandbox.requests("checker")) == 1

    code = main(["resolve", "1", "--resend-copy", "--note", "no message on the phone"])
    out, _ = capsys.readouterr()
    assert code == ExitCode.OK
    assert "Copy delivered" in out
    assert len(sandbox.requests("checker")) == 2
    assert main(["outbox"]) == ExitCode.OK
