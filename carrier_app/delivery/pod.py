"""Proof of delivery (DELIVERED, or RETURNED for a return handed to its merchant): who
received it, their relation to the recipient, the signature, an optional photo, the COD
collected. Also the counter pickup (自提) at the branch. One POD per delivered piece scan;
a multi-piece waybill is DELIVERED when every piece is."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import insert, select

from carrier_app.core.address import full_address
from carrier_app.core.clock import utcnow
from carrier_app.core.delivery_codes import RELATIONS as RELATIONS
from carrier_app.core.errors import IllegalTransition, NotFound, ValidationError
from carrier_app.core.lifecycle import Event, Status, is_legal
from carrier_app.core.collect import ToCollect, receiver_due_fen
from carrier_app.core.money import format_yuan, from_fen, to_fen
from carrier_app.core.phone import mask_phone
from carrier_app.core.roles import Actor, Permission, require
from carrier_app.delivery import signature as sig
from carrier_app.dispatch.common import piece_statuses
from carrier_app.store.repository import ParcelRow, lock_parcel
from carrier_app.dispatch.runs import mark_outcome
from carrier_app.documents.inputs import PodView as PodView
from carrier_app.network.service import load_network, require_on_path
from carrier_app.store.models import Courier, Merchant, Parcel, ProofOfDelivery
from carrier_app.store.uow import UnitOfWork
from carrier_app.tracking.scans import ScanResult, append_scan, held_by_problem

PAYMENT_METHODS = ("cash", "transfer")
_INSERT_POD = insert(ProofOfDelivery).returning(ProofOfDelivery.id)
MAX_PHOTO_BYTES = 8 * 1024 * 1024
_DONE = (Status.DELIVERED.value, Status.RETURNED.value)


@dataclass(frozen=True)
class DeliveryInput:
    code: str                                  # waybill or waybill-piece as scanned
    receiver_name: str
    relation: str                              # a RELATIONS key
    strokes: list[list[tuple[float, float]]] = field(default_factory=list)
    signature_png: bytes | None = None         # as drawn on the pad; rendered if missing
    photo: bytes | None = None                 # photo, or the signed stub / run-sheet page
    photo_name: str = ""
    paper_signature: bool = False              # the attached image carries the signature
    payment_method: str = ""                   # for COD / 到付: cash / transfer
    counter_pickup: bool = False
    #: What was collected (COD + 到付 freight), as the screen showed it: checked against what
    #: is due now. Required when 到付 freight is due; None for a COD-only parcel takes the
    #: COD as shown.
    collected: Decimal | None = None


@dataclass(frozen=True)
class DeliveryInfo:
    waybill_no: str
    status: str
    is_return: bool
    recipient_name: str
    phone_masked: str
    address: str
    cod: Decimal                   # to collect (0 for a return)
    pieces: int
    pieces_done: int
    piece_statuses: list[str]
    merchant_name: str
    courier_code: str
    failed_attempts: int
    sort_code: str
    freight: Decimal = Decimal("0.00")   # 到付 freight the receiver pays (0 unless RECEIVER)

    @property
    def to_collect(self) -> Decimal:
        return self.cod + self.freight

    def collect_text(self) -> str:
        """'collect ¥112.00: COD ¥100.00 + freight ¥12.00'."""
        return ToCollect(to_fen(self.cod), to_fen(self.freight)).describe()


@dataclass(frozen=True)
class Delivered:
    pod_id: int
    scan: ScanResult
    complete: bool                 # every piece delivered
    cod: Decimal
    freight: Decimal = Decimal("0.00")


def lookup(uow: UnitOfWork, actor: Actor, code: str) -> DeliveryInfo:
    """What the delivery screen shows after a scan: what to collect, who, pieces done."""
    require(actor, Permission.TRACK)
    _, row = lock_parcel(uow, code, lock=False)
    p = uow.session.get(Parcel, row.id)
    assert p is not None
    statuses = piece_statuses(uow, p.id)
    merchant = uow.session.get(Merchant, p.merchant_id) if p.merchant_id else None
    courier = uow.session.get(Courier, p.courier_id) if p.courier_id else None
    return DeliveryInfo(
        p.waybill_no, p.status, p.is_return,
        merchant.contact_name or merchant.name if (p.is_return and merchant) else p.recipient_name,
        mask_phone(merchant.phone if (p.is_return and merchant) else p.recipient_phone),
        (full_address(merchant.province, merchant.city, merchant.district, merchant.address)
         if (p.is_return and merchant) else
         full_address(p.recipient_province, p.recipient_city, p.recipient_district,
                      p.recipient_address)),
        from_fen(0 if p.is_return else p.cod_fen), p.pieces,
        sum(s in _DONE for s in statuses), statuses, merchant.name if merchant else "",
        courier.code if courier else "", p.failed_attempts, p.sort_code or "",
        from_fen(0 if p.is_return else _freight_due(p)))


def _freight_due(p: Parcel | ParcelRow) -> int:
    return receiver_due_fen(p.payer, p.freight_fen, p.surcharge_fen, p.discount_fen,
                            p.insurance_fen)


def deliver(uow: UnitOfWork, actor: Actor, data: DeliveryInput) -> Delivered:
    """Record the proof and the DELIVER scan; commits. Refuses a parcel that is not out for
    delivery (or, at the counter, not waiting at the branch)."""
    require(actor, Permission.DELIVER)
    receiver = data.receiver_name.strip()
    if not receiver:
        raise ValidationError("Receiver's name is required", field="receiver_name",
                              reason="receiver_required")
    if data.relation not in RELATIONS:
        raise ValidationError(f"Relation must be one of {', '.join(RELATIONS)}",
                              field="relation", reason="relation", value=data.relation)
    strokes = sig.normalise(data.strokes)
    if data.photo is not None and len(data.photo) > MAX_PHOTO_BYTES:
        raise ValidationError("Photo is larger than 8 MB", field="photo", reason="photo_too_large")
    if data.paper_signature and not data.photo:
        raise ValidationError("Attach the signed stub or run-sheet page", field="photo",
                              reason="stub_required")
    parsed, row = lock_parcel(uow, data.code)
    # A one-piece waybill's piece has the waybill's status (scans move both together).
    statuses = [row.status.value] if row.pieces == 1 else piece_statuses(uow, row.id)
    current = statuses[parsed.piece - 1] if parsed.piece and parsed.piece <= len(statuses) \
        else row.status
    target = Status.RETURNED if row.is_return else Status.DELIVERED
    held = held_by_problem(uow, actor, row.id, str(parsed), current, target, Event.DELIVER,
                           piece_no=parsed.piece)
    if held is not None:
        raise held
    if data.counter_pickup:
        if current == Status.OUT_FOR_DELIVERY.value or not is_legal(Status(current), target):
            raise IllegalTransition(f"{parsed} is {current}; cannot be handed over at the "
                                    "counter", code=str(parsed), current=current,
                                    requested=target, reason="not_counter_pickup")
        # Only at the counter of its destination branch, where it is.
        require_on_path(load_network(uow), row, location=actor.location, event=Event.DELIVER)
    elif current != Status.OUT_FOR_DELIVERY.value:
        raise IllegalTransition(f"{parsed} is {current}, not out for delivery",
                                code=str(parsed), current=current, requested=target,
                                reason="not_out_for_delivery")
    complete = parsed.piece is None or all(
        s in _DONE for i, s in enumerate(statuses, 1) if i != parsed.piece)
    # COD and 到付 freight are collected once, with the last piece.
    due = ToCollect(row.cod_fen, _freight_due(row)) if (complete and not row.is_return) \
        else ToCollect(0, 0)
    _check_collected(str(parsed), due, data.collected)
    cod_fen = due.cod_fen
    signed = bool(strokes) or bool(data.signature_png) or data.paper_signature
    if (row.cod_fen > 0 or row.is_return) and not signed:
        raise ValidationError(
            "A signature is required for a COD parcel" if not row.is_return
            else "The merchant's signature is required for a return", field="signature",
            reason="return" if row.is_return else "cod")
    if due.total_fen and data.payment_method not in PAYMENT_METHODS:
        raise ValidationError(f"Say how the money was paid (cash or transfer): "
                              f"{due.describe()}", field="payment_method", reason="payment_method")
    png = data.signature_png or (sig.render_png(strokes) if strokes else None)
    run_id = mark_outcome(uow, row.id, "DELIVERED") if complete else None
    # Core, not an ORM object and a flush: one INSERT ... RETURNING id.
    pod_id = uow.conn.execute(_INSERT_POD, dict(
        parcel_id=row.id, piece_no=parsed.piece, run_id=run_id, courier_id=row.courier_id,
        receiver_name=receiver[:60], relation=data.relation, strokes=sig.to_json(strokes),
        signature_png=png, photo=data.photo, photo_name=data.photo_name[:120],
        counter_pickup=data.counter_pickup, cod_fen=cod_fen, freight_fen=due.freight_fen,
        payment_method=data.payment_method if due.total_fen else "", delivered_at=utcnow(),
        username=actor.username)).scalar_one()
    scan = append_scan(uow, actor, str(parsed), Event.DELIVER, locked=row,
                       courier_id=row.courier_id,
                       details={"pod": pod_id, "receiver": receiver, "relation": data.relation,
                                "counter": data.counter_pickup})
    uow.commit()
    return Delivered(pod_id, scan, complete, from_fen(cod_fen), from_fen(due.freight_fen))


def _check_collected(code: str, due: ToCollect, collected: Decimal | None) -> None:
    """The amount collected must be what is due: COD + 到付 freight, to the fen. A 到付
    parcel needs it stated (the receiver paid more than the COD on the label)."""
    if not due.total_fen or (collected is None and not due.freight_fen):
        return  # nothing due with this piece, or COD only and taken as shown
    if collected is None or to_fen(collected) != due.total_fen:
        got = "no amount" if collected is None else format_yuan(collected)
        raise ValidationError(f"{code}: {due.describe()} (not {got})", field="collected",
                              reason="collect_amount", due=str(from_fen(due.total_fen)))


def pods(uow: UnitOfWork, actor: Actor, code: str) -> list[PodView]:
    """Every proof recorded for a waybill, oldest first."""
    require(actor, Permission.TRACK)
    _, row = lock_parcel(uow, code, lock=False)
    return _views(uow, select(ProofOfDelivery).where(ProofOfDelivery.parcel_id == row.id))


def pods_by_id(uow: UnitOfWork, actor: Actor, ids: list[int]) -> list[PodView]:
    require(actor, Permission.TRACK)
    views = _views(uow, select(ProofOfDelivery).where(ProofOfDelivery.id.in_(ids)))
    if len(views) != len(set(ids)):
        raise NotFound("Some proofs of delivery do not exist", reason="unknown_pod")
    return views


def _views(uow: UnitOfWork, q) -> list[PodView]:  # type: ignore[no-untyped-def]
    out = []
    for pod in uow.session.scalars(q.order_by(ProofOfDelivery.id)):
        p = uow.session.get(Parcel, pod.parcel_id)
        assert p is not None
        m = uow.session.get(Merchant, p.merchant_id) if p.merchant_id else None
        c = uow.session.get(Courier, pod.courier_id) if pod.courier_id else None
        out.append(PodView(
            pod.id, p.waybill_no, pod.piece_no, p.pieces, pod.receiver_name, pod.relation,
            pod.delivered_at, pod.signature_png, pod.photo, from_fen(pod.cod_fen),
            pod.payment_method, c.code if c else "", p.recipient_name,
            full_address(p.recipient_province, p.recipient_city, p.recipient_district,
                         p.recipient_address), p.is_return, m.name if m else "", pod.counter_pickup,
            pod.username, from_fen(pod.freight_fen)))
    return out


def pod_pdf(uow: UnitOfWork, actor: Actor, codes: list[str]) -> bytes:
    """签收单: one page per proof of the given waybills."""
    from carrier_app.documents.pod import render_pods

    views = [v for code in codes for v in pods(uow, actor, code)]
    if not views:
        raise ValidationError("No proof of delivery recorded for these waybills", field="codes",
                              reason="no_pod")
    return render_pods(views)
