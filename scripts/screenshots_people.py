"""Grab People and roles and the journal's detail pane (the cashier, the approval, the history
in words) in Russian, to docs/screenshots/people-roles-ru.png and
docs/screenshots/journal-history-ru.png, against the in-process sandbox.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots_people.py
"""

from __future__ import annotations

import dataclasses
import time
from decimal import Decimal

from screenshot_kit import OUT, russian_sandbox_till, wait_until

from pos_app.core.codes import PaymentType, ReceiptType, TaxationSystem, vat_rate
from pos_app.core.journal import ReceiptState
from pos_app.core.receipt import Payment, Position, Receipt
from pos_app.core.session import TillSession
from pos_app.core.shifts import Action, Role
from pos_app.qt.journal_view import JournalView
from pos_app.qt.people_section import PeopleSection
from pos_app.qt.setup_form import SetupForm
from pos_app.sandbox.till import open_sandbox_session


def shop_with_roles() -> TillSession:
    session = open_sandbox_session()
    session.settings = dataclasses.replace(session.settings, roles=True)
    session.journal.people.add("Ольга Смирнова", Role.ADMIN, "2468")
    session.journal.people.add("Анна Петрова", Role.CASHIER, "1357")
    session.journal.people.add("Игорь Васильев", Role.CASHIER, "8642")
    return session


def a_sale_and_its_refund(session: TillSession) -> int:
    session.shift_desk.open("Анна Петрова", "2000", "1357")
    receipt = Receipt(
        type=ReceiptType.SALE,
        inn=session.settings.shop_inn,
        group=session.settings.cashbox_group,
        positions=(Position("Хлеб бородинский", Decimal(1), Decimal("45.50"), vat_rate(11)),),
        payments=(Payment(PaymentType.CASH, Decimal(50)),),
        taxation=TaxationSystem.GENERAL,
    )
    sale = session.submit(receipt)
    while session.journal.get(sale).state is not ReceiptState.FISCALIZED:
        time.sleep(0.05)
    session.shift_desk.approve("Ольга Смирнова", "2468", Action.REFUND, sale)
    return sale


def main() -> None:
    with russian_sandbox_till(shop_with_roles) as (app, till, session):
        sale = a_sale_and_its_refund(session)

        form = SetupForm(till.tasks)
        form.roles = True
        section = PeopleSection(till, form)
        section.resize(760, 420)
        section.show()
        wait_until(app, lambda: len(section.people) == 3)
        section.list.setCurrentRow(0)
        app.processEvents()
        section.grab().save(str(OUT / "people-roles-ru.png"))

        view = JournalView(till)
        view.resize(1400, 800)
        view.show()
        wait_until(app, lambda: view.model.rowCount() == 1)
        view.table.selectRow(0)
        wait_until(app, lambda: view.record is not None and view.record.id == sale)
        app.processEvents()
        view.grab().save(str(OUT / "journal-history-ru.png"))
        view.close()
        section.close()


if __name__ == "__main__":
    main()
