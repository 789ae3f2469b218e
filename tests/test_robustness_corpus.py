"""The generated robustness corpus (tests/mime_robustness.py), always run: no file beside the checkout needed.

For every case: parse -> extract -> classify -> decide never raises, returns within the time budget, and
each planted marker is inspected or the message reports an ``uninspectable`` finding with a named cause.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from mime_robustness import Case, Pipeline, cases, check_pipeline, marker

from sentinelle.classifiers.extract import shutdown_sandbox

CASES = cases()


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pipeline]:
    yield Pipeline.build(tmp_path_factory.mktemp("keyring"))
    shutdown_sandbox()


def test_corpus_covers_every_family_the_issue_names() -> None:
    names = " ".join(c.name for c in CASES)
    for needle in ("without_boundary", "two_boundary_params", "reuses_parent_boundary",
                   "inside_base64", "truncated", "raw_8bit_subject", "encoded_word_split", "encoded_word_nested",
                   "nul_in", "body_line_1001", "cr_only", "lf_only", "folded_10000", "zero_parts",
                   "10000_parts", "rfc822_nested", "labelled"):
        assert needle in names, needle
    assert len({c.name.rsplit("_", 1)[-1] for c in CASES if c.name.startswith("raw_8bit_subject_")}) >= 15


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_generated_message_is_inspected_or_reported(case: Case, pipeline: Pipeline) -> None:
    assert check_pipeline(pipeline, case.raw, case.markers) == []


def test_a_skipped_part_is_caught_by_the_check(pipeline: Pipeline) -> None:
    """The check is not vacuous: a marker absent from every segment, with no finding, is a problem."""
    raw = b"Subject: x\r\nContent-Type: text/plain\r\n\r\nbonjour\r\n"
    assert check_pipeline(pipeline, raw, (marker(9999),)) != []


def test_corpus_is_generated_not_read() -> None:
    """Deterministic: the same bytes on every machine, so a failure reproduces anywhere."""
    again = cases()
    assert [(c.name, c.raw) for c in again] == [(c.name, c.raw) for c in CASES]
