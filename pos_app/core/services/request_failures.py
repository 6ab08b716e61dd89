"""What a failed request means, in words: whether it provably never reached the service
(nothing was done, so it is safe to send again), and the error of
:mod:`pos_app.core.services.errors` that says so for each of requests' failures. The words name
no URL (inshopper's token travels in its query string) and no request content.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator, Mapping

import requests
import urllib3.exceptions
from urllib3.util.ssl_match_hostname import CertificateError

from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.services.errors import (
    AuthError,
    ServiceError,
    UnavailableError,
    UnknownOutcomeError,
)


def unsendable_header(service: str, headers: Mapping[str, str] | None) -> AuthError:
    """A credential sent in a header holds a character no header carries: nothing was
    sent, and sending again will not help until the credential is entered again."""
    names = [name for name, value in (headers or {}).items() if not header_value_ok(value)]
    return AuthError(
        service,
        _N(
            "services",
            "{service}: a credential sent in a request header ({header}) holds a character"
            " an HTTP header cannot carry (a line break, a control character or a non-Latin"
            " letter); nothing was sent. Enter the credential again in Settings, or with"
            " pos-app credentials set NAME.",
        ),
        header=", ".join(names) or "?",
    )


def failure(service: str, error: Exception, idempotent: bool, *, written: bool) -> ServiceError:
    """The error for requests' ``error``, ``written`` saying whether the request had started
    to be written (the transport's connections note it)."""
    problem = _problem(error, written=written)
    if not written and _certificate_refused(error):
        return UnavailableError(
            service,
            _N(
                "services",
                "{service}'s certificate is not trusted ({problem}); nothing was sent. If"
                " the shop's network inspects secure connections, its CA must be trusted"
                " (REQUESTS_CA_BUNDLE names the file).",
            ),
            problem=problem,
        )
    if _never_left(error, written=written):
        return UnavailableError(
            service,
            _N(
                "services",
                "{service} cannot be reached ({problem}). Check the internet connection;"
                " nothing was sent.",
            ),
            problem=problem,
        )
    if idempotent:
        return UnavailableError(
            service,
            _N("services", "{service} did not answer ({problem}); it will be asked again."),
            problem=problem,
        )
    return UnknownOutcomeError(
        service,
        _N(
            "services",
            "{service} got the request but its answer was lost ({problem}); whether it was"
            " done is unknown.",
        ),
        problem=problem,
    )


def header_value_ok(value: str) -> bool:
    """Whether ``value`` can travel in an HTTP header as it is: Latin-1 (what http.client
    encodes headers with), no control characters (a line break would end the header)."""
    try:
        value.encode("latin-1")
    except UnicodeEncodeError:
        return False
    # requests refuses a value starting with a space as well.
    if value[:1].isspace():
        return False
    return not any(ord(char) < 0x20 or 0x7F <= ord(char) <= 0x9F for char in value)


def _never_left(error: Exception, *, written: bool) -> bool:
    """Whether the request provably never reached the service: it failed before a byte of it
    was written (no connection, a certificate not trusted, a handshake never completed)."""
    if written:
        return False
    # And only failures of the connecting phase: a second guard, should a urllib3 release ever
    # write without passing through request() (the TLS and idle-connection tests pin the first).
    if isinstance(
        error,
        requests.exceptions.ConnectTimeout
        | requests.exceptions.SSLError
        | requests.exceptions.ProxyError
        | requests.exceptions.InvalidURL,
    ):
        return True
    if isinstance(error, requests.exceptions.ConnectionError):
        return any(
            isinstance(
                cause,
                urllib3.exceptions.NewConnectionError | urllib3.exceptions.ConnectTimeoutError,
            )
            for cause in _causes(error)
        )
    return False


def _causes(error: BaseException) -> Iterator[BaseException]:
    """The error and what it wraps (requests → urllib3 → ssl), outermost first."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        inner = getattr(current, "reason", None)
        if not isinstance(inner, BaseException):
            inner = current.args[0] if current.args else None
        if not isinstance(inner, BaseException):
            inner = current.__cause__ or current.__context__
        current = inner


def _certificate_refused(error: Exception) -> bool:
    return _refusal(error) is not None


def _refusal(error: Exception) -> BaseException | None:
    """The certificate check that failed, if that is what the error is."""
    for cause in _causes(error):
        if isinstance(cause, ssl.SSLCertVerificationError | CertificateError):
            return cause
    return None


# Most specific first: ConnectTimeout is a ConnectionError too.
_PROBLEMS: tuple[tuple[type[Exception], str], ...] = (
    (requests.exceptions.ConnectTimeout, "no connection within the time limit"),
    (requests.exceptions.ReadTimeout, "no answer within the time limit"),
    (requests.exceptions.ChunkedEncodingError, "the answer was cut short"),
)


def _problem(error: Exception, *, written: bool) -> str:
    """A short description of the failure, without its URL."""
    if isinstance(error, requests.exceptions.SSLError):
        return _tls_problem(error, written=written)
    for kind, words in _PROBLEMS:
        if isinstance(error, kind):
            return words
    if _never_left(error, written=written):
        return "the connection was refused or the address not found"
    if isinstance(error, requests.exceptions.ConnectionError):
        return "the connection was closed before the answer came"
    return type(error).__name__


def _tls_problem(error: Exception, *, written: bool) -> str:
    if written:
        return "the secure connection broke after the request was sent"
    refusal = _refusal(error)
    if isinstance(refusal, ssl.SSLCertVerificationError) and refusal.verify_message:
        # OpenSSL's reason, e.g. "unable to get local issuer certificate"; it holds no URL.
        return str(refusal.verify_message)
    if refusal is not None:
        return "the certificate does not match the address"
    return "the secure connection could not be set up"
