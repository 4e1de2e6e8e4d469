"""The names shown for delivery codes (receiver relations, failed-attempt reasons) in the
user's language; the services store the codes. Marked with QT_TRANSLATE_NOOP so lupdate
finds them under "DeliveryNames" (as ui/messages.py does)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from carrier_app.core.errors import DomainError
from carrier_app.ui import messages
from carrier_app.ui.i18n import QT_TRANSLATE_NOOP

RELATIONS = {
    "SELF": QT_TRANSLATE_NOOP("DeliveryNames", "Recipient (本人)"),
    "FAMILY": QT_TRANSLATE_NOOP("DeliveryNames", "Family (家人)"),
    "COLLEAGUE": QT_TRANSLATE_NOOP("DeliveryNames", "Colleague (同事)"),
    "PICKUP_POINT": QT_TRANSLATE_NOOP("DeliveryNames", "Pickup point (代收点)"),
    "GUARD": QT_TRANSLATE_NOOP("DeliveryNames", "Guard (门卫)"),
    "RECEPTION": QT_TRANSLATE_NOOP("DeliveryNames", "Reception (前台)"),
    "MERCHANT": QT_TRANSLATE_NOOP("DeliveryNames", "Merchant (商家)"),
    "OTHER": QT_TRANSLATE_NOOP("DeliveryNames", "Other (其他)"),
}
REASONS = {
    "NOBODY_HOME": QT_TRANSLATE_NOOP("DeliveryNames", "Nobody home"),
    "REFUSED": QT_TRANSLATE_NOOP("DeliveryNames", "Refused by recipient"),
    "WRONG_ADDRESS": QT_TRANSLATE_NOOP("DeliveryNames", "Wrong address"),
    "RESCHEDULE": QT_TRANSLATE_NOOP("DeliveryNames", "Recipient asked to reschedule"),
    "DAMAGED": QT_TRANSLATE_NOOP("DeliveryNames", "Damaged"),
    "NO_ACCESS": QT_TRANSLATE_NOOP("DeliveryNames", "No access to the building"),
    "PHONE_UNREACHABLE": QT_TRANSLATE_NOOP("DeliveryNames", "Phone unreachable"),
    "OTHER": QT_TRANSLATE_NOOP("DeliveryNames", "Other"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeliveryNames", text)


def relation_names() -> dict[str, str]:
    return {k: _tr(v) for k, v in RELATIONS.items()}


def reason_names() -> dict[str, str]:
    return {k: _tr(v) for k, v in REASONS.items()}


ERRORS = {
    "signature_cod": QT_TRANSLATE_NOOP("DeliveryNames",
                                       "A signature is required for a COD parcel"),
    "signature_return": QT_TRANSLATE_NOOP(
        "DeliveryNames", "The merchant's signature is required for a return"),
    "payment_method": QT_TRANSLATE_NOOP(
        "DeliveryNames", "Say how the COD amount was paid (cash or transfer)"),
    "receiver_name": QT_TRANSLATE_NOOP("DeliveryNames", "The receiver's name is required"),
    "photo": QT_TRANSLATE_NOOP("DeliveryNames",
                               "Attach the signed stub or page (an image up to 8 MB)"),
    "reassign": QT_TRANSLATE_NOOP(
        "DeliveryNames", "{code} is assigned to {courier}; give a reason to reassign it"),
    "reason": QT_TRANSLATE_NOOP("DeliveryNames", "A reason is required"),
    "unaccounted": QT_TRANSLATE_NOOP(
        "DeliveryNames", "{n} parcel(s) of the run are not accounted for: {list}"),
    "partly_delivered": QT_TRANSLATE_NOOP(
        "DeliveryNames", "{code}: some pieces are delivered; record the others as not attempted"),
    "amount": QT_TRANSLATE_NOOP(
        "DeliveryNames", "Not a valid amount: no negative numbers, at most two decimals"),
    "cash_up": QT_TRANSLATE_NOOP("DeliveryNames",
                                 "This cash-up is closed or has no variance to approve"),
    "nothing_assigned": QT_TRANSLATE_NOOP(
        "DeliveryNames", "Courier {code} has no assigned parcels to take out"),
    "period": QT_TRANSLATE_NOOP("DeliveryNames", "Nothing to settle for this merchant and period"),
    "next_attempt": QT_TRANSLATE_NOOP("DeliveryNames", "The next attempt date is in the past"),
    "self_approval": QT_TRANSLATE_NOOP(
        "DeliveryNames", "Whoever declared a cash-up cannot approve its variance"),
}


def _error_key(exc: DomainError) -> str | None:
    p = exc.params
    field, reason = p.get("field"), p.get("reason")
    if exc.code == "permission_denied":
        return "self_approval" if "declared" in exc.message else None
    if exc.code != "invalid":
        return None
    if field == "signature" and reason in ("cod", "return"):
        return f"signature_{reason}"
    if field == "reason":
        return "reassign" if "courier" in p else "reason"
    if field == "run" and "missing" in p:
        return "unaccounted"
    if field == "code" and reason == "partly_delivered":
        return "partly_delivered"
    if field in ("cash", "transfer"):
        return "amount"
    if field == "courier" and reason == "nothing_assigned":
        return "nothing_assigned"
    if field == "period" and "pending" in p:
        return "period"
    if field in ("payment_method", "receiver_name", "photo", "cash_up", "next_attempt"):
        return str(field)
    return None


def describe(exc: DomainError) -> str:
    """A dispatch / delivery / finance service error in the user's language; anything not
    listed here goes to ui.messages.describe (and from there to the service's English)."""
    key = _error_key(exc)
    if key is None:
        return messages.describe(exc)
    p = exc.params
    missing = [str(m) for m in p.get("missing", [])]  # type: ignore[attr-defined]
    return _tr(ERRORS[key]).format(code=p.get("code", ""), courier=p.get("courier", ""),
                                   n=len(missing), list=", ".join(missing[:5]))
