"""Checker.uz client: SendCheque, the customer's electronic copy of a receipt.

Each documented error code (100001–100008) becomes its own error class with words a cashier
can act on (pos_app.core.services.errors.CHECKER_ERRORS).

A copy sent twice is two messages to the customer, who then calls the shop: like createReceipt,
SendCheque is repeated only when it provably did nothing (no connection, 429 or 503, a
documented error). An answer lost or unreadable after the request was delivered (a timeout, a
cut connection, another 5xx, a broken body) is an UnknownOutcomeError: a person decides.
"""

from __future__ import annotations

from datetime import datetime

from pos_app.core.checker_cheque import DiscountCard, cheque_body
from pos_app.core.contact import parse_phone
from pos_app.core.credentials import Secret
from pos_app.core.decimal_json import dumps
from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.receipt import Receipt
from pos_app.core.services import answers
from pos_app.core.services.answers import MalformedError
from pos_app.core.services.endpoints import ServiceName
from pos_app.core.services.errors import (
    CHECKER_ERRORS,
    AuthError,
    RejectedError,
    UnavailableError,
    UnknownOutcomeError,
)
from pos_app.core.services.redaction import redact, register_secret
from pos_app.core.services.transport import DEFAULT_TIMEOUTS, Timeouts, Transport

SERVICE = ServiceName.CHECKER.label
PATH = "/v1/methods/SendCheque"
# Statuses that say the copy was not sent: "too many requests", "unavailable".
NOT_DONE_STATUSES = frozenset({429, 503})


def checker_phone(phone: str) -> str:
    """SendCheque's customer_phone: E.164 digits without '+' (e.g. 998901234567)."""
    return parse_phone(phone).removeprefix("+")


class CheckerClient:
    def __init__(self, base_url: str, token: Secret, timeouts: Timeouts = DEFAULT_TIMEOUTS) -> None:
        register_secret(token.reveal())
        self._token = token
        self._transport = Transport(SERVICE, base_url, timeouts)

    def close(self) -> None:
        self._transport.close()

    def send_cheque(
        self,
        receipt: Receipt,
        *,
        operation_code: str,
        date: datetime,
        phone: str | None = None,
        customer_code: str | None = None,
        discount_card: DiscountCard | None = None,
        note: str = "",
    ) -> None:
        """Send the copy to the customer with this phone (or Checker.uz customer code).

        ``operation_code`` is the shop's number for the receipt; ``date`` its time, aware.
        Returns when Checker.uz confirms the message was sent; raises a ServiceError otherwise.
        """
        if not phone and not customer_code:
            raise ValidationError(
                "customer_phone",
                _N("validation", "A copy needs the customer's phone or Checker.uz code."),
            )
        body = {"token": self._token.reveal()}
        if phone:
            body["customer_phone"] = checker_phone(phone)
        if customer_code:
            body["customer_code"] = customer_code
        body.update(
            cheque_body(
                receipt,
                operation_code=operation_code,
                date=date,
                discount_card=discount_card,
                note=note,
            )
        )
        # Exact Decimal numbers, not floats: json= would go through float.
        answer = self._transport.request(
            "POST",
            PATH,
            idempotent=False,
            headers={"Content-Type": "application/json", "Accept": "application/json"},
            content=dumps(body).encode("utf-8"),
        )
        if answer.status in (401, 403):
            raise AuthError(
                SERVICE,
                _N("services", "{service} does not accept the token (HTTP {status})."),
                status=answer.status,
            )
        if answer.status in NOT_DONE_STATUSES:
            raise UnavailableError(
                SERVICE,
                _N("services", "{service} is not available now (HTTP {status})."),
                status=answer.status,
            )
        if answer.status >= 500:
            # A 500, 502 or 504 may come after the message went out (a proxy timing out, a
            # crash after sending it); only 429 and 503 say for sure nothing was done.
            raise UnknownOutcomeError(
                SERVICE,
                _N(
                    "services",
                    "{service} answered with an error (HTTP {status}) after taking the copy;"
                    " whether the customer got it is unknown.",
                ),
                status=answer.status,
            )
        try:
            data = answers.json_object(answer.body)
            result = answers.member(data, "result")
            if result is True:
                if answer.status != 200:
                    raise MalformedError(f"HTTP {answer.status} with an answer saying it was sent")
                return
            if result is not False:
                raise MalformedError("result is neither true nor false")
            code = answers.text(data, "error", digits=True)
            description = redact(str(data.get("description", "")))
        except MalformedError as problem:
            # The request was delivered; without a readable answer nobody knows if it was sent.
            raise answers.malformed_error(
                UnknownOutcomeError, SERVICE, problem.problem, answer.body
            ) from None
        known = CHECKER_ERRORS.get(code)
        if known is None:
            raise RejectedError(
                SERVICE,
                _N("services", "{service} refused the copy (error {code}): {detail}"),
                reasons=(description,),
                code=code,
                detail=description,
            )
        kind, template = known
        raise kind(SERVICE, template, code=code, detail=description)
