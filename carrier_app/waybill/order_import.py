"""Reading a merchant's order file: CSV (UTF-8, UTF-8 with BOM, GB18030/GBK — detected) or
XLSX. Headers are matched case-insensitively, with Chinese aliases. Whole-file problems
(empty, binary, unreadable, required column missing) raise ValidationError; row problems
become Rejects with the row number, the column and why, and the good rows come back as
WaybillInputs. Pure reading: no database."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from carrier_app.core import validation as v
from carrier_app.core.errors import ValidationError
from carrier_app.pricing.terms import insurance_terms
from carrier_app.waybill.service import WaybillInput

COLUMNS: dict[str, tuple[str, ...]] = {
    "order_ref": ("order_ref", "order ref", "order", "order no", "订单号", "订单编号", "商家订单号",
                  "单号"),
    "recipient_name": ("recipient_name", "recipient", "name", "收件人", "收件人姓名", "收货人",
                       "姓名"),
    "recipient_phone": ("recipient_phone", "phone", "mobile", "tel", "电话", "手机", "手机号",
                        "收件人电话", "联系电话", "收件人手机"),
    "recipient_address": ("recipient_address", "address", "地址", "详细地址", "收件地址",
                          "收货地址", "收件人地址"),
    "recipient_postcode": ("recipient_postcode", "postcode", "zip", "邮编", "邮政编码"),
    "recipient_province": ("recipient_province", "province", "省", "省份"),
    "recipient_city": ("recipient_city", "city", "市", "城市"),
    "recipient_district": ("recipient_district", "district", "区", "区县", "县区"),
    "pieces": ("pieces", "pcs", "件数", "包裹数"),
    "weight_kg": ("weight_kg", "weight", "重量", "重量kg", "重量(kg)", "重量（kg）", "重量（公斤）"),
    "service": ("service", "服务", "服务类型", "产品类型"),
    "cod_amount": ("cod_amount", "cod", "代收货款", "代收金额", "货款"),
    "declared_value": ("declared_value", "declared value", "保价", "保价金额", "声明价值"),
    "contents": ("contents", "goods", "内容", "物品", "品名", "货物"),
    "note": ("note", "remark", "备注"),
}
REQUIRED = ("order_ref", "recipient_name", "recipient_phone", "recipient_address", "weight_kg")
_LOOKUP = {re.sub(r"[\s_]", "", alias.lower()): canonical
           for canonical, aliases in COLUMNS.items() for alias in aliases}
MAX_BYTES = 50 * 1024 * 1024


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

    @property
    def unmatched(self) -> list[str]:
        return [h for h in self.headers if h not in self.mapping]


def canonical(header: str) -> str | None:
    return _LOOKUP.get(re.sub(r"[\s_]", "", header.strip().lower()))


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding of a CSV file's bytes; binary content is refused."""
    if b"\x00" in data[:8192]:
        raise ValidationError("This is not a text (CSV) file: it contains binary data",
                              field="file", reason="binary")
    if data.startswith(b"\xef\xbb\xbf"):
        return data.decode("utf-8-sig"), "utf-8-sig"
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
    return text, "gb18030"


def read_table(path: Path) -> tuple[list[str], list[tuple[int, list[str]]], str]:
    data = path.read_bytes()
    if not data.strip():
        raise ValidationError(f"{path.name} is empty", field="file", reason="empty")
    if len(data) > MAX_BYTES:
        raise ValidationError(f"{path.name} is larger than 50 MB; split it", field="file",
                              reason="too_large")
    if data[:4] == b"PK\x03\x04" or path.suffix.lower() in (".xlsx", ".xlsm"):
        header, rows = _read_xlsx(data, path.name)
        return header, rows, "xlsx"
    text, encoding = decode(data)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        table = [(reader.line_num, r) for r in reader]
    except csv.Error as exc:
        raise ValidationError(f"{path.name}: not a readable CSV ({exc})", field="file",
                              reason="csv") from None
    if not table:
        raise ValidationError(f"{path.name} is empty", field="file", reason="empty")
    # Rows are numbered by record (header = 1), as a spreadsheet shows them.
    return table[0][1], [(i + 1, r) for i, (_, r) in enumerate(table[1:], start=1)], encoding


