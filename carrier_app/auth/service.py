"""Users, passwords (argon2) and log-in with lock-out after repeated failures."""

from __future__ import annotations

import hashlib
import os
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import Any, cast

from argon2 import PasswordHasher, extract_parameters
from argon2.low_level import ARGON2_VERSION
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import CursorResult, Table, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite

from carrier_app.core import validation
from carrier_app.core.clock import local_text, utcnow
from carrier_app.core.errors import (
    AccountLocked, AuthenticationFailed, PasswordChangeRequired, ValidationError,
)
from carrier_app.core.roles import Actor, Permission, Role, require
from carrier_app.store import audit
from carrier_app.store.models import LoginThrottle, User
from carrier_app.store.uow import UnitOfWork

MAX_FAILURES = 5
LOCK_FOR = timedelta(minutes=15)
MIN_PASSWORD = 8


def _make_hasher() -> PasswordHasher:
    """argon2 with its recommended parameters. CARRIER_ARGON2_FAST=1 (cheap parameters, the
    same code path) is for the test suite only and ignored anywhere else: a variable left
    set on a depot machine must not make new hashes weak."""
    if os.environ.get("CARRIER_ARGON2_FAST") == "1" and "pytest" in sys.modules:
        return PasswordHasher(time_cost=1, memory_cost=256, parallelism=1)
    return PasswordHasher()


_hasher = _make_hasher()


@cache
def _dummy_hash() -> str:
    """Verified against on unknown user names so a wrong name costs as long as a wrong
    password; made on first need (not at import: every command-line start would pay it)."""
    return _hasher.hash("not a password of anyone")


def _weaker_than_current(stored_hash: str) -> bool:
    """Whether a stored hash should be replaced at log-in: only when its parameters are
    weaker than the current ones and none is stronger — never downward (a test hasher, or an
    older release with other defaults, must not turn a strong hash into a weak one)."""
    if not _hasher.check_needs_rehash(stored_hash):
        return False
    try:
        old = extract_parameters(stored_hash)
    except InvalidHashError:
        return False
    cur = _hasher
    stored = (old.version, old.time_cost, old.memory_cost, old.hash_len, old.salt_len)
    current = (ARGON2_VERSION, cur.time_cost, cur.memory_cost, cur.hash_len, cur.salt_len)
    return (all(a <= b for a, b in zip(stored, current, strict=True))
            and any(a < b for a, b in zip(stored, current, strict=True)))

#: The command line acts as a local administrator: it is run by whoever owns the machine.
SYSTEM = Actor(user_id=None, username="system", role=Role.ADMIN, station="cli")


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    locked: bool = False
    last_login_at: datetime | None = None


def _info(u: User) -> UserInfo:
    locked = u.locked_until is not None and u.locked_until > utcnow()
    return UserInfo(u.id, u.username, u.display_name, Role(u.role), u.active, locked,
                    u.last_login_at)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def add_user(uow: UnitOfWork, actor: Actor, username: str, password: str, role: str,
             display_name: str = "") -> UserInfo:
    """An administrator adds an account; commits."""
    result = new_user(uow, actor, username, password, role, display_name)
    uow.commit()
    return result


