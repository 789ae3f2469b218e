#!/usr/bin/env python3
"""Seeded deterministic generator: synthetic outbound hospital mail (held-out corpus 9, seed 9393)."""
import argparse, base64, csv, hashlib, html, io, json, os, quopri, random, shutil, sys, zipfile
import email, email.policy
from email.header import Header
from email.utils import formataddr, format_datetime
import datetime as dt

SEED = 9393
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- data
NAMS = []
for line in """Wilson Sofia 1958-03-04 F WILS58530495
Taylor André 2002-11-11 F TAYA02611115
Lapointe Mary 2007-06-06 F LAPM07560671
Lessard Manon 1983-04-01 M LESM83040153
Caron Liam 1937-10-23 F CARL37602340
Bouchard Sofia 1965-10-19 M BOUS65101945
Leblanc André 1960-03-01 M LEBA60030127
Gagnon Manon 1993-11-09 F GAGM93610984
Fortin Emma 1961-06-06 F FORE61560692
Poirier Marc 1947-01-22 F POIM47512222
Smith Sylvie 2006-11-18 M SMIS06111890
Simard Sofia 1961-04-14 F SIMS61541457
Taylor Diane 1967-04-06 F TAYD67540632
Gagnon Claude 1981-06-10 F GAGC81561056
Taylor Claude 1977-07-09 F TAYC77570976
Gauthier John 1976-02-16 M GAUJ76021662
Nadeau Gilles 1933-06-03 M NADG33060331
Cloutier Liam 1960-11-21 M CLOL60112139
Gauthier John 1998-04-16 M GAUJ98041697
Fournier André 1941-07-27 M FOUA41072762
Morin Pierre 1995-10-01 F MORP95600191
Bouchard Robert 1947-04-10 F BOUR47541011
Boucher Denise 1993-12-21 F BOUD93622188
Cloutier David 1941-10-09 M CLOD41100927
Gagnon Ginette 1960-06-12 M GAGG60061239
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
Boucher Josée 1941-10-17 F BOUJ41601744
Paquette Ginette 1947-10-16 F PAQG47601681
Nadeau Geneviève 1951-12-22 M NADG51122271
Paquette Josée 1982-03-03 F PAQJ82530350
Lapointe André 1943-12-12 M LAPA43121277
Thibault Sylvie 1942-11-26 F THIS42612691
Simard Louis 1975-04-19 M SIML75041978
Ouellet Marc 1993-08-27 F OUEM93582722
Leblanc Gilles 1945-10-11 F LEBG45601162""".splitlines():
    s, g, b, x, n = line.split()
    NAMS.append(dict(sur=s, giv=g, dob=b, sex=x, nam=n))

SUR_FR = ["Tremblay", "Gendron", "Lavoie", "Bergeron", "Côté", "Desrosiers", "Beaulieu", "Hébert", "Lemieux",
          "Vachon", "Poulin", "Gingras", "Dufour", "Turcotte", "Charbonneau", "Lachance", "Boisvert", "Proulx"]
GIV_FR_F = ["Lucie", "Monique", "Chantal", "Yvette", "Mélanie", "Suzanne", "Rosalie", "Francine", "Huguette"]
GIV_FR_M = ["Réjean", "Gaétan", "Normand", "Yves", "Marcel", "Jean-Guy", "Benoît", "Raymond", "Sylvain"]
SUR_EN = ["Patel", "O'Neill", "Kowalski", "Nguyen", "Fraser", "Campbell", "Singh", "Murphy", "Chen", "Da Silva",
          "Henderson", "Abernathy", "Okafor", "Lindqvist", "McAllister", "Rossi", "Haddad", "Bergstrom"]
GIV_EN_F = ["Margaret", "Linda", "Priya", "Olivia", "Doreen", "Beverly", "Hannah", "Grace", "Teresa"]
GIV_EN_M = ["Harold", "Kevin", "Raj", "Douglas", "Stanley", "Wei", "Brandon", "Frank", "Tomasz"]

