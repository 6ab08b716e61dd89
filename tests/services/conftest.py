"""Clients pointed at the running sandbox with its demo credentials, and a sandbox receipt."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from pos_app.core.codes import PaymentType, ReceiptType, TaxationSystem, vat_rate
from pos_app.core.credentials import Secret
from pos_app.core.receipt import CustomerContact, Payment, Position, Receipt
from pos_app.core.services import (
    CheckerClient,
    InshopperClient,
    IntellectMoneyClient,
    IntellectMoneyCredentials,
    Timeouts,
)
from pos_app.sandbox import Sandbox

# Short enough for hang faults to end a test quickly, long enough for a loaded CI machine.
TEST_TIMEOUTS = Timeouts(connect=2.0, read=1.0)


def sandbox_receipt(
    sandbox: Sandbox,
    *,
    kind: ReceiptType = ReceiptType.SALE,
    phone: str | None = None,
    email: str | None = "buyer@example.com",
) -> Receipt:
    """Bread and milk, 95.50 paid 100.00 in cash (a refund: 95.50), for the sandbox's shop."""
    return Receipt(
        type=kind,
        inn=sandbox.credentials.shop_inn,
        group=sandbox.credentials.group,
        positions=(
            Position("Хлеб бородинский", Decimal("1"), Decimal("45.50"), vat_rate(11)),
            Position("Молоко 3,2%", Decimal("2"), Decimal("25.00"), vat_rate(2)),
        ),
        payments=(Payment(PaymentType.CASH, Decimal("95.50" if kind.is_refund else "100.00")),),
        taxation=TaxationSystem.GENERAL,
        contact=CustomerContact(email=email, phone=phone),
    )


def intellectmoney_credentials(sandbox: Sandbox) -> IntellectMoneyCredentials:
    demo = sandbox.credentials
    return IntellectMoneyCredentials(
        token=Secret(demo.bearer_token),
        sign_secret_key=Secret(demo.sign_secret_key),
        user_token=Secret(demo.user_token),
    )


@pytest.fixture
def cashbox(sandbox: Sandbox) -> Iterator[IntellectMoneyClient]:
    client = IntellectMoneyClient(
        sandbox.base_url, intellectmoney_credentials(sandbox), TEST_TIMEOUTS
    )
    yield client
    client.close()


@pytest.fixture
def checker(sandbox: Sandbox) -> Iterator[CheckerClient]:
    client = CheckerClient(
        sandbox.base_url, Secret(sandbox.credentials.checker_token), TEST_TIMEOUTS
    )
    yield client
    client.close()


@pytest.fixture
def inshopper(sandbox: Sandbox) -> Iterator[InshopperClient]:
    client = InshopperClient(
        sandbox.base_url, Secret(sandbox.credentials.inshopper_token), TEST_TIMEOUTS
    )
    yield client
    client.close()
