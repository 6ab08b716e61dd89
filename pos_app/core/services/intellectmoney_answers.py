"""Reading IntellectMoney cashBox answers: createReceipt's DocumentId, getReceipt's fiscal
data, and the refusals, on all three levels (OperationState, Result.State, ResponseState with
Errors).

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
from pos_app.core.fiscal_data import FiscalData
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.money import round_money
from pos_app.core.services import answers
from pos_app.core.services.answers import MalformedError
from pos_app.core.services.endpoints import ServiceName
from pos_app.core.services.errors import (
    EXCERPT_LENGTH,
    AuthError,
    DocumentNotFoundError,
    RejectedError,
    ServiceError,
    UnrecognisedRefusalError,
)
from pos_app.core.services.redaction import redact
from pos_app.core.services.transport import Answer

SERVICE = ServiceName.INTELLECTMONEY.label

# OperationState.Code (documented).
PROCESSED, QUEUED, FAILED = 0, 1, 2
# Result.State.Code 3: documented for an unknown DocumentId.
DOCUMENT_NOT_FOUND = 3
# ASSUMED: the codes for a refused token, Sign or UserToken; the documents do not number them
# (the sandbox answers with these).
AUTH_STATE_CODES = frozenset({4, 5, 6})

RECEIPT_TYPES = {"In": 1, "InReturn": 2, "Out": 3, "OutReturn": 4}


@dataclass(frozen=True)
class NotReady:
    """getReceipt: the cashbox has the receipt, its fiscal data are not there yet. ``known`` is
    what the answer did say (the service's codes and words), for a person to read."""

    known: str


def created(data: Mapping[str, Any], status: int) -> str:
    """createReceipt's DocumentId, once the answer says the cashbox took the receipt in."""
    operation = answers.whole(data, "OperationState.Code")
    result = data.get("Result")
    result = result if isinstance(result, Mapping) else {}
    if operation == FAILED:
        # Refused as a whole: nothing was made.
        code = answers.whole(data, "Result.State.Code")
        desc = redact(str(answers.member(data, "Result.State.Desc")))
        if code in AUTH_STATE_CODES:
            raise auth_error(desc)
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


def polled(data: Mapping[str, Any], answer: Answer, document_id: str) -> FiscalData | NotReady:
    """getReceipt's answer read by the rules in the module's summary."""
    operation = _code(data, "OperationState")
    result = data.get("Result")
    result = result if isinstance(result, Mapping) else {}
    state = _code(result, "State")
    if operation == FAILED and state in AUTH_STATE_CODES:
        raise auth_error(desc_text(result, "State"))
    if operation == FAILED and state == DOCUMENT_NOT_FOUND:
        desc = desc_text(result, "State")
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
            desc = desc_text(where, name)
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


def desc_text(where: Mapping[str, Any], name: str) -> str:
    """``where[name].Desc`` on one line, cut short and redacted (empty when there is none)."""
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


def auth_error(reason: str) -> ServiceError:
    """Credentials refused (HTTP 401/403, or a Result.State code that says so)."""
    return AuthError(
        SERVICE,
        _N(
            "services",
            "{service} does not accept the credentials ({reason}). Check the token, the"
            " signature key and the user token in Settings.",
        ),
        reason=reason,
    )
