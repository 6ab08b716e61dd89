"""IntellectMoney cashBox emulation: strict refusals, asynchronous fiscalization, fiscal data."""

from __future__ import annotations

import json
import re
from datetime import datetime
from decimal import Decimal
from xml.etree import ElementTree

import pytest
import requests

from pos_app.core.codes import PaymentType, ReceiptType
from pos_app.core.merchant_receipt import merchant_receipt_json
from pos_app.core.signature import create_receipt_fields, sign
from pos_app.sandbox import Sandbox
from tests.sandbox.helpers import (
    CREATE,
    GET,
    cashbox_errors,
    create_receipt,
    demo_receipt,
    edited,
    fiscal_data,
    fiscalize,
    get_receipt,
    headers,
    refusal,
    seed_receipt,
)

NO_DEVICE = "В группе нет ни одного фискализированного устройства"


# --- accepted receipts ---------------------------------------------------------------------


def test_seed_example_with_valid_inn_is_fiscalized_as_form(sandbox: Sandbox) -> None:
    text = edited({})
    answer = create_receipt(sandbox, text)
    assert answer.status_code == 200
    assert answer.headers["Content-Type"].startswith("application/json")
    data = answer.json()
    assert data["OperationState"] == {"Code": 0, "Desc": "Успешно обработана"}
    assert data["Result"]["State"] == {"Code": 0, "Desc": "Успешно обработан"}
    assert re.fullmatch(r"[0-9a-f]{32}", data["Result"]["DocumentId"])
    assert data["Result"]["CashboxReceiptResponseData"]["ResponseState"] == "Ok"
    assert data["Result"]["CashboxReceiptResponseData"]["Errors"] == []
    documents = sandbox.documents()
    assert len(documents) == 1
    assert documents[0].document_id == data["Result"]["DocumentId"]
    assert documents[0].merchant_receipt == text
    assert documents[0].receipt.total == Decimal("1.00")


def test_json_body_is_accepted_too(sandbox: Sandbox) -> None:
    answer = create_receipt(sandbox, demo_receipt(), json_body=True)
    data = answer.json()
    assert data["OperationState"]["Code"] == 0, data
    assert data["Result"]["CashboxReceiptResponseData"]["ResponseState"] == "Ok"
    assert sandbox.requests("intellectmoney")[-1].headers["Content-Type"] == "application/json"
    assert len(sandbox.documents()) == 1


def test_json_body_with_receipt_as_object_is_signed_over_its_compact_text(
    sandbox: Sandbox,
) -> None:
    credentials = sandbox.credentials
    receipt = seed_receipt()
    compact = json.dumps(receipt, ensure_ascii=False, separators=(",", ":"))
    signature = sign(
        create_receipt_fields(credentials.user_token, compact, credentials.invoice_id),
        credentials.sign_secret_key,
    )
    body = {
        "UserToken": credentials.user_token,
        "InvoiceId": int(credentials.invoice_id),
        "MerchantReceipt": receipt,
    }
    answer = requests.post(
        sandbox.base_url + CREATE, json=body, headers=headers(sandbox, signature), timeout=5
    )
    assert answer.json()["OperationState"]["Code"] == 0, answer.text
    assert sandbox.documents()[0].merchant_receipt == compact


