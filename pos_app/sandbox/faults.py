"""Faults on demand: what goes wrong with a service's answers, decided by seeded draws."""

from __future__ import annotations

import math
import random
import threading
from dataclasses import asdict, dataclass, fields
from enum import Enum
from typing import Literal, get_args

from pos_app.core.services.inshopper import REJECT_REASONS as REJECT_MESSAGES

Service = Literal["intellectmoney", "checker", "inshopper"]
SERVICES: tuple[Service, ...] = get_args(Service)

CHECKER_ERRORS = tuple(str(code) for code in range(100001, 100009))
# check.inshopper.ru's documented reject reasons (the service's spelling, "dublicate").
REJECT_REASONS = tuple(REJECT_MESSAGES)
# IntellectMoney getReceipt: the shapes an answer without fiscal data may take (API_NOTES.md:
# the "not ready yet" answer is not documented), and the cashbox's explicit refusal.
POLL_ANSWERS = (
    "queued",  # OperationState 1
    "other_response_state",  # ResponseState "Processing", no errors
    "state_code_without_errors",  # OperationState 0, Result.State 9, no receipt data
    "empty_fiscal_fields",  # the fiscal data with FSNumber, FP and DocumentNumber empty
    "missing_fiscal_fields",  # the fiscal data without FSNumber, FP and DocumentNumber
    "unknown_operation_code",  # OperationState 7 beside the fiscal data
    "unknown_refusal_code",  # OperationState 2, Result.State 77, no errors
    "no_body",  # HTTP 202 with an empty body (OrangeData's "not finished")
    "bad_request_without_errors",  # ResponseState BadRequest, Errors []
    "no_receipt_data",  # CashboxReceiptResponseData null
    "refused",  # ResponseState BadRequest with Errors: the one explicit refusal
)
# Longer would hold a server thread per request for as long; a slow service is seconds.
MAX_LATENCY = 60.0
SERVER_ERROR_STATUSES = (500, 502, 503)


@dataclass(frozen=True)
class Faults:
    """One service's faults. Rates are shares of requests (0..1), exclusive of each other,
    so together they are at most 1; ``latency`` is seconds added before every answer."""

    latency: float = 0.0
    error_rate: float = 0.0
    drop_rate: float = 0.0
    hang_rate: float = 0.0
    malformed_rate: float = 0.0
    # IntellectMoney createReceipt, Checker.uz SendCheque and inshopper uploads: done (the
    # document exists, the copy went to the customer, the receipt is entered), then the answer
    # is lost.
    lose_answer_rate: float = 0.0
    # IntellectMoney createReceipt only: processed, then the TLS stream breaks: a record that
    # cannot be decrypted, or a close without close_notify.
    tls_garbage_rate: float = 0.0
    tls_cut_rate: float = 0.0
    blocked_token: bool = False
    # IntellectMoney only: getReceipt of a known receipt answers in this shape (POLL_ANSWERS).
    poll_answer: str | None = None
    # IntellectMoney only: createReceipt is refused as a whole (OperationState 2) with this
    # Result.State code and nothing made: a code the app may not know.
    create_refusal_code: int | None = None
    # Checker.uz only: every SendCheque answers this documented error ("100001".."100008").
    checker_error: str | None = None
    # inshopper only: every upload ends rejected with this documented reason.
    reject_reason: str | None = None
    # inshopper only: state reads answer "not ready" (HTTP 202, no body; ASSUMED shape).
    state_not_ready: bool = False

    def __post_init__(self) -> None:
        for name in ("latency", *_RATES):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError(f"{name} must be a number, not {value!r}")
            object.__setattr__(self, name, float(value))
        if not 0 <= self.latency <= MAX_LATENCY or math.isnan(self.latency):
            raise ValueError(f"latency must be 0 to {MAX_LATENCY:g} seconds, not {self.latency}")
        for name in _RATES:
            rate = getattr(self, name)
            if not 0 <= rate <= 1:  # NaN fails this too
                raise ValueError(f"{name} must be a share from 0 to 1, not {rate}")
        if sum(getattr(self, name) for name in _RATES) > 1 + 1e-9:
            raise ValueError("the rates are shares of the same requests: together at most 1")
        for name in ("blocked_token", "state_not_ready"):
            if not isinstance(getattr(self, name), bool):
                raise ValueError(f"{name} must be true or false, not {getattr(self, name)!r}")
        if self.checker_error is not None and self.checker_error not in CHECKER_ERRORS:
            raise ValueError(
                f"checker_error must be one of {', '.join(CHECKER_ERRORS)},"
                f" not {self.checker_error!r}"
            )

        if self.poll_answer is not None and self.poll_answer not in POLL_ANSWERS:
            raise ValueError(
                f"poll_answer must be one of {', '.join(POLL_ANSWERS)}, not {self.poll_answer!r}"
            )
        code = self.create_refusal_code
        if code is not None and (
            isinstance(code, bool) or not isinstance(code, int) or not 1 <= code <= 999
        ):
            raise ValueError(f"create_refusal_code must be a whole number 1 to 999, not {code!r}")
        if self.reject_reason is not None and self.reject_reason not in REJECT_REASONS:
            raise ValueError(
                f"reject_reason must be one of {', '.join(REJECT_REASONS)},"
                f" not {self.reject_reason!r}"
            )

    @classmethod
    def for_service(cls, service: str, **values: object) -> Faults:
        """Faults checked against the service: a field it cannot apply is an error, not a no-op."""
        if service not in SERVICES:
            raise ValueError(f"unknown service {service!r}; one of {', '.join(SERVICES)}")
        unknown = sorted(values.keys() - FAULT_FIELDS)
        if unknown:
            raise ValueError(
                f"unknown fault field {unknown[0]!r}; one of {', '.join(FAULT_FIELDS)}"
            )
        faults = cls(**values)  # type: ignore[arg-type]  # checked in __post_init__
        for name in _AFTER_THE_DOCUMENT[1:]:
            if getattr(faults, name) and service != "intellectmoney":
                raise ValueError(f"{name} applies to IntellectMoney createReceipt only")
        for name in ("poll_answer", "create_refusal_code"):
            if getattr(faults, name) is not None and service != "intellectmoney":
                raise ValueError(f"{name} applies to IntellectMoney only")
        if faults.checker_error is not None and service != "checker":
            raise ValueError("checker_error applies to Checker.uz only")
        if faults.reject_reason is not None and service != "inshopper":
            raise ValueError("reject_reason applies to inshopper only")
        if faults.state_not_ready and service != "inshopper":
            raise ValueError("state_not_ready applies to inshopper only")
        return faults

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


