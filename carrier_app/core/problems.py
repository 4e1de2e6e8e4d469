"""Problem parcels (问题件): the reason list, the resolutions and the open-problem wording
shown when a scan is refused. Pure: the tables and use cases are in carrier_app.problems."""

from __future__ import annotations

from enum import StrEnum


class Reason(StrEnum):
    ADDRESS = "ADDRESS"
    UNREACHABLE = "UNREACHABLE"
    REFUSED = "REFUSED"
    DAMAGED = "DAMAGED"
    MISSING = "MISSING"
    PROHIBITED = "PROHIBITED"
    INTERCEPT = "INTERCEPT"
    OUT_OF_AREA = "OUT_OF_AREA"
    OTHER = "OTHER"


#: The names a Chinese depot uses for each reason (on screens, documents and refusals).
REASON_ZH: dict[Reason, str] = {
    Reason.ADDRESS: "地址不详",
    Reason.UNREACHABLE: "电话错误/无人接听",
    Reason.REFUSED: "拒收",
    Reason.DAMAGED: "破损",
    Reason.MISSING: "短少/丢失",
    Reason.PROHIBITED: "禁寄/违禁",
    Reason.INTERCEPT: "商家拦截",
    Reason.OUT_OF_AREA: "超区",
    Reason.OTHER: "其他",
}


class Action(StrEnum):
    """How a problem is resolved. CLAIM and DESTROY wait for a second person's approval."""

    NEW_ADDRESS = "new-address"
    RETURN = "return"
    DELIVER_AS_IS = "deliver-as-is"
    CLAIM = "claim"
    DESTROY = "destroy"


NEEDS_APPROVAL = frozenset({Action.CLAIM, Action.DESTROY})

OPEN, CLOSED = "OPEN", "CLOSED"


def parse_reason(text: str) -> Reason:
    """A reason by its code (any case) or its Chinese name."""
    key = text.strip()
    for r, zh in REASON_ZH.items():
        if key.upper() == r.value or key == zh:
            return r
    raise ValueError(text)


def instruction_text(return_to_sender: bool, sort_code: str | None) -> str:
    """An intercept's instruction as the scanning station must read it."""
    if return_to_sender:
        return "退回 return to sender"
    return f"改址 new address → {sort_code}" if sort_code else "改址 new address"


def open_problem_message(code: str, reason: str, location: str, instruction: str = "") -> str:
    """The refusal of a normal scan of a parcel with an open problem: names it and the desk."""
    zh = REASON_ZH.get(Reason(reason), reason) if reason in Reason.__members__ else reason
    where = f" open at {location}" if location else " open"
    tail = f": {instruction}" if instruction else ""
    return f"{code}: 问题件 ({zh}){where} — handle it at the exceptions desk{tail}"


def claim_cap_fen(declared_fen: int, freight_fen: int | None, multiple: int) -> tuple[int, str]:
    """The most a claim pays (issue 14 item 3), and why: the declared value when insured
    (保价); else `multiple` times the freight charged (0 when never priced)."""
    if declared_fen > 0:
        return declared_fen, "declared value"
    return multiple * (freight_fen or 0), f"{multiple}× the freight (not insured)"
