"""The window's language: pos-app's own translation and Qt's, and translating the core's
messages (English templates marked with QT_TRANSLATE_NOOP, filled in after translation)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from pos_app.core.i18n import AMOUNT_PARAMS, QUANTITY_PARAMS, TRANSLATED_PARAMS
from pos_app.core.money import round_money
from pos_app.qt.resources import resource_dir

LANGUAGES = ("ru", "en")


def choose_language(requested: str | None) -> str:
    """The language asked for, else the system's when it is Russian, else English."""
    if requested in LANGUAGES:
        return requested
    return "ru" if QLocale.system().language() == QLocale.Language.Russian else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language``: for English, the source language, only the
    plural forms of texts with a count ("1 receipt", "2 receipts").

    Returns them: they must outlive the application's use of them.
    """
    installed = []
    own = QTranslator(app)
    if own.load(str(resource_dir() / "translations" / f"pos_app_{language}.qm")):
        app.installTranslator(own)
        installed.append(own)
    if language == "en":
        return installed
    # Qt's own texts (standard buttons, context menus of line edits).
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(language), "qtbase", "_", qt_folder):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def translated(context: str, template: str, params: Mapping[str, object] | None = None) -> str:
    """A core message in the window's language: the template translated, then filled in
    (a parameter that is itself a marked text, such as a country's name, translated too)."""
    text = QCoreApplication.translate(context, template)
    params = {name: _shown_param(name, value) for name, value in (params or {}).items()}
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        # A translation that lost a placeholder must not hide the message.
        return template.format(**params)


def _shown_param(name: str, value: object) -> object:
    """A message's parameter as the window shows it: a marked text translated, an amount or a
    quantity the core wrote as the cashbox does (``31.00``, ``0.845``) in the window's form
    (``31,00``, ``0,845``)."""
    if name in TRANSLATED_PARAMS:
        return QCoreApplication.translate(TRANSLATED_PARAMS[name], str(value))
    if name in AMOUNT_PARAMS or name in QUANTITY_PARAMS:
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            return value  # a text under the same name ("missing: the shop's INN")
        if not number.is_finite():
            return value
        return shown_money(number) if name in AMOUNT_PARAMS else shown_quantity(number)
    return value


def shown_money(value: Decimal) -> str:
    """An amount as the window's language writes it: ``1 234,50`` in Russian, ``1 234.50`` in
    English (thousands apart by a narrow space, a true minus sign), never float."""
    text = format(round_money(abs(value)), ",.2f").replace(",", "\u202f")
    text = text.replace(".", decimal_point())
    return ("\u2212" if value < 0 else "") + text


def shown_quantity(value: Decimal) -> str:
    """A quantity as a person writes it in the window's language: ``3``, ``0,845`` in Russian
    (no trailing zeros; the draft reads ``0,845`` and ``0.845`` alike)."""
    return f"{value.normalize():f}".replace(".", decimal_point())


def decimal_point() -> str:
    """The window's language's decimal separator: ``,`` in Russian."""
    return QCoreApplication.translate("money", ".", "decimal separator of amounts")
