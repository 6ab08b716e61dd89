"""Several `pos-app fiscalize` at once (or one while another sends): each receipt ends
fiscalized, none is stranded in the outbox and none reaches the cashbox twice. The one without
the sender lock waits for it and then sends what waits; the holder takes receipts added
meanwhile too."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pos_app.core.journal import Journal, ReceiptState
from pos_app.core.merchant_receipt import merchant_receipt_json
from pos_app.core.workflow import Outbox, Workflow
from pos_app.core.workflow.lock import SenderLock
from pos_app.sandbox import Sandbox
from pos_app.sandbox.clients import sandbox_clients
from tests.services.conftest import sandbox_receipt

INVOICE = "3000000001"
COMMANDS_AT_ONCE = 5


def _fiscalize(receipt: Path, environment: dict[str, str], *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "pos_app", "fiscalize", "--invoice", INVOICE,
         "--receipt", str(receipt), "--wait", "60", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **environment},
    )  # fmt: skip


@pytest.mark.slow
def test_commands_at_once_fiscalize_every_receipt_once(
    sandbox: Sandbox, sandbox_keyring: dict[str, str], private_folders: Path
) -> None:
    receipt = private_folders / "receipt.json"
    receipt.write_text(merchant_receipt_json(sandbox_receipt(sandbox)), encoding="utf-8")
    environment = {**sandbox_keyring, "POS_APP_DATA_DIR": os.environ["POS_APP_DATA_DIR"]}

    processes = [_fiscalize(receipt, environment) for _ in range(COMMANDS_AT_ONCE)]
    outcomes = [(process.wait(timeout=120), *process.communicate()) for process in processes]

    assert [code for code, _, _ in outcomes] == [0] * COMMANDS_AT_ONCE, outcomes
    assert all("Traceback" not in err for _, _, err in outcomes)
    with Journal.open() as journal:
        states = [summary.state for summary in journal.list_recent(100)]
    assert states == [ReceiptState.FISCALIZED] * COMMANDS_AT_ONCE
    assert len(sandbox.documents()) == COMMANDS_AT_ONCE
    created = [r for r in sandbox.requests("intellectmoney") if r.path.endswith("createReceipt")]
    assert len(created) == COMMANDS_AT_ONCE


@pytest.mark.slow
def test_a_command_waits_for_the_sender_then_sends_its_receipt_itself(
    sandbox: Sandbox, sandbox_keyring: dict[str, str], private_folders: Path
) -> None:
    receipt = private_folders / "receipt.json"
    receipt.write_text(merchant_receipt_json(sandbox_receipt(sandbox)), encoding="utf-8")
    environment = {**sandbox_keyring, "POS_APP_DATA_DIR": os.environ["POS_APP_DATA_DIR"]}
    holder = SenderLock(Path(os.environ["POS_APP_DATA_DIR"]) / "sender.lock")
    assert holder.acquire(0)
    try:
        process = _fiscalize(receipt, environment)
        # The command says it waits, and sends nothing while the other pos-app holds the lock.
        assert process.stderr is not None
        said = process.stderr.readline()
        assert "waiting up to 60 s for it to take this one or to finish" in said
        assert sandbox.documents() == []
    finally:
        holder.release()
    code, (out, err) = process.wait(timeout=60), process.communicate()
    assert code == 0, err
    assert "Fiscalized" in out
    assert len(sandbox.documents()) == 1


@pytest.mark.slow
def test_a_command_that_waited_in_vain_says_where_its_receipt_is(
    sandbox: Sandbox, sandbox_keyring: dict[str, str], private_folders: Path
) -> None:
    receipt = private_folders / "receipt.json"
    receipt.write_text(merchant_receipt_json(sandbox_receipt(sandbox)), encoding="utf-8")
    environment = {**sandbox_keyring, "POS_APP_DATA_DIR": os.environ["POS_APP_DATA_DIR"]}
    with SenderLock(Path(os.environ["POS_APP_DATA_DIR"]) / "sender.lock") as holder:
        assert holder.acquire(0)
        process = subprocess.run(
            [sys.executable, "-m", "pos_app", "fiscalize", "--invoice", INVOICE,
             "--receipt", str(receipt), "--wait", "0.5"],
            capture_output=True, text=True, timeout=60, check=False,
            env={**os.environ, **environment},
        )  # fmt: skip
    assert process.returncode == 4
    assert "still sending after 0.5 s" in process.stderr
    assert "pos-app outbox --retry" in process.stderr
    assert sandbox.documents() == []


@pytest.mark.slow
def test_a_command_waiting_while_the_window_sends_reports_its_receipt_once_taken(
    sandbox: Sandbox, sandbox_keyring: dict[str, str], private_folders: Path
) -> None:
    receipt = private_folders / "receipt.json"
    receipt.write_text(merchant_receipt_json(sandbox_receipt(sandbox)), encoding="utf-8")
    environment = {**sandbox_keyring, "POS_APP_DATA_DIR": os.environ["POS_APP_DATA_DIR"]}
    with SenderLock(Path(os.environ["POS_APP_DATA_DIR"]) / "sender.lock") as window_lock:
        assert window_lock.acquire(0)
        process = _fiscalize(receipt, environment)
        assert process.stderr is not None
        assert "waiting up to 60 s" in process.stderr.readline()
        # The sender (as the window's outbox does) takes what waits, the command's receipt too.
        clients = sandbox_clients(sandbox)
        try:
            with Journal.open() as journal:
                Outbox(Workflow(journal, clients)).run_once(patience=10)
        finally:
            clients.close()
        code, (out, err) = process.wait(timeout=60), process.communicate()
    assert code == 0, err
    assert "Fiscalized" in out
    assert "still sending" not in err
    assert len(sandbox.documents()) == 1
