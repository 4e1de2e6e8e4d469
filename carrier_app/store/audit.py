"""The audit log: one appended row per sensitive action, in the action's own transaction."""

from __future__ import annotations

import json

from sqlalchemy import insert

from carrier_app.core.clock import utcnow
from carrier_app.core.roles import Actor
from carrier_app.store.models import AuditLog
from carrier_app.store.uow import UnitOfWork


def record(uow: UnitOfWork, actor: Actor, action: str, entity: str, entity_id: object,
           **details: object) -> None:
    # Core, not an ORM object: an action that only audits needs no Session (and its flush).
    uow.conn.execute(_INSERT, _row(actor, action, entity, entity_id, details))


def _row(actor: Actor, action: str, entity: str, entity_id: object,
         details: dict[str, object]) -> dict[str, object]:
    return dict(at=utcnow(), user_id=actor.user_id, username=actor.username,
                station=actor.station, action=action, entity=entity, entity_id=str(entity_id),
                details=json.dumps(details, ensure_ascii=False, default=str))


_INSERT = insert(AuditLog)


def keep_refusal(uow: UnitOfWork, actor: Actor, action: str, entity: str, entity_id: object,
                 **details: object) -> None:
    """An audit row for a refused action: written even though the action rolls back."""
    uow.keep(_INSERT, _row(actor, action, entity, entity_id, details))
