"""Service errors and status names in the user's language. Services raise DomainErrors that
carry a code and parameters; here they become translated sentences. Anything not listed
falls back to the service's English text.

Source texts are marked with QT_TRANSLATE_NOOP so lupdate finds them under "Messages".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from carrier_app.core.errors import DomainError
from carrier_app.core.lifecycle import Status
from carrier_app.ui.i18n import QT_TRANSLATE_NOOP

STATUS_NAMES = {
    "CREATED": QT_TRANSLATE_NOOP("Messages", "Created"),
    "PICKED_UP": QT_TRANSLATE_NOOP("Messages", "Picked up"),
    "RECEIVED": QT_TRANSLATE_NOOP("Messages", "Received"),
    "SORTED": QT_TRANSLATE_NOOP("Messages", "Sorted"),
    "BAGGED": QT_TRANSLATE_NOOP("Messages", "Bagged"),
    "IN_TRANSIT": QT_TRANSLATE_NOOP("Messages", "In transit"),
    "ARRIVED": QT_TRANSLATE_NOOP("Messages", "Arrived"),
    "ASSIGNED": QT_TRANSLATE_NOOP("Messages", "Assigned"),
    "OUT_FOR_DELIVERY": QT_TRANSLATE_NOOP("Messages", "Out for delivery"),
    "DELIVERED": QT_TRANSLATE_NOOP("Messages", "Delivered"),
    "DELIVERY_FAILED": QT_TRANSLATE_NOOP("Messages", "Delivery failed"),
    "RETURN_TO_SENDER": QT_TRANSLATE_NOOP("Messages", "Return to sender"),
    "RETURNED": QT_TRANSLATE_NOOP("Messages", "Returned"),
    "HELD": QT_TRANSLATE_NOOP("Messages", "On hold"),
    "EXCEPTION": QT_TRANSLATE_NOOP("Messages", "Exception"),
    "CANCELLED": QT_TRANSLATE_NOOP("Messages", "Cancelled"),
}

EVENT_NAMES = {
    "CREATE": QT_TRANSLATE_NOOP("Messages", "Waybill created"),
    "PICKUP": QT_TRANSLATE_NOOP("Messages", "Picked up"),
    "RECEIVE": QT_TRANSLATE_NOOP("Messages", "Received"),
    "SORT": QT_TRANSLATE_NOOP("Messages", "Sorted"),
    "BAG": QT_TRANSLATE_NOOP("Messages", "Bagged"),
    "UNBAG": QT_TRANSLATE_NOOP("Messages", "Unbagged"),
    "DEPART": QT_TRANSLATE_NOOP("Messages", "Departed"),
    "ARRIVE": QT_TRANSLATE_NOOP("Messages", "Arrived"),
    "ASSIGN": QT_TRANSLATE_NOOP("Messages", "Assigned"),
    "UNASSIGN": QT_TRANSLATE_NOOP("Messages", "Unassigned"),
    "OUT_FOR_DELIVERY": QT_TRANSLATE_NOOP("Messages", "Out for delivery"),
    "DELIVER": QT_TRANSLATE_NOOP("Messages", "Delivered"),
    "FAIL": QT_TRANSLATE_NOOP("Messages", "Delivery failed"),
    "RETURN": QT_TRANSLATE_NOOP("Messages", "Return to sender"),
    "HOLD": QT_TRANSLATE_NOOP("Messages", "Put on hold"),
    "RELEASE": QT_TRANSLATE_NOOP("Messages", "Released"),
    "EXCEPTION": QT_TRANSLATE_NOOP("Messages", "Exception"),
    "CANCEL": QT_TRANSLATE_NOOP("Messages", "Cancelled"),
    "REJECTED": QT_TRANSLATE_NOOP("Messages", "Scan refused"),
    "REPRINT": QT_TRANSLATE_NOOP("Messages", "Label reprinted"),
    "REROUTE": QT_TRANSLATE_NOOP("Messages", "Re-routed"),
    "NOTE": QT_TRANSLATE_NOOP("Messages", "Note"),
    "MISSORT": QT_TRANSLATE_NOOP("Messages", "Missort (wrong place)"),
    "FORWARD": QT_TRANSLATE_NOOP("Messages", "Forwarded"),
}

SCAN_REJECTIONS = {
    "empty": QT_TRANSLATE_NOOP("Messages", "Empty scan ignored"),
    "check_digit": QT_TRANSLATE_NOOP(
        "Messages", "{code}: wrong check digit — misread or mistyped, scan again"),
    "format": QT_TRANSLATE_NOOP(
        "Messages", "{code} is not a waybill number (2 letters, 9 digits, 2 letters)"),
    "piece": QT_TRANSLATE_NOOP("Messages", "{code}: no such piece on this waybill"),
    "other": QT_TRANSLATE_NOOP("Messages", "{code}: not a valid code"),
    "overflow": QT_TRANSLATE_NOOP(
        "Messages", "{code}: too long without an end key — set the scanner to end each code "
        "with Enter or LF, then scan these parcels again"),
}

STORE_PROBLEMS = {
    "read_only": QT_TRANSLATE_NOOP("Messages", "The database is read-only; nothing was saved."),
    "locked": QT_TRANSLATE_NOOP(
        "Messages",
        "The database is busy (locked by another program); nothing was saved. "
        "Try again in a moment."),
    "unreachable": QT_TRANSLATE_NOOP(
        "Messages", "The database server cannot be reached; check the network and CARRIER_DB_URL."),
}

FIELD_ERRORS = {
    "required": QT_TRANSLATE_NOOP("Messages", "Required"),
    "phone": QT_TRANSLATE_NOOP(
        "Messages", "Not a valid Chinese mobile or landline (e.g. 13812345678, 0571-88886666)"),
    "postcode": QT_TRANSLATE_NOOP("Messages", "A postcode has 6 digits"),
    "pieces": QT_TRANSLATE_NOOP("Messages", "Pieces: a whole number from 1 to 99"),
    "weight": QT_TRANSLATE_NOOP("Messages", "Weight: more than 0 kg, at most 3 decimals"),
    "amount": QT_TRANSLATE_NOOP("Messages", "An amount in yuan, e.g. 59.90"),
    "negative": QT_TRANSLATE_NOOP("Messages", "Must not be negative"),
    "over_cap": QT_TRANSLATE_NOOP("Messages", "Over the COD cap"),
    "too_long": QT_TRANSLATE_NOOP("Messages", "Too long"),
    "duplicate": QT_TRANSLATE_NOOP("Messages", "Repeats an earlier row's order ref"),
    "service": QT_TRANSLATE_NOOP("Messages", "Standard (标快) or express (特快)"),
    "id_checksum": QT_TRANSLATE_NOOP(
        "Messages", "Not a valid resident ID number: check character or birth date wrong"),
    "id_format": QT_TRANSLATE_NOOP("Messages", "Not the form of a number of this ID type"),
    "id_type": QT_TRANSLATE_NOOP("Messages", "Choose the ID type"),
    "prohibited": QT_TRANSLATE_NOOP(
        "Messages", "On the prohibited/restricted list: a supervisor's override is needed"),
}

#: Contents matching the 禁寄/限寄 list (waybill/acceptance.py), with the words found.
PROHIBITED = QT_TRANSLATE_NOOP(
    "Messages", "Contents match the prohibited/restricted list ({words}): refused unless a "
    "supervisor overrides with a reason")
NO_AGREEMENT = QT_TRANSLATE_NOOP(
    "Messages", "Merchant {merchant} has no signed safety agreement: its parcels need the ID "
    "of whoever hands them over and are accepted at the counter, not imported")

#: A parcel handled where it does not belong (core.location), by reason: the parcel, its
#: status, where it is, where it must go and what to do instead.
WRONG_LOCATION = {
    "off_path": QT_TRANSLATE_NOOP(
        "Messages", "{code} is {status} at {at}; missort: send to {destination}. Put it aside "
        "and forward it (Sort station: Forward)."),
    "behind": QT_TRANSLATE_NOOP(
        "Messages", "{code} is {status} at {at}; missort: send to {destination}. Put it aside "
        "and forward it (Sort station: Forward)."),
    "not_arrived": QT_TRANSLATE_NOOP(
        "Messages", "{code} is {status} at {at} and was not scanned in here: scan it in at "
        "arrival first."),
    "not_here": QT_TRANSLATE_NOOP(
        "Messages", "{code} is {status} at {at}, not at its destination {destination}: it "
        "cannot be assigned or handed out here. Forward it there (Sort station: Forward)."),
    "not_destination": QT_TRANSLATE_NOOP(
        "Messages", "{code} is {status} at {at}; only its destination {destination} hands it "
        "out (its couriers, its counter)."),
}
#: The monthly bill and its netting (finance/billing, finance/settlement), by reason.
BILLING = {
    "month": QT_TRANSLATE_NOOP("Messages", "{value} is not a month: write YYYY-MM, e.g. "
                                           "2026-11"),
    "month_open": QT_TRANSLATE_NOOP(
        "Messages", "{month} is not over yet: a month is billed once it has ended"),
    "nothing_to_bill": QT_TRANSLATE_NOOP(
        "Messages", "Nothing to bill in {month}: no received, priced 月结 parcel is unbilled"),
    "billed_meanwhile": QT_TRANSLATE_NOOP(
        "Messages", "Some of these parcels were billed meanwhile by someone else: show the "
                    "month again"),
    "unknown_bill": QT_TRANSLATE_NOOP("Messages", "No bill {bill} of this merchant"),
    "bill_netted": QT_TRANSLATE_NOOP(
        "Messages", "Bill {bill} was already netted on a statement: a bill is netted once"),
}
UNKNOWN_WAYBILL = QT_TRANSLATE_NOOP("Messages", "{code}: no such waybill in the system")
ILLEGAL = QT_TRANSLATE_NOOP("Messages", "{code} is {current}; cannot be {requested}")
NOT_EDITABLE = QT_TRANSLATE_NOOP(
    "Messages", "{code} is {current}: it can no longer be edited (only while it is Created)")
NOT_ALLOWED = QT_TRANSLATE_NOOP("Messages", "You are not allowed to do this ({detail})")
AUTH_FAILED = QT_TRANSLATE_NOOP("Messages", "Wrong user name or password.")
LOCKED_OUT = QT_TRANSLATE_NOOP(
    "Messages",
    "This account is locked after too many failed log-ins. "
    "Try again later or ask an administrator.")


def tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def status_name(status: str | Status | None) -> str:
    if status is None:
        return "—"
    text = STATUS_NAMES.get(str(status))
    return tr(text) if text else str(status)


ROLE_NAMES = {
    "admin": QT_TRANSLATE_NOOP("Messages", "Administrator"),
    "supervisor": QT_TRANSLATE_NOOP("Messages", "Supervisor"),
    "clerk": QT_TRANSLATE_NOOP("Messages", "Counter clerk"),
    "sorter": QT_TRANSLATE_NOOP("Messages", "Sorter"),
    "dispatcher": QT_TRANSLATE_NOOP("Messages", "Dispatcher"),
    "finance": QT_TRANSLATE_NOOP("Messages", "Finance"),
}


def role_name(role: object) -> str:
    key = getattr(role, "value", role)
    text = ROLE_NAMES.get(str(key))
    return tr(text) if text else str(key)


def event_name(event: str) -> str:
    text = EVENT_NAMES.get(event)
    return tr(text) if text else event


def scan_rejection(reason: str, code: str) -> str:
    """What ScanInput's `rejected(raw, reason, message)` means, for the user."""
    return tr(SCAN_REJECTIONS.get(reason, SCAN_REJECTIONS["other"])).format(code=code)


