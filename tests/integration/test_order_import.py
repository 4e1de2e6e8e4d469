"""Merchant order import on SQLite and PostgreSQL: encodings, quoting, duplicates, bad rows,
whole-file refusals, XLSX, idempotent re-import, cancel."""

from __future__ import annotations

import csv
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import func, select

from carrier_app.core.errors import NotFound, ValidationError
from carrier_app.store import UnitOfWork
from carrier_app.store.models import ImportBatch, Parcel, Piece
from carrier_app.waybill.import_service import ImportCancelled, import_orders
from carrier_app.waybill.numbers import NumberAllocator

HEADER = "订单号,收件人,电话,地址,邮编,件数,重量,代收货款,备注"
ROWS = [
    'A1,张三,13812345678,"浙江省杭州市西湖区文三路 90 号, 3 楼",310012,1,1.5,59.90,',
    'A2,李四,0571-88886666,"上海市浦东新区\n世纪大道 100 号",200120,2,2.250,,"易碎, 小心"',
    "A3,Wang Wu,+86 139 1001 2345,北京市朝阳区三里屯路 19 号,100020,1,0.3,0,",
]


def write(tmp_path, name, text, encoding="utf-8", newline="\n"):
    path = tmp_path / name
    path.write_bytes(text.replace("\n", newline).encode(encoding))
    return path


def run(db, actor, path, merchant="M001", **kw):
    return import_orders(db, actor("clerk"), NumberAllocator(db, block_size=50), path, merchant,
                         **kw)


def parcels(db):
    with UnitOfWork(db) as uow:
        return {p.order_ref: (p.waybill_no, p.recipient_name, p.recipient_address, p.pieces,
                              p.weight_g, p.cod_fen, p.sort_code, p.note, p.recipient_phone)
                for p in uow.session.scalars(select(Parcel))}


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk"])
def test_every_encoding_imports_the_same(demo_db, actor, tmp_path, encoding):
    path = write(tmp_path, "orders.csv", "\n".join([HEADER, *ROWS]) + "\n", encoding)
    r = run(demo_db, actor, path)
    assert (r.rows, r.created, r.already_present, r.rejected) == (3, 3, 0, 0)
    assert r.encoding == {"gbk": "gb18030"}.get(encoding, encoding)
    got = parcels(demo_db)
    assert got["A1"][1:7] == ("张三", "浙江省杭州市西湖区文三路 90 号, 3 楼", 1, 1500, 5990,
                              "571-12-01")
    assert got["A2"][2] == "上海市浦东新区 世纪大道 100 号"  # quoted newline kept as a space
    assert got["A2"][3] == 2 and got["A2"][7] == "易碎, 小心"
    assert got["A3"][8] == "13910012345"
    with UnitOfWork(demo_db) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Piece)) == 4
        batch = uow.session.scalar(select(ImportBatch))
        assert (batch.created, batch.rows_total) == (3, 3)


def test_windows_line_endings_and_english_headers(demo_db, actor, tmp_path):
    text = ("Order_Ref,Recipient_Name,PHONE,Address,Postcode,Weight_kg,Service\r\n"
            "B1,Amy,13812345678,Somewhere 1,310012,1,express\r\n")
    r = run(demo_db, actor, write(tmp_path, "o.csv", text))
    assert r.created == 1
    with UnitOfWork(demo_db) as uow:
        assert uow.session.scalar(select(Parcel.service)) == "express"


def test_reimport_creates_nothing_new_and_says_how_many_were_there(demo_db, actor, tmp_path):
    path = write(tmp_path, "orders.csv", "\n".join([HEADER, *ROWS]))
    first = run(demo_db, actor, path)
    again = run(demo_db, actor, path)
    assert (again.created, again.already_present) == (0, 3)
    assert len(parcels(demo_db)) == 3
    assert set(first.waybills) == {v[0] for v in parcels(demo_db).values()}


