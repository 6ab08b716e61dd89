"""`pos-app journal backup / restore / check / adopt`, and reading a journal that cannot be
written, from a script's point of view."""

from __future__ import annotations

from pathlib import Path

import pytest

from pos_app.cli.exit_codes import ExitCode
from pos_app.core import paths
from pos_app.core.journal import JOURNAL_FILE, Journal
from pos_app.core.journal.backup import backups
from pos_app.core.workflow.lock import SenderLock
from tests.journal.conftest import INVOICE, Clock, receipt
from tests.journal.test_cli import run, shop_journal  # noqa: F401 - the fixture
from tests.journal.test_journal_failures import read_only
from tests.journal.test_journal_health import damage_inside


def journal_path() -> Path:
    return paths.data_dir() / JOURNAL_FILE


def test_backup_then_restore_after_damage_brings_every_receipt_back(
    shop_journal: list[int],  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    clock: Clock,
) -> None:
    code, out, _ = run(capsys, "journal", "backup")
    assert code == ExitCode.OK
    (made,) = backups(paths.data_dir() / "backups")
    assert out == f"Backed up to {made}\n"
    with Journal.open(clock=clock) as journal:
        journal._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage_inside(journal_path())

    code, out, err = run(capsys, "journal", "restore", str(made))

    assert (code, err) == (ExitCode.OK, "")
    assert f"Restored {made}: receipts up to number {shop_journal[-1]}." in out
    assert "The journal that was there is kept as" in out
    code, out, _ = run(capsys, "journal", "list")
    assert [int(line.split()[0]) for line in out.splitlines()[1:]] == shop_journal[::-1]
    assert run(capsys, "journal", "check")[:2] == (ExitCode.OK, "The journal is sound.\n")


def test_restore_waits_for_no_sender_and_refuses_a_missing_file(
    shop_journal: list[int],  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    run(capsys, "journal", "backup")
    (made,) = backups(paths.data_dir() / "backups")

    with SenderLock() as window:
        assert window.try_acquire()
        code, _, err = run(capsys, "journal", "restore", str(made))
    assert code == ExitCode.FAILED
    assert "Another pos-app" in err

    code, _, err = run(capsys, "journal", "restore", str(made) + ".nope")
    assert code == ExitCode.BAD_INPUT
    assert "is not a file" in err


def test_an_emptied_journal_is_refused_until_a_person_adopts_it(
    shop_journal: list[int],  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    clock: Clock,
) -> None:
    journal_path().write_bytes(b"")

    code, _, err = run(capsys, "journal", "list")
    assert code == ExitCode.FAILED
    assert "missing or empty" in err
    assert "Traceback" not in err

    code, out, _ = run(capsys, "journal", "adopt")
    assert code == ExitCode.OK
    # Numbers that went out before are never given again (the last receipt was only queued).
    sent = shop_journal[-2]
    assert f"is now this computer's journal; the next receipt is number {sent + 1}" in out
    assert run(capsys, "journal", "list")[0] == ExitCode.OK


def test_a_damaged_journal_check_says_so(
    shop_journal: list[int],  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    clock: Clock,
) -> None:
    with Journal.open(clock=clock) as journal:
        for _ in range(40):
            journal.add(receipt(), INVOICE)
        journal._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage_inside(journal_path())

    code, _, err = run(capsys, "journal", "check")

    assert code == ExitCode.FAILED
    assert "is damaged" in err


def test_the_journal_is_listed_and_shown_from_a_read_only_folder(
    shop_journal: list[int],  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    with read_only(paths.data_dir()):
        listed = run(capsys, "journal", "list")
        shown = run(capsys, "journal", "show", str(shop_journal[0]))
        report = run(capsys, "report", "--from", "2025-02-11", "--to", "2025-02-11")
    assert listed[0] == shown[0] == report[0] == ExitCode.OK
    assert [int(line.split()[0]) for line in listed[1].splitlines()[1:]] == shop_journal[::-1]
