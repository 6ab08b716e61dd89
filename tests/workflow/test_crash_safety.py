"""Kill `pos-app fiscalize` with SIGKILL at many points, restart with `pos-app outbox --retry`:
every receipt ends fiscalized exactly once (the emulator's documents prove it) or needs a
person's attention, and none the journal took is lost.

The sandbox runs as its own process (`pos-app sandbox serve`), so it outlives each kill, with
latency on every answer to widen the moments between the journal's writes; over plain HTTP and
over TLS (`--tls`, its CA trusted through REQUESTS_CA_BUNDLE), as the sandbox fixture is.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from pos_app.core.merchant_receipt import merchant_receipt_json
from pos_app.sandbox import Sandbox
from tests.services.conftest import sandbox_receipt

pytestmark = pytest.mark.slow

# (what to wait for in the journal before the kill, or a delay in seconds after the start;
# None: no kill)
KILL_POINTS: list[tuple[str, str | float | None]] = [
    ("at start-up", 0.05),
    ("while starting", 0.25),
    ("about when the receipt is written", 0.45),
    ("while createReceipt is on its way", "sending"),
    ("while createReceipt is on its way", "sending"),
    ("while polling getReceipt", "submitted"),
    ("while polling getReceipt", "submitted"),
    ("while sending the copy", "fiscalized"),
    ("never: runs to the end", None),
]


@pytest.fixture
def served(
    sandbox: Sandbox, sandbox_keyring: dict[str, str]
) -> Iterator[tuple[str, dict[str, str]]]:
    """`pos-app sandbox serve` with latency (HTTPS when the sandbox fixture is); the
    environment pointing commands at it."""
    process = subprocess.Popen(
        [
            sys.executable, "-m", "pos_app", "sandbox", "serve",
            "--seed", "11", "--pending-polls", "1",
            "--fault", "intellectmoney:latency=0.15",
            "--fault", "checker:latency=0.3",
            *(["--tls"] if sandbox.tls else []),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        started = json.loads(process.stdout.readline())
        base_url = started["base_url"]
        environment = {
            **os.environ,
            **sandbox_keyring,
            "POS_APP_INTELLECTMONEY_URL": base_url,
            "POS_APP_CHECKER_URL": base_url,
        }
        if sandbox.tls:
            assert base_url.startswith("https://")
            environment["REQUESTS_CA_BUNDLE"] = started["ca_bundle"]
        yield base_url, environment
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


def journal_rows(path: Path) -> dict[str, tuple[str, str]]:
    """invoice → (state, delivery state), read as another process would."""
    if not path.exists():
        return {}
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as conn:
        try:
            rows = conn.execute("SELECT invoice_id, state, delivery_state FROM receipts").fetchall()
        except sqlite3.OperationalError:  # the schema is being created
            return {}
    return {invoice: (state, delivery) for invoice, state, delivery in rows}


def wait_for_state(journal: Path, invoice: str, state: str, limit: float) -> bool:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if journal_rows(journal).get(invoice, ("", ""))[0] == state:
            return True
        time.sleep(0.005)
    return False


def test_receipts_survive_sigkill_at_any_point(
    served: tuple[str, dict[str, str]], sandbox: Sandbox, tmp_path: Path
) -> None:
    base_url, environment = served
    data = tmp_path / "till"
    environment["POS_APP_DATA_DIR"] = str(data)
    journal = data / "journal.sqlite3"
    receipt_file = tmp_path / "receipt.json"
    receipt_file.write_text(merchant_receipt_json(sandbox_receipt(sandbox)), encoding="utf-8")
    command = [sys.executable, "-m", "pos_app"]
    outcomes: list[dict[str, Any]] = []
    for number, (point, trigger) in enumerate(KILL_POINTS):
        invoice = f"30000001{number:02d}"
        process = subprocess.Popen(
            [
                *command,
                "fiscalize",
                "--invoice",
                invoice,
                "--receipt",
                str(receipt_file),
                "--phone",
                "+998901234567",
            ],
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        if trigger is None:
            process.wait(timeout=30)
        elif isinstance(trigger, str):
            reached = wait_for_state(journal, invoice, trigger, 20)
            assert reached, f"{point}: the receipt never became {trigger}"
        else:
            time.sleep(trigger)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        outcomes.append(
            {"point": point, "invoice": invoice, "after_kill": journal_rows(journal).get(invoice)}
        )
        # The next start picks up what the killed one left.
        restart = subprocess.run(
            [*command, "outbox", "--retry", "--wait", "20"],
            env=environment,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert restart.returncode in (0, 5), restart.stderr

    documents = requests.get(
        f"{base_url}/_sandbox/documents",
        timeout=5,
        verify=environment.get("REQUESTS_CA_BUNDLE", True),
    ).json()
    fiscalized_per_invoice: dict[str, int] = {}
    for document in documents:
        fiscalized_per_invoice[document["invoice_id"]] = (
            fiscalized_per_invoice.get(document["invoice_id"], 0) + 1
        )
    rows = journal_rows(journal)
    for outcome in outcomes:
        invoice = outcome["invoice"]
        count = fiscalized_per_invoice.get(invoice, 0)
        assert count <= 1, f"{outcome}: fiscalized {count} times"
        if outcome["after_kill"] is None:
            # Killed before the journal took it: the command never said it was taken, and
            # nothing was sent.
            assert invoice not in rows, outcome
            assert count == 0, outcome
            continue
        state, delivery = rows[invoice]
        assert state in ("fiscalized", "needs_attention"), outcome
        if state == "fiscalized":
            assert count == 1, outcome
            assert delivery == "delivered", outcome
    # Each kind of point was really hit.
    hit = {o["after_kill"][0] for o in outcomes if o["after_kill"] is not None}
    assert {"sending", "submitted", "fiscalized"} <= hit
