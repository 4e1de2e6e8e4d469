"""Field checks shared by the waybill form (as the user types), the order import (per row)
and the waybill service (last word). Each returns the normalised value or raises
ValidationError naming the field and why."""

from __future__ import annotations

import re
from decimal import Decimal

import phonenumbers

from carrier_app.core.errors import ValidationError
from carrier_app.core.money import MAX_AMOUNT, parse_decimal, to_fen
from carrier_app.core.text import fold_full_width

DEFAULT_COD_CAP = Decimal("20000.00")
SERVICES = {"standard": "standard", "express": "express", "标快": "standard",
            "特快": "express", "std": "standard", "exp": "express"}
_MOBILE = re.compile(r"^1[3-9][0-9]{9}$", re.ASCII)
_SEPARATORS = re.compile(r"[\s\-()（）]")
# NUL and the other C0 controls (and DEL) except tab / newline / carriage return: PostgreSQL
# refuses NUL in text outright, SQLite keeps it and cuts the text short on the way out.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


_EXTENSION = re.compile(r"(?:ext\.?|extension|x|转|分机)\s*[0-9]+$", re.IGNORECASE | re.ASCII)
_NON_GEOGRAPHIC = (phonenumbers.PhoneNumberType.TOLL_FREE,
                   phonenumbers.PhoneNumberType.SHARED_COST, phonenumbers.PhoneNumberType.UAN,
                   phonenumbers.PhoneNumberType.PREMIUM_RATE)


def phone(text: str, field: str = "recipient_phone") -> str:
    """A Chinese mobile (13812345678), a landline with area code (0571-88886666) or a
    400/800 service number (400-820-8820). ASCII digits only (full-width ones are folded);
    an extension or a `tel:` link is refused with a message saying so, never dropped."""
    raw = text.strip()
    if not raw:
        raise ValidationError("Phone number is required", field=field, reason="required")
    folded = fold_full_width(raw).strip()
    if folded[:4].lower() == "tel:":
        raise ValidationError(f"{raw!r} is a tel: link, not a phone number: give the number "
                              "alone (e.g. 13812345678)", field=field, reason="phone_link")
    if _EXTENSION.search(folded):
        raise ValidationError(f"{raw!r} has an extension: give a number the courier can dial "
                              "directly and put the extension in the note", field=field,
                              reason="phone_extension")
    digits = _SEPARATORS.sub("", folded)
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    if not re.fullmatch(r"\+?[0-9]{5,20}", digits, re.ASCII):
        raise ValidationError(
            f"{raw!r} is not a valid Chinese mobile (11 digits, 1xx) or landline with area "
            "code (e.g. 0571-88886666): only the digits 0-9, spaces, - and ( )", field=field,
            reason="phone")
    if _MOBILE.match(digits):  # the common case, without the (slower) full parser
        return digits
    try:
        number = phonenumbers.parse(digits, "CN")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or number.country_code != 86 or not phonenumbers.is_valid_number(number):
        raise ValidationError(
            f"{raw!r} is not a valid Chinese mobile (11 digits, 1xx) or landline with area "
            "code (e.g. 0571-88886666)", field=field, reason="phone")
    national = str(number.national_number)
    kind = phonenumbers.number_type(number)
    if kind in (phonenumbers.PhoneNumberType.MOBILE,
                phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE) and len(national) == 11:
        return national
    if kind in _NON_GEOGRAPHIC:  # 400-820-8820, 800-820-8820: dialled as written, no 0
        return phonenumbers.format_number(
            number, phonenumbers.PhoneNumberFormat.NATIONAL).replace(" ", "-")
    area_len = phonenumbers.length_of_geographical_area_code(number) or 3
    return f"0{national[:area_len]}-{national[area_len:]}"


def postcode(text: str, field: str = "recipient_postcode", *, required: bool = False) -> str:
    value = fold_full_width(text).strip()
    if not value and not required:
        return ""
    if len(value) != 6 or not (value.isascii() and value.isdigit()):
        raise ValidationError(f"Postcode {value!r} must be 6 digits", field=field,
                              reason="postcode")
    return value


