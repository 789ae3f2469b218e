"""Shared shape of the identifier recognizers: the digit-run loop and the explained, masked Finding.

The numeric identifiers (SIN, NISS, Canadian health numbers) all walk the same
steps: digit runs of the shared trigger -> sub-spans of exactly N digits ->
word-bounded -> identifier check -> no "phone/invoice..." word just before ->
context word -> a Finding with a masked excerpt and an explanation. Each
recognizer module keeps only what differs: its length, check, context words,
finding type and confidences. The pattern-triggered identifiers (NIR, NAM) share
only ``identifier_finding``.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sentinelle.classifiers.mask import mask_identifier
from sentinelle.classifiers.recognizers._base import (
    Scan,
    Trigger,
    _fold_context,
    bounded,
    cap,
    digit_runs,
    find_context,
    heading_above,
)
from sentinelle.classifiers.recognizers._table_index import TableIndex
from sentinelle.classifiers.recognizers._tables import PRODUCT, column_role, header_context, label_context
from sentinelle.classifiers.types import IDENTIFIER_TYPES, Finding, Segment

# -- identifiers however they are spelled ---------------------------------------------------------
# Writers (and mail clients) put anything between the characters of an identifier: spaces of every
# Unicode kind (NBSP, narrow NBSP, thin, ideographic), tabs and line breaks (hard wraps, format=flowed
# soft breaks, a quoted-printable soft break left in, a quoted reply's "> " after a wrap), dots,
# slashes, hyphens and dashes, underscores, bullets, invisible characters (zero-width space/joiners,
# word joiner, BOM, soft hyphen, direction marks). Up to 8 of them in a row, anywhere. RE2 syntax
# (the engine's one combined pass); the recognizers then NFKC-normalise the candidate (full-width
# and mathematical digits/letters) and check it, so the checksum, not the spelling, keeps it precise.
SEPARATOR = (
    r"(?:[\s.\-/_|\\>·•\x{00A0}\x{00AD}\x{2000}-\x{2015}\x{2022}\x{2027}-\x{202F}\x{205F}-\x{2064}"
    r"\x{2212}\x{3000}\x{FEFF}\x{FF0D}\x{FF0E}\x{FF0F}\x{FF3F}]|=\r?\n)"
)
SEP = SEPARATOR + "{0,8}"
_WIDE_DIGIT = r"\x{FF10}-\x{FF19}\x{1D7CE}-\x{1D7FF}"
_WIDE_LETTER = r"\x{FF21}-\x{FF3A}\x{FF41}-\x{FF5A}"
DIGIT = rf"[0-9{_WIDE_DIGIT}]"
LETTER = rf"[A-Za-z{_WIDE_LETTER}]"
# RE2's \b is ASCII-only: a full-width character is never at a "word boundary", so the boundary is
# asked of ASCII characters only (``bounded`` re-checks every candidate with Unicode rules). RE2's
# \b also counts "_" as a word character, but file names glue identifiers with it
# ("scan_GAGL85123112.pdf"): an underscore may stand for the boundary, and ``trimmed`` drops it.
DIGIT_FIRST = rf"(?:\b[0-9]|_[0-9]|[{_WIDE_DIGIT}])"
DIGIT_LAST = rf"(?:[0-9]\b|[0-9]_|[{_WIDE_DIGIT}])"
LETTER_FIRST = rf"(?:\b[A-Za-z]|_[A-Za-z]|[{_WIDE_LETTER}])"

# Whole digit runs of 9 digits or more, any separators between the digits; shared by the numeric
# recognizers, which look inside a run for their own length (``digit_runs``). A piece holds at most
# 32 digits, so that a search from inside a long run (the scan resumes one character after each hit)
# stays short; the scan joins the overlapping pieces back into the whole run.
NUMBER_TRIGGER = Trigger("num", rf"{DIGIT_FIRST}(?:{SEP}{DIGIT}){{7,30}}{SEP}{DIGIT_LAST}", joined=True)

# Words that announce a disguise ("espacé pour que le filtre ne le bloque pas", "so the filter
# doesn't block it"): with an unusual spelling nearby, they say what the number is. A sentence about
# getting past the filter (``_SMUGGLING``) says so even of a plainly spelled number.
FILTER_WORDS: tuple[str, ...] = ("filtre", "filtres", "filter", "filters", "dlp", "antipourriel", "sentinelle")
BLOCKING_WORDS: tuple[str, ...] = (
    "bloque", "bloquer", "bloquera", "bloquent", "block", "blocks", "blocked", "blocking", "contourner",
    "bypass", "pas detecte", "not detected", "detecte pas", "catch", "flag", "flagged", "intercepte",
)  # fmt: skip
DISGUISE_WORDS: tuple[str, ...] = (*FILTER_WORDS, *BLOCKING_WORDS)
_SMUGGLING = re.compile(
    r"(?:pour (?:pas |ne pas )?(?:que|qu')|afin (?:que|qu')|so (?:that )?|in order)[^.\n]{0,40}"
    r"(?:filtre|filter|dlp)[^.\n]{0,40}"
    r"(?:bloqu|block|catch|flag|detect|intercept)"
    r"|(?:contourner|dejouer|passer|eviter|bypass|get past|get around|avoid|fool|trick|evade)\s+"
    r"(?:le |les |the |ce |this |our |votre |your )?(?:filtre|filter|dlp)"
)
_DISGUISE_REACH = 300
_PLAIN_SEPARATORS = frozenset(" -.")
_SEQUENCES = "0123456789012345678 9876543210987654321"


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` without the separators a trigger took at either end (an underscore boundary)."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end


def ascii_compact(text: str) -> str:
    """The letters and digits of ``text``, NFKC-normalised (full-width "１２" -> "12"), upper-cased.

    >>> ascii_compact("ＧＡＧＬ\u200b８５１２/3112")
    'GAGL85123112'
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return _NOT_ALNUM.sub("", text).upper()


