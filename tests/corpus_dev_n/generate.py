#!/usr/bin/env python3
"""Synthetic outbound e-mail corpus: rural / northern Quebec and Ontario care.
Seeded and byte-for-byte deterministic.  Usage: generate.py [--out DIR] [--seed N]"""
import argparse, base64, csv, datetime as dt, email, email.policy, hashlib, io, json, os, quopri, random, re, shutil, sys, zipfile
from email.header import Header
from email.utils import format_datetime

import stdnum.ca.sin, stdnum.be.nn, stdnum.fr.nir, stdnum.luhn

HERE = os.path.dirname(os.path.abspath(__file__))
# The synthetic NAMs every blind writer was given, shared by the blind corpora in tests/blind_nams.txt.
NAMFILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, 'blind_nams.txt')
N_POS, N_NEG = 85, 115

# ---------------------------------------------------------------- world
QC_COMM = ['Uapishka-Nord', 'Kanatsiak', 'Ivujaluk', 'Mistassiwi', 'Waskaganish-Est', 'Lac-Nemikau', 'Saint-Aubert-du-Lac', 'Pointe-Matawin']
ON_COMM = ['Tasikwan', 'Opaskwan Lake', 'Kawinak First Nation', 'Nimiskau', 'Sachigo Bay', 'Migisi River', 'Keewaytin Falls', 'Wapekeka Narrows']
QC_ORG = [('Centre régional de santé de la Baie-Nordet', 'crs-nordet.example'),
          ('CISSS du Haut-Nordet', 'cisss-hautnordet.example')]
ON_ORG = [('Northshore Regional Health Centre', 'nrhc.example'),
          ('Kawinak Area Health Authority', 'kaha.example')]
EXT_DOM = ['airnordik.example', 'medevac-quebec.example', 'ornge-north.example', 'fnihb-region.example', 'chu-montreal.example',
           'sunnybrook-teach.example', 'pharmaplus.example', 'dialyse-montreal.example', 'boardinghome-tb.example', 'dpj-nord.example',
           'cas-kenora.example', 'hccss-north.example', 'medsupply.example', 'telesante-qc.example', 'otn-north.example', 'gmail.example']
STAFF_F = ['Isabelle Gagné', 'Marie-Ève Tremblay', 'Julie Côté', 'Sophie Bergeron', 'Karine Lavoie', 'Annie Dubé', 'Mélanie Roussel',
           'Chantal Ross', 'Émilie Tanguay', 'Nancy Kakegamic', 'Rebecca Moose', 'Laura Whitehead', 'Jennifer Okimaw',
           'Samantha Beardy', 'Kathleen Muir', 'Priya Raman', 'Ashley Meekis', 'Heather Crane', 'Lucie Mianscum', 'Geneviève Otter']
STAFF_M = ['Mathieu Pelchat', 'Éric Boivin', 'Simon Lachance', 'Patrick Dionne', 'Jean-François Audet', 'Daniel Wabano',
           'Kevin Sainnawap', 'Michael Fiddler', 'Thomas Kenny', 'Ryan McKay', 'Steven Harper-Lowe', 'Marc-André Coon-Come',
           'David Anderson', 'Olivier Petawabano', 'Raj Kulkarni', 'Joseph Rae']
STAFF = STAFF_F + STAFF_M
ROLE_FR = ['inf. clinicienne', 'infirmière en dispensaire', 'coordonnatrice évacuations médicales', 'md de famille', 'agente administrative',
           'néphrologue', 'infirmière en santé publique', 'pharmacienne', 'travailleuse sociale', 'chef de service dialyse']
ROLE_EN = ['RN, Nurse in Charge', 'NP-PHC', 'Medevac Coordinator', 'MD, CCFP', 'Unit Clerk', 'Nephrologist', 'Public Health Nurse',
           'Pharmacist', 'MSW, RSW', 'Dialysis Unit Manager', 'Patient Travel Clerk', 'Telehealth Coordinator']
EN_FIRST_F = ['Josie', 'Mary', 'Annie', 'Sarah', 'Rose', 'Bella', 'Glenna', 'Tanya', 'Darlene', 'Maggie', 'Lorraine', 'Winnie']
EN_FIRST_M = ['Jacob', 'Noah', 'Elijah', 'Gordon', 'Wesley', 'Abel', 'Norman', 'Tyson', 'Eli', 'Roland', 'Simon', 'Dwayne']
EN_LAST = ['Kakekayash', 'Sutherland', 'Mamakwa', 'Beaver', 'Nanokeesic', 'Morris', 'Kitchekesik', 'Wesley', 'Loon', 'Sakanee',
           'Linklater', 'Koostachin', 'Meekis', 'Anderson', 'Quequish', 'Tait']
DISCLAIMER_FR = ("AVIS DE CONFIDENTIALITÉ : Ce courriel et ses pièces jointes sont destinés exclusivement au destinataire. "
                 "Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur.")
DISCLAIMER_EN = ("CONFIDENTIALITY NOTICE: This e-mail may contain information that is privileged. If you received it in error, "
                 "please notify the sender and delete it.")


def load_nams():
    out = []
    with open(NAMFILE, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            s, g, b, sex, nam = line.split()
            out.append(dict(last=s, first=g, dob=b, sex=sex, nam=nam))
    return out


class W:
    """world + random helpers"""
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.nams = load_nams()
        self.nam_i = 0
        self.r.shuffle(self.nams)

    def c(self, seq):
        return self.r.choice(seq)

    def staff(self):
        return self.c(STAFF)

    def nam_patient(self):
        p = self.nams[self.nam_i % len(self.nams)]
        self.nam_i += 1
        return p

    def on_patient(self):
        sex = self.c('FM')
        first = self.c(EN_FIRST_F if sex == 'F' else EN_FIRST_M)
        y = self.r.randint(1938, 2022)
        dob = '%04d-%02d-%02d' % (y, self.r.randint(1, 12), self.r.randint(1, 28))
        return dict(first=first, last=self.c(EN_LAST), sex=sex, dob=dob)

    def ohip(self):
        while True:
            base = str(self.r.randint(1, 9)) + ''.join(str(self.r.randint(0, 9)) for _ in range(8))
            n = base + stdnum.luhn.calc_check_digit(base)
            if stdnum.luhn.is_valid(n):
                return n

    def sin(self):
        while True:
            base = str(self.r.choice([1, 2, 3, 4, 5, 6, 7])) + ''.join(str(self.r.randint(0, 9)) for _ in range(7))
            n = base + stdnum.luhn.calc_check_digit(base)
            if stdnum.ca.sin.is_valid(n):
                return n

    def niss(self):
        while True:
            y = self.r.randint(40, 99)
            body = '%02d%02d%02d%03d' % (y, self.r.randint(1, 12), self.r.randint(1, 28), self.r.randint(1, 996))
            chk = 97 - int(body) % 97
            n = body + '%02d' % chk
            if stdnum.be.nn.is_valid(n):
                return n

    def nir(self):
        while True:
            body = '%d%02d%02d%02d%03d%03d' % (self.r.choice([1, 2]), self.r.randint(40, 99), self.r.randint(1, 12),
                                              self.r.randint(1, 89), self.r.randint(1, 990), self.r.randint(1, 990))
            if body[5:7] in ('20',):
                continue
            key = 97 - int(body) % 97
            n = body + '%02d' % key
            if stdnum.fr.nir.is_valid(n):
                return n

    def mrn(self):
        k = self.r.randint(0, 4)
        if k == 0:
            return 'H%07d' % self.r.randint(0, 9999999)
        if k == 1:
            return '%08d' % self.r.randint(10000000, 99999999)
        if k == 2:
            return 'NRH-%06d' % self.r.randint(0, 999999)
        if k == 3:
            return '%07d' % self.r.randint(1000000, 9999999)
        return 'CRS%06d' % self.r.randint(0, 999999)

    def luhn_lookalike(self, n=9):
        base = ''.join(str(self.r.randint(0, 9)) for _ in range(n - 1))
        return base + stdnum.luhn.calc_check_digit(base)

    def phone(self):
        return '%d-555-%04d' % (self.c([418, 819, 807, 705, 705, 867]), self.r.randint(100, 9999))


def fmt_ohip(n, r):
    k = r.randint(0, 3)
    if k == 0:
        return n
    if k == 1:
        return '%s-%s-%s' % (n[:4], n[4:7], n[7:])
    if k == 2:
        return '%s %s %s %s' % (n[:4], n[4:7], n[7:], r.choice(['AB', 'KT', 'ZX', 'MN']))
    return '%s.%s.%s' % (n[:4], n[4:7], n[7:])


def fmt_nam(n, r, plain=False):
    if plain:
        return n
    k = r.randint(0, 5)
    if k == 0:
        return n
    if k == 1:
        return '%s %s %s' % (n[:4], n[4:8], n[8:])
    if k == 2:
        return n.lower()
    if k == 3:
        return '%s-%s-%s' % (n[:4], n[4:8], n[8:])
    if k == 4:
        return '.'.join([n[:4], n[4:8], n[8:]])
    return n[:4] + ''.join(chr(ord(ch) + 0xFEE0) if ch.isdigit() else ch for ch in n[4:])  # full-width digits


def age_of(dob, ref=dt.date(2026, 11, 15)):
    y, m, d = map(int, dob.split('-'))
    return ref.year - y - ((ref.month, ref.day) < (m, d))


def fr_date(d):
    mois = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
    return '%d %s %d' % (d.day, mois[d.month - 1], d.year)


# ---------------------------------------------------------------- attachments
FIXED = dt.datetime(2026, 11, 2, 9, 0, 0)


def norm_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if info.filename == 'docProps/core.xml':
                b = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*', rb'\g<1>2026-11-02T09:00:00Z', b)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, b)
    return out.getvalue()


def make_pdf(title, lines):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setFont('Helvetica-Bold', 13)
    c.drawString(50, 750, title)
    c.setFont('Helvetica', 10)
    y = 725
    for ln in lines:
        if y < 60:
            c.showPage(); c.setFont('Helvetica', 10); y = 750
        c.drawString(50, y, ln[:110])
        y -= 15
    c.showPage(); c.save()
    return buf.getvalue()


def make_docx(title, paras, table=None):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = 'Secretariat'; cp.created = FIXED; cp.modified = FIXED; cp.last_modified_by = 'Secretariat'; cp.revision = 1
    d.add_heading(title, 1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    b = io.BytesIO(); d.save(b)
    return norm_zip(b.getvalue())


def make_xlsx(sheet, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED; wb.properties.modified = FIXED; wb.properties.creator = 'Secretariat'
    ws = wb.active; ws.title = sheet[:30]
    for r in rows:
        ws.append(list(r))
    b = io.BytesIO(); wb.save(b)
    return norm_zip(b.getvalue())


def make_csv(rows, delim=','):
    b = io.StringIO()
    w = csv.writer(b, delimiter=delim, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return b.getvalue().encode('utf-8')


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 2, 9, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return out.getvalue()


def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def make_ics(uid, summary, start, minutes, location, desc, organizer):
    end = start + dt.timedelta(minutes=minutes)
    f = '%Y%m%dT%H%M%S'
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Outlook-like//EN', 'METHOD:REQUEST', 'BEGIN:VEVENT',
             'UID:%s' % uid, 'DTSTAMP:20261102T090000Z', 'DTSTART;TZID=America/Toronto:%s' % start.strftime(f),
             'DTEND;TZID=America/Toronto:%s' % end.strftime(f), 'SUMMARY:%s' % ics_escape(summary),
             'LOCATION:%s' % ics_escape(location), 'DESCRIPTION:%s' % ics_escape(desc),
             'ORGANIZER:mailto:%s' % organizer, 'END:VEVENT', 'END:VCALENDAR']
    out = []
    for ln in lines:  # fold at 73 octets-ish (chars, keep simple)
        while len(ln.encode('utf-8')) > 73:
            cut = 73
            while len(ln[:cut].encode('utf-8')) > 73:
                cut -= 1
            out.append(ln[:cut]); ln = ' ' + ln[cut:]
        out.append(ln)
    return ('\r\n'.join(out) + '\r\n').encode('utf-8')


def make_vcf(first, last, org, tel, adr, note=''):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (last, first), 'FN:%s %s' % (first, last)]
    if org:
        lines.append('ORG:%s' % org)
    lines.append('TEL;TYPE=HOME,VOICE:%s' % tel if not org else 'TEL;TYPE=WORK,VOICE:%s' % tel)
    if adr:
        lines.append('ADR;TYPE=%s:;;%s' % ('HOME' if not org else 'WORK', adr))
    if note:
        lines.append('NOTE:%s' % ics_escape(note))
    lines.append('END:VCARD')
    return ('\r\n'.join(lines) + '\r\n').encode('utf-8')


# ---------------------------------------------------------------- MIME assembly (manual, for full control)
class Ctx:
    def __init__(self, r):
        self.r = r
        self.bcount = 0

    def boundary(self):
        self.bcount += 1
        return '----=_Part_%d_%08d' % (self.bcount, self.r.randint(0, 99999999))


def pick_charset(r, text):
    try:
        text.encode('ascii'); asc = True
    except UnicodeEncodeError:
        asc = False
    opts = ['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252']
    cs = r.choice(opts)
    try:
        text.encode(cs)
    except UnicodeEncodeError:
        cs = 'windows-1252'
        try:
            text.encode(cs)
        except UnicodeEncodeError:
            cs = 'utf-8'
    return cs, asc


def text_part(r, text, subtype='plain', cte=None):
    cs, asc = pick_charset(r, text)
    raw = text.encode(cs)
    if cte is None:
        cte = r.choice(['quoted-printable', 'base64', '8bit', 'quoted-printable'])
    if asc and cte == '8bit':
        cte = '7bit'
    if cte == 'base64':
        body = base64.encodebytes(raw)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    else:
        body = raw if raw.endswith(b'\n') else raw + b'\n'
    h = 'Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (subtype, cs, cte)
    return h.encode('ascii') + b'\n' + body


def to_html(text):
    import html as H
    paras = text.split('\n\n')
    out = []
    for p in paras:
        if p.startswith('>') or p.startswith('&gt;'):
            out.append('<blockquote style="border-left:2px solid #ccc;padding-left:6px">%s</blockquote>' %
                       '<br>'.join(H.escape(l.lstrip('> ')) for l in p.split('\n')))
        else:
            out.append('<p>%s</p>' % '<br>\n'.join(H.escape(l) for l in p.split('\n')))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html"></head>'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</body></html>\n' % '\n'.join(out))


MIME_OF = {'pdf': 'application/pdf', 'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
           'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'csv': 'text/csv',
           'ics': 'text/calendar', 'vcf': 'text/vcard', 'zip': 'application/zip', 'eml': 'message/rfc822', 'txt': 'text/plain'}


def fname_param(name):
    try:
        name.encode('ascii')
        return 'filename="%s"' % name
    except UnicodeEncodeError:
        from urllib.parse import quote
        return "filename*=utf-8''%s" % quote(name)


def attach_part(name, data):
    ext = name.rsplit('.', 1)[-1].lower()
    ctype = MIME_OF[ext]
    if ext == 'eml':
        h = 'Content-Type: message/rfc822\nContent-Disposition: attachment; %s\n' % fname_param(name)
        return h.encode('ascii') + b'\n' + data.replace(b'\r\n', b'\n')
    extra = ''
    if ext == 'ics':
        extra = '; method=REQUEST; charset="utf-8"'
    elif ext in ('csv', 'vcf', 'txt'):
        extra = '; charset="utf-8"'
    h = 'Content-Type: %s%s; name="%s"\nContent-Disposition: attachment; %s\nContent-Transfer-Encoding: base64\n' % (
        ctype, extra, name if all(ord(c) < 128 for c in name) else 'attachment.' + ext, fname_param(name))
    return h.encode('ascii') + b'\n' + base64.encodebytes(data)


def multipart(ctx, subtype, parts):
    b = ctx.boundary()
    out = ('Content-Type: multipart/%s; boundary="%s"\n\n' % (subtype, b)).encode('ascii')
    out += b'This is a multi-part message in MIME format.\n'
    for p in parts:
        out += ('\n--%s\n' % b).encode('ascii') + p
        if not p.endswith(b'\n'):
            out += b'\n'
    out += ('\n--%s--\n' % b).encode('ascii')
    return out


def enc_header(v):
    try:
        v.encode('ascii')
        return v
    except UnicodeEncodeError:
        return Header(v, 'utf-8', maxlinelen=76).encode()


def addr(name, a):
    if not name:
        return a
    try:
        name.encode('ascii')
        return '"%s" <%s>' % (name, a) if (',' in name or '.' in name) else '%s <%s>' % (name, a)
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, 'utf-8').encode(), a)


