"""A journal emptied, deleted, replaced by another or by an older copy is refused, not silently
started over (receipt numbers are also the customers' Checker.uz codes); a person who checked
the file adopts it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pos_app.core.journal import Journal, document_ids, identity
from pos_app.core.journal.errors import JournalReplacedError
from tests.journal.conftest import INVOICE, Clock, fiscalized, receipt


def journal_with(path: Path, clock: Clock, count: int) -> list[int]:
    with Journal.open(path, clock=clock) as journal:
        return [fiscalized(journal, receipt()) for _ in range(count)]


def test_a_journal_emptied_to_zero_bytes_is_refused_and_left_as_it_is(
    journal_path: Path, clock: Clock
) -> None:
    journal_with(journal_path, clock, 3)
    journal_path.write_bytes(b"")
    for part in ("-wal", "-shm"):
        journal_path.with_name(journal_path.name + part).unlink(missing_ok=True)

    with pytest.raises(JournalReplacedError) as raised:
        Journal.open(journal_path, clock=clock)

    message = str(raised.value)
    assert str(journal_path) in message
    assert "missing or empty" in message
    assert "receipts up to number 3" in message
    assert "pos-app journal restore FILE" in message
    assert str(journal_path.parent / "backups") in message
    assert journal_path.read_bytes() == b""  # not made a fresh journal


def test_a_deleted_journal_is_not_made_again(journal_path: Path, clock: Clock) -> None:
    journal_with(journal_path, clock, 2)
    for part in ("", "-wal", "-shm"):
        journal_path.with_name(journal_path.name + part).unlink(missing_ok=True)

    with pytest.raises(JournalReplacedError, match="missing or empty"):
        Journal.open(journal_path, clock=clock)
    assert not journal_path.exists()


def test_another_journal_put_in_its_place_is_refused(tmp_path: Path, clock: Clock) -> None:
    ours, theirs = tmp_path / "ours" / "journal.sqlite3", tmp_path / "theirs.sqlite3"
    ours.parent.mkdir()
    journal_with(ours, clock, 2)
    journal_with(theirs, clock, 5)
    shutil.copyfile(theirs, ours)

    with pytest.raises(JournalReplacedError) as raised:
        Journal.open(ours, clock=clock)

    assert "not the journal this computer kept" in str(raised.value)
    assert "pos-app journal adopt" in str(raised.value)


def test_an_older_copy_of_the_journal_is_refused(tmp_path: Path, clock: Clock) -> None:
    path = tmp_path / "journal.sqlite3"
    journal_with(path, clock, 2)
    older = tmp_path / "older.sqlite3"
    with Journal.open(path, clock=clock) as journal:
        journal._conn.execute(f"VACUUM INTO '{older}'")
        fiscalized(journal, receipt())
    shutil.copyfile(older, path)
    for part in ("-wal", "-shm"):
        path.with_name(path.name + part).unlink(missing_ok=True)

    with pytest.raises(JournalReplacedError) as raised:
        Journal.open(path, clock=clock)

    assert "older copy: it ends at receipt 2" in str(raised.value)
    assert "up to number 3" in str(raised.value)


def test_a_person_adopts_the_present_file_and_numbers_still_never_start_over(
    journal_path: Path, clock: Clock
) -> None:
    journal_with(journal_path, clock, 3)
    journal_path.write_bytes(b"")
    document_ids.keep(journal_path, 1, "doc-of-the-old-journals-receipt-1")

    with Journal.open(journal_path, clock=clock, adopt=True) as journal:
        # The three numbers given before are never given again.
        assert journal.add(receipt(), INVOICE) == 4
    # The old journal's document ids no longer name this journal's receipts: kept aside.
    assert document_ids.read(journal_path) == {}
    (aside,) = journal_path.parent.glob("*.document-ids.before-adopt-*")
    assert "doc-of-the-old-journals-receipt-1" in aside.read_text()
    with Journal.open(journal_path, clock=clock) as journal:  # accepted from now on
        assert [r.id for r in journal.list_recent()] == [4]


def test_the_identity_follows_every_receipt_sent(journal_path: Path, clock: Clock) -> None:
    ids = journal_with(journal_path, clock, 4)
    with Journal.open(journal_path, clock=clock) as journal:
        queued = journal.add(receipt(), INVOICE)
        kept = identity.load(journal_path)
        assert kept is not None
        assert kept.last_receipt == ids[-1]  # a queued receipt's number has not left yet
        journal.mark_sending(queued)
    assert identity.load(journal_path) == identity.Identity(kept.journal_id, queued)
