#!/usr/bin/env python3
"""Synthetic outbound-mail corpus, CHU Nord (chu-nord.example). Seeded, deterministic.
Usage: python generate.py [--out DIR] [--seed 2121]"""
import argparse, random, io, os, json, hashlib, zipfile, datetime, re, csv, shutil, html as htmlmod
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime
import email
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir
from stdnum import luhn

SEED = 2121
NAMS_RAW = """
Wilson Sofia 1958-03-04 F WILS58530495
Taylor André 2002-11-11 F TAYA02611115
Lapointe Mary 2007-06-06 F LAPM07560671
Lessard Manon 1983-04-01 M LESM83040153
Caron Liam 1937-10-23 F CARL37602340
Bouchard Sofia 1965-10-19 M BOUS65101945
Leblanc André 1960-03-01 M LEBA60030127
Gagnon Manon 1993-11-09 F GAGM93610984
Fortin Emma 1961-06-06 F FORE61560692
Poirier Marc 1947-01-22 F POIM47512222
Fournier John 2011-11-05 M FOUJ11110519
Smith Sylvie 2006-11-18 M SMIS06111890
Simard Sofia 1961-04-14 F SIMS61541457
Taylor Diane 1967-04-06 F TAYD67540632
Gagnon Claude 1981-06-10 F GAGC81561056
Savard Liam 2015-10-03 M SAVL15100327
Taylor Claude 1977-07-09 F TAYC77570976
Gauthier John 1976-02-16 M GAUJ76021662
Nadeau Gilles 1933-06-03 M NADG33060331
Cloutier Liam 1960-11-21 M CLOL60112139
Gauthier John 1998-04-16 M GAUJ98041697
Fournier André 1941-07-27 M FOUA41072762
Lessard Denise 2011-03-18 F LESD11531827
Morin Pierre 1995-10-01 F MORP95600191
Bouchard Robert 1947-04-10 F BOUR47541011
Boucher Denise 1993-12-21 F BOUD93622188
Cloutier David 1941-10-09 M CLOD41100927
Gagnon Ginette 1960-06-12 M GAGG60061239
Girard Nathalie 2018-01-22 M GIRN18012277
Leblanc Diane 1964-01-18 M LEBD64011887
Ouellet Sarah 1967-02-02 F OUES67520217
Bouchard Liam 1940-01-24 M BOUL40012435
Fournier Michel 1991-07-26 F FOUM91572674
Brown Jacques 1972-02-11 M BROJ72021120
Roy Denise 2001-06-19 M ROYD01061987
MacDonald Sofia 1979-05-02 M MACS79050243
Simard Emma 1958-09-23 M SIME58092343
Bélanger Josée 1976-02-05 F BELJ76520558
Morin Nathalie 1939-08-20 F MORN39582071
Pelletier Liam 1964-11-02 F PELL64610262
Simard Manon 1968-03-21 F SIMM68532154
Savard Denise 1972-10-12 M SAVD72101217
Bouchard Geneviève 1959-11-11 F BOUG59611164
Cloutier Geneviève 2010-11-06 F CLOG10610620
Martel Denise 2005-08-27 M MARD05082733
Boucher Josée 1941-10-17 F BOUJ41601744
Paquette Ginette 1947-10-16 F PAQG47601681
Roy Louis 2002-01-10 M ROYL02011012
Thibault Michel 2019-09-23 M THIM19092335
Nadeau Geneviève 1951-12-22 M NADG51122271
Paquette Josée 1982-03-03 F PAQJ82530350
Lapointe André 1943-12-12 M LAPA43121277
Thibault Sylvie 1942-11-26 F THIS42612691
Simard Louis 1975-04-19 M SIML75041978
Ouellet Marc 1993-08-27 F OUEM93582722
Lessard Sarah 2019-03-11 F LESS19531117
Pelletier Nathalie 2003-05-28 M PELN03052875
Lapointe Mary 1995-02-04 M LAPM95020421
Cloutier Manon 2015-07-28 M CLOM15072881
Leblanc Gilles 1945-10-11 F LEBG45601162
"""

NAMS = []
for _l in NAMS_RAW.strip().splitlines():
    _s, _g, _d, _x, _n = _l.split()
    NAMS.append(dict(surname=_s, given=_g, dob=_d, sex=_x, nam=_n))

TODAY = datetime.date(2026, 11, 30)
DOM = "chu-nord.example"

STAFF = [
    ("Dre", "Isabelle", "Tremblay-Ngo", "cardiologue", "cardiologist", "Cardiologie"),
    ("Dr", "Mathieu", "Lavoie", "néphrologue", "nephrologist", "Néphrologie"),
    ("Dre", "Priya", "Raman", "cardiologue", "cardiologist", "Cardiologie"),
    ("Dr", "Jonathan", "Weiss", "chirurgien cardiaque", "cardiac surgeon", "Chirurgie cardiaque"),
    ("Dre", "Amélie", "Desrosiers", "néphrologue", "nephrologist", "Néphrologie"),
    ("Dr", "Karim", "Benali", "interniste", "internist", "Médecine interne"),
    ("Dre", "Hélène", "St-Pierre", "hépatologue (greffe)", "transplant hepatologist", "Transplantation"),
    ("Dr", "Owen", "McKenna", "néphrologue (greffe)", "transplant nephrologist", "Transplantation"),
    ("Dre", "Sophie", "Vachon", "cardiologue", "cardiologist", "Cliniques externes"),
    ("Dr", "François", "Béliveau", "chirurgien cardiaque", "cardiac surgeon", "Chirurgie cardiaque"),
]
NURSES = [("Julie", "Marchand", "inf. clinicienne"), ("Kevin", "Nguyen", "inf."), ("Nadia", "Haddad", "IPS"),
          ("Catherine", "Ouimet", "inf. coordonnatrice greffe"), ("Marc-André", "Gélinas", "inf. chef d'unité"),
          ("Laura", "Pinto", "RN, dialysis"), ("Émilie", "Charest", "agente administrative"),
          ("Stéphanie", "Rioux", "commis - prise de rendez-vous"), ("Yannick", "Fortier", "gestionnaire des lits"),
          ("Rachel", "Goldberg", "travailleuse sociale"), ("Mélanie", "Cyr", "pharmacienne"),
          ("Patrick", "O'Neill", "coordonnateur recherche")]
EXT = ["clinique-rosemont.example", "gmf-ahuntsic.example", "cisss-laurentides.example", "hopital-stjerome.example",
       "ottawaheart.example", "uhn-fictif.example", "pharmacie-fleury.example", "clsc-bordeaux.example",
       "transport-adapte-mtl.example", "assurance-vie-boreale.example", "chu-liege.example", "ch-lyon-sud.example",
       "labo-biomed.example", "medisupply.example", "cardiotech.example", "ordre-infirmier.example"]
PAT_SUR = ["Lemieux", "Carrier", "Dubé", "Ferland", "Hébert", "Kowalski", "Nguyen", "Papadopoulos", "Côté",
           "Beaulieu", "Thériault", "Ahmed", "Rossi", "Dufresne", "Lachance", "Petrov", "Sanchez", "Larocque"]
PAT_GIV_M = ["Réjean", "Normand", "Ahmed", "Giuseppe", "Daniel", "Luc", "Victor", "Raymond", "Serge", "Tomasz"]
PAT_GIV_F = ["Huguette", "Lise", "Fatima", "Carmen", "Johanne", "Maria", "Yvette", "Line", "Olga", "Pauline"]
STREETS = ["rue Fleury Est", "boul. Gouin Ouest", "av. Papineau", "rue de Lille", "rue Sauvé Est", "boul. Henri-Bourassa",
           "rue Lajeunesse", "av. Christophe-Colomb", "rue Prieur Ouest", "boul. Saint-Laurent"]
CITIES = ["Montréal (QC) H2C", "Montréal (QC) H3L", "Laval (QC) H7N", "Montréal-Nord (QC) H1H", "Terrebonne (QC) J6W"]

# ---------------------------------------------------------------- identifiers
def gen_sin(r):
    while True:
        d = str(r.choice([1, 2, 4, 5, 6, 7])) + "".join(str(r.randint(0, 9)) for _ in range(7))
        for c in "0123456789":
            if ca_sin.is_valid(d + c):
                return d + c

def gen_on_hn(r):
    while True:
        d = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
        for c in "0123456789":
            if luhn.is_valid(d + c):
                return d + c

def gen_niss(r, dob, sex):
    y, m, d = dob.split("-")
    seq = r.randint(1, 997)
    if (seq % 2 == 1) != (sex == "M"):
        seq += 1
    base = y[2:] + m + d + "%03d" % seq
    n = int(("2" + base) if int(y) >= 2000 else base)
    chk = 97 - n % 97
    v = base + "%02d" % chk
    assert be_nn.is_valid(v), v
    return v

def gen_nir(r, dob, sex):
    y, m, d = dob.split("-")
    base = ("1" if sex == "M" else "2") + y[2:] + m + "%02d" % r.randint(1, 95) + "%03d" % r.randint(1, 990) + "%03d" % r.randint(1, 999)
    key = 97 - int(base) % 97
    v = base + "%02d" % key
    assert fr_nir.is_valid(v), v
    return v

def gen_mrn(r, shape=None):
    shape = shape or r.choice(["n7", "d8", "d7", "cn"])
    if shape == "n7":
        return "N" + "".join(str(r.randint(0, 9)) for _ in range(7))
    if shape == "d8":
        return "00" + "".join(str(r.randint(0, 9)) for _ in range(6))
    if shape == "d7":
        return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(6))
    return "CN-" + "".join(str(r.randint(0, 9)) for _ in range(6))

FW = str.maketrans("0123456789", "０１２３４５６７８９")

def fmt_nam(n, style):
    if style == "space":
        return n[:4] + " " + n[4:8] + " " + n[8:]
    if style == "dots":
        return n[:4] + "." + n[4:8] + "." + n[8:]
    if style == "hyph":
        return n[:4] + "-" + n[4:8] + "-" + n[8:]
    if style == "lower":
        return n.lower()
    if style == "fw":
        return n[:4] + n[4:].translate(FW)
    if style == "spread":
        return " ".join(n)
    return n

# ---------------------------------------------------------------- people
def age_of(dob):
    y, m, d = map(int, dob.split("-"))
    a = TODAY.year - y - ((TODAY.month, TODAY.day) < (m, d))
    return a

def patient(r, nam=True, used=None):
    if nam:
        p = dict(r.choice(NAMS))
    else:
        sex = r.choice("MF")
        giv = r.choice(PAT_GIV_M if sex == "M" else PAT_GIV_F)
        dob = "%d-%02d-%02d" % (r.randint(1934, 2004), r.randint(1, 12), r.randint(1, 28))
        p = dict(surname=r.choice(PAT_SUR), given=giv, dob=dob, sex=sex, nam=None)
    p["mrn"] = gen_mrn(r)
    p["age"] = age_of(p["dob"])
    f = p["sex"] == "F"
    p["fr_t"] = "Mme" if f else "M."
    p["en_t"] = "Ms." if f else "Mr."
    p["il"] = "elle" if f else "il"
    p["he"] = "she" if f else "he"
    p["his"] = "her" if f else "his"
    p["e"] = "e" if f else ""
    p["sx_fr"] = "F" if f else "H"
    p["full"] = p["given"] + " " + p["surname"]
    p["rev"] = p["surname"].upper() + ", " + p["given"]
    p["phone"] = "514-555-%04d" % r.randint(100, 9999) if r.random() < .6 else "450-555-%04d" % r.randint(100, 9999)
    p["addr"] = "%d %s, %s %d%s%d" % (r.randint(10, 12999), r.choice(STREETS), r.choice(CITIES), r.randint(1, 9),
                                       r.choice("ABCEGHJKLMNPRSTVWXYZ"), r.randint(0, 9))
    return p

def staff(r, k=None):
    s = STAFF[k] if k is not None else r.choice(STAFF)
    t, g, n, fr, en, dept = s
    em = (g + "." + n).lower()
    em = em.translate(str.maketrans("éèêëàâîïôöûüç", "eeeeaaiioouuc")).replace("'", "")
    return dict(t=t, g=g, n=n, fr=fr, en=en, dept=dept, name=g + " " + n, email=em + "@" + DOM,
                disp=("%s %s %s" % (t, g, n)))

def nurse(r):
    g, n, role = r.choice(NURSES)
    em = (g + "." + n).lower().translate(str.maketrans("éèêëàâîïôöûüç", "eeeeaaiioouuc")).replace("'", "")
    return dict(t="", g=g, n=n, fr=role, en=role, dept="", name=g + " " + n, email=em + "@" + DOM, disp=g + " " + n)

def ext_addr(r, who=None, dom=None):
    dom = dom or r.choice(EXT)
    who = who or r.choice(["secretariat", "accueil", "rdv", "dr.lefebvre", "info", "admission", "s.morales", "referrals",
                           "j.kim", "coordination", "m.belanger", "triage"])
    return "%s@%s" % (who, dom)

def sig(p, lang, r, ext=True):
    lines = ["", "--", p["disp"] if p.get("t") else p["name"]]
    if p.get("fr"):
        lines.append(p["fr"] if lang == "fr" else p["en"])
    dept = p.get("dept") or r.choice(["Néphrologie", "Cardiologie", "Unité coronarienne", "Bureau de gestion des lits",
                                       "Cliniques externes spécialisées", "Service de transplantation"])
    lines.append(dept + " | CHU Nord" if lang == "fr" else dept + " | CHU Nord (Montreal)")
    if ext:
        lines.append("5400, boul. Gouin Ouest, Montréal (QC) H4J 1C5")
        lines.append("Tél. 514-555-%04d poste %d" % (r.randint(1000, 9999), r.randint(2000, 6999)))
    if r.random() < .35:
        lines.append("")
        lines.append(DISC_FR if lang == "fr" else DISC_EN)
    return "\n".join(lines)

DISC_FR = ("AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. Si vous n'êtes pas "
           "le destinataire visé, veuillez le détruire et en aviser l'expéditeur.")
DISC_EN = ("CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you received it in error, "
           "please delete it and notify the sender.")

