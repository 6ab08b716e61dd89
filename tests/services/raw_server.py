"""A loopback HTTP server answering whatever a test tells it to: for answers no real service
(nor the sandbox) would give."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self


@dataclass(frozen=True)
class Canned:
    status: int
    body: bytes
    content_type: str = "application/json"


class RawServer:
    """``answers_per_connection``: after that many answers on one connection, the next request
    on it is read and the connection closed unanswered, as a server whose idle limit ran out
    just as the request came. ``connections`` counts the connections opened."""

    def __init__(self, *, answers_per_connection: int | None = None) -> None:
        self.answer = Canned(200, b"{}")
        self.connections = 0
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # One write per answer: split writes meet delayed ACKs and cost 40 ms each.
            wbufsize = -1
            disable_nagle_algorithm = True
            answered = 0

            def setup(self) -> None:
                super().setup()
                owner.connections += 1  # one handler thread per connection

            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                self.rfile.read(length)
                if self.answered == answers_per_connection:
                    self.close_connection = True
                    return
                self.answered += 1
                canned = owner.answer
                self.send_response(canned.status)
                self.send_header("Content-Type", canned.content_type)
                self.send_header("Content-Length", str(len(canned.body)))
                self.end_headers()
                self.wfile.write(canned.body)

            do_GET = do_POST = _answer  # noqa: N815 - http.server's naming

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        # A short poll: shutdown() waits for it, and tests start and stop servers often.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
