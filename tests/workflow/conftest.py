"""A workflow over a fresh journal, talking to the sandbox."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pos_app.core.journal import Journal
from pos_app.core.workflow import Clients, Event, Workflow
from pos_app.sandbox import Sandbox
from pos_app.sandbox.clients import sandbox_clients


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal.open(tmp_path / "journal.sqlite3") as opened:
        yield opened


@pytest.fixture
def clients(sandbox: Sandbox) -> Iterator[Clients]:
    made = sandbox_clients(sandbox, read_timeout=1.0)
    yield made
    made.close()


@pytest.fixture
def events() -> list[Event]:
    return []


@pytest.fixture
def workflow(journal: Journal, clients: Clients, events: list[Event]) -> Workflow:
    made = Workflow(journal, clients)
    made.subscribe(events.append)
    return made
