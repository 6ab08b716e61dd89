"""Before a receipt is started the journal's disk must have room, and a journal found damaged
takes no new receipt; the check runs in the background and says what to do."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pos_app.core.journal import Journal
from pos_app.core.journal.backup import backups
from pos_app.core.journal.errors import (
    BackupError,
    DiskAlmostFullError,
    JournalDamagedError,
    JournalError,
    JournalKnownDamagedError,
)
from pos_app.core.journal.health import MIN_FREE_BYTES
from pos_app.core.journal.upkeep import JournalUpkeep
from tests.journal.conftest import INVOICE, Clock, fiscalized, receipt

PAGE = 4096


def test_the_threshold_is_fifty_megabytes() -> None:
    assert MIN_FREE_BYTES == 50 * 1024 * 1024


def test_an_almost_full_disk_refuses_a_new_receipt_before_writing_anything(
    journal_path: Path, clock: Clock
) -> None:
    free = shutil.disk_usage(journal_path.parent).free
    with Journal.open(journal_path, clock=clock) as journal:
        kept = journal.add(receipt(), INVOICE)
    # The disk as if it held less than the journal needs: a threshold above what is free.
    with Journal.open(journal_path, clock=clock, min_free_bytes=free + 2**40) as journal:
        warning = journal.space_warning()
        with pytest.raises(DiskAlmostFullError) as raised:
            journal.add(receipt(), INVOICE)
        assert [r.id for r in journal.list_recent()] == [kept]  # nothing half-written
        journal.mark_sending(kept)  # a receipt already started goes on

    message = str(raised.value)
    assert "The disk is almost full" in message
    assert str(journal_path.parent) in message
    assert "Free some space on that disk" in message
    assert warning is not None
    assert str(warning) == message  # the status bar says the same
    assert isinstance(raised.value, JournalError)


def test_a_disk_with_room_gives_no_warning(journal: Journal) -> None:
    assert journal.space_warning() is None


def damage_inside(path: Path) -> None:
    """Scramble a table's page, leaving the file's header and schema readable."""
    data = bytearray(path.read_bytes())
    last = len(data) // PAGE - 1
    data[last * PAGE + 8 : last * PAGE + PAGE] = b"\x5a" * (PAGE - 8)
    path.write_bytes(bytes(data))


def checkpointed(path: Path, clock: Clock, count: int) -> None:
    with Journal.open(path, clock=clock) as journal:
        for _ in range(count):
            fiscalized(journal, receipt())
        journal._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def test_damage_found_by_the_check_stops_new_receipts(journal_path: Path, clock: Clock) -> None:
    checkpointed(journal_path, clock, 40)
    damage_inside(journal_path)

    with Journal.open(journal_path, clock=clock) as journal:
        found = journal.check_health()
        assert isinstance(found, JournalKnownDamagedError)
        with pytest.raises(JournalDamagedError) as raised:
            journal.add(receipt(), INVOICE)

    assert str(journal_path) in str(found)
    assert "No new receipt is written into it" in str(found)
    assert "pos-app journal restore FILE" in str(found)
    assert raised.value is found


def test_a_sound_journal_passes_the_check(journal: Journal) -> None:
    fiscalized(journal, receipt())
    assert journal.check_health() is None
    journal.add(receipt(), INVOICE)


def test_upkeep_warns_of_damage_and_makes_no_backup_of_it(
    journal_path: Path, clock: Clock, tmp_path: Path
) -> None:
    checkpointed(journal_path, clock, 40)
    damage_inside(journal_path)
    heard: list[JournalError] = []
    with Journal.open(journal_path, clock=clock) as journal:
        JournalUpkeep(journal, heard.append, backup_folder=tmp_path / "b").run_once()
    assert [type(e) for e in heard] == [JournalKnownDamagedError]
    assert backups(tmp_path / "b") == ()


def test_upkeep_makes_the_days_backup_once(journal: Journal, tmp_path: Path) -> None:
    fiscalized(journal, receipt())
    heard: list[JournalError] = []
    day = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    upkeep = JournalUpkeep(journal, heard.append, backup_folder=tmp_path / "b", now=lambda: day)
    upkeep.run_once()
    upkeep.run_once()
    assert heard == []
    assert [p.name for p in backups(tmp_path / "b")] == ["journal-20261130-090000.sqlite3"]


def test_upkeep_in_the_background_says_when_the_backup_fails(
    journal: Journal, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("")
    heard: list[JournalError] = []
    upkeep = JournalUpkeep(journal, heard.append, backup_folder=not_a_folder / "b")
    upkeep.start()
    upkeep.stop(60)
    assert [type(e) for e in heard] == [BackupError]
    assert str(not_a_folder / "b") in str(heard[0])
