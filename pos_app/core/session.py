"""One till's working set, assembled in one place from the shop's settings and credentials.

A :class:`TillSession` always has the journal, the events and a person's decisions; when the
credentials are complete it also has the workflow and the outbox (receipts from the command
line are sent); when the shop's settings are complete too, the window can build and fiscalize
receipts (:attr:`TillSession.ready`). Until then :attr:`TillSession.missing` says exactly what
is still needed. The window and the
command line open it the same way (:func:`open_production_session`); sandbox mode builds it
with the same :func:`open_session` from the emulator's shop and clients.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

from pos_app.core import paths
from pos_app.core.checker_cheque import CopyDetails
from pos_app.core.credentials import CredentialName, CredentialsError
from pos_app.core.errors import ValidationError
from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.i18n import Message, TranslatableError
from pos_app.core.journal import JOURNAL_FILE, Journal, ReceiptRecord
from pos_app.core.promo import KeyringAccountStore, PromoAccount, PromoOutbox, Promos
from pos_app.core.receipt import Receipt
from pos_app.core.services import ServiceName, endpoint
from pos_app.core.settings import Settings, load_settings
from pos_app.core.settings_file import SettingsError
from pos_app.core.shifts import ShiftDesk
from pos_app.core.workflow import Clients, EventHub, Outbox, OutboxRunner, Workflow
from pos_app.core.workflow.connections import MissingCredentialsError, keyring_clients
from pos_app.core.workflow.decisions import Decisions
from pos_app.core.workflow.lock import LOCK_FILE, SenderLock

logger = logging.getLogger(__name__)

ClientsFactory = Callable[[Settings], Clients]
PromoAccountFactory = Callable[[Settings], PromoAccount]

_MISSING_CREDENTIAL = {
    CredentialName.INTELLECTMONEY_TOKEN: _N(
        "session",
        "the IntellectMoney API token (pos-app credentials set intellectmoney.token)",
    ),
    CredentialName.INTELLECTMONEY_SIGN_SECRET_KEY: _N(
        "session",
        "the IntellectMoney signature key (pos-app credentials set intellectmoney.sign_secret_key)",
    ),
    CredentialName.INTELLECTMONEY_USER_TOKEN: _N(
        "session",
        "the IntellectMoney user token (pos-app credentials set intellectmoney.user_token)",
    ),
}


class SessionIncompleteError(TranslatableError):
    """Fiscalizing was asked of a session that is not set up; the message lists what is
    missing."""

    context = "session"


def production_clients(settings: Settings) -> Clients:
    """The services' clients from the keyring, at the endpoints the settings name."""
    return keyring_clients(
        intellectmoney_url=settings.intellectmoney_url or None,
        checker_url=settings.checker_url or None,
    )


def production_promo_account(settings: Settings) -> PromoAccount:
    """The shop's inshopper account from the keyring, at the address the settings name (a
    bad address is reported when it is used)."""
    try:
        url = endpoint(ServiceName.INSHOPPER, settings.inshopper_url or None)
    except ValidationError:
        url = settings.inshopper_url
    return PromoAccount(url, KeyringAccountStore())


