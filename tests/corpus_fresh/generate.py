#!/usr/bin/env python3
"""Blind evaluation corpus of outbound hospital e-mail (positives and hard negatives).

Written without reading the detector: every message, label and identifier here comes from
the brief only. Output is byte-for-byte deterministic for a given SEED.

    /work/main/.venv/bin/python tests/corpus_fresh/generate.py [--out DIR]
"""

# Most lines here are the text of the messages themselves; wrapping prose at 100 columns would
# only make it harder to read and to compare with the generated mail.
# ruff: noqa: E501
from __future__ import annotations

import argparse
import hashlib
import html
import io
import json
import random
import re
import sys
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email import charset as email_charset
from email import encoders, policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from pathlib import Path

from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 20261204
HERE = Path(__file__).resolve().parent
FIXED_ZIP_TIME = (2026, 1, 5, 9, 0, 0)
EVIDENCE_TYPES = frozenset(
    {
        "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn", "date_of_birth",
        "patient_name", "patient_contact", "diagnosis", "medication", "lab_result",
    }
)

# The synthetic NAMs every blind writer was given (surname, given name, birth date, sex, NAM), shared by
# the blind corpora in tests/blind_nams.txt.
NAM_ROWS_TEXT = "".join(
    line for line in (HERE.parent / "blind_nams.txt").read_text(encoding="utf-8").splitlines(keepends=True)
    if line.strip() and not line.startswith("#")
)


# --------------------------------------------------------------------------------------------
# People, places, identifiers
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    sex: str  # "F" | "M"
    born: date

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def upper_form(self) -> str:
        return f"{self.last.upper()}, {self.first}"

    @property
    def title_fr(self) -> str:
        return "Mme" if self.sex == "F" else "M."

    @property
    def title_en(self) -> str:
        return "Ms." if self.sex == "F" else "Mr."

    def age_at(self, when: date) -> int:
        years = when.year - self.born.year
        if (when.month, when.day) < (self.born.month, self.born.day):
            years -= 1
        return years


@dataclass(frozen=True)
class NamPatient:
    person: Person
    nam: str


def load_nam_patients() -> list[NamPatient]:
    text = NAM_ROWS_TEXT
    patients: list[NamPatient] = []
    for line in text.splitlines():
        last, first, born, sex, nam = line.split()
        patients.append(NamPatient(Person(first, last, sex, date.fromisoformat(born)), nam))
    return patients


NAM_PATIENTS = load_nam_patients()
FEMALE_GIVEN = {"Sofia", "Mary", "Manon", "Emma", "Sylvie", "Diane", "Denise", "Nathalie", "Sarah", "Josée", "Geneviève", "Ginette"}
MALE_GIVEN = {"André", "Liam", "Marc", "John", "Pierre", "Robert", "Gilles", "David", "Michel", "Jacques", "Louis"}


def name_fits_sex(person: Person) -> bool:
    if person.first in FEMALE_GIVEN:
        return person.sex == "F"
    if person.first in MALE_GIVEN:
        return person.sex == "M"
    return True


# Titles, pronouns and agreement (Mme/M., née/né) follow the sex recorded with each NAM; where
# the given name suggests the other sex, such a patient goes only to templates that use no
# gendered words, so every text stays consistent with the sex encoded in its NAM.
NAM_GENDERED = [p for p in NAM_PATIENTS if name_fits_sex(p.person)]
NAM_NEUTRAL = [p for p in NAM_PATIENTS if not name_fits_sex(p.person)] + NAM_GENDERED[::-1]
_nam_cursors = {"gendered": 0, "neutral": 0}


def next_nam_patient(gendered: bool = False) -> NamPatient:
    key = "gendered" if gendered else "neutral"
    pool = NAM_GENDERED if gendered else NAM_NEUTRAL
    patient = pool[_nam_cursors[key] % len(pool)]
    _nam_cursors[key] += 1
    return patient


def nam_spaced(nam: str) -> str:
    return f"{nam[:4]} {nam[4:8]} {nam[8:]}"


@dataclass(frozen=True)
class Staff:
    name: str
    role: str
    email: str
    phone: str
    credentials: str = ""
    org: str = ""


HSL = "Hôpital Saint-Laurent-des-Érables"
CRV = "CISSS de la Rivière-Verte"
CHT = "Centre hospitalier universitaire de l'Estrie-Test"
LGH = "Lakeshore General Test Hospital"

DR_TREMBLAY_J = Staff("Julie Tremblay", "Médecine interne", "julie.tremblay@hsle.example", "819 555-0142, poste 2231", "M.D., FRCPC", HSL)
DR_ROY = Staff("Martin Roy", "Cardiologie", "martin.roy@hsle.example", "819 555-0150, poste 4410", "M.D., FRCPC", HSL)
DR_GAGNON = Staff("Isabelle Gagnon", "Néphrologie", "isabelle.gagnon@cisss-rv.example", "450 555-0117", "M.D.", CRV)
DR_COTE = Staff("François Côté", "Chirurgie générale", "francois.cote@chus-test.example", "819 555-0199, poste 13022", "M.D., FRCSC", CHT)
DR_BERGERON = Staff("Nathalie Bergeron", "Gériatrie", "nathalie.bergeron@cisss-rv.example", "450 555-0133", "M.D.", CRV)
DR_PELLETIER = Staff("Alexandre Pelletier", "Urgence", "alexandre.pelletier@hsle.example", "819 555-0160", "M.D., CCMF(MU)", HSL)
DR_LAVOIE = Staff("Marie-Ève Lavoie", "Pédiatrie", "me.lavoie@chus-test.example", "819 555-0177, poste 15510", "M.D., FRCPC", CHT)
DR_GAUTHIER = Staff("Stéphane Gauthier", "Pneumologie", "stephane.gauthier@hsle.example", "819 555-0148", "M.D.", HSL)
DR_DUBE = Staff("Karine Dubé", "Psychiatrie", "karine.dube@cisss-rv.example", "450 555-0121", "M.D., FRCPC", CRV)
DR_FORTIER = Staff("Yannick Fortier", "Orthopédie", "yannick.fortier@chus-test.example", "819 555-0181", "M.D., FRCSC", CHT)
DR_TREMBLAY_JEAN = Staff("Jean Tremblay", "Gastro-entérologie", "jean.tremblay@chus-test.example", "819 555-0190, poste 12877", "M.D., FRCPC", CHT)
FAM_DOC = Staff("Pascale Richard", "Médecin de famille", "p.richard@clinique-erables.example", "819 555-0102", "M.D.", "Clinique médicale des Érables")
NURSE_LACHANCE = Staff("Sophie Lachance", "Infirmière clinicienne, 7e Nord", "sophie.lachance@hsle.example", "819 555-0142, poste 2710", "inf., B. Sc.", HSL)
NURSE_BEAULIEU = Staff("Kevin Beaulieu", "Infirmier, soins intensifs", "kevin.beaulieu@chus-test.example", "819 555-0177, poste 14420", "inf.", CHT)
NURSE_ROY = Staff("Chantal Roy", "Conseillère en soins infirmiers", "chantal.roy@cisss-rv.example", "450 555-0125", "inf., M. Sc.", CRV)
NURSE_GAGNON = Staff("Véronique Gagnon", "Infirmière de liaison", "veronique.gagnon@hsle.example", "819 555-0142, poste 2040", "inf.", HSL)
SEC_DESJARDINS = Staff("Lise Desjardins", "Agente administrative, cliniques externes", "lise.desjardins@hsle.example", "819 555-0142, poste 2100", "", HSL)
SEC_BOIVIN = Staff("Carole Boivin", "Secrétaire médicale, cardiologie", "carole.boivin@hsle.example", "819 555-0150, poste 4400", "", HSL)
PHARM_POULIN = Staff("Marc-André Poulin", "Pharmacien", "marc-andre.poulin@hsle.example", "819 555-0142, poste 3300", "pharm., M. Sc.", HSL)
PHARM_VACHON = Staff("Élise Vachon", "Pharmacienne propriétaire", "elise@pharmacie-vachon.example", "819 555-0166", "pharm.", "Pharmacie Élise Vachon")
SW_MERCIER = Staff("Émilie Mercier", "Travailleuse sociale", "emilie.mercier@cisss-rv.example", "450 555-0139", "T.S.", CRV)
IT_MORNEAU = Staff("Patrick Morneau", "Technicien en informatique", "patrick.morneau@hsle.example", "819 555-0142, poste 5555", "", HSL)
IT_HEBERT = Staff("Samuel Hébert", "Analyste, sécurité de l'information", "samuel.hebert@cisss-rv.example", "450 555-0110", "", CRV)
MGR_BRASSARD = Staff("Annie Brassard", "Chef de service, médecine", "annie.brassard@hsle.example", "819 555-0142, poste 2001", "inf., M. Sc.", HSL)
MGR_MENARD = Staff("Luc Ménard", "Directeur des soins infirmiers", "luc.menard@cisss-rv.example", "450 555-0100", "", CRV)
EXEC_CARON = Staff("Geneviève Caron", "Présidente-directrice générale", "pdg@cisss-rv.example", "450 555-0101", "", CRV)
HR_LANGLOIS = Staff("Mélissa Langlois", "Conseillère en ressources humaines", "melissa.langlois@cisss-rv.example", "450 555-0144", "CRHA", CRV)
SUP_NORDIKA = Staff("Olivier Bastien", "Représentant, Nordika Pharma", "obastien@nordika.example", "1 800 555-0175", "", "Nordika Pharma inc.")
SUP_MEDISTOCK = Staff("Josiane Fréchette", "Service à la clientèle", "commandes@medistock.example", "514 555-0188", "", "MédiStock inc.")
COMMS_LEDUC = Staff("Raphaël Leduc", "Conseiller en communication", "communications@cisss-rv.example", "450 555-0105", "", CRV)

EN_GOLDBERG = Staff("Rachel Goldberg", "Internal Medicine", "rgoldberg@lakeshore-gh.example", "514 555-0123 ext. 3310", "MD, FRCPC", LGH)
EN_SHARMA = Staff("Amit Sharma", "Hospitalist", "asharma@lakeshore-gh.example", "514 555-0123 ext. 3342", "MD", LGH)
EN_ONEILL = Staff("Kevin O'Neill", "General Surgery", "koneill@lakeshore-gh.example", "514 555-0123 ext. 4120", "MD, FRCSC", LGH)
EN_MITCHELL = Staff("Sarah Mitchell", "Charge Nurse, 4 West", "smitchell@lakeshore-gh.example", "514 555-0123 ext. 2404", "RN, BScN", LGH)
EN_BECKER = Staff("Tom Becker", "IT Service Desk", "servicedesk@lakeshore-gh.example", "514 555-0123 ext. 5000", "", LGH)
EN_OTTAWA = Staff("Priya Raman", "Transfer Coordinator", "transfers@ovhc.example", "613 555-0158", "RN", "Ottawa Valley Test Health Centre")
EN_DIRECTOR = Staff("Helen Kowalczyk", "Director, Quality & Patient Safety", "hkowalczyk@lakeshore-gh.example", "514 555-0123 ext. 1001", "", LGH)

STAFF_POOL_FR = [
    DR_TREMBLAY_J, DR_ROY, DR_GAGNON, DR_COTE, DR_BERGERON, DR_PELLETIER, DR_LAVOIE, DR_GAUTHIER,
    DR_DUBE, DR_FORTIER, DR_TREMBLAY_JEAN, NURSE_LACHANCE, NURSE_BEAULIEU, NURSE_ROY, MGR_BRASSARD,
]

PATIENT_FIRST_F = ["Ginette", "Lucille", "Thérèse", "Huguette", "Jacqueline", "Françoise", "Monique", "Rita",
                   "Gilberte", "Pierrette", "Yolande", "Colette", "Louise", "Rollande", "Micheline", "Chloé"]
PATIENT_FIRST_M = ["Réjean", "Gaétan", "Marcel", "Yvon", "Normand", "Raymond", "Denis", "Armand", "Gérald",
                   "Roland", "Fernand", "Jean-Guy", "Léo", "Rosaire", "Benoît", "Mathis"]
PATIENT_LAST = ["Morin", "Tremblay", "Côté", "Roy", "Gagnon", "Pelletier", "Bergeron", "Lavoie", "Ouellet",
                "Dion", "Lévesque", "Girard", "Poulin", "Charest", "Fréchette", "Boisvert", "Desrosiers",
                "Fafard", "Turcotte", "Vaillancourt", "Labrecque", "St-Pierre", "Bilodeau", "Thériault"]
EN_FIRST_F = ["Margaret", "Eleanor", "Priya", "Linda", "Fatima", "Dorothy", "Jennifer", "Agnes"]
EN_FIRST_M = ["Thomas", "Harold", "Robert", "Daniel", "Kevin", "Walter", "George", "Arthur"]
EN_LAST = ["Nguyen", "O'Brien", "Fitzgerald", "Patel", "Kowalski", "Walsh", "Cohen", "Haddad", "Murphy",
           "Chen", "MacLeod", "Henderson"]


def invent_patient(r: random.Random, lang: str = "fr", last: str | None = None, min_age: int = 25) -> Person:
    sex = r.choice("FM")
    if lang == "fr":
        first = r.choice(PATIENT_FIRST_F if sex == "F" else PATIENT_FIRST_M)
        surname = last or r.choice(PATIENT_LAST)
    else:
        first = r.choice(EN_FIRST_F if sex == "F" else EN_FIRST_M)
        surname = last or r.choice(EN_LAST)
    age = r.randint(min_age, 94)
    born = date(2026 - age, r.randint(1, 12), r.randint(1, 28))
    return Person(first, surname, sex, born)


def luhn_check_digit(payload: str) -> str:
    total = 0
    for position, char in enumerate(reversed(payload)):
        digit = int(char)
        if position % 2 == 0:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    return luhn_check_digit(number[:-1]) == number[-1]


def make_sin(r: random.Random) -> str:
    payload = str(r.choice([1, 2, 3, 4, 5, 6, 7])) + "".join(str(r.randint(0, 9)) for _ in range(7))
    number = payload + luhn_check_digit(payload)
    if not ca_sin.is_valid(number):
        raise AssertionError(f"generated SIN {number} is invalid")
    return number


def make_ontario_hn(r: random.Random) -> str:
    payload = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    number = payload + luhn_check_digit(payload)
    if not luhn_valid(number):
        raise AssertionError(number)
    return number


def make_niss(r: random.Random, born: date, sex: str) -> str:
    serial = r.randrange(1, 997)
    if (serial % 2 == 1) != (sex == "M"):
        serial += 1
    first9 = f"{born:%y%m%d}{serial:03d}"
    base = int(("2" + first9) if born.year >= 2000 else first9)
    number = f"{first9}{97 - base % 97:02d}"
    if not be_nn.is_valid(number):
        raise AssertionError(f"generated NISS {number} is invalid")
    return number


def make_nir(r: random.Random, born: date, sex: str) -> str:
    dept = r.choice(["75", "69", "13", "33", "59", "31", "44", "67", "35", "38"])
    first13 = f"{'1' if sex == 'M' else '2'}{born:%y%m}{dept}{r.randint(1, 999):03d}{r.randint(1, 999):03d}"
    number = f"{first13}{97 - int(first13) % 97:02d}"
    if not fr_nir.is_valid(number):
        raise AssertionError(f"generated NIR {number} is invalid")
    return number


def make_mrn(r: random.Random, digits: int = 7) -> str:
    return str(r.randint(10 ** (digits - 1), 10 ** digits - 1))


def luhn_number(r: random.Random, length: int, prefix: str = "") -> str:
    payload = prefix + "".join(str(r.randint(0, 9)) for _ in range(length - 1 - len(prefix)))
    return payload + luhn_check_digit(payload)


MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fr_date(d: date) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {MONTHS_FR[d.month - 1]} {d.year}"


def fr_day(d: date) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    return f"{DAYS_FR[d.weekday()]} {day} {MONTHS_FR[d.month - 1]}"


def en_date(d: date) -> str:
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def en_day(d: date) -> str:
    return f"{DAYS_EN[d.weekday()]}, {MONTHS_EN[d.month - 1]} {d.day}"


def dob_variants(d: date, r: random.Random, lang: str = "fr") -> str:
    choices = [d.isoformat(), f"{d:%d/%m/%Y}", fr_date(d) if lang == "fr" else en_date(d), f"{d:%Y/%m/%d}"]
    return r.choice(choices)


def future_day(r: random.Random, lo: int = 1, hi: int = 30) -> date:
    return date(2026, 12, 7) + timedelta(days=r.randint(lo, hi))


def past_day(r: random.Random, lo: int = 1, hi: int = 20) -> date:
    return date(2026, 12, 4) - timedelta(days=r.randint(lo, hi))


def phone(r: random.Random, area: str = "819") -> str:
    return f"{area} 555-01{r.randint(0, 99):02d}"


def signature(staff: Staff, r: random.Random, lang: str = "fr") -> str:
    style = r.randrange(6)
    creds = f", {staff.credentials}" if staff.credentials else ""
    if style == 0:
        return f"\n--\n{staff.name}{creds}\n{staff.role}\n{staff.org}\nTél. : {staff.phone}\n" if lang == "fr" else (
            f"\n--\n{staff.name}{creds}\n{staff.role}\n{staff.org}\nTel: {staff.phone}\n")
    if style == 1:
        return f"\n{staff.name.split()[0]}\n"
    if style == 2:
        tail = "Envoyé de mon iPhone" if lang == "fr" else "Sent from my iPhone"
        return f"\n{staff.name.split()[0]}\n\n{tail}\n"
    if style == 3:
        notice = ("AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. "
                  "Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur.") if lang == "fr" else (
            "CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you received it "
            "in error, please delete it and notify the sender.")
        return f"\n{staff.name}{creds}\n{staff.role} | {staff.org}\n{staff.phone}\n\n{notice}\n"
    if style == 4:
        return f"\nMerci,\n\n{staff.name}\n{staff.role}\n" if lang == "fr" else f"\nThanks,\n\n{staff.name}\n{staff.role}\n"
    return f"\n___________________________\n{staff.name}{creds}\n{staff.org}\n{staff.email}\n"


def greet(r: random.Random, name: str, lang: str = "fr") -> str:
    if lang == "fr":
        if name.startswith(("Bonjour", "Salut")):
            return r.choice([f"{name},", name, "Bonjour,"])
        first = name.split()[0]
        return r.choice([f"Bonjour {name},", f"Salut {first}," if not name.startswith(("Dr", "Dre")) else f"Bonjour {name},",
                         f"Bonjour {name}", "Bonjour,", f"{name},"])
    if name.startswith(("Hi", "Hello", "All")):
        return f"{name},"
    return r.choice([f"Hi {name},", f"Dear {name},", "Hello,", f"{name} -"])


# --------------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------------


@dataclass
class Attachment:
    filename: str
    maintype: str
    subtype: str
    data: bytes
    charset: str | None = None


