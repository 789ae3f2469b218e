#!/usr/bin/env python3
"""Seeded, deterministic generator of synthetic outbound hospital e-mail (.eml) with labels.
All people, institutions, domains (*.example), addresses and phones (555) are invented.
Usage: python generate.py [--out DIR] [--seed 5505]
"""
import argparse, hashlib, io, json, os, random, re, shutil, sys, zipfile, datetime
import email, email.policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
import stdnum.ca.sin, stdnum.be.nn, stdnum.fr.nir, stdnum.luhn

HERE = os.path.dirname(os.path.abspath(__file__))
# The synthetic NAMs every blind writer was given (surname, given name, birth date, sex, NAM), shared by
# the blind corpora in tests/blind_nams.txt.
import os

NAM_ROWS_TEXT = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "blind_nams.txt"), encoding="utf-8").read()

# ----------------------------------------------------------------- pools
QC_DOM = ["chu-exemple.example", "cisss-laurentides.example", "hopital-stjoseph.example", "clsc-rivenord.example",
          "chsld-boisjoli.example", "gmf-des-pins.example"]
EXT_DOM = ["pharmacie-lacroix.example", "cliniquemed-nord.example", "ottawa-general.example", "kingston-hsc.example",
           "chu-liege.example", "hopital-namur.example", "chu-lyon.example", "aphp-exemple.example",
           "assurancevie-plus.example", "transport-adapte.example", "biolab-quebec.example",
           "ramq-partenaires.example", "univ-recherche.example", "gmail.example", "videotron.example"]
STAFF_FR = [("Marie-Ève", "Gagnon"), ("Jean-François", "Bouchard"), ("Nathalie", "Côté"), ("Sylvain", "Pelletier"),
            ("Isabelle", "Fortin"), ("Mathieu", "Girard"), ("Geneviève", "Roy"), ("Patrick", "Ouellet"),
            ("Josée", "Morin"), ("Luc", "Bergeron"), ("Chantal", "Lévesque"), ("Éric", "Dubé"),
            ("Karine", "Poirier"), ("Stéphane", "Caron"), ("Mélanie", "Thibault"), ("Benoît", "Leclerc")]
STAFF_EN = [("Sarah", "McAllister"), ("David", "Chen"), ("Emily", "O'Brien"), ("Michael", "Patel"),
            ("Jennifer", "Walsh"), ("Robert", "Nguyen"), ("Laura", "Fitzgerald"), ("Kevin", "Armstrong"),
            ("Rachel", "Goldberg"), ("Daniel", "Kowalski"), ("Heather", "MacDonald"), ("Brian", "Sutherland")]
STAFF_BE = [("Sophie", "Peeters"), ("Thomas", "Janssens"), ("Claire", "Dupont"), ("Olivier", "Maes")]
STAFF_FRA = [("Camille", "Lefèvre"), ("Julien", "Moreau"), ("Aurélie", "Garnier"), ("Nicolas", "Faure")]
PAT_ON = [("Margaret", "Hughes", "F"), ("William", "Thompson", "M"), ("Priya", "Sharma", "F"), ("George", "Mitchell", "M"),
          ("Linda", "Carter", "F"), ("James", "Robertson", "M"), ("Olena", "Kovalenko", "F"), ("Ahmed", "Hassan", "M")]
PAT_BE = [("Marc", "Vermeulen", "M"), ("Annick", "Lambert", "F"), ("Jacques", "Willems", "M"), ("Nadia", "El Amrani", "F"),
          ("Pierre", "Claes", "M"), ("Monique", "Dubois", "F")]
PAT_FR = [("Bernard", "Rousseau", "M"), ("Hélène", "Mercier", "F"), ("Karim", "Benali", "M"), ("Josiane", "Perrin", "F"),
          ("Alain", "Chevalier", "M"), ("Sylvie", "Renaud", "F")]
ROLES_FR = ["inf.", "inf. aux.", "M.D.", "MD, FRCPC", "pharm.", "T.S.", "ergothérapeute", "agente administrative",
            "archiviste médicale", "coordonnatrice", "inf. clinicienne", "physiothérapeute"]
ROLES_EN = ["RN", "MD", "MD, FRCPC", "RPh", "MSW", "OT", "unit clerk", "HIM technician", "nurse manager", "NP"]
SERV_FR = ["Urgence", "Médecine interne 4B", "Chirurgie 6A", "Soins intensifs", "Gériatrie", "Pharmacie",
           "Service social", "Archives médicales", "CLSC - SAD", "CHSLD Bois-Joli", "Clinique d'oncologie",
           "Cardiologie", "Santé mentale", "Imagerie médicale", "Ressources humaines", "Services techniques",
           "Direction des ressources informationnelles", "Approvisionnement", "Néphrologie - Hémodialyse"]
SERV_EN = ["Emergency Department", "Internal Medicine 5 West", "Surgery", "ICU", "Geriatrics", "Pharmacy",
           "Social Work", "Health Records", "Home Care", "Oncology Clinic", "Cardiology", "Mental Health",
           "Diagnostic Imaging", "Human Resources", "Facilities", "IT Service Desk", "Procurement", "Dialysis Unit"]
DX_FR = ["insuffisance cardiaque décompensée", "MPOC exacerbée", "pneumonie communautaire", "FA rapide",
         "diabète type 2 mal contrôlé", "IRC stade 4", "néo du côlon", "AVC ischémique", "cellulite MIG",
         "délirium sur infection urinaire", "fracture de la hanche D", "dépression majeure", "cirrhose éthylique",
         "embolie pulmonaire", "pancréatite aiguë", "démence type Alzheimer"]
DX_EN = ["CHF exacerbation", "COPD exacerbation", "community-acquired pneumonia", "new-onset AFib", "poorly controlled T2DM",
         "CKD stage 4", "colon ca", "ischemic stroke", "L leg cellulitis", "delirium secondary to UTI", "R hip fracture",
         "major depressive disorder", "alcoholic cirrhosis", "PE", "acute pancreatitis", "Alzheimer dementia"]
MEDS = ["apixaban 5 mg BID", "metformine 500 mg BID", "furosémide 40 mg DIE", "pantoprazole 40 mg DIE",
        "insuline glargine 22 U HS", "métoprolol 25 mg BID", "atorvastatine 40 mg HS", "warfarine selon RNI",
        "quétiapine 25 mg HS", "hydromorphone 1 mg q4h PRN", "ramipril 5 mg DIE", "lévothyroxine 75 mcg DIE",
        "sertraline 50 mg DIE", "méthadone 60 mg DIE", "prednisone 40 mg x 5 j", "amoxicilline-clav 875 mg BID"]
LABS = [("K+", "6.8 mmol/L"), ("Hb", "62 g/L"), ("Na", "118 mmol/L"), ("troponine hs", "1840 ng/L"), ("INR", "5.9"),
        ("glucose", "1.9 mmol/L"), ("créatinine", "412 µmol/L"), ("lactate", "5.1 mmol/L"), ("plaquettes", "14 x10^9/L"),
        ("hémocultures", "positives BGN")]
STREETS_QC = ["rue des Érables", "boul. Saint-Joseph", "rue Principale", "ch. du Lac", "av. Laurier", "rue Notre-Dame",
              "rue Sainte-Anne", "boul. des Laurentides", "rue Champlain", "montée Gagnon"]
CITIES_QC = ["Saint-Jérôme", "Laval", "Montréal", "Sainte-Agathe-des-Monts", "Mirabel", "Blainville", "Gatineau",
             "Terrebonne"]
