"""A workflow over a fresh journal, talking to the sandbox: every workflow test runs over plain
HTTP and over real TLS (the sandbox's throwaway CA trusted through REQUESTS_CA_BUNDLE)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from pos_app.core import credentials
from pos_app.core.credentials import CredentialName, NoKeyringError
from pos_app.core.journal import Journal
from pos_app.core.workflow import Clients, Event, Workflow
from pos_app.sandbox import Sandbox
from pos_app.sandbox.clients import sandbox_clients


@pytest.fixture(params=["http", "https"])
def sandbox(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox]:
    """The services' emulator on a free loopback port, seeded, over HTTP or HTTPS."""
    tls = request.param == "https"
    with Sandbox(seed=20261123, pending_polls=1, tls=tls) as running:
        if tls:
            # The standard way, so `pos-app` commands and their subprocesses trust it too.
            monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(running.ca_path))
        yield running


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


@pytest.fixture
def sandbox_keyring(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """The sandbox's demo credentials in the real OS keyring, under a throwaway service name,
    and the endpoints pointed at the sandbox: what `pos-app` commands (and their subprocesses,
    through the returned environment) need. Skipped where there is no keyring."""
    service = f"pos-app-tests-{uuid.uuid4().hex[:8]}"
    monkeypatch.setenv(credentials.SERVICE_ENV, service)
    try:
        credentials.status()
    except NoKeyringError as error:
        pytest.skip(f"no OS keyring here ({error.params['backend']}); scripts/test.sh has one")
    demo = sandbox.credentials
    for name, value in (
        (CredentialName.INTELLECTMONEY_TOKEN, demo.bearer_token),
        (CredentialName.INTELLECTMONEY_SIGN_SECRET_KEY, demo.sign_secret_key),
        (CredentialName.INTELLECTMONEY_USER_TOKEN, demo.user_token),
        (CredentialName.CHECKER_TOKEN, demo.checker_token),
    ):
        credentials.set(name, value)
    environment = {
        credentials.SERVICE_ENV: service,
        "POS_APP_INTELLECTMONEY_URL": sandbox.base_url,
        "POS_APP_CHECKER_URL": sandbox.base_url,
        "POS_APP_INSHOPPER_URL": sandbox.base_url,
    }
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)
    yield environment
    for name in CredentialName:
        credentials.delete(name)
