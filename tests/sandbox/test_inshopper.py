"""check.inshopper.ru emulation: token, campaigns, QR and photo uploads and their states."""

from __future__ import annotations

from typing import Any

import pytest
import requests

from pos_app.sandbox import Sandbox
from tests.sandbox.helpers import demo_receipt, fiscalize, jpeg, png

ERROR = {"state": "error"}


def url(sandbox: Sandbox, path: str) -> str:
    return sandbox.base_url + path


def token_params(sandbox: Sandbox) -> dict[str, str]:
    return {"token": sandbox.credentials.inshopper_token}


def upload_qr(
    sandbox: Sandbox, qr: str, campaign: int = 1, external_id: str | None = None
) -> requests.Response:
    fields = {"receipt[no_image]": "true", "receipt[qr_string]": qr}
    if external_id is not None:
        fields["receipt[external_id]"] = external_id
    return requests.post(
        url(sandbox, f"/campaigns/{campaign}/receipts.json"),
        params=token_params(sandbox),
        data=fields,
        timeout=5,
    )


def upload_photo(
    sandbox: Sandbox, data: bytes, campaign: int = 1, content_type: str = "image/jpg"
) -> requests.Response:
    return requests.post(
        url(sandbox, f"/campaigns/{campaign}/receipts.json"),
        params=token_params(sandbox),
        files={"receipt[image]": ("receipt.jpg", data, content_type)},
        data={"receipt[external_id]": "ext-1"},
        timeout=10,
    )


def state(sandbox: Sandbox, receipt_id: int, campaign: int = 1) -> dict[str, Any]:
    answer = requests.get(
        url(sandbox, f"/campaigns/{campaign}/receipts/{receipt_id}.json"),
        params=token_params(sandbox),
        timeout=5,
    )
    assert answer.status_code == 200, answer.text
    data: dict[str, Any] = answer.json()
    assert data["id"] == receipt_id
    return data


def states(sandbox: Sandbox, receipt_id: int, campaign: int = 1, reads: int = 4) -> list[str]:
    return [state(sandbox, receipt_id, campaign)["state"] for _ in range(reads)]


def submitted(answer: requests.Response) -> int:
    assert answer.status_code == 200, answer.text
    data = answer.json()
    assert data["state"] == "ok", data
    receipt_id: int = data["id"]
    assert isinstance(receipt_id, int)
    return receipt_id


def final(sandbox: Sandbox, receipt_id: int, campaign: int = 1) -> dict[str, Any]:
    for _ in range(6):
        data = state(sandbox, receipt_id, campaign)
        if data["state"] in ("good", "rejected"):
            return data
    raise AssertionError(f"receipt {receipt_id} never settled")


def real_qr(sandbox: Sandbox, price: str = "150.00") -> str:
    fiscalize(sandbox, demo_receipt(price=price))
    return str(sandbox.documents()[-1].qr)


# --- token and campaigns ------------------------------------------------------------------


def test_get_token(sandbox: Sandbox) -> None:
    credentials = sandbox.credentials
    answer = requests.post(
        url(sandbox, "/clients/get_token.json"),
        data={"email": credentials.inshopper_email, "password": credentials.inshopper_password},
        timeout=5,
    )
    assert answer.status_code == 200
    assert answer.json() == {"token": credentials.inshopper_token}


@pytest.mark.parametrize(
    "fields",
    [
        {"email": "demo@example.com", "password": "wrong"},
        {"email": "other@example.com", "password": "sandbox-password"},
        {"email": "demo@example.com"},
        {},
    ],
)
def test_get_token_wrong_credentials(sandbox: Sandbox, fields: dict[str, str]) -> None:
    answer = requests.post(url(sandbox, "/clients/get_token.json"), data=fields, timeout=5)
    assert answer.status_code == 401
    assert answer.json() == ERROR


def test_campaigns_for_demo_user(sandbox: Sandbox) -> None:
    answer = requests.get(
        url(sandbox, "/campaigns.json"),
        params={**token_params(sandbox), "user_id": sandbox.credentials.inshopper_user_id},
        timeout=5,
    )
    assert answer.status_code == 200
    campaigns = answer.json()["campaigns"]
    assert set(campaigns) == {"1", "2"}
    for campaign in campaigns.values():
        assert set(campaign) == {"name", "limit", "logo_url", "description"}
    assert campaigns["1"]["limit"] == 0
    assert campaigns["2"]["limit"] == 3


def test_campaigns_for_another_user_are_empty(sandbox: Sandbox) -> None:
    answer = requests.get(
        url(sandbox, "/campaigns.json"), params={**token_params(sandbox), "user_id": "2"}, timeout=5
    )
    assert answer.json() == {"campaigns": {}}


