"""`scan --event E`, `deliver` and `fail` go through the use cases the screens call, with
their checks: nothing the delivery, dispatch or sort screens refuse gets in from a script."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, update

from carrier_app.cli import main
from carrier_app.core.lifecycle import Event
from carrier_app.delivery.signature import render_png
from carrier_app.dispatch.runs import create_run, run_sheet
from carrier_app.store import UnitOfWork
from carrier_app.store.models import (
    Courier, Parcel, ProofOfDelivery, ScanEvent, User,
)
from cli_support import act_as, one_line
from delivery_support import (
    arrived, create, dispatcher, move, out_for_delivery, strokes,
)


@pytest.fixture
def url(demo_sqlite, monkeypatch):
    act_as(monkeypatch, "dispatcher")
    return str(demo_sqlite.engine.url)


def cli(url, *argv, location="571-15"):
    return main([*argv, "--db", url, *(["--location", location] if location else [])])


def status(db, wb):
    with UnitOfWork(db) as uow:
        return uow.session.scalar(select(Parcel.status).where(Parcel.waybill_no == wb))


def pods(db, wb):
    with UnitOfWork(db) as uow:
        return list(uow.session.execute(
            select(ProofOfDelivery.cod_fen, ProofOfDelivery.payment_method,
                   ProofOfDelivery.receiver_name)
            .join(Parcel, Parcel.id == ProofOfDelivery.parcel_id)
            .where(Parcel.waybill_no == wb)))


def scan(url, event, *codes, **opts):
    argv = ["scan", "--station", "cli", "--event", event, *codes]
    for k, v in opts.items():
        argv += [f"--{k.replace('_', '-')}", v]
    return cli(url, *argv)


def test_deliver_of_a_cod_parcel_needs_what_the_delivery_screen_needs(demo_sqlite, url,
                                                                      tmp_path, capsys):
    """Finding: `scan --event DELIVER <COD parcel>` printed ok -> DELIVERED, with no proof
    of delivery and no COD collected, as user "system"."""
    (wb,), _ = out_for_delivery(demo_sqlite, 1, cod="59.90")
    assert scan(url, "DELIVER", wb) == 1
    assert "COD ¥59.90 to collect" in capsys.readouterr().out
    sig = tmp_path / "sig.png"
    sig.write_bytes(render_png(strokes()))
    blank = tmp_path / "blank.png"
    blank.write_bytes(render_png([]))
    for argv, why in [
        (["--cod-amount", "59.90", "--cod-method", "cash", "--signature", str(sig)],
         "Receiver's name is required"),
        (["--receiver", "张三", "--relation", "SELF", "--cod-amount", "59.90",
          "--cod-method", "cash"], "signature is required"),
        (["--receiver", "张三", "--relation", "SELF", "--cod-amount", "59.90",
          "--cod-method", "cash", "--signature", str(blank)], "not a signed PNG"),
        (["--receiver", "张三", "--relation", "SELF", "--cod-amount", "5.99",
          "--cod-method", "cash", "--signature", str(sig)], "not ¥5.99"),
        (["--receiver", "张三", "--relation", "SELF", "--cod-amount", "59.90",
          "--signature", str(sig)], "cash or transfer"),
    ]:
        assert cli(url, "deliver", wb, *argv) == 1
        assert why in capsys.readouterr().out
    assert status(demo_sqlite, wb) == "OUT_FOR_DELIVERY" and pods(demo_sqlite, wb) == []

    assert cli(url, "deliver", wb, "--receiver", "张三", "--relation", "self",
               "--cod-amount", "59.90", "--cod-method", "transfer", "--signature", str(sig),
               "--json") == 0
    assert json.loads(capsys.readouterr().out)[0]["status"] == "DELIVERED"
    assert pods(demo_sqlite, wb) == [(5990, "transfer", "张三")]
    with UnitOfWork(demo_sqlite) as uow:
        me = uow.session.scalar(select(User.id).where(User.username == "dispatcher"))
    with UnitOfWork(demo_sqlite) as uow:
        ev = uow.session.scalars(select(ScanEvent).where(ScanEvent.event == "DELIVER")).one()
        assert ev.user_id == me


def test_deliver_with_the_signed_stub_instead_of_a_drawn_signature(demo_sqlite, url,
                                                                   tmp_path, capsys):
    (wb,), _ = out_for_delivery(demo_sqlite, 1, cod="12.00")
    stub = tmp_path / "stub.jpg"
    stub.write_bytes(b"\xff\xd8\xff\xe0 a photo of the signed stub")
    assert scan(url, "DELIVER", wb, receiver="门卫老王", relation="GUARD", cod_amount="12",
                cod_method="cash", signed_stub=str(stub)) == 0, capsys.readouterr()
    assert pods(demo_sqlite, wb) == [(1200, "cash", "门卫老王")]


def test_the_third_failed_attempt_starts_the_return(demo_sqlite, url, tmp_path, capsys):
    """Finding: `--event FAIL` three times left the parcel DELIVERY_FAILED (no attempt
    record, no return)."""
    (wb,), run_id = out_for_delivery(demo_sqlite, 1)
    assert scan(url, "FAIL", wb) == 2
    assert "FAIL needs --reason" in capsys.readouterr().err
    assert scan(url, "FAIL", wb, reason="WHATEVER") == 1
    assert "Reason must be one of" in capsys.readouterr().out
    with UnitOfWork(demo_sqlite) as uow:
        run_no = run_sheet(uow, dispatcher(), run_id).run_no
    for attempt in (1, 2, 3):
        if attempt > 1:  # the run closed, back on a new one: assign, run sheet, print it
            assert cli(url, "runs", "close", run_no, location=None) == 0, capsys.readouterr()
            assert scan(url, "ASSIGN", wb, courier="C5711501") == 0, capsys.readouterr()
            with UnitOfWork(demo_sqlite) as uow:
                run_no = create_run(uow, dispatcher(), "C5711501").run_no
            assert cli(url, "runs", "print", run_no, "-o", str(tmp_path / "r.pdf"),
                       location=None) == 0
        assert status(demo_sqlite, wb) == "OUT_FOR_DELIVERY"
        assert cli(url, "fail", wb, "--reason", "NOBODY_HOME", "--json") == 0
        row = json.loads(capsys.readouterr().out.splitlines()[-1])[0]
        assert row["attempt"] == attempt
    assert row["returning"] and status(demo_sqlite, wb) == "RETURN_TO_SENDER"
    assert scan(url, "FAIL", wb, reason="NOBODY_HOME") == 1  # not out for delivery
    assert "not out for delivery" in capsys.readouterr().out


def test_assign_scan_has_the_dispatch_screens_checks(demo_sqlite, url, capsys):
    """Finding: `--event ASSIGN` reassigned without a reason, accepted an inactive courier or
    none, and left the parcel on the old courier's unprinted run sheet."""
    wb, other = arrived(demo_sqlite, 2)
    assert scan(url, "ASSIGN", wb) == 2
    assert "ASSIGN needs --courier" in capsys.readouterr().err
    with UnitOfWork(demo_sqlite) as uow:
        uow.session.execute(update(Courier).where(Courier.code == "C5711502")
                            .values(active=False))
        uow.commit()
    assert scan(url, "ASSIGN", wb, courier="C5711502") == 1
    assert "not active" in capsys.readouterr().out
    with UnitOfWork(demo_sqlite) as uow:
        uow.session.execute(update(Courier).where(Courier.code == "C5711502")
                            .values(active=True))
        uow.commit()
    assert scan(url, "ASSIGN", wb, other, courier="C5711501") == 0
    with UnitOfWork(demo_sqlite) as uow:
        run_id = create_run(uow, dispatcher(), "C5711501").id
    capsys.readouterr()
    assert scan(url, "ASSIGN", wb, courier="C5711502") == 1
    assert "give a reason" in capsys.readouterr().out
    assert scan(url, "ASSIGN", wb, courier="C5711502", reason="route change") == 0
    with UnitOfWork(demo_sqlite) as uow:
        sheet = run_sheet(uow, dispatcher(), run_id)
        courier = uow.session.scalar(select(Courier.code).join(
            Parcel, Parcel.courier_id == Courier.id).where(Parcel.waybill_no == wb))
    assert [line.waybill_no for line in sheet.lines] == [other] and courier == "C5711502"


