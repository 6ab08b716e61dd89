"""The shop's settings: typed, checked on load with the key named, saved atomically and
privately, set one at a time from the command line."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from pos_app.cli import main
from pos_app.core.codes import PaymentSubject, TaxationSystem
from pos_app.core.errors import ValidationError
from pos_app.core.settings import Settings, load_settings, save_settings
from pos_app.core.settings_file import SettingsError, saved_language, settings_path


def test_a_new_shop_starts_from_defaults_and_is_told_what_is_missing() -> None:
    settings = load_settings()
    assert settings == Settings()
    assert settings.fiscal_data_late.total_seconds() == 15 * 60
    assert [str(message) for message in settings.missing()] == [
        "the shop's INN (setting shop_inn)",
        "the cashbox group (setting cashbox_group)",
        "the IntellectMoney invoice (setting invoice_id)",
        "the taxation system (setting taxation)",
    ]


def test_settings_saved_are_read_back_typed_and_private() -> None:
    settings = Settings(
        shop_inn=" 7000000003 ",
        cashbox_group="Main",
        invoice_id="3000000001",
        taxation=0,  # type: ignore[arg-type]  # read as the code it is
        default_payment_subject=4,  # type: ignore[arg-type]
        phone_country="uz",
        intellectmoney_url="https://proxy.example/",
    )
    save_settings(settings)
    loaded = load_settings()
    assert loaded == settings
    assert loaded.shop_inn == "7000000003"
    assert loaded.taxation is TaxationSystem.GENERAL
    assert loaded.default_payment_subject is PaymentSubject.SERVICE
    assert loaded.phone_country == "UZ"
    assert loaded.intellectmoney_url == "https://proxy.example"
    assert loaded.missing() == ()
    assert stat.S_IMODE(settings_path().stat().st_mode) == 0o600
    # Nothing but the file itself is left in the folder (the temporary file was renamed).
    assert [path.name for path in settings_path().parent.iterdir()] == ["settings.json"]


@pytest.mark.parametrize(
    ("key", "value", "said"),
    [
        ("shop_inn", "7000000004", "wrong check digit"),
        ("invoice_id", "12345", "10 digits starting with 3"),
        ("taxation", 9, "not a known code"),
        ("default_vat", 99, "not a VAT code"),
        ("phone_country", "ZZ", "not a country code"),
        ("checker_url", "http://example.com", "plain http"),
        ("language", "de", "not a language"),
        ("fiscal_data_late_minutes", 0, "from 1 to 1440"),
    ],
)
def test_a_bad_value_in_the_file_names_the_file_and_the_key(
    key: str, value: object, said: str
) -> None:
    settings_path().write_text(json.dumps({key: value}), encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        load_settings()
    assert refused.value.field == f"{settings_path()}.{key}"
    assert said in refused.value.message


def test_a_file_that_is_not_json_says_how_to_recover(private_folders: Path) -> None:
    settings_path().write_text("{shop_inn: 1", encoding="utf-8")
    with pytest.raises(SettingsError, match="not valid JSON"):
        load_settings()


def test_the_language_is_read_alone_before_the_window_is_built() -> None:
    assert saved_language() == ""  # no file yet: the system's
    # The other values are the session's to check (in the background), not the window's.
    settings_path().write_text(
        json.dumps({"language": " EN ", "shop_inn": "7000000004", "shop_in": "x"}),
        encoding="utf-8",
    )
    assert saved_language() == "en"
    settings_path().write_text(json.dumps(["not", "settings"]), encoding="utf-8")
    assert saved_language() == ""


def test_a_bad_language_or_file_is_refused_as_loading_refuses_it() -> None:
    settings_path().write_text(json.dumps({"language": "de"}), encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        saved_language()
    assert refused.value.field == f"{settings_path()}.language"
    settings_path().write_text("{language: en", encoding="utf-8")
    with pytest.raises(SettingsError, match="not valid JSON"):
        saved_language()


def test_an_unknown_key_is_refused_rather_than_ignored() -> None:
    settings_path().write_text(json.dumps({"shop_in": "7000000003"}), encoding="utf-8")
    with pytest.raises(ValidationError, match="“shop_in” is not a setting"):
        load_settings()


def test_settings_set_checks_and_saves_one_value(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["settings", "set", "cashbox_group", "Main"]) == 0
    assert main(["settings", "set", "taxation", "1"]) == 0
    assert capsys.readouterr().out == "cashbox_group = Main\ntaxation = 1\n"
    assert load_settings().taxation is TaxationSystem.SIMPLIFIED_INCOME

    assert main(["settings", "set", "taxation", "general"]) == 2
    assert capsys.readouterr().err.startswith("Bad input: taxation: ")
    assert load_settings().taxation is TaxationSystem.SIMPLIFIED_INCOME  # nothing lost

    assert main(["settings", "show"]) == 0
    shown = capsys.readouterr().out
    assert "cashbox_group             Main" in shown
    assert "Still needed: the shop's INN (setting shop_inn)" in shown

    assert main(["settings", "show", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["taxation"] == 1


def test_a_broken_settings_file_fails_the_command_with_its_reason(
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings_path().write_text("[", encoding="utf-8")
    assert main(["settings", "show"]) == 1
    assert "is not valid JSON" in capsys.readouterr().err


def test_yes_no_settings_are_written_as_json_true_and_false() -> None:
    save_settings(Settings(roles=True))
    written = json.loads(settings_path().read_text(encoding="utf-8"))
    assert written["roles"] is True
    assert written["taxation"] is None
    assert written["default_payment_subject"] == int(PaymentSubject.GOODS)
    assert load_settings().roles is True
