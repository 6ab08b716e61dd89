"""The till session: one factory for the shop and the sandbox, what is missing said exactly,
a person's decisions through one evented path, sending in the outbox's order."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from pos_app.core import credentials
from pos_app.core.journal import ReceiptState
from pos_app.core.session import (
    SessionIncompleteError,
    TillSession,
    open_production_session,
    open_session,
)
from pos_app.core.settings_file import settings_path
from pos_app.core.workflow import Event, OutboxChanged, ReceiptChanged
from pos_app.sandbox import Sandbox
from pos_app.sandbox.clients import sandbox_clients
from pos_app.sandbox.till import sandbox_settings
from tests.services.conftest import sandbox_receipt


@pytest.fixture
def session(sandbox: Sandbox, tmp_path: Path) -> Iterator[TillSession]:
    opened = open_session(
        sandbox_settings(sandbox),
        folder=tmp_path,
        clients=lambda _settings: sandbox_clients(sandbox, read_timeout=2.0),
    )
    yield opened
    opened.close()


def test_without_settings_or_credentials_the_journal_opens_and_says_what_is_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A keyring of its own, empty (or none at all, outside scripts/test.sh).
    monkeypatch.setenv(credentials.SERVICE_ENV, f"pos-app-tests-{uuid.uuid4().hex[:8]}")
    session = open_production_session()
    try:
        assert not session.ready
        assert not session.can_send
        assert session.journal.list_recent() == ()
        said = [str(message) for message in session.missing]
        assert said[0] == "the shop's INN (setting shop_inn)"
        assert "intellectmoney.user_token" in said[-1] or "No OS keyring" in said[-1]
        with pytest.raises(SessionIncompleteError, match="Sending is not set up yet"):
            session.workflow  # noqa: B018 - the property is the point
    finally:
        session.close()


def test_a_broken_settings_file_is_listed_with_the_rest(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(credentials.SERVICE_ENV, f"pos-app-tests-{uuid.uuid4().hex[:8]}")
    settings_path().write_text("{", encoding="utf-8")
    session = open_production_session()
    try:
        assert "is not valid JSON" in str(session.missing[0])
    finally:
        session.close()


def test_a_decision_writes_the_journal_and_is_announced(
    session: TillSession, sandbox: Sandbox
) -> None:
    heard: list[Event] = []
    leave = session.events.subscribe(heard.append)
    receipt_id = session.journal.add(sandbox_receipt(sandbox), "3000000001")
    session.journal.mark_sending(receipt_id)
    session.journal.mark_needs_attention(receipt_id, "the answer was lost")

    session.decisions.found_in_account(receipt_id, " doc-17 ")

    assert session.journal.get(receipt_id).state is ReceiptState.SUBMITTED
    changed, outbox = heard
    assert isinstance(changed, ReceiptChanged)
    assert (changed.receipt_id, changed.state) == (receipt_id, ReceiptState.SUBMITTED)
    assert "doc-17" in str(changed.detail)
    assert isinstance(outbox, OutboxChanged)
    assert outbox.state.needs_attention == 0

    leave()
    session.journal.mark_needs_attention(receipt_id, "lost again")
    session.decisions.send_again(receipt_id)
    assert len(heard) == 2  # unsubscribed: nothing more arrives
    assert session.journal.get(receipt_id).state is ReceiptState.QUEUED


def test_sending_one_receipt_sends_older_waiting_ones_first(
    session: TillSession, sandbox: Sandbox
) -> None:
    older = session.submit(sandbox_receipt(sandbox))
    newer = session.submit(sandbox_receipt(sandbox, email="other@example.com"))

    record = session.process_in_order(newer, patience=10.0)

    assert record.state is ReceiptState.FISCALIZED
    assert session.journal.get(older).state is ReceiptState.FISCALIZED
    first, second = (doc.fd_number for doc in sandbox.documents())
    assert first < second
    assert session.journal.get(older).fiscal.fd == first  # type: ignore[union-attr]


def test_when_the_cashbox_is_down_a_newer_receipt_does_not_overtake(
    session: TillSession, sandbox: Sandbox
) -> None:
    older = session.submit(sandbox_receipt(sandbox))
    # The cashbox refuses the credentials: provably not taken, so the receipt waits.
    sandbox.set_faults("intellectmoney", blocked_token=True)
    newer = session.submit(sandbox_receipt(sandbox))

    record = session.process_in_order(newer, patience=0.0)

    assert record.state is ReceiptState.QUEUED
    assert session.journal.get(older).state is ReceiptState.QUEUED
    assert sandbox.documents() == []
