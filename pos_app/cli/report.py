"""`pos-app report`: the summary of fiscalized receipts over a period, as text, JSON or CSV."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any

from pos_app.cli.exit_codes import CommandError, ExitCode
from pos_app.core.codes import vat_rate
from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.journal import Journal
from pos_app.core.money import format_money
from pos_app.core.reports import PeriodSummary, period_summary, write_csv


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "report",
        help="summary of fiscalized receipts over a period",
        description="Counts and totals of the fiscalized receipts whose fiscal time falls, in"
        " this computer's time zone, on a day from --from to --to (both included): by receipt"
        " type, by payment type (cash less the change given) and by VAT rate. --csv writes it"
        " for Excel (UTF-8 with BOM, ';' separated, decimal comma).",
    )
    parser.add_argument("--from", dest="date_from", required=True, metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="date_to", required=True, metavar="YYYY-MM-DD")
    parser.add_argument("--csv", type=Path, metavar="FILE", help="also write the summary as CSV")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    date_from = parse_date(args.date_from, "--from")
    date_to = parse_date(args.date_to, "--to")
    if date_from > date_to:
        raise ValidationError(
            "--to",
            _N("validation", "The period ends ({end}) before it starts ({start})."),
            start=date_from.isoformat(),
            end=date_to.isoformat(),
        )
    with Journal.open() as journal:
        summary = period_summary(journal, date_from, date_to)
    if args.csv is not None:
        try:
            write_csv(summary, args.csv)
        except OSError as error:
            raise CommandError(f"Cannot write {args.csv}: {error.strerror}") from None
    if args.json:
        data = summary_json(summary)
        if args.csv is not None:
            data["csv"] = str(args.csv)
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print_summary(summary)
        if args.csv is not None:
            print(f"CSV written to {args.csv}")
    return ExitCode.OK


def parse_date(text: str, field: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            field,
            _N("validation", "“{value}” is not a date; write it as YYYY-MM-DD, e.g. 2025-02-11."),
            value=text,
        ) from None


def summary_json(summary: PeriodSummary) -> dict[str, Any]:
    """The summary as JSON: money as decimal text with a dot."""
    return {
        "from": summary.date_from.isoformat(),
        "to": summary.date_to.isoformat(),
        "receipts": summary.receipts,
        "refunds": summary.refunds,
        "net_sales": format_money(summary.net_sales),
        "net_expenses": format_money(summary.net_expenses),
        "by_type": [
            {
                "type": int(line.receipt_type),
                "label": line.receipt_type.label,
                "count": line.count,
                "total": format_money(line.total),
                "change": format_money(line.change),
            }
            for line in summary.by_type
        ],
        "by_payment": [
            {
                "type": int(line.receipt_type),
                "payment_type": int(line.payment_type),
                "label": line.payment_type.label,
                "amount": format_money(line.amount),
            }
            for line in summary.by_payment
        ],
        "by_vat": [
            {
                "type": int(line.receipt_type),
                "vat_code": line.vat_code,
                "label": vat_rate(line.vat_code).label,
                "base": format_money(line.base),
                "vat": format_money(line.vat),
            }
            for line in summary.by_vat
        ],
    }


def print_summary(summary: PeriodSummary) -> None:
    print(f"Period: {summary.date_from.isoformat()} – {summary.date_to.isoformat()}")
    print(f"Fiscalized receipts: {summary.receipts}, of them refunds: {summary.refunds}")
    for line in summary.by_type:
        print(f"  {line.receipt_type.label}: {line.count}, {format_money(line.total)}")
    print(f"Sales less sale refunds: {format_money(summary.net_sales)}")
    print(f"Expenses less expense refunds: {format_money(summary.net_expenses)}")
    if summary.by_payment:
        print("By payment type (cash less the change given):")
    for payment in summary.by_payment:
        print(
            f"  {payment.receipt_type.label}, {payment.payment_type.label}:"
            f" {format_money(payment.amount)}"
        )
    if summary.by_vat:
        print("By VAT rate:")
    for vat in summary.by_vat:
        print(
            f"  {vat.receipt_type.label}, {vat_rate(vat.vat_code).label}:"
            f" {format_money(vat.base)}, VAT {format_money(vat.vat)}"
        )
