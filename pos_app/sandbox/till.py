"""Sandbox mode's till: the emulator in this process and a journal of its own in a temporary
folder, opened by the same factory as the shop's session, so training receipts never mix with
real ones and nothing is left behind when it closes."""

from __future__ import annotations

import logging
import tempfile
from contextlib import ExitStack
from pathlib import Path

from pos_app.core.catalog.sample import load_sample
from pos_app.core.codes import TaxationSystem
from pos_app.core.credentials import CredentialName
from pos_app.core.errors import ValidationError
from pos_app.core.promo import MemoryAccountStore, PromoAccount
from pos_app.core.session import TillSession, open_session
from pos_app.core.settings import MACHINE_SETTINGS, Settings, load_settings
from pos_app.core.settings_file import SettingsError
from pos_app.sandbox.clients import sandbox_clients
from pos_app.sandbox.sandbox import Sandbox

FOLDER_PREFIX = "pos-app-sandbox-"

logger = logging.getLogger(__name__)


def sandbox_settings(
    sandbox: Sandbox, *, language: str = "", machine: Settings | None = None
) -> Settings:
    """The demo shop the emulator's cashbox is registered to, with this till's own equipment
    settings (scanner, scale labels, printer, phone country) taken from ``machine``."""
    demo = sandbox.credentials
    kept = {key: getattr(machine, key) for key in MACHINE_SETTINGS} if machine else {}
    return Settings(
        **kept,
        shop_inn=demo.shop_inn,
        shop_name="Sandbox",
        cashbox_group=demo.group,
        invoice_id=demo.invoice_id,
        taxation=TaxationSystem.GENERAL,
        intellectmoney_url=sandbox.base_url,
        checker_url=sandbox.base_url,
        inshopper_url=sandbox.base_url,
        language=language,
    )


def sandbox_promo_account(sandbox: Sandbox) -> PromoAccount:
    """The demo inshopper account, logged in, kept in memory (never in the shop's keyring)."""
    demo = sandbox.credentials
    store = MemoryAccountStore(
        {
            CredentialName.INSHOPPER_EMAIL: demo.inshopper_email,
            CredentialName.INSHOPPER_PASSWORD: demo.inshopper_password,
            CredentialName.INSHOPPER_USER_ID: demo.inshopper_user_id,
            CredentialName.INSHOPPER_TOKEN: demo.inshopper_token,
        }
    )
    return PromoAccount(sandbox.base_url, store)


def machine_settings() -> Settings | None:
    """The shop's saved settings, for this till's equipment; None when there are none or they
    cannot be read (training goes on with the defaults; the shop's window says what is wrong)."""
    try:
        return load_settings()
    except (SettingsError, ValidationError) as error:
        logger.warning("Sandbox mode uses the default equipment settings: %s", error)
        return None


def open_sandbox_session(*, language: str = "", read_timeout: float = 10.0) -> TillSession:
    owned = ExitStack()
    try:
        folder = Path(owned.enter_context(tempfile.TemporaryDirectory(prefix=FOLDER_PREFIX)))
        sandbox = owned.enter_context(Sandbox())
    except BaseException:
        owned.close()
        raise
    logger.info(
        "Sandbox mode: the emulator serves at %s, the journal is in %s", sandbox.base_url, folder
    )
    session = open_session(
        sandbox_settings(sandbox, language=language, machine=machine_settings()),
        folder=folder,
        clients=lambda _settings: sandbox_clients(sandbox, read_timeout=read_timeout),
        owned=owned,
        sandbox=True,
        promo_account=lambda _settings: sandbox_promo_account(sandbox),
    )
    try:
        load_sample(session.journal.catalog)  # fifty products to sell, a few weighed
    except BaseException:
        session.close()
        raise
    return session
