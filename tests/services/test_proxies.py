"""A proxy named in the environment never sees a loopback endpoint's requests (plain http, the
Bearer token and UserToken in the clear); other addresses still go through it, https as a
tunnel. The proxy is real: a loopback server recording every request line it receives."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from pos_app.core.services import IntellectMoneyClient, UnavailableError
from pos_app.sandbox import Sandbox
from tests.services.conftest import TEST_TIMEOUTS, intellectmoney_credentials, sandbox_receipt

_PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY")


class RecordingProxy:
    """Refuses everything (403) and keeps what it was asked: request lines and headers."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def _refuse(self) -> None:
                owner.seen.append(f"{self.requestline}\n{self.headers}")
                self.send_response(403)
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_GET = do_POST = do_CONNECT = _refuse  # noqa: N815 - http.server's naming

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[RecordingProxy]:
    """Every proxy variable, both spellings, points at the recording proxy; no bypass list."""
    recording = RecordingProxy()
    recording.start()
    for name in _PROXY_VARIABLES:
        monkeypatch.setenv(name, recording.url)
        monkeypatch.setenv(name.lower(), recording.url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    yield recording
    recording.stop()


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_the_sandbox_on_loopback_is_reached_directly_never_through_the_proxy(
    sandbox: Sandbox, proxy: RecordingProxy, host: str
) -> None:
    base_url = sandbox.base_url.replace("127.0.0.1", host)
    cashbox = IntellectMoneyClient(base_url, intellectmoney_credentials(sandbox), TEST_TIMEOUTS)
    try:
        receipt = sandbox_receipt(sandbox)
        created = cashbox.create_receipt(sandbox.credentials.invoice_id, receipt)
        cashbox.get_receipt(sandbox.credentials.invoice_id, created.document_id)
    finally:
        cashbox.close()
    assert proxy.seen == []
    assert len(sandbox.requests(service="intellectmoney")) == 2


def test_an_https_address_elsewhere_still_goes_through_the_proxy_as_a_tunnel(
    sandbox: Sandbox, proxy: RecordingProxy
) -> None:
    cashbox = IntellectMoneyClient(
        "https://api.intellectmoney.ru", intellectmoney_credentials(sandbox), TEST_TIMEOUTS
    )
    try:
        with pytest.raises(UnavailableError):
            cashbox.create_receipt(sandbox.credentials.invoice_id, sandbox_receipt(sandbox))
    finally:
        cashbox.close()
    # Only the tunnel's request reached the proxy; the credentials would travel inside it.
    assert len(proxy.seen) == 1
    assert proxy.seen[0].startswith("CONNECT api.intellectmoney.ru:443 ")
    assert sandbox.credentials.bearer_token not in proxy.seen[0]
