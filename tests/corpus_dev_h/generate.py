#!/usr/bin/env python3
"""Seeded, deterministic generator of a synthetic outbound-mail corpus (labelled .eml files).
Usage: python generate.py [--out DIR] [--seed 8087]"""
import json, shutil, argparse, collections
import io, os, re, zipfile, datetime, hashlib, random
import email, email.policy, email.utils
from email.message import EmailMessage
from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
TZ = datetime.timezone(datetime.timedelta(hours=-5))
FIXED_DT = datetime.datetime(2026, 11, 30, 9, 0, 0)

# ---------------------------------------------------------------- organisations
ORGS = {
    'luhc': dict(name='Lakeshore University Health Centre', dom='lakeshore-uhc.example',
                 addr='600 Harbourview Ave, Toronto ON M5V 0X0', phone='416-555-0100', prov='ON'),
    'mch': dict(name='Memphremagog Community Hospital', frname='Hôpital communautaire Memphrémagog',
                dom='mch-hcm.example', addr='50 rue Principale Ouest, Magog QC J1X 0Z0', phone='819-555-0140', prov='QC'),
    'fht': dict(name='Don Valley Family Health Team', dom='dvfht.example',
                addr='1200 Pape Ave, Suite 3, Toronto ON M4K 0A0', phone='416-555-0177', prov='ON'),
    'hcc': dict(name='Central East Home and Community Care', dom='hcc-centraleast.example',
                addr='920 Progress Ave, Scarborough ON M1G 0A0', phone='905-555-0190', prov='ON'),
    'ltc': dict(name='Maplecrest Long-Term Care Home', dom='maplecrest-ltc.example',
                addr='88 Birchmount Rd, Scarborough ON M1K 0B0', phone='416-555-0162', prov='ON'),
    'phu': dict(name='Lakeshore-Kawartha Public Health', dom='lkph.example',
                addr='185 King St, Peterborough ON K9J 0A0', phone='705-555-0123', prov='ON'),
}
EXT_DOMS = ['cisss-cantons.example', 'clinique-du-lac.example', 'danforthrx.example', 'northgate-ins.example',
            'medisupply.example', 'gmail.example', 'sympatico.example', 'uoft-research.example',
            'townships-gmf.example', 'pharmacie-orford.example', 'ontariohealth-atlas.example']

EN_FIRST_F = ['Priya', 'Megan', 'Linda', 'Rachel', 'Jennifer', 'Nadia', 'Aisha', 'Sarah', 'Heather', 'Grace',
              'Olivia', 'Tanya', 'Fiona', 'Karen', 'Deepa', 'Joanne', 'Monique', 'Leah']
EN_FIRST_M = ['Daniel', 'Wei', 'Tom', 'Kevin', 'Omar', 'Graham', 'Marco', 'Ravi', 'Stephen', 'Adrian',
              'Brendan', 'Jonah', 'Paul', 'Mark', 'Ian', 'Sanjay', 'Trevor', 'Hugh']
EN_LAST = ['Raman', 'Okafor', "O'Neill", 'Zhang', 'Goldberg', 'Kowalski', 'Mohamed', 'MacLeod', 'Tran', 'Stein',
           'Haddad', 'Walsh', 'Fraser', 'Petrov', 'Sutherland', 'Mehta', 'Abernethy', 'Costa', 'Yeung', 'Novak',
           'Lindqvist', 'Osei', 'Rahman', 'Brennan', 'Dhillon', 'Kim', 'Ferguson', 'Whitfield']
FR_FIRST_F = ['Isabelle', 'Julie', 'Nathalie', 'Véronique', 'Chantal', 'Mélanie', 'Annie', 'Catherine', 'Sophie', 'Karine']
FR_FIRST_M = ['François', 'Stéphane', 'Hugo', 'Mathieu', 'Éric', 'Sébastien', 'Jean-Philippe', 'Alain', 'Luc', 'Maxime']
FR_LAST = ['Tremblay', 'Côté', 'Lavoie', 'Dubé', 'Bergeron', 'Pépin', 'Beaulieu', 'Lemieux', 'Dion', 'Vachon',
           'Poulin', 'Fortier', 'Gosselin', 'Ménard', 'Turcotte', 'Roy', 'Gagnon', 'Simard']
PT_FIRST_F = ['Helen', 'Dorothy', 'Lucia', 'Maria', 'Eleanor', 'Tiffany', 'Rosa', 'Mei', 'Brenda', 'Fatima',
              'Irene', 'Gurpreet', 'Agnes', 'Shirley', 'Vanessa', 'Bernice', 'Latoya', 'Ewa']
PT_FIRST_M = ['Raymond', 'Stanley', 'Harold', 'Jamal', 'Winston', 'Douglas', 'Ahmed', 'Carlos', 'Terrence',
              'Victor', 'Bogdan', 'Neil', 'Rajinder', 'Edward', 'Duncan', 'Kwame', 'Lloyd', 'Arturo']
PT_LAST = ['Patel', 'Nguyen', 'Thompson', 'Kaur', 'Singh', 'Campbell', 'Murphy', 'Rossi', 'Chen', 'Li',
           'Anderson', 'Ferreira', 'Kowalczyk', 'Ahmed', 'Wright', 'Clarke', 'Hughes', 'Baptiste', 'Sousa',
           'Morrison', 'Greenberg', 'Papadopoulos', 'Mensah', 'Lindsay', 'Jaworski', 'Da Silva', 'Ramsaran']
STREETS_ON = ['Coxwell Ave', 'Danforth Rd', 'Lawrence Ave E', 'Birchmount Rd', 'Eglinton Ave E', 'Pharmacy Ave',
              'Kingston Rd', 'Midland Ave', 'Broadview Ave', 'Gerrard St E', 'Victoria Park Ave', 'Markham Rd']
STREETS_QC = ['rue des Pins', 'chemin de la Rivière', 'rue Merry Nord', 'rue Sherbrooke', 'chemin du Lac',
              'rue Saint-Patrice', 'rue Belvédère', 'chemin Vale-Perkins', 'rue Dufferin', 'route 112']
TOWNS_QC = [('Magog', 'J1X'), ('Stanstead', 'J0B'), ('North Hatley', 'J0B'), ('Sherbrooke', 'J1H'),
            ('Lennoxville', 'J1M'), ('Ayer\'s Cliff', 'J0B'), ('Knowlton', 'J0E')]
TOWNS_ON = [('Toronto', 'M4C'), ('Scarborough', 'M1L'), ('East York', 'M4J'), ('Scarborough', 'M1P'), ('Toronto', 'M4E')]


# RAMQ NAM rows: copied verbatim from the list provided to the writer (blind_nams.txt); the only NAMs used.
import os as _os

# The synthetic NAMs every blind writer was given, shared by the blind corpora in tests/blind_nams.txt.
with open(_os.path.join(_os.path.dirname(_os.path.abspath(__file__)), _os.pardir, "blind_nams.txt"),
          encoding="utf-8") as _nams:
    NAMS_TXT = _nams.read()


def load_nams():
    rows = []
    for line in NAMS_TXT.splitlines():
        if line.startswith('#') or not line.strip():
            continue
        s, g, d, sex, nam = line.split()
        rows.append(dict(last=s, first=g, dob=d, sex=sex, nam=nam))
    return rows


class Ctx:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.nams = load_nams()
        self.nam_pool = list(self.nams)
        self.r.shuffle(self.nam_pool)
        self.used_pt = set()

    # ---------- people
    def staff(self, lang='en', sex=None):
        r = self.r
        sex = sex or r.choice('FM')
        if lang == 'fr':
            first = r.choice(FR_FIRST_F if sex == 'F' else FR_FIRST_M); last = r.choice(FR_LAST)
        else:
            first = r.choice(EN_FIRST_F if sex == 'F' else EN_FIRST_M); last = r.choice(EN_LAST)
        return dict(first=first, last=last, sex=sex, full=f'{first} {last}')

    def qc_patient(self, adult=True):
        if not self.nam_pool:
            self.nam_pool = list(self.nams); self.r.shuffle(self.nam_pool)
        pick = len(self.nam_pool) - 1
        if adult:
            for i in range(len(self.nam_pool) - 1, -1, -1):
                if int(self.nam_pool[i]['dob'][:4]) <= 2007:
                    pick = i; break
        p = dict(self.nam_pool.pop(pick))
        self._finish(p, 'QC')
        p['nam_fmt'] = fmt_nam(p['nam'], self.r.choice(['plain', 'plain', 'space', 'space']))
        return p

    def on_patient(self, sex=None, age_range=(22, 94)):
        r = self.r
        while True:
            sex = sex or r.choice('FM')
            first = r.choice(PT_FIRST_F if sex == 'F' else PT_FIRST_M); last = r.choice(PT_LAST)
            if (first, last) not in self.used_pt:
                self.used_pt.add((first, last)); break
        age = r.randint(*age_range)
        dob = datetime.date(2026 - age, r.randint(1, 12), r.randint(1, 28))
        p = dict(first=first, last=last, sex=sex, dob=dob.isoformat())
        self._finish(p, 'ON')
        p['ohip'] = ohip(r)
        p['vc'] = r.choice(['AB', 'KL', 'TX', 'MR', 'HZ', 'PC', 'EW'])
        return p

    def _finish(self, p, prov):
        r = self.r
        d = datetime.date.fromisoformat(p['dob'])
        p['age'] = 2026 - d.year - ((12, 1) < (d.month, d.day))
        p['full'] = f"{p['first']} {p['last']}"
        p['he'], p['his'], p['him'] = ('she', 'her', 'her') if p['sex'] == 'F' else ('he', 'his', 'him')
        p['il'] = 'elle' if p['sex'] == 'F' else 'il'
        p['mme'] = 'Mme' if p['sex'] == 'F' else 'M.'
        p['mr'] = r.choice(['Mrs.', 'Ms.', 'Ms']) if p['sex'] == 'F' else r.choice(['Mr.', 'Mr'])
        p['sx'] = p['sex']
        p['mrn'] = mrn(r)
        p['phone'] = phone(r, '819' if prov == 'QC' else r.choice(['416', '647', '437']))
        if prov == 'QC':
            t, pc = r.choice(TOWNS_QC)
            p['addr'] = f"{r.randint(12, 2990)} {r.choice(STREETS_QC)}, {t} QC {pc} {r.randint(1,9)}{r.choice('ABCEGHJ')}{r.randint(1,9)}"
        else:
            t, pc = r.choice(TOWNS_ON)
            p['addr'] = f"{r.randint(12, 2990)} {r.choice(STREETS_ON)}{r.choice(['', ', Apt ' + str(r.randint(101, 1809))])}, {t} ON {pc} {r.randint(1,9)}{r.choice('ABCEGHJ')}{r.randint(1,9)}"
        p['dob_us'] = d.strftime('%m/%d/%Y'); p['dob_dmy'] = d.strftime('%d/%m/%Y')
        p['dob_long'] = d.strftime('%b %d, %Y').replace(' 0', ' ')
        p['dob_fr'] = f"{d.day} {MOIS[d.month-1]} {d.year}"


MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']


def fmt_nam(nam, style):
    if style == 'space':
        return f'{nam[:4]} {nam[4:8]} {nam[8:]}'
    if style == 'dash':
        return f'{nam[:4]}-{nam[4:8]}-{nam[8:]}'
    if style == 'dot':
        return '.'.join([nam[:4], nam[4:8], nam[8:]])
    if style == 'lower':
        return nam.lower()
    if style == 'full':
        return fullwidth(nam)
    return nam


def fullwidth(s):
    return ''.join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in s)


def ohip(r):
    while True:
        base = str(r.randint(1, 9)) + ''.join(str(r.randint(0, 9)) for _ in range(8))
        n = base + luhn.calc_check_digit(base)
        if luhn.is_valid(n):
            return n


def fmt_ohip(n, style='dash'):
    if style == 'dash':
        return f'{n[:4]}-{n[4:7]}-{n[7:]}'
    if style == 'space':
        return f'{n[:4]} {n[4:7]} {n[7:]}'
    return n


