"""Files the app writes (documents, exports) appear whole or not at all: written to a temp
file in the same folder, flushed to disk, then renamed over the target (os.replace is atomic
on POSIX and Windows). A process killed half-way leaves the old file (or none), never a
truncated PDF that looks like the real one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: Path | str, data: bytes) -> Path:
    """Write `data` to `path` whole. A target that exists and is not a regular file (a
    device such as /dev/stdout, a FIFO) is written in place: renaming over it would replace
    the device with a file."""
    path = Path(path)
    if path.exists() and not path.is_file():
        with path.open("wb") as f:
            f.write(data)
        return path
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if hasattr(os, "O_DIRECTORY"):   # the rename itself durable (POSIX)
        dfd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    return path


HOLD_ENV = "CARRIER_TEST_HOLD"


def hold_point(name: str) -> None:
    """A seam for the kill -9 tests: when `CARRIER_TEST_HOLD` names this point, say so on
    stderr and wait there to be killed (e.g. between a commit and the file it produces)."""
    if os.environ.get(HOLD_ENV) == name:
        import sys
        import time

        sys.stderr.write(f"holding at {name}\n")
        sys.stderr.flush()
        time.sleep(120)