def disguise(text: str, start: int, end: int, *, whole_run: bool) -> str | None:
    """Why ``text[start:end]`` looks deliberately disguised, or None when it is spelled plainly.

    A disguised identifier is at least as confidential as a plain one, so the reason stands in for a
    context word: separators between every character of a whole run ("1.3.0.6.9.2.5.4.4"), an
    unusual spelling (slashes, underscores, doubled or invisible separators, line breaks) with a
    disguise word nearby, or any spelling in a message that says it is getting past the filter
    ("...so the filter doesn't block it", "pour contourner le filtre").
    """
    value = text[start:end]
    if sum("\uff10" <= c <= "\uff19" for c in value) >= 6:
        return "full-width digits"  # nobody types them by accident in French or English mail
    separators = _NOT_ALNUM.findall(value)
    if whole_run and len(separators) >= 5:
        characters = ascii_compact(value)
        pieces = [p for p in _NOT_ALNUM.split(value) if p]
        if len(pieces) == len(characters) and characters not in _SEQUENCES:
            return "separators between every character"
    plain = all(len(sep) == 1 and sep in _PLAIN_SEPARATORS for sep in separators)
    reach = _DISGUISE_REACH
    if plain and value.isascii():
        around = _fold_context(text[max(0, start - reach) : end + reach])
        # A fixed reason: the matched sentence is the sender's text (it may name the patient).
        return "announced as getting past the filter" if _SMUGGLING.search(around) else None
    word = find_context(text, start, end, DISGUISE_WORDS, before=reach, after=reach)
    if word in FILTER_WORDS:
        around = _fold_context(text[max(0, start - reach) : end + reach])
        # The sentinel lymph node ("mastectomie partielle avec ganglion sentinelle") is surgery's, not the filter's;
        # an infusion set's in-line filter ("risque de fissure du filtre en ligne") is no mail filter.
        if _SENTINEL_NODE.search(around) if word == "sentinelle" else _PHYSICAL_FILTER.search(around):
            word = find_context(text, start, end, BLOCKING_WORDS, before=reach, after=reach)
    if word in _BLOCK_WORDS and _BLOCK_AS_A_NOUN.search(_fold_context(text[max(0, start - reach) : end + reach])):
        # A block room or a nerve block ("RF generator | Block room | 2025-03-10") is anaesthesia's, not the filter's.
        word = find_context(text, start, end, tuple(w for w in BLOCKING_WORDS if w not in _BLOCK_WORDS),
                            before=reach, after=reach)
    return f"unusual spelling near {word!r}" if word else None


_BLOCK_WORDS = frozenset({"block", "blocks", "blocked", "blocking"})
_BLOCK_AS_A_NOUN = re.compile(
    r"\bblocks?\s+(?:rooms?|schedules?|times?|allocations?|bookings?|lists?|area)\b"
    r"|\b(?:nerve|regional|epidural|plexus|axillary|femoral|interscalene|or|surgical)\s+blocks?\b"
)
_SENTINEL_NODE = re.compile(r"\b(?:ganglions?|node|nodes)\s+sentinelles?\b")
# What says a filter is a device's, not the mail's: its pore size, its place in a line, its kind, its equipment.
_PHYSICAL_FILTER = re.compile(
    r"\b(?:filtres?|filters?)\s+(?:en\s+ligne|in-?line|hepa|a\s+air|air|a\s+particules|[0-9]+(?:[.,][0-9]+)?\s*(?:um|micron))"
    r"|\b(?:hepa|tubulures?|tubing|infusion\s+sets?|perfuseurs?|masques?\s+n95|n95)\b"
)


