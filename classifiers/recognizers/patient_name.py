"""Patient name recognizer: names after honorifics, role words and labelled fields.

Names are only looked for next to cheap triggers:

- honorifics (case-sensitive): M., Mme, Mlle, Monsieur, Madame, Mademoiselle, Mr, Mrs, Ms;
- role words: patient(e), usager/usagère, bénéficiaire, client(e), résident(e);
  a following ``:`` makes it a labelled field ("Patient: TREMBLAY, Jean"), as do
  "Nom:", "Name:", "Nom du patient:".

A capitalised name right after the trigger is a candidate (honorific 0.7,
role word 0.65, labelled field 0.75). spaCy NER, when allowed, runs on a
short window around each trigger the pattern could not resolve (30 characters
before it, 80 after, widened to whole words): a ``PER`` entity starting at most
40 characters after the trigger is a candidate (0.6: lower-case names, word
orders the pattern does not know), and pattern candidates inside such a window
that overlap a ``PER`` are confirmed (+0.15).

Staff are not patients, and are excluded: names after "Dr"/"Dre"/"Docteur(e)"
(a name introduced as a physician is the care team, not the patient), the
sender and recipients (``StaffNames``: display names and address local parts),
and names in the signature block (the 300 characters after "-- ",
"Cordialement", "Regards"...).
"""

from __future__ import annotations

import email.utils
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from email.header import decode_header, make_header
from typing import TYPE_CHECKING, Any

from classifiers.mask import mask_name
from classifiers.recognizers._base import BaseRecognizer, Scan, Scanner, Trigger, bounded, cap, fold
from classifiers.types import PATIENT_NAME, Finding, Segment

if TYPE_CHECKING:
    from spacy.language import Language

HONORIFIC = Trigger(
    "name_hon",
    r"\b(?:M\.|Mme\b\.?|Mlle\b\.?|Monsieur\b|Madame\b|Mademoiselle\b|MONSIEUR\b|MADAME\b|Mr\b\.?|Mrs\b\.?|Ms\b\.?)",
)
ROLE = Trigger(
    "name_role",
    r"(?i:\b(?:nom\s+du\s+patient|nom\s+de\s+la\s+patiente|patient\s+name|nom\s+de\s+l'usager|nom|name"
    r"|patiente?|usager|usag[eè]re|b[eé]n[eé]ficiaire|cliente?|r[eé]sidente?)\b)",
)
DOCTOR = Trigger("name_dr", r"\b(?:Dre?\b\.?|Docteure?\b|DRE?\b\.?|Pre?\b\.?)")

_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_WORD = (
    rf"(?:(?:[{_UP}]['’])?[{_UP}][{_LOW}]+(?:[-'’][{_UP}]?[{_LOW}]+)*|[{_UP}]{{2,}}(?:[-'’][{_UP}]{{2,}})*|[{_UP}]\.)"
)
_NAME = re.compile(rf"[ \t]*(?P<label>:)?[ \t]*(?P<name>{_WORD}(?:(?:[ \t]+|,[ \t]*){_WORD}){{0,3}})")
# Capitalised words that follow triggers but are not names.
_STOP_WORDS = (
    "le la les l de du des un une et ou au aux en par pour sur avec sans dans ce cette ces son sa ses leur",
    "the a an of and or to for with in on at by from his her their this that is was",
    "madame monsieur mademoiselle mme mlle mr mrs ms dr dre docteur docteure patient patiente",
    "dossier rendez-vous suivi admis admise hospitalise hospitalisee ne nee age agee ans",
    "lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet",
    "aout septembre octobre novembre decembre monday tuesday wednesday thursday friday saturday sunday",
    "hopital clinique centre service departement equipe direction cisss ciusss chum chu",
    "re tr fw objet subject merci bonjour",
)
_STOP = frozenset(" ".join(_STOP_WORDS).split())
# Signature openers on a line of their own; part of the combined scan (no extra pass).
SIGNATURE = Trigger(
    "signature",
    r"(?im:^(?:--[ \t]?$|(?:cordialement|salutations|bien [àa] vous|regards|best regards|kind regards|best|"
    r"sincerely|thanks|thank you|merci(?: beaucoup)?|bonne journ[ée]e|au plaisir)[ \t]*[,.!]?[ \t]*$))",
)
_SIGNATURE_SPAN = 300
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


