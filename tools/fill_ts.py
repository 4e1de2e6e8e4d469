"""Fill a Qt .ts file's translations from a UTF-8 tab-separated file of `source<TAB>translation`
lines (\\n in either column stands for a newline); finished translations are left alone (the
same English may read differently in another context). Unlisted sources stay unfinished, so
`lrelease` reports them. Usage: python tools/fill_ts.py FILE.ts TRANSLATIONS.tsv"""

import sys
import xml.etree.ElementTree as ET


def main(ts_path: str, tsv_path: str) -> int:
    table = {}
    with open(tsv_path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                src, dst = line.rstrip("\n").split("\t")
                table[src.replace("\\n", "\n")] = dst.replace("\\n", "\n")
    tree = ET.parse(ts_path)
    missing = 0
    for msg in tree.iter("message"):
        src = msg.findtext("source")
        tr = msg.find("translation")
        if src in table and (tr.get("type") == "unfinished" or not tr.text):
            tr.text = table[src]  # only unfinished ones: a finished one stays as it is
            tr.attrib.pop("type", None)
        elif tr.get("type") == "unfinished":
            missing += 1
            print(f"missing: {src!r}", file=sys.stderr)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:]))
