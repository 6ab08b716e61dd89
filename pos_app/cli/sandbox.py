"""`pos-app sandbox serve`: the services' emulator on its own, for tests and integrators."""

from __future__ import annotations

import argparse
import json
import signal
import threading
from types import FrameType
from typing import Any

from pos_app.cli.arguments import MAX_PORT, whole_number
from pos_app.cli.exit_codes import CommandError, ExitCode
from pos_app.sandbox import SERVICES, Sandbox

# More would only make a client wait: each is one more getReceipt.
MAX_PENDING_POLLS = 1000
FAULT_HELP = (
    "SERVICE:FIELD=VALUE, repeatable; SERVICE is one of "
    + ", ".join(SERVICES)
    + "; FIELD one of latency, error_rate, drop_rate, hang_rate, malformed_rate,"
    " lose_answer_rate, tls_garbage_rate, tls_cut_rate, poll_answer,"
    " create_refusal_code (intellectmoney), blocked_token, checker_error (checker),"
    " reject_reason, state_not_ready (inshopper). Example: intellectmoney:lose_answer_rate=0.2"
)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "sandbox",
        help="run the local emulator of the three services",
        description="A strict local emulator of IntellectMoney cashBox, Checker.uz and"
        " check.inshopper.ru on loopback, with faults on demand.",
    )
    commands = parser.add_subparsers(title="sandbox commands", metavar="COMMAND", required=True)
    serve = commands.add_parser(
        "serve",
        help="serve until interrupted; prints one JSON line with the URL and demo credentials",
        description="Serves until Ctrl+C or SIGTERM. The first line on standard output is JSON:"
        " the base URL and the demo credentials it accepts (test values, not secrets); with"
        " --tls also ca_bundle, the throwaway CA's certificate to trust"
        " (REQUESTS_CA_BUNDLE=that path). Faults can be changed while it runs through"
        " PUT /_sandbox/faults/SERVICE.",
    )
    serve.add_argument(
        "--port",
        type=whole_number(0, MAX_PORT),
        default=0,
        help="port on 127.0.0.1 (default: any free)",
    )
    serve.add_argument(
        "--seed",
        type=whole_number(0),
        default=0,
        help="fixes ids and fault draws (default 0)",
    )
    serve.add_argument(
        "--pending-polls",
        type=whole_number(0, MAX_PENDING_POLLS),
        default=1,
        metavar="N",
        help="getReceipt answers 'still processing' N times before the fiscal data (default 1)",
    )
    serve.add_argument("--fault", action="append", default=[], metavar="SPEC", help=FAULT_HELP)
    serve.add_argument(
        "--tls",
        action="store_true",
        help="serve HTTPS with a CA made at start (its certificate's path is printed)",
    )
    serve.set_defaults(run=run_serve)


def run_serve(args: argparse.Namespace) -> int:
    try:
        faults = parse_fault_specs(args.fault)
        sandbox = Sandbox(
            seed=args.seed,
            pending_polls=args.pending_polls,
            port=args.port,
            tls=args.tls,
        )
        for service, values in faults.items():
            sandbox.set_faults(service, **values)
    except ValueError as error:
        raise CommandError(f"Bad input: {error}", ExitCode.BAD_INPUT) from None
    try:
        sandbox.start()
    except OSError as error:
        raise CommandError(f"Cannot listen on port {args.port}: {error.strerror}") from None
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    print(json.dumps(sandbox.startup_line(), ensure_ascii=False), flush=True)
    try:
        while not stop.wait(0.5):
            pass
    finally:
        sandbox.stop()
    return ExitCode.OK


def parse_fault_specs(specs: list[str]) -> dict[Any, dict[str, object]]:
    """``["intellectmoney:latency=0.5", ...]`` → ``{"intellectmoney": {"latency": 0.5}}``."""
    faults: dict[Any, dict[str, object]] = {}
    for spec in specs:
        service, colon, assignment = spec.partition(":")
        name, equals, text = assignment.partition("=")
        if not colon or not equals or not name:
            raise ValueError(f"--fault {spec!r}: write SERVICE:FIELD=VALUE")
        if service not in SERVICES:
            raise ValueError(f"--fault {spec!r}: the service is one of {', '.join(SERVICES)}")
        faults.setdefault(service, {})[name] = _fault_value(text)
    return faults


def _fault_value(text: str) -> object:
    if text in ("true", "false"):
        return text == "true"
    # A bare code such as 100004 stays text: it names a Checker.uz error, not an amount.
    if text.isdigit() and len(text) == 6:
        return text
    # A whole number stays whole (a create_refusal_code); rates and latency take it as well.
    if text.isascii() and text.isdigit():
        return int(text)
    try:
        return float(text)
    except ValueError:
        return text
