"""The cash-up receipt (交款凭证, issue 12 item 9): the cash-up as it stands, mapped to the
document's own input type. The one place to follow when the cash-up's view changes."""

from __future__ import annotations

from carrier_app.core.clock import utcnow
from carrier_app.core.roles import Actor
from carrier_app.documents.cashup_receipt import render_cashup_receipt
from carrier_app.documents.inputs import CashUpReceipt
from carrier_app.finance.cashup import CashUpView, cashup_view
from carrier_app.store.uow import UnitOfWork

METHODS = {"cash": "现金 cash", "transfer": "转账 transfer"}


def receipt_input(view: CashUpView, received_by: str) -> CashUpReceipt:
    return CashUpReceipt(
        number=f"CU{view.id:08d}", courier_code=view.courier_code,
        courier_name=view.courier_name, status=view.status,
        lines=[(METHODS.get(x.method, x.method), x.expected, x.declared) for x in view.lines],
        parcels=[(p.waybill_no, p.cod, p.freight, METHODS.get(p.method, p.method))
                 for p in view.parcels],
        received_by=received_by, approval=view.approval, printed_at=utcnow())


def cashup_receipt(uow: UnitOfWork, actor: Actor, cash_up_id: int) -> bytes:
    """The receipt PDF of a cash-up (cashup_view checks the permission)."""
    return render_cashup_receipt(receipt_input(cashup_view(uow, actor, cash_up_id),
                                               actor.username))
