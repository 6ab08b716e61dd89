"""One schedule for asking the cashbox for fiscal data: getReceipt right after createReceipt,
then less and less often, the same whether the outbox's rounds or process() do the asking."""

from __future__ import annotations

import random
import threading

import pytest

from pos_app.core.errors import ValidationError
from pos_app.core.journal import Journal, ReceiptState
from pos_app.core.settings import Settings
from pos_app.core.workflow import (
    FISCAL_DATA_POLLS,
    Backoff,
    Clients,
    Outbox,
    PollSchedule,
    Workflow,
)
from pos_app.sandbox import Sandbox
from tests.services.conftest import sandbox_receipt

INVOICE = "3000000001"


class Ticks:
    """The workflow's and the outbox's clock, and its stop event's waits: a wait moves the
    clock on by what was waited, so the test runs at once and sees every pause."""

    def __init__(self) -> None:
        self.now = 0.0
        self.waits: list[float] = []

    def __call__(self) -> float:
        return self.now


class Seeded(PollSchedule):
    """The schedule with its jitter drawn from a seeded generator: the same pauses each run."""

    def pauses(self, rng: random.Random | None = None) -> Backoff:
        return super().pauses(rng or random.Random(7))  # noqa: S311 - jitter, not secrecy


class TickingStop(threading.Event):
    def __init__(self, ticks: Ticks) -> None:
        super().__init__()
        self._ticks = ticks

    def wait(self, timeout: float | None = None) -> bool:
        assert timeout is not None
        self._ticks.waits.append(timeout)
        self._ticks.now += timeout
        return self.is_set()


def test_the_pauses_start_short_double_and_stop_growing_at_the_cap() -> None:
    schedule = PollSchedule(first=0.05, cap=2.0)
    pauses = schedule.pauses(random.Random(7))  # noqa: S311 - jitter, not secrecy
    drawn = [pauses.next_delay() for _ in range(40)]
    ceilings = [min(2.0, 0.05 * 2**n) for n in range(40)]
    assert all(0.005 <= pause <= ceiling for pause, ceiling in zip(drawn, ceilings, strict=True))
    assert drawn[0] <= 0.05  # the QR is on screen at once when the cashbox is quick
    later = drawn[10:]
    assert sum(later) / len(later) > 0.5  # grown well past the first pause (jittered)


def test_the_longest_pause_still_sees_the_shortest_fiscal_data_late_bound() -> None:
    with pytest.raises(ValidationError):
        Settings(fiscal_data_late_minutes=0)
    shortest = Settings(fiscal_data_late_minutes=1).fiscal_data_late.total_seconds()
    assert FISCAL_DATA_POLLS.cap <= shortest
    assert FISCAL_DATA_POLLS.first <= 0.05


def test_the_outbox_asks_right_after_create_receipt_then_as_the_workflow_schedules(
    sandbox: Sandbox, journal: Journal, clients: Clients
) -> None:
    ticks = Ticks()
    schedule = Seeded(first=1.0, cap=4.0)
    workflow = Workflow(journal, clients, clock=ticks, polls=schedule)
    outbox = Outbox(workflow, clock=ticks)
    sandbox.set_faults("intellectmoney", poll_answer="queued")
    receipt_id = workflow.submit(sandbox_receipt(sandbox), INVOICE)
    sandbox.clear_requests()
    outbox.run_once()
    asked = [request.path.rsplit("/", 1)[-1] for request in sandbox.requests("intellectmoney")]
    assert asked == ["createReceipt", "getReceipt"]  # in the same round, no pause between
    dues: list[float] = []
    for _ in range(6):
        due = outbox.next_poll_in()
        assert due is not None
        dues.append(due)
        ticks.now += due
        outbox.run_once()
    ceilings = [min(4.0, 1.0 * 2**n) for n in range(6)]
    assert all(due <= ceiling for due, ceiling in zip(dues, ceilings, strict=True))
    gets = [r for r in sandbox.requests("intellectmoney") if r.path.endswith("getReceipt")]
    assert len(gets) == 7  # each round that was due asked once
    assert journal.get(receipt_id).state is ReceiptState.SUBMITTED


def test_process_waits_for_fiscal_data_by_the_same_schedule(
    sandbox: Sandbox, journal: Journal, clients: Clients
) -> None:
    ticks = Ticks()
    schedule = Seeded(first=0.5, cap=4.0)
    workflow = Workflow(journal, clients, clock=ticks, stop=TickingStop(ticks), polls=schedule)
    sandbox.set_faults("intellectmoney", poll_answer="queued")
    record = workflow.process(workflow.submit(sandbox_receipt(sandbox), INVOICE), patience=30)
    assert record.state is ReceiptState.SUBMITTED
    ceilings = [min(4.0, 0.5 * 2**n) for n in range(len(ticks.waits))]
    assert all(wait <= ceiling for wait, ceiling in zip(ticks.waits, ceilings, strict=True))
    assert sum(ticks.waits) <= 30  # within its patience
    assert 8 < len(ticks.waits) < 30  # asked again and again, less and less often
    assert max(ticks.waits[4:]) > 2.0  # grown towards its cap

    sandbox.clear_faults()
    assert workflow.process(record.id, patience=30).state is ReceiptState.FISCALIZED
