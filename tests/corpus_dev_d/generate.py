#!/usr/bin/env python3
"""Seeded, deterministic generator of a synthetic outbound-mail corpus (health network).
Written blind by a writer who read none of the project. Seed 5303."""
import argparse, csv, datetime as dt, email, email.policy, hashlib, html as htmlmod, io, json, os, random, re, sys, zipfile
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from stdnum.ca import sin as std_sin
from stdnum.be import nn as std_nn
from stdnum.fr import nir as std_nir
from stdnum import luhn as std_luhn

SEED = 5303
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(SEED)
# The synthetic NAMs every blind writer was given (surname, given name, birth date, sex, NAM), shared by
# the blind corpora in tests/blind_nams.txt.
import os

NAM_ROWS_TEXT = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "blind_nams.txt"), encoding="utf-8").read()
FIXED_ZIP_DATE = (2026, 11, 2, 8, 0, 0)
TODAY = dt.date(2026, 11, 16)

# ---------------------------------------------------------------- people
STAFF_FR = [("Isabelle", "Tremblay", "F"), ("Mathieu", "Bergeron", "M"), ("Julie", "Côté", "F"), ("François", "Dubé", "M"),
            ("Catherine", "Lévesque", "F"), ("Simon", "Ouimet", "M"), ("Véronique", "Desjardins", "F"), ("Alexandre", "Lemieux", "M"),
            ("Marie-Ève", "Beaulieu", "F"), ("Philippe", "Poulin", "M"), ("Annie", "Hébert", "F"), ("Étienne", "Vachon", "M"),
            ("Chantal", "Lacroix", "F"), ("Karine", "Charron", "F"), ("Benoît", "Dion", "M"), ("Sophie", "Rioux", "F"),
            ("Hugo", "Lavoie", "M"), ("Mélanie", "Deschênes", "F"), ("Patrick", "Gingras", "M"), ("Nadia", "Boivin", "F"),
            ("Josiane", "Gagnon", "F"), ("Luc", "Roy", "M"), ("Guylaine", "Morin", "F"), ("Sébastien", "Fortin", "M")]
STAFF_EN = [("Sarah", "Mitchell", "F"), ("David", "Chen", "M"), ("Emily", "Walsh", "F"), ("Kevin", "O'Brien", "M"),
            ("Rachel", "Goldberg", "F"), ("Andrew", "Patel", "M"), ("Laura", "Kim", "F"), ("Michael", "Fraser", "M"),
            ("Jennifer", "Clarke", "F"), ("Ryan", "Douglas", "M"), ("Megan", "Taylor", "F"), ("Daniel", "Wilson", "M"),
            ("Aisha", "Rahman", "F"), ("Colin", "MacDonald", "M"), ("Heather", "Brown", "F"), ("Greg", "Smith", "M")]
STAFF_BE = [("Sophie", "Peeters", "F"), ("Luc", "Janssens", "M"), ("Nathalie", "Dubois", "F"), ("Olivier", "Lambert", "M"), ("Marc", "Maes", "M")]
STAFF_FRA = [("Claire", "Moreau", "F"), ("Julien", "Fabre", "M"), ("Hélène", "Garnier", "F"), ("Thomas", "Roussel", "M")]

PAT_QC = [("Réjean", "Vaillancourt", "M"), ("Lise", "Bolduc", "F"), ("Gaétan", "Pouliot", "M"), ("Yvette", "Rochon", "F"),
          ("Jonathan", "Leduc", "M"), ("Mireille", "Turcotte", "F"), ("Normand", "Beauchemin", "M"), ("Ginette", "Laframboise", "F"),
          ("Kevin", "Bisson", "M"), ("Jessica", "Ménard", "F"), ("Raymond", "Auclair", "M"), ("Huguette", "Sauvé", "F"),
          ("Dylan", "Fontaine", "M"), ("Océane", "Paradis", "F"), ("Fernand", "Labrecque", "M"), ("Aline", "Brisebois", "F")]
PAT_EN = [("Margaret", "Holloway", "F"), ("Dennis", "Kowalski", "M"), ("Priya", "Raman", "F"), ("Trevor", "Baines", "M"),
          ("Gloria", "Esposito", "F"), ("Harold", "Nguyen", "M"), ("Brenda", "McAllister", "F"), ("Wayne", "Sutherland", "M"),
          ("Doreen", "Fitzgerald", "F"), ("Tyler", "Armstrong", "M"), ("Agnes", "Lindqvist", "F"), ("Curtis", "Okafor", "M")]
PAT_IMM = [("Amina", "Diallo", "F"), ("Carlos", "Mendoza", "M"), ("Fatima", "Haidari", "F"), ("Jean-Baptiste", "Étienne", "M"), ("Olena", "Kovalenko", "F"), ("Samir", "Haddad", "M")]
PAT_BE = [("Jeanine", "Vandenberghe", "F"), ("Patrick", "Wouters", "M"), ("Marie", "Lejeune", "F"), ("Yves", "Collignon", "M"),
          ("Françoise", "Delvaux", "F"), ("Jean-Pierre", "Renard", "M")]
PAT_FRA = [("Bernadette", "Girardot", "F"), ("Kévin", "Marchal", "M"), ("Odile", "Perrin", "F"), ("Rachid", "Benali", "M"),
           ("Monique", "Lefort", "F"), ("Gérard", "Chauvet", "M")]

STREETS_QC = ["rue des Érables", "boul. Labelle", "rue Principale", "av. du Parc", "rue Saint-Georges", "rang Sainte-Marguerite",
              "rue de la Montagne", "ch. du Lac-Bleu", "rue Notre-Dame", "boul. des Laurentides", "rue Fleury", "av. Papineau"]
CITIES_QC = [("Saint-Jérôme", "J7Z"), ("Laval", "H7N"), ("Montréal", "H2J"), ("Terrebonne", "J6W"), ("Mirabel", "J7J"),
             ("Sainte-Agathe-des-Monts", "J8C"), ("Blainville", "J7C"), ("Joliette", "J6E")]
STREETS_ON = ["Maple Ave", "King St W", "Elgin St", "Bank St", "Rideau Terrace", "Carling Ave"]
CITIES_ON = [("Ottawa", "K1S"), ("Cornwall", "K6H"), ("Hawkesbury", "K6A"), ("Kingston", "K7L")]

def load_nams():
    out = []
    for line in NAM_ROWS_TEXT.splitlines():
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        sur, giv, dob, sex, nam = line.split()
        out.append(dict(sur=sur, giv=giv, dob=dt.date.fromisoformat(dob), sex=sex, nam=nam))
    return out

class Pat:
    def __init__(self, giv, sur, sex, dob, nam=None):
        self.giv, self.sur, self.sex, self.dob, self.nam = giv, sur, sex, dob, nam
        self.f = sex == 'F'
    @property
    def age(self):
        d = self.dob; return TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))
    @property
    def full(self): return f"{self.giv} {self.sur}"
    def t(self, lang): return ("Mme" if self.f else "M.") if lang == 'fr' else ("Mrs." if self.f else "Mr.")
    def e(self): return "e" if self.f else ""
    def il(self): return "elle" if self.f else "il"
    def Il(self): return "Elle" if self.f else "Il"
    def he(self): return "she" if self.f else "he"
    def He(self): return "She" if self.f else "He"
    def his(self): return "her" if self.f else "his"
    def him(self): return "her" if self.f else "him"
    def pt(self, lang): return ("patiente" if self.f else "patient") if lang == 'fr' else "patient"
    def dobs(self, style=0):
        d = self.dob
        return [d.isoformat(), d.strftime('%d/%m/%Y'), d.strftime('%Y/%m/%d'), d.strftime('%d-%m-%Y'), d.strftime('%d.%m.%Y')][style]
    def sx(self, lang): return ("F" if self.f else "M") if lang != 'en' else ("F" if self.f else "M")

class Ctx:
    def __init__(self):
        self.nams = load_nams()
        R.shuffle(self.nams)
        self.nam_i = 0
        self.pool_i = {}
        self.used_mrn = set()
    def pick(self, seq): return R.choice(seq)
    def qc(self, minage=None, maxage=None):
        for k in range(len(self.nams)):
            e = self.nams[(self.nam_i + k) % len(self.nams)]
            p = Pat(e['giv'], e['sur'], e['sex'], e['dob'], e['nam'])
            if (minage is None or p.age >= minage) and (maxage is None or p.age <= maxage):
                self.nams.append(self.nams.pop((self.nam_i + k) % len(self.nams)))  # rotate used entry to the end
                return p
        raise RuntimeError('no patient')
    def other(self, pool, kind, minage=20, maxage=92):
        hist = self.pool_i.setdefault(kind, [])
        while True:
            giv, sur, sex = R.choice(pool)
            if (giv, sur) not in hist: break
        hist.append((giv, sur)); del hist[:-min(8, len(pool) - 2)]
        age = R.randint(minage, maxage)
        dob = dt.date(TODAY.year - age, R.randint(1, 12), R.randint(1, 28))
        return Pat(giv, sur, sex, dob)
    def staff(self, pool=None, title=True):
        pool = pool or STAFF_FR
        hist = self.__dict__.setdefault('hist', [])
        while True:
            giv, sur, sex = R.choice(pool)
            if (giv, sur) not in hist: break
        hist.append((giv, sur)); del hist[:-5]
        return dict(giv=giv, sur=sur, sex=sex, full=f"{giv} {sur}")
    def mrn(self, shape=None):
        shape = shape if shape is not None else R.randrange(6)
        while True:
            if shape == 0: v = f"{R.randint(1000000, 9999999)}"
            elif shape == 1: v = f"{R.randint(10000000, 99999999)}"
            elif shape == 2: v = f"H{R.randint(100000, 999999)}"
            elif shape == 3: v = f"CHU-{R.randint(1000000, 9999999)}"
            elif shape == 4: v = f"M{R.randint(10000000, 99999999):08d}"
            else: v = f"{R.randint(10, 99)}-{R.randint(10, 99)}-{R.randint(10, 99)}-{R.randint(10, 99)}"
            if v not in self.used_mrn:
                self.used_mrn.add(v); return v
    def phone(self, area=None):
        area = area or R.choice(['450', '514', '819', '438', '579'])
        return f"{area}-555-{R.randint(100, 199):04d}"
    def addr(self):
        city, fsa = R.choice(CITIES_QC)
        return f"{R.randint(12, 2999)}, {R.choice(STREETS_QC)}", f"{city} (Québec) {fsa} {R.randint(1,9)}{R.choice('ABCEGHJKLMNPRSTVXY')}{R.randint(1,9)}"
    def addr_on(self):
        city, fsa = R.choice(CITIES_ON)
        return f"{R.randint(12, 999)} {R.choice(STREETS_ON)}", f"{city}, ON {fsa} {R.randint(1,9)}{R.choice('ABCEGHJKLMNPRSTVXY')}{R.randint(1,9)}"

# ---------------------------------------------------------------- identifiers
def gen_sin():
    while True:
        d = str(R.choice([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(R.randrange(10)) for _ in range(7))
        for c in '0123456789':
            if std_sin.is_valid(d + c): return d + c

def gen_luhn10():
    while True:
        d = ''.join(str(R.randrange(10)) for _ in range(9))
        if d[0] == '0': continue
        v = d + std_luhn.calc_check_digit(d)
        if std_luhn.is_valid(v): return v

def gen_ohn(): return gen_luhn10()

def gen_niss(p):
    y, m, d = p.dob.year, p.dob.month, p.dob.day
    while True:
        ser = R.randint(1, 997)
        if ser % 2 == (0 if p.f else 1):
            break
    base = f"{y % 100:02d}{m:02d}{d:02d}{ser:03d}"
    n = int(('2' if y >= 2000 else '') + base)
    v = base + f"{97 - n % 97:02d}"
    assert std_nn.is_valid(v), v
    return v

def gen_nir(p):
    dept = R.choice(['69', '75', '13', '59', '33', '31', '38'])
    body = f"{1 if not p.f else 2}{p.dob.year % 100:02d}{p.dob.month:02d}{dept}{R.randint(1, 999):03d}{R.randint(1, 999):03d}"
    v = body + f"{97 - int(body) % 97:02d}"
    assert std_nir.is_valid(v), v
    return v

def gen_imei():
    d = '35' + ''.join(str(R.randrange(10)) for _ in range(12))
    return d + std_luhn.calc_check_digit(d)

FW = str.maketrans('0123456789', '０１２３４５６７８９')
def fmt_nam(nam, style):
    a, b, c_ = nam[:4], nam[4:8], nam[8:]
    return {0: nam, 1: f"{a} {b} {c_}", 2: f"{a}.{b}.{c_}", 3: f"{a}-{b}-{c_}", 4: f"{a.lower()} {b} {c_}",
            5: (a + b + c_).translate(FW), 6: f"{a} {b}{c_}", 7: ' '.join(nam)}[style]
def fmt_sin(s, style=0): return [f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}", s][style]
def fmt_ohn(h, style=0): return [f"{h[:4]}-{h[4:7]}-{h[7:]}", f"{h[:4]} {h[4:7]} {h[7:]}", h][style]
def fmt_niss(n, style=0): return [f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}", n, f"{n[:6]} {n[6:9]} {n[9:]}"][style]
def fmt_nir(n, style=0): return [f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}", n][style]

# ---------------------------------------------------------------- attachments (deterministic)
def normalize_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if info.filename.endswith('core.xml'):
                b = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)', rb'\g<1>2026-11-02T08:00:00Z\g<3>', b)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, b)
    return out.getvalue()

def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, b in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DATE); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, b if isinstance(b, bytes) else b.encode('utf-8'))
    return out.getvalue()

def make_pdf(title, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    y = 740
    c.setFont('Helvetica-Bold', 13); c.drawString(60, y, title); y -= 28
    c.setFont('Helvetica', 10)
    for ln in lines:
        if y < 60:
            c.showPage(); c.setFont('Helvetica', 10); y = 740
        c.drawString(60, y, ln); y -= 15
    c.showPage(); c.save()
    return buf.getvalue()

def make_docx(title, paras, table=None):
    import docx
    d = docx.Document()
    d.core_properties.author = 'CHU Exemple'
    d.core_properties.created = dt.datetime(2026, 11, 2, 8, 0, 0)
    d.core_properties.modified = dt.datetime(2026, 11, 2, 8, 0, 0)
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row): cells[i].text = str(v)
    buf = io.BytesIO(); d.save(buf)
    return normalize_zip(buf.getvalue())

def make_xlsx(rows, sheet='Feuil1'):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = sheet
    for r in rows: ws.append(list(r))
    wb.properties.creator = 'CHU Exemple'
    wb.properties.created = dt.datetime(2026, 11, 2, 8, 0, 0)
    wb.properties.modified = dt.datetime(2026, 11, 2, 8, 0, 0)
    buf = io.BytesIO(); wb.save(buf)
    return normalize_zip(buf.getvalue())

def make_csv(rows, sep=','):
    s = io.StringIO()
    w = csv.writer(s, delimiter=sep, lineterminator='\r\n')
    for r in rows: w.writerow(r)
    return s.getvalue()

def make_ics(summary, start, minutes, location, description, organizer, attendees, uid):
    def esc(t): return t.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    end = start + dt.timedelta(minutes=minutes)
    f = '%Y%m%dT%H%M%S'
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CHU Exemple//Agenda 4.2//FR', 'METHOD:REQUEST', 'BEGIN:VEVENT',
             f'UID:{uid}', 'DTSTAMP:20261102T130000Z', f'DTSTART;TZID=America/Montreal:{start.strftime(f)}',
             f'DTEND;TZID=America/Montreal:{end.strftime(f)}', f'SUMMARY:{esc(summary)}', f'LOCATION:{esc(location)}',
             f'DESCRIPTION:{esc(description)}', f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}']
    for n, a in attendees:
        lines.append(f'ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a}')
    lines += ['END:VEVENT', 'END:VCALENDAR']
    out = []
    for ln in lines:  # fold at 74 octets-ish (chars, ascii-safe enough)
        while len(ln) > 74:
            out.append(ln[:74]); ln = ' ' + ln[74:]
        out.append(ln)
    return '\r\n'.join(out) + '\r\n'

def make_vcf(fn, ln, org='', title='', tel='', adr=None, email_='', note=''):
    L = ['BEGIN:VCARD', 'VERSION:3.0', f'N:{ln};{fn};;;', f'FN:{fn} {ln}']
    if org: L.append(f'ORG:{org}')
    if title: L.append(f'TITLE:{title}')
    if tel: L.append(f'TEL;TYPE=VOICE:{tel}')
    if adr: L.append(f'ADR;TYPE=HOME:;;{adr[0]};{adr[1]};;;')
    if email_: L.append(f'EMAIL:{email_}')
    if note: L.append('NOTE:' + note.replace(',', '\\,').replace('\n', '\\n'))
    L.append('END:VCARD')
    return '\r\n'.join(L) + '\r\n'

# ---------------------------------------------------------------- message building
MAILERS = ['Microsoft Outlook 16.0', 'Mozilla Thunderbird 115.6', 'Zimbra 9.0.0_GA', 'Apple Mail (2.3731)', None, None, None]

def typo(text, n=1):
    """swap two adjacent letters in n lowercase words of the first paragraph block(s) (never names, ids, addresses)."""
    toks = list(re.finditer(r'(?<![\w@./-])[a-zàâçéèêëîïôûù]{6,}(?![\w@./-])', text))
    if not toks: return text
    for m in sorted(R.sample(toks, min(n, len(toks))), key=lambda m: -m.start()):
        w = m.group(0); i = R.randrange(1, len(w) - 2)
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        text = text[:m.start()] + w2 + text[m.end():]
    return text

def to_html(text, font=None):
    font = font or R.choice(['Calibri, sans-serif', 'Arial, Helvetica, sans-serif', 'Segoe UI, sans-serif', 'Verdana'])
    out, inq = [], 0
    for line in text.split('\n'):
        m = re.match(r'^((?:> ?)+)', line)
        q = m.group(1).count('>') if m else 0
        if m: line = line[len(m.group(1)):]
        while inq < q: out.append('<blockquote style="border-left:2px solid #ccc;margin:0 0 0 .8ex;padding-left:1ex">'); inq += 1
        while inq > q: out.append('</blockquote>'); inq -= 1
        out.append((htmlmod.escape(line) if line else '&nbsp;') + '<br>')
    while inq: out.append('</blockquote>'); inq -= 1
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html"></head>\n<body style="font-family:{font};font-size:11pt">\n'
            + '\n'.join(out) + '\n</body></html>\n')

def html_table(rows, header=True):
    s = ['<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse">']
    for i, r in enumerate(rows):
        tag = 'th' if header and i == 0 else 'td'
        s.append('<tr>' + ''.join(f'<{tag}>{htmlmod.escape(str(v))}</{tag}>' for v in r) + '</tr>')
    s.append('</table>')
    return '\n'.join(s)

LAT1 = str.maketrans({'\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-', '\u2026': '...',
                      '\u0153': 'oe', '\u0152': 'OE', '\u20ac': 'EUR', '\u2265': '>=', '\u2264': '<='})
def latin1ize(s): return s.translate(LAT1)

def choose_charset(text):
    cs = R.choices(['utf-8', 'iso-8859-1', 'windows-1252'], [5, 3, 3])[0]
    for cand in (cs, 'utf-8'):
        try:
            text.encode(cand); return cand
        except UnicodeEncodeError:
            if cand == 'iso-8859-1':
                try:
                    latin1ize(text).encode(cand); return cand
                except UnicodeEncodeError:
                    pass
            if cand == 'windows-1252':
                try:
                    text.encode(cand); return cand
                except UnicodeEncodeError:
                    pass
    return 'utf-8'

def enc_ok(text, cs):
    return latin1ize(text) if cs == 'iso-8859-1' else text

def choose_cte(charset, text):
    if all(ord(ch) < 128 for ch in text) and R.random() < 0.3:
        return '7bit'
    if max((len(l) for l in text.split('\n')), default=0) > 900:
        return R.choice(['quoted-printable', 'base64'])
    return R.choices(['quoted-printable', 'base64', '8bit'], [5, 2, 3])[0]

MSGID_N = [0]
def msgid(domain):
    MSGID_N[0] += 1
    return f"<{R.getrandbits(56):014x}.{MSGID_N[0]}@{domain}>"

def set_body(msg, text, html, mode):
    if mode == 'plain':
        cs = choose_charset(text); text = enc_ok(text, cs); msg.set_content(text, charset=cs, cte=choose_cte(cs, text))
    elif mode == 'html':
        cs = choose_charset(html); html = enc_ok(html, cs); msg.set_content(html, subtype='html', charset=cs, cte=choose_cte(cs, html))
    else:
        cs = choose_charset(text + html); text = enc_ok(text, cs); html = enc_ok(html, cs)
        msg.set_content(text, charset=cs, cte=choose_cte(cs, text))
        msg.add_alternative(html, subtype='html', charset=cs, cte=choose_cte(cs, html))

