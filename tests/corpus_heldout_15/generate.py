#!/usr/bin/env python3
"""Seeded, deterministic generator of a synthetic outbound-mail corpus (GMF / CLSC / pharmacies, Quebec).

Usage:  python generate.py [--out DIR]
Writes positive/*.eml, negative/*.eml and labels.json, checks them, prints counts and a sha256.
"""
import argparse
import base64
import datetime
import hashlib
import html
import io
import json
import os
import quopri
import random
import re
import sys
import zipfile
import email
import email.policy
from email.header import Header
from email.utils import formataddr, format_datetime

from stdnum.ca import sin as std_sin
from stdnum.be import nn as std_nn
from stdnum.fr import nir as std_nir
from stdnum import luhn as std_luhn

SEED = 1515
N_POS = 120
N_NEG = 180
HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_TS = (2026, 1, 5, 8, 0, 0)

# ---------------------------------------------------------------- NAM list
def load_nams():
    cands = [os.path.join(HERE, "..", "blind_nams.txt")]
    for c in cands:
        if os.path.exists(c):
            out = []
            with open(c, encoding="utf-8") as f:
                for line in f:
                    line = line.strip()
                    if not line or line.startswith("#"):
                        continue
                    parts = line.split()
                    if len(parts) < 5:
                        continue
                    sur, giv, dob, sex, nam = parts[0], " ".join(parts[1:-3]), parts[-3], parts[-2], parts[-1]
                    out.append(dict(sur=sur, giv=giv, dob=dob, sex=sex, nam=nam))
            return out
    sys.exit("blind_nams.txt not found (looked in ../)")


class P:
    """A patient."""
    def __init__(self, sur, giv, dob, sex, nam=None):
        self.sur, self.giv, self.dob, self.sex, self.nam = sur, giv, dob, sex, nam

    @property
    def f(self):
        return self.sex == "F"

    def g(self, fem, masc):
        return fem if self.f else masc

    def t(self, lang):
        if lang == "fr":
            return self.g("Mme", "M.")
        return self.g("Ms.", "Mr.")

    def full(self):
        return f"{self.giv} {self.sur}"

    def rev(self):
        return f"{self.sur.upper()}, {self.giv}"

    def age(self, ref=2026):
        return ref - int(self.dob[:4]) - (1 if self.dob[5:] > "06-01" else 0)


MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def fmt_dob(r, dob, lang):
    y, m, d = dob.split("-")
    opts = [dob, f"{d}/{m}/{y}", f"{d}-{m}-{y[2:]}", f"{y}/{m}/{d}"]
    if lang == "fr":
        opts.append(f"{int(d)} {MOIS[int(m) - 1]} {y}")
    else:
        opts.append(f"{MONTHS[int(m) - 1]} {int(d)}, {y}")
    return r.choice(opts)


FW = str.maketrans("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ")


def fmt_nam(r, nam, style=None):
    styles = ["plain", "plain", "space", "dash", "dot", "lower", "mixed"]
    s = style or r.choice(styles)
    a, b, c = nam[:4], nam[4:8], nam[8:]
    if s == "plain":
        return nam
    if s == "space":
        return f"{a} {b} {c}"
    if s == "dash":
        return f"{a}-{b}-{c}"
    if s == "dot":
        return f"{a}.{b}.{c}"
    if s == "lower":
        return nam.lower()
    if s == "mixed":
        return f"{a} {b}{c}"
    if s == "slash":
        return f"{a}/{b}/{c}"
    if s == "fullwidth":
        return nam.translate(FW)
    if s == "spaced_chars":
        return " ".join(nam)
    if s == "split":
        return f"{a}{b}\n{c}"
    return nam


# ---------------------------------------------------------------- other identifiers
def gen_sin(r):
    while True:
        first = r.choice("1234569")
        body = first + "".join(r.choice("0123456789") for _ in range(7))
        for ck in "0123456789":
            v = body + ck
            if std_sin.is_valid(v):
                return v


def fmt_sin(v, r):
    return r.choice([f"{v[:3]} {v[3:6]} {v[6:]}", f"{v[:3]}-{v[3:6]}-{v[6:]}", v])


def gen_ohn(r):
    while True:
        body = r.choice("123456789") + "".join(r.choice("0123456789") for _ in range(8))
        for ck in "0123456789":
            v = body + ck
            if std_luhn.is_valid(v):
                return v


def fmt_ohn(v, r):
    vc = r.choice(["", " AB", "-KT", " XM", ""])
    return r.choice([f"{v[:4]}-{v[4:7]}-{v[7:]}{vc}", f"{v[:4]} {v[4:7]} {v[7:]}{vc}", v + vc.strip(" -")])


def gen_niss(r, dob, sex):
    y, m, d = dob.split("-")
    while True:
        serial = r.randrange(1, 998)
        if (serial % 2 == 1) != (sex == "M"):
            continue
        base = f"{y[2:]}{m}{d}{serial:03d}"
        n = int(("2" if int(y) >= 2000 else "") + base)
        ck = 97 - (n % 97)
        v = f"{base}{ck:02d}"
        if std_nn.is_valid(v):
            return v