_NOT_ALNUM = re.compile(r"[\W_]+")

# Words that say the number is something else.
NEGATIVE: tuple[str, ...] = (
    "tel",
    "tél",
    "telephone",
    "phone",
    "fax",
    "cell",
    "facture",
    "invoice",
    "commande",
    "order",
    "po",
    "compte",
    "account",
    "ref",
    "reference",
    "transit",
    "colis",
    "suivi",
    "tracking",
    # serial, lot and catalogue numbers: lists of them pass a checksum one time in ten
    "lot",
    "lots",
    "imei",
    "iccid",
    "serie",
    "série",
    "serial",
    "s/n",
    "sn",
    "sku",
    "upc",
    "ean",
    "gtin",
    "isbn",
    "modele",
    "modèle",
    "model",
    "catalogue",
    "catalog",
)
NEGATIVE_FOLDED = tuple(dict.fromkeys(w.replace("é", "e").replace("è", "e") for w in NEGATIVE))
# ... and those that say it of a whole list, from the list's header ("Affected lots:" above one number a line).
_LIST_NEGATIVE = ("lot", "lots", "imei", "iccid", "serie", "serial", "s/n", "sku", "upc", "ean", "gtin", "isbn",
                  "modele", "model", "catalogue", "catalog", "colis", "tracking", "commande", "order", "facture",
                  "invoice")
_LIST_ITEM = re.compile(r"[ \t>*•·-]*[0-9][0-9 .\-/]*[ \t]*")
_LIST_REACH = 12  # lines


def _product_column(tables: TableIndex, position: int) -> bool:
    """``position`` lies in a table's column headed by a product's number ("Serial #", "Lot", "N° de série"): its
    numbers are serials, however spelled (a full-width one in an inventory is an export's quirk, not a disguise)."""
    header = tables.header(position)
    return header is not None and column_role(header.strip()) == PRODUCT


