#!/usr/bin/env python3
"""Deterministic generator of a synthetic outbound hospital e-mail corpus (devB).

Usage: python generate.py [--out DIR] [--seed 5202]
Writes positive/*.eml, negative/*.eml and labels.json, checks them, prints counts and sha256.
All people, institutions, numbers and addresses are invented; domains are *.example.
"""
import argparse, csv, datetime as dt, hashlib, io, json, os, random, re, shutil, sys, zipfile
import email, email.policy
from email.message import EmailMessage
from email.utils import format_datetime
from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_ZIP_TIME = (2026, 11, 1, 8, 0, 0)

# --------------------------------------------------------------------------- data
# The synthetic NAMs every blind writer was given (surname, given name, birth date, sex, NAM), shared by
# the blind corpora in tests/blind_nams.txt.
import os

NAM_ROWS_TEXT = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "blind_nams.txt"), encoding="utf-8").read()
NAMS = []
if True:
    for line in NAM_ROWS_TEXT.splitlines():
        if line.startswith('#') or not line.strip():
            continue
        s, g, d, x, n = line.split()
        NAMS.append(dict(last=s, first=g, dob=d, sex=x, nam=n))

ORGS = {
    'mrgh': dict(name='Mount Royal General Hospital', dom='mrgh.example', city='Montréal (QC)',
                 addr='3200 chemin de la Côte-des-Neiges, Montréal (QC) H3T 0Z9', tel='514-555-0100', lang='en'),
    'lkchc': dict(name='Lakeshore Community Health Centre', dom='lakeshorechc.example', city='Cornwall, ON',
                  addr='410 Pitt Street, Cornwall, ON K6H 0B2', tel='613-555-0142', lang='en'),
    'stl': dict(name='Clinique Saint-Lambert', dom='stlambert-liege.example', city='Liège',
                addr='Rue des Vennes 118, 4020 Liège, Belgique', tel='+32 4 555 20 10', lang='fr'),
    'chv': dict(name='Centre hospitalier de Valmont-sur-Loire', dom='ch-valmont.example', city='Valmont-sur-Loire',
                addr='12 avenue du Docteur-Roux, 49000 Valmont-sur-Loire', tel='02 55 55 40 00', lang='fr'),
}
EXT_DOMS = ['clsc-verdun.example', 'pharmaciebeaulieu.example', 'gmf-riviere.example', 'boreal-assurances.example',
            'northbridge-life.example', 'transport-adapte-mtl.example', 'ohip-claims.example', 'cisss-lanaudiere.example',
            'medisupply.example', 'labo-dynacare.example', 'soinsadomicile-est.example', 'uni-montreal-research.example',
            'gmail.example', 'videotron.example', 'mutualite-liege.example', 'cpam-maine.example', 'dpj-mtl.example']
STAFF_FR = [('Isabelle', 'Tremblay'), ('Mathieu', 'Lavoie'), ('Chantal', 'Bergeron'), ('Éric', 'Desjardins'),
            ('Sophie', 'Côté'), ('Julien', 'Hébert'), ('Valérie', 'Poulin'), ('François', 'Dubé'), ('Karine', 'Vachon'),
            ('Luc', 'Beaulieu'), ('Amélie', 'Rioux'), ('Stéphane', 'Gosselin'), ('Nadia', 'Benali'), ('Hugo', 'Pelchat')]
STAFF_EN = [('Rachel', 'Goldberg'), ('Thomas', 'O\'Neill'), ('Priya', 'Raman'), ('Kevin', 'Armstrong'),
            ('Laura', 'McKenzie'), ('Daniel', 'Weiss'), ('Olivia', 'Chen'), ('Mark', 'Fitzgerald'), ('Hannah', 'Kowalski'),
            ('Samuel', 'Adeyemi'), ('Emily', 'Sutherland'), ('Ryan', 'Patel'), ('Megan', 'Doyle'), ('Alex', 'Nguyen')]
STAFF_BE = [('Geoffrey', 'Lambotte'), ('Céline', 'Vandenbroucke'), ('Pierre-Yves', 'Masset'), ('Aurore', 'Delvaux')]
STAFF_FRFR = [('Claire', 'Morvan'), ('Antoine', 'Le Guen'), ('Élodie', 'Marchand'), ('Nicolas', 'Perrin')]
PAT_EN = [('Margaret', 'Holloway'), ('Dennis', 'Whitaker'), ('Aisha', 'Mohammed'), ('Gordon', 'Fraser'),
          ('Brenda', 'Kowalczyk'), ('Victor', 'Almeida'), ('Tanya', 'Beaudry'), ('Walter', 'Pritchard'),
          ('Janice', 'Oduya'), ('Curtis', 'Lang'), ('Heather', 'MacLeod'), ('Raymond', 'Osei'), ('Kim', 'Thibodeau'),
          ('Harold', 'Jessup'), ('Leah', 'Rosenbaum'), ('Nora', 'Pietrangelo')]
PAT_BE = [('Marc', 'Vanderhaegen'), ('Annick', 'Dethier'), ('Jean-Luc', 'Piron'), ('Fabienne', 'Collignon'),
          ('Youssef', 'El Amrani'), ('Martine', 'Goffin'), ('Kevin', 'Renard'), ('Nathalie', 'Lejeune')]
PAT_FRFR = [('Sandrine', 'Le Bihan'), ('Karim', 'Haddad'), ('Monique', 'Fleury'), ('Bastien', 'Guérin'),
            ('Laetitia', 'Roussel'), ('Gérard', 'Pasquier'), ('Inès', 'Benoît'), ('Thierry', 'Lemaire')]
SEX_PAT_EN = {'Margaret': 'F', 'Dennis': 'M', 'Aisha': 'F', 'Gordon': 'M', 'Brenda': 'F', 'Victor': 'M', 'Tanya': 'F',
              'Walter': 'M', 'Janice': 'F', 'Curtis': 'M', 'Heather': 'F', 'Raymond': 'M', 'Kim': 'F', 'Harold': 'M',
              'Leah': 'F', 'Nora': 'F', 'Marc': 'M', 'Annick': 'F', 'Jean-Luc': 'M', 'Fabienne': 'F', 'Youssef': 'M',
              'Martine': 'F', 'Kevin': 'M', 'Nathalie': 'F', 'Sandrine': 'F', 'Karim': 'M', 'Monique': 'F',
              'Bastien': 'M', 'Laetitia': 'F', 'Gérard': 'M', 'Inès': 'F', 'Thierry': 'M'}
STREETS_QC = ['rue Wellington', 'avenue Monkland', 'rue de la Verendrye', 'boulevard Décarie', 'rue Sherbrooke Ouest',
              'avenue Van Horne', 'rue Notre-Dame Est', 'rue Jarry Ouest', 'boulevard Gouin']
STREETS_ON = ['Second Street East', 'Montreal Road', 'Brookdale Avenue', 'Sydney Street', 'Marlborough Street']
DISCLAIMER_EN = ("CONFIDENTIALITY NOTICE: This e-mail is intended only for the addressee. If you received it in error, "
                 "please notify the sender and delete it.")
DISCLAIMER_FR = ("AVIS DE CONFIDENTIALITÉ : ce courriel s'adresse uniquement à son destinataire. Si vous l'avez reçu "
                 "par erreur, veuillez en aviser l'expéditeur et le détruire.")
FULLW = str.maketrans('0123456789', '０１２３４５６７８９')


class G:
    """Random helpers bound to one seeded RNG."""

    def __init__(self, seed):
        self.r = random.Random(seed)
        self.nam_pool = list(NAMS)
        self.r.shuffle(self.nam_pool)
        self.nam_i = 0
        self.msgn = 0

    def ch(self, seq):
        return self.r.choice(seq)

    def qc_patient(self, lo=0, hi=200):
        while True:
            p = dict(self.nam_pool[self.nam_i % len(self.nam_pool)])
            self.nam_i += 1
            if lo <= age_of(p['dob']) <= hi:
                return p

    def other_patient(self, pool, y0=1935, y1=2020):
        f, l = self.ch(pool)
        d = dt.date(self.r.randint(y0, y1), self.r.randint(1, 12), self.r.randint(1, 28))
        return dict(first=f, last=l, dob=d.isoformat(), sex=SEX_PAT_EN.get(f, self.ch('MF')))

    def mrn(self):
        k = self.r.randint(0, 4)
        if k == 0:
            return str(self.r.randint(1000000, 9999999))
        if k == 1:
            return '%08d' % self.r.randint(100000, 99999999)
        if k == 2:
            return 'H%07d' % self.r.randint(0, 9999999)
        if k == 3:
            return 'MRG-%06d' % self.r.randint(0, 999999)
        return '%d-%06d' % (self.r.randint(10, 99), self.r.randint(0, 999999))

    def sin(self):
        while True:
            b = str(self.ch('1234567' + '9')) + ''.join(str(self.r.randint(0, 9)) for _ in range(7))
            n = b + luhn.calc_check_digit(b)
            if ca_sin.is_valid(n):
                return n

    def ohn(self):
        b = str(self.r.randint(1, 9)) + ''.join(str(self.r.randint(0, 9)) for _ in range(8))
        n = b + luhn.calc_check_digit(b)
        assert luhn.is_valid(n) and len(n) == 10
        return n

    def luhn_number(self, length):
        b = str(self.r.randint(1, 9)) + ''.join(str(self.r.randint(0, 9)) for _ in range(length - 2))
        return b + luhn.calc_check_digit(b)

    def niss(self, dob, sex):
        y, m, d = dob.split('-')
        while True:
            serial = self.r.randint(1, 997)
            if (serial % 2 == 1) != (sex == 'M'):
                continue
            body = y[2:] + m + d + '%03d' % serial
            base = int(('2' + body) if int(y) >= 2000 else body)
            n = body + '%02d' % (97 - base % 97)
            if be_nn.is_valid(n):
                return n

    def nir(self, dob, sex):
        y, m, d = dob.split('-')
        while True:
            dept = self.ch(['49', '44', '72', '53', '75', '69', '35'])
            b = ('1' if sex == 'M' else '2') + y[2:] + m + dept + '%03d' % self.r.randint(1, 990) + '%03d' % self.r.randint(1, 999)
            n = b + '%02d' % (97 - int(b) % 97)
            if fr_nir.is_valid(n):
                return n

    def phone(self, area=None):
        area = area or self.ch(['514', '438', '450'])
        return '%s-555-%04d' % (area, self.r.randint(100, 9999))

    def date(self, start=(2026, 11, 2), span=30):
        return dt.date(*start) + dt.timedelta(days=self.r.randint(0, span))

    def staff(self, lang='en'):
        pool = {'en': STAFF_EN, 'fr': STAFF_FR, 'be': STAFF_BE, 'frfr': STAFF_FRFR}[lang]
        return self.ch(pool)


# ----------------------------------------------------------------------- formatting
def fmt_nam(g, nam, style=None):
    style = style if style is not None else g.r.randint(0, 3)
    if style == 0:
        return nam
    if style == 1:
        return '%s %s %s' % (nam[:4], nam[4:8], nam[8:])
    if style == 2:
        return '%s-%s-%s' % (nam[:4], nam[4:8], nam[8:])
    return '%s %s' % (nam[:4], nam[4:])


def fmt_sin(s, style=0):
    return ['%s %s %s', '%s-%s-%s', '%s%s%s'][style] % (s[:3], s[3:6], s[6:])


def fmt_ohn(n, vc=''):
    return ('%s-%s-%s %s' % (n[:4], n[4:7], n[7:], vc)).strip()


def fmt_niss(n):
    return '%s.%s.%s-%s.%s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:])


def fmt_nir(n):
    return '%s %s %s %s %s %s %s' % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:])


def age_of(dob, ref=dt.date(2026, 11, 15)):
    y, m, d = map(int, dob.split('-'))
    return ref.year - y - ((ref.month, ref.day) < (m, d))


def dob_fr(dob):
    y, m, d = dob.split('-')
    return '%s/%s/%s' % (d, m, y)


def dob_en(dob):
    y, m, d = map(int, dob.split('-'))
    return dt.date(y, m, d).strftime('%b %d, %Y').replace(' 0', ' ')


def civ(p, lang):
    if lang == 'en':
        return 'Mr.' if p['sex'] == 'M' else 'Ms.'
    return 'M.' if p['sex'] == 'M' else 'Mme'


def pron(p, lang):
    if lang == 'en':
        return ('he', 'his', 'him') if p['sex'] == 'M' else ('she', 'her', 'her')
    return ('il', 'son', 'le') if p['sex'] == 'M' else ('elle', 'sa', 'la')


def e_fr(p, masc, fem):
    return masc if p['sex'] == 'M' else fem


FEM_NAMES = {'Isabelle', 'Chantal', 'Sophie', 'Valérie', 'Karine', 'Amélie', 'Nadia', 'Rachel', 'Priya', 'Laura', 'Olivia',
             'Hannah', 'Emily', 'Megan', 'Céline', 'Aurore', 'Claire', 'Élodie', 'Marie-Ève', 'Geneviève', 'Catherine',
             'Mélanie', 'Jennifer', 'Fatima', 'Stephanie', 'Amanda'}
TITLE_M = [('conseillère', 'conseiller'), ('infirmière', 'infirmier'), ('travailleuse sociale', 'travailleur social'),
           ('agente', 'agent'), ('adjointe', 'adjoint'), ('technicienne', 'technicien'), ('coordonnatrice', 'coordonnateur'),
           ('coordinatrice', 'coordinateur'), ('pharmacienne', 'pharmacien'), ('sage-femme coordinatrice', 'sage-femme coordinateur')]


def staff_sex(person):
    return 'F' if person[0] in FEM_NAMES else 'M'


def dr(person):
    return 'Dre' if staff_sex(person) == 'F' else 'Dr'


def gender_title(person, title):
    if staff_sex(person) == 'M':
        for f, m_ in TITLE_M:
            title = title.replace(f, m_)
    else:
        for f, m_ in TITLE_M:
            title = re.sub(r'\b%s\b(?!n|e|ice)' % re.escape(m_), f, title)
        title = re.sub(r'\bchirurgien\b', 'chirurgienne', title)
    return title


def sig(g, person, title, org, lang, ext=True):
    o = ORGS[org]
    if lang == 'fr':
        title = gender_title(person, title)
    lines = ['', '--', '%s %s, %s' % (person[0], person[1], title), o['name']]
    if g.r.random() < 0.6:
        lines.append(o['addr'])
    lines.append(('Tél. ' if lang == 'fr' else 'Tel. ') + o['tel'] + ((' poste %d' if lang == 'fr' else ' ext. %d') % g.r.randint(2000, 7999) if ext else ''))
    if g.r.random() < 0.45:
        lines += ['', DISCLAIMER_FR if lang == 'fr' else DISCLAIMER_EN]
    return '\n'.join(lines)


def addr(person, dom):
    loc = (person[0] + '.' + person[1]).lower()
    for a, b in (('é', 'e'), ('è', 'e'), ('ô', 'o'), ('ç', 'c'), ("'", ''), (' ', ''), ('ë', 'e'), ('ï', 'i')):
        loc = loc.replace(a, b)
    return '%s %s <%s@%s>' % (person[0], person[1], loc, dom)


def quote(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))


