"""One service's HTTP connection: a requests Session with the app's manners and honest errors.

Connection reuse (but not of a connection that sat idle: IDLE_REUSE_LIMIT), explicit connect
and read timeouts, TLS verification always on (an extra CA is trusted the standard way, through
``REQUESTS_CA_BUNDLE``), a User-Agent naming the app, and a loopback address always reached
directly, never through a proxy. The only automatic repeat is of a
connection that could not be opened: the request never left, so a repeat cannot do anything
twice. Every failure of requests becomes one of the errors of
:mod:`pos_app.core.services.errors` (:mod:`pos_app.core.services.request_failures` says which,
in words that name no URL and no request content).

"Never left" is decided by what happened, not by the exception's type: the connections note
when the request starts to be written, and only a failure before that moment (no connection,
a certificate not trusted, a TLS handshake that never completed) counts as nothing sent. A TLS
error after it (a broken record, a cut without close_notify) may follow a request the service
read and acted on.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.poolmanager import PoolManager
from urllib3.util.retry import Retry

from pos_app import APP_NAME, __version__
from pos_app.core.services.endpoints import is_loopback
from pos_app.core.services.request_failures import failure, unsendable_header

logger = logging.getLogger(__name__)

CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 20.0
USER_AGENT = f"{APP_NAME}/{__version__} python-requests/{requests.__version__}"
# Statuses that say "not now" without doing the work: a read is repeated a little later.
RETRY_STATUSES = frozenset({429, 502, 503, 504})
READ_ATTEMPTS = 3
READ_RETRY_PAUSE = 0.25
MAX_RETRY_AFTER = 2.0
# A server closes a kept-alive connection after its own idle time; a request written on it just
# as it closes gets no answer, and for createReceipt that is an unknown outcome and a person's
# time. A connection is reused within a receipt's calls (createReceipt, then its polls), not
# across the pause between customers. ASSUMED: the services' idle limit is not known; 4 s stays
# under the shortest common default (Apache's 5 s).
IDLE_REUSE_LIMIT = 4.0


class _Progress(threading.local):
    """Whether the current thread's request has started to be written (per thread: a
    Transport is used by one thread at a time, and requests runs in the calling thread)."""

    written = False


_PROGRESS = _Progress()


class _WatchedHTTPConnection(HTTPConnection):
    def request(self, *args: Any, **kwargs: Any) -> None:
        _connected(self)
        super().request(*args, **kwargs)


class _WatchedHTTPSConnection(HTTPSConnection):
    def request(self, *args: Any, **kwargs: Any) -> None:
        _connected(self)
        super().request(*args, **kwargs)


def _connected(connection: HTTPConnection) -> None:
    """Connect now, if not yet (http.client would at the first write; https connects before,
    with its handshake): every failure up to here sent nothing. From here on bytes may leave."""
    if connection.sock is None:
        connection.connect()
    _PROGRESS.written = True


class _WatchedHTTPConnectionPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSConnectionPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


_WATCHED_POOLS = {"http": _WatchedHTTPConnectionPool, "https": _WatchedHTTPSConnectionPool}


class _DirectToLoopback(HTTPAdapter):
    """requests' adapter that never takes a loopback address through a proxy.

    Plain http is allowed only on loopback (endpoints.check_base_url), on the promise that it
    never leaves the computer; a proxy named by HTTP_PROXY or ALL_PROXY would carry such a
    request, its Bearer token and UserToken in the clear, to wherever the proxy is. Decided
    here, where requests uses the proxies, so no environment or session setting can undo it.
    Any other address keeps the environment's proxy (https goes through it as a tunnel).
    """

    def send(  # noqa: PLR0917 - requests' own signature
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: float | tuple[float, float] | tuple[float, None] | None = None,
        verify: bool | str = True,
        cert: bytes | str | tuple[bytes | str, bytes | str] | None = None,
        proxies: Mapping[str, str] | None = None,
    ) -> requests.Response:
        if is_loopback(urlsplit(request.url or "").hostname or ""):
            proxies = {}
        return super().send(
            request, stream=stream, timeout=timeout, verify=verify, cert=cert, proxies=proxies
        )


class _WatchedAdapter(_DirectToLoopback):
    """requests' adapter whose connections note when a request starts to be written."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        _watch(self.poolmanager)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> PoolManager:
        manager: PoolManager = super().proxy_manager_for(proxy, **proxy_kwargs)
        _watch(manager)
        return manager


