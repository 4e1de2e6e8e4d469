"""What a courier collects at the door (issue 14 item 5): the COD amount and, for a 到付
parcel (payer RECEIVER), the freight the receiver pays (freight + surcharges - discount +
insurance, as priced). Pure integer fen: the proof of delivery, the delivery screen, the
CLI and the cash-up all add up the same way, so nothing is counted twice or lost."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from carrier_app.core.money import format_yuan

RECEIVER = "RECEIVER"   # core.pricing.PAYERS: 到付


def freight_total_fen(freight_fen: int | None, surcharge_fen: int, discount_fen: int,
                      insurance_fen: int) -> int | None:
    """The parcel's price as stored (None: not priced, no rate card matched)."""
    if freight_fen is None:
        return None
    return freight_fen + surcharge_fen - discount_fen + insurance_fen


def receiver_due_fen(payer: str, freight_fen: int | None, surcharge_fen: int,
                     discount_fen: int, insurance_fen: int) -> int:
    """The 到付 amount the receiver pays at the door: 0 unless the receiver pays (or the
    parcel was never priced)."""
    if payer != RECEIVER:
        return 0
    return freight_total_fen(freight_fen, surcharge_fen, discount_fen, insurance_fen) or 0


@dataclass(frozen=True)
class ToCollect:
    cod_fen: int
    freight_fen: int      # 到付 due

    @property
    def total_fen(self) -> int:
        return self.cod_fen + self.freight_fen

    def describe(self) -> str:
        """'collect ¥112.00: COD ¥100.00 + freight ¥12.00' (only the parts that apply);
        COD alone as always: 'COD ¥59.90 to collect'."""
        if not self.freight_fen and self.cod_fen:
            return f"COD {format_yuan(self.cod_fen)} to collect"
        parts = [f"{name} {format_yuan(fen)}" for name, fen in
                 (("COD", self.cod_fen), ("freight", self.freight_fen)) if fen]
        if not parts:
            return "nothing to collect"
        return f"collect {format_yuan(self.total_fen)}: " + " + ".join(parts)


def by_method(lines: Iterable[tuple[int, int, str]]) -> dict[str, int]:
    """Expected fen per payment method from (cod_fen, freight_fen, method) per parcel."""
    out: dict[str, int] = {}
    for cod, freight, method in lines:
        out[method] = out.get(method, 0) + cod + freight
    return out
