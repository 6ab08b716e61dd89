"""`pos-app fiscalize`: fiscalize one receipt given as the createReceipt document's
MerchantReceipt JSON, wait for its fiscal data, print them."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

from pos_app.cli.arguments import seconds, whole_number
from pos_app.cli.journal import record_json
from pos_app.cli.sending import exit_code_for, send_what_waits, sending
from pos_app.core.checker_cheque import CopyDetails, DiscountCard
from pos_app.core.errors import ValidationError
from pos_app.core.fiscal_qr import save_qr_png
from pos_app.core.journal import DeliveryState, ReceiptRecord
from pos_app.core.receipt import CustomerContact, Receipt
from pos_app.core.receipt_file import read_receipt_file
from pos_app.core.workflow import DEFAULT_PATIENCE

# How long a command may be told to wait for fiscal data (or for another sender), in seconds.
MAX_WAIT = 3600


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "fiscalize",
        help="fiscalize a receipt from a MerchantReceipt JSON file",
        description="Writes the receipt to the journal, sends it to the IntellectMoney cloud"
        " cashbox, waits for its fiscal data and prints them with the fiscal QR string; with a"
        " phone, sends the customer a copy through Checker.uz. Credentials come from the OS"
        " keyring (pos-app credentials set NAME); endpoints from POS_APP_*_URL. Before the first"
        " receipt: the shop's own online-cashbox setting in the IntellectMoney account must be"
        ' OFF ("Выключена"), or IntellectMoney makes its own receipt for the invoice and the'
        " customer gets two.",
        epilog="Exit codes: 0 fiscalized, 2 bad input, 3 rejected, 4 waiting in the outbox"
        " (pos-app outbox --retry sends it), 5 needs attention (pos-app resolve), 1 failed.",
    )
    parser.add_argument("--invoice", required=True, metavar="N", help="the СКО invoice number")
    parser.add_argument(
        "--receipt",
        required=True,
        type=Path,
        metavar="FILE.json",
        help="MerchantReceipt JSON (- reads it from standard input)",
    )
    parser.add_argument(
        "--phone",
        help="the customer's phone: a Checker.uz copy is sent (+998 90 999 88 77, 998909998877,"
        " or without the country code for a number of the shop's country, Russia)",
    )
    parser.add_argument("--email", help="the customer's e-mail (the cashbox's e-receipt)")
    copy = parser.add_argument_group("the customer's Checker.uz copy")
    copy.add_argument(
        "--customer-code",
        metavar="CODE",
        help="the customer's Checker.uz code (with or instead of --phone)",
    )
    copy.add_argument("--card-code", default="", metavar="TEXT", help="discount card: its code")
    copy.add_argument("--card-name", default="", metavar="TEXT", help="discount card: its kind")
    copy.add_argument("--card-scan", default="", metavar="TEXT", help="discount card: its barcode")
    copy.add_argument(
        "--card-info", default="", metavar="TEXT", help="discount card: more about it"
    )
    copy.add_argument("--note", default="", metavar="TEXT", help="a note printed on the copy")
    parser.add_argument(
        "--refund-id",
        metavar="N",
        type=whole_number(),
        help="InvoiceRefundId, for a refund",
    )
    parser.add_argument("--qr-png", type=Path, metavar="FILE", help="write the fiscal QR here")
    parser.add_argument(
        "--wait",
        type=seconds(MAX_WAIT),
        default=DEFAULT_PATIENCE,
        metavar="SECONDS",
        help="how long to wait for the fiscal data, and for another pos-app that is sending"
        f" (default {int(DEFAULT_PATIENCE)})",
    )
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    receipt = read_receipt(args.receipt, phone=args.phone, email=args.email)
    copy = copy_details(args)
    with sending() as session:
        try:
            receipt_id = session.submit(receipt, args.invoice, refund_id=args.refund_id, copy=copy)
        except ValidationError as error:
            raise error.at("--invoice") from None
        # Older receipts still waiting go first, as the window's outbox sends them.
        send_what_waits(session, wait=args.wait, receipt_id=receipt_id)
        record = session.journal.get(receipt_id)
    if args.qr_png is not None and record.qr is not None:
        try:
            save_qr_png(record.qr, args.qr_png)
        except OSError as error:
            print(f"Cannot write {args.qr_png}: {error.strerror}", file=sys.stderr)
    print_outcome(record, as_json=args.json)
    return exit_code_for(record)


def read_receipt(path: Path, *, phone: str | None, email: str | None) -> Receipt:
    """The receipt in the file, with the contact given on the command line."""
    given = phone is not None or email is not None
    # With --email or --phone the file may leave CustomerContact out.
    receipt = read_receipt_file(path, contact_optional=given)
    if not given:
        return receipt
    try:
        contact = CustomerContact.entered(
            email=email if email is not None else receipt.contact.email,
            phone=phone if phone is not None else receipt.contact.phone,
        )
    except ValidationError as error:
        option = "--phone" if error.field == "phone" else "--email"
        raise ValidationError(option, error.template, **error.params) from None
    return dataclasses.replace(receipt, contact=contact)


def copy_details(args: argparse.Namespace) -> CopyDetails:
    """What the Checker.uz copy carries besides the receipt, from the command line."""
    try:
        return CopyDetails(
            customer_code=args.customer_code,
            discount_card=DiscountCard(
                code=args.card_code, name=args.card_name, scan=args.card_scan, info=args.card_info
            ),
            note=args.note,
        )
    except ValidationError as error:
        option = "--" + error.field.replace("discount_card.", "card-").replace("_", "-")
        raise ValidationError(option, error.template, **error.params) from None


def print_outcome(record: ReceiptRecord, *, as_json: bool) -> None:
    if as_json:
        print(json.dumps(record_json(record), ensure_ascii=False, indent=2))
        return
    print(f"Receipt {record.id}: {record.state.label}")
    if record.fiscal is not None:
        fiscal = record.fiscal
        print(f"  FN {fiscal.fn}, FD {fiscal.fd}, FP {fiscal.fp}, shift {fiscal.shift}")
        print(f"  fiscalized at {fiscal.processed_at.isoformat()}")
    if record.qr is not None:
        print(f"  QR: {record.qr}")
    recipient = record.phone or record.copy.customer_code
    if recipient:
        print(f"  copy to {recipient}: {record.delivery.state.label}")
        if record.delivery.state is DeliveryState.UNKNOWN:
            print(
                f"  Ask the customer; then pos-app resolve {record.id} --resend-copy, or"
                " --copy-arrived. It is not sent again on its own."
            )
    if record.last_error:
        print(f"  {record.last_error}")
