"""The names shown for delivery codes (receiver relations, failed-attempt reasons) in the
user's language; the services store the codes. Marked with QT_TRANSLATE_NOOP so lupdate
finds them under "DeliveryNames" (as ui/messages.py does)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

RELATIONS = {
    "SELF": QT_TRANSLATE_NOOP("DeliveryNames", "Recipient (本人)"),
    "FAMILY": QT_TRANSLATE_NOOP("DeliveryNames", "Family (家人)"),
    "COLLEAGUE": QT_TRANSLATE_NOOP("DeliveryNames", "Colleague (同事)"),
    "PICKUP_POINT": QT_TRANSLATE_NOOP("DeliveryNames", "Pickup point (代收点)"),
    "GUARD": QT_TRANSLATE_NOOP("DeliveryNames", "Guard (门卫)"),
    "RECEPTION": QT_TRANSLATE_NOOP("DeliveryNames", "Reception (前台)"),
    "MERCHANT": QT_TRANSLATE_NOOP("DeliveryNames", "Merchant (商家)"),
    "OTHER": QT_TRANSLATE_NOOP("DeliveryNames", "Other (其他)"),
}
REASONS = {
    "NOBODY_HOME": QT_TRANSLATE_NOOP("DeliveryNames", "Nobody home"),
    "REFUSED": QT_TRANSLATE_NOOP("DeliveryNames", "Refused by recipient"),
    "WRONG_ADDRESS": QT_TRANSLATE_NOOP("DeliveryNames", "Wrong address"),
    "RESCHEDULE": QT_TRANSLATE_NOOP("DeliveryNames", "Recipient asked to reschedule"),
    "DAMAGED": QT_TRANSLATE_NOOP("DeliveryNames", "Damaged"),
    "NO_ACCESS": QT_TRANSLATE_NOOP("DeliveryNames", "No access to the building"),
    "PHONE_UNREACHABLE": QT_TRANSLATE_NOOP("DeliveryNames", "Phone unreachable"),
    "OTHER": QT_TRANSLATE_NOOP("DeliveryNames", "Other"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeliveryNames", text)


def relation_names() -> dict[str, str]:
    return {k: _tr(v) for k, v in RELATIONS.items()}


def reason_names() -> dict[str, str]:
    return {k: _tr(v) for k, v in REASONS.items()}