@pytest.mark.parametrize("token", [None, "", "wrong"])
def test_wrong_token(sandbox: Sandbox, token: str | None) -> None:
    params = {"user_id": "1"} if token is None else {"user_id": "1", "token": token}
    answer = requests.get(url(sandbox, "/campaigns.json"), params=params, timeout=5)
    assert answer.status_code == 401
    assert answer.json() == ERROR
    upload = requests.post(
        url(sandbox, "/campaigns/1/receipts.json"),
        params={} if token is None else {"token": token},
        data={"receipt[no_image]": "true", "receipt[qr_string]": "t=1"},
        timeout=5,
    )
    assert upload.status_code == 401
    assert upload.json() == ERROR


def test_token_in_form_field_is_taken(sandbox: Sandbox) -> None:
    answer = requests.post(
        url(sandbox, "/campaigns/1/receipts.json"),
        data={
            "token": sandbox.credentials.inshopper_token,
            "receipt[no_image]": "true",
            "receipt[qr_string]": real_qr(sandbox),
        },
        timeout=5,
    )
    submitted(answer)


# --- QR uploads ---------------------------------------------------------------------------


def test_qr_of_a_fiscalized_receipt_is_good(sandbox: Sandbox) -> None:
    qr = real_qr(sandbox)
    receipt_id = submitted(upload_qr(sandbox, qr, external_id="sale-1"))
    first = state(sandbox, receipt_id)
    assert first["state"] == "processing"
    assert first["extra"] == ""
    assert "reject_reason" not in first
    second = state(sandbox, receipt_id)
    assert second["state"] == "good"
    assert second["extra"] == {"quantity": "1"}
    assert state(sandbox, receipt_id)["state"] == "good"
    record = sandbox.requests("inshopper")[0]
    assert record.form is not None
    assert record.form["receipt[qr_string]"] == qr
    assert record.form["receipt[external_id]"] == "sale-1"


def test_qr_with_seconds_is_read(sandbox: Sandbox) -> None:
    document = (fiscalize(sandbox), sandbox.documents()[-1])[1]
    qr = str(document.qr).replace(
        f"t={document.qr.time:%Y%m%dT%H%M}", f"t={document.qr.time:%Y%m%dT%H%M}00"
    )
    assert final(sandbox, submitted(upload_qr(sandbox, qr)))["state"] == "good"


def test_qr_never_issued_is_invalidkpk(sandbox: Sandbox) -> None:
    qr = "t=20200115T2110&s=1030.00&fn=9251440300046840&i=29414&fp=1250830908&n=1"
    receipt_id = submitted(upload_qr(sandbox, qr))
    assert states(sandbox, receipt_id, reads=2) == ["processing", "rejected"]
    data = state(sandbox, receipt_id)
    assert data["reject_reason"] == "invalidkpk"
    assert data["extra"] == ""


@pytest.mark.parametrize("part", ["fp", "s"])
def test_qr_with_a_changed_field_is_invalidkpk(sandbox: Sandbox, part: str) -> None:
    document = (fiscalize(sandbox), sandbox.documents()[-1])[1]
    qr = str(document.qr)
    if part == "fp":
        qr = qr.replace(f"fp={document.fp}", f"fp={(int(document.fp) + 1) % 10**9}")
    else:
        qr = qr.replace("s=300.00", "s=301.00")
    assert final(sandbox, submitted(upload_qr(sandbox, qr)))["reject_reason"] == "invalidkpk"


def test_same_qr_twice_is_dublicate(sandbox: Sandbox) -> None:
    qr = real_qr(sandbox)
    first = submitted(upload_qr(sandbox, qr))
    second = submitted(upload_qr(sandbox, qr))
    assert second != first
    assert final(sandbox, first)["state"] == "good"
    assert final(sandbox, second)["reject_reason"] == "dublicate"
    # Another campaign counts it afresh.
    assert final(sandbox, submitted(upload_qr(sandbox, qr, 2)), 2)["state"] == "good"


def test_campaign_limit_gives_outlimit(sandbox: Sandbox) -> None:
    qrs = [real_qr(sandbox, price=f"{100 + n}.00") for n in range(4)]
    outcomes = [final(sandbox, submitted(upload_qr(sandbox, qr, 2)), 2) for qr in qrs]
    assert [o["state"] for o in outcomes] == ["good", "good", "good", "rejected"]
    assert outcomes[3]["reject_reason"] == "outlimit"
    # Campaign 1 has no limit.
    assert final(sandbox, submitted(upload_qr(sandbox, qrs[3], 1)))["state"] == "good"


