"""IntellectMoney cashBox client: createReceipt and getReceipt, signed as API_NOTES.md says.

The body is form-encoded with MerchantReceipt as a JSON string, serialized once and signed as
sent. Answers are checked on all three levels (OperationState, Result.State, ResponseState
with Errors). createReceipt is never repeated here: when its answer is lost the caller gets
UnknownOutcomeError and decides (the journal's "needs attention").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from pos_app.core.codes import ReceiptType
from pos_app.core.credentials import Secret
from pos_app.core.fiscal_data import FiscalData
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.merchant_receipt import merchant_receipt_json
from pos_app.core.money import round_money
from pos_app.core.receipt import Receipt
from pos_app.core.services import answers
from pos_app.core.services.answers import MalformedError
from pos_app.core.services.endpoints import ServiceName
from pos_app.core.services.errors import (
    AuthError,
    DocumentNotFoundError,
    MalformedAnswerError,
    RejectedError,
    ServiceError,
    UnavailableError,
    UnknownOutcomeError,
    excerpt,
)
from pos_app.core.services.redaction import redact, register_secret
from pos_app.core.services.transport import DEFAULT_TIMEOUTS, Answer, Timeouts, Transport
from pos_app.core.signature import create_receipt_fields, get_receipt_fields, sign

SERVICE = ServiceName.INTELLECTMONEY.label
CREATE_PATH = "/personal/cashBox/createReceipt"
GET_PATH = "/personal/cashBox/getReceipt"

# OperationState.Code (documented).
PROCESSED, QUEUED, FAILED = 0, 1, 2
# Result.State.Code 3: documented for an unknown DocumentId.
DOCUMENT_NOT_FOUND = 3
# ASSUMED: the codes for a refused token, Sign or UserToken; the documents do not number them
# (the sandbox answers with these).
AUTH_STATE_CODES = frozenset({4, 5, 6})
# Statuses that say the request was turned away before any work (a createReceipt answered
# with these is safe to send again). Any other 5xx after a createReceipt left: unknown.
NOT_DONE_STATUSES = frozenset({429, 503})

RECEIPT_TYPES = {"In": 1, "InReturn": 2, "Out": 3, "OutReturn": 4}


@dataclass(frozen=True)
class IntellectMoneyCredentials:
    """The personal API's three secrets (keyring names ``intellectmoney.*``)."""

    token: Secret
    sign_secret_key: Secret
    user_token: Secret

    def __post_init__(self) -> None:
        for secret in (self.token, self.sign_secret_key, self.user_token):
            register_secret(secret.reveal())


@dataclass(frozen=True)
class CreatedReceipt:
    """The cashbox took the receipt; its fiscal data are fetched with ``document_id``."""

    document_id: str


class IntellectMoneyClient:
    def __init__(
        self,
        base_url: str,
        credentials: IntellectMoneyCredentials,
        timeouts: Timeouts = DEFAULT_TIMEOUTS,
    ) -> None:
        self._credentials = credentials
        self._transport = Transport(SERVICE, base_url, timeouts)

    @property
    def base_url(self) -> str:
        """The cashbox's address (a receipt's target records it)."""
        return self._transport.base_url

    def close(self) -> None:
        self._transport.close()

    def create_receipt(
        self, invoice_id: str, merchant_receipt: Receipt | str, refund_id: int | None = None
    ) -> CreatedReceipt:
        """Send a receipt to be fiscalized; ``merchant_receipt`` is a Receipt or the exact
        MerchantReceipt JSON text (signed and sent as it is)."""
        text = (
            merchant_receipt_json(merchant_receipt)
            if isinstance(merchant_receipt, Receipt)
            else merchant_receipt
        )
        user_token = self._credentials.user_token.reveal()
        fields = {"UserToken": user_token, "InvoiceId": invoice_id, "MerchantReceipt": text}
        if refund_id is not None:
            fields["InvoiceRefundId"] = str(refund_id)
        signature = self._sign(create_receipt_fields(user_token, text, invoice_id))
        answer = self._transport.request(
            "POST", CREATE_PATH, idempotent=False, headers=self._headers(signature), data=fields
        )
        if answer.status in NOT_DONE_STATUSES:
            raise _unavailable(answer)
        if answer.status >= 500:
            # A 500, 502 or 504 may come after the cashbox did the work (a proxy timing out,
            # a crash after the write); only 429 and 503 say for sure it was not done.
            raise UnknownOutcomeError(
                SERVICE,
                _N(
                    "services",
                    "{service} answered with an error (HTTP {status}) after taking the receipt;"
                    " whether it was fiscalized is unknown.",
                ),
                status=answer.status,
            )
        try:
            result = self._result(answer)
            document_id = answers.text(result, "DocumentId")
            _check_response_state(result, document_id, answer.status)
        except MalformedError as problem:
            # The request was taken in; without a readable answer nobody knows what it did.
            raise answers.malformed_error(
                UnknownOutcomeError, SERVICE, problem.problem, answer.body
            ) from None
        return CreatedReceipt(document_id)

    def get_receipt(self, invoice_id: str, document_id: str) -> FiscalData | None:
        """The fiscal data, or None while the cashbox is still processing the receipt."""
        user_token = self._credentials.user_token.reveal()
        signature = self._sign(get_receipt_fields(user_token, invoice_id, document_id))
        fields = {"UserToken": user_token, "InvoiceId": invoice_id, "DocumentId": document_id}
        answer = self._transport.request(
            "POST", GET_PATH, idempotent=True, headers=self._headers(signature), data=fields
        )
        try:
            data = self._envelope(answer)
            if answers.whole(data, "OperationState.Code") == QUEUED and answer.status == 200:
                return None
            result = _checked_result(data, answer)
            _check_response_state(result, document_id, answer.status)
            return _fiscal_data(result, answer.body)
        except MalformedError as problem:
            raise answers.malformed_error(
                MalformedAnswerError, SERVICE, problem.problem, answer.body
            ) from None

    def _sign(self, fields: list[str]) -> str:
        return sign(fields, self._credentials.sign_secret_key.reveal())

    def _headers(self, signature: str) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self._credentials.token.reveal()}",
            "Sign": signature,
            # Without it the personal API answers XML.
            "Accept": "application/json",
        }

    def _envelope(self, answer: Answer) -> dict[str, Any]:
        if answer.status in (401, 403):
            raise _auth(redact(excerpt(answer.body)))
        if answer.status >= 500 or answer.status == 429:
            raise _unavailable(answer)
        return answers.json_object(answer.body)

    def _result(self, answer: Answer) -> Mapping[str, Any]:
        data = self._envelope(answer)
        return _checked_result(data, answer)


