"""`carrier-app rates import|export` and `carrier-app quote` as a script uses them."""

from __future__ import annotations

import json

from cli_support import one_line_error
from cli_support import run_cli as run


def test_quote_and_rates_cli(demo_sqlite, tmp_path):
    url = str(demo_sqlite.engine.url)
    p = run("quote", "--from", "浙江省杭州市", "--to", "上海市", "--weight", "18.1", "--json",
            db=url)
    assert p.returncode == 0, p.stderr
    q = json.loads(p.stdout)
    assert (q["chargeable_weight_kg"], q["freight"], q["insurance"], q["total"]) == (
        "18.5", "80.00", "0.00", "80.00")

    p = run("quote", "--from", "杭州市", "--to", "新疆维吾尔自治区", "--weight", "2",
            "--dims", "60x50x40cm", "--insured", "3000", "--merchant", "M002", db=url)
    assert p.returncode == 0, p.stderr
    lines = p.stdout.splitlines()
    assert "chargeable_weight_kg 15.0  (actual 2.0 kg, volumetric 15.0 kg)" in lines
    # * → 新疆 20 + 28 x 8 = 244; remote 10; M002's 10 % off the freight; 3000 x 5 ‰ = 15
    assert [ln.split()[1] for ln in lines[2:]] == ["244.00", "10.00", "-24.40", "15.00",
                                                  "244.60"]

    assert "whole number above 0 cm" in one_line_error(run(
        "quote", "--from", "杭州", "--to", "上海", "--weight", "1", "--dims", "30x0x20", db=url))
    assert "over the insurance cap" in one_line_error(run(
        "quote", "--from", "杭州", "--to", "上海", "--weight", "1", "--insured", "20000.01",
        db=url))
    assert "is not LxWxH" in one_line_error(run(
        "quote", "--from", "杭州", "--to", "上海", "--weight", "1", "--dims", "30x20", db=url))

    out = tmp_path / "rates.csv"
    p = run("rates", "export", str(out), db=url)
    assert p.returncode == 0 and "8 rate row(s)" in p.stdout
    text = out.read_text(encoding="utf-8-sig")
    bad = tmp_path / "bad.csv"
    bad.write_text(text.replace("express,*,*,1,18.00,0.5,5.00",
                                "express,*,*,1,18.00,-0.5,5.00"), encoding="utf-8")
    assert "say who you are" in one_line_error(run("rates", "import", str(bad), db=url))
    assert "line 2: step_kg must be more than 0 kg" in one_line_error(
        run("rates", "import", str(bad), db=url, user="admin"))
    cheaper = tmp_path / "cheaper.csv"
    cheaper.write_text(text.replace("standard,*,上海市,1,10.00,0.5,2.00,8000,10.00",
                                    "standard,*,上海市,1,9.00,0.5,2.00,8000,9.00"),
                       encoding="gb18030")
    p = run("rates", "import", str(cheaper), "--json", db=url, user="admin")
    assert p.returncode == 0 and json.loads(p.stdout) == {"rows": 8, "replaced": 8}
    p = run("quote", "--from", "杭州", "--to", "上海", "--weight", "1", "--json", db=url)
    assert json.loads(p.stdout)["total"] == "9.00"