def new_user(uow: UnitOfWork, actor: Actor, username: str, password: str, role: str,
             display_name: str = "", *, by_itself: bool = False) -> UserInfo:
    """The account and its audit row, in the caller's unit of work (the caller commits).
    `by_itself`: the audit row names the new account (the first one, added by nobody)."""
    if not by_itself:
        require(actor, Permission.MANAGE_USERS)
    username = validation.text(username, "username", "User name", 40, required=True)
    if any(c.isspace() for c in username):
        raise ValidationError("User name: 1–40 characters, no spaces", field="username",
                              reason="username_format")
    display_name = validation.text(display_name, "display_name", "Display name", 80)
    try:
        role_ = Role(role)
    except ValueError:
        raise ValidationError(f"Unknown role {role!r}; one of: "
                              + ", ".join(r.value for r in Role), field="role",
                              reason="unknown_role", value=str(role)) from None
    if len(password) < MIN_PASSWORD:
        raise ValidationError(f"Password: at least {MIN_PASSWORD} characters", field="password",
                              reason="password_short")
    if uow.session.scalar(select(User.id).where(User.username == username)) is not None:
        raise ValidationError(f"User {username} already exists", field="username",
                              reason="user_exists", username=username)
    user = User(username=username, display_name=display_name or username, role=role_.value,
                password_hash=hash_password(password), created_at=utcnow())
    uow.session.add(user)
    uow.session.flush()
    by = Actor(user.id, user.username, role_, station=actor.station) if by_itself else actor
    audit.record(uow, by, "user.add", "user", user.id, username=username, role=role_.value)
    return _info(user)


def login(uow: UnitOfWork, username: str, password: str, *, station: str = "",
          location: str = "") -> Actor:
    """The actor for a correct user name and password. Failures are counted (and committed)
    before the error is raised; the message never says which of the two was wrong. An
    initial password that must be changed first is refused (PasswordChangeRequired) after
    it was checked: `change_password` then sets a new one."""
    user = _verified(uow, username, password)
    uow.commit()
    if user.must_change_password:
        raise PasswordChangeRequired(
            f"{user.username} must change the initial password before working",
            username=user.username, reason="initial_password")
    return Actor(user.id, user.username, Role(user.role), station, location)


def change_password(uow: UnitOfWork, username: str, password: str, new_password: str, *,
                    station: str = "") -> UserInfo:
    """A user sets a new password, proving the current one (checked and counted as a log-in);
    clears the must-change flag of an initial password; commits."""
    user = _verified(uow, username, password)
    uow.commit()  # a wrong current password has been counted; a right one resets the count
    if len(new_password) < MIN_PASSWORD:
        raise ValidationError(f"Password: at least {MIN_PASSWORD} characters",
                              field="new_password", reason="password_short")
    if new_password == password:
        raise ValidationError("The new password must differ from the current one",
                              field="new_password", reason="password_same")
    user.password_hash = hash_password(new_password)
    user.must_change_password = False
    audit.record(uow, Actor(user.id, user.username, Role(user.role), station=station),
                 "user.password", "user", user.id)
    uow.commit()
    return _info(user)


def _verified(uow: UnitOfWork, username: str, password: str) -> User:
    """The user whose name and password these are; a failure is counted in `uow` (the caller
    commits) and raised. Resets the failure count of a right password."""
    now = utcnow()
    user = uow.session.scalar(select(User).where(User.username == username.strip()))
    if user is None or not user.active:
        try:
            _hasher.verify(_dummy_hash(), password)
        except VerificationError:
            pass
        _unknown_failure(uow, username.strip(), now)
        uow.commit()
        raise AuthenticationFailed("Wrong user name or password.", reason="bad_credentials")
    if user.locked_until is not None and user.locked_until > now:
        raise _locked(user.locked_until)
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        _account_failure(uow, user.id, user.username, now)
        uow.commit()
        raise AuthenticationFailed("Wrong user name or password.",
                                   reason="bad_credentials") from None
    if _weaker_than_current(user.password_hash):
        user.password_hash = hash_password(password)
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = now
    return user


def _locked(until: datetime) -> AccountLocked:
    return AccountLocked(
        f"This account is locked after {MAX_FAILURES} failed log-ins until "
        f"{local_text(until, '%H:%M', offset=True)}; ask an administrator to unlock it sooner.",
        until=until, reason="too_many_failures")


