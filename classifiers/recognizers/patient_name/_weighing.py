"""One segment's candidate names as the recognizer finds them (``SegmentNames``): one name per place, staff
excluded by what the text says around them, and the clinical evidence that makes a name a patient's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sentinelle.classifiers.recognizers._base import Scan, bounded, fold
from sentinelle.classifiers.recognizers._base import _fold_context as fold_window
from sentinelle.classifiers.recognizers.patient_name._cues import _TITLE_BEFORE, _topic_use
from sentinelle.classifiers.recognizers.patient_name._fields import care_field
from sentinelle.classifiers.recognizers.patient_name._own_care import (
    _CORRESPONDENT_AFTER,
    _WRITES_OF_OWN_CARE,
    ABOUT_OWN_WORK,
)
from sentinelle.classifiers.recognizers.patient_name._schedules import in_schedule_row
from sentinelle.classifiers.recognizers.patient_name._shapes import _NAME, _ORG_WORDS, _clean_name
from sentinelle.classifiers.recognizers.patient_name._spans import _line_before, _Reach, _Taken
from sentinelle.classifiers.recognizers.patient_name._staff import (
    _ADDRESSES_PATIENT,
    _GREETING,
    _HEADER_LINE,
    _LIST_GLUE,
    _ROLE_TO_NAME,
    BULLET_GLUE,
    StaffNames,
    _is_person,
    _name_words,
)
from sentinelle.classifiers.recognizers.patient_name._staff_cues import _staff_cue
from sentinelle.classifiers.recognizers.patient_name._triggers import SIGNATURE, STAFF_ROLE

Candidate = tuple[int, int, str, float, str]  # start, end, name, confidence, how

# A name written as an initial and a family name ("L. Beauchemin").
_INITIAL_AND_SURNAME = re.compile(r"(?P<initial>[A-ZÀ-Þ])\.[ \t\u00a0]?(?P<surname>[A-ZÀ-Þ][\w'’-]+)")
_SIGNATURE_SPAN = 300
# Where a quoted or forwarded message starts, a signature block ends: a short reply's signature is followed by the
# message it answers ("-----Message d'origine-----", "De : ...", "On ... wrote:"), whose patient is nobody's staff.
_QUOTED_MESSAGE = re.compile(
    r"(?im)^[ \t]*(?:-{3,}[ \t]*(?:message d'origine|original message|forwarded message|message transf[ée]r[ée])"
    r"|(?:de|from|envoy[ée]|sent)[ \t]*:|le [^\n]{5,80} a [ée]crit[ \t]*:|on [^\n]{5,80} wrote:|>"
    # ... or a message a portal or a mailbox received ("Portal message received September 7 from: X")
    r"|[^\n]{0,60}\b(?:re[çc]ue?|received)\b[^\n]{0,60}\b(?:de|from)[ \t]*:)"
)
# Occupational health said to an employee: their own file as an employee, the service's name.
_EMPLOYEE_HEALTH = re.compile(
    r"\b(?:votre|your)\s+(?:dossier|file|record)\s+(?:d'employee?|d'employe|(?:as\s+an\s+|of\s+)?employee)\b"
    r"|\bsante\s+(?:et\s+securite\s+)?(?:au|du)\s+travail\b|\b(?:employee|occupational)\s+health\b"
    # ... or a new employee's pre-hiring requirements ("Exigences de santé – nouvel(le) employé(e)", "new hire")
    r"|\bnouvel(?:le)?(?:\(le\))?\s+employ|\bnew\s+(?:hire|employee|staff)|\bpre-?employment|\bpreembauche"
    r"|\bavant\s+votre\s+premiere\s+journee|\bbefore\s+your\s+first\s+day"
)
_SIGNED_TEXT_REACH = 600  # what a signer wrote above the sign-off, read for their own care
# A message a patient portal carries is its patient's ("Message reçu via le portail patient le ... de : X").
_PATIENT_PORTAL = re.compile(r"\b(?:portail\s+(?:patient|patients|usager|sante)|patient\s+portal|portal\s+message)\b")
# A birth date right after a name ("Mary Lapointe (DOB 1995-02-04)"): the person a record is about.
_BIRTH_AFTER = re.compile(r"[ \t]*[(,:-]?[ \t]*(?:ddn|dob|d\.o\.b\.|date\s+de\s+naissance|nee?\s+le|born)\b")
_QUOTE_REACH = 600  # what a correspondent wrote after their attribution or quoted header, read for their own care
# What an attribution or a quoted header holds after the name, on its line: an address, or "wrote" in one of its
# spellings.
_ATTRIBUTION_MARKS = ("@", "wrote", "crit", "schrieb", "WROTE", "CRIT")
# ... not a clinician's own people ("my multiple sclerosis patients", "mes patients diabétiques" reads the other way).
_THEIR_PEOPLE_AFTER = re.compile(r"[ \t]*(?:patients?|patientes?|clients?|clientele|cases|cas|caseload|residents?)\b")
# The first person right before a clinical word: the writer's own condition (an article at most between).
_FIRST_PERSON_BEFORE = re.compile(
    r"(?:\bj'ai(?:\s+(?:encore|toujours|aussi|eu))?\s+(?:des|une?|de\s+la|du|de\s+l'|les)"
    r"|\bi\s*(?:have|'ve|had|got)(?:\s+(?:had|got|still|also))?(?:\s+(?:an?|the|some))?"
    r"|\b(?:my|mon|ma|mes))\s*$"
)
_EVIDENCE_REACH = 150  # a title-less name this close to strong clinical evidence or a birth date
# The name's line ends right after it (a cheap test before the line is searched: a long line has no end near).
_LINE_ENDS_HERE = re.compile(r"[ \t\r\-–—,.!]*(?:\n|$)")
# Where the name a greeting addresses ends: the greeting's own punctuation, a line end, or the next name of
# the addressees ("Bonjour Mme Gagnon,", "Hi Emily!", "Bonjour Mme Roy et M. Dion,"); not a sentence that
# goes on ("Bonjour, Mme Gauthier du 312 refuse ses médicaments").
_GREETING_END = re.compile(r"[ \t]*(?:[,!:;.\r\n]|$|(?:et|and|&)\b)")
_GREETING_INSIDE = re.compile(r"[,!:;\r\n]")  # "Allô Julie,\nMax ...": the greeting's name and the next line's word

# The next name after a physician's, joined by "and" ("Approved by: Dr. Nathalie Giroux and Ms. Annie Beauregard",
# "Dre Roy et Mme Tremblay"): one list of colleagues (not a comma's: "Dr Roy, Mme Tremblay 82 ans" may refer).
_AFTER_A_PHYSICIAN = re.compile(
    r"(?:\bDre?\b\.?|\bDRE?\b\.?|\bDocteure?\b)[ \t]+(?:[A-ZÀ-Þ][\w'’-]*[ \t]+){0,2}[A-ZÀ-Þ][\w'’-]*"
    r"[ \t]+(?:et|and|&)[ \t]+(?:(?:M\.|Mme|Mlle|Madame|Monsieur|Mr\.?|Mrs\.?|Ms\.?)[ \t]*)?$"
)
_AND_BEFORE = re.compile(r"[ \t](?:et|and|&)[ \t]+(?:(?:M\.|Mme|Mlle|Madame|Monsieur|Mr\.?|Mrs\.?|Ms\.?)[ \t]*)?$")
_BULLET_LIST_REACH = 400  # a bulleted list of names under a staff label ("Registered:"): some ten lines on
# The word right before a name on its line ("Tanya " of "Tanya Doyle").
_LAST_WORD = re.compile(r"([^\W\d_][\w'’-]*)[ \t]+$")


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


class SegmentNames:
    """The names found so far in one segment, and the judgements every later name is weighed by.

    ``evidence``: spans of strong clinical information and birth dates (the engine's first pass), or None
    when the recognizer runs alone; ``evidence_anywhere``: the message holds such evidence and every name
    of this segment is near it (the Subject); ``newsletter``: the segment is read as newsletter-like;
    ``file_name``: the segment is an attachment's file name.
    Each judgement is computed on first use and remembered for the segment.
    """

    def __init__(
        self,
        text: str,
        scan: Scan,
        staff: StaffNames,
        evidence: Sequence[tuple[int, int]] | None,
        evidence_anywhere: bool,
        evidence_reach: int,
        newsletter: bool,
        file_name: bool = False,
    ) -> None:
        self.text = text
        self.file_name = file_name
        self.staff = staff
        self.evidence = evidence
        self.evidence_anywhere = evidence_anywhere
        self.evidence_reach = evidence_reach
        self.newsletter = newsletter
        self.candidates: list[Candidate] = []
        self.unmatched: list[tuple[int, int, str]] = []  # trigger spans without a pattern name
        self.taken = _Taken()
        self._staff_role_hits = scan.get(STAFF_ROLE.kind)
        self._signatures = [(s, _signature_end(text, e)) for s, e in scan.get(SIGNATURE.kind)]
        self._staff_roles: tuple[list[int], list[frozenset[str]]] | None = None
        self._second_person: bool | None = None
        self._staff_seen: list[tuple[int, frozenset[str]]] = []  # (end, name words) of names excluded as staff
        self._staff_said: list[frozenset[str]] = []  # full names that what the text says of them made staff
        self._signed_own_care: dict[int, bool] = {}
        self._reaches: tuple[_Reach, _Reach] | None = None  # (title-less, titled)
        self._own_care: bool | None = None
        self._wrote_own_care: dict[int, bool] = {}
        self._folded_text: str | None = None
        self._own_care_anywhere: bool | None = None

    def add(self, start: int, end: int, name: str, confidence: float, how: str) -> None:
        """Callers checked ``taken`` (one name, one finding) and ``excluded`` first."""
        self.taken.add((start, end))
        self.candidates.append((start, end, name, confidence, how))

    def free(self, start: int, end: int, name: str) -> bool:
        """No name holds this place yet and the name is nobody's staff; if not, the place is taken."""
        if self.taken.overlaps(start, end) or self.excluded(name, start, end):
            self.taken.add((start, end))
            return False
        return True

    def excluded(self, name: str, start: int, end: int | None = None) -> bool:
        """The name is staff's: by who they are (sender, recipients, someone introduced as staff), by where it
        stands (a signature, a header line, a greeting, a schedule) or by what the text says of them."""
        text = self.text
        words = _name_words(name)
        # (the conjunction first, in the few characters before the name: most names follow none)
        if (_AND_BEFORE.search(text, max(0, start - 16), start) is not None
                and _AFTER_A_PHYSICIAN.search(text, max(0, start - 80), start) is not None):
            return True
        if self._staff_seen:
            last_end = max(e for e, _ in self._staff_seen)
            # The next name of a list that a staff member opens ("M. Jacques Bélanger et à Mme Lise
            # Pelletier"); a surname alone of someone named in full as staff ("Ms. Priya Nair" ... "Ms. Nair").
            glue = fold_window(text[last_end:start]) if 0 <= start - last_end <= _BULLET_LIST_REACH else None
            if glue is not None and ((len(glue) <= 40 and _LIST_GLUE.fullmatch(glue))
                                     or (BULLET_GLUE.fullmatch(glue) and self._alone_on_its_line(end))):
                return self._seen_as_staff(words, end)
            if len(words) == 1 and any(words <= person for _, person in self._staff_seen):
                return True
        # The same full name again, after what the text said of it made it staff ("X assurera le suivi de sa
        # clientèle ... acheminés à X"); not after a mere position (a header line, a signature: a patient
        # writes and signs too).
        if len(words) >= 2 and _is_person(words, self._staff_said):
            return True
        # Who someone is (the sender, a staff member named in full) says nothing of the next name of a
        # list; what the text says around a name ("Merci à", "Présents :", ", directrice") does.
        role_ends, staff_people = self._staff_by_role()
        staff = self.staff
        initialled = _INITIAL_AND_SURNAME.fullmatch(name)
        if initialled is not None and staff.covers_initial(f"{initialled['surname']} {initialled['initial']}"):
            return True  # "L. Beauchemin" signing a message from Laura Beauchemin
        if len(words) == 1 and self._completes_staff_name(start, name):
            return True  # "Doyle" of "Tanya Doyle", the sender's name on the signature's line
        if (len(words) == 1 and end is not None and self._signs_off(start, end) and staff.covers_word(name)
                and not self.writes_of_own_care()):
            return True  # "Émilie" alone on its line in a message from Dre Émilie Langlois: she signs
        if (len(words) >= 2 and end is not None and _LINE_ENDS_HERE.match(text, end) is not None
                and self._signs_off(start, end) and self._organisation_below(end)):
            return True  # "Sanjay Goldberg" over "Vitalis Imaging Canada": a company's or a clinic's signature
        if staff.covers(name):
            if staff.covers(name, recipients=False):
                # A sender is staff, unless they write from outside the recipients' domain of their own care: a
                # patient's message from a personal mailbox ("my results are in ... I'm 16 wks now").
                if not (staff.covers_outside_sender(name) and self.writes_of_own_care()):
                    return True
            elif not (self.addresses_patient() or self._wrote_of_own_care(end) or self._portal_author(start)
                      or (end is not None and _BIRTH_AFTER.match(fold_window(self.text[end : end + 30])))
                      # ... or a title names, in the third person, someone a bare address gives one word of: the
                      # recipient's parent ("the meeting about Mr. Auclair" sent to j.auclair80@...)
                      or (_TITLE_BEFORE.search(text, max(0, start - 12), start) is not None
                          and staff.covers_by_address_only(name))):
                # A recipient is staff, unless the text speaks to them, or they wrote, of their own care (on a
                # patient portal too), or it gives their birth date: their own record ("le relevé de vaccination
                # de Sofia Wilson (DDN 1958-03-04)").
                return True
        if len(words) >= 2 and _is_person(words, staff_people):
            return True  # the full name of someone introduced as staff ("Dre Marie Lavoie" ... "Mme Marie Lavoie")
        if self._presented_as_staff(start, end, role_ends):
            return self._seen_as_staff(words, end)
        # (a correspondent's address after the name is a staff cue, unless what they wrote is of their own care, in
        # the words of the staff cues or as first-person evidence: "j'ai des brulures quand j'urine")
        if end is not None and _staff_cue(text, start, end) and not self._wrote_of_own_care(end):
            if len(words) >= 2:
                self._staff_said.append(words)
            return self._seen_as_staff(words, end)
        return False

    def _completes_staff_name(self, start: int, name: str) -> bool:
        """The word before ``name`` on its line and ``name`` are a sender's full name (not a recipient's: a message
        may speak to its patient, whose name NER may find in part)."""
        before = _LAST_WORD.search(self.text, max(0, start - 40), start)
        return before is not None and self.staff.covers(f"{before.group(1)} {name}", recipients=False)

    def _alone_on_its_line(self, end: int | None) -> bool:
        """Nothing but the name (after a bullet, a title) until its line's end."""
        if end is None:
            return False
        line_end = self.text.find("\n", end)
        return not self.text[end : len(self.text) if line_end < 0 else line_end].strip(" \t\r,.;")

    def _organisation_below(self, end: int) -> bool:
        """The line under the name's is an organisation's name: a short line of capitalised words, one of them an
        organisation's word ("Vitalis Imaging Canada", "Clinique médicale Bellevue", "Medisys Solutions Inc.")."""
        line_start = self.text.find("\n", end)
        if line_start < 0:
            return False
        line_end = self.text.find("\n", line_start + 1)
        line = self.text[line_start + 1 : len(self.text) if line_end < 0 else line_end].strip(" \t\r")
        words = line.replace(",", " ").split()
        # (no sentence, no number: "Clinique du diabète : HbA1c 9 %" says what the person has)
        return (0 < len(words) <= 6 and line[:1].isupper() and not line.endswith(("?", "!", ":")) and ". " not in line
                and not any(c.isdigit() for c in line) and any(fold(word.strip(".()")) in _ORG_WORDS for word in words))

    def _signs_off(self, start: int, end: int) -> bool:
        """The name stands alone on its line, as a message's writer signs with a given name."""
        line_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", end)
        line = self.text[line_start : len(self.text) if line_end < 0 else line_end]
        return line.strip(" \t\r-–—,.!") == self.text[start:end]

    def evidence_cue(self, start: int, end: int, titled: bool = False) -> bool:
        """Strong clinical information or a birth date close by (the engine's pass), not in a newsletter:
        within ``_EVIDENCE_REACH`` of a title-less name, within the scoring proximity of a titled one.

        A diagnosis or drug that names a clinic, a unit, a programme or a topic ("la clinique de diabète",
        "the heart failure clinic", "formation sur l'insulinothérapie") says nothing of the people around it."""
        if self.evidence is None or self.newsletter:
            return False
        if self.evidence_anywhere:
            return True
        reaches = self._evidence_reaches(self.evidence)
        if reaches[titled]((start, end)):
            return True
        # A correspondent's own message about their own care is about them from its first line to its last.
        return not titled and reaches[True]((start, end)) and self._wrote_of_own_care(end)

    def _evidence_reaches(self, evidence: Sequence[tuple[int, int]]) -> tuple[_Reach, _Reach]:
        """(title-less, titled) reaches of the evidence said of someone."""
        if self._reaches is None:
            said_of_someone = [span for span in evidence if not _topic_use(self.text, *span, self.file_name)]
            self._reaches = (_Reach(said_of_someone, _EVIDENCE_REACH), _Reach(said_of_someone, self.evidence_reach))
        return self._reaches

    def addresses_patient(self) -> bool:
        """Second-person clinical wording, unless it is an employee's occupational health ("votre test
        tuberculinique ... votre dossier d'employée": HR; "an employee accessed your record" is no such thing)."""
        if self._second_person is None:
            folded = self._folded()
            self._second_person = (_ADDRESSES_PATIENT.search(folded) is not None
                                   and _EMPLOYEE_HEALTH.search(folded) is None)
        return self._second_person

    def writes_of_own_care(self) -> bool:
        """The segment's writer speaks of their own care in the first person, and not of their work."""
        if self._own_care is None:
            self._own_care = self._any_own_care() and ABOUT_OWN_WORK.search(self._folded()) is None
        return self._own_care

    def _folded(self) -> str:
        if self._folded_text is None:
            self._folded_text = fold_window(self.text)
        return self._folded_text

    def _any_own_care(self) -> bool:
        """Some first-person words of one's own care anywhere in the segment (else no part of it has them)."""
        if self._own_care_anywhere is None:
            self._own_care_anywhere = (_WRITES_OF_OWN_CARE.search(self._folded()) is not None
                                       or self._own_evidence(0, len(self.text)))
        return self._own_care_anywhere

    def _own_evidence(self, lo: int, hi: int) -> bool:
        """Clinical evidence between ``lo`` and ``hi`` said in the first person, right after "j'ai des", "I have
        a", "my", "mes" ("j'ai des brulures quand j'urine", "I have an ear infection", "mon zona"): whatever the
        word, the writer has it."""
        return any(
            _FIRST_PERSON_BEFORE.search(fold_window(self.text[max(lo, start - 24) : start])) is not None
            and _THEIR_PEOPLE_AFTER.match(fold_window(self.text[end : end + 20])) is None
            for start, end in self.evidence or ()
            if lo <= start < hi
        )

    def _wrote_of_own_care(self, end: int | None) -> bool:
        """The name opens what its bearer wrote (``Name <address> wrote:``, a quoted ``From: Name``), and what
        follows speaks of their own care and not of their work."""
        if end is None:
            return False
        if end not in self._wrote_own_care:
            self._wrote_own_care[end] = self._reads_as_own_care(end)
        return self._wrote_own_care[end]

    def _reads_as_own_care(self, end: int) -> bool:
        if not self._any_own_care():
            return False
        if (self.evidence is not None and not self.evidence_anywhere
                and not self._evidence_reaches(self.evidence)[True]((end, end))):
            return False  # no evidence within the scoring proximity: a patient here could change no verdict
        line_end = self.text.find("\n", end, end + 100)
        near = self.text[end : end + 100 if line_end < 0 else line_end]
        if not any(mark in near for mark in _ATTRIBUTION_MARKS):
            return False  # no address, no "wrote:": nothing they wrote follows (most names stop here)
        if not _CORRESPONDENT_AFTER.match(fold_window(near)):
            return False
        after = fold_window(self.text[end : end + _QUOTE_REACH])
        return ((_WRITES_OF_OWN_CARE.search(after) is not None or self._own_evidence(end, end + _QUOTE_REACH))
                and ABOUT_OWN_WORK.search(after) is None)

    def _portal_author(self, start: int) -> bool:
        """The name's line says a patient portal carried their message ("Portal message received ... from:")."""
        return _PATIENT_PORTAL.search(_line_before(self.text, start)) is not None

    def _staff_by_role(self) -> tuple[list[int], list[frozenset[str]]]:
        """Ends of staff-role words, and the names they introduce."""
        if self._staff_roles is None:
            text = self.text
            ends: list[int] = []
            people: list[frozenset[str]] = []
            for start, end in self._staff_role_hits:
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
            self._staff_roles = (ends, people)
        return self._staff_roles

    def _seen_as_staff(self, words: frozenset[str], end: int | None) -> bool:
        if end is not None and words:
            self._staff_seen.append((end, words))
        return True

    def _staff_signature(self, opening: int) -> bool:
        """A sign-off's block is staff's, unless what its writer wrote above speaks of their own care ("my
        biopsy results got cancelled again ... Thanks in advance, Beverly Henderson"): a patient signs too."""
        if opening not in self._signed_own_care:
            above = fold_window(self.text[max(0, opening - _SIGNED_TEXT_REACH) : opening])
            self._signed_own_care[opening] = _WRITES_OF_OWN_CARE.search(above) is not None
        return not self._signed_own_care[opening]

    def _presented_as_staff(self, start: int, end: int | None, role_ends: list[int]) -> bool:
        text = self.text
        if any(s <= start < e and self._staff_signature(s) for s, e in self._signatures):
            return True
        before = _line_before(text, start)
        if _HEADER_LINE.search(before) and not (self._wrote_of_own_care(end) or _PATIENT_PORTAL.search(before)):
            return True  # a quoted header's correspondent, unless the message they wrote is about their own care
        if _GREETING.search(before) and not self.addresses_patient() and (
            end is None or _GREETING_END.match(text, end) or _GREETING_INSIDE.search(text, start, end)
        ):
            return True
        # "la ministre, Mme Sonia Bélanger", "l'infirmière Julie Roy": a role right before the name.
        if any(0 <= start - e <= 16 and _ROLE_TO_NAME.fullmatch(fold_window(text[e:start])) for e in role_ends):
            return True
        return in_schedule_row(text, start)
