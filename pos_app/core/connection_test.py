"""A test connection per service: proves the credentials are accepted without fiscalizing or
sending anything, and the one place the setup screens save settings and credentials.

How each service is asked (none of them makes a fiscal document or a message):

- IntellectMoney: getReceipt for a document id that cannot exist. The documented answer for an
  unknown document (OperationState 2, Result.State 3) comes only after the Bearer token, the
  Sign (made with the signature key) and the UserToken were accepted; refused credentials have
  their own codes.
- Checker.uz: SendCheque to a customer code that cannot exist. 100004 "recipient not found"
  comes only for an accepted token (100003, 100007, 100008 otherwise); nobody gets a message.
- inshopper: get_token with the e-mail and password when they are given, then campaigns.json
  with the token (a refused token is HTTP 401).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from enum import Enum

from pos_app.core import credentials
from pos_app.core.codes import PaymentType, ReceiptType, TaxationSystem, vat_rate
from pos_app.core.credentials import CredentialName, Secret
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.i18n import Message, TranslatableError
from pos_app.core.receipt import Payment, Position, Receipt
from pos_app.core.services import (
    CheckerClient,
    IntellectMoneyClient,
    IntellectMoneyCredentials,
    ServiceName,
    endpoint,
)
from pos_app.core.services.errors import CheckerRecipientNotFoundError, DocumentNotFoundError
from pos_app.core.services.inshopper import InshopperClient
from pos_app.core.services.intellectmoney import fetch_user_token
from pos_app.core.settings import Settings, save_settings

logger = logging.getLogger(__name__)

# Any well-formed СКО number does for the test when the shop has not entered its own yet.
PROBE_INVOICE = "3000000000"
# A valid INN for the probe receipt's own check (Checker.uz is not sent the INN).
PROBE_INN = "7707083893"


class ConnectionTestError(TranslatableError):
    """The test could not prove the credentials; the message says why and what to do."""

    context = "connection"


class Removal(Enum):
    """A credential the person chose to delete."""

    DELETE = "delete"


CredentialChange = Secret | Removal


@dataclass(frozen=True)
class SetupChanges:
    """What a setup screen saves: the settings (None: unchanged) and the credentials to
    store or delete (the others stay as they are)."""

    settings: Settings | None
    credentials: Mapping[CredentialName, CredentialChange]


def apply(changes: SetupChanges) -> None:
    """Save the settings atomically and store or delete the credentials in the OS keyring
    (on the background helper's thread: both may wait on the disk or the keyring)."""
    for name, change in changes.credentials.items():
        if isinstance(change, Removal):
            credentials.delete(name)
        else:
            credentials.set(name, change)
    if changes.settings is not None:
        save_settings(changes.settings)


def current(name: CredentialName, typed: Secret | None) -> Secret | None:
    """What a test uses: the value just typed, else the one in the keyring."""
    return typed if typed is not None else credentials.get(name)


def check_intellectmoney(
    settings: Settings,
    token: Secret | None,
    sign_secret_key: Secret | None,
    user_token: Secret | None,
) -> Message:
    """IntellectMoney accepts the three secrets (see the module's summary)."""
    names = (
        CredentialName.INTELLECTMONEY_TOKEN,
        CredentialName.INTELLECTMONEY_SIGN_SECRET_KEY,
        CredentialName.INTELLECTMONEY_USER_TOKEN,
    )
    found = {
        name: value
        for name, typed in zip(names, (token, sign_secret_key, user_token), strict=True)
        if (value := current(name, typed)) is not None
    }
    missing = [name for name in names if name not in found]
    if missing:
        raise ConnectionTestError(
            _N("connection", "Enter {names} first."),
            names=", ".join(name.label for name in missing),
        )
    secrets = IntellectMoneyCredentials(*(found[name] for name in names))
    client = IntellectMoneyClient(
        endpoint(ServiceName.INTELLECTMONEY, settings.intellectmoney_url), secrets
    )
    try:
        # 32 hex digits no document of any cashbox has: the answer can only be "unknown".
        client.get_receipt(settings.invoice_id or PROBE_INVOICE, "0" * 32)
    except DocumentNotFoundError:
        logger.info("IntellectMoney test connection: the credentials are accepted")
        return Message(
            "connection",
            _N(
                "connection",
                "IntellectMoney accepts the token, the signature key and the user token.",
            ),
        )
    finally:
        client.close()
    # Any other answer to a document that cannot exist: the service is not the one expected.
    raise ConnectionTestError(
        _N(
            "connection",
            "IntellectMoney answered, but not as expected for a test; check its address.",
        )
    )


def get_user_token(settings: Settings, login: str, password: Secret) -> Secret:
    """The UserToken for the personal account's login and password (getUserToken)."""
    if not login.strip() or not password.reveal():
        raise ConnectionTestError(
            _N("connection", "Enter the personal account's login and password first.")
        )
    return fetch_user_token(
        endpoint(ServiceName.INTELLECTMONEY, settings.intellectmoney_url), login.strip(), password
    )


def check_checker(settings: Settings, token: Secret | None) -> Message:
    """Checker.uz accepts the token (see the module's summary)."""
    value = current(CredentialName.CHECKER_TOKEN, token)
    if value is None:
        raise ConnectionTestError(
            _N("connection", "Enter {names} first."), names=CredentialName.CHECKER_TOKEN.label
        )
    client = CheckerClient(endpoint(ServiceName.CHECKER, settings.checker_url), value)
    try:
        client.send_cheque(
            _probe_receipt(),
            operation_code="pos-app-connection-test",
            date=datetime.now(UTC),
            customer_code=f"pos-app-test-{uuid.uuid4().hex}",
            note="pos-app connection test",
        )
    except CheckerRecipientNotFoundError:
        pass
    finally:
        client.close()
    logger.info("Checker.uz test connection: the token is accepted")
    return Message("connection", _N("connection", "Checker.uz accepts the token."))


def check_inshopper(
    settings: Settings, email: str, password: Secret | None, token: Secret | None
) -> tuple[Message, Secret]:
    """inshopper accepts the account (and gives its token) or the token; the token proven."""
    client = InshopperClient(endpoint(ServiceName.INSHOPPER, settings.inshopper_url))
    try:
        if email.strip() and password is not None:
            token = client.get_token(email.strip(), password)
        token = current(CredentialName.INSHOPPER_TOKEN, token)
        if token is None:
            raise ConnectionTestError(
                _N("connection", "Enter the inshopper e-mail and password, or its token, first.")
            )
        checked = InshopperClient(endpoint(ServiceName.INSHOPPER, settings.inshopper_url), token)
        try:
            checked.campaigns("")
        finally:
            checked.close()
    finally:
        client.close()
    logger.info("inshopper test connection: the token is accepted")
    return Message("connection", _N("connection", "inshopper accepts the account.")), token


def _probe_receipt() -> Receipt:
    return Receipt(
        type=ReceiptType.SALE,
        inn=PROBE_INN,
        group="test",
        positions=(Position("pos-app connection test", Decimal(1), Decimal("1.00"), vat_rate(6)),),
        payments=(Payment(PaymentType.ELECTRONIC, Decimal("1.00")),),
        taxation=TaxationSystem.GENERAL,
    )
