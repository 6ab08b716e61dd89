"""What can go wrong with the journal, said for the person who reads it."""

from __future__ import annotations

from collections.abc import Mapping

from pos_app.core.i18n import Message


class JournalError(Exception):
    """A journal operation cannot be done.

    ``template`` is an English text marked for translation (context ``"journal"``) with
    ``{name}`` placeholders filled from ``params``; ``str(error)`` is the English message.
    """

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params: Mapping[str, object] = params
        super().__init__(template.format(**params))

    @property
    def translatable(self) -> Message:
        return Message.of("journal", self.template, self.params)


class ReceiptNotFoundError(JournalError, LookupError):
    """No receipt (or promo submission) with that number is in the journal."""


class IllegalTransitionError(JournalError):
    """The change asked for does not follow from the current state (a bug, or two hands at
    once); nothing was changed."""


class JournalTooNewError(JournalError):
    """The journal file was written by a newer pos-app; this one must not touch it."""
