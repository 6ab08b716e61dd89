"""Known answers from the documents, written by hand: the client and the sandbox share the code
that signs, serializes and reads, so a misreading would pass both sides; these pin each shared
piece to the seed texts (shared/seeds) with literal values.

Every digest here was worked out outside pos-app, e.g.
``printf %s 'UserToken::MerchantReceipt::InvoiceId::key' | sha256sum``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest

from pos_app.core.checker_cheque import DiscountCard, cheque_body
from pos_app.core.codes import (
    PaymentMethod,
    PaymentSubject,
    PaymentType,
    ReceiptType,
    TaxationSystem,
    vat_rate,
)
from pos_app.core.credentials import Secret
from pos_app.core.fiscal_data import FiscalData
from pos_app.core.merchant_receipt import loads_merchant_receipt, merchant_receipt_json
from pos_app.core.receipt import CustomerContact, Payment, Position, Receipt
from pos_app.core.services import IntellectMoneyClient, IntellectMoneyCredentials
from pos_app.core.services.inshopper import REJECT_REASONS
from pos_app.core.services.transport import Timeouts
from pos_app.core.signature import (
    create_receipt_correction_fields,
    create_receipt_fields,
    get_receipt_fields,
    sign,
)
from pos_app.sandbox import faults as sandbox_faults

SEEDS = Path(__file__).parent.parent / "data" / "seeds"

# Seed 001's code examples: the UserToken and Bearer token of createReceipt.
CREATE_USER_TOKEN = "YdUlqkFcVo62XmY6B9VLJfwUODqE9ODk8/q/s1uXguWmiiPUo+R8YpiYt6g/s/IM"
CREATE_BEARER = "9d97820c61424eb6ac0db414ccb7ac60"
# Seed 002's code examples: getReceipt's UserToken, invoice and (from its answer) document id.
GET_USER_TOKEN = "YdUlqkFcVo62XmY6B9VLJbpE8v0m38HGMNSyQ5EhhrEvFG51fbV8LdbtyT2wv6Sr"
GET_INVOICE = "3717809037"
GET_DOCUMENT = "7e1f3806b1e148fc886ff5518484fe80"
# The documents never show a SignSecretKey.
SECRET = "secret-key"

# Seed 001's MerchantReceipt with an INN whose check digit is right (the document's 7000000000
# is not), as pos-app writes it: compact, keys in the document's order, quantity with 3
# decimals.
SEED_MERCHANT_RECEIPT = (
    '{"Inn":"7000000003","Group":"Main","Content":{"Type":1,"CustomerContact":"test@mail.ru",'
    '"Positions":[{"Quantity":"1.000","Price":"1.00","Tax":9,"Text":"Товар",'
    '"PaymentSubjectType":1,"PaymentMethodType":4}],'
    '"CheckClose":{"Payments":[{"Type":2,"Amount":"1.00"}],"TaxationSystem":0}}}'
)
# Seed 001's first answer example, verbatim.
SEED_CREATE_ANSWER = """{
    "OperationState": {"Code": 0, "Desc": "Успешно обработана"},
    "Result": {
        "State": {"Code": 0, "Desc": "Успешно обработан"},
        "DocumentId": "0123456789abcdef0123456789abcdef",
        "CashboxReceiptResponseData": {
            "ReceiptId": 0, "Response": "", "ResponseState": "Ok", "Errors": []
        }
    }
}"""
# Seed 002's answer read by hand: ProcessedAt 2025-02-11T12:14:00+03:00, payments 1.0, change
# 0.0, FSNumber 7380440801375198, DocumentNumber "18214", FP "2396636946", Content.Type "In".
SEED_QR = "t=20250211T1214&s=1.00&fn=7380440801375198&i=18214&fp=2396636946&n=1"
SEED_INSHOPPER_QR = "t=20250211T1214&s=1.00&fn=7380440801375198&i=18214&fp=2396636946"
# Seed 000's table of reject_reason values, in the document's order.
SEED_REJECT_REASONS = (
    "undecipherable",
    "kpkless",
    "clipped",
    "nocheck",
    "nocampaign",
    "wrongshop",
    "wrongcircs",
    "notvalid",
    "fewchecks",
    "oldchecks",
    "invalidkpk",
    "dublicate",
    "outlimit",
)


# --- Sign ------------------------------------------------------------------------------------


def test_create_receipt_sign_of_the_seed_receipt() -> None:
    fields = create_receipt_fields(CREATE_USER_TOKEN, SEED_MERCHANT_RECEIPT, "3000000000")
    assert "::".join([*fields, SECRET]) == (
        f"{CREATE_USER_TOKEN}::{SEED_MERCHANT_RECEIPT}::3000000000::secret-key"
    )
    assert sign(fields, SECRET) == (
        "91260b757e19077c92b5b69ce5ccb24c858f1ae1bbfef2aa292b0d39fb9f0510"
    )


def test_get_receipt_sign_of_the_seed_request() -> None:
    # ASSUMED order (the document leaves the signature blank): UserToken::InvoiceId::DocumentId.
    fields = get_receipt_fields(GET_USER_TOKEN, GET_INVOICE, GET_DOCUMENT)
    assert sign(fields, SECRET) == (
        "b38d69eaf069ca3e38f089053091d437f6fa3013fdb63dc11031fab62839b9e7"
    )


def test_create_receipt_correction_sign() -> None:
    # UserToken::InvoiceId::DocumentId::MerchantReceiptCorrection::SignSecretKey.
    correction = (
        '{"Inn":"7000000003","Group":"Main","Content":{"Type":1,"CorrectionType":0,'
        '"Description":"Исправление"}}'
    )
    fields = create_receipt_correction_fields(
        CREATE_USER_TOKEN, "3000000000", "0123456789abcdef0123456789abcdef", correction
    )
    assert sign(fields, SECRET) == (
        "6fbbfc7405cb5e721673677de354044e46049338ae5bbf30db2869142cfdba56"
    )
    # An empty document id keeps its segment.
    assert sign(create_receipt_correction_fields("tok", "3000000000", "", "{}"), "key") == (
        "67472f7a2b02a986e05053d981d6fa3131653edc07d08531346be4da4ecf3efd"
    )


# --- the seed request bodies -----------------------------------------------------------------


def seed_receipt() -> Receipt:
    text = (SEEDS / "001_createReceipt_MerchantReceipt.json").read_text(encoding="utf-8")
    return loads_merchant_receipt(text.replace('"7000000000"', '"7000000003"'))


def test_the_seed_merchant_receipt_reads_as_the_document_says() -> None:
    assert seed_receipt() == Receipt(
        type=ReceiptType.SALE,
        inn="7000000003",
        group="Main_2",
        positions=(
            Position(
                text="Товар",
                quantity=Decimal("1"),
                price=Decimal("1.00"),
                vat=vat_rate(9),  # VAT 5/105
                payment_subject=PaymentSubject.GOODS,
                payment_method=PaymentMethod.FULL_PAYMENT,
            ),
        ),
        payments=(Payment(PaymentType.ELECTRONIC, Decimal("1.00")),),
        taxation=TaxationSystem.GENERAL,
        contact=CustomerContact(email="test@mail.ru"),
    )


def test_the_seed_merchant_receipt_is_sent_as_this_exact_string() -> None:
    sent = merchant_receipt_json(seed_receipt())
    assert sent == SEED_MERCHANT_RECEIPT.replace('"Group":"Main"', '"Group":"Main_2"')


def test_the_seed_cheque_body_has_the_documents_fields() -> None:
    # Seed 003's example: one item at 24890, paid 24890 in cash, discount card 1 / Скидочная.
    sold = Receipt(
        type=ReceiptType.SALE,
        inn="7000000003",
        group="Main",
        positions=(
            Position(
                "AIRWICK AEROZOL.240ML SVEJAYA MYATA", Decimal(1), Decimal(24890), vat_rate(6)
            ),
        ),
        payments=(Payment(PaymentType.CASH, Decimal(24890)),),
        taxation=TaxationSystem.GENERAL,
    )
    body = cheque_body(
        sold,
        operation_code="A-23",
        date=datetime.fromtimestamp(1518779840, UTC),
        discount_card=DiscountCard(code="1", name="Скидочная", scan="2341452345235345"),
    )
    assert body == {
        "operation_type": 1,
        "operation_code": "A-23",
        "date": 1518779840,
        "items": [
            {
                "name": "AIRWICK AEROZOL.240ML SVEJAYA MYATA",
                "quantity": Decimal("1"),
                "price": Decimal("24890"),
                "total": Decimal("24890"),
            }
        ],
        "subtotal": Decimal("24890"),
        "discount": Decimal("0"),
        # The document's 34890 disagrees with its own subtotal and discount: amount is what
        # is paid, 24890.
        "amount": Decimal("24890"),
        "payments": [{"name": "Наличными", "value": Decimal("24890")}],
        "discount_card": {
            "code": "1",
            "name": "Скидочная",
            "scan": "2341452345235345",
            "info": " ",
        },
        "note": "",
    }


# --- the real client against the seed answers ------------------------------------------------


@dataclass
class Heard:
    path: str
    headers: dict[str, str]
    form: dict[str, list[str]]


@dataclass
class SeedServer:
    """Answers each cashBox path with its seed answer, verbatim, and keeps what it heard."""

    answers: dict[str, bytes]
    heard: list[Heard] = field(default_factory=list)


@pytest.fixture
def seed_server() -> Iterator[tuple[SeedServer, str]]:
    state = SeedServer(
        {
            "/personal/cashBox/createReceipt": SEED_CREATE_ANSWER.encode("utf-8"),
            "/personal/cashBox/getReceipt": (SEEDS / "002_getReceipt_answer.json").read_bytes(),
        }
    )

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            state.heard.append(
                Heard(self.path, dict(self.headers.items()), parse_qs(body.decode("utf-8")))
            )
            answer = state.answers[self.path]
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02})
    thread.start()
    try:
        yield state, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def seed_client(base_url: str, user_token: str) -> IntellectMoneyClient:
    credentials = IntellectMoneyCredentials(
        token=Secret(CREATE_BEARER), sign_secret_key=Secret(SECRET), user_token=Secret(user_token)
    )
    return IntellectMoneyClient(base_url, credentials, Timeouts(connect=2.0, read=5.0))


def test_the_client_sends_create_receipt_as_the_document_shows_it(
    seed_server: tuple[SeedServer, str],
) -> None:
    server, base_url = seed_server
    client = seed_client(base_url, CREATE_USER_TOKEN)
    try:
        created = client.create_receipt("3000000000", SEED_MERCHANT_RECEIPT)
    finally:
        client.close()
    assert created.document_id == "0123456789abcdef0123456789abcdef"
    (heard,) = server.heard
    assert heard.form == {
        "UserToken": [CREATE_USER_TOKEN],
        "InvoiceId": ["3000000000"],
        "MerchantReceipt": [SEED_MERCHANT_RECEIPT],
    }
    assert heard.headers["Authorization"] == f"Bearer {CREATE_BEARER}"
    assert heard.headers["Accept"] == "application/json"
    assert heard.headers["Sign"] == (
        "91260b757e19077c92b5b69ce5ccb24c858f1ae1bbfef2aa292b0d39fb9f0510"
    )


def test_the_seed_get_receipt_answer_gives_this_exact_qr_string(
    seed_server: tuple[SeedServer, str],
) -> None:
    server, base_url = seed_server
    client = seed_client(base_url, GET_USER_TOKEN)
    try:
        fiscal = client.get_receipt(GET_INVOICE, GET_DOCUMENT)
    finally:
        client.close()
    assert isinstance(fiscal, FiscalData)
    assert str(fiscal.qr) == SEED_QR
    assert fiscal.qr.for_inshopper() == SEED_INSHOPPER_QR
    (heard,) = server.heard
    assert heard.form == {
        "UserToken": [GET_USER_TOKEN],
        "InvoiceId": [GET_INVOICE],
        "DocumentId": [GET_DOCUMENT],
    }
    assert heard.headers["Sign"] == (
        "b38d69eaf069ca3e38f089053091d437f6fa3013fdb63dc11031fab62839b9e7"
    )


# --- inshopper's reject reasons --------------------------------------------------------------


def test_the_reject_reasons_are_the_documents_table() -> None:
    assert tuple(REJECT_REASONS) == SEED_REJECT_REASONS
    # The sandbox draws its reasons from the same table.
    assert sandbox_faults.REJECT_REASONS == SEED_REJECT_REASONS
