#!/usr/bin/env python3
"""Seeded generator of a synthetic outbound-mail corpus (primary & long-term care, QC/ON). Seed 5404."""
import argparse, csv, hashlib, html, io, json, os, random, re, sys, zipfile, datetime
import email, email.policy, email.utils
from email.message import EmailMessage
from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

SEED = 5404
# The synthetic NAMs every blind writer was given (surname, given name, birth date, sex, NAM), shared by
# the blind corpora in tests/blind_nams.txt.

NAMS_RAW = "".join(line for line in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "blind_nams.txt"), encoding="utf-8") if not line.startswith("#"))

NAMS = []
for _l in NAMS_RAW.strip().splitlines():
    _s, _g, _d, _x, _n = _l.split()
    NAMS.append(dict(sur=_s, given=_g, dob=_d, sex=_x, nam=_n))

R = random.Random(SEED)
FIXED_DT = (2026, 1, 5, 9, 0, 0)

# ---------------------------------------------------------------- pools
FR_M = ["Jean", "Luc", "Marc", "Pierre", "Alain", "Réjean", "Gilles", "Yves", "Mathieu", "Olivier", "Denis", "François"]
FR_F = ["Marie", "Josée", "Nathalie", "Chantal", "Isabelle", "Lise", "Sylvie", "Geneviève", "Émilie", "Annie", "Hélène", "Carole"]
FR_S = ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Gagné", "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron", "Leblanc", "Paquette", "Girard", "Simard", "Boucher"]
EN_M = ["James", "Robert", "Michael", "David", "Kevin", "Brian", "Daniel", "Paul", "Steven", "Mark"]
EN_F = ["Linda", "Susan", "Karen", "Jennifer", "Heather", "Donna", "Emily", "Sarah", "Megan", "Patricia"]
EN_S = ["Smith", "MacDonald", "Campbell", "Anderson", "Clarke", "Wright", "Murphy", "Sullivan", "Fraser", "Henderson", "Walsh", "Kowalski", "Singh", "Patel", "Nguyen"]

QC = dict(dom="cisss-mse.example", org="CISSS de la Montérégie-Sud (exemple)", tel="450 555-0", addr="1250, boul. Taschereau, Longueuil (Québec) J4K 2X9")
GMF = dict(dom="gmf-riveraines.example", org="GMF des Riveraines", tel="450 555-0", addr="88, rue Principale, Saint-Hubert (Québec) J3Y 1A1")
CHSLD = dict(dom="cisss-mse.example", org="CHSLD Saint-Vallier (CISSS MSE)", tel="450 555-0", addr="400, rue Saint-Vallier, Longueuil (Québec) J4H 3K5")
ON = dict(dom="northbrookfht.example", org="Northbrook Family Health Team", tel="705-555-0", addr="215 King St. W, Northbrook, ON K0L 2H0")
LTC = dict(dom="mapleridge-ltc.example", org="Maple Ridge Long-Term Care", tel="705-555-0", addr="30 Ridgeview Rd, Northbrook, ON K0L 2H1")
EXT_FR = ["pharmacie-leduc-roy.example", "clinique-visionplus.example", "dentistes-st-lambert.example", "physio-rive-sud.example", "cliniqueortho-mtl.example", "gmail.example", "videotron.example", "chu-exemple.example"]
EXT_EN = ["kingstreetpharmacy.example", "northbrook-dental.example", "lakeshore-rehab.example", "clearview-optometry.example", "ontariohealth-atHome.example", "gmail.example", "rogers.example", "lakeshorehospital.example"]

def ph(o):
    return o["tel"] + "%03d" % R.randint(100, 199)

def pphone(lang):
    return ("450 555-%04d" if lang == "fr" else "705-555-%04d") % R.randint(1000, 9999)

def staff(lang):
    if lang == "fr":
        sex = R.choice("MF"); g = R.choice(FR_M if sex == "M" else FR_F); s = R.choice(FR_S)
    else:
        sex = R.choice("MF"); g = R.choice(EN_M if sex == "M" else EN_F); s = R.choice(EN_S)
    return dict(given=g, sur=s, sex=sex)

def email_of(p, dom):
    n = (p["given"][0] + "." + p["sur"]).lower()
    n = n.translate(str.maketrans("éèêëàâçôîïûù", "eeeeaacoiiuu")).replace(" ", "")
    return "%s@%s" % (n, dom)

def addr(p, dom, title=""):
    return "%s%s %s <%s>" % (title, p["given"], p["sur"], email_of(p, dom))

def nam_p():
    return dict(R.choice(NAMS))

def ont_patient():
    sex = R.choice("MF")
    g = R.choice(EN_M if sex == "M" else EN_F); s = R.choice(EN_S)
    y = R.randint(1935, 2015); m = R.randint(1, 12); d = R.randint(1, 28)
    return dict(given=g, sur=s, sex=sex, dob="%04d-%02d-%02d" % (y, m, d), hcn=gen_hcn())

def fr_patient():
    sex = R.choice("MF")
    g = R.choice(FR_M if sex == "M" else FR_F); s = R.choice(FR_S)
    y = R.randint(1930, 2015); m = R.randint(1, 12); d = R.randint(1, 28)
    return dict(given=g, sur=s, sex=sex, dob="%04d-%02d-%02d" % (y, m, d))

def gen_hcn():
    while True:
        base = str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(8))
        n = base + luhn.calc_check_digit(base)
        if luhn.is_valid(n):
            return n

def gen_sin():
    while True:
        base = str(R.choice([1, 2, 3, 4, 5, 6, 7, 9])) + "".join(str(R.randint(0, 9)) for _ in range(7))
        n = base + luhn.calc_check_digit(base)
        if ca_sin.is_valid(n):
            return n

def gen_niss(dob, sex):
    y, m, d = dob.split("-")
    serial = R.randint(1, 997)
    if (serial % 2 == 1) != (sex == "M"):
        serial += 1
    base = y[2:] + m + d + "%03d" % serial
    pre = "2" if int(y) >= 2000 else ""
    chk = 97 - int(pre + base) % 97
    n = base + "%02d" % chk
    assert be_nn.is_valid(n), n
    return n

def gen_nir(dob, sex):
    y, m, d = dob.split("-")
    base = ("1" if sex == "M" else "2") + y[2:] + m + "%02d" % R.randint(1, 89) + "%03d" % R.randint(1, 990) + "%03d" % R.randint(1, 999)
    n = base + "%02d" % (97 - int(base) % 97)
    assert fr_nir.is_valid(n), n
    return n

def gen_mrn(kind=None):
    kind = kind or R.choice(["7", "8", "H", "LTC", "dash"])
    if kind == "7": return "%07d" % R.randint(1000000, 9999999)
    if kind == "8": return "%08d" % R.randint(10000000, 99999999)
    if kind == "H": return "H%07d" % R.randint(100000, 9999999)
    if kind == "LTC": return "MR-%06d" % R.randint(1000, 999999)
    return "%02d-%05d" % (R.randint(10, 99), R.randint(0, 99999))

def fmt_nam(n, style=None):
    style = style or R.choice(["plain", "space", "space", "dash", "lower"])
    if style == "plain": return n
    if style == "space": return "%s %s %s" % (n[:4], n[4:8], n[8:])
    if style == "dash": return "%s-%s-%s" % (n[:4], n[4:8], n[8:])
    if style == "lower": return n.lower()
    if style == "dots": return ".".join([n[:4], n[4:8], n[8:]])
    if style == "spaced": return " ".join(n)
    if style == "fullwidth": return n[:4] + "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in n[4:])
    return n

def fmt_hcn(n, vc=True):
    s = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (n[:4], n[4:7], n[7:])
    return s + ((" " + R.choice(["AB", "KL", "XT", "MP", "HC"])) if vc and R.random() < 0.5 else "")

def fmt_sin(n):
    return R.choice(["%s %s %s", "%s-%s-%s", "%s%s%s"]) % (n[:3], n[3:6], n[6:])

