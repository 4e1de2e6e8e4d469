"""A real depot install (`carrier-app init`, the first-start wizard): the site's network
records and one administrator on an empty database, no demo data; and the database's origin
("demo" or "init"), which keeps demo accounts out of a real depot's database."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select, text, update

from carrier_app.core import validation
from carrier_app.core.errors import ValidationError
from carrier_app.store.models import Branch, Hub, Route, SiteSetting, User
from carrier_app.store.uow import UnitOfWork
from carrier_app.auth.service import first_admin

DEMO, INIT = "demo", "init"
#: Advisory lock key of database set-up (the demo seed takes the same one): two set-ups of
#: one PostgreSQL database at the same moment make one depot, the other is refused.
SETUP_LOCK = 0x0CA221E4
# A hub code is the sort code's first segment (571), a branch code hub-number (571-12).
_SITE = re.compile(r"^([0-9A-Z]{2,8})(?:-([0-9A-Z]{1,4}))?$")


@dataclass(frozen=True)
class Installed:
    site: str
    hub: str
    branch: str | None
    admin: str


def lock_setup(uow: UnitOfWork) -> None:
    """Serialise set-ups of one database (SQLite: its BEGIN IMMEDIATE already does)."""
    if uow.session.get_bind().dialect.name == "postgresql":
        uow.session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SETUP_LOCK})


def is_empty(uow: UnitOfWork) -> bool:
    """No network and no user yet: a database `init` (or `demo` without a user) may set up."""
    return (uow.session.scalar(select(Hub.id).limit(1)) is None
            and uow.session.scalar(select(User.id).limit(1)) is None)


def origin(uow: UnitOfWork) -> str | None:
    """What made this database: "demo", "init", or None (made before origins were kept)."""
    row = uow.session.get(SiteSetting, "origin")
    return row.value if row is not None else None


def mark_origin(uow: UnitOfWork, made_by: str) -> None:
    """Record what made the database (the caller commits)."""
    uow.session.merge(SiteSetting(name="origin", value=made_by))


def site_code(code: str) -> tuple[str, str | None]:
    """(hub, branch number or None) of a site code: `571` (a hub) or `571-12` (a branch)."""
    m = _SITE.match(code.strip().upper())
    if m is None:
        raise ValidationError(
            f"Site {code!r}: a hub code (2-8 letters or digits, e.g. 571) or a branch code "
            "hub-number (e.g. 571-12)", field="site", reason="site_code", value=code)
    return m.group(1), m.group(2)


def init_site(uow: UnitOfWork, site: str, admin: str, password: str, *, site_name: str = "",
              station: str = "") -> Installed:
    """Set up an empty database as a real depot; commits. Creates the site (a hub; for a
    branch code also its hub and the branch with route 01, so the sort code hub-branch-route
    of its parcels exists), one administrator whose password must be changed at first
    log-in, and marks the database "init". No demo data, no other account. Refused on a
    database that has a network or users."""
    hub_code, number = site_code(site)
    name = validation.text(site_name, "site_name", "Site name", 80) or hub_code
    lock_setup(uow)
    if not is_empty(uow):
        raise ValidationError("This database is not empty (it has a network or users): "
                              "`init` sets up a new, empty database only",
                              field="site", reason="not_empty")
    s = uow.session
    hub = Hub(code=hub_code, name=name if number is None else hub_code, city="")
    s.add(hub)
    s.flush()
    branch = None
    if number is not None:
        branch = f"{hub_code}-{number}"
        br = Branch(hub_id=hub.id, number=number, code=branch, name=name)
        s.add(br)
        s.flush()
        s.add(Route(branch_id=br.id, number="01", name=f"{name} 1"))
    actor = first_admin(uow, admin, password, station=station)
    s.execute(update(User).where(User.id == actor.user_id).values(must_change_password=True))
    mark_origin(uow, INIT)
    s.merge(SiteSetting(name="site", value=branch or hub_code))
    uow.commit()
    return Installed(branch or hub_code, hub_code, branch, actor.username)
