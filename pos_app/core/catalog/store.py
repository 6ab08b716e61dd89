"""The catalog's rows in the journal's database: look-ups, searches a page at a time, saving."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from pos_app.core.catalog.product import Product, fold, search_document, search_words
from pos_app.core.codes import MeasurementUnit, PaymentSubject, VatRate
from pos_app.core.journal.connection import Store
from pos_app.core.journal.indexing import from_kopecks, to_kopecks

DEFAULT_PAGE = 200
# ASSUMED: a list of more matches than this is not read by a cashier, who types on instead.
SORTED_AT_MOST = 1000

_COLUMNS = """
    p.id, p.code, p.name, p.sort_key, p.price_kopecks, p.vat_code, p.payment_subject, p.unit,
    (SELECT group_concat(b.barcode, ' ') FROM product_barcodes b WHERE b.product_id = p.id)
        AS barcodes
"""


@dataclass(frozen=True)
class Cursor:
    """Where a page ended: the next page starts after this product."""

    sort_key: str | None  # None: the list is in catalog order (see :func:`search`)
    id: int


@dataclass(frozen=True)
class Page:
    """Products in the list's order; ``after`` continues the list (None: no more)."""

    products: tuple[Product, ...]
    after: Cursor | None
    by_name: bool = True


class SavedAs:
    """How saving a product went: added, or an existing code updated."""

    ADDED = "added"
    UPDATED = "updated"


class BarcodeTakenError(Exception):
    """The barcode is another product's (its code is ``owner``)."""

    def __init__(self, barcode: str, owner: str) -> None:
        super().__init__(barcode, owner)
        self.barcode = barcode
        self.owner = owner


def _product(row: sqlite3.Row) -> Product:
    # Rows were checked when saved: built without checking again, quickly, for long lists.
    product = object.__new__(Product)
    values = {
        "code": row["code"],
        "name": row["name"],
        "price": from_kopecks(row["price_kopecks"]),
        "vat": VatRate(row["vat_code"]),
        "payment_subject": PaymentSubject(row["payment_subject"]),
        "unit": MeasurementUnit(row["unit"]),
        "barcodes": tuple(row["barcodes"].split(" ")) if row["barcodes"] else (),
        "id": row["id"],
    }
    for name, value in values.items():
        object.__setattr__(product, name, value)
    return product


def match_expression(text: str) -> str | None:
    """The FTS5 query for what was typed: every word a prefix of some word of the product;
    None when nothing searchable was typed. Words hold only letters and digits (no quotes)."""
    words = search_words(text)
    if not words:
        return None
    return " AND ".join(f'"{word}"*' for word in words)


def search(store: Store, text: str, limit: int = DEFAULT_PAGE, after: Cursor | None = None) -> Page:
    """Products whose name, code or barcode words start with each typed word.

    By name, unless more than :data:`SORTED_AT_MOST` match: sorting that many on every
    keystroke would take longer than a keystroke may, so they come in catalog order (the
    order they were added) until another letter narrows them down."""
    expression = match_expression(text)
    with store.read() as conn:
        if expression is None:
            by_name = True
            condition, params = "1", list[object]()
        else:
            by_name = (after.sort_key is not None) if after is not None else _few(conn, expression)
            condition = (
                "p.id IN (SELECT rowid FROM product_search WHERE product_search MATCH ?)"
                if by_name
                else "p.id IN (SELECT rowid FROM product_search WHERE product_search MATCH ?"
                " AND rowid > ? ORDER BY rowid LIMIT ?)"
            )
            first = after.id if after else 0
            params = [expression] if by_name else [expression, first, limit + 1]
        if by_name:
            if after is not None:
                condition += " AND (p.sort_key, p.id) > (?, ?)"
                params.extend((after.sort_key, after.id))
            order = "p.sort_key, p.id"
        else:
            order = "p.id"
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM products p WHERE {condition}"  # noqa: S608 - code's SQL
            f" ORDER BY {order} LIMIT ?",
            (*params, limit + 1),  # one more than shown: whether another page follows
        ).fetchall()
    more = len(rows) > limit
    rows = rows[:limit]
    products = tuple(_product(row) for row in rows)
    last = None
    if more:
        last = Cursor(rows[-1]["sort_key"] if by_name else None, rows[-1]["id"])
    return Page(products, last, by_name)


def _few(conn: sqlite3.Connection, expression: str) -> bool:
    found: int = conn.execute(
        "SELECT COUNT(*) FROM (SELECT rowid FROM product_search WHERE product_search MATCH ?"
        " LIMIT ?)",
        (expression, SORTED_AT_MOST + 1),
    ).fetchone()[0]
    return found <= SORTED_AT_MOST


def by_barcode(store: Store, barcode: str) -> Product | None:
    with store.read() as conn:
        row = conn.execute(
            f"SELECT {_COLUMNS} FROM product_barcodes x JOIN products p ON p.id = x.product_id"  # noqa: S608
            " WHERE x.barcode = ?",
            (barcode,),
        ).fetchone()
    return None if row is None else _product(row)


