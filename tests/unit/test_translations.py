"""One .ts per language; every string the UI marks for translation has a finished Simplified
Chinese translation in it, and it compiles with Qt's lrelease."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
TOOLS = Path(sys.executable).parent


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            out[(name, msg.findtext("source") or "")] = msg.find("translation")
    return out


def test_every_marked_string_has_a_finished_translation(tmp_path):
    scanned = tmp_path / "all.ts"
    sources = sorted(str(p) for p in (ROOT / "carrier_app" / "ui").rglob("*.py"))
    subprocess.run([str(TOOLS / "pyside6-lupdate"), *sources, "-ts", str(scanned)],
                   check=True, capture_output=True)
    wanted = set(messages(scanned))
    have = messages(TRANSLATIONS / "carrier_app_zh_CN.ts")
    missing = sorted(k for k in wanted if k not in have)
    unfinished = sorted(k for k in wanted if k in have and (
        have[k].get("type") == "unfinished" or not (have[k].text or "").strip()))
    assert not missing, f"untranslated (context, source): {missing[:20]}"
    assert not unfinished, f"unfinished translations: {unfinished[:20]}"


def test_one_ts_file_per_language():
    # Another branch's <branch>_zh_CN.ts is folded in with `make translations`.
    assert sorted(p.name for p in TRANSLATIONS.glob("*.ts")) == ["carrier_app_zh_CN.ts"]


def test_every_message_in_the_ts_file_is_finished():
    for (context, source), tr in messages(TRANSLATIONS / "carrier_app_zh_CN.ts").items():
        if tr.get("type") in ("vanished", "obsolete"):  # kept by lupdate, no longer used
            continue
        assert tr.get("type") is None and (tr.text or "").strip(), (context, source)


def test_ts_files_compile(tmp_path):
    for ts in TRANSLATIONS.glob("*.ts"):
        p = subprocess.run([str(TOOLS / "pyside6-lrelease"), str(ts), "-qm",
                            str(tmp_path / (ts.stem + ".qm"))], capture_output=True, text=True)
        assert p.returncode == 0, p.stderr
        assert (tmp_path / (ts.stem + ".qm")).stat().st_size > 0
