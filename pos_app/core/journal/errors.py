"""What can go wrong with the journal, said for the person who reads it."""

from __future__ import annotations

from pos_app.core.i18n import TranslatableError


class JournalError(TranslatableError):
    """A journal operation cannot be done (translated under the context ``"journal"``)."""

    context = "journal"


class ReceiptNotFoundError(JournalError, LookupError):
    """No receipt (or promo submission) with that number is in the journal."""


class IllegalTransitionError(JournalError):
    """The change asked for does not follow from the current state (a bug, or two hands at
    once); nothing was changed."""


class JournalTooNewError(JournalError):
    """The journal file was written by a newer pos-app; this one must not touch it."""
