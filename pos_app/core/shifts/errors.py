"""The shifts' and people's refusals, importable without the journal (the command line's exit
codes name them before any command runs)."""

from __future__ import annotations

from pos_app.core.i18n import TranslatableError


class PinRefusedError(TranslatableError):
    """The PIN was wrong, or the person's PIN is locked for a while; says which."""

    context = "people"
