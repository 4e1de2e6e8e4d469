"""Reading a merchant's order file: CSV (UTF-8, UTF-8 with BOM, GB18030/GBK — detected) or
XLSX. Headers are matched case-insensitively, with Chinese aliases. Whole-file problems
(empty, binary, UTF-16, Shift-JIS, a corrupt workbook, more than MAX_ROWS rows, a required
column missing) raise ValidationError; row problems (a bad value, a control character, text
longer than its database column) become Rejects with the row number, the column and why, and
the good rows come back as WaybillInputs. Workbooks are streamed over the header's columns
only. Pure reading: no database."""

from __future__ import annotations

import csv
import io
import math
import re
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

from carrier_app.core import validation as v
from carrier_app.core.cells import safe_row
from carrier_app.core.errors import ValidationError
from carrier_app.core.files import write_atomic
from carrier_app.store.models import Parcel
from carrier_app.pricing.terms import insurance_terms
from carrier_app.waybill.service import WaybillInput
from carrier_app.waybill.smart_address import AddressSplitter

#: Our fields and the headers that mean them, best first: when a file has two (Taobao's export
#: has both 联系手机 and 联系电话), the earlier alias takes the field and the other column is
#: left out, which the preview shows and the clerk can change. Marketplace and ERP exports
#: (Taobao/Tmall, JD, Pinduoduo, Douyin, Youzan, Wangdiantong, Jushuitan) are covered.
COLUMNS: dict[str, tuple[str, ...]] = {
    "order_ref": ("order_ref", "order ref", "order", "order no", "订单号", "订单编号", "商家订单号",
                  "单号", "外部订单号", "平台订单号", "网店订单号", "主订单编号", "子订单编号",
                  "原始单号", "线上订单号"),
    "recipient_name": ("recipient_name", "recipient", "name", "收件人", "收件人姓名", "收货人",
                       "收货人姓名", "姓名", "客户姓名", "买家姓名", "联系人"),
    "recipient_phone": ("recipient_phone", "phone", "mobile", "tel", "手机", "手机号",
                        "手机号码", "收件人手机", "收货人手机", "收货人手机号", "联系手机",
                        "客户手机", "电话", "收件人电话", "收货人电话", "联系电话", "客户电话",
                        "固定电话"),
    "recipient_address": ("recipient_address", "address", "详细地址", "地址", "收件地址",
                          "收货地址", "收件人地址", "收货人地址", "收货详细地址", "客户地址",
                          "买家地址"),
    "recipient_postcode": ("recipient_postcode", "postcode", "zip", "邮编", "邮政编码",
                           "收货人邮编"),
    "recipient_province": ("recipient_province", "province", "省", "省份", "收货省份",
                           "收货人省份", "所在省"),
    "recipient_city": ("recipient_city", "city", "市", "城市", "收货城市", "收货人城市",
                       "所在市"),
    "recipient_district": ("recipient_district", "district", "区", "区县", "县区",
                           "收货区县", "收货人区县", "所在区"),
    "pieces": ("pieces", "pcs", "件数", "包裹数"),
    "weight_kg": ("weight_kg", "weight", "重量", "重量kg", "重量(kg)", "重量（kg）",
                  "重量（公斤）", "包裹重量", "实际重量", "毛重", "商品重量"),
    "service": ("service", "服务", "服务类型", "产品类型"),
    "cod_amount": ("cod_amount", "cod", "代收货款", "代收金额", "货款", "代收款"),
    "declared_value": ("declared_value", "declared value", "保价", "保价金额", "声明价值"),
    "contents": ("contents", "goods", "内容", "物品", "品名", "货物", "商品名称", "商品",
                 "宝贝标题", "商品标题", "货品名称"),
    "note": ("note", "remark", "备注", "买家备注", "买家留言", "订单备注", "卖家备注"),
}
#: A weight column is not required: shop exports have none, the merchant's default weight is
#: used then (and corrected at receiving).
REQUIRED = ("order_ref", "recipient_name", "recipient_phone", "recipient_address")


def _key(header: str) -> str:
    """A header as matched: case, white space and underscores ignored."""
    return re.sub(r"[\s_]", "", header.strip().lower())


_RANK = {_key(alias): rank
         for aliases in COLUMNS.values() for rank, alias in enumerate(aliases)}