def test_fiscalization_is_asynchronous_then_full_fiscal_data(sandbox: Sandbox) -> None:
    receipt = demo_receipt(price="150.00", quantity="2", payment_type=PaymentType.CASH, paid="500")
    document_id = fiscalize(sandbox, receipt)

    first = get_receipt(sandbox, document_id).json()
    assert first["OperationState"]["Code"] == 1
    assert "CashboxReceiptResponseData" not in first["Result"]

    second = get_receipt(sandbox, document_id)
    assert second.status_code == 200
    envelope = second.json()
    assert envelope["OperationState"] == {"Code": 0, "Desc": "Успешно обработана"}
    assert envelope["Result"]["State"]["Code"] == 0
    data = envelope["Result"]["CashboxReceiptResponseData"]
    assert re.fullmatch(r"[0-9]{16}", data["FSNumber"])
    assert re.fullmatch(r"[0-9]+", data["DeviceSN"])
    assert re.fullmatch(r"[0-9]+", data["DeviceRN"])
    assert re.fullmatch(r"[0-9]+", data["DocumentNumber"])
    assert isinstance(data["ShiftNumber"], int)
    assert data["ShiftNumber"] > 0
    assert re.fullmatch(r"[0-9]{1,10}", data["FP"])
    processed_at = datetime.fromisoformat(data["ProcessedAt"])
    assert processed_at.utcoffset() is not None
    assert data["ProcessedAt"].endswith("+03:00")
    assert data["Id"] == document_id
    assert data["CompanyINN"] == "7000000003"
    assert data["ResponseState"] == "Ok"
    assert data["Errors"] == []
    assert Decimal(str(data["Change"])) == Decimal("200")

    content = data["Content"]
    assert content["Type"] == "In"
    assert content["CustomerContact"] == "test@mail.ru"
    [position] = content["Positions"]
    assert position["Tax"] == "None"
    assert position["Text"] == "Товар"
    assert Decimal(str(position["Price"])) == Decimal("150")
    assert Decimal(str(position["Quantity"])) == Decimal("2")
    assert position["PaymentSubjectType"] == "Goods"
    assert position["PaymentMethodType"] == "Full"
    [payment] = content["CheckClose"]["Payments"]
    assert payment["Type"] == "Cash"
    assert Decimal(str(payment["Amount"])) == Decimal("500")
    assert content["CheckClose"]["TaxationSystem"] == "Common"

    raw = json.loads(data["Response"])
    assert raw["fsNumber"] == data["FSNumber"]
    assert raw["fp"] == data["FP"]
    assert raw["documentNumber"] == int(data["DocumentNumber"])

    # Consistent with the sandbox's own record and the QR it printed.
    [document] = sandbox.documents()
    assert document.fn == data["FSNumber"]
    assert str(document.fd_number) == data["DocumentNumber"]
    assert document.fp == data["FP"]
    qr = str(document.qr)
    assert qr == (
        f"t={processed_at:%Y%m%dT%H%M}&s=300.00&fn={data['FSNumber']}"
        f"&i={data['DocumentNumber']}&fp={data['FP']}&n=1"
    )

    # Later polls give the same data.
    again = get_receipt(sandbox, document_id).json()["Result"]["CashboxReceiptResponseData"]
    assert again["FP"] == data["FP"]
    assert again["DocumentNumber"] == data["DocumentNumber"]


def test_fiscal_numbers_advance_per_receipt(sandbox: Sandbox) -> None:
    first = fiscal_data(sandbox, fiscalize(sandbox))
    second = fiscal_data(sandbox, fiscalize(sandbox))
    assert int(second["DocumentNumber"]) == int(first["DocumentNumber"]) + 1
    assert second["FSNumber"] == first["FSNumber"]
    assert second["DocumentIndex"] == first["DocumentIndex"] + 1


def test_pending_polls_zero_gives_data_at_once() -> None:
    with Sandbox(seed=1, pending_polls=0) as sandbox:
        document_id = fiscalize(sandbox)
        assert get_receipt(sandbox, document_id).json()["OperationState"]["Code"] == 0


def test_pending_polls_three() -> None:
    with Sandbox(seed=1, pending_polls=3) as sandbox:
        document_id = fiscalize(sandbox)
        codes = [
            get_receipt(sandbox, document_id).json()["OperationState"]["Code"] for _ in range(4)
        ]
        assert codes == [1, 1, 1, 0]


