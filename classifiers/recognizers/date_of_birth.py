"""Date of birth recognizer: a real date right after a birth-date context.

Dates are everywhere in administrative mail; only "né(e) le", "DDN", "date de
naissance", "DOB", "date of birth", "born (on)" make one a birth date. The
trigger is the context phrase; the date must start within 25 characters after
it. Accepted formats: 1980-01-31, 31/01/1980, 31-01-1980, 31.01.1980,
01/31/1980 (US, when the day-first reading is impossible), 31 janvier 1980,
1er janvier 1980, January 31, 1980, 31 Jan 1980, and with a two-digit year
right after the context (DDN 06/05/75: 1975; a year that would be in the
future in the 2000s is read in the 1900s), or year first when the year cannot
be a day (83-04-01). The date must exist and fall between 1890 and today.

A date in apposition right after a titled name ("Mme Audet, 1968-11-23, douleur abdominale",
"Mr. Hallett (12 March 1947)") is that person's birth date too (0.8): a full date at least two
years past (a later one is an appointment or a meeting), not followed by a word of employment
(embauche, hired, retraite...), and closed by a comma, a parenthesis, a full stop or the line's end.

Without a title, a name written in full (one of its words a known given name: ``lexicons/given_names.txt``)
with a date in parentheses right after it, "Sylvie Thibault (26/11/1942)", "FORTIN Emma (06/06/1961)",
"Morin, Paul (3 avril 1958)", is the same apposition (0.8), with the same conditions; a parenthesis
closes the date. Capitalised words that are no name ("Comité Exécutif (2019-05-12)") are not read.

"Né le" and "born" also open announcements: a colleague's baby, a project
("le projet est né le..."). When the words before the phrase say so
(félicitations, heureux parents, projet, programme...; not "bébé" alone: a
newborn is a patient too; a service or clinic only in the same sentence), the finding is
kept at 0.5: reported, but below the default ``min_confidence``, so it never
decides. Labels (DDN, DOB, date de naissance) are never demoted.
"""

from __future__ import annotations

import datetime
import re

from sentinelle.classifiers.mask import mask_digits
from sentinelle.classifiers.recognizers._base import BaseRecognizer, Scan, Trigger, bounded, fold
from sentinelle.classifiers.recognizers._lexicon import load_names
from sentinelle.classifiers.types import DATE_OF_BIRTH, Finding, Segment

TRIGGER = Trigger(
    "dob",
    r"(?i:\bn[ée]e?\s*(?:\(e\)\s*)?le\b|\bn[ée]\(e\)\s*le\b|\bddn\b|\bdate\s+de\s+naissance\b|\bd\.?o\.?b\b"
    # "née 1951-12-22", "né : 12/03/1950": the past participle right before the date, without "le" (the
    # digit is part of the match, RE2 has no look-ahead; ``from_scan`` gives it back to the date)
    r"|\bn[ée]e?[ \t]*:?[ \t]+[0-9]"
    r"|\bdate\s+of\s+birth\b|\bbirth\s*date\b|\bborn\b"
    # "D.N. 11 mars 2019": the French initials of "date de naissance", with their dots
    r"|\bD\.[ \t]?N\."
    # ... or a label glued to its date, as file names write it ("Gingras-S_DDN19480104_lombalgie.pdf")
    r"|\b(?:ddn|dob)[0-9])",
)