def _read_xlsx(data: bytes, name: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    import openpyxl  # only when an XLSX comes in
    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        raise ValidationError(f"{name}: not a readable XLSX workbook ({exc})", field="file",
                              reason="xlsx") from None
    try:
        sheet = wb.worksheets[0]
        rows = iter(sheet.iter_rows(values_only=True))
        header = [_cell(c) for c in next(rows, ())]
        body = [(i, [_cell(c) for c in r]) for i, r in enumerate(rows, start=2)]
    finally:
        wb.close()
    if not any(header):
        raise ValidationError(f"{name}: the first sheet has no header row", field="file",
                              reason="empty")
    return header, body


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):  # Excel stores every number as a float
        d = Decimal(repr(value))
        return format(d.normalize(), "f") if d == d.to_integral() else str(d)
    return str(value).strip()


def parse(path: Path) -> ParsedFile:
    """Read the file and match its headers; refuse it whole if a required column is missing."""
    header, rows, encoding = read_table(path)
    headers = [h.strip() for h in header]
    mapping: dict[str, str] = {}
    seen: dict[str, str] = {}
    for h in headers:
        c = canonical(h)
        if c is None:
            continue
        if c in seen:
            raise ValidationError(f"Columns {seen[c]!r} and {h!r} both mean {c}; keep one",
                                  field="file", reason="duplicate_column")
        seen[c] = h
        mapping[h] = c
    missing = [c for c in REQUIRED if c not in seen]
    if missing:
        raise ValidationError(
            f"{path.name}: required column(s) missing: {', '.join(missing)} (found: "
            f"{', '.join(h for h in headers if h) or 'no header'})", field="file",
            reason="missing_columns", missing=missing)
    raw_rows = []
    for number, values in rows:
        if not any(x.strip() for x in values):
            continue  # blank lines and trailing empty rows
        raw_rows.append((number, {h: (values[i].strip() if i < len(values) else "")
                                  for i, h in enumerate(headers) if h}))
    return ParsedFile(path.name, encoding, headers, mapping, raw_rows)


def validate_rows(parsed: ParsedFile, *, merchant_id: int | None, sender: tuple[str, str, str],
                  origin_branch_id: int | None, cod_cap: Decimal = v.DEFAULT_COD_CAP
                  ) -> tuple[list[OrderRow], list[Reject]]:
    """Each row to a WaybillInput, or a Reject naming the row, column and reason."""
    good: list[OrderRow] = []
    rejects: list[Reject] = []
    first_row: dict[str, int] = {}
    back = {c: h for h, c in parsed.mapping.items()}
    for number, raw in parsed.raw_rows:
        row = {c: raw.get(h, "") for h, c in parsed.mapping.items()}
        try:
            ref = v.required_text(row.get("order_ref", ""), "order_ref", "Order ref", 64)
            if ref in first_row:
                raise ValidationError(f"order_ref {ref} repeats row {first_row[ref]}",
                                      field="order_ref", reason="duplicate")
            if row.get("recipient_province") and len(row.get("recipient_province", "")) > 20:
                raise ValidationError("Province is longer than 20 characters",
                                      field="recipient_province", reason="too_long")
            data = WaybillInput(
                recipient_name=v.required_text(row.get("recipient_name", ""),
                                               "recipient_name", "Recipient name", 60),
                recipient_phone=v.phone(row.get("recipient_phone", "")),
                recipient_address=v.required_text(row.get("recipient_address", ""),
                                                  "recipient_address", "Address", 300),
                recipient_postcode=v.postcode(row.get("recipient_postcode", "")),
                recipient_province=row.get("recipient_province", "")[:20],
                recipient_city=row.get("recipient_city", "")[:40],
                recipient_district=row.get("recipient_district", "")[:40],
                pieces=v.pieces(row.get("pieces", "")),
                weight_kg=v.weight_kg(row.get("weight_kg", "")),
                service=v.service(row.get("service", "")),
                cod=v.amount(row.get("cod_amount", ""), "cod_amount", "COD amount",
                             cap=cod_cap),
                declared_value=v.amount(row.get("declared_value", ""), "declared_value",
                                        "Declared value", cap=insurance_terms().cap),
                contents=row.get("contents", "")[:200], note=row.get("note", "")[:200],
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


def _column_of(field_name: str | None) -> str:
    return {"cod": "cod_amount"}.get(field_name or "", field_name or "")


def write_rejects(path: Path, parsed: ParsedFile, rejects: list[Reject]) -> None:
    """The rejected rows as the merchant sent them, with row, column and reason first;
    UTF-8 with BOM so Excel opens the Chinese correctly."""
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["row", "column", "reason", *[h for h in parsed.headers if h]])
        for r in rejects:
            w.writerow([r.row, r.column, r.reason,
                        *[r.raw.get(h, "") for h in parsed.headers if h]])


def iter_preview(parsed: ParsedFile, n: int = 20) -> Iterator[tuple[int, dict[str, str]]]:
    yield from parsed.raw_rows[:n]
