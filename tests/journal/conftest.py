"""Journal tests' helpers: a fixed clock, the shop's time zone, receipts and their fiscal data."""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from pos_app.core import credentials
from pos_app.core.codes import PaymentType, ReceiptType, TaxationSystem, vat_rate
from pos_app.core.credentials import CredentialName, NoKeyringError
from pos_app.core.fiscal_data import FiscalData
from pos_app.core.journal import Journal
from pos_app.core.receipt import CustomerContact, Payment, Position, Receipt

INN = "7743736523"
INVOICE = "3000000001"
MOSCOW = timezone(timedelta(hours=3))
TASHKENT = timezone(timedelta(hours=5))
# A Tuesday morning in Moscow, as UTC.
START = datetime(2025, 2, 11, 6, 0, tzinfo=UTC)


class Clock:
    """The journal's clock in tests: stands still until moved."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture(autouse=True)
def shop_in_moscow() -> Iterator[None]:
    """Local dates depend on the computer's time zone: pin it to Moscow (UTC+3, no DST)."""
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "MSK-3"
    time.tzset()
    yield
    if saved is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = saved
    time.tzset()


@pytest.fixture
def os_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The real OS keyring, under a throwaway service name so that a developer's own pos-app
    credentials are never touched; skipped where there is no keyring."""
    monkeypatch.setattr(credentials, "SERVICE", f"pos-app-tests-{uuid.uuid4().hex[:8]}")
    try:
        credentials.status()
    except NoKeyringError as error:
        pytest.skip(
            f"no OS keyring here ({error.params['backend']}); scripts/test.sh runs these tests"
            " against gnome-keyring in a private D-Bus session"
        )
    yield
    for name in CredentialName:
        credentials.delete(name)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    return tmp_path / "journal.sqlite3"


@pytest.fixture
def journal(journal_path: Path, clock: Clock) -> Iterator[Journal]:
    with Journal.open(journal_path, clock=clock) as opened:
        yield opened


def receipt(
    positions: Sequence[tuple[str, str, str, int]] = (("Булка", "2", "45.90", 11),),
    payments: Sequence[tuple[PaymentType, str]] | None = None,
    receipt_type: ReceiptType = ReceiptType.SALE,
    email: str | None = None,
    phone: str | None = None,
) -> Receipt:
    """A valid receipt: (name, quantity, price, VAT code) lines, paid exactly by card unless
    ``payments`` says otherwise."""
    lines = tuple(
        Position(text, Decimal(quantity), Decimal(price), vat_rate(vat))
        for text, quantity, price, vat in positions
    )
    total = sum((line.total for line in lines), Decimal("0.00"))
    paid = payments or ((PaymentType.ELECTRONIC, str(total)),)
    return Receipt(
        type=receipt_type,
        inn=INN,
        group="Main",
        positions=lines,
        payments=tuple(Payment(kind, Decimal(amount)) for kind, amount in paid),
        taxation=TaxationSystem.GENERAL,
        contact=CustomerContact(email=email, phone=phone),
    )


def fiscal_data(
    sold: Receipt,
    fd: int = 18214,
    processed_at: datetime | None = None,
    document_id: str = "doc",
) -> FiscalData:
    """Fiscal data as the cashbox would give them for ``sold`` (their ``qr`` is its QR code)."""
    return FiscalData(
        document_id=document_id,
        fn="7380440801375198",
        fd=fd,
        fp="2396636946",
        shift=58,
        processed_at=processed_at or datetime(2025, 2, 11, 12, 14, tzinfo=MOSCOW),
        device_sn="0060610038023373",
        device_rn="0007517388016570",
        ofd_name="Такском",
        ofd_inn="7704211201",
        receipt_type=sold.type,
        total=sold.total,
        raw='{"FSNumber": "7380440801375198"}',
    )


def fiscalized(
    journal: Journal,
    sold: Receipt,
    fd: int = 18214,
    processed_at: datetime | None = None,
    refund_of: int | None = None,
) -> int:
    """Add ``sold`` and take it all the way to FISCALIZED, as the workflow would."""
    receipt_id = journal.add(sold, INVOICE, refund_of=refund_of)
    journal.mark_sending(receipt_id)
    journal.mark_submitted(receipt_id, f"doc-{receipt_id}")
    journal.mark_fiscalized(receipt_id, fiscal_data(sold, fd, processed_at, f"doc-{receipt_id}"))
    return receipt_id
