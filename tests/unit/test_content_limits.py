"""Per-item limits of restricted contents (issue 14 item 3): the quantity a contents
description states, against its limit."""

from __future__ import annotations

import pytest

from carrier_app.core.limits import over_limits


@pytest.mark.parametrize(("contents", "found"), [
    ("充电宝 200Wh", ["battery 200 Wh over the 100 Wh limit"]),
    ("蓝牙音箱 内置电池 160.5 ＷＨ", ["battery 160.5 Wh over the 100 Wh limit"]),  # full width
    ("充电宝 20000mAh 74Wh", []),
    ("电池 100wh", []),                                  # at the limit: not over
    ("食用油 5L", ["liquid 5000 ml over the 1000 ml limit"]),
    ("香水 1.5 升", ["liquid 1500 ml over the 1000 ml limit"]),
    ("洗发水 1500毫升", ["liquid 1500 ml over the 1000 ml limit"]),
    ("矿泉水 500ml", []),
    ("哑铃 5 lbs", []),                                  # not litres
    ("连衣裙 L 码", []),                                  # a size, no quantity
    ("电钻 200Wh + 机油 2L", ["battery 200 Wh over the 100 Wh limit",
                              "liquid 2000 ml over the 1000 ml limit"]),
])
def test_quantities_over_their_limit(contents, found):
    assert [x.describe() for x in over_limits(contents)] == found
