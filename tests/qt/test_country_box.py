"""The settings' phone country is chosen from the countries pos-app knows, named in the window's
language with their calling code; a stored code the list does not hold is kept as it is."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from pos_app.core.settings import Settings
from pos_app.qt.country_box import CountryBox
from pos_app.qt.setup_form import SetupForm
from pos_app.qt.tasks import Tasks
from tests.qt.test_translations import russian  # noqa: F401 - the fixture


@pytest.fixture
def form() -> Iterator[SetupForm]:
    tasks = Tasks()
    yield SetupForm(tasks)
    tasks.shutdown()


def names(box: CountryBox) -> list[str]:
    return [box.itemText(index) for index in range(box.count())]


@pytest.mark.usefixtures("russian")
def test_countries_are_named_in_russian_with_their_calling_code(qtbot: QtBot) -> None:
    box = CountryBox()
    qtbot.addWidget(box)

    assert names(box)[:4] == [
        "Россия (+7)",
        "Беларусь (+375)",
        "Казахстан (+7)",
        "Узбекистан (+998)",
    ]


def test_the_chosen_country_is_saved_by_its_code(form: SetupForm) -> None:
    form.show_settings(Settings())
    assert form.country.currentText() == "Russia (+7)"

    form.country.setCurrentIndex(form.country.findText("Uzbekistan (+998)"))

    assert form.settings().phone_country == "UZ"


def test_a_stored_country_the_list_does_not_hold_is_kept(form: SetupForm) -> None:
    form.show_settings(Settings().with_value("phone_country", "de"))

    assert form.country.currentText() == "DE"
    assert form.settings().phone_country == "DE"
    # Shown once however often the settings are shown again.
    form.show_settings(form.settings())
    assert names(form.country).count("DE") == 1
