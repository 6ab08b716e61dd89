"""Clients of the three services (IntellectMoney cashBox, Checker.uz, check.inshopper.ru).

Qt-free. Each failure is one of the errors in :mod:`pos_app.core.services.errors`, sorted by
what the caller must do: show a refusal, fix credentials, retry later, or have a person check.
Each name is imported on first use (:mod:`pos_app.core.lazy`): reading the endpoints' settings
or masking secrets in the log does not load the HTTP stack.
"""

from typing import TYPE_CHECKING

from pos_app.core import lazy

if TYPE_CHECKING:
    from pos_app.core.fiscal_data import FiscalData as FiscalData
    from pos_app.core.services.checker import CheckerClient as CheckerClient
    from pos_app.core.services.endpoints import ServiceName as ServiceName
    from pos_app.core.services.endpoints import endpoint as endpoint
    from pos_app.core.services.errors import AuthError as AuthError
    from pos_app.core.services.errors import MalformedAnswerError as MalformedAnswerError
    from pos_app.core.services.errors import RejectedError as RejectedError
    from pos_app.core.services.errors import ServiceError as ServiceError
    from pos_app.core.services.errors import UnavailableError as UnavailableError
    from pos_app.core.services.errors import UnknownOutcomeError as UnknownOutcomeError
    from pos_app.core.services.errors import UnrecognisedRefusalError as UnrecognisedRefusalError
    from pos_app.core.services.inshopper import InshopperClient as InshopperClient
    from pos_app.core.services.intellectmoney import CreatedReceipt as CreatedReceipt
    from pos_app.core.services.intellectmoney import IntellectMoneyClient as IntellectMoneyClient
    from pos_app.core.services.intellectmoney import (
        IntellectMoneyCredentials as IntellectMoneyCredentials,
    )
    from pos_app.core.services.intellectmoney_answers import NotReady as NotReady
    from pos_app.core.services.transport import Timeouts as Timeouts

__all__, __getattr__, __dir__ = lazy.exports(
    __name__,
    {
        ".fiscal_data": ("FiscalData",),
        "checker": ("CheckerClient",),
        "endpoints": (
            "ServiceName",
            "endpoint",
        ),
        "errors": (
            "AuthError",
            "MalformedAnswerError",
            "RejectedError",
            "ServiceError",
            "UnavailableError",
            "UnknownOutcomeError",
            "UnrecognisedRefusalError",
        ),
        "inshopper": ("InshopperClient",),
        "intellectmoney": (
            "CreatedReceipt",
            "IntellectMoneyClient",
            "IntellectMoneyCredentials",
        ),
        "intellectmoney_answers": ("NotReady",),
        "transport": ("Timeouts",),
    },
)
