"""Generate Sentinelle's labeled evaluation corpus (deterministic, all synthetic).

Run from the repository root::

    /work/venv/bin/python tests/corpus/generate.py

It rewrites ``tests/corpus/positive/*.eml``, ``tests/corpus/negative/*.eml`` and
``tests/corpus/labels.json``. The same seed gives byte-identical files:
Message-IDs, MIME boundaries, dates, and the timestamps inside PDF, Office,
OpenDocument, ZIP and DICOM attachments are all derived from the seed.

Every person, number and address is invented. Names are drawn from lists of
common Québec, English-Canadian, Belgian and French given names and surnames;
identifiers are generated to pass (positives) or deliberately fail (hard
negatives) their official check rules. Clinics and street addresses are made up.

Labels (``labels.json``), per file path relative to the corpus directory::

    {"confidential": bool, "types": [finding types that must be found],
     "lang": "fr" | "en", "note": "what it tests"}

For positives ``types`` lists the evidence that makes the message confidential
(and therefore must be found); negatives have ``[]``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import re
import sys
import unicodedata
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email import policy as email_policy
from email.message import EmailMessage, Message
from email.utils import format_datetime
from pathlib import Path

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import bc_phn, sin
from stdnum.fr import nir

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sentinelle.classifiers.identifiers import ramq_nam  # noqa: E402  (repository import after sys.path)

SEED = 20261123
CORPUS_DIR = Path(__file__).resolve().parent
FIXED_ZIP_TIME = (2025, 3, 14, 9, 30, 0)
FIXED_DATETIME = dt.datetime(2025, 3, 14, 9, 30, 0, tzinfo=dt.UTC)
TZ = dt.timezone(dt.timedelta(hours=-5))
BASE_DATE = dt.datetime(2025, 3, 3, 8, 0, 0, tzinfo=TZ)

INTERNAL = "ssss.gouv.qc.ca"
INTERNAL_SUBS = ("chum.ssss.gouv.qc.ca", "cisss-lav.ssss.gouv.qc.ca", "chuq.ssss.gouv.qc.ca", "ssss.gouv.qc.ca")
PARTNERS = (
    (
        "Clinique médicale des Érables",
        "cliniqueerables.ca",
        "418 555-0142",
        "1250, boul. des Érables, Québec (Québec) G1V 2M4",
    ),
    (
        "Polyclinique du Vieux-Port",
        "polyvieuxport.qc.ca",
        "514 555-0187",
        "220, rue de la Commune O., Montréal (Québec) H2Y 2C6",
    ),
    ("GMF Rivière-Bleue", "gmf-riviere-bleue.ca", "819 555-0110", "45, rue Principale, Sherbrooke (Québec) J1H 1A1"),
    ("Ottawa Valley Family Health Team", "ovfht.on.ca", "613 555-0199", "410 Bank Street, Ottawa ON K2P 1Y7"),
    ("Laboratoire Biomédic Plus", "biomedicplus.ca", "450 555-0163", "88, ch. de Chambly, Longueuil (Québec) J4H 3L5"),
    (
        "Pharmacie Lavoie et Associés",
        "pharmalavoie.ca",
        "418 555-0121",
        "3020, ch. Sainte-Foy, Québec (Québec) G1X 1P8",
    ),
    ("Kootenay Rehab Clinic", "kootenayrehab.bc.ca", "250 555-0175", "1502 Baker Street, Nelson BC V1L 4H8"),
    (
        "Centre hospitalier régional de Namur (partenaire)",
        "chr-namur-partenaire.be",
        "+32 81 55 01 23",
        "Av. Albert Ier 185, 5000 Namur",
    ),
    (
        "Clinique Saint-Roch Lyon (partenaire)",
        "clinique-stroch-partenaire.fr",
        "+33 4 55 01 23 45",
        "12 rue Garibaldi, 69006 Lyon",
    ),
)
WEBMAIL = ("gmail.com", "outlook.com", "hotmail.com", "yahoo.ca", "videotron.ca", "icloud.com")

FIRST_F = (
    "Marie",
    "Louise",
    "Sophie",
    "Julie",
    "Nathalie",
    "Isabelle",
    "Catherine",
    "Chantal",
    "Sylvie",
    "Josée",
    "Émilie",
    "Camille",
    "Léa",
    "Chloé",
    "Geneviève",
    "Mélanie",
    "Françoise",
    "Lise",
    "Diane",
    "Hélène",
    "Sarah",
    "Emma",
    "Olivia",
    "Jennifer",
    "Karen",
)
FIRST_M = (
    "Jean",
    "Pierre",
    "Michel",
    "Luc",
    "Marc",
    "François",
    "Stéphane",
    "Éric",
    "Martin",
    "Mathieu",
    "Alexandre",
    "Olivier",
    "Gabriel",
    "Félix",
    "William",
    "Denis",
    "Yves",
    "Normand",
    "Réjean",
    "Gilles",
    "David",
    "Michael",
    "James",
    "Robert",
    "Thomas",
)
SURNAMES = (
    "Tremblay",
    "Gagnon",
    "Roy",
    "Côté",
    "Bouchard",
    "Gauthier",
    "Morin",
    "Lavoie",
    "Fortin",
    "Gagné",
    "Ouellet",
    "Pelletier",
    "Bélanger",
    "Lévesque",
    "Bergeron",
    "Leblanc",
    "Paquette",
    "Girard",
    "Simard",
    "Boucher",
    "Caron",
    "Beaulieu",
    "Cloutier",
    "Dubé",
    "Poirier",
    "Fournier",
    "Lapointe",
    "Leclerc",
    "Lefebvre",
    "Poulin",
    "Thibault",
    "Nadeau",
    "Martin",
    "Landry",
    "Martel",
    "Bédard",
    "Grenier",
    "Lessard",
    "Bernier",
    "Michaud",
    "Hébert",
    "Desjardins",
    "Couture",
    "Turcotte",
    "Lachance",
    "Parent",
    "Blais",
    "Gosselin",
    "Savard",
    "Proulx",
    "Demers",
    "Perreault",
    "Boudreau",
    "Lemieux",
    "Dufour",
    "Mercier",
    "Smith",
    "Brown",
    "Wilson",
    "Taylor",
    "Campbell",
    "Anderson",
    "Thompson",
    "MacDonald",
)
BE_SURNAMES = ("Peeters", "Janssens", "Maes", "Dubois", "Lambert", "Dupont", "Claes", "Goossens")
FR_SURNAMES = ("Bernard", "Petit", "Durand", "Moreau", "Laurent", "Garnier", "Rousseau", "Faure")
STREETS = (
    "rue des Pins",
    "avenue Cartier",
    "boulevard Laurier",
    "rue Saint-Jean",
    "chemin du Lac",
    "rue Principale",
    "avenue du Parc",
    "rue de la Fabrique",
    "Maple Street",
    "King Street",
)
CITIES = (
    ("Québec", "G1R 4P5"),
    ("Lévis", "G6V 7K3"),
    ("Montréal", "H3T 1E2"),
    ("Laval", "H7N 5H9"),
    ("Sherbrooke", "J1J 3H2"),
    ("Gatineau", "J8Y 6T4"),
    ("Rimouski", "G5L 2Z1"),
    ("Trois-Rivières", "G9A 5E3"),
)

DIAGNOSES_FR = (
    "insuffisance cardiaque congestive",
    "diabète de type 2 mal contrôlé",
    "pneumonie acquise en communauté",
    "MPOC exacerbée",
    "fibrillation auriculaire",
    "cancer du sein gauche (carcinome canalaire infiltrant)",
    "accident vasculaire cérébral ischémique",
    "insuffisance rénale chronique stade 3b",
    "trouble dépressif majeur",
    "cellulite du membre inférieur droit",
    "sclérose en plaques",
    "maladie de Crohn",
    "embolie pulmonaire",
    "démence de type Alzheimer",
)
DIAGNOSES_EN = (
    "congestive heart failure",
    "poorly controlled type 2 diabetes",
    "community-acquired pneumonia",
    "COPD exacerbation",
    "atrial fibrillation",
    "left breast cancer (invasive ductal carcinoma)",
    "ischemic stroke",
    "chronic kidney disease stage 3b",
    "major depressive disorder",
    "right lower limb cellulitis",
    "multiple sclerosis",
    "Crohn's disease",
    "pulmonary embolism",
)
MEDS = (
    ("metformine", "metformin", "500 mg PO BID"),
    ("apixaban", "apixaban", "5 mg PO BID"),
    ("furosémide", "furosemide", "40 mg PO DIE"),
    ("atorvastatine", "atorvastatin", "20 mg PO HS"),
    ("lévothyroxine", "levothyroxine", "75 mcg PO DIE"),
    ("sertraline", "sertraline", "50 mg PO DIE"),
    ("insuline glargine", "insulin glargine", "18 unités SC HS"),
    ("amoxicilline", "amoxicillin", "500 mg PO TID"),
    ("hydromorphone", "hydromorphone", "1 mg PO q4h PRN"),
    ("ramipril", "ramipril", "5 mg PO DIE"),
)
LABS = (
    ("Hémoglobine", "Hemoglobin", "g/L", (88, 162)),
    ("Créatinine", "Creatinine", "µmol/L", (55, 240)),
    ("HbA1c", "HbA1c", "%", (5.2, 11.4)),
    ("Potassium", "Potassium", "mmol/L", (3.1, 5.9)),
    ("Troponine T hs", "hs-Troponin T", "ng/L", (4, 180)),
    ("INR", "INR", "", (0.9, 4.2)),
    ("TSH", "TSH", "mUI/L", (0.2, 9.8)),
    ("Leucocytes", "WBC", "x10^9/L", (2.8, 18.5)),
)
DOCTORS = (
    ("Dre", "Dr.", "Sophie", "Gagnon", "cardiologue", "cardiologist"),
    ("Dr", "Dr.", "Marc", "Bélanger", "interniste", "internist"),
    ("Dre", "Dr.", "Isabelle", "Roy", "néphrologue", "nephrologist"),
    ("Dr", "Dr.", "François", "Lapointe", "omnipraticien", "family physician"),
    ("Dre", "Dr.", "Catherine", "Nadeau", "oncologue", "oncologist"),
    ("Dr", "Dr.", "Olivier", "Demers", "neurologue", "neurologist"),
    ("Dre", "Dr.", "Julie", "Hébert", "pneumologue", "respirologist"),
    ("Dr", "Dr.", "David", "Campbell", "urgentologue", "emergency physician"),
)


# ---------------------------------------------------------------------------
# Synthetic identifiers
# ---------------------------------------------------------------------------


def _ascii_upper(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii() and c.isalpha()).upper()


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    sex: str  # "F" | "M"
    dob: dt.date
    street: str
    city: str
    postal: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    def honorific(self, lang: str) -> str:
        if lang == "fr":
            return "Mme" if self.sex == "F" else "M."
        return "Mrs." if self.sex == "F" else "Mr."


class Ids:
    """Valid and deliberately invalid synthetic identifiers, from one seeded RNG."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def person(self, surnames: Sequence[str] = SURNAMES, min_age: int = 18) -> Person:
        rng = self.rng
        sex = rng.choice("FM")
        first = rng.choice(FIRST_F if sex == "F" else FIRST_M)
        year = rng.randint(1934, 2025 - min_age)
        dob = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        city, postal = rng.choice(CITIES)
        street = f"{rng.randint(12, 9800)}, {rng.choice(STREETS)}"
        return Person(first, rng.choice(surnames), sex, dob, street, city, postal)

    def nam(self, p: Person) -> str:
        letters = (_ascii_upper(p.last) + "XXX")[:3] + _ascii_upper(p.first)[0]
        month = p.dob.month + (50 if p.sex == "F" else 0)
        prefix = f"{letters}{p.dob.year % 100:02d}{month:02d}{p.dob.day:02d}{self.rng.choice('1111123')}"
        number = prefix + ramq_nam.calc_check_digit(prefix, birth_year=p.dob.year)
        assert ramq_nam.is_valid(number), number
        return number

    def bad_nam(self, p: Person) -> str:
        good = self.nam(p)
        for step in range(1, 10):
            bad = good[:11] + str((int(good[11]) + step) % 10)
            if not ramq_nam.is_valid(bad):
                return bad
        raise AssertionError("no invalid NAM variant")

    def sin(self) -> str:
        while True:
            body = str(self.rng.choice("12345679")) + "".join(self.rng.choice("0123456789") for _ in range(7))
            number = body + luhn.calc_check_digit(body)
            if sin.is_valid(number):
                return number

    def bad_sin(self) -> str:
        good = self.sin()
        bad = good[:8] + str((int(good[8]) + self.rng.randint(1, 9)) % 10)
        assert not sin.is_valid(bad)
        return bad

    def on_hcn(self) -> str:
        body = str(self.rng.randint(1, 9)) + "".join(self.rng.choice("0123456789") for _ in range(8))
        return body + luhn.calc_check_digit(body)

    def bad_on_hcn(self) -> str:
        good = self.on_hcn()
        return good[:9] + str((int(good[9]) + self.rng.randint(1, 9)) % 10)

    def bc_phn(self) -> str:
        # 10 digits starting with 9; check digit = 11 - (sum(d_i * w_i mod 11) mod 11) over digits 2-9.
        weights = (2, 4, 8, 5, 10, 9, 7, 3)
        while True:
            body = "9" + "".join(self.rng.choice("0123456789") for _ in range(8))
            total = sum(int(d) * w % 11 for d, w in zip(body[1:], weights, strict=True))
            check = 11 - total % 11
            if check < 10:
                number = body + str(check)
                assert bc_phn.is_valid(number), number
                return number

    def be_niss(self, p: Person) -> str:
        serial = self.rng.randrange(1, 997)
        serial += (serial % 2) != (0 if p.sex == "F" else 1)  # odd for men, even for women
        base = f"{p.dob:%y%m%d}{serial:03d}"
        checked = ("2" + base) if p.dob.year >= 2000 else base
        number = base + f"{97 - int(checked) % 97:02d}"
        assert be_nn.is_valid(number), number
        return number

    def fr_nir(self, p: Person) -> str:
        dept = self.rng.choice(("75", "69", "13", "59", "33", "44"))
        base = (
            f"{1 if p.sex == 'M' else 2}{p.dob:%y%m}{dept}{self.rng.randint(1, 399):03d}{self.rng.randint(1, 999):03d}"
        )
        number = base + nir.calc_check_digits(base)
        assert nir.is_valid(number), number
        return number

    def mrn(self) -> str:
        return str(self.rng.randint(1_000_000, 9_899_999))

    def seven_digits(self) -> str:
        return str(self.rng.randint(1_000_000, 9_999_999))


