"""The monthly freight bill (月结账单) and its netting against the COD statement (issue 14
item 6), on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from carrier_app.core.clock import local_text
from carrier_app.core.errors import PermissionDenied, ValidationError
from carrier_app.core.lifecycle import Event
from carrier_app.dispatch.common import today
from carrier_app.documents.bill import render_bill
from carrier_app.finance import billing as B
from carrier_app.finance import cashup as C
from carrier_app.finance import settlement as S
from carrier_app.sorting.routing import load_router
from carrier_app.store import Database, UnitOfWork
from carrier_app.store.models import Bill, BillLine, Merchant, Parcel
from carrier_app.waybill.numbers import NumberAllocator
from carrier_app.waybill.service import WaybillInput, create_waybill
from delivery_support import (
    POSTCODES, SUPERVISOR, dispatcher, finance, move, out_for_delivery, pdf_text_and_codes,
)
from tests.acceptance_support import COUNTER
from tests.plan_support import query_plan
from tests.integration.test_finance import deliver_all

GOLDEN = Path(__file__).parent / "data" / "month_bill_M002_2026-10.csv"
FIN = finance()
SH = "Asia/Shanghai"


@pytest.fixture(autouse=True)
def _shanghai(monkeypatch: pytest.MonkeyPatch) -> None:
    """Months are cut on the carrier's local dates: fix the zone so the golden file holds."""
    monkeypatch.setenv("CARRIER_TZ", SH)


