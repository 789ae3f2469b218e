"""Robustness over a third-party MIME test corpus, read in place, when ``SENTINELLE_MIME_CORPUS`` names its folder.

The project's own corpus (tests/mime_robustness.py, test_robustness_corpus.py) always runs; this one runs in
addition where the third-party messages exist (.ci/run points the variable at ../shared/mime-corpus when that
folder is there). Without the variable this module collects no test: a plain clone needs nothing beside it.
A variable that names a missing or near-empty folder fails loudly rather than testing nothing.

For every message: parsing and extraction never raise, finish within a generous per-file bound,
and skip no content: each text/* leaf the email package can decode shows up in a segment (a few
distinctive words of it), unless an ``uninspectable`` finding reports why it could not be read.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from mime_robustness import distinctive, text_leaves

from sentinelle.classifiers.config import Limits
from sentinelle.classifiers.extract import UNINSPECTABLE_CAUSES, extract
from sentinelle.classifiers.parse import parse_message
from sentinelle.classifiers.types import UNINSPECTABLE

CORPUS_VARIABLE = "SENTINELLE_MIME_CORPUS"
_named = os.environ.get(CORPUS_VARIABLE, "").strip()
CORPUS: Path | None = Path(_named).resolve() if _named else None
PER_FILE_SECONDS = 10.0


def corpus_files() -> list[Path]:
    if CORPUS is None or not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.rglob("*") if p.is_file() and not p.name.startswith(("LICENSE", "README")))


if CORPUS is not None:

    def test_corpus_folder_present() -> None:
        assert CORPUS is not None and CORPUS.is_dir(), f"{CORPUS_VARIABLE} names no folder: {CORPUS}"
        assert len(corpus_files()) > 50, f"MIME corpus folder {CORPUS} holds too few messages"

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
        for leaf in text_leaves(parsed.message):
            words = distinctive(leaf)
            if words and not all(w.casefold() in everything for w in words):
                missing.append(", ".join(words))
        assert not missing or result.findings, f"{path.name}: text parts not extracted (words: {missing})"
