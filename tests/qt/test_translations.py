"""The Russian translation: complete, faithful to each text's placeholders and accelerators,
compiled, and what the window shows once it is installed."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pos_app.core.codes import vat_rate
from pos_app.core.draft import ReceiptDraft
from pos_app.core.journal import INTERRUPTED_SEND
from pos_app.qt.main_window import MainWindow
from pos_app.qt.receipt_editor import ReceiptEditor
from pos_app.qt.till import Till
from pos_app.qt.translations import install_translators, translated
from tests.qt.conftest import GROUP, INN, close_window, type_position

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "pos_app_ru.ts"
# English, the source language, translates only the plural forms of texts with a count.
PLURALS_TS = ROOT / "resources" / "translations" / "pos_app_en.ts"
PLACEHOLDER = re.compile(r"(?<!\{)\{(\w*)\}(?!\})")
ACCELERATOR = re.compile(r"&(?!&)\w")


def messages(ts: Path = TS) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()  # noqa: S314 - the repository's own file
    return [
        (context.findtext("name", ""), message.findtext("source", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_every_text_is_translated() -> None:
    unfinished = [
        (context, source)
        for context, source, message in messages()
        if (message.find("translation") is None)
        or message.find("translation").get("type") is not None  # type: ignore[union-attr]
        or not message.findtext("translation")
    ]
    assert unfinished == [], "translate these in resources/translations/pos_app_ru.ts"


def forms(message: ET.Element) -> list[str]:
    """The translation, or each of its plural forms."""
    numerus = [form.text or "" for form in message.iter("numerusform")]
    return numerus or [message.findtext("translation", "")]


@pytest.mark.parametrize(
    ("context", "source", "message"),
    messages() + messages(PLURALS_TS),
    ids=lambda value: str(value)[:40],
)
def test_a_translation_keeps_the_placeholders_and_the_accelerator(
    context: str, source: str, message: ET.Element
) -> None:
    for translation in forms(message):
        assert sorted(PLACEHOLDER.findall(translation)) == sorted(PLACEHOLDER.findall(source))
        assert len(ACCELERATOR.findall(translation)) == len(ACCELERATOR.findall(source))
        assert ("%n" in translation) == ("%n" in source)


def test_every_plural_form_is_written_in_both_languages() -> None:
    empty = [
        (ts.name, source)
        for ts in (TS, PLURALS_TS)
        for _context, source, message in messages(ts)
        if message.get("numerus") == "yes" and not all(form.strip() for form in forms(message))
    ]
    assert empty == []


@pytest.mark.parametrize("ts", [TS, PLURALS_TS], ids=lambda ts: ts.name)
def test_the_compiled_translation_is_up_to_date(ts: Path, tmp_path: Path) -> None:
    built = tmp_path / ts.with_suffix(".qm").name
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(ts), "-qm", str(built)], check=True, capture_output=True)
    committed = ts.with_suffix(".qm")
    assert committed.read_bytes() == built.read_bytes(), "run scripts/forms.sh --translations"


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    installed = install_translators(qapp, "ru")
    assert installed, "the Russian translation did not load"
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.mark.usefixtures("russian")
def test_the_editor_speaks_russian(qtbot: QtBot) -> None:
    editor = ReceiptEditor(ReceiptDraft(INN, GROUP))
    qtbot.addWidget(editor)
    editor.show()

    assert editor.ui.totalLabel.text() == "Итого"
    assert "НДС 22%" in [editor.ui.vat.itemText(i) for i in range(editor.ui.vat.count())]

    type_position(qtbot, editor, "Хлеб", "1", "12.345")
    assert "больше 2 знаков после запятой" in editor.ui.entryError.text()
    assert editor.ui.price.text() == "12.345"


@pytest.mark.usefixtures("russian")
def test_core_messages_are_filled_in_after_translation() -> None:
    assert translated("codes", vat_rate(11).label) == "НДС 22%"
    assert (
        translated(
            "validation",
            "Payments come to {paid} of {total}; {missing} is still to pay.",
            {"paid": "10.00", "total": "12.50", "missing": "2.50"},
        )
        == "Оплачено 10,00 из 12,50; осталось оплатить 2,50."
    )


@pytest.mark.usefixtures("russian")
def test_a_stored_reason_is_shown_in_russian(qtbot: QtBot, till: Till) -> None:
    window = MainWindow(till)
    assert till.session is not None
    journal = till.session.journal
    type_position(qtbot, window.editor, "Хлеб", "1", "10")
    window.editor.draft.set_payments(electronic="10")
    receipt_id = journal.add(window.editor.receipt(), "3000000001")
    window.editor.clear()
    journal.mark_sending(receipt_id)
    journal.mark_needs_attention(receipt_id, INTERRUPTED_SEND)

    window._show_record(journal.get(receipt_id))

    assert "Требует внимания" in window.result.state_label.text()
    assert "Программа остановилась во время отправки" in window.result.reason_label.text()
    assert window.result.decide_button.text() == "Решить, что с ним делать  (F8)"
    assert window.buttons["pay"].text() == "F9  Оплата"
    assert window.status.mode.text() == "ПЕСОЧНИЦА"
    close_window(qtbot, window)
