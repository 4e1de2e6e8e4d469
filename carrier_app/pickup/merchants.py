"""Merchants (Pickup → Merchants): search, add, edit with validation, deactivate. A merchant
with parcels is never deleted (its parcels and settlements refer to it), only deactivated.

Where a merchant's COD is paid out (bank, holder, account, cycle) and the fee deducted from it
are payout details: changing them needs MANAGE_PAYOUTS (finance, supervisor), the rest
MANAGE_MERCHANTS (clerk). Every change is audited field by field, old -> new, with account
numbers masked to their last 4 digits."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, or_, select

from carrier_app.core import validation
from carrier_app.core.clock import utcnow
from carrier_app.core.errors import NotFound, PermissionDenied, ValidationError
from carrier_app.core.money import from_fen, to_fen
from carrier_app.core.roles import Actor, Permission, require
from carrier_app.core.text import LIKE_ESCAPE, like_pattern
from carrier_app.store import audit
from carrier_app.store.models import Branch, Merchant, Parcel
from carrier_app.store.uow import UnitOfWork

CYCLES = ("daily", "weekly", "monthly")
PAYOUT_FIELDS = ("settlement_bank", "settlement_holder", "settlement_account",
                 "settlement_cycle", "fee_per_parcel")
MAX_FEE = Decimal("1000.00")  # a per-parcel fee above this is a typing mistake
_CODE = re.compile(r"^[A-Z0-9]{2,16}$")


@dataclass(frozen=True)
class MerchantData:
    code: str
    name: str
    contact_name: str = ""
    phone: str = ""
    province: str = ""
    city: str = ""
    district: str = ""
    address: str = ""
    postcode: str = ""
    home_branch: str = ""          # branch code, e.g. 571-12
    settlement_bank: str = ""
    settlement_holder: str = ""
    settlement_account: str = ""
    settlement_cycle: str = "weekly"
    active: bool = True
    fee_per_parcel: str | Decimal = "0"   # yuan, deducted per parcel on the statement
    #: kg, for order files without a weight column (corrected at receiving); "": none
    default_weight: str | Decimal = ""


@dataclass(frozen=True)
class MerchantRow(MerchantData):
    id: int = 0
    parcels: int = 0
    #: 协议客户 (issue 14): the day its safety agreement was signed, None without one.
    safety_agreement_on: date | None = None


def _row(m: Merchant, branch: str, parcels: int) -> MerchantRow:
    return MerchantRow(m.code, m.name, m.contact_name, m.phone, m.province, m.city,
                       m.district, m.address, m.postcode, branch, m.settlement_bank,
                       m.settlement_holder, m.settlement_account, m.settlement_cycle,
                       m.active, from_fen(m.fee_per_parcel_fen), id=m.id, parcels=parcels,
                       safety_agreement_on=m.safety_agreement_on,
                       default_weight=_kg(m.default_weight_g))


def _kg(grams: int) -> str:
    return f"{Decimal(grams) / 1000:.3f}" if grams else ""


def list_merchants(uow: UnitOfWork, actor: Actor, search: str = "", *,
                   include_inactive: bool = True) -> list[MerchantRow]:
    require(actor, Permission.TRACK)
    counts = select(Parcel.merchant_id, func.count().label("n")).group_by(
        Parcel.merchant_id).subquery()
    q = (select(Merchant, Branch.code, func.coalesce(counts.c.n, 0))
         .outerjoin(Branch, Branch.id == Merchant.home_branch_id)
         .outerjoin(counts, counts.c.merchant_id == Merchant.id).order_by(Merchant.code))
    if search.strip():
        like = like_pattern(search.strip())
        q = q.where(or_(
            *(c.ilike(like, escape=LIKE_ESCAPE)
              for c in (Merchant.code, Merchant.name, Merchant.contact_name)),
            *(c.like(like, escape=LIKE_ESCAPE) for c in (Merchant.phone, Merchant.address))))
    if not include_inactive:
        q = q.where(Merchant.active.is_(True))
    return [_row(m, b or "", n) for m, b, n in uow.session.execute(q)]


def get_merchant(uow: UnitOfWork, actor: Actor, code: str) -> MerchantRow:
    rows = [r for r in list_merchants(uow, actor, code) if r.code == code.strip().upper()]
    if not rows:
        raise NotFound(f"No merchant {code!r}", code=code, reason="unknown_merchant")
    return rows[0]


@dataclass(frozen=True)
class _Clean:
    """The validated, normalised values, named as MerchantData's fields."""

    code: str
    name: str
    contact_name: str
    phone: str
    province: str
    city: str
    district: str
    address: str
    postcode: str
    home_branch: str
    settlement_bank: str
    settlement_holder: str
    settlement_account: str
    settlement_cycle: str
    active: bool
    fee_per_parcel: Decimal
    branch_id: int | None
    default_weight: str = ""


