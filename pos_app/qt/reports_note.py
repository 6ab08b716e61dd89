"""The reports' note on receipts made in the period and not fiscalized yet, written as a
sentence with the right plural forms (Qt's numerus translation; English has its own small
translation of these forms, resources/translations/pos_app_en.ts)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from pos_app.core.reports.summary import PeriodSummary
from pos_app.core.reports.tables import Money


class UnfinishedNote(QObject):
    """Made where it is needed (the window, or the PDF on a worker thread): no parent."""

    def text(self, summary: PeriodSummary, money: Money) -> str | None:
        """The note, or None when every receipt of the period is fiscalized."""
        unfinished = summary.unfinished
        count, person = unfinished.count, unfinished.for_a_person
        if not count:
            return None
        head = self.tr(
            "%n receipt(s) for {amount} ₽ not fiscalized yet and not in this report", "", count
        ).format(amount=money(unfinished.total))
        if not person:
            return f"{head}."
        if person == count:
            return self.tr("{head}; waiting for a person's decision (F8).", "", count).format(
                head=head
            )
        return self.tr(
            "{head}; %n of them wait(s) for a person's decision (F8).", "", person
        ).format(head=head)
