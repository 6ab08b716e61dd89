"""Reports a shop owner reads at a glance: a day or any period of fiscalized receipts, by
receipt type, payment form, VAT rate, hour and cashier, as figures, tables and CSV."""

from pos_app.core.reports.csv_export import CSV_DELIMITER, Translate, csv_rows, write_csv
from pos_app.core.reports.figures import CashierTotal, HourTotal, PeriodFigures, Unfinished
from pos_app.core.reports.summary import PeriodSummary, period_summary

__all__ = [
    "CSV_DELIMITER",
    "CashierTotal",
    "HourTotal",
    "PeriodFigures",
    "PeriodSummary",
    "Translate",
    "Unfinished",
    "csv_rows",
    "period_summary",
    "write_csv",
]
