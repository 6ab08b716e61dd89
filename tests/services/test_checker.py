"""The Checker.uz client against the sandbox: the body it sends, and one error class per code."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from pos_app.core.checker_cheque import DiscountCard
from pos_app.core.credentials import Secret
from pos_app.core.errors import ValidationError
from pos_app.core.services import (
    AuthError,
    CheckerClient,
    RejectedError,
    UnavailableError,
    UnknownOutcomeError,
)
from pos_app.core.services import errors as service_errors
from pos_app.sandbox import Sandbox
from tests.services.conftest import TEST_TIMEOUTS, sandbox_receipt
from tests.services.raw_server import Canned, RawServer

SOLD_AT = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
PHONE = "+998 90 123-45-67"


def test_sends_the_copy_with_the_documented_body(sandbox: Sandbox, checker: CheckerClient) -> None:
    receipt = sandbox_receipt(sandbox)
    checker.send_cheque(
        receipt,
        operation_code="17",
        date=SOLD_AT,
        phone=PHONE,
        discount_card=DiscountCard(code="1234", name="Gold"),
        note="Спасибо!",
    )
    (sent,) = sandbox.requests("checker")
    assert sent.status == 200
    assert sent.path == "/v1/methods/SendCheque"
    body = sent.json
    assert isinstance(body, dict)
    assert body["token"] == sandbox.credentials.checker_token
    assert body["customer_phone"] == "998901234567"
    assert body["operation_type"] == 1
    assert body["operation_code"] == "17"
    assert body["date"] == 1795426200
    assert body["items"][0] == {
        "name": "Хлеб бородинский",
        "quantity": Decimal("1.000"),
        "price": Decimal("45.50"),
        "total": Decimal("45.50"),
    }
    assert body["amount"] == Decimal("95.50")
    # 100 tendered, 4.50 handed back: the payments add up to the amount.
    assert body["payments"] == [{"name": "Наличными", "value": Decimal("95.50")}]
    assert body["discount_card"] == {"code": "1234", "name": "Gold", "scan": " ", "info": " "}
    assert body["note"] == "Спасибо!"


def test_a_customer_code_instead_of_a_phone(sandbox: Sandbox, checker: CheckerClient) -> None:
    checker.send_cheque(
        sandbox_receipt(sandbox),
        operation_code="1",
        date=SOLD_AT,
        customer_code=sandbox.credentials.checker_customer_code,
    )
    body = sandbox.requests("checker")[-1].json
    assert isinstance(body, dict)
    assert "customer_phone" not in body


def test_no_recipient_is_refused_before_sending(sandbox: Sandbox, checker: CheckerClient) -> None:
    with pytest.raises(ValidationError, match="phone"):
        checker.send_cheque(sandbox_receipt(sandbox), operation_code="1", date=SOLD_AT)
    assert sandbox.requests() == []


@pytest.mark.parametrize(
    ("code", "kind", "family"),
    [
        ("100001", service_errors.CheckerUnexpectedError, UnavailableError),
        ("100002", service_errors.CheckerBadRequestError, RejectedError),
        ("100003", service_errors.CheckerTokenInvalidError, AuthError),
        ("100004", service_errors.CheckerRecipientNotFoundError, RejectedError),
        ("100005", service_errors.CheckerTelegramRefusedError, RejectedError),
        ("100006", service_errors.CheckerTelegramUnavailableError, UnavailableError),
        ("100007", service_errors.CheckerTokenBlockedError, AuthError),
        ("100008", service_errors.CheckerTokenDeletedError, AuthError),
    ],
)
def test_each_documented_error_is_its_own_class(
    sandbox: Sandbox,
    checker: CheckerClient,
    code: str,
    kind: type[Exception],
    family: type[Exception],
) -> None:
    sandbox.set_faults("checker", checker_error=code)
    with pytest.raises(kind) as caught:
        checker.send_cheque(sandbox_receipt(sandbox), operation_code="1", date=SOLD_AT, phone=PHONE)
    assert isinstance(caught.value, family)
    assert type(caught.value) is kind
    assert sandbox.requests("checker")[-1].json is not None


def test_errors_reached_without_forcing(sandbox: Sandbox, checker: CheckerClient) -> None:
    receipt = sandbox_receipt(sandbox)
    with pytest.raises(service_errors.CheckerRecipientNotFoundError, match="no customer"):
        checker.send_cheque(receipt, operation_code="1", date=SOLD_AT, customer_code="NOBODY")
    wrong = CheckerClient(sandbox.base_url, Secret("wrong-token-value"), TEST_TIMEOUTS)
    with pytest.raises(service_errors.CheckerTokenInvalidError, match="Settings"):
        wrong.send_cheque(receipt, operation_code="1", date=SOLD_AT, phone=PHONE)
    sandbox.set_faults("checker", blocked_token=True)
    with pytest.raises(service_errors.CheckerTokenBlockedError, match="new token"):
        checker.send_cheque(receipt, operation_code="1", date=SOLD_AT, phone=PHONE)


def test_an_unreadable_answer_leaves_the_copy_unknown(
    sandbox: Sandbox, checker: CheckerClient
) -> None:
    receipt = sandbox_receipt(sandbox)
    sandbox.set_faults("checker", malformed_rate=1.0)
    for _ in range(5):
        with pytest.raises(UnknownOutcomeError, match=r"Checker\.uz gave an answer"):
            checker.send_cheque(receipt, operation_code="1", date=SOLD_AT, phone=PHONE)


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (429, UnavailableError),
        (503, UnavailableError),
        (500, UnknownOutcomeError),
        (502, UnknownOutcomeError),
        (504, UnknownOutcomeError),
    ],
)
def test_only_429_and_503_say_the_copy_was_not_sent(
    sandbox: Sandbox, status: int, error: type[Exception]
) -> None:
    with RawServer() as server:
        server.answer = Canned(status, b"<html>busy</html>", "text/html")
        client = CheckerClient(server.base_url, Secret("raw-server-secret"), TEST_TIMEOUTS)
        try:
            with pytest.raises(error, match=f"HTTP {status}"):
                client.send_cheque(
                    sandbox_receipt(sandbox), operation_code="1", date=SOLD_AT, phone=PHONE
                )
        finally:
            client.close()