# A titled name and a comma or an opening parenthesis: a date right after it is read as a birth date.
APPOSITION = Trigger(
    "dob_apposition",
    r"\b(?:M\.|Mme\b\.?|MME\b\.?|Mlle\b\.?|Mr\b\.?|Mrs\b\.?|Ms\b\.?|Monsieur\b|Madame\b)"
    r"[ \t]+\p{Lu}[\pL'’-]+(?:[ \t]+\p{Lu}[\pL'’-]+){0,2}[ \t]*[,(]",
)
# A text that opens with a name (two or three capitalised words, after "TR:", "RE:"...), a comma or an
# opening parenthesis, and a digit; read in the Subject only, a short field that opens with whom it is about.
SUBJECT_NAME = Trigger(
    "dob_subject_name",
    r"^(?:[ \t]*(?i:re|tr|fwd?|fw)[ \t]*:)*[ \t]*[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’-]+"
    r"(?:,?[ \t]+[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’-]+){1,2}(?:[ \t]*[,(][ \t]*|[ \t]+)[0-9]",
)
# After a name that opens the Subject with no comma or parenthesis ("Ewa Sousa 04/01/1960 HIV VL detectable"),
# the date is followed by the Subject's next words; it must lie ten years back or more (not a meeting's or a
# document's date: "Marie Roy 12/03/2026 budget").
_SUBJECT_BARE_END = re.compile(r"[ \t]*(?:[,);.:|/–—-]|[ \t]\S|\r?\n|$)")
_SUBJECT_BARE_MIN_YEARS = 10
# A file name's person and a date right after ("OCT_Campbell_Jocelyne_1979-10-18_RNFL.png"): a birth date when it lies
# sixteen years back or more (a document, a scan or a photo is dated this year or lately, a child's birth lately too).
FILE_NAME_PERSON = Trigger(
    "dob_file_name_person",
    r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’-]+){1,2}[ \t]+[0-9]",
)
_FILE_NAME_MIN_YEARS = 16
# Two or three capitalised words (a comma after a surname written first) and an opening parenthesis.
NAMED_PARENTHESIS = Trigger(
    "dob_named_paren",
    r"\p{Lu}[\pL'’-]+,?(?:[ \t]+\p{Lu}[\pL'’-]+){1,2}[ \t]*\(",
)
_GIVEN_NAMES = frozenset(fold(n) for n in load_names("given_names"))
# ... and in a file name, a listed family name too ("EEG_KAUR_Harpreet_1950-03-10.pdf": a given name no list knows).
_SURNAMES = frozenset(fold(n) for n in load_names("surnames") if len(n) >= 4)
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_CLOSING_PARENTHESIS = re.compile(r"[ \t]*\)")
_EMPLOYMENT_AFTER = re.compile(
    r"^[^\n]{0,40}?\b(?:embauche|embauchee?|hired?|hiring|nommee?|nomination|retraite|retired?|start\s+date"
    r"|entree\s+en\s+fonction|anciennete|seniority)\b"
)
# An apposition closes: a comma, a parenthesis, a semicolon, a full stop, or the end of the line.
_APPOSITION_END = re.compile(r"[ \t]*(?:[,);.]|\r?\n|$)")
_APPOSITION_GAP = 3  # at most a space (and the comma or parenthesis the trigger took) before the date
_APPOSITION_MIN_YEARS = 2
# Where the sentence that holds "né le" starts: announcement words are read from there only.
_SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)|\n")

