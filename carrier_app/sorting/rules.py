"""Routing rules (Sorting → Routing): list, edit, delete, test an address, CSV import and
export; every change is audited. Parcels no rule matched (sort_code None) form the
manual-routing queue; a supervisor routes them (and may add a rule from one); re-routing a
routed parcel gives it a new destination and a REROUTE event (the UI reprints its label)."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial

from sqlalchemy import func, or_, select

from carrier_app.core.cells import restore, safe_row
from carrier_app.core.clock import utcnow
from carrier_app.core.errors import NotFound, ValidationError
from carrier_app.core.lifecycle import TERMINAL, Event, Status
from carrier_app.core.roles import Actor, Permission, require
from carrier_app.core.routing import Router
from carrier_app.core.text import LIKE_ESCAPE, like_pattern
from carrier_app.store.repository import require_parcel
from carrier_app.sorting.routing import sort_code
from carrier_app.store import audit
from carrier_app.store.models import Branch, Hub, Parcel, Route, RoutingRule
from carrier_app.store.uow import UnitOfWork
from carrier_app.tracking.scans import append_note

CSV_COLUMNS = ["postcode_prefix", "province", "city", "district", "branch", "route", "active",
               "note"]


@dataclass(frozen=True)
class RuleInput:
    branch_code: str
    route_number: str = ""
    postcode_prefix: str = ""
    province: str = ""
    city: str = ""
    district: str = ""
    active: bool = True
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class RuleRow:
    id: int
    postcode_prefix: str
    province: str
    city: str
    district: str
    branch_code: str
    route_number: str
    sort_code: str
    active: bool
    note: str


@dataclass(frozen=True)
class AddressTest:
    sort_code: str | None
    rule_id: int | None
    branch_code: str
    reason: str           # why this rule matched, or why none did


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int


@dataclass(frozen=True)
class QueuedParcel:
    waybill_no: str
    status: str
    postcode: str
    province: str
    city: str
    district: str
    address: str


@dataclass(frozen=True)
class Rerouted:
    waybill_no: str
    old_sort_code: str | None
    sort_code: str
    rule_added: int | None


def _rows(uow: UnitOfWork, where=None) -> list[RuleRow]:  # type: ignore[no-untyped-def]
    q = (select(RoutingRule, Hub.code, Branch.code, Branch.number, Route.number)
         .join(Branch, Branch.id == RoutingRule.branch_id).join(Hub, Hub.id == Branch.hub_id)
         .outerjoin(Route, Route.id == RoutingRule.route_id).order_by(RoutingRule.id))
    if where is not None:
        q = q.where(where)
    return [RuleRow(r.id, r.postcode_prefix, r.province, r.city, r.district, bcode,
                    rnum or "", sort_code(hub, bnum, rnum), r.active, r.note)
            for r, hub, bcode, bnum, rnum in uow.session.execute(q)]


def list_rules(uow: UnitOfWork, actor: Actor, search: str = "") -> list[RuleRow]:
    require(actor, Permission.TRACK)
    where = None
    if search.strip():
        like = like_pattern(search.strip())
        where = or_(*(c.like(like, escape=LIKE_ESCAPE) for c in (
            RoutingRule.postcode_prefix, RoutingRule.province, RoutingRule.city,
            RoutingRule.district, RoutingRule.note, Branch.code)))
    return _rows(uow, where)


def _branch_route(uow: UnitOfWork, branch_code: str, route_number: str,
                  field_prefix: str = "") -> tuple[Branch, Route | None]:
    branch = uow.session.scalar(select(Branch).where(Branch.code == branch_code.strip()))
    if branch is None:
        raise ValidationError(f"{field_prefix}unknown branch {branch_code!r}", field="branch",
                              reason="unknown_branch", code=branch_code)
    route = None
    if route_number.strip():
        route = uow.session.scalar(select(Route).where(Route.branch_id == branch.id,
                                                       Route.number == route_number.strip()))
        if route is None:
            raise ValidationError(f"{field_prefix}branch {branch.code} has no route "
                                  f"{route_number!r}", field="route",
                                  reason="unknown_route", code=branch.code,
                                  route=route_number)
    return branch, route


def _validate(data: RuleInput, prefix: str = "") -> None:
    pc = data.postcode_prefix.strip()
    if pc and not (pc.isdigit() and 1 <= len(pc) <= 6):
        raise ValidationError(f"{prefix}postcode prefix must be 1-6 digits",
                              field="postcode_prefix", reason="postcode_prefix")
    if not (pc or data.province.strip() or data.city.strip() or data.district.strip()):
        raise ValidationError(f"{prefix}give a postcode prefix or at least one of province, "
                              "city, district", field="postcode_prefix", reason="rule_empty")


def save_rule(uow: UnitOfWork, actor: Actor, data: RuleInput) -> int:
    """Add (id None) or change a rule; commits."""
    rule_id = _save_rule(uow, actor, data)
    uow.commit()
    return rule_id


def _save_rule(uow: UnitOfWork, actor: Actor, data: RuleInput, _row: str = "") -> int:
    """save_rule without the commit: for the use cases that add rules as part of theirs."""
    require(actor, Permission.MANAGE_ROUTING)
    _validate(data, _row)
    branch, route = _branch_route(uow, data.branch_code, data.route_number, _row)
    if data.id is None:
        rule = RoutingRule(updated_at=utcnow())
        uow.session.add(rule)
        action = "rule.add"
    else:
        stored = uow.session.get(RoutingRule, data.id)
        if stored is None:
            raise NotFound(f"No routing rule {data.id}", reason="unknown_rule", rule=data.id)
        rule = stored
        action = "rule.change"
    before = {k: getattr(rule, k, None) for k in
              ("postcode_prefix", "province", "city", "district", "branch_id", "route_id",
               "active")}
    rule.postcode_prefix = data.postcode_prefix.strip()
    rule.province, rule.city = data.province.strip(), data.city.strip()
    rule.district = data.district.strip()
    rule.branch_id, rule.route_id = branch.id, route.id if route else None
    rule.active, rule.note, rule.updated_at = data.active, data.note.strip(), utcnow()
    uow.session.flush()
    audit.record(uow, actor, action, "routing_rule", rule.id, before=before,
                 after={"postcode_prefix": rule.postcode_prefix, "province": rule.province,
                        "city": rule.city, "district": rule.district, "branch": branch.code,
                        "route": route.number if route else "", "active": rule.active})
    return rule.id


def delete_rule(uow: UnitOfWork, actor: Actor, rule_id: int) -> None:
    require(actor, Permission.MANAGE_ROUTING)
    rule = uow.session.get(RoutingRule, rule_id)
    if rule is None:
        raise NotFound(f"No routing rule {rule_id}", reason="unknown_rule", rule=rule_id)
    audit.record(uow, actor, "rule.delete", "routing_rule", rule_id,
                 postcode_prefix=rule.postcode_prefix, province=rule.province,
                 city=rule.city, district=rule.district, branch_id=rule.branch_id)
    uow.session.delete(rule)
    uow.commit()


def test_address(router: Router, *, postcode: str = "", province: str = "", city: str = "",
                 district: str = "", address: str = "") -> AddressTest:
    """Which rule an address matches and why (for the editor's "test an address" box)."""
    m = router.match(postcode, province, city, district, address)
    if m is None:
        return AddressTest(None, None, "", "no rule matched: the parcel would go to the "
                           "manual-routing queue")
    hub, branch, *_ = m.rule.sort_code.split("-")
    return AddressTest(m.rule.sort_code, m.rule.id, f"{hub}-{branch}",
                       f"rule {m.rule.id}: {m.reason}")


test_address.__test__ = False  # type: ignore[attr-defined]  # not a pytest test


def export_csv(uow: UnitOfWork, actor: Actor) -> str:
    require(actor, Permission.TRACK)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for r in _rows(uow):
        w.writerow(safe_row([r.postcode_prefix, r.province, r.city, r.district, r.branch_code,
                             r.route_number, "1" if r.active else "0", r.note]))
    return out.getvalue()


def _csv_field(rec: Mapping[str, str | None], column: str) -> str:
    """A CSV row's field, trimmed and read back from its spreadsheet-safe form."""
    return restore((rec.get(column) or "").strip())


def import_csv(uow: UnitOfWork, actor: Actor, text: str) -> ImportResult:
    """Add the rules of a CSV (columns as export_csv); a rule with the same postcode prefix
    and names is updated instead. All or nothing: a bad row raises naming its line."""
    require(actor, Permission.MANAGE_ROUTING)
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = {"branch"} - set(reader.fieldnames or [])
    if missing:
        raise ValidationError("CSV needs the columns " + ", ".join(CSV_COLUMNS), field="file",
                              reason="missing_columns",
                              missing=", ".join(sorted(missing)))
    existing = {(r.postcode_prefix, r.province, r.city, r.district): r.id
                for r in uow.session.scalars(select(RoutingRule))}
    added = updated = 0
    for line, rec in enumerate(reader, start=2):
        get = partial(_csv_field, rec)
        data = RuleInput(branch_code=get("branch"), route_number=get("route"),
                         postcode_prefix=get("postcode_prefix"), province=get("province"),
                         city=get("city"), district=get("district"),
                         active=get("active") not in ("0", "false", "no", "n"),
                         note=get("note"))
        key = (data.postcode_prefix, data.province, data.city, data.district)
        rid = existing.get(key)
        new_id = _save_rule(uow, actor, RuleInput(**{**data.__dict__, "id": rid}),
                            _row=f"line {line}: ")
        existing[key] = new_id
        if rid is None:
            added += 1
        else:
            updated += 1
    uow.commit()
    return ImportResult(added, updated)


def manual_queue(uow: UnitOfWork, actor: Actor, limit: int = 500) -> list[QueuedParcel]:
    require(actor, Permission.TRACK)
    open_states = [s.value for s in Status if s not in TERMINAL]
    rows = uow.session.execute(
        select(Parcel.waybill_no, Parcel.status, Parcel.recipient_postcode,
               Parcel.recipient_province, Parcel.recipient_city, Parcel.recipient_district,
               Parcel.recipient_address)
        .where(Parcel.sort_code.is_(None), Parcel.status.in_(open_states))
        .order_by(Parcel.id).limit(limit))
    return [QueuedParcel(*r) for r in rows]


def manual_queue_size(uow: UnitOfWork) -> int:
    return uow.session.scalar(select(func.count()).select_from(Parcel)
                              .where(Parcel.sort_code.is_(None))) or 0


def route_parcel(uow: UnitOfWork, actor: Actor, code: str, branch_code: str,
                 route_number: str = "", *, reason: str = "", add_rule: bool = False) -> Rerouted:
    """Give a parcel a (new) destination: from the manual queue or a re-route. Appends a
    REROUTE event; with `add_rule`, also adds a rule for the parcel's district (or postcode)
    so the next such address routes itself. Commits."""
    require(actor, Permission.MANUAL_ROUTE)
    row = require_parcel(uow, code)
    if row.status in TERMINAL:
        raise ValidationError(f"{row.waybill_no} is {row.status}; it cannot be re-routed",
                              field="code", reason="not_reroutable",
                              code=row.waybill_no, status=row.status)
    branch, route = _branch_route(uow, branch_code, route_number)
    hub = uow.session.get(Hub, branch.hub_id)
    assert hub is not None
    new_code = sort_code(hub.code, branch.number, route.number if route else None)
    parcel = uow.session.get(Parcel, row.id)
    assert parcel is not None
    old = parcel.sort_code
    parcel.dest_branch_id, parcel.route_id = branch.id, route.id if route else None
    parcel.sort_code, parcel.updated_at = new_code, utcnow()
    rule_id = None
    if add_rule:
        rule_id = _save_rule(uow, actor, RuleInput(
            branch_code=branch.code, route_number=route.number if route else "",
            province=parcel.recipient_province, city=parcel.recipient_city,
            district=parcel.recipient_district,
            postcode_prefix="" if parcel.recipient_district else parcel.recipient_postcode,
            note=f"from manual routing of {parcel.waybill_no}"))
    uow.session.flush()
    append_note(uow, actor, row.waybill_no, Event.REROUTE,
                f"{old or 'manual routing'} → {new_code}" + (f" ({reason})" if reason else ""),
                {"old_sort_code": old, "sort_code": new_code, "reason": reason})
    audit.record(uow, actor, "parcel.route", "parcel", row.waybill_no, old=old, new=new_code,
                 reason=reason)
    uow.commit()
    return Rerouted(row.waybill_no, old, new_code, rule_id)

