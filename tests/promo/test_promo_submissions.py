"""A cashier enters receipts in promo campaigns: the journal keeps each one before it leaves,
the sender sends it once, and its check is followed until it is good or rejected."""

from __future__ import annotations

from pathlib import Path

import pytest

from pos_app.core.errors import ValidationError
from pos_app.core.journal import PromoState
from pos_app.core.promo import PromoOutbox
from pos_app.core.services import AuthError
from pos_app.core.services.inshopper import REJECT_ADVICE, REJECT_REASONS, reason_words
from pos_app.core.session import TillSession
from pos_app.core.workflow import Event, PromoChanged
from pos_app.sandbox import Sandbox
from pos_app.sandbox.till import sandbox_promo_account
from tests.promo.conftest import fiscalized, jpeg

WAIT = 20.0


def uploads(sandbox: Sandbox) -> list[dict[str, str]]:
    return [
        dict(record.form or {})
        for record in sandbox.requests("inshopper")
        if record.path.endswith("/receipts.json")
    ]


def test_the_last_receipt_is_followed_to_good(
    session: TillSession, sandbox: Sandbox, events: list[Event]
) -> None:
    receipt_id = fiscalized(session)
    queued = session.promos.submit_receipt(receipt_id, 1, external_id="bank-42")
    assert queued.state is PromoState.QUEUED  # in the journal before anything left

    done = session.promos.wait(queued.id, WAIT, sending=True)

    assert done.state is PromoState.GOOD
    assert done.quantity == 1
    sent = uploads(sandbox)
    assert len(sent) == 1
    assert sent[0]["receipt[qr_string]"] == queued.qr_string
    assert sent[0]["receipt[qr_string]"].count("&") == 4  # the document's five fields
    assert sent[0]["receipt[external_id]"] == "bank-42"
    states = [e.state for e in events if isinstance(e, PromoChanged)]
    assert states[0] is PromoState.QUEUED
    assert states[-1] is PromoState.GOOD
    assert PromoState.SUBMITTED in states
    assert session.journal.get(receipt_id).promos[0].state is PromoState.GOOD


@pytest.mark.parametrize("reason", sorted(REJECT_REASONS))
def test_each_rejection_comes_back_in_words(
    session: TillSession, sandbox: Sandbox, events: list[Event], reason: str
) -> None:
    receipt_id = fiscalized(session)
    sandbox.set_faults("inshopper", reject_reason=reason)
    submission = session.promos.submit_receipt(receipt_id, 2)

    done = session.promos.wait(submission.id, WAIT, sending=True)

    assert done.state is PromoState.REJECTED
    assert done.reject_reason == reason
    last = [e for e in events if isinstance(e, PromoChanged)][-1]
    assert str(last.detail) == f"Rejected: {REJECT_REASONS[reason]}"
    assert REJECT_ADVICE[reason]


def test_plain_words_for_the_two_reasons_cashiers_meet_most() -> None:
    assert reason_words("dublicate") == "This receipt was already submitted."
    assert "limit" in reason_words("outlimit")
    assert reason_words("something-new") == "something-new"


def test_made_offline_it_goes_out_when_the_service_returns(
    session: TillSession, sandbox: Sandbox
) -> None:
    receipt_id = fiscalized(session)
    sandbox.stop()
    submission = session.promos.submit_receipt(receipt_id, 1)

    offline = session.promos.outbox.run_once()

    assert offline.trouble
    waiting = session.promos.get(submission.id)
    assert waiting.state is PromoState.QUEUED
    assert waiting.attempts == 1
    assert waiting.last_error is not None
    assert waiting.next_try_at is not None
    sandbox.start()
    assert session.promos.wait(submission.id, WAIT, sending=True).state is PromoState.GOOD
    assert len(uploads(sandbox)) == 1


def test_a_lost_answer_is_never_uploaded_again_by_itself(
    session: TillSession, sandbox: Sandbox
) -> None:
    receipt_id = fiscalized(session)
    sandbox.set_faults("inshopper", lose_answer_rate=1)
    submission = session.promos.submit_receipt(receipt_id, 1)

    lost = session.promos.wait(submission.id, WAIT, sending=True)
    for _ in range(3):
        session.promos.outbox.run_once()

    assert lost.state is PromoState.UNKNOWN
    assert session.promos.get(submission.id).state is PromoState.UNKNOWN
    assert len(uploads(sandbox)) == 1
    # A person sends it again, knowing the service may already have it.
    sandbox.clear_faults()
    again = session.promos.send_again(submission.id)
    assert again.state is PromoState.QUEUED
    done = session.promos.wait(submission.id, WAIT, sending=True)
    assert (done.state, done.reject_reason) == (PromoState.REJECTED, "dublicate")


