"""Patient contact recognizer: a home address or a personal phone number written in a care context.

A name with a home address or phone number is what adapted transport, home care and booking mail
carry; a clinic's address in a signature is not a patient's. So this recognizer reports:

- an address: a civic number and a street ("55 Maple Crescent", "4120 rue Sherbrooke O", "12-345 boul.
  Gouin"); the trigger is the street-type word (never the digits, which identifiers need in the combined
  scan). A postal code alone is not reported: clinics' signatures end with one;
- a phone number after a personal phone label (cell, cellulaire, domicile, home, mobile, joindre au,
  "Phone:" / "Tél. :" outside signatures) or a request to call someone ("convoquer la directement au",
  "call her at"); "poste" / "ext." marks an institution's line;
- the phone numbers of a call-back list: lines "Name — number — reason" after a request to call
  people ("Peux-tu appeler ces patients", "Can you call these back", "Appels à faire :");
- a phone number after a label that says whose it is ("Tél. de la patiente :", "Pt cell:", "patient's
  home phone"), or said to be the addressee's own ("on file as your number", ``_own_contact``);
- the phone and address columns of a patient list (``_tables``).

Only in a care context: one of ``_CARE`` (transport, pick-up, domicile, home care, visite, rendez-vous,
dialyse, oxygène, patients, rebook, referral, where someone lives or is placed, a hospital stay, a call to
make...) or a patient cue within 300 characters, or mail that speaks to the patient of their own care ("your
surgery"). Never inside a signature block (the 300 characters after
"Cordialement", "-- "..., or a block recognised by its shape whatever its opener: short lines under a name
with a credential or a role, ``_signature_block``), nor when the contact's own clause names an institution
(hôpital, clinique, CLSC, pavillon...: its line cut at sentence ends, semicolons and tabs, 60 characters before and 40
after), nor on a line with an extension ("poste 2131"), unless the text says it is someone's home ("lives
at", "demeure au").
Confidence 0.8. It never decides alone: scoring's ``name_near_contact`` needs a patient name near it.
Excerpts keep the street-type word and mask everything else ("** Maple Crescent" -> "** ***** Crescent").
"""

from __future__ import annotations

import re

from sentinelle.classifiers import re2_patterns
from sentinelle.classifiers.recognizers._base import BaseRecognizer, Scan, Trigger, bounded
from sentinelle.classifiers.recognizers._base import _fold_context as fold_window
from sentinelle.classifiers.recognizers._own_contact import YOUR_NUMBER, own_number
from sentinelle.classifiers.recognizers._streets import EN_STREETS, FR_STREETS
from sentinelle.classifiers.recognizers._tables import ADDRESS, PHONE, patient_list_cells
from sentinelle.classifiers.recognizers._tables import HEADER as TABLE_HEADER
from sentinelle.classifiers.recognizers.patient_name import SIGNATURE
from sentinelle.classifiers.recognizers.patient_name._addressee import speaks_of_own_care
from sentinelle.classifiers.recognizers.patient_name._cues import patient_cue
from sentinelle.classifiers.recognizers.patient_name._staff import _STAFF_AFTER
from sentinelle.classifiers.recognizers.patient_name._staff_cues import _CREDENTIAL_UPPER, department_line
from sentinelle.classifiers.recognizers.patient_name._triggers import GENRE, genre_said
from sentinelle.classifiers.types import PATIENT_CONTACT, Finding, Segment