# ---------------------------------------------------------------------- attachments
def norm_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: i.filename):
            b = zin.read(info.filename)
            if info.filename == 'docProps/core.xml':
                b = re.sub(rb'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z', b'2026-11-01T08:00:00Z', b)
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
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
    c.setAuthor('')
    y = 740
    c.setFont('Helvetica-Bold', 13)
    c.drawString(60, y, title)
    y -= 26
    c.setFont('Helvetica', 10)
    for ln in lines:
        if y < 60:
            c.showPage()
            c.setFont('Helvetica', 10)
            y = 740
        c.drawString(60, y, ln)
        y -= 15
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(title, paras, table=None):
    import docx
    d = docx.Document()
    cp = d.core_properties
    fixed = dt.datetime(2026, 11, 1, 8, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = ''
    cp.last_modified_by = ''
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, v in enumerate(row):
                t.cell(i, j).text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return norm_zip(buf.getvalue())


def make_xlsx(sheet, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    fixed = dt.datetime(2026, 11, 1, 8, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = ''
    ws = wb.active
    ws.title = sheet
    for r in rows:
        ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return norm_zip(buf.getvalue())


def make_csv(rows, delim=','):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def make_ics(uid, summary, start, minutes, location, description, organizer, attendees):
    from icalendar import Calendar, Event, vCalAddress
    cal = Calendar()
    cal.add('prodid', '-//MRGH Scheduling//EN')
    cal.add('version', '2.0')
    cal.add('method', 'REQUEST')
    ev = Event()
    ev.add('uid', uid)
    ev.add('dtstamp', dt.datetime(2026, 11, 1, 12, 0, 0, tzinfo=dt.timezone.utc))
    ev.add('dtstart', start)
    ev.add('dtend', start + dt.timedelta(minutes=minutes))
    ev.add('summary', summary)
    ev.add('location', location)
    ev.add('description', description)
    ev['organizer'] = vCalAddress('MAILTO:' + organizer)
    for a in attendees:
        ev.add('attendee', vCalAddress('MAILTO:' + a))
    cal.add_component(ev)
    return cal.to_ical()


def make_vcf(first, last, org, tel, email_, adr=None, note=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (last, first), 'FN:%s %s' % (first, last)]
    if org:
        lines.append('ORG:%s' % org)
    if tel:
        lines.append('TEL;TYPE=CELL:%s' % tel)
    if email_:
        lines.append('EMAIL:%s' % email_)
    if adr:
        lines.append('ADR;TYPE=HOME:;;%s;%s;%s;%s;Canada' % adr)
    if note:
        lines.append('NOTE:%s' % note)
    lines.append('END:VCARD')
    return '\r\n'.join(lines) + '\r\n'


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data if isinstance(data, bytes) else data.encode('utf-8'))
    return out.getvalue()


MIME = {'pdf': ('application', 'pdf'), 'docx': ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document'),
        'xlsx': ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet'), 'zip': ('application', 'zip'),
        'csv': ('text', 'csv'), 'ics': ('text', 'calendar'), 'vcf': ('text', 'vcard'), 'txt': ('text', 'plain')}


# ------------------------------------------------------------------------- message
def to_html(text, charset='utf-8'):
    import html as h
    out = []
    for para in text.split('\n\n'):
        out.append('<p>' + '<br>\n'.join(h.escape(l) for l in para.split('\n')) + '</p>')
    return ('<html><head><meta charset="' + charset + '"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + '\n'.join(out) + '\n</body></html>\n')


def build(g, frm, to, subject, text, cc=None, html=None, atts=(), mode=None, date=None, tz=-5,
          in_reply_to=None, inner=None):
    """Build an EmailMessage; transport parameters are drawn from the RNG."""
    r = g.r
    if mode is None:
        if atts or inner is not None:
            mode = 'mixed'
        else:
            mode = r.choices(['plain', 'html', 'alt'], [5, 2, 3])[0]
    charset = r.choices(['utf-8', 'iso-8859-1', 'windows-1252'], [6, 2, 2])[0]
    cte = r.choices(['quoted-printable', 'base64', '8bit'], [5, 3, 2])[0]
    alltext = text + (html or '')
    try:
        alltext.encode(charset)
    except UnicodeEncodeError:
        charset = 'utf-8'
    if cte == '8bit' and max(len(l) for l in text.split('\n')) > 900:
        cte = 'quoted-printable'
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to if isinstance(to, str) else ', '.join(to)
    if cc:
        m['Cc'] = cc if isinstance(cc, str) else ', '.join(cc)
    m['Subject'] = subject
    d = date or g.date()
    when = dt.datetime(d.year, d.month, d.day, r.randint(7, 19), r.randint(0, 59), r.randint(0, 59),
                       tzinfo=dt.timezone(dt.timedelta(hours=tz)))
    m['Date'] = format_datetime(when)
    dom = frm.split('@')[-1].rstrip('>')
    g.msgn += 1
    m['Message-ID'] = '<%08x.%d.%s@%s>' % (r.getrandbits(32), g.msgn, when.strftime('%Y%m%d%H%M%S'), dom)
    if in_reply_to:
        m['In-Reply-To'] = in_reply_to
        m['References'] = in_reply_to
    m['MIME-Version'] = '1.0'
    if r.random() < 0.4:
        m['X-Mailer'] = r.choice(['Microsoft Outlook 16.0', 'Apple Mail (2.3731)', 'Mozilla Thunderbird 115.3',
                                  'Zimbra 9.0.0_GA', 'MEDITECH Expanse Notify 2.1'])
    html = html if html is not None else to_html(text, charset)
    if mode == 'plain':
        m.set_content(text, charset=charset, cte=cte)
    elif mode == 'html':
        m.set_content(html, subtype='html', charset=charset, cte=cte)
    elif mode == 'alt':
        m.set_content(text, charset=charset, cte=cte)
        m.add_alternative(html, subtype='html', charset=charset, cte=cte if cte != '8bit' else 'quoted-printable')
    else:  # mixed
        if r.random() < 0.4:
            m.set_content(text, charset=charset, cte=cte)
            m.add_alternative(html, subtype='html', charset=charset, cte='quoted-printable')
        else:
            m.set_content(text, charset=charset, cte=cte)
        for fname, data in atts:
            ext = fname.rsplit('.', 1)[-1].lower()
            mt, st = MIME.get(ext, ('application', 'octet-stream'))
            if mt == 'text':
                m.add_attachment(data, subtype=st, charset='utf-8', filename=fname,
                                 cte=r.choice(['base64', 'quoted-printable']))
            else:
                m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
        if inner is not None:
            m.add_attachment(inner)
    return m


def serialize(g, m):
    for part in m.walk():
        if part.is_multipart() and part.get_content_maintype() == 'multipart':
            part.set_boundary('----=_Part_%d_%010d.%d' % (g.r.randint(0, 99999), g.r.getrandbits(30), g.msgn))
    crlf = g.r.random() < 0.35
    pol = email.policy.default.clone(linesep='\r\n' if crlf else '\n')
    return m.as_bytes(policy=pol)


# ==== POSITIVE TEMPLATES ====
def _who(g, lang, org='mrgh'):
    s = g.staff('fr' if lang == 'fr' else 'en') if org in ('mrgh', 'lkchc') else g.staff('be' if org == 'stl' else 'frfr')
    return s, addr(s, ORGS[org]['dom'])


EXT_FR = [('Marie-Ève', 'Lachance'), ('Patrick', 'Bisson'), ('Geneviève', 'Arsenault'), ('Yannick', 'Drouin'),
          ('Catherine', 'Paradis'), ('Alexandre', 'Turcotte'), ('Mélanie', 'Carrier'), ('Sébastien', 'Lemieux')]
EXT_EN = [('Jennifer', 'Walsh'), ('David', 'Kaplan'), ('Fatima', 'Siddiqui'), ('Brian', 'Mulroney-Hale'),
          ('Stephanie', 'Ross'), ('Michael', 'Ferreira'), ('Amanda', 'Greer'), ('Jason', 'Lum')]
CLIN_DOMS = ['clsc-verdun.example', 'gmf-riviere.example', 'clinique-du-parc.example', 'cisss-lanaudiere.example',
             'hopital-lachine.example', 'cmf-saint-henri.example', 'westisland-fht.example']


def _ext(g, lang, dom=None):
    s = g.ch(EXT_FR if lang == 'fr' else EXT_EN)
    return s, addr(s, dom or g.ch(CLIN_DOMS))


def _who2(g, lang, me, org='mrgh'):
    while True:
        s, a = _who(g, lang, org)
        if s != me:
            return s, a


ONCO_DX = [('invasive ductal carcinoma, L breast, ER+/PR+/HER2-', 'carcinome canalaire infiltrant du sein gauche, RE+/RP+/HER2-'),
           ('adenocarcinoma of the sigmoid colon, pT3N1', 'adénocarcinome du côlon sigmoïde, pT3N1'),
           ('non-small cell lung ca, RUL, stage IIIA', 'carcinome pulmonaire non à petites cellules LSD, stade IIIA'),
           ('diffuse large B-cell lymphoma', 'lymphome diffus à grandes cellules B'),
           ('high-grade serous ovarian carcinoma', 'carcinome séreux de haut grade de l\'ovaire'),
           ('prostate adenocarcinoma, Gleason 4+3', 'adénocarcinome prostatique, Gleason 4+3')]
MEDS = ['metoprolol 25 mg PO BID', 'apixaban 5 mg BID', 'furosemide 40 mg die', 'metformin 850 mg BID',
        'atorvastatin 40 mg HS', 'levothyroxine 75 mcg die', 'pantoprazole 40 mg die', 'hydromorphone 1 mg q4h PRN',
        'sertraline 100 mg die', 'quetiapine 50 mg HS', 'insulin glargine 22 U HS', 'ramipril 5 mg die',
        'dexamethasone 4 mg BID', 'ondansetron 8 mg q8h PRN', 'lithium 300 mg BID', 'clonazepam 0.5 mg HS']


def p_referral_onco(g):
    lang = 'en' if g.r.random() < 0.68 else 'fr'
    p = g.qc_patient(25)
    me, frm = _who(g, lang)
    dest, to = _ext(g, lang, g.ch(['cusm-onco.example', 'hopital-lachine.example', 'cicm-oncologie.example']))
    dx = g.ch(ONCO_DX)
    meds = g.r.sample(MEDS[:8], 3)
    nam = fmt_nam(g, p['nam'])
    if lang == 'en':
        subj = g.ch(['Referral - medical oncology', 'New referral: %s, %s' % (p['last'].upper(), p['first']), 'Onc referral - urgent'])
        body = (f"Dr {dest[1]},\n\nThank you for seeing {civ(p,'en')} {p['first']} {p['last']} (DOB {p['dob']}, RAMQ {nam}), "
                f"{age_of(p['dob'])} y.o., newly diagnosed with {dx[0]}.\nCore bx done {g.date().strftime('%b %d')}, path attached to chart. "
                f"CT TAP: no distant mets.\n\nPMH: HTN, T2DM.\nMeds: " + '; '.join(meds) +
                f"\n\n{pron(p,'en')[0].capitalize()} is aware of the diagnosis and anxious to start treatment. "
                f"Best contact is {pron(p,'en')[1]} daughter.\n\nThanks,\n" + sig(g, me, 'MD, FRCSC', 'mrgh', 'en'))
    else:
        subj = g.ch(['Demande de consultation - oncologie', 'Réf. onco: %s %s' % (p['last'].upper(), p['first']), 'Consultation urgente hémato-onco'])
        body = (f"Bonjour Dr {dest[1]},\n\nJe vous réfère {civ(p,'fr')} {p['first']} {p['last']}, né{e_fr(p,'','e')} le {dob_fr(p['dob'])} "
                f"(NAM {nam}), pour prise en charge d'un {dx[1]}.\nBiopsie le {g.date().strftime('%d/%m')}. TDM TAP : pas de métastase à distance.\n\n"
                "ATCD : HTA, DB2, MPOC légère.\nRx : " + ' / '.join(meds) +
                f"\n\n{e_fr(p,'Il','Elle')} est au courant du diagnostic. Merci de {pron(p,'fr')[2]} voir rapidement.\n\nCordialement,\n" + sig(g, me, 'M.D., chirurgien' if g.r.random() < .5 else 'MD', 'mrgh', 'fr'))
    m = build(g, frm, to, subj, body)
    return m, 'referral_onco', lang, ['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis', 'medication'], 'oncology referral with patient name, DOB, NAM, diagnosis and meds'


def p_signout(g):
    me, frm = _who(g, 'en')
    to = ', '.join(_who(g, 'en')[1] for _ in range(2))
    rows = []
    probs = [('CHF exac, diuresing', 'K 3.1 - recheck 0600'), ('CAP, on ceftriaxone/azithro', 'f/u cultures'),
             ('GI bleed, Hb 72', 'transfuse if <70'), ('DKA resolving', 'switch to SC insulin AM'),
             ('post-op day 2 lap chole', 'd/c tomorrow if tol diet'), ('delirium, hx dementia', 'sitter overnight, avoid benzos'),
             ('AKI Cr 212', 'hold ramipril, repeat lytes'), ('pyelo, E. coli', 'IV -> PO cipro when afebrile 24h')]
    n = g.r.randint(3, 6)
    for i in range(n):
        p = g.qc_patient(18) if g.r.random() < 0.6 else g.other_patient(PAT_EN, 1935, 1990)
        pb = g.ch(probs)
        rows.append(f"{g.r.randint(301, 820)}{g.ch('ABCD')}  {p['last'].upper()}, {p['first']}  {age_of(p['dob'])}{p['sex']}  MRN {g.mrn()}\n"
                    f"   - {pb[0]}\n   - TODO: {pb[1]}")
    subj = g.ch(['Sign-out 7W tonight', 'handover - CTU B', 'Night sign out', 'signout list %s' % g.date().strftime('%d/%m')])
    body = (g.ch(['Hi all, sign-out below. Pager 4412 if anything.', 'Sign out for tonight:', 'Here is the list, sorry it\'s late']) +
            '\n\n' + '\n\n'.join(rows) + '\n\nCode status: all full code except bed 2 (DNR/no intubation)\n' + sig(g, me, 'PGY-2 Internal Medicine', 'mrgh', 'en', ext=False))
    m = build(g, frm, to, subj, body)
    tl = ['patient_name', 'mrn', 'diagnosis'] + (['lab_result'] if re.search(r'K 3.1|Hb 72|Cr 212', body) else []) + (['medication'] if re.search(r'lasix|ceftriaxone|insulin|ramipril|cipro|benzos', body) else [])
    return m, 'signout_list', 'en', tl, 'ward sign-out list: patient names, MRNs, problems and pending labs'


def p_booking(g):
    lang = 'fr' if g.r.random() < 0.3 else 'en'
    p = g.qc_patient(18) if g.r.random() < .6 else g.other_patient(PAT_EN)
    mrn = g.mrn()
    me, frm = _who(g, lang)
    d1, d2 = g.date(), g.date((2026, 12, 5), 20)
    exam = g.ch([('MRI brain w/ gado', 'IRM cérébrale avec gado'), ('CT abdo-pelvis', 'TDM abdomino-pelvien'),
                 ('mammo + US bilat', 'mammographie + écho bilat'), ('PET-CT', 'TEP-TDM'), ('echo cardiaque', 'échographie cardiaque')])
    if lang == 'fr':
        subj = g.ch(['Report RDV ' + exam[1].split()[0], 'Demande de changement de rendez-vous', 'RDV à déplacer svp'])
        body = (f"Bonjour,\n\nPourriez-vous déplacer le rendez-vous de {civ(p,'fr')} {p['last']} {p['first']} (dossier {mrn}) "
                f"prévu le {d1.strftime('%d/%m')} en {exam[1]}? {e_fr(p,'Le patient','La patiente')} est en chimio cette semaine-là "
                f"et ne pourra pas se présenter.\nUne date après le {d2.strftime('%d/%m')} serait idéale. {e_fr(p,'Il','Elle')} est claustrophobe, prévoir Ativan.\n\nMerci!\n"
                + sig(g, me, 'agente administrative', 'mrgh', 'fr'))
    else:
        subj = g.ch(['Reschedule request', 'Re: booking - ' + exam[0], 'Pls rebook %s' % p['last']])
        body = (f"Hi,\n\nCould you rebook {p['first']} {p['last']} (MRN {mrn}, DOB {dob_en(p['dob'])}) for {exam[0]}? "
                f"Appt on {d1.strftime('%b %d')} conflicts with {pron(p,'en')[1]} radiation sim. "
                f"Anything after {d2.strftime('%b %d')} works. Pt has a pacemaker - MR-conditional, card in chart.\n\nThanks\n"
                + sig(g, me, 'Clinic clerk, Radiology', 'mrgh', 'en'))
    to = g.ch(['rendezvous-imagerie@mrgh.example', 'booking.radiology@mrgh.example', 'rdv@clinique-imagerie-ouest.example'])
    m = build(g, frm, to, subj, body)
    return m, 'booking_reschedule', lang, ['patient_name', 'mrn', 'diagnosis'], 'imaging rebooking with patient name, chart number and clinical detail'


def p_critical(g):
    lang = 'en' if g.r.random() < 0.68 else 'fr'
    p = g.qc_patient()
    mrn = g.mrn()
    val = g.ch([('Potassium', '6.9 mmol/L', 'potassium', '6,9 mmol/L'), ('Troponin hs', '1840 ng/L', 'troponine HS', '1840 ng/L'),
                ('Glucose', '1.9 mmol/L', 'glucose', '1,9 mmol/L'), ('INR', '7.8', 'RNI', '7,8'), ('Hemoglobin', '58 g/L', 'hémoglobine', '58 g/L'),
                ('Sodium', '114 mmol/L', 'sodium', '114 mmol/L')])
    me, frm = _who(g, lang)
    to = g.ch(['gmf-riviere.example', 'clinique-du-parc.example', 'lakeshorechc.example'])
    dest = g.staff(lang)
    if lang == 'en':
        subj = g.ch(['CRITICAL VALUE - ' + p['last'], 'Critical lab result - call back required', 'URGENT: critical ' + val[0]])
        body = (f"CRITICAL RESULT NOTIFICATION\n\nPatient: {p['last'].upper()}, {p['first']}\nDOB: {p['dob']}   Sex: {p['sex']}\n"
                f"MRN: {mrn}\nTest: {val[0]}\nResult: {val[1]} (critical)\nCollected: {g.date().isoformat()} 07:42\n\n"
                f"Dr {dest[1]}, we could not reach you by phone. Please call the core lab at 514-555-0177 to acknowledge.\n"
                + sig(g, me, 'MLT, Core Laboratory', 'mrgh', 'en'))
        types = ['patient_name', 'date_of_birth', 'mrn', 'lab_result']
    else:
        subj = g.ch(['VALEUR CRITIQUE', 'Résultat critique - ' + p['last'], 'Valeur critique à confirmer'])
        body = (f"Bonjour {dr(dest)} {dest[1]},\n\nValeur critique pour votre patient{e_fr(p,'','e')} {p['first']} {p['last']} "
                f"(NAM {fmt_nam(g, p['nam'])}, dossier {mrn}) : {val[2]} {val[3]}, prélevé ce matin.\n"
                "Nous n'avons pas réussi à vous joindre au téléphone. Merci de rappeler le laboratoire au 514-555-0177.\n"
                + sig(g, me, 'T.M., laboratoire de biochimie', 'mrgh', 'fr'))
        types = ['patient_name', 'ramq_nam', 'mrn', 'lab_result']
    m = build(g, frm, addr(dest, to), subj, body)
    return m, 'critical_value', lang, types, 'critical lab value with patient name and identifiers'


def p_imaging(g):
    p = g.other_patient(PAT_EN, 1940, 1985) if g.r.random() < .5 else g.qc_patient(30)
    me, frm = _who(g, 'en', 'mrgh')
    dest, to = _ext(g, 'en', 'gmf-riviere.example')
    f = g.ch(['9 mm solid nodule RLL - recommend CT chest in 3 months (Fleischner)',
              '2.4 cm right adrenal lesion, indeterminate - adrenal protocol CT',
              'Bosniak IIF cyst L kidney - US in 6 months', 'Incidental 4.1 cm AAA - vascular surgery referral advised'])
    body = (f"Dr {dest[1]},\n\nFYI incidental finding on the CT done for your patient {p['first']} {p['last']} "
            f"(DOB {dob_en(p['dob'])}, MRN {g.mrn()}) on {g.date().strftime('%b %d')}:\n\n  {f}\n\n"
            f"Please make sure follow-up is arranged; {pron(p,'en')[0]} was not told by us. Full report in the portal.\n\n"
            + sig(g, me, 'MD FRCPC, Diagnostic Radiology', 'mrgh', 'en'))
    subj = g.ch(['Incidental finding - follow-up needed', 'Radiology f/u: ' + p['last'], 'Actionable finding notification'])
    m = build(g, frm, to, subj, body)
    return m, 'imaging_followup', 'en', ['patient_name', 'date_of_birth', 'mrn', 'diagnosis'], 'radiology incidental finding for a named patient'


def p_discharge_pdf(g):
    lang = 'fr' if g.r.random() < .4 else 'en'
    p = g.qc_patient(18)
    mrn = g.mrn()
    me, frm = _who(g, lang)
    dest, to = _ext(g, lang, g.ch(['clsc-verdun.example', 'gmf-riviere.example', 'pharmaciebeaulieu.example']))
    meds = g.r.sample(MEDS, 4)
    dx = g.ch([('NSTEMI, PCI to LAD', 'IAMSEST, ICP IVA'), ('COPD exacerbation', 'exacerbation MPOC'),
               ('community-acquired pneumonia', 'pneumonie acquise en communauté'), ('new-onset AF', 'FA de novo')])
    if lang == 'fr':
        lines = [f"Nom : {p['last'].upper()}, {p['first']}", f"Date de naissance : {p['dob']}   Sexe : {p['sex']}",
                 f"NAM : {p['nam']}    No dossier : {mrn}", f"Admission : {g.date().isoformat()}", f"Diagnostic principal : {dx[1]}",
                 "Médication au congé :"] + ['  - ' + x for x in meds] + ["Suivi : clinique externe cardiologie 4 semaines"]
        body = f"Bonjour,\n\nCi-joint le résumé de départ de votre patient{e_fr(p,'','e')}, congé{e_fr(p,'','e')} hier.\n\nBonne journée\n" + sig(g, me, 'inf. de liaison', 'mrgh', 'fr')
        subj = g.ch(['Résumé de départ', 'Sommaire d\'hospitalisation', 'Congé - résumé en PJ'])
        fname = g.ch(['resume_depart.pdf', 'Sommaire_%s.pdf' % p['last'], 'scan0042.pdf'])
        title = 'Résumé de départ - ' + ORGS['mrgh']['name']
    else:
        lines = [f"Patient: {p['last'].upper()}, {p['first']}", f"DOB: {p['dob']}   Sex: {p['sex']}",
                 f"RAMQ: {p['nam']}    MRN: {mrn}", f"Admitted: {g.date().isoformat()}", f"Most responsible dx: {dx[0]}",
                 "Discharge medications:"] + ['  - ' + x for x in meds] + ["Follow-up: cardiology clinic 4 weeks"]
        body = "Hello,\n\nPlease find attached the discharge summary for our mutual patient, discharged yesterday.\n\nRegards,\n" + sig(g, me, 'RN, Discharge planning', 'mrgh', 'en')
        subj = g.ch(['Discharge summary', 'D/C summary attached', 'Discharge - summary for your files'])
        fname = g.ch(['discharge_summary.pdf', 'DCS_%s.pdf' % p['last'], 'scan_20261112.pdf'])
        title = 'Discharge Summary - ' + ORGS['mrgh']['name']
    m = build(g, frm, to, subj, body, atts=[(fname, make_pdf(title, lines))])
    return m, 'discharge_pdf', lang, ['patient_name', 'date_of_birth', 'ramq_nam', 'mrn', 'diagnosis', 'medication'], 'discharge summary PDF attachment with identifiers, diagnosis and meds; body generic'


def p_medrec(g):
    p = g.qc_patient(18)
    me, frm = _who(g, 'fr')
    to = 'labo@pharmaciebeaulieu.example'
    meds = g.r.sample(MEDS, 5)
    body = (f"Bonjour,\n\nBCM pour {p['first']} {p['last']} ({dob_fr(p['dob'])}), admis{e_fr(p,'','e')} au 6 Nord.\n"
            "Pouvez-vous nous envoyer le profil pharmaceutique des 6 derniers mois? Voici ce qu'on a au dossier :\n\n"
            + '\n'.join('- ' + x for x in meds) +
            f"\n\n{e_fr(p,'Le patient','La patiente')} dit avoir cessé le {meds[0].split()[0]} il y a 2 mois, à confirmer.\n\nMerci\n"
            + sig(g, me, 'pharmacienne' if g.r.random() < .5 else 'pharmacien', 'mrgh', 'fr'))
    subj = g.ch(['BCM - profil pharmaceutique', 'Demande de profil Rx', 'bilan comparatif des médicaments'])
    m = build(g, frm, to, subj, body)
    return m, 'med_reconciliation', 'fr', ['patient_name', 'date_of_birth', 'medication'], 'medication reconciliation request naming patient with DOB and drug list'


def p_transport(g):
    lang = 'fr' if g.r.random() < .4 else 'en'
    p = g.qc_patient(40)
    me, frm = _who(g, lang)
    street = g.ch(STREETS_QC)
    num = g.r.randint(100, 9999)
    tel = g.phone()
    if lang == 'fr':
        subj = g.ch(['Transport adapté - dialyse', 'Demande de transport', 'Transport pour ' + p['last']])
        body = (f"Bonjour,\n\nDemande de transport pour {civ(p,'fr')} {p['first']} {p['last']}, {num} {street}, app. {g.r.randint(1,40)}, Montréal.\n"
                f"Tél. domicile : {tel}\nHémodialyse lundi-mercredi-vendredi 7h00, début {g.date().strftime('%d/%m')}.\n"
                f"{e_fr(p,'Il','Elle')} se déplace en fauteuil roulant, amputation sous le genou droit. Accompagnateur possible.\n\nMerci\n"
                + sig(g, me, 'travailleuse sociale', 'mrgh', 'fr'))
        to = 'demandes@transport-adapte-mtl.example'
    else:
        subj = g.ch(['Home care referral', 'Home visit request - wound care', 'CLSC home care - new pt'])
        body = (f"Hello,\n\nNew home care referral:\n{p['first']} {p['last']}\n{num} {street}, Montreal QC\nHome: {tel}\n\n"
                f"Stage 3 sacral pressure injury, needs dressing change q2days. Lives alone, daughter visits weekends.\n"
                f"Please call before visiting - {pron(p,'en')[0]} is hard of hearing.\n\nThanks\n" + sig(g, me, 'RN, liaison nurse', 'mrgh', 'en'))
        to = 'intake@soinsadomicile-est.example'
    m = build(g, frm, to, subj, body)
    return m, 'transport_homecare', lang, ['patient_name', 'patient_contact', 'diagnosis'], 'transport/home-care request with patient name, home address and phone'


def p_dpj(g):
    p = g.other_patient([('Léa', 'Bouchard'), ('Noah', 'Tremblay-Roy'), ('Maëlle', 'Gagné'), ('Zack', 'Lefebvre'), ('Jade', 'Ouimet')], 2012, 2022)
    p['sex'] = {'Léa': 'F', 'Noah': 'M', 'Maëlle': 'F', 'Zack': 'M', 'Jade': 'F'}[p['first']]
    me, frm = _who(g, 'fr')
    body = (f"Bonjour,\n\nSuite à notre appel de ce matin, voici le complément au signalement concernant {p['first']} {p['last']}, "
            f"né{e_fr(p,'','e')} le {dob_fr(p['dob'])}, vu{e_fr(p,'','e')} à l'urgence pédiatrique le {g.date().strftime('%d/%m')}.\n\n"
            "- ecchymoses d'âges différents aux deux bras et au dos\n- explications incohérentes de la mère\n"
            "- père actuellement incarcéré, mère suivie en dépendance (CRD)\n\n"
            f"L'enfant a été gardé{e_fr(p,'','e')} en observation. Dossier hôpital {g.mrn()}.\n\n" + sig(g, me, 'T.S., pédiatrie', 'mrgh', 'fr'))
    m = build(g, frm, 'reception.signalements@dpj-mtl.example', g.ch(['Signalement - complément', 'Suivi signalement DPJ', 'Complément d\'information']), body)
    return m, 'social_youth_protection', 'fr', ['patient_name', 'date_of_birth', 'mrn', 'social_information', 'diagnosis'], 'youth-protection report about a named child with DOB and family situation'


def p_billing_ohip(g):
    p = g.other_patient(PAT_EN, 1940, 2015)
    hn = g.ohn()
    vc = g.ch(['', 'AB', 'KT', 'ZX'])
    me, frm = _who(g, 'en', 'lkchc')
    body = (f"Hi,\n\nClaim rejected again (code VH9). Can you check the version code?\n\n"
            f"Patient: {p['last']}, {p['first']}\nHN: {fmt_ohn(hn, vc)}\nDOB: {p['dob']}\nService date: {g.date().isoformat()}\n"
            f"Fee code: {g.ch(['A007A', 'K005A', 'G372A', 'A888A'])}\nDx code: {g.ch(['250', '296', '401', '311'])}\n\n"
            "Resubmitting once you confirm.\n" + sig(g, me, 'Billing clerk', 'lkchc', 'en'))
    m = build(g, frm, 'claims.support@ohip-claims.example', g.ch(['Rejected claim - VH9', 'OHIP rejection', 'claim resubmission']), body)
    return m, 'billing_ohip', 'en', ['ca_health_number', 'patient_name', 'date_of_birth', 'diagnosis'], 'OHIP claim with patient name, Ontario health number and diagnostic code'


def p_insurance_sin(g):
    lang = 'en' if g.r.random() < .6 else 'fr'
    p = g.qc_patient(18, 64) if lang == 'fr' else g.other_patient(PAT_EN, 1960, 1998)
    s = g.sin()
    me, frm = _who(g, lang, 'mrgh' if lang == 'fr' else 'lkchc')
    if lang == 'en':
        body = (f"Good afternoon,\n\nAttending Physician Statement for your claimant {p['first']} {p['last']} (SIN {fmt_sin(s, g.r.randint(0,2))}, "
                f"DOB {p['dob']}), claim #{g.r.randint(100000,999999)}.\n\nDx: major depressive disorder, recurrent, severe. "
                f"Off work since {g.date().strftime('%B %d')}. Currently on venlafaxine 150 mg.\nExpected RTW: reassess in 8 weeks.\n\n"
                + sig(g, me, 'MD CCFP', 'lkchc', 'en'))
        subj = 'APS - disability claim'
        to = 'claims@northbridge-life.example'
    else:
        body = (f"Bonjour,\n\nVoici les informations demandées pour la demande d'invalidité de {civ(p,'fr')} {p['last']} {p['first']}\n"
                f"NAS : {fmt_sin(s, g.r.randint(0,2))}\nDate de naissance : {dob_fr(p['dob'])}\n"
                f"Diagnostic : lombosciatalgie L5-S1 avec hernie discale, chirurgie prévue.\nArrêt de travail jusqu'au {g.date((2027,1,5),20).strftime('%d/%m/%Y')}.\n\n"
                + sig(g, me, 'M.D.', 'mrgh', 'fr'))
        subj = g.ch(['Demande d\'invalidité - formulaire', 'Déclaration du médecin traitant'])
        to = 'reclamations@boreal-assurances.example'
    m = build(g, frm, to, subj, body)
    return m, 'insurance_sin', lang, ['ca_sin', 'patient_name', 'date_of_birth', 'diagnosis'] + (['medication'] if lang == 'en' else []), 'insurance claim with patient SIN and diagnosis'


def p_research(g):
    me, frm = _who(g, 'en')
    rows = [['Screen ID', 'Name', 'MRN', 'DOB', 'Eligible', 'Comment']]
    for i in range(g.r.randint(4, 7)):
        p = g.qc_patient(18)
        rows.append(['SCR-%03d' % (i + 11), '%s, %s' % (p['last'], p['first']), g.mrn(), p['dob'], g.ch(['Y', 'N', 'pending']),
                     g.ch(['ECOG 1', 'eGFR 38 - excl', 'prior anthracycline', 'consented', 'declined', 'HbA1c 9.1'])])
    kind = g.ch(['xlsx', 'csv', 'inline'])
    subj = g.ch(['Screening log - TRIDENT-4', 'weekly screening log', 'Site 012 screening update'])
    rows[0].append('Dx')
    for r in rows[1:]:
        r.append(g.ch(['metastatic CRC', 'HER2+ breast ca', 'NSCLC stage IV', 'mCRPC']))
    if kind == 'inline':
        txt = '\n'.join(' | '.join(r) for r in rows)
        body = "Hi Priya,\n\nThis week's screening log below, sorry for the format, Excel is acting up.\n\n" + txt + "\n\n" + sig(g, me, 'Research Coordinator, Oncology', 'mrgh', 'en')
        atts = []
    elif kind == 'csv':
        body = "Hi,\n\nUpdated screening log attached for the monitoring visit.\n\n" + sig(g, me, 'CCRP, Research Coordinator', 'mrgh', 'en')
        atts = [('screening_log.csv', make_csv(rows))]
    else:
        body = "Hello,\n\nPlease see attached screening log, pt 3 needs PI sign off.\n\n" + sig(g, me, 'Clinical Research Coordinator', 'mrgh', 'en')
        atts = [('Screening_log_site012.xlsx', make_xlsx('log', rows))]
    m = build(g, frm, 'priya.raman@uni-montreal-research.example', subj, body, atts=atts)
    tl = ['patient_name', 'mrn', 'date_of_birth', 'diagnosis'] + (['lab_result'] if any(('eGFR' in r[5] or 'HbA1c' in r[5]) for r in rows[1:]) else [])
    return m, 'research_screening_log', 'en', tl, 'research screening log listing named patients with MRN/DOB (%s)' % kind


def p_incident(g):
    p = g.qc_patient(45)
    me, frm = _who(g, 'fr')
    ch_ = g.r.randint(201, 640)
    body = (f"Rapport d'incident/accident AH-223\n\nUsager : {p['last']}, {p['first']} — dossier {g.mrn()} — ch. {ch_}\n"
            f"Date/heure : {g.date().strftime('%d/%m/%Y')} 03h15\nÉvénement : chute en se levant seul{e_fr(p,'','e')} pour aller à la toilette. "
            f"Ridelles montées, cloche hors de portée.\nConséquences : lacération arcade sourcilière, 4 points; TDM cérébral normal. "
            f"{e_fr(p,'Patient','Patiente')} sous apixaban.\nFamille avisée : oui (fils)\n\nGravité : E1\n\n" + sig(g, me, 'inf. chef d\'unité', 'mrgh', 'fr'))
    m = build(g, frm, 'gestion.risques@mrgh.example', g.ch(['Déclaration AH-223 - chute', 'Incident chute ch. %d' % ch_, 'AH-223']), body,
              cc='qualite@mrgh.example')
    return m, 'incident_report', 'fr', ['patient_name', 'mrn', 'diagnosis', 'medication'], 'fall incident report naming the patient with chart number and injury'


def p_belgium(g):
    p = g.other_patient(PAT_BE, 1945, 1995)
    n = g.niss(p['dob'], p['sex'])
    me, frm = _who(g, 'fr', 'stl')
    dest, to = _ext(g, 'fr', 'mrgh.example')
    body = (f"Cher Confrère,\n\nJe me permets de vous adresser {e_fr(p,'Monsieur','Madame')} {p['first']} {p['last']} "
            f"(NISS {fmt_niss(n) if g.r.random()<.7 else n}), {age_of(p['dob'])} ans, qui s'installe à Montréal pour raisons familiales.\n"
            f"{e_fr(p,'Il','Elle')} est suivi{e_fr(p,'','e')} chez nous pour une {g.ch(['leucémie lymphoïde chronique', 'sclérose en plaques récurrente-rémittente', 'maladie de Crohn iléale'])} "
            "depuis 2019. Dernier bilan en pièce jointe sur la plateforme sécurisée.\nSa mutuelle (Solidaris) a été informée.\n"
            f"Médecin traitant : Dr {g.staff('be')[1]}.\n\nBien confraternellement,\n" + sig(g, me, 'Dr, service de médecine interne', 'stl', 'fr'))
    m = build(g, frm, to, g.ch(['Transfert de suivi - patient', 'Relais de prise en charge', 'Patient(e) qui déménage au Canada']), body, tz=1)
    return m, 'partner_be_referral', 'fr', ['be_niss', 'patient_name', 'diagnosis'], 'Belgian partner referral with NISS and chronic diagnosis'


def p_france(g):
    p = g.other_patient(PAT_FRFR, 1975, 2003)
    p['sex'] = 'F'
    p['first'] = g.ch(['Sandrine', 'Laetitia', 'Inès', 'Monique'])
    n = g.nir(p['dob'], p['sex'])
    me, frm = _who(g, 'fr', 'chv')
    dest, to = _ext(g, 'fr', 'mrgh.example')
    body = (f"Bonjour,\n\nSuite à notre échange, je vous transmets les éléments pour Mme {p['first']} {p['last'].upper()}, "
            f"NIR {fmt_nir(n) if g.r.random()<.6 else n}, G2P1 à {g.r.randint(24,34)} SA, qui accouchera chez vous (mutation du conjoint).\n"
            "- diabète gestationnel sous insuline\n- utérus cicatriciel (césarienne 2022)\n- RAI négatives\n\n"
            "Carte Vitale et dossier obstétrical remis à la patiente. N'hésitez pas à m'appeler.\n\nBien cordialement,\n"
            + sig(g, me, 'sage-femme coordinatrice', 'chv', 'fr'))
    m = build(g, frm, to, g.ch(['Transfert obstétrical', 'Suivi de grossesse - relais', 'Patiente enceinte - transfert']), body, tz=1)
    return m, 'partner_fr_obstetrics', 'fr', ['fr_nir', 'patient_name', 'diagnosis'], 'French partner obstetric transfer with NIR and pregnancy details'


def p_subject_only(g):
    p = g.qc_patient(18)
    lang = 'en' if g.r.random() < .68 else 'fr'
    me, frm = _who(g, lang)
    dest, to = _ext(g, lang)
    if lang == 'en':
        subj = g.ch([f"{p['last']}, {p['first']} {p['dob']} - path positive, pls call", f"{p['first']} {p['last']} - HIV VL detectable",
                     f"RE: {p['last'].upper()} {p['first']} biopsy: melanoma"])
        body = g.ch(['Can you call me when you get a sec? 4410', 'See subject. Will discuss at rounds.', 'pls call me'])
    else:
        subj = g.ch([f"{p['last']} {p['first']} ({dob_fr(p['dob'])}) - biopsie positive", f"{civ(p,'fr')} {p['last']} - résultat VIH à discuter",
                     f"TR: {p['last'].upper()} {p['first']} - récidive"])
        body = g.ch(['Peux-tu me rappeler? merci', 'On en parle demain.', 'rappelle-moi svp'])
    m = build(g, frm, to, subj, body + '\n' + ('\n-- \n%s %s' % me))
    return m, 'subject_only', lang, ['patient_name', 'diagnosis'] + (['date_of_birth'] if p['dob'] in subj or dob_fr(p['dob']) in subj else []), 'patient name and result only in the Subject line'


def p_split(g):
    p = g.qc_patient(18)
    lang = 'fr' if g.r.random() < .35 else 'en'
    me, frm = _who(g, lang)
    dest, to = _ext(g, lang)
    if lang == 'fr':
        subj = f"Re: {civ(p,'fr')} {p['last']}"
        body = (f"Oui c'est bien {e_fr(p,'lui','elle')}. La biopsie est revenue positive pour un lymphome folliculaire.\n"
                "Je lui annonce jeudi, on planifie le TEP la semaine prochaine.\n\n" + '-- \n%s %s' % me)
    else:
        subj = f"Re: {p['first']} {p['last']}"
        body = ("Yes that's the one. Urine tox came back positive for fentanyl and cocaine.\n"
                "Social work is involved, I'd hold the discharge until the addiction consult sees them.\n\n" + '-- \n%s %s' % me)
    m = build(g, frm, to, subj, body)
    return m, 'split_subject_body', lang, ['patient_name', 'diagnosis'] + (['social_information', 'lab_result'] if lang == 'en' else []), 'patient name in Subject, diagnosis/result in body'


def p_quoted_reply(g):
    p = g.qc_patient(16) if g.r.random() < .5 else g.other_patient(PAT_EN)
    lang = 'en' if g.r.random() < .6 else 'fr'
    me, frm = _who(g, lang)
    other, oaddr = _ext(g, lang)
    d = g.date()
    if lang == 'en':
        orig = (f"Hi,\n\nCan you see {p['first']} {p['last']} (MRN {g.mrn()}) in your psych clinic? {pron(p,'en')[0].capitalize()} had an overdose on "
                f"{d.strftime('%b %d')} (acetaminophen), medically cleared, on sertraline now. Lives with partner, lost job recently.\n\nThanks\n{other[0]}")
        top = g.ch(['Sure, booked for next Tues 10h. Will let you know.', 'Done. Thx', 'Got it, we have a slot Friday.'])
        body = top + f"\n\n{me[0]}\n\nOn {d.strftime('%a, %b %d, %Y')} at 9:12 AM, {oaddr} wrote:\n" + quote(orig)
    else:
        orig = (f"Bonjour,\n\nPeux-tu voir {p['first']} {p['last']} (dossier {g.mrn()}) en clinique externe de psy? "
                f"Tentative de suicide par intoxication le {d.strftime('%d/%m')}, stable, sous sertraline. Vit seul{e_fr(p,'','e')}, perte d'emploi récente.\n\nMerci\n{other[0]}")
        top = g.ch(['Oui, RDV mardi 10h. Je te tiens au courant.', 'C\'est fait, merci', 'Reçu, on a une place vendredi.'])
        body = top + f"\n\n{me[0]}\n\nLe {d.strftime('%d/%m/%Y')} à 09:12, {oaddr} a écrit :\n" + quote(orig)
    m = build(g, frm, oaddr, 'Re: ' + g.ch(['psych f/u', 'suivi psy', 'consult request']), body, in_reply_to='<ref%d@%s>' % (g.r.randint(1000, 9999), oaddr.split('@')[1].rstrip('>')))
    return m, 'quoted_reply', lang, ['patient_name', 'mrn', 'diagnosis', 'medication', 'social_information'], 'short reply on top; patient details only in the quoted original'


def p_inline_forward(g):
    p = g.qc_patient(30)
    lang = 'fr' if g.r.random() < .35 else 'en'
    me, frm = _who(g, lang)
    orig_sender = _who2(g, lang, me)[1]
    dest, to = _ext(g, lang)
    if lang == 'fr':
        inner = (f"De : {orig_sender}\nEnvoyé : {g.date().strftime('%d/%m/%Y')} 14:02\nObjet : {p['last']} - HbA1c\n\n"
                 f"{p['first']} {p['last']}, NAM {fmt_nam(g, p['nam'])}\nHbA1c 10,4 %, créat 148, DFGe 41.\nAjuster metformine svp.")
        body = "Pour ton suivi, voir ci-dessous.\n\n-------- Message transféré --------\n" + inner
    else:
        inner = (f"From: {orig_sender}\nSent: {g.date().strftime('%A, %B %d, %Y')} 2:02 PM\nSubject: {p['last']} - labs\n\n"
                 f"{p['first']} {p['last']}, RAMQ {fmt_nam(g, p['nam'])}\nHbA1c 10.4%, creat 148, eGFR 41.\nPlease adjust metformin.")
        body = "FYI see below.\n\n---------- Forwarded message ---------\n" + inner
    m = build(g, frm, to, ('TR: ' if lang == 'fr' else 'Fwd: ') + g.ch(['résultats', 'labs', 'suivi diabète']), body)
    return m, 'inline_forward', lang, ['patient_name', 'ramq_nam', 'lab_result', 'medication'], 'inline forward containing patient NAM and lab results'


def p_forward_attached(g):
    p = g.qc_patient(18)
    lang = 'en' if g.r.random() < .6 else 'fr'
    me, frm = _who(g, lang)
    dest, to = _ext(g, lang)
    src = _who2(g, lang, me)
    inner = EmailMessage()
    inner['From'] = src[1]
    inner['To'] = frm
    inner['Subject'] = ('Admission ' + p['last']) if lang == 'en' else ('Admission de ' + p['last'])
    inner['Date'] = format_datetime(dt.datetime(2026, 11, 9, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5))))
    inner['Message-ID'] = '<inner%d@mrgh.example>' % g.r.randint(10000, 99999)
    if lang == 'en':
        inner.set_content(f"{p['first']} {p['last']}, DOB {p['dob']}, MRN {g.mrn()}\nAdmitted overnight with alcohol withdrawal seizure. "
                          "CIWA protocol, thiamine. Homeless shelter address only, no fixed address.\n")
        body = "Forwarding the original as requested for the shelter liaison.\n\n" + '-- \n%s %s' % me
    else:
        inner.set_content(f"{p['first']} {p['last']}, né{e_fr(p,'','e')} le {dob_fr(p['dob'])}, dossier {g.mrn()}\n"
                          "Admis{0} cette nuit pour convulsion de sevrage alcoolique. Protocole CIWA, thiamine. Sans domicile fixe.\n".format(e_fr(p, '', 'e')))
        body = "Je te transfère le courriel original en pièce jointe comme demandé.\n\n" + '-- \n%s %s' % me
    m = build(g, frm, to, ('Fwd: ' if lang == 'en' else 'TR: ') + inner['Subject'], body, inner=inner)
    return m, 'forward_as_attachment', lang, ['patient_name', 'date_of_birth', 'mrn', 'diagnosis', 'social_information'], 'original message attached as .eml with admission details'


def p_tumour_board(g):
    me, frm = _who(g, 'en')
    rows = [['#', 'Patient', 'MRN', 'Age', 'Dx', 'Question']]
    for i in range(g.r.randint(4, 8)):
        p = g.qc_patient(25)
        dx = g.ch(ONCO_DX)
        rows.append([i + 1, '%s %s' % (p['first'], p['last']), g.mrn(), age_of(p['dob']), dx[0], g.ch(['adjuvant chemo?', 'SBRT vs surgery', 'trial eligibility', 'restaging'])])
    kind = g.ch(['xlsx', 'docx', 'pdf'])
    if kind == 'xlsx':
        att = ('TB_list.xlsx', make_xlsx('Tumour board', rows))
    elif kind == 'docx':
        att = ('Tumour_board_agenda.docx', make_docx('Multidisciplinary Tumour Board', ['Cases for Thursday 07:30, room B-214'], [[str(c) for c in r] for r in rows]))
    else:
        att = ('tumour_board.pdf', make_pdf('Tumour Board - case list', [' | '.join(str(c) for c in r) for r in rows]))
    body = "Hi all,\n\nCase list for Thursday attached. Please send path slides to Dr Weiss by Wednesday noon.\n" + sig(g, me, 'Oncology program coordinator', 'mrgh', 'en')
    m = build(g, frm, 'tumourboard-list@mrgh.example', g.ch(['Tumour board - case list', 'MTB Thursday', 'TB agenda']), body,
              cc='onco.partners@cicm-oncologie.example', atts=[att])
    return m, 'tumour_board_list', 'en', ['patient_name', 'mrn', 'diagnosis'], 'tumour board case list attachment (%s) with names, MRNs, diagnoses' % kind


def p_billing_csv(g):
    me, frm = _who(g, 'fr')
    rows = [['nom', 'prenom', 'nam', 'date_service', 'code_acte', 'diagnostic']]
    for _ in range(g.r.randint(5, 9)):
        p = g.qc_patient()
        rows.append([p['last'], p['first'], p['nam'], g.date().isoformat(), g.ch(['00053', '15800', '09120', '00110']), g.ch(['F32.1', 'E11.9', 'J44.1', 'C50.9', 'O24.4'])])
    body = ("Bonjour,\n\nVoici l'extraction des actes refusés du mois pour facturation. Peux-tu les corriger et renvoyer à la RAMQ?\n\nMerci\n"
            + sig(g, me, 'agente de facturation', 'mrgh', 'fr'))
    att = ('refus_facturation.csv', make_csv(rows, ';'))
    if g.r.random() < .4:
        att = ('refus_facturation.zip', make_zip([('refus_facturation.csv', make_csv(rows, ';'))]))
    m = build(g, frm, 'facturation@agence-factu-plus.example', g.ch(['Refus RAMQ - novembre', 'Facturation - actes refusés', 'extraction refus']), body, atts=[att])
    return m, 'billing_export', 'fr', ['patient_name', 'ramq_nam', 'diagnosis'], 'billing extract attachment (CSV or ZIP) with patient names, NAMs and diagnostic codes'


def p_ics(g):
    p = g.qc_patient() if g.r.random() < .5 else g.other_patient(PAT_EN)
    lang = 'en' if g.r.random() < .68 else 'fr'
    me, frm = _who(g, lang)
    mrn = g.mrn()
    d = g.date()
    start = dt.datetime(d.year, d.month, d.day, g.r.randint(8, 15), 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    proc = g.ch([('Colposcopy', 'Colposcopie'), ('ECT session #4', 'Sismothérapie séance 4'), ('Chemo C3 FOLFOX', 'Chimio C3 FOLFOX'), ('Amniocentesis', 'Amniocentèse')])
    summ = (f"{proc[0]} - {p['last']}, {p['first']} (MRN {mrn})" if lang == 'en' else f"{proc[1]} - {p['last']} {p['first']} (dossier {mrn})")
    ics = make_ics('%d-%s@mrgh.example' % (g.r.randint(10**6, 10**7), 'appt'), summ, start, 60, 'MRGH Pavilion C, 3rd floor',
                   'Booked by ' + me[0] + ' ' + me[1], frm.split('<')[1].rstrip('>'), ['nurse.station3c@mrgh.example'])
    body = ("Calendar hold for the procedure, see invite." if lang == 'en' else "Réservation de salle pour l'intervention, voir l'invitation.") + '\n' + '-- \n%s %s' % me
    m = build(g, frm, 'nurse.station3c@mrgh.example', ('Invitation: ' if lang == 'en' else 'Invitation : ') + proc[0 if lang == 'en' else 1], body,
              atts=[('invite.ics', ics.decode('utf-8'))])
    return m, 'calendar_invite', lang, ['patient_name', 'mrn', 'diagnosis'], 'ICS invitation whose summary names the patient, chart number and procedure'


def p_vcard(g):
    p = g.qc_patient(40)
    me, frm = _who(g, 'fr')
    street = g.ch(STREETS_QC)
    tel = g.phone()
    vcf = make_vcf(p['first'], p['last'], None, tel, None, ('%d %s' % (g.r.randint(100, 9999), street), 'Montréal', 'QC', 'H4E 1R%d' % g.r.randint(1, 9)),
                   'Soins de plaie à domicile - ulcère veineux jambe gauche')
    body = (f"Bonjour,\n\nCi-joint la fiche contact {e_fr(p,'du patient','de la patiente')} pour la première visite infirmière à domicile (pansement ulcère veineux).\n"
            "Sonner deux fois, porte arrière.\n\n" + sig(g, me, 'infirmière de liaison', 'mrgh', 'fr'))
    m = build(g, frm, 'accueil@soinsadomicile-est.example', 'Visite à domicile - coordonnées', body, atts=[('%s_%s.vcf' % (p['last'], p['first']), vcf)])
    return m, 'vcard_homecare', 'fr', ['patient_name', 'patient_contact', 'diagnosis'], 'vCard with patient home address and phone for a home-care wound visit'


def p_consult_docx(g):
    p = g.qc_patient(16)
    lang = 'en' if g.r.random() < .6 else 'fr'
    me, frm = _who(g, lang)
    dest, to = _ext(g, lang)
    if lang == 'en':
        paras = [f"Re: {p['first']} {p['last']}, DOB {p['dob']}, RAMQ {p['nam']}",
                 f"Thank you for referring this {age_of(p['dob'])}-year-old {'man' if p['sex']=='M' else 'woman'} with bipolar I disorder.",
                 "Current episode: mixed features, no psychosis. Lithium level 0.4 (subtherapeutic).",
                 "Plan: increase lithium to 450 mg BID, repeat level in 5 days, TSH and creatinine.",
                 "Follow-up in 2 weeks at the mood disorders clinic."]
        body = "Please find my consultation note attached.\n\nBest,\n" + sig(g, me, 'MD FRCPC, Psychiatry', 'mrgh', 'en')
        subj = 'Psychiatry consult note'
    else:
        paras = [f"Objet : {p['first']} {p['last']}, né{e_fr(p,'','e')} le {dob_fr(p['dob'])}, NAM {p['nam']}",
                 f"Merci de m'avoir adressé {e_fr(p,'ce patient','cette patiente')} de {age_of(p['dob'])} ans pour trouble bipolaire de type I.",
                 "Épisode actuel : caractéristiques mixtes, sans psychose. Lithémie 0,4 (sous-thérapeutique).",
                 "Plan : augmenter lithium à 450 mg BID, lithémie dans 5 jours, TSH et créatinine.", "Suivi dans 2 semaines."]
        body = "Veuillez trouver ma note de consultation en pièce jointe.\n\n" + sig(g, me, 'M.D., psychiatre', 'mrgh', 'fr')
        subj = 'Note de consultation psychiatrie'
    m = build(g, frm, to, subj, body, atts=[('consult_%s.docx' % p['last'].lower(), make_docx('Consultation', paras))])
    return m, 'consult_docx', lang, ['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis', 'medication', 'lab_result'], 'psychiatry consult note DOCX with identifiers, diagnosis, lithium level'


def p_disguised(g):
    p = g.qc_patient(18)
    lang = 'fr' if g.r.random() < .4 else 'en'
    me, frm = _who(g, lang)
    dest, to = _ext(g, lang, 'gmail.example')
    k = g.r.randint(0, 3)
    nam = p['nam']
    if k == 0:
        shown = ' '.join(nam)
    elif k == 1:
        shown = nam[:4] + nam[4:].translate(FULLW)
    elif k == 2:
        shown = nam[:4].lower() + '.' + nam[4:6] + '.' + nam[6:8] + '.' + nam[8:]
    else:
        shown = nam[:6] + '\n' + nam[6:]
    if lang == 'fr':
        body = (f"Salut,\n\nJe te l'écris comme ça parce que le courriel bloque sinon :\n{p['first']} {p['last']}\n{shown}\n"
                f"C'est pour le renouvellement de son Suboxone (buprénorphine-naloxone 8/2), {e_fr(p,'il','elle')} est au programme depuis 2024.\n\n{me[0]}")
        subj = 'pour le renouvellement'
    else:
        body = (f"Hey,\n\nwriting it this way so the system doesn't flag it:\n{p['first']} {p['last']}\n{shown}\n"
                f"Needs the Suboxone renewal (buprenorphine-naloxone 8/2), in the OAT program since 2024.\n\n{me[0]}")
        subj = 'the renewal'
    m = build(g, frm, to, subj, body, mode=g.ch(['plain', 'alt']))
    return m, 'disguised_identifier', lang, ['patient_name', 'ramq_nam', 'medication', 'social_information'], 'NAM deliberately obfuscated (spaced/full-width/dotted/split) with opioid agonist therapy'


def p_paeds(g):
    p = g.qc_patient()
    while age_of(p['dob']) > 17:
        p = g.qc_patient()
    lang = 'en' if g.r.random() < .6 else 'fr'
    me, frm = _who(g, lang)
    dest, to = _ext(g, lang, 'gmf-riviere.example')
    if lang == 'en':
        body = (f"Dear Dr {dest[1]},\n\nSeen today in paediatric endocrinology: {p['first']} {p['last']}, {age_of(p['dob'])} y, "
                f"RAMQ {fmt_nam(g, p['nam'])}.\nNew dx type 1 diabetes, HbA1c 11.2%, no DKA. Started on basal-bolus insulin. "
                "Parents separated, shared custody - both given teaching. Next visit 2 wks.\n\n" + sig(g, me, 'MD FRCPC, Paediatrics', 'mrgh', 'en'))
        subj = 'New T1DM - paeds endo'
    else:
        body = (f"Bonjour Dr {dest[1]},\n\nVu{e_fr(p,'','e')} aujourd'hui en endocrino pédiatrique : {p['first']} {p['last']}, {age_of(p['dob'])} ans, "
                f"NAM {fmt_nam(g, p['nam'])}.\nNouveau diagnostic de diabète de type 1, HbA1c 11,2 %, pas d'ACD. Insuline basale-bolus débutée. "
                "Parents séparés, garde partagée — enseignement fait aux deux. Revoir dans 2 sem.\n\n" + sig(g, me, 'pédiatre', 'mrgh', 'fr'))
        subj = 'Nouveau DB1 - endo péd'
    m = build(g, frm, to, subj, body)
    return m, 'paediatrics_letter', lang, ['patient_name', 'ramq_nam', 'diagnosis', 'lab_result', 'medication', 'social_information'], 'paediatric diabetes letter with child name, NAM, HbA1c and custody'


def p_mental_p38(g):
    p = g.qc_patient(18)
    me, frm = _who(g, 'fr')
    body = (f"Bonjour Me {g.staff('fr')[1]},\n\nDemande d'ordonnance de garde provisoire pour {p['first']} {p['last']} "
            f"({dob_fr(p['dob'])}), en garde préventive depuis {g.date().strftime('%d/%m')} 22h.\n"
            f"Deux examens psychiatriques concluent à un danger pour {e_fr(p,'lui-même','elle-même')} (idées suicidaires avec plan, refus de soins).\n"
            "Rapports signés en pièce jointe du dossier Cour.\n\n" + sig(g, me, 'archiviste, contentieux', 'mrgh', 'fr'))
    m = build(g, frm, 'greffe.civil@justice-qc.example', 'Garde provisoire - requête', body)
    return m, 'mental_health_legal', 'fr', ['patient_name', 'date_of_birth', 'diagnosis', 'social_information'], 'involuntary-care (P-38) request naming the patient with DOB and suicidality'


def p_ob(g):
    p = g.other_patient(PAT_EN, 1985, 2004)
    p['sex'] = 'F'
    p['first'] = g.ch(['Aisha', 'Brenda', 'Tanya', 'Janice', 'Heather', 'Leah', 'Kim', 'Nora'])
    hn = g.ohn()
    me, frm = _who(g, 'en', 'lkchc')
    body = (f"Hi,\n\nPrenatal transfer for {p['first']} {p['last']}, OHIP {hn[:4]} {hn[4:7]} {hn[7:]}, G3P1 at {g.r.randint(20,36)}+{g.r.randint(0,6)} wks.\n"
            "Issues: GDM on insulin, previous PPH, GBS unknown. Declined genetic screening.\nPlease book at the high-risk clinic.\n\n"
            + sig(g, me, 'RM, Midwifery', 'lkchc', 'en'))
    m = build(g, frm, 'hrob.referrals@mrgh.example', g.ch(['High-risk OB referral', 'Prenatal transfer', 'OB referral - GDM']), body)
    return m, 'obstetrics_referral', 'en', ['patient_name', 'ca_health_number', 'diagnosis'], 'prenatal referral with Ontario health number and obstetric history'


def p_shared_surname(g):
    p = g.qc_patient(18)
    me, frm = _who(g, 'en')
    body = (f"Hi team,\n\nHeads up: the {p['first']} {p['last']} in stretcher {g.r.randint(1, 30)} is a patient, NOT related to Dr {p['last']} "
            f"from nephro - the consult got sent to the wrong {p['last']} last night. {pron(p,'en')[0].capitalize()} came in with new AF with RVR, "
            f"now on diltiazem. Please double-check the MRN ({g.mrn()}) before paging anyone.\n\n" + sig(g, me, 'Nurse manager, Emergency', 'mrgh', 'en'))
    m = build(g, frm, 'er-charge@mrgh.example', 'Patient with same surname as staff', body)
    return m, 'shared_surname', 'en', ['patient_name', 'mrn', 'diagnosis', 'medication'], 'patient shares surname with physicians; diagnosis and MRN'


def p_identifier_only(g):
    lang = 'en' if g.r.random() < .6 else 'fr'
    me, frm = _who(g, lang)
    ids = [g.mrn() for _ in range(g.r.randint(2, 4))]
    if lang == 'en':
        body = "Hi,\n\nPlease pull the following charts for the audit on Monday:\n" + '\n'.join('  MRN ' + i for i in ids) + "\n\nThanks\n" + sig(g, me, 'Health records', 'mrgh', 'en')
        subj = 'Chart pull request'
    else:
        body = "Bonjour,\n\nMerci de sortir les dossiers suivants pour l'audit de lundi :\n" + '\n'.join('  no dossier ' + i for i in ids) + "\n\n" + sig(g, me, 'archives médicales', 'mrgh', 'fr')
        subj = 'Demande de dossiers'
    m = build(g, frm, g.ch(['archives@mrgh.example', 'audit.externe@agrement-sante.example']), subj, body)
    return m, 'chart_numbers_only', lang, ['mrn'], 'list of patient chart numbers only (identifiers, no names)'


def p_html_results(g):
    me, frm = _who(g, 'en', 'lkchc')
    rows = []
    for _ in range(g.r.randint(2, 4)):
        p = g.other_patient(PAT_EN)
        rows.append((f"{p['last']}, {p['first']}", g.ohn(), g.ch(['LDL 4.9', 'TSH 12.4', 'eGFR 28', 'HbA1c 8.7', 'ferritin 6'])))
    html = ('<html><body><p>Dr Nguyen,</p><p>Abnormal results for your panel this week:</p><table border="1" cellpadding="3">'
            '<tr><th>Patient</th><th>Health #</th><th>Result</th></tr>' +
            ''.join('<tr><td>%s</td><td>%s</td><td>%s</td></tr>' % r for r in rows) + '</table><p>Lakeshore CHC lab desk</p></body></html>')
    text = 'Dr Nguyen,\n\nAbnormal results for your panel this week:\n' + '\n'.join('%s  %s  %s' % r for r in rows) + '\n\nLakeshore CHC lab desk'
    m = build(g, frm, 'alex.nguyen@lakeshorechc.example', 'Abnormal results - your panel', text, html=html, mode=g.ch(['html', 'alt']))
    return m, 'results_table_html', 'en', ['patient_name', 'ca_health_number', 'lab_result'], 'HTML table of patients with Ontario health numbers and abnormal results'


def p_belgium_lab(g):
    p = g.other_patient(PAT_BE, 1950, 2000)
    n = g.niss(p['dob'], p['sex'])
    me, frm = _who(g, 'fr', 'stl')
    body = (f"Bonjour,\n\nRésultats de l'étude DIGEST-BE pour le participant {p['last'].upper()} {p['first']} "
            f"(n° national {n[:6]} {n[6:9]} {n[9:]}) :\nCalprotectine fécale 820 µg/g, CRP 46 mg/L.\nÀ revoir en consultation, nonante jours après l'inclusion.\n\n"
            + sig(g, me, 'coordinatrice de recherche', 'stl', 'fr'))
    m = build(g, frm, 'research.gi@mrgh.example', 'Résultats participant - DIGEST-BE', body, tz=1)
    return m, 'partner_be_research', 'fr', ['be_niss', 'patient_name', 'lab_result'], 'Belgian partner research result with national number and labs'


def p_france_billing(g):
    p = g.other_patient(PAT_FRFR, 1950, 1990)
    n = g.nir(p['dob'], p['sex'])
    me, frm = _who(g, 'fr', 'chv')
    body = (f"Madame, Monsieur,\n\nNous vous adressons la facture de séjour de {civ(p,'fr')} {p['last']} {p['first']}, "
            f"n° de sécurité sociale {n}, hospitalisé{e_fr(p,'','e')} du {g.date().strftime('%d/%m')} au {g.date((2026,12,4),10).strftime('%d/%m')} "
            "en cardiologie (pose de stent). Prise en charge à 100 % au titre de l'ALD.\n\n" + sig(g, me, 'bureau des entrées', 'chv', 'fr'))
    m = build(g, frm, 'facturation.internationale@mrgh.example', 'Facture séjour - patient ressortissant', body, tz=1)
    return m, 'partner_fr_billing', 'fr', ['fr_nir', 'patient_name', 'diagnosis'], 'French stay invoice with patient NIR and cardiology procedure'


def p_zip_reports(g):
    me, frm = _who(g, 'en', 'lkchc')
    files = []
    names = []
    for i in range(g.r.randint(2, 3)):
        p = g.other_patient(PAT_EN, 1940, 1995)
        hn = g.ohn()
        names.append(p['last'])
        files.append(('report_%d.pdf' % (i + 1), make_pdf('Diagnostic Imaging Report', [
            'Patient: %s, %s   DOB: %s' % (p['last'].upper(), p['first'], p['dob']), 'Health number: %s' % fmt_ohn(hn, g.ch(['', 'AB', 'MK'])),
            'Exam: ' + g.ch(['US abdomen', 'CT chest', 'Mammogram bilateral']),
            'Impression: ' + g.ch(['Hepatic steatosis. 1.8 cm gallstone.', 'Spiculated 14 mm mass RUL, suspicious for malignancy.',
                                   'BI-RADS 4 - biopsy recommended.'])])))
    body = ("Hi,\n\nAs discussed, zipped reports from the outside imaging centre for the three clients transferring to your FHT. "
            "Password will follow by phone.\n\n" + sig(g, me, 'Medical secretary', 'lkchc', 'en'))
    m = build(g, frm, 'intake@westisland-fht.example', g.ch(['Imaging reports (zip)', 'Outside reports for transfers']), body,
              atts=[('reports.zip', make_zip(files))])
    return m, 'zip_imaging_reports', 'en', ['patient_name', 'date_of_birth', 'ca_health_number', 'diagnosis'], 'ZIP of imaging report PDFs with names, Ontario health numbers and impressions'


def p_social_income(g):
    lang = 'fr' if g.r.random() < .4 else 'en'
    p = g.qc_patient(19, 70)
    sn = g.sin()
    me, frm = _who(g, lang)
    tel = g.phone()
    if lang == 'fr':
        body = (f"Bonjour,\n\nJe vous écris au sujet de {civ(p,'fr')} {p['first']} {p['last']} (NAS {fmt_sin(sn, g.r.randint(0,2))}), "
                f"hospitalisé{e_fr(p,'','e')} chez nous depuis 5 semaines en psychiatrie. {e_fr(p,'Il','Elle')} a perdu son logement "
                "(avis d'éviction pour non-paiement) et n'a plus de revenu. Pouvez-vous réactiver son dossier d'aide sociale et "
                f"nous indiquer les places disponibles en hébergement supervisé?\nOn peut {pron(p,'fr')[2]} joindre au {tel} (cellulaire).\n\n"
                + sig(g, me, 'travailleuse sociale', 'mrgh', 'fr'))
        subj = g.ch(['Aide sociale et hébergement', 'Demande - réactivation aide financière de dernier recours'])
        to = 'agent.solidarite@mtess-exemple.example'
    else:
        body = (f"Hello,\n\nRe: {p['first']} {p['last']}, SIN {fmt_sin(sn, g.r.randint(0,2))}. {pron(p,'en')[0].capitalize()} has been on our "
                f"psychiatry unit for 5 weeks, was evicted last month and has no income. Could you expedite {pron(p,'en')[1]} social assistance "
                f"application and let us know about supported housing? Cell: {tel}.\n\n" + sig(g, me, 'MSW, Social Work', 'mrgh', 'en'))
        subj = g.ch(['Social assistance - urgent', 'Housing/income support request'])
        to = 'caseworker@socialassist-mtl.example'
    m = build(g, frm, to, subj, body)
    return m, 'social_income_housing', lang, ['ca_sin', 'patient_name', 'social_information', 'patient_contact', 'diagnosis'], 'social work request with patient SIN, eviction, income and psychiatric admission'


def p_subject_nam(g):
    p = g.qc_patient(18)
    lang = 'fr' if g.r.random() < .4 else 'en'
    me, frm = _who(g, lang)
    nam = fmt_nam(g, p['nam'])
    if lang == 'fr':
        subj = f"NAM {nam} - formulaire médicament d'exception"
        body = ("Bonjour,\n\nCi-dessous la justification pour la demande de médicament d'exception : échec du méthotrexate et de "
                "l'adalimumab, polyarthrite rhumatoïde active (DAS28 5,4). Demande pour tofacitinib 5 mg BID.\n\n" + sig(g, me, 'M.D., rhumatologue', 'mrgh', 'fr'))
    else:
        subj = f"RAMQ {nam} - exception drug request"
        body = ("Hi,\n\nJustification for the exception drug request: failed methotrexate and adalimumab, active rheumatoid arthritis "
                "(DAS28 5.4). Requesting tofacitinib 5 mg BID.\n\n" + sig(g, me, 'MD FRCPC, Rheumatology', 'mrgh', 'en'))
    m = build(g, frm, g.ch(['medicaments.exception@assureur-public.example', 'pharmacie.externe@mrgh.example']), subj, body)
    return m, 'subject_identifier', lang, ['ramq_nam', 'diagnosis', 'medication'], 'NAM only in the Subject; diagnosis and drug in body'


def p_phone_list(g):
    lang = 'en' if g.r.random() < .6 else 'fr'
    me, frm = _who(g, lang, 'lkchc' if lang == 'en' else 'mrgh')
    rows = []
    for _ in range(g.r.randint(4, 7)):
        if lang == 'en':
            p = g.other_patient(PAT_EN, 1940, 2010)
            rows.append(f"{p['last']}, {p['first']} - {g.phone('613')} - {g.ch(['prenatal', 'well baby', 'diabetes f/u', 'counselling', 'INR'])}")
        else:
            p = g.qc_patient()
            rows.append(f"{p['last']} {p['first']} — {g.phone()} — {g.ch(['prénatal', 'suivi DB', 'psychothérapie', 'vaccin 18 mois', 'INR'])}")
    if lang == 'en':
        body = ("Hi Megan,\n\nClinic is closed Thursday (boiler). Can you call these and rebook? Leave msg if no answer, don't mention the reason for visit on voicemail.\n\n"
                + '\n'.join(rows) + '\n\n' + sig(g, me, 'Office manager', 'lkchc', 'en'))
        subj = 'Thursday cancellations - calls'
        to = 'megan.doyle@lakeshorechc.example'
    else:
        body = ("Bonjour,\n\nClinique fermée jeudi (bris de chauffage). Peux-tu appeler ces patients pour les replacer? "
                "Ne pas laisser le motif de consultation sur le répondeur.\n\n" + '\n'.join(rows) + '\n\n' + sig(g, me, 'agente administrative', 'mrgh', 'fr'))
        subj = 'Annulations jeudi - appels à faire'
        to = 'rdv.cliniqueexterne@mrgh.example'
    m = build(g, frm, to, subj, body)
    return m, 'callback_list', lang, ['patient_name', 'patient_contact', 'diagnosis'], 'list of patients with personal phone numbers and visit reasons for rebooking'


def p_be_xlsx(g):
    me, frm = _who(g, 'fr', 'stl')
    rows = [['Nom', 'Prénom', 'NISS', 'Service', 'Motif']]
    for _ in range(g.r.randint(3, 5)):
        p = g.other_patient(PAT_BE, 1940, 2010)
        rows.append([p['last'], p['first'], fmt_niss(g.niss(p['dob'], p['sex'])), g.ch(['oncologie', 'pédiatrie', 'radiothérapie']),
                     g.ch(['second avis - sarcome', 'protocole CAR-T', 'tumeur de Wilms - avis', 'gliome de bas grade'])])
    body = ("Bonjour,\n\nComme convenu lors de la réunion du consortium, voici la liste des patients proposés pour les avis "
            "téléconsultation de janvier. Merci de confirmer les créneaux.\n\n" + sig(g, me, 'secrétaire médicale', 'stl', 'fr'))
    m = build(g, frm, 'partenariats@mrgh.example', 'Liste patients - téléconsultations janvier', body, atts=[('liste_teleconsult_janvier.xlsx', make_xlsx('janvier', rows))], tz=1)
    return m, 'partner_be_patient_list', 'fr', ['be_niss', 'patient_name', 'diagnosis'], 'Belgian partner XLSX list of patients with NISS and reasons'


def p_signout_staffish(g):
    """sign-out list that looks like a staff roster (names + rooms, no 'patient' word)."""
    me, frm = _who(g, 'fr')
    lines = []
    for _ in range(g.r.randint(3, 5)):
        p = g.qc_patient(18)
        lines.append(f"{g.r.randint(1,30):02d} - {p['last']} {p['first'][0]}. — {g.ch(['O2 2L', 'NPO minuit', 'soluté KCl', 'isolement C. diff', 'TDM demain 8h'])}")
    body = ("Liste de nuit 5 Est :\n\n" + '\n'.join(lines) + "\n\nRien d'autre à signaler.\n" + '-- \n%s %s, inf.' % me)
    m = build(g, frm, 'equipe.5est@mrgh.example', g.ch(['liste nuit 5E', 'rapport de nuit', 'liste']), body)
    return m, 'signout_terse', 'fr', ['patient_name', 'diagnosis'], 'terse night report listing bed, patient surname/initial and care items'


POSITIVE = [(p_referral_onco, 3), (p_signout, 3), (p_booking, 2), (p_critical, 2), (p_imaging, 2), (p_discharge_pdf, 2),
            (p_medrec, 2), (p_transport, 3), (p_dpj, 2), (p_billing_ohip, 3), (p_insurance_sin, 3), (p_research, 3),
            (p_incident, 3), (p_belgium, 3), (p_france, 2), (p_subject_only, 3), (p_split, 3), (p_quoted_reply, 3),
            (p_inline_forward, 3), (p_forward_attached, 3), (p_tumour_board, 2), (p_billing_csv, 2), (p_ics, 3),
            (p_vcard, 2), (p_consult_docx, 2), (p_disguised, 3), (p_paeds, 2), (p_mental_p38, 1), (p_ob, 2),
            (p_shared_surname, 1), (p_identifier_only, 2), (p_html_results, 2), (p_belgium_lab, 1), (p_france_billing, 1),
            (p_signout_staffish, 2), (p_zip_reports, 2), (p_social_income, 2), (p_subject_nam, 2), (p_phone_list, 2), (p_be_xlsx, 1)]



# ==== NEGATIVE TEMPLATES ====
def n_oncall(g):
    """staff on-call roster that looks like a sign-out list."""
    lang = 'en' if g.r.random() < .64 else 'fr'
    me, frm = _who(g, lang)
    rows = []
    for d in range(7):
        s = g.staff(lang)
        day = dt.date(2026, 12, 7) + dt.timedelta(days=d)
        rows.append(f"{day.strftime('%a %d/%m')}  {s[1].upper()}, {s[0]}  pager {g.r.randint(4000, 4999)}  cell {g.phone('514')}")
    if lang == 'en':
        body = "Hi all,\n\nOn-call schedule for Internal Medicine, week of Dec 7:\n\n" + '\n'.join(rows) + "\n\nSwaps must go through me. Thanks!\n" + sig(g, me, 'Administrative assistant, Dept of Medicine', 'mrgh', 'en')
        subj = g.ch(['On-call schedule wk Dec 7', 'Call schedule - Medicine', 'Updated call roster'])
    else:
        body = "Bonjour,\n\nHoraire de garde en médecine interne, semaine du 7 décembre :\n\n" + '\n'.join(rows) + "\n\nTout échange doit passer par moi. Merci!\n" + sig(g, me, 'adjointe administrative', 'mrgh', 'fr')
        subj = g.ch(['Horaire de garde sem. du 7 déc.', 'Garde médecine interne', 'Liste de garde mise à jour'])
    m = build(g, frm, 'medecine-tous@mrgh.example', subj, body)
    return m, 'staff_oncall_roster', lang, [], 'physician on-call roster with pagers and staff cell numbers (staff only)'


def n_staff_schedule_xlsx(g):
    me, frm = _who(g, 'fr')
    rows = [['Employé', 'Matricule', 'Poste', 'Lun', 'Mar', 'Mer', 'Jeu', 'Ven']]
    for _ in range(8):
        s = g.staff('fr')
        rows.append([f"{s[1]}, {s[0]}", g.luhn_number(9), g.ch(['inf.', 'PAB', 'inf. aux.']), 'J', 'J', g.ch(['S', 'C']), 'N', g.ch(['C', 'J'])])
    body = ("Bonjour à toutes et à tous,\n\nVoici l'horaire de la période 9 (7 au 20 décembre) pour le 5 Est. "
            "Les congés fériés sont indiqués en C.\n\n" + sig(g, me, 'chef d\'unité', 'mrgh', 'fr'))
    m = build(g, frm, 'personnel.5est@mrgh.example', 'Horaire période 9 - 5 Est', body, atts=[('horaire_P9_5E.xlsx', make_xlsx('P9', rows))])
    return m, 'staff_schedule_xlsx', 'fr', [], 'nursing staff schedule with employee numbers (some pass Luhn) - staff only'


def n_sick_leave(g):
    lang = 'en' if g.r.random() < .64 else 'fr'
    me, frm = _who(g, lang, 'lkchc' if lang == 'en' else 'mrgh')
    s = g.staff(lang)
    if lang == 'en':
        body = (f"Hi everyone,\n\nDr {s[0]} {s[1]} will be on medical leave from {g.date().strftime('%B %d')} for about six weeks. "
                f"{g.ch(['Dr Raman', 'Dr Weiss', 'Dr Chen'])} will cover {s[1]}'s clinic patients; the front desk will call to rebook as needed.\n"
                "Please direct any questions to me.\n\n" + sig(g, me, 'Clinic Manager', 'lkchc', 'en'))
        subj = 'Coverage - Dr ' + s[1]
    else:
        body = (f"Bonjour,\n\n{s[0]} {s[1]} sera en congé de maladie à compter du {g.date().strftime('%d %B')}, pour une durée indéterminée. "
                "Merci de redistribuer ses dossiers de soutien à domicile entre les autres intervenantes.\n\n" + sig(g, me, 'coordonnatrice', 'mrgh', 'fr'))
        subj = 'Absence - ' + s[0] + ' ' + s[1]
    m = build(g, frm, g.ch(['clinic-staff@lakeshorechc.example', 'equipe-sad@mrgh.example']), subj, body)
    return m, 'staff_leave', lang, [], 'staff medical leave and coverage arrangements (staff info, no patient)'


def n_training(g):
    lang = 'fr' if g.r.random() < .36 else 'en'
    me, frm = _who(g, lang)
    d = g.date((2027, 1, 10), 20)
    if lang == 'fr':
        body = (f"Bonjour,\n\nLa recertification RCR/DEA aura lieu le {d.strftime('%d/%m/%Y')}, salle A-112, de 8h30 à 12h30.\n"
                "Obligatoire pour tout le personnel infirmier dont la carte expire avant le 31 mars. Inscription sur l'intranet (Formations > RCR).\n\n"
                + sig(g, me, 'conseillère en soins, développement professionnel', 'mrgh', 'fr'))
        subj = 'Recertification RCR - inscription'
    else:
        body = (f"Hello,\n\nReminder: mandatory WHMIS and fire safety e-learning modules must be completed by {d.strftime('%B %d')}. "
                "Completion rate on your unit is currently 64%.\nLink: https://learning.mrgh.example/whmis\n\n" + sig(g, me, 'Education Coordinator', 'mrgh', 'en'))
        subj = 'Mandatory training reminder'
    m = build(g, frm, 'all-nursing@mrgh.example', subj, body)
    return m, 'training_notice', lang, [], 'mandatory staff training reminder'


def n_newsletter(g):
    lang = 'en' if g.r.random() < .64 else 'fr'
    me, frm = _who(g, lang)
    if lang == 'en':
        items = ['Immunotherapy-related colitis: when to hold checkpoint inhibitors', 'New ESMO guidance on HER2-low breast cancer',
                 'Pembrolizumab dosing every 6 weeks now standard in our centre', 'Pharmacy: carboplatin shortage update - 3 week supply']
        html = ('<html><body><h2>Oncology Pharmacy Bulletin - December 2026</h2><ul>' + ''.join('<li>%s</li>' % i for i in g.r.sample(items, 3)) +
                '</ul><p>Questions: oncopharm@mrgh.example</p><p style="font-size:8pt">You receive this bulletin as a member of the oncology program.</p></body></html>')
        text = 'Oncology Pharmacy Bulletin - December 2026\n\n' + '\n'.join('* ' + i for i in items)
        subj = 'Oncology Pharmacy Bulletin - December'
    else:
        items = ['Dépression post-partum : nouveaux outils de dépistage (EPDS)', 'Lithium : rappel sur la surveillance de la fonction rénale',
                 'Trouble d\'usage des opioïdes : l\'accès au traitement par agonistes élargi en 2027', 'Semaine de la santé mentale : programme']
        html = ('<html><body><h2>Info-Santé mentale - décembre 2026</h2><ul>' + ''.join('<li>%s</li>' % i for i in g.r.sample(items, 3)) +
                '</ul><p>Pour vous désabonner, répondez « retrait ».</p></body></html>')
        text = 'Info-Santé mentale - décembre 2026\n\n' + '\n'.join('* ' + i for i in items)
        subj = 'Info-Santé mentale - décembre 2026'
    m = build(g, frm, 'bulletin-abonnes@mrgh.example', subj, text, html=html, mode=g.ch(['html', 'alt']))
    return m, 'newsletter', lang, [], 'clinical newsletter about diseases and drugs, no patient'


def n_conference(g):
    lang = 'en' if g.r.random() < .64 else 'fr'
    me, frm = _who(g, lang)
    talks = [(g.staff(lang), t) for t in g.r.sample(['Managing febrile neutropenia in the community', 'Placenta accreta spectrum: imaging pearls',
                                                      'Early psychosis intervention outcomes', 'Paediatric sepsis: the first hour',
                                                      'AI triage in mammography screening', 'Perinatal depression across cultures'], 4)]
    lines = ['08:30  %s %s, MD - %s' % (s[0], s[1], t) for s, t in talks]
    pdf = make_pdf('Journée scientifique / Scientific Day 2027' if lang == 'fr' else 'Scientific Day 2027 - Programme', lines + ['', 'Salle Jean-Drapeau / Amphitheatre B', '6 credits section 1'])
    if lang == 'en':
        body = "Dear colleagues,\n\nThe programme for our Scientific Day (Feb 12, 2027) is attached. Registration closes Jan 15.\n\n" + sig(g, me, 'CME Office', 'mrgh', 'en')
        subj = 'Scientific Day 2027 - programme'
    else:
        body = "Chers collègues,\n\nVous trouverez ci-joint le programme de la Journée scientifique du 12 février 2027. Inscription avant le 15 janvier.\n\n" + sig(g, me, 'Bureau du DPC', 'mrgh', 'fr')
        subj = 'Journée scientifique 2027 - programme'
    m = build(g, frm, 'medecins@mrgh.example', subj, body, atts=[('programme_2027.pdf', pdf)])
    return m, 'conference_programme', lang, [], 'conference programme: speakers and their topics'


def n_job(g):
    lang = 'fr' if g.r.random() < .36 else 'en'
    me, frm = _who(g, lang, 'mrgh' if lang == 'fr' else 'lkchc')
    if lang == 'fr':
        body = ("Affichage interne no 2026-%d\n\nInfirmière clinicienne / infirmier clinicien - oncologie ambulatoire\n"
                "Poste permanent temps complet, jour. Exigences : BSc inf., 2 ans d'expérience en oncologie, bilinguisme.\n"
                "Échelle salariale : 30,97 $ à 55,72 $/h.\nDate limite : 18 décembre.\n\n" % g.r.randint(100, 999) + sig(g, me, 'conseillère RH', 'mrgh', 'fr'))
        subj = 'Affichage de poste - infirmière clinicienne oncologie'
    else:
        body = ("Job posting #%d\n\nRegistered Psychotherapist - Youth Mental Health (0.8 FTE)\nLakeshore Community Health Centre, Cornwall\n"
                "Requirements: CRPO registration, experience with adolescents, French an asset.\nApply by Dec 20 to careers@lakeshorechc.example\n\n" % g.r.randint(1000, 9999) + sig(g, me, 'HR Generalist', 'lkchc', 'en'))
        subj = 'Now hiring: Registered Psychotherapist (Youth)'
    m = build(g, frm, 'affichages@mrgh.example' if lang == 'fr' else 'jobs-list@lakeshorechc.example', subj, body)
    return m, 'job_posting', lang, [], 'internal job posting'


def n_invoice(g):
    lang = 'en' if g.r.random() < .64 else 'fr'
    inv = g.luhn_number(10)
    sup = g.ch(['MediSupply Canada Inc.', 'Fournitures Médicales Laurentides', 'OrthoLine Medical'])
    frm = 'ar@medisupply.example' if lang == 'en' else 'comptes.recevables@fml-medical.example'
    rows = [(g.ch(['Nitrile gloves M, box 100', 'IV start kit', 'Foley catheter 16Fr', 'Sterile drapes', 'Syringe 10 mL LL']),
             g.r.randint(10, 200), '%.2f' % (g.r.randint(200, 9000) / 100)) for _ in range(4)]
    lines = [f"Invoice / Facture: {inv}", f"PO: PO-{g.r.randint(40000, 49999)}", f"Bill to: {ORGS['mrgh']['name']} - Accounts payable"] + \
            ['%-32s qty %4d  @ %s' % r for r in rows] + ['GST/TPS 5%  QST/TVQ 9.975%', 'Terms: net 30']
    body = ((f"Hello,\n\nPlease find attached invoice {inv} for PO referenced. Payment by EFT preferred.\n\nAccounts Receivable\n{sup}\n1-800-555-0188") if lang == 'en'
            else (f"Bonjour,\n\nCi-joint la facture {inv}. Paiement par TEF svp.\n\nComptes recevables\n{sup}\n1-800-555-0188"))
    m = build(g, frm, 'comptes.payables@mrgh.example', ('Invoice ' if lang == 'en' else 'Facture ') + inv, body, atts=[('INV_%s.pdf' % inv, make_pdf('INVOICE ' + inv, lines))])
    return m, 'supplier_invoice', lang, [], 'supplier invoice; invoice number passes Luhn but is not an identifier'


def n_po_lots(g):
    me, frm = _who(g, 'en')
    lots = ['LOT %s%d' % (g.ch(['A', 'K', 'M']), g.r.randint(100000, 999999)) for _ in range(3)]
    body = ("Hi,\n\nRecall notice follow-up: we quarantined the following lots of the infusion sets in central stores:\n"
            + '\n'.join('  ' + l + '  qty %d' % g.r.randint(5, 80) for l in lots) +
            f"\nSerial numbers of affected pumps: {g.luhn_number(10)}, {g.luhn_number(10)}.\nPlease arrange pickup and credit note.\n\n" + sig(g, me, 'Materials Management', 'mrgh', 'en'))
    m = build(g, frm, 'recalls@medisupply.example', 'Recall - lots quarantined', body)
    return m, 'supply_recall_lots', 'en', [], 'product recall with lot and serial numbers'


def n_blank_form(g):
    lang = 'fr' if g.r.random() < .36 else 'en'
    me, frm = _who(g, lang)
    if lang == 'fr':
        paras = ['Nom de l\'usager : ______________________', 'NAM : ____ ____ ____    Date de naissance : __/__/____',
                 'No de dossier : __________', 'Diagnostic : ____________________________', 'Signature du médecin : ____________']
        body = "Bonjour,\n\nVoici le nouveau gabarit de demande de transfert inter-établissements (version 2026-11). Merci de détruire les anciennes versions.\n\n" + sig(g, me, 'archiviste médicale', 'mrgh', 'fr')
        subj = 'Nouveau formulaire de transfert'
        fn = 'formulaire_transfert_vierge.docx'
    else:
        paras = ['Patient name: ______________________', 'Health card #: __________  Version: __', 'DOB (YYYY/MM/DD): __________',
                 'Reason for referral: ____________________', 'Referring provider: ____________  Billing #: ______']
        body = "Hi all,\n\nAttached is the updated referral template for the community clinic. Please use it from Monday.\n\n" + sig(g, me, 'Office manager', 'lkchc', 'en')
        subj = 'Updated referral template'
        fn = 'referral_template_v3.docx'
    atts = [(fn, make_docx('Formulaire' if lang == 'fr' else 'Referral form', paras))]
    if g.r.random() < .4:
        atts = [('gabarits.zip' if lang == 'fr' else 'templates.zip', make_zip([(fn, atts[0][1]), ('README.txt', 'Templates - blank forms only\n')]))]
    m = build(g, frm, g.ch(['tous-cliniques@mrgh.example', 'front-desk@lakeshorechc.example']), subj, body, atts=atts)
    return m, 'blank_form', lang, [], 'blank form/template with empty patient fields (docx or zip)'


def n_teaching(g):
    lang = 'fr' if g.r.random() < .36 else 'en'
    me, frm = _who(g, lang)
    if lang == 'fr':
        case = g.ch(["Une femme de 34 ans, G2P1, à 31 SA, consulte pour céphalées et œdème. TA 162/104, protéinurie 2+.",
                     "Un homme de 62 ans se présente pour dyspnée progressive depuis 3 semaines et perte de poids de 6 kg.",
                     "Un garçon de 7 ans est amené par sa mère pour boiterie fébrile depuis 48 h."])
        body = f"Bonjour les résidents,\n\nCas pour le club de lecture de jeudi :\n\n{case}\n\nQuestions : diagnostic différentiel? Investigation initiale?\n\n" + sig(g, me, 'M.D., responsable de l\'enseignement', 'mrgh', 'fr')
        subj = 'Cas clinique - club de jeudi'
    else:
        case = g.ch(["A 45-year-old man presents with 2 days of painless jaundice and dark urine.",
                     "A 16-year-old girl is brought in after a syncopal episode during basketball practice.",
                     "A 78-year-old woman on warfarin presents with a fall and a GCS of 13."])
        body = f"Residents,\n\nTeaching case for morning report:\n\n{case}\n\nCome prepared with a differential and first three investigations.\n\n" + sig(g, me, 'MD, Program Director', 'mrgh', 'en')
        subj = 'Morning report case'
    m = build(g, frm, 'residents@mrgh.example', subj, body)
    return m, 'teaching_case', lang, [], 'anonymised teaching case (age/sex only)'


def n_it(g):
    lang = 'en' if g.r.random() < .64 else 'fr'
    me, frm = _who(g, lang)
    d = g.date()
    if lang == 'en':
        body = (f"IT SERVICE NOTICE\n\nThe departmental NAS (\\\\nas-radio-02) will be offline on {d.strftime('%B %d')} from 22:00 to 02:00 for firmware upgrade.\n"
                f"PACS will not be affected. Asset tag {g.luhn_number(10)}; change ticket CHG{g.r.randint(100000, 999999)}.\n"
                "Contact the service desk at ext. 5555 for issues.\n\nIT Service Desk")
        subj = g.ch(['Planned outage - NAS maintenance', 'IT notice: NAS offline tonight', 'Maintenance Wi-Fi pavilion B'])
    else:
        body = (f"AVIS DES TI\n\nLe NAS du service (nas-admin-01) sera en maintenance le {d.strftime('%d/%m')} de 22 h à 2 h. Sauvegardez vos fichiers.\n"
                f"Billet RFC{g.r.randint(10000, 99999)}. Les imprimantes du 3e étage seront aussi redémarrées.\n\nCentre de services TI, poste 5555")
        subj = g.ch(['Maintenance NAS', 'Interruption de service TI', 'Panne réseau planifiée'])
    m = build(g, 'servicedesk@mrgh.example', 'tous@mrgh.example', subj, body)
    return m, 'it_notice', lang, [], 'IT maintenance notice (NAS = network storage), asset numbers'


def n_facilities(g):
    lang = 'fr' if g.r.random() < .36 else 'en'
    me, frm = _who(g, lang)
    if lang == 'fr':
        k = g.r.randint(0, 1)
        body = (["Bonjour,\n\nLe stationnement P3 sera fermé du 7 au 11 décembre pour déneigement et réparation. Utilisez P1 ou P5. Les vignettes restent valides.\n\nServices techniques",
                     "Bonjour,\n\nCoupure d'eau chaude au pavillon C jeudi de 13 h à 15 h (remplacement d'une valve). Merci de votre compréhension.\n\nServices techniques"])[k]
        subj = ['Stationnement P3 fermé', 'Coupure d\'eau chaude pavillon C'][k]
    else:
        k = g.r.randint(0, 1)
        body = (["Hello,\n\nThe elevator bank in Pavilion A (elevators 3 and 4) will be out of service Saturday for inspection. Please use the C-wing elevators.\n\nFacilities",
                     "Hi all,\n\nSnow removal tonight in lots P1 and P2 - please move vehicles to P5 by 21:00 or they will be towed.\n\nParking Office, ext. 2210"])[k]
        subj = ['Elevator outage Saturday', 'Snow removal - parking'][k]
    m = build(g, frm, 'tous@mrgh.example', subj, body)
    return m, 'facilities_parking', lang, [], 'facilities / parking notice'


def n_cafeteria(g):
    lang = 'fr' if g.r.random() < .36 else 'en'
    frm = 'alimentation@mrgh.example'
    if lang == 'fr':
        body = "Menu de la cafétéria - semaine du 7 décembre\n\nLundi : soupe aux pois, pâté chinois\nMardi : poulet au beurre\nMercredi : tourtière et ketchup maison\nJeudi : saumon teriyaki\nVendredi : poisson et frites\n\nRepas des Fêtes le 17 décembre, 9,50 $."
        subj = 'Menu cafétéria - semaine du 7 déc.'
    else:
        body = "Cafeteria menu - week of Dec 7\n\nMon: split pea soup, shepherd's pie\nTue: butter chicken\nWed: tourtière\nThu: teriyaki salmon\nFri: fish and chips\n\nHoliday lunch Dec 17, $9.50."
        subj = 'Cafeteria menu - week of Dec 7'
    m = build(g, frm, 'tous@mrgh.example', subj, body)
    return m, 'cafeteria_menu', lang, [], 'cafeteria menu'


def n_committee(g):
    lang = 'fr' if g.r.random() < .36 else 'en'
    me, frm = _who(g, lang)
    d = g.date((2026, 12, 7), 14)
    start = dt.datetime(d.year, d.month, d.day, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    if lang == 'fr':
        summ = 'Comité de la qualité et de la gestion des risques'
        body = ("Bonjour,\n\nOrdre du jour :\n1. Adoption du PV du 9 novembre\n2. Tableau de bord des chutes (T3)\n3. Audit hygiène des mains : 78 %\n"
                "4. Divers\n\nInvitation en pièce jointe.\n\n" + sig(g, me, 'secrétaire de comité', 'mrgh', 'fr'))
    else:
        summ = 'Medical Advisory Committee - monthly meeting'
        body = ("Hello,\n\nAgenda:\n1. Approval of minutes\n2. Credentialing - 3 new applicants\n3. Antimicrobial stewardship report\n4. Other business\n\n"
                "Invitation attached.\n\n" + sig(g, me, 'Executive Assistant to the CMO', 'mrgh', 'en'))
    ics = make_ics('cmte-%d@mrgh.example' % g.r.randint(1000, 9999), summ, start, 90, 'Salle du conseil / Board room A-501', 'Teams link to follow',
                   frm.split('<')[1].rstrip('>'), ['comite-qualite@mrgh.example'])
    m = build(g, frm, 'comite-qualite@mrgh.example', summ, body, atts=[('invite.ics', ics.decode('utf-8'))])
    return m, 'committee_invite', lang, [], 'committee meeting agenda with ICS invitation'


def n_stats(g):
    lang = 'fr' if g.r.random() < .36 else 'en'
    me, frm = _who(g, lang)
    if lang == 'fr':
        body = (f"Bonjour,\n\nPoint de situation influenza au {g.date().strftime('%d/%m')} :\n- {g.r.randint(5, 20)} cas d'influenza A à l'unité 4B\n"
                f"- {g.r.randint(1, 6)} employés en retrait préventif\n- {g.r.randint(30, 60)} patients diabétiques suivis en clinique externe ce mois-ci\n"
                "Taux de vaccination du personnel : 61 %.\n\n" + sig(g, me, 'conseillère PCI', 'mrgh', 'fr'))
        subj = 'Point de situation influenza'
    else:
        body = (f"Hi,\n\nED metrics for November:\n- visits: {g.r.randint(5000, 7000)}\n- median LOS stretcher: 14.2 h\n- LWBS: 6.1%\n"
                f"- {g.r.randint(20, 60)} mental health holds, {g.r.randint(3, 12)} transfers to tertiary psych\n\nFull dashboard on the intranet.\n\n" + sig(g, me, 'Decision Support Analyst', 'mrgh', 'en'))
        subj = 'ED metrics - November'
    m = build(g, frm, g.ch(['direction@mrgh.example', 'pci-comite@mrgh.example']), subj, body)
    return m, 'aggregate_stats', lang, [], 'aggregate counts and statistics, no individual'


def n_public_health(g):
    lang = 'fr' if g.r.random() < .36 else 'en'
    frm = 'vigie@santepublique-mtl.example' if lang == 'fr' else 'alerts@eohu-health.example'
    if lang == 'fr':
        body = ("APPEL À LA VIGILANCE - Rougeole\n\nTrois cas confirmés ont été déclarés dans la région depuis le 20 novembre. "
                "Vérifier le statut vaccinal des patients et du personnel. Déclarer tout cas suspect au 514-555-0190.\n\nDirection régionale de santé publique")
        subj = 'Appel à la vigilance - rougeole'
    else:
        body = ("HEALTH ADVISORY - Invasive Group A Streptococcus\n\nIncreased iGAS activity in the region (11 cases since October). "
                "Consider early antibiotics in children with varicella and secondary infection.\n\nMedical Officer of Health")
        subj = 'Health Advisory - iGAS'
    m = build(g, frm, g.ch(['urgence-medecins@mrgh.example', 'clinicians@lakeshorechc.example']), subj, body, mode=g.ch(['plain', 'html', 'alt']))
    # this is inbound-forwarded by the hospital
    return m, 'public_health_bulletin', lang, [], 'public health advisory with regional case counts'


def n_vendor(g):
    me, frm = _who(g, 'en')
    imeis = [g.luhn_number(15) for _ in range(3)]
    body = ("Hi Kevin,\n\nThe replacement Spectralink handsets for 7W have shipped. IMEIs:\n" + '\n'.join('  ' + i for i in imeis) +
            f"\nTracking: 1Z{g.r.randint(10**9, 10**10 - 1)}\nPlease confirm receipt.\n\nJordan Blake\nAccount Manager, TelePage Solutions\n1-888-555-0133")
    m = build(g, 'jordan.blake@telepage.example', addr(('Kevin', 'Armstrong'), 'mrgh.example'), 'Handset shipment - 7W', body)
    return m, 'vendor_imei', 'en', [], 'vendor shipment with IMEIs (pass Luhn, not identifiers)'


def n_physician_disease(g):
    lang = 'en' if g.r.random() < .64 else 'fr'
    me, frm = _who(g, lang)
    s = g.staff(lang)
    if lang == 'en':
        body = (f"Please welcome Dr {s[0]} {s[1]}, who joins our breast cancer surgery team this month. Dr {s[1]} trained in "
                "oncoplastic surgery in Toronto and has a special interest in BRCA carriers and hereditary breast cancer.\n\n" + sig(g, me, 'Communications', 'mrgh', 'en'))
        subj = 'Welcome Dr ' + s[1]
    else:
        body = (f"Nous souhaitons la bienvenue {e_fr({'sex': staff_sex(s)}, 'au Dr', 'à la Dre')} {s[0]} {s[1]}, psychiatre spécialisé{e_fr({'sex': staff_sex(s)}, '', 'e')} en troubles alimentaires et en schizophrénie "
                "réfractaire, qui se joint à l'équipe du Pavillon B.\n\n" + sig(g, me, 'Direction des communications', 'mrgh', 'fr'))
        subj = 'Bienvenue ' + e_fr({'sex': staff_sex(s)}, 'au Dr ', 'à la Dre ') + s[1]
    m = build(g, frm, 'tous@mrgh.example', subj, body)
    return m, 'physician_and_disease', lang, [], 'new physician announced with the diseases she/he treats'


def n_speaker(g):
    lang = 'fr' if g.r.random() < .36 else 'en'
    me, frm = _who(g, lang, 'stl' if lang == 'fr' else 'lkchc')
    s = g.staff('be' if lang == 'fr' else 'en')
    if lang == 'fr':
        body = (f"Chers collègues,\n\nLe Pr {s[0]} {s[1]} (Liège) présentera « Cancers de l'ovaire : quoi de neuf en 2027 » lors du webinaire "
                "conjoint Liège–Montréal du jeudi 14 janvier, 15 h (heure de Bruxelles). Septante places disponibles.\n\n" + sig(g, me, 'secrétariat scientifique', 'stl', 'fr'))
        subj = 'Webinaire Liège-Montréal - 14 janvier'
    else:
        body = (f"Lunch & Learn: Dr {s[0]} {s[1]} on 'Depression in older adults - beyond SSRIs'. Thursday 12:00, community room. Pizza provided.\n\n" + sig(g, me, 'Program Assistant', 'lkchc', 'en'))
        subj = 'Lunch & Learn Thursday'
    m = build(g, frm, g.ch(['partenaires@mrgh.example', 'all-staff@lakeshorechc.example']), subj, body, tz=1 if lang == 'fr' else -5)
    return m, 'speaker_topic', lang, [], 'speaker and talk topic announcement'


def n_ethics(g):
    lang = 'en' if g.r.random() < .64 else 'fr'
    me, frm = _who(g, lang)
    if lang == 'en':
        body = (f"Dear Dr Raman,\n\nThe REB has approved Amendment 3 to protocol MRGH-2025-{g.r.randint(100, 999)} (TRIDENT-4). "
                f"Enrolment to date at our site: {g.r.randint(8, 30)} participants of 40 planned. Continuing review due June 2027.\n\n" + sig(g, me, 'REB Coordinator', 'mrgh', 'en'))
        subj = 'REB approval - Amendment 3'
    else:
        body = (f"Bonjour,\n\nLe CER a approuvé la modification no 2 du projet 2026-{g.r.randint(100, 999)}. Recrutement à ce jour : {g.r.randint(5, 25)} participantes. "
                "Le formulaire de consentement version 4.0 doit être utilisé dès maintenant.\n\n" + sig(g, me, 'coordonnatrice CER', 'mrgh', 'fr'))
        subj = 'Approbation CER - modification'
    m = build(g, frm, 'priya.raman@uni-montreal-research.example', subj, body)
    return m, 'research_ethics', lang, [], 'ethics approval with enrolment totals only'


def n_billing_general(g):
    lang = 'fr' if g.r.random() < .36 else 'en'
    me, frm = _who(g, lang)
    if lang == 'fr':
        body = ("Bonjour,\n\nÀ partir du 1er janvier, le code d'acte 15800 est remplacé par 15805 (entente MSSS-FMOQ). "
                "Les demandes avec l'ancien code seront refusées (code de refus 102). Total des refus en novembre : 47 (3 812 $).\n\n" + sig(g, me, 'chef du service de facturation', 'mrgh', 'fr'))
        subj = 'Changement de code d\'acte au 1er janvier'
    else:
        body = ("Hi team,\n\nOHIP fee schedule update effective Jan 1: K005 time units change. Our rejection rate in November was 3.4% (62 claims). "
                "Most common: VH9 version code errors.\n\n" + sig(g, me, 'Billing Lead', 'lkchc', 'en'))
        subj = 'OHIP fee schedule changes'
    m = build(g, frm, g.ch(['facturation@mrgh.example', 'billing-team@lakeshorechc.example']), subj, body)
    return m, 'billing_general', lang, [], 'billing rule change and aggregate rejection counts'


def n_vcard_supplier(g):
    me, frm = _who(g, 'en')
    vcf = make_vcf('Jordan', 'Blake', 'TelePage Solutions', '1-888-555-0133', 'jordan.blake@telepage.example', None, 'Account manager - paging')
    body = "Hi,\n\nHere's the contact card for our new paging vendor rep, in case you need it for the pager swap.\n\n" + sig(g, me, 'Telecom coordinator', 'mrgh', 'en')
    m = build(g, frm, 'biomed@mrgh.example', 'Vendor contact - paging', body, atts=[('Jordan_Blake.vcf', vcf)])
    return m, 'vendor_vcard', 'en', [], 'vCard of a supplier representative'


def n_be_partner(g):
    me, frm = _who(g, 'fr', 'stl')
    body = ("Chers partenaires,\n\nSuite à la réunion du consortium, voici les points d'action :\n"
            "- harmonisation des protocoles de radiothérapie (groupe de travail, nonante jours)\n"
            "- visite de l'équipe de Montréal à Liège en mars, logement à l'hôtel Rive Gauche\n"
            "- budget 2027 : septante-cinq mille euros, à confirmer par le CA\n\n" + sig(g, me, 'coordinateur des partenariats', 'stl', 'fr'))
    m = build(g, frm, ['partenariats@mrgh.example', 'international@ch-valmont.example'], 'Consortium - points d\'action', body, tz=1)
    return m, 'partner_be_admin', 'fr', [], 'Belgian partner consortium minutes, administrative'


def n_fr_partner(g):
    me, frm = _who(g, 'fr', 'chv')
    siren = g.luhn_number(9)
    while True:
        siret = siren + '%05d' % g.r.randint(10, 99999)
        if luhn.is_valid(siret):
            break
    body = ("Bonjour,\n\nVous trouverez ci-joint la convention de stage pour les deux internes en radiologie accueillis en avril. "
            "Merci de nous la retourner signée avant le 15 janvier. Le SIRET de l'établissement : %s %s %s %s.\n\nBien cordialement,\n" % (siret[:3], siret[3:6], siret[6:9], siret[9:])
            + sig(g, me, 'direction des affaires médicales', 'chv', 'fr'))
    doc = make_docx('Convention de stage', ['Entre le Centre hospitalier de Valmont-sur-Loire et le Mount Royal General Hospital.',
                                            'Objet : accueil de deux internes en radiologie du 6 au 30 avril 2027.', 'Article 1 - Assurance responsabilité civile ...'])
    m = build(g, frm, 'affaires.medicales@mrgh.example', 'Convention de stage - internes radiologie', body, atts=[('convention_stage_2027.docx', doc)], tz=1)
    return m, 'partner_fr_admin', 'fr', [], 'French partner training agreement'


def n_forward_admin(g):
    lang = 'en' if g.r.random() < .64 else 'fr'
    me, frm = _who(g, lang)
    src = _who2(g, lang, me)[1]
    if lang == 'en':
        inner = f"From: {src}\nSent: Monday, November 30, 2026 3:14 PM\nSubject: Holiday party\n\nThe holiday party is Dec 18 at 17:00, 2nd floor atrium. RSVP by Dec 10."
        body = "FYI, in case you didn't get it.\n\n---------- Forwarded message ---------\n" + inner
        subj = 'Fwd: Holiday party'
    else:
        inner = f"De : {src}\nEnvoyé : 30 novembre 2026 15:14\nObjet : Party des Fêtes\n\nLe party des Fêtes aura lieu le 18 décembre à 17 h, atrium du 2e. Réponse avant le 10."
        body = "Pour info!\n\n-------- Message transféré --------\n" + inner
        subj = 'TR: Party des Fêtes'
    m = build(g, frm, _ext(g, lang, 'gmail.example')[1], subj, body)
    return m, 'forward_social_event', lang, [], 'inline forward of a staff social event'


def n_reply_admin(g):
    lang = 'fr' if g.r.random() < .36 else 'en'
    me, frm = _who(g, lang)
    other, oaddr = _who2(g, lang, me)
    if lang == 'fr':
        orig = "Bonjour,\n\nEst-ce que la salle B-214 est libre jeudi midi pour la rencontre d'équipe? On sera une douzaine.\n\nMerci\n" + other[0]
        body = "Oui, je te la réserve de 12 h à 13 h 30.\n\n" + me[0] + "\n\nLe 01/12/2026 à 10:02, " + oaddr + " a écrit :\n" + quote(orig)
        subj = 'RE: Salle B-214 jeudi'
    else:
        orig = "Hi,\n\nCan we get the toner replaced on the 3rd floor printer (PRN-3C-02)? It's been streaking all week.\n\nThanks\n" + other[0]
        body = "Ticket opened, tech will come by this afternoon.\n\n" + me[0] + "\n\nOn Tue, Dec 1, 2026 at 10:02 AM, " + oaddr + " wrote:\n" + quote(orig)
        subj = 'RE: printer 3C'
    m = build(g, frm, oaddr, subj, body, in_reply_to='<adm%d@mrgh.example>' % g.r.randint(1000, 9999))
    return m, 'reply_admin', lang, [], 'reply with quoted administrative request'


def n_forward_attached_admin(g):
    me, frm = _who(g, 'en')
    inner = EmailMessage()
    inner['From'] = 'procurement@mrgh.example'
    inner['To'] = frm
    inner['Subject'] = 'Approved: capital request 2027-014 (ultrasound unit)'
    inner['Date'] = format_datetime(dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))))
    inner['Message-ID'] = '<cap%d@mrgh.example>' % g.r.randint(1000, 9999)
    inner.set_content('Your capital request for a portable ultrasound unit (est. $68,400) has been approved by the capital committee.\n')
    body = "Forwarding the approval as attachment for your records.\n\n" + sig(g, me, 'Manager, Diagnostic Imaging', 'mrgh', 'en')
    m = build(g, frm, 'finance.capital@mrgh.example', 'Fwd: capital request approved', body, inner=inner)
    return m, 'forward_attached_admin', 'en', [], 'administrative approval forwarded as attached .eml'


