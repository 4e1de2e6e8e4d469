"""Users, passwords (argon2) and log-in with lock-out after repeated failures."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from carrier_app.core.clock import utcnow
from carrier_app.core.errors import (
    AccountLocked, AuthenticationFailed, ValidationError,
)
from carrier_app.core.roles import Actor, Permission, Role, require
from carrier_app.store import audit
from carrier_app.store.models import User
from carrier_app.store.uow import UnitOfWork

MAX_FAILURES = 5
LOCK_FOR = timedelta(minutes=15)
MIN_PASSWORD = 8

# CARRIER_ARGON2_FAST is for the test suite only: the same code with cheap parameters.
_hasher = (PasswordHasher(time_cost=1, memory_cost=256, parallelism=1)
           if os.environ.get("CARRIER_ARGON2_FAST") == "1" else PasswordHasher())
# Verified against on unknown user names so a wrong name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not a password of anyone")

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
    require(actor, Permission.MANAGE_USERS)
    username = username.strip()
    if not username or len(username) > 40 or any(c.isspace() for c in username):
        raise ValidationError("User name: 1–40 characters, no spaces", field="username")
    try:
        role_ = Role(role)
    except ValueError:
        raise ValidationError(f"Unknown role {role!r}; one of: "
                              + ", ".join(r.value for r in Role), field="role") from None
    if len(password) < MIN_PASSWORD:
        raise ValidationError(f"Password: at least {MIN_PASSWORD} characters", field="password")
    if uow.session.scalar(select(User.id).where(User.username == username)) is not None:
        raise ValidationError(f"User {username} already exists", field="username")
    user = User(username=username, display_name=display_name or username, role=role_.value,
                password_hash=hash_password(password), created_at=utcnow())
    uow.session.add(user)
    uow.session.flush()
    audit.record(uow, actor, "user.add", "user", user.id, username=username, role=role_.value)
    result = _info(user)
    uow.commit()
    return result


def login(uow: UnitOfWork, username: str, password: str, *, station: str = "",
          location: str = "") -> Actor:
    """The actor for a correct user name and password. Failures are counted (and committed)
    before the error is raised; the message never says which of the two was wrong."""
    now = utcnow()
    user = uow.session.scalar(select(User).where(User.username == username.strip()))
    if user is None or not user.active:
        try:
            _hasher.verify(_DUMMY_HASH, password)
        except VerificationError:
            pass
        _unknown_failure(username.strip(), now)
        raise AuthenticationFailed("Wrong user name or password.")
    if user.locked_until is not None and user.locked_until > now:
        raise _locked(user.locked_until)
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        user.failed_logins += 1
        if user.failed_logins >= MAX_FAILURES:
            user.locked_until = now + LOCK_FOR
            user.failed_logins = 0
            audit.record(uow, SYSTEM, "user.locked", "user", user.id, username=user.username)
        uow.commit()
        raise AuthenticationFailed("Wrong user name or password.") from None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = now
    uow.commit()
    return Actor(user.id, user.username, Role(user.role), station, location)


def _locked(until: datetime) -> AccountLocked:
    return AccountLocked(
        f"This account is locked after {MAX_FAILURES} failed log-ins until {until:%H:%M} UTC; "
        "ask an administrator to unlock it sooner.", until=until)


# Names that are no account are counted too (in this process) and "locked" after as many
# tries, so that the lock message does not tell which names exist.
_unknown: dict[str, tuple[int, datetime | None]] = {}


def _unknown_failure(name: str, now: datetime) -> None:
    failures, until = _unknown.get(name, (0, None))
    if until is not None and until > now:
        raise _locked(until)
    if len(_unknown) > 10_000:  # someone trying names without end: start over
        _unknown.clear()
    failures += 1
    _unknown[name] = (0, now + LOCK_FOR) if failures >= MAX_FAILURES else (failures, None)


def unlock(uow: UnitOfWork, actor: Actor, username: str) -> None:
    require(actor, Permission.MANAGE_USERS)
    user = uow.session.scalar(select(User).where(User.username == username))
    if user is None:
        raise ValidationError(f"No user {username}", field="username")
    user.locked_until = None
    user.failed_logins = 0
    audit.record(uow, actor, "user.unlock", "user", user.id)
    uow.commit()


def list_users(uow: UnitOfWork, actor: Actor) -> list[UserInfo]:
    require(actor, Permission.MANAGE_USERS)
    return [_info(u) for u in uow.session.scalars(select(User).order_by(User.username))]
