"""Test connections against the sandbox: right credentials are proven without fiscalizing or
sending anything, wrong ones are named; the user token got with the account's login."""

from __future__ import annotations

import pytest

from pos_app.core.connection_test import (
    check_checker,
    check_inshopper,
    check_intellectmoney,
    get_user_token,
)
from pos_app.core.credentials import Secret
from pos_app.core.services.errors import AuthError, CheckerTokenInvalidError
from pos_app.core.settings import Settings
from pos_app.sandbox import Sandbox


def at(sandbox: Sandbox) -> Settings:
    url = sandbox.base_url
    return Settings(intellectmoney_url=url, checker_url=url, inshopper_url=url)


def test_intellectmoney_accepts_the_demo_credentials_and_nothing_is_fiscalized(
    sandbox: Sandbox,
) -> None:
    demo = sandbox.credentials
    message = check_intellectmoney(
        at(sandbox),
        Secret(demo.bearer_token),
        Secret(demo.sign_secret_key),
        Secret(demo.user_token),
    )
    assert "accepts" in message.template
    assert sandbox.documents() == []
    sent = sandbox.requests("intellectmoney")[-1]
    assert sent.path == "/personal/cashBox/getReceipt"


@pytest.mark.parametrize("wrong", ["token", "key", "user"])
def test_intellectmoney_names_refused_credentials(sandbox: Sandbox, wrong: str) -> None:
    demo = sandbox.credentials
    values = {"token": demo.bearer_token, "key": demo.sign_secret_key, "user": demo.user_token}
    values[wrong] = "not-it"
    with pytest.raises(AuthError):
        check_intellectmoney(
            at(sandbox), Secret(values["token"]), Secret(values["key"]), Secret(values["user"])
        )


def test_the_user_token_comes_from_the_accounts_login_and_password(sandbox: Sandbox) -> None:
    demo = sandbox.credentials
    token = get_user_token(
        at(sandbox), demo.intellectmoney_login, Secret(demo.intellectmoney_password)
    )
    assert token.reveal() == demo.user_token
    sent = sandbox.requests("intellectmoney")[-1]
    assert sent.path == "/personal/user/getUserToken"
    assert "Sign" not in sent.headers
    assert "Authorization" not in sent.headers


def test_a_wrong_account_password_gets_no_user_token(sandbox: Sandbox) -> None:
    demo = sandbox.credentials
    with pytest.raises(AuthError) as refused:
        get_user_token(at(sandbox), demo.intellectmoney_login, Secret("wrong"))
    assert "login and password" in refused.value.template


def test_checker_token_is_proven_without_a_message_to_anyone(sandbox: Sandbox) -> None:
    message = check_checker(at(sandbox), Secret(sandbox.credentials.checker_token))
    assert "accepts" in message.template
    with pytest.raises(CheckerTokenInvalidError):
        check_checker(at(sandbox), Secret("not-it"))


def test_inshopper_account_gives_a_token_that_is_then_proven(sandbox: Sandbox) -> None:
    demo = sandbox.credentials
    _message, token = check_inshopper(
        at(sandbox), demo.inshopper_email, Secret(demo.inshopper_password), None
    )
    assert token.reveal() == demo.inshopper_token
    with pytest.raises(AuthError):
        check_inshopper(at(sandbox), "", None, Secret("not-it"))
