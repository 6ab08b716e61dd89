"""The core's errors and stored messages in the window's language, and the yes-or-no question
the till asks before anything is thrown away."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from pos_app import APP_NAME
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


def confirmed(parent: QWidget, question: str) -> bool:
    """Yes only by a deliberate choice: Enter answers No."""
    answer = QMessageBox.question(
        parent,
        APP_NAME,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
