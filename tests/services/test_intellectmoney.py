"""The IntellectMoney client against the sandbox over loopback HTTP: what it sends, what it
returns, and how each failure is sorted."""

from __future__ import annotations

import dataclasses
import json
import socket
from decimal import Decimal

import pytest

from pos_app.core.codes import ReceiptType
from pos_app.core.credentials import Secret
from pos_app.core.merchant_receipt import merchant_receipt_json
from pos_app.core.services import (
    AuthError,
    FiscalData,
    IntellectMoneyClient,
    MalformedAnswerError,
    NotReady,
    RejectedError,
    UnavailableError,
    UnknownOutcomeError,
    UnrecognisedRefusalError,
)
from pos_app.core.services.errors import DocumentNotFoundError
from pos_app.core.signature import create_receipt_fields, get_receipt_fields, sign
from pos_app.sandbox import Sandbox
from pos_app.sandbox.faults import POLL_ANSWERS
from tests.services.conftest import TEST_TIMEOUTS, intellectmoney_credentials, sandbox_receipt

INVOICE = "3000000001"


def test_create_then_poll_until_fiscal_data(
    sandbox: Sandbox, cashbox: IntellectMoneyClient
) -> None:
    receipt = sandbox_receipt(sandbox)
    created = cashbox.create_receipt(INVOICE, receipt)
    # The cashbox works asynchronously: the first poll finds it still processing.
    pending = cashbox.get_receipt(INVOICE, created.document_id)
    assert isinstance(pending, NotReady)
    assert "OperationState 1" in pending.known
    fiscal = cashbox.get_receipt(INVOICE, created.document_id)
    assert isinstance(fiscal, FiscalData)
    (document,) = sandbox.documents()
    assert fiscal.document_id == created.document_id == document.document_id
    assert (fiscal.fn, fiscal.fd, fiscal.fp) == (document.fn, document.fd_number, document.fp)
    assert fiscal.total == Decimal("95.50")
    assert fiscal.receipt_type is ReceiptType.SALE
    assert fiscal.processed_at.utcoffset() is not None
    assert str(fiscal.qr) == str(document.qr)
    answer = json.loads(fiscal.raw)["Result"]["CashboxReceiptResponseData"]
    assert answer["Content"]["Positions"][0]["Text"] == "Хлеб бородинский"
    assert answer["FP"] == fiscal.fp


def test_sends_the_documented_headers_fields_and_signature(
    sandbox: Sandbox, cashbox: IntellectMoneyClient
) -> None:
    receipt = sandbox_receipt(sandbox)
    created = cashbox.create_receipt(INVOICE, receipt)
    cashbox.get_receipt(INVOICE, created.document_id)
    create, poll = sandbox.requests("intellectmoney")
    demo = sandbox.credentials
    text = merchant_receipt_json(receipt)
    assert create.path == "/personal/cashBox/createReceipt"
    assert create.headers["Authorization"] == f"Bearer {demo.bearer_token}"
    assert create.headers["Accept"] == "application/json"
    assert create.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert create.headers["User-Agent"].startswith("pos-app/")
    assert create.form == {
        "UserToken": demo.user_token,
        "InvoiceId": INVOICE,
        "MerchantReceipt": text,
    }
    expected = sign(create_receipt_fields(demo.user_token, text, INVOICE), demo.sign_secret_key)
    assert create.headers["Sign"] == expected
    assert poll.form == {
        "UserToken": demo.user_token,
        "InvoiceId": INVOICE,
        "DocumentId": created.document_id,
    }
    assert poll.headers["Sign"] == sign(
        get_receipt_fields(demo.user_token, INVOICE, created.document_id), demo.sign_secret_key
    )


def test_a_receipt_given_as_text_is_sent_exactly(
    sandbox: Sandbox, cashbox: IntellectMoneyClient
) -> None:
    text = json.dumps(json.loads(merchant_receipt_json(sandbox_receipt(sandbox))), indent=1)
    cashbox.create_receipt(INVOICE, text)
    assert sandbox.requests()[-1].form == {
        "UserToken": sandbox.credentials.user_token,
        "InvoiceId": INVOICE,
        "MerchantReceipt": text,
    }


