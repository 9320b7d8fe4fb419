"""Edit keys: the secret in a corpus's edit link, kept only as a digest.

A key is 32 random bytes from ``secrets`` (256 bits, well over the 128 a guess must face).
With that much randomness a plain SHA-256 digest is enough: a slow password hash protects
weak, human-chosen secrets, and nobody chooses these.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3

from dashboard.store.corpora import bump, require
from dashboard.store.workspace import now, write

# Bytes of randomness in a key: 32 bytes are 256 bits, and 43 URL-safe characters.
KEY_BYTES = 32


def digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def new_key(db: sqlite3.Connection, slug: str) -> str:
    """A fresh key for ``slug``; every earlier key of the corpus stops working."""
    # Hex, not URL-safe base64: a key that began with "-" read as an option on the command
    # line (corpus add --key -abc…), and hex needs no escaping in a URL either.
    key = secrets.token_hex(KEY_BYTES)
    with write(db):
        require(db, slug)
        stamp = now()
        db.execute("UPDATE edit_keys SET revoked_at = ? WHERE corpus = ? AND revoked_at IS NULL",
                   (stamp, slug))
        db.execute("INSERT INTO edit_keys (corpus, digest, created_at) VALUES (?, ?, ?)",
                   (slug, digest(key), stamp))
        bump(db, slug)
    return key


def key_is_valid(db: sqlite3.Connection, slug: str, key: str | None) -> bool:
    """Whether ``key`` opens ``slug`` for editing, compared in constant time."""
    if not key:
        return False
    given = digest(key)
    valid = False
    for (stored,) in db.execute("SELECT digest FROM edit_keys WHERE corpus = ? AND revoked_at IS NULL",
                                (slug,)):
        # No early exit: the time taken says nothing about which key, or how much of it, matched.
        valid |= hmac.compare_digest(given, stored)
    return valid
