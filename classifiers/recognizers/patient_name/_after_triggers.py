"""Names right after a trigger: a role word or a labelled field ("Patient : TREMBLAY, Jean"), a title
("Mme Lessard"), a roster line's room number, a care phrase ("suivi de Marc Roy"). Each is weighed by its
kind and its patient cues; a trigger the pattern cannot resolve is kept for NER (``SegmentNames.unmatched``)."""

from __future__ import annotations

import re

from sentinelle.classifiers.recognizers._base import Scan, bounded, fold
from sentinelle.classifiers.recognizers._streets import street_word
from sentinelle.classifiers.recognizers._tables import CARED_FOR, OTHER, PRODUCT, column_role
from sentinelle.classifiers.recognizers.patient_name._addressee import _GREETING_LINE, _GREETING_REACH
from sentinelle.classifiers.recognizers.patient_name._cues import _patient_cue
from sentinelle.classifiers.recognizers.patient_name._lower_case import _LOWER_NAME, _known_lower_name, _lower_case_name
from sentinelle.classifiers.recognizers.patient_name._schedules import initial_in_row
from sentinelle.classifiers.recognizers.patient_name._shapes import (
    _HARD_STOP,
    _IN_NAME,
    _NAME,
    _NAME_BELOW,
    _ORG_WORDS,
    _SP,
    _WORD,
    _capitalised,
    _clean_name,
    _is_given,
    _known_surname,
)
from sentinelle.classifiers.recognizers.patient_name._triggers import _LOW, CARE_PHRASE, ROSTER
from sentinelle.classifiers.recognizers.patient_name._weighing import SegmentNames

# A customer's account, not a person: "No client 465651891", "client # 4471", "numéro de client : 88".
_ACCOUNT_BEFORE = re.compile(r"(?i:\b(?:no|n[o°º]\.?|num[ée]ro|#|code|compte)[ \t]*(?:de[ \t]+|du[ \t]+)?)$")
_ACCOUNT_AFTER = re.compile(r"[ \t]*(?:#|no\b|n[o°º]\.?|number|:)?[ \t]*[0-9]")
# A form's field left blank (underscores, dots, an ellipsis, a bracketed placeholder), and a label's own colon.
_BLANK_FIELD = re.compile(r"[ \t\u00a0]*:[ \t\u00a0]*(?:_{2,}|\.{3,}|…|\[[^\]\n]{0,30}\]|<[^>\n]{0,30}>)")
_LABEL_AFTER = re.compile(r"[ \t\u00a0]*:")
_COLUMN_GAP = re.compile(r"[ \u00a0]{2,}|\t")
_CELL_GAP = re.compile(r" *\t")
# A two-column table typed with pipes, a quoted reply's too ("> | Name | Tomasz Arsenault |"): the label fills the
# row's first cell, a full name the next one and nothing follows it.
_PIPE_ROW_START = re.compile(r"[ \t>]*\|[ \t]*")
_NAME_IN_NEXT_CELL = re.compile(
    rf"[ \t]*(?P<label>\|)[ \t]*(?P<name>{_WORD}(?:{_IN_NAME}+{_WORD}){{1,3}})[ \t]*\|?[ \t]*(?=\r?\n|$)"
)
# Phrases that say whom a text is about, not that it is a patient ("le dossier de" is an employee's too).
_ABOUT = re.compile(r"(?i:concernant|au\s+sujet\s+de|regarding|concerning|dossier\s+(?:de|of)"
                    # ... and whom a clinician saw: a colleague at a meeting too, so evidence said of them must follow
                    r"|(?:j'ai|nous\s+avons|on\s+a)\s+(?:re)?vu|(?:i|we)\s+(?:saw|examined|assessed)|(?:i|we)(?:'ve|\s+have)\s+seen)")
