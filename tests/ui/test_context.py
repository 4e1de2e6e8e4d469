"""AppContext.run: the one way a screen calls a use case (issue 10 item 4)."""

from __future__ import annotations

from sqlalchemy import select

from carrier_app.auth.service import add_user, list_users, login
from carrier_app.core.clock import utcnow
from carrier_app.store import UnitOfWork
from carrier_app.store.models import User
from carrier_app.ui.context import AppContext


def test_run_calls_the_use_case_with_the_actor_and_keeps_what_it_commits(demo_sqlite, actor):
    admin = actor("admin")
    ctx = AppContext(demo_sqlite, admin)
    seen = []

    def use_case(uow, who, name, *, role):  # type: ignore[no-untyped-def]
        seen.append((who, name, role))
        return add_user(uow, who, name, "long-enough-1", role)

    info = ctx.run(use_case, "li.na", role="sorter")
    assert seen == [(admin, "li.na", "sorter")] and info.username == "li.na"
    with UnitOfWork(demo_sqlite) as uow:  # committed by the use case, not by the screen
        assert login(uow, "li.na", "long-enough-1").role.value == "sorter"
    assert "li.na" in [u.username for u in ctx.run(list_users)]


def test_what_a_use_case_does_not_commit_is_rolled_back(demo_sqlite, actor):
    ctx = AppContext(demo_sqlite, actor("admin"))

    def forgets_to_commit(uow, _who):  # type: ignore[no-untyped-def]
        uow.session.add(User(username="ghost", display_name="ghost", role="clerk",
                             password_hash="x", created_at=utcnow()))
        uow.session.flush()
        return "done"

    assert ctx.run(forgets_to_commit) == "done"
    with UnitOfWork(demo_sqlite) as uow:
        assert uow.session.scalar(select(User.id).where(User.username == "ghost")) is None
