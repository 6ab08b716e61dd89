"""Starts the Qt application: the language, the journal, the services (or the sandbox), the
outbox runner and the cashier's main window; closes them in order when the window closes."""

from __future__ import annotations

import logging
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from pos_app import APP_NAME, __version__
from pos_app.core import paths
from pos_app.core.catalog.sample import load_sample
from pos_app.core.i18n import QT_TRANSLATE_NOOP
from pos_app.core.journal import Journal, JournalError
from pos_app.core.workflow import Outbox, OutboxRunner, Workflow
from pos_app.core.workflow.lock import SenderLock
from pos_app.logging_setup import configure_logging
from pos_app.qt.main_window import MainWindow, Till
from pos_app.qt.messages import error_text
from pos_app.qt.translations import choose_language, install_translators, translated

logger = logging.getLogger(__name__)

NOT_SET_UP = QT_TRANSLATE_NOOP(
    "App",
    "Fiscalizing needs the shop's details (INN, cashbox group, IntellectMoney invoice), which"
    " the Settings screen of a later version will keep. Until then: pos-app --sandbox to train,"
    " pos-app fiscalize to fiscalize from the command line.",
)


def run_app(*, sandbox: bool, language: str | None) -> int:
    configure_logging(level=logging.INFO, log_file=paths.data_dir() / "logs" / "pos-app.log")
    app = QApplication.instance() or QApplication(sys.argv)
    if not isinstance(app, QApplication):
        raise RuntimeError("a QApplication is needed")
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    translators = install_translators(app, choose_language(language))
    with ExitStack() as stack:
        try:
            till = open_sandbox_till(stack) if sandbox else open_till()
        except JournalError as error:
            QMessageBox.critical(None, APP_NAME, error_text(error))
            return 1
        window = MainWindow(till, sandbox=sandbox)
        window.show()
        start_outbox(till, stack)
        code = app.exec()
    del translators
    return code


def start_outbox(till: Till, stack: ExitStack) -> None:
    """Start the till's outbox runner (when this process holds the sender lock); ``stack``
    stops it, before the journal it uses closes."""
    if till.runner is not None:
        till.runner.start()
        stack.callback(till.runner.stop, 10.0)


def open_till() -> Till:
    """Production: fiscalizing waits for the Settings screen, which keeps the shop's INN,
    cashbox group and invoice; the window says so instead of offering a button that fails."""
    return Till("", "", None, None, None, unavailable=translated("App", NOT_SET_UP))


def open_sandbox_till(stack: ExitStack) -> Till:
    """Sandbox: the emulator in this process and a journal of its own for this run only, so
    training receipts never mix with real ones."""
    from pos_app.sandbox import Sandbox  # noqa: PLC0415 - only sandbox mode needs it
    from pos_app.sandbox.clients import sandbox_clients  # noqa: PLC0415

    folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="pos-app-sandbox-")))
    sandbox = stack.enter_context(Sandbox())
    logger.info("Sandbox mode: the emulator serves at %s", sandbox.base_url)
    journal = stack.enter_context(Journal.open(folder / "journal.sqlite3"))
    load_sample(journal.catalog)  # fifty products to sell, a few weighed
    clients = sandbox_clients(sandbox)
    stack.callback(clients.close)
    lock = SenderLock(folder / "sender.lock")
    stack.callback(lock.release)
    workflow = Workflow(journal, clients)
    runner = OutboxRunner(Outbox(workflow), workflow) if lock.try_acquire() else None
    demo = sandbox.credentials
    return Till(demo.shop_inn, demo.group, demo.invoice_id, workflow, runner)
