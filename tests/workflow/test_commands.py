"""`pos-app fiscalize`, `outbox` and `resolve` against the sandbox, with the real OS keyring."""

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


@pytest.fixture
def receipt_file(sandbox: Sandbox, tmp_path: Path) -> Path:
    path = tmp_path / "receipt.json"
    path.write_text(merchant_receipt_json(sandbox_receipt(sandbox)), encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.usefixtures("sandbox_keyring")
def test_fiscalize_prints_the_fiscal_data_and_writes_the_qr(
    sandbox: Sandbox, receipt_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    png = tmp_path / "qr.png"
    code, out, _ = run(
        capsys,
        "fiscalize",
        "--invoice", INVOICE,
        "--receipt", str(receipt_file),
        "--phone", "+998901234567",
        "--qr-png", str(png),
        "--json",
    )  # fmt: skip
    assert code == ExitCode.OK
    printed = json.loads(out)
    (document,) = sandbox.documents()
    assert printed["state"] == "fiscalized"
    assert printed["qr"] == str(document.qr)
    assert printed["fiscal"]["fd"] == document.fd_number
    assert printed["delivery"] == "delivered"
    assert png.read_bytes().startswith(b"\x89PNG")


@pytest.mark.usefixtures("sandbox_keyring")
def test_a_rejected_receipt_exits_3(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "other-group.json"
    data = json.loads(merchant_receipt_json(sandbox_receipt(sandbox)))
    data["Group"] = "Other"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, out, _ = run(capsys, "fiscalize", "--invoice", INVOICE, "--receipt", str(path))
    assert code == ExitCode.REJECTED
    assert "фискализированного устройства" in out


@pytest.mark.usefixtures("sandbox_keyring")
def test_unknown_outcome_then_resolve_with_the_document_id(
    sandbox: Sandbox, receipt_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sandbox.set_faults("intellectmoney", lose_answer_rate=1.0)
    code, out, _ = run(capsys, "fiscalize", "--invoice", INVOICE, "--receipt", str(receipt_file))
    assert code == ExitCode.NEEDS_ATTENTION
    assert "Receipt 1: Needs attention" in out
    sandbox.clear_faults()
    code, _, err = run(capsys, "outbox", "--retry")
    assert code == ExitCode.NEEDS_ATTENTION
    assert "pos-app resolve" in err
    assert len(sandbox.requests("intellectmoney")) == 1  # never sent again by itself
    (document,) = sandbox.documents()
    code, out, _ = run(capsys, "resolve", "1", "--document-id", document.document_id)
    assert code == ExitCode.OK
    assert str(document.qr) in out
    assert len(sandbox.documents()) == 1
    code, out, _ = run(capsys, "outbox")
    assert code == ExitCode.OK
    assert "Nothing waits" in out


@pytest.mark.usefixtures("sandbox_keyring")
def test_waiting_in_the_outbox_then_sent(
    sandbox: Sandbox, receipt_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sandbox.set_faults("intellectmoney", error_rate=1.0)
    statuses: list[int] = []
    while True:  # until the seeded draw gives a 503, which says "not done"
        code, _, _ = run(capsys, "fiscalize", "--invoice", INVOICE, "--receipt", str(receipt_file))
        statuses.append(code)
        if code == ExitCode.WAITING:
            break
        assert code == ExitCode.NEEDS_ATTENTION
        assert len(statuses) < 20
    code, out, _ = run(capsys, "outbox", "--json")
    assert code == (ExitCode.NEEDS_ATTENTION if len(statuses) > 1 else ExitCode.WAITING)
    assert json.loads(out)["waiting"] == 1
    sandbox.clear_faults()
    code, out, _ = run(capsys, "outbox", "--retry")
    assert "fiscalized 1" in out
    assert len(sandbox.documents()) == 1


@pytest.mark.usefixtures("sandbox_keyring")
def test_resolve_retry_sends_again(
    sandbox: Sandbox, receipt_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sandbox.set_faults("intellectmoney", drop_rate=1.0)
    code, _, _ = run(capsys, "fiscalize", "--invoice", INVOICE, "--receipt", str(receipt_file))
    assert code == ExitCode.NEEDS_ATTENTION
    sandbox.clear_faults()
    code, _, _ = run(capsys, "resolve", "1", "--retry", "--note", "not in the account")
    assert code == ExitCode.OK
    code, out, _ = run(capsys, "journal", "show", "1", "--json")
    history = json.loads(out)["history"]
    assert {"actor": "person", "detail": "not in the account"}.items() <= history[-4].items()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--invoice", "123"], "10 digits starting with 3"),
        (["--invoice", INVOICE, "--wait", "soon"], "--wait"),
        (["--invoice", INVOICE, "--phone", "12"], "phone"),
    ],
)
@pytest.mark.usefixtures("sandbox_keyring")
def test_bad_input_exits_2_naming_the_field(
    receipt_file: Path, capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    code, _, err = run(capsys, "fiscalize", "--receipt", str(receipt_file), *args)
    assert code == ExitCode.BAD_INPUT
    assert words in err


def test_a_bad_receipt_file_names_the_json_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"Inn": "7000000003", "Group": "Main", "Content": {"Type": 9}}')
    code, _, err = run(capsys, "fiscalize", "--invoice", INVOICE, "--receipt", str(path))
    assert code == ExitCode.BAD_INPUT
    assert "Content" in err
    code, _, err = run(capsys, "fiscalize", "--invoice", INVOICE, "--receipt", str(tmp_path / "no"))
    assert code == ExitCode.BAD_INPUT
    assert "cannot be read" in err


@pytest.mark.usefixtures("sandbox_keyring")
def test_resolve_refuses_what_does_not_need_attention(
    receipt_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "fiscalize", "--invoice", INVOICE, "--receipt", str(receipt_file))[0] == 0
    code, _, err = run(capsys, "resolve", "1", "--retry")
    assert code == ExitCode.BAD_INPUT
    assert "only a person" in err or "cannot become" in err
    code, _, err = run(capsys, "resolve", "99", "--retry")
    assert code == ExitCode.BAD_INPUT
    assert "no receipt 99" in err
