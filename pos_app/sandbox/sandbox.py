"""The sandbox: the three emulated services on one loopback port, run in a background thread.

with Sandbox(seed=7) as sandbox:
    sandbox.set_faults("intellectmoney", lose_answer_rate=1.0)
    ...  # point the clients at sandbox.base_url, with sandbox.credentials
    assert sandbox.requests("intellectmoney")[-1].headers["Sign"] == ...

``Sandbox(tls=True)`` serves HTTPS with a throwaway CA: trust ``sandbox.ca_path``
(``REQUESTS_CA_BUNDLE``).
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
from pathlib import Path
from types import TracebackType
from typing import Any, Self
from urllib.parse import parse_qsl

from pos_app.sandbox.cashbox import Cashbox
from pos_app.sandbox.checker import Checker
from pos_app.sandbox.credentials import DEMO_CREDENTIALS, SandboxCredentials
from pos_app.sandbox.exchange import Answer
from pos_app.sandbox.faults import SERVICES, Faults, Service
from pos_app.sandbox.fiscal import FiscalDocument
from pos_app.sandbox.inshopper import Inshopper
from pos_app.sandbox.intellectmoney import IntellectMoney
from pos_app.sandbox.recorder import RecordedRequest, Recorder
from pos_app.sandbox.server import (
    ADMIN_PREFIX,
    Handlers,
    SandboxServer,
    admin_answer,
    read_json_object,
)
from pos_app.sandbox.tls import SandboxTls

logger = logging.getLogger(__name__)

LOOPBACK = ("127.0.0.1", "::1", "localhost")
# Real services fiscalize in seconds; one "still processing" answer shows the app polls.
DEFAULT_PENDING_POLLS = 1


class Sandbox:
    """A running emulator of IntellectMoney cashBox, Checker.uz and check.inshopper.ru.

    ``seed`` fixes every id, fiscal number and fault draw, so a failing test replays;
    ``pending_polls`` is how many getReceipt calls (and inshopper state reads) see a receipt
    still being processed before its outcome; ``tls`` serves HTTPS with a CA made at start
    (its certificate in ``ca_path`` while running).
    """

    def __init__(
        self,
        *,
        seed: int = 0,
        pending_polls: int = DEFAULT_PENDING_POLLS,
        host: str = "127.0.0.1",
        port: int = 0,
        credentials: SandboxCredentials = DEMO_CREDENTIALS,
        tls: bool = False,
    ) -> None:
        if host not in LOOPBACK:
            # Demo credentials on a shop's network would let anyone in; loopback only.
            raise ValueError(f"the sandbox listens on loopback only, not on {host!r}")
        self.credentials = credentials
        self._cashbox = Cashbox(seed, pending_polls)
        self._recorder = Recorder()
        intellectmoney = IntellectMoney(credentials, self._cashbox)
        checker = Checker(credentials)
        inshopper = Inshopper(credentials, self._cashbox, pending_polls)
        self._handlers = Handlers(
            {
                "intellectmoney": intellectmoney.handle,
                "checker": checker.handle,
                "inshopper": inshopper.handle,
            },
            self._recorder,
            self._admin,
            seed,
        )
        self._address = (host, port)
        self.tls = tls
        self._tls: SandboxTls | None = None
        self._server: SandboxServer | None = None
        self._thread: threading.Thread | None = None

    # --- running -----------------------------------------------------------------------------

    def start(self) -> Self:
        if self._server is not None:
            raise RuntimeError("the sandbox is already running")
        host = "127.0.0.1" if self._address[0] == "localhost" else self._address[0]
        self._tls = SandboxTls() if self.tls else None
        try:
            self._server = SandboxServer(
                (host, self._address[1]),
                self._handlers,
                None if self._tls is None else self._tls.context,
            )
        except OSError:
            self._close_tls()
            raise
        # Started again after stop(), it serves on the same port: a service back from an outage.
        self._address = (self._address[0], self._server.server_address[1])
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.1},
            name="sandbox",
            daemon=True,
        )
        self._thread.start()
        logger.info("Sandbox serving at %s", self.base_url)
        return self

    def stop(self) -> None:
        if self._server is None:
            return
        self._handlers.stopping.set()  # frees threads holding hung answers
        # shutdown() waits for the serve loop's next poll (0.1 s); a connection wakes it now.
        stopper = threading.Thread(target=self._server.shutdown, name="sandbox-stop")
        stopper.start()
        host, port = self._server.server_address[:2]
        host_text = host if isinstance(host, str) else bytes(host).decode()
        with contextlib.suppress(OSError):
            socket.create_connection((host_text, port), timeout=0.5).close()
        stopper.join()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join()
        self._server = None
        self._thread = None
        self._close_tls()

    def _close_tls(self) -> None:
        if self._tls is not None:
            self._tls.close()
            self._tls = None

    def __enter__(self) -> Self:
        return self.start() if self._server is None else self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("the sandbox is not running; call start() first")
        host, port = self._server.server_address[:2]
        text = host.decode() if isinstance(host, bytes) else host
        shown = f"[{text}]" if ":" in text else text
        scheme = "https" if self.tls else "http"
        return f"{scheme}://{shown}:{port}"

    @property
    def ca_path(self) -> Path:
        """The CA certificate (PEM) an HTTPS sandbox's clients trust; it goes when it stops."""
        if self._tls is None:
            raise RuntimeError("the sandbox does not serve HTTPS now; start Sandbox(tls=True)")
        return self._tls.ca_path

    def startup_line(self) -> dict[str, object]:
        """What `pos-app sandbox serve` prints: the base URL and the demo credentials (and the
        CA to trust, when it serves HTTPS)."""
        line: dict[str, object] = {
            "base_url": self.base_url,
            "credentials": self.credentials.as_dict(),
        }
        if self._tls is not None:
            line["ca_bundle"] = str(self._tls.ca_path)
        return line

    # --- faults ------------------------------------------------------------------------------

    def set_faults(self, service: Service, **values: object) -> Faults:
        """Replace a service's faults (unnamed ones are off); ValueError on a bad value."""
        faults = Faults.for_service(service, **values)
        self._handlers.set_faults(service, faults)
        logger.info("Sandbox faults for %s: %s", service, faults)
        return faults

    def clear_faults(self) -> None:
        for service in SERVICES:
            self._handlers.set_faults(service, Faults())

    def faults(self, service: Service) -> Faults:
        return self._handlers.faults(service)

    # --- what happened -----------------------------------------------------------------------

    def requests(self, service: Service | None = None) -> list[RecordedRequest]:
        """Every request received (newest last), or one service's."""
        records = self._recorder.snapshot()
        return records if service is None else [r for r in records if r.service == service]

    def clear_requests(self) -> None:
        self._recorder.clear()

    def documents(self) -> list[FiscalDocument]:
        """Every receipt the cashbox fiscalized, in order: the proof of "exactly once"."""
        return self._cashbox.documents()

    # --- the admin endpoint ------------------------------------------------------------------

    def _admin(self, method: str, path: str, body: bytes) -> Answer:  # noqa: PLR0911 - routes
        """``/_sandbox/...``: the same controls for other processes (`sandbox serve`)."""
        route, _, query = path.removeprefix(ADMIN_PREFIX).partition("?")
        parts = route.strip("/").split("/")
        try:
            if parts == ["credentials"] and method == "GET":
                return admin_answer(200, self.credentials.as_dict())
            if parts == ["faults"] and method == "GET":
                return admin_answer(200, self._handlers.all_faults())
            if parts == ["faults"] and method == "DELETE":
                self.clear_faults()
                return admin_answer(200, self._handlers.all_faults())
            if len(parts) == 2 and parts[0] == "faults" and method in ("PUT", "POST"):
                service = _service(parts[1])
                faults = self.set_faults(service, **read_json_object(body))
                return admin_answer(200, faults.as_dict())
            if parts == ["requests"] and method == "GET":
                wanted = dict(parse_qsl(query)).get("service")
                records = self.requests(_service(wanted) if wanted else None)
                return admin_answer(200, [record.as_json() for record in records])
            if parts == ["requests"] and method == "DELETE":
                self.clear_requests()
                return admin_answer(200, [])
            if parts == ["documents"] and method == "GET":
                return admin_answer(200, [_document(d) for d in self.documents()])
        except ValueError as error:
            return admin_answer(400, {"error": str(error)})
        return admin_answer(404, {"error": f"no admin action {method} {path}"})


def _service(name: str) -> Service:
    for service in SERVICES:
        if service == name:
            return service
    raise ValueError(f"unknown service {name!r}; one of {', '.join(SERVICES)}")


def _document(document: FiscalDocument) -> dict[str, Any]:
    return {
        "document_id": document.document_id,
        "invoice_id": document.invoice_id,
        "refund_id": document.refund_id,
        "fn": document.fn,
        "fd": document.fd_number,
        "fp": document.fp,
        "total": document.receipt.total,
        "qr": str(document.qr),
        "processed_at": document.processed_at.isoformat(),
    }