def _local(text: str) -> datetime:
    """'2026-10-31 23:30' in Shanghai (UTC+8, no DST) as a UTC instant."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC) - timedelta(hours=8)


#: (created at, branch, province, city, kg, dims, declared value, payer, order ref, received)
PARCELS = [
    ("2026-10-01 00:05", "571-15", "浙江省", "杭州市", "1.000", None, "0", None, "A-1", True),
    ("2026-10-09 14:00", "021-08", "上海市", "上海市", "2.300", None, "0", None, "A-2", True),
    ("2026-10-12 09:30", "010-05", "北京市", "北京市", "1.200", (40, 30, 20), "0", None,
     "=HYPERLINK(1)", True),
    ("2026-10-20 16:45", "571-12", "浙江省", "杭州市", "0.800", None, "2000", None, "A-4",
     True),
    ("2026-10-31 23:30", "021-08", "上海市", "上海市", "18.100", None, "0", None, "A-5", True),
    # not on the October bill: the sender paid cash; received in November; a September and
    # a November parcel (local dates: 1 Nov 00:10 in Shanghai is still 31 Oct in UTC).
    ("2026-10-15 10:00", "571-15", "浙江省", "杭州市", "1.000", None, "0", "SENDER_CASH",
     "A-6", True),
    ("2026-09-30 23:50", "571-15", "浙江省", "杭州市", "1.000", None, "0", None, "A-7", True),
    ("2026-11-01 00:10", "571-15", "浙江省", "杭州市", "1.000", None, "0", None, "A-8", True),
    ("2026-10-25 11:00", "571-15", "浙江省", "杭州市", "3.000", None, "0", None, "A-9", False),
    # remote-area surcharge (the card prices by the recipient's province, whatever the route)
    ("2026-10-18 08:00", "571-15", "新疆维吾尔自治区", "乌鲁木齐市", "2.000", None, "0", None,
     "A-10", True),
]


def _make(db: Database, specs: list[tuple], merchant: str = "M002") -> list[str]:
    """Waybills created through the real service (priced from the demo rate card), received
    at the hub when flagged, then dated back to their creation time."""
    allocator = NumberAllocator(db, block_size=max(len(specs), 10), station="test")
    allocator.ensure(len(specs))
    with UnitOfWork(db) as uow:
        mid = uow.session.scalar(select(Merchant.id).where(Merchant.code == merchant))
        router = load_router(uow)
        wbs = [create_waybill(uow, SUPERVISOR, allocator, router, WaybillInput(
            recipient_name="张三", recipient_phone="13812345678",
            recipient_address=f"测试路 {i + 1} 号", recipient_postcode=POSTCODES[branch],
            recipient_province=prov, recipient_city=city, merchant_id=mid, order_ref=ref,
            weight_kg=Decimal(kg), dimensions_cm=dims, declared_value=Decimal(declared),
            payer=payer, **COUNTER)).waybill_no
            for i, (_, branch, prov, city, kg, dims, declared, payer, ref, _) in
            enumerate(specs)]
        uow.commit()
    move(db, [wb for wb, s in zip(wbs, specs, strict=True) if s[-1]],
         [Event.PICKUP, Event.RECEIVE], "571")
    with UnitOfWork(db) as uow:
        for wb, spec in zip(wbs, specs, strict=True):
            uow.session.execute(update(Parcel).where(Parcel.waybill_no == wb)
                                .values(created_at=_local(spec[0])))
        uow.commit()
    return wbs


def _golden_rows(bill: B.MonthBill, wbs: list[str]) -> list[list[str]]:
    """The bill as the golden file has it: waybills by their row in PARCELS (numbers differ
    from run to run), amounts as text."""
    index = {wb: f"#{i + 1}" for i, wb in enumerate(wbs)}
    out = [[index[x.waybill_no], x.order_ref, local_text(x.created_at),
            x.destination, str(x.chargeable_weight_kg), str(x.freight), str(x.surcharge),
            str(x.insurance), str(x.discount), str(x.total), "late" if x.late else ""]
           for x in bill.lines]
    out.append(["total", "", "", "", "", str(bill.freight_total), str(bill.surcharge_total),
                str(bill.insurance_total), str(bill.discount_total), str(bill.total), ""])
    return out


def test_month_bill_equals_the_golden_file_and_is_issued_once(demo_db):
    wbs = _make(demo_db, PARCELS)
    with UnitOfWork(demo_db) as uow:
        preview = B.month_bill(uow, FIN, "M002", "2026-10")
    assert preview.bill_no is None and preview.waiting == [wbs[8]]  # not received yet
    with GOLDEN.open(encoding="utf-8", newline="") as f:
        golden = list(csv.reader(f))
    assert [golden[0]] + _golden_rows(preview, wbs) == golden
    # Each line adds up to the fen, and the totals are the sum of the lines.
    for x in preview.lines:
        assert x.total == x.freight + x.surcharge + x.insurance - x.discount
    assert preview.total == sum((x.total for x in preview.lines), Decimal(0))

    with UnitOfWork(demo_db) as uow:
        bill = B.issue(uow, FIN, "M002", "2026-10")
    assert bill.bill_no == "BLM002-202610" and bill.issued_at is not None
    assert _golden_rows(bill, wbs) == golden[1:]  # issued exactly what was previewed
    # Issuing again, or showing the month, is the same bill: nothing billed twice.
    with UnitOfWork(demo_db) as uow:
        again = B.issue(uow, FIN, "M002", "2026-10")
    with UnitOfWork(demo_db) as uow:
        shown = B.month_bill(uow, FIN, "m002", " 2026-10 ")
    assert again == bill == shown
    with UnitOfWork(demo_db) as uow:
        assert uow.session.scalar(select(Bill.parcel_count)) == 6
        assert len(uow.session.scalars(select(BillLine.id)).all()) == 6
        assert uow.session.scalar(select(Bill.total_fen)) == int(bill.total * 100)

    # The late parcel: received after the October bill, it goes on the next one - marked late.
    move(demo_db, [wbs[8]], [Event.PICKUP, Event.RECEIVE], "571")
    with UnitOfWork(demo_db) as uow:
        assert B.month_bill(uow, FIN, "M002", "2026-10").waiting == [wbs[8]]
        nov = B.month_bill(uow, FIN, "M002", "2026-11")
    assert [(x.waybill_no, x.late) for x in nov.lines] == [(wbs[8], True), (wbs[7], False)]
    # September was never issued: its parcel waits for the September bill, not October's.
    with UnitOfWork(demo_db) as uow:
        sep = B.issue(uow, FIN, "M002", "2026-09")
    assert [x.waybill_no for x in sep.lines] == [wbs[6]]
    with UnitOfWork(demo_db) as uow:
        nov = B.issue(uow, FIN, "M002", "2026-11")
    assert {x.waybill_no for x in nov.lines} == {wbs[7], wbs[8]}
    with UnitOfWork(demo_db) as uow:
        billed = uow.session.scalars(select(BillLine.parcel_id)).all()
    assert len(billed) == len(set(billed)) == 9  # every MONTHLY parcel once; cash one never


def test_cancelled_parcels_are_not_billed_and_bad_months_are_refused(demo_db):
    spec = ("2026-10-05 10:00", "571-15", "浙江省", "杭州市", "1.000", None, "0", None, "C-1",
            False)
    wbs = _make(demo_db, [spec, spec[:8] + ("C-2", True)])
    with UnitOfWork(demo_db) as uow:
        from carrier_app.tracking.scans import append_scan
        append_scan(uow, SUPERVISOR, wbs[0], Event.CANCEL)
        uow.commit()
    with UnitOfWork(demo_db) as uow:
        bill = B.month_bill(uow, FIN, "M002", "2026-10")
    assert [x.waybill_no for x in bill.lines] == [wbs[1]] and bill.waiting == []
    for bad in ("2026-13", "2026-1", "26-10", "oct", ""):
        with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError) as e:
            B.month_bill(uow, FIN, "M002", bad)
        assert (e.value.field, e.value.params["reason"]) == ("month", "month")
    this_month = f"{today():%Y-%m}"
    with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError) as e:
        B.issue(uow, FIN, "M002", this_month)
    assert e.value.params["reason"] == "month_open"
    with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError) as e:
        B.issue(uow, FIN, "M003", "2026-10")
    assert e.value.params["reason"] == "nothing_to_bill"
    with UnitOfWork(demo_db) as uow, pytest.raises(PermissionDenied):
        B.issue(uow, dispatcher(), "M002", "2026-10")


def test_bill_pdf_and_xlsx(demo_db):
    wbs = _make(demo_db, PARCELS[:5])
    with UnitOfWork(demo_db) as uow:
        bill = B.issue(uow, FIN, "M002", "2026-10")
    from carrier_app.documents.bill import render_bill
    from carrier_app.finance.bill_export import to_xlsx

    text, codes = pdf_text_and_codes(render_bill(bill))
    assert codes == ["BLM002-202610"]
    assert "月结账单" in text and "M002" in text and "2026-10" in text
    assert all(wb in text for wb in wbs)
    assert f"{bill.total:,.2f}" in text and f"{bill.freight_total:,.2f}" in text
    ws = load_workbook(io.BytesIO(to_xlsx(bill))).active
    body = list(ws.iter_rows(min_row=3, values_only=True))
    assert [r[0] for r in body[:-1]] == wbs
    assert body[2][1] == "'=HYPERLINK(1)"  # an order ref is text, never a formula
    assert body[-1][9] == pytest.approx(float(bill.total))
    assert sum(Decimal(str(r[9])) for r in body[:-1]) == bill.total


def _delivered_and_cashed_up(db: Database, wbs: list[str], cash: str) -> None:
    """Delivered, their COD handed over and the courier's cash-up closed."""
    deliver_all(db, wbs)
    with UnitOfWork(db) as uow:
        cu = C.open_cashup(uow, FIN, "C5711501")
    with UnitOfWork(db) as uow:
        C.declare(uow, FIN, cu.id, {"cash": cash})


