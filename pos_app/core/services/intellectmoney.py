"""IntellectMoney cashBox client: createReceipt and getReceipt, signed as API_NOTES.md says.

The body is form-encoded with MerchantReceipt as a JSON string, serialized once and signed as
sent. Answers are checked on all three levels (OperationState, Result.State, ResponseState
with Errors). createReceipt is never repeated here: when its answer is lost the caller gets
UnknownOutcomeError and decides (the journal's "needs attention").

getReceipt of a receipt the cashbox took in has two final answers only: valid fiscal data, or
the cashbox's explicit refusal (ResponseState BadRequest with Errors). Everything else (queued,
another ResponseState, a Result.State code without errors, empty fiscal fields, an unknown
code, HTTP 202 without a body) is NotReady: the "not ready yet" answer is not documented, so
no one shape of it is relied on.
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
    EXCERPT_LENGTH,
    AuthError,
    DocumentNotFoundError,
    MalformedAnswerError,
    RejectedError,
    ServiceError,
    UnavailableError,
    UnknownOutcomeError,
    UnrecognisedRefusalError,
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


@dataclass(frozen=True)
class NotReady:
    """getReceipt: the cashbox has the receipt, its fiscal data are not there yet. ``known`` is
    what the answer did say (the service's codes and words), for a person to read."""

    known: str


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
            document_id = _created(self._envelope(answer), answer.status)
        except MalformedError as problem:
            # The request was taken in; without a readable answer nobody knows what it did.
            raise answers.malformed_error(
                UnknownOutcomeError, SERVICE, problem.problem, answer.body
            ) from None
        return CreatedReceipt(document_id)

    def get_receipt(self, invoice_id: str, document_id: str) -> FiscalData | NotReady:
        """The fiscal data, or NotReady while the cashbox has not given them (keep asking).

        Raises RejectedError only for the cashbox's explicit refusal of the receipt, AuthError
        for refused credentials, DocumentNotFoundError for an id the cashbox does not know, and
        UnavailableError when it could not be asked (all safe to ask again later).
        """
        user_token = self._credentials.user_token.reveal()
        signature = self._sign(get_receipt_fields(user_token, invoice_id, document_id))
        fields = {"UserToken": user_token, "InvoiceId": invoice_id, "DocumentId": document_id}
        answer = self._transport.request(
            "POST", GET_PATH, idempotent=True, headers=self._headers(signature), data=fields
        )
        if 200 < answer.status < 300 and not answer.body.strip():
            # OrangeData's own "not finished yet" is HTTP 202 without a body.
            return NotReady(f"HTTP {answer.status} without a body")
        try:
            data = self._envelope(answer)
        except MalformedError as problem:
            raise answers.malformed_error(
                MalformedAnswerError, SERVICE, problem.problem, answer.body
            ) from None
        return _polled(data, answer, document_id)

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


def _created(data: Mapping[str, Any], status: int) -> str:
    """createReceipt's DocumentId, once the answer says the cashbox took the receipt in."""
    operation = answers.whole(data, "OperationState.Code")
    result = data.get("Result")
    result = result if isinstance(result, Mapping) else {}
    if operation == FAILED:
        # Refused as a whole: nothing was made.
        code = answers.whole(data, "Result.State.Code")
        desc = redact(str(answers.member(data, "Result.State.Desc")))
        if code in AUTH_STATE_CODES:
            raise _auth(desc)
        _check_refusal(result, None)
        raise UnrecognisedRefusalError(
            SERVICE,
            _N(
                "services",
                "{service} refused the receipt for a reason pos-app does not know (code {code}:"
                " {reason}); no fiscal document was made. Fix the cause, then send it again.",
            ),
            code=code,
            reason=desc,
        )
    # ASSUMED: a createReceipt answered "queued" (1) with a DocumentId was taken in.
    if operation not in (PROCESSED, QUEUED):
        raise MalformedError(f"OperationState.Code {operation} is not 0, 1 or 2")
    document_id = _optional_text(result, "DocumentId")
    _check_refusal(result, document_id)
    if document_id is None:
        # ASSUMED: without a DocumentId (whatever Result.State says) nobody can tell whether a
        # document was made: an unknown outcome for a person to check.
        raise MalformedError("Result.DocumentId is missing")
    if _response_state(result) == "Ok" and status != 200:
        raise MalformedError(f"HTTP {status} with an answer saying all is well")
    # Any other ResponseState without errors, or a non-zero Result.State beside a DocumentId:
    # the cashbox has the receipt under that id, and getReceipt tells what became of it.
    return document_id


def _polled(data: Mapping[str, Any], answer: Answer, document_id: str) -> FiscalData | NotReady:
    """getReceipt's answer read by the rules in the module's summary."""
    operation = _code(data, "OperationState")
    result = data.get("Result")
    result = result if isinstance(result, Mapping) else {}
    state = _code(result, "State")
    if operation == FAILED and state in AUTH_STATE_CODES:
        raise _auth(_desc(result, "State"))
    if operation == FAILED and state == DOCUMENT_NOT_FOUND:
        desc = _desc(result, "State")
        raise DocumentNotFoundError(
            SERVICE,
            _N("services", "{service} has no such receipt: {reason}"),
            reasons=(desc,),
            reason=desc,
        )
    _check_refusal(result, document_id)
    incomplete = None
    # Every level says the receipt is done, and its fiscal data are whole: fiscalized. Any
    # other mix (an unknown code beside fiscal data, say) waits for a plainer answer.
    done = operation in (PROCESSED, QUEUED) and state == 0 and _response_state(result) == "Ok"
    if answer.status == 200 and done:
        try:
            return _fiscal_data(result, answer.body)
        except MalformedError as problem:
            incomplete = problem.problem
    return NotReady(_known(answer.status, data, result, incomplete))


def _check_refusal(result: Mapping[str, Any], document_id: str | None) -> None:
    """The cashbox's own refusal of the receipt (OrangeData's ResponseState BadRequest with
    its Errors): the one final "no"."""
    receipt = result.get("CashboxReceiptResponseData")
    if not isinstance(receipt, Mapping) or receipt.get("ResponseState") != "BadRequest":
        return
    errors = receipt.get("Errors")
    if not isinstance(errors, list):
        return
    reasons = tuple(redact(str(error)) for error in errors if str(error).strip())
    if not reasons:
        return
    raise RejectedError(
        SERVICE,
        _N("services", "The cashbox refused the receipt: {reason}"),
        reasons=reasons,
        reason="; ".join(reasons),
        document_id=document_id,
    )


def _known(
    status: int, data: Mapping[str, Any], result: Mapping[str, Any], incomplete: str | None
) -> str:
    """What a "not ready" answer did say, in the service's codes and words."""
    parts = [] if status == 200 else [f"HTTP {status}"]
    for where, name in ((data, "OperationState"), (result, "State")):
        code = _code(where, name)
        label = "Result.State" if name == "State" else name
        if code is None:
            parts.append(f"no {label}")
        elif code != 0:
            desc = _desc(where, name)
            parts.append(f"{label} {code}" + (f" ({desc})" if desc else ""))
    receipt = result.get("CashboxReceiptResponseData")
    if not isinstance(receipt, Mapping):
        parts.append("no CashboxReceiptResponseData")
    elif receipt.get("ResponseState") != "Ok":
        parts.append(f"ResponseState {str(receipt.get('ResponseState'))[:40]}")
    if incomplete is not None:
        parts.append(f"fiscal data incomplete: {incomplete.removeprefix(_RECEIPT_DATA)}")
    text = redact("; ".join(parts) or "no fiscal data yet")
    limit = 2 * EXCERPT_LENGTH
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _code(where: Mapping[str, Any], name: str) -> int | None:
    """``where[name].Code`` as a number, or None when it is not one."""
    holder = where.get(name)
    if not isinstance(holder, Mapping):
        return None
    try:
        return answers.whole(holder, "Code")
    except MalformedError:
        return None


def _desc(where: Mapping[str, Any], name: str) -> str:
    holder = where.get(name)
    desc = holder.get("Desc") if isinstance(holder, Mapping) else None
    return redact(" ".join(str(desc).split())[:EXCERPT_LENGTH]) if desc is not None else ""


def _response_state(result: Mapping[str, Any]) -> str | None:
    receipt = result.get("CashboxReceiptResponseData")
    state = receipt.get("ResponseState") if isinstance(receipt, Mapping) else None
    return state if isinstance(state, str) else None


def _optional_text(result: Mapping[str, Any], name: str) -> str | None:
    try:
        return answers.text(result, name)
    except MalformedError:
        return None


_RECEIPT_DATA = "CashboxReceiptResponseData."


def _fiscal_data(result: Mapping[str, Any], body: bytes) -> FiscalData:
    data = _RECEIPT_DATA
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
