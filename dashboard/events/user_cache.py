"""Start-up data derived from installed packages, kept between runs in the user's cache directory.

Some of what a run does before its first article gives the same result every time until a
package changes: the code of the French tokenizer's huge regular expression
(``compiled_patterns``), the place tables derived from GeoNames' cities (``geo_tables``).
Such a result is stored here once, under a name that carries everything it depends on
(versions, hashes), and read back by later runs.

Nothing here is ever needed: a cache that is missing, corrupt, unreadable or unwritable reads
as "not cached", and the caller derives the data as it would without one. Values are stored
with ``marshal`` (plain data only: loading one runs no code) after a SHA-256 digest of their
bytes, which a read checks (a damaged file is not decoded: the regex engine, for one, would
accept a program whose literals were changed), written to a temporary file then renamed, so
that a reader never sees half a file, even with two runs writing at once.

Where: ``$FRISE_CACHE_DIR``, else ``$XDG_CACHE_HOME/frise``, else ``~/.cache/frise``.
``FRISE_STARTUP_CACHE=0`` turns the cache off (every run derives everything, as before).
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import marshal
import os
import tempfile
from pathlib import Path

DIRECTORY_VARIABLE = "FRISE_CACHE_DIR"
SWITCH = "FRISE_STARTUP_CACHE"
_DIGEST_BYTES = hashlib.sha256().digest_size


def enabled() -> bool:
    """False when ``FRISE_STARTUP_CACHE=0``: every run then derives its start-up data."""
    return os.environ.get(SWITCH, "1") != "0"


def directory() -> Path | None:
    """The cache directory (not created), or None when none can be named (no home)."""
    if chosen := os.environ.get(DIRECTORY_VARIABLE):
        return Path(chosen)
    if xdg := os.environ.get("XDG_CACHE_HOME"):
        return Path(xdg) / "frise"
    try:
        return Path.home() / ".cache" / "frise"
    except RuntimeError:
        return None


def read(name: str) -> object | None:
    """The value stored as ``name``, or None when the cache is off, has no such entry, or
    the entry cannot be read or decoded."""
    folder = directory()
    if not enabled() or folder is None:
        return None
    try:
        stored = (folder / name).read_bytes()
        digest, data = stored[:_DIGEST_BYTES], stored[_DIGEST_BYTES:]
        if hashlib.sha256(data).digest() != digest:
            return None
        return marshal.loads(data)
    except (OSError, ValueError, EOFError, TypeError):
        return None


def write(name: str, value: object, replacing: str = "") -> bool:
    """Store ``value`` (plain data: numbers, strings, tuples, lists, dicts) as ``name``;
    False when the cache is off or the directory cannot be written. ``replacing``: a prefix
    of the names of older versions of the same data, removed once ``name`` is written (a new
    package version or rule must not leave the old tables behind for ever)."""
    folder = directory()
    if not enabled() or folder is None:
        return False
    try:
        data = marshal.dumps(value)
        data = hashlib.sha256(data).digest() + data
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            os.replace(temporary, folder / name)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except (OSError, ValueError):
        return False
    for older in folder.glob(f"{glob.escape(replacing)}*") if replacing else ():
        if older.name != name:
            with contextlib.suppress(OSError):
                older.unlink()
    return True
