"""Where the per-article work runs: this machine's cores, or a dask.distributed cluster.

Every engine takes the corpus as ``dashboard.extract.plan_corpus`` lists it (documents, and
files still to read) and gives back each document with its events, in input order, by running
``work.build_one`` on it somewhere; the pipeline then merges the events in one place. So the
engine changes how long extraction takes, never what it finds. The workers read the files:
the local engine's from this disk, the dask engine's from the bytes the client sends.

    local   a process pool on this machine (``local.py``), the default
    dask    a dask.distributed cluster, or a LocalCluster standing in for one (``dask_cluster.py``)
"""

from __future__ import annotations

from collections.abc import Sequence

from dashboard.extract.corpus import Unread
from dashboard.model import Document

from .work import Built, Progress, build_one

ENGINES = ("local", "dask")

__all__ = ["ENGINES", "Built", "EngineError", "Progress", "build_all", "build_one"]


class EngineError(Exception):
    """The engine cannot run: a cluster that does not answer, has no worker, or runs other
    code. The message names the address and says what to do."""


def build_all(documents: Sequence[Document | Unread], *, engine: str = "local",
              workers: int | None = None, progress: Progress | None = None,
              scheduler: str | None = None) -> list[Built]:
    """Each document (read first, for a file still to read) with its events, in input order,
    built by ``engine``.

    ``scheduler`` is a dask scheduler's address, for the dask engine only.
    """
    if engine == "local":
        if scheduler is not None:
            raise ValueError("a scheduler address needs the dask engine (engine='dask')")
        from .local import build_all as local_build_all

        return local_build_all(documents, workers=workers, progress=progress)
    if engine == "dask":
        # Imported only here: dask is not needed, nor loaded, by anyone who does not use it.
        from .dask_cluster import build_all as dask_build_all

        return dask_build_all(documents, workers=workers, progress=progress, scheduler=scheduler)
    raise ValueError(f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}")