TYPOS = [("patient", "patinet"), ("rendez-vous", "rendez-vosu"), ("please", "pls"), ("merci", "mrci"), ("the", "teh")]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.nams = []
        if True:
            for line in NAM_ROWS_TEXT.splitlines():
                if line.startswith("#") or not line.strip():
                    continue
                s, g, d, sex, nam = line.split()
                self.nams.append(dict(surname=s, given=g, dob=d, sex=sex, nam=nam))
        self.r.shuffle(self.nams)
        self.nam_i = 0
        self.msg_i = 0
        self.cur_kind = "n"
        self.base = datetime.datetime(2026, 9, 1, 7, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-4)))

    # -------------------------------------------------------------- helpers
    def c(self, seq):
        return self.r.choice(seq)

    def phone(self):
        return f"{self.c(['450','514','819','438','613','579'])}-555-{self.r.randint(100, 9999):04d}"

    def staff(self, lang, region="qc"):
        pool = {"qc": STAFF_FR if lang == "fr" else STAFF_EN, "on": STAFF_EN, "be": STAFF_BE, "fr": STAFF_FRA}[region]
        g, s = self.c(pool)
        role = self.c(ROLES_FR if lang == "fr" else ROLES_EN)
        return g, s, role

    def addr_of(self, g, s, dom):
        loc = re.sub(r"[^a-z.]", "", (g[0] + "." + s).lower().replace("é", "e").replace("è", "e").replace("ô", "o")
                     .replace("ç", "c").replace("'", ""))
        return f"{loc}@{dom}"

    def date(self):
        d = self.base + datetime.timedelta(days=self.r.randint(0, 90), minutes=self.r.randint(0, 60 * 11))
        return d

    def qc_patient(self):
        p = dict(self.nams[self.nam_i % len(self.nams)])
        self.nam_i += 1
        p["region"] = "qc"
        return p

    def mrn(self):
        k = self.r.randint(0, 4)
        if k == 0:
            return f"{self.r.randint(1000000, 9999999)}"
        if k == 1:
            return f"{self.r.randint(10000000, 99999999)}"
        if k == 2:
            return f"{self.c(['H', 'M', 'S', 'U'])}{self.r.randint(100000, 999999)}"
        if k == 3:
            return f"{self.c(['CHU', 'HSJ'])}-{self.r.randint(1000000, 9999999)}"
        return f"{self.r.randint(100, 999)}-{self.r.randint(100, 999)}-{self.r.randint(10, 99)}"

    def sin(self):
        while True:
            d = [self.c("1234567")] + [str(self.r.randint(0, 9)) for _ in range(7)]
            base = "".join(d)
            ck = stdnum.luhn.calc_check_digit(base)
            v = base + ck
            if stdnum.ca.sin.is_valid(v):
                return v

    def on_hn(self):
        while True:
            base = str(self.r.randint(1, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(8))
            v = base + stdnum.luhn.calc_check_digit(base)
            if stdnum.luhn.is_valid(v):
                return v

    def niss(self, dob, sex):
        y, m, d = dob.split("-")
        while True:
            seq = self.r.randint(1, 997)
            if (seq % 2 == 1) != (sex == "M"):
                continue
            body = f"{y[2:]}{m}{d}{seq:03d}"
            n = int(("2" + body) if int(y) >= 2000 else body)
            v = body + f"{97 - n % 97:02d}"
            if stdnum.be.nn.is_valid(v):
                return v

    def nir(self, dob, sex):
        y, m, _ = dob.split("-")
        while True:
            body = f"{1 if sex == 'M' else 2}{y[2:]}{m}{self.r.randint(1, 95):02d}{self.r.randint(1, 990):03d}{self.r.randint(1, 999):03d}"
            v = body + f"{97 - int(body) % 97:02d}"
            if stdnum.fr.nir.is_valid(v):
                return v

    def dob(self, lo=1930, hi=2010):
        return f"{self.r.randint(lo, hi)}-{self.r.randint(1, 12):02d}-{self.r.randint(1, 28):02d}"

    def foreign_patient(self, region):
        pool = {"on": PAT_ON, "be": PAT_BE, "fr": PAT_FR}[region]
        g, s, sex = self.c(pool)
        dob = self.dob()
        p = dict(surname=s, given=g, dob=dob, sex=sex, region=region)
        if region == "on":
            p["hn"] = self.on_hn()
        elif region == "be":
            p["niss"] = self.niss(dob, sex)
        else:
            p["nir"] = self.nir(dob, sex)
        return p

    def fmt_nam(self, nam, style=None):
        style = style if style is not None else self.r.randint(0, 6)
        if style == 0:
            return nam
        if style == 1:
            return f"{nam[:4]} {nam[4:8]} {nam[8:]}"
        if style == 2:
            return f"{nam[:4]}-{nam[4:8]}-{nam[8:]}"
        if style == 3:
            return nam.lower()
        if style == 4:
            return f"{nam[:4]}.{nam[4:8]}.{nam[8:]}"
        if style == 5:
            return " ".join(nam)
        return f"{nam[:4]} {nam[4:6]} {nam[6:8]} {nam[8:10]} {nam[10:]}"

    def fmt_digits(self, v, groups, sep=None):
        sep = sep if sep is not None else self.c(["", " ", "-", ".", " "])
        out, i = [], 0
        for g in groups:
            out.append(v[i:i + g]); i += g
        return sep.join(out)

    def fullwidth(self, s):
        return "".join(chr(ord(ch) + 0xFEE0) if ch.isdigit() else ch for ch in s)

    def dob_fmt(self, dob, lang):
        y, m, d = dob.split("-")
        return self.c([f"{d}/{m}/{y}", dob, f"{y}/{m}/{d}", f"{d}-{m}-{y}"]) if lang == "fr" else \
            self.c([f"{m}/{d}/{y}", dob, f"{d}/{m}/{y}"])

    def title(self, p, lang):
        if lang == "fr":
            return "M." if p["sex"] == "M" else "Mme"
        return "Mr." if p["sex"] == "M" else "Mrs."

    def pname(self, p, lang):
        k = self.r.randint(0, 4)
        if k == 0:
            return f"{self.title(p, lang)} {p['given']} {p['surname']}"
        if k == 1:
            return f"{p['surname'].upper()}, {p['given']}"
        if k == 2:
            return f"{p['given']} {p['surname']}"
        if k == 3:
            return f"{p['surname']} {p['given']}"
        return f"{self.title(p, lang)} {p['surname']}"

    def il(self, p, lang):  # il/elle
        if lang == "fr":
            return "il" if p["sex"] == "M" else "elle"
        return "he" if p["sex"] == "M" else "she"

    def sig(self, g, s, role, lang, region="qc"):
        serv = self.c(SERV_FR if lang == "fr" else SERV_EN)
        if region == "be":
            org, adr = "CHU de Liège (exemple)", "Avenue de l'Hôpital 1, 4000 Liège"
            tel = f"+32 4 555 {self.r.randint(10, 99)} {self.r.randint(10, 99)}"
        elif region == "fr":
            org, adr = "Hôpital Édouard-Exemple", "12 rue de la Santé, 69003 Lyon"
            tel = f"+33 4 55 5{self.r.randint(0, 9)} {self.r.randint(10, 99)} {self.r.randint(10, 99)}"
        elif region == "on":
            org, adr = "Ottawa General (example)", f"{self.r.randint(100, 999)} Smyth Rd, Ottawa ON K1H 5X5"
            tel = self.phone()
        else:
            org = self.c(["CHU Exemple", "CISSS des Laurentides (exemple)", "Hôpital Saint-Joseph", "CLSC Rive-Nord"])
            adr = f"{self.r.randint(10, 2999)}, {self.c(STREETS_QC)}, {self.c(CITIES_QC)} (Québec)"
            tel = self.phone()
        styles = [
            f"{g} {s}, {role}\n{serv}\n{org}\n{adr}\nTél. : {tel} poste {self.r.randint(1000, 9999)}",
            f"--\n{g} {s}\n{role} | {serv}\n{tel}",
            f"{g[0]}. {s}\n{serv} - {org}",
            f"{g}\n\nEnvoyé de mon iPhone" if lang == "fr" else f"{g}\n\nSent from my iPhone",
            f"Merci,\n{g} {s} {role}\n{org}, {adr}" if lang == "fr" else f"Thanks,\n{g} {s} {role}\n{org}, {adr}",
        ]
        out = self.c(styles)
        if self.r.random() < 0.35:
            out += "\n\n" + (self.c([
                "AVIS DE CONFIDENTIALITÉ : Ce message peut contenir des renseignements confidentiels. S'il vous a été transmis par erreur, veuillez le détruire et en aviser l'expéditeur.",
                "Ce courriel est destiné uniquement au destinataire. Toute diffusion non autorisée est interdite.",
            ]) if lang == "fr" else self.c([
                "CONFIDENTIALITY NOTICE: This e-mail may contain privileged information. If you received it in error, please delete it and notify the sender.",
                "This message is intended only for the addressee. Please consider the environment before printing.",
            ]))
        return out

    def typo(self, text):
        if self.r.random() < 0.25:
            a, b = self.c(TYPOS)
            text = text.replace(a, b, 1)
        return text


# ------------------------------------------------------------- attachments
FIXED_DT = (2026, 9, 1, 0, 0, 0)


def normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            b = src.read(info.filename)
            if info.filename.endswith("core.xml") or info.filename.endswith("app.xml"):
                b = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", b"2026-09-01T00:00:00Z", b)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, b)
    return out.getvalue()


def make_pdf(title, lines):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    cv = canvas.Canvas(buf, pagesize=letter, invariant=1)
    cv.setTitle(title)
    y = 740
    cv.setFont("Helvetica-Bold", 13)
    cv.drawString(60, y, title)
    cv.setFont("Helvetica", 10)
    y -= 28
    for ln in lines:
        for part in ln.split("\n"):
            cv.drawString(60, y, part[:100])
            y -= 15
            if y < 60:
                cv.showPage(); cv.setFont("Helvetica", 10); y = 740
    cv.save()
    return buf.getvalue()


def make_docx(title, lines):
    import docx
    d = docx.Document()
    d.core_properties.created = datetime.datetime(2026, 9, 1)
    d.core_properties.modified = datetime.datetime(2026, 9, 1)
    d.core_properties.author = "gabarit"
    d.add_heading(title, 1)
    for ln in lines:
        d.add_paragraph(ln)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(header, rows, sheet="Feuil1"):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(header)
    for r in rows:
        ws.append(list(r))
    wb.properties.created = datetime.datetime(2026, 9, 1)
    wb.properties.modified = datetime.datetime(2026, 9, 1)
    wb.properties.creator = "gabarit"
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(header, rows, sep=";"):
    out = [sep.join(header)] + [sep.join(str(x) for x in r) for r in rows]
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return out.getvalue()


def make_ics(summary, desc, start, location, uid):
    import icalendar
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Exemple//Agenda//FR")
    cal.add("version", "2.0")
    cal.add("method", "REQUEST")
    ev = icalendar.Event()
    ev.add("uid", uid)
    ev.add("dtstamp", datetime.datetime(2026, 9, 1, tzinfo=datetime.timezone.utc))
    ev.add("dtstart", start)
    ev.add("dtend", start + datetime.timedelta(minutes=45))
    ev.add("summary", summary)
    ev.add("description", desc)
    ev.add("location", location)
    cal.add_component(ev)
    return cal.to_ical()


def make_vcf(full, given, surname, tel, adr, note, org=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{surname};{given};;;", f"FN:{full}"]
    if org:
        lines.append(f"ORG:{org}")
    lines += [f"TEL;TYPE=HOME,VOICE:{tel}", f"ADR;TYPE=HOME:;;{adr};;;;Canada"]
    if note:
        lines.append(f"NOTE:{note}")
    lines.append("END:VCARD")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


# --------------------------------------------------------------- builder
class Item(dict):
    pass


def build_message(G, it):
    """it: dict with keys lang, subject, body, html(optional), atts list of (fname, maintype, subtype, bytes | EmailMessage),
    frm, to, cc, reply(quoted text), fwd(inline forward text), eml_att (EmailMessage)"""
    r = G.r
    msg = EmailMessage()
    msg["From"] = it["frm"]
    msg["To"] = it["to"]
    if it.get("cc"):
        msg["Cc"] = it["cc"]
    msg["Subject"] = it["subject"]
    d = G.date()
    msg["Date"] = format_datetime(d)
    dom = it["frm"].split("@")[1].rstrip(">")
    msg["Message-ID"] = f"<{d.strftime('%Y%m%d%H%M%S')}.{G.msg_i:04d}.{r.randint(10**6, 10**7)}@{dom}>"
    if it.get("in_reply_to"):
        msg["In-Reply-To"] = it["in_reply_to"]
        msg["References"] = it["in_reply_to"]
    msg["MIME-Version"] = "1.0"
    if r.random() < 0.4:
        msg["X-Mailer"] = r.choice(["Microsoft Outlook 16.0", "Thunderbird 115.3", "Apple Mail (2.3731)", "Zimbra 9.0"])
    body = it["body"]
    charset = it.get("charset") or r.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    try:
        body.encode(charset)
        (it.get("html") or "").encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    cte = it.get("cte") or r.choice(["quoted-printable", "base64", "8bit", "quoted-printable"])
    if cte == "8bit" and any(len(l) > 900 for l in body.split("\n")):
        cte = "quoted-printable"
    mode = it.get("mode")
    if mode is None:
        mode = r.choice(["plain", "plain", "alt", "html"]) if not it.get("atts") else "mixed"
    if mode in ("html", "alt"):
        html = it.get("html") or ("<html><body style=\"font-family:Calibri,Arial\">" +
                                  "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in body.split("\n\n")) +
                                  "</body></html>")
    if mode == "plain" or mode == "mixed":
        msg.set_content(body, charset=charset, cte=cte)
    elif mode == "html":
        msg.set_content(html, subtype="html", charset=charset, cte=cte)
    elif mode == "alt":
        msg.set_content(body, charset=charset, cte=cte)
        msg.add_alternative(html, subtype="html", charset=charset, cte=r.choice(["quoted-printable", "base64"]))
    if mode == "mixed" and r.random() < 0.3:
        html = "<html><body>" + "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in body.split("\n\n")) + "</body></html>"
        msg.add_alternative(html, subtype="html", charset=charset, cte="quoted-printable")
    for att in it.get("atts", []):
        fname, mt, st, data = att
        if isinstance(data, EmailMessage):
            msg.add_attachment(data)
            # give it a filename
            part = list(msg.iter_attachments())[-1]
            part.add_header("Content-Disposition", "attachment", filename=fname) if "Content-Disposition" not in part else None
        elif mt == "text":
            params = {}
            if st == "calendar":
                params = {"params": {"method": "REQUEST"}}
            msg.add_attachment(data.decode("utf-8"), subtype=st, charset="utf-8", filename=fname,
                               cte=r.choice(["base64", "quoted-printable"]), **params)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    bi = 0
    for part in msg.walk():
        if part.is_multipart():
            bi += 1
            part.set_boundary(f"----=_Part_{G.msg_i:04d}_{bi}_{r.randint(10**8, 10**9)}")
    linesep = "\r\n" if r.random() < 0.45 else "\n"
    return msg.as_bytes(policy=email.policy.default.clone(linesep=linesep))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def quote(text, lang, who, when):
    head = (f"Le {when}, {who} a écrit :" if lang == "fr" else f"On {when}, {who} wrote:")
    return head + "\n" + "\n".join("> " + l if l else ">" for l in text.split("\n"))


def inline_fwd(text, lang, frm, to, subj, when):
    if lang == "fr":
        h = f"-------- Message transféré --------\nDe : {frm}\nDate : {when}\nÀ : {to}\nObjet : {subj}\n"
    else:
        h = f"---------- Forwarded message ---------\nFrom: {frm}\nDate: {when}\nTo: {to}\nSubject: {subj}\n"
    return h + "\n" + text


def inner_eml(G, frm, to, subj, body):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subj
    m["Date"] = format_datetime(G.date())
    m["Message-ID"] = f"<inner.{G.msg_i:04d}.{G.r.randint(1000, 9999)}@{frm.split('@')[1]}>"
    m.set_content(body, charset="utf-8", cte="quoted-printable")
    return m


# ================================================================ templates
CLIN_EXT = ["pharmacie-lacroix.example", "cliniquemed-nord.example", "ottawa-general.example", "kingston-hsc.example",
            "biolab-quebec.example", "transport-adapte.example", "univ-recherche.example", "gmf-des-pins.example",
            "clsc-rivenord.example", "gmail.example"]


def addrs(G, lang, region="qc", external=True, to_dom=None):
    g, s, role = G.staff(lang, region if region != "qc" else "qc")
    dom = G.c(QC_DOM)
    frm = f"{g} {s} <{G.addr_of(g, s, dom)}>"
    if external:
        g2, s2, _ = G.staff(G.c(["fr", "en"]), G.c(["qc", "on", "be", "fr"]))
        dom2 = to_dom or G.c(CLIN_EXT if G.cur_kind == "p" else EXT_DOM)
        to = f"{g2} {s2} <{G.addr_of(g2, s2, dom2)}>"
    else:
        g2, s2, _ = G.staff(lang)
        to = G.addr_of(g2, s2, G.c(QC_DOM))
    cc = None
    if G.r.random() < 0.3:
        g3, s3, _ = G.staff(lang)
        cc = G.addr_of(g3, s3, G.c(QC_DOM))
    return dict(frm=frm, to=to, cc=cc, g=g, s=s, role=role, g2=g2, s2=s2)


def when_str(G, lang):
    d = G.date()
    return d.strftime("%d %b %Y %H:%M") if lang == "fr" else d.strftime("%a, %b %d, %Y at %I:%M %p")


def fin(G, lang, a, cat, subject, body, types, note, **kw):
    body = G.typo(body)
    if "\n--" not in body and "Merci" not in body[-80:]:
        body = body + "\n\n" + G.sig(a["g"], a["s"], a["role"], lang)
    d = dict(cat=cat, lang=lang, subject=subject, body=body, types=types, note=note, frm=a["frm"], to=a["to"], cc=a["cc"])
    d.update(kw)
    return d


def ident_qc(G, p, lang):
    """returns (text, types)"""
    k = G.r.randint(0, 3)
    if k <= 1:
        lab = G.c(["NAM", "RAMQ", "# ass. maladie", "no RAMQ"]) if lang == "fr" else G.c(["RAMQ", "Medicare #", "HIN", "RAMQ no."])
        return f"{lab} {G.fmt_nam(p['nam'])}", ["ramq_nam"]
    if k == 2:
        lab = G.c(["dossier", "# dossier", "MRN", "no dos."]) if lang == "fr" else G.c(["MRN", "chart #", "Chart"])
        return f"{lab} {G.mrn()}", ["mrn"]
    lab = "DDN" if lang == "fr" else "DOB"
    return f"{lab} {G.dob_fmt(p['dob'], lang)}, {G.c(['NAM', 'RAMQ'])} {G.fmt_nam(p['nam'])}", ["ramq_nam", "date_of_birth"]


# ---------------- positives
def p_referral(G, lang):
    p = G.qc_patient(); a = addrs(G, lang)
    idt, ty = ident_qc(G, p, lang)
    i = G.r.randint(0, len(DX_FR) - 1)
    if lang == "fr":
        subj = G.c(["Référence", "Demande de consultation", "Réf. urgente", "Consult"]) + f" - {p['surname']}"
        body = (f"Bonjour Dr {a['s2']},\n\nJe vous réfère {G.pname(p, lang)} ({idt}), {G.r.randint(40, 90)} ans, pour {DX_FR[i]}.\n"
                f"Tx actuel : {G.c(MEDS)}, {G.c(MEDS)}.\n{G.il(p, lang).capitalize()} est disponible rapidement, merci de "
                f"{'la' if p['sex'] == 'F' else 'le'} convoquer.\n\nCordialement,")
    else:
        subj = G.c(["Referral", "Consult request", "URGENT referral", "Re: referral"]) + f" {p['given']} {p['surname']}"
        body = (f"Hi Dr. {a['s2']},\n\nReferring {G.pname(p, lang)} ({idt}) for {DX_EN[i]}. Current meds {G.c(MEDS)}. "
                f"Pls book at earliest availability, {G.il(p, lang)} can come on short notice.\n\nThanks,")
    return fin(G, lang, a, "referral", subj, body, ty + ["patient_name", "diagnosis", "medication"],
               "referral naming a patient with identifier, diagnosis and meds")


def p_consult_reply(G, lang):
    p = G.qc_patient(); a = addrs(G, lang)
    i = G.r.randint(0, len(DX_FR) - 1)
    if lang == "fr":
        orig = f"Pouvez-vous voir {p['given']} {p['surname']} (DDN {G.dob_fmt(p['dob'], lang)}) pour {DX_FR[i]} ?\nMerci"
        top = f"Vu ce matin. Je suggère {G.c(MEDS)} et suivi en clinique dans 4 sem.\n"
        subj = f"RE: consult {p['surname']}"
    else:
        orig = f"Could you see {p['given']} {p['surname']} (DOB {G.dob_fmt(p['dob'], lang)}) re {DX_EN[i]}?\nThx"
        top = f"Seen this AM. Suggest {G.c(MEDS)}, f/u in clinic 4 wks.\n"
        subj = f"RE: consult {p['surname']}"
    body = top + "\n" + G.sig(a["g"], a["s"], a["role"], lang) + "\n\n" + quote(orig, lang, f"{a['g2']} {a['s2']}", when_str(G, lang))
    return fin(G, lang, a, "consult_reply", subj, body, ["patient_name", "date_of_birth", "diagnosis", "medication"],
               "reply on top; quoted request names patient with DOB and diagnosis")


def p_signout(G, lang):
    a = addrs(G, lang, external=False)
    rows = []
    for _ in range(G.r.randint(3, 6)):
        p = G.qc_patient()
        ch = f"{G.r.randint(1, 40):02d}{G.c('ABCD')}"
        if lang == "fr":
            rows.append(f"{ch} {p['surname'].upper()} {p['given'][0]}. {G.mrn()} - {G.c(DX_FR)} - {G.c(['à réévaluer', 'NPO minuit', 'surveiller K+', 'congé demain prob.', 'famille appelle'])}")
        else:
            rows.append(f"Rm {ch} {p['surname']}, {p['given']} #{G.mrn()} - {G.c(DX_EN)} - {G.c(['f/u lytes', 'NPO after midnight', 'likely d/c tmrw', 'code status TBD'])}")
    if lang == "fr":
        subj = G.c(["Liste de relève", "Sign-out 4B", "Relève nuit", "Liste garde"]) + f" {G.date().strftime('%d/%m')}"
        body = "Salut,\nVoici la liste pour ce soir :\n\n" + "\n".join(rows) + "\n\nBonne garde"
    else:
        subj = G.c(["Sign-out list", "Handover 5W", "Night handover"]) + f" {G.date().strftime('%m/%d')}"
        body = "Hi,\nSign-out for tonight:\n\n" + "\n".join(rows) + "\n\nGood luck"
    return fin(G, lang, a, "signout_list", subj, body, ["patient_name", "mrn", "diagnosis"],
               "handover list with several patients, chart numbers and problems")


def p_booking(G, lang):
    p = G.qc_patient(); a = addrs(G, lang)
    tel = G.phone(); adr = f"{G.r.randint(10, 999)} {G.c(STREETS_QC)}, {G.c(CITIES_QC)}"
    d = G.date()
    if lang == "fr":
        subj = G.c(["RDV à déplacer", "Changement de rendez-vous", "Booking"]) + f" - {p['surname']} {p['given']}"
        body = (f"Bonjour,\n\nPourriez-vous déplacer le RDV de {G.pname(p, lang)} du {d.strftime('%d/%m')} en "
                f"{G.c(['échographie', 'coloscopie', 'cardiologie', 'ophtalmo'])} ? {G.il(p, lang).capitalize()} sera à l'extérieur.\n"
                f"Joindre au {tel} (domicile), {adr}.\n\nMerci")
    else:
        subj = G.c(["Reschedule", "Booking request", "Appt change"]) + f": {p['given']} {p['surname']}"
        body = (f"Hello,\n\nPlease rebook {G.pname(p, lang)}'s {G.c(['ultrasound', 'colonoscopy', 'cardiology', 'eye clinic'])} appt on {d.strftime('%b %d')}. "
                f"Best reached at home {tel}; address on file {adr}.\n\nThanks")
    return fin(G, lang, a, "booking", subj, body, ["patient_name", "patient_contact"],
               "booking change with patient name, home phone and address")


def p_critical(G, lang):
    p = G.qc_patient(); a = addrs(G, lang)
    t, v = G.c(LABS); idt, ty = ident_qc(G, p, lang)
    if lang == "fr":
        subj = G.c(["VALEUR CRITIQUE", "Résultat critique", "Labo critique"]) + f" {p['surname']}"
        body = f"Dr {a['s2']},\n\nValeur critique pour {G.pname(p, lang)} ({idt}) : {t} {v} prélevé ce matin.\nAvisé inf. au poste à {G.r.randint(7, 22)}h{G.r.randint(10, 59)}.\n\nLaboratoire de biochimie"
    else:
        subj = G.c(["CRITICAL VALUE", "Critical lab", "Critical result"]) + f" - {p['surname']}"
        body = f"Dr. {a['s2']},\n\nCritical result for {G.pname(p, lang)} ({idt}): {t} {v}, drawn this AM. Charge nurse notified.\n\nCore Lab"
    return fin(G, lang, a, "critical_value", subj, body, ty + ["patient_name", "lab_result"], "critical lab value with patient identity")


def p_discharge_att(G, lang):
    p = G.qc_patient(); a = addrs(G, lang)
    i = G.r.randint(0, len(DX_FR) - 1)
    lines = [f"Patient : {p['surname']}, {p['given']}   Sexe : {p['sex']}", f"DDN : {p['dob']}   NAM : {G.fmt_nam(p['nam'], 0)}",
             f"Dossier : {G.mrn()}", f"Diagnostic principal : {DX_FR[i] if lang == 'fr' else DX_EN[i]}",
             f"Médication au congé : {G.c(MEDS)}; {G.c(MEDS)}", "Suivi : MD famille 2 sem."]
    kind = G.c(["pdf", "docx"])
    if kind == "pdf":
        att = ("resume_conge.pdf" if lang == "fr" else "discharge_summary.pdf", "application", "pdf",
               make_pdf("Résumé de départ" if lang == "fr" else "Discharge summary", lines))
    else:
        att = ("resume_conge.docx" if lang == "fr" else "discharge_summary.docx", "application",
               "vnd.openxmlformats-officedocument.wordprocessingml.document",
               make_docx("Résumé de départ" if lang == "fr" else "Discharge summary", lines))
    if lang == "fr":
        subj = G.c(["Résumé de départ", "Congé", "Sommaire d'hospitalisation"])
        body = "Bonjour,\n\nCi-joint le résumé de départ de votre patient(e) pour suivi.\n\nBonne journée"
    else:
        subj = G.c(["Discharge summary", "D/C summary for f/u", "Hospital discharge"])
        body = "Hi,\n\nPlease find attached the discharge summary for your patient, for follow-up.\n\nRegards"
    return fin(G, lang, a, "discharge_summary", subj, body, ["patient_name", "ramq_nam", "date_of_birth", "mrn", "diagnosis", "medication"],
               f"body generic; attached {kind} discharge summary with patient identity", atts=[att])


def p_medrec(G, lang):
    p = G.qc_patient(); a = addrs(G, lang)
    meds = "\n".join(f"- {m}" for m in G.r.sample(MEDS, 4))
    if lang == "fr":
        subj = f"Bilan comparatif des médicaments - {p['surname']}"
        body = (f"Bonjour,\n\nPour {G.pname(p, lang)}, né{'e' if p['sex'] == 'F' else ''} le {G.dob_fmt(p['dob'], lang)}, pouvez-vous nous faxer le profil pharmaceutique ?\n"
                f"Liste au dossier :\n{meds}\n\nMerci,\nPharmacie {G.c(['Urgence', '4B', 'Gériatrie'])}")
    else:
        subj = f"Med rec - {p['given']} {p['surname']}"
        body = f"Hi,\n\nDoing BPMH for {G.pname(p, lang)} DOB {G.dob_fmt(p['dob'], lang)}. Can you confirm the community profile?\n{meds}\n\nThanks,\nPharmacy"
    return fin(G, lang, a, "med_reconciliation", subj, body, ["patient_name", "date_of_birth", "medication"],
               "medication reconciliation for a named patient with DOB")


def p_homecare(G, lang):
    p = G.qc_patient(); a = addrs(G, lang)
    adr = f"{G.r.randint(10, 2999)}, {G.c(STREETS_QC)}, app. {G.r.randint(1, 12)}, {G.c(CITIES_QC)}"
    if lang == "fr":
        subj = G.c(["Demande SAD", "Soins à domicile", "Référence CLSC"])
        body = (f"Bonjour,\n\nDemande de suivi SAD pour {G.pname(p, lang)}, {G.fmt_nam(p['nam'])}, au {adr}. Pansement plaie "
                f"sacrée 3x/sem et {G.c(['injection', 'prise de sang', 'suivi glycémie'])}. {G.il(p, lang).capitalize()} vit seul{'e' if p['sex'] == 'F' else ''}, code porte 1234.\n\nMerci")
        ty = ["patient_name", "ramq_nam", "patient_contact", "diagnosis"]
    else:
        subj = G.c(["Home care referral", "CLSC home visit request"])
        body = (f"Hello,\n\nRequesting home care for {G.pname(p, lang)} at {adr}, phone {G.phone()}. Needs sacral wound dressing 3x/wk. "
                f"Lives alone.\n\nThanks")
        ty = ["patient_name", "patient_contact", "diagnosis"]
    return fin(G, lang, a, "homecare_request", subj, body, ty, "home-care request with patient name and home address")


def p_transport(G, lang):
    p = G.qc_patient(); a = addrs(G, lang)
    adr = f"{G.r.randint(10, 2999)} {G.c(STREETS_QC)}, {G.c(CITIES_QC)}"
    d = G.date()
    if lang == "fr":
        subj = "Transport adapté " + d.strftime("%d/%m")
        body = f"Bonjour,\n\nTransport requis pour {p['surname']} {p['given']} le {d.strftime('%d/%m')} {d.strftime('%H:%M')}, départ du domicile {adr} vers hémodialyse. Fauteuil roulant.\nTél. : {G.phone()}"
    else:
        subj = "Transport request " + d.strftime("%b %d")
        body = f"Hi,\n\nPlease arrange transport for {p['given']} {p['surname']} on {d.strftime('%b %d')} {d.strftime('%H:%M')} from home ({adr}) to dialysis. Wheelchair.\nPhone: {G.phone()}"
    return fin(G, lang, a, "transport_request", subj, body, ["patient_name", "patient_contact", "diagnosis"], "transport booking with patient name, address, dialysis")


def p_social(G, lang):
    p = G.qc_patient(); a = addrs(G, lang)
    sit_fr = G.c(["signalement à la DPJ pour les enfants", "perte de logement, hébergement d'urgence demandé",
                  "violence conjugale rapportée, plan de sécurité fait", "demande d'aide sociale en cours",
                  "statut d'immigration précaire, pas de couverture RAMQ pour le conjoint", "suivi en dépendance (CRD)"])
    sit_en = G.c(["report made to youth protection (DPJ) re children", "lost housing, emergency shelter requested",
                  "disclosed intimate partner violence, safety plan done", "income support application pending",
                  "recently released from detention, probation officer involved", "followed at addiction services"])
    if lang == "fr":
        subj = G.c(["Suivi psychosocial", "Note T.S.", "Situation sociale"]) + f" - {p['surname']}"
        body = f"Bonjour,\n\nPour {G.pname(p, lang)} (DDN {G.dob_fmt(p['dob'], lang)}) : {sit_fr}. Je reste disponible.\n\n"
    else:
        subj = G.c(["Psychosocial f/u", "SW note", "Social situation"]) + f" - {p['surname']}"
        body = f"Hi,\n\nRe {G.pname(p, lang)} (DOB {G.dob_fmt(p['dob'], lang)}): {sit_en}. I'll keep you posted.\n\n"
    return fin(G, lang, a, "social_work", subj, body, ["patient_name", "date_of_birth", "social_information"], "social worker note about a named patient's social situation")


def p_billing(G, lang):
    p = G.qc_patient(); a = addrs(G, lang, to_dom="assurancevie-plus.example")
    sin = G.sin(); sinf = G.fmt_digits(sin, [3, 3, 3])
    if lang == "fr":
        subj = G.c(["Réclamation assurance", "Facturation non-résident", "Formulaire invalidité"])
        body = (f"Bonjour,\n\nPour la réclamation de {G.pname(p, lang)}, NAS {sinf}, hospitalisation du {G.date().strftime('%d/%m')} "
                f"({G.c(DX_FR)}). Le formulaire signé suivra.\n\nService de la facturation")
    else:
        subj = G.c(["Insurance claim", "Disability form", "Billing query"])
        body = f"Hello,\n\nClaim for {G.pname(p, lang)}, SIN {sinf}, admitted {G.date().strftime('%b %d')} for {G.c(DX_EN)}. Signed form to follow.\n\nBilling Office"
    return fin(G, lang, a, "insurance_billing", subj, body, ["patient_name", "ca_sin", "diagnosis"], "insurance claim with patient SIN and diagnosis")


def p_research(G, lang):
    p = G.qc_patient(); a = addrs(G, lang)
    sid = f"ETU-{G.r.randint(100, 999)}-{G.r.randint(10, 99)}"
    if lang == "fr":
        subj = f"Étude {G.c(['CARDIO-Q', 'DIAB-NORD', 'ONCO-LAU'])} - participant {sid}"
        body = f"Bonjour,\n\nLe participant {sid} ({p['given']} {p['surname']}, dossier {G.mrn()}) a eu un EIG : hospitalisation pour {G.c(DX_FR)}. Visite 3 à reporter.\n\nCoordination de recherche"
    else:
        subj = f"{G.c(['HEART-ON', 'KIDNEY-2', 'ONCO-7'])} study - subject {sid}"
        body = f"Hi,\n\nSubject {sid} ({p['given']} {p['surname']}, MRN {G.mrn()}) had an SAE: admitted for {G.c(DX_EN)}. Visit 3 to be rescheduled.\n\nResearch coordinator"
    return fin(G, lang, a, "research_coordination", subj, body, ["patient_name", "mrn", "diagnosis"], "research SAE naming the participant with chart number")


def p_incident(G, lang):
    p = G.qc_patient(); a = addrs(G, lang, external=False)
    if lang == "fr":
        subj = "Rapport AH-223 - chute"
        body = f"Bonjour,\n\nChute de {G.pname(p, lang)}, ch. {G.r.randint(1, 40)}, {G.mrn()}, nuit du {G.date().strftime('%d/%m')}. Sous {G.c(MEDS)}. Pas de fracture à la radio. Famille avisée.\n"
    else:
        subj = "Incident report - patient fall"
        body = f"Hi,\n\nFall: {G.pname(p, lang)}, rm {G.r.randint(1, 40)}, chart {G.mrn()}, overnight {G.date().strftime('%b %d')}. On {G.c(MEDS)}. X-ray neg. Family aware.\n"
    return fin(G, lang, a, "incident_report", subj, body, ["patient_name", "mrn", "medication"], "incident report on a named patient's fall")


def p_subject_only(G, lang):
    p = G.qc_patient(); a = addrs(G, lang)
    if lang == "fr":
        subj = f"{p['surname'].upper()} {p['given']} {G.fmt_nam(p['nam'])} - {G.c(['résultats IRM', 'biopsie', 'suivi VIH', 'psychiatrie'])}"
        body = G.c(["Voir ci-dessous, merci de rappeler.", "Pour info.", "Merci de faire suivre au Dr."])
    else:
        subj = f"{p['given']} {p['surname']} RAMQ {G.fmt_nam(p['nam'])} - {G.c(['MRI results', 'biopsy', 'HIV f/u', 'psych'])}"
        body = G.c(["FYI, pls call back.", "See above.", "Please forward to Dr."])
    return fin(G, lang, a, "subject_only", subj, body, ["patient_name", "ramq_nam", "diagnosis"], "patient name, NAM and exam in the Subject only")


def p_split(G, lang):
    p = G.qc_patient(); a = addrs(G, lang)
    if lang == "fr":
        subj = f"Suivi {p['surname']}"
        body = f"Bonjour,\n\nSon {G.c(['HbA1c', 'RNI', 'bilan hépatique'])} est revenu anormal, {G.c(['HbA1c 11,2 %', 'RNI 4,8', 'ALT 410'])}. Peux-tu {'la' if p['sex'] == 'F' else 'le'} rappeler ? DDN {G.dob_fmt(p['dob'], lang)}.\n"
    else:
        subj = f"F/u {p['surname']}"
        body = f"Hi,\n\n{'Her' if p['sex'] == 'F' else 'His'} {G.c(['A1c', 'INR', 'LFTs'])} came back abnormal ({G.c(['A1c 11.2%', 'INR 4.8', 'ALT 410'])}). Can you call back? DOB {G.dob_fmt(p['dob'], lang)}.\n"
    return fin(G, lang, a, "split_subject_body", subj, body, ["patient_name", "date_of_birth", "lab_result"], "surname in subject, lab result and DOB in body")


def p_quoted(G, lang):
    p = G.qc_patient(); a = addrs(G, lang)
    idt, ty = ident_qc(G, p, lang)
    if lang == "fr":
        orig = f"Bonjour,\nPeux-tu vérifier pour {G.pname(p, lang)} ({idt}), admis{'e' if p['sex'] == 'F' else ''} pour {G.c(DX_FR)} ?"
        top = G.c(["C'est fait.", "Ok, réglé", "Vu, merci!"])
        subj = "RE: RE: vérification"
    else:
        orig = f"Hi,\nCan you check on {G.pname(p, lang)} ({idt}), admitted with {G.c(DX_EN)}?"
        top = G.c(["Done.", "ok all set", "Seen, thx!"])
        subj = "RE: RE: quick check"
    body = top + "\n\n" + quote(orig, lang, f"{a['g2']} {a['s2']}", when_str(G, lang))
    return fin(G, lang, a, "quoted_reply", subj, body, ty + ["patient_name", "diagnosis"], "short reply; patient data only in quoted text")


def p_inline_fwd(G, lang):
    p = G.qc_patient(); a = addrs(G, lang)
    t, v = G.c(LABS)
    inner = (f"Résultat pour {p['surname']}, {p['given']} ({G.fmt_nam(p['nam'])}) : {t} {v}." if lang == "fr"
             else f"Result for {p['surname']}, {p['given']} ({G.fmt_nam(p['nam'])}): {t} {v}.")
    top = "Pour ton suivi, voir plus bas." if lang == "fr" else "FYI see below for your f/u."
    body = top + "\n\n" + inline_fwd(inner, lang, "labo@biolab-quebec.example", a["frm"], "Résultat" if lang == "fr" else "Result", when_str(G, lang))
    return fin(G, lang, a, "inline_forward", ("TR: " if lang == "fr" else "Fwd: ") + ("Résultat" if lang == "fr" else "Result"),
               body, ["patient_name", "ramq_nam", "lab_result"], "inline forward of a lab result with patient identity")


def p_xlsx_roster(G, lang):
    a = addrs(G, lang)
    rows = []
    for _ in range(G.r.randint(4, 9)):
        p = G.qc_patient()
        rows.append((p["surname"], p["given"], p["dob"], p["nam"], G.c(DX_FR if lang == "fr" else DX_EN)))
    hdr = ["Nom", "Prénom", "DDN", "NAM", "Dx"] if lang == "fr" else ["Last", "First", "DOB", "RAMQ", "Dx"]
    kind = G.c(["xlsx", "csvzip", "csv"])
    if kind == "xlsx":
        att = ("liste_patients.xlsx", "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", make_xlsx(hdr, rows))
    elif kind == "csv":
        att = ("export.csv", "text", "csv", make_csv(hdr, rows))
    else:
        att = ("export.zip", "application", "zip", make_zip([("export_patients.csv", make_csv(hdr, rows))]))
    subj = G.c(["Liste demandée", "Export", "Fichier pour la réunion"]) if lang == "fr" else G.c(["Requested list", "Export", "File for the meeting"])
    body = "Bonjour,\n\nVoici le fichier demandé.\n" if lang == "fr" else "Hi,\n\nAttached is the file you asked for.\n"
    return fin(G, lang, a, "patient_list_attachment", subj, body, ["patient_name", "date_of_birth", "ramq_nam", "diagnosis"],
               f"generic body; {kind} attachment listing patients with NAM and diagnoses", atts=[att])


def p_ics(G, lang):
    p = G.qc_patient(); a = addrs(G, lang)
    st = G.date().replace(tzinfo=None)
    summ = f"{'RDV' if lang == 'fr' else 'Appt'} {p['surname']} {p['given']} - {G.c(['chimio C3', 'IRM', 'suivi post-op'])}"
    desc = (f"Patient(e) : {p['given']} {p['surname']}, dossier {G.mrn()}. Tél. {G.phone()}" if lang == "fr"
            else f"Patient: {p['given']} {p['surname']}, chart {G.mrn()}. Phone {G.phone()}")
    ics = make_ics(summ, desc, st, "Clinique externe", f"evt-{G.msg_i}@chu-exemple.example")
    subj = "Invitation : " + ("rendez-vous" if lang == "fr" else "appointment")
    body = "Invitation envoyée par l'agenda." if lang == "fr" else "Invitation sent from calendar."
    return fin(G, lang, a, "calendar_invite", subj, body, ["patient_name", "mrn", "patient_contact"],
               "calendar invitation whose event names the patient and treatment", atts=[("invite.ics", "text", "calendar", ics)])


def p_vcard(G, lang):
    p = G.qc_patient(); a = addrs(G, lang)
    adr = f"{G.r.randint(10, 999)} {G.c(STREETS_QC)}, {G.c(CITIES_QC)}"
    note = (f"Patiente soins palliatifs à domicile, NAM {p['nam']}" if lang == "fr" else f"Palliative home care client, RAMQ {p['nam']}")
    v = make_vcf(f"{p['given']} {p['surname']}", p["given"], p["surname"], G.phone(), adr, note)
    subj = "Coordonnées" if lang == "fr" else "Contact card"
    body = "Voici la fiche pour la visite de demain." if lang == "fr" else "Here's the contact for tomorrow's visit."
    return fin(G, lang, a, "vcard_patient", subj, body, ["patient_name", "patient_contact", "ramq_nam", "diagnosis"],
               "vCard of a home-care patient with address and NAM", atts=[(f"{p['surname']}.vcf", "text", "vcard", v)])


def p_eml_att(G, lang):
    p = G.qc_patient(); a = addrs(G, lang)
    inner_body = (f"Bonjour,\n{G.pname(p, lang)} ({G.fmt_nam(p['nam'])}) a manqué son RDV en {G.c(['psychiatrie', 'oncologie', 'néphrologie'])}. À rappeler.\n"
                  if lang == "fr" else
                  f"Hi,\n{G.pname(p, lang)} ({G.fmt_nam(p['nam'])}) no-showed to {G.c(['psychiatry', 'oncology', 'nephrology'])}. Please call back.\n")
    inner = inner_eml(G, "secretariat@chu-exemple.example", a["frm"].split("<")[1].rstrip(">"),
                      "RDV manqué" if lang == "fr" else "Missed appt", inner_body)
    subj = ("TR: RDV manqué" if lang == "fr" else "Fwd: Missed appt")
    body = "Voir le message joint." if lang == "fr" else "See attached message."
    return fin(G, lang, a, "forward_as_attachment", subj, body, ["patient_name", "ramq_nam", "diagnosis"],
               "forward as attached .eml about a named patient's missed specialty appt", atts=[("message.eml", "message", "rfc822", inner)])


def p_disguised(G, lang):
    p = G.qc_patient(); a = addrs(G, lang)
    n = p["nam"]
    dis = G.c([" ".join(n), f"{n[:4]} / {n[4:8]} / {n[8:]}", f"{n[:4].lower()}-{n[4:6]}-{n[6:8]}-{n[8:]}", f"{n[:6]}\n{n[6:]}"])
    if lang == "fr":
        subj = "question dossier"
        body = f"Salut,\n\nJe l'écris espacé pour que le filtre bloque pas : {dis}\nC'est {'la dame' if p['sex'] == 'F' else 'le monsieur'} de la {G.c(['chambre 12', 'civière 4'])}, {G.c(DX_FR)}. Tu peux regarder ?\n"
    else:
        subj = "chart question"
        body = f"Hey,\n\nspacing it out so the filter doesn't catch it: {dis}\nIt's the pt in {G.c(['bed 12', 'stretcher 4'])}, {G.c(DX_EN)}. Can you take a look?\n"
    return fin(G, lang, a, "disguised_identifier", subj, body, ["ramq_nam", "diagnosis"], "NAM deliberately broken up, with diagnosis")


def p_fullwidth(G, lang):
    p = G.qc_patient(); a = addrs(G, lang)
    mrn = G.fullwidth(G.mrn())
    if lang == "fr":
        subj = f"Dossier {mrn}"
        body = f"Bonjour,\n\nPour {p['given']} {p['surname']}, no dossier {mrn}, {G.c(DX_FR)} — merci d'envoyer les images.\n"
    else:
        subj = f"Chart {mrn}"
        body = f"Hello,\n\nFor {p['given']} {p['surname']}, chart {mrn}, {G.c(DX_EN)} — please send the images.\n"
    return fin(G, lang, a, "fullwidth_mrn", subj, body, ["patient_name", "mrn", "diagnosis"], "chart number in full-width digits with name", charset="utf-8")


def p_belgium(G, lang):
    p = G.foreign_patient("be"); a = addrs(G, "fr", to_dom=G.c(["chu-liege.example", "hopital-namur.example"]))
    niss = G.c([p["niss"], f"{p['niss'][:2]}.{p['niss'][2:4]}.{p['niss'][4:6]}-{p['niss'][6:9]}.{p['niss'][9:]}"])
    if lang == "fr":
        subj = "Lettre de sortie - transfert Québec"
        body = (f"Chère Consœur, cher Confrère,\n\nJe vous adresse {G.title(p, lang)} {p['given']} {p['surname']} (NISS {niss}), né{'e' if p['sex'] == 'F' else ''} le {p['dob']}, "
                f"hospitalisé{'e' if p['sex'] == 'F' else ''} pour {G.c(DX_FR)}. Traitement : {G.c(MEDS)}.\n\nBien confraternellement,")
        ty = ["be_niss", "patient_name", "date_of_birth", "diagnosis", "medication"]
    else:
        subj = "Transfer from Liège - records"
        body = f"Dear colleague,\n\nPatient {p['given']} {p['surname']}, Belgian NISS {niss}, transferring to your service for {G.c(DX_EN)}.\n\nBest,"
        ty = ["be_niss", "patient_name", "diagnosis"]
    return fin(G, lang, a, "belgium_transfer", subj, body, ty, "Belgian patient with NISS and diagnosis")


def p_france(G, lang):
    p = G.foreign_patient("fr"); a = addrs(G, "fr", to_dom=G.c(["chu-lyon.example", "aphp-exemple.example"]))
    nir = p["nir"]
    nirf = G.c([nir, f"{nir[0]} {nir[1:3]} {nir[3:5]} {nir[5:7]} {nir[7:10]} {nir[10:13]} {nir[13:]}"])
    if lang == "fr":
        subj = "Courrier de liaison"
        body = f"Cher confrère,\n\n{G.title(p, lang)} {p['surname']} {p['given']}, n° sécu {nirf}, suivi{'e' if p['sex'] == 'F' else ''} pour {G.c(DX_FR)}, s'installe au Québec. Dossier joint sur demande.\n\nConfraternellement,"
    else:
        subj = "Patient moving from Lyon"
        body = f"Dear Dr {a['s2']},\n\n{p['given']} {p['surname']} (French NIR {nirf}) followed here for {G.c(DX_EN)} is relocating to Quebec.\n\nKind regards,"
    return fin(G, lang, a, "france_liaison", subj, body, ["fr_nir", "patient_name", "diagnosis"], "French patient with NIR and diagnosis")


def p_ontario(G, lang):
    p = G.foreign_patient("on"); a = addrs(G, "en", to_dom=G.c(["ottawa-general.example", "kingston-hsc.example"]))
    hn = p["hn"]
    hnf = G.c([hn, f"{hn[:4]}-{hn[4:7]}-{hn[7:]}", f"{hn[:4]} {hn[4:7]} {hn[7:]} {G.c(['AB', 'KX', 'ZT'])}"])
    if lang == "en":
        subj = G.c(["Repatriation to Ottawa", "Transfer - OHIP patient"])
        body = f"Hi,\n\n{p['given']} {p['surname']}, OHIP {hnf}, DOB {p['dob']}, ready for repatriation; dx {G.c(DX_EN)}. Bed confirmed?\n\nThanks,"
        ty = ["ca_health_number", "patient_name", "date_of_birth", "diagnosis"]
    else:
        subj = "Rapatriement Ontario"
        body = f"Bonjour,\n\n{p['given']} {p['surname']}, carte santé Ontario {hnf}, prêt{'e' if p['sex'] == 'F' else ''} pour transfert ; dx {G.c(DX_FR)}.\n\nMerci,"
        ty = ["ca_health_number", "patient_name", "diagnosis"]
    return fin(G, lang, a, "ontario_transfer", subj, body, ty, "Ontario patient with health number and diagnosis")


def p_shared_surname(G, lang):
    p = G.qc_patient(); a = addrs(G, lang)
    if lang == "fr":
        subj = f"Dr {p['surname']} / patient {p['surname']}"
        body = f"Attention : à ne pas confondre, le patient {p['given']} {p['surname']} (dossier {G.mrn()}) n'est pas parent avec le Dr {p['surname']} de cardio. Son écho montre {G.c(['FEVG 25 %', 'sténose aortique sévère'])}.\n"
    else:
        subj = f"Dr {p['surname']} vs pt {p['surname']}"
        body = f"Heads up: patient {p['given']} {p['surname']} (MRN {G.mrn()}) is not related to Dr. {p['surname']} in cardiology. Echo shows {G.c(['EF 25%', 'severe AS'])}.\n"
    return fin(G, lang, a, "shared_surname", subj, body, ["patient_name", "mrn", "lab_result"], "patient sharing a physician's surname, with chart and echo result")


def p_chsld(G, lang):
    p = G.qc_patient(); a = addrs(G, lang)
    if lang == "fr":
        subj = "CHSLD - admission"
        body = f"Bonjour,\n\n{G.pname(p, lang)}, {G.r.randint(75, 99)} ans, admis{'e' if p['sex'] == 'F' else ''} à l'unité 2 hier. {G.c(DX_FR)}, niveau de soins C. Curatelle publique en cours. NAM {G.fmt_nam(p['nam'])}.\n"
        ty = ["patient_name", "ramq_nam", "diagnosis", "social_information"]
    else:
        subj = "LTC admission"
        body = f"Hi,\n\n{G.pname(p, lang)} admitted to unit 2 yesterday. {G.c(DX_EN)}, level of care C, public curator involved. RAMQ {G.fmt_nam(p['nam'])}.\n"
        ty = ["patient_name", "ramq_nam", "diagnosis", "social_information"]
    return fin(G, lang, a, "ltc_admission", subj, body, ty, "long-term care admission with NAM, diagnosis, curatorship")


def p_html_table(G, lang):
    a = addrs(G, lang, external=False)
    rows = []
    for _ in range(3):
        p = G.qc_patient()
        rows.append(f"<tr><td>{p['surname']}, {p['given']}</td><td>{G.mrn()}</td><td>{esc(G.c(DX_FR if lang == 'fr' else DX_EN))}</td></tr>")
    html = ("<html><body><p>" + ("Bonjour, patients en attente de lit :" if lang == "fr" else "Hi, patients waiting for a bed:") +
            "</p><table border=1><tr><th>Nom</th><th>Dossier</th><th>Dx</th></tr>" + "".join(rows) + "</table></body></html>")
    txt = re.sub("<[^>]+>", " ", html)
    return fin(G, lang, a, "bed_board_html", "Attente de lits" if lang == "fr" else "Bed board", txt,
               ["patient_name", "mrn", "diagnosis"], "HTML table of patients waiting for beds", html=html, mode="html")


POSITIVE = [p_referral, p_consult_reply, p_signout, p_booking, p_critical, p_discharge_att, p_medrec, p_homecare,
            p_transport, p_social, p_billing, p_research, p_incident, p_subject_only, p_split, p_quoted, p_inline_fwd,
            p_xlsx_roster, p_ics, p_vcard, p_eml_att, p_disguised, p_fullwidth, p_belgium, p_france, p_ontario,
            p_shared_surname, p_chsld, p_html_table]


# ---------------- negatives
def n_staff_schedule(G, lang):
    a = addrs(G, lang, external=False)
    rows = []
    pool = STAFF_FR if lang == "fr" else STAFF_EN
    for g, s in G.r.sample(pool, 5):
        emp = G.r.randint(100000, 999999)
        if lang == "fr":
            rows.append(f"{s.upper()} {g[0]}. #{emp} - {G.c(['J', 'S', 'N'])} {G.c(['4B', '6A', 'SI', 'Urg'])} - {G.c(['remplace', 'TS', 'formation', 'congé'])}")
        else:
            rows.append(f"{s}, {g} emp#{emp} - {G.c(['D', 'E', 'N'])} {G.c(['5W', 'ICU', 'ED'])} - {G.c(['covering', 'OT', 'orientation', 'off'])}")
    subj = (G.c(["Horaire semaine", "Liste de garde infirmières", "Relève personnel"]) if lang == "fr"
            else G.c(["Staffing for the week", "Nursing schedule", "Call schedule"]))
    body = ("Bonjour à tous,\n\nVoici les changements :\n\n" if lang == "fr" else "Hi all,\n\nChanges below:\n\n") + "\n".join(rows)
    return fin(G, lang, a, "staff_schedule", subj, body, [], "staff schedule with employee numbers; no patients")


def n_hr_sick(G, lang):
    a = addrs(G, lang, external=False)
    g, s, r = G.staff(lang)
    if lang == "fr":
        subj = "Absence - " + f"{g} {s}"
        body = f"Bonjour,\n\n{g} {s} ({r}) sera en congé maladie jusqu'au {G.date().strftime('%d/%m')} ({G.c(['grippe', 'chirurgie du genou', 'COVID'])}). Merci de prévoir le remplacement.\n\nRH"
    else:
        subj = f"Leave - {g} {s}"
        body = f"Hi,\n\n{g} {s} ({r}) is on sick leave until {G.date().strftime('%b %d')} ({G.c(['flu', 'knee surgery', 'COVID'])}). Please arrange coverage.\n\nHR"
    return fin(G, lang, a, "hr_leave", subj, body, [], "staff member's sick leave (HR)")


def n_training(G, lang):
    a = addrs(G, lang, external=False)
    if lang == "fr":
        subj = G.c(["Formation RCR obligatoire", "Formation PDSB", "Capsule : prévention des chutes"])
        body = f"Bonjour,\n\nLa formation aura lieu le {G.date().strftime('%d/%m')} à la salle {G.r.randint(100, 499)}. Inscription sur l'intranet. 3 h reconnues.\n"
    else:
        subj = G.c(["Mandatory BLS recert", "Fall prevention e-learning", "ACLS session"])
        body = f"Hello,\n\nSession on {G.date().strftime('%b %d')} in room {G.r.randint(100, 499)}. Register on the intranet. 3 CE credits.\n"
    return fin(G, lang, a, "training", subj, body, [], "staff training notice")


def n_newsletter(G, lang):
    a = addrs(G, lang)
    if lang == "fr":
        subj = "Infolettre clinique - " + G.c(["diabète", "insuffisance cardiaque", "MPOC"])
        body = ("Dans ce numéro :\n- Nouvelles lignes directrices Diabète Canada\n- La metformine et la fonction rénale : quand ajuster ?\n"
                "- Capsule : reconnaître le délirium chez l'aîné\n\nPour vous désabonner, répondez STOP.")
    else:
        subj = "Clinical newsletter - " + G.c(["diabetes", "heart failure", "COPD"])
        body = ("In this issue:\n- Updated Diabetes Canada guidelines\n- SGLT2 inhibitors in HFrEF: what's new\n- Recognizing delirium in older adults\n\nTo unsubscribe reply STOP.")
    return fin(G, lang, a, "newsletter", subj, body, [], "newsletter about diseases and drugs", mode=G.c(["alt", "html"]))


def n_stats(G, lang):
    a = addrs(G, lang, external=False)
    n1, n2 = G.r.randint(5, 60), G.r.randint(2, 20)
    if lang == "fr":
        subj = "Tableau de bord hebdo"
        body = f"Bonjour,\n\nCette semaine : {n1} patients diabétiques vus en clinique, {n2} cas d'influenza à l'unité 4B, DMS {G.r.randint(5, 12)},{G.r.randint(0, 9)} j, taux d'occupation {G.r.randint(85, 120)} %.\n"
    else:
        subj = "Weekly dashboard"
        body = f"Hi,\n\nThis week: {n1} ED visits for chest pain, {n2} influenza cases on 5W, ALOS {G.r.randint(5, 12)}.{G.r.randint(0, 9)} d, occupancy {G.r.randint(85, 120)}%.\n"
    atts = []
    if G.r.random() < 0.5:
        atts = [("indicateurs.xlsx", "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 make_xlsx(["Unité", "Admissions", "DMS"], [(u, G.r.randint(20, 90), G.r.randint(4, 14)) for u in ["4B", "6A", "SI", "Urg"]]))]
    return fin(G, lang, a, "statistics", subj, body, [], "aggregate statistics only", atts=atts)


def n_invoice(G, lang):
    a = addrs(G, lang)
    inv = f"F-{G.r.randint(100000, 999999)}"
    luhn = G.sin()  # a 9-digit number passing Luhn, used as a supplier account number
    lines = [f"Facture {inv}" if lang == "fr" else f"Invoice {inv}", f"Compte fournisseur : {luhn}",
             f"Gants nitrile M x 50 boîtes ... {G.r.randint(200, 900)},00 $", f"Lot {G.r.randint(1000000, 9999999)}",
             "TPS 5 % / TVQ 9,975 %"]
    subj = (f"Facture {inv}" if lang == "fr" else f"Invoice {inv}")
    body = ("Bonjour,\n\nVeuillez trouver ci-jointe la facture. Paiement net 30 jours. BC " if lang == "fr"
            else "Hello,\n\nPlease find the invoice attached. Net 30. PO ") + f"{G.r.randint(4500000000, 4599999999)}.\n"
    return fin(G, lang, a, "invoice", subj, body, [], "supplier invoice with account/PO/lot numbers",
               atts=[("facture.pdf", "application", "pdf", make_pdf("FACTURE" if lang == "fr" else "INVOICE", lines))])


def n_conference(G, lang):
    a = addrs(G, lang)
    sp = [G.staff(lang) for _ in range(3)]
    if lang == "fr":
        topics = ["Hépatite C : vers l'élimination", "Prise en charge de l'insuffisance cardiaque", "Démence et troubles du comportement"]
        body = "Programme du colloque régional :\n\n" + "\n".join(f"{9 + i}h00 - Dr {g} {s} : {t}" for i, ((g, s, _), t) in enumerate(zip(sp, topics))) + "\n\nInscription : 75 $"
        subj = "Programme - Colloque régional de médecine"
    else:
        topics = ["Hepatitis C elimination", "Managing heart failure in primary care", "Dementia with behaviours"]
        body = "Grand Rounds programme:\n\n" + "\n".join(f"{9 + i}:00 - Dr. {g} {s}: {t}" for i, ((g, s, _), t) in enumerate(zip(sp, topics))) + "\n\nCME credits available."
        subj = "Grand Rounds programme"
    return fin(G, lang, a, "conference_programme", subj, body, [], "speakers next to disease topics")


def n_job(G, lang):
    a = addrs(G, lang)
    if lang == "fr":
        subj = "Affichage de poste - " + G.c(["infirmière clinicienne", "préposé aux bénéficiaires", "technicien en pharmacie"])
        body = f"Poste permanent temps complet, {G.c(SERV_FR)}. Échelle salariale selon convention. Affichage no {G.r.randint(2026000, 2026999)}. Date limite : {G.date().strftime('%d/%m')}."
    else:
        subj = "Job posting - " + G.c(["Registered Nurse", "Unit Clerk", "Pharmacy Technician"])
        body = f"Full-time permanent, {G.c(SERV_EN)}. Posting #{G.r.randint(2026000, 2026999)}. Apply by {G.date().strftime('%b %d')}."
    return fin(G, lang, a, "job_posting", subj, body, [], "job posting", mode=G.c(["alt", "plain"]))


def n_it(G, lang):
    a = addrs(G, lang, external=False)
    if lang == "fr":
        subj = G.c(["Panne NAS - lecteur partagé", "Maintenance DSQ ce soir", "Panne Wi-Fi bloc B", "Migration Windows 11"])
        body = (f"Bonjour,\n\nLe NAS {G.c(['nas-02', 'NAS-ARCH-01'])} (S/N {G.r.randint(10**9, 10**10)}) sera indisponible de 22 h à 2 h. "
                f"Billet #{G.r.randint(100000, 999999)}. Poste {G.r.randint(4000, 4999)} pour urgence.\n\nDRI - Centre de services")
    else:
        subj = G.c(["NAS outage - shared drive", "Downtime tonight", "Wi-Fi outage Wing B", "Password reset reminder"])
        body = f"Hi,\n\nThe NAS (asset #{G.r.randint(100000, 999999)}) will be offline 22:00-02:00. Ticket INC{G.r.randint(1000000, 9999999)}.\n\nIT Service Desk"
    return fin(G, lang, a, "it_notice", subj, body, [], "IT outage / NAS storage notice")


def n_facilities(G, lang):
    a = addrs(G, lang, external=False)
    if lang == "fr":
        subj = G.c(["Stationnement P3 fermé", "Cafétéria - menu de la semaine", "Coupure d'eau aile C", "Déneigement"])
        body = f"Bonjour,\n\n{G.c(['Le stationnement P3 sera fermé', 'La cafétéria ferme à 14 h', 'Coupure d eau prévue'])} le {G.date().strftime('%d/%m')}. Merci de votre compréhension.\n\nServices techniques, poste {G.r.randint(2000, 2999)}"
    else:
        subj = G.c(["Parking lot C closed", "Cafeteria menu", "Elevator 3 out of service", "Fire drill Thursday"])
        body = f"Hi all,\n\nFYI {G.c(['lot C is closed', 'cafeteria closes at 2 pm', 'elevator 3 is down'])} on {G.date().strftime('%b %d')}.\n\nFacilities"
    return fin(G, lang, a, "facilities", subj, body, [], "facilities notice")


def n_public_health(G, lang):
    a = addrs(G, lang)
    if lang == "fr":
        subj = "Bulletin santé publique - " + G.c(["rougeole", "influenza", "coqueluche"])
        body = f"Aux cliniciens,\n\n{G.r.randint(3, 40)} cas confirmés dans la région depuis 2 semaines. Vérifier le statut vaccinal, déclarer les cas suspects à la DSPublique au 450-555-{G.r.randint(1000, 9999)}.\n"
    else:
        subj = "Public health advisory - " + G.c(["measles", "influenza", "pertussis"])
        body = f"To clinicians,\n\n{G.r.randint(3, 40)} confirmed cases in the region over 2 weeks. Check immunization status; report suspected cases to 613-555-{G.r.randint(1000, 9999)}.\n"
    return fin(G, lang, a, "public_health_bulletin", subj, body, [], "public-health bulletin with aggregate counts")


def n_teaching(G, lang):
    a = addrs(G, lang)
    if lang == "fr":
        subj = "Cas clinique de la semaine"
        body = f"Un homme de {G.r.randint(50, 80)} ans se présente pour dyspnée progressive. TA 160/95, crépitants bilatéraux. BNP élevé.\nQuestion : quelle est votre prochaine étape ?\n\nRéponse vendredi."
    else:
        subj = "Case of the week"
        body = f"A {G.r.randint(20, 80)}-year-old woman presents with fever and confusion. Na 124. What's your differential?\n\nAnswer Friday."
    return fin(G, lang, a, "teaching_case", subj, body, [], "anonymised teaching case")


def n_vendor(G, lang):
    a = addrs(G, lang)
    imei = "35" + "".join(str(G.r.randint(0, 9)) for _ in range(12))
    imei += stdnum.luhn.calc_check_digit(imei)
    if lang == "fr":
        subj = "Avis de rappel - pompes volumétriques"
        body = f"Bonjour,\n\nRappel volontaire des pompes modèle VX-200, numéros de série {G.r.randint(10**7, 10**8)} à {G.r.randint(10**8, 10**9)}, lot {G.r.randint(100000, 999999)}. Téléphone cellulaire de remplacement IMEI {imei}.\n\nMediSupply"
    else:
        subj = "Field safety notice - infusion pumps"
        body = f"Hello,\n\nVoluntary recall of VX-200 pumps, serial {G.r.randint(10**7, 10**8)}, lot {G.r.randint(100000, 999999)}. Loaner phone IMEI {imei}.\n\nMediSupply"
    return fin(G, lang, a, "vendor_notice", subj, body, [], "vendor recall with serials, lot, IMEI")


def n_committee(G, lang):
    a = addrs(G, lang, external=False)
    d = G.date()
    if lang == "fr":
        subj = "Convocation - Comité de pharmacologie"
        body = f"Bonjour,\n\nLa prochaine rencontre aura lieu le {d.strftime('%d/%m')} à 12 h, salle du conseil.\nOrdre du jour :\n1. PV\n2. Ajout au formulaire : tirzépatide\n3. Varia\n"
    else:
        subj = "Notice - Pharmacy & Therapeutics Committee"
        body = f"Hello,\n\nNext meeting {d.strftime('%b %d')} at noon, boardroom.\nAgenda:\n1. Minutes\n2. Formulary: tirzepatide\n3. Other\n"
    atts = []
    if G.r.random() < 0.4:
        atts = [("reunion.ics", "text", "calendar", make_ics(subj, "Ordre du jour joint", d.replace(tzinfo=None), "Salle du conseil", f"cmt-{G.msg_i}@chu-exemple.example"))]
    return fin(G, lang, a, "committee_notice", subj, body, [], "committee notice", atts=atts)


def n_blank_form(G, lang):
    a = addrs(G, lang)
    lines = (["Nom du patient : ____________", "NAM : ____ ____ ____", "Date de naissance : __/__/____", "Diagnostic : ____________", "Signature du médecin : ______"]
             if lang == "fr" else ["Patient name: ____________", "Health card #: __________", "DOB: __/__/____", "Diagnosis: __________", "Physician signature: ______"])
    kind = G.c(["pdf", "docx"])
    att = ("formulaire_vierge." + kind, "application", "pdf" if kind == "pdf" else "vnd.openxmlformats-officedocument.wordprocessingml.document",
           make_pdf("Formulaire de demande", lines) if kind == "pdf" else make_docx("Formulaire de demande", lines))
    subj = "Nouveau formulaire de référence" if lang == "fr" else "New referral form template"
    body = ("Bonjour,\n\nVoici le nouveau gabarit à utiliser dès lundi. Merci de détruire les anciennes versions.\n" if lang == "fr"
            else "Hi,\n\nAttached is the new template to use starting Monday.\n")
    return fin(G, lang, a, "blank_form", subj, body, [], "blank form template", atts=[att])


def n_physician_disease(G, lang):
    a = addrs(G, lang)
    g, s, _ = G.staff(lang)
    if lang == "fr":
        subj = "Nouvelle clinique"
        body = f"Bonjour,\n\nLe Dr {g} {s}, hépatologue, ouvre une clinique de cirrhose et d'hépatite C les mardis. Références par le CRDS.\n"
    else:
        subj = "New clinic"
        body = f"Hi,\n\nDr. {g} {s}, our new endocrinologist, will run the diabetes and thyroid clinic on Tuesdays. Referrals via the central intake.\n"
    return fin(G, lang, a, "physician_announcement", subj, body, [], "physician named next to diseases treated")


def n_drug_bulletin(G, lang):
    a = addrs(G, lang)
    if lang == "fr":
        subj = "Bulletin pharmacie - pénurie"
        body = f"Pénurie d'amoxicilline suspension 250 mg/5 mL. DIN {G.r.randint(10**7, 10**8 - 1):08d}. Alternative : céfprozil. Pour les patients sous warfarine, surveiller le RNI.\n"
    else:
        subj = "Pharmacy bulletin - shortage"
        body = f"Shortage of amoxicillin 250 mg/5 mL, DIN {G.r.randint(10**7, 10**8 - 1):08d}. Alternative: cefprozil. Patients on warfarin: monitor INR.\n"
    return fin(G, lang, a, "drug_bulletin", subj, body, [], "drug shortage bulletin", mode=G.c(["html", "alt", "plain"]))


def n_quality(G, lang):
    a = addrs(G, lang, external=False)
    if lang == "fr":
        subj = "Indicateurs qualité T2"
        body = f"Taux de chutes : {G.r.randint(1, 5)},{G.r.randint(0, 9)}/1000 jours-présence. Plaies de pression : {G.r.randint(2, 9)} %. Hygiène des mains : {G.r.randint(60, 95)} %.\n"
    else:
        subj = "Q2 quality indicators"
        body = f"Falls: {G.r.randint(1, 5)}.{G.r.randint(0, 9)}/1000 patient-days. Pressure injuries: {G.r.randint(2, 9)}%. Hand hygiene: {G.r.randint(60, 95)}%.\n"
    return fin(G, lang, a, "quality_indicators", subj, body, [], "quality indicators, aggregates")


def n_thread(G, lang):
    a = addrs(G, lang)
    if lang == "fr":
        orig = "Est-ce qu'on garde la réunion de jeudi ou on la déplace ?"
        top = G.c(["Jeudi me va.", "Déplaçons à vendredi svp", "Ok pour moi"])
        subj = "RE: réunion jeudi"
    else:
        orig = "Are we still on for Thursday's meeting or should we move it?"
        top = G.c(["Thursday works.", "Can we move to Friday?", "Fine by me"])
        subj = "RE: Thursday meeting"
    body = top + "\n\n" + quote(orig, lang, f"{a['g2']} {a['s2']}", when_str(G, lang))
    return fin(G, lang, a, "admin_reply", subj, body, [], "admin reply thread")


def n_asset_list(G, lang):
    a = addrs(G, lang, external=False)
    rows = [(f"PC-{G.r.randint(10000, 99999)}", f"{G.r.randint(10**7, 10**8 - 1)}", G.c(SERV_FR if lang == 'fr' else SERV_EN),
             f"{G.r.randint(100000, 999999)}") for _ in range(6)]
    hdr = ["Poste", "No série", "Service", "Matricule employé"] if lang == "fr" else ["Asset", "Serial", "Dept", "Employee #"]
    body = ("Inventaire des postes à remplacer ci-joint.\n" if lang == "fr" else "Workstation refresh inventory attached.\n")
    return fin(G, lang, a, "asset_inventory", "Inventaire postes" if lang == "fr" else "Workstation inventory", body, [],
               "asset list with serial and employee numbers", atts=[("inventaire.csv", "text", "csv", make_csv(hdr, rows))])


def n_clinic_phones(G, lang):
    a = addrs(G, lang)
    lines = "\n".join(f"{s}: {G.phone()}" for s in G.r.sample(SERV_FR if lang == "fr" else SERV_EN, 5))
    subj = "Bottin téléphonique mis à jour" if lang == "fr" else "Updated phone directory"
    return fin(G, lang, a, "phone_directory", subj, lines, [], "clinic phone list")


def n_vendor_vcard(G, lang):
    a = addrs(G, lang)
    v = make_vcf("Alex Martin", "Alex", "Martin", "514-555-0199", "800 rue de l'Industrie, Laval", None, org="MediSupply (exemple)")
    subj = "Représentant MediSupply" if lang == "fr" else "MediSupply rep contact"
    body = "Voici la fiche de notre nouveau représentant." if lang == "fr" else "Here is our new sales rep's card."
    return fin(G, lang, a, "vendor_vcard", subj, body, [], "vendor representative vCard", atts=[("martin.vcf", "text", "vcard", v)])


def n_it_fwd_eml(G, lang):
    a = addrs(G, lang, external=False)
    inner = inner_eml(G, "servicedesk@chu-exemple.example", a["frm"].split("<")[1].rstrip(">"),
                      f"Billet INC{G.r.randint(1000000, 9999999)} résolu" if lang == "fr" else "Ticket resolved",
                      "Votre imprimante a été remplacée." if lang == "fr" else "Your printer has been replaced.")
    return fin(G, lang, a, "it_forward_attached", "TR: billet" if lang == "fr" else "Fwd: ticket",
               "Pour info." if lang == "fr" else "FYI.", [], "IT ticket forwarded as attachment",
               atts=[("billet.eml", "message", "rfc822", inner)])


def n_policy_pdf(G, lang):
    a = addrs(G, lang)
    lines = ["1. Objet", "2. Champ d'application", "3. Procédure de double vérification des opioïdes", "4. Responsabilités"]
    subj = "Politique révisée - administration des médicaments" if lang == "fr" else "Revised policy - medication administration"
    body = "Version révisée jointe pour commentaires d'ici vendredi." if lang == "fr" else "Revised version attached, comments by Friday."
    return fin(G, lang, a, "policy_document", subj, body, [], "policy document", atts=[("politique.pdf", "application", "pdf", make_pdf("Politique PHA-012", lines))])


def n_staff_roster_like_signout(G, lang):
    a = addrs(G, lang, external=False)
    rows = []
    for g, s in G.r.sample(STAFF_FR if lang == "fr" else STAFF_EN, 4):
        if lang == "fr":
            rows.append(f"Ch. {G.r.randint(1, 30)}-{G.r.randint(31, 40)} : {s.upper()} {g[0]}. (inf.) - {G.c(['MPOC', 'ICC', 'chir. ortho', 'isolement'])} secteur")
        else:
            rows.append(f"Rms {G.r.randint(1, 30)}-{G.r.randint(31, 40)}: {s}, {g} RN - {G.c(['COPD', 'CHF', 'ortho', 'isolation'])} pod")
    subj = "Assignations nuit" if lang == "fr" else "Night assignments"
    body = ("Assignations des infirmières par secteur :\n\n" if lang == "fr" else "Nurse assignments by pod:\n\n") + "\n".join(rows)
    return fin(G, lang, a, "nurse_assignments", subj, body, [], "nurse assignment roster by room block; staff only")


def n_belgium_admin(G, lang):
    a = addrs(G, "fr")
    if lang == "fr":
        subj = "Échange Liège-Québec - programme"
        body = f"Chers collègues,\n\nLa délégation du CHU de Liège arrivera le {G.date().strftime('%d/%m')}. Visite du service de gériatrie, puis table ronde sur le maintien à domicile. BCE {G.r.randint(100000000, 999999999)}.\n"
    else:
        subj = "Liège-Québec exchange - agenda"
        body = f"Dear colleagues,\n\nThe Liège delegation arrives on {G.date().strftime('%b %d')}. Tour of geriatrics, then a panel on home care.\n"
    return fin(G, lang, a, "partner_visit", subj, body, [], "partner institution visit agenda")


def n_budget(G, lang):
    a = addrs(G, lang, external=False)
    rows = [(G.c(SERV_FR), G.r.randint(100000, 5000000), G.r.randint(-50000, 50000)) for _ in range(5)]
    subj = "Suivi budgétaire P6" if lang == "fr" else "Budget follow-up P6"
    body = "Voir le fichier, écarts à expliquer d'ici le 15." if lang == "fr" else "See file; variances to explain by the 15th."
    return fin(G, lang, a, "budget", subj, body, [], "budget spreadsheet",
               atts=[("budget.xlsx", "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", make_xlsx(["Centre", "Budget", "Écart"], rows))])


NEGATIVE = [n_staff_schedule, n_hr_sick, n_training, n_newsletter, n_stats, n_invoice, n_conference, n_job, n_it,
            n_facilities, n_public_health, n_teaching, n_vendor, n_committee, n_blank_form, n_physician_disease,
            n_drug_bulletin, n_quality, n_thread, n_asset_list, n_clinic_phones, n_vendor_vcard, n_it_fwd_eml,
            n_policy_pdf, n_staff_roster_like_signout, n_belgium_admin, n_budget]


def p_records_release(G, lang):
    p = G.qc_patient(); a = addrs(G, lang)
    if lang == "fr":
        subj = f"Demande d'accès au dossier - {G.pname(p, lang)}"
        body = f"Bonjour Maître {a['s2']},\n\nNous avons reçu votre demande de copie du dossier {G.mrn()} (hospitalisation en {G.c(['psychiatrie', 'obstétrique', 'chirurgie'])}). Le consentement signé par {G.il(p, lang)} est requis avant l'envoi.\n\nArchives médicales"
    else:
        subj = f"Release of information - {G.pname(p, lang)}"
        body = f"Dear {a['s2']},\n\nWe received your request for a copy of chart {G.mrn()} ({G.c(['psychiatry', 'obstetrics', 'surgery'])} admission). A signed consent is required before release.\n\nHealth Records"
    return fin(G, lang, a, "records_release", subj, body, ["patient_name", "mrn", "diagnosis"], "release-of-information about a named patient's chart and type of stay")


def p_pharmacy_renewal(G, lang):
    p = G.qc_patient(); a = addrs(G, lang, to_dom="pharmacie-lacroix.example")
    if lang == "fr":
        subj = "Renouvellement ordonnance"
        body = f"Bonjour,\n\nOK pour renouveler {G.c(MEDS)} x 3 mois pour {p['surname']}, {p['given']}, NAM {G.fmt_nam(p['nam'])}. Cesser {G.c(MEDS)}.\n\nDr {a['s']}"
    else:
        subj = "Rx renewal"
        body = f"Hi,\n\nOK to renew {G.c(MEDS)} x 3 months for {p['surname']}, {p['given']}, RAMQ {G.fmt_nam(p['nam'])}. Stop {G.c(MEDS)}.\n\nDr {a['s']}"
    return fin(G, lang, a, "pharmacy_renewal", subj, body, ["patient_name", "ramq_nam", "medication"], "prescription renewal to community pharmacy with NAM")


POSITIVE += [p_records_release, p_pharmacy_renewal]


def n_research_admin(G, lang):
    a = addrs(G, lang)
    if lang == "fr":
        subj = "CER - approbation amendement 3"
        body = f"Bonjour,\n\nLe comité d'éthique a approuvé l'amendement 3 du protocole {G.c(['CARDIO-Q', 'DIAB-NORD'])}. Recrutement : {G.r.randint(10, 80)} participants sur {G.r.randint(90, 150)}. Nouveau formulaire de consentement (version 4.1) en pièce jointe sur le portail.\n"
    else:
        subj = "REB - amendment 3 approved"
        body = f"Hi,\n\nThe REB approved amendment 3 for {G.c(['HEART-ON', 'KIDNEY-2'])}. Enrolment: {G.r.randint(10, 80)} of {G.r.randint(90, 150)}. Updated ICF v4.1 on the portal.\n"
    return fin(G, lang, a, "research_admin", subj, body, [], "research ethics approval with enrolment totals")


def n_pharmacy_order(G, lang):
    a = addrs(G, lang)
    rows = "\n".join(f"DIN {G.r.randint(10**7, 10**8 - 1):08d}  {m.split(' ')[0]}  x{G.r.randint(2, 40)}" for m in G.r.sample(MEDS, 4))
    subj = "Commande grossiste" if lang == "fr" else "Wholesaler order"
    body = ("Bonjour,\n\nCommande de la semaine :\n" if lang == "fr" else "Hi,\n\nThis week's order:\n") + rows + f"\n\nCompte {G.r.randint(100000, 999999)}"
    return fin(G, lang, a, "pharmacy_order", subj, body, [], "drug order to wholesaler with DINs")


def n_records_procedure(G, lang):
    a = addrs(G, lang)
    if lang == "fr":
        subj = "Procédure - demandes d'accès au dossier"
        body = "Bonjour,\n\nRappel : toute demande de copie de dossier doit être accompagnée d'un consentement signé et d'une pièce d'identité. Délai de traitement : 20 jours. Frais selon le règlement.\n"
    else:
        subj = "Procedure - release of information requests"
        body = "Hi,\n\nReminder: all ROI requests need signed consent and ID. Turnaround 20 days. Fees per regulation.\n"
    return fin(G, lang, a, "records_procedure", subj, body, [], "health-records procedure, no patient")


NEGATIVE += [n_research_admin, n_pharmacy_order, n_records_procedure]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--seed", type=int, default=5505)
    ap.add_argument("--npos", type=int, default=110)
    ap.add_argument("--nneg", type=int, default=150)
    a = ap.parse_args()
    random.seed(a.seed)
    G = Gen(a.seed)
    out = a.out
    for sub in ("positive", "negative"):
        p = os.path.join(out, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    plan = []
    # round-robin through templates for coverage, alternating language
    for kind, pool, n in (("p", POSITIVE, a.npos), ("n", NEGATIVE, a.nneg)):
        order = []
        while len(order) < n:
            block = list(pool)
            G.r.shuffle(block)
            order += block
        order = order[:n]
        for i, fn in enumerate(order):
            lang = "fr" if (i + (0 if kind == "p" else 1)) % 2 == 0 else "en"
            plan.append((kind, fn, lang))
    labels = {}
    counters = {"p": 0, "n": 0}
    # interleave deterministically
    G.r.shuffle(plan)
    for kind, fn, lang in plan:
        G.msg_i += 1
        G.cur_kind = kind
        it = fn(G, lang)
        counters[kind] += 1
        sub = "positive" if kind == "p" else "negative"
        name = f"{sub}/{kind}{counters[kind]:03d}_{it['cat']}.eml"
        data = build_message(G, it)
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
        labels[name] = {"confidential": kind == "p", "types": sorted(set(it["types"])) if kind == "p" else [],
                        "lang": it["lang"], "note": it["note"]}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(labels.items())), f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    check(out)


def check(out):
    labels = json.load(open(os.path.join(out, "labels.json"), encoding="utf-8"))
    files = sorted(f"{s}/{n}" for s in ("positive", "negative") for n in os.listdir(os.path.join(out, s)))
    assert files == sorted(labels), "labels do not cover exactly the files"
    stats = {"pos": 0, "neg": 0, "lang": {}, "cat": {}, "transport": {}}
    h = hashlib.sha256()
    for fn in files:
        raw = open(os.path.join(out, fn), "rb").read()
        h.update(fn.encode() + b"\0" + raw + b"\0")
        m = email.message_from_bytes(raw, policy=email.policy.default)
        for part in m.walk():
            assert not part.defects, (fn, part.defects)
            if part.is_multipart():
                continue
            if part.get_content_type() == "message/rfc822":
                continue
            part.get_content()
        assert not m.defects, (fn, m.defects)
        lab = labels[fn]
        if lab["confidential"]:
            assert fn.startswith("positive/") and lab["types"], fn
            stats["pos"] += 1
        else:
            assert fn.startswith("negative/") and lab["types"] == [], fn
            stats["neg"] += 1
        stats["lang"][lab["lang"]] = stats["lang"].get(lab["lang"], 0) + 1
        cat = fn.split("_", 1)[1][:-4]
        stats["cat"][cat] = stats["cat"].get(cat, 0) + 1
        tr = [m.get_content_type(), str(m.get_content_charset() or "-")]
        crlf = b"\r\n" in raw
        for k in (m.get_content_type(), "crlf" if crlf else "lf"):
            stats["transport"][k] = stats["transport"].get(k, 0) + 1
        for part in m.walk():
            if not part.is_multipart():
                for k in ("cte:" + str(part.get("Content-Transfer-Encoding", "7bit")).lower(),
                          "charset:" + str(part.get_content_charset() or "-")):
                    stats["transport"][k] = stats["transport"].get(k, 0) + 1
    print(json.dumps(stats, indent=1, sort_keys=True, ensure_ascii=False))
    print("files:", len(files), "positives:", stats["pos"], "negatives:", stats["neg"])
    print("sha256:", h.hexdigest())


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    main()
