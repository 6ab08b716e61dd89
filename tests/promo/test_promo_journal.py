"""Promo submissions in journals of every earlier version: the rows kept through the promo
outbox's step, then queued, sent and followed like new ones; photos without a receipt."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from pos_app.core.journal import Journal, PromoState, schema, schema_copies_and_promos
from pos_app.core.journal.promos import Photo
from tests.journal.test_migrations import journal_at

PROMO_STEP = schema.MIGRATIONS.index(schema_copies_and_promos.promo_outbox) + 1


# Every version before the promo outbox's step (wherever a merge puts it).
@pytest.mark.parametrize("version", range(1, PROMO_STEP))
def test_an_older_journal_keeps_its_promo_entries_and_takes_photos(
    tmp_path: Path, version: int
) -> None:
    path = tmp_path / "journal.sqlite3"
    raw = sqlite3.connect(path, isolation_level=None)
    ids = journal_at(raw, version)
    raw.close()

    with Journal.open(path) as journal:
        kept = journal.get(ids["bread"]).promos
        assert [(p.campaign_id, p.inshopper_id, p.state) for p in kept] == (
            [(7, 501, PromoState.GOOD)] if version >= 2 else []
        )
        assert all(p.attempts == 0 and p.next_try_at is None for p in kept)
        photo = journal.promos.add_photo(Photo("/kept/a.jpg", "ab" * 32), 3, "C-1")
        by_qr = journal.promos.add_receipt(ids["bread"], 3)
        assert photo.receipt_id is None
        assert [s.id for s in journal.promos.due()] == [photo.id, by_qr.id]
        assert journal.promos.history(photo.id)[0][1] == "queued"
