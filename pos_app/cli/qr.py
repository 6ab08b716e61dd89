"""`pos-app qr`: check a fiscal QR string and render it as a PNG."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from pos_app.cli.exit_codes import CommandError, ExitCode
from pos_app.core.fiscal_qr import FiscalQr, save_qr_png


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "qr",
        help="check a fiscal QR string and render it as a PNG",
        description="Checks a fiscal QR string (t=...&s=...&fn=...&i=...&fp=...&n=...), prints its"
        " fields and, with --png, writes the QR code image.",
    )
    parser.add_argument(
        "qr_string", metavar="QR", help='e.g. "t=20250211T1214&s=1.00&fn=...&i=...&fp=...&n=1"'
    )
    parser.add_argument(
        "--png", type=Path, metavar="FILE", help="write the QR code to this PNG file"
    )
    parser.add_argument("--json", action="store_true", help="print the fields as JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    qr = FiscalQr.parse(args.qr_string)
    fields = {
        "qr": str(qr),
        "time": qr.time.isoformat(timespec="minutes"),
        "total": str(qr.total),
        "fn": qr.fn,
        "fd": qr.fd,
        "fp": qr.fp,
        "type": None if qr.receipt_type is None else int(qr.receipt_type),
    }
    if args.png is not None:
        try:
            save_qr_png(str(qr), args.png)
        except OSError as error:
            raise CommandError(f"Cannot write {args.png}: {error.strerror}") from None
        fields["png"] = str(args.png)
    if args.json:
        print(json.dumps(fields, ensure_ascii=False))
    else:
        for key, value in fields.items():
            print(f"{key}: {value}")
    return ExitCode.OK
