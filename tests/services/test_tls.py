"""The IntellectMoney client over real TLS on loopback: a TLS failure counts as "nothing sent"
only when it came before the request was written."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pos_app.core.services import (
    IntellectMoneyClient,
    UnavailableError,
    UnknownOutcomeError,
)
from pos_app.sandbox import Sandbox
from tests.services.conftest import TEST_TIMEOUTS, intellectmoney_credentials, sandbox_receipt

INVOICE = "3000000001"


@pytest.fixture
def https_sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox]:
    """An HTTPS sandbox whose CA nobody trusts yet."""
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    with Sandbox(seed=3, pending_polls=0, tls=True) as running:
        yield running


def client_for(sandbox: Sandbox) -> IntellectMoneyClient:
    return IntellectMoneyClient(
        sandbox.base_url, intellectmoney_credentials(sandbox), TEST_TIMEOUTS
    )


def test_an_untrusted_certificate_means_nothing_was_sent(https_sandbox: Sandbox) -> None:
    cashbox = client_for(https_sandbox)
    try:
        with pytest.raises(UnavailableError) as caught:
            cashbox.create_receipt(INVOICE, sandbox_receipt(https_sandbox))
    finally:
        cashbox.close()
    assert "certificate is not trusted" in str(caught.value)
    assert "REQUESTS_CA_BUNDLE" in str(caught.value)
    assert https_sandbox.requests() == []
    assert https_sandbox.documents() == []


def test_the_ca_is_trusted_the_standard_way(
    https_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    cashbox = client_for(https_sandbox)
    try:
        with pytest.raises(UnavailableError):
            cashbox.create_receipt(INVOICE, sandbox_receipt(https_sandbox))
        # The same client (its session made before): the variable is read at each request.
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(https_sandbox.ca_path))
        created = cashbox.create_receipt(INVOICE, sandbox_receipt(https_sandbox))
        fiscal = cashbox.get_receipt(INVOICE, created.document_id)
    finally:
        cashbox.close()
    assert https_sandbox.base_url.startswith("https://127.0.0.1:")
    (document,) = https_sandbox.documents()
    assert document.document_id == created.document_id
    assert str(getattr(fiscal, "qr", None)) == str(document.qr)


@pytest.mark.parametrize("fault", ["tls_garbage_rate", "tls_cut_rate"])
def test_a_tls_stream_broken_after_the_request_is_an_unknown_outcome(
    https_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(https_sandbox.ca_path))
    https_sandbox.set_faults("intellectmoney", **{fault: 1.0})
    cashbox = client_for(https_sandbox)
    try:
        with pytest.raises(UnknownOutcomeError) as caught:
            cashbox.create_receipt(INVOICE, sandbox_receipt(https_sandbox))
    finally:
        cashbox.close()
    assert "whether it was done is unknown" in str(caught.value)
    (request,) = https_sandbox.requests("intellectmoney")
    assert request.fault == fault.removesuffix("_rate")
    assert len(https_sandbox.documents()) == 1  # the document exists


def test_a_handshake_that_never_completes_means_nothing_was_sent(sandbox: Sandbox) -> None:
    # https to a server speaking plain HTTP: it answers the ClientHello with an HTTP error,
    # and the handshake fails before a byte of the request is written.
    url = sandbox.base_url.replace("http://", "https://")
    cashbox = IntellectMoneyClient(url, intellectmoney_credentials(sandbox), TEST_TIMEOUTS)
    try:
        with pytest.raises(UnavailableError) as caught:
            cashbox.create_receipt(INVOICE, sandbox_receipt(sandbox))
    finally:
        cashbox.close()
    assert "nothing was sent" in str(caught.value)
    assert "secure connection could not be set up" in str(caught.value)
    assert sandbox.requests() == []
