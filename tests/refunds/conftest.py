"""Refund tests' helpers: a workflow over a fresh journal talking to the sandbox, and a sale
fiscalized through it (bread, milk ×2 and eggs ×10, paid partly by card)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from pos_app.core.codes import PaymentSubject, PaymentType, ReceiptType, TaxationSystem, vat_rate
from pos_app.core.journal import Journal, ReceiptRecord, ReceiptState
from pos_app.core.receipt import CustomerContact, Payment, Position, Receipt
from pos_app.core.workflow import Clients, Workflow
from pos_app.sandbox import Sandbox
from pos_app.sandbox.clients import sandbox_clients
from tests.workflow.conftest import sandbox_keyring

__all__ = ["sandbox_keyring"]


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(seed=20261130, pending_polls=0) as running:
        yield running


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal.open(tmp_path / "journal.sqlite3") as opened:
        yield opened


@pytest.fixture
def workflow(journal: Journal, sandbox: Sandbox) -> Iterator[Workflow]:
    clients: Clients = sandbox_clients(sandbox, read_timeout=5.0)
    yield Workflow(journal, clients)
    clients.close()


def shop_sale(sandbox: Sandbox, *, phone: str | None = "+998901234567") -> Receipt:
    """Bread 45.50, milk 2 × 25.00 at 10 %, eggs 10 × 12.30 as a service: 218.50, of which
    100.00 by card and 150.00 in cash (31.50 change)."""
    return Receipt(
        type=ReceiptType.SALE,
        inn=sandbox.credentials.shop_inn,
        group=sandbox.credentials.group,
        positions=(
            Position("Хлеб бородинский", Decimal("1"), Decimal("45.50"), vat_rate(11)),
            Position("Молоко 3,2%", Decimal("2"), Decimal("25.00"), vat_rate(2)),
            Position(
                "Яйца С1",
                Decimal("10"),
                Decimal("12.30"),
                vat_rate(1),
                payment_subject=PaymentSubject.SERVICE,
            ),
        ),
        payments=(
            Payment(PaymentType.ELECTRONIC, Decimal("100.00")),
            Payment(PaymentType.CASH, Decimal("150.00")),
        ),
        taxation=TaxationSystem.GENERAL,
        contact=CustomerContact(phone=phone),
    )


def fiscalized(workflow: Workflow, receipt: Receipt, invoice: str) -> ReceiptRecord:
    receipt_id = workflow.submit(receipt, invoice)
    record = workflow.process(receipt_id, patience=10)
    assert record.state is ReceiptState.FISCALIZED, record.last_error
    return record


@pytest.fixture
def sale(workflow: Workflow, sandbox: Sandbox) -> ReceiptRecord:
    return fiscalized(workflow, shop_sale(sandbox), sandbox.credentials.invoice_id)