def add_att(msg, a):
    kind, fn, payload = a
    if kind == 'pdf': msg.add_attachment(payload, maintype='application', subtype='pdf', filename=fn)
    elif kind == 'docx': msg.add_attachment(payload, maintype='application', subtype='vnd.openxmlformats-officedocument.wordprocessingml.document', filename=fn)
    elif kind == 'xlsx': msg.add_attachment(payload, maintype='application', subtype='vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename=fn)
    elif kind == 'zip': msg.add_attachment(payload, maintype='application', subtype='zip', filename=fn)
    elif kind == 'csv': msg.add_attachment(payload, subtype='csv', charset='utf-8', cte=R.choice(['base64', 'quoted-printable']), filename=fn)
    elif kind == 'ics': msg.add_attachment(payload, subtype='calendar', charset='utf-8', cte=R.choice(['base64', 'quoted-printable', '8bit']), filename=fn, params={'method': 'REQUEST'})
    elif kind == 'vcf': msg.add_attachment(payload, subtype='vcard', charset='utf-8', cte=R.choice(['base64', 'quoted-printable']), filename=fn)
    elif kind == 'txt': msg.add_attachment(payload, subtype='plain', charset='utf-8', cte='quoted-printable', filename=fn)
    elif kind == 'eml': msg.add_attachment(payload, filename=fn)
    else: raise ValueError(kind)

def when(day=None, hour=None):
    day = day if day is not None else R.randint(2, 13)
    hour = hour if hour is not None else R.choice([7, 8, 8, 9, 10, 11, 13, 14, 15, 16, 17, 19, 22])
    return dt.datetime(2026, 11, day, hour, R.randint(0, 59), R.randint(0, 59), tzinfo=dt.timezone(dt.timedelta(hours=-5)))

def build(d, inner=False):
    msg = EmailMessage()
    frm = d['frm']
    msg['From'] = formataddr(frm) if isinstance(frm, tuple) else frm
    msg['To'] = ', '.join(formataddr(t) if isinstance(t, tuple) else t for t in d['to'])
    if d.get('cc'): msg['Cc'] = ', '.join(formataddr(t) if isinstance(t, tuple) else t for t in d['cc'])
    msg['Subject'] = d['subject']
    msg['Date'] = format_datetime(d.get('date') or when())
    dom = (frm[1] if isinstance(frm, tuple) else frm).split('@')[-1].strip('>')
    msg['Message-ID'] = msgid(dom)
    if d['subject'].lower().startswith(('re:', 'tr:', 'fw:', 'fwd:', 'réf')) and not inner:
        ref = msgid(R.choice(['chu-exemple.example', 'gmail-exemple.example', 'clsc-exemple.example']))
        msg['In-Reply-To'] = ref; msg['References'] = ref
    for k, v in d.get('headers', []): msg[k] = v
    mx = R.choice(MAILERS)
    if mx and not inner: msg['X-Mailer'] = mx
    text = d['text']
    if not inner and not d.get('html') and R.random() < 0.22:
        text = typo(text, R.choice([1, 1, 2]))
    html = d.get('html') or to_html(text)
    mode = d.get('mode') or R.choices(['plain', 'html', 'alt'], [5, 2, 4])[0]
    set_body(msg, text, html, mode)
    for a in d.get('atts', []):
        add_att(msg, a)
    return msg

def fix_boundaries(msg):
    for part in msg.walk():
        if part.get_content_maintype() == 'multipart':
            part.set_boundary(f"----=_Part_{R.getrandbits(40):010x}_{R.randint(1000, 9999)}")

# ---------------------------------------------------------------- organisations / signatures
MAIN = 'chu-exemple.example'
CISSS = 'cisss-exemple.example'
EXT = dict(clsc='clsc-riviere-du-nord.example', gmf='gmf-boisbriand.example', pharm='pharmacie-desrosiers.example',
           on='hopital-ottawa-est.example', be='chr-liege-exemple.example', fra='chu-lyon-exemple.example',
           transport='transport-adapte-laurentides.example', ins='assurances-boreal.example', saaq='saaq-exemple.example',
           cnesst='cnesst-exemple.example', ramq='ramq-exemple.example', vendor='medisupply-exemple.example',
           vendor2='orthotek.example', lab='biolab-diagnostics.example', univ='umontreal-exemple.example',
           mcgill='mcgill-exemple.example', dpj='dpj-laurentides.example', perso='videotron-exemple.example',
           gmail='gmail-exemple.example', santepub='santepublique-exemple.example', rehab='centre-readaptation.example',
           shelter='maison-hebergement-exemple.example', coop='coop-soins-domicile.example', ohip='ohip-billing-exemple.example')

def slug(s):
    import unicodedata
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()
    return re.sub(r'[^a-z0-9.-]', '', s.lower().replace(' ', '.').replace("'", ''))

def ad(person, domain):
    return (person['full'], f"{slug(person['giv'])}.{slug(person['sur'])}@{domain}")

def dr(person, lang):
    if lang == 'fr': return ("Dre " if person['sex'] == 'F' else "Dr ") + person['full']
    return "Dr. " + person['full']

SITES_FR = ["CHU Exemple – Hôpital de Saint-Jérôme", "CHU Exemple – pavillon Sainte-Rose", "CISSS Exemple – Hôpital régional",
            "CHU Exemple – Centre ambulatoire Laval"]
SITES_EN = ["CHU Exemple – St. Mary's Pavilion", "CHU Exemple – Lakeshore Ambulatory Centre", "CISSS Exemple – Regional Hospital"]

def sig(lang, p, role, site=None, md=False, ext=True):
    site = site or R.choice(SITES_FR if lang == 'fr' else SITES_EN)
    name = dr(p, lang) if md else p['full']
    creds = ''
    if md: creds = R.choice([', MD', ', MD, FRCPC', ', M.D., CCMF', ''])
    elif 'infirm' in role.lower() or 'nurse' in role.lower(): creds = R.choice([', inf.', ', inf. clin.', ', B.Sc.inf.', ', RN', ''])
    tel = f"450-555-0{R.randint(100, 199)}" + (f" poste {R.randint(2000, 7999)}" if lang == 'fr' else f" ext. {R.randint(2000, 7999)}")
    lines = ['--', name + creds, role, site]
    if ext:
        lines.append(R.choice(["1000, boul. des Exemples, Saint-Jérôme (Québec) J7Z 0A1", "2500, av. du Centre, Laval (Québec) H7X 0B2",
                               "1000 Example Blvd, Saint-Jérôme QC J7Z 0A1"]))
        lines.append(("Tél. : " if lang == 'fr' else "Tel: ") + tel + (" | Téléc. : 450-555-0199" if lang == 'fr' else " | Fax: 450-555-0199"))
    return '\n'.join(lines)

DISC_FR = ("AVIS DE CONFIDENTIALITÉ : Ce message et ses pièces jointes sont destinés exclusivement au destinataire. "
           "S'il vous a été transmis par erreur, veuillez le détruire et en aviser l'expéditeur.")
DISC_EN = ("CONFIDENTIALITY NOTICE: This e-mail and any attachment are intended only for the addressee. "
           "If you received it in error, please delete it and notify the sender.")
def disc(lang, p=0.35):
    if R.random() < p:
        return '\n\n' + (DISC_FR if lang == 'fr' else DISC_EN)
    return ''

def wrap(text, width=None):
    if width is None: return text
    import textwrap
    return '\n'.join(textwrap.fill(l, width) if len(l) > width else l for l in text.split('\n'))

def quote(text):
    return '\n'.join(('>' + l if l.startswith('>') else '> ' + l) if l else '>' for l in text.split('\n'))

def qhdr(lang, who, date_s):
    if lang == 'fr': return R.choice([f"Le {date_s}, {who} a écrit :", f"De : {who}\nEnvoyé : {date_s}"])
    return R.choice([f"On {date_s}, {who} wrote:", f"From: {who}\nSent: {date_s}"])

def fwd_block(lang, who, to, date_s, subject, body):
    if lang == 'fr':
        h = f"-------- Message transféré --------\nDe : {who}\nDate : {date_s}\nÀ : {to}\nObjet : {subject}\n"
    else:
        h = f"---------- Forwarded message ---------\nFrom: {who}\nDate: {date_s}\nTo: {to}\nSubject: {subject}\n"
    return h + '\n' + body

def dstr(lang):
    d = when()
    if lang == 'fr':
        mois = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']
        return f"{d.day} {mois[d.month-1]} 2026 à {d.hour:02d}:{d.minute:02d}"
    return d.strftime('%a, %b %d, 2026 at %I:%M %p').replace(' 0', ' ')

DX_FR = [("insuffisance cardiaque décompensée", "furosémide 40 mg BID"), ("MPOC exacerbée", "salbutamol, prednisone 40 mg x 5 j"),
         ("diabète type 2 mal contrôlé (HbA1c 9,8 %)", "metformine 1000 mg BID, gliclazide MR 60 mg"),
         ("FA nouvellement dx", "apixaban 5 mg BID"), ("pneumonie LID", "amoxicilline-clav. 875 mg BID"),
         ("cellulite MIG", "céfalexine 500 mg QID"), ("IRC stade 4", "calcitriol, bicarbonate de sodium"),
         ("dépression majeure", "sertraline 100 mg DIE"), ("néo du sein droit", "létrozole 2,5 mg"),
         ("fracture de la hanche G", "hydromorphone 1 mg q4h PRN"), ("AVC ischémique sylvien G", "ASA 80 mg, atorvastatine 80 mg"),
         ("trouble lié à l'usage des opioïdes", "buprénorphine-naloxone 16 mg"), ("épilepsie", "lévétiracétam 750 mg BID")]
DX_EN = [("decompensated CHF", "furosemide 40 mg BID"), ("COPD exacerbation", "salbutamol, prednisone 40 mg x5d"),
         ("poorly controlled T2DM (A1c 9.8%)", "metformin 1000 mg BID, gliclazide MR 60 mg"), ("new-onset AFib", "apixaban 5 mg BID"),
         ("RLL pneumonia", "amox-clav 875 mg BID"), ("L leg cellulitis", "cephalexin 500 mg QID"), ("CKD stage 4", "calcitriol, sodium bicarb"),
         ("major depressive disorder", "sertraline 100 mg daily"), ("R breast cancer", "letrozole 2.5 mg"),
         ("L hip fracture", "hydromorphone 1 mg q4h PRN"), ("L MCA ischemic stroke", "ASA 81 mg, atorvastatin 80 mg"),
         ("opioid use disorder", "buprenorphine-naloxone 16 mg"), ("epilepsy", "levetiracetam 750 mg BID")]

def dx(lang): return R.choice(DX_FR if lang == 'fr' else DX_EN)

# ================================================================ POSITIVE TEMPLATES
def D(lang, fr, en): return fr if lang == 'fr' else en
def hi(lang, name=None):
    if lang == 'fr': return R.choice([f"Bonjour {name}," if name else "Bonjour,", "Bonjour,", f"Salut {name.split()[-1] if name else ''},".replace(' ,', ','), "Allo,"])
    return R.choice([f"Hi {name}," if name else "Hi,", "Hello,", f"Dear {name}," if name else "Hi all,", "Hi,"])
def bye(lang): return R.choice(["Merci!", "Merci beaucoup,", "Cordialement,", "Bonne journée,", "Merci et bonne fin de journée"]) if lang == 'fr' else R.choice(["Thanks,", "Thank you,", "Best regards,", "Regards,", "Thx"])

def p_referral(c, lang):
    p = c.qc(minage=18); me = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN); to = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN)
    d, rx = dx(lang); spec = R.choice(D(lang, ['cardiologie', 'pneumologie', 'néphrologie', 'endocrinologie', 'gériatrie'], ['cardiology', 'respirology', 'nephrology', 'endocrinology', 'geriatrics']))
    nam = fmt_nam(p.nam, R.choice([0, 1, 1, 3, 4]))
    as_doc = R.random() < 0.35
    if lang == 'fr':
        body = (f"{hi(lang, dr(to, lang))}\n\nJe vous réfère {p.t(lang)} {p.giv} {p.sur}, {p.age} ans (DDN {p.dobs(R.randrange(3))}, NAM {nam}), "
                f"pour évaluation en {spec}.\n\nMotif : {d}.\nATCD : HTA, dyslipidémie{R.choice(['', ', ancien fumeur', ', obésité'])}.\n"
                f"Rx actuelle : {rx}.\n{p.Il()} est au courant de la demande et attend votre appel au {c.phone()}.\n\n"
                f"Priorité : {R.choice(['B (< 10 jours)', 'C (< 28 jours)', 'D (< 3 mois)'])}\n\n{bye(lang)}\n\n")
    else:
        body = (f"{hi(lang, dr(to, lang))}\n\nReferring {p.t(lang)} {p.giv} {p.sur}, {p.age}{p.sx(lang)}, DOB {p.dobs(0)}, RAMQ {nam}, "
                f"to {spec} for assessment.\n\nReason: {d}.\nPMHx: HTN, dyslipidemia.\nCurrent meds: {rx}.\n"
                f"{p.He()} can be reached at {c.phone()}.\n\nPriority {R.choice(['B', 'C', 'D'])}.\n\n{bye(lang)}\n\n")
    body += sig(lang, me, D(lang, 'Médecine familiale – GMF-U', 'Family Medicine – FMG-U'), md=True) + disc(lang)
    atts = []; types = ['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'medication']
    if as_doc:
        body = D(lang, f"{hi(lang)}\n\nCi-joint une demande de consultation en {spec}. Merci de confirmer réception.\n\n",
                 f"{hi(lang)}\n\nPlease find attached a consult request ({spec}). Kindly confirm receipt.\n\n") + sig(lang, me, D(lang, 'Agente administrative – GMF-U', 'Unit clerk – FMG-U'))
        paras = [D(lang, f"Nom : {p.sur.upper()}, {p.giv}", f"Name: {p.sur.upper()}, {p.giv}"), f"{D(lang, 'DDN', 'DOB')} : {p.dobs(0)}   NAM : {fmt_nam(p.nam, 1)}   Sexe : {p.sx(lang)}",
                 D(lang, f"Motif de consultation : {d}", f"Reason for consult: {d}"), D(lang, f"Médication : {rx}", f"Medication: {rx}"),
                 D(lang, f"Médecin référent : {dr(me, lang)}", f"Referring MD: {dr(me, lang)}")]
        atts = [('docx', D(lang, f"DemandeConsultation_{p.sur}.docx", f"ConsultRequest_{p.sur}.docx"), make_docx(D(lang, 'Demande de consultation', 'Consultation request'), paras))]
        note = 'consult request body only says see attachment; DOCX carries patient name, DOB, NAM, reason, meds'
    else:
        note = 'referral letter naming a patient with DOB, RAMQ NAM, diagnosis and medication'
    return dict(cat='referral', types=types, note=note, frm=ad(me, R.choice([MAIN, CISSS])), to=[ad(to, R.choice([MAIN, EXT['gmf'], EXT['on']]))],
                subject=D(lang, R.choice([f"Référence {spec}", f"Demande de consultation – {spec}", f"réf {spec} svp"]), R.choice([f"Referral - {spec}", f"Consult request {spec}", "New referral"])),
                text=body, atts=atts)

def p_consult_reply(c, lang):
    p = c.qc(minage=18) if R.random() < 0.5 else c.other(PAT_QC if lang == 'fr' else PAT_EN, 'pq' + lang)
    mrn = c.mrn(); me = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN); to = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN)
    d, rx = dx(lang)
    if lang == 'fr':
        orig = f"Bonjour, pouvez-vous voir {p.t(lang)} {p.sur} ({p.giv}), dossier {mrn}, pour {d}? Merci\n{dr(to, lang)}"
        body = (f"{hi(lang, dr(to, lang))}\n\nJ'ai vu votre {p.pt(lang)} {p.giv} {p.sur} (dossier {mrn}) ce matin en clinique externe.\n"
                f"Impression : {d}, stable.\nPlan :\n- poursuivre {rx}\n- {R.choice(['ÉCG de contrôle dans 3 mois', 'bilan lipidique + créat dans 6 sem.', 'écho cardiaque demandée'])}\n"
                f"- revoir en relance dans {R.choice(['3', '4', '6'])} mois\n\nN'hésitez pas si questions.\n\n")
    else:
        orig = f"Hi, could you see {p.t(lang)} {p.sur} ({p.giv}), MRN {mrn}, re {d}? Thanks\n{dr(to, lang)}"
        body = (f"{hi(lang, dr(to, lang))}\n\nSaw your patient {p.giv} {p.sur} (MRN {mrn}) in clinic today.\nImpression: {d}, stable.\nPlan:\n"
                f"- continue {rx}\n- {R.choice(['repeat ECG in 3 mo', 'lipids + creat in 6 wks', 'echo ordered'])}\n- f/u {R.choice(['3', '4', '6'])} months\n\nLet me know if any questions.\n\n")
    body += sig(lang, me, D(lang, 'Médecine interne', 'Internal Medicine'), md=True) + '\n\n' + qhdr(lang, dr(to, lang), dstr(lang)) + '\n' + quote(orig)
    return dict(cat='consult_reply', types=['patient_name', 'mrn', 'diagnosis', 'medication'], note='consult reply with patient name, chart number, impression and plan above quoted request',
                frm=ad(me, MAIN), to=[ad(to, EXT['gmf'])], subject=D(lang, f"RE: consultation {p.sur}", f"RE: consult {p.sur}"), text=body)

def signout_rows(c, lang, n):
    rows = []
    for i in range(n):
        p = c.qc(minage=18) if R.random() < 0.4 else c.other(PAT_QC if lang == 'fr' else PAT_EN, 'so' + lang, 30, 95)
        d, rx = dx(lang)
        todo = R.choice(D(lang, ['suivre K+ AM', 'réévaluer ATB à 48h', 'NPO minuit pour OR', 'si T > 38.5 hémocs x2', 'famille veut appeler MD', 'DNR/NIM C', 'créat en hausse, cesser IECA'],
                          ['f/u K AM', 'reassess abx 48h', 'NPO after midnight for OR', 'if T>38.5 BCx x2', 'family wants call back', 'DNR, level C', 'creat rising, hold ACEi']))
        rows.append((f"{R.randint(301, 340)}-{R.choice('AB')}", f"{p.sur.upper()}, {p.giv}", f"{p.age}{p.sx(lang)}", c.mrn(R.choice([0, 1, 2])), d, todo))
    return rows

def p_signout(c, lang):
    me = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN); to = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN)
    rows = signout_rows(c, lang, R.randint(3, 6))
    unit = R.choice(['4B', '5 Nord', '7C', 'USI', 'Méd. int. 3'])
    hdr = D(lang, ['Ch.', 'Nom', 'Âge', 'Dossier', 'Dx', 'À faire'], ['Rm', 'Name', 'Age', 'MRN', 'Dx', 'To do'])
    style = R.randrange(3)
    lines = [f"{r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} | {r[5]}" if style == 0 else f"- {r[0]} {r[1]} ({r[2]}) #{r[3]} : {r[4]} -> {r[5]}" for r in rows]
    intro = D(lang, f"{hi(lang, to['giv'])}\n\nSign-out {unit} pour ce soir :\n\n", f"{hi(lang, to['giv'])}\n\nHandover for {unit} tonight:\n\n")
    outro = D(lang, "\n\nRien d'autre, soirée tranquille j'espère.\n", "\n\nNothing else, should be quiet.\n") + '\n' + sig(lang, me, D(lang, 'Résident R2 – médecine interne', 'PGY-2 Internal Medicine'), ext=False)
    text = intro + '\n'.join(lines) + outro
    html = None; mode = None; atts = []
    if style == 2:
        html = to_html(intro).replace('</body></html>', '') + html_table([hdr] + rows) + to_html(outro).split('<body', 1)[1].split('>', 1)[1]
        mode = R.choice(['html', 'alt'])
    if R.random() < 0.2:
        atts = [('xlsx', f"signout_{unit.replace(' ', '')}.xlsx", make_xlsx([hdr] + rows))]
        text = intro + D(lang, "(liste en pièce jointe)\n", "(list attached)\n") + outro; html = None; mode = None
    return dict(cat='signout_list', types=['patient_name', 'mrn', 'diagnosis'], note='handover list with several patients: names, ages, chart numbers, diagnoses, tasks',
                frm=ad(me, MAIN), to=[ad(to, MAIN)], cc=[ad(c.staff(STAFF_FR if lang == 'fr' else STAFF_EN), MAIN)] if R.random() < 0.4 else None,
                subject=D(lang, R.choice([f"Sign-out {unit}", f"Liste de départ {unit} – {R.randint(2, 13)} nov", "signout ce soir"]), R.choice([f"Sign-out {unit}", f"handover {unit}", "signout tonight"])),
                text=text, html=html, mode=mode, atts=atts)

def p_booking(c, lang):
    p = c.qc() if R.random() < 0.6 else c.other(PAT_QC if lang == 'fr' else PAT_EN, 'bk' + lang, 5, 90)
    me = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN)
    exam = R.choice(D(lang, ['coloscopie', 'IRM lombaire', 'échographie abdominale', 'scintigraphie osseuse', 'clinique de plaies', 'épreuve d\'effort'],
                        ['colonoscopy', 'lumbar MRI', 'abdominal US', 'bone scan', 'wound clinic', 'stress test']))
    ph = c.phone(); d1 = R.randint(17, 27); d2 = R.randint(1, 18)
    ident = ''
    if p.nam and R.random() < 0.5: ident = D(lang, f", NAM {fmt_nam(p.nam, R.choice([0, 1, 2]))}", f", RAMQ {fmt_nam(p.nam, R.choice([0, 1]))}")
    types = ['patient_name', 'date_of_birth', 'patient_contact'] + (['ramq_nam'] if ident else [])
    if lang == 'fr':
        body = (f"{hi(lang)}\n\nSVP déplacer le RDV de {p.t(lang)} {p.sur} {p.giv} (DDN {p.dobs(1)}{ident}) en {exam} prévu le {d1} nov. "
                f"{R.choice(['au mois de décembre', 'à une date après le 15 déc.', 'en après-midi si possible'])}. "
                f"{p.Il()} {R.choice(['travaille de jour', 'n’a pas de transport le matin', 'est hospitalisé' + p.e() + ' en ce moment'])}.\n"
                f"Cell. : {ph}\n\n{bye(lang)}\n{me['full']}\nAgente administrative, {R.choice(['cliniques externes', 'imagerie', 'centre de rendez-vous'])}")
    else:
        body = (f"{hi(lang)}\n\nPlease rebook {p.t(lang)} {p.giv} {p.sur} (DOB {p.dobs(0)}{ident}) - {exam} currently Nov {d1}. "
                f"{p.He()} {R.choice(['works days', 'has no ride in the morning', 'is currently admitted'])}; any date after Dec {d2} works.\n"
                f"Cell: {ph}\n\n{bye(lang)}\n{me['full']}\nBooking clerk, {R.choice(['outpatient clinics', 'Medical Imaging', 'Central Booking'])}")
    return dict(cat='booking', types=types, note='rebooking request with patient name, DOB, exam and cell phone',
                frm=ad(me, MAIN), to=[R.choice(['rdv-imagerie@' + CISSS, 'centralbooking@' + MAIN, 'rendezvous@' + EXT['clsc']])],
                subject=D(lang, R.choice([f"Déplacer RDV {exam}", f"RDV {p.sur} – à reporter", "changement de rdv"]), R.choice([f"Rebook {exam}", f"appt change - {p.sur}", "reschedule pls"])), text=body + disc(lang, 0.2))

def p_lab_critical(c, lang):
    p = c.qc() if R.random() < 0.4 else c.other(PAT_QC if lang == 'fr' else PAT_EN, 'lab' + lang, 20, 95)
    mrn = c.mrn(); me = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN); md = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN)
    test = R.choice([('K+', f"{R.choice(['6,8', '7,1', '2,3'])} mmol/L"), ('Na+', '118 mmol/L'), ('Hb', '54 g/L'), ('Troponine HS', '1840 ng/L'),
                     ('INR', '8,4'), ('Glucose', '1,8 mmol/L'), ('Lactate', '6,2 mmol/L'), ('Plaquettes', '9 x10^9/L')])
    val = test[1] if lang == 'fr' else test[1].replace(',', '.')
    t = f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}"
    if lang == 'fr':
        body = (f"VALEUR CRITIQUE – {test[0]} {val}\n\n{D(lang, 'Usager', '')} : {p.sur.upper()}, {p.giv}   Dossier : {mrn}\nPrélevé : {R.randint(2, 13)}-11-2026 {t}\n"
                f"Communiqué à {dr(md, lang)} par téléphone à {t[:2]}:{R.randint(10, 59)} (lecture confirmée).\n\n{me['full']}, T.M.\nLaboratoire de biochimie – {R.choice(SITES_FR)}")
    else:
        body = (f"CRITICAL VALUE - {test[0]} {val}\n\nPatient: {p.sur.upper()}, {p.giv}   MRN: {mrn}\nCollected: 2026-11-{R.randint(2, 13):02d} {t}\n"
                f"Called to {dr(md, lang)} at {t[:2]}:{R.randint(10, 59)}, read-back confirmed.\n\n{me['full']}, MLT\nCore Lab - {R.choice(SITES_EN)}")
    return dict(cat='critical_value', types=['patient_name', 'mrn', 'lab_result'], note='critical lab value with patient name and chart number',
                frm=ad(me, MAIN), to=[ad(md, R.choice([MAIN, EXT['gmf']]))], subject=D(lang, f"Valeur critique {test[0]} – {p.sur}", f"Critical value {test[0]} - {p.sur}") if R.random() < 0.6 else D(lang, 'Valeur critique', 'Critical result'), text=body)