# Faults that strike after the work is done: only createReceipt makes a document.
_AFTER_THE_DOCUMENT = ("lose_answer_rate", "tls_garbage_rate", "tls_cut_rate")
_RATES = ("error_rate", "drop_rate", "hang_rate", "malformed_rate", *_AFTER_THE_DOCUMENT)
FAULT_FIELDS = tuple(field.name for field in fields(Faults))
NO_FAULTS = Faults()


class Mishap(Enum):
    """What happens to one request, drawn before the service sees it."""

    NONE = "none"
    DROP = "drop"
    HANG = "hang"
    SERVER_ERROR = "server_error"
    MALFORMED = "malformed"
    LOSE_ANSWER = "lose_answer"
    TLS_GARBAGE = "tls_garbage"
    TLS_CUT = "tls_cut"


@dataclass(frozen=True)
class Decision:
    mishap: Mishap
    status: int = 200  # the HTTP status of a SERVER_ERROR


class FaultSchedule:
    """A service's faults and the seeded draws deciding each request's mishap.

    One draw per request, split into bands by the rates, so a rate is an exact share and the
    same seed and request order replay the same mishaps whichever faults are switched on.
    """

    def __init__(self, faults: Faults, seed: str) -> None:
        self.faults = faults
        self._random = random.Random(seed)  # noqa: S311 - reproducible faults, not secrecy
        self._lock = threading.Lock()
        self._bands = (
            (Mishap.DROP, faults.drop_rate),
            (Mishap.HANG, faults.hang_rate),
            (Mishap.SERVER_ERROR, faults.error_rate),
            (Mishap.MALFORMED, faults.malformed_rate),
            (Mishap.LOSE_ANSWER, faults.lose_answer_rate),
            (Mishap.TLS_GARBAGE, faults.tls_garbage_rate),
            (Mishap.TLS_CUT, faults.tls_cut_rate),
        )

    def decide(self) -> Decision:
        if not any(rate for _, rate in self._bands):
            return Decision(Mishap.NONE)
        with self._lock:
            draw = self._random.random()
        start = 0.0
        for mishap, rate in self._bands:
            if draw < start + rate:
                if mishap is Mishap.SERVER_ERROR:
                    # Where the draw falls inside its band picks the status: still one draw.
                    index = int((draw - start) / rate * len(SERVER_ERROR_STATUSES))
                    return Decision(
                        mishap, SERVER_ERROR_STATUSES[min(index, len(SERVER_ERROR_STATUSES) - 1)]
                    )
                return Decision(mishap)
            start += rate
        return Decision(Mishap.NONE)
