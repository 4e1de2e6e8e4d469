"""tools/merge_ts.py folds a branch's .ts into the one per language: every translation kept,
a finished one fills an unfinished one, two different ones for the same string refused."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("merge_ts", ROOT / "tools" / "merge_ts.py")
assert spec and spec.loader
merge_ts = importlib.util.module_from_spec(spec)
spec.loader.exec_module(merge_ts)


def ts(path: Path, *messages: tuple[str, str, str | None]) -> Path:
    body = "".join(
        f"<context><name>{ctx}</name><message><source>{src}</source>"
        + (f"<translation>{tr}</translation>" if tr else
           '<translation type="unfinished"></translation>')
        + "</message></context>" for ctx, src, tr in messages)
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?><TS version="2.1" '
                    f'language="zh_CN">{body}</TS>', encoding="utf-8")
    return path


def table(path: Path) -> dict[tuple[str, str], str | None]:
    return {(c.findtext("name"), m.findtext("source")): m.findtext("translation")
            for c in ET.parse(path).iter("context") for m in c.iter("message")}


def test_fold_keeps_every_translation(tmp_path):
    target = ts(tmp_path / "carrier_app_zh_CN.ts", ("A", "Print", "打印"), ("A", "Queue", None))
    branch = ts(tmp_path / "printing_zh_CN.ts", ("A", "Queue", "队列"), ("B", "Reprint", "补打"),
                ("A", "Print", "打印"))
    assert merge_ts.merge(target, [branch]) == []
    assert table(target) == {("A", "Print"): "打印", ("A", "Queue"): "队列",
                             ("B", "Reprint"): "补打"}


def test_two_translations_of_one_string_are_a_conflict(tmp_path):
    target = ts(tmp_path / "carrier_app_zh_CN.ts", ("A", "Print", "打印"))
    before = target.read_bytes()
    branch = ts(tmp_path / "shifts_zh_CN.ts", ("A", "Print", "列印"))
    conflicts = merge_ts.merge(target, [branch])
    assert len(conflicts) == 1 and "列印" in conflicts[0]
    assert target.read_bytes() == before  # nothing written
