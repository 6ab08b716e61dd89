"""A till session over the sandbox with the demo inshopper account, and fiscalized receipts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from pos_app.core.journal import ReceiptState
from pos_app.core.promo import outbox as promo_outbox
from pos_app.core.session import TillSession, open_session
from pos_app.core.workflow import Event
from pos_app.sandbox import Sandbox
from pos_app.sandbox.clients import sandbox_clients
from pos_app.sandbox.till import sandbox_promo_account, sandbox_settings
from tests.sandbox.helpers import demo_receipt


@pytest.fixture(autouse=True)
def quick_pauses(monkeypatch: pytest.MonkeyPatch) -> None:
    """The sandbox answers at once: checks and retries need no real-world pauses."""
    monkeypatch.setattr(promo_outbox, "FIRST_CHECK", 0.02)
    monkeypatch.setattr(promo_outbox, "RETRY_BASE", 0.05)


@pytest.fixture
def session(sandbox: Sandbox, tmp_path: Path) -> Iterator[TillSession]:
    (tmp_path / "till").mkdir()
    opened = open_session(
        sandbox_settings(sandbox),
        folder=tmp_path / "till",
        clients=lambda _settings: sandbox_clients(sandbox, read_timeout=2.0),
        promo_account=lambda _settings: sandbox_promo_account(sandbox),
        sandbox=True,
    )
    yield opened
    opened.close()


@pytest.fixture
def events(session: TillSession) -> list[Event]:
    seen: list[Event] = []
    session.events.subscribe(seen.append)
    return seen


def fiscalized(session: TillSession, price: str = "150.00") -> int:
    """A sale rung up and fiscalized by the sandbox's cashbox; its journal id."""
    receipt_id = session.submit(demo_receipt(price=price))
    for _ in range(20):
        if session.process_in_order(receipt_id, patience=10).state is ReceiptState.FISCALIZED:
            return receipt_id
    raise AssertionError(f"receipt {receipt_id} was never fiscalized")


def jpeg(path: Path, size: tuple[int, int] = (800, 1200), kind: str = "JPEG") -> Path:
    Image.new("RGB", size, (240, 240, 230)).save(path, kind)
    return path
