"""IntellectMoney cashBox emulation: createReceipt and getReceipt, strict as the documents.

Where the documents are silent the emulator follows API_NOTES.md; each such rule is marked
ASSUMED so it can be corrected when the real service says otherwise.
"""

from __future__ import annotations

import hmac
import logging
import re
from collections.abc import Mapping, Sequence
from typing import Any

from pos_app.core import decimal_json
from pos_app.core.errors import ValidationError
from pos_app.core.merchant_receipt import loads_merchant_receipt
from pos_app.core.receipt import Receipt
from pos_app.core.signature import create_receipt_fields, get_receipt_fields, sign
from pos_app.sandbox.cashbox import Cashbox, Poll
from pos_app.sandbox.credentials import SandboxCredentials
from pos_app.sandbox.exchange import JSON_TYPE, Answer, Request
from pos_app.sandbox.faults import Faults
from pos_app.sandbox.fiscal_content import fiscal_data
from pos_app.sandbox.intellectmoney_answers import (
    OPERATION_DESC,
    XML_TYPE,
    OperationCode,
    StateCode,
    queued_result,
    refused_data,
    result_state,
    shaped,
    xml,
)

logger = logging.getLogger(__name__)

PREFIX = "/personal/"
CREATE_PATH = "/personal/cashBox/createReceipt"
GET_PATH = "/personal/cashBox/getReceipt"
USER_TOKEN_PATH = "/personal/user/getUserToken"  # noqa: S105 - a path, not a password
# The documents list EshopId in every answer without an example. ASSUMED: a fixed number.
ESHOP_ID = 450001
COMPANY_NAME = 'ООО "Демо-магазин"'
# Documented (createReceipt's second answer example): OrangeData's refusal for a group
# without a fiscalized device, which is what a group the cashbox does not have gets.
NO_DEVICE_IN_GROUP = "В группе нет ни одного фискализированного устройства"
_INVOICE_ID = re.compile(r"3[0-9]{9}")
_REFUND_ID = re.compile(r"[0-9]{1,18}")
_CREATE_ORDER = "UserToken::MerchantReceipt::InvoiceId::SignSecretKey"
# ASSUMED: getReceipt's signature is blank in its document; API_NOTES.md's order.
_GET_ORDER = "UserToken::InvoiceId::DocumentId::SignSecretKey"


class RefusalError(Exception):
    """A request refused as a whole: OperationState.Code 2 with Result.State's code and Desc."""

    def __init__(self, code: int, desc: str, status: int = 200) -> None:
        super().__init__(desc)
        self.code = code
        self.desc = desc
        # ASSUMED: refusals come with HTTP 200 and the envelope says what is wrong, as the
        # documents' error example suggests; only a wrong path or method gets 404/405.
        self.status = status


