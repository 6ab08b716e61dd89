"""Sandbox mode's till trains with this machine's own equipment settings (scanner, scale
labels, printer, phone country) from the shop's settings file, and the demo shop for the rest;
a shop file that cannot be read does not stop training."""

from __future__ import annotations

from pos_app.core.catalog.scale import WeightUnit
from pos_app.core.settings import Settings, save_settings
from pos_app.core.settings_file import settings_path
from pos_app.sandbox.till import open_sandbox_session

SHOP_INN = "7707083893"


def test_the_sandbox_keeps_this_tills_equipment_and_the_demo_shop() -> None:
    save_settings(
        Settings(
            shop_inn=SHOP_INN,
            shop_name="Молочный",
            phone_country="UZ",
            receipt_width=58,
            printer_name="XP-58",
            scan_gap_ms=80,
            scan_min_length=8,
            scale_prefixes="27",
            scale_weight_unit=WeightUnit.TEN_GRAMS,
        )
    )
    session = open_sandbox_session()
    try:
        settings = session.settings
        assert (settings.phone_country, settings.receipt_width) == ("UZ", 58)
        assert settings.printer_name == "XP-58"
        assert (settings.scan_gap_ms, settings.scan_min_length) == (80, 8)
        assert settings.scale_prefixes == "27"
        assert settings.scale_weight_unit is WeightUnit.TEN_GRAMS
        # The shop itself and its services stay the demo ones: nothing goes out for real.
        assert settings.shop_inn != SHOP_INN
        assert settings.shop_name == "Sandbox"
        assert "127.0.0.1" in settings.intellectmoney_url
        assert session.ready
    finally:
        session.close()


def test_a_settings_file_that_cannot_be_read_leaves_the_defaults() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    session = open_sandbox_session()
    try:
        assert session.settings.scan_gap_ms == Settings().scan_gap_ms
        assert session.settings.receipt_width == Settings().receipt_width
        assert session.ready
    finally:
        session.close()
