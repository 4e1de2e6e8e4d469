"""delivery.signature: a delivery's PNG from strokes, and the day's first delivery not paying
for loading Pillow (in a process of its own: in this one an earlier test may have loaded it)."""

from __future__ import annotations

import subprocess
import sys

from carrier_app.delivery.signature import ink_ratio, render_png


def test_strokes_render_with_ink_and_an_empty_pad_without():
    assert ink_ratio(render_png([[(0.0, 0.0), (40.0, 30.0), (80.0, 0.0)]])) > 0
    assert ink_ratio(render_png([])) == 0


def test_the_first_signature_loads_no_module():
    code = """
import sys
from carrier_app.delivery import signature
before = set(sys.modules)
signature.ink_ratio(signature.render_png([[(0.0, 0.0), (10.0, 5.0)]]))
print(sorted(set(sys.modules) - before))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]", f"loaded by the first delivery: {done.stdout}"