def field_error(exc: DomainError) -> str:
    """The short reason shown beside a form field."""
    return reason_text(str(exc.params.get("reason", "")), exc.message)


def reason_text(code: str, fallback: str) -> str:
    text = FIELD_ERRORS.get(code)
    return tr(text) if text else fallback


def describe(exc: DomainError) -> str:
    p = exc.params
    code = str(p.get("code", ""))
    if exc.code == "not_found" and p.get("reason") == "unknown_waybill":
        return tr(UNKNOWN_WAYBILL).format(code=code)
    if exc.code == "invalid" and p.get("reason") in ("check_digit", "format", "piece"):
        return scan_rejection(str(p["reason"]), str(p.get("value", code)))
    if exc.code == "illegal_transition" and "current" in p and "requested" in p \
            and exc.message.startswith(f"{code} is "):
        return tr(ILLEGAL).format(code=code, current=status_name(str(p["current"])),
                                  requested=status_name(str(p["requested"])))
    if exc.code == "wrong_location" and p.get("reason") in WRONG_LOCATION:
        return tr(WRONG_LOCATION[str(p["reason"])]).format(
            code=code, status=status_name(str(p.get("status"))),
            at=p.get("at_label") or p.get("at") or "—",
            destination=p.get("destination_label") or p.get("destination") or "—")
    if exc.code == "illegal_transition" and p.get("reason") == "not_editable":
        return tr(NOT_EDITABLE).format(code=code, current=status_name(str(p.get("status"))))
    if exc.code == "invalid" and p.get("reason") == "prohibited":
        return tr(PROHIBITED).format(words=p.get("words", ""))
    if exc.code == "invalid" and p.get("reason") == "no_agreement":
        return tr(NO_AGREEMENT).format(merchant=p.get("merchant", ""))
    if exc.code == "invalid" and p.get("reason") in BILLING:
        return tr(BILLING[str(p["reason"])]).format(
            value=p.get("value", ""), month=p.get("month", ""), bill=p.get("bill", ""))
    if exc.code == "permission_denied":
        return tr(NOT_ALLOWED).format(detail=exc.message)
    if exc.code == "auth_failed":
        return tr(AUTH_FAILED)
    if exc.code == "account_locked":
        return tr(LOCKED_OUT)
    reason = p.get("reason")
    if exc.code in ("store_unavailable", "schema_too_new") and reason in STORE_PROBLEMS:
        return tr(STORE_PROBLEMS[str(reason)])
    return exc.message
