"""What the PyInstaller specs leave out of a bundle, as named cuts (see packaging/README.md).

An ``excludes`` entry only keeps a Python module out; Qt's plugins, the libraries they link and
Qt's translations arrive through PySide6's hooks whatever the excludes say, so each cut is also a
filter over the collected binaries and data files. ``POS_APP_BUNDLE_CUTS`` (comma-separated
names, or ``none``) builds with a subset: that is how the size of each cut was measured.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable

# In the order they were measured; each entry: (name, what it drops, why that is safe).
CUTS = (
    "modules",  # Python modules and Qt bindings nothing imports at run time
    "plugins",  # Qt plugins for platforms and features a shop PC does not use
    "qt-libs",  # Qt libraries only those plugins and bindings needed
    "translations",  # Qt's own translations other than Russian and English
    "strip",  # debug symbols of the shared libraries
    "data",  # phonenumbers' geocoding, carrier and time-zone data; python-stdnum's tables
    "cups",  # the printing system's client library and its TLS stack: the shop's own is used
)

# Only modules that would otherwise be collected: PySide6's hooks add QtNetwork and QtDBus, and
# libraries we use import these optionally. A module the app starts to use must leave the list.
EXCLUDED_MODULES = [
    "PySide6.QtNetwork",
    "PySide6.QtDBus",  # the bindings; libQt6DBus itself stays (QtGui links it)
    "tkinter",
    # Pillow, installed for the tests: qrcode imports it where it is there, for image kinds
    # pos-app never asks for (its PNG is pypng's, the photo check reads headers alone).
    "PIL",
    "gi",  # keyring's libsecret backend (SecretStorage is the one used on Linux)
    "dbus",  # keyring's KWallet backend (KWallet serves the Secret Service API too)
    "readline",  # line editing of an interactive prompt, with libreadline and libtinfo
    # email-validator's deliverability check by DNS (dnspython): pos-app checks the form only.
    "dns",
    "email_validator.deliverability",
    # concurrent.futures' process pool (pos-app's jobs run on threads); leaving it out also
    # leaves out PyInstaller's multiprocessing hook, which ran at every start.
    "multiprocessing",
    # phonenumbers' self-test, under `if __name__ == "__main__"`, and what it brings.
    "doctest",
    "pdb",
    "unittest",
]
# phonenumbers' hook collects every submodule; pos-app parses and validates numbers only, and
# never asks for a number's place, carrier or time zone.
UNUSED_DATA_MODULES = [
    "phonenumbers.geocoder",
    "phonenumbers.geodata",
    "phonenumbers.carrier",
    "phonenumbers.carrierdata",
    "phonenumbers.timezone",
    "phonenumbers.tzdata",
    "pydoc_data",  # the interactive help's topics
]
# python-stdnum's tables (ISBN ranges, IBAN registry, ...): its ru.inn needs none of them. A
# stdnum module that reads a .dat file must be allowed back here.
_STDNUM_TABLES = re.compile(r"^stdnum/.+\.dat$")

# Paths inside the bundle (forward slashes), matched from the start.
_PLUGINS_KEPT = {
    # xcb for a desktop (X11, or XWayland on a Wayland desktop: ASSUMED enough for a till),
    # offscreen for --smoke and tests without a screen.
    "platforms": ("libqxcb", "libqoffscreen"),
    "xcbglintegrations": ("libqxcb-glx-integration", "libqxcb-egl-integration"),
    # Desktop portals (file dialogs) on any desktop; GTK3's theme would pull in all of GTK.
    "platformthemes": ("libqxdgdesktopportal",),
    # Keyboard input methods (ibus, compose): typing Cyrillic on some desktops needs them.
    "platforminputcontexts": ("libcomposeplatforminputcontextplugin", "libibusplatforminput"),
    # The print dialog's printers (receipts are printed through CUPS).
    "printsupport": ("libcupsprintersupport",),
}
_PLUGIN = re.compile(r"^PySide6/Qt/plugins/([^/]+)/([^/]+)$")

# Qt libraries wanted only by the plugins and bindings cut above (verified: packaging/smoke.sh
# fails when a library in the bundle needs one that is not there).
_QT_LIBS_UNUSED = re.compile(
    r"(^|/)libQt6(Network|OpenGL|Svg|WaylandClient|WaylandEglClientHwIntegration"
    r"|WlShellIntegration|EglFSDeviceIntegration|EglFsKmsSupport|EglFsKmsGbmSupport"
    r"|Pdf|Qml|Quick)\.so"
)
# GTK and its stack arrive with the GTK3 theme plugin; Wayland's with the Wayland plugins.
_SYSTEM_LIBS_OF_CUT_PLUGINS = re.compile(
    r"^lib(gtk-3|gdk-3|gdk_pixbuf-2\.0|atk-1\.0|atk-bridge-2\.0|atspi|cairo|cairo-gobject"
    r"|pango-1\.0|pangocairo-1\.0|pangoft2-1\.0|epoxy|pixman-1|thai|datrie|fribidi"
    r"|Xcomposite|Xcursor|Xdamage|Xi|Xinerama|Xrandr|Xfixes|wayland-\w+"
    r"|gssapi_krb5|krb5|krb5support|k5crypto|com_err|keyutils)\.so"
)
# CUPS's client library (the print plugin links it) with its TLS and DNS-SD stack: it must match
# the shop's own CUPS, which any desktop that prints has; the .deb depends on libcups2.
_CUPS_LIBS = re.compile(
    r"^lib(cups|gnutls|unistring|p11-kit|gmp|nettle|hogweed|idn2|tasn1|avahi-client"
    r"|avahi-common)\.so"
)
_QT_TRANSLATION = re.compile(r"^PySide6/Qt/translations/(\w+?)_([a-z]{2}(_[A-Z]{2})?)\.qm$")


def chosen(environ: dict[str, str] | None = None) -> tuple[str, ...]:
    """The cuts to apply: all of them unless POS_APP_BUNDLE_CUTS names some (or ``none``)."""
    value = (environ if environ is not None else dict(os.environ)).get("POS_APP_BUNDLE_CUTS")
    if value is None:
        return CUTS
    names = tuple(name.strip() for name in value.split(",") if name.strip() not in ("", "none"))
    unknown = set(names) - set(CUTS)
    if unknown:
        raise SystemExit(f"POS_APP_BUNDLE_CUTS: unknown cuts {sorted(unknown)}; known: {CUTS}")
    return names


def excludes(cuts: Iterable[str]) -> list[str]:
    chosen = set(cuts)
    return [
        *(EXCLUDED_MODULES if "modules" in chosen else []),
        *(UNUSED_DATA_MODULES if "data" in chosen else []),
    ]


def _keep(dest: str, cuts: tuple[str, ...]) -> bool:
    dest = dest.replace("\\", "/")
    name = dest.rsplit("/", 1)[-1]
    plugin = _PLUGIN.match(dest)
    if "plugins" in cuts and plugin is not None:
        kept = _PLUGINS_KEPT.get(plugin.group(1), ())
        return plugin.group(2).startswith(kept) if kept else False
    if "qt-libs" in cuts and (
        _QT_LIBS_UNUSED.search(dest)
        or ("/" not in dest and _SYSTEM_LIBS_OF_CUT_PLUGINS.match(name))
    ):
        return False
    translation = _QT_TRANSLATION.match(dest)
    if "translations" in cuts and translation is not None:
        return translation.group(2) in ("ru", "en") and translation.group(1) in ("qt", "qtbase")
    if "data" in cuts and _STDNUM_TABLES.match(dest):
        return False
    return not ("cups" in cuts and "/" not in dest and _CUPS_LIBS.match(name))


def apply(toc: list[tuple[str, str, str]], cuts: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """The entries of a PyInstaller TOC (dest, source, kind) the cuts keep."""
    return [entry for entry in toc if _keep(entry[0], cuts)]
