"""The combined trigger scan keeps overlapping hits of different kinds; one identifier type per digit run.

All numbers are synthetic.
"""

from __future__ import annotations

import pytest

from sentinelle.classifiers.engine import Classifier
from sentinelle.classifiers.evaluate import default_config
from sentinelle.classifiers.recognizers._base import Scanner, Trigger
from sentinelle.classifiers.recognizers._numeric import one_type_per_run
from sentinelle.classifiers.types import Finding, Segment

WORD = Trigger("word", r"\b[A-Za-z]{4} [0-9]{4}-[0-9]{2}-[0-9]{2}\b")  # a NAM-like shape that swallows a date
CUE = Trigger("cue", r"\bborn\b")
DATE = Trigger("date", r"\b[0-9]{4}-[0-9]{2}-[0-9]{2}\b")


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier(default_config(), None)


def hits(scanner: Scanner, text: str) -> dict[str, list[str]]:
    return {kind: [text[s:e] for s, e in spans] for kind, spans in scanner.scan(text).hits.items()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The first declared kind takes the longest hit; the others starting at or inside it survive.
        ("(born 2024-11-12)", {"word": ["born 2024-11-12"], "cue": ["born"], "date": ["2024-11-12"]}),
        ("né (born 2024-11-12)", {"word": ["born 2024-11-12"], "cue": ["born"], "date": ["2024-11-12"]}),
        ("born yesterday", {"cue": ["born"]}),
        ("2024-11-12 and 2025-01-02", {"date": ["2024-11-12", "2025-01-02"]}),
        ("", {}),
    ],
)
def test_overlapping_hits_of_other_kinds_are_kept(text: str, expected: dict[str, list[str]]) -> None:
    assert hits(Scanner((WORD, CUE, DATE)), text) == expected


def test_one_kind_never_overlaps_itself() -> None:
    scanner = Scanner((Trigger("num", r"\b[0-9](?: ?[0-9]){8,15}\b"),))
    # The run starts a hit at every group; only the first (longest) is kept, as finditer would.
    assert hits(scanner, "no 130 692 544 2024 et 046 454 286") == {"num": ["130 692 544 2024", "046 454 286"]}


def test_character_offsets_hold_with_non_ascii_text_before_and_inside() -> None:
    scanner = Scanner((WORD, CUE, DATE, Trigger("accent", r"é+")))
    text = "Éric, né (born 2024-11-12) — été 2025-01-02"
    assert hits(scanner, text) == {
        "accent": ["é", "é", "é"],
        "word": ["born 2024-11-12"],
        "cue": ["born"],
        "date": ["2024-11-12", "2025-01-02"],
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A birth date after a word that makes the pair NAM-shaped (letters + YYYY-MM-DD).
        ("Suivi de Jean Roy (born 2024-11-12) pour otite.", ("date_of_birth", "2024-11-12")),
        ("Jean Roy, DDN 1984-05-16, diabète de type 2.", ("date_of_birth", "1984-05-16")),
    ],
)
def test_a_birth_date_swallowed_by_an_identifier_shape_is_found(
        classifier: Classifier, text: str, expected: tuple[str, str]) -> None:
    found = classifier.inspect_segments([Segment("body", text)]).findings
    assert expected in [(f.type, text[f.start : f.end]) for f in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Digits a NIR shares with Luhn-valid SIN / Ontario-HCN spans: one type, the NIR.
        ("NIR 1 54 12 04 541 228 39", [("fr_nir", "1 54 12 04 541 228 39")]),
        ("NIR 1 49 07 78 781 786 51", [("fr_nir", "1 49 07 78 781 786 51")]),
        ("NIR 1 29 10 14 924 326 44", [("fr_nir", "1 29 10 14 924 326 44")]),
        # Two numbers side by side are two places: both stay.
        ("NAS 130 692 544, NISS 85.07.30-033.28",
         [("ca_sin", "130 692 544"), ("be_niss", "85.07.30-033.28")]),
    ],
)
def test_one_identifier_type_per_digit_run(classifier: Classifier, text: str,
                                           expected: list[tuple[str, str]]) -> None:
    found = classifier.inspect_segments([Segment("body", text)]).findings
    assert sorted((f.type, text[f.start : f.end]) for f in found) == sorted(expected)


