"""Faults on demand, each observed from a client over real HTTP; seeded replay; validation."""

from __future__ import annotations

import dataclasses
import json
import math
import time
from typing import Any

import pytest
import requests

from pos_app.sandbox import Faults, Sandbox
from tests.sandbox.helpers import SEND_CHEQUE, create_receipt, demo_receipt, fiscalize, get_receipt


def checker_body(sandbox: Sandbox) -> dict[str, Any]:
    return {
        "token": sandbox.credentials.checker_token,
        "customer_phone": "998909998877",
        "date": 1518779840,
    }


def send_cheque(sandbox: Sandbox, timeout: float = 5) -> requests.Response:
    return requests.post(
        sandbox.base_url + SEND_CHEQUE, json=checker_body(sandbox), timeout=timeout
    )


def campaigns(sandbox: Sandbox, timeout: float = 5) -> requests.Response:
    return requests.get(
        sandbox.base_url + "/campaigns.json",
        params={"token": sandbox.credentials.inshopper_token, "user_id": "1"},
        timeout=timeout,
    )


def is_well_formed_envelope(answer: requests.Response) -> bool:
    try:
        data = json.loads(answer.content.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return False
    return (
        isinstance(data, dict)
        and isinstance(data.get("OperationState"), dict)
        and isinstance(data["OperationState"].get("Code"), int)
        and isinstance(data.get("Result"), dict)
    )


# --- each kind, as a client sees it -------------------------------------------------------


def test_latency_delays_every_answer(sandbox: Sandbox) -> None:
    sandbox.set_faults("intellectmoney", latency=0.5)
    started = time.monotonic()
    answer = create_receipt(sandbox, demo_receipt())
    elapsed = time.monotonic() - started
    assert answer.json()["OperationState"]["Code"] == 0
    assert elapsed >= 0.5
    # Other services are not slowed (an unslowed answer takes milliseconds, even on a busy CI).
    started = time.monotonic()
    assert send_cheque(sandbox).json()["result"] is True
    assert time.monotonic() - started < 0.5


def test_error_rate_one_gives_5xx_without_the_work(sandbox: Sandbox) -> None:
    sandbox.set_faults("intellectmoney", error_rate=1)
    statuses = set()
    for _ in range(6):
        answer = create_receipt(sandbox, demo_receipt())
        assert answer.status_code in (500, 502, 503)
        assert answer.headers["Content-Type"] == "text/html"
        statuses.add(answer.status_code)
    assert sandbox.documents() == []
    records = sandbox.requests("intellectmoney")
    assert [r.fault for r in records] == ["server_error"] * 6
    assert {r.status for r in records} == statuses


@pytest.mark.parametrize("service", ["checker", "inshopper"])
def test_error_rate_on_other_services(sandbox: Sandbox, service: str) -> None:
    sandbox.set_faults(service, error_rate=1)  # type: ignore[arg-type]
    answer = send_cheque(sandbox) if service == "checker" else campaigns(sandbox)
    assert answer.status_code in (500, 502, 503)


def test_drop_closes_without_answer_and_without_the_work(sandbox: Sandbox) -> None:
    sandbox.set_faults("intellectmoney", drop_rate=1)
    with pytest.raises(requests.ConnectionError):
        create_receipt(sandbox, demo_receipt())
    assert sandbox.documents() == []
    [record] = sandbox.requests("intellectmoney")
    assert record.status is None
    assert record.fault == "drop"
    sandbox.set_faults("checker", drop_rate=1)
    with pytest.raises(requests.ConnectionError):
        send_cheque(sandbox)


def test_hang_never_answers(sandbox: Sandbox) -> None:
    sandbox.set_faults("intellectmoney", hang_rate=1)
    started = time.monotonic()
    with pytest.raises(requests.ReadTimeout):
        create_receipt(sandbox, demo_receipt(), timeout=0.3)
    assert time.monotonic() - started < 2
    assert sandbox.documents() == []
    assert sandbox.requests("intellectmoney")[-1].fault == "hang"
    sandbox.set_faults("inshopper", hang_rate=1)
    with pytest.raises(requests.ReadTimeout):
        campaigns(sandbox, timeout=0.3)


def test_malformed_answers_are_unusable_but_the_work_is_done(sandbox: Sandbox) -> None:
    sandbox.set_faults("intellectmoney", malformed_rate=1)
    session = requests.Session()
    count = 12
    for _ in range(count):
        try:
            answer = create_receipt(sandbox, demo_receipt(), session=session)
        except requests.ConnectionError:  # a body cut short may confuse keep-alive
            session = requests.Session()
            continue
        assert answer.status_code == 200
        assert not is_well_formed_envelope(answer), answer.content
    assert len(sandbox.documents()) == count
    assert {r.fault for r in sandbox.requests("intellectmoney")} == {"malformed"}


def test_malformed_checker_answer(sandbox: Sandbox) -> None:
    sandbox.set_faults("checker", malformed_rate=1)
    for _ in range(5):
        answer = send_cheque(sandbox)
        try:
            data = json.loads(answer.content.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            continue
        assert data != {"result": True, "description": "Message sent successfully"}
        assert not isinstance(data, dict) or data.get("result") is not True


def test_lose_answer_fiscalizes_but_the_client_hears_nothing(sandbox: Sandbox) -> None:
    sandbox.set_faults("intellectmoney", lose_answer_rate=1)
    with pytest.raises(requests.ConnectionError):
        create_receipt(sandbox, demo_receipt())
    [document] = sandbox.documents()
    [record] = sandbox.requests("intellectmoney")
    assert record.status is None
    assert record.fault == "lose_answer"
    assert record.form is not None
    assert record.form["MerchantReceipt"] == document.merchant_receipt
    # getReceipt does no new work, so its answers are not lost; the receipt can be checked.
    first = get_receipt(sandbox, document.document_id).json()
    assert first["OperationState"]["Code"] == 1
    second = get_receipt(sandbox, document.document_id).json()
    data = second["Result"]["CashboxReceiptResponseData"]
    assert data["FSNumber"] == document.fn
    assert data["FP"] == document.fp


def test_lose_answer_does_not_lose_refusals(sandbox: Sandbox) -> None:
    """Nothing was fiscalized, so there is nothing to lose: the refusal arrives."""
    sandbox.set_faults("intellectmoney", lose_answer_rate=1)
    answer = create_receipt(sandbox, demo_receipt(), signature="0" * 64)
    assert answer.json()["OperationState"]["Code"] == 2
    assert sandbox.documents() == []


def test_blocked_token_intellectmoney(sandbox: Sandbox) -> None:
    sandbox.set_faults("intellectmoney", blocked_token=True)
    data = create_receipt(sandbox, demo_receipt()).json()
    assert data["OperationState"]["Code"] == 2
    assert data["Result"]["State"] == {"Code": 4, "Desc": "Authorization: токен заблокирован"}
    assert sandbox.documents() == []
    assert sandbox.requests("intellectmoney")[-1].fault == "blocked_token"


def test_blocked_token_checker(sandbox: Sandbox) -> None:
    sandbox.set_faults("checker", blocked_token=True)
    data = send_cheque(sandbox).json()
    assert data["result"] is False
    assert data["error"] == "100007"


def test_blocked_token_inshopper(sandbox: Sandbox) -> None:
    sandbox.set_faults("inshopper", blocked_token=True)
    answer = campaigns(sandbox)
    assert answer.status_code == 401
    assert answer.json() == {"state": "error"}
    credentials = sandbox.credentials
    token = requests.post(
        sandbox.base_url + "/clients/get_token.json",
        data={"email": credentials.inshopper_email, "password": credentials.inshopper_password},
        timeout=5,
    )
    assert token.status_code == 401
    assert sandbox.requests("inshopper")[-1].fault == "blocked_token"


def test_faults_are_per_service_and_clear(sandbox: Sandbox) -> None:
    sandbox.set_faults("checker", error_rate=1)
    fiscalize(sandbox)
    assert send_cheque(sandbox).status_code >= 500
    assert sandbox.faults("checker").error_rate == 1.0
    assert sandbox.faults("intellectmoney") == Faults()
    sandbox.clear_faults()
    assert sandbox.faults("checker") == Faults()
    assert send_cheque(sandbox).json()["result"] is True


def test_set_faults_replaces_not_merges(sandbox: Sandbox) -> None:
    sandbox.set_faults("intellectmoney", error_rate=1, latency=0.1)
    sandbox.set_faults("intellectmoney", latency=0.05)
    assert sandbox.faults("intellectmoney") == Faults(latency=0.05)
    assert create_receipt(sandbox, demo_receipt()).status_code == 200


# --- seeded replay ------------------------------------------------------------------------


def _statuses(seed: int) -> list[int | None]:
    with Sandbox(seed=seed) as sandbox:
        sandbox.set_faults("intellectmoney", error_rate=0.5)
        sandbox.set_faults("checker", error_rate=0.3, drop_rate=0.2)
        session = requests.Session()
        statuses: list[int | None] = []
        for n in range(30):
            if n % 3 == 2:
                try:
                    statuses.append(send_cheque(sandbox).status_code)
                except requests.ConnectionError:
                    statuses.append(None)
            else:
                statuses.append(
                    create_receipt(sandbox, demo_receipt(), session=session).status_code
                )
        return statuses


def test_same_seed_replays_the_same_faults() -> None:
    first = _statuses(11)
    second = _statuses(11)
    assert first == second
    assert 200 in first
    assert any(s is not None and s >= 500 for s in first)
    assert None in first
    assert _statuses(12) != first


def test_setting_faults_restarts_the_draws(sandbox: Sandbox) -> None:
    def run() -> list[int]:
        sandbox.set_faults("intellectmoney", error_rate=0.5)
        return [create_receipt(sandbox, demo_receipt()).status_code for _ in range(10)]

    assert run() == run()


# --- validation ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("service", "values", "message"),
    [
        ("intellectmoney", {"latency": -1}, "latency must be 0 to 60"),
        ("intellectmoney", {"latency": 61}, "latency must be 0 to 60"),
        ("intellectmoney", {"latency": math.nan}, "latency must be 0 to 60"),
        ("intellectmoney", {"latency": "0.5"}, "latency must be a number"),
        ("intellectmoney", {"latency": True}, "latency must be a number"),
        ("intellectmoney", {"error_rate": 1.5}, "error_rate must be a share"),
        ("intellectmoney", {"drop_rate": -0.1}, "drop_rate must be a share"),
        ("intellectmoney", {"hang_rate": math.nan}, "hang_rate must be a share"),
        ("intellectmoney", {"malformed_rate": None}, "malformed_rate must be a number"),
        ("intellectmoney", {"error_rate": 0.6, "drop_rate": 0.5}, "together at most 1"),
        ("intellectmoney", {"blocked_token": "yes"}, "blocked_token must be true or false"),
        ("intellectmoney", {"blocked_token": 1}, "blocked_token must be true or false"),
        ("intellectmoney", {"no_such_fault": 1}, "unknown fault field"),
        ("intellectmoney", {"checker_error": "100003"}, "checker_error applies to Checker.uz only"),
        (
            "intellectmoney",
            {"reject_reason": "dublicate"},
            "reject_reason applies to inshopper only",
        ),
        ("checker", {"state_not_ready": True}, "state_not_ready applies to inshopper only"),
        ("checker", {"checker_error": "100009"}, "checker_error must be one of"),
        ("checker", {"checker_error": 100003}, "checker_error must be one of"),
        ("checker", {"reject_reason": "outlimit"}, "reject_reason applies to inshopper only"),
        ("inshopper", {"reject_reason": "duplicate"}, "reject_reason must be one of"),
        ("inshopper", {"checker_error": "100001"}, "checker_error applies to Checker.uz only"),
        ("nowhere", {"latency": 1}, "unknown service"),
        ("intellectmoney", {"poll_answer": "later"}, "poll_answer must be one of"),
        ("checker", {"poll_answer": "queued"}, "poll_answer applies to IntellectMoney only"),
        ("intellectmoney", {"create_refusal_code": 0}, "create_refusal_code must be"),
        ("intellectmoney", {"create_refusal_code": "77"}, "create_refusal_code must be"),
        ("intellectmoney", {"create_refusal_code": True}, "create_refusal_code must be"),
        ("inshopper", {"create_refusal_code": 77}, "create_refusal_code applies to"),
    ],
)
def test_bad_fault_values_raise(
    sandbox: Sandbox, service: str, values: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        sandbox.set_faults(service, **values)  # type: ignore[arg-type]
    assert sandbox.faults("intellectmoney") == Faults()


def test_good_fault_values(sandbox: Sandbox) -> None:
    faults = sandbox.set_faults(
        "intellectmoney", error_rate=0.25, drop_rate=0.25, hang_rate=0.25, lose_answer_rate=0.25
    )
    assert faults.as_dict()["lose_answer_rate"] == 0.25
    assert sandbox.set_faults("checker", checker_error="100005").checker_error == "100005"
    assert sandbox.set_faults("inshopper", reject_reason="outlimit", latency=0).latency == 0.0


# --- TLS: the stream breaks after the document is made ---------------------------------------


@pytest.mark.parametrize(
    ("fault", "failure"),
    [
        ("tls_garbage_rate", requests.exceptions.SSLError),
        ("tls_cut_rate", requests.exceptions.ConnectionError),
    ],
)
def test_a_broken_tls_stream_after_the_receipt_is_made(
    fault: str, failure: type[Exception], monkeypatch: pytest.MonkeyPatch
) -> None:
    with Sandbox(seed=2, tls=True) as sandbox, requests.Session() as session:
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(sandbox.ca_path))
        sandbox.set_faults("intellectmoney", **{fault: 1.0})
        with pytest.raises(failure):
            create_receipt(sandbox, demo_receipt(), session=session)
        (record,) = sandbox.requests("intellectmoney")
        assert record.status is None
        assert record.fault == fault.removesuffix("_rate")
        assert len(sandbox.documents()) == 1
        # Refusals change nothing: answered as usual.
        other_group = dataclasses.replace(demo_receipt(), group="Other")
        refused = create_receipt(sandbox, other_group, session=session).json()
        assert refused["Result"]["CashboxReceiptResponseData"]["ResponseState"] == "BadRequest"


@pytest.mark.parametrize("fault", ["tls_garbage_rate", "tls_cut_rate"])
def test_tls_faults_apply_to_intellectmoney_only(sandbox: Sandbox, fault: str) -> None:
    with pytest.raises(ValueError, match=f"{fault} applies to IntellectMoney"):
        sandbox.set_faults("checker", **{fault: 1.0})


def test_poll_answer_shapes_a_known_receipts_getreceipt(sandbox: Sandbox) -> None:
    document_id = fiscalize(sandbox)
    sandbox.set_faults("intellectmoney", poll_answer="unknown_refusal_code")
    answer = get_receipt(sandbox, document_id).json()
    assert answer["OperationState"]["Code"] == 2
    assert answer["Result"]["State"] == {"Code": 77, "Desc": "Внутренняя ошибка кассы"}
    sandbox.set_faults("intellectmoney", poll_answer="no_body")
    empty = get_receipt(sandbox, document_id)
    assert (empty.status_code, empty.content) == (202, b"")
    sandbox.set_faults("intellectmoney", poll_answer="empty_fiscal_fields")
    data = get_receipt(sandbox, document_id).json()["Result"]
    assert data["CashboxReceiptResponseData"]["FSNumber"] == ""
    assert sandbox.requests("intellectmoney")[-1].fault == "poll_answer"
    # An unknown document is still not found: the shapes are of known receipts only.
    unknown = get_receipt(sandbox, "0" * 32).json()
    assert unknown["Result"]["State"]["Code"] == 3


def test_create_refusal_code_refuses_as_a_whole_and_makes_nothing(sandbox: Sandbox) -> None:
    sandbox.set_faults("intellectmoney", create_refusal_code=77)
    answer = create_receipt(sandbox, demo_receipt()).json()
    assert answer["OperationState"]["Code"] == 2
    assert answer["Result"]["State"]["Code"] == 77
    assert "DocumentId" not in answer["Result"]
    assert sandbox.documents() == []
    assert sandbox.requests()[-1].fault == "create_refusal"