def _account_failure(uow: UnitOfWork, user_id: int, username: str, now: datetime) -> None:
    """Count a wrong password in SQL (parallel attempts each add one: no lost update); the
    attempt that reaches MAX_FAILURES locks the account and starts the count again."""
    failures = uow.session.execute(
        update(User).where(User.id == user_id)
        .values(failed_logins=User.failed_logins + 1).returning(User.failed_logins),
        execution_options={"synchronize_session": False}).scalar_one()
    if failures >= MAX_FAILURES:
        # Session.execute is typed as returning Result; for an UPDATE it is a CursorResult.
        locked = cast(CursorResult[Any], uow.session.execute(
            update(User).where(User.id == user_id, User.failed_logins >= MAX_FAILURES)
            .values(locked_until=now + LOCK_FOR, failed_logins=0),
            execution_options={"synchronize_session": False})).rowcount
        if locked:
            audit.record(uow, SYSTEM, "user.locked", "user", user_id, username=username)


def _name_key(name: str) -> str:
    return hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()


def _unknown_failure(uow: UnitOfWork, name: str, now: datetime) -> None:
    """Names that are no account are counted too (in login_throttle, so a restart does not
    reset them) and "locked" after as many tries, so the lock message does not tell which
    names exist. One upsert adds one, in SQL, whatever runs in parallel."""
    key = _name_key(name)
    t = cast(Table, LoginThrottle.__table__)
    row = uow.session.execute(select(t.c.failures, t.c.locked_until)
                              .where(t.c.name_hash == key)).first()
    if row is not None and row.locked_until is not None and row.locked_until > now:
        raise _locked(row.locked_until)
    dialect = postgresql if uow.session.get_bind().dialect.name == "postgresql" else sqlite
    ins = dialect.insert(t).values(name_hash=key, failures=1, updated_at=now)
    failures = uow.session.execute(ins.on_conflict_do_update(
        index_elements=[t.c.name_hash],
        set_={"failures": t.c.failures + 1, "updated_at": now}).returning(t.c.failures)
    ).scalar_one()
    if failures >= MAX_FAILURES:
        uow.session.execute(update(t).where(t.c.name_hash == key,
                                            t.c.failures >= MAX_FAILURES)
                            .values(locked_until=now + LOCK_FOR, failures=0))
    # Someone trying names without end: forget names not tried for a day and not locked.
    uow.session.execute(delete(t).where(
        t.c.updated_at < now - timedelta(days=1),
        (t.c.locked_until.is_(None)) | (t.c.locked_until < now)))


def unlock(uow: UnitOfWork, actor: Actor, username: str) -> None:
    require(actor, Permission.MANAGE_USERS)
    user = uow.session.scalar(select(User).where(User.username == username))
    if user is None:
        raise ValidationError(f"No user {username}", field="username",
                              reason="unknown_user", username=username)
    user.locked_until = None
    user.failed_logins = 0
    audit.record(uow, actor, "user.unlock", "user", user.id)
    uow.commit()


def list_users(uow: UnitOfWork, actor: Actor) -> list[UserInfo]:
    require(actor, Permission.MANAGE_USERS)
    return [_info(u) for u in uow.session.scalars(select(User).order_by(User.username))]


def has_users(uow: UnitOfWork) -> bool:
    return uow.session.scalar(select(User.id).limit(1)) is not None


def add_first_admin(uow: UnitOfWork, username: str, password: str, display_name: str = "",
                    *, station: str = "") -> Actor:
    """The first account of a new database: an administrator; commits. Returns it as an
    actor."""
    admin = first_admin(uow, username, password, display_name, station=station)
    uow.commit()
    return admin


def first_admin(uow: UnitOfWork, username: str, password: str, display_name: str = "",
                *, station: str = "") -> Actor:
    """The first administrator, added by nobody (there is nobody yet): its audit row names
    the account itself. Refused once any user exists. The caller commits."""
    if has_users(uow):
        raise ValidationError("This database already has users: an administrator adds the "
                              "next ones", field="username", reason="has_users")
    bootstrap = Actor(None, username.strip(), Role.ADMIN, station=station)
    info = new_user(uow, bootstrap, username, password, Role.ADMIN.value, display_name,
                    by_itself=True)
    return Actor(info.id, info.username, Role.ADMIN, station=station)
