"""Where printed documents (run sheets, PODs, statements) are written: the workstation's
documents folder under the data dir, one file per document, named after it."""

from __future__ import annotations

import re
from pathlib import Path

from carrier_app.config import data_dir, ensure_private_dir
from carrier_app.core.files import write_atomic


def documents_dir() -> Path:
    # Statements hold bank accounts and PODs signatures: folders only this user enters.
    return ensure_private_dir(data_dir() / "documents")


def save_document(name: str, data: bytes) -> Path:
    """Write `data` as `name` (made file-system safe) and return the path."""
    safe = re.sub(r"[^\w.\-]+", "_", name)
    path = documents_dir() / safe
    write_atomic(path, data)
    return path