@dataclass(frozen=True, slots=True)
class StaffNames:
    """Folded name tokens of the sender and recipients; such names are never patients."""

    tokens: frozenset[str] = frozenset()

    @classmethod
    def from_addresses(cls, values: Iterable[str]) -> StaffNames:
        """Tokens from address header values ("Jean Tremblay <jean.tremblay@x.ca>", ...)."""
        tokens: set[str] = set()
        for display, address in _address_pairs([v for v in values if v]):
            local = address.split("@", 1)[0]
            for part in re.split(r"[\s.,_\-+'\"]+", f"{display} {local}"):
                part = fold(part.strip("0123456789"))
                if len(part) >= 2 and part.isalpha():
                    tokens.add(part)
        return cls(frozenset(tokens))

    @classmethod
    def from_message(cls, message: Any) -> StaffNames:
        """Tokens from From/Sender/Reply-To/To/Cc of an ``email.message.Message`` (RFC 2047 decoded)."""
        values: list[str] = []
        for header in ("From", "Sender", "Reply-To", "To", "Cc"):
            for raw in message.get_all(header, []) or []:
                if "=?" not in str(raw):  # no encoded word: decoding would return it unchanged
                    values.append(str(raw))
                    continue
                try:
                    values.append(str(make_header(decode_header(str(raw)))))
                except Exception:  # malformed encoded-words: keep the raw text
                    values.append(str(raw))
        return cls.from_addresses(values)

    def covers(self, name: str) -> bool:
        words = [fold(w) for w in re.split(r"[\s,.'’\-]+", name) if len(w) >= 2]
        return bool(words) and all(w in self.tokens for w in words)


EMPTY_STAFF = StaffNames()

# One address without quotes, comments, groups or routes: "Display Name <local@domain>" or
# "local@domain". Anything else goes through the email package's full parser.
_SIMPLE_ADDRESS = re.compile(
    r"[ \t\r\n]*(?:([^\"<>,;:()\\@\[\]]*?)[ \t\r\n]*<([^\s\"<>,;:()\\\[\]]+@[^\s\"<>,;:()\\\[\]]+)>"
    r"|([^\s\"<>,;:()\\\[\]]+@[^\s\"<>,;:()\\\[\]]+))[ \t\r\n]*"
)


def _address_pairs(values: list[str]) -> list[tuple[str, str]]:
    """(display name, address) pairs of address header values, as ``email.utils.getaddresses``
    gives them; a fast path (~20x) for lists of simple addresses, the common case."""
    pairs: list[tuple[str, str]] = []
    for value in values:
        for part in value.split(","):
            match = _SIMPLE_ADDRESS.fullmatch(part)
            if match is None:
                return email.utils.getaddresses(values)
            display, address, bare = match.groups()
            pairs.append((" ".join(display.split()), address) if address else ("", bare))
    return pairs


def _clean_name(raw: str) -> str:
    """Drop stop words at both ends ("Tremblay Le" -> "Tremblay"); '' if nothing is left."""
    words = [w for w in re.split(r"[\s,]+", raw) if w]
    while words and fold(words[0]) in _STOP:
        words.pop(0)
    while words and (fold(words[-1]) in _STOP or (len(words[-1]) == 2 and words[-1].endswith("."))):
        words.pop()
    return " ".join(words)


_SNAP = 20  # at most this many characters are added to complete a word cut by a window edge


