"""Delivery code tables: the codes the services store, with the Chinese printed on documents
(the screens show their own translated names, ui/delivery_names.py)."""

from __future__ import annotations

#: Reason codes for a failed attempt, with the Chinese printed on documents.
REASON_ZH = {"NOBODY_HOME": "无人在家", "REFUSED": "拒收", "WRONG_ADDRESS": "地址错误",
             "RESCHEDULE": "改期", "DAMAGED": "破损", "NO_ACCESS": "无法进入",
             "PHONE_UNREACHABLE": "电话不通", "OTHER": "其他"}

#: Receiver's relation to the recipient (stored key -> printed Chinese).
RELATIONS = {"SELF": "本人", "FAMILY": "家人", "COLLEAGUE": "同事", "PICKUP_POINT": "代收点",
             "GUARD": "门卫", "RECEPTION": "前台", "MERCHANT": "商家", "OTHER": "其他"}