MONTHS: dict[str, int] = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    "janv": 1, "fevr": 2, "fev": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
}  # fmt: skip

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
# Matched on folded (lower-case, accent-free) text of the same length as the original window.
_DATE_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(r"(?P<y>(?:18|19|20)\d\d)[-/.](?P<m>\d\d?)[-/.](?P<d>\d\d?)\b")),
    ("numeric", re.compile(r"(?P<d>\d\d?)[-/.](?P<m>\d\d?)[-/.](?P<y>(?:18|19|20)\d\d)\b")),
    ("day-month-name", re.compile(rf"(?P<d>\d\d?)(?:er)?\s+(?P<mn>{_MONTH_ALT})\.?,?\s+(?P<y>(?:18|19|20)\d\d)\b")),
    # 11-Feb-1972, 11/févr/1972, 11.Feb.72 (EHR exports).
    (
        "day-month-name-separated",
        re.compile(rf"(?P<d>\d\d?)[-/.](?P<mn>{_MONTH_ALT})\.?[-/.](?:(?P<y>(?:18|19|20)\d\d)|(?P<yy>\d\d))\b"),
    ),
    # (a sentence's full stop may follow: "DDN 06/05/75."; a dot then a digit continues a number: "1.2.33.4")
    ("numeric-yy", re.compile(r"(?P<d>\d\d?)[-/.](?P<m>\d\d?)[-/.](?P<yy>\d\d)(?![\d/-])(?!\.\d)")),
    # ... or year first, as Quebec writes a short birth date ("LESSARD Manon, 83-04-01"): a first pair above 31
    # is no day, so the order is not in doubt.
    ("year-first-yy", re.compile(r"(?P<yy>3[2-9]|[4-9]\d)[-/.](?P<m>\d\d?)[-/.](?P<d>\d\d?)(?![\d/-])(?!\.\d)")),
    (
        "month-name-day",
        re.compile(rf"(?P<mn>{_MONTH_ALT})\.?\s+(?P<d>\d\d?)(?:st|nd|rd|th)?,?\s+(?P<y>(?:18|19|20)\d\d)\b"),
    ),
)
# Words before "né le" / "born" that make it an announcement, not a patient's birth date.
_ANNOUNCEMENT = re.compile(
    r"\b(?:felicitations|congratulations|heureux\s+parents|proud\s+parents|naissance\s+de|welcome\s+baby"
    r"|welcomed\s+(?:baby|a\s+baby|(?:a|their|her|his)\s+(?:son|daughter|boy|girl))"
    r"|became\s+a\s+(?:parent|mom|mum|mother|dad|father)|est\s+devenue?\s+(?:maman|papa|parent|mere|pere)"
    r"|big\s+news|grande\s+nouvelle"
    r"|projet|project|programme|program|initiative|comite|candidature|curriculum"
    r"|committee|idee|idea|fondation|association|journal|bulletin|infolettre|newsletter"
    # A colleague's birthday or baby told to the team ("on souligne l'anniversaire de ...", "we're celebrating X's
    # birthday", "Belle nouvelle : Julie a accouché de Henri, né(e) le ..."). Not "accouché" alone: a postnatal
    # referral tells the patient's delivery and her baby's birth date.
    r"|anniversaire|birthday|celebrat(?:e|es|ed|ing|ion)|on\s+souligne|(?:belle|bonne)\s+nouvelle"
    r"|heureu(?:x|se)\s+(?:maman|m[eè]re|papa|p[eè]re)|proud\s+(?:mom|mum|mother|dad|father)|the\s+birth\s+of"
    r"|(?:great|good|wonderful|happy)\s+news"
    # ... congratulating a colleague on a baby's arrival ("join us in congratulating X on the arrival of Theo")
    r"|congratulat(?:e|es|ed|ing)|f[eé]licit(?:er|ons|ez)|the\s+arrival\s+of|l'arriv[eé]e\s+de|baby\s+news"
    # ... or a colleague's birthday party ("Fête surprise - 60 ans ! X aura 60 ans ... (née le 1964-01-17)")
    r"|f[eê]te|g[aâ]teau|cake|surprise)\b"
)
# ... or the age the person turns, right after the date ("Sonia Cyr (born December 9, 1974) turns 50. Card at the
# desk", "Sonia Cyr (née le 9 décembre 1974) fête ses 50 ans"): a birthday told to colleagues.
_TURNING_AGE = re.compile(
    r"[ \t),]*(?:(?:is|will)[ \t]+)?(?:turns|turning|turn|aura|fete(?:ra)?[ \t]+ses|celebre(?:ra)?[ \t]+ses"
    r"|celebrates[ \t]+(?:her|his|their))"
    r"[ \t]+[0-9]{2,3}\b"
)
# ... or before it, in the same sentence ("Alisha Gupta turns 33 on September 1 (born 1991-09-01)", "Sonia aura 50 ans
# le 9 décembre (née le ...)").
_TURNING_AGE_BEFORE = re.compile(
    r"\b(?:turns|turning|aura|fete(?:ra)?[ \t]+ses|celebre(?:ra)?[ \t]+ses|celebrates[ \t]+(?:her|his|their))"
    r"[ \t]+[0-9]{2,3}\b"
)
# A service or a clinic is "né" only as the subject of the sentence that says so ("le service est né
# le..."); named in an earlier sentence, it is where a patient is booked.
_ANNOUNCING_PLACE = re.compile(r"\b(?:service|clinique|clinic)\b")
_LABELS = frozenset({"ddn", "dob", "d.o.b", "date de naissance", "date of birth", "birth date", "birthdate"})
_ANNOUNCEMENT_REACH = 120
# A header row of a table (pasted from a spreadsheet, an HTML table read as text): the birth-date
# label stands among other column titles, and the rows below carry the dates.
_HEADER_WORDS = re.compile(
    r"\b(?:nom|prenom|name|first\s+name|last\s+name|nam|ramq|dossier|mrn|chart|patient|sexe|sex|age|telephone|tel"
    r"|adresse|address|chambre|room|lit|bed|diagnostic|diagnosis|probleme|problem|unite|unit"
    r"|child|enfant|usager|client|participant|resident)\b"
)
_ROW_DATE = re.compile(
    r"(?<![\d/.-])(?:(?:18|19|20)\d\d[-/.]\d\d?[-/.]\d\d?|\d\d?[-/.]\d\d?[-/.](?:(?:18|19|20)\d\d|\d\d))(?![\d/.-])"
)
_TABLE_ROWS = 50  # rows read under a header, at most


