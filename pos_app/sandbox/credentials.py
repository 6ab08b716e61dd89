"""The sandbox's demo credentials: fixed test values the emulator accepts, not secrets."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class SandboxCredentials:
    """What the app needs to talk to the sandbox, and the shop the sandbox's cashbox serves."""

    # IntellectMoney personal API: Authorization Bearer token, Sign key, UserToken field.
    bearer_token: str
    sign_secret_key: str
    user_token: str
    # A valid СКО number (10 digits, starting with 3) to fiscalize demo receipts against.
    invoice_id: str
    # The shop the sandbox cashbox is registered to: MerchantReceipt's Inn and Group.
    shop_inn: str
    group: str
    checker_token: str
    inshopper_email: str
    inshopper_password: str
    inshopper_token: str
    inshopper_user_id: str
    campaign_id: str
    # A Checker.uz customer code the sandbox knows (SendCheque's customer_code).
    checker_customer_code: str
    # The IntellectMoney personal account's login and password (getUserToken).
    intellectmoney_login: str
    intellectmoney_password: str

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


DEMO_CREDENTIALS = SandboxCredentials(
    bearer_token="5a4bd0c9e2f14e7d9c3b8a61f0e2d7c4",  # noqa: S106 - a published test value
    sign_secret_key="sandbox-sign-key-7d1e0c",  # noqa: S106 - a published test value
    # '+' and '/' on purpose, like the documents' UserToken: a client that does not
    # form-encode the field sends a space instead of '+', and the sandbox refuses it.
    user_token="SbXq7f+DemoUserToken/0Jk2L9mN3pQ4rS5tU6vW7xY8zA1bC2dE3fG4hI5jK6l",  # noqa: S106 - a published test value
    invoice_id="3000000001",
    shop_inn="7000000003",
    group="Main",
    checker_token="0c5e7a9b3d1f4e6a8b2c4d6e8f0a1b3c",  # noqa: S106 - a published test value
    inshopper_email="demo@example.com",
    inshopper_password="sandbox-password",  # noqa: S106 - a published test value
    inshopper_token="SbXdemoInshopperToken7f3a9c1e5b2d8",  # noqa: S106 - a published test value
    inshopper_user_id="1",
    campaign_id="1",
    checker_customer_code="DEMO-CUSTOMER-1",
    intellectmoney_login="demo@example.com",
    intellectmoney_password="sandbox-account-password",  # noqa: S106 - a published test value
)
