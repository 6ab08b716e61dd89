"""HTTPS for the sandbox: a throwaway CA and a loopback certificate, made when it starts.

The real services speak TLS, and a failure of a TLS stream after a request was written looks
different from anything plain HTTP can show; so the sandbox can serve HTTPS too. The CA's
certificate is written to a file of its own (``ca_path``) for clients to trust the standard
way (``REQUESTS_CA_BUNDLE``); the keys stay in memory and everything goes when it stops.
"""

from __future__ import annotations

import shutil
import ssl
import tempfile
from pathlib import Path

# The names the certificate is good for: every loopback name the sandbox may listen on.
LOOPBACK_NAMES = ("127.0.0.1", "::1", "localhost")
CA_FILE = "pos-app-sandbox-ca.pem"


class SandboxTls:
    """A new CA, a server certificate it signed, and the server side's TLS context."""

    def __init__(self) -> None:
        # Imported here: only HTTPS sandboxes need it (and it brings in cryptography).
        import trustme  # noqa: PLC0415

        authority = trustme.CA(organization_name="pos-app sandbox (throwaway)")
        certificate = authority.issue_cert(*LOOPBACK_NAMES)
        self.context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        certificate.configure_cert(self.context)
        self._folder = Path(tempfile.mkdtemp(prefix="pos-app-sandbox-tls-"))
        self.ca_path = self._folder / CA_FILE
        self.ca_path.write_bytes(authority.cert_pem.bytes())

    def close(self) -> None:
        shutil.rmtree(self._folder, ignore_errors=True)