def _table_column(segment: Segment, text: str, t_start: int, t_end: int) -> list[Finding]:
    """Dates in the rows under a header row holding the birth-date label (one date per row, the
    first one that parses, born at least a year ago: later dates are appointments)."""
    line_start = text.rfind("\n", max(0, t_start - 200), t_start) + 1
    line_end = text.find("\n", t_end, t_end + 200)
    if line_end == -1 or not _HEADER_WORDS.search(fold(text[line_start:line_end])):
        return []
    findings: list[Finding] = []
    label = " ".join(fold(text[t_start:t_end]).split())
    position = line_end + 1
    for _ in range(_TABLE_ROWS):
        row_end = text.find("\n", position, position + 500)
        row_end = len(text) if row_end == -1 else row_end
        row = text[position:row_end]
        if not row.strip():
            break
        for match in _ROW_DATE.finditer(row):
            parsed = parse_date(match.group(0))
            if parsed is not None and _years_ago(match.group(0)) >= 1:
                start = position + match.start()
                findings.append(
                    Finding(DATE_OF_BIRTH, segment.location, 0.85, mask_digits(match.group(0)),
                            f"pattern date:{parsed[2]}; real date; table column {label!r}", start,
                            position + match.end())
                )
                break
        position = row_end + 1
        if position >= len(text):
            break
    return findings


def _years_ago(value: str) -> int:
    """Whole years between the date's year and today (dates already validated by ``parse_date``)."""
    digits = re.split(r"[-/.]", value)
    year = int(digits[0]) if len(digits[0]) == 4 else int(digits[-1])
    if year < 100:
        year = year + 2000 if year + 2000 <= datetime.date.today().year else year + 1900
    return datetime.date.today().year - year


_LEAD = re.compile(r"[\s:,;.()\-/]*(?:(?:on|le|the|:)\s*)?")
_MAX_GAP = 25
# A label said in a sentence ("ma date de naissance est le 20 novembre 1967", "my date of birth is ...").
_LABEL_VERB = re.compile(r"[ \t]+(?:is|was|est(?:[ \t]+le)?|:)[ \t]+")
_FORMAT_HINT = re.compile(
    r"[ \t]*\((?:format[ \t]*:?[ \t]*)?(?:[AYJDM]{1,4}|[ayjdm]{1,4})(?:[-/. ][AYJDMaymjd]{1,4}){2}\)"
)


def _fold_same_length(text: str) -> str:
    """Fold char by char, keeping positions (a char that folds to several or none stays as is)."""
    out = []
    for c in text:
        f = fold(c)
        out.append(f if len(f) == 1 else c)
    return "".join(out)


# Eight digits in a row, year first ("dob 20100809"): a date only right after a birth-date label (``labelled``);
# anywhere else such a number is a chart number as often as a date.
_COMPACT = ("compact", re.compile(r"(?P<y>(?:18|19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)"))
# ... or day first, as European forms and file names write it ("DOB 15121992"); a real date decides between them.
_COMPACT_DAY_FIRST = ("compact", re.compile(r"(?P<d>[0-3]\d)(?P<m>[01]\d)(?P<y>(?:18|19|20)\d\d)(?!\d)"))