STAFF_FR = [("Dre", "Isabelle Marchand", "néphrologue"), ("Dr", "Karim Benali", "cardiologue"),
            ("Dre", "Hélène Drouin", "endocrinologue"), ("Dr", "Mathieu Larochelle", "hémato-oncologue"),
            ("Dre", "Annie Thériault", "rhumatologue"), ("Dr", "François Giguère", "radiologiste"),
            ("Dre", "Sophie Vaillancourt", "interniste"), ("Dr", "Olivier Lussier", "biochimiste clinique")]
STAFF_EN = [("Dr.", "Priya Raman", "Nephrology"), ("Dr.", "Ethan Goldberg", "Cardiology"),
            ("Dr.", "Fiona MacLeod", "Endocrinology"), ("Dr.", "Samuel Adeyemi", "Medical Oncology"),
            ("Dr.", "Rachel Whitford", "Rheumatology"), ("Dr.", "Daniel Kwan", "Diagnostic Imaging"),
            ("Dr.", "Meredith Stone", "Internal Medicine")]
CLERKS_FR = ["Josiane Pelchat", "Nancy Bolduc", "Karine Lévesque", "Martin Fréchette", "Valérie Sirois",
             "Stéphanie Houle", "Patrick Rioux", "Claudine Bérubé"]
CLERKS_EN = ["Jennifer Walsh", "Tracy Dumont", "Michael Ferreira", "Stacey Burke", "Alan Ng", "Kim Sutherland",
             "Rebecca Hogan", "Derek Lau"]
DOM_IN = ["chu-exemple.example", "cisss-laurentides-exemple.example", "hopital-sainte-claire.example"]
DOM_EN = ["lakeshore-health.example", "ottawa-valley-hsc.example", "mcgill-west-hosp.example"]
DOM_OUT = ["clinique-du-parc.example", "gmf-riviere.example", "labo-biomed.example", "pharmaciejc.example",
           "cliniquemedicale-nord.example", "northside-fht.example", "wellcare-pharmacy.example",
           "lifelabs-demo.example", "homecare-ontario.example", "gmail-like.example", "videotron-like.example",
           "assurvie-demo.example", "csst-demo.example", "transportadapte-demo.example"]

rng = random.Random(SEED)

def pick(x): return rng.choice(x)

def slug(name): return name.lower().replace(" ", ".").replace("é", "e").replace("è", "e").replace("ç", "c") \
    .replace("ô", "o").replace("'", "").replace("ï", "i").replace("â", "a")

def luhn_ok(s):
    t = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2: d *= 2; d -= 9 if d > 9 else 0
        t += d
    return t % 10 == 0

def gen_sin():
    from stdnum.ca import sin
    while True:
        s = str(rng.choice([1, 2, 3, 4, 5, 6, 7])) + "".join(str(rng.randrange(10)) for _ in range(8))
        if sin.is_valid(s): return s

def gen_ohn():
    from stdnum import luhn
    while True:
        s = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(9))
        if luhn.is_valid(s): return s

def gen_niss(dob, sex):
    from stdnum.be import nn
    y, m, d = dob.split("-")
    base = y[2:] + m + d
    while True:
        ser = rng.randrange(1, 998)
        if (ser % 2 == 1) != (sex == "M"): continue
        body = base + "%03d" % ser
        num = int(("2" if int(y) >= 2000 else "") + body)
        chk = 97 - num % 97
        s = body + "%02d" % chk
        if nn.is_valid(s): return s

def gen_nir(dob, sex):
    from stdnum.fr import nir
    y, m, d = dob.split("-")
    while True:
        dep = "%02d" % rng.choice([13, 33, 59, 69, 75, 92, 94, 31])
        body = ("1" if sex == "M" else "2") + y[2:] + m + dep + "%03d" % rng.randrange(1, 999) + "%03d" % rng.randrange(1, 999)
        s = body + "%02d" % (97 - int(body) % 97)
        if nir.is_valid(s): return s

def gen_mrn():
    k = rng.randrange(6)
    if k == 0: return "%07d" % rng.randrange(1000000, 9999999)
    if k == 1: return "%08d" % rng.randrange(10000000, 99999999)
    if k == 2: return "H" + "%07d" % rng.randrange(10**6, 10**7)
    if k == 3: return "M%06d" % rng.randrange(10**5, 10**6)
    if k == 4: return "%d-%06d" % (rng.randrange(15, 26), rng.randrange(10**5, 10**6))
    return "LSH%07d" % rng.randrange(10**6, 10**7)

