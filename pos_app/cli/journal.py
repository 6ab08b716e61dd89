"""`pos-app journal`: list the journal's receipts and show one in full; back it up, restore a
backup, check it, or adopt a journal file a person has checked."""

from __future__ import annotations

import argparse
import dataclasses
import json
from typing import Any

from pos_app.cli.arguments import absolute_path, whole_number
from pos_app.cli.exit_codes import CommandError, ExitCode
from pos_app.core import paths
from pos_app.core.journal import (
    Actor,
    Journal,
    ReceiptRecord,
    ReceiptSummary,
    backup,
)
from pos_app.core.journal.journal import JOURNAL_FILE
from pos_app.core.money import format_money
from pos_app.core.workflow.lock import SenderLock

ANOTHER_SENDER_RESTORE = (
    "Another pos-app (the window, or a command) is using the journal to send receipts. Close"
    " it (or wait for the command to end), then try again."
)
DEFAULT_LIMIT = 20
MAX_LIMIT = 10_000


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "journal",
        help="list, show, back up, restore, check or adopt the receipts' journal",
        description="The receipts' journal (in the user's data folder, or $POS_APP_DATA_DIR)."
        " list, show and check change nothing. Backups go to the backups folder beside it"
        " ($POS_APP_BACKUP_DIR overrides).",
    )
    commands = parser.add_subparsers(title="journal commands", metavar="COMMAND", required=True)
    listing = commands.add_parser("list", help="the newest receipts first")
    listing.add_argument(
        "--limit",
        type=whole_number(1, MAX_LIMIT),
        default=DEFAULT_LIMIT,
        metavar="N",
        help=f"how many receipts (default {DEFAULT_LIMIT}, at most {MAX_LIMIT})",
    )
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    listing.set_defaults(run=run_list)
    show = commands.add_parser("show", help="one receipt: content, fiscal data, history")
    show.add_argument(
        "receipt_id",
        metavar="ID",
        type=whole_number(),
        help="the receipt's number in the journal",
    )
    show.add_argument("--json", action="store_true", help="print JSON for scripts")
    show.set_defaults(run=run_show)
    backing_up = commands.add_parser("backup", help="back the journal up now")
    backing_up.add_argument(
        "--to",
        type=absolute_path,
        metavar="FOLDER",
        help="the backup folder (default: backups beside it)",
    )
    backing_up.set_defaults(run=run_backup)
    restoring = commands.add_parser(
        "restore",
        help="put a backup in place of the journal (the present one is kept aside)",
        description="Checks the backup (sound, a pos-app journal, this computer's journal and"
        " not older than it), keeps the present journal aside as journal.sqlite3.replaced-…,"
        " and puts the backup in its place. Refused while another pos-app is sending.",
    )
    restoring.add_argument("file", type=absolute_path, metavar="FILE", help="the backup to restore")
    restoring.add_argument(
        "--force",
        action="store_true",
        help="restore a backup of another journal, or an older one (receipts after it are"
        " missing; new receipts are numbered after the highest number ever given)",
    )
    restoring.set_defaults(run=run_restore)
    checking = commands.add_parser("check", help="look for damage in the journal's file")
    checking.set_defaults(run=run_check)
    adopting = commands.add_parser(
        "adopt",
        help="accept the journal file as it is, after a person checked it",
        description="When pos-app refuses the journal because it is not the one this computer"
        " kept (missing, emptied, replaced, or an older copy) and a person has checked that the"
        " present file is the one to use, this makes it this computer's journal.",
    )
    adopting.set_defaults(run=run_adopt)


def run_list(args: argparse.Namespace) -> int:
    with Journal.open() as journal:
        receipts = journal.list_recent(args.limit)
    if args.json:
        print(json.dumps([summary_json(r) for r in receipts], ensure_ascii=False, indent=2))
        return ExitCode.OK
    if not receipts:
        print("The journal has no receipts yet.")
        return ExitCode.OK
    print(f"{'ID':>7}  {'Made':16}  {'Type':14}  {'Total':>12}  {'Invoice':10}  {'FD':>7}  State")
    for r in receipts:
        print(
            f"{r.id:>7}  {r.created_at.astimezone():%Y-%m-%d %H:%M}  {r.receipt_type.label:14}"
            f"  {format_money(r.total):>12}  {r.invoice_id:10}  {r.fd or '':>7}  {r.state.label}"
        )
    return ExitCode.OK


def run_show(args: argparse.Namespace) -> int:
    with Journal.open() as journal:
        record = journal.get(args.receipt_id)
    if args.json:
        print(json.dumps(record_json(record), ensure_ascii=False, indent=2))
    else:
        print_record(record)
    return ExitCode.OK


def run_backup(args: argparse.Namespace) -> int:
    with Journal.open() as journal:
        made = journal.backup(args.to)
    print(f"Backed up to {made}")
    return ExitCode.OK