def test_same_seed_gives_same_ids() -> None:
    ids = []
    for _ in range(2):
        with Sandbox(seed=42) as sandbox:
            document_id = fiscalize(sandbox)
            ids.append((document_id, sandbox.documents()[0].fn))
    assert ids[0] == ids[1]


def test_unknown_document_id_is_documented_error(sandbox: Sandbox) -> None:
    unknown = "7e1f3806b1e148fc886ff5518484fe801"
    answer = get_receipt(sandbox, unknown)
    assert answer.status_code == 200
    data = answer.json()
    assert data["OperationState"] == {"Code": 2, "Desc": "Ошибка"}
    assert data["Result"]["State"] == {
        "Code": 3,
        "Desc": f"documentId: Для счёта 3000000001 не найден чек с идентификатором {unknown}.",
    }


def test_document_of_another_invoice_is_not_found(sandbox: Sandbox) -> None:
    document_id = fiscalize(sandbox)
    assert refusal(get_receipt(sandbox, document_id, invoice_id="3000000002"))[:2] == (2, 3)


def test_refund_receipt_with_invoice_refund_id(sandbox: Sandbox) -> None:
    refund = demo_receipt(receipt_type=ReceiptType.SALE_REFUND)
    answer = create_receipt(sandbox, refund, refund_id="123456")
    data = answer.json()
    assert data["OperationState"]["Code"] == 0, data
    assert data["Result"]["CashboxReceiptResponseData"]["ResponseState"] == "Ok", data
    [document] = sandbox.documents()
    assert document.refund_id == 123456
    assert str(document.qr).endswith("&n=2")
    fiscal = fiscal_data(sandbox, data["Result"]["DocumentId"])
    assert fiscal["Content"]["Type"] == "InReturn"
    form = sandbox.requests("intellectmoney")[0].form
    assert form is not None
    assert form["InvoiceRefundId"] == "123456"


def test_refund_id_on_a_sale_is_refused(sandbox: Sandbox) -> None:
    errors = cashbox_errors(create_receipt(sandbox, demo_receipt(), refund_id="123456"))
    assert errors[0].startswith("InvoiceRefundId:")
    assert sandbox.documents() == []


@pytest.mark.parametrize("refund_id", ["abc", "-5", "0", "1.5"])
def test_bad_invoice_refund_id(sandbox: Sandbox, refund_id: str) -> None:
    refund = demo_receipt(receipt_type=ReceiptType.SALE_REFUND)
    code, state, desc = refusal(create_receipt(sandbox, refund, refund_id=refund_id))
    assert (code, state) == (2, 2)
    assert desc.startswith("invoiceRefundId:")


def test_refused_receipt_reads_back_as_refused(sandbox: Sandbox) -> None:
    answer = create_receipt(sandbox, edited({"Group": "Main_2"}))
    assert cashbox_errors(answer) == [NO_DEVICE]
    document_id = answer.json()["Result"]["DocumentId"]
    data = get_receipt(sandbox, document_id).json()
    assert data["OperationState"]["Code"] == 0
    assert data["Result"]["CashboxReceiptResponseData"]["ResponseState"] == "BadRequest"
    assert data["Result"]["CashboxReceiptResponseData"]["Errors"] == [NO_DEVICE]


# --- XML unless JSON is asked for ----------------------------------------------------------


def test_without_accept_json_the_answer_is_xml(sandbox: Sandbox) -> None:
    answer = create_receipt(sandbox, demo_receipt(), accept_json=False)
    assert answer.status_code == 200
    assert answer.headers["Content-Type"].startswith("application/xml")
    root = ElementTree.fromstring(answer.content)  # noqa: S314 - the sandbox's own answer
    assert root.findtext("OperationState/Code") == "0"
    document_id = root.findtext("Result/DocumentId")
    assert document_id == sandbox.documents()[0].document_id
    assert root.findtext("Result/CashboxReceiptResponseData/ResponseState") == "Ok"
    # The recorded request had no JSON Accept (requests sends */*).
    assert sandbox.requests("intellectmoney")[-1].headers["Accept"] == "*/*"


