"""The secret key, the keyed hash, and the on-disk index.

Key file: 64 hexadecimal digits (32 random bytes) and a newline, created with mode 0600
(``O_CREAT | O_EXCL``: never overwritten). It lives apart from the index: the index alone
reveals nothing, since every entry is a keyed hash.

Entry: the first 8 bytes of keyed BLAKE2b (RFC 7693; key = the secret, salt = 16 random bytes
chosen per index build) over ``tag 0x1f field [0x1f field]``, read as a little-endian
unsigned 64-bit integer. Tags: ``n`` given name + surname, ``d`` surname + birth date,
``a`` NAM, ``m`` chart number (MRN). With n entries, a random 64-bit value is found by
accident with probability n / 2**64 (8e6 entries: 4e-13 per lookup).

Index file (one file, replaced atomically by ``rename`` on rebuild)::

    b"SNTLIDX1"  | u32 little-endian header length | header (UTF-8 JSON) | zero padding to 8 bytes
    | entries: sorted, distinct u64 little-endian | token filter: 2**token_bits bits

The token filter is a one-hash Bloom filter of the words of every name (tag ``t``): bit
``h mod 2**token_bits`` of each word's keyed hash ``h`` is set, sized for about 3 % of bits set.
Mail words whose bit is clear cannot belong to an indexed name, so most capitalised words cost
one memoised lookup instead of hashing every pair they could form. Like the entries, it says
nothing without the key.

The header holds the salt, a key check value (keyed hash of a constant: a wrong key is
refused at load instead of matching nothing), the entry count, the SHA-256 of the entry
section, and counts per kind; never a value of the export. Loading maps the file read-only
(``mmap``: processes share the page cache) and checks the SHA-256; lookups are a binary search
over the mapped array (numpy ``searchsorted``, one call per batch of candidates).
"""

from __future__ import annotations

import hashlib
import json
import mmap
import os
import stat
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

MAGIC = b"SNTLIDX1"
FORMAT_VERSION = 1
KEY_BYTES = 32
SALT_BYTES = 16
DIGEST_BYTES = 8
SEPARATOR = b"\x1f"
TAG_NAME = b"n"
TAG_SURNAME_DATE = b"d"
TAG_NAM = b"a"
TAG_MRN = b"m"
TAG_TOKEN = b"t"  # one word of a name: the filter that spares hashing pairs of unknown words
_KEY_CHECK_INPUT = b"sentinelle patient index key check"


class IndexFileError(Exception):
    """The index or key file is missing, unreadable, malformed or does not match. The message
    names the file and the problem, never a key or a value."""


def create_key(path: Path) -> bytes:
    """Write a new random key to ``path`` with mode 0600; refuse to overwrite an existing file."""
    key = os.urandom(KEY_BYTES)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as error:
        raise IndexFileError(f"key file {path}: cannot create: {error.strerror}") from None
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(key.hex() + "\n")
    os.chmod(path, 0o600)  # the umask may have removed bits, never added: make the mode exact
    return key


def read_key(path: Path) -> bytes:
    """The key in ``path``. Refused when others may read or anyone but the owner may write it
    (group read is allowed for Kubernetes Secret volumes shared through ``fsGroup``)."""
    try:
        status = os.stat(path)
        raw = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or "not a key file"
        raise IndexFileError(f"key file {path}: cannot read: {reason}") from None
    if status.st_mode & (stat.S_IRWXO | stat.S_IWGRP | stat.S_IXGRP):
        raise IndexFileError(f"key file {path}: mode {stat.S_IMODE(status.st_mode):04o} is too open (chmod 600)")
    try:
        key = bytes.fromhex(raw)
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise IndexFileError(f"key file {path}: expected {KEY_BYTES * 2} hexadecimal digits")
    return key


class Hasher:
    """The keyed hash of one index: ``entry(tag, *fields)`` -> 64-bit integer."""

    def __init__(self, key: bytes, salt: bytes) -> None:
        self._key = key
        self._salt = salt
        self.key_check = hashlib.blake2b(_KEY_CHECK_INPUT, key=key, salt=salt, digest_size=16).hexdigest()

    def entry(self, tag: bytes, *fields: str) -> int:
        data = tag + SEPARATOR + SEPARATOR.join(f.encode("utf-8") for f in fields)
        digest = hashlib.blake2b(data, key=self._key, salt=self._salt, digest_size=DIGEST_BYTES).digest()
        return int.from_bytes(digest, "little")


@dataclass(frozen=True, slots=True)
class IndexHeader:
    salt: bytes
    key_check: str
    entries: int
    sha256: str
    counts: Mapping[str, int] = field(default_factory=dict)
    created: str = ""
    # Identifier shapes present, per kind ("nam", "mrn"): normalize.identifier_shape values.
    shapes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    token_bits: int = 0

    def to_json(self) -> bytes:
        return json.dumps({
            "format": FORMAT_VERSION, "hash": "blake2b-keyed-64", "salt": self.salt.hex(),
            "key_check": self.key_check, "entries": self.entries, "sha256": self.sha256,
            "counts": dict(self.counts), "created": self.created,
            "shapes": {kind: list(values) for kind, values in self.shapes.items()},
            "token_bits": self.token_bits,
        }, sort_keys=True).encode("utf-8")


def token_filter(tokens: np.ndarray[Any, Any]) -> tuple[int, bytes]:
    """(bits, bitmap) of the one-hash Bloom filter over the distinct token hashes ``tokens``."""
    distinct = np.unique(tokens)
    bits = 16
    while (1 << bits) < 32 * distinct.size and bits < 30:
        bits += 1
    positions = (distinct & np.uint64((1 << bits) - 1)).astype(np.int64)
    bitmap = np.zeros(1 << (bits - 3), dtype=np.uint8)
    np.bitwise_or.at(bitmap, positions >> 3, (1 << (positions & 7)).astype(np.uint8))
    return bits, bitmap.tobytes()