def n_quality_dashboard(g):
    lang = 'en' if g.r.random() < .64 else 'fr'
    me, frm = _who(g, lang)
    rows = [['Unit', 'Falls', 'Pressure injuries', 'Med errors', 'Hand hygiene %']] + \
           [[u, g.r.randint(0, 9), g.r.randint(0, 5), g.r.randint(0, 12), g.r.randint(60, 95)] for u in ['4B', '5E', '6N', '7W', 'ICU', 'Psych 2']]
    body = (("Hi,\n\nQ3 quality and safety dashboard attached. Falls are down 18% vs Q2.\n\n" + sig(g, me, 'Quality Improvement Lead', 'mrgh', 'en')) if lang == 'en'
            else ("Bonjour,\n\nTableau de bord qualité-sécurité du T3 en pièce jointe. Les chutes ont diminué de 18 %.\n\n" + sig(g, me, 'conseillère qualité', 'mrgh', 'fr')))
    m = build(g, frm, 'gestionnaires@mrgh.example', 'Q3 quality dashboard' if lang == 'en' else 'Tableau de bord qualité T3', body, atts=[('dashboard_Q3.xlsx', make_xlsx('Q3', rows))])
    return m, 'quality_dashboard', lang, [], 'quality dashboard with unit-level aggregates'