def test_xml_refusal(sandbox: Sandbox) -> None:
    answer = create_receipt(sandbox, demo_receipt(), accept_json=False, signature="0" * 64)
    root = ElementTree.fromstring(answer.content)  # noqa: S314 - the sandbox's own answer
    assert root.findtext("OperationState/Code") == "2"
    assert root.findtext("Result/State/Code") == "5"


# --- request-level refusals: OperationState 2 ----------------------------------------------


@pytest.mark.parametrize(
    "authorization",
    [None, "", "Bearer", "Bearer wrong-token", "Basic 5a4bd0c9e2f14e7d9c3b8a61f0e2d7c4", "token"],
)
def test_bad_or_missing_bearer_token(sandbox: Sandbox, authorization: str | None) -> None:
    answer = create_receipt(sandbox, demo_receipt(), extra_headers={"Authorization": authorization})
    assert answer.status_code == 200
    code, state, desc = refusal(answer)
    assert (code, state) == (2, 4)
    assert desc.startswith("Authorization:")
    assert sandbox.documents() == []


def test_bearer_scheme_is_case_insensitive(sandbox: Sandbox) -> None:
    token = sandbox.credentials.bearer_token
    answer = create_receipt(
        sandbox, demo_receipt(), extra_headers={"Authorization": f"bearer {token}"}
    )
    assert answer.json()["OperationState"]["Code"] == 0


@pytest.mark.parametrize("kind", ["missing", "wrong", "uppercase", "other_secret", "md5"])
def test_bad_sign(sandbox: Sandbox, kind: str) -> None:
    credentials = sandbox.credentials
    text = merchant_receipt_json(demo_receipt())
    fields = create_receipt_fields(credentials.user_token, text, credentials.invoice_id)
    good = sign(fields, credentials.sign_secret_key)
    signatures = {
        "missing": None,
        "wrong": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "uppercase": good.upper(),
        "other_secret": sign(fields, "another-secret"),
        "md5": "d41d8cd98f00b204e9800998ecf8427e",
    }
    extra: dict[str, str | None] = {"Sign": signatures[kind]}
    answer = create_receipt(sandbox, text, extra_headers=extra)
    code, state, desc = refusal(answer)
    assert (code, state) == (2, 5), desc
    assert desc.startswith("Sign:")
    assert "UserToken::MerchantReceipt::InvoiceId::SignSecretKey" in desc
    assert sandbox.documents() == []


def test_sign_over_a_different_receipt_text_is_refused(sandbox: Sandbox) -> None:
    """Signing the pretty-printed JSON but sending the compact one: the exact string matters."""
    credentials = sandbox.credentials
    pretty = json.dumps(seed_receipt(), ensure_ascii=False, indent=2)
    signature = sign(
        create_receipt_fields(credentials.user_token, pretty, credentials.invoice_id),
        credentials.sign_secret_key,
    )
    code, state, _ = refusal(create_receipt(sandbox, edited({}), signature=signature))
    assert (code, state) == (2, 5)
    # The pretty text itself, signed over itself, is accepted.
    assert create_receipt(sandbox, pretty).json()["OperationState"]["Code"] == 0


def test_bad_get_receipt_sign(sandbox: Sandbox) -> None:
    document_id = fiscalize(sandbox)
    code, state, desc = refusal(get_receipt(sandbox, document_id, signature="ab" * 32))
    assert (code, state) == (2, 5)
    assert "UserToken::InvoiceId::DocumentId::SignSecretKey" in desc


def test_bad_user_token(sandbox: Sandbox) -> None:
    # Signed correctly over the wrong token: only the token itself is wrong.
    code, state, desc = refusal(create_receipt(sandbox, demo_receipt(), user_token="nope"))
    assert (code, state) == (2, 6)
    assert desc.startswith("userToken:")


