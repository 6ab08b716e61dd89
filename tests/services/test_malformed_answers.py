"""Thousands of generated broken answers: each one becomes a typed ServiceError (or, when it
happens to be valid, a typed result; for getReceipt, "not ready" with what the answer held),
never another exception."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pos_app.core.credentials import Secret
from pos_app.core.fiscal_data import FiscalData
from pos_app.core.services import (
    CheckerClient,
    InshopperClient,
    IntellectMoneyClient,
    IntellectMoneyCredentials,
    ServiceError,
)
from pos_app.core.services.intellectmoney_answers import NotReady
from pos_app.sandbox import Sandbox
from tests.services.conftest import TEST_TIMEOUTS, sandbox_receipt
from tests.services.raw_server import Canned, RawServer

SEEDS = Path(__file__).parents[1] / "data" / "seeds"
VALID_ANSWERS = [
    json.loads((SEEDS / "002_getReceipt_answer.json").read_text(encoding="utf-8")),
    {"result": True, "description": "Message sent successfully"},
    {"result": False, "error": "100004", "description": "Recipient not found"},
    {"id": 5, "state": "good", "extra": {"quantity": "2"}},
    {"id": 11, "state": "rejected", "extra": "", "reject_reason": "undecipherable"},
    {"id": 5, "state": "ok"},
]
# The statuses a read repeats (429, 502-504) are left to the fault tests: here they would only
# add pauses.
STATUSES = st.sampled_from([200, 200, 200, 200, 400, 401, 403, 404, 500])
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8) | st.floats(allow_nan=False),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A valid answer with one value somewhere replaced or removed."""
    answer: Any = json.loads(json.dumps(draw(st.sampled_from(VALID_ANSWERS))))
    node = answer
    while True:
        keys = list(node) if isinstance(node, dict) else []
        if not keys:
            break
        key = draw(st.sampled_from(keys))
        if isinstance(node[key], dict) and draw(st.booleans()):
            node = node[key]
            continue
        if draw(st.booleans()):
            del node[key]
        else:
            node[key] = draw(json_values)
        break
    return json.dumps(answer, ensure_ascii=False).encode()


bodies = st.one_of(
    mutated(),
    json_values.map(lambda value: json.dumps(value).encode()),
    st.binary(max_size=64),
    mutated().map(lambda body: body[: len(body) // 2]),
)


@pytest.fixture(scope="module")
def server() -> Iterator[RawServer]:
    with RawServer() as running:
        yield running


def _calls(base_url: str, sandbox_receipt_: Any) -> dict[str, Callable[[], object]]:
    secret = Secret("raw-server-secret")
    cashbox = IntellectMoneyClient(
        base_url, IntellectMoneyCredentials(secret, secret, secret), TEST_TIMEOUTS
    )
    checker = CheckerClient(base_url, secret, TEST_TIMEOUTS)
    inshopper = InshopperClient(base_url, secret, TEST_TIMEOUTS)
    when = datetime(2026, 11, 23, tzinfo=UTC)
    return {
        "createReceipt": lambda: cashbox.create_receipt("3000000001", sandbox_receipt_),
        "getReceipt": lambda: cashbox.get_receipt("3000000001", "7e1f3806b1e148fc886ff5518484fe80"),
        "SendCheque": lambda: checker.send_cheque(
            sandbox_receipt_, operation_code="1", date=when, phone="+998901234567"
        ),
        "campaigns": lambda: inshopper.campaigns("1"),
        "upload_qr": lambda: inshopper.upload_qr(
            1, "t=20200115T2110&s=1030.00&fn=9251440300046840&i=29414&fp=1250830908&n=1"
        ),
        "receipt_state": lambda: inshopper.receipt_state(1, 5),
    }


@pytest.mark.parametrize(
    "method",
    ["createReceipt", "getReceipt", "SendCheque", "campaigns", "upload_qr", "receipt_state"],
)
def test_every_broken_answer_becomes_a_typed_error(server: RawServer, method: str) -> None:
    with Sandbox() as sandbox:  # only for a receipt of its shop
        receipt = sandbox_receipt(sandbox)
    call = _calls(server.base_url, receipt)[method]

    @settings(
        max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
    )
    @given(status=STATUSES, body=bodies)
    def check(status: int, body: bytes) -> None:
        server.answer = Canned(status, body)
        failure: ServiceError | None = None
        try:
            result = call()
        except ServiceError as error:
            failure = error
        if failure is not None:
            assert str(failure)
            assert failure.service in ("IntellectMoney", "Checker.uz", "inshopper")
            return
        if isinstance(result, NotReady):
            # getReceipt: any answer without fiscal data or a refusal is asked about again.
            assert result.known
            return
        assert status == 200
        assert result is None or isinstance(result, FiscalData | int | tuple | object)

    check()
