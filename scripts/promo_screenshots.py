"""Grab the promo panel to docs/screenshots/promo-ru.png, in Russian, against the in-process
sandbox: sales fiscalized, then entered in the demo campaigns (one accepted, one rejected as a
duplicate, a photo of a paper receipt accepted).

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/promo_screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from journal_screenshots import PIECE, receipt
from PIL import Image
from PySide6.QtWidgets import QMainWindow
from screenshot_kit import OUT, russian_sandbox_till, wait_until

from pos_app.core.codes import PaymentType, ReceiptType
from pos_app.core.journal import ReceiptState
from pos_app.qt.promo_dialog import PromoDialog


def main() -> int:
    with russian_sandbox_till() as (app, till, session):
        sales = [
            receipt(
                session,
                ReceiptType.SALE,
                [
                    ("Шоколад молочный, 90 г", "3", "119.00", PIECE),
                    ("Пакет-майка", "1", "5.00", PIECE),
                ],
                [(PaymentType.ELECTRONIC, "362.00")],
            ),
            receipt(
                session,
                ReceiptType.SALE,
                [("Кофе молотый, 250 г", "1", "459.00", PIECE)],
                [(PaymentType.CASH, "500.00")],
            ),
        ]
        ids = [session.submit(sold) for sold in sales]
        wait_until(
            app, lambda: all(session.journal.get(i).state is ReceiptState.FISCALIZED for i in ids)
        )
        promos = session.promos
        with tempfile.TemporaryDirectory() as folder:
            photo = Path(folder) / "paper.jpg"
            Image.new("RGB", (900, 1400), (245, 244, 240)).save(photo, "JPEG")
            made = [
                promos.submit_receipt(ids[0], 1, "C-1042"),
                promos.submit_receipt(ids[1], 2),
                promos.submit_receipt(ids[1], 2),
                promos.submit_photo(photo, 1),
            ]
            wait_until(app, lambda: all(promos.get(s.id).state.is_final for s in made), 30)

        window = QMainWindow()
        window.resize(1200, 800)
        window.show()
        dialog = PromoDialog(till, session.journal.get(ids[1]), window)
        dialog.resize(1000, 720)
        dialog.show()
        wait_until(app, lambda: dialog.campaign_table.rowCount() == 2)
        wait_until(app, lambda: dialog.submission_table.rowCount() == len(made))
        dialog.campaign_table.selectRow(1)
        dialog.external_edit.setText("C-2077")
        wait_until(app, lambda: False, 0.5)
        dialog.grab().save(str(OUT / "promo-ru.png"))
        dialog.close()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