FULLW = str.maketrans("0123456789", "０１２３４５６７８９")

def fmt_nam(n):
    k = rng.randrange(8)
    if k == 0: return n
    if k == 1: return n[:4] + " " + n[4:8] + " " + n[8:]
    if k == 2: return n[:4] + "-" + n[4:8] + "-" + n[8:]
    if k == 3: return n.lower()
    if k == 4: return " ".join(n)
    if k == 5: return n[:4] + "." + n[4:8] + "." + n[8:]
    if k == 6: return n[:4] + n[4:].translate(FULLW)
    return n[:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8:]

def fmt_digits(s, groups):
    out, i = [], 0
    for g in groups: out.append(s[i:i + g]); i += g
    return pick([" ", "-", ".", " "]).join(out)

def patient(lang, use_nam=None):
    """returns a patient dict; may come from NAM list"""
    if use_nam is None: use_nam = lang == "fr" and rng.random() < 0.55
    if use_nam:
        p = dict(pick(NAMS)); p["has_nam"] = True
        return p
    sex = pick("MF")
    if lang == "fr":
        sur = pick(SUR_FR); giv = pick(GIV_FR_M if sex == "M" else GIV_FR_F)
    else:
        sur = pick(SUR_EN); giv = pick(GIV_EN_M if sex == "M" else GIV_EN_F)
    y = rng.randrange(1932, 2016)
    dob = "%d-%02d-%02d" % (y, rng.randrange(1, 13), rng.randrange(1, 29))
    return dict(sur=sur, giv=giv, dob=dob, sex=sex, nam=None, has_nam=False)

def age(p, ref=2026): return ref - int(p["dob"][:4])

def pname(p, style=None):
    st = style if style is not None else rng.randrange(7)
    if st == 0: return f"{p['giv']} {p['sur']}"
    if st == 1: return f"{p['sur'].upper()}, {p['giv']}"
    if st == 2: return f"{p['sur']} {p['giv']}"
    if st == 3: return f"{'M.' if p['sex']=='M' else 'Mme'} {p['sur']}"
    if st == 4: return f"{p['sur'].upper()} {p['giv'].upper()}"
    if st == 5: return f"{p['giv'][0]}. {p['sur']}"
    return f"{p['sur']}, {p['giv']}"

def pname_en(p):
    st = rng.randrange(6)
    if st == 3: return f"{'Mr.' if p['sex']=='M' else 'Mrs.'} {p['sur']}"
    return pname(p, st)

def dob_fmt(p, lang):
    y, m, d = p["dob"].split("-")
    k = rng.randrange(4)
    if k == 0: return p["dob"]
    if k == 1: return f"{d}/{m}/{y}"
    if k == 2: return f"{y}/{m}/{d}"
    mois_fr = "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split()
    mon_en = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    return f"{int(d)} {(mois_fr if lang=='fr' else mon_en)[int(m)-1]} {y}"

def sex_word(p, lang):
    if lang == "fr": return "F" if p["sex"] == "F" else "M"
    return "F" if p["sex"] == "F" else "M"

def staff(lang):
    return pick(STAFF_FR if lang == "fr" else STAFF_EN)

def clerk(lang): return pick(CLERKS_FR if lang == "fr" else CLERKS_EN)

def in_dom(lang): return pick(DOM_IN) if lang == "fr" else pick(DOM_EN + ["mcgill-west-hosp.example", "chu-exemple.example"])

def addr_of(name, dom): return formataddr((name, slug(name.split(",")[0]) + "@" + dom), charset="utf-8")

def ext_addr(): return f"{pick(['reception','admin','dr.tremblay','secretariat','intake','referrals','info','fax2mail','clinique'])}@{pick(DOM_OUT)}"

def phone(): return f"{pick(['514','438','450','819','418','613','416','905','343'])}-555-{rng.randrange(100, 9999):04d}"