def email_of(name, dom):
    import unicodedata
    s = unicodedata.normalize('NFKD', name).encode('ascii', 'ignore').decode().lower()
    parts = re.split(r'[\s]+', s)
    return '%s.%s@%s' % (re.sub('[^a-z-]', '', parts[0]), re.sub('[^a-z-]', '', parts[-1]), dom)


def build_message(ctx, m, date, msgid, crlf):
    """m: dict(frm, to, cc, subject, body, lang, attachments=[(name,bytes)], mode, in_reply_to)"""
    r = ctx.r
    body = m['body']
    atts = m.get('attachments', [])
    mode = m.get('mode') or r.choice(['plain', 'plain', 'html', 'alt', 'alt'])
    if mode == 'plain':
        main = text_part(r, body)
    elif mode == 'html':
        main = text_part(r, to_html(body), 'html')
    else:
        main = multipart(ctx, 'alternative', [text_part(r, body), text_part(r, to_html(body), 'html')])
    if atts:
        main = multipart(ctx, 'mixed', [main] + [attach_part(n, d) for n, d in atts])
    hdr = []
    hdr.append('From: %s' % m['frm'])
    hdr.append('To: %s' % ', '.join(m['to']))
    if m.get('cc'):
        hdr.append('Cc: %s' % ', '.join(m['cc']))
    hdr.append('Subject: %s' % enc_header(m['subject']))
    hdr.append('Date: %s' % format_datetime(date))
    hdr.append('Message-ID: %s' % msgid)
    if m.get('in_reply_to'):
        hdr.append('In-Reply-To: %s' % m['in_reply_to'])
        hdr.append('References: %s' % m['in_reply_to'])
    hdr.append('MIME-Version: 1.0')
    if r.random() < 0.4:
        hdr.append('X-Mailer: %s' % r.choice(['Microsoft Outlook 16.0', 'Zimbra 9.0.0_GA', 'Apple Mail (2.3774)', 'Thunderbird 128.3.0']))
    data = ('\n'.join(hdr) + '\n').encode('ascii') + main
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data


# ---------------------------------------------------------------- message content helpers
def sig(w, lang, name=None, org=None):
    name = name or w.staff()
    if org is None:
        org = w.c(QC_ORG if lang == 'fr' else ON_ORG)
    role = w.c(ROLE_FR if lang == 'fr' else ROLE_EN)
    if lang == 'fr' and name in STAFF_M:
        for a, b in (('infirmière', 'infirmier'), ('clinicienne', 'clinicien'), ('pharmacienne', 'pharmacien'), ('agente', 'agent'),
                     ('coordonnatrice', 'coordonnateur'), ('travailleuse', 'travailleur')):
            role = role.replace(a, b)
    s = '\n\n--\n%s, %s\n%s\n' % (name, role, org[0])
    if w.r.random() < 0.6:
        s += '%s %s poste %d\n' % ('Tél.' if lang == 'fr' else 'Tel', w.phone(), w.r.randint(2000, 7999)) if lang == 'fr' else \
             'Tel %s ext. %d\n' % (w.phone(), w.r.randint(2000, 7999))
    if w.r.random() < 0.35:
        s += '\n' + (DISCLAIMER_FR if lang == 'fr' else DISCLAIMER_EN) + '\n'
    return s


def quote(text, who, when, lang):
    lead = ('Le %s, %s a écrit :' % (when, who)) if lang == 'fr' else ('On %s, %s wrote:' % (when, who))
    return '\n\n' + lead + '\n' + '\n'.join('> ' + l if l else '>' for l in text.strip('\n').split('\n')) + '\n'


def fwd_inline(text, frm, to, subj, when, lang):
    if lang == 'fr':
        h = '\n\n---------- Message transféré ----------\nDe : %s\nDate : %s\nÀ : %s\nObjet : %s\n\n' % (frm, when, to, subj)
    else:
        h = '\n\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n' % (frm, when, to, subj)
    return h + text


class Mail:
    def __init__(self, w, lang, internal_to=False):
        self.w = w; self.lang = lang
        org = w.c(QC_ORG if lang == 'fr' else ON_ORG)
        self.org = org
        self.sender = w.staff()
        self.frm = addr(self.sender, email_of(self.sender, org[1]))
        if internal_to or w.r.random() < 0.3:
            rn = w.staff()
            self.to = [addr(rn, email_of(rn, w.c(QC_ORG if lang == 'fr' else ON_ORG)[1]))]
        else:
            dom = w.c(EXT_DOM)
            rn = w.staff() if w.r.random() < 0.7 else None
            self.to = [addr(rn, email_of(rn, dom)) if rn else '%s@%s' % (w.c(['coordination', 'intake', 'admin', 'rdv', 'bookings', 'dispatch', 'info']), dom)]
        self.cc = []
        if w.r.random() < 0.3:
            cn = w.staff(); self.cc = [addr(cn, email_of(cn, org[1]))]
        self.rcpt_name = rn or ('Bonjour' if lang == 'fr' else 'Hi')

    def greet(self):
        first = self.rcpt_name.split()[0] if self.rcpt_name not in ('Bonjour', 'Hi') else ''
        if self.lang == 'fr':
            return self.w.c(['Bonjour %s,' % first, 'Salut %s,' % first, 'Bonjour,', '']).replace(' ,', ',')
        return self.w.c(['Hi %s,' % first, 'Hello,', '%s -' % first, '']).replace(' ,', ',').replace(' -', '') if first else self.w.c(['Hi,', 'Hello,', ''])

    def sig(self):
        return sig(self.w, self.lang, self.sender, self.org)


def finish(m, subject, body, atts=None, mode=None, reply=None):
    for c in QC_COMM + ON_COMM:
        if c[0] in 'AEIOUÉ':
            body = body.replace('de ' + c, "d'" + c)
    d = dict(frm=m.frm, to=m.to, cc=m.cc, subject=subject, body=body, attachments=atts or [], mode=mode)
    return d


# ---------------------------------------------------------------- POSITIVE builders
DX_EN = [('chest pain, ?NSTEMI, trop 412', 'diagnosis'), ('COPD exacerbation, sats 84% RA', 'diagnosis'),
         ('DKA, glucose 31', 'lab_result'), ('ectopic pregnancy ?, bHCG 2450, pain++', 'lab_result'),
         ('sepsis ?urosepsis, lactate 4.1', 'lab_result'), ('open tib/fib #, fall from skidoo', 'diagnosis'),
         ('preterm labour 31+2 wks', 'diagnosis'), ('acute psychosis, risk to self', 'diagnosis'),
         ('GI bleed, Hb 68', 'lab_result'), ('stroke sx onset 0640, L sided weakness', 'diagnosis')]
DX_FR = [('DRS, ?SCA, tropo 380', 'diagnosis'), ('MPOC exacerbée, sat 85 % AA', 'diagnosis'), ('acidocétose, glycémie 29', 'lab_result'),
         ('pyélonéphrite, fièvre 39,4', 'diagnosis'), ('fracture hanche G post chute', 'diagnosis'), ('travail prématuré 32 sem', 'diagnosis'),
         ('idées suicidaires, plan structuré', 'diagnosis'), ('hémorragie digestive, Hb 71', 'lab_result'),
         ('AVC probable, début sx 05h50', 'diagnosis'), ('pneumonie, sat 86 %, TB à exclure', 'diagnosis')]