def p_imaging(c, lang):
    p = c.other(PAT_QC if lang == 'fr' else PAT_EN, 'img' + lang, 40, 88) if R.random() < 0.6 else c.qc(minage=35)
    mrn = c.mrn(); me = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN); to = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN)
    find = R.choice(D(lang, ['nodule pulmonaire LSD de 9 mm', 'masse rénale G de 3,2 cm suspecte', 'anévrisme aorte abdo 5,6 cm', 'lésion hépatique indéterminée'],
                        ['9 mm RUL pulmonary nodule', 'suspicious 3.2 cm L renal mass', '5.6 cm AAA', 'indeterminate liver lesion']))
    if lang == 'fr':
        body = (f"{hi(lang, dr(to, lang))}\n\nTrouvaille fortuite à la TDM du {R.randint(2, 12)} nov. chez {p.t(lang)} {p.giv} {p.sur} (dossier {mrn}, {p.age} ans) : {find}.\n"
                f"Recommandation : {R.choice(['TDM de contrôle dans 3 mois', 'référence urgente en urologie', 'consultation chirurgie vasculaire', 'IRM hépatique'])}.\n"
                f"Le rapport est au dossier mais je voulais m'assurer que le suivi soit fait.\n\n")
    else:
        body = (f"{hi(lang, dr(to, lang))}\n\nIncidental finding on CT of Nov {R.randint(2, 12)} for {p.t(lang)} {p.giv} {p.sur} (MRN {mrn}, {p.age}{p.sx(lang)}): {find}.\n"
                f"Recommend {R.choice(['follow-up CT in 3 months', 'urgent urology referral', 'vascular surgery consult', 'liver MRI'])}.\nReport is signed but wanted to make sure f/u happens.\n\n")
    body += sig(lang, me, D(lang, 'Radiologie diagnostique', 'Diagnostic Radiology'), md=True)
    return dict(cat='imaging_followup', types=['patient_name', 'mrn', 'diagnosis'], note='incidental imaging finding with patient name and chart number',
                frm=ad(me, MAIN), to=[ad(to, R.choice([EXT['gmf'], EXT['on'], MAIN]))], subject=D(lang, "Trouvaille fortuite – suivi requis", "Incidental finding - f/u needed"), text=body)

def p_discharge(c, lang):
    p = c.qc(minage=25); me = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN); to = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN)
    d, rx = dx(lang); mrn = c.mrn()
    lines = [D(lang, 'SOMMAIRE D\'HOSPITALISATION', 'DISCHARGE SUMMARY'), '',
             f"{D(lang, 'Nom', 'Name')}: {p.sur.upper()}, {p.giv}    {D(lang, 'DDN', 'DOB')}: {p.dobs(0)}    {D(lang, 'Sexe', 'Sex')}: {p.sx(lang)}",
             f"NAM: {fmt_nam(p.nam, 1)}    {D(lang, 'Dossier', 'MRN')}: {mrn}",
             f"{D(lang, 'Admission', 'Admitted')}: 2026-10-{R.randint(20, 30)}    {D(lang, 'Congé', 'Discharged')}: 2026-11-{R.randint(2, 9):02d}", '',
             f"{D(lang, 'Diagnostic principal', 'Most responsible diagnosis')}: {d}",
             f"{D(lang, 'Médication au congé', 'Discharge medications')}: {rx}",
             D(lang, 'Suivi : MD de famille dans 7-10 jours, bilan sanguin dans 1 semaine.', 'Follow-up: family MD in 7-10 days, bloodwork in 1 week.'),
             '', f"{dr(me, lang)}"]
    body = D(lang, f"{hi(lang, dr(to, lang))}\n\nVeuillez trouver ci-joint le sommaire de congé de votre {p.pt(lang)}.\n\n{bye(lang)}\n\n",
             f"{hi(lang, dr(to, lang))}\n\nAttached is the discharge summary for your patient.\n\n{bye(lang)}\n\n") + sig(lang, me, D(lang, 'Archives médicales', 'Health Records')) + disc(lang, 0.6)
    return dict(cat='discharge_summary', types=['patient_name', 'date_of_birth', 'ramq_nam', 'mrn', 'diagnosis', 'medication'], note='short cover note; PDF discharge summary with patient identity, NAM, diagnosis, meds',
                frm=ad(me, MAIN), to=[ad(to, EXT['gmf'])], subject=D(lang, R.choice(['Sommaire de congé', 'Sommaire hospitalisation – votre patient(e)']), R.choice(['Discharge summary', 'D/C summary'])), text=body,
                atts=[('pdf', R.choice([f"sommaire_{p.sur}.pdf", "document.pdf", f"DC_{mrn}.pdf"]), make_pdf(D(lang, 'CHU Exemple – Archives', 'CHU Exemple - Health Records'), lines))])

def p_medrec(c, lang):
    p = c.qc(minage=30); me = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN)
    d, rx = dx(lang)
    if lang == 'fr':
        body = (f"{hi(lang)}\n\nBilan comparatif au congé pour {p.t(lang)} {p.sur} {p.giv}, DDN {p.dobs(1)}, NAM {fmt_nam(p.nam, R.choice([0, 1, 3]))}.\n\n"
                f"CESSÉS : ramipril 10 mg, naproxène\nNOUVEAUX : {rx}\nMODIFIÉ : métoprolol 25 mg BID -> 50 mg BID\n\n"
                f"Dx à l'hospitalisation : {d}. SVP mettre à jour le profil et préparer en dosette à partir du {R.randint(10, 20)} nov.\n\n{bye(lang)}\n\n")
    else:
        body = (f"{hi(lang)}\n\nDischarge med rec for {p.t(lang)} {p.giv} {p.sur}, DOB {p.dobs(0)}, RAMQ {fmt_nam(p.nam, R.choice([0, 1]))}.\n\n"
                f"STOPPED: ramipril 10 mg, naproxen\nNEW: {rx}\nCHANGED: metoprolol 25 mg BID -> 50 mg BID\n\nAdmitted for {d}. Please update profile and blister pack starting Nov {R.randint(10, 20)}.\n\n{bye(lang)}\n\n")
    body += sig(lang, me, D(lang, 'Pharmacienne – Département de pharmacie' if me['sex'] == 'F' else 'Pharmacien – Département de pharmacie', 'Clinical Pharmacist'))
    return dict(cat='med_reconciliation', types=['patient_name', 'date_of_birth', 'ramq_nam', 'medication', 'diagnosis'], note='discharge medication reconciliation sent to community pharmacy with patient identity and NAM',
                frm=ad(me, MAIN), to=['labo@' + EXT['pharm']], subject=D(lang, R.choice(['BCM congé', 'Bilan comparatif des médicaments', 'Profil à mettre à jour']), R.choice(['Med rec - discharge', 'Discharge med changes'])), text=body)

def p_homecare(c, lang):
    p = c.qc(minage=55); me = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN); a1, a2 = c.addr(); ph = c.phone()
    need = R.choice(D(lang, ['pansement ulcère sacré stade 3, 3x/sem', 'surveillance glycémies + enseignement insuline', 'soins palliatifs – gestion douleur, pompe SC', 'ATB IV à domicile (céfazoline) x 10 j'],
                        ['stage 3 sacral ulcer dressing 3x/wk', 'glucose monitoring + insulin teaching', 'palliative care - pain mgmt, SC pump', 'home IV abx (cefazolin) x10d']))
    if lang == 'fr':
        body = (f"{hi(lang)}\n\nDemande de services SAD – congé prévu le {R.randint(10, 20)} nov.\n\nUsager : {p.sur}, {p.giv} ({p.sx(lang)}, {p.age} ans)\nNAM : {fmt_nam(p.nam, R.choice([0, 1]))}\n"
                f"Adresse : {a1}, {a2}\nTél. : {ph} ({R.choice(['fille', 'conjoint', 'lui-même' if not p.f else 'elle-même'])})\n"
                f"Besoin : {need}\nVit seul{p.e()}, {R.choice(['escaliers à l’entrée', 'chat à la maison', 'clé chez la voisine'])}.\n\n{bye(lang)}\n\n")
    else:
        body = (f"{hi(lang)}\n\nHome care referral - discharge planned Nov {R.randint(10, 20)}.\n\nClient: {p.sur}, {p.giv} ({p.sx(lang)}, {p.age})\nRAMQ: {fmt_nam(p.nam, R.choice([0, 1]))}\n"
                f"Address: {a1}, {a2}\nPhone: {ph} (daughter)\nNeeds: {need}\nLives alone, stairs at entrance.\n\n{bye(lang)}\n\n")
    body += sig(lang, me, D(lang, 'Infirmière de liaison' if me['sex'] == 'F' else 'Infirmier de liaison', 'Liaison Nurse'))
    return dict(cat='home_care', types=['patient_name', 'ramq_nam', 'patient_contact', 'diagnosis'], note='home-care request with patient identity, NAM, home address, phone and care needs',
                frm=ad(me, MAIN), to=['guichet-sad@' + EXT['clsc']], subject=D(lang, R.choice(['Demande SAD', 'Référence soutien à domicile', 'Demande de services CLSC']), R.choice(['Home care referral', 'CLSC referral'])), text=body)

def p_transport(c, lang):
    p = c.qc(minage=40) if R.random() < 0.5 else c.other(PAT_QC if lang == 'fr' else PAT_EN, 'tr' + lang, 40, 90)
    me = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN); a1, a2 = c.addr(); ph = c.phone()
    why = R.choice(D(lang, ['hémodialyse lun-mer-ven 7h', 'radiothérapie 5 jours/sem x 5 sem', 'clinique d’oncologie le 19 nov 10h'], ['hemodialysis MWF 7am', 'radiation Mon-Fri x5 wks', 'oncology clinic Nov 19 10am']))
    mob = R.choice(D(lang, ['fauteuil roulant', 'marchette', 'civière'], ['wheelchair', 'walker', 'stretcher']))
    if lang == 'fr':
        body = f"{hi(lang)}\n\nTransport requis pour {p.t(lang)} {p.giv} {p.sur}\n{a1}\n{a2}\nTél. {ph}\nMotif : {why}\nMobilité : {mob}\nAccompagnateur : non\n\n{bye(lang)}\n{me['full']}\nCommis – hémodialyse / oncologie"
    else:
        body = f"{hi(lang)}\n\nTransport needed for {p.t(lang)} {p.giv} {p.sur}\n{a1}\n{a2}\nPh {ph}\nFor: {why}\nMobility: {mob}\nEscort: no\n\n{bye(lang)}\n{me['full']}\nUnit clerk"
    return dict(cat='transport', types=['patient_name', 'patient_contact', 'diagnosis'], note='transport request with patient name, home address, phone and treatment schedule',
                frm=ad(me, MAIN), to=['reservations@' + EXT['transport']], subject=D(lang, R.choice(['Demande de transport', 'transport adapté – nouvelle demande']), R.choice(['Transport request', 'paratransit booking'])), text=body)

def p_social(c, lang):
    me = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN)
    kind = R.randrange(4)
    if kind == 0:
        p = c.qc(maxage=17)
        body = D(lang, f"{hi(lang)}\n\nSuite à notre conversation téléphonique, je confirme le signalement concernant {p.giv} {p.sur} (DDN {p.dobs(0)}), "
                        f"vu{p.e()} à l'urgence pédiatrique le {R.randint(2, 12)} nov. pour {R.choice(['ecchymoses multiples d’âges différents', 'fracture spiralée de l’humérus inexpliquée', 'négligence (poids < 3e percentile, hygiène)'])}.\n"
                        f"La mère est présente au chevet. Le père fait l'objet d'une ordonnance de non-contact.\nDossier CHU : {c.mrn()}\n\n",
                  f"{hi(lang)}\n\nFurther to our call, confirming the report regarding {p.giv} {p.sur} (DOB {p.dobs(0)}), seen in peds ED on Nov {R.randint(2, 12)} for "
                  f"{R.choice(['multiple bruises of different ages', 'unexplained spiral humerus fracture', 'neglect (weight < 3rd percentile)'])}.\nMother at bedside; father under a no-contact order.\nChart: {c.mrn()}\n\n")
        to = ['signalement@' + EXT['dpj']]; subj = D(lang, 'Signalement – suivi écrit', 'Youth protection report - written follow-up'); types = ['patient_name', 'date_of_birth', 'mrn', 'diagnosis', 'social_information']
    elif kind == 1:
        p = c.qc(minage=20, maxage=60) if R.random() < 0.5 else c.other(PAT_QC if lang == 'fr' else PAT_EN, 'sw' + lang, 20, 55)
        body = D(lang, f"{hi(lang)}\n\nAvez-vous une place cette semaine? {p.t(lang)} {p.giv} {p.sur}, {p.age} ans, hospitalisé{p.e()} depuis le {R.randint(1, 9)} nov. suite à des voies de fait par son conjoint. "
                        f"Congé médical possible jeudi, ne peut pas retourner au domicile. {R.choice(['Deux enfants (4 et 7 ans) présentement chez la grand-mère.', 'Aucun revenu propre, dépend du conjoint.'])}\n"
                        f"Vous pouvez me joindre au poste 4412.\n\n",
                  f"{hi(lang)}\n\nDo you have a bed this week? {p.t(lang)} {p.giv} {p.sur}, {p.age}, admitted since Nov {R.randint(1, 9)} after an assault by {p.his()} partner. "
                  f"Medically cleared Thursday, cannot go home. {R.choice(['Two kids (4 and 7) with grandmother for now.', 'No income of own, financially dependent on partner.'])}\nReach me at ext 4412.\n\n")
        to = ['intervention@' + EXT['shelter']]; subj = D(lang, 'Demande d’hébergement – urgent', 'Shelter bed request - urgent'); types = ['patient_name', 'social_information']
    elif kind == 2:
        p = c.qc(minage=25, maxage=70)
        body = D(lang, f"{hi(lang)}\n\n{p.t(lang)} {p.sur} ({p.giv}, NAM {fmt_nam(p.nam, 1)}) quitte l'unité de psychiatrie lundi. Pas de logement stable depuis août, "
                        f"prestations d'aide sociale suspendues (adresse inconnue). Pourriez-vous l'accompagner pour la demande de réintégration et le HLM?\n\n",
                  f"{hi(lang)}\n\n{p.t(lang)} {p.sur} ({p.giv}, RAMQ {fmt_nam(p.nam, 1)}) leaves the psych unit Monday. No stable housing since August; "
                  f"social assistance cut off (no fixed address). Could you help with reinstatement and the housing application?\n\n")
        to = ['accueil@' + EXT['clsc']]; subj = D(lang, 'Référence – logement / aide sociale', 'Referral - housing / income support'); types = ['patient_name', 'ramq_nam', 'diagnosis', 'social_information']
    else:
        p = c.qc(maxage=16)
        body = D(lang, f"{hi(lang)}\n\nPour la rencontre de jeudi : {p.giv} {p.sur} ({p.age} ans) est en famille d'accueil depuis octobre (placement DPJ). "
                        f"Seule la famille d'accueil peut recevoir l'information médicale; la mère n'a pas les droits de garde. Merci d'en tenir compte pour les appels.\n\n",
                  f"{hi(lang)}\n\nFor Thursday's meeting: {p.giv} {p.sur} ({p.age}) is in foster care since October (youth protection placement). "
                  f"Only the foster family may receive medical info; mother does not have custody. Please keep in mind for calls.\n\n")
        to = [ad(c.staff(STAFF_FR if lang == 'fr' else STAFF_EN), MAIN)]; subj = D(lang, 'garde / autorisations – pédiatrie', 'custody / consent - peds'); types = ['patient_name', 'social_information']
    body += sig(lang, me, D(lang, 'Travailleuse sociale' if me['sex'] == 'F' else 'Travailleur social', 'Social Worker'), ext=R.random() < 0.6) + disc(lang, 0.5)
    return dict(cat='social_work', types=types, note='social work message about an identified patient (protection, violence, housing or custody)',
                frm=ad(me, R.choice([MAIN, CISSS])), to=to, subject=subj, text=body)

def p_insurance(c, lang):
    p = c.qc(minage=20, maxage=64) if R.random() < 0.6 else c.other(PAT_QC if lang == 'fr' else PAT_EN, 'ins' + lang, 20, 64)
    s = gen_sin(); me = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN); d, rx = dx(lang)
    org = R.choice(['ins', 'cnesst', 'saaq'])
    if lang == 'fr':
        body = (f"{hi(lang)}\n\nEn réponse à votre demande de renseignements (réclamation no {R.randint(100000, 999999)}) :\n\nNom : {p.sur}, {p.giv}\nDDN : {p.dobs(1)}\nNAS : {fmt_sin(s, R.choice([0, 1, 2]))}\n"
                f"Période d’invalidité : du {R.randint(1, 15)} sept. au {R.randint(1, 30)} nov. 2026\nDiagnostic : {d}\nTraitement : {rx}\n\n"
                f"L’autorisation signée de l’usager est au dossier. Les copies de notes suivront par télécopieur.\n\n{bye(lang)}\n\n")
    else:
        body = (f"{hi(lang)}\n\nIn response to your request (claim #{R.randint(100000, 999999)}):\n\nName: {p.sur}, {p.giv}\nDOB: {p.dobs(0)}\nSIN: {fmt_sin(s, R.choice([0, 1, 2]))}\n"
                f"Disability period: Sep {R.randint(1, 15)} - Nov {R.randint(1, 30)}, 2026\nDiagnosis: {d}\nTreatment: {rx}\n\nSigned authorization is on file. Chart notes to follow by fax.\n\n{bye(lang)}\n\n")
    body += sig(lang, me, D(lang, 'Archives médicales – accès à l’information', 'Health Records - Release of Information'))
    return dict(cat='insurance_billing', types=['patient_name', 'date_of_birth', 'ca_sin', 'diagnosis', 'medication'], note='disability claim reply with patient name, DOB, SIN, diagnosis',
                frm=ad(me, MAIN), to=['reclamations@' + EXT[org]], subject=D(lang, 'Réclamation – renseignements médicaux', 'Claim - medical information'), text=body)

def p_ohip(c, lang='en'):
    p = c.other(PAT_EN, 'ohip', 18, 90); h = gen_ohn(); vc = R.choice(['', ' AB', ' KT', ' ZX']); me = c.staff(STAFF_EN); d, rx = dx('en')
    a1, a2 = c.addr_on()
    kind = R.randrange(2)
    if kind == 0:
        body = (f"Hi,\n\nOut-of-province claim for an Ontario resident seen in our ED.\n\nPatient: {p.giv} {p.sur}\nDOB: {p.dobs(0)}\nHealth card: {fmt_ohn(h, R.choice([0, 1, 2]))}{vc}\n"
                f"Address: {a1}, {a2}\nDate of service: 2026-11-{R.randint(2, 12):02d}\nDx: {d}\n\nPlease advise if the version code is not current.\n\n{bye('en')}\n\n")
        subj = 'OOP claim - Ontario resident'; to = ['claims@' + EXT['ohip']]
        types = ['patient_name', 'date_of_birth', 'ca_health_number', 'patient_contact', 'diagnosis']; note = 'out-of-province claim with Ontario health number, name, DOB, address, diagnosis'
    else:
        mrn = c.mrn()
        body = (f"Hello {dr(c.staff(STAFF_EN), 'en')},\n\nTransfer back to your facility tomorrow AM for {p.t('en')} {p.sur}, {p.giv}, {p.age}{p.sx('en')}, OHIP {fmt_ohn(h, R.choice([0, 1, 2]))}{vc}, our MRN {mrn}.\n"
                f"Admitted here after presenting while visiting family; dx {d}. Current meds: {rx}. Stable on room air, bed confirmed on your 5W.\n\n{bye('en')}\n\n")
        subj = f"Repatriation to Ottawa - {p.sur}"; to = ['patientflow@' + EXT['on']]
        types = ['patient_name', 'ca_health_number', 'mrn', 'diagnosis', 'medication']; note = 'repatriation to Ontario hospital with OHIP number, name, chart number, diagnosis'
    body += sig('en', me, 'Patient Flow Coordinator' if kind else 'Billing Office')
    return dict(cat='ontario_partner', types=types, note=note, frm=ad(me, MAIN), to=to, subject=subj, text=body)

def p_belgium(c, lang='fr'):
    p = c.other(PAT_BE, 'be', 20, 85); n = gen_niss(p); me = c.staff(STAFF_FR); be = c.staff(STAFF_BE); d, rx = dx('fr')
    body = (f"Bonjour {dr(be, 'fr')},\n\nNous avons hospitalisé du {R.randint(1, 5)} au {R.randint(6, 12)} novembre un{p.e()} {p.pt('fr')} de nationalité belge, {p.t('fr')} {p.giv} {p.sur.upper()}, "
            f"né{p.e()} le {p.dobs(4)}, numéro de registre national {fmt_niss(n, R.choice([0, 1, 2]))}, affilié{p.e()} à la {R.choice(['Mutualité chrétienne', 'Solidaris', 'Partenamut'])}.\n"
            f"Diagnostic : {d}. Traitement de sortie : {rx}.\n{p.Il()} rentre à Liège le {R.randint(14, 20)} novembre; pourriez-vous assurer le suivi en consultation?\n"
            f"Le rapport complet vous parviendra par la plateforme sécurisée.\n\n{bye('fr')}\n\n" + sig('fr', me, 'Médecine interne', md=True) + disc('fr', 0.5))
    return dict(cat='belgium_partner', types=['patient_name', 'date_of_birth', 'be_niss', 'diagnosis', 'medication'], note='letter to Belgian hospital with patient name, DOB, NISS, diagnosis',
                frm=ad(me, MAIN), to=[ad(be, EXT['be'])], subject=R.choice([f"Suivi patient{p.e()} belge – {p.sur}", 'Retour en Belgique – suivi', 'Transfert d’information médicale']), text=body)

def p_france(c, lang='fr'):
    p = c.other(PAT_FRA, 'fra', 20, 85); n = gen_nir(p); me = c.staff(STAFF_FR); fr_ = c.staff(STAFF_FRA); d, rx = dx('fr')
    body = (f"Chère consœur, cher confrère,\n\nJe vous adresse {p.t('fr')} {p.giv} {p.sur.upper()}, {p.age} ans (n° de sécurité sociale {fmt_nir(n, R.choice([0, 1]))}), "
            f"hospitalisé{p.e()} dans notre service lors d'un séjour au Québec pour {d}.\nRapatriement organisé par l’assisteur le {R.randint(15, 25)}/11. Traitement en cours : {rx}.\n"
            f"Merci de bien vouloir l’accueillir à son arrivée à Lyon.\n\nBien confraternellement,\n\n" + sig('fr', me, 'Unité de médecine hospitalière', md=True))
    return dict(cat='france_partner', types=['patient_name', 'fr_nir', 'diagnosis', 'medication'], note='repatriation letter to French hospital with patient name, NIR, diagnosis',
                frm=ad(me, MAIN), to=[ad(fr_, EXT['fra'])], subject=R.choice(['Rapatriement sanitaire', f"Transfert {p.sur} – CHU Lyon", 'Prise en charge à l’arrivée']), text=body)

