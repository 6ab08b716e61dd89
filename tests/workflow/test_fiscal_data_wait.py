"""getReceipt never rejects a receipt the cashbox has taken in: every shape of answer, fed
through the real client and the workflow by the sandbox, ends fiscalized, rejected with the
cashbox's words (its explicit refusal only), or still waiting: asked again, shown as "fiscal
data late" past the bound, never rejected and never sent again."""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from pos_app.cli import main
from pos_app.cli.exit_codes import ExitCode
from pos_app.core.journal import DeliveryState, Journal, ReceiptState
from pos_app.core.workflow import (
    Clients,
    Event,
    Outbox,
    PollSchedule,
    ReceiptChanged,
    ServiceTrouble,
    Workflow,
)
from pos_app.sandbox import Sandbox
from tests.services.conftest import sandbox_receipt

INVOICE = "3000000001"
LATE = ReceiptState.FISCAL_DATA_LATE


class WallClock:
    """The workflow's wall time, moved on by the test (the journal keeps the real one)."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset


@dataclass(frozen=True)
class Shape:
    """The sandbox's faults while getReceipt is asked, where the receipt is after one poll,
    and words the journal keeps about it."""

    faults: dict[str, object]
    outcome: ReceiptState
    words: str

    def __str__(self) -> str:
        name, value = next(iter(self.faults.items()), ("fiscal", "data"))
        return str(value) if name == "poll_answer" else f"{name}={value}"


# Not-ready answers are polled with the bound already passed.
SHAPES = [
    Shape({"poll_answer": "queued"}, LATE, "OperationState 1 (Операция в очереди)"),
    Shape({"poll_answer": "other_response_state"}, LATE, "ResponseState Processing"),
    Shape({"poll_answer": "state_code_without_errors"}, LATE, "Result.State 9 (Чек не готов)"),
    Shape({"poll_answer": "empty_fiscal_fields"}, LATE, "fiscal data incomplete: FSNumber"),
    Shape({"poll_answer": "missing_fiscal_fields"}, LATE, "fiscal data incomplete: FSNumber"),
    Shape({"poll_answer": "unknown_operation_code"}, LATE, "OperationState 7"),
    Shape({"poll_answer": "unknown_refusal_code"}, LATE, "Result.State 77"),
    Shape({"poll_answer": "no_body"}, LATE, "HTTP 202 without a body"),
    Shape({"poll_answer": "bad_request_without_errors"}, LATE, "ResponseState BadRequest"),
    Shape({"poll_answer": "no_receipt_data"}, LATE, "no CashboxReceiptResponseData"),
    Shape({"malformed_rate": 1.0}, LATE, "IntellectMoney"),
    Shape({"error_rate": 1.0}, LATE, "IntellectMoney"),
    Shape({"blocked_token": True}, ReceiptState.SUBMITTED, "Check the token"),
    Shape({"poll_answer": "refused"}, ReceiptState.REJECTED, "ФН переполнен"),
    Shape({}, ReceiptState.FISCALIZED, ""),
]


def create_calls(sandbox: Sandbox) -> int:
    return sum(r.path.endswith("/createReceipt") for r in sandbox.requests("intellectmoney"))


@pytest.mark.parametrize("shape", SHAPES, ids=str)
def test_only_fiscal_data_or_the_cashboxs_refusal_end_the_wait(
    sandbox: Sandbox, journal: Journal, clients: Clients, events: list[Event], shape: Shape
) -> None:
    outcome, words = shape.outcome, shape.words
    wall = WallClock()
    workflow = Workflow(journal, clients, fiscal_data_late_after=900, now=wall)
    workflow.subscribe(events.append)
    receipt_id = workflow.submit(sandbox_receipt(sandbox, phone="+998901234567"), INVOICE)
    assert workflow.send(receipt_id) is ReceiptState.SUBMITTED
    # The sandbox's own "still processing" first: within the bound, it simply waits.
    assert workflow.fetch_fiscal_data(receipt_id) is ReceiptState.SUBMITTED
    wall.offset = timedelta(minutes=16)  # the bound has passed while the cashbox worked on it
    sandbox.set_faults("intellectmoney", **shape.faults)

    state = workflow.fetch_fiscal_data(receipt_id)

    record = journal.get(receipt_id)
    assert state is record.state is outcome
    if words:
        assert record.last_error is not None
        assert words in str(record.last_error)
    if outcome is LATE:
        assert record.last_error is not None
        assert ReceiptChanged(receipt_id, LATE, record.last_error) in events
        assert "16 min ago" in str(record.last_error)
        assert "not sent again" in str(record.last_error)
        # Asked again (and again): still waiting, never rejected.
        Outbox(workflow).run_once()
        assert journal.get(receipt_id).state is LATE
    if outcome is ReceiptState.SUBMITTED:
        # Credentials refused: a settings problem, told as one; the receipt stays as it is.
        assert any(isinstance(e, ServiceTrouble) and e.needs_settings for e in events)
    if outcome is ReceiptState.REJECTED:
        assert record.delivery.state is DeliveryState.NOT_NEEDED
        assert len(sandbox.documents()) == 1  # the sandbox made it; its refusal is a fault
        return
    sandbox.clear_faults()
    # Once the cashbox answers plainly, the same document's fiscal data come: nothing re-sent.
    final = workflow.process(receipt_id, patience=5)
    assert final.state is ReceiptState.FISCALIZED
    assert final.qr == str(sandbox.documents()[0].qr)
    assert final.delivery.state is DeliveryState.DELIVERED
    assert create_calls(sandbox) == 1
    assert len(sandbox.documents()) == 1


def test_before_the_bound_a_slow_receipt_simply_waits(
    sandbox: Sandbox, journal: Journal, clients: Clients
) -> None:
    wall = WallClock()
    workflow = Workflow(journal, clients, fiscal_data_late_after=900, now=wall)
    sandbox.set_faults("intellectmoney", poll_answer="queued")
    receipt_id = workflow.submit(sandbox_receipt(sandbox), INVOICE)
    assert workflow.process(receipt_id, patience=0).state is ReceiptState.SUBMITTED
    wall.offset = timedelta(minutes=14, seconds=59)
    assert workflow.fetch_fiscal_data(receipt_id) is ReceiptState.SUBMITTED
    assert journal.get(receipt_id).last_error is None
    wall.offset = timedelta(minutes=15)
    assert workflow.fetch_fiscal_data(receipt_id) is LATE


def test_the_outbox_asks_a_slow_receipt_less_and_less_often(
    sandbox: Sandbox, journal: Journal, clients: Clients
) -> None:
    class Ticks:
        now = 0.0

        def __call__(self) -> float:
            return self.now

    ticks = Ticks()
    workflow = Workflow(journal, clients, polls=PollSchedule(first=0.05, cap=8.0))
    outbox = Outbox(workflow, clock=ticks)
    sandbox.set_faults("intellectmoney", poll_answer="queued")
    workflow.process(workflow.submit(sandbox_receipt(sandbox), INVOICE), patience=0)
    sandbox.clear_requests()
    asked_at: list[float] = []
    while ticks.now < 120:
        before = len(sandbox.requests())
        outbox.run_once()
        if len(sandbox.requests()) > before:
            asked_at.append(ticks.now)
        ticks.now += 0.5
    pauses = [later - earlier for earlier, later in itertools.pairwise(asked_at)]
    assert len(asked_at) < 60  # far fewer than one poll a round
    assert max(pauses) > 4.0  # the pause grew
    assert max(pauses) <= 8.5  # up to its cap (and the round's half second)


def test_the_command_line_says_the_fiscal_data_are_late(
    sandbox: Sandbox, clients: Clients, capsys: pytest.CaptureFixture[str]
) -> None:
    with Journal.open() as journal:  # the data folder the commands use
        workflow = Workflow(journal, clients, fiscal_data_late_after=0)
        sandbox.set_faults("intellectmoney", poll_answer="queued")
        receipt = sandbox_receipt(sandbox)
        receipt_id = workflow.process(workflow.submit(receipt, INVOICE), patience=0).id
        assert journal.get(receipt_id).state is LATE
    assert main(["outbox"]) == ExitCode.WAITING
    out = capsys.readouterr().out
    assert "1 with fiscal data late" in out
    assert main(["outbox", "--json"]) == ExitCode.WAITING
    assert json.loads(capsys.readouterr().out)["fiscal_data_late"] == 1
    assert main(["journal", "show", str(receipt_id)]) == ExitCode.OK
    out = capsys.readouterr().out
    assert "State: Sent; the fiscal data are late" in out
    assert "OperationState 1" in out
