"""A real depot install (issue 15 item 1): `init_site` makes the site and one administrator
with an initial password, no demo data; the database keeps its origin so demo accounts are
never added to it; the initial password must be changed before the account acts."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from carrier_app.auth.install import DEMO, INIT, init_site, is_empty, origin
from carrier_app.auth.service import change_password, login
from carrier_app.core.errors import (
    AuthenticationFailed, PasswordChangeRequired, ValidationError,
)
from carrier_app.demo.seed import seed
from carrier_app.store import UnitOfWork
from carrier_app.store.models import (
    Branch, Courier, Hub, Merchant, Parcel, Route, RoutingRule, SiteSetting, User,
)

PASSWORD = "initial-pass-1"


def _count(db, model) -> int:
    with UnitOfWork(db) as uow:
        return uow.session.scalar(select(func.count()).select_from(model)) or 0


def test_init_makes_the_branch_site_and_one_administrator_and_nothing_else(db):
    with UnitOfWork(db) as uow:
        done = init_site(uow, "571-12", "boss", PASSWORD, site_name="西湖营业部")
    assert (done.site, done.hub, done.branch, done.admin) == ("571-12", "571", "571-12", "boss")
    with UnitOfWork(db) as uow:
        s = uow.session
        assert [h.code for h in s.scalars(select(Hub))] == ["571"]
        branch = s.scalars(select(Branch)).one()
        assert (branch.code, branch.number, branch.name) == ("571-12", "12", "西湖营业部")
        assert [r.number for r in s.scalars(select(Route))] == ["01"]
        users = list(s.scalars(select(User)))
        assert [(u.username, u.role, u.must_change_password) for u in users] == \
            [("boss", "admin", True)]
        assert origin(uow) == INIT
        assert s.get(SiteSetting, "site").value == "571-12"  # type: ignore[union-attr]
    for model in (Merchant, Courier, RoutingRule, Parcel):
        assert _count(db, model) == 0, model


def test_a_hub_site_is_one_hub(db):
    with UnitOfWork(db) as uow:
        done = init_site(uow, " 021 ", "boss", PASSWORD, site_name="上海转运中心")
    assert (done.site, done.branch) == ("021", None)
    with UnitOfWork(db) as uow:
        assert [(h.code, h.name) for h in uow.session.scalars(select(Hub))] == \
            [("021", "上海转运中心")]
    assert _count(db, Branch) == 0


def test_the_initial_password_must_be_changed_before_the_account_acts(db):
    with UnitOfWork(db) as uow:
        init_site(uow, "571", "boss", PASSWORD)
    with UnitOfWork(db) as uow, pytest.raises(PasswordChangeRequired) as refused:
        login(uow, "boss", PASSWORD)
    assert refused.value.params == {"username": "boss", "reason": "initial_password"}
    # A wrong password is still a wrong password (not a hint that the account exists).
    with UnitOfWork(db) as uow, pytest.raises(AuthenticationFailed):
        login(uow, "boss", "wrong-password")
    with UnitOfWork(db) as uow, pytest.raises(AuthenticationFailed):
        change_password(uow, "boss", "wrong-password", "my-own-pass-2")
    with UnitOfWork(db) as uow, pytest.raises(ValidationError) as same:
        change_password(uow, "boss", PASSWORD, PASSWORD)
    assert same.value.params["reason"] == "password_same"
    with UnitOfWork(db) as uow, pytest.raises(ValidationError) as short:
        change_password(uow, "boss", PASSWORD, "short")
    assert short.value.params["reason"] == "password_short"
    with UnitOfWork(db) as uow:
        change_password(uow, "boss", PASSWORD, "my-own-pass-2")
    with UnitOfWork(db) as uow:
        actor = login(uow, "boss", "my-own-pass-2")
    assert actor.username == "boss" and actor.role.value == "admin"
    with UnitOfWork(db) as uow, pytest.raises(AuthenticationFailed):
        login(uow, "boss", PASSWORD)  # the initial one is gone
    with UnitOfWork(db) as uow:
        assert not uow.session.scalar(select(User.must_change_password))


def test_init_is_refused_on_a_database_that_is_not_empty(db):
    seed(db, parcels=0)
    users = _count(db, User)
    with UnitOfWork(db) as uow, pytest.raises(ValidationError) as refused:
        init_site(uow, "571", "boss", PASSWORD)
    assert refused.value.params["reason"] == "not_empty"
    assert "not empty" in refused.value.message
    assert _count(db, User) == users and _count(db, Hub) == 3
    with UnitOfWork(db) as uow:
        assert origin(uow) == DEMO


def test_init_twice_is_refused_and_a_bad_site_code_says_what_a_site_is(db):
    with UnitOfWork(db) as uow, pytest.raises(ValidationError) as bad:
        init_site(uow, "571/12", "boss", PASSWORD)
    assert bad.value.params["reason"] == "site_code" and "571-12" in bad.value.message
    with UnitOfWork(db) as uow:
        assert is_empty(uow)
        init_site(uow, "571", "boss", PASSWORD)
    with UnitOfWork(db) as uow, pytest.raises(ValidationError):
        init_site(uow, "021", "other", PASSWORD)
    assert _count(db, Hub) == 1 and _count(db, User) == 1


def test_demo_data_is_never_added_to_a_database_made_by_init(db):
    with UnitOfWork(db) as uow:
        init_site(uow, "571", "boss", PASSWORD)
    with pytest.raises(ValidationError) as refused:
        seed(db, parcels=5)
    assert refused.value.params["reason"] == "real_install"
    assert _count(db, User) == 1 and _count(db, Parcel) == 0 and _count(db, Merchant) == 0


def test_a_short_initial_password_leaves_the_database_empty(db):
    with UnitOfWork(db) as uow, pytest.raises(ValidationError):
        init_site(uow, "571", "boss", "short")
    with UnitOfWork(db) as uow:
        assert is_empty(uow) and origin(uow) is None


def test_a_demo_database_made_before_origins_were_kept_is_marked_demo(db):
    """Revision 0017 marks a database that carries the demo users "demo" (so the status bar
    says so and `demo` keeps working on it); one without them keeps no origin."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text

    from carrier_app.store.schema import MIGRATIONS, upgrade

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0013")
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO users (username, display_name, role, password_hash, "
                          "active, failed_logins, created_at) VALUES ('clerk', 'Demo clerk', "
                          "'clerk', 'x', :t, 0, CURRENT_TIMESTAMP)"), {"t": True})
    upgrade(db)
    with UnitOfWork(db) as uow:
        assert origin(uow) == DEMO
        assert uow.session.scalar(select(User.must_change_password)) is False
