"""The names shown for delivery codes (receiver relations, failed-attempt reasons) in the
user's language; the services store the codes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("DeliveryNames", text)


def relation_names() -> dict[str, str]:
    return {"SELF": tr("Recipient (本人)"), "FAMILY": tr("Family (家人)"),
            "COLLEAGUE": tr("Colleague (同事)"), "PICKUP_POINT": tr("Pickup point (代收点)"),
            "GUARD": tr("Guard (门卫)"), "RECEPTION": tr("Reception (前台)"),
            "MERCHANT": tr("Merchant (商家)"), "OTHER": tr("Other (其他)")}


def reason_names() -> dict[str, str]:
    return {"NOBODY_HOME": tr("Nobody home"), "REFUSED": tr("Refused by recipient"),
            "WRONG_ADDRESS": tr("Wrong address"),
            "RESCHEDULE": tr("Recipient asked to reschedule"), "DAMAGED": tr("Damaged"),
            "NO_ACCESS": tr("No access to the building"),
            "PHONE_UNREACHABLE": tr("Phone unreachable"), "OTHER": tr("Other")}
