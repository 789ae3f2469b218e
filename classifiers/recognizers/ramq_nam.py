"""Quebec RAMQ health insurance number (NAM) recognizer.

Confidence (documented choice):

- shape + real birth date + INSPQ check digit: 0.9; 0.99 with a context word.
- shape + real birth date, check digit wrong: 0.4 alone, 0.5 with a context
  word: reported, never decisive (below the default ``min_confidence`` 0.6).
  The check digit is what makes a NAM precise: one random "ABCD 1234 5678"
  code in ten passes it, and test or fictitious NAMs ("le NAM fictif ... est
  refusé, clé invalide") are written next to the word NAM.
- impossible date: no finding.
- any spelling (separators between any characters, full-width characters);
  a disguised NAM (separators between every character, or an unusual spelling
  near "so the filter doesn't block it") counts as having a context word.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata

from stdnum.exceptions import InvalidChecksum, ValidationError

from sentinelle.classifiers.identifiers import ramq_nam
from sentinelle.classifiers.recognizers._base import BaseRecognizer, Scan, Trigger, bounded, find_context, fold
from sentinelle.classifiers.recognizers._numeric import (
    DIGIT,
    DIGIT_LAST,
    LETTER,
    LETTER_FIRST,
    SEP,
    ascii_compact,
    disguise,
    identifier_finding,
    trimmed,
)
from sentinelle.classifiers.types import RAMQ_NAM, Finding, Segment

CONTEXT: tuple[str, ...] = (
    "ramq",
    "nam",
    "assurance maladie",
    "assurance-maladie",
    "carte soleil",
    "carte-soleil",
    "health insurance number",
    "health insurance card",
    "medicare",
    "carte d'assurance",
    "no d'assurance",
    "n° d'assurance",
    "numero d'assurance",
)

# Four letters, then YYMM DD, the administrative character and the check digit: any separators
# between any characters ("M.E.R.J.8.8.0.9.0.3.1.8", "JEAR/8210/1814", doubled or invisible spaces,
# line breaks), full-width letters and digits included.
TRIGGER = Trigger(
    "nam",
    rf"{LETTER_FIRST}(?:{SEP}{LETTER}){{3}}(?:{SEP}{DIGIT}){{6}}{SEP}(?:{DIGIT}|{LETTER}){SEP}{DIGIT_LAST}",
)
# A NAM given in pieces with words between them, so that no pattern sees it whole ("je t'écris le NAM en
# morceaux : OUES (lettres) puis 6752 et 0217"): four capitals, then two groups of four digits, with short
# runs of words between, read in the few lines after a NAM's name ("assurance maladie", "NAM", "RAMQ", words
# ordinary mail seldom holds: the trigger is the name, not the pieces) and counted only with a right check digit.
NAM_NAME = Trigger("nam_name", r"(?i:\bassurance[ -]maladie\b|\bnam\b|\bramq\b|\bcarte[ -]soleil\b)")
_PIECES = re.compile(
    r"\b(?P<letters>[A-Z]{4})\b[^0-9\n]{1,30}?\b(?P<first>[0-9]{4})\b[^0-9\n]{1,15}?\b(?P<second>[0-9]{4})\b"
)
_PIECES_REACH = 160
# A NAM whose digits are partly letters that look like them ("GAUJ98O41697": O for 0, l or I for 1), after a NAM's
# name: counted only when the digits it stands for give a real date and the right check digit.
_LOOKALIKE = re.compile(r"\b(?P<letters>[A-Za-z]{4})[ .-]?(?P<digits>[0-9OoIl]{4}[ .-]?[0-9OoIl]{4})\b")
_AS_DIGITS = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", " ": None, ".": None, "-": None})

# The letters are one word ("GAGL") or one letter at a time ("G.A.G.L"), or surname part and initial
# ("GAG L"), or in pairs as a NAM is disguised two characters at a time ("CL.OM.15.07.28.81"): "de la 8512..."
# is two words, not a NAM.
_LETTER_GROUPS = ((4,), (1, 1, 1, 1), (3, 1), (2, 2))


class RamqNamRecognizer(BaseRecognizer):
    name = "ramq_nam"
    triggers = (TRIGGER, NAM_NAME)

    def from_scan(self, segment: Segment, scan: Scan) -> list[Finding]:
        text = segment.text
        findings: list[Finding] = self._pieces(segment, scan.get(NAM_NAME.kind))
        plain: list[Finding] = []  # valid, spelled plainly, no context word: decided by the checksum alone
        look_alikes = 0  # codes of the same shape whose date is impossible
        for hit in scan.get(TRIGGER.kind):
            start, end = trimmed(text, *hit)
            if not bounded(text, start, end):
                continue
            candidate = ascii_compact(text[start:end])
            if _letter_groups(text[start:end]) not in _LETTER_GROUPS or _date_after_word(text[start:end]):
                continue
            if _counts_in_cells(text[start:end]):
                continue  # "Iran<TAB>59<TAB>12<TAB>0<TAB>5<TAB>75": a table row's cells, a word and its counts
            try:
                ramq_nam.validate(candidate)
                checked = True
            except InvalidChecksum:
                checked = False
            except ValidationError:
                look_alikes += 1
                continue  # impossible date or bad shape
            context = find_context(text, start, end, CONTEXT)
            disguised = None if context else disguise(text, start, end, whole_run=True)
            if checked:
                confidence = 0.99 if context or disguised else 0.9
                validator = "INSPQ check digit ok"
            else:
                confidence = 0.5 if context or disguised else 0.4
                validator = "birth date ok, check digit wrong"
            finding = identifier_finding(
                segment,
                start,
                end,
                finding_type=RAMQ_NAM,
                pattern="nam",
                validator=validator,
                context=context,
                confidence=confidence,
                keep_prefix=4,
                disguised=disguised,
            )
            if checked and not (context or disguised):
                plain.append(finding)
            else:
                findings.append(finding)
        return findings + _among_look_alikes(plain, look_alikes)

    @staticmethod
    def _pieces(segment: Segment, names: list[tuple[int, int]]) -> list[Finding]:
        """NAMs given in pieces, or with letters for digits, after a NAM's name: only with a right check digit."""
        text = segment.text
        found: list[tuple[int, int, str]] = []  # (start, end, how the NAM was given)
        searched_until = 0
        for name_start, name_end in names:
            after = f"after {fold(text[name_start:name_end])!r}"
            position = max(name_end, searched_until)
            searched_until = name_end + _PIECES_REACH
            while (pieces := _PIECES.search(text, position, searched_until)) is not None:
                position = pieces.end()
                try:
                    ramq_nam.validate(pieces["letters"] + pieces["first"] + pieces["second"])
                except ValidationError:  # a wrong check digit too: pieces alone must be exact
                    continue
                found.append((pieces.start(), pieces.end(), f"given in pieces {after}"))
            for lookalike in _LOOKALIKE.finditer(text, name_end, name_end + _PIECES_REACH):
                digits = lookalike["digits"].translate(_AS_DIGITS)
                if not digits.isdigit() or not any(c in "OoIl" for c in lookalike["digits"]):
                    continue  # plain digits are TRIGGER's
                try:
                    ramq_nam.validate(lookalike["letters"].upper() + digits)
                except ValidationError:
                    continue
                found.append((lookalike.start(), lookalike.end(), f"letters for digits {after}"))
        return [
            identifier_finding(segment, start, end, finding_type=RAMQ_NAM, pattern="nam",
                               validator="INSPQ check digit ok", context=None, confidence=0.99, keep_prefix=4,
                               disguised=how)
            for start, end, how in found
        ]