def by_code(store: Store, code: str) -> Product | None:
    with store.read() as conn:
        row = conn.execute(
            f"SELECT {_COLUMNS} FROM products p WHERE p.code = ?",  # noqa: S608
            (code,),
        ).fetchone()
    return None if row is None else _product(row)


def count(store: Store) -> int:
    with store.read() as conn:
        found: int = conn.execute("SELECT COUNT(*) FROM products").fetchone()[0]
    return found


def every(store: Store, page: int = 1000) -> Iterator[Product]:
    """Every product by name, read a page at a time (an export of any size)."""
    after: Cursor | None = None
    while True:
        found = search(store, "", page, after)
        yield from found.products
        if found.after is None:
            return
        after = found.after


class Saver:
    """Adds products, or updates the ones with their codes (barcodes replaced by the new
    ones), inside the caller's write transaction; call :meth:`flush` before it commits.

    New products are written in batches (``executemany``) with ids given here, and an import
    (``bulk``) reads the codes and barcodes already there once instead of once a line: an
    import of 100,000 lines spends its time on the lines, not on look-ups."""

    BATCH = 5000

    def __init__(self, conn: sqlite3.Connection, *, bulk: bool = False) -> None:
        self._conn = conn
        self._ids: dict[str, int] | None = None
        self._owners: dict[str, str] | None = None
        if bulk:
            self._ids = dict(conn.execute("SELECT code, id FROM products").fetchall())
            self._owners = dict(
                conn.execute(
                    "SELECT x.barcode, p.code FROM product_barcodes x"
                    " JOIN products p ON p.id = x.product_id"
                ).fetchall()
            )
        last = conn.execute("SELECT MAX(id) FROM products").fetchone()[0]
        self._next_id = (last or 0) + 1
        self._products: list[tuple[object, ...]] = []
        self._barcodes: list[tuple[str, int]] = []
        self._search: list[tuple[int, str]] = []

    def save(self, product: Product) -> tuple[int, str]:
        """The product's id and whether it was added or updated; BarcodeTakenError (nothing
        changed) if one of its barcodes is another product's."""
        for barcode in product.barcodes:
            owner = self._owner(barcode)
            if owner is not None and owner != product.code:
                raise BarcodeTakenError(barcode, owner)
        values = (
            product.name,
            fold(product.name),
            to_kopecks(product.price),
            product.vat.code,
            int(product.payment_subject),
            int(product.unit),
        )
        product_id = self._id(product.code)
        if product_id is None:
            product_id = self._next_id
            self._next_id += 1
            self._products.append((product_id, product.code, *values))
            saved_as = SavedAs.ADDED
        else:
            self.flush()  # it may be in the batch still (a code twice in one file)
            self._update(product_id, values)
            saved_as = SavedAs.UPDATED
        if self._ids is not None:
            self._ids[product.code] = product_id
        for barcode in product.barcodes:
            self._barcodes.append((barcode, product_id))
            if self._owners is not None:
                self._owners[barcode] = product.code
        self._search.append((product_id, search_document(product)))
        if len(self._search) >= self.BATCH:
            self.flush()
        return product_id, saved_as

    def flush(self) -> None:
        """Write what is batched."""
        conn = self._conn
        conn.executemany(
            "INSERT INTO products (id, code, name, sort_key, price_kopecks, vat_code,"
            " payment_subject, unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            self._products,
        )
        conn.executemany(
            "INSERT INTO product_barcodes (barcode, product_id) VALUES (?, ?)", self._barcodes
        )
        conn.executemany("INSERT INTO product_search (rowid, text) VALUES (?, ?)", self._search)
        self._products, self._barcodes, self._search = [], [], []

    def _update(self, product_id: int, values: tuple[object, ...]) -> None:
        conn = self._conn
        conn.execute(
            "UPDATE products SET name = ?, sort_key = ?, price_kopecks = ?, vat_code = ?,"
            " payment_subject = ?, unit = ? WHERE id = ?",
            (*values, product_id),
        )
        if self._owners is not None:
            for (barcode,) in conn.execute(
                "SELECT barcode FROM product_barcodes WHERE product_id = ?", (product_id,)
            ).fetchall():
                self._owners.pop(barcode, None)
        conn.execute("DELETE FROM product_barcodes WHERE product_id = ?", (product_id,))
        conn.execute("DELETE FROM product_search WHERE rowid = ?", (product_id,))

    def _owner(self, barcode: str) -> str | None:
        if self._owners is not None:
            return self._owners.get(barcode)
        row = self._conn.execute(
            "SELECT p.code FROM product_barcodes x JOIN products p ON p.id = x.product_id"
            " WHERE x.barcode = ?",
            (barcode,),
        ).fetchone()
        return None if row is None else str(row[0])

    def _id(self, code: str) -> int | None:
        if self._ids is not None:
            return self._ids.get(code)
        row = self._conn.execute("SELECT id FROM products WHERE code = ?", (code,)).fetchone()
        return None if row is None else int(row[0])