def test_bad_rows_are_rejected_with_row_column_and_reason(demo_db, actor, tmp_path):
    rows = [HEADER,
            "C1,好人,13812345678,地址一,310012,1,1,,",       # row 2: fine
            "C2,坏电话,12345,地址二,310012,1,1,,",             # row 3: phone
            "C3,坏邮编,13812345678,地址三,3100,1,1,,",         # row 4: postcode
            "C4,负货款,13812345678,地址四,310012,1,1,-5,",     # row 5: negative COD
            "C5,零件,13812345678,地址五,310012,0,1,,",         # row 6: pieces 0
            "C1,重复,13812345678,地址六,310012,1,1,,",         # row 7: duplicate ref
            "C7,零重量,13812345678,地址七,310012,1,0,,",       # row 8: weight
            ",,,,,,,,",                                         # blank row: skipped
            "C8,,13812345678,地址八,310012,1,1,,"]             # row 10: name missing
    rejects_path = tmp_path / "rejects.csv"
    r = run(demo_db, actor, write(tmp_path, "o.csv", "\n".join(rows)), rejects_path=rejects_path)
    assert r.created == 1
    got = [(x.row, x.column) for x in r.rejects]
    assert got == [(3, "电话"), (4, "邮编"), (5, "代收货款"), (6, "件数"), (7, "订单号"),
                   (8, "重量"), (10, "收件人")]
    assert "repeats row 2" in r.rejects[4].reason
    assert "negative" in r.rejects[2].reason
    with rejects_path.open(encoding="utf-8-sig") as f:
        written = list(csv.reader(f))
    assert written[0][:4] == ["row", "column", "reason", "订单号"]
    assert [w[0] for w in written[1:]] == ["3", "4", "5", "6", "7", "8", "10"]
    assert written[1][3] == "C2"


def test_missing_required_column_refuses_the_whole_file(demo_db, actor, tmp_path):
    path = write(tmp_path, "o.csv", "订单号,收件人,地址,重量\nD1,张三,某地,1\n")
    with pytest.raises(ValidationError) as exc:
        run(demo_db, actor, path)
    assert "recipient_phone" in exc.value.message
    assert parcels(demo_db) == {}


@pytest.mark.parametrize("content,reason", [
    (b"", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" + bytes(range(256)) * 4, "binary"),
])
def test_empty_and_binary_files_are_refused(demo_db, actor, tmp_path, content, reason):
    path = tmp_path / "orders.csv"
    path.write_bytes(content)
    with pytest.raises(ValidationError) as exc:
        run(demo_db, actor, path)
    assert exc.value.params["reason"] == reason


def test_xlsx_with_formula_and_empty_trailing_row(demo_db, actor, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["order_ref", "recipient_name", "recipient_phone", "recipient_address",
               "recipient_postcode", "pieces", "weight_kg", "cod_amount"])
    ws.append(["X1", "张三", 13812345678, "文三路 90 号", 310012, 1, 1.25, 59.9])
    ws.append(["X2", "李四", "13812345679", "世纪大道 100 号", "200120", 1, "=1+1", None])
    ws.append([None] * 8)
    path = tmp_path / "orders.xlsx"
    wb.save(path)
    r = run(demo_db, actor, path)
    assert r.encoding == "xlsx"
    assert r.created == 1 and r.rows == 2
    assert (r.rejects[0].row, r.rejects[0].column) == (3, "weight_kg")
    got = parcels(demo_db)["X1"]
    assert (got[4], got[5], got[8]) == (1250, 5990, "13812345678")


def test_a_file_that_is_not_xlsx_is_refused(demo_db, actor, tmp_path):
    path = tmp_path / "orders.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ValidationError) as exc:
        run(demo_db, actor, path)
    assert exc.value.params["reason"] == "xlsx"


def test_cancel_imports_nothing(demo_db, actor, tmp_path):
    # More than two chunks of rows; addresses that share their districts, as a merchant's do
    # (one jionlp look-up, not 2,500: an address with none costs ~8 ms).
    rows = [HEADER] + [f"E{i},张三,13812345678,浙江省杭州市西湖区文三路{i}号,310012,1,1,,"
                       for i in range(2500)]
    path = write(tmp_path, "o.csv", "\n".join(rows))
    seen = []
    with pytest.raises(ImportCancelled):
        run(demo_db, actor, path, progress=lambda d, t: seen.append(d),
            cancelled=lambda: len(seen) >= 2)
    assert seen == [0, 1000]  # cancelled after a chunk was written, inside the transaction
    assert parcels(demo_db) == {}
    with UnitOfWork(demo_db) as uow:
        assert uow.session.scalar(select(func.count()).select_from(ImportBatch)) == 0


def test_unknown_merchant_and_cod_cap(demo_db, actor, tmp_path):
    path = write(tmp_path, "o.csv", f"{HEADER}\nF1,张三,13812345678,某地,310012,1,1,25000,\n")
    with pytest.raises(NotFound):
        run(demo_db, actor, path, merchant="M999")
    r = run(demo_db, actor, path, cod_cap=Decimal("20000"))
    assert r.created == 0 and "over the cap" in r.rejects[0].reason
