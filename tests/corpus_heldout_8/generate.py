import os
# The synthetic NAMs every blind writer was given, shared by the blind corpora in tests/blind_nams.txt.
NAMS_TXT = "\n".join(line for line in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir,
                   "blind_nams.txt"), encoding="utf-8").read().splitlines() if line.strip() and not line.startswith("#"))
#!/usr/bin/env python3
"""Deterministic generator of a synthetic outbound-mail corpus (health network). Seed 8484."""
import argparse, csv, hashlib, io, json, os, random, re, sys, zipfile, datetime
from email.message import EmailMessage
from email import policy, utils
import email
from stdnum.ca import sin as SIN
from stdnum.be import nn as NN
from stdnum.fr import nir as NIR
from stdnum import luhn

SEED = 8484
R = random.Random(SEED)

PATIENTS = []
for line in NAMS_TXT.strip().splitlines():
    s, g, d, sx, n = line.split()
    PATIENTS.append(dict(sur=s, giv=g, dob=d, sex=sx, nam=n))

FR_GIV_M = ["Jean-François", "Mathieu", "Étienne", "Olivier", "Benoît", "Réjean", "Yves", "Samuel", "Hugo", "Normand"]
FR_GIV_F = ["Isabelle", "Chantal", "Mélanie", "Karine", "Véronique", "Annie", "Julie", "Lise", "Marie-Ève", "Nicole"]
EN_GIV_M = ["Kevin", "Brian", "Daniel", "Ryan", "Trevor", "Gordon", "Ahmed", "Raj", "Patrick", "Owen"]
EN_GIV_F = ["Jennifer", "Ashley", "Megan", "Priya", "Karen", "Laura", "Fatima", "Heather", "Chloe", "Rachel"]
SURN = ["Tremblay", "Côté", "Lavoie", "Bergeron", "Desjardins", "Hébert", "Poulin", "Dubé", "Ménard", "Lemieux",
        "O'Brien", "Patel", "Nguyen", "Campbell", "Stewart", "Khan", "Singh", "Murray", "Fraser", "Kowalski",
        "Vandenberghe", "Dupont", "Lambert", "Janssens", "Peeters", "Moreau", "Girard", "Lefèvre", "Renard", "Mercier"]
STAFF_FR = ["Dre Hélène Beaulieu", "Dr Marc-André Vézina", "Dre Catherine Rioux", "Dr Philippe Asselin", "Dre Nadia Haddad",
            "Dr Sébastien Gingras", "Dre Audrey Labrecque", "Dr François Turcotte"]
STAFF_EN = ["Dr. Sarah Whitfield", "Dr. Michael Osei", "Dr. Linda Cheng", "Dr. Robert Kerr", "Dr. Anika Sharma",
            "Dr. James McLeod", "Dr. Emily Brandt", "Dr. Thomas Reilly"]
NURSES_FR = ["Josiane Paré, inf. clin.", "Caroline Drolet, IPSPL", "Steve Lachance, inf. aux.", "Marilou Bégin, inf."]
NURSES_EN = ["Kim Roberts, RN", "Darlene Hughes, RPN", "Sam Ortiz, NP-PHC", "Nicole Grant, RN(EC)"]
CLERKS_FR = ["Sylvie Charest, agente administrative", "Manon Thériault, adjointe administrative", "Guylaine Roy, commis"]
CLERKS_EN = ["Tracy Bell, unit clerk", "Donna Parker, medical secretary", "Lisa Ferreira, booking clerk"]

ORGS_FR = [
    ("GMF de la Rivière", "gmf-riviere.example", "2250, boul. des Laurentides, Laval (Québec) H7K 2J4", "450 555-0142"),
    ("CHU Exemple — Hôpital Saint-Laurent", "chu-exemple.example", "1000, rue Sainte-Élisabeth, Montréal (Québec) H2X 3E4", "514 555-0100"),
    ("CISSS des Basses-Laurentides", "cisss-bl.example", "500, boul. des Promenades, Saint-Eustache (Québec) J7P 5P7", "450 555-0177"),
    ("Clinique sans rendez-vous Boréale", "clinique-boreale.example", "88, rue Racine Est, Chicoutimi (Québec) G7H 1R4", "418 555-0123"),
    ("GMF-U Haute-Ville", "gmfu-hauteville.example", "1050, chemin Sainte-Foy, Québec (Québec) G1S 4L8", "418 555-0190"),
]
ORGS_BE = [("CHR Citadelle Exemple", "chr-citadelle.example", "Boulevard du 12e de Ligne 1, 4000 Liège", "+32 4 555 01 23")]
ORGS_FRA = [("Centre hospitalier Croix-Rousse Exemple", "ch-croixrousse.example", "103 grande rue, 69004 Lyon", "04 72 55 50 11")]
ORGS_EN = [
    ("Lakeshore General Hospital (example)", "lakeshore-gh.example", "160 Stillview Ave, Pointe-Claire QC H9R 2Y2", "514 555-0130"),
    ("Riverside Family Health Team", "riverside-fht.example", "415 Bank St, Ottawa ON K2P 1Y4", "613 555-0144"),
    ("Kingsway Walk-In Clinic", "kingsway-walkin.example", "2901 Bloor St W, Toronto ON M8X 1B3", "416 555-0162"),
    ("Westmount Square Medical Imaging", "wsq-imaging.example", "4 Westmount Sq, Westmount QC H3Z 2S6", "514 555-0188"),
    ("Hamilton Regional Health Centre", "hrhc.example", "237 Barton St E, Hamilton ON L8L 2X2", "905 555-0111"),
]
EXT_DOMAINS = ["cabinet-lemay-avocats.example", "saaq.example", "cnesst.example", "wsib.example", "assurvie-plus.example",
               "mcleod-barristers.example", "radiologie-laval.example", "sante-publique-laurentides.example",
               "clsc-des-mille-iles.example", "ottawa-publichealth.example", "sunlife-group.example", "gmail.example",
               "videotron.example", "ccsmtl-dpj.example", "homecare-ontario.example", "hotmail.example"]

def pick(l): return R.choice(l)
def pk(lang, l):
    h = len(l) // 2
    return R.choice(l[:h] if lang == 'fr' else l[h:])

def ascii_local(name):
    import unicodedata
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"^(dre?|dr\.)\s+", "", s)
    s = re.sub(r",.*", "", s)
    parts = re.findall(r"[a-z]+", s)
    return ".".join(parts[:2]) if parts else "info"

def addr(name, domain):
    return "%s <%s@%s>" % (re.sub(r",.*", "", name), ascii_local(name), domain)

def sig(name, org, lang):
    o, d, a, ph = org
    disc = ("AVIS DE CONFIDENTIALITÉ : Ce message est destiné uniquement au destinataire visé. S'il vous est parvenu par erreur, "
            "veuillez le détruire et en aviser l'expéditeur." if lang == "fr" else
            "CONFIDENTIALITY NOTICE: This e-mail is intended only for the named recipient. If you received it in error, "
            "please delete it and notify the sender.")
    return "\n\n-- \n%s\n%s\n%s\nTél. %s poste %d\n\n%s" % (name, o, a, ph, R.randint(2000, 7999), disc) if lang == "fr" else \
           "\n\n-- \n%s\n%s\n%s\nTel. %s ext. %d\n\n%s" % (name, o, a, ph, R.randint(2000, 7999), disc)

# ---------- identifiers ----------
def gen_sin():
    while True:
        d = [R.choice("1234567")] + [str(R.randint(0, 9)) for _ in range(7)]
        for c in "0123456789":
            s = "".join(d) + c
            if SIN.is_valid(s): return s

def gen_ohn():
    while True:
        b = str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(8))
        s = b + luhn.calc_check_digit(b)
        if luhn.is_valid(s): return s

def gen_niss(dob, sex):
    y, m, d = dob.split("-")
    ser = R.randint(1, 997)
    if (ser % 2 == 1) != (sex == "M"): ser += 1
    base = y[2:] + m + d + "%03d" % ser
    n = int(("2" + base) if int(y) >= 2000 else base)
    s = base + "%02d" % (97 - n % 97)
    assert NN.is_valid(s), s
    return s

def gen_nir(dob, sex):
    y, m, d = dob.split("-")
    base = ("1" if sex == "M" else "2") + y[2:] + m + "%02d" % R.choice([69, 75, 13, 38, 42]) + "%03d" % R.randint(1, 399) + "%03d" % R.randint(1, 999)
    s = base + "%02d" % (97 - int(base) % 97)
    assert NIR.is_valid(s), s
    return s

def gen_mrn():
    k = R.randint(0, 4)
    if k == 0: return "%07d" % R.randint(1000000, 9999999)
    if k == 1: return "%08d" % R.randint(10000000, 99999999)
    if k == 2: return "H%07d" % R.randint(0, 9999999)
    if k == 3: return "M%06d" % R.randint(0, 999999)
    return "%02d-%06d" % (R.randint(10, 99), R.randint(0, 999999))

FW = str.maketrans("0123456789", "０１２３４５６７８９")
def fmt_nam(n, style=None):
    style = R.randint(0, 5) if style is None else style
    if style == 0: return n
    if style == 1: return "%s %s %s" % (n[:4], n[4:8], n[8:])
    if style == 2: return "%s-%s-%s" % (n[:4], n[4:8], n[8:])
    if style == 3: return n.lower()
    if style == 4: return "%s %s" % (n[:4], n[4:])
    return "%s.%s.%s" % (n[:4], n[4:8], n[8:])

def fmt_num(s, style=None):
    style = R.randint(0, 3) if style is None else style
    if style == 0: return s
    if style == 1: return " ".join(s[i:i+3] for i in range(0, len(s), 3))
    if style == 2: return "-".join(s[i:i+3] for i in range(0, len(s), 3))
    return s.translate(FW)

def fmt_ohn(s):
    return pick([s, "%s-%s-%s" % (s[:4], s[4:7], s[7:]), "%s %s %s %s" % (s[:4], s[4:7], s[7:], pick(["AB", "KT", "ZX", "MN"]))])

def dob_fr(d):
    y, m, dd = d.split("-")
    return pick(["%s/%s/%s" % (dd, m, y), "%s-%s-%s" % (y, m, dd), "%d %s %s" % (int(dd), MOIS[int(m)-1], y)])
def dob_en(d):
    y, m, dd = d.split("-")
    return pick(["%s/%s/%s" % (y, m, dd), "%s %d, %s" % (MONTHS[int(m)-1], int(dd), y), d])
MOIS = ["janvier","février","mars","avril","mai","juin","juillet","août","septembre","octobre","novembre","décembre"]
MONTHS = ["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"]

_pat_order = list(range(len(PATIENTS)))
R.shuffle(_pat_order)
_pi = [0]
def patient():
    p = PATIENTS[_pat_order[_pi[0] % len(PATIENTS)]]
    _pi[0] += 1
    return dict(p)

def patient_age(lo, hi=120):
    p = patient()
    while not (lo <= 2026 - int(p["dob"][:4]) <= hi): p = patient()
    return p

def inv_person(lang, sex=None, minage=18, maxage=90):
    sex = sex or pick("MF")
    if lang == "fr": g = pick(FR_GIV_M if sex == "M" else FR_GIV_F)
    else: g = pick(EN_GIV_M if sex == "M" else EN_GIV_F)
    y = 2026 - R.randint(minage, maxage)
    dob = "%d-%02d-%02d" % (y, R.randint(1, 12), R.randint(1, 28))
    return dict(sur=pick(SURN), giv=g, dob=dob, sex=sex)

def age(dob): return 2026 - int(dob[:4])
def phone(area=None):
    return "%s 555-%04d" % (area or pick(["514", "450", "418", "819", "438"]), R.randint(100, 9999))
def phone_on(): return "(%s) 555-%04d" % (pick(["613", "416", "905", "647"]), R.randint(100, 9999))
def street_fr(): return "%d, %s" % (R.randint(10, 9999), pick(["rue des Érables", "avenue du Parc", "rue Principale", "boul. Labelle", "rue Saint-Denis", "chemin du Lac"]))
def city_fr(): return pick(["Laval (Québec)", "Saint-Jérôme (Québec)", "Montréal (Québec)", "Chicoutimi (Québec)", "Québec (Québec)"])
def street_en(): return "%d %s" % (R.randint(10, 999), pick(["Maple Cres", "Elm St", "Carling Ave", "Queen St E", "Lakeshore Rd", "Sherbrooke St W"]))

def fr_title(p): return "M." if p["sex"] == "M" else "Mme"
def en_title(p): return "Mr." if p["sex"] == "M" else "Ms."
def il(p): return "il" if p["sex"] == "M" else "elle"
def he(p): return "he" if p["sex"] == "M" else "she"
def his(p): return "his" if p["sex"] == "M" else "her"
def ne(p): return "né" if p["sex"] == "M" else "née"

def name_var(p, lang):
    k = R.randint(0, 5)
    if k == 0: return "%s %s" % (p["giv"], p["sur"])
    if k == 1: return "%s, %s" % (p["sur"].upper(), p["giv"])
    if k == 2: return "%s %s %s" % (fr_title(p) if lang == "fr" else en_title(p), p["giv"], p["sur"])
    if k == 3: return "%s %s." % (p["sur"], p["giv"][0])
    if k == 4: return "%s %s" % (p["sur"].upper(), p["giv"])
    return "%s %s" % (p["giv"], p["sur"])

# ---------- attachments ----------
FIXED_ZIP_DT = (2026, 11, 2, 9, 0, 0)
def normalize_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for info in zin.infolist():
        b = zin.read(info.filename)
        if info.filename == "docProps/core.xml":
            b = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2026-11-02T09:00:00Z\3", b)
        zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_DT)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, b)
    zout.close()
    return out.getvalue()

def make_pdf(title, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setFont("Helvetica-Bold", 13); c.drawString(60, 740, title)
    c.setFont("Helvetica", 10)
    y = 715
    for ln in lines:
        for chunk in [ln[i:i+95] for i in range(0, max(len(ln), 1), 95)]:
            c.drawString(60, y, chunk); y -= 14
            if y < 60: c.showPage(); c.setFont("Helvetica", 10); y = 740
    c.showPage(); c.save()
    return buf.getvalue()

def make_docx(title, paras, table=None):
    import docx
    d = docx.Document()
    d.core_properties.author = "generator"
    d.core_properties.created = datetime.datetime(2026, 11, 2, 9, 0, 0)
    d.core_properties.modified = datetime.datetime(2026, 11, 2, 9, 0, 0)
    d.core_properties.last_modified_by = "generator"
    d.add_heading(title, 1)
    for p in paras: d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row): cells[i].text = str(v)
    b = io.BytesIO(); d.save(b)
    return normalize_zip(b.getvalue())

