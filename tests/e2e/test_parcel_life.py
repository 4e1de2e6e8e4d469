"""A parcel's whole life through the real services, on SQLite and PostgreSQL: a merchant's
order file → waybills and decoded labels → received at the origin hub → sort station →
bag → linehaul manifest → arrival reconciled at the branch → auto-assign → run sheet →
signed COD delivery → courier cash-up → merchant statement exact to the fen."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from delivery_support import dispatcher, finance, pdf_text_and_codes, strokes
from sqlalchemy import select

from carrier_app.core import hubnumbers
from carrier_app.core.roles import Actor, Role
from carrier_app.delivery import pod as D
from carrier_app.dispatch import assign as A
from carrier_app.dispatch import runs as R
from carrier_app.dispatch.common import today
from carrier_app.finance import cashup as C
from carrier_app.finance import settlement as S
from carrier_app.pickup.receiving import receive
from carrier_app.sorting import arrival, bags, manifests
from carrier_app.sorting.common import HubSerials
from carrier_app.sorting.sort_station import SortOutcome, SortStation
from carrier_app.store import UnitOfWork
from carrier_app.store.models import Parcel
from carrier_app.tracking.history import track
from carrier_app.waybill.import_service import import_orders
from carrier_app.waybill.labels_service import render_labels
from carrier_app.waybill.numbers import NumberAllocator

ORDERS = ("订单号,收件人,电话,省,市,区,地址,邮编,件数,重量,代收货款\n"
          "L1,赵敏,13812345678,浙江省,杭州市,滨江区,江南大道 3688 号,310051,1,1.2,128.50\n"
          "L2,周芷若,0571-88886666,浙江省,杭州市,滨江区,\"江南大道 100 号, 5 楼\",,2,3.5,\n")


def test_from_order_file_to_statement(demo_db, tmp_path):
    db = demo_db
    clerk = Actor(None, "clerk", Role.CLERK, station="counter-1", location="571")
    sorter = Actor(None, "sorter", Role.SORTER, station="sort-3", location="571")
    hub_lead = Actor(None, "lead", Role.SUPERVISOR, station="dock-1", location="571")
    branch = dispatcher("571-15")

    # 1. the merchant's file (GB18030) becomes waybills routed to the 滨江 branch
    orders = tmp_path / "orders.csv"
    orders.write_bytes(ORDERS.encode("gb18030"))
    result = import_orders(db, clerk, NumberAllocator(db, block_size=10), orders, "M001")
    assert (result.created, result.rejected, result.encoding) == (2, 0, "gb18030")
    cod_wb, big_wb = result.waybills
    with UnitOfWork(db) as uow:
        codes = dict(uow.session.execute(select(Parcel.waybill_no, Parcel.sort_code)).all())
    assert codes[cod_wb].startswith("571-15-") and codes[big_wb].startswith("571-15-")

    # 2. labels: one page per piece, every barcode decodes
    with UnitOfWork(db) as uow:
        pdf = render_labels(uow, clerk, result.waybills)
    text, decoded = pdf_text_and_codes(pdf)
    assert {cod_wb, f"{big_wb}-1", f"{big_wb}-2", big_wb} <= set(decoded)
    assert "赵敏" in text

    # 3. received at the origin hub (dropped at the counter: no pickup), then sorted
    for wb, kg in ((cod_wb, "1.2"), (big_wb, "3.5")):
        with UnitOfWork(db) as uow:
            receive(uow, sorter, wb, Decimal(kg))
    station = SortStation(db, sorter)
    first = station.scan(cod_wb)
    assert first.outcome is SortOutcome.OK and first.sort_code == codes[cod_wb]
    assert station.scan(big_wb).outcome is SortOutcome.OK
    assert station.scan(cod_wb).outcome is SortOutcome.DUPLICATE

    # 4. bagged for the branch, sealed, on a linehaul manifest, departed
    bag_serials = HubSerials(db, hubnumbers.BAG)
    bag_serials.ensure(1)
    with UnitOfWork(db) as uow:
        bag = bags.open_bag(uow, hub_lead, bag_serials, "571-15")
        uow.commit()
    for wb in (cod_wb, big_wb):
        with UnitOfWork(db) as uow:
            bags.add_to_bag(uow, hub_lead, bag.bag_no, wb)
    with UnitOfWork(db) as uow:
        bags.seal_bag(uow, hub_lead, bag.bag_no)
        uow.commit()
    mf_serials = HubSerials(db, hubnumbers.MANIFEST)
    mf_serials.ensure(1)
    with UnitOfWork(db) as uow:
        mf = manifests.create_manifest(uow, hub_lead, mf_serials, "571-15", vehicle="浙A12345",
                                       seal_no="S-889", driver="老王")
        uow.commit()
    with UnitOfWork(db) as uow:
        manifests.add_to_manifest(uow, hub_lead, mf.manifest_no, bag.bag_no)
        uow.commit()
    with UnitOfWork(db) as uow:
        manifests.depart(uow, hub_lead, mf.manifest_no)

    # 5. arrival at the branch: the bag is scanned, nothing short, over or misrouted
    with UnitOfWork(db) as uow:
        session_id = arrival.start(uow, branch)
        uow.commit()
    with UnitOfWork(db) as uow:
        arrival.scan(uow, branch, session_id, bag.bag_no)
    with UnitOfWork(db) as uow:
        rec = arrival.close(uow, branch, session_id)
    assert not rec.shortages and not rec.overages and not rec.misroutes

    # 6. auto-assigned, run sheet printed (OUT_FOR_DELIVERY), COD delivered with signature
    with UnitOfWork(db) as uow:
        preview = A.preview_auto_assign(uow, branch, "571-15", on=today())
        assert {p.waybill_no for p in preview.proposals} == {cod_wb, big_wb}
        A.confirm(uow, branch, preview)
    courier = next(p.courier_code for p in preview.proposals if p.waybill_no == cod_wb)
    with UnitOfWork(db) as uow:
        run_id = R.create_run(uow, branch, courier, run_date=today()).id
    with UnitOfWork(db) as uow:
        sheet = R.print_run(uow, branch, run_id)
    assert cod_wb in pdf_text_and_codes(sheet)[1]
    with UnitOfWork(db) as uow:
        D.deliver(uow, branch, D.DeliveryInput(cod_wb, "赵敏", "SELF", strokes(),
                                               payment_method="cash"))

    # 7. the courier hands over exactly the COD; the merchant's statement adds up
    fin = finance("fin")
    with UnitOfWork(db) as uow:
        cu = C.open_cashup(uow, fin, courier)
    assert cu.expected == Decimal("128.50")
    with UnitOfWork(db) as uow:
        cu = C.declare(uow, fin, cu.id, {"cash": "128.50", "transfer": "0"})
    assert cu.status == "CLOSED" and cu.variance == Decimal("0.00")
    with UnitOfWork(db) as uow:
        st = S.settle(uow, fin, "M001", today() - timedelta(days=1), today() + timedelta(days=1))
    assert [x.waybill_no for x in st.lines] == [cod_wb]
    # Priced by M001's contract card and billed monthly: no flat fee on top (issue 14).
    assert (st.cod_total, st.fee_total, st.net_total) == (
        Decimal("128.50"), Decimal("0.00"), Decimal("128.50"))

    with UnitOfWork(db) as uow:
        history = [e.event for e in track(uow, fin, cod_wb).events]
    assert history == ["CREATE", "RECEIVE", "SORT", "BAG", "DEPART", "ARRIVE", "ASSIGN",
                       "OUT_FOR_DELIVERY", "DELIVER"]
