"""The bundle's size and start-up against a bundle of a bare PySide6 window built the same way.

Run: ``.venv/bin/python -m bench.bench_bundle [--runs 9] [--app-bundle dist/pos-app]
[--source-only]`` (``make bench``). It builds, in this run, ``packaging/bare-window.spec`` (a bare
QMainWindow, same PyInstaller, same cuts) and ``packaging/pos-app.spec`` into ``build/bench/`` (or
takes an already built pos-app bundle with ``--app-bundle``), then prints:

- the size of each folder on disk and their ratio (goal: at most 1.2x);
- ``pos-app --smoke`` (production settings) against the bare window's ``--smoke``, both bundled:
  the median wall time from start to ``ok`` (both print it once their window is painted: the
  start-up, goal at most 1.3x) and to exit (pos-app closes its session in order first), over
  paired alternating runs, and peak memory;
- the same two programs from source (``python -m pos_app --smoke`` against
  ``python packaging/bare_window.py --smoke``); ``--source-only`` measures only these and builds
  nothing.

Offscreen (QT_QPA_PLATFORM=offscreen), data folders in a temporary place. From source, both
programs start from compiled bytecode, as an installed one does (a bundle carries it): the
warm-up run writes it to a temporary ``PYTHONPYCACHEPREFIX`` even where
``PYTHONDONTWRITEBYTECODE`` is set, which would otherwise have every start compile the app's
modules again (about 40 ms here). Printed, not asserted.
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
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Run:
    """One `--smoke` run: wall seconds to its ``ok`` (the window painted) and to its exit, and
    its peak memory in KiB."""

    painted: float
    exited: float
    rss: int


def run_once(command: Sequence[str], env: dict[str, str]) -> Run:
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=ROOT
    )
    assert process.stdout is not None
    first = process.stdout.readline()
    painted = time.perf_counter() - started
    _, status, usage = os.wait4(process.pid, 0)
    exited = time.perf_counter() - started
    out = first + process.stdout.read()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0 or out.strip() != b"ok":
        raise SystemExit(f"{' '.join(command)} failed: exit {process.returncode}, {out!r}")
    return Run(painted, exited, usage.ru_maxrss)


def compare(
    label: str, app: Sequence[str], bare: Sequence[str], runs: int, env: dict[str, str]
) -> float:
    """Paired, alternating runs (one warm-up each); prints medians and returns the start-up
    ratio (to the painted window)."""
    run_once(app, env)
    run_once(bare, env)
    app_runs: list[Run] = []
    bare_runs: list[Run] = []
    for _ in range(runs):
        bare_runs.append(run_once(bare, env))
        app_runs.append(run_once(app, env))

    def median_ms(of: list[Run], field: str) -> float:
        return float(statistics.median(getattr(run, field) for run in of)) * 1000

    ratio = median_ms(app_runs, "painted") / median_ms(bare_runs, "painted")
    for field, what in (("painted", "to the painted window"), ("exited", "to exit")):
        app_ms, bare_ms = median_ms(app_runs, field), median_ms(bare_runs, field)
        print(
            f"{label}, {what}: pos-app --smoke {app_ms:.0f} ms, bare window {bare_ms:.0f} ms;"
            f" ratio {app_ms / bare_ms:.2f}x"
        )
    print(
        f"{label}, peak memory: pos-app {max(run.rss for run in app_runs) / 1024:.0f} MiB,"
        f" bare window {max(run.rss for run in bare_runs) / 1024:.0f} MiB"
    )
    return ratio


def from_source(runs: int, env: dict[str, str]) -> None:
    source = compare(
        "from source",
        [sys.executable, "-m", "pos_app", "--smoke"],
        [sys.executable, str(ROOT / "packaging" / "bare_window.py"), "--smoke"],
        runs,
        env,
    )
    print(f"  from-source start-up ratio {source:.2f}x (goal <= {START_GOAL}x)")


@contextmanager
def smoke_environment() -> Iterator[dict[str, str]]:
    """Offscreen, with the app's data and settings, and the bytecode, in a temporary folder."""
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as folder:
        inherited = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        yield {
            **inherited,
            "QT_QPA_PLATFORM": "offscreen",
            "POS_APP_DATA_DIR": str(Path(folder) / "data"),
            "POS_APP_CONFIG_DIR": str(Path(folder) / "config"),
            "PYTHONPYCACHEPREFIX": str(Path(folder) / "bytecode"),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9, help="paired runs (default 9)")
    parser.add_argument(
        "--app-bundle", type=Path, help="an already built pos-app bundle folder (default: build)"
    )
    parser.add_argument(
        "--source-only", action="store_true", help="only the from-source start-up; no build"
    )
    args = parser.parse_args()
    if args.source_only:
        with smoke_environment() as env:
            from_source(args.runs, env)
        return

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

    with smoke_environment() as env:
        bundled = compare(
            "bundled",
            [str(app / "pos-app"), "--smoke"],
            [str(bare / "bare-window"), "--smoke"],
            args.runs,
            env,
        )
        print(f"  bundled start-up ratio {bundled:.2f}x (goal <= {START_GOAL}x)")
        from_source(args.runs, env)


if __name__ == "__main__":
    main()
