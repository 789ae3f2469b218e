"""A job candidate's curriculum vitae: whoever it names applies for a job, and the birth date, address and phone
it gives are the candidate's, not a patient's (HR mail: "Candidature reçue ... CV en pièce jointe")."""

from __future__ import annotations

import re

# Its title: "Curriculum vitae", or "CV" ending a line of its own ("CV", "Stéphanie Langlois - CV"). Case-sensitive
# "CV": in lower case it is no title, and "cv" is a cardiovascular note's abbreviation.
_TITLE = re.compile(r"(?i:curriculum[ \t]+vit(?:ae|æ))|(?m:(?:^|[ \t][-–—|:][ \t]*)CV[ \t]*$)")
# ... and the sections every CV has: what the person did, and what they studied.
_EXPERIENCE = re.compile(
    r"(?im:^[ \t]*(?:exp[ée]riences?(?:[ \t]+(?:professionnelles?|de[ \t]+travail|clinique))?|work[ \t]+experience"
    r"|professional[ \t]+experience|experience|employment(?:[ \t]+history)?|emplois?[ \t]+ant[ée]rieurs?)[ \t]*(?::|$))"
)
_EDUCATION = re.compile(
    r"(?im:^[ \t]*(?:formation(?:[ \t]+acad[ée]mique)?|[ée]tudes|scolarit[ée]|dipl[ôo]mes?|education"
    r"|academic[ \t]+background|training)[ \t]*(?::|$))"
)
# A CV's file name opens with "CV" ("CV_Wexler.pdf", "CV Arsenault Camille.docx") or says "curriculum".
# Not "resume": in French a "résumé de départ" is a discharge summary ("resume_FALARDEAU_Loic.pdf").
_FILE_NAME = re.compile(r"(?:^CV(?:[ _.\-]|$))|(?i:curriculum)")


def curriculum_vitae(text: str) -> bool:
    """Whether ``text`` is a CV: its title and both an experience and an education section."""
    if "CV" not in text and "urriculum" not in text and "URRICULUM" not in text:
        return False  # (a substring test spares most text the title's search)
    return (_TITLE.search(text) is not None and _EXPERIENCE.search(text) is not None
            and _EDUCATION.search(text) is not None)


def curriculum_file_name(file_name: str) -> bool:
    """Whether an attachment's file name says it is a CV."""
    return _FILE_NAME.search(file_name) is not None
