"""Merchant files as they come (issue 12 item 5), on SQLite and PostgreSQL: a marketplace
export with its own headers and no weight column, one full-address column, cells Excel
mangled, rows without a route, and a column mapping saved for a merchant and used again by
the screen's use case and `import-orders --mapping`."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from carrier_app.core.errors import NotFound, ValidationError
from carrier_app.pickup import merchants, receiving
from carrier_app.store import UnitOfWork
from carrier_app.store.models import Merchant, Parcel, Receipt
from carrier_app.waybill.import_mappings import find_mapping, save_mapping
from carrier_app.waybill.import_service import import_orders
from carrier_app.waybill.numbers import NumberAllocator
from carrier_app.waybill.order_import import read_file, remap
from tests.cli_support import run_cli

# A Taobao-style export: 联系手机 and 联系电话 both there, the address in one column with its
# province, city and district, 商品名称 and 买家备注, and no weight at all.
TAOBAO = (
    "订单编号,收货人姓名,联系电话,联系手机,收货地址,商品名称,买家备注\n"
    "T1,张三,0571-88886666,13812345678,浙江省杭州市西湖区文三路90号 310012,连衣裙,放门口\n"
    'T2,李四,,="13912345678",浙江省杭州市西湖区天目山路1号,衬衫,\n'
    "T3,王五,,1.3712345678E+10,新疆维吾尔自治区乌鲁木齐市天山区光明路38号,围巾,\n"
    "T4,赵六,,1.38123E+10,浙江省杭州市西湖区文三路1号,帽子,\n"
)


def write(tmp_path, text, name="orders.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def set_default_weight(db, actor, code="M001", kg="0.5"):
    with UnitOfWork(db) as uow:
        row = next(m for m in merchants.list_merchants(uow, actor("supervisor"), code)
                   if m.code == code)
        data = merchants.MerchantData(**{f: getattr(row, f) for f in
                                         merchants.MerchantData.__dataclass_fields__})
        merchants.save_merchant(uow, actor("supervisor"),
                                merchants.MerchantData(**{**data.__dict__,
                                                          "default_weight": kg}),
                                merchant_id=row.id)


def run(db, actor, path, **kw):
    return import_orders(db, actor("clerk"), NumberAllocator(db, block_size=50), path, "M001",
                         **kw)


def by_ref(db):
    with UnitOfWork(db) as uow:
        found = {p.order_ref: p for p in uow.session.scalars(select(Parcel))}
        uow.session.expunge_all()  # read after the unit of work closes
        return found


def test_a_marketplace_export_without_weights_imports_with_the_merchants_default(
        demo_db, actor, tmp_path):
    set_default_weight(demo_db, actor)
    r = run(demo_db, actor, write(tmp_path, TAOBAO))
    # T4's phone lost digits in Excel: rejected naming the row, the column and what to do
    assert (r.rows, r.created, r.rejected) == (4, 3, 1)
    (reject,) = r.rejects
    assert (reject.row, reject.column, reject.code) == (5, "联系手机", "excel_number")
    assert "Text" in reject.reason
    got = by_ref(demo_db)
    t1, t2, t3 = got["T1"], got["T2"], got["T3"]
    # 联系手机 was read as the phone, 联系电话 left out
    assert (t1.recipient_phone, t2.recipient_phone, t3.recipient_phone) == (
        "13812345678", "13912345678", "13712345678")
    # the divisions and the postcode found inside the one address column
    assert (t1.recipient_province, t1.recipient_city, t1.recipient_district,
            t1.recipient_postcode) == ("浙江省", "杭州市", "西湖区", "310012")
    assert t1.recipient_address == "浙江省杭州市西湖区文三路90号"
    assert (t1.sort_code, t2.sort_code) == ("571-12-01", "571-12-02")
    assert (t1.contents, t1.note) == ("连衣裙", "放门口")
    assert all(p.weight_g == 500 and p.weight_estimated for p in (t1, t2, t3))
    # the row without a route is reported, not silently queued
    assert r.unrouted == [(4, t3.waybill_no)] and t3.sort_code is None


def test_rows_without_weight_are_rejected_when_the_merchant_has_no_default(
        demo_db, actor, tmp_path):
    r = run(demo_db, actor, write(tmp_path, TAOBAO))
    assert r.created == 0
    assert {(j.row, j.code) for j in r.rejects} == {
        (2, "no_weight"), (3, "no_weight"), (4, "no_weight"), (5, "excel_number")}


def test_the_default_weight_is_replaced_by_the_scale_at_receiving(demo_db, actor, tmp_path):
    set_default_weight(demo_db, actor)
    r = run(demo_db, actor, write(tmp_path, TAOBAO))
    wb = r.waybills[0]
    with UnitOfWork(demo_db) as uow:
        got = receiving.receive(uow, actor("clerk"), wb, receiving.parse_weight("1.25"))
    assert not got.weight_flag  # an estimate is no declaration to be off from
    with UnitOfWork(demo_db) as uow:
        p = uow.session.scalar(select(Parcel).where(Parcel.waybill_no == wb))
        assert (p.weight_g, p.weight_estimated) == (1250, False)
        assert uow.session.scalar(select(Receipt.measured_weight_g)) == 1250


ERP = ("单据号,客户,客户手机号码,送货地址,件重\n"
       "E1,孙七,13612345678,浙江省杭州市西湖区文三路90号,1.2\n")


def test_a_saved_mapping_reads_headers_no_alias_knows(demo_db, actor, tmp_path):
    path = write(tmp_path, ERP)
    with pytest.raises(ValidationError) as err:
        run(demo_db, actor, path)
    assert err.value.params["reason"] == "missing_columns"
    columns = {"单据号": "order_ref", "客户": "recipient_name",
               "客户手机号码": "recipient_phone", "送货地址": "recipient_address",
               "件重": "weight_kg"}
    with UnitOfWork(demo_db) as uow:
        save_mapping(uow, actor("clerk"), "M001", columns)
    r = run(demo_db, actor, path)   # the merchant's own mapping, without being asked
    assert (r.created, r.mapping) == (1, "M001")
    assert by_ref(demo_db)["E1"].weight_g == 1200
    with UnitOfWork(demo_db) as uow:
        assert find_mapping(uow, name="M001").columns == columns


def test_a_named_mapping_from_the_command_line(demo_db, actor, tmp_path):
    if not demo_db.is_sqlite:
        pytest.skip("a subprocess needs a database URL; the schema-per-test PostgreSQL has "
                    "none (the use case under it is the one tested above on both)")
    path = write(tmp_path, ERP.replace("E1", "E2"))
    db = demo_db.url.render_as_string(hide_password=False)
    saved = run_cli("import-mappings", "save", "erp-export", "--column", "单据号=order_ref",
                    "--column", "客户=recipient_name", "--column", "客户手机号码=recipient_phone",
                    "--column", "送货地址=recipient_address", "--column", "件重=weight_kg",
                    db=db, user="clerk")
    assert saved.returncode == 0, saved.stderr
    out = run_cli("import-orders", str(path), "--merchant", "M001", "--mapping",
                  "erp-export", "--json", db=db, user="clerk")
    assert out.returncode == 0, out.stderr
    assert '"mapping": "erp-export"' in out.stdout and '"created": 1' in out.stdout
    bad = run_cli("import-orders", str(path), "--merchant", "M001", "--mapping", "nope",
                  db=db, user="clerk")
    assert bad.returncode != 0 and "nope" in bad.stderr


def test_a_mapping_that_sends_two_columns_to_one_field_is_refused(demo_db, actor, tmp_path):
    parsed = read_file(write(tmp_path, ERP))
    with pytest.raises(ValidationError):
        remap(parsed, {"客户": "recipient_name", "单据号": "recipient_name"})
    with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError):
        save_mapping(uow, actor("clerk"), "M001", {"客户": "recipient_name",
                                                   "单据号": "recipient_name"})
    with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError):
        save_mapping(uow, actor("clerk"), "M001", {"客户": "shoe_size"})
    with UnitOfWork(demo_db) as uow, pytest.raises(NotFound):
        find_mapping(uow, name="nope")
    with UnitOfWork(demo_db) as uow:
        assert uow.session.scalar(select(Merchant.default_weight_g).where(
            Merchant.code == "M001")) == 0


@pytest.mark.parametrize("bad", ["-1", "abc", "2000", "1.2345"])
def test_a_bad_default_weight_is_refused_naming_the_field(demo_db, actor, bad):
    with pytest.raises(ValidationError) as err:
        set_default_weight(demo_db, actor, kg=bad)
    assert err.value.field == "default_weight"
