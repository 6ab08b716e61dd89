"""A receipt's way through the journal: every legal move, every refused one, and its history."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from pos_app.core.codes import ReceiptType
from pos_app.core.errors import ValidationError
from pos_app.core.i18n import Message
from pos_app.core.journal import (
    Actor,
    IllegalTransitionError,
    Journal,
    ReceiptNotFoundError,
    ReceiptState,
    Topic,
)
from pos_app.core.journal.states import RECEIPT_TRANSITIONS
from tests.journal.conftest import INVOICE, Clock, fiscal_data, receipt

S = ReceiptState
Action = Callable[[Journal, int], None]

SOLD = receipt()

# Every way to move a receipt, named by the method the workflow (or a person) calls.
ACTIONS: dict[str, Action] = {
    "mark_sending": lambda j, i: j.mark_sending(i),
    "mark_not_sent": lambda j, i: j.mark_not_sent(i, "connection refused"),
    "mark_submitted": lambda j, i: j.mark_submitted(i, "doc-1"),
    "mark_fiscalized": lambda j, i: j.mark_fiscalized(i, fiscal_data(SOLD)),
    "mark_rejected": lambda j, i: j.mark_rejected(i, "В группе нет ни одного устройства"),
    "mark_needs_attention": lambda j, i: j.mark_needs_attention(i, "timed out"),
    "mark_held": lambda j, i: j.mark_held(i, "Result.State 77: неизвестная ошибка"),
    "mark_fiscal_data_late": lambda j, i: j.mark_fiscal_data_late(i, "queued for 15 min"),
    "resolve_retry": lambda j, i: j.resolve_retry(i),
    "resolve_with_document": lambda j, i: j.resolve_with_document(i, "doc-2"),
    "cancel": lambda j, i: j.cancel(i, "the customer changed their mind"),
}
# What each legal move is, as (from, to): the journal's table must be exactly this.
LEGAL = {
    (S.QUEUED, "mark_sending"): S.SENDING,
    (S.SENDING, "mark_not_sent"): S.QUEUED,
    (S.SENDING, "mark_submitted"): S.SUBMITTED,
    (S.SENDING, "mark_rejected"): S.REJECTED,
    (S.SENDING, "mark_needs_attention"): S.NEEDS_ATTENTION,
    (S.SUBMITTED, "mark_fiscalized"): S.FISCALIZED,
    (S.SUBMITTED, "mark_rejected"): S.REJECTED,
    (S.SUBMITTED, "mark_needs_attention"): S.NEEDS_ATTENTION,
    (S.NEEDS_ATTENTION, "resolve_retry"): S.QUEUED,
    (S.NEEDS_ATTENTION, "resolve_with_document"): S.SUBMITTED,
    (S.QUEUED, "cancel"): S.CANCELLED,
    (S.HELD, "cancel"): S.CANCELLED,
    (S.SENDING, "mark_held"): S.HELD,
    (S.HELD, "resolve_retry"): S.QUEUED,
    (S.SUBMITTED, "mark_fiscal_data_late"): S.FISCAL_DATA_LATE,
    (S.FISCAL_DATA_LATE, "mark_fiscalized"): S.FISCALIZED,
    (S.FISCAL_DATA_LATE, "mark_rejected"): S.REJECTED,
    (S.FISCAL_DATA_LATE, "mark_needs_attention"): S.NEEDS_ATTENTION,
}
# The shortest way to bring a new receipt to each state.
PATHS: dict[ReceiptState, tuple[str, ...]] = {
    S.QUEUED: (),
    S.SENDING: ("mark_sending",),
    S.SUBMITTED: ("mark_sending", "mark_submitted"),
    S.FISCALIZED: ("mark_sending", "mark_submitted", "mark_fiscalized"),
    S.REJECTED: ("mark_sending", "mark_rejected"),
    S.NEEDS_ATTENTION: ("mark_sending", "mark_needs_attention"),
    S.CANCELLED: ("cancel",),
    S.HELD: ("mark_sending", "mark_held"),
    S.FISCAL_DATA_LATE: ("mark_sending", "mark_submitted", "mark_fiscal_data_late"),
}
# A person's decisions (the rest are the app's).
PERSON_ACTIONS = {"resolve_retry", "resolve_with_document", "cancel"}


def receipt_in(journal: Journal, state: ReceiptState) -> int:
    receipt_id = journal.add(SOLD, INVOICE)
    for step in PATHS[state]:
        ACTIONS[step](journal, receipt_id)
    assert journal.get(receipt_id).state is state
    return receipt_id


def test_the_table_of_moves_is_the_one_the_tests_walk() -> None:
    moves = {(start, target) for (start, _), target in LEGAL.items()}
    assert moves == set(RECEIPT_TRANSITIONS)
    person_moves = {
        (start, LEGAL[start, action]) for start, action in LEGAL if action in PERSON_ACTIONS
    }
    assert person_moves == {
        move for move, actor in RECEIPT_TRANSITIONS.items() if actor == "person"
    }


@pytest.mark.parametrize(("start", "action"), sorted(LEGAL))
def test_every_legal_move_changes_the_state_and_is_written_in_the_history(
    journal: Journal, clock: Clock, start: ReceiptState, action: str
) -> None:
    receipt_id = receipt_in(journal, start)
    events_before = len(journal.get(receipt_id).history)
    clock.advance(seconds=5)

    ACTIONS[action](journal, receipt_id)

    record = journal.get(receipt_id)
    assert record.state is LEGAL[(start, action)]
    assert len(record.history) == events_before + 1
    last = record.history[-1]
    assert (last.topic, last.from_state, last.to_state) == (
        Topic.RECEIPT,
        start,
        LEGAL[(start, action)],
    )
    assert last.at == clock.now
    assert last.actor is (Actor.PERSON if action in PERSON_ACTIONS else Actor.APP)
    assert record.updated_at == clock.now


ILLEGAL = sorted(
    (state, action) for state in ReceiptState for action in ACTIONS if (state, action) not in LEGAL
)


@pytest.mark.parametrize(("start", "action"), ILLEGAL)
def test_every_other_move_is_refused_and_changes_nothing(
    journal: Journal, start: ReceiptState, action: str
) -> None:
    receipt_id = receipt_in(journal, start)
    before = journal.get(receipt_id)

    with pytest.raises(IllegalTransitionError, match=f"Receipt {receipt_id}"):
        ACTIONS[action](journal, receipt_id)

    assert journal.get(receipt_id) == before


def test_a_receipt_with_unknown_fate_is_never_sent_again_by_the_app(journal: Journal) -> None:
    receipt_id = receipt_in(journal, S.NEEDS_ATTENTION)

    with pytest.raises(IllegalTransitionError, match="only a person"):
        journal.mark_not_sent(receipt_id, "trying to requeue it on my own")
    with pytest.raises(IllegalTransitionError, match="only a person"):
        journal.mark_submitted(receipt_id, "doc-9")

    assert journal.get(receipt_id).state is S.NEEDS_ATTENTION
    assert journal.waiting() == ()


def test_fiscalized_rejected_and_cancelled_receipts_are_final() -> None:
    assert {state for state in ReceiptState if state.is_final} == {
        S.FISCALIZED,
        S.REJECTED,
        S.CANCELLED,
    }


def test_a_waiting_receipt_that_never_left_is_cancelled_with_its_reason(
    journal: Journal,
) -> None:
    receipt_id = receipt_in(journal, S.SENDING)
    journal.mark_not_sent(receipt_id, "connection refused")  # provably never left
    journal.cancel(receipt_id, "  rung up twice by mistake ")
    record = journal.get(receipt_id)
    assert record.state is S.CANCELLED
    last = record.history[-1]
    assert (last.actor, last.from_state, last.to_state, last.detail) == (
        Actor.PERSON,
        S.QUEUED,
        S.CANCELLED,
        "rung up twice by mistake",
    )
    assert journal.waiting() == ()


def test_a_receipt_that_may_have_reached_the_cashbox_is_never_cancelled(journal: Journal) -> None:
    # Its outcome was unknown; a person sent it again: it waits, but the first may be there.
    receipt_id = receipt_in(journal, S.NEEDS_ATTENTION)
    journal.resolve_retry(receipt_id)
    before = journal.get(receipt_id)
    with pytest.raises(IllegalTransitionError, match="may have reached the cashbox"):
        journal.cancel(receipt_id, "the customer left")
    assert journal.get(receipt_id) == before


def test_a_cancelled_receipts_copy_is_not_sent(journal: Journal) -> None:
    receipt_id = journal.add(receipt(phone="+998909998877"), INVOICE)
    journal.cancel(receipt_id, "wrong customer")
    assert journal.get(receipt_id).delivery.state.value == "not_needed"


@pytest.mark.parametrize("reason", ["", "   "])
def test_a_cancellation_says_why(journal: Journal, reason: str) -> None:
    receipt_id = journal.add(SOLD, INVOICE)
    with pytest.raises(ValidationError, match="Say why the receipt is cancelled"):
        journal.cancel(receipt_id, reason)
    assert journal.get(receipt_id).state is S.QUEUED


def test_every_state_has_a_plain_language_label() -> None:
    assert all(state.label and state.label != state.value for state in ReceiptState)


def test_a_receipt_keeps_its_whole_story_in_order(journal: Journal, clock: Clock) -> None:
    receipt_id = journal.add(SOLD, INVOICE)
    for action in ("mark_sending", "mark_needs_attention", "resolve_retry", "mark_sending"):
        clock.advance(minutes=1)
        ACTIONS[action](journal, receipt_id)
    clock.advance(minutes=1)
    journal.mark_submitted(receipt_id, "7e1f3806b1e148fc")
    clock.advance(minutes=1)
    journal.mark_fiscalized(receipt_id, fiscal_data(SOLD))

    history = journal.get(receipt_id).history
    assert [(e.from_state, e.to_state) for e in history] == [
        (None, S.QUEUED),
        (S.QUEUED, S.SENDING),
        (S.SENDING, S.NEEDS_ATTENTION),
        (S.NEEDS_ATTENTION, S.QUEUED),
        (S.QUEUED, S.SENDING),
        (S.SENDING, S.SUBMITTED),
        (S.SUBMITTED, S.FISCALIZED),
    ]
    assert [e.at for e in history] == sorted(e.at for e in history)
    assert history[2].detail == "timed out"
    assert history[3].actor is Actor.PERSON
    assert history[5].detail == "document 7e1f3806b1e148fc"
    assert history[6].detail == "FD 18214, FP 2396636946"


def test_the_service_words_of_a_rejection_are_kept(journal: Journal) -> None:
    receipt_id = receipt_in(journal, S.SENDING)

    journal.mark_rejected(receipt_id, "В группе нет ни одного фискализированного устройства")

    record = journal.get(receipt_id)
    assert record.last_error == Message.verbatim(
        "В группе нет ни одного фискализированного устройства"
    )
    assert record.history[-1].detail == str(record.last_error)


def test_a_translatable_reason_comes_back_as_the_same_message(journal: Journal) -> None:
    receipt_id = receipt_in(journal, S.SENDING)
    reason = Message.of(
        "services",
        "{service} cannot be reached ({problem}). Check the internet connection; nothing was sent.",
        {"service": "IntellectMoney", "problem": "connection refused"},
    )

    journal.mark_not_sent(receipt_id, reason)

    record = journal.get(receipt_id)
    assert record.last_error == reason
    assert journal.outbox_state().last_error == reason
    # Readers of the English text (the command line, older versions) still have it.
    assert record.history[-1].detail == str(reason)
    assert str(reason).startswith("IntellectMoney cannot be reached (connection refused).")


def test_the_document_id_is_kept_the_moment_the_cashbox_gives_it(journal: Journal) -> None:
    receipt_id = receipt_in(journal, S.SENDING)

    journal.mark_submitted(receipt_id, "  7e1f3806b1e148fc886ff5518484fe80 ")

    assert journal.get(receipt_id).document_id == "7e1f3806b1e148fc886ff5518484fe80"


def test_a_person_can_settle_an_unknown_outcome_with_the_document_found(journal: Journal) -> None:
    receipt_id = receipt_in(journal, S.NEEDS_ATTENTION)

    journal.resolve_with_document(receipt_id, "doc-found", note="found in the cabinet")

    record = journal.get(receipt_id)
    assert (record.state, record.document_id) == (S.SUBMITTED, "doc-found")
    assert (record.history[-1].actor, record.history[-1].detail) == (
        Actor.PERSON,
        "found in the cabinet",
    )
    assert record.last_error is None


def test_moving_a_receipt_the_journal_does_not_have_says_so(journal: Journal) -> None:
    with pytest.raises(ReceiptNotFoundError, match="no receipt 42"):
        journal.mark_sending(42)
    with pytest.raises(ReceiptNotFoundError):
        journal.get(42)


def test_an_app_stopped_while_sending_leaves_the_receipt_needing_attention(
    journal: Journal,
) -> None:
    sending = receipt_in(journal, S.SENDING)
    queued = receipt_in(journal, S.QUEUED)

    assert journal.mark_interrupted_sends() == (sending,)

    record = journal.get(sending)
    assert record.state is S.NEEDS_ATTENTION
    assert record.last_error is not None
    assert record.last_error.context == "journal"
    assert "unknown" in str(record.last_error)
    assert journal.get(queued).state is S.QUEUED
    assert journal.outbox_state().needs_attention == 1


_CRASH = """
import os, sys
from pathlib import Path
from tests.journal.conftest import INVOICE, receipt
from pos_app.core.journal import Journal