def finding(kind: str, start: int, end: int, confidence: float, explanation: str = "context 'x'",
            location: str = "body") -> Finding:
    return Finding(kind, location, confidence, "***", explanation, start, end)


def test_one_finding_per_place_and_type_and_the_best_supported_type_wins() -> None:
    nir = finding("fr_nir", 4, 25, 0.97)
    sin_inside = finding("ca_sin", 7, 19, 0.45, "no context word")
    repeat = finding("fr_nir", 4, 25, 0.85, "no context word")
    elsewhere = finding("ca_sin", 4, 25, 0.45, location="subject")  # another segment: another place
    clinical = finding("diagnosis", 4, 25, 0.9)  # not an identifier: kept beside it
    tie_without_context = finding("be_niss", 30, 45, 0.9, "no context word")
    tie_with_context = finding("ca_health_number", 32, 44, 0.9)
    assert one_type_per_run([nir, sin_inside, repeat, elsewhere, clinical, tie_without_context,
                             tie_with_context]) == [nir, elsewhere, clinical, tie_with_context]


def test_the_scanner_relies_on_google_re2_internals_that_are_still_there() -> None:
    """The scan calls RE2's compiled object under google-re2's Python wrapper (3x cheaper per hit).
    An upgrade that renames it must fail here, loudly, rather than in production."""
    import re2

    compiled = re2.compile(r"\bab")
    assert compiled._regexp.Match(re2._Anchor.UNANCHORED, b"xab ab", 1, 6)[0] == (4, 6)
    assert compiled._regexp.Match(re2._Anchor.UNANCHORED, b"xab", 0, 3)[0] == (-1, -1)


def test_a_hit_longer_than_the_reach_keeps_its_own_kind() -> None:
    """A heavily spaced identifier is longer than the 64 bytes looked at after a hit's start; its kind
    must still be the hit's, not that of a shorter trigger starting at the same letter."""
    honorific = Trigger("hon", r"\bM\.")
    spaced = Trigger("spaced", r"\bM(?:[ .]{0,8}[A-Z0-9]){11}\b")
    text = "NAM " + "M." + "      ".join("ERJ88090318") + " fin"
    found = hits(Scanner((spaced, honorific)), text)
    assert found == {"spaced": [text[4:-4]], "hon": ["M."]}


def test_a_joined_kind_gives_one_hit_per_run_however_long() -> None:
    """The digit-run trigger matches bounded pieces (a search from inside a long run stays short);
    the scan joins overlapping pieces back into the whole run."""
    from sentinelle.classifiers.recognizers._numeric import NUMBER_TRIGGER

    run = " ".join(["130 692 544"] * 40)  # 360 digits, one run
    text = f"Liste : {run}. Fin 046 454 286 2024"
    assert hits(Scanner((NUMBER_TRIGGER,)), text) == {"num": [run, "046 454 286 2024"]}


def test_every_number_of_a_long_list_is_found(classifier: Classifier) -> None:
    sins = ["130 692 544", "193 456 787", "046 454 286"] * 10  # the last is never issued (first digit 0)
    text = "NAS des employés :\n" + "\n".join(f"NAS : {sin}" if i % 7 == 0 else sin for i, sin in enumerate(sins))
    sins_found = [f for f in classifier.inspect_segments([Segment("body", text)]).findings if f.type == "ca_sin"]
    # Repeats of one value fold into one finding with its count (engine.condense).
    assert sum(f.count for f in sins_found) == 20
    assert {text[f.start : f.end] for f in sins_found} == {"130 692 544", "193 456 787"}
