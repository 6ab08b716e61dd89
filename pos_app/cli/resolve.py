"""`pos-app resolve`: a person's decision on a receipt whose outcome was unknown."""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from pathlib import Path
from typing import Any

from pos_app.cli.approval import add_admin_option, approve
from pos_app.cli.arguments import whole_number
from pos_app.cli.exit_codes import CommandError, ExitCode
from pos_app.cli.fiscalize import print_outcome
from pos_app.cli.sending import exit_code_for, send_what_waits, sending
from pos_app.core.errors import ValidationError
from pos_app.core.journal import Journal
from pos_app.core.merchant_receipt import to_merchant_receipt
from pos_app.core.shifts import Action
from pos_app.core.workflow import DEFAULT_PATIENCE, EnteredReceipt, UnsentReceipts
from pos_app.core.workflow.unsent import WITHDRAWN_FIRST


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "resolve",
        help="decide on a receipt that needs attention or is held",
        description="A receipt needs attention when the cashbox may or may not have it. Look"
        " for it in the IntellectMoney account first. If it is there, give its document id;"
        " if it is not, send it again with --retry. pos-app never does either on its own."
        " A held receipt was refused for a reason pos-app does not know (no document was"
        " made): fix the cause, then send it again with --retry. A rejected (or waiting)"
        " receipt is fixed with --as-new-draft. A customer's copy may have been sent when"
        " Checker.uz's answer was lost: ask the customer, then --resend-copy or --copy-arrived.",
        epilog="Exit codes as for fiscalize: 0 fiscalized, 3 rejected, 4 waiting,"
        " 5 needs attention again, 2 bad input, 1 failed.",
    )
    parser.add_argument(
        "receipt_id",
        metavar="ID",
        type=whole_number(),
        help="the receipt's number in the journal",
    )
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
        " cancelled first, so only the new one is sent; with roles on, that needs --admin)",
    )
    parser.add_argument(
        "--out", type=Path, metavar="FILE", help="with --as-new-draft: write the file here"
    )
    decision.add_argument(
        "--resend-copy",
        action="store_true",
        help="the customer did not get the Checker.uz copy (or it failed): send it again",
    )
    decision.add_argument(
        "--copy-arrived",
        action="store_true",
        help="the customer has the Checker.uz copy that may have been sent: nothing more to do",
    )
    parser.add_argument("--note", help="why (kept in the receipt's history)")
    add_admin_option(parser)
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    receipt_id = args.receipt_id
    if args.as_new_draft:
        return new_draft(receipt_id, args.out, args.note, args.admin)
    with sending() as session:
        # The same evented paths as the window's buttons.
        try:
            if args.retry:
                session.decisions.send_again(receipt_id, args.note)
            elif args.resend_copy:
                session.workflow.resend_copy(receipt_id, args.note)
            elif args.copy_arrived:
                session.workflow.copy_arrived(receipt_id, args.note)
            else:
                session.decisions.found_in_account(receipt_id, args.document_id, args.note)
        except ValidationError as error:
            raise error.at("--document-id") from None
        send_what_waits(session, wait=DEFAULT_PATIENCE, receipt_id=receipt_id)
        record = session.journal.get(receipt_id)
    print_outcome(record, as_json=args.json)
    return exit_code_for(record)


def new_draft(receipt_id: int, out: Path | None, note: str | None, admin: str | None = None) -> int:
    """Write the receipt as entered to ``out`` (or print it), and how to send it. One still
    waiting is cancelled first: with roles on, only with an administrator's approval."""
    with Journal.open() as journal:
        if journal.get(receipt_id).state in WITHDRAWN_FIRST:
            approve(journal, admin, Action.CANCEL, receipt_id)
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