class TillSession:
    """What one till works with. Open with :func:`open_session`; :meth:`close` when done."""

    def __init__(
        self,
        settings: Settings,
        journal: Journal,
        events: EventHub,
        stack: ExitStack,
        *,
        workflow: Workflow | None,
        is_sender: bool,
        lock: SenderLock | None = None,
        missing_settings: tuple[Message, ...],
        missing_credentials: tuple[Message, ...],
        sandbox: bool,
        promos: Promos,
    ) -> None:
        self.settings = settings
        self.journal = journal
        self.events = events
        # What the window still needs (the shop's details, then what sending needs).
        self.missing = (*missing_settings, *missing_credentials)
        # What sending still needs (the credentials, valid endpoints).
        self.missing_for_sending = missing_credentials
        self.is_sender = is_sender
        self.sandbox = sandbox
        self._workflow = workflow
        self._stack = stack
        self._lock = lock
        self._runner: OutboxRunner | None = None
        # Promo submissions: written here, sent by this session's sender thread.
        self.promos = promos
        promos.on_submit(self.wake)

    @property
    def ready(self) -> bool:
        """Settings and credentials are complete: the window can fiscalize receipts."""
        return self._workflow is not None and not self.missing

    @property
    def can_send(self) -> bool:
        """The credentials are complete: receipts (built elsewhere) can be sent."""
        return self._workflow is not None

    @property
    def workflow(self) -> Workflow:
        if self._workflow is None:
            raise SessionIncompleteError(
                _N("session", "Sending is not set up yet; missing: {missing}."),
                missing="; ".join(str(message) for message in self.missing_for_sending),
            )
        return self._workflow

    @property
    def shift_desk(self) -> ShiftDesk:
        """Shifts, cash in and out, and approvals, under the shop's rule on roles."""
        return ShiftDesk(self.journal, roles=self.settings.roles)

    @property
    def decisions(self) -> Decisions:
        """A person's decisions: through the workflow, so that each is announced."""
        return Decisions(self.workflow, self.wake)

    @property
    def outbox(self) -> Outbox:
        return Outbox(self.workflow)

    @property
    def sending(self) -> bool:
        """This process sends (it holds the sender lock); otherwise another pos-app does."""
        return self.can_send and self.is_sender

    def submit(
        self,
        receipt: Receipt,
        invoice_id: str | None = None,
        *,
        refund_id: int | None = None,
        copy: CopyDetails | None = None,
    ) -> int:
        """Write the receipt to the journal, durable, under ``invoice_id`` (the shop's own by
        default), with what its Checker.uz copy carries (``copy``); the outbox is woken to
        send it."""
        invoice = invoice_id if invoice_id is not None else self.settings.invoice_id
        receipt_id = self.workflow.submit(receipt, invoice, refund_id=refund_id, copy=copy)
        self.wake()
        return receipt_id

    def recover(self) -> None:
        """As the sender at start-up: receipts left "sending" need a person's decision."""
        if self.sending:
            self.workflow.recover()

    def wait_to_send(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for the sender lock another pos-app holds; once it
        is this session's, it sends (receipts a dead sender left "sending" are recovered
        first). False when the other one still sends, or this session cannot send."""
        if self.sending:
            return True
        if self._workflow is None or self._lock is None or not self._lock.acquire(timeout):
            return False
        self.is_sender = True
        self._workflow.recover()
        return True

    def process_in_order(self, receipt_id: int, *, patience: float) -> ReceiptRecord:
        """Take what waits as far as it goes now, oldest first (as the outbox's runner does:
        a receipt is never sent before older ones still waiting), then report on this one."""
        if self.sending:
            self.outbox.run_once(patience=patience)
        return self.journal.get(receipt_id)

    def start_outbox(self) -> None:
        """Send in the background, when this process is the sender (the window's way)."""
        if self.sending and self._runner is None:
            self._runner = OutboxRunner(
                self.outbox, self.workflow, side_rounds=(self.promos.outbox,)
            )
            self._runner.start()

    def wake(self) -> None:
        if self._runner is not None:
            self._runner.wake()

    def close(self) -> None:
        """Stop the outbox after its current request has ended or timed out (never in the
        middle of one: that would leave a receipt needing a person), then close the rest."""
        if self._runner is not None:
            self._runner.stop()
            self._runner = None
        self._stack.close()
        logger.info("Till session closed")


def open_session(
    settings: Settings,
    *,
    folder: Path | None = None,
    clients: ClientsFactory = production_clients,
    owned: ExitStack | None = None,
    missing: tuple[Message, ...] = (),
    sandbox: bool = False,
    promo_account: PromoAccountFactory = production_promo_account,
) -> TillSession:
    """Open the journal in ``folder`` (the data folder by default) and, when the settings and
    the credentials are complete, the clients and the workflow. ``owned`` is closed last (the
    sandbox and its folder); ``missing`` adds problems found before (a broken settings file)."""
    stack = ExitStack()
    if owned is not None:
        stack.enter_context(owned)
    try:
        folder = folder if folder is not None else paths.data_dir()
        journal = stack.enter_context(Journal.open(folder / JOURNAL_FILE))
        events = EventHub()
        for_sending: list[Message] = []
        made: Clients | None = None
        try:
            made = clients(settings)
        except MissingCredentialsError as error:
            for_sending.extend(
                Message("session", _MISSING_CREDENTIAL[name]) for name in error.missing
            )
        except (CredentialsError, ValidationError) as error:
            for_sending.append(error.translatable)
        workflow: Workflow | None = None
        lock: SenderLock | None = None
        is_sender = False
        if made is not None:
            stack.callback(made.close)
            lock = SenderLock(folder / LOCK_FILE)
            stack.callback(lock.release)
            is_sender = lock.try_acquire()
            workflow = Workflow(
                journal,
                made,
                fiscal_data_late_after=settings.fiscal_data_late.total_seconds(),
                events=events,
            )
        account = promo_account(settings)
        stopping = None if workflow is None else workflow.stopping
        outbox = PromoOutbox(journal, account, events.emit, stopping=stopping)
        promos = Promos(journal, account, events, folder, outbox)
        for_settings = (*missing, *settings.missing())
        if for_settings or for_sending:
            logger.info(
                "Fiscalizing is not set up: %s",
                "; ".join(map(str, (*for_settings, *for_sending))),
            )
        return TillSession(
            settings,
            journal,
            events,
            stack,
            workflow=workflow,
            is_sender=is_sender,
            lock=lock,
            missing_settings=for_settings,
            missing_credentials=tuple(for_sending),
            sandbox=sandbox,
            promos=promos,
        )
    except BaseException:
        stack.close()
        raise


def open_production_session(*, clients: ClientsFactory = production_clients) -> TillSession:
    """The shop's session: its saved settings, its keyring, its journal. A settings file that
    cannot be read is listed as missing (the journal still opens)."""
    problems: tuple[Message, ...] = ()
    try:
        settings = load_settings()
    except (SettingsError, ValidationError) as error:
        settings, problems = Settings(), (error.translatable,)
    return open_session(settings, clients=clients, missing=problems)
