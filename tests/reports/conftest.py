"""Report tests use the journal tests' helpers: the shop in Moscow, a journal on a fixed clock."""

from tests.journal.conftest import clock, journal, journal_path, shop_in_moscow

__all__ = ["clock", "journal", "journal_path", "shop_in_moscow"]
