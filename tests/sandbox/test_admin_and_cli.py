"""The recorder, the admin endpoint over HTTP, and `pos-app sandbox serve` as a process."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from pos_app.core.merchant_receipt import merchant_receipt_json
from pos_app.core.signature import create_receipt_fields, sign
from pos_app.sandbox import DEMO_CREDENTIALS, Sandbox
from tests.sandbox.helpers import SEND_CHEQUE, create_receipt, demo_receipt, fiscalize

ROOT = Path(__file__).parents[2]
ADMIN = "/_sandbox"


def admin(sandbox: Sandbox, method: str, path: str, body: object = None) -> requests.Response:
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body))
    return requests.request(method, sandbox.base_url + ADMIN + path, data=data, timeout=5)


# --- the recorder -------------------------------------------------------------------------


def test_recorder_keeps_headers_form_and_exact_receipt(sandbox: Sandbox) -> None:
    receipt = demo_receipt(text="Кофе «Арабика» 250 г")
    text = merchant_receipt_json(receipt)
    credentials = sandbox.credentials
    expected_sign = sign(
        create_receipt_fields(credentials.user_token, text, credentials.invoice_id),
        credentials.sign_secret_key,
    )
    create_receipt(sandbox, text)
    [record] = sandbox.requests()
    assert record.service == "intellectmoney"
    assert record.method == "POST"
    assert record.path == "/personal/cashBox/createReceipt"
    assert record.headers["Authorization"] == f"Bearer {credentials.bearer_token}"
    assert record.headers["authorization"] == record.headers["Authorization"]
    assert record.headers["Sign"] == expected_sign
    assert record.headers["Accept"] == "application/json"
    assert record.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert record.form == {
        "UserToken": credentials.user_token,
        "InvoiceId": credentials.invoice_id,
        "MerchantReceipt": text,
    }
    assert record.form["MerchantReceipt"] == text  # byte for byte what was signed
    assert "UserToken=SbXq7f%2BDemoUserToken%2F0Jk2L9" in record.body.decode()  # '+' encoded
    assert record.status == 200
    assert record.fault is None
    assert record.time.tzinfo is not None


def test_recorder_filters_by_service_and_clears(sandbox: Sandbox) -> None:
    fiscalize(sandbox)
    requests.post(sandbox.base_url + SEND_CHEQUE, json={"token": "x"}, timeout=5)
    requests.get(sandbox.base_url + "/nowhere", timeout=5)
    assert [r.service for r in sandbox.requests()] == ["intellectmoney", "checker", None]
    assert len(sandbox.requests("checker")) == 1
    assert sandbox.requests("checker")[0].json == {"token": "x"}
    assert sandbox.requests()[-1].status == 404
    sandbox.clear_requests()
    assert sandbox.requests() == []
    # Documents are not requests: clearing the log keeps them.
    assert len(sandbox.documents()) == 1


# --- the admin endpoint -------------------------------------------------------------------


def test_admin_credentials(sandbox: Sandbox) -> None:
    answer = admin(sandbox, "GET", "/credentials")
    assert answer.status_code == 200
    assert answer.json() == DEMO_CREDENTIALS.as_dict()
    assert answer.json()["shop_inn"] == "7000000003"


def test_admin_put_faults_changes_behaviour(sandbox: Sandbox) -> None:
    answer = admin(sandbox, "PUT", "/faults/intellectmoney", {"error_rate": 1})
    assert answer.status_code == 200
    assert answer.json()["error_rate"] == 1.0
    assert sandbox.faults("intellectmoney").error_rate == 1.0
    assert create_receipt(sandbox, demo_receipt()).status_code in (500, 502, 503)
    listing = admin(sandbox, "GET", "/faults").json()
    assert set(listing) == {"intellectmoney", "checker", "inshopper"}
    assert listing["intellectmoney"]["error_rate"] == 1.0
    assert listing["checker"]["error_rate"] == 0.0
    # POST works too; checker_error through HTTP.
    assert admin(sandbox, "POST", "/faults/checker", {"checker_error": "100008"}).ok
    body = {"token": sandbox.credentials.checker_token, "customer_phone": "998909998877"}
    cheque = requests.post(sandbox.base_url + SEND_CHEQUE, json=body, timeout=5).json()
    assert cheque["error"] == "100008"
    cleared = admin(sandbox, "DELETE", "/faults")
    assert cleared.status_code == 200
    assert cleared.json()["intellectmoney"]["error_rate"] == 0.0
    assert create_receipt(sandbox, demo_receipt()).status_code == 200


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/faults/intellectmoney", {"error_rate": 2}),
        ("/faults/intellectmoney", {"latency": "slow"}),
        ("/faults/intellectmoney", {"bogus": 1}),
        ("/faults/inshopper", {"tls_cut_rate": 0.5}),
        ("/faults/checker", {"checker_error": "999999"}),
        ("/faults/nowhere", {"latency": 1}),
        ("/faults/intellectmoney", b"{not json"),
        ("/faults/intellectmoney", [1, 2]),
    ],
)
def test_admin_bad_fault_values_are_400(sandbox: Sandbox, path: str, body: object) -> None:
    answer = admin(sandbox, "PUT", path, body)
    assert answer.status_code == 400
    assert isinstance(answer.json()["error"], str)
    assert answer.json()["error"]
    assert admin(sandbox, "GET", "/faults").json()["intellectmoney"]["error_rate"] == 0.0


def test_admin_requests_and_delete(sandbox: Sandbox) -> None:
    fiscalize(sandbox)
    requests.post(sandbox.base_url + SEND_CHEQUE, json={"token": "x"}, timeout=5)
    records = admin(sandbox, "GET", "/requests").json()
    assert [r["service"] for r in records] == ["intellectmoney", "checker"]
    first: dict[str, Any] = records[0]
    assert first["headers"]["Sign"] == sandbox.requests()[0].headers["Sign"]
    assert first["form"]["InvoiceId"] == "3000000001"
    assert first["status"] == 200
    only = admin(sandbox, "GET", "/requests?service=checker").json()
    assert [r["json"] for r in only] == [{"token": "x"}]
    assert admin(sandbox, "GET", "/requests?service=nowhere").status_code == 400
    # The admin's own requests are not recorded.
    assert len(sandbox.requests()) == 2
    assert admin(sandbox, "DELETE", "/requests").json() == []
    assert admin(sandbox, "GET", "/requests").json() == []


def test_admin_requests_binary_body_in_base64(sandbox: Sandbox) -> None:
    requests.post(sandbox.base_url + SEND_CHEQUE, data=b"\xff\xfe", timeout=5)
    [record] = admin(sandbox, "GET", "/requests").json()
    assert record["body_base64"] == "//4="
    assert "body" not in record


def test_admin_documents(sandbox: Sandbox) -> None:
    assert admin(sandbox, "GET", "/documents").json() == []
    document_id = fiscalize(sandbox)
    [listed] = admin(sandbox, "GET", "/documents").json()
    [document] = sandbox.documents()
    assert listed["document_id"] == document_id
    assert listed["invoice_id"] == "3000000001"
    assert listed["fn"] == document.fn
    assert listed["fd"] == document.fd_number
    assert listed["fp"] == document.fp
    assert listed["qr"] == str(document.qr)
    assert listed["total"] == 300
    assert listed["refund_id"] is None


def test_admin_unknown_action_is_404(sandbox: Sandbox) -> None:
    assert admin(sandbox, "GET", "/nothing").status_code == 404
    assert admin(sandbox, "DELETE", "/credentials").status_code == 404


# --- `pos-app sandbox serve` --------------------------------------------------------------


@pytest.fixture
def serve() -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=5)  # reaps it and closes its pipes


def _start(started: list[subprocess.Popen[str]], *args: str) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "pos_app", "sandbox", "serve", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    started.append(process)
    return process


def test_cli_serve_prints_line_serves_and_stops_on_sigterm(
    serve: list[subprocess.Popen[str]],
) -> None:
    process = _start(serve, "--port", "0", "--seed", "3", "--fault", "checker:checker_error=100004")
    assert process.stdout is not None
    line = json.loads(process.stdout.readline())
    assert line["base_url"].startswith("http://127.0.0.1:")
    assert line["credentials"] == DEMO_CREDENTIALS.as_dict()
    base_url = line["base_url"]
    credentials = line["credentials"]

    # A real createReceipt against the process.
    text = merchant_receipt_json(demo_receipt())
    signature = sign(
        create_receipt_fields(credentials["user_token"], text, credentials["invoice_id"]),
        credentials["sign_secret_key"],
    )
    answer = requests.post(
        base_url + "/personal/cashBox/createReceipt",
        data={
            "UserToken": credentials["user_token"],
            "InvoiceId": credentials["invoice_id"],
            "MerchantReceipt": text,
        },
        headers={
            "Authorization": f"Bearer {credentials['bearer_token']}",
            "Sign": signature,
            "Accept": "application/json",
        },
        timeout=5,
    )
    assert answer.json()["OperationState"]["Code"] == 0
    assert len(requests.get(base_url + "/_sandbox/documents", timeout=5).json()) == 1
    # The --fault given on the command line is on.
    body = {"token": credentials["checker_token"], "customer_phone": "998909998877", "date": 1}
    cheque = requests.post(base_url + SEND_CHEQUE, json=body, timeout=5).json()
    assert cheque["error"] == "100004"

    started = time.monotonic()
    process.send_signal(signal.SIGTERM)
    assert process.wait(5) == 0
    assert time.monotonic() - started < 5
    with pytest.raises(requests.ConnectionError):
        requests.get(base_url + "/_sandbox/credentials", timeout=1)


def test_cli_sigint_also_stops_cleanly(serve: list[subprocess.Popen[str]]) -> None:
    process = _start(serve, "--port", "0")
    assert process.stdout is not None
    json.loads(process.stdout.readline())
    process.send_signal(signal.SIGINT)
    assert process.wait(5) == 0


@pytest.mark.parametrize(
    "fault",
    ["inshopper:tls_cut_rate=0.5", "nowhere:latency=1", "intellectmoney:error_rate", "x"],
)
def test_cli_bad_fault_is_bad_input(serve: list[subprocess.Popen[str]], fault: str) -> None:
    process = _start(serve, "--port", "0", "--fault", fault)
    stdout, stderr = process.communicate(timeout=10)
    assert process.returncode == 2
    assert stdout == ""
    assert "Bad input" in stderr


def test_cli_serve_tls_prints_its_ca_and_serves_https(serve: list[subprocess.Popen[str]]) -> None:
    process = _start(serve, "--port", "0", "--tls")
    assert process.stdout is not None
    line = json.loads(process.stdout.readline())
    assert line["base_url"].startswith("https://127.0.0.1:")
    ca_bundle = Path(line["ca_bundle"])
    assert ca_bundle.read_text().startswith("-----BEGIN CERTIFICATE-----")
    url = line["base_url"] + "/_sandbox/credentials"
    with pytest.raises(requests.exceptions.SSLError):
        requests.get(url, timeout=5)  # a throwaway CA: nobody trusts it by default
    assert requests.get(url, timeout=5, verify=str(ca_bundle)).json() == DEMO_CREDENTIALS.as_dict()
    process.send_signal(signal.SIGTERM)
    assert process.wait(5) == 0
    assert not ca_bundle.exists()  # it goes with the sandbox
