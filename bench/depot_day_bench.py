"""`make bench` runs bench/*_bench.py: the depot-day load test is bench/depot_day.py."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from depot_day import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
