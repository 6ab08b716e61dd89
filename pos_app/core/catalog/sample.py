"""The sandbox's sample catalog: about fifty products of a Russian corner shop, a few weighed
(their codes 00101–00107 are the item codes of scale labels, e.g. 2200101012348)."""

from __future__ import annotations

import sys
from pathlib import Path

from pos_app.core.catalog.catalog import Catalog, ImportReport

SAMPLE = Path("catalog") / "sample.csv"


def sample_file() -> Path:
    """resources/catalog/sample.csv, beside the package or in the PyInstaller bundle (as
    :func:`pos_app.qt.resources.resource_dir` finds the other resources)."""
    bundle = getattr(sys, "_MEIPASS", None)
    resources = Path(bundle) if bundle is not None else Path(__file__).resolve().parents[3]
    return resources / "resources" / SAMPLE


def load_sample(catalog: Catalog, path: Path | None = None) -> ImportReport | None:
    """Fill an empty catalog with the sample (a catalog with products is left alone)."""
    if catalog.count():
        return None
    return catalog.import_csv((path or sample_file()).read_text(encoding="utf-8"))