def dob_fr(d):
    y, m, dd = d.split("-")
    return R.choice(["%s/%s/%s" % (dd, m, y), "%s-%s-%s" % (y, m, dd), "%s %s %s" % (int(dd), ["janv.", "févr.", "mars", "avril", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."][int(m) - 1], y)])

def dob_en(d):
    y, m, dd = d.split("-")
    return R.choice(["%s-%s-%s" % (y, m, dd), "%s/%s/%s" % (m, dd, y), "%s %d, %s" % (["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][int(m) - 1], int(dd), y)])

def age(d):
    return 2026 - int(d[:4])

def civ(p, lang="fr"):
    if lang == "fr": return "M." if p["sex"] == "M" else "Mme"
    return "Mr." if p["sex"] == "M" else "Mrs." if R.random() < 0.3 else ("Mr." if p["sex"] == "M" else "Ms.")

def il(p): return "il" if p["sex"] == "M" else "elle"
def ne(p): return "né" if p["sex"] == "M" else "née"
def he(p): return "he" if p["sex"] == "M" else "she"
def his(p): return "his" if p["sex"] == "M" else "her"

def sig_fr(p, cred, o):
    return "\n-- \n%s %s, %s\n%s\n%s\nTél. : %s  |  Téléc. : %s\n" % (p["given"], p["sur"], cred, o["org"], o["addr"], ph(o), ph(o))

def sig_en(p, cred, o):
    return "\n--\n%s %s, %s\n%s\n%s\nT: %s  F: %s\n" % (p["given"], p["sur"], cred, o["org"], o["addr"], ph(o), ph(o))

DISC_FR = ("\n\nAVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. "
           "Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.\n")
DISC_EN = ("\n\nCONFIDENTIALITY NOTICE: This e-mail may contain privileged information intended only for the "
           "addressee. If you received it in error, please notify the sender and delete it.\n")

def disc(lang):
    return (DISC_FR if lang == "fr" else DISC_EN) if R.random() < 0.5 else ""

def quote(text):
    return "\n".join("> " + l if l else ">" for l in text.splitlines())

def fr_quote_head(p, dom):
    return "\n\nLe %d nov. 2026 à %02d:%02d, %s a écrit :\n" % (R.randint(2, 28), R.randint(7, 18), R.randint(0, 59), addr(p, dom))

def en_quote_head(p, dom):
    return "\n\nOn Nov %d, 2026, at %d:%02d %s, %s wrote:\n" % (R.randint(2, 28), R.randint(1, 12), R.randint(0, 59), R.choice(["AM", "PM"]), addr(p, dom))

def fwd_block(lang, p, dom, subj, body):
    if lang == "fr":
        h = "\n\n---------- Message transféré ---------\nDe : %s\nDate : %d nov. 2026\nObjet : %s\nÀ : %s\n\n" % (addr(p, dom), R.randint(2, 28), subj, "reception@" + dom)
    else:
        h = "\n\n---------- Forwarded message ---------\nFrom: %s\nDate: Nov %d, 2026\nSubject: %s\nTo: %s\n\n" % (addr(p, dom), R.randint(2, 28), subj, "frontdesk@" + dom)
    return h + body

# ---------------------------------------------------------------- attachments
def norm_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if info.filename.startswith("docProps/"):
                b = re.sub(rb"\d{4}-\d\d-\d\dT[0-9:.]+Z?", b"2026-01-05T09:00:00Z", b)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zo.writestr(zi, b)
    return out.getvalue()

def make_pdf(title, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title); c.setAuthor("")
    y = 740
    c.setFont("Helvetica-Bold", 13); c.drawString(60, y, title); y -= 28
    c.setFont("Helvetica", 10)
    for l in lines:
        if y < 60:
            c.showPage(); c.setFont("Helvetica", 10); y = 740
        c.drawString(60, y, l); y -= 15
    c.showPage(); c.save()
    return buf.getvalue()

def make_docx(title, paras, table=None):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = ""; cp.last_modified_by = ""; cp.title = title
    cp.created = datetime.datetime(2026, 1, 5, 9, 0, 0); cp.modified = datetime.datetime(2026, 1, 5, 9, 0, 0)
    cp.revision = 1
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    buf = io.BytesIO(); d.save(buf)
    return norm_zip(buf.getvalue())

def make_xlsx(sheet, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = sheet
    for r in rows:
        ws.append(list(r))
    wb.properties.creator = ""; wb.properties.lastModifiedBy = ""
    wb.properties.created = datetime.datetime(2026, 1, 5, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2026, 1, 5, 9, 0, 0)
    buf = io.BytesIO(); wb.save(buf)
    return norm_zip(buf.getvalue())

def make_csv(rows, sep=","):
    s = io.StringIO()
    w = csv.writer(s, delimiter=sep, lineterminator="\r\n")
    for r in rows: w.writerow(r)
    return s.getvalue().encode("utf-8")

def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for name, b in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_DT); zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zo.writestr(zi, b)
    return out.getvalue()

def make_ics(summary, desc, start, organizer, location):
    uid = "%032x@%s" % (R.getrandbits(128), organizer.split("@")[1])
    esc = lambda s: s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Exemple//Agenda//FR", "METHOD:REQUEST", "BEGIN:VEVENT",
             "UID:" + uid, "DTSTAMP:20261104T120000Z", "DTSTART:" + start, "DTEND:" + start[:9] + "%02d" % (int(start[9:11]) + 1) + start[11:],
             "SUMMARY:" + esc(summary), "DESCRIPTION:" + esc(desc), "LOCATION:" + esc(location),
             "ORGANIZER:mailto:" + organizer, "END:VEVENT", "END:VCALENDAR"]
    out = []
    for l in lines:
        b = l
        while len(b.encode("utf-8")) > 74:
            cut = 70
            while len(b[:cut].encode("utf-8")) > 74: cut -= 1
            out.append(b[:cut]); b = " " + b[cut:]
        out.append(b)
    return ("\r\n".join(out) + "\r\n").encode("utf-8")

def make_vcf(fn, given, sur, tel, adr, note, org=""):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (sur, given), "FN:" + fn]
    if org: lines.append("ORG:" + org)
    lines += ["TEL;TYPE=HOME,VOICE:" + tel]
    if adr: lines.append("ADR;TYPE=HOME:;;%s;;;;" % adr.replace(",", "\\,"))
    if note: lines.append("NOTE:" + note.replace(",", "\\,"))
    lines.append("END:VCARD")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")

ATT_TYPES = {"pdf": ("application", "pdf"), "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
             "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "csv": ("text", "csv"),
             "zip": ("application", "zip"), "ics": ("text", "calendar"), "vcf": ("text", "vcard")}

# ---------------------------------------------------------------- assembly
TRANSPORT_COUNT = {}

def to_html(text, cs="utf-8"):
    parts = []
    for block in text.split("\n\n"):
        lines = block.split("\n")
        if all(l.startswith(">") for l in lines if l):
            inner = "<br>\n".join(html.escape(l.lstrip("> ").rstrip()) for l in lines)
            parts.append('<blockquote style="border-left:2px solid #ccc;padding-left:6px">%s</blockquote>' % inner)
        else:
            parts.append("<p>%s</p>" % "<br>\n".join(html.escape(l) for l in lines))
    return '<html><head><meta charset="%s"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</body></html>\n' % (cs, "\n".join(parts))

def pick_charset(text):
    cs = R.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    try:
        text.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    return cs

def mdate():
    d = datetime.datetime(2026, 11, 2, 7, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-5))) + datetime.timedelta(minutes=R.randint(0, 60 * 24 * 30))
    return email.utils.format_datetime(d)

def build(spec):
    text = spec["text"]
    cs = pick_charset(text + spec.get("subject", ""))
    cte = R.choice(["quoted-printable", "base64", "8bit"])
    if cte == "8bit" and any(len(l.encode(cs)) > 900 for l in text.splitlines()):
        cte = "quoted-printable"
    atts = spec.get("atts", [])
    inner = spec.get("inner")
    mode = spec.get("mode") or R.choice(["plain", "plain", "html", "alt"])
    msg = EmailMessage()
    msg["From"] = spec["frm"]
    msg["To"] = spec["to"]
    if spec.get("cc"): msg["Cc"] = spec["cc"]
    msg["Subject"] = spec["subject"]
    msg["Date"] = mdate()
    dom = re.search(r"@([\w.\-]+)", spec["frm"]).group(1)
    msg["Message-ID"] = "<%016x.%d@%s>" % (R.getrandbits(64), R.randint(1000, 9999), dom)
    if spec["subject"].lower().startswith(("re:", "tr:", "fw:", "fwd:", "ré:")):
        msg["In-Reply-To"] = "<%016x@%s>" % (R.getrandbits(64), dom)
        msg["References"] = msg["In-Reply-To"]
    msg["MIME-Version"] = "1.0"
    if R.random() < 0.4:
        msg["X-Mailer"] = R.choice(["Microsoft Outlook 16.0", "Zimbra 10.0", "Thunderbird 128.4", "Apple Mail (2.3776)"])
    if mode == "html":
        msg.set_content(to_html(text, cs), subtype="html", charset=cs, cte=cte)
    else:
        msg.set_content(text, charset=cs, cte=cte)
        if mode == "alt":
            msg.add_alternative(to_html(text, cs), subtype="html", charset=cs, cte=R.choice(["quoted-printable", "base64"]))
    for fname, data in atts:
        ext = fname.rsplit(".", 1)[1]
        mt, st = ATT_TYPES[ext]
        if mt == "text":
            params = {}
            if ext == "ics": params = {"method": "REQUEST"}
            msg.add_attachment(data.decode("utf-8"), subtype=st, charset="utf-8", filename=fname, cte="base64" if R.random() < 0.5 else "quoted-printable", params=params)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    if inner is not None:
        msg.add_attachment(inner)
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("----=_Part_%d_%016x" % (R.randint(100, 999), R.getrandbits(64)))
    tr = "%s/%s/%s/%s" % (mode if not (atts or inner) else "mixed", cs, cte, "crlf" if spec.get("crlf") else "lf")
    linesep = "\r\n" if spec.get("crlf") else "\n"
    return msg.as_bytes(policy=email.policy.default.clone(linesep=linesep)), tr

def inner_msg(frm, to, subj, text, lang):
    m = EmailMessage()
    m["From"] = frm; m["To"] = to; m["Subject"] = subj; m["Date"] = mdate()
    m["Message-ID"] = "<%016x@%s>" % (R.getrandbits(64), re.search(r"@([\w.\-]+)", frm).group(1))
    m.set_content(text, charset="utf-8", cte=R.choice(["quoted-printable", "8bit"]))
    return m

# ================================================================ POSITIVES
POS = []
def pos(f): POS.append(f); return f

DX_FR = [("diabète type 2 mal contrôlé (HbA1c 9,4 %)", "metformine 1000 mg BID, gliclazide MR 60 mg DIE"),
         ("MPOC stade 3, 2 exacerbations cette année", "Trelegy Ellipta 1 inh DIE, salbutamol PRN"),
         ("insuffisance cardiaque FEVG 30 %", "furosémide 40 mg DIE, bisoprolol 5 mg DIE, sacubitril/valsartan 49/51 mg BID"),
         ("trouble neurocognitif majeur (Alzheimer) avec SCPD", "donépézil 10 mg HS, quétiapine 12,5 mg HS PRN"),
         ("FA non valvulaire, CHA2DS2-VASc 4", "apixaban 5 mg BID, métoprolol 25 mg BID"),
         ("dépression majeure récidivante", "sertraline 100 mg DIE, mirtazapine 15 mg HS")]
DX_EN = [("type 2 diabetes, A1c 9.1%", "metformin 1000 mg BID, empagliflozin 10 mg daily"),
         ("COPD with frequent exacerbations", "tiotropium 18 mcg daily, salbutamol PRN"),
         ("CHF, EF 35%", "furosemide 40 mg daily, bisoprolol 2.5 mg daily"),
         ("moderate Alzheimer dementia with wandering", "donepezil 10 mg qHS"),
         ("atrial fibrillation on anticoagulation", "apixaban 5 mg BID"),
         ("generalized anxiety disorder", "escitalopram 10 mg daily")]

@pos
def p_optom_referral():
    p = nam_p(); s = staff("fr"); dx, med = DX_FR[0]
    t = ("Bonjour,\n\nDemande de consultation en optométrie pour %s %s %s, %s le %s, NAM %s.\n\n"
         "Motif : suivi rétinopathie diabétique, dernier examen du fond d'œil il y a > 2 ans. Dx : %s.\n"
         "Rx actuelle : %s.\nTél. de %s : %s\n\nMerci de nous faire parvenir le rapport.\n"
         % (civ(p), p["given"], p["sur"], ne(p), dob_fr(p["dob"]), fmt_nam(p["nam"]), dx, med, "la patiente" if p["sex"] == "F" else "du patient", pphone("fr")))
    t += sig_fr(s, "infirmière clinicienne" if s["sex"] == "F" else "infirmier clinicien", GMF) + disc("fr")
    return dict(cat="optom_referral", lang="fr", types=["ramq_nam", "patient_name", "date_of_birth", "diagnosis", "medication", "patient_contact"],
                note="GMF referral to optometry with patient name, DOB, NAM, diabetes and meds",
                frm=addr(s, GMF["dom"]), to="rendezvous@clinique-visionplus.example", subject="Réf. optométrie - %s, %s" % (p["sur"].upper(), p["given"]), text=t)

@pos
def p_chsld_signout():
    s = staff("fr"); rows = []
    for i in range(R.randint(5, 8)):
        p = fr_patient(); p["dob"] = "%d-01-01" % R.randint(1925, 1958)
        ev = R.choice(["chute 02h40, pas de TCC apparent, surveillance neuro q4h", "T 38,4, hémoc. faites, ATB à débuter si + ",
                       "agité, a reçu halopéridol 0,5 mg SC x1", "refuse ses Rx depuis 2 jours", "plaie sacrée stade 2, pansement à refaire",
                       "désaturation 88 % AA, O2 2L", "selles liquides x4, isolement C. diff en attente", "famille avisée, NPR confirmé"])
        rows.append("Ch. %d%02d - %s, %s (%d a) : %s" % (R.randint(1, 3), R.randint(1, 40), p["sur"].upper(), p["given"], age(p["dob"]), ev))
    t = "Salut,\n\nRapport de nuit unité %s, à lire avant le caucus de 8h :\n\n%s\n\nRien d'autre à signaler. Bonne journée\n" % (R.choice(["2e Est", "Les Érables", "3 Ouest"]), "\n".join(rows))
    t += sig_fr(s, "inf. aux.", CHSLD)
    return dict(cat="chsld_signout", lang="fr", types=["patient_name", "diagnosis", "medication"],
                note="CHSLD night report listing residents by room with clinical events",
                frm=addr(s, CHSLD["dom"]), to="asi.jour@" + CHSLD["dom"], cc=addr(staff("fr"), CHSLD["dom"]), subject="Rapport de nuit - " + R.choice(["2e Est", "Les Érables"]), text=t, crlf=R.random() < 0.5)

@pos
def p_on_physio_referral():
    p = ont_patient(); s = staff("en")
    cond = R.choice(["L knee OA, awaiting TKA", "R rotator cuff tear (conservative mgmt)", "low back pain with L5 radiculopathy", "post-op R hip hemiarthroplasty, discharged last week"])
    t = ("Hi team,\n\nReferral for physiotherapy:\nName: %s %s\nDOB: %s\nOHIP: %s\nPhone: %s\n\nDx: %s\nGoals: mobility, strength, falls prevention. %s uses a cane.\n\nPlease book at your earliest; pt prefers mornings.\n\nThanks,"
         % (p["given"], p["sur"], dob_en(p["dob"]), fmt_hcn(p["hcn"]), pphone("en"), cond, he(p).capitalize()))
    t += sig_en(s, R.choice(["MD CCFP", "NP-PHC", "RN"]), ON) + disc("en")
    return dict(cat="on_physio_referral", lang="en", types=["ca_health_number", "patient_name", "date_of_birth", "diagnosis", "patient_contact"],
                note="FHT physiotherapy referral with name, DOB, OHIP number, phone and diagnosis",
                frm=addr(s, ON["dom"]), to="intake@lakeshore-rehab.example", subject="Physio referral", text=t)

@pos
def p_pharm_medrec():
    p = fr_patient(); s = staff("fr"); dx, med = R.choice(DX_FR)
    t = ("Bonjour Dr %s,\n\nSuite au congé de %s %s %s (DDN %s), voici le bilan comparatif des médicaments :\n\n"
         "- %s (poursuivi)\n- pantoprazole 40 mg DIE : CESSÉ à l'hôpital, à confirmer\n- atorvastatine 40 mg HS : dose modifiée (80 -> 40)\n\n"
         "Contexte : %s. Pouvez-vous confirmer les changements? Le pilulier sera préparé jeudi.\n\nMerci,\n"
         % (R.choice(FR_S), civ(p), p["given"], p["sur"], dob_fr(p["dob"]), med, dx))
    t += sig_fr(s, "pharmacien" if s["sex"] == "M" else "pharmacienne", dict(org="Pharmacie Leduc & Roy", addr="1020, ch. Chambly, Longueuil (Québec) J4J 3X5", tel="450 555-0"))
    return dict(cat="pharm_medrec", lang="fr", types=["patient_name", "date_of_birth", "medication", "diagnosis"],
                note="community pharmacist sends medication reconciliation for a named patient to the GMF",
                frm=addr(s, "pharmacie-leduc-roy.example"), to="secretariat@" + GMF["dom"], subject="Bilan comparatif - " + p["sur"], text=t)

@pos
def p_on_pharm_renewal():
    p = ont_patient(); s = staff("en"); dx, med = R.choice(DX_EN)
    t = ("Renewal request\n\nPatient: %s, %s   DOB %s   HN %s\nMedication(s): %s\nLast fill: Nov %d, 2026. 0 refills remaining.\n\n"
         "Please sign and fax back to 705-555-0188 or reply to this e-mail.\n\n%s %s, RPh\nKing Street Pharmacy\n"
         % (p["sur"].upper(), p["given"], dob_en(p["dob"]), fmt_hcn(p["hcn"]), med, R.randint(1, 28), s["given"], s["sur"]))
    return dict(cat="on_pharm_renewal", lang="en", types=["patient_name", "date_of_birth", "ca_health_number", "medication"],
                note="pharmacy prescription renewal request with patient name, DOB, health number and meds",
                frm=addr(s, "kingstreetpharmacy.example"), to="refills@" + ON["dom"], subject="Rx renewal - %s %s" % (p["given"][0], p["sur"]), text=t)

@pos
def p_transport_dialyse():
    p = fr_patient(); s = staff("fr")
    rue = "%d, rue %s, %s" % (R.randint(10, 2999), R.choice(["des Érables", "Saint-Charles", "Bourgeoys", "de la Fabrique"]), R.choice(["Longueuil", "Brossard", "Saint-Lambert", "Chambly"]))
    t = ("Bonjour,\n\nDemande de transport adapté pour %s %s %s (%s a.), hémodialyse lun-mer-ven 7h15 au CH.\n"
         "Adresse : %s\nTél. : %s (%s répond, personne malentendante)\nFauteuil roulant, accompagnateur non requis.\n\nDébut : lundi prochain.\n"
         % (civ(p), p["given"], p["sur"], age(p["dob"]), rue, pphone("fr"), R.choice(["la fille", "le conjoint", "la voisine"])))
    t += sig_fr(s, "travailleuse sociale" if s["sex"] == "F" else "travailleur social", QC)
    return dict(cat="transport_request", lang="fr", types=["patient_name", "patient_contact", "diagnosis"],
                note="adapted-transport request with patient name, home address, phone and dialysis schedule",
                frm=addr(s, QC["dom"]), to="reservations@transport-adapte-rs.example", subject="Transport adapté - hémodialyse", text=t)

@pos
def p_dpj():
    kid = fr_patient(); kid["dob"] = "%d-%02d-%02d" % (R.randint(2012, 2022), R.randint(1, 12), R.randint(1, 28)); s = staff("fr")
    t = ("Bonjour,\n\nTel que discuté au téléphone, je confirme le signalement concernant %s %s, %s le %s, fréquentant notre GMF.\n"
         "Motifs : absences répétées aux rendez-vous, ecchymoses inexpliquées observées le %d nov., mère rapporte consommation du conjoint. "
         "Le père a la garde partagée (une semaine sur deux).\n\nJe reste disponible pour l'évaluation.\n"
         % (kid["given"], kid["sur"], ne(kid), dob_fr(kid["dob"]), R.randint(2, 28)))
    t += sig_fr(s, "Dre, médecin de famille" if s["sex"] == "F" else "Dr, médecin de famille", GMF) + DISC_FR
    return dict(cat="dpj_signalement", lang="fr", types=["patient_name", "date_of_birth", "social_information"],
                note="youth-protection report about a named child with family/custody details",
                frm=addr(s, GMF["dom"]), to="rts.dpj@cisss-mse.example", subject="Confirmation signalement - suivi", text=t, mode="plain")

@pos
def p_mh_liaison():
    p = ont_patient(); s = staff("en"); mrn = gen_mrn("H")
    t = ("Hi Dr. %s,\n\nFYI re: %s %s (MRN %s), seen in ED overnight after an intentional overdose (acetaminophen). Medically cleared.\n"
         "Passive SI, no plan today. Lost housing last month, currently couch surfing; on ODSP. Follow-up with our MH liaison booked Tue.\n"
         "Can the FHT see %s within 1 wk?\n\nThanks,"
         % (R.choice(EN_S), p["given"], p["sur"], mrn, "him" if p["sex"] == "M" else "her"))
    t += sig_en(s, "MSW RSW, Mental Health Liaison", dict(org="Lakeshore Hospital", addr="1 Shore Rd, Northbrook, ON", tel="705-555-0"))
    return dict(cat="mh_liaison", lang="en", types=["patient_name", "mrn", "diagnosis", "social_information"],
                note="mental-health liaison note about named patient with MRN, overdose, housing and income support",
                frm=addr(s, "lakeshorehospital.example"), to=addr(staff("en"), ON["dom"], "Dr. "), subject="ED f/u needed", text=t)

@pos
def p_vacc_xlsx():
    s = staff("fr"); ps = R.sample(NAMS, 6)
    rows = [["Nom", "Prénom", "DDN", "NAM", "Vaccin", "Dose"]]
    for p in ps:
        rows.append([p["sur"], p["given"], p["dob"], p["nam"], R.choice(["Pneu-C-20", "Zona (RZV)", "Influenza HD", "COVID-19 XBB"]), R.choice(["1", "2"])])
    t = ("Bonjour,\n\nCi-joint la liste des résidents à vacciner lors de la tournée du %d décembre. "
         "Merci de valider les consentements avec les familles.\n\n" % R.randint(1, 15)) + sig_fr(s, "inf., Santé publique - vaccination", QC)
    return dict(cat="vaccination_list", lang="fr", types=["ramq_nam", "patient_name", "date_of_birth"],
                note="XLSX attachment listing residents with names, DOB and NAM for vaccination",
                frm=addr(s, QC["dom"]), to="soins.infirmiers@" + CHSLD["dom"], subject="Tournée vaccinale - liste", text=t,
                atts=[("liste_vaccination_decembre.xlsx", make_xlsx("Liste", rows))])

@pos
def p_palliatif():
    p = fr_patient(); s = staff("fr"); mrn = gen_mrn(R.choice(["7", "8"]))
    t = ("Bonjour,\n\nDemande d'admission en lit de soins palliatifs pour %s %s %s, dossier %s, %d ans.\n"
         "Néo pancréas métastatique, PPS 30 %%, pronostic < 3 sem. Douleur contrôlée avec hydromorphone 1 mg SC q4h + entre-doses.\n"
         "Niveau de soins D. Famille au courant et en accord.\n\nMerci de m'aviser de la disponibilité.\n"
         % (civ(p), p["given"], p["sur"], mrn, age(p["dob"])))
    t += sig_fr(s, "Dr" if s["sex"] == "M" else "Dre", QC)
    return dict(cat="palliative_admission", lang="fr", types=["patient_name", "mrn", "diagnosis", "medication"],
                note="palliative bed request with name, chart number, metastatic cancer and opioid",
                frm=addr(s, QC["dom"]), to="soins.palliatifs@maison-ste-agathe.example", subject="Admission SP - urgent", text=t)

@pos
def p_crit_lab():
    p = ont_patient(); s = staff("en"); mrn = gen_mrn("8")
    v = R.choice(["K+ 6.8 mmol/L", "INR 7.9", "Na 118 mmol/L", "glucose 31.2 mmol/L", "Hb 58 g/L"])
    t = ("CRITICAL VALUE\n\nPatient: %s, %s\nChart #: %s\nResult: %s (collected %s)\nOrdering: Dr. %s\n\nCalled to clinic at %d:%02d, no answer. Please call the lab back at 705-555-0142 to acknowledge.\n"
         % (p["sur"], p["given"], mrn, v, "today 10:14", R.choice(EN_S), R.randint(10, 16), R.randint(0, 59)))
    t += "\n%s %s, MLT\nLakeshore Community Lab\n" % (s["given"], s["sur"])
    return dict(cat="critical_lab", lang="en", types=["patient_name", "mrn", "lab_result"],
                note="critical lab value notification with patient name and chart number",
                frm=addr(s, "lakeshore-lab.example"), to="oncall@" + ON["dom"], subject="CRITICAL - please acknowledge", text=t, crlf=True)

@pos
def p_dental_ref():
    p = ont_patient(); s = staff("en")
    t = ("Dear Dr. %s,\n\nI'm referring %s %s (DOB %s, OHIP %s) for assessment of a painful lower molar and suspected abscess. "
         "%s is on %s, please keep in mind for any extraction.\nPt cell: %s\n\nThank you,"
         % (R.choice(EN_S), p["given"], p["sur"], dob_en(p["dob"]), fmt_hcn(p["hcn"]), he(p).capitalize(), R.choice(["apixaban 5 mg BID", "warfarin", "alendronate weekly (x6 yrs)"]), pphone("en")))
    t += sig_en(s, "MD CCFP", ON)
    return dict(cat="dental_referral", lang="en", types=["patient_name", "date_of_birth", "ca_health_number", "diagnosis", "medication", "patient_contact"],
                note="dental referral with patient name, DOB, OHIP, anticoagulant and phone",
                frm=addr(s, ON["dom"]), to="reception@northbrook-dental.example", subject="Referral - %s %s" % (p["given"], p["sur"]), text=t)

@pos
def p_discharge_pdf():
    p = nam_p(); s = staff("fr"); dx, med = R.choice(DX_FR)
    lines = ["Nom : %s, %s    Sexe : %s    DDN : %s" % (p["sur"].upper(), p["given"], p["sex"], p["dob"]), "NAM : %s" % p["nam"],
             "Admission : 2026-11-%02d   Congé : 2026-11-%02d" % (R.randint(1, 10), R.randint(11, 20)),
             "Diagnostic principal : %s" % dx, "Médication au congé : %s" % med, "Suivi : GMF dans 7 jours, prise de sang dans 2 semaines.",
             "Médecin traitant : Dr %s" % R.choice(FR_S)]
    t = "Bonjour,\n\nVeuillez trouver ci-joint le résumé de congé de votre %s. Bonne journée.\n" % ("patiente" if p["sex"] == "F" else "patient")
    t += sig_fr(s, "agente administrative", QC)
    return dict(cat="discharge_summary_pdf", lang="fr", types=["ramq_nam", "patient_name", "date_of_birth", "diagnosis", "medication"],
                note="discharge summary PDF with name, DOB, NAM, diagnosis and meds; body says nothing",
                frm=addr(s, QC["dom"]), to="archives@" + GMF["dom"], subject="Résumé de congé", text=t,
                atts=[("resume_conge_%s.pdf" % R.randint(1000, 9999), make_pdf("Résumé de congé", lines))])

@pos
def p_ics_family():
    p = ont_patient(); s = staff("en")
    summ = "Family meeting - %s %s - goals of care" % (p["given"], p["sur"])
    desc = "Discuss transition to comfort care. Dx: end-stage CHF. Daughter (POA) attending by phone."
    t = "Hi all,\n\nInvite attached for the family meeting. Please accept.\n\nThanks,\n%s\n" % s["given"]
    return dict(cat="ics_family_meeting", lang="en", types=["patient_name", "diagnosis"],
                note="calendar invite whose summary names a resident and describes end-stage illness",
                frm=addr(s, LTC["dom"]), to="dr.oncall@" + ON["dom"], cc="social.work@" + LTC["dom"], subject="Invitation: family meeting Thu 2pm", text=t,
                atts=[("invite.ics", make_ics(summ, desc, "20261210T190000Z", email_of(s, LTC["dom"]), "Maple Ridge LTC - Boardroom 2"))])

@pos
def p_vcf_homecare():
    p = fr_patient(); s = staff("fr")
    adr = "%d rue %s, Brossard QC J4W 1A%d" % (R.randint(10, 999), R.choice(["Lautrec", "Rome", "Naples"]), R.randint(1, 9))
    vcf = make_vcf("%s %s" % (p["given"], p["sur"]), p["given"], p["sur"], pphone("fr"), adr, "SAD - soins de plaie ulcère veineux jambe G, 3x/sem")
    t = "Salut,\n\nNouvelle usagère/nouvel usager au SAD, la fiche contact est jointe. Première visite demain AM.\n\n" + s["given"] + "\n"
    return dict(cat="vcard_homecare", lang="fr", types=["patient_name", "patient_contact", "diagnosis"],
                note="vCard of a home-care client with address, phone and wound-care note",
                frm=addr(s, QC["dom"]), to="equipe.sad@" + QC["dom"], subject="Nouveau client SAD", text=t,
                atts=[("%s_%s.vcf" % (p["sur"].lower(), p["given"].lower()), vcf)])

@pos
def p_family_fwd():
    p = nam_p(); fam = fr_patient()
    orig = ("Bonjour %s %s,\n\nVotre rendez-vous en clinique de mémoire est confirmé le 14 janvier à 9h30.\n"
            "NAM : %s\nVeuillez apporter la liste de vos médicaments.\n\nClinique de mémoire - CISSS MSE\n" % (civ(p), p["sur"], p["nam"]))
    inner = inner_msg("rendezvous@" + QC["dom"], "%s.%s@videotron.example" % (p["given"].lower()[:3], p["sur"].lower()), "Confirmation de rendez-vous", orig, "fr")
    t = ("Bonjour,\n\nJe vous transfère le message reçu par %s. Est-ce qu'on peut déplacer le rendez-vous? "
         "Je ne peux pas l'accompagner le 14.\n\nMerci\n%s %s\n" % ("ma mère" if p["sex"] == "F" else "mon père", fam["given"], p["sur"]))
    return dict(cat="family_forward_attached", lang="fr", types=["ramq_nam", "patient_name", "diagnosis"],
                note="relative forwards (as attached .eml) a memory-clinic appointment with parent's NAM",
                frm="%s %s <%s.%s@gmail.example>" % (fam["given"], p["sur"], fam["given"].lower()[:4], p["sur"].lower()), to="rendezvous@" + QC["dom"],
                subject="TR: Confirmation de rendez-vous", text=t, inner=inner)

@pos
def p_subject_only():
    p = nam_p(); s = staff("fr")
    t = R.choice(["voir objet svp, merci\n", "Merci de l'annuler dans Purkinje, %s a appelé.\n\n" % ("la patiente" if p["sex"] == "F" else "le patient") + s["given"] + "\n", "svp rappeler pour reprise.\n"])
    subj = "RDV annulé - %s, %s - %s" % (p["sur"].upper(), p["given"], fmt_nam(p["nam"], R.choice(["plain", "space"])))
    return dict(cat="subject_only", lang="fr", types=["ramq_nam", "patient_name"],
                note="patient name and NAM appear only in the Subject of a cancellation note",
                frm=addr(s, GMF["dom"]), to="accueil@" + GMF["dom"], subject=subj, text=t, mode="plain")

@pos
def p_disguised():
    p = nam_p(); s = staff("fr")
    style = R.choice(["spaced", "dots", "split"])
    if style == "split":
        idtxt = "%s\n%s\n%s" % (p["nam"][:4], p["nam"][4:8], p["nam"][8:])
    else:
        idtxt = fmt_nam(p["nam"], style)
    t = ("Salut,\n\nje t'écris le numéro comme ça pour que le courriel passe pas dans le filtre :)\n\n%s\n\n"
         "c'est pour %s %s, résultats de la biopsie à lui remettre vendredi (positif, carcinome). Merci!\n\n%s\n"
         % (idtxt, p["given"], p["sur"][0] + ".", s["given"]))
    return dict(cat="disguised_id", lang="fr", types=["ramq_nam", "patient_name", "diagnosis", "lab_result"],
                note="NAM deliberately spelled out to evade filtering, with biopsy result",
                frm=addr(s, GMF["dom"]), to="%s@gmail.example" % s["given"].lower().replace("é", "e"), subject="le numéro", text=t)

@pos
def p_fullwidth():
    p = nam_p(); s = staff("fr")
    t = ("Bonjour,\n\nPouvez-vous ajouter au registre de dépistage : %s %s, NAM %s, DDN %s. RSOSi de dépistage colorectal à envoyer par la poste.\n\nMerci\n"
         % (p["given"], p["sur"], fmt_nam(p["nam"], "fullwidth"), p["dob"])) + sig_fr(s, "secrétaire médicale", GMF)
    return dict(cat="fullwidth_nam", lang="fr", types=["ramq_nam", "patient_name", "date_of_birth"],
                note="NAM written with full-width digits, name and DOB for screening registry",
                frm=addr(s, GMF["dom"]), to="pqdcs@" + QC["dom"], subject="Ajout registre dépistage", text=t)

@pos
def p_niss():
    p = fr_patient(); s = staff("fr"); niss = gen_niss(p["dob"], p["sex"])
    f = R.choice(["%s.%s.%s-%s.%s", "%s%s%s%s%s"]) % (niss[:2], niss[2:4], niss[4:6], niss[6:9], niss[9:])
    t = ("Bonjour Madame, Monsieur,\n\nNous accueillons en réadaptation %s %s %s, ressortissant%s belge, transféré%s de la Clinique Saint-Luc (Bruxelles) "
         "après AVC ischémique sylvien gauche. Numéro de registre national : %s.\n\nPourriez-vous nous transmettre le dossier de rééducation et le compte rendu d'imagerie?\n\nCordialement,\n"
         % (civ(p), p["given"], p["sur"], "e" if p["sex"] == "F" else "", "e" if p["sex"] == "F" else "", f))
    t += sig_fr(s, "ergothérapeute", dict(org="Centre de réadaptation Le Virage (CISSS MSE)", addr="5300, ch. de Chambly, Saint-Hubert (Québec)", tel="450 555-0"))
    return dict(cat="be_niss_rehab", lang="fr", types=["be_niss", "patient_name", "diagnosis"],
                note="rehab centre asks a Belgian hospital for records of named patient with NISS and stroke",
                frm=addr(s, QC["dom"]), to="secretariat.revalidation@stluc-exemple.example", subject="Demande de dossier - transfert international", text=t)

@pos
def p_nir():
    p = fr_patient(); s = staff("fr"); nir = gen_nir(p["dob"], p["sex"])
    f = "%s %s %s %s %s %s %s" % (nir[0], nir[1:3], nir[3:5], nir[5:7], nir[7:10], nir[10:13], nir[13:])
    t = ("Bonjour,\n\n%s %s %s, touriste française, a consulté au sans-rendez-vous pour une fracture du poignet. "
         "N° de sécurité sociale : %s. La facture pour soins hors RAMQ est jointe à l'envoi postal.\n\nMerci de confirmer la prise en charge.\n"
         % (civ(p), p["given"], p["sur"], f)).replace("touriste française", "touriste française" if p["sex"] == "F" else "touriste français")
    t += sig_fr(s, "agente de facturation", GMF)
    return dict(cat="fr_nir_billing", lang="fr", types=["fr_nir", "patient_name", "diagnosis"],
                note="billing note to French insurer with tourist's name, NIR and fracture",
                frm=addr(s, GMF["dom"]), to="remboursements@mutuelle-exemple.example", subject="Prise en charge soins à l'étranger", text=t)

@pos
def p_sin_wsib():
    p = ont_patient(); s = staff("en"); sn = gen_sin()
    t = ("Hello,\n\nRe: claim for %s %s, DOB %s, SIN %s.\nForm 8 completed: lumbar strain at work on Nov %d, off work 2 weeks, modified duties after. "
         "Physio referral made.\n\nPlease advise if anything else is needed.\n" % (p["given"], p["sur"], dob_en(p["dob"]), fmt_sin(sn), R.randint(1, 20)))
    t += sig_en(s, "Billing clerk", ON)
    return dict(cat="wsib_claim", lang="en", types=["ca_sin", "patient_name", "date_of_birth", "diagnosis"],
                note="workers' compensation billing mail with patient's SIN, DOB and injury",
                frm=addr(s, ON["dom"]), to="claims@wsib-exemple.example", subject="Form 8 - claim info", text=t)

@pos
def p_reply_quoted():
    p = ont_patient(); s1 = staff("en"); s2 = staff("en"); mrn = gen_mrn("7")
    orig = ("Can someone book %s %s (chart %s) for a BP recheck and repeat lytes? Started on ramipril last week, creat was 142.\n\n%s"
            % (p["given"], p["sur"], mrn, s1["given"]))
    t = "Done - booked Tues 10:20 w/ the RN.\n\n" + s2["given"] + en_quote_head(s1, ON["dom"]) + quote(orig) + "\n"
    return dict(cat="reply_quoted", lang="en", types=["patient_name", "mrn", "medication", "lab_result"],
                note="short reply; quoted original names patient with chart number, drug and creatinine",
                frm=addr(s2, ON["dom"]), to=addr(s1, ON["dom"]), cc="bookings@" + ON["dom"], subject="RE: booking", text=t)

@pos
def p_research():
    p = ont_patient(); s = staff("en")
    t = ("Hi %s,\n\nScreening log update for the HEART-FIT study: participant 014 = %s %s, DOB %s. Screen fail - eGFR 24 (exclusion <30). "
         "Please remove from the call list.\n\nThanks,\n%s %s\nResearch Coordinator\n" % (R.choice(EN_F), p["given"], p["sur"], dob_en(p["dob"]), s["given"], s["sur"]))
    return dict(cat="research_screening", lang="en", types=["patient_name", "date_of_birth", "lab_result"],
                note="research coordinator links study participant ID to name, DOB and eGFR",
                frm=addr(s, ON["dom"]), to="study.heartfit@university-exemple.example", subject="Screening log - 014", text=t)

@pos
def p_incident():
    p = fr_patient(); s = staff("fr")
    t = ("Bonjour,\n\nDéclaration AH-223 complétée pour l'événement suivant :\nRésident : %s %s, ch. %d\nDate : %d nov. 2026, vers %dh\n"
         "Description : chute en se levant seul pour aller à la toilette; douleur hanche D, transfert CH, fracture col fémoral confirmée.\n"
         "Mesures : alarme de lit, révision de la médication (zopiclone).\n\n" % (p["given"], p["sur"], R.randint(100, 340), R.randint(1, 28), R.randint(0, 23)))
    t += sig_fr(s, "chef d'unité" if s["sex"] == "M" else "cheffe d'unité", CHSLD)
    return dict(cat="incident_report", lang="fr", types=["patient_name", "diagnosis", "medication"],
                note="incident report naming a resident with fall, hip fracture and medication review",
                frm=addr(s, CHSLD["dom"]), to="gestion.risques@" + QC["dom"], subject="AH-223 - chute avec conséquence", text=t)

@pos
def p_csv_ltc():
    s = staff("en")
    rows = [["Last", "First", "DOB", "Health #", "Unit", "Flu 2026", "Allergy"]]
    for i in range(R.randint(5, 9)):
        p = ont_patient()
        rows.append([p["sur"], p["given"], p["dob"], p["hcn"], R.choice(["Birch", "Cedar", "Oak"]), R.choice(["Y", "N - refused", "pending"]), R.choice(["NKDA", "penicillin", "sulfa", "egg"])])
    t = "Hi,\n\nAttached is our resident immunization export for the outbreak prep call. Sorry for the late send.\n\n%s\n%s, Maple Ridge LTC\n" % (s["given"], "IPAC Lead")
    return dict(cat="ltc_roster_csv", lang="en", types=["patient_name", "date_of_birth", "ca_health_number"],
                note="CSV of LTC residents with DOB, health numbers, vaccination and allergies",
                frm=addr(s, LTC["dom"]), to="ipac@publichealth-exemple.example", subject="Resident immunization export", text=t,
                atts=[("residents_immunization.csv", make_csv(rows))])

@pos
def p_docx_rehab():
    p = nam_p(); s = staff("fr")
    paras = ["Usager : %s %s   DDN : %s   NAM : %s" % (p["given"], p["sur"], p["dob"], fmt_nam(p["nam"], "space")),
             "Diagnostic : %s" % R.choice(["prothèse totale de genou D", "AVC hémorragique avec hémiparésie G", "amputation transtibiale G"]),
             "Objectifs : marche avec aide technique 50 m, transferts autonomes, retour à domicile.",
             "Fréquence : physiothérapie 5x/sem, ergothérapie 3x/sem."]
    t = "Bonjour,\n\nVoici le plan d'intervention interdisciplinaire à signer avant la rencontre de jeudi.\n" + sig_fr(s, "physiothérapeute", QC)
    return dict(cat="rehab_plan_docx", lang="fr", types=["ramq_nam", "patient_name", "date_of_birth", "diagnosis"],
                note="DOCX rehabilitation plan with user's name, DOB, NAM and diagnosis",
                frm=addr(s, QC["dom"]), to="equipe.readapt@" + QC["dom"], subject="PII à signer", text=t,
                atts=[("PII_%s.docx" % p["sur"].lower(), make_docx("Plan d'intervention interdisciplinaire", paras))])

@pos
def p_zip_lipides():
    s = staff("fr"); rows = [["nom", "prenom", "nam", "ldl", "hdl", "cholesterol_total"]]
    for p in R.sample(NAMS, 5):
        rows.append([p["sur"], p["given"], p["nam"], "%.1f" % R.uniform(1.5, 5.5), "%.2f" % R.uniform(0.8, 1.9), "%.1f" % R.uniform(3.5, 7.5)])
    z = make_zip([("bilan_lipidique_nov.csv", make_csv(rows, ";"))])
    t = "Bonjour Dre,\n\nLes résultats demandés pour votre projet d'amélioration continue sont dans le zip (mot de passe envoyé par texto... finalement pas de mot de passe, désolé).\n" + sig_fr(s, "archiviste médicale", GMF)
    return dict(cat="zip_lab_export", lang="fr", types=["ramq_nam", "patient_name", "lab_result"],
                note="ZIP containing CSV of patients with NAM and lipid results",
                frm=addr(s, GMF["dom"]), to="%s@gmail.example" % R.choice(FR_F).lower().replace("é", "e"), subject="Extraction lipides", text=t,
                atts=[("extraction.zip", z)])

@pos
def p_rehab_reschedule():
    p = ont_patient(); s = staff("en")
    t = ("Hi %s,\n\nWe need to move your physio session after your hip replacement from Monday to Wednesday 9:40 (therapist away). "
         "If that doesn't work, call us at 705-555-0171.\n\nWe have %s on file as your number.\n\nThanks,\n%s\nLakeshore Rehab\n" % (p["given"], pphone("en"), s["given"]))
    return dict(cat="rehab_reschedule", lang="en", types=["patient_name", "patient_contact", "diagnosis"],
                note="rehab clinic writes to a patient by name with phone and hip-replacement context",
                frm=addr(s, "lakeshore-rehab.example"), to="%s.%s@rogers.example" % (p["given"].lower(), p["sur"].lower()), subject="Your physio appointment", text=t)

@pos
def p_same_surname():
    s = staff("fr"); p = fr_patient(); p["sur"] = s["sur"]
    t = ("Bonjour,\n\nPetite précision pour éviter la confusion : %s %s %s (aucun lien avec moi!), %s le %s, doit être vu%s en suivi post-infarctus "
         "dans 2 semaines. ECG + bilan lipidique avant. Ticagrélor 90 mg BID x 12 mois.\n\nMerci\n" % (civ(p), p["given"], p["sur"], ne(p), dob_fr(p["dob"]), "e" if p["sex"] == "F" else ""))
    t += sig_fr(s, "Dr" if s["sex"] == "M" else "Dre", GMF)
    return dict(cat="same_surname", lang="fr", types=["patient_name", "date_of_birth", "diagnosis", "medication"],
                note="physician writes about a patient sharing her/his surname, with MI and meds",
                frm=addr(s, GMF["dom"]), to="secretariat@" + GMF["dom"], subject="Suivi post-IDM", text=t)

@pos
def p_inline_fwd_en():
    p = ont_patient(); s = staff("en"); s0 = staff("en")
    body = ("Please see %s %s, HCN %s, re: new breast lump R, 2 cm. Diagnostic mammo + US ordered. Pt anxious, please expedite.\n" % (p["given"], p["sur"], fmt_hcn(p["hcn"], False)))
    t = "FYI - can you follow up on this one? I'm away next week.\n" + fwd_block("en", s0, ON["dom"], "Urgent imaging", body)
    return dict(cat="inline_forward", lang="en", types=["patient_name", "ca_health_number", "diagnosis"],
                note="inline forward with patient name, health number and breast lump",
                frm=addr(s, ON["dom"]), to="imaging.booking@lakeshorehospital.example", subject="Fwd: Urgent imaging", text=t)

@pos
def p_split_subject_body():
    p = nam_p(); s = staff("fr")
    t = ("Son INR est à 4,6 ce matin. Diminuer warfarine à 2,5 mg DIE et contrôle lundi.\nDDN %s.\n\n%s\n" % (p["dob"], s["given"]))
    return dict(cat="split_subject_body", lang="fr", types=["patient_name", "date_of_birth", "lab_result", "medication"],
                note="name in Subject, DOB, INR and warfarin dose in the body",
                frm=addr(s, GMF["dom"]), to="pharmacie@pharmacie-leduc-roy.example", subject="%s %s - INR" % (p["given"], p["sur"]), text=t)

@pos
def p_ltc_signout_en():
    s = staff("en"); rows = []
    for i in range(R.randint(4, 7)):
        p = ont_patient()
        rows.append("Rm %d%02d %s %s - %s" % (R.randint(1, 3), R.randint(1, 30), p["given"], p["sur"][0] + ".", R.choice(["new cough, CXR ordered, droplet precautions", "BG 2.9 at 0300, juice given, recheck 4.8", "pulled out foley, reinserted", "fall at 0145, no injury, post-fall huddle done", "pain poorly controlled, hydromorphone breakthrough x3", "decreased intake, family aware, palliative approach"])))
    t = "Night report Cedar unit:\n\n%s\n\nMD to review Rm %s in AM.\n\n%s, RPN\n" % ("\n".join(rows), rows[0][3:6], s["given"])
    return dict(cat="ltc_signout_en", lang="en", types=["patient_name", "diagnosis", "medication"],
                note="LTC night report by room with resident first name + initial and clinical events",
                frm=addr(s, LTC["dom"]), to="cedar.unit@" + LTC["dom"], cc="np@" + ON["dom"], subject="Night report - Cedar", text=t)

@pos
def p_homecare_on():
    p = ont_patient(); s = staff("en")
    a = "%d %s, Northbrook ON K0L %dB%d" % (R.randint(10, 999), R.choice(["Elm St", "Queen St E", "Birchwood Cres", "Lakeview Dr"]), R.randint(1, 9), R.randint(1, 9))
    t = ("Home & community care referral\n\nClient: %s %s  DOB %s  HCN %s\nAddress: %s\nPhone: %s\n\nRequest: nursing for wound care (diabetic foot ulcer L heel), 3x/wk; PSW for bathing 2x/wk. "
         "Lives alone, son checks in weekends. Key in lockbox, code given by phone only.\n" % (p["given"], p["sur"], dob_en(p["dob"]), fmt_hcn(p["hcn"]), a, pphone("en")))
    t += sig_en(s, "RN, Care Coordinator", ON)
    return dict(cat="homecare_referral_on", lang="en", types=["patient_name", "date_of_birth", "ca_health_number", "patient_contact", "diagnosis", "social_information"],
                note="home-care referral with client name, DOB, HCN, home address, phone and wound",
                frm=addr(s, ON["dom"]), to="referrals@ontariohealth-athome.example", subject="HCC referral", text=t)

@pos
def p_reply_fr():
    p = fr_patient(); s1 = staff("fr"); s2 = staff("fr"); mrn = gen_mrn(R.choice(["7", "H"]))
    orig = ("Bonjour, l'ergo peut-elle passer voir %s %s (dossier %s) avant son congé? Risque de chute élevé, vit seul%s au 3e sans ascenseur.\n\n%s" % (civ(p), p["sur"], mrn, "e" if p["sex"] == "F" else "", s1["given"]))
    t = "Oui, je la/le vois cet après-midi.\n\n" + s2["given"] + fr_quote_head(s1, QC["dom"]) + quote(orig) + "\n"
    t = t.replace("je la/le vois", "je la vois" if p["sex"] == "F" else "je le vois")
    return dict(cat="reply_quoted_fr", lang="fr", types=["patient_name", "mrn", "social_information"],
                note="short reply; quoted request names patient with chart number, fall risk and living situation",
                frm=addr(s2, QC["dom"]), to=addr(s1, QC["dom"]), subject="RE: ergo avant congé", text=t)

@pos
def p_mh_dossier_fr():
    p = nam_p(); s = staff("fr")
    t = ("Bonjour,\n\nRéférence au guichet d'accès en santé mentale adulte (GASMA) :\n%s %s, %s le %s, NAM %s\n"
         "Trouble panique avec agoraphobie, arrêt de travail depuis 6 sem., %s. Escitalopram 10 mg depuis 4 sem., réponse partielle.\n"
         "Consentement verbal obtenu.\n" % (p["given"], p["sur"], ne(p), dob_fr(p["dob"]), fmt_nam(p["nam"]), R.choice(["séparation récente", "en attente d'aide sociale", "hébergé(e) chez sa sœur"])))
    t += sig_fr(s, "Dr, médecin de famille" if s["sex"] == "M" else "Dre, médecin de famille", GMF) + disc("fr")
    return dict(cat="mh_access_referral", lang="fr", types=["ramq_nam", "patient_name", "date_of_birth", "diagnosis", "medication", "social_information"],
                note="mental-health access referral with NAM, DOB, panic disorder, meds and social context",
                frm=addr(s, GMF["dom"]), to="gasma@" + QC["dom"], subject="Référence GASMA", text=t)

# ================================================================ NEGATIVES
NEG = []
def neg(f): NEG.append(f); return f

def N(cat, lang, note, **kw):
    d = dict(cat=cat, lang=lang, types=[], note=note); d.update(kw); return d

@neg
def n_staff_roster():
    s = staff("fr"); rows = []
    for i in range(6):
        st = staff("fr")
        rows.append("%s, %s (%s) - %s" % (st["sur"].upper(), st["given"], R.choice(["inf.", "inf. aux.", "PAB"]), R.choice(["nuit 2e Est", "formation PDSB 9h-12h", "congé férié", "remplace unité 3 Ouest", "orientation, jumelée avec Lise"])))
    t = "Bonjour à tous,\n\nVoici la liste du personnel pour la fin de semaine :\n\n%s\n\nMerci de signaler tout échange de quart à l'ASI.\n" % "\n".join(rows) + sig_fr(s, "assistante infirmière-chef" if s["sex"] == "F" else "assistant infirmier-chef", CHSLD)
    return N("staff_roster", "fr", "weekend staff roster (employees, shifts, training), no patients",
             frm=addr(s, CHSLD["dom"]), to="personnel.2e@" + CHSLD["dom"], subject="Horaire fin de semaine", text=t)

@neg
def n_staff_sick():
    s = staff("en"); c = staff("en")
    t = ("Hi team,\n\n%s is off sick with influenza until Monday. %s will cover the diabetes education clinic; the Tuesday foot-care clinic is cancelled. "
         "Please don't call %s at home.\n\nThanks,\n%s\nClinic Manager\n" % (c["given"], staff("en")["given"], "him" if c["sex"] == "M" else "her", s["given"]))
    return N("staff_sick_leave", "en", "manager notes a staff member off sick; staff HR info, no patient",
             frm=addr(s, ON["dom"]), to="allstaff@" + ON["dom"], subject="Coverage this week", text=t)

@neg
def n_ph_bulletin():
    s = staff("fr")
    t = ("Bulletin de santé publique - semaine 47\n\nInfluenza : %d cas confirmés dans la région (hausse de %d %%), dont %d cas à l'unité 4B du CH et 2 éclosions en CHSLD.\n"
         "VRS : activité modérée. COVID-19 : stable.\n\nRappel : vaccination gratuite pour les 6 mois et plus. Port du masque recommandé aux urgences.\n\n"
         "Direction de santé publique\n" % (R.randint(80, 300), R.randint(10, 60), R.randint(4, 15)))
    return N("public_health_bulletin", "fr", "weekly public-health bulletin with aggregate case counts",
             frm="dsp.bulletin@" + QC["dom"], to="medecins.gmf@" + QC["dom"], subject="Bulletin DSP - semaine 47", text=t)

@neg
def n_drug_shortage():
    t = ("Pharmacy & Therapeutics Newsletter - December\n\n1. Shortage: amoxicillin oral suspension 250 mg/5 mL - expected until Jan. Use 400 mg/5 mL and adjust volumes.\n"
         "2. New on formulary: semaglutide pens (limited use code 612).\n3. Reminder: SGLT2 inhibitors, hold 3 days before surgery.\n\n"
         "Questions: drug.info@%s\n" % ON["dom"])
    return N("drug_newsletter", "en", "pharmacy newsletter about drug shortages and formulary", frm="pt.committee@" + ON["dom"], to="prescribers@" + ON["dom"], subject="P&T Newsletter - December", text=t)

@neg
def n_invoice():
    s = staff("fr"); lines = []
    tot = 0
    for i in range(4):
        q = R.randint(2, 40); pu = R.choice([12.5, 38.9, 4.75, 129.0]); tot += q * pu
        lines.append("%s  lot %s  qté %d  x %.2f $" % (R.choice(["Gants nitrile M", "Pansements mousse 10x10", "Seringues 3 mL", "Culottes d'incontinence L"]), gen_hcn()[:9], q, pu))
    t = ("Bonjour,\n\nVeuillez trouver ci-dessous la facture FA-%d (bon de commande BC-%d) :\n\n%s\n\nTotal avant taxes : %.2f $\nTPS 123456789RT0001 / TVQ 1234567890TQ0001\nPaiement net 30 jours.\n\n"
         "Service à la clientèle\nDistributions Médicales Rive-Sud inc.\n" % (R.randint(10000, 99999), R.randint(100000, 999999), "\n".join(lines), tot))
    return N("invoice", "fr", "supplier invoice with lot numbers and PO, no patient", frm="facturation@dmrs-exemple.example", to="comptes.payables@" + QC["dom"], subject="Facture FA", text=t)

@neg
def n_it_nas():
    t = ("Avis de maintenance\n\nLe NAS du GMF (\\\\nas-gmf02) sera indisponible samedi de 22h à 2h pour mise à jour du micrologiciel. "
         "Les lecteurs réseau S: et T: seront inaccessibles. Le DMÉ n'est pas touché.\n\nCentre de services TI - poste 4444\n")
    return N("it_maintenance", "fr", "IT notice about NAS (network storage) maintenance", frm="servicedesk@" + QC["dom"], to="tous.gmf@" + GMF["dom"], subject="[TI] Maintenance NAS samedi", text=t)

@neg
def n_parking():
    t = ("Hi everyone,\n\nThe staff parking lot P2 will be repaved Dec 8-10. Please use P4 (shuttle every 15 min). The cafeteria will also close at 14:00 on Dec 9 for the holiday party setup.\n\nFacilities\n")
    return N("facilities", "en", "facilities notice on parking and cafeteria", frm="facilities@" + LTC["dom"], to="staff@" + LTC["dom"], subject="Parking P2 closure", text=t)

@neg
def n_conference():
    sp = [staff("fr") for _ in range(4)]
    topics = ["Prise en charge du diabète de type 2 en GMF", "Déprescription chez la personne âgée en CHSLD", "Soins palliatifs à domicile : cas complexes", "Santé mentale jeunesse : travailler avec la DPJ"]
    prog = "\n".join("%dh%02d  %s — %s %s %s" % (8 + i, R.choice([0, 30]), topics[i], "Dr" if sp[i]["sex"] == "M" else "Dre", sp[i]["given"], sp[i]["sur"]) for i in range(4))
    t = "Journée de formation continue en première ligne\nVendredi 22 janvier 2027, Hôtel Exemple, Longueuil\n\nProgramme :\n%s\n\nInscription : formation@%s (25 $, gratuit pour les résidents)\n" % (prog, QC["dom"])
    return N("conference_programme", "fr", "CME programme with speakers and topics", frm="formation@" + QC["dom"], to="medecins@" + GMF["dom"], subject="Programme - Journée de formation continue", text=t,
             atts=[("programme.pdf", make_pdf("Journée de formation continue", prog.split("\n")))] if R.random() < 0.5 else [])

@neg
def n_job():
    lang = R.choice(["fr", "en"])
    if lang == "fr":
        t = ("AFFICHAGE DE POSTE #%d\nInfirmière clinicienne / infirmier clinicien - GMF des Riveraines\nTemps complet, jour. Salaire selon convention collective (échelle 28,16 $ à 52,33 $).\n"
             "Exigences : BAC, membre OIIQ, 2 ans d'expérience en première ligne.\nPostuler avant le 18 décembre : recrutement@%s\n" % (R.randint(10000, 99999), QC["dom"]))
    else:
        t = ("JOB POSTING #%d\nRegistered Practical Nurse - Maple Ridge LTC\nPart-time, evenings. $31.50-$36.20/h.\nRequirements: CNO registration, GPA training an asset.\n"
             "Apply by Dec 18: careers@%s\n" % (R.randint(10000, 99999), LTC["dom"]))
    return N("job_posting", lang, "job posting", frm="recrutement@" + QC["dom"] if lang == "fr" else "careers@" + LTC["dom"], to="affichage@partenaires.example", subject="Affichage de poste" if lang == "fr" else "Job posting - RPN", text=t)

@neg
def n_teaching():
    t = ("Cas clinique pour le club de lecture de jeudi :\n\nUne femme de 78 ans, résidente en CHSLD, présente depuis 3 jours une confusion fluctuante, une rétention urinaire et de la constipation. "
         "Sa médication comprend oxybutynine, amitriptyline et hydromorphone.\n\nQuestions : 1) Diagnostic différentiel du délirium? 2) Quelle charge anticholinergique? 3) Plan de déprescription?\n\n"
         "Bonne lecture,\nDr %s, responsable de l'enseignement\n" % R.choice(FR_S))
    return N("teaching_case", "fr", "anonymised teaching case (78-year-old woman), nothing identifying", frm="enseignement@" + GMF["dom"], to="residents@" + GMF["dom"], subject="Club de lecture - cas de jeudi", text=t)

@neg
def n_blank_form():
    paras = ["Nom de l'usager : ____________________", "Date de naissance : ____ / ____ / ______", "NAM : ____________", "Adresse : ________________________________",
             "Motif du transport : [ ] dialyse  [ ] oncologie  [ ] autre", "Signature du professionnel : ____________"]
    t = "Bonjour,\n\nVoici le nouveau gabarit de demande de transport adapté (version 2026-11). Merci de détruire les anciennes versions.\n\nDirection des services techniques\n"
    return N("blank_form_docx", "fr", "blank transport request form template (DOCX)", frm="gabarits@" + QC["dom"], to="secretariats@" + QC["dom"], subject="Nouveau formulaire de transport", text=t,
             atts=[("formulaire_transport_v2026-11.docx", make_docx("Demande de transport adapté", paras))])

@neg
def n_committee_ics():
    s = staff("en")
    t = "Hi all,\n\nPlease find attached the invite for the next Quality & Patient Safety committee meeting. Agenda to follow.\n\n%s\n" % s["given"]
    return N("committee_invite", "en", "committee meeting invitation (ICS) with no patient content", frm=addr(s, ON["dom"]), to="qps.committee@" + ON["dom"], subject="Invitation: QPS Committee", text=t,
             atts=[("meeting.ics", make_ics("Quality & Patient Safety Committee", "Agenda: falls dashboard Q3, hand hygiene audit, med incident trends.", "20261215T170000Z", email_of(s, ON["dom"]), "Boardroom A / Teams"))])

def imei():
    b = "35" + "".join(str(R.randint(0, 9)) for _ in range(12))
    return b + luhn.calc_check_digit(b)

@neg
def n_vendor_imei():
    t = ("Hello,\n\nYour order of 12 nurse-call handsets has shipped. Serial numbers / IMEIs:\n%s\n\nTracking: 1Z999AA10123456784\n\nAscom-Example Support\n"
         % "\n".join("SN %s  IMEI %s" % (gen_hcn()[:8], imei()) for _ in range(4)))
    return N("vendor_shipping", "en", "vendor shipping notice with serials and IMEIs", frm="support@ascom-exemple.example", to="biomed@" + LTC["dom"], subject="Shipment confirmation", text=t)

@neg
def n_training_xlsx():
    rows = [["Matricule", "Nom", "Prénom", "Titre", "Formation", "Date"]]
    for i in range(8):
        st = staff("fr")
        rows.append([str(R.randint(100000, 999999)), st["sur"], st["given"], R.choice(["PAB", "Inf.", "Inf. aux."]), R.choice(["PDSB", "RCR", "Prévention des infections", "Omega"]), "2026-12-%02d" % R.randint(1, 20)])
    t = "Bonjour,\n\nCi-joint la liste des employés inscrits aux formations obligatoires de décembre.\n\nService de la formation - DRHCAJ\n"
    return N("training_list_xlsx", "fr", "XLSX of employees with employee numbers and training", frm="formation.rh@" + QC["dom"], to="gestionnaires@" + QC["dom"], subject="Inscriptions formations décembre", text=t,
             atts=[("inscriptions_dec.xlsx", make_xlsx("Inscriptions", rows))])

@neg
def n_quality_stats():
    t = ("Q3 quality dashboard\n\n- Falls per 1000 resident-days: %.1f (target 5.0)\n- Pressure injuries stage 2+: %d\n- Antipsychotic use without dx: %d %%\n- Hand hygiene compliance: %d %%\n\n"
         "Full report on the shared drive.\n" % (R.uniform(3, 8), R.randint(2, 9), R.randint(12, 25), R.randint(78, 96)))
    return N("quality_dashboard", "en", "aggregate quality indicators", frm="quality@" + LTC["dom"], to="leadership@" + LTC["dom"], subject="Q3 quality dashboard", text=t)

@neg
def n_ref_process():
    t = ("Reminder re: optometry and dental referrals\n\nAll referrals now go through Ocean eReferral. Please attach the most recent A1c for diabetic retinal screening. "
         "Dental referrals for patients on bisphosphonates: include duration of therapy.\nThe fax line 705-555-0190 will be retired Jan 31.\n\nReferral office\n")
    return N("referral_process", "en", "memo on referral process, no patient", frm="referrals@" + ON["dom"], to="clinicians@" + ON["dom"], subject="Referral process changes", text=t)

@neg
def n_doc_disease():
    d = staff("fr")
    t = ("Bonjour,\n\nPour vos patients MPOC, n'hésitez pas à référer au %s %s %s, pneumologue, qui offre maintenant une clinique conjointe au GMF le mardi. "
         "%s s'intéresse particulièrement à la réadaptation pulmonaire.\n\nCoordination GMF\n" % ("Dr" if d["sex"] == "M" else "Dre", d["given"], d["sur"], "Il" if d["sex"] == "M" else "Elle"))
    return N("physician_specialty", "fr", "physician named next to the disease they treat", frm="coordination@" + GMF["dom"], to="medecins@" + GMF["dom"], subject="Clinique MPOC le mardi", text=t)

@neg
def n_visiting():
    t = ("Dear families,\n\nDue to the influenza outbreak declared on Birch unit, visits are limited to 2 designated caregivers per resident until further notice. "
         "Masks are mandatory. Thank you for your patience.\n\nMaple Ridge LTC Administration\n")
    return N("family_notice", "en", "general notice to families, no individual", frm="admin@" + LTC["dom"], to="families@" + LTC["dom"], subject="Visiting restrictions", text=t)

@neg
def n_vacc_clinic():
    t = ("Cliniques de vaccination grippe et COVID - décembre\n\nSans rendez-vous :\n- Mardi 9h-15h, CLSC Longueuil-Ouest\n- Jeudi 13h-19h, Carrefour Exemple\n"
         "Prise de rendez-vous : Clic Santé ou 450 555-0100.\nApportez votre carte d'assurance maladie.\n")
    return N("vaccination_clinics", "fr", "public vaccination clinic schedule", frm="vaccination@" + QC["dom"], to="partenaires@" + QC["dom"], subject="Cliniques de vaccination - décembre", text=t)

@neg
def n_asset_csv():
    rows = [["Asset tag", "Description", "Location", "Serial"]]
    for i in range(8):
        rows.append(["A-%s" % gen_hcn(), R.choice(["IV pump", "Bladder scanner", "Lift - ceiling", "Vitals monitor"]), R.choice(["Birch 2", "Cedar 1", "Oak 3"]), gen_sin()])
    t = "Hi,\n\nAttached is the biomedical asset inventory for the annual PM schedule.\n\nBiomed\n"
    return N("asset_inventory_csv", "en", "asset inventory CSV with tags/serials passing checksums", frm="biomed@" + LTC["dom"], to="vendor.pm@ascom-exemple.example", subject="Asset inventory", text=t,
             atts=[("assets.csv", make_csv(rows))])

@neg
def n_room_reply():
    s1 = staff("fr"); s2 = staff("fr")
    orig = "Est-ce que la salle 2.14 est libre jeudi 13h pour la rencontre interdisciplinaire? On serait 8.\n\n" + s1["given"]
    t = "Oui c'est réservé à ton nom, le projecteur est brisé par contre.\n\n" + s2["given"] + fr_quote_head(s1, QC["dom"]) + quote(orig) + "\n"
    return N("room_booking_reply", "fr", "reply thread about booking a meeting room", frm=addr(s2, QC["dom"]), to=addr(s1, QC["dom"]), subject="RE: Salle 2.14 jeudi", text=t)

@neg
def n_fwd_newsletter():
    s = staff("en")
    inner = inner_msg("news@ontariohealth-exemple.example", "subscribers@ontariohealth-exemple.example", "Primary Care Digest", "Primary Care Digest\n\n- New RSV vaccine guidance for adults 60+\n- Virtual care billing codes update\n- Webinar: managing polypharmacy\n", "en")
    t = "Worth a read, esp. the RSV piece.\n\n" + s["given"] + "\n"
    return N("newsletter_forward_attached", "en", "newsletter forwarded as attached .eml", frm=addr(s, ON["dom"]), to="physicians@" + ON["dom"], subject="Fwd: Primary Care Digest", text=t, inner=inner)

@neg
def n_staff_vcf():
    st = staff("fr")
    vcf = make_vcf("%s %s" % (st["given"], st["sur"]), st["given"], st["sur"], "450 555-0%03d" % R.randint(100, 199), "", "Infirmière de liaison - poste 2231", org=QC["org"])
    t = "Bonjour,\n\nVoici les coordonnées de notre nouvelle infirmière de liaison en santé mentale.\n\nDirection SMD\n"
    return N("staff_vcard", "fr", "vCard of a staff liaison nurse (work contact)", frm="smd@" + QC["dom"], to="gmf@" + GMF["dom"], subject="Nouvelle infirmière de liaison", text=t,
             atts=[("contact_liaison.vcf", vcf)])

@neg
def n_rehab_program():
    t = ("Lakeshore Rehab is launching a new Falls Prevention group program in January: 8 weeks, Tuesdays and Thursdays, for adults 65+. "
         "Referral form attached to our website. Self-referral accepted at 705-555-0171.\n\nLakeshore Rehab Community Programs\n")
    return N("rehab_program", "en", "announcement of a rehab group program", frm="programs@lakeshore-rehab.example", to="referrals@" + ON["dom"], subject="New falls prevention program", text=t)

@neg
def n_minister():
    t = ("Communiqué interne\n\nLe ministre de la Santé, M. %s %s, visitera le CHSLD Saint-Vallier le 10 décembre pour l'annonce du projet de maison des aînés. "
         "La PDG, Mme %s %s, l'accompagnera. Merci de garder les aires communes dégagées.\n\nDirection des communications\n" % (R.choice(FR_M), R.choice(FR_S), R.choice(FR_F), R.choice(FR_S)))
    return N("executive_notice", "fr", "internal communiqué about minister and CEO visit", frm="communications@" + QC["dom"], to="tous@" + CHSLD["dom"], subject="Visite ministérielle", text=t)

@neg
def n_recall():
    t = ("AVIS DE RAPPEL\n\nProduit : insuline glargine stylo 100 U/mL\nLots visés : %s, %s\nMotif : défaut du mécanisme de dosage.\n"
         "Action : retirer les stylos des lots visés des chariots et retourner à la pharmacie. Aucun rappel pour les autres lots.\n\nDépartement de pharmacie\n" % (gen_hcn()[:7], gen_hcn()[:7]))
    return N("drug_recall", "fr", "drug recall notice with lot numbers", frm="pharmacie@" + QC["dom"], to="chefs.unite@" + QC["dom"], subject="Rappel de lot - insuline glargine", text=t)

@neg
def n_stats_pdf():
    lines = ["Soins à domicile - statistiques octobre 2026", "Usagers actifs : %d" % R.randint(1200, 2200), "Nouvelles admissions : %d" % R.randint(80, 200),
             "Visites infirmières : %d" % R.randint(4000, 9000), "Délai moyen de prise en charge : %.1f jours" % R.uniform(3, 12), "Plaies complexes suivies : %d" % R.randint(60, 180)]
    t = "Bonjour,\n\nCi-joint le tableau de bord SAD d'octobre pour le comité de direction.\n\nDirection SAPA\n"
    return N("stats_report_pdf", "fr", "aggregate home-care statistics PDF", frm="sapa@" + QC["dom"], to="codir@" + QC["dom"], subject="Tableau de bord SAD - octobre", text=t,
             atts=[("tableau_bord_sad_oct.pdf", make_pdf("Tableau de bord SAD", lines))])

@neg
def n_palliative_volunteer():
    t = ("Palliative care volunteer training - spring cohort\n\nSix Saturday mornings starting Feb 6. Topics: communication at end of life, grief support, self-care. "
         "Police check required. Contact our volunteer coordinator at 705-555-0155.\n")
    return N("volunteer_training", "en", "palliative volunteer training announcement", frm="volunteers@" + ON["dom"], to="community@" + ON["dom"], subject="Volunteer training - palliative care", text=t)

@neg
def n_dpj_training():
    t = ("Formation : Le signalement à la DPJ - obligations des professionnels\n\nMercredi 13 janvier, 12h à 13h, Teams. Animée par l'équipe RTS de la DPJ. "
         "Contenu : quand signaler, comment, confidentialité et partage d'information.\nInscription : formation@%s\n" % QC["dom"])
    return N("dpj_training", "fr", "training session on youth-protection reporting, no case", frm="formation@" + QC["dom"], to="professionnels@" + GMF["dom"], subject="Formation DPJ - 13 janvier", text=t)

@neg
def n_mh_week():
    t = ("Mental Health Awareness Week\n\nJoin us for lunch-and-learns all week in the staff lounge. Employee Assistance Program: 1-800-555-0199 (24/7, confidential).\n"
         "Crisis line for the public: 705-555-0111.\n\nPeople & Culture\n")
    return N("mh_awareness", "en", "staff wellness announcement with EAP numbers", frm="people@" + ON["dom"], to="allstaff@" + ON["dom"], subject="Mental Health Awareness Week", text=t)

@neg
def n_oncall_schedule():
    rows = "\n".join("%s %d : Dr %s %s" % (R.choice(["Lun", "Mar", "Mer", "Jeu", "Ven"]), R.randint(1, 28), R.choice(FR_M + FR_F), R.choice(FR_S)) for _ in range(6))
    t = "Bonjour,\n\nGarde téléphonique GMF décembre (cellulaire de garde 450 555-0177) :\n\n%s\n\nMerci de confirmer vos échanges avant le 1er.\n" % rows
    return N("oncall_schedule", "fr", "physician on-call schedule", frm="coordination@" + GMF["dom"], to="medecins@" + GMF["dom"], subject="Horaire de garde - décembre", text=t)

@neg
def n_en_staff_signout_like():
    rows = "\n".join("%s, %s - %s" % (staff("en")["sur"], staff("en")["given"], R.choice(["RN days Birch", "RPN nights Oak", "PSW - on orientation", "RN - vacation Dec 20-27", "PSW - modified duties (back)"])) for _ in range(6))
    t = "Staffing for the holiday weekend:\n\n%s\n\nCall the staffing office at x2200 for swaps.\n" % rows
    return N("staffing_list", "en", "staffing list that reads like a sign-out but lists employees", frm="staffing@" + LTC["dom"], to="charge.nurses@" + LTC["dom"], subject="Holiday weekend staffing", text=t)

@neg
def n_it_phish():
    t = ("IT Security reminder\n\nWe are seeing phishing e-mails claiming to be from \"OHIP Payments\". Do not click links. Report suspicious mail with the Report button.\n"
         "The EMR will be down for upgrade Sunday 02:00-04:00.\n\nIT Service Desk\n")
    return N("it_security", "en", "IT security and downtime notice", frm="itsecurity@" + ON["dom"], to="allstaff@" + ON["dom"], subject="Phishing alert + EMR downtime", text=t)

@neg
def n_billing_aggregate():
    t = ("Hi,\n\nOHIP remittance for November: %d claims submitted, %d rejected (mostly code A007 missing diagnostic code). "
         "Resubmission deadline Dec 31. Total paid $%d.\n\nBilling office\n" % (R.randint(2000, 4000), R.randint(10, 60), R.randint(150000, 400000)))
    return N("billing_summary", "en", "aggregate billing summary", frm="billing@" + ON["dom"], to="physicians@" + ON["dom"], subject="November remittance summary", text=t)

@neg
def n_payment_confirm():
    ref = gen_hcn()
    t = ("Confirmation de paiement\n\nNuméro de transaction : %s\nMontant : %d,%02d $\nFournisseur : Buanderie Industrielle Rive-Sud\nCompte GL 5210-440\n\nServices financiers\n" % (ref, R.randint(1000, 9000), R.randint(0, 99)))
    return N("payment_confirmation", "fr", "payment confirmation with a Luhn-valid 10-digit transaction number", frm="finances@" + QC["dom"], to="buanderie@bir-sud.example", subject="Confirmation de paiement", text=t)

@neg
def n_be_conference():
    t = ("Chers collègues,\n\nLe congrès de la Société belge de gériatrie aura lieu à Namur les 12 et 13 mars. Le Dr %s (CISSS MSE) y présentera nos résultats sur la déprescription en CHSLD "
         "(données agrégées, 14 établissements). Inscriptions : www.sbgg-exemple.example\n\nBien à vous,\nSecrétariat scientifique\n" % R.choice(FR_S))
    return N("be_conference", "fr", "Belgian congress announcement with a speaker and aggregate study", frm="secretariat@sbgg-exemple.example", to="geriatrie@" + QC["dom"], subject="Congrès SBGG - Namur", text=t)

@neg
def n_onboarding_en():
    s = staff("en"); nh = staff("en")
    t = ("Hi all,\n\nPlease welcome %s %s, RN, who joins the FHT diabetes program on Monday. Employee #%d, badge issued. %s will shadow %s for the first two weeks.\n\n%s\nClinic Manager\n" % (nh["given"], nh["sur"], R.randint(10000, 99999), nh["given"], staff("en")["given"], s["given"]))
    return N("staff_onboarding", "en", "new staff welcome with employee number", frm=addr(s, ON["dom"]), to="allstaff@" + ON["dom"], subject="Welcome to the team", text=t)

# ================================================================ main
def verify(out, labels):
    files = sorted([os.path.join(d, f) for d in ("positive", "negative") for f in os.listdir(os.path.join(out, d))])
    assert set(files) == set(labels), "labels do not cover exactly the files"
    for rel in files:
        lab = labels[rel]
        assert lab["confidential"] == rel.startswith("positive/")
        assert (len(lab["types"]) > 0) == lab["confidential"], rel
        raw = open(os.path.join(out, rel), "rb").read()
        m = email.message_from_bytes(raw, policy=email.policy.default)
        stack = [m]
        for part in m.walk():
            assert not part.defects, (rel, part.defects)
            if part.get_content_maintype() == "message":
                inner = part.get_content()
                for ip in inner.walk():
                    assert not ip.defects, (rel, ip.defects)
                    if not ip.is_multipart():
                        ip.get_content()
            elif not part.is_multipart():
                c = part.get_content()
                assert c is not None
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            assert m[h], (rel, h)
    return files

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    a = ap.parse_args()
    out = a.out
    for d in ("positive", "negative"):
        os.makedirs(os.path.join(out, d), exist_ok=True)
        for f in os.listdir(os.path.join(out, d)):
            if f.endswith(".eml"):
                os.remove(os.path.join(out, d, f))
    labels = {}
    stats = {"lang": {}, "transport": {}, "cat_pos": {}, "cat_neg": {}}
    plan = [("p", POS[i % len(POS)]) for i in range(90)] + [("n", NEG[i % len(NEG)]) for i in range(90)]
    R.shuffle(plan)
    cp = cn = 0
    for kind, fn in plan:
        spec = fn()
        if "crlf" not in spec:
            spec["crlf"] = R.random() < 0.3
        data, tr = build(spec)
        if kind == "p":
            cp += 1; rel = "positive/p%03d_%s.eml" % (cp, spec["cat"])
        else:
            cn += 1; rel = "negative/n%03d_%s.eml" % (cn, spec["cat"])
        with open(os.path.join(out, rel), "wb") as fh:
            fh.write(data)
        labels[rel] = {"confidential": kind == "p", "types": sorted(spec["types"]), "lang": spec["lang"], "note": spec["note"]}
        stats["lang"][spec["lang"]] = stats["lang"].get(spec["lang"], 0) + 1
        key = tr.split("/")[0]
        stats["transport"][key] = stats["transport"].get(key, 0) + 1
        for k in ("cs:" + tr.split("/")[1], "cte:" + tr.split("/")[2], "eol:" + tr.split("/")[3]):
            stats["transport"][k] = stats["transport"].get(k, 0) + 1
        ck = "cat_pos" if kind == "p" else "cat_neg"
        stats[ck][spec["cat"]] = stats[ck].get(spec["cat"], 0) + 1
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    files = verify(out, labels)
    h = hashlib.sha256()
    for rel in files + ["labels.json"]:
        h.update(rel.encode() + b"\0" + open(os.path.join(out, rel), "rb").read() + b"\0")
    print("files: %d  positives: %d  negatives: %d" % (len(files), cp, cn))
    print("lang:", json.dumps(stats["lang"], sort_keys=True))
    print("transport:", json.dumps(stats["transport"], sort_keys=True))
    print("categories (pos):", len(stats["cat_pos"]), " categories (neg):", len(stats["cat_neg"]))
    print("types:", json.dumps({t: sum(1 for v in labels.values() if t in v["types"]) for t in sorted({t for v in labels.values() for t in v["types"]})}, sort_keys=True))
    print("sha256:", h.hexdigest())

if __name__ == "__main__":
    main()
