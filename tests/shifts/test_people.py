"""The till's people: PINs kept only as salted scrypt hashes, wrong PINs limited, the last
administrator kept, and shifts' journals from every earlier version upgraded."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from pos_app.core.errors import ValidationError
from pos_app.core.journal import Journal, schema, schema_till
from pos_app.core.shifts import PinRefusedError, Role
from pos_app.core.shifts.people import LOCKOUT, MAX_WRONG
from tests.journal.conftest import INVOICE, Clock, receipt
from tests.journal.test_migrations import journal_at
from tests.shifts.conftest import ADMIN, ADMIN_PIN, CASHIER, CASHIER_PIN

SHIFTS_STEP = schema.MIGRATIONS.index(schema_till.v9_shifts_and_people) + 1


def test_a_pin_is_stored_only_as_a_salted_hash(journal: Journal) -> None:
    journal.people.add(ADMIN, Role.ADMIN, ADMIN_PIN)
    journal.people.add(CASHIER, Role.CASHIER, ADMIN_PIN)  # the same PIN, another salt
    rows = journal._conn.execute("SELECT pin_hash, pin_salt FROM people").fetchall()
    dump = "\n".join(journal._conn.iterdump())

    assert ADMIN_PIN not in dump
    assert rows[0]["pin_salt"] != rows[1]["pin_salt"]
    assert rows[0]["pin_hash"] != rows[1]["pin_hash"]
    assert journal.people.verify(ADMIN, ADMIN_PIN) == journal.people.find(ADMIN)


def test_five_wrong_pins_lock_the_person_for_a_minute_and_the_log_never_has_the_pin(
    journal: Journal, clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    journal.people.add(ADMIN, Role.ADMIN, ADMIN_PIN)
    with caplog.at_level(logging.DEBUG):
        for _ in range(MAX_WRONG - 1):
            with pytest.raises(PinRefusedError, match="more tries"):
                journal.people.verify(ADMIN, "9999")
        with pytest.raises(PinRefusedError, match="try again in 60 seconds"):
            journal.people.verify(ADMIN, "9998")
        # Even the right PIN waits out the minute.
        with pytest.raises(PinRefusedError, match="Too many wrong PINs"):
            journal.people.verify(ADMIN, ADMIN_PIN)
    clock.advance(seconds=LOCKOUT.total_seconds() + 1)
    assert journal.people.verify(ADMIN, ADMIN_PIN).role is Role.ADMIN
    assert "9999" not in caplog.text
    assert ADMIN_PIN not in caplog.text
    assert f"Wrong PIN for {ADMIN}" in caplog.text


@pytest.mark.parametrize("pin", ["123", "12ab", "1234567890123", "١٢٣٤"])
def test_a_pin_is_four_to_twelve_digits(journal: Journal, pin: str) -> None:
    with pytest.raises(ValidationError, match="4 to 12 digits"):
        journal.people.add(CASHIER, Role.CASHIER, pin)


def test_names_are_unique_and_the_last_administrator_stays(journal: Journal) -> None:
    journal.people.add(ADMIN, Role.ADMIN, ADMIN_PIN)
    with pytest.raises(ValidationError, match="already on the list"):
        journal.people.add(ADMIN, Role.CASHIER, CASHIER_PIN)
    with pytest.raises(ValidationError, match="only administrator"):
        journal.people.remove(ADMIN)
    journal.people.add(CASHIER, Role.CASHIER, CASHIER_PIN)
    journal.people.set_pin(CASHIER, "8642")
    assert journal.people.verify(CASHIER, "8642").name == CASHIER
    journal.people.remove(CASHIER)
    assert [person.name for person in journal.people.all()] == [ADMIN]
    with pytest.raises(ValidationError, match="Nobody called"):
        journal.people.verify(CASHIER, "8642")


@pytest.mark.parametrize("version", range(1, SHIFTS_STEP))
def test_a_journal_from_before_shifts_keeps_its_receipts_without_shift_or_cashier(
    journal_path: Path, version: int
) -> None:
    raw = sqlite3.connect(journal_path, isolation_level=None)
    ids = journal_at(raw, version)
    raw.close()
    with Journal.open(journal_path, clock=Clock()) as journal:
        assert schema.schema_version(journal._conn) == schema.LATEST_VERSION
        tea = journal.get(ids["tea"])
        assert (tea.cashier, [event.person for event in tea.history]) == (None, [None])
        assert journal.shifts.current() is None
        # A person's decision on an old receipt names who works the till now.
        journal.people.add(ADMIN, Role.ADMIN, ADMIN_PIN)
        journal.shifts.open(ADMIN, "10", cashier=ADMIN)
        journal.resolve_retry(ids["tea"])
        assert journal.get(ids["tea"]).history[-1].person == ADMIN
        assert journal.get(journal.add(receipt(), INVOICE)).cashier == ADMIN
        shifts = journal._conn.execute("SELECT COUNT(*) FROM shifts").fetchone()[0]
        assert shifts == 1