def parse_date(text: str, *, labelled: bool = False) -> tuple[int, int, str] | None:
    """Find a real birth date at the start of ``text`` (after blanks/punctuation); ``labelled``: right after a
    birth-date label, where a year-first run of eight digits is a date too.

    Returns (start, end, format name) relative to ``text``, or None.
    """
    folded = _fold_same_length(text)
    lead = _LEAD.match(folded)
    offset = lead.end() if lead else 0
    for name, regex in (*_DATE_RES, _COMPACT, _COMPACT_DAY_FIRST) if labelled else _DATE_RES:
        match = regex.match(folded, offset)
        if match is None:
            continue
        groups = match.groupdict()
        if groups.get("y") is None and groups.get("yy") is not None:
            year = 2000 + int(groups["yy"])
            if year > datetime.date.today().year:
                year -= 100
        else:
            year = int(groups["y"])
        day = int(groups["d"])
        months = [MONTHS[groups["mn"]]] if groups.get("mn") else [int(groups["m"])]
        if name in ("numeric", "numeric-yy"):
            months.append(day)  # US order 01/31/1980: try month/day swapped
        for i, month in enumerate(months):
            d = day if i == 0 else int(groups["m"])
            try:
                value = datetime.date(year, month, d)
            except ValueError:
                continue
            if datetime.date(1890, 1, 1) <= value <= datetime.date.today():
                return match.start(), match.end(), name
    return None


class DateOfBirthRecognizer(BaseRecognizer):
    name = "date_of_birth"
    triggers = (TRIGGER, APPOSITION, SUBJECT_NAME, NAMED_PARENTHESIS, FILE_NAME_PERSON)

    def from_scan(self, segment: Segment, scan: Scan) -> list[Finding]:
        text = segment.text
        findings: list[Finding] = []
        for t_start, t_end in scan.get(TRIGGER.kind):
            word_end = t_end
            if text[t_end - 1].isdigit():
                t_end -= 1  # "née 1951-12-22": the trigger's digit is the date's
                word_end = t_start + len(text[t_start:t_end].rstrip(" \t:"))
            # "DDN19480104" (a file name's label glued to its date): only the label's start must be bounded
            glued = text[word_end : word_end + 1].isdigit()
            opens_word = t_start == 0 or not text[t_start - 1].isalnum()
            if not (bounded(text, t_start, word_end) or (glued and opens_word)):
                continue
            # A format hint between the label and the date ("Date de naissance (AAAA-MM-JJ) : 1962-04-12").
            context = " ".join(fold(text[t_start:t_end]).split())
            hint = _FORMAT_HINT.match(text, t_end)
            if hint is None and context in _LABELS:
                hint = _LABEL_VERB.match(text, t_end)  # "My date of birth is November 20, 1967"
            skip = hint.end() - t_end if hint else 0
            window = text[t_end + skip : t_end + skip + _MAX_GAP + 30]
            parsed = parse_date(window, labelled=context in _LABELS)
            if parsed is None or parsed[0] > _MAX_GAP:
                findings.extend(_table_column(segment, text, t_start, t_end))
                continue
            start, end = t_end + skip + parsed[0], t_end + skip + parsed[1]
            confidence, note = 0.9, ""
            if context not in _LABELS:
                before = text[max(0, t_start - _ANNOUNCEMENT_REACH) : t_start]
                breaks = list(_SENTENCE_BREAK.finditer(before))
                sentence = before[breaks[-1].end() :] if breaks else before
                announcement = _ANNOUNCEMENT.search(fold(before)) or _ANNOUNCING_PLACE.search(fold(sentence))
                if announcement:
                    confidence, note = 0.5, f"; announcement word {announcement.group(0)!r} before it"
                elif _TURNING_AGE.match(fold(text[end : end + 40])):
                    confidence, note = 0.5, "; a birthday's age after it"  # (the age itself is not repeated)
                elif _TURNING_AGE_BEFORE.search(fold(sentence)):
                    confidence, note = 0.5, "; a birthday's age before it"
            findings.append(
                Finding(
                    type=DATE_OF_BIRTH,
                    location=segment.location,
                    confidence=confidence,
                    excerpt=mask_digits(text[start:end]),
                    explanation=f"pattern date:{parsed[2]}; real date; context {context!r}{note}",
                    start=start,
                    end=end,
                )
            )
        findings.extend(_in_apposition(segment, text, scan.get(APPOSITION.kind)))
        if segment.location == "subject":  # "Fortin Emma (06/06/1961) - biopsie positive"
            hits = [(s, e - 1) for s, e in scan.get(SUBJECT_NAME.kind)]
            findings.extend(_in_apposition(segment, text, [(s, e) for s, e in hits if text[e - 1] in ",("]))
            findings.extend(_in_apposition(segment, text, [(s, e) for s, e in hits if text[e - 1] not in ",("],
                                           closing=_SUBJECT_BARE_END, min_years=_SUBJECT_BARE_MIN_YEARS))
        if segment.location.startswith("filename:"):
            people = [(s, e - 1) for s, e in scan.get(FILE_NAME_PERSON.kind)
                      if _names_someone(text[s:e], surnames=True)]
            findings.extend(_in_apposition(segment, text, people, closing=_SUBJECT_BARE_END,
                                           min_years=_FILE_NAME_MIN_YEARS))
        titled = {f.start for f in findings}
        named = [(s, e) for s, e in scan.get(NAMED_PARENTHESIS.kind) if _names_someone(text[s:e])]
        findings.extend(f for f in _in_apposition(segment, text, named, closing=_CLOSING_PARENTHESIS, titled=False)
                        if f.start not in titled)
        return findings


