#!/usr/bin/env bash
# Rebuild pos_app/qt/forms/ from the Qt Designer forms in ui/ and pos_app/qt/core_texts.py from
# the core's marked texts; with --translations also the Russian translation
# (resources/translations/pos_app_ru.ts → .qm): lupdate keeps what is already translated.
set -euo pipefail
cd "$(dirname "$0")/.."
for form in ui/*.ui; do
    name="$(basename "$form" .ui)"
    .venv/bin/pyside6-uic "$form" -o "pos_app/qt/forms/ui_${name}.py"
done
.venv/bin/python scripts/core_texts.py
if [[ "${1:-}" == "--translations" ]]; then
    .venv/bin/pyside6-lupdate -extensions py,ui pos_app ui -no-obsolete -ts resources/translations/pos_app_ru.ts
    .venv/bin/pyside6-lrelease resources/translations/pos_app_ru.ts -qm resources/translations/pos_app_ru.qm
fi
