"""The shop's catalog: find a product as the cashier types or scans, import and export it."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from pos_app.core.catalog import store
from pos_app.core.catalog.csv_file import Problem, ReadLine, read_products, write_products
from pos_app.core.catalog.product import Product
from pos_app.core.catalog.scale import ScaleTemplate, read_scale_label
from pos_app.core.catalog.store import DEFAULT_PAGE, BarcodeTakenError, Cursor, Page, SavedAs
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.i18n import Message
from pos_app.core.journal.connection import Store

ONE = Decimal(1)


@dataclass(frozen=True)
class ImportReport:
    """What an import did: products added and updated, and every line left out with why."""

    added: int
    updated: int
    problems: tuple[Problem, ...]

    @property
    def imported(self) -> int:
        return self.added + self.updated


@dataclass(frozen=True)
class Scanned:
    """A scanned code's product and how much of it: one piece, or the weight on its label."""

    product: Product
    quantity: Decimal


class Catalog:
    """The products in the journal's database. Reads run on the calling thread's connection
    and may run on a worker; an import is one write transaction."""

    def __init__(self, store_: Store) -> None:
        self._store = store_

    def count(self) -> int:
        return store.count(self._store)

    def search(self, text: str, limit: int = DEFAULT_PAGE, after: Cursor | None = None) -> Page:
        """Products each of whose typed words starts a word of its name, code or barcode
        (case and ё/е ignored), ``limit`` at a time; all of them for empty text. By name, or
        in catalog order when very many match (see :func:`.store.search`)."""
        return store.search(self._store, text, limit, after)

    def by_barcode(self, barcode: str) -> Product | None:
        return store.by_barcode(self._store, barcode.strip())

    def by_code(self, code: str) -> Product | None:
        return store.by_code(self._store, code.strip())

    def scanned(self, code: str, template: ScaleTemplate | None = None) -> Scanned | None:
        """The product a scanned code stands for: a barcode of the catalog, else a scale
        label whose item code is a weighed product's code (ASSUMED: the back office sends the
        scale each product's own code as its item code), with the weight on the label."""
        code = code.strip()
        product = self.by_barcode(code)
        if product is not None:
            return Scanned(product, ONE)
        label = read_scale_label(code, template)
        if label is None:
            return None
        for item in dict.fromkeys((label.item_code, label.item_code.lstrip("0"))):
            product = self.by_code(item) if item else None
            if product is not None and product.weighed:
                return Scanned(product, label.weight)
        return None

    def save(self, product: Product) -> Product:
        """Add a product or update the one with its code; BarcodeTakenError if one of its
        barcodes is another product's (nothing changes)."""
        with self._store.write() as conn:
            saver = store.Saver(conn)
            product_id, _ = saver.save(product)
            saver.flush()
        found = self.by_code(product.code)
        assert found is not None  # noqa: S101 - just written
        assert found.id == product_id  # noqa: S101
        return found

    def import_csv(self, text: str) -> ImportReport:
        """Import a catalog CSV (see :mod:`.csv_file`): every good line added or updated,
        every bad one reported, all in one transaction (a failure of the file saves none).
        CatalogFileError when the file as a whole cannot be read."""
        added = updated = 0
        problems: list[Problem] = []
        lines = read_products(text)
        with self._store.write() as conn:
            saver = store.Saver(conn, bulk=True)
            for item in lines:
                if isinstance(item, Problem):
                    problems.append(item)
                    continue
                try:
                    _, saved_as = saver.save(item.product)
                except BarcodeTakenError as taken:
                    problems.append(_taken(item, taken))
                    continue
                if saved_as == SavedAs.ADDED:
                    added += 1
                else:
                    updated += 1
            saver.flush()
        return ImportReport(added, updated, tuple(problems))

    def export_csv(self, out: io.TextIOBase | io.StringIO) -> int:
        """Write the whole catalog as CSV that imports back the same; returns how many."""
        return write_products(self.every(), out)

    def every(self) -> Iterator[Product]:
        return store.every(self._store)


def _taken(item: ReadLine, taken: BarcodeTakenError) -> Problem:
    return Problem(
        item.line,
        "barcodes",
        Message.of(
            "validation",
            _N("validation", "The barcode {barcode} is already product {owner}'s."),
            {"barcode": taken.barcode, "owner": taken.owner},
        ),
    )