def n_radiology_protocol(g):
    me, frm = _who(g, 'en')
    body = ("Hi all,\n\nReminder of the updated contrast protocol:\n- eGFR < 30: consult radiologist before IV contrast\n- metformin: no need to hold if eGFR > 30\n"
            "- premedication for prior moderate reaction: prednisone 50 mg 13h, 7h and 1h before\n\nThe policy number is RAD-POL-0147.\n\n" + sig(g, me, 'MD FRCPC, Chief of Radiology', 'mrgh', 'en'))
    m = build(g, frm, 'radiology-all@mrgh.example', 'Contrast protocol update', body)
    return m, 'clinical_policy', 'en', [], 'clinical protocol update (generic drugs/thresholds, no patient)'


def n_lookalike_hr(g):
    lang = 'fr' if g.r.random() < .36 else 'en'
    me, frm = _who(g, lang)
    s = g.staff(lang)
    emp = g.luhn_number(9)
    if lang == 'fr':
        body = (f"Bonjour,\n\nMerci de mettre à jour le dossier de {s[0]} {s[1]}, matricule {emp[:3]} {emp[3:6]} {emp[6:]} : "
                "changement de statut (temps partiel 0,8 à temps complet) à compter de la période 10.\n\n" + sig(g, me, 'technicienne RH', 'mrgh', 'fr'))
        subj = 'Changement de statut - matricule ' + emp
    else:
        body = (f"Hi,\n\nPlease update the badge access for {s[0]} {s[1]} (employee no. {emp}) to include the pharmacy and OR corridors. "
                "Manager approval attached below.\n\n" + sig(g, me, 'Security Office', 'mrgh', 'en'))
        subj = 'Badge access update'
    m = build(g, frm, g.ch(['paie@mrgh.example', 'security@mrgh.example']), subj, body)
    return m, 'hr_employee_number', lang, [], 'HR change for staff member with employee number that passes a checksum'


