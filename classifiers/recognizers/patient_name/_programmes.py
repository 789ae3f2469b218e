"""Where a name stands in a document that lists staff: a speaker on a programme's line or an agenda item's
presenter (``programme_line``, ``agenda_speaker``), a person listed under a heading that names staff
(``listed_under_staff_heading``)."""

from __future__ import annotations

import functools
import re

from sentinelle.classifiers.recognizers._base import _fold_context as fold_window
from sentinelle.classifiers.recognizers._base import heading_above
from sentinelle.classifiers.recognizers.patient_name._cues import _CARE_CUE, _care_cue

# A line of a programme or an agenda that opens with a time slot ("08:30  Karine Vachon – …", "9h00 - 9h45 :
# Luc Roy, …"): in a text that announces an event (a scientific day, a symposium, credits), a speaker.
_TIME_SLOT_LINE = re.compile(
    r"^[ \t>*•-]*\d{1,2}[ \t]*(?:[:h][ \t]*\d{2}|h\b)?[ \t]*(?:am|pm)?(?:[ \t]*(?:-|–|—|a|to)[ \t]*\d{1,2}[ \t]*"
    r"(?:[:h][ \t]*\d{2})?[ \t]*(?:am|pm)?)?[ \t|:–—-]*(?:(?:m\.|mme|mr\.?|mrs\.?|ms\.?|dre?\.?|pre?\.?)[ \t]*)?$"
)
_EVENT = re.compile(
    r"\b(?:journee\s+scientifique|scientific\s+day|symposium|colloque|congres|conference|conferencier|keynote"
    r"|speakers?|credits?\s+(?:de\s+)?(?:dpc|fmc|cme|section)|\d+\s*(?:credits?|h\s+de\s+dpc)|dpc|fmc|cme"
    r"|formation\s+continue|continuing\s+(?:medical\s+|professional\s+)?education|grand\s+rounds|plenary|pleniere"
    r"|mot\s+de\s+bienvenue|welcome\s+remarks|cloture|closing\s+remarks|atelier|workshop|webinaire|webinar"
    r"|programme\s+(?:scientifique|de\s+la\s+journee|du\s+colloque)|inscription|registration"
    # ... or a day of job interviews, whose slots name candidates ("Interviews for the NSWOC position ... 9:00 -")
    r"|(?:interviews?|entrevues?|entretiens?)\s+(?:for|pour)\s+(?:the\s+|le\s+|la\s+|l')?(?:[a-z-]+\s+){0,3}"
    r"(?:position|posting|poste|job|affichage)|job\s+interviews?|entrevues?\s+d'embauche|selection\s+committee"
    r"|comite\s+de\s+selection|hiring\s+(?:committee|panel)"
    r"|(?:horaire|calendrier|schedule)\s+(?:des\s+|of\s+)?(?:entrevues|interviews|entretiens)|interview\s+schedule"
    r"|(?:interviews?|entrevues?|entretiens?)\s*[-–—:]\s*(?:[a-z-]+\s+){0,3}(?:position|posting|poste|affichage))\b"
)


@functools.lru_cache(maxsize=16)
def _announces_event(text: str) -> bool:
    folded = fold_window(text)
    return _EVENT.search(folded) is not None or _EVENT_HEADING.search(folded) is not None


# A programme's own title on a line of its own (an attached programme.docx opens with "Programme", then its slots).
_EVENT_HEADING = re.compile(r"(?m)^[ \t]*(?:programme|program|agenda|horaire\s+de\s+la\s+journee)[ \t]*:?[ \t]*$")


# An item of an agenda or minutes closed by who presents it ("4. Plan de résorption des listes d'attente en
# chirurgie – M. Luc Ménard"): read on the raw line (folding drops the dashes).
_AGENDA_ITEM = re.compile(
    r"[ \t>*•-]*(?:\d{1,2}[.)]|\d{1,2}[:h]\d{2})[ \t]+[^\n]{3,160}?[ \t][-–—|:(][ \t]*"
    r"(?:(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dre?\.?|Pre?\.?)[ \t]*)?",
    re.IGNORECASE,
)
_AGENDA = re.compile(
    r"\b(?:ordre\s+du\s+jour|agenda|avis\s+de\s+convocation|proces-verbal|minutes|conseil\s+d'administration"
    r"|board\s+meeting|assemblee\s+generale)\b"
)
# A list of cases (a tumour board's "ordre du jour") names patients: any patient word in the text keeps them.
_CASES = re.compile(
    r"\b(?:patiente?s?|usageres?|usagers?|ddn|dob|nam|ramq|mrn|charts?|dossiers?\s+(?:no|n|#)|no\s+de\s+dossier"
    r"|date\s+de\s+naissance|date\s+of\s+birth|cas\s+(?:a\s+discuter|cliniques?)|cases?\s+to\s+discuss)\b"
)