def test_netting_cod_against_the_bill_exact_to_the_fen_and_once(demo_db):
    wbs, _ = out_for_delivery(demo_db, 3, cod="33.33")  # M001: contract price, MONTHLY
    _delivered_and_cashed_up(demo_db, wbs, "99.99")
    with UnitOfWork(demo_db) as uow:
        uow.session.execute(update(Parcel).where(Parcel.waybill_no.in_(wbs))
                            .values(created_at=_local("2026-10-10 10:00")))
        uow.commit()
    with UnitOfWork(demo_db) as uow:
        bill = B.issue(uow, FIN, "M001", "2026-10")
    assert bill.total == Decimal("18.00")  # 3 x 6.00 contract price
    d0, d1 = today() - timedelta(days=1), today() + timedelta(days=1)
    with UnitOfWork(demo_db) as uow:
        pv = S.preview(uow, FIN, "M001", d0, d1, bills=[bill.bill_no])
    # The known defect: a priced (billed) parcel paid the flat 3.00 fee on top of its freight.
    assert (pv.cod_total, pv.fee_total, pv.bill_total) == (
        Decimal("99.99"), Decimal("0.00"), Decimal("18.00"))
    assert pv.net_total == Decimal("81.99")
    with UnitOfWork(demo_db) as uow:
        st = S.settle(uow, FIN, "M001", d0, d1, bills=[bill.bill_no.lower()])
    assert st.net_total == Decimal("81.99") and st.bills == ((bill.bill_no, Decimal("18.00")),)
    with UnitOfWork(demo_db) as uow:
        assert S.statement(uow, FIN, st.statement_no) == st  # the reprint nets the same
        assert B.month_bill(uow, FIN, "M001", "2026-10").netted_on == st.statement_no
    # Nothing settled twice: neither the bill nor the COD parcels.
    with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError) as e:
        S.settle(uow, FIN, "M001", d0, d1, bills=[bill.bill_no])
    assert e.value.params["reason"] == "bill_netted"
    with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError) as e:
        S.preview(uow, FIN, "M001", d0, d1, bills=["BLM002-202610"])
    assert e.value.params["reason"] == "unknown_bill"
    with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError):
        S.settle(uow, FIN, "M001", d0, d1)
    from carrier_app.documents.statement import render_statement
    from carrier_app.finance.export import to_xlsx

    text, _ = pdf_text_and_codes(render_statement(st))
    assert bill.bill_no in text and "81.99" in text and "-18.00" in text
    ws = load_workbook(io.BytesIO(to_xlsx(st))).active
    assert ws.cell(ws.max_row, 7).value == pytest.approx(81.99)