def listed_under_negative_header(text: str, start: int, end: int) -> bool:
    """The number stands alone on its line in a list of such lines, under a header that says what they are
    ("Affected lots:\n  5581967261\n  71.11.05-399.49"): a lot, serial or order number, whatever checksum it
    passes."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if not _LIST_ITEM.fullmatch(text, line_start, len(text) if line_end < 0 else line_end):
        return False
    header = heading_above(text, start, lambda line: _LIST_ITEM.fullmatch(line) is not None, _LIST_REACH)
    return (header is not None and header.rstrip().endswith(":")
            and find_context(header, 0, 0, _LIST_NEGATIVE, before=0, after=len(header)) is not None)


# Words near which an abbreviation such as "NAS" names network storage, not a social insurance number.
# Only unambiguous ones: "disque" is also an intervertebral disc, "TB" tuberculosis, "réseau" a
# health network, "to" an English word.
TECHNOLOGY: tuple[str, ...] = (
    "serveur", "serveurs", "server", "servers", "stockage", "storage", "sauvegarde", "sauvegardes", "backup",
    "backups", "synology", "qnap", "raid", "disque dur", "hard drive", "firmware",
    "adresse ip", "ip address", "nfs", "smb", "baie de disques", "routeur", "router",
)  # fmt: skip
_TECHNOLOGY_REACH = 150
# Words that put a number in a patient's context: with them, an abbreviation such as "SIN" in the
# same sentence says what the number is even a few words away ("the SIN on the form was wrong, the
# correct one is 561-859-695").
PATIENT_CONTEXT: tuple[str, ...] = (
    "patient", "patiente", "patients", "usager", "usagere", "beneficiaire", "claimant", "reclamant",
    "reclamante", "assure", "assuree", "dossier", "chart", "medical record", "hospitalise", "hospitalisee",
    "diagnostic", "diagnosis", "ddn", "dob", "date de naissance", "date of birth",
)  # fmt: skip
_PATIENT_REACH = 300
_SENTENCE_REACH = 80
_SENTENCE_END = re.compile(r"[.!?]\s|\n\s*\n")
# Between an abbreviation and its number only a label may stand: "NAS : ", "SIN no. ", "N.A.S. du
# patient : ".
_LABEL_GAP = re.compile(
    r"[\s:#.\-=()\[\]_]*(?:(?:no|num|numero|number|nr|n)[\s:#.\-=()_]*)?"
    r"(?:(?:du|de la|de l'|de|of the|of)\s+"
    r"(?:patiente?|usagere?|cliente?|beneficiaire|assuree?|employee?|residente?|member|person)[\s:#.\-=()]*)?",
    re.IGNORECASE,
)
_WEAK_REACH = 40
# ... or what the number is for, then the label's colon right before it ("SIN for the income support application:
# 556.704.385", "NAS pour la demande d'aide sociale : ...").
_PURPOSE_GAP = re.compile(r"[ \t]+(?i:for|pour)[ \t]+[^0-9\n.!?:]{3,50}:[ \t]*")


@dataclass(frozen=True, slots=True)
class Checked:
    """A candidate that passed its identifier check.

    ``validator`` names the check for the explanation ("stdnum.ca.sin Luhn ok");
    ``alone`` is the confidence it earns without a context word.
    """

    validator: str
    alone: float


# digits -> Checked when the identifier check passes, else None.
Check = Callable[[str], Checked | None]


def identifier_finding(
    segment: Segment,
    start: int,
    end: int,
    *,
    finding_type: str,
    pattern: str,
    validator: str,
    context: str | None,
    confidence: float,
    keep_prefix: int = 0,
    disguised: str | None = None,
    shape: str | None = None,
) -> Finding:
    """The Finding for ``segment.text[start:end]``: masked excerpt, capped confidence, and the
    explanation "pattern <pattern>; <validator>; context '<word>'" (or "; disguised: <why>", or
    "; rare shape <shape>", or "; no context word")."""
    support = f"rare shape {shape}" if shape else "no context word"
    if disguised:
        support = f"disguised: {disguised}"
    if context:
        support = f"context {context!r}"
    explanation = f"pattern {pattern}; {validator}; {support}"
    return Finding(
        type=finding_type,
        location=segment.location,
        confidence=cap(confidence),
        excerpt=mask_identifier(segment.text[start:end], keep_prefix=keep_prefix),
        explanation=explanation,
        start=start,
        end=end,
    )


def digit_run_findings(
    segment: Segment,
    scan: Scan,
    *,
    length: int,
    check: Check,
    finding_type: str,
    context_words: Sequence[str],
    with_context: float,
    weak_words: Sequence[str] = (),
    rare_shapes: Sequence[tuple[int, ...]] = (),
    rare: float = 0.0,
    discard_without_context: Callable[[str, int, int], bool] | None = None,
) -> list[Finding]:
    """Findings for the ``length``-digit sub-spans of ``NUMBER_TRIGGER`` hits in ``scan``.

    A candidate must be word-bounded and pass ``check``; a negative word (phone, invoice, lot,
    IMEI...) in the 30 characters before drops it. What it earns (a checksum alone is weak
    evidence: one random number in ten passes Luhn, one in 97 a mod-97 key):

    - ``with_context`` when something says what the number is (``identifier_context``: a word of
      ``context_words`` nearby, a ``weak_words`` abbreviation right before it, or its table
      column's header), or when it is disguised (``disguise``);
    - ``rare`` when its digit groups are one of ``rare_shapes``, an official layout that other
      numbers do not take ("85.07.30-033.28");
    - else the check's ``alone`` confidence (below the default ``min_confidence``: reported,
      never decisive).

    ``discard_without_context(text, start, end)``, when given, drops a candidate that has no
    context (e.g. phone-shaped).
    """
    text = segment.text
    findings: list[Finding] = []
    tables = TableIndex(text)
    for run in scan.get(NUMBER_TRIGGER.kind):
        run_start, run_end = trimmed(text, *run)
        for start, end, digits in digit_runs(text, run_start, run_end, length, scan.runs):
            if not bounded(text, start, end):
                continue
            checked = check(digits)
            if checked is None:
                continue
            if (find_context(text, start, end, NEGATIVE_FOLDED, before=30, after=0)
                    or listed_under_negative_header(text, start, end) or _product_column(tables, start)):
                continue
            context = identifier_context(text, start, end, context_words, weak_words, tables)
            # A phone-shaped number needs a real context word: a disguise word does not say which number.
            if not context and discard_without_context is not None and discard_without_context(text, start, end):
                continue
            # Only a whole run is disguised: ten digits inside a spaced run of fifteen are part of another number.
            whole = (start, end) == (run_start, run_end)
            disguised = None if context or not whole else disguise(text, start, end, whole_run=True)
            shape = rare_shape(text, start, end, rare_shapes)
            confidence = checked.alone
            if shape:
                confidence = rare
            if context or disguised:
                confidence = with_context
            findings.append(
                identifier_finding(
                    segment,
                    start,
                    end,
                    finding_type=finding_type,
                    pattern=f"{length} digits",
                    validator=checked.validator,
                    context=context,
                    confidence=confidence,
                    disguised=disguised,
                    shape=shape,
                )
            )
    return findings


def identifier_context(
    text: str,
    start: int,
    end: int,
    words: Sequence[str],
    weak_words: Sequence[str] = (),
    tables: TableIndex | None = None,
) -> str | None:
    """What says ``text[start:end]`` is this identifier, or None.

    - a word of ``words`` within 80 characters before or 30 after ("numéro d'assurance sociale");
    - a ``weak_words`` abbreviation (upper case, as written on forms) with no technology word
      nearby (a "NAS" is also network storage), right before it with only a label between
      ("NAS : ", "N.A.S. du patient : "), or earlier in the same sentence when patient words are
      around (``PATIENT_CONTEXT``); otherwise, or in lower case, such short words say nothing
      ("NAS" in a backup notice, "sin" in English);
    - its column header in a delimited table ("NAS;Nom" over "130 692 544;...") holding either.
    """
    word = find_context(text, start, end, words)
    if word:
        return word
    alias = label_context(text, start)  # "HN: 6595-575-769": an abbreviated label right before it
    if alias and alias in words:
        return f"label {alias}"
    window = _strip_accents(text[max(0, start - _SENTENCE_REACH) : start])
    for weak in weak_words:
        pos = window.rfind(weak)
        while pos != -1 and not bounded(window, pos, pos + len(weak)):
            pos = window.rfind(weak, 0, pos)
        if pos == -1:
            continue
        gap = window[pos + len(weak) :]
        reach = _TECHNOLOGY_REACH
        if find_context(text, start, end, TECHNOLOGY, before=reach, after=reach):
            continue
        if (len(gap) <= _WEAK_REACH and _LABEL_GAP.fullmatch(gap)) or _PURPOSE_GAP.fullmatch(gap):
            return weak
        reach = _PATIENT_REACH
        if not _SENTENCE_END.search(gap) and find_context(text, start, end, PATIENT_CONTEXT, before=reach, after=reach):
            return f"{weak} (same sentence, patient context)"
    header = (tables or TableIndex(text)).header(start)
    if header is not None:
        folded = header_context(header)  # "Health #", "HN", "D.O.B." say what their column holds
        for word in (*words, *(w.lower() for w in weak_words)):
            pos = folded.find(word)
            if pos != -1 and bounded(folded, pos, pos + len(word)):
                return f"column {word.lower()}"
    return None


def _strip_accents(text: str) -> str:
    return text if text.isascii() else unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def rare_shape(text: str, start: int, end: int, shapes: Sequence[tuple[int, ...]]) -> str | None:
    """The digit grouping of ``text[start:end]`` ("2-2-2-3-2") when it is one of ``shapes``."""
    if not shapes:
        return None
    groups = tuple(len(g) for g in _NOT_ALNUM.split(text[start:end]) if g)
    return "-".join(map(str, groups)) if groups in shapes else None


def one_type_per_run(findings: Sequence[Finding]) -> list[Finding]:
    """One finding per place and type, and one identifier type per stretch of text.

    Several recognizers may read the same digits ("85.07.30-033.28" holds a NISS and, across its
    groups, Luhn-valid 9-digit spans): the best-supported reading is kept — highest confidence,
    then a context word, then the longer span — and the identifier findings it overlaps are
    dropped. Other finding types only lose exact repeats (same type, place and span).
    """
    best: dict[tuple[str, str, int, int], Finding] = {}
    for finding in findings:
        key = (finding.type, finding.location, finding.start, finding.end)
        known = best.get(key)
        if known is None or finding.confidence > known.confidence:
            best[key] = finding
    unique = list(best.values())
    identifiers = sorted(
        (f for f in unique if f.type in IDENTIFIER_TYPES and f.start >= 0),
        key=lambda f: (-f.confidence, "no context word" in f.explanation, f.start - f.end, f.start),
    )
    kept: dict[str, list[tuple[int, int]]] = {}  # per location: kept spans, sorted, never overlapping
    dropped: set[int] = set()
    for finding in identifiers:
        spans = kept.setdefault(finding.location, [])
        at = bisect.bisect_left(spans, (finding.start, finding.end))
        overlaps_before = at > 0 and spans[at - 1][1] > finding.start
        overlaps_after = at < len(spans) and spans[at][0] < finding.end
        if overlaps_before or overlaps_after:
            dropped.add(id(finding))
        else:
            spans.insert(at, (finding.start, finding.end))
    return [f for f in unique if id(f) not in dropped]
