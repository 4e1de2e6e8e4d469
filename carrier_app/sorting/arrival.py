"""Arrival reconciliation: at the receiving hub or branch, bags and parcels are scanned
against the manifests departed to it. Live: expected vs scanned. On close: shortages
(expected, not scanned), overages (scanned, not expected) and misroutes (not for this
location: re-routed onward), each kept as a row and recorded as an event on the parcel."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from carrier_app.core import hubnumbers
from carrier_app.core.clock import utcnow
from carrier_app.core.errors import DomainError, NotFound, ValidationError
from carrier_app.core.lifecycle import Event
from carrier_app.core.location import Network, Verdict
from carrier_app.core.roles import Actor, Permission, require
from carrier_app.network.service import load_network, place_check
from carrier_app.sorting.bags import ARRIVED, DEPARTED, _bag, bag_parcel_ids
from carrier_app.sorting.common import goes_to, pairs
from carrier_app.store.repository import find_parcel, no_such_waybill
from carrier_app.store.models import (
    ArrivalScan, ArrivalSession, Bag, Manifest, ManifestItem, Parcel,
)
from carrier_app.store.uow import UnitOfWork
from carrier_app.tracking.scans import append_note, append_scan

SCAN, SHORTAGE, OVERAGE, MISROUTE = "scan", "shortage", "overage", "misroute"


@dataclass(frozen=True)
class Expected:
    manifests: list[str]
    bags: dict[int, str]                 # bag id -> bag number
    parcels: dict[int, tuple[str, int | None, int]]  # parcel id -> (waybill, bag id, manifest id)


@dataclass(frozen=True)
class ArrivalState:
    session_id: int
    location: str
    manifests: list[str]
    expected: int                        # parcels expected
    scanned_expected: int
    scanned_unexpected: int
    missing: list[str]                   # expected waybills not scanned yet


@dataclass(frozen=True)
class ArrivalScanResult:
    code: str
    kind: str                            # "bag" or "parcel"
    expected: bool
    misrouted: bool
    parcels: int                         # parcels this scan accounted for
    message: str
    destination: str = ""                # misrouted: where it must go, "571-15 滨江营业部"


@dataclass(frozen=True)
class Reconciliation:
    session_id: int
    shortages: list[str] = field(default_factory=list)
    overages: list[str] = field(default_factory=list)
    misroutes: list[str] = field(default_factory=list)


def _expected(uow: UnitOfWork, location: str) -> Expected:
    manifests = list(uow.session.execute(select(Manifest.id, Manifest.manifest_no).where(
        Manifest.destination == location, Manifest.status == DEPARTED)))
    ids = [i for i, _ in manifests]
    items = list(uow.session.execute(select(ManifestItem.manifest_id, ManifestItem.bag_id,
                                            ManifestItem.parcel_id)
                                     .where(ManifestItem.manifest_id.in_(ids)))) if ids else []
    bag_manifest = {b: mid for mid, b, _ in items if b is not None}
    bags = dict(pairs(uow.session.execute(select(Bag.id, Bag.bag_no).where(
        Bag.id.in_(list(bag_manifest)))))) if bag_manifest else {}
    members: dict[int, tuple[int | None, int]] = {p: (None, mid) for mid, _, p in items
                                                  if p is not None}
    for bag_id, pids in bag_parcel_ids(uow, list(bag_manifest)).items():
        for pid in pids:
            members[pid] = (bag_id, bag_manifest[bag_id])
    waybills = dict(pairs(uow.session.execute(select(Parcel.id, Parcel.waybill_no).where(
        Parcel.id.in_(list(members)))))) if members else {}
    return Expected([n for _, n in manifests], bags,
                    {pid: (waybills[pid], b, mid) for pid, (b, mid) in members.items()})


def start(uow: UnitOfWork, actor: Actor) -> int:
    """Open an arrival session at the actor's location; commits."""
    require(actor, Permission.SCAN)
    s = ArrivalSession(location_code=actor.location, status="OPEN", started_at=utcnow(),
                       user_id=actor.user_id)
    uow.session.add(s)
    uow.session.flush()
    uow.commit()
    return s.id


