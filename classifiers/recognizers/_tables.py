"""Tables whose column headers say what the cells are: patient lists in CSV, XLSX, HTML and text tables.

A clerk's export reads "Last;First;DOB;Health #;Unit;Allergy" over one row per person. The header is the
context: a cell under "Last"/"First" is a name, a 10-digit cell under "Health #" a health number, and a
name column beside identifier, birth-date or clinical columns makes the table a patient list (each
row's name is a patient's). A name column beside staff columns (extension, title, shift, employee
number, PGY) or product columns (SKU, price, serial) is a staff list or a catalogue, never a patient
list.

The forms read (what the extractors make of tables, and what people paste):

- delimited lines, a header line first: ``;``, tab (HTML and XLSX cells), ``|`` (text tables, with or
  without outer pipes) or ``,``;
- the CSV extractor's rows, each cell labelled with its header ("Last: Nguyen; First: Steven; DOB: ...",
  empty cells left out: a labelled cell is placed by its label, not its position).

Tables are only read where the combined scan found a header-like cell (``HEADER``: a header word next
to a delimiter), so mail without tables costs nothing. Every header cell is read through one
vocabulary (``column_role``), in French and English as clerks write them: "Nom", "Prénom", "DDN",
"No dossier", "NAM", "Last name", "Surname", "Given", "D.O.B.", "Health #", "HCN", "OHIP", "MRN",
"Chart", "Room", "Bed", "Resident", "Client", "Usager"...
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sentinelle.classifiers.recognizers._base import Trigger
from sentinelle.classifiers.recognizers._base import _fold_context as fold_window

# Header words that open a patient list's name column, right before or after a cell delimiter
# ("Last;First;DOB", "Patient<TAB>Health #", "| Name | DOB |"). Cheap and loose: ``read_tables``
# then asks for a whole header line and rows under it.
_NAME_HEADERS = (
    r"last(?:[ _]?name)?|first(?:[ _]?name)?|surname|given(?:[ _]names?)?|family[ _]name|full[ _]name|name"
    r"|nom(?:[ _]de[ _]famille|[ _]complet)?|pr[ée]noms?|patiente?|r[ée]sidente?|residents?|cliente?|usag[eè]re?"
    r"|usager|b[ée]n[ée]ficiaire|pt|init|initiales|initials|inits|participante?"
    # An occupational physician's results for an employer's workers ("Worker | Blood lead (µmol/L)").
    r"|workers?|employ[ée]e?s?|travailleu(?:r|se)s?"
    # A youth service's list of the children it follows ("Child | DOB | DYP status").
    r"|child|enfant|jeune|youth"
    # A spiritual care team's bereavement list ("Deceased | Date of death | Cause | Next of kin").
    r"|deceased|d[ée]funte?"
)
# (RE2's "\b" is ASCII: it never closes "Employé", so the header word ends at a delimiter instead.)
HEADER = Trigger(
    "table_header",
    rf"(?im:\b(?:{_NAME_HEADERS})\.?(?:[ \t]*(?:[;\t|,]|\r?$)| {{2,}})"
    rf"|(?:[;\t|,]| {{2,}})[ \t]*(?:{_NAME_HEADERS})(?:\b|\.?[ \t]*(?:[;\t|,]|\r?$)))",
)

# Roles of a column, from its header.
SURNAME = "surname"
GIVEN = "given"
NAME = "name"
DOB = "dob"
HEALTH_ID = "health_id"
CHART = "chart"
ROOM = "room"
CLINICAL = "clinical"
APPOINTMENT = "appointment"
PHONE = "phone"
ADDRESS = "address"
# A value measured on a person: the header gives a clinical unit ("Anti-HBs (IU/L)", "Seuil 4 kHz (dB)").
MEASURE = "measure"
STAFF = "staff"
PRODUCT = "product"
OTHER = "other"

# Columns that make a table with a name column a patient list; STRONG ones outweigh a product column
# (a pharmacy's bill listing patients with their NAM and an amount).
PATIENT_COLUMNS = frozenset({DOB, HEALTH_ID, CHART, ROOM, CLINICAL, MEASURE, APPOINTMENT})
_STRONG = frozenset({DOB, HEALTH_ID, CHART})

# Header vocabulary, matched on the folded header (lower case, no accents, "_" and "." as spaces, "#",
# "n°", "no", "num" as "no"). Whole headers first, then words inside longer headers ("Flu 2026", "Vaccin
# manquant", "cholesterol_total").
_WHOLE: dict[str, str] = {}
for _role, _headers in (
    (SURNAME, "last|last name|lastname|surname|family name|nom|nom de famille|nom famille|patient last name"),
    (GIVEN, "first|first name|firstname|given|given name|given names|prenom|prenoms|patient first name"),
    (NAME, "name|full name|nom complet|patient|patiente|pt|pt name|patient name|nom du patient|nom de la patiente"
           "|nom patient|init|initiales|initials|inits"
           "|resident|residente|resident name|nom du resident|nom de la residente|client|cliente|client name"
           "|nom du client|usager|usagere|nom de l usager|nom usager|beneficiaire|nom du beneficiaire"
           "|nom prenom|nom et prenom|nom, prenom|prenom nom|last, first|name last, first|patient full name"
           # A study's participants, listed with their visits or their identifiers: patients of a trial.
           "|participant|participante|participant name|nom du participant|nom de la participante"
           # ... and a youth service's children ("Child | DOB | DYP status | CLSC service | Worker").
           "|child|child name|enfant|nom de l enfant|jeune|youth"
           # ... and the people a bereavement follow-up calls about ("Deceased | Date of death | Cause | Next of kin").
           "|deceased|defunt|defunte|nom du defunt|nom de la defunte|personne decedee"),
    (DOB, "dob|ddn|date de naissance|date naissance|date of birth|birth date|birthdate|naissance|ne le|nee le"
          "|ne e le|born|age|yob"),
    (HEALTH_ID, "health no|health number|health card|health card no|hcn|ohip|ohip no|hn|phn|nam|ramq|no ramq"
                "|no nam|assurance maladie|no assurance maladie|carte soleil|nas|sin|nir|niss|no secu|secu"
                "|no securite sociale|health insurance no"),
    (CHART, "mrn|chart|chart no|no chart|dossier|no dossier|no de dossier|numero de dossier|dossier no"
            "|record|medical record|medical record no|record no|ipp|no usager|patient id|patient no|id patient"
            "|no patient|mrn/chart|chart/mrn"),
    (ROOM, "room|rm|bed|lit|chambre|ch|room/bed|chambre/lit|no chambre|room no|bed no|ch lit"),
    (PHONE, "phone|tel|telephone|cell|cellulaire|home phone|tel domicile|phone no|telephone no|mobile"),
    (ADDRESS, "address|adresse|home address|adresse domicile|adresse du domicile"),
    (APPOINTMENT, "rendez-vous|rendez vous|heure du rdv|date du rdv|heure du rendez-vous|date du rendez-vous"),
    # Who is on call ("Call", "On call"); a follow-up call's column ("Call at 1 month") says nothing of staff.
    (STAFF, "call|on call|on-call|call schedule|oncall"),
):
    _WHOLE.update(dict.fromkeys(_headers.split("|"), _role))

_WORDS: dict[str, str] = {}
for _role, _words in (
    # An employee's or a product's column says what the list is, whatever else it holds.
    (STAFF, ("employee employe employes emp empl staff matricule title titre fonction role poste ext extension pager",
             "overtime",
             "teleavertisseur shift quart pgy block rotation garde licence license permis profession",
             "formation training supervisor superviseur gestionnaire manager department departement salary",
             # Who gives a course or a talk ("Date; Time; Room; Trainer"): a training calendar, not a patient list.
             "trainer trainers formateur formatrice instructor speaker conferencier conferenciere presenter",
             "animateur animatrice animation facilitator",
             "salaire payroll paie vacances vacation",
             # Home-care workers' schedules ("PSSP | Trajet | lun | mar"): the people are the workers.
             "pssp psw pab preposee prepose preposes")),
    (PRODUCT, ("sku price prix qty quantity quantite lot serial serie imei asset model modele item article",
               "catalogue catalog cost cout montant amount total supplier fournisseur stock inventaire device",
               "appareil budget upc ean gtin")),
    (CLINICAL, ("allergy allergies allergie diagnosis diagnoses diagnostic diagnostics dx probleme problem",
                "problems problemes condition motif reason immunization immunisation vaccine vaccin vaccins",
                "vaccination flu influenza grippe covid pneumo pneumocoque zona shingles hepatite hepatitis",
                "medication medications meds med rx traitement treatment result results resultat resultats lab",
                "labs hba1c a1c inr ldl hdl cholesterol glucose glycemie creatinine egfr dfge potassium",
                "hemoglobine hb tsh isolation precautions intervention procedure chirurgie surgery symptoms",
                "symptomes dose posologie triage acuity acuite",
                # What a patient transport or home-care list says of each person: how they move, what they need.
                "mobility mobilite wheelchair fauteuil stretcher civiere escort escorte accompagnateur oxygen",
                "oxygene",
                # What a bereavement list says of each person who died: when, and of what.
                "cause death deces")),
    (APPOINTMENT, ("appt appointment appointments rendez-vous rdv visit visite consultation",
                   "pickup pick-up ramassage chair dialysis dialyse hemodialyse haemodialysis")),
    (HEALTH_ID, ("hcn ohip nam ramq",)),
    (CHART, ("mrn chart dossier",)),
    (DOB, ("dob ddn",)),
):
    for _word in " ".join(_words).split():
        _WORDS.setdefault(_word, _role)

# Units of what a laboratory or a screening test measures on a person, in lower case ("µmol/L" folds to "mol/l");
# ``_cues`` reads the same units in a whole text. A money or a count column has none of them, and neither has a
# product's strength ("Méthadone 10 mg/mL" on a pharmacy's invoice): per litre (or decilitre), not per millilitre.
CLINICAL_UNITS = r"(?:[mnpuµ]?mol|[mnuµ]?g)/d?l|(?:m?ui|m?iu|u)/l|mm ?hg"
_CLINICAL_UNIT = re.compile(rf"(?:^|\s)(?:{CLINICAL_UNITS}|db(?: hl)?)(?:\s|$)")
# Who a worker-health table's rows are: the employer's people, examined as patients when a column measures
# something on them ("Employee | Anti-HBs (IU/L)").
_WORKER_HEADERS = frozenset(
    ("employee", "employe", "employee name", "nom de l employe", "nom de l employee", "worker", "worker name",
     "travailleur", "travailleuse", "nom du travailleur", "nom de la travailleuse")
)

_NUMBER_SIGN = re.compile(r"\s*(?:#|n°|n º|nº|no\b\.?|num\b\.?|numero\b|number\b|nbr\b)\s*")
_SEPARATORS = re.compile(r"[\s_.()\[\]:*'’\"]+")


def fold_header(header: str) -> str:
    """A header cell as the vocabulary reads it: "Health #" -> "health no", "D.O.B." -> "d o b" -> "dob"."""
    folded = fold_window(header).strip()
    folded = _NUMBER_SIGN.sub(" no ", folded)
    folded = " ".join(w for w in _SEPARATORS.split(folded) if w)
    # Initials written with dots ("d o b", "n a m"): glued back.
    if folded and all(len(w) == 1 for w in folded.split()) and len(folded) > 1:
        folded = folded.replace(" ", "")
    return folded


_ON_CALL = re.compile(r"\bon[ -]?call\b")


def column_role(header: str) -> str:
    """The role of a column from its header (``OTHER`` when the vocabulary does not know it).

    >>> [column_role(h) for h in ("Last", "Prénom", "D.O.B.", "Health #", "Flu 2026", "Ext.", "No dossier")]
    ['surname', 'given', 'dob', 'health_id', 'clinical', 'staff', 'chart']
    """
    folded = fold_header(header)
    if not folded or len(folded) > 40:
        return OTHER
    whole = _WHOLE.get(folded) or _WHOLE.get(folded.removeprefix("no ").removesuffix(" no"))
    if whole:
        return whole
    if _CLINICAL_UNIT.search(folded):
        return MEASURE
    roles = {_WORDS[w] for w in re.split(r"[\s/,-]+", folded) if w in _WORDS}
    if _ON_CALL.search(folded):
        roles.add(STAFF)  # "On-call physician", "MD de garde"
    # "Cholesterol total" is a lab value, "Montant total" an amount: clinical words outweigh product words.
    for role in (STAFF, HEALTH_ID, CHART, DOB, CLINICAL, PRODUCT, APPOINTMENT):
        if role in roles:
            return role
    return OTHER


# How clerks abbreviate a column that an identifier recognizer's context words spell out in full: the
# header is matched with the full words added ("Health #" and "HN" say "health number").
_HEADER_ALIASES: dict[str, str] = dict.fromkeys(
    ("health no", "hn", "hc no", "health card no", "no health", "health", "hlth no", "hin"), "health number"
)


def header_context(header: str) -> str:
    """``header`` folded, followed by the full words of its abbreviation (the identifiers' context test).

    >>> header_context("Health #"), header_context("NAS")
    ('health # health number', 'nas')
    """
    folded = fold_window(header).strip()
    alias = _HEADER_ALIASES.get(fold_header(header))
    return f"{folded} {alias}" if alias else folded


# The same abbreviations as a label right before a number in running text ("HN: 6595-575-769", "Health #
# 2875948263"): upper-case "HN" as written (in lower case it is no label), "Health #" / "Health no." in any case.
_LABEL_BEFORE = re.compile(r"(?:^|(?<=[\s(;,|/]))(HN|(?i:health[ \t]*(?:#|no\b\.?|num\b\.?)))[ \t]*[:#.]?[ \t]*$")
_LABEL_REACH = 24


def label_context(text: str, start: int) -> str | None:
    """The full words of an abbreviated label right before ``text[start]`` ("HN: " -> "health number"), or None."""
    label = _LABEL_BEFORE.search(text, max(0, start - _LABEL_REACH), start)
    return _HEADER_ALIASES.get(fold_header(label.group(1))) if label else None


@dataclass(frozen=True, slots=True)
class Table:
    """A table read from a text: its header cells, their roles, and per row the span of each column's value
    (``(-1, -1)`` where the row has no value for that column)."""

    headers: tuple[str, ...]
    roles: tuple[str, ...]
    rows: tuple[tuple[tuple[int, int], ...], ...]

    def has(self, *roles: str) -> bool:
        return any(role in self.roles for role in roles)

    @property
    def patient_list(self) -> bool:
        """A name column beside a column about a patient (birth date, identifier, chart, room, clinical
        value, appointment), and no staff column unless a column measures something on each person (a
        worker's hearing threshold or blood lead is health information, whoever employs them); a product
        column only with a strong patient column."""
        if not self.has(NAME, SURNAME, GIVEN) or not self.has(*PATIENT_COLUMNS):
            return False
        if self.has(STAFF) and not self.has(MEASURE):
            return False
        return not self.has(PRODUCT) or self.has(*_STRONG)

    def patient_columns(self) -> list[str]:
        """The headers that make it a patient list (for explanations: column titles, never values)."""
        return [fold_header(h) for h, r in zip(self.headers, self.roles, strict=True) if r in PATIENT_COLUMNS]


# Two spaces or more separate the columns of a table typed or pasted as plain text ("Nom      Prénom   DDN");
# such rows are read by position, so they must have exactly the header's number of cells.
_SPACES = "  "
_DELIMITERS = ("\t", ";", "|", ",", _SPACES)
MAX_ROWS = 5000
_MAX_LINE = 4096
_MAX_CELL = 40  # a header cell longer than this is a sentence, not a column title
_RULE_LINE = re.compile(r"[ \t]*[-=]{3,}[-=+: \t|]*\r?")
_RULE = re.compile(r"[-:=+_ \t]*")
_LABEL = re.compile(r"[ \t]*([^:;\t|]{1,40}?)[ \t]*:[ \t]*")
# A quality-control row's "patient": an imaging phantom or a test object ("ACR^PHANTOM", "Fantôme eau", "TEST^QA").
_TEST_OBJECT = re.compile(r"(?i)(?<![a-z])(?:phantom|fant[oô]me|dummy|calibration|test(?=\^)|(?<=\^)test)(?![a-z])")


def _line_bounds(text: str, position: int) -> tuple[int, int]:
    start = text.rfind("\n", max(0, position - _MAX_LINE), position) + 1
    end = text.find("\n", position, position + _MAX_LINE)
    return start, len(text) if end == -1 else end


def _cells(text: str, start: int, end: int, delimiter: str) -> list[tuple[int, int]]:
    """Spans of the cells of ``text[start:end]``, stripped; outer pipes of a text table dropped."""
    while end > start and text[end - 1] in " \t\r":
        end -= 1
    if delimiter == "|":
        while start < end and text[start] in " \t":
            start += 1
        if text.startswith("|", start):
            start += 1
        if end > start and text[end - 1] == "|":
            end -= 1
    spans: list[tuple[int, int]] = []
    cell = start
    while True:
        stop = text.find(delimiter, cell, end)
        stop = end if stop == -1 else stop
        lo, hi = cell, stop
        while lo < hi and text[lo] in " \t\r":
            lo += 1
        while hi > lo and text[hi - 1] in " \t\r":
            hi -= 1
        spans.append((lo, hi))
        if stop >= end:
            return spans
        cell = stop + len(delimiter)
        while delimiter == _SPACES and cell < end and text[cell] == " ":
            cell += 1


def test_object_row(text: str, position: int) -> bool:
    """The line holding ``position`` is a quality-control row whose "patient" is a phantom or a test object."""
    line_start, line_end = _line_bounds(text, position)
    return _TEST_OBJECT.search(text, line_start, line_end) is not None


def read_tables(text: str, hits: Sequence[tuple[int, int]]) -> list[Table]:
    """The tables whose header lines hold the ``HEADER`` trigger hits (one table per header line)."""
    tables: list[Table] = []
    seen: set[int] = set()
    for hit_start, _ in hits:
        line_start, line_end = _line_bounds(text, hit_start)
        if line_start in seen:
            continue
        seen.add(line_start)
        table = _table_at(text, line_start, line_end)
        if table is not None:
            tables.append(table)
    return tables


def _table_at(text: str, line_start: int, line_end: int) -> Table | None:
    line = text[line_start:line_end]
    delimiter = next((d for d in _DELIMITERS if d in line), None)
    if delimiter is None:
        return None
    header_spans = _cells(text, line_start, line_end, delimiter)
    headers = tuple(text[s:e] for s, e in header_spans)
    if delimiter == "\t" and headers and not headers[-1]:
        headers = headers[:-1]  # an HTML row ends with a cell gap
    if len(headers) < 2 or any(len(h) > _MAX_CELL for h in headers):
        return None
    roles = tuple(column_role(h) for h in headers)
    if MEASURE in roles:
        roles = tuple(NAME if fold_header(h) in _WORKER_HEADERS else r for h, r in zip(headers, roles, strict=True))
    if sum(r != OTHER for r in roles) < 2:
        return None
    by_label = {fold_header(h): i for i, h in enumerate(headers) if h}
    rows: list[tuple[tuple[int, int], ...]] = []
    position = line_end + 1
    while position < len(text) and len(rows) < MAX_ROWS:
        row_start, row_end = position, text.find("\n", position, position + _MAX_LINE)
        row_end = len(text) if row_end == -1 else row_end
        if _RULE_LINE.fullmatch(text, row_start, row_end):
            position = row_end + 1  # a rule drawn with "+" where the columns cross ("------+-------+----")
            continue
        if text.find(delimiter, row_start, row_end) == -1:
            break
        values = [(-1, -1)] * len(headers)
        cells = _cells(text, row_start, row_end, delimiter)
        if all(_RULE.fullmatch(text, start, end) for start, end in cells):
            position = row_end + 1  # a text table's rule under its header ("|---|:---:|")
            continue
        if len(cells) > len(headers) and not any(c.isdigit() for c in text[row_start:row_end]):
            break  # more columns and no number: the next table's header ("Parameter,Measured,Tolerance,Status")
        if _TEST_OBJECT.search(text, row_start, row_end):
            position = row_end + 1
            continue
        if delimiter == _SPACES and len(cells) != len(headers):
            position = row_end + 1  # a column left empty shifts the others: the row says nothing by position
            continue
        for column, (start, end) in enumerate(cells):
            label = _LABEL.match(text, start, end)
            if label is not None and fold_header(label.group(1)) in by_label:  # "Last: Nguyen" (CSV extractor)
                column, start = by_label[fold_header(label.group(1))], label.end()
            if column < len(values) and start < end:
                values[column] = (start, end)
        rows.append(tuple(values))
        position = row_end + 1
    if not rows:
        return None
    return Table(headers, roles, tuple(rows))


# Name headers that say the rows are people cared for (a "Nom" column may list employees).
CARED_FOR = frozenset(
    (
        "patient", "patiente", "pt", "pt name", "patient name",
        "patient full name", "nom du patient", "nom de la patiente",
        "nom patient", "resident", "residente", "resident name", "nom du resident", "nom de la residente", "usager",
        "usagere", "nom de l usager", "nom usager", "beneficiaire", "nom du beneficiaire", "client", "cliente",
        "client name", "nom du client",
    )
)  # fmt: skip


# A schedule's column: patients have shifts and chairs too ("Chaise | Nom | Shift | Access": a dialysis unit).
_SCHEDULE_ONLY = frozenset({"shift", "quart", "garde", "call", "on call", "block", "rotation"})


def measured_column(header: str) -> bool:
    """The header gives a clinical unit: its cells are values measured on each row's person."""
    return _CLINICAL_UNIT.search(fold_header(header)) is not None


def staff_columns(cells: Sequence[str]) -> bool:
    """Header cells of a staff table: an employee's column ("Emp #", "No empl.", "Matricule", "Title"; a shift
    alone says nothing), no column of people cared for ("Patient", "Résident") and none that measures something
    on each person ("Anti-HBs (IU/L)": an occupational physician's results for an employer's workers)."""
    filled = [c for c in cells if c.strip()]
    folded = [fold_header(c) for c in filled]
    if any(f in CARED_FOR for f in folded) or any(measured_column(c) for c in filled):
        return False
    return any(
        f not in _SCHEDULE_ONLY and column_role(c) == STAFF for c, f in zip(filled, folded, strict=True)
    )


# What a clinical column holds, by its words: a finding type for its cells.
_CLINICAL_KIND: dict[str, str] = {}
for _kind, _kind_words in (
    ("medication", "medication medications meds med rx traitement treatment dose posologie immunization"
                   " immunisation vaccine vaccin vaccins vaccination flu influenza grippe covid pneumo pneumocoque"
                   " zona shingles hepatite hepatitis"),
    ("lab_result", "result results resultat resultats lab labs hba1c a1c inr ldl hdl cholesterol glucose glycemie"
                   " creatinine egfr dfge potassium hemoglobine hb tsh"),
):
    _CLINICAL_KIND.update(dict.fromkeys(_kind_words.split(), _kind))
_EMPTY_VALUES = frozenset(("-", "--", "?", "n/a", "na", "nd", "s.o.", "so", "tbd", "x"))


def clinical_cells(text: str, hits: Sequence[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, header) of the values under clinical columns of the patient lists that are plainly
    about patients: a birth-date, identifier, chart or room column, or a name column headed as the person
    cared for ("Patient", "Résident", "Usager", "Client"). ``kind`` is the finding type the column holds:
    ``medication`` (medication, vaccine, immunization), ``lab_result`` (result, lab, HbA1c...), else
    ``diagnosis`` (allergy, diagnosis, problem, reason...)."""
    cells: list[tuple[int, int, str, str]] = []
    for table in read_tables(text, hits):
        if not table.patient_list:
            continue
        named = any(r == NAME and fold_header(h) in CARED_FOR for h, r in zip(table.headers, table.roles, strict=True))
        if not (named or table.has(DOB, HEALTH_ID, CHART, ROOM, MEASURE)):
            continue
        for column, (header, role) in enumerate(zip(table.headers, table.roles, strict=True)):
            if role not in (CLINICAL, MEASURE):
                continue
            folded = fold_header(header)
            words = re.split(r"[\s/,-]+", folded)
            kind = ("lab_result" if role == MEASURE
                    else next((_CLINICAL_KIND[w] for w in words if w in _CLINICAL_KIND), "diagnosis"))
            for row in table.rows:
                start, end = row[column]
                if start >= 0 and fold_window(text[start:end]).strip() not in _EMPTY_VALUES:
                    cells.append((start, end, kind, folded))
    return cells


def patient_list_cells(text: str, hits: Sequence[tuple[int, int]], *roles: str) -> list[tuple[int, int, str]]:
    """(start, end, header) of the non-empty cells under columns of ``roles`` in the patient lists of ``text``."""
    cells: list[tuple[int, int, str]] = []
    for table in read_tables(text, hits):
        if not table.patient_list:
            continue
        columns = [i for i, role in enumerate(table.roles) if role in roles]
        for row in table.rows:
            cells.extend((*row[i], fold_header(table.headers[i])) for i in columns if row[i][0] >= 0)
    return cells