# A calendar date written day/month/year or year-month-day with a four-digit year of this era.
_WRITTEN_DATE = re.compile(
    r"(?:[0-3]?[0-9](?P<s1>[/.-])[01]?[0-9](?P=s1)(?:19|20)[0-9]{2}|(?:19|20)[0-9]{2}(?P<s2>[/.-])[01]?[0-9](?P=s2)[0-3]?[0-9])$"
)


def _date_after_word(written: str) -> bool:
    """A word and a date ("Nord|22/11/2026": a table's unit column, then its date column), not a NAM: a
    NAM's digits are never grouped as a day, a month and a four-digit year, however it is disguised."""
    written = unicodedata.normalize("NFKC", written)
    first_digit = next((i for i, c in enumerate(written) if c.isdigit()), len(written))
    return _WRITTEN_DATE.match(written[first_digit:].strip()) is not None


def _counts_in_cells(written: str) -> bool:
    """A word and its counts in a table row's cells ("Iran<TAB>59<TAB>12<TAB>0<TAB>5<TAB>75"), not a NAM split
    into cells ("SIME<TAB>5809<TAB>2343", its letters in capitals and its digits in groups of two or more)."""
    cells = written.split("\t")
    if len(cells) < 3:
        return False
    letters = "".join(c for c in cells[0] if c.isalpha())
    return not letters.isupper() or any(len(c.strip()) < 2 for c in cells[1:])


def _letter_groups(value: str) -> tuple[int, ...]:
    """Sizes of the letter groups among the first four letters: "G.A.G.L 85..." -> (1, 1, 1, 1)."""
    sizes: list[int] = []
    count = 0
    previous_was_letter = False
    for char in value:
        if count == 4:
            break
        if char.isalpha():
            if previous_was_letter:
                sizes[-1] += 1
            else:
                sizes.append(1)
            count += 1
            previous_was_letter = True
        elif char.isalnum():
            break
        elif unicodedata.category(char) == "Cf":
            continue  # invisible (zero-width space, soft hyphen): does not part letters
        else:
            previous_was_letter = False
    return tuple(sizes)


# A list of codes of the NAM's shape where most carry an impossible birth date is a list of asset tags, lot or
# part numbers ("FAUT19082190  fauteuil de traitement" among "POMP13063194", "MONI20098590"): the one that
# passes both tests by chance (about one code in forty) is reported, never decisive.
_LOOK_ALIKE_SHARE = 2
_LOOK_ALIKE_CONFIDENCE = 0.5


def _among_look_alikes(plain: list[Finding], look_alikes: int) -> list[Finding]:
    if look_alikes < 2 or look_alikes < _LOOK_ALIKE_SHARE * len(plain):
        return plain
    reason = f"among {look_alikes} look-alike codes with impossible dates"
    return [dataclasses.replace(f, confidence=_LOOK_ALIKE_CONFIDENCE, explanation=f"{f.explanation}; {reason}")
            for f in plain]
