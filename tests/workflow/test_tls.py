"""Never twice over real TLS on loopback: a TLS stream broken after createReceipt was written
leaves the receipt needing a person, and a certificate not trusted leaves it waiting, unsent."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pos_app.core.journal import Journal, ReceiptState
from pos_app.core.workflow import Outbox, Workflow
from pos_app.sandbox import Sandbox
from pos_app.sandbox.clients import sandbox_clients
from tests.services.conftest import sandbox_receipt

INVOICE = "3000000001"


@pytest.fixture
def https_sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox]:
    """An HTTPS sandbox whose CA is not trusted until a test says so."""
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    with Sandbox(seed=17, pending_polls=1, tls=True) as running:
        yield running


@pytest.fixture
def tls_workflow(https_sandbox: Sandbox, tmp_path: Path) -> Iterator[Workflow]:
    clients = sandbox_clients(https_sandbox, read_timeout=2.0)
    with Journal.open(tmp_path / "tls-journal.sqlite3") as journal:
        yield Workflow(journal, clients)
    clients.close()


def create_calls(sandbox: Sandbox) -> int:
    return sum(r.path.endswith("/createReceipt") for r in sandbox.requests("intellectmoney"))


@pytest.mark.parametrize("fault", ["tls_garbage_rate", "tls_cut_rate"])
def test_a_tls_stream_broken_after_the_receipt_was_made_needs_attention(
    https_sandbox: Sandbox,
    tls_workflow: Workflow,
    monkeypatch: pytest.MonkeyPatch,
    fault: str,
) -> None:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(https_sandbox.ca_path))
    https_sandbox.set_faults("intellectmoney", **{fault: 1.0})
    receipt_id = tls_workflow.submit(sandbox_receipt(https_sandbox), INVOICE)
    record = tls_workflow.process(receipt_id, patience=0)
    assert record.state is ReceiptState.NEEDS_ATTENTION
    assert record.last_error is not None
    assert "unknown" in str(record.last_error)
    https_sandbox.clear_faults()
    # The outbox leaves it to a person: no second createReceipt, no second document.
    Outbox(tls_workflow).run_once()
    assert tls_workflow.journal.get(receipt_id).state is ReceiptState.NEEDS_ATTENTION
    assert create_calls(https_sandbox) == 1
    assert len(https_sandbox.documents()) == 1


def test_an_untrusted_certificate_keeps_the_receipt_waiting_until_trusted(
    https_sandbox: Sandbox, tls_workflow: Workflow, monkeypatch: pytest.MonkeyPatch
) -> None:
    receipt_id = tls_workflow.submit(sandbox_receipt(https_sandbox), INVOICE)
    outbox = Outbox(tls_workflow)
    report = outbox.run_once()
    assert report.trouble
    record = tls_workflow.journal.get(receipt_id)
    assert record.state is ReceiptState.QUEUED
    assert record.last_error is not None
    assert "certificate is not trusted" in str(record.last_error)
    assert https_sandbox.requests() == []  # nothing reached the service
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(https_sandbox.ca_path))
    outbox.run_once(patience=5)
    assert tls_workflow.journal.get(receipt_id).state is ReceiptState.FISCALIZED
    assert create_calls(https_sandbox) == 1
    assert len(https_sandbox.documents()) == 1