def fmt_nam(number: str, style: str) -> str:
    if style == "spaced":
        return f"{number[:4]} {number[4:8]} {number[8:]}"
    if style == "dashed":
        return f"{number[:4]}-{number[4:8]}-{number[8:]}"
    return number


def fmt_sin(number: str) -> str:
    return f"{number[:3]} {number[3:6]} {number[6:]}"


def fmt_on(number: str, version: str = "") -> str:
    text = f"{number[:4]}-{number[4:7]}-{number[7:]}"
    return f"{text}-{version}" if version else text


def fmt_bc(number: str) -> str:
    return f"{number[:4]} {number[4:7]} {number[7:]}"


def fmt_niss(number: str) -> str:
    return f"{number[:2]}.{number[2:4]}.{number[4:6]}-{number[6:9]}.{number[9:]}"


def fmt_nir(number: str) -> str:
    n = number
    return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"


MOIS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def date_fr(d: dt.date) -> str:
    return f"{d.day} {MOIS[d.month - 1]} {d.year}"


def date_en(d: dt.date) -> str:
    return d.strftime("%B %d, %Y").replace(" 0", " ")


# ---------------------------------------------------------------------------
# Attachment builders (deterministic bytes)
# ---------------------------------------------------------------------------


_W3CDTF = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def normalize_zip(data: bytes) -> bytes:
    """Rewrite a ZIP-based document with fixed timestamps, keeping member order and compression.

    openpyxl stamps docProps/core.xml with the save time whatever the workbook says; pin it too.
    """
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = info.compress_type
            fixed.external_attr = info.external_attr
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = _W3CDTF.sub(rb"\g<1>2025-03-14T09:30:00Z\g<2>", content)
            dst.writestr(fixed, content)
    return out.getvalue()


