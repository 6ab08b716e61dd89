"""How many createReceipt and getReceipt requests per second the sandbox serves on one core.

Run: ``.venv/bin/python -m bench.bench_sandbox [--seconds 5] [--clients 4]``. The sandbox runs
as ``pos-app sandbox serve`` in its own process, pinned to one core where the system allows
(``os.sched_setaffinity``); the clients are separate processes pinned to the other cores, each
with one keep-alive connection sending valid signed requests (no faults). The goal is at
least 500 createReceipt/s; the figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode, urlsplit

from pos_app.core.codes import PaymentType, ReceiptType, TaxationSystem, vat_rate
from pos_app.core.merchant_receipt import merchant_receipt_json
from pos_app.core.receipt import CustomerContact, Payment, Position, Receipt
from pos_app.core.signature import create_receipt_fields, get_receipt_fields, sign

GOAL = 500.0
CREATE = "/personal/cashBox/createReceipt"
GET = "/personal/cashBox/getReceipt"


def _receipt() -> Receipt:
    positions = (
        Position(
            text="Хлеб Бородинский", quantity=Decimal(1), price=Decimal("62.90"), vat=vat_rate(2)
        ),
        Position(
            text="Молоко 3,2% 1 л", quantity=Decimal(2), price=Decimal("89.50"), vat=vat_rate(2)
        ),
    )
    return Receipt(
        type=ReceiptType.SALE,
        inn="7000000003",
        group="Main",
        positions=positions,
        payments=(Payment(type=PaymentType.ELECTRONIC, amount=Decimal("241.90")),),
        taxation=TaxationSystem.GENERAL,
        contact=CustomerContact(email="buyer@example.com"),
    )


def _create_request(credentials: dict[str, str]) -> tuple[bytes, dict[str, str]]:
    text = merchant_receipt_json(_receipt())
    signature = sign(
        create_receipt_fields(credentials["user_token"], text, credentials["invoice_id"]),
        credentials["sign_secret_key"],
    )
    body = urlencode(
        {
            "UserToken": credentials["user_token"],
            "InvoiceId": credentials["invoice_id"],
            "MerchantReceipt": text,
        }
    ).encode()
    return body, _headers(credentials, signature)


def _get_request(credentials: dict[str, str], document_id: str) -> tuple[bytes, dict[str, str]]:
    signature = sign(
        get_receipt_fields(credentials["user_token"], credentials["invoice_id"], document_id),
        credentials["sign_secret_key"],
    )
    body = urlencode(
        {
            "UserToken": credentials["user_token"],
            "InvoiceId": credentials["invoice_id"],
            "DocumentId": document_id,
        }
    ).encode()
    return body, _headers(credentials, signature)


def _headers(credentials: dict[str, str], signature: str) -> dict[str, str]:
    return {
        "Authorization": f"Bearer {credentials['bearer_token']}",
        "Sign": signature,
        "Accept": "application/json",
        "Content-Type": "application/x-www-form-urlencoded",
    }


@dataclass(frozen=True)
class Job:
    """What every client process sends, for how long, and on which cores."""

    base_url: str
    path: str
    body: bytes
    headers: dict[str, str]
    seconds: float
    cores: set[int] | None


def _client(job: Job, results: Any) -> None:
    """One keep-alive connection sending the same valid request for ``job.seconds``."""
    if job.cores and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, job.cores)
    address = urlsplit(job.base_url)
    connection = http.client.HTTPConnection(address.hostname or "127.0.0.1", address.port)
    done = 0
    failed = 0
    deadline = time.perf_counter() + job.seconds
    while time.perf_counter() < deadline:
        connection.request("POST", job.path, job.body, job.headers)
        answer = connection.getresponse()
        data = json.loads(answer.read())
        if answer.status == 200 and data["OperationState"]["Code"] == 0:
            done += 1
        else:
            failed += 1
    connection.close()
    results.put((done, failed))


def _run(job: Job, clients: int) -> tuple[float, int]:
    """Requests per second over all clients, and how many answers were not successful."""
    results: Any = multiprocessing.Queue()
    processes = [
        multiprocessing.Process(target=_client, args=(job, results)) for _ in range(clients)
    ]
    for process in processes:
        process.start()
    totals = [results.get(timeout=job.seconds + 30) for _ in processes]
    for process in processes:
        process.join()
    # Each client sends for job.seconds, all at once (their start-ups differ by milliseconds).
    return sum(t[0] for t in totals) / job.seconds, sum(t[1] for t in totals)


def _pin(pid: int) -> tuple[set[int] | None, str]:
    """Pin the sandbox to one core; the clients get the others (None: leave them be)."""
    if not hasattr(os, "sched_getaffinity"):
        return None, "not pinned (no sched_setaffinity on this system)"
    available = sorted(os.sched_getaffinity(0))
    server_core = available[0]
    try:
        os.sched_setaffinity(pid, {server_core})
    except OSError as error:
        return None, f"not pinned ({error.strerror})"
    others = set(available[1:])
    note = f"sandbox pinned to core {server_core}"
    if not others:
        return None, note + "; the clients share it (one core only)"
    return others, note + f"; clients on cores {sorted(others)}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="per method (default 5)")
    parser.add_argument("--clients", type=int, default=4, help="client processes (default 4)")
    args = parser.parse_args(argv)

    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pos_app",
            "sandbox",
            "serve",
            "--port",
            "0",
            "--pending-polls",
            "0",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        line = json.loads(server.stdout.readline())
        base_url: str = line["base_url"]
        credentials: dict[str, str] = line["credentials"]
        cores, note = _pin(server.pid)
        print(f"Sandbox at {base_url}, {note}; {args.clients} clients, {args.seconds:g} s each")

        create = _create_request(credentials)
        job = Job(base_url, CREATE, *create, args.seconds, cores)
        rate, failed = _run(job, args.clients)
        verdict = "meets" if rate >= GOAL else "BELOW"
        print(f"createReceipt: {rate:8.0f} requests/s  ({verdict} the goal of {GOAL:.0f}/s)")
        if failed:
            print(f"  {failed} createReceipt answers were not successful")

        address = urlsplit(base_url)
        connection = http.client.HTTPConnection(address.hostname or "127.0.0.1", address.port)
        connection.request("POST", CREATE, create[0], create[1])
        document_id = json.loads(connection.getresponse().read())["Result"]["DocumentId"]
        connection.close()
        get = _get_request(credentials, document_id)
        rate, failed = _run(Job(base_url, GET, *get, args.seconds, cores), args.clients)
        print(f"getReceipt:    {rate:8.0f} requests/s")
        if failed:
            print(f"  {failed} getReceipt answers were not successful")
    finally:
        server.terminate()
        server.wait(10)
        if server.stdout is not None:
            server.stdout.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