def text(value: str, field: str, label: str, max_len: int, *, required: bool = False,
         multiline: bool = False) -> str:
    """Free text checked before the database: no NUL or other control character, at most
    `max_len` characters (the column's size) after trimming; runs of white space become one
    space (line breaks kept with `multiline`)."""
    bad = _CONTROL.search(value)
    if bad:
        raise ValidationError(f"{label} contains a control character "
                              f"(U+{ord(bad.group()):04X}); retype it", field=field,
                              reason="control_char")
    if multiline:
        value = "\n".join(" ".join(line.split()) for line in value.strip().splitlines())
    else:
        value = " ".join(value.split())
    if required and not value:
        raise ValidationError(f"{label} is required", field=field, reason="required")
    if len(value) > max_len:
        raise ValidationError(f"{label} is longer than {max_len} characters ({len(value)})",
                              field=field, reason="too_long", max_len=max_len)
    return value


def required_text(text_: str, field: str, label: str, max_len: int) -> str:
    return text(text_, field, label, max_len, required=True)


def pieces(text: str | int, field: str = "pieces") -> int:
    s = fold_full_width(str(text)).strip() or "1"
    m = re.fullmatch(r"([0-9]{1,6})(?:\.0*)?", s, re.ASCII)  # "2" or Excel's "2.0"
    if m is None:
        raise ValidationError(f"Pieces {s!r} is not a whole number", field=field,
                              reason="pieces")
    n = int(m.group(1))
    if not 1 <= n <= 99:
        raise ValidationError(f"Pieces must be between 1 and 99 (got {n})", field=field,
                              reason="pieces")
    return n


def weight_kg(text: str | Decimal, field: str = "weight_kg") -> Decimal:
    if isinstance(text, Decimal):
        w = text
        if not w.is_finite() or w.adjusted() > 6:
            raise ValidationError(f"Weight {text} is not a number of kg", field=field,
                                  reason="weight")
    else:
        s = fold_full_width(str(text)).strip().lower().removesuffix("kg").strip()
        try:
            w = parse_decimal(s, what="number of kg", grouping=False, field=field)
        except ValidationError as exc:
            raise ValidationError(f"Weight {exc.message}", field=field,
                                  reason="weight") from None
    if w <= 0:
        raise ValidationError("Weight must be more than 0 kg", field=field, reason="weight")
    if w > 1000:
        raise ValidationError("Weight over 1000 kg: not a parcel", field=field, reason="weight")
    if w != w.quantize(Decimal("0.001")):
        raise ValidationError("Weight has at most 3 decimals (grams)", field=field,
                              reason="weight")
    return w.quantize(Decimal("0.001"))


def amount(text: str | Decimal, field: str, label: str, *,
           cap: Decimal | None = None) -> Decimal:
    s = text if isinstance(text, Decimal) else str(text).strip()  # str(Decimal) may be 1E+2
    if s == "":
        return Decimal("0.00")
    try:
        fen = to_fen(s)
    except ValidationError as exc:
        raise ValidationError(f"{label} {exc.message}",
                              field=field, reason="amount") from None
    if fen < 0:
        raise ValidationError(f"{label} must not be negative", field=field, reason="negative")
    value = Decimal(fen) / 100
    if value > MAX_AMOUNT:
        raise ValidationError(f"{label} ¥{value:,.2f} is more than ¥{MAX_AMOUNT:,.2f}",
                              field=field, reason="too_large")
    if cap is not None and value > cap:
        # The declared value's cap is the insurance's (保价), not the COD's: its own reason.
        raise ValidationError(f"{label} ¥{value:.2f} is over the cap of ¥{cap:.2f}",
                              field=field, cap=str(cap),
                              reason="insured_over_cap" if field == "declared_value"
                              else "over_cap")
    return value.quantize(Decimal("0.01"))


def service(text: str, field: str = "service") -> str:
    value = SERVICES.get(text.strip().lower() or "standard")
    if value is None:
        raise ValidationError(f"Service {text!r} is not standard/标快 or express/特快",
                              field=field, reason="service")
    return value