MEDS = ['metformine 500 mg BID', 'apixaban 5 mg BID', 'insuline glargine 22 u HS', 'furosémide 40 mg DIE', 'méthadone 60 mg DIE',
        'Suboxone 12/3 mg', 'ramipril 10 mg', 'INH 300 mg + B6 (TB latente)', 'sevelamer 800 mg TID', 'salbutamol PRN']


def pos_medevac(w, lang):
    m = Mail(w, lang)
    if lang == 'fr':
        p = w.nam_patient(); comm = w.c(QC_COMM); dx, t = w.c(DX_FR)
        nam = fmt_nam(p['nam'], w.r)
        prio = w.c(['urgent', 'très urgent', 'semi-urgent'])
        subj = w.c(['Demande EVAQ %s - %s' % (prio, comm), 'évac %s %s' % (comm, prio), 'Transfert aérien - %s' % comm])
        body = '%s\n\nDemande d\'évacuation %s pour %s %s (%s, %s ans), RAMQ %s, au dispensaire de %s.\n%s.\n' \
               'Signes vitaux : TA %d/%d, FC %d, FR %d. Voie veineuse en place. Escorte : infirmière.\nMerci de confirmer l\'heure du vol.%s' % (
                   m.greet(), prio, p['first'], p['last'], 'F' if p['sex'] == 'F' else 'M', age_of(p['dob']), nam, comm, dx,
                   w.r.randint(85, 170), w.r.randint(45, 100), w.r.randint(55, 140), w.r.randint(14, 32), m.sig())
        types = ['patient_name', 'ramq_nam', t]
        note = 'medevac request naming a patient with RAMQ number and acute condition'
    else:
        p = w.on_patient(); comm = w.c(ON_COMM); dx, t = w.c(DX_EN)
        hc = fmt_ohip(w.ohip(), w.r)
        subj = w.c(['Medevac req - %s - urgent' % comm, 'URGENT medevac %s' % comm, 'Air transfer request %s' % comm])
        body = '%s\n\nRequesting medevac from %s nursing station.\nPt: %s %s, %s, DOB %s\nHCN %s\n%s\nVitals: BP %d/%d HR %d RR %d\n' \
               'Accepting: Dr. %s, ICU NRHC. Escort RN available.%s' % (
                   m.greet(), comm, p['first'], p['last'], p['sex'], p['dob'], hc, dx, w.r.randint(85, 170), w.r.randint(45, 100),
                   w.r.randint(55, 140), w.r.randint(14, 32), w.c(STAFF).split()[-1], m.sig())
        types = ['patient_name', 'date_of_birth', 'ca_health_number', t]
        note = 'medevac request with patient name, DOB, health number and condition'
    return finish(m, subj, body), types, note, 'medevac_request'


def pos_subject_only(w, lang):
    m = Mail(w, lang)
    if lang == 'fr':
        first = w.c(['Mary', 'Josée', 'Ginette', 'Sarah', 'Noé', 'Elijah']); comm = w.c(QC_COMM)
        dx = w.c(['DRS', 'suivi grossesse à risque', 'hémodialyse manquée x2', 'TB active ?', 'plaie pied diabétique'])
        subj = '%s de %s - %s' % (first, comm, dx)
        body = w.c(['voir pj / rappelle-moi', 'Peux-tu me rappeler svp', 'FYI', '', 'cf. sujet, merci']) + m.sig()
    else:
        first = w.c(EN_FIRST_F + EN_FIRST_M); comm = w.c(ON_COMM)
        dx = w.c(['missed HD x2', 'chest pain', 'positive for gonorrhea, needs tx', 'NSTEMI', 'sputum AFB+', 'suicide attempt last night'])
        subj = '%s from %s - %s' % (first, comm, dx)
        body = w.c(['call me', 'pls advise', 'see subject', '', 'can you see pt tmrw?']) + m.sig()
    return finish(m, subj, body, mode=w.c(['plain', 'html'])), ['patient_name', 'diagnosis'], \
        'patient first name and community with condition in Subject only', 'subject_only'


def pos_dialysis_roster(w, lang):
    m = Mail(w, lang)
    rows = [['Chaise', 'Patient', 'Dossier', 'Communauté', 'Quart', 'Accès', 'Remarque'] if lang == 'fr' else
            ['Chair', 'Patient', 'MRN', 'Community', 'Shift', 'Access', 'Notes']]
    for i in range(w.r.randint(6, 10)):
        if lang == 'fr':
            p = w.nam_patient(); nm = '%s, %s' % (p['last'].upper(), p['first'])
        else:
            p = w.on_patient(); nm = '%s %s' % (p['first'], p['last'])
        rows.append([i + 1, nm, w.mrn(), w.c(QC_COMM if lang == 'fr' else ON_COMM), w.c(['AM', 'PM', 'Soir' if lang == 'fr' else 'Eve']),
                     w.c(['FAV G', 'KT jugulaire', 'AVF R', 'CVC']), w.c(['', 'K+ 6,1 hier', 'poids sec revu', 'hep B -', 'retour boarding home'])])
    ext = w.c(['xlsx', 'csv'])
    data = make_xlsx('HD', rows) if ext == 'xlsx' else make_csv(rows, w.c([',', ';']))
    if lang == 'fr':
        subj = 'Horaire hémodialyse semaine du %d nov' % w.r.randint(2, 30)
        body = '%s\n\nCi-joint la liste des patients pour la semaine, chaises et quarts. 2 changements (transfert de communauté).%s' % (m.greet(), m.sig())
        name = 'liste_HD_semaine.%s' % ext
    else:
        subj = 'HD schedule - week of Nov %d' % w.r.randint(2, 30)
        body = '%s\n\nAttached pt list for satellite unit this week. Pls update travel bookings accordingly.%s' % (m.greet(), m.sig())
        name = 'HD_patients_wk.%s' % ext
    return finish(m, subj, body, [(name, data)]), ['patient_name', 'mrn'], \
        'dialysis patient list attached (%s) with names and chart numbers' % ext, 'dialysis_roster'


def pos_handover(w, lang):
    m = Mail(w, lang, internal_to=True)
    comm = w.c(QC_COMM if lang == 'fr' else ON_COMM)
    lines = []
    for i in range(w.r.randint(3, 6)):
        if lang == 'fr':
            first = w.c(['Mary', 'Lucie', 'Noé', 'Elijah', 'Gilles', 'Annie', 'Josée']); last = w.c(['Kitchen', 'Awashish', 'Petawabano', 'Napash', 'Cheezo'])
            lines.append('- %s %s.  %s ans - %s - %s' % (first, last[0], w.r.randint(2, 90), w.c([d for d, _ in DX_FR]),
                                                       w.c(['revoir demain', 'pansement DIE', 'att. résultats', 'RDV télésanté jeudi', 'INR lundi'])))
        else:
            p = w.on_patient()
            lines.append('- %s %s (%s) %sy - %s - %s' % (p['first'], p['last'], w.mrn(), age_of(p['dob']), w.c([d for d, _ in DX_EN]),
                                                      w.c(['recheck AM', 'dressing daily', 'f/u labs', 'OTN visit Thu', 'INR Mon'])))
    if lang == 'fr':
        subj = 'Passation %s - %s' % (comm, w.c(['fin de rotation', 'relève', 'semaine']))
        body = '%s\n\nVoici les suivis à faire au dispensaire :\n%s\n\nBonne rotation!%s' % (m.greet(), '\n'.join(lines), m.sig())
    else:
        subj = 'Handover %s nursing station' % comm
        body = '%s\n\nFollow-ups for incoming RN:\n%s\n\nClinic fridge temp log is in the binder.%s' % (m.greet(), '\n'.join(lines), m.sig())
    return finish(m, subj, body), ['patient_name', 'diagnosis'] + (['mrn'] if lang == 'en' else []), \
        'nursing station handover list with patients and their conditions', 'handover_list'


