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


def save(conn: sqlite3.Connection, product: Product) -> tuple[int, str]:
    """Add the product, or update the one with its code (its barcodes replaced by these),
    inside the caller's write transaction; BarcodeTakenError if a barcode is another's."""
    for barcode in product.barcodes:
        owner = conn.execute(
            "SELECT p.code FROM product_barcodes x JOIN products p ON p.id = x.product_id"
            " WHERE x.barcode = ?",
            (barcode,),
        ).fetchone()
        if owner is not None and owner[0] != product.code:
            raise BarcodeTakenError(barcode, owner[0])
    existing = conn.execute("SELECT id FROM products WHERE code = ?", (product.code,)).fetchone()
    values = (
        product.name,
        fold(product.name),
        to_kopecks(product.price),
        product.vat.code,
        int(product.payment_subject),
        int(product.unit),
    )
    if existing is None:
        cursor = conn.execute(
            "INSERT INTO products (code, name, sort_key, price_kopecks, vat_code,"
            " payment_subject, unit) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (product.code, *values),
        )
        product_id = int(cursor.lastrowid or 0)
        saved_as = SavedAs.ADDED
    else:
        product_id = int(existing[0])
        conn.execute(
            "UPDATE products SET name = ?, sort_key = ?, price_kopecks = ?, vat_code = ?,"
            " payment_subject = ?, unit = ? WHERE id = ?",
            (*values, product_id),
        )
        conn.execute("DELETE FROM product_barcodes WHERE product_id = ?", (product_id,))
        conn.execute("DELETE FROM product_search WHERE rowid = ?", (product_id,))
        saved_as = SavedAs.UPDATED
    conn.executemany(
        "INSERT INTO product_barcodes (barcode, product_id) VALUES (?, ?)",
        [(barcode, product_id) for barcode in product.barcodes],
    )
    conn.execute(
        "INSERT INTO product_search (rowid, text) VALUES (?, ?)",
        (product_id, search_document(product)),
    )
    return product_id, saved_as