def test_user_token_with_plus_sent_unencoded_is_refused(sandbox: Sandbox) -> None:
    """A client that does not form-encode '+' sends a space: the token no longer matches."""
    credentials = sandbox.credentials
    text = merchant_receipt_json(demo_receipt())
    signature = sign(
        create_receipt_fields(credentials.user_token, text, credentials.invoice_id),
        credentials.sign_secret_key,
    )
    from urllib.parse import quote

    body = (
        f"UserToken={credentials.user_token}&InvoiceId={credentials.invoice_id}"
        f"&MerchantReceipt={quote(text)}"
    )
    answer = requests.post(
        sandbox.base_url + CREATE,
        data=body.encode(),
        headers={
            **headers(sandbox, signature),
            "Content-Type": "application/x-www-form-urlencoded",
        },
        timeout=5,
    )
    code, state, _ = refusal(answer)
    assert code == 2
    assert state in (5, 6)


@pytest.mark.parametrize("field", ["UserToken", "InvoiceId", "MerchantReceipt"])
def test_missing_field(sandbox: Sandbox, field: str) -> None:
    credentials = sandbox.credentials
    text = merchant_receipt_json(demo_receipt())
    fields = {
        "UserToken": credentials.user_token,
        "InvoiceId": credentials.invoice_id,
        "MerchantReceipt": text,
    }
    signature = sign(
        create_receipt_fields(credentials.user_token, text, credentials.invoice_id),
        credentials.sign_secret_key,
    )
    del fields[field]
    answer = requests.post(
        sandbox.base_url + CREATE, data=fields, headers=headers(sandbox, signature), timeout=5
    )
    code, state, desc = refusal(answer)
    assert (code, state) == (2, 2)
    assert desc == f"{field[0].lower()}{field[1:]}: обязательное поле не заполнено"


def test_missing_document_id(sandbox: Sandbox) -> None:
    code, state, desc = refusal(get_receipt(sandbox, ""))
    assert (code, state) == (2, 2)
    assert desc == "documentId: обязательное поле не заполнено"


@pytest.mark.parametrize("invoice_id", ["2000000001", "300000000", "30000000011", "3ooooooooo"])
def test_bad_invoice_id(sandbox: Sandbox, invoice_id: str) -> None:
    code, state, desc = refusal(create_receipt(sandbox, demo_receipt(), invoice_id=invoice_id))
    assert (code, state) == (2, 2)
    assert desc.startswith("invoiceId:")
    assert sandbox.documents() == []


def test_wrong_content_type_is_415(sandbox: Sandbox) -> None:
    answer = requests.post(
        sandbox.base_url + CREATE,
        data=b"<xml/>",
        headers={**headers(sandbox, "00"), "Content-Type": "text/plain"},
        timeout=5,
    )
    assert answer.status_code == 415
    assert refusal(answer)[:2] == (2, 2)


def test_json_body_not_an_object(sandbox: Sandbox) -> None:
    answer = requests.post(
        sandbox.base_url + CREATE, json=[1, 2], headers=headers(sandbox, "00"), timeout=5
    )
    assert refusal(answer)[:2] == (2, 2)


def test_wrong_method_and_path(sandbox: Sandbox) -> None:
    get = requests.get(sandbox.base_url + GET, headers={"Accept": "application/json"}, timeout=5)
    assert get.status_code == 405
    assert refusal(get)[0] == 2
    unknown = requests.post(
        sandbox.base_url + "/personal/cashBox/deleteReceipt",
        headers={"Accept": "application/json"},
        timeout=5,
    )
    assert unknown.status_code == 404


