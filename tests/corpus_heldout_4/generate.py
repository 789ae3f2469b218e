#!/usr/bin/env python3
"""Synthetic outbound health-network e-mail corpus (held-out set 4), seeded and byte-for-byte deterministic.

Usage: python generate.py [--out DIR] [--seed 4242]
Writes positive/*.eml, negative/*.eml and labels.json, checks them, prints counts and a sha256."""

# ======================================================================
# section: core
# ======================================================================
# Core helpers for the heldout corpus generator (deterministic).
import base64, datetime as dt, io, quopri, re, zipfile
from email.message import Message
from email.header import Header
from email.utils import format_datetime, formataddr
from email.generator import BytesGenerator
from email import policy

from stdnum.ca import sin as _sin
from stdnum.be import nn as _nn
from stdnum.fr import nir as _nir
from stdnum import luhn as _luhn

import os as _os

# The synthetic NAMs every blind writer was given, shared by the blind corpora in tests/blind_nams.txt.
with open(_os.path.join(_os.path.dirname(_os.path.abspath(__file__)), _os.pardir, "blind_nams.txt"),
          encoding="utf-8") as _nams:
    NAM_TEXT = "\n".join(line for line in _nams.read().splitlines() if line.strip() and not line.startswith("#"))

TODAY = dt.date(2026, 11, 30)


class Pt:
    def __init__(s, last, first, dob, sex, nam=None, region='qc'):
        s.last, s.first, s.dob, s.sex, s.nam, s.region = last, first, dob, sex, nam, region
        s.mrn = None
        s.phone = None
        s.addr = None
        s.hn = None
        s.niss = None
        s.nir = None
        s.sin = None

    @property
    def age(s):
        a = TODAY.year - s.dob.year - ((TODAY.month, TODAY.day) < (s.dob.month, s.dob.day))
        return a

    @property
    def f(s):
        return s.sex == 'F'

    def full(s):
        return f"{s.first} {s.last}"

    def title_fr(s):
        return 'Mme' if s.f else 'M.'

    def title_en(s):
        return 'Mrs.' if s.f else 'Mr.'

    def pro(s, lang):
        if lang == 'fr':
            return 'elle' if s.f else 'il'
        return 'she' if s.f else 'he'

    def poss(s):
        return 'her' if s.f else 'his'

    def e(s, word):  # French gender agreement helper: e('né') -> née
        return word + ('e' if s.f else '')

    def pt_fr(s):
        return 'la patiente' if s.f else 'le patient'


def load_nams():
    out = []
    for line in NAM_TEXT.strip().splitlines():
        last, first, dob, sex, nam = line.split()
        out.append(Pt(last, first, dt.date.fromisoformat(dob), sex, nam))
    return out


# ---------------- identifiers ----------------

def gen_sin(r):
    while True:
        d = str(r.choice([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(r.randint(0, 9)) for _ in range(7))
        for c in '0123456789':
            if _luhn.is_valid(d + c):
                s = d + c
                break
        if _sin.is_valid(s):
            return s


def gen_on_hn(r):
    while True:
        d = str(r.randint(1, 9)) + ''.join(str(r.randint(0, 9)) for _ in range(8))
        s = d + _luhn.calc_check_digit(d)
        if _luhn.is_valid(s) and len(s) == 10:
            return s


def gen_niss(r, dob, sex):
    seq = r.randint(1, 498) * 2 + (0 if sex == 'F' else 1)
    seq = min(seq, 997)
    base = dob.strftime('%y%m%d') + f"{seq:03d}"
    n = int(('2' + base) if dob.year >= 2000 else base)
    chk = 97 - (n % 97)
    s = base + f"{chk:02d}"
    assert _nn.is_valid(s), s
    return s


def gen_nir(r, dob, sex):
    dept = r.choice(['75', '69', '13', '59', '33', '44', '67', '31'])
    s13 = ('2' if sex == 'F' else '1') + dob.strftime('%y%m') + dept + f"{r.randint(1, 990):03d}" + f"{r.randint(1, 999):03d}"
    key = 97 - (int(s13) % 97)
    s = s13 + f"{key:02d}"
    assert _nir.is_valid(s), s
    return s


def fmt_sin(s, style=0):
    return [f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}", s][style % 3]


def fmt_hn(s, r, vc=True):
    v = ' ' + r.choice(['AB', 'KL', 'RT', 'XZ', 'MN']) if vc and r.random() < 0.5 else ''
    return r.choice([f"{s[:4]}-{s[4:7]}-{s[7:]}", f"{s[:4]} {s[4:7]} {s[7:]}", s]) + v


def fmt_niss(s, r):
    return r.choice([f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}", s, f"{s[:6]} {s[6:9]} {s[9:]}"])


def fmt_nir(s, r):
    return r.choice([f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}", s,
                     f"{s[:13]} {s[13:]}"])


def fmt_nam(n, r, style=None):
    styles = [n, f"{n[:4]} {n[4:8]} {n[8:]}", f"{n[:4]} {n[4:8]} {n[8:]}", f"{n[:4]}-{n[4:8]}-{n[8:]}",
              n.lower() if r.random() < 0.3 else n]
    if style is None:
        return r.choice(styles)
    return styles[style]


FW = str.maketrans('0123456789', '０１２３４５６７８９')


def fullwidth(s):
    return s.translate(FW)


def gen_mrn(r, site='chu'):
    k = r.randint(0, 5)
    if k == 0:
        return f"{r.randint(1000000, 9999999)}"
    if k == 1:
        return f"{r.randint(10000000, 99999999)}"
    if k == 2:
        return f"H{r.randint(100000, 999999)}"
    if k == 3:
        return f"D-{r.randint(1000000, 9999999)}"
    if k == 4:
        return f"{r.randint(100, 999)}-{r.randint(1000, 9999)}"
    return f"M{r.randint(1000000, 9999999)}"


# ---------------- dates ----------------
MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
        'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def dfr(d, day=False):
    s = f"{d.day} {MOIS[d.month - 1]} {d.year}"
    return (JOURS[d.weekday()] + ' ' + s) if day else s


def den(d, day=False):
    s = f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    return (DAYS[d.weekday()] + ', ' + s) if day else s


def dnum(d, r=None, lang='fr'):
    if r is None:
        return d.isoformat()
    return r.choice([d.isoformat(), d.strftime('%d/%m/%Y'), d.strftime('%Y/%m/%d')] +
                    ([d.strftime('%m/%d/%Y')] if lang == 'en' else [d.strftime('%d-%m-%Y')]))


# ---------------- zip normalisation ----------------
FIXED_ZIP_DT = (2026, 1, 5, 8, 0, 0)


def normalize_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if info.filename == 'docProps/core.xml':
                b = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)', rb'\g<1>2026-01-05T08:00:00Z\g<3>', b)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, b)
    return out.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, b in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, b)
    return out.getvalue()


# ---------------- attachments ----------------