def p_research(c, lang):
    me = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN)
    if R.random() < 0.5:
        p = c.qc(minage=40) if R.random() < 0.5 else c.other(PAT_QC if lang == 'fr' else PAT_EN, 'rs' + lang, 40, 80)
        mrn = c.mrn(); pid = f"{R.choice(['CARD', 'ONC', 'NEPH'])}-{R.randint(100, 999)}-{R.randint(1, 40):03d}"
        body = D(lang, f"{hi(lang)}\n\nEIG à déclarer : participant{p.e()} {pid} ({p.giv} {p.sur}, dossier {mrn}) hospitalisé{p.e()} le {R.randint(2, 10)} nov. pour "
                        f"{R.choice(['hémorragie digestive haute', 'insuffisance rénale aiguë', 'neutropénie fébrile'])}. Médicament à l’étude suspendu. Je complète le formulaire ce soir.\n\n",
                  f"{hi(lang)}\n\nSAE to report: subject {pid} ({p.giv} {p.sur}, MRN {mrn}) admitted Nov {R.randint(2, 10)} with "
                  f"{R.choice(['upper GI bleed', 'acute kidney injury', 'febrile neutropenia'])}. Study drug on hold. Will complete the form tonight.\n\n")
        atts = []; types = ['patient_name', 'mrn', 'diagnosis', 'medication']; note = 'research serious adverse event naming the participant with chart number'
    else:
        rows = [D(lang, ['Nom', 'Prénom', 'Dossier', 'DDN', 'Éligible', 'Raison'], ['Last', 'First', 'MRN', 'DOB', 'Eligible', 'Reason'])]
        for i in range(R.randint(5, 9)):
            p = c.qc(minage=30) if R.random() < 0.4 else c.other(PAT_QC if lang == 'fr' else PAT_EN, 'rs' + lang, 30, 85)
            rows.append([p.sur, p.giv, c.mrn(R.choice([0, 1])), p.dobs(0), R.choice(['O', 'N']) if lang == 'fr' else R.choice(['Y', 'N']),
                         R.choice(D(lang, ['DFGe < 30', 'FA', 'refus', 'démence', ''], ['eGFR < 30', 'AFib', 'declined', 'dementia', '']))])
        body = D(lang, f"{hi(lang)}\n\nCi-joint le registre de présélection d’octobre pour l’audit du promoteur. \n\n", f"{hi(lang)}\n\nAttached is the October screening log for the sponsor monitoring visit.\n\n")
        atts = [('xlsx', D(lang, 'registre_preselection_oct.xlsx', 'screening_log_Oct.xlsx'), make_xlsx(rows))]
        types = ['patient_name', 'mrn', 'date_of_birth', 'diagnosis']; note = 'screening log spreadsheet with patient names, chart numbers, DOB and exclusion reasons'
    body += sig(lang, me, D(lang, 'Coordonnatrice de recherche clinique' if me['sex'] == 'F' else 'Coordonnateur de recherche clinique', 'Clinical Research Coordinator'))
    return dict(cat='research', types=types, note=note, frm=ad(me, MAIN), to=[R.choice(['monitor@cro-exemple.example', 'irb@' + EXT['univ'], 'safety@' + EXT['mcgill']])],
                subject=D(lang, R.choice(['EIG – à déclarer', 'Registre de présélection', 'Étude – suivi']), R.choice(['SAE report', 'Screening log', 'study follow-up'])), text=body, atts=atts)

def p_incident(c, lang):
    p = c.qc(minage=60) if R.random() < 0.5 else c.other(PAT_QC if lang == 'fr' else PAT_EN, 'inc' + lang, 60, 95)
    mrn = c.mrn(); me = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN); room = f"{R.randint(2, 8)}{R.randint(10, 40)}"
    what = R.choice(D(lang, [f"chute en se levant seul{p.e()} pour aller à la toilette, fracture du poignet D confirmée", "erreur de médicament : hydromorphone 10 mg administrée au lieu de 1 mg, naloxone donnée", "plaie de pression stade 2 constatée au talon"],
                        ["fall while getting up unassisted, R wrist fracture confirmed", "medication error: hydromorphone 10 mg given instead of 1 mg, naloxone administered", "stage 2 pressure injury found on heel"]))
    body = D(lang, f"{hi(lang)}\n\nRapport AH-223 saisi pour l’événement de cette nuit.\nUsager : {p.sur}, {p.giv} – ch. {room} – dossier {mrn}\nÉvénement : {what}.\nFamille avisée par l’inf.-chef à 8h10. Divulgation faite.\n\n",
             f"{hi(lang)}\n\nIncident report filed for last night.\nPatient: {p.sur}, {p.giv} - Rm {room} - MRN {mrn}\nEvent: {what}.\nFamily notified by the nurse manager at 08:10. Disclosure done.\n\n")
    body += sig(lang, me, D(lang, 'Conseillère en gestion des risques' if me['sex'] == 'F' else 'Conseiller en gestion des risques', 'Risk Management Advisor'))
    return dict(cat='incident_report', types=['patient_name', 'mrn', 'diagnosis', 'medication'] if 'hydro' in what else ['patient_name', 'mrn', 'diagnosis'],
                note='incident report naming patient, room and chart number with the injury', frm=ad(me, MAIN), to=['qualite@' + CISSS],
                subject=D(lang, 'Déclaration d’incident – AH-223', 'Incident report'), text=body)

def p_subject_only(c, lang):
    p = c.qc(minage=18); me = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN); to = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN)
    d, rx = dx(lang)
    k = R.randrange(3)
    if k == 0: subj = f"RE: {p.sur} {p.giv} {p.dobs(0)[2:]} – {d.split('(')[0].strip()}"; types = ['patient_name', 'date_of_birth', 'diagnosis']
    elif k == 1: subj = f"{D(lang, 'TR', 'FW')}: {fmt_nam(p.nam, R.choice([0, 1]))} {D(lang, 'résultat biopsie', 'biopsy result')}"; types = ['ramq_nam', 'diagnosis']
    else: subj = f"{p.sur.upper()} {p.giv[0]}. {D(lang, 'ch', 'rm')} {R.randint(301, 340)} - {rx.split(',')[0]}"; types = ['patient_name', 'medication']
    body = R.choice(D(lang, ["Vu. Merci", "ok je m'en occupe", "Reçu, je l'ajoute à ma liste demain.", "Parfait merci!"], ["Seen, thx", "ok will do", "Got it, adding to my list for tomorrow.", "thanks!"]))
    body += '\n\n' + (f"{to['giv'][0]}." if R.random() < 0.5 else sig(lang, to, D(lang, 'Médecine interne', 'Internal Medicine'), md=True, ext=False))
    return dict(cat='subject_only', types=types, note='patient identity and clinical detail appear only in the Subject; body is a one-line acknowledgement',
                frm=ad(to, MAIN), to=[ad(me, MAIN)], subject=subj, text=body)

def p_split(c, lang):
    me = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN); to = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN)
    if R.random() < 0.5:
        mrn = c.mrn(R.choice([0, 1, 3])); subj = D(lang, f"Dossier {mrn}", f"Chart {mrn}")
        body = D(lang, "A refusé sa dialyse ce matin, 2e fois cette semaine. K+ à 6,1. Famille avisée, rencontre à prévoir avec néphro.\n",
                 "Refused dialysis again this morning, 2nd time this week. K 6.1. Family aware, need a meeting with nephro.\n")
        types = ['mrn', 'lab_result', 'diagnosis']; note = 'chart number in Subject only; body gives clinical facts without a name'
    else:
        p = c.qc(minage=18) if R.random() < 0.5 else c.other(PAT_QC if lang == 'fr' else PAT_EN, 'sp' + lang, 18, 90)
        subj = f"{p.t(lang)} {p.sur}"
        body = D(lang, f"Résultat de la ponction : cytologie positive pour adénocarcinome. Je {R.choice(['lui', 'la' if p.f else 'le'])} revois lundi pour annoncer, svp ne rien dire avant.\n",
                 f"Pleural tap cytology came back positive for adenocarcinoma. I'll see {p.him()} Monday to break the news, please don't say anything before.\n")
        types = ['patient_name', 'diagnosis', 'lab_result']; note = 'patient name in Subject, diagnosis in body'
    body += '\n' + (me['giv'] if R.random() < 0.5 else sig(lang, me, D(lang, 'Pneumologie', 'Respirology'), md=True, ext=False))
    return dict(cat='split_subject_body', types=types, note=note, frm=ad(me, MAIN), to=[ad(to, MAIN)], subject=subj, text=body)

def p_quoted(c, lang):
    p = c.qc(minage=18) if R.random() < 0.5 else c.other(PAT_QC if lang == 'fr' else PAT_EN, 'qt' + lang, 18, 90)
    me = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN); other = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN); d, rx = dx(lang)
    ident = f"NAM {fmt_nam(p.nam, 1)}" if p.nam else D(lang, f"dossier {c.mrn()}", f"MRN {c.mrn()}")
    tgt = c.staff(SF(lang))
    orig = D(lang, f"Bonjour,\n\nPouvez-vous faxer la dernière note de {p.t(lang)} {p.giv} {p.sur} ({ident}) au Dr {tgt['sur']}? {p.Il()} est suivi{p.e()} pour {d} et prend {rx}.\n\nMerci\n{other['full']}",
             f"Hi,\n\nCould you fax the last note for {p.t(lang)} {p.giv} {p.sur} ({ident}) to Dr. {tgt['sur']}? {p.He()} is followed for {d} and on {rx}.\n\nThanks\n{other['full']}")
    top = R.choice(D(lang, ["C'est fait, envoyé à 14h.", "Parfait, je m'en occupe demain matin.", "Envoyé. Bonne fin de semaine!"], ["Done, faxed at 2pm.", "Will do first thing tomorrow.", "Sent. Have a good weekend!"]))
    body = f"{top}\n\n{me['giv']}\n\n{qhdr(lang, other['full'] + ' <' + ad(other, EXT['gmf'])[1] + '>', dstr(lang))}\n{quote(orig)}"
    if R.random() < 0.35:
        mid = R.choice(D(lang, ["Est-ce que quelqu'un a pu s'en occuper?", "Relance svp, le Dr attend toujours."], ["Did anyone get to this?", "Following up, the doctor is still waiting."]))
        body = f"{top}\n\n{me['giv']}\n\n{qhdr(lang, other['full'], dstr(lang))}\n" + quote(f"{mid}\n\n{other['giv']}\n\n{qhdr(lang, other['full'], dstr(lang))}\n{quote(orig)}")
    types = ['patient_name', 'ramq_nam' if p.nam else 'mrn', 'diagnosis', 'medication']
    return dict(cat='quoted_reply', types=types, note='short innocuous reply on top; quoted original names the patient with identifier, diagnosis and meds',
                frm=ad(me, MAIN), to=[ad(other, EXT['gmf'])], subject=D(lang, 'RE: demande de note', 'RE: note request'), text=body)

def p_inline_fwd(c, lang):
    p = c.qc(minage=18) if R.random() < 0.6 else c.other(PAT_QC if lang == 'fr' else PAT_EN, 'fw' + lang, 18, 90)
    me = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN); src = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN); to = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN)
    mrn = c.mrn(); d, rx = dx(lang)
    inner = D(lang, f"Bonjour,\n\n{p.t(lang)} {p.sur} ({p.giv}), {p.age} ans, dossier {mrn}, s'est présenté{p.e()} à l'urgence hier soir pour {d}. "
                    f"Congé ce matin avec {rx}. À revoir en clinique d'ici 2 semaines svp.\n\n{src['full']}",
             f"Hello,\n\n{p.t(lang)} {p.sur} ({p.giv}), {p.age}, MRN {mrn}, came to the ED last night with {d}. D/C this AM on {rx}. Please see in clinic within 2 weeks.\n\n{src['full']}")
    top = R.choice(D(lang, ["Pour ta clinique de mardi, peux-tu l'ajouter?", "FYI – à céduler svp", "Voir ci-dessous, merci de donner suite."], ["Can you add to Tuesday's clinic?", "FYI - please book", "See below, pls follow up."]))
    body = f"{top}\n\n{me['giv']}\n\n" + fwd_block(lang, f"{src['full']} <{ad(src, MAIN)[1]}>", f"{me['full']} <{ad(me, MAIN)[1]}>", dstr(lang), D(lang, 'Suivi urgence', 'ED follow-up'), inner)
    return dict(cat='inline_forward', types=['patient_name', 'mrn', 'diagnosis', 'medication'], note='inline forward; forwarded text has patient name, chart number, ED diagnosis and meds',
                frm=ad(me, MAIN), to=[ad(to, R.choice([MAIN, EXT['gmf']]))], subject=D(lang, 'TR: Suivi urgence', 'Fwd: ED follow-up'), text=body)

def p_fwd_attach(c, lang):
    p = c.qc(minage=18); me = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN); src = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN); d, rx = dx(lang)
    inner_d = dict(frm=ad(src, EXT['gmf']), to=[ad(me, MAIN)], subject=D(lang, f"Demande urgente – {p.sur}", f"Urgent - {p.sur}"),
                   text=D(lang, f"Bonjour,\n{p.t(lang)} {p.giv} {p.sur}, DDN {p.dobs(0)}, NAM {fmt_nam(p.nam, 0)} : {d}, aggravation depuis 48h. Pouvez-vous devancer son RDV?\n{src['full']}",
                          f"Hi,\n{p.t(lang)} {p.giv} {p.sur}, DOB {p.dobs(0)}, RAMQ {fmt_nam(p.nam, 0)}: {d}, worse over 48h. Can you move up the appointment?\n{src['full']}"),
                   mode='plain', date=when())
    inner = build(inner_d, inner=True)
    body = D(lang, f"{hi(lang)}\n\nJe te transfère la demande ci-jointe, peux-tu regarder?\n\n{me['giv']}", f"{hi(lang)}\n\nForwarding the attached request, can you take a look?\n\n{me['giv']}")
    return dict(cat='forward_as_attachment', types=['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis'], note='forward as attached .eml; the attached message carries patient identity, NAM and diagnosis',
                frm=ad(me, MAIN), to=[ad(c.staff(STAFF_FR if lang == 'fr' else STAFF_EN), MAIN)], subject=D(lang, 'TR: demande urgente', 'FW: urgent request'), text=body,
                atts=[('eml', D(lang, 'demande.eml', 'request.eml'), inner)])

def p_ics(c, lang):
    p = c.qc(minage=18) if R.random() < 0.5 else c.other(PAT_QC if lang == 'fr' else PAT_EN, 'ics' + lang, 18, 95)
    me = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN); att = [c.staff(STAFF_FR if lang == 'fr' else STAFF_EN) for _ in range(3)]
    room = f"{R.randint(2, 8)}{R.randint(10, 40)}"; mrn = c.mrn()
    what = R.choice(D(lang, ['Rencontre famille – niveau de soins', 'Plan de congé complexe', 'Discussion soins palliatifs'], ['Family meeting - goals of care', 'Complex discharge planning', 'Palliative care discussion']))
    summ = f"{what} – {p.t(lang)} {p.sur} ({D(lang, 'ch.', 'rm')} {room})"
    desc = D(lang, f"{p.giv} {p.sur}, dossier {mrn}. {R.choice(['Démence avancée, pneumonies d’aspiration à répétition.', 'Néo pancréas métastatique, refuse chimio.', 'AVC massif, pronostic réservé.'])} Fille et fils présents.",
             f"{p.giv} {p.sur}, MRN {mrn}. {R.choice(['Advanced dementia, recurrent aspiration pneumonia.', 'Metastatic pancreatic ca, declining chemo.', 'Massive stroke, poor prognosis.'])} Son and daughter attending.")
    start = dt.datetime(2026, 11, R.randint(16, 27), R.choice([9, 10, 13, 14]), R.choice([0, 30]))
    ics = make_ics(summ, start, 45, D(lang, f"Salle de réunion {R.randint(2, 7)}e étage", f"Conference room, floor {R.randint(2, 7)}"), desc, (me['full'], ad(me, MAIN)[1]),
                   [(a['full'], ad(a, MAIN)[1]) for a in att], f"{R.getrandbits(64):016x}@{MAIN}")
    body = D(lang, f"Invitation : {what}\n{start.strftime('%Y-%m-%d %H:%M')}\n", f"Invitation: {what}\n{start.strftime('%Y-%m-%d %H:%M')}\n")
    return dict(cat='calendar_invite', types=['patient_name', 'mrn', 'diagnosis'], note='meeting invitation whose ICS summary/description names the patient with chart number and prognosis',
                frm=ad(me, MAIN), to=[ad(a, MAIN) for a in att], subject=D(lang, 'Invitation : ', 'Invitation: ') + summ if R.random() < 0.4 else D(lang, 'Invitation : ', 'Invitation: ') + what,
                text=body, atts=[('ics', 'invite.ics', ics)])

def p_vcard(c, lang):
    p = c.qc(minage=50); me = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN); a1, a2 = c.addr(); ph = c.phone()
    note = D(lang, f"Usager SAD – {R.choice(['soins palliatifs', 'plaie chronique', 'insulinothérapie'])}. NAM {fmt_nam(p.nam, 1)}. Code porte 4471.",
             f"Home care client - {R.choice(['palliative', 'chronic wound', 'insulin'])}. RAMQ {fmt_nam(p.nam, 1)}. Door code 4471.")
    vcf = make_vcf(p.giv, p.sur, tel=ph, adr=(a1, a2), note=note)
    body = D(lang, f"{hi(lang)}\n\nVoici la fiche contact pour ta nouvelle visite de demain matin.\n\n{me['giv']}", f"{hi(lang)}\n\nContact card for your new visit tomorrow morning.\n\n{me['giv']}")
    return dict(cat='vcard_contact', types=['patient_name', 'patient_contact', 'ramq_nam', 'diagnosis'], note='vCard attachment of a home-care client with address, phone, NAM and care type',
                frm=ad(me, CISSS), to=[ad(c.staff(STAFF_FR if lang == 'fr' else STAFF_EN), EXT['coop'])], subject=D(lang, 'Nouvelle visite demain', 'New visit tomorrow'),
                text=body, atts=[('vcf', f"{slug(p.sur)}.vcf", vcf)])

def p_zip_csv(c, lang):
    me = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN)
    rows = [D(lang, ['nom', 'prenom', 'ddn', 'nam', 'telephone', 'motif'], ['last', 'first', 'dob', 'ramq', 'phone', 'reason'])]
    for i in range(R.randint(4, 8)):
        p = c.qc()
        rows.append([p.sur, p.giv, p.dobs(0), p.nam, c.phone(), R.choice(D(lang, ['rappel vaccin pneumo', 'rappel dépistage col', 'suivi HbA1c', 'bilan annuel MPOC'], ['pneumo vaccine recall', 'cervical screening recall', 'A1c follow-up', 'COPD annual review']))])
    sep = R.choice([',', ';'])
    z = make_zip([(D(lang, 'liste_rappel.csv', 'recall_list.csv'), make_csv(rows, sep)), ('LISEZMOI.txt' if lang == 'fr' else 'README.txt', D(lang, 'Liste extraite du DMÉ le 2026-11-03.\n', 'Extracted from the EMR 2026-11-03.\n'))])
    body = D(lang, f"{hi(lang)}\n\nVoici le fichier pour les appels de rappel (zippé, trop gros sinon).\n\n", f"{hi(lang)}\n\nHere is the file for the recall calls (zipped).\n\n") + sig(lang, me, D(lang, 'Agente administrative – GMF', 'Clinic clerk'))
    return dict(cat='zip_attachment', types=['patient_name', 'date_of_birth', 'ramq_nam', 'patient_contact', 'diagnosis'], note='ZIP attachment holding a CSV recall list with names, DOB, NAM, phones and reasons',
                frm=ad(me, CISSS), to=[R.choice(['benevoles@' + EXT['gmf'], 'accueil@' + EXT['gmf']])], subject=D(lang, 'Liste de rappel', 'Recall list'), text=body,
                atts=[('zip', D(lang, 'rappel.zip', 'recall.zip'), z)])

def p_xlsx_waitlist(c, lang):
    me = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN)
    rows = [D(lang, ['NAM', 'Nom', 'DDN', 'Intervention', 'Date demande', 'Priorité'], ['RAMQ', 'Name', 'DOB', 'Procedure', 'Requested', 'Priority'])]
    for i in range(R.randint(5, 10)):
        p = c.qc(minage=18)
        rows.append([fmt_nam(p.nam, R.choice([0, 1])), f"{p.sur}, {p.giv}", p.dobs(0), R.choice(D(lang, ['PTG droite', 'cholécystectomie', 'cataracte OG', 'hernie inguinale', 'PTH gauche'], ['R TKA', 'cholecystectomy', 'L cataract', 'inguinal hernia', 'L THA'])),
                     f"2026-{R.randint(1, 10):02d}-{R.randint(1, 28):02d}", R.choice(['P2', 'P3', 'P4'])])
    body = D(lang, f"{hi(lang)}\n\nMise à jour de la liste d’attente chirurgie pour la rencontre de jeudi.\n\n", f"{hi(lang)}\n\nUpdated surgical wait list for Thursday's meeting.\n\n") + sig(lang, me, D(lang, 'Coordination du bloc opératoire', 'OR booking'))
    return dict(cat='xlsx_attachment', types=['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis'], note='spreadsheet wait list with NAM, names, DOB and procedures',
                frm=ad(me, MAIN), to=[ad(c.staff(STAFF_FR if lang == 'fr' else STAFF_EN), CISSS)], subject=D(lang, 'Liste d’attente – MAJ', 'Wait list update'), text=body,
                atts=[('xlsx', D(lang, 'liste_attente_chir.xlsx', 'OR_waitlist.xlsx'), make_xlsx(rows, D(lang, 'Liste', 'List')))])

def p_disguised(c, lang):
    p = c.qc(minage=18); me = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN); d, rx = dx(lang)
    k = R.randrange(4)
    if k == 0: ident = fmt_nam(p.nam, 7); how = D(lang, '(espacé sinon le courriel bloque)', "(spaced out so it doesn't get blocked)")
    elif k == 1: ident = fmt_nam(p.nam, 5); how = ''
    elif k == 2: ident = f"{p.nam[:4]}\n{p.nam[4:8]}\n{p.nam[8:]}"; how = D(lang, '(sur 3 lignes)', '(3 lines)')
    else: ident = f"{p.nam[:4].lower()} / {p.nam[4:6]} / {p.nam[6:8]} / {p.nam[8:]}"; how = ''
    body = D(lang, f"{hi(lang)}\n\nle numéro {how} :\n{ident}\n\n{p.Il()} a besoin du renouvellement de {rx.split(',')[0]} ({d}). Tu peux le mettre dans la pile?\n\n{me['giv']}",
             f"{hi(lang)}\n\nthe number {how}:\n{ident}\n\n{p.He()} needs a renewal of {rx.split(',')[0]} ({d}). Can you add it to the pile?\n\n{me['giv']}")
    body = body.replace('  ', ' ').replace(' :', ' :')
    return dict(cat='disguised_identifier', types=['ramq_nam', 'medication', 'diagnosis'], note='NAM deliberately spaced, split or in full-width digits, with a prescription renewal',
                frm=ad(me, MAIN), to=[ad(c.staff(STAFF_FR if lang == 'fr' else STAFF_EN), EXT['gmf'])], subject=D(lang, R.choice(['renouvellement', 'pour toi', 'Rx']), R.choice(['renewal', 'for you', 'Rx'])), text=body)

