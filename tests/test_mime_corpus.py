"""Robustness over third-party MIME test messages (../shared/mime-corpus, read in place).

For every message: parsing and extraction never raise, finish within a generous per-file bound,
and skip no content: each text/* leaf the email package can decode shows up in a segment (a few
distinctive words of it), unless an ``uninspectable`` finding reports why it could not be read.
"""

from __future__ import annotations

import re
import time
from email.message import Message
from pathlib import Path

import pytest

from classifiers.config import Limits
from classifiers.extract import UNINSPECTABLE_CAUSES, extract
from classifiers.extractors._common import decode_text
from classifiers.parse import parse_message
from classifiers.types import UNINSPECTABLE

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "mime-corpus"
PER_FILE_SECONDS = 10.0
_WORD = re.compile(r"[^\W\d_]{5,}")
_TAG = re.compile(r"<[^>]*>|&\w+;")
_STYLE = re.compile(r"(?is)<(script|style)\b.*?</\1>")


def corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.rglob("*") if p.is_file() and not p.name.startswith(("LICENSE", "README")))


def test_corpus_folder_present() -> None:
    assert CORPUS.is_dir(), f"MIME corpus folder is missing: {CORPUS}"
    assert len(corpus_files()) > 50, f"MIME corpus folder {CORPUS} holds too few messages"


def _text_leaves(message: Message) -> list[str]:
    texts: list[str] = []
    stack = [message]
    while stack:
        part = stack.pop()
        payload = part.get_payload()
        if isinstance(payload, list):
            stack.extend(p for p in payload if isinstance(p, Message))
            continue
        if part.get_content_maintype() != "text":
            continue
        data = part.get_payload(decode=True)
        if isinstance(data, bytes) and data.strip():
            texts.append(decode_text(data, part.get_content_charset()))
    return texts


def _distinctive(text: str) -> list[str]:
    visible = _TAG.sub(" ", _STYLE.sub(" ", text))
    words = sorted(set(_WORD.findall(visible)), key=lambda w: (-len(w), w))
    return words[:5]


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_corpus_message(path: Path) -> None:
    raw = path.read_bytes()
    started = time.monotonic()
    parsed = parse_message(raw)
    result = extract(parsed, Limits(), deadline=started + PER_FILE_SECONDS)
    elapsed = time.monotonic() - started
    assert elapsed < PER_FILE_SECONDS + 2, f"{path.name} took {elapsed:.1f} s"
    assert all(f.type == UNINSPECTABLE and f.excerpt in UNINSPECTABLE_CAUSES for f in result.findings)
    everything = "\n".join(s.text for s in result.segments).casefold()
    missing: list[str] = []
    for leaf in _text_leaves(parsed.message):
        words = _distinctive(leaf)
        if words and not all(w.casefold() in everything for w in words):
            missing.append(", ".join(words))
    assert not missing or result.findings, f"{path.name}: text parts not extracted (words: {missing})"
