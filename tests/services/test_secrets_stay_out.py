"""A full run against the sandbox, successes and every kind of failure, logged at DEBUG: no
secret appears in any log line, exception text, repr or traceback."""

from __future__ import annotations

import io
import logging
import traceback
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest

from pos_app.core.credentials import Secret
from pos_app.core.services import CheckerClient, InshopperClient, IntellectMoneyClient, Timeouts
from pos_app.logging_setup import configure_logging
from pos_app.sandbox import Sandbox
from tests.services.conftest import intellectmoney_credentials, sandbox_receipt

# Short: the run meets a hung answer a dozen times.
TEST_TIMEOUTS = Timeouts(connect=2.0, read=0.3)


@pytest.fixture
def log() -> Iterator[io.StringIO]:
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    buffer = io.StringIO()
    configure_logging(level=logging.DEBUG, stream=buffer)
    yield buffer
    for handler in root.handlers[:]:
        root.removeHandler(handler)
    for handler in saved[0]:
        root.addHandler(handler)
    root.setLevel(saved[1])


def test_no_secret_in_logs_or_errors(sandbox: Sandbox, log: io.StringIO) -> None:
    demo = sandbox.credentials
    secrets = [
        demo.bearer_token,
        demo.sign_secret_key,
        demo.user_token,
        demo.checker_token,
        demo.inshopper_password,
        demo.inshopper_token,
    ]
    texts: list[str] = []

    def attempt(call: Callable[[], object]) -> None:
        try:
            texts.append(repr(call()))
        except Exception as error:
            texts.extend([str(error), repr(error), "".join(traceback.format_exception(error))])

    cashbox = IntellectMoneyClient(
        sandbox.base_url, intellectmoney_credentials(sandbox), TEST_TIMEOUTS
    )
    checker = CheckerClient(sandbox.base_url, Secret(demo.checker_token), TEST_TIMEOUTS)
    inshopper = InshopperClient(sandbox.base_url, timeouts=TEST_TIMEOUTS)
    receipt = sandbox_receipt(sandbox)
    when = datetime(2026, 11, 23, tzinfo=UTC)
    texts.append(repr(intellectmoney_credentials(sandbox)))

    def everything() -> None:
        created: list[str] = []
        attempt(lambda: created.append(cashbox.create_receipt("3000000001", receipt).document_id))
        for _ in range(2):
            attempt(lambda: cashbox.get_receipt("3000000001", created[0] if created else "x"))
        attempt(
            lambda: checker.send_cheque(
                receipt, operation_code="1", date=when, phone="+998901234567"
            )
        )
        attempt(lambda: inshopper.get_token(demo.inshopper_email, Secret(demo.inshopper_password)))
        attempt(lambda: inshopper.campaigns(demo.inshopper_user_id))
        attempt(
            lambda: inshopper.upload_qr(
                1, "t=20200115T2110&s=1030.00&fn=9251440300046840&i=29414&fp=1250830908&n=1"
            )
        )
        attempt(lambda: inshopper.receipt_state(1, 1))

    everything()
    for service in ("intellectmoney", "checker", "inshopper"):
        for faults in (
            {"blocked_token": True},
            {"malformed_rate": 1.0},
            {"error_rate": 1.0},
            {"drop_rate": 1.0},
            {"hang_rate": 1.0},
        ):
            sandbox.clear_faults()
            sandbox.set_faults(service, **faults)
            everything()
    sandbox.clear_faults()
    sandbox.set_faults("checker", checker_error="100005")
    everything()

    logged = log.getvalue()
    assert "GET /campaigns.json?token=[secret]" in logged  # urllib3's own line, masked
    assert len(texts) > 100
    for secret in secrets:
        assert secret not in logged
        for text in texts:
            assert secret not in text
