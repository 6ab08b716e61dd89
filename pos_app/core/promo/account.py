"""The shop's check.inshopper.ru account: e-mail, password, user id and token, kept in the OS
keyring (a sandbox session keeps the demo account in memory instead)."""

from __future__ import annotations

import logging
from typing import Protocol

from pos_app.core import credentials
from pos_app.core.credentials import CredentialName, Secret
from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.services.inshopper import Campaign, InshopperClient
from pos_app.core.services.transport import DEFAULT_TIMEOUTS, Timeouts

logger = logging.getLogger(__name__)


class AccountStore(Protocol):
    def get(self, name: CredentialName) -> Secret | None: ...

    def set(self, name: CredentialName, value: str | Secret) -> None: ...


class KeyringAccountStore:
    """The OS keyring (the shop's account)."""

    def get(self, name: CredentialName) -> Secret | None:
        return credentials.get(name)

    def set(self, name: CredentialName, value: str | Secret) -> None:
        credentials.set(name, value)


class MemoryAccountStore:
    """A sandbox session's demo account: never written to the shop's keyring."""

    def __init__(self, values: dict[CredentialName, str] | None = None) -> None:
        self._values = dict(values or {})

    def get(self, name: CredentialName) -> Secret | None:
        value = self._values.get(name)
        return None if value is None else Secret(value)

    def set(self, name: CredentialName, value: str | Secret) -> None:
        self._values[name] = value.reveal() if isinstance(value, Secret) else value


class PromoAccount:
    """Logs in (the token goes to the store), lists campaigns, hands out clients."""

    def __init__(
        self, base_url: str, store: AccountStore, *, timeouts: Timeouts = DEFAULT_TIMEOUTS
    ) -> None:
        self.base_url = base_url
        self._store = store
        self._timeouts = timeouts

    @property
    def logged_in(self) -> bool:
        return self._store.get(CredentialName.INSHOPPER_TOKEN) is not None

    @property
    def email(self) -> str:
        found = self._store.get(CredentialName.INSHOPPER_EMAIL)
        return "" if found is None else found.reveal()

    @property
    def user_id(self) -> str:
        found = self._store.get(CredentialName.INSHOPPER_USER_ID)
        return "" if found is None else found.reveal()

    def login(
        self, email: str | None = None, password: Secret | None = None, user_id: str | None = None
    ) -> None:
        """get_token with the e-mail and password given, or the stored ones; the e-mail, user
        id and token are stored once the service accepts them (the password only if given)."""
        address = (email or "").strip() or self.email
        secret = password or self._store.get(CredentialName.INSHOPPER_PASSWORD)
        if not address or secret is None or not secret.reveal():
            raise ValidationError(
                "email",
                _N(
                    "validation",
                    "Enter the inshopper account's e-mail and password (or store them as"
                    " inshopper.email and inshopper.password).",
                ),
            )
        user = (user_id or "").strip()
        if user and not (user.isascii() and user.isdigit()):
            raise ValidationError(
                "user_id",
                _N(
                    "validation",
                    "The inshopper user id is a number (see the account's page); “{value}” is not.",
                ),
                value=user,
            )
        client = InshopperClient(self.base_url, timeouts=self._timeouts)
        try:
            token = client.get_token(address, secret)
        finally:
            client.close()
        self._store.set(CredentialName.INSHOPPER_TOKEN, token)
        self._store.set(CredentialName.INSHOPPER_EMAIL, address)
        if password is not None:
            self._store.set(CredentialName.INSHOPPER_PASSWORD, password)
        if user:
            self._store.set(CredentialName.INSHOPPER_USER_ID, user)
        logger.info("inshopper: logged in, the token is stored")

    def client(self) -> InshopperClient:
        """A client with the stored token (it says to log in when there is none)."""
        return InshopperClient(
            self.base_url, self._store.get(CredentialName.INSHOPPER_TOKEN), self._timeouts
        )

    def campaigns(self) -> tuple[Campaign, ...]:
        """The account's active campaigns (campaigns.json?user_id=…)."""
        if not self.user_id:
            raise ValidationError(
                "user_id",
                _N(
                    "validation",
                    "The inshopper user id is not set; enter it when logging in (it is shown"
                    " on the account's page).",
                ),
            )
        client = self.client()
        try:
            return client.campaigns(self.user_id)
        finally:
            client.close()
