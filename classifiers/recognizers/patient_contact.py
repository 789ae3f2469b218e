"""Patient contact recognizer: a home address or a personal phone number written in a care context.

A name with a home address or phone number is what adapted transport, home care and booking mail
carry; a clinic's address in a signature is not a patient's. So this recognizer reports:

- an address: a civic number and a street ("55 Maple Crescent", "4120 rue Sherbrooke O", "12-345 boul.
  Gouin"); the trigger is the street-type word (never the digits, which identifiers need in the combined
  scan). A postal code alone is not reported: clinics' signatures end with one;
- a phone number after a personal phone label (cell, cellulaire, domicile, home, mobile, joindre au,
  "Phone:" / "Tél. :" outside signatures); "poste" / "ext." marks an institution's line.

- a phone number after a label that says whose it is ("Tél. de la patiente :", "Pt cell:", "patient's
  home phone", "convoquer la directement au"), or said to be the addressee's own ("on file as your
  number", ``_own_contact``).

Only in a care context: one of ``_CARE`` (transport, pick-up, domicile, home care, visite, rendez-vous,
dialyse, oxygène, referral, demande de consultation, hospitalisée, admitted, discharge...) within 300
characters, or mail that speaks to the patient of their own care ("your surgery"). Never inside a
signature block (the 300 characters after "Cordialement", "-- "...), nor next to an institution's name
(hôpital, clinique, CLSC, pavillon... within 60 characters before it on its line, or 30 after; a line with
an extension), unless the text says it is someone's home ("lives at", "demeure au").
Confidence 0.8. It never decides alone: scoring's ``name_near_contact`` needs a patient name near it.
Excerpts keep the street-type word and mask everything else ("** Maple Crescent" -> "** ***** Crescent").
"""

from __future__ import annotations

import re

from sentinelle.classifiers.recognizers._base import BaseRecognizer, Scan, Trigger, bounded
from sentinelle.classifiers.recognizers._base import _fold_context as fold_window
from sentinelle.classifiers.recognizers._callback import CALLBACK, callback_numbers
from sentinelle.classifiers.recognizers._own_contact import YOUR_NUMBER, own_number
from sentinelle.classifiers.recognizers._tables import ADDRESS, PHONE, patient_list_cells
from sentinelle.classifiers.recognizers._tables import HEADER as TABLE_HEADER
from sentinelle.classifiers.recognizers.patient_name import SIGNATURE
from sentinelle.classifiers.recognizers.patient_name._addressee import speaks_of_own_care
from sentinelle.classifiers.types import PATIENT_CONTACT, Finding, Segment

_FR_STREETS = (
    r"rue|avenue|boulevard|bd|chemin|rang|route|mont[ée]e|c[ôo]te|croissant|impasse|all[ée]e|promenade|terrasse"
)
# Not "Dr" nor "St": they are titles and "Saint" first, and the combined scan gives each character to one
# trigger only ("Dr Louis Simard" must stay a physician's name).
_EN_STREETS = (
    r"Street|Avenue|Ave\.?|Road|Rd\.?|Crescent|Cres\.?|Drive|Boulevard|Blvd\.?|Lane|Ln\.?|Court|Ct\.?|Way|Terrace"
    r"|Circle"
)
# Abbreviations with a dot take no trailing \b (a dot and a space are no word boundary).
STREET = Trigger("contact_street", rf"(?i:\b(?:{_FR_STREETS})\b|\b(?:av|boul|ch)\.)|\b(?:{_EN_STREETS})\b")
PHONE_LABEL = Trigger(
    "contact_phone",
    # Whose number it is, said on the label, first (RE2 takes the first alternative that matches at a
    # place): "Tél. de la patiente :", "patient's cell:", "Pt phone", "convoquer la directement au".
    r"(?i:\b(?:t[ée]l(?:[ée]phone)?\.?|cell(?:ulaire)?|num[ée]ro)\s+(?:de\s+la\s+patiente|du\s+patient"
    r"|de\s+l'usag[eè]re?|de\s+la\s+r[ée]sidente|du\s+r[ée]sident|de\s+la\s+m[eè]re|du\s+p[eè]re|of\s+the\s+patient)"
    r"|\b(?:patient'?s|pt'?s?)\s+(?:home\s+|cell\s+|mobile\s+)?(?:phone|cell|tel|number)"
    r"|\bconvoquer\s+(?:le\s+|la\s+|les\s+|l')?(?:directement\s+)?au)"
    r"|(?i:\b(?:cell(?:ulaire)?|mobile|t[ée]l(?:[ée]phone)?\.?\s*(?:domicile|maison|cell)|domicile|home(?:\s+phone)?"
    r"|phone|t[ée]l\.?|joindre\s+au|reach\s+(?:her|him|them)?\s*at|num[ée]ro\s+de\s+t[ée]l[ée]phone)\b)",
)

