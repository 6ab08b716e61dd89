"""Checker.uz SendCheque emulation: token, recipient rules, the success answer, every error."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import requests

from pos_app.sandbox import Sandbox
from tests.sandbox.helpers import SEND_CHEQUE

SEED_BODY = Path(__file__).parents[1] / "data" / "seeds" / "003_SendCheque_body.json"
SENT = {"result": True, "description": "Message sent successfully"}


def body(sandbox: Sandbox, **changes: Any) -> dict[str, Any]:
    """The document's request example with the sandbox's token (None deletes a field)."""
    data: dict[str, Any] = json.loads(SEED_BODY.read_text(encoding="utf-8"))
    data["token"] = sandbox.credentials.checker_token
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    return data


def send(sandbox: Sandbox, data: object) -> requests.Response:
    return requests.post(sandbox.base_url + SEND_CHEQUE, json=data, timeout=5)


def error_of(answer: requests.Response) -> str:
    assert answer.status_code == 200, answer.text
    data = answer.json()
    assert data["result"] is False, data
    assert isinstance(data["description"], str)
    assert data["description"]
    code: str = data["error"]
    return code


def test_seed_example_with_sandbox_token_is_sent(sandbox: Sandbox) -> None:
    answer = send(sandbox, body(sandbox))
    assert answer.status_code == 200
    assert answer.json() == SENT
    [record] = sandbox.requests("checker")
    assert record.json == body(sandbox)
    assert record.status == 200


def test_customer_code_instead_of_phone(sandbox: Sandbox) -> None:
    data = body(sandbox, customer_phone="", customer_code=sandbox.credentials.checker_customer_code)
    assert send(sandbox, data).json() == SENT


def test_decimal_amounts_are_numbers(sandbox: Sandbox) -> None:
    items = [{"name": "Хлеб", "quantity": 1.5, "price": 100.25, "total": 150.38}]
    assert send(sandbox, body(sandbox, items=items, amount=150.38)).json() == SENT


def test_unknown_fields_are_ignored(sandbox: Sandbox) -> None:
    assert send(sandbox, body(sandbox, something_else=1)).json() == SENT


@pytest.mark.parametrize("token", ["340a4959d6aaa36a13b6975523c10f94", "", None, 12345])
def test_wrong_token_is_100003(sandbox: Sandbox, token: object) -> None:
    data = body(sandbox)
    if token is None:
        del data["token"]
    else:
        data["token"] = token
    answer = send(sandbox, data)
    assert error_of(answer) == "100003"
    assert answer.json()["description"] == "Invalid token"


def test_unknown_customer_code_is_100004(sandbox: Sandbox) -> None:
    answer = send(sandbox, body(sandbox, customer_phone="", customer_code="NOBODY"))
    assert error_of(answer) == "100004"
    assert answer.json()["description"] == "Recipient not found"


@pytest.mark.parametrize(
    "phone",
    ["+998909998877", "8909998877", "99890999887", "998 90 999 88 77", "abc", "000000000000"],
)
def test_bad_phone_is_100002(sandbox: Sandbox, phone: str) -> None:
    answer = send(sandbox, body(sandbox, customer_phone=phone))
    assert error_of(answer) == "100002"
    assert "customer_phone" in answer.json()["description"]


def test_russian_phone_is_valid_e164(sandbox: Sandbox) -> None:
    assert send(sandbox, body(sandbox, customer_phone="79161234567")).json() == SENT


def test_neither_phone_nor_code_is_100002(sandbox: Sandbox) -> None:
    answer = send(sandbox, body(sandbox, customer_phone="", customer_code=""))
    assert error_of(answer) == "100002"
    assert "customer_phone or customer_code" in answer.json()["description"]


@pytest.mark.parametrize(
    "changes",
    [
        {"date": None},
        {"date": "1518779840"},
        {"date": 1518779840.5},
        {"date": -1},
        {"operation_type": 3},
        {"customer_phone": 998909998877},
        {"amount": "34890"},
        {"items": {"name": "x"}},
        {"items": [{"name": "x", "quantity": 1, "price": 2}]},
        {"items": [{"name": 5, "quantity": 1, "price": 2, "total": 2}]},
        {"payments": [{"name": "Наличные"}]},
        {"discount_card": {"code": "1", "name": "x", "scan": "y"}},
        {"note": 5},
    ],
)
def test_bad_fields_are_100002(sandbox: Sandbox, changes: dict[str, Any]) -> None:
    assert error_of(send(sandbox, body(sandbox, **changes))) == "100002"


@pytest.mark.parametrize("raw", [b"{not json", b"[1, 2]", b"", b'{"token": NaN}', b"\xff\xfe"])
def test_unparsable_body_is_100002(sandbox: Sandbox, raw: bytes) -> None:
    answer = requests.post(
        sandbox.base_url + SEND_CHEQUE,
        data=raw,
        headers={"Content-Type": "application/json"},
        timeout=5,
    )
    assert error_of(answer) == "100002"


def test_blocked_token_is_100007(sandbox: Sandbox) -> None:
    sandbox.set_faults("checker", blocked_token=True)
    answer = send(sandbox, body(sandbox))
    assert error_of(answer) == "100007"
    assert answer.json()["description"] == "Token has been blocked"
    assert sandbox.requests("checker")[-1].fault == "blocked_token"
    # A wrong token is still a wrong token, blocked or not.
    assert error_of(send(sandbox, body(sandbox, token="x"))) == "100003"
    sandbox.clear_faults()
    assert send(sandbox, body(sandbox)).json() == SENT


@pytest.mark.parametrize(
    ("code", "description"),
    [
        ("100001", "Unexpected error: sandbox fault injection"),
        ("100002", "Unable to process the JSON object"),
        ("100003", "Invalid token"),
        ("100004", "Recipient not found"),
        ("100005", "Telegram API returned FALSE"),
        ("100006", "Telegram API interaction error: connection to api.telegram.org timed out"),
        ("100007", "Token has been blocked"),
        ("100008", "Token has been deleted"),
    ],
)
def test_every_error_code_via_fault(sandbox: Sandbox, code: str, description: str) -> None:
    sandbox.set_faults("checker", checker_error=code)
    answer = send(sandbox, body(sandbox))
    assert answer.status_code == 200
    data = answer.json()
    assert data["result"] is False
    assert data["error"] == code
    assert data["description"] == description
    if code == "100005":
        assert data["telegram_json"]["ok"] is False
    else:
        assert "telegram_json" not in data
    assert sandbox.requests("checker")[-1].fault == "checker_error"


def test_wrong_method_and_path(sandbox: Sandbox) -> None:
    get = requests.get(sandbox.base_url + SEND_CHEQUE, timeout=5)
    assert get.status_code == 405
    assert get.json()["error"] == "100001"
    other = requests.post(sandbox.base_url + "/v1/methods/SendPhoto", json={}, timeout=5)
    assert other.status_code == 404
    assert other.json()["result"] is False