def quote(text, who, when, lang):
    if lang == "fr":
        head = "Le %s, %s a écrit :" % (when.strftime("%d/%m/%Y à %H:%M"), who)
    else:
        head = "On %s, %s wrote:" % (when.strftime("%a, %b %d, %Y at %I:%M %p"), who)
    return head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n"))

def fwd_block(frm, to, when, subj, text, lang):
    if lang == "fr":
        h = "-------- Message transféré --------\nDe : %s\nDate : %s\nÀ : %s\nObjet : %s\n" % (frm, when.strftime("%d/%m/%Y %H:%M"), to, subj)
    else:
        h = "---------- Forwarded message ---------\nFrom: %s\nDate: %s\nTo: %s\nSubject: %s\n" % (frm, when.strftime("%a, %b %d, %Y %I:%M %p"), to, subj)
    return h + "\n" + text

def rdate(r, days=60):
    d = datetime.datetime(2026, 10, 1, 7, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))
    return d + datetime.timedelta(days=r.randint(0, days), minutes=r.randint(0, 11 * 60))

def fdate(d, lang):
    return d.strftime("%Y-%m-%d")

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
def longdate(d, lang):
    if lang == "fr":
        return "%d %s" % (d.day, MOIS[d.month - 1])
    return d.strftime("%B %d").replace(" 0", " ")

# ---------------------------------------------------------------- attachments
FIXED_ZT = (2026, 11, 1, 8, 0, 0)

def normalize_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                b = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2026-11-01T08:00:00Z", b)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, b)
    return out.getvalue()

def make_pdf(title, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    y = 740
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, title)
    c.setFont("Helvetica", 10)
    y -= 28
    for l in lines:
        if y < 60:
            c.showPage(); c.setFont("Helvetica", 10); y = 740
        c.drawString(50, y, l)
        y -= 15
    c.showPage()
    c.save()
    return buf.getvalue()

def make_docx(title, paras, table=None):
    import docx
    d = docx.Document()
    d.core_properties.author = "CHU Nord"
    d.core_properties.created = datetime.datetime(2026, 11, 1, 8, 0, 0)
    d.core_properties.modified = datetime.datetime(2026, 11, 1, 8, 0, 0)
    d.core_properties.last_modified_by = "CHU Nord"
    d.add_heading(title, 1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())

def make_xlsx(sheet, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = "CHU Nord"
    wb.properties.created = datetime.datetime(2026, 11, 1, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2026, 11, 1, 8, 0, 0)
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(list(row))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())

def make_csv(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\r\n")
    for row in rows:
        w.writerow(row)
    return s.getvalue().encode("utf-8")

def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, b in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, b)
    return out.getvalue()

def make_ics(uid, start, mins, summary, desc, location, organizer, attendees):
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    st = start.astimezone(datetime.timezone.utc)
    en = st + datetime.timedelta(minutes=mins)
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CHU Nord//Agenda//FR", "METHOD:REQUEST", "BEGIN:VEVENT",
         "UID:" + uid, "DTSTAMP:20261101T130000Z", "DTSTART:" + st.strftime("%Y%m%dT%H%M%SZ"),
         "DTEND:" + en.strftime("%Y%m%dT%H%M%SZ"), "SUMMARY:" + esc(summary), "DESCRIPTION:" + esc(desc),
         "LOCATION:" + esc(location), "ORGANIZER:mailto:" + organizer]
    for a in attendees:
        L.append("ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:" + a)
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(L) + "\r\n").encode("utf-8")

def make_vcf(fn, sur, giv, tel, adr, note=None, org=None, title=None):
    L = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (sur, giv), "FN:" + fn]
    if org:
        L.append("ORG:" + org)
    if title:
        L.append("TITLE:" + title)
    L.append("TEL;TYPE=CELL:" + tel)
    if adr:
        L.append("ADR;TYPE=HOME:;;" + adr.replace(",", "\\,") + ";;;;")
    if note:
        L.append("NOTE:" + note.replace(",", "\\,"))
    L.append("END:VCARD")
    return ("\r\n".join(L) + "\r\n").encode("utf-8")

# ---------------------------------------------------------------- build
def text_to_html(t):
    out = []
    for para in t.split("\n\n"):
        out.append("<p>" + htmlmod.escape(para).replace("\n", "<br>\n") + "</p>")
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + "\n".join(out) + "\n</body></html>\n")

CSETS = ["utf-8", "utf-8", "iso-8859-1", "windows-1252"]

def pick_transport(r, spec):
    style = spec.get("style") or r.choice(["plain", "plain", "plain", "html", "alt", "alt"])
    cs = spec.get("charset") or r.choice(CSETS)
    cte = spec.get("cte") or r.choice(["quoted-printable", "quoted-printable", "base64", "8bit"])
    nl = spec.get("nl") or r.choice(["\n", "\r\n"])
    return style, cs, cte, nl

def fitcs(text, cs):
    try:
        text.encode(cs)
        return cs
    except UnicodeEncodeError:
        return "utf-8"

def build(r, spec, idx):
    style, cs, cte, nl = pick_transport(r, spec)
    m = EmailMessage(policy=policy.default)
    m["From"] = spec["from"]
    m["To"] = spec["to"]
    if spec.get("cc"):
        m["Cc"] = spec["cc"]
    m["Subject"] = spec["subject"]
    d = spec.get("date") or rdate(r)
    m["Date"] = format_datetime(d)
    m["Message-ID"] = "<%s.%d.%04x@%s>" % (d.strftime("%Y%m%d%H%M%S"), idx, r.randint(0, 0xffff), DOM)
    if spec.get("in_reply_to"):
        m["In-Reply-To"] = spec["in_reply_to"]
    m["MIME-Version"] = "1.0"
    if r.random() < .3:
        m["X-Mailer"] = r.choice(["Microsoft Outlook 16.0", "Zimbra 9.0", "Apple Mail (2.3731)"])
    body = spec["body"]
    html = spec.get("html")
    if style in ("html", "alt") and html is None:
        html = text_to_html(body)
    if html is not None:
        html = html.replace('<meta charset="utf-8">', '<meta charset="%s">' % fitcs(html, cs))
    if html is not None and style == "plain":
        style = "alt"
    if style == "plain":
        m.set_content(body, charset=fitcs(body, cs), cte=cte)
    elif style == "html":
        m.set_content(html, subtype="html", charset=fitcs(html, cs), cte=cte)
    else:
        m.set_content(body, charset=fitcs(body, cs), cte=cte)
        m.add_alternative(html, subtype="html", charset=fitcs(html, cs), cte="quoted-printable" if cte == "8bit" else cte)
    for att in spec.get("att", []):
        if att[0] == "eml":
            m.add_attachment(att[1])
        else:
            fn, mt, st, data = att
            if mt == "text":
                m.add_attachment(data.decode("utf-8"), subtype=st, filename=fn, charset="utf-8",
                                 cte="base64" if r.random() < .5 else "quoted-printable")
            else:
                m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    for k, part in enumerate(m.walk()):
        if part.get_content_maintype() == "multipart":
            part.set_boundary("----=_NextPart_%03d_%d_%08X" % (idx, k, r.getrandbits(32)))
    data = m.as_bytes(policy=policy.default.clone(linesep=nl))
    tr = {"style": "mixed" if spec.get("att") else style, "nl": "CRLF" if nl == "\r\n" else "LF", "cte": cte,
          "charset": fitcs(body, cs)}
    return data, tr

def inner_eml(frm, to, subj, body, d, lang):
    m = EmailMessage(policy=policy.default)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subj
    m["Date"] = format_datetime(d)
    m["Message-ID"] = "<%s.fw@%s>" % (d.strftime("%Y%m%d%H%M%S"), DOM)
    m.set_content(body, charset="utf-8", cte="quoted-printable")
    return m

# ================================================================ POSITIVES
def P(spec, lang, types, note):
    spec.update(lang=lang, types=sorted(set(types)), note=note)
    return spec

def p_referral(r, lang):
    p = patient(r); s = staff(r, r.choice([0, 2, 8])); ext = ext_addr(r, "dr.lefebvre")
    sty = r.choice(["plain", "space", "dots", "hyph"])
    dx = r.choice([("FA paroxystique, CHA2DS2-VASc 4", "paroxysmal AF, CHA2DS2-VASc 4"),
                   ("souffle systolique 3/6, sténose aortique?", "3/6 systolic murmur, ?aortic stenosis"),
                   ("IC FEVG 30 %, dyspnée NYHA III", "HFrEF EF 30%, NYHA III dyspnea")])
    if lang == "fr":
        subj = r.choice(["Demande de consultation cardio", "Référence - cardiologie", "Réf: clinique IC"])
        body = ("Bonjour,\n\nJe vous réfère %s %s, né%s le %s (RAMQ %s) pour %s.\n"
                "ECG ci-joint n'est pas dispo, je le faxe demain. Prend apixaban 5 mg BID, métoprolol 25 BID.\n"
                "Merci de la voir rapidement si possible, %s est très anxieu%s.\n\nDr Claude Lefebvre, MD\nGMF Ahuntsic"
                % (p["fr_t"], p["full"], p["e"], p["dob"], fmt_nam(p["nam"], sty), dx[0], p["il"], "se" if p["sex"] == "F" else "x"))
    else:
        subj = r.choice(["Cardiology referral", "Referral - HF clinic", "New referral"])
        body = ("Hello,\n\nReferring %s %s (DOB %s, RAMQ %s) for %s.\nMeds: apixaban 5 mg BID, metoprolol 25 mg BID.\n"
                "Please book at your earliest. %s lives alone.\n\nDr. Claude Lefebvre\nGMF Ahuntsic"
                % (p["en_t"], p["full"], p["dob"], fmt_nam(p["nam"], sty), dx[1], p["he"].capitalize()))
    return P(dict(frm=ext, to=s["email"], subject=subj, body=body), lang,
             ["patient_name", "ramq_nam", "date_of_birth", "diagnosis", "medication"], "referral with patient name, NAM, DOB, diagnosis")

def p_consult_request(r, lang):
    p = patient(r, nam=False); s = staff(r, 5); c = staff(r, r.choice([1, 4]))
    cr = r.choice(["212", "264", "318", "187"])
    if lang == "fr":
        subj = "Consult néphro - ch. %s%s" % (r.choice(["4B-", "6A-", "5C-"]), r.randint(10, 40))
        body = ("Salut %s,\n\nPeux-tu passer voir %s (%d ans, dossier %s) à l'unité? IRA sur IRC, créat %s (base 110), "
                "K 5.8 ce matin. Sous furosémide IV + ramipril qu'on a cessé hier.\nPas d'urgence de dialyse selon nous mais "
                "on aimerait ton avis aujourd'hui.\n\nMerci!\n%s" % (c["g"], p["rev"], p["age"], p["mrn"], cr, s["disp"]))
    else:
        subj = "Nephro consult request - bed %s" % r.randint(401, 460)
        body = ("Hi %s,\n\nCould you see %s, %d y/o, MRN %s? AKI on CKD, Cr %s (baseline 110), K 5.8 this AM, "
                "on IV furosemide, ramipril held.\nNot sure %s needs dialysis, would appreciate your input today.\n\nThanks\n%s"
                % (c["g"], p["full"], p["age"], p["mrn"], cr, p["he"], s["disp"]))
    return P(dict(frm=s["email"], to=c["email"], subject=subj, body=body + sig(s, lang, r, False)), lang,
             ["patient_name", "mrn", "diagnosis", "lab_result", "medication"], "internal consult request naming patient with chart number")

def p_consult_reply(r, lang):
    p = patient(r); s = staff(r, r.choice([1, 4, 7])); req = staff(r, 5); d0 = rdate(r)
    if lang == "fr":
        q = "Peux-tu voir %s %s (%s) pour hyperkaliémie ? Merci" % (p["fr_t"], p["surname"], p["nam"])
        body = ("Vu ce matin. Pas d'indication de dialyse urgente. Kayexalate x1, reprendre bilan 16h. Suivi clinique IRC "
                "dans 4 sem.\n\n" + s["g"] + "\n\n" + quote(q, req["disp"], d0, lang))
        subj = "RE: consult néphro %s" % p["surname"]
    else:
        q = "Could you see %s %s (RAMQ %s) re hyperkalemia? thx" % (p["en_t"], p["surname"], p["nam"])
        body = ("Seen. No urgent HD indication. Lokelma 10 g x1, repeat lytes at 4pm. CKD clinic f/u 4 wks.\n\n"
                + quote(q, req["disp"], d0, lang))
        subj = "RE: nephro consult"
    return P(dict(frm=s["email"], to=req["email"], subject=subj, body=body), lang,
             ["patient_name", "ramq_nam", "diagnosis", "medication"], "consult reply; patient and NAM in quoted request")

def p_signout(r, lang):
    s = staff(r, r.choice([0, 2, 5])); pts = [patient(r, nam=r.random() < .3) for _ in range(r.randint(3, 6))]
    items_fr = ["NSTEMI J2, coro demain AM, à jeun minuit", "IC décompensée, furo 80 IV BID, bilan I/O", "FA rapide, diltiazem, "
                "viser FC<110", "post-PAC J3, drain retiré, mobiliser", "TV non soutenue x2, K/Mg à corriger", "endocardite ?, "
                "HC x3 pendantes"]
    items_en = ["NSTEMI day 2, cath tomorrow AM, NPO midnight", "ADHF, furosemide 80 IV BID, strict I/O", "AF RVR, diltiazem, "
                "target HR<110", "post-CABG POD3, chest tube out, mobilize", "NSVT x2, replete K/Mg", "?endocarditis, BC x3 pending"]
    rows = []
    for i, p in enumerate(pts):
        it = (items_fr if lang == "fr" else items_en)[i % 6]
        rows.append("%s%d | %s | %s | %d%s | %s" % (r.choice(["5A-", "UC-", "6B-"]), r.randint(1, 30), p["rev"], p["mrn"], p["age"],
                    p["sx_fr"] if lang == "fr" else p["sex"], it))
    if lang == "fr":
        subj = r.choice(["Liste de relève - cardio garde", "Sign-out soir", "relève nuit cardio"])
        body = "Salut,\n\nVoici la liste pour ce soir :\n\n" + "\n".join(rows) + "\n\nRien d'autre, bonne garde.\n" + s["g"]
    else:
        subj = r.choice(["Sign-out cardiology tonight", "Handover list", "night sign out"])
        body = "Hey,\n\nSign-out for tonight:\n\n" + "\n".join(rows) + "\n\nCall if any issue.\n" + s["g"]
    to = ", ".join(staff(r, k)["email"] for k in (0, 2, 8))
    return P(dict(frm=s["email"], to=to, subject=subj, body=body, style=r.choice(["plain", "html"])), lang,
             ["patient_name", "mrn", "diagnosis"], "handover list of inpatients with names, chart numbers, problems")

