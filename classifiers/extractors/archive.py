"""ZIP archives, read in-process with bounded, chunked decompression.

Checks happen before decompressing: member count, the encryption flag, the sizes and ratio the
central directory declares. Each member is then read in chunks and abandoned as soon as it expands
past the byte budget or the ratio limit (``zipfile`` itself also stops at the declared size and
fails the CRC check, so an understated size yields ``corrupt``, never a bigger expansion). The ratio
limit applies to the members read so far together, once they have expanded past
``RATIO_GRACE_BYTES``: one small, very regular file (a CSV of blanks) compresses extremely well and
is no bomb, but many of them are. Overlapping entries (CVE-2024-0450
"quoted overlap" bombs) make ``zipfile`` raise ``BadZipFile``; they are reported as corrupt.
"""

from __future__ import annotations

import io
import re
import time
import zipfile
import zlib

from sentinelle.classifiers.extractors._common import (
    COMPRESSION_RATIO,
    CORRUPT,
    ENCRYPTED,
    MEMBER_LIMIT,
    SIZE_LIMIT,
    TIMEOUT,
    UNSUPPORTED,
    Budget,
    Embedded,
    Output,
    Problem,
)

RATIO_GRACE_BYTES = 1 << 20
CHUNK = 64 * 1024
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, RuntimeError, KeyError)
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f]+")


def member_name(name: str) -> str:
    """A member name safe for a location: no control characters, bounded length."""
    cleaned = _UNPRINTABLE.sub("_", name).strip("/") or "unnamed"
    return cleaned[-200:]


class MemberError(Exception):
    """A member could not be read; ``cause`` is one of the uninspectable causes."""

    def __init__(self, cause: str, explanation: str) -> None:
        super().__init__(explanation)
        self.cause = cause
        self.explanation = explanation


def read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, max_bytes: int, max_ratio: float, *,
                expanded_before: int = 0, compressed_before: int = 0) -> bytes:
    """Decompress one member within the limits, or raise ``MemberError``.

    The ratio limit applies to the archive so far: ``expanded_before`` bytes already came out of
    ``compressed_before`` compressed bytes. Per member, 99 members of 1 MiB each (a 364 KB
    message) each stayed under the grace and cost 3 GB once inspected."""
    if info.flag_bits & 0x1:
        raise MemberError(ENCRYPTED, "archive member is encrypted")
    expanded = expanded_before + info.file_size
    compressed = max(compressed_before + info.compress_size, 1)
    if expanded > RATIO_GRACE_BYTES and expanded / compressed > max_ratio:
        raise MemberError(COMPRESSION_RATIO, f"archive declares compression ratio {expanded / compressed:.0f}")
    if info.file_size > max_bytes:
        raise MemberError(SIZE_LIMIT, "archive member declares more bytes than the extraction budget")
    ratio_cap = max(RATIO_GRACE_BYTES, int(max_ratio * compressed)) - expanded_before
    chunks: list[bytes] = []
    total = 0
    try:
        with zf.open(info) as stream:
            while chunk := stream.read(CHUNK):
                total += len(chunk)
                if total > max_bytes:
                    raise MemberError(SIZE_LIMIT, "archive member expands past the extraction budget")
                if total > ratio_cap:
                    raise MemberError(COMPRESSION_RATIO, "archive member expands past the compression ratio limit")
                chunks.append(chunk)
    except NotImplementedError:
        raise MemberError(UNSUPPORTED, "archive member uses an unsupported compression method") from None
    except _ZIP_ERRORS as exc:
        raise MemberError(CORRUPT, f"archive member unreadable ({type(exc).__name__})") from None
    return b"".join(chunks)


def open_zip(data: bytes) -> zipfile.ZipFile:
    """Open an archive (central directory only; nothing is decompressed). Raises ``MemberError``."""
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except NotImplementedError:
        raise MemberError(UNSUPPORTED, "archive format not supported") from None
    except _ZIP_ERRORS as exc:
        raise MemberError(CORRUPT, f"archive unreadable ({type(exc).__name__})") from None


def extract_zip(data: bytes, budget: Budget, deadline: float | None = None) -> Output:
    """Members as embedded files (the caller extracts them one level deeper), problems by member.

    Members left when ``deadline`` (a ``time.monotonic()`` instant) passes are reported as timeouts.
    """
    try:
        zf = open_zip(data)
    except MemberError as exc:
        return Output(problems=(Problem(exc.cause, exc.explanation),))
    problems: list[Problem] = []
    embedded: list[Embedded] = []
    with zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if len(infos) > budget.max_members:
            problems.append(Problem(MEMBER_LIMIT, f"archive has {len(infos)} members; first {budget.max_members} read"))
            infos = infos[: budget.max_members]
        remaining = budget.max_bytes
        expanded = compressed = 0
        for info in infos:
            name = member_name(info.filename)
            if deadline is not None and time.monotonic() > deadline:
                problems.append(Problem(TIMEOUT, "time budget spent before this archive member", sub=name))
                continue
            try:
                content = read_member(zf, info, remaining, budget.max_ratio,
                                      expanded_before=expanded, compressed_before=compressed)
            except MemberError as exc:
                problems.append(Problem(exc.cause, exc.explanation, sub=name))
                if exc.cause == SIZE_LIMIT:
                    remaining = 0  # the budget is spent: every later member is over it too
                continue
            remaining -= len(content)
            expanded += len(content)
            compressed += info.compress_size
            embedded.append(Embedded(name, content))
    return Output(problems=tuple(problems), embedded=tuple(embedded))
