"""The parcel's money from the command line (issue 14): `deliver` of a 到付 parcel asks for
COD + freight, `cashup` expects both, `import-orders` refuses an insured amount over the cap
naming the row."""

from __future__ import annotations

import json

import pytest

from carrier_app.cli import main
from carrier_app.delivery.signature import render_png
from cli_support import act_as, run_cli
from delivery_support import out_for_delivery, strokes


@pytest.fixture
def url(demo_sqlite, monkeypatch):
    act_as(monkeypatch, "dispatcher")
    return str(demo_sqlite.engine.url)


def test_deliver_a_daofu_parcel_and_cash_up_from_the_cli(demo_sqlite, url, tmp_path, capsys,
                                                         monkeypatch):
    (wb,), _ = out_for_delivery(demo_sqlite, 1, cod="100.00", merchant="M003",
                                payer="RECEIVER")
    sig = tmp_path / "sig.png"
    sig.write_bytes(render_png(strokes()))
    base = ["deliver", wb, "--receiver", "张三", "--relation", "SELF", "--signature", str(sig),
            "--db", url, "--location", "571-15"]
    assert main(base) == 1
    assert "collect ¥112.00: COD ¥100.00 + freight ¥12.00; give --amount 112.00" in \
        capsys.readouterr().out
    assert main([*base, "--amount", "100.00", "--method", "cash"]) == 1
    assert "collect ¥112.00: COD ¥100.00 + freight ¥12.00, not ¥100.00" in \
        capsys.readouterr().out
    assert main([*base, "--amount", "112.00", "--method", "cash"]) == 0
    capsys.readouterr()

    act_as(monkeypatch, "finance")
    assert main(["cashup", "C5711501", "--json", "--db", url]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["status"], out["expected"]) == ("OPEN", "112.00")
    assert out["parcels"] == [{"waybill": wb, "cod": "100.00", "freight": "12.00",
                               "method": "cash"}]
    assert main(["cashup", "C5711501", "--declare", "cash", "--db", url]) == 2
    assert "write METHOD=AMOUNT" in capsys.readouterr().err
    assert main(["cashup", "C5711501", "--declare", "cash=112.00", "--db", url]) == 0
    assert "CLOSED: expected ¥112.00, handed over ¥112.00" in capsys.readouterr().out


def test_import_refuses_an_insured_amount_over_the_cap_naming_the_row(demo_sqlite, tmp_path):
    url = str(demo_sqlite.engine.url)
    orders = tmp_path / "orders.csv"
    orders.write_text("order_ref,recipient_name,recipient_phone,recipient_address,"
                      "recipient_postcode,weight_kg,declared_value\n"
                      "O1,张三,13812345678,某路 1 号,310012,1,20000.00\n"
                      "O2,李四,13812345679,某路 2 号,310012,1,20000.01\n", encoding="utf-8")
    p = run_cli("import-orders", str(orders), "--merchant", "M001", "--json", db=url,
                user="clerk")
    assert p.returncode == 3, p.stderr
    out = json.loads(p.stdout)
    assert (out["created"], out["rejected"]) == (1, 1)
    (rej,) = out["rejects"]
    assert rej["row"] == 3 and "over the cap of ¥20000.00" in rej["reason"]