_LOOKUP = {_key(alias): canonical
           for canonical, aliases in COLUMNS.items() for alias in aliases}
MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 100_000       # order rows in one file (the import bench's 100k)
MAX_COLUMNS = 100        # header columns read from a workbook
EXCEL_MAX_ROW = 1_048_576
MAX_UNZIPPED = 256 * 1024 * 1024  # a workbook's parts unpacked (zipfile holds them to it)


@dataclass(frozen=True)
class Reject:
    row: int          # as the merchant sees it: the header is row 1
    column: str
    value: str
    reason: str
    raw: dict[str, str] = field(default_factory=dict, compare=False)
    code: str = ""    # machine-readable reason (required, phone, postcode, duplicate, …)


@dataclass(frozen=True)
class OrderRow:
    row: int
    data: WaybillInput


@dataclass
class ParsedFile:
    file_name: str
    encoding: str                    # utf-8, utf-8-sig, gb18030, xlsx
    headers: list[str]               # as in the file
    mapping: dict[str, str]          # file header -> our column (unmatched ones left out)
    raw_rows: list[tuple[int, dict[str, str]]]  # row number, header -> text
    #: headers left out because another header took their field: header -> the one kept
    left_out: dict[str, str] = field(default_factory=dict)

    @property
    def unmatched(self) -> list[str]:
        return [h for h in self.headers if h not in self.mapping]


def canonical(header: str) -> str | None:
    return _LOOKUP.get(_key(header))


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding of a CSV file's bytes; binary content, UTF-16 and Japanese
    Shift-JIS are refused with a message saying what to do."""
    if _is_utf16(data):
        raise ValidationError(
            'This file is UTF-16 ("Unicode text"); in Excel save it as "CSV UTF-8 (comma '
            'delimited)" and import that', field="file", reason="utf16")
    if b"\x00" in data[:8192]:
        raise ValidationError("This is not a text (CSV) file: it contains binary data",
                              field="file", reason="binary")
    if data.startswith(b"\xef\xbb\xbf"):
        return _utf8(data[3:], "utf-8-sig"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise ValidationError("The file's encoding is neither UTF-8 nor GB18030/GBK",
                              field="file", reason="encoding") from None
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\r\n\t")
    if controls > 8:
        raise ValidationError("This is not a text (CSV) file: it contains binary data",
                              field="file", reason="binary")
    if _looks_shift_jis(data, text):
        raise ValidationError(
            "This file looks like Japanese Shift-JIS text, not Chinese GB18030/GBK: read as "
            'Chinese its names would be garbled. Save it as "CSV UTF-8" and import that',
            field="file", reason="shift_jis")
    return text, "gb18030"


def _utf8(data: bytes, encoding: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValidationError(f"The file starts as UTF-8 ({encoding}) but byte {exc.start + 3} "
                              "is not UTF-8", field="file", reason="encoding") from None


def _is_utf16(data: bytes) -> bool:
    """A UTF-16 BOM, or (without one) NUL in every other byte of mostly-ASCII text."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return True
    head = data[:4096]
    if len(head) < 4:
        return False
    even, odd = head[0::2], head[1::2]
    return max(even.count(0), odd.count(0)) > 0.4 * len(head) / 2 and \
        min(even.count(0), odd.count(0)) < 0.05 * len(head) / 2


def _looks_shift_jis(data: bytes, gb_text: str) -> bool:
    """GB18030 decodes almost any bytes, so Japanese Shift-JIS comes out as rare Chinese
    characters. The rule: the bytes are also valid Shift-JIS (cp932) AND that reading is
    clearly the more plausible one: the share of its non-ASCII characters that are common
    Japanese (JIS X 0208 kanji, kana and punctuation; half-width katakana do not count, they
    are what Chinese bytes turn into) beats the share of the GB18030 reading's that are common
    Chinese (GB2312) by 0.3 or more. Shift-JIS lead bytes 0x81-0x9F land in GBK's
    rare-character area; Chinese text, simplified or traditional, reads as half-width katakana
    and odd kanji in Shift-JIS."""
    try:
        sjis = data.decode("cp932")
    except UnicodeDecodeError:
        return False
    return _share(sjis, _common_japanese) - _share(gb_text, _common_chinese) >= 0.3


