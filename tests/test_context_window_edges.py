"""A context window's edges cut no word into a context word (issue 10, a dev_d cause).

"M. Cartel, dossier H4410273": 30 characters back the window began inside "Cartel", and its tail "tel"
read as a telephone label that vetoed the chart number. Every text here is invented for these tests.
"""

from __future__ import annotations

import pytest

from sentinelle.classifiers.evaluate import default_config
from sentinelle.classifiers.recognizers._base import find_context
from sentinelle.classifiers.recognizers.mrn import MrnRecognizer
from sentinelle.classifiers.types import Segment


def _charts(text: str) -> list[str]:
    recognizer = MrnRecognizer(default_config().mrn_patterns)
    return [text[f.start : f.end] for f in recognizer.recognize(Segment("body", text)) if f.confidence >= 0.6]


@pytest.mark.parametrize(
    ("text", "charts"),
    [
        ("Mme Lucie Cartel (Gisèle), 64 ans, dossier H4410273, revue hier.", ["H4410273"]),
        ("Mr. Jon Postel, 58, chart 5512093 attached.", ["5512093"]),
        # near misses: the whole word is there, and it is a phone or a fax label
        ("Rappeler la clinique, tel 5512093 ou dossier", []),
        ("Dossier du patient : fax 4410273", []),
    ],
)
def test_a_word_cut_by_the_window_is_no_context_word(text: str, charts: list[str]) -> None:
    assert _charts(text) == charts


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("ab Martel 1234", None),  # "tel" is the cut tail of "Martel"
        ("ab 1234 television", None),  # "tel" is the cut head of "television"
        ("Martel, tel 1234", "tel"),
        ("1234 tel. maison", "tel"),
    ],
)
def test_find_context_ignores_cut_words(text: str, word: str | None) -> None:
    start = text.index("1234")
    assert find_context(text, start, start + 4, ("tel",), before=4, after=4) == word
