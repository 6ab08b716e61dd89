"""Building valid (and deliberately wrong) requests to the sandbox, over real HTTP."""

from __future__ import annotations

import copy
import io
import json
from decimal import Decimal
from typing import Any

import requests
from PIL import Image

from pos_app.core.codes import PaymentType, ReceiptType, TaxationSystem, vat_rate
from pos_app.core.merchant_receipt import merchant_receipt_json
from pos_app.core.receipt import CustomerContact, Payment, Position, Receipt
from pos_app.core.signature import create_receipt_fields, get_receipt_fields, sign
from pos_app.sandbox import Sandbox

CREATE = "/personal/cashBox/createReceipt"
GET = "/personal/cashBox/getReceipt"
SEND_CHEQUE = "/v1/methods/SendCheque"
TIMEOUT = 5.0
FORM = "application/x-www-form-urlencoded"


def demo_receipt(
    *,
    receipt_type: ReceiptType = ReceiptType.SALE,
    price: str = "150.00",
    quantity: str = "2",
    text: str = "Товар",
    paid: str | None = None,
    payment_type: PaymentType = PaymentType.ELECTRONIC,
    email: str | None = "test@mail.ru",
) -> Receipt:
    """A valid receipt for the sandbox's shop (INN 7000000003, group Main)."""
    total = Decimal(price) * Decimal(quantity)
    return Receipt(
        type=receipt_type,
        inn="7000000003",
        group="Main",
        positions=(
            Position(text=text, quantity=Decimal(quantity), price=Decimal(price), vat=vat_rate(6)),
        ),
        payments=(Payment(type=payment_type, amount=Decimal(paid) if paid else total),),
        taxation=TaxationSystem.GENERAL,
        contact=CustomerContact(email=email),
    )


def seed_receipt() -> dict[str, Any]:
    """The createReceipt document's MerchantReceipt example, with the sandbox shop's INN
    (the example's 7000000000 fails the check digit) and group."""
    return {
        "Inn": "7000000003",
        "Group": "Main",
        "Content": {
            "Type": 1,
            "CustomerContact": "test@mail.ru",
            "Positions": [
                {
                    "Quantity": "1.00",
                    "Price": "1.00",
                    "Tax": 9,
                    "Text": "Товар",
                    "PaymentSubjectType": 1,
                    "PaymentMethodType": 4,
                }
            ],
            "CheckClose": {"Payments": [{"Type": 2, "Amount": "1.00"}], "TaxationSystem": 0},
        },
    }


def edited(changes: dict[str, Any]) -> str:
    """The seed receipt's JSON text with dotted-path changes, e.g. {"Content.Type": 9};
    a value of ``...`` deletes the key. Paths may index lists: "Content.Positions.0.Text"."""
    data = seed_receipt()
    for path, value in changes.items():
        *parents, last = path.split(".")
        node: Any = data
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        key: Any = int(last) if isinstance(node, list) else last
        if value is ...:
            del node[key]
        else:
            node[key] = copy.deepcopy(value)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def headers(sandbox: Sandbox, signature: str, *, accept_json: bool = True) -> dict[str, str]:
    result = {
        "Authorization": f"Bearer {sandbox.credentials.bearer_token}",
        "Sign": signature,
    }
    if accept_json:
        result["Accept"] = "application/json"
    return result


def create_receipt(
    sandbox: Sandbox,
    receipt: Receipt | str,
    *,
    session: requests.Session | None = None,
    invoice_id: str | None = None,
    refund_id: str | None = None,
    user_token: str | None = None,
    signature: str | None = None,
    extra_headers: dict[str, str | None] | None = None,
    accept_json: bool = True,
    json_body: bool = False,
    timeout: float = TIMEOUT,
) -> requests.Response:
    """A createReceipt as the documents send it: form fields, MerchantReceipt a JSON string,
    signed over the exact string sent (unless ``signature`` says otherwise)."""
    credentials = sandbox.credentials
    text = receipt if isinstance(receipt, str) else merchant_receipt_json(receipt)
    token = credentials.user_token if user_token is None else user_token
    invoice = credentials.invoice_id if invoice_id is None else invoice_id
    if signature is None:
        signature = sign(create_receipt_fields(token, text, invoice), credentials.sign_secret_key)
    fields = {"UserToken": token, "InvoiceId": invoice, "MerchantReceipt": text}
    if refund_id is not None:
        fields["InvoiceRefundId"] = refund_id
    sent = headers(sandbox, signature, accept_json=accept_json)
    for name, value in (extra_headers or {}).items():
        if value is None:
            sent.pop(name, None)
        else:
            sent[name] = value
    post = (session or requests).post
    url = sandbox.base_url + CREATE
    if json_body:
        return post(url, json=fields, headers=sent, timeout=timeout)
    return post(url, data=fields, headers=sent, timeout=timeout)