def make_xlsx(sheet, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = sheet[:30]
    for r in rows: ws.append(list(r))
    wb.properties.created = datetime.datetime(2026, 11, 2, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2026, 11, 2, 9, 0, 0)
    wb.properties.creator = "generator"
    b = io.BytesIO(); wb.save(b)
    return normalize_zip(b.getvalue())

def make_csv(rows, enc="utf-8", delim=","):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator="\r\n")
    for r in rows: w.writerow(r)
    return s.getvalue().encode(enc)

def make_zip(files):
    out = io.BytesIO()
    z = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for name, data in files:
        zi = zipfile.ZipInfo(name, FIXED_ZIP_DT); zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        z.writestr(zi, data)
    z.close()
    return out.getvalue()

def ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 74: return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 73:
            out.append(cur); cur = " " + ch
        else: cur += ch
    out.append(cur)
    return "\r\n".join(out)

def ics_esc(s): return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

def make_ics(summary, desc, start, minutes, location, organizer, uid):
    st = start.strftime("%Y%m%dT%H%M%S")
    en = (start + datetime.timedelta(minutes=minutes)).strftime("%Y%m%dT%H%M%S")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Exemple Sante//Agenda 4.2//FR", "METHOD:REQUEST", "BEGIN:VEVENT",
             "UID:%s" % uid, "DTSTAMP:20261102T090000Z", "DTSTART;TZID=America/Toronto:%s" % st,
             "DTEND;TZID=America/Toronto:%s" % en, "SUMMARY:%s" % ics_esc(summary), "DESCRIPTION:%s" % ics_esc(desc),
             "LOCATION:%s" % ics_esc(location), "ORGANIZER:mailto:%s" % organizer, "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(ics_fold(l) for l in lines) + "\r\n").encode("utf-8")

def make_vcf(fn, sur, giv, tel, adr, note="", org=""):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (sur, giv), "FN:%s" % fn]
    if org: lines.append("ORG:%s" % org)
    lines.append("TEL;TYPE=HOME,VOICE:%s" % tel if not org else "TEL;TYPE=WORK,VOICE:%s" % tel)
    if adr: lines.append("ADR;TYPE=%s:;;%s" % ("HOME" if not org else "WORK", adr.replace(",", "\\,")))
    if note: lines.append("NOTE:%s" % ics_esc(note))
    lines.append("END:VCARD")
    return ("\r\n".join(ics_fold(l) for l in lines) + "\r\n").encode("utf-8")

# ---------- message building ----------
BASE_DT = datetime.datetime(2026, 10, 5, 7, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-4)))
def rand_date():
    dt = BASE_DT + datetime.timedelta(days=R.randint(0, 55), minutes=R.randint(0, 12 * 60))
    return dt

def html_of(text):
    import html
    paras = text.split("\n\n")
    out = []
    for p in paras:
        if p.startswith("> ") or "\n> " in p:
            out.append('<blockquote style="border-left:2px solid #ccc;padding-left:6px">%s</blockquote>' % html.escape(p).replace("\n", "<br>"))
        else:
            out.append("<p>%s</p>" % html.escape(p).replace("\n", "<br>\n"))
    return '<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</body></html>' % "\n".join(out)

def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))

TRANSPORTS = [("plain", "utf-8", "quoted-printable"), ("plain", "utf-8", "8bit"), ("plain", "iso-8859-1", "quoted-printable"),
              ("plain", "windows-1252", "8bit"), ("plain", "utf-8", "base64"), ("html", "utf-8", "quoted-printable"),
              ("html", "windows-1252", "quoted-printable"), ("alt", "utf-8", "quoted-printable"), ("alt", "iso-8859-1", "base64"),
              ("alt", "utf-8", "base64"), ("plain", "iso-8859-1", "8bit"), ("html", "utf-8", "base64")]

def fits(text, cs):
    try: text.encode(cs); return True
    except UnicodeEncodeError: return False

def build(spec, idx):
    kind, cs, cte = TRANSPORTS[R.randrange(len(TRANSPORTS))]
    if spec.get("force_kind"): kind = spec["force_kind"]
    body = spec["body"]
    html_body = spec.get("html") or html_of(body)
    if not fits(body, cs) or not fits(spec["subject"], cs) or not fits(html_body, cs): cs = "utf-8"
    if cs != "utf-8": html_body = html_body.replace('charset="utf-8"', 'charset="%s"' % cs)
    m = EmailMessage()
    m["From"] = spec["frm"]; m["To"] = spec["to"]
    if spec.get("cc"): m["Cc"] = spec["cc"]
    m["Subject"] = spec["subject"]
    m["Date"] = utils.format_datetime(spec.get("date") or rand_date())
    dom = spec["frm"].split("@")[1].rstrip(">")
    m["Message-ID"] = "<%08x.%04x.%d@%s>" % (R.getrandbits(32), R.getrandbits(16), idx, dom)
    if spec.get("in_reply_to"): m["In-Reply-To"] = spec["in_reply_to"]; m["References"] = spec["in_reply_to"]
    m["MIME-Version"] = "1.0"
    if R.random() < 0.4: m["X-Mailer"] = pick(["Microsoft Outlook 16.0", "Zimbra 9.0.0_GA", "Apple Mail (2.3731)", "Thunderbird 128.3"])
    if kind == "plain":
        m.set_content(body, subtype="plain", charset=cs, cte=cte)
    elif kind == "html":
        m.set_content(html_body, subtype="html", charset=cs, cte=cte)
    else:
        m.set_content(body, subtype="plain", charset=cs, cte=cte)
        m.add_alternative(html_body, subtype="html", charset=cs, cte=cte)
    tr = "%s/%s/%s" % ({"plain": "text/plain", "html": "text/html", "alt": "multipart/alternative"}[kind], cs, cte)
    for a in spec.get("atts", []):
        data, mt, st, fn = a
        if mt == "message":
            m.add_attachment(data, filename=fn)  # EmailMessage -> message/rfc822
        elif mt == "text":
            prm = {"charset": "utf-8"}
            if st == "calendar": prm["method"] = "REQUEST"
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn, cte="base64", params=prm)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    if spec.get("atts"): tr = "multipart/mixed[%s; %s]" % (tr, ",".join(sorted(set(a[1] + "/" + a[2] for a in spec["atts"]))))
    for part in m.walk():
        if part.is_multipart(): part.set_boundary("----=_Part_%d_%012x" % (idx, R.getrandbits(48)))
    eol = "\r\n" if R.random() < 0.35 else "\n"
    raw = m.as_bytes(policy=policy.default.clone(linesep=eol))
    body_tr = "%s/%s/%s" % ({"plain": "text/plain", "html": "text/html", "alt": "multipart/alternative"}[kind], cs, cte)
    return raw, tr + ("/CRLF" if eol == "\r\n" else "/LF"), body_tr

def mkfwd(frm, to, subject, body, lang):
    """an .eml to attach (forward as attachment)"""
    f = EmailMessage()
    f["From"] = frm; f["To"] = to; f["Subject"] = subject
    f["Date"] = utils.format_datetime(rand_date())
    f["Message-ID"] = "<%08x@%s>" % (R.getrandbits(32), frm.split("@")[1].rstrip(">"))
    f.set_content(body, charset="utf-8", cte=pick(["quoted-printable", "8bit", "base64"]))
    return f

# ---------- positive templates ----------
def org(lang): return pick(ORGS_FR if lang == "fr" else ORGS_EN)
def doc(lang): return pick(STAFF_FR if lang == "fr" else STAFF_EN)
def nurse(lang): return pick(NURSES_FR if lang == "fr" else NURSES_EN)
def clerk(lang): return pick(CLERKS_FR if lang == "fr" else CLERKS_EN)
def ext(): return pick(EXT_DOMAINS)

DX_FR = [("diabète de type 2 mal contrôlé", "metformine 1000 mg BID, gliclazide MR 60 mg DIE", "HbA1c 9,4 %"),
         ("FA nouvellement diagnostiquée", "apixaban 5 mg BID, métoprolol 25 mg BID", "TSH 1,8"),
         ("MPOC exacerbée", "tiotropium 18 mcg DIE, salbutamol PRN", "VEMS 48 % préd."),
         ("dépression majeure, idées suicidaires passives", "sertraline 100 mg DIE", "PHQ-9 = 19"),
         ("IRC stade 3b", "ramipril 5 mg DIE", "DFGe 38, créat 164"),
         ("nodule thyroïdien 2,1 cm", "aucune", "TSH 0,9"),
         ("lombalgie avec radiculopathie L5 G", "naproxène 500 mg BID, prégabaline 75 mg HS", "IRM : hernie L4-L5"),
         ("anémie ferriprive", "fer ferreux 300 mg DIE", "Hb 94, ferritine 6")]
DX_EN = [("poorly controlled type 2 diabetes", "metformin 1000 mg BID, empagliflozin 10 mg daily", "A1c 9.1%"),
         ("new onset atrial fibrillation", "apixaban 5 mg BID, bisoprolol 2.5 mg daily", "TSH 2.1"),
         ("COPD exacerbation", "tiotropium, salbutamol PRN", "FEV1 51% predicted"),
         ("major depressive disorder", "escitalopram 20 mg daily", "PHQ-9 of 18"),
         ("CKD stage 3b", "ramipril 5 mg daily", "eGFR 36, creatinine 171"),
         ("breast lump, BIRADS 4", "none", "US: 1.4 cm hypoechoic mass"),
         ("chronic low back pain with L5 radiculopathy", "naproxen 500 mg BID, gabapentin 300 mg TID", "MRI L4-L5 herniation"),
         ("iron deficiency anemia", "ferrous gluconate 300 mg daily", "Hb 92, ferritin 5")]

def t_referral(lang):
    fr = lang == "fr"; o = org(lang); d = doc(lang)
    if fr:
        p = patient_age(18); k = R.randrange(len(DX_FR)); dx, med, lab = DX_FR[k]
        spec_ = ["endocrinologie", "cardiologie", "pneumologie", "psychiatrie", "néphrologie", "ORL / chirurgie endocrinienne", "orthopédie", "médecine interne"][k]
        body = ("Bonjour,\n\nJe vous réfère %s %s %s, %s le %s (NAM %s), pour évaluation en %s.\n\n"
                "Motif : %s.\nMédication actuelle : %s.\nDernier bilan : %s.\n\nPriorité : %s. Merci de convoquer directement "
                "la patiente au %s.%s") % (("" if age(p["dob"]) < 18 else fr_title(p)), p["giv"], p["sur"], ne(p), dob_fr(p["dob"]), fmt_nam(p["nam"]), spec_, dx, med, lab,
                pick(["B (< 10 jours)", "C (< 28 jours)", "D (< 3 mois)"]), phone(), sig(d, o, lang))
        if p["sex"] == "M": body = body.replace("la patiente", "le patient")
        subj = pick(["Référence %s - %s %s" % (spec_, p["sur"], p["giv"]), "Demande de consultation en %s" % spec_, "Réf. CRDS %s" % spec_])
        types = ["patient_name", "ramq_nam", "date_of_birth", "diagnosis", "medication", "lab_result", "patient_contact"]
    else:
        p = inv_person(lang); k = R.randrange(len(DX_EN)); dx, med, lab = DX_EN[k]; ohn = gen_ohn()
        spec_ = ["endocrinology", "cardiology", "respirology", "psychiatry", "nephrology", "breast surgery", "orthopaedics", "internal medicine"][k]
        body = ("Dear colleague,\n\nThank you for seeing %s %s (DOB %s, OHIP %s) regarding %s.\n\nCurrent meds: %s\nRecent results: %s\n\n"
                "Pt can be reached at %s. Please fax consult note back to our office.\n\nRegards,%s") % (
                p["giv"], p["sur"], dob_en(p["dob"]), fmt_ohn(ohn), dx, med, lab, phone_on(), sig(d, o, lang))
        subj = pick(["Referral: %s - %s" % (spec_, p["sur"]), "New referral %s" % spec_, "Consult request (%s)" % spec_])
        types = ["patient_name", "ca_health_number", "date_of_birth", "diagnosis", "medication", "lab_result", "patient_contact"]
    return dict(cat="referral", frm=addr(d, o[1]), to="%s" % ("crds@crds-laurentides.example" if lang == "fr" else "intake@ottawa-specialists.example"), subject=subj, body=body, types=types,
                note="referral letter naming a patient with identifier and clinical details")

def t_consult_reply(lang):
    fr = lang == "fr"; o = org(lang); d = doc(lang); d2 = doc(lang)
    p = patient_age(30) if fr else inv_person(lang)
    if fr:
        orig = "Bonjour, pourriez-vous voir %s %s pour %s? Merci." % (p["giv"], p["sur"], pick(["DRS atypique", "dyspnée d'effort", "HTA résistante"]))
        body = ("Bonjour Dr,\n\nVu votre patient%s %s aujourd'hui. Épreuve d'effort négative, écho : FEVG 55 %%. Je suggère de cesser l'amlodipine "
                "et d'introduire le périndopril 4 mg DIE. Revoir dans 3 mois avec bilan lipidique.\n\n%s\n\nLe %s, %s a écrit :\n%s") % (
                "e" if p["sex"] == "F" else "", name_var(p, lang), sig(d, o, lang).strip(), "12 oct. 2026", d2, quote(orig))
        types = ["patient_name", "diagnosis", "medication"]
    else:
        orig = "Hi, could you see %s %s (chart %s) re: %s? Thanks." % (p["giv"], p["sur"], gen_mrn(), pick(["atypical chest pain", "exertional dyspnea", "resistant HTN"]))
        body = ("Hi,\n\nSaw %s today. Stress test negative, echo LVEF 55%%. Suggest stopping amlodipine and starting perindopril 4 mg daily. "
                "Repeat lipids in 3 months.\n\n%s\n\nOn Oct 12, 2026, %s wrote:\n%s") % (name_var(p, lang), sig(d, o, lang).strip(), d2, quote(orig))
        types = ["patient_name", "mrn", "diagnosis", "medication"]
    return dict(cat="consult_reply", frm=addr(d, o[1]), to=addr(d2, ext()), subject="RE: " + pk(lang, ["consultation", "Référence", "consult", "Re: referral"]),
                body=body, types=types, note="consult reply with quoted request about a named patient")