def p_idonly(c, lang):
    me = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN)
    if R.random() < 0.5:
        m = c.mrn()
        body = D(lang, f"Peux-tu sortir le dossier {m} pour la clinique de demain? Merci\n{me['giv']}", f"Can you pull chart {m} for tomorrow's clinic? Thx\n{me['giv']}")
        types = ['mrn']; note = 'request to pull a chart by number only'
    else:
        p = c.qc()
        body = D(lang, f"Couverture RAMQ expirée pour {fmt_nam(p.nam, R.choice([0, 1, 3]))}? Le système refuse l’inscription. Merci de vérifier.\n{me['giv']}",
                 f"Is RAMQ coverage expired for {fmt_nam(p.nam, R.choice([0, 1, 3]))}? System won't register. Pls check.\n{me['giv']}")
        types = ['ramq_nam']; note = 'question about insurance coverage quoting a NAM only'
    return dict(cat='identifier_only', types=types, note=note, frm=ad(me, MAIN), to=[ad(c.staff(STAFF_FR if lang == 'fr' else STAFF_EN), MAIN)],
                subject=D(lang, R.choice(['dossier svp', 'question', 'vérif RAMQ']), R.choice(['chart pls', 'quick q', 'coverage check'])), text=body, mode='plain')

def p_samename(c, lang):
    p = c.qc(minage=18); me = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN); d, rx = dx(lang)
    doc = dict(giv=R.choice(['Hélène', 'Marc', 'Julie', 'Robert']) if lang == 'fr' else R.choice(['Anne', 'Peter', 'Karen', 'Brian']), sur=p.sur, sex=R.choice('FM'))
    doc['full'] = f"{doc['giv']} {doc['sur']}"
    body = D(lang, f"{hi(lang, dr(doc, lang))}\n\nPetite précision pour éviter la confusion à l’horaire : {p.giv} {p.sur} (aucun lien avec vous!) est admis{p.e()} sur votre unité depuis hier pour {d}. "
                    f"Son MD traitant est absent, pourriez-vous prendre le relais? Rx en cours : {rx}.\n\n",
             f"{hi(lang, dr(doc, lang))}\n\nQuick note to avoid mix-ups: {p.giv} {p.sur} (no relation!) was admitted to your unit yesterday with {d}. "
             f"{p.His() if hasattr(p, 'His') else p.his().capitalize()} attending is away, could you take over? Current meds: {rx}.\n\n") + sig(lang, me, D(lang, 'Assistante infirmière-chef' if me['sex'] == 'F' else 'Assistant infirmier-chef', 'Assistant Nurse Manager'))
    return dict(cat='patient_shares_md_name', types=['patient_name', 'diagnosis', 'medication'], note='patient sharing the physician surname, admitted with diagnosis and meds',
                frm=ad(me, MAIN), to=[ad(doc, MAIN)], subject=D(lang, f"{p.sur} / {p.sur}", f"{p.sur} vs {p.sur}"), text=body)

def p_nameonly(c, lang):
    p = c.qc(minage=30) if R.random() < 0.5 else c.other(PAT_QC if lang == 'fr' else PAT_EN, 'no' + lang, 30, 90)
    me = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN); inr = R.choice(['4,2', '5,1', '1,3'])
    body = D(lang, f"Peux-tu rappeler {p.giv} {p.sur} cet après-midi? INR à {inr} ce matin, on ajuste la warfarine ({R.choice(['sauter 1 dose puis 2,5 mg', 'augmenter à 5 mg', 'garder 3 mg'])}). "
                    f"{p.Il()} attend l’appel.\n\n{me['giv']}",
             f"Can you call {p.giv} {p.sur} back this afternoon? INR {inr.replace(',', '.')} this AM, adjusting warfarin. {p.He()} is waiting for the call.\n\n{me['giv']}")
    return dict(cat='lab_followup', types=['patient_name', 'lab_result', 'medication'], note='call-back request naming the patient with INR and warfarin adjustment',
                frm=ad(me, MAIN), to=[ad(c.staff(STAFF_FR if lang == 'fr' else STAFF_EN), MAIN)], subject=D(lang, R.choice(['INR', 'rappel svp', 'clinique anticoag']), R.choice(['INR', 'call back pls', 'anticoag clinic'])), text=body)

def p_addiction(c, lang):
    p = c.qc(minage=20, maxage=60); me = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN); dose = R.choice([45, 60, 80, 95, 110])
    body = D(lang, f"{hi(lang)}\n\n{p.t(lang)} {p.sur} {p.giv}, DDN {p.dobs(1)}, obtient son congé aujourd’hui. Méthadone {dose} mg DIE, dernière dose reçue ici ce matin à 8h30. "
                    f"Reprise à votre pharmacie demain, ingestion observée, AUCUNE dose apportée (consommation de fentanyl la semaine dernière). Suivi au CRD {R.choice(['jeudi', 'lundi'])}.\n\n",
             f"{hi(lang)}\n\n{p.t(lang)} {p.giv} {p.sur}, DOB {p.dobs(0)}, is discharged today. Methadone {dose} mg daily, last dose given here 08:30. Resume at your pharmacy tomorrow, "
             f"witnessed ingestion, NO carries (fentanyl use last week). Follow-up at addiction services {R.choice(['Thursday', 'Monday'])}.\n\n") + sig(lang, me, D(lang, 'Pharmacie – programme de dépendances', 'Pharmacy - Addiction Medicine'))
    return dict(cat='pharmacy_addiction', types=['patient_name', 'date_of_birth', 'medication', 'social_information'], note='methadone continuity message with patient identity and substance use',
                frm=ad(me, MAIN), to=['labo@' + EXT['pharm']], subject=D(lang, 'Méthadone – congé', 'Methadone - discharge'), text=body)

def p_immigration(c, lang):
    p = c.other(PAT_IMM, 'imm', 18, 50); me = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN); d, rx = dx(lang)
    body = D(lang, f"{hi(lang)}\n\n{p.t(lang)} {p.giv} {p.sur}, née le {p.dobs(1)}, demandeuse d’asile (document PFSI en attente), pas de couverture RAMQ. Enceinte de 31 sem., {d}. "
                    f"Pouvez-vous confirmer la prise en charge des frais avant le rendez-vous du 20?\n\n".replace('née', 'né' + p.e()).replace('demandeuse', 'demandeuse' if p.f else 'demandeur').replace('Enceinte de 31 sem., ', '' if not p.f else 'Enceinte de 31 sem., '),
             f"{hi(lang)}\n\n{p.t(lang)} {p.giv} {p.sur}, DOB {p.dobs(0)}, refugee claimant (IFHP certificate pending), no RAMQ coverage. {d[0].upper() + d[1:]}. "
             f"Can you confirm coverage of fees before the appointment on the 20th?\n\n") + sig(lang, me, D(lang, 'Bureau de facturation – usagers non assurés', 'Billing - uninsured patients'))
    return dict(cat='insurance_billing', types=['patient_name', 'date_of_birth', 'social_information', 'diagnosis'], note='coverage question about a refugee claimant patient with DOB and diagnosis',
                frm=ad(me, MAIN), to=['pfsi@' + EXT['ramq']], subject=D(lang, 'Couverture PFSI – demande de confirmation', 'IFHP coverage - confirmation'), text=body)

def p_incarceration(c, lang):
    p = c.other(PAT_QC if lang == 'fr' else PAT_EN, 'jail' + lang, 20, 60); me = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN); d, rx = dx(lang)
    body = D(lang, f"{hi(lang)}\n\nL’usager {p.giv} {p.sur} ({p.dobs(0)}), détenu à l’établissement de détention, retourne cet après-midi avec escorte. Dx : {d}. "
                    f"Rx : {rx}. Prochain RDV en clinique externe le {R.randint(20, 30)} nov., à organiser avec vos agents.\n\n".replace('L’usager', 'L’usagère' if p.f else 'L’usager').replace('détenu', 'détenue' if p.f else 'détenu'),
             f"{hi(lang)}\n\n{p.giv} {p.sur} ({p.dobs(0)}), an inmate at the detention centre, returns this afternoon under escort. Dx: {d}. Meds: {rx}. "
             f"Next outpatient visit Nov {R.randint(20, 30)}, to arrange with your officers.\n\n") + sig(lang, me, D(lang, 'Infirmière de liaison' if me['sex'] == 'F' else 'Infirmier de liaison', 'Liaison Nurse'))
    return dict(cat='social_work', types=['patient_name', 'date_of_birth', 'social_information', 'diagnosis', 'medication'], note='return of an incarcerated patient with DOB, diagnosis and meds',
                frm=ad(me, MAIN), to=['sante@detention-exemple.example'], subject=D(lang, 'Retour – soins de santé', 'Return to facility - health services'), text=body)

def p_death(c, lang):
    p = c.qc(minage=65); me = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN); to = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN)
    cause = R.choice(D(lang, ['choc septique', 'arrêt cardiorespiratoire sur IC terminale', 'complications d’un AVC hémorragique'], ['septic shock', 'cardiac arrest, end-stage CHF', 'complications of haemorrhagic stroke']))
    body = D(lang, f"{hi(lang, dr(to, lang))}\n\nJe vous informe du décès de votre {p.pt(lang)}, {p.t(lang)} {p.giv} {p.sur} (NAM {fmt_nam(p.nam, R.choice([0, 1]))}), survenu le {R.randint(2, 12)} novembre à nos soins intensifs. "
                    f"Cause : {cause}. La famille a été rencontrée.\n\nSincères salutations,\n\n",
             f"{hi(lang, dr(to, lang))}\n\nI regret to inform you that your patient {p.t(lang)} {p.giv} {p.sur} (RAMQ {fmt_nam(p.nam, R.choice([0, 1]))}) died on Nov {R.randint(2, 12)} in our ICU. "
             f"Cause: {cause}. Family has been met.\n\nSincerely,\n\n") + sig(lang, me, D(lang, 'Soins intensifs', 'Intensive Care'), md=True)
    return dict(cat='death_notification', types=['patient_name', 'ramq_nam', 'diagnosis'], note='death notification to family physician with patient identity, NAM and cause',
                frm=ad(me, MAIN), to=[ad(to, EXT['gmf'])], subject=D(lang, 'Avis de décès', 'Death notification'), text=body)

def p_school(c, lang):
    p = c.qc(maxage=17); me = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN)
    body = D(lang, f"{hi(lang)}\n\nComme convenu avec les parents, voici le plan pour {p.giv} {p.sur} ({p.age} ans) : épilepsie, lévétiracétam 250 mg BID à la maison. "
                    f"En cas de convulsion > 5 min : midazolam intranasal 5 mg, appeler le 911. Allergie aux arachides (EpiPen Jr dans le sac).\n\n",
             f"{hi(lang)}\n\nAs agreed with the parents, here is the plan for {p.giv} {p.sur} (age {p.age}): epilepsy, levetiracetam 250 mg BID at home. "
             f"Seizure > 5 min: intranasal midazolam 5 mg, call 911. Peanut allergy (EpiPen Jr in backpack).\n\n") + sig(lang, me, D(lang, 'Clinique de neurologie pédiatrique', 'Paediatric Neurology Clinic'))
    return dict(cat='care_plan_school', types=['patient_name', 'diagnosis', 'medication'], note='school care plan for a named child with diagnosis and medication',
                frm=ad(me, MAIN), to=['infirmiere@ecole-exemple.example'], subject=D(lang, 'Plan d’intervention – élève', 'Seizure plan - student'), text=body)

def p_patient_reply(c, lang):
    p = c.qc(minage=18); me = c.staff(STAFF_FR if lang == 'fr' else STAFF_EN)
    pe = f"{slug(p.giv)}.{slug(p.sur)}{R.randint(1, 99)}@{R.choice([EXT['gmail'], EXT['perso']])}"
    res = R.choice(D(lang, ['votre TSH est à 7,8 (élevée) : on augmente la lévothyroxine à 100 mcg', 'la culture d’urine est positive, une prescription d’antibiotique a été envoyée à votre pharmacie', 'votre hémoglobine glyquée est à 8,9 %'],
                        ['your TSH is 7.8 (high): we are increasing levothyroxine to 100 mcg', 'your urine culture is positive, an antibiotic was sent to your pharmacy', 'your A1c is 8.9%']))
    orig = D(lang, f"Bonjour, avez-vous reçu mes résultats? Merci\n{p.giv} {p.sur}", f"Hello, did you get my results? Thanks\n{p.giv} {p.sur}")
    body = D(lang, f"Bonjour {p.t(lang)} {p.sur},\n\nLe Dr a regardé vos résultats : {res}. Prenez rendez-vous dans 6 semaines.\n\n", f"Hello {p.t(lang)} {p.sur},\n\nThe doctor reviewed your results: {res}. Please book in 6 weeks.\n\n") \
        + sig(lang, me, D(lang, 'Infirmière clinicienne – GMF' if me['sex'] == 'F' else 'Infirmier clinicien – GMF', 'Clinic Nurse')) + '\n\n' + qhdr(lang, f"{p.giv} {p.sur} <{pe}>", dstr(lang)) + '\n' + quote(orig)
    return dict(cat='patient_correspondence', types=['patient_name', 'lab_result', 'medication', 'patient_contact'], note='reply to a patient with lab result and treatment change',
                frm=ad(me, CISSS), to=[(p.full, pe)], subject=D(lang, 'RE: résultats', 'RE: results'), text=body)

def p_bedlist(c, lang):
    me = c.staff(SF(lang)); unit = R.choice(['4B', '5N', '7C', '3A'])
    lines = []
    for i in range(R.randint(4, 7)):
        p = c.qc(minage=18) if R.random() < 0.4 else c.other(PAT_QC if lang == 'fr' else PAT_EN, 'bl' + lang, 25, 95)
        lines.append(f"{unit}-{R.randint(301, 340)}  {p.sur.upper()} {p.giv[0]}.  " + R.choice(D(lang, ['congé 11h, transport famille', 'transfert CHSLD 14h', 'congé, ambulance 10h30', 'départ vers réadaptation', 'congé PM, attend Rx'],
                                                                                         ['d/c 11am, family pickup', 'transfer to LTC 2pm', 'd/c, ambulance 10:30', 'to rehab', 'd/c PM, waiting for Rx'])))
    body = D(lang, f"{hi(lang)}\n\nDéparts prévus aujourd’hui sur {unit} (pour l’entretien ménager et la gestion des lits) :\n\n", f"{hi(lang)}\n\nExpected departures today on {unit} (for housekeeping and bed management):\n\n") + '\n'.join(lines) + '\n\n' + me['giv']
    return dict(cat='departure_list', types=['patient_name'], note='terse list of patients (surname, initial, bed) and their discharge/transfer plans, roster-like',
                frm=ad(me, MAIN), to=[f"hygiene-salubrite@{MAIN}", f"gestion-lits@{MAIN}"], subject=D(lang, f"Départs {unit} aujourd’hui", f"{unit} departures today"), text=body)

POS = [(p_referral, 'b', 6), (p_consult_reply, 'b', 4), (p_signout, 'b', 6), (p_booking, 'b', 5), (p_lab_critical, 'b', 4), (p_imaging, 'b', 4),
       (p_discharge, 'b', 5), (p_medrec, 'b', 4), (p_homecare, 'b', 4), (p_transport, 'b', 4), (p_social, 'b', 5), (p_insurance, 'b', 4),
       (p_ohip, 'en', 4), (p_belgium, 'fr', 4), (p_france, 'fr', 4), (p_research, 'b', 4), (p_incident, 'b', 4), (p_subject_only, 'b', 4),
       (p_split, 'b', 4), (p_quoted, 'b', 5), (p_inline_fwd, 'b', 5), (p_fwd_attach, 'b', 3), (p_ics, 'b', 3), (p_vcard, 'b', 2), (p_zip_csv, 'b', 2),
       (p_xlsx_waitlist, 'b', 2), (p_disguised, 'b', 3), (p_idonly, 'b', 3), (p_samename, 'b', 2), (p_nameonly, 'b', 3), (p_addiction, 'b', 2),
       (p_immigration, 'b', 2), (p_incarceration, 'b', 1), (p_death, 'b', 2), (p_school, 'b', 1), (p_bedlist, 'b', 3), (p_patient_reply, 'b', 3)]

# ================================================================ NEGATIVE TEMPLATES
def SF(lang): return STAFF_FR if lang == 'fr' else STAFF_EN

def n_schedule(c, lang):
    me = c.staff(SF(lang)); days = D(lang, ['Lun', 'Mar', 'Mer', 'Jeu', 'Ven', 'Sam', 'Dim'], ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])
    rows = [[D(lang, 'Jour', 'Day'), D(lang, 'Unité', 'Unit'), D(lang, 'Jour 8-16', 'Day 8-16'), D(lang, 'Soir 16-24', 'Eve 16-24'), D(lang, 'Nuit', 'Night')]]
    for dd in days:
        rows.append([dd, R.choice(['4B', '5 Nord', 'USI', 'Urgence', '7C']), dr(c.staff(SF(lang)), lang), dr(c.staff(SF(lang)), lang), dr(c.staff(SF(lang)), lang)])
    intro = D(lang, f"{hi(lang)}\n\nVoici l’horaire de garde pour la semaine du {R.randint(16, 23)} novembre. Échanges à me faire parvenir avant vendredi midi.\n\n",
              f"{hi(lang)}\n\nHere is the call schedule for the week of Nov {R.randint(16, 23)}. Swaps to me by Friday noon.\n\n")
    outro = '\n' + sig(lang, me, D(lang, 'Adjointe administrative – Département de médecine', 'Administrative Assistant - Dept of Medicine'))
    text = intro + '\n'.join(' | '.join(r) for r in rows) + '\n' + outro
    html = to_html(intro).replace('</body></html>', '') + html_table(rows) + to_html(outro).split('<body', 1)[1].split('>', 1)[1]
    atts = [('xlsx', D(lang, 'horaire_garde.xlsx', 'call_schedule.xlsx'), make_xlsx(rows))] if R.random() < 0.3 else []
    return dict(cat='staff_schedule', note='physician call schedule (staff names, units, shifts)', frm=ad(me, MAIN), to=[f"medecins-medecine@{MAIN}" if lang == 'fr' else f"medicine-staff@{MAIN}"],
                subject=D(lang, 'Horaire de garde – semaine prochaine', 'Call schedule - next week'), text=text, html=html, mode=R.choice(['html', 'alt']), atts=atts)

def n_roster_like(c, lang):
    me = c.staff(SF(lang)); lines = []
    for i in range(R.randint(4, 7)):
        s = c.staff(SF(lang))
        lines.append(f"{R.choice(['4B', '5N', 'USI', 'URG', '7C'])} – {s['sur'].upper()}, {s['giv']} – {D(lang, 'poste', 'ext')} {R.randint(2000, 7999)} – "
                     f"{R.choice(D(lang, ['inf. resp. nuit', 'PAB', 'inf. aux.', 'assistante-chef', 'orientation 2e jour', 'retour de congé, poste allégé'], ['charge RN nights', 'PCA', 'LPN', 'ANM', 'orientation day 2', 'back from leave, modified duties']))}")
    body = D(lang, f"{hi(lang)}\n\nAffectations de ce soir (liste de personnel) :\n\n", f"{hi(lang)}\n\nTonight's staffing assignments:\n\n") + '\n'.join(lines) + \
        D(lang, "\n\nManque 1 PAB au 5N, la liste de rappel est lancée.\n\n", "\n\nShort 1 PCA on 5N, call-in list started.\n\n") + sig(lang, me, D(lang, 'Coordonnatrice d’activités – soir', 'Evening Site Coordinator'))
    return dict(cat='staff_roster', note='nursing staff assignment list with staff names, units and extensions (no patients)', frm=ad(me, MAIN), to=[f"coordination@{MAIN}"],
                subject=D(lang, 'Affectations soir', 'Staffing tonight'), text=body)

def n_hr(c, lang):
    me = c.staff(SF(lang)); s = c.staff(SF(lang)); k = R.randrange(4)
    if k == 0:
        body = D(lang, f"{hi(lang)}\n\n{s['full']} sera en congé de maladie du {R.randint(2, 9)} au {R.randint(16, 27)} novembre. {c.staff(SF(lang))['full']} assure l’intérim pour les approbations de temps.\n\n",
                 f"{hi(lang)}\n\n{s['full']} will be on sick leave from Nov {R.randint(2, 9)} to {R.randint(16, 27)}. {c.staff(SF(lang))['full']} is covering timesheet approvals.\n\n")
        subj = D(lang, 'Absence – intérim', 'Absence - coverage')
    elif k == 1:
        body = D(lang, f"{hi(lang)}\n\nAjustement de paie pour le matricule {R.randint(1000000, 9999999)} ({s['full']}) : prime de soir non versée pour la période 22. Correction sur la paie du {R.randint(19, 27)} nov.\n\n",
                 f"{hi(lang)}\n\nPayroll adjustment for employee #{R.randint(1000000, 9999999)} ({s['full']}): evening premium missed for pay period 22. Corrected on the Nov {R.randint(19, 27)} pay.\n\n")
        subj = D(lang, 'Paie – correction P22', 'Payroll - PP22 correction')
    elif k == 2:
        body = D(lang, f"{hi(lang)}\n\nRappel : les demandes de vacances pour la période des Fêtes doivent être saisies dans Logibec avant le {R.randint(15, 20)} novembre. "
                        "Les horaires seront affichés le 1er décembre.\n\n", f"{hi(lang)}\n\nReminder: holiday vacation requests must be entered in the scheduling system by Nov {R.randint(15, 20)}. Schedules posted Dec 1.\n\n")
        subj = D(lang, 'Vacances des Fêtes', 'Holiday vacation requests')
    elif k == 3 and R.random() < 0.5:
        body = D(lang, f"{hi(lang)}\n\n{s['full']} s’est fracturé la cheville en fin de semaine et sera absent{'e' if s['sex'] == 'F' else ''} environ 6 semaines (arrêt de travail reçu). "
                        f"Ses patients de la clinique du mardi seront répartis entre les autres médecins; la liste suit.\n\n",
                 f"{hi(lang)}\n\n{s['full']} broke an ankle over the weekend and will be off about 6 weeks (sick note received). "
                 f"The Tuesday clinic will be redistributed among the other physicians; list to follow.\n\n")
        subj = D(lang, 'Absence prolongée – réorganisation clinique', 'Extended absence - clinic coverage')
    else:
        body = D(lang, f"{hi(lang)}\n\nBienvenue à {s['full']}, {R.choice(['infirmière clinicienne', 'inhalothérapeute', 'technologue en imagerie', 'pharmacienne'])}, qui se joint à l’équipe le {R.randint(16, 30)} novembre. Orientation : 3 jours.\n\n",
                 f"{hi(lang)}\n\nPlease welcome {s['full']}, {R.choice(['clinical nurse', 'respiratory therapist', 'imaging technologist', 'pharmacist'])}, joining the team Nov {R.randint(16, 30)}. Orientation: 3 days.\n\n")
        subj = D(lang, 'Nouvelle employée / nouvel employé', 'New team member')
    body += sig(lang, me, D(lang, 'Ressources humaines', 'Human Resources')) + disc(lang, 0.3)
    return dict(cat='hr', note='HR notice about staff (leave, payroll, vacation, welcome)', frm=ad(me, MAIN), to=[ad(c.staff(SF(lang)), MAIN)], subject=subj, text=body)

