"""The files generated from ui/ and the core's texts match their sources."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_forms_match_their_designer_files(tmp_path: Path) -> None:
    uic = Path(sys.executable).parent / "pyside6-uic"
    for form in sorted((ROOT / "ui").glob("*.ui")):
        built = tmp_path / f"ui_{form.stem}.py"
        subprocess.run([str(uic), str(form), "-o", str(built)], check=True)
        trim = ROOT / "scripts" / "form_imports.py"
        subprocess.run([sys.executable, str(trim), str(built)], check=True)
        committed = ROOT / "pos_app" / "qt" / "forms" / built.name
        assert committed.read_text() == built.read_text(), f"run scripts/forms.sh for {form.name}"


def test_core_texts_are_up_to_date() -> None:
    check = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "core_texts.py"), "--check"], check=False
    )
    assert check.returncode == 0, "run scripts/forms.sh --translations"