def _share(text: str, common: Callable[[str], bool], sample: int = 20_000) -> float:
    wide = [ch for ch in text[:200_000] if ord(ch) > 0x7F][:sample]
    return sum(1 for ch in wide if common(ch)) / len(wide) if wide else 0.0


def _encodes(ch: str, codec: str) -> bool:
    try:
        ch.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def _common_chinese(ch: str) -> bool:
    return _encodes(ch, "gb2312")


def _common_japanese(ch: str) -> bool:
    return not "\uff61" <= ch <= "\uff9f" and _encodes(ch, "iso2022_jp")


def read_table(path: Path) -> tuple[list[str], list[tuple[int, list[str]]], str]:
    data = path.read_bytes()
    if not data.strip():
        raise ValidationError(f"{path.name} is empty", field="file", reason="empty")
    if len(data) > MAX_BYTES:
        raise ValidationError(f"{path.name} is larger than 50 MB; split it", field="file",
                              reason="too_large")
    if data[:4] == b"PK\x03\x04" or path.suffix.lower() in (".xlsx", ".xlsm"):
        sheet_header, sheet_rows = _read_xlsx(data, path.name)
        return sheet_header, sheet_rows, "xlsx"
    text, encoding = decode(data)
    reader = csv.reader(io.StringIO(text, newline=""))
    # Rows are numbered by record (header = 1), as a spreadsheet shows them.
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    number = 0
    try:
        for number, record in enumerate(reader, start=1):
            if header is None:
                header = record
            elif any(x.strip() for x in record):
                _count(rows, path.name)
                rows.append((number, record))
    except csv.Error as exc:
        row = number + 1
        if "field larger than field limit" in str(exc):
            raise ValidationError(
                f"{path.name}, row {row}: a field is longer than {csv.field_size_limit():,} "
                "characters (a quote left open?)", field="file", reason="field_too_long",
                row=row) from None
        raise ValidationError(f"{path.name}, row {row}: not a readable CSV ({exc})",
                              field="file", reason="csv", row=row) from None
    if header is None:
        raise ValidationError(f"{path.name} is empty", field="file", reason="empty")
    return header, rows, encoding


def _count(rows: list[tuple[int, list[str]]], name: str) -> None:
    if len(rows) >= MAX_ROWS:
        raise ValidationError(f"{name} has more than {MAX_ROWS:,} order rows; split it into "
                              f"files of at most {MAX_ROWS:,}", field="file",
                              reason="too_many_rows")


#: What a corrupt or odd workbook makes openpyxl, zipfile, zlib or the XML parser raise
#: (bad XML is a SyntaxError subclass; a broken deflate stream zlib.error; an encrypted entry
#: RuntimeError or NotImplementedError; odd attributes TypeError/ValueError/KeyError).
_XLSX_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError,
                NotImplementedError, RuntimeError, TypeError, ValueError, LookupError,
                AttributeError, SyntaxError, ArithmeticError, AssertionError)