def t_signout(lang):
    fr = lang == "fr"; o = org(lang); d = doc(lang)
    rows = []
    for i in range(R.randint(4, 8)):
        p = inv_person(lang, minage=30)
        issue = pick(["post-op J2 colectomie, surveiller drain", "pneumonie LID, pip-tazo J3", "NSTEMI, coro demain", "delirium, éviter halopéridol",
                      "IC décompensée, furosémide IV", "cellulite MIG, céfazoline"] if fr else
                     ["POD2 colectomy, watch drain", "RLL pneumonia, pip-tazo day 3", "NSTEMI, cath tomorrow", "delirium, avoid haldol",
                      "CHF exac, IV lasix", "LLE cellulitis, cefazolin"])
        rows.append("%s-%02d  %s  %s  %s" % (pick(["4B", "5A", "6N", "3C"]), R.randint(1, 30), "%s, %s" % (p["sur"].upper(), p["giv"]), gen_mrn(), issue))
    head = "Liste de relève — %s\nCh. | Nom | Dossier | À suivre\n" % pick(["médecine interne", "chirurgie", "garde de nuit"]) if fr else \
           "Sign-out list — %s\nRm | Name | MRN | To do\n" % pick(["GIM team B", "surgery", "night float"])
    body = ("Salut,\n\nVoici la liste pour ce soir.\n\n" if fr else "Hey,\n\nHere's the sign-out for tonight.\n\n") + head + "\n".join(rows) + sig(d, o, lang)
    att = []
    if R.random() < 0.4:
        att = [(make_docx("Relève" if fr else "Sign-out", [], [r.split("  ") for r in rows]), "application",
                "vnd.openxmlformats-officedocument.wordprocessingml.document", "releve.docx" if fr else "signout.docx")]
    return dict(cat="signout_list", frm=addr(d, o[1]), to=addr(doc(lang), o[1]), subject=pk(lang, ["Relève", "Liste de relève", "Signout", "sign-out tonight"]),
                body=body, atts=att, types=["patient_name", "mrn", "diagnosis", "medication"], note="handover list of inpatients with chart numbers and issues")

def t_imaging_booking(lang):
    fr = lang == "fr"; o = org(lang); c = clerk(lang)
    p = patient() if fr else inv_person(lang)
    fem = p["sex"] == "F" and 18 <= age(p["dob"]) <= 45
    exam = pick((["échographie abdominale", "IRM lombaire", "TDM thoracique avec contraste"] + (["mammographie diagnostique", "écho obstétricale 20 sem."] if fem else [])) if fr else
                (["abdominal ultrasound", "lumbar MRI", "CT chest with contrast"] + (["diagnostic mammogram", "20-week anatomy scan"] if fem else [])))
    if fr:
        body = ("Bonjour,\n\nPouvez-vous donner un rendez-vous en %s pour :\n\n%s %s\nDDN : %s\nNAM : %s\nTél. : %s\n\nRequête du Dr jointe. Allergie à l'iode "
                "notée au dossier.\n\nMerci!%s") % (exam, p["sur"].upper(), p["giv"], dob_fr(p["dob"]), fmt_nam(p["nam"]), phone(), sig(c, o, lang))
        types = ["patient_name", "date_of_birth", "ramq_nam", "patient_contact", "diagnosis"]
    else:
        body = ("Hi,\n\nPlease book the following %s:\n\nPatient: %s %s\nDOB: %s\nHealth card: %s\nCell: %s\n\nReq attached. Pt is claustrophobic, "
                "may need lorazepam pre-scan.\n\nThanks,%s") % (exam, p["giv"], p["sur"], dob_en(p["dob"]), fmt_ohn(gen_ohn()), phone_on(), sig(c, o, lang))
        types = ["patient_name", "date_of_birth", "ca_health_number", "patient_contact", "medication"]
    att = [(make_pdf("Requête d'imagerie" if fr else "Imaging requisition", [l for l in body.split("\n")[:10]]), "application", "pdf",
            "requete.pdf" if fr else "requisition.pdf")] if R.random() < 0.5 else []
    return dict(cat="imaging_booking", frm=addr(c, o[1]), to="rdv@%s" % pick(["radiologie-laval.example", "wsq-imaging.example"]),
                subject=pk(lang, ["Demande de RV imagerie", "RDV " + exam, "Booking request", "Imaging booking"]), body=body, atts=att, types=types,
                note="imaging booking request with patient name, identifier, contact")

def t_imaging_report(lang):
    fr = lang == "fr"; o = org(lang); d = doc(lang)
    p = patient_age(40) if fr else inv_person(lang); mrn = gen_mrn()
    if fr:
        rep = ["Patient : %s %s   Dossier : %s   DDN : %s" % (p["sur"].upper(), p["giv"], mrn, dob_fr(p["dob"])), "Examen : TDM thoracique",
               "Indication : toux chronique, ex-fumeur", "Constatations : nodule spiculé de 14 mm au LSD. Pas d'adénopathie.",
               "Conclusion : lésion suspecte, Lung-RADS 4B. TEP suggérée.", "Radiologiste : " + d]
        body = "Bonjour,\n\nRapport préliminaire ci-joint, résultat à communiquer rapidement au patient.\n" + sig(d, o, lang)
    else:
        rep = ["Patient: %s, %s   MRN: %s   DOB: %s" % (p["sur"].upper(), p["giv"], mrn, dob_en(p["dob"])), "Exam: CT chest",
               "Indication: chronic cough, ex-smoker", "Findings: 14 mm spiculated RUL nodule. No adenopathy.",
               "Impression: suspicious, Lung-RADS 4B. PET recommended.", "Radiologist: " + d]
        body = "Hi,\n\nPrelim report attached, please make sure the patient is called back this week.\n" + sig(d, o, lang)
    inline = R.random() < 0.4
    if inline: body = body.replace("ci-joint", "ci-dessous").replace("attached", "below") + "\n\n" + "\n".join(rep)
    att = [] if inline else [(make_pdf("Rapport d'imagerie" if fr else "Imaging report", rep), "application", "pdf", "rapport_%s.pdf" % mrn.replace("-", ""))]
    return dict(cat="imaging_report", frm=addr(d, o[1]), to=addr(doc(lang), ext()), subject=pk(lang, ["Rapport TDM", "Résultat imagerie", "CT report", "Imaging result - action needed"]),
                body=body, atts=att, types=["patient_name", "mrn", "date_of_birth", "diagnosis"], note="imaging report for a named patient")

def t_critical(lang):
    fr = lang == "fr"; o = org(lang); n = nurse(lang)
    p = patient_age(18) if fr else inv_person(lang)
    val = pick(["K+ 6,8 mmol/L", "INR 7,9", "Hb 61 g/L", "glycémie 1,9 mmol/L", "troponine 2450 ng/L"] if fr else
               ["K+ 6.8 mmol/L", "INR 7.9", "Hb 61 g/L", "glucose 1.9 mmol/L", "troponin 2450 ng/L"])
    if fr:
        body = ("URGENT - valeur critique\n\n%s, dossier %s : %s (prélevé ce matin au CLSC). Médecin traitant non joignable, "
                "pouvez-vous rappeler %s au %s?%s") % (name_var(p, lang), gen_mrn(), val, ("la patiente" if p["sex"] == "F" else "le patient"), phone(), sig(n, o, lang))
    else:
        body = ("URGENT critical value\n\n%s, MRN %s: %s (drawn this am). Unable to reach MRP, can you call the pt at %s?%s") % (
                name_var(p, lang), gen_mrn(), val, phone_on(), sig(n, o, lang))
    return dict(cat="critical_value", frm=addr(n, o[1]), to=addr(doc(lang), ext()), subject=pk(lang, ["URGENT valeur critique", "Valeur critique labo", "CRITICAL lab value", "Critical result"]),
                body=body, types=["patient_name", "mrn", "lab_result", "patient_contact"], note="critical lab value for a named patient with chart number")

def t_discharge(lang):
    fr = lang == "fr"; o = org(lang); d = doc(lang)
    p = patient_age(18) if fr else inv_person(lang); mrn = gen_mrn()
    if fr:
        paras = ["Nom : %s %s    NAM : %s    Dossier : %s" % (p["sur"], p["giv"], fmt_nam(p["nam"], 0) if True else "", mrn),
                 "Admission : 2026-10-14   Congé : 2026-10-19", "Diagnostic principal : pneumonie communautaire; diagnostic secondaire : MPOC",
                 "Médication au congé : amoxicilline-clav 875 mg BID x 5 j, tiotropium DIE, prednisone 40 mg x 3 j",
                 "Suivi : GMF dans 7 jours, RX contrôle dans 6 semaines."]
        body = "Bonjour,\n\nVeuillez trouver ci-joint le sommaire d'hospitalisation de votre patient%s.\n%s" % ("e" if p["sex"] == "F" else "", sig(d, o, lang))
        types = ["patient_name", "ramq_nam", "mrn", "diagnosis", "medication"]
    else:
        paras = ["Name: %s %s    Chart: %s    DOB: %s" % (p["giv"], p["sur"], mrn, dob_en(p["dob"])),
                 "Admitted 2026-10-14, discharged 2026-10-19", "Dx: community-acquired pneumonia; COPD",
                 "Discharge meds: amox-clav 875 mg BID x5d, tiotropium daily, prednisone 40 mg x3d", "F/U: family MD in 7 days, CXR in 6 weeks."]
        body = "Hello,\n\nPlease find attached the discharge summary for your patient.\n%s" % sig(d, o, lang)
        types = ["patient_name", "mrn", "date_of_birth", "diagnosis", "medication"]
    att = [(make_docx("Sommaire d'hospitalisation" if fr else "Discharge summary", paras), "application",
            "vnd.openxmlformats-officedocument.wordprocessingml.document", "sommaire_conge.docx" if fr else "discharge_summary.docx")]
    return dict(cat="discharge_summary", frm=addr(d, o[1]), to="reception@%s" % pick(["gmf-riviere.example", "riverside-fht.example", "clinique-boreale.example"]),
                subject=pk(lang, ["Sommaire d'hospitalisation", "Congé", "Discharge summary", "D/C summary"]), body=body, atts=att, types=types,
                note="discharge summary attachment with patient identifiers and diagnoses")

def t_prenatal(lang):
    fr = lang == "fr"; o = org(lang); n = nurse(lang)
    if fr:
        p = patient()
        while p["sex"] != "F" or not (1980 <= int(p["dob"][:4]) <= 2006): p = patient()
        body = ("Bonjour,\n\nSuivi de grossesse de %s %s (%s ans, NAM %s) : G2P1, %d sem. HGOP 75 g anormale (1 h : 11,2), donc diabète gestationnel. "
                "Référence en clinique GARE faite; début insuline NPH possible. Prochain RV obstétrical le %d novembre.\n\nMerci de transmettre à l'infirmière "
                "de périnatalité du CLSC.%s") % (p["giv"], p["sur"], age(p["dob"]), fmt_nam(p["nam"]), R.randint(24, 30), R.randint(3, 28), sig(n, o, lang))
        types = ["patient_name", "ramq_nam", "diagnosis", "lab_result", "medication"]
    else:
        p = inv_person(lang, sex="F", minage=20, maxage=42)
        body = ("Hi,\n\n%s %s, DOB %s, G3P2 at %d+%d wks. BP 148/96 x2, protein/creatinine ratio 41. Sent to L&D for PIH assessment. "
                "Chart %s. Partner's number %s.\n\nThanks,%s") % (p["giv"], p["sur"], dob_en(p["dob"]), R.randint(30, 37), R.randint(0, 6), gen_mrn(), phone_on(), sig(n, o, lang))
        types = ["patient_name", "date_of_birth", "diagnosis", "lab_result", "mrn", "patient_contact"]
    return dict(cat="prenatal_followup", frm=addr(n, o[1]), to=addr(nurse(lang), ext()), subject=pk(lang, ["Suivi de grossesse", "Périnatalité - suivi", "OB follow-up", "Prenatal update"]),
                body=body, types=types, note="prenatal follow-up about a named pregnant patient")

def t_vaccination(lang):
    fr = lang == "fr"; o = org(lang); n = nurse(lang)
    if fr:
        p = patient()
        while int(p["dob"][:4]) < 2010: p = patient()
        body = ("Bonjour,\n\nL'enfant %s %s (%s le %s, NAM %s) n'a pas reçu la 2e dose RRO-Var ni le rappel DCaT-VPI prévu à 18 mois selon le registre. "
                "La mère a été jointe au %s, elle refuse pour le moment. Dossier à suivre par la santé publique.%s") % (
                p["giv"], p["sur"], ne(p), dob_fr(p["dob"]), fmt_nam(p["nam"]), phone(), sig(n, o, lang))
        types = ["patient_name", "date_of_birth", "ramq_nam", "patient_contact", "social_information"]
    else:
        p = inv_person(lang, minage=1, maxage=6)
        body = ("Hi,\n\nPer Panorama, %s %s (DOB %s) is overdue for MMR-V dose 2 and the 18-month DTaP-IPV-Hib booster. Mother (%s) "
                "says they moved shelters twice this year. Please follow up.%s") % (p["giv"], p["sur"], dob_en(p["dob"]), phone_on(), sig(n, o, lang))
        types = ["patient_name", "date_of_birth", "patient_contact", "social_information"]
    return dict(cat="vaccination_followup", frm=addr(n, o[1]), to="vaccination@%s" % ("sante-publique-laurentides.example" if lang == "fr" else "ottawa-publichealth.example"),
                subject=pk(lang, ["Vaccins en retard", "Suivi vaccination", "Overdue immunizations", "Imm follow-up"]), body=body, types=types,
                note="immunization follow-up for a named child")

def t_insurance(lang):
    fr = lang == "fr"; o = org(lang); c = clerk(lang); d = doc(lang)
    if fr:
        p = patient_age(18, 66); payer = pick(["SAAQ", "CNESST", "Assurvie Plus"])
        body = ("Bonjour,\n\nCi-joint le rapport médical %s pour %s %s (réclamation n° %d). Diagnostic : %s. Arrêt de travail prolongé jusqu'au %d décembre. "
                "NAS du travailleur : %s.%s") % ("initial" if payer != "Assurvie Plus" else "d'invalidité", p["giv"], p["sur"], R.randint(100000000, 999999999),
                pick(["entorse cervicale post-accident", "tendinite de la coiffe D", "trouble d'adaptation avec humeur anxieuse", "fracture du radius distal"]),
                R.randint(1, 28), fmt_num(gen_sin()), sig(c, o, lang))
        rep = ["Rapport médical - %s" % payer, "Travailleur : %s %s  DDN : %s  NAM : %s" % (p["sur"], p["giv"], dob_fr(p["dob"]), p["nam"]), "Médecin : " + d]
        types = ["patient_name", "ca_sin", "diagnosis", "ramq_nam", "date_of_birth"]
        subj = "Rapport médical %s" % payer
    else:
        p = inv_person(lang); payer = pick(["WSIB", "Sun Life", "Manulife"])
        body = ("Hello,\n\nAttached please find the Functional Abilities Form for %s %s, claim #%d. Diagnosis: %s. Off work until Dec %d. SIN %s.\n\n%s") % (
                p["giv"], p["sur"], R.randint(10000000, 99999999), pick(["lumbar strain", "rotator cuff tear", "generalized anxiety disorder", "distal radius fracture"]),
                R.randint(1, 28), fmt_num(gen_sin()), sig(c, o, lang).strip())
        rep = ["%s Functional Abilities Form" % payer, "Worker: %s %s  DOB: %s  HN: %s" % (p["sur"], p["giv"], dob_en(p["dob"]), gen_ohn()), "Physician: " + d]
        types = ["patient_name", "ca_sin", "diagnosis", "ca_health_number", "date_of_birth"]
        subj = "%s form - claim" % payer
    att = [(make_pdf(rep[0], rep), "application", "pdf", "formulaire.pdf" if fr else "FAF.pdf")]
    dom = {"SAAQ": "saaq.example", "CNESST": "cnesst.example", "Assurvie Plus": "assurvie-plus.example", "WSIB": "wsib.example", "Sun Life": "sunlife-group.example", "Manulife": "manulife-exemple.example"}[payer]
    return dict(cat="insurance_form", frm=addr(c, o[1]), to=("reclamations@%s" if fr else "claims@%s") % dom,
                subject=subj, body=body, atts=att, types=types, note="insurer form for a named worker with SIN and diagnosis")