def test_refund_sends_its_refund_number(sandbox: Sandbox, cashbox: IntellectMoneyClient) -> None:
    refund = sandbox_receipt(sandbox, kind=ReceiptType.SALE_REFUND)
    created = cashbox.create_receipt(INVOICE, refund, refund_id=12)
    form = sandbox.requests()[-1].form
    assert form is not None
    assert form["InvoiceRefundId"] == "12"
    cashbox.get_receipt(INVOICE, created.document_id)
    fiscal = cashbox.get_receipt(INVOICE, created.document_id)
    assert isinstance(fiscal, FiscalData)
    assert fiscal.receipt_type is ReceiptType.SALE_REFUND


def test_a_receipt_the_cashbox_refuses_is_rejected_with_its_words(
    sandbox: Sandbox, cashbox: IntellectMoneyClient
) -> None:
    receipt = dataclasses.replace(sandbox_receipt(sandbox), group="Other")
    with pytest.raises(RejectedError) as caught:
        cashbox.create_receipt(INVOICE, receipt)
    assert caught.value.reasons == ("В группе нет ни одного фискализированного устройства",)
    assert caught.value.document_id
    assert "фискализированного" in str(caught.value)
    assert sandbox.documents() == []


def test_an_unknown_document_is_not_found(cashbox: IntellectMoneyClient) -> None:
    with pytest.raises(DocumentNotFoundError, match="не найден чек"):
        cashbox.get_receipt(INVOICE, "0" * 32)


@pytest.mark.parametrize("wrong", ["token", "sign_secret_key", "user_token"])
def test_wrong_credentials_are_an_auth_error(sandbox: Sandbox, wrong: str) -> None:
    credentials = dataclasses.replace(
        intellectmoney_credentials(sandbox), **{wrong: Secret("not-the-right-one")}
    )
    client = IntellectMoneyClient(sandbox.base_url, credentials, TEST_TIMEOUTS)
    with pytest.raises(AuthError, match="Settings"):
        client.create_receipt(INVOICE, sandbox_receipt(sandbox))
    assert sandbox.documents() == []


def test_a_blocked_token_is_an_auth_error(sandbox: Sandbox, cashbox: IntellectMoneyClient) -> None:
    sandbox.set_faults("intellectmoney", blocked_token=True)
    with pytest.raises(AuthError):
        cashbox.get_receipt(INVOICE, "0" * 32)


def test_no_connection_means_nothing_was_sent(sandbox: Sandbox) -> None:
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    client = IntellectMoneyClient(
        f"http://127.0.0.1:{port}", intellectmoney_credentials(sandbox), TEST_TIMEOUTS
    )
    with pytest.raises(UnavailableError, match="nothing was sent") as caught:
        client.create_receipt(INVOICE, sandbox_receipt(sandbox))
    assert not isinstance(caught.value, UnknownOutcomeError)


def test_a_hung_create_is_an_unknown_outcome_and_a_hung_poll_is_unavailable(
    sandbox: Sandbox, cashbox: IntellectMoneyClient
) -> None:
    sandbox.set_faults("intellectmoney", hang_rate=1.0)
    with pytest.raises(UnknownOutcomeError, match="no answer within the time limit"):
        cashbox.create_receipt(INVOICE, sandbox_receipt(sandbox))
    with pytest.raises(UnavailableError):
        cashbox.get_receipt(INVOICE, "0" * 32)


def test_latency_past_the_timeout_is_an_unknown_outcome(
    sandbox: Sandbox, cashbox: IntellectMoneyClient
) -> None:
    sandbox.set_faults("intellectmoney", latency=1.5)
    with pytest.raises(UnknownOutcomeError):
        cashbox.create_receipt(INVOICE, sandbox_receipt(sandbox))


def test_a_lost_answer_is_an_unknown_outcome_though_the_receipt_exists(
    sandbox: Sandbox, cashbox: IntellectMoneyClient
) -> None:
    sandbox.set_faults("intellectmoney", lose_answer_rate=1.0)
    with pytest.raises(UnknownOutcomeError):
        cashbox.create_receipt(INVOICE, sandbox_receipt(sandbox))
    assert len(sandbox.documents()) == 1
    # Never repeated by the client: one request reached the service.
    assert len(sandbox.requests("intellectmoney")) == 1