# Civic number right before a French street word ("4120 rue"), or before an English street name
# ("55 Maple Crescent": up to three capitalised words between the number and the type).
_FR_CIVIC = re.compile(r"(?:\b\d{1,5}(?:-\d{1,5})?[A-Za-z]?,?[ \t]+)$")
_EN_CIVIC = re.compile(r"\b\d{1,5}[A-Za-z]?[ \t]+(?:[A-Z][A-Za-z'’-]+[ \t]+){1,3}$")
_PHONE = re.compile(r"[\s:.\-–]*(?:\+?1[ .-]?)?(?P<number>\(?[2-9][0-9]{2}\)?[ .-]?[0-9]{3}[ .-]?[0-9]{4})\b")
_EXTENSION = re.compile(r"\s*(?:,\s*)?(?:poste|ext\.?|x)\s*\d", re.IGNORECASE)
_CARE = re.compile(
    r"\b(?:transport|pick-?up|ramassage|domicile|home\s+care|home\s+visit|visite|soins\s+a\s+domicile|sad|clsc"
    r"|rendez-vous|rdv|appointment|booking|book|reservation|dialyse|hemodialyse|dialysis|hemodialysis|oxygen[e]?"
    r"|concentrat(?:eur|or)|livraison|delivery|ambulance|taxi|patiente?|client[e]?|usager|usagere|beneficiaire"
    r"|infirmiere\s+a\s+domicile|home\s+nurse|aide\s+a\s+domicile"
    # Referral, admission and discharge mail carry the patient's own number ("Pt cell", "la joindre au").
    r"|referral|referring|referred|demande\s+de\s+consultation|consultation\s+(?:en|pour|request)|consult\s+request"
    r"|hospitalisee?|hospitali[sz]ed|admise?|admitted|conge\s+de\s+l'hopital|discharged?|convoquer|convocation|pt|patient's|usagere?s?)\b"
)
_INSTITUTION = re.compile(
    r"\b(?:hopital|hospital|clinique|clinic|clsc|chsld|pavillon|centre|center|ciusss?|cisss|chu[ms]?|institut"
    r"|universite|university|bureau|office|suite|local|pharmacie|pharmacy|laboratoire|labo)\b"
)
# An extension on the line: a work number, so the line is a staff directory's or an institution's.
_EXTENSION_ANYWHERE = re.compile(r"\b(?:poste|ext\.?)\s*\d", re.IGNORECASE)
_CARE_REACH = 300
_PERSONAL = re.compile(
    r"\b(?:lives?\s+at|living\s+at|resides?\s+at|home\s+address|demeure\s+au|habite\s+au|reside\s+au"
    r"|adresse\s+(?:du|de\s+son)\s+domicile|domicilie(?:e)?\s+au)\b[^\n]{0,20}$"
)
_PERSONAL_REACH = 40
_INSTITUTION_REACH = 60
_LINE_REACH = 200
_MAX_EXCERPT = 60
_SIGNATURE_SPAN = 300


