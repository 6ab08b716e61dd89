"""check.inshopper.ru client: the account's token, its campaigns, receipt uploads and checks.

The token travels in the query string, as the document says; the transport never puts a URL
in an error and the log's redaction masks it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from pos_app.core.credentials import Secret
from pos_app.core.errors import ValidationError
from pos_app.core.fiscal_qr import FiscalQr
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.receipt_photo import check_photo_data, check_photo_length
from pos_app.core.services import answers
from pos_app.core.services.answers import MalformedError
from pos_app.core.services.endpoints import ServiceName
from pos_app.core.services.errors import (
    AuthError,
    MalformedAnswerError,
    RejectedError,
    UnavailableError,
    UnknownOutcomeError,
)
from pos_app.core.services.redaction import register_secret
from pos_app.core.services.transport import DEFAULT_TIMEOUTS, Answer, Timeouts, Transport

SERVICE = ServiceName.INSHOPPER.label


class CheckNotReadyError(UnavailableError):
    """The service took the receipt but has no state to give yet: ask again later."""


class CheckState(StrEnum):
    """A submitted receipt's check, in the service's words."""

    UNFILLED = "unfilled"  # being recognised
    PROCESSING = "processing"  # sent to the fiscal data check
    GOOD = "good"
    REJECTED = "rejected"

    @property
    def is_final(self) -> bool:
        return self in (CheckState.GOOD, CheckState.REJECTED)


# Every documented reject_reason (the service's spelling), in words for the cashier.
REJECT_REASONS: dict[str, str] = {
    "undecipherable": _N("services", "The receipt cannot be read."),
    "kpkless": _N("services", "The receipt has no fiscal sign (common for card payments)."),
    "clipped": _N("services", "The photo does not show the whole receipt."),
    "nocheck": _N("services", "The image is not a receipt."),
    "nocampaign": _N("services", "The receipt has no goods taking part in the campaign."),
    "wrongshop": _N("services", "This shop does not take part in the campaign."),
    "wrongcircs": _N("services", "The campaign's conditions are not met."),
    "notvalid": _N("services", "The receipt is not valid (it looks altered)."),
    "fewchecks": _N("services", "The photo shows more than one receipt."),
    "oldchecks": _N("services", "The purchase is outside the campaign's period."),
    "invalidkpk": _N("services", "The receipt's fiscal sign did not pass the check."),
    "dublicate": _N("services", "This receipt was already submitted."),
    "outlimit": _N("services", "The campaign's limit is reached."),
}


# What to do about each reject reason.
REJECT_ADVICE: dict[str, str] = {
    "undecipherable": _N("services", "Take a sharper photo in good light and submit it again."),
    "kpkless": _N("services", "Submit a receipt that shows the fiscal sign (ФП)."),
    "clipped": _N("services", "Photograph the whole receipt, all four edges, and submit again."),
    "nocheck": _N("services", "Photograph the receipt itself and submit again."),
    "nocampaign": _N("services", "Check the campaign's goods; this receipt cannot take part."),
    "wrongshop": _N("services", "Check which shops take part; this receipt cannot take part."),
    "wrongcircs": _N(
        "services", "Read the campaign's rules and tell the customer what is missing."
    ),
    "notvalid": _N("services", "Nothing to resubmit; the customer may ask the campaign."),
    "fewchecks": _N("services", "Photograph each receipt on its own and submit them one by one."),
    "oldchecks": _N("services", "Nothing to resubmit: the purchase is too old for the campaign."),
    "invalidkpk": _N(
        "services", "Check the receipt's fiscal data; the customer may ask the campaign."
    ),
    "dublicate": _N("services", "Nothing to do: the first submission counts."),
    "outlimit": _N("services", "Nothing to resubmit: no more entries are taken in this campaign."),
}


def reason_words(code: str) -> str:
    """A reject reason in plain words (an unknown one as the service wrote it)."""
    return REJECT_REASONS.get(code, code)


def reason_advice(code: str) -> str | None:
    return REJECT_ADVICE.get(code)


@dataclass(frozen=True)
class Campaign:
    id: int
    name: str
    limit: int  # 0: no limit
    logo_url: str
    description: str


@dataclass(frozen=True)
class PromoCheck:
    receipt_id: int
    state: CheckState
    reject_reason: str | None = None
    quantity: int | None = None  # extra.quantity: goods counted for the campaign

    @property
    def reason_message(self) -> str | None:
        """The reject reason in plain words (an unknown one as the service wrote it)."""
        if self.reject_reason is None:
            return None
        return REJECT_REASONS.get(self.reject_reason, self.reject_reason)


class InshopperClient:
    def __init__(
        self, base_url: str, token: Secret | None = None, timeouts: Timeouts = DEFAULT_TIMEOUTS
    ) -> None:
        self._token = token
        if token is not None:
            register_secret(token.reveal())
        self._transport = Transport(SERVICE, base_url, timeouts)

    def close(self) -> None:
        self._transport.close()

    def get_token(self, email: str, password: Secret) -> Secret:
        """The account's API token (also used by this client from now on)."""
        register_secret(password.reveal())
        answer = self._transport.request(
            "POST",
            "/clients/get_token.json",
            idempotent=True,
            data={"email": email, "password": password.reveal()},
        )
        if answer.status in (401, 403):
            raise AuthError(
                SERVICE,
                _N("services", "{service} does not accept this e-mail and password."),
            )
        data = self._json(answer, MalformedAnswerError)
        try:
            self._check_ok(answer)
            token = Secret(answers.text(data, "token"))
        except MalformedError as problem:
            raise answers.malformed_error(
                MalformedAnswerError, SERVICE, problem.problem, b"(the answer is not shown)"
            ) from None
        register_secret(token.reveal())
        self._token = token
        return token

    def campaigns(self, user_id: str) -> tuple[Campaign, ...]:
        answer = self._call("GET", "/campaigns.json", idempotent=True, params={"user_id": user_id})
        data = self._json(answer, MalformedAnswerError)
        try:
            self._check_ok(answer)
            listing = answers.member(data, "campaigns")
            if not isinstance(listing, Mapping):
                raise MalformedError("campaigns is not an object")
            found = []
            for key, item in listing.items():
                if not isinstance(item, Mapping) or not str(key).isdigit():
                    raise MalformedError(f"campaign {key} is not a campaign")
                found.append(
                    Campaign(
                        id=int(key),
                        name=answers.text(item, "name"),
                        limit=answers.whole(item, "limit"),
                        logo_url=str(item.get("logo_url", "")),
                        description=str(item.get("description", "")),
                    )
                )
        except MalformedError as problem:
            raise answers.malformed_error(
                MalformedAnswerError, SERVICE, problem.problem, answer.body
            ) from None
        return tuple(sorted(found, key=lambda campaign: campaign.id))

    def upload_qr(
        self, campaign_id: int, qr: FiscalQr | str, external_id: str | None = None
    ) -> int:
        """Submit a receipt by its fiscal QR string (sent with the document's five fields, no
        ``n``); returns the service's receipt id."""
        text = (qr if isinstance(qr, FiscalQr) else FiscalQr.parse(qr)).for_inshopper()
        fields = {"receipt[no_image]": "true", "receipt[qr_string]": text}
        if external_id:
            fields["receipt[external_id]"] = external_id
        answer = self._call(
            "POST", f"/campaigns/{campaign_id:d}/receipts.json", idempotent=False, data=fields
        )
        return self._uploaded(answer)

    def upload_photo(self, campaign_id: int, photo: Path, external_id: str | None = None) -> int:
        """Submit a photo of a receipt (JPEG, at most 10 MB, at least 600x600, checked here
        before anything is sent); returns the service's receipt id."""
        data = check_photo(photo)
        fields = {"receipt[external_id]": external_id} if external_id else {}
        answer = self._call(
            "POST",
            f"/campaigns/{campaign_id:d}/receipts.json",
            idempotent=False,
            data=fields,
            files={"receipt[image]": (photo.name, data, "image/jpeg")},
        )
        return self._uploaded(answer)

    def receipt_state(self, campaign_id: int, receipt_id: int) -> PromoCheck:
        """The receipt's check; CheckNotReadyError when the service has none to give yet."""
        answer = self._call(
            "GET", f"/campaigns/{campaign_id:d}/receipts/{receipt_id:d}.json", idempotent=True
        )
        if answer.status == 202 or (answer.status == 200 and not answer.body.strip()):
            # ASSUMED (not documented): "not ready yet" is an accepted request with no body.
            raise CheckNotReadyError(
                SERVICE, _N("services", "{service} has no state for the receipt yet.")
            )
        if answer.status == 404:
            raise RejectedError(
                SERVICE,
                _N("services", "{service} has no receipt {id} in campaign {campaign}."),
                id=receipt_id,
                campaign=campaign_id,
            )
        data = self._json(answer, MalformedAnswerError)
        try:
            self._check_ok(answer)
            state_text = answers.text(data, "state")
            if state_text not in CheckState.__members__.values():
                raise MalformedError(f"state {state_text!r} is not a documented state")
            state = CheckState(state_text)
            reason = answers.text(data, "reject_reason") if state is CheckState.REJECTED else None
            extra = data.get("extra")
            quantity = None
            if isinstance(extra, Mapping) and "quantity" in extra:
                quantity = answers.whole(extra, "quantity")
        except MalformedError as problem:
            raise answers.malformed_error(
                MalformedAnswerError, SERVICE, problem.problem, answer.body
            ) from None
        return PromoCheck(receipt_id, state, reason, quantity)

    def _call(self, method: str, path: str, *, idempotent: bool, **options: Any) -> Answer:
        if self._token is None:
            raise AuthError(
                SERVICE,
                _N(
                    "services",
                    "{service} has no token yet; log in with the account's e-mail and password"
                    " (promo panel, or pos-app promo login).",
                ),
            )
        params = {"token": self._token.reveal(), **options.pop("params", {})}
        answer = self._transport.request(
            method, path, idempotent=idempotent, params=params, **options
        )
        if answer.status in (401, 403):
            raise AuthError(
                SERVICE,
                _N(
                    "services",
                    "{service} does not accept the token. Log in again (promo panel, or pos-app"
                    " promo login).",
                ),
            )
        if answer.status >= 500 or answer.status == 429:
            kind = UnavailableError if idempotent else UnknownOutcomeError
            raise kind(
                SERVICE,
                _N("services", "{service} answered with an error (HTTP {status})."),
                status=answer.status,
            )
        return answer

    @staticmethod
    def _check_ok(answer: Answer) -> None:
        if answer.status != 200:
            raise MalformedError(f"HTTP {answer.status} with an answer saying all is well")

    def _json(self, answer: Answer, kind: type[MalformedAnswerError]) -> dict[str, Any]:
        try:
            return answers.json_object(answer.body)
        except MalformedError as problem:
            raise answers.malformed_error(kind, SERVICE, problem.problem, answer.body) from None

    def _uploaded(self, answer: Answer) -> int:
        try:
            data = answers.json_object(answer.body)
            state = answers.text(data, "state")
            if state == "error":
                raise RejectedError(
                    SERVICE,
                    _N(
                        "services",
                        "{service} did not take the receipt for checking (wrong campaign, QR"
                        " code or photo).",
                    ),
                )
            if state != "ok":
                raise MalformedError(f"state {state!r} is neither ok nor error")
            self._check_ok(answer)
            return answers.whole(data, "id")
        except MalformedError as problem:
            # The upload may have been taken in: a repeat would be rejected as a duplicate.
            raise answers.malformed_error(
                UnknownOutcomeError, SERVICE, problem.problem, answer.body
            ) from None


def check_photo(photo: Path) -> bytes:
    """The photo's bytes, if it is what the service takes; ValidationError otherwise."""
    try:
        # A file over the limit is refused before it is read.
        check_photo_length(photo.stat().st_size)
        data = photo.read_bytes()
    except OSError as error:
        raise ValidationError(
            "photo",
            _N("validation", "The photo {path} cannot be read: {problem}."),
            path=photo,
            problem=error.strerror,
        ) from None
    check_photo_data(data)
    return data