# ... or asked to check ("can you check Marie Roy's availability", "can u check lucille lavoie's sacrum"): a patient
# only with a cue, like them.
_CHECK = re.compile(r"(?i:(?:can|could)\s+(?:u|you)\s+(?:please\s+|pls\s+)?check|(?:pls|please)\s+check)")
_TITLE_AFTER = re.compile(r"\s*(?:M\.|Mmes?\b|MME\b|Mlle\b|Monsieur\b|Madame\b|Mrs?\b|Ms\b|Dre?\b|Docteure?\b|Pre?\b)")
# Name columns: labels only, and never worth an NER window without their colon ("First, we...").
_NAME_COLUMNS = frozenset(
    {"last name", "first name", "given name", "family name", "surname", "prenom", "nom de famille", "last", "first"}
)
# The labels of a field that names the person cared for ("Patient :", "Usager :"), whoever receives the message.
_CARED_FOR_LABELS = frozenset({"patient", "patiente", "usager", "usagere", "client", "cliente", "resident", "residente",
                               "beneficiaire"})
_ROLE_LABEL_WORDS = frozenset(
    {"nom", "name", "travailleur", "travailleuse", "reclamant", "reclamante", "claimant", "assure", "assuree",
     "insured", "enfant", "child", "eleve", "pupil", *_NAME_COLUMNS}
)


def _label_cell(text: str, t_start: int, t_end: int, name_end: int) -> bool:
    """The trigger fills a form's label cell and the name its value cell, the row's last ("Enfant<TAB>Hugo
    Proulx", "Child<TAB>John Fournier": a DOCX or spreadsheet form read as tab-separated rows). A header row
    ("Nom<TAB>Poste<TAB>Téléphone") goes on after its second cell."""
    line_start = text.rfind("\n", 0, t_start) + 1
    before = text[line_start:t_start]
    if before.strip(" ") and not before.endswith("\t"):
        return False
    if _CELL_GAP.match(text, t_end) is None:
        return False
    line_end = text.find("\n", name_end)
    return not text[name_end : len(text) if line_end < 0 else line_end].strip()


def account_number(text: str, start: int, end: int) -> bool:
    """The role word "client(e)" at ``start:end`` names an account number, not a person."""
    if not text[start:end].lower().startswith("client"):
        return False
    return bool(_ACCOUNT_BEFORE.search(text, max(0, start - 14), start) or _ACCOUNT_AFTER.match(text, end))


def _lower_case_after_care(names: SegmentNames, text: str, position: int) -> None:
    """A full name typed in lower case after a care phrase, given name first or family name first (a family name
    of four letters or more), with a patient cue or evidence to count."""
    lower = _LOWER_NAME.match(text, position)
    if lower is None:
        return
    given, surname = lower["given"], lower["surname"]
    if not (_lower_case_name(given, surname) or (len(given) >= 4 and _lower_case_name(surname, given))):
        return
    start, end = lower.start("given"), lower.end("surname")
    name = text[start:end]
    if names.free(start, end, name):
        cue = _patient_cue(text, start, end) or names.evidence_cue(start, end)
        names.add(start, end, name, 0.6 if cue else 0.5, "lower-case full name after a care phrase")


# What a role word may qualify, in English word order ("patient information", "client satisfaction").
_QUALIFIED_NOUN = re.compile(
    r"[ \t]+(?:information|info|data|records?|files?|safety|care|experience|privacy|confidentiality|identifiers?"
    r"|portal|flow|volumes?|satisfaction|education|engagement|partners?|advocates?|rights|feedback|surveys?"
    r"|services?|support|transport|population|registry|consent|forms?)\b"
)


# A family name typed in lower case after a title ("mme côté", "Mme lapointe").
_LOWER_FAMILY = re.compile(rf"{_SP}*(?P<surname>[{_LOW}]{{3,}}(?:-[{_LOW}]{{2,}})?)(?![\w'’-])")
# A form's field whose value a PDF puts on the next line ("Nom  :\no'brien francine"), a family name's particle and
# apostrophe in lower case ("o'brien", "d'amours"), a comma after a family name written first ("st-onge, ludovic").
_VALUE_BELOW = re.compile(r"[ \t\u00a0]*\r?\n")
_LOWER_LABELLED_NAME = re.compile(
    rf"{_SP}*(?P<given>(?:[{_LOW}]['’])?[{_LOW}]{{2,}}(?:-[{_LOW}]{{2,}})?),?{_SP}+"
    rf"(?P<surname>(?:[{_LOW}]['’])?[{_LOW}]{{3,}}(?:-[{_LOW}]{{2,}})?)\b"
)


