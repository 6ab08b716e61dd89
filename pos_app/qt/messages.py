"""The core's errors and stored messages in the window's language."""

from __future__ import annotations

from pos_app.core.credentials import CredentialsError
from pos_app.core.errors import ValidationError
from pos_app.core.i18n import Message
from pos_app.core.journal import JournalError
from pos_app.core.services import ServiceError
from pos_app.qt.translations import translated


def message_text(message: Message) -> str:
    if not message.context:
        return message.template  # shown as it is: a service's words, or an older entry
    return translated(message.context, message.template, message.params)


def error_text(error: Exception) -> str:
    if isinstance(error, ValidationError | ServiceError | JournalError | CredentialsError):
        return message_text(error.translatable)
    return str(error)