def p_bed_mgmt(r, lang):
    b = nurse(r); p = patient(r, nam=False); q = patient(r, nam=False)
    if lang == "fr":
        subj = "Demande de lit - transfert urgence vers 6A"
        body = ("Bonjour,\n\nBesoin de 2 lits télémétrie :\n- %s, dossier %s, douleur thoracique trop positive, en attente depuis 14h\n"
                "- %s, dossier %s, IRC terminale, HD à prévoir demain\n\nLe 6A peut-il libérer la 12 avant 18h ?\n\n%s\nGestion des lits"
                % (p["rev"], p["mrn"], q["rev"], q["mrn"], b["name"]))
    else:
        subj = "Bed request - ED to telemetry"
        body = ("Hi,\n\nNeed 2 tele beds:\n- %s, MRN %s, chest pain trop positive, boarding since 2pm\n"
                "- %s, MRN %s, ESRD, HD due tomorrow\n\nCan 6A free bed 12 by 6pm?\n\n%s\nBed management"
                % (p["rev"], p["mrn"], q["rev"], q["mrn"], b["name"]))
    return P(dict(frm=b["email"], to="gestion.lits@" + DOM, cc="chef.6a@" + DOM, subject=subj, body=body), lang,
             ["patient_name", "mrn", "diagnosis"], "bed request naming two patients with chart numbers and problems")

def p_booking(r, lang):
    p = patient(r); c = nurse(r); d = rdate(r, 90) + datetime.timedelta(days=20)
    to = "%s.%s@%s" % (p["given"].lower()[:1], p["surname"].lower().replace("é", "e"), r.choice(["courriel.example", "fournisseur-web.example"]))
    if lang == "fr":
        subj = "Confirmation de rendez-vous - Clinique d'insuffisance cardiaque"
        body = ("Bonjour %s %s,\n\nVotre rendez-vous à la clinique d'insuffisance cardiaque est confirmé le %s à %s, "
                "pavillon B, 3e étage.\nVeuillez apporter votre carte d'assurance maladie (%s) et la liste de vos médicaments.\n"
                "Prise de sang à jeun 1 h avant.\n\nPour annuler : 514-555-0142\n\n%s"
                % (p["fr_t"], p["surname"], longdate(d, lang), d.strftime("%H h %M"), p["nam"], c["name"]))
    else:
        subj = "Appointment confirmation - Heart Failure Clinic"
        body = ("Dear %s %s,\n\nYour appointment at the Heart Failure Clinic is confirmed for %s at %s, Pavilion B, 3rd floor.\n"
                "Please bring your health card (%s) and your medication list. Fasting blood work 1 hour before.\n\n"
                "To cancel: 514-555-0142\n\n%s" % (p["en_t"], p["surname"], longdate(d, lang), d.strftime("%I:%M %p"), p["nam"], c["name"]))
    return P(dict(frm="rdv.cliniques@" + DOM, to=to, subject=subj, body=body + sig(c, lang, r)), lang,
             ["patient_name", "ramq_nam", "diagnosis"], "appointment confirmation to a patient with health card number and clinic")

def p_lab_followup(r, lang):
    p = patient(r, nam=False); s = staff(r, r.choice([1, 4, 7])); ext = ext_addr(r, "dr.paquin")
    tac = round(r.uniform(3.0, 14.0), 1)
    if lang == "fr":
        subj = "Suivi labo - %s" % p["surname"]
        body = ("Dr Paquin,\n\nVotre patient%s %s (dossier CHU %s) greffé%s rénal%s 2024 : tacrolimus creux %s µg/L hier, créat 168 "
                "(ancienne 120). Pouvez-vous répéter lundi et nous faxer ? On ajustera la dose.\n"
                % (p["e"], p["full"], p["mrn"], p["e"], "e" if p["sex"] == "F" else "", tac))
    else:
        subj = "Lab follow-up: %s" % p["full"]
        body = ("Dr. Paquin,\n\nYour patient %s (CHU chart %s), kidney transplant 2024: tacrolimus trough %s ug/L yesterday, "
                "Cr 168 (prev 120). Could you repeat Monday and fax results? We'll adjust dose.\n" % (p["full"], p["mrn"], tac))
    return P(dict(frm=s["email"], to=ext, subject=subj, body=body + sig(s, lang, r)), lang,
             ["patient_name", "mrn", "lab_result", "medication", "diagnosis"], "lab follow-up for a named transplant patient")

def p_critical(r, lang):
    p = patient(r); s = nurse(r); k = round(r.uniform(6.3, 7.4), 1)
    if lang == "fr":
        subj = "VALEUR CRITIQUE K+ %s - %s" % (k, p["surname"].upper())
        body = ("Valeur critique communiquée au Dr de garde à %s.\nPatient : %s, né%s %s, NAM %s\nK+ %s mmol/L (hémolyse : non)\n"
                "Dialyse en cours de planification.\n\n%s, labo central" % (rdate(r).strftime("%H:%M"), p["rev"], p["e"], p["dob"], p["nam"], k, s["name"]))
    else:
        subj = "CRITICAL VALUE K %s" % k
        body = ("Critical value called to on-call MD at %s.\nPatient: %s, DOB %s, RAMQ %s\nK %s mmol/L (not hemolyzed)\n\n%s, core lab"
                % (rdate(r).strftime("%H:%M"), p["rev"], p["dob"], p["nam"], k, s["name"]))
    return P(dict(frm="labo.central@" + DOM, to="nephro.garde@" + DOM, subject=subj, body=body, style="plain"), lang,
             ["patient_name", "date_of_birth", "ramq_nam", "lab_result"], "critical lab value with patient identity")

def p_imaging(r, lang):
    p = patient(r, nam=False); s = staff(r, r.choice([3, 9])); ext = ext_addr(r, "imagerie")
    if lang == "fr":
        subj = "Images CT à transférer - %s" % p["mrn"]
        body = ("Bonjour,\n\nPourriez-vous pousser dans notre PACS le CT aorte de %s (DDN %s) fait chez vous le mois dernier ? "
                "Anévrisme 5,6 cm, évaluation chirurgicale mardi.\nNotre no de dossier : %s\n" % (p["rev"], p["dob"], p["mrn"]))
    else:
        subj = "CT images transfer request"
        body = ("Hello,\n\nPlease push to our PACS the CT aorta for %s (DOB %s) done at your site last month. "
                "5.6 cm AAA, surgical assessment Tuesday.\nOur chart no.: %s\n" % (p["rev"], p["dob"], p["mrn"]))
    return P(dict(frm=s["email"], to=ext, subject=subj, body=body + sig(s, lang, r)), lang,
             ["patient_name", "date_of_birth", "mrn", "diagnosis"], "imaging transfer request with patient identity and finding")

def p_discharge_pdf(r, lang):
    p = patient(r); s = staff(r, r.choice([0, 2, 3])); ext = ext_addr(r, "dossiers")
    if lang == "fr":
        lines = ["Patient : %s    NAM : %s    Dossier : %s" % (p["rev"], p["nam"], p["mrn"]), "Date de naissance : " + p["dob"],
                 "Admission : 2026-10-12   Congé : 2026-10-19", "Diagnostic principal : infarctus NSTEMI, ICP IVA (DES x1)",
                 "Médicaments au congé : AAS 80 mg, ticagrélor 90 mg BID, atorvastatine 80 mg, bisoprolol 2,5 mg",
                 "Suivi : clinique post-IM dans 6 semaines; réadaptation cardiaque"]
        body = "Bonjour,\n\nCi-joint le résumé de congé demandé.\n\nCordialement," + sig(s, lang, r)
        fn, subj, t = "resume_conge_%s.pdf" % p["surname"].lower(), "Résumé de congé", "Résumé de congé - Cardiologie"
    else:
        lines = ["Patient: %s    RAMQ: %s    MRN: %s" % (p["rev"], p["nam"], p["mrn"]), "DOB: " + p["dob"],
                 "Admitted: 2026-10-12   Discharged: 2026-10-19", "Primary dx: NSTEMI, PCI to LAD (DES x1)",
                 "Discharge meds: ASA 81 mg, ticagrelor 90 mg BID, atorvastatin 80 mg, bisoprolol 2.5 mg",
                 "Follow-up: post-MI clinic 6 weeks; cardiac rehab"]
        body = "Hello,\n\nPlease find attached the discharge summary you requested.\n\nRegards," + sig(s, lang, r)
        fn, subj, t = "discharge_summary.pdf", "Discharge summary", "Discharge Summary - Cardiology"
    return P(dict(frm=s["email"], to=ext, subject=subj, body=body, att=[(fn, "application", "pdf", make_pdf(t, lines))]), lang,
             ["patient_name", "ramq_nam", "mrn", "date_of_birth", "diagnosis", "medication"], "PDF discharge summary attached")

def p_dialysis_xlsx(r, lang):
    n = dict(name="Laura Pinto", email="laura.pinto@" + DOM); pts = [patient(r, nam=r.random() < .5) for _ in range(r.randint(5, 9))]
    hdr = ["Nom", "Dossier", "Poste", "Horaire", "Accès", "Remarque"] if lang == "fr" else ["Name", "MRN", "Chair", "Shift", "Access", "Note"]
    rows = [hdr] + [[p["rev"], p["mrn"], i + 1, r.choice(["LMV AM", "MJS PM", "LMV PM"]), r.choice(["FAV", "KT", "FAV gauche"]),
                     r.choice(["", "Hb 85", "HBsAg+ isolement", "EPO ajustée", "", "transport adapté"])] for i, p in enumerate(pts)]
    if lang == "fr":
        subj, body = "Horaire HD semaine prochaine", "Bonjour,\n\nVoici l'horaire des patients en HD pour l'unité satellite.\n\n" + n["name"]
    else:
        subj, body = "HD schedule next week", "Hi,\n\nAttached is next week's patient HD schedule for the satellite unit.\n\n" + n["name"]
    return P(dict(frm=n["email"], to=ext_addr(r, "hd.satellite", "cisss-laurentides.example"), subject=subj, body=body,
                  att=[("horaire_HD.xlsx" if lang == "fr" else "HD_schedule.xlsx", "application",
                        "vnd.openxmlformats-officedocument.spreadsheetml.sheet", make_xlsx("HD", rows))]), lang,
             ["patient_name", "mrn", "diagnosis"], "XLSX dialysis schedule listing patients")

def p_transport(r, lang):
    p = patient(r); n = nurse(r); d = rdate(r) + datetime.timedelta(days=7)
    if lang == "fr":
        subj = "Transport adapté - %s %s" % (p["given"], p["surname"])
        body = ("Bonjour,\n\nTransport aller-retour requis pour %s %s, %s, tél. %s.\nHémodialyse LMV, arrivée 6h45, fauteuil roulant, "
                "à partir du %s.\n\nMerci\n%s" % (p["fr_t"], p["full"], p["addr"], p["phone"], longdate(d, lang), n["name"]))
    else:
        subj = "Paratransit request"
        body = ("Hello,\n\nRound-trip transport needed for %s %s, %s, phone %s.\nHemodialysis Mon/Wed/Fri, arrive 6:45, wheelchair, "
                "starting %s.\n\nThanks\n%s" % (p["en_t"], p["full"], p["addr"], p["phone"], longdate(d, lang), n["name"]))
    return P(dict(frm=n["email"], to="reservations@transport-adapte-mtl.example", subject=subj, body=body), lang,
             ["patient_name", "patient_contact", "diagnosis"], "transport request with patient home address and phone")

def p_social(r, lang):
    p = patient(r, nam=False); w = dict(name="Rachel Goldberg", email="rachel.goldberg@" + DOM)
    if lang == "fr":
        subj = "Situation sociale - %s" % p["rev"]
        body = ("Bonjour,\n\nJe fais suite à notre appel concernant %s %s (dossier %s). %s a perdu son logement le mois "
                "dernier et n'a pas de revenu stable (aide sociale en attente). Congé prévu vendredi après greffe rénale ; "
                "besoin d'une place en hébergement temporaire avec accès à la pharmacie.\n\n%s, TS" % (p["fr_t"], p["full"], p["mrn"], p["il"].capitalize(), w["name"]))
        ty = ["patient_name", "mrn", "social_information", "diagnosis"]
    else:
        subj = "Social work referral - housing"
        body = ("Hello,\n\nFollowing up on %s %s (MRN %s). %s was evicted last month, income support pending, and there is a "
                "DYP file open for %s grandson. Discharge Friday post-CABG; needs temporary housing.\n\n%s, MSW"
                % (p["en_t"], p["full"], p["mrn"], p["he"].capitalize(), p["his"], w["name"]))
        ty = ["patient_name", "mrn", "social_information", "diagnosis"]
    return P(dict(frm=w["email"], to=ext_addr(r, "intake", r.choice(["clsc-bordeaux.example", "cisss-laurentides.example"])), subject=subj, body=body), lang, ty, "social work referral with housing/income details")

def p_med_rec(r, lang):
    p = patient(r); ph = nurse(r); ph = dict(ph, name="Mélanie Cyr", email="melanie.cyr@" + DOM)
    if lang == "fr":
        subj = "Bilan comparatif des médicaments - %s" % p["surname"]
        body = ("Bonjour,\n\nPour %s %s (NAM %s), admis%s en néphro : pouvez-vous confirmer le profil ?\n"
                "- tacrolimus 3 mg BID (dernier renouvellement 2026-10-02?)\n- mycophénolate 500 mg BID\n- prednisone 5 mg DIE\n"
                "- Eliquis 2,5 mg BID ??? pas sur notre liste\n\nMerci de faxer au 514-555-0188.\n%s, pharm." % (p["fr_t"], p["full"], p["nam"], p["e"], ph["name"]))
    else:
        subj = "Med rec request"
        body = ("Hello,\n\nFor %s %s (RAMQ %s), admitted to nephrology: please confirm community profile:\n- tacrolimus 3 mg BID\n"
                "- mycophenolate 500 mg BID\n- prednisone 5 mg daily\n- apixaban 2.5 mg BID ?? not on our list\n\nPlease fax 514-555-0188.\n%s, Pharm.D."
                % (p["en_t"], p["full"], p["nam"], ph["name"]))
    return P(dict(frm=ph["email"], to="labo@pharmacie-fleury.example", subject=subj, body=body), lang,
             ["patient_name", "ramq_nam", "medication"], "medication reconciliation request to community pharmacy")