def _lower_case_after_label(names: SegmentNames, text: str, t_start: int, t_end: int) -> bool:
    """A form's label naming the person cared for, a colon, then a full name typed in lower case, either order
    (both words listed: "travailleuse : talbot harpreet"), on the label's line or alone on the next. Adds it (0.75:
    the label says whose form it is)."""
    colon = _LABEL_AFTER.match(text, t_end)
    if colon is None:
        return False
    below = _VALUE_BELOW.match(text, colon.end())
    lower = _LOWER_LABELLED_NAME.match(text, colon.end() if below is None else below.end())
    if lower is not None and below is not None:
        line_end = text.find("\n", lower.end())
        if text[lower.end() : len(text) if line_end < 0 else line_end].strip():
            return False  # the next line holds more than a name: prose, not the field's value
    if lower is None:
        return False
    given, surname = lower["given"], lower["surname"]
    if not (_known_lower_name((given, surname)) or _known_lower_name((surname, given))):
        return False
    start, end = lower.start("given"), lower.end("surname")
    name = text[start:end]
    if names.free(start, end, name):
        names.add(start, end, name, 0.75, "pattern lower-case name after labelled field")
    return True


def _greets_a_namesake(text: str, surname: str, recipients: tuple[frozenset[str], ...]) -> bool:
    """The text greets by given name the recipient who bears ``surname`` ("Bonjour Michel, ... une place est disponible
    pour M. Drouin" sent to Michel Drouin): "M. Drouin" in the third person is then their relative, not their
    initial."""
    greeting = _GREETING_LINE.search(text, 0, _GREETING_REACH + 200)
    if greeting is None or greeting.start() > _GREETING_REACH:
        return False
    given, family = fold(greeting["name"].split()[0]), fold(surname)
    return any(given in person and family in person for person in recipients)


# A lower-case word right after a field's one capitalised word, not a family name's particle ("Nom : Roy de Laval"),
# or after a slash ("Nom: Purée / très épais").
_LOWER_WORD_AFTER = re.compile(
    r"(?:[ \t]+|[ \t]*/[ \t]*)(?!(?:de|du|des|da|di|van|von|der|den|le|la|dos|das|del|della|ben|bin|al|el|y)\b)"
    r"[a-zà-öø-ÿ]"
)


def _catalogue_row(text: str, label_start: int, name: str) -> bool:
    """The one word of a CSV row's "Nom:" cell is no name any list knows, and the row's other cells say nothing of a
    person ("Niveau: 7; Nom: Régulier": a code list's item; "Nom: Tremblay; Chambre: 12" is a patient's row)."""
    line_start = text.rfind("\n", 0, label_start) + 1
    line_end = text.find("\n", label_start)
    row = text[line_start : len(text) if line_end < 0 else line_end]
    if "; " not in row or _known_surname(name) or _is_given(name):
        return False
    labels = [cell.split(":", 1)[0].strip() for cell in row.split("; ") if ":" in cell]
    others = [label for label in labels if fold(label) not in ("nom", "name")]
    return bool(others) and all(column_role(label) in (OTHER, PRODUCT) for label in others)


