#!/usr/bin/env bash
# Measures what each cut of packaging/bundle_cuts.py saves: builds the bundle with no cuts, then
# adds one cut at a time (in CUTS order) and prints the folder's size and its .tar.gz after each.
#   packaging/measure-cuts.sh          (after make setup; 8 builds, 4 minutes on 2 quiet cores, far more on busy ones)
# Builds go to build/cuts/ (one work folder: only the `modules` cut repeats the analysis).
set -euo pipefail
cd "$(dirname "$0")/.."
cuts=$(.venv/bin/python -c 'import sys; sys.path.insert(0, "packaging"); import bundle_cuts; print(" ".join(bundle_cuts.CUTS))')
applied=none
printf '%-52s %10s %10s\n' "cuts applied" "folder MB" "tar.gz MB"
for cut in start $cuts; do
  [ "$cut" = start ] || applied=$([ "$applied" = none ] && echo "$cut" || echo "$applied,$cut")
  POS_APP_BUNDLE_CUTS=$applied .venv/bin/python -m PyInstaller --noconfirm --log-level ERROR \
    --distpath build/cuts/dist --workpath build/cuts/work packaging/pos-app.spec
  folder=$(du -sm build/cuts/dist/pos-app | cut -f1)
  packed=$(tar -C build/cuts/dist -czf - pos-app | wc -c)
  printf '%-52s %10s %10s\n' "$applied" "$folder" "$((packed / 1000000))"
done
