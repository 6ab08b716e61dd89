"""`pos-app report`: the summary of fiscalized receipts over a period, as text, JSON, CSV or PDF,
with the same figures as the reports window (the same core functions)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from pos_app.cli.exit_codes import CommandError, ExitCode
from pos_app.cli.totals_json import payments_json, vat_json
from pos_app.core.codes import vat_rate
from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.journal import Journal
from pos_app.core.money import format_money
from pos_app.core.reports import PeriodSummary, period_summary, write_csv
from pos_app.core.reports.tables import Breakdown, ReportTable, breakdown_table


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "report",
        help="summary of fiscalized receipts over a period",
        description="Counts and totals of the fiscalized receipts whose fiscal time falls, in"
        " this computer's time zone, on a day from --from to --to (both included): by receipt"
        " type, by payment type (cash less the change given), by VAT rate, by hour and by cashier;"
        " receipts made in the period and not fiscalized yet are counted apart. --csv writes it"
        " for Excel (UTF-8 with BOM, ';' separated, decimal comma), --pdf as an A4 PDF.",
    )
    parser.add_argument("--from", dest="date_from", required=True, metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="date_to", required=True, metavar="YYYY-MM-DD")
    parser.add_argument(
        "--by",
        choices=[breakdown.value for breakdown in Breakdown],
        help="print only this breakdown, as a table",
    )
    parser.add_argument("--csv", type=Path, metavar="FILE", help="also write the summary as CSV")
    parser.add_argument("--pdf", type=Path, metavar="FILE", help="also write the report as PDF")
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
    pages = None if args.pdf is None else write_pdf(summary, args.pdf)
    if args.json:
        print_json(summary, args)
    else:
        print_text(summary, args, pages)
    return ExitCode.OK


def print_json(summary: PeriodSummary, args: argparse.Namespace) -> None:
    data = summary_json(summary)
    if args.by is not None:
        data = {"from": data["from"], "to": data["to"], f"by_{args.by}": data[f"by_{args.by}"]}
    for kind in ("csv", "pdf"):
        if getattr(args, kind) is not None:
            data[kind] = str(getattr(args, kind))
    print(json.dumps(data, ensure_ascii=False, indent=2))


def print_text(summary: PeriodSummary, args: argparse.Namespace, pages: int | None) -> None:
    if args.by is None:
        print_summary(summary)
    else:
        print_table(breakdown_table(summary, Breakdown(args.by), _english))
    if args.csv is not None:
        print(f"CSV written to {args.csv}")
    if args.pdf is not None:
        print(f"PDF written to {args.pdf} ({pages} page(s))")


def write_pdf(summary: PeriodSummary, path: Path) -> int:
    """The window's PDF, made without a display: Qt is loaded only for this."""
    import os  # noqa: PLC0415

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415 - Qt only when a PDF is asked

    from pos_app.core.reports.tables import grouped_money  # noqa: PLC0415
    from pos_app.qt.reports_pdf import PdfReportError  # noqa: PLC0415
    from pos_app.qt.reports_pdf import write_pdf as paint_pdf  # noqa: PLC0415
    from pos_app.qt.translations import install_translators  # noqa: PLC0415

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    # English's plural forms: "1 receipt", "2 receipts" in the note on unfinished receipts.
    plurals = install_translators(app, "en")
    try:
        return paint_pdf(summary, path, grouped_money("."))
    except PdfReportError:
        raise CommandError(f"Cannot write {path}: the folder is missing or not writable") from None
    finally:
        for translator in plurals:
            app.removeTranslator(translator)
        del app


def print_table(table: ReportTable) -> None:
    """Columns padded to their widest cell; numbers right-aligned."""
    widths = [
        max(len(row[column]) for row in (table.headers, *table.rows))
        for column in range(len(table.headers))
    ]
    print(table.title)
    for row in (table.headers, *table.rows):
        cells = [
            cell.ljust(width) if column == 0 else cell.rjust(width)
            for column, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        print("  ".join(cells).rstrip())


def _english(context: str, text: str) -> str:
    del context
    return text


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
        "by_payment": payments_json(summary.by_payment),
        "by_hour": [
            {
                "hour": line.hour,
                "type": int(line.receipt_type),
                "count": line.count,
                "total": format_money(line.total),
            }
            for line in summary.by_hour
        ],
        "by_cashier": [
            {
                "cashier": line.cashier,
                "type": int(line.receipt_type),
                "count": line.count,
                "total": format_money(line.total),
            }
            for line in summary.by_cashier
        ],
        "not_fiscalized": {
            "count": summary.unfinished.count,
            "total": format_money(summary.unfinished.total),
            "waiting_for_a_person": summary.unfinished.for_a_person,
        },
        "by_vat": vat_json(summary.by_vat),
    }


def print_summary(summary: PeriodSummary) -> None:
    print(f"Period: {summary.date_from.isoformat()} – {summary.date_to.isoformat()}")
    print(f"Fiscalized receipts: {summary.receipts}, of them refunds: {summary.refunds}")
    for line in summary.by_type:
        print(f"  {line.receipt_type.label}: {line.count}, {format_money(line.total)}")
    print(f"Sales less sale refunds: {format_money(summary.net_sales)}")
    print(f"Expenses less expense refunds: {format_money(summary.net_expenses)}")
    if summary.unfinished.count:
        print(
            f"Not counted: {summary.unfinished.count} receipt(s) for"
            f" {format_money(summary.unfinished.total)} not fiscalized yet"
            f" ({summary.unfinished.for_a_person} waiting for a person)"
        )
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
