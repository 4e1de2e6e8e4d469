"""Counter acceptance (收寄, issue 14 item 1) against the database: the ID-hash key, the
prohibited list, what a waybill's acceptance columns become, a returning sender found by ID,
merchants' safety agreements and the list's CSV import/export.

Rules (create_waybills and update_waybill apply them, so the form, the CLI and the import
obey the same ones):
- A waybill of a merchant with a signed safety agreement (协议客户) needs no real-name.
  Every other waybill (a walk-in sender, or a merchant without an agreement: whoever hands
  the parcel over at the counter) needs the sender's name and a valid ID, and an inspection
  record (inspected, or the reason why not). An order-file import for a merchant without an
  agreement is refused as a whole (the file has no ID of whoever hands the parcels over).
- Contents matching the prohibited/restricted list are refused, or accepted with a
  supervisor's override and reason (Permission.OVERRIDE_ACCEPTANCE), recorded in the audit
  log and on the parcel's CREATE event.
- The ID number itself is never stored: the masked form for display and an HMAC-SHA256 hash
  for look-up, keyed with CARRIER_ID_KEY when set, else with a random key made on first use
  and kept in this database (app_secrets.id_key)."""

from __future__ import annotations

import csv
import io
import os
import secrets
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from carrier_app.core import acceptance as acc
from carrier_app.core import cells
from carrier_app.core.errors import NotFound, PermissionDenied, ValidationError
from carrier_app.core.files import write_atomic
from carrier_app.core.limits import over_limits
from carrier_app.core.roles import Actor, Permission, require
from carrier_app.store import audit
from carrier_app.store.models import AppSecret, Merchant, Parcel, ProhibitedWord
from carrier_app.store.uow import UnitOfWork

ID_KEY_ENV = "CARRIER_ID_KEY"


def id_key(uow: UnitOfWork) -> bytes:
    """The HMAC key of sender ID hashes: CARRIER_ID_KEY, else this database's own (made on
    first use; two workstations making it at once keep the first one committed)."""
    env = os.environ.get(ID_KEY_ENV, "")
    if env:
        return env.encode()
    known = uow.db.constants.get("id_key")
    if known is not None:  # made once per database, never changed: not read per waybill
        return bytes(known)
    found = uow.conn.execute(_ID_KEY).scalar()
    if found is not None:
        uow.db.constants["id_key"] = bytes(found)
        return bytes(found)
    try:
        with uow.session.begin_nested():
            uow.session.add(AppSecret(name="id_key", value=secrets.token_bytes(32)))
    except IntegrityError:
        pass
    key = uow.session.scalar(select(AppSecret.value).where(AppSecret.name == "id_key"))
    assert key is not None
    return key


_ID_KEY = select(AppSecret.value).where(AppSecret.name == "id_key")
# Core rows, not ORM objects: every waybill created reads the whole list.
_LISTED = select(ProhibitedWord.word, ProhibitedWord.category, ProhibitedWord.note).order_by(
    ProhibitedWord.id)


def listed_words(uow: UnitOfWork) -> list[acc.ListedWord]:
    return [acc.ListedWord(w, c, n) for w, c, n in uow.conn.execute(_LISTED)]


def listed_error(found: list[acc.ListedWord]) -> ValidationError:
    words = "、".join(w.word for w in found)
    return ValidationError(f"Contents match the prohibited/restricted list ({words}): refused "
                           "unless a supervisor overrides with a reason", field="contents",
                           reason="prohibited", words=words)


@dataclass(frozen=True)
class Accepted:
    """What one waybill's acceptance puts on the parcel, and its override (if any)."""

    columns: dict[str, object]
    override: dict[str, object] | None = None


def agreement_merchants(uow: UnitOfWork, merchant_ids: set[int]) -> set[int]:
    if not merchant_ids:
        return set()
    return set(uow.session.scalars(select(Merchant.id).where(
        Merchant.id.in_(merchant_ids), Merchant.safety_agreement_on.is_not(None))))


def accept(actor: Actor, *, key: bytes | None, words: list[acc.ListedWord], exempt: bool,
           sender_name: str, id_type: str, id_number: str, inspected: bool,
           inspection_note: str, contents: str, override_reason: str) -> Accepted:
    """Check one waybill's acceptance; raise the first problem (a ValidationError naming the
    field, PermissionDenied for a clerk's override). `key`: the ID-hash key (only needed
    when an ID is given). `exempt`: an agreement merchant's waybill."""
    cols: dict[str, object] = {"sender_id_type": "", "sender_id_masked": "",
                               "sender_id_hash": None, "inspected": bool(inspected),
                               "inspection_note": inspection_note.strip()[:120]}
    if not exempt or id_number.strip():
        if not sender_name.strip():
            raise ValidationError("The sender's name is required (real-name acceptance)",
                                  field="sender_name", reason="required")
        t, n = acc.normalise_id(id_type, id_number)
        assert key is not None
        cols.update(sender_id_type=t, sender_id_masked=acc.mask_id(n),
                    sender_id_hash=acc.hash_id(key, t, n))
    if not exempt and not inspected and not inspection_note.strip():
        raise ValidationError("Record the inspection: contents inspected, or why not",
                              field="inspection_note", reason="required")
    # A quantity over its limit (200 Wh, 5 L) counts as a restricted match (core/limits.py).
    found = acc.listed_in(contents, words) + [
        acc.ListedWord(x.describe(), acc.RESTRICTED) for x in over_limits(contents)]
    override: dict[str, object] | None = None
    if found:
        if not override_reason.strip():
            raise listed_error(found)
        if not actor.can(Permission.OVERRIDE_ACCEPTANCE):
            raise PermissionDenied("Only a supervisor may accept listed contents",
                                   permission=Permission.OVERRIDE_ACCEPTANCE.value,
                                   reason="override_supervisor")
        override = {"words": [w.word for w in found], "reason": override_reason.strip()[:200],
                    "by": actor.username}
    return Accepted(cols, override)


