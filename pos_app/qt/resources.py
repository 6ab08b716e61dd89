"""Where the app's resources (translations, styles) are: beside the package in a checkout or an
editable install, or in the PyInstaller bundle's folder."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
