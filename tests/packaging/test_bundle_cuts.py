"""What the bundle keeps and drops (packaging/bundle_cuts.py), checked on PyInstaller-style
entries without building: a cut that drops what the shop needs must fail here first."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_cuts() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "bundle_cuts", ROOT / "packaging" / "bundle_cuts.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


cuts = load_cuts()


def kept(*paths: str, chosen: tuple[str, ...] = cuts.CUTS) -> list[str]:
    return [dest for dest, _, _ in cuts.apply([(path, "src", "BINARY") for path in paths], chosen)]


def test_the_window_keeps_its_platforms_and_input_methods() -> None:
    needed = (
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
        # the print dialog lists the shop's printers through CUPS
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/lib/libQt6PrintSupport.so.6",
        "PySide6/Qt/lib/libQt6DBus.so.6",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "PySide6/Qt/translations/qtbase_ru.qm",
        "PySide6/Qt/translations/qt_ru.qm",
        "libgraphite2.so.3",
        "resources/translations/pos_app_ru.qm",
    )

    assert kept(*needed) == list(needed)


def test_what_a_shop_never_uses_is_dropped() -> None:
    unused = (
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/imageformats/libqwebp.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/Qt/lib/libQt6WaylandClient.so.6",
        "libgtk-3.so.0",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qt_help_ru.qm",
        "stdnum/isbn.dat",
        "stdnum/cn/loc.dat",
        # CUPS's client and its TLS stack come from the shop's system (the .deb depends on it)
        "libcups.so.2",
        "libgnutls.so.30",
        "libavahi-client.so.3",
        "libp11-kit.so.0",
    )

    assert kept(*unused) == []


def test_the_debian_package_depends_on_what_the_cuts_take_from_the_system() -> None:
    control = (ROOT / "packaging" / "linux" / "control").read_text(encoding="utf-8")

    assert "libcups2" in control


def test_phone_numbers_are_checked_without_their_geocoding_data() -> None:
    excluded = cuts.excludes(cuts.CUTS)

    assert {"phonenumbers.geodata", "phonenumbers.carrierdata"} <= set(excluded)
    assert "phonenumbers" not in excluded
    assert "phonenumbers.data" not in excluded


def test_pillow_stays_out_and_what_reads_photos_and_writes_qr_codes_stays_in() -> None:
    excluded = cuts.excludes(cuts.CUTS)

    assert "PIL" in excluded
    assert {"imagesize", "png", "qrcode"}.isdisjoint(excluded)


def test_without_cuts_everything_stays() -> None:
    everything = ("libgtk-3.so.0", "PySide6/Qt/plugins/platforms/libqwayland.so")

    assert kept(*everything, chosen=()) == list(everything)


@pytest.mark.parametrize(
    ("value", "chosen"),
    [(None, cuts.CUTS), ("none", ()), ("modules,strip", ("modules", "strip"))],
)
def test_the_cuts_are_chosen_by_the_environment(value: str | None, chosen: tuple[str, ...]) -> None:
    environ = {} if value is None else {"POS_APP_BUNDLE_CUTS": value}

    assert cuts.chosen(environ) == chosen


def test_an_unknown_cut_stops_the_build_with_the_known_ones() -> None:
    with pytest.raises(SystemExit, match="unknown cuts \\['plugin'\\]"):
        cuts.chosen({"POS_APP_BUNDLE_CUTS": "plugin"})


def test_the_bundle_carries_every_folder_of_resources() -> None:
    spec = (ROOT / "packaging" / "pos-app.spec").read_text(encoding="utf-8")
    folders = sorted(path.name for path in (ROOT / "resources").iterdir() if path.is_dir())

    assert folders == ["catalog", "icons", "translations"]
    assert [f for f in folders if f'ROOT / "resources" / "{f}"' not in spec] == []
