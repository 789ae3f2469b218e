"""NER on windows around the triggers the patterns could not resolve (``ner_names``), and the windows around
evidence that the lower-case and NER passes read (``_windows_near``). The model runs only there: a whole message's
NER costs some 35 ms per 5 KB (``bench/``), its windows a few."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sentinelle.classifiers.recognizers._base import fold
from sentinelle.classifiers.recognizers.patient_name._shapes import (
    _MONTHS,
    _ORG_WORDS,
    _clean_name,
    _is_given,
    _known_surname,
)
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


# Determiners and quantifiers that open no name: "patient check before every exam" is no person; nor do
# prepositions ("patient handout. Comments by Friday please, before printing").
_DETERMINERS = frozenset({
    "every", "each", "all", "any", "no", "some", "the", "this", "that", "these", "those", "our", "your", "their",
    "his", "its", "my", "chaque", "tous", "toutes", "aucun", "aucune",
})  # fmt: skip
_PREPOSITIONS = frozenset({
    "before", "after", "during", "without", "with", "from", "until", "upon", "avant", "apres", "pendant", "avec",
    "sans", "depuis", "durant",
})  # fmt: skip
# The words of a form's blank fields ("Identification: name, sex, date of birth, health number, address"): a list of
# labels, which the model may take for a person typed in lower case.
_FIELD_WORDS = frozenset({
    "name", "nom", "prenom", "sex", "sexe", "date", "birth", "naissance", "number", "numero", "health", "sante",
    "address", "adresse", "phone", "telephone", "signature", "licence", "license",
})  # fmt: skip


# A person NER finds with a physician's or a professor's title is staff, whatever trigger stood before it.
_TITLED = re.compile(r"(?:Dre?|DRE?|Pre?|Docteure?|Professeure?|Prof)\b\.?\s")


def _determined(name: str) -> bool:
    """A lower-case "person" of NER holding a determiner ("every exam") or a form field's word ("health number"),
    opening with a preposition ("before printing"), or of three words or more none of which a list knows as a
    name ("Patient mix vials are not included"): ordinary words the model took for a name. A lower-case name of
    two words people bear may hold words no list knows."""
    words = name.split()
    return name == name.lower() and (any(w in _DETERMINERS or fold(w) in _FIELD_WORDS for w in words)
                                     or fold(words[0]) in _PREPOSITIONS
                                     or (len(words) >= 3 and not any(_is_given(w.capitalize()) or _known_surname(
                                         w.capitalize()) for w in words)))


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
                    # (in lower case, a listed name among its words: "julie mamani", not "if needed")
                    and any(word[:1].isupper() or _is_given(word.capitalize()) or _known_surname(word.capitalize())
                            for word in name.split())
                    and not _determined(name)
                    and not all(fold(w) in _MONTHS for w in name.split())  # "| July | August | September |"
                    and not excluded(name, ps, ps + len(ptext))):
                result.append(
                    (ps, ps + len(ptext), name, 0.6, f"ner PER after {kind} ({fold(text[t_start:t_end])})")
                )
                break
    return result


# A preposition that says whom the evidence after it is about, then a capital ("Pour Niloufar Mohammadi : Trouble
# de stress post-traumatique", "called about Tetiana Melnyk - ... HbA1c 8.9%", "Résultat reçu pour Josée Bélanger :
# plaq. 297"): NER reads the name that follows when no pattern knows it and evidence follows it closely.
_ABOUT_A_CAPITAL = re.compile(
    r"(?i:\b(?:pour|for|about|concernant|regarding|au\s+sujet\s+de|[àa]\s+propos\s+de))[ \t\u00a0]+(?=[A-ZÀ-ÖØ-Þ])"
)
_EVIDENCE_AFTER_NAME = 160
# The words of a person's name as NER's span opens with them: capitalised or in capitals, hyphens and apostrophes
# inside ("Tetiana Melnyk - Тетяна Мельник on the", "Abrehet Berhane and her 3 children" keep their first words).
_NAME_WORD = re.compile(
    r"(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+|[A-ZÀ-ÖØ-Þ]{2,})(?:['’-](?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+|[A-ZÀ-ÖØ-Þ]{2,}))*"
)

_INITIAL = re.compile(r"[A-ZÀ-ÖØ-Þ]\.")  # a given name's initial opens a name ("J. Rodríguez Pérez")


def _leading_name(person: str) -> str:
    """The name words NER's person opens with (an initial first too), up to the first that is none ('' when fewer
    than two)."""
    words: list[str] = []
    for word in person.split():
        if not (_NAME_WORD.fullmatch(word) or (not words and _INITIAL.fullmatch(word))):
            break
        words.append(word)
    return " ".join(words) if len(words) >= 2 else ""


def said_about(text: str, evidence: Sequence[tuple[int, int]]) -> list[int]:
    """Where a capitalised word follows "pour", "for", "about"... with ``evidence`` soon after (cheap: no NER)."""
    if not evidence:
        return []
    return [m.end() for m in _ABOUT_A_CAPITAL.finditer(text)
            if any(m.end() < s <= m.end() + _EVIDENCE_AFTER_NAME for s, _ in evidence)]


def ner_names_said_about(
    nlp: Language,
    text: str,
    positions: Sequence[int],
    evidence: Sequence[tuple[int, int]],
    candidates: list[tuple[int, int, str, float, str]],
    excluded: Any,
    probe: bool = False,
) -> list[tuple[int, int, str, float, str]]:
    """Persons NER finds starting at ``positions`` (``said_about``) when ``evidence`` (clinical information said
    of someone, a birth date) follows them closely and no pattern found them: two name words or more, not on the
    evidence, not an organisation, not staff (``excluded``)."""
    after_words = [p for p in positions if not any(c[0] <= p < c[1] for c in candidates)]
    windows = _merged_windows(text, [(p, p) for p in after_words], _NER_BEFORE, _NER_AFTER)
    if probe and windows:
        raise NerNeeded(sum(hi - lo for lo, hi in windows))
    found: list[tuple[int, int, str, float, str]] = []
    for (lo, _hi), doc in zip(windows, nlp.pipe(text[lo:hi] for lo, hi in windows), strict=True):
        for ent in doc.ents:
            start = lo + ent.start_char
            if ent.label_ != "PER" or start not in after_words:
                continue
            name = _leading_name(ent.text.split("\t", 1)[0].split("\n", 1)[0])
            end = start + len(name)
            if (not name or _organisation(name)
                    or not any(end <= s <= end + _EVIDENCE_AFTER_NAME for s, _ in evidence)
                    or any(s < end and start < e for s, e in evidence)
                    or any(c[0] < end and start < c[1] for c in candidates)
                    or excluded(name, start, end)):
                continue
            found.append((start, end, name, 0.6, f"ner PER after {fold(text[max(0, start - 16) : start]).split()[-1]}"
                          " with clinical information after it"))
    return found