def t_lawyer(lang):
    fr = lang == "fr"; o = org(lang); c = pick(["Archives médicales", "Health Records"])
    if fr:
        p = patient_age(18)
        body = ("Maître,\n\nEn réponse à votre demande du %d octobre concernant votre client%s %s %s (%s le %s, dossier %s), nous vous transmettons "
                "copie des notes d'urgence et du protocole opératoire (ostéosynthèse de la cheville droite). L'autorisation signée est au dossier.\n\n"
                "Frais de reproduction : 28,50 $.\n\nService des archives médicales%s") % (R.randint(1, 28), "e" if p["sex"] == "F" else "", fr_title(p), p["sur"],
                ne(p), dob_fr(p["dob"]), gen_mrn(), sig("Archives médicales", o, lang))
    else:
        p = inv_person(lang)
        body = ("Dear Counsel,\n\nFurther to your request regarding your client %s %s (DOB %s, MRN %s), enclosed are the ED record and MRI report "
                "(left ACL tear) from the %s visit. Signed consent received.\n\nHealth Records Department%s") % (p["giv"], p["sur"], dob_en(p["dob"]), gen_mrn(),
                pick(["June 3", "July 19", "Aug 2"]), sig("Health Records", o, lang))
    att = [(make_pdf("Dossier" if fr else "Records", body.split("\n")[2:5]), "application", "pdf", "dossier.pdf" if fr else "records.pdf")]
    return dict(cat="lawyer_records", frm="%s <archives@%s>" % (c, o[1]), to="reception@%s" % ("cabinet-lemay-avocats.example" if lang == "fr" else "mcleod-barristers.example"),
                subject=pk(lang, ["Demande de dossier - votre réf.", "Copie de dossier", "Records request - your file", "Medical records release"]),
                body=body, atts=att, types=["patient_name", "date_of_birth", "mrn", "diagnosis"], note="records released to a law firm about a named patient")

def t_homecare(lang):
    fr = lang == "fr"; o = org(lang); n = nurse(lang)
    p = patient_age(60) if fr else inv_person(lang, minage=65)
    if fr:
        adr = "%s, %s" % (street_fr(), city_fr())
        body = ("Bonjour,\n\nDemande SAD : %s %s, %d ans, %s. Tél. %s. Pansement ulcère veineux jambe G 3x/sem, aide au bain. Vit seul%s, "
                "fille à Gatineau.%s") % (p["giv"], p["sur"], age(p["dob"]), adr, phone(), "e" if p["sex"] == "F" else "", sig(n, o, lang))
        types = ["patient_name", "patient_contact", "diagnosis", "social_information"]
    else:
        adr = "%s, %s" % (street_en(), pick(["Ottawa ON", "Hamilton ON", "Pointe-Claire QC"]))
        body = ("Hi,\n\nHome care referral: %s %s, %s. Phone %s. Daily insulin, wound care R heel. Lives alone, recently widowed.%s") % (
                p["giv"], p["sur"], adr, phone_on(), sig(n, o, lang))
        types = ["patient_name", "patient_contact", "medication", "diagnosis", "social_information"]
    att = []
    if R.random() < 0.5:
        att = [(make_vcf("%s %s" % (p["giv"], p["sur"]), p["sur"], p["giv"], phone() if fr else phone_on(), adr, "SAD - pansement" if fr else "home care - wound"),
                "text", "vcard", "%s.vcf" % ascii_local(p["giv"] + " " + p["sur"]))]
    return dict(cat="home_care", frm=addr(n, o[1]), to="accueil@%s" % ("clsc-des-mille-iles.example" if lang == "fr" else "homecare-ontario.example"),
                subject=pk(lang, ["Demande SAD", "Soutien à domicile", "Home care referral", "HC referral"]), body=body, atts=att, types=types,
                note="home-care request with patient name, address, phone")

def t_transport(lang):
    fr = lang == "fr"; o = org(lang); c = clerk(lang)
    p = patient_age(50) if fr else inv_person(lang, minage=60)
    if fr:
        body = ("Transport adapté demandé pour %s le %d nov. 7 h 15 : de %s, %s vers l'hémodialyse (pav. B). Fauteuil roulant. Tél. %s.%s") % (
                name_var(p, lang), R.randint(1, 28), street_fr(), city_fr(), phone(), sig(c, o, lang))
    else:
        body = ("Transport needed for %s on Nov %d 07:15 from %s to dialysis unit. Wheelchair. Contact %s.%s") % (
                name_var(p, lang), R.randint(1, 28), street_en(), phone_on(), sig(c, o, lang))
    return dict(cat="transport", frm=addr(c, o[1]), to="transport@%s" % ("transport-adapte-laval.example" if lang == "fr" else "patient-transfer-on.example"), subject=pk(lang, ["Transport", "Transport adapté", "Patient transport"]),
                body=body, types=["patient_name", "patient_contact", "diagnosis"], note="transport booking with patient home address")

def t_social(lang):
    fr = lang == "fr"; o = org(lang)
    sw = pick(["Marie-Pier Dion, T.S.", "Alexandre Côté, t.s."] if fr else ["Jordan Blake, MSW, RSW", "Anne Fischer, RSW"])
    if fr:
        p = patient_age(0, 17)
        body = ("Bonjour,\n\nSignalement DPJ fait ce jour pour %s %s (%s ans, dossier %s). Contexte de violence conjugale, mère hébergée en maison "
                "d'aide. Ne pas communiquer d'information au père. Merci de mettre une alerte au dossier.%s") % (p["giv"], p["sur"], age(p["dob"]), gen_mrn(), sig(sw, o, lang))
    else:
        p = inv_person(lang)
        body = ("Hi team,\n\n%s %s (MRN %s) cannot be discharged home: eviction notice, on ODSP, no family support. Applying for shelter bed and "
                "addiction services intake. Please hold d/c.%s") % (p["giv"], p["sur"], gen_mrn(), sig(sw, o, lang))
    return dict(cat="social_work", frm=addr(sw, o[1]), to=addr(doc(lang), o[1]), subject=pk(lang, ["Confidentiel - service social", "Alerte dossier", "SW update", "Discharge hold - SW"]),
                body=body, types=["patient_name", "mrn", "social_information"], note="social work note about a named patient")

def t_medrec(lang):
    fr = lang == "fr"; o = org(lang)
    ph = pick(["Julie Morissette, pharm.", "Karim Bensaïd, pharmacien"] if fr else ["Alan Cho, RPh", "Beth Morgan, PharmD"])
    p = patient_age(30) if fr else inv_person(lang)
    if fr:
        body = ("Bonjour,\n\nBilan comparatif à l'admission — %s (%s)\n\n- warfarine 5 mg DIE (INR 2,4)\n- furosémide 40 mg DIE\n- quétiapine 25 mg HS\n"
                "- oxycodone 10 mg q6h PRN (non au profil DSQ!)\n\nPouvez-vous confirmer l'oxycodone avec la pharmacie communautaire?%s") % (
                name_var(p, lang), fmt_nam(p["nam"]), sig(ph, o, lang))
        types = ["patient_name", "ramq_nam", "medication", "lab_result"]
    else:
        body = ("Hi,\n\nBPMH for %s, DOB %s:\n- warfarin 5 mg daily (INR 2.4)\n- furosemide 40 mg daily\n- methadone 70 mg daily (OAT clinic)\n\n"
                "Please confirm methadone dose with dispensing pharmacy.%s") % (name_var(p, lang), dob_en(p["dob"]), sig(ph, o, lang))
        types = ["patient_name", "date_of_birth", "medication", "lab_result", "social_information"]
    return dict(cat="medication_reconciliation", frm=addr(ph, o[1]), to="pharmacie@%s" % ext(), subject=pk(lang, ["BCM admission", "Bilan comparatif", "BPMH", "Med rec"]),
                body=body, types=types, note="medication reconciliation for a named patient")

def t_walkin(lang):
    fr = lang == "fr"; o = pick(ORGS_FR[3:4] if fr else ORGS_EN[2:3]); d = doc(lang)
    p = patient_age(16) if fr else inv_person(lang)
    if fr:
        body = ("Bonjour,\n\n%s, vu%s au sans rendez-vous hier pour %s. Culture d'urine positive E. coli R à la ciprofloxacine. "
                "Changer pour nitrofurantoïne 100 mg BID x 5 j. Pourriez-vous faire le suivi? Elle n'a pas de médecin de famille (inscrite au GAMF).%s") % (
                name_var(p, lang), "e" if p["sex"] == "F" else "", "dysurie", sig(d, o, lang))
        if p["sex"] == "M": body = body.replace("Elle n'a", "Il n'a")
    else:
        body = ("Hi,\n\n%s seen at walk-in Tues for sore throat. Throat swab positive strep A. Rx amoxicillin 500 mg TID x10d. No family doctor. "
                "Could your team call %s at %s?%s") % (name_var(p, lang), "him" if p["sex"] == "M" else "her", phone_on(), sig(d, o, lang))
    return dict(cat="walkin_followup", frm=addr(d, o[1]), to="info@%s" % pick(["gmf-riviere.example", "riverside-fht.example"]),
                subject=pk(lang, ["Suivi sans RDV", "Résultat culture", "Walk-in follow-up", "Swab result"]), body=body,
                types=["patient_name", "lab_result", "medication", "diagnosis"], note="walk-in clinic follow-up of a named patient with result")

def t_subject_only(lang):
    fr = lang == "fr"; o = org(lang); d = doc(lang)
    p = patient_age(25) if fr else inv_person(lang)
    if fr:
        subj = "%s %s %s - biopsie positive" % (p["sur"].upper(), p["giv"], fmt_nam(p["nam"]))
        body = "Peux-tu l'appeler aujourd'hui? Je suis en salle tout l'après-midi.\n\nMerci" + sig(d, o, lang)
        types = ["patient_name", "ramq_nam", "diagnosis"]
    else:
        subj = "%s, %s MRN %s - path back, malignant" % (p["sur"], p["giv"], gen_mrn())
        body = "Can you call her today? I'm in clinic all afternoon.\n\nThx" + sig(d, o, lang)
        if p["sex"] == "M": body = body.replace("her", "him")
        types = ["patient_name", "mrn", "diagnosis"]
    return dict(cat="subject_only", frm=addr(d, o[1]), to=addr(doc(lang), o[1]), subject=subj, body=body, types=types,
                note="patient identity and result only in the Subject line")

def t_split(lang):
    fr = lang == "fr"; o = org(lang); d = doc(lang)
    p = patient() if fr else inv_person(lang)
    if fr:
        subj = "Dossier %s" % gen_mrn()
        body = "Re-bonjour,\n\nPour le dossier en objet : VIH confirmé au Western blot. Début de Biktarvy. Ne pas laisser de message sur le répondeur." + sig(d, o, lang)
        types = ["mrn", "diagnosis", "medication"]
    else:
        subj = "Chart %s" % gen_mrn()
        body = "Hi again,\n\nRe: chart above — HIV confirmed. Starting Biktarvy. Do NOT leave voicemail at home." + sig(d, o, lang)
        types = ["mrn", "diagnosis", "medication"]
    return dict(cat="split_subject_body", frm=addr(d, o[1]), to=addr(nurse(lang), ext()), subject=subj, body=body, types=types,
                note="chart number in Subject, diagnosis in body")

def t_disguised(lang):
    fr = lang == "fr"; o = org(lang); c = clerk(lang)
    if fr:
        p = patient_age(45); n = p["nam"]
        disg = pick([" ".join(n), "%s / %s / %s" % (n[:4], n[4:8], n[8:]), "%s\n%s" % (n[:6], n[6:]), n.translate(FW), "%s*%s*%s" % (n[:4], n[4:8], n[8:])])
        body = ("Bonjour,\n\nJ'ai mis des espaces pour que le courriel passe :\n%s\n%s\n\nC'est pour le RV en coloscopie (RSOSi positif). Rappeler au %s.%s") % (
                "%s %s" % (p["giv"], p["sur"]), disg, phone(), sig(c, o, lang))
        types = ["patient_name", "ramq_nam", "lab_result", "patient_contact"]
    else:
        p = inv_person(lang); s = gen_sin()
        disg = pick([" ".join(s), "%s / %s / %s" % (s[:3], s[3:6], s[6:]), s.translate(FW), "%s\n%s" % (s[:5], s[5:])])
        body = ("Hi,\n\nSplitting the number so the filter doesn't bounce it:\n%s %s\n%s\n\nFor the CPP-D application (MS, progressive).%s") % (
                p["giv"], p["sur"], disg, sig(c, o, lang))
        types = ["patient_name", "ca_sin", "diagnosis"]
    return dict(cat="disguised_identifier", frm=addr(c, o[1]), to="%s@%s" % (pick(["dossiers", "intake", "admin"]), ext()),
                subject=pk(lang, ["Info demandée", "as requested", "numéro", "the number"]), body=body, types=types,
                note="identifier deliberately spaced / split to evade filtering")