@pytest.mark.parametrize("event", ["NOTE", "REJECTED", "REPRINT", "REROUTE", "CREATE",
                                   "OUT_FOR_DELIVERY", "teleport"])
def test_events_that_are_not_scans_are_refused_in_one_line(url, capsys, event):
    assert scan(url, event, "AA000000014CN") == 2
    line = one_line(capsys.readouterr().err)
    assert ("is not a scan" in line) or ("unknown event" in line)


def test_sort_scan_prints_the_sort_code_and_branch(demo_sqlite, url, capsys, monkeypatch):
    act_as(monkeypatch, "sorter")
    [wb] = create(demo_sqlite, 1, branch="571-15")
    move(demo_sqlite, [wb], [Event.PICKUP, Event.RECEIVE], "571")
    [late] = create(demo_sqlite, 1, branch="571-12")
    assert cli(url, "scan", "--station", "s", "--event", "SORT", wb, location="571") == 0
    out = capsys.readouterr().out
    assert "571-15-01" in out and "571-15 滨江营业部" in out
    assert cli(url, "scan", "--station", "s", "--event", "SORT", late, location="571") == 1
    out = capsys.readouterr().out  # refused: the reason, and no destination to drop it in
    assert "CREATED" in out and "571-12" not in out.replace(late, "")


