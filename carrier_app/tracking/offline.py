"""Scanning through an outage: one mechanism for every scan screen (receiving, sort station,
bags, arrival, assignment) and, later, any other.

`OfflineScans.attempt` runs a scan's use case with a fresh client event id; when the database
server cannot be reached it writes the scan to the workstation's journal (store.journal,
fsynced before it returns) and returns `Journaled` instead. While a user has scans waiting,
their next scans go to the journal too, so nothing overtakes an earlier scan.
`replay` sends the waiting scans, oldest first, through the SAME use cases (`ACTIONS`), each
under its client event id (tracking.scans.scan_identity): one the server already recorded
(a crash between its commit and the journal delete) is not applied again; one it now refuses
(the parcel was cancelled or moved meanwhile) is returned as refused, recorded as a REJECTED
event. A StoreUnavailable during the replay (out of reach, busy, locked) stops it with nothing
decided; the rest waits for the next try.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeVar

from carrier_app.core import s10
from carrier_app.core.errors import DomainError, NotFound, StoreUnavailable
from carrier_app.core.lifecycle import Event
from carrier_app.core.roles import Actor
from carrier_app.dispatch import assign
from carrier_app.pickup import receiving
from carrier_app.sorting import arrival, bags
from carrier_app.sorting.sort_station import SortOutcome, SortScan, SortStation
from carrier_app.store.engine import Database
from carrier_app.store.errors import RetryableConflict
from carrier_app.store.journal import JournalEntry, ScanJournal
from carrier_app.store.retry import run_with_retry
from carrier_app.store.uow import UnitOfWork
from carrier_app.tracking.scans import (
    Outcome, ScanResult, append_note, applied_scan, scan_identity,
)

T = TypeVar("T")


class Check(StrEnum):
    """What the server checks and a workstation alone cannot: shown while offline."""

    STATUS = "status"              # received / cancelled / on hold / already moved on
    DUPLICATES = "duplicates"      # scanned before, here or at another station
    LOCATION = "location"          # on the parcel's path here
    DESTINATION = "destination"    # its sort code / the right bag
    COURIER = "courier"            # the courier's branch and capacity
    MANIFEST = "manifest"          # expected on an incoming manifest
    WEIGHT = "weight"              # against the declared weight (and the price)


class Replay(StrEnum):
    APPLIED = "applied"
    DUPLICATE = "duplicate"        # already there: nothing changed
    REFUSED = "refused"


#: Offline scans replayed in one run share what a use case caches (the sort station's
#: network and open bags).
Cache = dict[str, Any]


@dataclass(frozen=True)
class Action:
    #: The use case: run(uow, actor, code, args, cache) -> its result; a refusal raises.
    run: Callable[[UnitOfWork, Actor, str, dict[str, Any], Cache], object]
    #: The event it records, for the REJECTED record of a refusal raised before it.
    event: Event
    unchecked: tuple[Check, ...]


def _receive(uow: UnitOfWork, actor: Actor, code: str, args: dict[str, Any],
             _cache: Cache) -> object:
    weight = args.get("weight_kg")
    return receiving.receive(uow, actor, code, Decimal(weight) if weight else None)


def _sort(uow: UnitOfWork, actor: Actor, code: str, _args: dict[str, Any],
          cache: Cache) -> object:
    station = cache.get("sort")
    if station is None:
        station = cache["sort"] = SortStation(uow.db, actor)
    return station.scan_in(uow, code)


def _bag(uow: UnitOfWork, actor: Actor, code: str, args: dict[str, Any],
         _cache: Cache) -> object:
    return bags.add_to_bag(uow, actor, str(args["bag_no"]), code)


def _arrive(uow: UnitOfWork, actor: Actor, code: str, args: dict[str, Any],
            _cache: Cache) -> object:
    return arrival.scan(uow, actor, int(args["session_id"]), code)


def _assign(uow: UnitOfWork, actor: Actor, code: str, args: dict[str, Any],
            _cache: Cache) -> object:
    return assign.assign(uow, actor, code, str(args["courier"]), reason=str(args.get("reason", "")))


ACTIONS: dict[str, Action] = {
    "receive": Action(_receive, Event.RECEIVE, (Check.STATUS, Check.DUPLICATES, Check.WEIGHT)),
    "sort": Action(_sort, Event.SORT, (Check.STATUS, Check.DUPLICATES, Check.LOCATION,
                                       Check.DESTINATION)),
    "bag": Action(_bag, Event.BAG, (Check.STATUS, Check.DUPLICATES, Check.LOCATION,
                                    Check.DESTINATION)),
    "arrive": Action(_arrive, Event.ARRIVE, (Check.STATUS, Check.DUPLICATES, Check.LOCATION,
                                             Check.MANIFEST)),
    "assign": Action(_assign, Event.ASSIGN, (Check.STATUS, Check.DUPLICATES, Check.LOCATION,
                                             Check.COURIER)),
}

#: Sort outcomes the sorter must act on: on replay they are refusals.
_SORT_REFUSALS = frozenset(SortOutcome) - {SortOutcome.OK, SortOutcome.DUPLICATE,
                                           SortOutcome.MISSORT}


def judge(result: object) -> tuple[Replay, str]:
    """A use case's returned result as a replay outcome, with its message."""
    if isinstance(result, SortScan):
        if result.outcome in _SORT_REFUSALS:
            return Replay.REFUSED, result.message or result.outcome.value
        return (Replay.DUPLICATE if result.outcome is SortOutcome.DUPLICATE
                else Replay.APPLIED), result.message
    if isinstance(result, arrival.ArrivalScanResult) and result.misrouted:
        return Replay.REFUSED, result.message
    scan = result.scan if isinstance(result, receiving.Received) else result
    if isinstance(scan, ScanResult):
        return (Replay.DUPLICATE if scan.outcome is Outcome.DUPLICATE
                else Replay.APPLIED), scan.message
    return Replay.APPLIED, getattr(result, "message", "")


