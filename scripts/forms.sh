#!/usr/bin/env bash
# Rebuild pos_app/qt/forms/ from the Qt Designer forms in ui/ and pos_app/qt/core_texts.py from
# the core's marked texts; with --translations also the Russian translation
# (resources/translations/pos_app_ru.ts → .qm) and English's plural forms (pos_app_en.ts: only the
# texts with a count, "%n receipt(s)" → "1 receipt", "2 receipts"): lupdate keeps what is already
# translated.
set -euo pipefail
cd "$(dirname "$0")/.."
for form in ui/*.ui; do
    name="$(basename "$form" .ui)"
    .venv/bin/pyside6-uic "$form" -o "pos_app/qt/forms/ui_${name}.py"
    # Only the Qt names the form uses: each one imported costs the window's start.
    .venv/bin/python scripts/form_imports.py "pos_app/qt/forms/ui_${name}.py"
done
.venv/bin/python scripts/core_texts.py
if [[ "${1:-}" == "--translations" ]]; then
    .venv/bin/pyside6-lupdate -extensions py,ui pos_app ui -no-obsolete -ts resources/translations/pos_app_ru.ts
    .venv/bin/pyside6-lupdate -extensions py,ui pos_app ui -no-obsolete -pluralonly \
        -target-language en -ts resources/translations/pos_app_en.ts
    for language in ru en; do
        .venv/bin/pyside6-lrelease "resources/translations/pos_app_${language}.ts" \
            -qm "resources/translations/pos_app_${language}.qm"
    done
fi
