"""The journal's SQLite schema as numbered migrations, run at start-up (PRAGMA user_version).

Each step runs in its own transaction together with the version bump, so a crash mid-upgrade
leaves the journal at the previous version, intact. Steps are never edited once shipped; a
change to the schema is a new step at the end, written in the module for what it changes
(:mod:`.schema_receipts`, :mod:`.schema_copies_and_promos`, :mod:`.schema_till`).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable

from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.journal import schema_copies_and_promos, schema_receipts, schema_till
from pos_app.core.journal.errors import JournalTooNewError

logger = logging.getLogger(__name__)

# In the order they were shipped: a journal's version is how many of them it has had.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    schema_receipts.v1_receipts_and_history,
    schema_copies_and_promos.v2_deliveries_and_promos,
    schema_receipts.v3_search_and_reports,
    schema_receipts.v4_translatable_errors,
    schema_till.v5_journal_identity,
    schema_receipts.v6_targets_and_copy_details,
    schema_till.v7_product_catalog,
    schema_receipts.v8_journal_view_lookups,
    schema_till.v9_shifts_and_people,
    schema_till.history_words_and_approved_receipts,
    schema_copies_and_promos.promo_outbox,
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
