"""The data folder and the embedded database hold recipients' names, phones and addresses:
only the user running the app may read them (issue 11 item 11): folder 0700, the SQLite file
and its -wal / -shm 0600, whatever the umask; an older world-readable data folder is narrowed."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from carrier_app.config import default_db_url
from carrier_app.demo.seed import seed
from carrier_app.store import open_database
from carrier_app.store.schema import upgrade

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask():
    old = os.umask(0o022)  # the usual desktop umask: new files 0644, folders 0755
    yield
    os.umask(old)


def test_a_new_data_folder_and_database_are_private(tmp_path, monkeypatch, open_umask):
    data = tmp_path / "home" / ".local" / "share" / "carrier_app"
    monkeypatch.setenv("CARRIER_DATA_DIR", str(data))
    db = open_database(default_db_url())
    try:
        upgrade(db)
        seed(db, parcels=2)
        files = {p.name: mode(p) for p in data.iterdir()}
    finally:
        db.dispose()
    assert mode(data) == 0o700
    assert files["carrier.db"] == 0o600
    assert files.get("carrier.db-wal", 0o600) == 0o600  # present while a connection is open
    assert {n: m for n, m in files.items() if m != 0o600} == {}


def test_an_old_world_readable_data_folder_is_narrowed(tmp_path, monkeypatch, open_umask):
    data = tmp_path / "carrier_app"
    data.mkdir(mode=0o755)
    old = sqlite3.connect(data / "carrier.db")   # as an older version left it: 0644
    old.execute("PRAGMA journal_mode=WAL")
    old.execute("CREATE TABLE t (x)")
    assert mode(data / "carrier.db") == 0o644 and mode(data / "carrier.db-wal") == 0o644
    monkeypatch.setenv("CARRIER_DATA_DIR", str(data))
    db = open_database(default_db_url())
    try:
        assert mode(data) == 0o700
        assert {p.name: mode(p) for p in data.iterdir()} == {
            "carrier.db": 0o600, "carrier.db-wal": 0o600, "carrier.db-shm": 0o600}
    finally:
        db.dispose()
        old.close()


def test_a_database_elsewhere_keeps_its_folder_mode(tmp_path, open_umask):
    """Only folders the app creates, or its own data folder, are changed: a file given with
    --db in a shared folder does not make that folder private."""
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    db = open_database(f"sqlite:///{shared / 'depot.db'}")
    db.dispose()
    assert mode(shared) == 0o755 and mode(shared / "depot.db") == 0o600


def test_the_documents_folder_made_first_is_private_too(tmp_path, monkeypatch, open_umask):
    """A screen that saves a document before the database was ever opened makes the data
    folder itself: 0700 all the same (statements carry bank accounts, PODs signatures)."""
    from carrier_app.ui.output import save_document

    data = tmp_path / "fresh" / "carrier_app"
    monkeypatch.setenv("CARRIER_DATA_DIR", str(data))
    saved = save_document("statement ST1.pdf", b"%PDF-1.4")
    assert mode(data) == 0o700 and mode(saved.parent) == 0o700
