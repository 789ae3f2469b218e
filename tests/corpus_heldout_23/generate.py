#!/usr/bin/env python3
"""Seeded, deterministic generator of a synthetic outbound-mail corpus (mother & child care).

Usage: python generate.py [--seed 2323] [--out DIR]
Writes positive/*.eml, negative/*.eml and labels.json, checks them, prints counts and a sha256.
"""
import argparse, base64, datetime, email, email.policy, hashlib, io, json, os, quopri, random, re, shutil, zipfile
from email.header import Header
from email.utils import formataddr, format_datetime

import stdnum.ca.sin as std_sin
import stdnum.be.nn as std_nn
import stdnum.fr.nir as std_nir
import stdnum.luhn as std_luhn

HERE = os.path.dirname(os.path.abspath(__file__))
NAMS_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')

CHU = 'chu-quebec-ex.example'
KIDS = 'kids-east.example'

# ---------------------------------------------------------------- synthetic people
def load_nams():
    out = []
    with open(NAMS_FILE, encoding='utf-8') as fh:
        for line in fh:
            if not line.strip() or line.startswith('#'):
                continue
            sur, given, dob, sex, nam = line.split()
            out.append(dict(sur=sur, given=given, dob=dob, sex=sex, nam=nam))
    return out

NAMS = load_nams()
KIDS_NAM = [p for p in NAMS if int(p['dob'][:4]) >= 2005]
MOMS_NAM = [p for p in NAMS if p['sex'] == 'F' and 1976 <= int(p['dob'][:4]) <= 2002]

STAFF_FR = [('Isabelle', 'Tremblay-Roy', 'Dre', 'pédiatre'), ('Karim', 'Benali', 'Dr', 'néonatologiste'),
            ('Chloé', 'Asselin', 'Dre', 'obstétricienne-gynécologue'), ('Marie-Ève', 'Dion', '', 'inf. clinicienne'),
            ('Julien', 'Lachance', 'Dr', 'pédopsychiatre'), ('Annie', 'Bergeron', '', 'consultante en lactation IBCLC'),
            ('Sophie', 'Vaillancourt', '', 'travailleuse sociale'), ('Mathieu', 'Grenier', 'Dr', 'résident R3 pédiatrie'),
            ('Nadia', 'Ferland', '', 'agente administrative'), ('Valérie', 'Huot', '', 'sage-femme'),
            ('Étienne', 'Labrecque', 'Dr', 'néonatologiste'), ('Josiane', 'Carrier', '', 'inf. praticienne spécialisée')]
STAFF_EN = [('Priya', 'Natarajan', 'Dr.', 'Neonatologist'), ('Owen', 'Fitzgerald', 'Dr.', 'Paediatrician'),
            ('Sarah', 'Kowalski', '', 'RN, NICU'), ('Megan', "O'Connell", '', 'MSW, RSW'),
            ('Daniel', 'Achterberg', 'Dr.', 'Child & Adolescent Psychiatry'), ('Linda', 'Mercer', '', 'IBCLC'),
            ('Hannah', 'Brooks', '', 'Unit Clerk'), ('Rajiv', 'Menon', 'Dr.', 'Obstetrics'),
            ('Claire', 'Whitfield', '', 'Clinical Nurse Educator'), ('Tom', 'Yates', '', 'Patient Flow Coordinator')]
PAT_SUR = ['Tremblay', 'Gagné', 'Bérubé', 'Côté', 'Pelchat', 'Lavoie', 'Dufour', 'Hébert', 'Turcotte', 'Vachon',
           'Nguyen', 'Diallo', 'Haddad', 'Kaur', 'Murphy', 'Campbell', 'Wright', 'Lévesque', 'Beaulieu', 'Rioux',
           'Mbeki', 'Santos', 'Fontaine', 'Desjardins', 'McKay', 'Osei', 'Bilodeau', 'Paré']
KID_GIVEN_F = ['Léa', 'Florence', 'Alice', 'Rosalie', 'Maya', 'Chloe', 'Ava', 'Zoé', 'Amira', 'Olivia']
KID_GIVEN_M = ['Noah', 'Félix', 'Liam', 'Thomas', 'Jacob', 'Elijah', 'Mathis', 'Logan', 'Adam', 'Ethan']
MOM_GIVEN = ['Audrey', 'Marie-Pier', 'Jessica', 'Kim', 'Fatou', 'Stéphanie', 'Emily', 'Ashley', 'Karine', 'Mélissa']
STREETS = ['rue des Érables', 'avenue Maguire', 'boul. Charest Ouest', 'rue Saint-Vallier Est', '3e Avenue',
           'chemin Sainte-Foy', 'rue de la Couronne', 'boul. Wilfrid-Hamel']
STREETS_ON = ['Bank Street', 'Montreal Road', 'Carling Avenue', 'St. Laurent Blvd', 'Bronson Avenue']

class Ctx:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def ch(self, seq):
        return self.r.choice(seq)

    def staff(self, lang):
        f, l, t, role = self.ch(STAFF_FR if lang == 'fr' else STAFF_EN)
        return dict(first=f, last=l, title=t, role=role, full=(t + ' ' if t else '') + f + ' ' + l)

    def kid(self):
        sex = self.ch('FM')
        given = self.ch(KID_GIVEN_F if sex == 'F' else KID_GIVEN_M)
        y = self.r.randint(2009, 2025)
        dob = '%04d-%02d-%02d' % (y, self.r.randint(1, 12), self.r.randint(1, 28))
        return dict(sur=self.ch(PAT_SUR), given=given, sex=sex, dob=dob, nam=None)

    def newborn(self):
        sex = self.ch('FM')
        dob = '2026-%02d-%02d' % (self.r.randint(9, 11), self.r.randint(1, 28))
        return dict(sur=self.ch(PAT_SUR), given=self.ch(KID_GIVEN_F if sex == 'F' else KID_GIVEN_M),
                    sex=sex, dob=dob, nam=None)

    def mom(self):
        y = self.r.randint(1984, 2003)
        return dict(sur=self.ch(PAT_SUR), given=self.ch(MOM_GIVEN), sex='F',
                    dob='%04d-%02d-%02d' % (y, self.r.randint(1, 12), self.r.randint(1, 28)), nam=None)

    def nam_kid(self):
        return dict(self.ch(KIDS_NAM))

    def nam_mom(self):
        return dict(self.ch(MOMS_NAM))

    def mrn(self, site=CHU):
        k = self.r.randint(0, 4)
        if site == KIDS:
            return self.ch(['KE-%06d' % self.r.randint(100000, 999999), '%07d' % self.r.randint(3000000, 7999999)])
        return ['%08d' % self.r.randint(1000000, 9999999), 'H%07d' % self.r.randint(1000000, 9999999),
                '%07d' % self.r.randint(1000000, 9999999), 'Q-%07d' % self.r.randint(100000, 9999999),
                'CHU%06d' % self.r.randint(100000, 999999)][k]

    def sin(self):
        while True:
            base = str(self.r.choice([1, 2, 4, 5, 6, 7])) + '%07d' % self.r.randint(0, 9999999)
            s = base + std_luhn.calc_check_digit(base)
            if std_sin.is_valid(s):
                return s

    def ohn(self):
        base = str(self.r.randint(1, 9)) + '%08d' % self.r.randint(0, 99999999)
        s = base + std_luhn.calc_check_digit(base)
        assert std_luhn.is_valid(s) and len(s) == 10
        return s

    def niss(self, dob, sex):
        y, m, d = dob.split('-')
        serial = self.r.randint(1, 499) * 2 + (0 if sex == 'F' else -1) + (0 if sex == 'F' else 2)
        serial = max(1, min(997, serial))
        body = y[2:] + m + d + '%03d' % serial
        n = int(('2' if int(y) >= 2000 else '') + body)
        s = body + '%02d' % (97 - n % 97)
        assert std_nn.is_valid(s), s
        return s

    def nir(self, dob, sex):
        y, m, d = dob.split('-')
        while True:
            body = ('2' if sex == 'F' else '1') + y[2:] + m + '%02d' % self.r.randint(1, 95) + \
                   '%03d' % self.r.randint(1, 990) + '%03d' % self.r.randint(1, 999)
            s = body + '%02d' % (97 - int(body) % 97)
            if std_nir.is_valid(s):
                return s

    def phone(self, area=None):
        return '%s-555-%04d' % (area or self.ch(['418', '581', '418']), self.r.randint(100, 9999))

    def date(self):
        d = datetime.datetime(2026, 9, 1, 7, 0) + datetime.timedelta(days=self.r.randint(0, 90), minutes=self.r.randint(0, 12 * 60))
        tz = datetime.timezone(datetime.timedelta(hours=-4 if d.month < 11 else -5))
        return d.replace(tzinfo=tz)


# ---------------------------------------------------------------- helpers for text
def fmt_nam(c, nam, style=None):
    style = style if style is not None else c.r.randint(0, 6)
    if style == 0: return nam
    if style == 1: return '%s %s %s' % (nam[:4], nam[4:8], nam[8:])
    if style == 2: return '%s-%s-%s' % (nam[:4], nam[4:8], nam[8:])
    if style == 3: return nam.lower() if c.r.random() < .3 else '%s %s' % (nam[:4], nam[4:])
    if style == 4: return '.'.join([nam[:4], nam[4:8], nam[8:]])
    if style == 5: return nam
    return '%s %s %s' % (nam[:4], nam[4:8], nam[8:])

def fmt_digits(c, s, groups):
    sep = c.ch([' ', '-', '.', ''])
    out, i = [], 0
    for g in groups:
        out.append(s[i:i + g]); i += g
    return sep.join(out)

FW = str.maketrans('0123456789', '０１２３４５６７８９')

def fr_date(dob):
    y, m, d = dob.split('-')
    return '%s/%s/%s' % (d, m, y)

