"""The patient name recognizer: pattern candidates after triggers, weighed by patient and staff cues and
clinical evidence, optionally confirmed or completed by spaCy NER on short windows (see the package
docstring)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sentinelle.classifiers.mask import mask_name
from sentinelle.classifiers.recognizers._base import BaseRecognizer, Scan, Scanner, cap
from sentinelle.classifiers.recognizers._equipment import equipment_patient
from sentinelle.classifiers.recognizers._tables import HEADER as TABLE_HEADER
from sentinelle.classifiers.recognizers.patient_name._addressee import address_block
from sentinelle.classifiers.recognizers.patient_name._addressee import greeted as greeted_addressee
from sentinelle.classifiers.recognizers.patient_name._after_triggers import account_number, names_after_triggers
from sentinelle.classifiers.recognizers.patient_name._business import weighed_as_business
from sentinelle.classifiers.recognizers.patient_name._cues import (
    WEEKLY_TABLE,
    _patient_cue,
    _topic_use,
)
from sentinelle.classifiers.recognizers.patient_name._curriculum import curriculum_file_name
from sentinelle.classifiers.recognizers.patient_name._fields import care_field_names
from sentinelle.classifiers.recognizers.patient_name._file_names import names_in_a_file_name
from sentinelle.classifiers.recognizers.patient_name._found import PatternNames
from sentinelle.classifiers.recognizers.patient_name._lines import (
    _terse_note_names,
    given_initial_names,
    initial_surname_names,
    lower_case_initial_names,
    names_beside_numbers,
)
from sentinelle.classifiers.recognizers.patient_name._lower_case import (
    _names_before_birth_dates,
    lower_case_full_names,
)
from sentinelle.classifiers.recognizers.patient_name._ner import (
    _windows_near,
    ner_names,
    ner_names_said_about,
    said_about,
)
from sentinelle.classifiers.recognizers.patient_name._newborn import newborn_names
from sentinelle.classifiers.recognizers.patient_name._night_report import (
    ROOM_INITIAL,
    is_staff_initial,
    night_report_names,
)
from sentinelle.classifiers.recognizers.patient_name._prose import (
    _names_said,
    birth_label_follows,
    given_names_seen,
    people_introducing_themselves,
    people_named_by_a_relative,
)
from sentinelle.classifiers.recognizers.patient_name._rooms import (
    given_names_in_rooms,
    names_before_a_bed,
    people_named_by_room,
)
from sentinelle.classifiers.recognizers.patient_name._shapes import _titleless
from sentinelle.classifiers.recognizers.patient_name._spans import _Overlaps, _Reach
from sentinelle.classifiers.recognizers.patient_name._staff import EMPTY_STAFF, StaffNames
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


_CARD_FILE_NAMES = (".vcf", ".vcard")


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
        self, text: str, evidence: Sequence[tuple[int, int]] | None, everywhere: bool, reach: int,
        on_evidence: _Overlaps,
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
        # "300 UI, Cetrotide 0,25 mg": a unit, then a drug's name, is no "SURNAME, Given".
        comma = [(s, e) for s, e in comma if not on_evidence(s, e)]
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
        """Pattern names after the triggers of ``scan``; with ``use_ner``, NER on trigger windows: ``patterns``,
        then ``confirm`` (the engine keeps the first stage's result for its NER pass)."""
        found = self.patterns(segment, scan, staff, evidence=evidence, evidence_anywhere=evidence_anywhere,
                              evidence_reach=evidence_reach, newsletter=newsletter, person_elsewhere=person_elsewhere)
        return self.confirm(found, use_ner, ner_near=ner_near, ner_reach=ner_reach, ner_probe=ner_probe)

    def patterns(
        self,
        segment: Segment,
        scan: Scan,
        staff: StaffNames = EMPTY_STAFF,
        *,
        evidence: Sequence[tuple[int, int]] | None = None,
        evidence_anywhere: bool = False,
        evidence_reach: int = 400,
        newsletter: bool = False,
        person_elsewhere: bool = False,
    ) -> PatternNames:
        """The pattern stage: names after the triggers of ``scan`` and the title-less shapes, weighed by patient
        and staff cues and by the evidence, before NER and the document-wide judgements (``confirm``).

        ``evidence``: spans of strong clinical information and birth dates in this segment (the
        engine's first pass). A title-less name within ``_EVIDENCE_REACH`` characters of one has a
        patient cue, except in newsletter-like segments; ``evidence_anywhere``: the message holds
        such evidence and this segment's names are near it whatever their position (the Subject).
        With ``evidence`` given, title-less names farther than ``evidence_reach`` (the scoring
        proximity) from all of it are not reported: they cannot change a verdict, and the quoted
        history of ordinary mail is full of colleagues' names.

        ``newsletter``: the message says it is newsletter-like elsewhere (its Subject), so this
        segment is read as one even without a genre word of its own.
        """
        text = segment.text
        if segment.location.startswith("filename:") and segment.location.lower().endswith(_CARD_FILE_NAMES):
            return PatternNames.nobody()  # "Graham Tessier.vcf": the card's holder, read in the card itself (a
            # business card's as staff)
        if segment.location.startswith("filename:") and curriculum_file_name(text):
            return PatternNames.nobody()  # "CV_Wexler.pdf": a job candidate
        role_hits, hon_hits, roster_hits = scan.get(ROLE.kind), scan.get(HONORIFIC.kind), scan.get(ROSTER.kind)
        roster_hits = [*roster_hits, *scan.get(CARE_PHRASE.kind)]  # any of them: something to look at
        # "Lève-patient Viking", "patient lift": a device's name introduces no patient.
        role_hits = [
            (s, e) for s, e in role_hits if not equipment_patient(text, s, e) and not account_number(text, s, e)
        ]
        on_evidence = _Overlaps(evidence or ())  # (a name's overlap with the evidence, by bisection)
        if evidence is not None and not evidence and not evidence_anywhere:
            given_hits: list[tuple[int, int]] = []
            comma_hits: list[tuple[int, int]] = []
            initial_hits: list[tuple[int, int]] = []
            said_hits: list[tuple[int, int]] = []
        else:
            given_hits, comma_hits, initial_hits, said_hits = self._titleless_hits(
                text, evidence, evidence_anywhere, evidence_reach, on_evidence
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
        file_name = segment.location.startswith("filename:")

        def said_of_someone(start: int, end: int) -> bool:
            """The evidence at ``start:end`` names no clinic, programme or topic ("la clinique de diabète")."""
            return not _topic_use(text, start, end, file_name)

        # Full names right before a birth date's label, whatever the given-name list knows.
        birth_names = _names_before_birth_dates(text, evidence) if evidence and not newsletter else []
        # "the lady in 312 (Côté)", "your guy in 4B, Steven,": a patient named by room, with evidence to count.
        roomed = people_named_by_room(text) if evidence and not newsletter else []
        # "Hélène au 323-1 a fait une hypoglycémie": a given name, then the room it lies in, evidence on the line.
        in_rooms = given_names_in_rooms(text, evidence, said_of_someone) if evidence and not newsletter else []
        # "my son Chantal (Jun 13, 2016) had his skin prick tests": a relative names the person cared for.
        related = people_named_by_a_relative(text) if evidence and not newsletter else []
        # "Bébé garçon Vachon jumeau B", "FAFARD, bébé fille": a newborn named by its family name.
        newborns = newborn_names(text) if (evidence or evidence_anywhere) and not newsletter else []
        # "ici Markusi Tukalak. Je tousse depuis 3 semaines": a patient's own mail, with evidence to count.
        introduced = people_introducing_themselves(text) if evidence and not newsletter else []
        # "Summary: Tremblay - total thyroidectomy - M-683755": a family name in a field beside an identifier.
        numbered = names_beside_numbers(text, evidence) if evidence and not newsletter else []
        # "pour liam bouchard, suivie en TAO": a full name typed in lower case, with evidence to count.
        lowered = (lower_case_full_names(text, _windows_near(text, evidence, evidence_anywhere, evidence_reach))
                   if (evidence or evidence_anywhere) and not newsletter else [])
        # "C. Taylor 2541800 - glyc 19.2": an initial and a family name opening a line that evidence follows.
        # ... or typed in lower case ("r. hamelin - tpi (fibromyalgia)", "robitaille s. - lido (CRPS)").
        initialled = ([*initial_surname_names(text, evidence, said_of_someone),
                       *lower_case_initial_names(text, evidence, said_of_someone)]
                      if evidence and not newsletter else [])
        # "Petit suivi pour Yves B. : fuite de la ligne d'agrafes": a given name and an initial, evidence on the line.
        given_initialled = given_initial_names(text, evidence, said_of_someone) if evidence and not newsletter else []
        # "consult pour J. Paquette civ 9: FA rapide", "leblanc diane civ 16: sepsis": a name, then where they lie.
        bedded = (names_before_a_bed(text, evidence, said_of_someone)
                  if evidence and not newsletter else [])
        # "plaie_sacrum_levesque_gaston_20250519.pdf": a given name and a family name, either order, in a file name.
        # (the evidence may lie in the file itself: "resume_FALARDEAU_Loic.pdf" holding a discharge summary)
        filed = (names_in_a_file_name(text, listed_only=not evidence)
                 if (evidence or evidence_anywhere) and not newsletter and segment.location.startswith("filename:")
                 else [])
        table_hits = scan.get(TABLE_HEADER.kind)
        # Mail written to the patient: the greeting's name, when the text speaks to them of their own care.
        said_genre = genre_said(text, scan.get(GENRE.kind))
        greeted = greeted_addressee(text) if not (newsletter or said_genre) else None
        # ... or the name of a statement's address block, when the document says what someone is treated for.
        addressed = (address_block(text) if evidence and not (newsletter or said_genre)
                     and segment.location.startswith("attachment:") else None)
        if addressed is not None and all(_topic_use(text, *span, file_name) for span in evidence or ()):
            addressed = None
        room_hits = scan.get(ROOM_INITIAL.kind)
        found = PatternNames(segment.location, text, scan, staff, evidence, evidence_anywhere, evidence_reach,
                             newsletter or said_genre, file_name)
        if not (role_hits or hon_hits or given_hits or comma_hits or initial_hits or roster_hits or lead
                or birth_names or said_hits or table_hits or greeted or addressed or room_hits or roomed or numbered
                or related or introduced or lowered or initialled or bedded or filed or given_initialled or newborns
                or in_rooms):
            return found  # nothing to weigh (NER may still read a name said before evidence: ``confirm``)
        found.looked = True
        newsletter = newsletter or said_genre
        names = found.weighed
        excluded, evidence_cue, taken, add = names.excluded, names.evidence_cue, names.taken, names.add

        # The rows of a patient list: its column headers say whose names they are (``_tables``).
        for start, end, name, how in table_names(text, table_hits) if table_hits else ():
            if not taken.overlaps(start, end) and not excluded(name, start, end):
                add(start, end, name, 0.75, how)

        for start, end, name in care_field_names(text, scan.get(STAFF_ROLE.kind)):
            if not taken.overlaps(start, end) and not excluded(name, start, end):
                add(start, end, name, 0.75, "labelled field naming the person cared for (resident)")

        if greeted is not None and not taken.overlaps(*greeted[:2]) and not staff.covers(greeted[2], recipients=False):
            add(*greeted, 0.7, "the greeting's addressee, spoken to of their own care")
        # "Raymond Donnelly\n3499, rue des Ormes ... Reason: chronic low back pain": a statement sent to the patient.
        if (addressed is not None and not taken.overlaps(*addressed[:2])
                and not staff.covers(addressed[2], recipients=False)):
            add(*addressed, 0.65, "the addressee of a document that says what they are treated for")

        # A care home's night report: "Rm 210 Mark C. - fall at 0145" (``_night_report``).
        for start, end, name in night_report_names(text, room_hits, evidence) if room_hits else ():
            if not taken.overlaps(start, end) and not is_staff_initial(name, staff.people):
                add(start, end, name, 0.7, "roster line: room, given name and initial" if " " in name
                    else "roster line: room and given name, clinical evidence on the line")

        names_after_triggers(names, scan, role_hits, hon_hits)

        # Before the title-less shapes: the family tie says more of the same name.
        for start, end, name in related:
            if not names.free(start, end, name):
                continue
            # (a family tie says who the person is, as a title does: the titled reach)
            add(start, end, name, 0.65 if evidence_cue(start, end, titled=True) else 0.5,
                "pattern person named by a relative")

        for start, end, name in newborns:
            if names.free(start, end, name):
                add(start, end, name, 0.65 if evidence_cue(start, end, titled=True) else 0.5,
                    "pattern newborn named by the family name (bébé, BB, baby)")

        for start, end, name in introduced:
            if names.free(start, end, name):
                add(start, end, name, 0.65, "pattern writer giving their own name, then writing of their own care")

        verdict_reach = _Reach(evidence or (), evidence_reach)
        # "The doctor saw Fatoumata yesterday: laceration ..." over the quoted "when can Fatoumata Alvarez come back?"
        seen = given_names_seen(text, evidence, said_of_someone) if evidence and not newsletter else frozenset()
        for start, end, name, how in _titleless(text, given_hits, comma_hits):
            seen_alone = bool(seen) and name.split(maxsplit=1)[0] in seen
            if evidence is not None and not evidence_anywhere and not verdict_reach((start, end)) and not seen_alone:
                continue  # no evidence within reach: this name cannot matter to any verdict (engine pass)
            if not names.free(start, end, name):
                continue
            if on_evidence(start, end):
                continue  # a drug's or a disease's name and a given name ("Twinrix Junior", "Hodgkin Lymphoma")
            if seen_alone and not (_patient_cue(text, start, end) or evidence_cue(start, end)):
                add(start, end, name, 0.65, f"pattern {how}; its given name seen alone with evidence")
                continue
            cue = _patient_cue(text, start, end) or evidence_cue(start, end)
            add(start, end, name, 0.65 if cue else 0.5, f"pattern {how}" + ("; patient cue" if cue else ""))

        for start, end, name in lowered:
            if not names.free(start, end, name) or on_evidence(start, end):
                continue  # (nor the evidence's own words: "Comfort care: a guide for families")
            cue = _patient_cue(text, start, end) or evidence_cue(start, end)
            add(start, end, name, 0.6 if cue else 0.5, "pattern lower-case given name + family name"
                + ("; patient cue" if cue else ""))

        if said_hits:
            said_names = _names_said(text, said_hits)
            if newsletter:  # ("Je reste disponible pour le prochain comité" under a child's summary)
                said_names = [said for said in said_names if birth_label_follows(text, said[1])]
            for start, end, name in said_names:
                if evidence is not None and not evidence_anywhere and not verdict_reach((start, end)):
                    continue
                if not names.free(start, end, name):
                    continue
                # The age or the care verb says it is someone's; the evidence must be said of someone too (not
                # "Kwabena Asante, 40 ans aujourd'hui, infirmier à la clinique de diabète"), as a birth date is.
                cue = evidence is None or evidence_cue(start, end) or birth_label_follows(text, end)
                how = "pattern full name said to be of an age or admitted, seen, referred"
                add(start, end, name, 0.65 if cue else 0.5, how if cue else how + "; no evidence said of someone")

        for start, end, name in roomed:
            if not names.free(start, end, name):
                continue
            add(start, end, name, 0.65 if evidence_cue(start, end) else 0.5, "pattern person named by room, then name")

        for start, end, name in in_rooms:
            if names.free(start, end, name):
                add(start, end, name, 0.65, "pattern given name or family name in capitals, then the room it lies in, "
                    "evidence on the line")

        for start, end, name in filed:
            # ("Haddad_TDAH_et_sommeil.pdf": a talk's title, the disease in capitals beside its speaker's name)
            if not on_evidence(start, end) and names.free(start, end, name):
                add(start, end, name, 0.65, "pattern given name and family name in a file name")

        for start, end, name in numbered:
            if not names.free(start, end, name):
                continue
            add(start, end, name, 0.65 if evidence_cue(start, end) else 0.5,
                "pattern family name in a field beside an identifier")

        if birth_names:
            for start, end, name in birth_names:
                if not names.free(start, end, name):
                    continue
                add(start, end, name, 0.65, "pattern full name before a birth date")

        if lead and not newsletter:
            start, end, name = lead
            clinical_word = on_evidence(start, end)  # "MPOC Exacerbation -"
            if not clinical_word and not excluded(name, start, end):
                # An invitation is about the person its summary names: what its description says of someone
                # ("Summary: Hughes, Ethan - specialist consultation" / "Description: ... for major depression").
                cue = (evidence_cue(start, end) or evidence is None
                       or (segment.location != "subject" and any(said_of_someone(*span) for span in evidence)))
                how = "pattern name filling a field of the Subject"
                if not taken.overlaps(start, end):
                    add(start, end, name, 0.65 if cue else 0.5, how)
                elif cue:  # the same name found weaker by another shape: the Subject's field says more
                    names.candidates = [
                        (s, e, n, 0.65, how) if s < end and start < e and c < 0.65 else (s, e, n, c, h)
                        for s, e, n, c, h in names.candidates
                    ]

        if initial_hits and evidence and not newsletter:
            for start, end, name in _terse_note_names(text, initial_hits, found.evidence_of_someone):
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

        for start, end, name in given_initialled:
            if taken.overlaps(start, end) or is_staff_initial(name, staff.people) or excluded(name, start, end):
                taken.add((start, end))
                continue
            add(start, end, name, 0.65, "pattern given name + initial, evidence said of them on the line")

        for start, end, name, initial in bedded:
            if taken.overlaps(start, end) or (initial and staff.covers_initial(name)) or excluded(name, start, end):
                taken.add((start, end))
                continue
            add(start, end, name, 0.65, "pattern name + bed or stretcher on a clinical line")

        return found

    def confirm(
        self,
        found: PatternNames,
        use_ner: bool = True,
        *,
        ner_near: Sequence[tuple[int, int]] | None = None,
        ner_reach: int = 0,
        ner_probe: bool = False,
    ) -> list[Finding]:
        """The findings of the pattern stage ``found``: with ``use_ner``, confirmed or completed by NER on the
        windows of the triggers the patterns could not resolve; then weighed as a whole (an invoice's, an
        employee form's or a CV's names are no patients unless a cue says so). ``found`` is not changed: the
        engine asks once without NER, then, when the verdict is still open, with it.

        ``ner_probe``: raise ``NerNeeded`` instead of running NER on a window; when there is no
        window to run it on, the result is exactly the one NER would give.

        ``ner_near`` (the engine's verdict gate): when given, NER only runs on windows within
        ``ner_reach`` characters of one of these spans (clinical information, birth dates).
        Anything NER finds or confirms lies inside its window, so a window farther than that
        from every such span cannot change a proximity verdict and is skipped.
        """
        if found.location is None:
            return []
        text, evidence, newsletter = found.text, found.evidence, found.newsletter
        ner_about = use_ner and self._nlp is not None and not newsletter
        # "Pour Niloufar Mohammadi : Trouble de stress post-traumatique": whom evidence said of someone is about, for
        # NER to read when no pattern knows the name.
        about = said_about(text, found.evidence_of_someone) if ner_about and evidence else []
        if not found.looked and not about:
            return []
        names = found.weighed
        excluded = names.excluded
        candidates, unmatched = names.candidates, names.unmatched
        run_ner = use_ner and self._nlp is not None and not newsletter and bool(unmatched)
        curriculum = bool(candidates or unmatched) and found.curriculum
        run_ner = run_ner and not curriculum
        business = found.business if run_ner or about or any(c[3] > 0.5 for c in candidates) else None
        # Newsletter-like segments: a title there is not a patient's, and neither is what NER finds
        # around one (it would be a staff member, a speaker, an author). Business documents alike.
        if run_ner and not business and self._nlp is not None:
            candidates = ner_names(self._nlp, text, candidates, unmatched, excluded, ner_near, ner_reach, ner_probe,
                                   clinical=evidence or ())
        if (about and not (business or curriculum) and self._nlp is not None
                and not any(c[3] >= 0.6 for c in candidates)):
            candidates = [*candidates, *ner_names_said_about(self._nlp, text, about, found.evidence_of_someone,
                                                                candidates, excluded, ner_probe)]
        if business:
            # (a week's schedule: the clinical words beside its names are the staff's work, said of nobody)
            said = [] if business == WEEKLY_TABLE else found.evidence_of_someone
            candidates = weighed_as_business(text, candidates, business, said)

        if curriculum:
            candidates = [(*c[:3], min(c[3], 0.5), c[4] + "; a job candidate's CV") for c in candidates]
        return [
            Finding(
                PATIENT_NAME,
                found.location,
                cap(confidence),
                mask_name(name),
                how,
                start,
                end,
            )
            for start, end, name, confidence, how in candidates
        ]
