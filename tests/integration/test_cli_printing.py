"""What the command line prints is recorded as the screens' print path records it (the print
queue: who, when, what, where, the bytes; a reprint marked 补打 and audited), on SQLite and
PostgreSQL: the real command runs, then the database is read."""

from __future__ import annotations

import json

import pypdfium2 as pdfium
from sqlalchemy import select

from carrier_app.cli import main
from carrier_app.core.lifecycle import Event
from carrier_app.store import Database, UnitOfWork
from carrier_app.store.models import AuditLog, Parcel, PrintJob, ScanEvent, User
from cli_support import act_as, run_cli
from delivery_support import arrived, create, move
from live_support import cli_url
from scan_support import make_parcels


def jobs(db: Database) -> list[PrintJob]:
    with UnitOfWork(db) as uow:
        found = list(uow.session.scalars(select(PrintJob).order_by(PrintJob.id)))
        uow.session.expunge_all()
    return found


def events(db: Database, waybill: str) -> list[str]:
    with UnitOfWork(db) as uow:
        return list(uow.session.scalars(
            select(ScanEvent.event).join(Parcel, Parcel.id == ScanEvent.parcel_id)
            .where(Parcel.waybill_no == waybill).order_by(ScanEvent.id)))


def audited(db: Database, action: str) -> list[tuple[str, str]]:
    with UnitOfWork(db) as uow:
        return [(a.entity_id, a.username) for a in uow.session.scalars(
            select(AuditLog).where(AuditLog.action == action).order_by(AuditLog.id))]


def pdf_text(data: bytes) -> str:
    doc = pdfium.PdfDocument(data)
    try:
        return "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


def test_a_label_printed_twice_from_the_command_line_is_recorded_and_marked_the_second_time(
        demo_db, tmp_path):
    wb = make_parcels(demo_db, 1)[0]
    url = cli_url(demo_db)
    env = {"CARRIER_STATION": "cli-desk"}
    first = tmp_path / "first.pdf"
    p = run_cli("labels", wb, "-o", str(first), "--json", db=url, user="clerk", env=env)
    assert p.returncode == 0, p.stderr
    said = json.loads(p.stdout)
    assert (said["waybills"], said["reprinted"], said["labels"]) == ([wb], [], 1)

    [job] = jobs(demo_db)
    with UnitOfWork(demo_db) as uow:
        clerk_id = uow.session.scalar(select(User.id).where(User.username == "clerk"))
        printed_at = uow.session.scalar(select(Parcel.label_printed_at)
                                        .where(Parcel.waybill_no == wb))
    assert job.id == said["print_job"]
    assert (job.kind, job.ref, job.format, job.target, job.reprint, job.reprint_of) == (
        "label", wb, "pdf", str(first.resolve()), False, None)
    assert (job.username, job.user_id, job.station) == ("clerk", clerk_id, "cli-desk")
    assert job.document == first.read_bytes() and "补打" not in pdf_text(job.document)
    assert printed_at is not None
    assert events(demo_db, wb) == ["CREATE"]

    # The same label again: a reprint, whether or not --reprint is given.
    again = tmp_path / "again.pdf"
    p = run_cli("labels", wb, "-o", str(again), "--json", db=url, user="clerk", env=env)
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["reprinted"] == [wb]
    second = jobs(demo_db)[-1]
    assert (second.kind, second.ref, second.format, second.reprint) == ("label", wb, "pdf", True)
    assert second.document == again.read_bytes()
    assert pdf_text(second.document).count("补打") == 1  # the label's own mark, not stamped twice
    assert events(demo_db, wb) == ["CREATE", "REPRINT"]
    assert audited(demo_db, "label.reprint") == [(wb, "clerk")]
    assert audited(demo_db, "print.reprint") == [(str(second.id), "clerk")]

    # A third time, as ZPL for a thermal printer: the same record, its own REPRINT field.
    zpl = tmp_path / "again.zpl"
    p = run_cli("labels", wb, "-o", str(zpl), "--zpl", db=url, user="clerk", env=env)
    assert p.returncode == 0, p.stderr
    assert "reprinted (补打)" in p.stdout
    third = jobs(demo_db)[-1]
    assert (third.format, third.reprint, third.target) == ("zpl", True, str(zpl.resolve()))
    assert third.document == zpl.read_bytes() and third.document.count(b"REPRINT") == 1
    assert events(demo_db, wb) == ["CREATE", "REPRINT", "REPRINT"]


