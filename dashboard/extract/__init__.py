"""Reading documents: files, encodings, HTML pages, manifests, datelines and page furniture.

Public API (the contract other stages rely on):

- ``read_document(path, *, published=None, language=None, meta=None, max_bytes=None) -> Document``
- ``read_corpus(path, *, published=None, language=None) -> list[Document]``
- ``plan_corpus(path, *, published=None, language=None) -> list[Document | Unread]``: the same
  corpus listed, each file still to read as an ``Unread`` (``.read()``, or ``.with_bytes()``
  to take its bytes here and read it elsewhere); ``dashboard.extract.corpus``
- ``fold(text) -> str``: same length as ``text``, typographic variants made plain for matching
- ``is_furniture(doc, start, end) -> bool``: is this stretch of ``doc.text`` page furniture?
- ``FurnitureIndex(doc.furniture)``: the same question, and the spans overlapping a stretch, asked many times
- ``inside_corpus(folder, name) -> Path``: where a file name leads, refused (``OutsideCorpus``) outside ``folder``

Neither reader raises for bad content: problems become ``Document.error`` (fatal, one line) or
``Document.warnings`` (the document is still processed).
"""

from .corpus import read_corpus
from .files import DEFAULT_MAX_BYTES
from .fold import fold
from .furniture import FurnitureIndex, find_furniture, is_furniture
from .paths import OutsideCorpus, inside_corpus
from .reader import read_document

__all__ = ["DEFAULT_MAX_BYTES", "FurnitureIndex", "OutsideCorpus", "find_furniture", "fold", "inside_corpus",
           "is_furniture", "read_corpus", "read_document"]
