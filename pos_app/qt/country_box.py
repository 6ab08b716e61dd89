"""The phone country chooser: the countries pos-app knows, named in the window's language with
their calling code ("Россия (+7)"); a stored code the table does not list stays chosen, shown as
it is, so opening and saving the settings never changes it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from pos_app.core.countries import CONTEXT, COUNTRIES
from pos_app.qt.translations import translated


class CountryBox(QComboBox):
    """The chosen country's ISO code is :meth:`code`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for country in COUNTRIES:
            name = translated(CONTEXT, country.name)
            shown = self.tr("{name} (+{calling_code})").format(
                name=name, calling_code=country.calling_code
            )
            self.addItem(shown, country.code)

    def set_code(self, code: str) -> None:
        code = code.strip().upper()
        index = self.findData(code)
        if index < 0 and code:
            # Another country the phone library knows, set before or by hand in the file.
            self.addItem(code, code)
            index = self.count() - 1
        self.setCurrentIndex(index)

    def code(self) -> str:
        chosen = self.currentData()
        return chosen if isinstance(chosen, str) else ""
