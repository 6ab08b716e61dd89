"""check.inshopper.ru emulation: token, campaigns, receipt uploads and their checks.

The document (seed 000) gives paths, fields and answers but no error shapes beyond
``{"state": "error"}``; every rule below that it does not state is marked ASSUMED.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import threading
from dataclasses import dataclass, field, replace
from typing import Any

from pos_app.core.errors import ValidationError
from pos_app.core.fiscal_qr import FiscalQr
from pos_app.core.receipt_photo import check_photo_data
from pos_app.sandbox.cashbox import Cashbox
from pos_app.sandbox.credentials import SandboxCredentials
from pos_app.sandbox.exchange import Answer, Request, json_answer
from pos_app.sandbox.faults import Faults

logger = logging.getLogger(__name__)

TOKEN_PATH = "/clients/get_token.json"  # noqa: S105 - a path, not a password
CAMPAIGNS_PATH = "/campaigns.json"
PREFIXES = ("/clients/", "/campaigns")
ERROR = {"state": "error"}  # documented


@dataclass(frozen=True)
class Campaign:
    name: str
    limit: int  # documented: 0 means no limit
    logo_url: str
    description: str


# Documented shape (campaigns.json example); the values are the sandbox's own.
CAMPAIGNS = {
    1: Campaign("Весенняя акция", 0, "no image", "Любая покупка от 100 рублей"),
    2: Campaign("Три чека — подарок", 3, "no image", "Три чека за месяц — подарок"),
}


@dataclass
class _Submission:
    campaign_id: int
    # The states still to come, the last one final; the first is shown at once.
    states: list[str]
    reject_reason: str | None = None
    extra: dict[str, str] | str = field(default="")
    # Reads of the current state so far.
    seen: int = 0


class Inshopper:
    """The promo service for one account (the demo e-mail, password, token and user id).

    ``pending_polls``: how many state reads a submission stays in each intermediate state.
    """

    def __init__(self, credentials: SandboxCredentials, cashbox: Cashbox, pending_polls: int):
        self._credentials = credentials
        self._cashbox = cashbox
        self._pending_polls = pending_polls
        self._submissions: dict[int, _Submission] = {}
        # What each campaign already counted as good: duplicates and limits are judged on it.
        self._accepted: dict[int, set[str]] = {}
        self._next_id = 1
        self._lock = threading.Lock()

    def handle(self, request: Request, faults: Faults) -> Answer:
        fault = "blocked_token" if faults.blocked_token else None
        if request.path == TOKEN_PATH:
            return self._get_token(request, faults)
        # Documented: the token goes in the query string; ASSUMED: also taken from a form field.
        token = request.query.get("token") or (request.form or {}).get("token", "")
        if faults.blocked_token or not hmac.compare_digest(
            token, self._credentials.inshopper_token
        ):
            # ASSUMED: a wrong or blocked token gets 401 with the documented error body.
            return json_answer(401, ERROR, fault=fault)
        if request.path == CAMPAIGNS_PATH:
            return self._campaigns(request)
        parts = request.path.strip("/").split("/")
        if len(parts) == 3 and parts[0] == "campaigns" and parts[2] == "receipts.json":
            return self._upload(request, parts[1], faults)
        if len(parts) == 4 and parts[0] == "campaigns" and parts[2] == "receipts":
            return self._state(parts[1], parts[3], faults)
        return json_answer(404, ERROR)

    def _get_token(self, request: Request, faults: Faults) -> Answer:
        fields = request.form if request.form is not None else request.query
        email_ok = hmac.compare_digest(fields.get("email", ""), self._credentials.inshopper_email)
        password_ok = hmac.compare_digest(
            fields.get("password", ""), self._credentials.inshopper_password
        )
        if not (email_ok and password_ok) or faults.blocked_token:
            # ASSUMED: wrong e-mail or password answers 401 with the documented error body.
            return json_answer(401, ERROR, fault="blocked_token" if faults.blocked_token else None)
        return json_answer(200, {"token": self._credentials.inshopper_token})

    def _campaigns(self, request: Request) -> Answer:
        if request.query.get("user_id") != self._credentials.inshopper_user_id:
            # ASSUMED: another user's (or no) user_id lists no campaigns.
            return json_answer(200, {"campaigns": {}})
        listing = {
            str(number): {
                "name": campaign.name,
                "limit": campaign.limit,
                "logo_url": campaign.logo_url,
                "description": campaign.description,
            }
            for number, campaign in CAMPAIGNS.items()
        }
        return json_answer(200, {"campaigns": listing})

    def _upload(self, request: Request, campaign_text: str, faults: Faults) -> Answer:
        if request.method != "POST":
            return json_answer(405, ERROR)
        campaign_id = _number(campaign_text)
        if campaign_id not in CAMPAIGNS:
            # ASSUMED: an unknown campaign is a 404 with the documented error body.
            return json_answer(404, ERROR)
        fields = request.form or {}
        image = request.files.get("receipt[image]")
        qr: FiscalQr | None = None
        if image is not None:
            # Documented limits; ASSUMED: a photo breaking them gets the documented error.
            if not _acceptable_photo(image.data):
                return json_answer(200, ERROR)
            key = "photo:" + hashlib.sha256(image.data).hexdigest()
            # A photo is recognised first (unfilled), then its fiscal data checked.
            states = ["unfilled", "processing"]
        elif fields.get("receipt[no_image]") == "true":
            try:
                qr = FiscalQr.parse(fields.get("receipt[qr_string]", ""))
            except ValidationError:
                return json_answer(200, ERROR)
            key = f"qr:{qr.fn}:{qr.fd}"
            states = ["processing"]
        else:
            return json_answer(200, ERROR)
        with self._lock:
            submission_id = self._next_id
            self._next_id += 1
            reason = self._judge(campaign_id, key, qr, faults)
            final = "good" if reason is None else "rejected"
            extra: dict[str, str] | str = {"quantity": "1"} if reason is None else ""
            self._submissions[submission_id] = _Submission(
                campaign_id, [*states, final], reason, extra
            )
        # Entered: losing this answer (the lose_answer fault) leaves the app not knowing.
        return replace(json_answer(200, {"id": submission_id, "state": "ok"}), processed=True)

    def _judge(self, campaign_id: int, key: str, qr: FiscalQr | None, faults: Faults) -> str | None:
        """The reject reason, or None for a good receipt; decided at upload, shown later."""
        if faults.reject_reason is not None:
            return faults.reject_reason
        accepted = self._accepted.setdefault(campaign_id, set())
        if key in accepted:
            return "dublicate"
        limit = CAMPAIGNS[campaign_id].limit
        if limit and len(accepted) >= limit:
            return "outlimit"
        if qr is not None:
            document = self._cashbox.find(qr.fn, qr.fd)
            # ASSUMED: the check of the fiscal data (КПК) is against the sandbox's own cashbox.
            if document is None or document.fp != qr.fp or document.receipt.total != qr.total:
                return "invalidkpk"
        accepted.add(key)
        return None

    def _state(self, campaign_text: str, receipt_text: str, faults: Faults) -> Answer:
        if faults.state_not_ready:
            # ASSUMED (not documented): "no state yet" is an accepted request, with no body.
            return Answer(202, b"", fault="state_not_ready")
        campaign_id = _number(campaign_text)
        receipt_id = _number(receipt_text.removesuffix(".json"))
        with self._lock:
            submission = self._submissions.get(receipt_id or 0)
            if submission is None or submission.campaign_id != campaign_id:
                # ASSUMED: an unknown receipt is a 404 with the documented error body.
                return json_answer(404, ERROR)
            state = submission.states[0]
            if len(submission.states) > 1:
                self._advance(submission)
        answer: dict[str, Any] = {"id": receipt_id, "state": state, "extra": ""}
        if state == "good":
            answer["extra"] = submission.extra
        if state == "rejected":
            answer["reject_reason"] = submission.reject_reason
        return json_answer(200, answer)

    def _advance(self, submission: _Submission) -> None:
        # Each intermediate state is seen pending_polls times (at least once) before the next.
        submission.seen += 1
        if submission.seen >= max(self._pending_polls, 1):
            submission.states.pop(0)
            submission.seen = 0


def _number(text: str) -> int | None:
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 18 else None


def _acceptable_photo(data: bytes) -> bool:
    """Documented: a JPEG of at most 10 MB and at least 600x600 pixels (the client's own check)."""
    try:
        check_photo_data(data)
    except ValidationError:
        return False
    return True