def run_restore(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise CommandError(f"Bad input: FILE: {args.file} is not a file.", ExitCode.BAD_INPUT)
    journal_path = paths.data_dir() / JOURNAL_FILE
    with SenderLock() as lock:
        if not lock.try_acquire():
            raise CommandError(ANOTHER_SENDER_RESTORE)
        restored = backup.restore(args.file, journal_path, force=args.force)
        # Opened once: brought up to this pos-app's schema, and proven to open.
        with Journal.open(journal_path) as journal:
            count = len(journal.list_recent(1))
    print(f"Restored {args.file}: receipts up to number {restored.last_receipt}.")
    if count == 0:
        print("The backup holds no receipts.")
    if restored.numbered_from is not None:
        print(f"New receipts are numbered from {restored.numbered_from}.")
    if restored.aside is not None:
        print(f"The journal that was there is kept as {restored.aside}.")
    return ExitCode.OK


def run_check(args: argparse.Namespace) -> int:
    with Journal.open() as journal:
        damage = journal.check_health()
    if damage is not None:
        raise CommandError(damage)
    print("The journal is sound.")
    return ExitCode.OK


def run_adopt(args: argparse.Namespace) -> int:
    with SenderLock() as lock:
        if not lock.try_acquire():
            raise CommandError(ANOTHER_SENDER_RESTORE)
        with Journal.open(adopt=True) as journal:
            path, number = journal.path, journal.next_receipt_number()
    print(f"{path} is now this computer's journal; the next receipt is number {number}.")
    return ExitCode.OK


def summary_json(summary: ReceiptSummary) -> dict[str, Any]:
    """A journal row as JSON: money as decimal text, times in ISO 8601 (UTC)."""
    return {
        "id": summary.id,
        "created_at": summary.created_at.isoformat(),
        "type": int(summary.receipt_type),
        "type_label": summary.receipt_type.label,
        "total": format_money(summary.total),
        "state": str(summary.state),
        "state_label": summary.state.label,
        "invoice_id": summary.invoice_id,
        "document_id": summary.document_id,
        "email": summary.email,
        "phone": summary.phone,
        "fd": summary.fd,
        "delivery": str(summary.delivery_state),
        "last_error": None if summary.last_error is None else str(summary.last_error),
        # The cashbox it was made for (null: made before pos-app recorded it).
        "target": None
        if summary.target is None
        else {"mode": str(summary.target.mode), "url": summary.target.url},
    }


def record_json(record: ReceiptRecord) -> dict[str, Any]:
    fiscal = record.fiscal
    return {
        **summary_json(record),
        "updated_at": record.updated_at.isoformat(),
        "change": format_money(record.change),
        "refund_id": record.refund_id,
        "refund_of": record.refund_of,
        "content": json.loads(record.content),
        "fiscal": None
        if fiscal is None
        else {
            "fn": fiscal.fn,
            "fd": fiscal.fd,
            "fp": fiscal.fp,
            "shift": fiscal.shift,
            "processed_at": fiscal.processed_at.isoformat(),
            "device_sn": fiscal.device_sn,
            "device_rn": fiscal.device_rn,
            "ofd_name": fiscal.ofd_name,
            "ofd_inn": fiscal.ofd_inn,
            "raw": fiscal.raw,
        },
        "qr": record.qr,
        "copy": {
            "customer_code": record.copy.customer_code,
            "discount_card": None
            if record.copy.discount_card is None
            else dataclasses.asdict(record.copy.discount_card),
            "note": record.copy.note,
        },
        "delivery_attempts": record.delivery.attempts,
        "delivery_error": (
            None if record.delivery.last_error is None else str(record.delivery.last_error)
        ),
        "history": [
            {
                "at": event.at.isoformat(),
                "topic": str(event.topic),
                "actor": str(event.actor),
                "from": event.from_state,
                "to": event.to_state,
                "detail": event.detail,
            }
            for event in record.history
        ],
        "promos": [
            {
                "id": promo.id,
                "campaign_id": promo.campaign_id,
                "inshopper_id": promo.inshopper_id,
                "state": str(promo.state),
                "reject_reason": promo.reject_reason,
                "updated_at": promo.updated_at.isoformat(),
            }
            for promo in record.promos
        ],
    }


def print_record(record: ReceiptRecord) -> None:
    fields: list[tuple[str, object]] = [
        ("Receipt", record.id),
        ("Made", f"{record.created_at.astimezone():%Y-%m-%d %H:%M:%S}"),
        ("Type", record.receipt_type.label),
        ("Total", format_money(record.total)),
        ("Change", format_money(record.change)),
        ("State", record.state.label),
        ("Invoice", record.invoice_id),
        ("Refund id", record.refund_id),
        ("Refund of receipt", record.refund_of),
        ("E-mail", record.email),
        ("Phone", record.phone),
        ("Document id", record.document_id),
        ("Cashbox", None if record.target is None else str(record.target)),
        ("Checker.uz code", record.copy.customer_code),
        ("Note on the copy", record.copy.note or None),
        ("Copy", f"{record.delivery.state.label} ({record.delivery.attempts} tries)"),
        ("Last error", None if record.last_error is None else str(record.last_error)),
    ]
    if record.fiscal is not None:
        fields += [
            ("FN", record.fiscal.fn),
            ("FD", record.fiscal.fd),
            ("FP", record.fiscal.fp),
            ("Shift", record.fiscal.shift),
            ("Fiscalized at", record.fiscal.processed_at.isoformat()),
            ("QR", record.qr),
        ]
    for label, value in fields:
        if value is not None:
            print(f"{label}: {value}")
    receipt = json.loads(record.content)
    print("Positions:")
    for position in receipt["Content"]["Positions"]:
        print(f"  {position['Text']}: {position['Quantity']} × {position['Price']}")
    print("History:")
    for event in record.history:
        who = "" if event.actor is Actor.APP else f" [{event.actor.label}]"
        print(
            f"  {event.at.astimezone():%Y-%m-%d %H:%M:%S}  {event.topic}:"
            f" {event.from_state or '-'} → {event.to_state}{who}  {event.detail}"
        )
    for promo in record.promos:
        reason = f" ({promo.reject_reason})" if promo.reject_reason else ""
        print(f"Promo campaign {promo.campaign_id}: {promo.state.label}{reason}")
