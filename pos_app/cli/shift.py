"""`pos-app shift`: open a shift, cash in and out, the X-report, and the close by count."""

from __future__ import annotations

import argparse
import json
from typing import Any

from pos_app.cli.exit_codes import ExitCode
from pos_app.cli.people import read_pin
from pos_app.cli.totals_json import payments_json, vat_json
from pos_app.core.codes import vat_rate
from pos_app.core.journal import Journal
from pos_app.core.money import format_money
from pos_app.core.settings import load_settings
from pos_app.core.shifts import Action, ShiftDesk, ShiftReport

_PIN_NOTE = (
    " With roles on (pos-app settings set roles yes), the PIN is read from standard input,"
    " never from the command line."
)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "shift",
        help="open a shift, cash in and out, X-report, close by counting the cash",
        description="The till's shift: the cash in the drawer when it opens, cash put in and"
        " taken out, the X-report at any time, and the close with the cash counted: what was"
        " expected, what was counted and the difference." + _PIN_NOTE,
    )
    commands = parser.add_subparsers(title="actions", metavar="ACTION", required=True)

    opening = commands.add_parser("open", help="open a shift with the cash in the drawer")
    opening.add_argument("--cashier", required=True, metavar="NAME")
    opening.add_argument("--cash", required=True, metavar="AMOUNT", help="e.g. 1500.00")
    opening.set_defaults(run=run_open)

    for name, helptext in (
        ("cash-in", "cash put into the drawer"),
        ("cash-out", "cash taken out (with roles on: --admin and the administrator's PIN)"),
    ):
        moving = commands.add_parser(name, help=helptext)
        moving.add_argument("amount", metavar="AMOUNT")
        moving.add_argument("--reason", required=True, metavar="TEXT")
        if name == "cash-out":
            moving.add_argument("--admin", metavar="NAME", help="the approving administrator")
        moving.set_defaults(run=run_cash, direction=name)

    x_report = commands.add_parser("x-report", help="the open shift's figures so far")
    x_report.add_argument("--json", action="store_true", help="print JSON for scripts")
    x_report.set_defaults(run=run_x_report)

    closing = commands.add_parser("close", help="close the shift with the cash counted")
    closing.add_argument("--counted", required=True, metavar="AMOUNT")
    closing.add_argument("--json", action="store_true", help="print JSON for scripts")
    closing.set_defaults(run=run_close)


def _desk(journal: Journal) -> ShiftDesk:
    return ShiftDesk(journal, roles=load_settings().roles)


def run_open(args: argparse.Namespace) -> int:
    with Journal.open() as journal:
        desk = _desk(journal)
        pin = read_pin(f"{args.cashier}'s PIN: ") if desk.roles else None
        shift = desk.open(args.cashier, args.cash, pin)
    print(f"Shift {shift.id} opened by {shift.opened_by}, {format_money(shift.opening_cash)}")
    return ExitCode.OK


def run_cash(args: argparse.Namespace) -> int:
    with Journal.open() as journal:
        desk = _desk(journal)
        if args.direction == "cash-in":
            moved = desk.cash_in(args.amount, args.reason)
        else:
            approval = None
            if desk.roles:
                admin = args.admin or ""
                approval = desk.approve(admin, read_pin(f"{admin}'s PIN: "), Action.CASH_OUT)
            moved = desk.cash_out(args.amount, args.reason, approval)
    print(f"{moved.direction.label}: {format_money(moved.amount)} ({moved.reason})")
    return ExitCode.OK


def run_x_report(args: argparse.Namespace) -> int:
    with Journal.open() as journal:
        report = _desk(journal).x_report()
    _show(report, args.json)
    return ExitCode.OK


def run_close(args: argparse.Namespace) -> int:
    with Journal.open() as journal:
        report = _desk(journal).close(args.counted)
    _show(report, args.json)
    return ExitCode.OK


def _show(report: ShiftReport, as_json: bool) -> None:
    if as_json:
        print(json.dumps(report_json(report), ensure_ascii=False, indent=2))
    else:
        print("\n".join(report_lines(report)))


def report_json(report: ShiftReport) -> dict[str, Any]:
    """The shift's report as JSON: money as decimal text with a dot, times in UTC."""
    shift = report.shift
    difference = report.difference
    return {
        "shift": shift.id,
        "opened_at": shift.opened_at.isoformat(),
        "opened_by": shift.opened_by,
        "opened_automatically": shift.automatic,
        "closed_at": None if shift.closed_at is None else shift.closed_at.isoformat(),
        "closed_by": shift.closed_by,
        "opening_cash": format_money(shift.opening_cash),
        "cash_from_receipts": format_money(report.cash_from_receipts),
        "cash_in": format_money(report.cash_in),
        "cash_out": format_money(report.cash_out),
        "expected_cash": format_money(report.expected_cash),
        "counted_cash": None if shift.counted_cash is None else format_money(shift.counted_cash),
        "difference": None if difference is None else format_money(difference),
        "receipts": report.receipts,
        "by_type": [
            {
                "type": int(line.receipt_type),
                "label": line.receipt_type.label,
                "count": line.count,
                "total": format_money(line.total),
            }
            for line in report.by_type
        ],
        "by_payment": payments_json(report.by_payment),
        "by_vat": vat_json(report.by_vat),
        "cash_movements": [
            {
                "at": move.at.isoformat(),
                "direction": move.direction.value,
                "amount": format_money(move.amount),
                "reason": move.reason,
                "person": move.person,
                "approved_by": move.approved_by,
            }
            for move in report.movements
        ],
        "copies": vars(report.copies),
        "waiting": report.waiting,
        "needing_a_person": report.for_a_person,
        "rejected_or_cancelled": report.left_out,
    }


def report_lines(report: ShiftReport) -> list[str]:
    shift = report.shift
    state = "open" if shift.is_open else f"closed by {shift.closed_by}"
    lines = [
        f"Shift {shift.id}, opened by {shift.opened_by or 'the first sale'} at"
        f" {shift.opened_at.astimezone():%Y-%m-%d %H:%M} ({state})",
        f"Receipts: {report.receipts}",
        *(
            f"  {line.receipt_type.label}: {line.count}, {format_money(line.total)}"
            for line in report.by_type
        ),
        *(
            f"  {line.receipt_type.label}, {line.payment_type.label}: {format_money(line.amount)}"
            for line in report.by_payment
        ),
        *(
            f"  {line.receipt_type.label}, {vat_rate(line.vat_code).label}:"
            f" {format_money(line.base)}, VAT {format_money(line.vat)}"
            for line in report.by_vat
        ),
        *(
            f"  {move.direction.label}: {format_money(move.amount)}, {move.reason}"
            f" ({move.person}{', approved by ' + move.approved_by if move.approved_by else ''})"
            for move in report.movements
        ),
        f"Copies delivered: {report.copies.delivered}, waiting: {report.copies.pending},"
        f" failed: {report.copies.failed}",
        f"Receipts still on their way: {report.waiting}; needing a person:"
        f" {report.for_a_person}; rejected or cancelled: {report.left_out}",
        f"Opening cash: {format_money(shift.opening_cash)}",
        f"Expected in the drawer: {format_money(report.expected_cash)}",
    ]
    if shift.counted_cash is not None and report.difference is not None:
        lines.append(f"Counted: {format_money(shift.counted_cash)}")
        lines.append(f"Difference: {format_money(report.difference)}")
    return lines
