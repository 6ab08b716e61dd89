"""The reports' note on receipts not fiscalized yet reads as a sentence in both languages, with
the right plural forms (1 чек, 2 чека, 5 чеков; 1 receipt, 2 receipts) and amounts written as
on every other screen."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication

from pos_app.core.reports.figures import Unfinished
from pos_app.core.reports.summary import PeriodSummary
from pos_app.qt.reports_note import UnfinishedNote
from pos_app.qt.translations import install_translators, shown_money

DAY = date(2026, 3, 2)


@pytest.fixture(params=["ru", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    installed = install_translators(qapp, request.param)
    assert installed, "the translation did not load"
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)


def note(count: int, total: str, person: int = 0) -> str | None:
    summary = PeriodSummary(
        DAY, DAY, (), (), (), unfinished=Unfinished(count, Decimal(total), person)
    )
    return UnfinishedNote().text(summary, shown_money)


WRITTEN = {
    "ru": (
        "1 чек на 45,50 ₽ ещё не фискализирован и не вошёл в отчёт; он ждёт решения человека (F8).",
        "3 чека на 1\u202f234,00 ₽ ещё не фискализированы и не вошли в отчёт.",
        "5 чеков на 500,00 ₽ ещё не фискализированы и не вошли в отчёт;"
        " из них 1 ждёт решения человека (F8).",
        "21 чек на 21,00 ₽ ещё не фискализирован и не вошёл в отчёт;"
        " из них 2 ждут решения человека (F8).",
    ),
    "en": (
        "1 receipt for 45.50 ₽ is not fiscalized yet and not in this report;"
        " it waits for a person's decision (F8).",
        "3 receipts for 1\u202f234.00 ₽ are not fiscalized yet and not in this report.",
        "5 receipts for 500.00 ₽ are not fiscalized yet and not in this report;"
        " 1 of them waits for a person's decision (F8).",
        "21 receipts for 21.00 ₽ are not fiscalized yet and not in this report;"
        " 2 of them wait for a person's decision (F8).",
    ),
}


def test_the_note_reads_as_a_sentence_with_the_right_plural(language: str) -> None:
    written = (note(1, "45.5", 1), note(3, "1234"), note(5, "500", 1), note(21, "21", 2))

    assert written == WRITTEN[language]


def test_no_note_when_everything_is_fiscalized(language: str) -> None:
    del language
    assert note(0, "0") is None
