"""The disk fills up after the cashbox has taken a receipt in: the cashier is told the receipt
may be fiscalized and must not be rung again, the document id survives (beside the journal, in
the log), the command line exits "needs attention", and the next start shows the id."""

from __future__ import annotations

import argparse
import errno
import logging
import os
import sqlite3
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import pytest

from pos_app.cli.exit_codes import ExitCode, run_command
from pos_app.core.journal import Journal, ReceiptState
from pos_app.core.journal.document_ids import aside_path
from pos_app.core.journal.errors import UnrecordedAnswerError
from pos_app.core.workflow import (
    Clients,
    Event,
    JournalTrouble,
    Outbox,
    OutboxRunner,
    ReceiptChanged,
    Workflow,
)
from pos_app.sandbox import Sandbox
from pos_app.sandbox.clients import sandbox_clients
from tests.services.conftest import sandbox_receipt

INVOICE = "3000000001"
GUARD_SECONDS = 60.0


@pytest.fixture
def clients(sandbox: Sandbox) -> Iterator[Clients]:
    made = sandbox_clients(sandbox, read_timeout=5.0)
    yield made
    made.close()


def fill_the_disk(journal: Journal) -> None:
    """From now on the journal's file may not grow by a page, and its pages are full: the next
    write that adds a line fails as on a full disk (SQLITE_FULL)."""
    conn = journal._conn
    (pages,) = conn.execute("PRAGMA page_count").fetchone()
    conn.execute(f"PRAGMA max_page_count = {pages}")
    (some_receipt,) = conn.execute("SELECT MIN(id) FROM receipts").fetchone()
    while True:
        try:
            conn.execute(
                "INSERT INTO receipt_history (receipt_id, at, actor, to_state, detail)"
                " VALUES (?, '2025-01-01T00:00:00.000000+00:00', 'app', 'queued', 'filler')",
                (some_receipt,),
            )
        except sqlite3.OperationalError:
            return


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 4 MB file system (tmpfs) to fill up: needs root, so skipped elsewhere."""
    folder = tmp_path / "disk"
    folder.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root; the simulated full disk runs instead")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(folder)],
        check=False,
        capture_output=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr!r}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def fill_up(folder: Path) -> Path:
    """Write a file until the disk says it is full (ENOSPC); returns it, to free the space."""
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as file:
        while wrote_a_page(file):
            pass
    return filler


def wrote_a_page(file: BinaryIO) -> bool:
    try:
        file.write(b"\xff" * 4096)
    except OSError as error:
        if error.errno != errno.ENOSPC:
            raise
        return False
    return True


def test_a_really_full_disk_after_the_cashbox_took_the_receipt_keeps_its_document_id(
    sandbox: Sandbox, clients: Clients, small_disk: Path
) -> None:
    journal_path = small_disk / "journal.sqlite3"
    fillers: list[Path] = []
    # No threshold: this test is about the disk filling up between two writes.
    with Journal.open(journal_path, min_free_bytes=0) as journal:
        workflow = Workflow(journal, clients)
        receipt_id = workflow.submit(sandbox_receipt(sandbox), INVOICE)

        def listener(event: Event) -> None:
            if isinstance(event, ReceiptChanged) and event.state is ReceiptState.SENDING:
                fillers.append(fill_up(small_disk))

        workflow.subscribe(listener)
        with pytest.raises(UnrecordedAnswerError) as raised:
            workflow.process(receipt_id, patience=5)

    (document,) = sandbox.documents()
    assert "MAY BE FISCALIZED" in str(raised.value)
    assert raised.value.document_id == document.document_id
    # Kept on the full disk, in the room kept ahead for it.
    assert document.document_id in aside_path(journal_path).read_bytes().decode(errors="replace")

    fillers[0].unlink()  # the cashier frees some space and starts again
    with Journal.open(journal_path) as journal:
        Workflow(journal, clients).recover()
        assert document.document_id in str(journal.get(receipt_id).last_error)


def the_disk_fills_when(journal: Journal, workflow: Workflow, state: ReceiptState) -> None:
    def listener(event: Event) -> None:
        if isinstance(event, ReceiptChanged) and event.state is state:
            fill_the_disk(journal)

    workflow.subscribe(listener)


def test_a_full_disk_after_the_cashbox_took_the_receipt_says_it_may_be_fiscalized(
    sandbox: Sandbox,
    clients: Clients,
    journal_path: Path,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with Journal.open(journal_path) as journal:
        workflow = Workflow(journal, clients)
        receipt_id = workflow.submit(sandbox_receipt(sandbox), INVOICE)
        the_disk_fills_when(journal, workflow, ReceiptState.SENDING)

        with caplog.at_level(logging.INFO), pytest.raises(UnrecordedAnswerError) as raised:
            workflow.process(receipt_id, patience=5)

    (document,) = sandbox.documents()  # the cashbox has it
    error = raised.value
    assert error.receipt_id == receipt_id
    assert error.document_id == document.document_id
    assert "MAY BE FISCALIZED" in str(error)
    assert "Do not ring it again" in str(error)
    assert f"pos-app resolve {receipt_id} --document-id {document.document_id}" in str(error)
    assert "is full" in str(error)
    # Kept where it can be: the log, and the small file beside the journal.
    assert document.document_id in caplog.text
    assert document.document_id in aside_path(journal_path).read_text()
    # The command line says it on stderr and exits "needs attention", never "failed".
    assert exit_code_on(error) == ExitCode.NEEDS_ATTENTION
    assert document.document_id in capsys.readouterr().err

    # The next start (space freed): the receipt needs attention, and its reason names the id.
    events: list[Event] = []
    with Journal.open(journal_path) as journal:
        workflow = Workflow(journal, clients)
        workflow.subscribe(events.append)
        assert workflow.recover() == (receipt_id,)
        record = journal.get(receipt_id)
    assert record.state is ReceiptState.NEEDS_ATTENTION
    assert document.document_id in str(record.last_error)
    assert "resolve it with that document id" in str(record.last_error)
    (changed,) = [e for e in events if isinstance(e, ReceiptChanged)]
    assert document.document_id in str(changed.detail)
    assert len(sandbox.documents()) == 1  # never sent twice


def test_a_full_disk_when_the_fiscal_data_come_says_it_is_fiscalized_and_finishes_later(
    sandbox: Sandbox, clients: Clients, journal_path: Path
) -> None:
    with Journal.open(journal_path) as journal:
        workflow = Workflow(journal, clients)
        receipt_id = workflow.submit(sandbox_receipt(sandbox), INVOICE)
        the_disk_fills_when(journal, workflow, ReceiptState.SUBMITTED)

        with pytest.raises(UnrecordedAnswerError) as raised:
            workflow.process(receipt_id, patience=5)

    (document,) = sandbox.documents()
    assert "IS FISCALIZED" in str(raised.value)
    assert raised.value.document_id == document.document_id
    assert exit_code_on(raised.value) == ExitCode.NEEDS_ATTENTION

    with Journal.open(journal_path) as journal:
        workflow = Workflow(journal, clients)
        assert workflow.recover() == ()
        assert Outbox(workflow).run_once().fiscalized == 1
        assert journal.get(receipt_id).state is ReceiptState.FISCALIZED
        assert journal.get(receipt_id).document_id == document.document_id
    assert len(sandbox.documents()) == 1


def test_the_window_hears_of_an_answer_the_journal_could_not_record(
    sandbox: Sandbox, clients: Clients, journal_path: Path
) -> None:
    heard: list[JournalTrouble] = []
    with Journal.open(journal_path) as journal:
        workflow = Workflow(journal, clients)
        workflow.submit(sandbox_receipt(sandbox), INVOICE)
        the_disk_fills_when(journal, workflow, ReceiptState.SENDING)
        told = threading.Event()

        def listener(event: Event) -> None:
            if isinstance(event, JournalTrouble):
                heard.append(event)
                told.set()

        workflow.subscribe(listener)
        runner = OutboxRunner(Outbox(workflow), workflow)
        runner.start()
        try:
            assert told.wait(GUARD_SECONDS)
        finally:
            runner.stop(GUARD_SECONDS)

    (document,) = sandbox.documents()
    assert heard[0].document_id == document.document_id
    assert "MAY BE FISCALIZED" in str(heard[0].message)


def exit_code_on(error: Exception) -> int:
    """What a command that failed with ``error`` exits with (the one mapping of them all)."""

    def command(args: argparse.Namespace) -> int:
        raise error

    return run_command(command, argparse.Namespace())