def get_receipt(
    sandbox: Sandbox,
    document_id: str,
    *,
    session: requests.Session | None = None,
    invoice_id: str | None = None,
    signature: str | None = None,
    timeout: float = TIMEOUT,
) -> requests.Response:
    credentials = sandbox.credentials
    invoice = credentials.invoice_id if invoice_id is None else invoice_id
    if signature is None:
        signature = sign(
            get_receipt_fields(credentials.user_token, invoice, document_id),
            credentials.sign_secret_key,
        )
    fields = {"UserToken": credentials.user_token, "InvoiceId": invoice, "DocumentId": document_id}
    post = (session or requests).post
    return post(
        sandbox.base_url + GET, data=fields, headers=headers(sandbox, signature), timeout=timeout
    )


def fiscalize(sandbox: Sandbox, receipt: Receipt | None = None) -> str:
    """createReceipt a valid receipt; its DocumentId."""
    answer = create_receipt(sandbox, receipt or demo_receipt())
    assert answer.status_code == 200, answer.text
    data = answer.json()
    assert data["OperationState"]["Code"] == 0, data
    assert data["Result"]["CashboxReceiptResponseData"]["ResponseState"] == "Ok", data
    document_id: str = data["Result"]["DocumentId"]
    return document_id


def fiscal_data(sandbox: Sandbox, document_id: str, *, max_polls: int = 5) -> dict[str, Any]:
    """Poll getReceipt until the fiscal data come; CashboxReceiptResponseData."""
    for _ in range(max_polls):
        data = get_receipt(sandbox, document_id).json()
        if data["OperationState"]["Code"] == 0:
            result: dict[str, Any] = data["Result"]["CashboxReceiptResponseData"]
            return result
        assert data["OperationState"]["Code"] == 1, data
    raise AssertionError(f"{document_id} still processing after {max_polls} polls")


def refusal(answer: requests.Response) -> tuple[int, int, str]:
    """A refused request's OperationState.Code, Result.State.Code and Desc."""
    data = answer.json()
    return (
        data["OperationState"]["Code"],
        data["Result"]["State"]["Code"],
        data["Result"]["State"]["Desc"],
    )


def cashbox_errors(answer: requests.Response) -> list[str]:
    """A createReceipt the cashbox refused: OperationState 0, ResponseState BadRequest, Errors."""
    assert answer.status_code == 200, answer.text
    data = answer.json()
    assert data["OperationState"]["Code"] == 0, data
    response_data = data["Result"]["CashboxReceiptResponseData"]
    assert response_data["ResponseState"] == "BadRequest", data
    assert data["Result"]["DocumentId"], data
    errors: list[str] = response_data["Errors"]
    assert errors, data
    assert json.loads(response_data["Response"]) == {"errors": errors}
    return errors


def jpeg(width: int, height: int, *, noise: bool = False, pad: int = 0) -> bytes:
    """A real JPEG; ``pad`` adds a comment segment's worth of bytes per 65,000 (to pass 10 MB
    cheaply, the file stays a valid JPEG)."""
    if noise:
        image = Image.frombytes(
            "L", (width, height), bytes(range(256)) * (width * height // 256 + 1)
        )
    else:
        image = Image.new("RGB", (width, height), (200, 120, 40))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    data = buffer.getvalue()
    if pad:
        # Insert COM segments (0xFFFE, length ≤ 65535) right after SOI.
        segments = bytearray()
        remaining = pad
        while remaining > 0:
            size = min(remaining, 65533)
            segments += b"\xff\xfe" + (size + 2).to_bytes(2, "big") + b"x" * size
            remaining -= size
        data = data[:2] + bytes(segments) + data[2:]
    return data


def png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (0, 0, 0)).save(buffer, "PNG")
    return buffer.getvalue()
