from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from argon2 import PasswordHasher, extract_parameters
from sqlalchemy import func, select, update

from carrier_app.auth.service import (
    MAX_FAILURES, SYSTEM, add_user, list_users, login, unlock,
)
from carrier_app.core.clock import utcnow
from carrier_app.core.errors import (
    AccountLocked, AuthenticationFailed, PermissionDenied, ValidationError,
)
from carrier_app.core.roles import Role
from carrier_app.store import UnitOfWork
from carrier_app.store.models import AuditLog, LoginThrottle, User


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


def test_an_unknown_name_locks_like_an_account_so_names_cannot_be_probed(demo_db):
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


def test_unknown_name_failures_survive_a_restart(demo_db):
    """The count lives in the database, not in the process: four tries, a restart (module
    state and connections gone), one more try, and the name is locked."""
    import importlib

    from carrier_app.auth import service

    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(AuthenticationFailed):
            _login(demo_db, "ghost", "wrong-password")
    demo_db.dispose()
    importlib.reload(service)
    with pytest.raises(AuthenticationFailed):
        with UnitOfWork(demo_db) as uow:
            service.login(uow, "ghost", "wrong-password")
    with pytest.raises(AccountLocked):
        with UnitOfWork(demo_db) as uow:
            service.login(uow, "ghost", "wrong-password")
    with UnitOfWork(demo_db) as uow:  # the name itself is not kept, only its hash
        assert "ghost" not in str(uow.session.execute(select(LoginThrottle)).all())


def _parallel_wrong_logins(pg_schema, name: str, n: int = 12) -> list[str]:
    """n log-ins with a wrong password at the same moment, each on its own connection."""
    dbs = [pg_schema.open() for _ in range(n)]
    barrier = threading.Barrier(n)
    outcomes: list[str] = []

    def attempt(db) -> None:
        barrier.wait(10)
        try:
            _login(db, name, "wrong-password")
            outcomes.append("ok")
        except AccountLocked:
            outcomes.append("locked")
        except AuthenticationFailed:
            outcomes.append("failed")

    threads = [threading.Thread(target=attempt, args=(db,)) for db in dbs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    for db in dbs:
        db.dispose()
    return outcomes


@pytest.mark.postgres
def test_parallel_wrong_passwords_are_all_counted(pg_schema):
    """12 wrong passwords at once: every one that was checked is counted (12 at once left
    failed_logins = 1 when each read the count and wrote it back)."""
    from carrier_app.demo.seed import seed

    db = pg_schema.open()
    seed(db, parcels=0)
    outcomes = _parallel_wrong_logins(pg_schema, "clerk")
    with UnitOfWork(db) as uow:
        failed_logins, locked_until = uow.session.execute(
            select(User.failed_logins, User.locked_until).where(User.username == "clerk")).one()
        locks = uow.session.scalar(select(func.count()).select_from(AuditLog).where(
            AuditLog.action == "user.locked"))
    db.dispose()
    assert len(outcomes) == 12 and "ok" not in outcomes
    counted = outcomes.count("failed")  # the rest found the account already locked
    assert counted >= MAX_FAILURES
    # Each lock started the count again: nothing lost, nothing counted twice.
    assert (locks, failed_logins) == divmod(counted, MAX_FAILURES)
    assert locked_until is not None and locked_until > utcnow()


@pytest.mark.postgres
def test_parallel_tries_of_an_unknown_name_are_all_counted(pg_schema):
    from carrier_app.auth.service import _name_key
    from carrier_app.demo.seed import seed

    db = pg_schema.open()
    seed(db, parcels=0)
    outcomes = _parallel_wrong_logins(pg_schema, "nobody-here")
    with UnitOfWork(db) as uow:
        failures, locked_until = uow.session.execute(
            select(LoginThrottle.failures, LoginThrottle.locked_until)
            .where(LoginThrottle.name_hash == _name_key("nobody-here"))).one()
    db.dispose()
    counted = outcomes.count("failed")
    assert counted >= MAX_FAILURES and locked_until is not None
    assert failures == counted % MAX_FAILURES


def test_the_fast_test_hasher_is_ignored_outside_the_test_suite():
    """CARRIER_ARGON2_FAST=1 left set on a depot machine: new hashes are still strong."""
    import os
    import subprocess
    import sys

    script = ("from argon2 import extract_parameters\n"
              "from carrier_app.auth.service import hash_password\n"
              "p = extract_parameters(hash_password('a password'))\n"
              "print(p.time_cost, p.memory_cost)\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         env={**os.environ, "CARRIER_ARGON2_FAST": "1"}, timeout=60)
    assert out.returncode == 0, out.stderr
    time_cost, memory_cost = map(int, out.stdout.split())
    defaults = PasswordHasher()
    assert (time_cost, memory_cost) == (defaults.time_cost, defaults.memory_cost)


def _stored_hash(db, name: str) -> str:
    with UnitOfWork(db) as uow:
        return uow.session.scalar(select(User.password_hash).where(User.username == name))


def _set_hash(db, name: str, value: str) -> None:
    with UnitOfWork(db) as uow:
        uow.session.execute(update(User).where(User.username == name)
                            .values(password_hash=value))
        uow.commit()


def test_a_log_in_never_rewrites_a_strong_hash_as_a_weaker_one(demo_db):
    strong = PasswordHasher().hash("strong-password")
    _set_hash(demo_db, "clerk", strong)
    assert _login(demo_db, "clerk", "strong-password").role is Role.CLERK  # fast hasher here
    assert _stored_hash(demo_db, "clerk") == strong


def test_a_weaker_hash_is_upgraded_at_log_in(demo_db, monkeypatch):
    from carrier_app.auth import service

    weak = PasswordHasher(time_cost=1, memory_cost=256, parallelism=1).hash("old-password")
    _set_hash(demo_db, "clerk", weak)
    monkeypatch.setattr(service, "_hasher",
                        PasswordHasher(time_cost=2, memory_cost=1024, parallelism=1))
    _login(demo_db, "clerk", "old-password")
    params = extract_parameters(_stored_hash(demo_db, "clerk"))
    assert (params.time_cost, params.memory_cost) == (2, 1024)
    assert _login(demo_db, "clerk", "old-password").role is Role.CLERK
