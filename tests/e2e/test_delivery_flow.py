"""The whole last mile: arrival at the branch -> auto-assign -> run sheet -> one delivered
with a signature, one failed three times -> return -> returned to the merchant, one COD
delivered with a cash variance approved -> the merchant's statement exact to the fen."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from sqlalchemy import select

from carrier_app.core.lifecycle import Event
from carrier_app.delivery import attempts as F
from carrier_app.delivery import pod as D
from carrier_app.dispatch import assign as A
from carrier_app.dispatch import runs as R
from carrier_app.dispatch.common import today
from carrier_app.finance import cashup as C
from carrier_app.finance import settlement as S
from carrier_app.finance.export import to_csv
from carrier_app.store import UnitOfWork
from carrier_app.store.models import Parcel
from carrier_app.tracking.history import track
from delivery_support import (
    arrived, dispatcher, finance, move, pdf_text_and_codes, strokes,
)


def statuses(db, wbs):
    with UnitOfWork(db) as uow:
        rows = dict(uow.session.execute(select(Parcel.waybill_no, Parcel.status)
                                        .where(Parcel.waybill_no.in_(wbs))).all())
    return [rows[w] for w in wbs]


def run_day(db, d, on):
    """Auto-assign what waits at the branch, make and print the runs: {courier: run id}."""
    with UnitOfWork(db) as uow:
        pv = A.preview_auto_assign(uow, d, "571-15", on=on)
        res = A.confirm(uow, d, pv)
    assert not res.conflicts
    runs = {}
    for code in sorted({p.courier_code for p in pv.proposals}):
        with UnitOfWork(db) as uow:
            runs[code] = R.create_run(uow, d, code, run_date=on).id
        with UnitOfWork(db) as uow:
            pdf = R.print_run(uow, d, runs[code])
        _, codes = pdf_text_and_codes(pdf)
        assert set(codes) >= {p.waybill_no for p in pv.proposals if p.courier_code == code}
    return runs


def test_last_mile_to_statement(demo_db):
    d = dispatcher("571-15")
    plain, = arrived(demo_db, 1, cod="0")
    failing, = arrived(demo_db, 1, cod="45.60")
    cod, = arrived(demo_db, 1, cod="199.99")
    wbs = [plain, failing, cod]
    assert statuses(demo_db, wbs) == ["ARRIVED"] * 3

    day = today()
    runs = run_day(demo_db, d, day)
    assert statuses(demo_db, wbs) == ["OUT_FOR_DELIVERY"] * 3

    with UnitOfWork(demo_db) as uow:
        D.deliver(uow, d, D.DeliveryInput(plain, "张三", "SELF", strokes()))
    with UnitOfWork(demo_db) as uow:
        D.deliver(uow, d, D.DeliveryInput(cod, "李四", "FAMILY", strokes(),
                                          payment_method="cash"))
    for attempt in (1, 2, 3):
        with UnitOfWork(demo_db) as uow:
            out = F.fail(uow, d, failing, "NOBODY_HOME")
        for run_id in runs.values():
            with UnitOfWork(demo_db) as uow:
                R.close_run(uow, d, run_id)
        if attempt < 3:
            day = out.next_attempt
            runs = run_day(demo_db, d, day)
    assert out.returning and out.ret.dest_branch_code == "571-12"
    assert statuses(demo_db, wbs) == ["DELIVERED", "RETURN_TO_SENDER", "DELIVERED"]

    # the return flows back to the merchant's branch and is signed for there
    move(demo_db, [failing], [Event.DEPART], "571-15")
    move(demo_db, [failing], [Event.ARRIVE], "571-12")
    with UnitOfWork(demo_db) as uow:
        D.deliver(uow, dispatcher("571-12"), D.DeliveryInput(
            failing, "林小姐", "MERCHANT", strokes(), counter_pickup=True))
    assert statuses(demo_db, wbs) == ["DELIVERED", "RETURNED", "DELIVERED"]

    # cash-up: 199.99 expected, 200.00 handed over, variance approved by a supervisor
    fin, boss = finance("fin"), finance("fin-boss")
    with UnitOfWork(demo_db) as uow:
        cu = C.open_cashup(uow, fin, "C5711501")
    assert cu.expected == Decimal("199.99") and [p[0] for p in cu.parcels] == [cod]
    with UnitOfWork(demo_db) as uow:
        cu = C.declare(uow, fin, cu.id, {"cash": "200.00", "transfer": "0"})
    assert cu.status == "PENDING" and cu.variance == Decimal("0.01")
    with UnitOfWork(demo_db) as uow:
        cu = C.approve_variance(uow, boss, cu.id, "customer rounded up")
    assert cu.status == "CLOSED"

    # statement: COD 199.99, no flat fee (the parcels carry a freight price: billed monthly)
    with UnitOfWork(demo_db) as uow:
        st = S.settle(uow, fin, "M001", today() - timedelta(days=1), day + timedelta(days=1))
    assert {x.waybill_no: x.kind for x in st.lines} == {
        plain: "delivered", cod: "delivered", failing: "returned"}
    assert (st.cod_total, st.fee_total, st.net_total) == (
        Decimal("199.99"), Decimal("0.00"), Decimal("199.99"))
    assert to_csv(st).decode("utf-8-sig").splitlines()[-1].endswith("199.99,0.00,199.99")
    with UnitOfWork(demo_db) as uow:
        history = track(uow, fin, failing)
    events = [e.event for e in history.events]
    assert events.count("FAIL") == 3 and "REROUTE" in events and events[-1] == "DELIVER"
