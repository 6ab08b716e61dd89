"""IntellectMoney cashBox client: createReceipt and getReceipt, signed as API_NOTES.md says.

The body is form-encoded with MerchantReceipt as a JSON string, serialized once and signed as
sent. Answers are checked on all three levels (OperationState, Result.State, ResponseState
with Errors), by :mod:`pos_app.core.services.intellectmoney_answers`. createReceipt is never
repeated here: when its answer is lost the caller gets UnknownOutcomeError and decides (the
journal's "needs attention").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pos_app.core.credentials import Secret
from pos_app.core.fiscal_data import FiscalData
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.merchant_receipt import merchant_receipt_json
from pos_app.core.receipt import Receipt
from pos_app.core.services import answers
from pos_app.core.services.answers import MalformedError
from pos_app.core.services.errors import (
    AuthError,
    MalformedAnswerError,
    ServiceError,
    UnavailableError,
    UnknownOutcomeError,
    excerpt,
)
from pos_app.core.services.intellectmoney_answers import (
    FAILED,
    SERVICE,
    NotReady,
    auth_error,
    created,
    desc_text,
    polled,
)
from pos_app.core.services.redaction import redact, register_secret
from pos_app.core.services.transport import DEFAULT_TIMEOUTS, Answer, Timeouts, Transport
from pos_app.core.signature import create_receipt_fields, get_receipt_fields, sign

CREATE_PATH = "/personal/cashBox/createReceipt"
GET_PATH = "/personal/cashBox/getReceipt"
USER_TOKEN_PATH = "/personal/user/getUserToken"  # noqa: S105 - a path, not a password

# Statuses that say the request was turned away before any work (a createReceipt answered
# with these is safe to send again). Any other 5xx after a createReceipt left: unknown.
NOT_DONE_STATUSES = frozenset({429, 503})


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
            document_id = created(self._envelope(answer), answer.status)
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
        return polled(data, answer, document_id)

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
            raise auth_error(redact(excerpt(answer.body)))
        if answer.status >= 500 or answer.status == 429:
            raise _unavailable(answer)
        return answers.json_object(answer.body)


def fetch_user_token(
    base_url: str, login: str, password: Secret, timeouts: Timeouts = DEFAULT_TIMEOUTS
) -> Secret:
    """The personal account's UserToken through getUserToken: Login and Password, no Bearer
    token and no Sign (API_NOTES.md); JSON asked for with Accept. ASSUMED: the token comes in
    ``Result.UserToken`` of the usual envelope (the documents show ``<Result><UserToken>``)."""
    register_secret(password.reveal())
    transport = Transport(SERVICE, base_url, timeouts)
    try:
        answer = transport.request(
            "POST",
            USER_TOKEN_PATH,
            idempotent=True,
            headers={"Accept": "application/json"},
            data={"Login": login, "Password": password.reveal()},
        )
    finally:
        transport.close()
    if answer.status in (401, 403):
        raise _login_refused(f"HTTP {answer.status}")
    if answer.status >= 500 or answer.status == 429:
        raise _unavailable(answer)
    try:
        data = answers.json_object(answer.body)
        result = data.get("Result")
        result = result if isinstance(result, Mapping) else {}
        if answers.whole(data, "OperationState.Code") == FAILED:
            raise _login_refused(desc_text(result, "State"))
        token = Secret(answers.text(data, "Result.UserToken"))
    except MalformedError as problem:
        raise answers.malformed_error(
            MalformedAnswerError, SERVICE, problem.problem, b"(the answer is not shown)"
        ) from None
    register_secret(token.reveal())
    return token


def _login_refused(reason: str) -> ServiceError:
    return AuthError(
        SERVICE,
        _N(
            "services",
            "{service} does not accept this login and password ({reason}). Use the personal"
            " account's login and password, or paste the user token itself.",
        ),
        reason=redact(reason),
    )


def _unavailable(answer: Answer) -> ServiceError:
    return UnavailableError(
        SERVICE,
        _N("services", "{service} is not available now (HTTP {status}); it will be tried again."),
        status=answer.status,
    )