def make_pdf(title, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    b = io.BytesIO()
    c = canvas.Canvas(b, pagesize=letter, invariant=1)
    c.setTitle(title)
    y = 740
    c.setFont('Helvetica-Bold', 13)
    c.drawString(60, y, latin(title))
    y -= 26
    c.setFont('Helvetica', 10)
    for ln in lines:
        for chunk in wrap(ln, 95):
            if y < 60:
                c.showPage()
                c.setFont('Helvetica', 10)
                y = 740
            c.drawString(60, y, latin(chunk))
            y -= 14
    c.save()
    return b.getvalue()


def wrap(s, n):
    if not s:
        return ['']
    out, cur = [], ''
    for w in s.split(' '):
        if len(cur) + len(w) + 1 > n and cur:
            out.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    out.append(cur)
    return out


def make_docx(title, paras, table=None):
    import docx
    d = docx.Document()
    d.core_properties.author = 'Utilisateur'
    d.core_properties.created = dt.datetime(2026, 1, 5, 8, 0, 0)
    d.core_properties.modified = dt.datetime(2026, 1, 5, 8, 0, 0)
    d.core_properties.last_modified_by = 'Utilisateur'
    d.core_properties.revision = 1
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    b = io.BytesIO()
    d.save(b)
    return normalize_zip(b.getvalue())


def make_xlsx(sheet, rows, title=None):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet[:30]
    if title:
        ws.append([title])
    for row in rows:
        ws.append(list(row))
    wb.properties.creator = 'Utilisateur'
    wb.properties.created = dt.datetime(2026, 1, 5, 8, 0, 0)
    wb.properties.modified = dt.datetime(2026, 1, 5, 8, 0, 0)
    b = io.BytesIO()
    wb.save(b)
    return normalize_zip(b.getvalue())


def make_csv(rows, sep=','):
    import csv
    b = io.StringIO()
    w = csv.writer(b, delimiter=sep, lineterminator='\r\n')
    for row in rows:
        w.writerow(row)
    return b.getvalue().encode('utf-8')


def make_ics(uid, summary, start, minutes, location, description, organizer, attendees=()):
    end = start + dt.timedelta(minutes=minutes)

    def esc(s):
        return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')

    def fold(line):
        b = line.encode('utf-8')
        if len(b) <= 73:
            return line
        parts, cur = [], ''
        for ch in line:
            if len((cur + ch).encode('utf-8')) > 73:
                parts.append(cur)
                cur = ch
            else:
                cur += ch
        parts.append(cur)
        return '\r\n '.join(parts)

    L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Reseau Sante Exemple//Agenda 4.2//FR', 'METHOD:REQUEST',
         'BEGIN:VEVENT', f'UID:{uid}', 'DTSTAMP:20260105T130000Z',
         f'DTSTART;TZID=America/Toronto:{start.strftime("%Y%m%dT%H%M%S")}',
         f'DTEND;TZID=America/Toronto:{end.strftime("%Y%m%dT%H%M%S")}',
         f'SUMMARY:{esc(summary)}', f'LOCATION:{esc(location)}', f'DESCRIPTION:{esc(description)}',
         f'ORGANIZER;CN={esc(organizer[0])}:mailto:{organizer[1]}']
    for n, a in attendees:
        L.append(f'ATTENDEE;CN={esc(n)};ROLE=REQ-PARTICIPANT:mailto:{a}')
    L += ['END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(fold(x) for x in L) + '\r\n').encode('utf-8')


def make_vcf(first, last, org, title, tel, email_, addr=None, note=None):
    L = ['BEGIN:VCARD', 'VERSION:3.0', f'N:{last};{first};;;', f'FN:{first} {last}']
    if org:
        L.append(f'ORG:{org}')
    if title:
        L.append(f'TITLE:{title}')
    if tel:
        L.append(f'TEL;TYPE=CELL:{tel}')
    if email_:
        L.append(f'EMAIL;TYPE=INTERNET:{email_}')
    if addr:
        L.append(f'ADR;TYPE=HOME:;;{addr[0]};{addr[1]};QC;{addr[2]};Canada')
    if note:
        L.append('NOTE:' + note.replace('\n', '\\n').replace(',', '\\,'))
    L.append('END:VCARD')
    return ('\r\n'.join(L) + '\r\n').encode('utf-8')


# ---------------- charsets ----------------
LAT_MAP = {'’': "'", '‘': "'", '“': '"', '”': '"', '–': '-', '—': '-', 'œ': 'oe', 'Œ': 'OE', '€': 'EUR',
           '…': '...', '•': '-', '≥': '>=', '≤': '<=', '→': '->', '\u00a0': ' ', '\u202f': ' ', 'µ': 'u'}


def latin(s):
    for k, v in LAT_MAP.items():
        s = s.replace(k, v)
    return s.encode('latin-1', 'replace').decode('latin-1')


def to_charset(s, cs):
    if cs == 'utf-8':
        return s
    if cs == 'iso-8859-1':
        return latin(s)
    # windows-1252 keeps curly quotes, oe, euro
    return s.encode('cp1252', 'replace').decode('cp1252')


# ---------------- MIME building ----------------

def leaf(text, sub, cs, cte):
    text = to_charset(text, cs)
    raw = text.encode('cp1252' if cs == 'windows-1252' else cs)
    m = Message()
    m['Content-Type'] = f'text/{sub}; charset="{cs}"'
    if cte == '8bit' and all(b < 128 for b in raw):
        cte = '7bit'
    m['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        m.set_payload(base64.encodebytes(raw).decode('ascii'))
    elif cte == 'quoted-printable':
        m.set_payload(quopri.encodestring(raw).decode('ascii'))
    else:
        m.set_payload(raw.decode('ascii', 'surrogateescape'))
    return m


def bin_part(data, ctype, filename):
    m = Message()
    m['Content-Type'] = f'{ctype}; name="{filename}"'
    m['Content-Disposition'] = f'attachment; filename="{filename}"'
    m['Content-Transfer-Encoding'] = 'base64'
    m.set_payload(base64.encodebytes(data).decode('ascii'))
    return m


def rfc822_part(inner, filename):
    m = Message()
    m['Content-Type'] = 'message/rfc822'
    m['Content-Disposition'] = f'attachment; filename="{filename}"'
    m.attach(inner)
    return m


def multipart(sub, parts, boundary):
    m = Message()
    m['Content-Type'] = f'multipart/{sub}; boundary="{boundary}"'
    for p in parts:
        m.attach(p)
    return m


def enc_header(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        if cs != 'utf-8':
            s = to_charset(s, cs)
        return Header(s, 'utf-8' if cs == 'utf-8' else cs).encode()


def addr(name, a, cs='utf-8'):
    try:
        name.encode('ascii')
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset='utf-8')


def serialize(msg, linesep):
    b = io.BytesIO()
    BytesGenerator(b, mangle_from_=False, policy=policy.compat32.clone(linesep=linesep, max_line_length=78)).flatten(msg)
    return b.getvalue()


def html_of(text, lang, cs='utf-8'):
    import html as _h
    out = []
    lines = text.split('\n')
    inlist = False
    for ln in lines:
        s = ln.rstrip()
        if s.startswith('- ') or s.startswith('* '):
            if not inlist:
                out.append('<ul>')
                inlist = True
            out.append('<li>' + _h.escape(s[2:]) + '</li>')
            continue
        if inlist:
            out.append('</ul>')
            inlist = False
        if s.startswith('>'):
            out.append('<blockquote style="border-left:2px solid #ccc;margin:0 0 0 6px;padding-left:6px">' +
                       _h.escape(s.lstrip('> ')) + '</blockquote>')
        elif s == '':
            out.append('<br>')
        else:
            out.append('<div>' + _h.escape(s) + '</div>')
    if inlist:
        out.append('</ul>')
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="%s"><title></title></head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' % (lang, cs)) + '\n'.join(out) + \
        '\n</body></html>\n'


# ======================================================================
# section: people
# ======================================================================
# People, places and shared text pieces.
import datetime as dt

STAFF_FR = [('Isabelle', 'Tremblay'), ('Mathieu', 'Côté'), ('Karine', 'Bergeron'), ('Étienne', 'Gingras'),
            ('Julie', 'Lavoie'), ('François', 'Desjardins'), ('Valérie', 'Beaulieu'), ('Sébastien', 'Poulin'),
            ('Chantal', 'Dubé'), ('Olivier', 'Hébert'), ('Mélanie', 'Lemieux'), ('Patrick', 'Mercier'),
            ('Annie', 'Dufour'), ('Jean-François', 'Vachon'), ('Catherine', 'Lachance'), ('Nicolas', 'Champagne'),
            ('Marie-Ève', 'Fréchette'), ('Guillaume', 'Turcotte'), ('Stéphanie', 'Boisvert'), ('Alexandre', 'Rioux'),
            ('Nadia', 'Benali'), ('Hugo', 'Pelchat'), ('Sophie', 'Demers'), ('Marc-André', 'Lévesque'),
            ('Geneviève', 'Carrier'), ('Simon', 'Paradis')]
STAFF_EN = [('Sarah', 'Goldberg'), ('Michael', "O'Neill"), ('Priya', 'Raman'), ('David', 'Chen'),
            ('Rachel', 'Morrison'), ('Kevin', 'Walsh'), ('Amanda', 'Fraser'), ('Daniel', 'Kowalski'),
            ('Laura', 'Bennett'), ('James', 'Patel'), ('Emily', 'Clarke'), ('Omar', 'Haddad'), ('Jennifer', 'Li'),
            ('Thomas', 'Reid'), ('Hannah', 'Stewart'), ('Andrew', 'McKenzie'), ('Natalie', 'Rosen'),
            ('Brendan', 'Doyle'), ('Melissa', 'Grant'), ('Victor', 'Santos')]
STAFF_BE = [('Pierre', 'Vandamme'), ('Sophie', 'Wouters'), ('Thomas', 'Lejeune'), ('Aurélie', 'Dumont'),
            ('Benoît', 'Hermans'), ('Caroline', 'Servais')]
STAFF_FRA = [('Julien', 'Perrin'), ('Claire', 'Fabre'), ('Antoine', 'Roussel'), ('Émilie', 'Garnier'),
             ('Laurent', 'Colin'), ('Hélène', 'Masson')]

PT_EN = [('Margaret', 'Kowal', 'F'), ('Brian', 'Hughes', 'M'), ('Linda', 'Sutherland', 'F'), ('Raymond', 'Osei', 'M'),
         ('Patricia', 'Nguyen', 'F'), ('Gordon', 'Baxter', 'M'), ('Fatima', 'Yusuf', 'F'), ('Derek', 'Mills', 'M'),
         ('Helen', 'Whitford', 'F'), ('Arjun', 'Mehta', 'M'), ('Carol', 'Dempsey', 'F'), ('Stanley', 'Wozniak', 'M'),
         ('Teresa', 'Lombardi', 'F'), ('Wayne', 'Fitzgerald', 'M'), ('Joyce', 'Abernathy', 'F'),
         ('Kwame', 'Boateng', 'M'), ('Donna', 'Ferreira', 'F'), ('Harold', 'Jansen', 'M')]
PT_BE = [('Luc', 'Vandenberghe', 'M'), ('Marie', 'Peeters', 'F'), ('Nathalie', 'Dubois', 'F'),
         ('Philippe', 'Lambert', 'M'), ('Anne', 'Jacobs', 'F'), ('Jean-Marc', 'Renard', 'M'),
         ('Christiane', 'Maes', 'F')]
PT_FRA = [('Jean-Pierre', 'Moreau', 'M'), ('Monique', 'Lefèvre', 'F'), ('Christophe', 'Garnier', 'M'),
          ('Sandrine', 'Rousseau', 'F'), ('Hugues', 'Marchand', 'M'), ('Yvette', 'Chevalier', 'F'),
          ('Karim', 'Belkacem', 'M')]

SITES = {
    'qc': dict(name='CHU Exemple – Hôpital Saint-Laurent', dom='chu-exemple.example',
               addr='1250, boul. des Érables, Québec (Québec)  G1V 0Z9', tel='418-555-0100'),
    'clsc': dict(name='CISSS Exemple – CLSC des Rivières', dom='cisss-exemple.example',
                 addr='455, rue Principale, Lévis (Québec)  G6V 4Z2', tel='418-555-0170'),
    'qcen': dict(name='CHU Exemple – Mount Pleasant Pavilion', dom='chu-exemple.example',
                 addr='3800 Cedar Avenue, Montréal, QC  H3G 0Z1', tel='514-555-0142'),
    'on': dict(name='Eastern Ontario Health Network Example – Riverside Site', dom='eohn.example',
               addr='1020 Bank Street, Ottawa, ON  K1S 0Z7', tel='613-555-0188'),
    'be': dict(name='CHR Exemple – Site Sainte-Gudule', dom='chr-exemple-be.example',
               addr='Rue des Tilleuls 42, 5000 Namur', tel='+32 81 555 210'),
    'fr': dict(name='Centre hospitalier Exemple de Lyon-Sud', dom='ch-exemple-fr.example',
               addr='12 rue des Acacias, 69310 Pierre-Bénite', tel='+33 4 55 55 01 20'),
}

EXT_FR = [('Clinique médicale du Parc', 'cliniqueduparc.example'), ('GMF des Berges', 'gmf-berges.example'),
          ('Pharmacie Lachance et Roy', 'pharmacie-lr.example'), ('GMF-U de la Colline', 'gmfu-colline.example'),
          ('Polyclinique Sainte-Foy', 'polyclinique-sf.example'), ('Centre de radiologie Laurier', 'radio-laurier.example'),
          ('Coopérative de santé Val-des-Pins', 'coop-valdespins.example')]
EXT_EN = [('Westend Family Health Team', 'westend-fht.example'), ('Glebe Medical Clinic', 'glebe-clinic.example'),
          ('Rideau Pharmacy', 'rideau-pharmacy.example'), ('Lakeshore Medical Associates', 'lakeshore-med.example'),
          ('Kanata Imaging', 'kanata-imaging.example'), ('NDG Family Medicine Group', 'ndg-fmg.example')]
PERSONAL = ['courriel.example', 'webmail.example', 'postbox.example', 'maboite.example']


def phone_qc(r, area=None):
    return f"{area or r.choice(['418', '581', '514', '450', '819'])}-555-0{r.randint(100, 199)}"


def phone_on(r):
    return f"({r.choice(['613', '343', '416'])}) 555-0{r.randint(100, 199)}"


STREETS_FR = ['rue des Pins', 'avenue du Parc', 'rue Saint-Jean', 'boul. Laurier', 'rue de la Fabrique',
              'chemin Sainte-Foy', "rue de l'Église", 'avenue Royale', 'rue Notre-Dame', 'rang Saint-Joseph']
CITIES_FR = [('Québec', 'G1R'), ('Lévis', 'G6V'), ('Beauport', 'G1E'), ('Charlesbourg', 'G1H'),
             ('Sainte-Marie', 'G6E'), ('Montmagny', 'G5V'), ('Saint-Romuald', 'G6W')]
STREETS_EN = ['Elm Street', 'Somerset Street West', 'Carling Avenue', 'Churchill Avenue', 'Maple Crescent',
              'Sherbrooke Street West', 'Westminster Avenue']


def pc(r, pre):
    L = 'ABCEGHJKLMNPRSTVXY'
    return f"{pre} {r.randint(1, 9)}{r.choice(L)}{r.randint(1, 9)}"


class Ctx:
    def __init__(s, r):
        s.r = r
        s.nams = load_nams()
        r.shuffle(s.nams)
        s.ni = 0
        s.en_i = 0
        s.msgid = 0
        for p in s.nams:
            p.mrn = gen_mrn(r)
            p.phone = phone_qc(r)
            city, pre = r.choice(CITIES_FR)
            p.addr = (f"{r.randint(12, 2999)}, {r.choice(STREETS_FR)}", city, pc(r, pre))

    def qc(s):
        p = s.nams[s.ni % len(s.nams)]
        s.ni += 1
        return p

    def en_pt(s, region='on'):
        r = s.r
        f, l, sex = PT_EN[s.en_i % len(PT_EN)]
        s.en_i += 1
        dob = dt.date(r.randint(1934, 2008), r.randint(1, 12), r.randint(1, 28))
        p = Pt(l, f, dob, sex, None, region)
        p.mrn = gen_mrn(r)
        p.hn = gen_on_hn(r)
        p.phone = phone_on(r)
        p.addr = (f"{r.randint(10, 990)} {r.choice(STREETS_EN)}", 'Ottawa', pc(r, r.choice(['K1S', 'K2A', 'K1Y'])))
        p.sin = gen_sin(r)
        return p

    def be_pt(s):
        r = s.r
        f, l, sex = r.choice(PT_BE)
        dob = dt.date(r.randint(1938, 2005), r.randint(1, 12), r.randint(1, 28))
        p = Pt(l, f, dob, sex, None, 'be')
        p.niss = gen_niss(r, dob, sex)
        p.mrn = f"{r.randint(100000, 999999)}"
        p.phone = f"+32 81 555 {r.randint(100, 999)}"
        p.addr = (f"Rue {r.choice(['de Fer', 'des Carmes', 'Godefroid', 'du Lombard'])} {r.randint(2, 80)}", 'Namur', '5000')
        return p

    def fr_pt(s):
        r = s.r
        f, l, sex = r.choice(PT_FRA)
        dob = dt.date(r.randint(1938, 2005), r.randint(1, 12), r.randint(1, 28))
        p = Pt(l, f, dob, sex, None, 'fr')
        p.nir = gen_nir(r, dob, sex)
        p.mrn = f"{r.randint(1000000000, 9999999999)}"[:9]
        p.phone = f"06 55 55 {r.randint(10, 99)} {r.randint(10, 99)}"
        p.addr = (f"{r.randint(2, 80)} rue {r.choice(['Garibaldi', 'Paul-Bert', 'de la République', 'Victor-Hugo'])}", 'Lyon', '69007')
        return p

    def staff(s, lang='fr', region=None):
        pool = {'fr': STAFF_FR, 'en': STAFF_EN, 'be': STAFF_BE, 'fra': STAFF_FRA}[region or lang]
        f, l = s.r.choice(pool)
        return f, l

    def mid(s, dom):
        s.msgid += 1
        h = '%08x%04x' % (s.r.getrandbits(32), s.r.getrandbits(16))
        return f"<{h}.{s.msgid:04d}@{dom}>"


def slug(f, l):
    import unicodedata
    t = unicodedata.normalize('NFKD', f"{f}.{l}").encode('ascii', 'ignore').decode().lower()
    return t.replace(' ', '').replace("'", '')


def email_of(f, l, dom):
    return f"{slug(f, l)}@{dom}"


ROLES_FR = {
    'md': ['M.D.', 'M.D., FRCPC', 'M.D., CMFC', 'MD, FRCSC'],
    'inf': ['inf., B.Sc.', 'inf. clinicienne', 'infirmière', 'inf. aux.', 'IPS-PL'],
    'ts': ['T.S.', 'travailleuse sociale, T.S.', 'T.S., M.Serv.Soc.'],
    'pharm': ['pharm., M.Sc.', 'B.Pharm., M.Sc.'],
    'adm': ['Agente administrative', 'Agente administrative classe 2', 'Technicienne en administration',
            'Secrétaire médicale', 'Commis aux admissions'],
    'mgr': ['Chef de service', 'Coordonnatrice', "Adjointe à la direction", 'Gestionnaire'],
}
ROLES_EN = {
    'md': ['MD', 'MD, FRCPC', 'MD, CCFP', 'MD, FRCSC'],
    'inf': ['RN', 'RN, BScN', 'RPN', 'NP-PHC', 'Clinical Nurse Specialist'],
    'ts': ['MSW, RSW', 'Social Worker, RSW'],
    'pharm': ['RPh, PharmD', 'Clinical Pharmacist'],
    'adm': ['Unit Clerk', 'Medical Secretary', 'Patient Booking Clerk', 'Administrative Assistant', 'Health Records'],
    'mgr': ['Manager', 'Program Coordinator', 'Director', 'Clinical Manager'],
}
SERV_FR = ['Médecine interne', 'Cardiologie', 'Néphrologie', 'Pneumologie', 'Gériatrie', 'Oncologie',
           'Psychiatrie', 'Chirurgie générale', 'Urgence', 'Soutien à domicile', 'Pédiatrie', 'Orthopédie']
SERV_EN = ['Internal Medicine', 'Cardiology', 'Nephrology', 'Respirology', 'Geriatrics', 'Oncology',
           'Psychiatry', 'General Surgery', 'Emergency', 'Home and Community Care', 'Pediatrics', 'Orthopedics']


MALE_FR = {'Mathieu', 'Étienne', 'François', 'Sébastien', 'Olivier', 'Patrick', 'Jean-François', 'Nicolas', 'Guillaume',
           'Alexandre', 'Hugo', 'Marc-André', 'Simon', 'Pierre', 'Thomas', 'Benoît', 'Julien', 'Antoine', 'Laurent', 'Marc', 'Yves'}
MASC = [('Agente administrative', 'Agent administratif'), ('Technicienne', 'Technicien'), ('Coordonnatrice', 'Coordonnateur'),
        ('Adjointe', 'Adjoint'), ('inf. clinicienne', 'inf. clinicien'), ('infirmière', 'infirmier'),
        ('travailleuse sociale', 'travailleur social'), ('Commis', 'Commis')]


def signature(c, who, lang, role='md', site='qc', serv=None, disclaimer=None):
    r = c.r
    f, l = who
    S = SITES[site]
    if lang == 'en':
        cred = r.choice(ROLES_EN[role])
        serv = serv or r.choice(SERV_EN)
    else:
        cred = r.choice(ROLES_FR[role])
        if f in MALE_FR:
            for a_, b_ in MASC:
                cred = cred.replace(a_, b_)
        serv = serv or r.choice(SERV_FR)
    style = r.randint(0, 3)
    ext = f"poste {r.randint(2000, 7999)}" if lang == 'fr' else f"ext. {r.randint(2000, 7999)}"
    if style == 0:
        s = f"\n-- \n{f} {l}, {cred}\n{serv}\n{S['name']}\n{S['addr']}\nTél. : {S['tel']} {ext}" if lang == 'fr' else \
            f"\n-- \n{f} {l}, {cred}\n{serv}\n{S['name']}\n{S['addr']}\nTel: {S['tel']} {ext}"
    elif style == 1:
        s = f"\n{f} {l}\n{cred} | {serv}\n{S['tel']} {ext}"
    elif style == 2:
        s = f"\n{f[0]}. {l}"
    else:
        s = f"\n\n{f} {l}\n{cred}\n{S['name']}"
    if role == 'md' and style in (1, 3):
        pre = ('Dr' if f in MALE_FR else 'Dre') if lang == 'fr' else 'Dr.'
        s = s.replace(f"{f} {l}", f"{pre} {f} {l}", 1)
    if disclaimer is None:
        disclaimer = r.random() < 0.45
    if disclaimer:
        s += '\n\n' + disc(lang, r)
    return s


def disc(lang, r):
    if lang == 'fr':
        return r.choice([
            "AVIS DE CONFIDENTIALITÉ : Ce courriel et les pièces jointes sont destinés uniquement au destinataire visé. "
            "Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.",
            "Ce message peut contenir des renseignements confidentiels. Toute diffusion non autorisée est interdite. "
            "Si vous n'êtes pas le destinataire, avisez-nous immédiatement.",
            "Pensez à l'environnement avant d'imprimer ce courriel."])
    return r.choice([
        "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the addressee. If you received "
        "it in error, please notify the sender and delete it.",
        "This message may contain privileged or confidential information. Unauthorized use or disclosure is prohibited.",
        "Please consider the environment before printing this e-mail."])


def quote(text):
    return '\n'.join(('> ' + ln) if ln else '>' for ln in text.split('\n'))


def reply_intro(lang, name, a, d, r):
    h, m = r.randint(7, 18), r.choice(['02', '15', '27', '41', '58', '09'])
    if lang == 'fr':
        return r.choice([f"Le {dfr(d)} à {h}:{m}, {name} <{a}> a écrit :",
                         f"Le {d.strftime('%d/%m/%Y')} {h}:{m}, {name} a écrit :"])
    hh = h if h <= 12 else h - 12
    ap = 'AM' if h < 12 else 'PM'
    return f"On {den(d, True)} at {hh}:{m} {ap}, {name} <{a}> wrote:"


def outlook_hdr(lang, name, a, to, d, subj, r):
    h, m = r.randint(7, 18), r.choice(['02', '15', '27', '41', '58', '09'])
    if lang == 'fr':
        return (f"De : {name} <{a}>\nEnvoyé : {dfr(d, True)} {h}:{m}\nÀ : {to}\nObjet : {subj}")
    hh = h if h <= 12 else h - 12
    ap = 'AM' if h < 12 else 'PM'
    return (f"From: {name} <{a}>\nSent: {den(d, True)} {hh}:{m} {ap}\nTo: {to}\nSubject: {subj}")


def fwd_block(lang, name, a, to, d, subj, body, r):
    if lang == 'fr':
        head = r.choice(['-------- Message transféré --------', '---------- Message transféré ---------',
                         '-----Message d\'origine-----'])
    else:
        head = r.choice(['---------- Forwarded message ---------', '-----Original Message-----',
                         'Begin forwarded message:'])
    return head + '\n' + outlook_hdr(lang, name, a, to, d, subj, r) + '\n\n' + body


DX = [("diabète de type 2 mal contrôlé", "poorly controlled type 2 diabetes"),
      ("MPOC avec exacerbation", "COPD exacerbation"),
      ("insuffisance cardiaque, FEVG 30 %", "heart failure, EF 30%"),
      ("fibrillation auriculaire nouvelle", "new-onset atrial fibrillation"),
      ("néo du sein gauche", "left breast cancer"),
      ("pneumonie LID", "RLL pneumonia"),
      ("IRC stade 4", "CKD stage 4"),
      ("dépression majeure avec idées suicidaires", "major depression with suicidal ideation"),
      ("trouble bipolaire type I", "bipolar I disorder"),
      ("cirrhose éthylique", "alcohol-related cirrhosis"),
      ("VIH sous TAR", "HIV on ART"),
      ("hépatite C chronique", "chronic hepatitis C"),
      ("fracture de la hanche droite", "right hip fracture"),
      ("AVC ischémique sylvien gauche", "left MCA ischemic stroke"),
      ("trouble neurocognitif majeur (Alzheimer)", "Alzheimer dementia"),
      ("épilepsie réfractaire", "refractory epilepsy"),
      ("anorexie mentale", "anorexia nervosa"),
      ("néo colorectal métastatique", "metastatic colorectal cancer"),
      ("cellulite du membre inférieur gauche", "left lower leg cellulitis"),
      ("SCA sans élévation du ST", "NSTEMI"),
      ("embolie pulmonaire", "pulmonary embolism"),
      ("sclérose en plaques", "multiple sclerosis")]
MEDS = [("metformine 500 mg BID", "metformin 500 mg BID"), ("apixaban 5 mg BID", "apixaban 5 mg BID"),
        ("furosémide 40 mg DIE", "furosemide 40 mg daily"), ("insuline glargine 22 U HS", "insulin glargine 22 units qHS"),
        ("lithium 600 mg HS", "lithium 600 mg qHS"), ("méthadone 60 mg DIE", "methadone 60 mg daily"),
        ("quétiapine 100 mg HS", "quetiapine 100 mg qHS"), ("warfarine selon RNI", "warfarin per INR"),
        ("hydromorphone 1 mg q4h PRN", "hydromorphone 1 mg q4h PRN"), ("Biktarvy 1 co DIE", "Biktarvy 1 tab daily"),
        ("lévétiracétam 500 mg BID", "levetiracetam 500 mg BID"), ("sertraline 100 mg DIE", "sertraline 100 mg daily"),
        ("bisoprolol 2,5 mg DIE", "bisoprolol 2.5 mg daily"), ("prednisone 40 mg x 5 j", "prednisone 40 mg x 5 days")]
LABS = [("K+ 6,4 mmol/L", "K 6.4 mmol/L"), ("Hb 68 g/L", "Hgb 68 g/L"), ("RNI 4,8", "INR 4.8"),
        ("troponine hs 312 ng/L", "hs-troponin 312 ng/L"), ("créatinine 245 µmol/L", "creatinine 245 umol/L"),
        ("HbA1c 9,8 %", "HbA1c 9.8%"), ("Na 118 mmol/L", "Na 118 mmol/L"), ("glycémie 2,1 mmol/L", "glucose 2.1 mmol/L"),
        ("plaquettes 18 x10^9/L", "platelets 18 x10^9/L"), ("lactate 5,2", "lactate 5.2"),
        ("TSH 0,01", "TSH 0.01"), ("lithémie 1,9 mmol/L", "lithium level 1.9 mmol/L")]


# ======================================================================
# section: cats_pos
# ======================================================================
# Positive (confidential) categories.
import datetime as dt


def day(c):
    return dt.date(2026, 1, 5) + dt.timedelta(days=c.r.randint(0, 320))


def who(c, lang, role='md', site=None):
    r = c.r
    site = site or ('qc' if lang == 'fr' else r.choice(['qcen', 'on']))
    reg = {'be': 'be', 'fr': 'fra'}.get(site)
    f, l = c.staff(lang, reg)
    dom = SITES[site]['dom']
    return dict(f=f, l=l, name=f"{f} {l}", a=email_of(f, l, dom), site=site, role=role)


def ext(c, lang, person=True):
    r = c.r
    org, dom = r.choice(EXT_FR if lang == 'fr' else EXT_EN)
    if person:
        f, l = r.choice(STAFF_FR if lang == 'fr' else STAFF_EN)
        f, l = r.choice([('Josiane', 'Morissette'), ('Luc', 'Bérubé'), ('Anne', 'Giroux'), ('Robert', 'Fontaine')]) \
            if lang == 'fr' else r.choice([('Ellen', 'Marsh'), ('Greg', 'Hollis'), ('Nadine', 'Okafor'), ('Paul', 'Jarvis')])
        return (f"{f} {l}", email_of(f, l, dom), org)
    return (org, r.choice(['reception', 'admin', 'info', 'rendezvous', 'referrals', 'fax2mail']) + '@' + dom, org)


def sig(c, w, lang, **kw):
    return signature(c, (w['f'], w['l']), lang, role=w['role'], site=w['site'], **kw)


def base(cat, lang, w, to, subj, body, types, note, d, **kw):
    s = dict(cat=cat, conf=True, lang=lang, frm=(w['name'], w['a']), to=to, cc=kw.pop('cc', []), subj=subj,
             body=body, types=sorted(set(types)), note=note, date=d, atts=[], thread=None)
    s.update(kw)
    return s


def greet(c, lang, name=None):
    r = c.r
    if lang == 'fr':
        return r.choice(['Bonjour,', 'Bonjour', f'Bonjour {name},' if name else 'Bonjour à tous,', 'Salut,', 'Allo,'])
    return r.choice(['Hi,', 'Hello,', f'Hi {name},' if name else 'Hi all,', 'Good morning,', 'Hey'])


def dob_s(p, lang, r):
    return dnum(p.dob, r, lang)


# ---------------------------------------------------------------- referral

def p_referral(c, lang):
    r = c.r
    w = who(c, lang)
    d = day(c)
    dxi = r.randrange(len(DX))
    mi = r.randrange(len(MEDS))
    if lang == 'fr':
        p = c.qc()
        e = ext(c, lang)
        spec = r.choice(['cardiologie', 'néphrologie', 'gastro-entérologie', 'neurologie', 'endocrinologie', 'pneumologie'])
        nam = fmt_nam(p.nam, r)
        body = (f"{greet(c, lang)}\n\nJe vous réfère {p.title_fr()} {p.first} {p.last}, {p.e('né')} le {dob_s(p, lang, r)}, "
                f"NAM {nam}, pour évaluation en {spec}.\n\n"
                f"ATCD : {DX[dxi][0]}, HTA, dyslipidémie.\nRx actuelle : {MEDS[mi][0]}, atorvastatine 20 mg DIE.\n"
                f"Motif : {r.choice(['dyspnée progressive depuis 3 mois', 'bilan anormal', 'DRS atypique', 'perte de poids 8 kg', 'céphalées nouvelles'])}. "
                f"{p.pro('fr').capitalize()} est {p.e('inquiet') if not p.f else 'inquiète'} et souhaiterait être {p.e('vu')} rapidement.\n\n"
                f"Priorité : {r.choice(['B (< 10 jours)', 'C (< 28 jours)', 'D (< 3 mois)'])}\n"
                f"Tél. {'de la patiente' if p.f else 'du patient'} : {p.phone}\n\nMerci de confirmer la réception.\n" + sig(c, w, lang))
        subj = r.choice([f"Référence {spec} - {p.last} {p.first}", f"Demande de consultation en {spec}",
                         f"TR: référence {p.last}", f"Réf. {spec} urgente"])
        types = ['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'medication', 'patient_contact']
        note = f"référence en {spec} avec nom, NAM, date de naissance, ATCD, Rx, téléphone"
    else:
        on = w['site'] == 'on'
        p = c.en_pt() if on else c.qc()
        e = ext(c, lang)
        spec = r.choice(['cardiology', 'nephrology', 'GI', 'neurology', 'endocrinology', 'respirology'])
        if on:
            idl = f"OHIP {fmt_hn(p.hn, r)}"
            types = ['patient_name', 'ca_health_number', 'date_of_birth', 'diagnosis', 'medication']
        else:
            idl = f"RAMQ {fmt_nam(p.nam, r)}"
            types = ['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'medication']
        body = (f"{greet(c, lang)}\n\nReferring {p.first} {p.last} (DOB {dob_s(p, lang, r)}, {idl}) to {spec}.\n\n"
                f"PMHx: {DX[dxi][1]}, HTN, OSA on CPAP.\nMeds: {MEDS[mi][1]}, ramipril 5 mg daily.\n"
                f"Reason: {r.choice(['worsening SOB on exertion', 'abnormal labs', 'recurrent syncope', 'unintentional weight loss', 'new headaches'])}. "
                f"Recent labs attached in chart. Please book at earliest convenience.\n" + sig(c, w, lang))
        subj = r.choice([f"Referral - {spec} - {p.last}", f"New referral: {p.first} {p.last}", f"{spec} referral"])
        note = f"referral to {spec} with name, health number, DOB, history and meds"
    return base('referral', lang, w, [e[:2]], subj, body, types, note, d)


# ---------------------------------------------------------------- consult reply (quoted thread)

def p_consult_reply(c, lang):
    r = c.r
    w = who(c, lang)
    d = day(c)
    e = ext(c, lang)
    dxi = r.randrange(len(DX))
    if lang == 'fr':
        p = c.qc()
        orig = (f"Bonjour Dr {w['l']},\n\nPourriez-vous voir {p.title_fr()} {p.last} ({p.first}), dossier {p.mrn}, "
                f"{p.age} ans, pour {DX[dxi][0]}? {p.pro('fr').capitalize()} est suivi{'e' if p.f else ''} chez nous depuis 2019.\n\nMerci\n{e[0]}")
        new = (f"{greet(c, lang, e[0].split()[0])}\n\nVu{'e' if p.f else ''} ce matin. Je suis d'accord avec votre impression. "
               f"J'ajoute {MEDS[r.randrange(len(MEDS))][0]} et je la/le revois dans 6 semaines avec bilan.\n"
               f"Copie de la note au dossier.\n" + sig(c, w, lang))
        body = new + '\n\n' + reply_intro(lang, e[0], e[1], d - dt.timedelta(days=r.randint(3, 20)), r) + '\n' + quote(orig)
        subj = r.choice([f"RE: consultation {p.last}", f"Re: Demande de consult - {p.last} {p.first}", f"RE: RE: {p.last}"])
        types = ['patient_name', 'mrn', 'diagnosis', 'medication']
        note = "réponse de consultation au-dessus d'un message cité contenant nom, n° de dossier, diagnostic"
    else:
        p = c.en_pt() if w['site'] == 'on' else c.qc()
        orig = (f"Dr. {w['l']},\n\nCould you see {p.first} {p.last}, MRN {p.mrn}, {p.age}{p.sex}, re {DX[dxi][1]}? "
                f"Thanks.\n\n{e[0]}\n{e[2]}")
        new = (f"{greet(c, lang, e[0].split()[0])}\n\nSaw {'her' if p.f else 'him'} in clinic today. Agree with plan; "
               f"started {MEDS[r.randrange(len(MEDS))][1]}. Will f/u in 2 months w/ echo.\n" + sig(c, w, lang))
        body = new + '\n\n' + reply_intro(lang, e[0], e[1], d - dt.timedelta(days=r.randint(3, 20)), r) + '\n' + quote(orig)
        subj = r.choice([f"RE: consult request - {p.last}", f"Re: {p.first} {p.last} consult", "RE: consult"])
        types = ['patient_name', 'mrn', 'diagnosis', 'medication']
        note = "consult reply on top of quoted request with name, MRN, diagnosis"
    return base('consult_reply', lang, w, [e[:2]], subj, body, types, note, d, thread='reply')


# ---------------------------------------------------------------- sign-out list

def p_signout(c, lang, hard=False):
    r = c.r
    w = who(c, lang, role=r.choice(['md', 'inf']))
    d = day(c)
    n = r.randint(4, 7)
    pts = [c.qc() if (lang == 'fr' or w['site'] == 'qcen') else c.en_pt() for _ in range(n)]
    rows = []
    for i, p in enumerate(pts):
        dx = DX[r.randrange(len(DX))][0 if lang == 'fr' else 1]
        bed = f"{r.choice(['4B', '5A', '6C', '7N', '3S'])}-{r.randint(1, 32):02d}"
        if hard:
            rows.append((bed, f"{p.last}, {p.first}", p.mrn, r.choice(['jour', 'soir', 'nuit']) if lang == 'fr' else r.choice(['days', 'evenings', 'nights'])))
        else:
            todo = r.choice(['suivre K+ 18h', 'RNI ce soir', 'si T > 38,5 hémocs x2', 'NPO minuit pour OGD',
                             'ne pas réanimer (NR)', 'famille à appeler', 'titrer O2']) if lang == 'fr' else \
                r.choice(['f/u K at 1800', 'recheck INR tonight', 'if febrile blood cx x2', 'NPO after midnight',
                          'DNR confirmed', 'call family re GOC', 'wean O2'])
            rows.append((bed, f"{p.last} {p.first[0]}.", p.mrn, dx, todo))
    if hard:
        if lang == 'fr':
            intro = (f"{greet(c, lang)}\n\nVoici la liste pour la relève de {r.choice(['ce soir', 'demain matin', 'la fin de semaine'])} "
                     "(lit / nom / dossier / quart de surveillance). Tous en isolement contact, ne pas oublier les blouses.\n\n")
            tail = "\nCeux du 4B sont en attente de place en CHSLD. Merci!\n"
            subj = r.choice(['Liste relève 4B', 'Relève - liste à jour', 'liste pour ce soir'])
            note = "liste qui ressemble à un horaire mais donne lit, nom et n° de dossier d'usagers en isolement"
        else:
            intro = (f"{greet(c, lang)}\n\nList for tonight's handover (bed / name / chart / watch shift). All on contact "
                     "precautions - gowns please.\n\n")
            tail = "\nThe 4B ones are waiting for LTC beds.\n"
            subj = r.choice(['4B handover list', 'list for tonight', 'handover - updated'])
            note = "looks like a shift roster but lists beds, patient names and chart numbers on isolation"
        types = ['patient_name', 'mrn', 'diagnosis']
    else:
        if lang == 'fr':
            intro = f"{greet(c, lang)}\n\nRelève {r.choice(['de garde', 'MI', 'soins intensifs', 'unité 6C'])} du {dfr(d)} :\n\n"
            tail = "\nRien d'autre. Bonne garde!\n"
            subj = r.choice([f"Relève garde {d.strftime('%d/%m')}", 'sign-out MI', 'Liste de patients - relève', 'relève'])
            note = "liste de relève avec lits, noms, n° de dossier, diagnostics et tâches"
        else:
            intro = f"{greet(c, lang)}\n\nSign-out {r.choice(['CTU A', 'medicine', 'ICU', 'ward 7N'])} {den(d)}:\n\n"
            tail = "\nThat's it, quiet so far.\n"
            subj = r.choice([f"Signout {d.strftime('%b %d')}", 'sign out list', 'CTU A signout', 'handover tonight'])
            note = "sign-out list with beds, patient names, MRNs, diagnoses and tasks"
        types = ['patient_name', 'mrn', 'diagnosis']
    lines = '\n'.join(' | '.join(x) for x in rows)
    atts = []
    if r.random() < 0.35 and not hard:
        hdr = ('Lit', 'Usager', 'Dossier', 'Dx', 'À faire') if lang == 'fr' else ('Bed', 'Patient', 'MRN', 'Dx', 'To do')
        atts.append(('releve.xlsx' if lang == 'fr' else 'signout.xlsx',
                     'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx('liste', [hdr] + rows)))
        body = intro.replace(':\n\n', ': voir fichier joint.\n\n' if lang == 'fr' else ': see attached.\n\n') + tail + sig(c, w, lang, disclaimer=False)
    else:
        body = intro + lines + '\n' + tail + sig(c, w, lang, disclaimer=False)
    to = [(f"{f} {l}", email_of(f, l, SITES[w['site']]['dom'])) for f, l in r.sample(STAFF_FR if lang == 'fr' else STAFF_EN, 2)]
    return base('signout_list', lang, w, to, subj, body, types, note, d, atts=atts)


# ---------------------------------------------------------------- booking / rescheduling

def p_booking(c, lang):
    r = c.r
    w = who(c, lang, role='adm')
    d = day(c)
    appt = d + dt.timedelta(days=r.randint(5, 40))
    hh = f"{r.randint(8, 15)}h{r.choice(['00', '15', '30', '45'])}"
    v = r.randint(0, 2)
    if lang == 'fr':
        p = c.qc()
        exam = r.choice(['IRM lombaire', 'coloscopie', 'échographie abdominale', 'TDM thoracique', 'épreuve d\'effort',
                         'clinique de diabète', 'suivi en hémato'])
        if v == 0:
            body = (f"{greet(c, lang)}\n\nPouvez-vous déplacer le rdv de {p.title_fr()} {p.last} {p.first} ({exam}) "
                    f"prévu le {dfr(appt)} à {hh}? {p.pro('fr').capitalize()} a appelé, {p.pro('fr')} sera hospitalisé{'e' if p.f else ''} à ce moment-là.\n"
                    f"Dossier : {p.mrn}\nTél. : {p.phone}\n\nMerci!\n" + sig(c, w, lang))
            types = ['patient_name', 'mrn', 'patient_contact']
        elif v == 1:
            body = (f"{greet(c, lang)}\n\nRendez-vous confirmé :\n{p.last.upper()}, {p.first} - NAM {fmt_nam(p.nam, r)}\n"
                    f"{exam} le {dfr(appt, True)} à {hh}, local {r.choice(['B-214', 'RC-12', '3-450'])}.\n"
                    f"Préparation : {r.choice(['à jeun depuis minuit', 'boire 1 L d’eau 1 h avant', 'cesser metformine 48 h'])}.\n" + sig(c, w, lang))
            types = ['patient_name', 'ramq_nam', 'diagnosis'] if 'diab' in exam or 'hémato' in exam else ['patient_name', 'ramq_nam']
        else:
            body = (f"{greet(c, lang)}\n\n{p.title_fr()} {p.last} ne s'est pas {'présentée' if p.f else 'présenté'} à son {exam} hier. "
                    f"Il faut la/le rappeler au {p.phone} pour reprendre un rdv. Date de naissance {dob_s(p, lang, r)}.\n\n" + sig(c, w, lang))
            types = ['patient_name', 'patient_contact', 'date_of_birth']
        subj = r.choice([f"Déplacer rdv {p.last}", 'Changement de rendez-vous', f"RDV {exam} - {p.last}", 'rdv à reprendre'])
        note = f"demande de rendez-vous ({exam}) avec nom et identifiant/téléphone"
    else:
        p = c.en_pt() if w['site'] == 'on' else c.qc()
        exam = r.choice(['MRI L-spine', 'colonoscopy', 'abdo ultrasound', 'CT chest', 'stress test', 'diabetes clinic',
                         'hematology follow-up'])
        if v == 0:
            body = (f"{greet(c, lang)}\n\nCan we move {p.first} {p.last}'s {exam} from {den(appt)} at {r.randint(8, 15)}:30? "
                    f"{p.pro('en').capitalize()} called, has a conflict with chemo. Best number {p.phone}. MRN {p.mrn}.\n\nThx\n" + sig(c, w, lang))
            types = ['patient_name', 'mrn', 'patient_contact', 'diagnosis']
        elif v == 1:
            idl = f"HCN {fmt_hn(p.hn, r)}" if p.hn else f"RAMQ {fmt_nam(p.nam, r)}"
            body = (f"{greet(c, lang)}\n\nBooked: {p.last.upper()}, {p.first} ({idl}, DOB {dob_s(p, lang, r)})\n"
                    f"{exam} - {den(appt, True)} {r.randint(8, 15)}:15, Room {r.choice(['B214', '1-120', 'C3'])}.\nPlease remind pt re prep.\n" + sig(c, w, lang))
            types = ['patient_name', 'ca_health_number' if p.hn else 'ramq_nam', 'date_of_birth']
        else:
            body = (f"{greet(c, lang)}\n\n{p.title_en()} {p.last} no-showed for {exam} this AM. Please call "
                    f"{p.pro('en') if False else ('her' if p.f else 'him')} at {p.phone} to rebook.\n" + sig(c, w, lang))
            types = ['patient_name', 'patient_contact']
        subj = r.choice([f"Rebook {p.last}", 'Appointment change', f"{exam} booking - {p.last}", 'no show - please rebook'])
        note = f"booking message about {exam} with patient name and identifier/phone"
    e = ext(c, lang, person=r.random() < 0.5)
    return base('booking', lang, w, [e[:2]], subj, body, types, note, d)


def p_booking_ics(c, lang):
    r = c.r
    w = who(c, lang, role='adm')
    d = day(c)
    p = c.qc() if lang == 'fr' or w['site'] == 'qcen' else c.en_pt()
    start = dt.datetime(d.year, d.month, d.day, r.randint(8, 15), r.choice([0, 30])) + dt.timedelta(days=7)
    if lang == 'fr':
        summ = f"Consult. {r.choice(['onco', 'psy', 'néphro'])} - {p.last} {p.first} ({p.mrn})"
        desc = f"Usager : {p.first} {p.last}, tél. {p.phone}. Premier rdv, apporter liste de médicaments."
        body = f"{greet(c, lang)}\n\nInvitation pour la rencontre de suivi, voir le fichier joint.\n" + sig(c, w, lang)
        subj = 'Invitation : rencontre de suivi'
        note = "invitation ICS dont le titre et la description portent le nom, le dossier et le téléphone"
    else:
        summ = f"{r.choice(['Onc', 'Psych', 'Renal'])} consult - {p.last}, {p.first} MRN {p.mrn}"
        desc = f"Patient: {p.first} {p.last}, phone {p.phone}. New patient, bring med list."
        body = f"{greet(c, lang)}\n\nSee attached invite.\n" + sig(c, w, lang)
        subj = 'Invitation: follow-up visit'
        note = "ICS invitation whose summary/description carry patient name, MRN and phone"
    e = ext(c, lang)
    ics = make_ics(f"{r.getrandbits(48):012x}@{SITES[w['site']]['dom']}", summ, start, 45,
                   r.choice(['Clinique externe B-2', 'Salle 3-110', 'Room 2-140']), desc, (w['name'], w['a']), [e[:2]])
    types = ['patient_name', 'mrn', 'patient_contact']
    if 'onco' in summ or 'Onc' in summ or 'psy' in summ.lower() or 'néphro' in summ or 'Renal' in summ:
        types.append('diagnosis')
    return base('booking_invite', lang, w, [e[:2]], subj, body, types, note, d,
                atts=[('invite.ics', 'text/calendar; method=REQUEST', ics)])


# ---------------------------------------------------------------- lab follow-up

def p_lab(c, lang):
    r = c.r
    w = who(c, lang, role=r.choice(['md', 'inf']))
    d = day(c)
    li = r.randrange(len(LABS))
    if lang == 'fr':
        p = c.qc()
        v = r.randint(0, 2)
        if v == 0:
            body = (f"{greet(c, lang)}\n\nRésultat reçu pour {p.last} {p.first} (dossier {p.mrn}) : {LABS[li][0]}.\n"
                    f"Pouvez-vous {r.choice(['la/le convoquer', 'répéter le bilan dans 1 semaine', 'ajuster la dose'])}? "
                    f"Je suis en vacances à partir de vendredi.\n" + sig(c, w, lang))
        elif v == 1:
            body = (f"{r.choice(['Dr', 'Dre'])} {ext(c, lang)[0].split()[-1]},\n\nVotre {'patiente' if p.f else 'patient'} {p.first} {p.last} "
                    f"({dob_s(p, lang, r)}) a fait un bilan le {dfr(d - dt.timedelta(days=2))} :\n- {LABS[li][0]}\n- {LABS[(li + 3) % len(LABS)][0]}\n"
                    f"À réviser svp.\n" + sig(c, w, lang))
        else:
            body = (f"{greet(c, lang)}\n\nTSH/T4 de {p.title_fr()} {p.last} anormaux, on continue le Synthroid 100 ug? "
                    f"NAM {fmt_nam(p.nam, r)}.\n\nmerci\n" + sig(c, w, lang, disclaimer=False))
        types = ['patient_name', 'lab_result'] + (['mrn'] if v == 0 else ['date_of_birth'] if v == 1 else ['ramq_nam', 'medication'])
        subj = r.choice([f"Résultats {p.last}", 'Suivi labo', f"bilan - {p.last} {p.first[0]}.", 'Résultat anormal à réviser'])
        note = "suivi de laboratoire avec nom et résultat"
    else:
        p = c.en_pt() if w['site'] == 'on' else c.qc()
        v = r.randint(0, 1)
        if v == 0:
            body = (f"{greet(c, lang)}\n\nFYI {p.first} {p.last} (MRN {p.mrn}) - {LABS[li][1]} on today's draw. "
                    f"Repeat ordered; can your office follow up with {'her' if p.f else 'him'} Monday?\n" + sig(c, w, lang))
            types = ['patient_name', 'mrn', 'lab_result']
        else:
            body = (f"{greet(c, lang)}\n\nLab results for your patient {p.last}, {p.first}, DOB {dob_s(p, lang, r)}:\n"
                    f"  {LABS[li][1]}\n  {LABS[(li + 5) % len(LABS)][1]}\nPlease review and advise.\n" + sig(c, w, lang))
            types = ['patient_name', 'date_of_birth', 'lab_result']
        subj = r.choice([f"Results - {p.last}", 'lab f/u', f"Abnormal result for review ({p.last})", 'bloodwork'])
        note = "lab follow-up with patient name, identifier and result"
    e = ext(c, lang)
    return base('lab_followup', lang, w, [e[:2]], subj, body, types, note, d)


def p_critical(c, lang):
    r = c.r
    w = who(c, lang, role='inf')
    d = day(c)
    li = r.choice([0, 1, 2, 3, 6, 7, 8, 9, 11])
    if lang == 'fr':
        p = c.qc()
        body = (f"VALEUR CRITIQUE - à communiquer au médecin traitant\n\nUsager : {p.last.upper()} {p.first}\n"
                f"Dossier : {p.mrn}   NAM : {fmt_nam(p.nam, r)}\nRésultat : {LABS[li][0]} (prélevé {d.strftime('%d/%m')} "
                f"{r.randint(0, 23):02d}:{r.choice(['05', '20', '45'])})\n\nSans réponse au téléphone de la clinique, "
                f"merci d'accuser réception.\n" + sig(c, w, lang, serv='Laboratoire de biochimie'))
        subj = r.choice(['VALEUR CRITIQUE', f"Valeur critique - {p.last}", 'URGENT résultat critique'])
        types = ['patient_name', 'mrn', 'ramq_nam', 'lab_result']
        note = "avis de valeur critique avec nom, dossier, NAM et résultat"
    else:
        p = c.en_pt() if w['site'] == 'on' else c.qc()
        body = (f"CRITICAL VALUE NOTIFICATION\n\nPatient: {p.last.upper()}, {p.first}\nMRN: {p.mrn}\n"
                f"Result: {LABS[li][1]}\nCollected: {den(d)}\n\nUnable to reach ordering MD by phone. Please acknowledge.\n"
                + sig(c, w, lang, serv='Core Laboratory'))
        subj = r.choice(['CRITICAL VALUE', f"Critical result - {p.last}", 'URGENT critical lab'])
        types = ['patient_name', 'mrn', 'lab_result']
        note = "critical value notice with name, MRN and result"
    e = ext(c, lang, person=False)
    return base('critical_value', lang, w, [e[:2]], subj, body, types, note, d)


# ---------------------------------------------------------------- discharge summary (attachment)

def p_discharge(c, lang):
    r = c.r
    w = who(c, lang)
    d = day(c)
    dxi = r.randrange(len(DX))
    m1, m2 = r.sample(range(len(MEDS)), 2)
    fmt = r.choice(['pdf', 'docx', 'text'])
    if lang == 'fr':
        p = c.qc()
        lines = [f"Nom : {p.last}, {p.first}", f"Date de naissance : {p.dob.isoformat()}   Sexe : {p.sex}",
                 f"NAM : {fmt_nam(p.nam, r, 1)}   Dossier : {p.mrn}",
                 f"Admission : {dfr(d - dt.timedelta(days=r.randint(3, 15)))}   Congé : {dfr(d)}",
                 f"Diagnostic principal : {DX[dxi][0]}", "Évolution : favorable, mobilisation progressive.",
                 f"Médication au congé : {MEDS[m1][0]}; {MEDS[m2][0]}.",
                 "Suivi : médecin de famille dans 7-10 jours, bilan sanguin dans 1 semaine."]
        title = 'Résumé de dossier - congé'
        body0 = f"{greet(c, lang)}\n\nCi-joint le résumé de congé de votre {p.pt_fr()}{'' if fmt != 'text' else ''}.\n"
        subj = r.choice([f"Résumé de congé - {p.last}", 'Sommaire d\'hospitalisation', 'Congé - résumé'])
        types = ['patient_name', 'date_of_birth', 'ramq_nam', 'mrn', 'diagnosis', 'medication']
        note = "résumé de congé (nom, DDN, NAM, dossier, diagnostic, médication)"
    else:
        p = c.en_pt() if w['site'] == 'on' else c.qc()
        idl = f"Health card: {fmt_hn(p.hn, r)}" if p.hn else f"RAMQ: {fmt_nam(p.nam, r, 1)}"
        lines = [f"Patient: {p.last}, {p.first}", f"DOB: {p.dob.isoformat()}   Sex: {p.sex}", f"{idl}   MRN: {p.mrn}",
                 f"Admitted: {den(d - dt.timedelta(days=r.randint(3, 15)))}   Discharged: {den(d)}",
                 f"Most responsible diagnosis: {DX[dxi][1]}", "Course: uncomplicated. Ambulating independently.",
                 f"Discharge meds: {MEDS[m1][1]}; {MEDS[m2][1]}.", "Follow-up: family physician 7-10 days, CBC/lytes in 1 week."]
        title = 'Discharge Summary'
        body0 = f"{greet(c, lang)}\n\nPlease find the discharge summary for your patient attached.\n"
        subj = r.choice([f"Discharge summary - {p.last}", 'Discharge summary', 'D/C summary for your records'])
        types = ['patient_name', 'date_of_birth', 'ca_health_number' if p.hn else 'ramq_nam', 'mrn', 'diagnosis', 'medication']
        note = "discharge summary (name, DOB, health number, MRN, diagnosis, meds)"
    atts = []
    if fmt == 'pdf':
        atts.append(('resume_conge.pdf' if lang == 'fr' else 'discharge_summary.pdf', 'application/pdf', make_pdf(title, lines)))
        body = body0 + sig(c, w, lang)
    elif fmt == 'docx':
        atts.append(('resume_conge.docx' if lang == 'fr' else 'discharge_summary.docx',
                     'application/vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx(title, lines)))
        body = body0 + sig(c, w, lang)
    else:
        body = body0.replace('Ci-joint le', 'Voici le').replace('attached', 'below') + '\n' + title.upper() + '\n' + '\n'.join(lines) + '\n' + sig(c, w, lang)
    e = ext(c, lang)
    return base('discharge_summary', lang, w, [e[:2]], subj, body, types, note, d, atts=atts)


# ---------------------------------------------------------------- pharmacy / med rec

def p_medrec(c, lang):
    r = c.r
    w = who(c, lang, role='pharm')
    d = day(c)
    ms = r.sample(range(len(MEDS)), 3)
    if lang == 'fr':
        p = c.qc()
        body = (f"{greet(c, lang)}\n\nBilan comparatif pour {p.title_fr()} {p.last} {p.first} ({dob_s(p, lang, r)}), admis{'e' if p.f else ''} hier.\n"
                f"Pouvez-vous nous faxer/envoyer le profil pharmaceutique des 6 derniers mois?\n\nListe au domicile selon la famille :\n"
                + '\n'.join('- ' + MEDS[i][0] for i in ms) + "\n\nDivergence : le patient dit ne plus prendre le 2e.\n" + sig(c, w, lang))
        subj = r.choice([f"Profil pharmaceutique - {p.last}", 'Bilan comparatif des médicaments', 'Demande de profil Rx'])
        types = ['patient_name', 'date_of_birth', 'medication']
        note = "demande de profil pharmaceutique avec nom, DDN et liste de médicaments"
    else:
        p = c.en_pt() if w['site'] == 'on' else c.qc()
        body = (f"{greet(c, lang)}\n\nMed rec for {p.first} {p.last}, DOB {dob_s(p, lang, r)}, admitted {den(d - dt.timedelta(days=1))}.\n"
                f"Could you send the dispensing history for the last 6 months?\n\nHome meds per patient:\n"
                + '\n'.join('- ' + MEDS[i][1] for i in ms) + "\n\nHe/she isn't sure about the last one.\n" + sig(c, w, lang))
        body = body.replace('He/she', 'She' if p.f else 'He')
        subj = r.choice([f"Med rec - {p.last}", 'Dispensing history request', 'BPMH request'])
        types = ['patient_name', 'date_of_birth', 'medication']
        note = "medication reconciliation request with name, DOB and med list"
    e = ('Pharmacie Lachance et Roy', 'labo@pharmacie-lr.example') if lang == 'fr' else ('Rideau Pharmacy', 'rx@rideau-pharmacy.example')
    return base('pharmacy_medrec', lang, w, [e[:2]], subj, body, types, note, d)


# ---------------------------------------------------------------- home care

def p_homecare(c, lang):
    r = c.r
    w = who(c, lang, role='inf', site=('clsc' if lang == 'fr' else None))
    d = day(c)
    if lang == 'fr':
        p = c.qc()
        body = (f"{greet(c, lang)}\n\nNouvelle demande SAD :\n{p.title_fr()} {p.first} {p.last}, {p.age} ans\n"
                f"Adresse : {p.addr[0]}, {p.addr[1]} {p.addr[2]}\nTél. : {p.phone}\n"
                f"Besoin : {r.choice(['soins de plaie (ulcère talon) 3x/sem', 'injection B12 mensuelle', 'suivi post-op PTH', 'aide au bain 2x/sem'])}\n"
                f"{r.choice(['Vit seule, fille à proximité.', 'Conjoint en perte d’autonomie.', 'Code de porte 4412.'])}\n\n" + sig(c, w, lang))
        subj = r.choice(['Demande SAD', f"SAD - {p.last}", 'Nouvelle demande soutien à domicile'])
        types = ['patient_name', 'patient_contact', 'diagnosis']
        note = "demande de soutien à domicile avec nom, adresse, téléphone et soins requis"
    else:
        p = c.en_pt() if w['site'] == 'on' else c.qc()
        body = (f"{greet(c, lang)}\n\nHome care referral:\n{p.first} {p.last}, {p.age}{p.sex}\n{p.addr[0]}, {p.addr[1]} {p.addr[2]}\n"
                f"Phone {p.phone}\nNeeds: {r.choice(['wound care L heel 3x/wk', 'IV antibiotics x 10 days', 'post-op TKA physio', 'palliative support'])}\n\n" + sig(c, w, lang))
        subj = r.choice(['Home care referral', f"HCC referral - {p.last}", 'new home care client'])
        types = ['patient_name', 'patient_contact', 'diagnosis']
        note = "home care referral with name, home address, phone and care needs"
    e = ext(c, lang, person=False)
    return base('homecare', lang, w, [e[:2]], subj, body, types, note, d)


def p_transport(c, lang):
    r = c.r
    w = who(c, lang, role='adm')
    d = day(c)
    t = d + dt.timedelta(days=r.randint(1, 10))
    if lang == 'fr':
        p = c.qc()
        body = (f"{greet(c, lang)}\n\nTransport adapté demandé pour :\n{p.last} {p.first} - {p.addr[0]}, {p.addr[1]}\n"
                f"Tél. {p.phone}\nRdv : {r.choice(['dialyse', 'radiothérapie', 'chimio', 'clinique de plaies'])} le {dfr(t)} à {r.randint(7, 14)}h\n"
                f"Fauteuil roulant, accompagnateur oui.\n" + sig(c, w, lang))
        subj = r.choice(['Transport adapté', f"Transport {d.strftime('%d/%m')} - {p.last}", 'Demande de transport'])
        note = "demande de transport avec nom, adresse, téléphone et traitement"
    else:
        p = c.en_pt() if w['site'] == 'on' else c.qc()
        body = (f"{greet(c, lang)}\n\nPlease book transport:\n{p.first} {p.last}, pickup {p.addr[0]}, {p.addr[1]}\n"
                f"Tel {p.phone}\nFor {r.choice(['dialysis', 'radiation therapy', 'chemo', 'wound clinic'])} {den(t)} {r.randint(7, 11)}:00\nWheelchair, needs escort.\n" + sig(c, w, lang))
        subj = r.choice(['Transport booking', f"transport - {p.last}", 'Patient transport request'])
        note = "transport booking with name, home address, phone and treatment"
    types = ['patient_name', 'patient_contact', 'diagnosis']
    e = (r.choice(['Transport Adapté Régional', 'Patient Transfer Services']),
         r.choice(['reservations@transport-adapte.example', 'booking@ptsexample.example']))
    return base('transport', lang, w, [e], subj, body, types, note, d)


# ---------------------------------------------------------------- social work

def p_social(c, lang):
    r = c.r
    w = who(c, lang, role='ts', site=('clsc' if lang == 'fr' and r.random() < 0.5 else None))
    d = day(c)
    if lang == 'fr':
        p = c.qc()
        k = r.randint(0, 3)
        if k == 0:
            txt = (f"Signalement DPJ retenu pour l'enfant {p.first} {p.last} ({dob_s(p, lang, r)}). Mère hébergée en maison "
                   f"d'hébergement pour violence conjugale. Rencontre prévue jeudi.")
            types = ['patient_name', 'date_of_birth', 'social_information']
        elif k == 1:
            txt = (f"{p.title_fr()} {p.last} (dossier {p.mrn}) est sans logement depuis son congé; demande d'aide "
                   f"sociale en cours, à relancer auprès de l'agente.")
            types = ['patient_name', 'mrn', 'social_information']
        elif k == 2:
            txt = (f"{p.first} {p.last}, {p.age} ans, suivi{'e' if p.f else ''} au CRD pour trouble d'usage d'opioïdes, "
                   f"méthadone 60 mg. Demande d'hébergement en thérapie refusée, curatelle en évaluation.")
            types = ['patient_name', 'social_information', 'medication', 'diagnosis']
        else:
            txt = (f"Pour {p.title_fr()} {p.last} {p.first} : statut d'immigration précaire (demandeur d'asile), pas de "
                   f"couverture RAMQ active. Voir avec le PFSI pour la facturation.")
            types = ['patient_name', 'social_information']
        body = f"{greet(c, lang)}\n\n{txt}\n\nJe vous tiens au courant.\n" + sig(c, w, lang)
        subj = r.choice(['Suivi psychosocial', f"Dossier {p.last}", 'Suivi TS', 'situation à discuter'])
        note = "suivi psychosocial avec nom et informations sociales"
    else:
        p = c.en_pt() if w['site'] == 'on' else c.qc()
        k = r.randint(0, 2)
        if k == 0:
            txt = (f"CAS report filed re {p.first} {p.last} (DOB {dob_s(p, lang, r)}). Parents in custody dispute; father "
                   f"has a no-contact order.")
            types = ['patient_name', 'date_of_birth', 'social_information']
        elif k == 1:
            txt = (f"{p.first} {p.last} (MRN {p.mrn}) discharged to shelter; ODSP application pending. Recently released "
                   f"from provincial custody.")
            types = ['patient_name', 'mrn', 'social_information']
        else:
            txt = (f"{p.title_en()} {p.last} disclosed intimate partner violence today. Safety plan done; do not share "
                   f"{'her' if p.f else 'his'} new address ({p.addr[0]}) with the spouse.")
            types = ['patient_name', 'social_information', 'patient_contact']
        body = f"{greet(c, lang)}\n\n{txt}\n\nWill update after the case conference.\n" + sig(c, w, lang)
        subj = r.choice(['SW update', f"re: {p.last}", 'social work follow-up', 'case update'])
        note = "social work update with patient name and social information"
    e = ext(c, lang)
    return base('social_work', lang, w, [e[:2]], subj, body, types, note, d)


# ---------------------------------------------------------------- billing / insurance

def p_billing(c, lang):
    r = c.r
    w = who(c, lang, role='adm')
    d = day(c)
    if lang == 'fr':
        p = c.qc()
        k = r.randint(0, 1)
        if k == 0:
            body = (f"{greet(c, lang)}\n\nRefus de paiement RAMQ pour {p.last}, {p.first} - NAM {fmt_nam(p.nam, r)}, "
                    f"acte du {dfr(d - dt.timedelta(days=30))} (code {r.randint(1000, 9999)}). Carte expirée selon la RAMQ. "
                    f"Pouvez-vous vérifier auprès de l'usager?\n" + sig(c, w, lang))
            types = ['patient_name', 'ramq_nam']
        else:
            s_ = gen_sin(r)
            body = (f"{greet(c, lang)}\n\nFormulaire d'invalidité pour {p.title_fr()} {p.first} {p.last} :\nNAS : {fmt_sin(s_, r.randint(0, 2))}\n"
                    f"Diagnostic : {DX[r.randrange(len(DX))][0]}\nArrêt de travail du {dfr(d)} au {dfr(d + dt.timedelta(days=42))}.\n"
                    f"Merci de transmettre à l'assureur.\n" + sig(c, w, lang))
            types = ['patient_name', 'ca_sin', 'diagnosis']
        subj = r.choice(['Refus RAMQ', 'Facturation - usager', 'réclamation']) if k == 0 else r.choice(["Formulaire d'assurance", 'Formulaire invalidité'])
        note = "facturation/assurance avec nom et identifiant (NAM ou NAS)"
        e = (r.choice(['Service de facturation', 'Assurances Boréal']), r.choice(['facturation@cliniqueduparc.example', 'reclamations@assur-boreal.example']))
    else:
        p = c.en_pt()
        k = r.randint(0, 1)
        if k == 0:
            body = (f"{greet(c, lang)}\n\nOHIP claim rejected for {p.last}, {p.first} - HN {fmt_hn(p.hn, r)}, DOB {dob_s(p, lang, r)}. "
                    f"Version code mismatch. Can registration re-swipe the card at next visit?\n" + sig(c, w, lang))
            types = ['patient_name', 'ca_health_number', 'date_of_birth']
        else:
            body = (f"{greet(c, lang)}\n\nWSIB Form 8 for {p.first} {p.last}\nSIN: {fmt_sin(p.sin, r.randint(0, 2))}\n"
                    f"Injury: {r.choice(['L wrist fracture', 'lumbar strain', 'R shoulder rotator cuff tear'])} at work {den(d - dt.timedelta(days=5))}.\n"
                    f"Off work 6 weeks.\n" + sig(c, w, lang))
            types = ['patient_name', 'ca_sin', 'diagnosis']
        subj = r.choice(['OHIP rejection', 'claim - please review', 'billing issue']) if k == 0 else r.choice(['WSIB form', 'Form 8 - please submit'])
        note = "billing/insurance with patient name and health number or SIN"
        e = (r.choice(['Billing Office', 'Claims']), r.choice(['billing@glebe-clinic.example', 'claims@insurer-example.example']))
    return base('billing_insurance', lang, w, [e], subj, body, types, note, d)


# ---------------------------------------------------------------- research coordination

def p_research(c, lang):
    r = c.r
    w = who(c, lang, role='inf')
    d = day(c)
    n = r.randint(3, 6)
    pts = [c.qc() if lang == 'fr' or w['site'] == 'qcen' else c.en_pt() for _ in range(n)]
    if lang == 'fr':
        hdr = ('No étude', 'Nom', 'Dossier', 'DDN', 'Visite', 'Commentaire')
        rows = [(f"ETU-{r.randint(100, 999)}", f"{p.last} {p.first}", p.mrn, p.dob.isoformat(), f"V{r.randint(2, 6)}",
                 r.choice(['EI grade 2', 'RAS', 'retrait consentement', 'HbA1c hors cible'])) for p in pts]
        body = (f"{greet(c, lang)}\n\nCi-joint la liste des participants à voir ce mois-ci (protocole {r.choice(['CARDIO-7', 'DIAB-PRO', 'ONC-22'])}). "
                "Attention, le fichier contient les noms, ne pas diffuser.\n" + sig(c, w, lang))
        subj = 'Liste participants - visites du mois'
        note = "liste de participants à une étude avec noms, dossiers et DDN en pièce jointe"
    else:
        hdr = ('Study ID', 'Name', 'MRN', 'DOB', 'Visit', 'Comment')
        rows = [(f"STU-{r.randint(100, 999)}", f"{p.last}, {p.first}", p.mrn, p.dob.isoformat(), f"V{r.randint(2, 6)}",
                 r.choice(['AE grade 2', 'ok', 'withdrew consent', 'HbA1c out of range'])) for p in pts]
        body = (f"{greet(c, lang)}\n\nAttached are this month's participant visits for the {r.choice(['HEART-7', 'DM-PRO', 'ONC-22'])} study. "
                "Contains identifiers, please store on the secure drive.\n" + sig(c, w, lang))
        subj = 'Participant visit list'
        note = "research participant list with names, MRNs and DOBs in attachment"
    if r.random() < 0.5:
        att = ('participants.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx('visites', [hdr] + rows))
    else:
        att = ('participants.csv', 'text/csv', make_csv([hdr] + rows, sep=r.choice([',', ';'])))
    e = ext(c, lang)
    e = (e[0], e[1].split('@')[0] + '@' + r.choice(['cro-exemple.example', 'univ-recherche.example']))
    return base('research', lang, w, [e], subj, body, ['patient_name', 'mrn', 'date_of_birth', 'diagnosis'], note, d, atts=[att])


# ---------------------------------------------------------------- incident report

def p_incident(c, lang):
    r = c.r
    w = who(c, lang, role='inf')
    d = day(c)
    if lang == 'fr':
        p = c.qc()
        body = (f"{greet(c, lang)}\n\nDéclaration AH-223 à compléter : chute de {p.title_fr()} {p.last} (ch. {r.randint(401, 440)}), "
                f"dossier {p.mrn}, le {dfr(d)} vers {r.randint(1, 5)}h. {p.pro('fr').capitalize()} était sous {MEDS[r.choice([6, 8])][0]}. "
                f"Pas de fracture à la radio. Famille avisée.\n" + sig(c, w, lang))
        subj = r.choice(['Déclaration incident/accident', 'AH-223 chute', 'Événement indésirable - unité 4'])
        note = "déclaration d'incident (chute) avec nom, dossier et médication"
    else:
        p = c.en_pt() if w['site'] == 'on' else c.qc()
        body = (f"{greet(c, lang)}\n\nIncident report #{r.randint(20000, 29999)}: medication error, {p.first} {p.last} (MRN {p.mrn}) "
                f"received {MEDS[r.choice([3, 8])][1]} intended for another patient. Monitored, no harm. Disclosure done with the family.\n"
                + sig(c, w, lang))
        subj = r.choice(['Incident report', 'Safety event - med error', 'RL6 report follow-up'])
        note = "incident report with patient name, MRN and medication"
    e = (('Gestion des risques', 'gestion.risques@' + SITES['qc']['dom']) if lang == 'fr'
         else ('Patient Safety', 'patient.safety@' + SITES[w['site']]['dom']))
    return base('incident_report', lang, w, [e], subj, body, ['patient_name', 'mrn', 'medication'], note, d)


# ---------------------------------------------------------------- subject only / split

def p_subject_only(c, lang):
    r = c.r
    w = who(c, lang, role=r.choice(['md', 'adm']))
    d = day(c)
    if lang == 'fr':
        p = c.qc()
        subj = r.choice([f"{p.last} {p.first} {p.mrn} - {DX[r.randrange(len(DX))][0]}",
                         f"NAM {fmt_nam(p.nam, r)} {p.last} - résultats biopsie positifs"])
        body = r.choice(['Voir sujet. Merci de rappeler.', 'tel que discuté', 'SVP traiter aujourd\'hui', '.']) + '\n' + sig(c, w, lang, disclaimer=False)
        types = ['patient_name', 'diagnosis'] + (['mrn'] if p.mrn in subj else ['ramq_nam', 'lab_result'])
        note = "tout est dans l'objet : nom, identifiant et diagnostic; corps vide"
    else:
        p = c.en_pt() if w['site'] == 'on' else c.qc()
        subj = r.choice([f"{p.last}, {p.first} MRN {p.mrn} - {DX[r.randrange(len(DX))][1]}",
                         f"{p.first} {p.last} DOB {p.dob.isoformat()} positive for {r.choice(['C. diff', 'MRSA', 'COVID-19'])}"])
        body = r.choice(['as discussed', 'see subject, pls call back', 'FYI', '']) + '\n' + sig(c, w, lang, disclaimer=False)
        types = ['patient_name', 'diagnosis'] + (['mrn'] if p.mrn in subj else ['date_of_birth', 'lab_result'])
        note = "everything is in the Subject: name, identifier, diagnosis"
    e = ext(c, lang)
    return base('subject_only', lang, w, [e[:2]], subj, body, types, note, d)


def p_split(c, lang):
    r = c.r
    w = who(c, lang, role='md')
    d = day(c)
    if lang == 'fr':
        p = c.qc()
        subj = f"{p.title_fr()} {p.last} ({p.first})"
        body = (f"{r.choice(['Allo', 'Salut', 'Bonjour'])},\n\nBiopsie revenue : {r.choice(['adénocarcinome', 'lymphome B diffus', 'mélanome'])}. "
                f"Peux-tu l'appeler pour rdv d'annonce cette semaine?\n" + sig(c, w, lang, disclaimer=False))
        note = "nom dans l'objet, résultat de biopsie dans le corps"
    else:
        p = c.en_pt() if w['site'] == 'on' else c.qc()
        subj = f"{p.first} {p.last}"
        body = (f"Hi,\n\nPath came back {r.choice(['adenocarcinoma', 'DLBCL', 'melanoma, Breslow 2.1 mm'])}. "
                f"Can you book {'her' if p.f else 'him'} for disclosure this week?\n" + sig(c, w, lang, disclaimer=False))
        note = "name in Subject, pathology result in body"
    e = ext(c, lang)
    return base('split_subject_body', lang, w, [e[:2]], subj, body, ['patient_name', 'diagnosis', 'lab_result'], note, d)


# ---------------------------------------------------------------- forward as attachment

def p_fwd_att(c, lang):
    r = c.r
    inner = r.choice([p_lab, p_referral, p_medrec, p_homecare])(c, lang)
    w = who(c, lang, role='adm')
    d = inner['date'] + dt.timedelta(days=r.randint(0, 3))
    if lang == 'fr':
        body = f"{greet(c, lang)}\n\nJe te transfère le courriel ci-joint, peux-tu t'en occuper? Je suis en congé demain.\n" + sig(c, w, lang)
        subj = 'TR: ' + inner['subj']
        note = "transfert en pièce jointe (.eml) d'un courriel clinique : " + inner['note']
    else:
        body = f"{greet(c, lang)}\n\nForwarding the attached, can you take care of it? I'm off tomorrow.\n" + sig(c, w, lang)
        subj = 'Fwd: ' + inner['subj']
        note = "forward-as-attachment (.eml) of a clinical message: " + inner['note']
    to = [(f"{f} {l}", email_of(f, l, SITES[w['site']]['dom'])) for f, l in [c.staff(lang)]]
    return base('forward_attached', lang, w, to, subj, body, inner['types'], note, d, eml=inner, thread='fwd_att')


def p_fwd_inline(c, lang):
    r = c.r
    inner = r.choice([p_booking, p_social, p_critical, p_billing])(c, lang)
    w = who(c, lang, role=r.choice(['adm', 'inf']))
    d = inner['date'] + dt.timedelta(days=r.randint(0, 2))
    top = (f"{greet(c, lang)}\n\nPour info / suivi svp.\n" if lang == 'fr' else f"{greet(c, lang)}\n\nFYI - please action.\n") + \
        sig(c, w, lang, disclaimer=False)
    to = inner['to'][0]
    fw = fwd_block(lang, inner['frm'][0], inner['frm'][1], f"{to[0]} <{to[1]}>", inner['date'], inner['subj'], inner['body'], r)
    subj = ('TR: ' if lang == 'fr' else r.choice(['Fwd: ', 'FW: '])) + inner['subj']
    e = ext(c, lang)
    note = ("transfert en ligne d'un message clinique : " if lang == 'fr' else "inline forward of a clinical message: ") + inner['note']
    return base(inner['cat'] + '_fwd', lang, w, [e[:2]], subj, top + '\n\n' + fw, inner['types'], note, d, thread='fwd_inline')


# ---------------------------------------------------------------- Belgium / France

def p_be(c, lang='fr'):
    r = c.r
    w = who(c, 'fr', role=r.choice(['md', 'adm']), site='be')
    d = day(c)
    p = c.be_pt()
    dxi = r.randrange(len(DX))
    k = r.randint(0, 2)
    if k == 0:
        body = (f"Chère Consœur, cher Confrère,\n\nNous avons vu en consultation {'Madame' if p.f else 'Monsieur'} {p.first} {p.last.upper()}, "
                f"{'née' if p.f else 'né'} le {p.dob.strftime('%d/%m/%Y')} (NISS {fmt_niss(p.niss, r)}), pour {DX[dxi][0]}.\n"
                f"Nous proposons {MEDS[r.randrange(len(MEDS))][0]} et un contrôle dans trois mois.\n\nBien confraternellement,\n" + sig(c, w, 'fr'))
        types = ['patient_name', 'be_niss', 'date_of_birth', 'diagnosis', 'medication']
        subj = f"Rapport de consultation - {p.last.upper()} {p.first}"
    elif k == 1:
        body = (f"Bonjour,\n\nPour la mutuelle : attestation de soins pour {p.last} {p.first}, n° national {fmt_niss(p.niss, r)}, "
                f"hospitalisation du {(d - dt.timedelta(days=6)).strftime('%d/%m/%Y')} au {d.strftime('%d/%m/%Y')}.\n\nCordialement,\n" + sig(c, w, 'fr'))
        types = ['patient_name', 'be_niss']
        subj = 'Attestation de soins - mutuelle'
    else:
        body = (f"Bonjour,\n\nTransfert prévu vers votre service de revalidation de {'Mme' if p.f else 'M.'} {p.last} (dossier {p.mrn}), "
                f"{DX[dxi][0]}. Domicile : {p.addr[0]}, {p.addr[2]} {p.addr[1]}, GSM {p.phone}.\n\n" + sig(c, w, 'fr'))
        types = ['patient_name', 'mrn', 'diagnosis', 'patient_contact']
        subj = 'Transfert revalidation'
    e = (r.choice(['Dr Wauters', 'Secrétariat médical', 'Mutualité Exemple']),
         r.choice(['secretariat@polyclinique-exemple-be.example', 'dossiers@mutualite-exemple.example']))
    return base('belgium_patient', 'fr', w, [e], subj, body, types, "message belge avec nom et NISS/dossier", d)


def p_fr(c, lang='fr'):
    r = c.r
    w = who(c, 'fr', role=r.choice(['md', 'adm']), site='fr')
    d = day(c)
    p = c.fr_pt()
    dxi = r.randrange(len(DX))
    k = r.randint(0, 2)
    if k == 0:
        body = (f"Cher confrère,\n\nJe vous adresse {'Mme' if p.f else 'M.'} {p.last.upper()} {p.first}, {'née' if p.f else 'né'} le "
                f"{p.dob.strftime('%d/%m/%Y')}, n° de sécurité sociale {fmt_nir(p.nir, r)}, pour prise en charge d'un(e) {DX[dxi][0]}.\n\n"
                f"Bien cordialement,\n" + sig(c, w, 'fr'))
        types = ['patient_name', 'fr_nir', 'date_of_birth', 'diagnosis']
        subj = f"Adressage {p.last.upper()}"
    elif k == 1:
        body = (f"Bonjour,\n\nMerci de mettre à jour la carte Vitale de {p.first} {p.last} : NIR {fmt_nir(p.nir, r)}. "
                f"Le séjour en {r.choice(['psychiatrie', 'addictologie', 'maternité'])} n'a pas été pris en charge.\n\n" + sig(c, w, 'fr'))
        types = ['patient_name', 'fr_nir', 'diagnosis']
        subj = 'Prise en charge refusée - NIR'
    else:
        body = (f"Bonjour,\n\nCompte rendu d'hospitalisation de {'Mme' if p.f else 'M.'} {p.last} (IPP {p.mrn}) en pièce jointe.\n\n" + sig(c, w, 'fr'))
        types = ['patient_name', 'mrn', 'diagnosis', 'fr_nir', 'medication']
        lines = [f"Patient : {p.last.upper()} {p.first}", f"NIR : {fmt_nir(p.nir, r)}", f"IPP : {p.mrn}",
                 f"Motif : {DX[dxi][0]}", f"Traitement de sortie : {MEDS[r.randrange(len(MEDS))][0]}"]
        s = base('france_patient', 'fr', w, [('Dr Colin', 'secretariat@cabinet-colin.example')],
                 'Compte rendu d\'hospitalisation', body, types, "message français avec nom, NIR/IPP et compte rendu", d,
                 atts=[('CRH.pdf', 'application/pdf', make_pdf("Compte rendu d'hospitalisation", lines))])
        return s
    e = (r.choice(['Dr Perrin', 'CPAM Exemple', 'Secrétariat']), r.choice(['contact@cpam-exemple.example', 'cabinet@medecin-exemple-fr.example']))
    return base('france_patient', 'fr', w, [e], subj, body, types, "message français avec nom et NIR", d)


def p_ontario(c, lang='en'):
    r = c.r
    w = who(c, 'en', role=r.choice(['md', 'inf', 'adm']), site='on')
    d = day(c)
    p = c.en_pt()
    hn = fmt_hn(p.hn, r)
    k = r.randint(0, 2)
    if k == 0:
        body = (f"Hi,\n\nRequesting records for {p.first} {p.last}, DOB {p.dob.isoformat()}, HCN {hn}. Seen in your ED "
                f"{den(d - dt.timedelta(days=9))} for {DX[r.randrange(len(DX))][1]}. Consent on file (attached to chart).\n\nThanks\n" + sig(c, w, 'en'))
        types = ['patient_name', 'date_of_birth', 'ca_health_number', 'diagnosis']
        subj = 'Records request'
    elif k == 1:
        body = (f"Good afternoon,\n\nHealth card for {p.last}, {p.first} is {hn}. Please update on your end - the claim bounced.\n" + sig(c, w, 'en'))
        types = ['patient_name', 'ca_health_number']
        subj = 'health card #'
    else:
        body = (f"Hi team,\n\n{p.first} {p.last} ({p.age}{p.sex}) HN {hn} - positive {r.choice(['influenza A', 'RSV', 'C. difficile', 'COVID-19'])}, "
                f"placed on precautions in room {r.randint(300, 399)}. Notify IPAC.\n" + sig(c, w, 'en'))
        types = ['patient_name', 'ca_health_number', 'diagnosis', 'lab_result']
        subj = 'Positive result - precautions'
    e = ext(c, 'en')
    return base('ontario_patient', 'en', w, [e[:2]], subj, body, types, "Ontario message with patient name and health number", d)


# ---------------------------------------------------------------- disguised identifiers

def p_disguised(c, lang):
    r = c.r
    w = who(c, lang, role=r.choice(['adm', 'inf', 'md']))
    d = day(c)
    p = c.qc() if lang == 'fr' or r.random() < 0.5 else None
    k = r.randint(0, 3)
    force = {}
    if p:
        n = p.nam
        if k == 0:
            ids = ' '.join(n)
        elif k == 1:
            ids = f"{n[:4]}.{n[4:6]}.{n[6:8]}.{n[8:10]}.{n[10:]}"
            ids = ids.lower()
        elif k == 2:
            ids = n[:4] + fullwidth(n[4:])
            force = {'cs': 'utf-8'}
        else:
            ids = f"{n[:6]}\n{n[6:]}"
        if lang == 'fr':
            body = (f"{greet(c, lang)}\n\nJ'écris le numéro {'' if k != 3 else 'sur deux lignes '}comme ça pour que le filtre ne bloque pas :\n"
                    f"{ids}\n({p.last}, {p.title_fr()}, {p.age} ans) - {DX[r.randrange(len(DX))][0]}, à voir en priorité.\n" + sig(c, w, lang, disclaimer=False))
            subj = r.choice(['le numéro demandé', 'info usager', 'suite à notre appel'])
            note = "NAM volontairement déguisé (espacé, ponctué, pleine chasse ou coupé) avec nom et diagnostic"
        else:
            body = (f"{greet(c, lang)}\n\nTyping the number like this so it doesn't get blocked:\n{ids}\n"
                    f"({p.last}, {p.age}{p.sex}) - {DX[r.randrange(len(DX))][1]}, please prioritize.\n" + sig(c, w, lang, disclaimer=False))
            subj = r.choice(['the number you asked for', 'pt info', 'as per our call'])
            note = "RAMQ number deliberately disguised (spaced, dotted, full-width or split) with surname and diagnosis"
        types = ['ramq_nam', 'patient_name', 'diagnosis']
    else:
        p = c.en_pt()
        hn = p.hn
        ids = r.choice([' '.join(hn), f"{hn[:3]}/{hn[3:6]}/{hn[6:]}", fullwidth(hn), f"{hn[:5]}\n{hn[5:]}"])
        if '\uff10' <= ids[0] <= '\uff19':
            force = {'cs': 'utf-8'}
        body = (f"{greet(c, lang)}\n\nHealth card (spaced out so the system doesn't flag it): {ids}\n"
                f"for {p.first} {p.last}, {DX[r.randrange(len(DX))][1]}.\n" + sig(c, w, lang, disclaimer=False))
        subj = 'hc number'
        types = ['ca_health_number', 'patient_name', 'diagnosis']
        note = "Ontario health number deliberately disguised, with patient name and diagnosis"
    e = ext(c, lang)
    return base('disguised_id', lang, w, [e[:2]], subj, body, types, note, d, force=force)


# ---------------------------------------------------------------- vCard / ZIP / hard positives

def p_vcard(c, lang):
    r = c.r
    w = who(c, lang, role='adm')
    d = day(c)
    p = c.qc()
    if lang == 'fr':
        vnote = f"Usager CLSC - dossier {p.mrn} - soins palliatifs à domicile"
        body = f"{greet(c, lang)}\n\nVoici la fiche contact pour la visite de demain.\n" + sig(c, w, lang)
        subj = 'Fiche contact usager'
        note = "vCard d'un usager avec adresse, téléphone, dossier et contexte de soins"
    else:
        vnote = f"Home care client - MRN {p.mrn} - palliative"
        body = f"{greet(c, lang)}\n\nContact card for tomorrow's visit attached.\n" + sig(c, w, lang)
        subj = 'client contact card'
        note = "vCard of a patient with home address, phone, MRN and care context"
    vcf = make_vcf(p.first, p.last, None, None, p.phone, None, p.addr, vnote)
    e = ext(c, lang)
    return base('vcard_patient', lang, w, [e[:2]], subj, body, ['patient_name', 'patient_contact', 'mrn', 'diagnosis'], note, d,
                atts=[(f"{slug(p.first, p.last)}.vcf", 'text/vcard', vcf)])


def p_zip(c, lang):
    r = c.r
    w = who(c, lang, role='adm')
    d = day(c)
    pts = [c.qc() for _ in range(r.randint(3, 5))]
    hdr = ('nom', 'prenom', 'nam', 'ddn', 'motif') if lang == 'fr' else ('last', 'first', 'ramq', 'dob', 'reason')
    rows = [(p.last, p.first, p.nam, p.dob.isoformat(), DX[r.randrange(len(DX))][0 if lang == 'fr' else 1]) for p in pts]
    z = make_zip([('export/liste.csv' if lang == 'fr' else 'export/list.csv', make_csv([hdr] + rows, ';')),
                  ('export/LISEZMOI.txt' if lang == 'fr' else 'export/README.txt', b'Extraction du 2026-01-05\r\n')])
    body = (f"{greet(c, lang)}\n\nExtraction demandée en pièce jointe (zip).\n" if lang == 'fr' else
            f"{greet(c, lang)}\n\nRequested extract attached (zip).\n") + sig(c, w, lang)
    e = ext(c, lang)
    return base('zip_export', lang, w, [e[:2]], 'Extraction' if lang == 'fr' else 'Data extract', body,
                ['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis'], ("zip contenant un CSV de patients" if lang == 'fr' else "zip with a CSV of patients"),
                d, atts=[('extraction.zip', 'application/zip', z)])


def p_shared_surname(c, lang):
    """Patient shares the physician's surname."""
    r = c.r
    d = day(c)
    p = c.qc()
    site = 'qc' if lang == 'fr' else 'qcen'
    f = r.choice(['Hélène', 'Marc', 'Nicole', 'Yves']) if lang == 'fr' else r.choice(['Karen', 'Paul', 'Susan', 'Ian'])
    w = dict(f=f, l=p.last, name=f"{f} {p.last}", a=email_of(f, p.last, SITES[site]['dom']), site=site, role='md')
    if lang == 'fr':
        body = (f"{greet(c, lang)}\n\nPetite précision : {p.title_fr()} {p.first} {p.last} (aucun lien de parenté avec moi!) "
                f"a eu son congé hier. {DX[r.randrange(len(DX))][0].capitalize()}, on garde {MEDS[r.randrange(len(MEDS))][0]}.\n" + sig(c, w, lang))
        subj = f"{p.last} - congé"
        note = "la patiente/le patient porte le même nom que le médecin expéditeur; diagnostic et Rx"
    else:
        body = (f"{greet(c, lang)}\n\nQuick note: {p.first} {p.last} (no relation!) went home yesterday. "
                f"{DX[r.randrange(len(DX))][1].capitalize()}; continue {MEDS[r.randrange(len(MEDS))][1]}.\n" + sig(c, w, lang))
        subj = f"{p.last} discharge"
        note = "patient shares the sending physician's surname; diagnosis and meds"
    e = ext(c, lang)
    return base('shared_surname', lang, w, [e[:2]], subj, body, ['patient_name', 'diagnosis', 'medication'], note, d)


def p_roster_like(c, lang):
    return p_signout(c, lang, hard=True)


def p_html_chart(c, lang):
    """HTML-heavy portal-style notification with patient table."""
    r = c.r
    w = who(c, lang, role='adm')
    d = day(c)
    p = c.qc() if lang == 'fr' or w['site'] == 'qcen' else c.en_pt()
    import html as H
    if lang == 'fr':
        rows = [('Usager', f"{p.last}, {p.first}"), ('No dossier', p.mrn), ('Date de naissance', p.dob.isoformat()),
                ('Examen', r.choice(['Mammographie de dépistage', 'TDM abdomen', 'Holter 24 h'])), ('Résultat', 'Disponible - anormal, à réviser')]
        intro, subj = 'Un nouveau résultat est disponible dans le portail.', 'Nouveau résultat disponible'
        note = "notification HTML avec tableau : nom, dossier, DDN, examen"
    else:
        rows = [('Patient', f"{p.last}, {p.first}"), ('MRN', p.mrn), ('DOB', p.dob.isoformat()),
                ('Exam', r.choice(['Screening mammogram', 'CT abdomen', '24h Holter'])), ('Status', 'Final - abnormal, please review')]
        intro, subj = 'A new result is available in the portal.', 'New result available'
        note = "HTML notification with table: name, MRN, DOB, exam"
    tb = ''.join(f"<tr><td style='padding:2px 8px'><b>{H.escape(a)}</b></td><td>{H.escape(b)}</td></tr>" for a, b in rows)
    html = (f"<html><head><meta charset='utf-8'></head><body style='font-family:Arial'><p>{H.escape(intro)}</p>"
            f"<table border='1' cellspacing='0'>{tb}</table><p style='color:#888;font-size:9pt'>{H.escape(disc(lang, r))}</p></body></html>")
    text = intro + '\n\n' + '\n'.join(f"{a}: {b}" for a, b in rows) + '\n'
    e = ext(c, lang)
    return base('portal_result', lang, w, [e[:2]], subj, text, ['patient_name', 'mrn', 'date_of_birth', 'lab_result'], note, d,
                html=html, force={'struct': r.choice(['html', 'alt'])})


def p_mrn_only(c, lang):
    """No name at all: a chart number (or initials + DOB) with clinical content."""
    r = c.r
    w = who(c, lang, role=r.choice(['inf', 'md']))
    d = day(c)
    p = c.qc() if lang == 'fr' or w['site'] == 'qcen' else c.en_pt()
    org = r.choice(['S. aureus (SARM)', 'E. coli BLSE', 'C. difficile', 'Candida auris'] if lang == 'fr' else
                   ['MRSA', 'ESBL E. coli', 'C. difficile', 'Candida auris'])
    if lang == 'fr':
        if r.random() < 0.5:
            body = (f"{greet(c, lang)}\n\nCh. {r.randint(401, 460)}, dossier {p.mrn} : hémoculture positive {org}. "
                    f"Isolement contact à mettre en place et aviser le médecin traitant.\n" + sig(c, w, lang, serv='PCI'))
            types = ['mrn', 'lab_result', 'diagnosis']
            note = "n° de dossier seul (sans nom) avec résultat de culture"
        else:
            body = (f"{greet(c, lang)}\n\n{p.first[0]}.{p.last[0]}., {p.e('né')} le {p.dob.isoformat()}, dossier {p.mrn} - {org} "
                    f"en dépistage. Merci de mettre l'alerte au dossier.\n" + sig(c, w, lang, serv='PCI'))
            types = ['mrn', 'date_of_birth', 'lab_result']
            note = "initiales, date de naissance et n° de dossier avec résultat de dépistage"
        subj = r.choice(['Alerte PCI', 'Résultat positif - isolement', 'BMR à signaler'])
    else:
        if r.random() < 0.5:
            body = (f"{greet(c, lang)}\n\nRm {r.randint(401, 460)}, MRN {p.mrn}: blood culture positive for {org}. "
                    f"Contact precautions please, and notify MRP.\n" + sig(c, w, lang, serv='IPAC'))
            types = ['mrn', 'lab_result', 'diagnosis']
            note = "MRN only (no name) with culture result"
        else:
            body = (f"{greet(c, lang)}\n\n{p.first[0]}.{p.last[0]}., DOB {p.dob.isoformat()}, MRN {p.mrn} - {org} on screening. "
                    f"Please flag the chart.\n" + sig(c, w, lang, serv='IPAC'))
            types = ['mrn', 'date_of_birth', 'lab_result']
            note = "initials, DOB and MRN with a screening result"
        subj = r.choice(['IPAC alert', 'Positive result - precautions', 'ARO flag'])
    f, l = c.staff(lang)
    while f == w['f'] and l == w['l']:
        f, l = c.staff(lang)
    to = [(f"{f} {l}", email_of(f, l, SITES[w['site']]['dom']))]
    return base('identifier_only', lang, w, to, subj, body, types, note, d)


# ======================================================================
# section: cats_neg
# ======================================================================
# Negative (not confidential) categories.
import datetime as dt


def nbase(cat, lang, w, to, subj, body, note, d, **kw):
    s = dict(cat=cat, conf=False, lang=lang, frm=(w['name'], w['a']), to=to, cc=kw.pop('cc', []), subj=subj,
             body=body, types=[], note=note, date=d, atts=[], thread=None)
    s.update(kw)
    return s


def dl(c, lang, site=None):
    r = c.r
    dom = SITES[site or ('qc' if lang == 'fr' else r.choice(['qcen', 'on']))]['dom']
    opts = ([('Tous les employés', 'tous'), ('Personnel infirmier', 'soins-infirmiers'), ('Équipe 4B', 'equipe4b'),
             ('Médecins - DSP', 'dsp-medecins'), ('Gestionnaires', 'gestionnaires')] if lang == 'fr' else
            [('All Staff', 'allstaff'), ('Nursing Staff', 'nursing'), ('Unit 7N team', 'unit7n'), ('Medical Staff', 'med-staff'),
             ('Managers', 'managers')])
    n, a = r.choice(opts)
    return (n, a + '@' + dom)


def colleague(c, lang, site=None):
    f, l = c.staff(lang)
    dom = SITES[site or ('qc' if lang == 'fr' else 'qcen')]['dom']
    return (f"{f} {l}", email_of(f, l, dom))


def ndate(c):
    return day(c)


# ---------------------------------------------------------------- HR

def n_hr(c, lang):
    r = c.r
    w = who(c, lang, role='mgr')
    d = ndate(c)
    f, l = c.staff(lang)
    k = r.randint(0, 5)
    if lang == 'fr':
        txts = [
            (f"Congé maladie - {f} {l}", f"{greet(c, lang)}\n\nPour votre information, {f} {l} sera en arrêt de travail à compter du {dfr(d)} pour environ 6 semaines "
             f"(chirurgie prévue). Merci de ne pas l'appeler pendant son congé. Le remplacement sera assuré par l'équipe volante.\n"),
            ("Rappel - feuilles de temps", f"{greet(c, lang)}\n\nLes feuilles de temps de la période 21 doivent être approuvées avant jeudi midi. "
             f"Les primes de soir/nuit seront versées sur la paie du {dfr(d + dt.timedelta(days=10))}.\n"),
            ("Vacances d'été - affichage", f"{greet(c, lang)}\n\nLe calendrier des vacances estivales est affiché au poste. Inscrivez vos choix "
             f"par ancienneté d'ici le {dfr(d + dt.timedelta(days=14))}. Maximum 2 personnes par quart.\n"),
            (f"Bienvenue à {f} {l}", f"{greet(c, lang)}\n\nVeuillez accueillir {f} {l}, nouvelle recrue à l'unité {r.choice(['4B', '6C', 'de cardiologie', 'd’hémodialyse'])}. "
             f"Son orientation débute lundi. Matricule {r.randint(100000, 999999)}.\n"),
            (f"Retour progressif - {f}", f"{greet(c, lang)}\n\n{f} reviendra en retour progressif (3 jours/sem.) à partir du {dfr(d)} suite à son épuisement professionnel. "
             f"Merci de l'accueillir. Les assignations tiennent compte des restrictions du bureau de santé.\n"),
            ('Relevés T4/RL-1', f"{greet(c, lang)}\n\nLes relevés fiscaux seront disponibles dans le portail employé le 28 février. "
             "Vérifiez votre adresse postale dans Logibec d'ici là.\n"),
        ]
    else:
        txts = [
            (f"{f} {l} - leave", f"{greet(c, lang)}\n\nJust letting the team know {f} {l} will be on medical leave starting {den(d)} for about 6 weeks "
             "(planned surgery). Please don't contact them about work. Float pool will cover.\n"),
            ('Timesheets due', f"{greet(c, lang)}\n\nReminder: pay period 21 timesheets must be approved by Thursday noon. Shift premiums paid on {den(d + dt.timedelta(days=10))}.\n"),
            ('Summer vacation requests', f"{greet(c, lang)}\n\nVacation calendar is posted at the nursing station. Sign up by seniority before {den(d + dt.timedelta(days=14))}. Max 2 per shift.\n"),
            (f"Welcome {f} {l}!", f"{greet(c, lang)}\n\nPlease welcome {f} {l}, who joins {r.choice(['7N', 'the ED', 'dialysis', 'the OR'])} as an RN. Orientation starts Monday. Employee # {r.randint(100000, 999999)}.\n"),
            (f"Return to work - {f}", f"{greet(c, lang)}\n\n{f} is back on modified duties (no lifting > 10 kg) after a back injury, per Occupational Health. Please plan assignments accordingly.\n"),
            ('T4 slips', f"{greet(c, lang)}\n\nT4 slips will be available in the employee portal Feb 28. Please confirm your mailing address.\n"),
        ]
    subj, body = txts[k]
    return nbase('hr', lang, w, [dl(c, lang)], subj, body + sig(c, w, lang), "RH : information sur le personnel" if lang == 'fr' else "HR: staff information", d)


def n_schedule(c, lang):
    r = c.r
    w = who(c, lang, role='mgr')
    d = ndate(c)
    names = r.sample(STAFF_FR if lang == 'fr' else STAFF_EN, 6)
    shifts = ['J', 'S', 'N', 'J', 'R', 'S'] if lang == 'fr' else ['D', 'E', 'N', 'D', 'OFF', 'E']
    rows = [(f"{l}, {f}", *[r.choice(shifts) for _ in range(7)]) for f, l in names]
    hdr = ('Employé',) + tuple(JOURS) if lang == 'fr' else ('Employee',) + tuple(DAYS)
    atts = []
    if r.random() < 0.5:
        atts.append(('horaire.xlsx' if lang == 'fr' else 'schedule.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                     make_xlsx('horaire', [hdr] + rows)))
        tbl = ''
    else:
        tbl = '\n'.join(' '.join(x) for x in rows) + '\n'
    if lang == 'fr':
        body = (f"{greet(c, lang)}\n\nHoraire de la semaine du {dfr(d)} {'en pièce jointe' if atts else 'ci-dessous'}. "
                f"Échanges de quarts à faire approuver par l'ASI.\n\n{tbl}\n" + sig(c, w, lang))
        subj = r.choice([f"Horaire semaine du {d.strftime('%d/%m')}", 'Horaire - mise à jour', 'Garde médicale - horaire'])
    else:
        body = (f"{greet(c, lang)}\n\nSchedule for the week of {den(d)} {'attached' if atts else 'below'}. Shift swaps need charge nurse approval.\n\n{tbl}\n" + sig(c, w, lang))
        subj = r.choice([f"Schedule week of {d.strftime('%b %d')}", 'Updated schedule', 'On-call schedule'])
    return nbase('staff_schedule', lang, w, [dl(c, lang)], subj, body, "horaire du personnel" if lang == 'fr' else "staff schedule", d, atts=atts)


def n_staff_roster(c, lang):
    """Hard negative: a staff list that looks like a sign-out list."""
    r = c.r
    w = who(c, lang, role='mgr')
    d = ndate(c)
    names = r.sample(STAFF_FR if lang == 'fr' else STAFF_EN, 6)
    rows = []
    for f, l in names:
        unit = f"{r.choice(['4B', '5A', '6C', '7N', '3S'])}-{r.randint(1, 20):02d}"
        rows.append(' | '.join([unit, f"{l} {f[0]}.", f"{r.randint(1000000, 9999999)}",
                                r.choice(['RCR à renouveler', 'PDSB à faire', 'vaccin influenza ok', 'masque N95 fit-test']) if lang == 'fr'
                                else r.choice(['BLS renewal due', 'PIECES training', 'flu shot done', 'N95 fit test due'])]))
    if lang == 'fr':
        body = (f"{greet(c, lang)}\n\nListe des employés assignés par secteur (secteur | nom | matricule | formation) pour le {dfr(d)} :\n\n"
                + '\n'.join(rows) + "\n\nLes matricules servent pour l'inscription dans l'ENA.\n" + sig(c, w, lang))
        subj = r.choice(['Liste du personnel - formations', 'Assignations et formations'])
        note = "liste d'employés (secteur, nom, matricule, formation) qui ressemble à une liste de relève"
    else:
        body = (f"{greet(c, lang)}\n\nStaff assigned per pod (pod | name | employee # | training) for {den(d)}:\n\n"
                + '\n'.join(rows) + "\n\nEmployee numbers are needed to register in the LMS.\n" + sig(c, w, lang))
        subj = r.choice(['Staff list - mandatory training', 'Pod assignments + training'])
        note = "staff list (pod, name, employee number, training) that looks like a sign-out list"
    return nbase('staff_roster', lang, w, [dl(c, lang)], subj, body, note, d)


# ---------------------------------------------------------------- newsletters

def n_newsletter(c, lang):
    r = c.r
    import html as H
    w = who(c, lang, role='mgr')
    d = ndate(c)
    if lang == 'fr':
        items = [('Journée de la santé mentale', "Kiosque à la cafétéria jeudi, venez rencontrer l'équipe de psychiatrie communautaire."),
                 ('Nouveau TEP-TDM', "Le nouvel appareil est en fonction depuis le 3 mars; délais réduits de 30 %."),
                 ('Campagne de vaccination', "Plus de 2 300 employés vaccinés contre l'influenza à ce jour. Merci!"),
                 ('Diabète : nouvelles lignes directrices', 'Résumé des recommandations 2026 de Diabète Canada pour les équipes de première ligne.'),
                 ('Fondation', 'La Grande Marche a amassé 184 000 $ pour le service de pédiatrie.'),
                 ('Visite ministérielle', 'Le ministre de la Santé a visité le nouveau bloc opératoire vendredi en compagnie de la PDG, Mme Louise Gravel.')]
        title = r.choice(["L'Écho du CHU", 'Info-CISSS', 'Le Bulletin de la DSI'])
        subj = f"{title} - édition {MOIS[d.month - 1]} {d.year}"
    else:
        items = [('Mental Health Week', 'Visit the community psychiatry booth in the cafeteria Thursday.'),
                 ('New PET-CT', 'The new scanner went live March 3 - wait times down 30%.'),
                 ('Flu campaign', 'Over 2,300 staff vaccinated so far. Thank you!'),
                 ('Heart failure clinic', 'The HF clinic now accepts direct referrals from primary care. Criteria on the intranet.'),
                 ('Foundation', 'The Gala raised $184,000 for pediatrics.'),
                 ("Minister's visit", 'The Minister of Health toured the new surgical suite Friday with our CEO, Dr. Alan Whitmore.')]
        title = r.choice(['Network News', 'The Pulse', 'Nursing Matters'])
        subj = f"{title} - {MONTHS[d.month - 1]} {d.year}"
    sel = r.sample(items, 3)
    html = (f"<html><head><meta charset='utf-8'></head><body style='font-family:Georgia;background:#f4f4f4'>"
            f"<table width='600' align='center' style='background:#fff'><tr><td style='background:#00467f;color:#fff;padding:12px'>"
            f"<h1>{H.escape(title)}</h1></td></tr>" +
            ''.join(f"<tr><td style='padding:10px'><h2>{H.escape(a)}</h2><p>{H.escape(b)}</p></td></tr>" for a, b in sel) +
            f"<tr><td style='font-size:8pt;color:#777'>{'Se désabonner' if lang == 'fr' else 'Unsubscribe'} | Communications</td></tr></table></body></html>")
    text = title + '\n\n' + '\n\n'.join(f"{a}\n{b}" for a, b in sel) + '\n'
    w2 = dict(w, name='Communications', a='communications@' + SITES[w['site']]['dom'])
    return nbase('newsletter', lang, w2, [dl(c, lang)], subj, text, "infolettre interne" if lang == 'fr' else "internal newsletter", d,
                 html=html, force={'struct': r.choice(['html', 'alt', 'alt'])})


# ---------------------------------------------------------------- invoices / PO

SUPPLIERS = [('Médi-Fournitures Boréal inc.', 'medi-boreal.example'), ('Orthèses Laurentides', 'ortho-laurentides.example'),
             ('NordLab Diagnostics', 'nordlab.example'), ('Hygiène Pro Québec', 'hygienepro.example'),
             ('Summit Surgical Supply', 'summit-surgical.example'), ('ClearView Imaging Services', 'clearview-img.example')]


def bn(r):
    d = str(r.randint(1, 9)) + ''.join(str(r.randint(0, 9)) for _ in range(7))
    return d + luhn_digit(d)


def luhn_digit(d):
    from stdnum import luhn
    return luhn.calc_check_digit(d)


def n_invoice(c, lang):
    r = c.r
    sup, dom = r.choice(SUPPLIERS)
    d = ndate(c)
    num = f"{r.choice(['FAC', 'INV'])}-{r.randint(20000, 99999)}"
    items = [(r.choice(['Gants nitrile M (bte 100)', 'Seringues 10 mL Luer-lock', 'Pansements mousse 10x10', 'Cathéters IV 20G',
                        'Réactif TSH (kit 200)', 'Draps jetables'] if lang == 'fr' else
                       ['Nitrile gloves M (box 100)', '10 mL Luer-lock syringes', 'Foam dressing 10x10', 'IV catheter 20G',
                        'TSH reagent kit (200)', 'Disposable sheets']), r.randint(5, 80), round(r.uniform(4, 240), 2)) for _ in range(3)]
    tot = sum(q * p for _, q, p in items)
    lines = [f"{a} x{q} @ {p:.2f} $" for a, q, p in items]
    bnum = bn(r)
    f, l = r.choice([('Manon', 'Veilleux'), ('Claude', 'Perreault'), ('Gary', 'Thompson'), ('Linda', 'Park')])
    w = dict(f=f, l=l, name=f"{f} {l}", a=f"comptes.recevables@{dom}" if lang == 'fr' else f"ar@{dom}", site='qc', role='adm')
    if lang == 'fr':
        body = (f"Bonjour,\n\nVeuillez trouver ci-joint la facture {num} pour le bon de commande PO-{r.randint(400000, 499999)}.\n"
                f"Montant : {tot:,.2f} $ (taxes en sus). Modalités : net 30 jours.\nNo d'entreprise : {bnum} RT0001\n\n"
                f"{f} {l}\nComptes recevables\n{sup}\n")
        subj = f"Facture {num} - {sup}"
    else:
        body = (f"Hello,\n\nPlease find attached invoice {num} for PO-{r.randint(400000, 499999)}.\nAmount due: ${tot:,.2f} + HST. Terms net 30.\n"
                f"Business No. {bnum} RT0001\n\n{f} {l}\nAccounts Receivable\n{sup}\n")
        subj = f"Invoice {num} - {sup}"
    atts = []
    if r.random() < 0.6:
        atts.append((f"{num}.pdf", 'application/pdf', make_pdf(('Facture ' if lang == 'fr' else 'Invoice ') + num,
                                                                [sup, f"No entreprise / BN {bnum} RT0001"] + lines + [f"TOTAL {tot:.2f}"])))
    else:
        body += '\n' + '\n'.join(lines) + '\n'
    to = [('Comptes fournisseurs' if lang == 'fr' else 'Accounts Payable', 'comptes.fournisseurs@chu-exemple.example')]
    return nbase('invoice', lang, w, to, subj, body, "facture de fournisseur" if lang == 'fr' else "supplier invoice", d, atts=atts)


def n_po(c, lang):
    r = c.r
    w = who(c, lang, role='adm')
    d = ndate(c)
    sup, dom = r.choice(SUPPLIERS)
    lines = [f"{r.choice(['REF', 'CAT'])} {r.randint(10000, 99999)}-{r.choice('ABCDEF')} | lot {r.choice('ABCDEFGH')}{r.randint(1000, 9999)}{r.choice('XYZ')} | qté {r.randint(2, 40)}" for _ in range(4)]
    if lang == 'fr':
        body = (f"{greet(c, lang)}\n\nBon de commande PO-{r.randint(400000, 499999)} :\n" + '\n'.join(lines) +
                "\n\nLivraison au quai B, attention magasin central. Merci de confirmer la date.\n" + sig(c, w, lang, serv='Approvisionnement'))
        subj = 'Bon de commande'
    else:
        body = (f"{greet(c, lang)}\n\nPurchase order PO-{r.randint(400000, 499999)}:\n" + '\n'.join(lines) +
                "\n\nDeliver to dock B, attn central stores. Please confirm ETA.\n" + sig(c, w, lang, serv='Procurement'))
        subj = 'Purchase order'
    return nbase('purchase_order', lang, w, [(sup, 'commandes@' + dom)], subj, body, "bon de commande (références, lots)" if lang == 'fr' else "purchase order with catalogue and lot numbers", d)


# ---------------------------------------------------------------- conference / committee / training

def n_conference(c, lang):
    r = c.r
    w = who(c, lang, role='mgr')
    d = ndate(c)
    sp = r.sample(STAFF_FR if lang == 'fr' else STAFF_EN, 4)
    topics_fr = ['Prise en charge de l’insuffisance cardiaque en 2026', 'Hépatite C : vers l’élimination', 'Délirium chez l’aîné',
                 'Antibiogouvernance', 'Soins palliatifs à domicile', 'Nouveautés en diabète de type 2']
    topics_en = ['Heart failure management in 2026', 'Hepatitis C elimination', 'Delirium in older adults', 'Antimicrobial stewardship',
                 'Palliative care at home', 'Type 2 diabetes update']
    tp = r.sample(topics_fr if lang == 'fr' else topics_en, 4)
    prog = [f"{8 + i}h00 - {tp[i]} - {'Dr' if i % 2 else 'Dre'} {sp[i][0]} {sp[i][1]}" if lang == 'fr' else
            f"{8 + i}:00 - {tp[i]} - Dr. {sp[i][0]} {sp[i][1]}" for i in range(4)]
    if lang == 'fr':
        body = (f"{greet(c, lang)}\n\nVoici le programme de la Journée scientifique du {dfr(d + dt.timedelta(days=30))} (amphithéâtre A) :\n\n"
                + '\n'.join(prog) + "\n\n6 h de crédits de catégorie 1. Inscription sur l'intranet.\n" + sig(c, w, lang))
        subj = 'Programme - Journée scientifique'
    else:
        body = (f"{greet(c, lang)}\n\nProgram for Research Day, {den(d + dt.timedelta(days=30))} (Auditorium A):\n\n" + '\n'.join(prog) +
                "\n\n6 Section 1 credits. Register on the intranet.\n" + sig(c, w, lang))
        subj = 'Research Day program'
    atts = []
    if r.random() < 0.5:
        atts.append(('programme.pdf' if lang == 'fr' else 'program.pdf', 'application/pdf', make_pdf(subj, prog)))
    return nbase('conference_programme', lang, w, [dl(c, lang)], subj, body, "programme de conférence (conférenciers et sujets)" if lang == 'fr' else "conference programme (speakers and topics)", d, atts=atts)


def n_committee(c, lang):
    r = c.r
    w = who(c, lang, role='mgr')
    d = ndate(c)
    com = r.choice(['Comité de pharmacologie', 'CECM', 'Comité de prévention des infections', "Comité d'éthique de la recherche",
                    'Comité des usagers', 'Comité de gestion des risques']) if lang == 'fr' else \
        r.choice(['Pharmacy & Therapeutics Committee', 'Medical Advisory Committee', 'IPAC Committee', 'Research Ethics Board',
                  'Quality Committee'])
    start = dt.datetime(d.year, d.month, d.day, r.choice([7, 12, 16]), 30) + dt.timedelta(days=10)
    if lang == 'fr':
        body = (f"{greet(c, lang)}\n\nLa prochaine réunion du {com} aura lieu le {dfr(start.date(), True)} à {start.hour}h30, salle {r.choice(['Jacques-Cartier', 'B-1020', 'du conseil'])} et Teams.\n\n"
                "Ordre du jour :\n1. Adoption du PV\n2. Suivi des indicateurs\n3. Révision de la politique\n4. Varia\n\n" + sig(c, w, lang))
        subj = f"Convocation - {com}"
    else:
        body = (f"{greet(c, lang)}\n\nThe next {com} meeting is {den(start.date(), True)} at {start.hour}:30, Boardroom and Teams.\n\n"
                "Agenda:\n1. Approval of minutes\n2. Indicator review\n3. Policy revision\n4. Other business\n\n" + sig(c, w, lang))
        subj = f"Meeting notice - {com}"
    atts = []
    if r.random() < 0.4:
        atts.append(('invitation.ics', 'text/calendar; method=REQUEST',
                     make_ics(f"{r.getrandbits(48):012x}@chu-exemple.example", com, start, 90, 'Salle du conseil / Teams' if lang == 'fr' else 'Boardroom / Teams',
                              subj, (w['name'], w['a']), [colleague(c, lang), colleague(c, lang)])))
    return nbase('committee_notice', lang, w, [dl(c, lang)], subj, body, "convocation de comité" if lang == 'fr' else "committee meeting notice", d, atts=atts)


def n_training(c, lang):
    r = c.r
    w = who(c, lang, role='inf')
    d = ndate(c)
    if lang == 'fr':
        t = r.choice(['RCR/BLS', 'PDSB (déplacements sécuritaires)', 'Oméga', 'pompe volumétrique Alaris', 'nouveau DCI'])
        body = (f"{greet(c, lang)}\n\nSessions de formation {t} : {dfr(d + dt.timedelta(days=7))} et {dfr(d + dt.timedelta(days=14))}, 8h30-12h, local 2-115.\n"
                "Inscription obligatoire dans l'ENA; places limitées à 12. Les heures sont rémunérées.\n" + sig(c, w, lang, serv='Développement des compétences'))
        subj = f"Formation {t}"
    else:
        t = r.choice(['BLS', 'safe patient handling', 'PIECES', 'Alaris pump', 'new EHR module'])
        body = (f"{greet(c, lang)}\n\n{t} sessions: {den(d + dt.timedelta(days=7))} and {den(d + dt.timedelta(days=14))}, 0830-1200, room 2-115.\n"
                "Register in the LMS; 12 seats max. Paid time.\n" + sig(c, w, lang, serv='Professional Practice'))
        subj = f"{t} training"
    return nbase('training', lang, w, [dl(c, lang)], subj, body, "formation du personnel" if lang == 'fr' else "staff training", d)


def n_job(c, lang):
    r = c.r
    w = who(c, lang, role='adm')
    d = ndate(c)
    if lang == 'fr':
        t = r.choice(['Infirmière clinicienne - oncologie', 'Préposé(e) aux bénéficiaires', 'Inhalothérapeute', 'Agente administrative classe 2',
                      'Travailleuse sociale - GMF'])
        body = (f"AFFICHAGE INTERNE #{r.randint(2026000, 2026999)}\n\nTitre : {t}\nStatut : temps complet permanent, {r.choice(['jour', 'rotation', 'soir'])}\n"
                f"Échelle salariale : {r.randint(26, 34)},{r.randint(10, 99)} $ à {r.randint(40, 52)},{r.randint(10, 99)} $/h\n"
                f"Fin de l'affichage : {dfr(d + dt.timedelta(days=14))}\n\nPostulez via le portail carrière.\n" + sig(c, w, lang, serv='Ressources humaines'))
        subj = f"Affichage de poste - {t}"
    else:
        t = r.choice(['RN - Oncology', 'Personal Support Worker', 'Respiratory Therapist', 'Unit Clerk', 'Social Worker - FHT'])
        body = (f"INTERNAL POSTING #{r.randint(2026000, 2026999)}\n\nPosition: {t}\nStatus: permanent full-time, {r.choice(['days', 'rotating', 'evenings'])}\n"
                f"Rate: ${r.randint(26, 34)}.{r.randint(10, 99)} - ${r.randint(40, 52)}.{r.randint(10, 99)}/h\nCloses: {den(d + dt.timedelta(days=14))}\n\n"
                "Apply through the careers portal.\n" + sig(c, w, lang, serv='Human Resources'))
        subj = f"Job posting - {t}"
    return nbase('job_posting', lang, w, [dl(c, lang)], subj, body, "affichage de poste" if lang == 'fr' else "job posting", d)


# ---------------------------------------------------------------- IT / facilities / parking

def imei(r):
    d = ''.join(str(r.randint(0, 9)) for _ in range(14))
    return d + luhn_digit(d)


def n_it(c, lang):
    r = c.r
    w = who(c, lang, role='adm')
    w = dict(w, name='Centre de services TI' if lang == 'fr' else 'IT Service Desk', a='servicedesk@' + SITES[w['site']]['dom'])
    d = ndate(c)
    k = r.randint(0, 5)
    if lang == 'fr':
        txt = [
            ('Maintenance NAS - lecteur partagé S:', f"Le NAS du pavillon B (nas-pavb-02) sera en maintenance le {dfr(d)} de 22h à 2h. Le lecteur S: sera inaccessible. "
             "Enregistrez vos documents localement."),
            ('Panne - messagerie', 'Une panne affecte présentement la messagerie Outlook Web. Nos équipes sont sur le dossier. Prochaine mise à jour dans 1 h.'),
            ('Remplacement de votre cellulaire', f"Votre nouvel appareil est prêt. IMEI {imei(r)}, no de série {r.choice('CFGHJ')}{r.randint(10, 99)}X{r.randint(1000000, 9999999)}. "
             f"Actif {r.randint(10000, 99999)}. Passez au comptoir TI, local S-120."),
            ('Billet #' + str(r.randint(400000, 499999)) + ' résolu', "Votre demande concernant l'imprimante du poste 4B a été résolue (remplacement du fusible). "
             "Si le problème persiste, répondez à ce courriel."),
            ('Hameçonnage - soyez vigilants', 'Un courriel frauduleux se faisant passer pour la paie circule. Ne cliquez pas sur le lien. Signalez avec le bouton « Signaler ».'),
            ('Mise à jour Windows', 'Les postes seront redémarrés cette nuit entre 1h et 4h. Sauvegardez votre travail avant de quitter.'),
        ]
    else:
        txt = [
            ('NAS maintenance - S: drive', f"The B-wing NAS (nas-pavb-02) will be down for maintenance {den(d)} 22:00-02:00. The S: drive will be unavailable."),
            ('Outage - email', 'Outlook Web is currently down. Teams are working on it. Next update in 1 hour.'),
            ('Your replacement phone', f"Your new device is ready. IMEI {imei(r)}, S/N {r.choice('CFGHJ')}{r.randint(10, 99)}X{r.randint(1000000, 9999999)}, asset tag {r.randint(10000, 99999)}. "
             "Pick up at the IT counter, room S-120."),
            ('Ticket #' + str(r.randint(400000, 499999)) + ' resolved', 'Your request about the 7N printer was resolved (fuser replaced). Reply if the issue persists.'),
            ('Phishing alert', 'A fake payroll e-mail is circulating. Do not click the link. Use the Report button.'),
            ('Windows updates tonight', 'Workstations will reboot tonight between 01:00 and 04:00. Save your work.'),
        ]
    subj, b = txt[k]
    body = f"{greet(c, lang)}\n\n{b}\n\n" + ('Centre de services TI\npostes 5555' if lang == 'fr' else 'IT Service Desk\next. 5555') + '\n'
    return nbase('it', lang, w, [dl(c, lang)], subj, body, "message TI" if lang == 'fr' else "IT message", d)


def n_facilities(c, lang):
    r = c.r
    w = who(c, lang, role='mgr')
    d = ndate(c)
    if lang == 'fr':
        subj, b = r.choice([
            ("Interruption d'eau chaude - aile C", f"Travaux de plomberie le {dfr(d)} de 9h à 13h, aile C, étages 2 à 4. Eau chaude coupée."),
            ('Fermeture ascenseur 3', 'L’ascenseur 3 sera hors service du lundi au mercredi pour inspection annuelle.'),
            ('Test alarme incendie', f"Test du système d'alarme incendie le {dfr(d)} à 10h. Aucune évacuation requise."),
            ('Travaux - entrée principale', 'L’entrée principale sera fermée 2 semaines. Utilisez l’entrée de l’urgence ou du pavillon B.'),
            ('Climatisation - 5e étage', 'Problème de climatisation au 5e; des unités mobiles ont été installées. Merci de votre patience.')])
        serv = 'Services techniques'
    else:
        subj, b = r.choice([
            ('Hot water shut-off - C wing', f"Plumbing work {den(d)} 9:00-13:00, C wing floors 2-4. No hot water."),
            ('Elevator 3 out of service', 'Elevator 3 will be down Monday to Wednesday for its annual inspection.'),
            ('Fire alarm test', f"Fire alarm system test {den(d)} at 10:00. No evacuation needed."),
            ('Main entrance closure', 'The main entrance will be closed for 2 weeks. Use the ED or B-wing entrance.'),
            ('5th floor A/C', 'A/C issue on the 5th floor; portable units installed.')])
        serv = 'Facilities Management'
    return nbase('facilities', lang, w, [dl(c, lang)], subj, f"{greet(c, lang)}\n\n{b}\n" + sig(c, w, lang, serv=serv), "avis des services techniques" if lang == 'fr' else "facilities notice", d)


def n_parking(c, lang):
    r = c.r
    w = who(c, lang, role='adm')
    d = ndate(c)
    if lang == 'fr':
        subj, b = r.choice([('Stationnement P2 - déneigement', 'Le stationnement P2 sera déneigé cette nuit. Déplacez vos véhicules au P4 avant 23h.'),
                            ('Cafétéria - menu de la semaine', 'Lundi : pâté chinois. Mardi : saumon. Mercredi : cari de pois chiches. Jeudi : pizza. Vendredi : fish & chips.'),
                            ('Vignettes de stationnement 2027', 'Le renouvellement des vignettes se fait en ligne jusqu’au 15 décembre. Prélèvement sur la paie.'),
                            ('Cafétéria fermée samedi', 'La cafétéria sera fermée samedi pour entretien. Les distributrices restent accessibles.')])
    else:
        subj, b = r.choice([('P2 snow removal', 'P2 will be plowed tonight. Move vehicles to P4 before 11 PM.'),
                            ('Cafeteria menu this week', 'Mon: shepherd’s pie. Tue: salmon. Wed: chickpea curry. Thu: pizza. Fri: fish & chips.'),
                            ('2027 parking permits', 'Permit renewals online until Dec 15. Payroll deduction.'),
                            ('Cafeteria closed Saturday', 'The cafeteria is closed Saturday for maintenance; vending machines remain available.')])
    return nbase('parking_cafeteria', lang, w, [dl(c, lang)], subj, f"{greet(c, lang)}\n\n{b}\n" + sig(c, w, lang, disclaimer=False), "stationnement/cafétéria" if lang == 'fr' else "parking/cafeteria", d)


# ---------------------------------------------------------------- public health, teaching, stats, quality

def n_public_health(c, lang):
    r = c.r
    w = who(c, lang, role='md')
    d = ndate(c)
    n1, n2, n3 = r.randint(3, 25), r.randint(40, 300), r.randint(1, 9)
    if lang == 'fr':
        body = (f"{greet(c, lang)}\n\nBulletin de surveillance - semaine {d.isocalendar()[1]}\n\n- Influenza A : {n2} cas confirmés dans la région (+18 %)\n"
                f"- Éclosion d'influenza à l'unité 4B : {n1} cas (usagers et employés), unité fermée aux admissions\n- VRS : {n3} hospitalisations pédiatriques\n"
                "- Rougeole : aucun cas local; vérifiez le statut vaccinal des voyageurs.\n\nRappel : masque de procédure obligatoire dans les unités en éclosion.\n" + sig(c, w, lang, serv='Prévention et contrôle des infections'))
        subj = f"Bulletin de surveillance - semaine {d.isocalendar()[1]}"
    else:
        body = (f"{greet(c, lang)}\n\nSurveillance bulletin - week {d.isocalendar()[1]}\n\n- Influenza A: {n2} lab-confirmed cases in the region (+18%)\n"
                f"- Outbreak on 7N: {n1} cases (patients and staff), unit closed to admissions\n- RSV: {n3} pediatric admissions\n"
                "- Measles: no local cases; check travellers' immunization status.\n\nMasks mandatory on outbreak units.\n" + sig(c, w, lang, serv='Infection Prevention and Control'))
        subj = f"Surveillance bulletin - week {d.isocalendar()[1]}"
    return nbase('public_health_bulletin', lang, w, [dl(c, lang)], subj, body, "bulletin de santé publique (agrégats)" if lang == 'fr' else "public health bulletin (aggregates)", d)


def n_teaching(c, lang):
    r = c.r
    w = who(c, lang, role='md')
    d = ndate(c)
    age = r.randint(24, 88)
    if lang == 'fr':
        sx = r.choice(['Un homme', 'Une femme'])
        body = (f"{greet(c, lang)}\n\nCas clinique pour la séance d'apprentissage de jeudi :\n\n{sx} de {age} ans se présente à l'urgence pour "
                f"{r.choice(['dyspnée et œdème des membres inférieurs', 'douleur thoracique rétrosternale', 'confusion aiguë', 'fièvre et céphalée'])}. "
                f"ATCD : HTA, diabète. Signes vitaux : TA 168/94, FC 112, SpO2 89 %.\n\nQuestions :\n1. Diagnostic différentiel?\n2. Investigation initiale?\n3. Traitement?\n\n"
                "Réponses discutées en groupe.\n" + sig(c, w, lang))
        subj = r.choice(['Cas clinique - séance de jeudi', 'Club de lecture + cas', 'Enseignement résidents'])
    else:
        sx = r.choice(['A man', 'A woman'])
        body = (f"{greet(c, lang)}\n\nCase for Thursday's teaching session:\n\n{sx} aged {age} presents to the ED with "
                f"{r.choice(['dyspnea and leg edema', 'retrosternal chest pain', 'acute confusion', 'fever and headache'])}. PMHx: HTN, DM. "
                "Vitals: BP 168/94, HR 112, SpO2 89%.\n\nQuestions:\n1. Differential?\n2. Initial workup?\n3. Management?\n\n" + sig(c, w, lang))
        subj = r.choice(['Teaching case - Thursday', 'Resident teaching case', 'Morning report case'])
    to = [('Résidents' if lang == 'fr' else 'Residents', 'residents@' + SITES[w['site']]['dom'])]
    return nbase('teaching_case', lang, w, to, subj, body, "cas d'enseignement anonymisé" if lang == 'fr' else "anonymised teaching case", d)


def n_stats(c, lang):
    r = c.r
    w = who(c, lang, role='mgr')
    d = ndate(c)
    units = ['4B', '5A', '6C', '7N', 'USI', 'Urgence'] if lang == 'fr' else ['4B', '5A', '6C', '7N', 'ICU', 'ED']
    hdr = ('Unité', 'Admissions', 'DMS (j)', 'Taux occupation', 'Patients diabétiques') if lang == 'fr' else \
        ('Unit', 'Admissions', 'ALOS (d)', 'Occupancy', 'Diabetic patients')
    rows = [(u, r.randint(40, 320), round(r.uniform(2.5, 12), 1), f"{r.randint(78, 118)} %", r.randint(3, 60)) for u in units]
    if lang == 'fr':
        body = (f"{greet(c, lang)}\n\nTableau de bord de la période {r.randint(1, 13)} en pièce jointe. Faits saillants : taux d'occupation "
                f"moyen {r.randint(95, 110)} %, {r.randint(30, 60)} usagers NSA en attente d'hébergement.\n" + sig(c, w, lang))
        subj = 'Tableau de bord - période'
    else:
        body = (f"{greet(c, lang)}\n\nPeriod {r.randint(1, 13)} dashboard attached. Highlights: average occupancy {r.randint(95, 110)}%, "
                f"{r.randint(30, 60)} ALC patients waiting for LTC.\n" + sig(c, w, lang))
        subj = 'Dashboard - period'
    att = ('tableau_bord.xlsx' if lang == 'fr' else 'dashboard.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx('P', [hdr] + rows))
    if r.random() < 0.3:
        att = ('stats.csv', 'text/csv', make_csv([hdr] + rows, ';'))
    return nbase('statistics', lang, w, [dl(c, lang, None)], subj, body, "statistiques agrégées par unité" if lang == 'fr' else "aggregate statistics by unit", d, atts=[att])


def n_quality(c, lang):
    r = c.r
    w = who(c, lang, role='mgr')
    d = ndate(c)
    if lang == 'fr':
        body = (f"{greet(c, lang)}\n\nRapport trimestriel des événements indésirables :\n- Chutes : {r.randint(10, 40)} (dont {r.randint(1, 4)} avec blessure)\n"
                f"- Erreurs de médication : {r.randint(20, 70)}\n- Plaies de pression acquises : {r.randint(2, 12)}\n\nAucune donnée nominative. Détails au comité.\n" + sig(c, w, lang, serv='Qualité et gestion des risques'))
        subj = 'Rapport trimestriel - incidents/accidents'
    else:
        body = (f"{greet(c, lang)}\n\nQuarterly safety report:\n- Falls: {r.randint(10, 40)} ({r.randint(1, 4)} with injury)\n- Medication events: {r.randint(20, 70)}\n"
                f"- Hospital-acquired pressure injuries: {r.randint(2, 12)}\n\nNo identifying data; details at committee.\n" + sig(c, w, lang, serv='Quality & Patient Safety'))
        subj = 'Quarterly patient safety report'
    return nbase('quality_aggregate', lang, w, [dl(c, lang)], subj, body, "rapport qualité agrégé" if lang == 'fr' else "aggregate quality report", d)


def n_blank_form(c, lang):
    r = c.r
    w = who(c, lang, role='adm')
    d = ndate(c)
    if lang == 'fr':
        paras = ["Nom de l'usager : ______________________", "NAM : ____ ____ ____   Date de naissance : AAAA-MM-JJ",
                 "No de dossier : __________", "Motif de la demande : ______________________", "Signature du médecin : __________"]
        title = r.choice(['Formulaire de demande de consultation', 'Requête de transport', 'Demande de services à domicile'])
        body = f"{greet(c, lang)}\n\nVoici le gabarit vierge à jour ({title}). Merci de détruire les anciennes versions.\n" + sig(c, w, lang)
        subj = f"Gabarit - {title}"
    else:
        paras = ["Patient name: ______________________", "Health card #: __________ VC: __   DOB: YYYY-MM-DD",
                 "MRN: __________", "Reason for referral: ______________________", "Physician signature: __________"]
        title = r.choice(['Consultation request form', 'Transport request', 'Home care referral form'])
        body = f"{greet(c, lang)}\n\nUpdated blank template attached ({title}). Please discard older versions.\n" + sig(c, w, lang)
        subj = f"Template - {title}"
    if r.random() < 0.5:
        att = ('formulaire.docx' if lang == 'fr' else 'form.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx(title, paras))
    else:
        att = ('formulaire.pdf' if lang == 'fr' else 'form.pdf', 'application/pdf', make_pdf(title, paras))
    return nbase('blank_form', lang, w, [dl(c, lang)], subj, body, "formulaire vierge" if lang == 'fr' else "blank form template", d, atts=[att])


def n_colleague_disease(c, lang):
    r = c.r
    w = who(c, lang, role='adm')
    d = ndate(c)
    f, l = c.staff(lang)
    if lang == 'fr':
        subj, b = r.choice([
            ('Clinique VIH - remplacement', f"La Dre {f} {l}, infectiologue, couvrira la clinique VIH/hépatite C pendant les vacances du Dr Mercier. Les rendez-vous sont maintenus."),
            ('Conférence midi', f"Le Dr {f} {l} (psychiatrie) présentera « Trouble bipolaire : mise à jour sur le lithium » mardi midi à l'amphithéâtre."),
            ('Garde oncologie', f"Pour la semaine prochaine, l'oncologue de garde pour les cancers du sein est {f} {l}, poste 4471.")])
    else:
        subj, b = r.choice([
            ('HIV clinic coverage', f"Dr. {f} {l}, infectious diseases, will cover the HIV/HCV clinic while Dr. Reid is away. Appointments stand."),
            ('Noon rounds', f"Dr. {f} {l} (psychiatry) will present 'Bipolar disorder: lithium update' Tuesday at noon."),
            ('Oncology on call', f"Breast oncology on call next week: Dr. {f} {l}, ext. 4471.")])
    return nbase('colleague_disease', lang, w, [dl(c, lang)], subj, f"{greet(c, lang)}\n\n{b}\n" + sig(c, w, lang),
                 "médecin nommé avec la maladie qu'il traite" if lang == 'fr' else "physician named next to the disease they treat", d)


def n_lookalike(c, lang):
    r = c.r
    w = who(c, lang, role='adm')
    d = ndate(c)
    k = r.randint(0, 3)
    sn = gen_sin(r)  # a 9-digit number that passes Luhn, used as a supplier/business number
    hn = gen_on_hn(r)  # 10-digit Luhn-valid, used as an asset number
    if lang == 'fr':
        opts = [
            ('Inventaire pompes', f"Pompes retournées au génie biomédical :\n- Alaris no série {hn}\n- Alaris no série {gen_on_hn(r)}\n- Sigma no série {r.randint(1000000, 9999999)}\nMerci de les étiqueter."),
            ('Numéro de fournisseur', f"Le nouveau numéro d'entreprise du fournisseur de buanderie est {fmt_sin(sn, 0)} RC0001. À mettre à jour dans GRM."),
            ('Matricules - accès badges', f"Accès badge à activer :\n- {c.staff('fr')[1]}, matricule {r.randint(1000000, 9999999)}\n- {c.staff('fr')[1]}, matricule {r.randint(1000000, 9999999)}\nAccès bloc opératoire."),
            ('Rappel de lot', f"Rappel Santé Canada : lots {r.choice('ABC')}{r.randint(100000, 999999)} et {r.choice('DEF')}{r.randint(100000, 999999)} de tubulures IV. Retirer des unités, aucun impact clinique rapporté.")]
    else:
        opts = [
            ('Pump inventory', f"Pumps returned to biomed:\n- Alaris S/N {hn}\n- Alaris S/N {gen_on_hn(r)}\n- Sigma S/N {r.randint(1000000, 9999999)}\nPlease tag."),
            ('Vendor number', f"The linen vendor's new business number is {fmt_sin(sn, 0)} RC0001. Please update in the ERP."),
            ('Badge access - employee IDs', f"Badge access to activate:\n- {c.staff('en')[1]}, employee ID {r.randint(1000000, 9999999)}\n- {c.staff('en')[1]}, employee ID {r.randint(1000000, 9999999)}\nOR access."),
            ('Lot recall', f"Health Canada recall: IV tubing lots {r.choice('ABC')}{r.randint(100000, 999999)} and {r.choice('DEF')}{r.randint(100000, 999999)}. Remove from units; no clinical impact reported.")]
    subj, b = opts[k]
    return nbase('lookalike_numbers', lang, w, [colleague(c, lang)], subj, f"{greet(c, lang)}\n\n{b}\n" + sig(c, w, lang),
                 "numéros qui ressemblent à des identifiants (série, matricule, entreprise, lot)" if lang == 'fr' else "identifier look-alikes (serial, employee, business, lot numbers)", d)


def n_research_general(c, lang):
    r = c.r
    w = who(c, lang, role='md')
    d = ndate(c)
    if lang == 'fr':
        body = (f"{greet(c, lang)}\n\nLe CER a approuvé l'amendement 3 du protocole {r.choice(['CARDIO-7', 'DIAB-PRO', 'ONC-22'])}. Recrutement : {r.randint(20, 90)} participants sur {r.randint(100, 150)} visés. "
                "Le formulaire de consentement v4.1 remplace la v4.0 dès maintenant.\n" + sig(c, w, lang, serv='Centre de recherche'))
        subj = 'Approbation CER - amendement'
    else:
        body = (f"{greet(c, lang)}\n\nREB approved amendment 3 of the {r.choice(['HEART-7', 'DM-PRO', 'ONC-22'])} protocol. Enrolment {r.randint(20, 90)}/{r.randint(100, 150)}. "
                "Consent form v4.1 replaces v4.0 effective now.\n" + sig(c, w, lang, serv='Research Institute'))
        subj = 'REB approval - amendment'
    e = ext(c, lang)
    return nbase('research_general', lang, w, [(e[0], e[1].split('@')[0] + '@univ-recherche.example')], subj, body,
                 "coordination de recherche sans participant identifié" if lang == 'fr' else "research coordination, no identifiable participant", d)


def n_minutes(c, lang):
    r = c.r
    w = who(c, lang, role='mgr')
    d = ndate(c)
    pres = ', '.join(f"{f} {l}" for f, l in r.sample(STAFF_FR if lang == 'fr' else STAFF_EN, 5))
    if lang == 'fr':
        paras = [f"Présents : {pres}", "1. PV adopté.", "2. Indicateurs : délais à l'urgence en baisse (DMS 18,2 h).",
                 "3. Projet de réaménagement du 4B : appel d'offres en cours.", "4. Prochaine rencontre dans un mois."]
        title = f"Procès-verbal - réunion de service du {dfr(d)}"
        body = f"{greet(c, lang)}\n\nCi-joint le PV de la dernière rencontre. Commentaires d'ici vendredi svp.\n" + sig(c, w, lang)
    else:
        paras = [f"Present: {pres}", "1. Minutes approved.", "2. Indicators: ED length of stay down (18.2 h).",
                 "3. 4B renovation: tender in progress.", "4. Next meeting in one month."]
        title = f"Minutes - department meeting {den(d)}"
        body = f"{greet(c, lang)}\n\nMinutes from our last meeting attached. Comments by Friday please.\n" + sig(c, w, lang)
    att = ('PV.docx' if lang == 'fr' else 'minutes.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx(title, paras))
    return nbase('meeting_minutes', lang, w, [dl(c, lang)], 'PV - réunion de service' if lang == 'fr' else 'Meeting minutes', body,
                 "procès-verbal de réunion" if lang == 'fr' else "meeting minutes", d, atts=[att])


def n_reply_admin(c, lang):
    r = c.r
    w = who(c, lang, role=r.choice(['mgr', 'adm', 'md']))
    d = ndate(c)
    o = colleague(c, lang)
    if lang == 'fr':
        q = r.choice([("Salle pour la formation", "Est-ce que la salle B-1020 est libre le 14 pour la formation des préceptrices? On serait 15."),
                      ("Budget congrès", "Peux-tu confirmer si le budget de formation couvre l'inscription au congrès de l'AIIC?"),
                      ("Commande de chaises", "On a besoin de 6 chaises ergonomiques pour le poste du 5A, tu peux approuver?")])
        new = r.choice(['Oui, c’est réservé à ton nom. Le projecteur est dans l’armoire.', 'Confirmé, jusqu’à 900 $ par personne.', 'Approuvé, envoie le BC à l’approvisionnement.'])
        body = f"{new}\n" + sig(c, w, lang, disclaimer=False) + '\n\n' + reply_intro(lang, o[0], o[1], d - dt.timedelta(days=1), r) + '\n' + quote(q[1] + '\n\n' + o[0])
        subj = 'RE: ' + q[0]
    else:
        q = r.choice([("Room for training", "Is B-1020 free on the 14th for preceptor training? About 15 people."),
                      ("Conference budget", "Can you confirm the education budget covers CNA conference registration?"),
                      ("Chair order", "We need 6 ergonomic chairs for the 5A station, can you approve?")])
        new = r.choice(["Yes, booked under your name. Projector's in the cabinet.", 'Confirmed, up to $900 each.', 'Approved, send the PO to procurement.'])
        body = f"{new}\n" + sig(c, w, lang, disclaimer=False) + '\n\n' + outlook_hdr(lang, o[0], o[1], w['name'], d - dt.timedelta(days=1), q[0], r) + '\n\n' + q[1] + '\n\n' + o[0]
        subj = 'RE: ' + q[0]
    return nbase('admin_reply', lang, w, [o], subj, body, "réponse administrative avec fil cité" if lang == 'fr' else "admin reply with quoted thread", d, thread='reply')


def n_fwd_admin(c, lang):
    r = c.r
    inner = r.choice([n_it, n_facilities, n_committee, n_training])(c, lang)
    inner['atts'] = []
    w = who(c, lang, role='mgr')
    d = inner['date']
    body = (f"{greet(c, lang)}\n\nPour info, voir le message ci-joint.\n" if lang == 'fr' else f"{greet(c, lang)}\n\nFYI see attached message.\n") + sig(c, w, lang)
    subj = ('TR: ' if lang == 'fr' else 'FW: ') + inner['subj']
    return nbase('admin_forward_attached', lang, w, [dl(c, lang)], subj, body,
                 "transfert en pièce jointe d'un avis administratif" if lang == 'fr' else "admin notice forwarded as attachment", d, eml=inner, thread='fwd_att')


def n_fwd_inline_admin(c, lang):
    r = c.r
    inner = r.choice([n_public_health, n_job, n_parking, n_colleague_disease])(c, lang)
    w = who(c, lang, role='mgr')
    top = (f"{greet(c, lang)}\n\nÀ partager avec vos équipes.\n" if lang == 'fr' else f"{greet(c, lang)}\n\nPlease share with your teams.\n") + sig(c, w, lang, disclaimer=False)
    to = inner['to'][0]
    fw = fwd_block(lang, inner['frm'][0], inner['frm'][1], f"{to[0]} <{to[1]}>", inner['date'], inner['subj'], inner['body'], r)
    return nbase('admin_forward_inline', lang, w, [dl(c, lang)], ('TR: ' if lang == 'fr' else 'Fwd: ') + inner['subj'], top + '\n\n' + fw,
                 "transfert en ligne d'un avis administratif" if lang == 'fr' else "admin notice forwarded inline", inner['date'], thread='fwd_inline')


def n_staff_vcard(c, lang):
    r = c.r
    w = who(c, lang, role='adm')
    d = ndate(c)
    f, l = c.staff(lang)
    vcf = make_vcf(f, l, SITES[w['site']]['name'], r.choice(ROLES_FR['inf'] if lang == 'fr' else ROLES_EN['inf']),
                   SITES[w['site']]['tel'] + f" x{r.randint(2000, 7999)}", email_of(f, l, SITES[w['site']]['dom']))
    body = (f"{greet(c, lang)}\n\nCoordonnées de notre nouvelle conseillère en soins en pièce jointe.\n" if lang == 'fr' else
            f"{greet(c, lang)}\n\nContact card for our new clinical nurse educator attached.\n") + sig(c, w, lang)
    return nbase('staff_vcard', lang, w, [dl(c, lang)], 'Nouvelle conseillère' if lang == 'fr' else 'New CNE contact', body,
                 "vCard d'une employée" if lang == 'fr' else "staff vCard", d, atts=[(f"{slug(f, l)}.vcf", 'text/vcard', vcf)])


def n_drug_bulletin(c, lang):
    r = c.r
    w = who(c, lang, role='pharm')
    d = ndate(c)
    if lang == 'fr':
        body = (f"{greet(c, lang)}\n\nInfo-Pharmacie :\n- Rupture d'amoxicilline suspension 250 mg/5 mL jusqu'en {MOIS[(d.month + 1) % 12]}; alternative : céfprozil.\n"
                "- Ajout au formulaire : sémaglutide (critères d'usage).\n- Rappel : double vérification obligatoire pour l'insuline IV et l'héparine.\n" + sig(c, w, lang, serv='Département de pharmacie'))
        subj = 'Info-Pharmacie'
    else:
        body = (f"{greet(c, lang)}\n\nPharmacy update:\n- Amoxicillin suspension 250 mg/5 mL shortage until {MONTHS[(d.month + 1) % 12]}; alternative cefprozil.\n"
                "- Formulary addition: semaglutide (criteria for use).\n- Reminder: independent double check for IV insulin and heparin.\n" + sig(c, w, lang, serv='Pharmacy'))
        subj = 'Pharmacy bulletin'
    return nbase('drug_bulletin', lang, w, [dl(c, lang)], subj, body, "bulletin de pharmacie (médicaments, sans patient)" if lang == 'fr' else "pharmacy bulletin, no patient", d)


def n_vendor(c, lang):
    r = c.r
    sup, dom = r.choice(SUPPLIERS)
    d = ndate(c)
    f, l = r.choice([('Kim', 'Larocque'), ('Steve', 'Wallace'), ('Isabelle', 'Roy'), ('Mark', 'Dubois')])
    w = dict(f=f, l=l, name=f"{f} {l}", a=email_of(f, l, dom), site='qc', role='adm')
    to = [colleague(c, lang)]
    if lang == 'fr':
        body = (f"Bonjour,\n\nSuite à notre rencontre, voici notre offre pour les {r.choice(['moniteurs de signes vitaux', 'lits électriques', 'pousse-seringues'])} "
                f"(modèle {r.choice(['VX-400', 'Horizon 3', 'SP-22'])}) : {r.randint(80, 400)} unités, formation incluse, garantie 5 ans.\n"
                f"Démo possible sur l'unité le {dfr(d + dt.timedelta(days=9))}.\n\nCordialement,\n{f} {l}\nDirectrice des comptes\n{sup}\n514-555-0{r.randint(100, 199)}\n")
        subj = 'Offre de service'
    else:
        body = (f"Hi,\n\nFollowing our meeting, here's our quote for the {r.choice(['vital signs monitors', 'electric beds', 'syringe pumps'])} "
                f"(model {r.choice(['VX-400', 'Horizon 3', 'SP-22'])}): {r.randint(80, 400)} units, training included, 5-year warranty.\n"
                f"Happy to demo on the unit {den(d + dt.timedelta(days=9))}.\n\nBest,\n{f} {l}\nAccount Manager\n{sup}\n613-555-0{r.randint(100, 199)}\n")
        subj = 'Quote follow-up'
    s = nbase('vendor', lang, w, to, subj, body, "courriel de fournisseur" if lang == 'fr' else "vendor mail", d)
    s['frm'] = (w['name'], w['a'])
    return s


def n_be_fr_admin(c, lang='fr'):
    r = c.r
    site = r.choice(['be', 'fr'])
    w = who(c, 'fr', role='mgr', site=site)
    d = ndate(c)
    if site == 'be':
        subj, b = r.choice([
            ('Séminaire inter-hospitalier', f"Le séminaire de gériatrie aura lieu le {d.strftime('%d/%m/%Y')} à Namur. Accréditation INAMI demandée. Inscription via le secrétariat."),
            ('Garde de week-end - médecins', "Le tableau des gardes du mois est disponible sur l'intranet. Les échanges doivent être signalés à la direction médicale."),
            ('Facture consultance', f"Veuillez trouver la facture n° {r.randint(2026001, 2026999)} pour la mission d'audit, montant 4 850 EUR HTVA, TVA BE0{r.randint(100000000, 999999999)}.")])
    else:
        subj, b = r.choice([
            ('Réunion GHT', f"La prochaine réunion du GHT est fixée au {d.strftime('%d/%m/%Y')} à 14h, salle du directoire. Ordre du jour en PJ du prochain envoi."),
            ('Certification HAS', "La visite de certification est programmée en mars. Merci de mettre à jour les procédures qualité de vos services."),
            ('Planning des internes', "Le planning des gardes des internes pour le semestre d'hiver est validé. Les échanges passent par la DAM.")])
    return nbase('europe_admin', 'fr', w, [dl(c, 'fr', site)], subj, f"Bonjour,\n\n{b}\n\nCordialement,\n" + sig(c, w, 'fr'),
                 "courriel administratif belge ou français" , d)


NEG_PLAN = [
    (n_hr, 8, 6), (n_schedule, 6, 4), (n_staff_roster, 3, 3), (n_newsletter, 4, 4), (n_invoice, 4, 4), (n_po, 3, 2),
    (n_conference, 4, 3), (n_committee, 5, 4), (n_job, 3, 3), (n_it, 5, 5), (n_facilities, 4, 4), (n_parking, 3, 3),
    (n_public_health, 3, 3), (n_teaching, 3, 3), (n_vendor, 3, 3), (n_stats, 3, 3), (n_quality, 3, 2), (n_blank_form, 3, 2),
    (n_colleague_disease, 2, 2), (n_lookalike, 3, 3), (n_training, 3, 3), (n_research_general, 2, 3), (n_minutes, 3, 2),
    (n_reply_admin, 4, 4), (n_fwd_admin, 1, 1), (n_fwd_inline_admin, 1, 1), (n_staff_vcard, 1, 1), (n_drug_bulletin, 2, 1),
    (n_be_fr_admin, 6, 0),
]


# ======================================================================
# section: engine
# ======================================================================
# Assemble specs into MIME messages, write, check.
import argparse, datetime as dt, email, hashlib, json, os, shutil, sys
from email import policy


TZ = {'qc': -5, 'clsc': -5, 'qcen': -5, 'on': -5, 'be': 1, 'fr': 1}


def choose_transport(r, spec):
    f = spec.get('force', {})
    has_att = bool(spec.get('atts')) or spec.get('eml') is not None
    if has_att:
        struct = 'mixed'
    else:
        struct = f.get('struct') or r.choices(['plain', 'html', 'alt'], [50, 15, 35])[0]
    cs = f.get('cs') or r.choices(['utf-8', 'iso-8859-1', 'windows-1252'], [62, 18, 20])[0]
    cte = f.get('cte') or r.choices(['quoted-printable', 'base64', '8bit'], [45, 25, 30])[0]
    ls = r.choices(['\r\n', '\n'], [40, 60])[0]
    inner_alt = struct == 'mixed' and r.random() < 0.5
    return dict(struct=struct, cs=cs, cte=cte, ls=ls, inner_alt=inner_alt)


def dt_of(r, d, site):
    h = r.randint(7, 18) if r.random() < 0.9 else r.choice([0, 2, 5, 21, 23])
    off = TZ.get(site, -5)
    # daylight time roughly April-October
    if 4 <= d.month <= 10:
        off += 1
    tz = dt.timezone(dt.timedelta(hours=off))
    return dt.datetime(d.year, d.month, d.day, h, r.randint(0, 59), r.randint(0, 59), tzinfo=tz)


def body_parts(r, spec, t):
    text = spec['body']
    lang = spec['lang']
    html = spec.get('html')
    cs, cte = t['cs'], t['cte']
    if html is not None:
        html = html.replace("charset='utf-8'", f"charset='{cs}'")
    if t['struct'] == 'plain' or (t['struct'] == 'mixed' and not t['inner_alt']):
        if t['struct'] == 'mixed' and html is not None and spec.get('html_only_in_mixed'):
            return leaf(html, 'html', cs, cte)
        return leaf(text, 'plain', cs, cte)
    h = html if html is not None else html_of(text, lang, cs)
    if t['struct'] == 'html':
        return leaf(h, 'html', cs, cte)
    cte2 = cte if r.random() < 0.6 else ('quoted-printable' if cte != 'quoted-printable' else 'base64')
    return multipart('alternative', [leaf(text, 'plain', cs, cte), leaf(h, 'html', cs, cte2)],
                     f"----=_Alt_{r.getrandbits(64):016x}")


def build(c, spec, site_of):
    r = c.r
    t = choose_transport(r, spec)
    spec['_t'] = t
    body = body_parts(r, spec, t)
    if t['struct'] == 'mixed':
        parts = [body]
        for fn, ctype, data in spec.get('atts', []):
            if ctype.startswith('text/') and r.random() < 0.5:
                m = Message()
                m['Content-Type'] = f'{ctype}; charset="utf-8"; name="{fn}"' if 'charset' not in ctype else f'{ctype}; name="{fn}"'
                m['Content-Disposition'] = f'attachment; filename="{fn}"'
                m['Content-Transfer-Encoding'] = 'quoted-printable'
                import quopri
                m.set_payload(quopri.encodestring(data).decode('ascii'))
                parts.append(m)
            else:
                parts.append(bin_part(data, ctype, fn))
        if spec.get('eml') is not None:
            inner = build_msg(c, spec['eml'])
            safe = ''.join(ch if ch.isalnum() else '_' for ch in to_charset(spec['eml']['subj'], 'iso-8859-1'))[:40]
            parts.append(rfc822_part(inner, (safe or 'message') + '.eml'))
        top = multipart('mixed', parts, f"----=_Part_{r.getrandbits(64):016x}")
    else:
        top = body
    return top, t


def set_headers(c, m, spec, t):
    r = c.r
    site = spec.get('_site', 'qc')
    dtv = dt_of(r, spec['date'], site)
    hs = [('From', addr(*spec['frm'])),
          ('To', ', '.join(addr(*x) for x in spec['to']))]
    if spec.get('cc'):
        hs.append(('Cc', ', '.join(addr(*x) for x in spec['cc'])))
    hs += [('Subject', enc_header(spec['subj'], 'utf-8' if t['cs'] == 'utf-8' else t['cs'])),
           ('Date', format_datetime(dtv)),
           ('Message-ID', c.mid(spec['frm'][1].split('@')[1])),
           ('MIME-Version', '1.0')]
    if spec.get('thread') == 'reply':
        hs.append(('In-Reply-To', c.mid(spec['to'][0][1].split('@')[1])))
    if r.random() < 0.3:
        hs.append(('X-Mailer', r.choice(['Microsoft Outlook 16.0', 'Zimbra 9.0', 'Apple Mail (2.3774)', 'Thunderbird 128.4'])))
    if r.random() < 0.15:
        hs.append(('Importance', 'High'))
    # put headers first
    body_headers = list(m.items())
    for k in list(m.keys()):
        del m[k]
    for k, v in hs + body_headers:
        m[k] = v
    return m


def build_msg(c, spec):
    site = spec.get('_site')
    if site is None:
        dom = spec['frm'][1].split('@')[1]
        site = {'eohn.example': 'on', 'chr-exemple-be.example': 'be', 'ch-exemple-fr.example': 'fr'}.get(dom, 'qc')
        spec['_site'] = site
    m, t = build(c, spec, site)
    return set_headers(c, m, spec, t)


def check_file(data):
    m = email.message_from_bytes(data, policy=policy.default)
    problems = list(m.defects)
    for k, v in m.items():
        problems += list(getattr(v, 'defects', []))
    for part in m.walk():
        problems += list(part.defects)
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith('text/'):
            s = part.get_content()
            assert isinstance(s, str)
        else:
            b = part.get_payload(decode=True)
            assert b is not None and len(b) > 0, ct
    return problems


# ======================================================================
# section: main
# ======================================================================
# Plan and driver.
import argparse, datetime as dt, hashlib, json, os, random, shutil, sys

POS_PLAN = [  # (function, n_fr, n_en)
    (p_referral, 4, 4), (p_consult_reply, 3, 3), (p_signout, 2, 3), (p_booking, 4, 3), (p_booking_ics, 1, 1),
    (p_lab, 3, 3), (p_critical, 2, 1), (p_discharge, 3, 3), (p_medrec, 3, 2), (p_homecare, 3, 2),
    (p_transport, 2, 2), (p_social, 3, 2), (p_billing, 2, 3), (p_research, 2, 2), (p_incident, 2, 2),
    (p_subject_only, 2, 2), (p_split, 2, 1), (p_fwd_att, 2, 2), (p_fwd_inline, 2, 2), (p_be, 4, 0), (p_fr, 4, 0),
    (p_ontario, 0, 4), (p_disguised, 2, 2), (p_vcard, 1, 1), (p_zip, 1, 1), (p_shared_surname, 1, 1),
    (p_roster_like, 1, 1), (p_html_chart, 1, 1), (p_mrn_only, 2, 2),
]


def plan_list(plan):
    out = []
    for fn, nf, ne in plan:
        out += [(fn, 'fr')] * nf + [(fn, 'en')] * ne
    return out


NUDGE_FR = ['Relance : je n’ai pas eu de retour, pouvez-vous confirmer svp?', 'Petit rappel svp.',
            'Je me permets de relancer.', 'Des nouvelles? Merci', 'Avez-vous bien reçu?']
NUDGE_EN = ['Following up on the below - any update?', 'Gentle reminder, thanks.', 'Bumping this up.',
            'Did you get this?', 'Any news? Thx']


BROADCAST = {'hr', 'staff_schedule', 'staff_roster', 'newsletter', 'conference_programme', 'committee_notice', 'job_posting',
             'it', 'facilities', 'parking_cafeteria', 'public_health_bulletin', 'teaching_case', 'quality_aggregate',
             'blank_form', 'colleague_disease', 'training', 'drug_bulletin', 'europe_admin', 'statistics',
             'meeting_minutes', 'admin_forward_inline', 'signout_list', 'critical_value', 'portal_result'}


def decorate(c, spec):
    """Ordinary thread noise: follow-ups quoting one's own earlier message, and Cc."""
    r = c.r
    if spec['cat'] not in BROADCAST and spec.get('thread') is None and not spec.get('atts') and spec.get('eml') is None and not spec.get('html') \
            and r.random() < 0.28:
        lang = spec['lang']
        nud = r.choice(NUDGE_FR if lang == 'fr' else NUDGE_EN)
        prev = spec['date']
        spec['date'] = prev + dt.timedelta(days=r.randint(1, 6))
        if r.random() < 0.5:
            spec['body'] = nud + '\n\n' + reply_intro(lang, spec['frm'][0], spec['frm'][1], prev, r) + '\n' + quote(spec['body'])
        else:
            to = spec['to'][0]
            spec['body'] = nud + '\n\n' + outlook_hdr(lang, spec['frm'][0], spec['frm'][1], f"{to[0]} <{to[1]}>", prev,
                                                         spec['subj'], r) + '\n\n' + spec['body']
        spec['subj'] = ('RE: ' if lang == 'fr' or r.random() < 0.6 else 'Re: ') + spec['subj']
        spec['thread'] = 'followup_quoted'
    if not spec.get('cc') and r.random() < 0.2:
        dom = spec['frm'][1].split('@')[1]
        f, l = c.staff(spec['lang'])
        spec['cc'] = [(f"{f} {l}", email_of(f, l, dom))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument('--seed', type=int, default=4242)
    a = ap.parse_args()
    r = random.Random(a.seed)
    c = Ctx(r)
    items = [(fn, lg, True) for fn, lg in plan_list(POS_PLAN)] + [(fn, lg, False) for fn, lg in plan_list(NEG_PLAN)]
    r.shuffle(items)
    for sub in ('positive', 'negative'):
        p = os.path.join(a.out, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    labels = {}
    np_, nn_ = 0, 0
    stats = {}
    files = []
    for fn, lg, pos in items:
        spec = fn(c, lg)
        decorate(c, spec)
        assert spec['conf'] == pos, (fn.__name__, spec['conf'])
        msg = build_msg(c, spec)
        t = spec['_t']
        data = serialize(msg, t['ls'])
        if pos:
            np_ += 1
            name = f"positive/p{np_:03d}_{spec['cat']}.eml"
        else:
            nn_ += 1
            name = f"negative/n{nn_:03d}_{spec['cat']}.eml"
        with open(os.path.join(a.out, name), 'wb') as fh:
            fh.write(data)
        labels[name] = {'confidential': spec['conf'], 'types': spec['types'] if pos else [], 'lang': spec['lang'],
                        'note': spec['note']}
        files.append(name)
        def inc(k):
            stats[k] = stats.get(k, 0) + 1
        inc(('pos' if pos else 'neg') + ':cat:' + spec['cat'])
        inc('lang:' + spec['lang'])
        inc(('pos' if pos else 'neg') + ':lang:' + spec['lang'])
        inc('struct:' + t['struct'] + ('+alt' if t['struct'] == 'mixed' and t['inner_alt'] else ''))
        inc('charset:' + t['cs'])
        inc('cte:' + t['cte'])
        inc('eol:' + ('CRLF' if t['ls'] == '\r\n' else 'LF'))
        inc('thread:' + (spec.get('thread') or 'none'))
        for fnm, ct, _ in spec.get('atts', []):
            inc('att:' + fnm.rsplit('.', 1)[-1])
        if spec.get('eml') is not None:
            inc('att:eml')
    with open(os.path.join(a.out, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    # ---- self-check
    bad = 0
    on_disk = sorted(os.path.join(s, f) for s in ('positive', 'negative') for f in os.listdir(os.path.join(a.out, s)))
    assert on_disk == sorted(labels), 'labels do not cover exactly the files'
    for name in on_disk:
        data = open(os.path.join(a.out, name), 'rb').read()
        probs = check_file(data)
        if probs:
            bad += 1
            print('DEFECT', name, probs[:3])
        L = labels[name]
        assert L['confidential'] == name.startswith('positive/')
        assert (len(L['types']) > 0) == L['confidential'], name
    assert bad == 0
    h = hashlib.sha256()
    for name in sorted(on_disk) + ['labels.json']:
        h.update(name.encode() + b'\0')
        h.update(open(os.path.join(a.out, name), 'rb').read())
    print(f"positives={np_} negatives={nn_} total={np_ + nn_}")
    for k in sorted(stats):
        print(f"  {k}: {stats[k]}")
    print('sha256', h.hexdigest())


if __name__ == '__main__':
    main()
