"""The services' credentials in the OS keyring (service name "pos-app"), and nowhere else.

The backend is keyring's own choice (``keyring.get_keyring()``), so one set the standard way
(``PYTHON_KEYRING_BACKEND``, keyring's ``keyringrc.cfg``) is honoured. When there is no usable
keyring, every call raises :class:`NoKeyringError` saying how to get one: there is no fallback
to a file. Values come back wrapped in :class:`Secret`, whose repr never shows them; names are
logged, values never.
"""

from __future__ import annotations

import logging
import os
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

import keyring
import keyring.backend
import keyring.core
import keyring.errors
from keyring.backends import chainer, fail, null

from pos_app import APP_NAME
from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.i18n import TranslatableError
from pos_app.core.labelled import LabelledStrEnum

# The keyring's service name every credential is stored under. POS_APP_KEYRING_SERVICE
# overrides it: a second shop on the same computer, or a test run that must not touch the
# user's own credentials.
SERVICE = APP_NAME
SERVICE_ENV = "POS_APP_KEYRING_SERVICE"

logger = logging.getLogger(__name__)

T = TypeVar("T")


class CredentialName(LabelledStrEnum):
    """The credentials pos-app keeps; the value is the keyring's user name for it."""

    # IntellectMoney personal API: the Bearer token of the Authorization header.
    INTELLECTMONEY_TOKEN = (
        "intellectmoney.token",
        _N("credentials", "IntellectMoney API token (Bearer)"),
    )
    # IntellectMoney: the SignSecretKey that ends every Sign header's hashed text.
    INTELLECTMONEY_SIGN_SECRET_KEY = (
        "intellectmoney.sign_secret_key",
        _N("credentials", "IntellectMoney signature secret key"),
    )
    # IntellectMoney: the UserToken field (from getUserToken).
    INTELLECTMONEY_USER_TOKEN = (
        "intellectmoney.user_token",
        _N("credentials", "IntellectMoney user token"),
    )
    # Checker.uz: the token of SendCheque.
    CHECKER_TOKEN = "checker.token", _N("credentials", "Checker.uz token")
    # check.inshopper.ru: the account's e-mail and password (get_token) and the token.
    INSHOPPER_EMAIL = "inshopper.email", _N("credentials", "inshopper e-mail")
    INSHOPPER_PASSWORD = "inshopper.password", _N("credentials", "inshopper password")
    INSHOPPER_TOKEN = "inshopper.token", _N("credentials", "inshopper token")
    # check.inshopper.ru: the account's user id, which campaigns.json asks for (seed 000).
    INSHOPPER_USER_ID = "inshopper.user_id", _N("credentials", "inshopper user id")

    @property
    def in_header(self) -> bool:
        """Whether the value travels in an HTTP header (the Bearer token), where only visible
        ASCII characters are safe."""
        return self is CredentialName.INTELLECTMONEY_TOKEN


@dataclass(frozen=True)
class Secret:
    """A credential's value. Its repr (and so its str, logs and tracebacks) is ``Secret()``;
    :meth:`reveal` gives the value to the one place that sends it."""

    _value: str = field(repr=False)

    def reveal(self) -> str:
        return self._value


class CredentialsError(TranslatableError):
    """The keyring could not do what was asked (translated under the context
    ``"credentials"``); no value is ever in the message."""

    context = "credentials"


class NoKeyringError(CredentialsError):
    """There is no usable OS keyring."""


class KeyringLockedError(CredentialsError):
    """The OS keyring is there but locked, and was not unlocked."""


_NO_KEYRING = _N(
    "credentials",
    "No OS keyring is available to keep pos-app's credentials ({backend}), and pos-app never"
    " keeps them in a plain file. On Linux install and start a Secret Service keyring"
    " (gnome-keyring, or KWallet) and unlock it, e.g. by logging in to the desktop; on a"
    " server run it inside a D-Bus session. On Windows the Credential Manager and on macOS the"
    " Keychain are built in. A keyring chosen with PYTHON_KEYRING_BACKEND or keyring's"
    " keyringrc.cfg is used as it is.",
)
_PLAIN_FILE = _N(
    "credentials",
    "The only keyring found ({backend}) keeps credentials in a file, which pos-app refuses."
    " Install and unlock a Secret Service keyring (gnome-keyring, or KWallet), or remove the"
    " keyrings.alt package; to use that file keyring anyway, choose it explicitly with"
    " PYTHON_KEYRING_BACKEND.",
)
_LOCKED = _N(
    "credentials",
    "The OS keyring is locked. Unlock it (log in to the desktop session, or unlock the"
    " “Login” keyring in Passwords and Keys) and try again.",
)
# One whole sentence per action, so that each translates as a sentence.
_STORE_FAILED = _N("credentials", "The OS keyring could not store {name}: {problem} ({backend}).")
_DELETE_FAILED = _N("credentials", "The OS keyring could not delete {name}: {problem} ({backend}).")
_READ_FAILED = _N("credentials", "The OS keyring could not read {name}: {problem} ({backend}).")


