"""createReceipt refused as a whole for a reason the app does not know: no document was made,
so nothing is lost by sending again, but not by itself and not as the cashier's mistake. The
receipt is held with the service's words until a person sends it again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pos_app.cli import main
from pos_app.cli.exit_codes import ExitCode
from pos_app.core.i18n import Message
from pos_app.core.journal import Actor, Journal, ReceiptState
from pos_app.core.merchant_receipt import merchant_receipt_json
from pos_app.core.workflow import Event, Outbox, ReceiptChanged, ServiceTrouble, Workflow
from pos_app.sandbox import Sandbox
from tests.services.conftest import sandbox_receipt

INVOICE = "3000000001"
SANDBOX_WORDS = "неизвестная ошибка кассы"


def create_calls(sandbox: Sandbox) -> int:
    return sum(r.path.endswith("/createReceipt") for r in sandbox.requests("intellectmoney"))


def test_an_unknown_refusal_holds_the_receipt_with_the_services_words(
    sandbox: Sandbox, workflow: Workflow, journal: Journal, events: list[Event]
) -> None:
    sandbox.set_faults("intellectmoney", create_refusal_code=77)
    receipt_id = workflow.submit(sandbox_receipt(sandbox), INVOICE)
    record = workflow.process(receipt_id)
    assert record.state is ReceiptState.HELD
    assert record.last_error is not None
    assert SANDBOX_WORDS in str(record.last_error)
    assert "code 77" in str(record.last_error)
    assert "no fiscal document was made" in str(record.last_error)
    assert record.last_error.context == "services"  # translatable for the window
    assert ReceiptChanged(receipt_id, ReceiptState.HELD, record.last_error) in events
    assert sandbox.documents() == []
    # Not final, but not the outbox's either: it does not send it by itself.
    assert not record.state.is_final
    sandbox.clear_faults()
    Outbox(workflow).run_once()
    assert journal.get(receipt_id).state is ReceiptState.HELD
    assert create_calls(sandbox) == 1
    assert journal.outbox_state().held == 1
    assert journal.outbox_state().waiting == 0


def test_a_person_sends_a_held_receipt_again_once_the_cause_is_fixed(
    sandbox: Sandbox, workflow: Workflow, journal: Journal, events: list[Event]
) -> None:
    sandbox.set_faults("intellectmoney", create_refusal_code=77)
    receipt_id = workflow.submit(sandbox_receipt(sandbox), INVOICE)
    assert workflow.process(receipt_id).state is ReceiptState.HELD
    sandbox.clear_faults()  # the cause, fixed
    events.clear()
    workflow.send_again(receipt_id, "the cashbox's support fixed the account")
    fixed = "the cashbox's support fixed the account"
    assert [e for e in events if isinstance(e, ReceiptChanged)] == [
        ReceiptChanged(receipt_id, ReceiptState.QUEUED, Message.verbatim(fixed))
    ]
    last = journal.get(receipt_id).history[-1]
    assert (last.actor, last.from_state, last.to_state) == (Actor.PERSON, "held", "queued")
    assert last.detail == fixed
    record = workflow.process(receipt_id, patience=5)
    assert record.state is ReceiptState.FISCALIZED
    assert len(sandbox.documents()) == 1


def test_a_code_the_app_knows_is_not_held(sandbox: Sandbox, workflow: Workflow) -> None:
    # Result.State 4 is the credentials refused (ASSUMED, as the sandbox numbers it): a settings
    # problem, the receipt waits in the queue and goes by itself once they are fixed.
    sandbox.set_faults("intellectmoney", create_refusal_code=4)
    events: list[Event] = []
    workflow.subscribe(events.append)
    record = workflow.process(workflow.submit(sandbox_receipt(sandbox), INVOICE))
    assert record.state is ReceiptState.QUEUED
    assert any(isinstance(e, ServiceTrouble) and e.needs_settings for e in events)


@pytest.mark.usefixtures("sandbox_keyring")
def test_the_command_line_holds_and_sends_again(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    receipt_file = tmp_path / "receipt.json"
    receipt_file.write_text(merchant_receipt_json(sandbox_receipt(sandbox)), encoding="utf-8")
    sandbox.set_faults("intellectmoney", create_refusal_code=77)
    code = main(["fiscalize", "--invoice", INVOICE, "--receipt", str(receipt_file)])
    out = capsys.readouterr().out
    assert code == ExitCode.NEEDS_ATTENTION
    assert "Receipt 1: Held" in out
    assert SANDBOX_WORDS in out
    assert main(["outbox", "--retry"]) == ExitCode.NEEDS_ATTENTION
    err = capsys.readouterr().err
    assert "1 held" in err
    assert "pos-app resolve ID --retry" in err
    assert create_calls(sandbox) == 1
    assert main(["outbox", "--json"]) == ExitCode.NEEDS_ATTENTION
    assert json.loads(capsys.readouterr().out)["held"] == 1
    sandbox.clear_faults()
    assert main(["resolve", "1", "--retry", "--note", "fixed"]) == ExitCode.OK
    capsys.readouterr()
    assert len(sandbox.documents()) == 1