def _names_someone(words: str, surnames: bool = False) -> bool:
    """One of the capitalised words is a known given name ("Sylvie Thibault", "FORTIN Emma"), or a known family
    name when ``surnames``."""
    return any(fold(w).split("-", 1)[0] in _GIVEN_NAMES or fold(w) in _GIVEN_NAMES
               or (surnames and fold(w) in _SURNAMES) for w in _NAME_WORD.findall(words))


def _in_apposition(segment: Segment, text: str, hits: list[tuple[int, int]], *,
                   closing: re.Pattern[str] = _APPOSITION_END, titled: bool = True,
                   min_years: int = _APPOSITION_MIN_YEARS) -> list[Finding]:
    """Birth dates right after a titled name and a comma or parenthesis, or after a name in full and a
    parenthesis (``titled=False``, closed by ``closing``) (module docstring)."""
    findings: list[Finding] = []
    for t_start, t_end in hits:
        if not bounded(text, t_start, t_end - 1) and text[t_start : t_start + 2] != "M.":
            continue
        parsed = parse_date(text[t_end : t_end + 40])
        if parsed is None or parsed[0] > _APPOSITION_GAP:
            continue
        start, end = t_end + parsed[0], t_end + parsed[1]
        if _years_ago(_numeric_year_text(text[start:end])) < min_years:
            continue
        if _EMPLOYMENT_AFTER.search(fold(text[end : end + 60])):
            continue
        if not closing.match(text, end):
            continue  # "M. Roy, 2024-05-12 : adoption du procès-verbal" dates an item, not a person
        whose = "a titled name" if titled else "a name in full, in parentheses"
        findings.append(
            Finding(DATE_OF_BIRTH, segment.location, 0.8, mask_digits(text[start:end]),
                    f"pattern date:{parsed[2]}; real date; in apposition to {whose}", start, end)
        )
    return findings


def _numeric_year_text(value: str) -> str:
    """``value`` as "year-..." for ``_years_ago`` when its year is written among words ("12 March 1947")."""
    year = re.search(r"(?:18|19|20)\d\d(?!\d)", value)
    return f"{year.group(0)}-01-01" if year and not re.fullmatch(r"[\d/.-]+", value) else value
