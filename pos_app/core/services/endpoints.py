"""Where each service lives: production by default, overridable per service.

Order: the environment variable (``POS_APP_INTELLECTMONEY_URL``, ``POS_APP_CHECKER_URL``,
``POS_APP_INSHOPPER_URL``), then the shop's setting, then production. Plain ``http://`` only on
loopback (the sandbox, a local proxy): credentials never cross a network unencrypted.
"""

from __future__ import annotations

import ipaddress
import os
from urllib.parse import urlsplit

from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.labelled import LabelledStrEnum


class ServiceName(LabelledStrEnum):
    """The three services; the label is the service's own name (a brand, not translated)."""

    INTELLECTMONEY = "intellectmoney", "IntellectMoney"
    CHECKER = "checker", "Checker.uz"
    INSHOPPER = "inshopper", "inshopper"

    @property
    def env_variable(self) -> str:
        return f"POS_APP_{self.upper()}_URL"


PRODUCTION = {
    ServiceName.INTELLECTMONEY: "https://api.intellectmoney.ru",
    ServiceName.CHECKER: "https://api.checker.uz",
    # ASSUMED: the service answers on https too (its document shows http only).
    ServiceName.INSHOPPER: "https://check.inshopper.ru",
}


def endpoint(service: ServiceName, configured: str | None = None) -> str:
    """The base URL to use for ``service``, checked; without a trailing slash."""
    override = os.environ.get(service.env_variable, "").strip()
    if override:
        return check_base_url(override, service.env_variable)
    if configured and configured.strip():
        return check_base_url(configured, service.value)
    return PRODUCTION[service]


def check_base_url(value: str, field: str) -> str:
    url = value.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ValidationError(
            field,
            _N("validation", "“{value}” is not a web address; write it like https://host."),
            value=value,
        )
    if parts.username or parts.password or parts.query or parts.fragment:
        raise ValidationError(
            field,
            _N(
                "validation",
                "“{value}” must be a plain base address (no user, password, query or #part).",
            ),
            value=value,
        )
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ValidationError(
            field,
            _N(
                "validation",
                "“{value}” is plain http to another computer; credentials would travel"
                " unencrypted. Use https (plain http is allowed only on this computer).",
            ),
            value=value,
        )
    return url


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