# --- returning senders --------------------------------------------------------------------
@dataclass(frozen=True)
class KnownSender:
    name: str
    phone: str
    address: str
    id_masked: str
    last_waybill: str


def find_sender(uow: UnitOfWork, actor: Actor, id_type: str, id_number: str
                ) -> KnownSender | None:
    """The sender of the last waybill accepted with this ID (by its keyed hash), or None.
    Read-only (a database without its key yet has no sender to find)."""
    require(actor, Permission.CREATE_WAYBILL)
    t, n = acc.normalise_id(id_type, id_number)
    env = os.environ.get(ID_KEY_ENV, "")
    key = env.encode() if env else uow.session.scalar(
        select(AppSecret.value).where(AppSecret.name == "id_key"))
    if key is None:
        return None
    p = uow.session.execute(
        select(Parcel.sender_name, Parcel.sender_phone, Parcel.sender_address,
               Parcel.sender_id_masked, Parcel.waybill_no)
        .where(Parcel.sender_id_hash == acc.hash_id(key, t, n))
        .order_by(Parcel.created_at.desc(), Parcel.id.desc()).limit(1)).first()
    return None if p is None else KnownSender(*p)


# --- merchants' safety agreements -----------------------------------------------------------
def set_safety_agreement(uow: UnitOfWork, actor: Actor, merchant_code: str,
                         signed_on: date | None) -> date | None:
    """Record (or, with None, withdraw) a merchant's signed safety agreement; a supervisor's
    action, audited."""
    require(actor, Permission.OVERRIDE_ACCEPTANCE)
    m = uow.session.scalar(select(Merchant).where(Merchant.code == merchant_code.strip()
                                                  .upper()).with_for_update())
    if m is None:
        raise NotFound(f"Unknown merchant {merchant_code!r}", code=merchant_code,
                       reason="unknown_merchant")
    before = m.safety_agreement_on
    m.safety_agreement_on = signed_on
    audit.record(uow, actor, "merchant.safety_agreement", "merchant", m.code,
                 before=before, after=signed_on)
    uow.commit()
    return signed_on


# --- the list as CSV ------------------------------------------------------------------------
HEADER = ("word", "category", "note")


@dataclass(frozen=True)
class ListImported:
    words: int


def export_list(uow: UnitOfWork, actor: Actor, path: Path) -> int:
    """Write the prohibited/restricted list to `path` (UTF-8 with BOM); read-only."""
    require(actor, Permission.CREATE_WAYBILL)
    rows = listed_words(uow)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(HEADER)
    for r in rows:
        w.writerow(cells.safe_row([r.word, r.category, r.note]))
    write_atomic(path, ("\ufeff" + out.getvalue()).encode())
    return len(rows)


def import_list(uow: UnitOfWork, actor: Actor, data: bytes) -> ListImported:
    """Replace the list with the file's rows (columns word, category, note; category
    PROHIBITED/禁寄 or RESTRICTED/限寄); a bad row refuses the whole file, naming it."""
    require(actor, Permission.OVERRIDE_ACCEPTANCE)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("gb18030")
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "word" not in [f.strip().lower() for f in reader.fieldnames]:
        raise ValidationError("The file needs a header with the columns word, category, note",
                              field="file", reason="header")
    names = {"禁寄": acc.PROHIBITED, "限寄": acc.RESTRICTED}
    rows: dict[str, tuple[str, str]] = {}
    for i, raw in enumerate(reader, start=2):
        r = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
        word = cells.restore(r.get("word", ""))
        cat = names.get(r.get("category", ""), r.get("category", "").upper())
        if not word or len(word) > 40:
            raise ValidationError(f"Row {i}: a word of 1 to 40 characters is needed",
                                  field="word", reason="format", row=i)
        if cat not in acc.CATEGORIES:
            raise ValidationError(f"Row {i}: category must be PROHIBITED or RESTRICTED",
                                  field="category", reason="format", row=i)
        rows[word] = (cat, cells.restore(r.get("note", ""))[:120])
    uow.session.execute(delete(ProhibitedWord))
    uow.session.add_all(ProhibitedWord(word=w, category=c, note=n)
                        for w, (c, n) in rows.items())
    audit.record(uow, actor, "prohibited.import", "prohibited_words", len(rows),
                 words=len(rows))
    uow.commit()
    return ListImported(len(rows))
