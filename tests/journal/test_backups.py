"""Backups of the journal: made online, rotated, and restored with checks; a damaged journal
is restored from the last backup with every receipt it held."""

from __future__ import annotations

import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pos_app.core.journal import Journal, ReceiptState
from pos_app.core.journal.backup import (
    KEEP_DAYS,
    backup_made_on,
    backups,
    make_backup,
    restore,
    rotate,
)
from pos_app.core.journal.errors import BackupError, JournalDamagedError
from pos_app.core.workflow import Event, JournalTrouble, Outbox, OutboxRunner, Workflow
from pos_app.sandbox import Sandbox
from pos_app.sandbox.clients import sandbox_clients
from tests.journal.conftest import INVOICE, Clock, fiscalized, receipt
from tests.journal.test_journal_health import checkpointed, damage_inside

# A guard so that a broken test fails instead of hanging; never a measure of speed.
GUARD_SECONDS = 60.0
NOON = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def test_a_damaged_journal_is_restored_from_the_last_backup_with_every_receipt(
    journal_path: Path, clock: Clock, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    with Journal.open(journal_path, clock=clock) as journal:
        held = [fiscalized(journal, receipt()) for _ in range(40)]
        queued = journal.add(receipt(), INVOICE)
        made = journal.backup(folder)  # while the journal is open: an online backup
        before = {r.id: (r.state, r.total, r.fd) for r in journal.list_recent(100)}
        journal._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage_inside(journal_path)
    with pytest.raises(JournalDamagedError), Journal.open(journal_path, clock=clock) as journal:
        # Every receipt whole, so the damage is met whichever table's page it hit.
        [journal.get(summary.id) for summary in journal.list_recent(100)]

    restored = restore(backups(folder)[-1], journal_path)

    assert made == backups(folder)[-1]
    assert restored.aside is not None
    assert restored.aside.exists()  # the damaged journal is kept, never deleted
    with Journal.open(journal_path, clock=clock) as journal:
        after = {r.id: (r.state, r.total, r.fd) for r in journal.list_recent(100)}
        assert after == before
        assert sorted(after) == [*held, queued]
        assert journal.get(queued).state is ReceiptState.QUEUED
        assert journal.check_health() is None
        assert journal.add(receipt(), INVOICE) == queued + 1


def test_an_older_backup_needs_force_and_no_number_is_given_twice(
    journal_path: Path, clock: Clock, tmp_path: Path
) -> None:
    with Journal.open(journal_path, clock=clock) as journal:
        fiscalized(journal, receipt())
        older = journal.backup(tmp_path / "b")
        later = [fiscalized(journal, receipt()) for _ in range(2)]

    with pytest.raises(BackupError) as raised:
        restore(older, journal_path)
    assert "ends at receipt 1" in str(raised.value)
    assert "receipts 2 to 3 are not in it" in str(raised.value)
    assert "--force" in str(raised.value)
    with Journal.open(journal_path, clock=clock) as journal:  # refused: nothing changed
        assert len(journal.list_recent()) == 3

    restored = restore(older, journal_path, force=True)

    assert restored.numbered_from == later[-1] + 1
    with Journal.open(journal_path, clock=clock) as journal:
        assert [r.id for r in journal.list_recent()] == [1]
        assert journal.add(receipt(), INVOICE) == later[-1] + 1
    with Journal.open(journal_path, clock=clock) as journal:  # and it opens again
        assert [r.id for r in journal.list_recent()] == [later[-1] + 1, 1]


def test_a_backup_of_another_journal_needs_force(tmp_path: Path, clock: Clock) -> None:
    ours, theirs = tmp_path / "ours.sqlite3", tmp_path / "theirs.sqlite3"
    with Journal.open(ours, clock=clock) as journal:
        fiscalized(journal, receipt())
    with Journal.open(theirs, clock=clock) as journal:
        for _ in range(3):
            fiscalized(journal, receipt())
        foreign = journal.backup(tmp_path / "b")

    with pytest.raises(BackupError, match="a backup of another journal"):
        restore(foreign, ours)
    restore(foreign, ours, force=True)
    with Journal.open(ours, clock=clock) as journal:
        assert len(journal.list_recent()) == 3


@pytest.mark.parametrize("kind", ["damaged", "not a journal", "missing"])
def test_a_bad_file_is_never_restored(
    journal_path: Path, clock: Clock, tmp_path: Path, kind: str
) -> None:
    with Journal.open(journal_path, clock=clock) as journal:
        fiscalized(journal, receipt())
    bad = tmp_path / "bad.sqlite3"
    if kind == "damaged":
        checkpointed(bad, clock, 40)
        damage_inside(bad)
    elif kind == "not a journal":
        sqlite3.connect(bad).execute("CREATE TABLE shopping (item)").connection.close()

    with pytest.raises(BackupError) as raised:
        restore(bad, journal_path)

    assert str(bad) in str(raised.value)
    with Journal.open(journal_path, clock=clock) as journal:
        assert len(journal.list_recent()) == 1


def test_backups_are_rotated_keeping_the_newest_of_each_of_the_last_days(
    journal: Journal, tmp_path: Path
) -> None:
    folder = tmp_path / "b"
    fiscalized(journal, receipt())
    for day in range(KEEP_DAYS + 3):
        for hour in (9, 18):
            make_backup(journal.path, folder, now=NOON + timedelta(days=day, hours=hour - 12))

    names = [p.name for p in backups(folder)]
    assert len(names) == KEEP_DAYS
    assert names[-1] == f"journal-{NOON + timedelta(days=KEEP_DAYS + 2):%Y%m%d}-180000.sqlite3"
    assert all(name.endswith("-180000.sqlite3") for name in names)
    assert rotate(folder) == ()


def test_a_backup_is_one_sound_file(journal: Journal, tmp_path: Path) -> None:
    fiscalized(journal, receipt())
    made = journal.backup(tmp_path / "b")
    assert not made.with_name(made.name + "-wal").exists()
    connection = sqlite3.connect(made)
    assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert connection.execute("SELECT COUNT(*) FROM receipts").fetchone() == (1,)
    connection.close()


def test_the_sender_makes_the_days_backup_in_the_background(
    sandbox: Sandbox, journal: Journal, tmp_path: Path
) -> None:
    fiscalized(journal, receipt())
    clients = sandbox_clients(sandbox)
    workflow = Workflow(journal, clients)
    heard: list[Event] = []
    workflow.subscribe(heard.append)
    folder = tmp_path / "b"
    runner = OutboxRunner(Outbox(workflow), workflow, backup_folder=folder)
    runner.start()
    try:
        deadline = time.monotonic() + GUARD_SECONDS
        while not backups(folder) and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        runner.stop(GUARD_SECONDS)
        clients.close()
    assert backup_made_on(folder, datetime.now(UTC).date())
    assert not [event for event in heard if isinstance(event, JournalTrouble)]
