#!/usr/bin/env python3
"""Synthetic outbound hospital e-mail corpus (Quebec CISSS network + Ontario community hospital). Seeded, deterministic. See README.md."""
import os as _os

# The synthetic NAMs every blind writer was given (surname, given name, birth date, sex, NAM), shared by
# the blind corpora in tests/blind_nams.txt.
with open(_os.path.join(_os.path.dirname(_os.path.abspath(__file__)), _os.pardir, "blind_nams.txt"),
          encoding="utf-8") as _nams:
    NAMS_TXT = "\n".join(line for line in _nams.read().splitlines() if line.strip() and not line.startswith("#"))
import argparse, io, os, sys, json, hashlib, random, zipfile, re, datetime as dt, copy
from collections import Counter
from email.message import EmailMessage
from email import policy, message_from_bytes
from email.utils import format_datetime
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir
from stdnum import luhn

SEED = 6061
R = random.Random(SEED)

def ch(seq):
    return seq[R.randrange(len(seq))]

# ---------------------------------------------------------------- people / orgs
F_FR = ["Isabelle","Julie","Marie-Ève","Catherine","Nathalie","Sophie","Valérie","Annie","Chantal","Mélanie","Karine","Geneviève","Émilie","Josiane","Maude","Lyne","France","Hélène","Audrey","Roxanne"]
M_FR = ["Jean-François","Mathieu","Éric","Patrick","Stéphane","Martin","Sébastien","Alexandre","Guillaume","Philippe","Denis","Yves","Luc","Simon","Olivier","Frédéric","Benoît","Mario","Francis","Vincent"]
L_FR = ["Tremblay","Gagnon","Roy","Côté","Bouchard","Gauthier","Morin","Lavoie","Fortin","Gagné","Ouellet","Pelletier","Bélanger","Lévesque","Bergeron","Leblanc","Paquette","Girard","Simard","Boucher","Caron","Beaulieu","Cloutier","Dubé","Poirier","Fournier","Lapointe","Leclerc","Lefebvre","Poulin","Thibault","St-Pierre","Nadeau","Martel","Desjardins","Lachance","Vachon","Bolduc","Proulx","Savard"]
F_EN = ["Jennifer","Sarah","Emily","Megan","Laura","Rebecca","Karen","Lisa","Amanda","Priya","Grace","Olivia","Hannah","Fatima","Mei","Rachel"]
M_EN = ["Michael","David","James","Ryan","Kevin","Daniel","Andrew","Mark","Brian","Jason","Raj","Ahmed","Tom","Chris","Paul","Steven"]
L_EN = ["Smith","Brown","Wilson","MacDonald","Campbell","Anderson","Thompson","Clarke","Patel","Singh","Nguyen","Kowalski","O'Neill","Fraser","Murray","Reid","Henderson","Ferguson","Chen","Walsh","Morrison","Sullivan","Bennett","Gallagher"]

ORG = {
 "cisss": ("CISSS du Val-des-Rives", "cisss-valdesrives.example", "1200, boul. des Rives, Saint-Aurèle (Québec) J0X 1A0", "450 555-0100"),
 "hosp_q": ("Hôpital régional de Saint-Aurèle — CISSS du Val-des-Rives", "cisss-valdesrives.example", "1200, boul. des Rives, Saint-Aurèle (Québec) J0X 1A0", "450 555-0100"),
 "clsc": ("CLSC des Trois-Ruisseaux", "cisss-valdesrives.example", "85, rue Principale, Sainte-Florine (Québec) J0X 2B0", "450 555-0142"),
 "gmf": ("GMF des Berges", "gmf-desberges.example", "410, rue du Quai, Saint-Aurèle (Québec) J0X 1A3", "450 555-0177"),
 "gmf2": ("GMF-U du Plateau", "gmfu-plateau.example", "22, av. des Érables, Lac-Brûlé (Québec) J0X 3C0", "819 555-0123"),
 "chsld": ("CHSLD Les Peupliers", "cisss-valdesrives.example", "300, chemin des Peupliers, Sainte-Florine (Québec) J0X 2B4", "450 555-0190"),
 "pharm": ("Pharmacie Dufresne & Lemieux", "pharmacie-dufresne-lemieux.example", "51, rue Principale, Sainte-Florine (Québec) J0X 2B0", "450 555-0161"),
 "pharm2": ("Pharmacie Hélène Paradis inc.", "pharmacieparadis.example", "1800, boul. du Lac, Lac-Brûlé (Québec) J0X 3C2", "819 555-0148"),
 "ont": ("Lakeshore Community Hospital", "lakeshorehospital.example", "200 Harbour Road, Port Edwin, ON K0X 1B0", "613 555-0110"),
 "fht": ("Northridge Family Health Team", "northridgefht.example", "45 King St. E, Port Edwin, ON K0X 1B2", "613 555-0135"),
 "homecare_on": ("Ridgewood Home & Community Care", "ridgewoodcare.example", "12 Mill Lane, Port Edwin, ON K0X 1B5", "613 555-0188"),
}

NAMS = []
for line in NAMS_TXT.strip().splitlines():
    s, g, d, sx, nam = line.split()
    NAMS.append(dict(last=s, first=g, dob=dt.date.fromisoformat(d), sex=sx, nam=nam))
_nam_order = list(range(len(NAMS)))
R.shuffle(_nam_order)
_nam_i = [0]

def qpat():
    p = dict(NAMS[_nam_order[_nam_i[0] % len(NAMS)]])
    _nam_i[0] += 1
    return p

def qpat_old(maxyear=1956):
    while True:
        p = qpat()
        if p["dob"].year <= maxyear:
            return p

def email_of(first, last, dom):
    import unicodedata
    s = f"{first}.{last}".lower().replace(" ", "").replace("'", "")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return f"{s}@{dom}"

def staff(lang="fr", org="cisss", title=None, sex=None):
    sex = sex or ch("FM")
    if lang == "fr":
        first = ch(F_FR if sex == "F" else M_FR); last = ch(L_FR)
    else:
        first = ch(F_EN if sex == "F" else M_EN); last = ch(L_EN)
    o = ORG[org]
    return dict(first=first, last=last, sex=sex, org=o[0], dom=o[1], addr=o[2], tel=o[3],
                email=email_of(first, last, o[1]), name=f"{first} {last}", title=title)

def dr(lang, org, sex=None):
    s = staff(lang, org, sex=sex)
    if lang == "fr":
        s["pre"] = "Dre" if s["sex"] == "F" else "Dr"
    else:
        s["pre"] = "Dr."
    s["full"] = f"{s['pre']} {s['first']} {s['last']}"
    return s

def pat_name_fr():
    sx = ch("FM"); return dict(first=ch(F_FR if sx == "F" else M_FR), last=ch(L_FR), sex=sx)

def pat_name_en():
    sx = ch("FM"); return dict(first=ch(F_EN if sx == "F" else M_EN), last=ch(L_EN), sex=sx)

def rand_dob(lo=1930, hi=2005):
    return dt.date(R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28))

def gfr(p):
    f = p["sex"] == "F"
    return dict(civ="Mme" if f else "M.", ne="née" if f else "né", il="elle" if f else "il", Il="Elle" if f else "Il",
                pt="patiente" if f else "patient", e="e" if f else "", le="la" if f else "le", lui="elle" if f else "lui",
                cl="cliente" if f else "client", usager="usagère" if f else "usager", res="résidente" if f else "résident")

def gen(p):
    f = p["sex"] == "F"
    return dict(civ="Ms." if f else "Mr.", he="she" if f else "he", He="She" if f else "He", his="her" if f else "his",
                him="her" if f else "him", His="Her" if f else "His")

# ---------------------------------------------------------------- identifiers
def fmt_nam(nam, style=None):
    style = style if style is not None else R.randrange(4)
    if style == 0: return nam
    if style == 1: return f"{nam[:4]} {nam[4:8]} {nam[8:]}"
    if style == 2: return f"{nam[:4]} {nam[4:]}"
    return f"{nam[:4]}-{nam[4:8]}-{nam[8:]}"

def make_sin():
    while True:
        d = str(R.choice([1,2,3,4,5,6,7])) + "".join(str(R.randrange(10)) for _ in range(7))
        for c in "0123456789":
            if luhn.is_valid(d + c):
                s = d + c
                assert ca_sin.is_valid(s)
                return s

def fmt_sin(s, style=None):
    style = style if style is not None else R.randrange(3)
    return [s, f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}"][style]

def make_ohn():
    while True:
        d = str(R.randint(1, 9)) + "".join(str(R.randrange(10)) for _ in range(8))
        c = luhn.calc_check_digit(d)
        s = d + c
        if luhn.is_valid(s):
            return s

def fmt_ohn(s, vc=True, style=None):
    style = style if style is not None else R.randrange(3)
    v = ("-" if style == 2 else " ") + ch(["AB","KT","XZ","HM","PC"]) if vc and R.random() < .6 else ""
    return [s, f"{s[:4]} {s[4:7]} {s[7:]}", f"{s[:4]}-{s[4:7]}-{s[7:]}"][style] + v

def make_niss(dob, sex):
    while True:
        serial = R.randrange(1, 998)
        if (serial % 2 == 1) != (sex == "M"):
            continue
        base = f"{dob:%y%m%d}{serial:03d}"
        n = int(("2" + base) if dob.year >= 2000 else base)
        c = 97 - n % 97
        s = base + f"{c:02d}"
        if be_nn.is_valid(s):
            return s

def fmt_niss(s):
    return f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"

def make_nir(dob, sex):
    while True:
        body = f"{1 if sex == 'M' else 2}{dob:%y%m}{R.choice(['74','69','38','13','75'])}{R.randrange(1,990):03d}{R.randrange(1,999):03d}"
        k = 97 - int(body) % 97
        s = body + f"{k:02d}"
        if fr_nir.is_valid(s):
            return s

def fmt_nir(s):
    return f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"

def mrn_q():
    return ch([lambda: f"{R.randrange(1000000, 9999999)}", lambda: f"H{R.randrange(100000, 999999):06d}",
               lambda: f"{R.randrange(10, 99)}-{R.randrange(10000, 99999)}"])()

def mrn_o():
    return ch([lambda: f"{R.randrange(0, 99999999):08d}", lambda: f"LCH{R.randrange(1000000, 9999999)}",
               lambda: f"M{R.randrange(100000, 999999)}"])()

def luhn_num(n):
    d = str(R.randint(1, 9)) + "".join(str(R.randrange(10)) for _ in range(n - 2))
    return d + luhn.calc_check_digit(d)

def phone(area=None):
    area = area or ch(["450", "819", "579"])
    return f"{area} 555-{R.randrange(100, 200):04d}"

def phone_on():
    return f"613-555-{R.randrange(100, 200):04d}"

STREETS_FR = ["rue des Lilas", "rang Saint-Joseph", "chemin du Lac-Vert", "rue Notre-Dame", "montée Gagnon", "rue de l'Église", "boul. Industriel", "rue des Pins", "avenue du Parc", "rang 4"]
TOWNS_FR = [("Sainte-Florine", "J0X 2B0"), ("Saint-Aurèle", "J0X 1A0"), ("Lac-Brûlé", "J0X 3C0"), ("Val-Ombré", "J0X 4D0")]
STREETS_EN = ["Maple Ave", "Elm St", "Lakeview Dr", "Concession Rd 6", "Bridge St W", "Pine Cres"]

def addr_fr():
    t = ch(TOWNS_FR); return f"{R.randint(12, 2900)}, {ch(STREETS_FR)}, {t[0]} (Québec) {t[1]}"

def addr_en():
    return f"{R.randint(12, 990)} {ch(STREETS_EN)}, Port Edwin, ON K0X {R.randint(1,9)}C{R.randint(0,9)}"

def fdate_fr(d):
    mois = ["janvier","février","mars","avril","mai","juin","juillet","août","septembre","octobre","novembre","décembre"]
    return f"{d.day} {mois[d.month-1]} {d.year}"

def fdate_en(d):
    return d.strftime("%b %d, %Y").replace(" 0", " ")

def fdob(d, lang):
    return ch([d.isoformat(), d.strftime("%d/%m/%Y") if lang == "fr" else d.strftime("%m/%d/%Y"), d.strftime("%Y/%m/%d")])

def age(d, ref=dt.date(2026, 6, 1)):
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))

# ---------------------------------------------------------------- signatures / bits
DISC_FR = ["AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. S'il vous a été transmis par erreur, veuillez en aviser l'expéditeur et le détruire.",
           "Ce message est destiné uniquement à la personne à qui il est adressé. Toute diffusion non autorisée est interdite.",
           ""]
DISC_EN = ["CONFIDENTIALITY NOTICE: This e-mail may contain privileged information. If you received it in error please notify the sender and delete it.",
           "This message is intended only for the addressee. Please consider the environment before printing.", ""]

def sig(s, lang, role=None, disc=True):
    role = role or s.get("title") or ""
    lines = ["", "--", f"{s.get('full', s['name'])}" + (f", {role}" if role else ""), s["org"], s["addr"], f"{'Tél.' if lang == 'fr' else 'Tel'} : {s['tel']} poste {R.randint(2000, 7999)}" if lang == "fr" else f"Tel: {s['tel']} ext. {R.randint(2000, 7999)}"]
    if disc and R.random() < .55:
        d = ch(DISC_FR if lang == "fr" else DISC_EN)
        if d: lines += ["", d]
    return "\n".join(lines)

def short_sig(s):
    return "\n" + ch([s["first"], s["first"][0] + s["last"][0], s["first"] + " " + s["last"][0] + ".", s.get("full", s["name"])])

def quote(text, who, when, lang):
    q = "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))
    if lang == "fr":
        hdr = ch([f"Le {fdate_fr(when.date())} à {when:%H:%M}, {who['name']} <{who['email']}> a écrit :",
                  f"De : {who['name']}\nEnvoyé : {fdate_fr(when.date())} {when:%H:%M}\nObjet : (voir ci-dessous)\n"])
    else:
        hdr = ch([f"On {when:%a, %b %d, %Y at %H:%M}, {who['name']} <{who['email']}> wrote:",
                  f"-----Original Message-----\nFrom: {who['name']} <{who['email']}>\nSent: {when:%A, %B %d, %Y %H:%M}\n"])
    if hdr.startswith("De :") or hdr.startswith("-----"):
        return hdr + "\n" + text.strip("\n")
    return hdr + "\n" + q

def fwd_inline(text, frm, to, subj, when, lang):
    if lang == "fr":
        h = f"---------- Message transféré ----------\nDe : {frm['name']} <{frm['email']}>\nDate : {fdate_fr(when.date())} {when:%H:%M}\nObjet : {subj}\nÀ : {to['name']} <{to['email']}>\n"
    else:
        h = f"---------- Forwarded message ---------\nFrom: {frm['name']} <{frm['email']}>\nDate: {when:%a, %b %d, %Y at %I:%M %p}\nSubject: {subj}\nTo: {to['name']} <{to['email']}>\n"
    return h + "\n" + text

BASE = dt.datetime(2026, 2, 1, 7, 0)
def rdate():
    d = BASE + dt.timedelta(days=R.randrange(0, 290), minutes=R.randrange(0, 11 * 60))
    off = -4 if 3 <= d.month <= 10 else -5
    return d.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))

