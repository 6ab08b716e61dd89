"""The command line takes the documents' own formats: Checker.uz phones, a receipt file whose
contact comes from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pos_app.cli import main
from pos_app.cli.exit_codes import ExitCode
from pos_app.core.merchant_receipt import merchant_receipt_json
from pos_app.sandbox import Sandbox
from tests.services.conftest import sandbox_receipt

INVOICE = "3000000001"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def receipt_without_contact(sandbox: Sandbox, tmp_path: Path) -> Path:
    data = json.loads(merchant_receipt_json(sandbox_receipt(sandbox)))
    del data["Content"]["CustomerContact"]
    path = tmp_path / "receipt.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.usefixtures("sandbox_keyring")
def test_phone_written_as_checker_uz_writes_it_gets_the_copy(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = receipt_without_contact(sandbox, tmp_path)
    code, out, _ = run(
        capsys, "fiscalize", "--invoice", INVOICE, "--receipt", str(path),
        "--phone", "998909998877", "--json",
    )  # fmt: skip
    assert code == ExitCode.OK, out
    assert json.loads(out)["delivery"] == "delivered"
    (created,) = sandbox.requests("intellectmoney")[:1]
    assert created.form is not None
    assert json.loads(created.form["MerchantReceipt"])["Content"]["CustomerContact"] == (
        "+998909998877"
    )
    (cheque,) = sandbox.requests("checker")
    assert isinstance(cheque.json, dict)
    assert cheque.json["customer_phone"] == "998909998877"


def test_a_file_without_contact_and_no_phone_or_email_says_none_is_allowed(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = receipt_without_contact(sandbox, tmp_path)
    code, _, err = run(capsys, "fiscalize", "--invoice", INVOICE, "--receipt", str(path))
    assert code == ExitCode.BAD_INPUT
    assert "Content.CustomerContact" in err
    assert "or “none” when they give neither" in err


def test_a_bad_phone_on_the_command_line_says_how_to_write_it(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = receipt_without_contact(sandbox, tmp_path)
    code, _, err = run(
        capsys, "fiscalize", "--invoice", INVOICE, "--receipt", str(path), "--phone", "12345"
    )
    assert code == ExitCode.BAD_INPUT
    assert err.startswith("Bad input: --phone: “12345” is not a phone number")
    assert "not a number in Russia (+7)" in err
    assert "+998 90 999 88 77 or 998909998877" in err


def test_fiscalize_help_says_intellectmoneys_own_cashbox_must_be_off(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["fiscalize", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "online-cashbox setting in the IntellectMoney account must be OFF" in text
    assert "the customer gets two" in text
