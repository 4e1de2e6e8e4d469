"""`carrier-app prohibited import|export` and `merchant-agreement` as a script uses them
(issue 14 item 1); an import for a merchant without a safety agreement is refused in one
line."""

from __future__ import annotations

import json

from cli_support import one_line_error
from cli_support import run_cli as run


def test_prohibited_list_and_agreements_cli(demo_sqlite, tmp_path):
    url = str(demo_sqlite.engine.url)
    out = tmp_path / "list.csv"
    p = run("prohibited", "export", str(out), db=url)
    assert p.returncode == 0, p.stderr
    assert "打火机,PROHIBITED,lighters" in out.read_text(encoding="utf-8-sig")
    mine = tmp_path / "mine.csv"
    mine.write_text("word,category,note\n打火机,禁寄,\n榴莲,限寄,气味\n", encoding="gb18030")
    assert "say who you are" in one_line_error(run("prohibited", "import", str(mine), db=url))
    assert "may not override acceptance" in one_line_error(
        run("prohibited", "import", str(mine), db=url, user="clerk"))
    p = run("prohibited", "import", str(mine), "--json", db=url, user="supervisor")
    assert p.returncode == 0 and json.loads(p.stdout) == {"words": 2}
    mine.write_text("word,category\n枪,FORBIDDEN\n", encoding="utf-8")
    assert "Row 2: category must be PROHIBITED or RESTRICTED" in one_line_error(
        run("prohibited", "import", str(mine), db=url, user="supervisor"))

    orders = tmp_path / "orders.csv"
    orders.write_text("order_ref,recipient_name,recipient_phone,recipient_address,weight_kg\n"
                      "A1,张三,13812345678,浙江省杭州市西湖区文三路 90 号,1.2\n",
                      encoding="utf-8")
    assert "has no signed safety agreement" in one_line_error(run(
        "import-orders", str(orders), "--merchant", "M003", db=url, user="clerk"))
    p = run("merchant-agreement", "M003", "--signed", "2026-12-01", db=url, user="supervisor")
    assert p.returncode == 0 and "signed 2026-12-01" in p.stdout, p.stderr
    p = run("import-orders", str(orders), "--merchant", "M003", db=url, user="clerk")
    assert p.returncode == 0, p.stderr
