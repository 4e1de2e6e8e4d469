"""What the depot-day hot paths save must not change what they do (SQLite and PostgreSQL):
the counter waybill's one statement, the network snapshot of scan-to-assign and the counter,
and the rate-card rows read per waybill."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import product
from typing import Any

import pytest
from sqlalchemy import select, text, update

from carrier_app.core.errors import NotFound, ValidationError, WrongLocation
from carrier_app.core.lifecycle import Event
from carrier_app.core.pricing import Place, select_card
from carrier_app.core.roles import Actor, Role
from carrier_app.dispatch.assign import assign
from carrier_app.network.service import branch_id_of, known_network
from carrier_app.pricing.rates import candidate_cards, load_cards
from carrier_app.store import Database, UnitOfWork, open_database
from carrier_app.store.models import Branch, Courier, Hub, Merchant, Parcel
from tests.delivery_support import arrived, create, dispatcher, move
from tests.plan_support import query_plan


@pytest.fixture
def other(demo_db: Database) -> Iterator[Database]:
    """A second workstation's connection to the same database."""
    url = demo_db.url.render_as_string(hide_password=False)
    if demo_db.is_sqlite:
        db2 = open_database(url)
    else:
        with demo_db.engine.connect() as c:
            schema = c.execute(text("SELECT current_schema()")).scalar_one()
        db2 = open_database(url, search_path=schema)
    yield db2
    db2.dispose()


