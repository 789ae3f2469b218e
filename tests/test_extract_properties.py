"""Properties of the new text readers on arbitrary input (hypothesis): they never raise, and they
reshape text without losing any of it (issue 11: never silently skip content)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sentinelle.classifiers.extractors import ics, table, text
from sentinelle.classifiers.extractors._common import Budget, decode_text, normalise_text

BUDGET = Budget(max_bytes=10_000_000, max_ratio=100.0, max_members=100, max_chars=1_000_000)
_WORD = re.compile(r"[A-Za-z0-9]{3,}")
cells = st.text(alphabet=st.sampled_from("abcXYZ019 éô-'\"\t"), max_size=12)
rows = st.lists(st.lists(cells, min_size=1, max_size=6), min_size=1, max_size=8)
delimiters = st.sampled_from([",", ";", "\t", "|"])


@settings(max_examples=200, deadline=None)
@given(rows, delimiters, st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_a_table_keeps_every_word_of_its_cells(table_rows: list[list[str]], sep: str, encoding: str) -> None:
    data = "\r\n".join(sep.join(row) for row in table_rows).encode(encoding)
    output = table.extract(data, None, BUDGET)
    source = decode_text(data)
    shown = "\n".join(p.text for p in output.pieces)
    for word in _WORD.findall(source):
        assert word in shown


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_readers_never_raise_on_arbitrary_bytes(data: bytes) -> None:
    for extract in (table.extract, ics.extract_calendar, ics.extract_vcard, text.extract):
        extract(data, None, BUDGET)
    text.uu_blocks(b"begin 644 x\n" + data)
    normalise_text(decode_text(data))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("ab> -"), max_size=10), max_size=10), st.booleans())
def test_unflowing_loses_no_visible_character(lines: list[str], delsp: bool) -> None:
    data = "\r\n".join(lines).encode()
    visible = re.sub(rb"[\s>]", b"", data)
    assert re.sub(rb"[\s>]", b"", text.unflow(data, delsp)) == visible