def n_donation(g):
    lang = 'fr' if g.r.random() < .4 else 'en'
    frm = 'fondation@mrgh.example'
    html = (('<html><body><h1>Merci!</h1><p>Grâce à vous, la Fondation a amassé 1,2 M$ pour le nouveau centre de cancérologie pédiatrique.</p>'
             '<p>Prochain événement : marche de la santé mentale, 2 mai.</p></body></html>') if lang == 'fr' else
            ('<html><body><h1>Thank you!</h1><p>Our Radiothon raised $1.2M for the new paediatric oncology centre.</p>'
             '<p>Next: Mental Health Walk, May 2.</p></body></html>'))
    text = re.sub('<[^>]+>', ' ', html)
    m = build(g, frm, 'donateurs@fondation-mrgh.example', 'Merci de votre générosité' if lang == 'fr' else 'Thank you from the Foundation', text, html=html, mode='alt')
    return m, 'foundation_newsletter', lang, [], 'foundation fundraising newsletter'


def n_deid_export(g):
    me, frm = _who(g, 'en')
    rows = [['participant_id', 'age_band', 'sex', 'arm', 'grade3_AE', 'visit_window']]
    for i in range(g.r.randint(10, 16)):
        rows.append(['T4-%03d' % (i + 1), g.ch(['40-49', '50-59', '60-69', '70-79']), g.ch('MF'), g.ch(['A', 'B']), g.ch(['none', 'neutropenia', 'diarrhea']), 'ok'])
    body = ("Hi Priya,\n\nDe-identified safety export for the DSMB (participant codes only, no dates, key stays on site). "
            "Two grade 3 events this quarter, both resolved.\n\n" + sig(g, me, 'Clinical Research Coordinator', 'mrgh', 'en'))
    att = ('safety_export_deid.xlsx', make_xlsx('export', rows)) if g.r.random() < .5 else ('safety_export_deid.csv', make_csv(rows))
    m = build(g, frm, 'priya.raman@uni-montreal-research.example', 'DSMB export - de-identified', body, atts=[att])
    return m, 'research_deidentified', 'en', [], 'de-identified research export with study codes and age bands only'


