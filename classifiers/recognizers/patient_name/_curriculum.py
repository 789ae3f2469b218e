"""A job candidate's curriculum vitae: whoever it names applies for a job, and the birth date, address and phone
it gives are the candidate's, not a patient's (HR mail: "Candidature reçue ... CV en pièce jointe")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from sentinelle.classifiers.types import Segment

# Its title: "Curriculum vitae", or "CV" ending a line of its own ("CV", "Stéphanie Langlois - CV"). Case-sensitive
# "CV": in lower case it is no title, and "cv" is a cardiovascular note's abbreviation.
# ... or "Resume" / "Résumé" alone on its line or before its holder's name ("Resume - Noémie L."), as English CVs title
# themselves (with both sections below: a discharge
# summary has neither).
_TITLE = re.compile(r"(?i:curriculum[ \t]+vit(?:ae|æ))|(?m:(?:^|[ \t][-–—|:][ \t]*)CV[ \t]*$)"
                    r"|(?m:^[ \t]*R(?:esume|ésumé|ESUME|ÉSUMÉ)(?:[ \t]*[-–—:|][ \t]*[^\n]{2,60})?[ \t]*$)")
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


_RESUME_FILE_NAME = re.compile(r"(?i:r[ée]sum[ée])[ _.\-]")


def curriculum_vitae(text: str) -> bool:
    """Whether ``text`` is a CV: its title and both an experience and an education section."""
    if ("CV" not in text and "urriculum" not in text and "URRICULUM" not in text and "esume" not in text
            and "ésumé" not in text and "ESUME" not in text and "ÉSUMÉ" not in text):
        return False  # (a substring test spares most text the title's search)
    return (_TITLE.search(text) is not None and _EXPERIENCE.search(text) is not None
            and _EDUCATION.search(text) is not None)


def curriculum_file_name(file_name: str) -> bool:
    """Whether an attachment's file name says it is a CV."""
    return _FILE_NAME.search(file_name) is not None


_FILE_NAME_WORDS = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_NOT_NAME_WORDS = frozenset({"cv", "curriculum", "vitae", "resume", "lettre", "letter", "cover", "de", "motivation",
                             "presentation", "docx", "doc", "pdf", "odt", "rtf", "txt", "fr", "en", "final", "v"})


def candidates_named_by_file_names(segments: Sequence[Segment]) -> list[str]:
    """The people whom a CV's file name names ("CV_Maxime_Labonté.docx"): job candidates wherever the message
    names them, as the message's correspondents are staff (the covering note says where they worked, which clinic
    and which drugs; none of it is anyone's care)."""
    names = []
    texts = {segment.location: segment.text for segment in segments}
    for segment in segments:
        if not segment.location.startswith("filename:"):
            continue
        # ("Resume_Rebecca_Stroud.pdf": an English CV's name, when the file is a CV; in French a "résumé" is a summary)
        resume = (_RESUME_FILE_NAME.match(segment.text) is not None
                  and curriculum_vitae(texts.get("attachment:" + segment.location.removeprefix("filename:"), "")))
        if curriculum_file_name(segment.text) or resume:
            words = [w for w in _FILE_NAME_WORDS.findall(segment.text) if w.lower() not in _NOT_NAME_WORDS]
            if len(words) >= 2:
                names.append(" ".join(words))
            elif words:  # a family name alone ("CV_Boisvert.pdf"): the full name the message gives it
                names.extend(_full_names_of(words[0], segments))
    return names


def _full_names_of(family: str, segments: Iterable[Segment]) -> list[str]:
    """"Sonia Boisvert" wherever a text writes a capitalised word before ``family``."""
    bearer = re.compile(rf"(?<![\w'’-])[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?[ \t]+{re.escape(family)}(?![\w-])")
    return list(dict.fromkeys(m.group() for segment in segments if family in segment.text
                              for m in bearer.finditer(segment.text)))
