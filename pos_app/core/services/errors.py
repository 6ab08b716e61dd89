"""What can go wrong talking to a service, sorted by what the caller must do about it.

- :class:`RejectedError`: the service said no. Do not retry; show why.
- :class:`AuthError`: the credentials are wrong, blocked or missing. Fix them in Settings.
- :class:`UnavailableError`: nothing was done (no connection, 5xx, 429, a broken answer to a
  read). Safe to retry later.
- :class:`UnknownOutcomeError`: the request may have reached the service, but no valid answer
  came. A createReceipt in this state is never sent again without a person checking.
- :class:`UnrecognisedRefusalError`: the service refused the request as a whole for a reason
  the app does not know. Nothing was done; a person fixes the cause and sends it again.

Messages are templates translated under the context ``"services"``. No secret is ever a
parameter: messages are built from the service's answer (redacted) and the app's own words.
"""

from __future__ import annotations

from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.i18n import TranslatableError

# How much of a broken answer an error quotes: enough to recognise it, not a whole page.
EXCERPT_LENGTH = 120


class ServiceError(TranslatableError):
    """A service call failed; ``service`` names the service for the person reading it."""

    context = "services"

    def __init__(self, service: str, template: str, **params: object) -> None:
        self.service = service
        super().__init__(template, service=service, **params)


class RejectedError(ServiceError):
    """The service refused the request; ``reasons`` are its own words."""

    def __init__(
        self,
        service: str,
        template: str,
        *,
        reasons: tuple[str, ...] = (),
        document_id: str | None = None,
        **params: object,
    ) -> None:
        self.reasons = reasons
        # createReceipt: the id the cashbox gave the refused receipt, kept for the record.
        self.document_id = document_id
        super().__init__(service, template, **params)


class AuthError(ServiceError):
    """The credentials are missing, wrong, blocked or deleted."""


class UnavailableError(ServiceError):
    """The service could not be reached or did not do the work; retrying later is safe."""


class MalformedAnswerError(UnavailableError):
    """An answer that is not what the document describes, to a request safe to repeat."""


class UnknownOutcomeError(ServiceError):
    """The request may have been done; no valid answer says whether. Never repeat blindly."""


class UnrecognisedRefusalError(ServiceError):
    """Refused as a whole with a code the app does not know, and nothing about the receipt
    itself: no document was made, so sending again loses nothing, but only once a person has
    fixed the cause (it is neither the cashier's mistake nor a final refusal)."""

    def __init__(self, service: str, template: str, *, code: int, reason: str) -> None:
        self.code = code
        self.reason = reason
        super().__init__(service, template, code=code, reason=reason)


class DocumentNotFoundError(RejectedError):
    """getReceipt: the cashbox has no document with that id for that invoice."""


# --- Checker.uz: one class per documented error code -----------------------------------------


class CheckerUnexpectedError(UnavailableError):
    """100001: an unexpected error on Checker.uz's side."""


class CheckerBadRequestError(RejectedError):
    """100002: Checker.uz could not process the request's JSON."""


class CheckerTokenInvalidError(AuthError):
    """100003: the token is wrong."""


class CheckerRecipientNotFoundError(RejectedError):
    """100004: nobody with that phone (or customer code) uses Checker.uz."""


class CheckerTelegramRefusedError(RejectedError):
    """100005: Telegram refused the message (e.g. the customer blocked the bot)."""


class CheckerTelegramUnavailableError(UnavailableError):
    """100006: Checker.uz could not reach Telegram."""


class CheckerTokenBlockedError(AuthError):
    """100007: the token is blocked."""


class CheckerTokenDeletedError(AuthError):
    """100008: the token was deleted."""


CHECKER_ERRORS: dict[str, tuple[type[ServiceError], str]] = {
    "100001": (
        CheckerUnexpectedError,
        _N(
            "services",
            "Checker.uz had an unexpected error ({detail}). The copy will be sent again later.",
        ),
    ),
    "100002": (
        CheckerBadRequestError,
        _N(
            "services",
            "Checker.uz could not read the receipt ({detail}). Check the customer's phone;"
            " if it is right, tell the support team.",
        ),
    ),
    "100003": (
        CheckerTokenInvalidError,
        _N(
            "services",
            "Checker.uz does not accept the token. Enter the right Checker.uz token in Settings.",
        ),
    ),
    "100004": (
        CheckerRecipientNotFoundError,
        _N(
            "services",
            "Checker.uz has no customer with this phone. Check the number with the customer,"
            " or give the receipt on paper.",
        ),
    ),
    "100005": (
        CheckerTelegramRefusedError,
        _N(
            "services",
            "Telegram refused the message (the customer may have blocked the Checker.uz bot)."
            " Give the receipt on paper.",
        ),
    ),
    "100006": (
        CheckerTelegramUnavailableError,
        _N(
            "services",
            "Checker.uz could not reach Telegram ({detail}). The copy will be sent again later.",
        ),
    ),
    "100007": (
        CheckerTokenBlockedError,
        _N(
            "services",
            "The Checker.uz token is blocked. Ask Checker.uz for a new token and enter it in"
            " Settings.",
        ),
    ),
    "100008": (
        CheckerTokenDeletedError,
        _N(
            "services",
            "The Checker.uz token was deleted. Ask Checker.uz for a new token and enter it in"
            " Settings.",
        ),
    ),
}


def excerpt(body: bytes | str) -> str:
    """The start of an answer, on one line, for an error message."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    text = " ".join(text.split())
    if len(text) > EXCERPT_LENGTH:
        return text[: EXCERPT_LENGTH - 1] + "…"
    return text or "(empty)"
