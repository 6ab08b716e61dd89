"""getReceipt's fiscal data: the receipt as fiscalized, with enum names, and the raw answer.

The getReceipt example names four codes: Type 1 "In", Tax 6 "None", payment 2 "Electronic",
taxation 0 "Common". ASSUMED: the other names follow OrangeData's own client library
(DocTypeEnum, TaxationSystemEnum, PaymentMethodTypeEnum), and where it has none (VAT rates,
payment types, payment subjects and units past its list), the code tables' names in CamelCase.
"""

from __future__ import annotations

from decimal import Decimal
from enum import IntEnum
from typing import Any

from pos_app.core import decimal_json
from pos_app.core.codes import (
    MeasurementUnit,
    PaymentMethod,
    PaymentSubject,
    PaymentType,
    ReceiptType,
    TaxationSystem,
)
from pos_app.core.receipt import Receipt
from pos_app.sandbox.fiscal import FiscalDocument

FFD_VERSION = 4  # FFD 1.2, as in the getReceipt example
OFD = {
    "OFDName": "Такском",
    "OFDInn": "7704211201",
    "OFDWebsite": "www.taxcom.ru",
    "FNSWebsite": "www.nalog.gov.ru",
}

RECEIPT_TYPE_NAMES = {
    ReceiptType.SALE: "In",
    ReceiptType.SALE_REFUND: "InReturn",
    ReceiptType.EXPENSE: "Out",
    ReceiptType.EXPENSE_REFUND: "OutReturn",
}
TAX_NAMES = {
    1: "Vat20",
    2: "Vat10",
    3: "Vat120",
    4: "Vat110",
    5: "Vat0",
    6: "None",
    7: "Vat5",
    8: "Vat7",
    9: "Vat105",
    10: "Vat107",
    11: "Vat22",
    12: "Vat122",
}
PAYMENT_TYPE_NAMES = {
    PaymentType.CASH: "Cash",
    PaymentType.ELECTRONIC: "Electronic",
    PaymentType.PREPAYMENT: "Prepayment",
    PaymentType.POSTPAYMENT: "Postpayment",
    PaymentType.COUNTER_PROVISION: "CounterProvision",
}
TAXATION_NAMES = {
    TaxationSystem.GENERAL: "Common",
    TaxationSystem.SIMPLIFIED_INCOME: "Simplified",
    TaxationSystem.SIMPLIFIED_INCOME_MINUS_EXPENSE: "SimplifiedMinusOutlay",
    TaxationSystem.IMPUTED: "UnifiedImputedIncome",
    TaxationSystem.AGRICULTURAL: "UnifiedAgricultural",
    TaxationSystem.PATENT: "Patent",
}
PAYMENT_METHOD_NAMES = {
    PaymentMethod.FULL_PREPAYMENT: "Prepay",
    PaymentMethod.PARTIAL_PREPAYMENT: "PartialPrepay",
    PaymentMethod.ADVANCE: "Advance",
    PaymentMethod.FULL_PAYMENT: "Full",
    PaymentMethod.PARTIAL_PAYMENT_AND_CREDIT: "PartialAndCredit",
    PaymentMethod.CREDIT: "CreditTransfer",
    PaymentMethod.CREDIT_PAYMENT: "CreditPayment",
}


def camel_name(code: IntEnum) -> str:
    """``PaymentSubject.EXCISE_GOODS`` → ``"ExciseGoods"``."""
    return "".join(word.capitalize() for word in code.name.split("_"))


PAYMENT_SUBJECT_NAMES = {subject: camel_name(subject) for subject in PaymentSubject}
UNIT_NAMES = {unit: camel_name(unit) for unit in MeasurementUnit}


