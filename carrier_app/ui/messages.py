"""Service errors in the user's language: the code and parameters an error carries, turned
into a translated sentence. Anything not listed falls back to the service's English text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from carrier_app.core.errors import DomainError
from carrier_app.core.lifecycle import Status


def tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def status_name(status: str | Status | None) -> str:
    if status is None:
        return "—"
    names = {
        "CREATED": tr("Created"), "PICKED_UP": tr("Picked up"), "RECEIVED": tr("Received"),
        "SORTED": tr("Sorted"), "BAGGED": tr("Bagged"), "IN_TRANSIT": tr("In transit"),
        "ARRIVED": tr("Arrived"), "ASSIGNED": tr("Assigned"),
        "OUT_FOR_DELIVERY": tr("Out for delivery"), "DELIVERED": tr("Delivered"),
        "DELIVERY_FAILED": tr("Delivery failed"), "RETURN_TO_SENDER": tr("Return to sender"),
        "RETURNED": tr("Returned"), "HELD": tr("On hold"), "EXCEPTION": tr("Exception"),
        "CANCELLED": tr("Cancelled"),
    }
    return names.get(str(status), str(status))


def event_name(event: str) -> str:
    names = {
        "CREATE": tr("Waybill created"), "PICKUP": tr("Picked up"), "RECEIVE": tr("Received"),
        "SORT": tr("Sorted"), "BAG": tr("Bagged"), "UNBAG": tr("Unbagged"),
        "DEPART": tr("Departed"), "ARRIVE": tr("Arrived"), "ASSIGN": tr("Assigned"),
        "UNASSIGN": tr("Unassigned"), "OUT_FOR_DELIVERY": tr("Out for delivery"),
        "DELIVER": tr("Delivered"), "FAIL": tr("Delivery failed"),
        "RETURN": tr("Return to sender"), "HOLD": tr("Put on hold"), "RELEASE": tr("Released"),
        "EXCEPTION": tr("Exception"), "CANCEL": tr("Cancelled"),
        "REJECTED": tr("Scan refused"), "REPRINT": tr("Label reprinted"),
        "REROUTE": tr("Re-routed"), "NOTE": tr("Note"),
    }
    return names.get(event, event)


def scan_rejection(reason: str, code: str) -> str:
    """What ScanInput's `rejected(raw, reason, message)` means, for the user."""
    return {
        "empty": tr("Empty scan ignored"),
        "check_digit": tr("{code}: wrong check digit — misread or mistyped, scan again"),
        "format": tr("{code} is not a waybill number (2 letters, 9 digits, 2 letters)"),
        "piece": tr("{code}: no such piece on this waybill"),
    }.get(reason, tr("{code}: not a valid code")).format(code=code)


def describe(exc: DomainError) -> str:
    p = exc.params
    code = str(p.get("code", ""))
    if exc.code == "not_found" and p.get("reason") == "unknown_waybill":
        return tr("{code}: no such waybill in the system").format(code=code)
    if exc.code == "invalid" and p.get("reason") in ("check_digit", "format", "piece"):
        return scan_rejection(str(p["reason"]), str(p.get("value", code)))
    if exc.code == "illegal_transition" and "current" in p and "requested" in p:
        return tr("{code} is {current}; cannot be {requested}").format(
            code=code, current=status_name(p["current"]),  # type: ignore[arg-type]
            requested=status_name(p["requested"]))  # type: ignore[arg-type]
    if exc.code == "permission_denied":
        return tr("You are not allowed to do this ({detail})").format(detail=exc.message)
    if exc.code == "auth_failed":
        return tr("Wrong user name or password.")
    if exc.code == "account_locked":
        return tr("This account is locked after too many failed log-ins. Try again later or "
                  "ask an administrator.")
    if exc.code in ("store_unavailable", "schema_too_new"):
        reason = p.get("reason")
        if reason == "read_only":
            return tr("The database is read-only; nothing was saved.")
        if reason == "locked":
            return tr("The database is busy (locked by another program); nothing was saved. "
                      "Try again in a moment.")
        if reason == "unreachable":
            return tr("The database server cannot be reached; check the network and "
                      "CARRIER_DB_URL.")
    return exc.message