def test_receive_bag_and_hold_go_through_their_use_cases(demo_sqlite, url, capsys,
                                                         monkeypatch):
    act_as(monkeypatch, "supervisor")
    [wb] = create(demo_sqlite, 1, branch="571-15")
    assert cli(url, "scan", "--station", "s", "--event", "RECEIVE", "--weight", "3kg", wb,
               "--json", location="571") == 0
    row = json.loads(capsys.readouterr().out)[0]
    assert row["status"] == "RECEIVED" and row["weight_flag"]  # declared 1 kg
    assert cli(url, "scan", "--station", "s", "--event", "BAG", wb, location="571") == 2
    assert "BAG needs --bag" in capsys.readouterr().err
    assert cli(url, "scan", "--station", "s", "--event", "HOLD", wb, location="571") == 2
    assert cli(url, "scan", "--station", "s", "--event", "HOLD", "--reason", "damaged box",
               wb, location="571") == 0
    assert status(demo_sqlite, wb) == "HELD"
    assert cli(url, "scan", "--station", "s", "--event", "RELEASE", wb, location="571") == 0
    assert status(demo_sqlite, wb) == "RECEIVED"


def test_no_cli_scan_sequence_delivers_a_cod_parcel_without_collecting(demo_sqlite, url,
                                                                       tmp_path, capsys):
    """Whatever events a script sends, in any order and with or without the delivery
    options, a COD parcel is DELIVERED only with its COD recorded on a proof of delivery."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    sig = tmp_path / "sig.png"
    sig.write_bytes(render_png(strokes()))
    (wb,), _ = out_for_delivery(demo_sqlite, 1, cod="59.90")
    snapshot = tmp_path / "start.db"
    demo_sqlite.dispose()
    db_file = tmp_path / "carrier.db"
    snapshot.write_bytes(db_file.read_bytes())

    full = ["--receiver", "李四", "--relation", "FAMILY", "--cod-amount", "59.90",
            "--cod-method", "cash", "--signature", str(sig)]
    steps = st.sampled_from([
        ["--event", "DELIVER"], ["--event", "DELIVER", "--receiver", "x", "--relation", "SELF"],
        ["--event", "DELIVER", "--receiver", "x", "--relation", "SELF", "--signature",
         str(sig)],
        ["--event", "DELIVER", "--receiver", "x", "--relation", "SELF", "--signature",
         str(sig), "--cod-amount", "0", "--cod-method", "cash"],
        ["--event", "DELIVER", *full], ["--event", "FAIL", "--reason", "NOBODY_HOME"],
        ["--event", "ASSIGN", "--courier", "C5711501"], ["--event", "ASSIGN"],
        ["--event", "ARRIVE"], ["--event", "HOLD", "--reason", "x"], ["--event", "RELEASE"],
        ["--event", "RETURN"], ["--event", "UNASSIGN"], ["--event", "CANCEL", "--reason", "x"],
        ["--event", "SORT"], ["--event", "RECEIVE"], ["--event", "OUT_FOR_DELIVERY"],
        ["--event", "NOTE"],
    ])

    @settings(max_examples=25, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.lists(steps, min_size=1, max_size=6))
    def check(sequence):
        db_file.write_bytes(snapshot.read_bytes())
        for suffix in ("-wal", "-shm"):
            (tmp_path / f"carrier.db{suffix}").unlink(missing_ok=True)
        for step in sequence:
            main(["scan", "--station", "prop", *step, wb, "--db", url, "--location", "571-15"])
        capsys.readouterr()
        from carrier_app.store import open_database
        db = open_database(url)
        try:
            if status(db, wb) == "DELIVERED":
                assert pods(db, wb) and all(
                    (cod, method in ("cash", "transfer")) == (5990, True)
                    for cod, method, _ in pods(db, wb))
        finally:
            db.dispose()

    check()


@pytest.mark.postgres
def test_login_and_delivery_checks_on_postgresql(pg_schema, tmp_path, capsys, monkeypatch):
    """The same command against a PostgreSQL depot database (its test schema named in the
    URL, as a multi-workstation set-up would name its database)."""
    from carrier_app.demo.seed import seed

    db = pg_schema.open()
    try:
        seed(db, parcels=0)
        (wb,), _ = out_for_delivery(db, 1, cod="8.00")
        url = f"{pg_schema.url}?options=-csearch_path%3D{pg_schema.name}"
        monkeypatch.setenv("CARRIER_USER", "dispatcher")
        monkeypatch.setenv("CARRIER_PASSWORD", "wrong")
        assert scan(url, "DELIVER", wb) == 1
        assert "Wrong user name or password" in capsys.readouterr().err
        monkeypatch.setenv("CARRIER_PASSWORD", "dispatcher-demo")
        assert scan(url, "DELIVER", wb, receiver="张三", relation="SELF") == 1
        assert "COD ¥8.00 to collect" in capsys.readouterr().out
        sig = tmp_path / "sig.png"
        sig.write_bytes(render_png(strokes()))
        assert scan(url, "DELIVER", wb, receiver="张三", relation="SELF", cod_amount="8",
                    cod_method="cash", signature=str(sig)) == 0, capsys.readouterr()
        assert pods(db, wb) == [(800, "cash", "张三")] and status(db, wb) == "DELIVERED"
        with UnitOfWork(db) as uow:
            failed = uow.session.scalar(select(User.failed_logins).where(
                User.username == "dispatcher"))
        assert failed == 0  # reset by the good log-in, as at the log-in screen
    finally:
        db.dispose()


def test_depart_and_arrive_go_through_manifests_and_the_arrival_check(demo_sqlite, url,
                                                                       capsys, monkeypatch):
    from carrier_app.sorting.common import HubSerials
    from carrier_app.sorting.manifests import create_manifest
    from delivery_support import SUPERVISOR

    act_as(monkeypatch, "supervisor")
    wbs = create(demo_sqlite, 2, branch="571-15")
    move(demo_sqlite, wbs, [Event.PICKUP, Event.RECEIVE, Event.SORT], "571")
    serials = HubSerials(demo_sqlite, "MF", station="t")
    serials.ensure(1)
    with UnitOfWork(demo_sqlite) as uow:
        manifest = create_manifest(uow, SUPERVISOR, serials, "571-15").manifest_no
        uow.commit()
    argv = ["scan", "--station", "s", "--event", "DEPART", "--manifest", manifest]
    assert cli(url, *argv, *wbs, location="571") == 1  # loaded, but no vehicle to depart
    out = capsys.readouterr().out
    assert out.count("loaded") == 2 and "vehicle is required" in out
    assert cli(url, *argv, "--vehicle", "浙A12345", "--seal", "S1", "--driver", "王",
               location="571") == 0
    assert "2 parcel(s)" in capsys.readouterr().out
    assert {status(demo_sqlite, wb) for wb in wbs} == {"IN_TRANSIT"}
    arrive = ["scan", "--station", "s", "--event", "ARRIVE", "--json"]
    assert cli(url, *arrive, wbs[0]) == 0
    session = json.loads(capsys.readouterr().out)[-1]["arrival"]
    assert cli(url, *arrive, "--arrival", str(session), "--close", wbs[1]) == 0
    closed = json.loads(capsys.readouterr().out)[-1]
    assert closed["outcome"] == "closed" and closed["shortages"] == []
    assert {status(demo_sqlite, wb) for wb in wbs} == {"ARRIVED"}


def test_bag_and_unbag_go_through_the_bag_service(demo_sqlite, url, capsys, monkeypatch):
    from carrier_app.sorting.bags import bag_info, open_bag
    from carrier_app.sorting.common import HubSerials
    from delivery_support import SUPERVISOR

    act_as(monkeypatch, "sorter")
    wb, wrong = create(demo_sqlite, 1, branch="571-15") + create(demo_sqlite, 1,
                                                                branch="571-12")
    move(demo_sqlite, [wb, wrong], [Event.PICKUP, Event.RECEIVE, Event.SORT], "571")
    serials = HubSerials(demo_sqlite, "BG", station="t")
    serials.ensure(1)
    with UnitOfWork(demo_sqlite) as uow:
        bag = open_bag(uow, SUPERVISOR, serials, "571-15").bag_no
        uow.commit()
    argv = ["scan", "--station", "s", "--event", "BAG", "--bag", bag]
    assert cli(url, *argv, wb, wrong, location="571") == 1
    out = capsys.readouterr().out
    assert f"{wb} → BAGGED" in out and "put it in the right bag" in out
    assert cli(url, "scan", "--station", "s", "--event", "UNBAG", "--bag", bag, wb,
               location="571") == 2  # needs a reason
    assert cli(url, "scan", "--station", "s", "--event", "UNBAG", "--bag", bag, "--reason",
               "wet", wb, location="571") == 0
    with UnitOfWork(demo_sqlite) as uow:
        assert bag_info(uow, SUPERVISOR, bag).pieces == 0
    assert status(demo_sqlite, wb) == "SORTED"