def p_ics_invite(r, lang):
    p = patient(r, nam=False); c = nurse(r); d = rdate(r) + datetime.timedelta(days=14)
    summ = ("Évaluation prégreffe - %s" if lang == "fr" else "Pre-transplant assessment - %s") % p["rev"]
    desc = ("Dossier %s. Bilan donneur vivant (sœur), cross-match à revoir. IRC stade 5, DP." if lang == "fr" else
            "MRN %s. Living donor workup (sister), review cross-match. CKD 5 on PD.") % p["mrn"]
    ics = make_ics("tx-%d@%s" % (r.randint(1000, 9999), DOM), d, 60, summ, desc, "Salle greffe 2B-110", c["email"],
                   [staff(r, 7)["email"], staff(r, 6)["email"]])
    body = ("Invitation : réunion d'équipe prégreffe. Détails dans l'invitation." if lang == "fr" else
            "Invitation: pre-transplant team meeting. Details in the invite.")
    return P(dict(frm=c["email"], to=staff(r, 7)["email"], subject=("Invitation : comité prégreffe" if lang == "fr" else "Invitation: transplant committee"),
                  body=body, att=[("invite.ics", "text", "calendar", ics)]), lang,
             ["patient_name", "mrn", "diagnosis"], "calendar invitation naming a transplant candidate")

def p_vcard(r, lang):
    p = patient(r); n = nurse(r)
    vcf = make_vcf(p["full"], p["surname"], p["given"], p["phone"], p["addr"],
                   note=("Patient%s HD domicile - NAM %s" % (p["e"], p["nam"])) if lang == "fr" else ("Home HD patient - RAMQ %s" % p["nam"]))
    body = ("Voici la fiche contact pour la visite à domicile de jeudi.\n\n" + n["name"]) if lang == "fr" else \
           ("Contact card for Thursday's home visit attached.\n\n" + n["name"])
    return P(dict(frm=n["email"], to=ext_addr(r, "soins.domicile", "clsc-bordeaux.example"), subject=("Visite domicile jeudi" if lang == "fr" else "Home visit Thursday"),
                  body=body, att=[("%s.vcf" % p["surname"].lower(), "text", "vcard", vcf)]), lang,
             ["patient_name", "patient_contact", "ramq_nam", "diagnosis"], "vCard of a home-dialysis patient")

def p_home_care(r, lang):
    p = patient(r, nam=False); n = nurse(r)
    if lang == "fr":
        subj = "Demande SAD - congé demain"
        body = ("Bonjour CLSC,\n\nDemande de soins à domicile pour %s %s, DDN %s, %s, tél. %s.\nPost-remplacement valvulaire aortique : "
                "soins de plaie sternale 3x/sem, INR lundi (warfarine, cible 2-3).\nVit seul%s, fille à Québec.\n\n%s" %
                (p["fr_t"], p["full"], p["dob"], p["addr"], p["phone"], p["e"], n["name"]))
    else:
        subj = "Home care referral - discharge tomorrow"
        body = ("Hello,\n\nHome care request for %s %s, DOB %s, %s, tel %s.\nPost aortic valve replacement: sternal wound care 3x/wk, "
                "INR Monday (warfarin, target 2-3).\nLives alone.\n\n%s" % (p["en_t"], p["full"], p["dob"], p["addr"], p["phone"], n["name"]))
    return P(dict(frm=n["email"], to="sad@clsc-bordeaux.example", subject=subj, body=body + sig(n, lang, r)), lang,
             ["patient_name", "date_of_birth", "patient_contact", "diagnosis", "medication"], "home-care referral with address and post-op care")

def p_billing(r, lang):
    p = patient(r); a = dict(name=r.choice(["Émilie Charest", "Diane Roussel"])); sn = gen_sin(r)
    sty = r.choice(["%s %s %s", "%s-%s-%s", "%s%s%s"])
    sinf = sty % (sn[:3], sn[3:6], sn[6:])
    if lang == "fr":
        subj = "Formulaire invalidité - %s" % p["surname"]
        body = ("Bonjour,\n\nSuite à votre demande, formulaire d'invalidité complété pour votre assuré%s %s (NAS %s, police "
                "AVB-%d). Diagnostic : cardiomyopathie dilatée, FEVG 25 %%, arrêt de travail prolongé.\n\n%s\nArchives médicales" %
                (p["e"], p["full"], sinf, r.randint(100000, 999999), a["name"]))
    else:
        subj = "Disability claim form"
        body = ("Hello,\n\nAs requested, completed disability form for your insured %s (SIN %s, policy AVB-%d). Dx: dilated cardiomyopathy, "
                "EF 25%%, off work.\n\n%s\nHealth Records" % (p["full"], sinf, r.randint(100000, 999999), a["name"]))
    return P(dict(frm="archives@" + DOM, to="reclamations@assurance-vie-boreale.example", subject=subj, body=body), lang,
             ["patient_name", "ca_sin", "diagnosis"], "insurer correspondence with patient SIN and diagnosis")

def p_research_csv(r, lang):
    c = nurse(r); c = dict(c, name="Patrick O'Neill", email="patrick.oneill@" + DOM)
    pts = [patient(r, nam=r.random() < .6) for _ in range(r.randint(4, 8))]
    rows = [["study_id", "mrn", "name", "dob", "eGFR", "eligible"]] + \
           [["HF-%03d" % (i + 1), p["mrn"], p["rev"], p["dob"], r.randint(18, 75), r.choice(["Y", "N", "?"])] for i, p in enumerate(pts)]
    body = ("Salut,\n\nListe de présélection pour l'étude, à valider avant la visite de monitorage. Ne pas transférer.\n\nPat") if lang == "fr" \
        else ("Hi,\n\nPre-screening list for the trial, please validate before the monitoring visit. Do not forward.\n\nPat")
    return P(dict(frm=c["email"], to=ext_addr(r, "crc", r.choice(["uhn-fictif.example", "ottawaheart.example"])), subject=("Présélection étude HF" if lang == "fr" else "HF trial pre-screening"),
                  body=body, att=[("prescreen.csv", "text", "csv", make_csv(rows))]), lang,
             ["patient_name", "mrn", "date_of_birth", "lab_result"], "CSV research pre-screening list with identities")

def p_incident_docx(r, lang):
    p = patient(r, nam=False); n = nurse(r)
    if lang == "fr":
        paras = ["Date de l'événement : 2026-11-%02d" % r.randint(1, 28), "Usager : %s, dossier %s" % (p["rev"], p["mrn"]),
                 "Description : administration d'héparine 5000 U au lieu de 500 U/h, détectée après 20 min. PTT 112. Pas de saignement.",
                 "Mesures : médecin avisé, famille informée, divulgation faite."]
        subj, body, t = "Rapport AH-223", "Bonjour,\n\nCi-joint le rapport d'incident pour le comité.\n\n" + n["name"], "Rapport d'incident/accident"
    else:
        paras = ["Event date: 2026-11-%02d" % r.randint(1, 28), "Patient: %s, MRN %s" % (p["rev"], p["mrn"]),
                 "Description: heparin 5000 U given instead of 500 U/h, caught after 20 min. PTT 112. No bleeding.",
                 "Actions: MD notified, family informed, disclosure done."]
        subj, body, t = "Incident report", "Hi,\n\nIncident report attached for the committee.\n\n" + n["name"], "Incident report"
    return P(dict(frm=n["email"], to="gestion.risques@" + DOM, subject=subj, body=body,
                  att=[("incident.docx", "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", make_docx(t, paras))]), lang,
             ["patient_name", "mrn", "medication", "lab_result"], "DOCX incident report naming patient")

def p_subject_only(r, lang):
    p = patient(r, nam=False); s = staff(r)
    if lang == "fr":
        subj = r.choice(["%s %s - biopsie rénale positive, rappeler SVP", "Re: %s %s dialyse urgente ce soir"]) % (p["fr_t"], p["surname"] + " " + p["given"])
        body = "Voir objet. Merci!\n" + s["g"]
    else:
        subj = r.choice(["%s %s - positive kidney biopsy, pls call back", "%s %s needs urgent HD tonight"]) % (p["en_t"], p["full"])
        body = "See subject. Thx\n" + s["g"]
    return P(dict(frm=s["email"], to=staff(r)["email"], subject=subj, body=body, style="plain"), lang,
             ["patient_name", "diagnosis"], "patient name and medical fact in Subject only")

def p_fwd_eml(r, lang):
    p = patient(r); s = staff(r); d0 = rdate(r)
    if lang == "fr":
        ib = "Bonjour,\n\n%s %s (%s), né%s le %s : échographie cardiaque montre FEVG 35 %%, IM modérée. Revoir en clinique.\n\nDre Vachon" % (
            p["fr_t"], p["full"], p["nam"], p["e"], p["dob"])
        inner = inner_eml("sophie.vachon@" + DOM, s["email"], "Résultat écho", ib, d0, lang)
        body = "Pour ton dossier, voir message joint.\n" + s["g"]
        subj = "TR: Résultat écho"
    else:
        ib = "Hi,\n\n%s %s (RAMQ %s, DOB %s): echo shows EF 35%%, moderate MR. Please see in clinic.\n\nDr. Vachon" % (
            p["en_t"], p["full"], p["nam"], p["dob"])
        inner = inner_eml("sophie.vachon@" + DOM, s["email"], "Echo result", ib, d0, lang)
        body = "FYI, see attached message.\n" + s["g"]
        subj = "Fwd: Echo result"
    return P(dict(frm=s["email"], to=ext_addr(r, "dr.lefebvre", r.choice(["gmf-ahuntsic.example", "clinique-rosemont.example"])), subject=subj, body=body, att=[("eml", inner)]), lang,
             ["patient_name", "ramq_nam", "date_of_birth", "diagnosis"], "forward as attached .eml with patient echo result")

def p_inline_fwd(r, lang):
    p = patient(r, nam=False); s = staff(r); d0 = rdate(r)
    if lang == "fr":
        inner = "Salut, %s (dossier %s) refuse la dialyse, famille en désaccord. Consultation éthique demandée?" % (p["rev"], p["mrn"])
        body = "Pour info avant la réunion.\n\n" + fwd_block(staff(r, 4)["email"], s["email"], d0, "patient refus HD", inner, lang)
        subj = "TR: patient refus HD"
    else:
        inner = "Hi, %s (MRN %s) is refusing dialysis, family disagrees. Ethics consult?" % (p["rev"], p["mrn"])
        body = "FYI before the meeting.\n\n" + fwd_block(staff(r, 4)["email"], s["email"], d0, "pt refusing HD", inner, lang)
        subj = "Fwd: pt refusing HD"
    return P(dict(frm=s["email"], to="ethique.clinique@" + DOM, subject=subj, body=body), lang,
             ["patient_name", "mrn", "diagnosis"], "inline forward about a named patient refusing dialysis")

def p_zip(r, lang):
    s = staff(r); pts = [patient(r) for _ in range(3)]
    files = []
    for p in pts:
        files.append(("%s_%s.txt" % (p["surname"], p["mrn"]), ("%s\nNAM: %s\nDDN: %s\nECG: FA, FC 118\n" % (p["rev"], p["nam"], p["dob"])).encode("utf-8")))
    body = ("Ci-joint l'archive des ECG de la semaine (mot de passe par téléphone).\n" if lang == "fr" else
            "Attached the week's ECG archive.\n") + s["g"]
    return P(dict(frm=s["email"], to=ext_addr(r, "lecture.ecg", "ottawaheart.example"), subject=("ECG semaine" if lang == "fr" else "ECG batch"), body=body,
                  att=[("ecg_lot.zip", "application", "zip", make_zip(files))]), lang,
             ["patient_name", "ramq_nam", "mrn", "date_of_birth", "diagnosis"], "ZIP archive with per-patient ECG notes")

def p_disguised(r, lang):
    p = patient(r); s = staff(r)
    sty = r.choice(["spread", "fw", "lower", "split"])
    if sty == "split":
        idt = p["nam"][:6] + "\n" + p["nam"][6:]
    else:
        idt = fmt_nam(p["nam"], sty)
    if lang == "fr":
        subj = "suivi"
        body = ("J'écris le numéro comme ça pour pas que le filtre bloque :) \n%s\nc'est %s %s, la greffée cardiaque, rejet 2R à la "
                "biopsie, on augmente la pred.\n" % (idt, p["given"], p["surname"][0] + "."))
    else:
        subj = "follow up"
        body = ("Writing the number this way so the filter doesn't block it:\n%s\nheart transplant pt %s %s., biopsy 2R rejection, "
                "bumping prednisone.\n" % (idt, p["given"], p["surname"][0]))
    return P(dict(frm=s["email"], to=ext_addr(r, r.choice(["dr.lefebvre", "j.kim"]), r.choice(["gmf-ahuntsic.example", "hopital-stjerome.example"])), subject=subj, body=body + s["g"], style="plain"), lang,
             ["ramq_nam", "diagnosis", "medication"], "NAM deliberately spelled oddly with a diagnosis")
p_disguised.lang = None

def p_ontario(r, lang):
    p = patient(r, nam=False); s = staff(r, r.choice([0, 3])); hn = gen_on_hn(r)
    vc = r.choice(["AB", "XY", "KM", "ZT"])
    hnf = r.choice(["%s-%s-%s %s" % (hn[:4], hn[4:7], hn[7:], vc), "%s %s" % (hn, vc), hn])
    body = ("Hello,\n\nTransfer request from Ottawa: %s %s, DOB %s, OHIP %s, type A dissection, on esmolol drip, needs OR tonight. "
            "Accepting surgeon %s. ETA 23:30 by air.\n" % (p["en_t"], p["full"], p["dob"], hnf, s["disp"]))
    return P(dict(frm=s["email"], to="transfer.centre@ottawaheart.example", subject="Transfer accepted - aortic dissection",
                  body=body + sig(s, "en", r)), "en",
             ["patient_name", "date_of_birth", "ca_health_number", "diagnosis", "medication"], "interprovincial transfer with Ontario health number")
