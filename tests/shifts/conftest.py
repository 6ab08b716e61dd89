"""Shift tests' helpers: the journal's fixtures (a fixed clock in Moscow) and a shop's people."""

from __future__ import annotations

from tests.journal.conftest import (
    Clock,
    clock,
    journal,
    journal_path,
    receipt,
    shop_in_moscow,
)

__all__ = ["Clock", "clock", "journal", "journal_path", "receipt", "shop_in_moscow"]

ADMIN, ADMIN_PIN = "Ольга", "2468"
CASHIER, CASHIER_PIN = "Анна", "1357"
