"""The command line takes the documents' own formats: Checker.uz phones, a receipt file whose
contact comes from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pos_app.cli import main
from pos_app.cli.exit_codes import ExitCode
from pos_app.core.journal import Journal
from pos_app.core.merchant_receipt import merchant_receipt_json
from pos_app.core.target import CashboxTarget, TargetMode
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
    assert "not a number of the shop's country Russia (+7)" in err
    assert "+998 90 999 88 77 or 998909998877" in err


def test_fiscalize_help_says_intellectmoneys_own_cashbox_must_be_off(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["fiscalize", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "online-cashbox setting in the IntellectMoney account must be OFF" in text
    assert "the customer gets two" in text


@pytest.mark.usefixtures("sandbox_keyring")
def test_copy_details_given_on_the_command_line_reach_the_copy(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = receipt_without_contact(sandbox, tmp_path)
    code, out, _ = run(
        capsys, "fiscalize", "--invoice", INVOICE, "--receipt", str(path), "--email",
        "buyer@example.com", "--customer-code", sandbox.credentials.checker_customer_code,
        "--card-code", "1", "--card-name", "Скидочная", "--note", "Спасибо!",
    )  # fmt: skip
    assert code == ExitCode.OK, out
    assert f"copy to {sandbox.credentials.checker_customer_code}: Copy delivered" in out
    (cheque,) = sandbox.requests("checker")
    assert isinstance(cheque.json, dict)
    assert cheque.json["customer_code"] == sandbox.credentials.checker_customer_code
    assert cheque.json["discount_card"] == {
        "code": "1",
        "name": "Скидочная",
        "scan": " ",
        "info": " ",
    }
    assert cheque.json["note"] == "Спасибо!"


@pytest.mark.usefixtures("sandbox_keyring")
def test_a_waiting_receipt_is_cancelled_from_the_command_line(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = receipt_without_contact(sandbox, tmp_path)
    sandbox.set_faults("intellectmoney", error_rate=1.0)
    while True:  # until the seeded draw gives a 503: "not done", the receipt waits
        code, _, _ = run(
            capsys, "fiscalize", "--invoice", INVOICE, "--receipt", str(path), "--email",
            "buyer@example.com", "--wait", "0",
        )  # fmt: skip
        if code == ExitCode.WAITING:
            break
        assert code == ExitCode.NEEDS_ATTENTION
    code, out, err = run(capsys, "journal", "list", "--json")
    waiting = [r["id"] for r in json.loads(out) if r["state"] == "queued"]
    attention = [r["id"] for r in json.loads(out) if r["state"] == "needs_attention"]
    (receipt_id,) = waiting
    code, _, err = run(capsys, "outbox", "--cancel", str(receipt_id))
    assert (code, err.strip()) == (
        ExitCode.BAD_INPUT,
        "Bad input: --reason: Say why the receipt is cancelled; the reason is kept.",
    )
    code, out, _ = run(capsys, "outbox", "--cancel", str(receipt_id), "--reason", "rung twice")
    assert code == ExitCode.OK
    assert f"Receipt {receipt_id}: Cancelled before it was sent (rung twice)." in out
    for other in attention:  # a request of these may have reached the cashbox
        code, _, err = run(capsys, "outbox", "--cancel", str(other), "--reason", "no")
        assert code == ExitCode.BAD_INPUT
        assert "may have reached the cashbox before" in err
    sandbox.clear_faults()
    sandbox.clear_requests()
    run(capsys, "outbox", "--retry")
    assert not any("createReceipt" in r.path for r in sandbox.requests())


@pytest.mark.usefixtures("sandbox_keyring")
def test_a_rejected_receipt_comes_back_as_a_file_to_fix_and_send(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(merchant_receipt_json(sandbox_receipt(sandbox)))
    data["Group"] = "Other"
    path = tmp_path / "wrong-group.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, _, _ = run(
        capsys, "fiscalize", "--invoice", INVOICE, "--receipt", str(path),
        "--phone", "998909998877", "--note", "Спасибо!",
    )  # fmt: skip
    assert code == ExitCode.REJECTED
    draft = tmp_path / "draft.json"
    code, out, err = run(capsys, "resolve", "1", "--as-new-draft", "--out", str(draft))
    assert code == ExitCode.OK
    assert json.loads(draft.read_text(encoding="utf-8")) == data
    assert (
        f"pos-app fiscalize --invoice {INVOICE} --receipt {draft} --email buyer@example.com"
        " --phone +998909998877 --note 'Спасибо!'"
    ) in err
    fixed = json.loads(draft.read_text(encoding="utf-8"))
    fixed["Group"] = sandbox.credentials.group
    draft.write_text(json.dumps(fixed, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(
        capsys, "fiscalize", "--invoice", INVOICE, "--receipt", str(draft),
        "--phone", "+998909998877", "--note", "Спасибо!",
    )  # fmt: skip
    assert code == ExitCode.OK, out
    # Without --out the file goes to standard output.
    code, out, _ = run(capsys, "resolve", "1", "--as-new-draft")
    assert json.loads(out) == data
    code, _, err = run(capsys, "resolve", "2", "--as-new-draft")
    assert code == ExitCode.BAD_INPUT
    assert "only a rejected, cancelled or still waiting receipt" in err


@pytest.mark.usefixtures("sandbox_keyring")
def test_the_outbox_says_what_waits_for_another_cashbox(
    sandbox: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    elsewhere = CashboxTarget(TargetMode.SANDBOX, "http://127.0.0.1:9")
    with Journal.open() as journal:
        receipt_id = journal.add(sandbox_receipt(sandbox), INVOICE, target=elsewhere)
    code, out, _ = run(capsys, "outbox", "--retry")
    assert code == ExitCode.WAITING
    assert "1 of them were made for another cashbox" in out
    assert "never sent to another cashbox" in out
    assert sandbox.requests("intellectmoney") == []
    code, out, _ = run(capsys, "outbox", "--json")
    assert json.loads(out)["for_another_cashbox"] == 1
    code, out, _ = run(capsys, "journal", "show", str(receipt_id), "--json")
    assert json.loads(out)["target"] == {"mode": "sandbox", "url": "http://127.0.0.1:9"}


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["--note", "two\nlines"], "--note"),
        (["--card-info", "x" * 257], "--card-info"),
        (["--customer-code", "a\tb"], "--customer-code"),
    ],
)
def test_bad_copy_details_are_bad_input_naming_the_option(
    sandbox: Sandbox,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    field: str,
) -> None:
    path = receipt_without_contact(sandbox, tmp_path)
    code, _, err = run(
        capsys, "fiscalize", "--invoice", INVOICE, "--receipt", str(path), "--email",
        "buyer@example.com", *args,
    )  # fmt: skip
    assert code == ExitCode.BAD_INPUT
    assert err.startswith(f"Bad input: {field}: ")