def t_belgium(lang):
    o = pick(ORGS_BE); d = pick(["Dr Luc Vandamme", "Dr Sophie Lemaire", "Dr Geert Wouters"])
    p = inv_person("fr"); p["sur"] = pick(["Janssens", "Peeters", "Dubois", "Maes", "Lambert"]); niss = gen_niss(p["dob"], p["sex"])
    nissf = pick([niss, "%s.%s.%s-%s.%s" % (niss[:2], niss[2:4], niss[4:6], niss[6:9], niss[9:]), "%s %s %s" % (niss[:6], niss[6:9], niss[9:])])
    body = ("Cher Confrère,\n\nJe vous adresse %s %s %s (NISS %s), %d ans, pour une coronarographie. Angor d'effort classe CCS II, "
            "épreuve d'effort positive. Traitement : bisoprolol 5 mg, atorvastatine 40 mg, acide acétylsalicylique 80 mg.\n\nBien confraternellement,%s") % (
            fr_title(p).replace("M.", "Monsieur").replace("Mme", "Madame"), p["giv"], p["sur"], nissf, age(p["dob"]), sig(d, o, "fr"))
    return dict(cat="referral_be", frm=addr(d, o[1]), to="cardio@chu-liege-exemple.example", subject="Demande de coronarographie",
                body=body, types=["patient_name", "be_niss", "diagnosis", "medication"], note="Belgian referral with NISS")

def t_france(lang):
    o = pick(ORGS_FRA); d = pick(["Dr Claire Fabre", "Dr Julien Roussel", "Pr Anne Martinez"])
    p = inv_person("fr"); nir = gen_nir(p["dob"], p["sex"])
    nirf = pick([nir, "%s %s %s %s %s %s %s" % (nir[0], nir[1:3], nir[3:5], nir[5:7], nir[7:10], nir[10:13], nir[13:])])
    body = ("Chère consœur,\n\nCompte rendu d'hospitalisation de %s %s %s, %s le %s, n° de sécu %s.\nMotif : décompensation cardiaque sur FA rapide. "
            "Sortie sous furosémide 40 mg, apixaban 5 mg x2.\nConsultation de suivi à 1 mois.\n\nCordialement,%s") % (
            fr_title(p).replace("M.", "M.").replace("Mme", "Mme"), p["sur"].upper(), p["giv"], ne(p), dob_fr(p["dob"]), nirf, sig(d, o, "fr"))
    att = [(make_pdf("Compte rendu d'hospitalisation", body.split("\n")[2:6]), "application", "pdf", "CRH.pdf")] if R.random() < 0.5 else []
    return dict(cat="discharge_fr", frm=addr(d, o[1]), to="secretariat@cabinet-medical-exemple.example", subject="CRH - %s" % p["sur"].upper(),
                body=body, atts=att, types=["patient_name", "fr_nir", "date_of_birth", "diagnosis", "medication"], note="French discharge letter with NIR")

def t_xlsx_list(lang):
    fr = lang == "fr"; o = org(lang); n = nurse(lang)
    rows = [["Nom", "Prénom", "DDN", "NAM" if fr else "Health no.", "Vaccin" if fr else "Vaccine", "Statut" if fr else "Status"]]
    for i in range(R.randint(5, 10)):
        if fr:
            p = patient(); rows.append([p["sur"], p["giv"], p["dob"], p["nam"], pick(["Pneu-C-20", "Zona (RZV)", "Influenza", "dcaT grossesse"]), pick(["à rappeler", "refus", "fait"])])
        else:
            p = inv_person(lang); rows.append([p["sur"], p["giv"], p["dob"], gen_ohn(), pick(["Pneu-C-20", "Shingrix", "Influenza", "Tdap pregnancy"]), pick(["to call", "declined", "done"])])
    data = make_xlsx("Rappel" if fr else "Recall", rows)
    use_csv = R.random() < 0.35
    if use_csv:
        att = [(make_csv(rows, enc=pick(["utf-8", "utf-8-sig"]), delim=pick([",", ";"])), "text", "csv", "rappel_vaccins.csv" if fr else "recall.csv")]
    else:
        att = [(data, "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", "rappel_vaccins.xlsx" if fr else "recall_list.xlsx")]
    body = ("Bonjour,\n\nVoici la liste de rappel vaccinal de la GMF pour la semaine. Merci de cocher au fur et à mesure." if fr else
            "Hi,\n\nAttached is this week's immunization recall list from the FHT. Please update status as you go.") + sig(n, o, lang)
    return dict(cat="vaccination_recall_list", frm=addr(n, o[1]), to=addr(clerk(lang), o[1]), subject=pk(lang, ["Liste rappel vaccins", "Rappel vaccinal", "Recall list", "Imm recall"]),
                body=body, atts=att, types=["patient_name", "date_of_birth", "ramq_nam" if fr else "ca_health_number"], note="spreadsheet of patients with identifiers")

def t_ics(lang):
    fr = lang == "fr"; o = org(lang); c = clerk(lang)
    p = patient() if fr else inv_person(lang)
    start = datetime.datetime(2026, 11, R.randint(9, 27), R.choice([8, 9, 10, 13, 14]), pick([0, 15, 30]))
    preg = p["sex"] == "F" and 18 <= age(p["dob"]) <= 45
    summ = ("RV %s %s - %s" % (p["giv"], p["sur"], "suivi grossesse 32 sem." if preg else pick(["suivi diabète", "résultats IRM", "ajustement warfarine"])) if fr else
            "Appt %s %s - %s" % (p["giv"], p["sur"], "colposcopy (HSIL)" if p["sex"] == "F" else pick(["diabetes follow-up", "MRI results", "INR check"])))
    desc = ("Dossier %s. Tél. %s" % (gen_mrn(), phone()) if fr else "MRN %s. Cell %s" % (gen_mrn(), phone_on()))
    ics = make_ics(summ, desc, start, 30, o[2], "agenda@%s" % o[1], "%08x@%s" % (R.getrandbits(32), o[1]))
    body = ("Bonjour,\n\nInvitation pour le rendez-vous ci-joint.%s" if fr else "Hi,\n\nCalendar invite attached for the appointment.%s") % sig(c, o, lang)
    return dict(cat="appointment_ics", frm=addr(c, o[1]), to=addr(doc(lang), o[1]), subject=pk(lang, ["Invitation : RV", "Rendez-vous", "Invitation: appt", "Appointment"]),
                body=body, atts=[(ics, "text", "calendar", "invite.ics")], types=["patient_name", "mrn", "diagnosis", "patient_contact"],
                note="calendar invitation naming a patient and the reason for visit")

def t_fwd_attach(lang):
    fr = lang == "fr"; o = org(lang); d = doc(lang)
    p = patient_age(16) if fr else inv_person(lang)
    inner_body = (("Bonjour Dre,\n\nJe suis %s %s, %s le %s. Mon résultat d'échographie n'est jamais arrivé et j'ai encore la bosse au cou, elle grossit. "
                   "Mon NAM est %s. Merci de me rappeler au %s.\n\n%s") % (p["giv"], p["sur"], ne(p), dob_fr(p["dob"]), p["nam"], phone(), p["giv"])
                  if fr else ("Hello Doctor,\n\nThis is %s %s, DOB %s. I still have the lump in my neck and never heard back about the ultrasound. "
                              "Please call me at %s.\n\n%s") % (p["giv"], p["sur"], dob_en(p["dob"]), phone_on(), p["giv"]))
    inner = mkfwd("%s %s <%s@%s>" % (p["giv"], p["sur"], ascii_local(p["giv"] + " " + p["sur"]), pick(["gmail.example", "videotron.example", "hotmail.example"])),
                  addr(d, o[1]), "Résultat échographie" if fr else "ultrasound result", inner_body, lang)
    body = ("Peux-tu t'en occuper? Courriel de la patiente en pièce jointe." if fr else "Can you handle this? Patient's e-mail attached.") + sig(d, o, lang)
    types = ["patient_name", "date_of_birth", "patient_contact", "diagnosis"] + (["ramq_nam"] if fr else [])
    return dict(cat="forward_as_attachment", frm=addr(d, o[1]), to=addr(nurse(lang), o[1]), subject="TR: Résultat échographie" if fr else "FW: ultrasound result",
                body=body, atts=[(inner, "message", "rfc822", "message.eml")], types=types, note="forwarded patient e-mail attached as .eml")

def t_inline_fwd(lang):
    fr = lang == "fr"; o = org(lang); c = clerk(lang)
    p = patient_age(20) if fr else inv_person(lang)
    if fr:
        inner = ("De : %s\nEnvoyé : 3 novembre 2026 08:12\nÀ : Accueil GMF\nObjet : annulation\n\nBonjour, %s %s ne pourra pas venir à son RV de suivi "
                 "de méthadone jeudi, %s est hospitalisé%s à Saint-Jérôme. NAM %s.") % (pick(["Centre de réadaptation en dépendance", "CRD Laurentides"]), p["giv"], p["sur"], il(p), "e" if p["sex"] == "F" else "", fmt_nam(p["nam"]))
        body = "Pour info, à reporter.\n\n---------- Message transféré ----------\n" + inner + sig(c, o, lang)
        types = ["patient_name", "ramq_nam", "medication", "social_information"]
    else:
        inner = ("From: Intake <intake@homecare-ontario.example>\nSent: Nov 3, 2026 8:12 AM\nTo: Front desk\nSubject: cancellation\n\n%s %s (HN %s) "
                 "will miss Thursday's diabetes education session, admitted to hospital with DKA.") % (p["giv"], p["sur"], fmt_ohn(gen_ohn()))
        body = "FYI please rebook.\n\n-------- Forwarded message --------\n" + inner + sig(c, o, lang)
        types = ["patient_name", "ca_health_number", "diagnosis"]
    return dict(cat="inline_forward", frm=addr(c, o[1]), to=addr(nurse(lang), o[1]), subject="TR: annulation" if fr else "Fwd: cancellation",
                body=body, types=types, note="inline forwarded message about a named patient")

def t_zip(lang):
    fr = lang == "fr"; o = org(lang); c = clerk(lang)
    p = patient_age(30) if fr else inv_person(lang); mrn = gen_mrn()
    files = [("notes_%s.txt" % mrn.replace("-", ""), (("Patient : %s %s, dossier %s\nNote d'évolution : douleur thoracique, ECG normal, troponines négatives x2.\n") % (p["sur"], p["giv"], mrn)
               if fr else ("Patient: %s %s, MRN %s\nProgress note: chest pain, ECG normal, troponins negative x2.\n") % (p["sur"], p["giv"], mrn)).encode("utf-8")),
             ("rapport.pdf" if fr else "report.pdf", make_pdf("ECG", ["%s %s %s" % (p["sur"], p["giv"], mrn), "Rythme sinusal normal" if fr else "Normal sinus rhythm"]))]
    body = ("Ci-joint le dossier compressé demandé pour l'audit de pertinence." if fr else "Zipped chart extract attached for the audit as requested.") + sig(c, o, lang)
    return dict(cat="zip_records", frm=addr(c, o[1]), to="audit@%s" % ext(), subject=pk(lang, ["Extrait de dossier", "Dossier (zip)", "Chart extract", "records zip"]),
                body=body, atts=[(make_zip(files), "application", "zip", "dossier.zip" if fr else "chart.zip")], types=["patient_name", "mrn", "diagnosis", "lab_result"],
                note="zip with chart extract of a named patient")

def t_research(lang):
    fr = lang == "fr"; o = org(lang)
    rc = pick(["Émilie Fortier, coordonnatrice de recherche", "Vincent Nolet, assistant de recherche"] if fr else ["Grace Liu, Research Coordinator", "Tom Ashby, CRA"])
    p = patient() if fr else inv_person(lang)
    body = (("Bonjour,\n\nNouvelle participante randomisée : %s %s (code ETUDE-%03d), DDN %s. Bras B. EI grade 2 (neutropénie) rapporté hier.%s") % (p["giv"], p["sur"], R.randint(1, 200), dob_fr(p["dob"]), sig(rc, o, lang))
            if fr else ("Hi,\n\nNew participant randomized: %s %s (ID STUDY-%03d), DOB %s, arm B. Grade 2 AE (neutropenia) reported yesterday.%s") % (p["giv"], p["sur"], R.randint(1, 200), dob_en(p["dob"]), sig(rc, o, lang)))
    if fr and p["sex"] == "M": body = body.replace("participante", "participant")
    return dict(cat="research_coordination", frm=addr(rc, o[1]), to="monitor@cro-exemple.example", subject=pk(lang, ["Randomisation", "EI à déclarer", "Randomization", "AE report"]),
                body=body, types=["patient_name", "date_of_birth", "diagnosis"], note="research participant named with adverse event")

def t_incident(lang):
    fr = lang == "fr"; o = org(lang); n = nurse(lang)
    p = patient_age(50) if fr else inv_person(lang, minage=70)
    body = (("Déclaration AH-223\n\nUsager : %s, dossier %s, ch. %s-%d\nÉvénement : chute lors d'un transfert, fracture de la hanche D confirmée à la RX. Famille avisée.%s") % (name_var(p, lang), gen_mrn(), pick(["4B", "6N"]), R.randint(1, 30), sig(n, o, lang))
            if fr else ("Incident report\n\nPatient: %s, MRN %s, room %s-%d\nEvent: fall during transfer, R hip fracture confirmed on X-ray. Family notified.%s") % (name_var(p, lang), gen_mrn(), pick(["4B", "6N"]), R.randint(1, 30), sig(n, o, lang)))
    return dict(cat="incident_report", frm=addr(n, o[1]), to="gestion.risques@%s" % o[1], subject=pk(lang, ["AH-223 chute", "Déclaration d'incident", "Incident report - fall", "Safety report"]),
                body=body, types=["patient_name", "mrn", "diagnosis"], note="incident report on a named patient")

def t_reply_thread(lang):
    fr = lang == "fr"; o = org(lang); d = doc(lang); c = clerk(lang)
    p = patient() if fr else inv_person(lang, sex="F")
    while p["sex"] != "F": p = patient()
    if fr:
        orig = "Bonjour, la patiente %s %s (NAM %s) demande si son résultat de Pap est revenu. Merci, %s" % (p["giv"], p["sur"], fmt_nam(p["nam"]), c)
        body = "Oui, LSIL, je la réfère en colpo. Peux-tu lui donner un RV?\n\n%s\n\n-----Message d'origine-----\nDe : %s\nObjet : Pap\n\n%s" % (d, c, quote(orig))
        types = ["patient_name", "ramq_nam", "lab_result"]
    else:
        orig = "Hi Dr, %s %s (DOB %s) is asking about her thyroid biopsy result. Thanks, %s" % (p["giv"], p["sur"], dob_en(p["dob"]), c)
        body = "It's benign (Bethesda II). OK to tell her, recheck US in 12 months.\n\n%s\n\nOn Tue, %s wrote:\n%s" % (d, c, quote(orig))
        types = ["patient_name", "date_of_birth", "lab_result", "diagnosis"]
    return dict(cat="reply_quoted", frm=addr(d, o[1]), to=addr(c, o[1]), subject="RE: " + pk(lang, ["Pap", "résultat", "result?", "question pt"]),
                body=body, types=types, note="short reply whose quoted text identifies the patient")

