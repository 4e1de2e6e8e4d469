"""Where printed documents (run sheets, PODs, statements) are written: the workstation's
documents folder under the data dir, one file per document, named after it."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from carrier_app.config import data_dir, ensure_private_dir
from carrier_app.core.files import write_atomic
from carrier_app.ui.worker import Cancelled, Progress, Work

T = TypeVar("T")


def documents_dir() -> Path:
    # Statements hold bank accounts and PODs signatures: folders only this user enters.
    return ensure_private_dir(data_dir() / "documents")


def safe_name(name: str) -> str:
    return re.sub(r"[^\w.\-]+", "_", name)


def save_document(name: str, data: bytes) -> Path:
    """Write `data` as `name` (made file-system safe) and return the path."""
    path = documents_dir() / safe_name(name)
    write_atomic(path, data)
    return path


def saving(base: str, writers: Sequence[tuple[str, Callable[[T], bytes]]], data: T) -> Work:
    """Background work (TaskBar) that writes `data` once per (extension, writer) as
    `base` + extension into the documents folder; returns the paths written."""
    def work(progress: Progress, cancelled: Cancelled) -> list[Path]:
        paths = []
        for n, (ext, write) in enumerate(writers, 1):
            if cancelled():
                break
            paths.append(save_document(base + ext, write(data)))
            progress(n, len(writers))
        return paths
    return work
