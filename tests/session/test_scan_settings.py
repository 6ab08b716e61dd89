"""The scanner's timing and the scale labels' template as the shop sets them: checked with a
message saying what to write, saved and read back, set from the command line."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos_app.cli import main
from pos_app.core.catalog import read_scale_label
from pos_app.core.catalog.scale import WeightUnit
from pos_app.core.errors import ValidationError
from pos_app.core.settings import Settings, load_settings, save_settings


def test_a_new_shop_reads_scans_and_the_usual_scale_labels() -> None:
    settings = Settings()
    assert (settings.scan_gap_ms, settings.scan_gap, settings.scan_min_length) == (45, 0.045, 6)
    template = settings.scale_template
    assert template.prefixes == frozenset(str(n) for n in range(20, 30))
    assert (template.item_digits, template.weight_digits, template.divisor) == (5, 5, 1000)


def test_the_scanner_and_scale_settings_are_saved_and_read_back() -> None:
    settings = (
        Settings()
        .with_value("scan_gap_ms", "70")
        .with_value("scan_min_length", 8)
        .with_value("scale_prefixes", "21 ,22;23, 27")
        .with_value("scale_weight_digits", "4")
        .with_value("scale_weight_unit", " 10G ")
    )
    save_settings(settings)
    loaded = load_settings()
    assert loaded == settings
    assert loaded.scale_prefixes == "21-23, 27"  # written back as short as a shop writes it
    assert loaded.scale_weight_unit is WeightUnit.TEN_GRAMS
    template = loaded.scale_template
    assert (template.item_digits, template.weight_digits, template.divisor) == (6, 4, 100)
    # 27 000101 1234 C: item 000101, 1234 tens of grams.
    label = read_scale_label("2700010112349", template)
    assert label is not None
    assert (label.item_code, label.weight) == ("000101", Decimal("12.340"))


def test_a_one_digit_prefix_leaves_the_item_code_six_digits() -> None:
    template = Settings(scale_prefixes="2").scale_template
    assert (template.prefix_length, template.item_digits) == (1, 6)


@pytest.mark.parametrize(
    ("key", "value", "says"),
    [
        ("scan_gap_ms", "4", "from 5 to 200"),
        ("scan_gap_ms", "201", "from 5 to 200"),
        ("scan_gap_ms", "45.5", "whole number"),
        ("scan_min_length", "2", "from 3 to 32"),
        ("scale_prefixes", "", "1 to 3 digits"),
        ("scale_prefixes", "2x", "“2x” is not a prefix or a range"),
        ("scale_prefixes", "29-20", "“29-20” is not a prefix"),
        ("scale_prefixes", "2-29", "“2-29” is not a prefix"),
        ("scale_prefixes", "2, 21", "all of one length"),
        ("scale_prefixes", "1000-9999", "1 to 3 digits"),
        ("scale_weight_digits", "7", "4, 5 or 6 digits"),
        ("scale_weight_unit", "kg", "“kg” is not a weight unit of scale labels; use g or 10g"),
    ],
)
def test_a_wrong_value_is_refused_saying_what_to_write(key: str, value: str, says: str) -> None:
    with pytest.raises(ValidationError) as raised:
        Settings().with_value(key, value)
    assert raised.value.field == key
    assert says in str(raised.value)


def test_settings_set_changes_the_scanner_and_the_scale_labels(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["settings", "set", "scan_gap_ms", "60"]) == 0
    assert main(["settings", "set", "scale_prefixes", "21-25"]) == 0
    assert main(["settings", "set", "scale_weight_unit", "10g"]) == 0
    out = capsys.readouterr().out
    assert out == "scan_gap_ms = 60\nscale_prefixes = 21-25\nscale_weight_unit = 10g\n"
    assert main(["settings", "set", "scale_prefixes", "21-2"]) == 2
    assert "scale_prefixes: “21-2” is not a prefix" in capsys.readouterr().err
    loaded = load_settings()
    assert (loaded.scan_gap_ms, loaded.scale_prefixes) == (60, "21-25")  # nothing lost
    assert main(["settings", "show"]) == 0
    assert "scale_weight_unit" in capsys.readouterr().out