def fiscal_data(document: FiscalDocument, company_name: str) -> dict[str, Any]:
    """getReceipt's CashboxReceiptResponseData for a fiscalized receipt."""
    receipt = document.receipt
    return {
        "ReceiptId": document.receipt_id,
        "Response": _raw_response(document, company_name),
        "Id": document.document_id,
        "DeviceSN": document.device_sn,
        "DeviceRN": document.device_rn,
        "FSNumber": document.fn,
        **OFD,
        "CompanyINN": receipt.inn,
        "CompanyName": company_name,
        "DocumentNumber": str(document.fd_number),
        "ShiftNumber": document.shift_number,
        "DocumentIndex": document.document_index,
        "ProcessedAt": document.processed_at.isoformat(),
        "Content": _named_content(receipt),
        "Change": _number(receipt.change),
        "FP": document.fp,
        "ResponseState": "Ok",
        "Errors": [],
    }


def _named_content(receipt: Receipt) -> dict[str, Any]:
    positions = []
    for position in receipt.positions:
        item: dict[str, Any] = {
            "Quantity": _number(position.quantity),
            "Price": _number(position.price),
            "Tax": TAX_NAMES[position.vat.code],
            "Text": position.text,
            "PaymentSubjectType": PAYMENT_SUBJECT_NAMES[position.payment_subject],
            "PaymentMethodType": PAYMENT_METHOD_NAMES[position.payment_method],
        }
        if position.unit is not None:
            item["QuantityMeasurementUnit"] = UNIT_NAMES[position.unit]
        positions.append(item)
    return {
        "FFDVersion": FFD_VERSION,
        "Type": RECEIPT_TYPE_NAMES[receipt.type],
        "Positions": positions,
        "CheckClose": {
            "Payments": [
                {"Type": PAYMENT_TYPE_NAMES[payment.type], "Amount": _number(payment.amount)}
                for payment in receipt.payments
            ],
            "TaxationSystem": TAXATION_NAMES[receipt.taxation],
        },
        "CustomerContact": receipt.contact.for_cashbox(),
    }


def _raw_response(document: FiscalDocument, company_name: str) -> str:
    """OrangeData's own answer, as IntellectMoney passes it on in ``Response``."""
    receipt = document.receipt
    positions = []
    for position in receipt.positions:
        item: dict[str, Any] = {
            "quantity": position.quantity,
            "price": position.price,
            "tax": position.vat.code,
            "text": position.text,
            "paymentMethodType": int(position.payment_method),
            "paymentSubjectType": int(position.payment_subject),
        }
        if position.unit is not None:
            item["quantityMeasurementUnit"] = int(position.unit)
        positions.append(item)
    # processed_at is whole seconds: its isoformat is the local time, then the offset.
    local_time, offset = (
        document.processed_at.isoformat()[:19],
        document.processed_at.isoformat()[19:],
    )
    return decimal_json.dumps(
        {
            "id": document.document_id,
            "deviceSN": document.device_sn,
            "deviceRN": document.device_rn,
            "fsNumber": document.fn,
            "ofdName": OFD["OFDName"],
            "ofdWebsite": OFD["OFDWebsite"],
            "ofdinn": OFD["OFDInn"],
            "fnsWebsite": OFD["FNSWebsite"],
            "companyINN": receipt.inn,
            "companyName": company_name,
            "documentNumber": document.fd_number,
            "shiftNumber": document.shift_number,
            "documentIndex": document.document_index,
            "processedAt": local_time,
            "processedAtTz": f"{local_time}.0000000{offset}",
            "content": {
                "type": int(receipt.type),
                "positions": positions,
                "checkClose": {
                    "payments": [
                        {"type": int(payment.type), "amount": payment.amount}
                        for payment in receipt.payments
                    ],
                    "taxationSystem": int(receipt.taxation),
                },
                "customerContact": receipt.contact.for_cashbox(),
                "ffdVersion": FFD_VERSION,
            },
            "change": _number(receipt.change),
            "fp": document.fp,
        }
    )


def _number(value: Decimal) -> Decimal:
    """A number as the .NET side writes it: no trailing zeros, but at least ``1.0``."""
    normal = value.normalize()
    if normal == normal.to_integral_value():
        return normal.quantize(Decimal("0.1"))
    return normal