p_ontario.lang = "en"

def p_belgian(r, lang):
    p = patient(r, nam=False); s = staff(r, r.choice([6, 7])); nn = gen_niss(r, p["dob"], p["sex"])
    nf = r.choice(["%s.%s.%s-%s.%s" % (nn[:2], nn[2:4], nn[4:6], nn[6:9], nn[9:]), nn, "%s %s %s" % (nn[:6], nn[6:9], nn[9:])])
    body = ("Chère consœur,\n\nNous recevons en suivi %s %s (NISS %s), greffé%s rénal%s au CHU de Liège en 2019, installé%s à Montréal "
            "depuis l'été. Pourriez-vous nous transmettre le protocole opératoire et les derniers taux de tacrolimus ?\n\nBien à vous,\n"
            % (p["fr_t"], p["full"], nf, p["e"], "e" if p["sex"] == "F" else "", p["e"]))
    return P(dict(frm=s["email"], to="nephrologie@chu-liege.example", subject="Demande de dossier - patient greffé", body=body + sig(s, "fr", r)), "fr",
             ["patient_name", "be_niss", "diagnosis", "medication"], "request to Belgian hospital with NISS")
p_belgian.lang = "fr"

def p_french(r, lang):
    p = patient(r, nam=False); s = staff(r, r.choice([0, 2, 3])); nir = gen_nir(r, p["dob"], p["sex"])
    nf = r.choice(["%s %s %s %s %s %s %s" % (nir[0], nir[1:3], nir[3:5], nir[5:7], nir[7:10], nir[10:13], nir[13:]), nir])
    body = ("Bonjour,\n\n%s %s, ressortissant%s français%s (n° sécu %s), hospitalisé%s chez nous pour endocardite sur prothèse mitrale. "
            "Son assurance voyage demande un rapport médical ; pouvez-vous nous indiquer le contact de son cardiologue traitant à Lyon ?\n"
            % (p["fr_t"], p["full"], p["e"], "e" if p["sex"] == "F" else "", nf, p["e"]))
    return P(dict(frm=s["email"], to="cardiologie@ch-lyon-sud.example", subject="Patient hospitalisé à Montréal", body=body + sig(s, "fr", r)), "fr",
             ["patient_name", "fr_nir", "diagnosis"], "letter to French hospital with NIR")
p_french.lang = "fr"

def p_same_surname(r, lang):
    s = staff(r, 1)  # Dr Mathieu Lavoie
    giv = r.choice(["Gérard", "Lucie", "Denis"]); sx = "F" if giv == "Lucie" else "M"
    mrn = gen_mrn(r)
    if lang == "fr":
        subj = "M. Lavoie - résultats" if sx == "M" else "Mme Lavoie - résultats"
        body = ("Dr Lavoie,\n\nNon, pas de lien de parenté :) Votre homonyme, %s Lavoie (dossier %s), a une créat à 412 et "
                "hémoglobine 78 ce matin. Je l'ai mis%s sur la liste de dialyse de demain.\n\nNadia, IPS" % (giv, mrn, "e" if sx == "F" else ""))
    else:
        subj = "Lavoie results"
        body = ("Dr. Lavoie,\n\nNo relation :) Your namesake %s Lavoie (MRN %s) has Cr 412 and Hb 78 this morning. Added to tomorrow's "
                "dialysis list.\n\nNadia, NP" % (giv, mrn))
    return P(dict(frm="nadia.haddad@" + DOM, to=s["email"], subject=subj, body=body), lang,
             ["patient_name", "mrn", "lab_result", "diagnosis"], "patient sharing the physician's surname, with labs")

def p_clinic_cancel(r, lang):
    s = staff(r); a = nurse(r); pts = [patient(r, nam=False) for _ in range(r.randint(4, 7))]
    rows = "\n".join("%s  %s  %s  %s" % (r.choice(["08:30", "09:00", "09:30", "10:15", "13:00", "14:00"]), p["rev"], p["phone"],
                                         r.choice(["suivi FA", "post-ICP", "IC", "HTA réfractaire"] if lang == "fr" else ["AF f/u", "post-PCI", "HF", "resistant HTN"]))
                     for p in pts)
    if lang == "fr":
        subj = "Clinique annulée jeudi - patients à rappeler"
        body = "Bonjour Stéphanie,\n\n%s absent%s jeudi. Peux-tu rappeler ces patients pour reporter ?\n\n%s\n\nMerci\n%s" % (
            s["disp"], "e" if s["t"] == "Dre" else "", rows, a["name"])
    else:
        subj = "Thursday clinic cancelled - patients to call"
        body = "Hi Stéphanie,\n\n%s is away Thursday. Can you call these patients to rebook?\n\n%s\n\nThanks\n%s" % (s["disp"], rows, a["name"])
    return P(dict(frm=a["email"], to="stephanie.rioux@" + DOM, subject=subj, body=body), lang,
             ["patient_name", "patient_contact", "diagnosis"], "list of clinic patients with phones to rebook")

def p_quoted_thread(r, lang):
    p = patient(r); a = nurse(r); ext = ext_addr(r, "s.morales"); d0 = rdate(r)
    if lang == "fr":
        q = ("Bonjour, ma mère %s %s (NAM %s) attend un rendez-vous en cardiologie depuis 4 mois pour sa valve. Pouvez-vous vérifier ?\n"
             "Sandra Morales" % (p["given"], p["surname"], p["nam"])) if p["sex"] == "F" else \
            ("Bonjour, mon père %s %s (NAM %s) attend un rendez-vous en cardiologie depuis 4 mois pour sa valve. Pouvez-vous vérifier ?\n"
             "Sandra Morales" % (p["given"], p["surname"], p["nam"]))
        body = "Bonjour Mme Morales,\n\nLe rendez-vous est fixé au 12 janvier 9h. Une lettre suivra.\n\n" + a["name"] + "\n\n" + quote(q, "Sandra Morales", d0, lang)
        subj = "RE: Attente rendez-vous cardiologie"
    else:
        q = ("Hello, my %s %s %s (RAMQ %s) has been waiting 4 months for a cardiology appointment for the valve. Could you check?\nSandra Morales"
             % ("mother" if p["sex"] == "F" else "father", p["given"], p["surname"], p["nam"]))
        body = "Dear Ms. Morales,\n\nThe appointment is set for January 12 at 9am. A letter will follow.\n\n" + a["name"] + "\n\n" + quote(q, "Sandra Morales", d0, lang)
        subj = "RE: Waiting for cardiology appointment"
    return P(dict(frm="rdv.cliniques@" + DOM, to=ext, subject=subj, body=body), lang,
             ["patient_name", "ramq_nam", "diagnosis"], "reply to family; patient NAM and condition in quoted text")

def p_echo_report(r, lang):
    p = patient(r, nam=False); s = staff(r, r.choice([0, 2, 8]))
    if lang == "fr":
        subj = "Écho - %s %s" % (p["surname"], p["mrn"])
        body = ("Rapport préliminaire :\nVG dilaté, FEVG 28 %%, hypokinésie globale. IM modérée. PAPs 52. Pas d'épanchement.\n"
                "Patient%s : %s, %d ans.\nÀ discuter au caucus IC.\n" % (p["e"], p["rev"], p["age"]))
    else:
        subj = "Echo %s" % p["mrn"]
        body = ("Prelim report:\nDilated LV, EF 28%%, global hypokinesis. Moderate MR. PASP 52. No effusion.\nPatient: %s, %d y/o.\n"
                "For HF huddle.\n" % (p["rev"], p["age"]))
    return P(dict(frm=s["email"], to="clinique.ic@" + DOM, subject=subj, body=body + sig(s, lang, r, False)), lang,
             ["patient_name", "mrn", "diagnosis"], "echo findings with patient name and chart number")

def p_waitlist(r, lang):
    c = nurse(r); pts = [patient(r) for _ in range(r.randint(3, 5))]
    hdr = ["Nom", "NAM", "Groupe", "PRA %", "Statut"] if lang == "fr" else ["Name", "RAMQ", "Blood grp", "cPRA %", "Status"]
    rows = [hdr] + [[p["rev"], p["nam"], r.choice(["O+", "A+", "B-", "AB+"]), r.randint(0, 98), r.choice(["actif", "suspendu (infection)", "actif"] if lang == "fr" else ["active", "on hold (infection)", "active"])] for p in pts]
    body = ("Bonjour Transplant Québec,\n\nMise à jour de notre liste d'attente rénale ci-jointe.\n\n" if lang == "fr" else
            "Hello,\n\nUpdated kidney waitlist attached.\n\n") + c["name"]
    return P(dict(frm=c["email"], to="listes@transplant-qc.example", subject=("Liste d'attente - mise à jour" if lang == "fr" else "Waitlist update"), body=body,
                  att=[("liste_attente.docx", "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
                        make_docx("Liste d'attente rénale" if lang == "fr" else "Kidney waitlist", [], rows))]), lang,
             ["patient_name", "ramq_nam", "diagnosis"], "DOCX transplant waitlist with NAMs")

def p_mrn_only(r, lang):
    a = nurse(r); mrn = gen_mrn(r); v = r.randint(0, 2)
    if lang == "fr":
        subj = ["Dossier %s - consentement manquant" % mrn, "Dossier %s" % mrn, "demande d'archives"][v]
        body = ["Bonjour,\n\nLe consentement signé pour la coronarographie du dossier %s est introuvable. Pouvez-vous vérifier au 5A ?" % mrn,
                "Résultat de culture positive (SARM) pour le dossier %s, isolement contact à instaurer svp." % mrn,
                "Bonjour,\n\nPourriez-vous numériser le protocole opératoire (PAC x3, 2025) du dossier %s ? Demande de l'assureur." % mrn][v]
    else:
        subj = ["Chart %s - missing consent" % mrn, "MRN %s" % mrn, "records request"][v]
        body = ["Hi,\n\nSigned consent for the cath on chart %s is missing. Can you check on 5A?" % mrn,
                "Positive culture (MRSA) for MRN %s, please start contact precautions." % mrn,
                "Hello,\n\nCould you scan the op note (CABG x3, 2025) for chart %s? Insurer request." % mrn][v]
    return P(dict(frm=a["email"], to=["unite.5a@", "pci@", "archives@"][v] + DOM, subject=subj, body=body + "\n\n" + a["name"]), lang,
             ["mrn", "diagnosis"], "chart number with a procedure or result, no name")

def p_split(r, lang):
    p = patient(r); s = staff(r, r.choice([6, 7]))
    if lang == "fr":
        subj = "%s %s" % (p["fr_t"], p["surname"])
        body = ("Biopsie d'hier : rejet cellulaire aigu Banff 1A. On fait bolus de solumédrol x3 et on %s garde. "
                "Peux-tu aviser la famille ?\n%s" % ("la" if p["sex"] == "F" else "le", s["g"]))
    else:
        subj = "%s %s %s" % (p["en_t"], p["given"], p["surname"])
        body = "Yesterday's biopsy: acute cellular rejection Banff 1A. Pulse methylpred x3, keeping %s in. Can you update the family?\n%s" % (
            "her" if p["sex"] == "F" else "him", s["g"])
    return P(dict(frm=s["email"], to="catherine.ouimet@" + DOM, subject=subj, body=body), lang,
             ["patient_name", "diagnosis", "medication"], "patient named in Subject, diagnosis in body")

def p_vaccine_recall(r, lang):
    n = dict(name="Laura Pinto", email="laura.pinto@" + DOM); pts = [patient(r, nam=False) for _ in range(r.randint(4, 7))]
    rows = "\n".join("%s, %s - %s" % (p["surname"].upper(), p["given"], p["phone"]) for p in pts)
    if lang == "fr":
        subj = "Rappel vaccin hépatite B - clinique DP"
        body = ("Bonjour,\n\nPatients de la clinique de dialyse péritonéale dont l'anti-HBs est < 10 ; à convoquer pour dose de rappel :\n\n"
                + rows + "\n\nMerci\n" + n["name"])
    else:
        subj = "Hep B booster recall - PD clinic"
        body = "Hi,\n\nPD clinic patients with anti-HBs < 10, to call in for booster:\n\n" + rows + "\n\nThanks\n" + n["name"]
    return P(dict(frm=n["email"], to="stephanie.rioux@" + DOM, subject=subj, body=body), lang,
             ["patient_name", "patient_contact", "lab_result", "diagnosis"], "roster-like list of dialysis patients with phones and serology")

# ================================================================ NEGATIVES
def N(spec, lang, note):
    spec.update(lang=lang, types=[], note=note)
    return spec


def n_roster_like(r, lang):
    s = nurse(r); ns = r.sample(NURSES, 5)
    rows = "\n".join("%s-%d | %s, %s | %s | %s" % (r.choice(["5A", "6B", "UC"]), r.randint(1, 9), n[1].upper(), n[0], "%07d" % r.randint(1000000, 9999999),
                     r.choice(["J", "S", "N"]) + " - " + r.choice(["pod A", "pod B", "ressource", "orientation"])) for n in ns)
    if lang == "fr":
        subj = "Assignation personnel infirmier - 6B demain"
        body = "Bonjour,\n\nAssignations de demain (poste | nom | no employé | quart) :\n\n" + rows + "\n\nMerci de confirmer.\n" + s["name"]
    else:
        subj = "Nursing assignment - 6B tomorrow"
        body = "Hi,\n\nTomorrow's assignments (station | name | employee # | shift):\n\n" + rows + "\n\nPlease confirm.\n" + s["name"]
    return N(dict(frm=s["email"], to="inf.6b@" + DOM, subject=subj, body=body), lang, "staff assignment roster with employee numbers")



