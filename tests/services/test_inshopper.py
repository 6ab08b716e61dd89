"""The inshopper client against the sandbox: token, campaigns, uploads, checks, photo rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from pos_app.core.credentials import Secret
from pos_app.core.errors import ValidationError
from pos_app.core.services import AuthError, InshopperClient, IntellectMoneyClient, RejectedError
from pos_app.core.services.inshopper import REJECT_REASONS, CheckState
from pos_app.sandbox import Sandbox
from tests.services.conftest import TEST_TIMEOUTS, sandbox_receipt

INVOICE = "3000000001"
UNKNOWN_QR = "t=20200115T2110&s=1030.00&fn=9251440300046840&i=29414&fp=1250830908&n=1"


def fiscalized_qr(sandbox: Sandbox, cashbox: IntellectMoneyClient) -> str:
    created = cashbox.create_receipt(INVOICE, sandbox_receipt(sandbox))
    return str(next(d.qr for d in sandbox.documents() if d.document_id == created.document_id))


def test_token_from_email_and_password(sandbox: Sandbox) -> None:
    client = InshopperClient(sandbox.base_url, timeouts=TEST_TIMEOUTS)
    demo = sandbox.credentials
    token = client.get_token(demo.inshopper_email, Secret(demo.inshopper_password))
    assert token.reveal() == demo.inshopper_token
    assert client.campaigns(demo.inshopper_user_id)
    with pytest.raises(AuthError):
        client.get_token(demo.inshopper_email, Secret("wrong-password"))


def test_campaigns_of_the_user(sandbox: Sandbox, inshopper: InshopperClient) -> None:
    campaigns = inshopper.campaigns(sandbox.credentials.inshopper_user_id)
    assert [c.id for c in campaigns] == [1, 2]
    assert campaigns[1].limit == 3
    assert sandbox.requests()[-1].query == {
        "token": sandbox.credentials.inshopper_token,
        "user_id": sandbox.credentials.inshopper_user_id,
    }
    assert inshopper.campaigns("999") == ()


def test_a_qr_upload_is_checked_until_good(
    sandbox: Sandbox, inshopper: InshopperClient, cashbox: IntellectMoneyClient
) -> None:
    qr = fiscalized_qr(sandbox, cashbox)
    receipt_id = inshopper.upload_qr(1, qr, external_id="client-7")
    assert sandbox.requests("inshopper")[-1].form == {
        "receipt[no_image]": "true",
        # The document's five fields exactly: the receipt's QR without its n.
        "receipt[qr_string]": qr.removesuffix("&n=1"),
        "receipt[external_id]": "client-7",
    }
    first = inshopper.receipt_state(1, receipt_id)
    assert first.state is CheckState.PROCESSING
    assert not first.state.is_final
    final = inshopper.receipt_state(1, receipt_id)
    assert final.state is CheckState.GOOD
    assert final.quantity == 1


def test_rejections_carry_plain_reasons(
    sandbox: Sandbox, inshopper: InshopperClient, cashbox: IntellectMoneyClient
) -> None:
    unknown = inshopper.upload_qr(1, UNKNOWN_QR)
    inshopper.receipt_state(1, unknown)
    check = inshopper.receipt_state(1, unknown)
    assert check.state is CheckState.REJECTED
    assert check.reject_reason == "invalidkpk"
    assert check.reason_message == REJECT_REASONS["invalidkpk"]
    qr = fiscalized_qr(sandbox, cashbox)
    inshopper.upload_qr(1, qr)
    again = inshopper.upload_qr(1, qr)
    inshopper.receipt_state(1, again)
    assert inshopper.receipt_state(1, again).reject_reason == "dublicate"


def test_all_thirteen_reasons_have_words() -> None:
    assert len(REJECT_REASONS) == 13
    assert all(message.endswith(".") for message in REJECT_REASONS.values())


def test_a_refused_upload_and_an_unknown_receipt(inshopper: InshopperClient) -> None:
    with pytest.raises(RejectedError, match="did not take the receipt"):
        inshopper.upload_qr(99, UNKNOWN_QR)
    with pytest.raises(RejectedError, match="no receipt 12345"):
        inshopper.receipt_state(1, 12345)


def test_a_wrong_token(sandbox: Sandbox) -> None:
    client = InshopperClient(sandbox.base_url, Secret("not-a-token"), TEST_TIMEOUTS)
    with pytest.raises(AuthError, match="Log in again"):
        client.campaigns(sandbox.credentials.inshopper_user_id)


def _jpeg(path: Path, size: tuple[int, int], kind: str = "JPEG") -> Path:
    Image.new("RGB", size, (240, 240, 230)).save(path, kind)
    return path


def test_a_photo_upload(sandbox: Sandbox, inshopper: InshopperClient, tmp_path: Path) -> None:
    receipt_id = inshopper.upload_photo(1, _jpeg(tmp_path / "receipt.jpg", (800, 1200)))
    sent = sandbox.requests("inshopper")[-1]
    assert sent.files["receipt[image]"].content_type == "image/jpeg"
    assert inshopper.receipt_state(1, receipt_id).state is CheckState.UNFILLED


@pytest.mark.parametrize(
    ("size", "kind", "message"),
    [((500, 900), "JPEG", "600x600"), ((800, 800), "PNG", "JPEG")],
)
def test_a_photo_is_checked_before_sending(  # noqa: PLR0917 - fixtures and parameters
    sandbox: Sandbox,
    inshopper: InshopperClient,
    tmp_path: Path,
    size: tuple[int, int],
    kind: str,
    message: str,
) -> None:
    with pytest.raises(ValidationError, match=message):
        inshopper.upload_photo(1, _jpeg(tmp_path / "receipt.jpg", size, kind))
    assert sandbox.requests() == []


def test_a_photo_over_ten_megabytes(
    sandbox: Sandbox, inshopper: InshopperClient, tmp_path: Path
) -> None:
    photo = _jpeg(tmp_path / "big.jpg", (800, 800))
    with photo.open("ab") as file:
        file.truncate(10 * 1024 * 1024 + 1)
    with pytest.raises(ValidationError, match="at most 10 MB"):
        inshopper.upload_photo(1, photo)
    with pytest.raises(ValidationError, match="cannot be read"):
        inshopper.upload_photo(1, tmp_path / "missing.jpg")
    assert sandbox.requests() == []