def write_index(path: Path, hasher_salt: bytes, key_check: str, entries: Iterable[np.ndarray[Any, Any]],
                counts: Mapping[str, int], created: str, shapes: Mapping[str, tuple[str, ...]],
                tokens: np.ndarray[Any, Any]) -> int:
    """Sort and deduplicate ``entries`` (uint64 arrays), add the filter of ``tokens``, write the
    index to ``path`` through a temporary file renamed into place (a running proxy keeps its
    mapping of the old file until it reloads). Returns the number of distinct entries."""
    chunks = [np.asarray(chunk, dtype="<u8") for chunk in entries]
    values = np.unique(np.concatenate(chunks)) if chunks else np.empty(0, dtype="<u8")
    bits, bitmap = token_filter(np.asarray(tokens, dtype="<u8"))
    body = values.astype("<u8", copy=False).tobytes() + bitmap
    header = IndexHeader(hasher_salt, key_check, int(values.size), hashlib.sha256(body).hexdigest(),
                         counts, created, shapes, bits).to_json()
    prefix = MAGIC + len(header).to_bytes(4, "little") + header
    prefix += b"\0" * (-len(prefix) % 8)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(temporary, "wb") as handle:
            handle.write(prefix)
            handle.write(body)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o640)
        os.replace(temporary, path)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise
    return int(values.size)


def read_header(data: bytes | mmap.mmap, path: Path) -> tuple[IndexHeader, int]:
    """The header of an index and the offset of its entries."""
    if len(data) < 12 or data[:8] != MAGIC:
        raise IndexFileError(f"index file {path}: not a Sentinelle patient index")
    length = int.from_bytes(data[8:12], "little")
    try:
        raw = json.loads(bytes(data[12 : 12 + length]).decode("utf-8"))
        if raw["format"] != FORMAT_VERSION:
            raise IndexFileError(f"index file {path}: format {raw['format']} is not supported (rebuild it)")
        header = IndexHeader(bytes.fromhex(raw["salt"]), str(raw["key_check"]), int(raw["entries"]),
                             str(raw["sha256"]), {str(k): int(v) for k, v in raw["counts"].items()},
                             str(raw.get("created", "")),
                             {str(k): tuple(str(s) for s in v) for k, v in raw.get("shapes", {}).items()},
                             int(raw["token_bits"]))
        if not 16 <= header.token_bits <= 30:
            raise ValueError("token_bits")
    except (ValueError, KeyError, TypeError, AttributeError):
        raise IndexFileError(f"index file {path}: damaged header") from None
    offset = 12 + length + (-(12 + length) % 8)
    if len(data) - offset != header.entries * DIGEST_BYTES + (1 << (header.token_bits - 3)):
        raise IndexFileError(f"index file {path}: truncated or damaged (size does not match the header)")
    return header, offset


class PatientIndex:
    """A loaded index and its hasher. Read-only and shared by every thread of a process."""

    def __init__(self, path: Path, header: IndexHeader, hasher: Hasher, entries: np.ndarray[Any, Any],
                 mapping: mmap.mmap | None = None) -> None:
        self.path = path
        self.header = header
        self.hasher = hasher
        self._entries = entries
        self._mapping = mapping  # keeps the mapping alive as long as the array view
        size = 1 << (header.token_bits - 3)
        self._tokens: bytes | memoryview = memoryview(mapping)[len(mapping) - size :] if mapping else bytes(size)
        self._token_mask = (1 << header.token_bits) - 1

    def may_be_name_word(self, token_hash: int) -> bool:
        """False when no indexed name has this word (``token_hash``: the keyed hash, tag ``t``)."""
        position = token_hash & self._token_mask
        return bool(self._tokens[position >> 3] >> (position & 7) & 1)

    @classmethod
    def open(cls, path: Path, key_path: Path, *, verify: bool = True) -> PatientIndex:
        """Map ``path`` and check it against the key in ``key_path``; raise ``IndexFileError``.
        ``verify``: also check the SHA-256 of the entries (reads the whole file once)."""
        key = read_key(key_path)
        try:
            with open(path, "rb") as handle:
                size = os.fstat(handle.fileno()).st_size
                mapping = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) if size else None
        except OSError as error:
            raise IndexFileError(f"index file {path}: cannot read: {error.strerror}") from None
        if mapping is None:
            raise IndexFileError(f"index file {path}: empty file")
        header, offset = read_header(mapping, path)
        hasher = Hasher(key, header.salt)
        if hasher.key_check != header.key_check:
            raise IndexFileError(f"index file {path}: built with another key than {key_path}")
        entries: np.ndarray[Any, Any] = np.frombuffer(mapping, dtype="<u8", count=header.entries, offset=offset)
        if verify and hashlib.sha256(memoryview(mapping)[offset:]).hexdigest() != header.sha256:
            raise IndexFileError(f"index file {path}: damaged (checksum mismatch)")
        return cls(path, header, hasher, entries, mapping)

    def __len__(self) -> int:
        return int(self._entries.size)

    def contains(self, values: Sequence[int]) -> list[bool]:
        """Membership of each 64-bit value, in order (one vectorised binary search)."""
        if not values or not self._entries.size:
            return [False] * len(values)
        queries = np.fromiter(values, dtype="<u8", count=len(values))
        positions = np.searchsorted(self._entries, queries)
        np.minimum(positions, self._entries.size - 1, out=positions)
        found: list[bool] = (self._entries[positions] == queries).tolist()
        return found
