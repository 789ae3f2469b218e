"""NER on windows around the triggers the patterns could not resolve (``ner_names``), and the windows around
evidence that the lower-case and NER passes read (``_windows_near``). The model runs only there: a whole message's
NER costs some 35 ms per 5 KB (``bench/``), its windows a few."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sentinelle.classifiers.recognizers._base import fold
from sentinelle.classifiers.recognizers.patient_name._shapes import _ORG_WORDS, _clean_name, _is_given, _known_surname
from sentinelle.classifiers.recognizers.patient_name._spans import _Reach, _reach_of, _word_end, _word_start

if TYPE_CHECKING:
    from spacy.language import Language

_NER_MAX_DISTANCE = 40  # an NER-only PER must start this close after the trigger
# NER window around an unresolved trigger: context before it, and after it room for the name
# (which must start within _NER_MAX_DISTANCE) plus context. The model's features reach a few
# tokens either side (tok2vec: 4 layers of window 1), so a short window loses nothing measurable:
# on 1,500 synthetic texts (30 trigger + name templates, names in lower, title and upper case,
# inside quoted admin mail), windows of 60/100, 40/90, 30/80 and 20/70 characters all kept the
# 449 NER-only names that ±200-character windows found, and added none. 30/80 keeps a margin.
# (Fewer pattern names get confirmed in a shorter window: confirmation only raises a confidence.)
_NER_BEFORE = 30
_NER_AFTER = 80


def _windows_near(
    text: str, evidence: Sequence[tuple[int, int]] | None, everywhere: bool, reach: int
) -> list[tuple[int, int]]:
    """The parts of ``text`` within ``reach`` characters of ``evidence`` (whole words), merged; all of it when
    there is no evidence to go by (None) or the evidence elsewhere reaches everywhere."""
    if evidence is None or everywhere:
        return [(0, len(text))] if text else []
    return _merged_windows(text, evidence, reach, reach)


def _merged_windows(text: str, spans: Sequence[tuple[int, int]], before: int, after: int) -> list[tuple[int, int]]:
    """Whole-word windows from ``before`` characters ahead of each span to ``after`` past it, overlaps merged."""
    windows: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        lo, hi = _word_start(text, start - before), _word_end(text, end + after)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
        else:
            windows.append((lo, hi))
    return windows


class NerNeeded(Exception):
    """``from_scan(ner_probe=True)``: NER would run on windows of ``chars`` characters in all."""

    def __init__(self, chars: int) -> None:
        super().__init__(chars)
        self.chars = chars


def _organisation(words: str) -> bool:
    """A company's or an institution's name ("Grossiste Pharma-Dis", "Vitalis Imaging Canada")."""
    return any(fold(w) in _ORG_WORDS for w in re.split(r"[\s'’-]+", words) if w)


# Determiners and quantifiers that open no name: "patient check before every exam" is no person.
_DETERMINERS = frozenset({
    "every", "each", "all", "any", "no", "some", "the", "this", "that", "these", "those", "our", "your", "their",
    "his", "its", "my", "chaque", "tous", "toutes", "aucun", "aucune",
})  # fmt: skip


# A person NER finds with a physician's or a professor's title is staff, whatever trigger stood before it.
_TITLED = re.compile(r"(?:Dre?|DRE?|Pre?|Docteure?|Professeure?|Prof)\b\.?\s")


def _determined(name: str) -> bool:
    """A lower-case "person" of NER holding a determiner ("every exam"): ordinary words the model took for a
    name. Only determiners: a lower-case name people bear may hold words no list knows."""
    return name == name.lower() and any(w in _DETERMINERS for w in name.split())


def ner_names(
    nlp: Language,
    text: str,
    candidates: list[tuple[int, int, str, float, str]],
    unmatched: list[tuple[int, int, str]],
    excluded: Any,
    near: Sequence[tuple[int, int]] | None = None,
    reach: int = 0,
    probe: bool = False,
    clinical: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int, str, float, str]]:
    """Confirm candidates / find names the pattern missed, running NER on trigger windows only. A person NER
    finds on clinical evidence (``clinical``: "Urine drug screen positive") is no person."""
    # Windows only around triggers the patterns could not resolve; candidates inside them
    # get confirmed for free.
    windows = _merged_windows(text, [(s, e) for s, e, _ in unmatched], _NER_BEFORE, _NER_AFTER)
    if near is not None:
        near_enough = _Reach(near, reach)
        windows = [w for w in windows if near_enough(_reach_of(w, candidates))]
    if probe and windows:
        raise NerNeeded(sum(hi - lo for lo, hi in windows))
    persons: list[tuple[int, int, str]] = []
    # One batched call for all windows: the model's per-call overhead (~2 ms of Python layer
    # dispatch) is paid once, and the windows share matrix multiplications.
    for (lo, _hi), doc in zip(windows, nlp.pipe(text[lo:hi] for lo, hi in windows), strict=True):
        for ent in doc.ents:
            if ent.label_ == "PER":  # a person never spans table cells or lines: cut at a tab or a line end
                person = ent.text.split("\t", 1)[0].split("\n", 1)[0].rstrip()
                persons.append((lo + ent.start_char, lo + ent.start_char + len(person), person))
    result: list[tuple[int, int, str, float, str]] = []
    for start, end, name, confidence, how in candidates:
        if any(ps < end and start < pe for ps, pe, _ in persons):
            result.append((start, end, name, confidence + 0.15, how + "; ner PER"))
        else:
            result.append((start, end, name, confidence, how))
    for t_start, t_end, kind in unmatched:
        for ps, _pe, ptext in persons:
            name = _clean_name(ptext)
            if (t_end <= ps <= t_end + _NER_MAX_DISTANCE and name and not _organisation(ptext)
                    and not _TITLED.match(ptext)  # "Dr. Sophie Sirois – Incidental": a physician, a speaker
                    and not any(s < ps + len(ptext) and ps < e for s, e in clinical)
                    and (" " in name or _known_surname(name) or _is_given(name))  # "the patient. Urine drug"
                    and not _determined(name)
                    and not excluded(name, ps, ps + len(ptext))):
                result.append(
                    (ps, ps + len(ptext), name, 0.6, f"ner PER after {kind} ({fold(text[t_start:t_end])})")
                )
                break
    return result
