"""The core's errors in the window's language."""

from __future__ import annotations

from pos_app.core.credentials import CredentialsError
from pos_app.core.errors import ValidationError
from pos_app.core.journal import JournalError
from pos_app.core.services import ServiceError
from pos_app.qt.translations import translated


def error_text(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return translated("validation", error.template, error.params)
    if isinstance(error, ServiceError):
        return translated("services", error.template, error.params)
    if isinstance(error, JournalError):
        return translated("journal", error.template, error.params)
    if isinstance(error, CredentialsError):
        return translated("credentials", error.template, error.params)
    return str(error)
