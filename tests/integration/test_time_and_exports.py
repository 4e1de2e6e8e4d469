"""Times in the depot's zone and safe spreadsheet cells, on SQLite and PostgreSQL: events near
midnight UTC land on the right local day of a statement period, the POD, the statement PDF and
the CSV/XLSX show local time with its offset, and a merchant's formula-like text reaches the
CSV/XLSX (statement, rejects) as text. Two zones, so nothing can hard-code +08:00."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from carrier_app.delivery import pod as D
from carrier_app.documents.statement import render_statement
from carrier_app.finance import cashup as C
from carrier_app.finance import settlement as S
from carrier_app.finance.export import to_csv, to_xlsx
from carrier_app.store import UnitOfWork
from carrier_app.store.models import Merchant, Parcel, ProofOfDelivery
from delivery_support import dispatcher, finance, out_for_delivery, pdf_text_and_codes, strokes

D15 = dispatcher("571-15")
MARCH = (date(2026, 3, 1), date(2026, 3, 31))
#: delivered at (UTC) and order ref as the merchant sent it
PARCELS = [(datetime(2026, 2, 28, 16, 30, tzinfo=UTC), '=HYPERLINK("http://evil.example","x")'),
           (datetime(2026, 3, 31, 16, 30, tzinfo=UTC), "+1"),
           (datetime(2026, 3, 15, 4, 0, tzinfo=UTC), "@SUM(A1)")]
#: per zone: which parcels (index) March includes and their local times as exported/printed
LOCAL = {
    "Asia/Shanghai": {0: ("2026-03-01T00:30:00+08:00", "2026-03-01 00:30"),
                      2: ("2026-03-15T12:00:00+08:00", "2026-03-15 12:00")},
    "America/New_York": {2: ("2026-03-15T00:00:00-04:00", "2026-03-15 00:00"),
                         1: ("2026-03-31T12:30:00-04:00", "2026-03-31 12:30")},
}


@pytest.fixture(params=sorted(LOCAL))
def zone(request, monkeypatch):
    monkeypatch.setenv("CARRIER_TZ", request.param)
    return request.param


def delivered_near_midnight(db) -> list[str]:
    """Three COD parcels delivered and cashed up; their PODs moved to PARCELS' times, their
    order refs and the merchant's name formula-like, a fee above the COD (negative net)."""
    wbs, _ = out_for_delivery(db, 3, cod="10.00")
    for wb in wbs:
        with UnitOfWork(db) as uow:
            D.deliver(uow, D15, D.DeliveryInput(wb, "张三", "SELF", strokes(),
                                                payment_method="cash"))
    with UnitOfWork(db) as uow:
        cu = C.open_cashup(uow, finance(), "C5711501")
    with UnitOfWork(db) as uow:
        C.declare(uow, finance(), cu.id, {"cash": "30.00"})
    with UnitOfWork(db) as uow:
        for wb, (at, ref) in zip(wbs, PARCELS, strict=True):
            pid = uow.session.scalar(select(Parcel.id).where(Parcel.waybill_no == wb))
            uow.session.execute(update(ProofOfDelivery).where(ProofOfDelivery.parcel_id == pid)
                                .values(delivered_at=at))
            # No freight price: the merchant's flat fee applies (priced parcels pay freight).
            uow.session.execute(update(Parcel).where(Parcel.id == pid)
                                .values(order_ref=ref, freight_fen=None))
        uow.session.execute(update(Merchant).where(Merchant.code == "M001")
                            .values(name="-2+3 商贸", fee_per_parcel_fen=1500))
        uow.commit()
    return wbs


def test_statement_period_pdf_csv_xlsx_in_the_depot_zone(demo_db, zone):
    wbs = delivered_near_midnight(demo_db)
    local = LOCAL[zone]
    with UnitOfWork(demo_db) as uow:
        st = S.settle(uow, finance(), "M001", *MARCH)
    assert [x.waybill_no for x in st.lines] == [wbs[i] for i in local]
    assert st.net_total == Decimal("-10.00")

    rows = list(csv.reader(io.StringIO(to_csv(st).decode("utf-8-sig"))))
    title, body, total = rows[0], rows[2:-1], rows[-1]
    assert title[2] == "'-2+3 商贸" and zone in title[-1]
    assert [r[3] for r in body] == [iso for iso, _ in local.values()]
    assert [r[1] for r in body] == ["'" + PARCELS[i][1] for i in local]
    assert [r[6] for r in body] == ["-5.00", "-5.00"] and total[4:] == ["20.00", "30.00",
                                                                        "-10.00"]

    ws = load_workbook(io.BytesIO(to_xlsx(st))).active
    refs = [ws.cell(r, 2) for r in range(3, 3 + len(local))]
    assert [c.value for c in refs] == ["'" + PARCELS[i][1] for i in local]
    assert {c.data_type for c in refs} == {"s"} and ws.cell(1, 3).data_type == "s"
    assert [ws.cell(r, 4).value for r in range(3, 5)] == [iso for iso, _ in local.values()]
    net = ws.cell(ws.max_row, 7)
    assert net.data_type == "n" and net.value == pytest.approx(-10.0)

    text, _ = pdf_text_and_codes(render_statement(st))
    for _, shown in local.values():
        assert shown in text
    assert "2026-02-28 16:30" not in text and zone in text


