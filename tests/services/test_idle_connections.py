"""A kept-alive connection is reused within a receipt's calls, and not after a pause, when the
service may close it just as a request goes out."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from pos_app.core.services.errors import UnknownOutcomeError
from pos_app.core.services.transport import IDLE_REUSE_LIMIT, Transport
from tests.services.conftest import TEST_TIMEOUTS
from tests.services.raw_server import RawServer


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@contextmanager
def transport_to(server: RawServer, clock: Clock) -> Iterator[Transport]:
    transport = Transport("IntellectMoney", server.base_url, TEST_TIMEOUTS, clock=clock)
    try:
        yield transport
    finally:
        transport.close()


def post(transport: Transport) -> int:
    return transport.request("POST", "/createReceipt", idempotent=False, data={"a": "1"}).status


def test_calls_close_together_share_one_connection() -> None:
    clock = Clock()
    with RawServer() as server, transport_to(server, clock) as transport:
        for _ in range(3):
            assert post(transport) == 200
            clock.now += IDLE_REUSE_LIMIT / 2
    assert server.connections == 1


# The server below drops a connection's second request unanswered, as at the end of its idle limit.


def test_after_a_pause_a_new_connection_carries_the_request() -> None:
    clock = Clock()
    with RawServer(answers_per_connection=1) as server, transport_to(server, clock) as transport:
        assert post(transport) == 200
        clock.now += IDLE_REUSE_LIMIT + 0.1
        assert post(transport) == 200
    assert server.connections == 2


def test_why_a_request_on_a_closing_connection_is_an_unknown_outcome() -> None:
    clock = Clock()
    with RawServer(answers_per_connection=1) as server, transport_to(server, clock) as transport:
        assert post(transport) == 200
        clock.now += IDLE_REUSE_LIMIT / 2  # reused: the service read it, no answer came
        with pytest.raises(UnknownOutcomeError):
            post(transport)
