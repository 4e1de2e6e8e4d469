"""智能识别 (issue 12 item 6): the share of pasted contacts split fully right (name, phone,
province, city, district, street, postcode) on the written sets in tests/address_cases.py,
and the time per paste against a floor measured in the same run: jionlp's parse_location
alone on the same texts (what the parser adds: phone, postcode, labels, name, segments).

    python bench/smart_address_bench.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from carrier_app.waybill.smart_address import _jionlp, parse_contact  # noqa: E402
from tests.address_cases import HELD_OUT, Case, cases  # noqa: E402

FIELDS = ("name", "phone", "province", "city", "district", "address", "postcode")


def share_right(items: list[Case]) -> tuple[int, int]:
    right = sum(all(getattr(parse_contact(c.text), f) == getattr(c, f) for f in FIELDS)
                for c in items)
    return right, len(items)


def per_paste(fn, texts: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for t in texts:
            fn(t)
        times.append((time.perf_counter() - start) / len(texts))
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    dev, held = cases(), HELD_OUT
    for name, items in (("development set", dev), ("held-out set", held)):
        right, total = share_right(items)
        print(f"{name:16} {right}/{total} fully right, name included ({right / total:.1%})")
    texts = [c.text for c in dev + held]
    jio = _jionlp()
    floor = per_paste(jio.parse_location, texts, args.runs)
    ours = per_paste(parse_contact, texts, args.runs)
    print(f"per paste: {ours * 1000:.2f} ms, {ours / floor:.2f}x jionlp.parse_location alone "
          f"({floor * 1000:.2f} ms)")


if __name__ == "__main__":
    main()