def make_zip(members: Sequence[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return out.getvalue()


def make_pdf(title: str, lines: Sequence[str], min_bytes: int = 0) -> bytes:
    """A text PDF (reportlab, invariant mode so the bytes do not depend on the clock).

    With ``min_bytes``, the pages are repeated (compressed streams, like real reports) until the
    file is at least that large.
    """
    data = _render_pdf(title, lines, 1)
    if min_bytes and len(data) < min_bytes:
        per_repeat = max(1, len(_render_pdf(title, lines, 2)) - len(data))
        data = _render_pdf(title, lines, 1 + -(-(min_bytes - len(data)) // per_repeat))
    return data


def _render_pdf(title: str, lines: Sequence[str], repeats: int) -> bytes:
    from reportlab.lib.pagesizes import LETTER
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=LETTER, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("Sentinelle corpus")
    for _ in range(repeats):
        y = 740
        c.setFont("Helvetica-Bold", 13)
        c.drawString(60, y, title)
        y -= 26
        c.setFont("Helvetica", 10)
        for line in lines:
            if y < 60:
                c.showPage()
                c.setFont("Helvetica", 10)
                y = 740
            c.drawString(60, y, line)
            y -= 14
        c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(paragraphs: Sequence[str], heading: str = "") -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.created = FIXED_DATETIME.replace(tzinfo=None)
    document.core_properties.modified = FIXED_DATETIME.replace(tzinfo=None)
    document.core_properties.last_modified_by = "corpus"
    document.core_properties.author = "corpus"
    if heading:
        document.add_heading(heading, level=1)
    for para in paragraphs:
        document.add_paragraph(para)
    buf = io.BytesIO()
    document.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(rows: Sequence[Sequence[object]], sheet: str = "Feuil1") -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet
    for row in rows:
        ws.append(list(row))
    wb.properties.created = FIXED_DATETIME.replace(tzinfo=None)
    wb.properties.modified = FIXED_DATETIME.replace(tzinfo=None)
    wb.properties.creator = "corpus"
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_odt(paragraphs: Sequence[str]) -> bytes:
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    doc = OpenDocumentText()
    for para in paragraphs:
        doc.text.addElement(P(text=para))
    buf = io.BytesIO()
    doc.write(buf)
    return normalize_zip(buf.getvalue())


def make_ods(rows: Sequence[Sequence[object]], name: str = "Feuille1") -> bytes:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name=name)
    for row in rows:
        tr = TableRow()
        for value in row:
            cell = TableCell(valuetype="string")
            cell.addElement(P(text=str(value)))
            tr.addElement(cell)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    buf = io.BytesIO()
    doc.write(buf)
    return normalize_zip(buf.getvalue())


def make_csv(rows: Sequence[Sequence[object]], delimiter: str = ";") -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow(row)
    return buf.getvalue()


def make_dicom(
    patient_name: str, patient_id: str, birth: str, sex: str, issuer: str, study: str, uid_seed: str
) -> bytes:
    """A tiny pixel-less DICOM file (Part 10) with patient demographics."""
    from pydicom.dataset import Dataset, FileMetaDataset
    from pydicom.filewriter import dcmwrite
    from pydicom.uid import UID, ExplicitVRLittleEndian, generate_uid

    sop_class = UID("1.2.840.10008.5.1.4.1.1.7")  # Secondary Capture Image Storage
    sop_instance = generate_uid(entropy_srcs=[uid_seed, "sop"])
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = sop_class
    meta.MediaStorageSOPInstanceUID = sop_instance
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    meta.ImplementationClassUID = generate_uid(entropy_srcs=["sentinelle-corpus"])
    ds = Dataset()
    ds.file_meta = meta
    ds.SOPClassUID = sop_class
    ds.SOPInstanceUID = sop_instance
    ds.StudyInstanceUID = generate_uid(entropy_srcs=[uid_seed, "study"])
    ds.SeriesInstanceUID = generate_uid(entropy_srcs=[uid_seed, "series"])
    ds.PatientName = patient_name
    ds.PatientID = patient_id
    ds.IssuerOfPatientID = issuer
    ds.PatientBirthDate = birth
    ds.PatientSex = sex
    ds.StudyDate = "20250228"
    ds.StudyDescription = study
    ds.Modality = "OT"
    ds.InstitutionName = "CHU synthétique"
    buf = io.BytesIO()
    dcmwrite(buf, ds, enforce_file_format=True)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# Message assembly
# ---------------------------------------------------------------------------


@dataclass
class Attachment:
    filename: str
    data: bytes | str | EmailMessage
    maintype: str = "application"
    subtype: str = "octet-stream"
    charset: str = "utf-8"
    cte: str | None = None


@dataclass
class Sample:
    name: str
    confidential: bool
    types: list[str]
    lang: str
    note: str
    sender: str
    to: list[str]
    subject: str
    text: str | None = None
    html: str | None = None
    text_charset: str = "utf-8"
    text_cte: str | None = None
    attachments: list[Attachment] = field(default_factory=list)
    extra_headers: list[tuple[str, str]] = field(default_factory=list)


class Builder:
    """Turns samples into deterministic RFC 5322 bytes."""

    def __init__(self, rng: random.Random, prefix: str = "sentinelle-corpus") -> None:
        self.rng = rng
        self.count = 0
        self.prefix = prefix

    def message_id(self, domain: str) -> str:
        token = "".join(self.rng.choice("0123456789abcdef") for _ in range(20))
        return f"<{token}.{self.count}@{domain}>"

    def date(self) -> str:
        when = BASE_DATE + dt.timedelta(minutes=self.count * 97 + self.rng.randint(0, 50))
        return format_datetime(when)

    def build(self, s: Sample) -> EmailMessage:
        self.count += 1
        msg = EmailMessage(policy=email_policy.SMTP)
        domain = s.sender.rsplit("@", 1)[1].rstrip(">")
        msg["Message-ID"] = self.message_id(domain)
        msg["Date"] = self.date()
        msg["From"] = s.sender
        msg["To"] = ", ".join(s.to)
        msg["Subject"] = s.subject
        for key, value in s.extra_headers:
            msg[key] = value
        if s.text is not None and s.text_charset == "utf-16":
            # EmailMessage refuses utf-16 for str content; build the part by hand as a real client would.
            msg.set_content(s.text.encode("utf-16"), "text", "plain", cte="base64")
            msg.set_param("charset", "utf-16")
        elif s.text is not None:
            msg.set_content(s.text, charset=s.text_charset, cte=s.text_cte)
        if s.html is not None:
            if s.text is None:
                msg.set_content(s.html, subtype="html", charset="utf-8", cte="quoted-printable")
            else:
                msg.add_alternative(s.html, subtype="html", charset="utf-8", cte="quoted-printable")
        for att in s.attachments:
            if isinstance(att.data, EmailMessage):
                msg.add_attachment(att.data, filename=att.filename)
            elif isinstance(att.data, str):
                msg.add_attachment(
                    att.data, subtype=att.subtype, charset=att.charset, cte=att.cte, filename=att.filename
                )
            else:
                # cte=None would write the raw bytes unencoded; binary attachments travel as base64 unless asked.
                msg.add_attachment(att.data, att.maintype, att.subtype, filename=att.filename, cte=att.cte or "base64")
                if att.maintype == "text":
                    # Bytes content gets no charset parameter by default; label it as the sending client did.
                    parts = msg.get_payload()
                    assert isinstance(parts, list)
                    last = parts[-1]
                    assert isinstance(last, Message)
                    last.set_param("charset", "utf-16" if att.data[:2] in (b"\xff\xfe", b"\xfe\xff") else att.charset)
        n = 0
        for part in msg.walk():
            if part.get_content_maintype() == "multipart":
                n += 1
                part.set_boundary(f"=={self.prefix}-{self.count:03d}-{n}==")
        return msg


def to_bytes(msg: Message) -> bytes:
    return msg.as_bytes(policy=email_policy.SMTP)


def inner_message(builder: Builder, s: Sample) -> EmailMessage:
    """An earlier message, to attach as message/rfc822 (own boundary namespace: no clash with its parent)."""
    inner_builder = Builder(builder.rng, prefix="forwarded")
    # Dated at the start of the corpus period, so always before the message that forwards it.
    return inner_builder.build(s)


# ---------------------------------------------------------------------------
# Address helpers
# ---------------------------------------------------------------------------


def addr(rng: random.Random, person: tuple[str, str] | None = None, where: str = "internal") -> str:
    first, last = person or (rng.choice(FIRST_F + FIRST_M), rng.choice(SURNAMES))
    local = f"{_ascii_upper(first).lower()}.{_ascii_upper(last).lower()}"
    if where == "internal":
        domain = rng.choice(INTERNAL_SUBS)
    elif where == "partner":
        domain = rng.choice(PARTNERS)[1]
    else:
        domain = rng.choice(WEBMAIL)
        local = f"{local}{rng.randint(1, 99)}"
    return f"{first} {last} <{local}@{domain}>"


def doctor(rng: random.Random) -> tuple[str, str, str, str, str, str]:
    return rng.choice(DOCTORS)


def signature_fr(rng: random.Random, doc: tuple[str, ...] | None = None) -> str:
    d = doc or doctor(rng)
    site = rng.choice(("Hôpital de l'Enfant-Jésus", "Hôpital Saint-François d'Assise", "Pavillon D", "CLSC Limoilou"))
    return (
        f"\n--\n{d[0]} {d[2]} {d[3]}, {d[4]}\n{site}\nCentre intégré de santé et de services sociaux\n"
        f"Tél. : 418 555-{rng.randint(1000, 1999)}, poste {rng.randint(2000, 6999)}\n"
        "AVIS DE CONFIDENTIALITÉ : ce message peut contenir des renseignements confidentiels.\n"
    )


def signature_en(rng: random.Random, doc: tuple[str, ...] | None = None) -> str:
    d = doc or doctor(rng)
    return (
        f"\n--\n{d[1]} {d[2]} {d[3]}, {d[5]}\nDepartment of Medicine\n"
        f"Phone: 514 555-{rng.randint(1000, 1999)} ext. {rng.randint(2000, 6999)}\n"
    )


def plain_sig(rng: random.Random, name: tuple[str, str], title: str) -> str:
    return (
        f"\n{name[0]} {name[1]}\n{title}\nTél. : 418 555-{rng.randint(1000, 1999)}, poste {rng.randint(2000, 6999)}\n"
    )


def lab_value(rng: random.Random, idx: int) -> tuple[str, str, str, str]:
    fr, en, unit, (lo, hi) = LABS[idx % len(LABS)]
    value = round(rng.uniform(lo, hi), 1)
    return fr, en, f"{value:g}", unit


# ---------------------------------------------------------------------------
# Positives: messages that carry patient data
# ---------------------------------------------------------------------------


def _partner(rng: random.Random) -> tuple[str, str, str, str]:
    return rng.choice(PARTNERS[:7])


def referral_fr(rng: random.Random, ids: Ids, style: str, n: int, html: bool = False) -> Sample:
    p = ids.person()
    nam = fmt_nam(ids.nam(p), style)
    d = doctor(rng)
    clinic = _partner(rng)
    dx = rng.choice(DIAGNOSES_FR)
    hon = p.honorific("fr")
    body = (
        f"Bonjour {d[0]} {d[3]},\n\n"
        f"Je vous adresse {hon} {p.full}, {2025 - p.dob.year} ans, NAM {nam}, pour évaluation en "
        f"{d[4].replace('ue', 'ie') if d[4].endswith('logue') else 'médecine interne'}.\n\n"
        f"Motif : {dx}. Symptômes depuis environ {rng.randint(2, 10)} semaines, dyspnée à l'effort "
        f"et fatigue. Antécédents : HTA, dyslipidémie.\n"
        f"Médication actuelle : {rng.choice(MEDS)[0]} et {rng.choice(MEDS)[0]}.\n\n"
        f"Merci de convoquer {'la patiente' if p.sex == 'F' else 'le patient'} au {rng.choice(('418', '581'))} "
        f"555-{rng.randint(1000, 9999)}.\n\nCordialement,\n"
        f"Dr {rng.choice(FIRST_M)} {rng.choice(SURNAMES)}\n{clinic[0]}\n{clinic[3]}\nTél. : {clinic[2]}\n"
    )
    sample = Sample(
        f"fr-referral-nam-{style}-{n}",
        True,
        ["ramq_nam"],
        "fr",
        f"French referral letter, RAMQ NAM written {style}" + (", HTML body" if html else ""),
        addr(rng, where="partner"),
        [addr(rng, (d[2], d[3]))],
        f"Demande de consultation - {hon} {p.last}",
    )
    if html:
        sample.html = "<html><body>" + "".join(f"<p>{line}</p>" for line in body.split("\n\n")) + "</body></html>"
    else:
        sample.text = body
    return sample


def referral_en(rng: random.Random, ids: Ids, kind: str, n: int) -> Sample:
    p = ids.person()
    d = doctor(rng)
    if kind == "on":
        number, label, clinic = fmt_on(ids.on_hcn(), rng.choice(("", "AB", "KM"))), "Ontario health card", PARTNERS[3]
        typ = "ca_health_number"
    else:
        number, label, clinic = fmt_bc(ids.bc_phn()), "BC PHN", PARTNERS[6]
        typ = "ca_health_number"
    dx = rng.choice(DIAGNOSES_EN)
    body = (
        f"Dear {d[1]} {d[3]},\n\nThank you for seeing {p.honorific('en')} {p.full} "
        f"(DOB {p.dob:%Y-%m-%d}, {label} {number}), who is temporarily living in Quebec.\n\n"
        f"Reason for referral: {dx}. Current medications: {rng.choice(MEDS)[1]} {rng.choice(MEDS)[2]}.\n"
        f"Last creatinine {rng.randint(70, 190)} umol/L. Allergies: penicillin (rash).\n\n"
        f"Please send your consultation note to our office by fax or secure mail.\n\nBest regards,\n"
        f"Dr. {rng.choice(FIRST_F)} {rng.choice(SURNAMES)}\n{clinic[0]}\n{clinic[3]}\nPhone {clinic[2]}\n"
    )
    return Sample(
        f"en-referral-{kind}-health-number-{n}",
        True,
        [typ],
        "en",
        f"English referral from out of province with {label}",
        f"Dr. {rng.choice(FIRST_F)} {rng.choice(SURNAMES)} <referrals@{clinic[1]}>",
        [addr(rng, (d[2], d[3]))],
        f"Referral: {p.last}, {p.first}",
        text=body,
    )


def lab_fr(rng: random.Random, ids: Ids, n: int, style: str, charset: str = "utf-8", cte: str | None = None) -> Sample:
    p = ids.person()
    nam = fmt_nam(ids.nam(p), style)
    rows = [lab_value(rng, rng.randint(0, 20)) for _ in range(4)]
    table = "\n".join(f"  {fr:<18} {v:>6} {u}" for fr, _en, v, u in rows)
    body = (
        f"Bonjour,\n\nVoici les résultats de laboratoire de {p.honorific('fr')} {p.full} "
        f"(NAM : {nam}), prélevés le {rng.randint(1, 28)} février 2025 :\n\n{table}\n\n"
        f"Valeurs critiques communiquées par téléphone au médecin traitant.\n\n"
        f"Laboratoire Biomédic Plus\nService à la clientèle : 450 555-0163\n"
    )
    note = f"French lab results by e-mail, NAM {style}"
    if charset != "utf-8" or cte:
        note += f", body {charset} {cte or ''}".rstrip()
    return Sample(
        f"fr-lab-results-nam-{n}",
        True,
        ["ramq_nam"],
        "fr",
        note,
        f"Résultats Biomédic <resultats@{PARTNERS[4][1]}>",
        [addr(rng)],
        f"Résultats - {p.last.upper()}",
        text=body,
        text_charset=charset,
        text_cte=cte,
    )


def mrn_msg(rng: random.Random, ids: Ids, lang: str, n: int) -> Sample:
    p = ids.person()
    mrn = ids.mrn()
    if lang == "fr":
        intro = rng.choice((f"No de dossier : {mrn}", f"n° de dossier {mrn}", f"Dossier {mrn}"))
        body = (
            f"Bonjour,\n\nPour la réunion multidisciplinaire de jeudi, pouvez-vous préparer le dossier de "
            f"{p.honorific('fr')} {p.last} ({intro}) ? Imagerie du {rng.randint(1, 28)} février à revoir avec la "
            f"radiologie.\n\nMerci,\n{rng.choice(FIRST_F)} {rng.choice(SURNAMES)}\nInfirmière pivot en oncologie\n"
        )
        subj = "Réunion multi jeudi - dossier à préparer"
    else:
        intro = rng.choice((f"MRN: {mrn}", f"chart # {mrn}", f"MRN {mrn}"))
        body = (
            f"Hi,\n\nCould you pull the imaging for {p.honorific('en')} {p.last} ({intro}) before tumour board on "
            f"Thursday? The CT from February {rng.randint(1, 28)} needs a second read.\n\nThanks,\n"
            f"{rng.choice(FIRST_F)} {rng.choice(SURNAMES)}\nNurse navigator, oncology\n"
        )
        subj = "Tumour board Thursday - imaging"
    where = rng.choice(("partner", "webmail"))
    return Sample(
        f"{lang}-mrn-context-{n}",
        True,
        ["mrn"],
        lang,
        f"Medical record number with context word, sent to {where}",
        addr(rng),
        [addr(rng, where=where)],
        subj,
        text=body,
    )


def sin_msg(rng: random.Random, ids: Ids, lang: str, n: int) -> Sample:
    p = ids.person()
    number = fmt_sin(ids.sin())
    if lang == "fr":
        body = (
            f"Bonjour,\n\nCi-dessous les renseignements pour la demande d'indemnisation de {p.honorific('fr')} "
            f"{p.full}, accidenté du travail suivi en physiothérapie :\n\n"
            f"  NAS : {number}\n  Date de l'événement : {rng.randint(1, 28)} janvier 2025\n"
            f"  Diagnostic : entorse lombaire\n\nMerci de compléter le rapport médical.\n"
            f"{rng.choice(FIRST_F)} {rng.choice(SURNAMES)}, agente administrative\n"
        )
        subj = "Demande CNESST - renseignements"
    else:
        body = (
            f"Hello,\n\nAs requested by the insurer, here are the details for {p.full}'s disability claim:\n\n"
            f"  SIN: {number}\n  Date of injury: January {rng.randint(1, 28)}, 2025\n"
            f"  Treating physician: Dr. {rng.choice(FIRST_M)} {rng.choice(SURNAMES)}\n\nRegards,\n"
            f"{rng.choice(FIRST_F)} {rng.choice(SURNAMES)}\nMedical records\n"
        )
        subj = "Disability claim - information"
    return Sample(
        f"{lang}-sin-claim-{n}",
        True,
        ["ca_sin"],
        lang,
        "Social insurance number in a claim form",
        addr(rng),
        [addr(rng, where="partner")],
        subj,
        text=body,
    )


def niss_msg(rng: random.Random, ids: Ids, n: int) -> Sample:
    p = ids.person(BE_SURNAMES)
    number = ids.be_niss(p)
    shown = fmt_niss(number) if n % 2 else number
    body = (
        f"Bonjour,\n\nNous avons hospitalisé hier {p.honorific('fr')} {p.full}, "
        f"ressortissant{'e' if p.sex == 'F' else ''} belge en séjour touristique. "
        f"Numéro de registre national (NISS) : {shown}.\n"
        f"Pouvez-vous confirmer la prise en charge par sa mutualité ? Facture estimée : 8 400 $ CA.\n\n"
        f"Service des admissions - clientèle hors Québec\n"
    )
    return Sample(
        f"fr-be-niss-insurer-{n}",
        True,
        ["be_niss"],
        "fr",
        "Belgian national number (NISS) to an insurer",
        addr(rng),
        [f"Mutualité partenaire <international@{PARTNERS[7][1]}>"],
        "Hospitalisation d'un ressortissant belge",
        text=body,
    )


def nir_msg(rng: random.Random, ids: Ids, n: int) -> Sample:
    p = ids.person(FR_SURNAMES)
    number = ids.fr_nir(p)
    shown = fmt_nir(number) if n % 2 else number
    body = (
        f"Madame, Monsieur,\n\nSuite à l'hospitalisation de {p.honorific('fr')} {p.full} du 2 au 9 février, "
        f"veuillez trouver les éléments pour le remboursement par la CPAM.\n"
        f"Numéro de sécurité sociale : {shown}\n\nCordialement,\nBureau de facturation internationale\n"
    )
    return Sample(
        f"fr-fr-nir-cpam-{n}",
        True,
        ["fr_nir"],
        "fr",
        "French NIR (sécurité sociale) to a French clinic",
        addr(rng),
        [addr(rng, where="partner").split("@")[0] + f"@{PARTNERS[8][1]}>"],
        "Remboursement hospitalisation",
        text=body,
    )


def discharge_fr(rng: random.Random, ids: Ids, n: int) -> Sample:
    p = ids.person()
    dx = rng.choice(DIAGNOSES_FR)
    med = rng.choice(MEDS)
    body = (
        f"Bonjour,\n\nRésumé de départ de {p.honorific('fr')} {p.full}, hospitalisé{'e' if p.sex == 'F' else ''} "
        f"à l'unité de médecine du {rng.randint(1, 10)} au {rng.randint(12, 27)} février.\n\n"
        f"Diagnostic principal : {dx}.\nTraitement au congé : {med[0]} {med[2]}.\n"
        f"Suivi : GMF dans 2 semaines, bilan sanguin dans 1 semaine.\n\n"
        f"Merci d'assurer le suivi.\n"
    ) + signature_fr(rng)
    return Sample(
        f"fr-discharge-name-diagnosis-{n}",
        True,
        ["diagnosis", "patient_name"],
        "fr",
        "Discharge summary: patient name + diagnosis, no identifier",
        addr(rng),
        [addr(rng, where="partner")],
        "Résumé de départ",
        text=body,
    )


def discharge_en(rng: random.Random, ids: Ids, n: int) -> Sample:
    p = ids.person()
    dx = rng.choice(DIAGNOSES_EN)
    body = (
        f"Hello Dr. {rng.choice(SURNAMES)},\n\nYour patient {p.honorific('en')} {p.full} was discharged today after "
        f"admission for {dx}. Discharge medications: {rng.choice(MEDS)[1]} {rng.choice(MEDS)[2]}.\n"
        f"Please arrange follow-up within 2 weeks.\n"
    ) + signature_en(rng)
    return Sample(
        f"en-discharge-name-diagnosis-{n}",
        True,
        ["diagnosis", "patient_name"],
        "en",
        "Discharge note: patient name + diagnosis, no identifier",
        addr(rng),
        [addr(rng, where=rng.choice(("partner", "webmail")))],
        "Discharge notification",
        text=body,
    )


def prescription(rng: random.Random, ids: Ids, lang: str, n: int) -> Sample:
    p = ids.person()
    med = rng.choice(MEDS)
    pharmacy = PARTNERS[5]
    if lang == "fr":
        body = (
            f"Ordonnance\n\nPatient : {p.full}\nAdresse : {p.street}, {p.city} {p.postal}\n\n"
            f"Rx : {med[0]} {med[2]} x 30 jours, renouveler 3 fois.\n\n"
            f"Svp remplacer l'ordonnance précédente ({rng.choice(MEDS)[0]} cessé).\n"
        ) + signature_fr(rng)
        subj = "Ordonnance à transmettre à la pharmacie"
    else:
        body = (
            f"Prescription\n\nPatient: {p.full}\nAddress: {p.street}, {p.city} {p.postal}\n\n"
            f"Rx: {med[1]} {med[2]} x 30 days, 3 refills.\n"
        ) + signature_en(rng)
        subj = "Prescription for pharmacy"
    return Sample(
        f"{lang}-prescription-name-medication-{n}",
        True,
        ["medication", "patient_name"],
        lang,
        "Prescription sent to a pharmacy: patient name + medication",
        addr(rng),
        [f"Pharmacie <ordonnances@{pharmacy[1]}>"],
        subj,
        text=body,
    )


def name_dob(rng: random.Random, ids: Ids, lang: str, n: int) -> Sample:
    p = ids.person()
    if lang == "fr":
        body = (
            (
                f"Bonjour,\n\nPouvez-vous m'envoyer la liste des rendez-vous manqués de {p.honorific('fr')} {p.full}, "
                f"née le {date_fr(p.dob)}, domiciliée au {p.street}, {p.city} ?\n"
                f"{'Sa fille' if rng.random() < 0.5 else 'Son fils'} nous a appelés ce matin.\n\nMerci\n"
            )
            .replace("née", "née" if p.sex == "F" else "né")
            .replace("domiciliée", "domicilié" if p.sex == "M" else "domiciliée")
        )
        subj = "Rendez-vous manqués"
    else:
        body = (
            f"Hi,\n\nCould you confirm the appointment history for {p.honorific('en')} {p.full}, date of birth "
            f"{date_en(p.dob)}? The family called this morning asking about the cardiology follow-up.\n\nThanks\n"
        )
        subj = "Appointment history"
    return Sample(
        f"{lang}-name-date-of-birth-{n}",
        True,
        ["date_of_birth", "patient_name"],
        lang,
        "Patient name + date of birth, no identifier",
        addr(rng),
        [addr(rng, where=rng.choice(("partner", "webmail")))],
        subj,
        text=body,
    )


def subject_nam(rng: random.Random, ids: Ids, n: int) -> Sample:
    p = ids.person()
    nam = fmt_nam(ids.nam(p), "compact" if n % 2 else "spaced")
    return Sample(
        f"fr-subject-only-nam-{n}",
        True,
        ["ramq_nam"],
        "fr",
        "NAM only in the Subject header, bland body",
        addr(rng),
        [addr(rng, where="partner")],
        f"TR: {nam} - suivi",
        text="Bonjour,\n\nVoir l'objet. On en parle demain ?\n\nMerci\n",
    )


def html_lab(rng: random.Random, ids: Ids, lang: str, n: int) -> Sample:
    p = ids.person()
    rows = [lab_value(rng, rng.randint(0, 20)) for _ in range(3)]
    if lang == "fr":
        cells = "".join(f"<tr><td>{fr}</td><td>{v}</td><td>{u}</td></tr>" for fr, _e, v, u in rows)
        html = (
            f"<html><body><p>Bonjour,</p><p>Résultats de <b>{p.honorific('fr')} {p.full}</b> "
            f"(né{'e' if p.sex == 'F' else ''} le {p.dob:%Y-%m-%d}) :</p>"
            f"<table border='1'><tr><th>Analyse</th><th>Valeur</th><th>Unité</th></tr>{cells}</table>"
            "<p>Hémoglobine à surveiller.</p></body></html>"
        )
        types = ["date_of_birth", "lab_result", "patient_name"]
    else:
        cells = "".join(f"<tr><td>{en}</td><td>{v}</td><td>{u}</td></tr>" for _f, en, v, u in rows)
        html = (
            f"<html><body><p>Hello,</p><p>Results for <b>{p.honorific('en')} {p.full}</b> "
            f"(DOB {p.dob:%Y-%m-%d}):</p><table><tr><th>Test</th><th>Value</th><th>Unit</th></tr>{cells}</table>"
            "</body></html>"
        )
        types = ["date_of_birth", "lab_result", "patient_name"]
    return Sample(
        f"{lang}-html-only-lab-results-{n}",
        True,
        types,
        lang,
        "HTML-only body with a table of lab results for a named patient",
        addr(rng),
        [addr(rng, where="partner")],
        "Résultats" if lang == "fr" else "Lab results",
        html=html,
    )


def short_nam(rng: random.Random, ids: Ids, n: int, charset: str, cte: str | None) -> Sample:
    p = ids.person()
    nam = fmt_nam(ids.nam(p), ("spaced", "dashed", "compact")[n % 3])
    body = (
        f"Salut {rng.choice(FIRST_F)},\n\nPeux-tu voir {p.honorific('fr')} {p.last} demain à l'urgence "
        f"mineure ? NAM {nam}. Plaie à la main, à réévaluer.\n\nMerci beaucoup, à+\n"
    )
    return Sample(
        f"fr-short-nam-{charset}-{cte or 'default'}-{n}",
        True,
        ["ramq_nam"],
        "fr",
        f"Short informal note with NAM, body {charset} {cte or 'default encoding'}",
        addr(rng),
        [addr(rng, where="webmail")],
        "Urgence mineure demain",
        text=body,
        text_charset=charset,
        text_cte=cte,
    )


# --- attachments ----------------------------------------------------------


def _cover_fr(rng: random.Random) -> str:
    return rng.choice(
        (
            "Bonjour,\n\nVeuillez trouver ci-joint le document demandé.\n\nCordialement,\n",
            "Bonjour,\n\nVoici le document pour le suivi. Merci de confirmer la réception.\n",
            "Bonjour,\n\nTel que discuté au téléphone, ci-joint.\n\nBonne journée\n",
        )
    ) + signature_fr(rng)


def _cover_en(rng: random.Random) -> str:
    return rng.choice(
        (
            "Hello,\n\nPlease find attached the requested document.\n\nRegards,\n",
            "Hi,\n\nAttached as discussed. Please confirm receipt.\n",
        )
    ) + signature_en(rng)


def pdf_lab(rng: random.Random, ids: Ids, lang: str, n: int) -> Sample:
    p = ids.person()
    nam = fmt_nam(ids.nam(p), "spaced")
    rows = [lab_value(rng, i) for i in range(6)]
    if lang == "fr":
        lines = [
            f"Nom : {p.last.upper()}, {p.first}",
            f"NAM : {nam}",
            f"Date de naissance : {p.dob:%Y-%m-%d}",
            "Prélèvement : 2025-02-26 07:45",
            "",
        ] + [f"{fr:<20} {v:>8} {u}" for fr, _e, v, u in rows]
        title, fname = "Rapport de laboratoire - Biochimie", f"resultats_{p.last.lower()}.pdf"
    else:
        lines = [f"Name: {p.last.upper()}, {p.first}", f"RAMQ: {nam}", f"DOB: {p.dob:%Y-%m-%d}", ""] + [
            f"{en:<20} {v:>8} {u}" for _f, en, v, u in rows
        ]
        title, fname = "Laboratory report - Chemistry", "lab_report.pdf"
    return Sample(
        f"{lang}-attachment-pdf-lab-nam-{n}",
        True,
        ["ramq_nam"],
        lang,
        "PDF lab report with NAM",
        addr(rng),
        [addr(rng, where="partner")],
        "Rapport de laboratoire" if lang == "fr" else "Lab report",
        text=_cover_fr(rng) if lang == "fr" else _cover_en(rng),
        attachments=[Attachment(fname, make_pdf(title, lines), "application", "pdf")],
    )


def docx_referral(rng: random.Random, ids: Ids, lang: str, n: int) -> Sample:
    p = ids.person()
    if lang == "fr":
        dx = rng.choice(DIAGNOSES_FR)
        paras = [
            "Lettre de consultation",
            f"Patient : {p.full}",
            f"Date de naissance : {date_fr(p.dob)}",
            f"Diagnostic : {dx}.",
            f"Médication : {rng.choice(MEDS)[0]}.",
            "Merci de votre collaboration.",
        ]
        fname = "lettre_consultation.docx"
    else:
        dx = rng.choice(DIAGNOSES_EN)
        paras = [
            "Consultation letter",
            f"Patient: {p.full}",
            f"Date of birth: {date_en(p.dob)}",
            f"Diagnosis: {dx}.",
            "Thank you for your collaboration.",
        ]
        fname = "consult_letter.docx"
    return Sample(
        f"{lang}-attachment-docx-referral-{n}",
        True,
        ["date_of_birth", "diagnosis", "patient_name"],
        lang,
        "DOCX referral letter: name, birth date, diagnosis",
        addr(rng),
        [addr(rng, where="partner")],
        "Lettre de consultation" if lang == "fr" else "Consultation letter",
        text=_cover_fr(rng) if lang == "fr" else _cover_en(rng),
        attachments=[
            Attachment(
                fname, make_docx(paras), "application", "vnd.openxmlformats-officedocument.wordprocessingml.document"
            )
        ],
    )


def _patient_rows(rng: random.Random, ids: Ids, count: int, with_nam: bool = True) -> list[list[object]]:
    rows: list[list[object]] = [["Nom", "Prénom", "NAM", "Date de naissance", "Unité"]]
    for _ in range(count):
        p = ids.person()
        rows.append(
            [
                p.last,
                p.first,
                fmt_nam(ids.nam(p), "compact") if with_nam else "",
                p.dob.isoformat(),
                rng.choice(("6e Sud", "Soins intensifs", "Gériatrie", "Urgence")),
            ]
        )
    return rows


def xlsx_list(rng: random.Random, ids: Ids, n: int) -> Sample:
    rows = _patient_rows(rng, ids, rng.randint(6, 14))
    return Sample(
        f"fr-attachment-xlsx-patient-list-{n}",
        True,
        ["ramq_nam"],
        "fr",
        "XLSX list of patients with NAM column",
        addr(rng),
        [addr(rng, where=rng.choice(("partner", "webmail")))],
        "Liste des patients - transfert",
        text=_cover_fr(rng),
        attachments=[
            Attachment(
                "liste_patients.xlsx",
                make_xlsx(rows),
                "application",
                "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            )
        ],
    )


def odt_discharge(rng: random.Random, ids: Ids, n: int) -> Sample:
    p = ids.person()
    nam = fmt_nam(ids.nam(p), "spaced")
    paras = [
        "Sommaire d'hospitalisation",
        f"Usager : {p.full} - NAM {nam}",
        f"Diagnostic : {rng.choice(DIAGNOSES_FR)}",
        f"Congé le 2025-02-{rng.randint(10, 28)}",
    ]
    return Sample(
        f"fr-attachment-odt-discharge-{n}",
        True,
        ["ramq_nam"],
        "fr",
        "ODT discharge summary with NAM",
        addr(rng),
        [addr(rng, where="partner")],
        "Sommaire d'hospitalisation",
        text=_cover_fr(rng),
        attachments=[Attachment("sommaire.odt", make_odt(paras), "application", "vnd.oasis.opendocument.text")],
    )


def ods_list(rng: random.Random, ids: Ids, n: int) -> Sample:
    rows = _patient_rows(rng, ids, rng.randint(5, 10))
    return Sample(
        f"fr-attachment-ods-patient-list-{n}",
        True,
        ["ramq_nam"],
        "fr",
        "ODS list of patients with NAM",
        addr(rng),
        [addr(rng, where="partner")],
        "Liste de rappel vaccination",
        text=_cover_fr(rng),
        attachments=[Attachment("rappel.ods", make_ods(rows), "application", "vnd.oasis.opendocument.spreadsheet")],
    )


def csv_list(rng: random.Random, ids: Ids, kind: str, n: int) -> Sample:
    if kind == "mrn":
        rows: list[list[object]] = [["No de dossier", "Nom", "Rendez-vous"]]
        for _ in range(8):
            p = ids.person()
            rows.append([ids.mrn(), p.full, f"2025-03-{rng.randint(10, 28)} {rng.randint(8, 15)}:00"])
        types, note, charset = ["mrn"], "CSV appointment list with medical record numbers (dossier column)", "utf-8"
    else:
        rows = [["Last name", "First name", "Health number", "Clinic"]]
        for _ in range(8):
            p = ids.person()
            rows.append([p.last, p.first, fmt_on(ids.on_hcn()), "Ottawa Valley FHT"])
        types, note, charset = ["ca_health_number"], "CSV list with Ontario health numbers, ISO-8859-1", "iso-8859-1"
    return Sample(
        f"attachment-csv-{kind}-{n}",
        True,
        types,
        "fr" if kind == "mrn" else "en",
        note,
        addr(rng),
        [addr(rng, where="partner")],
        "Liste" if kind == "mrn" else "Patient list",
        text=_cover_fr(rng) if kind == "mrn" else _cover_en(rng),
        attachments=[
            Attachment(
                f"liste_{kind}.csv", make_csv(rows), "text", "csv", charset, "quoted-printable" if n % 2 else "base64"
            )
        ],
    )


def txt_note(rng: random.Random, ids: Ids, n: int) -> Sample:
    p = ids.person()
    text = (
        f"Note d'évolution - soins à domicile\n\n{p.honorific('fr')} {p.full}, né{'e' if p.sex == 'F' else ''} le "
        f"{date_fr(p.dob)}.\nPansement changé. Glycémie capillaire 14,2 mmol/L. {rng.choice(MEDS)[0]} poursuivi.\n"
    )
    return Sample(
        f"fr-attachment-txt-home-care-{n}",
        True,
        ["date_of_birth", "patient_name"],
        "fr",
        "Plain-text attachment, home-care note: name + birth date + lab value, UTF-16",
        addr(rng),
        [addr(rng, where="webmail")],
        "Note de suivi",
        text=_cover_fr(rng),
        attachments=[Attachment("note.txt", text.encode("utf-16"), "text", "plain")],
    )


def hl7_msg(rng: random.Random, ids: Ids, kind: str, n: int) -> Sample:
    p = ids.person()
    nam = ids.nam(p)
    ts = "20250227083000"
    pid = (
        f"PID|1||{ids.mrn()}^^^CHUQ^MR~{nam}^^^RAMQ^JHN||{_ascii_upper(p.last)}^{_ascii_upper(p.first)}||"
        f"{p.dob:%Y%m%d}|{p.sex}|||{p.street}^^{p.city}^QC^{p.postal}"
    )
    if kind == "adt":
        segs = [
            f"MSH|^~\\&|ADT|CHUQ|DSQ|RAMQ|{ts}||ADT^A01|MSG{n:05d}|P|2.5.1",
            f"EVN|A01|{ts}",
            pid,
            "PV1|1|I|6S^612^1^CHUQ||||12345^GAGNON^SOPHIE",
        ]
    else:
        rows = [lab_value(rng, i) for i in range(3)]
        segs = [
            f"MSH|^~\\&|LAB|BIOMEDIC|SIL|CHUQ|{ts}||ORU^R01|MSG{n:05d}|P|2.5.1",
            pid,
            "OBR|1||L123|24331-1^Lipid panel^LN",
        ]
        segs += [f"OBX|{i + 1}|NM|{i}^{en}||{v}|{u}|||||F" for i, (_f, en, v, u) in enumerate(rows)]
    data = ("\r".join(segs) + "\r").encode("ascii", "replace")
    return Sample(
        f"attachment-hl7-{kind}-{n}",
        True,
        ["ramq_nam"],
        "fr",
        f"HL7 v2 {kind.upper()} with PID segment (NAM in PID-3)",
        addr(rng),
        [addr(rng, where="partner")],
        f"Interface HL7 - message {kind.upper()} rejeté",
        text=_cover_fr(rng),
        attachments=[Attachment(f"message_{kind}.hl7", data, "x-application", "hl7-v2+er7")],
    )


def fhir_msg(rng: random.Random, ids: Ids, fmt: str, n: int) -> Sample:
    p = ids.person()
    nam = ids.nam(p)
    gender = "female" if p.sex == "F" else "male"
    if fmt == "json":
        lab = lab_value(rng, 2)
        bundle = {
            "resourceType": "Bundle",
            "type": "collection",
            "entry": [
                {
                    "resource": {
                        "resourceType": "Patient",
                        "id": "p1",
                        "identifier": [{"system": "https://www.ramq.gouv.qc.ca/nam", "value": nam}],
                        "name": [{"family": p.last, "given": [p.first]}],
                        "gender": gender,
                        "birthDate": p.dob.isoformat(),
                    }
                },
                {
                    "resource": {
                        "resourceType": "Observation",
                        "id": "o1",
                        "status": "final",
                        "code": {"text": lab[1]},
                        "subject": {"reference": "Patient/p1"},
                        "valueQuantity": {"value": float(lab[2]), "unit": lab[3]},
                    }
                },
            ],
        }
        data = json.dumps(bundle, indent=2, ensure_ascii=False).encode()
        att = Attachment("bundle.json", data, "application", "fhir+json")
    else:
        dx = rng.choice(DIAGNOSES_FR)
        data = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<Bundle xmlns="http://hl7.org/fhir">\n'
            ' <type value="collection"/>\n <entry><resource><Patient>\n  <id value="p1"/>\n'
            f'  <identifier><system value="https://www.ramq.gouv.qc.ca/nam"/><value value="{nam}"/></identifier>\n'
            f'  <name><family value="{p.last}"/><given value="{p.first}"/></name>\n'
            f'  <gender value="{gender}"/><birthDate value="{p.dob.isoformat()}"/>\n </Patient></resource></entry>\n'
            ' <entry><resource><Condition>\n  <id value="c1"/>\n'
            f'  <code><text value="{dx}"/></code>\n  <subject><reference value="Patient/p1"/></subject>\n'
            " </Condition></resource></entry>\n</Bundle>\n"
        ).encode()
        att = Attachment("bundle.xml", data, "application", "fhir+xml")
    return Sample(
        f"attachment-fhir-{fmt}-{n}",
        True,
        ["ramq_nam"],
        "fr",
        f"FHIR {fmt.upper()} bundle: Patient (NAM identifier) + {'Observation' if fmt == 'json' else 'Condition'}",
        addr(rng),
        [addr(rng, where="partner")],
        "Extraction FHIR pour le projet d'interopérabilité",
        text=_cover_fr(rng),
        attachments=[att],
    )


def dicom_msg(rng: random.Random, ids: Ids, kind: str, n: int) -> Sample:
    p = ids.person()
    name = f"{_ascii_upper(p.last)}^{_ascii_upper(p.first)}"
    if kind == "nam":
        data = make_dicom(name, ids.nam(p), f"{p.dob:%Y%m%d}", p.sex, "RAMQ", "CT THORAX", f"dicom-{n}")
        types, note = ["ramq_nam"], "DICOM file, PatientID is the NAM"
    else:
        data = make_dicom(name, ids.mrn(), f"{p.dob:%Y%m%d}", p.sex, "CHUQ", "IRM GENOU DROIT", f"dicom-{n}")
        types, note = ["date_of_birth", "patient_name"], "DICOM file: PatientName + PatientBirthDate (local ID)"
    return Sample(
        f"attachment-dicom-{kind}-{n}",
        True,
        types,
        "fr",
        note,
        addr(rng),
        [addr(rng, where="partner")],
        "Image pour deuxième lecture",
        text=_cover_fr(rng),
        attachments=[Attachment("IMG0001.dcm", data, "application", "dicom")],
    )


def zip_msg(rng: random.Random, ids: Ids, kind: str, n: int) -> Sample:
    p = ids.person()
    nam = fmt_nam(ids.nam(p), "spaced")
    pdf = make_pdf(
        "Rapport de radiologie",
        [
            f"Patient : {p.full}",
            f"NAM : {nam}",
            "Examen : radiographie pulmonaire",
            "Conclusion : pas de foyer de condensation.",
        ],
    )
    if kind == "zip":
        data = make_zip([("rapport.pdf", pdf), ("LISEZMOI.txt", "Documents demandés.\n".encode())])
        note = "ZIP archive containing a PDF report with NAM"
    else:
        rows = _patient_rows(rng, ids, 5)
        inner = make_zip([("liste.csv", make_csv(rows).encode()), ("rapport.pdf", pdf)])
        data = make_zip([("envoi/archive_interne.zip", inner), ("envoi/notes.txt", b"Voir archive.\n")])
        note = "ZIP nested in ZIP containing CSV and PDF with NAMs"
    return Sample(
        f"fr-attachment-{kind}-nam-{n}",
        True,
        ["ramq_nam"],
        "fr",
        note,
        addr(rng),
        [addr(rng, where="partner")],
        "Documents demandés",
        text=_cover_fr(rng),
        attachments=[Attachment("documents.zip", data, "application", "zip")],
    )


def zip_docx(rng: random.Random, ids: Ids, n: int) -> Sample:
    p = ids.person()
    nam = fmt_nam(ids.nam(p), "dashed")
    docx_data = make_docx([f"Patient : {p.full}", f"NAM : {nam}", f"Diagnostic : {rng.choice(DIAGNOSES_FR)}"])
    data = make_zip([("consultation.docx", docx_data)])
    return Sample(
        f"fr-attachment-zip-docx-nam-{n}",
        True,
        ["ramq_nam"],
        "fr",
        "ZIP containing a DOCX with NAM",
        addr(rng),
        [addr(rng, where="webmail")],
        "Lettre",
        text=_cover_fr(rng),
        attachments=[Attachment("lettre.zip", data, "application", "x-zip-compressed")],
    )


def forwarded(rng: random.Random, ids: Ids, builder: Builder, lang: str, n: int) -> Sample:
    inner_sample = lab_fr(rng, ids, 900 + n, "spaced") if lang == "fr" else referral_en(rng, ids, "on", 900 + n)
    inner = inner_message(builder, inner_sample)
    types = inner_sample.types
    cover = (
        "Bonjour,\n\nJe te transfère le message ci-dessous pour information.\n"
        if lang == "fr"
        else "FYI - see the attached message.\n"
    )
    return Sample(
        f"{lang}-forwarded-rfc822-{n}",
        True,
        types,
        lang,
        "Forwarded as an attached message/rfc822; the identifier is only inside it",
        addr(rng),
        [addr(rng, where="webmail")],
        ("TR: " if lang == "fr" else "Fwd: ") + inner_sample.subject,
        text=cover,
        attachments=[Attachment("message.eml", inner)],
    )


def positives(rng: random.Random, ids: Ids, builder: Builder) -> list[Sample]:
    out: list[Sample] = []
    for i, style in enumerate(("spaced", "dashed", "compact", "spaced", "dashed", "compact")):
        out.append(referral_fr(rng, ids, style, i, html=(i == 3)))
    for i in range(2):
        out.append(referral_en(rng, ids, "on", i))
        out.append(referral_en(rng, ids, "bc", i))
    out.append(lab_fr(rng, ids, 0, "spaced"))
    out.append(lab_fr(rng, ids, 1, "dashed", "iso-8859-1", "quoted-printable"))
    out.append(lab_fr(rng, ids, 2, "compact", "utf-8", "base64"))
    for i in range(3):
        out.append(mrn_msg(rng, ids, "fr", i))
        out.append(mrn_msg(rng, ids, "en", i))
    out.append(sin_msg(rng, ids, "fr", 0))
    out.append(sin_msg(rng, ids, "fr", 1))
    out.append(sin_msg(rng, ids, "en", 0))
    out += [niss_msg(rng, ids, i) for i in range(2)]
    out += [nir_msg(rng, ids, i) for i in range(2)]
    out += [discharge_fr(rng, ids, i) for i in range(3)]
    out += [discharge_en(rng, ids, i) for i in range(2)]
    out += [prescription(rng, ids, "fr", i) for i in range(2)] + [prescription(rng, ids, "en", 0)]
    out += [name_dob(rng, ids, "fr", i) for i in range(2)] + [name_dob(rng, ids, "en", 0)]
    out += [subject_nam(rng, ids, i) for i in range(2)]
    out += [html_lab(rng, ids, "fr", 0), html_lab(rng, ids, "en", 0)]
    out.append(short_nam(rng, ids, 0, "iso-8859-1", "quoted-printable"))
    out.append(short_nam(rng, ids, 1, "utf-16", None))
    out.append(short_nam(rng, ids, 2, "utf-8", "base64"))
    out += [pdf_lab(rng, ids, "fr", 0), pdf_lab(rng, ids, "fr", 1), pdf_lab(rng, ids, "en", 0)]
    out += [docx_referral(rng, ids, "fr", 0), docx_referral(rng, ids, "en", 0)]
    out += [xlsx_list(rng, ids, i) for i in range(2)]
    out += [odt_discharge(rng, ids, 0), ods_list(rng, ids, 0)]
    out += [csv_list(rng, ids, "mrn", 0), csv_list(rng, ids, "on", 1)]
    out.append(txt_note(rng, ids, 0))
    out += [hl7_msg(rng, ids, "adt", 0), hl7_msg(rng, ids, "oru", 1)]
    out += [fhir_msg(rng, ids, "json", 0), fhir_msg(rng, ids, "xml", 0)]
    out += [dicom_msg(rng, ids, "nam", 0), dicom_msg(rng, ids, "demographics", 1)]
    out += [zip_msg(rng, ids, "zip", 0), zip_msg(rng, ids, "nested-zip", 0), zip_docx(rng, ids, 0)]
    out += [forwarded(rng, ids, builder, "fr", 0), forwarded(rng, ids, builder, "en", 0)]
    return out


# ---------------------------------------------------------------------------
# Hard negatives: ordinary hospital mail that carries no patient data
# ---------------------------------------------------------------------------


def _staff(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST_F + FIRST_M), rng.choice(SURNAMES)


def _neg(name: str, lang: str, note: str, sender: str, to: list[str], subject: str, **kw: object) -> Sample:
    sample = Sample(name, False, [], lang, note, sender, to, subject)
    for key, value in kw.items():
        setattr(sample, key, value)
    return sample


def _ics(summary: str, start: str, location: str, uid: str) -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Sentinelle corpus//FR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:20250301T120000Z\r\nDTSTART:{start}\r\nDURATION:PT1H\r\nSUMMARY:{summary}\r\n"
        f"LOCATION:{location}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def meeting(rng: random.Random, lang: str, n: int) -> Sample:
    organizer = _staff(rng)
    room = rng.choice(("salle 2-114", "salle Hubert-Reeves", "Teams", "local A-0320"))
    when = f"2025{rng.randint(3, 5):02d}{rng.randint(1, 28):02d}T{rng.randint(13, 20):02d}0000Z"
    if lang == "fr":
        topic = rng.choice(
            (
                "Comité de gestion des lits",
                "Comité qualité et sécurité des soins",
                "Rencontre d'équipe - soins infirmiers 6e Sud",
                "Comité des usagers - préparation AGA",
            )
        )
        body = (
            f"Bonjour à tous,\n\nVous êtes convoqués à la rencontre « {topic} » en {room}.\n\nOrdre du jour :\n"
            "1. Adoption du compte rendu\n2. Suivi des indicateurs (taux d'occupation, durée de séjour)\n"
            "3. Plan de contingence pour la période estivale\n4. Varia\n\n"
            "Merci de confirmer votre présence.\n"
        ) + plain_sig(rng, organizer, "Adjointe à la direction")
    else:
        topic = rng.choice(
            (
                "Quality and patient safety committee",
                "Bed management huddle",
                "IT steering committee",
                "Research day planning",
            )
        )
        body = (
            f"Hello everyone,\n\nYou are invited to the {topic} in {room}.\n\nAgenda:\n1. Minutes\n"
            "2. Indicators (occupancy, length of stay, readmissions)\n3. Summer staffing plan\n\nPlease RSVP.\n"
        )
    atts = (
        [Attachment("invitation.ics", _ics(topic, when, room, f"corpus-{n}@{INTERNAL}"), "text", "calendar")]
        if n % 2 == 0
        else []
    )
    return _neg(
        f"{lang}-meeting-invitation-{n}",
        lang,
        "Meeting invitation with agenda (and .ics)",
        addr(rng, organizer),
        [addr(rng), addr(rng), addr(rng, where="partner")],
        topic,
        text=body,
        attachments=atts,
    )


def newsletter(rng: random.Random, lang: str, n: int) -> Sample:
    worker = (rng.choice(FIRST_F), rng.choice(SURNAMES))
    if lang == "fr":
        html = (
            "<html><body><h1>L'Écho du CIUSSS - édition de mars</h1>"
            "<h2>Semaine nationale de la sécurité des patients</h2>"
            "<p>Du 27 au 31 octobre, plusieurs kiosques rappelleront l'importance de la double identification "
            "des usagers avant chaque soin. Chaque patient a droit à des soins sécuritaires !</p>"
            f"<h2>Félicitations</h2><p>Bravo à Mme {worker[0]} {worker[1]}, préposée aux bénéficiaires à l'unité "
            f"de gériatrie, qui célèbre {rng.randint(20, 35)} ans de service.</p>"
            "<h2>Stationnement</h2><p>Les travaux du stationnement P3 débuteront le 14 avril. Renseignements : "
            "418 555-0100, poste 4400.</p>"
            "<p>Pour vous désabonner, écrivez à communications@ssss.gouv.qc.ca.</p></body></html>"
        )
        subject = "L'Écho du CIUSSS - mars"
    else:
        html = (
            "<html><body><h1>Hospital Foundation Newsletter</h1><p>Thanks to your generosity, the foundation raised "
            "$1.2 million for the new MRI suite. Our annual golf tournament takes place June 12.</p>"
            f"<p>Meet our volunteer of the month, Mr. {worker[0]} {worker[1]}, who has welcomed visitors at the "
            "main entrance for 12 years.</p><p>Unsubscribe at any time.</p></body></html>"
        )
        subject = "Foundation newsletter - spring edition"
    return _neg(
        f"{lang}-newsletter-{n}",
        lang,
        "HTML newsletter with staff/volunteer names, no patient",
        f"Communications <communications@{INTERNAL}>",
        [f"Tout le personnel <personnel@{INTERNAL}>"],
        subject,
        html=html,
    )


HR_FR = (
    (
        "Calendrier des vacances estivales",
        "Bonjour,\n\nLe calendrier des vacances estivales est affiché au poste. Veuillez inscrire vos choix avant le "
        "15 avril selon l'ancienneté. Les demandes de report doivent être approuvées par la gestionnaire.\n",
    ),
    (
        "Erreur sur le relevé de paie",
        "Bonjour,\n\nUne erreur de calcul des primes de soir a touché la paie du 6 mars. Un ajustement sera versé "
        "sur la paie du 20 mars. Pour toute question : service de la paie, poste 5120.\n",
    ),
    (
        "Inscription - formation RCR",
        "Bonjour,\n\nLa formation RCR niveau C aura lieu le 9 avril de 8 h à 12 h au local B-210. Maximum 12 "
        "participants. Inscrivez-vous dans l'intranet, section Formation.\n",
    ),
    (
        "Renouvellement de la carte d'identité",
        "Bonjour,\n\nVotre carte d'identité d'employé expire le 31 mars. Présentez-vous au service de la sécurité "
        "(pavillon C, porte 2) du lundi au vendredi entre 9 h et 15 h.\n",
    ),
    (
        "Affichage de poste - infirmière clinicienne",
        "Bonjour,\n\nUn poste d'infirmière clinicienne à temps complet est affiché à l'unité de soins intensifs "
        "(affichage 2025-0341). Date limite : 28 mars. Exigences : baccalauréat, 2 ans d'expérience.\n",
    ),
    (
        "Fête de départ à la retraite",
        "Bonjour,\n\nNous soulignerons le départ à la retraite de notre collègue Mme Diane Caron le vendredi 4 avril "
        "à 15 h à la cafétéria. Contribution volontaire pour le cadeau : voir Lise au secrétariat.\n",
    ),
    (
        "Politique de télétravail - mise à jour",
        "Bonjour,\n\nLa politique de télétravail a été mise à jour. Les employés admissibles peuvent faire jusqu'à "
        "2 jours par semaine de télétravail. Le formulaire d'entente est disponible dans l'intranet.\n",
    ),
)
HR_EN = (
    (
        "Benefits enrolment reminder",
        "Hello,\n\nThe group insurance enrolment period closes on March 31. Please review your dental and vision "
        "coverage in the employee portal. Questions: benefits office, ext. 5130.\n",
    ),
    (
        "Annual flu vaccination clinic for staff",
        "Hello,\n\nThe staff flu clinic will be held in the main lobby every Tuesday in October from 10 a.m. to 2 p.m. "
        "Bring your employee badge.\n",
    ),
)


def hr_admin(rng: random.Random, lang: str, n: int) -> Sample:
    subject, body = (HR_FR if lang == "fr" else HR_EN)[n]
    sender = _staff(rng)
    return _neg(
        f"{lang}-hr-admin-{n}",
        lang,
        "HR / administrative mail",
        addr(rng, sender),
        [addr(rng), addr(rng, where="webmail")],
        subject,
        text=body + plain_sig(rng, sender, "Direction des ressources humaines"),
    )


def shortage(rng: random.Random, lang: str, n: int) -> Sample:
    med = MEDS[n % len(MEDS)]
    alt = MEDS[(n + 3) % len(MEDS)]
    if lang == "fr":
        body = (
            f"Bonjour,\n\nAVIS DE RUPTURE D'APPROVISIONNEMENT\n\nProduit : {med[0]} (toutes teneurs)\n"
            f"Durée prévue : 6 à 8 semaines\n\nMesures : réserver le {med[0]} aux indications sans alternative. "
            f"Alternative suggérée : {alt[0]}, selon l'avis du pharmacien. Les ordonnances en cours ne sont pas "
            "touchées jusqu'à épuisement des stocks d'étage.\n\nDépartement de pharmacie\n"
        )
        subject = f"Rupture d'approvisionnement - {med[0]}"
    else:
        body = (
            f"Hello,\n\nDRUG SHORTAGE NOTICE\n\nProduct: {med[1]} (all strengths)\nExpected duration: 6-8 weeks"
            f"\n\nPlease reserve {med[1]} for indications without alternatives; consider {alt[1]} after "
            "discussion with pharmacy.\n\nPharmacy department\n"
        )
        subject = f"Drug shortage - {med[1]}"
    return _neg(
        f"{lang}-drug-shortage-{n}",
        lang,
        "Drug shortage notice: medication names without any patient",
        f"Pharmacie <pharmacie@{INTERNAL}>",
        [f"Prescripteurs <prescripteurs@{INTERNAL}>", addr(rng, where="partner")],
        subject,
        text=body,
    )


def conference(rng: random.Random, lang: str, n: int, pdf: bool) -> Sample:
    talks = []
    for i in range(4):
        d = DOCTORS[(n * 3 + i) % len(DOCTORS)]
        if lang == "fr":
            talks.append(
                f"{9 + i} h 00  {d[0]} {d[2]} {d[3]}, {d[4]} - {DIAGNOSES_FR[(n + i) % len(DIAGNOSES_FR)]} : "
                "nouveautés et lignes directrices 2025"
            )
        else:
            talks.append(
                f"{9 + i}:00  {d[1]} {d[2]} {d[3]}, {d[5]} - {DIAGNOSES_EN[(n + i) % len(DIAGNOSES_EN)]}: "
                "what's new in 2025"
            )
    title = "Journée scientifique annuelle - programme" if lang == "fr" else "Annual research day - program"
    intro = (
        "Bonjour,\n\nVoici le programme de la journée scientifique du 16 mai (amphithéâtre, pavillon A). "
        "Inscription gratuite, 6 heures de crédits de formation.\n\n"
        if lang == "fr"
        else "Hello,\n\nHere is the program of the May 16 research day (main auditorium). Free registration, "
        "6 CME credits.\n\n"
    )
    body = intro + ("Voir le programme ci-joint.\n" if pdf else "\n".join(talks) + "\n")
    atts = [Attachment("programme.pdf", make_pdf(title, talks), "application", "pdf")] if pdf else []
    return _neg(
        f"{lang}-conference-program-{n}",
        lang,
        "Conference program: physician names next to disease names (speakers, not patients)"
        + (", in a PDF" if pdf else ""),
        f"Enseignement <enseignement@{INTERNAL}>",
        [addr(rng, where="partner"), addr(rng)],
        title,
        text=body,
        attachments=atts,
    )


def stats(rng: random.Random, lang: str, n: int) -> Sample:
    if lang == "fr":
        body = (
            f"Bonjour,\n\nBilan du mois de février pour la clinique de diabète :\n\n"
            f"- {rng.randint(8, 30)} patients diabétiques nouvellement inscrits ce mois-ci\n"
            f"- HbA1c médiane : {rng.uniform(6.8, 8.2):.1f} %\n- {rng.randint(2, 9)} hospitalisations pour "
            "hypoglycémie\n- Taux d'occupation de l'unité : 104 %\n- Durée moyenne de séjour : "
            f"{rng.uniform(5, 9):.1f} jours\n\nLes données nominatives restent dans le dossier clinique "
            "informatisé.\n"
        )
        subject = "Indicateurs de février - clinique de diabète"
    else:
        body = (
            f"Hi team,\n\nMonthly ED dashboard: {rng.randint(3000, 4500)} visits, median wait "
            f"{rng.randint(90, 260)} minutes, {rng.randint(12, 40)} patients left without being seen, "
            f"{rng.randint(100, 300)} admissions. Sepsis bundle compliance 87 %.\n"
        )
        subject = "ED dashboard - February"
    return _neg(
        f"{lang}-aggregate-statistics-{n}",
        lang,
        "Aggregate statistics about patients, no individual",
        addr(rng),
        [addr(rng), addr(rng, where="partner")],
        subject,
        text=body,
    )


def anonymous_case(rng: random.Random, lang: str, n: int) -> Sample:
    age = rng.randint(25, 88)
    lab = lab_value(rng, n)
    if lang == "fr":
        dx = DIAGNOSES_FR[n % len(DIAGNOSES_FR)]
        body = (
            f"Bonjour,\n\nPour le club de lecture de jeudi : une patiente de {age} ans se présente à l'urgence "
            f"pour dyspnée et douleur thoracique. {lab[0]} à {lab[2]} {lab[3]}. Le diagnostic retenu est "
            f"{dx}. Quelle aurait été votre conduite ? Article de référence en pièce jointe sur l'intranet.\n\n"
            "Bonne lecture !\n"
        )
        subject = "Club de lecture - cas clinique"
    else:
        dx = DIAGNOSES_EN[n % len(DIAGNOSES_EN)]
        body = (
            f"Hi all,\n\nCase for Thursday's morning report: a {age}-year-old man presents with fever and "
            f"confusion. {lab[1]} {lab[2]} {lab[3]}. Final diagnosis: {dx}. Come prepared to discuss the "
            "differential.\n"
        )
        subject = "Morning report case"
    return _neg(
        f"{lang}-anonymous-case-report-{n}",
        lang,
        "Anonymous teaching case: age, findings, diagnosis, no name or identifier",
        addr(rng),
        [f"Résidents <residents@{INTERNAL}>", addr(rng, where="webmail")],
        subject,
        text=body,
    )


GENERIC_FR = (
    (
        "Rappel - bracelet d'identification",
        "Bonjour,\n\nRappel : tout patient admis doit porter son bracelet d'identification. Vérifiez deux "
        "identifiants (nom et date de naissance) avant chaque administration de médicament, prélèvement ou "
        "transfusion. Les patients refusant le bracelet doivent être signalés à l'assistante infirmière-chef.\n",
    ),
    (
        "Heures de visite modifiées",
        "Bonjour,\n\nÀ compter du 1er avril, les heures de visite aux soins intensifs seront de 11 h à 20 h. Deux "
        "visiteurs par patient à la fois. Merci d'informer les familles.\n",
    ),
    (
        "Comité des usagers - recrutement",
        "Bonjour,\n\nLe comité des usagers recrute des patients partenaires pour le projet d'amélioration de "
        "l'accueil à l'urgence. Les personnes intéressées peuvent appeler au 418 555-0177.\n",
    ),
)
GENERIC_EN = (
    (
        "Patient experience survey results",
        "Hello,\n\nThe patient experience survey results are in: 89% of patients rated their stay as good or "
        "excellent. Patients mentioned noise at night as the main irritant.\n",
    ),
    (
        "Falls prevention reminder",
        "Hello,\n\nReminder: assess every patient's fall risk on admission and after any change in condition. "
        "Bed alarms are available from central supply.\n",
    ),
)


def generic(rng: random.Random, lang: str, n: int) -> Sample:
    subject, body = (GENERIC_FR if lang == "fr" else GENERIC_EN)[n]
    return _neg(
        f"{lang}-generic-patient-words-{n}",
        lang,
        "Generic use of 'patient(s)', no individual",
        addr(rng),
        [addr(rng), addr(rng, where="partner")],
        subject,
        text=body + signature_fr(rng),
    )


def invoice(rng: random.Random, ids: Ids, lang: str, n: int) -> Sample:
    vendor = rng.choice(
        ("Fournitures médicales Laurentides inc.", "Distribution Santé Québec ltée", "Orthèses Modernes inc.")
    )
    order = ids.seven_digits()
    amount = rng.randint(300, 40000) + rng.randint(0, 99) / 100
    bn = ids.sin()  # a CRA business number uses the same Luhn rule as a SIN: a realistic look-alike
    if lang == "fr":
        body = (
            f"Bonjour,\n\nCi-dessous notre facture no F-2025-{rng.randint(1000, 9999)} pour la commande no {order}"
            f" livrée le {rng.randint(1, 28)} février.\n\nMontant : {amount:,.2f} $\nTPS : {bn} RT0001\n"
            f"TVQ : {rng.randint(1000000000, 1299999999)} TQ0001\n\nPaiement net 30 jours.\n{vendor}\n"
            f"1500, rue Industrielle, Laval (Québec) H7L 4S3\n450 555-{rng.randint(1000, 9999)}\n"
        )
        subject = f"Facture - commande {order}"
    else:
        body = (
            f"Hello,\n\nPlease find below invoice INV-{rng.randint(10000, 99999)} for purchase order {order}.\n"
            f"Total: ${amount:,.2f} (GST/HST No. {bn} RT0001)\nTerms: net 30.\n\n{vendor}\n"
        )
        subject = f"Invoice for PO {order}"
    atts = []
    if n % 2 == 0:
        lines = [
            f"Commande : {order}",
            "Gants nitrile M (boîte 100) x 40",
            "Blouses isolation x 200",
            f"Total : {amount:,.2f} $",
        ]
        atts.append(Attachment("facture.pdf", make_pdf("FACTURE", lines), "application", "pdf"))
    return _neg(
        f"{lang}-invoice-order-{n}",
        lang,
        "Supplier invoice: order number, GST/QST business numbers (Luhn-valid like a SIN), phones",
        f"Comptes recevables <ar@{rng.choice(('fmlaurentides.ca', 'dsq-ltee.ca'))}>",
        [f"Comptes fournisseurs <cpa@{INTERNAL}>"],
        subject,
        text=body,
        attachments=atts,
    )


def signature_only(rng: random.Random, lang: str, n: int) -> Sample:
    d = DOCTORS[n % len(DOCTORS)]
    clinic = PARTNERS[n % 7]
    if lang == "fr":
        body = (
            rng.choice(
                (
                    "Merci, c'est noté.\n",
                    "Parfait pour mardi 14 h.\n",
                    "Je serai absente vendredi; ma collègue prendra le relais.\n",
                )
            )
            + f"\n{d[0]} {d[2]} {d[3]}\n{d[4].capitalize()}\n{clinic[0]}\n{clinic[3]}\nTél. : {clinic[2]}"
            f"\nTéléc. : {clinic[2][:-4]}{rng.randint(1000, 9999)}\n"
        )
    else:
        body = (
            rng.choice(("Thanks, noted.\n", "Works for me.\n"))
            + f"\n{d[1]} {d[2]} {d[3]}, MD FRCPC\n{d[5].capitalize()}\n{clinic[0]}\n{clinic[3]}\nT {clinic[2]}\n"
        )
    return _neg(
        f"{lang}-reply-with-physician-signature-{n}",
        lang,
        "Short reply, physician signature with clinic address, phone, postal code",
        addr(rng, (d[2], d[3]), where="partner"),
        [addr(rng)],
        "RE: " + rng.choice(("Horaire", "Disponibilités", "Garde de fin de semaine", "Réunion")),
        text=body,
    )


def bad_sin(rng: random.Random, ids: Ids, lang: str, n: int) -> Sample:
    number = fmt_sin(ids.bad_sin())
    if lang == "fr":
        text = rng.choice(
            (
                f"Bonjour,\n\nVotre inscription au colloque est confirmée. Numéro de confirmation : {number}.\n"
                "Conservez ce numéro pour toute modification.\n",
                f"Bonjour,\n\nLe colis a été expédié. Numéro de suivi : {number}. Livraison prévue jeudi.\n",
                "Bonjour,\n\nPour remplir le formulaire d'embauche, inscrivez votre NAS au format indiqué, par exemple "
                "123 456 789. N'envoyez jamais votre NAS par courriel.\n",
            )
        )
        subject = "Confirmation"
    else:
        text = f"Hello,\n\nYour booking reference is {number}. Please quote it when contacting the travel desk.\n"
        subject = "Booking reference"
    return _neg(
        f"{lang}-sin-lookalike-bad-checksum-{n}",
        lang,
        "9-digit number formatted like a SIN that fails the Luhn check",
        addr(rng, where="partner"),
        [addr(rng)],
        subject,
        text=text,
    )


def bad_nam(rng: random.Random, ids: Ids, n: int) -> Sample:
    p = ids.person()
    variants = (
        (
            "Formation - saisie du NAM",
            "Bonjour,\n\nRappel pour la formation des agentes d'admission : le NAM se compose de 4 lettres et de 8 "
            "chiffres, par exemple ABCD 1234 5678. Les lettres viennent du nom et du prénom; les chiffres "
            "contiennent l'année, le mois (+50 pour les femmes) et le jour de naissance.\n",
        ),
        (
            "Environnement de test - NAM refusé",
            f"Bonjour,\n\nDans l'environnement d'essai, le NAM fictif {fmt_nam(ids.bad_nam(p), 'spaced')} est refusé "
            "(clé de contrôle invalide). Pouvez-vous nous fournir un jeu de données d'essai valide ?\n\nÉquipe "
            "d'intégration\n",
        ),
        (
            "Gabarit de formulaire",
            "Bonjour,\n\nLe gabarit du formulaire AH-223 doit afficher le champ NAM ainsi : XXXX 0000 0000. "
            "Merci de corriger avant l'impression.\n",
        ),
        (
            "Code de lot vaccin",
            "Bonjour,\n\nLe lot reçu hier porte le code VACC 2513 4480 (date d'expiration 2026-09). Inscrire le code "
            "au registre de la chaîne de froid.\n",
        ),
    )
    subject, text = variants[n]
    return _neg(
        f"fr-nam-lookalike-invalid-{n}",
        "fr",
        "NAM-shaped text that fails validation (checksum or date)",
        addr(rng),
        [addr(rng, where="partner")],
        subject,
        text=text,
    )


def impossible_dates(rng: random.Random, ids: Ids, n: int) -> Sample:
    variants = (
        (
            "Numéros de série des pompes",
            "Bonjour,\n\nVoici les numéros de série des pompes volumétriques à retourner au fournisseur :\n"
            "SN 1987-13-45, SN 2021-00-32, SN 1999-02-30.\nMerci d'emballer les appareils avec leurs câbles.\n",
        ),
        (
            "Version logicielle",
            "Bonjour,\n\nLa mise à jour 31.02.1999 du logiciel de laboratoire sera installée dimanche de 2 h à 4 h. "
            "Le système sera indisponible.\n",
        ),
        (
            "Codes d'inventaire",
            "Bonjour,\n\nCodes d'inventaire à vérifier : GRAN 7713 4109, PHAR 9945 0012, LITS 0099 3300.\n",
        ),
    )
    subject, text = variants[n]
    return _neg(
        f"fr-impossible-dates-{n}",
        "fr",
        "Date-like and NAM-like codes with impossible dates",
        addr(rng),
        [addr(rng, where="partner")],
        subject,
        text=text,
    )


def directory(rng: random.Random, lang: str, n: int) -> Sample:
    lines = []
    for _ in range(8):
        s = _staff(rng)
        city, postal = rng.choice(CITIES)
        lines.append(
            f"{s[0]} {s[1]:<12} poste {rng.randint(2000, 6999)}  cell. {rng.choice(('418', '581', '514'))} "
            f"555-{rng.randint(1000, 9999)}  {city} {postal}"
        )
    head = (
        "Bonjour,\n\nVoici la liste de garde et des coordonnées de l'équipe de soutien à domicile :\n\n"
        if lang == "fr"
        else "Hello,\n\nUpdated on-call contact list for the home care team:\n\n"
    )
    return _neg(
        f"{lang}-staff-directory-{n}",
        lang,
        "Staff phone list with postal codes, no patients",
        addr(rng),
        [addr(rng), addr(rng, where="webmail")],
        "Liste de garde" if lang == "fr" else "On-call list",
        text=head + "\n".join(lines) + "\n",
    )


def out_of_office(rng: random.Random, lang: str, n: int) -> Sample:
    s = _staff(rng)
    text = (
        f"Je suis absente du bureau jusqu'au {rng.randint(10, 28)} mars. Pour une urgence, communiquez avec "
        f"le poste de garde au 418 555-0190. Pour les demandes de dossiers, écrivez à archives@{INTERNAL}.\n"
        if lang == "fr"
        else f"I am out of the office until March {rng.randint(10, 28)}. For urgent matters please call 514 555-0190.\n"
    )
    return _neg(
        f"{lang}-out-of-office-{n}",
        lang,
        "Automatic out-of-office reply",
        addr(rng, s),
        [addr(rng, where="partner")],
        ("Réponse automatique : " if lang == "fr" else "Automatic reply: ") + "Rendez-vous",
        text=text,
        extra_headers=[("Auto-Submitted", "auto-replied")],
    )


def it_notice(rng: random.Random, ids: Ids, lang: str, n: int) -> Sample:
    ticket = ids.seven_digits()
    if lang == "fr":
        text = rng.choice(
            (
                f"Bonjour,\n\nVotre demande a été enregistrée sous le billet no {ticket}. Un technicien communiquera "
                "avec vous dans les 2 jours ouvrables.\n\nCentre de services TI - poste 4357\n",
                "Bonjour,\n\nEntretien planifié du réseau sans fil samedi de 22 h à 2 h. Les postes de travail sur "
                "roues pourraient perdre la connexion. Billet de changement : CHG" + ticket + ".\n",
                "Bonjour,\n\nVotre mot de passe expire dans 5 jours. Changez-le depuis le portail libre-service. "
                "Ne communiquez jamais votre mot de passe par courriel.\n",
            )
        )
        subject = f"Billet {ticket}" if "billet no" in text else "Avis TI"
    else:
        text = (
            f"Hello,\n\nIncident INC{ticket} has been resolved: the printer on 4 North was replaced. Reply to reopen.\n"
        )
        subject = f"Incident INC{ticket} resolved"
    return _neg(
        f"{lang}-it-notice-{n}",
        lang,
        "IT service desk notice with ticket numbers",
        f"TI <ti@{INTERNAL}>",
        [addr(rng), addr(rng, where="webmail")],
        subject,
        text=text,
    )


def ethics(rng: random.Random, lang: str, n: int) -> Sample:
    num = f"MP-{rng.randint(10, 30)}-2025-{rng.randint(1000, 9999)}"
    text = (
        f"Bonjour,\n\nLe comité d'éthique de la recherche a approuvé le projet {num} « Étude pragmatique sur "
        "la déprescription des benzodiazépines chez les personnes âgées ». Recrutement prévu : 240 participants. "
        "Le formulaire de consentement version 3 du 12 février est approuvé.\n"
        if lang == "fr"
        else f"Hello,\n\nThe REB approved protocol {num} (multicentre trial of early mobilization after hip fracture)."
        " Target enrolment: 180 participants across 4 sites.\n"
    )
    return _neg(
        f"{lang}-research-ethics-approval-{n}",
        lang,
        "Research ethics approval, participant counts",
        f"CER <cer@{INTERNAL}>",
        [addr(rng, where="partner")],
        f"Approbation - {num}",
        text=text,
    )


def personal(rng: random.Random, lang: str, n: int) -> Sample:
    text = (
        "Salut,\n\nOn se rejoint au covoiturage à 7 h 15 au stationnement du IGA ? Je peux conduire lundi et "
        "mardi. Mon cell : 581 555-0123.\n"
        if lang == "fr"
        else "Hi,\n\nAttached is the potluck sign-up sheet for Friday. I'm bringing a lasagna.\n"
    )
    return _neg(
        f"{lang}-personal-mail-{n}",
        lang,
        "Personal mail from staff to webmail",
        addr(rng),
        [addr(rng, where="webmail")],
        "Covoiturage" if lang == "fr" else "Potluck Friday",
        text=text,
    )


def grand_rounds(rng: random.Random, lang: str, n: int) -> Sample:
    d = DOCTORS[(n + 2) % len(DOCTORS)]
    text = (
        f"Bonjour,\n\nLa visite médicale de mercredi sera présentée par {d[0]} {d[2]} {d[3]}, {d[4]} : « "
        f"{DIAGNOSES_FR[(n + 5) % len(DIAGNOSES_FR)]} : prise en charge en 2025 ». Dîner servi dès 11 h 45.\n"
        if lang == "fr"
        else f"Hello,\n\nThis week's grand rounds: {d[1]} {d[2]} {d[3]} on {DIAGNOSES_EN[(n + 5) % len(DIAGNOSES_EN)]}"
        " and the role of SGLT2 inhibitors. Lunch provided.\n"
    )
    return _neg(
        f"{lang}-grand-rounds-{n}",
        lang,
        "Grand rounds: physician name + disease (speaker, not patient)",
        f"Enseignement <enseignement@{INTERNAL}>",
        [f"Médecins <medecins@{INTERNAL}>", addr(rng, where="partner")],
        "Visite médicale de mercredi" if lang == "fr" else "Grand rounds",
        text=text,
    )


def neg_attachments(rng: random.Random, ids: Ids, builder: Builder) -> list[Sample]:
    out: list[Sample] = []
    minutes = [
        "Compte rendu - comité de direction clinique",
        "Présents : directrice des soins infirmiers, DSP, chef de l'urgence.",
        "1. Taux d'occupation à 104 % : plan de délestage activé.",
        "2. Pénurie d'amoxicilline : voir avis de la pharmacie.",
        "3. Prochaine rencontre : 2 avril.",
    ]
    out.append(
        _neg(
            "fr-attachment-docx-minutes-0",
            "fr",
            "DOCX meeting minutes, no patient",
            addr(rng),
            [addr(rng, where="partner")],
            "Compte rendu",
            text=_cover_fr(rng),
            attachments=[
                Attachment(
                    "compte_rendu.docx",
                    make_docx(minutes),
                    "application",
                    "vnd.openxmlformats-officedocument.wordprocessingml.document",
                )
            ],
        )
    )
    proc = [
        "Procédure - nettoyage des pompes volumétriques",
        "1. Débrancher l'appareil.",
        "2. Nettoyer avec lingette désinfectante.",
        "3. Consigner dans le registre d'entretien.",
    ]
    out.append(
        _neg(
            "en-attachment-docx-procedure-0",
            "en",
            "DOCX procedure document",
            addr(rng),
            [addr(rng, where="partner")],
            "Cleaning procedure",
            text=_cover_en(rng),
            attachments=[
                Attachment(
                    "procedure.docx",
                    make_docx(proc),
                    "application",
                    "vnd.openxmlformats-officedocument.wordprocessingml.document",
                )
            ],
        )
    )
    budget: list[list[object]] = [["Centre d'activité", "Budget 2025", "Réel T3", "Écart"]]
    for unit in ("Urgence", "Bloc opératoire", "Pharmacie", "Laboratoire", "Imagerie"):
        b = rng.randint(2_000_000, 9_000_000)
        r = b + rng.randint(-300_000, 300_000)
        budget.append([unit, b, r, r - b])
    out.append(
        _neg(
            "fr-attachment-xlsx-budget-0",
            "fr",
            "XLSX budget table (large numbers)",
            addr(rng),
            [addr(rng, where="partner")],
            "Suivi budgétaire T3",
            text=_cover_fr(rng),
            attachments=[
                Attachment(
                    "budget.xlsx",
                    make_xlsx(budget),
                    "application",
                    "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                )
            ],
        )
    )
    inventory: list[list[object]] = [["Code", "Article", "Quantité", "Commande"]]
    for item in ("Gants nitrile M", "Seringues 10 mL", "Cathéters IV 20G", "Pansements 10x10", "Masques N95"):
        inventory.append([ids.seven_digits(), item, rng.randint(10, 900), ids.seven_digits()])
    out.append(
        _neg(
            "fr-attachment-xlsx-inventory-0",
            "fr",
            "XLSX inventory with 7-digit item codes",
            addr(rng),
            [f"Commandes <commandes@{PARTNERS[4][1]}>"],
            "Commande hebdomadaire",
            text=_cover_fr(rng),
            attachments=[
                Attachment(
                    "inventaire.xlsx",
                    make_xlsx(inventory),
                    "application",
                    "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                )
            ],
        )
    )
    out.append(
        _neg(
            "fr-attachment-csv-inventory-0",
            "fr",
            "CSV inventory with 7-digit codes",
            addr(rng),
            [f"Commandes <commandes@{PARTNERS[4][1]}>"],
            "Inventaire CSV",
            text=_cover_fr(rng),
            attachments=[Attachment("inventaire.csv", make_csv(inventory), "text", "csv")],
        )
    )
    shifts: list[list[object]] = [["Employé", "Lundi", "Mardi", "Mercredi"]]
    for _ in range(6):
        s = _staff(rng)
        shifts.append(
            [
                f"{s[0]} {s[1]}",
                rng.choice(("J", "S", "N", "-")),
                rng.choice(("J", "S", "N", "-")),
                rng.choice(("J", "S", "N", "-")),
            ]
        )
    out.append(
        _neg(
            "fr-attachment-ods-staff-schedule-0",
            "fr",
            "ODS staff schedule (employee names, shifts)",
            addr(rng),
            [addr(rng, where="webmail")],
            "Horaire de la semaine",
            text=_cover_fr(rng),
            attachments=[
                Attachment("horaire.ods", make_ods(shifts), "application", "vnd.oasis.opendocument.spreadsheet")
            ],
        )
    )
    out.append(
        _neg(
            "en-attachment-csv-staff-schedule-0",
            "en",
            "CSV staff schedule",
            addr(rng),
            [addr(rng, where="partner")],
            "Schedule",
            text=_cover_en(rng),
            attachments=[Attachment("schedule.csv", make_csv(shifts, ","), "text", "csv")],
        )
    )
    out.append(
        _neg(
            "fr-attachment-odt-procedure-0",
            "fr",
            "ODT procedure",
            addr(rng),
            [addr(rng, where="partner")],
            "Procédure révisée",
            text=_cover_fr(rng),
            attachments=[
                Attachment(
                    "procedure.odt",
                    make_odt(
                        [
                            proc[0],
                            "Cette procédure s'applique à tous les patients hospitalisés.",
                            "Responsable : chef de service du génie biomédical.",
                        ]
                    ),
                    "application",
                    "vnd.oasis.opendocument.text",
                )
            ],
        )
    )
    policy_lines = [
        "Politique de protection des renseignements personnels",
        "Les renseignements de santé des usagers sont confidentiels (LRSSS, art. 19).",
        "Tout envoi externe doit être chiffré.",
        "Responsable : Direction de la qualité.",
        "Pour signaler un incident : 418 555-0199.",
    ]
    out.append(
        _neg(
            "fr-attachment-pdf-policy-0",
            "fr",
            "PDF policy about confidentiality (no data)",
            addr(rng),
            [addr(rng, where="partner")],
            "Politique PRP",
            text=_cover_fr(rng),
            attachments=[Attachment("politique.pdf", make_pdf("Politique", policy_lines), "application", "pdf")],
        )
    )
    out.append(
        _neg(
            "en-attachment-pdf-newsletter-0",
            "en",
            "PDF newsletter",
            addr(rng),
            [addr(rng, where="webmail")],
            "Newsletter",
            text=_cover_en(rng),
            attachments=[
                Attachment(
                    "newsletter.pdf",
                    make_pdf(
                        "Foundation news",
                        [
                            "Golf tournament June 12.",
                            "New MRI suite opens in September.",
                            "Volunteer of the month: see page 2.",
                        ],
                    ),
                    "application",
                    "pdf",
                )
            ],
        )
    )
    zipped = make_zip(
        [
            ("politique.pdf", make_pdf("Politique", policy_lines)),
            ("procedure.docx", make_docx(proc)),
            ("inventaire.csv", make_csv(inventory).encode()),
        ]
    )
    out.append(
        _neg(
            "fr-attachment-zip-documents-0",
            "fr",
            "ZIP of policy, procedure and inventory",
            addr(rng),
            [addr(rng, where="partner")],
            "Documents de l'agrément",
            text=_cover_fr(rng),
            attachments=[Attachment("agrement.zip", zipped, "application", "zip")],
        )
    )
    nested = make_zip([("archives/2024.zip", make_zip([("budget.csv", make_csv(budget).encode())]))])
    out.append(
        _neg(
            "fr-attachment-nested-zip-budget-0",
            "fr",
            "ZIP nested in ZIP with budget CSV",
            addr(rng),
            [addr(rng, where="partner")],
            "Archives budgétaires",
            text=_cover_fr(rng),
            attachments=[Attachment("archives.zip", nested, "application", "zip")],
        )
    )
    cap = {
        "resourceType": "CapabilityStatement",
        "status": "active",
        "date": "2025-02-01",
        "kind": "instance",
        "fhirVersion": "4.0.1",
        "format": ["json", "xml"],
        "rest": [
            {
                "mode": "server",
                "resource": [
                    {"type": "Patient", "interaction": [{"code": "read"}]},
                    {"type": "Observation", "interaction": [{"code": "search-type"}]},
                ],
            }
        ],
    }
    out.append(
        _neg(
            "en-attachment-fhir-capability-0",
            "en",
            "FHIR JSON CapabilityStatement (no patient data)",
            addr(rng),
            [addr(rng, where="partner")],
            "FHIR server capabilities",
            text=_cover_en(rng),
            attachments=[Attachment("capability.json", json.dumps(cap, indent=2).encode(), "application", "fhir+json")],
        )
    )
    hl7_ack = "MSH|^~\\&|SIL|CHUQ|LAB|BIOMEDIC|20250227083500||ACK^R01|ACK00017|P|2.5.1\rMSA|AA|MSG00017\r"
    out.append(
        _neg(
            "fr-attachment-hl7-ack-0",
            "fr",
            "HL7 v2 ACK message (no PID)",
            addr(rng),
            [addr(rng, where="partner")],
            "Accusé de réception HL7",
            text=_cover_fr(rng),
            attachments=[Attachment("ack.hl7", hl7_ack.encode(), "x-application", "hl7-v2+er7")],
        )
    )
    phantom = make_dicom("FANTOME^CQ", "QA-PHANTOM-01", "", "O", "GBM", "CONTROLE QUALITE TDM", "phantom")
    out.append(
        _neg(
            "fr-attachment-dicom-qa-phantom-0",
            "fr",
            "DICOM of a quality-control phantom (no patient)",
            addr(rng),
            [f"Service technique <support@{PARTNERS[4][1]}>"],
            "Image fantôme - contrôle qualité",
            text=_cover_fr(rng),
            attachments=[Attachment("PHANTOM.dcm", phantom, "application", "dicom")],
        )
    )
    news = inner_message(builder, newsletter(rng, "fr", 90))
    out.append(
        _neg(
            "fr-forwarded-newsletter-0",
            "fr",
            "Forwarded newsletter as message/rfc822",
            addr(rng),
            [addr(rng, where="webmail")],
            "TR: L'Écho du CIUSSS",
            text="À lire, page 2 !\n",
            attachments=[Attachment("echo.eml", news)],
        )
    )
    txt = (
        "Liste de vérification - chariot de code\n\nDéfibrillateur testé\nAdrénaline 1 mg x 6\n"
        "Amiodarone 150 mg x 2\nSignature de l'infirmière responsable\n"
    )
    out.append(
        _neg(
            "fr-attachment-txt-checklist-0",
            "fr",
            "Plain-text checklist with medications, no patient",
            addr(rng),
            [addr(rng, where="partner")],
            "Liste de vérification",
            text=_cover_fr(rng),
            attachments=[Attachment("chariot.txt", txt, "text", "plain", "iso-8859-1", "quoted-printable")],
        )
    )
    return out


def negatives(rng: random.Random, ids: Ids, builder: Builder) -> list[Sample]:
    out: list[Sample] = []
    for i in range(4):
        out.append(meeting(rng, "fr", i))
    for i in range(4, 7):
        out.append(meeting(rng, "en", i))
    out += [newsletter(rng, "fr", i) for i in range(3)] + [newsletter(rng, "en", i) for i in range(3, 5)]
    out += [hr_admin(rng, "fr", i) for i in range(len(HR_FR))] + [hr_admin(rng, "en", i) for i in range(len(HR_EN))]
    out += [shortage(rng, "fr", i) for i in range(4)] + [shortage(rng, "en", i) for i in range(4, 6)]
    out += [
        conference(rng, "fr", 0, False),
        conference(rng, "fr", 1, True),
        conference(rng, "en", 2, False),
        conference(rng, "en", 3, True),
    ]
    out += [stats(rng, "fr", i) for i in range(4)] + [stats(rng, "en", i) for i in range(4, 6)]
    out += [anonymous_case(rng, "fr", i) for i in range(4)] + [anonymous_case(rng, "en", i) for i in range(4, 7)]
    out += [generic(rng, "fr", i) for i in range(len(GENERIC_FR))]
    out += [generic(rng, "en", i) for i in range(len(GENERIC_EN))]
    out += [invoice(rng, ids, "fr", i) for i in range(4)] + [invoice(rng, ids, "en", i) for i in range(4, 6)]
    out += [signature_only(rng, "fr", i) for i in range(4)] + [signature_only(rng, "en", i) for i in range(4, 7)]
    out += [bad_sin(rng, ids, "fr", i) for i in range(4)] + [bad_sin(rng, ids, "en", 4)]
    out += [bad_nam(rng, ids, i) for i in range(4)]
    out += [impossible_dates(rng, ids, i) for i in range(3)]
    out += [directory(rng, "fr", 0), directory(rng, "fr", 1), directory(rng, "en", 2)]
    out += [out_of_office(rng, "fr", 0), out_of_office(rng, "fr", 1), out_of_office(rng, "en", 2)]
    out += [it_notice(rng, ids, "fr", i) for i in range(3)] + [it_notice(rng, ids, "en", 3)]
    out += [ethics(rng, "fr", 0), ethics(rng, "en", 1)]
    out += [personal(rng, "fr", 0), personal(rng, "en", 1)]
    out += [grand_rounds(rng, "fr", 0), grand_rounds(rng, "en", 1), grand_rounds(rng, "fr", 2)]
    out += neg_attachments(rng, ids, builder)
    return out


def generate(out_dir: Path = CORPUS_DIR, seed: int = SEED) -> dict[str, dict[str, object]]:
    """Write every sample and labels.json under ``out_dir``; return the labels."""
    rng = random.Random(seed)
    ids = Ids(rng)
    builder = Builder(rng)
    samples: list[Sample] = []
    samples += positives(rng, ids, builder)
    samples += negatives(rng, ids, builder)
    labels: dict[str, dict[str, object]] = {}
    for kind in ("positive", "negative"):
        target = out_dir / kind
        target.mkdir(parents=True, exist_ok=True)
        for old in target.glob("*.eml"):
            old.unlink()
    for s in samples:
        kind = "positive" if s.confidential else "negative"
        rel = f"{kind}/{s.name}.eml"
        if rel in labels:
            raise SystemExit(f"duplicate sample name {rel}")
        (out_dir / rel).write_bytes(to_bytes(builder.build(s)))
        labels[rel] = {"confidential": s.confidential, "types": sorted(s.types), "lang": s.lang, "note": s.note}
    (out_dir / "labels.json").write_text(
        json.dumps(labels, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8"
    )
    return labels


Maker = Callable[[random.Random, Ids, Builder], list[Sample]]
__all__ = ["Attachment", "Builder", "Ids", "Person", "Sample", "generate"]

if __name__ == "__main__":
    result = generate()
    pos = sum(1 for v in result.values() if v["confidential"])
    print(f"wrote {len(result)} messages ({pos} positive, {len(result) - pos} negative) to {CORPUS_DIR}")