def test_pod_pdf_shows_local_time_with_offset(demo_db, zone):
    wbs = delivered_near_midnight(demo_db)
    with UnitOfWork(demo_db) as uow:
        text, _ = pdf_text_and_codes(D.pod_pdf(uow, D15, [wbs[0]]))
    expected = {"Asia/Shanghai": "2026-03-01 00:30 +08:00",
                "America/New_York": "2026-02-28 11:30 -05:00"}[zone]
    assert expected in text


def test_merchant_text_in_the_rejects_csv_is_neutralised(demo_db, actor, tmp_path):
    from carrier_app.waybill.import_service import import_orders
    from carrier_app.waybill.numbers import NumberAllocator

    src = tmp_path / "orders.csv"
    with src.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["订单号", "收件人", "电话", "地址", "邮编", "件数", "重量"])
        w.writerow(['=HYPERLINK("http://evil.example","x")', "@SUM(A1)", "123", "+1 路", "310012",
                    "1", "1"])          # bad phone
        w.writerow(["-2+3", "张三", "13812345678", "地址", "310012", "1", "-1"])   # bad weight
    rejects = tmp_path / "rejects.csv"
    r = import_orders(demo_db, actor("clerk"), NumberAllocator(demo_db, block_size=10), src,
                      "M001", rejects_path=rejects)
    assert r.created == 0 and len(r.rejects) == 2
    with rejects.open(encoding="utf-8-sig", newline="") as f:
        written = list(csv.reader(f))
    assert written[1][3:7] == ['\'=HYPERLINK("http://evil.example","x")', "'@SUM(A1)", "123",
                               "'+1 路"]
    assert written[2][3] == "'-2+3" and written[2][9] == "'-1"


def test_routing_rules_export_neutralises_and_import_reads_it_back(demo_db):
    from carrier_app.sorting import rules
    from delivery_support import SUPERVISOR

    note = '=HYPERLINK("http://evil.example","x")'
    with UnitOfWork(demo_db) as uow:
        rid = rules.save_rule(uow, SUPERVISOR, rules.RuleInput("571-15", "03",
                                                               postcode_prefix="3100",
                                                               note=note))
        uow.commit()
    with UnitOfWork(demo_db) as uow:
        text = rules.export_csv(uow, SUPERVISOR)
    row = next(r for r in csv.reader(io.StringIO(text)) if r[0] == "3100")
    assert row[-1] == "'" + note
    with UnitOfWork(demo_db) as uow:
        rules.import_csv(uow, SUPERVISOR, text)
        uow.commit()
    with UnitOfWork(demo_db) as uow:
        assert next(r for r in rules.list_rules(uow, SUPERVISOR) if r.id == rid).note == note


def test_receiving_day_list_is_cut_on_the_local_day(demo_db, zone):
    from carrier_app.pickup import receiving
    from carrier_app.store.models import Receipt
    from hub_support import SUP, make_parcels

    (wb,) = make_parcels(demo_db, 1, merchant_id=1, weight="1.000")
    with UnitOfWork(demo_db) as uow:
        receiving.receive(uow, SUP, wb, Decimal("1.000"))      # without a pickup request
    with UnitOfWork(demo_db) as uow:
        uow.session.execute(update(Receipt).values(received_at=PARCELS[0][0]))
        uow.commit()
    local_day = {"Asia/Shanghai": date(2026, 3, 1), "America/New_York": date(2026, 2, 28)}[zone]
    for day in (date(2026, 2, 28), date(2026, 3, 1)):
        with UnitOfWork(demo_db) as uow:
            found = [d.waybill_no for d in receiving.discrepancies(uow, SUP, day)]
        assert found == ([wb] if day == local_day else []), day


def test_label_date_is_the_local_day_the_waybill_was_made(demo_db, zone, actor):
    from carrier_app.waybill.labels_service import print_labels, render_labels
    from delivery_support import create

    (wb,) = create(demo_db, 1)
    with UnitOfWork(demo_db) as uow:
        uow.session.execute(update(Parcel).values(created_at=PARCELS[0][0]))
        uow.commit()
    day = {"Asia/Shanghai": "2026-03-01", "America/New_York": "2026-02-28"}[zone]
    with UnitOfWork(demo_db) as uow:
        text, _ = pdf_text_and_codes(render_labels(uow, actor("clerk"), [wb]))
        zpl = print_labels(uow, actor("clerk"), [wb], fmt="zpl").document.decode()
    assert day in text and day in zpl
