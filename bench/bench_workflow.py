"""The workflow's own cost per receipt, against the bare HTTP round trips it makes.

Run: ``.venv/bin/python -m bench.bench_workflow [--receipts 300] [--journal-dir DIR]``.
The sandbox runs as ``pos-app sandbox serve`` in its own process, no latency, fiscal data on
the first poll (``--pending-polls 0``). Bare: createReceipt then getReceipt through the
clients, nothing else. Workflow: the same two requests plus the journal (add, sending,
submitted, fiscalized; each a durable transaction, synchronous=FULL) and the events. Goal:
under 1.5x. Printed, not asserted. The durable commits are bound by the disk's fsync:
``--journal-dir /dev/shm`` puts the journal in memory to show the workflow's cost without it.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from pos_app.core.codes import PaymentType, ReceiptType, TaxationSystem, vat_rate
from pos_app.core.credentials import Secret
from pos_app.core.journal import Journal, ReceiptState
from pos_app.core.receipt import Payment, Position, Receipt
from pos_app.core.services import FiscalData, IntellectMoneyClient, IntellectMoneyCredentials
from pos_app.core.workflow import Clients, Workflow
from pos_app.sandbox import DEMO_CREDENTIALS

GOAL = 1.5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--receipts", type=int, default=300)
    parser.add_argument("--journal-dir", type=Path, help="where the journal goes (default: temp)")
    args = parser.parse_args()
    server = subprocess.Popen(
        [sys.executable, "-m", "pos_app", "sandbox", "serve", "--pending-polls", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        base_url = json.loads(server.stdout.readline())["base_url"]
        run(base_url, args.receipts, args.journal_dir)
    finally:
        server.terminate()
        server.wait()


def run(base_url: str, count: int, journal_dir: Path | None) -> None:
    demo = DEMO_CREDENTIALS
    credentials = IntellectMoneyCredentials(
        Secret(demo.bearer_token), Secret(demo.sign_secret_key), Secret(demo.user_token)
    )
    cashbox = IntellectMoneyClient(base_url, credentials)
    receipt = Receipt(
        type=ReceiptType.SALE,
        inn=demo.shop_inn,
        group=demo.group,
        positions=(Position("Хлеб бородинский", Decimal("1"), Decimal("45.50"), vat_rate(11)),),
        payments=(Payment(PaymentType.CASH, Decimal("50.00")),),
        taxation=TaxationSystem.GENERAL,
    )
    # Warm up the connection and the code paths.
    for _ in range(20):
        created = cashbox.create_receipt(demo.invoice_id, receipt)
        cashbox.get_receipt(demo.invoice_id, created.document_id)
    bare: list[float] = []
    for _ in range(count):
        start = time.perf_counter()
        created = cashbox.create_receipt(demo.invoice_id, receipt)
        assert isinstance(cashbox.get_receipt(demo.invoice_id, created.document_id), FiscalData)
        bare.append(time.perf_counter() - start)
    with (
        tempfile.TemporaryDirectory(dir=journal_dir) as folder,
        Journal.open(Path(folder) / "j.sqlite3") as journal,
    ):
        workflow = Workflow(journal, Clients(cashbox))
        workflow.subscribe(lambda event: None)
        full: list[float] = []
        for _ in range(count):
            start = time.perf_counter()
            record = workflow.process(workflow.submit(receipt, demo.invoice_id), patience=0)
            full.append(time.perf_counter() - start)
            assert record.state is ReceiptState.FISCALIZED
    bare_ms, full_ms = statistics.median(bare) * 1000, statistics.median(full) * 1000
    print(f"receipts: {count} each")
    print(f"bare createReceipt + getReceipt: median {bare_ms:.2f} ms")
    print(f"workflow (journal + the same requests): median {full_ms:.2f} ms")
    print(f"ratio: {full_ms / bare_ms:.2f}x (goal under {GOAL}x)")
    print(f"workflow's own cost: {full_ms - bare_ms:.2f} ms per receipt")
    commit_ms = durable_commit_ms(journal_dir)
    print(
        f"of which {DURABLE_WRITES} durable commits (WAL, synchronous=FULL) on this disk:"
        f" {DURABLE_WRITES * commit_ms:.2f} ms ({commit_ms:.2f} ms each)"
    )


# add (queued), sending, submitted, fiscalized: each must be on disk before the next step.
DURABLE_WRITES = 4


def durable_commit_ms(journal_dir: Path | None, count: int = 500) -> float:
    """What one small durable commit costs on this disk, with the journal's settings."""
    with tempfile.TemporaryDirectory(dir=journal_dir) as folder:
        conn = sqlite3.connect(Path(folder) / "commits.sqlite3", isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("CREATE TABLE t (x INTEGER)")
        start = time.perf_counter()
        for number in range(count):
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO t VALUES (?)", (number,))
            conn.execute("COMMIT")
        elapsed = time.perf_counter() - start
        conn.close()
    return elapsed / count * 1000


if __name__ == "__main__":
    main()