# Abbreviations with a dot take no trailing \b (a dot and a space are no word boundary).
STREET = Trigger("contact_street", rf"(?i:\b(?:{FR_STREETS})\b|\b(?:av|boul|ch)\.)|\b(?:{EN_STREETS})\b")
PHONE_LABEL = Trigger(
    "contact_phone",
    # Whose number it is, said on the label, first (RE2 takes the first alternative that matches at a
    # place): "Tél. de la patiente :", "patient's cell:", "Pt phone".
    r"(?i:\b(?:t[ée]l(?:[ée]phone)?\.?|cell(?:ulaire)?|num[ée]ro)\s+(?:de\s+la\s+patiente|du\s+patient"
    r"|de\s+l'usag[eè]re?|de\s+la\s+r[ée]sidente|du\s+r[ée]sident|de\s+la\s+m[eè]re|du\s+p[eè]re|of\s+the\s+patient)"
    r"|\b(?:patient'?s|pt'?s?)\s+(?:home\s+|cell\s+|mobile\s+)?(?:phone|cell|tel|number))"
    # A relative's number, labelled by who they are ("Fils : 416-555-3170", "Daughter: 613-..."): the patient's family.
    r"|(?i:\b(?:fils|fille|conjointe?|[ée]poux|[ée]pouse|m[eè]re|p[eè]re|daughter|son|wife|husband|mother|father)"
    r"\s*:)"
    r"|(?i:\b(?:cell(?:ulaire)?|mobile|t[ée]l(?:[ée]phone)?\.?\s*(?:domicile|maison|cell)|domicile|home(?:\s+phone)?"
    r"|phone|t[ée]l\.?|joindre\s+au|reach\s+(?:her|him|them)?\s*at|num[ée]ro\s+de\s+t[ée]l[ée]phone"
    # Where to reach someone, said so ("Best number: 450-…", "call-back number", "meilleur numéro pour la joindre").
    r"|best\s+(?:number|phone|contact(?:\s+number)?)|call[\s-]?back\s+(?:number|no)"
    r"|meilleur\s+num[ée]ro|num[ée]ro\s+de\s+rappel|(?:best\s+)?reached\s+at|joignable\s+au"
    # A request to text someone ("qu'on la texte au 514-…", "text her at 613-…").
    r"|(?:la|le|les|lui)\s+texter?\s+au|text\s+(?:her|him|them)\s+(?:at|on)"
    # A request to call someone at a number ("convoquer la directement au", "call her at", "appeler sa fille au",
    # "l'appeler au"); never "appeler au" alone (a public line: "les personnes intéressées peuvent appeler au").
    r"|(?:(?:re)?joindre|appeler|rappeler|convoquer|contacter|t[ée]l[ée]phoner|call|phone|reach|contact)"
    r"(?:\s+[\w'’-]+)?\s+(?:la|le|les|lui|her|him|them|(?:sa|son|ses|his|her|the)\s+(?:\w+\s+)?"
    r"(?:patiente?|fille|fils|m[eè]re|p[eè]re|conjointe?|daughter|son|mother|father|wife|husband|patient))"
    r"(?:\s+[\w'’-]+)?\s+(?:au|at|on)"
    r"|(?:l['’]|\b(?:la|le|les|lui)\s+)(?:(?:re)?joindre|appeler|rappeler|convoquer|contacter|t[ée]l[ée]phoner)"
    r"(?:\s+[\w'’-]+)?\s+au"
    # A request to call someone ("Merci de convoquer la directement au 514-…", "call her at 613-…").
    r"|(?:rejoindre|joindre|appeler|convoquer|contacter|rappeler|aviser)(?:\s+(?:la|le|les|l'|lui|leur|directement"
    r"|svp|madame|monsieur|mme|m\.|sa\s+fille|son\s+fils|la\s+famille|la\s+patiente|le\s+patient))*\s+au"
    r"|call\s+(?:her|him|them|the\s+patient|the\s+family)\s+(?:back\s+)?(?:at|on)"
    # Where someone was reached ("Usager joint au (450) 555-1418, confirmé", "jointe à la maison au 514-…").
    r"|\b(?:re)?jointe?s?\s+(?:(?:a|à)\s+la\s+maison\s+|chez\s+(?:elle|lui)\s+|sur\s+son\s+cell(?:ulaire)?\s+)?au"
    # ... by title and name ("rappeler Mme Paquin au 450 …", "call Mr. Kowalski back at 613 …").
    r"|(?:(?:re)?joindre|appeler|rappeler|convoquer|contacter|call|phone|reach)(?:\s+back)?\s+(?:m\.|mme|mlle"
    r"|mr\.?|mrs\.?|ms\.?|madame|monsieur)\s+(?:[\w'’-]+\s+){1,3}(?:back\s+)?(?:au|at|on))\b)",
)
# A request to call a list of people back ("Peux-tu appeler ces patients", "Can you call these and rebook?",
# "Appels à faire :"): the lines that follow, a name then a telephone number, are whom to call.
CALL_LIST = Trigger(
    "contact_call_list",
    r"(?i:\b(?:appeler|rappeler|t[ée]l[ée]phoner|joindre|contacter|aviser|call|phone|contact|notify|reach)"
    r"(?:\s+back)?\s+(?:ces|these|the\s+following|les\s+(?:suivant(?:e)?s|patient(?:e)?s|personnes|usagers|parents"
    r"|familles|clients))\b|\bappels\s+[àa]\s+faire\b|\bliste\s+d'appels\b|\bcall(?:[\s-]?back)?\s+list\b"
    r"|\bliste\s+de\s+rappel\b"
    # A list's heading that says whom to call in ("Patients ... à convoquer pour dose de rappel :", "to call in for
    # booster:").
    r"|(?:à|\ba)\s+(?:convoquer|rappeler|appeler|joindre|contacter)\b[^\n]{0,60}:|\bto\s+(?:call|phone|recall)"
    r"(?:\s+(?:in|back))?\b[^\n]{0,60}:)",
)