def _read_xlsx(data: bytes, name: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Stream the first sheet: only the header's columns (at most MAX_COLUMNS) and at most
    MAX_ROWS non-blank rows are read, so a cell in column XFD or a million rows cost nothing."""
    import openpyxl  # only when an XLSX comes in
    try:
        unzipped = sum(i.file_size for i in zipfile.ZipFile(io.BytesIO(data)).infolist())
        if unzipped > MAX_UNZIPPED:  # a zip bomb, or far more than MAX_ROWS rows
            raise ValidationError(
                f"{name}: the workbook unpacks to {unzipped / 2**20:,.0f} MB, more than "
                f"{MAX_UNZIPPED // 2**20} MB; split it", field="file", reason="too_large")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # unsupported extensions etc.: not the user's concern
            wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                if not wb.worksheets:
                    raise ValidationError(f"{name}: the workbook has no worksheet",
                                          field="file", reason="xlsx")
                sheet = wb.worksheets[0]
                top = next(sheet.iter_rows(min_row=1, max_row=1, max_col=MAX_COLUMNS + 1,
                                           values_only=True), ())
                header = [_cell(c) for c in top]
                if len(header) > MAX_COLUMNS and header[MAX_COLUMNS]:
                    raise ValidationError(
                        f"{name}: the header row has more than {MAX_COLUMNS} columns; keep the "
                        "order columns only", field="file", reason="too_many_columns")
                while header and not header[-1]:
                    header.pop()
                body: list[tuple[int, list[str]]] = []
                if header:
                    for number, values in enumerate(sheet.iter_rows(
                            min_row=2, max_row=EXCEL_MAX_ROW, max_col=len(header),
                            values_only=True), start=2):
                        cells = [_cell(c) for c in values]
                        if any(cells):
                            _count(body, name)
                            body.append((number, cells))
            finally:
                wb.close()
    except ValidationError:
        raise
    except _XLSX_ERRORS as exc:
        raise ValidationError(f"{name}: not a readable XLSX workbook ({_short(exc)})",
                              field="file", reason="xlsx") from None
    if not any(header):
        raise ValidationError(f"{name}: the first sheet has no header row", field="file",
                              reason="empty")
    return header, body


def _short(exc: BaseException) -> str:
    text = str(exc).splitlines()[0][:120] if str(exc) else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):  # Excel stores every number as a float
        if not math.isfinite(value):
            return str(value)
        d = Decimal(repr(value))
        return format(d.normalize(), "f") if d == d.to_integral() else str(d)
    return str(value).strip()


def check_targets(columns: dict[str, str]) -> None:
    """A mapping (header -> field, "" = left out) sends each column to a known field, and no
    two columns to the same one: checked when it is saved and when it is used."""
    taken: dict[str, str] = {}
    for header, target in columns.items():
        if target and target not in COLUMNS:
            raise ValidationError(f"The mapping sends column {header!r} to {target!r}, which "
                                  f"is not a field ({', '.join(COLUMNS)})", field="mapping",
                                  reason="unknown_field", column=header)
        if target and target in taken:
            raise ValidationError(f"Columns {taken[target]!r} and {header!r} both go to "
                                  f"{target}; keep one", field="mapping",
                                  reason="duplicate_column", column=header)
        if target:
            taken[target] = header


def match_headers(headers: list[str], columns: dict[str, str] | None = None
                  ) -> tuple[dict[str, str], dict[str, str]]:
    """Each header to our field: a saved mapping's choice first (`columns`: header -> field,
    "" = left out), else its alias. Returns (mapping, left_out) where left_out names the
    headers that also meant a field already taken, and by which header."""
    columns = columns or {}
    check_targets(columns)
    chosen = {h: columns[h] for h in headers if columns.get(h)}
    candidates: dict[str, list[str]] = {}
    for h in headers:
        alias = None if h in columns else canonical(h)
        if alias is not None and alias not in chosen.values():
            candidates.setdefault(alias, []).append(h)
    mapping = dict(chosen)
    left_out: dict[str, str] = {}
    for c, hs in candidates.items():
        best = min(hs, key=lambda h: _RANK[_key(h)])
        mapping[best] = c
        left_out.update({h: best for h in hs if h != best})
    return {h: mapping[h] for h in headers if h in mapping}, left_out


def read_file(path: Path, columns: dict[str, str] | None = None) -> ParsedFile:
    """Read the file and match its headers (with a saved mapping's choices, if any), without
    insisting on the required columns: the preview lets the clerk pick them."""
    header, rows, encoding = read_table(path)
    headers = [h.strip() for h in header]
    mapping, left_out = match_headers(headers, columns)
    raw_rows = []
    for number, values in rows:
        if not any(x.strip() for x in values):
            continue  # blank lines and trailing empty rows
        raw_rows.append((number, {h: (values[i].strip() if i < len(values) else "")
                                  for i, h in enumerate(headers) if h}))
    return ParsedFile(path.name, encoding, headers, mapping, raw_rows, left_out)


def remap(parsed: ParsedFile, columns: dict[str, str]) -> ParsedFile:
    """The same rows read with another mapping (the clerk's choice in the preview)."""
    mapping, left_out = match_headers(parsed.headers, columns)
    return replace(parsed, mapping=mapping, left_out=left_out)


def missing_fields(parsed: ParsedFile) -> list[str]:
    seen = set(parsed.mapping.values())
    return [c for c in REQUIRED if c not in seen]


def require_columns(parsed: ParsedFile) -> None:
    missing = missing_fields(parsed)
    if missing:
        raise ValidationError(
            f"{parsed.file_name}: required column(s) missing: {', '.join(missing)} (found: "
            f"{', '.join(h for h in parsed.headers if h) or 'no header'}); pick the column "
            "for each in the preview's mapping", field="file",
            reason="missing_columns", missing=missing)


def parse(path: Path, columns: dict[str, str] | None = None) -> ParsedFile:
    """Read the file and match its headers; refuse it whole if a required column is missing."""
    parsed = read_file(path, columns)
    require_columns(parsed)
    return parsed


def validate_rows(parsed: ParsedFile, *, merchant_id: int | None, sender: tuple[str, str, str],
                  origin_branch_id: int | None, cod_cap: Decimal = v.DEFAULT_COD_CAP,
                  default_weight_g: int = 0) -> tuple[list[OrderRow], list[Reject]]:
    """Each row to a WaybillInput, or a Reject naming the row, column and reason.
    `default_weight_g`: the merchant's weight for rows without one (0: such rows rejected)."""
    good: list[OrderRow] = []
    rejects: list[Reject] = []
    first_row: dict[str, int] = {}
    back = {c: h for h, c in parsed.mapping.items()}
    fields = set(parsed.mapping.values())
    # One full-address column: province, city, district (and a trailing postcode) inside it.
    splitter = (AddressSplitter() if not fields & {"recipient_province", "recipient_city"}
                else None)
    default_weight = (Decimal(default_weight_g) / 1000).quantize(Decimal("0.001"))
    for number, raw in parsed.raw_rows:
        row = {c: raw.get(h, "") for h, c in parsed.mapping.items()}
        try:
            _check_text(row)
            for c in _NUMBER_TEXT:
                if c in row:
                    row[c] = unexcel(row[c], c)
            if splitter is not None and row.get("recipient_address", "").strip():
                part = splitter.split(row["recipient_address"])
                # the merchant's text is kept as given (printing leaves out the parts it
                # repeats); the divisions found in it fill their fields for routing
                row.update(recipient_province=part.province, recipient_city=part.city,
                           recipient_district=part.district, recipient_address=part.full)
                if part.postcode and not row.get("recipient_postcode"):
                    row["recipient_postcode"] = part.postcode
            if not row.get("weight_kg", "").strip():
                if not default_weight_g:
                    raise ValidationError(
                        "no weight: give the row a weight, or set the merchant's default "
                        "weight for files without one", field="weight_kg", reason="no_weight")
                row["weight_kg"] = str(default_weight)
                estimated = True
            else:
                estimated = False
            ref = v.required_text(row.get("order_ref", ""), "order_ref", "Order ref", 64)
            if ref in first_row:
                raise ValidationError(f"order_ref {ref} repeats row {first_row[ref]}",
                                      field="order_ref", reason="duplicate")
            data = WaybillInput(
                recipient_name=v.required_text(row.get("recipient_name", ""),
                                               "recipient_name", "Recipient name", 60),
                recipient_phone=v.phone(row.get("recipient_phone", "")),
                recipient_address=v.required_text(row.get("recipient_address", ""),
                                                  "recipient_address", "Address", 300),
                recipient_postcode=v.postcode(row.get("recipient_postcode", "")),
                recipient_province=row.get("recipient_province", ""),
                recipient_city=row.get("recipient_city", ""),
                recipient_district=row.get("recipient_district", ""),
                pieces=v.pieces(row.get("pieces", "")),
                weight_kg=v.weight_kg(row.get("weight_kg", "")), weight_estimated=estimated,
                service=v.service(row.get("service", "")),
                cod=v.amount(row.get("cod_amount", ""), "cod_amount", "COD amount",
                             cap=cod_cap),
                declared_value=v.amount(row.get("declared_value", ""), "declared_value",
                                        "Declared value", cap=insurance_terms().cap),
                contents=row.get("contents", ""), note=row.get("note", ""),
                merchant_id=merchant_id, order_ref=ref, sender_name=sender[0],
                sender_phone=sender[1], sender_address=sender[2],
                origin_branch_id=origin_branch_id)
        except ValidationError as exc:
            column = _column_of(exc.field)
            header = back.get(column, column)
            rejects.append(Reject(number, header, row.get(column, ""), exc.message, raw,
                                  str(exc.params.get("reason", ""))))
            continue
        first_row[ref] = number
        good.append(OrderRow(number, data))
    return good, rejects


#: Our text columns and the size of the column they are stored in (store/models), checked
#: per row before the database sees them (PostgreSQL refuses NUL and over-long text).
TEXT_LIMITS: dict[str, int] = {
    c: Parcel.__table__.c[c].type.length  # type: ignore[attr-defined]
    for c in ("order_ref", "recipient_name", "recipient_phone", "recipient_address",
              "recipient_postcode", "recipient_province", "recipient_city",
              "recipient_district", "service", "contents", "note")}
_COLLAPSED = ("order_ref", "recipient_name", "recipient_address")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _check_text(row: dict[str, str]) -> None:
    """Control characters (NUL above all) anywhere, and text longer than its column, are
    refused naming the column; nothing is cut short silently."""
    controls = _CONTROL.search("".join(row.values())) is not None  # one search per row
    for column, value in row.items():
        bad = _CONTROL.search(value) if controls else None
        if bad:
            raise ValidationError(
                f"{column} contains a control character (U+{ord(bad.group()):04X}) at "
                f"position {bad.start() + 1}", field=column, reason="control_character")
        limit = TEXT_LIMITS.get(column)
        if limit is None or len(value) <= limit:
            continue
        # as stored: runs of spaces collapsed in names and addresses, only stripped elsewhere
        stored = " ".join(value.split()) if column in _COLLAPSED else value.strip()
        if len(stored) > limit:
            raise ValidationError(f"{column} is longer than {limit} characters "
                                  f"({len(value):,})", field=column, reason="too_long")


#: Text that Excel likes to turn into numbers: its ="0571…" trick and scientific notation.
_NUMBER_TEXT = ("order_ref", "recipient_phone", "recipient_postcode")
_FORMULA_TEXT = re.compile(r'^=\s*"(.*)"$')
_SCIENTIFIC = re.compile(r"^([0-9])(?:\.([0-9]+))?[eE]\+?([0-9]{1,2})$")


def unexcel(value: str, column: str) -> str:
    """="13812345678" (Excel's keep-as-text formula) becomes 13812345678; 1.3812345678E+10
    (every digit still there) becomes 13812345678; 1.38123E+10 (digits lost) is refused
    with what to do in Excel."""
    value = value.strip()
    formula = _FORMULA_TEXT.match(value)
    if formula:
        return formula.group(1).strip()
    sci = _SCIENTIFIC.match(value)
    if sci is None:
        return value
    lead, decimals, exponent = sci.group(1), sci.group(2) or "", int(sci.group(3))
    if len(decimals) == exponent:  # every digit is there
        return lead + decimals
    raise ValidationError(
        f"{value} is a number Excel shortened: its last digits are lost. In Excel format the "
        "column as Text (or re-export the file from the shop system) and import again",
        field=column, reason="excel_number")


def _column_of(field_name: str | None) -> str:
    return {"cod": "cod_amount"}.get(field_name or "", field_name or "")


REJECT_HEADERS = ("row", "column", "reason")


def write_rejects(path: Path, parsed: ParsedFile, rejects: list[Reject], *,
                  headers: tuple[str, str, str] = REJECT_HEADERS,
                  reason: Callable[[Reject], str] | None = None) -> None:
    """The rejected rows as the merchant sent them, with row, column and reason first;
    UTF-8 with BOM so Excel opens the Chinese correctly. Every cell neutralised (CWE-1236):
    the merchant's text is not ours to trust. Written whole or not at all. The screen passes
    `headers` and `reason` in the user's language (the command line keeps the English)."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(safe_row([*headers, *[h for h in parsed.headers if h]]))
    for r in rejects:
        w.writerow(safe_row([r.row, r.column, reason(r) if reason else r.reason,
                             *[r.raw.get(h, "") for h in parsed.headers if h]]))
    write_atomic(path, buf.getvalue().encode("utf-8-sig"))


def iter_preview(parsed: ParsedFile, n: int = 20) -> Iterator[tuple[int, dict[str, str]]]:
    yield from parsed.raw_rows[:n]
