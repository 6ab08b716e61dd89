"""Every amount and quantity the core puts into a message goes under a name the window knows
to write in its language (i18n.AMOUNT_PARAMS, QUANTITY_PARAMS), and every such name is used:
read from the core's source, so a new message with ``due=format_money(...)`` fails here
rather than showing "31.00" in the Russian window."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from pos_app.core.i18n import AMOUNT_PARAMS, QUANTITY_PARAMS

CORE = Path(__file__).resolve().parents[2] / "pos_app" / "core"
# How the core writes each kind of number into a message.
WRITERS = {"format_money": AMOUNT_PARAMS, "plain_quantity": QUANTITY_PARAMS}


def numbers_in_messages() -> Iterator[tuple[str, str, str]]:
    """(writer, parameter name, where) for each keyword argument written by a writer."""
    for path in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.keyword) and isinstance(node.value, ast.Call)):
                continue
            function = node.value.func
            name = function.id if isinstance(function, ast.Name) else getattr(function, "attr", "")
            if name in WRITERS and node.arg is not None:
                yield name, node.arg, f"{path.name}:{node.lineno}"


def test_amounts_and_quantities_go_under_names_the_window_writes_in_its_language() -> None:
    found = list(numbers_in_messages())
    assert found, "no amount or quantity found in the core's messages: is the scan broken?"
    wrong = [
        f"{where}: {param}={writer}(...)"
        for writer, param, where in found
        if param not in WRITERS[writer]
    ]
    assert not wrong, "add these names to i18n.AMOUNT_PARAMS or QUANTITY_PARAMS: " + str(wrong)


def test_every_name_the_window_writes_as_a_number_is_used() -> None:
    used = {param for _, param, _ in numbers_in_messages()}
    assert used >= AMOUNT_PARAMS | QUANTITY_PARAMS


def test_no_name_is_both_an_amount_and_a_quantity() -> None:
    assert not AMOUNT_PARAMS & QUANTITY_PARAMS
