"""Fuzzing the parsers that read what people and files send us: the scan code parser, the
money and field parsers and the order-file reader (CSV and XLSX bytes). Whatever comes in,
the answer is a result or a message (DomainError): never any other exception. Example counts
are bounded so the whole file runs in a few seconds."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from order_file_support import workbook_bytes

from carrier_app.core import s10
from carrier_app.core import validation as v
from carrier_app.core.errors import DomainError
from carrier_app.core.money import parse_amount, to_fen
from carrier_app.waybill.order_import import parse, validate_rows

FAST = settings(max_examples=400, deadline=None)
FILES = settings(max_examples=150, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Text that looks like what we parse: digits of several scripts, separators, letters, signs.
NUMBERISH = st.lists(st.sampled_from(list("0123456789.,-+eE_ ¥￥") + [
    "０", "５", "．", "，", "\u0665", "\u06f5", "\u0966", "NaN", "Infinity", "inf", "1e99999",
    "x", "kg", "\x00", "9" * 29]), max_size=20).map("".join)
CODEISH = st.text(st.sampled_from(list("AACN0123456789-") + ["Ａ", "１", "\u0661", "\n", " "]),
                  max_size=20)


def ok_or_message(fn, *args):
    try:
        return fn(*args)
    except DomainError:
        return None


@FAST
@given(st.one_of(st.text(max_size=30), CODEISH))
@example("AA123456785CN-1")
@example("ＡＡ１２３４５６７８５ＣＮ")
def test_scan_parser_answers_or_explains(text):
    got = ok_or_message(s10.parse, text)
    if got is not None:
        assert s10.is_valid(got.waybill)


@FAST
@given(st.one_of(st.text(max_size=40), NUMBERISH))
@example("9" * 29)
@example("1e30")
def test_money_and_number_fields_answer_or_explain(text):
    fen = ok_or_message(to_fen, text)
    assert fen is None or isinstance(fen, int)
    ok_or_message(parse_amount, text)
    ok_or_message(v.amount, text, "cod_amount", "COD amount")
    ok_or_message(v.weight_kg, text)
    ok_or_message(v.pieces, text)


@FAST
@given(st.one_of(st.text(max_size=40), NUMBERISH,
                 st.from_regex(r"(tel:|\+86 ?)?1[3-9][0-9]{9}( ?(ext|x|转) ?[0-9]{1,4})?",
                               fullmatch=True)))
def test_phone_parser_answers_or_explains(text):
    got = ok_or_message(v.phone, text)
    assert got is None or (got.isascii() and len(got) <= 32)


HEADER = ["order_ref", "recipient_name", "recipient_phone", "recipient_address", "pieces",
          "weight_kg", "cod_amount", "declared_value", "contents", "note"]
CELL = st.one_of(st.text(max_size=30), NUMBERISH, st.just(""),
                 st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True))


def read(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"orders{suffix}"
        path.write_bytes(data)
        try:
            parsed = parse(path)
        except DomainError:
            return
        validate_rows(parsed, merchant_id=1, sender=("M", "13800000000", "x"),
                      origin_branch_id=None)


@FILES
@given(st.lists(st.lists(CELL, min_size=0, max_size=12), max_size=6),
       st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16", "shift_jis"]))
def test_csv_files_answer_or_explain(rows, encoding):
    import csv
    out = io.StringIO()
    csv.writer(out).writerows([HEADER, *rows])
    data = out.getvalue().encode(encoding, errors="replace")
    read(data, ".csv")


@FILES
@given(st.binary(max_size=2000))
def test_csv_bytes_answer_or_explain(data):
    read(data, ".csv")


def _workbook(rows: list[list[object]]) -> bytes:
    return workbook_bytes(HEADER, rows)


BASE_XLSX = _workbook([["A1", "张三", 13812345678, "某地", 1, 1.5, 59.9, None, "书", ""]])
XLSX_CELL = st.one_of(CELL, st.integers(), st.floats(allow_nan=True, allow_infinity=True),
                      st.none(), st.booleans())
# openpyxl refuses to *write* some strings (control characters); the reader gets them anyway
# from the byte mutations below.
SAFE_XLSX_CELL = XLSX_CELL.filter(
    lambda c: not isinstance(c, str) or (not any(ord(ch) < 32 for ch in c)
                                         and not c.startswith("=")))


@FILES
@given(st.lists(st.tuples(st.integers(0, len(BASE_XLSX) - 1), st.integers(0, 255)),
                min_size=1, max_size=8))
def test_mutated_workbook_bytes_answer_or_explain(flips):
    buf = bytearray(BASE_XLSX)
    for at, value in flips:
        buf[at] = value
    read(bytes(buf), ".xlsx")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(SAFE_XLSX_CELL, max_size=12), max_size=5))
def test_workbook_cells_answer_or_explain(rows):
    read(_workbook(rows), ".xlsx")


def _parts(data: bytes) -> dict[str, bytes]:
    import zipfile
    z = zipfile.ZipFile(io.BytesIO(data))
    return {n: z.read(n) for n in z.namelist()}


BASE_PARTS = _parts(BASE_XLSX)
XML_PARTS = sorted(n for n in BASE_PARTS if n.endswith((".xml", ".rels")))


@FILES
@given(st.sampled_from(XML_PARTS), st.data())
def test_mutated_workbook_xml_answers_or_explains(name, data):
    """The XML inside a well-formed zip mutated: bytes changed, cut short, or spliced."""
    import zipfile
    xml = bytearray(BASE_PARTS[name])
    for at, value in data.draw(st.lists(st.tuples(st.integers(0, len(xml) - 1),
                                                  st.integers(0, 255)), max_size=6)):
        xml[at] = value
    cut = data.draw(st.integers(0, len(xml)))
    xml = xml[:cut] + data.draw(st.sampled_from([b"", b" r='x'", b" t='d'", b"<v>1e999</v>",
                                                 b"</c>", b"<c r='XFD1048576'/>"])) + xml[cut:]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n, content in BASE_PARTS.items():
            z.writestr(n, bytes(xml) if n == name else content)
    read(out.getvalue(), ".xlsx")
