"""Write a file so that readers see the old version or the new one, never half of one."""

from __future__ import annotations

import contextlib
import fcntl
import glob
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

# What a new file's mode starts from before the umask takes bits away (as open() does).
NEW_FILE_MODE = 0o666
# Files SQLite keeps next to a database while it writes it.
_SQLITE_SIDE_FILES = ("-journal", "-wal", "-shm")


@contextlib.contextmanager
def replacing(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; on success it replaces ``path`` in one step.

    The temporary file lives in the same folder because ``os.replace`` is only atomic within
    one file system. If the body raises, ``path`` is left untouched and the temporary removed.
    The new file gets the mode the old one had, or the umask's for a new file (a temporary
    file is created 0600, which would make a shared 0644 events.json private).

    The writer holds a lock on its temporary file while it writes; a process killed mid-write
    leaves an unlocked one behind, which the next writer of the same file removes.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_left_overs(target)
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    temporary = Path(name)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield temporary
        os.chmod(temporary, _mode_for(target))
        os.replace(temporary, target)
    finally:
        os.close(handle)
        temporary.unlink(missing_ok=True)


def _mode_for(target: Path) -> int:
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        return NEW_FILE_MODE & ~_umask()


def _umask() -> int:
    """The process's umask. Linux shows it in /proc; elsewhere it can only be read by setting it."""
    with contextlib.suppress(OSError, StopIteration, ValueError):
        status = Path("/proc/self/status").read_text(encoding="ascii").splitlines()
        return int(next(line for line in status if line.startswith("Umask:")).split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _remove_left_overs(target: Path) -> None:
    """Remove temporary files of ``target`` that no living writer holds."""
    for left in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
        try:
            with left.open("rb") as handle:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                left.unlink()
                # A database killed mid-transaction also leaves SQLite's journal beside it.
                for suffix in _SQLITE_SIDE_FILES:
                    left.with_name(left.name + suffix).unlink(missing_ok=True)
        except OSError:
            continue  # held by a writer at work (or already gone): not ours to touch
