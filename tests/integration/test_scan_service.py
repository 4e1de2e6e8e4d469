"""The scan service on SQLite and PostgreSQL: one transaction per scan, idempotent,
illegal scans refused and recorded, nothing half-written."""

from __future__ import annotations

import pytest
from scan_support import make_parcels
from sqlalchemy import event, func, select

from carrier_app.core import s10
from carrier_app.core.errors import IllegalTransition, NotFound, PermissionDenied, ValidationError
from carrier_app.core.lifecycle import Event, Status
from carrier_app.store import UnitOfWork
from carrier_app.store.models import Parcel, Piece, RejectedScan, ScanEvent
from carrier_app.tracking.history import track
from carrier_app.tracking.scans import Outcome, append_scan


def scan(db, actor, code, event, **kw):
    with UnitOfWork(db) as uow:
        result = append_scan(uow, actor, code, event, **kw)
        uow.commit()
        return result


def events(db, wb):
    with UnitOfWork(db) as uow:
        return [(e.event, e.status_after) for e in uow.session.scalars(
            select(ScanEvent).join(Parcel).where(Parcel.waybill_no == wb)
            .order_by(ScanEvent.id))]


def status(db, wb):
    with UnitOfWork(db) as uow:
        return uow.session.scalar(select(Parcel.status).where(Parcel.waybill_no == wb))


def test_a_legal_scan_appends_an_event_and_moves_the_status(demo_db, actor):
    [wb] = make_parcels(demo_db)
    r = scan(demo_db, actor("sorter"), wb, Event.RECEIVE)
    assert r.outcome is Outcome.OK
    assert (r.status_before, r.status_after) == (Status.CREATED, Status.RECEIVED)
    assert r.sort_code == "571-12-01"
    assert status(demo_db, wb) == "RECEIVED"
    assert events(demo_db, wb) == [("CREATE", "CREATED"), ("RECEIVE", "RECEIVED")]


def test_the_same_scan_twice_is_a_no_op_that_says_so(demo_db, actor):
    [wb] = make_parcels(demo_db)
    scan(demo_db, actor("sorter"), wb, Event.RECEIVE)
    again = scan(demo_db, actor("sorter"), wb, Event.RECEIVE)
    assert again.outcome is Outcome.DUPLICATE
    assert "already" in again.message
    assert len(events(demo_db, wb)) == 2


def test_the_same_client_event_id_twice_is_a_no_op(demo_db, actor):
    wb, other = make_parcels(demo_db, 2)
    scan(demo_db, actor("sorter"), wb, Event.RECEIVE, client_event_id="dev1-0001")
    scan(demo_db, actor("sorter"), wb, Event.SORT, location="571-12")  # moved on since
    again = scan(demo_db, actor("sorter"), wb, Event.RECEIVE, client_event_id="dev1-0001")
    assert again.outcome is Outcome.DUPLICATE and "received twice" in again.message
    assert status(demo_db, wb) == "SORTED" and len(events(demo_db, wb)) == 3
    # The same id naming another scan is a device fault: refused, nothing recorded.
    for code, ev in ((wb, Event.SORT), (other, Event.RECEIVE)):
        with pytest.raises(ValidationError) as e:
            scan(demo_db, actor("sorter"), code, ev, client_event_id="dev1-0001")
        assert e.value.field == "client_event_id"
    assert status(demo_db, other) == "CREATED" and len(events(demo_db, other)) == 1


def test_an_illegal_scan_is_refused_named_and_recorded(demo_db, actor):
    [wb] = make_parcels(demo_db)
    with pytest.raises(IllegalTransition) as exc:
        scan(demo_db, actor("sorter"), wb, Event.SORT)  # not received yet
    assert exc.value.message == f"{wb} is CREATED; cannot be SORTED"
    assert exc.value.params["current"] == Status.CREATED
    assert status(demo_db, wb) == "CREATED"
    assert events(demo_db, wb)[-1] == ("REJECTED", None)


def test_sorted_again_elsewhere_says_where_it_was(demo_db, actor):
    [wb] = make_parcels(demo_db)
    scan(demo_db, actor("sorter"), wb, Event.RECEIVE)
    scan(demo_db, actor("sorter"), wb, Event.SORT)
    with pytest.raises(IllegalTransition) as exc:
        scan(demo_db, actor("sorter", location="021"), wb, Event.SORT)
    assert "already SORTED at 571" in exc.value.message


