"""Schema steps for what the till keeps beside its receipts: the journal's identity (5), the
product catalog (7), people, shifts and cash movements (9), and the administrators' approvals
tied to the receipts they let go ahead.

:data:`.schema.MIGRATIONS` runs them, with the other steps, in the order they were shipped.
"""

from __future__ import annotations

import sqlite3

from pos_app.core.journal import identity


def v5_journal_identity(conn: sqlite3.Connection) -> None:
    """The journal's own id (also kept beside it, see :mod:`.identity`), so a replaced or
    emptied journal file is noticed instead of starting receipt numbers over; the table holds
    the floor of new receipt numbers after an older copy was restored, too."""
    # IF NOT EXISTS, OR IGNORE: a restore may have given an older journal its id already.
    conn.execute(
        "CREATE TABLE IF NOT EXISTS journal_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
    )
    conn.execute(
        "INSERT OR IGNORE INTO journal_meta VALUES (?, ?)",
        (identity.JOURNAL_ID, identity.new_journal_id()),
    )


def v7_product_catalog(conn: sqlite3.Connection) -> None:
    """The shop's product catalog: products, their barcodes, and a full-text index of their
    names, codes and barcodes for search as the cashier types."""
    conn.execute(
        """
        CREATE TABLE products (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,         -- the shop's own code (SKU, PLU)
            name TEXT NOT NULL,
            sort_key TEXT NOT NULL,            -- the name case folded: the lists' order
            price_kopecks INTEGER NOT NULL,
            vat_code INTEGER NOT NULL,         -- VatRate
            payment_subject INTEGER NOT NULL,  -- PaymentSubject
            unit INTEGER NOT NULL              -- MeasurementUnit: 0 pieces, 11 kg (weighed)
        )
        """
    )
    conn.execute("CREATE INDEX products_by_name ON products(sort_key, id)")
    # A barcode belongs to one product; a product may have several (sizes of one pack, a
    # supplier's change of label).
    conn.execute(
        """
        CREATE TABLE product_barcodes (
            barcode TEXT PRIMARY KEY,
            product_id INTEGER NOT NULL REFERENCES products(id)
        ) WITHOUT ROWID
        """
    )
    conn.execute("CREATE INDEX barcodes_by_product ON product_barcodes(product_id)")
    # rowid = products.id. The text is folded by pos-app before it is stored (SQLite's own
    # lower() knows only ASCII); unicode61 splits it into words, and the prefix indexes make
    # a one- to three-letter prefix as quick as a longer one.
    conn.execute(
        """
        CREATE VIRTUAL TABLE product_search USING fts5(
            text, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3'
        )
        """
    )


def v9_shifts_and_people(conn: sqlite3.Connection) -> None:
    """The till's people (cashiers and administrators, with their PINs as salted scrypt
    hashes, never the PIN), its shifts with their cash count, the cash put in and taken out,
    and who did what: each receipt's cashier and shift, each history step's person, and the
    administrators' approvals. Receipts from before have no shift and no cashier (NULL)."""
    conn.execute(
        """
        CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            role TEXT NOT NULL,                -- cashier, admin
            pin_hash TEXT NOT NULL,            -- scrypt, hex
            pin_salt TEXT NOT NULL,            -- random per person, hex
            pin_params TEXT NOT NULL,          -- the KDF's parameters, JSON
            failed_attempts INTEGER NOT NULL DEFAULT 0,  -- wrong PINs in a row
            locked_until TEXT,                 -- no PIN is checked before then
            created_at TEXT NOT NULL
        )
        """
    )
    conn.execute(
        """
        CREATE TABLE shifts (
            id INTEGER PRIMARY KEY,
            opened_at TEXT NOT NULL,
            opened_by TEXT NOT NULL,           -- the name the shift was opened under
            cashier TEXT,                      -- the same, when roles are on; NULL otherwise
            automatic INTEGER NOT NULL DEFAULT 0,  -- opened by a sale, the drawer not counted
            opening_cash TEXT NOT NULL,        -- Decimal as text
            closed_at TEXT,
            closed_by TEXT,
            counted_cash TEXT,
            expected_cash TEXT,
            difference TEXT                    -- counted less expected
        )
        """
    )
    # At most one shift open at a time, whichever process opens it.
    conn.execute(
        "CREATE UNIQUE INDEX one_open_shift ON shifts(closed_at IS NULL) WHERE closed_at IS NULL"
    )
    conn.execute(
        """
        CREATE TABLE cash_movements (
            id INTEGER PRIMARY KEY,
            shift_id INTEGER NOT NULL REFERENCES shifts(id),
            at TEXT NOT NULL,
            direction TEXT NOT NULL,           -- in, out
            amount TEXT NOT NULL,              -- Decimal as text, positive
            reason TEXT NOT NULL,
            person TEXT NOT NULL,
            approved_by TEXT                   -- the administrator, for cash taken out
        )
        """
    )
    conn.execute("CREATE INDEX cash_by_shift ON cash_movements(shift_id)")
    conn.execute(
        """
        CREATE TABLE approvals (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            admin TEXT NOT NULL,
            action TEXT NOT NULL,              -- refund, cancel, cash_out, settings
            shift_id INTEGER REFERENCES shifts(id)
        )
        """
    )
    conn.execute("ALTER TABLE receipts ADD COLUMN cashier TEXT")
    conn.execute("ALTER TABLE receipts ADD COLUMN shift_id INTEGER REFERENCES shifts(id)")
    conn.execute("CREATE INDEX receipts_by_shift ON receipts(shift_id)")
    conn.execute("ALTER TABLE receipt_history ADD COLUMN person TEXT")


def history_words_and_approved_receipts(conn: sqlite3.Connection) -> None:
    """Each history step's words kept as a message too (like last_error_message), so the
    window shows them in the cashier's language; the English text stays in detail. Older
    steps have no message and are shown as they were written. An approval names the receipt
    it let go ahead (refunded or cancelled), so the receipt's history shows who approved it."""
    conn.execute("ALTER TABLE receipt_history ADD COLUMN detail_message TEXT")
    conn.execute("ALTER TABLE approvals ADD COLUMN receipt_id INTEGER REFERENCES receipts(id)")
    conn.execute("CREATE INDEX approvals_by_receipt ON approvals(receipt_id)")
