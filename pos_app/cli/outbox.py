"""`pos-app outbox`: what waits to be sent; with --retry, send it now and exit."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from pos_app.cli.exit_codes import CommandError, ExitCode
from pos_app.cli.sending import ANOTHER_SENDER, sending
from pos_app.core.journal import Journal, OutboxState


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "outbox",
        help="show what waits to be sent; --retry sends it now",
        description="Receipts wait in the outbox when a service cannot be reached: to be sent,"
        " to have their fiscal data fetched, or to have the customer's copy delivered.",
        epilog="Exit codes: 0 nothing waits, 4 some still wait, 5 some need attention or are"
        " held (pos-app resolve), 1 failed.",
    )
    parser.add_argument("--retry", action="store_true", help="send what waits, then exit")
    parser.add_argument(
        "--wait",
        type=float,
        default=10.0,
        metavar="SECONDS",
        help="with --retry: how long to wait for each receipt's fiscal data (default 10)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.retry:
        with sending() as session:
            if not session.is_sender:
                raise CommandError(ANOTHER_SENDER, ExitCode.WAITING)
            report = session.outbox.run_once(patience=max(0.0, args.wait))
            state = report.state
            if not args.json:
                print(
                    f"Sent {report.sent}, fiscalized {report.fiscalized},"
                    f" copies delivered {report.delivered}."
                )
    else:
        with Journal.open() as journal:
            state = journal.outbox_state()
    print_state(state, as_json=args.json)
    if state.needs_attention or state.held:
        return ExitCode.NEEDS_ATTENTION
    return ExitCode.WAITING if state.waiting else ExitCode.OK


def print_state(state: OutboxState, *, as_json: bool) -> None:
    if as_json:
        data = {
            "waiting": state.waiting,
            "oldest": None if state.oldest is None else state.oldest.isoformat(),
            "last_error": None if state.last_error is None else str(state.last_error),
            "needs_attention": state.needs_attention,
            "held": state.held,
            "fiscal_data_late": state.fiscal_data_late,
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
    if state.held:
        print(
            f"{state.held} held: the cashbox refused them for a reason pos-app does not know"
            " (pos-app journal show ID gives its words); fix the cause, then run"
            " pos-app resolve ID --retry.",
            file=sys.stderr,
        )
