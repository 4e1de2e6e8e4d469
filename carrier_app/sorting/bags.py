"""Bags (集包): open one for a destination, scan sorted parcels in (refusing parcels for
another destination), seal it (count, weight, label), take a parcel out with a reason."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select

from carrier_app.core import hubnumbers
from carrier_app.core.clock import utcnow
from carrier_app.core.errors import ValidationError
from carrier_app.core.lifecycle import Event, Status
from carrier_app.core.roles import Actor, Permission, require
from carrier_app.documents.inputs import BagInfo as BagInfo
from carrier_app.network.service import load_network, require_on_path
from carrier_app.sorting.common import HubSerials, by_number, goes_to
from carrier_app.store.repository import require_parcel
from carrier_app.store import audit
from carrier_app.store.models import Bag, BagItem, Branch, Hub, Parcel
from carrier_app.store.uow import UnitOfWork
from carrier_app.tracking.scans import ScanResult, append_scan

OPEN, SEALED, DEPARTED, ARRIVED = "OPEN", "SEALED", "DEPARTED", "ARRIVED"
VOID = "VOID"   # opened by mistake and never used: kept (bag numbers are not reused)


def destination_name(uow: UnitOfWork, code: str) -> str:
    name = uow.session.scalar(select(Branch.name).where(Branch.code == code))
    return name or uow.session.scalar(select(Hub.name).where(Hub.code == code)) or ""


def _bag(uow: UnitOfWork, bag_no: str, *, lock: bool = False) -> Bag:
    return by_number(uow, Bag, Bag.bag_no, bag_no, hubnumbers.BAG, lock=lock, what="bag")


def _members(uow: UnitOfWork, bag_id: int) -> list[str]:
    return list(uow.session.scalars(
        select(Parcel.waybill_no).join(BagItem, BagItem.parcel_id == Parcel.id)
        .where(BagItem.bag_id == bag_id, BagItem.removed_at.is_(None)).order_by(BagItem.id)))


def bag_info(uow: UnitOfWork, actor: Actor, bag_no: str) -> BagInfo:
    require(actor, Permission.TRACK)
    b = _bag(uow, bag_no)
    return BagInfo(b.bag_no, b.destination, destination_name(uow, b.destination),
                   b.location_code, b.status, b.pieces, b.weight_g, b.opened_at, b.sealed_at,
                   _members(uow, b.id))


def list_bags(uow: UnitOfWork, actor: Actor, *, statuses: tuple[str, ...] = (OPEN, SEALED),
              location: str | None = None) -> list[BagInfo]:
    require(actor, Permission.TRACK)
    q = select(Bag).where(Bag.status.in_(statuses)).order_by(Bag.id.desc()).limit(500)
    if location:
        q = q.where(Bag.location_code == location)
    return [BagInfo(b.bag_no, b.destination, destination_name(uow, b.destination),
                    b.location_code, b.status, b.pieces, b.weight_g, b.opened_at, b.sealed_at,
                    []) for b in uow.session.scalars(q)]


def open_bag(uow: UnitOfWork, actor: Actor, serials: HubSerials, destination: str) -> BagInfo:
    """A new bag at the actor's location for a branch (571-12) or hub (021); commits.
    Reserve a number first: `serials.ensure(1)` before the unit of work."""
    require(actor, Permission.MANAGE_BAGS)
    destination = destination.strip()
    name = destination_name(uow, destination)
    if not name:
        raise ValidationError(f"{destination!r} is not a hub or branch code", field="destination",
                              reason="unknown_location", code=destination)
    now = utcnow()
    bag = Bag(bag_no=serials.next(), destination=destination, location_code=actor.location,
              status=OPEN, pieces=0, weight_g=0, opened_at=now, opened_by=actor.user_id)
    uow.session.add(bag)
    uow.session.flush()
    audit.record(uow, actor, "bag.open", "bag", bag.bag_no, destination=destination)
    result = BagInfo(bag.bag_no, destination, name, bag.location_code, OPEN, 0, 0, now, None,
                     [])
    uow.commit()
    return result


def add_to_bag(uow: UnitOfWork, actor: Actor, bag_no: str, code: str) -> ScanResult:
    """Scan a parcel into an open bag: BAG event; commits."""
    require(actor, Permission.MANAGE_BAGS)
    bag = _bag(uow, bag_no, lock=True)
    if bag.status != OPEN:
        raise ValidationError(f"bag {bag.bag_no} is {bag.status}; a sealed bag takes no "
                              "parcels", field="bag", reason="bag_sealed", code=bag.bag_no)
    row = require_parcel(uow, code)
    if row.status is Status.SORTED and not goes_to(row.sort_code, bag.destination):
        raise ValidationError(
            f"{row.waybill_no} goes to {row.sort_code or 'manual routing'}, not "
            f"{bag.destination}: put it in the right bag", field="code",
            reason="wrong_destination", code=row.waybill_no, sort_code=row.sort_code,
            destination=bag.destination)
    if row.status is Status.SORTED:
        # Sorted somewhere else and found here (not departed, not arrived): a missort.
        require_on_path(load_network(uow), row, location=bag.location_code, event=Event.BAG)
    if row.allows(Event.BAG):
        uow.session.add(BagItem(bag_id=bag.id, parcel_id=row.id, added_at=utcnow()))
        bag.pieces += 1
        bag.weight_g += row.weight_g
        uow.session.flush()
    result = append_scan(uow, actor, row.waybill_no, Event.BAG, details={"bag": bag.bag_no})
    uow.commit()
    return result


def seal_bag(uow: UnitOfWork, actor: Actor, bag_no: str,
             weight_kg: Decimal | None = None) -> BagInfo:
    """Close the bag: no more parcels. The weight is the weighed one, else the declared sum."""
    require(actor, Permission.MANAGE_BAGS)
    bag = _bag(uow, bag_no, lock=True)
    if bag.status != OPEN:
        raise ValidationError(f"bag {bag.bag_no} is already {bag.status}", field="bag",
                              reason="bag_already_sealed", code=bag.bag_no)
    if bag.pieces == 0:
        raise ValidationError(f"bag {bag.bag_no} is empty; nothing to seal", field="bag",
                              reason="bag_empty", code=bag.bag_no)
    if weight_kg is not None:
        if weight_kg <= 0:
            raise ValidationError("bag weight must be more than 0 kg", field="weight",
                                  reason="weight")
        bag.weight_g = int(weight_kg * 1000)
    bag.status, bag.sealed_at = SEALED, utcnow()
    audit.record(uow, actor, "bag.seal", "bag", bag.bag_no, pieces=bag.pieces,
                 weight_g=bag.weight_g)
    uow.session.flush()
    result = bag_info(uow, actor, bag.bag_no)
    uow.commit()
    return result


def unbag(uow: UnitOfWork, actor: Actor, bag_no: str, code: str, reason: str) -> ScanResult:
    """Take a parcel out of a bag that has not left (UNBAG event, back to SORTED); commits."""
    require(actor, Permission.MANAGE_BAGS)
    if not reason.strip():
        raise ValidationError("say why the parcel is taken out of the bag", field="reason",
                              reason="unbag_reason")
    bag = _bag(uow, bag_no, lock=True)
    if bag.status not in (OPEN, SEALED):
        raise ValidationError(f"bag {bag.bag_no} is {bag.status}; it can no longer be "
                              "changed", field="bag", reason="bag_gone", code=bag.bag_no)
    row = require_parcel(uow, code)
    item = uow.session.scalar(select(BagItem).where(
        BagItem.bag_id == bag.id, BagItem.parcel_id == row.id, BagItem.removed_at.is_(None)))
    if item is None:
        raise ValidationError(f"{row.waybill_no} is not in bag {bag.bag_no}", field="code",
                              reason="not_in_bag", code=row.waybill_no,
                              bag=bag.bag_no)
    item.removed_at, item.remove_reason = utcnow(), reason.strip()[:200]
    bag.pieces -= 1
    bag.weight_g = max(0, bag.weight_g - row.weight_g) if bag.status == OPEN else bag.weight_g
    if bag.status == SEALED and bag.pieces == 0:
        bag.status = OPEN
    audit.record(uow, actor, "bag.unbag", "bag", bag.bag_no, waybill=row.waybill_no,
                 reason=reason)
    uow.session.flush()
    result = append_scan(uow, actor, row.waybill_no, Event.UNBAG,
                         details={"bag": bag.bag_no, "reason": reason.strip()})
    uow.commit()
    return result


def void_bag(uow: UnitOfWork, actor: Actor, bag_no: str, reason: str) -> BagInfo:
    """Void an empty open bag (opened by mistake, for the wrong destination), with a reason;
    audited. A bag with parcels in it, or sealed or gone, is refused (and the refusal
    audited): take the parcels out first. Commits."""
    require(actor, Permission.MANAGE_BAGS)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("say why the bag is voided", field="reason", reason="void_reason")
    bag = _bag(uow, bag_no, lock=True)
    members = _members(uow, bag.id)
    if bag.status != OPEN or members:
        why = "bag_not_empty" if members else "bag_not_open"
        audit.keep_refusal(uow, actor, "bag.void_refused", "bag", bag.bag_no, why=why,
                           pieces=len(members), status=bag.status)
        raise ValidationError(
            f"bag {bag.bag_no} holds {len(members)} parcel(s); take them out before voiding it"
            if members else f"bag {bag.bag_no} is {bag.status}; only an open bag is voided",
            field="bag", reason=why, bag=bag.bag_no, pieces=len(members), status=bag.status)
    bag.status = VOID
    audit.record(uow, actor, "bag.void", "bag", bag.bag_no, reason=reason[:200])
    uow.session.flush()
    result = bag_info(uow, actor, bag.bag_no)
    uow.commit()
    return result


def bag_of(uow: UnitOfWork, parcel_id: int) -> Bag | None:
    return uow.session.scalar(select(Bag).join(BagItem, BagItem.bag_id == Bag.id).where(
        BagItem.parcel_id == parcel_id, BagItem.removed_at.is_(None))
        .order_by(BagItem.id.desc()).limit(1))


def bag_parcel_ids(uow: UnitOfWork, bag_ids: list[int]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {b: [] for b in bag_ids}
    if bag_ids:
        for bag_id, pid in uow.session.execute(
                select(BagItem.bag_id, BagItem.parcel_id)
                .where(BagItem.bag_id.in_(bag_ids), BagItem.removed_at.is_(None))):
            out[bag_id].append(pid)
    return out


def count_open(uow: UnitOfWork) -> int:
    return uow.session.scalar(select(func.count()).select_from(Bag)
                              .where(Bag.status == OPEN)) or 0
