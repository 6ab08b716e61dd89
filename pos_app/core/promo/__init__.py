"""Promo campaigns (check.inshopper.ru): the account, its campaigns, and receipts submitted to
them through the journal and the promo outbox. Qt-free."""

from pos_app.core.promo.account import KeyringAccountStore, MemoryAccountStore, PromoAccount
from pos_app.core.promo.outbox import PromoOutbox, PromoRound
from pos_app.core.promo.photos import keep_photo
from pos_app.core.promo.promos import Promos

__all__ = [
    "KeyringAccountStore",
    "MemoryAccountStore",
    "PromoAccount",
    "PromoOutbox",
    "PromoRound",
    "Promos",
    "keep_photo",
]