def test_counter_waybill_statement_stays_in_psycopgs_cache_and_writes_the_same_rows(
        demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """psycopg converts a statement with more than 50 parameters (or over 4 kB) anew for
    every execution: the counter's one-statement waybill had 66. Its constants are now
    written into the statement: the rows must hold what they held when bound."""
    sent: list[tuple[int, int]] = []
    if not demo_db.is_sqlite:
        import psycopg
        execute = psycopg.Cursor.execute

        def counted(cur: Any, query: Any, params: Any = None, **kw: Any) -> Any:
            sent.append((len(str(query).encode()), len(params or ())))
            return execute(cur, query, params, **kw)
        monkeypatch.setattr(psycopg.Cursor, "execute", counted)
    with demo_db.engine.connect() as c:
        uid = c.execute(text("SELECT max(id) FROM users")).scalar_one()
    counter = Actor(uid, "clerk", Role.SUPERVISOR, station="ws-counter", location="571-15")
    wb = create(demo_db, 1, merchant=None, at=counter)[0]
    if not demo_db.is_sqlite:
        from psycopg._queries import MAX_CACHED_STATEMENT_LENGTH, MAX_CACHED_STATEMENT_PARAMS
        assert sent and all(n <= MAX_CACHED_STATEMENT_LENGTH and k <= MAX_CACHED_STATEMENT_PARAMS
                            for n, k in sent), sent
    with demo_db.engine.connect() as c:
        p = c.execute(text("SELECT id, status, status_before_hold, is_return, failed_attempts, "
                           "courier_id, created_at, updated_at, last_location, created_by, "
                           "origin_branch_id FROM parcels WHERE waybill_no = :wb"),
                      {"wb": wb}).one()
        e = c.execute(text("SELECT piece_no, event, status_before, status_after, courier_id, "
                           "client_event_id, message, location_code, user_id, occurred_at, "
                           "station FROM scan_events WHERE parcel_id = :p"), {"p": p.id}).one()
        pieces = c.execute(text("SELECT piece_no, status, updated_at FROM pieces "
                                "WHERE parcel_id = :p"), {"p": p.id}).all()
        branch = c.execute(text("SELECT id FROM branches WHERE code = '571-15'")).scalar_one()
    assert (p.status, p.status_before_hold, p.is_return, p.failed_attempts, p.courier_id) == \
        ("CREATED", None, False, 0, None)
    assert p.updated_at == p.created_at and (p.last_location, p.created_by) == ("571-15", uid)
    assert p.origin_branch_id == branch  # the counter's branch (the network snapshot)
    assert (e.piece_no, e.event, e.status_before, e.status_after, e.courier_id,
            e.client_event_id, e.message) == (None, "CREATE", None, "CREATED", None, None, "")
    assert (e.location_code, e.user_id, e.occurred_at, e.station) == \
        ("571-15", uid, p.created_at, "ws-counter")
    assert [(n, s, t == p.created_at) for n, s, t in pieces] == [(1, "CREATED", True)]


def _new_branch(db: Database, number: str) -> tuple[str, str]:
    """A branch of hub 571 and a courier of it, added by another workstation: (branch code,
    courier code)."""
    code, courier = f"571-{number}", f"C571{number}01"
    with UnitOfWork(db) as uow:
        s = uow.session
        hub = s.scalar(select(Hub).where(Hub.code == "571"))
        assert hub is not None
        br = Branch(hub_id=hub.id, number=number, code=code, name=f"新营业部 {number}")
        s.add(br)
        s.flush()
        s.add(Courier(code=courier, name="新快递员", branch_id=br.id))
        uow.commit()
    return code, courier


def test_a_branch_added_after_the_snapshot_is_found_not_refused(
        demo_db: Database, other: Database) -> None:
    """Scan-to-assign checks the place on this process's network snapshot; a branch another
    workstation added since is read again before anything is refused."""
    d = dispatcher("571-15")
    first = arrived(demo_db, 1)[0]
    with UnitOfWork(demo_db) as uow:
        assign(uow, d, first, "C5711501")  # takes the snapshot
        assert "571-77" not in known_network(uow).places
    code, courier = _new_branch(other, "77")
    wb = create(demo_db, 1)[0]
    with UnitOfWork(other) as uow:  # routed to the new branch (its rules are not the point)
        bid = uow.session.scalar(select(Branch.id).where(Branch.code == code))
        uow.session.execute(update(Parcel).where(Parcel.waybill_no == wb).values(
            dest_branch_id=bid, sort_code=f"{code}-01"))
        uow.commit()
    move(demo_db, [wb], [Event.PICKUP, Event.RECEIVE, Event.SORT, Event.DEPART], "571")
    move(demo_db, [wb], [Event.ARRIVE], code)
    with UnitOfWork(demo_db) as uow:
        r = assign(uow, dispatcher(code), wb, courier)
    assert r.status_after.value == "ASSIGNED"
    # A counter at the new branch: its waybills start there.
    counter = Actor(None, "clerk", Role.SUPERVISOR, station="ws-new", location=code)
    with UnitOfWork(demo_db) as uow:
        assert branch_id_of(uow, code) == bid
        assert branch_id_of(uow, "571") is None  # a hub
        assert branch_id_of(uow, "999-99") is None
    wb2 = create(demo_db, 1, merchant=None, at=counter)[0]
    with demo_db.engine.connect() as c:
        assert c.execute(select(Parcel.origin_branch_id).where(
            Parcel.waybill_no == wb2)).scalar_one() == bid


def test_a_wrong_branch_is_still_refused_from_a_fresh_read(demo_db: Database) -> None:
    wb = arrived(demo_db, 1, branch="571-15")[0]
    with UnitOfWork(demo_db) as uow:
        known_network(uow)
    with pytest.raises(WrongLocation) as err, UnitOfWork(demo_db) as uow:
        assign(uow, dispatcher("571-12"), wb, "C5711201")
    assert err.value.params["reason"] == "not_destination"


def test_the_rows_read_per_waybill_choose_the_card_the_whole_card_chooses(
        demo_db: Database) -> None:
    """rates.candidate_cards reads only the rows that can match one parcel: for every
    service, merchant and pair of places (those the card names, others, unknown ones) the
    card chosen from them is the one chosen from the whole card."""
    with UnitOfWork(demo_db) as uow:
        merchants = {m.code: m.id for m in uow.session.scalars(select(Merchant))}
        whole = load_cards(uow)
        zones = {c.origin for c in whole} | {c.destination for c in whole}
        places = [Place(), Place("浙江省", "杭州市"), Place("", "上海市"),
                  Place("上海市", "上海市"), Place("新疆维吾尔自治区", "乌鲁木齐市"),
                  Place("广东省", "")] + [
            Place(z, "") for z in zones if z != "*"]
        checked = 0
        for service, merchant, src, dst in product(("standard", "express", "overnight"),
                                                   [None, *merchants], places, places):
            mid = merchants.get(merchant) if merchant else None
            want: Any
            try:
                want = select_card(whole, service, src, dst, merchant)
            except NotFound:
                want = None
            try:
                got = select_card(candidate_cards(uow, service, mid, src, dst), service, src,
                                  dst, merchant)
            except NotFound:
                got = None
            assert got == want, (service, merchant, src, dst)
            checked += want is not None
    assert checked > 50  # most combinations are priced: the comparison was not of nothing



def test_scan_to_assign_counts_the_couriers_load_by_the_partial_index(demo_db: Database) -> None:
    """parcels had no index on courier_id: each assignment's load count read every parcel
    assigned or out for delivery in the network. It now reads ix_parcels_carried (sequential
    scans off on PostgreSQL; SQLite's own plan), and the count still holds the capacity."""
    from sqlalchemy import event

    wbs = arrived(demo_db, 3)
    with UnitOfWork(demo_db) as uow:
        uow.session.execute(update(Courier).where(Courier.code == "C5711501").values(capacity=2))
        uow.commit()
    sent: list[tuple[str, Any]] = []

    def keep(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any,
             executemany: bool) -> None:
        if "count(*)" in statement and "couriers" in statement:
            sent.append((statement, parameters))

    event.listen(demo_db.engine, "before_cursor_execute", keep)
    try:
        for wb in wbs[:2]:
            with UnitOfWork(demo_db) as uow:
                assign(uow, dispatcher(), wb, "C5711501")
        with pytest.raises(ValidationError) as full, UnitOfWork(demo_db) as uow:
            assign(uow, dispatcher(), wbs[2], "C5711501")
    finally:
        event.remove(demo_db.engine, "before_cursor_execute", keep)
    assert full.value.params["reason"] == "courier_full" and "(2/2 parcels)" in full.value.message
    assert len(sent) == 3
    statement, parameters = sent[0]
    with UnitOfWork(demo_db) as uow:
        plan = query_plan(uow, statement, parameters)
    assert "ix_parcels_carried" in plan, plan