def n_newsletter(r, lang):
    if lang == "fr":
        subj = "Info-Néphro - décembre"
        body = ("INFO-NÉPHRO | Bulletin du service\n\n1. Nouvelles lignes directrices KDIGO sur l'anémie : résumé en 5 points.\n"
                "2. Les inhibiteurs SGLT2 chez l'IRC : ce qui change en 2027.\n3. Bravo à l'équipe de dialyse à domicile : 58 patients "
                "suivis (+12 % sur un an).\n4. Conférence midi : le potassium, mythe et réalité.\n\nPour vous désabonner, répondez STOP.")
    else:
        subj = "Cardio Monthly - December issue"
        body = ("CARDIO MONTHLY\n\n- TAVI program reaches 400 procedures\n- New ESC heart-failure guidance: SGLT2i for all phenotypes\n"
                "- Anticoagulation clinic: DOAC dosing in CKD refresher\n- 31 patients enrolled in our remote monitoring pilot\n\nUnsubscribe: reply STOP")
    return N(dict(frm="communications@" + DOM, to="tous.cardio@" + DOM, subject=subj, body=body, style=r.choice(["html", "alt"])), lang,
             "department newsletter with aggregates")

def n_invoice(r, lang):
    inv = "FAC-%06d" % r.randint(100000, 999999)
    amt = "%d,%02d" % (r.randint(400, 9000), r.randint(0, 99))
    if lang == "fr":
        subj, body = "Facture %s" % inv, ("Bonjour,\n\nVeuillez trouver ci-joint la facture %s (cathéters de dialyse, lot 24C118) "
                                          "au montant de %s $. Paiement net 30 jours.\n\nComptes recevables\nMédiSupply inc." % (inv, amt))
    else:
        subj, body = "Invoice %s" % inv, ("Hello,\n\nAttached invoice %s (dialysis catheters, lot 24C118), amount $%s. Net 30.\n\n"
                                          "Accounts receivable\nMediSupply Inc." % (inv, amt.replace(",", ".")))
    pdf = make_pdf("Invoice " + inv, ["MediSupply Inc. - 200 rue Industrielle, Laval", "Bill to: CHU Nord - Approvisionnement",
                                      "PO 4500%06d" % r.randint(0, 999999), "Item HD-CATH-15 x 40", "Total: " + amt])
    return N(dict(frm="ar@medisupply.example", to="comptes.payables@" + DOM, subject=subj, body=body,
                  att=[(inv + ".pdf", "application", "pdf", pdf)]), lang, "supplier invoice")




def n_public_health(r, lang):
    n = r.randint(8, 40)
    if lang == "fr":
        subj = "Bulletin de santé publique - influenza"
        body = ("Bonjour,\n\nActivité grippale en hausse : %d cas confirmés d'influenza A à l'unité 4B et 3 éclosions en CHSLD sur le "
                "territoire. Rappel : port du masque en zone de soins et vaccination du personnel.\n\nPrévention des infections" % n)
    else:
        subj = "Public health bulletin - RSV/influenza"
        body = ("Hello,\n\n%d lab-confirmed influenza A cases this week across the network, 2 outbreaks on medical units. Masking in care "
                "areas remains in effect.\n\nInfection Prevention and Control" % n)
    return N(dict(frm="pci@" + DOM, to="tous@" + DOM, subject=subj, body=body), lang, "public-health bulletin with aggregate counts")

def n_purchase_order(r, lang):
    po = "4500%06d" % r.randint(0, 999999)
    sn = gen_sin(r)  # look-alike: a 9-digit supplier number that happens to pass Luhn
    if lang == "fr":
        subj = "Bon de commande %s" % po
        body = ("Bonjour,\n\nBon de commande %s : 200 x tubulures HD (réf. HDT-220), 50 x dialyseurs FX80, livraison quai 3.\n"
                "No fournisseur : %s\n\nApprovisionnement CHU Nord" % (po, sn))
    else:
        subj = "Purchase order %s" % po
        body = ("Hello,\n\nPO %s: 200 x HD bloodlines (ref HDT-220), 50 x FX80 dialyzers, deliver dock 3.\nVendor no.: %s\n\nProcurement, CHU Nord" % (po, sn))
    return N(dict(frm="approvisionnement@" + DOM, to="orders@medisupply.example", subject=subj, body=body), lang, "purchase order with vendor number")

def n_committee(r, lang):
    if lang == "fr":
        subj = "Convocation - comité de pharmacologie"
        body = ("Bonjour,\n\nLe comité de pharmacologie se réunira le 10 décembre, 12h, salle A-220 et Teams.\nOrdre du jour : 1. Adoption du PV "
                "2. Ajout du finérénone au formulaire 3. Pénurie d'héparine - suivi 4. Varia\n\nSecrétariat du CMDP")
    else:
        subj = "Notice - Transplant quality committee"
        body = ("Hello,\n\nThe transplant quality committee meets Dec 10, noon, room A-220 / Teams.\nAgenda: 1. Minutes 2. 2026 graft survival "
                "dashboard 3. Living donor pathway 4. Other\n\nCommittee secretary")
    return N(dict(frm="cmdp@" + DOM, to="membres.comite@" + DOM, subject=subj, body=body), lang, "committee meeting notice")

def n_physician_disease(r, lang):
    s = staff(r, r.choice([0, 2, 8]))
    if lang == "fr":
        subj = "Nouvelle clinique d'amylose cardiaque"
        body = ("Bonjour,\n\nÀ compter de janvier, %s prendra en charge la nouvelle clinique d'amylose cardiaque (mardi PM). Les références "
                "pour suspicion d'amylose ATTR doivent lui être adressées via le formulaire habituel.\n\nDirection des services professionnels" % s["disp"])
    else:
        subj = "New cardiac amyloidosis clinic"
        body = ("Hello,\n\nStarting January, %s will lead the new cardiac amyloidosis clinic (Tuesday PM). Referrals for suspected ATTR "
                "amyloidosis should be sent to %s via the usual form.\n\nProfessional Services" % (s["disp"], "her" if s["t"] == "Dre" else "him"))
    return N(dict(frm="dsp@" + DOM, to="medecins.referents@" + DOM, subject=subj, body=body), lang, "physician named next to the disease they treat")

def n_grand_rounds(r, lang):
    s = staff(r)
    if lang == "fr":
        subj = "Grande tournée jeudi - %s" % s["disp"]
        body = "Grande tournée de médecine, jeudi 8h, amphithéâtre A.\n%s : « Hyperkaliémie en 2026 : nouveaux chélateurs »\nCafé servi." % s["disp"]
    else:
        subj = "Grand rounds Thursday"
        body = "Medical grand rounds Thursday 8am, Amphitheatre A.\n%s: \"Cardiorenal syndrome: a practical approach\"\nCoffee served." % s["disp"]
    return N(dict(frm="enseignement@" + DOM, to="tous.medecins@" + DOM, subject=subj, body=body, style=r.choice(["html", "alt", "plain"])), lang,
             "grand rounds announcement with speaker and topic")

def n_vendor(r, lang):
    lot = "L%d%04d" % (r.randint(24, 26), r.randint(0, 9999)); sn = "SN%08d" % r.randint(0, 99999999)
    if lang == "fr":
        subj = "Avis de rappel volontaire - lot %s" % lot
        body = ("Madame, Monsieur,\n\nCardioTech procède au rappel volontaire du lot %s de cathéters d'ablation (réf. CT-ABL-7F). Appareils "
                "concernés : console %s. Merci de retourner le stock non utilisé.\n\nAffaires réglementaires, CardioTech" % (lot, sn))
    else:
        subj = "Voluntary recall - lot %s" % lot
        body = ("Dear customer,\n\nCardioTech is voluntarily recalling lot %s of ablation catheters (ref CT-ABL-7F). Affected console serial %s. "
                "Please return unused stock.\n\nRegulatory Affairs, CardioTech" % (lot, sn))
    return N(dict(frm="regulatory@cardiotech.example", to="genie.biomedical@" + DOM, subject=subj, body=body), lang, "vendor recall with lot and serial numbers")

def n_stats_xlsx(r, lang):
    hdr = ["Mois", "Séances HD", "Nouveaux patients", "Taux FAV %"] if lang == "fr" else ["Month", "HD sessions", "New patients", "AVF rate %"]
    rows = [hdr] + [[m, r.randint(1800, 2400), r.randint(3, 15), r.randint(55, 78)] for m in ["2026-07", "2026-08", "2026-09", "2026-10"]]
    body = ("Bonjour,\n\nIndicateurs trimestriels de dialyse ci-joints pour le CA.\n\nDirection des soins" if lang == "fr" else
            "Hello,\n\nQuarterly dialysis indicators attached for the board.\n\nNursing Directorate")
    return N(dict(frm="performance@" + DOM, to="direction@" + DOM, subject=("Indicateurs dialyse T3" if lang == "fr" else "Dialysis KPIs Q3"), body=body,
                  att=[("indicateurs.xlsx", "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", make_xlsx("KPI", rows))]), lang,
             "XLSX of aggregate dialysis statistics")

def n_blank_form(r, lang):
    if lang == "fr":
        lines = ["Nom de l'usager : ______________________", "NAM : ____ ____ ____   No dossier : ________", "Date de naissance : __/__/____",
                 "Motif de consultation : ______________", "Signature du médecin référent : __________"]
        subj, body, t = "Nouveau formulaire de référence cardio", "Bonjour,\n\nVoici le nouveau formulaire de référence à utiliser dès lundi.\n\nCliniques externes", "Formulaire de référence - Cardiologie"
    else:
        lines = ["Patient name: ______________________", "RAMQ: ____ ____ ____   MRN: ________", "Date of birth: __/__/____",
                 "Reason for referral: ______________", "Referring physician signature: __________"]
        subj, body, t = "New cardiology referral form", "Hello,\n\nPlease use the attached referral form starting Monday.\n\nOutpatient Clinics", "Referral form - Cardiology"
    return N(dict(frm="cliniques.externes@" + DOM, to=ext_addr(r, "secretariat", r.choice(["gmf-ahuntsic.example", "clinique-rosemont.example"])), subject=subj, body=body,
                  att=[("formulaire.pdf", "application", "pdf", make_pdf(t, lines))]), lang, "blank referral form template")

def n_bed_census(r, lang):
    a, b, c = r.randint(0, 6), r.randint(5, 20), r.randint(1, 9)
    if lang == "fr":
        subj = "État des lits 7h"
        body = ("Bonjour,\n\nÉtat des lits 7h : cardio %d lits libres, néphro %d, USC 0. Urgence : %d patients en attente d'un lit, dont %d en cardio. "
                "%d congés prévus avant midi.\n\nBureau de gestion des lits" % (a, c, b, c, r.randint(10, 30)))
    else:
        subj = "Bed status 7am"
        body = ("Hi,\n\n7am bed status: cardiology %d free, nephrology %d, CCU 0. ED: %d admitted patients boarding, %d for cardiology. "
                "%d discharges expected before noon.\n\nBed management" % (a, c, b, c, r.randint(10, 30)))
    return N(dict(frm="gestion.lits@" + DOM, to="gestionnaires@" + DOM, subject=subj, body=body), lang, "aggregate bed census")

def n_clinic_hours(r, lang):
    if lang == "fr":
        subj = "Horaire des fêtes - cliniques externes"
        body = "Bonjour,\n\nLes cliniques externes seront fermées du 24 décembre au 2 janvier. Ligne de rendez-vous : 514-555-0142 (retour le 5 janvier).\n\nAccueil"
    else:
        subj = "Holiday hours - outpatient clinics"
        body = "Hello,\n\nOutpatient clinics closed Dec 24 - Jan 2. Booking line 514-555-0142 reopens Jan 5.\n\nReception"
    return N(dict(frm="accueil.cliniques@" + DOM, to=ext_addr(r, "info", r.choice(["gmf-ahuntsic.example", "clinique-rosemont.example"])), subject=subj, body=body), lang, "clinic hours notice")

def n_minutes_docx(r, lang):
    if lang == "fr":
        paras = ["Présents : Dre Tremblay-Ngo, Dr Lavoie, J. Marchand, N. Haddad", "1. Délais en clinique IC : 46 jours en moyenne (cible 30).",
                 "2. Projet télésurveillance : 31 patients inscrits.", "3. Prochaine réunion : 14 janvier."]
        t, subj, body = "Procès-verbal - comité IC", "PV comité IC", "Bonjour,\n\nPV de la réunion ci-joint.\n\nJulie"
    else:
        paras = ["Present: Dr. Tremblay-Ngo, Dr. Lavoie, J. Marchand, N. Haddad", "1. HF clinic wait: 46 days average (target 30).",
                 "2. Remote monitoring: 31 patients enrolled.", "3. Next meeting: Jan 14."]
        t, subj, body = "Minutes - HF committee", "HF committee minutes", "Hi,\n\nMinutes attached.\n\nJulie"
    return N(dict(frm="julie.marchand@" + DOM, to="comite.ic@" + DOM, subject=subj, body=body,
                  att=[("PV.docx", "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", make_docx(t, paras))]), lang,
             "DOCX meeting minutes with aggregates")

def n_directory_vcf(r, lang):
    vcf = make_vcf("Clinique de néphrologie - CHU Nord", "Clinique de néphrologie", "", "514-555-0177", None,
                   org="CHU Nord", title="Secrétariat")
    body = ("Voici la fiche contact du secrétariat de néphrologie, à ajouter à vos contacts.\n" if lang == "fr" else
            "Attached the nephrology clinic office contact card.\n") + "Émilie"
    return N(dict(frm="emilie.charest@" + DOM, to=ext_addr(r, "accueil", r.choice(["gmf-ahuntsic.example", "clsc-bordeaux.example"])), subject=("Coordonnées clinique néphro" if lang == "fr" else "Nephrology clinic contact"),
                  body=body, att=[("clinique_nephro.vcf", "text", "vcard", vcf)]), lang, "clinic contact vCard")

