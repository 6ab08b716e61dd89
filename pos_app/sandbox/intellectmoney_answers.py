"""The emulated IntellectMoney's answers in their parts: the codes of OperationState and
Result.State, a refused receipt's data in the documented shape, the shapes of the poll_answer
faults, and the XML an Accept without JSON gets.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from enum import IntEnum
from typing import Any
from xml.etree import ElementTree

XML_TYPE = "application/xml; charset=utf-8"


class OperationCode(IntEnum):
    """OperationState.Code (documented)."""

    PROCESSED = 0
    QUEUED = 1
    ERROR = 2


OPERATION_DESC = {
    OperationCode.PROCESSED: "Успешно обработана",
    # ASSUMED: the text of the queued state (the documents show only the code).
    OperationCode.QUEUED: "Операция в очереди",
    OperationCode.ERROR: "Ошибка",
}


class StateCode(IntEnum):
    """Result.State.Code. Documented: 0 processed, 3 document not found (getReceipt).
    ASSUMED: the others, for request-level refusals the documents do not number."""

    OK = 0
    PROCESSING = 1
    BAD_REQUEST = 2
    NOT_FOUND = 3
    UNAUTHORIZED = 4
    BAD_SIGN = 5
    BAD_USER_TOKEN = 6


def result_state(code: int, desc: str) -> dict[str, Any]:
    """Result.State: the code and its words."""
    return {"Code": int(code), "Desc": desc}


def queued_result() -> dict[str, Any]:
    """getReceipt's Result while the receipt waits in the queue. ASSUMED: what a queued answer
    holds besides OperationState.Code 1."""
    return {"State": result_state(StateCode.PROCESSING, "Чек обрабатывается, повторите запрос")}


def shaped(shape: str, data: dict[str, Any]) -> dict[str, Any]:
    """A receipt's CashboxReceiptResponseData reshaped for a poll_answer fault."""
    no_errors = {"Response": "", "Errors": []}
    if shape == "other_response_state":
        return {"ReceiptId": 0, **no_errors, "ResponseState": "Processing"}
    if shape == "bad_request_without_errors":
        return {"ReceiptId": 0, **no_errors, "ResponseState": "BadRequest"}
    if shape == "refused":
        return refused_data(("Касса отклонила чек: ФН переполнен (сбой песочницы)",))
    if shape == "empty_fiscal_fields":
        return {**data, "FSNumber": "", "FP": "", "DocumentNumber": ""}
    # missing_fiscal_fields
    return {k: v for k, v in data.items() if k not in ("FSNumber", "FP", "DocumentNumber")}


def refused_data(errors: Sequence[str]) -> dict[str, Any]:
    """A receipt the cashbox refused, in the documented shape (createReceipt's 2nd example)."""
    return {
        "ReceiptId": 0,
        "Response": json.dumps({"errors": list(errors)}, ensure_ascii=False, indent=2),
        "ResponseState": "BadRequest",
        "Errors": list(errors),
    }


def xml(envelope: Mapping[str, Any]) -> bytes:
    # ASSUMED: the root element's name and "Item" for list entries (no XML example exists).
    root = _element("Response", envelope)
    return bytes(ElementTree.tostring(root, encoding="utf-8", xml_declaration=True))


def _element(tag: str, value: object) -> ElementTree.Element:
    element = ElementTree.Element(tag)
    if isinstance(value, Mapping):
        element.extend(_element(str(key), item) for key, item in value.items())
    elif isinstance(value, list):
        element.extend(_element("Item", item) for item in value)
    elif isinstance(value, bool):
        element.text = "true" if value else "false"
    elif value is not None:
        element.text = str(value)
    return element
