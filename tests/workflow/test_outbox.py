"""The outbox: what waits is sent in order when the cashbox answers, and the runner does it in
the background."""

from __future__ import annotations

import random
import time

from pos_app.core.journal import Journal, ReceiptState
from pos_app.core.workflow import Backoff, Event, Outbox, OutboxChanged, OutboxRunner, Workflow
from pos_app.sandbox import Sandbox
from tests.services.conftest import sandbox_receipt

INVOICE = "3000000001"


def test_waiting_receipts_go_in_order_once_the_cashbox_answers(
    sandbox: Sandbox, workflow: Workflow, journal: Journal, events: list[Event]
) -> None:
    ids = [workflow.submit(sandbox_receipt(sandbox), INVOICE) for _ in range(3)]
    outbox = Outbox(workflow)
    sandbox.set_faults("intellectmoney", error_rate=1.0)
    sandbox.clear_requests()
    report = outbox.run_once()
    assert report.trouble
    assert report.sent == 0
    # One try: the first receipt is not taken (or its fate unknown), so the others are not
    # tried out of order.
    assert len(sandbox.requests("intellectmoney")) == 1
    assert [journal.get(i).state for i in ids][1:] == [ReceiptState.QUEUED] * 2
    sandbox.clear_faults()
    for i in ids:
        if journal.get(i).state is ReceiptState.NEEDS_ATTENTION:
            journal.resolve_retry(i)
    report = outbox.run_once(patience=5)
    assert not report.trouble
    assert report.state.waiting == 0
    assert all(journal.get(i).state is ReceiptState.FISCALIZED for i in ids)
    fiscalized = [d.document_id for d in sandbox.documents()]
    assert fiscalized == [journal.get(i).document_id for i in ids]
    assert isinstance(events[-1], OutboxChanged)


def test_the_outbox_state_for_the_status_bar(
    sandbox: Sandbox, workflow: Workflow, journal: Journal
) -> None:
    sandbox.set_faults("intellectmoney", error_rate=1.0)
    workflow.submit(sandbox_receipt(sandbox), INVOICE)
    Outbox(workflow).run_once()
    state = journal.outbox_state()
    assert state.waiting + state.needs_attention == 1
    assert state.oldest is not None


def test_the_runner_sends_what_is_submitted(sandbox: Sandbox, workflow: Workflow) -> None:
    runner = OutboxRunner(Outbox(workflow), workflow, idle_interval=30, poll_interval=0.2)
    runner.start()
    try:
        receipt_id = workflow.submit(sandbox_receipt(sandbox), INVOICE)
        runner.wake()
        deadline = time.monotonic() + 10
        while workflow.journal.get(receipt_id).state is not ReceiptState.FISCALIZED:
            assert time.monotonic() < deadline, workflow.journal.get(receipt_id)
            time.sleep(0.05)
    finally:
        runner.stop(timeout=5)
    assert len(sandbox.documents()) == 1


def test_backoff_grows_to_its_cap_with_jitter() -> None:
    backoff = Backoff(base=1.0, cap=8.0, rng=random.Random(4))  # noqa: S311 - jitter, not secrecy
    delays = [backoff.next_delay() for _ in range(12)]
    assert all(0.1 <= delay <= 8.0 for delay in delays)
    assert max(delays[6:]) > 4.0  # the ceiling has grown to the cap
    assert len(set(delays)) == len(delays)  # jittered
    backoff.reset()
    assert backoff.next_delay() <= 1.0
