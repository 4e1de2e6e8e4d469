"""A walk-in sender's counter acceptance (issue 14) for tests that make waybills: a named
sender with a valid resident ID, contents inspected."""

from __future__ import annotations

#: A valid 居民身份证 number (GB 11643 example; check character X).
GOOD_RIC = "11010519491231002X"

COUNTER: dict[str, object] = {"sender_name": "王五", "sender_id_type": "RIC",
                              "sender_id_number": GOOD_RIC, "inspected": True}
