"""Counter acceptance (收寄, issue 14 item 1) on SQLite and PostgreSQL: real-name ID checked
and never stored readable, a returning sender found by ID, prohibited contents refused or
overridden by a supervisor, inspection printed on the label, agreement merchants exempt."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from sqlalchemy import inspect, select, text

from carrier_app.core.errors import PermissionDenied, ValidationError
from carrier_app.sorting.routing import load_router
from carrier_app.store import UnitOfWork
from carrier_app.store.models import AuditLog, Merchant, Parcel, ScanEvent
from carrier_app.tracking.history import track
from carrier_app.waybill import acceptance
from carrier_app.waybill.import_service import import_orders
from carrier_app.waybill.labels_service import render_labels
from carrier_app.waybill.numbers import NumberAllocator
from carrier_app.waybill.service import WaybillInput, create_waybill, update_waybill
from tests.acceptance_support import COUNTER, GOOD_RIC

WALK_IN = WaybillInput(recipient_name="张三", recipient_phone="13812345678",
                       recipient_address="文三路 90 号", recipient_postcode="310012",
                       weight_kg=Decimal("1.250"), sender_phone="13900001111",
                       sender_address="杭州市西湖区天目山路 1 号", contents="图书",
                       **COUNTER)  # type: ignore[arg-type]
#: The check character of GOOD_RIC is X: any other is wrong.
WRONG_CHECK = GOOD_RIC[:-1] + "5"


@pytest.fixture
def kit(demo_db, actor):
    with UnitOfWork(demo_db) as uow:
        router = load_router(uow)
    allocator = NumberAllocator(demo_db, block_size=10, station="test")
    allocator.ensure(8)
    return demo_db, actor("clerk"), actor("supervisor"), allocator, router


def make(kit, data: WaybillInput, who=None):  # type: ignore[no-untyped-def]
    db, clerk, _sup, allocator, router = kit
    with UnitOfWork(db) as uow:
        return create_waybill(uow, who or clerk, allocator, router, data)


def refused(kit, data: WaybillInput, who=None) -> ValidationError:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as err:
        make(kit, data, who)
    return err.value


def test_an_id_with_a_wrong_check_character_is_refused(kit):
    err = refused(kit, replace(WALK_IN, sender_id_number=WRONG_CHECK))
    assert err.field == "sender_id_number" and err.params["reason"] == "id_checksum"
    assert refused(kit, replace(WALK_IN, sender_id_number="")).field == "sender_id_number"
    assert refused(kit, replace(WALK_IN, sender_id_type="")).field == "sender_id_type"
    assert refused(kit, replace(WALK_IN, sender_name=" ")).field == "sender_name"
    passport = make(kit, replace(WALK_IN, sender_id_type="PASSPORT",
                                 sender_id_number="E12345678"))
    assert passport.waybill_no
    assert refused(kit, replace(WALK_IN, sender_id_type="HKMO",
                                sender_id_number="X1234")).field == "sender_id_number"


def test_the_number_is_stored_nowhere_readable(kit, tmp_path):
    db = kit[0]
    wb = make(kit, WALK_IN).waybill_no
    with UnitOfWork(db) as uow:
        p = uow.session.scalar(select(Parcel).where(Parcel.waybill_no == wb))
        assert p.sender_id_type == "RIC" and p.sender_id_masked == "1101**********002X"
        assert len(p.sender_id_hash) == 64 and GOOD_RIC not in p.sender_id_hash
        history = track(uow, kit[1], wb)
    pdf = _label(kit, wb)
    needles = (GOOD_RIC, GOOD_RIC[4:14], GOOD_RIC.lower())
    exports = [json.dumps(history.__dict__, default=str, ensure_ascii=False), _text(pdf)]
    for blob in exports:
        assert not any(n in blob for n in needles)
    # Every column of every table, as the database itself renders it.
    with db.engine.connect() as conn:
        for table in inspect(conn).get_table_names():
            rows = conn.execute(text(f'SELECT * FROM "{table}"')).all()
            dump = repr(rows)
            assert not any(n in dump for n in needles), table
    if db.engine.dialect.name == "sqlite":  # and the file's bytes, WAL included
        path = db.engine.url.database
        db.engine.dispose()
        files = [Path(path + s) for s in ("", "-wal") if Path(path + s).exists()]
        assert files
        for f in files:
            assert not any(n.encode() in f.read_bytes() for n in needles)


def _label(kit, wb: str) -> bytes:  # type: ignore[no-untyped-def]
    with UnitOfWork(kit[0]) as uow:
        return render_labels(uow, kit[1], [wb])


def _text(pdf: bytes) -> str:
    doc = pdfium.PdfDocument(pdf)
    try:
        return "".join(page.get_textpage().get_text_range() for page in doc)
    finally:
        doc.close()


def test_a_returning_sender_is_found_by_id(kit):
    db, clerk = kit[0], kit[1]
    make(kit, WALK_IN)
    make(kit, replace(WALK_IN, sender_name="王五", sender_phone="13900002222",
                      sender_address="杭州市上城区解放路 8 号",
                      sender_id_number=GOOD_RIC.lower()))   # typed with a small x
    with UnitOfWork(db) as uow:
        found = acceptance.find_sender(uow, clerk, "RIC", f" {GOOD_RIC[:6]} {GOOD_RIC[6:]} ")
        other = acceptance.find_sender(uow, clerk, "RIC", "11010519491231010X")
    assert found is not None
    assert (found.name, found.phone, found.address) == ("王五", "13900002222",
                                                        "杭州市上城区解放路 8 号")
    assert found.id_masked == "1101**********002X"
    assert other is None


def test_listed_contents_need_a_supervisors_override(kit):
    db, clerk, sup = kit[0], kit[1], kit[2]
    lighter = replace(WALK_IN, contents="打火机 2 个")
    err = refused(kit, lighter)
    assert err.field == "contents" and "打火机" in err.message
    with pytest.raises(PermissionDenied):
        make(kit, replace(lighter, override_reason="一次性打火机已取出"), clerk)
    wb = make(kit, replace(lighter, override_reason="空的收藏打火机, 无燃料"), sup).waybill_no
    with UnitOfWork(db) as uow:
        audit = uow.session.execute(select(AuditLog.details, AuditLog.username).where(
            AuditLog.action == "waybill.prohibited_override", AuditLog.entity_id == wb)).one()
        event = uow.session.scalar(select(ScanEvent.details).join(Parcel).where(
            Parcel.waybill_no == wb, ScanEvent.event == "CREATE"))
    assert "无燃料" in audit.details and audit.username == "supervisor"
    details = json.loads(event)
    assert details["override"] == {"words": ["打火机"], "reason": "空的收藏打火机, 无燃料",
                                   "by": "supervisor"}
    # A correction from the form obeys the same rule.
    with UnitOfWork(db) as uow, pytest.raises(ValidationError):
        clean = make(kit, WALK_IN).waybill_no
        update_waybill(uow, clerk, kit[4], clean, replace(WALK_IN, contents="锂电池"))


def test_the_label_says_inspected_only_when_inspected(kit):
    seen = make(kit, WALK_IN).waybill_no
    not_seen = make(kit, replace(WALK_IN, inspected=False,
                                 inspection_note="寄件人拒绝开箱")).waybill_no
    assert "已验视" in _text(_label(kit, seen))
    assert "已验视" not in _text(_label(kit, not_seen))
    err = refused(kit, replace(WALK_IN, inspected=False, inspection_note=""))
    assert err.field == "inspection_note"


def test_an_agreement_merchant_is_exempt_and_others_are_not(kit, tmp_path):
    db, clerk, sup = kit[0], kit[1], kit[2]
    with UnitOfWork(db) as uow:
        ids = dict(uow.session.execute(select(Merchant.code, Merchant.id)).all())
    bare = replace(WALK_IN, sender_name="", sender_id_type="", sender_id_number="",
                   inspected=False)
    assert make(kit, replace(bare, merchant_id=ids["M001"])).waybill_no      # 协议客户
    assert refused(kit, replace(bare, merchant_id=ids["M003"])).field == "sender_name"
    assert make(kit, replace(WALK_IN, merchant_id=ids["M003"])).waybill_no  # hander's ID
    orders = tmp_path / "orders.csv"
    orders.write_text("order_ref,recipient_name,recipient_phone,recipient_address,"
                      "recipient_postcode,weight_kg,contents\n"
                      "A1,张三,13812345678,文三路 90 号,310012,1.2,图书\n"
                      "A2,李四,13812345679,文三路 91 号,310012,1.2,打火机\n", encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        import_orders(db, sup, kit[3], orders, "M003")
    assert err.value.params["reason"] == "no_agreement"
    out = import_orders(db, sup, kit[3], orders, "M001")
    assert out.created == 1 and [(r.row, r.code) for r in out.rejects] == [(3, "prohibited")]
    # The agreement is a supervisor's to set; then M003 imports too.
    with UnitOfWork(db) as uow, pytest.raises(PermissionDenied):
        acceptance.set_safety_agreement(uow, clerk, "M003", date(2026, 12, 1))
    with UnitOfWork(db) as uow:
        acceptance.set_safety_agreement(uow, sup, "M003", date(2026, 12, 1))
    assert import_orders(db, sup, kit[3], orders, "M003").created == 1


def test_the_list_round_trips_through_csv(kit, tmp_path):
    db, clerk, sup = kit[0], kit[1], kit[2]
    path = tmp_path / "list.csv"
    with UnitOfWork(db) as uow:
        n = acceptance.export_list(uow, clerk, path)
    assert n >= 10 and "打火机" in path.read_text(encoding="utf-8-sig")
    path.write_text("word,category,note\n=cmd,禁寄,formula-looking\n榴莲,限寄,气味\n",
                    encoding="utf-8")
    with UnitOfWork(db) as uow, pytest.raises(PermissionDenied):
        acceptance.import_list(uow, clerk, path.read_bytes())
    with UnitOfWork(db) as uow:
        assert acceptance.import_list(uow, sup, path.read_bytes()).words == 2
    with UnitOfWork(db) as uow:
        acceptance.export_list(uow, clerk, path)
    assert "'=cmd" in path.read_text(encoding="utf-8-sig")
    assert make(kit, replace(WALK_IN, contents="打火机")).waybill_no  # no longer listed
    assert refused(kit, replace(WALK_IN, contents="猫山王榴莲")).field == "contents"