@functools.lru_cache(maxsize=16)
def _is_agenda(text: str) -> bool:
    folded = fold_window(text)
    return _AGENDA.search(folded) is not None and _CASES.search(folded) is None


def programme_line(text: str, start: int, end: int) -> bool:
    """The name opens a time slot of a programme, or closes an item of an agenda: a speaker or a presenter,
    unless words of care are said of them."""
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start > 200:
        return False
    if start - line_start <= 40 and _TIME_SLOT_LINE.match(fold_window(text[line_start:start])):
        return _announces_event(text) and not _care_cue(text, start, end)
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end < 0 else line_end]
    closes_item = not rest.strip(" \t\r.,;)")
    # (an item of no agenda may still be a programme's slot, below)
    if closes_item and _AGENDA_ITEM.fullmatch(text, line_start, start) and _is_agenda(text):
        return not _care_cue(text, start, end)
    # "11 h 00 - Le patient NSA : sortir de l'impasse - M. Félix Lemay, CHU X": a slot, its topic, then its speaker
    # and the speaker's affiliation
    if (_AFFILIATION.fullmatch(rest) and start - line_start <= 200
            and _SLOT_TOPIC_SPEAKER.fullmatch(text, line_start, start)):
        # (the topic's words of care are the talk's; words of care after the name are said of the person)
        return _announces_event(text) and _CARE_CUE.search(fold_window(rest)) is None
    # "- « Le deuil chez les proches » — Karine Léger, intervenante en soins spirituels": a talk's title in quotes,
    # then its speaker (a training day's programme gives no hours)
    if _AFFILIATION.fullmatch(rest) and _QUOTED_TOPIC_SPEAKER.fullmatch(text, line_start, start):
        return _announces_event(text) and _CARE_CUE.search(fold_window(rest)) is None
    return False


_QUOTED_TOPIC_SPEAKER = re.compile(
    r"[ \t>*•·-]*(?:\d{1,2}[.)][ \t]*)?[«\"“][^\n«»\"“”]{3,160}[»\"”][ \t]*[-–—|:][ \t]*"
    r"(?:(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dre?\.?|Pre?\.?)[ \t]*)?",
    re.IGNORECASE,
)


_SLOT_TOPIC_SPEAKER = re.compile(
    r"[ \t>*•-]*\d{1,2}[ \t]*(?:[:h][ \t]*\d{2}|h)(?:[ \t]*(?:am|pm))?"
    # (the hour's own column may stand for the separator: "08:30  Prévention secondaire après un ICT  —  Mme X")
    r"(?:[ \t]*(?:-|–|—|à|a|to)[ \t]*\d{1,2}[ \t]*(?:[:h][ \t]*\d{2}|h)?(?:[ \t]*(?:am|pm))?)?"
    r"(?:[ \t]*[-–—|:][ \t]*|[ \t]{2,}|\t)"
    r"[^\n]{3,160}?[ \t][-–—|][ \t]*(?:(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dre?\.?|Pre?\.?)[ \t]*)?",
    re.IGNORECASE,
)
_AFFILIATION = re.compile(r"[ \t]*(?:[,(][^\n]{0,80})?\r?")


