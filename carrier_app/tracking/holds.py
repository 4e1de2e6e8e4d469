"""Holds and exceptions (HELD / EXCEPTION from any open state) and their release: the use
cases the command line's `scan --event HOLD|EXCEPTION|RELEASE` calls."""

from __future__ import annotations

from carrier_app.core.errors import ValidationError
from carrier_app.core.lifecycle import Event
from carrier_app.core.roles import Actor, Permission, require
from carrier_app.store.uow import UnitOfWork
from carrier_app.tracking.scans import ScanResult, append_scan


def hold(uow: UnitOfWork, actor: Actor, code: str, reason: str, *,
         exception: bool = False) -> ScanResult:
    """Stop the parcel where it is (HOLD), or mark it damaged/lost/missorted (EXCEPTION);
    the reason is kept on the event for whoever releases it. Commits."""
    require(actor, Permission.HOLD)
    if not reason.strip():
        raise ValidationError("Say why the parcel is " + ("an exception" if exception
                                                           else "held"), field="reason",
                              reason="hold_reason")
    result = append_scan(uow, actor, code, Event.EXCEPTION if exception else Event.HOLD,
                         details={"reason": reason.strip()[:200]})
    uow.commit()
    return result


def release(uow: UnitOfWork, actor: Actor, code: str, note: str = "") -> ScanResult:
    """Back to the status it had before the hold. Commits."""
    require(actor, Permission.HOLD)
    result = append_scan(uow, actor, code, Event.RELEASE,
                         details={"note": note.strip()[:200]} if note.strip() else None)
    uow.commit()
    return result
