"""Payout details of a merchant (bank, holder, account, cycle, fee) are finance's or a
supervisor's to change, not a clerk's; every merchant change is audited field by field, old
-> new, the account number masked to its last 4 digits (issue 11 item 4)."""

from __future__ import annotations

import dataclasses
import json

import pytest
from sqlalchemy import select

from carrier_app.core.errors import PermissionDenied, ValidationError
from carrier_app.pickup import merchants as M
from carrier_app.store import UnitOfWork
from carrier_app.store.models import AuditLog

DATA = M.MerchantData(code="M100", name="测试商户", phone="13800001234", address="文三路 1 号",
                      postcode="310012", home_branch="571-12", settlement_bank="招商银行",
                      settlement_holder="测试商户", settlement_account="6225880012345678",
                      fee_per_parcel="3.00")


@pytest.fixture
def merchant(demo_db, actor) -> int:
    with UnitOfWork(demo_db) as uow:
        mid = M.save_merchant(uow, actor("supervisor"), DATA)
        uow.commit()
    return mid


def _save(db, who, mid, **changes):
    with UnitOfWork(db) as uow:
        M.save_merchant(uow, who, dataclasses.replace(DATA, **changes), merchant_id=mid)
        uow.commit()
    with UnitOfWork(db) as uow:
        return M.get_merchant(uow, who, "M100")


def _last_change(db) -> dict:
    with UnitOfWork(db) as uow:
        details = uow.session.scalars(select(AuditLog.details).where(
            AuditLog.action == "merchant.change").order_by(AuditLog.id.desc())).first()
    return json.loads(details)["changes"]


@pytest.mark.parametrize("field,value", [
    ("settlement_account", "6222020000009999"), ("settlement_holder", "王五"),
    ("fee_per_parcel", "0.10"), ("settlement_bank", "工商银行"), ("settlement_cycle", "daily")])
def test_a_clerk_cannot_change_payout_details(demo_db, merchant, actor, field, value):
    with pytest.raises(PermissionDenied) as exc:
        _save(demo_db, actor("clerk"), merchant, **{field: value})
    assert "payout details" in exc.value.message
    assert field.replace("_", " ") in exc.value.message
    with UnitOfWork(demo_db) as uow:
        row = M.get_merchant(uow, actor("clerk"), "M100")
    assert (row.settlement_account, str(row.fee_per_parcel)) == ("6225880012345678", "3.00")


def test_a_clerk_still_edits_the_rest_and_it_is_audited_old_to_new(demo_db, merchant, actor):
    row = _save(demo_db, actor("clerk"), merchant, contact_name="林小姐", phone="13900001111")
    assert row.contact_name == "林小姐"
    assert _last_change(demo_db) == {"contact_name": ["", "林小姐"],
                                     "phone": ["13800001234", "13900001111"]}


def test_a_clerk_cannot_add_a_merchant_with_payout_details(demo_db, actor):
    with UnitOfWork(demo_db) as uow, pytest.raises(PermissionDenied):
        M.save_merchant(uow, actor("clerk"), DATA)
    with UnitOfWork(demo_db) as uow:  # without them: fine
        M.save_merchant(uow, actor("clerk"), dataclasses.replace(
            DATA, settlement_bank="", settlement_holder="", settlement_account="",
            fee_per_parcel="0"))
        uow.commit()


@pytest.mark.parametrize("role", ["finance", "supervisor"])
def test_finance_or_a_supervisor_changes_payouts_audited_with_the_account_masked(
        demo_db, merchant, actor, role):
    row = _save(demo_db, actor(role), merchant, settlement_account="6222 0200 0000 9999",
                settlement_holder="王五", fee_per_parcel="2.5")
    assert (row.settlement_account, row.settlement_holder) == ("6222020000009999", "王五")
    assert _last_change(demo_db) == {
        "settlement_holder": ["测试商户", "王五"],
        "settlement_account": ["****5678", "****9999"],
        "fee_per_parcel": ["3.00", "2.50"]}
    with UnitOfWork(demo_db) as uow:
        details = " ".join(uow.session.scalars(select(AuditLog.details)))
    assert "6222020000009999" not in details and "6225880012345678" not in details


def test_finance_cannot_change_what_is_not_a_payout_detail(demo_db, merchant, actor):
    with pytest.raises(PermissionDenied):
        _save(demo_db, actor("finance"), merchant, name="别的名字")


@pytest.mark.parametrize("field,value,why", [
    ("contact_name", "林" * 61, "longer than 60"), ("settlement_holder", "a\x00b", "U+0000"),
    ("city", "杭" * 41, "longer than 40"), ("province", "x\x1by", "U+001B")])
def test_free_text_is_checked_before_the_database(demo_db, merchant, actor, field, value, why):
    with pytest.raises(ValidationError) as exc:
        _save(demo_db, actor("supervisor"), merchant, **{field: value})
    assert exc.value.field == field and why in exc.value.message
