"""The shop's product catalog: products, barcodes, search, CSV import and export, scale labels."""

from pos_app.core.catalog.catalog import Catalog, ImportReport, Scanned
from pos_app.core.catalog.csv_file import CatalogFileError, Problem
from pos_app.core.catalog.product import Product
from pos_app.core.catalog.scale import ScaleLabel, ScaleTemplate, read_scale_label
from pos_app.core.catalog.selling import Line, add_product, line_for, position_for
from pos_app.core.catalog.store import BarcodeTakenError, Cursor, Page

__all__ = [
    "BarcodeTakenError",
    "Catalog",
    "CatalogFileError",
    "Cursor",
    "ImportReport",
    "Line",
    "Page",
    "Problem",
    "Product",
    "ScaleLabel",
    "ScaleTemplate",
    "Scanned",
    "add_product",
    "line_for",
    "position_for",
    "read_scale_label",
]
