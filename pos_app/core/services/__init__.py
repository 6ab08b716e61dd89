"""Clients of the three services (IntellectMoney cashBox, Checker.uz, check.inshopper.ru).

Qt-free. Each failure is one of the errors in :mod:`pos_app.core.services.errors`, sorted by
what the caller must do: show a refusal, fix credentials, retry later, or have a person check.
"""

from pos_app.core.fiscal_data import FiscalData
from pos_app.core.services.checker import CheckerClient
from pos_app.core.services.endpoints import ServiceName, endpoint
from pos_app.core.services.errors import (
    AuthError,
    MalformedAnswerError,
    RejectedError,
    ServiceError,
    UnavailableError,
    UnknownOutcomeError,
    UnrecognisedRefusalError,
)
from pos_app.core.services.inshopper import InshopperClient
from pos_app.core.services.intellectmoney import (
    CreatedReceipt,
    IntellectMoneyClient,
    IntellectMoneyCredentials,
    NotReady,
)
from pos_app.core.services.transport import Timeouts

__all__ = [
    "AuthError",
    "CheckerClient",
    "CreatedReceipt",
    "FiscalData",
    "InshopperClient",
    "IntellectMoneyClient",
    "IntellectMoneyCredentials",
    "MalformedAnswerError",
    "NotReady",
    "RejectedError",
    "ServiceError",
    "ServiceName",
    "Timeouts",
    "UnavailableError",
    "UnknownOutcomeError",
    "UnrecognisedRefusalError",
    "endpoint",
]