journal = Journal.open(Path(sys.argv[1]))
receipt_id = journal.add(receipt(phone="+79161234567"), INVOICE)
if sys.argv[2] == "sending":
    journal.mark_sending(receipt_id)
print(receipt_id, flush=True)
os._exit(9)  # dies at once: no close, no clean-up, as in a crash
"""


@pytest.mark.slow
@pytest.mark.parametrize("stage", ["queued", "sending"])
def test_receipt_is_durable_before_it_is_sent(journal_path: Path, stage: str) -> None:
    crashed = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_CRASH), str(journal_path), stage],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=Path(__file__).parents[2],
    )
    assert crashed.returncode == 9, crashed.stderr
    receipt_id = int(crashed.stdout)

    with Journal.open(journal_path) as reopened:
        record = reopened.get(receipt_id)
        assert record.state == stage
        assert record.phone == "+79161234567"
        if stage == "sending":
            assert reopened.mark_interrupted_sends() == (receipt_id,)
            assert reopened.waiting() == ()
        else:
            assert [r.id for r in reopened.waiting()] == [receipt_id]


@pytest.mark.parametrize("read_back", [ReceiptType.SALE, ReceiptType.EXPENSE])
def test_the_qrs_receipt_type_is_the_journals_own(journal: Journal, read_back: ReceiptType) -> None:
    # A refund whose type the cashbox named in a way the app misread: the QR printed for it
    # still says n=2, the type that was sent.
    refund = receipt(receipt_type=ReceiptType.SALE_REFUND)
    receipt_id = journal.add(refund, INVOICE)
    journal.mark_sending(receipt_id)
    journal.mark_submitted(receipt_id, "doc-1")
    fiscal = dataclasses.replace(fiscal_data(refund), receipt_type=read_back)
    journal.mark_fiscalized(receipt_id, fiscal)
    assert journal.get(receipt_id).qr == (
        "t=20250211T1214&s=91.80&fn=7380440801375198&i=18214&fp=2396636946&n=2"
    )
