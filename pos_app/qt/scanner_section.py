"""The "Scanner and scales" part of Settings: how fast a scan's keys come and how short a scan
may be, the scale labels' template, and a field to try a scan in, which says whether the keys
were taken as a scan and how a scale label reads, so a shop tunes them without guessing."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pos_app.core.catalog.scale import EAN13_LENGTH, WEIGHT_DIGITS, WeightUnit, read_scale_label
from pos_app.core.errors import ValidationError
from pos_app.core.money import format_quantity
from pos_app.core.scanning import SCAN_GAP_MS, SCAN_MIN_LENGTHS
from pos_app.core.settings import Settings
from pos_app.qt.messages import error_text
from pos_app.qt.scanner import ScannerFilter
from pos_app.qt.setup_form import BAD_STYLE, OK_STYLE
from pos_app.qt.translations import translated

TRY_STYLE = "font-size: 13pt;"


class ScannerSection(QWidget):
    """The fields; :meth:`applied` puts them into the settings being saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gap = _spin(SCAN_GAP_MS, self.tr(" ms"))
        self.min_length = _spin(SCAN_MIN_LENGTHS, self.tr(" characters"))
        self.prefixes = QLineEdit()
        self.prefixes.setPlaceholderText(self.tr("e.g. 20-29 or 21, 22"))
        self.weight_digits = _spin(WEIGHT_DIGITS, "")
        self.unit = QComboBox()
        for unit in WeightUnit:
            self.unit.addItem(translated("scale", unit.label), unit.value)
        self.layout_label = QLabel()
        self.layout_label.setWordWrap(True)
        self.try_line = QLineEdit()
        self.try_line.setObjectName("tryScan")
        self.try_line.setPlaceholderText(self.tr("scan a barcode or a scale label here"))
        self.try_line.setStyleSheet(TRY_STYLE)
        self.result = QLabel()
        self.result.setObjectName("tryScanResult")
        self.result.setWordWrap(True)
        self.result.setStyleSheet(TRY_STYLE)
        # Its own scanner, on this field only, timed by the fields above as they change.
        self.scanner = ScannerFilter(self)
        self.try_line.installEventFilter(self.scanner)
        self.scanner.scanned.connect(self._scanned)
        self.try_line.returnPressed.connect(self._typed)
        for spin in (self.gap, self.min_length, self.weight_digits):
            spin.valueChanged.connect(self._changed)
        self.prefixes.textChanged.connect(self._changed)
        self.unit.currentIndexChanged.connect(self._changed)
        self._build()
        self.show_settings(Settings())

    def _build(self) -> None:
        # One form: the scanner's and the scales' fields line up.
        form = QFormLayout()
        form.addRow(self.tr("Longest pause between a scan's keys:"), self.gap)
        form.addRow(self.tr("Shortest scan:"), self.min_length)
        form.addRow(self.tr("Scale label prefixes:"), self.prefixes)
        form.addRow(self.tr("Weight digits:"), self.weight_digits)
        form.addRow(self.tr("Weight in:"), self.unit)
        form.addRow(self.layout_label)
        about = QLabel(
            self.tr(
                "A scanner types a code's keys a few milliseconds apart and ends with Enter; a"
                " person types slower. Scale labels are set as in the shop's back office and"
                " its scales: the prefixes, the weight's digits and unit; the item code takes"
                " the digits between them."
            )
        )
        about.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(about)
        box.addLayout(form)
        box.addWidget(QLabel(self.tr("Try a scan here:")))
        box.addWidget(self.try_line)
        box.addWidget(self.result)
        box.addStretch(1)

    def show_settings(self, settings: Settings) -> None:
        self.gap.setValue(settings.scan_gap_ms)
        self.min_length.setValue(settings.scan_min_length)
        self.prefixes.setText(settings.scale_prefixes)
        self.weight_digits.setValue(settings.scale_weight_digits)
        self.unit.setCurrentIndex(max(0, self.unit.findData(settings.scale_weight_unit.value)))
        self._changed()

    def applied(self, settings: Settings) -> Settings:
        """``settings`` with this section's values; ValidationError names a wrong one."""
        values: dict[str, Any] = {
            "scan_gap_ms": self.gap.value(),
            "scan_min_length": self.min_length.value(),
            "scale_prefixes": self.prefixes.text(),
            "scale_weight_digits": self.weight_digits.value(),
            "scale_weight_unit": self.unit.currentData(),
        }
        return dataclasses.replace(settings, **values)

    def field_for(self, key: str) -> QWidget | None:
        """The widget a setting is entered in (to put the cursor there after an error)."""
        return self.prefixes if key == "scale_prefixes" else None

    # --- trying ----------------------------------------------------------------------------

    def _changed(self) -> None:
        """The scanner timed as now set, the label's layout said (or what is wrong with it)."""
        self.scanner.gap = self.gap.value() / 1000
        self.scanner.min_length = self.min_length.value()
        try:
            template = self.applied(Settings()).scale_template
        except ValidationError as error:
            self.layout_label.setText(error_text(error))
            self.layout_label.setStyleSheet(BAD_STYLE)
            return
        self.layout_label.setStyleSheet("")
        self.layout_label.setText(
            self.tr(
                "A label: prefix {prefix} digits, item code {item}, weight {weight}, check"
                " digit: {total} digits."
            ).format(
                prefix=template.prefix_length,
                item=template.item_digits,
                weight=template.weight_digits,
                total=EAN13_LENGTH,
            )
        )

    def _scanned(self, code: str) -> None:
        lines = [self.tr("Taken as a scan: {code}.").format(code=code)]
        try:
            label = read_scale_label(code, self.applied(Settings()).scale_template)
        except ValidationError:
            label = None  # the template's problem is said under its fields
        if label is not None:
            lines.append(
                self.tr("A scale label: product code {item}, weight {weight} kg.").format(
                    item=label.item_code, weight=format_quantity(label.weight)
                )
            )
        else:
            lines.append(self.tr("Not a scale label by these settings: a barcode."))
        self._say("\n".join(lines), ok=True)

    def _typed(self) -> None:
        text = self.try_line.text()
        self.try_line.clear()
        if text:
            self._say(
                self.tr(
                    "Taken as typing: {text}. The keys came more than {gap} ms apart, or were"
                    " fewer than {length}."
                ).format(text=text, gap=self.gap.value(), length=self.min_length.value()),
                ok=False,
            )

    def _say(self, text: str, *, ok: bool) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(TRY_STYLE + (OK_STYLE if ok else BAD_STYLE))


def _spin(values: range, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(values.start, values.stop - 1)
    spin.setSuffix(suffix)
    return spin


def scanner_tab_title() -> str:
    return QCoreApplication.translate("ScannerSection", "Scanner and scales")
