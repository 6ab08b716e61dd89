"""`pos-app catalog import|export|find` from a script's point of view."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pos_app.cli import main
from pos_app.cli.exit_codes import ExitCode
from tests.catalog.conftest import SMALL_SHOP


def test_a_catalog_file_imports_and_finds_its_products(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "shop.csv"
    source.write_text(SMALL_SHOP, encoding="utf-8")
    assert main(["catalog", "import", str(source)]) == ExitCode.OK
    assert "Imported 6 products (6 new, 0 updated)" in capsys.readouterr().out
    assert main(["catalog", "find", "мол", "--json"]) == ExitCode.OK
    found = json.loads(capsys.readouterr().out)
    assert [(p["code"], p["price"], p["barcodes"][0]) for p in found] == [
        ("1001", "89.90", "4601234567893")
    ]
    exported = tmp_path / "out.csv"
    assert main(["catalog", "export", str(exported)]) == ExitCode.OK
    assert exported.read_text(encoding="utf-8").count("\n") == 7


def test_bad_lines_are_listed_and_exit_2_while_good_lines_are_imported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "shop.csv"
    source.write_text("code;name;price;vat\n1;Чай;150;11\n2;Кофе;дорого;11\n", encoding="utf-8")
    assert main(["catalog", "import", str(source)]) == ExitCode.BAD_INPUT
    said = capsys.readouterr()
    assert "Imported 1 products" in said.out
    assert f"{source}:line 3, price: “дорого” is not a number" in said.err
    assert "Traceback" not in said.err


def test_a_file_that_is_not_utf8_or_not_there_is_bad_input_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "cp1251.csv"
    source.write_bytes("code;name;price;vat\n1;Чай;150;11\n".encode("cp1251"))
    assert main(["catalog", "import", str(source)]) == ExitCode.BAD_INPUT
    assert "line 2: not UTF-8" in capsys.readouterr().err
    assert main(["catalog", "import", str(tmp_path / "missing.csv")]) == ExitCode.BAD_INPUT
    assert "Cannot read" in capsys.readouterr().err
