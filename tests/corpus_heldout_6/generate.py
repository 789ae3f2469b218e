#!/usr/bin/env python3
"""Seeded deterministic generator of synthetic outbound hospital mail (held-out corpus 6).
Usage: python generate.py [--out DIR] [--seed 9696]"""
import argparse, csv, datetime, email, email.policy, hashlib, io, json, os, random, shutil, sys, zipfile
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email import charset as ecs, encoders
from email.header import Header
from email.utils import formataddr, format_datetime
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir
from stdnum import luhn

HERE = os.path.dirname(os.path.abspath(__file__))
# The synthetic NAMs every blind writer was given, shared by the blind corpora in tests/blind_nams.txt.
NAMS_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, 'blind_nams.txt')
FIXED_ZIP_DT = (2026, 1, 5, 8, 0, 0)

# ------------------------------------------------------------------ data
def load_nams():
    out = []
    for line in open(NAMS_FILE, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        s, g, dob, sex, nam = line.split()
        out.append(dict(sur=s, given=g, dob=dob, sex=sex, nam=nam))
    return out

FR_GIVEN_F = ["Lucie", "Mélanie", "Chantal", "Isabelle", "Karine", "Nadia", "Hélène", "Julie", "Annie", "Maude"]
FR_GIVEN_M = ["Yves", "Stéphane", "Benoît", "Éric", "Mathieu", "Jean-Guy", "Réjean", "Sébastien", "Luc", "Normand"]
EN_GIVEN_F = ["Karen", "Heather", "Priya", "Megan", "Olivia", "Fatima", "Jennifer", "Grace", "Aisha", "Laura"]
EN_GIVEN_M = ["Kevin", "Raj", "Daniel", "Tyler", "Omar", "Steven", "Brian", "Ethan", "Wei", "Patrick"]
SURN = ["Tremblay", "Côté", "Bergeron", "Lavoie", "Pelletier", "Desjardins", "Ouimet", "Hébert", "Gingras", "Dubé",
        "Patel", "Nguyen", "O'Brien", "Kowalski", "Singh", "Campbell", "Murray", "Chen", "Ferreira", "Haddad",
        "Vandenberghe", "Peeters", "Janssens", "Dupont", "Lefèvre", "Moreau", "Girardin", "Mercier"]
STAFF_F = ["Dre Josiane Gravel", "Dre Hélène Ostiguy", "Dr Samir Benali", "Dr Félix Arsenault", "Dre Audrey Picard",
           "Dr Martin Lacasse", "Dre Nour Khalil", "Dr Alain Beaudry"]
STAFF_E = ["Dr. Rebecca Holt", "Dr. Anand Mehta", "Dr. Colin Fraser", "Dr. Sarah Lindqvist", "Dr. Michael Osei",
           "Dr. Julia Park", "Dr. Thomas Reid", "Dr. Leah Goldberg"]
CLERKS = [("Manon Ricard", "mricard"), ("Sylvie Proulx", "sproulx"), ("Kim Tran", "ktran"), ("Jessica Boyle", "jboyle"),
          ("Patrick Lemay", "plemay"), ("Nathalie Brisson", "nbrisson"), ("Dana Whitfield", "dwhitfield"),
          ("Karine Lévesque", "klevesque"), ("Amir Saleh", "asaleh"), ("Linda McKay", "lmckay")]
DOM_IN = ["chu-exemple.example", "cisss-laurentides-exemple.example", "hopital-riverside.example", "csss-est.example"]
DOM_ON = ["ottawa-health-net.example", "kingston-gh.example"]
DOM_OUT = ["clinique-st-denis.example", "gmf-boisbriand.example", "pharmacie-lacroix.example", "radiologie-nord.example",
           "transport-adapte.example", "soins-domicile.example", "assurances-beaulieu.example", "labo-medic.example",
           "familyhealthteam.example", "carewellhome.example", "chu-liege-exemple.example", "ch-lille-exemple.example",
           "univ-recherche.example", "fournisseur-medic.example", "gmail.example", "videotron.example"]
STREETS_FR = ["rue des Érables", "boul. Saint-Joseph", "rue Principale", "ch. du Lac", "av. Papineau", "rue Notre-Dame"]
STREETS_EN = ["Maple Ave", "Bank St", "Sherbrooke St W", "Elgin Rd", "Princess St", "Lakeshore Dr"]
CITIES_QC = ["Montréal", "Laval", "Saint-Jérôme", "Gatineau", "Longueuil", "Sherbrooke"]
CITIES_ON = ["Ottawa", "Kingston", "Cornwall", "Brockville"]

DX_FR = ["MPOC exacerbée", "IC décompensée", "pneumonie lobaire D", "cellulite jambe G", "FA rapide", "IRA sur IRC",
         "diabète type 2 mal contrôlé", "AVC ischémique sylvien G", "pyélonéphrite", "dépression majeure",
         "fracture hanche D", "néo du sein G", "delirium", "hémorragie digestive haute"]
DX_EN = ["COPD exacerbation", "CHF exacerbation", "community-acquired pneumonia", "left leg cellulitis", "AFib with RVR",
         "AKI on CKD", "poorly controlled T2DM", "ischemic stroke", "pyelonephritis", "major depressive disorder",
         "hip fracture", "breast cancer", "delirium", "upper GI bleed"]
MEDS = ["apixaban 5 mg BID", "metformine 500 mg BID", "furosémide 40 mg DIE", "hydromorphone 1 mg q4h PRN",
        "warfarine 3 mg", "insuline glargine 22 U HS", "sertraline 100 mg", "pipéracilline-tazo 4,5 g q8h",
        "méthadone 60 mg DIE", "prednisone 40 mg", "quétiapine 25 mg HS", "vancomycine 1 g q12h"]
SOCIAL_FR = ["signalement DPJ en cours", "vit seule, risque d'éviction du logement", "victime de violence conjugale, hébergée en maison d'aide",
             "prestataire de l'aide sociale, pas de revenu depuis 3 mois", "suivi en dépendance (CRD) pour alcool",
             "garde partagée contestée en cour", "demandeur d'asile, statut non régularisé", "sortie récente de détention"]
SOCIAL_EN = ["CAS (children's aid) involved, report filed", "no fixed address, staying at shelter", "disclosed intimate partner violence",
             "on ODSP, cannot afford meds", "followed by addiction services for opioids", "custody dispute ongoing",
             "refugee claimant, no OHIP yet", "recently released from correctional facility"]

# ------------------------------------------------------------------ id helpers
def gen_sin(r):
    while True:
        b = str(r.choice([1, 2, 3, 4, 5, 6, 7])) + "".join(str(r.randint(0, 9)) for _ in range(7))
        s = b + luhn.calc_check_digit(b)
        if ca_sin.is_valid(s):
            return s

def gen_on_hn(r):
    while True:
        b = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
        s = b + luhn.calc_check_digit(b)
        if luhn.is_valid(s):
            return s

def gen_niss(r, dob, sex):
    y, m, d = dob.split("-")
    while True:
        seq = r.randint(1, 997)
        if (seq % 2 == 1) != (sex == "M"):
            continue
        base = y[2:] + m + d + "%03d" % seq
        n = int(base) if int(y) < 2000 else int("2" + base)
        chk = 97 - n % 97
        s = base + "%02d" % chk
        if be_nn.is_valid(s):
            return s

def gen_nir(r, dob, sex):
    y, m, d = dob.split("-")
    while True:
        dept = "%02d" % r.choice([59, 62, 75, 69, 13, 33])
        base = ("1" if sex == "M" else "2") + y[2:] + m + dept + "%03d" % r.randint(1, 990) + "%03d" % r.randint(1, 999)
        s = base + "%02d" % (97 - int(base) % 97)
        if fr_nir.is_valid(s):
            return s

def gen_mrn(r):
    shape = r.randint(0, 4)
    if shape == 0:
        return "%07d" % r.randint(1000000, 9999999)
    if shape == 1:
        return "%08d" % r.randint(10000000, 99999999)
    if shape == 2:
        return r.choice(["H", "M", "R", "CH"]) + "%07d" % r.randint(0, 9999999)
    if shape == 3:
        return "%d-%06d" % (r.randint(10, 99), r.randint(0, 999999))
    return "MRN%06d" % r.randint(0, 999999)

FW = str.maketrans("0123456789", "０１２３４５６７８９")
def disguise(r, s):
    k = r.randint(0, 4)
    if k == 0:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if k == 1:
        return ".".join(s[i:i + 3] for i in range(0, len(s), 3))
    if k == 2:
        return s.translate(FW)
    if k == 3:
        return "-".join(s)
    return "/".join(s[i:i + 4] for i in range(0, len(s), 4))

def fmt_nam(r, nam):
    k = r.randint(0, 3)
    return [nam, nam[:4] + " " + nam[4:8] + " " + nam[8:], nam.lower(), nam[:4] + "-" + nam[4:8] + "-" + nam[8:]][k]

def fmt_dob(r, dob, lang):
    y, m, d = dob.split("-")
    k = r.randint(0, 2)
    if k == 0:
        return dob
    if k == 1:
        return f"{d}/{m}/{y}"
    return f"{d}-{m}-{y}" if lang == "fr" else f"{m}/{d}/{y}"

# ------------------------------------------------------------------ context
class Ctx:
    def __init__(self, r, nams):
        self.r = r
        self.nams = nams
        self.nam_i = 0

    def nam_patient(self):
        p = self.nams[self.nam_i % len(self.nams)]
        self.nam_i += 1
        return dict(p)

    def other_patient(self, lang):
        r = self.r
        sex = r.choice("MF")
        if lang == "fr":
            g = r.choice(FR_GIVEN_F if sex == "F" else FR_GIVEN_M)
        else:
            g = r.choice(EN_GIVEN_F if sex == "F" else EN_GIVEN_M)
        dob = "%04d-%02d-%02d" % (r.randint(1932, 2020), r.randint(1, 12), r.randint(1, 28))
        return dict(sur=r.choice(SURN), given=g, dob=dob, sex=sex, nam=None)

    def patient(self, lang, region="qc"):
        if region == "qc" and self.r.random() < 0.6:
            return self.nam_patient()
        return self.other_patient(lang)

def age(dob):
    y, m, d = map(int, dob.split("-"))
    a = 2026 - y - ((m, d) > (11, 15))
    return a

def staff(r, lang):
    return r.choice(STAFF_F if lang == "fr" else STAFF_E)

def sender(r, lang, region):
    n, u = r.choice(CLERKS)
    d = r.choice(DOM_ON) if region == "on" else r.choice(DOM_IN)
    return n, f"{u}@{d}"

def recip(r, kind="out"):
    if kind == "in":
        return r.choice(["Équipe", "Team", "Secrétariat", "Admin"]), r.choice(["equipe-medecine", "admin", "secretariat",
                                                                               "tous", "nursing-4b", "it-support"]) + "@" + r.choice(DOM_IN)
    return "", r.choice(["info", "reception", "dr.m", "rdv", "admissions", "triage", "coord", "a.lemieux", "k.shaw"]) + "@" + r.choice(DOM_OUT)

def sig(r, lang, region, name):
    if lang == "fr":
        org = r.choice(["CHU Exemple — Hôpital Saint-Luc-Exemple", "CISSS des Laurentides (exemple)", "CSSS de l'Est (exemple)"]) \
            if region == "qc" else r.choice(["CHU de Liège (exemple)", "CH de Lille (exemple)"])
        ph = "514 555-%04d" % r.randint(0, 9999) if region == "qc" else "+32 4 555 %02d %02d" % (r.randint(0, 99), r.randint(0, 99))
        disc = r.choice(["", "\nAVIS DE CONFIDENTIALITÉ : ce courriel peut contenir des renseignements confidentiels. Si vous l'avez reçu par erreur, veuillez le détruire et aviser l'expéditeur.",
                         "\nPensez à l'environnement avant d'imprimer ce courriel."])
        return f"\n\n--\n{name}\n{r.choice(['Agente administrative', 'Infirmière clinicienne', 'Coordonnatrice', 'Technicienne en administration', 'Pharmacien', 'Travailleuse sociale'])}\n{org}\nTél. : {ph}{disc}\n"
    org = r.choice(["Ottawa Health Network (example)", "Kingston General (example)"]) if region == "on" else \
        r.choice(["Riverside Hospital (example)", "CHU Exemple - Saint-Luc site (example)"])
    ph = "613 555-%04d" % r.randint(0, 9999) if region == "on" else "514 555-%04d" % r.randint(0, 9999)
    disc = r.choice(["", "\nCONFIDENTIALITY NOTICE: This e-mail may contain privileged information. If received in error, please notify the sender and delete.",
                     "\nSent from my mobile device"])
    return f"\n\n--\n{name}\n{r.choice(['Unit Clerk', 'RN, BScN', 'Patient Flow Coordinator', 'Booking Clerk', 'PharmD', 'MSW, RSW'])}\n{org}\nTel: {ph}{disc}\n"

# ------------------------------------------------------------------ attachments
def norm_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for it in sorted(zin.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(it.filename, FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            data = zin.read(it.filename)
            if it.filename == "docProps/core.xml":
                import re
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", b"2026-01-05T08:00:00Z", data)
            zo.writestr(zi, data)
    return out.getvalue()

def make_pdf(title, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    y = 740
    c.setFont("Helvetica-Bold", 13)
    c.drawString(60, y, title)
    c.setFont("Helvetica", 10)
    for ln in lines:
        y -= 16
        if y < 60:
            c.showPage(); c.setFont("Helvetica", 10); y = 740
        c.drawString(60, y, ln)
    c.showPage(); c.save()
    return buf.getvalue()

def make_docx(title, lines):
    import docx
    d = docx.Document()
    d.core_properties.created = datetime.datetime(2026, 1, 5, 8, 0, 0)
    d.core_properties.modified = datetime.datetime(2026, 1, 5, 8, 0, 0)
    d.core_properties.last_modified_by = "x"
    d.core_properties.author = "x"
    d.add_heading(title, 1)
    for ln in lines:
        d.add_paragraph(ln)
    b = io.BytesIO(); d.save(b)
    return norm_zip(b.getvalue())

def make_xlsx(title, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title[:30]
    for row in rows:
        ws.append(row)
    wb.properties.created = datetime.datetime(2026, 1, 5, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2026, 1, 5, 8, 0, 0)
    wb.properties.creator = "x"
    b = io.BytesIO(); wb.save(b)
    return norm_zip(b.getvalue())

def make_csv(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\r\n")
    for row in rows:
        w.writerow(row)
    return s.getvalue().encode("utf-8")

def make_ics(summary, desc, start, uid):
    st = start.strftime("%Y%m%dT%H%M%S")
    en = (start + datetime.timedelta(minutes=45)).strftime("%Y%m%dT%H%M%S")
    desc = desc.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    summary = summary.replace(",", "\\,").replace(";", "\\;")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Exemple//Agenda//FR", "METHOD:REQUEST", "BEGIN:VEVENT",
             f"UID:{uid}", "DTSTAMP:20260105T080000Z", f"DTSTART:{st}", f"DTEND:{en}", f"SUMMARY:{summary}",
             f"DESCRIPTION:{desc}", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")

def make_vcf(name, tel, adr, note):
    fam, giv = name
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{fam};{giv};;;", f"FN:{giv} {fam}", f"TEL;TYPE=HOME:{tel}",
             f"ADR;TYPE=HOME:;;{adr};;;;", f"NOTE:{note}", "END:VCARD"]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")

def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_DT); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return out.getvalue()

MIME_OF = {"pdf": ("application", "pdf"), "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
           "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "csv": ("text", "csv"),
           "ics": ("text", "calendar"), "vcf": ("text", "vcard"), "zip": ("application", "zip")}

# ------------------------------------------------------------------ message building
def text_part(text, subtype, cs, cte):
    p = MIMENonMultipart("text", subtype, charset=cs)
    if cte == "8bit":
        p.set_payload(text.encode(cs).decode("ascii", "surrogateescape"))
        p["Content-Transfer-Encoding"] = "8bit"
    else:
        c = ecs.Charset(cs)
        c.body_encoding = ecs.QP if cte == "quoted-printable" else ecs.BASE64
        c.header_encoding = ecs.QP
        p.set_payload(text, c)
    return p

def to_html(text, cs="utf-8"):
    import html
    paras = html.escape(text).split("\n\n")
    return "<html><head><meta charset=\"" + cs + "\"></head><body style=\"font-family:Calibri,Arial\">" + \
        "".join("<p>" + p.replace("\n", "<br>\n") + "</p>\n" for p in paras) + "</body></html>\n"

def hdr(v):
    try:
        v.encode("ascii"); return v
    except UnicodeEncodeError:
        return Header(v, "utf-8").encode()

def addr(name, a):
    return formataddr((name, a), charset="utf-8") if name else a

class Builder:
    def __init__(self, r):
        self.r = r
        self.bcount = 0

    def bnd(self):
        self.bcount += 1
        return "=_Part_%d_%08x" % (self.bcount, self.r.getrandbits(32))

    def build(self, m):
        r = self.r
        cs = m.get("charset") or r.choice(["utf-8"] * 5 + ["iso-8859-1", "windows-1252"])
        body = m["body"]
        try:
            body.encode(cs)
        except UnicodeEncodeError:
            cs = "utf-8"
        cte = m.get("cte") or r.choice(["quoted-printable", "base64", "8bit"])
        form = m.get("form") or r.choice(["plain"] * 5 + ["html", "alt", "alt"])
        if form == "plain":
            main = text_part(body, "plain", cs, cte)
        elif form == "html":
            main = text_part(to_html(body, cs), "html", cs, cte)
        else:
            main = MIMEMultipart("alternative", boundary=self.bnd())
            main.attach(text_part(body, "plain", cs, cte))
            main.attach(text_part(to_html(body, cs), "html", cs, cte))
        atts = m.get("atts", [])
        if atts:
            outer = MIMEMultipart("mixed", boundary=self.bnd())
            outer.attach(main)
            for a in atts:
                if a["kind"] == "eml":
                    p = MIMEMessage(a["msg"])
                    p.add_header("Content-Disposition", "attachment", filename=a["name"])
                else:
                    mt, st = MIME_OF[a["kind"]]
                    p = MIMEBase(mt, st)
                    p.set_payload(a["data"])
                    encoders.encode_base64(p)
                    p.add_header("Content-Disposition", "attachment", filename=a["name"])
                outer.attach(p)
            msg = outer
        else:
            msg = main
        msg["From"] = addr(*m["from"])
        msg["To"] = ", ".join(addr(*t) for t in m["to"])
        if m.get("cc"):
            msg["Cc"] = ", ".join(addr(*t) for t in m["cc"])
        msg["Subject"] = hdr(m["subject"])
        msg["Date"] = m["date"]
        msg["Message-ID"] = m["mid"]
        if m.get("irt"):
            msg["In-Reply-To"] = m["irt"]; msg["References"] = m["irt"]
        msg["MIME-Version"] = "1.0"
        # put MIME-Version etc. after headers order: fine
        crlf = m.get("crlf", r.random() < 0.35)
        pol = email.policy.compat32.clone(linesep="\r\n" if crlf else "\n")
        b = io.BytesIO()
        from email.generator import BytesGenerator
        BytesGenerator(b, policy=pol, mangle_from_=False).flatten(msg)
        return b.getvalue(), dict(form=form, cs=cs, cte=cte, crlf=crlf, atts=[a["kind"] for a in atts])

def small_msg(r, frm, to, subject, body, date, mid):
    p = text_part(body, "plain", "utf-8", "quoted-printable")
    p["From"] = addr(*frm); p["To"] = addr(*to); p["Subject"] = hdr(subject); p["Date"] = date; p["Message-ID"] = mid
    return p

# ------------------------------------------------------------------ thread helpers
def quote(r, lang, who, date, text):
    if lang == "fr":
        head = f"Le {date}, {who} a écrit :"
    else:
        head = f"On {date}, {who} wrote:"
    return "\n\n" + head + "\n" + "\n".join("> " + l if l else ">" for l in text.split("\n"))

def fwd_inline(lang, frm, date, subj, text):
    if lang == "fr":
        h = f"\n\n-------- Message transféré --------\nDe : {frm}\nDate : {date}\nObjet : {subj}\n\n"
    else:
        h = f"\n\n---------- Forwarded message ---------\nFrom: {frm}\nDate: {date}\nSubject: {subj}\n\n"
    return h + text


# ------------------------------------------------------------------ main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--seed", type=int, default=9696)
    ap.add_argument("--npos", type=int, default=120)
    ap.add_argument("--nneg", type=int, default=180)
    a = ap.parse_args()
    r = random.Random(a.seed)
    ctx = Ctx(r, load_nams())
    b = Builder(r)
    out = a.out
    for sub in ("positive", "negative"):
        if os.path.isdir(os.path.join(out, sub)):
            shutil.rmtree(os.path.join(out, sub))
        os.makedirs(os.path.join(out, sub))
    labels = {}
    stats = {"cat": {}, "lang": {}, "form": {}, "cs": {}, "cte": {}, "crlf": {}, "att": {}, "thread": {}}
    base = datetime.datetime(2026, 9, 1, 7, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-4)))
    def allocate(table, n):
        tot = sum(c[1] for c in table)
        q = [(c, n * c[1] / tot) for c in table]
        cnt = {c[0]: int(x) for c, x in q}
        rest = n - sum(cnt.values())
        for c, x in sorted(q, key=lambda cx: -(cx[1] - int(cx[1])))[:rest]:
            cnt[c[0]] += 1
        return [c for c in table for _ in range(cnt[c[0]])]
    plan = [(True, c) for c in allocate(POS, a.npos)] + [(False, c) for c in allocate(NEG, a.nneg)]
    r.shuffle(plan)
    langq = {}
    for conf, n in ((True, a.npos), (False, a.nneg)):
        fixed_fr = sum(1 for c, x in plan if c == conf and x[2] == "fr")
        free = sum(1 for c, x in plan if c == conf and len(x[2].split()) == 2)
        nfr = max(0, round(0.55 * n) - fixed_fr)
        q = ["fr"] * nfr + ["en"] * (free - nfr)
        r.shuffle(q)
        langq[conf] = q
    counters = {True: 0, False: 0}
    for conf, (cat, _, langs, fn) in plan:
        langs = langs.split()
        lang = langs[0] if len(langs) == 1 else langq[conf].pop()
        dt = base + datetime.timedelta(minutes=r.randint(0, 60 * 24 * 90))
        m = fn(r, ctx, lang, dt)
        m.setdefault("date", format_datetime(dt))
        m.setdefault("mid", "<%016x.%d@%s>" % (r.getrandbits(64), counters[conf], m["from"][1].split("@")[1]))
        data, tr = b.build(m)
        counters[conf] += 1
        fname = "%s%03d_%s.eml" % ("p" if conf else "n", counters[conf], cat)
        rel = ("positive/" if conf else "negative/") + fname
        with open(os.path.join(out, rel), "wb") as f:
            f.write(data)
        types = sorted(set(m["types"])) if conf else []
        labels[rel] = {"confidential": conf, "types": types, "lang": lang, "note": m["note"]}
        stats["cat"][cat] = stats["cat"].get(cat, 0) + 1
        stats["lang"][lang] = stats["lang"].get(lang, 0) + 1
        for k, v in (("form", tr["form"]), ("cs", tr["cs"]), ("cte", tr["cte"]), ("crlf", "CRLF" if tr["crlf"] else "LF"),
                     ("thread", m.get("thread", "none"))):
            stats[k][v] = stats[k].get(v, 0) + 1
        for k in tr["atts"]:
            stats["att"][k] = stats["att"].get(k, 0) + 1
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
    check(out, labels)
    print(json.dumps({"positives": counters[True], "negatives": counters[False], **stats}, indent=1, sort_keys=True))
    print("sha256", digest(out))

def check(out, labels):
    files = set()
    for sub in ("positive", "negative"):
        for fn in os.listdir(os.path.join(out, sub)):
            files.add(sub + "/" + fn)
    assert files == set(labels), "labels do not cover files"
    for rel, lab in labels.items():
        assert lab["confidential"] == rel.startswith("positive/")
        assert (len(lab["types"]) > 0) == lab["confidential"], rel
        raw = open(os.path.join(out, rel), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            assert not part.defects, (rel, part.defects)
            if part.is_multipart():
                continue
            if part.get_content_type() == "message/rfc822":
                continue
            if part.get_content_maintype() == "text":
                part.get_content()
            else:
                assert part.get_payload(decode=True)
        for k in ("From", "To", "Subject", "Date", "Message-ID"):
            assert msg[k], (rel, k)

def digest(out):
    h = hashlib.sha256()
    names = ["labels.json"] + sorted(
        s + "/" + f for s in ("positive", "negative") for f in os.listdir(os.path.join(out, s)))
    for n in names:
        h.update(n.encode() + b"\0")
        h.update(open(os.path.join(out, n), "rb").read())
    return h.hexdigest()

# ================================================================== category writers
def pid_line(r, p, lang, types, region="qc"):
    """identifier line for a patient; returns text and extends types"""
    bits = []
    if p.get("nam") and region == "qc":
        bits.append(("NAM " if lang == "fr" else "RAMQ ") + fmt_nam(r, p["nam"])); types.append("ramq_nam")
        p["_id"] = True
    if r.random() < 0.6 or not bits:
        mrn = gen_mrn(r); p["mrn"] = mrn
        bits.append(r.choice(["dossier ", "no dossier ", "# dossier ", "MRN ", "chart "] if lang == "fr" else ["MRN ", "chart# ", "Chart ", "hosp # "]) + mrn)
        types.append("mrn")
    if r.random() < 0.5:
        bits.append(("né" + ("e" if p["sex"] == "F" else "") + " le " if lang == "fr" else "DOB ") + fmt_dob(r, p["dob"], lang))
        types.append("date_of_birth")
    return ", ".join(bits)

def pname(r, p, lang):
    k = r.randint(0, 3)
    t = ("M. " if p["sex"] == "M" else "Mme ") if lang == "fr" else ("Mr. " if p["sex"] == "M" else "Ms. ")
    return [f"{p['given']} {p['sur']}", f"{p['sur'].upper()}, {p['given']}", t + p["sur"], f"{p['sur']} {p['given']}"][k]

def dx(r, lang):
    return r.choice(DX_FR if lang == "fr" else DX_EN)

def frm_to(r, lang, region, out=True):
    n, a = sender(r, lang, region)
    return (n, a), [recip(r, "out" if out else "in")], n

def addr_home(r, lang, region):
    if region == "on":
        return "%d %s, %s ON K%d%s 5%d%s" % (r.randint(10, 999), r.choice(STREETS_EN), r.choice(CITIES_ON), r.randint(1, 9), "AB"[r.randint(0, 1)], r.randint(0, 9), "XYZ"[r.randint(0, 2)] + str(r.randint(1, 9)))
    return "%d, %s, %s (QC) H%d%s %d%s%d" % (r.randint(10, 9999), r.choice(STREETS_FR if lang == "fr" else STREETS_EN), r.choice(CITIES_QC), r.randint(1, 9), "ABCGJ"[r.randint(0, 4)], r.randint(1, 9), "KLMN"[r.randint(0, 3)], r.randint(1, 9))

def home_phone(r, region):
    return ("613" if region == "on" else r.choice(["514", "450", "819"])) + " 555-%04d" % r.randint(0, 9999)

def region_for(r, lang):
    if lang == "en":
        return "on" if r.random() < 0.5 else "qc"
    return "qc"

# ---------------- positives
def p_referral(r, ctx, lang, dt):
    reg = region_for(r, lang); p = ctx.patient(lang, reg); t = ["patient_name", "diagnosis"]
    f, to, n = frm_to(r, lang, reg)
    ids = pid_line(r, p, lang, t, reg)
    if reg == "on" and r.random() < 0.7:
        ids += ", OHIP " + disguise(r, gen_on_hn(r)) if r.random() < 0.3 else ", HCN " + gen_on_hn(r); t.append("ca_health_number")
    d = dx(r, lang)
    if lang == "fr":
        subj = r.choice(["Demande de consultation", "Référence - " + r.choice(["cardio", "pneumo", "ortho", "onco"]), "réf urgente SVP"])
        body = f"Bonjour,\n\nSVP voir demande de consultation pour {pname(r, p, lang)} ({ids}).\nMotif : {d}. {r.choice(['Délai souhaité < 2 sem.', 'Priorité B.', 'Patient(e) très symptomatique.'])}\nDernière note et résultats à suivre par fax.\n\nMerci,"
    else:
        subj = r.choice(["Referral", "Consult request - " + r.choice(["cardiology", "respirology", "ortho", "oncology"]), "urgent referral pls"])
        body = f"Hi,\n\nPlease see referral for {pname(r, p, lang)} ({ids}).\nReason: {d}. {r.choice(['Requesting appt within 2 wks.', 'Priority B.', 'Quite symptomatic.'])}\nLast clinic note to follow by fax.\n\nThanks,"
    return dict(frm=None, **{"from": f}, to=to, subject=subj, body=body + sig(r, lang, reg, n), types=t, note="referral naming a patient with identifiers and reason")

def p_signout(r, ctx, lang, dt):
    reg = region_for(r, lang); t = ["patient_name", "diagnosis"]
    f, _, n = frm_to(r, lang, reg); to = [recip(r, "in")]
    rows = []
    for i in range(r.randint(3, 7)):
        p = ctx.patient(lang, reg); mrn = gen_mrn(r); t.append("mrn")
        bed = "%d%s-%02d" % (r.randint(2, 8), "ABC"[r.randint(0, 2)], r.randint(1, 30))
        todo = r.choice(["suivre K+ AM", "f/u cultures", "NPO minuit", "cesser anticoag", "rééval. delirium", "TDM demain", "titrer O2"]) if lang == "fr" else \
            r.choice(["f/u K+ in AM", "f/u cultures", "NPO at midnight", "hold anticoag", "reassess delirium", "CT tomorrow", "titrate O2"])
        rows.append(f"{bed}  {p['sur'].upper()} {p['given'][0]}.  {mrn}  {dx(r, lang)}  — {todo}")
    subj = r.choice(["Liste de relève nuit", "sign-out 4B", "relève garde"]) if lang == "fr" else r.choice(["Night sign-out", "Handover list 5W", "sign out tonight"])
    intro = "Voici la liste pour ce soir :\n\n" if lang == "fr" else "Here's tonight's list:\n\n"
    m = dict(to=to, subject=subj, types=t, note="handover list of inpatients with names, chart numbers, problems")
    m["from"] = f
    if r.random() < 0.35:
        data = make_xlsx("Releve", [["Lit", "Nom", "Dossier", "Dx", "À faire"]] + [x.split("  ") for x in rows])
        m["atts"] = [dict(kind="xlsx", name="releve.xlsx" if lang == "fr" else "signout.xlsx", data=data)]
        m["body"] = ("Liste en pj." if lang == "fr" else "List attached.") + sig(r, lang, reg, n)
        m["note"] = "handover spreadsheet of inpatients attached"
    else:
        m["body"] = intro + "\n".join(rows) + sig(r, lang, reg, n)
    return m

def p_booking(r, ctx, lang, dt):
    reg = region_for(r, lang); p = ctx.patient(lang, reg); t = ["patient_name"]
    f, to, n = frm_to(r, lang, reg)
    ids = pid_line(r, p, lang, t, reg)
    when = (dt + datetime.timedelta(days=r.randint(2, 30))).strftime("%d/%m %H:%M" if lang == "fr" else "%b %d %I:%M %p")
    exam = r.choice(["IRM lombaire", "coloscopie", "écho cardiaque", "TDM thorax", "clinique anticoag"]) if lang == "fr" else r.choice(["MRI L-spine", "colonoscopy", "echo", "CT chest", "anticoag clinic"])
    tel = home_phone(r, reg); t.append("patient_contact")
    if lang == "fr":
        subj = r.choice(["RDV à déplacer", "Prise de rendez-vous", "report rdv " + exam])
        body = f"Bonjour,\nPouvez-vous déplacer le rdv de {pname(r, p, lang)} ({ids}) pour {exam} prévu le {when}? {'La patiente' if p['sex'] == 'F' else 'Le patient'} ne peut pas se présenter. Joindre au {tel}.\nMerci"
    else:
        subj = r.choice(["Reschedule request", "Booking", "re-book " + exam])
        body = f"Hello,\nCould you rebook {pname(r, p, lang)} ({ids}) for {exam}, currently {when}? Unable to attend. Best contact {tel}.\nThx"
    m = dict(to=to, subject=subj, body=body + sig(r, lang, reg, n), types=t, note="rebooking request with patient name, contact, exam")
    m["from"] = f
    if r.random() < 0.4:
        start = (dt + datetime.timedelta(days=r.randint(2, 30))).replace(tzinfo=None, minute=0)
        m["atts"] = [dict(kind="ics", name="rdv.ics", data=make_ics(f"{exam} - {p['sur']} {p['given']}", ids, start, "%x@chu-exemple.example" % r.getrandbits(40)))]
        m["note"] = "booking with calendar invitation naming patient"
    return m

def p_lab(r, ctx, lang, dt):
    reg = region_for(r, lang); p = ctx.patient(lang, reg); t = ["patient_name", "lab_result"]
    f, to, n = frm_to(r, lang, reg)
    ids = pid_line(r, p, lang, t, reg)
    res = r.choice(["K+ 6,4 mmol/L", "Hb 68 g/L", "troponine 412 ng/L", "INR 5,8", "glucose 2,1 mmol/L", "Na 119", "créat 388 µmol/L", "hémoc + S. aureus"])
    crit = r.random() < 0.5
    if lang == "fr":
        subj = ("VALEUR CRITIQUE - " if crit else "Résultat à suivre - ") + (p["sur"] if r.random() < 0.5 else "labo")
        body = f"Dr,\n{'Valeur critique' if crit else 'Résultat'} pour {pname(r, p, lang)} ({ids}) : {res.replace('.', ',')}.\n{r.choice(['Médecin traitant non joignable, merci de rappeler le labo.', 'Prélevé ce matin.', 'Contrôle demandé.'])}"
    else:
        subj = ("CRITICAL VALUE - " if crit else "Result f/u - ") + (p["sur"] if r.random() < 0.5 else "lab")
        body = f"Dr,\n{'Critical value' if crit else 'Result'} for {pname(r, p, lang)} ({ids}): {res.replace(',', '.').replace('créat', 'creat')}.\n{r.choice(['Could not reach MRP, please call lab back.', 'Drawn this AM.', 'Repeat requested.'])}"
    m = dict(to=to, subject=subj, body=body + sig(r, lang, reg, n), types=t, note="lab/critical value for named patient")
    m["from"] = f
    return m

def p_discharge(r, ctx, lang, dt):
    reg = region_for(r, lang); p = ctx.patient(lang, reg); t = ["patient_name", "diagnosis", "medication"]
    f, to, n = frm_to(r, lang, reg)
    ids = pid_line(r, p, lang, t, reg)
    d = dx(r, lang); meds = r.sample(MEDS, 3)
    title = "Résumé de départ" if lang == "fr" else "Discharge summary"
    lines = [f"{'Patient' if lang == 'en' else 'Usager'}: {p['given']} {p['sur']}", ids, f"Dx: {d}"] + [("Rx: " + x) for x in meds] + [r.choice(["Suivi MD famille 2 sem.", "F/u GP 2 wks", "Retour à domicile avec SAD"])]
    m = dict(to=to, subject=title + (" " + p["sur"] if r.random() < 0.4 else ""), types=t, note="discharge summary with diagnosis and meds")
    m["from"] = f
    k = r.choice(["pdf", "docx", "inline"])
    if k == "inline":
        m["body"] = ("Bonjour, ci-dessous le résumé.\n\n" if lang == "fr" else "Hi, summary below.\n\n") + "\n".join(lines) + sig(r, lang, reg, n)
    else:
        data = make_pdf(title, lines) if k == "pdf" else make_docx(title, lines)
        m["atts"] = [dict(kind=k, name=("resume_depart." if lang == "fr" else "discharge.") + k, data=data)]
        m["body"] = ("Voir pièce jointe." if lang == "fr" else "Please see attached.") + sig(r, lang, reg, n)
        m["note"] = "discharge summary attached (" + k + ")"
    return m

def p_medrec(r, ctx, lang, dt):
    reg = region_for(r, lang); p = ctx.patient(lang, reg); t = ["patient_name", "medication"]
    f, to, n = frm_to(r, lang, reg)
    ids = pid_line(r, p, lang, t, reg)
    meds = "\n".join("- " + x for x in r.sample(MEDS, r.randint(2, 5)))
    if lang == "fr":
        body = f"Bonjour,\nBilan comparatif des médicaments pour {pname(r, p, lang)} ({ids}). Pouvez-vous confirmer la liste au dossier pharmacie svp?\n{meds}\n{'La patiente' if p['sex'] == 'F' else 'Le patient'} dit avoir cessé l'un d'eux."
        subj = r.choice(["BCM - confirmation", "Profil pharmaco", "liste rx"])
    else:
        body = f"Hi,\nMed rec for {pname(r, p, lang)} ({ids}). Could you confirm the community pharmacy profile?\n{meds}\nPt reports stopping one of these."
        subj = r.choice(["Med rec", "Pharmacy profile request", "BPMH"])
    m = dict(to=to, subject=subj, body=body + sig(r, lang, reg, n), types=t, note="medication reconciliation for named patient"); m["from"] = f
    return m

def p_homecare(r, ctx, lang, dt):
    reg = region_for(r, lang); p = ctx.patient(lang, reg); t = ["patient_name", "patient_contact"]
    f, to, n = frm_to(r, lang, reg)
    ad = addr_home(r, lang, reg); tel = home_phone(r, reg)
    transport = r.random() < 0.5
    if lang == "fr":
        subj = "Demande transport adapté" if transport else "Demande SAD - pansements"
        body = f"Bonjour,\n{'Transport requis' if transport else 'Visite infirmière à domicile requise'} pour {pname(r, p, lang)}, {ad}, tél. {tel}.\n{r.choice(['Fauteuil roulant.', 'Pansement plaie sacrum 3x/sem.', 'Dialyse lun-mer-ven 7h.', 'Oxygène portatif.'])}"
    else:
        subj = "Transport request" if transport else "Home care referral"
        body = f"Hi,\n{'Transport needed' if transport else 'Home nursing visit needed'} for {pname(r, p, lang)}, {ad}, phone {tel}.\n{r.choice(['Wheelchair.', 'Sacral wound dressing 3x/wk.', 'Dialysis MWF 7am.', 'Portable O2.'])}"
    if r.random() < 0.5:
        body += "\n" + pid_line(r, p, lang, t, reg)
    m = dict(to=to, subject=subj, body=body + sig(r, lang, reg, n), types=t, note="home care / transport with patient home address and phone"); m["from"] = f
    if r.random() < 0.3:
        m["atts"] = [dict(kind="vcf", name="contact.vcf", data=make_vcf((p["sur"], p["given"]), tel, ad.replace(",", " "), "usager SAD" if lang == "fr" else "home care client"))]
        m["note"] = "home care request with patient vCard"
    return m

def p_social(r, ctx, lang, dt):
    reg = region_for(r, lang); p = ctx.patient(lang, reg); t = ["patient_name", "social_information"]
    f, to, n = frm_to(r, lang, reg)
    soc = r.choice(SOCIAL_FR if lang == "fr" else SOCIAL_EN)
    ids = pid_line(r, p, lang, t, reg) if r.random() < 0.6 else f"{age(p['dob'])} {'ans' if lang == 'fr' else 'y/o'}"
    if lang == "fr":
        body = f"Bonjour,\nJe vous écris concernant {pname(r, p, lang)} ({ids}), {'hospitalisée' if p['sex'] == 'F' else 'hospitalisé'} à l'unité {r.randint(2, 8)}{'ABC'[r.randint(0, 2)]}. Situation : {soc}.\nPouvez-vous me rappeler pour planifier le congé?"
        subj = r.choice(["Service social - suivi", "Situation sociale", "TS - congé complexe"])
    else:
        body = f"Hello,\nWriting about {pname(r, p, lang)} ({ids}), admitted to unit {r.randint(2, 8)}{'ABC'[r.randint(0, 2)]}. Situation: {soc}.\nCan you call me to plan discharge?"
        subj = r.choice(["Social work f/u", "Complex discharge", "SW referral"])
    if lang == "en" and reg == "qc" and False:
        pass
    m = dict(to=to, subject=subj, body=body + sig(r, lang, reg, n), types=t, note="social work message on named patient's social situation"); m["from"] = f
    return m

def p_insurance(r, ctx, lang, dt):
    reg = region_for(r, lang); p = ctx.patient(lang, reg); t = ["patient_name"]
    f, to, n = frm_to(r, lang, reg)
    s = gen_sin(r); t.append("ca_sin")
    sf = r.choice([s, s[:3] + " " + s[3:6] + " " + s[6:], s[:3] + "-" + s[3:6] + "-" + s[6:]])
    if lang == "fr":
        body = f"Bonjour,\nSuite à votre demande d'invalidité, voici les renseignements de {'l’assurée' if p['sex'] == 'F' else 'l’assuré'} {pname(r, p, lang)}, NAS {sf}, {'hospitalisée' if p['sex'] == 'F' else 'hospitalisé'} le {dt:%d/%m} pour {dx(r, lang)}.\nFormulaire médical rempli ci-joint à venir."
        subj = r.choice(["Réclamation invalidité", "Dossier assurance", "Formulaire CNESST"])
    else:
        body = f"Hello,\nRe your disability claim: claimant {pname(r, p, lang)}, SIN {sf}, admitted {dt:%b %d} for {dx(r, lang)}.\nAttending physician statement to follow."
        subj = r.choice(["Disability claim", "Insurance file", "WSIB form"])
    t.append("diagnosis")
    m = dict(to=to, subject=subj, body=body + sig(r, lang, reg, n), types=t, note="insurance claim with patient SIN and diagnosis"); m["from"] = f
    return m

def p_europe(r, ctx, lang, dt):
    be = r.random() < 0.5; p = ctx.other_patient("fr"); t = ["patient_name", "diagnosis"]
    n, a = r.choice(CLERKS)[0], "secr.med@" + ("chu-liege-exemple.example" if be else "ch-lille-exemple.example")
    if be:
        num = gen_niss(r, p["dob"], p["sex"]); t.append("be_niss")
        numf = r.choice([num, f"{num[:2]}.{num[2:4]}.{num[4:6]}-{num[6:9]}.{num[9:]}"]); lab = "NISS"
    else:
        num = gen_nir(r, p["dob"], p["sex"]); t.append("fr_nir")
        numf = r.choice([num, f"{num[0]} {num[1:3]} {num[3:5]} {num[5:7]} {num[7:10]} {num[10:13]} {num[13:]}"]); lab = "NIR"
    body = f"Cher confrère,\n\nJe vous adresse {pname(r, p, 'fr')}, {lab} {numf}, pour suite de prise en charge ({dx(r, 'fr')}) lors de son séjour au Québec.\nCompte rendu d'hospitalisation ci-dessous.\n\nBien confraternellement,"
    m = dict(to=[("", "dr.m@" + r.choice(DOM_IN))], subject=r.choice(["Transfert de patient", "Courrier médical", "Suite de prise en charge"]),
             body=body + sig(r, "fr", "be", n), types=t, note="Belgian/French physician letter with NISS/NIR")
    m["from"] = (n, a)
    return m

def p_research(r, ctx, lang, dt):
    reg = region_for(r, lang); t = ["patient_name"]
    f, to, n = frm_to(r, lang, reg)
    rows = [["ID étude" if lang == "fr" else "Study ID", "Nom" if lang == "fr" else "Name", "DDN" if lang == "fr" else "DOB", "Dossier" if lang == "fr" else "MRN", "Visite" if lang == "fr" else "Visit"]]
    for i in range(r.randint(3, 8)):
        p = ctx.patient(lang, reg)
        rows.append(["ST-%03d" % r.randint(1, 300), f"{p['sur']}, {p['given']}", p["dob"], gen_mrn(r), "V%d" % r.randint(1, 6)])
    t += ["mrn", "date_of_birth"]
    k = r.choice(["csv", "xlsx"])
    data = make_csv(rows) if k == "csv" else make_xlsx("Recrutement", rows)
    body = ("Bonjour,\nCi-joint la liste de recrutement mise à jour pour le moniteur de l'étude. Svp ne pas diffuser." if lang == "fr" else
            "Hi,\nAttached is the updated enrolment log for the monitor visit. Please do not circulate.")
    m = dict(to=[("", "monitor@univ-recherche.example")], subject=r.choice(["Étude ACCORD-Q - recrutement", "Enrolment log", "Liste sujets"]),
             body=body + sig(r, lang, reg, n), types=t, note="research enrolment log re-identifying subjects (names, DOB, MRN)",
             atts=[dict(kind=k, name="recrutement." + k if lang == "fr" else "enrolment." + k, data=data)]); m["from"] = f
    if r.random() < 0.35:
        m["atts"] = [dict(kind="zip", name="export.zip", data=make_zip([("liste." + k, data), ("lisezmoi.txt", b"export\r\n")]))]
        m["note"] = "zipped enrolment log with identifiable subjects"
    return m

def p_incident(r, ctx, lang, dt):
    reg = region_for(r, lang); p = ctx.patient(lang, reg); t = ["patient_name"]
    f, to, n = frm_to(r, lang, reg, out=False)
    ids = pid_line(r, p, lang, t, reg)
    if lang == "fr":
        body = f"Rapport AH-223 : chute de {pname(r, p, lang)} ({ids}) à {r.randint(1, 23)}h, chambre {r.randint(200, 899)}. Sous {r.choice(MEDS)}. Pas de fracture au RX. Famille avisée."
        subj = "Déclaration d'incident/accident"
    else:
        body = f"Incident report: fall, {pname(r, p, lang)} ({ids}) at {r.randint(1, 23)}:00, room {r.randint(200, 899)}. On {r.choice(MEDS)}. X-ray neg for fracture. Family notified."
        subj = "Incident report - fall"
    t.append("medication")
    m = dict(to=[("", "qualite@" + r.choice(DOM_IN))], subject=subj, body=body + sig(r, lang, reg, n), types=t, note="incident report naming patient"); m["from"] = f
    return m

def p_subject_only(r, ctx, lang, dt):
    reg = region_for(r, lang); p = ctx.patient(lang, reg); t = ["patient_name"]
    f, to, n = frm_to(r, lang, reg)
    idv = p["nam"] if p.get("nam") else gen_mrn(r)
    t.append("ramq_nam" if p.get("nam") else "mrn")
    d = dx(r, lang); t.append("diagnosis")
    if r.random() < 0.5:
        subj = f"{p['sur']} {p['given']} {idv} - {d}"
        body = "Voir pj / svp rappeler." if lang == "fr" else "See below, pls call back."
        note = "patient name, identifier and diagnosis in Subject only"
    else:
        subj = f"{p['sur'].upper()} {idv}"
        body = (f"Résultat de biopsie reçu : {d}. Annonce à faire au prochain rdv." if lang == "fr" else f"Biopsy result back: {d}. Needs disclosure at next visit.")
        note = "identity in Subject, diagnosis in body"
    m = dict(to=to, subject=subj, body=body + sig(r, lang, reg, n), types=t, note=note, form="plain"); m["from"] = f
    return m

def p_disguised(r, ctx, lang, dt):
    p = ctx.nam_patient(); t = ["ramq_nam", "patient_name"]
    reg = "qc"; f, to, n = frm_to(r, lang, reg)
    nd = disguise(r, p["nam"]) if r.random() < 0.6 else p["nam"][:6] + "\n" + p["nam"][6:]
    d = dx(r, lang); t.append("diagnosis")
    if lang == "fr":
        body = f"Salut,\nJ'écris le numéro avec des espaces pour que le filtre ne bloque pas 😉\n{p['given']} {p['sur']} — {nd}\nSuivi pour {d}, peux-tu regarder son dossier?"
        subj = "petite question"
    else:
        body = f"Hey,\nSplitting the number so the email filter won't bounce it:\n{p['given']} {p['sur']} — {nd}\nF/u for {d}, can you check the chart?"
        subj = "quick q"
    m = dict(to=to, subject=subj, body=body + sig(r, lang, reg, n), types=t, note="RAMQ number deliberately obfuscated with patient name", charset="utf-8"); m["from"] = f
    return m

def p_reply(r, ctx, lang, dt):
    inner = r.choice([p_referral, p_lab, p_medrec, p_booking, p_social])(r, ctx, lang, dt)
    n0, a0 = inner["from"]
    reg = region_for(r, lang); n, a = sender(r, lang, reg)
    top = r.choice(["C'est fait, merci.", "Reçu, on le/la voit jeudi.", "Ok noté", "Je transmets au Dr."]) if lang == "fr" else \
        r.choice(["Done, thanks.", "Got it, we'll see them Thursday.", "ok noted", "Passing to Dr."])
    qd = (dt - datetime.timedelta(hours=r.randint(1, 40))).strftime("%Y-%m-%d %H:%M")
    body = top + sig(r, lang, reg, n) + quote(r, lang, f"{n0} <{a0}>", qd, inner["body"])
    return {"from": (n, a), "to": [(n0, a0)], "subject": ("RE: " if r.random() < 0.7 else "Re: ") + inner["subject"], "body": body,
            "types": inner["types"], "note": "reply on top of quoted thread; " + inner["note"], "thread": "reply",
            "irt": "<%x@%s>" % (r.getrandbits(48), a0.split("@")[1])}

def p_forward(r, ctx, lang, dt):
    inner = r.choice([p_discharge, p_lab, p_homecare, p_incident, p_insurance])(r, ctx, lang, dt)
    n0, a0 = inner["from"]
    reg = region_for(r, lang); n, a = sender(r, lang, reg)
    qd = (dt - datetime.timedelta(hours=r.randint(1, 40))).strftime("%a %d %b %Y %H:%M")
    top = r.choice(["Pour info / suivi svp.", "FYI", "Peux-tu t'en occuper?"]) if lang == "fr" else r.choice(["FYI", "Please action.", "Can you handle?"])
    m = {"from": (n, a), "to": [recip(r)], "subject": ("TR: " if lang == "fr" else "Fwd: ") + inner["subject"], "types": inner["types"]}
    if r.random() < 0.4 or inner.get("atts"):
        m["body"] = top + sig(r, lang, reg, n) + fwd_inline(lang, f"{n0} <{a0}>", qd, inner["subject"], inner["body"])
        m["atts"] = inner.get("atts", [])
        m["note"] = "inline forward; " + inner["note"]; m["thread"] = "fwd_inline"
    else:
        em = small_msg(r, inner["from"], inner["to"][0], inner["subject"], inner["body"], format_datetime(dt - datetime.timedelta(hours=3)), "<%x@x.example>" % r.getrandbits(48))
        m["body"] = top + sig(r, lang, reg, n)
        m["atts"] = [dict(kind="eml", name="message.eml", msg=em)]
        m["note"] = "forward as attached .eml; " + inner["note"]; m["thread"] = "fwd_attach"
    return m

def p_ontario(r, ctx, lang, dt):
    p = ctx.other_patient("en"); t = ["patient_name", "ca_health_number"]
    f, to, n = frm_to(r, "en", "on")
    hn = gen_on_hn(r); vc = "".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))
    hf = r.choice([hn, f"{hn[:4]}-{hn[4:7]}-{hn[7:]}", f"{hn[:4]} {hn[4:7]} {hn[7:]} {vc}", disguise(r, hn)])
    body = f"Hi team,\nOHIP check failed for {pname(r, p, 'en')}, HN {hf}, DOB {fmt_dob(r, p['dob'], 'en')}. Seen in ED for {dx(r, 'en')}. Can registration re-verify?"
    t += ["date_of_birth", "diagnosis"]
    m = dict(to=[("", "registration@" + r.choice(DOM_ON))], subject=r.choice(["OHIP validation", "HCN invalid?", "Registration fix"]),
             body=body + sig(r, "en", "on", n), types=t, note="Ontario health number with patient name"); m["from"] = f
    return m

def p_teaching_leak(r, ctx, lang, dt):
    # a "teaching case" that is not anonymised (hard positive)
    reg = region_for(r, lang); p = ctx.patient(lang, reg); t = ["patient_name", "diagnosis", "date_of_birth"]
    f, to, n = frm_to(r, lang, reg)
    if lang == "fr":
        body = f"Cas pour la présentation de jeudi : {p['given']} {p['sur']}, {'née' if p['sex'] == 'F' else 'né'} le {fmt_dob(r, p['dob'], 'fr')}, {'admise' if p['sex'] == 'F' else 'admis'} pour {dx(r, 'fr')}. Images en pj. J'anonymiserai plus tard."
        subj = "Cas clinique - club de lecture"
    else:
        body = f"Case for Thursday rounds: {p['given']} {p['sur']}, DOB {fmt_dob(r, p['dob'], 'en')}, admitted for {dx(r, 'en')}. Will de-identify before the slides."
        subj = "Case for rounds"
    m = dict(to=to, subject=subj, body=body + sig(r, lang, reg, n), types=t, note="teaching case that still names the patient"); m["from"] = f
    return m

POS = [
    ("referral", 10, "fr en", p_referral), ("signout_list", 7, "fr en", p_signout), ("booking", 9, "fr en", p_booking),
    ("lab_result", 8, "fr en", p_lab), ("discharge_summary", 6, "fr en", p_discharge), ("med_rec", 5, "fr en", p_medrec),
    ("homecare_transport", 6, "fr en", p_homecare), ("social_work", 5, "fr en", p_social), ("insurance", 4, "fr en", p_insurance),
    ("eu_letter", 4, "fr", p_europe), ("research_log", 3, "fr en", p_research), ("incident", 3, "fr en", p_incident),
    ("subject_only", 4, "fr en", p_subject_only), ("disguised_id", 3, "fr en", p_disguised), ("reply_thread", 7, "fr en", p_reply),
    ("forward", 6, "fr en", p_forward), ("ontario_hn", 6, "en", p_ontario), ("teaching_named", 2, "fr en", p_teaching_leak),
]
# ---------------- negatives
def _m(r, lang, reg, subj, body, note, to=None, out=False, **kw):
    f, t, n = frm_to(r, lang, reg, out=out)
    m = dict(to=to or t, subject=subj, body=body + sig(r, lang, reg, n), types=[], note=note, **kw); m["from"] = f
    return m

def n_hr(r, ctx, lang, dt):
    reg = region_for(r, lang); e = r.choice(FR_GIVEN_F + FR_GIVEN_M + EN_GIVEN_F) + " " + r.choice(SURN)
    if lang == "fr":
        b = r.choice([f"Bonjour,\n{e} sera en congé de maladie jusqu'au {dt + datetime.timedelta(days=14):%d/%m}. Merci de rediriger ses dossiers à l'équipe.\nMatricule employé : {r.randint(100000, 999999)}.",
                      f"Rappel : la formation obligatoire PDSB est le {dt:%d/%m} à 13h, salle B-204. Inscription auprès de {e}.",
                      f"Bonjour,\nVotre feuille de temps de la période {r.randint(1, 26)} n'est pas approuvée. Svp corriger avant jeudi."])
        s = r.choice(["Absence", "Formation PDSB", "Feuille de temps", "RH - rappel"])
    else:
        b = r.choice([f"Hi all,\n{e} is on sick leave until {dt + datetime.timedelta(days=14):%b %d}. Please redirect requests to the team.\nEmployee #{r.randint(100000, 999999)}.",
                      f"Reminder: mandatory WHMIS training {dt:%b %d} 1pm, room B-204. Register with {e}.",
                      f"Hello,\nYour timesheet for pay period {r.randint(1, 26)} is pending approval. Please fix by Thursday."])
        s = r.choice(["Absence", "WHMIS training", "Timesheet", "HR reminder"])
    return _m(r, lang, reg, s, b, "staff HR notice")

def n_schedule(r, ctx, lang, dt):
    reg = region_for(r, lang)
    names = r.sample(STAFF_F if lang == "fr" else STAFF_E, 5)
    rows = [f"{(dt + datetime.timedelta(days=i)):%a %d}  {nm}  {r.choice(['jour', 'soir', 'nuit', 'garde']) if lang == 'fr' else r.choice(['day', 'evening', 'night', 'on call'])}  {r.choice(['4B', 'USI', 'Urg', '5W', 'CCU'])}" for i, nm in enumerate(names)]
    b = ("Horaire de garde de la semaine :\n\n" if lang == "fr" else "On-call schedule this week:\n\n") + "\n".join(rows)
    m = _m(r, lang, reg, "Horaire de garde" if lang == "fr" else "Call schedule", b, "physician on-call roster (staff only)")
    if r.random() < 0.4:
        m["atts"] = [dict(kind="xlsx", name="horaire.xlsx", data=make_xlsx("Horaire", [["Date", "Médecin", "Quart", "Unité"]] + [x.split("  ") for x in rows]))]
    return m

def n_staff_roster_hard(r, ctx, lang, dt):
    reg = region_for(r, lang)
    rows = []
    for i in range(r.randint(4, 7)):
        g = r.choice(FR_GIVEN_F + FR_GIVEN_M if lang == "fr" else EN_GIVEN_F + EN_GIVEN_M)
        rows.append(f"{r.randint(2, 8)}{'ABC'[r.randint(0, 2)]}  {r.choice(SURN).upper()} {g[0]}.  emp {r.randint(1000000, 9999999)}  {r.choice(['inf. chef', 'PAB', 'inhalo', 'résident R2', 'ASI']) if lang == 'fr' else r.choice(['charge RN', 'PSW', 'RT', 'PGY-2', 'NP'])}")
    b = ("Équipe de nuit par unité (matricules pour la paie) :\n\n" if lang == "fr" else "Night staffing by unit (employee numbers for payroll):\n\n") + "\n".join(rows)
    return _m(r, lang, reg, "Affectations nuit" if lang == "fr" else "Night staffing", b, "staff assignment list resembling a sign-out (employees only)")

def n_doctor_disease(r, ctx, lang, dt):
    reg = region_for(r, lang); d = staff(r, lang); dz = dx(r, lang)
    if lang == "fr":
        b = f"Bonjour,\n{d} donnera la conférence midi sur {dz} le {dt:%d/%m} ; responsable de la clinique spécialisée depuis 2015.\nLunch servi."
        s = "Conférence midi"
    else:
        b = f"Hi,\n{d} will present noon rounds on {dz} on {dt:%b %d}. Runs the clinic for these patients.\nLunch provided."
        s = "Noon rounds"
    return _m(r, lang, reg, s, b, "physician named with a disease topic (speaker)", to=[recip(r, "in")])

def n_newsletter(r, ctx, lang, dt):
    reg = region_for(r, lang)
    if lang == "fr":
        b = f"INFOLETTRE PHARMACIE — {dt:%m/%Y}\n\n1. Pénurie de {r.choice(['céfazoline', 'salbutamol', 'amoxicilline'])} : substitutions proposées.\n2. Nouvelle ordonnance collective anticoagulothérapie.\n3. Rappel : {r.choice(MEDS)} — ajustement en IR.\n\nSe désabonner : infolettre@chu-exemple.example"
        s = "Infolettre pharmacie"
    else:
        b = f"PHARMACY NEWSLETTER — {dt:%B %Y}\n\n1. Shortage of {r.choice(['cefazolin', 'salbutamol', 'amoxicillin'])}: substitutions.\n2. New anticoagulation medical directive.\n3. Reminder: renal dosing for DOACs.\n\nUnsubscribe: newsletter@ottawa-health-net.example"
        s = "Pharmacy newsletter"
    return _m(r, lang, reg, s, b, "drug newsletter", to=[recip(r, "in")], form=r.choice(["html", "alt"]))

def n_public_health(r, ctx, lang, dt):
    reg = region_for(r, lang); k = r.randint(3, 40)
    if lang == "fr":
        b = f"Bulletin de vigie : {k} cas d'influenza A confirmés cette semaine, dont {r.randint(1, k)} à l'unité {r.randint(2, 8)}B. {r.randint(40, 90)} patients diabétiques suivis en clinique ont reçu le vaccin. Port du masque obligatoire."
        s = "Vigie - influenza"
    else:
        b = f"Surveillance bulletin: {k} confirmed influenza A cases this week, {r.randint(1, k)} on unit {r.randint(2, 8)}W. Outbreak measures in place. {r.randint(40, 90)}% staff vaccination."
        s = "Outbreak update"
    m = _m(r, lang, reg, s, b, "aggregate public-health bulletin", to=[recip(r, "in")])
    if r.random() < 0.3:
        m["atts"] = [dict(kind="xlsx", name="stats.xlsx", data=make_xlsx("Stats", [["Unité", "Cas", "Taux"]] + [[f"{i}B", r.randint(0, 9), round(r.random(), 2)] for i in range(2, 8)]))]
    return m

def n_invoice(r, ctx, lang, dt):
    reg = region_for(r, lang); inv = "%d" % r.randint(10 ** 8, 10 ** 9); s_look = gen_sin(r)
    if lang == "fr":
        b = f"Bonjour,\nCi-joint la facture {inv} pour le bon de commande BC-{r.randint(10000, 99999)}. Montant : {r.randint(200, 90000)},{r.randint(10, 99)} $ TPS/TVQ incl.\nNo fournisseur : {s_look}\nPaiement net 30 jours."
        s = f"Facture {inv}"
    else:
        b = f"Hello,\nAttached invoice {inv} for PO {r.randint(10000, 99999)}. Amount ${r.randint(200, 90000)}.{r.randint(10, 99)} HST incl.\nVendor no: {s_look}\nNet 30."
        s = f"Invoice {inv}"
    m = _m(r, lang, reg, s, b, "supplier invoice (vendor number passes a checksum)", to=[("", "comptes.payables@" + r.choice(DOM_IN))])
    if r.random() < 0.6:
        m["atts"] = [dict(kind="pdf", name=f"facture_{inv}.pdf", data=make_pdf("Facture " + inv, [f"Article {r.randint(1000, 9999)} x {r.randint(1, 50)}" for _ in range(6)]))]
    return m

def n_vendor(r, ctx, lang, dt):
    reg = region_for(r, lang); lot = "".join(str(r.randint(0, 9)) for _ in range(10)); sn = gen_on_hn(r)
    imei = "35" + "".join(str(r.randint(0, 9)) for _ in range(12)); imei += luhn.calc_check_digit(imei)
    if lang == "fr":
        b = f"Avis de rappel volontaire : pompes volumétriques modèle VP-{r.randint(100, 900)}, lot {lot}, no série {sn}.\nTéléphone de remplacement IMEI {imei} expédié au service biomédical."
        s = "Avis de rappel fournisseur"
    else:
        b = f"Voluntary recall notice: infusion pumps model VP-{r.randint(100, 900)}, lot {lot}, serial {sn}.\nReplacement handset IMEI {imei} shipped to biomed."
        s = "Vendor recall notice"
    return _m(r, lang, reg, s, b, "vendor recall with lot/serial/IMEI look-alikes", to=[("", "biomed@" + r.choice(DOM_IN))])

def n_it(r, ctx, lang, dt):
    reg = region_for(r, lang)
    if lang == "fr":
        b = r.choice([f"Maintenance du NAS \\\\nas-{r.randint(1, 9)}\\partage le {dt:%d/%m} de 22h à 2h. Les lecteurs réseau seront indisponibles.",
                      "Panne du DME (dossier électronique) en cours — procédures dégradées papier activées. Billet INC%07d." % r.randint(0, 9999999),
                      "Votre mot de passe expire dans 5 jours. Ne cliquez jamais sur un lien suspect (hameçonnage)."])
        s = r.choice(["Maintenance NAS", "Panne DME", "Sécurité TI"])
    else:
        b = r.choice([f"NAS maintenance on nas-{r.randint(1, 9)} {dt:%b %d} 10pm-2am. Network drives unavailable.",
                      "EMR downtime in progress — downtime procedures in effect. Ticket INC%07d." % r.randint(0, 9999999),
                      "Your password expires in 5 days. Beware of phishing links."])
        s = r.choice(["NAS maintenance", "EMR downtime", "IT security"])
    return _m(r, lang, reg, s, b, "IT notice", to=[recip(r, "in")])

def n_facilities(r, ctx, lang, dt):
    reg = region_for(r, lang)
    if lang == "fr":
        b = r.choice(["Le stationnement P3 sera fermé samedi pour déneigement.", f"Menu de la cafétéria : pâté chinois, soupe aux pois. Poste {r.randint(1000, 9999)}.", "Coupure d'eau aile C demain 6h-8h."])
        s = r.choice(["Stationnement", "Cafétéria", "Travaux aile C"])
    else:
        b = r.choice(["Parking lot P3 closed Saturday for snow removal.", "Cafeteria menu: shepherd's pie, pea soup.", "Water shutoff C wing tomorrow 6-8am."])
        s = r.choice(["Parking", "Cafeteria", "C wing works"])
    return _m(r, lang, reg, s, b, "facilities notice", to=[recip(r, "in")])

def n_conference(r, ctx, lang, dt):
    reg = region_for(r, lang)
    talks = [f"{9 + i}h00  {staff(r, lang)} — {dx(r, lang)}" for i in range(4)]
    b = ("Programme du colloque régional :\n\n" if lang == "fr" else "Regional symposium programme:\n\n") + "\n".join(talks)
    m = _m(r, lang, reg, "Programme du colloque" if lang == "fr" else "Symposium programme", b, "conference programme with speakers and topics", out=True)
    if r.random() < 0.4:
        m["atts"] = [dict(kind="pdf", name="programme.pdf", data=make_pdf("Programme", talks))]
    return m

def n_committee(r, ctx, lang, dt):
    reg = region_for(r, lang); start = (dt + datetime.timedelta(days=7)).replace(tzinfo=None, minute=0, second=0, microsecond=0)
    if lang == "fr":
        b = f"Convocation : comité de pharmacologie, {start:%d/%m} 12h, salle du conseil.\nOrdre du jour : 1. PV 2. Formulaire 3. Statistiques d'erreurs (42 événements, T3)."
        s = "Convocation CPT"
    else:
        b = f"Notice: P&T committee, {start:%b %d} noon, boardroom.\nAgenda: 1. Minutes 2. Formulary 3. Med error stats (42 events, Q3)."
        s = "P&T committee notice"
    m = _m(r, lang, reg, s, b, "committee notice with aggregates", to=[recip(r, "in")])
    if r.random() < 0.5:
        m["atts"] = [dict(kind="ics", name="invite.ics", data=make_ics("Comité de pharmacologie" if lang == "fr" else "P&T committee", "Ordre du jour en pj", start, "%x@chu-exemple.example" % r.getrandbits(40)))]
    return m

def n_job(r, ctx, lang, dt):
    reg = region_for(r, lang)
    if lang == "fr":
        b = f"AFFICHAGE DE POSTE #{r.randint(1000, 9999)}\nInfirmière clinicienne — soins intensifs, temps complet, nuit.\nExigences : BAC, OIIQ. Salaire selon convention.\nPostulez avant le {dt + datetime.timedelta(days=10):%d/%m}."
        s = "Affichage de poste"
    else:
        b = f"JOB POSTING #{r.randint(1000, 9999)}\nRegistered Nurse — ICU, full time, nights.\nRequirements: BScN, CNO registration.\nApply by {dt + datetime.timedelta(days=10):%b %d}."
        s = "Job posting"
    return _m(r, lang, reg, s, b, "job posting", out=True, form=r.choice(["html", "alt", "plain"]))

def n_teaching(r, ctx, lang, dt):
    reg = region_for(r, lang); a = r.randint(30, 85)
    if lang == "fr":
        b = f"Cas pour les résidents : un homme de {a} ans se présente à l'urgence pour dyspnée. Antécédents : {dx(r, 'fr')}. Sous {r.choice(MEDS)}. Questions : 1) DDx? 2) Investigation?"
        s = "Cas clinique - résidents"
    else:
        b = f"Teaching case: a {a}-year-old woman presents with chest pain. PMHx {dx(r, 'en')}. On {r.choice(MEDS)}. Q1: DDx? Q2: next test?"
        s = "Teaching case"
    return _m(r, lang, reg, s, b, "anonymised teaching case", to=[recip(r, "in")])

def n_blank_form(r, ctx, lang, dt):
    reg = region_for(r, lang)
    lines = ["Nom du patient : ____________", "NAM : ____ ____ ____", "Date de naissance : __/__/____", "Diagnostic : ____________"] if lang == "fr" else \
        ["Patient name: ____________", "Health card #: __________", "DOB: __/__/____", "Diagnosis: ____________"]
    k = r.choice(["pdf", "docx"])
    data = make_pdf("Formulaire", lines) if k == "pdf" else make_docx("Formulaire", lines)
    b = "Voici le nouveau gabarit de demande de consultation à utiliser dès lundi." if lang == "fr" else "Here is the new consult request template, effective Monday."
    return _m(r, lang, reg, "Nouveau formulaire" if lang == "fr" else "New form template", b, "blank form template", out=True,
              atts=[dict(kind=k, name="gabarit." + k, data=data)])

def n_stats_report(r, ctx, lang, dt):
    reg = region_for(r, lang)
    rows = [["Unité" if lang == "fr" else "Unit", "Admissions", "DMS" if lang == "fr" else "ALOS", "Réadm. 30j" if lang == "fr" else "30d readm"]] + \
           [[u, r.randint(20, 200), round(r.uniform(3, 12), 1), r.randint(0, 20)] for u in ["4B", "5W", "USI", "Urg", "CCU"]]
    b = "Tableau de bord mensuel en pj (données agrégées)." if lang == "fr" else "Monthly dashboard attached (aggregate data)."
    k = r.choice(["xlsx", "csv"])
    data = make_xlsx("Tableau", rows) if k == "xlsx" else make_csv(rows)
    return _m(r, lang, reg, "Tableau de bord" if lang == "fr" else "Monthly dashboard", b, "aggregate statistics", to=[recip(r, "in")],
              atts=[dict(kind=k, name="tableau." + k, data=data)])

def n_clinic_contact(r, ctx, lang, dt):
    reg = region_for(r, lang); ph = home_phone(r, reg)
    if lang == "fr":
        b = f"Bonjour,\nLa clinique d'anticoagulothérapie déménage au 3e étage, pavillon B. Nouveau numéro : {ph}, télécopieur {home_phone(r, reg)}.\nHeures : 8h-16h."
        s = "Déménagement clinique"
    else:
        b = f"Hello,\nThe anticoag clinic moves to 3rd floor, B building. New number {ph}, fax {home_phone(r, reg)}.\nHours 8-4."
        s = "Clinic relocation"
    return _m(r, lang, reg, s, b, "clinic contact details", out=True)

def n_physician_surname(r, ctx, lang, dt):
    # a staff physician who shares a surname with a NAM-list patient; no patient info
    p = ctx.nams[r.randrange(len(ctx.nams))]; reg = region_for(r, lang)
    if lang == "fr":
        b = f"Bonjour,\nLa Dre {p['sur']} remplace le Dr {r.choice(SURN)} à la clinique de diabète la semaine prochaine. Prière d'ajuster les agendas.\nMerci"
        s = f"Remplacement Dre {p['sur']}"
    else:
        b = f"Hi,\nDr. {p['sur']} is covering the diabetes clinic next week for Dr. {r.choice(SURN)}. Please adjust schedules."
        s = f"Coverage - Dr. {p['sur']}"
    return _m(r, lang, reg, s, b, "physician coverage notice (staff name, clinic topic)", to=[recip(r, "in")])

def n_reply_thread(r, ctx, lang, dt):
    inner = r.choice([n_hr, n_it, n_committee, n_invoice, n_facilities])(r, ctx, lang, dt)
    n0, a0 = inner["from"]; reg = region_for(r, lang); n, a = sender(r, lang, reg)
    top = r.choice(["Merci!", "Bien reçu.", "Je serai absente, désolée."]) if lang == "fr" else r.choice(["Thanks!", "Noted.", "I'll be away, sorry."])
    qd = (dt - datetime.timedelta(hours=r.randint(1, 40))).strftime("%Y-%m-%d %H:%M")
    return {"from": (n, a), "to": [(n0, a0)], "subject": "RE: " + inner["subject"], "types": [],
            "body": top + sig(r, lang, reg, n) + quote(r, lang, f"{n0} <{a0}>", qd, inner["body"]),
            "note": "reply on admin thread; " + inner["note"], "thread": "reply", "irt": "<%x@%s>" % (r.getrandbits(48), a0.split("@")[1])}

def n_forward(r, ctx, lang, dt):
    inner = r.choice([n_newsletter, n_conference, n_job, n_vendor, n_stats_report])(r, ctx, lang, dt)
    n0, a0 = inner["from"]; reg = region_for(r, lang); n, a = sender(r, lang, reg)
    qd = (dt - datetime.timedelta(hours=r.randint(1, 40))).strftime("%a %d %b %Y %H:%M")
    m = {"from": (n, a), "to": [recip(r)], "subject": ("TR: " if lang == "fr" else "Fwd: ") + inner["subject"], "types": []}
    if r.random() < 0.4 or inner.get("atts"):
        m["body"] = "FYI" + sig(r, lang, reg, n) + fwd_inline(lang, f"{n0} <{a0}>", qd, inner["subject"], inner["body"])
        m["atts"] = inner.get("atts", []); m["thread"] = "fwd_inline"; m["note"] = "inline forward; " + inner["note"]
    else:
        em = small_msg(r, inner["from"], inner["to"][0], inner["subject"], inner["body"], format_datetime(dt - datetime.timedelta(hours=3)), "<%x@x.example>" % r.getrandbits(48))
        m["body"] = "Pour info." if lang == "fr" else "FYI"
        m["atts"] = [dict(kind="eml", name="message.eml", msg=em)]; m["thread"] = "fwd_attach"; m["note"] = "forward as attached .eml; " + inner["note"]
    return m

def n_eu_admin(r, ctx, lang, dt):
    be = r.random() < 0.5
    b = (f"Madame, Monsieur,\nVeuillez trouver ci-joint le programme de l'échange Québec–{'Wallonie' if be else 'Hauts-de-France'} en soins infirmiers. Numéro d'entreprise BCE {r.randint(1000, 9999)}.{r.randint(100, 999)}.{r.randint(100, 999)}.\nCordialement,")
    m = _m(r, "fr", "qc", "Programme d'échange", b, "European partner admin mail", out=True)
    m["from"] = ("Service des relations internationales", "ri@" + ("chu-liege-exemple.example" if be else "ch-lille-exemple.example"))
    return m

NEG = [
    ("hr", 12, "fr en", n_hr), ("staff_schedule", 9, "fr en", n_schedule), ("staff_roster", 5, "fr en", n_staff_roster_hard),
    ("speaker_disease", 5, "fr en", n_doctor_disease), ("newsletter", 8, "fr en", n_newsletter), ("public_health", 7, "fr en", n_public_health),
    ("invoice", 10, "fr en", n_invoice), ("vendor", 7, "fr en", n_vendor), ("it", 11, "fr en", n_it), ("facilities", 10, "fr en", n_facilities),
    ("conference", 6, "fr en", n_conference), ("committee", 8, "fr en", n_committee), ("job_posting", 6, "fr en", n_job),
    ("teaching_case", 5, "fr en", n_teaching), ("blank_form", 4, "fr en", n_blank_form), ("stats_report", 5, "fr en", n_stats_report),
    ("clinic_contact", 4, "fr en", n_clinic_contact), ("physician_surname", 4, "fr en", n_physician_surname),
    ("reply_thread", 10, "fr en", n_reply_thread), ("forward", 6, "fr en", n_forward), ("eu_admin", 2, "fr", n_eu_admin),
]

if __name__ == "__main__":
    main()