class PatientContactRecognizer(BaseRecognizer):
    name = "patient_contact"
    triggers = (STREET, PHONE_LABEL, SIGNATURE, YOUR_NUMBER, TABLE_HEADER, CALLBACK)

    def from_scan(self, segment: Segment, scan: Scan) -> list[Finding]:
        text = segment.text
        hits = [(s, e, "street") for s, e in scan.get(STREET.kind)]
        hits += [(s, e, "phone") for s, e in scan.get(PHONE_LABEL.kind)]
        hits += [(s, e, "yours") for s, e in scan.get(YOUR_NUMBER.kind)]
        table_cells = patient_list_cells(text, scan.get(TABLE_HEADER.kind), PHONE, ADDRESS)
        listed = callback_numbers(text, scan.get(CALLBACK.kind)) if scan.get(CALLBACK.kind) else []
        if not hits and not table_cells and not listed:
            return []
        signatures = [(s, e + _SIGNATURE_SPAN) for s, e in scan.get(SIGNATURE.kind)]
        findings: list[Finding] = []
        own_care: list[bool] = []  # computed once, on demand
        for t_start, t_end, kind in sorted(hits):
            if not bounded(text, t_start, t_end) and text[t_end - 1 : t_end] != ".":
                continue
            span = self._contact(text, t_start, t_end, kind)
            if span is None:
                continue
            start, end, how = span
            if any(s <= start < e for s, e in signatures):
                continue
            if kind != "yours" and self._institutional(text, start, end):  # "your number" says whose it is
                continue
            window = fold_window(text[max(0, start - _CARE_REACH) : end + _CARE_REACH])
            care = _CARE.search(window)
            # Mail written to the patient ("your surgery", "vos résultats") is a care context of its own.
            if care is None:
                if not own_care:
                    own_care.append(speaks_of_own_care(text))
                if not own_care[0]:
                    continue
            # Everything masked but the street-type word (it says what the value is, and identifies nobody).
            excerpt = "".join(
                c if not c.isalnum() or (kind == "street" and t_start <= start + i < t_end) else "*"
                for i, c in enumerate(text[start:end])
            )
            excerpt = " ".join(excerpt.split())[:_MAX_EXCERPT]
            explanation = f"{how}; care context {care.group(0) if care else 'second person'!r}"
            findings.append(Finding(PATIENT_CONTACT, segment.location, 0.8, excerpt, explanation, start, end))
        findings.extend(self._table_contacts(segment, table_cells))
        for start, end in listed:  # a call-back list's numbers (``_callback``), outside signatures
            if not any(s <= start < e for s, e in signatures):
                excerpt = "".join("*" if c.isalnum() else c for c in text[start:end])
                findings.append(Finding(PATIENT_CONTACT, segment.location, 0.8, excerpt,
                                        "phone on a call-back list line", start, end))
        return findings

    @staticmethod
    def _table_contacts(segment: Segment, cells: list[tuple[int, int, str]]) -> list[Finding]:
        """The phone and address cells of a patient list (``_tables``): its rows are patients, so their
        contact columns are patients' contacts (a staff directory or a supplier list is no patient list)."""
        findings: list[Finding] = []
        for start, end, header in cells:
            value = segment.text[start:end]
            if not any(c.isdigit() for c in value):
                continue
            excerpt = " ".join("".join("*" if c.isalnum() else c for c in value).split())[:_MAX_EXCERPT]
            explanation = f"column {header!r} of a patient list"
            findings.append(Finding(PATIENT_CONTACT, segment.location, 0.8, excerpt, explanation, start, end))
        return findings

    @staticmethod
    def _contact(text: str, t_start: int, t_end: int, kind: str) -> tuple[int, int, str] | None:
        """The contact's span and how it was read, or None when the trigger is not part of one."""
        if kind == "yours":
            number = own_number(text, t_start, t_end)
            return None if number is None else (*number, "phone said to be the addressee's own")
        if kind == "phone":
            match = _PHONE.match(text, t_end)
            if match is None or _EXTENSION.match(text, match.end()):
                return None
            return match.start("number"), match.end("number"), "phone after a personal label"
        before = text[max(0, t_start - 60) : t_start]
        word = text[t_start:t_end].lower()
        french = _FR_CIVIC.search(before) if word in _FR_WORDS else None
        if french:
            return t_start - (len(before) - french.start()), _line_rest(text, t_end, 40), "civic number + street"
        english = _EN_CIVIC.search(before) if text[t_start].isupper() else None
        if english:
            return t_start - (len(before) - english.start()), t_end, "civic number + street"
        return None

    @staticmethod
    def _institutional(text: str, start: int, end: int) -> bool:
        # The line around the contact, at most 200 characters each way (a long text without line
        # breaks must not cost a scan back to its start per contact).
        lo, hi = max(0, start - _LINE_REACH), min(len(text), end + _LINE_REACH)
        line_start = text.rfind("\n", lo, start) + 1 or lo
        line_end = text.find("\n", end, hi)
        line = text[line_start : line_end if line_end != -1 else hi]
        if _EXTENSION_ANYWHERE.search(line) is not None:
            return True
        # Someone's home ("lives at", "demeure au"): whatever institution the sentence names (a referral to
        # the CLSC). Otherwise an institution word close by names whose address or line it is: a paragraph
        # that mentions a hospital far from the contact does not make a patient's phone an institution's.
        if _PERSONAL.search(fold_window(text[max(line_start, start - _PERSONAL_REACH) : start])):
            return False
        near = text[max(line_start, start - _INSTITUTION_REACH) : min(end + _INSTITUTION_REACH // 2, len(text))]
        return _INSTITUTION.search(fold_window(near)) is not None


_FR_WORDS = frozenset(
    " ".join(
        (
            "rue avenue av. boulevard boul. bd chemin ch. rang route montée montee côte cote croissant impasse",
            "allée allee promenade terrasse",
        )
    ).split()
)


def _line_rest(text: str, position: int, limit: int) -> int:
    """End of the street name after its type word: up to a comma, a line end or ``limit`` characters."""
    end = position
    stop = min(len(text), position + limit)
    while end < stop and text[end] not in ",\n\r;(":
        end += 1
    while end > position and text[end - 1] in " \t.":
        end -= 1
    return end