# A list of people under a heading that says they are staff: leave, schedules, on-call, replacements, new
# hires, speakers ("Congés approuvés :" over "- Martine Leclerc : 24 au 28 décembre").
_LIST_ITEM = re.compile(r"[ \t>]*(?:[-*•·▪◦–—]|\d{1,2}[.)])[ \t]")
_STAFF_HEADING = re.compile(
    # (not a shift's handover, whose list is of patients: "Passation de quart 4e étage :", "Night shift sign-out:")
    r"[ \t>*#-]*(?![^\n:]*\b(?:passation|sign-?out|hand-?off|handover|releve|shift\s+report|rapport\s+de\s+quart)\b)"
    r"(?:[^\n:]{0,40}\b)?(?:conges|vacances|absences?|remplacements?|garde|on[- ]call|rotation|quarts?"
    r"|shifts?|leaves?|vacations?|time\s+off|nouveaux\s+employes|new\s+(?:hires|staff|employees)|departs|retraites"
    r"|conferencier(?:e|s|es)?|speakers?|formateurs|formatrices|trainers|organisateurs|organizers|responsables"
    r"|personnes[- ]ressources|contacts|signataires|jury|benevoles|volunteers|laureats|winners|equipe|team"
    r"|staff|personnel)\b[^\n:]{0,40}:[ \t]*\r?"
)
_LIST_LOOKBACK = 20


def listed_under_staff_heading(text: str, start: int) -> bool:
    """The name's line is an item of a list whose heading names staff (walking up over the list's items)."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _LIST_ITEM.match(text, line_start):
        return False
    heading = heading_above(text, start, lambda line: _LIST_ITEM.match(line) is not None, _LIST_LOOKBACK)
    return heading is not None and _STAFF_HEADING.fullmatch(fold_window(heading)) is not None


# A programme's line: an hour, a name, a dash and a topic ("10h30  Sophie Laberge – Imagerie pédiatrique"); the
# programme titles some of its speakers ("8h30  Dre Isabelle Marchand – Bronchiolite 2026").
_HOUR_LEAD = re.compile(r"[ \t>*•-]*[0-9]{1,2}[ \t]?[hH:][ \t]?[0-9]{0,2}[ \t]*(?:[-–—][ \t]*)?"
                        r"(?:(?:Dre?|Pre?|Dr\.|Pr\.|Docteure?)[ \t]+)?$")
_TOPIC_DASH = re.compile(r"[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?[-–—:][ \t]*[A-ZÀ-Þ]")
_TITLED_SPEAKER = re.compile(r"(?m)^[ \t>*•-]*[0-9]{1,2}[ \t]?[hH:][ \t]?[0-9]{0,2}[ \t]*(?:[-–—][ \t]*)?"
                             r"(?:Dre?|Pre?|Dr\.|Pr\.|Docteure?)[ \t]+[A-ZÀ-Þ]")


def agenda_speaker(text: str, start: int, end: int) -> bool:
    """The name is a speaker's on a programme's line: after an hour, in a programme that titles its speakers;
    or at the head of its line, in a text that says it is a programme and holds three such lines or more
    ("Programme préliminaire :" / "Émilie Tanguay - Télésanté en santé mentale")."""
    line_start = text.rfind("\n", max(0, start - 40), start) + 1
    if not line_start and start > 40:
        return False
    if not _TOPIC_DASH.match(text, end):
        return False
    if _HOUR_LEAD.match(text, line_start, start):
        return _TITLED_SPEAKER.search(text) is not None
    if not _BULLETS.fullmatch(text, line_start, start) or not _PROGRAMME_WORD.search(text):
        return False
    return len(_SPEAKER_LINE.findall(text)) >= 3


_BULLETS = re.compile(r"[ \t>*•·-]*")
_PROGRAMME_WORD = re.compile(
    r"(?i:\b(?:programme\s+(?:pr[ée]liminaire|provisoire|final|d[ée]finitif|de\s+la\s+journ[ée]e|scientifique)"
    r"|(?:preliminary|final|scientific)\s+program(?:me)?|agenda|ordre\s+du\s+jour|conf[ée]renciers|speakers|panel"
    r"|colloque|congr[eè]s|symposium|journ[ée]es?\s+(?:de\s+(?:la\s+)?)?sant[ée]|journ[ée]e\s+scientifique)"
    r"|(?m:^[ \t]*(?i:programme|program)[ \t]*[-–—:]))"
)
_SPEAKER_LINE = re.compile(
    r"(?m)^[ \t>*•·-]*[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?[ \t]+[A-ZÀ-Þ][A-Za-zß-ÿ'’-]+[ \t]+[-–—:][ \t]*[A-ZÀ-Þ]"
)