# Civic number right before a French street word ("4120 rue"), or before an English street name
# ("55 Maple Crescent": up to three capitalised words between the number and the type). An address is written
# in one cell: a tab parts a table's cells ("30<TAB>Route" is a distance and a trip's purpose).
_FR_CIVIC = re.compile(r"(?:\b\d{1,5}(?:-\d{1,5})?[A-Za-z]?,? +)$")
_EN_CIVIC = re.compile(r"\b\d{1,5}[A-Za-z]? +(?:[A-Z][A-Za-z'’-]+ +){1,3}$")
_PHONE = re.compile(r"[\s:.\-–]*(?:\+?1[ .-]?)?(?P<number>\(?[2-9][0-9]{2}\)?[ .-]?[0-9]{3}[ .-]?[0-9]{4})\b")
_EXTENSION = re.compile(r"\s*(?:,\s*)?(?:poste|ext\.?|x)\s*\d", re.IGNORECASE)
# What ``re`` takes for ``\s`` in ASCII text (RE2's ``\s`` lacks \v and \x1c-\x1f).
_ASCII_SPACE = r"[ \t\n\r\f\v\x1c-\x1f]"
# Searched in folded (ASCII) windows of 600 characters around each contact: RE2's DFA finds the same
# leftmost-first match as ``re`` several times faster on this alternation (``_ASCII_SPACE``: ``re``'s ``\s``).
_CARE = re2_patterns.compile(
    r"\b(?:transport|pick-?up|ramassage|domicile|home\s+care|home\s+visit|visite|soins\s+a\s+domicile|sad|clsc"
    r"|rendez-vous|rdv|appointments?|appts?|booking|book|reservation|dialyse|hemodialyse|dialysis|hemodialysis"
    r"|oxygen[e]?"
    r"|concentrat(?:eur|or)|livraison|delivery|ambulance|taxi|patiente?s?|client[e]?|usagers?|usageres?|beneficiaire"
    # Where a child or a patient is placed or sheltered (youth protection, social work).
    r"|placee?\s+(?:chez|en|dans)|placed\s+(?:with|in)|famille\s+d'accueil|foster|hebergee?|sheltered|dpj|dyp"
    r"|youth\s+protection|protection\s+de\s+la\s+jeunesse"
    # Appointments to move ("rebook", "reporter leur rendez-vous", "reason for the visit").
    r"|rebook|re-book|reschedule|reason\s+for\s+(?:the\s+)?visit|motif\s+de\s+(?:la\s+)?(?:consultation|visite)"
    # A visit made for someone at their address ("Visit done for J. McIntyre at 2078 Marchbank Ave").
    r"|visit\s+(?:done\s+|completed\s+|made\s+)?(?:for|with)|visite\s+(?:faite\s+|effectuee\s+)?(?:pour|chez)"
    # A course of treatment someone attends ("can't make RT on Nov 03", "sa chimio de jeudi", "transfusion").
    r"|rt|radiotherapy|radiotherapie|chemo|chimio|chimiotherapie|chemotherapy|transfusion|perfusion|infusion"
    r"|infirmiere\s+a\s+domicile|home\s+nurse|aide\s+a\s+domicile"
    # Care around a birth, at home ("postnatal home visit", "Post-partum J3", "suivi postnatal").
    r"|post-?partum|postnatal|post-?natale?|accouchement|delivered|allaitement|breastfeeding|newborn|nouveau-ne"
    # Where someone lives or is placed, and a stay in care: the address or number is theirs.
    r"|vit|lives|habite|demeure|reside|resides|placee?|placed|hebergee?|domiciliee?|hospitalisee?|hospitali[sz]ed"
    r"|admise?|admitted|conge|discharged?|convoquer|rappeler|callback|call\s+back|reminder\s+calls?"
    r"|appels?\s+a\s+faire"
    # Referral, admission and discharge mail carry the patient's own number ("Pt cell", "la joindre au").
    r"|referral|referring|referred|demande\s+de\s+consultation|consultation\s+(?:en|pour|request)|consult\s+request"
    r"|conge\s+de\s+l'hopital|convocation|pt|patient's"
    # A situation reported at someone's home: abuse or neglect of the person who lives there.
    r"|situation\s+chez|signalement|maltraitance|negligence|elder\s+abuse|neglect|self-neglect)\b"
    .replace(r"\s", _ASCII_SPACE)
)
_INSTITUTION = re.compile(
    r"\b(?:hopital|hospital|clinique|clinic|clsc|chsld|pavillon|centre|center|ciusss?|cisss|chu[ms]?|institut"
    r"|universite|university|bureau|office|suite|local|pharmacie|pharmacy|laboratoire|labo"
    # ... or a venue, a party's or a meeting's ("5 à 7 au Bistro du Quai, 12, rue du Port")
    r"|bistro|restaurant|resto|brasserie|pub|cafe|hotel|auberge|golf|salle\s+de\s+reception"
    # ... or a court ("Palais de justice de Saint-Aurèle, 300 rue de la Cour")
    r"|palais\s+de\s+justice|courthouse|tribunal"
    # Quebec's public care homes for seniors ("Maison des aînés de Sainte-Rose, 75, chemin des Érables")
    r"|maisons?\s+des\s+aines)\b"
)
# An employee's record: the contact an employee gives HR (their own, a spouse's for emergencies) is nobody's care.
_HR_RECORD = re.compile(
    r"\b(?:hr\s+(?:file|system|record|records|department)|human\s+resources|personnel\s+file|employee\s+(?:file|record)"
    r"|dossier\s+(?:rh|d'employee?|du\s+personnel|de\s+l'employee?)|ressources\s+humaines)\b"
)
# An extension on the line: a work number, so the line is a staff directory's or an institution's.
_EXTENSION_ANYWHERE = re.compile(r"\b(?:poste|ext\.?)\s*\d", re.IGNORECASE)
# A line of a call list: a name (two to four capitalised words, "Surname, Given" too), a separator, a number.
_LISTED_PHONE = re.compile(
    r"[ \t>*•·-]*(?:[0-9]{1,2}[.)][ \t]+)?[A-ZÀ-ÖØ-Þ][\w'’-]+(?:,?[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]+){1,3}[ \t]*"
    r"(?:[-–—:|;,/(][ \t]*)+"
    r"(?:\+?1[ .-]?)?(?P<number>\(?[2-9][0-9]{2}\)?[ .-]?[0-9]{3}[ .-]?[0-9]{4})\b"
)
# An institution owns the contact when named this close before it, or after it, in its clause
# ("Clinique Saint-Roch, 55 rue X"; not "Demande au CLSC pour soins à domicile : Mme X, ..., 12 rue Y").
_INSTITUTION_BEFORE = 60
_INSTITUTION_AFTER = 40
_CALL_LIST_LINES = 40  # lines read after a call request
_CALL_LIST_GAP = 3  # non-empty lines that are no list item before the list ends (or never began)
_CARE_REACH = 300
# Someone's home, said right before the contact: whatever institution the sentence names, it is theirs.
_PERSONAL = re.compile(
    r"\b(?:lives?\s+at|living\s+at|resides?\s+at|home\s+address|demeure\s+au|habite\s+au|reside\s+au"
    r"|adresse\s+(?:du|de\s+son)\s+domicile|domicilie(?:e)?\s+au)\b[^\n]{0,20}$"
)
_PERSONAL_REACH = 40
_CUE_REACH = 150  # a patient cue said of the contact's owner: closer than a care word
_LINE_REACH = 200
_MAX_EXCERPT = 60
_SIGNATURE_SPAN = 300
_SIGNATURE_LINES = 6  # lines read up from the contact's line for the name that signs the block
_SIGNATURE_LINE_MAX = 90
# A line that opens with a name (a doctor's title allowed): "Brian Sutherland, MD, FRCPC", "Dre Lise Roy";
# never a civil title, which signatures do not carry ("Mme Lise Roy, résidente" is a long-term care resident).
_NAME_LINE = re.compile(
    r"[ \t>]*(?:(?:Dr|Dre|Pr|Pre)\.?[ \t]+)?(?!(?:M|Mme|Mlle|Mr|Mrs|Ms|Madame|Monsieur)\b)"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]+){1,3}"
)
_SENTENCE = re.compile(r"[a-z]{2}[.!?][ \t]+[A-Z]")
# A job title under a signature's name may open with the patients it serves ("Patient Flow Coordinator").
_PATIENT_DEPARTMENT = re.compile(r"^[ \t]*patients?[ \t]+")


