"""Linehaul manifests (交接单): bags and loose parcels on one vehicle to one destination,
with seal number, driver and time. Departure moves everything on it to IN_TRANSIT."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from carrier_app.core import hubnumbers
from carrier_app.core.clock import utcnow
from carrier_app.core.errors import DomainError, ValidationError
from carrier_app.core.lifecycle import Event, Status
from carrier_app.core.roles import Actor, Permission, require
# Re-exported: what these use cases return.
from carrier_app.documents.inputs import ManifestInfo as ManifestInfo
from carrier_app.documents.inputs import ManifestLine as ManifestLine
from carrier_app.network.service import load_network, require_on_path
from carrier_app.sorting.bags import DEPARTED, SEALED, _bag, bag_parcel_ids, destination_name
from carrier_app.sorting.common import HubSerials, by_number, goes_to, pairs
from carrier_app.store.repository import require_parcel
from carrier_app.store import audit
from carrier_app.store.models import Bag, Manifest, ManifestItem, Parcel
from carrier_app.store.uow import UnitOfWork
from carrier_app.tracking.scans import append_scan

OPEN = "OPEN"


@dataclass(frozen=True)
class Departure:
    manifest_no: str
    parcels: int
    problems: list[str]  # parcels that could not be moved to IN_TRANSIT, and why


def _manifest(uow: UnitOfWork, manifest_no: str, *, lock: bool = False) -> Manifest:
    return by_number(uow, Manifest, Manifest.manifest_no, manifest_no, hubnumbers.MANIFEST,
                     lock=lock, what="manifest")


def manifest_info(uow: UnitOfWork, actor: Actor, manifest_no: str) -> ManifestInfo:
    require(actor, Permission.TRACK)
    m = _manifest(uow, manifest_no)
    lines = [ManifestLine("bag", b.bag_no, b.pieces, b.weight_g, b.destination)
             for b in uow.session.scalars(
                 select(Bag).join(ManifestItem, ManifestItem.bag_id == Bag.id)
                 .where(ManifestItem.manifest_id == m.id).order_by(ManifestItem.id))]
    lines += [ManifestLine("parcel", p.waybill_no, 1, p.weight_g, p.sort_code or "")
              for p in uow.session.scalars(
                  select(Parcel).join(ManifestItem, ManifestItem.parcel_id == Parcel.id)
                  .where(ManifestItem.manifest_id == m.id).order_by(ManifestItem.id))]
    return ManifestInfo(m.manifest_no, m.origin, m.destination,
                        destination_name(uow, m.destination), m.vehicle, m.seal_no, m.driver,
                        m.status, m.created_at, m.departed_at, lines)


def list_manifests(uow: UnitOfWork, actor: Actor, *, destination: str | None = None,
                   statuses: tuple[str, ...] = (OPEN, DEPARTED)) -> list[ManifestInfo]:
    require(actor, Permission.TRACK)
    q = select(Manifest.manifest_no).where(Manifest.status.in_(statuses))
    if destination:
        q = q.where(Manifest.destination == destination)
    return [manifest_info(uow, actor, n) for n in
            uow.session.scalars(q.order_by(Manifest.id.desc()).limit(200))]


def create_manifest(uow: UnitOfWork, actor: Actor, serials: HubSerials, destination: str, *,
                    vehicle: str = "", seal_no: str = "", driver: str = "") -> ManifestInfo:
    require(actor, Permission.MANAGE_MANIFESTS)
    destination = destination.strip()
    if not destination_name(uow, destination):
        raise ValidationError(f"{destination!r} is not a hub or branch code", field="destination",
                              reason="unknown_location", code=destination)
    if destination == actor.location:
        raise ValidationError("a manifest goes to another location than this one",
                              field="destination", reason="manifest_same_place")
    m = Manifest(manifest_no=serials.next(), origin=actor.location, destination=destination,
                 vehicle=vehicle.strip(), seal_no=seal_no.strip(), driver=driver.strip(),
                 status=OPEN, created_at=utcnow(), created_by=actor.user_id)
    uow.session.add(m)
    uow.session.flush()
    audit.record(uow, actor, "manifest.create", "manifest", m.manifest_no,
                 destination=destination)
    result = manifest_info(uow, actor, m.manifest_no)
    uow.commit()
    return result


def _open(uow: UnitOfWork, manifest_no: str) -> Manifest:
    m = _manifest(uow, manifest_no, lock=True)
    if m.status != OPEN:
        raise ValidationError(f"manifest {m.manifest_no} has {m.status.lower()}; it can no "
                              "longer be changed", field="manifest",
                              reason="manifest_closed", code=m.manifest_no)
    return m


def add_to_manifest(uow: UnitOfWork, actor: Actor, manifest_no: str, code: str) -> ManifestLine:
    """Put a sealed bag (BG…) or a loose sorted parcel on the manifest; commits."""
    line = _add_to_manifest(uow, actor, manifest_no, code)
    uow.commit()
    return line


def _add_to_manifest(uow: UnitOfWork, actor: Actor, manifest_no: str, code: str
                     ) -> ManifestLine:
    require(actor, Permission.MANAGE_MANIFESTS)
    m = _open(uow, manifest_no)
    code = code.strip().upper()
    if hubnumbers.series_of(code) == hubnumbers.BAG:
        bag = _bag(uow, code, lock=True)
        if bag.status != SEALED:
            raise ValidationError(f"bag {bag.bag_no} is {bag.status}; only sealed bags go on "
                                  "a manifest", field="code",
                                  reason="bag_not_sealed", code=bag.bag_no)
        if not (bag.destination == m.destination
                or bag.destination.startswith(m.destination + "-")
                or m.destination.startswith(bag.destination + "-")):
            raise ValidationError(f"bag {bag.bag_no} is for {bag.destination}, the manifest "
                                  f"goes to {m.destination}", field="code",
                                  reason="wrong_destination", code=bag.bag_no,
                                  sort_code=bag.destination, destination=m.destination)
        if uow.session.scalar(select(ManifestItem.id).where(ManifestItem.bag_id == bag.id)):
            raise ValidationError(f"bag {bag.bag_no} is already on a manifest", field="code",
                                  reason="already_on_manifest", code=bag.bag_no)
        uow.session.add(ManifestItem(manifest_id=m.id, bag_id=bag.id))
        uow.session.flush()
        return ManifestLine("bag", bag.bag_no, bag.pieces, bag.weight_g, bag.destination)
    row = require_parcel(uow, code)
    if row.status is not Status.SORTED:
        raise ValidationError(f"{row.waybill_no} is {row.status}; loose parcels must be "
                              "sorted (bagged ones travel in their bag)", field="code",
                              reason="loose_not_sorted",
                              code=row.waybill_no, status=row.status)
    if not goes_to(row.sort_code, m.destination):
        raise ValidationError(f"{row.waybill_no} goes to {row.sort_code}, the manifest to "
                              f"{m.destination}", field="code", reason="wrong_destination",
                              code=row.waybill_no, sort_code=row.sort_code,
                              destination=m.destination)
    # Sorted here (or forwarded from here), not somewhere else and found on this dock.
    require_on_path(load_network(uow), row, location=m.origin, event=Event.BAG)
    if uow.session.scalar(select(ManifestItem.id).join(Manifest).where(
            ManifestItem.parcel_id == row.id, Manifest.status == OPEN)):
        raise ValidationError(f"{row.waybill_no} is already on a manifest", field="code",
                              reason="already_on_manifest", code=row.waybill_no)
    uow.session.add(ManifestItem(manifest_id=m.id, parcel_id=row.id))
    uow.session.flush()
    return ManifestLine("parcel", row.waybill_no, 1, row.weight_g, row.sort_code or "")


def depart(uow: UnitOfWork, actor: Actor, manifest_no: str, *, vehicle: str | None = None,
           seal_no: str | None = None, driver: str | None = None,
           progress: Callable[[int, int], None] | None = None,
           cancelled: Callable[[], bool] | None = None) -> Departure:
    """The vehicle leaves: the manifest and its bags are marked departed (one commit), then
    every parcel on it gets a DEPART scan (IN_TRANSIT), one commit each — running it again
    after an interruption (or a cancel) finishes the rest."""
    require(actor, Permission.MANAGE_MANIFESTS)
    m = _manifest(uow, manifest_no, lock=True)
    if m.status == OPEN:
        for attr, value in (("vehicle", vehicle), ("seal_no", seal_no), ("driver", driver)):
            if value is not None:
                setattr(m, attr, value.strip())
        for attr, label in (("vehicle", "vehicle"), ("seal_no", "seal number"),
                            ("driver", "driver")):
            if not getattr(m, attr):
                raise ValidationError(f"the {label} is required to depart", field=attr,
                                      reason="depart_details")
    elif m.status != DEPARTED:
        raise ValidationError(f"manifest {m.manifest_no} is {m.status}", field="manifest",
                              reason="manifest_arrived", code=m.manifest_no)
    items = list(uow.session.execute(select(ManifestItem.bag_id, ManifestItem.parcel_id)
                                     .where(ManifestItem.manifest_id == m.id)))
    if not items:
        raise ValidationError(f"manifest {m.manifest_no} is empty", field="manifest",
                              reason="manifest_empty", code=m.manifest_no)
    bag_ids = [b for b, _ in items if b is not None]
    parcel_ids = [p for _, p in items if p is not None]
    for ids in bag_parcel_ids(uow, bag_ids).values():
        parcel_ids.extend(ids)
    if m.status == OPEN:
        m.status, m.departed_at = DEPARTED, utcnow()
        for bag in uow.session.scalars(select(Bag).where(Bag.id.in_(bag_ids))):
            bag.status = DEPARTED
        audit.record(uow, actor, "manifest.depart", "manifest", m.manifest_no,
                     vehicle=m.vehicle, seal_no=m.seal_no, driver=m.driver,
                     bags=len(bag_ids), parcels=len(parcel_ids))
        uow.commit()
    waybills = dict(pairs(uow.session.execute(select(Parcel.id, Parcel.waybill_no)
                                        .where(Parcel.id.in_(parcel_ids))))) \
        if parcel_ids else {}
    problems: list[str] = []
    number = m.manifest_no
    for i, pid in enumerate(parcel_ids, 1):
        if cancelled is not None and cancelled():
            problems.append(f"cancelled after {i - 1} of {len(parcel_ids)}: depart again to "
                            "finish")
            break
        try:
            append_scan(uow, actor, waybills[pid], Event.DEPART,
                        details={"manifest": number})
        except DomainError as exc:
            problems.append(exc.message)
        uow.commit()  # one parcel at a time (a refusal's record with the next one)
        if progress is not None:
            progress(i, len(parcel_ids))
    return Departure(number, len(parcel_ids), problems)
