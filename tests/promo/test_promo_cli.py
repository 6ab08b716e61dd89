"""`pos-app promo` against the sandbox with the real OS keyring: log in, campaigns, submit a
journal receipt or a photo, follow it; JSON output and exit codes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from pos_app.cli import main
from pos_app.cli.exit_codes import ExitCode
from pos_app.core import credentials
from pos_app.core.credentials import CredentialName
from pos_app.core.journal import ReceiptRecord
from pos_app.sandbox import Sandbox
from tests.promo.conftest import jpeg
from tests.refunds.test_refund_cli import shop_sale_in_the_journal
from tests.workflow.conftest import sandbox_keyring

__all__ = ["sandbox_keyring", "shop_sale_in_the_journal"]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def logged_in(
    sandbox: Sandbox, sandbox_keyring: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    demo = sandbox.credentials
    credentials.set(CredentialName.INSHOPPER_EMAIL, demo.inshopper_email)
    credentials.set(CredentialName.INSHOPPER_PASSWORD, demo.inshopper_password)
    code, out, err = run(capsys, "promo", "login", "--user-id", demo.inshopper_user_id, "--json")
    assert code == ExitCode.OK, err
    assert json.loads(out) == {"logged_in": True, "email": demo.inshopper_email}
    token = credentials.get(CredentialName.INSHOPPER_TOKEN)
    assert token is not None
    assert token.reveal() == demo.inshopper_token


@pytest.fixture
def sale_id(shop_sale_in_the_journal: ReceiptRecord) -> int:
    """A sale fiscalized into the shop's own journal (the one the command opens)."""
    return shop_sale_in_the_journal.id


@pytest.mark.usefixtures("logged_in")
def test_campaigns_are_listed_with_limits_and_descriptions(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "promo", "campaigns", "--json")
    assert code == ExitCode.OK
    listed = json.loads(out)["campaigns"]
    assert [(c["id"], c["limit"]) for c in listed] == [(1, 0), (2, 3)]
    assert all(c["description"] for c in listed)
    code, out, _ = run(capsys, "promo", "campaigns")
    assert "limit 3" in out
    assert "no limit" in out


@pytest.mark.usefixtures("sandbox_keyring")
def test_login_with_an_email_and_the_password_on_standard_input(
    sandbox: Sandbox, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    demo = sandbox.credentials
    monkeypatch.setattr("sys.stdin", io.StringIO("wrong\n"))
    code, _, err = run(capsys, "promo", "login", "--email", demo.inshopper_email)
    assert code == ExitCode.FAILED
    assert "does not accept this e-mail and password" in err
    assert credentials.get(CredentialName.INSHOPPER_TOKEN) is None
    monkeypatch.setattr("sys.stdin", io.StringIO(demo.inshopper_password + "\n"))
    code, out, err = run(capsys, "promo", "login", "--email", demo.inshopper_email)
    assert code == ExitCode.OK, err
    assert "Logged in" in out
    assert demo.inshopper_password not in out + err


@pytest.mark.usefixtures("logged_in")
def test_a_receipt_and_a_photo_submitted_and_followed(
    sale_id: int, sandbox: Sandbox, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = run(
        capsys, "promo", "submit", str(sale_id), "--campaign", "1", "--external-id", "b-7", "--json"
    )
    assert code == ExitCode.OK, err
    printed = json.loads(out)
    assert printed["state"] == "good"
    assert printed["campaign"] == 1
    assert printed["receipt_id"] == sale_id
    assert printed["reject_reason"] is None
    assert printed["external_id"] == "b-7"

    photo = jpeg(tmp_path / "paper.jpg")
    code, out, err = run(capsys, "promo", "submit", "--photo", str(photo), "--campaign", "2")
    assert code == ExitCode.OK, err
    assert "Accepted" in out

    sandbox.set_faults("inshopper", reject_reason="outlimit")
    code, out, err = run(capsys, "promo", "submit", str(sale_id), "--campaign", "2", "--json")
    assert code == ExitCode.REJECTED, err
    rejected = json.loads(out)
    assert rejected["reject_reason"] == "outlimit"
    assert rejected["reason"] == "The campaign's limit is reached."

    code, out, _ = run(capsys, "promo", "status", "--json")
    assert code == ExitCode.OK
    assert [s["state"] for s in json.loads(out)["submissions"]] == ["rejected", "good", "good"]
    code, out, _ = run(capsys, "promo", "status", str(rejected["submission_id"]))
    assert code == ExitCode.REJECTED
    assert "limit" in out


@pytest.mark.usefixtures("logged_in")
def test_offline_the_submission_waits_and_goes_out_later(
    sale_id: int, sandbox: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    sandbox.stop()
    code, out, _ = run(
        capsys, "promo", "submit", str(sale_id), "--campaign", "1", "--wait", "0.2", "--json"
    )
    assert code == ExitCode.WAITING
    waiting = json.loads(out)
    assert waiting["state"] == "queued"
    assert waiting["last_error"]
    sandbox.start()
    number = str(waiting["submission_id"])
    code, out, _ = run(capsys, "promo", "status", number, "--wait", "20", "--json")
    assert code == ExitCode.OK
    assert json.loads(out)["state"] == "good"


@pytest.mark.usefixtures("logged_in")
@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--campaign", "1"], "RECEIPT_ID"),
        (["999", "--campaign", "1"], "no receipt 999"),
        (["--photo", "missing.jpg", "--campaign", "1"], "cannot be read"),
    ],
)
def test_bad_input_is_exit_two(
    capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    code, _, err = run(capsys, "promo", "submit", *arguments)
    assert code == ExitCode.BAD_INPUT
    assert message in err
