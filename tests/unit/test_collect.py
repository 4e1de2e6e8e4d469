"""What a courier collects (core/collect.py): COD + 到付 freight, exact to the fen, per method;
what the screen and the refusal say."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from carrier_app.core.collect import ToCollect, by_method, receiver_due_fen

fen = st.integers(min_value=0, max_value=10**8)
PAYERS = st.sampled_from(["SENDER_CASH", "MONTHLY", "RECEIVER", "THIRD_PARTY"])


@given(st.lists(st.tuples(fen, fen, st.sampled_from(["cash", "transfer"])), max_size=50))
def test_per_method_totals_are_the_per_parcel_sums(lines):
    totals = by_method(lines)
    assert sum(totals.values()) == sum(c + f for c, f, _ in lines)
    for method, total in totals.items():
        assert total == sum(c + f for c, f, m in lines if m == method)


@given(PAYERS, st.none() | fen, fen, fen, fen)
def test_only_the_receiver_pays_at_the_door(payer, freight, surcharge, discount, insurance):
    due = receiver_due_fen(payer, freight, surcharge, discount, insurance)
    if payer != "RECEIVER" or freight is None:
        assert due == 0
    else:
        assert due == freight + surcharge - discount + insurance


def test_what_the_courier_is_told():
    assert ToCollect(10000, 1200).describe() == "collect ¥112.00: COD ¥100.00 + freight ¥12.00"
    assert ToCollect(0, 1200).describe() == "collect ¥12.00: freight ¥12.00"
    assert ToCollect(5990, 0).describe() == "COD ¥59.90 to collect"
    assert ToCollect(0, 0).describe() == "nothing to collect"