class PatientContactRecognizer(BaseRecognizer):
    name = "patient_contact"
    triggers = (STREET, PHONE_LABEL, CALL_LIST, SIGNATURE, YOUR_NUMBER, TABLE_HEADER, GENRE)

    def from_scan(self, segment: Segment, scan: Scan) -> list[Finding]:
        text = segment.text
        hits = [(s, e, "street") for s, e in scan.get(STREET.kind)]
        hits += [(s, e, "phone") for s, e in scan.get(PHONE_LABEL.kind)]
        hits += [(s, e, "call list") for s, e in scan.get(CALL_LIST.kind)]
        hits += [(s, e, "yours") for s, e in scan.get(YOUR_NUMBER.kind)]
        table_cells = patient_list_cells(text, scan.get(TABLE_HEADER.kind), PHONE, ADDRESS)
        if not hits and not table_cells:
            return []
        # A newsletter's or a notice's addresses are its organisation's, never a patient's home. Said in words, not
        # by an acronym ("Destination : CME" is the Centre mère-enfant, not continuing medical education).
        if genre_said(text, [(s, e) for s, e in scan.get(GENRE.kind) if not text[s:e].isupper()]):
            return []
        signatures = [(s, e + _SIGNATURE_SPAN) for s, e in scan.get(SIGNATURE.kind)]
        findings: list[Finding] = []
        spans: list[tuple[int, int, str, str, int, int]] = []  # contact span, how, kind, trigger span
        seen: set[int] = set()
        own_care: list[bool] = []  # computed once, on demand
        for t_start, t_end, kind in sorted(hits):
            if not bounded(text, t_start, t_end) and text[t_end - 1 : t_end] != ".":
                continue
            if kind == "call list":
                spans.extend((s, e, how, kind, s, e) for s, e, how in self._listed(text, t_end))
                continue
            span = self._contact(text, t_start, t_end, kind)
            if span is not None:
                spans.append((*span, kind, t_start, t_end))
        for start, end, how, kind, t_start, t_end in spans:
            if start in seen:
                continue
            seen.add(start)
            if any(s <= start < e for s, e in signatures) or _signature_block(text, start) or _staff_line(text, start):
                continue
            if kind != "yours" and self._institutional(text, start, end):  # "your number" says whose it is
                continue
            window = fold_window(text[max(0, start - _CARE_REACH) : end + _CARE_REACH])
            if _HR_RECORD.search(window):
                continue  # "Please update my emergency contact in my HR file": an employee's record
            care = _CARE.search(window) or patient_cue(
                fold_window(text[max(0, start - _CUE_REACH) : end + _CUE_REACH])
            )
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
    def _listed(text: str, after: int) -> list[tuple[int, int, str]]:
        """Telephone numbers of the call-list lines after a call request (``_CALL_LIST_LINES`` at most)."""
        found: list[tuple[int, int, str]] = []
        line_start = text.find("\n", after) + 1
        misses = 0  # lines that are no list item: the list has not begun yet, or it has ended
        for _ in range(_CALL_LIST_LINES):
            if line_start <= 0 or line_start >= len(text) or misses > _CALL_LIST_GAP:
                break
            line_end = text.find("\n", line_start)
            line_end = len(text) if line_end == -1 else line_end
            match = _LISTED_PHONE.match(text, line_start, line_end) if line_end > line_start else None
            if match and not _EXTENSION.match(text, match.end()):
                found.append((match.start("number"), match.end("number"), "phone on a call-list line"))
                misses = 0
            elif line_end > line_start:
                misses += 1
            line_start = line_end + 1
        return found

    @staticmethod
    def _institutional(text: str, start: int, end: int) -> bool:
        # The clause around the contact: its line, cut at sentence ends, semicolons and tabs (a CSV row's
        # "Clinic: Heart failure clinic" or "Referral to CLSC home care for Mrs. X, ..." names no owner of the
        # number), at most 200 characters each way (a long text without line breaks must not cost a scan
        # back to its start per contact).
        lo, hi = max(0, start - _LINE_REACH), min(len(text), end + _LINE_REACH)
        line_start = text.rfind("\n", lo, start) + 1 or lo
        line_end = text.find("\n", end, hi)
        if _EXTENSION_ANYWHERE.search(text, line_start, line_end if line_end != -1 else hi) is not None:
            return True  # "poste 2131" anywhere on the line: a directory's or an institution's line
        if _PERSONAL.search(fold_window(text[max(line_start, start - _PERSONAL_REACH) : start])):
            return False  # "lives at", "demeure au": someone's home, whatever the sentence names
        before = text[line_start:start]
        after = text[end : line_end if line_end != -1 else hi]
        before = before[-_INSTITUTION_BEFORE:]
        after = after[:_INSTITUTION_AFTER]
        cuts = list(_CLAUSE_END.finditer(before))
        before = before[cuts[-1].end() :] if cuts else before
        cut = _CLAUSE_END.search(after)
        clause = before + text[start:end] + (after[: cut.start()] if cut else after)
        return _INSTITUTION.search(fold_window(clause)) is not None