def names_after_triggers(
    names: SegmentNames, scan: Scan, role_hits: list[tuple[int, int]], hon_hits: list[tuple[int, int]]
) -> None:
    """Add to ``names`` the name after each trigger, in text order; note the triggers it cannot resolve."""
    text, staff, evidence = names.text, names.staff, names.evidence
    triggers = [(s, e, "role") for s, e in role_hits] + [(s, e, "honorific") for s, e in hon_hits]
    triggers += [(s, e, "roster") for s, e in scan.get(ROSTER.kind)]
    triggers += [(s, e, "care phrase") for s, e in scan.get(CARE_PHRASE.kind)]
    for t_start, t_end, kind in sorted(triggers):
        if kind != "roster" and not bounded(text, t_start, t_end) and text[t_end - 1 : t_end] != ".":
            continue
        if text.startswith("M.", t_start) and t_end < len(text) and text[t_end].isalpha():
            continue  # "M.D.", "M.Sc.": a credential, not "Monsieur"
        if kind == "role" and text[t_end : t_end + 1] == "-" and text[t_end + 1 : t_end + 2].isalpha():
            continue  # "no patient-level data", "client-centred": a compound word, nobody named
        if text.startswith("M.", t_start) and initial_in_row(text, t_start):
            continue  # "M. Drouin" among "P. Gagné", "I. McKenzie": an initial of an on-call list
        match = _NAME_BELOW.match(text, t_end) if kind == "role" else None
        # (the next cell first: it fails at once where no pipe follows the label, as most labels stand)
        cell = _NAME_IN_NEXT_CELL.match(text, t_end) if match is None and kind == "role" else None
        # (a header row's next title is no name: "| Name | Job Title |", whose "Job" is a given name too)
        if (cell is not None and _PIPE_ROW_START.fullmatch(text, text.rfind("\n", 0, t_start) + 1, t_start)
                and any(_known_surname(w.capitalize()) for w in cell["name"].split()[1:])):
            match = cell
        match = match or _NAME.match(text, t_end)
        name = _clean_name(match.group("name")) if match else ""
        labelled = match is not None and (match.group("label") is not None or (kind == "role" and _label_cell(
            text, t_start, t_end, match.end("name"))))
        # (the inclusive form's ending dropped: "Patient(e)" is the label "patient")
        label_word = " ".join(fold(text[t_start:t_end]).split()).split("(")[0] if kind == "role" else ""
        if label_word in _NAME_COLUMNS and not labelled:
            continue
        if match and not labelled and label_word in _ROLE_LABEL_WORDS:
            name = ""  # "nom" / "name" without a colon: an ordinary word
        # A title-case heading or service name ("Patient Safety", "Client Services"): reported, never decisive.
        heading = (
            kind == "role"
            and text[t_start].isupper()
            and len(name.split()) == 1
            and not name.isupper()
            and match is not None
            and not labelled
        )
        about = kind == "care phrase" and (_ABOUT.match(text, t_start) is not None
                                           or _CHECK.match(text, t_start) is not None)
        if about and _TITLE_AFTER.match(text, t_end):
            continue  # "au sujet de Mme X": the title's own trigger reads the name (and its reach)
        if kind == "care phrase" and not name:
            _lower_case_after_care(names, text, t_end)  # "peux-tu passer voir paré ruth ce pm? dysphagie"
            continue
        if kind in ("roster", "care phrase") and (len(name.split()) < 2 or labelled):
            continue  # "2025 - Budget", "suivi de Roy": a full name (surname and given name) only
        if kind == "roster" and any(street_word(w.rstrip(",")) for w in name.split()):
            continue  # "1261 Birchwood Road, Saint-Clément": a civic number and its street, in a footer
        if (not name or match is None) and kind == "honorific":
            lower = _LOWER_NAME.match(text, t_end)
            if lower and _lower_case_name(lower["given"], lower["surname"]):
                start, end = lower.start("given"), lower.end("surname")
                name = text[start:end]
                if names.free(start, end, name):
                    cue = _patient_cue(text, start, end) or names.evidence_cue(start, end, titled=True)
                    names.add(start, end, name, 0.6 if cue else 0.5, "lower-case given name + surname after a title")
                continue
            family = _LOWER_FAMILY.match(text, t_end)
            if family and _known_surname(_capitalised(family["surname"])):
                # "svp rappeler mme côté (ch 433) pour sa douleur thoracique": a listed family name, counted only
                # with a patient cue or evidence said of this person
                start, end = family.start("surname"), family.end("surname")
                name = text[start:end]
                if (names.free(start, end, name)
                        and (_patient_cue(text, start, end) or names.evidence_cue(start, end, titled=True))):
                    names.add(start, end, name, 0.6, "lower-case family name after a title")
                continue
        if _BLANK_FIELD.match(text, t_end):
            continue  # "Patient: [Nom du patient]", "Nom : ______": a blank form's field, for NER too
        if (not name or match is None) and kind == "role" and _lower_case_after_label(names, text, t_start, t_end):
            continue  # "Travailleur/travailleuse : talbot harpreet / (17 mars 1966)"
        if (not name or match is None) and kind == "role" and label_word in CARED_FOR:
            # "The scale for our patient vivian hollis has not synced": the role says whose name follows (both
            # words listed: NER reads the others)
            lower = _LOWER_NAME.match(text, t_end)
            if lower and _known_lower_name((lower["given"], lower["surname"])) and not names.newsletter:
                start, end = lower.start("given"), lower.end("surname")
                if names.free(start, end, text[start:end]):
                    names.add(start, end, text[start:end], 0.65, "lower-case given name + surname after a role")
                continue
        if not name or match is None:
            words = [fold(w.rstrip(".,")) for w in match.group("name").split()] if match else []
            credential = bool(words) and words[0] in _HARD_STOP  # "M. Sc."
            organisation = any(w in _ORG_WORDS for w in words)  # "Patient Safety": nobody for NER to find
            # "No patient information will be shared": the role word qualifies a thing, and names no one.
            qualifies = kind == "role" and _QUALIFIED_NOUN.match(fold(text[t_end : t_end + 30])) is not None
            if kind not in ("roster", "care phrase") and not credential and not organisation and not qualifies:
                names.unmatched.append((t_start, t_end, kind))
            continue
        if labelled and _LABEL_AFTER.match(text, match.end("name")):
            # A form's two columns on one line ("Patient: Kathleen Labrecque   Chart: CDB-2023-8800"): the name ends
            # at the column gap, the next label's word after it.
            gap = _COLUMN_GAP.search(text, match.start("name"), match.end("name"))
            if gap is None:
                continue  # a label's own colon ("Nom de l'usager: Adresse:"): the next label is no name
            name = _clean_name(text[match.start("name") : gap.start()])
            if not name:
                continue
        if labelled and any(fold(w) in _ORG_WORDS for w in match.group("name").split()):
            continue  # "Client : CHU Exemple": an institution fills the field (its word trimmed or not)
        if labelled and " " not in name and (_LOWER_WORD_AFTER.match(text, match.end("name"))
                                             or _catalogue_row(text, t_start, name)):
            continue  # "Nom: Liquide clair", "Name: Extra thick", "Niveau: 7; Nom: Régulier": a thing's name
        parts = name.split()
        if kind == "role" and len(parts) == 1 and parts[0].isupper() and len(parts[0]) <= 5 and not labelled and (
                not _known_surname(parts[0].capitalize())):
            continue  # "le patient NSA", "patient MPOC": a kind of patient, an abbreviation that is nobody's name
        start = text.find(parts[0], match.start("name"))
        end = text.rfind(parts[-1], start, match.end("name")) + len(parts[-1])
        # "Patient: Mr David Cloutier" sent to David Cloutier: his own discharge instructions, not a colleague.
        own_record = (labelled and label_word in _CARED_FOR_LABELS
                      and staff.covers(name) and not staff.covers(name, recipients=False))
        if kind == "honorific" and text.startswith("M.", t_start) and len(parts) == 1 and staff.covers_initial(
                f"{name} M") and not _greets_a_namesake(text, name, staff.recipients):
            names.taken.add((start, end))
            continue  # "M. Novak" under a message from Mathieu Novak: his initial, not "Monsieur"
        if names.taken.overlaps(start, end) or (not own_record and names.excluded(name, start, end)):
            names.taken.add((start, end))
            continue
        if labelled:
            confidence, how = 0.75, "labelled field"
        elif kind == "honorific":
            # A title is evidence of a person, not of a patient: it needs a patient cue as well.
            if _patient_cue(text, start, end) or names.evidence_cue(start, end, titled=True):
                confidence, how = 0.7, kind
            elif evidence is None and not names.newsletter:
                confidence, how = 0.7, kind  # no engine evidence to weigh (the recognizer alone)
            else:
                confidence, how = 0.5, kind + "; no patient cue"
        elif kind == "roster":
            confidence, how = 0.7, "roster line"
        elif heading:
            confidence, how = 0.5, "title-case heading"
        elif about:
            # "au sujet de", "regarding": whom a message is about, a patient only with a cue.
            cue = _patient_cue(text, start, end) or names.evidence_cue(start, end) or evidence is None
            confidence, how = (0.65, kind) if cue else (0.5, kind + "; no patient cue")
        else:
            confidence, how = 0.65, kind
        names.add(start, end, name, confidence, f"pattern name after {how} ({fold(text[t_start:t_end]).strip()})")