def _validate(uow: UnitOfWork, d: MerchantData) -> _Clean:
    """Every field checked (shared rules from core.validation), normalised values back."""
    code = d.code.strip().upper()
    if not _CODE.match(code):
        raise ValidationError("Merchant code: 2-16 letters or digits", field="code",
                              reason="merchant_code")
    name = validation.required_text(d.name, "name", "Merchant name", 120)
    phone = validation.phone(d.phone, "phone") if d.phone.strip() else ""
    postcode = validation.postcode(d.postcode, "postcode")
    address = validation.required_text(d.address, "address", "Pickup address", 200)
    text = {f: validation.text(getattr(d, f), f, label, size) for f, label, size in (
        ("contact_name", "Contact", 60), ("province", "Province", 20), ("city", "City", 40),
        ("district", "District", 40), ("settlement_bank", "Bank", 80),
        ("settlement_holder", "Account holder", 80))}
    if d.settlement_cycle not in CYCLES:
        raise ValidationError(f"Settlement cycle: one of {', '.join(CYCLES)}",
                              field="settlement_cycle",
                              reason="settlement_cycle", value=d.settlement_cycle)
    acct = d.settlement_account.replace(" ", "")
    if acct and not (acct.isdigit() and 8 <= len(acct) <= 30):
        raise ValidationError("Settlement account: 8-30 digits", field="settlement_account",
                              reason="settlement_account")
    if acct and not text["settlement_holder"]:
        raise ValidationError("Account holder is required with an account number",
                              field="settlement_holder", reason="holder_required")
    branch_id = None
    if d.home_branch.strip():
        branch_id = uow.session.scalar(select(Branch.id).where(
            Branch.code == d.home_branch.strip()))
        if branch_id is None:
            raise ValidationError(f"Unknown branch {d.home_branch!r}", field="home_branch",
                                  reason="unknown_branch", code=d.home_branch)
    fee = validation.amount(d.fee_per_parcel, "fee_per_parcel", "Fee per parcel", cap=MAX_FEE)
    weight = str(d.default_weight).strip()
    # "" or 0: no default weight; anything else is a weight like any other
    weight = ("" if re.fullmatch(r"0*(\.0*)?", weight)
              else f"{validation.weight_kg(weight, 'default_weight'):.3f}")
    return _Clean(default_weight=weight, code=code, name=name, phone=phone, address=address,
                  postcode=postcode,
                  home_branch=d.home_branch.strip() if branch_id else "",
                  settlement_account=acct, settlement_cycle=d.settlement_cycle,
                  active=d.active, fee_per_parcel=fee, branch_id=branch_id, **text)


def mask_account(account: str) -> str:
    """An account number as the audit log keeps it: its last 4 digits only."""
    return f"****{account[-4:]}" if account else ""


def _values(v: MerchantData | _Clean) -> dict[str, object]:
    """The fields compared and audited, the fee as yuan text."""
    out: dict[str, object] = {f: getattr(v, f) for f in MerchantData.__dataclass_fields__}
    out["fee_per_parcel"] = f"{Decimal(str(out['fee_per_parcel'])):.2f}"
    return out


def _audited(field: str, value: object) -> object:
    return mask_account(str(value)) if field == "settlement_account" else value