def test_unknown_waybill_is_recorded_and_raised(demo_db, actor):
    unknown = s10.make("AA", 99_999_000)
    with pytest.raises(NotFound):
        scan(demo_db, actor("sorter"), unknown, Event.RECEIVE)
    with UnitOfWork(demo_db) as uow:
        rows = [(r.raw_code, r.reason, r.event) for r in uow.session.scalars(select(RejectedScan))]
    assert rows == [(unknown, "unknown", "RECEIVE")]


def test_wrong_check_digit_is_refused_before_any_database_work(demo_db, actor):
    [wb] = make_parcels(demo_db)
    bad = wb[:10] + str((int(wb[10]) + 1) % 10) + wb[11:]
    with pytest.raises(ValidationError) as exc:
        scan(demo_db, actor("sorter"), bad, Event.RECEIVE)
    assert exc.value.params["reason"] == "check_digit"
    with UnitOfWork(demo_db) as uow:
        assert uow.session.scalar(select(func.count()).select_from(RejectedScan)) == 0


def test_permission_is_checked_in_the_service(demo_db, actor):
    [wb] = make_parcels(demo_db)
    with pytest.raises(PermissionDenied):
        scan(demo_db, actor("clerk"), wb, Event.DELIVER)
    with pytest.raises(PermissionDenied):
        scan(demo_db, actor("finance"), wb, Event.RECEIVE)
    assert len(events(demo_db, wb)) == 1


def test_hold_and_release_restore_the_previous_status(demo_db, actor):
    [wb] = make_parcels(demo_db)
    scan(demo_db, actor("sorter"), wb, Event.RECEIVE)
    scan(demo_db, actor("supervisor"), wb, Event.HOLD)
    with pytest.raises(IllegalTransition) as exc:
        scan(demo_db, actor("sorter"), wb, Event.SORT)
    assert "HELD" in exc.value.message
    r = scan(demo_db, actor("supervisor"), wb, Event.RELEASE)
    assert r.status_after is Status.RECEIVED
    assert scan(demo_db, actor("sorter"), wb, Event.SORT).status_after is Status.SORTED


def test_multi_piece_waybill_moves_piece_by_piece(demo_db, actor):
    [wb] = make_parcels(demo_db, pieces=2)
    scan(demo_db, actor("sorter"), wb, Event.RECEIVE)  # bare waybill: every piece
    r1 = scan(demo_db, actor("sorter"), f"{wb}-1", Event.SORT)
    assert r1.piece_no == 1 and r1.status_after is Status.RECEIVED  # slowest piece shows
    r2 = scan(demo_db, actor("sorter"), f"{wb}-2", Event.SORT)
    assert r2.status_after is Status.SORTED
    with UnitOfWork(demo_db) as uow:
        h = track(uow, actor("clerk"), wb)
        assert h.piece_statuses == [Status.SORTED, Status.SORTED]
        assert uow.session.scalar(select(func.count()).select_from(Piece)) == 2
    with pytest.raises(ValidationError):
        scan(demo_db, actor("sorter"), f"{wb}-3", Event.SORT)


def test_a_bare_waybill_scan_leaves_delivered_pieces_delivered(demo_db, actor):
    """Piece 1 delivered, piece 2 fails at the door: the waybill shows the failure, the
    delivered piece stays delivered, and the waybill is delivered once piece 2 is."""
    [wb] = make_parcels(demo_db, pieces=2)
    for e in (Event.RECEIVE, Event.SORT, Event.DEPART, Event.ARRIVE, Event.ASSIGN,
              Event.OUT_FOR_DELIVERY):
        scan(demo_db, actor("admin"), wb, e)
    scan(demo_db, actor("admin"), f"{wb}-1", Event.DELIVER)
    r = scan(demo_db, actor("admin"), wb, Event.FAIL)
    assert r.status_after is Status.DELIVERY_FAILED
    with UnitOfWork(demo_db) as uow:
        assert track(uow, actor("clerk"), wb).piece_statuses == [
            Status.DELIVERED, Status.DELIVERY_FAILED]
    for e in (Event.ASSIGN, Event.OUT_FOR_DELIVERY):
        scan(demo_db, actor("admin"), wb, e)
    r = scan(demo_db, actor("admin"), f"{wb}-2", Event.DELIVER)
    assert r.status_after is Status.DELIVERED and status(demo_db, wb) == "DELIVERED"