def addr(s):
    return f"{s['name']} <{s['email']}>"

def ext(first, last, dom):
    return dict(first=first, last=last, name=f"{first} {last}", email=email_of(first, last, dom))
# ---------------------------------------------------------------- attachments (deterministic)
FIXED_ZT = (2026, 1, 1, 0, 0, 0)

def norm_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if info.filename.endswith("core.xml"):
                b = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", b"2026-01-01T00:00:00Z", b)
            zi = zipfile.ZipInfo(info.filename, FIXED_ZT); zi.compress_type = zipfile.ZIP_DEFLATED
            zo.writestr(zi, b)
    return out.getvalue()

def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for name, b in files:
            zi = zipfile.ZipInfo(name, FIXED_ZT); zi.compress_type = zipfile.ZIP_DEFLATED
            zo.writestr(zi, b)
    return out.getvalue()

def make_pdf(title, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title); c.setAuthor("")
    y = 740
    c.setFont("Helvetica-Bold", 13); c.drawString(60, y, title); y -= 26
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
    d.core_properties.author = ""
    d.add_heading(title, 1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, v in enumerate(row):
                t.cell(i, j).text = str(v)
    b = io.BytesIO(); d.save(b)
    return norm_zip(b.getvalue())

def make_xlsx(sheet, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = sheet[:30]
    for r in rows:
        ws.append(list(r))
    wb.properties.creator = "openpyxl"
    wb.properties.created = dt.datetime(2026, 1, 1); wb.properties.modified = dt.datetime(2026, 1, 1)
    b = io.BytesIO(); wb.save(b)
    return norm_zip(b.getvalue())

def make_csv(rows, sep=";"):
    return ("\r\n".join(sep.join(str(c) for c in r) for r in rows) + "\r\n").encode("utf-8")

def make_ics(summary, start, minutes, description, location, organizer, attendees, uid):
    def esc(s): return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    end = start + dt.timedelta(minutes=minutes)
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Outlook//FR", "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT",
             f"UID:{uid}", "DTSTAMP:20260101T120000Z", f"DTSTART;TZID=America/Toronto:{start:%Y%m%dT%H%M%S}",
             f"DTEND;TZID=America/Toronto:{end:%Y%m%dT%H%M%S}", f"SUMMARY:{esc(summary)}",
             f"DESCRIPTION:{esc(description)}", f"LOCATION:{esc(location)}", f"ORGANIZER;CN={organizer['name']}:mailto:{organizer['email']}"]
    for a in attendees:
        lines.append(f"ATTENDEE;CN={a['name']};ROLE=REQ-PARTICIPANT:mailto:{a['email']}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    out = []
    for l in lines:  # fold at 74 octets-ish (chars)
        while len(l) > 74:
            out.append(l[:74]); l = " " + l[74:]
        out.append(l)
    return ("\r\n".join(out) + "\r\n").encode("utf-8")

def make_vcard(fn, last, first, tel=None, adr=None, email=None, org=None, note=None, title=None):
    L = ["BEGIN:VCARD", "VERSION:3.0", f"N:{last};{first};;;", f"FN:{fn}"]
    if org: L.append(f"ORG:{org}")
    if title: L.append(f"TITLE:{title}")
    if tel: L.append(f"TEL;TYPE=HOME,VOICE:{tel}")
    if adr: L.append(f"ADR;TYPE=HOME:;;{adr};;;;")
    if email: L.append(f"EMAIL;TYPE=INTERNET:{email}")
    if note: L.append(f"NOTE:{note}")
    L.append("END:VCARD")
    return ("\r\n".join(L) + "\r\n").encode("utf-8")

# ---------------------------------------------------------------- MIME building
LATIN_MAP = {"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "œ": "oe", "Œ": "OE", "€": "EUR", "\u2009": " ", "\u202f": " "}

def fit_charset(text, cs):
    if cs == "utf-8":
        return text, cs
    t = text
    if cs == "iso-8859-1":
        for a, b in LATIN_MAP.items(): t = t.replace(a, b)
    try:
        t.encode(cs); return t, cs
    except UnicodeEncodeError:
        return text, "utf-8"

def to_html(text):
    import html as H
    paras = text.split("\n\n")
    return "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + \
        "\n".join("<p>" + H.escape(p).replace("\n", "<br>\n") + "</p>" for p in paras) + "\n</body></html>\n"

def set_text(part, text, subtype, cs, cte, add=False):
    text, cs2 = fit_charset(text, cs)
    if cte == "8bit" and any(len(l.encode(cs2)) > 900 for l in text.split("\n")):
        cte = "quoted-printable"
    if cte == "7bit":
        try: text.encode("ascii")
        except UnicodeEncodeError: cte = "quoted-printable"
    if add:
        part.add_alternative(text, subtype=subtype, charset=cs2, cte=cte)
    else:
        part.set_content(text, subtype=subtype, charset=cs2, cte=cte)
    return cs2, cte

_bcount = [0]
def build(rec, tp):
    m = EmailMessage()
    m["From"] = rec["frm"]; m["To"] = rec["to"]
    if rec.get("cc"): m["Cc"] = rec["cc"]
    m["Subject"] = rec["subject"]
    m["Date"] = format_datetime(rec["date"])
    dom = rec["frm"].split("@")[-1].rstrip(">")
    m["Message-ID"] = f"<{R.getrandbits(64):016x}.{R.getrandbits(24):06x}@{dom}>"
    if rec.get("reply"):
        irt = f"<{R.getrandbits(64):016x}@{rec.get('reply_dom', dom)}>"
        m["In-Reply-To"] = irt; m["References"] = irt
    m["MIME-Version"] = "1.0"
    if R.random() < .4:
        m["X-Mailer"] = ch(["Microsoft Outlook 16.0", "Microsoft Outlook 16.0.17928", "Zimbra 9.0.0_GA", "Apple Mail (2.3774)", "Mozilla Thunderbird 128.3"])
    form = tp["form"]; cs = tp["cs"]; cte = tp["cte"]
    text = rec["text"]; html = rec.get("html") or to_html(text)
    used = []
    if form == "html":
        used.append(set_text(m, html, "html", cs, cte))
    else:
        used.append(set_text(m, text, "plain", cs, cte))
        if form == "alt":
            used.append(set_text(m, html, "html", cs, ch(["quoted-printable", "base64", cte]), add=True))
    for a in rec.get("atts", []):
        if a[0] == "eml":
            m.add_attachment(a[1], filename=a[2])
        else:
            data, mt, st, fn = a
            if mt == "text":
                m.add_attachment(data.decode("utf-8"), subtype=st, charset="utf-8", cte="base64" if R.random() < .5 else "quoted-printable", filename=fn, disposition="attachment")
            else:
                m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            _bcount[0] += 1
            part.set_boundary(f"----=_Part_{SEED}_{_bcount[0]:04d}.{R.getrandbits(32):08X}")
    pol = policy.default.clone(linesep="\r\n" if tp["crlf"] else "\n")
    b = m.as_bytes(policy=pol)
    return b, used

def inner_eml(frm, to, subject, text, date, cs="utf-8"):
    m = EmailMessage()
    m["From"] = frm; m["To"] = to; m["Subject"] = subject; m["Date"] = format_datetime(date)
    m["Message-ID"] = f"<{R.getrandbits(64):016x}@{frm.split('@')[-1].rstrip('>')}>"
    m.set_content(text, charset=cs, cte="quoted-printable")
    return m
# ================================================================ POSITIVES
DX_FR = [("MPOC exacerbée", "salbutamol, tiotropium"), ("insuffisance cardiaque FEVG 30 %", "furosémide 40 mg die, bisoprolol 5 mg"),
         ("diabète type 2 mal contrôlé (HbA1c 9,8 %)", "metformine 1000 mg bid, gliclazide"), ("FA nouvellement dx", "apixaban 5 mg bid"),
         ("dépression majeure, idées suicidaires passives", "sertraline 100 mg"), ("trouble neurocognitif majeur", "donépézil 10 mg"),
         ("néo du sein gauche, post-tumorectomie", "létrozole 2,5 mg"), ("IRC stade 4", "calcitriol, furosémide"),
         ("pneumonie LID", "ceftriaxone puis amox-clav"), ("cellulite jambe droite", "céphalexine 500 mg qid"),
         ("hypothyroïdie", "lévothyroxine 100 mcg"), ("trouble lié à l'usage d'opioïdes", "buprénorphine-naloxone 8 mg")]
DX_EN = [("CHF exacerbation", "furosemide 40 mg IV bid"), ("COPD exac", "prednisone 40 mg x5d, azithro"), ("NSTEMI", "ASA, ticagrelor, heparin"),
         ("new onset AFib", "apixaban 5 mg bid, metoprolol"), ("urosepsis", "pip-tazo"), ("hip fracture, post ORIF", "hydromorphone prn, enoxaparin"),
         ("DKA resolving", "insulin infusion -> basal/bolus"), ("alcohol withdrawal", "CIWA protocol, lorazepam"), ("C. diff colitis", "oral vancomycin 125 mg qid"),
         ("major depressive disorder", "escitalopram 10 mg"), ("pancreatitis", "NPO, IV fluids"), ("stroke, L MCA", "ASA 81, atorvastatin 80")]

def R_rec(**kw):
    kw.setdefault("atts", []); kw.setdefault("cc", None); kw.setdefault("html", None); kw.setdefault("reply", False)
    kw.setdefault("date", rdate())
    return kw

def p_referral_fr():
    p = qpat(); g = gfr(p); md = dr("fr", "gmf"); sp = dr("fr", "hosp_q"); dx, med = ch(DX_FR)
    if R.random() < .35:  # the specialist happens to share the patient's surname
        sp["last"] = p["last"]; sp["name"] = f"{sp['first']} {sp['last']}"; sp["email"] = email_of(sp["first"], sp["last"], sp["dom"])
    spec = ch(["cardiologie", "pneumologie", "médecine interne", "gériatrie", "endocrinologie"])
    t = f"""Bonjour {sp['pre']} {sp['last']},

Je vous réfère {g['civ']} {p['first']} {p['last']}, {g['ne']} le {fdob(p['dob'],'fr')}, NAM {fmt_nam(p['nam'])}, pour évaluation en {spec}.

Motif : {dx}.
Rx actuelle : {med}.
{g['Il']} est suivi{g['e']} au GMF depuis {R.randint(2009, 2022)}. Priorité {ch(['B (< 10 jours)', 'C (< 28 jours)', 'D (< 3 mois)'])}.

Le formulaire AH-{ch(['702','750'])} suit par fax. Merci de votre aide.
{sig(md, 'fr', 'médecin de famille')}"""
    return R_rec(cat="referral", conf=True, types=["patient_name", "ramq_nam", "date_of_birth", "diagnosis", "medication"], lang="fr",
                 note="référence GMF vers spécialiste : nom, NAM, date de naissance, dx et Rx", frm=addr(md), to=addr(sp),
                 subject=ch([f"Référence {spec} - {p['last']} {p['first']}", f"Réf. {spec}", f"Demande de consultation {spec} / {p['last']}"]), text=t)

def p_consult_en():
    q = pat_name_en(); g = gen(q); hn = make_ohn(); mrn = mrn_o(); d = rand_dob(1935, 1990); dx, med = ch(DX_EN)
    c = dr("en", "ont"); f = dr("en", "fht")
    t = f"""Dear {f['pre']} {f['last']},

Thank you for referring {q['first']} {q['last']} (DOB {fdob(d,'en')}, OHIP {fmt_ohn(hn)}, LCH MRN {mrn}), seen in clinic today.

Impression: {dx}. {g['He']} is stable for outpatient management.
Plan:
- continue {med}
- repeat bloodwork (CBC, lytes, Cr) in 2 weeks
- follow-up with me in {R.randint(4, 12)} weeks; {g['he']} knows to go to ED if worse

Full consult note to follow via HRM.

Regards,
{sig(c, 'en', ch(['MD FRCPC, Internal Medicine', 'MD, Cardiology', 'MD FRCPC']))}"""
    return R_rec(cat="consult_reply", conf=True, types=["patient_name", "ca_health_number", "mrn", "date_of_birth", "diagnosis", "medication"], lang="en",
                 note="consult reply letter with patient name, OHIP number, MRN, dx and plan", frm=addr(c), to=addr(f),
                 subject=ch([f"Consult - {q['last']}, {q['first']}", "Re: consult request", f"Consultation note {q['last']}"]), text=t)

def p_signout_en():
    c = dr("en", "ont"); c2 = dr("en", "ont")
    rows = []
    for i in range(R.randint(4, 8)):
        q = pat_name_en(); dx, med = ch(DX_EN)
        rows.append(f"{ch(['4W','3E','ICU','5N'])}-{R.randint(1,30):02d} {q['last']}, {q['first'][0]}. {mrn_o()} {R.randint(19,96)}{q['sex']} - {dx}; {ch(['f/u AM lytes','NPO after MN','family mtg tmrw','DNR','watch BP','K 3.1 replace','CT head if drop GCS'])}")
    t = "Sign-out for tonight:\n\n" + "\n".join(rows) + f"\n\nNothing pending on the rest. Pager 555-{R.randint(1000,1999)} if needed\n{c['first']}"
    return R_rec(cat="signout_list", conf=True, types=["patient_name", "mrn", "diagnosis"], lang="en",
                 note="overnight sign-out list: patient surnames, MRNs, ages and diagnoses", frm=addr(c), to=addr(c2),
                 subject=ch(["signout", "Sign out 4W", "handover tonight", "SO"]), text=t)

def p_garde_fr():
    m = dr("fr", "hosp_q"); m2 = dr("fr", "hosp_q")
    rows = []; kinds = set()
    for i in range(R.randint(4, 7)):
        p = qpat(); dx, med = ch(DX_FR)
        k = ch(["mrn", "ramq_nam"]); kinds.add(k)
        idv = f"dos. {mrn_q()}" if k == "mrn" else fmt_nam(p['nam'], 0)
        rows.append(f"ch {R.randint(201, 340)} {p['last'].upper()} {p['first']} ({idv}) {age(p['dob'])}a — {dx} — {ch(['à réévaluer AM','labos 6h','famille appelle','ajuster insuline'] + (['pas de réa','attente CHSLD'] if age(p['dob']) > 70 else []))}")
    t = "Salut,\n\nListe pour la garde :\n" + "\n".join(rows) + f"\n\nRien d'autre. Bonne garde\n{m['first']}"
    return R_rec(cat="liste_garde", conf=True, types=["patient_name", "diagnosis"] + sorted(kinds), lang="fr",
                 note="liste de passation de garde : noms, n° de dossier ou NAM, âge, diagnostics", frm=addr(m), to=addr(m2),
                 subject=ch(["garde ce soir", "Liste 3e", "passation", "Liste patients MI"]), text=t)

def p_booking_fr():
    p = qpat(); g = gfr(p); a = staff("fr", "clsc"); b = staff("fr", "hosp_q"); tel = phone()
    d = rdate()
    t = f"""Bonjour,

Pouvez-vous céduler {g['civ']} {p['last']} {p['first']} (NAM {fmt_nam(p['nam'])}) pour son {ch(['écho abdominale','scan thoracique','holter 24h','test d’effort','IRM genou'])} ? {g['Il']} n'est pas disponible les mardis.
Rejoindre au {tel} (cell) ou laisser message.

Merci !
{sig(a, 'fr', 'agente administrative')}"""
    return R_rec(cat="booking", conf=True, types=["patient_name", "ramq_nam", "patient_contact"], lang="fr",
                 note="demande de rendez-vous avec nom, NAM et téléphone personnel de l'usager", frm=addr(a), to=addr(b),
                 subject=ch(["RDV à céduler", f"Prise de RDV {p['last']}", "céduler svp"]), text=t)

def p_critical_en():
    q = pat_name_en(); lab = staff("en", "ont"); c = dr("en", "ont"); mrn = mrn_o()
    v = ch([("Potassium", "6.9 mmol/L"), ("Troponin hs", "812 ng/L"), ("Hgb", "58 g/L"), ("Sodium", "117 mmol/L"), ("INR", "7.4"), ("Glucose", "1.9 mmol/L")])
    t = f"""CRITICAL VALUE - called to {c['pre']} {c['last']} at {R.randint(0,23):02d}:{R.randint(0,59):02d}, read back OK.

Pt: {q['last'].upper()}, {q['first']}   MRN: {mrn}
{v[0]}: {v[1]}  (collected {R.randint(1,12)}h ago, ED)

Documented in LIS. Please ack.
{lab['first']} {lab['last']}, MLT
Core Lab, {lab['org']}"""
    return R_rec(cat="critical_value", conf=True, types=["patient_name", "mrn", "lab_result"], lang="en",
                 note="critical lab value with patient name, MRN and result", frm=addr(lab), to=addr(c),
                 subject=ch(["CRITICAL VALUE", f"Critical {v[0]} - {q['last']}", "crit value ED"]), text=t)

def p_labo_fr():
    p = qpat(); g = gfr(p); inf = staff("fr", "gmf"); md = dr("fr", "gmf")
    t = f"""{md['first']},

Résultats reçus pour {p['first']} {p['last']} ({fmt_nam(p['nam'])}) :
- INR {ch(['4,6','5,2','1,3','3,9'])}
- créat {R.randint(70, 260)} µmol/L, DFGe {R.randint(18, 80)}
- K+ {ch(['5,8','3,1','4,2'])}

{g['Il']} prend {ch(['warfarine 5 mg','warfarine 2,5 mg en alternance'])}. On ajuste ou on attend ton retour? Je l'appelle cet après-midi.
{short_sig(inf)}"""
    return R_rec(cat="resultats_labo", conf=True, types=["patient_name", "ramq_nam", "lab_result", "medication"], lang="fr",
                 note="résultats de laboratoire transmis entre infirmière et médecin avec nom et NAM", frm=addr(inf), to=addr(md),
                 subject=ch(["labos", f"INR {p['last']}", "résultats à voir"]), text=t)

def p_discharge_pdf():
    lang = ch(["fr", "fr", "en"])
    if lang == "fr":
        p = qpat(); g = gfr(p); md = dr("fr", "hosp_q"); to = dr("fr", "gmf"); dx, med = ch(DX_FR)
        lines = [f"Nom : {p['last'].upper()}, {p['first']}", f"Date de naissance : {p['dob']}", f"NAM : {fmt_nam(p['nam'],1)}   Dossier : {mrn_q()}",
                 f"Admission : {fdate_fr(rdate().date())}", f"Diagnostic principal : {dx}", f"Médication au congé : {med}", "Suivi : GMF dans 7 à 10 jours, bilan sanguin dans 1 semaine.",
                 f"Médecin traitant : {md['pre']} {md['first']} {md['last']}"]
        pdf = make_pdf("Résumé de départ / Sommaire d'hospitalisation", lines)
        t = f"Bonjour,\n\nCi-joint le résumé de départ de votre {g['pt']}, congé{g['e'] if False else ''} ce matin.\n{short_sig(md)}\nArchives médicales - {md['org']}"
        return R_rec(cat="discharge_summary", conf=True, types=["patient_name", "ramq_nam", "mrn", "date_of_birth", "diagnosis", "medication"], lang="fr",
                     note="résumé de départ en PDF joint avec nom, NAM, dossier, dx et médication", frm=addr(md), to=addr(to),
                     subject=ch(["Résumé de départ", "Sommaire hospitalisation", f"Congé {p['last']}"]), text=t,
                     atts=[(pdf, "application", "pdf", f"resume_depart_{p['last'].lower()}.pdf")])
    q = pat_name_en(); c = dr("en", "ont"); f = dr("en", "fht"); dx, med = ch(DX_EN); d = rand_dob()
    lines = [f"Patient: {q['last'].upper()}, {q['first']}   DOB: {d}", f"Health card: {fmt_ohn(make_ohn())}   MRN: {mrn_o()}", f"Most responsible diagnosis: {dx}",
             f"Discharge medications: {med}", "Follow-up: family physician 1 week, labs in 5 days", f"Attending: {c['pre']} {c['first']} {c['last']}"]
    pdf = make_pdf("Discharge Summary", lines)
    t = f"Hi,\n\nPlease find attached the discharge summary for your patient, discharged yesterday.\n\nHealth Records\n{c['org']}"
    return R_rec(cat="discharge_summary", conf=True, types=["patient_name", "ca_health_number", "mrn", "date_of_birth", "diagnosis", "medication"], lang="en",
                 note="discharge summary PDF attached with name, health number, MRN, dx, meds", frm=addr(c), to=addr(f),
                 subject=ch(["Discharge summary", "D/C summary attached", "Discharge summary - LCH"]), text=t,
                 atts=[(pdf, "application", "pdf", "discharge_summary.pdf")])

def p_concil_fr():
    p = qpat(); g = gfr(p); ph = staff("fr", ch(["pharm", "pharm2"])); hp = staff("fr", "hosp_q")
    meds = R.sample(["amlodipine 5 mg die", "atorvastatine 40 mg hs", "metformine 500 mg bid", "pantoprazole 40 mg die", "quétiapine 25 mg hs", "lorazépam 0,5 mg hs prn", "apixaban 2,5 mg bid", "furosémide 20 mg die", "insuline glargine 22 u hs"], 5)
    t = f"""Bonjour,

Suite à votre demande, voici le profil pharmacologique de {g['civ']} {p['first']} {p['last']} (DDN {fdob(p['dob'],'fr')}) :

""" + "\n".join("- " + m for m in meds) + f"""

Dernier service : {fdate_fr(rdate().date())}. À noter : {g['il']} a cessé {meds[-1].split()[0]} de son propre chef en {ch(['janvier','mars','mai'])}.

{ph['first']} {ph['last']}, pharmacien{'ne' if ph['sex']=='F' else ''}
{ph['org']} — {ph['tel']}"""
    return R_rec(cat="conciliation_med", conf=True, types=["patient_name", "date_of_birth", "medication"], lang="fr",
                 note="profil pharmacologique d'un patient nommé envoyé par la pharmacie communautaire", frm=addr(ph), to=addr(hp),
                 subject=ch(["Profil pharmaco", "Conciliation médicamenteuse", f"RE: profil {p['last']}"]), text=t, reply=True)

def p_sad_fr():
    p = qpat(); g = gfr(p); ts = staff("fr", "hosp_q"); clsc = staff("fr", "clsc"); dx, _ = ch(DX_FR)
    t = f"""Bonjour,

Demande de services SAD pour {g['civ']} {p['last']} {p['first']}, {age(p['dob'])} ans, NAM {fmt_nam(p['nam'])}.
Adresse : {addr_fr()}
Tél. : {phone()}
Dx : {dx}. Retour à domicile prévu {ch(['jeudi','vendredi','lundi'])}. {g['Il']} vit seul{g['e']}, besoin d'aide au bain et suivi inf. pour {ch(['pansement','injections','glycémies'])}.

Merci de confirmer la prise en charge.
{sig(ts, 'fr', 'travailleuse sociale' if ts['sex']=='F' else 'travailleur social')}"""
    return R_rec(cat="demande_sad", conf=True, types=["patient_name", "ramq_nam", "patient_contact", "diagnosis", "social_information"], lang="fr",
                 note="demande de soutien à domicile : nom, NAM, adresse, téléphone, dx", frm=addr(ts), to=addr(clsc),
                 subject=ch(["Demande SAD", "Référence SAD - congé", "Nouvelle demande soutien à domicile"]), text=t)

def p_transport():
    if R.random() < .6:
        p = qpat_old(); g = gfr(p); a = staff("fr", "chsld"); b = ext("Transport", "Adapté", "transport-valdesrives.example")
        t = f"""Bonjour,

Transport aller-retour SVP pour {p['first']} {p['last']} ({g['res']}, fauteuil roulant)
Départ : {addr_fr()}
Destination : Hôpital régional, clinique de {ch(['dialyse','oncologie','ophtalmologie'])}, le {fdate_fr(rdate().date())} à {R.randint(8,14)}h{ch(['00','30'])}
Contact famille : {phone()}

Merci
{short_sig(a)}
{a['org']}"""
        return R_rec(cat="transport", conf=True, types=["patient_name", "patient_contact", "diagnosis"], lang="fr",
                     note="demande de transport adapté : nom, adresse de départ, destination clinique, téléphone", frm=addr(a), to=addr(b),
                     subject=ch(["Transport", "demande transport adapté", "transport dialyse"]), text=t)
    q = pat_name_en(); a = staff("en", "ont")
    t = f"""Hi,

Please book stretcher transport home for {q['first']} {q['last']}, d/c tomorrow 11:00.
Home address: {addr_en()}
Phone: {phone_on()} (daughter)
On 2L O2.

Thanks,
{a['first']}
Patient Flow, {a['org']}"""
    return R_rec(cat="transport", conf=True, types=["patient_name", "patient_contact"], lang="en",
                 note="non-urgent transport booking with patient name, home address and phone", frm=addr(a), to="bookings@swiftmedtransport.example",
                 subject="Transport booking", text=t)

def p_dpj_fr():
    kid = qpat()
    while kid["dob"].year < 2006:
        kid = qpat()
    g = gfr(kid); ts = staff("fr", "clsc")
    t = f"""Bonjour,

Tel que discuté au téléphone, je vous confirme le signalement concernant {kid['first']} {kid['last']}, {g['ne']} le {fdob(kid['dob'],'fr')}.
Motifs : {ch(['négligence sur le plan de la santé et de l’éducation','exposition à la violence conjugale','abus physique allégué'])}. La mère {ch(['est hébergée en maison d’hébergement depuis 2 semaines','a perdu son logement','consomme selon l’école'])}.
L'enfant fréquente l'école {ch(['des Berges','Sainte-Florine','du Boisé'])}.

Je reste disponible pour la suite.
{sig(ts, 'fr', 'T.S., équipe jeunesse')}"""
    return R_rec(cat="signalement_dpj", conf=True, types=["patient_name", "date_of_birth", "social_information"], lang="fr",
                 note="signalement DPJ : nom et date de naissance d'un enfant, motifs, situation familiale", frm=addr(ts), to="rts.dpj@cisss-valdesrives.example",
                 subject=ch(["Signalement", "Confirmation signalement", "suivi appel DPJ"]), text=t)

def p_cnesst_fr():
    p = qpat(); g = gfr(p); a = staff("fr", "hosp_q"); s = make_sin()
    t = f"""Bonjour,

Pour la réclamation CNESST de {g['civ']} {p['last']} {p['first']}, voici les infos manquantes :
NAS : {fmt_sin(s)}
NAM : {fmt_nam(p['nam'])}
Date de l'événement : {fdate_fr(rdate().date())}
Dx : {ch(['entorse lombaire','fracture du poignet droit','lacération main gauche, 6 points','tendinite épaule'])}

Facture et attestation médicale à suivre.
{sig(a, 'fr', 'agente de facturation')}"""
    return R_rec(cat="facturation_assureur", conf=True, types=["patient_name", "ca_sin", "ramq_nam", "diagnosis"], lang="fr",
                 note="réclamation CNESST avec nom, NAS, NAM et diagnostic", frm=addr(a), to="reclamations@cnesst-exemple.example",
                 subject=ch(["Réclamation - info manquante", f"Dossier CNESST {p['last']}", "RE: réclamation"]), text=t)

def p_research_xlsx():
    lang = ch(["en", "fr"])
    rows = [["Study ID", "Name", "MRN", "DOB", "Arm", "Visit 2", "AE"]] if lang == "en" else [["No étude", "Nom", "Dossier", "DDN", "Bras", "Visite 2", "EI"]]
    for i in range(R.randint(6, 12)):
        if lang == "en":
            q = pat_name_en(); rows.append([f"LK-{R.randint(100,399)}", f"{q['last']}, {q['first']}", mrn_o(), str(rand_dob(1940, 1990)), ch(["A","B"]), ch(["done","missed","sched"]), ch(["", "", "nausea gr1", "rash"])])
        else:
            p = qpat(); rows.append([f"VR-{R.randint(100,399)}", f"{p['last']}, {p['first']}", mrn_q(), str(p['dob']), ch(["A","B"]), ch(["fait","manqué","prévu"]), ch(["", "", "nausée gr1", "céphalée"])])
    x = make_xlsx("participants", rows)
    rt = ["patient_name", "mrn", "date_of_birth"] + (["diagnosis"] if any(r[6] for r in rows[1:]) else [])
    if lang == "en":
        c = staff("en", "ont"); t = f"Hi,\n\nUpdated participant tracker attached for the monitoring visit Thursday. Let me know if anything's missing.\n\n{c['first']} {c['last']}\nResearch Coordinator, {c['org']}"
        return R_rec(cat="research_tracker", conf=True, types=rt, lang="en",
                     note="research participant tracker XLSX with names, MRNs, DOB and adverse events", frm=addr(c), to="cra.monitoring@cro-northstar.example",
                     subject=ch(["tracker update", "Participant log - monitoring", "Updated tracker"]), text=t, atts=[(x, "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", "tracker.xlsx")])
    c = staff("fr", "hosp_q"); t = f"Bonjour,\n\nVoici la liste à jour des participants pour la visite de monitorage.\n\n{c['first']}\nCoordonnatrice de recherche"
    return R_rec(cat="research_tracker", conf=True, types=rt, lang="fr",
                 note="liste XLSX des participants de recherche avec noms, dossiers, DDN et événements indésirables", frm=addr(c), to="moniteur@cro-boreal.example",
                 subject="Liste participants", text=t, atts=[(x, "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", "participants_maj.xlsx")])

def p_incident_fr():
    p = qpat_old(); g = gfr(p); inf = staff("fr", "chsld"); gest = staff("fr", "chsld"); ac = ch(['apixaban','clopidogrel','aucun anticoagulant'])
    t = f"""Rapport AH-223 complété pour la chute de {g['civ']} {p['last']} (dossier {mrn_q()}), ch. {R.randint(101, 260)}, {fdate_fr(rdate().date())} vers {R.randint(0, 5)}h.
Trouvé{g['e']} au sol près du lit, {ch(['hématome frontal','douleur hanche G, RX demandée','aucune blessure apparente'])}. Famille avisée. Sous {ac}.
Gravité : {ch(['C','D','E1'])}.

{inf['first']} {inf['last']}, inf. aux.-chef"""
    return R_rec(cat="incident", conf=True, types=["patient_name", "mrn", "diagnosis"] + (["medication"] if not ac.startswith("aucun") else []), lang="fr",
                 note="déclaration d'incident (chute) avec nom du résident, dossier et blessure", frm=addr(inf), to=addr(gest),
                 subject=ch(["AH-223 chute", "Déclaration incident", "chute nuit dernière"]), text=t)

def p_subject_only_fr():
    p = qpat(); a = staff("fr", ch(["gmf", "clsc"])); b = staff("fr", "hosp_q")
    s = ch([f"{p['last']} {p['first']} {fmt_nam(p['nam'])} - RDV", f"RE: {p['last'].upper()} {p['first']} NAM {p['nam']}", f"{fmt_nam(p['nam'])} {p['last']} - annuler écho"])
    t = ch(["ok c'est fait merci", "Fait. Confirmation envoyée.", "Voir objet, merci de rappeler l'usager", "réglé"]) + "\n" + short_sig(a)
    return R_rec(cat="objet_seulement", conf=True, types=["patient_name", "ramq_nam"], lang="fr",
                 note="nom et NAM de l'usager seulement dans l'objet, corps laconique", frm=addr(a), to=addr(b), subject=s, text=t, reply=s.startswith("RE"))

def p_split_fr():
    p = qpat(); g = gfr(p); a = staff("fr", "gmf"); md = dr("fr", "gmf")
    s = ch([f"{g['civ']} {p['last']}", f"{p['first']} {p['last']}", f"{p['last']} - suivi"])
    t = ch([f"son INR est à {ch(['4,8','5,6'])} ce matin, je suspends coumadin ce soir et reprise à {ch(['2,5','3'])} mg?",
            f"Glycémies à jeun entre 14 et 19 toute la semaine, {g['il']} dit qu'{g['il']} prend sa metformine. On augmente lantus?",
            f"a appelé, dlr thoracique depuis hier soir, je lui ai dit d'aller à l'urgence"]) + "\n" + short_sig(a)
    ty = ["patient_name", "lab_result", "medication"] if "INR" in t or "Glyc" in t else ["patient_name", "diagnosis"]
    return R_rec(cat="objet_corps", conf=True, types=ty, lang="fr",
                 note="nom de la patiente dans l'objet, résultat clinique dans le corps", frm=addr(a), to=addr(md), subject=s, text=t)

def p_quoted_reply():
    if R.random() < .55:
        p = qpat(); g = gfr(p); a = dr("fr", "hosp_q"); b = dr("fr", "gmf"); dx, med = ch(DX_FR); when = rdate()
        orig = f"Bonjour,\n\n{g['civ']} {p['last']} {p['first']} ({fmt_nam(p['nam'])}) a été vu{g['e']} à l'urgence hier pour {dx}. Pouvez-vous {g['le']} revoir d'ici 1 semaine? Rx : {med}.\n\nMerci\n{a['full']}"
        t = ch(["Reçu, on le met à l'horaire mardi.", "OK merci, vu.", "Parfait, je m'en occupe."]) + "\n" + short_sig(b) + "\n\n" + quote(orig, a, when, "fr")
        return R_rec(cat="reponse_citee", conf=True, types=["patient_name", "ramq_nam", "diagnosis", "medication"], lang="fr",
                     note="réponse brève au-dessus d'un message cité contenant nom, NAM et diagnostic", frm=addr(b), to=addr(a),
                     subject=f"RE: {ch(['suivi urgence', 'visite urgence', 'à revoir'])}", text=t, reply=True)
    q = pat_name_en(); a = dr("en", "ont"); b = staff("en", "homecare_on"); dx, med = ch(DX_EN); when = rdate()
    orig = f"Hi,\n\n{q['first']} {q['last']} (MRN {mrn_o()}) going home Friday after {dx}. Needs nursing for {ch(['wound care','IV antibiotics','drain care'])} x2/wk.\n\nThanks,\n{a['full']}"
    t = ch(["Got it, referral accepted.", "Thanks - intake done, first visit Sat.", "Received."]) + "\n" + short_sig(b) + "\n\n" + quote(orig, a, when, "en")
    return R_rec(cat="quoted_reply", conf=True, types=["patient_name", "mrn", "diagnosis"], lang="en",
                 note="short reply on top of quoted message with patient name, MRN, diagnosis", frm=addr(b), to=addr(a),
                 subject="RE: home care referral", text=t, reply=True)

def p_fwd_inline_en():
    q = pat_name_en(); a = staff("en", "ont"); b = dr("en", "ont"); c = staff("en", "ont"); when = rdate(); dx, med = ch(DX_EN)
    orig = f"Patient {q['last']}, {q['first']} MRN {mrn_o()} called re: {ch(['missed dose of','side effects from','refill for'])} {ch(['apixaban','metoprolol','insulin glargine','escitalopram','furosemide','hydromorphone'])}. Hx {dx}. Call back {phone_on()}."
    t = ch(["FYI - can you handle?", "See below, pls call back today", "fwd for action"]) + "\n" + short_sig(c) + "\n\n" + fwd_inline(orig, a, c, "Phone msg", when, "en")
    return R_rec(cat="inline_forward", conf=True, types=["patient_name", "mrn", "diagnosis", "medication", "patient_contact"], lang="en",
                 note="inline forward of phone message with patient name, MRN, meds and callback number", frm=addr(c), to=addr(b),
                 subject="Fwd: Phone msg", text=t)

def p_fwd_att_fr():
    p = qpat(); g = gfr(p); a = dr("fr", "hosp_q"); b = staff("fr", "hosp_q"); c = staff("fr", "clsc"); dx, med = ch(DX_FR)
    it = f"Bonjour,\n\n{p['last']} {p['first']}, {g['ne']} {fdob(p['dob'],'fr')}, dossier {mrn_q()} : {dx}. Congé prévu demain, prévoir suivi CLSC.\n\n{a['full']}"
    inner = inner_eml(addr(a), addr(b), f"Congé {p['last']}", it, rdate())
    t = ch(["Pour suivi, voir courriel joint.", "Je te transfère ça, merci de prendre en charge.", "FYI"]) + "\n" + short_sig(b)
    return R_rec(cat="transfert_piece_jointe", conf=True, types=["patient_name", "date_of_birth", "mrn", "diagnosis"], lang="fr",
                 note="courriel transféré en pièce jointe .eml contenant nom, DDN, dossier, diagnostic", frm=addr(b), to=addr(c),
                 subject=ch(["TR: Congé", "Tr: suivi CLSC", "Fwd"]), text=t, atts=[("eml", inner, "message_transfere.eml")])

def p_ics_appt():
    p = qpat(); g = gfr(p); a = staff("fr", "clsc"); b = staff("fr", "clsc"); st = rdate().replace(tzinfo=None, hour=R.randint(8, 15), minute=0)
    ics = make_ics(f"Visite à domicile - {p['last']} {p['first']}", st, 60,
                   f"NAM {p['nam']}\n{addr_fr()}\nTél. {phone()}\n{ch(['Pansement ulcère jambe G','Suivi post-AVC','Évaluation OEMC'])}", "Domicile de l'usager",
                   a, [b], f"{R.getrandbits(48):012x}@cisss-valdesrives.example")
    t = f"Visite ajoutée à ton horaire.\n{short_sig(a)}"
    return R_rec(cat="invitation_ics", conf=True, types=["patient_name", "ramq_nam", "patient_contact", "diagnosis"], lang="fr",
                 note="invitation ICS d'une visite à domicile avec nom, NAM, adresse et soin", frm=addr(a), to=addr(b),
                 subject=f"Invitation : Visite à domicile - {p['last']}", text=t, atts=[(ics, "text", "calendar", "invite.ics")])

def p_vcard_fr():
    p = qpat(); g = gfr(p); a = staff("fr", "clsc"); b = staff("fr", "clsc"); tel = phone(); ad = addr_fr()
    vc = make_vcard(f"{p['first']} {p['last']}", p["last"], p["first"], tel=tel, adr=ad, note=f"Usager{'ère' if p['sex']=='F' else ''} SAD - {ch(['soins palliatifs','oxygénothérapie','diabète insulinotraité'])}")
    t = f"Salut,\n\nCoordonnées de {g['le']} {g['cl']} pour ta tournée de jeudi en pièce jointe. Sonner 2 fois, {g['il']} entend mal.\n{short_sig(a)}"
    return R_rec(cat="vcard_usager", conf=True, types=["patient_name", "patient_contact", "diagnosis"], lang="fr",
                 note="vCard de l'usager (adresse, téléphone, type de soins) pour la tournée SAD", frm=addr(a), to=addr(b),
                 subject=ch(["coordonnées client", "Nouveau client tournée jeudi", "vcard"]), text=t, atts=[(vc, "text", "vcard", f"{p['last']}.vcf")])

def p_zip_csv_en():
    a = staff("en", "ont"); rows = [["last_name", "first_name", "health_no", "dob", "clinic", "reason"]]
    for i in range(R.randint(8, 15)):
        q = pat_name_en(); rows.append([q["last"], q["first"], make_ohn(), str(rand_dob()), ch(["Diabetes","Ortho","Fracture","Cardio"]), ch(["no-show", "reschedule", "results pending"])])
    z = make_zip([("export/clinic_list.csv", make_csv(rows, ","))])
    t = f"Hi,\n\nZipped export of the clinic list as requested (password sent separately).\n\n{a['first']}\nDecision Support, {a['org']}"
    return R_rec(cat="zip_export", conf=True, types=["patient_name", "ca_health_number", "date_of_birth", "diagnosis"], lang="en",
                 note="ZIP with CSV of patients: names, Ontario health numbers, DOB and clinic", frm=addr(a), to="analyst@ohta-consulting.example",
                 subject=ch(["clinic list export", "Export", "data request"]), text=t, atts=[(z, "application", "zip", "export.zip")])

def p_xlsx_attente_fr():
    a = staff("fr", "hosp_q"); rows = [["Nom", "Prénom", "NAM", "Priorité", "Chirurgie", "Date inscription"]]
    for i in range(R.randint(6, 12)):
        p = qpat(); rows.append([p["last"], p["first"], p["nam"], ch(["P2", "P3", "P4"]), ch(["PTG", "PTH", "cholécystectomie", "hernie inguinale", "cataracte OD"]), str(rdate().date())])
    x = make_xlsx("Liste attente", rows)
    t = f"Bonjour,\n\nVoici la liste d'attente en chirurgie à jour pour la rencontre de mardi.\n\n{a['first']} {a['last']}\nAgente administrative, bloc opératoire"
    return R_rec(cat="liste_attente_xlsx", conf=True, types=["patient_name", "ramq_nam", "diagnosis"], lang="fr",
                 note="liste d'attente chirurgicale XLSX avec noms, NAM et chirurgie prévue", frm=addr(a), to="gestion.bloc@cisss-valdesrives.example",
                 subject=ch(["Liste d'attente chx", "liste attente MAJ", "Liste pour mardi"]), text=t, atts=[(x, "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", "liste_attente.xlsx")])

def p_docx_en():
    q = pat_name_en(); c = dr("en", "ont"); f = dr("en", "fht"); dx, med = ch(DX_EN); d = rand_dob()
    dx_ = make_docx("Consultation Note", [f"Patient: {q['first']} {q['last']}", f"DOB: {d}   MRN: {mrn_o()}", f"Reason for referral: {dx}",
                                          f"Assessment: stable. Continue {med}.", f"{c['full']}, {c['org']}"])
    t = f"Consult note attached.\n\n{c['full']}"
    return R_rec(cat="consult_docx", conf=True, types=["patient_name", "date_of_birth", "mrn", "diagnosis", "medication"], lang="en",
                 note="consultation note as DOCX attachment with patient name, DOB, MRN, dx", frm=addr(c), to=addr(f),
                 subject=ch(["consult note", f"Consult {q['last']}", "Note"]), text=t,
                 atts=[(dx_, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", "consult_note.docx")])

FW = str.maketrans("0123456789", "０１２３４５６７８９")
def p_disguised_fr():
    p = qpat(); g = gfr(p); a = staff("fr", "gmf"); b = staff("fr", "hosp_q"); n = p["nam"]
    style = R.randrange(4)
    if style == 0: ident = " ".join(n)
    elif style == 1: ident = ".".join([n[:4], n[4:6], n[6:8], n[8:10], n[10:]])
    elif style == 2: ident = n[:4] + n[4:].translate(FW)
    else: ident = f"{n[:6]}\n{n[6:]}"
    t = f"""Salut,

Pour {p['first']} {p['last'][0]}. — j'ai mis le NAM {['avec des espaces','avec des points','en chiffres bizarres','en deux morceaux'][style]} pour pas que le courriel bloque :
{ident}
{g['Il']} est en attente de {ch(['colo','gastro','scopie'])} depuis {R.randint(5, 14)} mois, {ch(['sang dans les selles','perte de poids 8 kg','anémie ferriprive'])}. Peux-tu vérifier où {g['il']} en est?
{short_sig(a)}"""
    return R_rec(cat="identifiant_deguise", conf=True, types=["ramq_nam", "patient_name", "diagnosis"], lang="fr",
                 note="NAM volontairement déguisé (espaces, points, chiffres pleine chasse ou coupé) avec symptômes", frm=addr(a), to=addr(b),
                 subject=ch(["question liste attente", "suivi", "?"]), text=t)

def p_niss_fr():
    sx = ch("FM"); p = pat_name_fr(); p["sex"] = sx; g = gfr(p); d = rand_dob(1945, 2000); n = make_niss(d, sx)
    a = staff("fr", "hosp_q"); b = ext(ch(F_FR), ch(["Dewulf", "Lambert", "Peeters", "Jacobs"]), "chu-liege-sud.example")
    t = f"""Bonjour Madame, Monsieur,

{g['civ']} {p['first']} {p['last']}, ressortissant{g['e']} belge (NISS {fmt_niss(n)}), a été hospitalisé{g['e']} chez nous du {fdate_fr(rdate().date())} pour {ch(['infarctus','pneumonie','fracture de la cheville'])}.
Nous organisons son rapatriement. Pouvez-vous confirmer la prise en charge à votre arrivée et la mutualité?

Cordialement,
{sig(a, 'fr', 'coordonnatrice des transferts' if a['sex']=='F' else 'coordonnateur des transferts')}"""
    return R_rec(cat="patient_belge", conf=True, types=["patient_name", "be_niss", "diagnosis"], lang="fr",
                 note="rapatriement d'un patient belge avec nom, NISS et motif d'hospitalisation", frm=addr(a), to=addr(b),
                 subject=ch(["Rapatriement patient", "Transfert Belgique", "Demande de prise en charge"]), text=t)

def p_nir_fr():
    sx = ch("FM"); p = pat_name_fr(); p["sex"] = sx; g = gfr(p); d = rand_dob(1950, 2002); n = make_nir(d, sx)
    a = staff("fr", "hosp_q")
    t = f"""Bonjour,

Facture jointe pour les soins à {g['civ']} {p['last'].upper()} {p['first']}, n° de sécurité sociale {fmt_nir(n)}, {ch(['urgence et plâtre','hospitalisation 3 jours','consultation et imagerie'])} ({ch(['fracture radius','appendicite','colique néphrétique'])}).
Montant : {R.randint(900, 9000)},00 $ CA. Merci de transmettre à la CPAM / assureur voyage.

{sig(a, 'fr', 'Facturation patients hors Québec')}"""
    return R_rec(cat="patient_francais", conf=True, types=["patient_name", "fr_nir", "diagnosis"], lang="fr",
                 note="facturation d'un patient français avec NIR et diagnostic", frm=addr(a), to="international@assur-voyage-exemple.example",
                 subject=ch(["Facture soins - patient français", "Facturation hors pays", "Réclamation soins"]), text=t)

def p_ohip_spaces_en():
    q = pat_name_en(); g = gen(q); f = dr("en", "fht"); c = staff("en", "ont"); hn = make_ohn()
    t = f"""Referral for {q['first']} {q['last']}
HCN: {' '.join(hn)}{ch(['', ' ZX'])}
Reason: {ch(['suspected OSA, snoring, BMI 41','colonoscopy - FIT positive','memory decline, MoCA 19/30'])}
Pls book at earliest. {g['He']} has no car, prefers mornings.

{f['full']}
{f['org']}  fax 613-555-0136"""
    return R_rec(cat="referral_en", conf=True, types=["patient_name", "ca_health_number", "diagnosis"], lang="en",
                 note="referral with Ontario health card number written digit by digit and reason", frm=addr(f), to=addr(c),
                 subject="Referral", text=t)

def p_renouv_fr():
    p = qpat(); g = gfr(p); ph = staff("fr", ch(["pharm", "pharm2"])); md = dr("fr", "gmf")
    t = f"""Bonjour {md['pre']} {md['last']},

Demande de renouvellement pour {p['first']} {p['last']} : {ch(['Synthroid 0,1 mg','Ramipril 10 mg','Seroquel 25 mg','Ventolin HFA','Jardiance 10 mg'])}, {ch(['Crestor 10 mg','Eliquis 5 mg','Lyrica 75 mg'])}.
Ordonnance échue depuis le {fdate_fr(rdate().date())}. {g['Il']} n'a plus de comprimés.

Merci,
{ph['first']} {ph['last']}, pharm.
{ph['org']} — tél. {ph['tel']}, téléc. {phone()}"""
    return R_rec(cat="renouvellement", conf=True, types=["patient_name", "medication"], lang="fr",
                 note="demande de renouvellement d'ordonnance de la pharmacie : nom et médicaments", frm=addr(ph), to=addr(md),
                 subject=ch(["Renouvellement", "Demande de renouvellement", "Rx échue"]), text=t)

def p_chsld_list_fr():
    a = staff("fr", "chsld"); b = staff("fr", "chsld"); rows = []
    for i in range(R.randint(5, 9)):
        p = qpat_old(); rows.append(f"{R.randint(101,260)}  {p['last']}, {p['first']}  {p['dob']}  {ch(['allergie pénicilline','refuse vaccin','contre-indication: Guillain-Barré','OK','OK','démence, consentement mandataire'])}")
    t = "Bonjour,\n\nListe des résidents pour la vaccination de jeudi (2e étage) :\n\nCh.  Nom  DDN  Note\n" + "\n".join(rows) + f"\n\nMerci de préparer les doses.\n{short_sig(a)}"
    return R_rec(cat="liste_residents", conf=True, types=["patient_name", "date_of_birth", "diagnosis"], lang="fr",
                 note="liste de résidents de CHSLD avec DDN et allergies/contre-indications", frm=addr(a), to=addr(b),
                 subject=ch(["vaccination jeudi", "Liste résidents 2e", "liste vaccins"]), text=t)

def p_social_en():
    q = pat_name_en(); g = gen(q); sw = staff("en", "ont"); d = rand_dob(1960, 2000)
    t = f"""Hi team,

Update on {q['first']} {q['last']} (DOB {fdob(d,'en')}): {g['he']} {ch(['is currently homeless, discharged from shelter last week','lost housing after eviction, staying in car','was released from custody on Monday'])}.
{g['He']} is on {ch(['methadone 90 mg through the OAT clinic','ODSP, application pending','probation, conditions include no contact'])}. Please flag for the discharge planning meeting.

{sw['name']}, MSW RSW
Social Work, {sw['org']}"""
    return R_rec(cat="social_work", conf=True, types=["patient_name", "date_of_birth", "social_information"], lang="en",
                 note="social work update: patient name, DOB, housing/addiction/justice situation", frm=addr(sw), to="dcplanning@lakeshorehospital.example",
                 subject=ch(["SW update", "Discharge planning - SW", "housing update"]), text=t)

def p_mrn_only_en():
    a = staff("en", "ont"); b = staff("en", "ont"); m = mrn_o()
    t = ch([f"MRN {m} - allergy list is wrong, pt is NOT allergic to PCN, it's sulfa. Please correct before OR tomorrow.",
            f"Can someone merge charts? {m} and {mrn_o()} are the same person (duplicate registration in ED).",
            f"Pls send the last echo report for chart #{m} to cardiology."]) + "\n" + short_sig(a)
    return R_rec(cat="mrn_only", conf=True, types=["mrn"], lang="en",
                 note="only a chart number identifies the patient, with chart action", frm=addr(a), to=addr(b),
                 subject=ch(["chart correction", "HIM request", "duplicate chart"]), text=t)

def p_or_html_en():
    a = staff("en", "ont"); rows = []
    for i in range(R.randint(5, 9)):
        q = pat_name_en(); rows.append((f"{7+i}:{ch(['00','30'])}", f"{q['last']}, {q['first']}", mrn_o(), ch(["Lap chole", "TKA R", "Hernia repair", "Cysto + stent", "ORIF ankle"]), ch(["Dr. Walsh", "Dr. Patel", "Dr. Chen"])))
    import html as H
    tr = "\n".join(f"<tr><td>{a_}</td><td>{H.escape(b_)}</td><td>{c_}</td><td>{d_}</td><td>{e_}</td></tr>" for a_, b_, c_, d_, e_ in rows)
    html = f"<html><body><p>OR list for tomorrow, OR 2:</p><table border=1 cellpadding=3><tr><th>Time</th><th>Patient</th><th>MRN</th><th>Procedure</th><th>Surgeon</th></tr>\n{tr}\n</table><p>{a['first']}<br>OR Booking</p></body></html>\n"
    text = "OR list for tomorrow, OR 2:\n" + "\n".join(" | ".join(r) for r in rows) + f"\n{a['first']}"
    return R_rec(cat="or_list_html", conf=True, types=["patient_name", "mrn", "diagnosis"], lang="en",
                 note="HTML table of next day's OR list with patient names, MRNs and procedures", frm=addr(a), to="or.staff@lakeshorehospital.example",
                 subject=ch(["OR list tmrw", "OR 2 schedule", "Tomorrow's list"]), text=text, html=html, force_form=ch(["html", "alt"]))

def p_imaging_en():
    q = pat_name_en(); rad = dr("en", "ont"); f = dr("en", "fht"); hn = make_ohn()
    t = f"""{f['pre']} {f['last']},

Incidental finding on CT for {q['last']}, {q['first']} ({fmt_ohn(hn)}): {ch(['2.1 cm RUL spiculated nodule, suspicious','6 cm AAA','3 cm L adrenal mass'])}. Recommend {ch(['PET-CT and thoracic surgery referral','vascular surgery referral','endocrine workup'])}.
Report is in the portal.

{rad['full']}, Diagnostic Imaging"""
    return R_rec(cat="imaging_followup", conf=True, types=["patient_name", "ca_health_number", "diagnosis"], lang="en",
                 note="imaging incidental finding with patient name and health number", frm=addr(rad), to=addr(f),
                 subject=ch(["Incidental finding", "CT result - action needed", "Significant finding"]), text=t)

POS_PLAN = [(p_referral_fr, 4), (p_consult_en, 3), (p_signout_en, 3), (p_garde_fr, 3), (p_booking_fr, 3), (p_critical_en, 3),
            (p_labo_fr, 3), (p_discharge_pdf, 4), (p_concil_fr, 3), (p_sad_fr, 3), (p_transport, 3), (p_dpj_fr, 2), (p_cnesst_fr, 3),
            (p_research_xlsx, 2), (p_incident_fr, 3), (p_subject_only_fr, 4), (p_split_fr, 3), (p_quoted_reply, 4), (p_fwd_inline_en, 3),
            (p_fwd_att_fr, 3), (p_ics_appt, 2), (p_vcard_fr, 2), (p_zip_csv_en, 2), (p_xlsx_attente_fr, 2), (p_docx_en, 2),
            (p_disguised_fr, 4), (p_niss_fr, 2), (p_nir_fr, 2), (p_ohip_spaces_en, 2), (p_renouv_fr, 3), (p_chsld_list_fr, 2),
            (p_social_en, 2), (p_mrn_only_en, 2), (p_or_html_en, 2), (p_imaging_en, 2)]

def p_qc_en():
    p = qpat(); g = gen(p); n = staff("en", "clsc"); md = dr("en", "gmf2"); dx, med = ch(DX_EN)
    t = f"""Hi Dr. {md['last']},

Saw {p['first']} {p['last']} at home this am (RAMQ {fmt_nam(p['nam'])}). {g['He']} {ch(['has new pitting edema to the knees, weight up 3 kg in a week','is more confused than last visit, daughter worried','has a stage 3 sacral pressure injury, worse since Monday'])}.
Current meds per blister pack: {med}.
Can you see {g['him']} this week or should I send {g['him']} to ER? Daughter can be reached at {phone('514')}.

Thanks,
{n['first']} {n['last']}, RN
Home Care, CLSC des Trois-Ruisseaux"""
    return R_rec(cat="homecare_qc_en", conf=True, types=["patient_name", "ramq_nam", "diagnosis", "medication", "patient_contact"], lang="en",
                 note="Quebec anglophone home-care nurse reports on a named client with RAMQ number, findings, meds", frm=addr(n), to=addr(md),
                 subject=ch(["home visit today", f"{p['first']} - home visit", "concern after visit"]), text=t)

def p_wsib_en():
    q = pat_name_en(); a = staff("en", "ont"); s = make_sin(); d = rand_dob(1960, 2002)
    t = f"""Hello,

Re: WSIB Form 8 - {q['last'].upper()}, {q['first']}
SIN {fmt_sin(s)}   DOB {fdob(d,'en')}   Claim # {R.randint(30000000, 39999999)}
Date of injury {fdate_en(rdate().date())}; seen in ED for {ch(['crush injury L hand, 2 fractured phalanges','low back strain','chemical burn to forearm'])}. Modified duties x {R.randint(2, 6)} weeks.

Health Records / Billing
{a['name']}
{a['org']}"""
    return R_rec(cat="wsib_billing", conf=True, types=["patient_name", "ca_sin", "date_of_birth", "diagnosis"], lang="en",
                 note="WSIB claim with patient name, SIN, DOB and injury", frm=addr(a), to="claims@wsib-example.example",
                 subject=ch(["WSIB Form 8", "Form 8 - claim info", "RE: missing SIN on Form 8"]), text=t)

def p_ics_en():
    q = pat_name_en(); a = staff("en", "fht"); c = dr("en", "fht"); st = rdate().replace(tzinfo=None, hour=R.randint(8, 15), minute=30)
    ics = make_ics(f"{q['last']}, {q['first']} - {ch(['annual physical','diabetes f/u','prenatal visit 28 wk'])}", st, 30,
                   f"HCN {fmt_ohn(make_ohn())}\nPt cell {phone_on()}", "Exam room 3", a, [c], f"{R.getrandbits(48):012x}@northridgefht.example")
    t = f"Booked into your template, see invite.\n{short_sig(a)}"
    return R_rec(cat="ics_booking_en", conf=True, types=["patient_name", "ca_health_number", "patient_contact", "diagnosis"], lang="en",
                 note="calendar invite for a named patient's visit with health card number and cell", frm=addr(a), to=addr(c),
                 subject=f"Invitation: {q['last']} appt", text=t, atts=[(ics, "text", "calendar", "appointment.ics")])

POS_PLAN = [(f, {p_referral_fr: 3, p_subject_only_fr: 3, p_concil_fr: 2, p_renouv_fr: 2, p_booking_fr: 2}.get(f, n)) for f, n in POS_PLAN] + [(p_qc_en, 2), (p_wsib_en, 2), (p_ics_en, 1)]
# ================================================================ NEGATIVES
def N(**kw):
    kw.setdefault("conf", False); kw.setdefault("types", [])
    return R_rec(**kw)

def n_horaire_fr():
    a = staff("fr", "hosp_q"); rows = []
    for i in range(R.randint(6, 10)):
        s = staff("fr", "hosp_q"); rows.append(f"{s['last']} {s['first'][0]}.  {ch(['J','J','S','N','—','J 8h-16h','S 16h-0h'])}  {ch(['J','S','N','—','congé'])}  {ch(['J','N','—','formation'])}  {ch(['J','S','—'])}")
    t = f"""Bonjour à toutes et à tous,

Voici l'horaire de l'unité {ch(['3e Nord','médecine 4','chirurgie 2'])} pour la période {R.randint(1, 13)} :

Nom        lun  mar  mer  jeu
""" + "\n".join(rows) + f"""

Les échanges doivent être approuvés par l'AIC avant vendredi. Merci!
{sig(a, 'fr', 'assistante infirmière-chef' if a['sex']=='F' else 'assistant infirmier-chef')}"""
    return N(cat="horaire_personnel", lang="fr", note="horaire du personnel infirmier (noms d'employés et quarts)", frm=addr(a), to="unite.3n@cisss-valdesrives.example",
             subject=ch(["Horaire période", "Horaire - nouvelle version", "horaire corrigé"]), text=t)

def n_hr_leave_fr():
    rh = staff("fr", "cisss"); e = staff("fr", "hosp_q"); g = gfr(e); ge = staff("fr", "hosp_q")
    t = f"""Bonjour {ge['first']},

Pour ta planification : {e['first']} {e['last']} ({ch(['infirmière','préposée','inhalothérapeute']) if e['sex']=='F' else ch(['infirmier','préposé','inhalothérapeute'])}, matricule {R.randint(100000, 999999)}) est en {ch(['congé de maladie','invalidité court terme','congé pour raisons de santé'])} du {fdate_fr(rdate().date())} pour environ {R.randint(3, 10)} semaines. Un retour progressif est à prévoir ; le Bureau de santé t'informera des restrictions.
Merci de ne pas communiquer avec {g['lui']} pour des remplacements d'ici là.

{sig(rh, 'fr', 'conseillère en gestion des ressources humaines' if rh['sex']=='F' else 'conseiller RH')}"""
    return N(cat="rh_conge", lang="fr", note="RH : congé de maladie d'un employé nommé, sans renseignement de patient", frm=addr(rh), to=addr(ge),
             subject=ch(["Absence - planification", "Congé employé", "Invalidité - remplacement"]), text=t)

def n_hr_leave_en():
    hr = staff("en", "ont"); e = staff("en", "ont"); mgr = staff("en", "ont")
    t = f"""Hi {mgr['first']},

Just confirming {e['first']} {e['last']} (employee #{R.randint(10000, 99999)}) has been approved for a {ch(['medical leave','parental leave','short-term disability leave'])} starting {fdate_fr(rdate().date()) if False else fdate_en(rdate().date())}, expected return in {R.randint(6, 20)} weeks. Abilities to be confirmed by Occupational Health before return to work.

Please post the temporary line through the usual process.

{hr['name']}
HR Business Partner, {hr['org']}"""
    return N(cat="hr_leave", lang="en", note="HR confirmation of a named employee's leave", frm=addr(hr), to=addr(mgr),
             subject=ch(["Leave of absence", "LOA - confirmation", "Staffing - leave"]), text=t)

TOPICS_FR = [("Prise en charge de la MPOC en première ligne", "pneumologue"), ("Insuffisance cardiaque : nouveautés 2026", "cardiologue"), ("Démence et SCPD en CHSLD", "gériatre"),
             ("Diabète : les iSGLT2 au quotidien", "endocrinologue"), ("Vaccination RSV chez l'aîné", "médecin-conseil en santé publique"), ("Dépistage du cancer colorectal", "gastro-entérologue"),
             ("Trouble lié à l'usage d'opioïdes : l'accès au TAO", "médecin de famille"), ("Plaies de pression : prévention", "infirmière praticienne spécialisée")]
TOPICS_EN = [("Heart failure in community hospitals", "Cardiology"), ("Managing COPD exacerbations", "Respirology"), ("Sepsis: the first hour", "Emergency Medicine"),
             ("Delirium prevention on medical units", "Geriatrics"), ("Opioid agonist therapy in the ED", "Addiction Medicine"), ("Stroke care pathways in Ontario", "Neurology"),
             ("Antimicrobial stewardship update", "Infectious Diseases")]

def n_conf_fr():
    a = staff("fr", "cisss"); rows = []
    for h, (top, spec) in zip(["8h30", "9h15", "10h30", "11h15", "13h30"], R.sample(TOPICS_FR, 5)):
        s = dr("fr", ch(["hosp_q", "gmf", "gmf2"])); rows.append(f"{h}  {top} — {s['pre']} {s['first']} {s['last']}, {spec}")
    t = f"""Bonjour,

Voici le programme de la Journée scientifique régionale du {fdate_fr(rdate().date())}, amphithéâtre de l'Hôpital régional (aussi sur Teams) :

""" + "\n".join(rows) + f"""

Inscription obligatoire avant le {R.randint(1, 28)} ; activité reconnue pour {R.randint(3, 6)} heures de DPC.
{sig(a, 'fr', 'Direction de l’enseignement')}"""
    return N(cat="programme_colloque", lang="fr", note="programme de colloque : médecins conférenciers et sujets de maladies", frm=addr(a), to="tous.medecins@cisss-valdesrives.example",
             subject=ch(["Programme - Journée scientifique", "Journée scientifique régionale", "Colloque : programme final"]), text=t)

def n_conf_en():
    a = staff("en", "ont"); rows = []
    for h, (top, spec) in zip(["0800", "0900", "1030", "1300"], R.sample(TOPICS_EN, 4)):
        s = dr("en", "ont"); rows.append(f"{h}  {top} - {s['full']}, {spec}")
    t = "Medical Grand Rounds - spring series\n\n" + "\n".join(rows) + f"\n\nLocation: Boardroom B / Zoom. Lunch provided.\n\n{a['name']}\nMedical Education Office, {a['org']}"
    return N(cat="conference_programme", lang="en", note="grand rounds programme: physician speakers and disease topics", frm=addr(a), to="medstaff@lakeshorehospital.example",
             subject=ch(["Grand Rounds schedule", "Medical Grand Rounds", "Education Day programme"]), text=t)

def n_bulletin_sp_fr():
    a = staff("fr", "cisss"); w = R.randint(2, 20)
    rows = [(r, R.randint(3, 90), R.randint(0, 12)) for r in ["RLS du Nord", "RLS des Rivières", "RLS du Lac"]]
    html = "<html><body><h2>Bulletin de surveillance des virus respiratoires</h2><p>Semaine CDC " + str(w) + "</p><table border=1><tr><th>Territoire</th><th>Cas d'influenza</th><th>Éclosions CHSLD</th></tr>" + \
        "".join(f"<tr><td>{r}</td><td>{c}</td><td>{o}</td></tr>" for r, c, o in rows) + "</table><p>Positivité COVID-19 : " + f"{R.randint(3, 15)},{R.randint(0,9)} %" + \
        "</p><p>Rappel : port du masque recommandé dans les salles d'attente. Vaccination gratuite pour les 60 ans et plus.</p><p>Direction de santé publique<br>" + ORG['cisss'][0] + "</p></body></html>\n"
    text = f"Bulletin de surveillance des virus respiratoires - semaine {w}\n" + "\n".join(f"{r}: {c} cas d'influenza, {o} éclosions CHSLD" for r, c, o in rows) + "\nDirection de santé publique"
    return N(cat="bulletin_sante_publique", lang="fr", note="bulletin de santé publique avec statistiques agrégées par territoire", frm=addr(a), to="partenaires@cisss-valdesrives.example",
             subject=f"Bulletin virus respiratoires - sem. {w}", text=text, html=html, force_form=ch(["html", "alt"]))

def n_ipac_en():
    a = staff("en", "ont")
    t = f"""IPAC update

Current outbreaks: {ch(['4 West (COVID-19) - 6 patients, 2 staff','3 East (influenza A) - 4 patients','none'])}
C. difficile: {R.randint(0, 4)} HA cases this month (rate {R.randint(1, 6)}.{R.randint(0,9)}/10,000 pt days)
MRSA new acquisitions: {R.randint(0, 3)}
Hand hygiene compliance: {R.randint(78, 96)}%

Reminder: droplet/contact precautions signage must be posted at the door. Questions to IPAC ext. 4410.

{a['name']}, RN CIC
Infection Prevention and Control"""
    return N(cat="ipac_update", lang="en", note="infection control update with unit-level aggregate counts", frm=addr(a), to="allstaff@lakeshorehospital.example",
             subject=ch(["IPAC update", "Outbreak update", "IPAC weekly"]), text=t)

def n_invoice_fr():
    v = ext(ch(F_FR), ch(L_FR), "medifournitures-qc.example"); a = staff("fr", "cisss")
    lines = [f"{R.randint(100000, 999999)}  {ch(['Gants nitrile M (bte 100)','Seringues 10 mL','Pansements mousse 10x10','Cathéters IV 20G','Masques N95 1870+'])}  lot {ch('ABCDEFGH')}{R.randint(10000, 99999)}  qté {R.randint(5, 200)}  {R.randint(10, 400)},{R.randint(10,99)} $" for _ in range(R.randint(3, 6))]
    t = f"""Bonjour,

Veuillez trouver ci-dessous le détail de la facture {luhn_num(9)} (bon de commande PO-{R.randint(4500000, 4599999)}).
No client : {luhn_num(10)}

""" + "\n".join(lines) + f"""

TPS 123456789 RT0001 — TVQ 1234567890 TQ0001
Paiement net 30 jours. Merci de votre confiance.

{v['name']}
Service à la clientèle, MédiFournitures QC inc.
1 888 555-0199"""
    return N(cat="facture_fournisseur", lang="fr", note="facture fournisseur avec numéros de facture/client passant Luhn et numéros de lot", frm=addr(v), to=addr(a),
             subject=ch(["Facture", "Votre facture", "Facture et bon de livraison"]), text=t)

def n_invoice_en():
    v = ext(ch(F_EN), ch(L_EN), "medtech-devices.example"); a = staff("en", "ont")
    items = [f"{ch(['Infusion pump','Vital signs monitor','Smartphone (nursing)','Bladder scanner'])}  S/N {luhn_num(ch([10, 12]))}" + (f"  IMEI {luhn_num(15)}" if R.random() < .5 else "") for _ in range(R.randint(2, 5))]
    t = f"""Hello {a['first']},

Attached/below is invoice INV-{R.randint(200000, 299999)} for PO {R.randint(4500000, 4599999)}.

""" + "\n".join(items) + f"""

Account #: {luhn_num(9)}
Amount due: ${R.randint(2000, 60000):,}.{R.randint(10,99)} CAD, net 45.
HST # {R.randint(100000000, 999999999)} RT0001

{v['name']}
Accounts Receivable | MedTech Devices Canada"""
    x = make_pdf(f"INVOICE INV", [l for l in t.split("\n") if l.strip()][:20]) if R.random() < .5 else None
    return N(cat="vendor_invoice", lang="en", note="vendor invoice with serial numbers, IMEIs and account numbers passing Luhn", frm=addr(v), to=addr(a),
             subject=ch(["Invoice", "INV for PO", "Invoice - MedTech Devices"]), text=t, atts=[(x, "application", "pdf", "invoice.pdf")] if x else [])

def n_research_agg_en():
    a = staff("en", "ont"); n = R.randint(40, 300)
    t = f"""Hi all,

Quick summary of the interim analysis (data cut {fdate_en(rdate().date())}):
- n = {n} enrolled, {R.randint(60, 95)}% retention at 6 mo
- mean age {R.randint(55, 75)}.{R.randint(0,9)} (SD {R.randint(8, 14)}.{R.randint(0,9)}), {R.randint(35, 60)}% female
- HbA1c change: -{R.randint(3, 12)/10} % (95% CI ...), p = 0.0{R.randint(1, 9)}
- {R.randint(2, 9)} SAEs total, none related

Slides for DSMB attached next week. Please don't circulate outside the study team.

{a['name']}, PhD
Research Institute, {a['org']}"""
    return N(cat="research_aggregate", lang="en", note="research interim results with aggregate statistics only", frm=addr(a), to="studyteam@lakeshorehospital.example",
             subject=ch(["Interim analysis", "Study update - aggregate", "DSMB prep"]), text=t)

def n_research_agg_fr():
    a = staff("fr", "hosp_q")
    t = f"""Bonjour,

Pour le rapport au CÉR : {R.randint(30, 150)} participants recrutés (objectif {R.randint(150, 300)}), {R.randint(2, 12)} retraits, âge médian {R.randint(50, 80)} ans.
{R.randint(20, 70)} % ont une MPOC sévère (GOLD 3-4). Aucun événement indésirable grave lié à l'intervention.
Le renouvellement annuel est dû le {fdate_fr(rdate().date())}.

{a['first']} {a['last']}
Centre de recherche, {a['org']}"""
    return N(cat="recherche_agregee", lang="fr", note="rapport de recherche au comité d'éthique avec données agrégées", frm=addr(a), to="cer@cisss-valdesrives.example",
             subject=ch(["Rapport annuel CÉR", "Renouvellement éthique", "État du recrutement"]), text=t)

def n_blank_form_fr():
    a = staff("fr", "cisss")
    paras = ["Nom de l'usager : ______________________", "NAM : ____ ____ ____   Date de naissance : ____/____/____", "Adresse : ______________________________",
             "Motif de la demande : ☐ SAD  ☐ Réadaptation  ☐ Soins palliatifs", "Signature du professionnel : ____________"]
    d = make_docx("Formulaire de demande de services — CLSC", paras)
    t = f"Bonjour,\n\nVoici la nouvelle version du formulaire de demande de services (gabarit vierge). Merci de détruire les anciennes versions.\n\n{sig(a, 'fr', 'Direction SAPA')}"
    return N(cat="formulaire_vierge", lang="fr", note="formulaire vierge en pièce jointe (champs NAM et nom vides)", frm=addr(a), to="clsc.equipes@cisss-valdesrives.example",
             subject=ch(["Nouveau formulaire", "Formulaire demande de services - version 2026", "Gabarit"]), text=t,
             atts=[(d, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", "formulaire_demande_services_VIERGE.docx")])

def n_blank_form_en():
    a = staff("en", "ont")
    pdf = make_pdf("Referral Form - Diagnostic Imaging", ["Patient name: ______________________", "Health card #: __________  Version: __", "DOB (yyyy/mm/dd): __________",
                                                       "Clinical history: ___________________________", "Exam requested: [ ] CT [ ] MRI [ ] US", "Referring physician / billing #: ________"])
    t = f"Hi,\n\nAttached is the updated DI requisition (fillable). Please use this version starting Monday.\n\n{a['name']}\nDiagnostic Imaging Admin"
    return N(cat="blank_form", lang="en", note="blank referral requisition template attached", frm=addr(a), to="referrers@northridgefht.example",
             subject=ch(["Updated DI requisition", "New referral form", "Requisition template"]), text=t, atts=[(pdf, "application", "pdf", "DI_requisition_blank.pdf")])

def n_it_nas_fr():
    a = staff("fr", "cisss")
    t = f"""Bonjour,

Migration du NAS {ch(['NAS-HRSA-02','nas-clsc-03','NAS-ADMIN-01'])} vers la nouvelle baie de stockage le {fdate_fr(rdate().date())} de 18h à 23h.
Les lecteurs réseau P: et S: seront inaccessibles. Adresse IP du nouveau NAS : 10.{R.randint(10, 99)}.{R.randint(0, 255)}.{R.randint(2, 250)}.
Billet de changement CHG{R.randint(100000, 999999)}. Aucun impact sur les applications cliniques.

Centre de services TI — poste 5555
{a['org']}"""
    return N(cat="ti_nas", lang="fr", note="avis TI : migration d'un NAS (stockage réseau)", frm="centre.services.ti@cisss-valdesrives.example", to="tous@cisss-valdesrives.example",
             subject=ch(["Interruption planifiée - NAS", "Migration stockage réseau", "[TI] Maintenance NAS"]), text=t)

def n_it_outage_en():
    t = f"""*** SERVICE ALERT ***
{ch(['Meditech Expanse','PACS','Citrix','Pyxis interface'])} is currently {ch(['unavailable','degraded'])} since {R.randint(6, 22)}:{R.randint(10, 59)}.
Follow downtime procedures (red binders on each unit). Next update in 30 min.
Incident INC{R.randint(1000000, 9999999)}
IT Service Desk x2222"""
    return N(cat="it_outage", lang="en", note="IT outage alert", frm="servicedesk@lakeshorehospital.example", to="allstaff@lakeshorehospital.example",
             subject=ch(["SERVICE ALERT", "IT outage", "Downtime notice"]), text=t)

def n_facilities_fr():
    a = staff("fr", "cisss")
    t = ch([f"Bonjour,\n\nLe stationnement P2 sera fermé du {R.randint(1, 28)} au {R.randint(1, 28)} pour le marquage. Les détenteurs de vignettes peuvent utiliser P4. Vignette annuelle : {R.randint(200, 400)} $.\n",
            f"Bonjour,\n\nMenu de la cafétéria cette semaine : lundi pâté chinois, mardi saumon, mercredi chili végé. Fermeture à 14h vendredi (inventaire).\n",
            f"Bonjour,\n\nTravaux de remplacement de l'ascenseur B à partir du {R.randint(1, 28)}. Utiliser l'ascenseur C pour le transport des usagers.\n"])
    t += sig(a, "fr", "Services techniques")
    return N(cat="installations", lang="fr", note="avis installations (stationnement, cafétéria, ascenseur)", frm=addr(a), to="tous@cisss-valdesrives.example",
             subject=ch(["Avis - stationnement", "Cafétéria", "Travaux ascenseur", "Info services techniques"]), text=t)

def n_job_fr():
    t = f"""Affichage interne no {R.randint(2026000, 2026999)}

Titre : {ch(['Infirmière clinicienne / infirmier clinicien — SAD','Travailleuse sociale / travailleur social — GMF','Pharmacien(ne) — CHSLD','Préposé(e) aux bénéficiaires'])}
Port d'attache : {ch(['CLSC des Trois-Ruisseaux','CHSLD Les Peupliers','GMF des Berges'])}
Statut : temps complet permanent, {ch(['jour','soir','rotation'])}
Échelle salariale : {R.randint(26, 45)},{R.randint(10,99)} $ à {R.randint(46, 60)},{R.randint(10,99)} $ / heure

Postulez via le portail RH avant le {fdate_fr(rdate().date())}.
Direction des ressources humaines — {ORG['cisss'][0]}"""
    return N(cat="affichage_poste", lang="fr", note="affichage de poste", frm="recrutement@cisss-valdesrives.example", to="tous@cisss-valdesrives.example",
             subject="Affichage de poste", text=t)

def n_job_en():
    t = f"""JOB POSTING #{R.randint(26000, 26999)}
{ch(['Registered Nurse - Emergency Department','Clinical Dietitian','Medical Laboratory Technologist','Unit Clerk - Surgery'])}
Full-time, permanent. {ch(['12-hr rotation','Days','Evenings'])}. ONA / OPSEU bargaining unit.
Rate: ${R.randint(30, 50)}.{R.randint(10,99)} - ${R.randint(51, 62)}.{R.randint(10,99)}/hr
Apply on the careers page by {fdate_en(rdate().date())}.
Human Resources, Lakeshore Community Hospital"""
    return N(cat="job_posting", lang="en", note="job posting", frm="careers@lakeshorehospital.example", to="allstaff@lakeshorehospital.example", subject="Internal posting", text=t)

def n_committee_ics():
    lang = ch(["fr", "fr", "en"])
    a = staff(lang, "cisss" if lang == "fr" else "ont"); att = [staff(lang, "cisss" if lang == "fr" else "ont") for _ in range(R.randint(3, 6))]
    st = rdate().replace(tzinfo=None, hour=R.randint(8, 15), minute=0)
    if lang == "fr":
        ics = make_ics(ch(["Comité de gestion des risques", "Comité pharmaco", "CII - réunion mensuelle"]), st, 90, "Ordre du jour à suivre. Lien Teams dans l'invitation.", "Salle 2.14 / Teams", a, att, f"{R.getrandbits(48):012x}@cisss-valdesrives.example")
        t = f"Bonjour,\n\nVous êtes convoqués à la prochaine rencontre. L'ordre du jour suivra.\n\n{a['name']}"
        note = "convocation de comité avec invitation ICS (membres du personnel)"
        subj = "Convocation : comité"
    else:
        ics = make_ics(ch(["Pharmacy & Therapeutics Committee", "Quality Council", "Medical Advisory Committee"]), st, 60, "Agenda to follow.", "Boardroom A", a, att, f"{R.getrandbits(48):012x}@lakeshorehospital.example")
        t = f"Hi all,\n\nPlease accept the invitation for the next meeting.\n\n{a['name']}"
        note = "committee meeting invitation (ICS) with staff attendees"
        subj = "Meeting invitation"
    return N(cat="comite_ics", lang=lang, note=note, frm=addr(a), to=", ".join(addr(x) for x in att[:3]), subject=subj, text=t, atts=[(ics, "text", "calendar", "invite.ics")])

def n_teaching_fr():
    a = dr("fr", "gmf2")
    t = f"""Bonjour aux résident(e)s,

Cas pour la séance de jeudi :
{ch(['Une femme de 67 ans','Un homme de 54 ans','Un adolescent de 15 ans','Une femme de 32 ans enceinte de 28 semaines'])} se présente au sans rendez-vous pour {ch(['dyspnée progressive depuis 3 semaines','douleur abdominale FID','céphalée inhabituelle','fatigue et polyurie'])}. ATCD : {ch(['HTA, tabagisme 40 paquets-années','aucun','DB2'])}.
Questions : 1) diagnostic différentiel ; 2) investigation initiale ; 3) critères de référence.

Bonne préparation,
{a['full']}, médecin enseignant{'e' if a['sex']=='F' else ''}, {a['org']}"""
    return N(cat="cas_enseignement", lang="fr", note="cas clinique anonymisé pour l'enseignement", frm=addr(a), to="residents@gmfu-plateau.example",
             subject=ch(["Cas clinique jeudi", "Séance d'enseignement", "Cas pour la présentation"]), text=t)

def n_teaching_en():
    a = dr("en", "ont")
    t = f"""M&M rounds - case summary (de-identified)

{ch(['72 y/o M','58 y/o F','81 y/o F'])} admitted with {ch(['community-acquired pneumonia','GI bleed','hip fracture'])}. Day {R.randint(2, 5)}: {ch(['delayed recognition of sepsis','anticoagulation restarted early','missed potassium result'])}.
Discussion points: escalation pathways, handover tools, EWS thresholds.
No identifiers please in replies - discuss at rounds.

{a['full']}"""
    return N(cat="mm_teaching", lang="en", note="de-identified M&M case summary", frm=addr(a), to="medstaff@lakeshorehospital.example", subject="M&M rounds case", text=t)

def n_shortage_fr():
    a = staff("fr", "hosp_q")
    t = f"""Bonjour aux pharmacies partenaires,

Rupture d'approvisionnement : {ch(['amoxicilline suspension 250 mg/5 mL','salbutamol 100 mcg inhalateur','ozempic 1 mg','méthylphénidate 18 mg'])} (DIN {R.randint(10000000, 99999999)}), lots {ch('ABCDEFG')}{R.randint(1000, 9999)} et {ch('HJKLMN')}{R.randint(1000, 9999)}.
Alternative suggérée : voir tableau de l'APES. Retour prévu : {ch(['fin du mois','6 semaines','indéterminé'])}.

{a['first']} {a['last']}, pharm., chef adjoint{'e' if a['sex']=='F' else ''}
Département de pharmacie, {a['org']}"""
    return N(cat="rupture_medicament", lang="fr", note="avis de rupture de médicament (DIN, lots) aux pharmacies", frm=addr(a), to="pharmacies.partenaires@cisss-valdesrives.example",
             subject=ch(["Rupture d'approvisionnement", "Avis rupture", "Pénurie - alternative"]), text=t)

def n_newsletter_en():
    html = f"""<html><body style="font-family:Arial"><h1>Lakeshore Pulse</h1><h3>{ch(['Spring','Summer','Fall'])} 2026</h3>
<p><b>New MRI suite opens</b> - wait times expected to drop by 30%.</p>
<p><b>Staff spotlight:</b> {ch(F_EN)} {ch(L_EN)}, RN, celebrates 25 years in our Emergency Department.</p>
<p><b>Foundation</b> raised ${R.randint(100, 900)},000 at the Harbour Gala.</p>
<p><b>Heart month:</b> Dr. {ch(L_EN)} explains five signs of heart failure to watch for.</p>
<p><a href="https://intranet.lakeshorehospital.example/pulse">Read more</a> | <a href="https://lakeshorehospital.example/unsubscribe">Unsubscribe</a></p></body></html>
"""
    return N(cat="newsletter", lang="en", note="HTML staff newsletter", frm="communications@lakeshorehospital.example", to="allstaff@lakeshorehospital.example",
             subject="Lakeshore Pulse - newsletter", text="Lakeshore Pulse newsletter - view in HTML.", html=html, force_form=ch(["html", "alt"]))

def n_quality_fr():
    a = staff("fr", "cisss")
    t = f"""Bonjour,

Tableau de bord qualité - période {R.randint(1, 13)} :
- Chutes : {R.randint(5, 30)} (dont {R.randint(0, 4)} avec blessure)
- Erreurs de médicaments : {R.randint(10, 50)}, majorité gravité A-B
- Plaies de pression acquises : {R.randint(0, 8)}
- Taux de contention en CHSLD : {R.randint(2, 9)},{R.randint(0,9)} %
Détails par installation dans le SharePoint qualité.

{sig(a, 'fr', 'Direction de la qualité, évaluation, performance et éthique')}"""
    return N(cat="tableau_qualite", lang="fr", note="tableau de bord qualité avec données agrégées", frm=addr(a), to="gestionnaires@cisss-valdesrives.example",
             subject=ch(["Tableau de bord qualité", "Indicateurs qualité - période", "Suivi AH-223 agrégé"]), text=t)

def n_oncall_en():
    a = staff("en", "ont"); rows = []
    for d in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]:
        s = dr("en", "ont"); rows.append(f"{d}  {s['last']}, {s['first'][0]}.  {ch(['Gen Surg','Medicine','Cardiology','Anesthesia','Ortho','Psych'])}  pager {R.randint(1000, 1999)}")
    t = "On-call roster, week of " + fdate_en(rdate().date()) + ":\n\n" + "\n".join(rows) + f"\n\nSwitchboard will page. Please send swaps to Medical Affairs.\n{a['name']}\nMedical Affairs"
    return N(cat="oncall_roster", lang="en", note="physician on-call roster (staff names, specialties, pagers)", frm=addr(a), to="medstaff@lakeshorehospital.example",
             subject=ch(["On-call roster", "Call schedule", "This week's call"]), text=t)

def n_fittest_fr():
    a = staff("fr", "cisss"); rows = []
    for i in range(R.randint(6, 12)):
        s = staff("fr", "hosp_q"); rows.append(f"{R.randint(1000000, 9999999)}  {s['last']}, {s['first']}  {ch(['N95 1870+ à refaire','non fait','expiré 2025','formation RCR à jour'])}")
    t = "Bonjour,\n\nEmployés de votre secteur dont le fit-test ou la formation est à compléter (matricule, nom, statut) :\n\n" + "\n".join(rows) + f"\n\nMerci de libérer ces personnes pour les cliniques de la semaine prochaine.\n{sig(a, 'fr', 'Santé et sécurité au travail')}"
    return N(cat="fit_test_personnel", lang="fr", note="liste d'employés (matricules à 7 chiffres) à compléter le fit-test", frm=addr(a), to="gestionnaires@cisss-valdesrives.example",
             subject=ch(["Fit-test à compléter", "Conformité fit-test", "Formations obligatoires"]), text=t)

def n_asset_xlsx_en():
    a = staff("en", "ont"); rows = [["Asset tag", "Device", "Serial", "IMEI", "Location", "Assigned to"]]
    for i in range(R.randint(8, 14)):
        s = staff("en", "ont"); rows.append([f"LCH-{R.randint(10000, 99999)}", ch(["iPhone 15", "Vocera B3000", "Zebra TC52", "Laptop"]), luhn_num(10), luhn_num(15), ch(["4W", "ED", "ICU", "Pharmacy"]), s["name"]])
    x = make_xlsx("assets", rows)
    t = f"Hi,\n\nAttached is the mobile device inventory for the audit. Please confirm the devices on your unit.\n\n{a['name']}\nBiomed / IT Asset Management"
    return N(cat="asset_inventory", lang="en", note="device inventory XLSX with serials, IMEIs and staff assignees", frm=addr(a), to="managers@lakeshorehospital.example",
             subject=ch(["Device inventory", "Asset audit", "Mobile devices - confirm"]), text=t, atts=[(x, "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", "inventory.xlsx")])

def n_directory_fr():
    rows = [f"{n} : {phone()}" for n in ["Accueil CLSC des Trois-Ruisseaux", "Info-Santé", "GMF des Berges (secrétariat)", "Pharmacie Dufresne & Lemieux", "CHSLD Les Peupliers - poste inf. 2e", "Prélèvements sans RDV"]]
    t = "Bonjour,\n\nMise à jour du bottin des services à afficher dans les cliniques :\n\n" + "\n".join(rows) + "\n\nMerci!\nCommunications - " + ORG["cisss"][0]
    return N(cat="bottin", lang="fr", note="bottin téléphonique des cliniques (numéros de services)", frm="communications@cisss-valdesrives.example", to="tous@cisss-valdesrives.example",
             subject="Bottin des services - mise à jour", text=t)

def n_waitstats_fr():
    a = staff("fr", "cisss")
    t = f"""Bonjour,

Accès aux services spécialisés (CRDS) - état au {fdate_fr(rdate().date())} :
Cardiologie : {R.randint(100, 600)} demandes en attente, {R.randint(10, 60)} % hors délai
Orthopédie : {R.randint(200, 900)}, {R.randint(20, 70)} % hors délai
Gastro : {R.randint(100, 500)}, {R.randint(10, 50)} % hors délai
Patients orphelins inscrits au GAMF : {R.randint(5000, 20000)}

{sig(a, 'fr', 'analyste, performance')}"""
    return N(cat="statistiques_attente", lang="fr", note="statistiques agrégées des listes d'attente", frm=addr(a), to="comite.direction@cisss-valdesrives.example",
             subject=ch(["Stats CRDS", "Accès - état de situation", "Listes d'attente - agrégé"]), text=t)

def n_meeting_thread_en():
    a = staff("en", "ont"); b = staff("en", "fht"); when = rdate()
    orig = f"Hi {a['first']},\n\nCan we move the joint planning meeting on the new diabetes education program to next week? Tuesday 2pm works for our team.\n\n{b['name']}"
    t = ch(["Tuesday works, I'll send an updated invite.", "Sure - Tues 2pm it is. I'll book the room.", "Works for me, thanks."]) + "\n" + short_sig(a) + "\n\n" + quote(orig, b, when, "en")
    return N(cat="meeting_thread", lang="en", note="reply thread rescheduling a planning meeting", frm=addr(a), to=addr(b), subject="RE: planning meeting", text=t, reply=True)

def n_surname_fr():
    md = dr("fr", "gmf", sex=ch("FM")); a = staff("fr", "gmf"); p = qpat()
    t = f"""Bonjour à tous,

{md['pre']} {p['last']} sera absent{'e' if md['sex']=='F' else ''} du {R.randint(1, 14)} au {R.randint(15, 28)}. {md['pre']} {ch(L_FR)} prendra ses résultats critiques et le sans rendez-vous du mardi.
Les patient(e)s de {md['pre']} {p['last']} qui appellent pour des renouvellements : transférer à l'infirmière de l'équipe.

{a['first']}, adjointe administrative
{a['org']}"""
    return N(cat="absence_medecin", lang="fr", note="absence d'un médecin et couverture (nom de famille de médecin, aucun patient)", frm=addr(a), to="equipe@gmf-desberges.example",
             subject=ch(["Absence médecin", "Couverture vacances", "Remplacement"]), text=t)

def n_cpr_en():
    a = staff("en", "ont"); rows = [f"{s['name']} - {ch(['BLS','ACLS','PALS'])} expires {fdate_en(rdate().date())}" for s in [staff('en', 'ont') for _ in range(R.randint(4, 8))]]
    t = "Hi managers,\n\nThe following staff have certifications expiring in the next 60 days:\n\n" + "\n".join(rows) + f"\n\nClasses are posted on the LMS.\n{a['name']}\nClinical Education"
    return N(cat="cert_expiry", lang="en", note="staff certification expiry list", frm=addr(a), to="managers@lakeshorehospital.example", subject="Certifications expiring", text=t)

def n_vcard_vendor_en():
    v = ext(ch(F_EN), ch(L_EN), "orthoimplant-ca.example"); a = staff("en", "ont")
    vc = make_vcard(v["name"], v["last"], v["first"], tel="1-800-555-0142", email=v["email"], org="OrthoImplant Canada", title="Territory Manager")
    t = f"Hi {a['first']},\n\nGreat meeting you at the OR managers' forum. My contact card is attached - happy to set up the in-service on the new knee system.\n\n{v['name']}\nTerritory Manager, OrthoImplant Canada"
    return N(cat="vendor_vcard", lang="en", note="vendor rep sends their own vCard", frm=addr(v), to=addr(a), subject="Follow-up - in-service", text=t, atts=[(vc, "text", "vcard", "contact.vcf")])

def n_foundation_fr():
    t = f"""Chers collègues,

La Fondation de l'Hôpital régional tiendra son souper-bénéfice le {fdate_fr(rdate().date())}. Objectif : {R.randint(200, 500)} 000 $ pour l'achat d'un {ch(['tomodensitomètre','échographe cardiaque','lit de soins palliatifs'])}.
Billets : {R.randint(150, 250)} $. Déduction à la source possible.

Merci de votre générosité!
Fondation de l'Hôpital régional de Saint-Aurèle"""
    return N(cat="fondation", lang="fr", note="invitation de la fondation à un souper-bénéfice", frm="fondation@cisss-valdesrives.example", to="tous@cisss-valdesrives.example",
             subject="Souper-bénéfice de la Fondation", text=t)

def n_formulary_en():
    a = staff("en", "ont")
    t = f"""P&T Formulary update:
- ADDED: {ch(['empagliflozin 10 mg','semaglutide SC','dapagliflozin'])} (restricted: HF/CKD per criteria)
- REMOVED: {ch(['ranitidine','cefuroxime PO','meperidine'])}
- Auto-substitution: {ch(['pantoprazole for esomeprazole','rosuvastatin for atorvastatin >40'])}
Full monograph on the pharmacy intranet.

{a['name']}, RPh
Pharmacy Department"""
    return N(cat="formulary_update", lang="en", note="formulary update with drug names only", frm=addr(a), to="medstaff@lakeshorehospital.example", subject="Formulary update", text=t)

def n_colleague_ill_fr():
    a = staff("fr", "clsc"); c = staff("fr", "clsc"); g = gfr(c)
    t = f"""Bonjour l'équipe,

Comme plusieurs le savent, notre collègue {c['first']} {c['last']} traverse une période difficile : {g['il']} a reçu un diagnostic de {ch(['cancer du sein','lymphome','sclérose en plaques'])} et sera absent{g['e']} pour ses traitements.
Nous organisons une collecte pour lui offrir un panier. Carte à signer au secrétariat jusqu'à vendredi.

{a['first']}"""
    return N(cat="collegue_malade", lang="fr", note="collègue (employé) nommé avec sa maladie, collecte d'équipe", frm=addr(a), to="equipe.clsc@cisss-valdesrives.example",
             subject=ch(["Pour notre collègue", "Collecte", "Carte à signer"]), text=t)

def n_zip_policies_en():
    a = staff("en", "ont")
    files = [(f"policies/{n}.txt", f"{n.replace('_', ' ').title()}\nVersion 2026-{R.randint(1,12):02d}\nApproved by Quality Council.\n\n1. Purpose\n2. Scope\n3. Procedure\n".encode()) for n in ["hand_hygiene", "falls_prevention", "restraint_minimization", "code_white"]]
    z = make_zip(files)
    t = f"Hi,\n\nRevised policies for accreditation attached (zipped). Please review and sign off by Friday.\n\n{a['name']}\nQuality & Accreditation"
    return N(cat="policies_zip", lang="en", note="ZIP of revised policies for accreditation", frm=addr(a), to="managers@lakeshorehospital.example", subject="Policies for review", text=t,
             atts=[(z, "application", "zip", "policies.zip")])

def n_fwd_notice_fr():
    a = staff("fr", "cisss"); b = staff("fr", "clsc")
    inner = inner_eml("direction.generale@cisss-valdesrives.example", "tous@cisss-valdesrives.example", "Message de la PDG",
                      "Chers membres du personnel,\n\nMerci pour votre travail pendant la période des fêtes. Le nouveau plan d'organisation sera présenté le mois prochain.\n\nLa présidente-directrice générale", rdate())
    t = f"Pour info, au cas où vous ne l'auriez pas reçu.\n{short_sig(b)}"
    return N(cat="transfert_avis", lang="fr", note="avis de la direction transféré en pièce jointe .eml", frm=addr(b), to="equipe.clsc@cisss-valdesrives.example",
             subject="TR: Message de la PDG", text=t, atts=[("eml", inner, "Message de la PDG.eml")])

def n_pharm_fax_fr():
    ph = staff("fr", ch(["pharm", "pharm2"])); md = staff("fr", "gmf")
    t = f"""Bonjour,

Nouveau numéro de télécopieur de la pharmacie à partir du 1er : {phone()}. Les ordonnances électroniques (DSQ) ne changent pas.
Heures d'ouverture prolongées : lun-ven 8h-22h.

{ph['first']} {ph['last']}, pharmacien{'ne' if ph['sex']=='F' else ''} propriétaire
{ph['org']}"""
    return N(cat="pharmacie_avis", lang="fr", note="avis de la pharmacie (nouveau fax, heures)", frm=addr(ph), to=addr(md), subject="Nouveau numéro de fax", text=t)

def n_training_fr():
    a = staff("fr", "cisss")
    t = f"""Bonjour,

Formation PDSB pour les préposé(e)s : {fdate_fr(rdate().date())}, 8h30-16h, salle Laurentienne. {R.randint(8, 20)} places.
Inscription via votre gestionnaire. Les heures sont rémunérées.

{sig(a, 'fr', 'Développement des compétences')}"""
    return N(cat="formation", lang="fr", note="annonce de formation pour le personnel", frm=addr(a), to="pab@cisss-valdesrives.example", subject="Formation PDSB", text=t)

def n_stats_en():
    a = staff("en", "ont")
    t = f"""ED performance - last week
Visits: {R.randint(700, 1200)}  | Admitted: {R.randint(80, 180)}
90th pct LOS (admitted): {R.randint(20, 45)} h
Left without being seen: {R.randint(2, 8)}.{R.randint(0,9)}%
ALC patients occupying beds: {R.randint(15, 45)}

{a['name']}, Decision Support"""
    return N(cat="ed_stats", lang="en", note="ED aggregate performance metrics", frm=addr(a), to="seniorleadership@lakeshorehospital.example", subject="ED weekly metrics", text=t)

def n_lab_reminder_fr():
    a = staff("fr", "hosp_q")
    t = f"""Bonjour aux GMF,

Rappel : à partir du {fdate_fr(rdate().date())}, les requêtes de laboratoire doivent inclure le NAM complet, la date de naissance et le nom du prescripteur, sinon le prélèvement sera refusé.
Le centre de prélèvement {ch(['de Sainte-Florine','du Lac-Brûlé'])} sera fermé le samedi pendant l'été.

{a['first']} {a['last']}, chef de service, biologie médicale"""
    return N(cat="rappel_labo", lang="fr", note="rappel administratif du laboratoire sur les champs requis (aucun patient)", frm=addr(a), to="gmf.partenaires@cisss-valdesrives.example",
             subject="Rappel - requêtes de laboratoire", text=t)

NEG_PLAN = [(n_horaire_fr, 3), (n_hr_leave_fr, 3), (n_hr_leave_en, 4), (n_conf_fr, 3), (n_conf_en, 3), (n_bulletin_sp_fr, 3), (n_ipac_en, 3),
            (n_invoice_fr, 4), (n_invoice_en, 4), (n_research_agg_en, 3), (n_research_agg_fr, 3), (n_blank_form_fr, 3), (n_blank_form_en, 3),
            (n_it_nas_fr, 2), (n_it_outage_en, 4), (n_facilities_fr, 3), (n_job_fr, 3), (n_job_en, 3), (n_committee_ics, 4), (n_teaching_fr, 3),
            (n_teaching_en, 3), (n_shortage_fr, 3), (n_newsletter_en, 3), (n_quality_fr, 3), (n_oncall_en, 3), (n_fittest_fr, 3),
            (n_asset_xlsx_en, 3), (n_directory_fr, 2), (n_waitstats_fr, 3), (n_meeting_thread_en, 3), (n_surname_fr, 3), (n_cpr_en, 3),
            (n_vcard_vendor_en, 2), (n_foundation_fr, 2), (n_formulary_en, 3), (n_colleague_ill_fr, 3), (n_zip_policies_en, 2),
            (n_fwd_notice_fr, 3), (n_pharm_fax_fr, 3), (n_training_fr, 3), (n_stats_en, 3), (n_lab_reminder_fr, 2)]

def n_complaint_fr():
    a = staff("fr", "cisss"); b = staff("fr", "hosp_q")
    t = f"""Bonjour {b['first']},

Le commissariat aux plaintes a reçu cette semaine {R.randint(3, 9)} commentaires sur {ch(['le temps d’attente au centre de prélèvement','le stationnement payant','la propreté des salles de bain de l’urgence'])}. Un usager nous a appelés aujourd'hui, très mécontent, mais n'a pas laissé ses coordonnées.
Pouvez-vous nous revenir avec les mesures prévues d'ici le {fdate_fr(rdate().date())}?

{sig(a, 'fr', 'Commissariat aux plaintes et à la qualité des services')}"""
    return N(cat="plaintes_generales", lang="fr", note="commissariat aux plaintes : commentaires généraux sans usager identifiable", frm=addr(a), to=addr(b),
             subject=ch(["Plaintes - suivi", "Commentaires usagers", "Demande de mesures"]), text=t)

def n_rappel_staff_fr():
    a = staff("fr", "hosp_q"); rows = []
    for i in range(R.randint(6, 10)):
        s = staff("fr", "hosp_q"); rows.append(f"{s['last']}, {s['first']} — {ch(['inf.','inf. aux.','PAB','inhalo'])} — cell {phone()}")
    t = "Bonjour,\n\nListe de rappel à jour (plan de mesures d'urgence, code orange) — personnel de l'urgence :\n\n" + "\n".join(rows) + f"\n\nÀ garder au poste, ne pas afficher.\n{short_sig(a)}"
    return N(cat="liste_rappel_personnel", lang="fr", note="liste de rappel du personnel avec cellulaires (employés, pas de patients)", frm=addr(a), to="urgence.aic@cisss-valdesrives.example",
             subject=ch(["Liste de rappel MU", "Code orange - liste de rappel", "liste rappel à jour"]), text=t)

def n_hcv_en():
    t = f"""Hi all,

The MOH Health Card Validation service will be unavailable {fdate_en(rdate().date())} 22:00-02:00 for maintenance. Registration staff: record the health card number and version code as usual and run the batch validation the next morning.
Test card for training only: 9876 543 217 (not a real patient).

Patient Registration Lead
Lakeshore Community Hospital"""
    return N(cat="hcv_maintenance", lang="en", note="registration notice about health card validation downtime with a test number", frm="registration@lakeshorehospital.example", to="registration.staff@lakeshorehospital.example",
             subject="HCV downtime", text=t)

NEG_PLAN = [(f, {n_job_fr: 2, n_pharm_fax_fr: 2, n_training_fr: 2, n_facilities_fr: 2, n_quality_fr: 2, n_cpr_en: 2}.get(f, n)) for f, n in NEG_PLAN] + [(n_complaint_fr, 2), (n_rappel_staff_fr, 2), (n_hcv_en, 2)]
# ================================================================ main
def pick_tp(rec):
    f = rec.get("force_form")
    if not f:
        f = ch(["plain"] * 9 + ["html"] * 4 + ["alt"] * 7)
    cs = ch(["utf-8"] * 5 + ["iso-8859-1"] * 3 + ["windows-1252"] * 2)
    cte = ch(["quoted-printable"] * 9 + ["base64"] * 5 + ["8bit"] * 6)
    return dict(form=f, cs=cs, cte=cte, crlf=R.random() < .45)

def check(out, labels):
    files = sorted(os.path.relpath(os.path.join(d, f), out) for sub in ("positive", "negative")
                   for d, _, fs in os.walk(os.path.join(out, sub)) for f in fs)
    assert files == sorted(labels), "labels do not cover exactly the files"
    for rel in files:
        lab = labels[rel]
        assert lab["confidential"] == rel.startswith("positive/"), rel
        assert (len(lab["types"]) > 0) == lab["confidential"], rel
        assert lab["lang"] in ("fr", "en") and lab["note"], rel
        raw = open(os.path.join(out, rel), "rb").read()
        m = message_from_bytes(raw, policy=policy.default)
        for k in ("From", "To", "Subject", "Date", "Message-ID"):
            assert m[k], (rel, k)
        for part in m.walk():
            assert not part.defects, (rel, part.defects)
            if not part.is_multipart():
                c = part.get_content()
                assert c is not None and len(c) > 0, rel
            elif part.get_content_type() == "message/rfc822":
                part.get_content()
    h = hashlib.sha256()
    for rel in files + ["labels.json"]:
        h.update(rel.encode() + b"\0" + open(os.path.join(out, rel), "rb").read() + b"\0")
    return h.hexdigest(), len(files)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    a = ap.parse_args()
    out = a.out
    for sub in ("positive", "negative"):
        d = os.path.join(out, sub); os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"): os.remove(os.path.join(d, f))
    recs = []
    for fn, n in POS_PLAN + NEG_PLAN:
        for _ in range(n):
            recs.append(fn())
    pos = [r for r in recs if r["conf"]]; neg = [r for r in recs if not r["conf"]]
    R.shuffle(pos); R.shuffle(neg)
    labels = {}; stats = Counter()
    for prefix, group, sub in (("p", pos, "positive"), ("n", neg, "negative")):
        for i, rec in enumerate(group, 1):
            tp = pick_tp(rec)
            b, used = build(rec, tp)
            rel = f"{sub}/{prefix}{i:03d}_{rec['cat']}.eml"
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(b)
            labels[rel] = {"confidential": rec["conf"], "types": sorted(set(rec["types"])), "lang": rec["lang"], "note": rec["note"]}
            form = tp["form"] if not rec["atts"] else "mixed(" + tp["form"] + ")"
            stats["form:" + form.split("(")[0]] += 1
            for cs_, cte_ in used:
                stats["charset:" + cs_] += 1; stats["cte:" + cte_] += 1
            stats["eol:" + ("CRLF" if tp["crlf"] else "LF")] += 1
            stats["lang:" + rec["lang"]] += 1
            stats[("pos" if rec["conf"] else "neg") + "_lang:" + rec["lang"]] += 1
            if rec.get("reply"): stats["threading:reply"] += 1
            for at in rec["atts"]:
                stats["attachment:" + ("message/rfc822" if at[0] == "eml" else at[1] + "/" + at[2])] += 1
            stats[("pcat:" if rec["conf"] else "ncat:") + rec["cat"]] += 1
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True); fh.write("\n")
    digest, n = check(out, labels)
    print(f"files: {n}  positives: {len(pos)}  negatives: {len(neg)}")
    for k in sorted(stats):
        print(f"  {k}: {stats[k]}")
    print("sha256:", digest)

if __name__ == "__main__":
    main()