# --- the cashbox's refusals: OperationState 0, ResponseState BadRequest, Errors -------------


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"Inn": "7000000000"}, "Inn"),  # the documents' own example: bad check digit
        ({"Inn": "70000000"}, "Inn"),
        ({"Content.Type": 9}, "Content.Type"),
        ({"Content.Type": "1"}, "Content.Type"),
        ({"Content.Positions.0.Tax": 99}, "Content.Positions[0].Tax"),
        ({"Content.Positions.0.PaymentSubjectType": 29}, "Content.Positions[0].PaymentSubjectType"),
        ({"Content.Positions.0.PaymentMethodType": 8}, "Content.Positions[0].PaymentMethodType"),
        ({"Content.CheckClose.Payments.0.Type": 3}, "Content.CheckClose.Payments[0].Type"),
        ({"Content.CheckClose.TaxationSystem": 6}, "Content.CheckClose.TaxationSystem"),
        ({"Content.Positions.0.Text": "Ж" * 129}, "Content.Positions[0].Text"),
        ({"Content.Positions.0.Text": ""}, "Content.Positions[0].Text"),
        ({"Content.Positions.0.Price": "1.001"}, "Content.Positions[0].Price"),
        ({"Content.Positions.0.Quantity": "abc"}, "Content.Positions[0].Quantity"),
        ({"Content.CustomerContact": "+7123"}, "Content.CustomerContact"),
        ({"Content.CustomerContact": "not-an-email"}, "Content.CustomerContact"),
        ({"Content.CustomerContact": ""}, "Content.CustomerContact"),
        ({"Content.CheckClose.Payments.0.Amount": "0.50"}, "Content.CheckClose.Payments"),
        ({"Content.CheckClose.Payments.0.Amount": "5.00"}, "Content.CheckClose.Payments"),
        ({"Content.Positions": []}, "Content.Positions"),
        ({"Content.CheckClose.Payments": []}, "Content.CheckClose.Payments"),
        ({"Content.Positions.0.Quantity": ...}, "Content.Positions[0].Quantity"),
        ({"Content.CheckClose": ...}, "Content.CheckClose"),
        ({"Inn": ...}, "Inn"),
        ({"Content.Extra": 1}, "Content.Extra"),
    ],
)
def test_receipt_content_errors(sandbox: Sandbox, changes: dict[str, object], field: str) -> None:
    errors = cashbox_errors(create_receipt(sandbox, edited(changes)))
    assert len(errors) == 1
    assert errors[0].startswith(field), errors
    assert sandbox.documents() == []


def test_receipt_not_json(sandbox: Sandbox) -> None:
    errors = cashbox_errors(create_receipt(sandbox, "{not json"))
    assert errors[0].startswith("MerchantReceipt")


def test_text_of_128_characters_is_accepted(sandbox: Sandbox) -> None:
    answer = create_receipt(sandbox, edited({"Content.Positions.0.Text": "Ж" * 128}))
    assert answer.json()["Result"]["CashboxReceiptResponseData"]["ResponseState"] == "Ok"


def test_phone_contact_is_accepted(sandbox: Sandbox) -> None:
    answer = create_receipt(sandbox, edited({"Content.CustomerContact": "+79161234567"}))
    assert answer.json()["Result"]["CashboxReceiptResponseData"]["ResponseState"] == "Ok"


def test_another_shops_inn_is_refused(sandbox: Sandbox) -> None:
    errors = cashbox_errors(create_receipt(sandbox, edited({"Inn": "7743736523"})))
    assert errors[0].startswith("Inn:")
    assert "7000000003" in errors[0]


def test_wrong_group_has_no_fiscal_device(sandbox: Sandbox) -> None:
    """The document's second answer example: a group without a fiscalized device."""
    answer = create_receipt(sandbox, edited({"Group": "Main_2"}))
    assert cashbox_errors(answer) == [NO_DEVICE]
    data = answer.json()["Result"]["CashboxReceiptResponseData"]
    assert data["Response"] == (
        '{\n  "errors": [\n    "В группе нет ни одного фискализированного устройства"\n  ]\n}'
    )
    assert sandbox.documents() == []
