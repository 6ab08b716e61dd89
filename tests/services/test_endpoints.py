"""Where the clients go: production by default, the setting, then the environment variable."""

from __future__ import annotations

import pytest

from pos_app.core.errors import ValidationError
from pos_app.core.services import ServiceName, endpoint


def test_production_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("POS_APP_INTELLECTMONEY_URL", raising=False)
    assert endpoint(ServiceName.INTELLECTMONEY) == "https://api.intellectmoney.ru"
    assert endpoint(ServiceName.CHECKER) == "https://api.checker.uz"


def test_the_setting_then_the_environment_win(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("POS_APP_CHECKER_URL", raising=False)
    assert endpoint(ServiceName.CHECKER, "https://proxy.shop.local/checker/") == (
        "https://proxy.shop.local/checker"
    )
    monkeypatch.setenv("POS_APP_CHECKER_URL", "http://127.0.0.1:8080")
    assert endpoint(ServiceName.CHECKER, "https://proxy.shop.local") == "http://127.0.0.1:8080"


@pytest.mark.parametrize(
    "url", ["http://localhost:1", "http://127.0.0.1", "http://[::1]:8000", "https://example.com"]
)
def test_accepted(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POS_APP_INSHOPPER_URL", url)
    assert endpoint(ServiceName.INSHOPPER) == url


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("http://192.168.1.10", "plain http"),
        ("http://api.intellectmoney.ru", "plain http"),
        ("ftp://example.com", "not a web address"),
        ("api.intellectmoney.ru", "not a web address"),
        ("https://user:pw@example.com", "plain base address"),
        ("https://example.com/?token=1", "plain base address"),
    ],
)
def test_refused(url: str, words: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POS_APP_INTELLECTMONEY_URL", url)
    with pytest.raises(ValidationError, match=words) as caught:
        endpoint(ServiceName.INTELLECTMONEY)
    assert caught.value.field == "POS_APP_INTELLECTMONEY_URL"