def _word_start(text: str, position: int) -> int:
    """``position`` moved left to the start of the word it falls in (bounded by ``_SNAP``)."""
    if position <= 0:
        return 0
    limit = max(0, position - _SNAP)
    while position > limit and not text[position - 1].isspace():
        position -= 1
    return position


def _word_end(text: str, position: int) -> int:
    """``position`` moved right to the end of the word it falls in (bounded by ``_SNAP``)."""
    limit = min(len(text), position + _SNAP)
    position = min(position, len(text))
    while position < limit and not text[position].isspace():
        position += 1
    return position


def _reach_of(window: tuple[int, int], candidates: list[tuple[int, int, str, float, str]]) -> tuple[int, int]:
    """The span a window's results can occupy: the window, widened by the candidates it may confirm."""
    lo, hi = window
    for start, end, *_ in candidates:
        if start < window[1] and window[0] < end:
            lo, hi = min(lo, start), max(hi, end)
    return lo, hi


def _within(span: tuple[int, int], others: Sequence[tuple[int, int]], reach: int) -> bool:
    """True when ``span`` is at most ``reach`` characters away from one of ``others``."""
    lo, hi = span
    return any(start - hi <= reach and lo - end <= reach for start, end in others)


class NerNeeded(Exception):
    """``from_scan(ner_probe=True)``: NER would run on windows of ``chars`` characters in all."""

    def __init__(self, chars: int) -> None:
        super().__init__(chars)
        self.chars = chars


