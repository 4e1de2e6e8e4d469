"""Fold Qt .ts files into one per language, keeping every translation.

    python tools/merge_ts.py TARGET.ts SOURCE.ts [SOURCE.ts ...]

Messages are keyed by (context, source, comment); a message missing from TARGET is added with
its translation, an unfinished one in TARGET takes a SOURCE's finished translation. Two
different finished translations of the same message are a conflict: listed, and nothing is
written (exit 1). SOURCE files are left in place (delete them with git rm). `make
translations` runs this over every other *_zh_CN.ts, then lupdate to refresh the locations."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

Key = tuple[str, str, str]


def _finished(msg: ET.Element) -> bool:
    tr = msg.find("translation")
    return tr is not None and bool(tr.text) and tr.get("type") is None


def _messages(root: ET.Element) -> list[tuple[str, ET.Element]]:
    """(context name, message) of every message; a name may head several <context>s."""
    return [(c.findtext("name") or "", m) for c in root.iter("context")
            for m in c.iter("message")]


def _key(context: str, msg: ET.Element) -> Key:
    return context, msg.findtext("source") or "", msg.findtext("comment") or ""


def merge(target: Path, sources: list[Path]) -> list[str]:
    """Merge `sources` into `target` (created when missing); returns the conflicts."""
    if target.exists():
        tree = ET.parse(target)
    else:
        first = ET.parse(sources[0]).getroot()
        tree = ET.ElementTree(ET.Element("TS", dict(first.attrib)))
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in reversed(list(root.iter("context")))}
    index: dict[Key, ET.Element] = {_key(name, m): m for name, m in _messages(root)}
    conflicts: list[str] = []
    for path in sources:
        for name, msg in _messages(ET.parse(path).getroot()):
            key = _key(name, msg)
            have = index.get(key)
            if have is None:
                if name not in contexts:
                    contexts[name] = ET.SubElement(root, "context")
                    ET.SubElement(contexts[name], "name").text = name
                contexts[name].append(msg)
                index[key] = msg
            elif _finished(msg) and not _finished(have):
                have.remove(have.find("translation"))  # type: ignore[arg-type]
                have.append(msg.find("translation"))  # type: ignore[arg-type]
            elif _finished(msg) and have.findtext("translation") != msg.findtext("translation"):
                conflicts.append(f"{path.name}: [{name}] {key[1]!r}: "
                                 f"{have.findtext('translation')!r} vs "
                                 f"{msg.findtext('translation')!r}")
    if not conflicts:
        ET.indent(tree, space="    ")
        tree.write(target, encoding="utf-8", xml_declaration=True)
    return conflicts


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    conflicts = merge(Path(argv[0]), [Path(a) for a in argv[1:]])
    for line in conflicts:
        print(f"conflict: {line}", file=sys.stderr)
    return 1 if conflicts else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
