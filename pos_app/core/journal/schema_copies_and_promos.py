"""Schema steps for the customer's Checker.uz copy and promo submissions: the copy's delivery
and the first promo submissions (2), then promo submissions sent through an outbox, photos of
paper receipts too, with a history of their own.

:data:`.schema.MIGRATIONS` runs them, with the other steps, in the order they were shipped.
"""

from __future__ import annotations

import sqlite3


def v2_deliveries_and_promos(conn: sqlite3.Connection) -> None:
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


def promo_outbox(conn: sqlite3.Connection) -> None:
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
