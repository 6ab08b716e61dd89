"""Credentials live in the OS keyring: stored, listed, deleted; never shown, never in a file."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import keyring
import keyring.core
import keyring.errors
import pytest
from keyring.backends import chainer, fail, null

from pos_app.core import credentials
from pos_app.core.credentials import (
    CredentialName,
    CredentialsError,
    KeyringLockedError,
    NoKeyringError,
    Secret,
)
from pos_app.core.errors import ValidationError

TOKEN = "im-bearer-5f1c2e9a7b"


class FakeBackend:
    """Stands in for a keyring backend; a plain class, so keyring never registers it."""

    def __init__(self, failure: Exception | None = None) -> None:
        self.failure = failure
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        if self.failure:
            raise self.failure
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.failure:
            raise self.failure
        self.values[service, username] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.values[service, username]


def use_backend(monkeypatch: pytest.MonkeyPatch, backend: object) -> None:
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)


@pytest.mark.keyring
def test_a_token_stored_is_read_back_from_the_os_keyring(os_keyring: None) -> None:
    credentials.set(CredentialName.INTELLECTMONEY_TOKEN, TOKEN)

    secret = credentials.get(CredentialName.INTELLECTMONEY_TOKEN)

    assert secret is not None
    assert secret.reveal() == TOKEN
    assert credentials.get(CredentialName.CHECKER_TOKEN) is None


@pytest.mark.keyring
def test_a_stored_value_is_replaced_then_deleted(os_keyring: None) -> None:
    name = CredentialName.INSHOPPER_PASSWORD
    credentials.set(name, "пароль с пробелами и ёлками")
    credentials.set(name, Secret("второй пароль"))

    assert credentials.get(name) == Secret("второй пароль")
    assert credentials.delete(name) is True
    assert credentials.get(name) is None
    assert credentials.delete(name) is False


@pytest.mark.keyring
def test_status_says_which_are_set_and_never_their_values(os_keyring: None) -> None:
    credentials.set(CredentialName.CHECKER_TOKEN, TOKEN)

    status = credentials.status()

    assert set(status) == set(CredentialName)
    assert status[CredentialName.CHECKER_TOKEN] is True
    assert sum(status.values()) == 1
    assert TOKEN not in repr(status)


@pytest.mark.keyring
def test_a_secret_never_shows_in_a_repr_or_the_log(
    os_keyring: None, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        credentials.set(CredentialName.INTELLECTMONEY_SIGN_SECRET_KEY, TOKEN)
        secret = credentials.get(CredentialName.INTELLECTMONEY_SIGN_SECRET_KEY)

    assert "intellectmoney.sign_secret_key" in caplog.text
    assert TOKEN not in caplog.text
    assert repr(secret) == str(secret) == f"{secret}" == "Secret()"


def test_an_empty_value_is_refused_before_the_keyring_is_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    use_backend(monkeypatch, NOTHING)

    with pytest.raises(ValidationError, match="empty") as refused:
        credentials.set(CredentialName.CHECKER_TOKEN, " \n")
    assert refused.value.field == "checker.token"


def test_a_name_pos_app_does_not_keep_is_refused_with_the_known_ones() -> None:
    assert credentials.parse_name(" checker.token ") is CredentialName.CHECKER_TOKEN
    with pytest.raises(ValidationError, match=r"inshopper\.token") as refused:
        credentials.parse_name("checker.tokne")
    assert refused.value.field == "NAME"


# What keyring picks when it finds nothing, when it was disabled, and a chain of nothing (keyring
# registers the class; at priority -1 it is never chosen).
NOTHING = fail.Keyring()  # type: ignore[no-untyped-call]
DISABLED = null.Keyring()  # type: ignore[no-untyped-call]
EMPTY_CHAIN = type("EmptyChain", (chainer.ChainerBackend,), {"backends": []})()


@pytest.mark.parametrize(
    "backend",
    [NOTHING, DISABLED, EMPTY_CHAIN],
    ids=["none found", "disabled", "empty chain"],
)
def test_without_a_keyring_every_call_says_how_to_get_one(
    monkeypatch: pytest.MonkeyPatch, backend: object
) -> None:
    use_backend(monkeypatch, backend)

    for call in (
        lambda: credentials.get(CredentialName.CHECKER_TOKEN),
        lambda: credentials.set(CredentialName.CHECKER_TOKEN, TOKEN),
        lambda: credentials.delete(CredentialName.CHECKER_TOKEN),
        credentials.status,
    ):
        with pytest.raises(NoKeyringError) as refused:
            call()
        message = str(refused.value)
        assert "No OS keyring" in message
        assert "never keeps them in a plain file" in message
        assert "gnome-keyring" in message
        assert "Credential Manager" in message
        assert TOKEN not in message


def test_a_file_keyring_picked_only_because_it_was_installed_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plain_file = type("PlaintextKeyring", (FakeBackend,), {"__module__": "keyrings.alt.file"})
    use_backend(monkeypatch, plain_file())
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setattr(keyring.core, "load_config", lambda: None)

    with pytest.raises(NoKeyringError, match="in a file"):
        credentials.set(CredentialName.CHECKER_TOKEN, TOKEN)

    # Chosen on purpose, the standard way: honoured.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    credentials.set(CredentialName.CHECKER_TOKEN, TOKEN)
    assert credentials.get(CredentialName.CHECKER_TOKEN) == Secret(TOKEN)


def test_a_locked_keyring_says_to_unlock_it(monkeypatch: pytest.MonkeyPatch) -> None:
    use_backend(monkeypatch, FakeBackend(keyring.errors.KeyringLocked("Failed to unlock")))

    with pytest.raises(KeyringLockedError, match=r"locked\. Unlock it"):
        credentials.get(CredentialName.CHECKER_TOKEN)


def test_a_keyring_failure_names_the_credential_and_never_its_value(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    use_backend(monkeypatch, FakeBackend(keyring.errors.PasswordSetError("access denied")))

    with pytest.raises(CredentialsError) as failed:
        credentials.set(CredentialName.INSHOPPER_PASSWORD, TOKEN)

    message = str(failed.value)
    assert "could not store inshopper.password" in message
    assert "PasswordSetError: access denied" in message
    assert TOKEN not in message
    assert failed.value.__suppress_context__


@pytest.mark.slow
def test_the_command_without_a_keyring_explains_and_fails(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pos_app", "credentials", "list"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
        cwd=tmp_path,
    )

    assert result.returncode == 1
    assert "No OS keyring is available" in result.stderr
    assert "keyring.backends.fail.Keyring" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("name", "value", "words"),
    [
        (CredentialName.INTELLECTMONEY_TOKEN, "im-bearer\nX-Injected: 1", "line break"),
        (CredentialName.INTELLECTMONEY_TOKEN, "im-bearer-Ж5f1c", "HTTP header"),
        (CredentialName.INTELLECTMONEY_TOKEN, "im bearer", "HTTP header"),
        (CredentialName.CHECKER_TOKEN, "checker\ttoken", "control character"),
        (CredentialName.INSHOPPER_PASSWORD, "пароль\x00", "control character"),
        (CredentialName.INTELLECTMONEY_USER_TOKEN, "user\u2028token", "line break"),
    ],
)
def test_a_value_that_could_never_be_sent_is_refused_naming_the_credential_not_the_value(
    monkeypatch: pytest.MonkeyPatch, name: CredentialName, value: str, words: str
) -> None:
    use_backend(monkeypatch, NOTHING)

    with pytest.raises(ValidationError, match=words) as refused:
        credentials.set(name, value)
    assert refused.value.field == name
    assert name.label in str(refused.value)
    assert "Nothing was stored" in str(refused.value)
    assert value not in str(refused.value)


def test_a_password_in_any_alphabet_with_spaces_is_still_taken(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backend = FakeBackend()
    use_backend(monkeypatch, backend)

    credentials.set(CredentialName.INSHOPPER_PASSWORD, "пароль с ёлками")
    assert list(backend.values.values()) == ["пароль с ёлками"]


@pytest.mark.slow
def test_the_command_refuses_a_token_a_header_cannot_carry_and_stores_nothing(
    tmp_path: Path,
) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pos_app", "credentials", "set", "intellectmoney.token"],
        input="токен-из-письма\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
        cwd=tmp_path,
    )

    assert result.returncode == 2
    assert "intellectmoney.token" in result.stderr
    assert "HTTP header" in result.stderr
    assert "Traceback" not in result.stderr
