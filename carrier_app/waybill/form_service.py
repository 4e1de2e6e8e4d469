"""What the waybill form needs besides creating: merchants to choose from, and where an
address would be routed (shown while the clerk types)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from carrier_app.core.roles import Actor, Permission, require
from carrier_app.core.routing import Router
from carrier_app.sorting.routing import load_router
from carrier_app.store.models import Merchant
from carrier_app.store.uow import UnitOfWork
from carrier_app.waybill.import_service import MerchantRef, merchant_ref


@dataclass(frozen=True)
class FormData:
    merchants: list[MerchantRef]
    router: Router


def form_data(uow: UnitOfWork, actor: Actor) -> FormData:
    require(actor, Permission.CREATE_WAYBILL)
    merchants = [merchant_ref(m) for m in uow.session.scalars(
        select(Merchant).where(Merchant.active.is_(True)).order_by(Merchant.code))]
    return FormData(merchants, load_router(uow))
