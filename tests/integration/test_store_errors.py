"""Database errors the user reads (issue 11 items 8, 13, 16): a refused row or value is a
DomainError naming at most the constraint / column, never the SQL or its parameters; free
text is checked before the database; a missing PostgreSQL database or role is told apart
from an unreachable server."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import insert, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError

from carrier_app.core.clock import utcnow
from carrier_app.core.errors import DomainError, StoreUnavailable, ValidationError
from carrier_app.core.roles import Actor, Role
from carrier_app.store import UnitOfWork, open_database
from carrier_app.store.errors import ConstraintViolation, ValueRejected
from carrier_app.store.models import AuditLog, User
from carrier_app.store.schema import check
from tests.conftest import PG_URL, require_pg
from scan_support import make_parcels

SECRET = "张三丰 13812345678 文三路 90 号"


def _user(name: str, display: str = SECRET) -> dict[str, object]:
    return dict(username=name, display_name=display, role="clerk", password_hash="x",
                created_at=utcnow())


def test_a_refused_row_is_a_constraint_error_without_sql_or_values(db):
    with UnitOfWork(db) as uow:
        uow.session.add(User(**_user("dup")))
        uow.commit()
    with pytest.raises(ConstraintViolation) as exc:
        with UnitOfWork(db) as uow:
            uow.session.add(User(**_user("dup")))
            uow.commit()
    msg = exc.value.message
    assert "unique constraint" in msg and "nothing was saved" in msg
    assert "username" in msg  # which rule: the constraint or column name
    for leak in ("INSERT", "dup", "13812345678", "张三丰", "\n"):
        assert leak not in msg
    assert isinstance(exc.value, DomainError)


def test_unhandled_database_errors_carry_no_parameters(db):
    """An error that escapes every handler (printed with its traceback) shows the SQL at
    most, never the recipients' names, phones and addresses it was given."""
    with db.engine.begin() as conn:
        conn.execute(insert(User.__table__).values(_user("dup2")))
    with pytest.raises(IntegrityError) as exc:
        with db.engine.begin() as conn:
            conn.execute(insert(User.__table__).values(_user("dup2")))
    assert SECRET not in str(exc.value) and "13812345678" not in str(exc.value)


@pytest.mark.parametrize("station", ["s" * 65, "ws\x00-1"])
def test_a_station_name_too_long_or_with_nul_is_refused_before_the_database(station):
    with pytest.raises(ValidationError) as exc:
        Actor(None, "sorter", Role.SORTER, station=station, location="571")
    assert exc.value.field == "station"
    assert ("longer than 64" in exc.value.message
            or "control character (U+0000)" in exc.value.message)


@pytest.mark.postgres
def test_postgresql_refuses_a_too_long_value_with_a_clear_message(pg_schema):
    """What the database still refuses (here written past the services' checks) is a
    ValueRejected saying so, without the value."""
    db = pg_schema.open()
    try:
        with pytest.raises(ValueRejected) as exc:
            with UnitOfWork(db) as uow:
                uow.session.add(AuditLog(at=utcnow(), username="u", station="S" * 65,
                                         action="x", entity="x", entity_id="1"))
                uow.commit()
        assert exc.value.params["reason"] == "too_long"
        assert "64 characters" in exc.value.message and "SSSS" not in exc.value.message
        with pytest.raises(ValueRejected) as exc:
            with UnitOfWork(db) as uow:
                uow.session.add(AuditLog(at=utcnow(), username="u", station="a\x00b",
                                         action="x", entity="x", entity_id="1"))
                uow.commit()
        assert exc.value.params["reason"] == "nul"
    finally:
        db.dispose()


def test_scan_with_a_long_station_from_the_cli_is_one_clear_line(demo_sqlite, capsys,
                                                                   monkeypatch):
    from carrier_app.cli import main

    monkeypatch.setenv("CARRIER_USER", "sorter")
    monkeypatch.setenv("CARRIER_PASSWORD", "sorter-demo")
    [wb] = make_parcels(demo_sqlite)
    rc = main(["scan", "--db", str(demo_sqlite.url), "--station", "s" * 65,
               "--event", "RECEIVE", wb])
    err = capsys.readouterr().err
    assert rc == 1 and err.count("\n") == 1 and "Station name is longer than 64" in err
    with UnitOfWork(demo_sqlite) as uow:
        assert uow.conn.execute(text("select count(*) from scan_events "
                                     "where event = 'RECEIVE'")).scalar() == 0


@pytest.mark.postgres
@pytest.mark.parametrize("what,reason", [("database", "no_database"), ("username", "auth")])
def test_a_missing_postgresql_database_or_role_is_named_not_called_unreachable(what, reason):
    """Checked both at the start (schema check) and in a unit of work."""
    require_pg()
    name = f"no_such_{uuid.uuid4().hex[:6]}"
    db = open_database(make_url(PG_URL).set(**{what: name}).render_as_string(
        hide_password=False))
    for attempt in (lambda: check(db), lambda: _select_one(db)):
        with pytest.raises(StoreUnavailable) as exc:
            attempt()
        assert exc.value.params["reason"] == reason
        assert name in exc.value.message and "cannot be reached" not in exc.value.message


def _select_one(db) -> None:
    with UnitOfWork(db) as uow:
        uow.conn.execute(text("select 1"))


def test_free_text_of_users_and_cash_up_approvals_is_checked_before_the_database(demo_db):
    from carrier_app.auth.service import SYSTEM, add_user
    from carrier_app.finance import cashup as C
    from delivery_support import finance

    with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError) as exc:
        add_user(uow, SYSTEM, "bob", "long-enough", "clerk", display_name="Bob\x00")
    assert exc.value.field == "display_name"
    with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError) as exc:
        add_user(uow, SYSTEM, "b\x00b", "long-enough", "clerk")
    assert exc.value.field == "username"
    with UnitOfWork(demo_db) as uow:
        cu = C.open_cashup(uow, finance("fin"), "C5711501")
    with UnitOfWork(demo_db) as uow:
        C.declare(uow, finance("fin"), cu.id, {"cash": "1.00"})
    for reason, why in (("short\x00", "U+0000"), ("x" * 201, "longer than 200")):
        with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError) as exc:
            C.approve_variance(uow, finance("boss"), cu.id, reason)
        assert exc.value.field == "reason" and why in exc.value.message
