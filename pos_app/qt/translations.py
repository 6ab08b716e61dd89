"""The window's language: pos-app's own translation and Qt's, and translating the core's
messages (English templates marked with QT_TRANSLATE_NOOP, filled in after translation)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from pos_app.qt.resources import resource_dir

LANGUAGES = ("ru", "en")


def choose_language(requested: str | None) -> str:
    """The language asked for, else the system's when it is Russian, else English."""
    if requested in LANGUAGES:
        return requested
    return "ru" if QLocale.system().language() == QLocale.Language.Russian else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language`` (none for English, the source language).

    Returns them: they must outlive the application's use of them.
    """
    if language == "en":
        return []
    installed = []
    own = QTranslator(app)
    if own.load(str(resource_dir() / "translations" / f"pos_app_{language}.qm")):
        app.installTranslator(own)
        installed.append(own)
    # Qt's own texts (standard buttons, context menus of line edits).
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(language), "qtbase", "_", qt_folder):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def translated(context: str, template: str, params: Mapping[str, object] | None = None) -> str:
    """A core message in the window's language: the template translated, then filled in."""
    text = QCoreApplication.translate(context, template)
    try:
        return text.format(**(params or {}))
    except (KeyError, IndexError, ValueError):
        # A translation that lost a placeholder must not hide the message.
        return template.format(**(params or {}))
