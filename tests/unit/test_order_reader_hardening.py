"""Issue 11 (hardening) for the order-file reader: huge numbers, corrupt workbooks, memory,
NUL and over-long fields, UTF-16 and Shift-JIS files. Pure reading: no database. Every bad
file is one ValidationError (file level) and every bad value a row/column reject."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from order_file_support import workbook_bytes

from carrier_app.core.errors import ValidationError
from carrier_app.waybill import order_import
from carrier_app.waybill.order_import import parse, validate_rows

HEADER = ["order_ref", "recipient_name", "recipient_phone", "recipient_address", "pieces",
          "weight_kg", "cod_amount", "declared_value", "contents"]
GOOD = ["A1", "张三", "13812345678", "文三路 90 号", "1", "1.5", "59.90", "", "书"]
SHEET = "xl/worksheets/sheet1.xml"


def rows_of(path: Path):
    return validate_rows(parse(path), merchant_id=1, sender=("M", "13800000000", "x"),
                         origin_branch_id=None)


def csv_file(tmp_path: Path, *rows: list[str], name: str = "o.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(",".join(r) for r in [HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def xlsx_bytes(*rows: list[object]) -> bytes:
    return workbook_bytes(HEADER, list(rows))


def with_sheet(data: bytes, sheet_xml: bytes) -> bytes:
    """The workbook with its first sheet's XML replaced."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            z.writestr(info.filename, sheet_xml if info.filename == SHEET else src.read(info))
    return out.getvalue()


def patch_headers(data: bytes, name: str, *, version: int | None = None,
                  flags: int | None = None, method: int | None = None) -> bytes:
    """Rewrite fields of `name`'s local and central zip headers."""
    buf = bytearray(data)
    target = name.encode()
    pos = buf.find(target)
    while pos != -1:
        for sig, base in ((b"PK\x03\x04", pos - 30), (b"PK\x01\x02", pos - 46)):
            if base >= 0 and buf[base:base + 4] == sig:
                off = base + (4 if sig == b"PK\x03\x04" else 6)  # version needed to extract
                for value, at in ((version, off), (flags, off + 2), (method, off + 4)):
                    if value is not None:
                        buf[at:at + 2] = value.to_bytes(2, "little")
        pos = buf.find(target, pos + 1)
    return bytes(buf)


# ---- item 6: numbers no parser should choke on --------------------------------------------

@pytest.mark.parametrize("column, value", [
    ("cod_amount", "1e30"), ("cod_amount", "9" * 29), ("weight_kg", "1e30"),
    ("weight_kg", "9" * 29), ("declared_value", "1e30"), ("declared_value", "9" * 29),
    ("pieces", "1e99999"), ("pieces", "1e9999999"),
])
def test_huge_numbers_are_row_rejects_at_once(tmp_path, column, value):
    row = list(GOOD)
    row[HEADER.index(column)] = value
    start = time.perf_counter()
    good, rejects = rows_of(csv_file(tmp_path, row))
    assert time.perf_counter() - start < 2
    assert good == [] and [(r.row, r.column) for r in rejects] == [(2, column)]


def test_huge_numbers_in_a_workbook_are_row_rejects(tmp_path):
    path = tmp_path / "o.xlsx"
    path.write_bytes(xlsx_bytes(["B1", "张三", "13812345678", "某地", 1, 1e30, 1e30, 1e300, ""],
                                ["B2", "李四", "13812345678", "某地", 1, 1.5, float("9" * 29),
                                 None, ""]))
    good, rejects = rows_of(path)
    assert good == []
    assert [(r.row, r.column) for r in rejects] == [(2, "weight_kg"), (3, "cod_amount")]


def _bad_xml(ok: bytes) -> bytes:
    return with_sheet(ok, b"<worksheet xmlns='http://schemas.openxmlformats.org/"
                          b"spreadsheetml/2006/main'><sheetData><row r='1'><c")


def _broken_deflate(ok: bytes) -> bytes:
    info = zipfile.ZipFile(io.BytesIO(ok)).getinfo(SHEET)
    start = info.header_offset + 30 + len(SHEET) + len(info.extra)
    buf = bytearray(ok)
    for i in range(start + 5, start + min(info.compress_size, 60)):
        buf[i] ^= 0x5A
    return bytes(buf)


def _odd_attribute(ok: bytes) -> bytes:
    ns = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    return with_sheet(ok, b"<worksheet xmlns='" + ns + b"'><sheetData><row r='one'>"
                          b"<c r='A1' t='n'><v>x</v></c></row></sheetData></worksheet>")