def rand_date():
    base = dt.datetime(2026, 1, 5, 7, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    return base + dt.timedelta(days=rng.randrange(0, 300), minutes=rng.randrange(0, 660))

def future_day(lang):
    d = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randrange(0, 320))
    if lang == "fr":
        jours = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
        mois = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
        return f"{jours[d.weekday()]} {d.day} {mois[d.month-1]}"
    return d.strftime("%A, %B ") + str(d.day)

def hour(): return f"{rng.randrange(7, 16)}h{pick(['00','15','30','45'])}"
def hour_en(): return f"{rng.randrange(8, 12)}:{pick(['00','15','30','45'])} {'a.m.'}" if rng.random() < .5 else f"{rng.randrange(1, 4)}:{pick(['00','15','30','45'])} p.m."

def sig(lang, who=None, role=None, dom=None):
    who = who or clerk(lang)
    if lang == "fr":
        role = role or pick(["Agente administrative", "Secrétaire médicale", "Commis aux archives", "Infirmière clinicienne",
                             "Coordonnatrice", "Technicienne en administration"])
        site = pick(["Clinique externe de néphrologie", "Centre de jour d'oncologie", "Clinique de cardiologie",
                     "Service des archives médicales", "Clinique d'endocrinologie", "Bureau du commissaire aux plaintes",
                     "Clinique de rhumatologie", "Laboratoire de biologie médicale", "Service d'imagerie médicale"])
        return (f"\n\n{who}\n{role}\n{site}\nCHU Exemple – Pavillon {pick(['Rosemont','Saint-Luc','des Érables','Jean-Talon'])}\n"
                f"{rng.randrange(100, 9999)}, boul. {pick(['de l’Hôpital','Saint-Joseph','des Laurentides'])}, Montréal (Québec)\n"
                f"Tél. : {phone()} poste {rng.randrange(2000, 7999)}\n")
    role = role or pick(["Medical Office Assistant", "Clinic Clerk", "Health Records Technician", "RN, Clinic Coordinator",
                         "Patient Relations Specialist", "Booking Clerk", "Administrative Assistant"])
    site = pick(["Renal Outpatient Clinic", "Cardiac Ambulatory Care", "Diabetes & Endocrine Centre", "Oncology Day Unit",
                 "Rheumatology Clinic", "Health Information Management", "Patient Relations Office", "Diagnostic Imaging"])
    return (f"\n\n{who}\n{role}\n{site}\nLakeshore Health Network\n{rng.randrange(10, 999)} Lakeshore Rd., "
            f"{pick(['Mississauga, ON','Ottawa, ON','Pointe-Claire, QC','Kingston, ON'])}\nT {phone()} ext. {rng.randrange(2000, 7999)}\n")

DISC_FR = ("\n--\nAVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. "
           "Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.\n")
DISC_EN = ("\n--\nCONFIDENTIALITY NOTICE: This e-mail may contain confidential information intended only for the "
           "addressee. If you received it in error, please notify the sender and delete it.\n")

def disc(lang): return (DISC_FR if lang == "fr" else DISC_EN) if rng.random() < 0.6 else ""

def quote(text, who, when, lang):
    lines = "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))
    if lang == "fr":
        return f"\n\nLe {when}, {who} a écrit :\n{lines}\n"
    return f"\n\nOn {when}, {who} wrote:\n{lines}\n"

def fwd_inline(text, frm, to, subj, when, lang):
    if lang == "fr":
        return (f"\n\n---------- Message transféré ---------\nDe : {frm}\nDate : {when}\nObjet : {subj}\nÀ : {to}\n\n{text}\n")
    return (f"\n\n-----Original Message-----\nFrom: {frm}\nSent: {when}\nTo: {to}\nSubject: {subj}\n\n{text}\n")

# ---------------------------------------------------------------- attachments
FIXED_ZIP_DATE = (2026, 1, 1, 0, 0, 0)

