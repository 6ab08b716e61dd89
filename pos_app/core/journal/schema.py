"""The journal's SQLite schema as numbered migrations, run at start-up (PRAGMA user_version).

Each step runs in its own transaction together with the version bump, so a crash mid-upgrade
leaves the journal at the previous version, intact. Steps are never edited once shipped; a
change to the schema is a new step at the end.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime

from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.journal import identity
from pos_app.core.journal.errors import JournalTooNewError
from pos_app.core.journal.indexing import local_date, receipt_figures, search_text
from pos_app.core.merchant_receipt import loads_merchant_receipt

logger = logging.getLogger(__name__)


def _v1_receipts_and_history(conn: sqlite3.Connection) -> None:
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


def _v2_deliveries_and_promos(conn: sqlite3.Connection) -> None:
    """The Checker.uz copy's delivery, promo submissions, and history events about either."""
    conn.execute(
        "ALTER TABLE receipts ADD COLUMN delivery_state TEXT NOT NULL DEFAULT 'not_needed'"
    )
    conn.execute("ALTER TABLE receipts ADD COLUMN delivery_attempts INTEGER NOT NULL DEFAULT 0")
    conn.execute("ALTER TABLE receipts ADD COLUMN delivery_error TEXT")
    # A receipt still on its way gets its copy once fiscalized. Those already fiscalized are
    # left alone: no copy was promised when they were made, and the customer has long gone.
    conn.execute(
        """
        UPDATE receipts SET delivery_state = 'pending'
        WHERE contact_phone IS NOT NULL
          AND state IN ('queued', 'sending', 'submitted', 'needs_attention')
        """
    )
    conn.execute(
        "CREATE INDEX receipts_delivery_pending ON receipts(id) WHERE delivery_state = 'pending'"
    )
    conn.execute("ALTER TABLE receipt_history ADD COLUMN topic TEXT NOT NULL DEFAULT 'receipt'")
    conn.execute(
        """
        CREATE TABLE promo_submissions (
            id INTEGER PRIMARY KEY,
            receipt_id INTEGER NOT NULL REFERENCES receipts(id),
            campaign_id INTEGER NOT NULL,
            inshopper_id INTEGER,              -- the service's receipt id, once it gave one
            state TEXT NOT NULL,
            reject_reason TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    conn.execute("CREATE INDEX promo_by_receipt ON promo_submissions(receipt_id)")


def _v3_search_and_reports(conn: sqlite3.Connection) -> None:
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


def _v4_translatable_errors(conn: sqlite3.Connection) -> None:
    """Failures kept as messages too (template, context, parameters as JSON), so the window
    shows them in the cashier's language; the English text stays in last_error and
    delivery_error. Older rows have no message and are shown as they are."""
    conn.execute("ALTER TABLE receipts ADD COLUMN last_error_message TEXT")
    conn.execute("ALTER TABLE receipts ADD COLUMN delivery_error_message TEXT")


def _v5_journal_identity(conn: sqlite3.Connection) -> None:
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


def _v6_targets_and_copy_details(conn: sqlite3.Connection) -> None:
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


def _v7_product_catalog(conn: sqlite3.Connection) -> None:
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


def _v8_journal_view_lookups(conn: sqlite3.Connection) -> None:
    """Indexes for the journal view's filters (type, customer contact, fiscal number) and for
    finding a receipt by the fiscal QR code on the customer's paper copy. IF NOT EXISTS: this
    step was numbered lower on a development branch, and a journal opened there has them."""
    conn.execute("CREATE INDEX IF NOT EXISTS receipts_by_type ON receipts(receipt_type)")
    conn.execute("CREATE INDEX IF NOT EXISTS receipts_by_phone ON receipts(contact_phone)")
    conn.execute("CREATE INDEX IF NOT EXISTS receipts_by_email ON receipts(contact_email)")
    conn.execute("CREATE INDEX IF NOT EXISTS receipts_by_fiscal ON receipts(fiscal_fd, fiscal_fn)")


def _v9_shifts_and_people(conn: sqlite3.Connection) -> None:
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


def _history_words_and_approved_receipts(conn: sqlite3.Connection) -> None:
    """Each history step's words kept as a message too (like last_error_message), so the
    window shows them in the cashier's language; the English text stays in detail. Older
    steps have no message and are shown as they were written. An approval names the receipt
    it let go ahead (refunded or cancelled), so the receipt's history shows who approved it."""
    conn.execute("ALTER TABLE receipt_history ADD COLUMN detail_message TEXT")
    conn.execute("ALTER TABLE approvals ADD COLUMN receipt_id INTEGER REFERENCES receipts(id)")
    conn.execute("CREATE INDEX approvals_by_receipt ON approvals(receipt_id)")


def _promo_outbox(conn: sqlite3.Connection) -> None:
    """Promo submissions sent through an outbox: a photo of a paper receipt without a journal
    receipt (its copy kept in the data folder, by path and SHA-256), the QR string sent, the
    customer's external id, the tries so far, when the next is due and why the last failed;
    and a history of each submission of its own (a photo has no receipt to hang it on).
    SQLite cannot drop NOT NULL from receipt_id, so the table is rebuilt with its rows."""
    conn.execute(
        """
        CREATE TABLE promo_submissions_new (
            id INTEGER PRIMARY KEY,
            receipt_id INTEGER REFERENCES receipts(id),  -- NULL: a photo of a paper receipt
            campaign_id INTEGER NOT NULL,
            inshopper_id INTEGER,              -- the service's receipt id, once it gave one
            state TEXT NOT NULL,
            reject_reason TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            qr_string TEXT,                    -- the five-field QR string sent
            photo_path TEXT,                   -- the kept copy of the photo sent
            photo_sha256 TEXT,
            external_id TEXT,                  -- the customer's id at the bank
            quantity INTEGER,                  -- extra.quantity of a good receipt
            attempts INTEGER NOT NULL DEFAULT 0,
            next_try_at TEXT,                  -- NULL: due now
            last_error TEXT,
            last_error_message TEXT
        )
        """
    )
    conn.execute(
        """
        INSERT INTO promo_submissions_new (
            id, receipt_id, campaign_id, inshopper_id, state, reject_reason, created_at,
            updated_at
        )
        SELECT id, receipt_id, campaign_id, inshopper_id, state, reject_reason, created_at,
               updated_at
        FROM promo_submissions
        """
    )
    conn.execute("DROP TABLE promo_submissions")
    conn.execute("ALTER TABLE promo_submissions_new RENAME TO promo_submissions")
    conn.execute("CREATE INDEX promo_by_receipt ON promo_submissions(receipt_id)")
    conn.execute(
        """
        CREATE INDEX promo_waiting ON promo_submissions(next_try_at)
        WHERE state IN ('queued', 'submitted', 'unfilled', 'processing')
        """
    )
    conn.execute(
        """
        CREATE TABLE promo_history (
            id INTEGER PRIMARY KEY,
            submission_id INTEGER NOT NULL REFERENCES promo_submissions(id),
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            from_state TEXT,
            to_state TEXT NOT NULL,
            detail TEXT NOT NULL
        )
        """
    )
    conn.execute("CREATE INDEX promo_history_by_submission ON promo_history(submission_id)")


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _v1_receipts_and_history,
    _v2_deliveries_and_promos,
    _v3_search_and_reports,
    _v4_translatable_errors,
    _v5_journal_identity,
    _v6_targets_and_copy_details,
    _v7_product_catalog,
    _v8_journal_view_lookups,
    _v9_shifts_and_people,
    _history_words_and_approved_receipts,
    _promo_outbox,
)
LATEST_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return version


def migrate(conn: sqlite3.Connection, target: int = LATEST_VERSION) -> None:
    """Bring the journal up to ``target`` (tests stop early to build an old journal).

    ``conn`` must be in autocommit mode (``isolation_level=None``): each step opens its own
    transaction.
    """
    found = schema_version(conn)
    if found > LATEST_VERSION:
        raise JournalTooNewError(
            _N(
                "journal",
                "The journal was written by a newer pos-app (journal version {found}, this"
                " pos-app knows up to {latest}); update pos-app to open it.",
            ),
            found=found,
            latest=LATEST_VERSION,
        )
    for version in range(found + 1, target + 1):
        # IMMEDIATE takes the write lock before reading the version: a second pos-app
        # starting at the same moment waits, then sees the step done and skips it.
        conn.execute("BEGIN IMMEDIATE")
        try:
            if schema_version(conn) < version:
                logger.info("Upgrading the journal to version %d", version)
                MIGRATIONS[version - 1](conn)
                conn.execute(f"PRAGMA user_version = {version:d}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
