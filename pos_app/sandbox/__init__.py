"""A strict local emulator of IntellectMoney cashBox, Checker.uz and check.inshopper.ru.

What the app's sandbox mode, every test and every benchmark talk to, over real HTTP on
loopback. Qt-free. Rules the services' documents do not state are marked ASSUMED where made.
"""

from pos_app.sandbox.credentials import DEMO_CREDENTIALS, SandboxCredentials
from pos_app.sandbox.faults import SERVICES, Faults, Service
from pos_app.sandbox.fiscal import FiscalDocument
from pos_app.sandbox.recorder import RecordedRequest
from pos_app.sandbox.sandbox import Sandbox

__all__ = [
    "DEMO_CREDENTIALS",
    "SERVICES",
    "Faults",
    "FiscalDocument",
    "RecordedRequest",
    "Sandbox",
    "SandboxCredentials",
    "Service",
]
