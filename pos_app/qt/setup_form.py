"""The setup screens' fields, shared by the first-run guide and the Settings dialog: a view over
the typed settings and the keyring's credentials, with a test connection per service.

Everything that touches the keyring or the network runs through the background helper; the
form only reads its widgets into a :class:`Settings` and the credentials' changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pos_app.core import credentials
from pos_app.core.codes import PaymentSubject, TaxationSystem
from pos_app.core.connection_test import CredentialChange, SetupChanges
from pos_app.core.credentials import CredentialName
from pos_app.core.settings import Settings
from pos_app.core.settings_values import MAX_FISCAL_DATA_LATE_MINUTES, RECEIPT_WIDTHS
from pos_app.qt.country_box import CountryBox
from pos_app.qt.credential_fields import SecretField, keyring_fix
from pos_app.qt.messages import error_text
from pos_app.qt.positions_model import fill_vat_rates
from pos_app.qt.setup_connection import ConnectionTests
from pos_app.qt.tasks import Tasks
from pos_app.qt.translations import translated

OK_STYLE = "color: #1b5e20;"
BAD_STYLE = "color: #b00020;"
FACT_STYLE = "background: #fff3e0; color: #3e2723; padding: 6px; border: 1px solid #ffb74d;"


def online_cashbox_fact() -> str:
    return QCoreApplication.translate(
        "setup",
        "Important: in the IntellectMoney account the shop's own online cashbox setting must be"
        " “Off” (Выключена). With it on, IntellectMoney makes its own receipt for every invoice"
        " and a receipt from pos-app would be a second one.",
    )


def cloud_cashbox_fact() -> str:
    return QCoreApplication.translate(
        "setup",
        "Where a cloud cashbox fits: every IntellectMoney receipt belongs to an IntellectMoney"
        " invoice (the payment itself went through IntellectMoney). Public guidance on 54-FZ"
        " says a cloud cashbox serves settlements made through the internet (online, courier,"
        " remote); face-to-face settlements in a shop need the shop's own registered cash"
        " register. pos-app does not give legal advice: check with your accountant which"
        " settlements you may fiscalize this way.",
    )


def fact_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(FACT_STYLE)
    return label


class SetupForm(QObject):
    """The fields; each ``*_section`` builds the widget for one part of the setup."""

    def __init__(self, tasks: Tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self._settings = Settings()
        # Set by People and roles (an administrator's PIN switches it), saved with the rest.
        self.roles = False
        self.keyring_problem: str | None = None
        # The keyring has been asked which credentials it holds (or could not be asked).
        self.keyring_read = False
        self.secrets = {name: SecretField(name) for name in CredentialName}
        # The shop.
        self.inn = QLineEdit()
        self.shop_name = QLineEdit()
        self.group = QLineEdit()
        self.taxation = QComboBox()
        self.taxation.addItem(self.tr("(choose)"), None)
        for system in TaxationSystem:
            self.taxation.addItem(translated("codes", system.label), int(system))
        self.vat = QComboBox()
        fill_vat_rates(self.vat)
        self.subject = QComboBox()
        for subject in PaymentSubject:
            self.subject.addItem(translated("codes", subject.label), int(subject))
        self.country = CountryBox()
        # IntellectMoney.
        self.invoice = QLineEdit()
        self.login = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.fetch_button = QPushButton(self.tr("Get the user token"))
        self.intellectmoney_button = QPushButton(self.tr("Test the connection"))
        self.intellectmoney_result = _result_label()
        # Checker.uz.
        self.checker_button = QPushButton(self.tr("Test the connection"))
        self.checker_result = _result_label()
        # inshopper.
        self.inshopper_button = QPushButton(self.tr("Test the connection"))
        self.inshopper_result = _result_label()
        self._build_other()
        self.keyring_label = QLabel()
        self.keyring_label.setWordWrap(True)
        self.keyring_label.setStyleSheet(BAD_STYLE)
        self.keyring_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keyring_label.hide()
        self.connection = ConnectionTests(self)
        self.fetch_button.clicked.connect(self.connection.fetch_user_token)
        self.intellectmoney_button.clicked.connect(self.connection.test_intellectmoney)
        self.checker_button.clicked.connect(self.connection.test_checker)
        self.inshopper_button.clicked.connect(self.connection.test_inshopper)

    def _build_other(self) -> None:
        """The addresses, language and printing fields."""
        self.urls = {
            key: QLineEdit() for key in ("intellectmoney_url", "checker_url", "inshopper_url")
        }
        for edit in self.urls.values():
            edit.setPlaceholderText(self.tr("empty: production"))
        self.language = QComboBox()
        self.language.addItem(self.tr("The system's"), "")
        self.language.addItem("Русский", "ru")
        self.language.addItem("English", "en")
        self.width = QComboBox()
        for width in RECEIPT_WIDTHS:
            self.width.addItem(self.tr("{width} mm").format(width=width), width)
        self.printer = QLineEdit()
        self.printer.setPlaceholderText(self.tr("empty: the system's default printer"))
        self.late = QSpinBox()
        self.late.setRange(1, MAX_FISCAL_DATA_LATE_MINUTES)
        self.late.setSuffix(self.tr(" min"))

    # --- sections ------------------------------------------------------------------------

    def shop_section(self) -> QWidget:
        form = QFormLayout()
        form.addRow(self.tr("Shop's INN:"), self.inn)
        form.addRow(self.tr("Shop's name:"), self.shop_name)
        form.addRow(self.tr("Cashbox group:"), self.group)
        form.addRow(self.tr("Taxation system:"), self.taxation)
        form.addRow(self.tr("Default VAT rate:"), self.vat)
        form.addRow(self.tr("Default payment subject:"), self.subject)
        form.addRow(self.tr("Phone numbers' country:"), self.country)
        return _widget(form)

    def intellectmoney_section(self) -> QWidget:
        box = QVBoxLayout()
        box.addWidget(fact_label(online_cashbox_fact()))
        form = QFormLayout()
        form.addRow(self.tr("Invoice (СКО) number:"), self.invoice)
        for name in (
            CredentialName.INTELLECTMONEY_TOKEN,
            CredentialName.INTELLECTMONEY_SIGN_SECRET_KEY,
            CredentialName.INTELLECTMONEY_USER_TOKEN,
        ):
            form.addRow(translated("credentials", name.label) + ":", self.secrets[name])
        hint = QLabel(
            self.tr(
                "No user token yet? IntellectMoney gives it for the personal account's login"
                " and password (the password is not kept):"
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        form.addRow(self.tr("Account login:"), self.login)
        password = QHBoxLayout()
        password.setContentsMargins(0, 0, 0, 0)
        password.addWidget(self.password, 1)
        password.addWidget(self.fetch_button)
        form.addRow(self.tr("Account password:"), _widget(password))
        box.addLayout(form)
        box.addLayout(_test_row(self.intellectmoney_button, self.intellectmoney_result))
        box.addWidget(self.keyring_label)
        box.addStretch(1)
        return _widget(box)

    def checker_section(self) -> QWidget:
        box = QVBoxLayout()
        note = QLabel(
            self.tr("Checker.uz sends the customer an electronic copy of the receipt (optional).")
        )
        note.setWordWrap(True)
        box.addWidget(note)
        form = QFormLayout()
        name = CredentialName.CHECKER_TOKEN
        form.addRow(translated("credentials", name.label) + ":", self.secrets[name])
        box.addLayout(form)
        box.addLayout(_test_row(self.checker_button, self.checker_result))
        box.addStretch(1)
        return _widget(box)

    def inshopper_section(self) -> QWidget:
        box = QVBoxLayout()
        note = QLabel(
            self.tr(
                "check.inshopper.ru takes receipts into promo campaigns (optional). The e-mail"
                " and password give the token when the connection is tested."
            )
        )
        note.setWordWrap(True)
        box.addWidget(note)
        form = QFormLayout()
        for name in (
            CredentialName.INSHOPPER_EMAIL,
            CredentialName.INSHOPPER_PASSWORD,
            CredentialName.INSHOPPER_TOKEN,
            CredentialName.INSHOPPER_USER_ID,
        ):
            form.addRow(translated("credentials", name.label) + ":", self.secrets[name])
        box.addLayout(form)
        box.addLayout(_test_row(self.inshopper_button, self.inshopper_result))
        box.addStretch(1)
        return _widget(box)

    def other_section(self) -> QWidget:
        form = QFormLayout()
        form.addRow(self.tr("IntellectMoney address:"), self.urls["intellectmoney_url"])
        form.addRow(self.tr("Checker.uz address:"), self.urls["checker_url"])
        form.addRow(self.tr("inshopper address:"), self.urls["inshopper_url"])
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Receipt width:"), self.width)
        form.addRow(self.tr("Printer:"), self.printer)
        form.addRow(self.tr("Fiscal data late after:"), self.late)
        return _widget(form)

    # --- reading and showing -------------------------------------------------------------

    def show_settings(self, settings: Settings) -> None:
        self._settings = settings
        self.roles = settings.roles
        self.inn.setText(settings.shop_inn)
        self.shop_name.setText(settings.shop_name)
        self.group.setText(settings.cashbox_group)
        _select(self.taxation, None if settings.taxation is None else int(settings.taxation))
        _select(self.vat, settings.default_vat)
        _select(self.subject, int(settings.default_payment_subject))
        self.country.set_code(settings.phone_country)
        self.invoice.setText(settings.invoice_id)
        for key, edit in self.urls.items():
            edit.setText(settings.value_text(key))
        _select(self.language, settings.language)
        _select(self.width, settings.receipt_width)
        self.printer.setText(settings.printer_name)
        self.late.setValue(settings.fiscal_data_late_minutes)

    @staticmethod
    def show_result(label: QLabel, text: str, *, ok: bool) -> None:
        """A test's outcome beside its button: green when it passed, red when not."""
        label.setText(text)
        label.setStyleSheet(OK_STYLE if ok else BAD_STYLE)

    @property
    def shown_settings(self) -> Settings:
        """The settings the form was filled from (the base for what is entered)."""
        return self._settings

    def read_keyring(self, done: Callable[[], None] | None = None) -> None:
        """Which credentials are set (never their values), in the background."""

        def shown(status: dict[CredentialName, bool]) -> None:
            if not shiboken6.isValid(self.keyring_label):
                return  # the screen closed meanwhile
            self.keyring_read = True
            self.keyring_problem = None
            self.keyring_label.hide()
            for name, field in self.secrets.items():
                field.set_stored(status[name])
            if done is not None:
                done()

        def failed(error: Exception) -> None:
            if not shiboken6.isValid(self.keyring_label):
                return
            self.keyring_read = True
            self.show_keyring_problem(error)
            if done is not None:
                done()

        self.tasks.run("read the keyring", credentials.status, shown, failed)

    def show_keyring_problem(self, error: Exception) -> None:
        self.keyring_problem = error_text(error) + "\n" + keyring_fix()
        self.keyring_label.setText(self.keyring_problem)
        self.keyring_label.show()
        for field in self.secrets.values():
            field.set_stored(None)

    def settings(self) -> Settings:
        """The settings as entered; ValidationError names the first wrong one."""
        values: dict[str, Any] = {
            "shop_inn": self.inn.text(),
            "shop_name": self.shop_name.text(),
            "cashbox_group": self.group.text(),
            "invoice_id": self.invoice.text(),
            "taxation": self.taxation.currentData(),
            "default_vat": self.vat.currentData(),
            "default_payment_subject": self.subject.currentData(),
            "phone_country": self.country.code(),
            "language": self.language.currentData(),
            "receipt_width": self.width.currentData(),
            "printer_name": self.printer.text(),
            "fiscal_data_late_minutes": self.late.value(),
            "roles": self.roles,
            **{key: edit.text() for key, edit in self.urls.items()},
        }
        settings = self._settings
        for key, value in values.items():
            settings = settings.with_value(key, value)
        return settings

    def changes(self) -> SetupChanges:
        """The settings and the credentials' changes to save; ValidationError for a bad one."""
        found: dict[CredentialName, CredentialChange] = {}
        for name, field in self.secrets.items():
            change = field.change()
            if change is not None:
                found[name] = change
        return SetupChanges(self.settings(), found)

    def field_for(self, key: str) -> QWidget | None:
        """The widget a setting is entered in (to put the cursor there after an error)."""
        widgets: dict[str, QWidget] = {
            "shop_inn": self.inn,
            "shop_name": self.shop_name,
            "cashbox_group": self.group,
            "invoice_id": self.invoice,
            "phone_country": self.country,
            "printer_name": self.printer,
            **self.urls,
        }
        return widgets.get(key)


def _result_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _test_row(button: QPushButton, label: QLabel) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(label, 1)
    return row


def _widget(layout: QFormLayout | QVBoxLayout | QHBoxLayout) -> QWidget:
    widget = QWidget()
    widget.setLayout(layout)
    return widget


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