def _session(uow: UnitOfWork, session_id: int) -> ArrivalSession:
    s = uow.session.get(ArrivalSession, session_id)
    if s is None:
        raise NotFound(f"No arrival session {session_id}",
                       reason="unknown_session", session=session_id)
    if s.status != "OPEN":
        raise ValidationError(f"arrival session {session_id} is closed", field="session",
                              reason="session_closed", session=session_id)
    return s


def _scanned_parcels(uow: UnitOfWork, session_id: int) -> set[int]:
    return set(uow.session.scalars(select(ArrivalScan.parcel_id).where(
        ArrivalScan.session_id == session_id, ArrivalScan.kind == SCAN,
        ArrivalScan.parcel_id.is_not(None))))


def state(uow: UnitOfWork, actor: Actor, session_id: int) -> ArrivalState:
    require(actor, Permission.TRACK)
    s = uow.session.get(ArrivalSession, session_id)
    if s is None:
        raise NotFound(f"No arrival session {session_id}",
                       reason="unknown_session", session=session_id)
    exp = _expected(uow, s.location_code)
    scanned = _scanned_parcels(uow, session_id)
    hit = scanned & exp.parcels.keys()
    missing = sorted(wb for pid, (wb, _, _) in exp.parcels.items() if pid not in scanned)
    return ArrivalState(session_id, s.location_code, exp.manifests, len(exp.parcels), len(hit),
                        len(scanned - hit), missing)


def scan(uow: UnitOfWork, actor: Actor, session_id: int, code: str) -> ArrivalScanResult:
    """A bag (every parcel in it arrives) or a parcel; ARRIVE events; commits."""
    require(actor, Permission.SCAN)
    s = _session(uow, session_id)
    code = code.strip().upper()
    exp = _expected(uow, s.location_code)
    now = utcnow()
    if hubnumbers.series_of(code) == hubnumbers.BAG:
        bag = _bag(uow, code, lock=True)
        pids = bag_parcel_ids(uow, [bag.id])[bag.id]
        expected = bag.id in exp.bags
        bag.status = ARRIVED
        uow.session.add(ArrivalScan(session_id=session_id, kind=SCAN, code=bag.bag_no,
                                    bag_id=bag.id, at=now))
        for pid in pids:
            uow.session.add(ArrivalScan(session_id=session_id, kind=SCAN, code=bag.bag_no,
                                        bag_id=bag.id, parcel_id=pid, at=now,
                                        manifest_id=exp.parcels.get(pid, (None, None, None))[2]))
        uow.commit()
        waybills = list(uow.session.scalars(select(Parcel.waybill_no)
                                            .where(Parcel.id.in_(pids)))) if pids else []
        net = load_network(uow) if waybills else None
        misrouted: list[str] = []
        destinations: list[str] = []
        for wb in waybills:
            _, row = find_parcel(uow, wb)
            assert row is not None and net is not None
            verdict = place_check(net, row, s.location_code, Event.ARRIVE)
            _arrive(uow, actor, wb, bag.bag_no)
            if not verdict.ok:  # a parcel in the bag is not for here
                _missort(uow, actor, net, row, s.location_code, verdict)
                misrouted.append(wb)
                destinations.append(verdict.destination_label)
        uow.commit()
        message = f"bag {bag.bag_no}: {len(pids)} parcel(s)"
        if misrouted:
            message += "; not for this location: " + ", ".join(
                f"{wb} → {d}" for wb, d in zip(misrouted, destinations))
        return ArrivalScanResult(bag.bag_no, "bag", expected, bool(misrouted), len(pids),
                                 message, ", ".join(dict.fromkeys(destinations)))
    parsed, row = find_parcel(uow, code)
    if row is None:
        raise no_such_waybill(code, parsed.waybill)
    expected = row.id in exp.parcels
    net = load_network(uow)
    verdict = place_check(net, row, s.location_code, Event.ARRIVE)
    if row.id not in _scanned_parcels(uow, session_id):
        uow.session.add(ArrivalScan(session_id=session_id, kind=SCAN, code=row.waybill_no,
                                    parcel_id=row.id, at=now,
                                    manifest_id=exp.parcels.get(row.id, (None, None, None))[2]))
    uow.session.flush()
    message = _arrive(uow, actor, row.waybill_no, None)
    if not verdict.ok:
        message = _missort(uow, actor, net, row, s.location_code, verdict)
    uow.commit()
    return ArrivalScanResult(row.waybill_no, "parcel", expected, not verdict.ok, 1, message,
                             verdict.destination_label)


