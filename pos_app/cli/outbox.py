"""`pos-app outbox`: what waits to be sent; with --retry, send it now and exit."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from pos_app.cli.approval import add_admin_option, approve
from pos_app.cli.arguments import seconds, whole_number
from pos_app.cli.exit_codes import ExitCode
from pos_app.cli.fiscalize import MAX_WAIT
from pos_app.cli.sending import send_what_waits, sending
from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.journal import Journal, OutboxState
from pos_app.core.services import ServiceName, endpoint
from pos_app.core.settings import load_settings
from pos_app.core.settings_file import SettingsError
from pos_app.core.shifts import Action
from pos_app.core.target import CashboxTarget, TargetMode
from pos_app.core.workflow import UnsentReceipts


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "outbox",
        help="show what waits to be sent; --retry sends it now",
        description="Receipts wait in the outbox when a service cannot be reached: to be sent,"
        " to have their fiscal data fetched, or to have the customer's copy delivered.",
        epilog="Exit codes: 0 nothing waits, 4 some still wait, 5 some need attention or are"
        " held (pos-app resolve), 2 bad input (with --cancel and roles on: no --admin, or a"
        " wrong PIN), 1 failed.",
    )
    parser.add_argument("--retry", action="store_true", help="send what waits, then exit")
    parser.add_argument(
        "--cancel",
        metavar="ID",
        type=whole_number(),
        help="withdraw a receipt still waiting to be sent (only while no request of it can"
        " have reached the cashbox); needs --reason",
    )
    parser.add_argument("--reason", metavar="TEXT", help="with --cancel: why (kept in its history)")
    add_admin_option(parser)
    parser.add_argument(
        "--wait",
        type=seconds(MAX_WAIT),
        default=10.0,
        metavar="SECONDS",
        help="with --retry: how long to send and wait for fiscal data, and for another pos-app"
        " that is sending (default 10)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.cancel is not None:
        return cancel(args.cancel, args.reason, args.admin)
    if args.retry:
        with sending() as session:
            report = send_what_waits(session, wait=args.wait)
            if report is None:
                return ExitCode.WAITING
            state = report.state
            if not args.json:
                print(
                    f"Sent {report.sent}, fiscalized {report.fiscalized},"
                    f" copies delivered {report.delivered}."
                )
    else:
        with Journal.open() as journal:
            state = journal.outbox_state(configured_target())
    print_state(state, as_json=args.json)
    if state.needs_attention or state.held or state.copies_unknown:
        return ExitCode.NEEDS_ATTENTION
    return ExitCode.WAITING if state.waiting else ExitCode.OK


def configured_target() -> CashboxTarget | None:
    """The cashbox the sending commands would send to now (None when its address is bad or
    the settings cannot be read: the sending commands say why)."""
    try:
        url = endpoint(ServiceName.INTELLECTMONEY, load_settings().intellectmoney_url or None)
    except (ValidationError, SettingsError):
        return None
    return CashboxTarget(TargetMode.PRODUCTION, url)


def cancel(receipt_id: int, reason: str | None, admin: str | None = None) -> int:
    if reason is None:
        raise ValidationError(
            "--reason", _N("validation", "Say why the receipt is cancelled; the reason is kept.")
        )
    with Journal.open() as journal:
        journal.get(receipt_id)  # a receipt that is not there is said before any PIN is asked
        # With roles on, an administrator approves it first, as in the window.
        approve(journal, admin, Action.CANCEL, receipt_id)
        record = UnsentReceipts(journal).cancel(receipt_id, reason)
    print(f"Receipt {record.id}: {record.state.label} ({reason.strip()}).")
    print(f"To send it corrected: pos-app resolve {record.id} --as-new-draft --out FILE.json")
    return ExitCode.OK


def print_state(state: OutboxState, *, as_json: bool) -> None:
    if as_json:
        data = {
            "waiting": state.waiting,
            "oldest": None if state.oldest is None else state.oldest.isoformat(),
            "last_error": None if state.last_error is None else str(state.last_error),
            "needs_attention": state.needs_attention,
            "for_another_cashbox": state.elsewhere,
            "held": state.held,
            "fiscal_data_late": state.fiscal_data_late,
            "copies_unknown": state.copies_unknown,
        }
        print(json.dumps(data, ensure_ascii=False))
        return
    if not state.waiting:
        print("Nothing waits to be sent.")
    else:
        oldest = (
            ""
            if state.oldest is None
            else f", the oldest from {state.oldest.astimezone():%Y-%m-%d %H:%M}"
        )
        print(f"{state.waiting} waiting{oldest}.")
        if state.elsewhere:
            print(
                f"{state.elsewhere} of them were made for another cashbox than the one"
                " configured now; they wait until pos-app is pointed at it again."
            )
        if state.fiscal_data_late:
            print(
                f"{state.fiscal_data_late} with fiscal data late: the cashbox has them and has not"
                " given their fiscal data yet; they are asked about again, never sent again"
                " (pos-app journal show ID says what is known)."
            )
        if state.last_error:
            print(f"Last problem: {state.last_error}")
    if state.needs_attention:
        print(
            f"{state.needs_attention} need attention: check them in the IntellectMoney account,"
            " then run pos-app resolve ID --retry or --document-id DOC.",
            file=sys.stderr,
        )
    if state.copies_unknown:
        print(
            f"{state.copies_unknown} copies may have reached the customer (Checker.uz's answer"
            " was lost): ask the customer, then run pos-app resolve ID --resend-copy or"
            " --copy-arrived.",
            file=sys.stderr,
        )
    if state.held:
        print(
            f"{state.held} held: the cashbox refused them for a reason pos-app does not know"
            " (pos-app journal show ID gives its words); fix the cause, then run"
            " pos-app resolve ID --retry.",
            file=sys.stderr,
        )