def _checked_result(data: Mapping[str, Any], answer: Answer) -> Mapping[str, Any]:
    """Result, once OperationState and Result.State say the request itself was processed."""
    operation = answers.whole(data, "OperationState.Code")
    if operation == FAILED:
        code = answers.whole(data, "Result.State.Code")
        desc = redact(str(answers.member(data, "Result.State.Desc")))
        if code in AUTH_STATE_CODES:
            raise _auth(desc)
        if code == DOCUMENT_NOT_FOUND:
            raise DocumentNotFoundError(
                SERVICE,
                _N("services", "{service} has no such receipt: {reason}"),
                reasons=(desc,),
                reason=desc,
            )
        raise RejectedError(
            SERVICE,
            _N("services", "{service} refused the request: {reason}"),
            reasons=(desc,),
            reason=desc,
        )
    # ASSUMED: a createReceipt answered "queued" (1) with a DocumentId was taken in.
    if operation not in (PROCESSED, QUEUED):
        raise MalformedError(f"OperationState.Code {operation} is not 0, 1 or 2")
    result = answers.member(data, "Result")
    if not isinstance(result, Mapping):
        raise MalformedError("Result is not an object")
    state = answers.whole(result, "State.Code")
    if state != 0:
        desc = redact(str(answers.member(result, "State.Desc")))
        raise RejectedError(
            SERVICE,
            _N("services", "{service} refused the request: {reason}"),
            reasons=(desc,),
            reason=desc,
        )
    return result


def _check_response_state(result: Mapping[str, Any], document_id: str, status: int) -> None:
    """The cashbox's own verdict on the receipt (OrangeData's ResponseState and Errors)."""
    state = answers.text(result, "CashboxReceiptResponseData.ResponseState")
    if state == "Ok":
        if status != 200:
            raise MalformedError(f"HTTP {status} with an answer saying all is well")
        return
    reasons = answers.texts(result, "CashboxReceiptResponseData.Errors") or (state,)
    reasons = tuple(redact(reason) for reason in reasons)
    raise RejectedError(
        SERVICE,
        _N("services", "The cashbox refused the receipt: {reason}"),
        reasons=reasons,
        reason="; ".join(reasons),
        document_id=document_id,
    )


def _fiscal_data(result: Mapping[str, Any], body: bytes) -> FiscalData:
    data = "CashboxReceiptResponseData."
    fn = answers.text(result, data + "FSNumber", digits=True)
    if len(fn) != 16:
        raise MalformedError("FSNumber is not 16 digits")
    fp = answers.text(result, data + "FP", digits=True)
    if len(fp) > 10:
        raise MalformedError("FP is longer than 10 digits")
    processed_at = _moment(answers.text(result, data + "ProcessedAt"))
    content = answers.member(result, data + "Content")
    if not isinstance(content, Mapping):
        raise MalformedError("Content is not an object")
    kind = RECEIPT_TYPES.get(str(content.get("Type")))
    if kind is None:
        raise MalformedError("Content.Type is not In, InReturn, Out or OutReturn")
    payments = answers.member(content, "CheckClose.Payments")
    if not isinstance(payments, list) or not payments:
        raise MalformedError("Content.CheckClose.Payments is not a list of payments")
    paid = sum((answers.amount(p, "Amount") for p in payments if isinstance(p, Mapping)), Decimal())
    change = answers.amount(result, data + "Change")
    return FiscalData(
        document_id=answers.text(result, data + "Id"),
        fn=fn,
        fd=answers.whole(result, data + "DocumentNumber"),
        fp=fp,
        shift=answers.whole(result, data + "ShiftNumber"),
        processed_at=processed_at,
        device_sn=answers.text(result, data + "DeviceSN"),
        device_rn=answers.text(result, data + "DeviceRN"),
        ofd_name=answers.text(result, data + "OFDName"),
        ofd_inn=answers.text(result, data + "OFDInn", digits=True),
        receipt_type=ReceiptType(kind),
        total=round_money(paid - change),
        raw=body.decode("utf-8"),
    )


def _moment(value: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise MalformedError("ProcessedAt is not a time") from None
    if moment.utcoffset() is None:
        raise MalformedError("ProcessedAt has no time zone")
    return moment


def _auth(reason: str) -> ServiceError:
    return AuthError(
        SERVICE,
        _N(
            "services",
            "{service} does not accept the credentials ({reason}). Check the token, the"
            " signature key and the user token in Settings.",
        ),
        reason=reason,
    )


def _unavailable(answer: Answer) -> ServiceError:
    return UnavailableError(
        SERVICE,
        _N("services", "{service} is not available now (HTTP {status}); it will be tried again."),
        status=answer.status,
    )
