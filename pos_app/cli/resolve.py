"""`pos-app resolve`: a person's decision on a receipt whose outcome was unknown."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from pos_app.cli.fiscalize import print_outcome
from pos_app.cli.journal import parse_whole_number
from pos_app.cli.sending import ANOTHER_SENDER, exit_code_for, sending
from pos_app.core.errors import ValidationError
from pos_app.core.workflow import DEFAULT_PATIENCE


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "resolve",
        help="decide on a receipt that needs attention or is held",
        description="A receipt needs attention when the cashbox may or may not have it. Look"
        " for it in the IntellectMoney account first. If it is there, give its document id;"
        " if it is not, send it again with --retry. pos-app never does either on its own."
        " A held receipt was refused for a reason pos-app does not know (no document was"
        " made): fix the cause, then send it again with --retry.",
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
    parser.add_argument("--note", help="why (kept in the receipt's history)")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    receipt_id = parse_whole_number(args.receipt_id, "ID")
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
