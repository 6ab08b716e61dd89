"""A receipt's history keeps the app's words translatable, the English beside them, and shows an
older journal's plain text as it was written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pos_app.core.i18n import Message
from pos_app.core.journal import Journal, ReceiptState, schema
from pos_app.core.journal import history_texts as words
from tests.journal.conftest import INVOICE, Clock, fiscalized, receipt
from tests.journal.test_migrations import journal_at

PHONE = "+79161234567"
OTHER_PHONE = "+79991234567"


def test_each_step_is_kept_in_english_and_as_a_message_to_translate(journal: Journal) -> None:
    receipt_id = fiscalized(journal, receipt(phone=PHONE))
    journal.mark_delivered(receipt_id)

    history = journal.get(receipt_id).history

    assert [event.detail for event in history][:2] == [
        "added to the journal",
        "sending to the cashbox",
    ]
    for event in history:
        said = event.said()
        assert said.context == words.CONTEXT
        assert str(said) == event.detail
    assert history[-1].said() == words.said(words.COPY_DELIVERED)


def test_a_copy_sent_to_another_phone_says_both_phones_in_any_language(journal: Journal) -> None:
    receipt_id = fiscalized(journal, receipt(phone=PHONE))
    journal.mark_delivered(receipt_id)

    journal.retry_delivery(receipt_id, phone=OTHER_PHONE)

    last = journal.get(receipt_id).history[-1]
    assert last.detail == f"a person asked to try again; copy to {OTHER_PHONE} (was {PHONE})"
    assert last.said().template == words.COPY_AGAIN_TO_WAS
    assert last.said().params == {"phone": OTHER_PHONE, "old": PHONE}


def test_a_persons_own_note_stays_in_their_words(journal: Journal) -> None:
    receipt_id = journal.add(receipt(), INVOICE)

    journal.cancel(receipt_id, "Покупатель передумал")

    last = journal.get(receipt_id).history[-1]
    assert last.said() == Message.verbatim("Покупатель передумал")


def test_an_older_journals_history_reads_as_it_was_written(
    journal_path: Path, clock: Clock
) -> None:
    raw = sqlite3.connect(journal_path, isolation_level=None)
    try:
        ids = journal_at(raw, schema.LATEST_VERSION - 1)
    finally:
        raw.close()

    with Journal.open(journal_path, clock=clock) as journal:
        old = journal.get(ids["milk"])
        journal.cancel(ids["milk"], "wrong price")
        history = journal.get(ids["milk"]).history

    assert old.state is ReceiptState.QUEUED
    assert history[0].said() == Message.verbatim("added to the journal")
    assert history[0].detail_message == Message.verbatim("added to the journal")
    cancelled = next(event for event in history if event.to_state == ReceiptState.CANCELLED)
    assert cancelled.said() == Message.verbatim("wrong price")
    # Its copy is no longer needed, in words the window translates.
    assert history[-1].said() == words.said(words.CANCELLED)