def t_same_surname(lang):
    fr = lang == "fr"; o = org(lang)
    p = patient_age(18) if fr else inv_person(lang)
    dname = ("Dre " if R.random() < 0.5 else "Dr ") + pick(["Hélène", "Marc", "Sophie", "Louis"]) + " " + p["sur"] if fr else "Dr. " + pick(["Helen", "Mark", "Susan", "Louis"]) + " " + p["sur"]
    if fr:
        body = ("Bonjour,\n\nAucun lien de parenté malgré le nom! %s %s, %d ans, NAM %s, est suivi%s pour hépatite C chronique (charge virale 1,2 x 10^6 UI/mL). "
                "Je vous l'adresse pour traitement par sofosbuvir-velpatasvir.%s") % (p["sur"], p["giv"], age(p["dob"]), fmt_nam(p["nam"]), "e" if p["sex"] == "F" else "", sig(dname, o, lang))
        types = ["patient_name", "ramq_nam", "diagnosis", "lab_result", "medication"]
    else:
        body = ("Hi,\n\nNo relation despite the name! %s %s, %d y/o, chart %s, has chronic hep C (viral load 1.2 x 10^6 IU/mL). Referring for sofosbuvir-velpatasvir.%s") % (
                p["giv"], p["sur"], age(p["dob"]), gen_mrn(), sig(dname, o, lang))
        types = ["patient_name", "mrn", "diagnosis", "lab_result", "medication"]
    return dict(cat="referral_same_surname", frm=addr(dname, o[1]), to="hepatologie@%s" % ("chu-exemple.example" if fr else "hrhc.example"),
                subject=pk(lang, ["Référence hépatologie", "Réf. VHC", "Hep C referral", "Referral - HCV"]), body=body, types=types,
                note="referral where the patient shares the referring physician's surname")

POS_TEMPLATES = [(t_referral, 6), (t_consult_reply, 4), (t_signout, 6), (t_imaging_booking, 5), (t_imaging_report, 6), (t_critical, 4),
                 (t_discharge, 5), (t_prenatal, 7), (t_vaccination, 6), (t_insurance, 6), (t_lawyer, 6), (t_homecare, 4), (t_transport, 3),
                 (t_social, 4), (t_medrec, 4), (t_walkin, 5), (t_subject_only, 3), (t_split, 2), (t_disguised, 4), (t_belgium, 3), (t_france, 3),
                 (t_xlsx_list, 4), (t_ics, 3), (t_fwd_attach, 3), (t_inline_fwd, 3), (t_zip, 2), (t_research, 2), (t_incident, 2), (t_reply_thread, 3), (t_same_surname, 2)]
LANG_FIXED = {t_belgium: "fr", t_france: "fr"}

# ---------- negative templates ----------
def staff_any(lang): return pick(STAFF_FR + NURSES_FR if lang == "fr" else STAFF_EN + NURSES_EN)

def n_hr(lang):
    fr = lang == "fr"; o = org(lang)
    hr = "Direction des ressources humaines" if fr else "Human Resources"
    body = pick([
        ("Bonjour à tous,\n\nRappel : la période de choix de vacances d'été se termine le %d novembre. Les demandes doivent être saisies dans Logibec. "
         "Employé n° requis sur le formulaire.\n\nMerci,\nDRH" % R.randint(10, 28)) if fr else
        ("Hi all,\n\nReminder: summer vacation requests close Nov %d. Submit through the scheduling portal with your employee number.\n\nThanks,\nHR" % R.randint(10, 28)),
        ("Bonjour,\n\nVotre relevé de paie de la période 22 est disponible dans le portail employé. Le rétroactif de l'équité salariale sera versé le 19 décembre." if fr else
         "Hello,\n\nYour pay stub for period 22 is available on the employee portal. Retro pay from the collective agreement will be issued Dec 19."),
        ("Bienvenue à nos nouvelles employées : %s (préposée aux bénéficiaires, 4B) et %s (agente administrative, GMF). Employé n° %d et %d." % (
            pick(FR_GIV_F) + " " + pick(SURN), pick(FR_GIV_F) + " " + pick(SURN), R.randint(100000, 999999), R.randint(100000, 999999)) if fr else
         "Please welcome our new staff: %s (RPN, 5A) and %s (clerk, FHT). Employee IDs %d and %d." % (
            pick(EN_GIV_F) + " " + pick(SURN), pick(EN_GIV_M) + " " + pick(SURN), R.randint(100000, 999999), R.randint(100000, 999999)))])
    return dict(cat="hr_notice", frm="%s <rh@%s>" % (hr, o[1]), to="tous@%s" % o[1] if fr else "all-staff@%s" % o[1], subject=pk(lang, ["Rappel vacances", "Info RH", "HR reminder", "Pay and benefits"]),
                body=body + sig(hr, o, lang), types=[], note="HR notice to staff")

def n_staff_sick(lang):
    fr = lang == "fr"; o = org(lang); mgr = pick(["Chantal Auger, chef d'unité", "Réal Bisson, coordonnateur"] if fr else ["Pam Wright, Nurse Manager", "Derek Hall, Clinical Manager"])
    st = pick(NURSES_FR if fr else NURSES_EN).split(",")[0]
    body = (("Bonjour l'équipe,\n\n%s est en arrêt de travail (grippe) jusqu'à lundi. Son quart de soir du 12 est à combler, merci de m'écrire si vous êtes disponibles. "
             "Temps supplémentaire autorisé.") % st if fr else
            ("Hi team,\n\n%s is off sick (flu) until Monday. Her evening shift on the 12th needs coverage - reply if you can pick it up. OT approved.") % st)
    return dict(cat="staff_sick_leave", frm=addr(mgr, o[1]), to="equipe-4b@%s" % o[1], subject=pk(lang, ["Quart à combler", "Remplacement", "Shift coverage needed", "Shift open"]),
                body=body + sig(mgr, o, lang), types=[], note="staff absence and shift coverage, no patient")

def n_roster(lang):
    fr = lang == "fr"; o = org(lang)
    rows = []; d0 = R.randint(1, 20)
    for di, day in enumerate(["lun", "mar", "mer", "jeu", "ven"] if fr else ["Mon", "Tue", "Wed", "Thu", "Fri"]):
        rows.append("%s %d  %s  %s  %s" % (day, d0 + di, pick(STAFF_FR if fr else STAFF_EN), pick(["4B", "5A", "Urg.", "SRV", "GMF"] if fr else ["4B", "5A", "ED", "Walk-in", "FHT"]),
                                          pick(["jour 8-16", "soir 16-24", "garde", "nuit"] if fr else ["days 8-16", "evening 16-24", "on call", "nights"])))
    body = (("Horaire de garde — semaine du %d novembre\nJour | Médecin | Secteur | Quart\n" if fr else "Call schedule — week of Nov %d\nDay | Physician | Area | Shift\n") % d0) + "\n".join(rows)
    body += ("\n\nÉchanges : aviser la secrétaire médicale au poste %d." if fr else "\n\nSwaps: notify the medical secretary at ext. %d.") % R.randint(2000, 7000)
    att = [(make_xlsx("Horaire" if fr else "Schedule", [r.split("  ") for r in rows]), "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", "horaire.xlsx" if fr else "schedule.xlsx")] if R.random() < 0.4 else []
    return dict(cat="staff_schedule", frm="%s <horaire@%s>" % ("Affectation médicale" if fr else "Medical Staffing", o[1]), to="medecins@%s" % o[1],
                subject=pk(lang, ["Horaire de garde", "Liste de garde novembre", "Call schedule", "On-call roster"]), body=body, atts=att, types=[],
                note="physician call roster (staff names, units, shifts)")

def n_newsletter(lang):
    fr = lang == "fr"; o = org(lang)
    topic = pick([("Le diabète de type 2 : nouveautés 2026", "Les inhibiteurs SGLT2 sont maintenant recommandés dès le diagnostic chez les patients avec IRC. Un atelier est offert aux patients du GMF le mardi."),
                  ("Saison grippale", "La campagne de vaccination antigrippale débute le 1er novembre. Rappel : les femmes enceintes au 2e ou 3e trimestre sont admissibles."),
                  ("Santé périnatale", "Le nouveau programme OLO est offert aux familles admissibles. Les cours prénataux en ligne sont gratuits.")]) if fr else \
            pick([("What's new in type 2 diabetes", "SGLT2 inhibitors are now recommended early in patients with CKD. A patient education session runs Tuesdays at the FHT."),
                  ("Flu season", "The influenza campaign starts Nov 1. Pregnant people in any trimester are eligible."),
                  ("Perinatal health", "Our prenatal classes are now online and free for registered families.")])
    body = "%s\n\n%s\n\n%s" % ("Infolettre — " + o[0] if fr else "Newsletter — " + o[0], topic[0], topic[1])
    body += ("\n\nPour vous désabonner, répondez « désabonner »." if fr else "\n\nTo unsubscribe, reply 'unsubscribe'.")
    return dict(cat="newsletter", frm="%s <infolettre@%s>" % ("Communications", o[1]), to="abonnes@%s" % o[1], subject=topic[0], body=body, types=[],
                force_kind=pick(["html", "alt", None]), note="newsletter about a disease topic, no patient")

def n_invoice(lang):
    fr = lang == "fr"; o = org(lang)
    vend = pick(["Fournitures Médicales Boréal inc.", "MedSupply Canada Ltd.", "Laboratoires Optima"]) 
    lines = [(pick(["Gants nitrile M", "Seringues 3 ml", "Trousse de pansement", "Cathéter IV 20G"] if fr else ["Nitrile gloves M", "3 mL syringes", "Dressing kit", "IV catheter 20G"]),
              R.randint(2, 40), R.randint(5, 120) + 0.99, "LOT%s" % "".join(str(R.randint(0, 9)) for _ in range(8))) for _ in range(R.randint(2, 5))]
    tot = sum(q * p for _, q, p, _ in lines)
    txt = "\n".join("%-22s x%-3d %8.2f $  %s" % (a, q, p, l) for a, q, p, l in lines)
    body = (("Bonjour,\n\nVeuillez trouver la facture n° F-%d (bon de commande %d).\n\n%s\n\nTotal avant taxes : %.2f $\nTPS 123456789 RT0001\n\nComptes recevables\n%s") if fr else
            ("Hello,\n\nPlease find invoice #INV-%d (PO %d).\n\n%s\n\nSubtotal: $%.2f\nGST/HST 123456789 RT0001\n\nAccounts receivable\n%s")) % (
            R.randint(10000, 99999), R.randint(4500000000, 4599999999), txt, tot, vend)
    att = [(make_pdf("Facture" if fr else "Invoice", body.split("\n")), "application", "pdf", "facture.pdf" if fr else "invoice.pdf")] if R.random() < 0.6 else []
    return dict(cat="invoice", frm="AR <ar@%s>" % pick(["medsupply-exemple.example", "boreal-fournitures.example"]), to="comptes.payables@%s" % o[1],
                subject=pk(lang, ["Facture", "Facture en souffrance", "Invoice", "Past due invoice"]), body=body, atts=att, types=[], note="supplier invoice with lot numbers")

def n_committee(lang):
    fr = lang == "fr"; o = org(lang); d = doc(lang)
    body = (("Bonjour,\n\nLa prochaine réunion du comité %s aura lieu le %d novembre à 12 h, salle B-214 et Teams.\n\nOrdre du jour :\n1. Adoption du PV\n2. Indicateurs trimestriels "
             "(taux d'infection : 1,2 / 1000 jours-présence)\n3. Révision de l'ordonnance collective %s\n4. Varia\n\n%s, présidente") % (
             pick(["de pharmacologie", "qualité-risques", "des usagers", "de périnatalité"]), R.randint(1, 28), pick(["OC-GMF-12", "OC-URG-03"]), d) if fr else
            ("Hi,\n\nNext %s committee meeting: Nov %d, 12:00, room B-214 / Teams.\n\nAgenda:\n1. Minutes\n2. Q2 indicators (C. diff rate 0.9/10,000 pt-days)\n"
             "3. Medical directive review\n4. Other business\n\n%s, Chair") % (pick(["P&T", "Quality", "Perinatal", "MAC"]), R.randint(1, 28), d))
    return dict(cat="committee_notice", frm=addr(d, o[1]), to="comite@%s" % o[1], subject=pk(lang, ["Convocation comité", "Ordre du jour", "Committee meeting", "MAC agenda"]),
                body=body + sig(d, o, lang), types=[], note="committee meeting notice with aggregate indicators")

def n_it(lang):
    fr = lang == "fr"; o = org(lang)
    body = pick([("Bonjour,\n\nInterruption planifiée du NAS \\\\fs-gmf-02 ce samedi de 22 h à 2 h pour mise à jour du micrologiciel. Les lecteurs partagés P: et S: seront indisponibles."
                  if fr else "Hi,\n\nPlanned outage of NAS \\\\fs-fht-02 Saturday 22:00-02:00 for firmware update. Shared drives P: and S: will be unavailable."),
                 ("Votre mot de passe expire dans 5 jours. Changez-le via le portail libre-service. Ne cliquez jamais sur un lien reçu par courriel pour cela."
                  if fr else "Your password expires in 5 days. Change it via the self-service portal. Never use a link received by e-mail."),
                 ("Le poste %s (n° de série %s, IMEI %s) a été réaffecté au GMF. Billet %d fermé." % ("PC-%04d" % R.randint(1, 9999), "5CG%07d" % R.randint(0, 9999999),
                  "35%013d" % R.randint(0, 10**13 - 1), R.randint(100000, 999999)) if fr else
                  "Laptop %s (S/N %s, IMEI %s) reassigned to the FHT. Ticket %d closed." % ("LT-%04d" % R.randint(1, 9999), "5CG%07d" % R.randint(0, 9999999),
                  "35%013d" % R.randint(0, 10**13 - 1), R.randint(100000, 999999)))])
    return dict(cat="it_notice", frm="%s <servicedesk@%s>" % ("Centre de services TI" if fr else "IT Service Desk", o[1]), to="tous@%s" % o[1],
                subject=pk(lang, ["Panne planifiée", "Avis TI", "IT notice", "Planned maintenance"]), body=body, types=[], note="IT notice (NAS, devices)")