def save_merchant(uow: UnitOfWork, actor: Actor, d: MerchantData, *,
                  merchant_id: int | None = None) -> int:
    """Add (merchant_id None) or change a merchant; commits. Payout details need
    MANAGE_PAYOUTS, everything else MANAGE_MERCHANTS — each only when it changes."""
    if not (actor.can(Permission.MANAGE_MERCHANTS) or actor.can(Permission.MANAGE_PAYOUTS)):
        require(actor, Permission.MANAGE_MERCHANTS)
    clean = _validate(uow, d)
    code = clean.code
    clash = uow.session.scalar(select(Merchant.id).where(Merchant.code == code))
    if clash is not None and clash != merchant_id:
        raise ValidationError(f"Merchant code {code} is already used", field="code",
                              reason="merchant_code_used", code=code)
    if merchant_id is None:
        m = Merchant(created_at=utcnow())
        before = _values(MerchantData(code="", name=""))
    else:
        found = uow.session.get(Merchant, merchant_id)
        if found is None:
            raise NotFound(f"No merchant {merchant_id}",
                           reason="unknown_merchant", code=merchant_id)
        m = found
        before = _values(_row(m, uow.session.scalar(select(Branch.code).where(
            Branch.id == m.home_branch_id)) or "", 0))
    after = _values(clean)
    changed = [f for f in after if after[f] != before[f]]
    payout = [f for f in changed if f in PAYOUT_FIELDS]
    other = [f for f in changed if f not in PAYOUT_FIELDS]
    if other or merchant_id is None:
        require(actor, Permission.MANAGE_MERCHANTS)
    if payout and not actor.can(Permission.MANAGE_PAYOUTS):
        raise PermissionDenied(
            f"{actor.username} ({actor.role}) may not change payout details "
            f"({', '.join(f.replace('_', ' ') for f in payout)}); ask finance or a supervisor",
            role=actor.role, permission=Permission.MANAGE_PAYOUTS, fields=payout,
            reason="payout_permission")
    if merchant_id is None:
        uow.session.add(m)
    m.code, m.name, m.contact_name = code, clean.name, clean.contact_name
    m.phone, m.province, m.city = clean.phone, clean.province, clean.city
    m.district, m.address, m.postcode = clean.district, clean.address, clean.postcode
    m.home_branch_id = clean.branch_id
    m.settlement_bank, m.settlement_holder = clean.settlement_bank, clean.settlement_holder
    m.settlement_account = clean.settlement_account
    m.settlement_cycle, m.active = clean.settlement_cycle, clean.active
    m.fee_per_parcel_fen = to_fen(clean.fee_per_parcel)
    m.default_weight_g = int(Decimal(clean.default_weight or "0") * 1000)
    uow.session.flush()
    if changed or merchant_id is None:
        audit.record(uow, actor, "merchant.add" if merchant_id is None else "merchant.change",
                     "merchant", code, changes={
                         f: [_audited(f, before[f]), _audited(f, after[f])] for f in changed})
    mid = m.id
    uow.commit()
    return mid


def set_active(uow: UnitOfWork, actor: Actor, code: str, active: bool) -> None:
    require(actor, Permission.MANAGE_MERCHANTS)
    m = uow.session.scalar(select(Merchant).where(Merchant.code == code.strip().upper()))
    if m is None:
        raise NotFound(f"No merchant {code!r}", reason="unknown_merchant", code=code)
    m.active = active
    audit.record(uow, actor, "merchant.activate" if active else "merchant.deactivate",
                 "merchant", m.code)
    uow.commit()


def delete_merchant(uow: UnitOfWork, actor: Actor, code: str) -> None:
    require(actor, Permission.MANAGE_MERCHANTS)
    m = uow.session.scalar(select(Merchant).where(Merchant.code == code.strip().upper()))
    if m is None:
        raise NotFound(f"No merchant {code!r}", reason="unknown_merchant", code=code)
    n = uow.session.scalar(select(func.count()).select_from(Parcel)
                           .where(Parcel.merchant_id == m.id)) or 0
    if n:
        raise ValidationError(f"{m.code} has {n} parcel(s); it cannot be deleted, only "
                              "deactivated", field="code", reason="has_parcels", parcels=n)
    audit.record(uow, actor, "merchant.delete", "merchant", m.code)
    uow.session.delete(m)
    uow.commit()