def n_training(c, lang):
    me = c.staff(SF(lang)); course = R.choice(D(lang, ['RCR/DEA', 'ACLS recertification', 'PDSB', 'Prévention des infections – EPI', 'DMÉ – nouveau module ordonnances'],
                                                ['BLS/AED', 'ACLS recertification', 'Safe patient handling', 'IPAC - PPE donning/doffing', 'EMR training - new order module']))
    body = D(lang, f"{hi(lang)}\n\nSessions de formation {course} :\n- {R.randint(17, 20)} nov. 8h30-12h, salle 2.104\n- {R.randint(23, 27)} nov. 13h-16h30, salle 2.104\n\nInscription via l’intranet (places limitées à 12). Temps rémunéré, code 412.\n\n",
             f"{hi(lang)}\n\n{course} sessions:\n- Nov {R.randint(17, 20)} 8:30-12:00, room 2.104\n- Nov {R.randint(23, 27)} 13:00-16:30, room 2.104\n\nRegister on the intranet (max 12). Paid time, code 412.\n\n") + sig(lang, me, D(lang, 'Développement des compétences', 'Staff Development'))
    return dict(cat='training', note='training session announcement', frm=ad(me, MAIN), to=[f"tous-personnel@{MAIN}"], subject=D(lang, f"Formation {course}", f"{course} training"), text=body)

def n_newsletter(c, lang):
    me = c.staff(SF(lang))
    topic = R.choice(D(lang, [('VRS et influenza : saison 2026-2027', "Le virus respiratoire syncytial circule activement. Le nirsévimab est offert aux nourrissons nés depuis le 1er avril. Rappel : vaccin antigrippal recommandé aux 6 mois et plus."),
                              ('Nouveautés en anticoagulation', "L’apixaban demeure l’option privilégiée en FA non valvulaire chez l’insuffisant rénal modéré. Ajustement de dose si 2 critères sur 3 : âge ≥ 80, poids ≤ 60 kg, créat ≥ 133."),
                              ('Diabète : mise à jour des lignes directrices', "Les iSGLT2 sont recommandés chez les patients diabétiques avec insuffisance cardiaque ou IRC, indépendamment de l’HbA1c."),
                              ('Antibiogramme 2025', "Le taux de résistance d’E. coli aux fluoroquinolones est de 19 % dans nos laboratoires. La nitrofurantoïne reste le premier choix pour la cystite non compliquée.")],
                       [('RSV and influenza: 2026-2027 season', "RSV is circulating. Nirsevimab is available for infants born since April 1. Flu vaccine recommended for everyone 6 months and older."),
                        ('What\u2019s new in anticoagulation', "Apixaban remains preferred in non-valvular AF with moderate renal impairment. Reduce dose if 2 of 3: age \u2265 80, weight \u2264 60 kg, creat \u2265 133."),
                        ('Diabetes: guideline update', "SGLT2 inhibitors are recommended in diabetic patients with heart failure or CKD regardless of A1c."),
                        ('2025 Antibiogram', "E. coli resistance to fluoroquinolones is 19% in our labs. Nitrofurantoin remains first line for uncomplicated cystitis.")]))
    text = D(lang, f"INFOLETTRE PHARMACIE – Novembre 2026\n\n{topic[0]}\n\n{topic[1]}\n\nPour toute question : poste 3321.\nPour vous désabonner, répondez « STOP ».\n",
             f"PHARMACY NEWSLETTER - November 2026\n\n{topic[0]}\n\n{topic[1]}\n\nQuestions: ext. 3321.\nTo unsubscribe reply STOP.\n")
    html = (f"<html><body style='font-family:Arial'><h2 style='color:#00558c'>{htmlmod.escape(text.split(chr(10))[0])}</h2><h3>{htmlmod.escape(topic[0])}</h3>"
            f"<p>{htmlmod.escape(topic[1])}</p><p style='font-size:9pt;color:#666'>{htmlmod.escape(text.split(chr(10))[-3])}<br>{htmlmod.escape(text.split(chr(10))[-2])}</p></body></html>")
    return dict(cat='newsletter', note='pharmacy/clinical newsletter on diseases and drugs', frm=(D(lang, 'Département de pharmacie', 'Pharmacy Department'), f"infolettre@{MAIN}"),
                to=[f"liste-medecins@{CISSS}"], subject=topic[0], text=text, html=html, mode=R.choice(['html', 'alt']))

def n_invoice(c, lang):
    me = c.staff(SF(lang)); inv = f"INV-{R.randint(2026000, 2026999)}"; po = f"{R.randint(4500000000, 4599999999)}"
    items = [(R.choice(['Cathéter IV 20G', 'Seringue 10 mL LL', 'Gants nitrile M', 'Pansement mousse 10x10', 'Tubulure pompe Alaris']), f"LOT {R.randint(100000, 999999)}{R.choice('ABCD')}", R.randint(2, 40), round(R.uniform(8, 240), 2)) for _ in range(R.randint(3, 6))]
    lines = [f"{D(lang, 'Facture', 'Invoice')} {inv}    PO {po}", f"{D(lang, 'Client', 'Customer')}: CHU Exemple – {D(lang, 'Approvisionnement', 'Procurement')}", '']
    lines += [f"{i[0]:<28} {i[1]:<14} x{i[2]:<4} {i[3]:>8.2f} $" for i in items]
    tot = sum(i[2] * i[3] for i in items); lines += ['', f"{D(lang, 'Sous-total', 'Subtotal')}: {tot:.2f} $", f"TPS 5 %: {tot*0.05:.2f} $", f"TVQ 9,975 %: {tot*0.09975:.2f} $",
                                                   f"{D(lang, 'No TPS', 'GST No')}: {R.randint(100000000, 999999999)} RT0001"]
    body = D(lang, f"Bonjour,\n\nVeuillez trouver ci-jointe la facture {inv} relative au bon de commande {po}. Paiement net 30 jours.\n\n", f"Hello,\n\nPlease find attached invoice {inv} for PO {po}. Net 30.\n\n") + \
        f"{me['full']}\n{D(lang, 'Comptes clients', 'Accounts Receivable')} – MediSupply Inc.\n1-800-555-0134"
    return dict(cat='invoice', note='vendor invoice with PO, lot numbers and tax numbers', frm=(me['full'], f"ar@{EXT['vendor']}"), to=[f"comptes-payables@{MAIN}"],
                subject=D(lang, f"Facture {inv}", f"Invoice {inv}"), text=body, atts=[('pdf', f"{inv}.pdf", make_pdf('MediSupply Inc.', lines))])

def n_po(c, lang):
    me = c.staff(SF(lang)); po = R.randint(4500000000, 4599999999)
    rows = [D(lang, ['Code article', 'Description', 'Qté', 'Prix unit.', 'No catalogue'], ['Item code', 'Description', 'Qty', 'Unit price', 'Catalogue #'])]
    for _ in range(R.randint(4, 9)):
        rows.append([f"{R.randint(100000, 999999)}", R.choice(['Sonde Foley 16Fr', 'Électrodes ECG', 'Masque N95 3M 1870+', 'Aiguille sécuritaire 25G', 'Lame laryngoscope Mac 3', 'Cassette pompe PCA']),
                     R.randint(1, 50), round(R.uniform(3, 300), 2), gen_luhn10() if R.random() < 0.5 else gen_sin()])
    body = D(lang, f"{hi(lang)}\n\nBon de commande {po} ci-joint. Livraison au quai de réception, porte 3, entre 7h et 15h.\n\n", f"{hi(lang)}\n\nPO {po} attached. Deliver to receiving dock door 3, 7am-3pm.\n\n") + sig(lang, me, D(lang, 'Acheteuse – Approvisionnement' if me['sex'] == 'F' else 'Acheteur – Approvisionnement', 'Buyer - Procurement'))
    return dict(cat='purchase_order', note='purchase order spreadsheet with item codes and catalogue numbers (some pass checksums)', frm=ad(me, MAIN), to=[f"commandes@{EXT['vendor2']}"],
                subject=D(lang, f"BC {po}", f"PO {po}"), text=body, atts=[('xlsx', f"BC_{po}.xlsx", make_xlsx(rows))])

def n_conference(c, lang):
    me = c.staff(SF(lang))
    talks = [(dr(c.staff(SF(lang)), lang), R.choice(D(lang, ['Leucémie myéloïde chronique : nouveautés 2026', 'Insuffisance cardiaque à FEVG préservée', 'Sepsis à l’urgence : les 6 premières heures', 'Démence et délirium : quoi faire la nuit', 'Hépatite C : vers l’élimination'],
                                                         ['Chronic myeloid leukemia: 2026 update', 'HFpEF in practice', 'Sepsis in the ED: first 6 hours', 'Delirium at night', 'Hepatitis C elimination']))) for _ in range(R.randint(3, 5))]
    prog = '\n'.join(f"{8 + i}h{R.choice(['00', '30'])}  {t[0]} – « {t[1]} »" if lang == 'fr' else f"{8 + i}:{R.choice(['00', '30'])}  {t[0]} - \"{t[1]}\"" for i, t in enumerate(talks))
    body = D(lang, f"{hi(lang)}\n\nJournée scientifique annuelle du Département de médecine – {R.randint(20, 28)} novembre, amphithéâtre A.\n\nProgramme :\n{prog}\n\n5 heures de crédits (section 1). Dîner fourni.\n\n",
             f"{hi(lang)}\n\nAnnual Medicine Research Day - Nov {R.randint(20, 28)}, Auditorium A.\n\nProgramme:\n{prog}\n\n5 Section 1 credits. Lunch provided.\n\n") + sig(lang, me, D(lang, 'Bureau du DPC', 'CME Office'))
    atts = [('pdf', D(lang, 'programme.pdf', 'programme.pdf'), make_pdf(D(lang, 'Journée scientifique', 'Research Day'), prog.split('\n')))] if R.random() < 0.4 else []
    return dict(cat='conference_programme', note='conference programme: physicians and the diseases they speak about', frm=ad(me, MAIN), to=[f"medecins@{CISSS}"],
                subject=D(lang, 'Programme – Journée scientifique', 'Programme - Research Day'), text=body, atts=atts)

def n_committee(c, lang):
    me = c.staff(SF(lang)); comm = R.choice(D(lang, ['CMDP', 'Comité de pharmacologie', 'Comité de gestion des risques', 'Comité d’éthique clinique'], ['CMDP executive', 'Pharmacy & Therapeutics Committee', 'Risk Management Committee', 'Clinical Ethics Committee']))
    start = dt.datetime(2026, 11, R.randint(17, 30), 12, 0)
    agenda = D(lang, "1. Adoption de l’ordre du jour\n2. Procès-verbal du 14 octobre\n3. Suivi : ordonnances collectives\n4. Indicateurs trimestriels\n5. Varia",
               "1. Agenda\n2. Minutes of Oct 14\n3. Follow-up: medical directives\n4. Quarterly indicators\n5. Other business")
    body = D(lang, f"{hi(lang)}\n\nConvocation – {comm}, {start.day} novembre 12h (Teams et salle 1.201).\n\nOrdre du jour :\n{agenda}\n\n", f"{hi(lang)}\n\nNotice - {comm}, Nov {start.day} at noon (Teams and room 1.201).\n\nAgenda:\n{agenda}\n\n") + sig(lang, me, D(lang, 'Secrétariat des comités', 'Committee Secretariat'))
    atts = []
    if R.random() < 0.5:
        atts = [('ics', 'invite.ics', make_ics(comm, start, 60, 'Salle 1.201 / Teams', agenda, (me['full'], ad(me, MAIN)[1]), [(s['full'], ad(s, MAIN)[1]) for s in [c.staff(SF(lang)) for _ in range(4)]], f"{R.getrandbits(64):016x}@{MAIN}"))]
    return dict(cat='committee_notice', note='committee meeting notice with agenda', frm=ad(me, MAIN), to=[f"membres-comite@{MAIN}"], subject=D(lang, f"Convocation {comm}", f"{comm} - meeting notice"), text=body, atts=atts)

def n_job(c, lang):
    me = c.staff(SF(lang)); job = R.choice(D(lang, ['Infirmière clinicienne – soins intensifs (temps complet)', 'Technologue en électrophysiologie', 'Agente administrative classe 2', 'Préposé aux bénéficiaires – nuit'],
                                              ['Clinical Nurse - ICU (full time)', 'Respiratory Therapist - casual', 'Unit Clerk', 'Patient Care Attendant - nights']))
    body = D(lang, f"AFFICHAGE INTERNE no {R.randint(2026100, 2026999)}\n\nPoste : {job}\nPort d’attache : {R.choice(SITES_FR)}\nÉchelle salariale : {R.randint(26, 34)},{R.randint(10, 99)} $ à {R.randint(38, 52)},{R.randint(10, 99)} $/h\n"
                    f"Période d’affichage : du {R.randint(2, 8)} au {R.randint(16, 22)} novembre 2026\n\nExigences : permis d’exercice valide, RCR à jour.\nPostulez via le portail emplois.\n",
             f"INTERNAL POSTING #{R.randint(2026100, 2026999)}\n\nPosition: {job}\nSite: {R.choice(SITES_EN)}\nPay: ${R.randint(26, 34)}.{R.randint(10, 99)} - ${R.randint(38, 52)}.{R.randint(10, 99)}/h\n"
             f"Posting period: Nov {R.randint(2, 8)} - {R.randint(16, 22)}, 2026\n\nRequirements: valid licence, current BLS.\nApply on the careers portal.\n")
    return dict(cat='job_posting', note='internal job posting', frm=(D(lang, 'Dotation', 'Staffing'), f"dotation@{MAIN}"), to=[f"tous-personnel@{MAIN}"], subject=D(lang, f"Affichage – {job}", f"Posting - {job}"), text=body)

def n_it(c, lang):
    me = c.staff(SF(lang)); k = R.randrange(4)
    if k == 0:
        body = D(lang, f"Bonjour à tous,\n\nMaintenance du NAS du pavillon B (\\\\nas-pavb-02) le {R.randint(14, 21)} nov. de 22h à 2h. Les lecteurs partagés S: et T: seront inaccessibles. Quota dépassé pour 3 départements : merci de faire le ménage.\n\n",
                 f"Hi all,\n\nMaintenance on the Pavilion B NAS (\\\\nas-pavb-02) Nov {R.randint(14, 21)} 10pm-2am. Shared drives S: and T: will be unavailable. Three departments are over quota: please clean up.\n\n")
        subj = D(lang, 'Maintenance NAS – lecteurs S: et T:', 'NAS maintenance - S: and T: drives')
    elif k == 1:
        body = D(lang, f"Panne en cours : le DMÉ est inaccessible depuis 6h40. Procédures dégradées en vigueur (formulaires papier). Prochain avis à 8h. Billet INC{R.randint(1000000, 9999999)}.\n\n",
                 f"Ongoing outage: the EMR is down since 06:40. Downtime procedures in effect (paper forms). Next update 08:00. Ticket INC{R.randint(1000000, 9999999)}.\n\n")
        subj = D(lang, 'PANNE – DMÉ', 'OUTAGE - EMR')
    elif k == 2:
        body = D(lang, f"Bonjour,\n\nVotre mot de passe expire dans 5 jours. Changez-le via https://motdepasse.{MAIN}. Ne communiquez jamais votre mot de passe par courriel.\n\n",
                 f"Hello,\n\nYour password expires in 5 days. Change it at https://password.{MAIN}. Never share your password by e-mail.\n\n")
        subj = D(lang, 'Expiration du mot de passe', 'Password expiry')
    else:
        rows = [D(lang, ['Employé', 'Matricule', 'Modèle', 'IMEI', 'No actif'], ['Employee', 'Employee #', 'Model', 'IMEI', 'Asset #'])]
        for _ in range(R.randint(4, 8)):
            s = c.staff(SF(lang)); rows.append([s['full'], R.randint(1000000, 9999999), R.choice(['iPhone 15', 'Galaxy A55', 'Spectralink 84']), gen_imei(), f"AC-{R.randint(100000, 999999)}"])
        body = D(lang, "Bonjour,\n\nListe des appareils mobiles déployés cette semaine (pièce jointe). Merci de confirmer la réception des appareils.\n\n", "Hi,\n\nList of mobile devices deployed this week attached. Please confirm receipt.\n\n")
        subj = D(lang, 'Déploiement appareils mobiles', 'Mobile device deployment')
        return dict(cat='it', note='IT device list with staff, employee numbers, IMEIs, asset tags', frm=(D(lang, 'Centre de services TI', 'IT Service Desk'), f"servicedesk@{MAIN}"), to=[ad(me, MAIN)],
                    subject=subj, text=body + sig(lang, c.staff(SF(lang)), D(lang, 'Technicien TI', 'IT Technician')), atts=[('xlsx', 'appareils.xlsx', make_xlsx(rows))])
    return dict(cat='it', note='IT notice (storage maintenance, outage, password)', frm=(D(lang, 'Centre de services TI', 'IT Service Desk'), f"servicedesk@{MAIN}"), to=[f"tous-personnel@{MAIN}"], subject=subj, text=body + D(lang, 'Centre de services TI – poste 5555', 'IT Service Desk - ext 5555'))

def n_facilities(c, lang):
    me = c.staff(SF(lang)); k = R.randrange(4)
    txt = [D(lang, (f"Stationnement P3 fermé du {R.randint(16, 20)} au {R.randint(21, 27)} nov. pour réfection. Utilisez P1 ou la navette depuis l’aréna (aux 15 min).", 'Fermeture P3'),
             (f"P3 parking closed Nov {R.randint(16, 20)}-{R.randint(21, 27)} for repairs. Use P1 or the shuttle from the arena (every 15 min).", 'P3 closure')),
           D(lang, ("Menu de la cafétéria cette semaine : lundi pâté chinois, mardi saumon, mercredi chili végé, jeudi poulet au beurre, vendredi poisson et frites.", 'Menu cafétéria'),
             ("Cafeteria menu this week: Mon shepherd's pie, Tue salmon, Wed veggie chili, Thu butter chicken, Fri fish & chips.", 'Cafeteria menu')),
           D(lang, (f"Exercice d’évacuation (code vert) au pavillon A le {R.randint(16, 27)} nov. à 10h. Aucun usager ne sera déplacé.", 'Exercice code vert'),
             (f"Evacuation drill (code green) in Pavilion A on Nov {R.randint(16, 27)} at 10:00. No patients will be moved.", 'Code green drill')),
           D(lang, ("Ascenseur 4 hors service jusqu’à vendredi (pièce commandée). Utilisez les ascenseurs 2-3 pour le transport de civières.", 'Ascenseur 4'),
             ("Elevator 4 out of service until Friday (part on order). Use elevators 2-3 for stretchers.", 'Elevator 4'))][k]
    body = f"{hi(lang)}\n\n{txt[0]}\n\n" + sig(lang, me, D(lang, 'Services techniques', 'Facilities Management'))
    return dict(cat='facilities', note='facilities notice (parking, cafeteria, drill, elevator)', frm=ad(me, MAIN), to=[f"tous-personnel@{MAIN}"], subject=txt[1], text=body)

def n_public_health(c, lang):
    me = c.staff(SF(lang)); regs = ['Laurentides', 'Lanaudière', 'Laval', 'Outaouais', 'Montréal']
    rows = [(r, R.randint(5, 260), R.randint(0, 40)) for r in regs]
    tbl = '\n'.join(f"  {r:<12} {a:>4} {D(lang, 'cas', 'cases')}, {h:>3} {D(lang, 'hospitalisations', 'admissions')}" for r, a, h in rows)
    body = D(lang, f"BULLETIN DE SANTÉ PUBLIQUE – semaine CDC 45\n\nInfluenza A confirmée par laboratoire :\n{tbl}\n\nÉclosion en cours dans 3 CHSLD (12 cas d’influenza à l’unité 4B du CHSLD des Pins). "
                    f"Rappel : antiviraux en prophylaxie pour les résidents non vaccinés.\n\n", f"PUBLIC HEALTH BULLETIN - CDC week 45\n\nLab-confirmed influenza A:\n{tbl}\n\nOutbreaks in 3 LTC homes (12 influenza cases on unit 4B). "
                    f"Reminder: antiviral prophylaxis for unvaccinated residents.\n\n") + sig(lang, me, D(lang, 'Médecin-conseil, Direction de santé publique', 'Medical Advisor, Public Health'), site=D(lang, 'Direction régionale de santé publique – CISSS Exemple', 'Regional Public Health - CISSS Exemple'), md=True)
    return dict(cat='public_health_bulletin', note='public-health bulletin with aggregate case counts by region', frm=ad(me, EXT['santepub']), to=[f"md-urgence@{CISSS}"], subject=D(lang, 'Bulletin SP – influenza sem. 45', 'PH bulletin - influenza wk 45'), text=body)

def n_stats(c, lang):
    me = c.staff(SF(lang))
    body = D(lang, f"{hi(lang)}\n\nIndicateurs d’octobre :\n- {R.randint(30, 60)} patients diabétiques suivis à la clinique de podiatrie\n- Durée moyenne de séjour à l’urgence : {R.randint(14, 24)},{R.randint(0, 9)} h\n"
                    f"- Taux d’occupation médecine : {R.randint(96, 118)} %\n- {R.randint(3, 9)} chutes avec blessure (vs {R.randint(4, 10)} en septembre)\n- Taux de réadmission à 30 j : {R.randint(8, 14)},{R.randint(0, 9)} %\n\nTableau complet en pièce jointe.\n\n",
             f"{hi(lang)}\n\nOctober indicators:\n- {R.randint(30, 60)} diabetic patients followed in podiatry clinic\n- Mean ED length of stay: {R.randint(14, 24)}.{R.randint(0, 9)} h\n- Medicine occupancy: {R.randint(96, 118)}%\n"
             f"- {R.randint(3, 9)} falls with injury (vs {R.randint(4, 10)} in Sept)\n- 30-day readmission: {R.randint(8, 14)}.{R.randint(0, 9)}%\n\nFull table attached.\n\n") + sig(lang, me, D(lang, 'Performance et qualité', 'Performance & Quality'))
    rows = [D(lang, ['Unité', 'Lits', 'Occupation %', 'DMS (j)', 'Chutes', 'Plaies'], ['Unit', 'Beds', 'Occupancy %', 'ALOS (d)', 'Falls', 'Pressure inj.'])]
    for u in ['3A', '3B', '4A', '4B', '5N', '6C']:
        rows.append([u, R.randint(20, 36), R.randint(85, 120), round(R.uniform(4, 14), 1), R.randint(0, 4), R.randint(0, 3)])
    return dict(cat='statistics', note='aggregate indicators and per-unit statistics', frm=ad(me, MAIN), to=[f"gestionnaires@{MAIN}"], subject=D(lang, 'Indicateurs octobre', 'October indicators'), text=body,
                atts=[('xlsx', D(lang, 'indicateurs_oct.xlsx', 'indicators_Oct.xlsx'), make_xlsx(rows))])

