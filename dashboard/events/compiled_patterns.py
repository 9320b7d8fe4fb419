"""Keep a huge regular expression's compiled program between runs: the French tokenizer's.

spaCy's French language data (``spacy/lang/fr/tokenizer_exceptions.py``) joins its hyphenated
and elided words into one pattern of 1.4 million characters (TOKEN_MATCH) and compiles it when
it is imported; the tokenizer compiles the same string again when it reads the model's files.
Python's ``re`` compiles in pure Python, parsing the pattern and generating its code: 1.7 s of
CPU in every process, the largest part of Frise's start-up. ``re`` keeps compiled patterns in
memory only (``re._cache``); it cannot save one to disk.

What is slow is producing the code, a list of integers. The regex engine itself
(``_sre.compile``) builds a Pattern from that list in a few hundredths of a second, and checks
it as it does (invalid code raises). So the list is stored once in the user's cache directory
(``user_cache``), and before spaCy loads a model, ``keep`` puts the Pattern rebuilt from it
into ``re``'s own cache, under the key ``re.compile`` looks up: spaCy's own ``re.compile``
calls, at import and when the tokenizer reads its files, then find it. Nothing of spaCy is
patched, and the Pattern is the one ``re`` would have built (same code: Patterns compare equal
when their code is).

The first run on a machine compiles as before (the program is produced by ``re``'s own parser
and code generator, in the place of spaCy's compile) and writes the file, about 3 MB. A file is
named by the Python version, the regex engine's ``MAGIC`` and ``CODESIZE`` and a hash of the
pattern and flags, so a new Python or a changed pattern never meets an old program. Those
internals (``re._parser.parse``, ``re._compiler._code``, ``_sre.compile``'s arguments) are
not a public API: ``keep`` acts only on the CPython versions it was tested with
(``TESTED_PYTHONS``) and does nothing elsewhere, where spaCy compiles as it always did.
"""

from __future__ import annotations

import hashlib
import re
import sys

from dashboard.events import user_cache

# The CPython versions whose re internals this module was written against and tested on
# (3.12 and 3.13 look the same but were not available to test).
TESTED_PYTHONS = {(3, 11)}


def supported() -> bool:
    """True on a tested CPython, whose regex internals ``keep`` relies on."""
    return sys.implementation.name == "cpython" and sys.version_info[:2] in TESTED_PYTHONS


def _file_name(pattern: str, flags: int) -> str:
    import _sre

    digest = hashlib.sha256(f"{flags}\0{pattern}".encode("utf-8", "surrogatepass")).hexdigest()[:24]
    python = "{}.{}".format(*sys.version_info[:2])
    return f"re-py{python}-{_sre.MAGIC}-{_sre.CODESIZE}-{digest}.marshal"


def _program(pattern: str, flags: int) -> tuple:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for ``pattern``, as plain data:
    its opcodes are int subclasses and its flags a RegexFlag, which marshal does not store."""
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (pattern, int(flags | parsed.state.flags), [int(op) for op in code],
            int(parsed.state.groups - 1), groupindex, tuple(indexgroup))


def _rebuilt(program: object, pattern: str) -> re.Pattern | None:
    """The Pattern of a stored ``program``, or None when it is not a program of ``pattern``
    or the engine refuses its code."""
    import _sre

    if not (isinstance(program, tuple) and len(program) == 6 and program[0] == pattern
            and isinstance(program[2], list)):
        return None
    try:
        return _sre.compile(*program)
    except (RuntimeError, TypeError, ValueError, OverflowError, IndexError):
        return None


def _put_in_re_cache(pattern: str, flags: int, compiled: re.Pattern) -> None:
    # Evict as re._compile does when its cache is full (its oldest entry first).
    cache = re._cache
    if len(cache) >= re._MAXCACHE:
        try:
            del cache[next(iter(cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    cache[type(pattern), pattern, flags] = compiled


def keep(pattern: str, flags: int = 0) -> re.Pattern | None:
    """Make ``re.compile(pattern, flags)`` cheap in this process and the next ones.

    Returns the Pattern now in ``re``'s cache (rebuilt from the stored program, or compiled
    and stored when there was none or it could not be used), or None when this Python is not
    one ``keep`` supports, the cache is off, or the pattern does not compile (``re.compile``
    will then say why, as before).
    """
    if not (supported() and user_cache.enabled()):
        return None
    flags = int(flags)
    if (found := re._cache.get((type(pattern), pattern, flags))) is not None:
        return found
    name = _file_name(pattern, flags)
    compiled = _rebuilt(user_cache.read(name), pattern)
    if compiled is None:
        try:
            program = _program(pattern, flags)
        except (re.error, RecursionError, OverflowError):
            return None
        compiled = _rebuilt(program, pattern)
        if compiled is None:
            return None
        user_cache.write(name, program)
    _put_in_re_cache(pattern, flags, compiled)
    return compiled