def test_cancel_only_before_pickup_and_the_number_is_kept(demo_db, actor):
    a, b = make_parcels(demo_db, 2)
    scan(demo_db, actor("clerk"), a, Event.CANCEL)
    scan(demo_db, actor("clerk"), b, Event.PICKUP)
    with pytest.raises(IllegalTransition):
        scan(demo_db, actor("clerk"), b, Event.CANCEL)
    [c] = make_parcels(demo_db)
    assert c not in (a, b) and status(demo_db, a) == "CANCELLED"


def test_a_failure_mid_scan_leaves_nothing_half_written(demo_db, actor):
    """The parcel UPDATE fails after the event and piece writes (SQLite; on PostgreSQL the
    three are one statement): all of it is rolled back."""
    [wb] = make_parcels(demo_db)

    def power_cut(conn, cursor, statement, params, context, executemany):
        if " UPDATE PARCELS" in f" {statement.upper()}":
            raise RuntimeError("power cut")

    event.listen(demo_db.engine, "before_cursor_execute", power_cut)
    try:
        with pytest.raises(RuntimeError):
            scan(demo_db, actor("sorter"), wb, Event.RECEIVE)
    finally:
        event.remove(demo_db.engine, "before_cursor_execute", power_cut)
    assert status(demo_db, wb) == "CREATED"
    assert events(demo_db, wb) == [("CREATE", "CREATED")]
    with UnitOfWork(demo_db) as uow:
        assert uow.session.scalar(select(Piece.status)) == "CREATED"


def test_notes_are_appended_without_changing_the_status(demo_db, actor):
    from carrier_app.tracking.scans import append_note
    [wb] = make_parcels(demo_db)
    with UnitOfWork(demo_db) as uow:
        append_note(uow, actor("clerk"), wb, Event.REPRINT, "label reprinted", {"copies": 1})
        uow.commit()
    assert status(demo_db, wb) == "CREATED"
    assert events(demo_db, wb)[-1] == ("REPRINT", None)
    with UnitOfWork(demo_db) as uow:
        with pytest.raises(ValueError):
            append_note(uow, actor("clerk"), wb, Event.SORT)


def test_the_recorder_never_commits_the_use_case_does(demo_db, actor):
    [wb] = make_parcels(demo_db)
    with UnitOfWork(demo_db) as uow:
        append_scan(uow, actor("sorter"), wb, Event.RECEIVE)   # no commit: the action is undone
    assert status(demo_db, wb) == "CREATED"
    assert events(demo_db, wb) == [("CREATE", "CREATED")]


def test_a_refusal_is_kept_while_the_refused_action_is_rolled_back(demo_db, actor):
    """A use case that wrote something and then hit an illegal scan: its writes are undone,
    the REJECTED record survives (written by the unit of work after the rollback)."""
    from carrier_app.store import audit
    from carrier_app.store.models import AuditLog

    [wb] = make_parcels(demo_db)
    with pytest.raises(IllegalTransition), UnitOfWork(demo_db) as uow:
        audit.record(uow, actor("sorter"), "half.done", "parcel", wb)
        append_scan(uow, actor("sorter"), wb, Event.SORT)   # not received yet
        uow.commit()
    assert events(demo_db, wb) == [("CREATE", "CREATED"), ("REJECTED", None)]
    with UnitOfWork(demo_db) as uow:
        assert uow.session.scalar(select(func.count()).select_from(AuditLog)
                                  .where(AuditLog.action == "half.done")) == 0


def test_a_refusal_caught_by_the_use_case_commits_with_its_work(demo_db, actor):
    """A use case that carries on after a refusal (the arrival check) keeps both."""
    wb, other = make_parcels(demo_db, 2)
    with UnitOfWork(demo_db) as uow:
        with pytest.raises(IllegalTransition):
            append_scan(uow, actor("sorter"), wb, Event.SORT)
        append_scan(uow, actor("sorter"), other, Event.RECEIVE)
        uow.commit()
    assert events(demo_db, wb) == [("CREATE", "CREATED"), ("REJECTED", None)]
    assert status(demo_db, other) == "RECEIVED"


def test_an_unknown_code_is_kept_though_nothing_else_is(demo_db, actor):
    unknown = s10.make("AA", 99_999_999)
    with pytest.raises(NotFound), UnitOfWork(demo_db) as uow:
        append_scan(uow, actor("sorter"), unknown, Event.RECEIVE)
    with UnitOfWork(demo_db) as uow:
        assert uow.session.scalar(select(func.count()).select_from(RejectedScan)
                                  .where(RejectedScan.raw_code == unknown)) == 1
