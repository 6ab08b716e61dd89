"""`pos-app resolve`: a person's decision on a receipt whose outcome was unknown."""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from pathlib import Path
from typing import Any

from pos_app.cli.exit_codes import ExitCode
from pos_app.cli.fiscalize import print_outcome
from pos_app.cli.journal import parse_whole_number
from pos_app.cli.sending import ANOTHER_SENDER, SetupError, exit_code_for, fail, sending
from pos_app.core.errors import ValidationError
from pos_app.core.journal import (
    IllegalTransitionError,
    Journal,
    JournalError,
    ReceiptNotFoundError,
)
from pos_app.core.merchant_receipt import to_merchant_receipt
from pos_app.core.workflow import EnteredReceipt, UnsentReceipts


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
    if args.as_new_draft:
        return new_draft(args.receipt_id, args.out, args.note)
    return decide(args)


def decide(args: argparse.Namespace) -> int:
    """--retry or --document-id: the receipt goes on, and is taken as far as it can go."""
    try:
        receipt_id = parse_whole_number(args.receipt_id, "ID")
    except ValidationError as error:
        return fail(f"Bad input: {error}", ExitCode.BAD_INPUT)
    try:
        with sending() as context:
            try:
                if args.retry:
                    context.workflow.send_again(receipt_id, args.note)
                else:
                    context.journal.resolve_with_document(receipt_id, args.document_id, args.note)
            except ReceiptNotFoundError as error:
                return fail(f"Bad input: ID: {error}", ExitCode.BAD_INPUT)
            except ValidationError as error:
                return fail(f"Bad input: --document-id: {error.message}", ExitCode.BAD_INPUT)
            except IllegalTransitionError as error:
                return fail(error, ExitCode.BAD_INPUT)
            if context.is_sender:
                record = context.workflow.process(receipt_id)
            else:
                print(ANOTHER_SENDER, file=sys.stderr)
                record = context.journal.get(receipt_id)
    except (SetupError, JournalError) as error:
        return fail(error)
    print_outcome(record, as_json=args.json)
    return exit_code_for(record)


def new_draft(text: str, out: Path | None, note: str | None) -> int:
    """Write the receipt as entered to ``out`` (or print it), and how to send it."""
    try:
        receipt_id = parse_whole_number(text, "ID")
        with Journal.open() as journal:
            try:
                draft = UnsentReceipts(journal).as_new_draft(receipt_id, note)
            except ReceiptNotFoundError as error:
                return fail(f"Bad input: ID: {error}", ExitCode.BAD_INPUT)
            except IllegalTransitionError as error:
                return fail(error, ExitCode.BAD_INPUT)
    except ValidationError as error:
        return fail(f"Bad input: {error}", ExitCode.BAD_INPUT)
    except JournalError as error:
        return fail(error)
    content = json.dumps(to_merchant_receipt(draft.receipt), ensure_ascii=False, indent=2) + "\n"
    if out is None:
        sys.stdout.write(content)
    else:
        try:
            out.write_text(content, encoding="utf-8")
        except OSError as error:
            return fail(f"Cannot write {out}: {error.strerror}")
    print(
        f"Receipt {receipt_id} as entered; fix it and send it with:\n  "
        + shlex.join(fiscalize_command(draft, out)),
        file=sys.stderr,
    )
    return ExitCode.OK


def fiscalize_command(draft: EnteredReceipt, out: Path | None) -> list[str]:
    """The pos-app fiscalize command that sends the draft with everything kept beside it."""
    command = ["pos-app", "fiscalize", "--invoice", draft.invoice_id]
    command += ["--receipt", str(out) if out is not None else "FILE.json"]
    contact = draft.receipt.contact
    # The file's CustomerContact holds one of them; the options carry both.
    for option, value in (("--email", contact.email), ("--phone", contact.phone)):
        if value:
            command += [option, value]
    if draft.refund_id is not None:
        command += ["--refund-id", str(draft.refund_id)]
    copy = draft.copy
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