def n_asset(r, lang):
    def imei():
        while True:
            d = "35" + "".join(str(r.randint(0, 9)) for _ in range(12))
            for c in "0123456789":
                if luhn.is_valid(d + c):
                    return d + c
    rows = "\n".join(("%s | %s | IMEI %s | employé %d" if lang == "fr" else "%s | %s | IMEI %s | employee %d") % (r.choice(["iPhone 14", "Vocera B3000", "Spectralink 84"]), "A%05d" % r.randint(0, 99999), imei(), r.randint(100000, 999999)) for _ in range(4))
    if lang == "fr":
        subj, body = "Inventaire des téléphones - unité 6A", "Bonjour,\n\nInventaire des appareils (modèle | actif | IMEI | employé) :\n\n" + rows + "\n\nSoutien TI"
    else:
        subj, body = "Phone inventory - unit 6A", "Hi,\n\nDevice inventory (model | asset | IMEI | employee):\n\n" + rows + "\n\nIT Support"
    return N(dict(frm="servicedesk@" + DOM, to="chef.6a@" + DOM, subject=subj, body=body), lang, "device inventory with IMEIs and employee numbers")

def n_quality(r, lang):
    a, b = r.randint(2, 9), r.randint(20, 60)
    if lang == "fr":
        subj, body = "Tableau de bord qualité - novembre", ("Chutes : %d (unité 6A : 3). Infections de cathéter HD : %d pour 1000 jours-cathéter. "
                                                             "Taux de réadmission IC à 30 jours : %d %%.\n\nQualité et gestion des risques" % (a, r.randint(0, 3), b))
    else:
        subj, body = "Quality dashboard - November", ("Falls: %d. HD catheter infections: %d per 1000 catheter-days. HF 30-day readmission: %d%%.\n\n"
                                                      "Quality & Risk" % (a, r.randint(0, 3), b))
    return N(dict(frm="qualite@" + DOM, to="gestionnaires@" + DOM, subject=subj, body=body, style=r.choice(["html", "alt"])), lang, "aggregate quality indicators")

def n_meeting_ics(r, lang):
    d = rdate(r) + datetime.timedelta(days=10)
    ics = make_ics("mtg-%d@%s" % (r.randint(1000, 9999), DOM), d, 60,
                   "Réunion de service - néphrologie" if lang == "fr" else "Department meeting - nephrology",
                   "Budget 2027, horaire des fêtes" if lang == "fr" else "2027 budget, holiday schedule", "Salle A-220 / Teams",
                   "amelie.desrosiers@" + DOM, ["mathieu.lavoie@" + DOM, "owen.mckenna@" + DOM])
    return N(dict(frm="amelie.desrosiers@" + DOM, to="nephro.md@" + DOM, subject=("Invitation : réunion de service" if lang == "fr" else "Invitation: department meeting"),
                  body=("Au plaisir.\nAmélie" if lang == "fr" else "See you there.\nAmélie"), att=[("invite.ics", "text", "calendar", ics)]), lang,
             "staff meeting calendar invitation")

def n_welcome(r, lang):
    if lang == "fr":
        subj, body = "Bienvenue aux nouveaux résidents", ("Bienvenue à Dre Léa Bourque (R1 médecine interne) et Dr Samuel Ito (R3 cardiologie), "
                                                          "en stage chez nous à partir du 1er décembre. Accueil lundi 8h, local C-104.\n\nBureau de l'enseignement")
    else:
        subj, body = "Welcome new residents", ("Please welcome Dr. Lea Bourque (PGY1 internal medicine) and Dr. Samuel Ito (PGY3 cardiology), "
                                               "starting December 1. Orientation Monday 8am, room C-104.\n\nMedical Education")
    return N(dict(frm="enseignement@" + DOM, to="tous.medecins@" + DOM, subject=subj, body=body), lang, "welcome of new residents")

def n_ethics_admin(r, lang):
    proj = "MP-%02d-2026-%04d" % (r.randint(10, 40), r.randint(1000, 9999))
    if lang == "fr":
        subj, body = "CER - renouvellement annuel %s" % proj, ("Bonjour,\n\nLe renouvellement annuel du projet %s arrive à échéance le 31 décembre. "
                                                                 "Veuillez soumettre le formulaire F9 dans Nagano avec le nombre de participants recrutés.\n\nComité d'éthique de la recherche" % proj)
    else:
        subj, body = "REB - annual renewal %s" % proj, ("Hello,\n\nAnnual renewal for project %s is due Dec 31. Please submit form F9 "
                                                          "with the number of participants enrolled to date.\n\nResearch Ethics Board" % proj)
    return N(dict(frm="cer@" + DOM, to="patrick.oneill@" + DOM, subject=subj, body=body), lang, "ethics board administrative reminder")

def n_reply_meeting(r, lang):
    s1, s2 = staff(r, 0), staff(r, 3); d0 = rdate(r)
    if lang == "fr":
        q = "On pourrait faire le caucus valve mardi 7h30 ou jeudi 12h ? Il y a 6 dossiers à discuter.\nIsabelle"
        body = "Jeudi midi me va mieux. Je réserve la salle.\nJonathan\n\n" + quote(q, s1["disp"], d0, lang)
        subj = "RE: caucus valve"
    else:
        q = "Heart team meeting Tuesday 7:30 or Thursday noon? We have 6 cases to discuss.\nIsabelle"
        body = "Thursday noon works better. I'll book the room.\nJonathan\n\n" + quote(q, s1["disp"], d0, lang)
        subj = "RE: heart team"
    return N(dict(frm=s2["email"], to=s1["email"], subject=subj, body=body), lang, "scheduling reply thread between staff")

def n_drug_shortage(r, lang):
    if lang == "fr":
        subj, body = "Avis de pénurie - héparine 10 000 U/mL", ("Pénurie prévue jusqu'en février. Utiliser les fioles de 1 000 U/mL pour les "
                                                               "verrous de cathéter. Aucun changement pour les protocoles d'anticoagulation IV.\n\nDépartement de pharmacie")
    else:
        subj, body = "Drug shortage - heparin 10,000 U/mL", ("Shortage expected until February. Use 1,000 U/mL vials for catheter locks. "
                                                             "No change to IV anticoagulation protocols.\n\nPharmacy Department")
    return N(dict(frm="pharmacie@" + DOM, to="tous.soins@" + DOM, subject=subj, body=body), lang, "drug shortage bulletin")

def n_colleague_news(r, lang):
    n = nurse(r)
    if lang == "fr":
        subj, body = "Des nouvelles de Kevin", ("Bonjour l'équipe,\n\nKevin Nguyen est en convalescence après son opération au genou et sera "
                                                "de retour en janvier. Une carte circule au poste. Merci de vos pensées !\n\n" + n["name"])
    else:
        subj, body = "News from Kevin", ("Hi team,\n\nKevin Nguyen is recovering from knee surgery and will be back in January. A card is "
                                         "at the nursing station.\n\n" + n["name"])
    return N(dict(frm=n["email"], to="equipe.6a@" + DOM, subject=subj, body=body), lang, "staff member's own health news")

def n_patient_education(r, lang):
    if lang == "fr":
        subj, body = "Dépliant - alimentation en hémodialyse (version finale)", ("Bonjour,\n\nVersion finale du dépliant pour les patients : "
            "limiter le potassium (bananes, pommes de terre), le phosphore et les liquides (1 L/jour + diurèse). Impression : 500 copies.\n\nÉquipe de nutrition")
    else:
        subj, body = "Leaflet - diet on hemodialysis (final)", ("Hi,\n\nFinal version of the patient leaflet: limit potassium, phosphorus "
            "and fluids (1 L/day + urine output). Print run: 500 copies.\n\nNutrition team")
    return N(dict(frm="nutrition@" + DOM, to="imprimerie@" + DOM, subject=subj, body=body), lang, "generic patient-education leaflet")

def n_fwd_quote(r, lang):
    d0 = rdate(r)
    ib = ("Bonjour,\n\nSoumission Q-%d : 2 consoles d'hémodialyse, 38 500 $ ch., garantie 5 ans.\n\nVentes, MédiSupply" if lang == "fr"
          else "Hello,\n\nQuote Q-%d: 2 hemodialysis machines, $38,500 each, 5-year warranty.\n\nSales, MediSupply") % r.randint(1000, 9999)
    inner = inner_eml("sales@medisupply.example", "approvisionnement@" + DOM, "Soumission" if lang == "fr" else "Quote", ib, d0, lang)
    body = ("Pour approbation, voir soumission jointe.\n" if lang == "fr" else "For approval, quote attached.\n") + "Yannick"
    return N(dict(frm="yannick.fortier@" + DOM, to="direction.finances@" + DOM, subject=("TR: Soumission" if lang == "fr" else "Fwd: Quote"),
                  body=body, att=[("eml", inner)]), lang, "forwarded vendor quote as attached message")

def n_policy_zip(r, lang):
    files = [("politique_PCI.txt", "Politique de prévention des infections - v3\n".encode("utf-8")),
             ("procedure_HD.txt", "Procédure de branchement HD - révision 2026\n".encode("utf-8"))]
    body = ("Bonjour,\n\nCi-joint les politiques révisées pour l'agrément.\n\nQualité" if lang == "fr" else
            "Hi,\n\nRevised policies for accreditation attached.\n\nQuality")
    return N(dict(frm="qualite@" + DOM, to="agrement@" + DOM, subject=("Politiques révisées" if lang == "fr" else "Revised policies"), body=body,
                  att=[("politiques.zip", "application", "zip", make_zip(files))]), lang, "ZIP of policy documents")

def n_lab_memo(r, lang):
    if lang == "fr":
        subj, body = "Changement de méthode - troponine hs", ("À compter du 15 décembre, le labo passe à la troponine T hs. Nouveau seuil : 14 ng/L. "
                                                              "Les valeurs ne sont pas comparables avec l'ancienne méthode.\n\nBiochimie")
    else:
        subj, body = "Method change - hs troponin", ("As of Dec 15 the lab switches to hs troponin T. New cutoff 14 ng/L. Values not comparable "
                                                     "with previous method.\n\nBiochemistry")
    return N(dict(frm="labo.central@" + DOM, to="tous.medecins@" + DOM, subject=subj, body=body), lang, "lab method change memo")

def n_parking(r, lang):
    if lang == "fr":
        subj, body = "Vignettes de stationnement 2027", "Renouvellement des vignettes employés du 1er au 15 décembre, guichet B-010. Tarif : 62 $/mois.\n\nStationnement"
    else:
        subj, body = "2027 parking permits", "Employee permit renewal Dec 1-15 at desk B-010. Rate $62/month.\n\nParking Office"
    return N(dict(frm="stationnement@" + DOM, to="tous@" + DOM, subject=subj, body=body), lang, "parking permit notice")

TOPICS = {"Cardiologie": [("Insuffisance cardiaque à FEVG préservée", "HFpEF update"), ("FA et anticoagulation chez l'IRC", "AF anticoagulation in CKD")],
          "Néphrologie": [("Hyperkaliémie : nouveaux chélateurs", "Hyperkalemia: new binders"), ("Dialyse à domicile", "Home dialysis")],
          "Chirurgie cardiaque": [("Endocardite : quand opérer ?", "Endocarditis: when to operate"), ("TAVI ou chirurgie ?", "TAVI vs surgery")],
          "Transplantation": [("Greffe rénale chez le patient âgé", "Kidney transplant in older adults"), ("Donneurs vivants : le parcours", "Living donor pathway")],
          "Médecine interne": [("Syndrome cardiorénal", "Cardiorenal syndrome")], "Cliniques externes": [("Clinique d'amylose", "Amyloidosis clinic")]}

def n_conference(r, lang):
    sp = [staff(r, k) for k in r.sample(range(10), 3)]
    times = ["8h30", "9h15", "10h30"] if lang == "fr" else ["8:30", "9:15", "10:30"]
    lines = []
    for t, s in zip(times, sp):
        tp = r.choice(TOPICS[s["dept"]])
        lines.append("%s  %s - %s" % (t, s["disp"], tp[0] if lang == "fr" else tp[1]))
    if lang == "fr":
        subj = r.choice(["Programme - Journée de cardiologie du CHU Nord", "Programme préliminaire - Journée cardio-rénale"])
        body = "Bonjour,\n\nVoici le programme :\n\n" + "\n".join(lines) + "\n\nInscription : 75 $ (gratuit pour les résidents). 5 crédits DPC."
    else:
        subj = r.choice(["Programme - CHU Nord Cardiology Day", "Preliminary programme - Cardiorenal Day"])
        body = "Hello,\n\nProgramme:\n\n" + "\n".join(lines) + "\n\nRegistration $75 (free for residents). 5 CME credits."
    return N(dict(frm="dpc@" + DOM, to=ext_addr(r, "info", r.choice(["gmf-ahuntsic.example", "clinique-rosemont.example", "hopital-stjerome.example"])),
                  subject=subj, body=body), lang, "conference programme with speakers and topics")

def n_staff_schedule(r, lang):
    s = nurse(r); names = [staff(r, k) for k in r.sample(range(10), 5)]
    days = ["lun", "mar", "mer", "jeu", "ven"] if lang == "fr" else ["Mon", "Tue", "Wed", "Thu", "Fri"]
    base = r.choice([7, 14, 21])
    rows = "\n".join("%s %d/12 : %s" % (days[i], i + base, names[i]["disp"]) for i in range(5))
    v = r.randint(0, 2)
    if lang == "fr":
        subj = ["Horaire de garde cardio - semaine du %d déc." % base, "Garde néphro - correction", "horaire garde greffe"][v]
        intro = ["Bonjour à tous,\n\nHoraire de garde :", "Petite correction à l'horaire envoyé hier :", "Voici la garde de la semaine (pagette 4410) :"][v]
        body = intro + "\n\n" + rows + "\n\nÉchanges : m'aviser avant jeudi.\n" + s["name"]
    else:
        subj = ["Cardiology on-call wk of Dec %d" % base, "Nephro call - correction", "transplant call schedule"][v]
        intro = ["Hi all,\n\nOn-call:", "Small correction to yesterday's schedule:", "This week's call (pager 4410):"][v]
        body = intro + "\n\n" + rows + "\n\nSwaps: let me know by Thursday.\n" + s["name"]
    return N(dict(frm=s["email"], to="md.cardio@" + DOM, subject=subj, body=body), lang, "staff on-call schedule")