def _missort(uow: UnitOfWork, actor: Actor, net: Network, row, here: str,  # type: ignore[no-untyped-def]
             verdict: Verdict) -> str:
    """Record the misroute on the parcel (MISSORT event, status unchanged; the caller
    commits); the message."""
    message = (f"{row.waybill_no} misrouted to {net.label(here)}: not for this location; "
               f"forward it to {verdict.destination_label}")
    append_note(uow, actor, row.waybill_no, Event.MISSORT, message, {
        "reason": verdict.reason, "destination": verdict.destination,
        "at": row.last_location, "sort_code": row.sort_code,
        "explanation": verdict.explanation})
    return message


def _arrive(uow: UnitOfWork, actor: Actor, waybill: str, bag_no: str | None) -> str:
    """The ARRIVE scan; a refusal (e.g. held) is kept as REJECTED and its reason returned,
    so the arrival check records the parcel as seen either way."""
    try:
        return append_scan(uow, actor, waybill, Event.ARRIVE,
                           details={"bag": bag_no} if bag_no else {}).message
    except DomainError as exc:
        return exc.message


def close(uow: UnitOfWork, actor: Actor, session_id: int) -> Reconciliation:
    """Report and record shortages, overages and misroutes; the manifests are done."""
    require(actor, Permission.SCAN)
    s = _session(uow, session_id)
    exp = _expected(uow, s.location_code)
    scanned = _scanned_parcels(uow, session_id)
    now = utcnow()
    rows = {r.id: r for r in uow.session.scalars(
        select(Parcel).where(Parcel.id.in_(list(scanned | exp.parcels.keys()))))} \
        if scanned or exp.parcels else {}
    result = Reconciliation(session_id)
    here = s.location_code

    def note(kind: str, pid: int, event: Event, message: str, manifest_id: int | None) -> None:
        p = rows[pid]
        uow.session.add(ArrivalScan(session_id=session_id, kind=kind, code=p.waybill_no,
                                    parcel_id=pid, manifest_id=manifest_id, at=now))
        append_note(uow, actor, p.waybill_no, event, message,
                    {"kind": kind, "arrival_session": session_id})
        getattr(result, kind + "s").append(p.waybill_no)

    for pid, (_wb, _bag_id, mid) in sorted(exp.parcels.items(), key=lambda t: t[1][0]):
        if pid not in scanned:
            note(SHORTAGE, pid, Event.NOTE, f"shortage: on a manifest to {here}, not scanned "
                 "on arrival", mid)
    for pid in sorted(scanned, key=lambda p: rows[p].waybill_no):
        p = rows[pid]
        if not goes_to(p.sort_code, here):
            note(MISROUTE, pid, Event.REROUTE, f"misrouted to {here}; forward to "
                 f"{p.sort_code or 'manual routing'}", exp.parcels.get(pid, (0, 0, None))[2])
        elif pid not in exp.parcels:
            note(OVERAGE, pid, Event.NOTE, f"overage: arrived at {here} without a manifest",
                 None)
    s.status, s.closed_at = "CLOSED", now
    for m in uow.session.scalars(select(Manifest).where(Manifest.destination == here,
                                                        Manifest.status == DEPARTED)):
        m.status = ARRIVED
    uow.session.flush()
    uow.commit()
    return result