def parse_name(value: str) -> CredentialName:
    """A credential's name as typed (``checker.token``), or a ValidationError listing them."""
    try:
        return CredentialName(value.strip())
    except ValueError:
        raise ValidationError(
            "NAME",
            _N("validation", "“{value}” is not a credential pos-app keeps; use one of {known}."),
            value=value,
            known=", ".join(CredentialName),
        ) from None


def get(name: CredentialName) -> Secret | None:
    """The stored value, or None when it is not set."""
    value = _read(_backend(), name)
    return None if value is None else Secret(value)


def set(name: CredentialName, value: str | Secret) -> None:
    """Store (or replace) a value; an empty one is refused."""
    text = value.reveal() if isinstance(value, Secret) else value
    check_value(name, text)
    backend = _backend()
    _call(backend, _STORE_FAILED, name, lambda: backend.set_password(_service(), name, text))
    logger.info("Credential %s stored in the OS keyring", name)


def check_value(name: CredentialName, text: str) -> None:
    """Refuse a value that could never work: empty, several lines or control characters (a
    credential is one line), or, for one sent in an HTTP header, anything but visible ASCII
    (a header cannot carry it: every request would fail). The message says where, never
    what: the value is a secret."""
    if not text.strip():
        raise ValidationError(
            name, _N("validation", "The value is empty; paste the whole {label}."), label=name.label
        )
    for position, char in enumerate(text, start=1):
        if unicodedata.category(char) in _CONTROL_CATEGORIES:
            raise ValidationError(
                name,
                _N(
                    "validation",
                    "The {label} holds a line break or another control character (character"
                    " {position}); a credential is one line. Paste it again. Nothing was stored.",
                ),
                label=name.label,
                position=position,
            )
        if name.in_header and not "!" <= char <= "~":
            raise ValidationError(
                name,
                _N(
                    "validation",
                    "The {label} is sent in an HTTP header, which carries only Latin letters,"
                    " digits and ASCII punctuation; character {position} is not one (a space, a"
                    " non-Latin letter or a typographic sign). Copy the token again from the"
                    " service's account. Nothing was stored.",
                ),
                label=name.label,
                position=position,
            )


# Control characters (line breaks, tabs, NUL…) and the Unicode line and paragraph separators.
_CONTROL_CATEGORIES = frozenset({"Cc", "Zl", "Zp"})


def delete(name: CredentialName) -> bool:
    """Remove a value; False when it was not set."""
    backend = _backend()
    if _read(backend, name) is None:
        return False
    _call(backend, _DELETE_FAILED, name, lambda: backend.delete_password(_service(), name))
    logger.info("Credential %s deleted from the OS keyring", name)
    return True


def status() -> dict[CredentialName, bool]:
    """Which credentials are set; never their values."""
    backend = _backend()
    return {name: _read(backend, name) is not None for name in CredentialName}


def _backend() -> keyring.backend.KeyringBackend:
    backend = keyring.get_keyring()
    described = f"{type(backend).__module__}.{type(backend).__qualname__}"
    if isinstance(backend, fail.Keyring | null.Keyring) or (
        isinstance(backend, chainer.ChainerBackend) and not backend.backends
    ):
        raise NoKeyringError(_NO_KEYRING, backend=described)
    if type(backend).__module__.startswith("keyrings.alt") and not _chosen_explicitly():
        # keyrings.alt, merely installed, becomes the default on a machine without a real
        # keyring, and writes the secrets to a file.
        raise NoKeyringError(_PLAIN_FILE, backend=described)
    return backend


def _read(backend: keyring.backend.KeyringBackend, name: CredentialName) -> str | None:
    return _call(backend, _READ_FAILED, name, lambda: backend.get_password(_service(), name))


def _service() -> str:
    return os.environ.get(SERVICE_ENV, "").strip() or SERVICE


def _chosen_explicitly() -> bool:
    return "PYTHON_KEYRING_BACKEND" in os.environ or keyring.core.load_config() is not None


def _call(
    backend: keyring.backend.KeyringBackend,
    failed: str,
    name: CredentialName,
    operation: Callable[[], T],
) -> T:
    try:
        return operation()
    except keyring.errors.KeyringLocked:
        raise KeyringLockedError(_LOCKED) from None
    except (keyring.errors.KeyringError, OSError) as error:
        # from None: the backend's exception chain is not shown; its message names the
        # failure, never the value.
        raise CredentialsError(
            failed,
            name=name,
            problem=f"{type(error).__name__}: {error}",
            backend=type(backend).__qualname__,
        ) from None