def normalize_zip(data: bytes) -> bytes:
    """Rewrite an OOXML package with fixed member times and fixed core-property dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            content = src.read(name)
            if name == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2026-01-05T09:00:00Z", content)
            info = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            dst.writestr(info, content)
    return out.getvalue()


def make_docx(paragraphs: list[str], title: str | None = None, table: list[list[str]] | None = None) -> bytes:
    import docx

    document = docx.Document()
    fixed = datetime(2026, 1, 5, 9, 0, 0)
    document.core_properties.created = fixed
    document.core_properties.modified = fixed
    document.core_properties.last_printed = fixed
    document.core_properties.author = "Utilisateur"
    document.core_properties.last_modified_by = "Utilisateur"
    document.core_properties.revision = 1
    if title:
        document.add_heading(title, level=1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                grid.cell(i, j).text = cell
    buffer = io.BytesIO()
    document.save(buffer)
    return normalize_zip(buffer.getvalue())


def make_xlsx(rows: list[list[object]], sheet: str = "Feuil1") -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    fixed = datetime(2026, 1, 5, 9, 0, 0)
    workbook.properties.created = fixed
    workbook.properties.modified = fixed
    workbook.properties.creator = "Utilisateur"
    worksheet = workbook.active
    assert worksheet is not None
    worksheet.title = sheet
    for row in rows:
        worksheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return normalize_zip(buffer.getvalue())


def make_pdf(lines: list[str], title: str = "") -> bytes:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter, invariant=1)
    pdf.setTitle(title)
    pdf.setAuthor("")
    y = 740
    pdf.setFont("Helvetica-Bold", 13)
    if title:
        pdf.drawString(60, y, title)
        y -= 28
    pdf.setFont("Helvetica", 10)
    for line in lines:
        if y < 60:
            pdf.showPage()
            pdf.setFont("Helvetica", 10)
            y = 740
        pdf.drawString(60, y, line)
        y -= 15
    pdf.save()
    return buffer.getvalue()


def make_ics(summary: str, start: datetime, minutes: int, uid: str, location: str = "",
             description: str = "", organizer: str = "", attendees: list[str] | None = None) -> bytes:
    def esc(value: str) -> str:
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    end = start + timedelta(minutes=minutes)
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Corpus Fresh//Agenda 1.0//FR", "METHOD:REQUEST",
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261204T130000Z",
        f"DTSTART;TZID=America/Toronto:{start:%Y%m%dT%H%M%S}",
        f"DTEND;TZID=America/Toronto:{end:%Y%m%dT%H%M%S}",
        f"SUMMARY:{esc(summary)}",
    ]
    if location:
        lines.append(f"LOCATION:{esc(location)}")
    if description:
        lines.append(f"DESCRIPTION:{esc(description)}")
    if organizer:
        lines.append(f"ORGANIZER:mailto:{organizer}")
    for attendee in attendees or []:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{attendee}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def make_vcf(full: str, last: str, first: str, org: str = "", tel: str = "", email: str = "",
             address: tuple[str, str, str, str] | None = None, note: str = "") -> bytes:
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{last};{first};;;", f"FN:{full}"]
    if org:
        lines.append(f"ORG:{org}")
    if tel:
        lines.append(f"TEL;TYPE=CELL:{tel}")
    if email:
        lines.append(f"EMAIL;TYPE=WORK:{email}")
    if address:
        street, city, region, postal = address
        lines.append(f"ADR;TYPE=HOME:;;{street};{city};{region};{postal};Canada")
    if note:
        lines.append(f"NOTE:{note}")
    lines.append("END:VCARD")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def make_csv(rows: list[list[str]], sep: str = ";", encoding: str = "utf-8-sig", crlf: bool = True) -> bytes:
    newline = "\r\n" if crlf else "\n"
    text = newline.join(sep.join(cell if sep not in cell else f'"{cell}"' for cell in row) for row in rows) + newline
    return text.encode(encoding)


# --------------------------------------------------------------------------------------------
# Message assembly
# --------------------------------------------------------------------------------------------


@dataclass
class Mail:
    sender: Staff | tuple[str, str]
    to: list[tuple[str, str]]
    subject: str
    body: str
    lang: str
    note: str
    types: list[str] = field(default_factory=list)
    html_body: str | None = None
    cc: list[tuple[str, str]] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    mode: str | None = None  # "plain" | "alt" | "html"; None: drawn
    charset: str | None = None
    reply: bool = False
    rfc822: Message | None = None
    extra_headers: list[tuple[str, str]] = field(default_factory=list)


def to_html(text: str) -> str:
    blocks: list[str] = []
    quote: list[str] = []
    para: list[str] = []

    def flush_para() -> None:
        if para:
            blocks.append("<p>" + "<br>\n".join(html.escape(line) for line in para) + "</p>")
            para.clear()

    def flush_quote() -> None:
        if quote:
            inner = "<br>\n".join(html.escape(line) for line in quote)
            blocks.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{inner}</blockquote>')
            quote.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            flush_para()
            quote.append(line.lstrip("> "))
            continue
        flush_quote()
        if not line.strip():
            flush_para()
        else:
            para.append(line)
    flush_para()
    flush_quote()
    body = "\n".join(blocks)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n{body}\n</body></html>\n')


def html_to_text(markup: str) -> str:
    text = re.sub(r"(?i)<br\s*/?>", "\n", markup)
    text = re.sub(r"(?i)</(p|tr|h\d|li|div)>", "\n", text)
    text = re.sub(r"(?i)</t[dh]>", "\t", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = html.unescape(text)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def pick_charset(text: str, wanted: str) -> str:
    for candidate in (wanted, "windows-1252", "utf-8"):
        try:
            text.encode(candidate)
        except UnicodeEncodeError:
            continue
        return candidate
    return "utf-8"


def text_part(text: str, subtype: str, charset_name: str, cte: str) -> MIMEText:
    if subtype == "html":
        text = text.replace('charset=utf-8"', f'charset={charset_name}"')
    cs = email_charset.Charset(charset_name)
    cs.header_encoding = email_charset.QP
    if cte == "8bit":
        # typeshed declares an int, but None is how the stdlib spells "no transfer encoding" (7bit/8bit).
        setattr(cs, "body_encoding", None)  # noqa: B010
    else:
        cs.body_encoding = email_charset.QP if cte == "qp" else email_charset.BASE64
    return MIMEText(text, subtype, cs)  # type: ignore[arg-type]


def attachment_part(attachment: Attachment, r: random.Random) -> MIMEBase:
    part = MIMEBase(attachment.maintype, attachment.subtype)
    if attachment.charset:
        part.set_param("charset", attachment.charset)
    part.set_payload(attachment.data)
    if attachment.maintype == "text" and r.random() < 0.35:
        encoders.encode_quopri(part)
    else:
        encoders.encode_base64(part)
    part.add_header("Content-Disposition", "attachment", filename=attachment.filename)
    return part


def header_value(text: str, r: random.Random) -> str:
    if text.isascii():
        return text
    charset_name = r.choice(["utf-8", "utf-8", "iso-8859-1"]) if pick_charset(text, "iso-8859-1") == "iso-8859-1" else "utf-8"
    return Header(text, charset_name, header_name="Subject").encode()


def address(name: str, addr: str) -> str:
    if name.isascii():
        return formataddr((name, addr))
    return formataddr((name, addr), charset="utf-8")


def build(mail: Mail, serial: int, r: random.Random) -> bytes:
    if isinstance(mail.sender, Staff):
        sender_name, sender_addr = mail.sender.name, mail.sender.email
    else:
        sender_name, sender_addr = mail.sender
    mode = mail.mode or r.choices(["plain", "alt", "html"], weights=[45, 35, 20])[0]
    wanted = mail.charset or r.choices(["utf-8", "iso-8859-1", "windows-1252"], weights=[60, 20, 20])[0]
    cte = r.choices(["qp", "b64", "8bit"], weights=[50, 30, 20])[0]
    crlf = r.random() < 0.5
    plain = mail.body if mail.html_body is None else (mail.body or html_to_text(mail.html_body))
    markup = mail.html_body if mail.html_body is not None else to_html(mail.body)
    charset_name = pick_charset(plain + markup, wanted)

    body: Message
    if mode == "plain" and mail.html_body is None:
        body = text_part(plain, "plain", charset_name, cte)
    elif mode == "html":
        body = text_part(markup, "html", charset_name, cte)
    else:
        body = MIMEMultipart("alternative", boundary=f"----=_Alt_{serial:04d}_{r.randrange(16**8):08X}")
        body.attach(text_part(plain, "plain", charset_name, cte))
        body.attach(text_part(markup, "html", charset_name, r.choice(["qp", "b64"])))
    root: Message = body
    if mail.attachments or mail.rfc822 is not None:
        root = MIMEMultipart("mixed", boundary=f"----=_Part_{serial:04d}_{r.randrange(16**8):08X}")
        root.attach(body)
        if mail.rfc822 is not None:
            root.attach(MIMEMessage(mail.rfc822))
        for attachment in mail.attachments:
            root.attach(attachment_part(attachment, r))
    if "MIME-Version" not in root:
        root["MIME-Version"] = "1.0"
    else:
        del root["MIME-Version"]
        root["MIME-Version"] = "1.0"
    when = datetime(2026, 12, 4, 8, 0, tzinfo=timezone(timedelta(hours=-5))) - timedelta(minutes=r.randint(0, 60 * 24 * 20))
    domain = sender_addr.split("@")[1]
    headers: list[tuple[str, str]] = [
        ("From", address(sender_name, sender_addr)),
        ("To", ", ".join(address(n, a) for n, a in mail.to)),
    ]
    if mail.cc:
        headers.append(("Cc", ", ".join(address(n, a) for n, a in mail.cc)))
    subject = mail.subject
    headers += [
        ("Subject", header_value(subject, r)),
        ("Date", format_datetime(when)),
        ("Message-ID", f"<fresh.{serial:04d}.{r.randrange(16**10):010x}@{domain}>"),
    ]
    if mail.reply:
        ref = f"<prev.{serial:04d}.{r.randrange(16**8):08x}@{domain}>"
        headers += [("In-Reply-To", ref), ("References", ref)]
    mailer = r.choice(["Microsoft Outlook 16.0", "Mozilla Thunderbird 115.6", "", "", "Apple Mail (2.3774)"])
    if mailer:
        headers.append(("X-Mailer", mailer))
    headers += mail.extra_headers
    existing = [(k, v) for k, v in root.items()]
    for key in list(root.keys()):
        del root[key]
    for key, value in headers:
        root[key] = value
    for key, value in existing:
        root[key] = value
    buffer = io.BytesIO()
    out_policy = policy.compat32.clone(linesep="\r\n" if crlf else "\n")
    BytesGenerator(buffer, mangle_from_=False, policy=out_policy).flatten(root)
    return buffer.getvalue()


def inner_message(sender: Staff, to: Staff, subject: str, body: str, when: str) -> Message:
    part = text_part(body, "plain", "utf-8", "qp")
    part["From"] = address(sender.name, sender.email)
    part["To"] = address(to.name, to.email)
    part["Subject"] = Header(subject, "utf-8", header_name="Subject").encode() if not subject.isascii() else subject
    part["Date"] = when
    return part


def forward_block(lang: str, sender: Staff, to: Staff, when: str, subject: str, body: str) -> str:
    if lang == "fr":
        return (f"\n---- Message transféré ----\nDe : {sender.name} <{sender.email}>\nDate : {when}\n"
                f"À : {to.name} <{to.email}>\nObjet : {subject}\n\n{body}")
    return (f"\n-------- Original Message --------\nFrom: {sender.name} <{sender.email}>\nSent: {when}\n"
            f"To: {to.name} <{to.email}>\nSubject: {subject}\n\n{body}")


def quote(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.strip("\n").split("\n")) + "\n"


def rcpt(staff: Staff) -> tuple[str, str]:
    return (staff.name, staff.email)


def dr(staff: Staff, lang: str = "fr") -> str:
    if lang == "en":
        return f"Dr. {staff.name.split()[-1]}"
    female = staff.name.split()[0] in {"Julie", "Isabelle", "Nathalie", "Marie-Ève", "Karine", "Pascale", "Rachel", "Priya"}
    return f"{'Dre' if female else 'Dr'} {staff.name.split()[-1]}"


# --------------------------------------------------------------------------------------------
# Clinical vocabulary
# --------------------------------------------------------------------------------------------

DX_FR = ["IRA sur IRC", "MPOC exacerbée", "pneumonie communautaire", "FA rapide", "IC décompensée",
         "cellulite MID", "fx hanche G", "AVC ischémique sylvien D", "DB2 mal contrôlé", "sepsis urinaire",
         "délirium hypoactif", "HDH sur ulcère", "TVP MIG", "NSTEMI", "cholécystite aiguë", "pyélonéphrite",
         "démence mixte, chutes", "néo pulmonaire stade IV", "hyponatrémie", "pancréatite alcoolique"]
MED_FR = ["apixaban 5 mg BID", "furosémide 40 mg IV BID", "metformine 500 mg BID", "warfarine selon RNI",
          "insuline glargine 22 U HS", "pip-tazo 4,5 g IV q6h", "hydromorphone 1 mg SC q4h PRN",
          "quétiapine 25 mg HS", "ramipril 5 mg DIE", "bisoprolol 2,5 mg DIE", "ceftriaxone 1 g IV DIE",
          "prednisone 40 mg x 5 jours", "pantoprazole 40 mg IV BID", "énoxaparine 1 mg/kg SC BID"]
LAB_FR = ["Hb 78", "K 5,9", "Cr 212", "INR 3,4", "PA 220/120", "tropo 450", "GB 18,2", "lactate 4,1",
          "Na 124", "HbA1c 9,2 %", "plaquettes 62", "DFGe 24", "BNP 1840", "Sat 86 % AA"]
DX_EN = ["CHF exacerbation", "COPD exacerbation", "AKI on CKD stage 3", "community-acquired pneumonia",
         "NSTEMI", "AFib with RVR", "urosepsis", "right hip fracture", "upper GI bleed", "DKA", "cellulitis L leg",
         "small bowel obstruction", "delirium", "pulmonary embolism"]
MED_EN = ["apixaban 5 mg BID", "furosemide 40 mg IV BID", "metoprolol 25 mg PO BID", "insulin glargine 18 units qHS",
          "ceftriaxone 1 g IV daily", "pantoprazole 40 mg IV BID", "heparin infusion per nomogram",
          "hydromorphone 0.5 mg IV q3h PRN", "tamsulosin 0.4 mg qHS", "prednisone 40 mg daily"]
LAB_EN = ["Hb 81", "K 6.1", "Cr 245", "INR 3.8", "BP 210/115", "troponin 0.62", "WBC 17.9", "lactate 3.8",
          "Na 126", "HbA1c 10.1%", "platelets 58", "eGFR 22", "BNP 2100", "SpO2 87% RA"]


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower().replace(" ", "")


def sample(r: random.Random, pool: list[str], k: int) -> list[str]:
    return r.sample(pool, k)


# --------------------------------------------------------------------------------------------
# Positive templates
# --------------------------------------------------------------------------------------------

Template = Callable[[random.Random, int], Mail]


def p_referral_nam(r: random.Random, k: int) -> Mail:
    np_ = next_nam_patient(gendered=True)
    p = np_.person
    doc = r.choice([DR_ROY, DR_GAGNON, DR_GAUTHIER, DR_BERGERON])
    dx = r.choice(["FA paroxystique", "IRC stade 4, DFGe 21", "nodule pulmonaire 14 mm LSD", "chutes à répétition, MMSE 22/30"])
    med = sample(r, MED_FR, 2)
    nam = [np_.nam, nam_spaced(np_.nam), np_.nam.lower(), f"{np_.nam[:4]}-{np_.nam[4:8]}-{np_.nam[8:]}"][k % 4]
    born = dob_variants(p.born, r)
    intro = [f"Je vous réfère {p.title_fr} {p.full}, née le {born}" if p.sex == "F" else f"Je vous réfère {p.title_fr} {p.full}, né le {born}",
             f"Demande de consultation pour {p.upper_form} (DDN {born})"][k % 2]
    body = (f"{greet(r, dr(doc))}\n\n{intro}, NAM {nam}, pour évaluation : {dx}.\n\n"
            f"Médication actuelle : {', '.join(med)}.\n"
            f"Allergies : {r.choice(['aucune connue', 'sulfas', 'pénicilline (urticaire)'])}.\n\n"
            f"{r.choice(['Priorité B svp.', 'Pas urgent, mais la famille est inquiète.', 'Merci de la voir dans les 30 jours si possible.'])}\n"
            + signature(FAM_DOC, r))
    return Mail(FAM_DOC, [rcpt(doc)], r.choice([f"Référence – {doc.role.lower()}", f"Consultation {p.last}", "Demande de consultation"]),
                body, "fr", "referral letter with NAM, birth date, diagnosis and drugs",
                ["patient_name", "date_of_birth", "ramq_nam", "diagnosis", "medication"])


def p_consult_note(r: random.Random, k: int) -> Mail:
    p = invent_patient(r, min_age=60)
    doc = [DR_BERGERON, DR_GAUTHIER, DR_GAGNON, DR_DUBE][k % 4]
    dx = sample(r, DX_FR, 2)
    med = sample(r, MED_FR, 2)
    labs = sample(r, LAB_FR, 2)
    age = p.age_at(date(2026, 12, 4))
    body = (f"Note de consultation – {doc.role.lower()}\n\n"
            f"Patient{'e' if p.sex == 'F' else ''} : {p.full}, {age} ans\n"
            f"Demandée par : Dre Pascale Richard\n\n"
            f"RAISON : {dx[0]}\n"
            f"ATCD : {dx[1]}, HTA, dyslipidémie\n"
            f"Bilan : {', '.join(labs)}\n\n"
            f"IMPRESSION : {dx[0]} probable.\n"
            f"PLAN :\n- {med[0]}\n- {med[1]}\n- revoir en clinique dans 4 semaines\n"
            + signature(doc, r))
    return Mail(doc, [rcpt(FAM_DOC)], f"Note de consultation – {p.last.upper()} {p.first[0]}.", body, "fr",
                "consultation note naming the patient with diagnosis, labs and plan",
                ["patient_name", "diagnosis", "medication", "lab_result"])


def p_discharge_docx(r: random.Random, k: int) -> Mail:
    p = invent_patient(r, min_age=45)
    mrn = make_mrn(r)
    dx = sample(r, DX_FR, 2)
    med = sample(r, MED_FR, 3)
    paragraphs = [
        f"Nom : {p.upper_form}    Dossier : {mrn}",
        f"Date de naissance : {p.born.isoformat()}",
        f"Admission : {past_day(r, 8, 15).isoformat()}    Congé : {past_day(r, 1, 6).isoformat()}",
        f"Diagnostic principal : {dx[0]}",
        f"Diagnostics secondaires : {dx[1]}",
        "Médication au congé : " + "; ".join(med),
        "Suivi : médecin de famille dans 7 à 10 jours; bilan sanguin dans 1 semaine.",
    ]
    attachment = Attachment(f"resume_conge_{k + 1}.docx", "application",
                            "vnd.openxmlformats-officedocument.wordprocessingml.document",
                            make_docx(paragraphs, title="Résumé de départ"))
    body = r.choice(["Bonjour,\n\nCi-joint le résumé de départ, tel que demandé.\n",
                     "Voir pièce jointe.\n",
                     "Bonjour Dre Richard,\n\nVotre patiente a eu son congé hier. Le résumé est en pièce jointe.\nBonne journée\n"]) + signature(SEC_DESJARDINS, r)
    return Mail(SEC_DESJARDINS, [rcpt(FAM_DOC)], r.choice(["Résumé de départ", "TR: résumé de congé", "Document demandé"]), body, "fr",
                "discharge summary only in a .docx attachment (name, chart number, DOB, diagnoses, drugs)",
                ["patient_name", "mrn", "date_of_birth", "diagnosis", "medication"], attachments=[attachment])


def p_handover(r: random.Random, k: int) -> Mail:
    rows = []
    with_drug = False
    for _ in range(r.randint(4, 7)):
        p = invent_patient(r, min_age=40)
        room = f"{r.choice([7, 6, 5])}{r.randint(1, 30):02d}"
        extra = r.choice(["", f" – {r.choice(MED_FR)}", " – NPO minuit", " – ne pas réanimer", " – famille à rappeler"])
        with_drug = with_drug or extra[3:] in MED_FR
        rows.append(f"{room}{r.choice(['', '-A', '-B'])} – {p.last.upper()}, {p.first} – {r.choice(DX_FR)} – {r.choice(LAB_FR)}" + extra)
    header = r.choice(["Liste de garde", "Sign-out", "Passation de garde", "Tournée"])
    body = (f"{header} – {r.choice(['7e Nord', 'médecine interne', 'unité coronarienne', 'gériatrie'])} – nuit du {fr_day(past_day(r, 1, 3))}\n\n"
            + "\n".join(rows) + "\n\n"
            + r.choice(["Rien d'autre, bonne garde!", "Appelle-moi si le 703 se détériore.", "Les autres sont stables.", ""])
            + "\n" + signature(r.choice([DR_TREMBLAY_J, DR_PELLETIER, DR_GAUTHIER]), r))
    sender = r.choice([DR_TREMBLAY_J, DR_PELLETIER, NURSE_LACHANCE])
    html_body = None
    if k % 2 == 1:
        cells = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row.split(" – ")[:4]) + "</tr>\n" for row in rows)
        html_body = (f"<html><body><p>{html.escape(header)} – ce soir</p>\n<table border=\"1\" cellpadding=\"3\">\n"
                     f"<tr><th>Ch.</th><th>Patient</th><th>Dx</th><th>Labo</th></tr>\n{cells}</table>\n<p>Bonne nuit</p></body></html>\n")
        body = ""
    return Mail(sender, [("Résidents médecine", "residents-medecine@hsle.example")], f"{header} {r.choice(['ce soir', '', 'nuit'])}".strip(), body, "fr",
                "sign-out roster: room – SURNAME, Given name – diagnosis – lab value",
                ["patient_name", "diagnosis", "lab_result"] + (["medication"] if with_drug and html_body is None else []), html_body=html_body)


def p_appointment_dob(r: random.Random, k: int) -> Mail:
    use_nam = k % 2 == 0
    if use_nam:
        np_ = next_nam_patient()
        p, nam = np_.person, np_.nam
    else:
        p, nam = invent_patient(r), ""
    when = future_day(r)
    exam = r.choice(["échographie abdominale (suivi anévrisme de l'aorte)", "coloscopie de contrôle (polypes)",
                     "ETT – souffle à investiguer", "scintigraphie osseuse (recherche de métastases)", "spirométrie (MPOC)"])
    line_id = f"\nNAM : {nam}" if use_nam else ""
    body = (f"{greet(r, 'Carole')}\n\nRendez-vous confirmé :\n\n"
            f"Nom : {p.last}, {p.first}\nDate de naissance : {dob_variants(p.born, r)}{line_id}\n"
            f"Examen : {exam}\nDate : {fr_day(when)} à {r.choice(['8 h', '9 h 30', '13 h 15', '14 h 45'])}\n\n"
            "Se présenter 30 minutes avant au comptoir B.\n" + signature(SEC_DESJARDINS, r))
    types = ["patient_name", "date_of_birth", "diagnosis"] + (["ramq_nam"] if use_nam else [])
    return Mail(SEC_DESJARDINS, [rcpt(SEC_BOIVIN)], r.choice(["RDV confirmé", "Prise de rendez-vous", f"RDV {p.last}"]), body, "fr",
                "appointment booking with birth date and the exam's indication", types)


def p_lab_terse(r: random.Random, k: int) -> Mail:
    p = invent_patient(r, min_age=50)
    labs = sample(r, LAB_FR, 3)
    forms = [f"{p.last} {p.first[0]}.", f"{p.last.upper()} {p.first}", f"{p.first} {p.last}", f"{p.title_fr} {p.last}"]
    who = forms[k % 4]
    med = r.choice(["warfarine", "apixaban", "ramipril", "spironolactone", "metformine"])
    body = r.choice([
        f"{who} : {' · '.join(labs)}\nCesser {med}, reprise des labos jeudi.\n",
        f"FYI {who} – {', '.join(labs)}. J'ai appelé, passe demain matin pour reprise. On garde {med} ou pas?\n",
        f"Labos critiques\n{who}\n" + "\n".join(labs) + f"\nsous {med}\n",
    ]) + signature(r.choice([NURSE_LACHANCE, NURSE_GAGNON, PHARM_POULIN]), r)
    return Mail(r.choice([NURSE_LACHANCE, NURSE_GAGNON]), [rcpt(r.choice([DR_TREMBLAY_J, DR_GAGNON, FAM_DOC]))],
                r.choice(["labos", "Résultats critiques", "K élevé", "À voir svp", "suivi RNI"]), body, "fr",
                "terse lab follow-up: patient name, values and drug", ["patient_name", "lab_result", "medication"],
                mode="plain")


def p_name_no_title(r: random.Random, k: int) -> Mail:
    np_ = next_nam_patient()
    p = np_.person
    combos = [("TDAH", "méthylphénidate 18 mg"), ("épilepsie", "lévétiracétam 500 mg BID"),
              ("dépression", "sertraline 100 mg"), ("hypothyroïdie", "lévothyroxine 88 mcg"),
              ("VIH", "bictégravir/emtricitabine/ténofovir")]
    dx, med = combos[k % len(combos)]
    body = (f"{p.last} {p.first} / {med} / dx {dx}\n"
            f"Renouvellement svp, il reste {r.randint(0, 3)} comprimés.\n" + signature(PHARM_VACHON, r))
    return Mail(PHARM_VACHON, [rcpt(FAM_DOC)], r.choice(["Renouvellement", "Demande de renouvellement", "Rx à renouveler"]), body, "fr",
                "pharmacy renewal: surname-first name with drug and diagnosis, no title",
                ["patient_name", "medication", "diagnosis"], mode="plain")


def p_en_progress(r: random.Random, k: int) -> Mail:
    p = invent_patient(r, "en", min_age=40)
    mrn = [f"MRN {make_mrn(r, 8).zfill(8)}", f"MRN: 00{make_mrn(r, 6)}", f"chart #{make_mrn(r)}", f"Hosp # L{make_mrn(r)}"][k % 4]
    dx = r.choice(DX_EN)
    labs = sample(r, LAB_EN, 3)
    meds = sample(r, MED_EN, 2)
    age = p.age_at(date(2026, 12, 4))
    body = (f"Progress note – {p.full}, {age}{p.sex}, {mrn}\n\n"
            f"S: Feels {r.choice(['better', 'about the same', 'more short of breath'])} today. Slept poorly.\n"
            f"O: {', '.join(labs)}.\n"
            f"A: {dx}, {r.choice(['improving', 'not improving', 'stable'])}.\n"
            f"P: Continue {meds[0]}; start {meds[1]}. Reassess in AM. PT/OT consult.\n"
            + signature(r.choice([EN_GOLDBERG, EN_SHARMA]), r, "en"))
    return Mail(r.choice([EN_GOLDBERG, EN_SHARMA]), [rcpt(EN_MITCHELL)], r.choice(["progress note", f"Re: {p.last}", "Note for chart"]),
                body, "en", "English SOAP progress note with chart number", ["patient_name", "mrn", "diagnosis", "medication", "lab_result"])


def p_same_surname(r: random.Random, k: int) -> Mail:
    doc = [DR_TREMBLAY_J, DR_ROY, DR_GAGNON, DR_COTE][k % 4]
    surname = doc.name.split()[-1]
    p = invent_patient(r, last=surname, min_age=55)
    dx = r.choice(DX_FR)
    med = r.choice(MED_FR)
    body = (f"{greet(r, 'Sophie')}\n\n{p.title_fr} {p.full} (aucun lien de parenté, on me le demande souvent!) "
            f"est admis{'e' if p.sex == 'F' else ''} pour {dx}. On a débuté {med}. "
            f"{r.choice(['Peux-tu aviser la famille?', 'Prévoir le congé pour jeudi.', 'Je ' + ('la' if p.sex == 'F' else 'le') + ' revois demain.'])}\n" + signature(doc, r))
    return Mail(doc, [rcpt(NURSE_LACHANCE)], r.choice([f"{p.title_fr} {p.last}", "admission", "Patient au 712"]), body, "fr",
                "patient sharing the physician's surname, with diagnosis and drug", ["patient_name", "diagnosis", "medication"])


def p_transport_contact(r: random.Random, k: int) -> Mail:
    p = invent_patient(r, min_age=55)
    street = f"{r.randint(10, 2999)} {r.choice(['rue des Pins', 'boul. Portland', 'rue King Ouest', 'ch. du Lac', 'rue Galt Est'])}"
    postal = r.choice(["J1H 2X5", "J1J 3B7", "J1E 4K2", "J1L 1T9"])
    tel = phone(r)
    reason = r.choice(["dialyse lun-mer-ven 7 h", "radiothérapie tous les jours à 10 h 20 pour 5 semaines",
                       "pansement d'ulcère veineux 3x/sem", "chimio q21j"])
    body = (f"{greet(r, 'Bonjour')}\n\nDemande de transport adapté pour :\n\n{p.title_fr} {p.full}\n{street}, app. {r.randint(1, 12)}\n"
            f"Sherbrooke (Québec) {postal}\nTél. : {tel}\n\nMotif : {reason}. "
            f"{r.choice(['Se déplace en fauteuil roulant.', 'Marchette.', 'Autonome mais ne conduit plus.'])}\n" + signature(NURSE_GAGNON, r))
    return Mail(NURSE_GAGNON, [("Transport adapté", "transport@stm-test.example")], r.choice(["Demande de transport", "Transport adapté – nouvelle demande"]),
                body, "fr", "transport request: patient name, home address, phone and treatment",
                ["patient_name", "patient_contact", "diagnosis"])


def p_subject_only(r: random.Random, k: int) -> Mail:
    np_ = next_nam_patient(gendered=True)
    p = np_.person
    subject = [f"Re: {p.title_fr} {p.full}", f"{p.last.upper()} {p.first}", f"{p.first} {p.last} – suite", f"TR: {p.last}, {p.first}"][k % 4]
    text = r.choice([
        "La biopsie confirme un adénocarcinome. Je l'appelle demain pour l'annonce. Peux-tu libérer une plage mardi?\n",
        "Résultat de la TDM : progression hépatique. On discute en comité des tumeurs jeudi.\n",
        "Culture positive à SARM. Isolement contact à l'arrivée svp, et vancomycine selon pharmacie.\n",
    ])
    types = ["patient_name", "diagnosis"] + (["medication"] if "vancomycine" in text else [])
    return Mail(DR_COTE, [rcpt(SEC_BOIVIN)], subject, text + signature(DR_COTE, r), "fr", "patient named only in Subject; diagnosis in body",
                types, reply=subject.startswith("Re:"))


def p_csv_list(r: random.Random, k: int) -> Mail:
    sep = [";", ",", ";"][k % 3]
    rows = [["Nom", "Prénom", "DDN", "Heure", "Motif"]]
    for _ in range(r.randint(5, 9)):
        p = invent_patient(r)
        rows.append([p.last, p.first, p.born.isoformat(), f"{r.randint(8, 15)}:{r.choice(['00', '15', '30', '45'])}",
                     r.choice(["suivi diabète", "INR", "MPOC", "plaie pied diabétique", "suivi post-IM", "dépression"])])
    data = make_csv(rows, sep=sep, encoding=["utf-8-sig", "cp1252", "utf-8"][k % 3], crlf=k % 2 == 0)
    body = r.choice(["Voici la liste pour la clinique de demain.\n", "Liste ci-jointe.\n\nMerci!\n", "Bonjour,\nPour impression svp.\n"]) + signature(SEC_DESJARDINS, r)
    return Mail(SEC_DESJARDINS, [rcpt(NURSE_LACHANCE)], r.choice(["Liste clinique", "clinique demain", "Liste des rendez-vous"]), body, "fr",
                "patient list only in a CSV attachment (names, birth dates, reasons)",
                ["patient_name", "date_of_birth", "diagnosis"],
                attachments=[Attachment(f"clinique_{k + 1}.csv", "text", "csv", data, ["utf-8", "windows-1252", "utf-8"][k % 3])])


def p_ics(r: random.Random, k: int) -> Mail:
    np_ = next_nam_patient()
    p = np_.person
    mrn = make_mrn(r)
    when = future_day(r)
    exam = r.choice(["Coloscopie", "Gastroscopie", "Bronchoscopie"])
    summary = f"{exam} – {p.last}, {p.first} (dossier {mrn})"
    description = r.choice(["Suivi polypes. Prep PEG la veille.", "Dysphagie, perte de poids 8 kg.", "Masse LSD à la TDM."])
    ics = make_ics(summary, datetime(when.year, when.month, when.day, 8, 30), 45, f"fresh-ics-{k}@chus-test.example",
                   "Endoscopie, 2e étage, salle 3", description, DR_TREMBLAY_JEAN.email, [SEC_DESJARDINS.email])
    body = "Bonjour,\n\nInvitation pour la plage ajoutée.\n" + signature(DR_TREMBLAY_JEAN, r)
    return Mail(DR_TREMBLAY_JEAN, [rcpt(SEC_DESJARDINS)], f"Invitation : {exam} – plage ajoutée", body, "fr",
                "calendar invitation (.ics) naming the patient, chart number and indication",
                ["patient_name", "mrn", "diagnosis"], attachments=[Attachment("invite.ics", "text", "calendar", ics, "utf-8")])


def p_sin(r: random.Random, k: int) -> Mail:
    p = invent_patient(r, min_age=30)
    sin = make_sin(r)
    shown = [f"{sin[:3]} {sin[3:6]} {sin[6:]}", f"{sin[:3]}-{sin[3:6]}-{sin[6:]}", sin][k % 3]
    if k % 3 == 2:
        body = (f"Hi,\n\nFor the disability tax credit form for our patient {p.full}, SIN {shown}, "
                f"diagnosis {r.choice(['multiple sclerosis', 'schizophrenia', 'ALS'])}. Can you confirm the address on file?\n"
                + signature(SW_MERCIER, r, "en"))
        return Mail(SW_MERCIER, [("Intake", "intake@ovhc.example")], "DTC form", body, "en",
                    "social worker sends a patient's SIN with diagnosis", ["patient_name", "ca_sin", "diagnosis"])
    body = (f"{greet(r, 'Bonjour')}\n\nPour la demande d'aide financière de dernier recours de {p.title_fr} {p.full} "
            f"(hospitalisé{'e' if p.sex == 'F' else ''} en psychiatrie depuis 3 semaines), voici son NAS : {shown}.\n"
            "La demande doit être envoyée avant vendredi.\n" + signature(SW_MERCIER, r))
    return Mail(SW_MERCIER, [("Bureau Services Québec", "aide@services-test.example")], r.choice(["Demande d'aide sociale", "NAS demandé"]), body, "fr",
                "social worker sends a patient's SIN with hospitalisation context", ["patient_name", "ca_sin", "diagnosis"])


def p_ohip(r: random.Random, k: int) -> Mail:
    p = invent_patient(r, "en", min_age=30)
    hn = make_ontario_hn(r)
    version = r.choice(["AB", "KT", "ZX", ""])
    shown = [f"{hn[:4]}-{hn[4:7]}-{hn[7:]}-{version}".rstrip("-"), f"{hn} {version}".strip(), f"{hn[:4]} {hn[4:7]} {hn[7:]}"][k % 3]
    body = (f"Hello,\n\nTransfer request from OVHC:\n\nPatient: {p.last.upper()}, {p.first}\nDOB: {dob_variants(p.born, r, 'en')}\n"
            f"Ontario health card: {shown}\nDx: {r.choice(DX_EN)}\nCurrent meds: {', '.join(sample(r, MED_EN, 2))}\n\n"
            "Bed requested on 4 West. Please call back to confirm.\n" + signature(EN_OTTAWA, r, "en"))
    return Mail(EN_OTTAWA, [rcpt(EN_MITCHELL)], r.choice(["Transfer request", "Inter-facility transfer", "Bed request – transfer"]), body, "en",
                "inter-facility transfer with Ontario health number, DOB, diagnosis",
                ["patient_name", "date_of_birth", "ca_health_number", "diagnosis", "medication"])


def p_niss(r: random.Random, k: int) -> Mail:
    p = invent_patient(r, min_age=25)
    niss = make_niss(r, p.born, p.sex)
    shown = [f"{niss[:2]}.{niss[2:4]}.{niss[4:6]}-{niss[6:9]}.{niss[9:]}", niss][k % 2]
    body = (f"{greet(r, 'Bonjour')}\n\nTouriste belge admis{'e' if p.sex == 'F' else ''} hier : {p.title_fr} {p.full}, "
            f"NISS {shown}. Dx : {r.choice(DX_FR)}. Sa mutualité demande un rapport médical. "
            "Pouvez-vous leur transmettre?\n" + signature(SEC_BOIVIN, r))
    return Mail(SEC_BOIVIN, [("Archives", "archives@hsle.example")], "Patient assuré en Belgique", body, "fr",
                "Belgian visitor with NISS and diagnosis", ["patient_name", "be_niss", "diagnosis"])


def p_nir(r: random.Random, k: int) -> Mail:
    p = invent_patient(r, min_age=25)
    nir = make_nir(r, p.born, p.sex)
    shown = [f"{nir[0]} {nir[1:3]} {nir[3:5]} {nir[5:7]} {nir[7:10]} {nir[10:13]} {nir[13:]}", nir][k % 2]
    body = (f"Bonjour,\n\nÉtudiant{'e' if p.sex == 'F' else ''} français{'e' if p.sex == 'F' else ''} vu{'e' if p.sex == 'F' else ''} à l'urgence : "
            f"{p.full}, n° de sécurité sociale {shown}.\n{r.choice(['Fracture du poignet, plâtre.', 'Appendicite, opéré hier.', 'Pneumonie, amoxicilline.'])}\n"
            "La CPAM demandera la facture détaillée.\n" + signature(SEC_DESJARDINS, r))
    return Mail(SEC_DESJARDINS, [("Facturation", "facturation@hsle.example")], "Patient étranger – France", body, "fr",
                "French student with NIR and diagnosis", ["patient_name", "fr_nir", "diagnosis"])


FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def p_mrn_disguised(r: random.Random, k: int) -> Mail:
    mrn = make_mrn(r)
    variants = [
        ("fr", f"dossier {' '.join(mrn)}", "spaced digits"),
        ("fr", f"no de dossier {mrn[:3]}.{mrn[3:5]}.{mrn[5:]} (j'ai mis des points pour que le filtre ne bloque pas)", "dotted"),
        ("en", f"MRN {mrn[:3]}/{mrn[3:5]}/{mrn[5:]} (slashes so the filter doesn't block it)", "slashed"),
        ("fr", f"dossier {mrn.translate(FULLWIDTH)}", "full-width digits"),
        ("en", f"S{mrn[:3]} {mrn[3:]}", "letter-prefixed chart number"),
        ("fr", f"MRN 0{mrn}", "zero-padded 8-digit"),
    ]
    lang, shown, how = variants[k % len(variants)]
    if lang == "fr":
        context = r.choice(['Patiente avec hémorragie post-partum, transférée au CHU.', 'Patient en isolement C. difficile.', 'Patient sous clozapine, FSC hebdo.'])
        body = f"Peux-tu numériser les notes d'hier pour le {shown}? {context}\n" + signature(NURSE_BEAULIEU, r)
        types = ["mrn", "medication"] if "clozapine" in context else ["mrn", "diagnosis"]
        return Mail(NURSE_BEAULIEU, [("Archives", "archives@chus-test.example")], r.choice(["numérisation", "svp", "dossier"]), body, "fr",
                    f"chart number written to evade a filter ({how}) with clinical context", types, mode="plain")
    body = (f"Can you pull the old echo reports for {shown}? "
            f"{r.choice(['Pt with severe AS booked for TAVI.', 'Endocarditis, needs TEE.', 'Cardiomyopathy, EF 20%.'])}\n" + signature(EN_MITCHELL, r, "en"))
    return Mail(EN_MITCHELL, [("Health Records", "records@lakeshore-gh.example")], "old reports", body, "en",
                f"chart number written to evade a filter ({how}) with clinical context", ["mrn", "diagnosis"], mode="plain")


def p_nam_alone(r: random.Random, k: int) -> Mail:
    np_ = next_nam_patient(gendered=True)
    nam = [nam_spaced(np_.nam), " ".join(np_.nam), np_.nam][k % 3]
    body = r.choice([f"NAM : {nam}\nSvp vérifier la couverture RAMQ avant la chirurgie de lundi.\n",
                     f"Carte expirée? {nam} – la patiente dit l'avoir renouvelée.\n",
                     f"Pouvez-vous valider ce NAM : {nam}. Merci\n"]) + signature(SEC_DESJARDINS, r)
    return Mail(SEC_DESJARDINS, [("Admission", "admission@hsle.example")], r.choice(["Vérification RAMQ", "NAM", "Couverture"]), body, "fr",
                "a health insurance number (NAM) alone, no name", ["ramq_nam"], mode="plain")


def p_xlsx_list(r: random.Random, k: int) -> Mail:
    rows: list[list[object]] = [["Chambre", "Nom", "Prénom", "Dossier", "Diagnostic", "Isolement"]]
    for _ in range(r.randint(6, 10)):
        p = invent_patient(r)
        rows.append([f"{r.randint(4, 8)}{r.randint(1, 30):02d}", p.last.upper(), p.first, int(make_mrn(r)), r.choice(DX_FR),
                     r.choice(["", "", "contact", "gouttelettes"])])
    data = make_xlsx(rows, "Étage")
    body = "Bonjour,\n\nListe à jour de l'étage pour la réunion de congés.\n" + signature(MGR_BRASSARD, r)
    return Mail(MGR_BRASSARD, [("Équipe 7e", "equipe7@hsle.example")], "Liste – réunion de congés", body, "fr",
                "ward list (names, chart numbers, diagnoses) only in an xlsx attachment",
                ["patient_name", "mrn", "diagnosis"],
                attachments=[Attachment("liste_etage.xlsx", "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", data)])


def p_pdf_lab(r: random.Random, k: int) -> Mail:
    np_ = next_nam_patient()
    p = np_.person
    labs = sample(r, LAB_FR, 5)
    lines = [f"Nom : {p.upper_form}", f"DDN : {p.born.isoformat()}   Sexe : {p.sex}", f"NAM : {np_.nam}",
             f"Prélevé le : {past_day(r).isoformat()}", ""] + [f"  {lab}" for lab in labs] + ["", "Valeurs critiques communiquées au médecin."]
    data = make_pdf(lines, "Laboratoire – rapport cumulatif")
    body = r.choice(["Résultats ci-joints.\n", "Bonjour, rapport demandé en pièce jointe.\n"]) + signature(SEC_BOIVIN, r)
    return Mail(SEC_BOIVIN, [rcpt(FAM_DOC)], r.choice(["Résultats", "Rapport de laboratoire"]), body, "fr",
                "lab report only in a PDF attachment (name, DOB, NAM, values)",
                ["patient_name", "date_of_birth", "ramq_nam", "lab_result"],
                attachments=[Attachment("rapport_labo.pdf", "application", "pdf", data)])


def p_forward_chain(r: random.Random, k: int) -> Mail:
    p = invent_patient(r, min_age=50)
    dx = r.choice(DX_FR)
    med = r.choice(MED_FR)
    original = (f"Bonjour,\n\n{p.title_fr} {p.last} ({p.first}) revient de l'urgence pour {dx}. "
                f"J'ai ajusté {med}. À revoir dans deux semaines en clinique.\n\n{DR_GAUTHIER.name}\n")
    body = (r.choice(["Pour ton info, peux-tu lui donner un RDV?\n", "FYI\n", "Voir plus bas, merci de planifier.\n"])
            + "\n" + signature(SEC_BOIVIN, r) + forward_block("fr", DR_GAUTHIER, SEC_BOIVIN, f"{fr_day(past_day(r))} 2026 14:02", f"{p.last}", original))
    return Mail(SEC_BOIVIN, [rcpt(SEC_DESJARDINS)], f"TR: {p.last}", body, "fr",
                "forwarded physician note about a patient", ["patient_name", "diagnosis", "medication"])


def p_en_referral(r: random.Random, k: int) -> Mail:
    p = invent_patient(r, "en", min_age=20)
    dx = r.choice(DX_EN)
    body = (f"{greet(r, dr(EN_ONEILL, 'en'), 'en')}\n\nI would appreciate your assessment of {p.title_en} {p.full}, DOB {dob_variants(p.born, r, 'en')}, "
            f"who presents with {dx}. {r.choice(['Ultrasound attached to the EMR.', 'Symptoms for 3 months.', 'Weight loss of 6 kg.'])}\n"
            f"Medications: {', '.join(sample(r, MED_EN, 2))}.\n" + signature(EN_SHARMA, r, "en"))
    return Mail(EN_SHARMA, [rcpt(EN_ONEILL)], r.choice(["Referral", "Consult request", f"Referral – {p.last}"]), body, "en",
                "English referral with DOB, diagnosis and drugs", ["patient_name", "date_of_birth", "diagnosis", "medication"])


def p_social(r: random.Random, k: int) -> Mail:
    p = invent_patient(r, min_age=65)
    situation = r.choice([f"vit {'seule' if p.sex == 'F' else 'seul'}, son fils est incarcéré; soupçon de maltraitance financière par un neveu",
                          "violence conjugale rapportée, a demandé de ne pas informer le conjoint",
                          "itinérance depuis 6 mois, consommation d'alcool quotidienne"])
    clinical = r.choice(['Troubles cognitifs légers (MoCA 21).', 'Refuse l’hébergement.', 'Suivi en santé mentale à prévoir.'])
    body = (f"{greet(r, 'Chantal')}\n\nRencontre avec {p.title_fr} {p.full} ce matin. Situation : {situation}. {clinical}\n"
            "Je fais un signalement au besoin. On s'en reparle.\n" + signature(SW_MERCIER, r))
    types = ["patient_name"] + (["diagnosis"] if "MoCA" in clinical or "alcool" in situation else [])
    return Mail(SW_MERCIER, [rcpt(NURSE_ROY)], r.choice(["Situation sociale", "Rencontre TS", "Suivi psychosocial"]), body, "fr",
                "social-work note about a named patient's family and safety situation", types)


def p_vcf(r: random.Random, k: int) -> Mail:
    p = invent_patient(r, min_age=50)
    tel = phone(r)
    street = f"{r.randint(10, 999)} rue {r.choice(['Wellington Sud', 'Belvédère', 'Conseil', 'Papineau'])}"
    vcf = make_vcf(p.full, p.last, p.first, tel=tel, address=(street, "Sherbrooke", "QC", "J1H 1A1"),
                   note="Patiente – suivi plaie sacrée stade 3" if p.sex == "F" else "Patient – suivi plaie sacrée stade 3")
    body = ("Bonjour,\n\nCoordonnées jointes pour la visite à domicile (suivi de plaie de pression, stade 3). "
            "Pansement Mepilex q3j.\n" + signature(NURSE_GAGNON, r))
    return Mail(NURSE_GAGNON, [("SAD Sherbrooke", "sad@cisss-rv.example")], "Nouvelle demande SAD", body, "fr",
                "home-care request with the patient's vCard (name, address, phone)",
                ["patient_name", "patient_contact", "diagnosis"],
                attachments=[Attachment(f"{p.last.lower()}.vcf", "text", "vcard", vcf, "utf-8")])


def p_en_discharge_html(r: random.Random, k: int) -> Mail:
    p = invent_patient(r, "en", min_age=40)
    mrn = make_mrn(r, 8)
    rows = [("Patient", p.upper_form), ("DOB", p.born.isoformat()), ("MRN", mrn), ("Diagnosis", r.choice(DX_EN)),
            ("Discharge meds", "; ".join(sample(r, MED_EN, 3))), ("Follow-up", "Family physician in 1 week")]
    table = "\n".join(f"<tr><td><b>{html.escape(a)}</b></td><td>{html.escape(b)}</td></tr>" for a, b in rows)
    markup = (f"<html><body><p>Discharge summary below.</p><table border=\"0\">\n{table}\n</table>"
              f"<p>{html.escape(EN_GOLDBERG.name)}, MD</p></body></html>\n")
    return Mail(EN_GOLDBERG, [("Dr. Family", "office@clinic-west.example")], "Discharge summary", "", "en",
                "HTML-only English discharge summary table", ["patient_name", "date_of_birth", "mrn", "diagnosis", "medication"],
                html_body=markup, mode="html")


def p_quoted_only(r: random.Random, k: int) -> Mail:
    np_ = next_nam_patient(gendered=True)
    p = np_.person
    earlier = (f"{p.title_fr} {p.last}, {p.born.isoformat()}, {r.choice(['chute, fx hanche D', 'DRS atypique', 'céphalée + PA 220/120'])}. "
               + ("Elle attend" if p.sex == "F" else "Il attend") + " à l'urgence, peux-tu " + ("la" if p.sex == "F" else "le") + " voir?")
    body = (r.choice([f"Ok, je {'la' if p.sex == 'F' else 'le'} vois demain matin.", "Parfait, je passe vers 15 h.", "Reçu."]) + "\n\n"
            + f"Le {fr_day(past_day(r, 1, 2))} 2026, {DR_PELLETIER.name} a écrit :\n" + quote(earlier))
    return Mail(DR_FORTIER, [rcpt(DR_PELLETIER)], "Re: consultation", body, "fr",
                "reply whose patient details appear only in the quoted earlier message", ["patient_name", "date_of_birth", "diagnosis"], reply=True)


def p_en_beds(r: random.Random, k: int) -> Mail:
    rows = []
    for _ in range(r.randint(4, 6)):
        p = invent_patient(r, "en", min_age=30)
        rows.append(f"Bed {r.randint(1, 32)} – {p.last.upper()}, {p.first} – {r.choice(DX_EN)} – {r.choice(LAB_EN)}")
    body = ("Evening board, 4 West:\n\n" + "\n".join(rows) + "\n\n" + r.choice(["All others stable.", "Watch bed 12 overnight.", ""]) + "\n"
            + signature(EN_MITCHELL, r, "en"))
    return Mail(EN_MITCHELL, [("4W Nights", "4w-nights@lakeshore-gh.example")], "4W board", body, "en",
                "bed board: bed – SURNAME, Given – diagnosis – lab", ["patient_name", "diagnosis", "lab_result"])


def p_to_patient(r: random.Random, k: int) -> Mail:
    np_ = next_nam_patient(gendered=True)
    p = np_.person
    when = future_day(r)
    clinic = r.choice(["oncologie", "clinique du sein", "clinique de la mémoire", "clinique VIH"])
    body = (f"Bonjour {p.title_fr} {p.last},\n\nNous confirmons votre rendez-vous à la {clinic} le {fr_day(when)} à 10 h.\n"
            f"Dossier au nom de : {p.full}, né{'e' if p.sex == 'F' else ''} le {fr_date(p.born)}.\n"
            "Veuillez apporter votre carte d'assurance maladie et la liste de vos médicaments.\n" + signature(SEC_DESJARDINS, r))
    return Mail(SEC_DESJARDINS, [(p.full, f"{ascii_fold(p.first)}.{ascii_fold(p.last)}@courriel-test.example")],
                "Confirmation de rendez-vous", body, "fr", "appointment confirmation sent to the patient, naming the clinic and birth date",
                ["patient_name", "date_of_birth", "diagnosis"])


def p_rfc822_forward(r: random.Random, k: int) -> Mail:
    p = invent_patient(r, min_age=30)
    inner = inner_message(DR_DUBE, NURSE_ROY, f"{p.last} – congé",
                          f"{p.title_fr} {p.full} : congé demain. Dx trouble bipolaire, épisode maniaque. "
                          f"Lithium 900 mg HS, lithémie 0,9. Suivi CLSC.\n", "Tue, 1 Dec 2026 10:14:00 -0500")
    body = "Je te transfère le courriel de la Dre Dubé.\n" + signature(NURSE_ROY, r)
    return Mail(NURSE_ROY, [("Équipe CLSC", "clsc-sm@cisss-rv.example")], "TR: congé", body, "fr",
                "forward-as-attachment (message/rfc822) carrying psychiatric discharge details",
                ["patient_name", "diagnosis", "medication", "lab_result"], rfc822=inner)


def p_psych(r: random.Random, k: int) -> Mail:
    p = invent_patient(r, min_age=18)
    body = (f"{greet(r, dr(DR_DUBE))}\n\n{p.last}, {p.first} – vu à l'urgence cette nuit pour idées suicidaires avec plan. "
            f"Sous {r.choice(['escitalopram 10 mg', 'venlafaxine 150 mg', 'aripiprazole 10 mg'])}. Garde préventive signée.\n"
            "Lit en psychiatrie demandé.\n" + signature(DR_PELLETIER, r))
    return Mail(DR_PELLETIER, [rcpt(DR_DUBE)], "Consultation psy urgence", body, "fr", "psychiatric emergency about a named patient",
                ["patient_name", "diagnosis", "medication"])


def p_pediatric(r: random.Random, k: int) -> Mail:
    np_ = next_nam_patient()
    p = np_.person
    body = (f"{greet(r, 'Marie-Ève')}\n\n{p.full} (DDN {p.born.isoformat()}) – {r.choice(['otites récidivantes, 5e épisode', 'asthme mal contrôlé', 'retard de croissance'])}. "
            f"La mère demande un suivi en pédiatrie. Actuellement {r.choice(['amoxicilline 90 mg/kg/j', 'fluticasone 125 mcg BID', 'aucun médicament'])}.\n"
            + signature(FAM_DOC, r))
    return Mail(FAM_DOC, [rcpt(DR_LAVOIE)], "Référence pédiatrie", body, "fr", "pediatric referral with birth date",
                ["patient_name", "date_of_birth", "diagnosis", "medication"])


def p_en_terse(r: random.Random, k: int) -> Mail:
    p = invent_patient(r, "en", min_age=40)
    labs = sample(r, LAB_EN, 3)
    body = f"{p.last} {p.first[0]} – {' / '.join(labs)} – holding {r.choice(['warfarin', 'metformin', 'lisinopril'])}\n" + signature(EN_MITCHELL, r, "en")
    return Mail(EN_MITCHELL, [rcpt(EN_SHARMA)], r.choice(["labs", "critical values", "FYI"]), body, "en",
                "terse English lab note: surname, initial, values, drug", ["patient_name", "lab_result", "medication"], mode="plain")


def p_en_booking(r: random.Random, k: int) -> Mail:
    p = invent_patient(r, "en", min_age=20)
    when = future_day(r)
    exam = r.choice(["MRI brain (MS follow-up)", "CT chest (lung nodule surveillance)", "colonoscopy (iron-deficiency anemia)", "stress echo (angina)"])
    body = (f"Hi,\n\nBooked:\n{p.last}, {p.first}\nDOB {dob_variants(p.born, r, 'en')}\n{exam}\n{en_day(when)} at {r.choice(['7:45', '10:30', '15:15'])}\n\n"
            "Please send the requisition back signed.\n" + signature(EN_MITCHELL, r, "en"))
    return Mail(("Booking Office", "booking@lakeshore-gh.example"), [rcpt(EN_SHARMA)], r.choice(["Booked", "Appointment booked", f"RE: booking {p.last}"]), body, "en",
                "English booking confirmation with DOB and indication", ["patient_name", "date_of_birth", "diagnosis"], reply=k % 2 == 1)


def p_buried_minutes(r: random.Random, k: int) -> Mail:
    p = invent_patient(r, min_age=65)
    room = f"{r.randint(5, 8)}{r.randint(1, 30):02d}"
    lang = "fr" if k % 2 == 0 else "en"
    if lang == "fr":
        body = ("Compte rendu – rencontre d'équipe 7e Nord\nPrésents : Annie Brassard, Sophie Lachance, Dre Julie Tremblay, Kevin Beaulieu\n\n"
                "1. Plan de congés des Fêtes : toutes les demandes sont acceptées sauf le 25 décembre de nuit.\n"
                "2. Audit des chutes : 7 chutes en novembre, dont 2 avec blessure.\n"
                f"3. Retour sur l'événement du {fr_day(past_day(r, 3, 9))} : {p.title_fr} {p.full} (ch. {room}) a chuté en se levant seul{'e' if p.sex == 'F' else ''} la nuit; "
                f"fracture de la hanche {r.choice(['droite', 'gauche'])} confirmée, opéré{'e' if p.sex == 'F' else ''} le lendemain. Déclaration AH-223 faite, famille rencontrée.\n"
                "4. Nouveau protocole de délirium : formation le 14 janvier.\n5. Varia : le frigo du poste sera nettoyé vendredi.\n" + signature(MGR_BRASSARD, r))
        return Mail(MGR_BRASSARD, [("Équipe 7e", "equipe7@hsle.example")], "Compte rendu – rencontre d'équipe", body, "fr",
                    "team minutes, mostly administrative, with one named patient's fall and fracture buried in item 3",
                    ["patient_name", "diagnosis"])
    body = ("Minutes – 4 West staff meeting\nPresent: Sarah Mitchell, Dr. Amit Sharma, Tom Becker (IT)\n\n"
            "1. Holiday schedule posted; swaps through the staffing office.\n2. New Pyxis cabinets go live January 11.\n"
            f"3. Incident review: {p.full} (bed {r.randint(1, 32)}) received a double dose of hydromorphone on {en_day(past_day(r, 3, 9))}; "
            "naloxone given, transferred to ICU, now recovered. Disclosure done with the daughter.\n"
            "4. Parking: the P2 lot closes for repaving in March.\n" + signature(EN_MITCHELL, r, "en"))
    return Mail(EN_MITCHELL, [("4W Staff", "4w-staff@lakeshore-gh.example")], "Minutes – 4W staff meeting", body, "en",
                "staff minutes with one named patient's medication incident buried in item 3",
                ["patient_name", "medication", "diagnosis"])


def p_it_ticket_patient(r: random.Random, k: int) -> Mail:
    p = invent_patient(r, "fr" if k % 2 == 0 else "en", min_age=30)
    mrn = make_mrn(r)
    ticket = f"INC{r.randint(1000000, 9999999)}"
    if k % 2 == 0:
        body = (f"Billet {ticket}\n\nDemandeur : Sophie Lachance, 7e Nord\nDescription : Le dossier de {p.title_fr} {p.full} (no de dossier {mrn}) ne s'ouvre pas dans le DCI, "
                f"erreur « index introuvable ». Urgent : la patiente est en isolement pour C. difficile et on n'a pas accès à ses ordonnances.\n"
                if p.sex == "F" else
                f"Billet {ticket}\n\nDemandeur : Sophie Lachance, 7e Nord\nDescription : Le dossier de {p.title_fr} {p.full} (no de dossier {mrn}) ne s'ouvre pas dans le DCI, "
                f"erreur « index introuvable ». Urgent : le patient est en isolement pour C. difficile et on n'a pas accès à ses ordonnances.\n")
        return Mail(("Centre de services TI", "servicedesk@hsle.example"), [rcpt(IT_MORNEAU)], f"[{ticket}] Nouveau billet – priorité 2",
                    body + signature(IT_MORNEAU, r), "fr", "IT ticket quoting a patient's name, chart number and diagnosis",
                    ["patient_name", "mrn", "diagnosis"])
    body = (f"Ticket {ticket}\n\nCaller: Sarah Mitchell, 4 West\nIssue: Lab interface not filing results for {p.full}, MRN {mrn}. "
            "Pharmacy needs the vancomycin trough before the next dose (trough was 24.1 this morning per phone report).\n")
    return Mail(EN_BECKER, [("Interfaces team", "interfaces@lakeshore-gh.example")], f"[{ticket}] Lab interface – results not filing",
                body + signature(EN_BECKER, r, "en"), "en", "IT ticket quoting a patient's name, MRN, drug and level",
                ["patient_name", "mrn", "medication", "lab_result"])


def p_billing(r: random.Random, k: int) -> Mail:
    np_ = next_nam_patient()
    p = np_.person
    if k % 2 == 0:
        body = (f"Bonjour,\n\nFacture no {r.randint(100000, 999999)} – transport ambulancier\n\nBénéficiaire : {p.last.upper()}, {p.first}\n"
                f"Date de naissance : {p.born.isoformat()}\nNAM : {np_.nam}\nTrajet : domicile → urgence, {fr_date(past_day(r))}\nMontant : 125,00 $ + 1,75 $/km\n\n"
                "Merci d'acheminer au service de facturation.\n" + signature(Staff("Nicole Gingras", "Facturation", "facturation@ambulances-test.example", "819 555-0140", "", "Ambulances Estrie-Test"), r))
        return Mail(("Ambulances Estrie-Test", "facturation@ambulances-test.example"), [("Facturation", "facturation@hsle.example")], "Facture transport ambulancier",
                    body, "fr", "ambulance invoice naming the patient with birth date and NAM", ["patient_name", "date_of_birth", "ramq_nam"])
    body = (f"Bonjour,\n\nLa facture des médicaments non assurés pour {p.full} (DDN {p.born.isoformat()}) est en souffrance : "
            f"{r.choice(['adalimumab', 'dupilumab', 'sémaglutide'])}, 3 mois, 2 415,00 $. Pouvez-vous vérifier la couverture privée?\n" + signature(PHARM_VACHON, r))
    return Mail(PHARM_VACHON, [("Facturation", "facturation@hsle.example")], "Compte en souffrance", body, "fr",
                "pharmacy bill naming the patient, birth date and drug", ["patient_name", "date_of_birth", "medication"])


def p_complaint(r: random.Random, k: int) -> Mail:
    p = invent_patient(r, min_age=70)
    body = (f"Bonjour Mme Brassard,\n\nJe vous transmets la plainte reçue hier de la fille de {p.title_fr} {p.full}, hospitalisé{'e' if p.sex == 'F' else ''} au 7e Nord. "
            f"Elle reproche le délai de réponse à la cloche d'appel la nuit du {fr_date(past_day(r, 2, 8))}, nuit où sa mère a fait une chute "
            "(fracture du poignet). Elle demande aussi que le dosage d'hydromorphone soit revu.\n\nDossier de plainte : P-2026-" + f"{r.randint(100, 999)}\n"
            + signature(Staff("Isabelle Fortin", "Commissaire aux plaintes et à la qualité des services", "plaintes@cisss-rv.example", "450 555-0119", "", CRV), r))
    if p.sex == "M":
        body = body.replace("sa mère", "son père")
    return Mail(("Commissaire aux plaintes", "plaintes@cisss-rv.example"), [rcpt(MGR_BRASSARD)], "Plainte – 7e Nord", body, "fr",
                "complaint file naming the patient, a fall with fracture and a drug", ["patient_name", "diagnosis", "medication"])


def p_id_attachment(r: random.Random, k: int) -> Mail:
    if k % 3 == 0:
        p = invent_patient(r, min_age=20)
        nir = make_nir(r, p.born, p.sex)
        lines = ["ATTESTATION DE SOINS", "", f"Nom : {p.upper_form}", f"Né(e) le : {p.born:%d/%m/%Y}",
                 f"N° de sécurité sociale (France) : {nir[0]} {nir[1:3]} {nir[3:5]} {nir[5:7]} {nir[7:10]} {nir[10:13]} {nir[13:]}",
                 f"Soins reçus : urgence, {r.choice(['entorse de la cheville', 'colique néphrétique', 'pneumonie'])}", "Montant : 1 240,00 $ CA"]
        return Mail(SEC_DESJARDINS, [("Assurance voyage", "claims@assur-voyage-test.example")], "Attestation de soins",
                    "Bonjour,\n\nVeuillez trouver l'attestation demandée.\n" + signature(SEC_DESJARDINS, r), "fr",
                    "care certificate PDF with a French NIR, name, birth date and diagnosis",
                    ["patient_name", "date_of_birth", "fr_nir", "diagnosis"],
                    attachments=[Attachment("attestation.pdf", "application", "pdf", make_pdf(lines, "Hôpital Saint-Laurent-des-Érables"))])
    if k % 3 == 1:
        rows = [["Last name", "First name", "Health number", "Version", "Reason"]]
        for _ in range(r.randint(3, 5)):
            p = invent_patient(r, "en")
            rows.append([p.last, p.first, make_ontario_hn(r), r.choice(["AB", "KT", "MN"]), r.choice(DX_EN)])
        data = make_csv(rows, sep=",", encoding="utf-8", crlf=True)
        return Mail(EN_OTTAWA, [rcpt(EN_MITCHELL)], "Pending transfers", "Pending transfer list attached, thanks.\n" + signature(EN_OTTAWA, r, "en"), "en",
                    "CSV of pending transfers with Ontario health numbers and diagnoses",
                    ["patient_name", "ca_health_number", "diagnosis"], attachments=[Attachment("pending_transfers.csv", "text", "csv", data, "utf-8")])
    p = invent_patient(r, min_age=30)
    sin = make_sin(r)
    doc = make_docx([f"Nom du bénéficiaire : {p.full}", f"Date de naissance : {p.born.isoformat()}", f"NAS : {sin[:3]} {sin[3:6]} {sin[6:]}",
                     f"Adresse : {r.randint(10, 999)}, rue {r.choice(['Laurier', 'Frontenac', 'Dufferin'])}, Sherbrooke (Québec) J1H 4C2",
                     "Motif : incapacité de travail, trouble anxieux généralisé, suivi en psychiatrie."], title="Formulaire de demande – prestations")
    return Mail(SW_MERCIER, [("Prestations", "prestations@services-test.example")], "Formulaire complété",
                "Bonjour,\n\nLe formulaire complété est joint.\n" + signature(SW_MERCIER, r), "fr",
                "benefits form (.docx) with a patient's SIN, birth date, address and diagnosis",
                ["patient_name", "date_of_birth", "ca_sin", "patient_contact", "diagnosis"],
                attachments=[Attachment("formulaire.docx", "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", doc)])


def p_en_initials(r: random.Random, k: int) -> Mail:
    p = invent_patient(r, "en", min_age=30)
    mrn = make_mrn(r, 8).zfill(8) if k % 2 == 0 else "00" + make_mrn(r, 6)
    body = (f"Micro called: blood cultures 2/2 positive for {r.choice(['MRSA', 'E. coli ESBL', 'Candida albicans'])} on pt {p.first[0]}.{p.last[0]}., "
            f"MRN {mrn}, DOB {p.born.isoformat()}. Started {r.choice(['vancomycin 1.5 g IV q12h', 'meropenem 1 g IV q8h', 'micafungin 100 mg IV daily'])}. ID consult requested.\n"
            + signature(EN_SHARMA, r, "en"))
    return Mail(EN_SHARMA, [rcpt(EN_GOLDBERG)], r.choice(["positive cultures", "micro call", "FYI cultures"]), body, "en",
                "patient given by initials only, with MRN, birth date, culture result and antibiotic",
                ["mrn", "date_of_birth", "lab_result", "medication", "diagnosis"], mode="plain")


def p_nam_html_split(r: random.Random, k: int) -> Mail:
    np_ = next_nam_patient()
    nam = np_.nam
    markup = ("<html><body><p>Bonjour,</p><p>Couverture à vérifier avant l'IRM de demain (suivi sclérose en plaques) :</p>"
              "<table border=\"1\"><tr><th>Lettres</th><th>Bloc 1</th><th>Bloc 2</th></tr>"
              f"<tr><td>{nam[:4]}</td><td>{nam[4:8]}</td><td>{nam[8:]}</td></tr></table>"
              "<p>Merci!<br>Lise</p></body></html>\n")
    return Mail(SEC_DESJARDINS, [("Admission", "admission@hsle.example")], "Couverture RAMQ – IRM demain", "", "fr",
                "NAM split across three HTML table cells, with the exam's indication", ["ramq_nam", "diagnosis"], html_body=markup, mode="html")


def p_txt_attachment(r: random.Random, k: int) -> Mail:
    lines = []
    for _ in range(r.randint(3, 5)):
        p = invent_patient(r, min_age=40)
        lines.append(f"{p.last.upper()} {p.first} ({p.age_at(date(2026, 12, 4))} ans) - {r.choice(DX_FR)} - {r.choice(LAB_FR)} - {r.choice(MED_FR)}")
    text = "Notes de garde - à transcrire\n\n" + "\n".join(lines) + "\n"
    encoding = "utf-8" if k % 2 == 0 else "cp1252"
    return Mail(DR_PELLETIER, [rcpt(SEC_BOIVIN)], r.choice(["notes", "À transcrire svp"]),
                "Bonjour Carole, mes notes de la nuit en pièce jointe, merci!\n" + signature(DR_PELLETIER, r), "fr",
                "night notes in a .txt attachment: names, diagnoses, labs, drugs",
                ["patient_name", "diagnosis", "lab_result", "medication"],
                attachments=[Attachment("notes_garde.txt", "text", "plain", text.encode(encoding), "utf-8" if k % 2 == 0 else "windows-1252")])


POSITIVE_TEMPLATES: list[tuple[Template, int]] = [
    (p_referral_nam, 3), (p_consult_note, 3), (p_discharge_docx, 3), (p_handover, 4), (p_appointment_dob, 3),
    (p_lab_terse, 3), (p_name_no_title, 3), (p_en_progress, 3), (p_same_surname, 4), (p_transport_contact, 3),
    (p_subject_only, 3), (p_csv_list, 3), (p_ics, 3), (p_sin, 3), (p_ohip, 3), (p_niss, 2), (p_nir, 2),
    (p_mrn_disguised, 6), (p_nam_alone, 3), (p_xlsx_list, 2), (p_pdf_lab, 2), (p_forward_chain, 3),
    (p_en_referral, 3), (p_social, 3), (p_vcf, 2), (p_en_discharge_html, 3), (p_quoted_only, 3), (p_en_beds, 3),
    (p_to_patient, 3), (p_rfc822_forward, 2), (p_psych, 2), (p_pediatric, 2), (p_en_terse, 2),
    (p_en_booking, 3), (p_buried_minutes, 2), (p_it_ticket_patient, 2), (p_billing, 2), (p_complaint, 1), (p_id_attachment, 3),
    (p_en_initials, 2), (p_nam_html_split, 1), (p_txt_attachment, 2),
]


# --------------------------------------------------------------------------------------------
# Negative templates (hard: clinical vocabulary, names of staff, numbers that look like identifiers)
# --------------------------------------------------------------------------------------------


def n_drug_bulletin(r: random.Random, k: int) -> Mail:
    topics = [
        ("Apixaban et insuffisance rénale",
         "Chez les patients en FA non valvulaire, réduire l'apixaban à 2,5 mg BID si deux critères sur trois : âge ≥ 80 ans, "
         "poids ≤ 60 kg, créatinine ≥ 133 µmol/L. Éviter si DFGe < 15 mL/min."),
        ("Hyperkaliémie sous IECA",
         "Une kaliémie > 5,5 mmol/L justifie une réévaluation de la dose de ramipril ou de spironolactone. "
         "Contrôler K et Cr 1 à 2 semaines après chaque ajustement."),
        ("Metformine et produits de contraste",
         "Suspendre la metformine le jour de l'examen si DFGe < 30 mL/min/1,73 m² ou en cas d'IRA; reprendre après 48 h si Cr stable."),
        ("Warfarine : cibles de RNI",
         "RNI cible 2,0–3,0 pour la FA et la TVP; 2,5–3,5 pour certaines valves mécaniques. Un RNI de 3,4 sans saignement : "
         "omettre 1 dose et réduire de 10 à 15 %."),
    ]
    title, text = topics[k % len(topics)]
    body = (f"BULLETIN PHARMACO – Volume 12, no {r.randint(2, 11)}\nComité de pharmacologie, {CRV}\n\n{title}\n\n{text}\n\n"
            "Références : monographies de produit; lignes directrices de la SCC 2024.\n\n"
            "Vous recevez ce bulletin parce que vous êtes inscrit à la liste de diffusion des prescripteurs. "
            "Pour vous désabonner, écrivez à bulletin-pharmaco@cisss-rv.example.\n")
    return Mail(PHARM_POULIN, [("Prescripteurs", "prescripteurs@cisss-rv.example")], f"Bulletin pharmaco – {title}", body, "fr",
                "drug bulletin with dosing thresholds and lab cut-offs, no patient")


def n_aggregate_stats(r: random.Random, k: int) -> Mail:
    units = ["7e Nord", "6e Sud", "Gériatrie", "Soins intensifs", "Urgence"]
    rows = [["Unité", "Admissions", "Durée moyenne (j)", "Réadmissions 30 j (%)", "Patients diabétiques"]]
    for unit in units:
        rows.append([unit, str(r.randint(80, 400)), f"{r.uniform(3, 14):.1f}".replace(".", ","), f"{r.uniform(4, 18):.1f}".replace(".", ","), str(r.randint(10, 90))])
    readmission = f"{r.uniform(8, 14):.1f}".replace(".", ",")
    body = (f"{greet(r, 'Bonjour à tous')}\n\nVoici les indicateurs de novembre. Faits saillants :\n\n"
            f"- {r.randint(30, 60)} patients diabétiques hospitalisés en médecine, dont {r.randint(5, 15)} avec HbA1c > 9 %\n"
            f"- taux de réadmission global : {readmission} %\n"
            f"- {r.randint(3, 12)} chutes avec blessure (cible : < 5)\n\nLe détail par unité est en pièce jointe.\n" + signature(MGR_MENARD, r))
    data = make_csv(rows, sep=[";", ","][k % 2], encoding="utf-8-sig")
    return Mail(MGR_MENARD, [("Gestionnaires", "gestionnaires@cisss-rv.example")], "Indicateurs de novembre", body, "fr",
                "aggregate statistics (counts of diabetic patients, readmission rates) with CSV",
                attachments=[Attachment("indicateurs_nov.csv", "text", "csv", data, "utf-8")])


def n_conference(r: random.Random, k: int) -> Mail:
    speakers = [(f"{dr(DR_ROY)}", "Insuffisance cardiaque à fraction d'éjection préservée : quoi de neuf?"),
                (f"{dr(DR_GAGNON)}", "IRA sur IRC : pièges de l'ajustement des doses"),
                (f"{dr(DR_BERGERON)}", "Délirium chez la personne âgée hospitalisée"),
                ("Mme Chantal Roy, inf., M. Sc.", "Prévention des plaies de pression"),
                ("M. Marc-André Poulin, pharm.", "Anticoagulants et chirurgie : le passage"),
                (f"{dr(DR_GAUTHIER)}", "MPOC : nouvelles cibles de traitement")]
    chosen = r.sample(speakers, 4)
    day = future_day(r, 20, 60)
    programme = "\n".join(f"{8 + 1 * i} h {r.choice(['00', '30'])}  {title}\n          {who}" for i, (who, title) in enumerate(chosen))
    body = (f"Journée scientifique annuelle – {CRV}\n{fr_day(day)} {day.year}, Auditorium Pavillon A\n\nPROGRAMME\n\n{programme}\n\n"
            "12 h 00  Dîner (boîte à lunch offerte)\n\nActivité reconnue : 6 heures de formation continue. Inscription avant le 15 janvier.\n"
            + signature(COMMS_LEDUC, r))
    ics = make_ics("Journée scientifique annuelle", datetime(day.year, day.month, day.day, 8, 0), 480,
                   f"fresh-conf-{k}@cisss-rv.example", "Auditorium Pavillon A", "Programme joint au courriel.", COMMS_LEDUC.email)
    return Mail(COMMS_LEDUC, [("Tout le personnel", "tous@cisss-rv.example")], "Programme – Journée scientifique", body, "fr",
                "conference programme: speakers with titles and disease topics, calendar file",
                attachments=[Attachment("journee_scientifique.ics", "text", "calendar", ics, "utf-8")] if k % 2 == 0 else [])


def n_committee(r: random.Random, k: int) -> Mail:
    meeting = future_day(r)
    body = (f"AVIS DE CONVOCATION\n\nSéance {'ordinaire' if k % 2 else 'extraordinaire'} du conseil d'administration\n"
            f"{fr_day(meeting)} {meeting.year}, 18 h 30, salle du conseil (et Teams)\n\nORDRE DU JOUR\n"
            "1. Ouverture et constat du quorum – Mme Geneviève Caron, PDG\n2. Adoption du procès-verbal\n"
            "3. Rapport du comité de vigilance et de la qualité – Dr Martin Roy\n4. Plan de résorption des listes d'attente en chirurgie – M. Luc Ménard\n"
            "5. Nomination : Dre Isabelle Gagnon, chef du département de médecine spécialisée\n6. Budget 2027-2028\n7. Levée\n\n"
            "Les documents sont déposés dans le portail du CA.\n" + signature(Staff("Hélène Séguin", "Secrétaire générale", "secretariat.ca@cisss-rv.example", "450 555-0102", "", CRV), r))
    return Mail(("Secrétariat général", "secretariat.ca@cisss-rv.example"), [("Membres du CA", "ca@cisss-rv.example")],
                "Convocation – conseil d'administration", body, "fr", "board notice naming executives and physicians")


def n_oncall(r: random.Random, k: int) -> Mail:
    docs = [DR_TREMBLAY_J, DR_ROY, DR_GAGNON, DR_COTE, DR_GAUTHIER, DR_FORTIER, DR_PELLETIER, DR_TREMBLAY_JEAN]
    start = date(2026, 12, 14)
    rows = []
    for i in range(7):
        d = start + timedelta(days=i)
        doc = r.choice(docs)
        rows.append((f"{DAYS_FR[d.weekday()][:3]}. {d.day:02d}-12", doc.name, doc.role, f"poste {r.randint(2000, 5999)}", f"téléav. 819 555-01{r.randint(0, 99):02d}"))
    if k % 2 == 0:
        table = "\n".join(f"<tr>{''.join(f'<td>{html.escape(c)}</td>' for c in row)}</tr>" for row in rows)
        markup = (f"<html><body><p>Horaire de garde – semaine du 14 décembre (médecine et chirurgie)</p>"
                  f"<table border=\"1\"><tr><th>Date</th><th>Médecin</th><th>Service</th><th>Poste</th><th>Téléavertisseur</th></tr>\n{table}</table>"
                  "<p>Échanges de garde : aviser la centrale au poste 0.</p></body></html>\n")
        return Mail(MGR_BRASSARD, [("Centrale", "centrale@hsle.example")], "Horaire de garde – sem. du 14 déc.", "", "fr",
                    "on-call roster of physicians with units, dates, extensions and pagers", html_body=markup)
    body = "Garde de nuit – infirmières, 7e Nord\n\n" + "\n".join(
        f"{row[0]} : {r.choice(['Sophie Lachance', 'Mélanie Ouellette', 'Kevin Beaulieu', 'Véronique Gagnon', 'Chantal Roy'])} (ASI), "
        f"{r.choice(['Nadia Fortin', 'Julien Morin', 'Roxanne Côté'])} (inf. aux.)" for row in rows) + "\n\nMerci de vérifier vos quarts.\n" + signature(MGR_BRASSARD, r)
    nights = [line.split(" : ", 1) for line in body.split("\n")[2:9]]
    data = make_csv([["Date", "ASI et infirmière auxiliaire"]] + [[d, who] for d, who in nights], sep=";", encoding="cp1252")
    return Mail(MGR_BRASSARD, [("Équipe 7e", "equipe7@hsle.example")], "Horaire des nuits", body, "fr",
                "nursing night-shift roster: staff names, units and dates",
                attachments=[Attachment("horaire.csv", "text", "csv", data, "windows-1252")])


def n_hr(r: random.Random, k: int) -> Mail:
    variants = [
        ("Bienvenue à notre nouvelle chef d'unité", f"Nous sommes heureux d'accueillir Mme Josée Turcotte, inf., M. Sc., à titre de chef d'unité de l'urgence à compter du {fr_day(future_day(r))}. "
         "Josée arrive du CHU de Québec-Test où elle a travaillé 12 ans en soins critiques."),
        ("Absence", "Veuillez noter que Mme Lucie Roy sera absente du 14 au 31 décembre. Pour toute question de paie, adressez-vous à M. Denis Pelletier, poste 4471."),
        ("Formation obligatoire – Oméga", "La formation Oméga (prévention de la violence) est obligatoire pour tout le personnel de l'urgence et de la psychiatrie. "
         "Inscriptions : 12, 19 et 26 janvier, 8 h 30 à 16 h 30, salle 2-114."),
        ("Départ à la retraite", "Après 34 ans de loyaux services, notre collègue Ginette Morin, agente administrative à l'accueil, prend sa retraite. "
         "Un 5 à 7 aura lieu le 18 décembre à la cafétéria. Contribution pour le cadeau : voir Lise."),
        ("Affichage interne – dotation", "Le poste de conseillère en soins (remplacement d'un congé parental) sera comblé par Mme Véronique Gagnon. "
         "Merci aux six candidates."),
        ("Employee recognition", "Congratulations to Sarah Mitchell, RN, recipient of this year's Nursing Excellence Award, and to Dr. Amit Sharma for 20 years of service."),
    ]
    title, text = variants[k % len(variants)]
    lang = "en" if title == "Employee recognition" else "fr"
    body = f"{greet(r, 'Bonjour à tous' if lang == 'fr' else 'All', lang)}\n\n{text}\n" + signature(HR_LANGLOIS if lang == "fr" else EN_DIRECTOR, r, lang)
    return Mail(HR_LANGLOIS if lang == "fr" else EN_DIRECTOR, [("Personnel", "personnel@cisss-rv.example")], title, body, lang,
                "HR notice about staff (hiring, absence without medical detail, training, retirement)")


def n_job_posting(r: random.Random, k: int) -> Mail:
    jobs = [("Infirmière clinicienne – clinique de diabète", "Suivi de clientèle diabétique (type 1 et 2), enseignement de l'insulinothérapie, ajustement selon ordonnances collectives."),
            ("Pharmacien(ne) – oncologie", "Validation des protocoles de chimiothérapie, suivi de la neutropénie fébrile, comité des tumeurs."),
            ("Registered Nurse – Dialysis Unit", "Care of patients with end-stage renal disease on hemodialysis; CNO or OIIQ registration required.")]
    title, text = jobs[k % len(jobs)]
    lang = "en" if "Registered" in title else "fr"
    body = (f"{'AFFICHAGE DE POSTE' if lang == 'fr' else 'JOB POSTING'} #{r.randint(2026000, 2026999)}\n\n{title}\n\n{text}\n\n"
            + ("Statut : temps complet permanent, jour. Échelle salariale : 56 000 $ à 96 000 $. Postulez avant le 20 décembre auprès de "
               "Mme Mélissa Langlois, CRHA.\n" if lang == "fr" else "Full time, days. Apply by December 20 to Helen Kowalczyk.\n"))
    return Mail(HR_LANGLOIS if lang == "fr" else EN_DIRECTOR, [("Offres d'emploi", "emplois@cisss-rv.example")], title, body, lang,
                "job posting with disease vocabulary")


def n_baby(r: random.Random, k: int) -> Mail:
    if k % 2 == 0:
        body = ("Bonjour l'équipe!\n\nJ'ai le plaisir de vous annoncer la naissance de Léo, fils de notre collègue Karine Dubé, "
                "né le 3 mars à 4 h 12, 3,4 kg. Maman et bébé se portent à merveille!\n\nUne carte circule au poste des infirmières.\n" + signature(NURSE_ROY, r))
        return Mail(NURSE_ROY, [("Équipe psychiatrie", "psy@cisss-rv.example")], "Bienvenue Léo!", body, "fr",
                    "congratulations for a colleague's baby with birth date and weight")
    body = ("Hi all,\n\nPlease join me in congratulating Tom Becker and his wife on the birth of their daughter Ava, born on November 28, 7 lb 2 oz. "
            "We're collecting for a gift at the service desk.\n" + signature(EN_MITCHELL, r, "en"))
    return Mail(EN_MITCHELL, [("4W Staff", "4w-staff@lakeshore-gh.example")], "Congratulations Tom!", body, "en",
                "colleague's baby announcement with birth date")


def n_invoice_form(r: random.Random, k: int) -> Mail:
    if k % 3 == 2:
        doc = make_docx(["Nom du patient : ______________________________",
                         "Date de naissance : ____ / ____ / ______", "NAM : ____________________",
                         "No de dossier : ____________", "Diagnostic : __________________________",
                         "Signature du médecin : ____________________   Permis : ________"],
                        title="Formulaire de demande de transfert (gabarit vierge)")
        body = ("Bonjour,\n\nVoici le nouveau gabarit du formulaire de transfert, approuvé par le comité des formulaires. "
                "Merci de remplacer l'ancienne version (F-112) dans vos classeurs.\n" + signature(MGR_BRASSARD, r))
        return Mail(MGR_BRASSARD, [("Chefs d'unité", "chefs@hsle.example")], "Nouveau gabarit F-112", body, "fr",
                    "blank form template with labelled patient fields left empty (docx)",
                    attachments=[Attachment("F-112_gabarit.docx", "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", doc)])
    invoice = r.randint(100000, 999999)
    lines = [f"FACTURE no {invoice}", f"Date : {past_day(r).isoformat()}",
             "Client : Hôpital Saint-Laurent-des-Érables – Approvisionnement", "Nom : Service de pharmacie",
             "Adresse : 1200, rue de l'Hôpital, Sherbrooke (Québec) J1G 5K1",
             f"No de client : {r.randint(10000000, 99999999)}    Bon de commande : BC-{r.randint(2026000, 2026999)}",
             "", "Qté  Description                                Prix",
             f"12   Seringues 10 mL Luer-Lock (bte 100)        {r.randint(20, 60)},00 $",
             f"4    Pompe volumétrique – tubulures (cs 50)     {r.randint(200, 400)},00 $",
             "", f"TPS 5 % / TVQ 9,975 %   No TPS : {luhn_number(r, 9)} RT0001   No TVQ : {r.randint(1000000000, 1999999999)} TQ0001"]
    body = "\n".join(lines) + "\n\nMerci de votre confiance.\n" + signature(SUP_MEDISTOCK, r)
    attachments = [Attachment(f"facture_{invoice}.pdf", "application", "pdf", make_pdf(lines, "MédiStock inc."))] if k % 3 == 1 else []
    return Mail(SUP_MEDISTOCK, [("Comptes payables", "cp@hsle.example")], f"Facture {invoice}", body, "fr",
                "supplier invoice with labelled fields (Client, Nom) and tax numbers", attachments=attachments)


def n_lot_serial(r: random.Random, k: int) -> Mail:
    variants = k % 6
    if variants == 0:
        imeis = [luhn_number(r, 15, "35") for _ in range(5)]
        body = ("Bonjour,\n\nVoici les IMEI des 5 téléphones Ascom remis à l'urgence :\n\n" + "\n".join(f"- {x}" for x in imeis)
                + "\n\nÉtiquettes d'actif : " + ", ".join(f"HSL-{r.randint(100000, 999999)}" for _ in range(5)) + "\n" + signature(IT_MORNEAU, r))
        return Mail(IT_MORNEAU, [rcpt(MGR_BRASSARD)], "Téléphones urgence – IMEI", body, "fr", "IMEI list (Luhn-valid 15 digits) and asset tags")
    if variants == 1:
        lots = [f"Lot {r.choice('ABCKX')}{r.randint(1000, 9999)}{r.choice('ABC')}  exp. 2027-{r.randint(1, 12):02d}  qté {r.randint(10, 200)}" for _ in range(6)]
        body = "Réception marchandise – quai 2\n\n" + "\n".join(lots) + "\n\nBon de livraison 00" + make_mrn(r) + "\n" + signature(SUP_MEDISTOCK, r)
        return Mail(SUP_MEDISTOCK, [("Magasin", "magasin@hsle.example")], "Avis de livraison", body, "fr", "lot numbers, expiry dates and a 9-digit delivery slip")
    if variants == 2:
        cats = [luhn_number(r, 9) for _ in range(3)] + [str(r.randint(10 ** 9, 10 ** 10 - 1)) for _ in range(2)] + [str(r.randint(10 ** 12, 10 ** 13 - 1))]
        body = ("Hi,\n\nHere are the catalogue numbers for the requested items:\n\n" + "\n".join(
            f"{c}  {d}" for c, d in zip(cats, ["Suction canister 2L", "Foley catheter 16Fr", "IV start kit", "Syringe pump", "ECG electrodes (case)", "Pulse oximeter probe"], strict=True))
            + "\n\nGTIN/UPC available on request.\n" + signature(SUP_NORDIKA, r, "en"))
        return Mail(SUP_NORDIKA, [("Purchasing", "purchasing@lakeshore-gh.example")], "Catalogue numbers", body, "en",
                    "catalogue numbers of 9 (Luhn-valid), 10 and 13 digits")
    if variants == 3:
        serials = [f"SN {r.randint(10 ** 8, 10 ** 9 - 1)}" for _ in range(4)]
        body = ("Bonjour,\n\nEntretien préventif complété sur les pousse-seringues suivants :\n" + "\n".join(f"- Alaris 8110, {s}, 7e Nord" for s in serials)
                + "\nProchain entretien : juin 2027.\n" + signature(Staff("Gilles Nantel", "Technicien en génie biomédical", "gbm@hsle.example", "819 555-0142, poste 5120", "", HSL), r))
        return Mail(("Génie biomédical", "gbm@hsle.example"), [rcpt(MGR_BRASSARD)], "Entretien préventif – pousse-seringues", body, "fr",
                    "equipment serial numbers (9 digits) with unit names")
    if variants == 4:
        body = ("Inventaire portables – Pavillon B\n\n" + "\n".join(
            f"{r.choice(['Dell Latitude 5440', 'HP EliteBook 840'])} | S/N {r.choice('CDFHJ')}{r.randint(1000000, 9999999)} | actif {r.randint(1000000, 9999999)} | utilisateur : {u}"
            for u in ["Lise Desjardins", "Carole Boivin", "Annie Brassard", "Patrick Morneau"]) + "\n" + signature(IT_MORNEAU, r))
        return Mail(IT_MORNEAU, [rcpt(IT_HEBERT)], "Inventaire portables", body, "fr", "laptop inventory: serial and 7-digit asset numbers with staff users")
    rows: list[list[object]] = [["DIN", "Produit", "Lot", "Péremption", "Qté"]]
    for drug in ["Apixaban 5 mg", "Furosémide 40 mg", "Metformine 500 mg", "Héparine 5000 U/mL"]:
        rows.append([f"0{r.randint(2000000, 2499999)}", drug, f"{r.choice('ABKM')}{r.randint(10000, 99999)}", f"2027-{r.randint(1, 12):02d}-01", r.randint(5, 80)])
    return Mail(PHARM_POULIN, [("Approvisionnement", "appro@hsle.example")], "Inventaire pharmacie – péremptions", "Bonjour,\nInventaire ci-joint.\n" + signature(PHARM_POULIN, r), "fr",
                "pharmacy stock spreadsheet with DIN, lots and expiry dates",
                attachments=[Attachment("inventaire.xlsx", "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", make_xlsx(rows))])


def n_nas_storage(r: random.Random, k: int) -> Mail:
    serial = luhn_number(r, 9)
    texts = [
        f"Le NAS du 3e (NAS-RAD-02, S/N {serial}) est plein à 94 %. Je purge les sauvegardes de plus de 90 jours ce soir à 22 h. Aucune interruption prévue.",
        f"Migration du NAS de la pharmacie vers le nouveau Synology (NAS {serial[:3]} {serial[3:6]} {serial[6:]} selon l'étiquette) samedi. Les partages \\\\NAS-PHARM\\commun seront en lecture seule.",
        f"Alerte SMART sur le disque 4 du NAS-ADM-01. Remplacement commandé (bon de commande {r.randint(100000000, 999999999)}).",
    ]
    body = f"{greet(r, 'Bonjour')}\n\n{texts[k % 3]}\n" + signature(r.choice([IT_MORNEAU, IT_HEBERT]), r)
    return Mail(IT_MORNEAU, [("TI – équipe infrastructure", "ti-infra@hsle.example")], r.choice(["NAS plein", "Migration NAS", "Alerte NAS"]), body, "fr",
                "'NAS' meaning network storage, with 9-digit serial/PO numbers")


def n_phone_list(r: random.Random, k: int) -> Mail:
    clinics = [("Clinique médicale des Érables", "455, rue King Est, Sherbrooke (Québec) J1G 1B6"),
               ("GMF du Lac", "12, ch. du Lac, Magog (Québec) J1X 3K9"),
               ("CLSC de la Rivière-Verte", "300, rue Principale, Granby (Québec) J2G 2V1"),
               ("Clinique de physiothérapie Portland", "2100, boul. Portland, Sherbrooke (Québec) J1J 1V4")]
    lines = [f"{name}\n  {addr}\n  Tél. : {phone(r)}   Téléc. : {phone(r)}" for name, addr in clinics]
    if k % 3 == 2:
        vcf = make_vcf(SUP_NORDIKA.name, "Bastien", "Olivier", org="Nordika Pharma inc.", tel=SUP_NORDIKA.phone, email=SUP_NORDIKA.email,
                       address=("5000, rue Sherbrooke Ouest, bureau 400", "Montréal", "QC", "H3Z 1H2"))
        return Mail(SUP_NORDIKA, [rcpt(PHARM_POULIN)], "Mes coordonnées", "Bonjour M. Poulin,\n\nMa carte de visite est jointe, au plaisir.\n" + signature(SUP_NORDIKA, r), "fr",
                    "supplier's vCard with address and phone", attachments=[Attachment("olivier_bastien.vcf", "text", "vcard", vcf, "utf-8")])
    body = "Bottin des partenaires – mise à jour décembre\n\n" + "\n\n".join(lines) + "\n\nMerci de signaler toute erreur.\n" + signature(SEC_DESJARDINS, r)
    return Mail(SEC_DESJARDINS, [("Secrétaires", "secretaires@hsle.example")], "Bottin des partenaires", body, "fr",
                "clinic addresses, phone and fax list")


def n_it_ticket(r: random.Random, k: int) -> Mail:
    ticket = f"{'INC' if k % 2 else 'REQ'}{r.randint(1000000, 9999999)}"
    variants = [
        ("fr", f"Billet {ticket} – L'imprimante du poste 7e Nord (HP-7N-02) imprime des pages blanches. Demandé par : Sophie Lachance, poste 2710."),
        ("fr", f"Votre demande {ticket} a été résolue : réinitialisation du mot de passe pour l'utilisateur lachsop01. Si le problème persiste, répondez à ce courriel."),
        ("en", f"Ticket {ticket}: Citrix session freezes on the 4 West workstations when opening the EHR patient list. Reported by Sarah Mitchell, RN. Priority P2."),
        ("fr", f"Billet {ticket} – Accès au dossier clinique informatisé refusé pour le nouvel externe (matricule {make_mrn(r)}). Approbation de la Dre Julie Tremblay reçue."),
        ("en", f"Incident {ticket} closed. Root cause: expired certificate on the HL7 interface engine (ADT feed). 0 messages lost; 1,284 messages re-queued."),
        ("fr", f"Changement planifié {ticket} : mise à jour du serveur de résultats de laboratoire, dimanche 2 h à 4 h. Mode dégradé : consulter les résultats sur papier."),
    ]
    lang, text = variants[k % len(variants)]
    sender = IT_MORNEAU if lang == "fr" else EN_BECKER
    return Mail(sender, [rcpt(r.choice([NURSE_LACHANCE, MGR_BRASSARD])) if lang == "fr" else rcpt(EN_MITCHELL)],
                f"[{ticket}] {'Mise à jour de votre billet' if lang == 'fr' else 'Ticket update'}", text + "\n" + signature(sender, r, lang), lang,
                "IT ticket with ticket number, staff user, EHR vocabulary")


def n_minutes(r: random.Random, k: int) -> Mail:
    body = (f"Compte rendu – comité d'accès, {fr_day(past_day(r))}\nPrésents : Luc Ménard, Annie Brassard, Dr François Côté, Dre Julie Tremblay, Lise Desjardins\n\n"
            f"1. Délais d'attente en chirurgie : {r.randint(300, 900)} patients en attente depuis plus de 6 mois (−{r.randint(5, 20)} % vs octobre).\n"
            f"2. Urgence : DMS sur civière {str(round(r.uniform(16, 28), 1)).replace('.', ',')} h; {r.randint(10, 40)} % des patients de plus de 75 ans > 24 h.\n"
            "3. Cliniques externes : ajout de 2 plages de coloscopie par semaine à partir de janvier.\n4. Prochaine rencontre : 15 janvier.\n\n"
            "Actions : L. Desjardins – relancer les patients en attente de plus de 12 mois (liste nominative dans le système, ne pas envoyer par courriel).\n"
            + signature(MGR_MENARD, r))
    return Mail(MGR_MENARD, [("Comité d'accès", "comite-acces@cisss-rv.example")], "Compte rendu – comité d'accès", body, "fr",
                "meeting minutes about wait times with aggregate counts and staff names")


def n_research(r: random.Random, k: int) -> Mail:
    if k % 3 == 2:
        body = ("Hi team,\n\nInterim analysis for the DELIRIUM-EASE pilot (n = 84; 46 F / 38 M; mean age 79.2 ± 6.1):\n"
                "- incidence of delirium: 21.4% intervention vs 33.3% control\n- median LOS 8 days (IQR 5–12) vs 10 days (IQR 7–15)\n"
                "All data are de-identified; participant codes are held by the coordinator only.\n" + signature(EN_GOLDBERG, r, "en"))
        return Mail(EN_GOLDBERG, [("Research team", "delirium-ease@lakeshore-gh.example")], "Interim analysis", body, "en",
                    "research update with aggregate, de-identified results")
    body = ("Bonjour,\n\nVoici la version 3.1 du protocole ÉCHO-IC (insuffisance cardiaque, suivi par télésurveillance).\n\n"
            "Critères d'inclusion : FEVG < 40 %, hospitalisation pour IC dans les 12 derniers mois, ≥ 18 ans.\n"
            "Critères d'exclusion : DFGe < 20, démence, espérance de vie < 1 an.\n"
            f"Taille d'échantillon : {r.randint(120, 300)} participants (puissance 80 %, α = 0,05).\n"
            "Données recueillies : NT-proBNP, Cr, K à J0, J30, J90. Les données seront dépersonnalisées (code d'étude).\n\n"
            "Chercheur principal : Dr Martin Roy. Coordonnatrice : Chantal Roy, inf., M. Sc.\n" + signature(DR_ROY, r))
    return Mail(DR_ROY, [("Équipe ÉCHO-IC", "echo-ic@hsle.example")], "Protocole ÉCHO-IC v3.1", body, "fr",
                "research protocol with inclusion criteria and lab names, no participant data")


def n_ethics(r: random.Random, k: int) -> Mail:
    project = f"{2026}-{r.randint(1000, 9999)}"
    titles = ["Hyperkaliémie et inhibiteurs du SRAA chez les patients dialysés",
              "Déprescription des benzodiazépines chez les 75 ans et plus : essai pragmatique",
              "Registre québécois des fractures de fragilité – volet Estrie"]
    researcher = [DR_GAGNON, DR_BERGERON, DR_FORTIER][k % 3]
    body = (f"Objet : Approbation éthique – projet {project}\n\n{dr(researcher)},\n\n"
            f"Le comité d'éthique de la recherche (CER) a approuvé votre projet « {titles[k % 3]} » "
            f"lors de sa séance du {fr_date(past_day(r))}. L'approbation est valide jusqu'au {fr_date(date(2027, 12, 1))}.\n\n"
            "Documents approuvés : protocole v2.0, formulaire de consentement v1.3 (FR et EN).\n"
            "Rappel : toute donnée transmise hors de l'établissement doit être dépersonnalisée.\n\n"
            "Me Annie Lapointe, présidente du CER\n")
    return Mail(("CER", "cer@cisss-rv.example"), [rcpt(researcher)], f"Approbation CER – {project}", body, "fr",
                "ethics committee approval naming a researcher and a disease topic")


def n_pharmacy_stock(r: random.Random, k: int) -> Mail:
    variants = [
        ("Rupture – apixaban 2,5 mg", f"Rupture d'approvisionnement chez le fabricant pour l'apixaban 2,5 mg (DIN 0{r.randint(2300000, 2399999)}). "
         "Substitution temporaire : apixaban 5 mg coupé (comprimé sécable selon la monographie). Retour prévu : semaine du 11 janvier."),
        ("Changement de fournisseur – énoxaparine", "À compter du 1er janvier, l'énoxaparine sera fournie en seringues de 40, 60, 80 et 100 mg du fabricant Nordika. "
         "Les codes-barres changent : les unités doivent retourner les anciens stocks à la pharmacie."),
        ("Insuline – rappel de conservation", "Les stylos d'insuline glargine entamés se conservent 28 jours à la température ambiante. "
         "Inscrire la date d'ouverture sur le stylo. Plusieurs stylos non datés trouvés au 6e Sud lors de l'audit."),
        ("Pip-tazo : pénurie", "Pénurie de pipéracilline-tazobactam 4,5 g. Réservé aux indications approuvées par l'équipe d'antibiogouvernance; "
         "alternatives : céfépime + métronidazole selon le guide local."),
    ]
    title, text = variants[k % len(variants)]
    body = f"Bonjour à tous,\n\n{text}\n\nMerci de votre collaboration.\n" + signature(PHARM_POULIN, r)
    return Mail(PHARM_POULIN, [("Chefs d'unité", "chefs@hsle.example")], title, body, "fr", "pharmacy stock message naming drugs and DINs")


def n_signature_block(r: random.Random, k: int) -> Mail:
    topics = [
        ("Stationnement P3", "Est-ce que quelqu'un sait si les vignettes du P3 sont renouvelées automatiquement en janvier? La mienne expire le 31."),
        ("Dîner de Noël du département", "On réserve au restaurant Le Bouchon le 17 décembre à 12 h. Répondez avant vendredi pour le nombre de places."),
        ("Local 2-114", "Le local 2-114 est réservé tous les jeudis matin pour l'enseignement aux résidents jusqu'en juin."),
        ("Conférence midi annulée", "La conférence de midi de demain est annulée, le conférencier est retenu au bloc. Elle est reportée au 21 janvier."),
        ("Vacances des Fêtes", "Je serai absent du 24 décembre au 4 janvier. Pour les urgences, la Dre Isabelle Gagnon assure le suivi de mes dossiers."),
    ]
    title, text = topics[k % len(topics)]
    body = (f"Bonjour,\n\n{text}\n\nMerci!\n\nJean Tremblay, M.D., FRCPC\nGastro-entérologue\nProfesseur adjoint, Faculté de médecine et des sciences de la santé\n"
            f"{CHT}\n3001, 12e Avenue Nord, Sherbrooke (Québec) J1H 5N4\nTél. : 819 555-0190, poste 12877 | Téléc. : 819 555-0191\n")
    return Mail(DR_TREMBLAY_JEAN, [("Gastro", "gastro@chus-test.example")], title, body, "fr",
                "mundane staff e-mail with a full physician signature block")


def n_press_release(r: random.Random, k: int) -> Mail:
    if k % 3 == 2:
        body = ("FOR IMMEDIATE RELEASE\n\nLakeshore General Test Hospital opens a new stroke unit\n\n"
                "MONTREAL, December 3, 2026 – The new 12-bed stroke unit will treat about 600 patients a year. "
                "\"Every minute counts when someone has an ischemic stroke,\" said Helen Kowalczyk, Director of Quality & Patient Safety. "
                "Dr. Rachel Goldberg added that thrombolysis times have fallen to a median of 38 minutes.\n\n-30-\n\nMedia: media@lakeshore-gh.example\n")
        return Mail(EN_DIRECTOR, [("Media list", "media-list@lakeshore-gh.example")], "News release: new stroke unit", body, "en",
                    "press release quoting executives about a disease")
    if k % 3 == 1:
        body = ("COMMUNIQUÉ\n\nOuverture de 12 nouvelles places d'hémodialyse à Granby\n\n"
                f"GRANBY, le {fr_date(past_day(r))} – Quelque 1 100 personnes vivent avec une insuffisance rénale terminale dans la région. "
                "« Ces places éviteront à 48 patients de faire 90 minutes de route trois fois par semaine », souligne M. Luc Ménard, directeur des soins infirmiers. "
                "La Dre Isabelle Gagnon, néphrologue, rappelle que le diabète et l'hypertension demeurent les principales causes de l'insuffisance rénale.\n\n-30-\n")
        return Mail(COMMS_LEDUC, [("Médias", "medias@cisss-rv.example")], "Communiqué – hémodialyse à Granby", body, "fr",
                    "press release quoting the nursing director and a nephrologist about kidney failure")
    body = ("COMMUNIQUÉ – Pour diffusion immédiate\n\nLe CISSS de la Rivière-Verte lance une clinique de dépistage du cancer du poumon\n\n"
            f"GRANBY, le {fr_date(past_day(r))} – « Le cancer du poumon demeure la première cause de décès par cancer au Québec », "
            "rappelle Mme Geneviève Caron, présidente-directrice générale. La clinique offrira une tomodensitométrie à faible dose aux fumeurs de 55 à 74 ans. "
            "« Nous prévoyons 2 500 examens la première année », précise le Dr Stéphane Gauthier, pneumologue.\n\n-30-\n\n"
            "Source : Raphaël Leduc, conseiller en communication, 450 555-0105\n")
    return Mail(COMMS_LEDUC, [("Médias", "medias@cisss-rv.example")], "Communiqué – dépistage du cancer du poumon", body, "fr",
                "press release quoting named executives about cancer screening")


def n_obituary(r: random.Random, k: int) -> Mail:
    if k % 2:
        body = ("C'est avec tristesse que nous avons appris le décès de Mme Pierrette Lavoie, infirmière retraitée de l'unité de pédiatrie, "
                "survenu le 29 novembre à l'âge de 81 ans. Pierrette a consacré 35 ans à notre hôpital et formé des générations d'infirmières.\n\n"
                "Les funérailles auront lieu le samedi 12 décembre à 11 h, en l'église Saint-Michel. Un livre de condoléances est disponible à l'accueil.\n"
                + signature(COMMS_LEDUC, r))
        return Mail(COMMS_LEDUC, [("Tout le personnel", "tous@cisss-rv.example")], "Avis de décès – Pierrette Lavoie", body, "fr",
                    "memorial notice for a retired nurse")
    body = ("It is with sadness that we share the passing of Dr. Walter Henderson, chief of surgery from 1988 to 2004, "
            "on November 30 at the age of 88. A memorial service will be held at the hospital chapel on December 14 at 2 pm.\n" + signature(EN_DIRECTOR, r, "en"))
    return Mail(EN_DIRECTOR, [("All staff", "allstaff@lakeshore-gh.example")], "In memoriam – Dr. Walter Henderson", body, "en",
                "obituary of a retired chief of surgery")


def n_teaching_case(r: random.Random, k: int) -> Mail:
    cases = [
        ("fr", "Un homme de 62 ans se présente avec une douleur thoracique rétrosternale depuis 2 heures. PA 160/95, FC 104. "
         "Troponine à 450 ng/L, ECG : sous-décalage ST en V4-V6. Il prend du ramipril et de l'atorvastatine.\n\nQuestions : 1) Diagnostic? 2) Prise en charge initiale?"),
        ("fr", "Une femme de 78 ans, connue pour une IRC stade 4, est amenée par sa famille pour confusion. K 6,8, Cr 412, ECG : ondes T pointues.\n\nQuelle est votre conduite?"),
        ("en", "A 45-year-old woman presents with fever, flank pain and dysuria. WBC 18.2, lactate 3.9, BP 88/50. "
         "She takes no medication.\n\nDiscuss: sepsis bundle, choice of empirical antibiotic, source control."),
        ("fr", "Cas du mois (dépersonnalisé) : un adolescent de 16 ans présente une polyurie, une polydipsie et une perte de poids. "
         "Glycémie 28 mmol/L, pH 7,12, cétonémie 5,2.\n\nRéponse dans le prochain numéro."),
        ("en", "Case for Thursday rounds: an elderly man with atrial fibrillation on warfarin, INR 4.6, presents after a fall with a scalp laceration. "
         "CT head negative. What would you do with the anticoagulation?"),
    ]
    lang, text = cases[k % len(cases)]
    sender = DR_BERGERON if lang == "fr" else EN_GOLDBERG
    intro = "Bonjour aux résidents,\n\nCas clinique pour la réunion de jeudi :\n\n" if lang == "fr" else "Residents,\n\n"
    return Mail(sender, [("Résidents", "residents@cisss-rv.example") if lang == "fr" else ("Residents", "residents@lakeshore-gh.example")],
                "Cas clinique" if lang == "fr" else "Teaching case", intro + text + "\n" + signature(sender, r, lang), lang,
                "anonymised teaching case: age and sex only, no name, identifier or date")


def n_en_newsletter(r: random.Random, k: int) -> Mail:
    items = ["Sepsis: the new order set now includes a lactate repeat at 2 hours if the first value is above 2 mmol/L.",
             "Heart failure: SGLT2 inhibitors are now on formulary for HFrEF regardless of diabetes status.",
             "Diabetes: 312 patients were seen in the diabetes day centre this quarter, up 14%.",
             "Falls: falls with injury fell from 4.1 to 2.7 per 1,000 patient-days on 4 West."]
    chosen = r.sample(items, 3)
    markup = ("<html><body><h2>Clinical Practice Newsletter – December</h2><ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in chosen)
              + "</ul><p>Questions? Contact Helen Kowalczyk, Director, Quality &amp; Patient Safety.</p>"
              "<p style=\"font-size:8pt\">You are receiving this because you are a Lakeshore GH staff member. Unsubscribe.</p></body></html>\n")
    return Mail(EN_DIRECTOR, [("All clinical staff", "clinical@lakeshore-gh.example")], "Clinical Practice Newsletter – December", "", "en",
                "HTML newsletter on sepsis, heart failure, diabetes with aggregate numbers", html_body=markup)


def n_supplier_quote(r: random.Random, k: int) -> Mail:
    bn = luhn_number(r, 9)
    body = (f"Bonjour M. Poulin,\n\nSuite à votre demande, voici notre soumission no Q-{r.randint(20260000, 20269999)} :\n\n"
            f"- {['2 x cabinets automatisés Omnicell XT', '6 x moniteurs physiologiques IntelliVue MX450', '1 x échographe portatif Vscan Air'][k % 3]}, "
            f"modèle {r.randint(1000, 9999)}-{r.randint(100, 999)}, S/N {r.randint(10 ** 9, 10 ** 10 - 1)}\n"
            "- installation et formation (16 h)\n- contrat de service 5 ans\n\n"
            f"Total : {r.randint(20, 250)} {r.randint(100, 999)},00 $ avant taxes\n"
            f"Numéro d'entreprise (NE) : {bn} RT0001\nValidité : 60 jours.\n\n" + signature(SUP_NORDIKA, r))
    return Mail(SUP_NORDIKA, [rcpt(PHARM_POULIN)], "Soumission – cabinets automatisés", body, "fr",
                "supplier quote with 9-digit Luhn-valid business number and a 10-digit serial")


def n_training_list(r: random.Random, k: int) -> Mail:
    names = ["Sophie Lachance", "Kevin Beaulieu", "Véronique Gagnon", "Nadia Fortin", "Julien Morin", "Roxanne Côté", "Marc Tremblay", "Isabelle Roy"]
    rows = [[n, f"{r.randint(1000000, 9999999)}", r.choice(["7e Nord", "Urgence", "SI", "6e Sud"]), r.choice(["Réussi", "Réussi", "À reprendre"])] for n in r.sample(names, 6)]
    body = ("Bonjour,\n\nRésultats de la recertification RCR/DEA du " + fr_date(past_day(r)) + " :\n\n"
            + "\n".join(f"{n} – matricule {m} – {u} – {s}" for n, m, u, s in rows)
            + "\n\nLes cartes seront remises par les chefs d'unité.\n" + signature(NURSE_ROY, r))
    return Mail(NURSE_ROY, [("Chefs d'unité", "chefs@hsle.example")], "Recertification RCR – résultats", body, "fr",
                "staff training results with 7-digit employee numbers")


def n_facility_rooms(r: random.Random, k: int) -> Mail:
    rows = [f"{r.randint(5, 8)}{r.randint(1, 30):02d}{r.choice(['', '-A', '-B'])} – {r.choice(['matelas à remplacer', 'lève-personne défectueux', 'fuite au lavabo', 'cloche d appel à réparer', 'peinture'])}" for _ in range(6)]
    body = ("Travaux planifiés – semaine prochaine\n\n" + "\n".join(rows) + "\n\nLes chambres seront libérées une à la fois; coordonner avec l'ASI pour les transferts.\n"
            + signature(Staff("Richard Côté", "Contremaître, services techniques", "services.techniques@hsle.example", "819 555-0142, poste 5300", "", HSL), r))
    return Mail(("Services techniques", "services.techniques@hsle.example"), [rcpt(MGR_BRASSARD)], "Travaux chambres", body, "fr",
                "room/bed maintenance list shaped like a roster, no patients")


def n_mrn_system(r: random.Random, k: int) -> Mail:
    texts = ["The MRN lookup service will be unavailable Saturday 01:00–03:00 during the EMPI upgrade. Downtime forms are in the blue binders; "
             "write the MRN on the downtime requisition and back-enter after the system returns.",
             "Reminder: never put a patient's name, MRN or health card number in an e-mail subject line. Use the secure messaging module in the EHR instead. "
             "Questions: privacy@lakeshore-gh.example."]
    return Mail(EN_BECKER, [("All staff", "allstaff@lakeshore-gh.example")], ["EMPI/MRN downtime Saturday", "Privacy reminder"][k % 2],
                texts[k % 2] + "\n" + signature(EN_BECKER, r, "en"), "en", "IT or privacy notice about MRNs, no actual identifier")


def n_quality_report(r: random.Random, k: int) -> Mail:
    body = (f"Rapport trimestriel – gestion des risques\n\nÉvénements déclarés (AH-223) : {r.randint(150, 400)}\n"
            f"- chutes : {r.randint(40, 120)} (dont {r.randint(2, 9)} avec fracture)\n- erreurs de médicaments : {r.randint(30, 90)} "
            f"(anticoagulants : {r.randint(5, 20)}; insuline : {r.randint(3, 15)})\n- plaies de pression acquises : {r.randint(5, 25)}\n\n"
            "Unités les plus touchées : 6e Sud et Gériatrie. Plan d'action présenté par Annie Brassard au comité de vigilance.\n" + signature(MGR_MENARD, r))
    return Mail(MGR_MENARD, [("Comité de gestion des risques", "risques@cisss-rv.example")], "Rapport trimestriel – gestion des risques", body, "fr",
                "risk-management report with aggregate incident counts")


def n_forward_guideline(r: random.Random, k: int) -> Mail:
    original = ("Bonjour,\n\nNouvelle ordonnance collective pour l'ajustement de l'insuline basale : augmenter de 2 unités si la glycémie à jeun "
                "est > 7 mmol/L trois jours de suite; diminuer de 10 % si hypoglycémie < 4 mmol/L.\n\nChantal Roy, inf., M. Sc.\n")
    body = (r.choice(["Très intéressant, on pourrait l'adopter au 7e?", "À discuter à la prochaine réunion d'équipe.", "Je suis d'accord avec la proposition."])
            + "\n\n" + signature(DR_TREMBLAY_J, r) + "\n"
            + f"Le {fr_day(past_day(r))} 2026 à 09:14, Annie Brassard a écrit :\n" + quote("Je vous transfère la note de Chantal.\n" + forward_block(
                "fr", NURSE_ROY, MGR_BRASSARD, "lundi 30 novembre 2026 16:40", "Ordonnance collective – insuline", original)))
    return Mail(DR_TREMBLAY_J, [rcpt(MGR_BRASSARD)], "Re: TR: Ordonnance collective – insuline", body, "fr",
                "reply quoting a forwarded guideline among staff (insulin, glycaemia thresholds)", reply=True)


def n_recall(r: random.Random, k: int) -> Mail:
    lots = [f"{r.choice('LKM')}{r.randint(100000, 999999)}" for _ in range(4)]
    body = ("AVIS DE RAPPEL VOLONTAIRE – Type II\n\nProduit : tubulure de perfusion 20 gouttes/mL, réf. " + luhn_number(r, 10)
            + "\nLots visés : " + ", ".join(lots) + "\nMotif : possibilité de fuite au raccord Luer.\n\n"
            "Veuillez retirer les produits visés, compléter le formulaire de réponse et le retourner avant le 18 décembre.\n" + signature(SUP_MEDISTOCK, r))
    return Mail(SUP_MEDISTOCK, [("Approvisionnement", "appro@hsle.example")], "Rappel volontaire – tubulures", body, "fr",
                "product recall with lot and 10-digit reference numbers")


def n_staff_birthdays(r: random.Random, k: int) -> Mail:
    body = ("Les anniversaires de décembre à la pharmacie :\n\n- Marc-André Poulin : 3 décembre\n- Élodie Simard : 12 décembre\n- Kim Nguyen : 27 décembre\n\n"
            "Gâteau le 15 à la pause de 10 h!\n" + signature(PHARM_POULIN, r))
    return Mail(("Élodie Simard", "elodie.simard@hsle.example"), [("Pharmacie", "pharmacie@hsle.example")], "Anniversaires de décembre", body, "fr",
                "staff birthdays (day and month) list")


def n_or_block(r: random.Random, k: int) -> Mail:
    rows = [f"Salle {i} – {d} – {t}" for i, (d, t) in enumerate([("Dr François Côté", "chirurgie générale"), ("Dr Yannick Fortier", "orthopédie (PTH/PTG)"),
                                                               ("Dre Line Gosselin", "gynécologie"), ("Dr Jean Tremblay", "endoscopie"),
                                                               ("Dr Omar Benali", "urologie")], start=1)]
    body = "Attribution des blocs opératoires – janvier (semaine A)\n\n" + "\n".join(rows) + "\n\nLes demandes de modification doivent parvenir au bureau du bloc avant le 15.\n" + signature(MGR_MENARD, r)
    return Mail(MGR_MENARD, [("Chirurgiens", "chirurgiens@cisss-rv.example")], "Blocs opératoires – janvier", body, "fr",
                "operating-room block allocation by surgeon and room")


def n_budget(r: random.Random, k: int) -> Mail:
    rows: list[list[object]] = [["Centre d'activité", "Code", "Budget 2026", "Réel YTD", "Écart"]]
    for unit in ["Médecine 7e Nord", "Urgence", "Pharmacie", "Bloc opératoire", "Hémodialyse"]:
        b = r.randint(1_000_000, 9_000_000)
        real = int(b * r.uniform(0.6, 0.95))
        rows.append([unit, f"{r.randint(6000, 7999)}-{r.randint(100, 999)}", b, real, b - real])
    return Mail(MGR_MENARD, [("Direction financière", "finances@cisss-rv.example")], "Suivi budgétaire P9",
                "Bonjour,\n\nSuivi budgétaire de la période 9 en pièce jointe. L'hémodialyse dépasse en raison des heures supplémentaires.\n" + signature(MGR_MENARD, r),
                "fr", "budget spreadsheet with cost-centre codes and amounts",
                attachments=[Attachment("suivi_P9.xlsx", "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", make_xlsx(rows, "P9"))])


def n_vaccination_staff(r: random.Random, k: int) -> Mail:
    body = (f"Campagne de vaccination antigrippale du personnel\n\nTaux de couverture au {fr_date(past_day(r))} : {r.randint(55, 80)} % "
            f"(urgence {r.randint(50, 85)} %, soins intensifs {r.randint(50, 85)} %, pédiatrie {r.randint(50, 85)} %).\n"
            "Cliniques mobiles : mardi et jeudi, 7 h à 9 h et 19 h à 21 h. Apportez votre carte d'employé.\n" + signature(Staff("Dre Sylvie Paradis", "Santé au travail", "sante.travail@cisss-rv.example", "450 555-0177"), r))
    return Mail(("Santé au travail", "sante.travail@cisss-rv.example"), [("Personnel", "personnel@cisss-rv.example")], "Vaccination – où en sommes-nous?", body, "fr",
                "staff influenza vaccination coverage (aggregate)")


def n_en_webinar(r: random.Random, k: int) -> Mail:
    body = ("Join us for our monthly Grand Rounds webinar:\n\n\"Managing hyperkalemia in CKD: beyond kayexalate\"\nSpeaker: Dr. Rachel Goldberg, MD, FRCPC\n"
            f"{en_day(future_day(r))}, 12:00–13:00 ET, Zoom (link below). Accredited for 1 Section 1 credit.\n\n"
            "Meeting ID: 831 5550 1942   Passcode: 442871\n" + signature(EN_DIRECTOR, r, "en"))
    return Mail(EN_DIRECTOR, [("Medical staff", "medstaff@lakeshore-gh.example")], "Grand Rounds – hyperkalemia in CKD", body, "en",
                "webinar invitation with a speaker, disease topic and a 10-digit meeting ID")


def n_misc_notice(r: random.Random, k: int) -> Mail:
    notices = [("Exercice d'évacuation", "Un exercice d'évacuation aura lieu au Pavillon B le 10 décembre à 10 h. Code vert simulé au 4e étage."),
               ("Cafétéria – horaire des Fêtes", "La cafétéria fermera à 14 h les 24 et 31 décembre. Les distributrices du hall restent accessibles."),
               ("Travaux – entrée principale", "L'entrée principale (1200, rue de l'Hôpital) sera fermée du 7 au 11 décembre. Utilisez l'entrée de l'urgence ou celle du Pavillon C.")]
    title, text = notices[k % len(notices)]
    return Mail(COMMS_LEDUC, [("Tout le personnel", "tous@hsle.example")], title, text + "\n" + signature(COMMS_LEDUC, r), "fr",
                "building/cafeteria notice with an address")


def n_patient_leaflet(r: random.Random, k: int) -> Mail:
    texts = [("Vivre avec l'insuffisance cardiaque", "Pesez-vous chaque matin. Si vous prenez plus de 2 kg en 2 jours, appelez la clinique d'IC. "
              "Limitez le sel à 2 g par jour. Prenez votre furosémide le matin."),
             ("Your warfarin and you", "Have your INR checked as scheduled. Tell your pharmacist about any new medication. "
              "Call 811 or go to the emergency department if you have black stools or a severe headache.")]
    title, text = texts[k % 2]
    lang = "fr" if k % 2 == 0 else "en"
    return Mail(NURSE_ROY if lang == "fr" else EN_DIRECTOR, [("Comité des documents", "docs@cisss-rv.example")],
                ("Révision du dépliant : " if lang == "fr" else "Leaflet for review: ") + title,
                (("Voici le texte révisé du dépliant, pour approbation :\n\n" if lang == "fr" else "Revised leaflet text for approval:\n\n")
                 + f"« {title} »\n\n{text}\n"), lang, "patient-education leaflet text, no individual")


def n_lab_reference(r: random.Random, k: int) -> Mail:
    body = ("Avis du laboratoire – nouveaux intervalles de référence (en vigueur le 4 janvier)\n\n"
            "K : 3,5–5,0 mmol/L (valeur critique > 6,0)\nCréatinine : F 45–90, H 60–110 µmol/L\nHb : F 120–155, H 135–175 g/L\n"
            "RNI : valeur critique > 4,5\nTroponine T hs : < 14 ng/L\n\nLes valeurs critiques seront téléphonées à l'unité.\n"
            + signature(Staff("Dre Hélène Gagné", "Biochimiste clinique", "labo@hsle.example", "819 555-0142, poste 3900", "Ph. D.", HSL), r))
    return Mail(("Laboratoire", "labo@hsle.example"), [("Tous les prescripteurs", "prescripteurs@hsle.example")], "Nouveaux intervalles de référence", body, "fr",
                "lab notice with reference ranges and critical thresholds, no patient")


def n_policy_pdf(r: random.Random, k: int) -> Mail:
    lines = ["Politique P-045 : Protection des renseignements personnels", "",
             "1. Le numéro d'assurance maladie (NAM), le numéro de dossier et la date de naissance",
             "   sont des renseignements confidentiels.", "2. Ne jamais les transmettre par courriel non chiffré.",
             "3. Utiliser la messagerie sécurisée du DCI pour toute communication clinique.",
             "4. Toute fuite doit être déclarée au responsable de la sécurité (poste 4100).",
             "", "Adoptée par le comité de direction le 12 novembre 2026."]
    return Mail(IT_HEBERT, [("Tout le personnel", "tous@cisss-rv.example")], "Politique P-045 révisée",
                "Bonjour,\n\nLa politique révisée est jointe. Lecture obligatoire.\n" + signature(IT_HEBERT, r), "fr",
                "privacy policy PDF that names identifier kinds without any value",
                attachments=[Attachment("P-045.pdf", "application", "pdf", make_pdf(lines, "Politique P-045"))])


def n_staff_meeting_ics(r: random.Random, k: int) -> Mail:
    day = future_day(r)
    ics = make_ics("Réunion d'équipe – médecine 7e", datetime(day.year, day.month, day.day, 13, 0), 60, f"fresh-staff-{k}@hsle.example",
                   "Salle 7-020", "Ordre du jour : plan de congés des Fêtes, audit des chutes, nouveau protocole de délirium.",
                   MGR_BRASSARD.email, [NURSE_LACHANCE.email, DR_TREMBLAY_J.email])
    return Mail(MGR_BRASSARD, [rcpt(NURSE_LACHANCE), rcpt(DR_TREMBLAY_J)], "Invitation : Réunion d'équipe", "Invitation ci-jointe.\n" + signature(MGR_BRASSARD, r), "fr",
                "staff meeting calendar invitation", attachments=[Attachment("invite.ics", "text", "calendar", ics, "utf-8")])


def n_en_oncall(r: random.Random, k: int) -> Mail:
    names = ["Dr. Rachel Goldberg", "Dr. Amit Sharma", "Dr. Kevin O'Neill", "Dr. Lena Park", "Dr. Marcus Bell", "Dr. Joanne Fraser"]
    start = date(2026, 12, 21)
    lines = [f"{en_day(start + timedelta(days=i))}: {r.choice(names)} (days), {r.choice(names)} (nights) – pager 555-01{r.randint(10, 99)}" for i in range(7)]
    body = ("Holiday on-call schedule, Internal Medicine\n\n" + "\n".join(lines)
            + "\n\nSwitchboard: 514 555-0123, option 0. Swaps must be approved by the chief.\n" + signature(EN_DIRECTOR, r, "en"))
    return Mail(("Medical Affairs", "medaffairs@lakeshore-gh.example"), [("Internal Medicine", "im@lakeshore-gh.example")],
                "Holiday on-call – Internal Medicine", body, "en", "physician on-call roster with dates and pagers")


def n_en_hr(r: random.Random, k: int) -> Mail:
    texts = [("Welcome our new Nurse Manager", "Please welcome Daniel Okafor, RN, MN, who joins us as Nurse Manager of the Emergency Department on January 4. "
              "Daniel comes to us from the Ottawa Valley Test Health Centre, where he led the trauma program."),
             ("Leave coverage", "Linda Chen (Health Records) will be away from December 18 to January 8. Release-of-information requests go to Mark Doyle, ext. 2290, in the meantime."),
             ("Mandatory WHMIS refresher", "All staff must complete the WHMIS 2015 refresher in the learning portal by January 31. It takes about 40 minutes. "
              "Managers will receive a completion report by employee number.")]
    title, text = texts[k % len(texts)]
    return Mail(EN_DIRECTOR, [("All staff", "allstaff@lakeshore-gh.example")], title, f"Hello everyone,\n\n{text}\n" + signature(EN_DIRECTOR, r, "en"), "en",
                "HR notice about staff members")


def n_en_requisition_template(r: random.Random, k: int) -> Mail:
    lines = ["OUTPATIENT LABORATORY REQUISITION (blank – v2027.1)", "", "Patient name: ____________________________",
             "Date of birth (YYYY/MM/DD): ____/____/____    Sex: [ ] F  [ ] M  [ ] X", "Health card no.: ____________________  Version: ___",
             "MRN: ______________", "", "Tests:  [ ] CBC  [ ] Lytes  [ ] Creatinine  [ ] INR  [ ] HbA1c  [ ] Lipids", "",
             "Ordering provider: ____________________   Billing no.: ________"]
    body = ("Hi all,\n\nThe forms committee approved the updated outpatient requisition. Please recycle the old pads (v2024.3) and use the PDF attached "
            "until the printed pads arrive.\n" + signature(EN_DIRECTOR, r, "en"))
    return Mail(EN_DIRECTOR, [("Clinic managers", "clinic-managers@lakeshore-gh.example")], "Updated lab requisition", body, "en",
                "blank requisition template with labelled patient fields (PDF)",
                attachments=[Attachment("lab_requisition_v2027-1.pdf", "application", "pdf", make_pdf(lines, "Lakeshore GH – Laboratory"))])


def n_en_it_devices(r: random.Random, k: int) -> Mail:
    rows = [["Asset tag", "Device", "Serial", "IMEI", "Assigned to"]]
    for who in ["Sarah Mitchell", "Tom Becker", "Amit Sharma", "Rachel Goldberg"]:
        rows.append([f"LGH{r.randint(100000, 999999)}", r.choice(["iPhone 15", "Zebra TC52", "Spectralink 92"]), f"F{r.randint(10 ** 9, 10 ** 10 - 1)}",
                     luhn_number(r, 15, "35"), who])
    data = make_csv(rows, sep=",", encoding="utf-8", crlf=False)
    return Mail(EN_BECKER, [("Telecom", "telecom@lakeshore-gh.example")], "Mobile device assignments",
                "Attached: updated device assignments for the 4 West pilot.\n" + signature(EN_BECKER, r, "en"), "en",
                "device list CSV with asset tags, serials, Luhn-valid IMEIs and staff names",
                attachments=[Attachment("devices.csv", "text", "csv", data, "utf-8")])


def n_en_minutes(r: random.Random, k: int) -> Mail:
    body = (f"ED Flow Committee – minutes\nAttendees: Helen Kowalczyk (chair), Dr. Amit Sharma, Sarah Mitchell, Dr. Kevin O'Neill\n\n"
            f"- 90th percentile time to physician initial assessment: {r.uniform(3, 6):.1f} h (target 3.0 h)\n"
            f"- Admitted patients boarding > 24 h: {r.randint(20, 80)} this month\n"
            f"- Left without being seen: {r.uniform(3, 9):.1f}%\n"
            "- Action: Dr. O'Neill to present the surgical consult turnaround data in January.\n" + signature(EN_DIRECTOR, r, "en"))
    return Mail(EN_DIRECTOR, [("ED Flow Committee", "edflow@lakeshore-gh.example")], "ED Flow Committee – minutes", body, "en",
                "committee minutes with aggregate wait-time figures")


def n_en_pharmacy(r: random.Random, k: int) -> Mail:
    texts = [("Drug shortage: IV furosemide", "Furosemide 10 mg/mL (DIN 0" + f"{r.randint(2200000, 2299999)}" + ") is on allocation until February. "
              "Use oral furosemide where possible; IV orders for heart failure exacerbations will be reviewed by pharmacy."),
             ("Formulary update", "Added: empagliflozin 10 mg, semaglutide 0.25/0.5 mg pens. Removed: glyburide. "
              "Therapeutic interchange: rosuvastatin 10 mg for atorvastatin 20 mg.")]
    title, text = texts[k % 2]
    return Mail(("Pharmacy", "pharmacy@lakeshore-gh.example"), [("Prescribers", "prescribers@lakeshore-gh.example")], title,
                f"{text}\n\nPharmacy & Therapeutics Committee\n", "en", "pharmacy notice naming drugs and a DIN")


def n_en_conference(r: random.Random, k: int) -> Mail:
    markup = ("<html><body><h3>Quebec Hospital Medicine Day – Programme</h3><table border=\"1\" cellpadding=\"4\">"
              "<tr><th>Time</th><th>Session</th><th>Speaker</th></tr>"
              "<tr><td>08:30</td><td>Perioperative anticoagulation in 2027</td><td>Dr. Rachel Goldberg, MD, FRCPC</td></tr>"
              "<tr><td>09:30</td><td>Delirium: prevention bundles that work</td><td>Dr. Nathalie Bergeron (CISSS RV)</td></tr>"
              "<tr><td>10:45</td><td>Sepsis in the frail elderly</td><td>Dr. Amit Sharma</td></tr>"
              "<tr><td>13:00</td><td>Panel: hyperkalemia, who needs a binder?</td><td>Dr. Isabelle Gagnon, Mr. Marc-André Poulin, pharm.</td></tr>"
              "</table><p>Registration: $150 (residents free). Hotel block code QHMD27.</p></body></html>\n")
    return Mail(EN_DIRECTOR, [("Medical staff", "medstaff@lakeshore-gh.example")], "Programme: Quebec Hospital Medicine Day", "", "en",
                "HTML conference programme with speakers and disease topics", html_body=markup)


def n_part_numbers(r: random.Random, k: int) -> Mail:
    codes = [f"{r.choice(['TXRF', 'PUMP', 'VALV', 'KBRD', 'MNTR'])} {r.randint(1000, 9999)} {r.randint(1000, 9999)}" for _ in range(4)]
    body = ("Bonjour Patrick,\n\nPièces de rechange à commander pour les lits électriques du 6e :\n"
            + "\n".join(f"- {c}  ({d})" for c, d in zip(codes, ["transformateur", "pompe hydraulique", "valve de descente", "télécommande"], strict=True))
            + "\n\nLes codes sont ceux du catalogue Stryker-Test 2026.\n" + signature(Staff("Richard Côté", "Contremaître, services techniques", "services.techniques@hsle.example", "819 555-0142, poste 5300", "", HSL), r))
    return Mail(("Services techniques", "services.techniques@hsle.example"), [rcpt(IT_MORNEAU)], "Pièces – lits électriques", body, "fr",
                "part numbers shaped like a NAM (4 letters + 8 digits)")


def n_tracking(r: random.Random, k: int) -> Mail:
    numbers = [luhn_number(r, 12) for _ in range(3)]
    body = ("Bonjour,\n\nVotre commande BC-" + f"{r.randint(2026000, 2026999)}" + " a été expédiée en 3 colis :\n"
            + "\n".join(f"- Purolator {n[:4]} {n[4:8]} {n[8:]}" for n in numbers)
            + "\nLivraison prévue : " + fr_day(future_day(r, 1, 4)) + ", quai de réception du Pavillon C.\n" + signature(SUP_MEDISTOCK, r))
    return Mail(SUP_MEDISTOCK, [("Magasin", "magasin@hsle.example")], "Avis d'expédition", body, "fr",
                "shipping notice with Luhn-valid 12-digit tracking numbers")


def n_remittance(r: random.Random, k: int) -> Mail:
    body = (f"Avis de paiement no {r.randint(10 ** 8, 10 ** 9 - 1)}\n\nFournisseur : MédiStock inc. (no de fournisseur {r.randint(100000, 999999)})\n"
            f"Montant : {r.randint(2000, 90000):,} $".replace(",", " ") + f"\nDépôt direct : transit {r.randint(10000, 99999)}-{r.randint(100, 999)}, compte {r.randint(1000000, 9999999)}\n"
            "Factures réglées : 827483, 928977, 417147\n\nService des comptes payables\n")
    return Mail(("Comptes payables", "cp@cisss-rv.example"), [rcpt(SUP_MEDISTOCK)], "Avis de paiement", body, "fr",
                "payment remittance with supplier, transit and account numbers")


def n_nam_format_training(r: random.Random, k: int) -> Mail:
    body = ("Bonjour aux agentes administratives,\n\nRappel pour l'admission : le NAM comporte 4 lettres (3 premières lettres du nom de famille + "
            "première lettre du prénom), suivies de 8 chiffres (année, mois – auquel on ajoute 50 pour les femmes –, jour, puis 2 chiffres administratifs). "
            "Exemple fictif de format : XXXX 0000 0000. La carte est valide jusqu'à la date d'expiration inscrite au recto.\n\n"
            "Ne jamais photocopier la carte ni inscrire le NAM dans un courriel.\n" + signature(MGR_BRASSARD, r))
    return Mail(MGR_BRASSARD, [("Admission", "admission@hsle.example")], "Rappel – format du NAM", body, "fr",
                "training note describing the NAM format with a placeholder, no real number")


def n_case_series_abstract(r: random.Random, k: int) -> Mail:
    body = ("Bonjour,\n\nVoici notre résumé pour le congrès de l'AMIQ :\n\n« Hyponatrémie sévère chez la personne âgée hospitalisée : série de 38 cas »\n"
            "Méthode : revue rétrospective des dossiers (2023-2025), données dépersonnalisées. Résultats : âge médian 84 ans (71-96), 26 femmes; "
            "Na médian à l'admission 116 mmol/L; 9 cas liés aux ISRS, 11 aux diurétiques thiazidiques. Aucun cas de myélinolyse.\n\n"
            "Auteurs : Dre Nathalie Bergeron, Marc-André Poulin, pharm., Dre Julie Tremblay\n" + signature(DR_BERGERON, r))
    return Mail(DR_BERGERON, [rcpt(DR_TREMBLAY_J), rcpt(PHARM_POULIN)], "Résumé AMIQ – version finale", body, "fr",
                "conference abstract with an aggregate, de-identified case series")


def n_reply_chain_scheduling(r: random.Random, k: int) -> Mail:
    first = "Est-ce que quelqu'un peut me remplacer le 26 décembre de jour? J'échange contre le 2 janvier.\n\nMélanie"
    second = "Moi je peux prendre le 26 si tu prends mon 31 de soir.\n\nKevin"
    body = ("Parfait pour moi, je confirme avec Annie.\n\nMélanie\n\n"
            + f"Le {fr_day(past_day(r, 1, 3))} 2026 à 14:12, Kevin Beaulieu a écrit :\n" + quote(second + "\n\nLe 1er décembre 2026, Mélanie Ouellette a écrit :\n" + quote(first)))
    return Mail(("Mélanie Ouellette", "melanie.ouellette@hsle.example"), [rcpt(NURSE_BEAULIEU)], "Re: Re: Échange 26 décembre", body, "fr",
                "staff shift-swap reply chain with dates", reply=True)


def n_lab_qc(r: random.Random, k: int) -> Mail:
    rows = [["Analyte", "Niveau", "Lot CQ", "Cible", "Obtenu", "ET"]]
    for analyte, target in [("K", "4,2"), ("Créatinine", "212"), ("Hb", "78"), ("RNI", "3,4")]:
        rows.append([analyte, r.choice(["1", "2"]), f"CQ{r.randint(10000, 99999)}", target, target, f"{r.uniform(0.5, 2.5):.1f}".replace(".", ",")])
    data = make_csv(rows, sep=";", encoding="utf-8")
    return Mail(("Laboratoire – contrôle de qualité", "labo-cq@hsle.example"), [("Technologistes", "technos@hsle.example")], "CQ hebdomadaire – biochimie",
                "Rapport de contrôle de qualité interne ci-joint. Aucune règle de Westgard violée cette semaine.\n"
                + signature(Staff("Nadia Thibodeau", "Technologiste en chef, biochimie", "labo-cq@hsle.example", "819 555-0142, poste 3910", "T.M.", HSL), r),
                "fr", "lab quality-control CSV with values like K 4,2 / Cr 212 / Hb 78 on control lots, not patients",
                attachments=[Attachment("cq_biochimie.csv", "text", "csv", data, "utf-8")])


def n_outbreak(r: random.Random, k: int) -> Mail:
    if k % 2 == 0:
        body = (f"Avis – prévention et contrôle des infections\n\nÉclosion de COVID-19 au 6e Sud : {r.randint(3, 6)} patients et {r.randint(1, 4)} employés positifs depuis le "
                f"{fr_date(past_day(r, 3, 8))}. Mesures : visites limitées à un proche aidant, port du masque N95 pour les soins, dépistage des voisins de chambre.\n\n"
                "Fin d'éclosion prévue si aucun nouveau cas d'ici 14 jours.\n" + signature(Staff("Caroline Dufresne", "Conseillère en PCI", "pci@hsle.example", "819 555-0142, poste 2600", "inf.", HSL), r))
        return Mail(("PCI", "pci@hsle.example"), [("Gestionnaires", "gestionnaires@hsle.example")], "Éclosion COVID-19 – 6e Sud", body, "fr",
                    "infection-control outbreak notice with aggregate counts of patients and staff")
    body = (f"Infection Prevention update: C. difficile cluster on 4 West – {r.randint(2, 4)} hospital-onset cases in 3 weeks. "
            "Enhanced cleaning with sporicidal agent, dedicated commodes, and antimicrobial stewardship review of PPI and fluoroquinolone use.\n"
            + signature(EN_DIRECTOR, r, "en"))
    return Mail(EN_DIRECTOR, [("4W Staff", "4w-staff@lakeshore-gh.example")], "C. difficile cluster – 4 West", body, "en",
                "outbreak notice with an aggregate case count")


def n_clinic_relocation(r: random.Random, k: int) -> Mail:
    if k % 2 == 0:
        body = ("Bonjour,\n\nÀ compter du 11 janvier, la clinique de la Dre Julie Tremblay déménage au 2e étage du Pavillon C (local C-2210). "
                "Les patients qui ont déjà un rendez-vous recevront un appel de confirmation. Merci de mettre à jour l'affichage.\n" + signature(SEC_DESJARDINS, r))
        return Mail(SEC_DESJARDINS, [("Accueil", "accueil@hsle.example")], "Déménagement – clinique de médecine interne", body, "fr",
                    "clinic relocation notice mentioning patients in general")
    body = ("Liste des médecins de famille qui acceptent de nouveaux patients (décembre) :\n\n- Dre Pascale Richard, Clinique médicale des Érables, 819 555-0102\n"
            "- Dr Hugo Lambert, GMF du Lac, 819 555-0131\n- Dre Amélie Chartrand, CLSC de la Rivière-Verte, 450 555-0189\n\n"
            "Inscription via le guichet d'accès à un médecin de famille.\n" + signature(NURSE_ROY, r))
    return Mail(NURSE_ROY, [("Infirmières de liaison", "liaison@cisss-rv.example")], "Médecins acceptant de nouveaux patients", body, "fr",
                "list of physicians accepting new patients, with phone numbers")


def n_zootherapy(r: random.Random, k: int) -> Mail:
    body = ("Bonjour à tous,\n\nNotre chien de zoothérapie, Gaston (golden retriever, né le 12 mai 2019), a reçu tous ses vaccins et son certificat vétérinaire. "
            "Il visitera la gériatrie et la pédiatrie les mardis de 13 h à 15 h avec sa maîtresse, Mme Diane Lacasse, bénévole.\n\n"
            "Rappel : demander l'accord de chaque usager avant la visite; pas de visite en isolement.\n" + signature(NURSE_ROY, r))
    return Mail(NURSE_ROY, [("Gériatrie et pédiatrie", "geri-pedia@cisss-rv.example")], "Zoothérapie – Gaston est de retour!", body, "fr",
                "therapy dog's birth date and a volunteer's name")


def n_blood_drive(r: random.Random, k: int) -> Mail:
    body = ("Collecte de sang du personnel – jeudi 17 décembre, 8 h à 19 h, cafétéria du Pavillon A.\n\n"
            "Les donneurs de groupe O négatif sont particulièrement recherchés. Prenez rendez-vous au 1 800 555-0143; apportez une pièce d'identité. "
            "L'an dernier, 142 employés ont donné.\n" + signature(COMMS_LEDUC, r))
    return Mail(COMMS_LEDUC, [("Tout le personnel", "tous@cisss-rv.example")], "Collecte de sang du personnel", body, "fr",
                "staff blood-drive notice with blood-group vocabulary")


NEGATIVE_TEMPLATES: list[tuple[Template, int]] = [
    (n_drug_bulletin, 4), (n_aggregate_stats, 4), (n_conference, 4), (n_committee, 3), (n_oncall, 5), (n_hr, 6),
    (n_job_posting, 3), (n_baby, 2), (n_invoice_form, 4), (n_lot_serial, 6), (n_nas_storage, 3), (n_phone_list, 3),
    (n_it_ticket, 6), (n_minutes, 3), (n_research, 3), (n_ethics, 3), (n_pharmacy_stock, 4), (n_signature_block, 5),
    (n_press_release, 3), (n_obituary, 2), (n_teaching_case, 5), (n_en_newsletter, 3), (n_supplier_quote, 3),
    (n_training_list, 3), (n_facility_rooms, 3), (n_mrn_system, 2), (n_quality_report, 3), (n_forward_guideline, 3),
    (n_recall, 3), (n_staff_birthdays, 1), (n_or_block, 2), (n_budget, 2), (n_vaccination_staff, 2), (n_en_webinar, 2),
    (n_misc_notice, 3), (n_patient_leaflet, 2), (n_lab_reference, 2), (n_policy_pdf, 2), (n_staff_meeting_ics, 2),
    (n_en_oncall, 2), (n_en_hr, 3), (n_en_requisition_template, 1), (n_en_it_devices, 2), (n_en_minutes, 2), (n_en_pharmacy, 2),
    (n_en_conference, 1), (n_tracking, 2), (n_remittance, 1), (n_nam_format_training, 1), (n_case_series_abstract, 1),
    (n_reply_chain_scheduling, 2), (n_lab_qc, 1), (n_part_numbers, 2), (n_outbreak, 2), (n_clinic_relocation, 2),
    (n_zootherapy, 1), (n_blood_drive, 1),
]


# --------------------------------------------------------------------------------------------
# Driver and self-checks
# --------------------------------------------------------------------------------------------


def generate(out: Path) -> dict[str, dict[str, object]]:
    _nam_cursors.update(gendered=0, neutral=0)
    labels: dict[str, dict[str, object]] = {}
    for folder in ("positive", "negative"):
        (out / folder).mkdir(parents=True, exist_ok=True)
        for stale in (out / folder).glob("*.eml"):
            stale.unlink()
    serial = 0
    for folder, templates, confidential in (("positive", POSITIVE_TEMPLATES, True), ("negative", NEGATIVE_TEMPLATES, False)):
        number = 0
        for template, count in templates:
            for k in range(count):
                serial += 1
                number += 1
                r = random.Random(f"{SEED}:{template.__name__}:{k}")
                mail = template(r, k)
                if confidential != bool(mail.types) or not set(mail.types) <= EVIDENCE_TYPES:
                    raise AssertionError(f"{template.__name__}: bad types {mail.types}")
                data = build(mail, serial, r)
                name = f"{folder}/{folder[0]}{number:03d}_{template.__name__[2:]}.eml"
                (out / name).write_bytes(data)
                labels[name] = {"confidential": confidential, "types": sorted(set(mail.types)), "lang": mail.lang, "note": mail.note}
    (out / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return labels


def check(out: Path, labels: dict[str, dict[str, object]]) -> None:
    files = sorted(str(p.relative_to(out)) for p in out.glob("*/*.eml"))
    if files != sorted(labels):
        raise AssertionError("labels.json does not cover exactly the generated files")
    for name in files:
        raw = (out / name).read_bytes()
        message = __import__("email").message_from_bytes(raw, policy=policy.default)
        subject = str(message["Subject"] or "")
        if not subject or subject != subject.strip() or not message["From"] or message.defects:
            raise AssertionError(f"{name}: header problem or defects {message.defects}")
        for part in message.walk():
            if part.is_multipart():
                continue
            part.get_content()
            if part.defects:
                raise AssertionError(f"{name}: part defects {part.defects}")


def summary(labels: dict[str, dict[str, object]]) -> str:
    lines = []
    pos = [v for v in labels.values() if v["confidential"]]
    neg = [v for v in labels.values() if not v["confidential"]]
    lines.append(f"total {len(labels)}: positive {len(pos)}, negative {len(neg)}")
    for title, group in (("positive", pos), ("negative", neg)):
        langs = Counter(str(v["lang"]) for v in group)
        lines.append(f"{title} by language: " + ", ".join(f"{k} {n}" for k, n in sorted(langs.items())))
    types = Counter(t for v in pos for t in v["types"])  # type: ignore[attr-defined]
    lines.append("positive evidence types: " + ", ".join(f"{k} {n}" for k, n in sorted(types.items())))
    categories = Counter(name.split("/")[0] + "/" + name.split("_", 1)[1].rsplit(".", 1)[0] for name in labels)
    lines.append("by category:")
    lines += [f"  {k}: {n}" for k, n in sorted(categories.items())]
    return "\n".join(lines)


def digest(out: Path) -> str:
    h = hashlib.sha256()
    for path in [*sorted(out.glob("*/*.eml")), out / "labels.json"]:
        h.update(str(path.relative_to(out)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()
    labels = generate(args.out)
    check(args.out, labels)
    print(summary(labels))
    print(f"sha256 {digest(args.out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
