"""`pos-app credentials`: store, list and delete the services' credentials in the OS keyring."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

import keyring

from pos_app.cli.exit_codes import ExitCode
from pos_app.core import credentials
from pos_app.core.credentials import CredentialName
from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N

_NAMES = ", ".join(CredentialName)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "credentials",
        help="store, list or delete credentials in the OS keyring",
        description=f"Credentials live in the OS keyring only. Names: {_NAMES}.",
    )
    commands = parser.add_subparsers(title="credentials commands", metavar="COMMAND", required=True)
    store = commands.add_parser(
        "set",
        help="store a value read from standard input",
        description="Reads the value from standard input (typed without echo at a terminal),"
        " never from the command line, where other users and the shell history would see it."
        " E.g.: pos-app credentials set checker.token < token.txt",
    )
    store.add_argument("name", metavar="NAME", help=_NAMES)
    # Caught to be refused with the reason, rather than echoed back by argparse's own error.
    store.add_argument("typed_value", nargs="*", help=argparse.SUPPRESS)
    store.set_defaults(run=run_set)
    listing = commands.add_parser("list", help="which credentials are set (never their values)")
    listing.set_defaults(run=run_list)
    remove = commands.add_parser("delete", help="remove a credential from the OS keyring")
    remove.add_argument("name", metavar="NAME", help=_NAMES)
    remove.set_defaults(run=run_delete)


def run_set(args: argparse.Namespace) -> int:
    if args.typed_value:
        raise ValidationError(
            "VALUE",
            _N(
                "validation",
                "A credential is read from standard input, never from the command line,"
                " where other users and the shell history would see it; e.g."
                " pos-app credentials set checker.token < token.txt. Nothing was stored.",
            ),
        )
    name = credentials.parse_name(args.name)
    if sys.stdin.isatty():
        value = getpass.getpass(f"{name} ({name.label}): ")
    else:
        # One value, maybe followed by the line end that echo and files add.
        value = sys.stdin.read().rstrip("\r\n")
    credentials.set(name, value)
    print(f"{name} is stored in the OS keyring.")
    return ExitCode.OK


def run_list(args: argparse.Namespace) -> int:
    del args
    status = credentials.status()
    # Which keyring holds them, for whoever supports the shop (on standard error: standard
    # output stays the list scripts read).
    backend = type(keyring.get_keyring())
    print(f"OS keyring: {backend.__module__}.{backend.__qualname__}", file=sys.stderr)
    width = max(len(name) for name in status)
    for name, is_set in status.items():
        print(f"{name:{width}}  {'set' if is_set else 'not set':7}  {name.label}")
    return ExitCode.OK


def run_delete(args: argparse.Namespace) -> int:
    name = credentials.parse_name(args.name)
    deleted = credentials.delete(name)
    print(f"{name} is deleted." if deleted else f"{name} was not set; nothing to delete.")
    return ExitCode.OK