def n_hr_leave(r, lang):
    s = staff(r); a = nurse(r); v = r.randint(0, 2)
    if lang == "fr":
        subj = ["Absence - %s" % s["disp"], "Congé de maternité - remplacement", "Vacances des fêtes - demandes"][v]
        body = ["%s sera en congé de maladie jusqu'au 18 décembre. Ses cliniques sont redistribuées ; le secrétariat communiquera avec les patients." % s["disp"],
                "%s partira en congé de maternité le 15 janvier. Dr Samuel Ito assurera le remplacement de ses cliniques." % s["disp"] if s["t"] == "Dre" else
                "%s sera en congé parental à compter du 15 janvier. Le remplacement sera confirmé sous peu." % s["disp"],
                "Rappel : les demandes de vacances des fêtes doivent être déposées dans Logibec avant vendredi. Priorité selon l'ancienneté."][v]
        body = "Bonjour,\n\n" + body + "\n\nMerci\n" + a["name"]
    else:
        subj = ["Leave notice - %s" % s["disp"], "Parental leave - coverage", "Holiday vacation requests"][v]
        body = ["%s is on sick leave until Dec 18. Clinics will be reassigned; the clinic office will contact patients." % s["disp"],
                "%s starts parental leave Jan 15. Dr. Samuel Ito will cover the clinics." % s["disp"],
                "Reminder: holiday vacation requests must be entered in Logibec by Friday. Seniority rules apply."][v]
        body = "Hi,\n\n" + body + "\n\n" + a["name"]
    return N(dict(frm=a["email"], to="cliniques.externes@" + DOM, subject=subj, body=body), lang, "staff leave / HR notice")

def n_training(r, lang):
    a = nurse(r); v = r.randint(0, 2)
    if lang == "fr":
        subj = ["Formation obligatoire - pompes à perfusion", "RCR/ACLS - recertification", "Atelier ECG pour infirmières"][v]
        body = ["Formation sur les nouvelles pompes : 9, 10 et 14 décembre, salle B-312, 13h30-15h. Inscription dans l'ENA avant vendredi.",
                "Les recertifications ACLS auront lieu le 12 janvier. Places limitées (16). Votre carte doit être valide pour travailler à l'UC.",
                "Atelier d'interprétation ECG de base, mardi 15h, salle de conférence 5A. Apportez vos étriers !"][v]
        body = "Bonjour,\n\n" + body + "\n\n" + a["name"]
    else:
        subj = ["Mandatory training - infusion pumps", "BLS/ACLS recertification", "ECG workshop for nurses"][v]
        body = ["New infusion pump training Dec 9, 10 and 14, room B-312, 1:30-3pm. Register in the LMS by Friday.",
                "ACLS recertification on Jan 12. Limited to 16 seats. Your card must be current to work in the CCU.",
                "Basic ECG interpretation workshop Tuesday 3pm, 5A conference room. Bring calipers!"][v]
        body = "Hello,\n\n" + body + "\n\n" + a["name"]
    return N(dict(frm=a["email"], to="personnel.soins@" + DOM, subject=subj, body=body + sig(a, lang, r)), lang, "staff training notice")

def n_it(r, lang):
    v = r.randint(0, 3); t = "INC%07d" % r.randint(0, 9999999)
    if lang == "fr":
        subj = ["Panne planifiée - NAS département néphro", "Mise à jour Windows ce soir", "Courriels d'hameçonnage - prudence", "RE: imprimante 6A"][v]
        body = ["Le NAS du département (\\\\nas-nephro02) sera hors service samedi de 22h à 2h pour mise à jour du micrologiciel. Billet %s." % t,
                "Les postes seront redémarrés automatiquement à 23h. Sauvegardez vos documents.",
                "Nous observons une campagne d'hameçonnage imitant la paie. Ne cliquez pas sur les liens ; transférez à securite@chu-nord.example.",
                "L'imprimante du poste 6A (PRN-6A-02) est réparée, bourrage du bac 2. Billet %s fermé." % t][v]
        body = "Bonjour,\n\n" + body + "\n\nSoutien TI"
    else:
        subj = ["Planned outage - cardio NAS", "Windows updates tonight", "Phishing warning", "RE: 6A printer"][v]
        body = ["The department NAS (\\\\nas-cardio01) will be down Saturday 10pm-2am for firmware update. Ticket %s." % t,
                "Workstations will restart automatically at 11pm. Save your work.",
                "We are seeing a phishing campaign impersonating payroll. Do not click links; forward to security@chu-nord.example.",
                "6A printer (PRN-6A-02) fixed, tray 2 jam. Ticket %s closed." % t][v]
        body = "Hi,\n\n" + body + "\n\nIT Service Desk"
    return N(dict(frm="servicedesk@" + DOM, to="tous@" + DOM, subject=subj, body=body), lang, "IT notice")

def n_facilities(r, lang):
    v = r.randint(0, 2)
    if lang == "fr":
        subj = ["Stationnement P3 fermé - déneigement", "Coupure d'eau chaude - pavillon B", "Cafétéria : horaire des fêtes"][v]
        body = ["Le stationnement P3 sera fermé mardi de 6h à 10h pour déneigement. Utilisez P1 ou P2.",
                "Coupure d'eau chaude au pavillon B jeudi de 13h à 15h (travaux de plomberie). L'unité d'hémodialyse n'est pas touchée.",
                "La cafétéria fermera à 14h les 24, 25 et 26 décembre. Distributrices au niveau 1."][v]
        body = "Bonjour,\n\n" + body + "\n\nServices techniques"
    else:
        subj = ["P3 parking closed - snow removal", "Hot water shutdown - Pavilion B", "Cafeteria holiday hours"][v]
        body = ["P3 will be closed Tuesday 6-10am for snow removal. Use P1 or P2.",
                "No hot water in Pavilion B Thursday 1-3pm (plumbing work). The hemodialysis unit is not affected.",
                "The main cafeteria closes at 2pm Dec 24-26. Vending machines on level 1."][v]
        body = "Hello,\n\n" + body + "\n\nFacilities"
    return N(dict(frm="services.techniques@" + DOM, to="tous@" + DOM, subject=subj, body=body), lang, "facilities notice")

def n_teaching(r, lang):
    s = staff(r); age = r.randint(45, 82); v = r.randint(0, 2)
    if lang == "fr":
        subj = "Cas clinique - club de lecture jeudi"
        case = ["un homme de %d ans, diabétique, se présente avec dyspnée progressive et œdème des MI. FEVG 35 %%, créat 190. "
                "Questions : 1) place des SGLT2 ? 2) titration des bêtabloquants ?" % age,
                "une femme de %d ans, greffée rénale il y a 3 ans, consulte pour fièvre et hausse de créatinine. Diagnostic différentiel ?" % age,
                "un patient de %d ans en HD développe une hypotension per-dialyse récurrente. Approche ?" % age][v]
        body = "Bonjour les résidents,\n\nCas pour jeudi : " + case + "\n\n" + s["disp"]
    else:
        subj = "Teaching case for Thursday journal club"
        case = ["a %d-year-old woman with lupus nephritis presents with creatinine rising from 90 to 210 over 3 months. Discuss biopsy timing." % age,
                "a %d-year-old man 5 days post-CABG develops new AF with RVR. Rate vs rhythm?" % age,
                "a %d-year-old on PD presents with cloudy effluent and abdominal pain. Next steps?" % age][v]
        body = "Hi residents,\n\nCase: " + case + "\n\n" + s["disp"]
    return N(dict(frm=s["email"], to="residents.medecine@" + DOM, subject=subj, body=body), lang, "anonymised teaching case")

def n_job(r, lang):
    v = r.randint(0, 2); no = "2026-%04d" % r.randint(1, 9999)
    if lang == "fr":
        subj = ["Affichage - infirmier(ère) clinicien(ne), dialyse", "Affichage - agent(e) administratif(ve), cliniques externes", "Poste de perfusionniste"][v]
        body = ["Poste permanent temps complet, unité d'hémodialyse, quart de jour. Exigences : BAC, membre de l'OIIQ.",
                "Poste temps partiel (4 j/sem), prise de rendez-vous en cardiologie. Bilinguisme requis.",
                "Poste de perfusionniste en chirurgie cardiaque, temps complet. Certification requise."][v]
        body = body + " Affichage no %s, fin le 15 décembre.\n\nRessources humaines, CHU Nord" % no
    else:
        subj = ["Posting - clinical nurse, dialysis", "Posting - admin agent, outpatient clinics", "Perfusionist position"][v]
        body = ["Full-time permanent position, hemodialysis unit, day shift. BSN and OIIQ membership required.",
                "Part-time (4 days/wk) booking clerk, cardiology clinics. Bilingual.",
                "Full-time perfusionist, cardiac OR. CCP certification required."][v]
        body = body + " Posting #%s, closes Dec 15.\n\nHuman Resources, CHU Nord" % no
    return N(dict(frm="rh@" + DOM, to=ext_addr(r, "affichage", "emplois-sante.example"), subject=subj, body=body), lang, "job posting")

POS_PLAN = [(p_referral, 3), (p_consult_request, 3), (p_consult_reply, 4), (p_signout, 6), (p_bed_mgmt, 4), (p_booking, 3),
            (p_lab_followup, 4), (p_critical, 3), (p_imaging, 4), (p_discharge_pdf, 4), (p_dialysis_xlsx, 4), (p_transport, 3),
            (p_social, 4), (p_med_rec, 3), (p_ics_invite, 4), (p_vcard, 3), (p_home_care, 4), (p_billing, 4), (p_research_csv, 4),
            (p_incident_docx, 3), (p_subject_only, 4), (p_fwd_eml, 3), (p_inline_fwd, 3), (p_zip, 3), (p_disguised, 4),
            (p_ontario, 3), (p_belgian, 2), (p_french, 2), (p_same_surname, 2), (p_clinic_cancel, 3), (p_quoted_thread, 3),
            (p_echo_report, 3), (p_waitlist, 2), (p_mrn_only, 3), (p_split, 3), (p_vaccine_recall, 3)]
NEG_PLAN = [(n_staff_schedule, 6), (n_roster_like, 6), (n_hr_leave, 6), (n_training, 6), (n_newsletter, 6), (n_invoice, 6),
            (n_conference, 6), (n_it, 6), (n_job, 5), (n_teaching, 6), (n_facilities, 5), (n_public_health, 6),
            (n_purchase_order, 5), (n_committee, 5), (n_physician_disease, 6), (n_grand_rounds, 5), (n_vendor, 5), (n_stats_xlsx, 5),
            (n_blank_form, 5), (n_bed_census, 6), (n_clinic_hours, 4), (n_minutes_docx, 4), (n_directory_vcf, 4), (n_asset, 5),
            (n_quality, 5), (n_meeting_ics, 5), (n_welcome, 4), (n_ethics_admin, 4), (n_reply_meeting, 6), (n_drug_shortage, 4),
            (n_colleague_news, 4), (n_patient_education, 4), (n_fwd_quote, 4), (n_policy_zip, 3), (n_lab_memo, 4), (n_parking, 4)]

# ================================================================ main
def plan():
    pos = [(f, c) for f, c in POS_PLAN]
    neg = [(f, c) for f, c in NEG_PLAN]
    return pos, neg

def check(out, labels):
    files = sorted(os.path.relpath(os.path.join(dp, f), out) for dp, _, fs in os.walk(out) for f in fs if f.endswith(".eml"))
    assert files == sorted(labels), "labels do not cover files"
    for fn in files:
        raw = open(os.path.join(out, fn), "rb").read()
        m = email.message_from_bytes(raw, policy=policy.default)
        for part in m.walk():
            assert not part.defects, (fn, part.defects)
            for k, v in part.items():
                assert not getattr(v, "defects", None), (fn, k, v.defects)
            if not part.is_multipart():
                part.get_content()
        lab = labels[fn]
        if lab["confidential"]:
            assert lab["types"], fn
        else:
            assert not lab["types"], fn

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--seed", type=int, default=SEED)
    a = ap.parse_args()
    r = random.Random(a.seed)
    out = a.out
    for sub in ("positive", "negative"):
        if os.path.isdir(os.path.join(out, sub)):
            shutil.rmtree(os.path.join(out, sub))
        os.makedirs(os.path.join(out, sub))
    labels = {}
    stats = {"cat": {}, "lang": {}, "style": {}, "nl": {}, "cte": {}, "charset": {}}
    for kind, pl in (("positive", POS_PLAN), ("negative", NEG_PLAN)):
        items = []
        k = 0
        for f, cnt in pl:
            for i in range(cnt):
                if getattr(f, "lang", None):
                    lang = f.lang
                else:
                    lang = "fr" if k % 2 == 0 else "en"
                    k += 1
                items.append((f, lang))
        for n, (f, lang) in enumerate(items, 1):
            spec = f(r, lang)
            spec["from"] = spec.pop("frm")
            cat = f.__name__[2:]
            data, tr = build(r, spec, n)
            fn = "%s/%s%03d_%s.eml" % (kind, kind[0], n, cat)
            with open(os.path.join(out, fn), "wb") as fh:
                fh.write(data)
            labels[fn] = {"confidential": kind == "positive", "types": spec["types"], "lang": spec["lang"], "note": spec["note"]}
            stats["cat"][(kind, cat)] = stats["cat"].get((kind, cat), 0) + 1
            stats["lang"][(kind, spec["lang"])] = stats["lang"].get((kind, spec["lang"]), 0) + 1
            for k in ("style", "nl", "cte", "charset"):
                stats[k][tr[k]] = stats[k].get(tr[k], 0) + 1
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    check(out, labels)
    h = hashlib.sha256()
    for fn in sorted(labels) + ["labels.json"]:
        h.update(fn.encode()); h.update(b"\0"); h.update(open(os.path.join(out, fn), "rb").read())
    npos = sum(1 for v in labels.values() if v["confidential"])
    print("positives %d  negatives %d  total %d" % (npos, len(labels) - npos, len(labels)))
    for kind in ("positive", "negative"):
        cats = sorted((c, v) for (k, c), v in stats["cat"].items() if k == kind)
        print("%s categories (%d): %s" % (kind, len(cats), ", ".join("%s=%d" % cv for cv in cats)))
    print("lang:", ", ".join("%s/%s=%d" % (k[0][:3], k[1], v) for k, v in sorted(stats["lang"].items())))
    for k in ("style", "nl", "cte", "charset"):
        print(k + ":", ", ".join("%s=%d" % kv for kv in sorted(stats[k].items())))
    print("all files parse without defects; labels cover files exactly")
    print("sha256", h.hexdigest())

if __name__ == "__main__":
    main()
