"""The promo panel (check.inshopper.ru): the account, its campaigns with limits and rules, the
last receipt (or one chosen in the journal) or a photo of a paper receipt submitted with the
customer's optional external id, and the submissions with their states and reasons in words,
refreshed from the till's events. The core writes, sends and follows; this is a view."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.core.credentials import Secret
from pos_app.core.journal import PromoState, PromoSubmission, ReceiptRecord, ReceiptState
from pos_app.core.services.inshopper import Campaign
from pos_app.core.session import TillSession
from pos_app.core.workflow import Event, PromoChanged
from pos_app.qt.focus_ring import ring_on
from pos_app.qt.messages import error_text
from pos_app.qt.promo_submission_text import what_text, why_text
from pos_app.qt.till import Till
from pos_app.qt.translations import translated

ERROR_STYLE = "color: #b00020;"
NUMBER, WHAT, CAMPAIGN, STATE, REASON = range(5)
_STATE_COLOURS = {PromoState.GOOD: "#1b5e20", PromoState.REJECTED: "#b00020"}


@dataclass(frozen=True)
class Overview:
    """What the panel shows, read in the background."""

    logged_in: bool
    email: str
    user_id: str
    submissions: tuple[PromoSubmission, ...]


def _overview(session: TillSession) -> Overview:
    account = session.promos.account
    return Overview(account.logged_in, account.email, account.user_id, session.promos.recent())


class PromoDialog(QDialog):
    def __init__(
        self, till: Till, record: ReceiptRecord | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        ring_on(self)
        self.till = till
        self.record = record
        self.campaigns: tuple[Campaign, ...] = ()
        self.submissions: tuple[PromoSubmission, ...] = ()
        self.setWindowTitle(self.tr("Promo campaigns"))
        self.resize(900, 640)

        layout = QVBoxLayout(self)
        layout.addWidget(self._build_account())
        layout.addWidget(self._build_campaigns(), 1)
        layout.addWidget(self._build_submit())
        layout.addWidget(self._build_submissions(), 2)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("promoMessage")
        layout.addWidget(self.message)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)

        till.happened.connect(self._on_event)
        self.refresh()

    # --- building --------------------------------------------------------------------------

    def _build_account(self) -> QGroupBox:
        box = QGroupBox(self.tr("Account"))
        self.account_label = QLabel()
        self.email_edit = QLineEdit()
        self.email_edit.setMinimumWidth(220)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.user_edit = QLineEdit()
        self.user_edit.setMaximumWidth(120)
        self.login_button = QPushButton(self.tr("&Log in"))
        self.login_button.clicked.connect(self.log_in)
        form = QHBoxLayout(box)
        form.addWidget(self.account_label, 1)
        for label, widget in (
            (self.tr("E-mail:"), self.email_edit),
            (self.tr("Password:"), self.password_edit),
            (self.tr("User id:"), self.user_edit),
        ):
            form.addWidget(QLabel(label))
            form.addWidget(widget)
        form.addWidget(self.login_button)
        return box

    def _build_campaigns(self) -> QGroupBox:
        box = QGroupBox(self.tr("Active campaigns"))
        self.campaign_table = _table(
            [self.tr("No."), self.tr("Campaign"), self.tr("Limit")], stretch=1
        )
        self.campaign_table.itemSelectionChanged.connect(self._show_description)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.refresh_button.clicked.connect(self.load_campaigns)
        layout = QVBoxLayout(box)
        layout.addWidget(self.campaign_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.description, 1)
        row.addWidget(self.refresh_button)
        layout.addLayout(row)
        return box

    def _build_submit(self) -> QGroupBox:
        box = QGroupBox(self.tr("Submit"))
        self.external_edit = QLineEdit()
        self.external_edit.setPlaceholderText(self.tr("optional: the customer's id at the bank"))
        self.receipt_button = QPushButton()
        self.receipt_button.clicked.connect(self.submit_receipt)
        self.photo_button = QPushButton(self.tr("Submit a &photo…"))
        self.photo_button.clicked.connect(self.choose_photo)
        form = QFormLayout()
        form.addRow(self.tr("External id:"), self.external_edit)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.receipt_button)
        row.addWidget(self.photo_button)
        row.addStretch(1)
        layout.addLayout(row)
        self._show_receipt()
        return box

    def _build_submissions(self) -> QGroupBox:
        box = QGroupBox(self.tr("Submissions"))
        self.submission_table = _table(
            [
                self.tr("No."),
                self.tr("What"),
                self.tr("Campaign"),
                self.tr("State"),
                self.tr("Why"),
            ],
            stretch=REASON,
        )
        self.submission_table.setWordWrap(True)
        self.again_button = QPushButton(self.tr("Send &again"))
        self.again_button.setToolTip(
            self.tr(
                "Only when the campaign does not show it: the service may already have it, and"
                " a second upload is rejected as a duplicate."
            )
        )
        self.again_button.clicked.connect(self.send_again)
        self.submission_table.itemSelectionChanged.connect(self._enable_again)
        layout = QVBoxLayout(box)
        layout.addWidget(self.submission_table)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.again_button)
        layout.addLayout(row)
        self._enable_again()
        return box

    # --- actions ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self.till.run("promo overview", _overview, self._show_overview, self._failed)

    def load_campaigns(self) -> None:
        self.refresh_button.setEnabled(False)
        self.till.run(
            "promo campaigns",
            lambda session: session.promos.campaigns(),
            self._show_campaigns,
            self._campaigns_failed,
        )

    def log_in(self) -> None:
        email = self.email_edit.text().strip()
        password = self.password_edit.text()
        user_id = self.user_edit.text().strip()
        self.login_button.setEnabled(False)

        def job(session: TillSession) -> Overview:
            session.promos.login(email or None, Secret(password) if password else None, user_id)
            return _overview(session)

        self.till.run("promo login", job, self._logged_in, self._login_failed)

    def submit_receipt(self) -> None:
        record = self.record
        campaign = self.campaign()
        if record is None or campaign is None:
            self._say(self.tr("Choose a campaign first."), error=True)
            return
        external = self.external_edit.text()
        self.till.run(
            "promo submit receipt",
            lambda session: session.promos.submit_receipt(record.id, campaign.id, external),
            self._submitted,
            self._failed,
        )

    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("A photo of the receipt"), "", self.tr("JPEG pictures (*.jpg *.jpeg)")
        )
        if path:
            self.submit_photo(Path(path))

    def submit_photo(self, path: Path) -> None:
        campaign = self.campaign()
        if campaign is None:
            self._say(self.tr("Choose a campaign first."), error=True)
            return
        external = self.external_edit.text()
        self.till.run(
            "promo submit photo",
            lambda session: session.promos.submit_photo(path, campaign.id, external),
            self._submitted,
            self._failed,
        )

    def send_again(self) -> None:
        chosen = self.chosen_submission()
        if chosen is None:
            return
        self.till.run(
            "promo send again",
            lambda session: session.promos.send_again(chosen.id),
            self._submitted,
            self._failed,
        )

    def campaign(self) -> Campaign | None:
        rows = self.campaign_table.selectionModel().selectedRows()
        return self.campaigns[rows[0].row()] if rows else None

    def chosen_submission(self) -> PromoSubmission | None:
        rows = self.submission_table.selectionModel().selectedRows()
        return self.submissions[rows[0].row()] if rows else None

    # --- outcomes --------------------------------------------------------------------------

    def _show_overview(self, overview: Overview) -> None:
        if not shiboken6.isValid(self):
            return
        if overview.logged_in:
            self.account_label.setText(
                self.tr("Logged in as {email}.").format(email=overview.email or "—")
            )
        else:
            self.account_label.setText(self.tr("Not logged in."))
        if not self.email_edit.text():
            self.email_edit.setText(overview.email)
        if not self.user_edit.text():
            self.user_edit.setText(overview.user_id)
        self._show_submissions(overview.submissions)
        if overview.logged_in and not self.campaigns:
            self.load_campaigns()

    def _logged_in(self, overview: Overview) -> None:
        if not shiboken6.isValid(self):
            return
        self.login_button.setEnabled(True)
        self.password_edit.clear()
        self._say(self.tr("Logged in; the token is kept in the OS keyring."))
        self.campaigns = ()
        self._show_overview(overview)

    def _login_failed(self, error: Exception) -> None:
        if shiboken6.isValid(self):
            self.login_button.setEnabled(True)
            self._failed(error)

    def _show_campaigns(self, campaigns: tuple[Campaign, ...]) -> None:
        if not shiboken6.isValid(self):
            return
        self.refresh_button.setEnabled(True)
        self.campaigns = campaigns
        table = self.campaign_table
        table.setRowCount(len(campaigns))
        for row, campaign in enumerate(campaigns):
            limit = self.tr("no limit") if not campaign.limit else str(campaign.limit)
            for column, text in enumerate((str(campaign.id), campaign.name, limit)):
                table.setItem(row, column, QTableWidgetItem(text))
        if campaigns:
            table.selectRow(0)
        else:
            self.description.setText(self.tr("The account has no active campaigns."))

    def _campaigns_failed(self, error: Exception) -> None:
        if shiboken6.isValid(self):
            self.refresh_button.setEnabled(True)
            self._failed(error)

    def _show_description(self) -> None:
        campaign = self.campaign()
        self.description.setText("" if campaign is None else campaign.description)
        self._show_receipt()

    def _show_receipt(self) -> None:
        record = self.record
        usable = record is not None and record.state is ReceiptState.FISCALIZED
        if record is None:
            self.receipt_button.setText(self.tr("Submit the &receipt (none yet)"))
        else:
            self.receipt_button.setText(self.tr("Submit &receipt {id}").format(id=record.id))
        self.receipt_button.setEnabled(usable)

    def _submitted(self, submission: PromoSubmission) -> None:
        if shiboken6.isValid(self):
            self._say(
                self.tr("Submission {id} is in the journal; it is sent and followed.").format(
                    id=submission.id
                )
            )
            self.external_edit.clear()

    def _on_event(self, event: Event) -> None:
        if isinstance(event, PromoChanged) and shiboken6.isValid(self):
            self.refresh()

    def _show_submissions(self, submissions: tuple[PromoSubmission, ...]) -> None:
        chosen = self.chosen_submission()
        self.submissions = submissions
        table = self.submission_table
        table.setRowCount(len(submissions))
        for row, submission in enumerate(submissions):
            texts = (
                str(submission.id),
                what_text(submission),
                str(submission.campaign_id),
                translated("journal", submission.state.label),
                why_text(submission),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column == STATE and submission.state in _STATE_COLOURS:
                    item.setForeground(Qt.GlobalColor.white)
                    item.setBackground(QColor(_STATE_COLOURS[submission.state]))
                table.setItem(row, column, item)
            if chosen is not None and chosen.id == submission.id:
                table.selectRow(row)
        table.resizeRowsToContents()
        self._enable_again()

    def _enable_again(self) -> None:
        chosen = self.chosen_submission()
        self.again_button.setEnabled(
            chosen is not None and chosen.state in (PromoState.UNKNOWN, PromoState.ERROR)
        )

    def _failed(self, error: Exception) -> None:
        if shiboken6.isValid(self):
            self._say(error_text(error), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)


def _table(headers: list[str], stretch: int) -> QTableWidget:
    """A read-only table of whole rows; column ``stretch`` takes the width left."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table
