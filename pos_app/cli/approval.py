"""The command line's door for what needs an administrator (a refund, cancelling a receipt),
as the window's: with roles on, ``--admin NAME`` and that administrator's PIN on standard input,
the approval kept in the journal; with roles off, nothing is asked."""

from __future__ import annotations

import argparse

from pos_app.cli.people import read_pin
from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.journal import Journal
from pos_app.core.settings import load_settings
from pos_app.core.shifts import Action, Approval, ShiftDesk

ADMIN_HELP = (
    "with roles on: the administrator who approves it; their PIN is read from standard input,"
    " never from the command line"
)


def add_admin_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--admin", metavar="NAME", help=ADMIN_HELP)


def approve(
    journal: Journal, admin: str | None, action: Action, receipt_id: int | None
) -> Approval:
    """The administrator's approval of ``action`` on ``receipt_id`` (kept in the journal), or
    at once with nobody named when roles are off. A missing name is bad input; a wrong PIN is
    refused (PinRefusedError) before anything is changed."""
    desk = ShiftDesk(journal, roles=load_settings().roles)
    if not desk.roles:
        return Approval("", action)
    if not admin:
        raise ValidationError(
            "--admin",
            _N(
                "validation",
                "Roles are on: {action} needs an administrator. Give --admin NAME and type"
                " their PIN (or pass it on standard input).",
            ),
            action=action.label.lower(),
        )
    return desk.approve(admin, read_pin(f"{admin}'s PIN: "), action, receipt_id)
