from __future__ import annotations

import pytest

from carrier_app.core.errors import IllegalTransition
from carrier_app.core.lifecycle import (
    LEGAL, TERMINAL, Event, Status, aggregate_status, must_return, next_status,
)

S, E = Status, Event

HAPPY_PATH = [
    (S.CREATED, E.PICKUP, S.PICKED_UP), (S.PICKED_UP, E.RECEIVE, S.RECEIVED),
    (S.RECEIVED, E.SORT, S.SORTED), (S.SORTED, E.BAG, S.BAGGED),
    (S.BAGGED, E.DEPART, S.IN_TRANSIT), (S.IN_TRANSIT, E.ARRIVE, S.ARRIVED),
    (S.ARRIVED, E.SORT, S.SORTED),  # a second hub
    (S.ARRIVED, E.ASSIGN, S.ASSIGNED), (S.ASSIGNED, E.OUT_FOR_DELIVERY, S.OUT_FOR_DELIVERY),
    (S.OUT_FOR_DELIVERY, E.DELIVER, S.DELIVERED),
    (S.CREATED, E.RECEIVE, S.RECEIVED),  # dropped at the counter: no pickup
    (S.OUT_FOR_DELIVERY, E.FAIL, S.DELIVERY_FAILED),
    (S.DELIVERY_FAILED, E.ASSIGN, S.ASSIGNED),
    (S.DELIVERY_FAILED, E.RETURN, S.RETURN_TO_SENDER),
    (S.CREATED, E.CANCEL, S.CANCELLED),
]


@pytest.mark.parametrize("current,event,target", HAPPY_PATH)
def test_the_flow_is_legal(current, event, target):
    assert next_status(current, event) == target


@pytest.mark.parametrize("current,event", [
    (S.DELIVERED, E.SORT), (S.CANCELLED, E.RECEIVE), (S.CREATED, E.DELIVER),
    (S.RECEIVED, E.BAG), (S.IN_TRANSIT, E.SORT), (S.SORTED, E.SORT),
])
def test_illegal_transitions_name_both_statuses(current, event):
    with pytest.raises(IllegalTransition) as exc:
        next_status(current, event)
    assert str(current) in exc.value.message
    assert exc.value.params["current"] == current


def test_cancel_only_before_pickup():
    for s in S:
        if s is S.CREATED:
            continue
        with pytest.raises(IllegalTransition):
            next_status(s, E.CANCEL)


def test_hold_and_exception_from_every_open_state_and_never_from_terminal():
    for s in S:
        for event, target in ((E.HOLD, S.HELD), (E.EXCEPTION, S.EXCEPTION)):
            if s in TERMINAL:
                with pytest.raises(IllegalTransition):
                    next_status(s, event)
            elif s is not target:
                assert next_status(s, event) == target


def test_release_returns_to_the_status_before_the_hold():
    assert next_status(S.HELD, E.RELEASE, before_hold=S.SORTED) == S.SORTED
    with pytest.raises(IllegalTransition):
        next_status(S.SORTED, E.RELEASE, before_hold=S.SORTED)


def test_a_returning_parcel_delivered_is_returned():
    assert next_status(S.OUT_FOR_DELIVERY, E.DELIVER, returning=True) == S.RETURNED


def test_terminal_states_lead_nowhere():
    for s in TERMINAL:
        assert LEGAL[s] == frozenset()


def test_must_return_after_third_failure_or_refusal():
    assert not must_return(2)
    assert must_return(3)
    assert must_return(0, refused=True)


def test_aggregate_status_of_pieces():
    assert aggregate_status([S.DELIVERED, S.DELIVERED]) == S.DELIVERED
    assert aggregate_status([S.DELIVERED, S.OUT_FOR_DELIVERY]) == S.OUT_FOR_DELIVERY
    assert aggregate_status([S.SORTED, S.HELD]) == S.HELD
    with pytest.raises(ValueError):
        aggregate_status([])