def is_outage(exc: BaseException) -> bool:
    """The server cannot be reached (as opposed to a conflict, a lock or a refusal)."""
    return (isinstance(exc, StoreUnavailable) and not isinstance(exc, RetryableConflict)
            and exc.params.get("reason") == "unreachable")


@dataclass(frozen=True)
class Journaled:
    """A scan kept on this workstation until the server is back."""

    entry: JournalEntry
    waiting: int                       # this user's scans waiting, this one included
    unchecked: tuple[Check, ...]


@dataclass(frozen=True)
class Replayed:
    entry: JournalEntry
    outcome: Replay
    message: str
    #: The refusal a use case raised (for the screen to word it in the user's language).
    error: DomainError | None = None


@dataclass
class ReplayRun:
    done: list[Replayed] = field(default_factory=list)
    #: Why the server could not take the rest now (they still wait), or None: all sent.
    stopped: StoreUnavailable | None = None

    def count(self, outcome: Replay) -> int:
        return sum(1 for r in self.done if r.outcome is outcome)


class OfflineScans:
    """One workstation user's scans through an outage (see the module docstring)."""

    def __init__(self, db: Database, journal: ScanJournal, actor: Actor) -> None:
        self.db = db
        self.journal = journal
        self.actor = actor
        self._replaying = threading.Lock()

    def waiting(self) -> int:
        return self.journal.count(self.actor.username)

    def attempt(self, screen: str, action: str, code: str, args: dict[str, Any],
                online: Callable[[], T]) -> T | Journaled:
        """`online()` (the page's own call of ACTIONS[action]'s use case) under a new client
        event id, or the scan journaled when the server cannot be reached or scans wait."""
        if action not in ACTIONS:
            raise ValueError(f"unknown offline action {action!r}")
        cid = uuid.uuid4().hex
        if not self.waiting():
            try:
                # A server that keeps the connection but never answers is an outage too.
                with scan_identity(cid), self.db.answer_within():
                    return online()
            except StoreUnavailable as exc:
                if not is_outage(exc):
                    raise
        # Possibly committed before the connection dropped: the id makes the replay a no-op.
        entry = self.journal.append(action, code, args, user_name=self.actor.username,
                                    workstation=self.actor.station, screen=screen,
                                    client_event_id=cid)
        return Journaled(entry, self.waiting(), ACTIONS[action].unchecked)

    def replay(self, *, on_each: Callable[[Replayed], None] | None = None,
               limit: int | None = None) -> ReplayRun:
        """Send this user's waiting scans, oldest first, until done, an outage or `limit`."""
        run = ReplayRun()
        with self._replaying:
            cache: Cache = {}
            while limit is None or len(run.done) < limit:
                batch = self.journal.pending(self.actor.username, limit=100)
                if not batch:
                    break
                for entry in batch:
                    try:
                        with self.db.answer_within():
                            replayed = self._replay_one(entry, cache)
                    except StoreUnavailable as exc:
                        # Out of reach, busy or locked: nothing was decided; try again later.
                        run.stopped = exc
                        return run
                    self.journal.remove(entry.seq)
                    run.done.append(replayed)
                    if on_each is not None:
                        on_each(replayed)
                    if limit is not None and len(run.done) >= limit:
                        break
        return run

    def _replay_one(self, entry: JournalEntry, cache: Cache) -> Replayed:
        action = ACTIONS[entry.action]
        seen = run_with_retry(self.db, lambda uow: applied_scan(uow, entry.client_event_id))
        if seen is not None:  # taken before a crash: report it as the server has it
            refused = seen.event in (Event.REJECTED, Event.MISSORT)
            return Replayed(entry, Replay.REFUSED if refused else Replay.DUPLICATE,
                            seen.message)
        try:
            with scan_identity(entry.client_event_id, entry.scanned_at):
                result = run_with_retry(self.db, lambda uow: action.run(
                    uow, self.actor, entry.code, entry.args, cache))
        except StoreUnavailable:
            raise
        except DomainError as exc:
            return self._refused(entry, action, exc.message, exc.code, exc)
        outcome, message = judge(result)
        if outcome is Replay.REFUSED:
            return self._refused(entry, action, message, "refused")
        return Replayed(entry, outcome, message)

    def _refused(self, entry: JournalEntry, action: Action, message: str, reason: str,
                 error: DomainError | None = None) -> Replayed:
        """A refusal: recorded as a REJECTED event with the scan's id when the use case did
        not record one itself (e.g. a sort scan that needs manual routing)."""
        def record(uow: UnitOfWork) -> None:
            if applied_scan(uow, entry.client_event_id) is not None:
                return
            with scan_identity(entry.client_event_id, entry.scanned_at):
                append_note(uow, self.actor, entry.code[:13], Event.REJECTED, message,
                            {"requested": action.event.value, "offline": True,
                             "reason": reason})
            uow.commit()

        if s10.is_valid(entry.code[:13]):
            try:
                run_with_retry(self.db, record)
            except NotFound:
                pass  # an unknown waybill: the use case kept it in rejected_scans
        return Replayed(entry, Replay.REFUSED, message, error)
