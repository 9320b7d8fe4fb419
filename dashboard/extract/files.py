"""From a file on disk to text: size limits, binary detection, encodings.

Every failure is a ``ReadError`` carrying one line for a person: which file, what is wrong,
what to do. The caller turns it into ``Document.error`` so one bad file never stops a corpus.
"""

from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass
from pathlib import Path

# One article is a few thousand words; 5 MB of text is a book, almost surely the wrong file.
DEFAULT_MAX_BYTES = 5_000_000
MAX_BYTES_ENV = "FRISE_MAX_BYTES"

# File signatures of formats people drop into an article folder by mistake.
_MAGIC = (
    (b"%PDF", "a PDF document", "export it as .txt or save the web page as .html"),
    (b"\x89PNG", "a PNG image", "an image holds no article text"),
    (b"\xff\xd8\xff", "a JPEG image", "an image holds no article text"),
    (b"GIF8", "a GIF image", "an image holds no article text"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.odt)", "unzip it, or save the document as .txt"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc/.xls)", "save it as .txt"),
    (b"\x1f\x8b", "a gzip archive", "decompress it first"),
    (b"{\\rtf", "an RTF document", "save it as plain text (.txt)"),
    (b"SQLite format 3\x00", "an SQLite database", "it is not an article"),
    (b"\x7fELF", "a program (ELF)", "it is not an article"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# Single-byte code pages for Latin scripts, which a detector confuses with each other.
_LATIN_FAMILY = frozenset({
    "cp1250", "cp1252", "cp1254", "cp1257", "latin_1", "iso8859_2", "iso8859_3", "iso8859_4",
    "iso8859_9", "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16",
    "mac_roman", "mac_latin2", "mac_iceland", "mac_turkish", "cp437", "cp850", "cp858",
})
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_DETECT_SAMPLE = 256_000
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?(?P<charset>[A-Za-z0-9_.:-]{2,40})", re.IGNORECASE)
# Share of control characters (other than tab/newline/CR/form feed) above which text is binary.
_CONTROL_SHARE = 0.05
# The control bytes counted for it: all below 32 but tab, line feed, form feed and return.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
# UTF-16 text in a Latin script has a zero byte in nearly every other position (the high byte
# of each letter) and almost none in the others; binary data has zeros on both sides.
_UTF16_ZERO_SHARE = 0.4
_UTF16_OTHER_SIDE_MAX = 0.05
# The bytes a cp1252 line of French or English prose has beyond ASCII: accented letters
# (À…þ without × and ÷), € … Œ œ ‘ ’ “ ” • – —, no-break space, « » and °. A lone \xff ("ÿ") or
# \xfe is a damaged UTF-8 file far more often than a word.
_CP1252_PROSE = frozenset({*range(0xC0, 0xFF), 0x80, 0x85, 0x8C, *range(0x91, 0x98), 0x9C, 0xA0,
                           0xAB, 0xBB, 0xB0}) - {0xD7, 0xF7, 0xFE}
# How many line numbers a warning about mixed encodings lists before "…".
_LINES_NAMED = 5


class ReadError(Exception):
    """A file that cannot become a document; ``str(error)`` is the one-line message."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def max_bytes_default() -> int:
    """The size cap, raised by the FRISE_MAX_BYTES environment variable for the CLI's sake."""
    value = os.environ.get(MAX_BYTES_ENV, "")
    return int(value) if value.isdigit() and int(value) > 0 else DEFAULT_MAX_BYTES


def _megabytes(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, after checking it exists and is not over ``max_bytes`` (stat first)."""
    name = path.name
    if not path.exists():
        raise ReadError(f"{path}: file not found; check the path (or the 'file' column of the manifest)")
    if not path.is_file():
        raise ReadError(f"{path}: not a regular file; give an article file or a folder of articles")
    size = path.stat().st_size
    if size == 0:
        raise ReadError(f"{name}: the file is empty; remove it or paste the article text into it")
    if size > max_bytes:
        raise ReadError(
            f"{name}: {_megabytes(size)} is over the {_megabytes(max_bytes)} limit for one article; "
            f"split it, or raise the limit with {MAX_BYTES_ENV}={size + 1} (or max_bytes=)"
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ReadError(f"{name}: cannot be read ({exc.strerror or exc}); check its permissions") from exc


def _binary_kind(data: bytes) -> str | None:
    for magic, kind, advice in _MAGIC:
        if data.startswith(magic):
            return f"{kind}, not text; {advice}"
    head = data[:65536]
    if b"\x00" in head:
        return ("binary data (it contains NUL bytes), not text; give a .txt, .md or .html file "
                "(UTF-16 text: re-save it as UTF-8)")
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls > _CONTROL_SHARE * len(head):
        return "binary data (mostly control characters), not text; give a .txt, .md or .html file"
    return None


def _normalise_newlines(text: str) -> str:
    # Windows and old Mac line ends become "\n" so that a line is a line for every rule.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(data: bytes, name: str) -> Decoded:
    """Text from bytes: BOMs, then strict UTF-8, then the detector; binary is refused."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(_normalise_newlines(data.decode(encoding)), encoding)
            except UnicodeDecodeError as exc:
                raise ReadError(f"{name}: starts with a {encoding} mark but does not decode ({exc.reason}); "
                                f"re-save it as UTF-8") from exc
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return Decoded(_normalise_newlines(data.decode(utf16)), utf16,
                       (f"{name}: UTF-16 without a byte-order mark, decoded as {utf16}; re-save it as UTF-8",))
    kind = _binary_kind(data)
    if kind:
        raise ReadError(f"{name}: {kind}")
    try:
        return Decoded(_normalise_newlines(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    mixed = _mixed_lines(data)
    if mixed is not None:
        text, legacy = mixed
        named = ", ".join(map(str, legacy[:_LINES_NAMED])) + (", …" if len(legacy) > _LINES_NAMED else "")
        return Decoded(_normalise_newlines(text), "utf-8",
                       (f"{name}: mixed encodings, UTF-8 with {len(legacy)} line(s) in cp1252 (line {named}); "
                        f"decoded line by line, check the accents there or re-save it as UTF-8",))
    damaged = _mostly_utf8(data)
    if damaged is not None:
        return Decoded(_normalise_newlines(damaged[0]), "utf-8",
                       (f"{name}: UTF-8 with {damaged[1]} invalid byte(s), shown as \ufffd; the file may be truncated "
                        f"or damaged",))
    encoding = _declared_charset(data) or _detect_legacy(data)
    if encoding is None:
        raise ReadError(f"{name}: unknown encoding (not UTF-8, and no other encoding decodes it cleanly); "
                        f"re-save it as UTF-8")
    text = data.decode(encoding)
    warning = f"{name}: not UTF-8, decoded as {encoding}; check accents and apostrophes, or re-save it as UTF-8"
    return Decoded(_normalise_newlines(text), encoding, (warning,))


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for UTF-16 text saved without its mark (Word, some Windows
    tools), judged by where the zero bytes fall; None for anything else."""
    head = data[:65536]
    if len(head) < 4 or len(data) % 2:
        return None
    even, odd = head[0::2].count(0) / (len(head) // 2), head[1::2].count(0) / (len(head) // 2)
    for encoding, zeros, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros >= _UTF16_ZERO_SHARE and others <= _UTF16_OTHER_SIDE_MAX:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            controls = sum(1 for c in text[:32768] if ord(c) < 32 and c not in "\t\n\f\r")
            return encoding if controls <= _CONTROL_SHARE * min(len(text), 32768) else None
    return None


def _mixed_lines(data: bytes) -> tuple[str, list[int]] | None:
    """A file whose lines are UTF-8 or cp1252 (pasted from two sources), decoded line by line,
    with the numbers of the cp1252 lines; None unless both kinds are there.

    A line is cp1252 only when it is not UTF-8 and holds no valid UTF-8 sequence at all: a
    UTF-8 line with one broken byte is damage, left to ``_mostly_utf8``.
    """
    parts, legacy, utf8_lines = [], [], 0
    for number, line in enumerate(data.splitlines(keepends=True), start=1):
        try:
            parts.append(line.decode("utf-8"))
            utf8_lines += bool(_UTF8_MULTIBYTE.search(line))
            continue
        except UnicodeDecodeError:
            pass
        if _UTF8_MULTIBYTE.search(line) or any(b >= 0x80 and b not in _CP1252_PROSE for b in line):
            return None
        parts.append(line.decode("cp1252"))
        legacy.append(number)
    return ("".join(parts), legacy) if legacy and utf8_lines else None


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its <meta>, if Python knows it and it decodes the page."""
    match = _META_CHARSET.search(data[:8192])
    if not match:
        return None
    try:
        name = codecs.lookup(match.group("charset").decode("ascii")).name
        data.decode(name)
    except (LookupError, UnicodeDecodeError):
        return None
    # Browsers read a page declared as Latin-1 with Windows-1252 (the WHATWG rule): so does Frise.
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") and _decodes(data, "cp1252") else name


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
        return True
    except UnicodeDecodeError:
        return False


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 text with a few broken bytes (a cut or damaged download): decoded, and how many were bad.

    Only when real multi-byte UTF-8 sequences are present: a cp1252 file has none, so it goes to
    the detector instead of getting "\ufffd" for each accent.
    """
    good = len(_UTF8_MULTIBYTE.findall(data))
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    return (text, bad) if good >= 1 and bad <= max(2, good // 20) else None


def _detect_legacy(data: bytes) -> str | None:
    """The legacy encoding of ``data``, or None when nothing decodes it cleanly.

    Web articles in French and English that are not UTF-8 are nearly always Windows-1252
    (Latin-1 plus ’ “ ” € …). On short texts the statistical detector wavers between the
    Latin-script code pages (cp1250, mac_roman, …); when it lands in that family and cp1252
    decodes cleanly, cp1252 wins. A Cyrillic or Greek verdict is trusted as is.
    """
    from charset_normalizer import from_bytes

    # A sample is enough to recognise an encoding; the whole file is then checked to decode.
    best = from_bytes(data[:_DETECT_SAMPLE]).best()
    guess = best.encoding if best is not None else None
    if guess is None or guess in _LATIN_FAMILY:
        try:
            data.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            pass
    if guess is None:
        return None
    try:
        data.decode(guess)
    except (UnicodeDecodeError, LookupError):
        return None
    return guess


def read_text(path: Path, max_bytes: int, data: bytes | None = None) -> Decoded:
    """Read and decode one file (``data``: its bytes, already read and checked by
    ``read_bytes``); empty-after-decoding counts as empty."""
    decoded = decode(read_bytes(path, max_bytes) if data is None else data, path.name)
    if not decoded.text.strip():
        raise ReadError(f"{path.name}: the file holds only blank space; remove it or paste the article text into it")
    return decoded