class PatientNameRecognizer(BaseRecognizer):
    name = "patient_name"
    triggers = (ROLE, HONORIFIC, DOCTOR, SIGNATURE)

    def __init__(self, nlp: Language | None = None) -> None:
        self._nlp = nlp

    def recognize(self, segment: Segment, staff: StaffNames = EMPTY_STAFF, use_ner: bool = True) -> list[Finding]:
        """Scan ``segment`` with this recognizer's own triggers (tests); the engine calls ``from_scan``."""
        if self._own_scanner is None:
            self._own_scanner = Scanner(self.triggers)
        return self.from_scan(segment, self._own_scanner.scan(segment.text), staff=staff, use_ner=use_ner)

    def from_scan(
        self,
        segment: Segment,
        scan: Scan,
        staff: StaffNames = EMPTY_STAFF,
        use_ner: bool = True,
        *,
        ner_near: Sequence[tuple[int, int]] | None = None,
        ner_reach: int = 0,
        ner_probe: bool = False,
    ) -> list[Finding]:
        """Pattern names after the triggers of ``scan``; with ``use_ner``, NER on trigger windows.

        ``ner_probe``: raise ``NerNeeded`` instead of running NER on a window; when there is no
        window to run it on, the result is exactly the one NER would give.

        ``ner_near`` (the engine's verdict gate): when given, NER only runs on windows within
        ``ner_reach`` characters of one of these spans (clinical information, birth dates).
        Anything NER finds or confirms lies inside its window, so a window farther than that
        from every such span cannot change a proximity verdict and is skipped.
        """
        text = segment.text
        role_hits, hon_hits, dr_hits = scan.get(ROLE.kind), scan.get(HONORIFIC.kind), scan.get(DOCTOR.kind)
        if not role_hits and not hon_hits:
            return []
        doctors: set[str] = set()
        for _start, end in dr_hits:
            match = _NAME.match(text, end)
            if match and not match.group("label"):
                doctors.update(fold(w) for w in re.split(r"[\s,]+", match.group("name")) if len(w) >= 2)
        signatures = [(s, e + _SIGNATURE_SPAN) for s, e in scan.get(SIGNATURE.kind)]

        def excluded(name: str, start: int) -> bool:
            if any(s <= start < e for s, e in signatures):
                return True
            if staff.covers(name):
                return True
            words = [fold(w) for w in re.split(r"[\s,.'’\-]+", name) if len(w) >= 2]
            return bool(words) and all(w in doctors for w in words)

        candidates: list[tuple[int, int, str, float, str]] = []  # start, end, name, confidence, how
        unmatched: list[tuple[int, int, str]] = []  # trigger spans without a pattern name
        triggers = [(s, e, "role") for s, e in role_hits] + [(s, e, "honorific") for s, e in hon_hits]
        for t_start, t_end, kind in sorted(triggers):
            if not bounded(text, t_start, t_end) and text[t_end - 1 : t_end] != ".":
                continue
            match = _NAME.match(text, t_end)
            name = _clean_name(match.group("name")) if match else ""
            if kind == "role" and match and not match.group("label"):
                # Role word without a colon: the name must follow directly ("la patiente Julie Roy").
                word = fold(text[t_start:t_end])
                if word in ("nom", "name"):
                    name = ""
            if not name or match is None:
                unmatched.append((t_start, t_end, kind))
                continue
            words = name.split()
            start = text.find(words[0], match.start("name"))
            end = text.rfind(words[-1], start, match.end("name")) + len(words[-1])
            if excluded(name, start):
                continue
            confidence = 0.75 if match.group("label") else (0.7 if kind == "honorific" else 0.65)
            how = "labelled field" if match.group("label") else kind
            candidates.append((start, end, name, confidence, f"pattern name after {how} ({fold(text[t_start:t_end])})"))

        if use_ner and self._nlp is not None:
            candidates = self._with_ner(text, candidates, unmatched, excluded, ner_near, ner_reach, ner_probe)

        return [
            Finding(
                PATIENT_NAME,
                segment.location,
                cap(confidence),
                mask_name(name),
                how,
                start,
                end,
            )
            for start, end, name, confidence, how in candidates
        ]

    def _with_ner(
        self,
        text: str,
        candidates: list[tuple[int, int, str, float, str]],
        unmatched: list[tuple[int, int, str]],
        excluded: Any,
        near: Sequence[tuple[int, int]] | None = None,
        reach: int = 0,
        probe: bool = False,
    ) -> list[tuple[int, int, str, float, str]]:
        """Confirm candidates / find names the pattern missed, running NER on trigger windows only."""
        assert self._nlp is not None
        # Windows only around triggers the patterns could not resolve; candidates inside them
        # get confirmed for free.
        anchors = [(s, e) for s, e, _ in unmatched]
        windows: list[tuple[int, int]] = []
        for s, e in sorted(anchors):
            lo, hi = _word_start(text, s - _NER_BEFORE), _word_end(text, e + _NER_AFTER)
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
            else:
                windows.append((lo, hi))
        if near is not None:
            windows = [w for w in windows if _within(_reach_of(w, candidates), near, reach)]
        if probe and windows:
            raise NerNeeded(sum(hi - lo for lo, hi in windows))
        persons: list[tuple[int, int, str]] = []
        # One batched call for all windows: the model's per-call overhead (~2 ms of Python layer
        # dispatch) is paid once, and the windows share matrix multiplications.
        for (lo, _hi), doc in zip(windows, self._nlp.pipe(text[lo:hi] for lo, hi in windows), strict=True):
            persons.extend(
                (lo + ent.start_char, lo + ent.end_char, ent.text) for ent in doc.ents if ent.label_ == "PER"
            )
        result: list[tuple[int, int, str, float, str]] = []
        for start, end, name, confidence, how in candidates:
            if any(ps < end and start < pe for ps, pe, _ in persons):
                result.append((start, end, name, confidence + 0.15, how + "; ner PER"))
            else:
                result.append((start, end, name, confidence, how))
        for t_start, t_end, kind in unmatched:
            for ps, _pe, ptext in persons:
                name = _clean_name(ptext)
                if t_end <= ps <= t_end + _NER_MAX_DISTANCE and name and not excluded(name, ps):
                    result.append(
                        (ps, ps + len(ptext), name, 0.6, f"ner PER after {kind} ({fold(text[t_start:t_end])})")
                    )
                    break
        return result
