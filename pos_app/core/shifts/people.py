"""The till's people: cashiers and administrators, each with a PIN kept only as a salted hash.

A PIN is hashed with scrypt (the standard library's, a memory-hard KDF) under a random salt of
its own and the parameters it was made with, so the parameters can be raised later without
invalidating old PINs. Checking takes ~50 ms on purpose: the window runs it in the background.
Five wrong PINs in a row lock that person's PIN for a minute, in the journal, so the command line
cannot be used to guess faster than the window. The PIN itself is never stored nor logged.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.journal.connection import Store
from pos_app.core.journal.rows import moment, stamp
from pos_app.core.labelled import LabelledStrEnum
from pos_app.core.shifts.errors import PinRefusedError

logger = logging.getLogger(__name__)

MIN_PIN = 4
MAX_PIN = 12
MAX_NAME = 64
# n = 2**14, r = 8: 16 MiB and ~50 ms a check on a shop's PC; a PIN has few digits, so the
# cost of each guess (and the lockout below) is what protects it.
SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}
MAX_WRONG = 5
LOCKOUT = timedelta(minutes=1)


class Role(LabelledStrEnum):
    CASHIER = "cashier", _N("people", "Cashier")
    ADMIN = "admin", _N("people", "Administrator")


@dataclass(frozen=True)
class Person:
    name: str
    role: Role


def check_name(text: str, field: str = "name") -> str:
    name = " ".join(text.split())
    if not name or len(name) > MAX_NAME or not name.isprintable():
        raise ValidationError(
            field,
            _N("validation", "Write the person's name: one line of at most 64 characters."),
        )
    return name


def check_pin(pin: str, field: str = "pin") -> str:
    if not (pin.isdigit() and pin.isascii() and MIN_PIN <= len(pin) <= MAX_PIN):
        raise ValidationError(field, _N("validation", "A PIN is 4 to 12 digits."))
    return pin


def _hash(pin: str, salt: bytes, params: dict[str, int]) -> bytes:
    return hashlib.scrypt(
        pin.encode(),
        salt=salt,
        n=params["n"],
        r=params["r"],
        p=params["p"],
        dklen=params["dklen"],
        maxmem=128 * params["n"] * params["r"] * 2,
    )


def _hashed(pin: str) -> tuple[str, str, str]:
    salt = secrets.token_bytes(16)
    return _hash(pin, salt, SCRYPT).hex(), salt.hex(), json.dumps(SCRYPT)


class People:
    """The people in the journal; every method is one transaction."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def all(self) -> tuple[Person, ...]:
        with self._store.read() as conn:
            rows = conn.execute("SELECT name, role FROM people ORDER BY name").fetchall()
        return tuple(Person(row["name"], Role(row["role"])) for row in rows)

    def admins(self) -> tuple[Person, ...]:
        return tuple(person for person in self.all() if person.role is Role.ADMIN)

    def find(self, name: str) -> Person | None:
        with self._store.read() as conn:
            row = conn.execute("SELECT name, role FROM people WHERE name = ?", (name,)).fetchone()
        return None if row is None else Person(row["name"], Role(row["role"]))

    def add(self, name: str, role: Role, pin: str) -> Person:
        name, pin = check_name(name), check_pin(pin)
        digest, salt, params = _hashed(pin)
        with self._store.write() as conn:
            try:
                conn.execute(
                    """
                    INSERT INTO people (name, role, pin_hash, pin_salt, pin_params, created_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                    (name, role, digest, salt, params, self._store.now()),
                )
            except sqlite3.IntegrityError:
                raise ValidationError(
                    "name",
                    _N("validation", "“{name}” is already on the list; choose another name."),
                    name=name,
                ) from None
        logger.info("Person added: %s (%s)", name, role)
        return Person(name, role)

    def remove(self, name: str) -> None:
        with self._store.write() as conn:
            person = _row(conn, name)
            if person["role"] == Role.ADMIN:
                (admins,) = conn.execute(
                    "SELECT COUNT(*) FROM people WHERE role = ?", (Role.ADMIN,)
                ).fetchone()
                if admins == 1:
                    raise ValidationError(
                        "name",
                        _N(
                            "validation",
                            "{name} is the only administrator; add another one first.",
                        ),
                        name=person["name"],
                    )
            conn.execute("DELETE FROM people WHERE name = ?", (name,))
        logger.info("Person removed: %s", name)

    def set_pin(self, name: str, pin: str) -> None:
        pin = check_pin(pin)
        digest, salt, params = _hashed(pin)
        with self._store.write() as conn:
            _row(conn, name)
            conn.execute(
                """
                UPDATE people SET pin_hash = ?, pin_salt = ?, pin_params = ?,
                                  failed_attempts = 0, locked_until = NULL
                WHERE name = ?
                """,
                (digest, salt, params, name),
            )
        logger.info("PIN changed for %s", name)

    def verify(self, name: str, pin: str, *, role: Role | None = None) -> Person:
        """The person, when ``pin`` is theirs (and they have ``role``); PinRefusedError
        otherwise, counting the wrong attempt. Slow on purpose: never on the UI thread."""
        with self._store.read() as conn:
            row = _row(conn, name)
        now = self._store.clock()
        if row["locked_until"] is not None and moment(row["locked_until"]) > now:
            raise _locked(row["name"], moment(row["locked_until"]) - now)
        person = Person(row["name"], Role(row["role"]))
        if role is not None and person.role is not role:
            raise PinRefusedError(
                _N("people", "{name} is not an administrator; an administrator must enter it."),
                name=person.name,
            )
        expected = bytes.fromhex(row["pin_hash"])
        found = _hash(pin, bytes.fromhex(row["pin_salt"]), json.loads(row["pin_params"]))
        if hmac.compare_digest(found, expected):
            if row["failed_attempts"]:
                self._count(person.name, reset=True, now=now)
            return person
        return self._wrong(person.name, now)

    def _wrong(self, name: str, now: datetime) -> Person:
        attempts = self._count(name, reset=False, now=now)
        logger.warning("Wrong PIN for %s (%d in a row)", name, attempts)
        if attempts >= MAX_WRONG:
            raise _locked(name, LOCKOUT)
        raise PinRefusedError(
            _N("people", "Wrong PIN for {name}; {left} more tries before a minute's pause."),
            name=name,
            left=MAX_WRONG - attempts,
        )

    def _count(self, name: str, *, reset: bool, now: datetime) -> int:
        with self._store.write() as conn:
            if reset:
                conn.execute(
                    "UPDATE people SET failed_attempts = 0, locked_until = NULL WHERE name = ?",
                    (name,),
                )
                return 0
            (attempts,) = conn.execute(
                "SELECT failed_attempts + 1 FROM people WHERE name = ?", (name,)
            ).fetchone()
            locked = stamp(now + LOCKOUT) if attempts >= MAX_WRONG else None
            # After a lockout the count starts again.
            conn.execute(
                "UPDATE people SET failed_attempts = ?, locked_until = ? WHERE name = ?",
                (0 if locked else attempts, locked, name),
            )
        return int(attempts)


def _row(conn: sqlite3.Connection, name: str) -> sqlite3.Row:
    row: sqlite3.Row | None = conn.execute(
        "SELECT * FROM people WHERE name = ?", (name,)
    ).fetchone()
    if row is None:
        raise ValidationError(
            "name",
            _N("validation", "Nobody called “{name}” is on the list; see pos-app people list."),
            name=name,
        )
    return row


def _locked(name: str, left: timedelta) -> PinRefusedError:
    return PinRefusedError(
        _N("people", "Too many wrong PINs for {name}; try again in {seconds} seconds."),
        name=name,
        seconds=max(1, int(left.total_seconds() + 0.999)),
    )
