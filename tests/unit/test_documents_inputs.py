"""documents/ renders from its own input dataclasses (documents/inputs.py) and prints code
tables from core (core/delivery_codes.py): it imports no capability package, the capabilities
return the very same types, and a capability returning one does not load reportlab."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import pytest

import carrier_app.documents
from carrier_app.core import delivery_codes
from carrier_app.documents import inputs

CAPABILITIES = ("auth", "tracking", "waybill", "sorting", "pickup", "dispatch", "delivery",
                "finance", "pricing", "problems", "demo")

#: capability module -> the document inputs it builds and returns
RETURNED = {
    "sorting.bags": ["BagInfo"],
    "sorting.manifests": ["ManifestInfo", "ManifestLine"],
    "pickup.requests": ["PickupInfo"],
    "dispatch.runs": ["RunLine", "RunSheet", "CloseOut"],
    "finance.settlement": ["Statement", "StatementLine"],
    "delivery.pod": ["PodView"],
}


def _loaded_after(imports: list[str]) -> set[str]:
    """Top-level packages (carrier_app.X, or third-party X) a fresh interpreter has loaded
    after importing the modules."""
    code = ("import json, sys\n" + "".join(f"import {m}\n" for m in imports)
            + "print(json.dumps(sorted(sys.modules)))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=True)
    return {".".join(m.split(".")[:2]) if m.startswith("carrier_app.") else m.split(".")[0]
            for m in json.loads(done.stdout)}


def test_every_document_module_imports_no_capability():
    modules = [f"carrier_app.documents.{m.name}"
               for m in pkgutil.iter_modules(carrier_app.documents.__path__)]
    assert "carrier_app.documents.statement" in modules and len(modules) >= 10
    loaded = _loaded_after(modules)
    assert "reportlab" in loaded   # the renderers were imported for real
    assert not {f"carrier_app.{c}" for c in CAPABILITIES} & loaded


@pytest.mark.parametrize("module", sorted(RETURNED))
def test_capability_returns_the_documents_own_type(module):
    mod = __import__(f"carrier_app.{module}", fromlist=["_"])
    for name in RETURNED[module]:
        assert getattr(mod, name) is getattr(inputs, name), (module, name)


def test_capabilities_returning_document_inputs_do_not_load_reportlab():
    loaded = _loaded_after([f"carrier_app.{m}" for m in RETURNED])
    assert "reportlab" not in loaded


def test_printed_code_tables_are_the_ones_the_services_accept():
    from carrier_app.delivery import attempts, pod

    assert attempts.REASONS == tuple(delivery_codes.REASON_ZH)
    assert pod.RELATIONS is delivery_codes.RELATIONS
    assert delivery_codes.REASON_ZH["NOBODY_HOME"] == "无人在家"
    assert delivery_codes.RELATIONS["GUARD"] == "门卫"