# A list line that opens with a name, "Surname, Given" included ("Vachon, Annie - inf. aux. - cell ...").
_LISTED_NAME = re.compile(
    r"[ \t>*•·-]*(?:[0-9]{1,2}[.)][ \t]+)?[A-ZÀ-ÖØ-Þ][\w'’-]+(?:,?[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]+){1,3}"
)


def _staff_line(text: str, start: int) -> bool:
    """The contact's own line opens with a name and that person's role or credential ("Vachon, Annie -
    inf. aux. - cell 579 555-0174", "Paquette, Olivier (inhalo) 819 555-0137"): a staff call list's or
    directory's line, the number a colleague's. A patient's line names no role ("Roy, Lise - 82 ans - ...")."""
    line_start = text.rfind("\n", 0, start) + 1
    name = _LISTED_NAME.match(text, line_start, start)
    if name is None:
        return False
    rest = text[name.end() : start]
    return _CREDENTIAL_UPPER.match(rest) is not None or _STAFF_AFTER.match(fold_window(rest)) is not None


def _signature_block(text: str, start: int) -> bool:
    """The contact's line closes a block of short lines (no sentence in them) that a name with a credential or
    a role signs, on its line ("Brian Sutherland, MD, FRCPC") or the next ("David Chen" / "unit clerk"):
    a signature, whatever its opener or none. A patient's line ("Mme Lise Roy, 82 ans") names no role."""
    above: list[str] = []
    position = text.rfind("\n", 0, start) + 1
    own_end = text.find("\n", start)
    own = text[position : len(text) if own_end < 0 else own_end].rstrip("\r")
    if len(own) > _SIGNATURE_LINE_MAX:
        return False  # a signature's lines are short ("je suis la fille de ... Adresse : ... Tél. ..." is a letter's)
    while position > 0 and len(above) < _SIGNATURE_LINES:
        line_start = text.rfind("\n", 0, position - 1) + 1
        line = text[line_start : position - 1].rstrip("\r")
        if not line.strip() or len(line) > _SIGNATURE_LINE_MAX or _SENTENCE.search(line):
            break
        above.append(line)
        position = line_start
    for index, line in enumerate(above):
        name = _NAME_LINE.match(line)
        if name is None:
            continue
        rest = line[name.end() :]
        if _CREDENTIAL_UPPER.match(rest) or (rest.strip() and _STAFF_AFTER.match(fold_window(rest))):
            return True
        role = _PATIENT_DEPARTMENT.sub("", fold_window(above[index - 1])) if index > 0 else ""
        if not rest.strip() and role and _STAFF_AFTER.match(role):
            return True  # the role on the line under the name ("Patient Experience Lead": the job, not a patient)
        if not rest.strip() and index > 0 and department_line(above[index - 1]):
            return True  # ... or the department ("Pharmacie hospitalière")
    return False


# Where a clause ends: a sentence's full stop (not an abbreviation's: "boul.", "app.", "Mrs."), a semicolon,
# a tab.
_CLAUSE_END = re.compile(
    r"(?<![A-Z])(?<!\b[a-z]{3})(?<!\b[a-z]{2})(?<!\b[A-Z][a-z])(?<!\bMrs)[.!?](?=[ \t]+[A-Z])|[;\t]"
)


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
