"""When the journal's file fails (busy, full, damaged, read-only, missing), the cashier is told
which file and what to do, and nothing already stored is lost; a report never waits for a write."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

from pos_app.core.journal import Journal, JournalError
from pos_app.core.journal.errors import (
    JournalBusyError,
    JournalDamagedError,
    JournalFullError,
    JournalReadOnlyError,
    JournalUnavailableError,
)
from tests.journal.conftest import INVOICE, START, Clock, fiscalized, receipt

# A guard so that a broken test fails instead of hanging; never a measure of speed.
GUARD_SECONDS = 60.0

# Another program holding the journal's write lock until told to let go (or for a while).
HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE receipts SET updated_at = updated_at")
print("holding", flush=True)
if sys.argv[2] == "until-told":
    sys.stdin.readline()
else:
    time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
"""


@contextmanager
def another_program_holding(path: Path, hold: str = "until-told") -> Iterator[None]:
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), hold],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdout is not None
        assert holder.stdin is not None
        try:
            assert holder.stdout.readline() == "holding\n"
            yield
        finally:
            if hold == "until-told":
                holder.stdin.write("go\n")
            holder.stdin.close()
            assert holder.wait(timeout=GUARD_SECONDS) == 0


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """``path`` (a file or a folder) made unwritable for this process: by its permissions, or,
    for root, who writes through those, by the immutable attribute."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(mode & ~0o222)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    made = subprocess.run(["chattr", "+i", str(path)], check=False, capture_output=True)
    if made.returncode != 0:
        pytest.skip(f"cannot make {path} read-only for root here: {made.stderr!r}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_a_journal_another_program_holds_too_long_says_so_and_loses_nothing(
    journal_path: Path, clock: Clock
) -> None:
    with Journal.open(journal_path, clock=clock, lock_timeout=0.2) as journal:
        kept = journal.add(receipt(), INVOICE)
        with another_program_holding(journal_path):
            with pytest.raises(JournalBusyError) as raised:
                journal.mark_sending(kept)
            # Reading goes on while the other program holds the write lock.
            assert [r.id for r in journal.list_recent()] == [kept]
        journal.mark_sending(kept)  # once it lets go, the same step works
        assert journal.get(kept).state == "sending"

    message = str(raised.value)
    assert str(journal_path) in message
    assert "another program" in message
    assert "Close that program or wait a moment, then try again" in message
    assert raised.value.translatable.context == "journal"


def test_a_journal_held_for_a_moment_is_waited_for(journal_path: Path, clock: Clock) -> None:
    with Journal.open(journal_path, clock=clock) as journal:
        first = journal.add(receipt(), INVOICE)
        with another_program_holding(journal_path, hold="0.5"):
            second = journal.add(receipt(), INVOICE)
        assert [r.id for r in journal.list_recent()] == [second, first]


def test_a_full_disk_refuses_the_receipt_and_keeps_the_rest(journal: Journal) -> None:
    kept = journal.add(receipt(), INVOICE)
    # The file may not grow by a single page: as a full disk would have it.
    (pages,) = journal._conn.execute("PRAGMA page_count").fetchone()
    journal._conn.execute(f"PRAGMA max_page_count = {pages}")
    big = receipt(positions=tuple((f"Товар {n} " * 10, "1", "1.00", 11) for n in range(100)))

    with pytest.raises(JournalFullError) as raised:
        journal.add(big, INVOICE)

    assert str(journal.path) in str(raised.value)
    assert "is full" in str(raised.value)
    assert "Free some space on that disk" in str(raised.value)
    assert [r.id for r in journal.list_recent()] == [kept]
    journal._conn.execute(f"PRAGMA max_page_count = {pages * 100}")
    assert journal.get(journal.add(big, INVOICE)).total == big.total


def test_a_file_that_is_not_a_database_is_named_and_left_alone(journal_path: Path) -> None:
    words = "a shopping list, not a journal\n" * 200
    journal_path.write_text(words)

    with pytest.raises(JournalDamagedError) as raised:
        Journal.open(journal_path)

    assert str(journal_path) in str(raised.value)
    assert "Do not delete it" in str(raised.value)
    assert journal_path.read_text() == words


def test_a_damaged_journal_is_named_when_it_is_read(journal_path: Path, clock: Clock) -> None:
    with Journal.open(journal_path, clock=clock) as journal:
        for _ in range(30):
            fiscalized(journal, receipt())
    data = bytearray(journal_path.read_bytes())
    page = 4096
    # Every page after the header page scrambled: the tables' pages are no longer pages.
    data[page:] = b"\x5a" * (len(data) - page)
    journal_path.write_bytes(bytes(data))

    with pytest.raises(JournalDamagedError) as raised, Journal.open(journal_path) as journal:
        journal.period_totals(date(2025, 1, 1), date(2025, 12, 31))

    assert str(journal_path) in str(raised.value)


def test_a_read_only_journal_file_is_read_but_refuses_a_change(
    journal_path: Path, clock: Clock
) -> None:
    with Journal.open(journal_path, clock=clock) as journal:
        kept = journal.add(receipt(), INVOICE)

    with read_only(journal_path), Journal.open(journal_path, clock=clock) as journal:
        assert [r.id for r in journal.list_recent()] == [kept]
        with pytest.raises(JournalReadOnlyError) as raised:
            journal.add(receipt(), INVOICE)

    assert str(journal_path) in str(raised.value)
    assert "read-only" in str(raised.value)
    assert "Allow this user to write" in str(raised.value)


def test_a_new_journal_in_a_read_only_folder_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()

    with read_only(folder), pytest.raises(JournalReadOnlyError) as raised:
        Journal.open(folder / "journal.sqlite3")

    assert str(folder / "journal.sqlite3") in str(raised.value)
    assert not (folder / "journal.sqlite3").exists()


def test_an_existing_journal_in_a_read_only_folder_is_read_but_refuses_a_change(
    journal_path: Path, clock: Clock
) -> None:
    with Journal.open(journal_path, clock=clock) as journal:
        kept = fiscalized(journal, receipt())

    with read_only(journal_path.parent), Journal.open(journal_path, clock=clock) as journal:
        assert journal.read_only
        # The journal list, a receipt and a report still work.
        assert [r.id for r in journal.list_recent()] == [kept]
        assert journal.get(kept).state == "fiscalized"
        assert [t.count for t in journal.period_totals(START.date(), START.date()).by_type] == [1]
        with pytest.raises(JournalReadOnlyError) as raised:
            journal.add(receipt(), INVOICE)

    assert str(journal_path) in str(raised.value)
    assert "read-only" in str(raised.value)
    assert "Allow this user to write" in str(raised.value)


@pytest.mark.parametrize("where", ["missing folder", "a folder, not a file"])
def test_a_journal_that_cannot_be_opened_names_the_path(tmp_path: Path, where: str) -> None:
    path = tmp_path / "gone" / "journal.sqlite3" if where == "missing folder" else tmp_path

    with pytest.raises(JournalUnavailableError) as raised:
        Journal.open(path)

    assert str(path) in str(raised.value)
    assert "Check that the folder exists" in str(raised.value)


def test_every_journal_failure_is_a_journal_error() -> None:
    for kind in (
        JournalBusyError,
        JournalFullError,
        JournalDamagedError,
        JournalReadOnlyError,
        JournalUnavailableError,
    ):
        assert issubclass(kind, JournalError)


def test_a_report_reads_while_a_change_is_being_written(journal: Journal) -> None:
    sold = fiscalized(journal, receipt())
    writing, release = threading.Event(), threading.Event()
    released: list[bool] = []

    def outbox() -> None:
        # The outbox thread in the middle of a write transaction, holding the writer's lock.
        with journal._store.write() as conn:
            conn.execute("UPDATE receipts SET updated_at = updated_at")
            writing.set()
            released.append(release.wait(GUARD_SECONDS))

    writer = threading.Thread(target=outbox)
    writer.start()
    try:
        assert writing.wait(GUARD_SECONDS)
        # The window (this thread) reads meanwhile: on its own connection, without waiting.
        totals = journal.period_totals(date(2025, 1, 1), date(2025, 12, 31))
        assert [t.count for t in totals.by_type] == [1]
        assert journal.get(sold).state == "fiscalized"
        assert journal.outbox_state().waiting == 0
    finally:
        release.set()
        writer.join()
    assert released == [True]  # the reads ended while the write was still open


def test_a_write_goes_through_while_a_long_report_is_reading(journal: Journal) -> None:
    fiscalized(journal, receipt())
    reading, release = threading.Event(), threading.Event()
    released: list[bool] = []

    def report() -> None:
        # A report thread in the middle of a read transaction on its own connection.
        with journal._store.read() as conn:
            conn.execute("SELECT COUNT(*) FROM receipts").fetchone()
            reading.set()
            released.append(release.wait(GUARD_SECONDS))

    reader = threading.Thread(target=report)
    reader.start()
    try:
        assert reading.wait(GUARD_SECONDS)
        added = journal.add(receipt(), INVOICE)  # the Pay key
        journal.mark_sending(added)  # the outbox
        assert journal.get(added).state == "sending"
    finally:
        release.set()
        reader.join()
    assert released == [True]  # the writes ended while the report was still reading
