"""The build for depot PCs (packaging/carrier_app.spec, `make dist`) without building it: the
spec ships every folder of resources/ the app reads and the migrations, and the app finds its
files under the bundle's folder when frozen (sys._MEIPASS)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from carrier_app import config

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "carrier_app.spec"


def spec_constants() -> dict[str, object]:
    found: dict[str, object] = {}
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            try:
                found[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                pass
    return found


def test_the_spec_ships_every_resource_folder_and_the_migrations():
    names = spec_constants()
    shipped = set(names["RESOURCE_DIRS"])  # type: ignore[arg-type]
    # translations are shipped compiled (.qm, built by the spec), the rest as they are
    folders = {f"resources/{p.name}" for p in (ROOT / "resources").iterdir()
               if p.is_dir() and p.name != "translations"}
    assert shipped == folders
    for folder in shipped:
        assert any((ROOT / folder).iterdir()), folder
    migrations = ROOT / str(names["MIGRATIONS"])
    assert (migrations / "env.py").is_file()
    assert list((migrations / "versions").glob("0001_*.py"))


def test_frozen_the_app_reads_its_files_from_the_bundle(monkeypatch, tmp_path):
    assert config.bundle_dir() == ROOT
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert config.bundle_dir() == tmp_path


def test_the_spec_paths_match_where_the_app_looks():
    from carrier_app.store.schema import MIGRATIONS

    names = spec_constants()
    assert MIGRATIONS == config.bundle_dir() / str(names["MIGRATIONS"])
    for folder in names["RESOURCE_DIRS"]:  # type: ignore[attr-defined]
        assert (config.bundle_dir() / folder).parent == config.RESOURCES