def test_a_dropped_connection_after_sending_is_an_unknown_outcome(
    sandbox: Sandbox, cashbox: IntellectMoneyClient
) -> None:
    sandbox.set_faults("intellectmoney", drop_rate=1.0)
    with pytest.raises(UnknownOutcomeError, match="closed before the answer"):
        cashbox.create_receipt(INVOICE, sandbox_receipt(sandbox))
    assert len(sandbox.requests("intellectmoney")) == 1


def test_server_errors_on_create_are_unknown_unless_they_say_not_done(
    sandbox: Sandbox, cashbox: IntellectMoneyClient
) -> None:
    sandbox.set_faults("intellectmoney", error_rate=1.0)
    outcomes: dict[int, type[Exception]] = {}
    for _ in range(12):
        try:
            cashbox.create_receipt(INVOICE, sandbox_receipt(sandbox))
        except (UnknownOutcomeError, UnavailableError) as error:
            outcomes[sandbox.requests()[-1].status or 0] = type(error)
    assert outcomes == {500: UnknownOutcomeError, 502: UnknownOutcomeError, 503: UnavailableError}


def test_server_errors_on_a_poll_are_retried_then_unavailable(
    sandbox: Sandbox, cashbox: IntellectMoneyClient
) -> None:
    sandbox.set_faults("intellectmoney", error_rate=1.0)
    with pytest.raises(UnavailableError):
        cashbox.get_receipt(INVOICE, "0" * 32)
    # A read is asked again while the service says "not now" (502 and 503; a 500 is final).
    assert 1 <= len(sandbox.requests()) <= 3


def test_malformed_answers_are_typed_errors_with_an_excerpt(
    sandbox: Sandbox, cashbox: IntellectMoneyClient
) -> None:
    sandbox.set_faults("intellectmoney", malformed_rate=1.0)
    shapes: set[str] = set()
    for _ in range(40):
        with pytest.raises(UnknownOutcomeError, match="IntellectMoney gave an answer"):
            cashbox.create_receipt(INVOICE, sandbox_receipt(sandbox))
        # A broken poll is asked again either way: unreadable (an error naming the service),
        # or readable without fiscal data ("not ready", saying what it did hold).
        answer: object
        try:
            answer = cashbox.get_receipt(INVOICE, "0" * 32)
        except MalformedAnswerError as error:
            answer = error
        if isinstance(answer, MalformedAnswerError):
            assert "IntellectMoney" in str(answer)
            shapes.add("malformed")
        else:
            assert isinstance(answer, NotReady)
            shapes.add("not ready")
        if len(shapes) == 2:
            break
    assert shapes == {"malformed", "not ready"}


def test_a_refusal_with_an_unknown_code_is_not_a_rejection(
    sandbox: Sandbox, cashbox: IntellectMoneyClient
) -> None:
    sandbox.set_faults("intellectmoney", create_refusal_code=77)
    with pytest.raises(UnrecognisedRefusalError) as caught:
        cashbox.create_receipt(INVOICE, sandbox_receipt(sandbox))
    assert not isinstance(caught.value, RejectedError)
    assert caught.value.code == 77
    assert "неизвестная ошибка кассы" in caught.value.reason
    assert sandbox.documents() == []


def test_getreceipt_reads_every_not_ready_shape_as_not_ready(
    sandbox: Sandbox, cashbox: IntellectMoneyClient
) -> None:
    created = cashbox.create_receipt(INVOICE, sandbox_receipt(sandbox))
    for shape in POLL_ANSWERS:
        sandbox.set_faults("intellectmoney", poll_answer=shape)
        if shape == "refused":
            with pytest.raises(RejectedError, match="ФН переполнен"):
                cashbox.get_receipt(INVOICE, created.document_id)
            continue
        answer = cashbox.get_receipt(INVOICE, created.document_id)
        assert isinstance(answer, NotReady), shape
        assert answer.known, shape
    sandbox.clear_faults()
    assert isinstance(cashbox.get_receipt(INVOICE, created.document_id), FiscalData)