def _watch(manager: PoolManager) -> None:
    manager.pool_classes_by_scheme = dict(_WATCHED_POOLS)


@dataclass(frozen=True)
class Timeouts:
    connect: float = CONNECT_TIMEOUT
    read: float = READ_TIMEOUT


DEFAULT_TIMEOUTS = Timeouts()


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes
    content_type: str
    retry_after: str | None = None


class Transport:
    """Requests to one service's base URL. Not shared between threads at the same moment
    (the workflow has one worker per service); cheap to create."""

    def __init__(
        self,
        service: str,
        base_url: str,
        timeouts: Timeouts = DEFAULT_TIMEOUTS,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.service = service
        self.base_url = base_url.rstrip("/")
        self.timeouts = timeouts
        self._sleep = sleep
        self._clock = clock
        self._last_used: float | None = None
        self._session = requests.Session()
        self._session.headers["User-Agent"] = USER_AGENT
        # Never off. With trust_env (requests' default) REQUESTS_CA_BUNDLE, read at each
        # request, names the CAs to trust instead of the built-in list: a shop behind an
        # inspecting proxy, or the sandbox's own CA.
        self._session.verify = True
        # Connection errors only (read=0, status=0, other=0): the request never left.
        retry = Retry(total=2, connect=2, read=0, status=0, other=0, backoff_factor=0.1)
        adapter = _WatchedAdapter(max_retries=retry)
        self._session.mount("https://", adapter)
        self._session.mount("http://", adapter)

    def close(self) -> None:
        self._session.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        idempotent: bool,
        headers: Mapping[str, str] | None = None,
        params: Mapping[str, str] | None = None,
        data: Mapping[str, str] | None = None,
        json: object = None,
        files: Mapping[str, Any] | None = None,
        content: bytes | None = None,
    ) -> Answer:
        """Send once (a read: up to READ_ATTEMPTS times while the service says "not now").

        Raises UnavailableError when nothing was done, and, for a request that is not
        ``idempotent``, UnknownOutcomeError when it left but no answer came back.
        """
        attempts = READ_ATTEMPTS if idempotent else 1
        for attempt in range(1, attempts + 1):
            answer = self._send(
                method,
                path,
                idempotent=idempotent,
                headers=headers,
                params=params,
                data=data,
                json=json,
                files=files,
                content=content,
            )
            if answer.status not in RETRY_STATUSES or attempt == attempts:
                return answer
            pause = _retry_after(answer.retry_after) or READ_RETRY_PAUSE * attempt
            logger.info(
                "%s answered %d; asking again in %.2f s", self.service, answer.status, pause
            )
            self._sleep(pause)
        raise AssertionError("unreachable")  # pragma: no cover

    def _send(
        self,
        method: str,
        path: str,
        *,
        idempotent: bool,
        headers: Mapping[str, str] | None,
        params: Mapping[str, str] | None,
        data: Mapping[str, str] | None,
        json: object,
        files: Mapping[str, Any] | None,
        content: bytes | None,
    ) -> Answer:
        self._drop_idle_connections()
        _PROGRESS.written = False
        try:
            response = self._session.request(
                method,
                self.base_url + path,
                headers=dict(headers or {}),
                params=params,
                data=content if content is not None else data,
                json=json,
                files=files,
                timeout=(self.timeouts.connect, self.timeouts.read),
                allow_redirects=False,
            )
            body = response.content
        except (requests.exceptions.InvalidHeader, UnicodeEncodeError):
            # A header value an HTTP header cannot carry (a line break, a control character, a
            # letter outside Latin-1): requests refuses it, or http.client cannot encode it,
            # while the request is still being put together, so nothing left. from None: the
            # exception's text quotes the value, a credential.
            raise unsendable_header(self.service, headers) from None
        except requests.exceptions.RequestException as error:
            # from None: the exception's text holds the URL, and inshopper's token with it.
            raise failure(self.service, error, idempotent, written=_PROGRESS.written) from None
        finally:
            self._last_used = self._clock()
        return Answer(
            response.status_code,
            body,
            response.headers.get("Content-Type", ""),
            response.headers.get("Retry-After"),
        )

    def _drop_idle_connections(self) -> None:
        if self._last_used is None or self._clock() - self._last_used <= IDLE_REUSE_LIMIT:
            return
        for adapter in self._session.adapters.values():
            adapter.close()  # empties the pool; the next request opens a new connection


def _retry_after(value: str | None) -> float | None:
    if value is None or not value.strip().isdigit():
        return None
    return min(float(value), MAX_RETRY_AFTER)
