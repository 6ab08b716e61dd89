"""Schema steps for the receipts' own tables: content, state, fiscal data and history (1),
search text and report figures (3), failures kept as messages (4), each receipt's cashbox and
copy details (6), and the journal view's lookups (8).

:data:`.schema.MIGRATIONS` runs them, with the other steps, in the order they were shipped.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime

from pos_app.core.errors import ValidationError
from pos_app.core.journal.indexing import local_date, receipt_figures, search_text
from pos_app.core.merchant_receipt import loads_merchant_receipt

logger = logging.getLogger(__name__)


def v1_receipts_and_history(conn: sqlite3.Connection) -> None:
    """Receipts with their content, state, fiscal data, and the history of state changes."""
    conn.execute(
        """
        CREATE TABLE receipts (
            id INTEGER PRIMARY KEY,
            created_at TEXT NOT NULL,          -- UTC, ISO 8601 with microseconds
            updated_at TEXT NOT NULL,
            receipt_type INTEGER NOT NULL,     -- Content.Type, 1 to 4
            total_kopecks INTEGER NOT NULL,
            change_kopecks INTEGER NOT NULL,
            content TEXT NOT NULL,             -- the MerchantReceipt JSON, as sent
            invoice_id TEXT NOT NULL,          -- the IntellectMoney invoice (СКО)
            refund_id INTEGER,                 -- InvoiceRefundId of a refund receipt
            refund_of INTEGER REFERENCES receipts(id),  -- the journal's original sale
            contact_email TEXT,
            contact_phone TEXT,
            state TEXT NOT NULL,
            document_id TEXT,
            fiscal_fn TEXT,
            fiscal_fd INTEGER,
            fiscal_fp TEXT,
            fiscal_shift INTEGER,
            fiscal_processed_at TEXT,          -- as the cashbox gave it, with its offset
            fiscal_device_sn TEXT,
            fiscal_device_rn TEXT,
            fiscal_ofd_name TEXT,
            fiscal_ofd_inn TEXT,
            qr TEXT,
            last_error TEXT,
            last_error_at TEXT
        )
        """
    )
    # getReceipt's answer, verbatim: kilobytes a receipt, read only when one is shown, so kept
    # apart; in the row it would push every receipt onto overflow pages and slow each scan.
    conn.execute(
        """
        CREATE TABLE fiscal_answers (
            receipt_id INTEGER PRIMARY KEY REFERENCES receipts(id),
            raw TEXT NOT NULL
        )
        """
    )
    conn.execute("CREATE INDEX receipts_by_state ON receipts(state)")
    conn.execute("CREATE INDEX receipts_by_refund_of ON receipts(refund_of)")
    conn.execute(
        """
        CREATE TABLE receipt_history (
            id INTEGER PRIMARY KEY,
            receipt_id INTEGER NOT NULL REFERENCES receipts(id),
            at TEXT NOT NULL,
            actor TEXT NOT NULL,               -- the app, or a person deciding
            from_state TEXT,
            to_state TEXT NOT NULL,
            detail TEXT NOT NULL
        )
        """
    )
    conn.execute("CREATE INDEX history_by_receipt ON receipt_history(receipt_id)")


def v3_search_and_reports(conn: sqlite3.Connection) -> None:
    """Local dates, search text and per-receipt payment and VAT sums, with their indexes, so
    searches and period reports stay fast on a large journal."""
    conn.execute("ALTER TABLE receipts ADD COLUMN created_date TEXT")  # local date
    conn.execute("ALTER TABLE receipts ADD COLUMN fiscal_date TEXT")  # local date, fiscalized
    # The text a search looks in, in a narrow table of its own: a search for something rare
    # reads every row, and these rows are short.
    conn.execute(
        """
        CREATE TABLE receipt_search (
            receipt_id INTEGER PRIMARY KEY REFERENCES receipts(id),
            text TEXT NOT NULL
        )
        """
    )
    # WITHOUT ROWID: rows are stored in key order, so a receipt's lines sit together.
    conn.execute(
        """
        CREATE TABLE receipt_payments (
            receipt_id INTEGER NOT NULL REFERENCES receipts(id),
            payment_type INTEGER NOT NULL,
            amount_kopecks INTEGER NOT NULL,   -- as paid (cash before the change is given)
            PRIMARY KEY (receipt_id, payment_type)
        ) WITHOUT ROWID
        """
    )
    conn.execute(
        """
        CREATE TABLE receipt_vat (
            receipt_id INTEGER NOT NULL REFERENCES receipts(id),
            vat_code INTEGER NOT NULL,
            base_kopecks INTEGER NOT NULL,
            vat_kopecks INTEGER NOT NULL,
            PRIMARY KEY (receipt_id, vat_code)
        ) WITHOUT ROWID
        """
    )
    _backfill_v3(conn)
    conn.execute("CREATE INDEX receipts_by_created_date ON receipts(created_date)")
    conn.execute("CREATE INDEX receipts_by_total ON receipts(total_kopecks)")
    # Covering the report's columns, so a month's figures come from the index alone.
    conn.execute(
        """
        CREATE INDEX receipts_fiscalized_by_date
        ON receipts(fiscal_date, receipt_type, total_kopecks, change_kopecks)
        WHERE state = 'fiscalized'
        """
    )


def _backfill_v3(conn: sqlite3.Connection) -> None:
    # Uses today's model to read the stored MerchantReceipt JSON; a receipt it can no longer
    # read keeps its row and history and is only left out of search and reports.
    rows = conn.execute(
        """
        SELECT id, created_at, content, invoice_id, contact_email, contact_phone,
               document_id, fiscal_fd, fiscal_processed_at, state
        FROM receipts
        """
    ).fetchall()
    for row in rows:
        receipt_id, created_at, content, invoice_id, email, phone, document_id, fd = row[:8]
        processed_at, state = row[8:]
        fiscal_date = None
        if state == "fiscalized" and processed_at is not None:
            fiscal_date = local_date(datetime.fromisoformat(processed_at))
        conn.execute(
            "UPDATE receipts SET created_date = ?, fiscal_date = ? WHERE id = ?",
            (local_date(datetime.fromisoformat(created_at)), fiscal_date, receipt_id),
        )
        try:
            receipt = loads_merchant_receipt(content)
        except ValidationError as error:
            logger.warning(
                "Receipt %s: its stored content cannot be read (%s); it is left out of search"
                " and reports",
                receipt_id,
                error,
            )
            continue
        names = [position.text for position in receipt.positions]
        text = search_text([*names, invoice_id, email, phone, document_id, fd and str(fd)])
        figures = receipt_figures(receipt)
        conn.execute("INSERT INTO receipt_search VALUES (?, ?)", (receipt_id, text))
        conn.executemany(
            "INSERT INTO receipt_payments VALUES (?, ?, ?)",
            [(receipt_id, code, amount) for code, amount in figures.payments],
        )
        conn.executemany(
            "INSERT INTO receipt_vat VALUES (?, ?, ?, ?)",
            [(receipt_id, code, base, tax) for code, base, tax in figures.vat],
        )


def v4_translatable_errors(conn: sqlite3.Connection) -> None:
    """Failures kept as messages too (template, context, parameters as JSON), so the window
    shows them in the cashier's language; the English text stays in last_error and
    delivery_error. Older rows have no message and are shown as they are."""
    conn.execute("ALTER TABLE receipts ADD COLUMN last_error_message TEXT")
    conn.execute("ALTER TABLE receipts ADD COLUMN delivery_error_message TEXT")


def v6_targets_and_copy_details(conn: sqlite3.Connection) -> None:
    """The cashbox each receipt was made for (production or sandbox, and the IntellectMoney
    address), so the outbox sends it only there; and what the customer's Checker.uz copy
    carries besides the receipt (customer code, discount card, note), so a copy delivered
    later carries them too.

    Receipts from before have no target (NULL): nobody recorded where they were meant to go,
    so they go, as before, to the cashbox configured when they are sent (ASSUMED: a shop's
    own journal is only ever used with its production cashbox; sandbox runs keep theirs in a
    temporary folder)."""
    conn.execute("ALTER TABLE receipts ADD COLUMN target_mode TEXT")  # production, sandbox
    conn.execute("ALTER TABLE receipts ADD COLUMN target_url TEXT")  # IntellectMoney's base
    conn.execute("ALTER TABLE receipts ADD COLUMN copy_customer_code TEXT")
    conn.execute("ALTER TABLE receipts ADD COLUMN copy_discount_card TEXT")  # JSON object
    conn.execute("ALTER TABLE receipts ADD COLUMN copy_note TEXT")


def v8_journal_view_lookups(conn: sqlite3.Connection) -> None:
    """Indexes for the journal view's filters (type, customer contact, fiscal number) and for
    finding a receipt by the fiscal QR code on the customer's paper copy. IF NOT EXISTS: this
    step was numbered lower on a development branch, and a journal opened there has them."""
    conn.execute("CREATE INDEX IF NOT EXISTS receipts_by_type ON receipts(receipt_type)")
    conn.execute("CREATE INDEX IF NOT EXISTS receipts_by_phone ON receipts(contact_phone)")
    conn.execute("CREATE INDEX IF NOT EXISTS receipts_by_email ON receipts(contact_email)")
    conn.execute("CREATE INDEX IF NOT EXISTS receipts_by_fiscal ON receipts(fiscal_fd, fiscal_fn)")
