from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from carrier_app.auth.service import (
    MAX_FAILURES, SYSTEM, add_user, list_users, login, unlock,
)
from carrier_app.core.clock import utcnow
from carrier_app.core.errors import (
    AccountLocked, AuthenticationFailed, PermissionDenied, ValidationError,
)
from carrier_app.core.roles import Role
from carrier_app.store import UnitOfWork
from carrier_app.store.models import AuditLog, User


def _login(db, user, password):
    with UnitOfWork(db) as uow:
        return login(uow, user, password, station="ws1", location="571-12")


def test_demo_users_log_in_with_their_role(demo_db):
    for role in Role:
        a = _login(demo_db, role.value, f"{role.value}-demo")
        assert a.role is role and a.location == "571-12" and a.user_id is not None


def test_wrong_password_and_unknown_user_get_the_same_message(demo_db):
    with pytest.raises(AuthenticationFailed) as wrong_pw:
        _login(demo_db, "clerk", "nope-nope")
    with pytest.raises(AuthenticationFailed) as no_user:
        _login(demo_db, "nobody", "clerk-demo")
    assert wrong_pw.value.message == no_user.value.message == "Wrong user name or password."


def test_five_failures_lock_the_account_even_with_the_right_password(demo_db):
    for _ in range(MAX_FAILURES):
        with pytest.raises(AuthenticationFailed):
            _login(demo_db, "sorter", "wrong-password")
    with pytest.raises(AccountLocked):
        _login(demo_db, "sorter", "sorter-demo")
    with UnitOfWork(demo_db) as uow:
        assert uow.session.scalar(select(AuditLog.action).where(
            AuditLog.action == "user.locked")) == "user.locked"
        admin = login(uow, "admin", "admin-demo")
        unlock(uow, admin, "sorter")
        uow.commit()
    assert _login(demo_db, "sorter", "sorter-demo").role is Role.SORTER


def test_an_unknown_name_locks_like_an_account_so_names_cannot_be_probed(demo_db,
                                                                         monkeypatch):
    from carrier_app.auth import service

    monkeypatch.setattr(service, "_unknown", {})  # the count lives in the process
    for name in ("sorter", "no-such-user"):
        for _ in range(MAX_FAILURES):
            with pytest.raises(AuthenticationFailed) as e:
                _login(demo_db, name, "wrong-password")
            assert e.value.message == "Wrong user name or password."
        with pytest.raises(AccountLocked) as e:
            _login(demo_db, name, "wrong-password")
        assert e.value.message.startswith("This account is locked")


def test_the_lock_expires(demo_db):
    for _ in range(MAX_FAILURES):
        with pytest.raises(AuthenticationFailed):
            _login(demo_db, "clerk", "wrong-password")
    with UnitOfWork(demo_db) as uow:
        u = uow.session.scalar(select(User).where(User.username == "clerk"))
        u.locked_until = utcnow() - timedelta(seconds=1)
        uow.commit()
    assert _login(demo_db, "clerk", "clerk-demo").role is Role.CLERK


def test_only_admins_manage_users(demo_db, actor):
    with UnitOfWork(demo_db) as uow:
        with pytest.raises(PermissionDenied):
            add_user(uow, actor("clerk"), "eve", "password1", "admin")
        with pytest.raises(PermissionDenied):
            list_users(uow, actor("supervisor"))
        with pytest.raises(ValidationError):
            add_user(uow, SYSTEM, "bob", "short", "clerk")
        with pytest.raises(ValidationError):
            add_user(uow, SYSTEM, "bob", "long-enough", "pilot")
        with pytest.raises(ValidationError):
            add_user(uow, SYSTEM, "clerk", "long-enough", "clerk")
        add_user(uow, SYSTEM, "bob", "long-enough", "clerk")
        uow.commit()
    assert _login(demo_db, "bob", "long-enough").role is Role.CLERK
