from __future__ import annotations

from carrier_app.cli import main


def test_rules_export_import_and_route_test(tmp_path, capsys, monkeypatch):
    url = f"sqlite:///{tmp_path / 'c.db'}"
    monkeypatch.setenv("CARRIER_USER", "supervisor")
    monkeypatch.setenv("CARRIER_PASSWORD", "supervisor-demo")
    assert main(["demo", "--db", url, "--parcels", "0"]) == 0
    out = tmp_path / "rules.csv"
    assert main(["rules", "export", "--db", url, "-o", str(out)]) == 0
    out.write_text(out.read_text(encoding="utf-8-sig") + "3100,,,,571-15,03,1,新规则\n",
                   encoding="gb18030")
    capsys.readouterr()
    assert main(["rules", "import", "--db", url, str(out), "--json"]) == 0
    assert capsys.readouterr().out.strip() == '{"added": 1, "updated": 12}'
    assert main(["route-test", "--db", url, "--postcode", "310099"]) == 0
    assert capsys.readouterr().out.startswith("571-15-03")
    assert main(["route-test", "--db", url, "--province", "新疆"]) == 1
    bad = tmp_path / "bad.csv"
    bad.write_text("postcode_prefix,branch\n12,571-99\n", encoding="utf-8")
    assert main(["rules", "import", "--db", url, str(bad)]) == 1
    assert "line 2" in capsys.readouterr().err
    assert main(["rules", "import", "--db", url, str(tmp_path / "missing.csv")]) == 2
