"""`pos-app people`: the till's cashiers and administrators and their PINs.

A PIN is read from standard input (or typed without echo at a terminal), never taken as an
argument: arguments show in the process list and the shell's history. The command line is the
computer's own account's tool, like `pos-app settings`; the window asks an administrator.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from typing import Any

from pos_app.cli.exit_codes import ExitCode
from pos_app.core.journal import Journal
from pos_app.core.shifts import Role


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "people",
        help="cashiers and administrators with their PINs",
        description="The people who may work the till when roles are on (pos-app settings set"
        " roles yes): cashiers, and administrators who approve refunds, cash taken out and"
        " settings. PINs (4 to 12 digits) are read from standard input, never from the"
        " command line, and kept only as a salted hash.",
    )
    commands = parser.add_subparsers(title="actions", metavar="ACTION", required=True)
    adding = commands.add_parser("add", help="add a person (the PIN from standard input)")
    adding.add_argument("name", metavar="NAME")
    adding.add_argument("--role", choices=[role.value for role in Role], default=Role.CASHIER)
    adding.set_defaults(run=run_add)
    listing = commands.add_parser("list", help="the people and their roles")
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    listing.set_defaults(run=run_list)
    removing = commands.add_parser("remove", help="take a person off the list")
    removing.add_argument("name", metavar="NAME")
    removing.set_defaults(run=run_remove)
    pin = commands.add_parser("pin", help="set a person's new PIN (from standard input)")
    pin.add_argument("name", metavar="NAME")
    pin.set_defaults(run=run_pin)


def read_pin(prompt: str) -> str:
    """A PIN typed without echo at a terminal, or the first line of standard input."""
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().strip()


def run_add(args: argparse.Namespace) -> int:
    with Journal.open() as journal:
        person = journal.people.add(args.name, Role(args.role), read_pin("PIN: "))
    print(f"{person.name} added ({person.role.label}).")
    return ExitCode.OK


def run_list(args: argparse.Namespace) -> int:
    with Journal.open() as journal:
        people = journal.people.all()
    if args.json:
        data = [{"name": person.name, "role": person.role.value} for person in people]
        print(json.dumps(data, ensure_ascii=False, indent=2))
    for person in () if args.json else people:
        print(f"{person.name}\t{person.role.label}")
    return ExitCode.OK


def run_remove(args: argparse.Namespace) -> int:
    with Journal.open() as journal:
        journal.people.remove(args.name)
    print(f"{args.name} removed.")
    return ExitCode.OK


def run_pin(args: argparse.Namespace) -> int:
    with Journal.open() as journal:
        journal.people.set_pin(args.name, read_pin("New PIN: "))
    print(f"{args.name}'s PIN changed.")
    return ExitCode.OK