def pos_referral_nam(w, lang):
    m = Mail(w, 'fr')
    p = w.nam_patient()
    nam = fmt_nam(p['nam'], w.r)
    il = 'elle' if p['sex'] == 'F' else 'il'
    spec = w.c(['néphrologie', 'cardiologie', 'endocrinologie', 'orthopédie', 'psychiatrie'])
    subj = w.c(['Référence %s' % spec, 'Réf. %s - %s %s' % (spec, p['last'], p['first'][0]), 'consultation %s svp' % spec])
    body = '%s\n\nJe vous réfère %s %s, né%s le %s, NAM %s, de %s.\n%s présente %s. Rx actuelle : %s.\n' \
           'Merci de la convoquer en télésanté si possible (déplacement difficile).%s' % (
               m.greet(), 'Mme' if p['sex'] == 'F' else 'M.', p['first'] + ' ' + p['last'], 'e' if p['sex'] == 'F' else '',
               fr_date(dt.date.fromisoformat(p['dob'])), nam, w.c(QC_COMM), il.capitalize(),
               w.c(['une IRC stade 4, DFGe 18', 'une FA nouvelle', 'un diabète mal contrôlé, HbA1c 11,2 %', 'une gonarthrose sévère',
                    'un trouble bipolaire décompensé']), w.c(MEDS), m.sig())
    if p['sex'] == 'M':
        body = body.replace('Merci de la convoquer', 'Merci de le convoquer')
    return finish(m, subj, body), ['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'medication'], \
        'referral with patient name, DOB, RAMQ number (%s), condition and medication' % ('written oddly' if nam != p['nam'] else 'plain'), 'referral'


def pos_travel_booking(w, lang):
    m = Mail(w, lang)
    if lang == 'fr':
        p = w.nam_patient(); comm = w.c(QC_COMM)
        subj = 'Réservation vol patient + escorte - %s' % comm
        body = '%s\n\nSvp réserver %s %s (%s) + 1 escorte, vol %s %s -> Baie-Nordet le %s, RDV %s à 10h.\n' \
               'Hébergement : résidence des patients, 3 nuits. Tél. à domicile : %s, %d rue des Épinettes, %s.%s' % (
                   m.greet(), p['first'], p['last'], fr_date(dt.date.fromisoformat(p['dob'])), w.c(['NK', 'AQ', 'PB']) + str(w.r.randint(100, 999)),
                   comm, fr_date(dt.date(2026, 11, w.r.randint(16, 30))), w.c(['oncologie', 'dialyse', 'obstétrique', 'ophtalmo']),
                   w.phone(), w.r.randint(1, 300), comm, m.sig())
        types = ['patient_name', 'date_of_birth', 'patient_contact']
    else:
        p = w.on_patient(); comm = w.c(ON_COMM)
        subj = 'Patient travel - %s %s' % (p['first'], p['last'])
        body = '%s\n\nPlease book %s %s (DOB %s, HCN %s) + escort from %s on %s, appt %s Clinic.\n' \
               'Boarding home 2 nights. Pt home phone %s (no cell).%s' % (
                   m.greet(), p['first'], p['last'], p['dob'], fmt_ohip(w.ohip(), w.r), comm, 'Nov %d' % w.r.randint(16, 30),
                   w.c(['Oncology', 'Prenatal', 'Ophthalmology', 'Ortho']), w.phone(), m.sig())
        types = ['patient_name', 'date_of_birth', 'ca_health_number', 'patient_contact']
    return finish(m, subj, body), types, 'patient travel booking with patient identity and contact details', 'travel_booking'


def pos_telehealth_ics(w, lang):
    m = Mail(w, lang)
    if lang == 'fr':
        p = w.nam_patient(); comm = w.c(QC_COMM)
        summ = 'Télésanté - %s %s (%s)' % (p['first'], p['last'][0] + '.', comm)
        desc = 'Suivi %s. Dossier %s. Patient au dispensaire de %s avec l\'infirmière.' % (w.c(['diabète', 'post-op', 'psychiatrie', 'grossesse']), w.mrn(), comm)
        subj = 'Invitation : %s' % summ
        body = 'Rencontre télésanté planifiée. Lien dans l\'invitation.' + m.sig()
    else:
        p = w.on_patient(); comm = w.c(ON_COMM)
        summ = 'OTN - %s %s - %s' % (p['first'], p['last'], w.c(['HIV f/u', 'post-op check', 'psych f/u', 'prenatal 28wk']))
        desc = 'Pt at %s NS. MRN %s. Interpreter (Oji-Cree) needed.' % (comm, w.mrn())
        subj = w.c(['Invitation: %s' % summ, 'Telehealth booking', 'OTN booking confirmed'])
        body = 'Booked, see invite.' + m.sig()
    start = dt.datetime(2026, 11, w.r.randint(16, 30), w.r.choice([9, 10, 13, 14]), w.c([0, 30]))
    ics = make_ics('tele-%d@otn.example' % w.r.randint(1000, 99999), summ, start, 30, 'Télésanté / OTN', desc, m.frm.split('<')[-1].strip('>'))
    return finish(m, subj, body, [('invite.ics', ics)]), ['patient_name', 'mrn', 'diagnosis'], \
        'telehealth calendar invitation naming a patient with chart number and reason', 'telehealth_ics'


def pos_critical_lab(w, lang):
    m = Mail(w, lang)
    if lang == 'fr':
        p = w.nam_patient()
        val = w.c(['K+ 6,9 mmol/L', 'Hb 62 g/L', 'glycémie 1,9', 'INR 7,4', 'troponine 1 240 ng/L'])
        subj = w.c(['Valeur critique - %s %s' % (p['last'], p['first']), 'valeur critique dispensaire', 'Labo: résultat critique'])
        body = '%s\n\nRésultat critique pour %s %s, dossier %s : %s (prélevé hier au dispensaire). Le md de garde a été avisé à %dh%02d.%s' % (
            m.greet(), p['first'], p['last'], w.mrn(), val, w.r.randint(0, 23), w.r.randint(0, 59), m.sig())
    else:
        p = w.on_patient()
        val = w.c(['K 6.8', 'Hgb 61', 'glucose 1.8', 'INR 8.1', 'Na 118'])
        subj = w.c(['Critical value', 'CRITICAL - %s %s' % (p['first'], p['last']), 'crit lab - pls call'])
        body = '%s\n\nCritical result: %s %s, MRN %s, %s. Drawn at %s NS, flown out on sched. Please call pt to return to clinic.%s' % (
            m.greet(), p['first'], p['last'], w.mrn(), val, w.c(ON_COMM), m.sig())
    return finish(m, subj, body), ['patient_name', 'mrn', 'lab_result'], 'critical lab value with patient name and chart number', 'critical_lab'


def pos_medrec(w, lang):
    m = Mail(w, lang)
    if lang == 'fr':
        p = w.nam_patient(); title = 'Bilan comparatif des médicaments'
        paras = ['Patient : %s %s   NAM : %s   DDN : %s' % (p['last'].upper(), p['first'], p['nam'], p['dob']),
                 'Allergies : %s' % w.c(['pénicilline', 'sulfa', 'aucune connue'])]
        subj = 'BCM - congé de %s' % p['first']
        body = '%s\n\nVoici le BCM au congé. Le dispensaire doit commander le sevelamer (pas en stock).%s' % (m.greet(), m.sig())
        types = ['patient_name', 'ramq_nam', 'date_of_birth', 'medication']
    else:
        p = w.on_patient(); title = 'Medication Reconciliation at Discharge'
        paras = ['Patient: %s %s   DOB: %s   HCN: %s' % (p['first'], p['last'], p['dob'], w.ohip()), 'Allergies: %s' % w.c(['PCN', 'codeine', 'NKDA'])]
        subj = 'Med rec for %s - discharge to %s' % (p['first'], w.c(ON_COMM))
        body = '%s\n\nMed rec attached. Nursing station please confirm stock of apixaban before pt flies home.%s' % (m.greet(), m.sig())
        types = ['patient_name', 'ca_health_number', 'date_of_birth', 'medication']
    table = [['Médicament' if lang == 'fr' else 'Drug', 'Dose', 'Statut' if lang == 'fr' else 'Status']]
    for med in w.r.sample(MEDS, 4):
        table.append([med.split(' ')[0], ' '.join(med.split(' ')[1:]), w.c(['continuer', 'nouveau', 'cessé'] if lang == 'fr' else ['continue', 'new', 'stopped'])])
    ext = w.c(['docx', 'pdf'])
    if ext == 'docx':
        data = make_docx(title, paras, table)
    else:
        data = make_pdf(title, paras + [' | '.join(map(str, r)) for r in table])
    return finish(m, subj, body, [('BCM.%s' % ext if lang == 'fr' else 'medrec.%s' % ext, data)]), types, \
        'medication reconciliation attached (%s) with patient identity' % ext, 'med_rec'


def pos_social(w, lang):
    m = Mail(w, lang)
    if lang == 'fr':
        p = w.nam_patient(); comm = w.c(QC_COMM)
        subj = w.c(['Signalement DPJ', 'suivi social - %s' % p['first'], 'Dossier social %s' % comm])
        body = '%s\n\nSuite à la visite à domicile, signalement fait à la DPJ ce matin pour les enfants de %s %s (%s, %s). ' \
               'Situation de violence conjugale, logement surpeuplé (11 personnes). %s refuse pour l\'instant l\'hébergement.\n' \
               'Peux-tu voir avec %s?%s' % (m.greet(), p['first'], p['last'], comm, fr_date(dt.date.fromisoformat(p['dob'])),
                                                              p['first'], 'la maison des femmes' if p['sex'] == 'F' else 'le centre d\'hébergement', m.sig())
        types = ['patient_name', 'date_of_birth', 'social_information']
    else:
        p = w.on_patient(); comm = w.c(ON_COMM)
        subj = w.c(['CAS referral', 'Housing / income support - %s' % p['first'], 'social work f/u'])
        body = '%s\n\nRe %s %s (%s): discharged yesterday, no housing in %s, partner recently released from custody. ' \
               'Applied for Ontario Works, pending. CAS worker aware re: custody of the 2 kids.%s' % (
                   m.greet(), p['first'], p['last'], comm, comm, m.sig())
        types = ['patient_name', 'social_information']
    return finish(m, subj, body), types, 'social work message about a named patient (protection / housing / custody)', 'social_work'


def pos_tb_contacts(w, lang):
    m = Mail(w, lang)
    comm = w.c(QC_COMM if lang == 'fr' else ON_COMM)
    rows = [['Nom', 'DDN', 'Lien avec cas index', 'TCT', 'RX'] if lang == 'fr' else ['Name', 'DOB', 'Relation to index', 'TST', 'CXR']]
    for i in range(w.r.randint(4, 7)):
        p = w.nam_patient() if lang == 'fr' else w.on_patient()
        rows.append(['%s %s' % (p['first'], p['last']), p['dob'], w.c(['fils', 'conjoint', 'voisin', 'cousine'] if lang == 'fr' else ['son', 'spouse', 'household', 'cousin']),
                     w.c(['0 mm', '12 mm', '15 mm', 'à faire' if lang == 'fr' else 'pending']), w.c(['N', 'anormale' if lang == 'fr' else 'abnormal', '-'])])
    if lang == 'fr':
        subj = 'Enquête TB %s - contacts' % comm
        body = '%s\n\nCas index confirmé (culture +). Liste des contacts ci-dessous :\n\n%s\n\nOn fait la clinique TCT mercredi.%s' % (
            m.greet(), '\n'.join(' ; '.join(map(str, r)) for r in rows), m.sig())
    else:
        subj = 'TB contact tracing %s' % comm
        body = '%s\n\nIndex case culture positive. Contacts so far:\n\n%s\n\nTST clinic Wed.%s' % (
            m.greet(), '\n'.join('\t'.join(map(str, r)) for r in rows), m.sig())
    return finish(m, subj, body), ['patient_name', 'date_of_birth', 'diagnosis', 'lab_result'], \
        'TB contact list with names, DOB and test results', 'tb_contacts'


def pos_ltc_incident(w, lang):
    m = Mail(w, lang)
    if lang == 'fr':
        p = w.nam_patient(); title = 'Rapport d\'incident/accident (AH-223)'
        lines = ['Résident : %s %s   Chambre %d   Dossier %s' % (p['first'], p['last'], w.r.randint(101, 240), w.mrn()),
                 'Date : %s  Heure : %dh%02d' % (fr_date(dt.date(2026, 11, w.r.randint(1, 14))), w.r.randint(0, 23), w.r.randint(0, 59)),
                 'Description : chute au bain, lacération arcade sourcilière, sutures x4.',
                 'Conséquence : %s' % w.c(['hématome', 'fracture poignet D', 'aucune']), 'Famille avisée : oui (fille)']
        subj = 'Incident CHSLD - chute'
        body = '%s\n\nRapport AH-223 en pj pour la gestion des risques.%s' % (m.greet(), m.sig())
    else:
        p = w.on_patient(); title = 'LTC Critical Incident Report'
        lines = ['Resident: %s %s   Room %d   MRN %s' % (p['first'], p['last'], w.r.randint(101, 240), w.mrn()),
                 'Type: %s' % w.c(['fall with injury', 'medication error - wrong dose hydromorphone', 'resident-to-resident altercation']),
                 'Outcome: transferred to ED, CT head negative.', 'SDM notified.']
        subj = 'CIR - %s' % w.c(['fall', 'med incident', 'altercation'])
        body = '%s\n\nCIR attached for MLTC submission.%s' % (m.greet(), m.sig())
    return finish(m, subj, body, [('incident.pdf', make_pdf(title, lines))]), ['patient_name', 'mrn', 'diagnosis'], \
        'LTC incident report PDF naming a resident with injury', 'ltc_incident'


def pos_quoted_reply(w, lang):
    m = Mail(w, lang)
    inner, types, note, cat = pos_medevac(w, lang) if w.r.random() < 0.5 else pos_travel_booking(w, lang)
    short = w.c(['ok c\'est booké', 'Confirmé, départ 14h30.', 'Reçu, merci', 'vol annulé météo, reporté à demain'] if lang == 'fr'
                else ['booked', 'Confirmed, wheels up 1430.', 'got it thx', 'Wx hold, rebooked for tomorrow AM'])
    body = short + m.sig() + quote(inner['body'], inner['frm'], 'jeu. 12 nov. 2026 à 08:14' if lang == 'fr' else 'Thu, Nov 12, 2026 at 8:14 AM', lang)
    return finish(m, ('RE: ' if w.r.random() < 0.6 else 'Re: ') + inner['subject'], body), types, \
        'short reply on top of quoted request carrying patient details', 'quoted_reply'


def pos_inline_fwd(w, lang):
    m = Mail(w, lang)
    inner, types, note, cat = w.c([pos_critical_lab, pos_social, pos_referral_nam if lang == 'fr' else pos_critical_lab])(w, lang)
    top = w.c(['Pour info, peux-tu faire le suivi?', 'FYI - à traiter svp'] if lang == 'fr' else ['FYI pls follow up', 'see below, can you action?'])
    body = top + m.sig() + fwd_inline(inner['body'], inner['frm'], inner['to'][0], inner['subject'], '12 novembre 2026 09:02' if lang == 'fr' else 'November 12, 2026 9:02 AM', lang)
    return finish(m, ('TR: ' if lang == 'fr' else 'Fwd: ') + inner['subject'], body), types, 'inline forward of a message about an identified patient', 'inline_forward'


def pos_fwd_attached(w, lang, ctx_holder):
    m = Mail(w, lang)
    inner, types, note, cat = w.c([pos_medevac, pos_critical_lab, pos_handover])(w, lang)
    ctx = ctx_holder
    ie = build_message(ctx, dict(inner, attachments=[], mode='plain'), dt.datetime(2026, 11, 10, 7, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
                       '<inner.%d@%s>' % (w.r.randint(10000, 99999), m.org[1]), False)
    top = w.c(['Voir courriel joint.', 'Transféré tel quel.'] if lang == 'fr' else ['See attached email.', 'Forwarding as attachment.'])
    return finish(m, ('TR: ' if lang == 'fr' else 'FW: ') + inner['subject'], top + m.sig(), [('message.eml', ie)]), types, \
        'original message forwarded as attached .eml with patient details', 'forward_attached'


def pos_vcard(w, lang):
    m = Mail(w, lang)
    if lang == 'fr':
        p = w.nam_patient(); comm = w.c(QC_COMM)
        note = 'Soins à domicile - pansements jambe, diabétique'
        subj = 'Coordonnées usager SAD'
        body = '%s\n\nCoordonnées de l\'usager pour les visites SAD en pj.%s' % (m.greet(), m.sig())
    else:
        p = w.on_patient(); comm = w.c(ON_COMM)
        note = 'Home care: wound care, on O2 2L'
        subj = 'Home care client contact'
        body = '%s\n\nContact card for new home care client attached.%s' % (m.greet(), m.sig())
    vcf = make_vcf(p['first'], p['last'], None, w.phone(), '%d %s;%s;QC' % (w.r.randint(1, 200), 'Lakeshore Rd' if lang == 'en' else 'rue Principale', comm), note)
    return finish(m, subj, body, [('%s_%s.vcf' % (p['first'], p['last']), vcf)]), ['patient_name', 'patient_contact', 'diagnosis'], \
        'vCard of a home-care patient with home address, phone and care note', 'vcard_patient'


def pos_zip_csv(w, lang):
    m = Mail(w, lang)
    rows = [['nom', 'prenom', 'ddn', 'no_assurance', 'dx', 'communaute'] if lang == 'fr' else ['last', 'first', 'dob', 'hcn', 'dx', 'community']]
    for i in range(w.r.randint(5, 12)):
        if lang == 'fr':
            p = w.nam_patient(); rows.append([p['last'], p['first'], p['dob'], p['nam'], w.c(['DB2', 'HTA', 'IRC', 'MPOC']), w.c(QC_COMM)])
        else:
            p = w.on_patient(); rows.append([p['last'], p['first'], p['dob'], w.ohip(), w.c(['T2DM', 'HTN', 'CKD', 'COPD']), w.c(ON_COMM)])
    z = make_zip([('export.csv', make_csv(rows))])
    if lang == 'fr':
        subj = 'Extraction registre maladies chroniques'; body = '%s\n\nFichier zip ci-joint, mot de passe envoyé séparément.%s' % (m.greet(), m.sig())
    else:
        subj = 'chronic disease registry export'; body = '%s\n\nZip attached, pw to follow by text.%s' % (m.greet(), m.sig())
    return finish(m, subj, body, [('registre.zip' if lang == 'fr' else 'registry.zip', z)]), \
        ['patient_name', 'date_of_birth', 'ramq_nam' if lang == 'fr' else 'ca_health_number', 'diagnosis'], \
        'ZIP containing a CSV registry of named patients with identifiers and diagnoses', 'zip_registry'


def pos_discharge(w, lang):
    m = Mail(w, lang)
    if lang == 'fr':
        p = w.nam_patient()
        lines = ['Nom : %s, %s   Dossier : %s   NAM : %s' % (p['last'], p['first'], w.mrn(), p['nam']),
                 'Admission : 3 nov. 2026   Congé : 9 nov. 2026', 'Dx principal : %s' % w.c(['pneumonie LID', 'NSTEMI', 'cellulite jambe G', 'pyélonéphrite']),
                 'Rx au congé : %s ; %s' % (w.c(MEDS), w.c(MEDS)), 'Suivi : infirmière du dispensaire dans 48 h.']
        subj = 'Résumé de départ - %s' % w.c(QC_COMM); body = '%s\n\nRésumé de départ en pj pour le dispensaire.%s' % (m.greet(), m.sig())
        types = ['patient_name', 'mrn', 'ramq_nam', 'diagnosis', 'medication']
    else:
        p = w.on_patient()
        lines = ['Patient: %s %s  MRN: %s  DOB: %s' % (p['first'], p['last'], w.mrn(), p['dob']),
                 'Dx: %s' % w.c(['CAP RLL', 'NSTEMI', 'cellulitis L leg', 'pyelonephritis']), 'Meds: %s' % w.c(MEDS), 'F/u: NS RN 48h, OTN with IM 2 wks']
        subj = 'Discharge summary - back to %s' % w.c(ON_COMM); body = '%s\n\nD/C summary attached.%s' % (m.greet(), m.sig())
        types = ['patient_name', 'mrn', 'date_of_birth', 'diagnosis', 'medication']
    ext = w.c(['pdf', 'docx'])
    data = make_pdf('Résumé de départ' if lang == 'fr' else 'Discharge Summary', lines) if ext == 'pdf' else make_docx('Résumé de départ' if lang == 'fr' else 'Discharge Summary', lines)
    return finish(m, subj, body, [('resume.%s' % ext if lang == 'fr' else 'dc_summary.%s' % ext, data)]), types, 'discharge summary attached (%s)' % ext, 'discharge_summary'


def pos_foreign_id(w, lang):
    m = Mail(w, 'fr')
    if w.r.random() < 0.5:
        num = w.nir(); k = 'fr_nir'; pays = 'France'
        shown = w.c([num, '%s %s %s %s %s %s %s' % (num[0], num[1:3], num[3:5], num[5:7], num[7:10], num[10:13], num[13:])])
    else:
        num = w.niss(); k = 'be_niss'; pays = 'Belgique'
        shown = w.c([num, '%s.%s.%s-%s.%s' % (num[:2], num[2:4], num[4:6], num[6:9], num[9:])])
    first = w.c(['Thibaut', 'Clémence', 'Arnaud', 'Margaux', 'Quentin']); last = w.c(['Vandenberghe', 'Lemaire', 'Dubois', 'Peeters', 'Roussel'])
    subj = 'Facturation patient hors Québec - %s' % pays
    body = '%s\n\nPatient%s étranger%s hospitalisé%s après évacuation de %s (accident de motoneige, fracture fémur).\n%s %s, n° sécurité sociale (%s) : %s.\n' \
           'Merci de transmettre à l\'assureur voyage.%s' % (m.greet(), '', '', '', w.c(QC_COMM), first, last, pays, shown, m.sig())
    return finish(m, subj, body), ['patient_name', k, 'diagnosis'], 'billing for a foreign patient with social security number and injury', 'billing_foreign'


def pos_sin_billing(w, lang):
    m = Mail(w, 'en')
    p = w.on_patient(); s = w.sin()
    shown = w.c([s, '%s %s %s' % (s[:3], s[3:6], s[6:]), '%s-%s-%s' % (s[:3], s[3:6], s[6:])])
    subj = w.c(['NIHB claim', 'WSIB claim - %s' % p['last'], 'Claim form missing info'])
    body = '%s\n\nFor the WSIB claim for %s %s (DOB %s), SIN %s - injury at the mine site (crush injury R hand). Status card # pending.%s' % (
        m.greet(), p['first'], p['last'], p['dob'], shown, m.sig())
    return finish(m, subj, body), ['patient_name', 'ca_sin', 'date_of_birth', 'diagnosis'], 'insurance claim with patient SIN and injury', 'billing_sin'


def pos_split_subject(w, lang):
    m = Mail(w, lang)
    if lang == 'fr':
        p = w.nam_patient()
        subj = '%s %s - %s' % (p['last'], p['first'], w.c(QC_COMM))
        body = 'DFGe 12, K+ 6,2. On doit devancer le début de la dialyse. Tu peux l\'inscrire?' + m.sig()
        types = ['patient_name', 'lab_result']
    else:
        p = w.on_patient()
        subj = '%s %s' % (p['first'], p['last'])
        body = w.c(['HIV viral load detectable again (12 400). Needs ID f/u ASAP, not picking up ARVs.', 'Pregnancy test +, wants termination, pls book.',
                    'Methadone carries stopped - positive UDS for fentanyl.']) + m.sig()
        types = ['patient_name', 'lab_result', 'diagnosis']
    return finish(m, subj, body), types, 'patient name in Subject, clinical details in body', 'split_subject'


def pos_disguised(w, lang):
    m = Mail(w, lang)
    if lang == 'fr':
        p = w.nam_patient(); n = p['nam']
        shown = w.c(['%s\n%s' % (n[:6], n[6:]), ' '.join(n), '%s / %s / %s' % (n[:4], n[4:8], n[8:])])
        subj = 'infos demandées'
        body = '%s\n\nJe mets le numéro en morceaux pour pas que le courriel bloque :\n%s\nC\'est pour %s, le rdv de suivi %s.%s' % (
            m.greet(), shown, p['first'], w.c(['en santé mentale', 'en ITSS', 'post-fausse couche']), m.sig())
        types = ['ramq_nam', 'patient_name', 'diagnosis']
    else:
        p = w.on_patient(); n = w.ohip()
        shown = w.c(['%s\n%s' % (n[:5], n[5:]), ' '.join(n), 'four-five-...: %s-%s' % (n[:3], n[3:]),
                     ''.join(chr(ord(ch) + 0xFEE0) for ch in n)])
        subj = 'the number you asked for'
        body = '%s\n\nsplitting it so the filter doesn\'t eat it:\n%s\nthat\'s %s from %s, for the %s referral.%s' % (
            m.greet(), shown, p['first'], w.c(ON_COMM), w.c(['addictions', 'STI', 'mental health']), m.sig())
        types = ['ca_health_number', 'patient_name', 'diagnosis']
    return finish(m, subj, body, mode='plain'), types, 'health number deliberately split or disguised, with patient first name and service', 'disguised_id'


def pos_manifest_patient(w, lang):
    # flight manifest with patients (looks like staff flight schedule)
    m = Mail(w, lang)
    rows = [['Pax', 'Type', 'Poids lb', 'De', 'Vers', 'Motif'] if lang == 'fr' else ['Pax', 'Type', 'Wt lb', 'From', 'To', 'Reason']]
    for i in range(w.r.randint(4, 7)):
        p = w.nam_patient() if lang == 'fr' else w.on_patient()
        kind = w.c(['patient', 'escorte', 'patient'] if lang == 'fr' else ['patient', 'escort', 'patient'])
        rows.append(['%s %s' % (p['first'], p['last']), kind, w.r.randint(90, 260), w.c(QC_COMM if lang == 'fr' else ON_COMM),
                     'Baie-Nordet' if lang == 'fr' else 'Sioux Narrows', w.c(['dialyse', 'obstétrique 36 sem', 'chimio', ''] if lang == 'fr' else ['dialysis', 'OB 36wks', 'chemo', ''])])
    subj = 'Manifeste vol patients %s' % w.c(['lundi', 'mardi', 'jeudi']) if lang == 'fr' else 'Sked patient manifest %s' % w.c(['Mon', 'Tue', 'Thu'])
    data = make_xlsx('manifest', rows)
    body = (w.c(['Manifeste ci-joint.', 'Voir pj, 2 civières.']) if lang == 'fr' else w.c(['Manifest attached.', 'see att, 2 stretchers'])) + m.sig()
    return finish(m, subj, body, [('manifeste.xlsx' if lang == 'fr' else 'manifest.xlsx', data)]), ['patient_name', 'diagnosis'], \
        'flight manifest of patients with reason for travel', 'patient_manifest'


def pos_homonym(w, lang):
    # patient shares physician surname
    m = Mail(w, lang)
    doc = w.c(STAFF)
    sur = doc.split()[-1]
    first = w.c(['Annie', 'Josée', 'Paul', 'Robert'] if lang == 'fr' else ['Rose', 'Gordon', 'Winnie', 'Abel'])
    if lang == 'fr':
        subj = 'Mme %s %s (pas la Dre!)' % (first, sur) if first in ('Annie', 'Josée') else 'M. %s %s' % (first, sur)
        body = '%s\n\nPour éviter la confusion : il s\'agit de l\'usager %s %s, dossier %s, pas de notre collègue Dr %s. Coloscopie montrant %s, rendez-vous oncologie à prévoir.%s' % (
            m.greet(), first, sur, w.mrn(), doc, w.c(['une masse sigmoïde', 'des polypes multiples']), m.sig())
    else:
        subj = 'Re: %s %s - path result' % (first, sur)
        body = '%s\n\nJust to be clear, this is the patient %s %s (MRN %s), not Dr. %s. Biopsy came back %s.%s' % (
            m.greet(), first, sur, w.mrn(), doc, w.c(['adenocarcinoma', 'melanoma', 'DCIS']), m.sig())
    return finish(m, subj, body), ['patient_name', 'mrn', 'diagnosis'], 'patient sharing a physician surname, with chart number and result', 'homonym'


POS = [pos_medevac, pos_medevac, pos_subject_only, pos_dialysis_roster, pos_handover, pos_referral_nam, pos_travel_booking, pos_telehealth_ics,
       pos_critical_lab, pos_medrec, pos_social, pos_tb_contacts, pos_ltc_incident, pos_quoted_reply, pos_quoted_reply, pos_inline_fwd,
       'fwd_att', pos_vcard, pos_zip_csv, pos_discharge, pos_foreign_id, pos_sin_billing, pos_split_subject, pos_disguised,
       pos_manifest_patient, pos_homonym]


# ---------------------------------------------------------------- NEGATIVE builders
def neg_rotation(w, lang):
    m = Mail(w, lang)
    rows = []
    for i in range(w.r.randint(5, 9)):
        rows.append((w.staff(), w.c(QC_COMM if lang == 'fr' else ON_COMM), 'Nov %d - Dec %d' % (w.r.randint(1, 15), w.r.randint(1, 20))))
    if lang == 'fr':
        subj = 'Rotations infirmières dispensaires - décembre'
        body = '%s\n\nVoici les affectations pour la prochaine période :\n%s\n\nRappel : faire vos tests de fit N95 avant le départ.%s' % (
            m.greet(), '\n'.join('%s - %s - %s' % r for r in rows), m.sig())
    else:
        subj = 'Nursing station rotations - Dec block'
        body = '%s\n\nRotation assignments:\n%s\n\nReminder: bring your own bedding for Opaskwan Lake, the staff house is being renovated.%s' % (
            m.greet(), '\n'.join('%s | %s | %s' % r for r in rows), m.sig())
    return finish(m, subj, body), 'staff rotation list to remote nursing stations', 'staff_rotation'


def neg_staff_flights(w, lang):
    m = Mail(w, lang)
    rows = [['Nom', 'Employé #', 'Vol', 'Départ', 'Destination', 'Poids bagages'] if lang == 'fr' else ['Name', 'Emp #', 'Flight', 'Dep', 'Dest', 'Bag wt']]
    for i in range(w.r.randint(4, 8)):
        rows.append([w.staff(), str(w.r.randint(100000, 999999)), w.c(['NK', 'WX', 'PB']) + str(w.r.randint(100, 999)),
                     '%02d:%02d' % (w.r.randint(6, 16), w.c([0, 15, 30, 45])), w.c(QC_COMM if lang == 'fr' else ON_COMM), w.r.randint(30, 90)])
    att = []
    if w.r.random() < 0.5:
        att = [('vols_personnel.xlsx' if lang == 'fr' else 'staff_flights.xlsx', make_xlsx('vols', rows))]
        table = ''
    else:
        table = '\n'.join(' | '.join(map(str, r)) for r in rows)
    if lang == 'fr':
        subj = 'Vols du personnel - semaine prochaine'; body = '%s\n\nHoraire des vols du personnel (changement de quart).\n%s%s' % (m.greet(), table, m.sig())
    else:
        subj = 'Staff charter schedule'; body = '%s\n\nStaff flights for shift change. Check-in 45 min before.\n%s%s' % (m.greet(), table, m.sig())
    return finish(m, subj, body, att), 'staff flight schedule with employee numbers', 'staff_flights'


def neg_stats(w, lang):
    m = Mail(w, lang)
    comms = w.r.sample(QC_COMM if lang == 'fr' else ON_COMM, 4)
    lines = ['%s : %d %s, %d %s' % (c, w.r.randint(10, 200), 'diabétiques' if lang == 'fr' else 'patients with diabetes', w.r.randint(0, 15),
                                   'évacuations' if lang == 'fr' else 'medevacs') for c in comms]
    if lang == 'fr':
        subj = 'Statistiques trimestrielles dispensaires T3'
        body = '%s\n\nRésumé T3 :\n%s\n\nTaux de couverture vaccinale 2 ans : %d %%. %d cas de syphilis déclarés dans la région (hausse).%s' % (
            m.greet(), '\n'.join(lines), w.r.randint(60, 95), w.r.randint(3, 40), m.sig())
    else:
        subj = 'Q3 community health stats'
        body = '%s\n\nQ3 summary:\n%s\n\nChildhood immunization coverage %d%%. %d new TB cases region-wide.%s' % (
            m.greet(), '\n'.join(lines), w.r.randint(60, 95), w.r.randint(1, 12), m.sig())
    att = []
    if w.r.random() < 0.4:
        att = [('stats.xlsx', make_xlsx('T3', [['Communauté', 'Diabète', 'Évac.']] + [[c, w.r.randint(5, 200), w.r.randint(0, 20)] for c in comms]))]
    return finish(m, subj, body, att), 'aggregate community health statistics', 'community_stats'


def neg_vax_clinic(w, lang):
    m = Mail(w, lang)
    comm = w.c(QC_COMM if lang == 'fr' else ON_COMM)
    d = dt.date(2026, 11, w.r.randint(16, 30))
    if lang == 'fr':
        subj = 'Clinique de vaccination grippe/COVID - %s' % comm
        body = '%s\n\nClinique de vaccination au centre communautaire de %s le %s, 9h à 16h. Infirmières : %s et %s.\n' \
               'Vaccins : Flulaval Tetra lot %s, Comirnaty lot %s. Prévoir 120 doses. Affiche en pj.%s' % (
                   m.greet(), comm, fr_date(d), w.staff(), w.staff(), w.c(['KX', 'FL']) + str(w.r.randint(1000, 9999)),
                   'GH' + str(w.r.randint(1000, 9999)), m.sig())
        att = [('affiche_vaccination.pdf', make_pdf('Clinique de vaccination', ['%s - %s' % (comm, fr_date(d)), 'Grippe et COVID-19', 'Sans rendez-vous', 'Info : %s' % w.phone()]))]
    else:
        subj = 'Flu/COVID clinic - %s' % comm
        body = '%s\n\nCommunity vaccine clinic at %s band office gym %s, 10-4. Staff: %s, %s. Radio announcement Mon. Poster attached.%s' % (
            m.greet(), comm, d.strftime('%b %d'), w.staff(), w.staff(), m.sig())
        att = [('poster.pdf', make_pdf('Vaccine Clinic', [comm, d.strftime('%B %d'), 'Flu & COVID-19 - walk in', 'Call %s' % w.phone()]))]
    return finish(m, subj, body, att if w.r.random() < 0.6 else []), 'vaccination clinic announcement', 'vaccination_clinic'


def neg_supply(w, lang):
    m = Mail(w, lang)
    items = w.r.sample([('Gants nitrile M', 'Nitrile gloves M'), ('Seringues 3 mL', 'Syringes 3 mL'), ('Bandelettes glucomètre', 'Glucometer strips'),
                        ('Dialyseur FX80', 'Dialyzer FX80'), ('Naloxone trousse', 'Naloxone kits'), ('Tubes EDTA', 'EDTA tubes'),
                        ('Tuberculine Tubersol', 'Tubersol PPD'), ('Amoxicilline 500 mg', 'Amoxicillin 500 mg')], 5)
    lines = []
    for fr, en in items:
        lines.append('%s x%d - lot %s - exp %d-%02d - réf %s' % (fr if lang == 'fr' else en, w.r.randint(2, 40), w.luhn_lookalike(9),
                                                                  w.r.randint(2027, 2029), w.r.randint(1, 12), w.luhn_lookalike(10)))
    if lang == 'en':
        lines = [l.replace('réf', 'cat#') for l in lines]
    subj = ('Commande fournitures dispensaire %s' if lang == 'fr' else 'Supply order %s NS') % w.c(QC_COMM if lang == 'fr' else ON_COMM)
    body = '%s\n\n%s\n%s\n\n%s%s' % (m.greet(), 'Commande pour le prochain vol cargo :' if lang == 'fr' else 'Order for next cargo flight (winter road closed):',
                                  '\n'.join(lines), 'PO # %d' % w.r.randint(4500000000, 4599999999), m.sig())
    return finish(m, subj, body), 'supply order with lot and catalogue numbers (some pass Luhn)', 'supply_order'


def neg_blank_form(w, lang):
    m = Mail(w, lang)
    if lang == 'fr':
        title = 'Formulaire de demande d\'évacuation aéromédicale'
        fields = ['Nom du patient : ______________________', 'NAM : ____ ____ ____', 'Date de naissance : __/__/____', 'Diagnostic : ______________',
                  'Signes vitaux : TA ___ FC ___ FR ___ Sat ___', 'Escorte : [ ] inf. [ ] famille', 'Signature : ____________']
        subj = 'Nouveau formulaire EVAQ (version 2026-11)'
        body = '%s\n\nVeuillez utiliser la nouvelle version du formulaire à partir du 1er décembre. L\'ancienne sera refusée par la centrale.%s' % (m.greet(), m.sig())
    else:
        title = 'Medevac Request Form'
        fields = ['Patient name: _____________________', 'Health card #: __________  Version: __', 'DOB (yyyy/mm/dd): ________', 'Diagnosis: __________',
                  'Vitals: BP ___ HR ___ RR ___ SpO2 ___', 'Escort: [ ] RN [ ] family', 'Sending RN signature: _________']
        subj = 'Updated medevac request form'
        body = '%s\n\nPlease replace the form in the binder with the attached template. Fax cover page unchanged.%s' % (m.greet(), m.sig())
    ext = w.c(['pdf', 'docx'])
    data = make_pdf(title, fields) if ext == 'pdf' else make_docx(title, fields)
    return finish(m, subj, body, [('formulaire_EVAQ.%s' % ext if lang == 'fr' else 'medevac_form.%s' % ext, data)]), 'blank medevac request form template', 'blank_form'


def neg_staff_disease(w, lang):
    m = Mail(w, lang)
    s = w.staff()
    if lang == 'fr':
        subj = w.c(['Conférence midi : %s sur la néphropathie diabétique' % s, 'Absence de %s' % s.split()[0], 'Nouvelle néphrologue'])
        if subj.startswith('Absence'):
            body = '%s\n\n%s est en arrêt de travail (grippe) jusqu\'à lundi; %s la remplace au dispensaire de %s.%s' % (m.greet(), s, w.staff(), w.c(QC_COMM), m.sig())
        else:
            body = '%s\n\nLa Dre %s, néphrologue, présentera « Hémodialyse en région éloignée : défis et insuffisance rénale terminale » jeudi 12h, salle 2-114 et en Teams.%s' % (m.greet(), s, m.sig())
    else:
        subj = w.c(['Grand rounds: %s on HIV in remote communities' % s, 'Staff illness - %s' % s.split()[0], 'Welcome our new ID physician'])
        if subj.startswith('Staff'):
            body = '%s\n\n%s is off sick with COVID until Friday, %s will cover the OTN clinic.%s' % (m.greet(), s, w.staff(), m.sig())
        else:
            body = '%s\n\nDr. %s (Infectious Diseases) will present "Syphilis and HIV outbreaks in the north" Thursday noon, Boardroom B and OTN.%s' % (m.greet(), s, m.sig())
    return finish(m, subj, body), 'staff member named next to a disease (speaker, sick leave or specialty)', 'staff_disease'


def neg_job(w, lang):
    m = Mail(w, lang)
    if lang == 'fr':
        subj = 'Affichage : infirmière en dispensaire - %s' % w.c(QC_COMM)
        body = 'Poste permanent temps complet, rotations 4 semaines/4 semaines. Prime d\'éloignement, logement fourni. Expérience en soins élargis un atout. ' \
               'Date limite : %s. Concours %s.%s' % (fr_date(dt.date(2026, 12, w.r.randint(1, 20))), 'INF-%d-%03d' % (2026, w.r.randint(1, 999)), m.sig())
    else:
        subj = 'Job posting: Nurse Practitioner - %s' % w.c(ON_COMM)
        body = 'Full-time NP, fly-in/fly-out 2 weeks in/2 weeks out. Northern isolation allowance. Posting #%d closes %s.%s' % (
            w.r.randint(20260000, 20269999), 'Dec %d' % w.r.randint(1, 20), m.sig())
    return finish(m, subj, body), 'job posting', 'job_posting'


def neg_it(w, lang):
    m = Mail(w, lang)
    if lang == 'fr':
        subj = w.c(['Panne télésanté - liaison satellite', 'Maintenance NAS ce soir', 'Migration des boîtes courriel'])
        body = '%s\n\n%s Le NAS du dispensaire (\\\\nas-%s) sera inaccessible de 22h à 2h. Billet #INC%07d.%s' % (
            m.greet(), 'La liaison satellite de %s est instable depuis ce matin.' % w.c(QC_COMM), w.r.randint(1, 20), w.r.randint(0, 9999999), m.sig())
    else:
        subj = w.c(['OTN outage - satellite link', 'NAS maintenance tonight', 'Password reset reminder'])
        body = '%s\n\nSatellite link to %s down, Telehealth carts offline. Ticket INC%07d. Sat phone IMEI %s for emergencies.%s' % (
            m.greet(), w.c(ON_COMM), w.r.randint(0, 9999999), w.luhn_lookalike(15), m.sig())
    return finish(m, subj, body), 'IT outage / maintenance notice', 'it_notice'


def neg_facilities(w, lang):
    m = Mail(w, lang)
    comm = w.c(QC_COMM if lang == 'fr' else ON_COMM)
    if lang == 'fr':
        subj = w.c(['Avis d\'ébullition d\'eau - %s' % comm, 'Test génératrice dispensaire', 'Stationnement - déneigement'])
        body = '%s\n\n%s Merci de votre collaboration.%s' % (m.greet(), w.c(['Avis d\'ébullition préventif en vigueur à %s jusqu\'à nouvel ordre.' % comm,
                                                                             'Test de la génératrice jeudi 7h, courte coupure de courant.',
                                                                             'Déneigement du stationnement P2 mardi soir, déplacez vos véhicules.']), m.sig())
    else:
        subj = w.c(['Boil water advisory - %s' % comm, 'Generator test Thursday', 'Staff house furnace repair'])
        body = '%s\n\n%s Thanks.%s' % (m.greet(), w.c(['BWA in effect for %s, bottled water on next flight.' % comm, 'Generator test Thursday 0700, brief power interruption.',
                                                       'Furnace tech arriving on the sked Tuesday, staff house unit 2.']), m.sig())
    return finish(m, subj, body), 'facilities notice', 'facilities'


def neg_newsletter(w, lang):
    m = Mail(w, lang)
    if lang == 'fr':
        subj = 'Infolettre santé publique - novembre'
        body = 'À la une :\n- Recrudescence de syphilis dans le Nord : dépistage recommandé chez les femmes enceintes à chaque trimestre.\n' \
               '- Nouveau protocole de traitement de la TB latente (rifapentine + INH, 12 semaines).\n- Rappel : la metformine est contre-indiquée si DFGe < 30.\n' \
               '- %d cas d\'influenza confirmés dans la région cette semaine.%s' % (w.r.randint(5, 80), m.sig())
    else:
        subj = 'Public Health Bulletin - November'
        body = 'In this issue:\n- Syphilis outbreak update: screen all pregnant people each trimester.\n- 3HP regimen for latent TB now available at nursing stations.\n' \
               '- Naloxone: %d kits distributed this quarter.\n- RSV season: nirsevimab eligibility.%s' % (w.r.randint(50, 400), m.sig())
    return finish(m, subj, body, mode=w.c(['html', 'alt'])), 'public health newsletter about diseases and drugs', 'newsletter'


def neg_conference(w, lang):
    m = Mail(w, lang)
    talks = ['%s - %s' % (w.staff(), w.c(['Dialyse à domicile en communauté éloignée', 'Évacuations aéromédicales : bilan 2026', 'Sécurisation culturelle',
                                        'TB au Nunavik-Nordet', 'Télésanté en santé mentale'] if lang == 'fr' else
                                       ['Home HD in remote communities', 'Medevac utilization 2026', 'Cultural safety', 'TB in the north', 'Telepsychiatry'])) for _ in range(4)]
    subj = 'Programme - Journées de santé nordique 2027' if lang == 'fr' else 'Program - Northern Health Conference 2027'
    body = '%s\n\n%s\n\n%s%s' % (m.greet(), 'Programme préliminaire :' if lang == 'fr' else 'Preliminary program:', '\n'.join(talks), m.sig())
    att = [('programme.pdf', make_pdf(subj, talks))] if w.r.random() < 0.5 else []
    return finish(m, subj, body, att), 'conference programme with speakers and topics', 'conference'


def neg_committee_ics(w, lang):
    m = Mail(w, lang)
    summ = w.c(['Comité de gestion des risques', 'Comité régional dialyse', 'CECMDP - réunion mensuelle'] if lang == 'fr' else
               ['Medevac Utilization Committee', 'Regional Renal Program meeting', 'Quality Council'])
    start = dt.datetime(2026, 12, w.r.randint(1, 18), w.c([9, 13, 15]), 0)
    ics = make_ics('comm-%d@example' % w.r.randint(1000, 99999), summ, start, 90, 'Teams / salle 3-210', 'Ordre du jour à venir.' if lang == 'fr' else 'Agenda to follow.',
                   m.frm.split('<')[-1].strip('>'))
    return finish(m, summ, ('Invitation ci-jointe.' if lang == 'fr' else 'Invite attached.') + m.sig(), [('invite.ics', ics)]), 'committee meeting invitation', 'committee_ics'


def neg_invoice(w, lang):
    m = Mail(w, lang)
    lines = ['%s C-G%s%s - %s - %.2f $' % (w.c(['Vol', 'Flight']), w.c('ABKLMN'), w.c('XYZQR') + w.c('ABCDE'), w.c(QC_COMM + ON_COMM), w.r.uniform(2000, 18000)) for _ in range(4)]
    subj = ('Facture %d - vols nolisés octobre' if lang == 'fr' else 'Invoice %d - charter flights October') % w.r.randint(10000, 99999)
    body = '%s\n\n%s\n\nTPS %s  TVQ %s\n%s%s' % (m.greet(), '\n'.join(lines), w.luhn_lookalike(9) + 'RT0001', w.luhn_lookalike(10) + 'TQ0001',
                                             'Paiement net 30 jours.' if lang == 'fr' else 'Net 30.', m.sig())
    att = [('facture.pdf' if lang == 'fr' else 'invoice.pdf', make_pdf('Facture / Invoice', lines))]
    return finish(m, subj, body, att), 'air charter invoice with aircraft registrations and tax numbers', 'invoice'


def neg_teaching(w, lang):
    m = Mail(w, lang)
    if lang == 'fr':
        subj = 'Cas clinique pour la formation du mardi'
        body = '%s\n\nCas : une femme de 34 ans, G4P3, se présente au dispensaire à 30 semaines avec céphalée et TA 162/104. Pas de médecin sur place, ' \
               'météo défavorable. Questions : 1) Prise en charge initiale? 2) Critères d\'évacuation? 3) Sulfate de magnésium : dose?%s' % (m.greet(), m.sig())
    else:
        subj = 'Case for Tuesday teaching'
        body = '%s\n\nCase: a 58-year-old man at a fly-in nursing station with 2h of crushing chest pain, ST elevation V2-V4. Next flight 6h away due to weather. ' \
               'Discuss thrombolysis protocol and contraindications.%s' % (m.greet(), m.sig())
    return finish(m, subj, body), 'anonymised teaching case', 'teaching_case'


def neg_training(w, lang):
    m = Mail(w, lang)
    names = [w.staff() for _ in range(w.r.randint(4, 8))]
    subj = 'Recertification ACLS/PALS - inscriptions' if lang == 'fr' else 'ACLS/PALS recert - sign-up list'
    body = '%s\n\n%s\n%s\n\n%s%s' % (m.greet(), 'Inscrits à la session du 8 décembre :' if lang == 'fr' else 'Registered for Dec 8 session:',
                                  '\n'.join('- %s (emp. %d)' % (n, w.r.randint(10000, 99999)) for n in names),
                                  'Repas fourni.' if lang == 'fr' else 'Lunch provided.', m.sig())
    return finish(m, subj, body), 'training registration list of staff', 'training'


def neg_medevac_stats(w, lang):
    m = Mail(w, lang)
    rows = [['Mois', 'Urgent', 'Semi-urgent', 'Électif', 'Annulé météo'] if lang == 'fr' else ['Month', 'Urgent', 'Semi-urgent', 'Elective', 'Wx cancel']]
    for mo in ['Août', 'Sept', 'Oct'] if lang == 'fr' else ['Aug', 'Sep', 'Oct']:
        rows.append([mo] + [w.r.randint(0, 60) for _ in range(4)])
    subj = 'Bilan évacuations aéromédicales' if lang == 'fr' else 'Medevac utilization report'
    body = '%s\n\n%s\n\n%s%s' % (m.greet(), '\n'.join('\t'.join(map(str, r)) for r in rows),
                               'Délai moyen d\'activation : %d min.' % w.r.randint(40, 180) if lang == 'fr' else 'Mean activation time %d min.' % w.r.randint(40, 180), m.sig())
    return finish(m, subj, body, [('bilan.csv', make_csv(rows))] if w.r.random() < 0.4 else []), 'aggregate medevac statistics', 'medevac_stats'


def neg_dialysis_staff(w, lang):
    m = Mail(w, lang)
    lines = []
    for i in range(w.r.randint(4, 7)):
        lines.append('%s  %s  %s' % (w.c(['Lun', 'Mar', 'Mer', 'Jeu', 'Ven'] if lang == 'fr' else ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']), w.staff(),
                                     w.c(['7h-15h chaises 1-6', '11h-19h chaises 7-12', 'garde', 'formation'] if lang == 'fr' else ['0700-1500 chairs 1-6', '1100-1900 chairs 7-12', 'on call', 'education'])))
    subj = 'Horaire du personnel - unité de dialyse' if lang == 'fr' else 'Dialysis unit staffing - next week'
    body = '%s\n\n%s%s' % (m.greet(), '\n'.join(lines), m.sig())
    return finish(m, subj, body), 'dialysis unit staff schedule (looks like a roster, staff only)', 'staff_schedule'


def neg_ltc_notice(w, lang):
    m = Mail(w, lang)
    if lang == 'fr':
        subj = 'CHSLD - éclosion et visites'
        body = '%s\n\nÉclosion de gastro à l\'unité B : %d résidents et %d employés touchés. Visites limitées à 1 proche aidant. Menu des fêtes en pj.%s' % (
            m.greet(), w.r.randint(2, 14), w.r.randint(1, 5), m.sig())
        att = [('menu_fetes.docx', make_docx('Menu des fêtes', ['Tourtière', 'Ragoût de pattes', 'Bannique', 'Bûche']))]
    else:
        subj = 'LTC outbreak update & visiting'
        body = '%s\n\nCOVID outbreak declared on 2 West: %d residents, %d staff positive. Essential caregivers only. Holiday schedule attached.%s' % (
            m.greet(), w.r.randint(2, 14), w.r.randint(1, 5), m.sig())
        att = [('holiday_schedule.docx', make_docx('Holiday activities', ['Dec 20 choir', 'Dec 24 bannock & tea', 'Dec 31 bingo']))]
    return finish(m, subj, body, att), 'LTC home outbreak counts and visiting rules', 'ltc_notice'


def neg_cafeteria(w, lang):
    m = Mail(w, lang)
    if lang == 'fr':
        subj = 'Cafétéria - menu de la semaine'; body = 'Lundi : soupe aux pois. Mardi : pâté chinois. Mercredi : poisson (doré). Jeudi : chili. Vendredi : pizza.' + m.sig()
    else:
        subj = 'Cafeteria menu this week'; body = 'Mon: moose stew. Tue: pickerel. Wed: chili. Thu: turkey. Fri: pizza. Card machine fixed.' + m.sig()
    return finish(m, subj, body, mode=w.c(['html', 'plain'])), 'cafeteria menu', 'cafeteria'


def neg_vendor(w, lang):
    m = Mail(w, lang)
    sn = ['SN %s' % w.luhn_lookalike(10) for _ in range(3)]
    if lang == 'fr':
        subj = 'Avis de rappel - pompes à perfusion'; body = '%s\n\nAvis de sécurité du fabricant : numéros de série visés :\n%s\nMerci de retirer les appareils.%s' % (m.greet(), '\n'.join(sn), m.sig())
    else:
        subj = 'Field safety notice - infusion pumps'; body = '%s\n\nAffected serial numbers at your site:\n%s\nReplacement units ship next week.%s' % (m.greet(), '\n'.join(sn), m.sig())
    return finish(m, subj, body), 'vendor recall with serial numbers', 'vendor'


def neg_staff_vcard(w, lang):
    m = Mail(w, lang)
    s = w.staff(); first, last = s.split()[0], ' '.join(s.split()[1:])
    vcf = make_vcf(first, last, m.org[0], w.phone(), '%d boul. du Lac;Baie-Nordet' % w.r.randint(1, 900), 'Infirmière praticienne' if lang == 'fr' else 'Nurse Practitioner')
    subj = 'Coordonnées de notre nouvelle IPS' if lang == 'fr' else 'New NP contact card'
    body = ('Voici ses coordonnées professionnelles.' if lang == 'fr' else 'Her work contact attached.') + m.sig()
    return finish(m, subj, body, [('%s.vcf' % last.replace(' ', '_'), vcf)]), 'vCard of a staff member', 'staff_vcard'


def neg_reply_thread(w, lang):
    m = Mail(w, lang)
    inner, note, cat = w.c([neg_rotation, neg_supply, neg_vax_clinic, neg_facilities])(w, lang)
    short = w.c(['Parfait, merci!', 'Ok pour moi.', 'Je peux prendre la rotation de janvier si besoin.'] if lang == 'fr' else ['Thanks!', 'Works for me.', 'Can we add 2 boxes of gloves?'])
    body = short + m.sig() + quote(inner['body'], inner['frm'], 'mar. 10 nov. 2026 à 14:20' if lang == 'fr' else 'Tue, Nov 10, 2026 at 2:20 PM', lang)
    return finish(m, 'RE: ' + inner['subject'], body), 'reply on top of a quoted administrative thread', 'reply_admin'


def neg_hr(w, lang):
    m = Mail(w, lang)
    s = w.staff()
    if lang == 'fr':
        subj = 'Prime d\'éloignement - confirmation'; body = '%s\n\nLa prime d\'isolement pour %s (matricule %d) sera versée sur la paie du %s.%s' % (
            m.greet(), s, w.r.randint(100000, 999999), fr_date(dt.date(2026, 11, 26)), m.sig())
    else:
        subj = 'Isolation allowance / travel claims'; body = '%s\n\nTravel claim for %s (emp #%d) approved, $%d meals. Submit receipts by Friday.%s' % (
            m.greet(), s, w.r.randint(100000, 999999), w.r.randint(80, 600), m.sig())
    return finish(m, subj, body), 'HR / payroll about staff', 'hr'


def neg_fwd_attached_admin(w, lang, ctx):
    m = Mail(w, lang)
    inner, note, cat = w.c([neg_job, neg_it, neg_facilities])(w, lang)
    ie = build_message(ctx, dict(inner, attachments=[], mode='plain'), dt.datetime(2026, 11, 9, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
                       '<inner.%d@%s>' % (w.r.randint(10000, 99999), m.org[1]), False)
    return finish(m, ('TR: ' if lang == 'fr' else 'FW: ') + inner['subject'], ('Pour diffusion.' if lang == 'fr' else 'Please circulate.') + m.sig(),
                  [('message.eml', ie)]), 'administrative message forwarded as attachment', 'forward_attached_admin'


def neg_zip_admin(w, lang):
    m = Mail(w, lang)
    files = [('politique_transport.pdf' if lang == 'fr' else 'transport_policy.pdf', make_pdf('Politique / Policy', ['Section 1 - Escorts', 'Section 2 - Baggage limits 50 lb'])),
             ('contacts_dispensaires.csv', make_csv([['Dispensaire', 'Tél.']] + [[c, w.phone()] for c in (QC_COMM if lang == 'fr' else ON_COMM)[:5]]))]
    subj = 'Trousse d\'accueil nouveaux employés' if lang == 'fr' else 'Orientation package - new hires'
    return finish(m, subj, (('Voici la trousse.' if lang == 'fr' else 'Orientation docs zipped.') + m.sig()), [('trousse.zip' if lang == 'fr' else 'orientation.zip', make_zip(files))]), \
        'orientation package ZIP (policy, clinic phone numbers)', 'zip_admin'


NEG = [neg_rotation, neg_staff_flights, neg_stats, neg_vax_clinic, neg_supply, neg_blank_form, neg_staff_disease, neg_job, neg_it,
       neg_facilities, neg_newsletter, neg_conference, neg_committee_ics, neg_invoice, neg_teaching, neg_training, neg_medevac_stats,
       neg_dialysis_staff, neg_ltc_notice, neg_cafeteria, neg_vendor, neg_staff_vcard, neg_reply_thread, neg_hr, 'fwd_att', neg_zip_admin,
       neg_rotation, neg_staff_flights, neg_supply, neg_blank_form]


# ---------------------------------------------------------------- driver + checks
def check(outdir, labels):
    files = sorted(['positive/' + f for f in os.listdir(os.path.join(outdir, 'positive'))] +
                   ['negative/' + f for f in os.listdir(os.path.join(outdir, 'negative'))])
    assert files == sorted(labels), 'labels do not cover exactly the files'
    h = hashlib.sha256()
    for f in files:
        data = open(os.path.join(outdir, f), 'rb').read()
        h.update(f.encode() + b'\0' + data)
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for k in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
            v = msg[k]
            assert v is not None, (f, k)
            assert not getattr(v, 'defects', None), (f, k, v.defects)
        for part in msg.walk():
            assert not part.defects, (f, part.get_content_type(), part.defects)
            if part.is_multipart():
                continue
            if part.get_content_type() == 'message/rfc822':
                inner = part.get_content()
                for ip in inner.walk():
                    assert not ip.defects, (f, 'inner', ip.defects)
                    if not ip.is_multipart():
                        ip.get_content()
                continue
            c = part.get_content()
            assert c is not None
        lab = labels[f]
        if lab['confidential']:
            assert f.startswith('positive/') and lab['types'], f
        else:
            assert f.startswith('negative/') and lab['types'] == [], f
    return h.hexdigest(), files


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    ap.add_argument('--seed', type=int, default=6262)
    a = ap.parse_args()
    w = W(a.seed)
    ctx = Ctx(w.r)
    out = a.out
    for sub in ('positive', 'negative'):
        p = os.path.join(out, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    labels = {}
    base = dt.datetime(2026, 11, 2, 7, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    jobs = [('p', i) for i in range(N_POS)] + [('n', i) for i in range(N_NEG)]
    langs = {}
    fixed = {pos_referral_nam: 'fr', pos_foreign_id: 'fr', pos_sin_billing: 'en'}
    for kind, n, blist in (('p', N_POS, POS), ('n', N_NEG, NEG)):
        fx = [fixed.get(blist[i % len(blist)]) for i in range(n)]
        nfr = n // 2 - fx.count('fr')
        free = [i for i in range(n) if fx[i] is None]
        ls = ['fr'] * nfr + ['en'] * (len(free) - nfr)
        w.r.shuffle(ls)
        for i, l in zip(free, ls):
            fx[i] = l
        langs[kind] = fx
    for kind, i in jobs:
        lang = langs[kind][i]
        if kind == 'p':
            b = POS[i % len(POS)]
            if b == 'fwd_att':
                m, types, note, cat = pos_fwd_attached(w, lang, ctx)
            else:
                m, types, note, cat = b(w, lang)
            # language follows the builder for some FR/EN-only builders
            if b in (pos_referral_nam, pos_foreign_id):
                lang = 'fr'
            if b == pos_sin_billing:
                lang = 'en'
        else:
            b = NEG[i % len(NEG)]
            if b == 'fwd_att':
                m, note, cat = neg_fwd_attached_admin(w, lang, ctx)
            else:
                m, note, cat = b(w, lang)
            types = []
        date = base + dt.timedelta(minutes=w.r.randint(0, 60 * 24 * 30))
        date = date.replace(hour=w.r.randint(6, 22))
        msgid = '<%08x.%d@%s>' % (w.r.getrandbits(32), i, m['frm'].split('@')[-1].strip('>'))
        data = build_message(ctx, m, date, msgid, crlf=w.r.random() < 0.4)
        fn = '%s/%s%03d_%s.eml' % ('positive' if kind == 'p' else 'negative', kind, i + 1, cat)
        with open(os.path.join(out, fn), 'wb') as f:
            f.write(data)
        labels[fn] = {'confidential': kind == 'p', 'types': sorted(set(types)), 'lang': lang, 'note': note}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(dict(sorted(labels.items())), f, ensure_ascii=False, indent=1)
        f.write('\n')
    digest, files = check(out, labels)
    # counts
    from collections import Counter
    pos = sum(1 for v in labels.values() if v['confidential'])
    print('files', len(files), 'positives', pos, 'negatives', len(files) - pos)
    print('lang', dict(Counter(v['lang'] for v in labels.values())))
    print('lang x label', dict(Counter((v['lang'], v['confidential']) for v in labels.values())))
    print('categories', dict(sorted(Counter(k.split('_', 1)[1][:-4] for k in labels).items())))
    tr = Counter()
    for f in files:
        data = open(os.path.join(out, f), 'rb').read()
        msg = email.message_from_bytes(data, policy=email.policy.default)
        tr['crlf' if b'\r\n' in data else 'lf'] += 1
        tr['top:' + msg.get_content_type()] += 1
        for part in msg.walk():
            if part.is_multipart():
                continue
            if part.get_content_maintype() == 'text' and not part.get_filename():
                tr['cs:' + (part.get_content_charset() or '?')] += 1
                tr['cte:' + part.get('Content-Transfer-Encoding', '7bit').lower()] += 1
            if part.get_filename():
                tr['att:' + part.get_filename().rsplit('.', 1)[-1].lower()] += 1
    print('transport', dict(sorted(tr.items())))
    print('sha256', digest)


if __name__ == '__main__':
    main()
