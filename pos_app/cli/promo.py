"""`pos-app promo`: check.inshopper.ru campaigns: log in, list campaigns, submit a fiscalized
receipt or a photo of a paper one, and follow the submissions."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any

from pos_app.cli.arguments import seconds, whole_number
from pos_app.cli.exit_codes import ExitCode
from pos_app.core.credentials import Secret
from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.journal import PromoState, PromoSubmission
from pos_app.core.promo import PromoAccount
from pos_app.core.services.inshopper import reason_advice, reason_words
from pos_app.core.session import TillSession, open_production_session, production_promo_account
from pos_app.core.settings import Settings, load_settings
from pos_app.core.settings_file import SettingsError

MAX_WAIT = 3600.0
EXIT_CODES = (
    "Exit codes: 0 done (logged in, listed; a submission is good), 1 failed, 2 bad input,"
    " 3 the submission was rejected or refused (the reason is printed), 4 it still waits or is"
    " being checked (pos-app promo status ID --wait S follows it), 5 its upload's answer was"
    " lost: the service may have it; check before sending it again."
)
STATE_EXIT_CODES = {
    PromoState.GOOD: ExitCode.OK,
    PromoState.REJECTED: ExitCode.REJECTED,
    PromoState.ERROR: ExitCode.REJECTED,
    PromoState.UNKNOWN: ExitCode.NEEDS_ATTENTION,
}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "promo",
        help="promo campaigns (check.inshopper.ru): log in, campaigns, submit, status",
        description="Enter receipts in check.inshopper.ru promo campaigns. A submission is"
        " written to the journal first and sent by the till's sender (the open window, or"
        " this command when no window sends), then followed until it is good or rejected.",
        epilog=EXIT_CODES,
    )
    commands = parser.add_subparsers(title="promo commands", metavar="ACTION", required=True)

    login = commands.add_parser(
        "login",
        help="get the account's token (kept in the OS keyring)",
        description="Log in with the e-mail and password stored in the keyring"
        " (inshopper.email, inshopper.password), or with --email and the password read from"
        " standard input. The token goes to the keyring as inshopper.token.",
        epilog=EXIT_CODES,
    )
    login.add_argument("--email", metavar="E", help="the account's e-mail (password on stdin)")
    login.add_argument(
        "--user-id", metavar="N", help="the account's user id (campaigns.json asks for it)"
    )
    login.add_argument("--json", action="store_true", help="print JSON for scripts")
    login.set_defaults(run=run_login)

    campaigns = commands.add_parser(
        "campaigns", help="the account's active campaigns", epilog=EXIT_CODES
    )
    campaigns.add_argument("--json", action="store_true", help="print JSON for scripts")
    campaigns.set_defaults(run=run_campaigns)

    submit = commands.add_parser(
        "submit",
        help="submit a fiscalized journal receipt, or a photo of a paper receipt",
        description="Submit journal receipt RECEIPT_ID (by its fiscal QR string) or, with"
        " --photo, a JPEG photo (at most 10 MB, at least 600x600) to campaign N.",
        epilog=EXIT_CODES,
    )
    submit.add_argument("receipt_id", metavar="RECEIPT_ID", nargs="?", type=whole_number())
    submit.add_argument("--photo", metavar="FILE.jpg", type=Path, help="a photo instead")
    submit.add_argument("--campaign", metavar="N", type=whole_number(), required=True)
    submit.add_argument("--external-id", metavar="X", help="the customer's id at the bank")
    submit.add_argument(
        "--wait",
        type=seconds(MAX_WAIT),
        default=10.0,
        metavar="SECONDS",
        help="how long to send and follow the check (default 10)",
    )
    submit.add_argument("--json", action="store_true", help="print JSON for scripts")
    submit.set_defaults(run=run_submit)

    status = commands.add_parser(
        "status",
        help="one submission's state (or the latest ones)",
        epilog=EXIT_CODES,
    )
    status.add_argument("submission_id", metavar="SUBMISSION_ID", nargs="?", type=whole_number())
    status.add_argument(
        "--wait",
        type=seconds(MAX_WAIT),
        default=0.0,
        metavar="SECONDS",
        help="follow the submission until it is final or this long",
    )
    status.add_argument("--json", action="store_true", help="print JSON for scripts")
    status.set_defaults(run=run_status)


def account() -> PromoAccount:
    try:
        settings = load_settings()
    except SettingsError:
        settings = Settings()
    return production_promo_account(settings)


def run_login(args: argparse.Namespace) -> int:
    password = None
    if args.email:
        password = Secret(read_password())
    promo_account = account()
    promo_account.login(args.email, password, args.user_id)
    if args.json:
        print(json.dumps({"logged_in": True, "email": promo_account.email}, ensure_ascii=False))
    else:
        print(f"Logged in to check.inshopper.ru as {promo_account.email}; the token is kept.")
    return ExitCode.OK


def read_password() -> str:
    text = getpass.getpass("Password: ") if sys.stdin.isatty() else sys.stdin.readline()
    text = text.rstrip("\r\n")
    if not text:
        raise ValidationError(
            "password",
            _N("validation", "Give the inshopper password on standard input (one line)."),
        )
    return text


def run_campaigns(args: argparse.Namespace) -> int:
    found = account().campaigns()
    if args.json:
        data = [
            {"id": c.id, "name": c.name, "limit": c.limit, "description": c.description}
            for c in found
        ]
        print(json.dumps({"campaigns": data}, ensure_ascii=False))
        return ExitCode.OK
    if not found:
        print("The account has no active campaigns.")
    for campaign in found:
        limit = "no limit" if not campaign.limit else f"limit {campaign.limit}"
        print(f"{campaign.id}  {campaign.name} ({limit})")
        if campaign.description:
            print(f"    {campaign.description}")
    return ExitCode.OK


def run_submit(args: argparse.Namespace) -> int:
    if (args.receipt_id is None) == (args.photo is None):
        raise ValidationError(
            "RECEIPT_ID",
            _N("validation", "Name a journal receipt (RECEIPT_ID) or a photo (--photo), not both."),
        )
    session = open_production_session()
    try:
        promos = session.promos
        if args.photo is not None:
            added = promos.submit_photo(args.photo, args.campaign, args.external_id)
        else:
            added = promos.submit_receipt(args.receipt_id, args.campaign, args.external_id)
        return report(session, added.id, args.wait, as_json=args.json)
    finally:
        session.close()


def run_status(args: argparse.Namespace) -> int:
    session = open_production_session()
    try:
        if args.submission_id is not None:
            return report(session, args.submission_id, args.wait, as_json=args.json)
        listed = session.promos.recent(50)
        if args.json:
            print(json.dumps({"submissions": [as_dict(s) for s in listed]}, ensure_ascii=False))
        elif not listed:
            print("No promo submissions yet.")
        for submission in [] if args.json else listed:
            print(line(submission))
        return ExitCode.OK
    finally:
        session.close()


def report(session: TillSession, submission_id: int, wait: float, *, as_json: bool) -> int:
    """Follow the submission (sending it, when this process is the sender) and print it."""
    submission = session.promos.get(submission_id)
    if wait > 0:
        submission = session.promos.wait(submission_id, wait, sending=session.sending)
    if as_json:
        print(json.dumps(as_dict(submission), ensure_ascii=False))
    else:
        print(line(submission))
        if submission.state is PromoState.UNKNOWN:
            print(
                "The upload's answer was lost: the service may have it. A second upload may be"
                " rejected as a duplicate; send it again only if the campaign shows none."
            )
        elif not submission.state.is_final and not session.sending:
            print("Another pos-app (the window) sends and follows it.", file=sys.stderr)
    return STATE_EXIT_CODES.get(submission.state, ExitCode.WAITING)


def as_dict(submission: PromoSubmission) -> dict[str, object]:
    reason = submission.reject_reason
    return {
        "submission_id": submission.id,
        "receipt_id": submission.receipt_id,
        "photo": submission.photo_path,
        "campaign": submission.campaign_id,
        "state": str(submission.state),
        "reject_reason": reason,
        "reason": None if reason is None else reason_words(reason),
        "advice": None if reason is None else reason_advice(reason),
        "inshopper_id": submission.inshopper_id,
        "external_id": submission.external_id,
        "last_error": None if submission.last_error is None else str(submission.last_error),
    }


def line(submission: PromoSubmission) -> str:
    what = f"receipt {submission.receipt_id}" if submission.receipt_id is not None else "photo"
    text = (
        f"Submission {submission.id} ({what}, campaign {submission.campaign_id}):"
        f" {submission.state.label}"
    )
    if submission.reject_reason:
        advice = reason_advice(submission.reject_reason)
        text += f". {reason_words(submission.reject_reason)}" + (f" {advice}" if advice else "")
    elif submission.last_error is not None and not submission.state.is_final:
        text += f" ({submission.last_error})"
    return text