def sin(r):
    while True:
        base = str(r.choice([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(r.randint(0, 9)) for _ in range(7))
        n = base + luhn.calc_check_digit(base)
        if ca_sin.is_valid(n):
            return n


def niss(r, dob, sex):
    d = datetime.date.fromisoformat(dob)
    ser = r.randint(1, 997)
    if (ser % 2 == 1) != (sex == 'M'):
        ser += 1
    first9 = d.strftime('%y%m%d') + f'{ser:03d}'
    num = int(('2' if d.year >= 2000 else '') + first9)
    n = first9 + f'{97 - num % 97:02d}'
    assert be_nn.is_valid(n), n
    return n


def nir(r, dob, sex):
    d = datetime.date.fromisoformat(dob)
    body = ('2' if sex == 'F' else '1') + d.strftime('%y%m') + f'{r.randint(1, 95):02d}' + f'{r.randint(1, 990):03d}' + f'{r.randint(1, 999):03d}'
    n = body + f'{97 - int(body) % 97:02d}'
    assert fr_nir.is_valid(n), n
    return n


def mrn(r):
    style = r.choice(['7', '8', 'LU', 'M', 'H', 'dash'])
    if style == '7':
        return str(r.randint(1000000, 9999999))
    if style == '8':
        return '00' + str(r.randint(100000, 999999))
    if style == 'LU':
        return 'LU' + str(r.randint(1000000, 9999999))
    if style == 'M':
        return 'M' + str(r.randint(100000, 999999))
    if style == 'H':
        return 'H' + str(r.randint(1000000, 9999999))
    return f'{r.randint(10,99)}-{r.randint(100,999)}-{r.randint(100,999)}'


def phone(r, area='416'):
    return f'{area}-555-{r.randint(100, 199):04d}'


def luhn_number(r, length):
    base = str(r.randint(1, 9)) + ''.join(str(r.randint(0, 9)) for _ in range(length - 2))
    return base + luhn.calc_check_digit(base)


# ---------------------------------------------------------------- attachments
def pdf_bytes(title, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setAuthor('')
    y = 750
    c.setFont('Helvetica-Bold', 13)
    c.drawString(60, y, title)
    c.setFont('Helvetica', 10)
    y -= 26
    for ln in lines:
        if y < 60:
            c.showPage(); c.setFont('Helvetica', 10); y = 750
        c.drawString(60, y, ln)
        y -= 14
    c.save()
    return buf.getvalue()


def _normalize_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
    for info in zin.infolist():
        b = zin.read(info.filename)
        if info.filename == 'docProps/core.xml':
            b = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*', rb'\g<1>2026-11-30T09:00:00Z', b)
        zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 30, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, b)
    zout.close()
    return out.getvalue()


def docx_bytes(title, paras, table=None):
    import docx
    d = docx.Document()
    d.core_properties.created = FIXED_DT
    d.core_properties.modified = FIXED_DT
    d.core_properties.author = ''
    d.core_properties.last_modified_by = ''
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
    buf = io.BytesIO()
    d.save(buf)
    return _normalize_zip(buf.getvalue())


def xlsx_bytes(sheets):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.creator = ''
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        for row in rows:
            ws.append(list(row))
    buf = io.BytesIO()
    wb.save(buf)
    return _normalize_zip(buf.getvalue())


def zip_bytes(files):
    out = io.BytesIO()
    z = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
    for name, data in files:
        zi = zipfile.ZipInfo(name, date_time=(2026, 11, 30, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        z.writestr(zi, data if isinstance(data, bytes) else data.encode('utf-8'))
    z.close()
    return out.getvalue()


def ics_text(uid, summary, start, minutes, location, organizer, attendees, description=''):
    def esc(s):
        return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    end = start + datetime.timedelta(minutes=minutes)
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Lakeshore Calendar//EN', 'VERSION:2.0', 'METHOD:REQUEST', 'BEGIN:VEVENT',
             f'UID:{uid}', 'DTSTAMP:20261130T140000Z',
             f'DTSTART;TZID=America/Toronto:{start:%Y%m%dT%H%M%S}', f'DTEND;TZID=America/Toronto:{end:%Y%m%dT%H%M%S}',
             f'SUMMARY:{esc(summary)}', f'LOCATION:{esc(location)}', f'ORGANIZER:mailto:{organizer}']
    for a in attendees:
        lines.append(f'ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a}')
    if description:
        lines.append(f'DESCRIPTION:{esc(description)}')
    lines += ['END:VEVENT', 'END:VCALENDAR']
    out = []
    for ln in lines:  # fold at 73 octets-ish
        while len(ln) > 73:
            out.append(ln[:73]); ln = ' ' + ln[73:]
        out.append(ln)
    return '\r\n'.join(out) + '\r\n'


def vcf_text(first, last, tel=None, adr=None, email_=None, org=None, title=None, note=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', f'N:{last};{first};;;', f'FN:{first} {last}']
    if org: lines.append(f'ORG:{org}')
    if title: lines.append(f'TITLE:{title}')
    if tel: lines.append(f'TEL;TYPE=CELL:{tel}')
    if email_: lines.append(f'EMAIL;TYPE=WORK:{email_}')
    if adr:
        a2 = adr.replace(',', '\\,'); lines.append('ADR;TYPE=HOME:;;' + a2 + ';;;;')
    if note:
        n2 = note.replace(',', '\\,'); lines.append('NOTE:' + n2)
    lines.append('END:VCARD')
    return '\r\n'.join(lines) + '\r\n'


# ---------------------------------------------------------------- MIME
def addr(name, a):
    return email.utils.formataddr((name, a)) if name else a


def encodable(text, cs):
    try:
        text.encode(cs); return True
    except UnicodeEncodeError:
        return False


def build(ctx, m, idx, date):
    """m: dict(frm, to, cc, subj, body, html, atts, mode, charset, cte, crlf, reply_to_id)"""
    r = ctx.r
    msg = EmailMessage()
    msg['From'] = m['frm']
    msg['To'] = m['to']
    if m.get('cc'):
        msg['Cc'] = m['cc']
    msg['Subject'] = m['subj']
    msg['Date'] = email.utils.format_datetime(date)
    dom = m['frm'].split('@')[-1].rstrip('>')
    key = f'{idx}-' + m['subj']
    msg['Message-ID'] = f'<{hashlib.sha1(key.encode()).hexdigest()[:20]}.{idx}@{dom}>'
    if m.get('irt'):
        msg['In-Reply-To'] = m['irt']; msg['References'] = m['irt']
    msg['MIME-Version'] = '1.0'
    if r.random() < 0.3:
        msg['X-Mailer'] = r.choice(['Microsoft Outlook 16.0', 'Apple Mail (2.3774)', 'Thunderbird 128.4',
                                    'Zimbra 10.0', 'Microsoft Outlook for iOS'])
    body = m.get('body', '')
    html = m.get('html')
    atts = m.get('atts', [])
    mode = m.get('mode') or r.choice(['plain', 'plain', 'alt', 'html'] if not atts else ['plain', 'alt'])
    if mode == 'html' and not html:
        html = text_to_html(body)
    if mode == 'alt' and not html:
        html = text_to_html(body)
    cs = m.get('charset') or r.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
    cte = m.get('cte') or r.choice(['quoted-printable', 'base64', '8bit', 'quoted-printable'])
    texts = [t for t in (body if mode != 'html' else None, html) if t]
    if not all(encodable(t, cs) for t in texts):
        cs = 'windows-1252' if all(encodable(t, 'windows-1252') for t in texts) else 'utf-8'
    if mode == 'html':
        msg.set_content(html, subtype='html', charset=cs, cte=cte)
    else:
        msg.set_content(body, charset=cs, cte=cte)
        if mode == 'alt':
            msg.add_alternative(html, subtype='html', charset=cs, cte=cte)
    for kind, fname, data in atts:
        if kind == 'pdf':
            msg.add_attachment(data, maintype='application', subtype='pdf', filename=fname)
        elif kind == 'docx':
            msg.add_attachment(data, maintype='application',
                               subtype='vnd.openxmlformats-officedocument.wordprocessingml.document', filename=fname)
        elif kind == 'xlsx':
            msg.add_attachment(data, maintype='application',
                               subtype='vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename=fname)
        elif kind == 'zip':
            msg.add_attachment(data, maintype='application', subtype='zip', filename=fname)
        elif kind == 'csv':
            msg.add_attachment(data, subtype='csv', charset='utf-8', filename=fname,
                               cte=r.choice(['base64', 'quoted-printable']))
        elif kind == 'txt':
            msg.add_attachment(data, subtype='plain', charset='utf-8', filename=fname, cte='quoted-printable')
        elif kind == 'ics':
            msg.add_attachment(data.encode('utf-8'), maintype='text', subtype='calendar', filename=fname,
                               params={'method': 'REQUEST'}, cte='base64')
        elif kind == 'vcf':
            msg.add_attachment(data.encode('utf-8'), maintype='text', subtype='vcard', filename=fname, cte='base64')
        elif kind == 'eml':
            msg.add_attachment(data, filename=fname)
        else:
            raise ValueError(kind)
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary(f'----=_Part_{idx}_{n}_{hashlib.md5(f"{idx}{n}".encode()).hexdigest()[:12]}')
    crlf = m.get('crlf')
    if crlf is None:
        crlf = r.random() < 0.4
    pol = email.policy.SMTP if crlf else email.policy.default
    return msg.as_bytes(policy=pol), dict(mode=mode, charset=cs, cte=cte, crlf=crlf, atts=[a[0] for a in atts])


def inner_eml(frm, to, subj, body, date, idx):
    m = EmailMessage()
    m['From'] = frm; m['To'] = to; m['Subject'] = subj
    m['Date'] = email.utils.format_datetime(date)
    m['Message-ID'] = f'<inner.{idx}.{hashlib.sha1(subj.encode()).hexdigest()[:10]}@{frm.split("@")[-1].rstrip(">")}>'
    m.set_content(body, charset='utf-8', cte='quoted-printable')
    return m


def text_to_html(text):
    import html as H
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html"></head>',
           '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    for para in text.split('\n\n'):
        lines = [H.escape(l) for l in para.split('\n')]
        if all(l.startswith('&gt;') for l in lines if l):
            out.append('<blockquote style="border-left:2px solid #ccc;padding-left:6px">' +
                       '<br>\n'.join(l[4:].lstrip() for l in lines) + '</blockquote>')
        else:
            out.append('<p>' + '<br>\n'.join(lines) + '</p>')
    out.append('</body></html>')
    return '\n'.join(out)


def quote(text):
    return '\n'.join('> ' + l if l else '>' for l in text.split('\n'))


def check_file(path):
    with open(path, 'rb') as f:
        b = f.read()
    msg = email.message_from_bytes(b, policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f'defects {part.defects}')
        for k, v in part.items():
            if getattr(v, 'defects', None):
                problems.append(f'header {k} defects {v.defects}')
        if not part.is_multipart() and part.get_content_type() != 'message/rfc822':
            try:
                part.get_content()
            except Exception as e:  # noqa
                problems.append(f'decode {part.get_content_type()} {e}')
    return problems


# ================================================================ positives (confidential)
import datetime

DISC_EN = ['CONFIDENTIALITY NOTICE: This e-mail may contain privileged information intended only for the addressee. If you received it in error, notify the sender and delete it.',
           'This message is intended only for the named recipient. Unauthorized use or disclosure is prohibited.',
           '']
DISC_FR = ["AVIS DE CONFIDENTIALITÉ : ce courriel peut contenir des renseignements confidentiels. Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.",
           '']


def em(p, org):
    return f"{p['first'][0].lower()}{p['last'].lower().replace(' ', '').replace(chr(39), '')}@{ORGS[org]['dom']}".replace('é', 'e').replace('ô', 'o').replace('è', 'e').replace('ç', 'c')


def sig(c, p, org, role, lang='en'):
    o = ORGS[org]
    name = o.get('frname', o['name']) if lang == 'fr' else o['name']
    r = c.r
    style = r.randint(0, 3)
    if style == 0:
        return f"--\n{p['first']}"
    s = f"--\n{p['full']}{', ' + role if role else ''}\n{name}\n{o['addr']}\nT {o['phone']} ext {r.randint(2000, 7999)}"
    if style == 3:
        s += '\n\n' + r.choice(DISC_FR if lang == 'fr' else DISC_EN)
    if style == 2:
        s += '\nSent from my iPhone' if lang == 'en' else '\nEnvoyé de mon iPhone'
    return s.rstrip()


def ext_addr(c, p, dom):
    return addr(p['full'], f"{p['first'].lower()}.{p['last'].lower().replace(chr(39), '')}@{dom}".replace('é', 'e').replace('ô', 'o'))


def dt(c, days=(1, 30)):
    return datetime.date(2026, 12, 1) + datetime.timedelta(days=c.r.randint(*days))


DX_EN = [('CHF exacerbation', 'furosemide 40 mg PO BID'), ('COPD exacerbation', 'prednisone 40 mg x5d'),
         ('new onset AF', 'apixaban 5 mg BID'), ('T2DM, A1c 9.8%', 'metformin 1000 mg BID'),
         ('cellulitis L leg', 'cephalexin 500 mg QID'), ('NSTEMI', 'ticagrelor 90 mg BID'),
         ('pyelonephritis', 'ceftriaxone 1 g IV daily'), ('major depressive disorder', 'sertraline 100 mg daily'),
         ('alcohol use disorder, withdrawal', 'CIWA protocol, thiamine 100 mg'), ('hip fracture post ORIF', 'hydromorphone 1 mg q4h PRN'),
         ('DVT R leg', 'rivaroxaban 15 mg BID'), ('pneumonia RLL', 'ceftriaxone + azithro'),
         ('Parkinson disease, falls', 'carbidopa/levodopa 100/25 TID'), ('breast ca, on chemo', 'ondansetron 8 mg PRN'),
         ('CKD stage 4', 'calcitriol 0.25 mcg daily'), ('suspected Crohn flare', 'budesonide 9 mg daily')]
DX_FR = [('MPOC exacerbée', 'prednisone 40 mg x 5 j'), ('insuffisance cardiaque', 'furosémide 40 mg BID'),
         ('diabète type 2 mal contrôlé', 'metformine 1000 mg BID'), ('fibrillation auriculaire', 'apixaban 5 mg BID'),
         ('cellulite jambe G', 'céphalexine 500 mg QID'), ('dépression majeure', 'sertraline 100 mg DIE'),
         ('fracture de hanche', 'hydromorphone 1 mg q4h PRN'), ('pneumonie LID', 'ceftriaxone 1 g IV DIE'),
         ('TVP MID', 'rivaroxaban 15 mg BID'), ('démence modérée, errance', 'donépézil 10 mg DIE')]


def p_referral_en(c):
    r = c.r; p = c.on_patient(); doc = c.staff(); spec = c.staff()
    dx, med = r.choice(DX_EN)
    svc = r.choice(['Cardiology', 'Respirology', 'Endocrinology', 'GI', 'Geriatrics', 'Nephrology'])
    body = (f"Hi Dr. {spec['last']},\n\nReferral for {p['full']}, DOB {p['dob_long']}, OHIP {fmt_ohip(p['ohip'], r.choice(['dash','space','plain']))} {p['vc']}.\n"
            f"{p['age']}{p['sx']} with {dx}. Current meds: {med}, ramipril 5 mg daily.\n"
            f"Reason for referral: please assess and advise re management. {p['he'].capitalize()} prefers morning appointments; best contact {p['phone']}.\n\n"
            f"Recent labs attached to the eReferral in Ocean (ref {r.randint(100000, 999999)}).\n\nThanks,\n" + sig(c, doc, 'fht', 'MD CCFP'))
    return dict(cat='referral', lang='en', types=['patient_name', 'date_of_birth', 'ca_health_number', 'diagnosis', 'medication', 'patient_contact'],
                note='FHT referral to specialist with patient name, DOB, health number, diagnosis and meds',
                frm=addr(f"Dr. {doc['full']}", em(doc, 'fht')), to=addr(f"{svc} Intake", f"{svc.lower()}.referrals@lakeshore-uhc.example"),
                subj=r.choice([f"Referral - {p['last']}, {p['first']}", f"New referral {svc}", f"Referral: {p['full']} ({dx.split(',')[0]})"]),
                body=body)


def p_referral_fr(c):
    r = c.r; p = c.qc_patient(); doc = c.staff('fr')
    dx, med = r.choice(DX_FR)
    body = (f"Bonjour,\n\nDemande de consultation en {r.choice(['médecine interne', 'cardiologie', 'gériatrie', 'pneumologie'])} pour {p['mme']} {p['last']} {p['first']}, "
            f"né{'e' if p['sex']=='F' else ''} le {p['dob_fr']}, NAM {p['nam_fmt']}.\n\nMotif : {dx}. Médication actuelle : {med}.\n"
            f"Priorité : {r.choice(['B (10 jours)', 'C (28 jours)', 'urgente'])}.\nTél. : {p['phone']}\n\nMerci de me tenir au courant.\n\n" + sig(c, doc, 'mch', 'MD', 'fr'))
    return dict(cat='referral', lang='fr', types=['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis', 'medication', 'patient_contact'],
                note='French consult request with patient name, DOB, NAM, diagnosis and medication',
                frm=addr(f"Dr {doc['full']}", em(doc, 'mch')), to=addr('Centre de répartition des demandes', 'crds@cisss-cantons.example'),
                subj=f"Demande de consultation - {p['last']} {p['first']}", body=body)


def p_consult_reply_en(c):
    r = c.r; p = c.on_patient(); doc = c.staff(); gp = c.staff()
    dx, med = r.choice(DX_EN)
    body = (f"Dear Dr. {gp['last']},\n\nThank you for referring {p['mr']} {p['last']} (MRN {p['mrn']}), seen today in clinic.\n\n"
            f"Impression: {dx}. {r.choice(['Bloodwork reviewed.', 'Exam otherwise unremarkable.', 'Vitals stable in clinic.'])}\nPlan:\n- start {med}\n- BMP in 1 week\n- follow-up in {r.choice([4, 6, 8])} weeks\n\n"
            f"{p['he'].capitalize()} was counselled re salt and fluid restriction.\n\nRegards,\n" + sig(c, doc, 'luhc', 'MD FRCPC'))
    return dict(cat='consult_reply', lang='en', types=['patient_name', 'mrn', 'diagnosis', 'medication'],
                note='Consult letter naming the patient with MRN, diagnosis and plan',
                frm=addr(f"{doc['full']}", em(doc, 'luhc')), to=addr(f"Dr. {gp['full']}", em(gp, 'fht')),
                subj=r.choice(['Consult note', f"RE: referral {p['last']}", 'Clinic letter']), body=body)


def _signout_lines(c, n, lang='en'):
    r = c.r; lines = []; pts = []
    for i in range(n):
        p = c.on_patient() if lang == 'en' else c.qc_patient()
        pts.append(p)
        dx, med = r.choice(DX_EN if lang == 'en' else DX_FR)
        room = f"{r.choice(['5W', '6E', '7N', '4B'])}-{r.randint(1, 30):02d}"
        style = r.randint(0, 2)
        if lang == 'fr':
            lines.append(f"Ch. {room} {p['last'].upper()} {p['first']} {p['age']}{p['sx']} - {dx} - {r.choice(['suivre K+', 'FSC demain AM', 'NPO minuit', 'congé prévu', 'aviser si T > 38.5'])}")
        elif style == 0:
            lines.append(f"{room}  {p['last'].upper()}, {p['first']}  {p['age']}{p['sx']}  {dx}; {r.choice(['f/u K am', 'NPO mn for scope', 'd/c tmrw if stable', 'watch UO', 'DNR'])}")
        elif style == 1:
            lines.append(f"- {p['first']} in {room}: {dx}, on {med}. {r.choice(['Family aware.', 'Needs PT eval.', 'Repeat trop at 0200.', 'Hold am dose if SBP<100.'])}")
        else:
            lines.append(f"{room} | {p['last']} | MRN {p['mrn']} | {dx} | {r.choice(['full code', 'DNR', 'stable', 'watcher'])}")
    return lines, pts


def p_signout_en(c):
    r = c.r; doc = c.staff(); to = c.staff()
    lines, _ = _signout_lines(c, r.randint(4, 7))
    body = (f"{to['first']} - handover for tonight, GIM team {r.choice('ABCD')}\n\n" + '\n'.join(lines) +
            f"\n\nNo pending consults. Pager {r.randint(2000, 2999)}.\n" + sig(c, doc, 'luhc', r.choice(['PGY2', 'PGY3', 'R1', ''])))
    return dict(cat='signout_list', lang='en', types=['patient_name', 'diagnosis', 'medication'],
                note='Handover list with patient names, rooms, diagnoses and plans',
                frm=addr(doc['full'], em(doc, 'luhc')), to=addr(to['full'], em(to, 'luhc')),
                subj=r.choice(['signout', 'Handover GIM', 'tonight', 'sign-out list']), body=body)


def p_signout_fr(c):
    r = c.r; doc = c.staff('fr'); to = c.staff('fr')
    lines, _ = _signout_lines(c, r.randint(3, 6), 'fr')
    body = (f"Salut {to['first']},\n\nListe pour la garde de ce soir :\n\n" + '\n'.join(lines) + "\n\nBonne garde!\n" + sig(c, doc, 'mch', 'MD', 'fr'))
    return dict(cat='signout_list', lang='fr', types=['patient_name', 'diagnosis'],
                note='French handover list with names, rooms and diagnoses',
                frm=addr(doc['full'], em(doc, 'mch')), to=addr(to['full'], em(to, 'mch')),
                subj=r.choice(['Liste de garde', 'garde ce soir', 'Tournée - passation']), body=body)


def p_booking_en(c):
    r = c.r; p = c.on_patient(); clerk = c.staff(sex='F')
    proc = r.choice(['colonoscopy', 'CT abdo/pelvis with contrast', 'MRI L-spine', 'echo', 'bronchoscopy', 'Holter'])
    d = dt(c)
    body = (f"Hi,\n\nCan you rebook {p['last']}, {p['first']} (DOB {p['dob_us']}) for {proc}? Pt called, can't make {d:%b %d}. "
            f"{r.choice(['She', 'He'] if False else [p['he'].capitalize()])} says any Tuesday works. Cell {p['phone']}.\n"
            f"{'Needs bowel prep instructions resent.' if proc == 'colonoscopy' else 'Has claustrophobia, may need lorazepam.'}\n\nThx\n" + sig(c, clerk, 'luhc', 'Booking Clerk'))
    return dict(cat='booking', lang='en', types=['patient_name', 'date_of_birth', 'patient_contact'],
                note='Rebooking request with patient name, DOB, phone and procedure',
                frm=addr(clerk['full'], em(clerk, 'luhc')), to=addr('Endoscopy Booking', 'endo.booking@lakeshore-uhc.example'),
                subj=r.choice(['rebook pls', f'Reschedule {proc}', f"rebook - {p['last']}"]), body=body)


def p_booking_fr(c):
    r = c.r; p = c.qc_patient(); clerk = c.staff('fr', 'F')
    d = dt(c)
    body = (f"Bonjour,\n\n{p['mme']} {p['last']} ({p['nam_fmt']}) doit être vu{'e' if p['sex']=='F' else ''} en {r.choice(['orthopédie', 'ORL', 'ophtalmologie', 'clinique de plaies'])} "
            f"le {d.day} {['décembre','janvier'][d.month == 1]} à {r.choice(['8 h 30', '10 h', '13 h 15'])}. {p['il'].capitalize()} n'a pas de transport, "
            f"pouvez-vous l'appeler au {p['phone']} pour confirmer?\n\nMerci\n" + sig(c, clerk, 'mch', 'agente administrative', 'fr'))
    return dict(cat='booking', lang='fr', types=['patient_name', 'ramq_nam', 'patient_contact'],
                note='French appointment confirmation with patient name, NAM and phone',
                frm=addr(clerk['full'], em(clerk, 'mch')), to=addr('Rendez-vous', 'rdv@townships-gmf.example'),
                subj=r.choice(['Rendez-vous à confirmer', 'RDV', f"rdv {p['last']}"]), body=body)


def p_critical_lab_en(c):
    r = c.r; p = c.on_patient(); lab = c.staff(); md = c.staff()
    test, val = r.choice([('K+', f"{r.choice([6.4, 6.8, 7.1, 2.4])} mmol/L"), ('Hgb', f"{r.randint(51, 64)} g/L"),
                          ('troponin hs', f"{r.randint(280, 2400)} ng/L"), ('INR', f"{r.choice([5.8, 7.2, 9.1])}"),
                          ('Na', f"{r.randint(112, 119)} mmol/L"), ('lactate', f"{r.choice([4.8, 6.2])} mmol/L")])
    style = r.randint(0, 1)
    if style:
        body = (f"Critical value called to floor 1423h.\nPt: {p['first']}, room {r.randint(400, 799)}\nMRN {p['mrn']}\n{test} {val}\n"
                f"Read back by RN {c.staff()['first']}. Dr {md['last']} not answering pager - pls follow up.\n\n" + sig(c, lab, 'luhc', 'MLT'))
    else:
        body = (f"Dr. {md['last']},\n\n{test} on {p['last'].upper()}, {p['first']} ({p['mrn']}) came back {val}. Repeat sent. "
                f"{p['he'].capitalize()} is on {r.choice(['ramipril + spironolactone', 'warfarin', 'hydrochlorothiazide', 'no relevant meds'])}.\n\n" + sig(c, lab, 'luhc', 'MLT'))
    return dict(cat='critical_value', lang='en', types=['patient_name', 'mrn', 'lab_result'] + (['medication'] if not style else []),
                note='Critical lab value with patient name and MRN',
                frm=addr(lab['full'], em(lab, 'luhc')), to=addr(f"Dr. {md['full']}", em(md, 'luhc')),
                subj=r.choice(['CRITICAL VALUE', f'critical {test}', 'Lab critical - pls ack']), body=body)


def p_discharge_pdf_en(c):
    r = c.r; p = c.on_patient(); md = c.staff(); gp = c.staff()
    dx, med = r.choice(DX_EN)
    lines = [f'Patient: {p["last"].upper()}, {p["first"]}    MRN: {p["mrn"]}', f'DOB: {p["dob"]}   Sex: {p["sx"]}',
             f'Health card: {fmt_ohip(p["ohip"])} {p["vc"]}', f'Admitted: 2026-11-{r.randint(2, 20):02d}   Discharged: 2026-11-{r.randint(21, 28)}',
             '', f'Most responsible diagnosis: {dx}', 'Course in hospital: uneventful after day 2. Mobilizing with walker.',
             f'Discharge medications: {med}; pantoprazole 40 mg daily; acetaminophen 1 g QID PRN', '',
             f'Follow-up: family physician Dr. {gp["last"]} within 7 days; bloodwork in 1 week.', '', f'Dictated by Dr. {md["full"]}']
    pdf = pdf_bytes('DISCHARGE SUMMARY - Lakeshore University Health Centre', lines)
    body = r.choice(['Please see attached discharge summary.', 'Discharge summary attached for your records.\n\nHealth Records',
                     f"Hi Dr. {gp['last']}, d/c summary attached as discussed."]) + '\n\n' + sig(c, md, 'luhc', 'MD')
    return dict(cat='discharge_summary', lang='en', types=['patient_name', 'mrn', 'date_of_birth', 'ca_health_number', 'diagnosis', 'medication'],
                note='Discharge summary PDF attached with patient identifiers, diagnosis and medications',
                frm=addr(md['full'], em(md, 'luhc')), to=addr(f"Dr. {gp['full']}", em(gp, 'fht')),
                subj=r.choice(['Discharge summary', 'D/C summary', 'Discharge summary - your patient']), body=body,
                atts=[('pdf', f"DS_{p['last']}_{r.randint(1000, 9999)}.pdf", pdf)])


def p_medrec_en(c):
    r = c.r; p = c.on_patient(age_range=(55, 92)); ph = c.staff()
    meds = r.sample(['metoprolol 25 mg BID', 'apixaban 5 mg BID', 'atorvastatin 40 mg HS', 'furosemide 40 mg daily',
                     'insulin glargine 22 u HS', 'gabapentin 300 mg TID', 'levothyroxine 88 mcg', 'tamsulosin 0.4 mg HS',
                     'quetiapine 25 mg HS', 'oxycodone 5 mg q6h PRN'], 5)
    body = (f"Hello,\n\nMed rec for {p['full']} (DOB {p['dob']}), discharged from 6E today. Changes vs your profile:\n\n"
            + '\n'.join(f"{'NEW' if i == 0 else 'STOP' if i == 1 else 'CONT'}: {m}" for i, m in enumerate(meds)) +
            f"\n\nPlease update blister pack. Pt's daughter will pick up. Call me at ext {r.randint(3000, 3999)} with questions.\n\n" + sig(c, ph, 'luhc', 'RPh'))
    return dict(cat='med_reconciliation', lang='en', types=['patient_name', 'date_of_birth', 'medication'],
                note='Medication reconciliation sent to community pharmacy with patient name, DOB and med list',
                frm=addr(ph['full'], em(ph, 'luhc')), to=addr('Danforth Pharmacy', 'rx@danforthrx.example'),
                subj=r.choice(['Med rec - discharge', 'Discharge med changes', 'blister pack update']), body=body)


def p_homecare_en(c):
    r = c.r; p = c.on_patient(age_range=(60, 95)); cc = c.staff(sex='F')
    need = r.choice(['wound care (stage 3 sacral ulcer), dressing q2d', 'IV antibiotics via PICC, ertapenem 1 g daily x 10 d',
                     'post-op hip - PT/OT home safety', 'palliative - pain and symptom mgmt, on hydromorphone SC',
                     'insulin teaching, new dx T2DM'])
    body = (f"New referral - please accept for nursing.\n\nClient: {p['last']}, {p['first']}\nAddress: {p['addr']}\nPhone: {p['phone']}\n"
            f"Health #: {fmt_ohip(p['ohip'], 'space')}-{p['vc']}\nNeeds: {need}\nStart: {dt(c, (1, 5)):%a %b %d}\n"
            f"Notes: {r.choice(['lives alone, dog in home', 'key in lockbox, code given by phone', 'son is SDM, speaks Tagalog', 'buzz 1204'])}\n\n" + sig(c, cc, 'hcc', 'RN, Care Coordinator'))
    return dict(cat='homecare_request', lang='en', types=['patient_name', 'patient_contact', 'ca_health_number', 'diagnosis'],
                note='Home care referral with client name, address, phone, health number and care needs',
                frm=addr(cc['full'], em(cc, 'hcc')), to=addr('Intake - Nursing Partners', 'intake@carepartners-nursing.example'),
                subj=r.choice(['New referral', 'Service request - nursing', f"referral {p['last']}"]), body=body)


def p_transport_fr(c):
    r = c.r; p = c.qc_patient(); s = c.staff('fr', 'F')
    body = (f"Bonjour,\n\nTransport adapté requis :\n\nUsager : {p['last']}, {p['first']}\nNAM : {p['nam_fmt']}\nAdresse : {p['addr']}\nTél. : {p['phone']}\n"
            f"Rendez-vous : hémodialyse, {r.choice(['lundi-mercredi-vendredi', 'mardi-jeudi-samedi'])} 7 h 00, HCM 2e étage\n"
            f"Fauteuil roulant, {r.choice(['oxygène 2 L', 'accompagnateur', 'aucun besoin particulier'])}.\n\nMerci!\n" + sig(c, s, 'mch', 'travailleuse sociale', 'fr'))
    return dict(cat='transport_request', lang='fr', types=['patient_name', 'ramq_nam', 'patient_contact', 'diagnosis'],
                note='French transport request with patient name, NAM, home address and dialysis schedule',
                frm=addr(s['full'], em(s, 'mch')), to=addr('Transport adapté Memphrémagog', 'reservation@transport-adapte.example'),
                subj='Demande de transport adapté', body=body)


def p_socialwork_en(c):
    r = c.r; p = c.on_patient(age_range=(19, 70)); sw = c.staff(sex='F')
    c.sw_n = getattr(c, 'sw_n', -1) + 1
    issue = ([
        ('social_information', f"{p['he']} is currently homeless, staying at Seaton House; ODSP application pending (SIN {(sn := sin(r))[:3]}-{sn[3:6]}-{sn[6:]} for the form). Can't discharge to street."),
        ('social_information', f"CAS (worker: {c.staff()['full']}) is involved re {p['his']} two kids; {p['he']} disclosed IPV from partner, safety plan done."),
        ('social_information', f"{p['he']} is on parole, PO is aware of admission. Hx opioid use disorder, started on Suboxone."),
        ('social_information', f"{p['his']} refugee claim is pending (IFHP coverage). Needs interpreter (Dari)."),
    ])[c.sw_n % 4]
    body = (f"Hi {c.staff()['first']},\n\nRe {p['full']} ({p['mrn']}), 7N bed {r.randint(1, 30)}: {issue[1]}\n"
            f"Can we discuss at rounds tomorrow?\n\n" + sig(c, sw, 'luhc', 'MSW RSW'))
    body = body.replace(': ' + issue[1][0], ': ' + issue[1][0].upper(), 1)
    return dict(cat='social_work', lang='en', types=['patient_name', 'mrn', 'social_information'] + (['ca_sin'] if 'SIN ' in issue[1] else []) + (['diagnosis', 'medication'] if 'opioid' in issue[1] else []),
                note='Social work note naming the patient with MRN and social circumstances',
                frm=addr(sw['full'], em(sw, 'luhc')), to=f"gim-team@lakeshore-uhc.example",
                subj=r.choice(['SW update', 'dispo issue', 'social work - pls read']), body=body)


def p_socialwork_fr(c):
    r = c.r; p = c.qc_patient(adult=r.random() < 0.3); sw = c.staff('fr', 'F')
    child = p['age'] < 18
    if child:
        txt = (f"Signalement DPJ fait ce matin pour {p['first']} {p['last']} ({p['dob_fr']}), NAM {p['nam_fmt']}. "
               f"Négligence alléguée, la mère est en désintox. L'intervenante de la DPJ passera à l'urgence vers 15 h.")
        types = ['patient_name', 'date_of_birth', 'ramq_nam', 'social_information']
    else:
        txt = (f"{p['mme']} {p['last']} ({p['nam_fmt']}) : situation de violence conjugale, hébergement en maison d'aide demandé. "
               f"Ne pas divulguer l'unité au conjoint s'il appelle.")
        types = ['patient_name', 'ramq_nam', 'social_information']
    body = f"Bonjour,\n\n{txt}\n\nMerci de noter au dossier.\n\n" + sig(c, sw, 'mch', 'T.S.', 'fr')
    return dict(cat='social_work', lang='fr', types=types, note='French social work message naming a patient with NAM and protective/social situation',
                frm=addr(sw['full'], em(sw, 'mch')), to='urgence-infirmieres@mch-hcm.example',
                subj=r.choice(['Confidentiel - service social', 'Suivi social', 'À noter au dossier']), body=body)


def p_billing_en(c):
    r = c.r; clerk = c.staff(sex='F')
    rows = []
    for _ in range(r.randint(3, 6)):
        p = c.on_patient()
        rows.append(f"{p['last']}, {p['first']}  {fmt_ohip(p['ohip'], 'plain')}{p['vc']}  {p['dob']}  {r.choice(['A007A', 'K013A', 'A888A', 'E078A'])}  rej {r.choice(['VH9 version code', 'EH1 not eligible', 'AC4 service date'])}")
    body = ("Hi,\n\nThese OHIP claims bounced on the RA, can you check the health card numbers with the patients at next visit?\n\n"
            + '\n'.join(rows) + "\n\nThanks\n" + sig(c, clerk, 'fht', 'Billing'))
    return dict(cat='billing_insurance', lang='en', types=['patient_name', 'ca_health_number', 'date_of_birth'],
                note='OHIP rejected-claims list with patient names, health numbers and DOBs',
                frm=addr(clerk['full'], em(clerk, 'fht')), to='frontdesk@dvfht.example',
                subj=r.choice(['OHIP rejects Nov', 'RA rejections', 'claims to fix']), body=body)


def p_billing_eu(c):
    r = c.r; clerk = c.staff('fr', 'F')
    c.eu_n = getattr(c, 'eu_n', 0) + 1
    fr_side = c.eu_n % 2 == 1
    if fr_side:
        sex = r.choice('FM'); p = c.on_patient(sex=sex); p['first'] = r.choice(['Camille', 'Julien', 'Aurélie', 'Thomas']) ; p['last'] = r.choice(['Marchand', 'Lefèvre', 'Garnier', 'Rolland'])
        p['full'] = f"{p['first']} {p['last']}"
        ident = f"NIR : {(n := nir(r, p['dob'], p['sex']))[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"
        t = 'fr_nir'; who = 'touriste française'
    else:
        p = c.on_patient(); p['first'] = r.choice(['Lotte', 'Pieter', 'Manon', 'Arnaud']); p['last'] = r.choice(['Peeters', 'Janssens', 'Dubois', 'Willems'])
        p['full'] = f"{p['first']} {p['last']}"
        n = niss(r, p['dob'], p['sex'])
        ident = f"NISS : {n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}"
        t = 'be_niss'; who = 'étudiante belge'
    body = (f"Bonjour,\n\nNous avons hospitalisé votre assuré{'e' if p['sex']=='F' else ''} {p['last'].upper()} {p['first']}, né{'e' if p['sex']=='F' else ''} le {p['dob_dmy']}, {ident}, "
            f"du 14 au 19 novembre pour {r.choice(['appendicite aiguë (appendicectomie)', 'fracture de la cheville', 'pneumonie'])}.\n"
            f"Facture non-résident ci-jointe : {r.randint(8, 24)} 450,00 $ CA. Merci de confirmer la prise en charge.\n\n" + sig(c, clerk, 'mch', 'Facturation', 'fr'))
    return dict(cat='billing_insurance', lang='fr', types=['patient_name', 'date_of_birth', t, 'diagnosis'],
                note='Non-resident billing to European insurer with patient name, DOB, national number and diagnosis',
                frm=addr(clerk['full'], em(clerk, 'mch')), to='prise-en-charge@assistance-voyage.example',
                subj=r.choice(['Demande de prise en charge', 'Facture non-résident', 'Dossier assistance']), body=body)


def p_billing_ramq(c):
    r = c.r; clerk = c.staff('fr', 'F')
    rows = []
    for _ in range(r.randint(3, 5)):
        p = c.qc_patient()
        rows.append(f"{p['last']} {p['first']} - {p['nam']} - {p['dob']} - code {r.choice(['00110', '15804', '09150'])} - refus {r.choice(['097', '130', '173'])}")
    body = "Bonjour,\n\nVoici les refus RAMQ de la semaine à corriger :\n\n" + '\n'.join(rows) + "\n\nBonne journée\n" + sig(c, clerk, 'mch', 'Facturation', 'fr')
    return dict(cat='billing_insurance', lang='fr', types=['patient_name', 'ramq_nam', 'date_of_birth'],
                note='RAMQ refusals list with patient names, NAMs and birth dates',
                frm=addr(clerk['full'], em(clerk, 'mch')), to='agence-facturation@medfact.example',
                subj='Refus RAMQ semaine 47', body=body)


def p_research_en(c):
    r = c.r; rc = c.staff(sex='F'); pi = c.staff()
    rows = []
    for _ in range(r.randint(2, 4)):
        p = c.on_patient(age_range=(45, 80))
        rows.append(f"{p['first']} {p['last']} - MRN {p['mrn']} - {p['age']}{p['sx']} - eGFR {r.randint(18, 55)} - {r.choice(['eligible, approach Thurs', 'excl: on dialysis', 'consented 11/27'])}")
    body = (f"Hi Dr. {pi['last']},\n\nScreening log for HEART-CKD this week:\n\n" + '\n'.join(rows) +
            "\n\nI'll upload to REDCap once consent forms are scanned.\n\n" + sig(c, rc, 'luhc', 'Research Coordinator'))
    return dict(cat='research_coordination', lang='en', types=['patient_name', 'mrn', 'lab_result'],
                note='Research screening log naming patients with MRNs and lab values',
                frm=addr(rc['full'], em(rc, 'luhc')), to=addr(f"Dr. {pi['full']}", em(pi, 'luhc')),
                subj='screening log wk 48', body=body)


def p_incident_en(c):
    r = c.r; p = c.on_patient(age_range=(70, 95)); rn = c.staff(sex='F')
    body = (f"Incident #{r.randint(20000, 29999)} submitted in RL6.\n\nPatient {p['full']}, {r.choice(['5W', '6E'])} rm {r.randint(1, 30)}, found on floor at 0340. "
            f"Unwitnessed fall, hx dementia, on {r.choice(['zopiclone', 'quetiapine', 'warfarin'])}. Small hematoma R forehead, CT head ordered. Family notified "
            f"({r.choice(['daughter', 'son', 'husband', 'wife'])}).\n\n" + sig(c, rn, 'luhc', 'RN, Charge Nurse'))
    return dict(cat='incident_report', lang='en', types=['patient_name', 'diagnosis', 'medication'],
                note='Fall incident report naming a patient with room, diagnosis and medication',
                frm=addr(rn['full'], em(rn, 'luhc')), to='patientsafety@lakeshore-uhc.example',
                subj=r.choice(['fall last night', 'Incident report - fall', 'FYI fall 5W']), body=body)


def p_subject_only(c, lang):
    r = c.r
    if lang == 'fr':
        p = c.qc_patient(adult=False); s = c.staff('fr')
        subj = f"{p['last']} {p['first']} {p['nam']} - {r.choice(['résultats biopsie', 'ECG anormal', 'TSH à refaire'])}"
        body = r.choice(['Voir ci-dessous, merci de rappeler.', 'SVP me rappeler.', '']) + '\n\n' + sig(c, s, 'mch', 'inf.', 'fr')
        types = ['patient_name', 'ramq_nam', 'diagnosis']
        org = 'mch'
    else:
        p = c.on_patient(); s = c.staff(); org = 'luhc'
        subj = r.choice([f"{p['last']}, {p['first']} MRN {p['mrn']} - path shows adenocarcinoma",
                         f"{p['full']} {p['dob_us']} HIV VL detectable",
                         f"{p['mrn']} {p['last']} - positive C diff, isolate"])
        body = r.choice(['fyi', 'pls call me', '', 'see subject']) + '\n\n' + sig(c, s, org, '')
        types = ['patient_name', 'diagnosis'] + (['mrn'] if 'MRN' in subj or p['mrn'] in subj else ['date_of_birth'])
    to = c.staff(lang)
    return dict(cat='subject_only', lang=lang, types=types, note='Patient identity and finding carried in the Subject line only',
                frm=addr(s['full'], em(s, org)), to=addr(to['full'], em(to, org)), subj=subj, body=body)


def p_quoted_reply_en(c):
    r = c.r; p = c.on_patient(); a = c.staff(); b = c.staff()
    dx, med = r.choice(DX_EN)
    orig = (f"Hi {b['first']}, can you see {p['full']} in clinic next week? {p['age']}{p['sx']}, {dx}, started on {med}. "
            f"MRN {p['mrn']}.\n\nThanks\n{a['first']}")
    top = r.choice(['Done, booked for Tues 10:40.', 'ok will do', 'Sure - added to my list.', 'Yes. Ask them to bring the med list.'])
    body = (f"{top}\n\n{b['first']}\n\nOn {dt(c, (-10, -1)):%a, %b %d, %Y} at {r.randint(8, 16)}:{r.choice(['05', '22', '41'])}, {a['full']} <{em(a, 'luhc')}> wrote:\n" + quote(orig))
    return dict(cat='quoted_reply', lang='en', types=['patient_name', 'mrn', 'diagnosis', 'medication'],
                note='Short reply whose quoted original names the patient with MRN and diagnosis',
                frm=addr(b['full'], em(b, 'luhc')), to=addr(a['full'], em(a, 'luhc')),
                subj=r.choice(['RE: clinic add-on', 'Re: can you see', 'RE: quick favour']), body=body, irt=f"<orig.{r.randint(1000,9999)}@lakeshore-uhc.example>")


def p_inline_fwd_fr(c):
    r = c.r; p = c.qc_patient(); a = c.staff('fr'); b = c.staff('fr'); d = c.staff('fr')
    dx, med = r.choice(DX_FR)
    orig = (f"Bonjour,\n\n{p['mme']} {p['last']}, {p['age']} ans, NAM {p['nam_fmt']}, vue à l'urgence pour {dx}. "
            f"Débuté {med}. Suivi à prévoir avec son médecin de famille.\n\n{a['full']}")
    body = (f"{d['first']}, pour ton suivi.\n\n---------- Message transféré ----------\nDe : {a['full']} <{em(a, 'mch')}>\n"
            f"Date : {dt(c, (-5, -1)):%d/%m/%Y}\nObjet : Suivi urgence\nÀ : {b['full']} <{em(b, 'mch')}>\n\n" + orig)
    return dict(cat='inline_forward', lang='fr', types=['patient_name', 'ramq_nam', 'diagnosis', 'medication'],
                note='Inline forward whose original message names the patient with NAM and diagnosis',
                frm=addr(b['full'], em(b, 'mch')), to=addr(d['full'], f"{d['first'][0].lower()}.{d['last'].lower()}@townships-gmf.example".replace('é','e').replace('ô','o').replace('è','e').replace('ç','c')),
                subj='TR: Suivi urgence', body=body)


def p_fwd_attachment_en(c, idx):
    r = c.r; p = c.on_patient(); a = c.staff(); b = c.staff(); d = c.staff()
    dx, med = r.choice(DX_EN)
    inner = inner_eml(addr(a['full'], em(a, 'luhc')), addr(b['full'], em(b, 'luhc')), f"ED admit - {p['last']}",
                      f"{p['full']}, DOB {p['dob']}, MRN {p['mrn']}\nAdmitted overnight with {dx}.\nOn {med}.\n\n{a['first']}",
                      datetime.datetime(2026, 11, 26, 7, 12, tzinfo=datetime.timezone(datetime.timedelta(hours=-5))), idx)
    body = r.choice(['See below, FYI.', 'Forwarding as requested.', 'fwd - pls action']) + '\n\n' + sig(c, b, 'luhc', '')
    return dict(cat='forward_as_attachment', lang='en', types=['patient_name', 'date_of_birth', 'mrn', 'diagnosis', 'medication'],
                note='Forward with the original message attached (.eml) naming a patient with DOB, MRN and diagnosis',
                frm=addr(b['full'], em(b, 'luhc')), to=addr(d['full'], em(d, 'fht')), subj=f"Fw: ED admit - {p['last']}",
                body=body, atts=[('eml', 'ED admit.eml', inner)])


def p_xlsx_waitlist_en(c):
    r = c.r; s = c.staff(sex='F')
    rows = [('Last name', 'First name', 'DOB', 'Health card', 'Procedure', 'Priority', 'Phone')]
    for _ in range(r.randint(6, 12)):
        p = c.on_patient()
        rows.append((p['last'], p['first'], p['dob'], fmt_ohip(p['ohip']) + p['vc'],
                     r.choice(['TKA R', 'THA L', 'cataract OD', 'lap chole', 'hernia repair', 'TURP']), r.choice(['P2', 'P3', 'P4']), p['phone']))
    data = xlsx_bytes([('Waitlist', rows)])
    body = r.choice(['Updated OR waitlist attached.', 'Hi all - waitlist as of Friday attached, pls review your pts before the meeting.']) + '\n\n' + sig(c, s, 'luhc', 'Surgical Booking')
    return dict(cat='spreadsheet_list', lang='en', types=['patient_name', 'date_of_birth', 'ca_health_number', 'patient_contact', 'diagnosis'],
                note='XLSX surgical waitlist with patient names, DOBs, health numbers, phones and procedures',
                frm=addr(s['full'], em(s, 'luhc')), to='ortho-surgeons@lakeshore-uhc.example', subj='OR waitlist',
                body=body, atts=[('xlsx', 'OR_waitlist_Nov28.xlsx', data)])


def p_csv_export_en(c):
    r = c.r; s = c.staff()
    lines = ['mrn,last,first,dob,unit,dx']
    for _ in range(r.randint(8, 15)):
        p = c.on_patient()
        lines.append(f"{p['mrn']},{p['last']},{p['first']},{p['dob']},{r.choice(['5W', '6E', 'ICU', '4B'])},{r.choice(['sepsis', 'CHF', 'COPD', 'UTI', 'delirium', 'GI bleed']) }")
    body = "Here's the census export you asked for (Epic report 4411).\n\n" + sig(c, s, 'luhc', 'Decision Support')
    return dict(cat='csv_export', lang='en', types=['patient_name', 'mrn', 'date_of_birth', 'diagnosis'],
                note='CSV census export with MRNs, names, DOBs and diagnoses',
                frm=addr(s['full'], em(s, 'luhc')), to=addr('Analytics', 'analytics@uoft-research.example'),
                subj=r.choice(['census export', 'data pull', 'report 4411']), body=body,
                atts=[('csv', 'census_20261130.csv', '\n'.join(lines) + '\n')])


def p_ics_family_meeting_en(c, idx):
    r = c.r; p = c.on_patient(age_range=(70, 95)); s = c.staff(sex='F')
    start = datetime.datetime(2026, 12, r.randint(2, 18), r.choice([10, 13, 15]), 0)
    desc = (f"Family meeting re {p['full']} ({p['mrn']}). Goals of care - advanced dementia, recurrent aspiration pneumonia. "
            f"Daughter is POA. SW and palliative to attend.")
    ics = ics_text(f"fm-{idx}@lakeshore-uhc.example", f"Family mtg - {p['last']} rm {r.randint(601, 640)}", start, 60,
                   '6E conference room', em(s, 'luhc'), ['palliative@lakeshore-uhc.example', 'sw.6e@lakeshore-uhc.example'], desc)
    body = f"Invite for the family meeting. Please confirm.\n\n" + sig(c, s, 'luhc', 'RN, Patient Care Manager')
    return dict(cat='calendar_invite', lang='en', types=['patient_name', 'mrn', 'diagnosis'],
                note='ICS invitation for a goals-of-care meeting naming the patient, MRN and diagnosis',
                frm=addr(s['full'], em(s, 'luhc')), to='palliative@lakeshore-uhc.example', cc='sw.6e@lakeshore-uhc.example',
                subj=f"Invitation: Family mtg - {p['last']}", body=body, atts=[('ics', 'invite.ics', ics)])


def p_vcard_patient_en(c):
    r = c.r; p = c.on_patient(age_range=(70, 95)); s = c.staff(sex='F')
    v = vcf_text(p['first'], p['last'], tel=p['phone'], adr=p['addr'], note=f"HCC client - CHF, O2 2L. Health card {p['ohip']}")
    body = f"Client contact card attached for Monday's PSW visit.\n\n" + sig(c, s, 'hcc', 'Care Coordinator')
    return dict(cat='vcard', lang='en', types=['patient_name', 'patient_contact', 'ca_health_number', 'diagnosis'],
                note='vCard of a home care client with address, phone, health number and diagnosis',
                frm=addr(s['full'], em(s, 'hcc')), to='scheduling@bayshore-psw.example', subj='client contact',
                body=body, atts=[('vcf', f"{p['first']}_{p['last']}.vcf", v)])


def p_zip_docs_fr(c):
    r = c.r; p = c.qc_patient(); s = c.staff('fr')
    dx, med = r.choice(DX_FR)
    d = docx_bytes('Note de consultation', [f"Patient : {p['last']}, {p['first']}", f"NAM : {p['nam']}   DDN : {p['dob']}",
                                            f"Diagnostic : {dx}", f"Traitement : {med}", "Suivi dans 6 semaines."])
    pdf = pdf_bytes('Requête de laboratoire', [f"{p['last']} {p['first']}  {p['nam']}", 'FSC, ions, créatinine, HbA1c'])
    z = zip_bytes([('consultation.docx', d), ('requete_labo.pdf', pdf)])
    body = r.choice(['Bonjour, voici les documents demandés (zip).', 'Ci-joint le dossier compressé.']) + '\n\n' + sig(c, s, 'mch', 'MD', 'fr')
    return dict(cat='zip_attachment', lang='fr', types=['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'medication'],
                note='ZIP with a DOCX consult note and PDF requisition naming a patient with NAM',
                frm=addr(s['full'], em(s, 'mch')), to='archives@cisss-cantons.example', subj='Documents demandés',
                body=body, atts=[('zip', 'documents.zip', z)])


def p_disguised_en(c, variant):
    r = c.r; s = c.staff(); to = c.staff()
    if variant == 0:
        p = c.on_patient(); n = p['ohip']
        body = (f"sending this w/o the name in the subject so it doesn't get blocked lol\n\npt is {p['first']} {p['last'][0]}. "
                f"hc# {' '.join(n)}\nbx came back + for melanoma, needs wide excision. can you book?\n\n{s['first']}")
        types = ['patient_name', 'ca_health_number', 'diagnosis']
        note = 'Health number spaced digit by digit with first name and diagnosis'
    elif variant == 1:
        p = c.on_patient(); 
        body = (f"Dr {to['last']} - result for your pt:\n\nMRN {fullwidth(p['mrn'])}\nname: {p['last']}, {p['first']}\n"
                f"HbA1c 11.2 %, fasting glucose 14.8\n\n{s['first']}")
        types = ['patient_name', 'mrn', 'lab_result']
        note = 'MRN in full-width digits with name and lab results'
    elif variant == 2:
        p = c.on_patient(); n = p['ohip']
        body = (f"OHIP for {p['first']} (the pt in 12B, HIV+ on Biktarvy):\n{n[:4]}\n{n[4:7]}\n{n[7:]}\n-{p['vc']}\n\n"
                f"split it up because the last one bounced\n{s['first']}")
        types = ['patient_name', 'ca_health_number', 'diagnosis', 'medication']
        note = 'Health number split over lines with first name, HIV status and medication'
    else:
        p = c.qc_patient(); nm = p['nam']
        body = (f"nam: {nm[:4].lower()} . {nm[4:8]} . {nm[8:]} ({p['first']}, {p['age']} y, {'F' if p['sex']=='F' else 'M'})\n"
                f"psych consult needed - SI, overdose on acetaminophen last night.\n\n{s['first']}")
        types = ['ramq_nam', 'patient_name', 'diagnosis']
        note = 'NAM written with dots and lowercase, with first name and overdose/suicidal ideation'
    return dict(cat='disguised_identifier', lang='en', types=types, note=note,
                frm=addr(s['full'], em(s, 'mch' if variant == 3 else 'luhc')), to=addr(to['full'], em(to, 'mch' if variant == 3 else 'luhc')),
                subj=r.choice(['pt', 'the one we talked about', 'follow up', '.']), body=body)


def p_disguised_fr(c):
    r = c.r; p = c.qc_patient(adult=False); s = c.staff('fr'); to = c.staff('fr')
    nm = p['nam']
    body = (f"Salut,\n\nJ'ai mis le NAM en morceaux pour passer le filtre :\n{nm[:4]}\n{nm[4:6]} {nm[6:8]}\n{nm[8:10]} {nm[10:]}\n\n"
            f"C'est pour {p['first']} ({p['last'][:3]}...), {p['age']} ans, résultat de culture positif SARM, à isoler au retour.\n\n{s['first']}")
    return dict(cat='disguised_identifier', lang='fr', types=['ramq_nam', 'patient_name', 'lab_result'],
                note='NAM split over lines with first name and MRSA culture result',
                frm=addr(s['full'], em(s, 'mch')), to=addr(to['full'], em(to, 'mch')), subj='SARM', body=body)


def p_ltc_resident_en(c):
    r = c.r; p = c.on_patient(age_range=(74, 99)); s = c.staff(sex='F'); md = c.staff()
    body = (f"Hi Dr. {md['last']},\n\n{p['mr']} {p['last']} in room {r.randint(101, 340)} {r.choice(['had another fall this am', 'is more agitated since Sat', 'has a new stage 2 on coccyx'])}. "
            f"{p['he'].capitalize()} has {r.choice(['Alzheimer dementia', 'vascular dementia', 'Parkinson dementia'])}. "
            f"Vitals stable, BG {r.randint(4, 14)}.{r.randint(0, 9)}. Currently on {r.choice(['risperidone 0.25 mg HS', 'lorazepam 0.5 mg PRN', 'donepezil 10 mg'])}. "
            f"Could you review at your Thursday visit? POA ({r.choice(['son', 'daughter', 'niece'])}) was updated by phone.\n\n" + sig(c, s, 'ltc', 'RPN'))
    return dict(cat='ltc_resident_update', lang='en', types=['patient_name', 'diagnosis', 'medication', 'lab_result'],
                note='LTC resident update with name, room, dementia diagnosis and medications',
                frm=addr(s['full'], em(s, 'ltc')), to=addr(f"Dr. {md['full']}", em(md, 'fht')),
                subj=r.choice(['resident update', f"{p['last']} rm update", 'for Thursday']), body=body)


def p_phu_case_en(c):
    r = c.r; p = c.on_patient(age_range=(18, 70)); s = c.staff()
    dz = r.choice(['active pulmonary TB (smear +)', 'pertussis', 'measles', 'invasive GAS', 'hepatitis A'])
    body = (f"Hi,\n\nCase: {p['full']}, DOB {p['dob']}, {p['addr']}, tel {p['phone']}\nDx: {dz}\n"
            f"Employer: {r.choice(['a daycare on Coxwell', 'a restaurant kitchen (food handler)', 'warehouse, night shift'])}. "
            f"Please start contact tracing for household contacts ({r.randint(2, 5)}).\n\n" + sig(c, s, 'phu', 'Public Health Nurse'))
    return dict(cat='public_health_case', lang='en', types=['patient_name', 'date_of_birth', 'patient_contact', 'diagnosis'],
                note='Public health case referral with name, DOB, address, phone and reportable disease',
                frm=addr(s['full'], em(s, 'phu')), to='cdc-team@lkph.example', subj=r.choice(['new case - contact tracing', 'CD case assignment']), body=body)


def p_patient_direct_en(c):
    r = c.r; p = c.on_patient(); s = c.staff(sex='F')
    body = (f"Hi {p['first']},\n\nDr. {c.staff()['last']} reviewed your bloodwork from {dt(c, (-12, -3)):%b %d}. Your A1c is {r.choice([7.9, 8.4, 9.1])}% and LDL {r.choice([3.4, 2.9])}. "
            f"{r.choice(['She', 'He'])} would like to increase your metformin to 1000 mg twice daily and see you in 3 months.\n"
            f"Please call {ORGS['fht']['phone']} to book.\n\n" + sig(c, s, 'fht', 'RN'))
    return dict(cat='patient_correspondence', lang='en', types=['patient_name', 'lab_result', 'medication'],
                note='Message to a patient at a personal address with lab results and medication change',
                frm=addr(s['full'], em(s, 'fht')), to=addr(p['full'], f"{p['first'].lower()}{p['last'][0].lower()}{r.randint(60,99)}@gmail.example"),
                subj='Your lab results', body=body)


def p_surname_match_en(c):
    r = c.r; doc = c.staff(); s = c.staff(sex='F')
    p = c.on_patient(); p['last'] = doc['last']; p['full'] = f"{p['first']} {p['last']}"
    body = (f"Just to avoid confusion - the {p['last']} on the OR list tomorrow is the PATIENT {p['first']} {p['last']} (MRN {p['mrn']}, lap chole), "
            f"not Dr. {doc['last']}. No relation.\n\n" + sig(c, s, 'luhc', 'OR Booking'))
    return dict(cat='surname_match', lang='en', types=['patient_name', 'mrn', 'diagnosis'],
                note='Patient sharing a physician surname, named with MRN and procedure',
                frm=addr(s['full'], em(s, 'luhc')), to='or-charge@lakeshore-uhc.example', subj='OR list tomorrow - name clash', body=body)


def p_html_table_en(c):
    r = c.r; s = c.staff()
    rows = []
    for _ in range(r.randint(4, 7)):
        p = c.on_patient()
        rows.append(f"<tr><td>{p['last']}, {p['first']}</td><td>{p['mrn']}</td><td>{p['age']}</td><td>{r.choice(['sepsis ?source', 'SBO', 'stroke code', 'STEMI', 'DKA'])}</td><td>{r.choice(['ICU', '5W', 'CCU', 'OR'])}</td></tr>")
    html = ("<html><body><p>Overnight admissions from ED:</p>\n<table border=\"1\" cellpadding=\"3\">\n<tr><th>Name</th><th>MRN</th><th>Age</th><th>Dx</th><th>To</th></tr>\n"
            + '\n'.join(rows) + f"\n</table>\n<p>-- {s['full']}<br>ED Patient Flow</p></body></html>")
    return dict(cat='html_table', lang='en', types=['patient_name', 'mrn', 'diagnosis'],
                note='HTML-only table of overnight admissions with names, MRNs and diagnoses',
                frm=addr(s['full'], em(s, 'luhc')), to='bedflow@lakeshore-uhc.example', subj='Overnight admits', body='', html=html, mode='html')


def p_staff_as_patient_en(c):
    r = c.r; n = c.staff(sex='F'); s = c.staff()
    body = (f"Heads up - {n['first']} {n['last']} from 6W was admitted last night to CCU bed {r.randint(1, 12)} with an NSTEMI, going for cath today. "
            f"She asked that we keep it quiet. I'll cover her shifts this week.\n\n{s['first']}")
    return dict(cat='staff_as_patient', lang='en', types=['patient_name', 'diagnosis'],
                note='A staff member who is herself an admitted patient, named with bed and diagnosis',
                frm=addr(s['full'], em(s, 'luhc')), to='6w-charge@lakeshore-uhc.example', subj='6W staffing', body=body)


def p_lab_followup_fr(c):
    r = c.r; p = c.qc_patient(); s = c.staff('fr', 'F')
    body = (f"Bonjour Dr {c.staff('fr')['last']},\n\nRésultat INR de {p['mme']} {p['last']} {p['first']} (NAM {fmt_nam(p['nam'], r.choice(['space', 'dash']))}) : "
            f"{r.choice([4.6, 5.2, 1.3])}. {p['il'].capitalize()} prend warfarine {r.choice([3, 5, 7.5])} mg DIE. Quel ajustement souhaitez-vous?\n\n" + sig(c, s, 'mch', 'inf. clinicienne', 'fr'))
    return dict(cat='lab_followup', lang='fr', types=['patient_name', 'ramq_nam', 'lab_result', 'medication'],
                note='French INR follow-up with patient name, NAM, result and warfarin dose',
                frm=addr(s['full'], em(s, 'mch')), to=addr('Clinique anticoagulothérapie', 'anticoag@townships-gmf.example'),
                subj=r.choice(['INR à ajuster', 'Suivi INR', 'RE: INR']), body=body)


def p_discharge_docx_fr(c):
    r = c.r; p = c.qc_patient(); md = c.staff('fr')
    dx, med = r.choice(DX_FR)
    d = docx_bytes('Résumé de départ', [f"Nom : {p['last']} {p['first']}   Sexe : {p['sx']}", f"Date de naissance : {p['dob']}",
                                        f"NAM : {p['nam']}   Dossier : {p['mrn']}", f"Diagnostic principal : {dx}", f"Médicaments au départ : {med}",
                                        "Suivi : médecin de famille dans 1 semaine."])
    body = 'Bonjour,\n\nVeuillez trouver ci-joint le résumé de départ.\n\n' + sig(c, md, 'mch', 'MD', 'fr')
    return dict(cat='discharge_summary', lang='fr', types=['patient_name', 'ramq_nam', 'date_of_birth', 'mrn', 'diagnosis', 'medication'],
                note='DOCX discharge summary in French with name, NAM, DOB, chart number, diagnosis',
                frm=addr(md['full'], em(md, 'mch')), to='gmf-lac@clinique-du-lac.example', subj='Résumé de départ',
                body=body, atts=[('docx', 'resume_depart.docx', d)])


def p_sin_disability_en(c):
    r = c.r; p = c.on_patient(age_range=(30, 62)); s = c.staff(sex='F')
    sn = sin(r)
    body = (f"Hello,\n\nAttached info for the LTD claim: {p['full']}, SIN {sn[:3]} {sn[3:6]} {sn[6:]}, DOB {p['dob_long']}. "
            f"Off work since Oct 3 with {r.choice(['major depressive episode', 'post-concussion syndrome', 'lumbar radiculopathy'])}, "
            f"expected RTW in 8-12 wks. APS form to follow.\n\n" + sig(c, s, 'fht', 'Medical Secretary'))
    return dict(cat='billing_insurance', lang='en', types=['patient_name', 'ca_sin', 'date_of_birth', 'diagnosis'],
                note='Disability insurance claim with patient name, SIN, DOB and diagnosis',
                frm=addr(s['full'], em(s, 'fht')), to='claims@northgate-ins.example', subj='LTD claim - medical info', body=body)


POSITIVES = [
    (p_referral_en, 4), (p_referral_fr, 3), (p_consult_reply_en, 3), (p_signout_en, 4), (p_signout_fr, 3),
    (p_booking_en, 2), (p_booking_fr, 3), (p_critical_lab_en, 3), (p_discharge_pdf_en, 2), (p_discharge_docx_fr, 1),
    (p_medrec_en, 3), (p_homecare_en, 3), (p_transport_fr, 2), (p_socialwork_en, 3), (p_socialwork_fr, 2),
    (p_billing_en, 1), (p_billing_eu, 2), (p_billing_ramq, 2), (p_sin_disability_en, 1), (p_research_en, 2),
    (p_incident_en, 2), (lambda c: p_subject_only(c, 'en'), 2), (lambda c: p_subject_only(c, 'fr'), 1),
    (p_quoted_reply_en, 3), (p_inline_fwd_fr, 2), ('fwdatt', 2), (p_xlsx_waitlist_en, 2), (p_csv_export_en, 2),
    ('ics', 2), (p_vcard_patient_en, 1), (p_zip_docs_fr, 1), ('dis0', 1), ('dis1', 1), ('dis2', 1), ('dis3', 1),
    (p_disguised_fr, 1), (p_ltc_resident_en, 3), (p_phu_case_en, 2), (p_patient_direct_en, 1), (p_surname_match_en, 1),
    (p_html_table_en, 1), (p_staff_as_patient_en, 1), (p_lab_followup_fr, 2),
]


def run_pos(c, key, idx):
    if key == 'fwdatt':
        return p_fwd_attachment_en(c, idx)
    if key == 'ics':
        return p_ics_family_meeting_en(c, idx)
    if isinstance(key, str) and key.startswith('dis'):
        return p_disguised_en(c, int(key[3]))
    return key(c)


def p_mch_en(c):
    r = c.r; s = c.staff(); to = c.staff(sex='F')
    lines = []
    for _ in range(r.randint(2, 4)):
        p = c.qc_patient()
        dx, med = r.choice(DX_EN)
        lines.append(f"{p['last']} {p['first']}, {p['nam']}, {p['age']}{p['sx']} - seen in ER {r.choice(['Sat', 'Sun', 'Fri night'])} for {dx}, sent home on {med}")
    body = (f"Hi {to['first']},\n\nER visits over the weekend for patients registered with your clinic in Knowlton - please arrange follow-up with their family doc:\n\n"
            + '\n'.join(lines) + "\n\nER notes are in the DSQ.\n\n" + sig(c, s, 'mch', 'RN, ER liaison'))
    return dict(cat='er_followup_list', lang='en', types=['patient_name', 'ramq_nam', 'diagnosis', 'medication'],
                note='English list from the Townships hospital with patient names, NAMs, ER diagnoses and meds',
                frm=addr(s['full'], em(s, 'mch')), to=addr(to['full'], f"{to['first'][0].lower()}{to['last'].lower().replace(chr(39), '')}@knowlton-clinic.example"),
                subj='weekend ER visits - your pts', body=body)


POSITIVES = [(k, n - (1 if k in (p_consult_reply_en, p_signout_en) else 0)) for k, n in POSITIVES] + [(p_mch_en, 2)]


def p_quoted_reply_fr(c):
    r = c.r; p = c.qc_patient(); a = c.staff('fr'); b = c.staff('fr')
    dx, med = r.choice(DX_FR)
    orig = (f"Bonjour {b['first']},\n\nPeux-tu voir {p['last']} {p['first']} ({p['nam_fmt']}) à ta clinique cette semaine? "
            f"{dx}, {med} débuté hier.\n\n{a['first']}")
    body = (r.choice(['Oui, jeudi 9 h.', "C'est beau, je m'en occupe.", 'Ok, ajouté.']) + f"\n\n{b['first']}\n\n"
            f"Le {dt(c, (-6, -1)):%d/%m/%Y} à 14:{r.randint(10, 59)}, {a['full']} <{em(a, 'mch')}> a écrit :\n" + quote(orig))
    return dict(cat='quoted_reply', lang='fr', types=['patient_name', 'ramq_nam', 'diagnosis', 'medication'],
                note='French short reply whose quoted original names the patient with NAM and diagnosis',
                frm=addr(b['full'], em(b, 'mch')), to=addr(a['full'], em(a, 'mch')), subj='RE: à voir cette semaine', body=body,
                irt=f"<orig.{r.randint(1000, 9999)}@mch-hcm.example>")


def p_split_subject_body_en(c):
    r = c.r; p = c.on_patient(); s = c.staff(); to = c.staff()
    body = (f"CT this am shows a {r.choice(['3.2 cm RUL mass with mediastinal nodes', 'large L MCA infarct', 'perforated appendix with abscess'])}. "
            f"Not told yet - family coming at 4. Can you be there?\n\n{s['first']}")
    return dict(cat='subject_body_split', lang='en', types=['patient_name', 'mrn', 'diagnosis'],
                note='Patient name and MRN in the Subject, the imaging finding in the body',
                frm=addr(s['full'], em(s, 'luhc')), to=addr(to['full'], em(to, 'luhc')),
                subj=f"{p['last']} {p['mrn']}", body=body)


POSITIVES = [(k, n - (1 if k in (p_referral_fr, p_critical_lab_en) else 0)) for k, n in POSITIVES] + [(p_quoted_reply_fr, 1), (p_split_subject_body_en, 1)]


def p_ltc_roster_xlsx(c):
    r = c.r; s = c.staff(sex='F')
    rows = [('Room', 'Resident', 'Diet', 'Texture', 'Allergies', 'Notes')]
    for _ in range(r.randint(8, 14)):
        p = c.on_patient(age_range=(72, 101))
        rows.append((f"{r.choice('123')}{r.randint(1, 40):02d}", f"{p['last']}, {p['first']}", r.choice(['Diabetic', 'Regular', 'Renal', 'Low Na']),
                     r.choice(['Regular', 'Minced', 'Pureed', 'Soft']), r.choice(['NKDA', 'Penicillin', 'Sulfa', 'Peanuts', 'NKDA']),
                     r.choice(['', 'dysphagia - thickened fluids', 'feeds self', 'needs 1:1 assist', 'insulin before meals'])))
    data = xlsx_bytes([('Unit 2 diet list', rows)])
    body = 'Updated diet list for Unit 2 attached for the kitchen. Please print for the servery.\n\n' + sig(c, s, 'ltc', 'RD')
    return dict(cat='spreadsheet_list', lang='en', types=['patient_name', 'diagnosis'],
                note='XLSX resident diet roster with names, rooms, diets, dysphagia and allergies',
                frm=addr(s['full'], em(s, 'ltc')), to='dietary@ltc-foodservices.example', subj='diet list unit 2', body=body,
                atts=[('xlsx', 'Unit2_diet_list.xlsx', data)])


POSITIVES = [(k, n - (1 if k is p_ltc_resident_en else 0)) for k, n in POSITIVES] + [(p_ltc_roster_xlsx, 1)]


# ================================================================ negatives (not confidential)
import datetime


def n_newsletter_en(c):
    r = c.r; s = c.staff()
    topic = r.choice([('RSV season is here', 'RSV activity is rising across Ontario. Nirsevimab is now available for eligible infants; older adults 75+ and LTC residents are eligible for RSV vaccine.'),
                      ('Heart failure: what\'s new', 'SGLT2 inhibitors (dapagliflozin, empagliflozin) are now part of guideline-directed therapy regardless of ejection fraction.'),
                      ('Antimicrobial stewardship corner', 'Amoxicillin remains first line for uncomplicated community-acquired pneumonia in outpatients. Review IV-to-PO switch at 48 h.'),
                      ('Diabetes Awareness Month recap', 'Our diabetes education centre saw 1,240 visits this year. Semaglutide supply has stabilised; the shortage notice is lifted.')])
    body = (f"LAKESHORE CLINICAL NEWS - December 2026\n\n{topic[0]}\n{topic[1]}\n\nAlso in this issue:\n- Grand Rounds schedule\n"
            f"- New parking rates at P2\n- Welcome to our new residents\n\nTo unsubscribe reply UNSUBSCRIBE.\n\nCommunications Office, {ORGS['luhc']['name']}")
    return dict(cat='newsletter', lang='en', note='Clinical newsletter about a disease/drug topic, no patient',
                frm=addr('LUHC Communications', 'news@lakeshore-uhc.example'), to='allstaff@lakeshore-uhc.example',
                subj=f"Clinical News: {topic[0]}", body=body, mode=r.choice(['alt', 'html']))


def n_newsletter_fr(c):
    r = c.r
    t = r.choice([("Saison de l'influenza", "La vaccination contre l'influenza et la COVID-19 se poursuit. Les travailleurs de la santé peuvent se présenter à la clinique du 2e étage sans rendez-vous."),
                  ('Maladie de Lyme en Estrie', "L'Estrie demeure la région la plus touchée par la maladie de Lyme au Québec. La prophylaxie post-exposition (doxycycline 200 mg dose unique) est recommandée selon les critères de l'INSPQ."),
                  ('Pénurie de médicaments', "Rupture d'approvisionnement de la céfazoline 2 g : utiliser les fioles de 1 g. Le comité de pharmacologie suit la situation.")])
    body = f"INFO-HCM - Bulletin interne\n\n{t[0]}\n\n{t[1]}\n\nBonne lecture!\nService des communications"
    return dict(cat='newsletter', lang='fr', note='French internal bulletin about a disease/drug topic',
                frm=addr('Communications HCM', 'communications@mch-hcm.example'), to='tous@mch-hcm.example',
                subj=f"INFO-HCM : {t[0]}", body=body)


def n_staff_schedule_en(c):
    r = c.r; s = c.staff(sex='F')
    rows = [('Name', 'Role', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Cell')]
    for _ in range(r.randint(6, 10)):
        p = c.staff()
        rows.append((f"{p['last']}, {p['first']}", r.choice(['RN', 'RPN', 'PSW', 'NP', 'Clerk']),
                     *[r.choice(['D', 'N', 'E', 'off', 'D']) for _ in range(5)], phone(r, '647')))
    if r.random() < 0.5:
        data = xlsx_bytes([('Dec wk1', rows)])
        return dict(cat='staff_schedule', lang='en', note='Staff schedule spreadsheet with names, roles, shifts and cell numbers',
                    frm=addr(s['full'], em(s, 'luhc')), to='5w-nursing@lakeshore-uhc.example', subj='Dec schedule wk 1',
                    body='Schedule for next week attached. Shift swaps through me please.\n\n' + sig(c, s, 'luhc', 'Unit Manager'),
                    atts=[('xlsx', 'schedule_dec_wk1.xlsx', data)])
    body = 'Schedule next wk:\n\n' + '\n'.join('  '.join(x) for x in rows[1:]) + '\n\nCall if you can pick up the open nights (Tue, Thu).\n\n' + sig(c, s, 'ltc', 'DOC')
    return dict(cat='staff_schedule', lang='en', note='Staff schedule in the body with names, shifts and cell numbers',
                frm=addr(s['full'], em(s, 'ltc')), to='nursing@maplecrest-ltc.example', subj='schedule', body=body)


def n_oncall_fr(c):
    r = c.r; s = c.staff('fr', 'F')
    lines = []
    for d in range(1, 8):
        p = c.staff('fr')
        lines.append(f"{d} déc. : Dr {p['full']} - cell. {phone(r, '819')} - {r.choice(['médecine interne', 'chirurgie', 'pédiatrie', 'anesthésie'])}")
    body = "Bonjour,\n\nVoici la liste de garde des médecins pour la semaine :\n\n" + '\n'.join(lines) + "\n\nLa téléphoniste a la version à jour.\n\n" + sig(c, s, 'mch', 'adjointe DSP', 'fr')
    return dict(cat='oncall_list', lang='fr', note='Physician on-call list with names and cell numbers (staff)',
                frm=addr(s['full'], em(s, 'mch')), to='telephonistes@mch-hcm.example', subj='Liste de garde médecins', body=body)


def n_hr_employee_en(c):
    r = c.r; e = c.staff(); m = c.staff(sex='F')
    v = r.randint(0, 3)
    if v == 0:
        txt = f"{e['full']} (emp # {r.randint(100000, 999999)}) will be on a leave of absence from Dec 7 to Feb 28. Please remove from the schedule. Benefits continue."
    elif v == 1:
        txt = f"{e['first']} {e['last']} is returning to work Dec 8 on modified duties (no lifting >10 kg, 4-hour shifts x 2 weeks) per the Occupational Health plan."
    elif v == 2:
        txt = f"Reminder: {e['full']}'s probation review is due Dec 15. Please complete the form in Workday."
    else:
        txt = f"Please process the step increase for {e['full']}, employee ID {luhn_number(r, 9)}, effective first pay period of January."
    body = f"Hi,\n\n{txt}\n\nThanks,\n" + sig(c, m, 'luhc', 'HR Business Partner')
    return dict(cat='hr_employee', lang='en', note='HR message about a named employee (staff, not a patient)',
                frm=addr(m['full'], em(m, 'luhc')), to='payroll@lakeshore-uhc.example', subj=r.choice(['LOA', 'RTW plan', 'HR follow-up', 'step increase']), body=body)


def n_hr_fr(c):
    r = c.r; e = c.staff('fr'); m = c.staff('fr', 'F')
    txt = r.choice([f"{e['full']} sera en congé de maternité à compter du 14 décembre. Le poste sera affiché.",
                    f"{e['full']} revient au travail le 8 décembre en retour progressif (3 jours/semaine).",
                    f"Félicitations à {e['full']} qui obtient le poste de chef d'unité, soins intensifs."])
    body = f"Bonjour,\n\n{txt}\n\nMerci,\n" + sig(c, m, 'mch', 'conseillère RH', 'fr')
    return dict(cat='hr_employee', lang='fr', note='French HR message about a named employee',
                frm=addr(m['full'], em(m, 'mch')), to='gestionnaires@mch-hcm.example', subj='Ressources humaines - avis', body=body)


def n_memorial_en(c):
    r = c.r; e = c.staff(); s = c.staff(sex='F')
    body = (f"Dear colleagues,\n\nIt is with great sadness that we share that {e['full']}, {r.choice(['RN on 6E for 22 years', 'our long-time pharmacist', 'a beloved porter'])}, "
            f"passed away on November 27 after a courageous battle with {r.choice(['ALS', 'pancreatic cancer', 'leukemia'])}.\n\n"
            f"A celebration of life will be held Dec 10 at 2 pm in the Atrium. The family asks that donations be made to the {r.choice(['ALS Society', 'Canadian Cancer Society'])}.\n\n"
            "Spiritual Care is available to staff at ext 5500.\n\n" + sig(c, s, 'luhc', 'VP Patient Care'))
    return dict(cat='memorial', lang='en', note='Memorial notice for a staff member with cause of death (staff)',
                frm=addr(s['full'], em(s, 'luhc')), to='allstaff@lakeshore-uhc.example', subj=f"In memoriam - {e['full']}", body=body)


def n_award_en(c):
    r = c.r; e = c.staff(); s = c.staff()
    body = (f"Please join us in congratulating {e['full']}, {r.choice(['NP', 'RN', 'MD', 'OT'])}, recipient of this year's Excellence in Care award "
            f"for {r.choice(['building our memory clinic for patients living with dementia', 'leading the heart failure transitions program', ('her' if e['sex'] == 'F' else 'his') + ' work with the opioid agonist therapy clinic', 'starting the diabetic foot screening program'])}.\n\n"
            "The award will be presented at the holiday town hall on Dec 16.\n\n" + sig(c, s, r.choice(['luhc', 'fht']), 'Chief of Staff'))
    return dict(cat='award', lang='en', note='Staff award naming a clinician next to a disease program',
                frm=addr(s['full'], em(s, 'luhc')), to='allstaff@lakeshore-uhc.example', subj='Congratulations!', body=body, mode=r.choice(['alt', None]))


def n_blank_form_en(c):
    r = c.r; s = c.staff(sex='F')
    d = docx_bytes('Home and Community Care Referral Form (v4.2)', [
        'Client name: ______________________   (e.g. Jane Doe)', 'Health card #: ____-___-___-__  (format 1234-567-890-AB)',
        'Date of birth: YYYY-MM-DD', 'Address: ____________________', 'Primary diagnosis: ____________',
        'Services requested: [ ] Nursing  [ ] PSW  [ ] PT  [ ] OT  [ ] SW', 'Referring clinician / billing #: ______',
        'Fax completed form to 905-555-0191.'])
    body = ("Hi all,\n\nAttached is the updated referral form (v4.2). Please discard older versions. The example values are placeholders only.\n\n"
            + sig(c, s, 'hcc', 'Intake Lead'))
    return dict(cat='blank_form', lang='en', note='Blank referral form template with placeholder values',
                frm=addr(s['full'], em(s, 'hcc')), to='referral-sources@hcc-centraleast.example', subj='Updated referral form',
                body=body, atts=[('docx', 'HCC_referral_form_v4.2.docx', d)])


def n_template_example_en(c):
    r = c.r; s = c.staff()
    body = ("Team - template for the new discharge note smartphrase, copy it into your favourites:\n\n"
            "Patient: @NAME@  MRN: @MRN@  DOB: @DOB@\nAdmit date: @ADMITDATE@\nMRDx: ***\nMeds changed: ***\nFollow-up: *** with ***\n\n"
            "Example: 'Patient: John Sample  MRN: 0000000  DOB: 1900-01-01'\n\n" + sig(c, s, 'luhc', 'CMIO'))
    return dict(cat='blank_form', lang='en', note='Note template with placeholders and a dummy example',
                frm=addr(s['full'], em(s, 'luhc')), to='gim-residents@lakeshore-uhc.example', subj='d/c smartphrase', body=body)


def n_blank_form_fr(c):
    r = c.r; s = c.staff('fr', 'F')
    pdf = pdf_bytes('Formulaire de demande de transport adapté', ['Nom de l\'usager : ____________', 'NAM : XXXX 0000 0000',
                                                               'Adresse : ____________', 'Besoins : [ ] fauteuil  [ ] accompagnateur', 'Signature : ________'])
    body = "Bonjour,\n\nVoici le formulaire vierge à utiliser dorénavant. Le NAM d'exemple (XXXX 0000 0000) montre seulement le format.\n\n" + sig(c, s, 'mch', 'coordonnatrice', 'fr')
    return dict(cat='blank_form', lang='fr', note='Blank French form with format placeholder',
                frm=addr(s['full'], em(s, 'mch')), to='travail-social@mch-hcm.example', subj='Nouveau formulaire transport', body=body,
                atts=[('pdf', 'formulaire_transport.pdf', pdf)])


def n_vendor_invoice_en(c):
    r = c.r
    inv = luhn_number(r, 10); po = luhn_number(r, 10)
    items = [(r.choice(['Nitrile gloves M, case/1000', 'IV start kit', 'Suction canister 1500 mL', 'Blood glucose strips x50', 'SpO2 probe adult']),
              r.randint(5, 80), r.randint(12, 180)) for _ in range(r.randint(2, 5))]
    lines = [f'Invoice {inv}   PO {po}', 'Bill to: Lakeshore University Health Centre, Accounts Payable', ''] + \
            [f'{d:<40} qty {q:>3}  @ ${p}.00  = ${q*p:,}.00' for d, q, p in items] + ['', f'Subtotal ${sum(q*p for _, q, p in items):,}.00   HST 13%', 'Terms: Net 30']
    pdf = pdf_bytes('MEDISUPPLY CANADA - INVOICE', lines)
    body = f"Hello,\n\nPlease find attached invoice {inv} for PO {po}.\n\nRegards,\nAccounts Receivable\nMedisupply Canada Inc.\n1-800-555-0133"
    return dict(cat='vendor_invoice', lang='en', note='Vendor invoice with Luhn-valid invoice/PO numbers',
                frm=addr('Medisupply AR', 'ar@medisupply.example'), to='ap@lakeshore-uhc.example', subj=f"Invoice {inv}", body=body,
                atts=[('pdf', f'INV{inv}.pdf', pdf)])


def n_vendor_fr(c):
    r = c.r; s = c.staff('fr')
    bc = luhn_number(r, 9)
    body = (f"Bonjour,\n\nConfirmation du bon de commande {bc} :\n- 12 pompes volumétriques, no de série {luhn_number(r, 10)} à {luhn_number(r, 10)}\n"
            f"- Livraison prévue le {r.randint(5, 20)} décembre, quai de réception\n\nCordialement,\n{s['full']}\nDirecteur des ventes, Québec\nMédi-Équipement inc.\n514-555-0148")
    return dict(cat='vendor_mail', lang='fr', note='French purchase order confirmation with serial numbers',
                frm=addr(s['full'], 'ventes@medi-equipement.example'), to='approvisionnement@mch-hcm.example', subj=f"Bon de commande {bc}", body=body)


def n_research_aggregate_en(c):
    r = c.r; s = c.staff()
    n = r.randint(120, 900)
    body = (f"Hi all,\n\nInterim results for the delirium prevention study: n={n} (mean age {r.randint(72, 81)}, {r.randint(48, 62)}% female). "
            f"Incidence {r.randint(9, 15)}% vs {r.randint(18, 26)}% in controls (p={r.choice(['0.01', '0.03', '0.002'])}). "
            f"{r.randint(3, 9)} SAEs, none related. DSMB meets Jan 12.\n\nSlides attached.\n\n" + sig(c, s, 'luhc', 'PhD, Research Institute'))
    pdf = pdf_bytes('Interim analysis - aggregate only', [f'Enrolled: {n}', 'Site breakdown: LUHC 61%, MCH 39%', 'No individual-level data'])
    return dict(cat='research_aggregate', lang='en', note='Research update with aggregate statistics only',
                frm=addr(s['full'], em(s, 'luhc')), to='delirium-study@uoft-research.example', subj='Interim results', body=body,
                atts=[('pdf', 'interim.pdf', pdf)])


def n_conference_en(c):
    r = c.r
    talks = [(c.staff(), t) for t in r.sample(['Managing heart failure in the frail elderly', 'Opioid agonist therapy in primary care', 'Sepsis: the first hour',
                                                'Updates in type 2 diabetes', 'Dementia and driving', 'Long COVID clinic: year 2', 'MS disease-modifying therapies'], 4)]
    body = ("Eastern Ontario Primary Care Conference - Feb 6, 2027\n\nProgramme:\n" +
            '\n'.join(f"{8 + i}:00  Dr. {p['full']} - {t}" for i, (p, t) in enumerate(talks)) +
            "\n\nRegistration: $195 (residents free). Mainpro+ credits: 6.\nVenue: Lakeshore Conference Centre, 600 Harbourview Ave.")
    return dict(cat='conference_programme', lang='en', note='Conference programme with speakers and disease topics',
                frm=addr('CME Office', 'cme@lakeshore-uhc.example'), to='fht-physicians@dvfht.example', subj='Save the date + programme', body=body,
                mode=r.choice(['alt', 'html', None]))


def n_conference_fr(c):
    r = c.r
    talks = [(c.staff('fr'), t) for t in r.sample(['La MPOC en 2027', "L'insuffisance cardiaque en première ligne", 'Maladie de Lyme : mise à jour',
                                                    'Démence et troubles du comportement', 'Santé mentale des jeunes'], 3)]
    body = "Journée scientifique de l'Estrie - 20 mars 2027\n\n" + '\n'.join(f"{9 + i} h - Dr {p['full']} : {t}" for i, (p, t) in enumerate(talks)) + "\n\nInscription avant le 1er mars."
    return dict(cat='conference_programme', lang='fr', note='French conference programme with speakers and topics',
                frm=addr('DPC Estrie', 'dpc@cisss-cantons.example'), to='medecins@mch-hcm.example', subj='Journée scientifique 2027', body=body)


def n_job_en(c):
    r = c.r
    job = r.choice(['Registered Nurse - Emergency (full-time)', 'Clinical Pharmacist - Oncology', 'Personal Support Worker - nights', 'Medical Office Assistant', 'Nurse Practitioner - Memory Clinic'])
    body = (f"JOB POSTING #{r.randint(2026100, 2026999)}\n\n{job}\n\nQualifications: current registration with the regulatory college; BCLS.\n"
            f"Salary: per collective agreement.\nApply by Dec 18 via the careers portal. We are an equal opportunity employer.")
    return dict(cat='job_posting', lang='en', note='Job posting', frm=addr('Talent Acquisition', 'careers@lakeshore-uhc.example'),
                to='postings@ona-local.example', subj=f"Posting: {job}", body=body)


def n_job_fr(c):
    r = c.r
    job = r.choice(['Infirmière auxiliaire - soins de longue durée', 'Préposé aux bénéficiaires', 'Travailleuse sociale - santé mentale', 'Inhalothérapeute'])
    body = f"Offre d'emploi\n\n{job}\nStatut : temps complet, quart de jour\nExigences : membre de l'ordre professionnel; bilinguisme un atout.\nPostulez d'ici le 15 janvier."
    return dict(cat='job_posting', lang='fr', note='French job posting', frm=addr('Recrutement HCM', 'emplois@mch-hcm.example'),
                to='emploi-estrie@job-board.example', subj=f"Offre : {job}", body=body)


def n_it_en(c):
    r = c.r
    v = r.choice([('Planned outage: NAS maintenance', 'The departmental NAS (\\\\fs-nas02) will be unavailable Saturday 22:00-02:00 for firmware upgrades. Save your files locally.'),
                  ('EMR downtime Sunday', 'Epic will be in scheduled downtime Sunday 02:00-04:00. Use downtime forms and the BCA printers on each unit.'),
                  ('Phishing alert', 'We are seeing emails pretending to be from Payroll asking you to confirm your banking details. Do not click. Report to the Service Desk.'),
                  ('Password expiry', 'Your network password expires in 5 days. Change it at https://passwords.lakeshore-uhc.example.')])
    body = f"{v[1]}\n\nTicket reference: INC{r.randint(1000000, 9999999)}\nService Desk ext 4357 (HELP)"
    return dict(cat='it_notice', lang='en', note='IT notice', frm=addr('IT Service Desk', 'servicedesk@lakeshore-uhc.example'),
                to='allstaff@lakeshore-uhc.example', subj=v[0], body=body)


def n_it_fr(c):
    r = c.r
    v = r.choice([('Maintenance du NAS', 'Le NAS des archives sera hors ligne samedi de 22 h à 2 h pour une mise à jour. Le NAS n\'est pas accessible pendant ce temps.'),
                  ('Panne réseau Wi-Fi', 'Le réseau sans fil du 3e étage est instable; les techniciens sont sur place.'),
                  ('Migration Office 365', 'Votre boîte courriel sera migrée ce week-end. Aucune action requise.')])
    body = f"Bonjour,\n\n{v[1]}\n\nBillet : {r.randint(100000, 999999)}\nSoutien informatique, poste 4444"
    return dict(cat='it_notice', lang='fr', note='French IT notice (NAS = network storage)', frm=addr('Soutien TI', 'ti@mch-hcm.example'),
                to='tous@mch-hcm.example', subj=v[0], body=body)


def n_facilities_en(c):
    r = c.r
    v = r.choice([('Parking P2 closure', 'Level 2 of the P2 garage will be closed Dec 9-11 for line painting. Staff with P2 permits may use P4.'),
                  ('Elevator B out of service', 'Elevator B (south tower) is out of service for repairs until Thursday. Use elevators A and C for patient transport.'),
                  ('Cafeteria holiday hours', 'The Harbour Café will close at 3 pm on Dec 24 and 31. Turkey lunch is on Dec 17, $9.50.'),
                  ('Water shut-off 4th floor', 'Domestic water will be shut off on 4 North from 06:00-08:00 Tuesday. Bottled water will be provided.')])
    body = f"{v[1]}\n\nFacilities Management\n{ORGS['luhc']['name']}\next 2200"
    return dict(cat='facilities', lang='en', note='Facilities/parking/cafeteria notice', frm=addr('Facilities', 'facilities@lakeshore-uhc.example'),
                to='allstaff@lakeshore-uhc.example', subj=v[0], body=body)


def n_facilities_fr(c):
    r = c.r
    v = r.choice([('Stationnement - déneigement', 'Le stationnement P1 sera déneigé cette nuit. Veuillez déplacer vos véhicules avant 23 h.'),
                  ('Cafétéria', 'La cafétéria sera fermée le 25 décembre. Des boîtes-repas seront disponibles au 1er étage.'),
                  ('Travaux - entrée principale', "L'entrée principale sera fermée du 7 au 11 décembre. Utilisez l'entrée de l'urgence.")])
    body = f"Bonjour,\n\n{v[1]}\n\nServices techniques, poste 2210"
    return dict(cat='facilities', lang='fr', note='French facilities notice', frm=addr('Services techniques', 'st@mch-hcm.example'),
                to='tous@mch-hcm.example', subj=v[0], body=body)


def n_phu_bulletin_en(c):
    r = c.r
    body = (f"Respiratory Surveillance - Week {r.randint(45, 49)}\n\n- Influenza A: {r.randint(40, 180)} lab-confirmed cases in the region (+{r.randint(10, 40)}%)\n"
            f"- Outbreaks: {r.randint(2, 7)} in LTC homes, {r.randint(0, 3)} in hospitals ({r.randint(8, 15)} cases on unit 4B at one acute site)\n"
            f"- RSV positivity: {r.randint(8, 19)}%\n- COVID-19 wastewater: moderate\n\nReminder: report outbreaks to 705-555-0124.\n\nLakeshore-Kawartha Public Health")
    return dict(cat='public_health_bulletin', lang='en', note='Public health surveillance bulletin with aggregate counts',
                frm=addr('LKPH Surveillance', 'surveillance@lkph.example'), to='ipac-partners@lkph.example', subj='Respiratory surveillance update', body=body,
                mode=r.choice(['alt', 'html', None]))


def n_phu_bulletin_fr(c):
    r = c.r
    body = (f"Vigie - Santé publique\n\nSemaine {r.randint(45, 49)} : {r.randint(20, 90)} cas d'influenza confirmés en Estrie, {r.randint(1, 5)} éclosions en CHSLD. "
            f"{r.randint(4, 14)} cas d'influenza à l'unité 3 Nord de l'hôpital. Rappel : port du masque aux urgences.\n\nDirection de santé publique")
    return dict(cat='public_health_bulletin', lang='fr', note='French public health bulletin with aggregate counts',
                frm=addr('Santé publique', 'vigie@cisss-cantons.example'), to='partenaires@cisss-cantons.example', subj='Vigie influenza', body=body)


def n_teaching_case_en(c):
    r = c.r; s = c.staff()
    case = r.choice(['A 62-year-old man presents with 2 h of crushing chest pain and diaphoresis. ECG shows ST elevation in II, III, aVF.',
                     'A 34-year-old woman, 30 weeks pregnant, presents with headache and BP 168/112.',
                     'A 78-year-old woman with dementia is brought from her LTC home with new confusion and a temperature of 38.6.'])
    body = f"Residents,\n\nCase for Thursday's morning report:\n\n{case}\n\nQuestions: 1) differential 2) next investigations 3) initial management.\n\n" + sig(c, s, 'luhc', 'MD, Program Director')
    return dict(cat='teaching_case', lang='en', note='Anonymised teaching case, no identifiers', frm=addr(s['full'], em(s, 'luhc')),
                to='im-residents@lakeshore-uhc.example', subj='Morning report case', body=body)


def n_teaching_case_fr(c):
    r = c.r; s = c.staff('fr')
    case = r.choice(["Un homme de 62 ans se présente pour une dyspnée progressive et des œdèmes aux membres inférieurs.",
                     "Une femme de 45 ans consulte pour fatigue, prise de poids et intolérance au froid. TSH à 18."])
    body = f"Bonjour à tous,\n\nCas clinique pour le club de lecture :\n\n{case}\n\nQuelle est votre démarche?\n\n" + sig(c, s, 'mch', 'MD', 'fr')
    return dict(cat='teaching_case', lang='fr', note='Anonymised French teaching case', frm=addr(s['full'], em(s, 'mch')),
                to='residents@mch-hcm.example', subj='Cas clinique', body=body)


def n_committee_en(c, idx):
    r = c.r; s = c.staff(sex='F')
    name = r.choice(['Pharmacy & Therapeutics Committee', 'Medical Advisory Committee', 'IPAC Committee', 'Quality of Care Committee'])
    start = datetime.datetime(2026, 12, r.randint(3, 17), 12, 0)
    ics = ics_text(f"com-{idx}@lakeshore-uhc.example", name, start, 60, 'Boardroom 2 / Teams', em(s, 'luhc'), ['committee@lakeshore-uhc.example'],
                   'Agenda: 1. Approval of minutes 2. Formulary additions 3. Hand hygiene audit results 4. Other business')
    body = f"Please find the meeting invitation and agenda for the {name}.\n\n" + sig(c, s, 'luhc', 'Committee Secretary')
    return dict(cat='committee_notice', lang='en', note='Committee meeting invitation with agenda', frm=addr(s['full'], em(s, 'luhc')),
                to='committee@lakeshore-uhc.example', subj=f"{name} - December meeting", body=body, atts=[('ics', 'meeting.ics', ics)])


def n_physician_disease_en(c):
    r = c.r; d1 = c.staff(); d2 = c.staff(); s = c.staff(sex='F')
    body = (f"Hi,\n\nFor the referral directory: Dr. {d1['full']} runs the MS and neuro-immunology clinic (Tues/Thurs); "
            f"Dr. {d2['full']} has taken over the diabetes in pregnancy clinic from Dr. {c.staff()['last']}. "
            f"Both accept eReferrals. Fax 416-555-0110.\n\n" + sig(c, s, 'luhc', 'Referral Office'))
    return dict(cat='physician_directory', lang='en', note='Physicians named next to the diseases they treat',
                frm=addr(s['full'], em(s, 'luhc')), to='admin@dvfht.example', subj='Clinic directory updates', body=body)


def n_staff_sick_en(c):
    r = c.r; e = c.staff(); s = c.staff(sex='F')
    body = (f"Hi team,\n\n{e['first']} is off this week with {r.choice(['pneumonia', 'shingles', 'a bad flu', 'COVID'])}. "
            f"Can anyone pick up {r.choice(['Tue and Wed days', 'Thursday night', 'the weekend'])}? Let me know by 3.\n\n{s['first']}")
    return dict(cat='staff_coverage', lang='en', note='Coverage request mentioning a staff member off sick',
                frm=addr(s['full'], em(s, 'ltc')), to='rpn-team@maplecrest-ltc.example', subj='coverage needed', body=body)


def n_roster_lookalike_en(c):
    r = c.r; s = c.staff(sex='F')
    lines = []
    for i in range(r.randint(5, 8)):
        p = c.staff()
        lo = r.randint(1, 24)
        lines.append(f"Rm {lo:02d}-{lo + 4:02d}  {p['last'].upper()}, {p['first']}  {r.choice(['RN', 'RPN', 'PSW'])}  ext {r.randint(4400, 4499)}  {r.choice(['break 1000', 'break 1130', 'float', 'charge'])}")
    body = f"Assignment for days {dt(c, (1, 3)):%b %d}:\n\n" + '\n'.join(lines) + "\n\nHuddle at 0745.\n" + sig(c, s, 'luhc', 'Charge RN')
    return dict(cat='staff_assignment', lang='en', note='Nurse room assignment list (staff names and extensions), no patients',
                frm=addr(s['full'], em(s, 'luhc')), to='6e-nursing@lakeshore-uhc.example', subj=r.choice(['assignment', 'days assignment', 'pt assignment tmrw']), body=body)


def n_drug_recall_en(c):
    r = c.r
    drug = r.choice(['Metformin ER 500 mg', 'Ranitidine 150 mg', 'Heparin 5,000 units/mL', 'Salbutamol HFA 100 mcg'])
    lots = ', '.join(f"{r.choice('ABKMX')}{r.randint(10000, 99999)}" for _ in range(3))
    body = (f"Pharmacy notice: Health Canada Type II recall of {drug}, lots {lots}, exp 2027-{r.randint(1, 12):02d}. "
            f"Quarantine remaining stock and return to pharmacy. DIN {r.randint(2200000, 2499999):08d}.\n\nPharmacy Department")
    return dict(cat='drug_recall', lang='en', note='Drug recall notice with lot numbers and DIN', frm=addr('Pharmacy', 'pharmacy@lakeshore-uhc.example'),
                to='nursing-managers@lakeshore-uhc.example', subj=f"RECALL: {drug}", body=body)


def n_staff_meeting_ics_en(c, idx):
    r = c.r; s = c.staff()
    start = datetime.datetime(2026, 12, r.randint(2, 18), 7, 30)
    ics = ics_text(f"staff-{idx}@dvfht.example", r.choice(['FHT team meeting', 'QI huddle', 'Lunch & learn: COPD inhalers']), start, 45,
                   'Room 3 / Zoom', em(s, 'fht'), ['team@dvfht.example'], 'Lunch provided by a sponsor. Speaker: respiratory therapist.')
    return dict(cat='staff_meeting_invite', lang='en', note='Staff meeting invitation', frm=addr(s['full'], em(s, 'fht')),
                to='team@dvfht.example', subj='Invitation: team meeting', body='See invite.\n\n' + sig(c, s, 'fht', 'Executive Director'),
                atts=[('ics', 'invite.ics', ics)])


def n_vendor_vcard_en(c):
    r = c.r; p = c.staff()
    v = vcf_text(p['first'], p['last'], tel=phone(r, '905'), email_=f"{p['first'].lower()}@vitalis-imaging.example", org='Vitalis Imaging Canada', title='Account Manager')
    body = f"Great meeting you at the OHA show. My contact card is attached - happy to set up a demo of the new portable ultrasound.\n\n{p['full']}\nVitalis Imaging Canada"
    return dict(cat='vendor_mail', lang='en', note='Vendor sales mail with the rep vCard', frm=addr(p['full'], f"{p['first'].lower()}@vitalis-imaging.example"),
                to='biomed@lakeshore-uhc.example', subj='Nice meeting you', body=body, atts=[('vcf', f"{p['last']}.vcf", v)])


def n_qi_aggregate_en(c):
    r = c.r; s = c.staff(sex='F')
    rows = [('Unit', 'Patient days', 'Falls', 'Falls w/ injury', 'Rate /1000')]
    for u in ['4B', '5W', '6E', '7N', 'ICU']:
        pd_ = r.randint(800, 2600); f = r.randint(0, 9)
        rows.append((u, pd_, f, r.randint(0, min(f, 2)), round(f * 1000 / pd_, 2)))
    data = xlsx_bytes([('Q3 falls', rows)])
    body = "Q3 falls dashboard attached for the Quality committee. 6E is above target again.\n\n" + sig(c, s, 'luhc', 'Quality Specialist')
    return dict(cat='quality_aggregate', lang='en', note='Quality dashboard with aggregate falls per unit',
                frm=addr(s['full'], em(s, 'luhc')), to='quality@lakeshore-uhc.example', subj='Q3 falls', body=body, atts=[('xlsx', 'falls_Q3.xlsx', data)])


def n_formulary_fr(c):
    r = c.r
    body = ("Mise à jour de la liste locale des médicaments :\n- Ajout : empagliflozine 10 mg\n- Retrait : ranitidine\n"
            "- Substitution : apixaban générique à compter du 1er janvier\n\nComité de pharmacologie")
    return dict(cat='formulary_update', lang='fr', note='French formulary update (drug names only)', frm=addr('Pharmacie HCM', 'pharmacie@mch-hcm.example'),
                to='medecins@mch-hcm.example', subj='Liste des médicaments - mise à jour', body=body)


def n_foundation_en(c):
    r = c.r
    body = (f"Thanks to our donors, the Lakeshore Foundation raised ${r.randint(1, 4)}.{r.randint(1, 9)}M at the Winter Gala for the new MRI suite. "
            "Special thanks to our corporate sponsors and to the Board.\n\nLakeshore Foundation | Charitable reg. 11925 5555 RR0001")
    return dict(cat='foundation', lang='en', note='Foundation fundraising news', frm=addr('Lakeshore Foundation', 'foundation@lakeshore-uhc.example'),
                to='allstaff@lakeshore-uhc.example', subj='Gala results', body=body, mode=r.choice(['html', 'alt']))


def n_imei_assets_en(c):
    r = c.r; s = c.staff()
    lines = ['asset_tag,device,imei,serial,assigned_to,employee_no']
    for _ in range(r.randint(5, 9)):
        p = c.staff()
        lines.append(f"LU-{r.randint(10000, 99999)},iPhone 14,{luhn_number(r, 15)},F{r.randint(10**8, 10**9 - 1)}X,{p['full']},{luhn_number(r, 9)}")
    body = "Attached is the mobile device inventory for the Vocera/iPhone refresh. Please verify assignments.\n\n" + sig(c, s, 'luhc', 'IT Asset Mgmt')
    return dict(cat='asset_inventory', lang='en', note='Device inventory with IMEIs, serials, asset tags and employee numbers (checksum-valid look-alikes)',
                frm=addr(s['full'], em(s, 'luhc')), to='telecom@lakeshore-uhc.example', subj='device inventory', body=body,
                atts=[('csv', 'devices.csv', '\n'.join(lines) + '\n')])


def n_reply_thread_en(c):
    r = c.r; a = c.staff(); b = c.staff()
    orig = f"Hi {b['first']}, can you swap my Dec 20 night for your Dec 27 day? I have a family thing.\n\n{a['first']}"
    body = r.choice(['Works for me, I\'ll tell the scheduler.', 'Sorry, can\'t - I\'m away that week.']) + f"\n\n{b['first']}\n\nOn Tue, Dec 1, 2026, {a['full']} wrote:\n" + quote(orig)
    return dict(cat='reply_thread', lang='en', note='Reply with quoted shift-swap discussion between staff',
                frm=addr(b['full'], em(b, 'luhc')), to=addr(a['full'], em(a, 'luhc')), subj='RE: shift swap', body=body)


def n_fwd_fr(c):
    r = c.r; a = c.staff('fr'); b = c.staff('fr')
    body = (f"Pour info.\n\n---------- Message transféré ----------\nDe : Direction des soins infirmiers\nObjet : Formation RCR\n\n"
            f"La formation RCR obligatoire aura lieu les 8 et 15 décembre à la salle Orford. Inscription auprès de {a['full']}, poste 3120.")
    return dict(cat='inline_forward', lang='fr', note='French forwarded training notice', frm=addr(b['full'], em(b, 'mch')),
                to='equipe-3nord@mch-hcm.example', subj='TR: Formation RCR', body=body)


def n_clinic_phone_list_en(c):
    r = c.r
    clinics = ['Anticoagulation Clinic', 'Diabetes Education Centre', 'Memory Clinic', 'Heart Function Clinic', 'Fracture Clinic', 'Wound Care', 'Mental Health Intake']
    body = "Updated clinic phone/fax list:\n\n" + '\n'.join(f"{cl:<28} T 416-555-{r.randint(100, 199):04d}  F 416-555-{r.randint(100, 199):04d}" for cl in clinics) + "\n\nPlease post at the nursing station."
    return dict(cat='clinic_directory', lang='en', note='Clinic phone and fax directory', frm=addr('Switchboard', 'switchboard@lakeshore-uhc.example'),
                to='unit-clerks@lakeshore-uhc.example', subj='clinic phone list', body=body)


def n_ltc_newsletter_en(c):
    r = c.r
    body = ("Maplecrest Family Newsletter - December\n\n- Holiday concert Dec 18, 2 pm, Main Lounge\n- Flu vaccine clinic: 94% of residents vaccinated\n"
            "- Visiting hours extended over the holidays\n- Thank you to our 42 volunteers!\n\nMaplecrest Long-Term Care Home")
    return dict(cat='ltc_newsletter', lang='en', note='LTC family newsletter with aggregate figures', frm=addr('Maplecrest Recreation', 'recreation@maplecrest-ltc.example'),
                to='families@maplecrest-ltc.example', subj='December newsletter', body=body, mode=r.choice(['alt', 'html']))


def n_accreditation_en(c):
    r = c.r; s = c.staff()
    body = ("Accreditation Canada surveyors will be on site Feb 2-5. Please review the ROPs: two patient identifiers, medication reconciliation, falls prevention, "
            "hand hygiene. Tracer practice sessions are on the shared drive.\n\n" + sig(c, s, 'luhc', 'Director, Quality'))
    return dict(cat='accreditation', lang='en', note='Accreditation preparation notice', frm=addr(s['full'], em(s, 'luhc')),
                to='managers@lakeshore-uhc.example', subj='Accreditation prep', body=body)


def n_payroll_en(c):
    r = c.r
    body = ("T4 slips for 2026 will be available in the employee portal by Feb 28. Make sure your mailing address is up to date. "
            f"Questions: payroll ext 2890 (have your employee number ready, e.g. 100234).\n\nPayroll Services")
    return dict(cat='payroll', lang='en', note='Payroll notice', frm=addr('Payroll', 'payroll@lakeshore-uhc.example'),
                to='allstaff@lakeshore-uhc.example', subj='T4 slips', body=body)


def n_volunteer_en(c):
    body = "We need volunteers for the holiday gift cart on Dec 22-23 (2-hour shifts). Sign up at the Volunteer Office, ext 2600.\n\nVolunteer Resources"
    return dict(cat='volunteer', lang='en', note='Volunteer call', frm=addr('Volunteer Resources', 'volunteers@lakeshore-uhc.example'),
                to='volunteers-list@lakeshore-uhc.example', subj='Holiday gift cart', body=body)


def n_checksum_lookalike_en(c):
    r = c.r; s = c.staff()
    body = (f"Hi,\n\nOur new fax line account number is {ohip(r)} and the Bell reference is {sin(r)}. The toner order # is {luhn_number(r, 12)}.\n"
            f"Main clinic line stays {ORGS['fht']['phone']}.\n\n" + sig(c, s, 'fht', 'Office Manager'))
    return dict(cat='vendor_mail', lang='en', note='Office mail with account/reference numbers that happen to pass checksums',
                frm=addr(s['full'], em(s, 'fht')), to='reception@dvfht.example', subj='new fax line', body=body)


def n_hr_fwd_att_en(c, idx):
    r = c.r; a = c.staff(); b = c.staff(); e = c.staff()
    inner = inner_eml(addr(a['full'], em(a, 'luhc')), addr(b['full'], em(b, 'luhc')), 'Orientation week',
                      f"{e['full']} starts on 5W Monday Dec 7. Please pair with a preceptor for 4 shifts.\n\n{a['first']}",
                      datetime.datetime(2026, 11, 25, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-5))), idx)
    return dict(cat='forward_as_attachment', lang='en', note='Forwarded staff orientation e-mail attached as .eml',
                frm=addr(b['full'], em(b, 'luhc')), to='educator-5w@lakeshore-uhc.example', subj='Fw: Orientation week',
                body='FYI\n\n' + sig(c, b, 'luhc', ''), atts=[('eml', 'Orientation week.eml', inner)])


def n_zip_policies_fr(c):
    r = c.r; s = c.staff('fr', 'F')
    d = docx_bytes('Politique - Hygiène des mains', ['Objectif : réduire les infections nosocomiales.', 'Taux de conformité 2026 : 82 %.'])
    p = pdf_bytes('Procédure - Isolement', ['Précautions contact : SARM, ERV, C. difficile.', 'Affiche à l\'entrée de la chambre.'])
    z = zip_bytes([('politique_hygiene.docx', d), ('procedure_isolement.pdf', p)])
    return dict(cat='policy_documents', lang='fr', note='ZIP of French policy documents', frm=addr(s['full'], em(s, 'mch')),
                to='chefs-unite@mch-hcm.example', subj='Politiques PCI révisées', body='Bonjour,\n\nVoici les politiques révisées.\n\n' + sig(c, s, 'mch', 'conseillère PCI', 'fr'),
                atts=[('zip', 'politiques_PCI.zip', z)])


def n_rostered_fht_en(c):
    r = c.r; s = c.staff(sex='F')
    rows = [('Provider', 'Rostered patients', 'Diabetic', 'Screening up to date %')]
    for _ in range(6):
        p = c.staff()
        rows.append((f"Dr. {p['last']}", r.randint(900, 1600), r.randint(80, 190), r.randint(55, 88)))
    body = "Panel summary by provider (aggregate, from the EMR):\n\n" + '\n'.join(' | '.join(str(x) for x in row) for row in rows) + "\n\n" + sig(c, s, 'fht', 'QI Decision Support Specialist')
    return dict(cat='quality_aggregate', lang='en', note='Panel aggregates per physician (counts only)', frm=addr(s['full'], em(s, 'fht')),
                to='physicians@dvfht.example', subj='Panel summary Q3', body=body)


NEGATIVES = [
    (n_newsletter_en, 3), (n_newsletter_fr, 3), (n_staff_schedule_en, 4), (n_oncall_fr, 3), (n_hr_employee_en, 4), (n_hr_fr, 3),
    (n_memorial_en, 2), (n_award_en, 3), (n_blank_form_en, 2), (n_template_example_en, 2), (n_blank_form_fr, 2),
    (n_vendor_invoice_en, 4), (n_vendor_fr, 3), (n_research_aggregate_en, 3), (n_conference_en, 3), (n_conference_fr, 2),
    (n_job_en, 3), (n_job_fr, 3), (n_it_en, 4), (n_it_fr, 3), (n_facilities_en, 4), (n_facilities_fr, 3),
    (n_phu_bulletin_en, 3), (n_phu_bulletin_fr, 3), (n_teaching_case_en, 3), (n_teaching_case_fr, 2), ('committee', 3),
    (n_physician_disease_en, 2), (n_staff_sick_en, 2), (n_roster_lookalike_en, 3), (n_drug_recall_en, 2), ('meeting', 2),
    (n_vendor_vcard_en, 1), (n_qi_aggregate_en, 2), (n_formulary_fr, 2), (n_foundation_en, 2), (n_imei_assets_en, 2),
    (n_reply_thread_en, 2), (n_fwd_fr, 2), (n_clinic_phone_list_en, 2), (n_ltc_newsletter_en, 1), (n_accreditation_en, 1),
    (n_payroll_en, 1), (n_volunteer_en, 1), (n_checksum_lookalike_en, 2), ('hrfwd', 1), (n_zip_policies_fr, 1), (n_rostered_fht_en, 1),
]


def run_neg(c, key, idx):
    if key == 'committee':
        m = n_committee_en(c, idx)
    elif key == 'meeting':
        m = n_staff_meeting_ics_en(c, idx)
    elif key == 'hrfwd':
        m = n_hr_fwd_att_en(c, idx)
    else:
        m = key(c)
    m['types'] = []
    return m


def n_ramq_format_en(c):
    r = c.r; s = c.staff(sex='F')
    body = ("Hi billing team,\n\nReminder for the Ontario/Quebec cross-border patients: a RAMQ number (NAM) is 4 letters + 8 digits, "
            "e.g. ABCD 1234 5678 (placeholder, not a real card); an Ontario health card is 10 digits + a 2-letter version code, e.g. 1234-567-890-XX. "
            "If the card is expired, use the out-of-province form (attached to the intranet page).\n\n" + sig(c, s, 'mch', 'Billing Supervisor'))
    return dict(cat='billing_howto', lang='en', note='Billing how-to with placeholder identifier formats only',
                frm=addr(s['full'], em(s, 'mch')), to='billing@mch-hcm.example', subj='NAM / OHIP formats reminder', body=body)


NEGATIVES = [(k, n - (1 if k is n_it_en else 0)) for k, n in NEGATIVES] + [(n_ramq_format_en, 1)]


def n_wsib_en(c):
    r = c.r; e = c.staff(); m = c.staff(sex='F')
    body = (f"Hi,\n\n{e['full']} (PSW, emp # {r.randint(100000, 999999)}) strained {'her' if e['sex'] == 'F' else 'his'} lower back during a transfer on 3 West last night. "
            f"Form 7 submitted to WSIB today; {e['first']} is off until cleared by Occupational Health. Please adjust the schedule.\n\n" + sig(c, m, 'ltc', 'Occupational Health Nurse'))
    return dict(cat='hr_employee', lang='en', note='Workplace injury report about a named staff member',
                frm=addr(m['full'], em(m, 'ltc')), to='scheduling@maplecrest-ltc.example', subj='WSIB - staff injury', body=body)


def n_survey_en(c):
    r = c.r; s = c.staff(sex='F')
    body = (f"Patient experience survey Q3: {r.randint(180, 420)} responses, {r.randint(78, 92)}% would recommend. "
            f"Top themes: wait times in ED, noise at night on 5W, praise for nursing. Comments have been de-identified.\n\n" + sig(c, s, 'luhc', 'Patient Relations'))
    return dict(cat='quality_aggregate', lang='en', note='Patient experience survey aggregate results', frm=addr(s['full'], em(s, 'luhc')),
                to='leadership@lakeshore-uhc.example', subj='Q3 patient experience', body=body)


NEGATIVES = [(k, n - (1 if k in (n_facilities_en, n_it_en) else 0)) for k, n in NEGATIVES] + [(n_wsib_en, 1), (n_survey_en, 1)]


# ================================================================ main


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument('--seed', type=int, default=8087)
    a = ap.parse_args()
    out = a.out
    for sub in ('positive', 'negative'):
        shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
        os.makedirs(os.path.join(out, sub))
    c = Ctx(a.seed)
    jobs = [('p', k) for k, n in POSITIVES for _ in range(n)] + [('n', k) for k, n in NEGATIVES for _ in range(n)]
    c.r.shuffle(jobs)
    labels = {}
    np_ = nn_ = 0
    stats = collections.Counter()
    base = datetime.datetime(2026, 11, 2, 7, 0, tzinfo=TZ)
    for idx, (kind, key) in enumerate(jobs, 1):
        m = run_pos(c, key, idx) if kind == 'p' else run_neg(c, key, idx)
        date = base + datetime.timedelta(minutes=idx * 241 + c.r.randint(0, 200))
        data, tr = build(c, m, idx, date)
        if kind == 'p':
            np_ += 1; name = f"positive/p{np_:03d}_{m['cat']}.eml"
        else:
            nn_ += 1; name = f"negative/n{nn_:03d}_{m['cat']}.eml"
        with open(os.path.join(out, name), 'wb') as f:
            f.write(data)
        labels[name] = {'confidential': kind == 'p', 'types': sorted(set(m['types'])) if kind == 'p' else [],
                        'lang': m['lang'], 'note': m['note']}
        stats[('lang', m['lang'])] += 1
        stats[('cat', kind, m['cat'])] += 1
        stats[('mode', tr['mode'] if not tr['atts'] else 'mixed')] += 1
        stats[('charset', tr['charset'])] += 1
        stats[('cte', tr['cte'])] += 1
        stats[('eol', 'CRLF' if tr['crlf'] else 'LF')] += 1
        for at in tr['atts']:
            stats[('att', at)] += 1
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write('\n')
    # ---- self-check
    files = sorted(os.path.join(s, fn) for s in ('positive', 'negative') for fn in os.listdir(os.path.join(out, s)))
    assert files == sorted(labels), 'labels do not cover exactly the files'
    bad = 0
    for fn in files:
        probs = check_file(os.path.join(out, fn))
        if probs:
            bad += 1; print('PROBLEM', fn, probs[:3])
        lab = labels[fn]
        assert lab['confidential'] == bool(lab['types']), fn
        assert lab['confidential'] == fn.startswith('positive/'), fn
    assert bad == 0, f'{bad} files with problems'
    h = hashlib.sha256()
    for fn in files + ['labels.json']:
        h.update(fn.encode() + b'\0')
        with open(os.path.join(out, fn), 'rb') as f:
            h.update(f.read())
    print(f'positives {np_}  negatives {nn_}  total {np_ + nn_}')
    for k in sorted(stats, key=str):
        print('  ', ' '.join(k), stats[k])
    print('sha256', h.hexdigest())


if __name__ == '__main__':
    main()
