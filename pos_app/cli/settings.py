"""`pos-app settings`: the shop's settings (INN, cashbox group, invoice, taxation, defaults,
endpoints), shown and set one at a time; the window picks a change up without a restart."""

from __future__ import annotations

import argparse
import json
from typing import Any

from pos_app.cli.exit_codes import ExitCode
from pos_app.core.settings import SETTINGS, load_settings, save_settings
from pos_app.core.settings_file import settings_path

_KEYS = ", ".join(spec.key for spec in SETTINGS)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "settings",
        help="show or change the shop's settings",
        description="The shop's settings, kept in the per-user config folder"
        " (POS_APP_CONFIG_DIR overrides it). Credentials are not settings: see"
        " pos-app credentials.",
        epilog="Exit codes: 0 done, 2 bad input (the message names the setting), 1 failed.",
    )
    commands = parser.add_subparsers(title="actions", metavar="ACTION", required=True)
    show = commands.add_parser("show", help="every setting with its value and meaning")
    show.add_argument("--json", action="store_true", help="print JSON for scripts")
    show.set_defaults(run=run_show)
    change = commands.add_parser(
        "set",
        help="change one setting",
        description="Checks the value, then saves the settings atomically.",
    )
    change.add_argument("key", metavar="KEY", help=f"one of {_KEYS}")
    change.add_argument("value", metavar="VALUE", help='the new value; "" empties it')
    change.set_defaults(run=run_set)


def run_show(args: argparse.Namespace) -> int:
    settings = load_settings()
    if args.json:
        print(json.dumps(settings.to_json(), ensure_ascii=False, indent=2))
        return ExitCode.OK
    width = max(len(spec.key) for spec in SETTINGS)
    for spec in SETTINGS:
        print(f"{spec.key:{width}}  {settings.value_text(spec.key) or '-':24}  {spec.description}")
    missing = settings.missing()
    if missing:
        print("Still needed: " + "; ".join(str(message) for message in missing))
    print(f"Kept in {settings_path()}")
    return ExitCode.OK


def run_set(args: argparse.Namespace) -> int:
    settings = load_settings().with_value(args.key, args.value)
    save_settings(settings)
    print(f"{args.key.strip()} = {settings.value_text(args.key) or '(empty)'}")
    return ExitCode.OK
