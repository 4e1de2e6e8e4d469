"""`carrier-app parse-address`: the form's 智能识别 from the command line, as JSON with no
library banner in the output."""

from __future__ import annotations

import json
import subprocess
import sys


def run_cli(args: list[str], cwd) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "carrier_app", *args], capture_output=True,
                          text=True, timeout=120, cwd=cwd)


def test_json_output_is_only_the_fields(tmp_path):
    out = run_cli(["parse-address", "张三 13812345678 浙江省杭州市西湖区文三路90号", "--json"],
                  tmp_path)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == {
        "name": "张三", "phone": "13812345678", "province": "浙江省", "city": "杭州市",
        "district": "西湖区", "address": "文三路90号", "postcode": "", "missing": []}


def test_a_paste_too_long_is_one_line_on_stderr(tmp_path):
    out = run_cli(["parse-address", "x" * 600], tmp_path)
    assert out.returncode != 0 and out.stdout == ""
    assert out.stderr.strip().count("\n") == 0 and "500" in out.stderr
