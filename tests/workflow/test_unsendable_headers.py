"""A credential an HTTP header cannot carry (a line break, a control character, a letter
outside Latin-1) fails before anything leaves: the receipt stays queued, never "needs
attention", and the message says which header and what to do, never the value."""

from __future__ import annotations

import pytest

from pos_app.core.credentials import Secret
from pos_app.core.journal import Journal, ReceiptState
from pos_app.core.services import AuthError, IntellectMoneyClient, IntellectMoneyCredentials
from pos_app.core.workflow import Clients, Workflow
from pos_app.sandbox import Sandbox
from tests.services.conftest import TEST_TIMEOUTS, sandbox_receipt

BAD_TOKENS = {
    "a line break": "token\nX-Injected: yes",
    "a Cyrillic letter": "tokenЖ",
    "a carriage return": "token\rmore",
}


def _cashbox(sandbox: Sandbox, token: str) -> IntellectMoneyClient:
    demo = sandbox.credentials
    credentials = IntellectMoneyCredentials(
        token=Secret(token),
        sign_secret_key=Secret(demo.sign_secret_key),
        user_token=Secret(demo.user_token),
    )
    return IntellectMoneyClient(sandbox.base_url, credentials, TEST_TIMEOUTS)


@pytest.mark.parametrize("token", BAD_TOKENS.values(), ids=BAD_TOKENS.keys())
def test_a_bearer_token_no_header_can_carry_is_refused_before_anything_leaves(
    sandbox: Sandbox, token: str
) -> None:
    cashbox = _cashbox(sandbox, token)
    try:
        with pytest.raises(AuthError) as raised:
            cashbox.create_receipt(sandbox.credentials.invoice_id, sandbox_receipt(sandbox))
    finally:
        cashbox.close()
    text = str(raised.value)
    assert "Authorization" in text
    assert "nothing was sent" in text
    assert token.strip() not in text
    assert sandbox.requests(service="intellectmoney") == []


def test_the_receipt_waits_queued_for_the_credential_never_needing_attention(
    sandbox: Sandbox, journal: Journal
) -> None:
    clients = Clients(_cashbox(sandbox, BAD_TOKENS["a Cyrillic letter"]))
    try:
        workflow = Workflow(journal, clients)
        receipt_id = workflow.submit(sandbox_receipt(sandbox), sandbox.credentials.invoice_id)
        record = workflow.process(receipt_id, patience=0)
    finally:
        clients.close()
    assert record.state is ReceiptState.QUEUED
    assert record.last_error is not None
    assert "Authorization" in str(record.last_error)
