"""`pos-app refund`: return lines of a fiscalized receipt, found by its journal id or by the
fiscal QR code on the customer's paper copy, as a refund receipt linked to it."""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import Any

from pos_app.cli.approval import add_admin_option, approve
from pos_app.cli.arguments import seconds, whole_number
from pos_app.cli.fiscalize import MAX_WAIT, print_outcome
from pos_app.cli.sending import exit_code_for, send_what_waits, sending
from pos_app.core.errors import ValidationError
from pos_app.core.fiscal_qr import FiscalQr
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.money import parse_quantity
from pos_app.core.receipt import CustomerContact
from pos_app.core.refunds import find_by_qr, submit_refund
from pos_app.core.shifts import Action
from pos_app.core.workflow import DEFAULT_PATIENCE


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "refund",
        help="refund lines of a fiscalized receipt",
        description="Makes a refund receipt against a fiscalized sale (or expense) of this"
        " shop, found by its journal id or by the fiscal QR code on the customer's receipt."
        " Each line is returned at the price, VAT rate and subject it was sold with; never"
        " more than was sold less what earlier refunds returned. The money goes back in the"
        " original's payment forms. The receipt is sent like `pos-app fiscalize` sends one."
        " With roles on, an administrator approves it: --admin NAME, the PIN on standard"
        " input.",
        epilog="Exit codes as for fiscalize: 0 fiscalized, 2 bad input (also: more asked than"
        " is left, the quantity left is printed; no administrator or a wrong PIN with roles"
        " on), 3 rejected, 4 waiting in the outbox,"
        " 5 needs attention, 1 failed.",
    )
    found = parser.add_mutually_exclusive_group(required=True)
    found.add_argument(
        "--original", type=whole_number(), metavar="ID", help="the sale's number in the journal"
    )
    found.add_argument("--qr", metavar="STRING", help="the fiscal QR code's text (t=…&s=…&fn=…)")
    parser.add_argument(
        "--line",
        action="append",
        default=[],
        metavar="N=QTY",
        help="return QTY of line N (from 1, as on the receipt); repeat for more lines;"
        " without it everything still refundable is returned",
    )
    parser.add_argument(
        "--refund-id",
        required=True,
        type=whole_number(),
        metavar="N",
        help="InvoiceRefundId: the refund's number",
    )
    parser.add_argument("--phone", help="send the customer the copy at this phone")
    add_admin_option(parser)
    parser.add_argument(
        "--wait",
        default=DEFAULT_PATIENCE,
        type=seconds(MAX_WAIT),
        metavar="SECONDS",
        help=f"how long to wait for the fiscal data (default {int(DEFAULT_PATIENCE)})",
    )
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.set_defaults(run=run)


def parse_lines(items: list[str]) -> dict[int, Decimal] | None:
    """``["1=2", "3=0.5"]`` → ``{1: 2, 3: 0.5}``; none given → None (everything)."""
    if not items:
        return None
    lines: dict[int, Decimal] = {}
    for item in items:
        number_text, sep, quantity_text = item.partition("=")
        if not sep:
            raise ValidationError(
                "--line",
                _N("validation", "“{value}” must be N=QTY: the line's number, =, the quantity."),
                value=item,
            )
        try:
            number = whole_number()(number_text)
        except argparse.ArgumentTypeError as error:
            raise ValidationError(f"--line {item}", str(error)) from None
        if number in lines:
            raise ValidationError(
                "--line", _N("validation", "Line {number} is given twice."), number=number
            )
        lines[number] = parse_quantity(quantity_text.strip(), f"--line {number}")
    return lines


def run(args: argparse.Namespace) -> int:
    lines = parse_lines(args.line)
    qr = None if args.qr is None else FiscalQr.parse(args.qr)
    with sending() as session:
        journal = session.journal
        original = find_by_qr(journal, qr) if qr is not None else journal.get(args.original)
        # With roles on, an administrator approves it first, as in the window.
        approve(journal, args.admin, Action.REFUND, original.id)
        contact = None
        if args.phone is not None:
            contact = CustomerContact(email=original.email, phone=args.phone)
        # Checked and written in one journal transaction: another till may be refunding the
        # same line now.
        receipt_id = submit_refund(
            session.workflow, original.id, lines, refund_id=args.refund_id, contact=contact
        )
        session.wake()
        # Older receipts still waiting go first, as the window's outbox sends them.
        send_what_waits(session, wait=args.wait, receipt_id=receipt_id)
        record = session.journal.get(receipt_id)
    print_outcome(record, as_json=args.json)
    return exit_code_for(record)
