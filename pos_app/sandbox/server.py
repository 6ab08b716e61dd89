"""The sandbox's HTTP server: one loopback address for all three services and the admin API.

Standard library only (``http.server``): a thread per connection, HTTP/1.1 keep-alive so a
client's session reuses its connection, as it would with the real services. With a TLS context
it serves HTTPS: each connection's handshake runs in that connection's thread, so a client that
refuses the certificate (or never finishes) holds up no one else.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import random
import select
import socket
import ssl
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from pos_app.core import decimal_json
from pos_app.sandbox import checker, inshopper, intellectmoney
from pos_app.sandbox.exchange import Answer, Headers, decode_request, json_answer
from pos_app.sandbox.faults import (
    NO_FAULTS,
    SERVICES,
    Decision,
    Faults,
    FaultSchedule,
    Mishap,
    Service,
)
from pos_app.sandbox.recorder import RecordedRequest, Recorder

logger = logging.getLogger(__name__)

ADMIN_PREFIX = "/_sandbox/"
# A photo of 10 MB in a multipart body, and room to spare; more is refused unread.
MAX_BODY = 12 * 1024 * 1024
# A hung answer holds its thread until the client gives up, the sandbox stops, or this.
MAX_HANG = 300.0
# A client that opens a connection and never finishes the TLS handshake is let go after this.
HANDSHAKE_TIMEOUT = 10.0
# The start of a TLS application-data record (TLS 1.2 framing, 32 bytes long): what follows it
# cannot be decrypted, so the client's TLS layer fails on it.
GARBAGE_RECORD_HEADER = b"\x17\x03\x03\x00\x20"


class Handlers:
    """What the server needs from the sandbox: the services, their faults, the recorder."""

    def __init__(
        self,
        services: dict[Service, Callable[..., Answer]],
        recorder: Recorder,
        admin: Callable[[str, str, bytes], Answer],
        seed: int,
    ) -> None:
        self.services = services
        self.recorder = recorder
        self.admin = admin
        self.seed = seed
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._schedules = {
            service: FaultSchedule(NO_FAULTS, self._seed(service)) for service in SERVICES
        }
        self._malformed = random.Random(f"{seed}:malformed")  # noqa: S311 - replayable faults

    def _seed(self, service: Service) -> str:
        return f"{self.seed}:{service}"

    def faults(self, service: Service) -> Faults:
        with self._lock:
            return self._schedules[service].faults

    def set_faults(self, service: Service, faults: Faults) -> None:
        # A new schedule restarts the seeded draws: the same faults and requests replay alike.
        with self._lock:
            self._schedules[service] = FaultSchedule(faults, self._seed(service))

    def all_faults(self) -> dict[str, dict[str, object]]:
        with self._lock:
            return {service: self._schedules[service].faults.as_dict() for service in SERVICES}

    def decide(self, service: Service) -> Decision:
        with self._lock:
            schedule = self._schedules[service]
        return schedule.decide()

    def garbage(self, size: int) -> bytes:
        with self._lock:
            return self._malformed.randbytes(size)

    def malformed(self, body: bytes) -> bytes:
        """A broken answer of one of the kinds a real server or proxy produces."""
        with self._lock:
            kind = self._malformed.randrange(5)
            cut = self._malformed.randrange(1, max(len(body), 2))
        return (
            body[:cut],  # cut short
            b"<html><body><h1>502 Bad Gateway</h1></body></html>",  # a proxy's page
            b"",  # nothing at all
            b'{"OperationState": "0", "Result": [], "result": "yes", "state": 5}',  # wrong shapes
            b"\xff\xfe{\x00}",  # not UTF-8
        )[kind]


def service_of(path: str) -> Service | None:
    if path.startswith(intellectmoney.PREFIX):
        return "intellectmoney"
    if path.startswith(checker.PREFIX):
        return "checker"
    if path.startswith(inshopper.PREFIXES):
        return "inshopper"
    return None


class SandboxServer(ThreadingHTTPServer):
    daemon_threads = True
    # Many clients (benchmarks, the crash test) connect at once.
    request_queue_size = 128

    def __init__(
        self, address: tuple[str, int], handlers: Handlers, tls: ssl.SSLContext | None = None
    ) -> None:
        super().__init__(address, _RequestHandler)
        self.handlers = handlers
        self.tls = tls

    def get_request(self) -> tuple[Any, Any]:
        connection, address = super().get_request()
        if self.tls is None:
            return connection, address
        # No handshake here, in the accept loop: the connection's thread does it (setup).
        wrapped = self.tls.wrap_socket(connection, server_side=True, do_handshake_on_connect=False)
        return wrapped, address

    def handle_error(self, request: Any, client_address: Any) -> None:
        error = sys.exc_info()[1]
        if isinstance(error, ssl.SSLError | OSError):
            # A client that refused the certificate, or left mid-handshake: the client's story.
            logger.debug("Connection from %s ended: %s", client_address, error)
            return
        super().handle_error(request, client_address)


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "pos-app-sandbox"
    disable_nagle_algorithm = True
    wbufsize = -1  # one buffered write per answer, flushed by the base class
    server: SandboxServer

    def setup(self) -> None:
        if isinstance(self.request, ssl.SSLSocket):
            self.request.settimeout(HANDSHAKE_TIMEOUT)
            self.request.do_handshake()
            self.request.settimeout(None)
        super().setup()

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s %s", self.address_string(), format % args)

    def _serve(self) -> None:  # noqa: PLR0911 - one exit per fault kind
        handlers = self.server.handlers
        target = urlsplit(self.path)
        body = self._body()
        if body is None:
            return
        if target.path.startswith(ADMIN_PREFIX):
            # With its query: GET /_sandbox/requests?service=checker filters on it.
            admin_path = f"{target.path}?{target.query}" if target.query else target.path
            self._send(handlers.admin(self.command, admin_path, body))
            return
        service = service_of(target.path)
        request = decode_request(
            self.command, target.path, target.query, Headers(self.headers.items()), body
        )
        if service is None:
            answer = json_answer(404, {"error": f"no service at {target.path}"})
            handlers.recorder.add(RecordedRequest.of(request, None, 404, _now(), None))
            self._send(answer)
            return
        faults = handlers.faults(service)
        decision = handlers.decide(service)
        if faults.latency:
            handlers.stopping.wait(faults.latency)
        if decision.mishap is Mishap.DROP:
            self._record(request, service, None, "drop")
            self._drop()
            return
        if decision.mishap is Mishap.HANG:
            self._record(request, service, None, "hang")
            self._hang()
            return
        if decision.mishap is Mishap.SERVER_ERROR:
            self._record(request, service, decision.status, "server_error")
            page = f"<html><body><h1>{decision.status}</h1></body></html>".encode()
            self._send(Answer(decision.status, page, "text/html"))
            return
        answer = handlers.services[service](request, faults)
        if decision.mishap is Mishap.LOSE_ANSWER and answer.processed:
            # The worst case for a cashbox: the document exists, the answer never arrives.
            self._record(request, service, None, "lose_answer")
            self._drop()
            return
        if decision.mishap is Mishap.TLS_GARBAGE and answer.processed:
            # The document exists; the client's TLS layer gets a record it cannot decrypt.
            self._record(request, service, None, "tls_garbage")
            self._garbage_record()
            return
        if decision.mishap is Mishap.TLS_CUT and answer.processed:
            # The document exists; the connection ends without TLS's close_notify.
            self._record(request, service, None, "tls_cut")
            self._drop()
            return
        if decision.mishap is Mishap.MALFORMED:
            self._record(request, service, answer.status, "malformed")
            self._send(Answer(answer.status, handlers.malformed(answer.body), answer.content_type))
            return
        self._record(request, service, answer.status, answer.fault)
        self._send(answer)

    def _body(self) -> bytes | None:
        length_text = self.headers.get("Content-Length", "0")
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            self.send_error(411, "Content-Length required (chunked bodies are not taken)")
            return None
        try:
            length = int(length_text)
        except ValueError:
            self.send_error(400, "Content-Length is not a number")
            return None
        if length < 0 or length > MAX_BODY:
            self.send_error(413, f"the body is over {MAX_BODY} bytes")
            return None
        return self.rfile.read(length)

    def _record(
        self, request: Any, service: Service, status: int | None, fault: str | None
    ) -> None:
        # Recorded before the answer leaves: a test reading the records after its client
        # returned finds this request there.
        self.server.handlers.recorder.add(
            RecordedRequest.of(request, service, status, _now(), fault)
        )

    def _send(self, answer: Answer) -> None:
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        self.wfile.write(answer.body)

    def _drop(self) -> None:
        """Close the connection without a word, as a crashed server or a cut line would (over
        TLS: without close_notify, as SSLSocket.shutdown writes none)."""
        self.close_connection = True
        with contextlib.suppress(OSError):  # the client may have gone already
            self.connection.shutdown(socket.SHUT_RDWR)

    def _garbage_record(self) -> None:
        """Write a TLS record no key decrypts under the TLS layer, then close: the client's
        TLS fails although its request was delivered (over plain HTTP: a garbage status line)."""
        raw = socket.socket(fileno=os.dup(self.connection.fileno()))
        with contextlib.suppress(OSError), raw:
            raw.sendall(GARBAGE_RECORD_HEADER + self.server.handlers.garbage(32))
        self._drop()

    def _hang(self) -> None:
        """Never answer: wait until the client gives up (closes), the sandbox stops, or
        MAX_HANG; then close."""
        deadline = time.monotonic() + MAX_HANG
        stopping = self.server.handlers.stopping
        while not stopping.is_set() and time.monotonic() < deadline:
            readable, _, _ = select.select([self.connection], [], [], 0.1)
            if readable:
                try:
                    # socket.socket's own recv: an SSLSocket refuses MSG_PEEK; the raw bytes
                    # under TLS tell as well whether the client has closed.
                    if not socket.socket.recv(self.connection, 1, socket.MSG_PEEK):
                        break  # the client closed its end
                except OSError:
                    break
                # The client pipelined another request; still no answer.
                stopping.wait(0.1)
        self._drop()


def admin_answer(status: int, data: object) -> Answer:
    return Answer(status, decimal_json.dumps(_exact(data)).encode("utf-8"))


def _exact(data: object) -> object:
    """Floats (fault rates, latency) as Decimal: decimal_json refuses floats."""
    if isinstance(data, float):
        return Decimal(repr(data))
    if isinstance(data, dict):
        return {key: _exact(value) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return [_exact(value) for value in data]
    return data


def read_json_object(body: bytes) -> dict[str, Any]:
    """An admin request's JSON object body; ValueError saying what is wrong otherwise."""
    if not body.strip():
        return {}
    try:
        data = json.loads(body)
    except ValueError as error:
        raise ValueError(f"the body is not JSON: {error}") from error
    if not isinstance(data, dict):
        raise ValueError("the body must be a JSON object")
    return data


def _now() -> datetime:
    return datetime.now(UTC)
