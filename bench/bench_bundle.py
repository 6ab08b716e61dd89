"""The bundle's size and start-up against a bundle of a bare PySide6 window built the same way.

Run: ``.venv/bin/python -m bench.bench_bundle [--runs 9] [--app-bundle dist/pos-app]``
(``make bench``). It builds, in this run, ``packaging/bare-window.spec`` (a bare QMainWindow,
same PyInstaller, same cuts) and ``packaging/pos-app.spec`` into ``build/bench/`` (or takes an
already built pos-app bundle with ``--app-bundle``), then prints:

- the size of each folder on disk and their ratio (goal: at most 1.2x);
- ``pos-app --smoke`` (production settings) against the bare window's ``--smoke``, both bundled:
  the median wall time from start to exit after the window's first paint, over paired
  alternating runs, and peak memory (goal: at most 1.3x);
- the same two programs from source (``python -m pos_app --smoke`` against
  ``python packaging/bare_window.py --smoke``).

Offscreen (QT_QPA_PLATFORM=offscreen), data folders in a temporary place. Printed, not asserted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE_GOAL = 1.2
START_GOAL = 1.3


def build(spec: str, name: str, work: Path) -> Path:
    """Build ``packaging/SPEC`` into ``work/dist/NAME`` and say how long it took."""
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "packaging" / spec),
        ],
        check=True,
        cwd=ROOT,
    )
    print(f"built {name} in {time.perf_counter() - started:.0f} s", flush=True)
    return work / "dist" / name


def folder_size(folder: Path) -> int:
    return sum(path.lstat().st_size for path in folder.rglob("*") if not path.is_dir())


def run_once(command: Sequence[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds to exit, and peak memory in KiB, of one `--smoke` run."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=ROOT
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    out = process.stdout.read() if process.stdout else b""
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0 or out.strip() != b"ok":
        raise SystemExit(f"{' '.join(command)} failed: exit {process.returncode}, {out!r}")
    return elapsed, usage.ru_maxrss


def compare(
    label: str, app: Sequence[str], bare: Sequence[str], runs: int, env: dict[str, str]
) -> float:
    """Paired, alternating runs (one warm-up each); prints medians and returns the ratio."""
    run_once(app, env)
    run_once(bare, env)
    app_times, bare_times, app_rss, bare_rss = [], [], [], []
    for _ in range(runs):
        elapsed, rss = run_once(bare, env)
        bare_times.append(elapsed)
        bare_rss.append(rss)
        elapsed, rss = run_once(app, env)
        app_times.append(elapsed)
        app_rss.append(rss)
    app_s, bare_s = statistics.median(app_times), statistics.median(bare_times)
    ratio = app_s / bare_s
    print(
        f"{label}: pos-app --smoke {app_s * 1000:.0f} ms, {max(app_rss) / 1024:.0f} MiB peak;"
        f" bare window {bare_s * 1000:.0f} ms, {max(bare_rss) / 1024:.0f} MiB peak;"
        f" ratio {ratio:.2f}x"
    )
    return ratio


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9, help="paired runs (default 9)")
    parser.add_argument(
        "--app-bundle", type=Path, help="an already built pos-app bundle folder (default: build)"
    )
    args = parser.parse_args()

    work = ROOT / "build" / "bench"
    shutil.rmtree(work, ignore_errors=True)
    bare = build("bare-window.spec", "bare-window", work)
    app = args.app_bundle.resolve() if args.app_bundle else build("pos-app.spec", "pos-app", work)

    app_size, bare_size = folder_size(app), folder_size(bare)
    size_ratio = app_size / bare_size
    print(
        f"size: pos-app {app_size / 1e6:.1f} MB, bare window {bare_size / 1e6:.1f} MB;"
        f" ratio {size_ratio:.2f}x (goal <= {SIZE_GOAL}x)"
    )

    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as folder:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "POS_APP_DATA_DIR": str(Path(folder) / "data"),
            "POS_APP_CONFIG_DIR": str(Path(folder) / "config"),
        }
        bundled = compare(
            "bundled",
            [str(app / "pos-app"), "--smoke"],
            [str(bare / "bare-window"), "--smoke"],
            args.runs,
            env,
        )
        print(f"  bundled start-up ratio {bundled:.2f}x (goal <= {START_GOAL}x)")
        source = compare(
            "from source",
            [sys.executable, "-m", "pos_app", "--smoke"],
            [sys.executable, str(ROOT / "packaging" / "bare_window.py"), "--smoke"],
            args.runs,
            env,
        )
        print(f"  from-source start-up ratio {source:.2f}x (goal <= {START_GOAL}x)")


if __name__ == "__main__":
    main()
