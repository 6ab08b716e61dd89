"""`pos-app catalog`: import the shop's products from CSV, export them, find one."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from pos_app.cli.exit_codes import CommandError, ExitCode
from pos_app.core.catalog import CatalogFileError, Product
from pos_app.core.journal import Journal
from pos_app.core.money import format_money

FIND_LIMIT = 20
# A catalog of a million products is under 200 MB; anything bigger is the wrong file.
MAX_FILE = 512 * 1024 * 1024


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "catalog",
        help="import, export or search the shop's product catalog",
        description="The product catalog kept in the journal's database (in the user's data"
        " folder, or $POS_APP_DATA_DIR).",
    )
    commands = parser.add_subparsers(title="catalog commands", metavar="COMMAND", required=True)
    importing = commands.add_parser(
        "import",
        help="add or update products from a CSV file",
        description="Reads a UTF-8 CSV with a header row (';' or ',' between fields): code,"
        " name, price, vat, and optionally barcodes (separated by spaces), subject, unit"
        " (pcs or kg). A product whose code is in the catalog is updated. Good lines are"
        " imported, bad ones listed with their line number; exit 2 if any was bad.",
    )
    importing.add_argument("file", type=Path, metavar="FILE.csv")
    importing.set_defaults(run=run_import)
    exporting = commands.add_parser(
        "export", help="write the whole catalog to a CSV file that imports back the same"
    )
    exporting.add_argument("file", type=Path, metavar="FILE.csv")
    exporting.set_defaults(run=run_export)
    find = commands.add_parser(
        "find", help="products whose name words, code or barcode start with the text"
    )
    find.add_argument("text", metavar="TEXT")
    find.add_argument("--json", action="store_true", help="print JSON for scripts")
    find.set_defaults(run=run_find)


def run_import(args: argparse.Namespace) -> int:
    path: Path = args.file
    text = _read_text(path)
    with Journal.open() as journal:
        try:
            report = journal.catalog.import_csv(text)
        except CatalogFileError as error:
            raise CommandError(f"{path}: {error}", ExitCode.BAD_INPUT) from None
    print(f"Imported {report.imported} products ({report.added} new, {report.updated} updated).")
    if report.problems:
        print(f"{len(report.problems)} lines left out, fix them and import again:", file=sys.stderr)
        for problem in report.problems:
            print(f"  {path}:{problem}", file=sys.stderr)
        return ExitCode.BAD_INPUT
    return ExitCode.OK


def run_export(args: argparse.Namespace) -> int:
    path: Path = args.file
    with Journal.open() as journal:
        try:
            with path.open("w", encoding="utf-8", newline="") as out:
                written = journal.catalog.export_csv(out)
        except OSError as error:
            raise CommandError(f"Cannot write {path}: {error.strerror}.") from None
    print(f"Exported {written} products to {path}.")
    return ExitCode.OK


def run_find(args: argparse.Namespace) -> int:
    with Journal.open() as journal:
        products = journal.catalog.search(args.text, FIND_LIMIT).products
    if args.json:
        print(json.dumps([_json(p) for p in products], ensure_ascii=False, indent=2))
        return ExitCode.OK
    if not products:
        print(f"No product matches “{args.text}”.")
        return ExitCode.OK
    for p in products:
        unit = "kg" if p.weighed else p.unit.label
        print(
            f"{p.code:>10}  {format_money(p.price):>11} /{unit:<4} {p.name}  {' '.join(p.barcodes)}"
        )
    return ExitCode.OK


def _json(product: Product) -> dict[str, object]:
    return {
        "code": product.code,
        "name": product.name,
        "price": str(product.price),
        "vat": product.vat.code,
        "subject": int(product.payment_subject),
        "unit": int(product.unit),
        "barcodes": list(product.barcodes),
    }


def _read_text(path: Path) -> str:
    """The file's text; CommandError (bad input) saying why it cannot be read."""
    try:
        if path.stat().st_size > MAX_FILE:
            raise CommandError(
                f"{path} is too big to be a catalog (over 512 MB).", ExitCode.BAD_INPUT
            )
        data = path.read_bytes()
    except OSError as error:
        raise CommandError(f"Cannot read {path}: {error.strerror}.", ExitCode.BAD_INPUT) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise CommandError(
            f"{path}, line {line}: not UTF-8 text; save the file as CSV UTF-8 and import it again.",
            ExitCode.BAD_INPUT,
        ) from None
