"""The one rule for every file read on a user's behalf: it must lie inside the corpus folder.

A manifest row, a file in a bare folder or an upload names a file; followed blindly, a name
like ``../../../etc/passwd``, an absolute path or a symbolic link pointing out of the folder
would put another file's whole text into events.json, the database and the page. A name is
judged by where it leads once every ``..`` and every link is resolved, so a link to another
article inside the folder is fine and a link leaving it is not.
"""

from __future__ import annotations

import os
from pathlib import Path


class OutsideCorpus(ValueError):
    """The name leads outside the corpus folder; ``str(error)`` says so without the target."""


def inside_corpus(folder: str | os.PathLike, name: str | os.PathLike) -> Path:
    """The resolved path that ``name`` (relative to ``folder``) leads to, if it stays inside.

    Raises ``OutsideCorpus`` otherwise. The file need not exist: a missing file inside the
    folder is reported as missing by the reader, not as outside.
    """
    root = Path(folder).resolve()
    target = (root / name).resolve()
    if target != root and target.is_relative_to(root):
        return target
    # The message names what was asked for, never where it led: that is outside the corpus.
    raise OutsideCorpus(f"{os.fspath(name)!r} is outside the corpus folder; only files inside "
                        f"{Path(folder).name or folder} are read (copy the article into it)")