def age_str(dob, lang):
    y, m, d = map(int, dob.split('-'))
    months = (2026 - y) * 12 + (10 - m)
    if months < 1:
        return ('%d j' % 10) if lang == 'fr' else '10 d'
    if months < 24:
        return ('%d mois' % months) if lang == 'fr' else '%d mo' % months
    return ('%d ans' % (months // 12)) if lang == 'fr' else '%d y' % (months // 12)

def g(p, m, f):
    return m if p['sex'] == 'M' else f

def sig(c, lang, site=None, who=None):
    who = who or c.staff(lang)
    if lang == 'fr':
        unit = c.ch(['Centre mère-enfant', 'Unité néonatale (USIN)', 'Clinique de pédiatrie', 'Maison de naissance',
                     'Pédopsychiatrie - clinique externe', 'Service social périnatal', 'Bloc naissance 4e'])
        s = '%s\n%s\n%s\nCHU de Québec (exemple) - 2705 boul. Laurier, Québec QC G1V 4G2\nTél. %s poste %d' % (
            who['full'], who['role'], unit, c.phone('418'), c.r.randint(1000, 9999))
        if c.r.random() < .4:
            s += '\n\nAVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. ' \
                 'Si vous l\'avez reçu par erreur, veuillez le détruire et aviser l\'expéditeur.'
    else:
        unit = c.ch(['NICU', 'Paediatric Medicine, 6 North', 'Child & Youth Mental Health', 'Perinatal Social Work',
                     'Lactation Services', 'Patient Flow'])
        s = '%s\n%s | %s\nKids East Children\'s Hospital (example), 401 Smyth Rd, Ottawa ON K1H 5B2\nT %s ext. %d' % (
            who['full'], who['role'], unit, c.phone('613'), c.r.randint(1000, 9999))
        if c.r.random() < .4:
            s += '\n\nThis e-mail may contain privileged or confidential information. If received in error, ' \
                 'please notify the sender and delete it.'
    return s, who

def addr_of(who, dom):
    local = (who['first'] + '.' + who['last']).lower()
    for a, b in (('é', 'e'), ('è', 'e'), ('ë', 'e'), ('É', 'e'), ('ï', 'i'), ("'", ''), ('-', ''), (' ', '')):
        local = local.replace(a, b)
    return local + '@' + dom

EXT_FR = ['clsc-limoilou.example', 'cpe-les-lucioles.example', 'ecole-saint-roch.example', 'dpj-capitale.example',
          'pharmacie-famille.example', 'gmf-charlesbourg.example', 'maisonnaissance-cn.example',
          'transport-adapte-qc.example', 'ramq-liaison.example', 'cisss-bsl.example']
EXT_EN = [KIDS, 'ottawa-phn.example', 'cas-east.example', 'ocdsb-schools.example', 'fht-orleans.example',
          'rexall-like.example', 'homecare-east.example', 'research-cro.example']

def quote(text, lang, who, when):
    hdr = ('Le %s, %s a écrit :' % (when, who)) if lang == 'fr' else ('On %s, %s wrote:' % (when, who))
    return hdr + '\n' + '\n'.join('> ' + l if l else '>' for l in text.split('\n'))

def fwd(text, lang, frm, subj, when):
    if lang == 'fr':
        h = '-------- Message transféré --------\nDe : %s\nDate : %s\nObjet : %s\n\n' % (frm, when, subj)
    else:
        h = '---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\n\n' % (frm, when, subj)
    return h + text


# ---------------------------------------------------------------- attachments
def fix_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
    for info in sorted(zin.infolist(), key=lambda i: i.filename):
        blob = zin.read(info.filename)
        if info.filename == 'docProps/core.xml':
            blob = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*', rb'\g<1>2026-09-01T08:00:00Z', blob)
        zi = zipfile.ZipInfo(info.filename, (2026, 9, 1, 8, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(zi, blob)
    zout.close()
    return out.getvalue()

def make_pdf(title, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    cv = canvas.Canvas(buf, pagesize=letter, invariant=1)
    cv.setTitle(title)
    y = 740
    cv.setFont('Helvetica-Bold', 13); cv.drawString(60, y, title); y -= 28
    cv.setFont('Helvetica', 10)
    for ln in lines:
        if y < 60:
            cv.showPage(); cv.setFont('Helvetica', 10); y = 740
        cv.drawString(60, y, ln); y -= 15
    cv.save()
    return buf.getvalue()

def make_docx(title, lines, table=None):
    import docx
    d = docx.Document()
    d.core_properties.author = 'CHU'
    d.add_heading(title, 1)
    for ln in lines:
        d.add_paragraph(ln)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, v in enumerate(row):
                t.cell(i, j).text = str(v)
    buf = io.BytesIO(); d.save(buf)
    return fix_zip(buf.getvalue())

def make_xlsx(sheet, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = sheet
    for row in rows:
        ws.append(list(row))
    fixed = datetime.datetime(2026, 9, 1, 8, 0, 0)
    wb.properties.created = fixed; wb.properties.modified = fixed; wb.properties.creator = 'CHU'
    buf = io.BytesIO(); wb.save(buf)
    return fix_zip(buf.getvalue())

def make_zip(files):
    out = io.BytesIO()
    z = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
    for name, blob in files:
        zi = zipfile.ZipInfo(name, (2026, 9, 1, 8, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, blob)
    z.close()
    return out.getvalue()

def make_ics(summary, desc, start, uid, location):
    s = start.strftime('%Y%m%dT%H%M%S')
    e = (start + datetime.timedelta(hours=1)).strftime('%Y%m%dT%H%M%S')
    def esc(t): return t.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    def fold(line):
        b = line.encode('utf-8'); out = []
        while len(b) > 73:
            cut = 73
            while (b[cut] & 0xC0) == 0x80: cut -= 1
            out.append(b[:cut]); b = b[cut:]
        out.append(b)
        return b'\r\n '.join(out).decode('utf-8')
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CHU exemple//Agenda//FR', 'METHOD:REQUEST',
             'BEGIN:VEVENT', 'UID:%s' % uid, 'DTSTAMP:20260901T120000Z', 'DTSTART;TZID=America/Toronto:%s' % s,
             'DTEND;TZID=America/Toronto:%s' % e, 'SUMMARY:%s' % esc(summary), 'LOCATION:%s' % esc(location),
             'DESCRIPTION:%s' % esc(desc), 'END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(fold(l) for l in lines) + '\r\n').encode('utf-8')

def make_vcf(fn, given, sur, tel, email_, note, org, adr=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (sur, given), 'FN:%s' % fn, 'ORG:%s' % org,
             'TEL;TYPE=CELL:%s' % tel]
    if email_: lines.append('EMAIL:%s' % email_)
    if adr: lines.append('ADR;TYPE=HOME:;;%s;Québec;QC;;Canada' % adr.replace(',', '\\,'))
    if note: lines.append('NOTE:%s' % note.replace(',', '\\,').replace('\n', '\\n'))
    lines.append('END:VCARD')
    return ('\r\n'.join(lines) + '\r\n').encode('utf-8')


# ---------------------------------------------------------------- MIME assembly (hand-rolled, byte exact)
def enc_header(name, value, cs='utf-8'):
    try:
        value.encode('ascii')
        return '%s: %s\n' % (name, value)
    except UnicodeEncodeError:
        return '%s: %s\n' % (name, Header(value, cs, header_name=name).encode(linesep='\n'))

def enc_addr(display, addr):
    if display is None:
        return addr
    return formataddr((display, addr), charset='utf-8')

def body_bytes(text, cs, cte):
    raw = text.encode(cs)
    if cte == 'base64':
        return base64.encodebytes(raw)
    if cte == 'quoted-printable':
        return quopri.encodestring(raw)
    if not raw.endswith(b'\n'):
        raw += b'\n'
    return raw

USED = {}

def text_part(c, text, subtype, cs, cte):
    try:
        text.encode(cs)
    except UnicodeEncodeError:
        cs = 'utf-8'
    if cte in ('8bit', '7bit'):
        try:
            text.encode('ascii'); cte = '7bit'
        except UnicodeEncodeError:
            cte = '8bit'
    USED['cs'], USED['cte'] = cs, cte
    h = 'Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n\n' % (subtype, cs, cte)
    return h.encode('ascii') + body_bytes(text, cs, cte)

def to_html(text):
    import html as H
    paras = text.split('\n\n')
    out = ['<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    for p in paras:
        if p.startswith('>') or p.startswith('Le ') and 'a écrit' in p.split('\n')[0] or p.startswith('On ') and 'wrote:' in p.split('\n')[0]:
            out.append('<blockquote style="border-left:2px solid #ccc;padding-left:6px">' +
                       '<br>\n'.join(H.escape(l.lstrip('> ')) for l in p.split('\n')) + '</blockquote>')
        else:
            out.append('<p>' + '<br>\n'.join(H.escape(l) for l in p.split('\n')) + '</p>')
    out.append('</body></html>')
    return '\n'.join(out)

def attach_part(name, ctype, blob, cte='base64'):
    h = 'Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\n' % (ctype, name, name)
    if ctype.startswith('message/rfc822'):
        h = 'Content-Type: message/rfc822\nContent-Disposition: attachment; filename="%s"\n\n' % name
        return h.encode('ascii') + blob.replace(b'\r\n', b'\n')
    if cte == 'quoted-printable':
        return (h + 'Content-Transfer-Encoding: quoted-printable\n\n').encode('ascii') + quopri.encodestring(blob.replace(b'\r\n', b'\n'))
    return (h + 'Content-Transfer-Encoding: base64\n\n').encode('ascii') + base64.encodebytes(blob)

def multipart(c, sub, parts):
    b = '----=_NextPart_%012x' % c.r.getrandbits(48)
    out = b'Content-Type: multipart/%s; boundary="%s"\n\n' % (sub.encode(), b.encode())
    if sub == 'mixed':
        out += b'This is a multi-part message in MIME format.\n\n'
    for p in parts:
        out += b'--' + b.encode() + b'\n' + p
        if not p.endswith(b'\n'):
            out += b'\n'
    out += b'--' + b.encode() + b'--\n'
    return out

def build(c, m, nested=False):
    """m: dict(frm, to, cc, subject, body, attachments, lang, date)."""
    cs = c.ch(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
    cte = c.ch(['quoted-printable', 'base64', '8bit', 'quoted-printable'])
    atts = m.get('attachments') or []
    fmt = m.get('fmt') or c.ch(['plain', 'plain', 'plain', 'html', 'alt', 'alt'])
    if fmt == 'plain':
        body = text_part(c, m['body'], 'plain', cs, cte)
    elif fmt == 'html':
        body = text_part(c, to_html(m['body']), 'html', cs, cte)
    else:
        body = multipart(c, 'alternative', [text_part(c, m['body'], 'plain', cs, cte),
                                            text_part(c, to_html(m['body']), 'html', cs, cte)])
    if atts:
        body = multipart(c, 'mixed', [body] + [attach_part(*a) for a in atts])
        fmt += '+att'
    hcs = 'iso-8859-1' if cs != 'utf-8' and c.r.random() < .5 else 'utf-8'
    try:
        m['subject'].encode(hcs)
    except UnicodeEncodeError:
        hcs = 'utf-8'
    h = ''
    h += 'From: %s\n' % enc_addr(*m['frm'])
    h += 'To: %s\n' % ', '.join(enc_addr(*a) for a in m['to'])
    if m.get('cc'):
        h += 'Cc: %s\n' % ', '.join(enc_addr(*a) for a in m['cc'])
    h += enc_header('Subject', m['subject'], hcs)
    h += 'Date: %s\n' % format_datetime(m['date'])
    h += 'Message-ID: <%016x.%d@%s>\n' % (c.r.getrandbits(64), c.r.randint(1000, 99999), m['frm'][1].split('@')[1])
    if m.get('reply'):
        h += 'In-Reply-To: <%016x@%s>\n' % (c.r.getrandbits(64), m['to'][0][1].split('@')[1])
    h += 'MIME-Version: 1.0\n'
    if not nested:
        h += 'X-Mailer: %s\n' % c.ch(['Microsoft Outlook 16.0', 'Zimbra 9.0', 'Mozilla Thunderbird 115.3', 'Apple Mail (2.3731)'])
    data = h.encode('ascii') + body
    crlf = (not nested) and c.r.random() < .45
    if crlf:
        data = data.replace(b'\n', b'\r\n')
    return data, dict(fmt=fmt, charset=USED['cs'], cte=USED['cte'], eol='CRLF' if crlf else 'LF')


# ---------------------------------------------------------------- message scaffolding
def base_msg(c, lang, subject, body, out=True, to_dom=None, site=None, reply=False):
    site = site or (CHU if lang == 'fr' else c.ch([KIDS, KIDS, CHU]))
    s, who = sig(c, 'fr' if site == CHU and lang == 'fr' else lang)
    if site == CHU and lang == 'en':
        s = s.replace("Kids East Children's Hospital (example), 401 Smyth Rd, Ottawa ON K1H 5B2",
                      'CHU de Québec (example), 2705 Laurier Blvd, Québec QC G1V 4G2').replace('T 613-555', 'T 418-555')
    frm = (who['full'], addr_of(who, site))
    if to_dom is None:
        to_dom = c.ch(EXT_FR if lang == 'fr' else EXT_EN) if out else site
    rw = c.staff(c.ch(['fr', 'en']) if to_dom == KIDS else lang)
    to = [(rw['full'] if c.r.random() < .7 else None, addr_of(rw, to_dom))]
    cc = []
    if c.r.random() < .3:
        cw = c.staff(lang)
        cc = [(cw['full'], addr_of(cw, site))]
    greet = c.ch(['Bonjour,', 'Bonjour %s,' % rw['first'], 'Salut,', 'Allo %s,' % rw['first']]) if lang == 'fr' else \
        c.ch(['Hi,', 'Hi %s,' % rw['first'], 'Hello,', '%s -' % rw['first']])
    txt = greet + '\n\n' + body.strip('\n') + '\n\n' + (c.ch(['Merci', 'Merci beaucoup', 'Bonne journée', 'Cordialement']) if lang == 'fr'
                                                       else c.ch(['Thanks', 'Thanks,', 'Best', 'Regards'])) + '\n' + s + '\n'
    return dict(frm=frm, to=to, cc=cc, subject=subject, body=txt, date=c.date(), lang=lang, reply=reply, rw=rw, who=who)

def P(c, pt):
    """patient descriptor helper: name string in varied order."""
    k = c.r.randint(0, 3)
    if k == 0: return '%s %s' % (pt['given'], pt['sur'])
    if k == 1: return '%s, %s' % (pt['sur'].upper(), pt['given'])
    if k == 2: return '%s %s' % (pt['sur'], pt['given'])
    return '%s %s' % (pt['given'], pt['sur'])

# ================================================================ POSITIVE categories
DX_KID_FR = ['bronchiolite à VRS', 'asthme mal contrôlé', 'épilepsie (absences)', 'diabète type 1', 'allergie sévère aux arachides',
             'TDAH', 'retard staturo-pondéral', 'reflux vésico-urétéral grade III', 'drépanocytose', 'maladie de Kawasaki']
DX_KID_EN = ['RSV bronchiolitis', 'poorly controlled asthma', 'absence epilepsy', 'type 1 diabetes', 'severe peanut allergy',
             'ADHD', 'failure to thrive', 'VUR grade III', 'sickle cell disease', 'Kawasaki disease']
MED_FR = ['salbutamol 100 mcg 2 inh QID PRN', 'lévétiracétam 10 mg/kg BID', 'insuline glargine 8 u HS', 'méthylphénidate 18 mg DIE',
          'amoxicilline 45 mg/kg/j', 'ÉpiPen Jr 0,15 mg', 'vitamine D 400 UI die', 'ranitidine 2 mg/kg BID']
MED_EN = ['salbutamol 100 mcg 2 puffs QID PRN', 'levetiracetam 10 mg/kg BID', 'insulin glargine 8 u HS', 'methylphenidate 18 mg daily',
          'amoxicillin 45 mg/kg/day', 'EpiPen Jr 0.15 mg', 'vitamin D 400 IU daily', 'caffeine citrate 5 mg/kg daily']

def dx(c, lang): return c.ch(DX_KID_FR if lang == 'fr' else DX_KID_EN)
def med(c, lang): return c.ch(MED_FR if lang == 'fr' else MED_EN)

def p_referral(c, lang):
    pt = c.nam_kid(); d = dx(c, lang); nam = fmt_nam(c, pt['nam'])
    if lang == 'fr':
        b = ('Je vous réfère %s, %s (DDN %s), NAM %s, pour %s.\n%s suivi%s au GMF, échec du tx de 1re ligne. '
             'Pouvez-vous %s voir d\'ici 4-6 sem?' % (P(c, pt), age_str(pt['dob'], 'fr'), fr_date(pt['dob']), nam, d,
             g(pt, 'Il est', 'Elle est'), g(pt, '', 'e'), g(pt, 'le', 'la')))
        s = c.ch(['Référence pédiatrie - %s' % pt['sur'], 'Demande de consultation', 'Réf. clinique externe pédia'])
    else:
        b = ('Referring %s (DOB %s), RAMQ %s, for %s. %s has been followed at our FHT, no response to first-line tx. '
             'Could you see %s within 4-6 weeks?' % (P(c, pt), pt['dob'], nam, d, g(pt, 'He', 'She'), g(pt, 'him', 'her')))
        s = c.ch(['Paeds referral - %s' % pt['sur'], 'New referral', 'Referral: general paeds clinic'])
    return base_msg(c, lang, s, b), ['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis'], 'referral of a named child with health number and diagnosis'

def p_consult_reply(c, lang):
    nb = c.newborn(); mrn = c.mrn(); m = c.mom()
    if lang == 'fr':
        orig = 'Pouvez-vous évaluer le bébé de Mme %s %s (dossier %s), né à 35+2, hypoglycémies répétées?' % (m['given'], m['sur'], mrn)
        b = ('Vu ce matin. Glycémies stables depuis gavage 3h. On poursuit les contrôles pré-boires x 24h, '
             'puis congé possible avec suivi CLSC.\n\n' + quote(orig, 'fr', 'Inf. Dion', '3 oct. 2026 à 06:12'))
        s = 'RE: Consultation néonat - bébé %s' % m['sur']
    else:
        orig = 'Can you assess baby ' + g(nb, 'boy', 'girl') + ' %s (MRN %s), 35+2 wks, recurrent hypoglycemia? Mom is %s.' % (nb['sur'], mrn, m['given'] + ' ' + nb['sur'])
        b = ('Seen this am. BG stable since q3h feeds. Continue pre-feed checks x24h, then dc with PHN follow-up.\n\n' +
             quote(orig, 'en', 'Sarah Kowalski', 'Oct 3, 2026, at 6:12 AM'))
        s = 'RE: NICU consult - baby %s' % nb['sur']
    mm = base_msg(c, lang, s, b, out=False, reply=True)
    return mm, ['patient_name', 'mrn', 'diagnosis'], 'consult reply about a newborn with chart number and clinical issue'

def p_signout(c, lang):
    rows = []
    for i in range(c.r.randint(4, 7)):
        nb = c.newborn(); ga = '%d+%d' % (c.r.randint(24, 36), c.r.randint(0, 6))
        iss = c.ch(['CPAP 6, FiO2 0.25', 'photothérapie, bili 280', 'r/o sepsis, amp/genta J2', 'gavage NG, prise pds lente',
                    'DAP, ibuprofène #2', 'sevrage NAS, score Finnegan 9']) if lang == 'fr' else \
            c.ch(['CPAP 6, FiO2 0.25', 'phototherapy, bili 280', 'r/o sepsis, amp/gent day 2', 'NG feeds, slow weight gain',
                  'PDA, ibuprofen course 2', 'NAS, Finnegan 9'])
        rows.append('%s  %s %s  %s  GA %s  %s' % ('Lit %d' % (i + 1) if lang == 'fr' else 'Bed %d' % (i + 1),
                                                  nb['sur'].upper(), nb['given'], c.mrn(), ga, iss))
    lst = '\n'.join(rows)
    if lang == 'fr':
        b = 'Liste de passation USIN, nuit du %d oct.:\n\n%s\n\nÀ surveiller: lit 3.' % (c.r.randint(1, 28), lst)
        s = c.ch(['Passation USIN', 'sign-out nuit', 'Liste de garde néonat'])
    else:
        b = 'NICU handover list, nights:\n\n%s\n\nWatch bed 3 closely.' % lst
        s = c.ch(['NICU sign-out', 'handover', 'Night list'])
    return base_msg(c, lang, s, b, out=False), ['patient_name', 'mrn', 'diagnosis'], 'handover list of named newborns with chart numbers and issues'

def p_obs_booking(c, lang):
    m = c.nam_mom() if c.r.random() < .6 else c.mom(); tel = c.phone()
    sa = c.r.randint(11, 34)
    types = ['patient_name', 'patient_contact', 'diagnosis']
    idp = (' (NAM %s)' % fmt_nam(c, m['nam'])) if m['nam'] else ''
    if m['nam']: types.append('ramq_nam')
    if lang == 'fr':
        b = ('SVP booker écho morpho/croissance pour %s %s%s, G2P1, %d SA, grossesse avec diabète gestationnel. '
             'Elle préfère les matins. Joindre au %s (cell).' % (m['given'], m['sur'], idp, sa, tel))
        s = 'RDV écho - %s' % m['sur']
    else:
        b = ('Please book growth US for %s %s%s, G2P1 at %d wks, GDM on insulin. Prefers mornings, cell %s.'
             % (m['given'], m['sur'], idp, sa, tel))
        s = 'US booking request'
    return base_msg(c, lang, s, b, out=False), types, 'booking for a named pregnant patient with phone and condition'

def p_birth_transfer(c, lang):
    m = c.nam_mom(); sa = c.r.randint(37, 41)
    if lang == 'fr':
        b = ('Transfert en cours de la maison de naissance: %s %s, DDN %s, NAM %s. %d SA, travail actif, '
             'décélérations tardives au Doppler. Arrivée prévue 20 min. Sage-femme accompagne.'
             % (m['given'], m['sur'], fr_date(m['dob']), fmt_nam(c, m['nam']), sa))
        s = 'URGENT transfert MdN -> bloc naissance'
    else:
        b = ('Transfer from birth centre: %s %s, DOB %s, RAMQ %s. %d wks, active labour, late decels on intermittent '
             'auscultation. ETA 20 min, midwife accompanying.' % (m['given'], m['sur'], m['dob'], fmt_nam(c, m['nam']), sa))
        s = 'Birth centre transfer - incoming'
    return base_msg(c, lang, s, b, to_dom=CHU), ['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis'], 'birth centre transfer of a named labouring patient'

def p_critical(c, lang):
    nb = c.newborn(); mrn = c.mrn(); v = c.r.randint(320, 410)
    if lang == 'fr':
        b = 'Valeur critique: bilirubine totale %d µmol/L chez %s (dossier %s), 4 jours de vie. Dr de garde avisé 14h05.' % (v, P(c, nb), mrn)
        s = 'Valeur critique labo - %s' % mrn
    else:
        b = 'Critical value: total bilirubin %d umol/L for %s (MRN %s), day 4 of life. On-call MD notified 14:05.' % (v, P(c, nb), mrn)
        s = 'CRITICAL lab value'
    return base_msg(c, lang, s, b, out=False), ['patient_name', 'mrn', 'lab_result'], 'critical lab value for a named newborn'

def p_discharge_pdf(c, lang):
    pt = c.nam_kid(); d = dx(c, lang); md = med(c, lang)
    title = 'Résumé de congé' if lang == 'fr' else 'Discharge summary'
    lines = ['Patient: %s %s' % (pt['given'], pt['sur']), 'DDN/DOB: %s   Sexe/Sex: %s' % (pt['dob'], pt['sex']),
             'NAM: %s' % pt['nam'], 'Dx: %s' % d, 'Rx: %s' % md,
             'Suivi/Follow-up: clinique externe 2 sem.' if lang == 'fr' else 'Follow-up: clinic in 2 weeks']
    pdf = make_pdf(title, lines)
    fn = 'resume_conge_%s.pdf' % pt['sur'].lower() if c.r.random() < .5 else 'document_%d.pdf' % c.r.randint(100, 999)
    fn = fn.replace('é', 'e').replace('è', 'e')
    b = 'Ci-joint le résumé de congé pour votre suivi.' if lang == 'fr' else 'Please find the discharge summary attached for follow-up.'
    m = base_msg(c, lang, title, b)
    m['attachments'] = [(fn, 'application/pdf', pdf)]
    return m, ['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis', 'medication'], 'discharge summary PDF attachment for a named child'

def p_medrec_docx(c, lang):
    pt = c.kid(); mrn = c.mrn()
    rows = [['Médicament' if lang == 'fr' else 'Medication', 'Dose', 'Statut' if lang == 'fr' else 'Status']] + \
           [[med(c, lang), '-', c.ch(['continuer', 'cesser', 'modifié']) if lang == 'fr' else c.ch(['continue', 'stop', 'changed'])] for _ in range(3)]
    docb = make_docx('Bilan comparatif des médicaments' if lang == 'fr' else 'Medication reconciliation',
                     ['%s %s - %s %s' % (pt['given'], pt['sur'], 'dossier' if lang == 'fr' else 'MRN', mrn)], rows)
    b = 'Bilan comparatif en PJ, à valider svp avant le congé.' if lang == 'fr' else 'Med rec attached, please verify before discharge.'
    m = base_msg(c, lang, 'Bilan comparatif' if lang == 'fr' else 'Med rec for review', b, out=c.r.random() < .5)
    m['attachments'] = [('medrec_%s.docx' % mrn, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', docb)]
    return m, ['patient_name', 'mrn', 'medication'], 'medication reconciliation DOCX for a named child'

def p_lactation(c, lang):
    m = c.mom(); tel = c.phone()
    if lang == 'fr':
        b = ('Suivi lactation pour Mme %s %s (%s): mastite G, début céphalexine hier, bébé 3 sem perte pondérale 9 %%. '
             'Dompéridone discutée. Pourriez-vous la rappeler demain?' % (m['given'], m['sur'], tel))
        s = 'Suivi allaitement - %s' % m['sur']
    else:
        b = ('Lactation follow-up for %s %s (%s): L mastitis, started cephalexin yesterday, baby 3 wks with 9%% weight loss. '
             'Discussed domperidone. Could you call her tomorrow?' % (m['given'], m['sur'], tel))
        s = 'Lactation follow-up'
    return base_msg(c, lang, s, b), ['patient_name', 'patient_contact', 'diagnosis', 'medication'], 'lactation follow-up for a named mother with phone and treatment'

def p_social_work(c, lang):
    m = c.mom(); mrn = c.mrn()
    if lang == 'fr':
        b = ('Pour info: Mme %s (dossier %s), accouchée hier, sans domicile fixe depuis sept., conjoint sous ordonnance '
             'de non-contact. Hébergement en maison d\'aide à explorer avant congé. Ne pas donner d\'info par téléphone.' % (P(c, m), mrn))
        s = 'Situation sociale - congé post-partum'
    else:
        b = ('FYI: %s (MRN %s), delivered yesterday, no fixed address since Sept, partner under no-contact order. '
             'Need shelter placement before discharge. Do not release info by phone.' % (P(c, m), mrn))
        s = 'Psychosocial concern - PP discharge'
    return base_msg(c, lang, s, b), ['patient_name', 'mrn', 'social_information'], 'perinatal social work note about a named mother (housing, violence)'

def p_dpj(c, lang):
    pt = c.nam_kid()
    if lang == 'fr':
        b = ('Suite à notre signalement de ce matin concernant %s (DDN %s, NAM %s): ecchymoses multiples d\'âges différents, '
             'mère collaborante. Dossier DPJ à ouvrir. Je vous transmets le rapport médical sous pli.'
             % (P(c, pt), fr_date(pt['dob']), fmt_nam(c, pt['nam'])))
        s = 'Signalement DPJ - suivi'
    else:
        b = ('Following up our report this morning re %s (DOB %s, RAMQ %s): multiple bruises of different ages. '
             'Youth protection file to be opened. Medical report to follow.' % (P(c, pt), pt['dob'], fmt_nam(c, pt['nam'])))
        s = 'Youth protection report - follow-up'
    return base_msg(c, lang, s, b), ['patient_name', 'date_of_birth', 'ramq_nam', 'social_information', 'diagnosis'], 'youth protection report about a named child'

def p_school(c, lang):
    pt = c.kid(); pt['dob'] = '%d-05-10' % c.r.randint(2014, 2019); d = c.ch(['épilepsie', 'diabète type 1', 'anaphylaxie aux noix']) if lang == 'fr' else c.ch(['epilepsy', 'type 1 diabetes', 'nut anaphylaxis'])
    grade = c.r.randint(1, 6)
    if lang == 'fr':
        b = ('Comme convenu avec les parents, voici le plan d\'intervention pour %s, élève de %de année: %s. '
             'En cas de crise > 5 min, administrer midazolam intranasal et appeler le 911.' % (P(c, pt), grade, d))
        s = 'Plan de santé - %s %s' % (pt['given'], pt['sur'])
    else:
        b = ('As agreed with the parents, health plan for %s, grade %d: %s. If seizure > 5 min, give intranasal '
             'midazolam and call 911.' % (P(c, pt), grade, d))
        s = 'School health plan - %s' % pt['given']
    return base_msg(c, lang, s, b), ['patient_name', 'diagnosis', 'medication'], 'school liaison health plan for a named pupil'

def p_daycare(c, lang):
    pt = c.kid(); pt['dob'] = '2023-%02d-%02d' % (c.r.randint(1, 12), c.r.randint(1, 28))
    if lang == 'fr':
        b = ('Bonjour à l\'équipe du CPE, %s (né%s le %s) a reçu un dx d\'allergie aux protéines bovines (APLV). '
             'Aucun produit laitier svp. Prescription d\'auto-injecteur jointe par la famille.' % (P(c, pt), g(pt, '', 'e'), fr_date(pt['dob'])))
        s = 'Allergie - enfant du groupe des Coccinelles'
    else:
        b = ('To the daycare team: %s (DOB %s) was diagnosed with cow\'s milk protein allergy. No dairy please. '
             'Auto-injector prescription provided to the family.' % (P(c, pt), pt['dob']))
        s = 'Allergy notice for your centre'
    return base_msg(c, lang, s, b), ['patient_name', 'date_of_birth', 'diagnosis'], 'daycare liaison about a named toddler allergy'

def p_cymh(c, lang):
    pt = c.nam_kid(); mrn = c.mrn(KIDS if lang == 'en' else CHU)
    if lang == 'fr':
        b = ('Demande d\'évaluation urgente en pédopsychiatrie pour %s (dossier %s, NAM %s): idéations suicidaires avec plan, '
             'automutilation, refus scolaire depuis 3 sem. Parents séparés, garde partagée.' % (P(c, pt), mrn, fmt_nam(c, pt['nam'])))
        s = 'Urgent - pédopsy'
    else:
        b = ('Urgent CYMH assessment request for %s (MRN %s, RAMQ %s): SI with plan, self-harm, school refusal x3 wks. '
             'Parents separated, shared custody.' % (P(c, pt), mrn, fmt_nam(c, pt['nam'])))
        s = 'URGENT CYMH intake'
    return base_msg(c, lang, s, b, to_dom=KIDS if lang == 'en' else None), \
        ['patient_name', 'mrn', 'ramq_nam', 'diagnosis', 'social_information'], 'child mental health urgent referral for a named youth'

def p_transport(c, lang):
    pt = c.kid(); no = c.r.randint(100, 3999)
    if lang == 'fr':
        b = ('Transport adapté requis pour %s, fauteuil roulant, le %d nov. 8h15.\nAdresse: %d %s, Québec G1K 3X1\n'
             'Tél. mère: %s\nRDV physiatrie pédiatrique (paralysie cérébrale).' % (P(c, pt), c.r.randint(2, 27), no, c.ch(STREETS), c.phone()))
        s = 'Demande transport adapté'
    else:
        b = ('Wheelchair transport needed for %s, Nov %d at 08:15.\nPickup: %d %s, Ottawa ON K1K 2A3\nMother cell: %s\n'
             'Paeds rehab appt (cerebral palsy).' % (P(c, pt), c.r.randint(2, 27), no, c.ch(STREETS_ON), c.phone('613')))
        s = 'Transport booking'
    return base_msg(c, lang, s, b), ['patient_name', 'patient_contact', 'diagnosis'], 'transport request with a named child home address'

def p_billing(c, lang):
    pt = c.nam_kid() if c.r.random() < .5 else c.nam_mom()
    code = c.r.randint(10000, 19999)
    if lang == 'fr':
        b = ('La RAMQ a refusé la demande de paiement %d (message 185 - NAM invalide à la date du service).\n'
             'Bénéficiaire: %s %s, NAM %s, service du %d sept.\nPouvez-vous valider la carte?' % (code, pt['sur'], pt['given'], fmt_nam(c, pt['nam']), c.r.randint(1, 28)))
        s = 'Refus RAMQ - facturation'
    else:
        b = ('RAMQ rejected claim %d (msg 185 - invalid number on service date).\nBeneficiary: %s %s, RAMQ %s, DOS Sept %d.\n'
             'Can you verify the card?' % (code, pt['sur'], pt['given'], fmt_nam(c, pt['nam']), c.r.randint(1, 28)))
        s = 'Billing rejection'
    return base_msg(c, lang, s, b), ['patient_name', 'ramq_nam'], 'billing rejection naming a patient with health number'

def p_research_csv(c, lang):
    rows = ['study_id,mrn,nom,ddn,bras' if lang == 'fr' else 'study_id,mrn,name,dob,arm']
    for i in range(c.r.randint(4, 8)):
        nb = c.newborn()
        rows.append('NEO-%03d,%s,%s %s,%s,%s' % (i + 1, c.mrn(), nb['given'], nb['sur'], nb['dob'], c.ch(['A', 'B'])))
    csv = ('\n'.join(rows) + '\n').encode('utf-8')
    b = ('Voici la liste des participants recrutés ce mois-ci (fichier de liaison).' if lang == 'fr'
         else 'Attached is this month\'s enrolment log with the linkage key.')
    m = base_msg(c, lang, 'Recrutement étude NEO-PROBIO' if lang == 'fr' else 'NEO-PROBIO enrolment log', b)
    m['attachments'] = [('enrolment_log.csv', 'text/csv', csv, c.ch(['base64', 'quoted-printable']))]
    return m, ['patient_name', 'mrn', 'date_of_birth'], 'research enrolment CSV linking names and chart numbers'

def p_incident(c, lang):
    nb = c.newborn(); mrn = c.mrn()
    if lang == 'fr':
        b = ('Déclaration AH-223: chute du nouveau-né %s (dossier %s) du lit maternel à 03h40, chambre 4112. '
             'Examen normal, échographie transfontanellaire demandée. Mère informée.' % (P(c, nb), mrn))
        s = 'Déclaration incident/accident'
    else:
        b = ('Incident report: newborn %s (MRN %s) fell from maternal bed at 03:40, room 4112. Exam normal, '
             'head US ordered. Mother informed.' % (P(c, nb), mrn))
        s = 'Safety incident report'
    return base_msg(c, lang, s, b, out=False), ['patient_name', 'mrn', 'diagnosis'], 'incident report about a named newborn'

def p_vacc(c, lang):
    pt = c.kid(); pt['dob'] = '2025-%02d-%02d' % (c.r.randint(1, 10), c.r.randint(1, 28))
    if lang == 'fr':
        b = ('%s, DDN %s, n\'a pas reçu la dose de 6 mois (DCaT-HB-VPI-Hib). Mère rejointe au %s, RDV CLSC à fixer.'
             % (P(c, pt), fr_date(pt['dob']), c.phone()))
        s = 'Vaccination en retard - rappel'
    else:
        b = ('%s, DOB %s, missed the 6-month vaccines (DTaP-IPV-Hib). Reached mother at %s; PHN to rebook.'
             % (P(c, pt), pt['dob'], c.phone('613')))
        s = 'Missed immunization follow-up'
    return base_msg(c, lang, s, b), ['patient_name', 'date_of_birth', 'patient_contact', 'medication'], 'immunization follow-up for a named infant with phone'

def p_ohip(c, lang):
    pt = c.kid(); hn = c.ohn(); vc = c.ch(['', ' AB', ' KX', '-ZT'])
    hns = fmt_digits(c, hn, [4, 3, 3]) + vc
    if lang == 'fr':
        b = ('Transfert interprovincial vers Kids East: %s, DDN %s, carte Santé Ontario %s. Cardiopathie congénitale '
             '(TGV) post-switch, suivi cardio ped.' % (P(c, pt), fr_date(pt['dob']), hns))
        s = 'Transfert - patient ontarien'
    else:
        b = ('Interfacility transfer: %s, DOB %s, OHIP %s. Congenital heart disease (TGA) post arterial switch, '
             'for cardiology follow-up.' % (P(c, pt), pt['dob'], hns))
        s = 'Transfer - Ontario patient'
    return base_msg(c, lang, s, b, to_dom=KIDS if lang == 'fr' else CHU, site=CHU if lang == 'fr' else KIDS), \
        ['patient_name', 'date_of_birth', 'ca_health_number', 'diagnosis'], 'transfer of a named child with Ontario health number'

def p_sin(c, lang):
    m = c.mom(); sin = c.sin(); s3 = fmt_digits(c, sin, [3, 3, 3])
    if lang == 'fr':
        b = ('Pour la demande d\'aide financière de dernier recours de Mme %s (post-partum, 2 enfants): NAS %s. '
             'Elle n\'a pas de revenu depuis mai.' % (P(c, m), s3))
        s = 'Formulaire aide sociale'
    else:
        b = ('For %s\'s Ontario Works application (postpartum, 2 kids): SIN %s. No income since May.' % (P(c, m), s3))
        s = 'Income support form'
    return base_msg(c, lang, s, b), ['patient_name', 'ca_sin', 'social_information'], 'social work income support with a named mother and SIN'

def p_foreign(c, lang):
    bel = c.r.random() < .5
    m = c.mom()
    if bel:
        ident = c.niss(m['dob'], 'F'); lab = 'NISS'; t = 'be_niss'
        ident = '%s.%s.%s-%s.%s' % (ident[:2], ident[2:4], ident[4:6], ident[6:9], ident[9:]) if c.r.random() < .5 else ident
    else:
        ident = c.nir(m['dob'], 'F'); lab = 'NIR'; t = 'fr_nir'
        ident = '%s %s %s %s %s %s %s' % (ident[0], ident[1:3], ident[3:5], ident[5:7], ident[7:10], ident[10:13], ident[13:]) if c.r.random() < .5 else ident
    if lang == 'fr':
        b = ('Patiente de passage, %s, %s %s. Accouchement prématuré 33 SA, bébé à l\'USIN. '
             'Merci d\'ouvrir la prise en charge auprès de la mutuelle/caisse.' % (P(c, m), lab, ident))
        s = 'Prise en charge - patiente étrangère'
    else:
        b = ('Visiting patient %s, %s %s. Preterm delivery 33 wks, baby in NICU. Please open the insurance claim.' % (P(c, m), lab, ident))
        s = 'Out-of-country patient - coverage'
    return base_msg(c, lang, s, b), ['patient_name', t, 'diagnosis'], 'out-of-country mother identified by foreign social security number'

def p_ics(c, lang):
    pt = c.kid(); mrn = c.mrn()
    summ = ('Rencontre famille - %s %s (%s)' if lang == 'fr' else 'Family meeting - %s %s (%s)') % (pt['given'], pt['sur'], mrn)
    desc = ('Discussion plan de soins palliatifs, amyotrophie spinale type 1.' if lang == 'fr'
            else 'Goals of care discussion, SMA type 1.')
    st = datetime.datetime(2026, 11, c.r.randint(2, 27), c.r.randint(9, 15), 0)
    ics = make_ics(summ, desc, st, 'evt-%x@%s' % (c.r.getrandbits(32), CHU), 'Salle 6A-210')
    m = base_msg(c, lang, 'Invitation: rencontre famille' if lang == 'fr' else 'Invitation: family meeting',
                 'Invitation ci-jointe.' if lang == 'fr' else 'Invite attached.', out=False)
    m['attachments'] = [('invite.ics', 'text/calendar; method=REQUEST; charset=utf-8', ics, c.ch(['base64', 'quoted-printable']))]
    return m, ['patient_name', 'mrn', 'diagnosis'], 'calendar invitation naming a child and condition'

def p_vcf(c, lang):
    m = c.mom(); tel = c.phone()
    note = ('Mère de jumeaux USIN lits 7-8. Suivi TS: violence conjugale, ne pas divulguer adresse.' if lang == 'fr'
            else 'Mother of NICU twins beds 7-8. SW follow-up: IPV, do not disclose address.')
    vcf = make_vcf('%s %s' % (m['given'], m['sur']), m['given'], m['sur'], tel, None, note, 'Famille USIN',
                   '%d %s' % (c.r.randint(10, 999), c.ch(STREETS)))
    mm = base_msg(c, lang, 'Contact' if lang == 'en' else 'Coordonnées', 'Voir fiche jointe.' if lang == 'fr' else 'Contact card attached.')
    mm['attachments'] = [('%s.vcf' % m['sur'].lower().replace('é', 'e').replace('è', 'e').replace('ô', 'o').replace('é', 'e'), 'text/vcard; charset=utf-8', vcf, 'quoted-printable')]
    return mm, ['patient_name', 'patient_contact', 'social_information'], 'vCard of a patient mother with sensitive note'

def p_fwd_eml(c, lang):
    pt = c.nam_kid()
    inner = base_msg(c, lang, 'Résultats' if lang == 'fr' else 'Results',
                     ('Résultats pour %s (NAM %s): HbA1c 11,2 %%, cétones +. Ajuster insuline.' if lang == 'fr'
                      else 'Results for %s (RAMQ %s): HbA1c 11.2%%, ketones +. Adjust insulin.') % (P(c, pt), fmt_nam(c, pt['nam'])), out=False)
    inner['fmt'] = 'plain'
    data, _ = build(c, inner, nested=True)
    m = base_msg(c, lang, 'TR: Résultats' if lang == 'fr' else 'Fwd: Results',
                 'Je te transfère, pour ton suivi de jeudi.' if lang == 'fr' else 'Forwarding for your Thursday clinic.')
    m['attachments'] = [('message.eml', 'message/rfc822', data)]
    return m, ['patient_name', 'ramq_nam', 'lab_result', 'diagnosis'], 'forward-as-attachment of a message with a named child lab result'

def p_zip(c, lang):
    rows = ['nom,dossier,diagnostic' if lang == 'fr' else 'name,mrn,diagnosis']
    for _ in range(5):
        k = c.kid(); rows.append('%s %s,%s,%s' % (k['given'], k['sur'], c.mrn(), dx(c, lang)))
    z = make_zip([('liste.csv' if lang == 'fr' else 'list.csv', ('\n'.join(rows) + '\n').encode('utf-8')),
                  ('LISEZMOI.txt', b'Liste interne\n')])
    m = base_msg(c, lang, 'Liste clinique (zip)' if lang == 'fr' else 'Clinic list (zipped)',
                 'Mot de passe par téléphone.' if lang == 'fr' else 'Password by phone.')
    m['attachments'] = [('liste_clinique.zip', 'application/zip', z)]
    return m, ['patient_name', 'mrn', 'diagnosis'], 'ZIP containing a list of named children with chart numbers'

def p_subject_only(c, lang):
    pt = c.kid(); d = dx(c, lang)
    s = '%s %s - %s' % (pt['sur'].upper(), pt['given'], d)
    b = c.ch(['Voir note au dossier. On en reparle à la réunion.', 'Rappel pour demain svp.']) if lang == 'fr' else \
        c.ch(['See chart note, let\'s discuss at rounds.', 'Reminder for tomorrow pls.'])
    return base_msg(c, lang, s, b, out=False), ['patient_name', 'diagnosis'], 'patient name and diagnosis in the subject only'

def p_quoted(c, lang):
    pt = c.nam_kid(); d = dx(c, lang)
    q = ('%s, NAM %s, %s. Peux-tu ' + g(pt, 'le', 'la') + ' voir en clinique?' if lang == 'fr' else '%s, RAMQ %s, %s. Can you see them in clinic?') % (
        P(c, pt), fmt_nam(c, pt['nam']), d)
    b = (('Oui pas de problème, mardi 13h.' if lang == 'fr' else 'Sure, Tuesday 1 pm works.') + '\n\n' +
         quote(q, lang, 'Dre Tremblay-Roy' if lang == 'fr' else 'Dr. Fitzgerald', '14 oct. 2026' if lang == 'fr' else 'Oct 14, 2026'))
    return base_msg(c, lang, 'RE: petite question' if lang == 'fr' else 'RE: quick question', b, reply=True), \
        ['patient_name', 'ramq_nam', 'diagnosis'], 'reply whose quoted text names a child with health number'

def p_disguised(c, lang):
    pt = c.nam_kid(); nam = pt['nam']
    k = c.r.randint(0, 2)
    if k == 0: shown = nam[:4] + ' ' + ' '.join(nam[4:])
    elif k == 1: shown = nam[:4].lower() + '*' + nam[4:8] + '*' + nam[8:]
    else: shown = nam[:4] + nam[4:].translate(FW)
    if lang == 'fr':
        b = ('(j\'ai mis des espaces/symboles pour que le filtre ne bloque pas)\n%s %s - %s\n%s, suivi épilepsie, '
             'dernière crise hier.' % (pt['given'][0] + '.', pt['sur'], shown, age_str(pt['dob'], 'fr')))
        s = 'info patient'
    else:
        b = ('(spaced it out so the filter won\'t flag it)\n%s %s - %s\n%s, epilepsy f/u, seizure yesterday.'
             % (pt['given'][0] + '.', pt['sur'], shown, age_str(pt['dob'], 'en')))
        s = 'pt info'
    return base_msg(c, lang, s, b), ['ramq_nam', 'patient_name', 'diagnosis'], 'deliberately disguised health number with patient surname'

def p_split_lines(c, lang):
    pt = c.nam_kid(); nam = pt['nam']
    if lang == 'fr':
        b = ('Pour la demande d\'ortho (dysplasie hanche, écho jointe au dossier):\nNom: %s\nNAM:\n%s\n%s\n' % (P(c, pt), nam[:6], nam[6:]))
        s = 'Écho hanches - suivi'
    else:
        b = ('For the ortho request (DDH, hip US on chart):\nName: %s\nRAMQ:\n%s\n%s\n' % (P(c, pt), nam[:6], nam[6:]))
        s = 'Hip US follow-up'
    return base_msg(c, lang, s, b), ['patient_name', 'ramq_nam', 'diagnosis'], 'imaging follow-up with health number split across lines'

def p_xlsx(c, lang):
    rows = [['Lit', 'Nom', 'Dossier', 'AG', 'Poids (g)', 'Problèmes'] if lang == 'fr' else ['Bed', 'Name', 'MRN', 'GA', 'Wt (g)', 'Issues']]
    for i in range(6):
        nb = c.newborn()
        rows.append(['%d' % (i + 1), '%s, %s' % (nb['sur'], nb['given']), c.mrn(), '%d+%d' % (c.r.randint(25, 36), c.r.randint(0, 6)),
                     c.r.randint(700, 2600), c.ch(['MMH', 'ECUN r/o', 'apnées', 'HIV exposé', 'sevrage'] if lang == 'fr' else ['RDS', 'NEC r/o', 'apnea', 'HIV exposed', 'NAS'])])
    x = make_xlsx('Recensement' if lang == 'fr' else 'Census', rows)
    m = base_msg(c, lang, 'Recensement USIN' if lang == 'fr' else 'NICU census', 'Fichier à jour ci-joint.' if lang == 'fr' else 'Updated file attached.', out=False)
    m['attachments'] = [('census.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', x)]
    return m, ['patient_name', 'mrn', 'diagnosis'], 'NICU census spreadsheet with named newborns'

def p_same_surname(c, lang):
    who = c.staff(lang); pt = c.kid(); pt['sur'] = who['last']; mrn = c.mrn()
    if lang == 'fr':
        b = (g(pt, 'Petit', 'Petite') + ' %s %s (dossier %s) - aucun lien avec le %s %s! - revue pour otites récidivantes, '
             'tubes prévus en ORL.' % (pt['given'], pt['sur'], mrn, who['title'] or 'collègue', who['last']))
        s = 'Suivi ORL'
    else:
        b = ('%s %s (MRN %s) - no relation to our %s %s! - seen for recurrent otitis media, tubes planned with ENT.'
             % (pt['given'], pt['sur'], mrn, who['title'] or 'colleague', who['last']))
        s = 'ENT follow-up'
    return base_msg(c, lang, s, b), ['patient_name', 'mrn', 'diagnosis'], 'patient sharing a physician surname, with chart number and condition'

def p_inline_fwd(c, lang):
    m = c.nam_mom()
    inner = ('Mme %s %s, NAM %s, 28 SA, prééclampsie sévère, transférée à 02h.' if lang == 'fr'
             else '%s %s, RAMQ %s, 28 wks, severe preeclampsia, transferred at 02:00.') % (m['given'], m['sur'], fmt_nam(c, m['nam']))
    b = (('Pour ton info, voir plus bas.' if lang == 'fr' else 'FYI see below.') + '\n\n' +
         fwd(inner, lang, 'Bloc naissance <bloc.naissance@%s>' % CHU, 'Transfert' if lang == 'fr' else 'Transfer', '2026-10-07 02:31'))
    return base_msg(c, lang, 'TR: Transfert' if lang == 'fr' else 'Fwd: Transfer', b), \
        ['patient_name', 'ramq_nam', 'diagnosis'], 'inline forward with a named pregnant patient and health number'

def p_split_subject(c, lang):
    nb = c.newborn(); mrn = c.mrn()
    s = ('Bébé %s' if lang == 'fr' else 'Baby %s') % nb['sur']
    b = (('dossier %s - hémoculture positive SGB, début ampicilline IV. Parents avisés.' if lang == 'fr'
          else 'chart %s - blood culture positive GBS, IV ampicillin started. Parents aware.') % mrn)
    return base_msg(c, lang, s, b, out=False), ['patient_name', 'mrn', 'lab_result', 'medication'], 'newborn surname in subject, chart number and result in body'

def p_ohn_consent_pdf(c, lang):
    pt = c.kid(); hn = c.ohn()
    pdf = make_pdf('Consent / Consentement', ['Patient: %s %s' % (pt['given'], pt['sur']), 'Health card / Carte santé: %s' % hn,
                   'Procedure: MRI brain under sedation', 'Signed by parent/guardian'])
    m = base_msg(c, lang, 'Consentement signé' if lang == 'fr' else 'Signed consent', 'Scan du consentement ci-joint.' if lang == 'fr' else 'Scanned consent attached.',
                 site=KIDS if lang == 'en' else CHU)
    m['attachments'] = [('scan_%d.pdf' % c.r.randint(1000, 9999), 'application/pdf', pdf)]
    return m, ['patient_name', 'ca_health_number', 'diagnosis'], 'scanned consent PDF with named child and Ontario health number'

POSITIVE = [p_split_subject, p_ohn_consent_pdf, p_referral, p_consult_reply, p_signout, p_obs_booking, p_birth_transfer, p_critical, p_discharge_pdf,
            p_medrec_docx, p_lactation, p_social_work, p_dpj, p_school, p_daycare, p_cymh, p_transport, p_billing,
            p_research_csv, p_incident, p_vacc, p_ohip, p_sin, p_foreign, p_ics, p_vcf, p_fwd_eml, p_zip,
            p_subject_only, p_quoted, p_disguised, p_split_lines, p_xlsx, p_same_surname, p_inline_fwd]

# ================================================================ NEGATIVE categories
def n_staff_roster(c, lang):
    rows = []
    for i in range(c.r.randint(5, 8)):
        st = c.staff(lang)
        rows.append('%s  %s %s  %s  %s' % (c.ch(['Lun', 'Mar', 'Mer', 'Jeu', 'Ven', 'Sam', 'Dim']) if lang == 'fr' else c.ch(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']),
                                        st['last'].upper(), st['first'], c.ch(['J', 'S', 'N', '24h']) if lang == 'fr' else c.ch(['D', 'E', 'N', '24h']),
                                        'poste %d' % c.r.randint(2000, 2999) if lang == 'fr' else 'pager %d' % c.r.randint(2000, 2999)))
    b = (('Horaire de garde USIN semaine 46:\n\n%s\n\nÉchanges à faire approuver par la cheffe.' if lang == 'fr'
          else 'NICU call schedule week 46:\n\n%s\n\nSwaps must be approved by the chief.') % '\n'.join(rows))
    return base_msg(c, lang, 'Horaire de garde' if lang == 'fr' else 'Call schedule', b, out=False), 'staff call schedule that looks like a list'

def n_sick_leave(c, lang):
    st = c.staff(lang)
    b = (('%s sera en congé de maladie jusqu\'au 20 nov. Ses cliniques du mardi sont reportées; l\'agente va rappeler les familles.' if lang == 'fr'
          else '%s is on sick leave until Nov 20. Tuesday clinics will be rebooked; the clerk will call families.') % st['full'])
    return base_msg(c, lang, 'Absence' if lang == 'fr' else 'Staff absence', b, out=False), 'staff absence notice'

def n_job(c, lang):
    b = ('Affichage interne #2026-%d: infirmière clinicienne USIN, temps complet, rotation J/S. Exigences: BSc inf., PRN/NRP à jour. '
         'Date limite: 15 nov.' if lang == 'fr' else
         'Posting #2026-%d: Registered Nurse, NICU, full-time rotating. Requirements: BScN, NRP current. Closes Nov 15.') % c.r.randint(100, 999)
    return base_msg(c, lang, 'Affichage de poste' if lang == 'fr' else 'Job posting', b), 'job posting'

def n_newsletter(c, lang):
    b = ('Bulletin allaitement - novembre\n\n- Nouveau guide sur la mastite (ABM 2022)\n- La dompéridone: rappel des interactions\n'
         '- Clinique d\'allaitement: 214 consultations ce trimestre\nBonne lecture!' if lang == 'fr' else
         'Lactation newsletter - November\n\n- New mastitis spectrum protocol\n- Domperidone: interaction reminders\n'
         '- Lactation clinic: 214 visits this quarter\nEnjoy!')
    return base_msg(c, lang, 'Bulletin lactation' if lang == 'fr' else 'Lactation newsletter', b, out=True), 'newsletter about lactation topics'

def n_conference(c, lang):
    sp = [c.staff(lang) for _ in range(3)]
    t = ['Hypothermie thérapeutique: mise à jour', 'Bronchiolite 2026', 'Anxiété chez l\'adolescent'] if lang == 'fr' else \
        ['Therapeutic hypothermia update', 'Bronchiolitis 2026', 'Adolescent anxiety']
    prog = '\n'.join('%dh00  %s - %s' % (9 + i, sp[i]['full'], t[i]) for i in range(3))
    b = (('Journée mère-enfant, 21 novembre, amphithéâtre:\n\n%s\n\nInscription obligatoire.' if lang == 'fr'
          else 'Maternal-Child Day, Nov 21, auditorium:\n\n%s\n\nRegistration required.') % prog)
    return base_msg(c, lang, 'Programme - Journée mère-enfant' if lang == 'fr' else 'Programme - Maternal-Child Day', b), 'conference programme with speakers and topics'

def n_invoice(c, lang):
    amt = c.r.randint(400, 9000)
    b = (('Facture #%d - Medela (exemple)\nTire-lait Symphony x4, lot %s\nTotal: %d,00 $ avant taxes. Payable 30 jours.' if lang == 'fr'
          else 'Invoice #%d - NeoSupply (example)\nIncubator filters x40, lot %s\nTotal: $%d.00 before tax. Net 30.') % (
        c.r.randint(10000, 99999), 'L%d' % c.r.randint(100000, 999999), amt))
    return base_msg(c, lang, 'Facture' if lang == 'fr' else 'Invoice', b), 'supplier invoice'

def n_po(c, lang):
    b = (('Bon de commande BC-%d: 200 suces Soothie, 50 thermomètres, code fournisseur 4471. Livraison quai B.' if lang == 'fr'
          else 'PO-%d: 200 Soothie pacifiers, 50 thermometers, supplier code 4471. Deliver to dock B.') % c.r.randint(100000, 999999))
    return base_msg(c, lang, 'Bon de commande' if lang == 'fr' else 'Purchase order', b), 'purchase order'

def n_it(c, lang):
    b = ('Maintenance du NAS du département de pédiatrie samedi 2h-6h. Les lecteurs partagés P: et S: seront indisponibles. '
         'Ticket INC%07d.' if lang == 'fr' else
         'Paediatrics NAS maintenance Saturday 02:00-06:00. Shared drives P: and S: unavailable. Ticket INC%07d.') % c.r.randint(1000000, 9999999)
    return base_msg(c, lang, 'Maintenance NAS' if lang == 'fr' else 'NAS maintenance', b, out=False), 'IT maintenance notice'

def n_parking(c, lang):
    b = ('Le stationnement P3 sera fermé du 10 au 14 nov. pour déneigement/travaux. Utilisez P1 ou la navette.' if lang == 'fr'
         else 'Parking lot P3 closed Nov 10-14 for resurfacing. Use P1 or the shuttle.')
    return base_msg(c, lang, 'Stationnement' if lang == 'fr' else 'Parking', b, out=False), 'facilities parking notice'

def n_cafeteria(c, lang):
    b = ('Menu de la cafétéria cette semaine: lundi pâté chinois, mardi soupe aux pois, mercredi poutine (8,50 $).' if lang == 'fr'
         else 'Cafeteria menu this week: Monday shepherd\'s pie, Tuesday pea soup, Wednesday poutine ($8.50).')
    return base_msg(c, lang, 'Menu cafétéria' if lang == 'fr' else 'Cafeteria menu', b, out=False), 'cafeteria menu'

def n_committee(c, lang):
    b = ('Comité de périnatalité - convocation\nJeudi 13h, salle 4-120\n1. Adoption PV\n2. Taux de césariennes T3 (24,1 %%)\n3. Divers' if lang == 'fr'
         else 'Perinatal committee - notice\nThursday 1 pm, room 4-120\n1. Minutes\n2. Q3 caesarean rate (24.1%%)\n3. Other')
    return base_msg(c, lang, 'Convocation comité' if lang == 'fr' else 'Committee meeting', b.replace('%%', '%'), out=False), 'committee notice with aggregate rate'

def n_training(c, lang):
    b = ('Formation PRN (réanimation néonatale) 8e éd. - 18 nov., 8h-16h, centre de simulation. 12 places.' if lang == 'fr'
         else 'NRP 8th ed. course - Nov 18, 8-4, simulation centre. 12 seats.')
    return base_msg(c, lang, 'Formation PRN' if lang == 'fr' else 'NRP course', b), 'staff training announcement'

def n_public_health(c, lang):
    b = (('Bulletin de santé publique: %d cas de VRS hospitalisés cette semaine dans la région, dont %d à l\'USIN. '
          'Rappel: nirsévimab offert aux nourrissons < 8 mois.' if lang == 'fr'
          else 'Public health bulletin: %d RSV admissions this week in the region, %d in NICU. Reminder: nirsevimab for infants < 8 months.')
         % (c.r.randint(20, 80), c.r.randint(2, 9)))
    return base_msg(c, lang, 'Bulletin VRS' if lang == 'fr' else 'RSV bulletin', b), 'public health bulletin with aggregate counts'

def n_teaching(c, lang):
    b = ('Cas clinique pour la séance de jeudi: une primipare de 29 ans à 39 SA se présente avec céphalées et TA 162/104. '
         'Quelle est votre prise en charge? (cas fictif)' if lang == 'fr' else
         'Teaching case for Thursday: a 29-year-old primigravida at 39 weeks presents with headache and BP 162/104. '
         'What is your management? (fictional case)')
    return base_msg(c, lang, 'Cas clinique - résidents' if lang == 'fr' else 'Teaching case', b, out=False), 'anonymised teaching case'

def n_quality_xlsx(c, lang):
    rows = [['Mois', 'Admissions USIN', 'Infections (CLABSI)', 'Taux /1000 j-cath'] if lang == 'fr' else ['Month', 'NICU admissions', 'CLABSI', 'Rate /1000 line-days']]
    for mth in ['2026-07', '2026-08', '2026-09']:
        rows.append([mth, c.r.randint(40, 70), c.r.randint(0, 3), round(c.r.random() * 3, 2)])
    x = make_xlsx('Indicateurs', rows)
    m = base_msg(c, lang, 'Indicateurs qualité T3' if lang == 'fr' else 'Q3 quality indicators',
                 'Tableau de bord en PJ.' if lang == 'fr' else 'Dashboard attached.', out=False)
    m['attachments'] = [('indicateurs_T3.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', x)]
    return m, 'quality dashboard with aggregates (xlsx)'

def n_blank_form(c, lang):
    d = make_docx('Formulaire de référence - pédiatrie' if lang == 'fr' else 'Referral form - paediatrics',
                  ['Nom de l\'enfant: ____________' if lang == 'fr' else 'Child name: ____________',
                   'NAM: ____ ____ ____', 'DDN: __/__/____' if lang == 'fr' else 'DOB: __/__/____',
                   'Motif: ______________________' if lang == 'fr' else 'Reason: ______________________'])
    m = base_msg(c, lang, 'Nouveau formulaire de référence' if lang == 'fr' else 'New referral form',
                 'Voici la version 2026 du formulaire à utiliser.' if lang == 'fr' else 'Please use the attached 2026 version.')
    m['attachments'] = [('formulaire_reference_2026.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', d)]
    return m, 'blank referral form template (docx)'

def n_recall(c, lang):
    sn = [('SN%s' % (lambda b: b + std_luhn.calc_check_digit(b))('%08d' % c.r.randint(0, 99999999))) for _ in range(3)]
    b = (('Avis de rappel fabricant: pompes à perfusion néonatales, numéros de série:\n%s\nRetirer du service et contacter le génie biomédical.' if lang == 'fr'
          else 'Manufacturer recall: neonatal syringe pumps, serial numbers:\n%s\nRemove from service and contact biomed.') % '\n'.join(sn))
    return base_msg(c, lang, 'Rappel d\'équipement' if lang == 'fr' else 'Equipment recall', b), 'vendor recall with serial numbers'

def n_assets(c, lang):
    rows = [['Actif', 'Description', 'IMEI/Série', 'Unité'] if lang == 'fr' else ['Asset', 'Description', 'IMEI/Serial', 'Unit']]
    for _ in range(5):
        b = '35%012d' % c.r.randint(0, 10**12 - 1)
        rows.append(['A-%05d' % c.r.randint(0, 99999), c.ch(['Incubateur Giraffe', 'Téléphone Vocera', 'Moniteur', 'Tire-lait']),
                     b + std_luhn.calc_check_digit(b), c.ch(['USIN', '4B', 'Naissance'])])
    x = make_xlsx('Actifs', rows)
    m = base_msg(c, lang, 'Inventaire des équipements' if lang == 'fr' else 'Equipment inventory',
                 'Inventaire annuel ci-joint.' if lang == 'fr' else 'Annual inventory attached.', out=False)
    m['attachments'] = [('inventaire.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', x)]
    return m, 'asset inventory with IMEIs and serials'

def n_physician_disease(c, lang):
    st = c.staff(lang)
    b = (('Nous accueillons %s, qui se joint à l\'équipe de fibrose kystique et des maladies métaboliques. Bienvenue!' if lang == 'fr'
          else 'Please welcome %s, joining our cystic fibrosis and metabolic disease team.') % st['full'])
    return base_msg(c, lang, 'Bienvenue' if lang == 'fr' else 'Welcome to the team', b), 'staff physician named next to disease specialty'

def n_staff_ics(c, lang):
    ics = make_ics('Réunion d\'équipe USIN' if lang == 'fr' else 'NICU team huddle', 'Ordre du jour: horaires des fêtes' if lang == 'fr' else 'Agenda: holiday schedule',
                   datetime.datetime(2026, 11, c.r.randint(2, 27), 12, 0), 'evt-%x@%s' % (c.r.getrandbits(32), CHU), 'Salle 6A-210')
    m = base_msg(c, lang, 'Invitation: réunion d\'équipe' if lang == 'fr' else 'Invitation: team huddle', 'Invitation ci-jointe.' if lang == 'fr' else 'Invite attached.', out=False)
    m['attachments'] = [('invite.ics', 'text/calendar; method=REQUEST; charset=utf-8', ics, 'base64')]
    return m, 'staff meeting invitation'

def n_staff_vcf(c, lang):
    st = c.staff(lang)
    v = make_vcf(st['full'], st['first'], st['last'], c.phone(), addr_of(st, CHU), st['role'], 'CHU de Québec (exemple)')
    m = base_msg(c, lang, 'Coordonnées' if lang == 'fr' else 'Contact card', 'Ma carte de visite.' if lang == 'fr' else 'My contact card.')
    m['attachments'] = [('contact.vcf', 'text/vcard; charset=utf-8', v, 'quoted-printable')]
    return m, 'staff vCard'

def n_directory(c, lang):
    lines = '\n'.join('%s: %s' % (u, c.phone()) for u in (['USIN', 'Clinique d\'allaitement', 'Pédopsychiatrie', 'Maison de naissance'] if lang == 'fr'
                                                         else ['NICU', 'Lactation clinic', 'CYMH intake', 'Birth centre']))
    b = ('Numéros utiles mis à jour:\n' if lang == 'fr' else 'Updated useful numbers:\n') + lines
    return base_msg(c, lang, 'Bottin téléphonique' if lang == 'fr' else 'Phone directory', b), 'clinic phone directory'

def n_policy(c, lang):
    b = ('Nouvelle règle de soins: sommeil sécuritaire du nourrisson (dos, surface ferme, pas de partage de lit). '
         'Version PDF sur l\'intranet.' if lang == 'fr' else
         'New policy: infant safe sleep (back to sleep, firm surface, no bed sharing). PDF on the intranet.')
    return base_msg(c, lang, 'Règle de soins - sommeil sécuritaire' if lang == 'fr' else 'Safe sleep policy', b, out=False), 'clinical policy update'

def n_fwd_newsletter(c, lang):
    inner = base_msg(c, lang, 'Webinaire' if lang == 'fr' else 'Webinar',
                     'Webinaire gratuit: nutrition du prématuré, 3 déc. 12h.' if lang == 'fr' else 'Free webinar: preterm nutrition, Dec 3 noon.')
    inner['fmt'] = 'plain'
    data, _ = build(c, inner, nested=True)
    m = base_msg(c, lang, 'TR: Webinaire' if lang == 'fr' else 'Fwd: Webinar', 'Intéressant pour les diététistes?' if lang == 'fr' else 'Of interest to dietitians?')
    m['attachments'] = [('webinaire.eml', 'message/rfc822', data)]
    return m, 'forwarded vendor webinar notice as attachment'

def n_zip_templates(c, lang):
    z = make_zip([('gabarit_lettre.txt', 'Madame, Monsieur,\n[NOM]\n'.encode('utf-8')),
                  ('gabarit_rdv.txt', b'Rendez-vous: [DATE] [HEURE]\n')])
    m = base_msg(c, lang, 'Gabarits de lettres' if lang == 'fr' else 'Letter templates', 'Gabarits à jour.' if lang == 'fr' else 'Updated templates.')
    m['attachments'] = [('gabarits.zip', 'application/zip', z)]
    return m, 'zip of blank letter templates'

def n_prenatal_class(c, lang):
    b = ('Cours prénataux de groupe - hiver 2027: les mardis 18h30, 6 rencontres. Inscription en ligne. Places limitées à 15 couples.' if lang == 'fr'
         else 'Prenatal group classes - winter 2027: Tuesdays 6:30 pm, 6 sessions. Online registration, 15 couples max.')
    return base_msg(c, lang, 'Cours prénataux' if lang == 'fr' else 'Prenatal classes', b), 'prenatal class schedule'

def n_lookalike(c, lang):
    emp = c.sin()
    b = (('Votre numéro d\'employé %s est activé dans Logibec. Carte d\'accès lot %s.' if lang == 'fr'
          else 'Your employee number %s is now active in the payroll system. Badge batch %s.') % (emp, 'B%d' % c.r.randint(1000, 9999)))
    return base_msg(c, lang, 'Accès paie' if lang == 'fr' else 'Payroll access', b, out=False), 'employee number that passes a checksum'

def n_foundation(c, lang):
    b = ('La Fondation remercie les donateurs: 48 000 $ amassés pour l\'achat de 3 incubateurs. Soirée reconnaissance le 5 déc.' if lang == 'fr'
         else 'The Foundation thanks donors: $48,000 raised for 3 incubators. Recognition evening Dec 5.')
    return base_msg(c, lang, 'Fondation - merci' if lang == 'fr' else 'Foundation thank-you', b), 'foundation fundraising note'

def n_school_general(c, lang):
    b = ('Séance d\'information pour le personnel scolaire: gestion de l\'anaphylaxie et du diabète en classe, 12 nov. 15h30, en visio.' if lang == 'fr'
         else 'Info session for school staff: managing anaphylaxis and diabetes in class, Nov 12, 3:30 pm, online.')
    return base_msg(c, lang, 'Séance d\'info écoles' if lang == 'fr' else 'School staff info session', b), 'general school liaison session'

def n_daycare_outbreak(c, lang):
    n = c.r.randint(3, 9)
    b = (('Éclosion de gastroentérite au CPE: %d enfants et 2 éducatrices touchés. Mesures: lavage des mains, exclusion 48 h après symptômes.' if lang == 'fr'
          else 'Gastro outbreak at the daycare: %d children and 2 staff affected. Measures: hand hygiene, 48 h exclusion.') % n)
    return base_msg(c, lang, 'Éclosion CPE' if lang == 'fr' else 'Daycare outbreak advice', b), 'daycare outbreak with aggregate counts only'

def n_research_ann(c, lang):
    b = ('L\'étude NEO-PROBIO est approuvée par le CÉR (#2026-412). Recrutement dès janvier; critères: < 32 SA. Aucune donnée transmise pour l\'instant.' if lang == 'fr'
         else 'NEO-PROBIO study REB-approved (#2026-412). Enrolment starts January; criteria: < 32 wks GA. No data shared yet.')
    return base_msg(c, lang, 'Étude NEO-PROBIO approuvée' if lang == 'fr' else 'NEO-PROBIO approved', b), 'research study approval notice'

def n_pdf_brochure(c, lang):
    pdf = make_pdf('Allaitement: les premiers jours' if lang == 'fr' else 'Breastfeeding: the first days',
                   ['Mise au sein dans la 1re heure', 'Boires 8-12 fois/24 h', 'Consultez si fièvre ou rougeur'] if lang == 'fr' else
                   ['Skin-to-skin in the first hour', 'Feed 8-12 times/24 h', 'Seek help for fever or redness'])
    m = base_msg(c, lang, 'Dépliant parents' if lang == 'fr' else 'Parent handout', 'Version finale du dépliant.' if lang == 'fr' else 'Final handout attached.')
    m['attachments'] = [('depliant.pdf', 'application/pdf', pdf)]
    return m, 'patient education handout PDF'

def n_reply_thread(c, lang):
    q = 'Est-ce que la salle 4-120 est libre jeudi?' if lang == 'fr' else 'Is room 4-120 free Thursday?'
    b = (('Oui, réservée pour toi de 13h à 15h.' if lang == 'fr' else 'Yes, booked for you 1-3 pm.') + '\n\n' +
         quote(q, lang, 'Nadia Ferland' if lang == 'fr' else 'Hannah Brooks', '2026-10-02'))
    return base_msg(c, lang, 'RE: salle' if lang == 'fr' else 'RE: room', b, out=False, reply=True), 'room booking reply thread'

def n_mat_leave(c, lang):
    st = c.staff(lang)
    b = (('%s part en congé de maternité le 1er déc. Félicitations! Sa remplaçante sera annoncée sous peu.' if lang == 'fr'
          else '%s starts maternity leave Dec 1. Congratulations! Coverage to be announced.') % st['full'])
    return base_msg(c, lang, 'Congé de maternité' if lang == 'fr' else 'Maternity leave', b, out=False), 'staff maternity leave notice'

NEGATIVE = [n_mat_leave, n_staff_roster, n_sick_leave, n_job, n_newsletter, n_conference, n_invoice, n_po, n_it, n_parking,
            n_cafeteria, n_committee, n_training, n_public_health, n_teaching, n_quality_xlsx, n_blank_form, n_recall,
            n_assets, n_physician_disease, n_staff_ics, n_staff_vcf, n_directory, n_policy, n_fwd_newsletter,
            n_zip_templates, n_prenatal_class, n_lookalike, n_foundation, n_school_general, n_daycare_outbreak,
            n_research_ann, n_pdf_brochure, n_reply_thread]


# ================================================================ main
def check(out, labels):
    files = sorted(os.path.relpath(os.path.join(d, f), out) for sub in ('positive', 'negative')
                   for d, _, fs in os.walk(os.path.join(out, sub)) for f in fs)
    assert files == sorted(labels), 'labels do not cover exactly the files'
    for f in files:
        data = open(os.path.join(out, f), 'rb').read()
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
            v = msg[h]
            assert v is not None, (f, h)
            assert not getattr(v, 'defects', None), (f, h, v.defects)
        for part in msg.walk():
            assert not part.defects, (f, part.get_content_type(), part.defects)
            if part.is_multipart():
                continue
            if part.get_content_maintype() == 'text':
                part.get_content()
            else:
                assert part.get_payload(decode=True), (f, part.get_content_type())
        lab = labels[f]
        if lab['confidential']:
            assert f.startswith('positive/') and lab['types'], f
        else:
            assert f.startswith('negative/') and lab['types'] == [], f
    return files

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=2323)
    ap.add_argument('--out', default=HERE)
    ap.add_argument('--npos', type=int, default=120)
    ap.add_argument('--nneg', type=int, default=180)
    a = ap.parse_args()
    c = Ctx(a.seed)
    for sub in ('positive', 'negative'):
        p = os.path.join(a.out, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    labels, stats = {}, {'category': {}, 'lang': {}, 'fmt': {}, 'charset': {}, 'cte': {}, 'eol': {}}
    for kind, funcs, n in (('p', POSITIVE, a.npos), ('n', NEGATIVE, a.nneg)):
        langs = ['fr', 'en'] * (n // 2) + ['fr'] * (n % 2)
        c.r.shuffle(langs)
        order = []
        while len(order) < n:
            blk = list(funcs); c.r.shuffle(blk); order += blk
        for i in range(n):
            fn, lang = order[i], langs[i]
            res = fn(c, lang)
            if kind == 'p':
                m, types, note = res
            else:
                (m, note), types = res, []
            cat = fn.__name__[2:]
            data, tr = build(c, m)
            rel = '%s/%s%03d_%s.eml' % ('positive' if kind == 'p' else 'negative', kind, i + 1, cat)
            with open(os.path.join(a.out, rel), 'wb') as fh:
                fh.write(data)
            labels[rel] = {'confidential': kind == 'p', 'types': sorted(set(types)), 'lang': lang, 'note': note}
            key = ('pos:' if kind == 'p' else 'neg:') + cat
            stats['category'][key] = stats['category'].get(key, 0) + 1
            for k, v in (('lang', lang), ('fmt', tr['fmt']), ('charset', tr['charset']), ('cte', tr['cte']), ('eol', tr['eol'])):
                kk = ('pos:' if kind == 'p' else 'neg:') + v
                stats[k][kk] = stats[k].get(kk, 0) + 1
    with open(os.path.join(a.out, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    files = check(a.out, labels)
    h = hashlib.sha256()
    for f in files + ['labels.json']:
        h.update(f.encode() + b'\0')
        h.update(open(os.path.join(a.out, f), 'rb').read())
    npos = sum(1 for v in labels.values() if v['confidential'])
    print('positives: %d  negatives: %d  total: %d' % (npos, len(labels) - npos, len(labels)))
    print('categories: pos %d, neg %d' % (len([k for k in stats['category'] if k.startswith('pos:')]),
                                          len([k for k in stats['category'] if k.startswith('neg:')])))
    for k in ('category', 'lang', 'fmt', 'charset', 'cte', 'eol'):
        print('%s: %s' % (k, ', '.join('%s=%d' % kv for kv in sorted(stats[k].items()))))
    print('all checks passed')
    print('sha256: %s' % h.hexdigest())

if __name__ == '__main__':
    main()