def test_an_upload_cut_off_by_a_crash_is_not_sent_again(session: TillSession) -> None:
    receipt_id = fiscalized(session)
    submission = session.promos.submit_receipt(receipt_id, 1)
    session.journal.promos.move(submission.id, PromoState.SENDING, "uploading")

    restarted = PromoOutbox(
        session.journal, session.promos.account, session.events.emit, first_check=0.01
    )
    restarted.run_once()

    assert session.promos.get(submission.id).state is PromoState.UNKNOWN


def test_a_not_ready_check_is_asked_again(session: TillSession, sandbox: Sandbox) -> None:
    receipt_id = fiscalized(session)
    sandbox.set_faults("inshopper", state_not_ready=True)
    submission = session.promos.submit_receipt(receipt_id, 1)

    waiting = session.promos.wait(submission.id, 0.3, sending=True)

    assert waiting.state is PromoState.SUBMITTED
    assert waiting.last_error is None
    sandbox.clear_faults()
    assert session.promos.wait(submission.id, WAIT, sending=True).state is PromoState.GOOD


def test_a_photo_of_a_paper_receipt_is_kept_and_followed_to_good(
    session: TillSession, sandbox: Sandbox, tmp_path: Path
) -> None:
    photo = jpeg(tmp_path / "paper.jpg")
    submission = session.promos.submit_photo(photo, 1)
    photo.unlink()  # the kept copy is what goes out

    assert submission.receipt_id is None
    assert submission.photo_path is not None
    assert Path(submission.photo_path).name == f"{submission.photo_sha256}.jpg"
    done = session.promos.wait(submission.id, WAIT, sending=True)
    assert done.state is PromoState.GOOD
    history = [state for _, state, _ in session.journal.promos.history(submission.id)]
    assert history[-3:] == ["unfilled", "processing", "good"]
    assert sandbox.requests("inshopper")[-4].files["receipt[image]"].content_type == "image/jpeg"


@pytest.mark.parametrize(
    ("size", "kind"),
    [((599, 1200), "JPEG"), ((800, 1200), "PNG")],
)
def test_a_photo_the_service_would_refuse_is_refused_before_upload(
    session: TillSession, sandbox: Sandbox, tmp_path: Path, size: tuple[int, int], kind: str
) -> None:
    photo = jpeg(tmp_path / "paper.jpg", size, kind)
    message = "must be a JPEG" if kind == "PNG" else "at least 600x600"
    with pytest.raises(ValidationError, match=message):
        session.promos.submit_photo(photo, 1)
    assert session.promos.recent() == ()
    assert sandbox.requests("inshopper") == []


def test_a_photo_over_ten_megabytes_or_missing_is_refused(
    session: TillSession, tmp_path: Path
) -> None:
    big = tmp_path / "big.jpg"
    big.write_bytes(b"\xff\xd8" + b"0" * (10 * 1024 * 1024))
    with pytest.raises(ValidationError, match="at most 10 MB"):
        session.promos.submit_photo(big, 1)
    with pytest.raises(ValidationError, match="cannot be read"):
        session.promos.submit_photo(tmp_path / "gone.jpg", 1)


def test_an_unfiscalized_receipt_and_a_bad_external_id_are_refused(
    session: TillSession,
) -> None:
    receipt_id = fiscalized(session)
    with pytest.raises(ValidationError, match="external id"):
        session.promos.submit_receipt(receipt_id, 1, external_id="x" * 101)
    assert session.promos.recent() == ()


def test_login_keeps_the_token_and_lists_campaigns_with_limits(sandbox: Sandbox) -> None:
    account = sandbox_promo_account(sandbox)
    demo = sandbox.credentials
    from pos_app.core.credentials import Secret

    account.login(demo.inshopper_email, Secret(demo.inshopper_password), demo.inshopper_user_id)
    campaigns = account.campaigns()
    assert [(c.id, c.limit) for c in campaigns] == [(1, 0), (2, 3)]
    assert all(c.description for c in campaigns)
    with pytest.raises(AuthError):
        account.login(demo.inshopper_email, Secret("wrong"))
