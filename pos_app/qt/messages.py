"""The core's errors and stored messages in the window's language."""

from __future__ import annotations

from pos_app.core.i18n import Message, TranslatableError
from pos_app.qt.translations import translated


def message_text(message: Message) -> str:
    if not message.context:
        return message.template  # shown as it is: a service's words, or an older entry
    return translated(message.context, message.template, message.params)


def error_text(error: Exception) -> str:
    if isinstance(error, TranslatableError):
        return message_text(error.translatable)
    return str(error)