class IntellectMoney:
    """The cashBox methods against one shop (the credentials) and one cashbox."""

    def __init__(self, credentials: SandboxCredentials, cashbox: Cashbox) -> None:
        self._credentials = credentials
        self._cashbox = cashbox

    def handle(self, request: Request, faults: Faults) -> Answer:
        # ASSUMED: as API_NOTES.md says of the personal API, only an Accept asking for JSON
        # gets JSON; anything else (requests' default */* included) gets the envelope in XML.
        as_json = "application/json" in request.headers.get("Accept", "").lower()
        fault = "blocked_token" if faults.blocked_token else None
        if faults.create_refusal_code is not None and request.path == CREATE_PATH:
            fault = "create_refusal"
        processed = False
        status = 200
        try:
            if request.path not in (CREATE_PATH, GET_PATH, USER_TOKEN_PATH):
                raise RefusalError(StateCode.BAD_REQUEST, "method: неизвестный метод", 404)
            if request.method != "POST":
                raise RefusalError(StateCode.BAD_REQUEST, "method: метод вызывается POST", 405)
            if request.path == USER_TOKEN_PATH:
                # Documented: getUserToken takes the account's login and password, no
                # Bearer token and no Sign.
                envelope = self._get_user_token(request)
            else:
                self._authorize(request, faults)
                if request.path == CREATE_PATH:
                    envelope, processed = self._create_receipt(request, faults)
                else:
                    polled = self._get_receipt(request, faults)
                    if faults.poll_answer is not None:
                        fault = "poll_answer"
                    if polled is None:
                        return Answer(202, b"", "text/plain", fault=fault)
                    envelope = polled
        except RefusalError as refusal:
            logger.debug("IntellectMoney refused %s: %s", request.path, refusal.desc)
            status = refusal.status
            envelope = self._envelope(
                OperationCode.ERROR, {"State": result_state(refusal.code, refusal.desc)}
            )
        if as_json:
            body = decimal_json.dumps(envelope).encode("utf-8")
            return Answer(status, body, JSON_TYPE, processed=processed, fault=fault)
        return Answer(status, xml(envelope), XML_TYPE, processed=processed, fault=fault)

    def _get_user_token(self, request: Request) -> dict[str, Any]:
        """The account's UserToken for its login and password. ASSUMED: the envelope is the
        cashBox methods' one with ``Result.UserToken`` (the documents show ``<Result>
        <UserToken>`` only), and a wrong login or password is Result.State 4."""
        fields = _fields(request)
        login = _required_text(fields, "Login")
        password = _required_text(fields, "Password")
        if not (
            hmac.compare_digest(login, self._credentials.intellectmoney_login)
            and hmac.compare_digest(password, self._credentials.intellectmoney_password)
        ):
            raise RefusalError(StateCode.UNAUTHORIZED, "login: неверный логин или пароль")
        return self._envelope(
            OperationCode.PROCESSED,
            {
                "State": result_state(StateCode.OK, "Успешно обработан"),
                "UserToken": self._credentials.user_token,
            },
        )

    def _create_receipt(self, request: Request, faults: Faults) -> tuple[dict[str, Any], bool]:
        fields = _fields(request)
        user_token = _required_text(fields, "UserToken")
        invoice_id = _required_text(fields, "InvoiceId")
        merchant_receipt = _merchant_receipt_text(fields)
        self._check_sign(
            request, create_receipt_fields(user_token, merchant_receipt, invoice_id), _CREATE_ORDER
        )
        self._check_user_token(user_token)
        _check_invoice_id(invoice_id)
        refund_id = _refund_id(fields.get("InvoiceRefundId"))
        if faults.create_refusal_code is not None:
            # A fault: refused as a whole, with a code and words of its own; nothing is made.
            raise RefusalError(
                faults.create_refusal_code,
                "Операция отклонена: неизвестная ошибка кассы (сбой песочницы)",
            )
        receipt, errors = self._check_content(merchant_receipt, refund_id)
        if receipt is None:
            document_id = self._cashbox.refuse(invoice_id, errors)
            logger.debug("Receipt %s refused: %s", document_id, errors)
            return self._receipt_envelope(document_id, refused_data(errors)), False
        document = self._cashbox.fiscalize(invoice_id, merchant_receipt, receipt, refund_id)
        accepted = {"ReceiptId": 0, "Response": "", "ResponseState": "Ok", "Errors": []}
        return self._receipt_envelope(document.document_id, accepted), True

    def _get_receipt(self, request: Request, faults: Faults) -> dict[str, Any] | None:
        """The answer's envelope; None for an answer without a body (HTTP 202)."""
        fields = _fields(request)
        user_token = _required_text(fields, "UserToken")
        invoice_id = _required_text(fields, "InvoiceId")
        document_id = _required_text(fields, "DocumentId")
        self._check_sign(
            request, get_receipt_fields(user_token, invoice_id, document_id), _GET_ORDER
        )
        self._check_user_token(user_token)
        _check_invoice_id(invoice_id)
        poll = self._cashbox.poll(invoice_id, document_id)
        if poll is None:
            # Documented, word for word (getReceipt's second answer example).
            raise RefusalError(
                StateCode.NOT_FOUND,
                f"documentId: Для счёта {invoice_id} не найден чек с идентификатором"
                f" {document_id}.",
            )
        if faults.poll_answer is not None:
            return self._poll_shape(faults.poll_answer, poll)
        if poll.pending:
            return self._envelope(OperationCode.QUEUED, queued_result())
        if poll.document is None:
            # ASSUMED: a refused receipt reads back as it was refused.
            data = refused_data(poll.errors)
        else:
            data = fiscal_data(poll.document, COMPANY_NAME)
        return self._envelope(
            OperationCode.PROCESSED,
            {
                "State": result_state(StateCode.OK, "Успешно обработан"),
                "CashboxReceiptResponseData": data,
            },
        )

    def _poll_shape(self, shape: str, poll: Poll) -> dict[str, Any] | None:  # noqa: PLR0911
        """getReceipt in one of the shapes of faults.POLL_ANSWERS (a fault)."""
        data = (
            fiscal_data(poll.document, COMPANY_NAME)
            if poll.document is not None
            else refused_data(poll.errors)
        )
        ok = {"State": result_state(StateCode.OK, "Успешно обработан")}
        processed = OperationCode.PROCESSED
        if shape == "no_body":
            return None
        if shape == "queued":
            return self._envelope(OperationCode.QUEUED, queued_result())
        if shape == "state_code_without_errors":
            return self._envelope(processed, {"State": {"Code": 9, "Desc": "Чек не готов"}})
        if shape == "unknown_refusal_code":
            state = {"Code": 77, "Desc": "Внутренняя ошибка кассы"}
            return self._envelope(OperationCode.ERROR, {"State": state})
        if shape == "no_receipt_data":
            return self._envelope(processed, {**ok, "CashboxReceiptResponseData": None})
        if shape == "unknown_operation_code":
            envelope = self._envelope(processed, {**ok, "CashboxReceiptResponseData": data})
            envelope["OperationState"] = {"Code": 7, "Desc": "Операция выполняется"}
            return envelope
        return self._envelope(processed, {**ok, "CashboxReceiptResponseData": shaped(shape, data)})

    def _authorize(self, request: Request, faults: Faults) -> None:
        if faults.blocked_token:
            raise RefusalError(StateCode.UNAUTHORIZED, "Authorization: токен заблокирован")
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise RefusalError(
                StateCode.UNAUTHORIZED,
                "Authorization: нужен заголовок «Authorization: Bearer {token}»",
            )
        if not hmac.compare_digest(token.strip(), self._credentials.bearer_token):
            raise RefusalError(StateCode.UNAUTHORIZED, "Authorization: токен не принят")

    def _check_sign(self, request: Request, fields: Sequence[str], order: str) -> None:
        sent = request.headers.get("Sign", "").strip()
        if not sent:
            raise RefusalError(
                StateCode.BAD_SIGN, f"Sign: нужен заголовок Sign, SHA-256 от {order}"
            )
        # ASSUMED: the hex must be lowercase, as in the documents' example.
        if not hmac.compare_digest(sent, sign(fields, self._credentials.sign_secret_key)):
            raise RefusalError(
                StateCode.BAD_SIGN, f"Sign: подпись не совпадает; это SHA-256 от {order}"
            )

    def _check_user_token(self, user_token: str) -> None:
        if not hmac.compare_digest(user_token, self._credentials.user_token):
            raise RefusalError(StateCode.BAD_USER_TOKEN, "userToken: токен пользователя не принят")

    def _check_content(
        self, merchant_receipt: str, refund_id: int | None
    ) -> tuple[Receipt | None, tuple[str, ...]]:
        """The receipt, or the cashbox's errors about it (each names its field first)."""
        try:
            receipt = loads_merchant_receipt(merchant_receipt)
        except ValidationError as error:
            return None, (str(error),)
        if receipt.inn != self._credentials.shop_inn:
            # ASSUMED: the cashbox serves one shop; another INN is the cashbox's error.
            return None, (
                f"Inn: the cashbox is registered to INN {self._credentials.shop_inn},"
                f" not {receipt.inn}.",
            )
        if receipt.group != self._credentials.group:
            return None, (NO_DEVICE_IN_GROUP,)
        if refund_id is not None and not receipt.type.is_refund:
            # ASSUMED: a refund number belongs to a refund receipt (Content.Type 2 or 4).
            return None, (
                f"InvoiceRefundId: a refund number is for a refund receipt (Content.Type 2"
                f" or 4), not for Content.Type {int(receipt.type)}.",
            )
        return receipt, ()

    def _receipt_envelope(self, document_id: str, data: dict[str, Any]) -> dict[str, Any]:
        return self._envelope(
            OperationCode.PROCESSED,
            {
                "State": result_state(StateCode.OK, "Успешно обработан"),
                "DocumentId": document_id,
                "CashboxReceiptResponseData": data,
            },
        )

    def _envelope(self, operation: OperationCode, result: dict[str, Any]) -> dict[str, Any]:
        return {
            "OperationState": {"Code": int(operation), "Desc": OPERATION_DESC[operation]},
            "OperationId": self._cashbox.operation_id(),
            "EshopId": ESHOP_ID,
            "Result": result,
        }


