"""Voiding an empty bag (issue 12 item 9): refused while it holds parcels (the refusal is in
the audit log too), allowed once empty, audited; the same use case from the command line."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from carrier_app.core.errors import ValidationError
from carrier_app.core.lifecycle import Event
from carrier_app.sorting import bags
from carrier_app.sorting.common import HubSerials
from carrier_app.store import Database, UnitOfWork, open_database
from carrier_app.store.schema import upgrade
from carrier_app.store.models import AuditLog
from cli_support import run_cli
from hub_support import SUP, TO_021_03, make_parcels


def open_bag(db) -> str:
    serials = HubSerials(db, "BG")
    serials.ensure(1)
    with UnitOfWork(db) as uow:
        bag = bags.open_bag(uow, SUP, serials, "021")
        uow.commit()
    return bag.bag_no


def audit_actions(db, bag_no: str) -> list[str]:
    with UnitOfWork(db) as uow:
        return list(uow.session.scalars(select(AuditLog.action).where(
            AuditLog.entity == "bag", AuditLog.entity_id == bag_no).order_by(AuditLog.id)))


def test_a_bag_is_voided_only_when_empty_and_both_are_audited(demo_db):
    wb = make_parcels(demo_db, 1, postcode=TO_021_03, steps=(Event.RECEIVE, Event.SORT))[0]
    bag_no = open_bag(demo_db)
    with UnitOfWork(demo_db) as uow:
        bags.add_to_bag(uow, SUP, bag_no, wb)
    with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError) as e:
        bags.void_bag(uow, SUP, bag_no, "opened for the wrong hub")
    assert e.value.params["reason"] == "bag_not_empty" and e.value.params["pieces"] == 1
    with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError) as e:
        bags.void_bag(uow, SUP, bag_no, "  ")
    assert e.value.field == "reason"
    with UnitOfWork(demo_db) as uow:
        bags.unbag(uow, SUP, bag_no, wb, "wrong bag")
    with UnitOfWork(demo_db) as uow:
        info = bags.void_bag(uow, SUP, bag_no, "opened for the wrong hub")
    assert (info.status, info.pieces) == ("VOID", 0)
    assert audit_actions(demo_db, bag_no) == ["bag.open", "bag.void_refused", "bag.unbag",
                                              "bag.void"]
    with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError):
        bags.add_to_bag(uow, SUP, bag_no, wb)   # a void bag takes nothing
    with UnitOfWork(demo_db) as uow:
        assert bag_no not in [b.bag_no for b in bags.list_bags(uow, SUP, location="571")]


def test_bag_void_from_the_command_line(tmp_path):
    from carrier_app.demo.seed import seed

    url = f"sqlite:///{tmp_path / 'cli.db'}"
    db: Database = open_database(url)
    upgrade(db)
    seed(db, parcels=0)
    wb = make_parcels(db, 1, postcode=TO_021_03, steps=(Event.RECEIVE, Event.SORT))[0]
    bag_no = open_bag(db)
    with UnitOfWork(db) as uow:
        bags.add_to_bag(uow, SUP, bag_no, wb)
    db.dispose()
    p = run_cli("bag", "void", bag_no, "--reason", "mistake", "--json", db=url,
                user="supervisor")
    assert p.returncode != 0 and "take them out" in p.stderr and "Traceback" not in p.stderr
    p = run_cli("scan", "--station", "t", "--event", "UNBAG", "--bag", bag_no, "--reason",
                "wrong", wb, db=url,
                user="supervisor")
    assert p.returncode == 0, p.stderr
    p = run_cli("bag", "void", bag_no, "--reason", "mistake", "--json", db=url,
                user="supervisor")
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout) == {"bag": bag_no, "status": "VOID"}
    db = open_database(url)
    assert audit_actions(db, bag_no)[-1] == "bag.void"
    db.dispose()