def n_facilities(lang):
    fr = lang == "fr"; o = org(lang)
    body = pick([("Le stationnement P3 sera fermé du %d au %d novembre pour le déneigement et le marquage. Utilisez P1 ou la navette depuis le métro." if fr else
                  "Parking lot P3 closed Nov %d-%d for line painting. Use P1 or the shuttle from the station.") % (R.randint(1, 10), R.randint(11, 20)),
                 ("Menu de la cafétéria cette semaine : lundi pâté chinois, mardi cari de pois chiches, mercredi saumon. Soupe du jour 2,25 $." if fr else
                  "Cafeteria this week: Mon shepherd's pie, Tue chickpea curry, Wed salmon. Soup of the day $2.25."),
                 ("Coupure d'eau chaude au pavillon B mardi de 9 h à 11 h. Les lavabos des salles 2 à 6 de la GMF ne seront pas alimentés." if fr else
                  "Hot water shut-off in building B Tuesday 9-11. Exam rooms 2-6 sinks will be affected.")])
    return dict(cat="facilities", frm="%s <installations@%s>" % ("Services techniques" if fr else "Facilities", o[1]), to="tous@%s" % o[1],
                subject=pk(lang, ["Avis - stationnement", "Installations", "Facilities notice", "Cafeteria menu"]), body=body, types=[], note="facilities/cafeteria notice")

def n_conference(lang):
    fr = lang == "fr"; o = org(lang)
    talks = [(pick(STAFF_FR if fr else STAFF_EN), pick(["Prise en charge du diabète gestationnel", "Vaccination chez la femme enceinte", "Lombalgie : quand imager?",
             "Les ordonnances collectives en GMF", "Dépistage du cancer du poumon"] if fr else ["Managing gestational diabetes", "Vaccines in pregnancy",
             "Low back pain: when to image", "Walk-in clinic antibiotic stewardship", "Lung cancer screening in Ontario"])) for _ in range(4)]
    prog = "\n".join("%dh%02d  %s — %s" % (8 + i, pick([0, 30]), s, t) for i, (s, t) in enumerate(talks)) if fr else \
           "\n".join("%d:%02d  %s — %s" % (8 + i, pick([0, 30]), s, t) for i, (s, t) in enumerate(talks))
    body = (("Journée scientifique de médecine familiale — %d novembre\nAuditorium principal\n\nProgramme :\n%s\n\n6 heures de crédits de catégorie 1. Inscription : 75 $." if fr else
             "Family Medicine Day — Nov %d\nMain auditorium\n\nProgram:\n%s\n\n6 Mainpro+ credits. Registration $75.") % (R.randint(1, 28), prog))
    att = [(make_pdf("Programme" if fr else "Program", body.split("\n")), "application", "pdf", "programme.pdf" if fr else "program.pdf")] if R.random() < 0.5 else []
    return dict(cat="conference_programme", frm="DPC <dpc@%s>" % o[1], to="medecins@%s" % ext(), subject=pk(lang, ["Journée scientifique", "Programme DPC", "CME day program", "Save the date"]),
                body=body, atts=att, types=[], force_kind=pick(["alt", "html", None]), note="conference programme: speakers and topics")

def n_job(lang):
    fr = lang == "fr"; o = org(lang)
    job = pick(["Infirmière praticienne spécialisée en soins de première ligne (IPSPL) — GMF", "Technologue en imagerie médicale", "Agente administrative classe 2 — archives",
                "Sage-femme — maison de naissance"] if fr else ["Nurse Practitioner — Family Health Team", "MRI Technologist", "Health Records Clerk", "Registered Midwife"])
    body = (("Offre d'emploi : %s\n\nPoste permanent temps complet, %s. Échelle salariale selon la convention collective. Affichage n° %d, jusqu'au %d novembre.\nPostulez en ligne.") if fr else
            ("Job posting: %s\n\nPermanent full-time, %s. Salary per collective agreement. Posting #%d, closes Nov %d.\nApply online.")) % (job, o[0], R.randint(2026000, 2026999), R.randint(1, 28))
    return dict(cat="job_posting", frm="Recrutement <emplois@%s>" % o[1] if fr else "Careers <careers@%s>" % o[1], to="affichage@%s" % ext(), subject=job[:60],
                body=body, types=[], force_kind=pick(["html", None]), note="job posting")

def n_ph_bulletin(lang):
    fr = lang == "fr"; o = org(lang)
    body = (("Bulletin de santé publique — semaine %d\n\nInfluenza : %d cas confirmés dans la région (+%d %%). Éclosion à l'unité 4B : %d cas, mesures en place.\n"
             "Coqueluche : %d cas chez des enfants de moins de 1 an; vaccination dcaT recommandée à chaque grossesse.\nCouverture vaccinale 18 mois : %d %%.") if fr else
            ("Public health bulletin — week %d\n\nInfluenza: %d confirmed cases in the region (+%d%%). Outbreak on unit 4B: %d cases, precautions in place.\n"
             "Pertussis: %d cases in infants under 1; Tdap recommended in every pregnancy.\n18-month vaccine coverage: %d%%.")) % (
            R.randint(40, 48), R.randint(50, 400), R.randint(5, 40), R.randint(3, 15), R.randint(2, 9), R.randint(78, 93))
    return dict(cat="public_health_bulletin", frm="%s <vigie@%s>" % ("Direction de santé publique" if fr else "Public Health", ("sante-publique-laurentides.example" if lang == "fr" else "ottawa-publichealth.example")),
                to="md-liste@%s" % o[1], subject=pk(lang, ["Bulletin de vigie", "Vigie influenza", "PH bulletin", "Respiratory surveillance"]), body=body, types=[],
                note="aggregate surveillance statistics")

def n_teaching(lang):
    fr = lang == "fr"; o = org(lang); d = doc(lang)
    body = pick([("Cas clinique de la semaine (résidents R1)\n\nUne femme de 31 ans, G1P0 à 29 semaines, consulte pour céphalées et œdème. TA 152/98. Quelle est votre conduite? "
                  "Réponses en atelier mercredi." if fr else "Case of the week (PGY1)\n\nA 31-year-old G1P0 at 29 weeks presents with headache and edema. BP 152/98. Next steps? Discuss Wednesday."),
                 ("Cas d'imagerie : un homme de 62 ans, ex-fumeur, nodule de 14 mm au LSD. Lung-RADS? Suivi?" if fr else
                  "Imaging case: 62-year-old man, ex-smoker, 14 mm RUL nodule. Lung-RADS category? Follow-up?")])
    return dict(cat="teaching_case", frm=addr(d, o[1]), to="residents@%s" % o[1], subject=pk(lang, ["Cas clinique de la semaine", "Cas d'enseignement", "Case of the week", "Teaching case"]),
                body=body + sig(d, o, lang), types=[], note="anonymised teaching case")

def n_vendor(lang):
    fr = lang == "fr"; o = org(lang)
    rep = pick(["Martin Roberge", "Jessica Hale", "Paul Sauvé"])
    body = (("Bonjour,\n\nSuite à l'avis de rappel FSCA-2026-%03d, les échographes suivants doivent recevoir la mise à jour logicielle 4.2.1 : n° de série %s et %s. "
             "Notre technicien passera jeudi.\n\n%s, représentant\nImagerie Nordique inc., 1 800 555-0199") if fr else
            ("Hello,\n\nPer field safety notice FSCA-2026-%03d, ultrasound units S/N %s and %s require software 4.2.1. Our tech will be on site Thursday.\n\n%s, Account Manager\nNorthern Imaging Inc., 1 800 555-0199")) % (
            R.randint(1, 300), "US%09d" % R.randint(0, 10**9 - 1), "US%09d" % R.randint(0, 10**9 - 1), rep)
    att = [(make_vcf(rep, rep.split()[1], rep.split()[0], "1 800 555-0199", "", "", "Imagerie Nordique inc." if fr else "Northern Imaging Inc."), "text", "vcard", "contact.vcf")] if R.random() < 0.5 else []
    return dict(cat="vendor_mail", frm="%s <%s@imagerie-nordique.example>" % (rep, ascii_local(rep)), to="genie.biomedical@%s" % o[1], subject=pk(lang, ["Avis de rappel", "Mise à jour logicielle", "Field safety notice", "Service visit"]),
                body=body, atts=att, types=[], note="vendor recall notice with serial numbers")

def n_blank_form(lang):
    fr = lang == "fr"; o = org(lang); c = clerk(lang)
    form = pick(["Rapport médical SAAQ", "Attestation médicale CNESST", "Formulaire d'invalidité - assureur"] if fr else ["WSIB Form 8", "Attending Physician Statement - disability", "Functional Abilities Form"])
    lines = [form, "Nom du patient : ________________" if fr else "Patient name: ________________", "NAM : ____ ____ ____" if fr else "Health number: __________",
             "Diagnostic : ________________" if fr else "Diagnosis: ________________", "Signature du médecin : __________" if fr else "Physician signature: __________"]
    body = (("Bonjour,\n\nVoici le gabarit vierge « %s » à utiliser dorénavant. L'ancienne version n'est plus acceptée.") if fr else
            ("Hi,\n\nHere is the blank '%s' template to use from now on. The old version is no longer accepted.")) % form + sig(c, o, lang)
    att = [(make_pdf(form, lines), "application", "pdf", "gabarit.pdf" if fr else "template.pdf")] if R.random() < 0.5 else \
          [(make_docx(form, lines), "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", "gabarit.docx" if fr else "template.docx")]
    return dict(cat="blank_form", frm=addr(c, o[1]), to="secretariat@%s" % o[1], subject=pk(lang, ["Nouveau formulaire", "Gabarit", "New form template", "Updated form"]),
                body=body, atts=att, types=[], note="blank insurance form template")

def n_imaging_admin(lang):
    fr = lang == "fr"; o = pick(ORGS_FR[1:2] if fr else ORGS_EN[3:4])
    body = (("Bonjour aux cliniques référentes,\n\nÀ compter du 1er décembre, les requêtes d'échographie obstétricale doivent être envoyées par le CRDS. Délai actuel IRM : %d semaines. "
             "Horaire de l'imagerie : 7 h 30 à 21 h. Ligne des rendez-vous : %s.") if fr else
            ("To referring clinics,\n\nAs of Dec 1, obstetrical ultrasound requisitions go through central intake. Current MRI wait: %d weeks. Hours 7:30-21:00. Booking line: %s.")) % (R.randint(3, 20), o[3])
    return dict(cat="imaging_admin", frm="%s <imagerie@%s>" % ("Imagerie médicale" if fr else "Medical Imaging", o[1]), to="cliniques@%s" % ext(),
                subject=pk(lang, ["Changement de procédure", "Imagerie - délais", "Booking process change", "Imaging wait times"]), body=body, types=[], note="imaging department procedure notice")

def n_lawyer_general(lang):
    fr = lang == "fr"; o = org(lang)
    body = (("Maître,\n\nNous accusons réception de votre demande. Conformément à la loi, une autorisation signée par l'usager ou une ordonnance du tribunal est requise avant toute "
             "communication. Veuillez nous faire parvenir le formulaire AR-12 dûment rempli. Délai de traitement : 20 jours.\n\nArchives médicales") if fr else
            ("Dear Counsel,\n\nWe acknowledge your request. A signed authorization from the patient or a court order is required before any release. Please send the completed "
             "release form HR-12. Processing time: 30 days.\n\nHealth Records"))
    return dict(cat="lawyer_general", frm="%s <archives@%s>" % ("Archives" if fr else "Health Records", o[1]), to="info@%s" % ("cabinet-lemay-avocats.example" if lang == "fr" else "mcleod-barristers.example"),
                subject=pk(lang, ["Votre demande - accusé de réception", "Accès au dossier - procédure", "Your request - acknowledgement", "Records release process"]), body=body + sig("Archives", o, lang),
                types=[], note="generic acknowledgement to a law firm, no patient named")

def n_physician_disease(lang):
    fr = lang == "fr"; o = org(lang); d = doc(lang)
    body = (("Bonjour,\n\nÀ compter de janvier, %s assurera la clinique de diabète et de grossesse à risque le jeudi. Pour l'ostéoporose et la ménopause, continuez de référer à %s.") if fr else
            ("Hi,\n\nStarting January, %s will run the diabetes and high-risk pregnancy clinic on Thursdays. For osteoporosis and menopause, keep referring to %s.")) % (d, doc(lang))
    return dict(cat="service_announcement", frm="direction@%s" % o[1], to="medecins@%s" % ext(), subject=pk(lang, ["Nouvelle clinique", "Changement de service", "New clinic", "Clinic change"]),
                body=body + sig("Direction" if fr else "Administration", o, lang), types=[], note="physicians named next to diseases they treat")

def n_stats(lang):
    fr = lang == "fr"; o = org(lang)
    rows = [["Mois" if fr else "Month", "Accouchements" if fr else "Births", "Césariennes" if fr else "C-sections", "Visites SRV" if fr else "Walk-in visits", "Inscrits GMF" if fr else "Rostered"]]
    for m in (MOIS if fr else MONTHS)[:10]:
        rows.append([m, R.randint(80, 160), R.randint(15, 45), R.randint(1200, 3100), R.randint(14000, 18000)])
    att = [(make_xlsx("Stats", rows), "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", "statistiques.xlsx" if fr else "stats.xlsx")] if R.random() < 0.6 else \
          [(make_csv(rows), "text", "csv", "stats.csv")]
    body = ("Bonjour,\n\nVoici les statistiques d'activité cumulatives (aucune donnée nominative)." if fr else "Hi,\n\nCumulative activity statistics attached (no patient-level data).") + sig("Bureau de la performance" if fr else "Decision Support", o, lang)
    return dict(cat="activity_statistics", frm="performance@%s" % o[1], to="direction@%s" % o[1], subject=pk(lang, ["Statistiques d'activité", "Tableau de bord", "Monthly stats", "Dashboard"]),
                body=body, atts=att, types=[], note="aggregate activity statistics")

def n_training(lang):
    fr = lang == "fr"; o = org(lang)
    body = (("Formation obligatoire RCR/SIR : %d novembre, 8 h à 12 h, salle C-110. Inscrivez-vous sur l'ENA. Les IPS et infirmières de la GMF sont priorisées.") if fr else
            ("Mandatory BLS recertification: Nov %d, 8:00-12:00, room C-110. Register on the LMS. FHT nurses and NPs have priority.")) % R.randint(1, 28)
    return dict(cat="training", frm="formation@%s" % o[1], to="soins-infirmiers@%s" % o[1], subject=pk(lang, ["Formation RCR", "Formation obligatoire", "BLS training", "Mandatory training"]),
                body=body, types=[], note="staff training announcement")

