"""Start-up benchmark (issue #12 item 8): from launch to the login window shown, against a bare
PySide6 window (QApplication + QWidget) shown by the same Python, in the same run, offscreen.
Both processes exit as soon as their window is shown (the app through CARRIER_EXIT_ON_SHOW), so
the time is launch → first window. One untimed warm-up start creates the database and the
compiled translations, as a workstation has them after its first start. Prints the medians and
the ratio. Goal: <= 2x the bare window.

    python bench/startup_bench.py [--runs 7] [--lang zh_CN]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = """
import os
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget()
w.show()
QTimer.singleShot(0, lambda: os._exit(0))
app.exec()
"""


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    p = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - start
    if p.returncode != 0:
        raise SystemExit(f"{cmd} failed ({p.returncode}):\n{p.stderr}")
    return elapsed


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--lang", default="zh_CN")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CARRIER_DATA_DIR=tmp,
                   CARRIER_DB_URL=f"sqlite:///{tmp}/carrier.db", CARRIER_LANG=args.lang,
                   XDG_CONFIG_HOME=tmp, CARRIER_EXIT_ON_SHOW="1")
        env.pop("CARRIER_USER", None)
        app = [sys.executable, "-m", "carrier_app"]
        bare = [sys.executable, "-c", BARE]
        # Warm-up: a first start creates and seeds the database (as `demo` does) and compiles
        # the translations; later starts are what a shift sees.
        timed(app + ["demo"], env)
        timed(app, env)
        timed(bare, env)
        app_times, bare_times = [], []
        for _ in range(args.runs):  # interleaved: both see the same machine load
            bare_times.append(timed(bare, env))
            app_times.append(timed(app, env))
    b, a = statistics.median(bare_times), statistics.median(app_times)
    print(f"bare PySide6 window : median {b * 1000:7.0f} ms over {args.runs} runs")
    print(f"carrier_app log-in  : median {a * 1000:7.0f} ms over {args.runs} runs")
    print(f"ratio app / bare    : {a / b:.2f}x  (goal <= 2x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