def _fields(request: Request) -> Mapping[str, object]:
    """The body's fields: url-encoded as the documents' examples send, or a JSON object."""
    if request.content_type == "application/x-www-form-urlencoded":
        if request.form is None:
            raise RefusalError(StateCode.BAD_REQUEST, "body: поля формы должны быть в UTF-8")
        return request.form
    if request.content_type == "application/json":
        if request.json_ok and isinstance(request.json, dict):
            return request.json
        raise RefusalError(StateCode.BAD_REQUEST, "body: тело запроса должно быть JSON-объектом")
    raise RefusalError(
        StateCode.BAD_REQUEST,
        "Content-Type: тело запроса — application/x-www-form-urlencoded или application/json",
        415,
    )


def _required_text(fields: Mapping[str, object], name: str) -> str:
    value = fields.get(name)
    # A JSON body may carry the numbers (InvoiceId, DocumentId) as numbers.
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not value:
        raise RefusalError(
            StateCode.BAD_REQUEST, f"{_desc_name(name)}: обязательное поле не заполнено"
        )
    return value


def _merchant_receipt_text(fields: Mapping[str, object]) -> str:
    value = fields.get("MerchantReceipt")
    if isinstance(value, dict):
        # ASSUMED: a JSON body may hold the receipt as an object; it is signed as its compact
        # JSON text (keys as received, no spaces, non-ASCII as is).
        return decimal_json.dumps(value)
    return _required_text(fields, "MerchantReceipt")


def _check_invoice_id(invoice_id: str) -> None:
    # ASSUMED: every well-formed СКО number is the shop's (the sandbox has no payments).
    if not _INVOICE_ID.fullmatch(invoice_id):
        raise RefusalError(
            StateCode.BAD_REQUEST, f"invoiceId: номер СКО — 10 цифр, первая 3; «{invoice_id}» не он"
        )


def _refund_id(value: object) -> int | None:
    """InvoiceRefundId: optional, a whole number (documented INT)."""
    if value is None or value == "":  # ASSUMED: an empty field is an absent one
        return None
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    if isinstance(value, str) and _REFUND_ID.fullmatch(value) and int(value) > 0:
        return int(value)
    raise RefusalError(
        StateCode.BAD_REQUEST, "invoiceRefundId: номер возврата — целое положительное число"
    )


def _desc_name(field: str) -> str:
    """``DocumentId`` → ``documentId``, as the documented Desc names its field."""
    return field[:1].lower() + field[1:]