def n_teaching(c, lang):
    me = c.staff(SF(lang))
    case = R.choice(D(lang, ["Un homme de 62 ans se présente à l’urgence pour une douleur thoracique rétrosternale irradiant au bras gauche depuis 2 h. ATCD : tabagisme, HTA. ÉCG : sus-décalage ST en DII, DIII, aVF.",
                             "Une femme de 34 ans, enceinte de 32 semaines, consulte pour céphalées et vision floue. TA 168/112. Protéinurie 3+.",
                             "Un enfant de 4 ans est amené pour fièvre depuis 5 jours, conjonctivite non purulente, lèvres fissurées et adénopathie cervicale."],
                      ["A 62-year-old man presents to the ED with 2 h of retrosternal chest pain radiating to the left arm. PMHx: smoker, HTN. ECG: ST elevation in II, III, aVF.",
                       "A 34-year-old woman at 32 weeks' gestation presents with headache and blurred vision. BP 168/112. Proteinuria 3+.",
                       "A 4-year-old is brought in with 5 days of fever, non-purulent conjunctivitis, cracked lips and cervical lymphadenopathy."]))
    body = D(lang, f"Bonjour aux externes,\n\nCas clinique pour l’APP de jeudi :\n\n{case}\n\nQuestions :\n1. Diagnostic différentiel?\n2. Investigation initiale?\n3. Prise en charge?\n\nBonne préparation!\n\n",
             f"Hi clerks,\n\nCase for Thursday's PBL:\n\n{case}\n\nQuestions:\n1. Differential?\n2. Initial workup?\n3. Management?\n\nGood luck!\n\n") + sig(lang, me, D(lang, 'Responsable de l’externat', 'Clerkship Director'), md=True)
    return dict(cat='teaching_case', note='anonymised teaching case with no identifying detail', frm=ad(me, MAIN), to=[f"externes-2027@{EXT['univ']}"], subject=D(lang, 'Cas APP jeudi', 'PBL case Thursday'), text=body)

def n_blank_form(c, lang):
    me = c.staff(SF(lang))
    paras = [D(lang, 'Nom de l’usager : ______________________   Prénom : ______________', 'Patient name: ______________________   First: ______________'),
             D(lang, 'NAM : ____ ____ ____     DDN : ____/____/____     No dossier : __________', 'RAMQ: ____ ____ ____     DOB: ____/____/____     MRN: __________'),
             D(lang, 'Motif de la demande : ____________________________________________', 'Reason for request: ____________________________________________'),
             D(lang, 'Signature du médecin : ____________________  Permis : _______', 'Physician signature: ____________________  Licence: _______')]
    title = R.choice(D(lang, ['Formulaire de demande de transport', 'Demande de consultation (version 2026-10)', 'Formulaire de consentement – photographie'], ['Transport request form', 'Consultation request (v2026-10)', 'Photo consent form']))
    body = D(lang, f"{hi(lang)}\n\nVoici la nouvelle version du formulaire « {title} ». Merci de détruire les anciennes copies papier dans les unités.\n\n", f"{hi(lang)}\n\nHere is the new version of the \"{title}\" form. Please discard old paper copies on the units.\n\n") + sig(lang, me, D(lang, 'Archives médicales – formulaires', 'Health Records - Forms'))
    if R.random() < 0.5: att = ('docx', D(lang, 'formulaire_vierge.docx', 'blank_form.docx'), make_docx(title, paras))
    else: att = ('pdf', D(lang, 'formulaire.pdf', 'form.pdf'), make_pdf(title, paras))
    return dict(cat='blank_form', note='blank form template with empty patient fields', frm=ad(me, MAIN), to=[f"chefs-unites@{MAIN}"], subject=D(lang, f"Nouveau formulaire – {title}", f"New form - {title}"), text=body, atts=[att])

def n_recall(c, lang):
    me = c.staff(SF(lang)); prod = R.choice(['pompe volumétrique Infusia V7', 'lame de laryngoscope FlexiBlade', 'glucomètre GlucoPro 3', 'cathéter central Vascu-3L'])
    lots = [f"{R.choice(['', 'LOT '])}{gen_luhn10() if R.random() < 0.5 else gen_sin()}" for _ in range(R.randint(2, 4))]
    sers = [f"SN {R.choice('ABCDEFGHJK')}{R.choice('ABCDEFGHJK')}{R.choice('ABCDEFGHJK')}{R.choice('ABCDEFGHJK')} {R.randint(1000, 9999)} {R.randint(1000, 9999)}" for _ in range(2)]
    body = D(lang, f"AVIS DE RAPPEL VOLONTAIRE – {prod}\n\nLots visés :\n" + '\n'.join(f"  - {l}" for l in lots) + f"\nNuméros de série (appareils) :\n" + '\n'.join(f"  - {s}" for s in sers) +
                    "\n\nRisque : défaillance intermittente de l’alarme d’occlusion. Retirer les unités et communiquer avec le service à la clientèle au 1-888-555-0172.\n\n",
             f"VOLUNTARY RECALL NOTICE - {prod}\n\nAffected lots:\n" + '\n'.join(f"  - {l}" for l in lots) + "\nSerial numbers:\n" + '\n'.join(f"  - {s}" for s in sers) +
             "\n\nRisk: intermittent occlusion alarm failure. Quarantine units and call customer service at 1-888-555-0172.\n\n") + f"{me['full']}\n{D(lang, 'Affaires réglementaires', 'Regulatory Affairs')} – OrthoTek Medical"
    return dict(cat='vendor_recall', note='vendor recall with lot and serial numbers that resemble identifiers', frm=(me['full'], f"qualite@{EXT['vendor2']}"), to=[f"genie-biomedical@{MAIN}"], cc=[f"gestion-risques@{MAIN}"],
                subject=D(lang, f"Rappel – {prod}", f"Recall - {prod}"), text=body)

def n_physician_disease(c, lang):
    me = c.staff(SF(lang)); s = c.staff(SF(lang))
    dz = R.choice(D(lang, ['insuffisance cardiaque', 'sclérose en plaques', 'maladie de Crohn', 'cancer du poumon', 'VIH', 'fibrose kystique'], ['heart failure', 'multiple sclerosis', "Crohn's disease", 'lung cancer', 'HIV', 'cystic fibrosis']))
    body = D(lang, f"{hi(lang)}\n\nNous avons le plaisir d’annoncer l’arrivée de {dr(s, lang)}, qui prendra la direction de la clinique de {dz} à compter du 1er décembre. "
                    f"{'Elle' if s['sex'] == 'F' else 'Il'} a complété un fellowship à Toronto sur le traitement de la {dz}. Les références continuent via le CRDS.\n\n",
             f"{hi(lang)}\n\nWe are pleased to announce that {dr(s, lang)} will lead the {dz} clinic starting Dec 1. {'She' if s['sex'] == 'F' else 'He'} completed a fellowship in Toronto on {dz}. Referrals continue through the central referral desk.\n\n") + sig(lang, me, D(lang, 'Chef du département de médecine', 'Head, Department of Medicine'), md=True)
    return dict(cat='staff_announcement', note='announcement: a physician named next to the disease their clinic treats', frm=ad(me, MAIN), to=[f"medecins@{CISSS}", f"gmf-region@{CISSS}"], subject=D(lang, f"Clinique de {dz} – nouvelle direction", f"{dz.capitalize()} clinic - new lead"), text=body)

def n_research_admin(c, lang):
    me = c.staff(SF(lang)); proto = f"MP-{R.randint(10, 40)}-2026-{R.randint(1000, 9999)}"
    body = D(lang, f"{hi(lang)}\n\nLe CÉR a approuvé l’amendement 3 du protocole {proto} (version 4.0 du 12 octobre). Nouveau formulaire de consentement à utiliser dès maintenant. "
                    f"Recrutement : {R.randint(10, 40)} participants sur {R.randint(50, 80)} visés.\n\n",
             f"{hi(lang)}\n\nThe REB approved amendment 3 of protocol {proto} (v4.0, Oct 12). Use the new consent form from now on. Enrolment: {R.randint(10, 40)} of {R.randint(50, 80)} target.\n\n") + sig(lang, me, D(lang, 'Bureau de l’éthique de la recherche', 'Research Ethics Office'))
    return dict(cat='research_admin', note='ethics approval notice with aggregate enrolment only', frm=ad(me, MAIN), to=[ad(c.staff(SF(lang)), EXT['univ'])], subject=D(lang, f"Approbation amendement – {proto}", f"Amendment approved - {proto}"), text=body)

def n_social_event(c, lang):
    me = c.staff(SF(lang)); s = c.staff(SF(lang))
    body = R.choice(D(lang, [f"{hi(lang)}\n\nApéro de départ à la retraite de {s['full']} après 32 ans à l’urgence! Vendredi 16h, salle du personnel 3e. Collecte pour le cadeau auprès de Nathalie.\n\n",
                             f"{hi(lang)}\n\nC’est avec tristesse que nous apprenons le décès du père de notre collègue {s['full']}. Les funérailles auront lieu samedi. Une carte circule au poste.\n\n",
                             f"{hi(lang)}\n\nParty de Noël du 4B le 12 décembre au resto Le Relais, 19h. Confirmez votre présence d’ici le 1er.\n\n"],
                      [f"{hi(lang)}\n\nRetirement drinks for {s['full']} after 32 years in the ED! Friday 4pm, staff lounge 3rd floor. Collection for the gift with Nathalie.\n\n",
                       f"{hi(lang)}\n\nSad news: the father of our colleague {s['full']} passed away. Funeral is on Saturday. A card is at the nursing station.\n\n",
                       f"{hi(lang)}\n\n4B holiday party Dec 12 at Le Relais, 7pm. RSVP by Dec 1.\n\n"]))
    return dict(cat='social_event', note='staff social announcement', frm=ad(me, MAIN), to=[f"equipe-4b@{MAIN}"], subject=D(lang, R.choice(['Retraite!', 'Triste nouvelle', 'Party de Noël']), R.choice(['Retirement!', 'Sad news', 'Holiday party'])), text=body + me['giv'])

def n_ohip_bulletin(c, lang='en'):
    me = c.staff(STAFF_EN)
    codes = '\n'.join(f"  {R.choice('ACEGK')}{R.randint(100, 999)}  {R.choice(['Consultation', 'Repeat consultation', 'Partial assessment', 'Chronic disease mgmt', 'After-hours premium'])}  ${R.randint(20, 180)}.{R.randint(10, 95)}" for _ in range(5))
    body = (f"Hi all,\n\nSummary of the OHIP Schedule of Benefits changes effective Dec 1 relevant to our Ontario cross-border billing:\n\n{codes}\n\nReminder: verify version codes at each visit. "
            f"Claims rejected with code VH9 must be resubmitted within 6 months.\n\n" + sig('en', me, 'Billing Supervisor'))
    return dict(cat='billing_bulletin', note='billing code bulletin with fee codes, no patient', frm=ad(me, MAIN), to=[f"billing@{MAIN}"], subject='OHIP fee schedule changes - Dec 1', text=body)

def n_partner(c, lang='fr'):
    me = c.staff(STAFF_FR); k = R.randrange(3)
    if k == 0:
        o = c.staff(STAFF_BE)
        body = (f"Bonjour {dr(o, 'fr')},\n\nSuite à notre échange, nous confirmons l’accueil de deux assistants du CHR de Liège pour un stage d’observation en soins intensifs du 12 au 30 janvier. "
                f"Les attestations de vaccination et l’assurance responsabilité sont requises avant le 15 décembre.\n\nBien cordialement,\n\n" + sig('fr', me, 'Direction de l’enseignement'))
        to = [ad(o, EXT['be'])]; subj = 'Stage d’observation – assistants CHR Liège'
    elif k == 1:
        o = c.staff(STAFF_FRA)
        body = (f"Chère collègue, cher collègue,\n\nNous vous invitons aux 12es Rencontres franco-québécoises de gériatrie, les 4 et 5 juin 2027 à Lyon. Appel à communications ouvert jusqu’au 31 janvier. "
                f"Thèmes : chutes, polymédication, soins de fin de vie.\n\nCordialement,\n\n" + sig('fr', me, 'Comité scientifique'))
        to = [ad(o, EXT['fra'])]; subj = 'Rencontres franco-québécoises de gériatrie 2027'
    else:
        o = c.staff(STAFF_EN)
        body = (f"Hello {dr(o, 'en')},\n\nFollowing up on the inter-hospital transfer agreement with Ottawa East: the revised draft (v3) is attached for legal review. "
                f"Main change: bed-availability calls go through the patient-flow desk 24/7.\n\nBest,\n\n" + sig('en', me, 'Director, Clinical Partnerships'))
        to = [ad(o, EXT['on'])]; subj = 'Transfer agreement - draft v3'; lang = 'en'
        return dict(cat='partner_admin', note='partnership agreement draft, no patient', frm=ad(me, MAIN), to=to, subject=subj, text=body, lang='en',
                    atts=[('docx', 'Entente_transfert_v3.docx', make_docx('Inter-hospital transfer agreement - DRAFT v3', ['1. Purpose', '2. Bed availability', '3. Transport', '4. Information sharing under applicable law', '5. Term']))])
    return dict(cat='partner_admin', note='partner institution correspondence (Belgium/France), no patient', frm=ad(me, MAIN), to=to, subject=subj, text=body)

def n_meeting_reply(c, lang):
    me = c.staff(SF(lang)); o = c.staff(SF(lang))
    topic = R.choice(D(lang, ['le budget 2027-2028 de l’unité', 'le plan de contingence des Fêtes', 'la visite d’Agrément', 'le projet de télémétrie au 5N'], ["the unit's 2027-28 budget", 'the holiday contingency plan', 'the Accreditation visit', 'the 5N telemetry project']))
    orig = D(lang, f"Bonjour,\nEst-ce qu’on peut se voir pour {topic}? Je suis dispo mardi ou jeudi PM.\n{o['full']}", f"Hi,\nCan we meet about {topic}? I'm free Tue or Thu PM.\n{o['full']}")
    top = R.choice(D(lang, ["Jeudi 14h me va, dans mon bureau (B-2210).", "Mardi 13h30 sur Teams?", "ok pour jeudi, j'invite aussi Chantal", "Désolé, semaine chargée... lundi prochain?"], ["Thursday 2pm works, my office (B-2210).", "Tue 1:30 on Teams?", "Thu works, I'll loop in Chantal", "Sorry, swamped this week - next Monday?"]))
    body = f"{top}\n\n{me['giv']}\n\n{qhdr(lang, o['full'], dstr(lang))}\n{quote(orig)}"
    return dict(cat='meeting_scheduling', note='reply scheduling an internal meeting with quoted thread', frm=ad(me, MAIN), to=[ad(o, MAIN)], subject=D(lang, 'RE: rencontre – ', 'RE: meeting - ') + topic, text=body)

def n_clinic_hours(c, lang):
    me = c.staff(SF(lang))
    body = D(lang, f"{hi(lang)}\n\nÀ partir du {R.randint(16, 30)} novembre, la clinique de vaccination antigrippale sera ouverte du lundi au jeudi de 8h à 19h (sans rendez-vous le mercredi). "
                    f"Prise de rendez-vous : Clic Santé ou 450-555-0150.\n\nMerci de diffuser dans vos salles d’attente.\n\n", f"{hi(lang)}\n\nStarting Nov {R.randint(16, 30)}, the flu clinic is open Mon-Thu 8am-7pm (walk-in Wednesdays). "
                    f"Booking online or 450-555-0150.\n\nPlease post in your waiting rooms.\n\n") + sig(lang, me, D(lang, 'Communications', 'Communications'))
    return dict(cat='public_notice', note='public notice about clinic hours and vaccination', frm=ad(me, CISSS), to=[f"gmf-region@{CISSS}"], subject=D(lang, 'Horaire clinique de vaccination', 'Flu clinic hours'), text=body)

def n_shortage(c, lang):
    me = c.staff(SF(lang)); drug = R.choice(['amoxicilline suspension 250 mg/5 mL', 'salbutamol inhalateur 100 mcg', 'céfazoline 1 g fiole', 'héparine 10 000 U/mL'])
    body = D(lang, f"{hi(lang)}\n\nRupture d’approvisionnement : {drug} (DIN {R.randint(2200000, 2499999):08d}). Retour prévu : {R.choice(['mi-décembre', 'janvier', 'indéterminé'])}. "
                    f"Alternative au formulaire : voir l’algorithme sur l’intranet. Ne pas constituer de réserves sur les unités.\n\n", f"{hi(lang)}\n\nDrug shortage: {drug} (DIN {R.randint(2200000, 2499999):08d}). Expected back: {R.choice(['mid-December', 'January', 'unknown'])}. "
                    f"Formulary alternative: see intranet algorithm. Do not stockpile on units.\n\n") + sig(lang, me, D(lang, 'Chef du département de pharmacie', 'Head of Pharmacy'))
    return dict(cat='drug_shortage', note='drug shortage notice with DIN', frm=ad(me, MAIN), to=[f"tous-prescripteurs@{MAIN}"], subject=D(lang, f"Rupture – {drug}", f"Shortage - {drug}"), text=body)

def n_vcard(c, lang):
    me = c.staff(SF(lang)); rep = c.staff(SF(lang))
    vcf = make_vcf(rep['giv'], rep['sur'], org=R.choice(['MediSupply Inc.', 'OrthoTek Medical', 'BioLab Diagnostics']), title=D(lang, 'Représentant(e) technique', 'Clinical Specialist'),
                   tel=f"1-800-555-01{R.randint(10, 99)}", email_=ad(rep, EXT['vendor'])[1])
    body = D(lang, f"{hi(lang)}\n\nVoici les coordonnées du représentant pour la formation sur les nouvelles pompes.\n\n{me['giv']}", f"{hi(lang)}\n\nHere is the rep's contact for the new pump training.\n\n{me['giv']}")
    return dict(cat='vendor_contact', note='vCard of a vendor representative', frm=ad(me, MAIN), to=[ad(c.staff(SF(lang)), MAIN)], subject=D(lang, 'Contact représentant', 'Rep contact'), text=body, atts=[('vcf', f"{slug(rep['sur'])}.vcf", vcf)])

def n_zip_policies(c, lang):
    me = c.staff(SF(lang))
    files = [(D(lang, 'POL-INF-012_hygiene_mains.txt', 'POL-IPC-012_hand_hygiene.txt'), D(lang, 'Politique : hygiène des mains. Les 4 moments. Révisée 2026-09.\n', 'Policy: hand hygiene. 4 moments. Revised 2026-09.\n')),
             (D(lang, 'PRO-SI-044_contention.docx', 'PRO-NUR-044_restraints.docx'), make_docx(D(lang, 'Protocole – mesures de contrôle', 'Protocol - restraints'), [D(lang, 'Objet, portée, définitions, responsabilités.', 'Purpose, scope, definitions, responsibilities.')])),
             ('README.txt', D(lang, 'Documents pour la visite d’Agrément Canada.\n', 'Documents for the Accreditation Canada visit.\n'))]
    body = D(lang, f"{hi(lang)}\n\nCi-joint les politiques révisées à lire avant la visite d’Agrément (zip).\n\n", f"{hi(lang)}\n\nAttached (zip) are the revised policies to read before the Accreditation visit.\n\n") + sig(lang, me, D(lang, 'Direction de la qualité', 'Quality Directorate'))
    return dict(cat='policy_documents', note='ZIP of policy documents', frm=ad(me, MAIN), to=[f"gestionnaires@{MAIN}"], subject=D(lang, 'Politiques révisées – Agrément', 'Revised policies - Accreditation'), text=body, atts=[('zip', 'politiques.zip', make_zip(files))])

def n_inventory(c, lang):
    me = c.staff(SF(lang))
    rows = [D(lang, ['No actif', 'Équipement', 'No série', 'Unité', 'Dernier entretien'], ['Asset #', 'Equipment', 'Serial #', 'Unit', 'Last PM'])]
    for _ in range(R.randint(6, 12)):
        rows.append([f"GBM-{R.randint(10000, 99999)}", R.choice(['Pompe Alaris 8015', 'Moniteur IntelliVue MX450', 'Défibrillateur R Series', 'Lève-patient Viking']),
                     R.choice([gen_luhn10(), f"{R.randint(10000000, 99999999)}", gen_sin()]), R.choice(['4B', 'USI', 'URG', '5N']), f"2026-{R.randint(1, 10):02d}-{R.randint(1, 28):02d}"])
    body = D(lang, f"{hi(lang)}\n\nInventaire des équipements à entretenir ce mois-ci. Merci de libérer les appareils aux dates prévues.\n\n", f"{hi(lang)}\n\nEquipment due for preventive maintenance this month. Please release devices on the scheduled dates.\n\n") + sig(lang, me, D(lang, 'Génie biomédical', 'Biomedical Engineering'))
    return dict(cat='equipment_inventory', note='equipment inventory with asset and serial numbers', frm=ad(me, MAIN), to=[f"chefs-unites@{MAIN}"], subject=D(lang, 'Entretien préventif – novembre', 'Preventive maintenance - November'), text=body, atts=[('xlsx', 'inventaire.xlsx', make_xlsx(rows))])

def n_staff_health(c, lang):
    me = c.staff(SF(lang))
    body = D(lang, f"{hi(lang)}\n\nCouverture vaccinale antigrippale du personnel au {R.randint(5, 12)} nov. : {R.randint(38, 71)} %. Cliniques mobiles sur les unités mardi et jeudi. "
                    f"Rappel : tout employé présentant de la fièvre ou de la toux doit aviser le SST avant de se présenter au travail.\n\n", f"{hi(lang)}\n\nStaff flu vaccine coverage as of Nov {R.randint(5, 12)}: {R.randint(38, 71)}%. Mobile clinics on units Tue and Thu. "
                    f"Reminder: any employee with fever or cough must call Occupational Health before coming in.\n\n") + sig(lang, me, D(lang, 'Santé et sécurité au travail', 'Occupational Health & Safety'))
    return dict(cat='staff_health', note='staff vaccination coverage and occupational health reminder', frm=ad(me, MAIN), to=[f"tous-personnel@{MAIN}"], subject=D(lang, 'Vaccination du personnel', 'Staff flu vaccination'), text=body)

def n_template_letter(c, lang):
    me = c.staff(SF(lang))
    tpl = D(lang, "Madame, Monsieur <<NOM_USAGER>>,\n\nNous vous confirmons votre rendez-vous le <<DATE_RDV>> à <<HEURE>> à la clinique <<CLINIQUE>>.\nVeuillez apporter votre carte d’assurance maladie (NAM : <<NAM>>) et la liste de vos médicaments.\n",
              "Dear <<PATIENT_NAME>>,\n\nThis confirms your appointment on <<APPT_DATE>> at <<TIME>> at the <<CLINIC>> clinic.\nPlease bring your health card (<<HEALTH_NUMBER>>) and your medication list.\n")
    body = D(lang, f"{hi(lang)}\n\nVoici le gabarit de lettre de confirmation à intégrer dans le système de rendez-vous. Les champs entre << >> sont fusionnés automatiquement.\n\n---\n{tpl}---\n\n",
             f"{hi(lang)}\n\nHere is the confirmation letter template for the booking system. Fields in << >> are merged automatically.\n\n---\n{tpl}---\n\n") + sig(lang, me, D(lang, 'Pilote DMÉ', 'EMR Analyst'))
    return dict(cat='template', note='mail-merge letter template with placeholders, no data', frm=ad(me, MAIN), to=[f"pilotes-dme@{MAIN}"], subject=D(lang, 'Gabarit lettre de confirmation', 'Confirmation letter template'), text=body)