def test_a_batch_with_one_label_printed_before_marks_only_that_one(demo_db, tmp_path,
                                                                   monkeypatch):
    act_as(monkeypatch, "clerk")
    url = cli_url(demo_db)
    a, b = make_parcels(demo_db, 2)
    assert main(["labels", a, "-o", str(tmp_path / "a.pdf"), "--db", url]) == 0
    assert main(["labels", a, b, "-o", str(tmp_path / "ab.pdf"), "--db", url]) == 0
    first, batch = jobs(demo_db)
    assert (first.ref, first.reprint) == (a, False)
    assert (batch.ref, batch.reprint) == (f"{a}+1", True)
    doc = pdfium.PdfDocument(batch.document)
    try:
        marks = [doc[i].get_textpage().get_text_range().count("补打") for i in range(len(doc))]
    finally:
        doc.close()
    assert marks == [1, 0]
    assert events(demo_db, b) == ["CREATE"]


def test_a_print_needs_a_user_and_records_nothing_when_refused(demo_db, tmp_path, monkeypatch,
                                                               capsys):
    act_as(monkeypatch, None)
    wb = make_parcels(demo_db, 1)[0]
    assert main(["labels", wb, "-o", str(tmp_path / "l.pdf"), "--db", cli_url(demo_db)]) == 2
    assert "--user NAME or CARRIER_USER" in capsys.readouterr().err
    assert jobs(demo_db) == [] and not (tmp_path / "l.pdf").exists()


def test_run_sheets_and_close_out_summaries_are_recorded_as_the_runs_screen_records_them(
        demo_db, tmp_path, monkeypatch, capsys):
    from carrier_app.dispatch.assign import assign
    from carrier_app.dispatch.runs import create_run
    from carrier_app.delivery import pod as D
    from delivery_support import dispatcher, strokes

    act_as(monkeypatch, "dispatcher")
    monkeypatch.setenv("CARRIER_LOCATION", "571-15")
    url = cli_url(demo_db)
    [wb] = arrived(demo_db, 1)
    d = dispatcher()
    with UnitOfWork(demo_db) as uow:
        assign(uow, d, wb, "C5711501")
    with UnitOfWork(demo_db) as uow:
        run_no = create_run(uow, d, "C5711501").run_no

    sheet = tmp_path / "sheet.pdf"
    for _ in range(2):
        assert main(["runs", "print", run_no, "-o", str(sheet), "--db", url]) == 0, \
            capsys.readouterr().err
    first, again = jobs(demo_db)
    assert [(j.kind, j.ref, j.reprint, j.username) for j in (first, again)] == [
        ("run_sheet", run_no, False, "dispatcher"), ("run_sheet", run_no, True, "dispatcher")]
    assert "补打" not in pdf_text(first.document)
    assert "补打" in pdf_text(again.document) and again.document == sheet.read_bytes()
    assert "(补打)" in capsys.readouterr().out

    with UnitOfWork(demo_db) as uow:
        D.deliver(uow, d, D.DeliveryInput(wb, "张三", "SELF", strokes()))
    summary = tmp_path / "close.pdf"
    assert main(["runs", "close", run_no, "-o", str(summary), "--db", url]) == 0
    assert main(["runs", "close-out", run_no, "-o", str(summary), "--db", url]) == 0
    closed, reprinted = jobs(demo_db)[2:]
    assert [(j.kind, j.ref, j.reprint, j.target) for j in (closed, reprinted)] == [
        ("report", run_no, False, str(summary.resolve())),
        ("report", run_no, True, str(summary.resolve()))]
    assert "补打" in pdf_text(summary.read_bytes())
    assert audited(demo_db, "print.reprint") == [(str(again.id), "dispatcher"),
                                                 (str(reprinted.id), "dispatcher")]


def test_a_re_addressed_label_from_the_exceptions_desk_command_is_recorded(
        demo_db, tmp_path, monkeypatch):
    act_as(monkeypatch, "supervisor")
    url = cli_url(demo_db)
    [wb] = create(demo_db, 1)
    move(demo_db, [wb], [Event.PICKUP, Event.RECEIVE], "571")
    assert main(["problems", "add", wb, "--reason", "ADDRESS", "--db", url]) == 0
    label = tmp_path / "label.pdf"
    assert main(["problems", "resolve", wb, "--action", "new-address", "--address",
                 "上海市徐汇区漕溪北路 1 号", "-o", str(label), "--db", url]) == 0
    [job] = jobs(demo_db)
    assert (job.kind, job.ref, job.reprint, job.username) == ("label", wb, True, "supervisor")
    assert job.document == label.read_bytes() and pdf_text(job.document).count("补打") == 1
    # Its label is printed now: printing it again is a reprint too.
    assert main(["labels", wb, "-o", str(tmp_path / "l.pdf"), "--db", url]) == 0
    assert jobs(demo_db)[-1].reprint
