"""Patient name recognizer: names after titles, role words and labelled fields, and names without a title.

Names are only looked for next to cheap triggers (one combined RE2 pass):

- honorifics (case-sensitive): M., Mme/MME/mme, Mlle, Monsieur, Madame, Mademoiselle, Mr, Mrs, Ms;
- role words: patient(e), usager/usagère, bénéficiaire, client(e); a following ``:`` makes it a
  labelled field ("Patient: TREMBLAY, Jean"), as do "Nom:", "Name:", "Nom du patient:";
- a given name from ``lexicons/given_names.txt`` (built from Faker's locale lists, see
  lexicons/README.md) followed by a capitalised surname ("Sofia Lessard", "Ginette MORIN");
- surname-first forms: an upper-case surname and a given name ("MORIN, Ginette", "GAGNON Lucie"),
  or a title-case surname, a comma and a given name ("Morin, Ginette");
- roster lines: a room/bed number at the start of a line, then the name ("701 – MORIN, Ginette – IRA");
  handover rosters of "Surname, I." lines ("Bed 3B  Nguyen, T.  25F  AFib", "23 - Bouchard G. — KCl").

A title is evidence of a person, not of a patient. So every candidate is weighed by what surrounds it:
*patient cues* (admitted, referred, follow-up, DOB, room, y.o., results... in the name's line and
sentence), clinical evidence said of someone (not a clinic, unit, programme, list or product named by
a disease or drug: ``_topic_use``), and *staff cues* (a role or credential in apposition, a role
before the name, thanks, colleagues, lists of people, speakers, absences, correspondents, career
events, departments, extensions: ``_staff_cue``; words of care outweigh an occupation or an activity).
A name with a staff cue is dropped. Confidence: labelled field 0.75, honorific with a cue or evidence
within ``proximity_chars`` 0.7, role word 0.65, roster line 0.7, title-less name with a cue or evidence
within 150 characters 0.65; otherwise, in a newsletter-like message (its Subject included) or a
business document (invoice, order, staff roster), 0.5 — reported, but below the default
``min_confidence``, so they never decide. docs/policy.md lists every rule.

spaCy NER, when allowed, runs on a short window around each trigger the pattern could not resolve
(30 characters before it, 80 after, widened to whole words): a ``PER`` entity starting at most 40
characters after the trigger is a candidate (0.6: lower-case names, word orders the pattern does not
know), and pattern candidates inside such a window that overlap a ``PER`` are confirmed (+0.15).

Staff are not patients, and are excluded, always by FULL name (a patient who shares a staff
member's surname is still a patient): names introduced by a staff role ("Dr", "Dre", "la résidente",
"l'infirmière", "ministre"...), the sender and recipients (``StaffNames``: display names and address
local parts, per person), names in the signature block (the 300 characters after "-- ",
"Cordialement", "Regards"..., CRLF or LF, or up to a quoted or forwarded message's first line), names in
quoted header lines ("De : ...", "From: ...", never "Objet :"), and the name a greeting addresses
("Bonjour Mme Gagnon,").

The package holds, one module each: the triggers (``_triggers``); what a name looks like and the
title-less names around a known given name (``_shapes``); the names a line's layout gives (terse notes,
rosters, a surname beside a chart number: ``_lines``), the bed or room a name lies in (``_rooms``), a Subject's
or an invitation's (``_subject``),
names without capitals or right before a birth date (``_lower_case``), names said in prose or by a relative
(``_prose``), labelled fields (``_fields``), patient lists (``_tables``), night reports (``_night_report``)
and mail written to the patient (``_addressee``); span arithmetic (``_spans``); patient cues and document
genre (``_cues``); NER on windows around unresolved triggers (``_ner``); who is staff (``_staff``,
``_staff_cues``; the employees an employer's mail names: ``_employees``; staff schedules' rows: ``_schedules``;
programmes, agendas and staff lists: ``_programmes``; a correspondent writing of their own care, who is not:
``_own_care``);
one segment's candidates, their staff exclusion and evidence reach (``_weighing``); the names right after a
trigger (``_after_triggers``); a business document's names (``_business``); and the recognizer itself, which
gathers every shape's names in order of precedence (``_recognizer``) in two stages: the patterns once per segment
(``patterns``, kept in ``_found.PatternNames``), then their confirmation, without NER and, when the engine's verdict
is still open, with it (``confirm``).
"""

from sentinelle.classifiers.recognizers.patient_name._ner import NerNeeded
from sentinelle.classifiers.recognizers.patient_name._recognizer import PatientNameRecognizer
from sentinelle.classifiers.recognizers.patient_name._staff import EMPTY_STAFF, StaffNames
from sentinelle.classifiers.recognizers.patient_name._triggers import (
    CARE_PHRASE,
    DOCTOR,
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
)

__all__ = [
    "CARE_PHRASE",
    "DOCTOR",
    "EMPTY_STAFF",
    "GENRE",
    "GIVEN",
    "HONORIFIC",
    "NAME_SAID",
    "ROLE",
    "ROSTER",
    "SIGNATURE",
    "STAFF_ROLE",
    "SURNAME_INITIAL",
    "UPPER_COMMA",
    "NerNeeded",
    "PatientNameRecognizer",
    "StaffNames",
]
