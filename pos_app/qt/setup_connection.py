"""The setup's test connections and the IntellectMoney user token: each asks its service in the
background with what is typed (or else what the keyring holds) and says the outcome beside its
button."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QPushButton

from pos_app.core import connection_test
from pos_app.core.credentials import CredentialName, Secret
from pos_app.core.errors import ValidationError
from pos_app.core.i18n import Message
from pos_app.core.settings import Settings
from pos_app.qt.messages import error_text, message_text

if TYPE_CHECKING:
    from pos_app.qt.setup_form import SetupForm

T = TypeVar("T")


class ConnectionTests(QObject):
    """The test buttons' work for one :class:`~pos_app.qt.setup_form.SetupForm`."""

    def __init__(self, form: SetupForm) -> None:
        super().__init__(form)
        self.form = form

    def _partial_settings(self) -> Settings | None:
        """The addresses (and invoice) the tests use; a wrong one is said beside the test."""
        try:
            settings = self.form.shown_settings
            for key, edit in self.form.urls.items():
                settings = settings.with_value(key, edit.text())
            return settings.with_value("invoice_id", self.form.invoice.text())
        except ValidationError as error:
            for label in (
                self.form.intellectmoney_result,
                self.form.checker_result,
                self.form.inshopper_result,
            ):
                self.form.show_result(label, error_text(error), ok=False)
            return None

    def test_intellectmoney(self) -> None:
        settings = self._partial_settings()
        if settings is None:
            return
        typed = [
            self.form.secrets[name].typed
            for name in (
                CredentialName.INTELLECTMONEY_TOKEN,
                CredentialName.INTELLECTMONEY_SIGN_SECRET_KEY,
                CredentialName.INTELLECTMONEY_USER_TOKEN,
            )
        ]
        self._test(
            "test IntellectMoney",
            lambda: connection_test.check_intellectmoney(settings, *typed),
            self.form.intellectmoney_button,
            self.form.intellectmoney_result,
        )

    def test_checker(self) -> None:
        settings = self._partial_settings()
        if settings is None:
            return
        token = self.form.secrets[CredentialName.CHECKER_TOKEN].typed
        self._test(
            "test Checker.uz",
            lambda: connection_test.check_checker(settings, token),
            self.form.checker_button,
            self.form.checker_result,
        )

    def test_inshopper(self) -> None:
        settings = self._partial_settings()
        if settings is None:
            return
        email = self.form.secrets[CredentialName.INSHOPPER_EMAIL].typed
        password = self.form.secrets[CredentialName.INSHOPPER_PASSWORD].typed
        token = self.form.secrets[CredentialName.INSHOPPER_TOKEN].typed

        def job() -> tuple[Message, Secret]:
            address = email or connection_test.current(CredentialName.INSHOPPER_EMAIL, None)
            secret = password or connection_test.current(CredentialName.INSHOPPER_PASSWORD, None)
            return connection_test.check_inshopper(
                settings, address.reveal() if address else "", secret, token
            )

        def passed(outcome: tuple[Message, Secret]) -> None:
            message, proven = outcome
            field = self.form.secrets[CredentialName.INSHOPPER_TOKEN]
            if field.typed is None and not field.is_set:
                # The token got with the e-mail and password is stored with the rest.
                field.edit.setText(proven.reveal())
            self.form.show_result(self.form.inshopper_result, message_text(message), ok=True)

        self._test(
            "test inshopper", job, self.form.inshopper_button, self.form.inshopper_result, passed
        )

    def fetch_user_token(self) -> None:
        settings = self._partial_settings()
        if settings is None:
            return
        login, password = self.form.login.text(), Secret(self.form.password.text())

        def fetched(token: Secret) -> None:
            if not shiboken6.isValid(self.form.fetch_button):
                return  # the screen closed meanwhile
            self.form.fetch_button.setEnabled(True)
            self.form.secrets[CredentialName.INTELLECTMONEY_USER_TOKEN].edit.setText(token.reveal())
            # The password is not kept: only the token it gave.
            self.form.password.clear()
            self.form.show_result(
                self.form.intellectmoney_result,
                self.tr("The user token was received; it is saved with the rest."),
                ok=True,
            )

        def failed(error: Exception) -> None:
            if not shiboken6.isValid(self.form.fetch_button):
                return
            self.form.fetch_button.setEnabled(True)
            self.form.show_result(
                self.form.intellectmoney_result, self.form.tasks.describe(error), ok=False
            )

        self.form.fetch_button.setEnabled(False)
        self.form.show_result(
            self.form.intellectmoney_result, self.tr("Asking IntellectMoney…"), ok=True
        )
        self.form.tasks.run(
            "get the IntellectMoney user token",
            lambda: connection_test.get_user_token(settings, login, password),
            fetched,
            failed,
        )

    def _test(
        self,
        name: str,
        job: Callable[[], T],
        button: QPushButton,
        label: QLabel,
        passed: Callable[[T], None] | None = None,
    ) -> None:
        def succeeded(outcome: T) -> None:
            if not shiboken6.isValid(label):
                return  # the screen closed meanwhile
            button.setEnabled(True)
            if passed is not None:
                passed(outcome)
            elif isinstance(outcome, Message):
                self.form.show_result(label, message_text(outcome), ok=True)

        def failed(error: Exception) -> None:
            if not shiboken6.isValid(label):
                return
            button.setEnabled(True)
            self.form.show_result(label, self.form.tasks.describe(error), ok=False)

        button.setEnabled(False)
        self.form.show_result(label, self.tr("Testing…"), ok=True)
        self.form.tasks.run(name, job, succeeded, failed)
