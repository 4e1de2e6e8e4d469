"""Money: Decimal yuan with two places in the domain, integer fen in storage. Never float."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from carrier_app.core.errors import ValidationError

CENT = Decimal("0.01")


def to_fen(amount: Decimal | int | str) -> int:
    """Yuan -> fen. Refuses floats and more than two decimal places."""
    if isinstance(amount, float):
        raise TypeError("money must not be float")
    try:
        d = Decimal(str(amount).strip().replace(",", "").replace("¥", "").replace("￥", ""))
    except InvalidOperation as exc:
        raise ValidationError(f"{amount!r} is not an amount of money", field="amount") from exc
    if not d.is_finite():
        raise ValidationError(f"{amount!r} is not an amount of money", field="amount")
    if d != d.quantize(CENT):
        raise ValidationError(f"{amount} has more than two decimal places", field="amount")
    return int(d * 100)


def from_fen(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(CENT, rounding=ROUND_HALF_UP)


def parse_amount(text: str, *, field: str = "amount", allow_negative: bool = False) -> Decimal:
    """Parse what a user typed into a money field."""
    fen = to_fen(text) if text.strip() else 0
    if fen < 0 and not allow_negative:
        raise ValidationError(f"{field}: must not be negative", field=field)
    return from_fen(fen)


def format_yuan(amount: Decimal | int) -> str:
    """`¥1,234.50`; an int is taken as fen."""
    d = from_fen(amount) if isinstance(amount, int) else amount
    return f"¥{d:,.2f}"
