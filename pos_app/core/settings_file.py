"""The shop's settings file: where it is, reading its JSON, and the one setting the window
needs before it is built, its language. Kept apart from :mod:`pos_app.core.settings` (every
setting, typed and checked) so that the window is painted without loading all of that; the
session reads and checks the whole file in the background.
"""

from __future__ import annotations

import json
from pathlib import Path

from pos_app.core import paths
from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.i18n import TranslatableError

SETTINGS_FILE = "settings.json"
# A settings file is a few hundred bytes; anything this big is the wrong file.
MAX_SETTINGS_FILE = 64 * 1024
LANGUAGES = ("ru", "en")


class SettingsError(TranslatableError):
    """The settings file cannot be read or written; the message says which and why."""

    context = "settings"


def settings_path() -> Path:
    return paths.config_dir() / SETTINGS_FILE


def read_settings_file(path: Path) -> object:
    """The file's JSON (None when there is no file yet); SettingsError when it cannot be read."""
    try:
        if path.stat().st_size > MAX_SETTINGS_FILE:
            raise SettingsError(
                _N("settings", "The settings file {path} is too big to be pos-app's."), path=path
            )
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        problem = error.strerror if isinstance(error, OSError) else "it is not UTF-8 text"
        raise SettingsError(
            _N("settings", "The settings file {path} cannot be read: {problem}."),
            path=path,
            problem=problem,
        ) from None
    try:
        return json.loads(text)
    except ValueError as error:
        raise SettingsError(
            _N(
                "settings",
                "The settings file {path} is not valid JSON ({problem}); fix it or remove it"
                " and set the shop up again.",
            ),
            path=path,
            problem=error,
        ) from None


def check_language(value: object, key: str) -> str:
    """ "ru", "en" or "" (the system's); ValidationError for anything else."""
    if not isinstance(value, str):
        raise ValidationError(key, _N("validation", "Must be text in quotes."))
    text = value.strip().lower()
    if text and text not in LANGUAGES:
        raise ValidationError(
            key,
            _N("validation", "“{value}” is not a language pos-app speaks; use ru, en or empty."),
            value=text,
        )
    return text


def saved_language(path: Path | None = None) -> str:
    """The language the shop chose ("" for the system's), read without checking the other
    settings. Raises SettingsError for a file that cannot be read, and ValidationError naming
    the file for a language pos-app does not speak."""
    path = path if path is not None else settings_path()
    data = read_settings_file(path)
    if not isinstance(data, dict):
        return ""
    try:
        return check_language(data.get("language", ""), "language")
    except ValidationError as error:
        raise error.at(str(path)) from None
