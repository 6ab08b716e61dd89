"""The first-run guide: a production start with nothing set up leads the shop through its
details, the services' credentials (each with a test connection) and the two facts a shop must
know; finishing saves them and opens the till with them, without a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizard, QWizardPage

from pos_app import APP_NAME
from pos_app.core import connection_test
from pos_app.core.credentials import CredentialName
from pos_app.core.errors import ValidationError
from pos_app.core.session import TillSession
from pos_app.core.settings import Settings
from pos_app.core.settings_file import settings_path
from pos_app.qt.focus_ring import ring_on
from pos_app.qt.messages import error_text
from pos_app.qt.people_section import PeopleSection, people_tab_title
from pos_app.qt.setup_form import (
    BAD_STYLE,
    SetupForm,
    cloud_cashbox_fact,
    fact_label,
    online_cashbox_fact,
)
from pos_app.qt.till import Till

CASHBOX_SECRETS = (
    CredentialName.INTELLECTMONEY_TOKEN,
    CredentialName.INTELLECTMONEY_SIGN_SECRET_KEY,
    CredentialName.INTELLECTMONEY_USER_TOKEN,
)


class GuidePage(QWizardPage):
    """A page showing one section of the form, with a line for what keeps it from going on."""

    def __init__(self, title: str, subtitle: str, body: QWidget) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(BAD_STYLE)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(body, 1)
        layout.addWidget(self.problem)

    def refuse(self, text: str) -> bool:
        self.problem.setText(text)
        self.problem.show()
        return False

    def clear(self) -> bool:
        self.problem.hide()
        return True


class FirstRunGuide(QWizard):
    def __init__(self, till: Till, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ring_on(self)
        self.till = till
        self.finished_saving = False
        self._saving = False
        self.setWindowTitle(self.tr("{app} — setting the shop up").format(app=APP_NAME))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.form = SetupForm(till.tasks, self)
        # Nothing is saved yet: the defaults (phone country, VAT, the late bound).
        self.form.show_settings(Settings())
        self.welcome = GuidePage(
            self.tr("Welcome to pos-app"),
            self.tr("A few steps and the till is ready. Two facts first:"),
            self._facts(),
        )
        self.shop = GuidePage(
            self.tr("The shop"),
            self.tr("As registered with the tax service and in the cashbox's settings."),
            self.form.shop_section(),
        )
        self.intellectmoney = GuidePage(
            "IntellectMoney",
            self.tr(
                "The cloud cashbox's personal API (access level “Basic”). Test the connection"
                " before going on: nothing is fiscalized by the test."
            ),
            self.form.intellectmoney_section(),
        )
        self.checker = GuidePage(
            "Checker.uz",
            self.tr("Optional: may be left empty and set later in Settings (Shift+F12)."),
            self.form.checker_section(),
        )
        self.inshopper = GuidePage(
            "check.inshopper.ru",
            self.tr("Optional: may be left empty and set later in Settings (Shift+F12)."),
            self.form.inshopper_section(),
        )
        self.people = GuidePage(
            people_tab_title(),
            self.tr(
                "Optional: a one-person shop skips this step (Next). Roles can be switched on"
                " later in Settings (Shift+F12)."
            ),
            PeopleSection(till, self.form),
        )
        self.done_page = GuidePage(
            self.tr("Ready"),
            self.tr(
                "Finish saves the settings and keeps the credentials in the OS keyring only;"
                " the till opens with them at once. Everything can be changed later in"
                " Settings (Shift+F12)."
            ),
            QWidget(),
        )
        for page in (
            self.welcome,
            self.shop,
            self.intellectmoney,
            self.checker,
            self.inshopper,
            self.people,
            self.done_page,
        ):
            self.addPage(page)
        # The guide does not ask for addresses, language or printing (the defaults, or the
        # environment's addresses, serve); their fields still belong to the guide, so that Qt,
        # not Python's collector on whichever thread it runs, deletes them with it.
        unasked = self.form.other_section()
        unasked.setParent(self)
        unasked.hide()
        self.resize(860, 640)
        self.form.read_keyring()

    def _facts(self) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(fact_label(online_cashbox_fact()))
        layout.addWidget(fact_label(cloud_cashbox_fact()))
        layout.addStretch(1)
        return body

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt's API
        page = self.currentPage()
        if page is self.shop:
            return self._check_shop()
        if page is self.intellectmoney:
            return self._check_intellectmoney()
        return super().validateCurrentPage()

    def _check_shop(self) -> bool:
        try:
            settings = self.form.settings()
        except ValidationError as error:
            return self.shop.refuse(error_text(error))
        if not settings.shop_inn or not settings.cashbox_group or settings.taxation is None:
            return self.shop.refuse(
                self.tr("Enter the shop's INN and cashbox group and choose the taxation system.")
            )
        return self.shop.clear()

    def _check_intellectmoney(self) -> bool:
        page = self.intellectmoney
        if self.form.keyring_problem is not None:
            return page.refuse(self.form.keyring_problem)
        try:
            settings = self.form.settings()
        except ValidationError as error:
            return page.refuse(error_text(error))
        if not settings.invoice_id:
            return page.refuse(self.tr("Enter the IntellectMoney invoice (СКО) number."))
        if not all(self.form.secrets[name].is_set for name in CASHBOX_SECRETS):
            return page.refuse(
                self.tr("Enter the API token, the signature key and the user token.")
            )
        return page.clear()

    def accept(self) -> None:
        """Save in the background; the guide closes once everything is stored."""
        try:
            changes = self.form.changes()
        except ValidationError as error:
            self.done_page.refuse(error_text(error))
            return
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self._saving = True
        self.till.tasks.run(
            "save the shop's setup",
            lambda: connection_test.apply(changes),
            lambda _: self._saved(),
            self._save_failed,
            progress=self.tr("Saving…"),
        )

    def reject(self) -> None:
        # Not while saving: the guide waits for the keyring and the file to answer.
        if not self._saving:
            super().reject()

    def _saved(self) -> None:
        self._saving = False
        self.finished_saving = True
        self.till.reopen()
        super().accept()

    def _save_failed(self, error: Exception) -> None:
        self._saving = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.done_page.refuse(self.till.tasks.describe(error))


def offer_first_run(window: QWidget, till: Till) -> None:
    """Open the guide over ``window`` when the shop's till opens with nothing set up (no
    settings file yet and fiscalizing not possible)."""

    def opened(session: TillSession) -> None:
        till.opened.disconnect(opened)
        if session.sandbox or session.ready:
            return

        def looked(exists: bool) -> None:
            if not exists:
                show_guide(window, till)

        till.run("look for the shop's settings", lambda _session: settings_path().exists(), looked)

    till.opened.connect(opened)


def show_guide(window: QWidget, till: Till) -> FirstRunGuide:
    guide = FirstRunGuide(till, window)
    guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    guide.setObjectName("firstRunGuide")
    guide.open()
    return guide