def fmt_niss(v, r):
    return r.choice([f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}", v, f"{v[:6]} {v[6:9]} {v[9:]}"])


def gen_nir(r, dob, sex):
    y, m, d = dob.split("-")
    while True:
        dept = r.choice(["75", "69", "13", "33", "44", "59", "31", "67"])
        com = f"{r.randrange(1, 999):03d}"
        order = f"{r.randrange(1, 999):03d}"
        base = ("2" if sex == "F" else "1") + y[2:] + m + dept + com + order
        key = 97 - (int(base) % 97)
        v = f"{base}{key:02d}"
        if std_nir.is_valid(v):
            return v


def fmt_nir(v, r):
    return r.choice([f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}", v])


def gen_mrn(r):
    shapes = [
        lambda: f"{r.randrange(1000000, 9999999)}",
        lambda: f"{r.randrange(10000000, 99999999)}",
        lambda: f"H{r.randrange(100000, 999999)}",
        lambda: f"M{r.randrange(1000000, 9999999)}",
        lambda: f"{r.randrange(10, 99)}-{r.randrange(100000, 999999)}",
        lambda: f"CH{r.randrange(1000000, 9999999)}",
        lambda: f"GMF-{r.randrange(10000, 99999)}",
    ]
    return r.choice(shapes)()


def luhn_number(r, length):
    while True:
        body = r.choice("123456789") + "".join(r.choice("0123456789") for _ in range(length - 2))
        for ck in "0123456789":
            if std_luhn.is_valid(body + ck):
                return body + ck


# ---------------------------------------------------------------- organisations and staff (all invented)
SITES = [
    dict(key="gmf1", name="GMF des Deux-Rives", dom="gmf-deuxrives.example",
         addr="1450, boul. des Érables, bureau 200, Trois-Rivières (Québec) G8Y 5K2", tel="819-555-0142",
         fax="819-555-0143"),
    dict(key="gmf2", name="GMF-U du Vieux-Moulin", dom="gmfu-vieuxmoulin.example",
         addr="88, rue du Moulin, Lévis (Québec) G6V 3P4", tel="418-555-0177", fax="418-555-0178"),
    dict(key="gmf3", name="GMF Lac-Brome–Knowlton", dom="gmf-lacbrome.example",
         addr="312 Knowlton Road, Lac-Brome (Québec) J0E 1V0", tel="450-555-0119", fax="450-555-0120"),
    dict(key="clsc", name="CLSC de la Haute-Ville (CIUSSS de l'Exemple)", dom="ciusss-exemple.example",
         addr="55, chemin Sainte-Foy, Québec (Québec) G1R 1S9", tel="418-555-0190", fax="418-555-0191"),
    dict(key="ph1", name="Pharmacie Lavoie & Tessier", dom="pharmacie-lavoietessier.example",
         addr="2100, rue King Ouest, Sherbrooke (Québec) J1J 2E8", tel="819-555-0133", fax="819-555-0134"),
    dict(key="ph2", name="Pharmacie du Quartier Saint-Roch", dom="pharmaquartier.example",
         addr="410, rue Saint-Joseph Est, Québec (Québec) G1K 3B6", tel="418-555-0155", fax="418-555-0156"),
]
SITE = {s["key"]: s for s in SITES}
EXTERNAL = [
    ("Centre hospitalier universitaire de l'Exemple", "chu-exemple.example"),
    ("Hôpital régional du Littoral", "hopital-littoral.example"),
    ("Clinique externe de cardiologie", "cardio-clinique.example"),
    ("Service d'imagerie Laurentides", "imagerie-laurentides.example"),
    ("Centre jeunesse de l'Exemple", "cj-exemple.example"),
    ("Montreal West Health Centre", "mwhc.example"),
    ("Ottawa Valley Family Health Team", "ovfht.example"),
]

# (title_fr, title_en, given, surname, credentials, role_fr, role_en, site)
STAFF = [
    ("Dre", "Dr.", "Isabelle", "Vachon", "M.D., CCMF", "médecin de famille", "family physician", "gmf1"),
    ("Dr", "Dr.", "Mathieu", "Bergeron", "M.D.", "médecin de famille", "family physician", "gmf1"),
    ("Dre", "Dr.", "Nadia", "Benali", "M.D., CCMF(SP)", "médecin responsable soins palliatifs", "palliative care lead", "gmf2"),
    ("Dr", "Dr.", "François", "Lemieux", "M.D.", "médecin de famille", "family physician", "gmf2"),
    ("Dre", "Dr.", "Manon", "Gagnon", "M.D., FCMF", "médecin responsable GMF-U", "GMF-U medical lead", "gmf2"),
    ("Dr", "Dr.", "Kevin", "O'Neil", "MD, CCFP", "médecin de famille", "family physician", "gmf3"),
    ("Dre", "Dr.", "Sarah", "Goldberg", "MD, CCFP", "médecin de famille", "family physician", "gmf3"),
    ("", "", "Julie", "Beaulieu", "IPSPL", "infirmière praticienne spécialisée", "nurse practitioner", "gmf1"),
    ("", "", "Marie-Ève", "Tanguay", "inf. B.Sc.", "infirmière clinicienne", "clinical nurse", "gmf1"),
    ("", "", "Rachel", "Stein", "RN, BScN", "infirmière clinicienne", "clinical nurse", "gmf3"),
    ("", "", "Stéphane", "Dubuc", "pharm., M.Sc.", "pharmacien", "pharmacist", "ph1"),
    ("", "", "Amélie", "Tessier", "pharm. B.Pharm.", "pharmacienne propriétaire", "pharmacist-owner", "ph1"),
    ("", "", "Tom", "Haddad", "B.Pharm.", "pharmacien", "pharmacist", "ph2"),
    ("", "", "Josiane", "Fortier", "pharm.", "pharmacienne GMF", "GMF pharmacist", "gmf2"),
    ("", "", "Annie", "Roussel", "T.S.", "travailleuse sociale", "social worker", "clsc"),
    ("", "", "Patrick", "Légaré", "inf. aux.", "infirmier auxiliaire SAD", "home-care LPN", "clsc"),
    ("", "", "Lise", "Picard", "", "agente administrative", "administrative officer", "gmf1"),
    ("", "", "Karine", "Dion", "", "agente administrative", "clerk", "gmf2"),
    ("", "", "Sylvain", "Thériault", "", "technicien informatique", "IT technician", "clsc"),
    ("", "", "Chantal", "Morissette", "CRHA", "conseillère RH", "HR advisor", "clsc"),
    ("", "", "Éric", "Paradis", "", "chef de service SAD", "home-care manager", "clsc"),
    ("", "", "Hélène", "Caron", "inf. M.Sc.", "conseillère en prévention des infections", "IPAC advisor", "clsc"),
    ("Dr", "Dr.", "Louis", "Roy", "M.D., FRCPC", "médecin-conseil santé publique", "public health physician", "clsc"),
]


def asciify(x):
    import unicodedata
    x = unicodedata.normalize("NFKD", x).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9.\-]", "", x)


class Staff:
    def __init__(self, t):
        (self.tfr, self.ten, self.giv, self.sur, self.cred, self.rfr, self.ren, self.site) = t

    def addr(self):
        loc = asciify(self.giv + "." + self.sur)
        return f"{loc}@{SITE[self.site]['dom']}"

    def disp(self, lang):
        t = self.tfr if lang == "fr" else self.ten
        return (t + " " if t else "") + f"{self.giv} {self.sur}"

    def short(self, lang):
        t = self.tfr if lang == "fr" else self.ten
        return (t + " " if t else "") + self.sur

    def sig(self, r, lang):
        s = SITE[self.site]
        role = self.rfr if lang == "fr" else self.ren
        style = r.randrange(4)
        if style == 0:
            return f"\n--\n{self.giv} {self.sur}{', ' + self.cred if self.cred else ''}\n{role}\n{s['name']}\n{s['addr']}\nTél. {s['tel']}  Téléc. {s['fax']}"
        if style == 1:
            return f"\n\n{self.giv[0]}. {self.sur}{' ' + self.cred if self.cred else ''}\n{s['name']} | {s['tel']}"
        if style == 2:
            return f"\n\nMerci\n{self.giv}" if lang == "fr" else f"\n\nThanks\n{self.giv}"
        return f"\n\n{self.disp(lang)}{', ' + self.cred if self.cred else ''} — {role}\n{s['name']}\nT {s['tel']} poste {r.randrange(200, 299)}"


STAFFS = [Staff(t) for t in STAFF]

DISCLAIMER_FR = ("AVIS DE CONFIDENTIALITÉ : Ce message est destiné uniquement au destinataire visé et peut "
                 "contenir des renseignements confidentiels. Si vous l'avez reçu par erreur, veuillez "
                 "aviser l'expéditeur et le détruire.")
DISCLAIMER_EN = ("CONFIDENTIALITY NOTICE: This e-mail is intended only for the addressee and may contain "
                 "confidential information. If you received it in error, please notify the sender and delete it.")

OTHER_GIVEN_F = ["Lucie", "Ginette", "Chloé", "Aurélie", "Margaret", "Priya", "Fatima", "Yvette", "Carole", "Léa"]
OTHER_GIVEN_M = ["Réjean", "Gaétan", "Samuel", "Ahmed", "Raymond", "Thomas", "Jean-Guy", "Kevin", "Normand", "Hugo"]
OTHER_SUR = ["Tremblay-Lacasse", "Desrosiers", "Khalil", "Bissonnette", "Harrington", "Vaillancourt",
             "Nguyen", "Lachance", "Papineau", "Chartrand", "Dumont", "Pelchat", "McKenzie", "Houde"]

DX = [("diabète type 2 mal contrôlé", "poorly controlled type 2 diabetes"),
      ("FA nouvellement diagnostiquée", "new-onset atrial fibrillation"),
      ("MPOC exacerbée", "COPD exacerbation"),
      ("dépression majeure récidivante", "recurrent major depression"),
      ("insuffisance cardiaque NYHA III", "heart failure NYHA III"),
      ("nodule thyroïdien 2,4 cm", "2.4 cm thyroid nodule"),
      ("IRC stade 3b", "CKD stage 3b"),
      ("rectorragies, suspicion néo côlon", "rectal bleeding, ?colon cancer"),
      ("trouble lié à l'usage d'opioïdes", "opioid use disorder"),
      ("troubles neurocognitifs majeurs", "major neurocognitive disorder"),
      ("HTA résistante", "resistant hypertension"),
      ("psoriasis sévère", "severe psoriasis"),
      ("anémie ferriprive", "iron-deficiency anaemia"),
      ("plaie pied diabétique", "diabetic foot ulcer"),
      ("trouble anxieux généralisé", "generalised anxiety disorder"),
      ("apnée du sommeil sévère", "severe sleep apnoea")]
MEDS = ["metformine 500 mg BID", "apixaban 5 mg BID", "warfarine 5 mg DIE", "hydromorphone 2 mg q4h PRN",
        "sertraline 50 mg DIE", "furosémide 40 mg DIE", "insuline glargine 18 U HS", "méthadone 60 mg DIE",
        "ramipril 10 mg DIE", "quétiapine 25 mg HS", "prednisone 40 mg x 5 j", "bisoprolol 2,5 mg DIE",
        "empagliflozine 10 mg DIE", "buprénorphine-naloxone 8 mg", "lévothyroxine 0,1 mg DIE",
        "atorvastatine 40 mg HS", "gabapentine 300 mg TID", "clonazépam 0,5 mg HS"]
LABS = [("INR 4,8", "INR 4.8"), ("K+ 6,1 mmol/L", "K 6.1 mmol/L"), ("HbA1c 9,4 %", "HbA1c 9.4%"),
        ("DFGe 28 mL/min", "eGFR 28"), ("Hb 78 g/L", "Hb 78 g/L"), ("TSH 12,3 mUI/L", "TSH 12.3"),
        ("Na 124 mmol/L", "Na 124"), ("créatinine 182 µmol/L", "creatinine 182 umol/L"),
        ("ferritine 6 µg/L", "ferritin 6"), ("plaquettes 41", "platelets 41"), ("BNP 1450", "BNP 1450"),
        ("glycémie à jeun 14,2", "fasting glucose 14.2")]
STREETS = ["rue des Pins", "avenue Cartier", "rue Saint-Olivier", "boul. Hamel", "rue Notre-Dame Est",
           "chemin du Lac", "rue Bellevue", "4e Avenue", "rue Principale", "Maple Street"]
CITIES = [("Québec", "G1R"), ("Lévis", "G6V"), ("Trois-Rivières", "G8Y"), ("Sherbrooke", "J1H"),
          ("Lac-Brome", "J0E"), ("Shawinigan", "G9N")]


def home_addr(r):
    c, pc = r.choice(CITIES)
    app = r.choice(["", f", app. {r.randrange(1, 40)}", f", log. {r.randrange(100, 420)}"])
    return f"{r.randrange(12, 2999)} {r.choice(STREETS)}{app}, {c} {pc} {r.randrange(1,9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randrange(1,9)}"


def home_tel(r):
    return f"{r.choice(['418', '819', '450', '581', '873'])}-555-{r.randrange(1000, 9999):04d}"


# ---------------------------------------------------------------- attachments
def normalize_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2026-01-05T08:00:00Z\g<3>", blob)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, blob)
    return out.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def make_pdf(title, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    y = 750
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, title)
    y -= 26
    c.setFont("Helvetica", 10)
    for ln in lines:
        chunks = [ln[i:i + 95] for i in range(0, max(len(ln), 1), 95)] or [""]
        for ch in chunks:
            if y < 60:
                c.showPage()
                c.setFont("Helvetica", 10)
                y = 750
            c.drawString(50, y, ch)
            y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(title, paras, table=None):
    import docx
    d = docx.Document()
    cp = d.core_properties
    fixed = datetime.datetime(2026, 1, 5, 8, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = ""
    cp.last_modified_by = ""
    cp.revision = 1
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, v in enumerate(row):
                t.cell(i, j).text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheet, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    fixed = datetime.datetime(2026, 1, 5, 8, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "gmf"
    ws = wb.active
    ws.title = sheet[:30]
    for row in rows:
        ws.append(list(row))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(rows, sep=";"):
    out = []
    for row in rows:
        out.append(sep.join(str(v) for v in row))
    return ("\r\n".join(out) + "\r\n")


def make_ics(uid, summary, desc, start, minutes, location, organizer, attendees):
    st = start.strftime("%Y%m%dT%H%M%S")
    en = (start + datetime.timedelta(minutes=minutes)).strftime("%Y%m%dT%H%M%S")

    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    def fold(line):
        b = line
        outl = []
        while len(b) > 74:
            outl.append(b[:74])
            b = " " + b[74:]
        outl.append(b)
        return "\r\n".join(outl)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Exemple//Agenda GMF//FR", "METHOD:REQUEST",
             "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260105T080000Z",
             f"DTSTART;TZID=America/Toronto:{st}", f"DTEND;TZID=America/Toronto:{en}",
             f"SUMMARY:{esc(summary)}", f"DESCRIPTION:{esc(desc)}", f"LOCATION:{esc(location)}",
             f"ORGANIZER:mailto:{organizer}"]
    for a in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def make_vcard(fn, sur, giv, tel=None, adr=None, email_=None, org=None, title=None, note=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{sur};{giv};;;", f"FN:{fn}"]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    if tel:
        lines.append(f"TEL;TYPE=HOME,VOICE:{tel}")
    if adr:
        lines.append(f"ADR;TYPE=HOME:;;{adr.replace(',', chr(92) + ',')};;;;")
    if email_:
        lines.append(f"EMAIL;TYPE=INTERNET:{email_}")
    if bday:
        lines.append(f"BDAY:{bday}")
    if note:
        lines.append("NOTE:" + note.replace(",", "\\,").replace("\n", "\\n"))
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


# ---------------------------------------------------------------- MIME writer (hand-built for full control)
LATIN_MAP = {"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "œ": "oe", "Œ": "OE",
             "€": "EUR", "•": "*", "→": "->", "≥": ">=", "≤": "<=", "µ": "µ"}


def fit_charset(text, cs):
    if cs == "utf-8":
        return text, cs
    t = text
    if cs == "iso-8859-1":
        for a, b in LATIN_MAP.items():
            t = t.replace(a, b)
    try:
        t.encode(cs)
        return t, cs
    except UnicodeEncodeError:
        return text, "utf-8"


def encode_body(text, cs, cte):
    """Return (cte_header_value, encoded_bytes) for a text body with LF line ends."""
    raw = text.encode(cs)
    if cte == "8bit" and all(b < 128 for b in raw):
        cte = "7bit"
    if cte in ("7bit", "8bit"):
        if any(len(l) > 900 for l in raw.split(b"\n")):
            cte = "quoted-printable"
        else:
            return cte, raw
    if cte == "quoted-printable":
        return "quoted-printable", quopri.encodestring(raw)
    return "base64", base64.encodebytes(raw)


def hdr(value, cs="utf-8"):
    try:
        value.encode("ascii")
        if len(value) < 70:
            return value
        return Header(value, "us-ascii", maxlinelen=76).encode(linesep="\n")
    except UnicodeEncodeError:
        try:
            value.encode(cs)
        except (UnicodeEncodeError, LookupError):
            cs = "utf-8"
        return Header(value, cs, maxlinelen=76).encode(linesep="\n")


def addr_hdr(name, address, cs="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        try:
            name.encode(cs)
        except (UnicodeEncodeError, LookupError):
            cs = "utf-8"
        return formataddr((name, address), charset=cs if cs in ("utf-8", "iso-8859-1") else "utf-8")


def text_part(text, subtype, cs, cte):
    text, cs = fit_charset(text, cs)
    cte2, enc = encode_body(text, cs, cte)
    head = f"Content-Type: text/{subtype}; charset=\"{cs}\"\nContent-Transfer-Encoding: {cte2}\n\n"
    if not enc.endswith(b"\n"):
        enc += b"\n"
    return head.encode("ascii") + enc


def to_html(text, r):
    blocks = text.split("\n\n")
    out = []
    for b in blocks:
        lines = [html.escape(l) for l in b.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    font = r.choice(["Calibri, sans-serif", "Arial, Helvetica, sans-serif", "Segoe UI, sans-serif"])
    return (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html\"></head>\n"
            f"<body><div style=\"font-family: {font}; font-size: 11pt\">\n" + "\n".join(out) + "\n</div></body></html>\n")


def attach_part(att, boundary_seed):
    name, ctype, data = att["name"], att["ctype"], att["data"]
    try:
        name.encode("ascii")
        fn = f'filename="{name}"'
    except UnicodeEncodeError:
        from urllib.parse import quote
        fn = f"filename*=utf-8''{quote(name)}"
    if ctype == "message/rfc822":
        return (f"Content-Type: message/rfc822\nContent-Disposition: attachment; {fn}\n\n").encode("ascii") + data
    if isinstance(data, str):
        data = data.encode("utf-8")
        extra = "; method=REQUEST" if ctype == "text/calendar" else ""
        head = (f"Content-Type: {ctype}; charset=\"utf-8\"{extra}; name=\"{name}\"\n"
                f"Content-Disposition: attachment; {fn}\nContent-Transfer-Encoding: base64\n\n")
    else:
        head = (f"Content-Type: {ctype}; name=\"{name}\"\nContent-Disposition: attachment; {fn}\n"
                f"Content-Transfer-Encoding: base64\n\n")
    return head.encode("ascii") + base64.encodebytes(data)


def multipart(subtype, parts, boundary):
    out = f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"\n\n".encode("ascii")
    if subtype == "mixed":
        out += b"This is a multi-part message in MIME format.\n"
    for p in parts:
        out += f"\n--{boundary}\n".encode("ascii") + p.rstrip(b"\n") + b"\n"
    out += f"\n--{boundary}--\n".encode("ascii")
    return out


def build_message(r, m, tr):
    """m: dict with headers/body/atts; tr: transport choices. Returns bytes."""
    cs = tr["cs"]
    text = m["body"]
    heads = []
    heads.append(("From", addr_hdr(m["from_name"], m["from_addr"], cs)))
    heads.append(("To", ", ".join(addr_hdr(n, a, cs) for n, a in m["to"])))
    if m.get("cc"):
        heads.append(("Cc", ", ".join(addr_hdr(n, a, cs) for n, a in m["cc"])))
    heads.append(("Subject", hdr(m["subject"], "utf-8" if cs == "windows-1252" else cs)))
    heads.append(("Date", m["date"]))
    heads.append(("Message-ID", m["msgid"]))
    if m.get("in_reply_to"):
        heads.append(("In-Reply-To", m["in_reply_to"]))
        heads.append(("References", m["in_reply_to"]))
    if m.get("mailer"):
        heads.append(("X-Mailer", m["mailer"]))
    if m.get("importance"):
        heads.append(("Importance", m["importance"]))
    heads.append(("MIME-Version", "1.0"))
    bseed = hashlib.sha1(m["msgid"].encode()).hexdigest()
    st = tr["struct"]
    if st == "plain":
        body = text_part(text, "plain", cs, tr["cte"])
    elif st == "html":
        body = text_part(to_html(text, r), "html", cs, tr["cte"])
    else:
        alt = multipart("alternative", [text_part(text, "plain", cs, tr["cte"]),
                                        text_part(to_html(text, r), "html", cs, tr["cte"])],
                        f"----=_Alt_{bseed[:20]}")
        body = alt
    if m.get("atts"):
        parts = [body] + [attach_part(a, bseed) for a in m["atts"]]
        body = multipart("mixed", parts, f"----=_Mix_{bseed[20:40]}")
    out = "".join(f"{k}: {v}\n" for k, v in heads).encode("ascii") + body
    data = out.replace(b"\r\n", b"\n")
    if tr["eol"] == "crlf":
        data = data.replace(b"\n", b"\r\n")
    return data


def _latin_ok(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


# ---------------------------------------------------------------- helpers for content
def c_fr(c):
    return c.fr


class Ctx:
    def __init__(self, r, lang, nams):
        self.r, self.lang, self.nams = r, lang, nams
        self.fr = lang == "fr"

    def L(self, fr, en):
        return fr if self.fr else en

    def pick(self, *xs):
        return self.r.choice(xs)

    def patient(self, with_nam=True):
        r = self.r
        if with_nam:
            d = r.choice(self.nams)
            return P(d["sur"], d["giv"], d["dob"], d["sex"], d["nam"])
        sex = r.choice("FM")
        giv = r.choice(OTHER_GIVEN_F if sex == "F" else OTHER_GIVEN_M)
        y = r.randrange(1938, 2015)
        dob = f"{y}-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}"
        return P(r.choice(OTHER_SUR), giv, dob, sex, None)

    def staff(self, sites=None, roles=None):
        pool = [s for s in STAFFS if (not sites or s.site in sites)]
        if roles:
            pool = [s for s in pool if any(k in s.rfr for k in roles)] or pool
        return self.r.choice(pool)

    def ext(self, person=True):
        inst, dom = self.r.choice(EXTERNAL)
        nm = self.r.choice(["Dre Geneviève Talbot", "Dr Antoine Mercier", "Dr. Priya Raman", "Dre Line Bolduc",
                            "Secrétariat", "Centrale de rendez-vous", "Dr Hugo St-Pierre", "Dr. Alan Brooks"])
        loc = self.r.choice(["consultations", "rdv", "secretariat", "triage", "accueil", "referrals"])
        if person and not nm.startswith(("Secr", "Centr")):
            base = asciify(nm.split(" ", 1)[1].replace(" ", "."))
            return (nm, f"{base}@{dom}"), inst
        return (self.r.choice([inst, "Centrale de rendez-vous", "Secrétariat"]) if c_fr(self) else
                self.r.choice([inst, "Booking office", "Front desk"]), f"{loc}@{dom}"), inst

    def dob(self, p):
        return fmt_dob(self.r, p.dob, self.lang)

    def nam(self, p, style=None):
        return fmt_nam(self.r, p.nam, style)

    def dx(self):
        d = self.r.choice(DX)
        return d[0] if self.fr else d[1]

    def lab(self):
        d = self.r.choice(LABS)
        return d[0] if self.fr else d[1]

    def med(self):
        return self.r.choice(MEDS)

    def greet(self):
        return self.pick(*(["Bonjour,", "Bonjour", "Salut,", "Bonjour Dre,", "Allo,", ""] if self.fr
                           else ["Hi,", "Hello,", "Hi there,", "Good morning,", ""]))

    def thanks(self):
        return self.pick(*(["Merci!", "Merci beaucoup", "Merci de votre collaboration.", "Mci", "Bonne journée"]
                           if self.fr else ["Thanks!", "Thank you", "Thx", "Much appreciated.", "Best,"]))

    def disclaimer(self):
        if self.r.random() < 0.3:
            return "\n\n" + (DISCLAIMER_FR if self.fr else DISCLAIMER_EN)
        return ""


def rand_date(r, lo=(2026, 9, 1), hi=(2026, 12, 4)):
    a = datetime.date(*lo).toordinal()
    b = datetime.date(*hi).toordinal()
    d = datetime.date.fromordinal(r.randrange(a, b + 1))
    if d.weekday() >= 5 and r.random() < 0.8:
        d = d - datetime.timedelta(days=d.weekday() - 4)
    tz = datetime.timezone(datetime.timedelta(hours=-4 if d < datetime.date(2026, 11, 1) else -5))
    return datetime.datetime(d.year, d.month, d.day, r.randrange(7, 19), r.randrange(0, 60), r.randrange(0, 60), tzinfo=tz)


def quote_block(c, who_name, who_addr, dt, subject, text, to_line=""):
    r = c.r
    style = r.randrange(3)
    if style == 0:
        if c.fr:
            head = f"Le {dt.day} {MOIS[dt.month - 1][:4]}. {dt.year} à {dt.hour:02d}:{dt.minute:02d}, {who_name} <{who_addr}> a écrit :"
        else:
            head = f"On {MONTHS[dt.month - 1]} {dt.day}, {dt.year}, at {dt.hour}:{dt.minute:02d}, {who_name} <{who_addr}> wrote:"
        return head + "\n" + "\n".join("> " + l if l else ">" for l in text.split("\n"))
    if style == 1:
        if c.fr:
            head = (f"-----Message d'origine-----\nDe : {who_name} <{who_addr}>\n"
                    f"Envoyé : {dt.day} {MOIS[dt.month - 1]} {dt.year} {dt.hour:02d}:{dt.minute:02d}\n"
                    f"À : {to_line}\nObjet : {subject}")
        else:
            head = (f"-----Original Message-----\nFrom: {who_name} <{who_addr}>\n"
                    f"Sent: {MONTHS[dt.month - 1]} {dt.day}, {dt.year} {dt.hour}:{dt.minute:02d}\n"
                    f"To: {to_line}\nSubject: {subject}")
        return head + "\n\n" + text
    if c.fr:
        head = (f"________________________________\nDe : {who_name} <{who_addr}>\n"
                f"Envoyé : {dt.strftime('%Y-%m-%d %H:%M')}\nObjet : {subject}")
    else:
        head = (f"________________________________\nFrom: {who_name} <{who_addr}>\n"
                f"Sent: {dt.strftime('%Y-%m-%d %H:%M')}\nSubject: {subject}")
    return head + "\n\n" + text


def fwd_block(c, who_name, who_addr, dt, subject, to_line, text):
    if c.fr:
        head = (f"---------- Message transféré ---------\nDe : {who_name} <{who_addr}>\n"
                f"Date : {dt.day} {MOIS[dt.month - 1]} {dt.year} à {dt.hour:02d} h {dt.minute:02d}\n"
                f"Objet : {subject}\nÀ : {to_line}")
    else:
        head = (f"---------- Forwarded message ---------\nFrom: {who_name} <{who_addr}>\n"
                f"Date: {MONTHS[dt.month - 1]} {dt.day}, {dt.year} {dt.hour}:{dt.minute:02d}\n"
                f"Subject: {subject}\nTo: {to_line}")
    return head + "\n\n" + text


def inner_eml(c, frm, to, subject, body, dt):
    """A small attached message (bytes, LF)."""
    h = (f"From: {addr_hdr(frm[0], frm[1])}\nTo: {addr_hdr(to[0], to[1])}\nSubject: {hdr(subject)}\n"
         f"Date: {format_datetime(dt)}\nMessage-ID: <{c.r.getrandbits(64):016x}@{frm[1].split('@')[1]}>\n"
         f"MIME-Version: 1.0\n")
    return h.encode("ascii") + text_part(body, "plain", "utf-8", c.r.choice(["quoted-printable", "8bit", "base64"]))


def att(name, ctype, data):
    return dict(name=name, ctype=ctype, data=data)


PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ================================================================ POSITIVE categories
def out(subject, body, types, note, sender, to, atts=None, cc=None, reply=False, importance=None):
    return dict(subject=subject, body=body, types=sorted(set(types)), note=note, sender=sender, to=to,
                atts=atts or [], cc=cc or [], reply=reply, importance=importance)


def p_referral(c):
    p = c.patient(c.r.random() < 0.8)
    s = c.staff(["gmf1", "gmf2", "gmf3"], ["médecin", "infirmière prat"])
    to, inst = c.ext()
    dx, med = c.dx(), c.med()
    idl = (f"NAM {c.nam(p)}" if p.nam else f"dossier {gen_mrn(c.r)}")
    types = ["patient_name", "diagnosis", "date_of_birth", "medication"] + (["ramq_nam"] if p.nam else ["mrn"])
    if c.fr:
        subj = c.pick(f"Référence - {p.sur} {p.giv}", f"demande de consult {p.sur.upper()}", "Demande de consultation",
                      f"Réf. {p.sur}, {p.giv[0]}.")
        body = (f"{c.greet()}\n\nJe vous réfère {p.sur} {p.giv}, {p.g('née', 'né')} le {c.dob(p)}, {idl}, pour {dx}.\n"
                f"Rx actuelle : {med}. {c.pick('ATCD : HTA, DLPD.', 'Pas d’allergie connue.', 'Allergie sulfa.', 'Fumeur 30 paquets-année.')}\n"
                f"{c.pick('Priorité B svp.', 'Délai souhaité < 30 jours.', 'Urgent (P2) selon CRDS.', 'Pas urgent.')}\n"
                f"{p.g('Elle', 'Il')} est joignable au {home_tel(c.r)}.\n\n{c.thanks()}" + s.sig(c.r, "fr") + c.disclaimer())
    else:
        subj = c.pick(f"Referral - {p.sur}, {p.giv}", f"consult request {p.sur.upper()}", "New referral",
                      f"Ref {p.sur} {p.giv[0]}")
        body = (f"{c.greet()}\n\nReferring {p.giv} {p.sur} (DOB {c.dob(p)}, {idl.replace('dossier', 'chart #')}) for {dx}.\n"
                f"Current meds: {med}. {c.pick('PMHx HTN, T2DM.', 'NKDA.', 'Allergic to penicillin.', 'Ex-smoker.')}\n"
                f"{c.pick('Semi-urgent please.', 'Routine.', 'Would appreciate seeing within 4 weeks.')}\n"
                f"{p.g('She', 'He')} can be reached at {home_tel(c.r)}.\n\n{c.thanks()}" + s.sig(c.r, "en") + c.disclaimer())
        types = [t if t != "mrn" else "mrn" for t in types]
    types.append("patient_contact")
    return out(subj, body, types, "referral with patient name, DOB, identifier, diagnosis", s, [to])


def p_consult_reply(c):
    p = c.patient(c.r.random() < 0.5)
    s = c.staff(["gmf1", "gmf2", "gmf3"], ["médecin"])
    mrn = gen_mrn(c.r)
    to = (c.staff(["gmf1", "gmf2"]).disp(c.lang), c.staff(["gmf1", "gmf2"]).addr())
    lab = c.lab()
    if c.fr:
        subj = f"RE: consult {p.sur}"
        body = (f"Vu {p.t('fr')} {p.sur} ce matin (dossier {mrn}). {lab}, on ajuste : {c.med()}.\n"
                f"Contrôle dans 2 sem. {p.g('Elle', 'Il')} est d'accord.\n" + s.sig(c.r, "fr"))
    else:
        subj = f"RE: consult {p.sur}"
        body = (f"Saw {p.t('en')} {p.sur} this am (MRN {mrn}). {lab}; adjusting to {c.med()}.\n"
                f"Recheck in 2 wks, {p.g('she', 'he')} agrees.\n" + s.sig(c.r, "en"))
    return out(subj, body, ["patient_name", "mrn", "lab_result", "medication"],
               "consult reply naming patient with chart number, lab and medication change", s, [to], reply=True)


def p_signout(c):
    s = c.staff(["gmf1", "gmf2", "gmf3"], ["médecin", "infirm"])
    n = c.r.randrange(3, 7)
    lines = []
    types = {"patient_name", "diagnosis"}
    for i in range(n):
        p = c.patient(c.r.random() < 0.6)
        ident = ""
        if p.nam and c.r.random() < 0.6:
            ident = " " + c.nam(p)
            types.add("ramq_nam")
        elif c.r.random() < 0.4:
            ident = " #" + gen_mrn(c.r)
            types.add("mrn")
        task = c.pick(*(["rappeler pour résultat", "suivi INR demain", "revoir plaie", "à revoir lundi",
                         "att. écho", "famille inquiète", "ajuster insuline"] if c.fr else
                        ["call back re results", "INR tomorrow", "wound check", "see Monday", "awaiting US",
                         "family worried", "titrate insulin"]))
        lines.append(c.pick(f"{i+1}) {p.sur.upper()} {p.giv}{ident} - {c.dx()} - {task}",
                            f"- {p.sur} {p.giv[0]}.{ident} ({p.age()} {c.L('a', 'y')}) : {c.dx()}, {task}",
                            f"{p.sur}, {p.giv} |{ident} | {c.dx()} | {task}"))
    if c.fr:
        subj = c.pick("liste garde fds", "Passation SRV", "sign out", "liste à suivre - semaine", "Tournée SAD demain")
        body = f"{c.pick('Voici la liste pour la garde', 'Liste pour demain', 'Pour ta garde :')}\n\n" + "\n".join(lines) + "\n\n" + c.pick("Bonne garde!", "Appelle si besoin", "") + s.sig(c.r, "fr")
    else:
        subj = c.pick("sign-out weekend", "handover", "on call list", "f/u list")
        body = "Sign-out for tonight:\n\n" + "\n".join(lines) + "\n\n" + c.pick("Good luck!", "Page me if needed", "") + s.sig(c.r, "en")
    to = c.staff(["gmf1", "gmf2", "gmf3"])
    return out(subj, body, list(types), "sign-out list of named patients with problems", s, [(to.disp(c.lang), to.addr())])


def p_booking(c):
    p = c.patient(c.r.random() < 0.5)
    s = c.staff(None, ["agente", "administrative", "clerk"])
    dt = rand_date(c.r, (2026, 12, 7), (2027, 1, 29))
    tel = home_tel(c.r)
    types = ["patient_name", "patient_contact"]
    if p.f:
        why = c.pick(*(["suivi grossesse", "test de Pap", "suivi diabète", "renouvellement méthadone", "suivi santé mentale"]
                       if c.fr else ["prenatal visit", "diabetes follow-up", "mental health follow-up", "Pap test"]))
    else:
        why = c.pick(*(["suivi diabète", "renouvellement méthadone", "suivi santé mentale", "suivi INR", "suivi MPOC"]
                       if c.fr else ["diabetes follow-up", "mental health follow-up", "INR check", "COPD follow-up"]))
    types.append("diagnosis")
    if c.r.random() < 0.5 and p.nam:
        types.append("ramq_nam")
        extra = c.L(f"\nNAM : {c.nam(p)}", f"\nRAMQ: {c.nam(p)}")
    else:
        extra = ""
    if c.fr:
        subj = c.pick("Changement de RV", f"RV {p.sur}", "rdv à déplacer", "Re: disponibilités")
        body = (f"{c.greet()}\n\nPouvez-vous déplacer le RV de {p.sur} {p.giv} ({why}) au "
                f"{dt.day} {MOIS[dt.month-1]} à {dt.hour}h{dt.minute:02d}?{extra}\n{p.g('Elle', 'Il')} préfère être "
                f"{p.g('appelée', 'appelé')} au {tel} après 16h.\n\n{c.thanks()}" + s.sig(c.r, "fr"))
    else:
        subj = c.pick("Appointment change", f"appt {p.sur}", "rebook pls")
        body = (f"{c.greet()}\n\nCould you move {p.giv} {p.sur}'s appointment ({why}) to {MONTHS[dt.month-1]} {dt.day} "
                f"at {dt.hour}:{dt.minute:02d}?{extra}\nBest number: {tel} (cell).\n\n{c.thanks()}" + s.sig(c.r, "en"))
    to, _ = c.ext(person=False)
    return out(subj, body, types, "booking change for named patient with phone and reason", s, [to])


def p_lab_critical(c):
    p = c.patient(c.r.random() < 0.7)
    s = c.staff(["gmf1", "gmf2", "gmf3", "clsc"], ["infirm", "médecin"])
    lab = c.lab()
    types = ["patient_name", "lab_result"]
    idp = ""
    if p.nam:
        idp = c.pick(f" ({c.nam(p)})", f", NAM {c.nam(p)}", f" - {c.nam(p)}")
        types.append("ramq_nam")
    if c.fr:
        subj = c.pick("VALEUR CRITIQUE", f"Résultat critique - {p.sur}", "labo anormal à voir", "URGENT résultat")
        body = (f"{c.greet()}\n\nReçu du labo ce matin pour {p.sur} {p.giv}{idp} : {lab}.\n"
                f"{c.pick('J’ai tenté de joindre le patient sans succès.', 'Patient avisé, reprise demain.', 'Peux-tu regarder avant 15h?', 'Prise de sang à refaire.')}\n"
                + s.sig(c.r, "fr"))
    else:
        subj = c.pick("CRITICAL VALUE", f"critical lab - {p.sur}", "abnormal result pls review")
        body = (f"{c.greet()}\n\nLab called for {p.giv} {p.sur}{idp}: {lab}.\n"
                f"{c.pick('Could not reach pt.', 'Pt informed, repeat tomorrow.', 'Can you review before 3pm?')}\n" + s.sig(c.r, "en"))
    to = c.staff(["gmf1", "gmf2", "gmf3"], ["médecin"])
    return out(subj, body, types, "critical lab value for a named patient", s, [(to.disp(c.lang), to.addr())],
               importance="High")


def p_pharmacy(c):
    p = c.patient(c.r.random() < 0.6)
    s = c.staff(["ph1", "ph2"])
    md = c.staff(["gmf1", "gmf2", "gmf3"], ["médecin"])
    m1, m2 = c.med(), c.med()
    types = ["patient_name", "medication"]
    dline = ""
    if c.r.random() < 0.6:
        dline = c.L(f"DDN {c.dob(p)}", f"DOB {c.dob(p)}")
        types.append("date_of_birth")
    nline = ""
    if p.nam and c.r.random() < 0.5:
        nline = f" {c.nam(p)}"
        types.append("ramq_nam")
    if c.fr:
        subj = c.pick("Demande de renouvellement", f"Bilan comparatif - {p.sur}", "Interaction à valider",
                      "Opinion pharmaceutique", "renouv.")
        body = (f"{c.greet()}\n\n{c.pick('Demande de renouvellement pour', 'Bilan comparatif des médicaments de', 'Opinion pharmaceutique concernant')} "
                f"{p.sur.upper()} {p.giv} {dline}{nline}\n\n- {m1}\n- {m2}\n\n"
                f"{c.pick('Interaction possible entre les deux, à réévaluer.', 'Dernière ordonnance expirée le 30/11.', 'Le patient dit ne plus prendre le premier.', 'Svp confirmer la dose.')}\n"
                f"Réponse par téléc. au {SITE[s.site]['fax']} svp.\n" + s.sig(c.r, "fr") + c.disclaimer())
    else:
        subj = c.pick("Refill request", f"Med rec - {p.sur}", "Interaction query")
        body = (f"{c.greet()}\n\nRefill request for {p.giv} {p.sur} {dline}{nline}\n\n- {m1}\n- {m2}\n\n"
                f"{c.pick('Possible interaction, please review.', 'Last Rx expired Nov 30.', 'Pt reports stopping the first one.')}\n"
                f"Please fax back to {SITE[s.site]['fax']}.\n" + s.sig(c.r, "en") + c.disclaimer())
    return out(subj, body, types, "pharmacy refill / medication reconciliation for named patient", s,
               [(md.disp(c.lang), md.addr())])


def p_homecare(c):
    p = c.patient(c.r.random() < 0.5)
    s = c.staff(["clsc", "gmf1", "gmf2"], ["SAD", "infirm", "sociale"])
    adr = home_addr(c.r)
    types = ["patient_name", "patient_contact", "diagnosis"]
    if c.fr:
        subj = c.pick("Demande SAD", "Ouverture dossier SAD", f"SAD - {p.sur}", "visite à domicile")
        body = (f"{c.greet()}\n\nDemande de services à domicile pour {p.t('fr')} {p.giv} {p.sur}, {p.age()} ans\n"
                f"Adresse : {adr}\nTél. : {home_tel(c.r)}\n\nMotif : {c.dx()}, {c.pick('pansement 3x/sem', 'enseignement glucomètre', 'prélèvements à domicile', 'évaluation autonomie (OEMC)')}.\n"
                f"{c.pick('Vit seul(e), fille aidante.', 'Code de porte 1234#.', 'Chien dans la maison.', 'Conjoint en perte d’autonomie.')}\n\n{c.thanks()}" + s.sig(c.r, "fr"))
    else:
        subj = c.pick("Home care request", f"home visit - {p.sur}", "New SAD referral")
        body = (f"{c.greet()}\n\nHome care request for {p.t('en')} {p.giv} {p.sur}, {p.age()} y.o.\nAddress: {adr}\n"
                f"Phone: {home_tel(c.r)}\n\nReason: {c.dx()}, {c.pick('dressing 3x/week', 'glucometer teaching', 'home blood draws')}.\n\n{c.thanks()}" + s.sig(c.r, "en"))
    to = SITE["clsc"]
    return out(subj, body, types, "home-care request with patient name, home address and condition", s,
               [("Guichet SAD", f"guichet.sad@{to['dom']}")])


def p_transport(c):
    p = c.patient(False)
    s = c.staff(None, ["agente", "infirm", "clerk"])
    adr = home_addr(c.r)
    dt = rand_date(c.r, (2026, 12, 7), (2027, 1, 15))
    if c.fr:
        subj = c.pick("Transport adapté", "Demande transport", "Transport pour dialyse")
        body = (f"{c.greet()}\n\nTransport aller-retour pour {p.sur} {p.giv}\nDépart : {adr}\nVers : {c.pick('CHU de l’Exemple, dialyse 3e', 'imagerie, sous-sol', 'GMF des Deux-Rives')}\n"
                f"Date : {dt.day}/{dt.month} {dt.hour}h{dt.minute:02d}\n{c.pick('Fauteuil roulant.', 'Marchette, besoin aide.', 'O2 portatif 2L.')}\nTél. : {home_tel(c.r)}\n" + s.sig(c.r, "fr"))
    else:
        subj = c.pick("Transport request", "Adapted transport booking")
        body = (f"{c.greet()}\n\nReturn transport for {p.giv} {p.sur}\nPick-up: {adr}\nTo: {c.pick('dialysis unit', 'radiology', 'the clinic')}\n"
                f"{MONTHS[dt.month-1]} {dt.day}, {dt.hour}:{dt.minute:02d}\n{c.pick('Wheelchair.', 'Walker, needs help.', 'Portable O2 2L.')}\nPhone: {home_tel(c.r)}\n" + s.sig(c.r, "en"))
    return out(subj, body, ["patient_name", "patient_contact", "diagnosis"], "transport booking with patient home address",
               s, [("Transport adapté", "reservations@transport-adapte.example")])


def p_social(c):
    p = c.patient(c.r.random() < 0.4)
    s = c.staff(["clsc"], ["sociale"])
    soc = c.pick(*(["signalement DPJ en cours pour les enfants", "perte de logement fin du mois, refuge envisagé",
                    "violence conjugale, conjoint sous ordonnance de ne pas communiquer", "aide sociale suspendue",
                    "en attente de statut de réfugié, pas de couverture RAMQ", "sortie de détention le 12, suivi CRD"]
                   if c.fr else ["youth protection report in progress", "eviction end of month, shelter considered",
                                 "domestic violence, partner under no-contact order", "income support cut off",
                                 "refugee claimant, no RAMQ coverage yet", "released from detention on the 12th"]))
    if c.fr:
        subj = c.pick("Situation sociale", f"{p.sur} - suivi TS", "concertation", "confidentiel")
        body = (f"{c.greet()}\n\nPour {p.t('fr')} {p.sur} ({p.giv}), {p.age()} ans : {soc}.\n"
                f"{c.pick('Je propose une rencontre conjointe jeudi.', 'Merci de ne pas mentionner au conjoint.', 'Elle a accepté le partage d’info.', 'Dossier ouvert au CRD.')}\n" + s.sig(c.r, "fr"))
    else:
        subj = c.pick("Social situation", f"{p.sur} - SW follow-up", "case conference")
        body = (f"{c.greet()}\n\nRe {p.t('en')} {p.sur} ({p.giv}), {p.age()}: {soc}.\n"
                f"{c.pick('Suggest joint meeting Thursday.', 'Consent to share obtained.', 'Please do not discuss with partner.')}\n" + s.sig(c.r, "en"))
    md = c.staff(["gmf1", "gmf2"], ["médecin"])
    return out(subj, body, ["patient_name", "social_information"], "social worker note on a named patient's social situation",
               s, [(md.disp(c.lang), md.addr())])


def p_subject_only(c):
    p = c.patient(c.r.random() < 0.6)
    s = c.staff(["gmf1", "gmf2", "gmf3", "ph1", "ph2"])
    types = ["patient_name"]
    bits = []
    if c.r.random() < 0.6:
        bits.append(c.lab()); types.append("lab_result")
    else:
        bits.append(c.dx()); types.append("diagnosis")
    if p.nam and c.r.random() < 0.5:
        bits.insert(0, c.nam(p)); types.append("ramq_nam")
    subj = c.pick(f"{p.sur} {p.giv} - " + " ".join(bits), f"{p.sur.upper()} {p.giv[0]}. {' / '.join(bits)}",
                  f"Re: {p.sur}, {p.giv} — " + ", ".join(bits))
    body = c.pick(*(["Voir objet. Peux-tu rappeler?", "svp rappeler", "À discuter demain matin.", "", "Fait.",
                     "Voir objet, merci"] if c.fr else ["See subject. Call me?", "pls call", "", "Done.", "FYI"]))
    if c.r.random() < 0.35:
        subj = c.pick(f"{p.sur} {p.giv}", f"{p.sur.upper()}, {p.giv}", f"re: {p.sur} {p.giv[0]}")
        body = " ".join(bits) + c.L(" — à revoir svp", " — please review")
    body += s.sig(c.r, c.lang)
    to = c.staff(["gmf1", "gmf2", "gmf3"])
    return out(subj, body, types, "patient details in the Subject line (or split Subject/body)", s, [(to.disp(c.lang), to.addr())])


def p_quoted(c):
    p = c.patient(c.r.random() < 0.6)
    s = c.staff(["gmf1", "gmf2", "gmf3", "clsc"])
    o = c.staff(["gmf1", "gmf2", "gmf3", "ph1", "ph2", "clsc"])
    dt = rand_date(c.r)
    types = ["patient_name", "diagnosis"]
    idp = ""
    if p.nam:
        idp = f" (NAM {c.nam(p)})"; types.append("ramq_nam")
    if c.fr:
        orig = (f"Bonjour,\n{p.sur} {p.giv}{idp} s'est présenté{'e' if p.f else ''} au SRV hier pour {c.dx()}. "
                f"On a débuté {c.med()}. Peux-tu {p.g('la', 'le')} revoir d'ici 2 semaines?\n{o.giv}")
        top = c.pick("Ok, c'est noté.", "Je m'en occupe.", "Vu, RV donné pour le 14.", "Parfait merci")
        subj = f"RE: {c.pick('suivi', 'SRV hier', 'à revoir')}"
    else:
        orig = (f"Hi,\n{p.giv} {p.sur}{idp} came to walk-in yesterday for {c.dx()}. Started {c.med()}. "
                f"Can you see {p.g('her', 'him')} within 2 weeks?\n{o.giv}")
        top = c.pick("Ok noted.", "Will do.", "Booked for the 14th.", "Thanks")
        subj = f"RE: {c.pick('follow-up', 'walk-in yesterday', 'to see')}"
    types.append("medication")
    body = top + "\n" + s.sig(c.r, c.lang) + "\n\n" + quote_block(c, o.disp(c.lang), o.addr(), dt, subj[4:], orig, s.addr())
    return out(subj, body, types, "short reply on top of a quoted message naming a patient and diagnosis", s,
               [(o.disp(c.lang), o.addr())], reply=True)


def p_inline_fwd(c):
    p = c.patient(c.r.random() < 0.5)
    s = c.staff(["gmf1", "gmf2", "gmf3", "clsc"])
    to, inst = c.ext()
    dt = rand_date(c.r)
    mrn = gen_mrn(c.r)
    types = ["patient_name", "mrn", "diagnosis", "date_of_birth"]
    if c.fr:
        orig = (f"Patient : {p.sur.upper()}, {p.giv}\nDDN : {c.dob(p)}\nDossier : {mrn}\n\nImpression : {c.dx()}.\n"
                f"Suivi en externe recommandé.")
        top = c.pick("Pour info, voir ci-dessous.", "Fwd pour ton dossier", "À classer svp", "FYI")
        subj = f"TR: {c.pick('résumé de congé', 'rapport de consultation', 'compte rendu')}"
    else:
        orig = (f"Patient: {p.sur.upper()}, {p.giv}\nDOB: {c.dob(p)}\nChart: {mrn}\n\nImpression: {c.dx()}.\n"
                f"Outpatient follow-up recommended.")
        top = c.pick("FYI see below.", "Fwd for your file", "Please scan to chart")
        subj = f"Fwd: {c.pick('discharge summary', 'consult note', 'ER report')}"
    body = top + s.sig(c.r, c.lang) + "\n\n" + fwd_block(c, to[0], to[1], dt, subj[4:], s.addr(), orig)
    dest = c.staff(["gmf1", "gmf2", "gmf3"])
    return out(subj, body, types, "inline forward of a hospital report with patient identity", s,
               [(dest.disp(c.lang), dest.addr())])


def p_pdf(c):
    p = c.patient(c.r.random() < 0.6)
    s = c.staff(["gmf1", "gmf2", "gmf3", "clsc"])
    mrn = gen_mrn(c.r)
    types = ["patient_name", "date_of_birth", "diagnosis", "medication", "mrn"]
    lines = [f"Nom / Name: {p.sur.upper()}, {p.giv}", f"DDN / DOB: {p.dob}   Sexe: {p.sex}", f"Dossier: {mrn}"]
    if p.nam:
        lines.append(f"NAM: {fmt_nam(c.r, p.nam, c.r.choice(['plain', 'space']))}"); types.append("ramq_nam")
    dx = c.r.choice(DX)
    lines += ["", f"Diagnostic: {dx[0]}", f"Médication: {c.med()}, {c.med()}", f"Labo: {c.r.choice(LABS)[0]}",
              "", "Plan: suivi GMF dans 2 semaines, bilan sanguin avant la visite."]
    types.append("lab_result")
    title = c.pick("Résumé de visite", "Note de consultation", "Sommaire d'hospitalisation", "Visit summary")
    fname = c.pick(f"{p.sur}_{p.giv[0]}_resume.pdf", "scan_0042.pdf", f"consult_{mrn}.pdf", "document.pdf")
    body = c.L(c.pick("Ci-joint le document demandé.", "Voir pj", "Bonjour, en pièce jointe le résumé. Merci", "pj"),
               c.pick("Attached as requested.", "see attached", "Please find the summary attached.")) + s.sig(c.r, c.lang) + c.disclaimer()
    subj = c.pick(c.L("Document", "Document"), c.L("Résumé", "Summary"), "scan", c.L("pj", "attached"))
    to, _ = c.ext()
    return out(subj, body, types, "generic body; attached PDF carries a patient summary", s, [to],
               atts=[att(fname, PDF, make_pdf(title, lines))])


def p_docx(c):
    p = c.patient(c.r.random() < 0.5)
    s = c.staff(["gmf1", "gmf2", "clsc"])
    types = ["patient_name", "diagnosis", "patient_contact"]
    adr = home_addr(c.r)
    paras = [f"Objet : {p.t('fr')} {p.giv} {p.sur}, {adr}",
             f"Je soussigné(e) atteste que {p.t('fr')} {p.sur} est suivi{'e' if p.f else ''} pour {c.r.choice(DX)[0]} "
             f"et ne peut travailler du {c.r.randrange(1, 28)} au {c.r.randrange(1, 28)} {c.r.choice(MOIS)}.",
             "Veuillez agréer mes salutations distinguées."]
    if p.nam:
        paras.insert(1, f"NAM : {p.nam}"); types.append("ramq_nam")
    title = c.pick("Certificat médical", "Lettre au médecin traitant", "Attestation")
    body = c.L(c.pick("Voici la lettre signée.", "Lettre en pj", "Version finale ci-jointe"),
               c.pick("Signed letter attached.", "Letter attached")) + s.sig(c.r, c.lang)
    subj = c.pick("lettre", c.L("Attestation à envoyer", "Letter to send"), "certificat", "doc")
    to = c.staff(None, ["agente", "clerk"])
    return out(subj, body, types, "attached DOCX letter naming a patient with address and condition", s,
               [(to.disp(c.lang), to.addr())], atts=[att(c.pick("lettre.docx", f"attestation_{p.sur}.docx", "Doc1.docx"), DOCX,
                                                       make_docx(title, paras))])


def p_xlsx(c):
    s = c.staff(["gmf1", "gmf2", "gmf3", "clsc"])
    rows = [c.L(["Nom", "Prénom", "DDN", "NAM", "Tél.", "Motif"], ["Last", "First", "DOB", "RAMQ", "Phone", "Reason"])]
    types = {"patient_name", "date_of_birth", "ramq_nam", "patient_contact", "diagnosis"}
    for _ in range(c.r.randrange(4, 12)):
        p = c.patient(True)
        rows.append([p.sur, p.giv, p.dob, fmt_nam(c.r, p.nam, c.r.choice(["plain", "space"])), home_tel(c.r), c.dx()])
    subj = c.pick(c.L("Liste de rappel", "Recall list"), c.L("liste relance vaccination", "vaccine recall"),
                  c.L("patients à relancer", "patients to call"), "liste")
    body = c.L(c.pick("Voici le fichier à jour.", "Liste en pj, merci de faire les appels cette semaine.", "pj"),
               c.pick("Updated file attached.", "List attached, please call this week.")) + s.sig(c.r, c.lang)
    to = c.staff(None, ["agente", "infirm"])
    return out(subj, body, list(types), "attached spreadsheet listing patients with NAM and reasons", s,
               [(to.disp(c.lang), to.addr())], atts=[att(c.pick("rappel.xlsx", "liste_patients.xlsx", "Classeur1.xlsx"), XLSX,
                                                       make_xlsx("Liste", rows))])


def p_csv(c):
    s = c.staff(["gmf1", "gmf2", "gmf3"])
    rows = [["no_dossier", "nom", "prenom", "ddn", "dx", "dernier_rv"]]
    for _ in range(c.r.randrange(5, 15)):
        p = c.patient(c.r.random() < 0.5)
        rows.append([gen_mrn(c.r), p.sur, p.giv, p.dob, c.r.choice(DX)[0], f"2026-{c.r.randrange(1, 12):02d}-{c.r.randrange(1, 28):02d}"])
    subj = c.pick("export DMÉ", c.L("extraction patients diabétiques", "EMR export"), "fichier csv", "extract")
    body = c.L("Extraction demandée pour le projet d'amélioration continue.", "Extract you asked for.") + s.sig(c.r, c.lang)
    to, _ = c.ext()
    return out(subj, body, ["patient_name", "mrn", "date_of_birth", "diagnosis"], "attached CSV export of named patients",
               s, [to], atts=[att(c.pick("export.csv", "extraction_dme.csv"), "text/csv", make_csv(rows))])


def p_ics(c):
    p = c.patient(c.r.random() < 0.5)
    s = c.staff(None, ["agente", "clerk", "infirm"])
    st = rand_date(c.r, (2026, 12, 7), (2027, 1, 20)).replace(tzinfo=None)
    why = c.r.choice(DX)
    summ = c.L(f"RV {p.sur} {p.giv} - {why[0]}", f"Appt {p.giv} {p.sur} - {why[1]}")
    desc = c.L(f"Patient{'e' if p.f else ''} : {p.sur}, {p.giv}  Tél {home_tel(c.r)}", f"Patient {p.giv} {p.sur}, phone {home_tel(c.r)}")
    types = ["patient_name", "diagnosis", "patient_contact"]
    if p.nam:
        desc += f"  NAM {p.nam}"; types.append("ramq_nam")
    md = c.staff(["gmf1", "gmf2", "gmf3"], ["médecin"])
    ics = make_ics(f"{c.r.getrandbits(64):016x}@agenda.example", summ, desc, st, 30, SITE[md.site]["name"], s.addr(), [md.addr()])
    subj = c.L("Invitation : RV", "Invitation: appointment") + c.pick("", f" {st.day}/{st.month}")
    body = c.L("Invitation au calendrier.", "Calendar invitation.") + s.sig(c.r, c.lang)
    return out(subj, body, types, "calendar invitation whose event names a patient and reason", s,
               [(md.disp(c.lang), md.addr())], atts=[att("invite.ics", "text/calendar", ics)])


def p_vcard(c):
    p = c.patient(False)
    s = c.staff(["clsc", "gmf1"], ["SAD", "infirm", "sociale"])
    adr = home_addr(c.r)
    note = c.L(f"Usager SAD - {c.r.choice(DX)[0]}. Clé chez la voisine.", f"Home care client - {c.r.choice(DX)[1]}")
    vc = make_vcard(f"{p.giv} {p.sur}", p.sur, p.giv, tel=home_tel(c.r), adr=adr, note=note)
    subj = c.L(c.pick("coordonnées usager", "contact pour la visite"), "client contact")
    body = c.L("Voici la fiche contact pour la visite de demain.", "Contact card for tomorrow's visit.") + s.sig(c.r, c.lang)
    to = c.staff(["clsc"])
    return out(subj, body, ["patient_name", "patient_contact", "diagnosis"], "attached vCard of a home-care patient with address",
               s, [(to.disp(c.lang), to.addr())], atts=[att(f"{p.sur}.vcf", "text/vcard", vc)])


def p_eml(c):
    p = c.patient(c.r.random() < 0.6)
    s = c.staff(["gmf1", "gmf2", "gmf3", "clsc"])
    o = c.staff(["ph1", "ph2", "gmf1", "gmf2"])
    dt = rand_date(c.r)
    types = ["patient_name", "medication", "diagnosis"]
    idl = ""
    if p.nam:
        idl = f" NAM {p.nam}"; types.append("ramq_nam")
    ib = c.L(f"Bonjour,\n{p.sur} {p.giv}{idl} — {c.dx()}, on cesse {c.med()}.\nMerci",
             f"Hi,\n{p.giv} {p.sur}{idl} — {c.dx()}, stopping {c.med()}.\nThanks")
    inner = inner_eml(c, (o.disp(c.lang), o.addr()), (s.disp(c.lang), s.addr()), c.L("Modification Rx", "Rx change"), ib, dt)
    subj = c.L("TR: message original", "FW: original message")
    body = c.L("Je te transfère le courriel en pièce jointe.", "Forwarding the message as attachment.") + s.sig(c.r, c.lang)
    to = c.staff(["gmf1", "gmf2", "gmf3"])
    return out(subj, body, types, "forward-as-attachment; inner message names patient and medication change", s,
               [(to.disp(c.lang), to.addr())], atts=[att("message.eml", "message/rfc822", inner)])


def p_zip(c):
    s = c.staff(["gmf1", "gmf2", "clsc"])
    rows = [["nom", "prenom", "nam", "resultat"]]
    for _ in range(c.r.randrange(3, 8)):
        p = c.patient(True)
        rows.append([p.sur, p.giv, p.nam, c.r.choice(LABS)[0]])
    p = c.patient(True)
    pdf = make_pdf("Requête", [f"{p.sur}, {p.giv}  {p.dob}", f"NAM {p.nam}", f"Dx: {c.r.choice(DX)[0]}"])
    z = make_zip([("resultats.csv", make_csv(rows).encode("utf-8")), ("requete.pdf", pdf)])
    subj = c.pick("fichiers", c.L("documents compressés", "zipped files"), "archive")
    body = c.L("Fichiers zippés (trop gros sinon).", "Zipped, too big otherwise.") + s.sig(c.r, c.lang)
    to, _ = c.ext()
    return out(subj, body, ["patient_name", "ramq_nam", "lab_result", "date_of_birth", "diagnosis"],
               "ZIP attachment containing patient results and a requisition", s, [to],
               atts=[att(c.pick("docs.zip", "envoi.zip"), "application/zip", z)])


def p_disguised(c):
    p = c.patient(True)
    s = c.staff(["gmf1", "gmf2", "gmf3", "ph1", "ph2"])
    style = c.pick("fullwidth", "spaced_chars", "split", "slash", "dot", "lower")
    n = fmt_nam(c.r, p.nam, style)
    types = ["ramq_nam", "lab_result"]
    if c.fr:
        lead = c.pick("(je mets le NAM en morceaux pour que le filtre bloque pas)", "NAM comme demandé, écrit autrement :",
                      "num. assurance maladie :", "")
        body = f"{c.greet()}\n\n{lead}\n{n}\n\nrésultat : {c.lab()}. Svp ajouter au dossier.\n" + s.sig(c.r, "fr")
        subj = c.pick("pour le dossier", "résultat à classer", "info demandée")
    else:
        lead = c.pick("(splitting the health card # so it doesn't get blocked)", "RAMQ number as requested:", "")
        body = f"{c.greet()}\n\n{lead}\n{n}\n\nresult: {c.lab()}. Please add to chart.\n" + s.sig(c.r, "en")
        subj = c.pick("for the chart", "info requested")
    if c.r.random() < 0.5:
        body = body.replace("\n\n", f"\n\n{p.sur} {p.giv[0]}.\n", 1); types.append("patient_name")
    to = c.staff(["gmf1", "gmf2", "gmf3"])
    return out(subj, body, types, "NAM written in an unusual spelling with a lab result", s, [(to.disp(c.lang), to.addr())])


def p_otherid(c):
    kind = c.pick("ohn", "sin", "niss", "nir", "ohn", "sin")
    p = c.patient(False)
    s = c.staff(["gmf1", "gmf2", "gmf3", "clsc"])
    to, _ = c.ext()
    if kind == "ohn":
        v = fmt_ohn(gen_ohn(c.r), c.r)
        body = c.L(f"Patient{'e' if p.f else ''} de l'Ontario de passage : {p.giv} {p.sur}, DDN {c.dob(p)}, carte Santé Ontario {v}. "
                   f"Vu pour {c.dx()}. Facturation hors Québec svp.",
                   f"Ontario patient seen at walk-in: {p.giv} {p.sur}, DOB {c.dob(p)}, OHIP {v}. Seen for {c.dx()}. "
                   f"Please bill out-of-province.")
        types = ["ca_health_number", "patient_name", "date_of_birth", "diagnosis"]
        subj = c.L("Facturation hors province", "Out-of-province billing")
    elif kind == "sin":
        v = fmt_sin(gen_sin(c.r), c.r)
        body = c.L(f"Formulaire CNESST/assurance pour {p.sur} {p.giv} : NAS {v}. Arrêt de travail pour {c.dx()}.",
                   f"Insurance form for {p.giv} {p.sur}: SIN {v}. Off work due to {c.dx()}.")
        types = ["ca_sin", "patient_name", "diagnosis"]
        subj = c.L("Formulaire invalidité", "Disability form")
    elif kind == "niss":
        v = fmt_niss(gen_niss(c.r, p.dob, p.sex), c.r)
        body = c.L(f"Touriste belge vu{'e' if p.f else ''} au SRV : {p.sur} {p.giv}, NISS {v}, {c.dx()}. Mutualité à facturer.",
                   f"Belgian visitor {p.giv} {p.sur}, NISS {v}, seen for {c.dx()}.")
        types = ["be_niss", "patient_name", "diagnosis"]
        subj = c.L("Patient étranger - Belgique", "Foreign patient - Belgium")
    else:
        v = fmt_nir(gen_nir(c.r, p.dob, p.sex), c.r)
        body = c.L(f"Étudiant{'e' if p.f else ''} français{'e' if p.f else ''} {p.sur} {p.giv}, n° sécu {v}, {c.dx()}. Entente France-Québec.",
                   f"French student {p.giv} {p.sur}, NIR {v}, {c.dx()}.")
        types = ["fr_nir", "patient_name", "diagnosis"]
        subj = c.L("Entente France-Québec", "France-Quebec agreement")
    return out(subj, c.greet() + "\n\n" + body + "\n" + s.sig(c.r, c.lang), types,
               f"non-RAMQ patient identifier ({kind}) with name and condition", s, [to])


def p_billing(c):
    p = c.patient(True)
    s = c.staff(None, ["agente", "clerk"])
    code = c.r.randrange(8000, 9999)
    body = c.L(f"{c.greet()}\n\nDemande de paiement refusée (message 157) pour {p.sur} {p.giv}, NAM {c.nam(p)}, "
               f"acte {code} du {c.r.randrange(1, 28)}/11, dx {c.dx()}. Pouvez-vous corriger la date de naissance ({p.dob})?",
               f"{c.greet()}\n\nClaim rejected (msg 157) for {p.giv} {p.sur}, RAMQ {c.nam(p)}, code {code}, dx {c.dx()}. "
               f"Can you fix DOB ({p.dob})?") + s.sig(c.r, c.lang)
    return out(c.L("Refus RAMQ", "RAMQ rejection"), body, ["patient_name", "ramq_nam", "diagnosis", "date_of_birth"],
               "billing correction with patient NAM and diagnosis", s, [("Facturation", "facturation@agence-fact.example")])


def p_research(c):
    p = c.patient(c.r.random() < 0.5)
    s = c.staff(["gmf2", "gmf3"])
    sid = f"DIAB-{c.r.randrange(100, 999)}"
    body = c.L(f"{c.greet()}\n\nParticipant{'e' if p.f else ''} {sid} = {p.sur} {p.giv} ({p.dob}). {c.lab()} à la visite 3, "
               f"critère d'exclusion? Je l'appelle au {home_tel(c.r)}.",
               f"{c.greet()}\n\nParticipant {sid} is {p.giv} {p.sur} ({p.dob}). {c.lab()} at visit 3, exclusion? "
               f"Calling at {home_tel(c.r)}.") + s.sig(c.r, c.lang)
    to, _ = c.ext()
    return out(c.L("Étude DIAB - participant", "DIAB study participant"), body,
               ["patient_name", "date_of_birth", "lab_result", "patient_contact"], "research coordination naming a participant", s, [to])


def p_incident(c):
    p = c.patient(c.r.random() < 0.5)
    s = c.staff(["gmf1", "gmf2", "ph1", "ph2", "clsc"])
    mrn = gen_mrn(c.r)
    body = c.L(f"Déclaration AH-223 : erreur de dispensation pour {p.sur} {p.giv} (dossier {mrn}) — reçu {c.med()} au lieu de "
               f"{c.med()}. Pas de conséquence, {p.g('patiente', 'patient')} {p.g('avisée', 'avisé')}.",
               f"Incident report: dispensing error for {p.giv} {p.sur} (chart {mrn}) — received {c.med()} instead of {c.med()}. "
               f"No harm, patient informed.") + s.sig(c.r, c.lang)
    return out(c.L("Déclaration incident", "Incident report"), body, ["patient_name", "mrn", "medication"],
               "incident report naming the patient", s, [("Gestion des risques", f"risques@{SITE['clsc']['dom']}")])


def p_namesake(c):
    pairs = [(d, st) for d in c.nams for st in STAFFS if d["sur"] == st.sur]
    d, st = c.r.choice(pairs)
    p = P(d["sur"], d["giv"], d["dob"], d["sex"], d["nam"])
    s = c.staff(["gmf1", "gmf2", "gmf3", "ph1", "ph2"])
    if s.sur == st.sur:
        s = STAFFS[0]
    if c.fr:
        body = (f"{c.greet()}\n\nAttention homonyme : il s'agit de {p.t('fr')} {p.giv} {p.sur} ({p.g('née', 'né')} le {c.dob(p)}), "
                f"{p.g('la patiente', 'le patient')}, et non {st.disp('fr')} de l'équipe. {c.lab()}, {c.dx()}.\n"
                f"Merci de vérifier que le résultat est au bon dossier (NAM {c.nam(p)})." + s.sig(c.r, "fr"))
    else:
        body = (f"{c.greet()}\n\nHeads-up, same name: this is {p.t('en')} {p.giv} {p.sur} (DOB {c.dob(p)}), the patient, not our "
                f"{st.disp('en')}. {c.lab()}, {c.dx()}.\nPlease make sure it's filed in the right chart (RAMQ {c.nam(p)})." + s.sig(c.r, "en"))
    return out(c.L("Homonyme - résultat", "Same-name patient - result"), body,
               ["patient_name", "date_of_birth", "lab_result", "diagnosis", "ramq_nam"],
               "patient sharing a staff member's surname, with lab and NAM", s, [(st.disp(c.lang), st.addr())])


POS_CATS = [("namesake", p_namesake, 2), ("referral", p_referral, 8), ("consult_reply", p_consult_reply, 6), ("signout_list", p_signout, 7),
            ("booking", p_booking, 6), ("lab_critical", p_lab_critical, 6), ("pharmacy_rx", p_pharmacy, 7),
            ("home_care", p_homecare, 6), ("transport", p_transport, 3), ("social_work", p_social, 5),
            ("subject_only", p_subject_only, 6), ("quoted_reply", p_quoted, 6), ("inline_forward", p_inline_fwd, 5),
            ("pdf_summary", p_pdf, 6), ("docx_letter", p_docx, 4), ("xlsx_roster", p_xlsx, 4), ("csv_export", p_csv, 3),
            ("ics_invite", p_ics, 4), ("vcard", p_vcard, 3), ("attached_eml", p_eml, 4), ("zip", p_zip, 3),
            ("disguised_id", p_disguised, 4), ("other_id", p_otherid, 6), ("billing", p_billing, 3),
            ("research", p_research, 2), ("incident", p_incident, 1)]


# ================================================================ NEGATIVE categories
def neg(subject, body, note, sender, to, atts=None, cc=None, reply=False):
    return out(subject, body, [], note, sender, to, atts, cc, reply)


def all_staff_list(c, k=None):
    return [(s.disp(c.lang), s.addr()) for s in c.r.sample(STAFFS, k or c.r.randrange(1, 4))]


PROTOCOLS = [
    ("Ordonnance collective – ajustement de la warfarine selon l'INR", "Collective order – warfarin dosing by INR",
     ["INR cible 2,0–3,0 (valve mécanique : 2,5–3,5)", "INR 3,1–4,5 sans saignement : diminuer la dose hebdo de 10 %",
      "INR > 4,5 : omettre 1 dose, reprise à -10 %, INR dans 3-5 jours", "Référer au médecin si saignement actif ou INR > 9"],
     ["Target INR 2.0–3.0", "INR 3.1–4.5 no bleeding: reduce weekly dose 10%", "INR > 4.5: hold 1 dose, recheck in 3-5 days",
      "Refer to MD if active bleeding or INR > 9"]),
    ("Protocole d'initiation de l'insuline basale", "Basal insulin initiation protocol",
     ["Début : 10 U HS ou 0,1 U/kg", "Augmenter de 1 U/jour jusqu'à glycémie à jeun 4–7 mmol/L",
      "Hypoglycémie < 4 : 15 g de glucides, recontrôle 15 min, diminuer la dose de 10 %", "Exclusions : DT1, grossesse, IRC stade 5"],
     ["Start 10 U at bedtime or 0.1 U/kg", "Increase 1 U/day to fasting 4–7 mmol/L", "Glucose < 4: 15 g carbs, reduce dose 10%",
      "Exclusions: T1DM, pregnancy, CKD 5"]),
    ("Ordonnance collective – contraception hormonale", "Collective order – hormonal contraception",
     ["Évaluation infirmière : TA, IMC, tabagisme, ATCD thrombo-emboliques", "Contre-indications : migraine avec aura, TA > 160/100, > 35 ans fumeuse",
      "Durée maximale de l'ordonnance : 6 mois, puis visite médicale", "Test de grossesse si doute"],
     ["Nurse assessment: BP, BMI, smoking, VTE history", "Contraindications: migraine with aura, BP > 160/100, smoker over 35",
      "Max 6 months then physician visit", "Pregnancy test if in doubt"]),
    ("Protocole de traitement de l'otite moyenne aiguë", "Acute otitis media treatment protocol",
     ["Observation 48 h si > 6 mois, non sévère", "Amoxicilline 90 mg/kg/j divisé BID x 10 j (< 2 ans) ou 5 j (≥ 2 ans)",
      "Allergie non sévère : céfuroxime; sévère : clarithromycine", "Réévaluer si fièvre persistante > 72 h"],
     ["Watchful waiting 48 h if > 6 months and non-severe", "Amoxicillin 90 mg/kg/day BID x 10 d (< 2 y) or 5 d",
      "Non-severe allergy: cefuroxime; severe: clarithromycin", "Reassess if fever > 72 h"]),
    ("Protocole – gestion de la douleur post-extraction", "Post-extraction pain management protocol",
     ["Acétaminophène 1 g q6h régulier x 48 h", "Ibuprofène 400 mg q6h si pas de contre-indication (IRC, UGD, anticoagulant)",
      "Éviter les opioïdes sauf échec", "Aviser si fièvre ou saignement > 24 h"],
     ["Acetaminophen 1 g q6h x 48 h", "Ibuprofen 400 mg q6h unless CKD, ulcer, anticoagulant", "Avoid opioids unless failure",
      "Call if fever or bleeding > 24 h"]),
]


def n_protocol(c):
    s = c.staff(["gmf1", "gmf2", "clsc", "ph1"], ["pharm", "infirm", "médecin"])
    topic = c.r.choice(PROTOCOLS)
    pts = topic[2] if c.fr else topic[3]
    if c.fr:
        body = (f"{c.greet()}\n\nVoici la version révisée (v{c.r.randrange(2, 6)}.{c.r.randrange(0, 9)}) : {topic[0]}.\n\n"
                "Résumé des changements :\n" + "\n".join("- " + x for x in pts) +
                f"\n\nApprouvé par le CMDP le {c.r.randrange(1, 28)} {c.r.choice(MOIS)} 2026. "
                f"Merci de retirer les anciennes copies papier." + s.sig(c.r, "fr"))
    else:
        body = (f"{c.greet()}\n\nRevised version: {topic[1]}.\n\nKey changes:\n" + "\n".join("- " + x for x in pts) +
                "\n\nApproved by the medical committee. Please discard old copies." + s.sig(c.r, "en"))
    atts = []
    if c.r.random() < 0.4:
        atts = [att("protocole.pdf", PDF, make_pdf(topic[0 if c.fr else 1], ["1. Indications", "2. Contre-indications"] + topic[2] + ["Références"]))]
    return neg(c.L("Protocole révisé", "Revised protocol") + c.pick("", " - à lire", " (v. finale)"), body,
               "clinical protocol / collective order, no patient", s, all_staff_list(c), atts)


def n_orderset(c):
    s = c.staff(["gmf1", "gmf2", "gmf3"], ["médecin", "pharm"])
    if c.fr:
        body = ("Ordonnance pré-imprimée – Pneumonie acquise en communauté (adulte, ambulatoire)\n\n"
                "[ ] Amoxicilline 1 g PO TID x 5 jours\n[ ] Doxycycline 100 mg PO BID x 5 jours (si allergie pénicilline)\n"
                "[ ] Rx pulmonaire PA/latéral\n[ ] FSC, créatinine, électrolytes\n[ ] Réévaluation 48-72 h\n\n"
                "Nom du patient : ______________  NAM : ____ ____ ____  DDN : __/__/____\n\n"
                "Commentaires avant le " + f"{c.r.randrange(1, 28)} {c.r.choice(MOIS)}." + s.sig(c.r, "fr"))
    else:
        body = ("Pre-printed order set – Community-acquired pneumonia (adult outpatient)\n\n"
                "[ ] Amoxicillin 1 g PO TID x 5 days\n[ ] Doxycycline 100 mg PO BID x 5 days (penicillin allergy)\n"
                "[ ] Chest X-ray PA/lat\n[ ] CBC, creatinine, lytes\n[ ] Reassess 48-72 h\n\n"
                "Patient name: ______________  RAMQ: ____ ____ ____  DOB: __/__/____\n\nComments by Friday please." + s.sig(c.r, "en"))
    return neg(c.L("Ordonnance pré-imprimée PAC - consultation", "CAP order set - feedback"), body, "blank order set",
               s, all_staff_list(c))


def n_shortage(c):
    s = c.staff(["ph1", "ph2", "gmf2"], ["pharm"])
    drug = c.r.choice([("amoxicilline suspension 250 mg/5 mL", "DIN 02352710"), ("sémaglutide 1 mg stylo", "DIN 02471477"),
                       ("salbutamol aérosol 100 mcg", "DIN 02232570"), ("méthylphénidate LP 36 mg", "DIN 02247734"),
                       ("nitroglycérine SL 0,4 mg", "DIN 02231441")])
    lot = f"{c.r.choice('ABKMX')}{c.r.randrange(10000, 99999)}"
    if c.fr:
        body = (f"{c.greet()}\n\nAvis de rupture d'approvisionnement : {drug[0]} ({drug[1]}), lot {lot} et suivants.\n"
                f"Retour prévu : {c.r.choice(MOIS)} 2027 selon le fabricant.\n\nAlternatives suggérées :\n"
                f"- {c.r.choice(MEDS)}\n- autre teneur disponible chez le grossiste\n\nAucune action requise pour les "
                f"ordonnances en cours; nous communiquerons avec les prescripteurs au besoin." + s.sig(c.r, "fr") + c.disclaimer())
    else:
        body = (f"{c.greet()}\n\nShortage notice: {drug[0]} ({drug[1]}), lot {lot}. Expected back early 2027.\n\n"
                f"Suggested alternatives:\n- {c.r.choice(MEDS)}\n- other strengths via wholesaler\n\nNo action needed "
                f"for existing prescriptions." + s.sig(c.r, "en"))
    return neg(c.L("Rupture d'approvisionnement - ", "Drug shortage - ") + drug[0].split()[0], body, "drug shortage notice",
               s, all_staff_list(c, 3))


def n_teaching(c):
    s = c.staff(["gmf2", "gmf3"], ["médecin", "pharm"])
    age = c.r.randrange(19, 88)
    sx = c.r.choice([("Une femme", "A woman"), ("Un homme", "A man")])
    dx = c.r.choice(DX)
    if c.fr:
        body = (f"Cas clinique du midi-conférence (jeudi 12 h, salle 2) :\n\n{sx[0]} de {age} ans se présente pour {dx[0]}. "
                f"ATCD : HTA, tabagisme. Prend {c.r.choice(MEDS)}. {c.r.choice(LABS)[0]}.\n\nQuestions :\n1. Diagnostic différentiel?\n"
                f"2. Investigation initiale?\n3. Quand référer?\n\nRésidents R1 : préparer 5 min chacun." + s.sig(c.r, "fr"))
    else:
        body = (f"Case for Thursday's noon rounds:\n\n{sx[1]}, {age}, presents with {dx[1]}. PMHx HTN, smoker. On {c.r.choice(MEDS)}. "
                f"{c.r.choice(LABS)[1]}.\n\n1. Differential?\n2. Initial work-up?\n3. When to refer?\n\nResidents please prepare." + s.sig(c.r, "en"))
    return neg(c.L("Cas clinique - midi-conf", "Teaching case - rounds"), body, "anonymised teaching case", s, all_staff_list(c))


PROCS = [
    ("Technique de ponction lombaire", "Lumbar puncture technique",
     ["Consentement; contre-indications (anticoagulation, plaquettes < 50, HTIC)", "Décubitus latéral, genoux fléchis",
      "Repère : espace L3-L4 / L4-L5", "Asepsie, lidocaïne 1 % 3-5 mL", "Aiguille 22G, biseau parallèle aux fibres",
      "Tubes 1 à 4 : biochimie, culture, cytologie"]),
    ("Infiltration du genou – technique", "Knee injection technique",
     ["Consentement, vérifier allergie et infection cutanée", "Genou fléchi à 90° ou en extension", "Abord supéro-latéral",
      "Asepsie, aiguille 21G", "Aspirer avant d'injecter; triamcinolone 40 mg + lidocaïne", "Repos relatif 48 h"]),
    ("Pose de stérilet – étapes", "IUD insertion – steps",
     ["Test de grossesse négatif, dépistage ITS selon facteurs de risque", "Examen bimanuel, spéculum", "Hystérométrie",
      "Insertion selon le dispositif", "Couper les fils à 3 cm", "Contrôle en 6 semaines"]),
    ("Cryothérapie des verrues", "Wart cryotherapy",
     ["Expliquer douleur et phlyctène possibles", "Azote liquide, 2 cycles de 10-15 s", "Halo de 2 mm autour de la lésion",
      "Répéter aux 2-3 semaines, max 4 séances"]),
    ("Drainage d'abcès cutané", "Skin abscess drainage",
     ["Anesthésie locale en losange", "Incision dans l'axe des lignes de tension", "Débrider les logettes", "Irrigation NS",
      "Mèche selon taille", "Antibiotique seulement si cellulite ou facteurs de risque"]),
]


def n_procedure(c):
    s = c.staff(["gmf2", "gmf1"], ["médecin", "infirm"])
    pr = c.r.choice(PROCS)
    steps = "\n".join(f"{i}. {x}" for i, x in enumerate(pr[2], 1))
    if c.fr:
        body = (f"{pr[0]} – aide-mémoire pour l'atelier de simulation\n\n{steps}\n\nMannequins disponibles au local 214." + s.sig(c.r, "fr"))
    else:
        body = (f"{pr[1]} – cheat sheet for the sim workshop (French handout below)\n\n{steps}\n\nMannequins in room 214." + s.sig(c.r, "en"))
    return neg(pr[0 if c.fr else 1], body, "procedure description for training", s, all_staff_list(c))


def n_staff_disease(c):
    s = c.staff(["gmf1", "gmf2", "gmf3", "clsc"])
    d = c.r.choice([x for x in STAFFS if x.tfr])
    dx = c.r.choice(DX)
    if c.fr:
        body = c.pick(
            f"{c.greet()}\n\nÀ partir de janvier, {d.disp('fr')}, {d.cred}, prendra en charge la clinique {dx[0].split(',')[0]} "
            f"du mardi. Les références doivent lui être adressées via le guichet.\n" + s.sig(c.r, "fr"),
            f"Rappel : conférence de {d.disp('fr')} ({d.cred}) sur la prise en charge du {dx[0]} mercredi 12 h. "
            f"Dîner fourni.\n" + s.sig(c.r, "fr"),
            f"Félicitations à {d.disp('fr')}, nommé{'e' if d.tfr == 'Dre' else ''} responsable du programme "
            f"{dx[0].split(' ')[0]} du GMF. Tél. clinique {SITE[d.site]['tel']}." + s.sig(c.r, "fr"))
    else:
        body = c.pick(
            f"{c.greet()}\n\nStarting January, {d.disp('en')}, {d.cred}, will lead the Tuesday {dx[1]} clinic. "
            f"Send referrals through the central intake.\n" + s.sig(c.r, "en"),
            f"Reminder: {d.disp('en')} ({d.cred}) speaks on managing {dx[1]} Wednesday at noon. Lunch provided.\n" + s.sig(c.r, "en"))
    return neg(c.L("Annonce - clinique", "Clinic announcement"), body, "staff member named next to a disease they treat",
               s, all_staff_list(c))


def n_invoice(c):
    s = c.staff(["ph1", "ph2"])
    inv = f"F-{c.r.randrange(2026000, 2026999)}"
    lines = []
    tot = 0
    for _ in range(c.r.randrange(3, 7)):
        q = c.r.randrange(1, 20)
        pu = c.r.randrange(300, 9000) / 100
        tot += q * pu
        lines.append(f"{c.r.choice(MEDS).split(' ')[0]:<22} DIN {c.r.randrange(2200000, 2499999):08d}  lot {c.r.choice('ABCX')}{c.r.randrange(1000, 9999)}  x{q}  {q*pu:8.2f} $")
    body = (c.L(f"Bonjour,\n\nVeuillez trouver la facture {inv} pour les fournitures du GMF (trousse d'urgence et vaccins).\n\n",
                f"Hello,\n\nInvoice {inv} for clinic supplies (emergency kit and vaccines).\n\n") + "\n".join(lines)
            + f"\n\nTotal avant taxes : {tot:.2f} $\nTPS 123456789 RT0001  TVQ 1234567890 TQ0001\nPaiement net 30 jours." + s.sig(c.r, c.lang))
    atts = []
    if c.r.random() < 0.5:
        atts = [att(f"{inv}.pdf", PDF, make_pdf(f"Facture {inv}", lines + [f"Total: {tot:.2f} $"]))]
    gm = SITE[c.r.choice(["gmf1", "gmf2", "gmf3"])]
    body = body.replace("Paiement net 30 jours.", f"Code client {c.r.choice(['GMFD', 'CLSH', 'GMFU'])} {c.r.randrange(1000, 9999)} {c.r.randrange(1000, 9999)}. Paiement net 30 jours.")
    return neg(c.L(f"Facture {inv}", f"Invoice {inv}"), body, "pharmacy invoice with DIN and lot numbers", s,
               [("Comptes payables", f"comptabilite@{gm['dom']}")], atts)


def n_vaccination(c):
    s = c.staff(["clsc", "gmf1", "gmf2"], ["infirm", "prévention", "santé publique"])
    n1, n2, n3 = c.r.randrange(200, 1500), c.r.randrange(50, 400), c.r.randrange(10, 90)
    if c.fr:
        body = (f"{c.greet()}\n\nBilan de la semaine – campagne influenza/COVID :\n- {n1} doses administrées (dont {n2} 75 ans et +)\n"
                f"- {n3} doses perdues (bris de chaîne de froid frigo #3, températures enregistrées 9,1 °C)\n"
                f"- Cliniques mobiles : CHSLD Saint-Joseph mardi, RPA Les Jardins jeudi\n\nCommande pour la semaine prochaine : "
                f"{c.r.randrange(20, 60)} boîtes de 10. Merci de réserver les plages sur Clic Santé." + s.sig(c.r, "fr"))
    else:
        body = (f"{c.greet()}\n\nWeekly flu/COVID campaign update:\n- {n1} doses given ({n2} aged 75+)\n- {n3} doses wasted (fridge #3 "
                f"excursion)\n- Mobile clinics: long-term care Tue, seniors' residence Thu\n\nNext order: {c.r.randrange(20, 60)} boxes." + s.sig(c.r, "en"))
    atts = []
    if c.r.random() < 0.4:
        rows = [["Site", "Doses", "75+", "Pertes"]] + [[n, c.r.randrange(50, 500), c.r.randrange(10, 100), c.r.randrange(0, 12)]
                                                       for n in ("GMF Deux-Rives", "GMF-U Vieux-Moulin", "CLSC Haute-Ville", "Pharmacie L&T")]
        atts = [att("bilan_vaccination.xlsx", XLSX, make_xlsx("Bilan", rows))]
    return neg(c.L("Campagne vaccination - bilan semaine", "Vaccination campaign weekly"), body,
               "vaccination logistics with aggregate numbers", s, all_staff_list(c, 3), atts)


def n_schedule(c):
    s = c.staff(None, ["agente", "chef", "médecin"])
    days = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"] if c.fr else ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    lines = []
    for d in days[:c.r.randrange(5, 8)]:
        a, b = c.r.sample(STAFFS[:10], 2)
        lines.append(f"{d} {c.r.randrange(1, 28)} : {a.sur.upper()} {a.giv} (jour) / {b.sur} {b.giv[0]}. (soir) - "
                     + c.pick(c.L("SRV", "walk-in"), c.L("garde", "on call"), c.L("SAD", "home visits"), c.L("sans rdv", "urgent slots")))
    body = c.L("Horaire de garde modifié :\n\n", "Updated on-call schedule:\n\n") + "\n".join(lines) + "\n\n" + c.L(
        "Échanges à me confirmer par courriel.", "Confirm swaps by e-mail.") + s.sig(c.r, c.lang)
    return neg(c.L("Horaire de garde", "On-call schedule") + c.pick("", " décembre", " - MAJ"), body,
               "staff roster that looks like a list", s, all_staff_list(c, 3))


def n_hr(c):
    s = c.staff(["clsc"], ["RH"])
    e = c.staff()
    mat = luhn_number(c.r, 9)
    body = c.pick(
        c.L(f"Bonjour,\n\n{e.giv} {e.sur} ({e.cred or 'personnel'}) sera en congé de maladie du 8 au 19 décembre; "
            f"matricule {mat}. Merci d'ajuster l'horaire.\n", f"Hi,\n\n{e.giv} {e.sur} will be on sick leave Dec 8-19; "
            f"employee #{mat}. Please adjust schedule.\n"),
        c.L(f"Rappel : la période de saisie des vacances 2027 se termine le 15 janvier. Matricule requis dans le formulaire.\n",
            "Reminder: 2027 vacation requests close Jan 15. Include your employee number.\n"),
        c.L(f"Bienvenue à {e.giv} {e.sur}, {e.cred or ''} {e.rfr}, qui se joint à l'équipe lundi. Accès réseau (NAS partagé) "
            f"demandé, matricule {mat}.\n", f"Welcome {e.giv} {e.sur}, {e.ren}, joining Monday. Network access requested, employee #{mat}.\n"))
    return neg(c.L("RH - avis", "HR notice") + c.pick("", " (personnel)", ""), body + s.sig(c.r, c.lang),
               "HR mail about staff", s, all_staff_list(c, 2))


def n_job(c):
    s = c.staff(["clsc"], ["RH"])
    role = c.r.choice([("Infirmière clinicienne – soins à domicile", "Home care nurse"), ("Pharmacien(ne) GMF", "GMF pharmacist"),
                       ("Travailleur(se) social(e) – santé mentale", "Mental health social worker"),
                       ("Agent(e) administratif(ve) classe 2", "Administrative clerk")])
    body = c.L(f"Affichage interne n° {c.r.randrange(2026100, 2026999)}\nPoste : {role[0]}\nStatut : temps complet permanent\n"
               f"Exigences : membre de l'ordre, 2 ans d'expérience en maladies chroniques (diabète, MPOC) un atout.\n"
               f"Salaire : selon convention, échelon 1 à 18.\nPostuler avant le 20 décembre.",
               f"Posting #{c.r.randrange(2026100, 2026999)}\nPosition: {role[1]}\nFull-time permanent\nRequirements: licensed, "
               f"2 yrs experience in chronic disease (diabetes, COPD) an asset.\nApply by Dec 20.")
    return neg(c.L("Affichage de poste", "Job posting") + " - " + role[0 if c.fr else 1], body + s.sig(c.r, c.lang),
               "job posting", s, [(c.L("Tout le personnel", "All staff"), f"tous@{SITE['clsc']['dom']}")])


def n_newsletter(c):
    s = c.staff(["clsc", "gmf2"])
    body = c.L("INFOLETTRE DU RÉSEAU – décembre\n\n• Nouveautés : lignes directrices Diabète Canada 2026 – résumé en 1 page\n"
               "• Santé publique : hausse des cas de coqueluche dans la région (47 cas déclarés depuis septembre)\n"
               "• Pharmacie : rappel sur l'usage des AINS en IRC\n• Bon coup : le GMF-U a réduit de 18 % les visites évitables à l'urgence\n\n"
               "Pour vous désabonner, répondez « retrait ».",
               "NETWORK NEWSLETTER – December\n\n• New: 2026 diabetes guidelines one-pager\n• Public health: pertussis on the rise "
               "(47 cases since September)\n• Pharmacy: NSAIDs in CKD reminder\n• Kudos: GMF-U reduced avoidable ER visits by 18%\n\n"
               "Reply 'unsubscribe' to opt out.")
    return neg(c.L("Infolettre du réseau", "Network newsletter"), body + s.sig(c.r, c.lang), "newsletter about diseases and drugs",
               s, [("Liste GMF", "liste-gmf@listes.example")])


def n_conference(c):
    s = c.staff(["gmf2", "gmf3"])
    a, b, d = c.r.sample([x for x in STAFFS if x.tfr or "pharm" in x.cred], 3)
    body = c.L(f"Journée de formation continue – 23 janvier 2027\n\n8 h 30  Insuffisance cardiaque en 1re ligne – {a.disp('fr')}, {a.cred}\n"
               f"10 h 00 Déprescription chez l'aîné – {b.disp('fr')}, {b.cred}\n13 h 00 Troubles liés aux opioïdes – {d.disp('fr')}, {d.cred}\n\n"
               f"6 heures de crédits reconnus. Inscription : formation@{SITE['gmf2']['dom']}",
               f"CME day – January 23, 2027\n\n8:30 Heart failure in primary care – {a.disp('en')}, {a.cred}\n10:00 Deprescribing in older adults – "
               f"{b.disp('en')}\n1:00 Opioid use disorder – {d.disp('en')}\n\n6 credits. Register: formation@{SITE['gmf2']['dom']}")
    return neg(c.L("Programme - journée FMC", "CME programme"), body + s.sig(c.r, c.lang), "conference programme with speakers and topics",
               s, all_staff_list(c, 3))


def n_committee(c):
    s = c.staff()
    body = c.L(f"Convocation – comité qualité GMF, {c.r.randrange(1, 28)} {c.r.choice(MOIS)}, 12 h, Teams\n\nOrdre du jour :\n1. Adoption du PV\n"
               "2. Indicateurs : taux d'inscription, délais 3e RV disponible\n3. Suivi plan d'action dépistage cancer colorectal (taux 61 %)\n4. Varia",
               "Notice – GMF quality committee, Thursday noon, Teams\n\nAgenda:\n1. Minutes\n2. Indicators: enrolment, third-next-available\n"
               "3. Colorectal screening action plan (61% rate)\n4. Other")
    return neg(c.L("Convocation comité qualité", "Quality committee notice"), body + s.sig(c.r, c.lang), "committee notice", s, all_staff_list(c, 3))


def n_it(c):
    s = c.staff(["clsc"], ["informatique"])
    body = c.pick(
        c.L("Maintenance du NAS de la clinique samedi 6 h à 10 h. Les lecteurs partagés (S:, T:) seront indisponibles. "
            f"Le DMÉ n'est pas affecté. Billet #{c.r.randrange(100000, 999999)}.",
            f"Clinic NAS maintenance Saturday 6-10 am. Shared drives unavailable. EMR not affected. Ticket #{c.r.randrange(100000, 999999)}."),
        c.L(f"Nouveau poste installé, n° d'actif {c.r.randrange(40000, 49999)}, n° de série 5CG{c.r.randrange(1000000, 9999999)}. "
            f"Cellulaire de garde IMEI {luhn_number(c.r, 15)} remis à l'accueil.",
            f"New workstation, asset #{c.r.randrange(40000, 49999)}, S/N 5CG{c.r.randrange(1000000, 9999999)}. On-call phone IMEI "
            f"{luhn_number(c.r, 15)} at front desk."),
        c.L("Panne du télécopieur réseau résolue. Merci de renvoyer les téléc. envoyés entre 9 h et 11 h.",
            "Network fax outage resolved. Please resend faxes sent between 9 and 11."),
        c.L("Rappel : changez votre mot de passe avant vendredi. Ne le communiquez jamais par courriel.",
            "Reminder: change your password by Friday. Never share it by e-mail."))
    return neg(c.L("Avis TI", "IT notice") + c.pick("", " - NAS", " - panne", " - rappel"), body + s.sig(c.r, c.lang),
               "IT mail", s, [(c.L("Tout le personnel", "All staff"), f"tous@{SITE['clsc']['dom']}")])


def n_facilities(c):
    s = c.staff(None, ["agente", "chef"])
    body = c.pick(c.L("Le stationnement arrière sera fermé mardi pour le déneigement. Utilisez le P2.",
                      "Back parking closed Tuesday for snow removal. Use P2."),
                  c.L("La cafétéria offre un menu spécial des Fêtes le 18. Soupe aux pois, tourtière.",
                      "Cafeteria holiday menu on the 18th."),
                  c.L("Coupure d'eau chaude au 2e étage jeudi matin (travaux de plomberie).",
                      "Hot water off on 2nd floor Thursday morning."))
    return neg(c.L("Avis - bâtiment", "Building notice"), body + s.sig(c.r, c.lang), "facilities mail", s, all_staff_list(c, 2))


def n_pubhealth(c):
    s = c.staff(["clsc"], ["santé publique", "prévention"])
    n = c.r.randrange(5, 60)
    body = c.L(f"{c.greet()}\n\nÉclosion d'influenza A confirmée au CHSLD du secteur : {n} résidents et {n // 3} employés touchés. "
               f"Mesures : isolement par unité, oseltamivir prophylactique selon protocole, visites restreintes.\n"
               f"Déclarez tout nouveau cas de rougeole au 418-555-0199 (MADO). Aucun cas dans nos GMF à ce jour.",
               f"{c.greet()}\n\nInfluenza A outbreak at the local long-term care home: {n} residents and {n // 3} staff affected. "
               f"Measures per protocol. Report any measles case to public health 418-555-0199.")
    return neg(c.L("Bulletin santé publique", "Public health bulletin"), body + s.sig(c.r, c.lang),
               "public health bulletin with aggregate counts", s, all_staff_list(c, 3))


def n_blankform(c):
    s = c.staff(None, ["agente", "infirm"])
    kind = c.pick("docx", "pdf")
    fields = ["Nom : ______________________", "Prénom : ____________________", "NAM : ____ ____ ____",
              "Date de naissance : AAAA-MM-JJ", "Diagnostic : ___________________", "Médication actuelle : __________",
              "Signature du médecin : ____________  No de permis : _______"]
    if kind == "docx":
        a = att("formulaire_reference_vierge.docx", DOCX, make_docx("Formulaire de référence – SAD", fields))
    else:
        a = att("requete_vierge.pdf", PDF, make_pdf("Requête de laboratoire (gabarit)", fields))
    body = c.L("Voici le nouveau gabarit à utiliser à partir du 1er janvier. Merci de détruire les anciennes versions.",
               "New blank template to use from January 1st.") + s.sig(c.r, c.lang)
    return neg(c.L("Nouveau formulaire", "New form template"), body, "blank form template attached", s, all_staff_list(c, 3), [a])


def n_stats(c):
    s = c.staff(["gmf1", "gmf2", "gmf3"])
    rows = [["Indicateur", "T1", "T2", "T3"], ["Patients inscrits", 14210, 14388, 14502], ["Diabétiques", 1204, 1222, 1240],
            ["HbA1c < 7 % (%)", 58, 61, 63], ["MPOC", 402, 410, 415], ["Visites SRV", c.r.randrange(3000, 5000), c.r.randrange(3000, 5000), c.r.randrange(3000, 5000)]]
    body = c.L("Tableau de bord trimestriel en pj (données agrégées, aucune donnée nominative).", "Quarterly dashboard attached (aggregate).") + s.sig(c.r, c.lang)
    return neg(c.L("Tableau de bord T3", "Q3 dashboard"), body, "aggregate statistics spreadsheet", s, all_staff_list(c, 3),
               [att("tableau_bord_T3.xlsx", XLSX, make_xlsx("T3", rows))])


def n_vendor(c):
    s = c.staff(["gmf1", "gmf2"], ["agente", "infirm"])
    body = c.L(f"Bonjour,\n\nSuite à l'avis de rappel du fabricant, nos glucomètres concernés : n° de série GL{c.r.randrange(100000, 999999)}, "
               f"GL{c.r.randrange(100000, 999999)}. Bon de commande PO-{c.r.randrange(40000, 49999)} pour remplacement. Réf. client {luhn_number(c.r, 10)}.",
               f"Hi,\n\nPer the manufacturer recall, our affected glucometers: S/N GL{c.r.randrange(100000, 999999)}, GL{c.r.randrange(100000, 999999)}. "
               f"PO-{c.r.randrange(40000, 49999)} for replacement. Customer ref {luhn_number(c.r, 10)}.")
    return neg(c.L("Rappel glucomètres - numéros de série", "Glucometer recall - serials"), body + s.sig(c.r, c.lang),
               "vendor mail with serial and customer numbers", s, [("Service à la clientèle", "service@medi-fournitures.example")])


def n_quality(c):
    s = c.staff(["clsc", "gmf2"])
    body = c.L(f"Rapport trimestriel des incidents/accidents : {c.r.randrange(10, 40)} déclarations (chutes 9, médication 12, "
               f"autres). Aucun événement sentinelle. Principale cause : double vérification non faite. Formation prévue en février.",
               f"Quarterly incident report: {c.r.randrange(10, 40)} reports (falls 9, medication 12). No sentinel events.")
    return neg(c.L("Rapport incidents T3", "Q3 incident summary"), body + s.sig(c.r, c.lang), "aggregate quality report", s, all_staff_list(c, 3))


def n_ics_staff(c):
    s = c.staff()
    st = rand_date(c.r, (2026, 12, 7), (2027, 1, 20)).replace(tzinfo=None)
    who = c.r.sample(STAFFS, 3)
    ics = make_ics(f"{c.r.getrandbits(64):016x}@agenda.example", c.L("Réunion d'équipe GMF", "GMF team meeting"),
                   c.L("Ordre du jour : horaire des Fêtes, protocole INR, rupture amoxicilline.", "Agenda: holiday schedule, INR protocol."),
                   st, 60, "Salle 2 / Teams", s.addr(), [w.addr() for w in who])
    return neg(c.L("Invitation : réunion d'équipe", "Invitation: team meeting"), c.L("Invitation jointe.", "Invite attached.") + s.sig(c.r, c.lang),
               "staff meeting invitation", s, [(w.disp(c.lang), w.addr()) for w in who], [att("invite.ics", "text/calendar", ics)])


def n_vcard_staff(c):
    s = c.staff()
    p = c.staff(["ph1", "ph2", "gmf2"], ["pharm"])
    vc = make_vcard(f"{p.giv} {p.sur}", p.sur, p.giv, org=SITE[p.site]["name"], title=p.rfr, email_=p.addr())
    vc = vc.replace("END:VCARD", f"TEL;TYPE=WORK:{SITE[p.site]['tel']}\r\nEND:VCARD")
    return neg(c.L("Coordonnées pharmacienne GMF", "GMF pharmacist contact"), c.L("Pour vos contacts.", "For your address book.") + s.sig(c.r, c.lang),
               "vCard of a staff member", s, all_staff_list(c, 2), [att(f"{p.sur}.vcf", "text/vcard", vc)])


def n_fwd_bulletin(c):
    s = c.staff()
    pdf = make_pdf("Bulletin pharmacovigilance", ["Santé Canada : mise à jour sur les agonistes GLP-1", "Signal : pancréatite (rare)",
                                                  "Aucune donnée nominative."])
    z = make_zip([("bulletin.pdf", pdf), ("lisez-moi.txt", "Documents de formation - usage interne\r\n".encode("utf-8"))])
    if c.r.random() < 0.5:
        o = c.staff(["clsc"])
        inner = inner_eml(c, (o.disp(c.lang), o.addr()), (s.disp(c.lang), s.addr()), c.L("Bulletin pharmacovigilance", "Pharmacovigilance bulletin"),
                          c.L("Bonjour à tous,\nmise à jour sur les GLP-1, voir le site de Santé Canada.\n", "Hi all,\nGLP-1 update.\n"), rand_date(c.r))
        a = att("bulletin.eml", "message/rfc822", inner)
    else:
        a = att("formation.zip", "application/zip", z)
    return neg(c.L("TR: bulletin", "FW: bulletin"), c.L("Pour info.", "FYI.") + s.sig(c.r, c.lang), "forwarded bulletin, no patient",
               s, all_staff_list(c, 2), [a])


def n_research_recruit(c):
    s = c.staff(["gmf2", "gmf3"])
    body = c.L("Étude DIAB-1L : nous recrutons des patients diabétiques de type 2 de 40-75 ans. Critères en pj. "
               f"Objectif 120 participants, {c.r.randrange(20, 80)} recrutés à ce jour. Approbation CER 2026-{c.r.randrange(100, 999)}.",
               f"DIAB-1L study recruiting adults 40-75 with T2DM. Target 120, {c.r.randrange(20, 80)} enrolled. REB 2026-{c.r.randrange(100, 999)}.")
    return neg(c.L("Recrutement étude DIAB-1L", "DIAB-1L recruitment"), body + s.sig(c.r, c.lang), "research recruitment, aggregate", s, all_staff_list(c, 3))


def n_billing_agg(c):
    s = c.staff(None, ["agente", "clerk"])
    md = c.staff(["gmf1", "gmf2", "gmf3"], ["médecin"])
    body = c.L(f"{md.disp('fr')},\n\nÉtat de compte RAMQ période 2026-{c.r.randrange(10, 24)} : {c.r.randrange(300, 900)} actes, "
               f"{c.r.randrange(30000, 90000)},{c.r.randrange(10, 99)} $ payés, {c.r.randrange(2, 15)} refus (surtout code 157). "
               f"No de professionnel {c.r.randrange(100000, 199999)}.",
               f"{md.disp('en')},\n\nRAMQ statement: {c.r.randrange(300, 900)} claims, ${c.r.randrange(30000, 90000)} paid, "
               f"{c.r.randrange(2, 15)} rejections. Billing # {c.r.randrange(100000, 199999)}.")
    return neg(c.L("État de compte RAMQ", "RAMQ statement"), body + s.sig(c.r, c.lang), "aggregate billing for a physician", s,
               [(md.disp(c.lang), md.addr())])


def n_reply_admin(c):
    s = c.staff()
    o = c.staff()
    dt = rand_date(c.r)
    orig = c.L("Est-ce que quelqu'un peut couvrir le SRV vendredi PM? J'ai un rendez-vous personnel.",
               "Can anyone cover walk-in Friday pm? I have a personal appointment.")
    top = c.pick(c.L("Je peux le prendre.", "I can take it."), c.L("Ok pour moi", "Works for me"))
    body = top + s.sig(c.r, c.lang) + "\n\n" + quote_block(c, o.disp(c.lang), o.addr(), dt, "SRV vendredi", orig, "equipe")
    return neg(c.L("RE: SRV vendredi", "RE: walk-in Friday"), body, "staff reply thread about coverage", s,
               [(o.disp(c.lang), o.addr())], reply=True)


def n_curbside(c):
    s = c.staff(["gmf1", "gmf2", "gmf3"], ["médecin", "infirmière prat"])
    o = c.staff(["gmf1", "gmf2", "gmf3", "ph1", "ph2"])
    age = c.r.randrange(25, 90)
    dx = c.r.choice(DX)
    if c.fr:
        body = (f"{c.greet()}\n\nQuestion rapide (sans nom) : {c.pick('une patiente', 'un patient')} dans la {age // 10 * 10}aine, {dx[0]}, "
                f"prend déjà {c.med()}. Tu commencerais quoi en 2e ligne? Pas besoin de voir le dossier, c'est pour ma culture.\n" + s.sig(c.r, "fr"))
    else:
        body = (f"{c.greet()}\n\nQuick curbside, no identifiers: {c.pick('a woman', 'a man')} in their {age // 10 * 10}s with {dx[1]}, already on "
                f"{c.med()}. What would you add second-line? Just general advice.\n" + s.sig(c.r, "en"))
    return neg(c.L("question clinique", "quick question"), body, "anonymous curbside question between colleagues", s,
               [(o.disp(c.lang), o.addr())])


def n_staff_vax(c):
    s = c.staff(["clsc"], ["prévention", "RH"])
    rows = [c.L(["Employé", "Matricule", "Titre", "Influenza 2026", "COVID"], ["Employee", "Number", "Title", "Flu 2026", "COVID"])]
    for st in c.r.sample(STAFFS, 8):
        rows.append([f"{st.sur}, {st.giv}", luhn_number(c.r, 9), st.rfr if c.fr else st.ren, c.pick("oui", "non", "oui"), c.pick("oui", "à venir")])
    body = c.L("Suivi de la couverture vaccinale du personnel (données RH) en pj. Merci de relancer votre équipe.",
               "Staff vaccination coverage (HR data) attached. Please remind your team.") + s.sig(c.r, c.lang)
    return neg(c.L("Couverture vaccinale du personnel", "Staff vaccination coverage"), body, "staff list with employee numbers, no patient",
               s, all_staff_list(c, 2), [att("couverture_personnel.xlsx", XLSX, make_xlsx("Personnel", rows))])


NEG_CATS = [("curbside_anon", n_curbside, 4), ("staff_vaccination", n_staff_vax, 3), ("protocol", n_protocol, 10), ("order_set", n_orderset, 7), ("shortage", n_shortage, 9), ("teaching_case", n_teaching, 10),
            ("procedure", n_procedure, 8), ("staff_disease", n_staff_disease, 9), ("pharmacy_invoice", n_invoice, 10),
            ("vaccination", n_vaccination, 9), ("staff_schedule", n_schedule, 9), ("hr", n_hr, 8), ("job_posting", n_job, 5),
            ("newsletter", n_newsletter, 6), ("conference", n_conference, 6), ("committee", n_committee, 5), ("it", n_it, 8),
            ("facilities", n_facilities, 5), ("public_health", n_pubhealth, 8), ("blank_form", n_blankform, 6), ("stats", n_stats, 4),
            ("vendor", n_vendor, 5), ("quality", n_quality, 4), ("ics_staff", n_ics_staff, 4), ("vcard_staff", n_vcard_staff, 3),
            ("fwd_bulletin", n_fwd_bulletin, 4), ("research_recruit", n_research_recruit, 3), ("billing_aggregate", n_billing_agg, 3),
            ("reply_admin", n_reply_admin, 5)]


# ================================================================ driver
MAILERS = [None, "Microsoft Outlook 16.0", "Mozilla Thunderbird 128.4", "Apple Mail (2.3774)", None, "Zimbra 10.1 (ZCS)"]


def plan(cats, n, rng):
    seq = []
    for name, fn, k in cats:
        seq += [(name, fn)] * k
    assert len(seq) == n, (len(seq), n)
    while len(seq) < n:
        seq.append(cats[rng.randrange(len(cats))][:2])
    seq = seq[:n]
    rng.shuffle(seq)
    return seq


def choose_transport(r, has_atts):
    struct = r.choices(["plain", "html", "alt"], [45, 20, 35])[0]
    cs = r.choices(["utf-8", "iso-8859-1", "windows-1252"], [50, 25, 25])[0]
    cte = r.choices(["quoted-printable", "base64", "8bit"], [40, 25, 35])[0]
    eol = "crlf" if r.random() < 0.4 else "lf"
    return dict(struct=struct, cs=cs, cte=cte, eol=eol)


def render(i, kind, name, fn, nams):
    r = random.Random(f"{SEED}-{kind}-{i}")
    lang = "fr" if r.random() < 0.70 else "en"
    c = Ctx(r, lang, nams)
    m = fn(c)
    dt = rand_date(r)
    s = m["sender"]
    msg = dict(subject=m["subject"], body=m["body"], atts=m["atts"], from_name=s.disp(lang), from_addr=s.addr(),
               to=m["to"], cc=m["cc"], date=format_datetime(dt),
               msgid=f"<{r.getrandbits(80):020x}.{i}@{s.addr().split('@')[1]}>", mailer=r.choice(MAILERS),
               importance=m.get("importance"))
    if r.random() < 0.2 and not msg["cc"]:
        o = r.choice(STAFFS)
        if o.addr() != s.addr():
            msg["cc"] = [(o.disp(lang), o.addr())]
    if m["reply"]:
        msg["in_reply_to"] = f"<{r.getrandbits(64):016x}@{m['to'][0][1].split('@')[1]}>"
    tr = choose_transport(r, bool(m["atts"]))
    data = build_message(r, msg, tr)
    return data, dict(confidential=(kind == "p"), types=m["types"], lang=lang, note=m["note"]), name


def check_and_stats(outdir, labels):
    files = sorted(
        os.path.relpath(os.path.join(d, f), outdir)
        for sub in ("positive", "negative")
        for d, _, fs in os.walk(os.path.join(outdir, sub)) for f in fs)
    assert set(files) == set(labels), "labels do not cover exactly the files"
    stats = {"struct": {}, "charset": {}, "cte": {}, "eol": {}, "lang": {}, "att_types": {}, "reply_fwd": {}}

    def inc(k, v):
        stats[k][v] = stats[k].get(v, 0) + 1
    for f in files:
        lab = labels[f]
        if lab["confidential"]:
            assert lab["types"], f
        else:
            assert not lab["types"], f
        data = open(os.path.join(outdir, f), "rb").read()
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for k in msg.keys():
            h = msg[k]
            assert not getattr(h, "defects", None), (f, k, h.defects)
        top = msg.get_content_type()
        inc("struct", top if top != "multipart/mixed" else "multipart/mixed (attachments)")
        inc("eol", "CRLF" if b"\r\n" in data else "LF")
        inc("lang", lab["lang"])
        first_text = True
        for part in msg.walk():
            assert not part.defects, (f, part.get_content_type(), part.defects)
            ct = part.get_content_type()
            if ct == "message/rfc822":
                inc("att_types", "eml")
            if part.is_multipart():
                continue
            content = part.get_content()
            assert content is not None
            if ct.startswith("text/") and part.get_content_disposition() != "attachment":
                if first_text:
                    inc("charset", part.get_content_charset())
                    inc("cte", part.get("Content-Transfer-Encoding", "7bit"))
                    first_text = False
            elif part.get_content_disposition() == "attachment":
                fnm = part.get_filename() or ""
                inc("att_types", fnm.rsplit(".", 1)[-1].lower())
        body = msg.get_body(("plain", "html"))
        txt = html.unescape(body.get_content()) if body else ""
        if re.search(r"(^> |-----Message d'origine|-----Original Message|________________________________|a écrit :|wrote:)", txt, re.M):
            inc("reply_fwd", "quoted reply")
        if "Message transféré" in txt or "Forwarded message" in txt:
            inc("reply_fwd", "inline forward")
    h = hashlib.sha256()
    for f in files + ["labels.json"]:
        h.update(f.encode() + b"\0")
        h.update(open(os.path.join(outdir, f), "rb").read())
    return files, stats, h.hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    a = ap.parse_args()
    outdir = os.path.abspath(a.out)
    nams = load_nams()
    rng = random.Random(SEED)
    for sub in ("positive", "negative"):
        d = os.path.join(outdir, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    labels = {}
    cats = {}
    for kind, catlist, n in (("p", POS_CATS, N_POS), ("n", NEG_CATS, N_NEG)):
        seq = plan(catlist, n, rng)
        for i, (name, fn) in enumerate(seq, 1):
            data, lab, name = render(i, kind, name, fn, nams)
            rel = f"{'positive' if kind == 'p' else 'negative'}/{kind}{i:03d}_{name}.eml"
            with open(os.path.join(outdir, rel), "wb") as f:
                f.write(data)
            labels[rel] = lab
            cats[(kind, name)] = cats.get((kind, name), 0) + 1
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    files, stats, digest = check_and_stats(outdir, labels)
    npos = sum(1 for v in labels.values() if v["confidential"])
    print(f"files: {len(files)}  positives: {npos}  negatives: {len(files) - npos}")
    print("per category:")
    for (k, nme), v in sorted(cats.items()):
        print(f"  {'pos' if k == 'p' else 'neg'} {nme}: {v}")
    for k, v in stats.items():
        print(f"{k}: " + ", ".join(f"{a}={b}" for a, b in sorted(v.items())))
    print("sha256:", digest)


if __name__ == "__main__":
    main()