def normalize_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for info in sorted(zin.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            blob = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                blob = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2026-01-01T00:00:00Z\g<3>", blob)
            zo.writestr(zi, blob)
    return out.getvalue()

def make_pdf(title, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    y = 740
    c.setFont("Helvetica-Bold", 13); c.drawString(50, y, title); y -= 28
    c.setFont("Helvetica", 10)
    for l in lines:
        if y < 60: c.showPage(); c.setFont("Helvetica", 10); y = 740
        c.drawString(50, y, l); y -= 15
    c.showPage(); c.save()
    return buf.getvalue()

def make_docx(title, paras):
    import docx
    d = docx.Document()
    d.core_properties.created = dt.datetime(2026, 1, 1)
    d.core_properties.modified = dt.datetime(2026, 1, 1)
    d.core_properties.last_modified_by = "gen"; d.core_properties.author = "gen"
    d.add_heading(title, 1)
    for p in paras: d.add_paragraph(p)
    b = io.BytesIO(); d.save(b)
    return normalize_zip(b.getvalue())

def make_xlsx(sheet, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.created = dt.datetime(2026, 1, 1); wb.properties.modified = dt.datetime(2026, 1, 1)
    wb.properties.creator = "gen"; wb.properties.lastModifiedBy = "gen"
    ws = wb.active; ws.title = sheet
    for r in rows: ws.append(list(r))
    b = io.BytesIO(); wb.save(b)
    return normalize_zip(b.getvalue())

def make_csv(rows, enc="utf-8"):
    s = io.StringIO(); w = csv.writer(s, lineterminator="\r\n")
    for r in rows: w.writerow(r)
    return s.getvalue().encode(enc, "replace")

def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for n, data in files:
            zi = zipfile.ZipInfo(n, FIXED_ZIP_DATE); zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zo.writestr(zi, data)
    return out.getvalue()

def make_ics(summary, desc, start, uid, location):
    s = start.strftime("%Y%m%dT%H%M%S")
    e = (start + dt.timedelta(minutes=30)).strftime("%Y%m%dT%H%M%S")
    def esc(t): return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Exemple//Agenda clinique//FR", "METHOD:REQUEST",
             "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260101T000000Z", f"DTSTART;TZID=America/Toronto:{s}",
             f"DTEND;TZID=America/Toronto:{e}", f"SUMMARY:{esc(summary)}", f"LOCATION:{esc(location)}",
             f"DESCRIPTION:{esc(desc)}", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")

def make_vcf(fn, sur, giv, tel, adr, note):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{sur};{giv};;;", f"FN:{fn}", f"TEL;TYPE=HOME:{tel}",
             f"ADR;TYPE=HOME:;;{adr};;;;", f"NOTE:{note}", "END:VCARD"]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")

# ---------------------------------------------------------------- MIME writer
def enc_header(v):
    try:
        v.encode("ascii"); return v
    except UnicodeEncodeError:
        return Header(v, "utf-8").encode()

def enc_addr_list(v):
    return v  # addresses produced by formataddr are already encoded

def encode_text(text, charset, cte):
    text = text.replace("\r\n", "\n")
    try:
        raw = text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"; raw = text.encode(charset)
    if cte == "8bit":
        if max((len(l) for l in raw.split(b"\n")), default=0) > 900: cte = "quoted-printable"
        else:
            try: raw.decode("ascii"); cte = "7bit"
            except UnicodeDecodeError: pass
            return charset, cte, raw.decode("latin-1").split("\n")
    if cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
        return charset, cte, body.split("\n")
    body = base64.encodebytes(raw).decode("ascii")
    return charset, "base64", body.rstrip("\n").split("\n")

def b64lines(data): return base64.encodebytes(data).decode("ascii").rstrip("\n").split("\n")

class Part:
    def __init__(self, headers, lines=None, children=None, boundary=None, inner=None):
        self.headers, self.lines, self.children, self.boundary, self.inner = headers, lines, children, boundary, inner

def render(part):
    out = []
    for k, v in part.headers: out.append(f"{k}: {v}")
    out.append("")
    if part.children is not None:
        out.append("This is a multi-part message in MIME format.")
        for c in part.children:
            out.append("--" + part.boundary); out.extend(render(c))
        out.append("--" + part.boundary + "--"); out.append("")
    elif part.inner is not None:
        out.extend(part.inner)
    else:
        out.extend(part.lines)
    return out

BCOUNT = [0]
def boundary():
    BCOUNT[0] += 1
    return "----=_Part_%d_%08x" % (BCOUNT[0], rng.getrandbits(32))

ACTUAL = [None]
def text_part(text, sub, charset, cte):
    if sub == "html":
        try: text.encode(charset); cs0 = charset
        except UnicodeEncodeError: cs0 = "utf-8"
        text = text.replace("@@CS@@", cs0)
    cs, ct, lines = encode_text(text, charset, cte)
    ACTUAL[0] = (cs, ct)
    return Part([("Content-Type", f'text/{sub}; charset="{cs}"'), ("Content-Transfer-Encoding", ct)], lines)

def to_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        ls = p.split("\n")
        if all(l.startswith(">") for l in ls):
            out.append('<blockquote style="border-left:2px solid #ccc;padding-left:6px">' +
                       "<br>\n".join(html.escape(l.lstrip("> ")) for l in ls) + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(html.escape(l) for l in ls) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=@@CS@@"></head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + "\n".join(out) + "\n</body></html>\n")

def attach_part(fname, ctype, data, tcs="utf-8"):
    if ctype == "message/rfc822":
        return Part([("Content-Type", "message/rfc822"), ("Content-Disposition", f'attachment; filename="{fname}"')],
                    inner=data.decode("ascii").replace("\r\n", "\n").split("\n"))
    fn = fname
    try: fname.encode("ascii"); fh = f'filename="{fname}"'
    except UnicodeEncodeError:
        from urllib.parse import quote as uq
        fh = "filename*=utf-8''" + uq(fname)
    if ctype.startswith("text/"):
        return Part([("Content-Type", f'{ctype}; charset="{tcs}"; name="{slugfile(fn)}"'),
                     ("Content-Transfer-Encoding", "base64"), ("Content-Disposition", f"attachment; {fh}")], b64lines(data))
    return Part([("Content-Type", f'{ctype}; name="{slugfile(fn)}"'), ("Content-Transfer-Encoding", "base64"),
                 ("Content-Disposition", f"attachment; {fh}")], b64lines(data))

def slugfile(f): return f.encode("ascii", "ignore").decode() or "piece.bin"

MSGID = [0]
def build_message(m, transport=None, inner=False):
    """m: dict frm,to,cc,subject,date,body,attachments[(fname,ctype,bytes)]"""
    tr = transport or {}
    charset = tr.get("charset") or pick(["utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    cte = tr.get("cte") or pick(["quoted-printable", "base64", "8bit"])
    kind = tr.get("kind") or pick(["plain", "plain", "html", "alt"])
    eol = tr.get("eol") or pick(["\r\n", "\n"])
    if inner: cte = pick(["quoted-printable", "base64"]); eol = "\r\n"
    MSGID[0] += 1
    mid = f"<{rng.getrandbits(48):012x}.{MSGID[0]}@{m['frm'].split('@')[-1].rstrip('>')}>"
    hdrs = [("From", m["frm"]), ("To", m["to"])]
    if m.get("cc"): hdrs.append(("Cc", m["cc"]))
    hdrs += [("Subject", enc_header(m["subject"])), ("Date", format_datetime(m["date"])), ("Message-ID", mid)]
    if m.get("in_reply_to"): hdrs.append(("In-Reply-To", m["in_reply_to"]))
    hdrs.append(("MIME-Version", "1.0"))
    if not inner and rng.random() < 0.4:
        hdrs.append(("X-Mailer", pick(["Microsoft Outlook 16.0", "Zimbra 9.0", "Thunderbird 115", "Apple Mail (2.3774)"])))
    body = m["body"]
    if kind == "plain": bp = text_part(body, "plain", charset, cte)
    elif kind == "html": bp = text_part(to_html(body), "html", charset, cte)
    else:
        bp = Part([("Content-Type", None)], children=[text_part(body, "plain", charset, cte),
                                                      text_part(to_html(body), "html", charset, cte)], boundary=boundary())
        bp.headers = [("Content-Type", f'multipart/alternative; boundary="{bp.boundary}"')]
    atts = m.get("attachments") or []
    if atts:
        kids = [bp] + [attach_part(*a) for a in atts]
        b = boundary()
        top = Part([("Content-Type", f'multipart/mixed; boundary="{b}"')], children=kids, boundary=b)
        kind = "mixed+" + kind
    else:
        top = bp
    top.headers = hdrs + top.headers
    lines = render(top)
    data = eol.join(lines)
    if not data.endswith(eol): data += eol
    charset, cte = ACTUAL[0]
    desc = dict(kind=kind, charset=charset, cte=cte, eol="CRLF" if eol == "\r\n" else "LF")
    return data.encode("latin-1"), desc

# ---------------------------------------------------------------- templates
POS, NEG = [], []
def pos(lang):
    def d(f): POS.append((lang, f)); return f
    return d
def neg(lang):
    def d(f): NEG.append((lang, f)); return f
    return d

from templates_pos import register as reg_pos  # noqa
from templates_neg import register as reg_neg  # noqa

# ---------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser(); ap.add_argument("--out", default=HERE); a = ap.parse_args()
    out = a.out
    for sub in ("positive", "negative"):
        p = os.path.join(out, sub)
        if os.path.isdir(p): shutil.rmtree(p)
        os.makedirs(p)
    G = globals()
    reg_pos(G); reg_neg(G)
    NPOS, NNEG = 120, 180
    plan = []
    for label, lst, n, nfr in (("positive", POS, NPOS, 54), ("negative", NEG, NNEG, 81)):
        fr = [t for t in lst if t[0] == "fr"]; en = [t for t in lst if t[0] == "en"]
        seq = [fr[i % len(fr)] for i in range(nfr)] + [en[i % len(en)] for i in range(n - nfr)]
        rng.shuffle(seq)
        plan.append((label, seq))
    labels = {}; stats = {"transport": {}, "lang": {}, "category": {}}
    for label, seq in plan:
        for i, (lang, fn) in enumerate(seq, 1):
            spec = fn(lang)
            cat = spec["cat"]
            raw, desc = build_message(spec, spec.get("transport"))
            name = f"{label}/{label[0]}{i:03d}_{cat}.eml"
            with open(os.path.join(out, name), "wb") as f: f.write(raw)
            labels[name] = {"confidential": label == "positive", "types": sorted(set(spec["types"])) if label == "positive" else [],
                            "lang": lang, "note": spec["note"]}
            k = f"{label}:{cat}"; stats["category"][k] = stats["category"].get(k, 0) + 1
            stats["lang"][f"{label}:{lang}"] = stats["lang"].get(f"{label}:{lang}", 0) + 1
            for key in ("kind", "charset", "cte", "eol"):
                kk = f"{key}={desc[key]}"; stats["transport"][kk] = stats["transport"].get(kk, 0) + 1
            if spec.get("fwd_attached"): stats["transport"]["forward_as_attachment"] = stats["transport"].get("forward_as_attachment", 0) + 1
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
    check(out, labels, stats)

def check(out, labels, stats):
    files = sorted(os.path.join(s, f) for s in ("positive", "negative") for f in os.listdir(os.path.join(out, s)))
    assert set(files) == set(labels), "labels do not cover files exactly"
    h = hashlib.sha256()
    for fn in files:
        raw = open(os.path.join(out, fn), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        def walk(m):
            for part in m.walk():
                assert not part.defects, (fn, part.defects)
                if part.is_multipart(): continue
                if part.get_content_type() == "message/rfc822":
                    walk(part.get_content()); continue
                part.get_content()
                if part.get_content_maintype() == "text":
                    part.get_payload(decode=True).decode(part.get_content_charset())
        walk(msg)
        for k in ("From", "To", "Subject", "Date", "Message-ID"): assert msg[k], (fn, k)
        L = labels[fn]
        if L["confidential"]: assert L["types"], fn
        else: assert not L["types"], fn
        h.update(fn.encode() + b"\0" + raw)
    h.update(open(os.path.join(out, "labels.json"), "rb").read())
    npos = sum(1 for v in labels.values() if v["confidential"])
    print(f"files={len(files)} positives={npos} negatives={len(files)-npos}")
    for k in ("lang", "category", "transport"):
        print(k + ":", json.dumps(dict(sorted(stats[k].items())), ensure_ascii=False))
    print("sha256:", h.hexdigest())

if __name__ == "__main__":
    sys.path.insert(0, HERE)
    main()