def n_clinic_directory(g):
    lang = 'en' if g.r.random() < .64 else 'fr'
    me, frm = _who(g, lang)
    clin = [('Oncology day hospital', 'Hôpital de jour oncologie'), ('Prenatal clinic', 'Clinique prénatale'), ('Mental health intake', 'Accueil santé mentale'),
            ('Radiology booking', 'Rendez-vous imagerie'), ('Paediatric ER', 'Urgence pédiatrique'), ('Billing office', 'Facturation')]
    lines = ['%-28s 514-555-%04d  fax 514-555-%04d' % (c[0 if lang == 'en' else 1], g.r.randint(1000, 9999), g.r.randint(1000, 9999)) for c in clin]
    body = (("Updated clinic phone directory below, please post at your desk.\n\n" if lang == 'en' else "Voici le bottin téléphonique à jour des cliniques, à afficher.\n\n")
            + '\n'.join(lines) + '\n\n' + sig(g, me, 'Switchboard supervisor' if lang == 'en' else 'responsable du standard', 'mrgh', lang))
    m = build(g, frm, 'secretaires@mrgh.example', 'Clinic phone directory' if lang == 'en' else 'Bottin des cliniques', body)
    return m, 'clinic_directory', lang, [], 'clinic phone and fax directory'


def n_flu_clinic(g):
    lang = 'en' if g.r.random() < .64 else 'fr'
    me, frm = _who(g, lang)
    d = g.date((2026, 11, 9), 10)
    start = dt.datetime(d.year, d.month, d.day, 7, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    summ = 'Staff flu vaccination clinic' if lang == 'en' else 'Clinique de vaccination antigrippale - personnel'
    ics = make_ics('flu-%d@mrgh.example' % g.r.randint(100, 999), summ, start, 600, 'Cafeteria mezzanine', 'Bring your employee badge',
                   frm.split('<')[1].rstrip('>'), ['tous@mrgh.example'])
    body = (("Drop-in flu shots for all staff, no appointment needed. Bring your badge.\n\n" + sig(g, me, 'Occupational Health nurse', 'mrgh', 'en')) if lang == 'en'
            else ("Vaccination sans rendez-vous pour tout le personnel. Apportez votre carte d'employé.\n\n" + sig(g, me, 'infirmière, santé et sécurité au travail', 'mrgh', 'fr')))
    m = build(g, frm, 'tous@mrgh.example', summ, body, atts=[('flu_clinic.ics', ics.decode('utf-8'))])
    return m, 'staff_flu_clinic', lang, [], 'staff flu vaccination clinic invitation'


def n_patient_education(g):
    lang = 'fr' if g.r.random() < .36 else 'en'
    me, frm = _who(g, lang)
    if lang == 'fr':
        lines = ['Le diabète de grossesse', 'Qu\'est-ce que c\'est? Une hausse du sucre dans le sang pendant la grossesse.',
                 'Cibles : à jeun < 5,3 mmol/L; 1 h après le repas < 7,8 mmol/L.', 'Consultez la nutritionniste de la clinique prénatale.']
        body = "Bonjour,\n\nVoici la version révisée du dépliant pour les patientes, à imprimer en couleur.\n\n" + sig(g, me, 'infirmière clinicienne, obstétrique', 'mrgh', 'fr')
        subj, fn = 'Dépliant diabète de grossesse - version révisée', 'depliant_diabete_grossesse.pdf'
    else:
        lines = ['Caring for your child after a fever', 'Give acetaminophen 15 mg/kg every 4-6 hours as needed.',
                 'Return to the ER if your child is hard to wake, has trouble breathing or a rash that does not fade.']
        body = "Hi,\n\nAttached is the final patient handout for the paediatric ER, approved by the committee.\n\n" + sig(g, me, 'Clinical Nurse Educator, Paediatrics', 'mrgh', 'en')
        subj, fn = 'Patient handout - fever in children', 'handout_fever.pdf'
    m = build(g, frm, 'imprimerie@mrgh.example', subj, body, atts=[(fn, make_pdf(lines[0], lines[1:]))])
    return m, 'patient_education', lang, [], 'generic patient education leaflet'


def n_be_invoice(g):
    from stdnum import iban as _iban
    from stdnum.be import vat as _bevat
    me, frm = _who(g, 'fr', 'stl')
    while True:
        v8 = '0' + str(g.r.randint(2000000, 9999999))
        vat = v8 + '%02d' % (97 - int(v8) % 97)
        if _bevat.is_valid('BE' + vat):
            break
    acct = '%03d%07d' % (g.r.randint(1, 999), g.r.randint(0, 9999999))
    bban = acct + '%02d' % ((int(acct) % 97) or 97)
    ib = 'BE' + _iban.calc_check_digits('BE00' + bban) + bban
    assert _iban.is_valid(ib)
    ibf = ' '.join(ib[i:i + 4] for i in range(0, 16, 4))
    vatf = '%s.%s.%s' % (vat[:4], vat[4:7], vat[7:])
    body = ("Madame, Monsieur,\n\nVeuillez trouver ci-dessous notre note de frais pour la formation en radioprotection dispensée à vos techniciens :\n"
            "- 2 journées x 4 participants : 3 200,00 EUR\n- TVA 21 % : 672,00 EUR\n\n"
            f"TVA BE {vatf}\nIBAN {ibf} - BIC EXMPBEBB\n"
            "Communication structurée : +++090/9337/55493+++\n\n" + sig(g, me, 'service comptabilité', 'stl', 'fr'))
    m = build(g, frm, 'comptes.payables@mrgh.example', 'Note de frais - formation radioprotection', body, tz=1)
    return m, 'partner_be_invoice', 'fr', [], 'Belgian partner invoice with VAT, IBAN and structured reference'


def n_meeting_reply_clinic(g):
    me, frm = _who(g, 'en', 'lkchc')
    body = ("Hi Megan,\n\nFor the Ontario Health Team meeting: our diabetes program served 412 clients this year, 38% with HbA1c above target. "
            "Wait time for the dietitian is 5 weeks. Happy to present the slides.\n\n" + sig(g, me, 'Program Manager, Chronic Disease', 'lkchc', 'en'))
    m = build(g, frm, 'megan.doyle@easternoht.example', 'OHT meeting - program numbers', body)
    return m, 'program_aggregate', 'en', [], 'program statistics for a partner meeting'


NEGATIVE = [(n_oncall, 3), (n_staff_schedule_xlsx, 3), (n_sick_leave, 3), (n_training, 2), (n_newsletter, 3), (n_conference, 3),
            (n_job, 3), (n_invoice, 3), (n_po_lots, 2), (n_blank_form, 3), (n_teaching, 3), (n_it, 3), (n_facilities, 3),
            (n_cafeteria, 2), (n_committee, 3), (n_stats, 3), (n_public_health, 3), (n_vendor, 2), (n_physician_disease, 3),
            (n_speaker, 3), (n_ethics, 3), (n_billing_general, 3), (n_vcard_supplier, 1), (n_be_partner, 2), (n_fr_partner, 2),
            (n_forward_admin, 2), (n_reply_admin, 3), (n_forward_attached_admin, 1), (n_quality_dashboard, 2),
            (n_radiology_protocol, 1), (n_lookalike_hr, 3), (n_donation, 1), (n_meeting_reply_clinic, 1), (n_deid_export, 2), (n_clinic_directory, 2), (n_flu_clinic, 2), (n_patient_education, 2), (n_be_invoice, 1)]





def check(out, labels):
    files = sorted(os.path.relpath(os.path.join(dp, f), out) for dp, _, fs in os.walk(out)
                   for f in fs if f.endswith('.eml'))
    assert files == sorted(labels), 'labels do not cover exactly the files'
    for f in files:
        lab = labels[f]
        with open(os.path.join(out, f), 'rb') as fh:
            m = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for part in m.walk():
            assert not part.defects, (f, part.defects)
            if not part.is_multipart():
                part.get_content()
        for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
            assert m[h], (f, h)
        if lab['confidential']:
            assert f.startswith('positive/') and lab['types'], f
        else:
            assert f.startswith('negative/') and lab['types'] == [], f
        assert lab['lang'] in ('en', 'fr') and lab['note'], f


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    ap.add_argument('--seed', type=int, default=5202)
    a = ap.parse_args()
    g = G(a.seed)
    out = a.out
    for sub in ('positive', 'negative'):
        p = os.path.join(out, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    labels = {}
    counts = {'cat': {}, 'lang': {}, 'transport': {}}
    for prefix, sub, table, conf in (('p', 'positive', POSITIVE, True), ('n', 'negative', NEGATIVE, False)):
        i = 0
        for fn, times in table:
            for _ in range(times):
                i += 1
                msg, cat, lang, types, note = fn(g)
                data = serialize(g, msg)
                name = '%s/%s%03d_%s.eml' % (sub, prefix, i, cat)
                with open(os.path.join(out, name), 'wb') as fh:
                    fh.write(data)
                labels[name] = {'confidential': conf, 'types': sorted(set(types)) if conf else [], 'lang': lang,
                                'note': note}
                counts['cat'][sub + ':' + cat] = counts['cat'].get(sub + ':' + cat, 0) + 1
                counts['lang'][lang] = counts['lang'].get(lang, 0) + 1
                tk = msg.get_content_type()
                counts['transport'][tk] = counts['transport'].get(tk, 0) + 1
                tk = 'crlf' if b'\r\n' in data else 'lf'
                counts['transport'][tk] = counts['transport'].get(tk, 0) + 1
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    check(out, labels)
    # transport details over leaf parts
    det = {}
    for f in labels:
        with open(os.path.join(out, f), 'rb') as fh:
            m = email.message_from_bytes(fh.read(), policy=email.policy.default)
        seen = set()
        for part in m.walk():
            if part.get_content_maintype() == 'text':
                seen.add('charset=' + (part.get_content_charset() or 'us-ascii'))
            if not part.is_multipart():
                seen.add('cte=' + part.get('Content-Transfer-Encoding', '7bit').lower())
            if part.get_content_type() == 'message/rfc822':
                seen.add('attached-eml')
            fn_ = part.get_filename()
            if fn_:
                seen.add('att.' + fn_.rsplit('.', 1)[-1].lower())
        for s in seen:
            det[s] = det.get(s, 0) + 1
    h = hashlib.sha256()
    for f in sorted(labels) + ['labels.json']:
        h.update(f.encode() + b'\0')
        with open(os.path.join(out, f), 'rb') as fh:
            h.update(fh.read())
    pos = sum(1 for v in labels.values() if v['confidential'])
    print('total %d  positive %d  negative %d' % (len(labels), pos, len(labels) - pos))
    print('lang', json.dumps(counts['lang'], sort_keys=True))
    print('top-level', json.dumps(counts['transport'], sort_keys=True))
    print('parts (messages containing)', json.dumps(det, sort_keys=True))
    print('categories', json.dumps(counts['cat'], sort_keys=True, ensure_ascii=False))
    tc = {}
    for v in labels.values():
        for t in v['types']:
            tc[t] = tc.get(t, 0) + 1
    print('types', json.dumps(tc, sort_keys=True))
    print('sha256', h.hexdigest())


if __name__ == '__main__':
    sys.path.insert(0, HERE)
    main()