def n_lookalike(c, lang):
    me = c.staff(SF(lang)); code = f"{R.choice(['MEDS', 'ORTH', 'BIOL', 'STER'])} {R.randint(1000, 9999)} {R.randint(1000, 9999)}"
    body = D(lang, f"{hi(lang)}\n\nPour la soumission {R.randint(2026001, 2026099)} : référence fournisseur {code}, numéro d’entreprise du Québec {R.randint(1140000000, 1179999999)}, "
                    f"compte client {gen_sin()}. Téléphone de la clinique d’orthopédie pour la livraison : 450-555-0163.\n\n", f"{hi(lang)}\n\nFor tender {R.randint(2026001, 2026099)}: supplier reference {code}, Quebec enterprise number {R.randint(1140000000, 1179999999)}, "
                    f"customer account {gen_sin()}. Ortho clinic phone for delivery: 450-555-0163.\n\n") + sig(lang, me, D(lang, 'Approvisionnement', 'Procurement'))
    return dict(cat='vendor_mail', note='procurement mail with supplier references and account numbers that look like identifiers', frm=ad(me, MAIN), to=[f"soumissions@{EXT['vendor']}"], subject=D(lang, 'Soumission – références', 'Tender - references'), text=body)

def n_fwd_vendor(c, lang):
    me = c.staff(SF(lang)); rep = c.staff(SF(lang))
    inner = build(dict(frm=(rep['full'], f"ventes@{EXT['lab']}"), to=[ad(me, MAIN)], subject=D(lang, 'Offre – réactifs 2027', '2027 reagent pricing'),
                       text=D(lang, f"Bonjour,\nVoici nos prix 2027 pour les réactifs de chimie : hausse de 3,2 %. Contrat de 3 ans disponible.\n{rep['full']}", f"Hello,\nOur 2027 chemistry reagent prices: +3.2%. 3-year contract available.\n{rep['full']}"), mode='plain', date=when()), inner=True)
    body = D(lang, f"{hi(lang)}\n\nJe te transfère l’offre de BioLab, à comparer avec la soumission actuelle.\n\n{me['giv']}", f"{hi(lang)}\n\nForwarding BioLab's offer, to compare with current contract.\n\n{me['giv']}")
    return dict(cat='forward_vendor', note='forward as attachment of a vendor offer', frm=ad(me, MAIN), to=[ad(c.staff(SF(lang)), MAIN)], subject=D(lang, 'TR: Offre réactifs 2027', 'FW: 2027 reagents'), text=body, atts=[('eml', 'offre.eml', inner)])

def n_incident_agg(c, lang):
    me = c.staff(SF(lang))
    body = D(lang, f"{hi(lang)}\n\nRetour sur les déclarations AH-223 du trimestre : {R.randint(40, 90)} événements, dont {R.randint(15, 30)} chutes et {R.randint(10, 25)} erreurs de médication (aucune avec conséquence grave). "
                    f"Problème récurrent : pompes PCA mal programmées au 5N. Formation de rappel prévue.\n\n", f"{hi(lang)}\n\nQuarterly incident report summary: {R.randint(40, 90)} events incl. {R.randint(15, 30)} falls and {R.randint(10, 25)} medication errors (none with serious harm). "
                    f"Recurring issue: PCA pump programming on 5N. Refresher training planned.\n\n") + sig(lang, me, D(lang, 'Gestion des risques', 'Risk Management'))
    return dict(cat='quality_report', note='aggregate quarterly incident statistics', frm=ad(me, MAIN), to=[f"comite-risques@{MAIN}"], subject=D(lang, 'Bilan trimestriel AH-223', 'Quarterly incident summary'), text=body)

def n_referral_process(c, lang):
    me = c.staff(SF(lang))
    body = D(lang, f"{hi(lang)}\n\nRappel du processus de référence en {R.choice(['cardiologie', 'gastro', 'dermato'])} : formulaire AH-702 obligatoire, NAM et DDN lisibles, motif et priorité clinique. "
                    f"Les demandes incomplètes seront retournées au référent. Ne pas envoyer de référence par courriel.\n\n", f"{hi(lang)}\n\nReminder of the {R.choice(['cardiology', 'GI', 'dermatology'])} referral process: form AH-702 required, legible health number and DOB, reason and clinical priority. "
                    f"Incomplete requests will be returned. Do not send referrals by e-mail.\n\n") + sig(lang, me, D(lang, 'CRDS', 'Central Referral Desk'))
    return dict(cat='process_memo', note='memo on referral process, mentions fields but no patient', frm=ad(me, CISSS), to=[f"gmf-region@{CISSS}"], subject=D(lang, 'Processus de référence – rappel', 'Referral process reminder'), text=body)

def n_foundation(c, lang):
    me = c.staff(SF(lang))
    body = D(lang, f"Chers donateurs,\n\nGrâce à vous, la campagne 2026 a amassé {R.randint(400, 900)} 000 $ pour le nouvel appareil d’IRM. Merci à nos partenaires corporatifs et au comité organisateur du Gala!\n\n",
             f"Dear donors,\n\nThanks to you, the 2026 campaign raised ${R.randint(400, 900)},000 for the new MRI. Thank you to our corporate partners and the Gala committee!\n\n") + sig(lang, me, D(lang, 'Fondation CHU Exemple', 'CHU Exemple Foundation'))
    return dict(cat='foundation_newsletter', note='foundation donor newsletter', frm=(D(lang, 'Fondation CHU Exemple', 'CHU Exemple Foundation'), f"fondation@{MAIN}"), to=['donateurs@liste.example'], subject=D(lang, 'Merci! Campagne 2026', 'Thank you! 2026 campaign'), text=body)

def n_bed_board(c, lang):
    me = c.staff(SF(lang))
    beds = ', '.join(f"{u}-{R.randint(301, 340)}" for u in R.sample(['4B', '5N', '7C', '3A', '6C'], 3))
    body = D(lang, f"État des lits 7h00 :\n- Lits disponibles : {beds}\n- En nettoyage : {R.randint(1, 4)}\n- Patients en attente d’un lit à l’urgence : {R.randint(8, 31)}\n- Congés prévus avant midi : {R.randint(5, 15)}\n\nMerci de confirmer vos congés dans le tableau avant 10h.\n\n",
             f"Bed status 07:00:\n- Available beds: {beds}\n- Being cleaned: {R.randint(1, 4)}\n- ED patients waiting for a bed: {R.randint(8, 31)}\n- Expected discharges before noon: {R.randint(5, 15)}\n\nPlease update discharges on the board by 10am.\n\n") + sig(lang, me, D(lang, 'Gestion des lits', 'Bed Management'), ext=False)
    return dict(cat='bed_management', note='bed board with counts and free bed numbers only', frm=ad(me, MAIN), to=[f"chefs-unites@{MAIN}"], subject=D(lang, 'État des lits', 'Bed status'), text=body)

def n_foreign_invoice(c, lang='fr'):
    k = R.randrange(2)
    if k == 0:
        first8 = '0' + ''.join(str(R.randrange(10)) for _ in range(7))
        num = first8 + f"{97 - int(first8) % 97:02d}"
        tva = f"BE {num[:4]}.{num[4:7]}.{num[7:]}"
        ven = ('Liège Medical Supplies SPRL', 'factures@lms-exemple.example'); ident = f"N° TVA : {tva}"
        iban = f"BE{R.randint(10, 99)} {R.randint(1000, 9999)} {R.randint(1000, 9999)} {R.randint(1000, 9999)}"
    else:
        siren = ''.join(str(R.randrange(10)) for _ in range(8)); siren += std_luhn.calc_check_digit(siren)
        nic = ''.join(str(R.randrange(10)) for _ in range(4)); nic += std_luhn.calc_check_digit(siren + nic)
        ven = ('Lyon BioMédical SAS', 'compta@lyonbiomed-exemple.example'); ident = f"SIRET : {siren} {nic}"
        iban = f"FR76 {R.randint(1000, 9999)} {R.randint(1000, 9999)} {R.randint(1000, 9999)} {R.randint(1000, 9999)} {R.randint(100, 999)}"
    inv = f"F{R.randint(2026000, 2026999)}"
    lines = [ven[0], ident, f"Facture {inv}", '', f"Électrodes de stimulation x {R.randint(10, 80)}    {R.randint(400, 4000)},00 EUR", f"Frais de port    {R.randint(40, 160)},00 EUR", '', f"IBAN : {iban}"]
    body = f"Madame, Monsieur,\n\nVous trouverez ci-joint notre facture {inv} ({ident}). Règlement par virement sous 45 jours.\n\nCordialement,\nService comptabilité – {ven[0]}"
    return dict(cat='invoice', note='European vendor invoice with VAT/SIRET and IBAN numbers', frm=(ven[0], ven[1]), to=[f"comptes-payables@{MAIN}"], subject=f"Facture {inv}", text=body,
                atts=[('pdf', f"Facture_{inv}.pdf", make_pdf(ven[0], lines))])

def n_directory_csv(c, lang):
    me = c.staff(SF(lang))
    rows = [D(lang, ['clinique', 'pavillon', 'telephone', 'telecopieur', 'heures'], ['clinic', 'pavilion', 'phone', 'fax', 'hours'])]
    for cl in R.sample(['Cardiologie', 'Dermatologie', 'Diabète', 'Néphrologie', 'Oncologie', 'Orthopédie', 'Pneumologie', 'Prélèvements', 'Urologie', 'Plaies'], 7):
        rows.append([cl, R.choice(['A', 'B', 'C']), f"450-555-01{R.randint(10, 99)}", f"450-555-01{R.randint(10, 99)}", R.choice(['8h-16h', '7h30-15h30', '8h-12h'])])
    body = D(lang, f"{hi(lang)}\n\nBottin des cliniques externes mis à jour (CSV pour importer dans vos DMÉ).\n\n", f"{hi(lang)}\n\nUpdated outpatient clinic directory (CSV for import into your EMR).\n\n") + sig(lang, me, D(lang, 'Accueil central', 'Central Reception'))
    return dict(cat='directory', note='CSV directory of clinic phone and fax numbers', frm=ad(me, MAIN), to=[f"gmf-region@{CISSS}"], subject=D(lang, 'Bottin cliniques externes', 'Clinic directory'), text=body,
                atts=[('csv', D(lang, 'bottin_cliniques.csv', 'clinic_directory.csv'), make_csv(rows, R.choice([',', ';'])))])

def n_inline_fwd(c, lang):
    me = c.staff(SF(lang)); src = c.staff(SF(lang))
    inner = R.choice(D(lang, [("Appel de résumés – Congrès de l’AMIQ", "Bonjour,\nL’appel de résumés pour le congrès de mai est ouvert jusqu’au 15 janvier. Catégories : recherche clinique, qualité, éducation.\nLe comité"),
                              ("Nouvelle procédure de commande de repas", "Bonjour,\nÀ compter du 1er décembre, les commandes de repas pour les réunions se font via le portail Alimentation, 48 h à l’avance.\nService alimentaire")],
                             [("Call for abstracts - Regional Medicine Conference", "Hello,\nAbstract submission for the May conference is open until Jan 15. Categories: clinical research, quality, education.\nThe committee"),
                              ("New catering order process", "Hi,\nStarting Dec 1, catering orders for meetings go through the Food Services portal, 48 h ahead.\nFood Services")]))
    top = R.choice(D(lang, ["Pour info, ça pourrait intéresser les résidents.", "À partager avec l’équipe svp."], ["FYI, might interest the residents.", "Please share with the team."]))
    body = f"{top}\n\n{me['giv']}\n\n" + fwd_block(lang, f"{src['full']} <{ad(src, CISSS)[1]}>", f"{me['full']} <{ad(me, MAIN)[1]}>", dstr(lang), inner[0], inner[1])
    return dict(cat='inline_forward', note='inline forward of an administrative announcement', frm=ad(me, MAIN), to=[ad(c.staff(SF(lang)), MAIN)], subject=D(lang, 'TR: ', 'Fwd: ') + inner[0], text=body)

def n_clinic_cancel(c, lang):
    me = c.staff(SF(lang)); md = c.staff(SF(lang)); n = R.randint(9, 22)
    body = D(lang, f"{hi(lang)}\n\nLa clinique de {dr(md, lang)} du {R.randint(17, 27)} novembre est annulée (congrès). {n} usagers sont à redistribuer : "
                    f"merci de les rappeler en priorité P1-P2 et de les replacer sur les plages du {R.randint(1, 10)} décembre. La liste nominative est dans l’agenda, ne pas l’envoyer par courriel.\n\n",
             f"{hi(lang)}\n\n{dr(md, lang)}'s clinic on Nov {R.randint(17, 27)} is cancelled (conference). {n} patients need rebooking: "
             f"please call P1-P2 first and move them to the Dec {R.randint(1, 10)} slots. The list is in the scheduler, do not e-mail it.\n\n") + sig(lang, me, D(lang, 'Chef de service – cliniques externes', 'Outpatient Clinics Manager'))
    return dict(cat='clinic_cancellation', note='physician clinic cancelled, patient count only', frm=ad(me, MAIN), to=[f"agentes-rdv@{MAIN}"], subject=D(lang, 'Annulation de clinique', 'Clinic cancelled'), text=body)

def n_lab_notice(c, lang):
    me = c.staff(SF(lang))
    body = R.choice(D(lang, [f"{hi(lang)}\n\nÀ compter du {R.randint(16, 30)} novembre, le courrier des prélèvements des CLSC passera à 10h30 et 14h45 (au lieu de 11h et 15h). Les tubes pour HbA1c doivent être réfrigérés.\n\n",
                             f"{hi(lang)}\n\nNouveau tube pour les gaz veineux (seringue héparinée bouchon bleu, no catalogue {gen_luhn10()}). Les anciens tubes sont acceptés jusqu’au 31 décembre.\n\n"],
                            [f"{hi(lang)}\n\nFrom Nov {R.randint(16, 30)}, the CLSC specimen courier will pick up at 10:30 and 14:45 (instead of 11:00 and 15:00). A1c tubes must be refrigerated.\n\n",
                             f"{hi(lang)}\n\nNew tube for venous gases (blue-cap heparinised syringe, catalogue # {gen_luhn10()}). Old tubes accepted until Dec 31.\n\n"]))
    body += sig(lang, me, D(lang, 'Chef technologiste – laboratoire', 'Lab Charge Technologist'))
    return dict(cat='lab_notice', note='laboratory operational notice (courier, tubes)', frm=ad(me, MAIN), to=[f"prelevements@{EXT['clsc']}"], subject=D(lang, 'Laboratoire – changement', 'Lab - change'), text=body)

def n_group_insurance(c, lang):
    me = c.staff(SF(lang))
    body = D(lang, f"{hi(lang)}\n\nRenouvellement de l’assurance collective au 1er janvier : police {R.randint(10000, 99999)}-{R.randint(100, 999)}, hausse de {R.randint(2, 9)},{R.randint(0, 9)} % de la prime santé. "
                    f"Période de changement de protection du {R.randint(16, 20)} au {R.randint(27, 30)} novembre sur le portail de l’assureur.\n\n",
             f"{hi(lang)}\n\nGroup insurance renewal Jan 1: policy {R.randint(10000, 99999)}-{R.randint(100, 999)}, health premium up {R.randint(2, 9)}.{R.randint(0, 9)}%. "
             f"Coverage change window Nov {R.randint(16, 20)}-{R.randint(27, 30)} on the insurer's portal.\n\n") + sig(lang, me, D(lang, 'Rémunération et avantages sociaux', 'Compensation & Benefits'))
    return dict(cat='hr', note='staff group insurance renewal notice', frm=ad(me, MAIN), to=[f"tous-personnel@{MAIN}"], subject=D(lang, 'Assurance collective – renouvellement', 'Group insurance renewal'), text=body)

def n_homecare_program(c, lang):
    me = c.staff(SF(lang))
    body = D(lang, f"{hi(lang)}\n\nLe programme SAD du secteur Nord ajoute une équipe de soirée (16h-23h) à compter du 1er décembre pour les soins palliatifs à domicile. "
                    f"Les références se font toujours via le guichet d’accès (450-555-0177). Délai moyen actuel : {R.randint(3, 12)} jours.\n\n",
             f"{hi(lang)}\n\nThe North sector home care program adds an evening team (4-11pm) from Dec 1 for home palliative care. "
             f"Referrals still go through the intake line (450-555-0177). Current average wait: {R.randint(3, 12)} days.\n\n") + sig(lang, me, D(lang, 'Chef de programme SAD', 'Home Care Program Manager'))
    return dict(cat='program_notice', note='home-care programme change, no patient', frm=ad(me, CISSS), to=[f"liaison@{MAIN}", f"gmf-region@{CISSS}"], subject=D(lang, 'SAD – équipe de soir', 'Home care - evening team'), text=body)

NEG = [(n_schedule, 'b', 6), (n_roster_like, 'b', 6), (n_hr, 'b', 7), (n_training, 'b', 5), (n_newsletter, 'b', 6), (n_invoice, 'b', 5), (n_po, 'b', 4),
       (n_conference, 'b', 5), (n_committee, 'b', 5), (n_job, 'b', 5), (n_it, 'b', 7), (n_facilities, 'b', 5), (n_public_health, 'b', 5), (n_stats, 'b', 5),
       (n_teaching, 'b', 5), (n_blank_form, 'b', 4), (n_recall, 'b', 4), (n_physician_disease, 'b', 4), (n_research_admin, 'b', 4), (n_social_event, 'b', 4),
       (n_ohip_bulletin, 'en', 3), (n_partner, 'fr', 5), (n_meeting_reply, 'b', 5), (n_clinic_hours, 'b', 4), (n_shortage, 'b', 4), (n_vcard, 'b', 3),
       (n_zip_policies, 'b', 3), (n_inventory, 'b', 3), (n_staff_health, 'b', 3), (n_template_letter, 'b', 3), (n_lookalike, 'b', 4), (n_fwd_vendor, 'b', 3),
       (n_incident_agg, 'b', 3), (n_referral_process, 'b', 3), (n_foundation, 'b', 2), (n_bed_board, 'b', 3), (n_foreign_invoice, 'fr', 2), (n_directory_csv, 'b', 2), (n_inline_fwd, 'b', 3), (n_clinic_cancel, 'b', 2), (n_lab_notice, 'b', 2), (n_group_insurance, 'b', 2), (n_homecare_program, 'b', 2)]

# ================================================================ main
def plan(table):
    slots = []
    for fn, lang, n in table:
        for i in range(n): slots.append([fn, lang])
    R.shuffle(slots)
    cnt = {'fr': sum(1 for s in slots if s[1] == 'fr'), 'en': sum(1 for s in slots if s[1] == 'en')}
    for s in slots:
        if s[1] == 'b':
            if cnt['fr'] == cnt['en']: s[1] = R.choice(['fr', 'en'])
            else: s[1] = 'fr' if cnt['fr'] < cnt['en'] else 'en'
            cnt[s[1]] += 1
    return slots

def check_message(data):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects: problems.append(f"defects {part.defects}")
        if part.is_multipart(): continue
        try:
            if part.get_content_maintype() == 'text': part.get_content()
            else:
                b = part.get_payload(decode=True)
                if not b: problems.append('empty payload')
                if part.get_content_subtype() in ('zip', 'pdf') or 'openxml' in part.get_content_type():
                    if part.get_content_subtype() != 'pdf': zipfile.ZipFile(io.BytesIO(b)).testzip()
                    elif not b.startswith(b'%PDF'): problems.append('bad pdf')
        except Exception as e:
            problems.append(f"decode {e!r}")
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
        if msg[h] is None: problems.append('missing ' + h)
    return problems

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    for sub in ('positive', 'negative'):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith('.eml'): os.remove(os.path.join(out, sub, f))
    c = Ctx()
    labels = {}
    stats = {'lang': {}, 'cat': {}, 'mode': {}, 'charset': {}, 'cte': {}, 'eol': {}, 'att': {}}
    def bump(k, v): stats[k][v] = stats[k].get(v, 0) + 1
    for conf, table, prefix, sub in ((True, POS, 'p', 'positive'), (False, NEG, 'n', 'negative')):
        slots = plan(table)
        for i, (fn, lang) in enumerate(slots, 1):
            d = fn(c, lang)
            lang = d.get('lang', lang)
            d.setdefault('date', when())
            msg = build(d)
            fix_boundaries(msg)
            eol = R.choice(['\n', '\r\n'])
            data = msg.as_bytes(policy=email.policy.default.clone(linesep=eol))
            name = f"{sub}/{prefix}{i:03d}_{d['cat']}.eml"
            with open(os.path.join(out, name), 'wb') as fh: fh.write(data)
            types = sorted(set(d.get('types', []))) if conf else []
            labels[name] = {'confidential': conf, 'types': types, 'lang': lang, 'note': d['note']}
            bump('lang', f"{sub}:{lang}"); bump('cat', f"{sub}:{d['cat']}")
            m2 = email.message_from_bytes(data, policy=email.policy.default)
            ct = m2.get_content_type(); bump('mode', ct)
            for part in m2.walk():
                if not part.is_multipart():
                    if part.get_content_maintype() == 'text' and not part.get_filename():
                        bump('charset', part.get_content_charset()); bump('cte', part.get('Content-Transfer-Encoding', '7bit').lower())
                    if part.get_filename(): bump('att', part.get_content_type())
                elif part.get_content_type() == 'message/rfc822': bump('att', 'message/rfc822')
            bump('eol', 'CRLF' if eol == '\r\n' else 'LF')
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True); fh.write('\n')
    # ---- self-check
    files = sorted(f"{sub}/{f}" for sub in ('positive', 'negative') for f in os.listdir(os.path.join(out, sub)) if f.endswith('.eml'))
    errors = []
    if files != sorted(labels): errors.append('labels do not cover exactly the files')
    for f in files:
        with open(os.path.join(out, f), 'rb') as fh: data = fh.read()
        for p in check_message(data): errors.append(f"{f}: {p}")
        lab = labels[f]
        if lab['confidential'] != f.startswith('positive/'): errors.append(f"{f}: label/dir mismatch")
        if lab['confidential'] and not lab['types']: errors.append(f"{f}: positive without types")
        if not lab['confidential'] and lab['types']: errors.append(f"{f}: negative with types")
    h = hashlib.sha256()
    for f in files + ['labels.json']:
        with open(os.path.join(out, f), 'rb') as fh: b = fh.read()
        h.update(f.encode() + b'\0' + hashlib.sha256(b).digest())
    npos = sum(1 for v in labels.values() if v['confidential'])
    print(f"messages: {len(labels)}  positive: {npos}  negative: {len(labels) - npos}")
    for k in ('lang', 'mode', 'charset', 'cte', 'eol', 'att'):
        print(f"{k}: " + ', '.join(f"{a}={b}" for a, b in sorted(stats[k].items())))
    if '--cats' in sys.argv or os.environ.get('SHOW_CATS'):
        print('cat: ' + ', '.join(f"{a}={b}" for a, b in sorted(stats['cat'].items())))
    if errors:
        print('ERRORS:'); [print('  ' + e) for e in errors[:50]]; sys.exit(1)
    print('self-check: OK')
    print('sha256:', h.hexdigest())

if __name__ == '__main__':
    main()
