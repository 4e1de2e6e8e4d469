"""Property tests: cash-up and statement totals add up to the fen, whatever the amounts."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from carrier_app.core.money import from_fen, to_fen
from carrier_app.finance.cashup import CashUpView, MethodLine, parse_declared
from carrier_app.finance.export import to_csv
from carrier_app.finance.settlement import Statement, StatementLine

fen = st.integers(min_value=0, max_value=10**9)


@given(st.lists(st.tuples(fen, fen), min_size=2, max_size=2))
def test_cashup_totals_add_up(pairs):
    lines = [MethodLine(m, from_fen(e), from_fen(d))
             for m, (e, d) in zip(("cash", "transfer"), pairs, strict=True)]
    view = CashUpView(1, "C1", "x", "OPEN", lines, [], None)
    assert to_fen(view.expected) == sum(e for e, _ in pairs)
    assert to_fen(view.declared) == sum(d for _, d in pairs)
    assert view.variance == sum((x.variance for x in lines), Decimal("0"))
    assert view.expected + view.variance == view.declared


@given(fen, fen)
def test_declared_amounts_round_trip(cash, transfer):
    text = {"cash": f"{from_fen(cash)}", "transfer": f"{from_fen(transfer):,}"}
    assert parse_declared(text) == {"cash": cash, "transfer": transfer}


@settings(max_examples=60)
@given(st.lists(st.tuples(fen, st.integers(0, 10_000), st.booleans()), max_size=40))
def test_statement_totals_and_csv_add_up(items):
    at = datetime(2026, 11, 1, tzinfo=UTC)
    lines = [StatementLine(f"AA{i:08d}0CN", "", "returned" if ret else "delivered", at,
                           from_fen(0 if ret else cod), from_fen(fee))
             for i, (cod, fee, ret) in enumerate(items)]
    s = Statement("ST1", "M001", "m", "", date(2026, 11, 1), date(2026, 11, 30), lines, [])
    assert to_fen(s.cod_total) == sum(0 if r else c for c, _, r in items)
    assert to_fen(s.fee_total) == sum(f for _, f, _ in items)
    assert s.net_total == sum((x.net for x in lines), Decimal("0"))
    assert s.delivered_count + s.returned_count == len(items)
    rows = list(csv.reader(io.StringIO(to_csv(s).decode("utf-8-sig"))))[2:]
    body, total = rows[:-1], rows[-1]
    for col in (4, 5, 6):
        assert sum((Decimal(r[col]) for r in body), Decimal("0")) == Decimal(total[col])
