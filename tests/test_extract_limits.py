"""Limits turn into ``uninspectable`` findings quickly, without expanding bombs; zipfile CVE regression."""

from __future__ import annotations

import resource
import struct
import time

import pytest

from sentinelle.classifiers.config import Limits
from sentinelle.classifiers.extract import Extraction, extract
from sentinelle.classifiers.parse import parse_message
from tests import extract_fixtures as fx
from tests.extract_fixtures import PATIENT


def run(raw: bytes, limits: Limits | None = None, deadline: float | None = None) -> Extraction:
    return extract(parse_message(raw), limits or Limits(), deadline=deadline)


def causes(result: Extraction) -> dict[str, str]:
    return {f.location: f.excerpt for f in result.findings}


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return fx.zip_bomb(300)  # ~300 KB that expands to 300 MB


def test_zip_bomb_stops_before_expanding(bomb: bytes) -> None:
    raw = fx.message(fx.text_part("voir"), fx.attachment(bomb, "bomb.zip", "application/zip"))
    before = _maxrss_mb()
    started = time.monotonic()
    result = run(raw)
    assert time.monotonic() - started < 5
    assert causes(result) == {"attachment:bomb.zip/zeros.txt": "compression_ratio"}
    assert _maxrss_mb() - before < 100  # far below the 300 MB a full expansion would need


def test_understated_size_never_expands_further(monkeypatch: pytest.MonkeyPatch) -> None:
    # A central directory claiming ratio 1: reading stops at the claimed size, the CRC fails -> corrupt.
    from sentinelle.classifiers.extractors import archive

    original = archive.read_member

    def lying(zf, info, max_bytes, max_ratio, **before):  # type: ignore[no-untyped-def]
        info.file_size = info.compress_size
        return original(zf, info, max_bytes, max_ratio, **before)

    monkeypatch.setattr(archive, "read_member", lying)
    before = _maxrss_mb()
    result = run(fx.message(fx.attachment(fx.zip_bomb(100), "b.zip")))
    assert causes(result) == {"attachment:b.zip/zeros.txt": "corrupt"}
    assert _maxrss_mb() - before < 50


def test_total_bytes_limit() -> None:
    big = ("ligne de texte " * 10_000).encode()
    result = run(fx.message(fx.attachment(big, "a.txt"), fx.attachment(big, "b.txt")), Limits(max_total_bytes=200_000))
    assert causes(result) == {"attachment:b.txt": "size_limit"}


def test_archive_member_limit_still_reads_first_members() -> None:
    archive = fx.zip_of({f"f{i}.txt": f"membre {i}" for i in range(30)})
    result = run(fx.message(fx.attachment(archive, "many.zip")), Limits(max_archive_members=10))
    assert causes(result) == {"attachment:many.zip": "member_limit"}
    assert len([s for s in result.segments if s.location.startswith("attachment:many.zip/")]) == 10


def test_nested_zip_depth_limit() -> None:
    data = fx.zip_of({"fond.txt": PATIENT})
    for level in range(8):
        data = fx.zip_of({f"z{level}.zip": data})
    result = run(fx.message(fx.attachment(data, "top.zip")), Limits(max_depth=5))
    assert list(causes(result).values()) == ["depth_limit"]
    assert not any(PATIENT in s.text for s in result.segments)
    assert any(PATIENT in s.text for s in run(fx.message(fx.attachment(data, "top.zip"))).segments)


def test_encrypted_zip_member() -> None:
    started = time.monotonic()
    result = run(fx.message(fx.attachment(fx.encrypted_zip("secret.txt", b"donnees"), "enc.zip", "application/zip")))
    assert causes(result) == {"attachment:enc.zip/secret.txt": "encrypted"}
    assert time.monotonic() - started < 5


def overlapped_zip() -> bytes:
    """CVE-2024-0450 shape: two central-directory entries share one local entry (overlapping data)."""
    data = bytearray(fx.zip_of({"a.txt": b"A" * 1000, "b.txt": b"B" * 1000}))
    first = data.find(b"PK\x01\x02")
    second = data.find(b"PK\x01\x02", first + 4)
    struct.pack_into("<I", data, second + 42, 0)  # second entry's local header offset -> the first entry
    name_at = second + 46
    data[name_at : name_at + 5] = b"a.txt"  # and the same name, so only the overlap is wrong
    return bytes(data)


def test_cve_2024_0450_overlapped_entries_are_corrupt() -> None:
    import io
    import zipfile

    archive = zipfile.ZipFile(io.BytesIO(overlapped_zip()))
    with pytest.raises(zipfile.BadZipFile, match="Overlapped"):
        for info in archive.infolist():
            archive.read(info)
    result = run(fx.message(fx.attachment(overlapped_zip(), "q.zip")))
    assert "corrupt" in causes(result).values()


def test_segment_truncation_keeps_text_and_flags_it() -> None:
    body = PATIENT + " " + "x" * 5000
    result = run(fx.message(fx.text_part(body)), Limits(max_segment_chars=1000))
    (segment,) = [s for s in result.segments if s.location == "body"]
    assert segment.truncated and len(segment.text) == 1000 and segment.text.startswith(PATIENT)


def test_past_deadline_parts_are_timeouts() -> None:
    raw = fx.message(fx.text_part("a"), fx.attachment(fx.pdf("x"), "r.pdf"))
    result = run(raw, deadline=time.monotonic() - 1)
    assert set(causes(result).values()) == {"timeout"}
