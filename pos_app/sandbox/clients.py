"""The service clients pointed at a running sandbox, with its demo credentials (sandbox mode)."""

from __future__ import annotations

from pos_app.core.credentials import Secret
from pos_app.core.services import (
    CheckerClient,
    IntellectMoneyClient,
    IntellectMoneyCredentials,
    Timeouts,
)
from pos_app.core.target import TargetMode
from pos_app.core.workflow import Clients
from pos_app.sandbox.sandbox import Sandbox


def sandbox_clients(sandbox: Sandbox, *, read_timeout: float = 10.0) -> Clients:
    demo = sandbox.credentials
    timeouts = Timeouts(connect=2.0, read=read_timeout)
    cashbox = IntellectMoneyClient(
        sandbox.base_url,
        IntellectMoneyCredentials(
            token=Secret(demo.bearer_token),
            sign_secret_key=Secret(demo.sign_secret_key),
            user_token=Secret(demo.user_token),
        ),
        timeouts,
    )
    checker = CheckerClient(sandbox.base_url, Secret(demo.checker_token), timeouts)
    return Clients(cashbox, checker, TargetMode.SANDBOX)
