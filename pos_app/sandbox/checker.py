"""Checker.uz SendCheque emulation: the token, the recipient and the body, documented answers."""

from __future__ import annotations

import hmac
import logging
import re
from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal
from typing import Any, TypeGuard

import phonenumbers

from pos_app.sandbox.credentials import SandboxCredentials
from pos_app.sandbox.exchange import Answer, Request, json_answer
from pos_app.sandbox.faults import Faults

logger = logging.getLogger(__name__)

PREFIX = "/v1/"
PATH = "/v1/methods/SendCheque"
SENT = {"result": True, "description": "Message sent successfully"}  # documented
# The documented codes. ASSUMED: the descriptions in English, like the document's only
# example ("Recipient not found"); 100001, 100002 and 100006 add their text after a colon.
DESCRIPTIONS = {
    "100001": "Unexpected error",
    "100002": "Unable to process the JSON object",
    "100003": "Invalid token",
    "100004": "Recipient not found",
    "100005": "Telegram API returned FALSE",
    "100006": "Telegram API interaction error",
    "100007": "Token has been blocked",
    "100008": "Token has been deleted",
}
# What a forced error carries beyond its description, so each looks as it would for real.
_FORCED_DETAIL = {
    "100001": "sandbox fault injection",
    "100006": "connection to api.telegram.org timed out",
}
# ASSUMED: telegram_json holds Telegram's own answer as a JSON object.
_TELEGRAM_REFUSAL = {
    "ok": False,
    "error_code": 403,
    "description": "Forbidden: bot was blocked by the user",
}
_E164_DIGITS = re.compile(r"[1-9][0-9]{7,14}")
_CARD_FIELDS = ("code", "name", "scan", "info")
_TEXT = "a string"
_NUMBER = "a number"


class CheckerError(Exception):
    def __init__(self, code: str, detail: str = "", **extra: object) -> None:
        super().__init__(code)
        self.code = code
        self.detail = detail
        self.extra = extra

    def answer(self) -> dict[str, Any]:
        description = DESCRIPTIONS[self.code]
        if self.detail:
            description = f"{description}: {self.detail}"
        return {"result": False, "error": self.code, "description": description, **self.extra}


class Checker:
    def __init__(self, credentials: SandboxCredentials) -> None:
        self._credentials = credentials

    def handle(self, request: Request, faults: Faults) -> Answer:
        if request.path != PATH:
            return json_answer(404, CheckerError("100001", "unknown method").answer())
        if request.method != "POST":
            return json_answer(405, CheckerError("100001", "SendCheque is a POST").answer())
        try:
            if faults.checker_error is not None:
                raise _forced(faults.checker_error)
            body = _body(request)
            self._check_token(body.get("token"), faults)
            _check_fields(body)
            self._check_recipient(body)
        except CheckerError as error:
            logger.debug("Checker.uz refused SendCheque: %s", error.code)
            fault = "checker_error" if faults.checker_error is not None else None
            if error.code == "100007" and faults.blocked_token:
                fault = "blocked_token"
            # ASSUMED: errors come with HTTP 200; the body's "result" says what happened.
            return json_answer(200, error.answer(), fault=fault)
        # Sent: losing this answer leaves the customer with a copy the app does not know of.
        return replace(json_answer(200, SENT), processed=True)

    def _check_token(self, token: object, faults: Faults) -> None:
        # ASSUMED: a missing token is a wrong one (100003), not an unreadable body.
        if not isinstance(token, str) or not hmac.compare_digest(
            token, self._credentials.checker_token
        ):
            raise CheckerError("100003")
        if faults.blocked_token:
            raise CheckerError("100007")

    def _check_recipient(self, body: Mapping[str, Any]) -> None:
        phone = body.get("customer_phone", "")
        code = body.get("customer_code", "")
        if phone:
            # ASSUMED: any valid E.164 number, digits only; the document's "Узбекистан 998"
            # is read as an example of the format. Every valid number is a sandbox user.
            if not _E164_DIGITS.fullmatch(phone) or not _valid_phone(phone):
                raise CheckerError(
                    "100002", "customer_phone must be E.164 digits without '+', e.g. 998909998877"
                )
        elif code:
            if code != self._credentials.checker_customer_code:
                raise CheckerError("100004")
        else:
            raise CheckerError("100002", "customer_phone or customer_code is required")


def _forced(code: str) -> CheckerError:
    if code == "100005":
        return CheckerError(code, telegram_json=_TELEGRAM_REFUSAL)
    return CheckerError(code, _FORCED_DETAIL.get(code, ""))


def _body(request: Request) -> Mapping[str, Any]:
    if not request.json_ok or not isinstance(request.json, dict):
        raise CheckerError("100002", "the body must be a JSON object")
    return request.json


def _check_fields(body: Mapping[str, Any]) -> None:
    """The document's types and required fields; unknown fields are ignored (ASSUMED).

    ASSUMED: sums are not checked against each other: the document's own example has
    amount 34890 against subtotal 24890 and discount 0.
    """
    date = body.get("date")
    if not _is_whole(date) or date < 0:
        raise CheckerError("100002", "date is required: a Unix time in whole seconds")
    if "operation_type" in body and body["operation_type"] not in (1, 2):
        raise CheckerError("100002", "operation_type must be 1 (sale) or 2 (return)")
    for name in ("customer_phone", "customer_code", "operation_code", "note"):
        if name in body and not isinstance(body[name], str):
            raise CheckerError("100002", f"{name} must be a string")
    for name in ("subtotal", "discount", "amount"):
        if name in body and not _is_number(body[name]):
            raise CheckerError("100002", f"{name} must be a number")
    _check_list(
        body, "items", {"name": _TEXT, "quantity": _NUMBER, "price": _NUMBER, "total": _NUMBER}
    )
    _check_list(body, "payments", {"name": _TEXT, "value": _NUMBER})
    if "discount_card" in body:
        card = body["discount_card"]
        if not isinstance(card, dict) or not all(
            isinstance(card.get(name), str) for name in _CARD_FIELDS
        ):
            raise CheckerError("100002", "discount_card needs code, name, scan and info strings")


def _check_list(body: Mapping[str, Any], name: str, shape: Mapping[str, str]) -> None:
    """An optional array of objects whose fields are all required, of the given kinds."""
    if name not in body:
        return
    items = body[name]
    if not isinstance(items, list):
        raise CheckerError("100002", f"{name} must be an array")
    for index, item in enumerate(items):
        for key, kind in shape.items():
            value = item.get(key) if isinstance(item, dict) else None
            good = _is_number(value) if kind == _NUMBER else isinstance(value, str)
            if not good:
                raise CheckerError("100002", f"{name}[{index}].{key} is required: {kind}")


def _is_number(value: object) -> bool:
    return isinstance(value, int | Decimal) and not isinstance(value, bool)


def _is_whole(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _valid_phone(digits: str) -> bool:
    try:
        return bool(phonenumbers.is_valid_number(phonenumbers.parse("+" + digits)))
    except phonenumbers.NumberParseException:
        return False