def n_meeting_reply(lang):
    fr = lang == "fr"; o = org(lang); a = doc(lang); b = doc(lang)
    orig = ("Est-ce que mardi 12 h te va pour revoir le protocole de suivi post-partum?" if fr else "Does Tuesday noon work to review the postpartum follow-up protocol?")
    body = (("Mardi c'est parfait, je réserve la salle.\n\n%s\n\nLe lun. %s a écrit :\n%s") if fr else ("Tuesday works, I'll book the room.\n\n%s\n\nOn Mon, %s wrote:\n%s")) % (a, b, quote(orig))
    att = []
    if R.random() < 0.5:
        st = datetime.datetime(2026, 11, R.randint(3, 27), 12, 0)
        att = [(make_ics("Protocole post-partum" if fr else "Postpartum protocol review", "Réunion de travail" if fr else "Working meeting", st, 60, "Salle B-214", "agenda@%s" % o[1],
                         "%08x@%s" % (R.getrandbits(32), o[1])), "text", "calendar", "invite.ics")]
    return dict(cat="meeting_reply", frm=addr(a, o[1]), to=addr(b, o[1]), subject="RE: " + pk(lang, ["protocole post-partum", "rencontre", "postpartum protocol", "meeting"]),
                body=body, atts=att, types=[], note="reply thread scheduling a staff meeting")

def n_lookalike(lang):
    fr = lang == "fr"; o = org(lang)
    s = gen_sin()  # a checksum-valid 9-digit number used as a PO/asset number
    body = (("Bonjour,\n\nBon de commande %s approuvé. Actif n° %s (défibrillateur, n° de série %s). Code de projet %s. Livraison au quai B.") if fr else
            ("Hi,\n\nPO %s approved. Asset tag %s (defibrillator, serial %s). Project code %s. Deliver to dock B.")) % (
            s, "A%07d" % R.randint(0, 9999999), "%010d" % int(gen_ohn()), "%04d-%06d" % (R.randint(1000, 9999), R.randint(0, 999999)))
    return dict(cat="purchase_order", frm="approvisionnement@%s" % o[1], to="commandes@%s" % pick(["medsupply-exemple.example", "boreal-fournitures.example"]),
                subject=pk(lang, ["Bon de commande approuvé", "BC approuvé", "PO approved", "Purchase order"]), body=body + sig("Approvisionnement" if fr else "Procurement", o, lang), types=[],
                note="purchase order with checksum-valid look-alike numbers")

def n_patient_education(lang):
    fr = lang == "fr"; o = org(lang); n = nurse(lang)
    body = (("Bonjour,\n\nVoici le nouveau dépliant « Votre grossesse semaine par semaine » à remettre aux patientes au premier rendez-vous. Il remplace la version 2022.") if fr else
            ("Hi,\n\nAttached is the new 'After your baby is born' handout for all postpartum patients at discharge. It replaces the 2022 version."))
    att = [(make_pdf("Dépliant" if fr else "Handout", ["Alimentation, activité physique, vaccins recommandés.", "Quand consulter : saignements, fièvre, maux de tête."]), "application", "pdf", "depliant.pdf" if fr else "handout.pdf")]
    return dict(cat="patient_education", frm=addr(n, o[1]), to="perinatalite@%s" % o[1], subject=pk(lang, ["Nouveau dépliant", "Dépliant grossesse", "New handout", "Postpartum handout"]),
                body=body + sig(n, o, lang), atts=att, types=[], note="generic patient education material")

def n_be_fr_admin(lang):
    be = R.random() < 0.5
    o = pick(ORGS_BE if be else ORGS_FRA)
    body = (("Chers collègues,\n\nLa réunion du GLEM est fixée au %d décembre à 20 h. Thème : antibiothérapie en première ligne. Accréditation demandée (2 CP). "
             "Inscription auprès du secrétariat, %s.") if be else
            ("Chers collègues,\n\nLe staff EPU du service de gynécologie-obstétrique aura lieu le %d décembre à 13 h en salle Lumière. Thème : hémorragie du post-partum, "
             "revue des recommandations du CNGOF. Secrétariat : %s.")) % (R.randint(1, 20), o[3])
    return dict(cat="committee_notice_eu", frm="secretariat@%s" % o[1], to="medecins@%s" % o[1], subject=("Réunion GLEM" if be else pick(["Staff EPU", "Invitation staff EPU"])),
                body=body + sig("Secrétariat médical", o, "fr"), types=[], note="Belgian/French professional meeting notice", lang_fixed="fr")

def n_insurance_general(lang):
    fr = lang == "fr"; o = org(lang)
    body = (("Rappel aux médecins : les formulaires CNESST et SAAQ doivent être remplis dans les 48 heures. Tarif des rapports : voir l'entente FMOQ. Les demandes des assureurs privés "
             "passent par la réception de la GMF, frais de 45 $ payables par l'assuré.") if fr else
            ("Reminder: WSIB Form 8 must be submitted within 3 business days. Private insurer forms (Sun Life, Manulife) go through reception; uninsured fee $45 payable by the patient."))
    return dict(cat="insurance_admin", frm="direction@%s" % o[1], to="medecins@%s" % o[1], subject=pk(lang, ["Formulaires d'assurance", "Rappel CNESST", "Insurance forms reminder", "WSIB reminder"]),
                body=body + sig("Direction médicale" if fr else "Medical Director", o, lang), types=[], note="administrative reminder about insurance forms")

def n_vax_campaign(lang):
    fr = lang == "fr"; o = org(lang)
    body = (("Campagne de vaccination automnale : cliniques sans rendez-vous les samedis de novembre au sous-sol de l'église Sainte-Rose. Vaccins offerts : influenza, COVID-19, "
             "pneumocoque (65 ans et plus). Lot influenza %s, expiration 2027-05.") if fr else
            ("Fall vaccine clinics: Saturdays in November at the community centre. Influenza, COVID-19 and pneumococcal (65+). Flu vaccine lot %s, exp 2027-05.")) % ("FL%06d" % R.randint(0, 999999))
    return dict(cat="vaccination_campaign", frm="vaccination@%s" % ("sante-publique-laurentides.example" if lang == "fr" else "ottawa-publichealth.example"), to="partenaires@%s" % o[1],
                subject=pk(lang, ["Campagne de vaccination", "Cliniques de vaccination", "Fall vaccine clinics", "Flu clinics"]), body=body, types=[], force_kind=pick(["html", "alt", None]),
                note="vaccination campaign announcement")

def n_fwd_eml(lang):
    fr = lang == "fr"; o = org(lang); a = doc(lang)
    inner_body = (("Bonjour,\n\nLe congrès annuel de la FMOQ aura lieu du %d au %d novembre au Centre des congrès. Ateliers : périnatalité, vaccination, santé mentale. "
                   "Tarif préférentiel jusqu'au 15 octobre.") if fr else
                  ("Hello,\n\nThe OCFP Family Medicine Forum runs Nov %d-%d at the Metro Toronto Convention Centre. Workshops: perinatal care, immunization, mental health. "
                   "Early-bird rate until Oct 15.")) % (R.randint(3, 10), R.randint(11, 14))
    inner = mkfwd("%s <congres@%s>" % ("Congrès FMOQ" if fr else "OCFP Events", "fmoq-exemple.example" if fr else "ocfp-exemple.example"), addr(a, o[1]),
                  "Congrès annuel — inscription" if fr else "Family Medicine Forum — registration", inner_body, lang)
    body = ("Ça intéresse quelqu'un? La GMF rembourse l'inscription pour deux personnes." if fr else "Anyone interested? The FHT will cover registration for two people.") + sig(a, o, lang)
    return dict(cat="forward_event", frm=addr(a, o[1]), to="equipe@%s" % o[1], subject="TR: Congrès annuel — inscription" if fr else "FW: Family Medicine Forum — registration",
                body=body, atts=[(inner, "message", "rfc822", "congres.eml" if fr else "forum.eml")], types=[], note="forwarded conference announcement as attached .eml")

def n_zip_docs(lang):
    fr = lang == "fr"; o = org(lang)
    files = [("ordonnance_collective_OC-12.txt" if fr else "medical_directive_MD-12.txt",
              ("Ordonnance collective : ajustement de l'insuline basale par l'infirmière. Critères d'inclusion : adulte diabétique de type 2 inscrit à la GMF. Version 3." if fr else
               "Medical directive: basal insulin titration by RN. Inclusion: adult type 2 diabetes rostered at the FHT. Version 3.").encode("utf-8")),
             ("gabarit.pdf" if fr else "template.pdf", make_pdf("Gabarit" if fr else "Template", ["Nom : ______" if fr else "Name: ______", "Date : ______"]))]
    body = ("Voici le paquet de documents révisés pour le comité, en format zip." if fr else "Zipped package of revised documents for the committee.") + sig("Secrétariat du comité" if fr else "Committee secretary", o, lang)
    return dict(cat="document_package", frm="comite@%s" % o[1], to="membres@%s" % o[1], subject=pk(lang, ["Documents révisés", "Paquet du comité", "Revised documents", "Committee package"]),
                body=body, atts=[(make_zip(files), "application", "zip", "documents.zip")], types=[], note="zip of protocol and blank template, no patient")

def n_assignment(lang):
    fr = lang == "fr"; o = org(lang)
    staff = (["Josiane Paré", "Steve Lachance", "Marilou Bégin", "Caroline Drolet", "Annie Tremblay", "Lise Poulin"] if fr else
             ["Kim Roberts", "Darlene Hughes", "Sam Ortiz", "Nicole Grant", "Rachel Murray", "Owen Stewart"])
    R.shuffle(staff)
    rows = ["%s  ch. %d-%d  %s" % (staff[i], 1 + 6 * i, 6 + 6 * i, pick(["jour", "soir", "nuit"])) if fr else "%s  rooms %d-%d  %s" % (staff[i], 1 + 6 * i, 6 + 6 * i, pick(["days", "evenings", "nights"])) for i in range(5)]
    body = (("Affectations 4B — %d novembre\n\n%s\n\nResponsable du quart : %s. Pause repas en alternance.") if fr else ("4B assignments — Nov %d\n\n%s\n\nCharge nurse: %s. Staggered breaks.")) % (R.randint(1, 28), "\n".join(rows), staff[5])
    return dict(cat="nurse_assignment", frm="chef.4b@%s" % o[1], to="equipe-4b@%s" % o[1], subject=pk(lang, ["Affectations 4B", "Affectations du jour", "4B assignments", "Today's assignments"]),
                body=body + sig("Chef d'unité 4B" if fr else "Nurse Manager 4B", o, lang), types=[], note="staff-to-room assignment roster, no patient names")

NEG_TEMPLATES = [(n_hr, 6), (n_staff_sick, 9), (n_roster, 9), (n_newsletter, 9), (n_invoice, 9), (n_committee, 8), (n_it, 7), (n_facilities, 7),
                 (n_conference, 9), (n_job, 7), (n_ph_bulletin, 8), (n_teaching, 7), (n_vendor, 7), (n_blank_form, 7), (n_imaging_admin, 6),
                 (n_lawyer_general, 5), (n_physician_disease, 6), (n_stats, 6), (n_training, 6), (n_meeting_reply, 7), (n_lookalike, 6),
                 (n_patient_education, 5), (n_be_fr_admin, 4), (n_insurance_general, 5), (n_vax_campaign, 5), (n_fwd_eml, 4), (n_zip_docs, 3), (n_assignment, 3)]

# ---------- main ----------
LANG_FIXED[n_be_fr_admin] = "fr"

def plan(templates, total):
    jobs = []
    for fn, n in templates: jobs += [fn] * n
    R.shuffle(jobs)
    nfr_fixed = sum(1 for f in jobs if f in LANG_FIXED)
    need_fr = total // 2 - nfr_fixed
    out, k = [], 0
    free = [i for i, f in enumerate(jobs) if f not in LANG_FIXED]
    fr_idx = set(R.sample(free, need_fr))
    for i, f in enumerate(jobs):
        out.append((f, LANG_FIXED.get(f) or ("fr" if i in fr_idx else "en")))
    return out

def check(outdir, labels):
    files = sorted(os.path.relpath(os.path.join(dp, f), outdir) for sub in ("positive", "negative")
                   for dp, _, fs in os.walk(os.path.join(outdir, sub)) for f in fs)
    assert files == sorted(labels), "labels do not cover exactly the files"
    for f in files:
        raw = open(os.path.join(outdir, f), "rb").read()
        m = email.message_from_bytes(raw, policy=policy.default)
        assert not m.defects, (f, m.defects)
        for part in m.walk():
            assert not part.defects, (f, part.defects)
            if part.is_multipart(): continue
            if part.get_content_type() == "message/rfc822": continue
            c = part.get_content()
            assert c is not None and len(c) > 0, f
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            assert m[h], (f, h)
        L = labels[f]
        if f.startswith("positive/"): assert L["confidential"] and L["types"], f
        else: assert not L["confidential"] and L["types"] == [], f
    h = hashlib.sha256()
    for f in files + ["labels.json"]:
        h.update(f.encode() + b"\0"); h.update(open(os.path.join(outdir, f), "rb").read())
    return h.hexdigest()

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    a = ap.parse_args()
    out = a.out
    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"): os.remove(os.path.join(d, f))
    labels = {}
    stats = {"cat": {}, "lang": {}, "body": {}, "eol": {}, "container": {}, "attachment": {}}
    jobs = [(True, f, l) for f, l in plan(POS_TEMPLATES, 120)] + [(False, f, l) for f, l in plan(NEG_TEMPLATES, 180)]
    np_, nn_ = 0, 0
    for gi, (pos, fn, lang) in enumerate(jobs):
        spec = fn(lang)
        if pos: np_ += 1; name = "positive/p%03d_%s.eml" % (np_, spec["cat"])
        else: nn_ += 1; name = "negative/n%03d_%s.eml" % (nn_, spec["cat"])
        raw, tr, body_tr = build(spec, gi)
        with open(os.path.join(out, name), "wb") as fh: fh.write(raw)
        labels[name] = {"confidential": pos, "types": sorted(set(spec["types"])) if pos else [], "lang": lang, "note": spec["note"]}
        items = [("cat", ("pos:" if pos else "neg:") + spec["cat"]), ("lang", lang), ("body", body_tr), ("eol", tr.rsplit("/", 1)[1]),
                 ("container", "multipart/mixed" if "[" in tr else ("multipart/alternative" if tr.startswith("multipart/alt") else "single part"))]
        items += [("attachment", a[1] + "/" + a[2]) for a in spec.get("atts", [])]
        for k, v in items:
            stats[k][v] = stats[k].get(v, 0) + 1
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True); fh.write("\n")
    digest = check(out, labels)
    print("positives %d negatives %d" % (np_, nn_))
    for k in ("lang", "container", "body", "eol", "attachment", "cat"):
        print("== %s" % k)
        for v in sorted(stats[k]): print("  %-45s %d" % (v, stats[k][v]))
    print("sha256", digest)

if __name__ == "__main__":
    main()