@pytest.mark.parametrize(
    "reason",
    [
        "undecipherable",
        "kpkless",
        "clipped",
        "nocheck",
        "nocampaign",
        "wrongshop",
        "wrongcircs",
        "notvalid",
        "fewchecks",
        "oldchecks",
        "invalidkpk",
        "dublicate",
        "outlimit",
    ],
)
def test_forced_reject_reason(sandbox: Sandbox, reason: str) -> None:
    sandbox.set_faults("inshopper", reject_reason=reason)
    qr = real_qr(sandbox)
    data = final(sandbox, submitted(upload_qr(sandbox, qr)))
    assert data["state"] == "rejected"
    assert data["reject_reason"] == reason


@pytest.mark.parametrize(
    "qr",
    ["", "hello", "t=20200115T2110&s=1030.00&fn=92514403&i=29414&fp=1250830908", "t=1&s=2"],
)
def test_bad_qr_is_error(sandbox: Sandbox, qr: str) -> None:
    answer = upload_qr(sandbox, qr)
    assert answer.status_code == 200
    assert answer.json() == ERROR


def test_upload_without_photo_or_no_image_is_error(sandbox: Sandbox) -> None:
    answer = requests.post(
        url(sandbox, "/campaigns/1/receipts.json"),
        params=token_params(sandbox),
        data={"receipt[qr_string]": real_qr(sandbox)},
        timeout=5,
    )
    assert answer.json() == ERROR


def test_unknown_campaign_and_receipt(sandbox: Sandbox) -> None:
    answer = upload_qr(sandbox, real_qr(sandbox), campaign=99)
    assert answer.status_code == 404
    assert answer.json() == ERROR
    receipt_id = submitted(upload_qr(sandbox, real_qr(sandbox)))
    for path in (
        f"/campaigns/1/receipts/{receipt_id + 100}.json",
        f"/campaigns/2/receipts/{receipt_id}.json",  # exists, but in campaign 1
        "/campaigns/1/receipts/abc.json",
    ):
        missing = requests.get(url(sandbox, path), params=token_params(sandbox), timeout=5)
        assert missing.status_code == 404, path
        assert missing.json() == ERROR


def test_get_on_upload_is_405(sandbox: Sandbox) -> None:
    answer = requests.get(
        url(sandbox, "/campaigns/1/receipts.json"), params=token_params(sandbox), timeout=5
    )
    assert answer.status_code == 405
    assert answer.json() == ERROR


# --- photo uploads ------------------------------------------------------------------------


def test_jpeg_photo_is_recognised_then_good(sandbox: Sandbox) -> None:
    photo = jpeg(800, 600)
    receipt_id = submitted(upload_photo(sandbox, photo))
    assert states(sandbox, receipt_id) == ["unfilled", "processing", "good", "good"]
    assert state(sandbox, receipt_id)["extra"] == {"quantity": "1"}
    record = sandbox.requests("inshopper")[0]
    upload = record.files["receipt[image]"]
    assert upload.data == photo
    assert upload.content_type == "image/jpg"
    assert record.form is not None
    assert record.form["receipt[external_id]"] == "ext-1"
    # The same photo twice in a campaign is a duplicate.
    again = submitted(upload_photo(sandbox, photo))
    assert final(sandbox, again)["reject_reason"] == "dublicate"


def test_png_is_refused(sandbox: Sandbox) -> None:
    answer = upload_photo(sandbox, png(800, 800), content_type="image/png")
    assert answer.status_code == 200
    assert answer.json() == ERROR


def test_png_named_jpeg_is_refused(sandbox: Sandbox) -> None:
    assert upload_photo(sandbox, png(800, 800)).json() == ERROR


@pytest.mark.parametrize(("width", "height"), [(500, 500), (599, 800), (800, 599)])
def test_small_jpeg_is_refused(sandbox: Sandbox, width: int, height: int) -> None:
    assert upload_photo(sandbox, jpeg(width, height)).json() == ERROR


def test_jpeg_of_exactly_600_is_accepted(sandbox: Sandbox) -> None:
    submitted(upload_photo(sandbox, jpeg(600, 600)))


def test_jpeg_over_10_mb_is_refused(sandbox: Sandbox) -> None:
    big = jpeg(600, 600, pad=10 * 1024 * 1024)
    assert len(big) > 10 * 1024 * 1024
    assert upload_photo(sandbox, big).json() == ERROR
    # The same picture just under the limit is fine.
    under = jpeg(600, 600, pad=10 * 1024 * 1024 - 50_000)
    assert len(under) <= 10 * 1024 * 1024
    submitted(upload_photo(sandbox, under))


def test_not_an_image_is_refused(sandbox: Sandbox) -> None:
    assert upload_photo(sandbox, b"\xff\xd8\xff\xe0 not really a jpeg").json() == ERROR
