"""The shop's product catalog: products, barcodes, search, CSV import and export, scale labels.

Each name is imported on first use (:mod:`pos_app.core.lazy`): the till's window knows the
catalog's types before the session (and SQLite with it) is opened in the background.
"""

from typing import TYPE_CHECKING

from pos_app.core import lazy

if TYPE_CHECKING:
    from pos_app.core.catalog.catalog import Catalog as Catalog
    from pos_app.core.catalog.catalog import ImportReport as ImportReport
    from pos_app.core.catalog.catalog import Scanned as Scanned
    from pos_app.core.catalog.csv_file import CatalogFileError as CatalogFileError
    from pos_app.core.catalog.csv_file import Problem as Problem
    from pos_app.core.catalog.product import Product as Product
    from pos_app.core.catalog.scale import ScaleLabel as ScaleLabel
    from pos_app.core.catalog.scale import ScaleTemplate as ScaleTemplate
    from pos_app.core.catalog.scale import read_scale_label as read_scale_label
    from pos_app.core.catalog.selling import Line as Line
    from pos_app.core.catalog.selling import add_product as add_product
    from pos_app.core.catalog.selling import line_for as line_for
    from pos_app.core.catalog.selling import position_for as position_for
    from pos_app.core.catalog.store import BarcodeTakenError as BarcodeTakenError
    from pos_app.core.catalog.store import Cursor as Cursor
    from pos_app.core.catalog.store import Page as Page

__all__, __getattr__, __dir__ = lazy.exports(
    __name__,
    {
        "catalog": ("Catalog", "ImportReport", "Scanned"),
        "csv_file": ("CatalogFileError", "Problem"),
        "product": ("Product",),
        "scale": ("ScaleLabel", "ScaleTemplate", "read_scale_label"),
        "selling": ("Line", "add_product", "line_for", "position_for"),
        "store": ("BarcodeTakenError", "Cursor", "Page"),
    },
)