def _odd_cell_type(ok: bytes) -> bytes:
    ns = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    return with_sheet(ok, b"<worksheet xmlns='" + ns + b"'><sheetData><row r='1'>"
                          b"<c r='A1' t='n'><v>abc</v></c><c r='B1' t='d'><v>nope</v></c>"
                          b"</row></sheetData></worksheet>")


CORRUPT = {
    "bad XML": _bad_xml,
    "broken deflate stream": _broken_deflate,
    "unsupported zip version": lambda ok: patch_headers(ok, SHEET, version=99),
    "unsupported compression": lambda ok: patch_headers(ok, SHEET, method=99),
    "encrypted entry": lambda ok: patch_headers(ok, SHEET, flags=1),
    "odd row attribute": _odd_attribute,
    "odd cell values": _odd_cell_type,
    "truncated": lambda ok: ok[: len(ok) // 2],
    "no workbook part": lambda ok: patch_headers(ok, "xl/workbook.xml", method=99),
}


@pytest.mark.parametrize("kind", CORRUPT)
def test_a_corrupt_workbook_is_one_clear_message(tmp_path, kind):
    path = tmp_path / "orders.xlsx"
    path.write_bytes(CORRUPT[kind](xlsx_bytes(GOOD)))
    with pytest.raises(ValidationError) as e:
        parse(path)
    assert e.value.params["reason"] in ("xlsx", "empty", "missing_columns")
    assert "orders.xlsx" in e.value.message


# ---- item 7: memory and time stay bounded ----------------------------------------------

_MEASURE = """
import json, sys, time
from pathlib import Path
from carrier_app.core.errors import ValidationError
from carrier_app.waybill.order_import import parse
import openpyxl
def hwm_mb():  # this process's peak RSS (ru_maxrss would include the forking parent's)
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
before = hwm_mb()
t = time.perf_counter()
try:
    out = {"rows": len(parse(Path(sys.argv[1])).raw_rows)}
except ValidationError as exc:
    out = {"error": exc.message}
out["seconds"] = time.perf_counter() - t
out["base_mb"] = before
out["peak_mb"] = hwm_mb()
print(json.dumps(out))
"""


def measure(path: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", _MEASURE, str(path)], capture_output=True,
                          text=True, timeout=120, check=True)
    return json.loads(done.stdout)


def sheet_xml(rows: list[str], dimension: str) -> bytes:
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    return (f"<worksheet xmlns='{ns}'><dimension ref='{dimension}'/><sheetData>"
            + "".join(rows) + "</sheetData></worksheet>").encode()


def _inline(ref: str, text: str) -> str:
    return f"<c r='{ref}' t='inlineStr'><is><t>{text}</t></is></c>"


def test_a_far_right_cell_on_every_row_costs_no_memory(tmp_path):
    head = "<row r='1'>" + "".join(_inline(f"{c}1", h) for c, h in zip("ABCDEFGHI", HEADER))
    rows = [head + "</row>"]
    for i in range(2, 20_002):
        rows.append(f"<row r='{i}'>" + _inline(f"A{i}", f"R{i}") + _inline(f"B{i}", "张三")
                    + _inline(f"C{i}", "13812345678") + _inline(f"D{i}", "某地")
                    + f"<c r='F{i}'><v>1</v></c><c r='XFD{i}'><v>7</v></c></row>")
    path = tmp_path / "wide.xlsx"
    path.write_bytes(with_sheet(xlsx_bytes(), sheet_xml(rows, "A1:XFD20001")))
    got = measure(path)
    print("far-right cell, 20,000 rows:", got)
    assert got.get("rows") == 20_000, got
    assert got["peak_mb"] - got["base_mb"] < 150 and got["seconds"] < 30, got  # was 2.77 GB, 42 s


def test_too_many_rows_is_refused_saying_so_with_bounded_memory(tmp_path):
    head = "<row r='1'>" + "".join(_inline(f"{c}1", h) for c, h in zip("ABCDEFGHI", HEADER))
    rows = [head + "</row>"] + [f"<row r='{i}'><c r='A{i}'><v>{i}</v></c></row>"
                                for i in range(2, 600_002)]
    path = tmp_path / "long.xlsx"
    path.write_bytes(with_sheet(xlsx_bytes(), sheet_xml(rows, "A1:A600001")))
    got = measure(path)
    print("600,000 one-cell rows:", got)
    assert f"more than {order_import.MAX_ROWS:,} order rows" in got.get("error", ""), got
    assert got["peak_mb"] - got["base_mb"] < 150 and got["seconds"] < 30, got  # was 532 MB


def test_a_row_far_down_does_not_hang(tmp_path):
    head = "<row r='1'>" + "".join(_inline(f"{c}1", h) for c, h in zip("ABCDEFGHI", HEADER))
    rows = [head + "</row>", "<row r='99999999999'><c r='A99999999999'><v>1</v></c></row>"]
    path = tmp_path / "far.xlsx"
    path.write_bytes(with_sheet(xlsx_bytes(), sheet_xml(rows, "A1:A2")))
    start = time.perf_counter()
    try:
        parse(path)
    except ValidationError:
        pass
    assert time.perf_counter() - start < 10


# ---- item 8 (reading part): NUL and over-long fields ---------------------------------------

def test_nul_after_the_first_8_kb_is_a_row_reject(tmp_path):
    rows = [[f"N{i}", "张三", "13812345678", "文三路 90 号 " + "x" * 100, "1", "1", "", "",
             ""] for i in range(100)]
    rows[90][8] = "书\x00本"
    good, rejects = rows_of(csv_file(tmp_path, *rows))
    assert len(good) == 99
    assert [(r.row, r.column) for r in rejects] == [(92, "contents")]
    assert "control character (U+0000)" in rejects[0].reason


@pytest.mark.parametrize("column, limit", [("contents", 200), ("note", 200),
                                           ("recipient_city", 40),
                                           ("recipient_province", 20)])
def test_text_longer_than_its_column_is_refused_not_cut(tmp_path, column, limit):
    header, row = list(HEADER), list(GOOD)
    if column not in header:
        header.append(column)
        row.append("")
    row[header.index(column)] = "字" * (limit + 1)
    path = tmp_path / "o.csv"
    path.write_text(f"{','.join(header)}\n{','.join(row)}\n", encoding="utf-8")
    good, rejects = rows_of(path)
    assert good == [] and rejects[0].column == column
    assert f"longer than {limit} characters" in rejects[0].reason


# ---- item 18: encodings and the csv field limit ---------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_says_save_as_csv_utf8(tmp_path, encoding):
    text = "\t".join(HEADER) + "\n" + "\t".join(GOOD) + "\n"
    path = tmp_path / "unicode.txt"
    path.write_bytes(text.encode(encoding))
    with pytest.raises(ValidationError) as e:
        parse(path)
    assert e.value.params["reason"] == "utf16" and "CSV UTF-8" in e.value.message


JAPANESE = [["J1", "山田太郎", "13812345678", "東京都新宿区西新宿2-8-1", "1", "1", "", "", "本"],
            ["J2", "佐藤花子", "13812345679", "大阪府大阪市北区梅田1-1", "1", "2", "", "",
             "お茶"],
            ["J3", "鈴木一郎", "13812345670", "東京都千代田区丸の内1-9", "1", "1", "", "",
             "カメラ"]]


@pytest.mark.parametrize("rows", [JAPANESE, JAPANESE[:1]])
def test_shift_jis_is_refused_not_stored_garbled(tmp_path, rows):
    path = tmp_path / "sjis.csv"
    path.write_bytes(("\n".join(",".join(r) for r in [HEADER, *rows]) + "\n")
                     .encode("shift_jis"))
    with pytest.raises(ValidationError) as e:
        parse(path)
    assert e.value.params["reason"] == "shift_jis"


@pytest.mark.parametrize("names", [["张三", "李四", "王五"], ["王喆", "李堃", "张玥"],
                                   ["陈晓明", "刘德华", "周杰伦"], ["小林さくら", "赵六", "钱七"]])
def test_chinese_gbk_files_still_read(tmp_path, names):
    rows = [[f"G{i}", n, "13812345678", "浙江省杭州市西湖区文三路 90 号", "1", "1", "", "",
             "衣服"] for i, n in enumerate(names)]
    path = tmp_path / "gbk.csv"
    path.write_bytes(("\n".join(",".join(r) for r in [HEADER, *rows]) + "\n")
                     .encode("gb18030"))
    parsed = parse(path)
    assert parsed.encoding == "gb18030"
    assert [r["recipient_name"] for _, r in parsed.raw_rows] == names


def test_a_field_over_the_csv_limit_names_its_row(tmp_path):
    rows = [list(GOOD), list(GOOD), list(GOOD)]
    rows[1][8] = "x" * 140_000
    with pytest.raises(ValidationError) as e:
        parse(csv_file(tmp_path, *rows))
    assert "row 3" in e.value.message and "131,072" in e.value.message
    assert e.value.params["row"] == 3