def test_a_bill_larger_than_the_cod_leaves_the_merchant_owing(demo_db):
    _make(demo_db, PARCELS[4:5])  # 18.1 kg to Shanghai
    with UnitOfWork(demo_db) as uow:
        bill = B.issue(uow, FIN, "M002", "2026-10")
    d0 = today()
    with UnitOfWork(demo_db) as uow:
        st = S.settle(uow, FIN, "M002", d0, d0, bills=[bill.bill_no])
    assert st.lines == [] and st.net_total == -bill.total < 0
    from carrier_app.documents.statement import render_statement

    text, _ = pdf_text_and_codes(render_statement(st))
    assert "商家应付" in text and f"{bill.total:,.2f}" in text


def test_the_flat_fee_stays_for_parcels_without_a_freight_price(demo_db):
    wbs, _ = out_for_delivery(demo_db, 2, cod="10.00")
    with UnitOfWork(demo_db) as uow:  # one of them priced by no rate card
        uow.session.execute(update(Parcel).where(Parcel.waybill_no == wbs[0])
                            .values(freight_fen=None))
        uow.commit()
    _delivered_and_cashed_up(demo_db, wbs, "20.00")
    with UnitOfWork(demo_db) as uow:
        st = S.settle(uow, FIN, "M001", today() - timedelta(days=1), today())
    assert {x.waybill_no: x.fee for x in st.lines} == {wbs[0]: Decimal("3.00"),
                                                       wbs[1]: Decimal("0.00")}
    assert st.net_total == Decimal("17.00")


def test_a_refused_daofu_charge_back_is_billed_once_on_the_month_of_the_charge(demo_db):
    """The money branch charges a refused 到付 parcel's freight to the merchant; the monthly
    bill is where the merchant pays it: on the bill of the charge's month, marked, once."""
    from carrier_app.delivery import attempts as F
    from carrier_app.store.models import FreightCharge

    (wb,), _ = out_for_delivery(demo_db, 1, merchant="M003", payer="RECEIVER")
    with UnitOfWork(demo_db) as uow:
        assert F.fail(uow, dispatcher("571-15"), wb, "REFUSED").returning
    with UnitOfWork(demo_db) as uow:  # charged in October (Shanghai time)
        uow.session.execute(update(FreightCharge).values(created_at=_local("2026-10-20 12:00")))
        uow.commit()
    with UnitOfWork(demo_db) as uow:
        preview = B.month_bill(uow, FIN, "M003", "2026-10")
    assert [(x.waybill_no, x.charge_back, x.late, x.total) for x in preview.lines] == [
        (wb, True, False, Decimal("12.00"))]
    with UnitOfWork(demo_db) as uow:
        bill = B.issue(uow, FIN, "M003", "2026-10")
    assert bill.total == Decimal("12.00")
    text, _codes = pdf_text_and_codes(render_bill(bill))
    assert "退" in text and "charged back" in text
    with UnitOfWork(demo_db) as uow:  # not billed again, on no later bill
        assert B.month_bill(uow, FIN, "M003", "2026-11").lines == []
        assert len(uow.session.scalars(select(BillLine)).all()) == 1


