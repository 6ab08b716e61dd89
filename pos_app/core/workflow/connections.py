"""The service clients for production: endpoints from the environment or settings, secrets
from the OS keyring."""

from __future__ import annotations

from pos_app.core import credentials
from pos_app.core.credentials import CredentialName, Secret
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.services import (
    CheckerClient,
    IntellectMoneyClient,
    IntellectMoneyCredentials,
    ServiceName,
    Timeouts,
    endpoint,
)
from pos_app.core.workflow.workflow import Clients

CASHBOX_CREDENTIALS = (
    CredentialName.INTELLECTMONEY_TOKEN,
    CredentialName.INTELLECTMONEY_SIGN_SECRET_KEY,
    CredentialName.INTELLECTMONEY_USER_TOKEN,
)


class MissingCredentialsError(credentials.CredentialsError):
    """Credentials the cashbox needs are not in the keyring (``missing`` names them)."""

    missing: tuple[CredentialName, ...] = ()


def keyring_clients(
    *,
    intellectmoney_url: str | None = None,
    checker_url: str | None = None,
    timeouts: Timeouts | None = None,
) -> Clients:
    """Clients built from the keyring; MissingCredentialsError names what is not set."""
    found: dict[CredentialName, Secret] = {}
    for name in (*CASHBOX_CREDENTIALS, CredentialName.CHECKER_TOKEN):
        value = credentials.get(name)
        if value is not None:
            found[name] = value
    missing = [name for name in CASHBOX_CREDENTIALS if name not in found]
    if missing:
        error = MissingCredentialsError(
            _N(
                "credentials",
                "The IntellectMoney credentials are not all set ({names} missing). Set them in"
                " Settings, or with: pos-app credentials set NAME",
            ),
            names=", ".join(missing),
        )
        error.missing = tuple(missing)
        raise error
    options = {} if timeouts is None else {"timeouts": timeouts}
    cashbox = IntellectMoneyClient(
        endpoint(ServiceName.INTELLECTMONEY, intellectmoney_url),
        IntellectMoneyCredentials(
            token=found[CredentialName.INTELLECTMONEY_TOKEN],
            sign_secret_key=found[CredentialName.INTELLECTMONEY_SIGN_SECRET_KEY],
            user_token=found[CredentialName.INTELLECTMONEY_USER_TOKEN],
        ),
        **options,
    )
    checker_token = found.get(CredentialName.CHECKER_TOKEN)
    checker = None
    if checker_token is not None:
        checker = CheckerClient(
            endpoint(ServiceName.CHECKER, checker_url), checker_token, **options
        )
    return Clients(cashbox, checker)
