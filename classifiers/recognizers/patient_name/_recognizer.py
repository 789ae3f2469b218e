"""The patient name recognizer: pattern candidates after triggers, weighed by patient and staff cues and
clinical evidence, optionally confirmed or completed by spaCy NER on short windows (see the package
docstring)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sentinelle.classifiers.mask import mask_name
from sentinelle.classifiers.recognizers._base import BaseRecognizer, Scan, Scanner, bounded, cap, fold
from sentinelle.classifiers.recognizers._base import _fold_context as fold_window
from sentinelle.classifiers.recognizers._equipment import equipment_patient
from sentinelle.classifiers.recognizers._streets import street_word
from sentinelle.classifiers.recognizers._tables import HEADER as TABLE_HEADER
from sentinelle.classifiers.recognizers.patient_name._addressee import greeted as greeted_addressee
from sentinelle.classifiers.recognizers.patient_name._cues import (
    _TITLE_BEFORE,
    _business_document,
    _patient_cue,
    _topic_use,
)
from sentinelle.classifiers.recognizers.patient_name._fields import care_field, care_field_names
from sentinelle.classifiers.recognizers.patient_name._lines import (
    _terse_note_names,
    initial_surname_names,
    names_before_a_bed,
    names_beside_numbers,
    people_named_by_room,
)
from sentinelle.classifiers.recognizers.patient_name._lower_case import (
    _LOWER_NAME,
    _lower_case_name,
    _names_before_birth_dates,
    lower_case_full_names,
)
from sentinelle.classifiers.recognizers.patient_name._ner import (
    _windows_near,
    ner_names,
)
from sentinelle.classifiers.recognizers.patient_name._night_report import (
    ROOM_INITIAL,
    is_staff_initial,
    night_report_names,
)
from sentinelle.classifiers.recognizers.patient_name._prose import _names_said, people_named_by_a_relative
from sentinelle.classifiers.recognizers.patient_name._schedules import in_schedule_row, initial_in_row
from sentinelle.classifiers.recognizers.patient_name._shapes import (
    _HARD_STOP,
    _NAME,
    _ORG_WORDS,
    _clean_name,
    _titleless,
)
from sentinelle.classifiers.recognizers.patient_name._spans import (
    _line_before,
    _Reach,
    _Taken,
)
from sentinelle.classifiers.recognizers.patient_name._staff import (
    _ADDRESSES_PATIENT,
    _GREETING,
    _HEADER_LINE,
    _LIST_GLUE,
    _ROLE_TO_NAME,
    EMPTY_STAFF,
    StaffNames,
    _is_person,
    _name_words,
)
from sentinelle.classifiers.recognizers.patient_name._staff_cues import _WRITES_OF_OWN_CARE, _staff_cue
from sentinelle.classifiers.recognizers.patient_name._subject import _subject_lead_name, summary_lead_name
from sentinelle.classifiers.recognizers.patient_name._tables import table_names
from sentinelle.classifiers.recognizers.patient_name._triggers import (
    CARE_PHRASE,
    GENRE,
    GIVEN,
    HONORIFIC,
    NAME_SAID,
    ROLE,
    ROSTER,
    SIGNATURE,
    STAFF_ROLE,
    SURNAME_INITIAL,
    UPPER_COMMA,
    genre_said,
)
from sentinelle.classifiers.types import PATIENT_NAME, Finding, Segment

if TYPE_CHECKING:
    from spacy.language import Language


_SIGNATURE_SPAN = 300
# Where a quoted or forwarded message starts, a signature block ends: a short reply's signature is followed by the
# message it answers ("-----Message d'origine-----", "De : ...", "On ... wrote:"), whose patient is nobody's staff.
_QUOTED_MESSAGE = re.compile(
    r"(?im)^[ \t]*(?:-{3,}[ \t]*(?:message d'origine|original message|forwarded message|message transf[ée]r[ée])"
    r"|(?:de|from|envoy[ée]|sent)[ \t]*:|le [^\n]{5,80} a [ée]crit[ \t]*:|on [^\n]{5,80} wrote:|>)"
)


def _signature_end(text: str, opener_end: int) -> int:
    """Where the signature block opened at ``opener_end`` ends: ``_SIGNATURE_SPAN`` characters on, or sooner at
    the start of a quoted or forwarded message; a quoted message's own signature ("> -- ") runs on through its
    quoted lines and ends at the first line that is not quoted."""
    limit = opener_end + _SIGNATURE_SPAN
    line_start = text.rfind("\n", 0, opener_end) + 1
    if text[line_start:opener_end].lstrip().startswith(">"):
        position = text.find("\n", opener_end, limit)
        while 0 <= position < limit:
            if not text[position + 1 : position + 3].lstrip(" \t").startswith(">"):
                return position + 1
            position = text.find("\n", position + 1, limit)
        return limit
    quoted = _QUOTED_MESSAGE.search(text, opener_end, limit)
    return quoted.start() if quoted else limit
# A customer's account, not a person: "No client 465651891", "client # 4471", "numéro de client : 88".
_ACCOUNT_BEFORE = re.compile(r"(?i:\b(?:no|n[o°º]\.?|num[ée]ro|#|code|compte)[ \t]*(?:de[ \t]+|du[ \t]+)?)$")
_ACCOUNT_AFTER = re.compile(r"[ \t]*(?:#|no\b|n[o°º]\.?|number|:)?[ \t]*[0-9]")


def _account(text: str, start: int, end: int) -> bool:
    """The role word "client(e)" at ``start:end`` names an account number, not a person."""
    if not text[start:end].lower().startswith("client"):
        return False
    return bool(_ACCOUNT_BEFORE.search(text, max(0, start - 14), start) or _ACCOUNT_AFTER.match(text, end))


# A form's field left blank (underscores, dots, an ellipsis, a bracketed placeholder), and a label's own colon.
_BLANK_FIELD = re.compile(r"[ \t\u00a0]*:[ \t\u00a0]*(?:_{2,}|\.{3,}|…|\[[^\]\n]{0,30}\]|<[^>\n]{0,30}>)")
_LABEL_AFTER = re.compile(r"[ \t\u00a0]*:")


# Phrases that say whom a text is about, not that it is a patient ("le dossier de" is an employee's too).
_ABOUT = re.compile(r"(?i:concernant|au\s+sujet\s+de|regarding|concerning|dossier\s+(?:de|of))")
_TITLE_AFTER = re.compile(r"\s*(?:M\.|Mmes?\b|MME\b|Mlle\b|Monsieur\b|Madame\b|Mrs?\b|Ms\b|Dre?\b|Docteure?\b|Pre?\b)")
# Name columns: labels only, and never worth an NER window without their colon ("First, we...").
_NAME_COLUMNS = frozenset(
    {"last name", "first name", "given name", "family name", "surname", "prenom", "nom de famille", "last", "first"}
)
# The labels of a field that names the person cared for ("Patient :", "Usager :"), whoever receives the message.
_CARED_FOR_LABELS = frozenset({"patient", "patiente", "usager", "usagere", "client", "cliente", "resident", "residente",
                               "beneficiaire"})
# Occupational health said to an employee: their own file as an employee, the service's name.
_EMPLOYEE_HEALTH = re.compile(
    r"\b(?:votre|your)\s+(?:dossier|file|record)\s+(?:d'employee?|d'employe|(?:as\s+an\s+|of\s+)?employee)\b"
    r"|\bsante\s+(?:et\s+securite\s+)?(?:au|du)\s+travail\b|\b(?:employee|occupational)\s+health\b"
)
_SIGNED_TEXT_REACH = 600  # what a signer wrote above the sign-off, read for their own care
_EVIDENCE_REACH = 150  # a title-less name this close to strong clinical evidence or a birth date
_ROLE_LABEL_WORDS = frozenset(
    {"nom", "name", "travailleur", "travailleuse", "reclamant", "reclamante", "claimant", "assure", "assuree",
     "insured", "enfant", "child", *_NAME_COLUMNS}
)


# Where the name a greeting addresses ends: the greeting's own punctuation, a line end, or the next name of
# the addressees ("Bonjour Mme Gagnon,", "Hi Emily!", "Bonjour Mme Roy et M. Dion,"); not a sentence that
# goes on ("Bonjour, Mme Gauthier du 312 refuse ses médicaments").
_GREETING_END = re.compile(r"[ \t]*(?:[,!:;.\r\n]|$|(?:et|and|&)\b)")
_GREETING_INSIDE = re.compile(r"[,!:;\r\n]")  # "Allô Julie,\nMax ...": the greeting's name and the next line's word


class PatientNameRecognizer(BaseRecognizer):
    name = "patient_name"
    triggers = (ROLE, HONORIFIC, STAFF_ROLE, SIGNATURE, ROSTER, GENRE, CARE_PHRASE, TABLE_HEADER, ROOM_INITIAL)
    # Title-less names are scanned in a second RE2 pass of their own, only over the text near
    # evidence: most mail has none (no cost), and the given-name alternation never competes with
    # the combined pass for characters (a NAM right after a name stays whole).
    titleless_triggers = (GIVEN, UPPER_COMMA, SURNAME_INITIAL, NAME_SAID)

    def __init__(self, nlp: Language | None = None) -> None:
        self._nlp = nlp
        self._titleless_scanner = Scanner(self.titleless_triggers)

    def _titleless_hits(
        self, text: str, evidence: Sequence[tuple[int, int]] | None, everywhere: bool, reach: int
    ) -> tuple[list[tuple[int, int]], list[tuple[int, int]], list[tuple[int, int]], list[tuple[int, int]]]:
        """(given-name, "UPPER, Given", "Surname I. –", "Name, 62 ans" hits) in the whole text, or only
        near ``evidence``."""
        windows = _windows_near(text, evidence, everywhere, reach)
        given: list[tuple[int, int]] = []
        comma: list[tuple[int, int]] = []
        initial: list[tuple[int, int]] = []
        said: list[tuple[int, int]] = []
        for lo, hi in windows:
            scan = self._titleless_scanner.scan(text[lo:hi])
            given.extend((lo + s, lo + e) for s, e in scan.get(GIVEN.kind))
            comma.extend((lo + s, lo + e) for s, e in scan.get(UPPER_COMMA.kind))
            initial.extend((lo + s, lo + e) for s, e in scan.get(SURNAME_INITIAL.kind))
            said.extend((lo + s, lo + e) for s, e in scan.get(NAME_SAID.kind))
        return given, comma, initial, said

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
        evidence: Sequence[tuple[int, int]] | None = None,
        evidence_anywhere: bool = False,
        evidence_reach: int = 400,
        newsletter: bool = False,
        person_elsewhere: bool = False,
    ) -> list[Finding]:
        """Pattern names after the triggers of ``scan``; with ``use_ner``, NER on trigger windows.

        ``evidence``: spans of strong clinical information and birth dates in this segment (the
        engine's first pass). A title-less name within ``_EVIDENCE_REACH`` characters of one has a
        patient cue, except in newsletter-like segments; ``evidence_anywhere``: the message holds
        such evidence and this segment's names are near it whatever their position (the Subject).
        With ``evidence`` given, title-less names farther than ``evidence_reach`` (the scoring
        proximity) from all of it are not reported: they cannot change a verdict, and the quoted
        history of ordinary mail is full of colleagues' names.

        ``newsletter``: the message says it is newsletter-like elsewhere (its Subject), so this
        segment is read as one even without a genre word of its own.

        ``ner_probe``: raise ``NerNeeded`` instead of running NER on a window; when there is no
        window to run it on, the result is exactly the one NER would give.

        ``ner_near`` (the engine's verdict gate): when given, NER only runs on windows within
        ``ner_reach`` characters of one of these spans (clinical information, birth dates).
        Anything NER finds or confirms lies inside its window, so a window farther than that
        from every such span cannot change a proximity verdict and is skipped.
        """
        text = segment.text
        role_hits, hon_hits, roster_hits = scan.get(ROLE.kind), scan.get(HONORIFIC.kind), scan.get(ROSTER.kind)
        roster_hits = [*roster_hits, *scan.get(CARE_PHRASE.kind)]  # any of them: something to look at
        # "Lève-patient Viking", "patient lift": a device's name introduces no patient.
        role_hits = [(s, e) for s, e in role_hits if not equipment_patient(text, s, e) and not _account(text, s, e)]
        if evidence is not None and not evidence and not evidence_anywhere:
            given_hits: list[tuple[int, int]] = []
            comma_hits: list[tuple[int, int]] = []
            initial_hits: list[tuple[int, int]] = []
            said_hits: list[tuple[int, int]] = []
        else:
            given_hits, comma_hits, initial_hits, said_hits = self._titleless_hits(
                text, evidence, evidence_anywhere, evidence_reach
            )
        # The name a Subject opens with ("DUPONT Marie - récidive"), when evidence could make it count.
        lead = (
            _subject_lead_name(text, lone_surname=person_elsewhere or evidence is None or bool(evidence),
                               alone=person_elsewhere or evidence is None or bool(evidence) or evidence_anywhere)
            if segment.location == "subject" and (evidence is None or evidence or evidence_anywhere)
            # ... or an invitation's summary, the Subject of a calendar event
            else summary_lead_name(text, lone_surname=bool(evidence), alone=False)
            if segment.location.startswith("attachment:") and evidence
            else None
        )
        # Full names right before a birth date's label, whatever the given-name list knows.
        birth_names = _names_before_birth_dates(text, evidence) if evidence and not newsletter else []
        # "the lady in 312 (Côté)", "your guy in 4B, Steven,": a patient named by room, with evidence to count.
        roomed = people_named_by_room(text) if evidence and not newsletter else []
        # "my son Chantal (Jun 13, 2016) had his skin prick tests": a relative names the person cared for.
        related = people_named_by_a_relative(text) if evidence and not newsletter else []
        # "Summary: Tremblay - total thyroidectomy - M-683755": a family name in a field beside an identifier.
        numbered = names_beside_numbers(text, evidence) if evidence and not newsletter else []
        # "pour liam bouchard, suivie en TAO": a full name typed in lower case, with evidence to count.
        lowered = (lower_case_full_names(text, _windows_near(text, evidence, evidence_anywhere, evidence_reach))
                   if (evidence or evidence_anywhere) and not newsletter else [])
        # "C. Taylor 2541800 - glyc 19.2": an initial and a family name opening a line that evidence follows.
        initialled = (initial_surname_names(text, evidence, lambda s, e: not _topic_use(text, s, e))
                      if evidence and not newsletter else [])
        # "consult pour J. Paquette civ 9: FA rapide", "leblanc diane civ 16: sepsis": a name, then where they lie.
        bedded = (names_before_a_bed(text, evidence, lambda s, e: not _topic_use(text, s, e))
                  if evidence and not newsletter else [])
        table_hits = scan.get(TABLE_HEADER.kind)
        # Mail written to the patient: the greeting's name, when the text speaks to them of their own care.
        said_genre = genre_said(text, scan.get(GENRE.kind))
        greeted = greeted_addressee(text) if not (newsletter or said_genre) else None
        room_hits = scan.get(ROOM_INITIAL.kind)
        if not (role_hits or hon_hits or given_hits or comma_hits or initial_hits or roster_hits or lead
                or birth_names or said_hits or table_hits or greeted or room_hits or roomed or numbered or related
                or lowered or initialled or bedded):
            return []
        staff_roles: list[tuple[list[int], list[frozenset[str]]]] = []

        def staff_by_role() -> tuple[list[int], list[frozenset[str]]]:
            """Ends of staff-role words, and the names they introduce (computed once, on demand)."""
            if not staff_roles:
                ends: list[int] = []
                people: list[frozenset[str]] = []
                for start, end in scan.get(STAFF_ROLE.kind):
                    if not bounded(text, start, end) and text[end - 1 : end] != ".":
                        continue
                    if care_field(text, start, end):  # "Résident : X, ch. 125": the person cared for
                        continue
                    ends.append(end)
                    match = _NAME.match(text, end)
                    if match and not match.group("label"):
                        words = _name_words(_clean_name(match.group("name")))
                        if words:
                            people.append(words)
                staff_roles.append((ends, people))
            return staff_roles[0]

        signatures = [(s, _signature_end(text, e)) for s, e in scan.get(SIGNATURE.kind)]
        newsletter = newsletter or said_genre
        second_person: list[bool] = []

        def addresses_patient() -> bool:
            """Second-person clinical wording, unless it is an employee's occupational health ("votre test
            tuberculinique ... votre dossier d'employée": HR; "an employee accessed your record" is no such thing)."""
            if not second_person:
                folded = fold_window(text)
                second_person.append(_ADDRESSES_PATIENT.search(folded) is not None
                                     and _EMPLOYEE_HEALTH.search(folded) is None)
            return second_person[0]

        staff_seen: list[tuple[int, frozenset[str]]] = []  # (end, name words) of names excluded as staff
        staff_said: list[frozenset[str]] = []  # full names that what the text says of them made staff

        def excluded(name: str, start: int, end: int | None = None) -> bool:
            words = _name_words(name)
            if staff_seen:
                last_end = max(e for e, _ in staff_seen)
                # The next name of a list that a staff member opens ("M. Jacques Bélanger et à Mme Lise
                # Pelletier"); a surname alone of someone named in full as staff ("Ms. Priya Nair" ... "Ms. Nair").
                if 0 <= start - last_end <= 40 and _LIST_GLUE.fullmatch(fold_window(text[last_end:start])):
                    return _seen_as_staff(words, end)
                if len(words) == 1 and any(words <= person for _, person in staff_seen):
                    return True
            # The same full name again, after what the text said of it made it staff ("X assurera le suivi de sa
            # clientèle ... acheminés à X"); not after a mere position (a header line, a signature: a patient
            # writes and signs too).
            if len(words) >= 2 and _is_person(words, staff_said):
                return True
            # Who someone is (the sender, a staff member named in full) says nothing of the next name of a
            # list; what the text says around a name ("Merci à", "Présents :", ", directrice") does.
            role_ends, staff_people = staff_by_role()
            if staff.covers(name) and (staff.covers(name, recipients=False) or not addresses_patient()):
                return True  # a recipient is staff, unless the text speaks to them of their own care
            if len(words) >= 2 and _is_person(words, staff_people):
                return True  # the full name of someone introduced as staff ("Dre Marie Lavoie" ... "Mme Marie Lavoie")
            if _presented_as_staff(start, end, role_ends):
                return _seen_as_staff(words, end)
            if end is not None and _staff_cue(text, start, end):
                if len(words) >= 2:
                    staff_said.append(words)
                return _seen_as_staff(words, end)
            return False

        def _seen_as_staff(words: frozenset[str], end: int | None) -> bool:
            if end is not None and words:
                staff_seen.append((end, words))
            return True

        signed_own_care: dict[int, bool] = {}

        def staff_signature(opening: int) -> bool:
            """A sign-off's block is staff's, unless what its writer wrote above speaks of their own care ("my
            biopsy results got cancelled again ... Thanks in advance, Beverly Henderson"): a patient signs too."""
            if opening not in signed_own_care:
                above = fold_window(text[max(0, opening - _SIGNED_TEXT_REACH) : opening])
                signed_own_care[opening] = _WRITES_OF_OWN_CARE.search(above) is not None
            return not signed_own_care[opening]

        def _presented_as_staff(start: int, end: int | None, role_ends: list[int]) -> bool:
            if any(s <= start < e and staff_signature(s) for s, e in signatures):
                return True
            before = _line_before(text, start)
            if _HEADER_LINE.search(before):
                return True
            if _GREETING.search(before) and not addresses_patient() and (
                end is None or _GREETING_END.match(text, end) or _GREETING_INSIDE.search(text, start, end)
            ):
                return True
            # "la ministre, Mme Sonia Bélanger", "l'infirmière Julie Roy": a role right before the name.
            if any(0 <= start - e <= 16 and _ROLE_TO_NAME.fullmatch(fold_window(text[e:start])) for e in role_ends):
                return True
            return in_schedule_row(text, start)

        candidates: list[tuple[int, int, str, float, str]] = []  # start, end, name, confidence, how
        unmatched: list[tuple[int, int, str]] = []  # trigger spans without a pattern name
        taken = _Taken()

        def add(start: int, end: int, name: str, confidence: float, how: str) -> None:
            """Callers checked ``taken`` (one name, one finding) and ``excluded`` first."""
            taken.add((start, end))
            candidates.append((start, end, name, confidence, how))

        # A diagnosis or drug that names a clinic, a unit, a programme or a topic ("la clinique de diabète",
        # "the heart failure clinic", "formation sur l'insulinothérapie") says nothing of the people around it.
        reaches: list[_Reach] = []  # (title-less, titled) reaches, built on first use

        def evidence_cue(start: int, end: int, titled: bool = False) -> bool:
            """Strong clinical information or a birth date close by (the engine's pass), not in a newsletter:
            within ``_EVIDENCE_REACH`` of a title-less name, within the scoring proximity of a titled one."""
            if evidence is None or newsletter:
                return False
            if evidence_anywhere:
                return True
            if not reaches:
                said_of_someone = [span for span in evidence if not _topic_use(text, *span)]
                reaches.extend((_Reach(said_of_someone, _EVIDENCE_REACH), _Reach(said_of_someone, evidence_reach)))
            return reaches[titled]((start, end))

        # The rows of a patient list: its column headers say whose names they are (``_tables``).
        for start, end, name, how in table_names(text, table_hits) if table_hits else ():
            if not taken.overlaps(start, end) and not excluded(name, start, end):
                add(start, end, name, 0.75, how)

        for start, end, name in care_field_names(text, scan.get(STAFF_ROLE.kind)):
            if not taken.overlaps(start, end) and not excluded(name, start, end):
                add(start, end, name, 0.75, "labelled field naming the person cared for (resident)")

        if greeted is not None and not taken.overlaps(*greeted[:2]) and not staff.covers(greeted[2], recipients=False):
            add(*greeted, 0.7, "the greeting's addressee, spoken to of their own care")

        # A care home's night report: "Rm 210 Mark C. - fall at 0145" (``_night_report``).
        for start, end, name in night_report_names(text, room_hits, evidence) if room_hits else ():
            if not taken.overlaps(start, end) and not is_staff_initial(name, staff.people):
                add(start, end, name, 0.7, "roster line: room, given name and initial" if " " in name
                    else "roster line: room and given name, clinical evidence on the line")

        triggers = [(s, e, "role") for s, e in role_hits] + [(s, e, "honorific") for s, e in hon_hits]
        triggers += [(s, e, "roster") for s, e in scan.get(ROSTER.kind)]
        triggers += [(s, e, "care phrase") for s, e in scan.get(CARE_PHRASE.kind)]
        for t_start, t_end, kind in sorted(triggers):
            if kind != "roster" and not bounded(text, t_start, t_end) and text[t_end - 1 : t_end] != ".":
                continue
            if text.startswith("M.", t_start) and t_end < len(text) and text[t_end].isalpha():
                continue  # "M.D.", "M.Sc.": a credential, not "Monsieur"
            if text.startswith("M.", t_start) and initial_in_row(text, t_start):
                continue  # "M. Drouin" among "P. Gagné", "I. McKenzie": an initial of an on-call list
            match = _NAME.match(text, t_end)
            name = _clean_name(match.group("name")) if match else ""
            # (the inclusive form's ending dropped: "Patient(e)" is the label "patient")
            label_word = " ".join(fold(text[t_start:t_end]).split()).split("(")[0] if kind == "role" else ""
            if label_word in _NAME_COLUMNS and (match is None or not match.group("label")):
                continue
            if match and not match.group("label") and label_word in _ROLE_LABEL_WORDS:
                name = ""  # "nom" / "name" without a colon: an ordinary word
            # A title-case heading or service name ("Patient Safety", "Client Services"): reported, never decisive.
            heading = (
                kind == "role"
                and text[t_start].isupper()
                and len(name.split()) == 1
                and not name.isupper()
                and match is not None
                and not match.group("label")
            )
            about = kind == "care phrase" and _ABOUT.match(text, t_start) is not None
            if about and _TITLE_AFTER.match(text, t_end):
                continue  # "au sujet de Mme X": the title's own trigger reads the name (and its reach)
            if kind in ("roster", "care phrase") and (len(name.split()) < 2 or (match and match.group("label"))):
                continue  # "2025 - Budget", "suivi de Roy": a full name (surname and given name) only
            if kind == "roster" and any(street_word(w.rstrip(",")) for w in name.split()):
                continue  # "1261 Birchwood Road, Saint-Clément": a civic number and its street, in a footer
            if (not name or match is None) and kind == "honorific":
                lower = _LOWER_NAME.match(text, t_end)
                if lower and _lower_case_name(lower["given"], lower["surname"]):
                    start, end = lower.start("given"), lower.end("surname")
                    name = text[start:end]
                    if not taken.overlaps(start, end) and not excluded(name, start, end):
                        cue = _patient_cue(text, start, end) or evidence_cue(start, end, titled=True)
                        add(start, end, name, 0.6 if cue else 0.5, "lower-case given name + surname after a title")
                    else:
                        taken.add((start, end))
                    continue
            if _BLANK_FIELD.match(text, t_end):
                continue  # "Patient: [Nom du patient]", "Nom : ______": a blank form's field, for NER too
            if not name or match is None:
                words = [fold(w.rstrip(".,")) for w in match.group("name").split()] if match else []
                credential = bool(words) and words[0] in _HARD_STOP  # "M. Sc."
                organisation = any(w in _ORG_WORDS for w in words)  # "Patient Safety": nobody for NER to find
                if kind not in ("roster", "care phrase") and not credential and not organisation:
                    unmatched.append((t_start, t_end, kind))
                continue
            if match.group("label") and _LABEL_AFTER.match(text, match.end("name")):
                continue  # a label's own colon ("Nom de l'usager: Adresse:"): the next label is no name
            if match.group("label") and any(fold(w) in _ORG_WORDS for w in match.group("name").split()):
                continue  # "Client : CHU Exemple": an institution fills the field (its word trimmed or not)
            parts = name.split()
            start = text.find(parts[0], match.start("name"))
            end = text.rfind(parts[-1], start, match.end("name")) + len(parts[-1])
            # "Patient: Mr David Cloutier" sent to David Cloutier: his own discharge instructions, not a colleague.
            own_record = (match.group("label") is not None and label_word in _CARED_FOR_LABELS
                          and staff.covers(name) and not staff.covers(name, recipients=False))
            if taken.overlaps(start, end) or (not own_record and excluded(name, start, end)):
                taken.add((start, end))
                continue
            if match.group("label"):
                confidence, how = 0.75, "labelled field"
            elif kind == "honorific":
                # A title is evidence of a person, not of a patient: it needs a patient cue as well.
                if _patient_cue(text, start, end) or evidence_cue(start, end, titled=True):
                    confidence, how = 0.7, kind
                elif evidence is None and not newsletter:
                    confidence, how = 0.7, kind  # no engine evidence to weigh (the recognizer alone)
                else:
                    confidence, how = 0.5, kind + "; no patient cue"
            elif kind == "roster":
                confidence, how = 0.7, "roster line"
            elif heading:
                confidence, how = 0.5, "title-case heading"
            elif about:
                # "au sujet de", "regarding": whom a message is about, a patient only with a cue.
                cue = _patient_cue(text, start, end) or evidence_cue(start, end) or evidence is None
                confidence, how = (0.65, kind) if cue else (0.5, kind + "; no patient cue")
            else:
                confidence, how = 0.65, kind
            add(start, end, name, confidence, f"pattern name after {how} ({fold(text[t_start:t_end]).strip()})")

        # Before the title-less shapes: the family tie says more of the same name.
        for start, end, name in related:
            if taken.overlaps(start, end) or excluded(name, start, end):
                taken.add((start, end))
                continue
            # (a family tie says who the person is, as a title does: the titled reach)
            add(start, end, name, 0.65 if evidence_cue(start, end, titled=True) else 0.5,
                "pattern person named by a relative")

        verdict_reach = _Reach(evidence or (), evidence_reach)
        for start, end, name, how in _titleless(text, given_hits, comma_hits):
            if evidence is not None and not evidence_anywhere and not verdict_reach((start, end)):
                continue  # no evidence within reach: this name cannot matter to any verdict (engine pass)
            if taken.overlaps(start, end) or excluded(name, start, end):
                taken.add((start, end))
                continue
            cue = _patient_cue(text, start, end) or evidence_cue(start, end)
            add(start, end, name, 0.65 if cue else 0.5, f"pattern {how}" + ("; patient cue" if cue else ""))

        for start, end, name in lowered:
            if taken.overlaps(start, end) or excluded(name, start, end):
                taken.add((start, end))
                continue
            cue = _patient_cue(text, start, end) or evidence_cue(start, end)
            add(start, end, name, 0.6 if cue else 0.5, "pattern lower-case given name + family name"
                + ("; patient cue" if cue else ""))

        if said_hits and not newsletter:
            for start, end, name in _names_said(text, said_hits):
                if evidence is not None and not evidence_anywhere and not verdict_reach((start, end)):
                    continue
                if taken.overlaps(start, end) or excluded(name, start, end):
                    taken.add((start, end))
                    continue
                # The age or the care verb says it is someone's; the evidence must be said of someone too (not
                # "Kwabena Asante, 40 ans aujourd'hui, infirmier à la clinique de diabète").
                cue = evidence is None or evidence_cue(start, end)
                how = "pattern full name said to be of an age or admitted, seen, referred"
                add(start, end, name, 0.65 if cue else 0.5, how if cue else how + "; no evidence said of someone")

        for start, end, name in roomed:
            if taken.overlaps(start, end) or excluded(name, start, end):
                taken.add((start, end))
                continue
            add(start, end, name, 0.65 if evidence_cue(start, end) else 0.5, "pattern person named by room, then name")

        for start, end, name in numbered:
            if taken.overlaps(start, end) or excluded(name, start, end):
                taken.add((start, end))
                continue
            add(start, end, name, 0.65 if evidence_cue(start, end) else 0.5,
                "pattern family name in a field beside an identifier")

        if birth_names:
            for start, end, name in birth_names:
                if taken.overlaps(start, end) or excluded(name, start, end):
                    taken.add((start, end))
                    continue
                add(start, end, name, 0.65, "pattern full name before a birth date")

        if lead and not newsletter:
            start, end, name = lead
            clinical_word = any(s < end and start < e for s, e in evidence or ())  # "MPOC Exacerbation -"
            if not clinical_word and not excluded(name, start, end):
                cue = evidence_cue(start, end) or evidence is None
                how = "pattern name filling a field of the Subject"
                if not taken.overlaps(start, end):
                    add(start, end, name, 0.65 if cue else 0.5, how)
                elif cue:  # the same name found weaker by another shape: the Subject's field says more
                    candidates = [(s, e, n, 0.65, how) if s < end and start < e and c < 0.65 else (s, e, n, c, h)
                                  for s, e, n, c, h in candidates]

        if initial_hits and evidence and not newsletter:
            # A drug or disease named as a topic ("201 - Roy M. - formation insuline") says nothing of the name.
            of_someone = [span for span in evidence if not _topic_use(text, *span)]
            for start, end, name in _terse_note_names(text, initial_hits, of_someone):
                if taken.overlaps(start, end) or staff.covers_initial(name) or excluded(name, start, end):
                    taken.add((start, end))
                    continue
                add(start, end, name, 0.65, "pattern surname + initial opening a terse clinical line")

        if initialled and not newsletter:
            for start, end, name in initialled:
                if taken.overlaps(start, end) or staff.covers_initial(name) or excluded(name, start, end):
                    taken.add((start, end))
                    continue
                add(start, end, name, 0.65, "pattern initial + surname opening a clinical line")

        for start, end, name, initial in bedded:
            if taken.overlaps(start, end) or (initial and staff.covers_initial(name)) or excluded(name, start, end):
                taken.add((start, end))
                continue
            add(start, end, name, 0.65, "pattern name + bed or stretcher on a clinical line")

        run_ner = use_ner and self._nlp is not None and not newsletter and bool(unmatched)
        business = (run_ner or any(c[3] > 0.5 for c in candidates)) and _business_document(text)
        # Newsletter-like segments: a title there is not a patient's, and neither is what NER finds
        # around one (it would be a staff member, a speaker, an author). Business documents alike.
        if run_ner and not business and self._nlp is not None:
            candidates = ner_names(self._nlp, text, candidates, unmatched, excluded, ner_near, ner_reach, ner_probe,
                                   clinical=evidence or ())
        if business:
            # An invoice, an order, an expense claim or an employee form names customers, suppliers and
            # employees: its "Nom :" and "Client :" fields are no patients unless a patient cue stands by.
            # A person named with a title is an individual customer, not an organisation's contact: kept.
            candidates = [
                c
                if c[3] <= 0.5 or _TITLE_BEFORE.search(text, max(0, c[0] - 12), c[0]) or _patient_cue(text, c[0], c[1])
                else (*c[:3], 0.5, c[4] + "; business document")
                for c in candidates
            ]

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