def _marks(db: Database, wbs: list[str]) -> dict[str, tuple[bool, bool]]:
    with UnitOfWork(db) as uow:
        return {wb: (s, b) for wb, s, b in uow.session.execute(
            select(Parcel.waybill_no, Parcel.settled, Parcel.billed)
            .where(Parcel.waybill_no.in_(wbs)))}


def test_settled_and_billed_parcels_are_marked_and_0020_marks_those_settled_before_it(demo_db):
    """A statement and a bill mark their parcels (parcels.settled / billed, migration 0020):
    the next statement and bill read only the open ones. A database settled and billed before
    0020 gets the same marks from settled_parcels and bill_lines."""
    from tests.integration.test_migrations import _alembic

    wbs, _ = out_for_delivery(demo_db, 3, cod="10.00")  # M001, MONTHLY
    _delivered_and_cashed_up(demo_db, wbs[:2], "20.00")
    with UnitOfWork(demo_db) as uow:
        uow.session.execute(update(Parcel).where(Parcel.waybill_no.in_(wbs[:2]))
                            .values(created_at=_local("2026-10-10 10:00")))
        uow.commit()
    with UnitOfWork(demo_db) as uow:
        B.issue(uow, FIN, "M001", "2026-10")
    d0, d1 = today() - timedelta(days=1), today() + timedelta(days=1)
    with UnitOfWork(demo_db) as uow:
        S.settle(uow, FIN, "M001", d0, d1)
    marked = {wbs[0]: (True, True), wbs[1]: (True, True), wbs[2]: (False, False)}
    assert _marks(demo_db, wbs) == marked
    _alembic(demo_db, "downgrade", "0019")
    _alembic(demo_db, "upgrade", "head")
    assert _marks(demo_db, wbs) == marked
    deliver_all(demo_db, wbs[2:], "cash")  # delivered, its COD not handed over yet
    with UnitOfWork(demo_db) as uow:
        pv = S.preview(uow, FIN, "M001", d0, d1)
        assert (pv.lines, pv.pending) == ([], [wbs[2]])
        assert [x.waybill_no for x in B.month_bill(uow, FIN, "M001", "2026-10").lines] == [
            wbs[0], wbs[1]]  # the issued bill, reprinted


def test_statement_and_bill_read_the_merchants_open_parcels_by_their_partial_indexes(demo_db):
    """The settlement and bill queries imply their partial index's WHERE (statuses written
    as literals, not parameters), so the database can read only the open parcels: with
    sequential scans off, PostgreSQL's plan and SQLite's use ix_parcels_unsettled and
    ix_parcels_unbilled. A query that could not use them would read every parcel the
    merchant ever had (2.7 s for a preview at a million, bench/settlement_bench.py)."""
    from sqlalchemy import event

    sent: list[tuple[str, object]] = []

    def keep(conn, cursor, statement, parameters, context, executemany):
        if "FROM parcels" in statement and "merchant_id" in statement:
            sent.append((statement, parameters))

    event.listen(demo_db.engine, "before_cursor_execute", keep)
    try:
        with UnitOfWork(demo_db) as uow:
            S.preview(uow, FIN, "M001", today(), today())
            B.month_bill(uow, FIN, "M001", "2026-10")
    finally:
        event.remove(demo_db.engine, "before_cursor_execute", keep)
    plans = []
    with UnitOfWork(demo_db) as uow:
        for statement, parameters in sent:
            plans.append(query_plan(uow, statement, parameters))
    assert any("ix_parcels_unsettled" in p for p in plans), plans
    assert any("ix_parcels_unbilled" in p for p in plans), plans
