"""`pos-app resolve`: a person's decision on a receipt whose outcome was unknown."""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from pathlib import Path
from typing import Any

from pos_app.cli.exit_codes import CommandError, ExitCode
from pos_app.cli.fiscalize import print_outcome
from pos_app.cli.journal import parse_whole_number
from pos_app.cli.sending import ANOTHER_SENDER, exit_code_for, sending
from pos_app.core.errors import ValidationError
from pos_app.core.journal import Journal
from pos_app.core.merchant_receipt import to_merchant_receipt
from pos_app.core.workflow import DEFAULT_PATIENCE, EnteredReceipt, UnsentReceipts


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "resolve",
        help="decide on a receipt that needs attention or is held",
        description="A receipt needs attention when the cashbox may or may not have it. Look"
        " for it in the IntellectMoney account first. If it is there, give its document id;"
        " if it is not, send it again with --retry. pos-app never does either on its own."
        " A held receipt was refused for a reason pos-app does not know (no document was"
        " made): fix the cause, then send it again with --retry. A rejected (or waiting)"
        " receipt is fixed with --as-new-draft.",
        epilog="Exit codes as for fiscalize: 0 fiscalized, 3 rejected, 4 waiting,"
        " 5 needs attention again, 2 bad input, 1 failed.",
    )
    parser.add_argument("receipt_id", metavar="ID", help="the receipt's number in the journal")
    decision = parser.add_mutually_exclusive_group(required=True)
    decision.add_argument(
        "--retry",
        action="store_true",
        help="the cashbox does not have it (or a held one's cause is fixed): send it again",
    )
    decision.add_argument(
        "--document-id", metavar="DOC", help="the cashbox has it under this document id"
    )
    decision.add_argument(
        "--as-new-draft",
        action="store_true",
        help="a rejected, cancelled or still waiting receipt: write what was entered as a"
        " receipt file to fix and give to pos-app fiscalize --receipt (a waiting one is"
        " cancelled first, so only the new one is sent)",
    )
    parser.add_argument(
        "--out", type=Path, metavar="FILE", help="with --as-new-draft: write the file here"
    )
    parser.add_argument("--note", help="why (kept in the receipt's history)")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    receipt_id = parse_whole_number(args.receipt_id, "ID")
    if args.as_new_draft:
        return new_draft(receipt_id, args.out, args.note)
    with sending() as session:
        # The same evented path as the window's buttons.
        try:
            if args.retry:
                session.decisions.send_again(receipt_id, args.note)
            else:
                session.decisions.found_in_account(receipt_id, args.document_id, args.note)
        except ValidationError as error:
            raise error.at("--document-id") from None
        if not session.is_sender:
            print(ANOTHER_SENDER, file=sys.stderr)
        record = session.process_in_order(receipt_id, patience=DEFAULT_PATIENCE)
    print_outcome(record, as_json=args.json)
    return exit_code_for(record)


def new_draft(receipt_id: int, out: Path | None, note: str | None) -> int:
    """Write the receipt as entered to ``out`` (or print it), and how to send it."""
    with Journal.open() as journal:
        entered = UnsentReceipts(journal).as_new_draft(receipt_id, note)
    content = json.dumps(to_merchant_receipt(entered.receipt), ensure_ascii=False, indent=2)
    if out is None:
        sys.stdout.write(content + "\n")
    else:
        try:
            out.write_text(content + "\n", encoding="utf-8")
        except OSError as error:
            raise CommandError(f"Cannot write {out}: {error.strerror}") from None
    print(
        f"Receipt {receipt_id} as entered; fix it and send it with:\n  "
        + shlex.join(fiscalize_command(entered, out)),
        file=sys.stderr,
    )
    return ExitCode.OK


def fiscalize_command(entered: EnteredReceipt, out: Path | None) -> list[str]:
    """The pos-app fiscalize command that sends the draft with everything kept beside it."""
    command = ["pos-app", "fiscalize", "--invoice", entered.invoice_id]
    command += ["--receipt", str(out) if out is not None else "FILE.json"]
    contact = entered.receipt.contact
    # The file's CustomerContact holds one of them; the options carry both.
    for option, value in (("--email", contact.email), ("--phone", contact.phone)):
        if value:
            command += [option, value]
    if entered.refund_id is not None:
        command += ["--refund-id", str(entered.refund_id)]
    copy = entered.copy
    if copy.customer_code:
        command += ["--customer-code", copy.customer_code]
    if copy.discount_card is not None:
        card = copy.discount_card
        for option, value in (
            ("--card-code", card.code),
            ("--card-name", card.name),
            ("--card-scan", card.scan),
            ("--card-info", card.info),
        ):
            if value:
                command += [option, value]
    if copy.note:
        command += ["--note", copy.note]
    return command
