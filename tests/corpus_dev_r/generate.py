#!/usr/bin/env python3
"""Seeded deterministic generator: synthetic outbound surgery-department mail (seed 6262)."""
import argparse, base64, csv, datetime, hashlib, html, io, json, os, quopri, random, shutil, sys, zipfile
import email, email.policy
from email.header import Header
from email.utils import formataddr, format_datetime
from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

SEED = 6262
HERE = os.path.dirname(os.path.abspath(__file__))
# The synthetic NAMs every blind writer was given, shared by the blind corpora in tests/blind_nams.txt.
NAMFILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, 'blind_nams.txt')

# ---------------------------------------------------------------- data
def load_nams():
    out = []
    with open(NAMFILE, encoding='utf-8') as f:
        for l in f:
            if l.startswith('#') or not l.strip():
                continue
            s, g, d, x, n = l.split()
            out.append(dict(sn=s, gn=g, dob=d, sex=x, nam=n))
    return out

SURN = ['Tremblay','Côté','Bergeron','Lavoie','Dubé','Hébert','Ménard','Beaulieu','Caron','Deschênes','Kowalski','Nguyen',
        'Haddad','Rossi','Singh','O\'Brien','Fraser','Campbell','Murphy','Papadopoulos','Benoît','Larocque','Vézina','Chartrand']
GIVM = ['Jean','Luc','François','Michael','Robert','Yves','Daniel','Ahmed','Stéphane','Kevin','Paul','Normand']
GIVF = ['Marie','Louise','Chantal','Karen','Julie','Fatima','Linda','Hélène','Patricia','Isabelle','Susan','Lise']
STAFF = ['Dre Anne Viau','Dr Marc-André Lemieux','Dr Paul Kerrigan','Dre Sonia Bélair','Dr Harjit Dhillon','Dre Nadia Hamel',
         'Dr Thomas Whitfield','Dre Claire Desrosiers','Dr Éric Poulin','Dre Rachel Stein','Dr Olivier Garneau','Dr Samuel Okafor']
CLERKS = [('Josée Pilon','jpilon'),('Mélanie Roux','mroux'),('Kathy Doyle','kdoyle'),('Brenda McIntyre','bmcintyre'),
          ('Sylvain Grenier','sgrenier'),('Nicole Faucher','nfaucher'),('Amanda Li','ali'),('Patrick Boivin','pboivin')]
INT = ['chu-exemple.example','hgm-exemple.example']
EXT = ['clsc-riviere.example','cisss-laurentides.example','ottawa-general.example','kingston-hsc.example','medtek-supply.example',
       'gmail.example','ortho-implants.example','labo-patho.example','ramq-partenaire.example','sunlife-claims.example']
PROCS_FR = ['cholécystectomie laparoscopique','hernioplastie inguinale D','PTH gauche','PTG droite','thyroïdectomie totale',
            'colectomie droite','arthroscopie genou G','mastectomie partielle G','cure d\'éventration','appendicectomie']
PROCS_EN = ['lap cholecystectomy','right inguinal hernia repair','left total hip arthroplasty','right TKA','total thyroidectomy',
            'right hemicolectomy','left knee arthroscopy','left lumpectomy + SLNB','incisional hernia repair','laparoscopic appendectomy']
STREETS = ['rue des Érables','boul. Saint-Joseph','av. Querbes','rue Principale','chemin du Lac','Sherbrooke St W','Cote-des-Neiges Rd',
           'rue Sainte-Catherine E','Maple Ave','rang Saint-Jacques']
CITIES = ['Montréal','Laval','Longueuil','Saint-Jérôme','Verdun','Pointe-Claire','Gatineau','Terrebonne']

DISCL_FR = ("AVIS DE CONFIDENTIALITÉ : Ce message est destiné exclusivement au(x) destinataire(s) désigné(s). "
            "Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur.")
DISCL_EN = ("CONFIDENTIALITY NOTICE: This e-mail is intended only for the named recipient(s). If you received it in error, "
            "please delete it and notify the sender.")

class Ctx:
    def __init__(self, rng):
        self.r = rng
        self.nams = load_nams()
        self.r.shuffle(self.nams)
        self.ni = 0
    def nam_patient(self, min_age=0):
        for _ in range(len(self.nams)):
            p = self.nams[self.ni % len(self.nams)]; self.ni += 1
            if age(p['dob']) >= min_age:
                return dict(p)
        raise RuntimeError('no NAM patient old enough')
    def rand_patient(self):
        r = self.r
        sex = r.choice('MF')
        gn = r.choice(GIVM if sex == 'M' else GIVF)
        y = r.randint(1938, 2004)
        dob = '%04d-%02d-%02d' % (y, r.randint(1, 12), r.randint(1, 28))
        return dict(sn=r.choice(SURN), gn=gn, dob=dob, sex=sex, nam=None)
    def mrn(self):
        r = self.r
        k = r.randint(0, 3)
        if k == 0: return str(r.randint(1000000, 9999999))
        if k == 1: return '%08d' % r.randint(10000000, 99999999)
        if k == 2: return 'H%07d' % r.randint(0, 9999999)
        return 'M-%d' % r.randint(100000, 999999)
    def sin(self):
        while True:
            b = str(self.r.choice([1, 2, 4, 5, 6, 7])) + ''.join(str(self.r.randint(0, 9)) for _ in range(7))
            s = b + luhn.calc_check_digit(b)
            if ca_sin.is_valid(s): return s
    def ohn(self):
        b = str(self.r.randint(1, 9)) + ''.join(str(self.r.randint(0, 9)) for _ in range(8))
        s = b + luhn.calc_check_digit(b)
        assert luhn.is_valid(s) and len(s) == 10
        return s
    def niss(self, dob, sex):
        y, m, d = dob.split('-')
        seq = self.r.randint(1, 498) * 2 + (1 if sex == 'M' else 0)
        base = y[2:] + m + d + '%03d' % seq
        n = int(base) if int(y) < 2000 else int('2' + base)
        s = base + '%02d' % (97 - n % 97)
        assert be_nn.is_valid(s), s
        return s
    def nir(self, dob, sex):
        y, m, d = dob.split('-')
        base = ('1' if sex == 'M' else '2') + y[2:] + m + '%02d' % self.r.choice([75, 69, 13, 33, 59]) + '%03d' % self.r.randint(1, 999) + '%03d' % self.r.randint(1, 999)
        s = base + '%02d' % (97 - int(base) % 97)
        assert fr_nir.is_valid(s), s
        return s
    def phone(self):
        return '(%d) 555-%04d' % (self.r.choice([514, 450, 438, 613, 819]), self.r.randint(100, 9999))
    def addr(self):
        return '%d, %s, %s' % (self.r.randint(12, 9800), self.r.choice(STREETS), self.r.choice(CITIES))
    def staff(self):
        return self.r.choice(STAFF)
    def proc(self, lang):
        i = self.r.randrange(len(PROCS_FR))
        return PROCS_FR[i] if lang == 'fr' else PROCS_EN[i]
    def date(self, lang, days=(1, 60)):
        d = datetime.date(2026, 11, 2) + datetime.timedelta(days=self.r.randint(*days))
        return d.isoformat() if self.r.random() < 0.5 else (d.strftime('%d/%m/%Y') if lang == 'fr' else d.strftime('%b %d, %Y'))

def fmt_nam(nam, r):
    k = r.randint(0, 4)
    if k == 0: return nam
    if k == 1: return '%s %s %s' % (nam[:4], nam[4:8], nam[8:])
    if k == 2: return nam.lower()
    if k == 3: return '%s-%s-%s' % (nam[:4], nam[4:8], nam[8:])
    return '%s %s' % (nam[:4], nam[4:])

def dob_txt(dob, lang, r):
    y, m, d = dob.split('-')
    k = r.randint(0, 2)
    if k == 0: return dob
    if k == 1: return '%s/%s/%s' % (d, m, y) if lang == 'fr' else '%s/%s/%s' % (m, d, y)
    return '%s.%s.%s' % (d, m, y)

def age(dob):
    return 2026 - int(dob[:4])

def pname(p, r, style=None):
    style = style if style is not None else r.randint(0, 3)
    if style == 0: return '%s, %s' % (p['sn'].upper(), p['gn'])
    if style == 1: return '%s %s' % (p['gn'], p['sn'])
    if style == 2: return '%s %s' % (p['sn'], p['gn'])
    return '%s, %s' % (p['sn'], p['gn'])

def title(p, lang):
    if lang == 'fr': return 'M.' if p['sex'] == 'M' else 'Mme'
    return 'Mr.' if p['sex'] == 'M' else 'Mrs.'

def sig(ctx, lang, name, role=None):
    r = ctx.r
    if lang == 'fr':
        role = role or r.choice(['Agente administrative, bloc opératoire', 'Infirmière, clinique préopératoire', 'Coordonnatrice, chirurgie d\'un jour', 'Secrétaire médicale, chirurgie générale'])
        return '\n-- \n%s\n%s\nCHU Exemple, Pavillon B, 3e étage\n1000, rue de la Santé, Montréal (Québec) H2X 0A1\nTél. : 514 555-%04d poste %d\n\n%s\n' % (name, role, r.randint(1000, 9999), r.randint(2000, 7999), DISCL_FR if r.random() < 0.6 else '')
    role = role or r.choice(['OR Booking Clerk', 'RN, Pre-Admission Clinic', 'Surgical Services Coordinator', 'Medical Secretary, General Surgery'])
    return '\n--\n%s\n%s\nHGM Example Hospital - Surgical Services\n1650 Cedar Ave, Montreal QC H3G 0B0\nT 514-555-%04d ext %d\n\n%s\n' % (name, role, r.randint(1000, 9999), r.randint(2000, 7999), DISCL_EN if r.random() < 0.6 else '')

# ---------------------------------------------------------------- attachments
FIXED_ZT = (2026, 11, 20, 9, 30, 0)

def normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for n in sorted(src.namelist()):
            zi = zipfile.ZipInfo(n, FIXED_ZT); zi.compress_type = zipfile.ZIP_DEFLATED; zi.external_attr = 0o644 << 16
            b = src.read(n)
            if n == 'docProps/core.xml':
                import re
                b = re.sub(rb'(<dcterms:(?:modified|created)[^>]*>)[^<]*(<)', rb'\g<1>2026-11-20T09:30:00Z\2', b)
            z.writestr(zi, b)
    return out.getvalue()

def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, b in files:
            zi = zipfile.ZipInfo(n, FIXED_ZT); zi.compress_type = zipfile.ZIP_DEFLATED; zi.external_attr = 0o644 << 16
            z.writestr(zi, b)
    return out.getvalue()

def make_pdf(title_txt, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title_txt)
    y = 740
    c.setFont('Helvetica-Bold', 13); c.drawString(60, y, title_txt); y -= 28
    c.setFont('Helvetica', 10)
    for l in lines:
        if y < 60:
            c.showPage(); c.setFont('Helvetica', 10); y = 740
        c.drawString(60, y, l[:110]); y -= 15
    c.showPage(); c.save()
    return buf.getvalue()

def make_docx(title_txt, paras, table=None):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.created = cp.modified = datetime.datetime(2026, 11, 20, 9, 30, 0)
    cp.last_printed = datetime.datetime(2026, 11, 20, 9, 30, 0)
    cp.author = 'Bloc operatoire'; cp.last_modified_by = 'Bloc operatoire'; cp.revision = 1
    d.add_heading(title_txt, 1)
    for p in paras:
        d.add_paragraph(p)
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
    for row in rows: ws.append(list(row))
    wb.properties.created = wb.properties.modified = datetime.datetime(2026, 11, 20, 9, 30, 0)
    wb.properties.creator = 'Bloc operatoire'; wb.properties.lastModifiedBy = 'Bloc operatoire'
    b = io.BytesIO(); wb.save(b)
    return normalize_zip(b.getvalue())

def make_csv(rows):
    b = io.StringIO(); w = csv.writer(b, lineterminator='\r\n')
    for row in rows: w.writerow(row)
    return b.getvalue().encode('utf-8')

def make_ics(uid, summary, desc, start, lang, location):
    s = start.strftime('%Y%m%dT%H%M%S')
    e = (start + datetime.timedelta(hours=1)).strftime('%Y%m%dT%H%M%S')
    def esc(t): return t.replace('\\', '\\\\').replace(',', '\\,').replace(';', '\\;').replace('\n', '\\n')
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CHU Exemple//Agenda bloc//FR', 'METHOD:REQUEST', 'BEGIN:VEVENT',
             'UID:%s' % uid, 'DTSTAMP:20261120T093000Z', 'DTSTART;TZID=America/Montreal:%s' % s, 'DTEND;TZID=America/Montreal:%s' % e,
             'SUMMARY:%s' % esc(summary), 'LOCATION:%s' % esc(location), 'DESCRIPTION:%s' % esc(desc), 'END:VEVENT', 'END:VCALENDAR']
    out = []
    for l in lines:
        b = l
        while len(b.encode('utf-8')) > 74:
            cut = 74
            while len(b[:cut].encode('utf-8')) > 74: cut -= 1
            out.append(b[:cut]); b = ' ' + b[cut:]
        out.append(b)
    return ('\r\n'.join(out) + '\r\n').encode('utf-8')

def make_vcf(fn, sn, gn, tel, adr, note, org=None):
    l = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (sn, gn), 'FN:%s' % fn]
    if org: l.append('ORG:%s' % org)
    if tel: l.append('TEL;TYPE=HOME,VOICE:%s' % tel)
    if adr: l.append('ADR;TYPE=HOME:;;%s;;;;' % adr.replace(',', '\\,'))
    if note: l.append('NOTE:%s' % note.replace(',', '\\,'))
    l.append('END:VCARD')
    return ('\r\n'.join(l) + '\r\n').encode('utf-8')

# ---------------------------------------------------------------- MIME building (raw, fully controlled)
class Att:
    def __init__(self, filename, ctype, data, inline_text=False):
        self.filename, self.ctype, self.data, self.inline_text = filename, ctype, data, inline_text

def enc_header(v):
    try:
        v.encode('ascii'); return v
    except UnicodeEncodeError:
        return Header(v, 'utf-8').encode().replace('\n', '')

def enc_addr(name, addr):
    try:
        name.encode('ascii'); return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset='utf-8')

def body_part(ctype, text, charset, cte):
    try:
        raw = text.encode(charset)
    except UnicodeEncodeError:
        charset = 'utf-8'; raw = text.encode('utf-8')
    if cte == '8bit' and all(b < 128 for b in raw):
        cte = '7bit'
    if cte == 'base64':
        body = [x.encode() for x in base64.encodebytes(raw).decode('ascii').rstrip('\n').split('\n')]
    elif cte == 'quoted-printable':
        body = [x.encode() for x in quopri.encodestring(raw).decode('ascii').rstrip('\n').split('\n')]
    else:
        body = raw.decode(charset).split('\n')
        body = [l.encode(charset) for l in body]
        return ['Content-Type: %s; charset="%s"' % (ctype, charset), 'Content-Transfer-Encoding: %s' % cte, ''], body
    return ['Content-Type: %s; charset="%s"' % (ctype, charset), 'Content-Transfer-Encoding: %s' % cte, ''], body

def att_part(a):
    if a.ctype == 'message/rfc822':
        lines = a.data.decode('utf-8', 'surrogateescape').replace('\r\n', '\n').split('\n')
        h = ['Content-Type: message/rfc822', 'Content-Disposition: attachment; filename="%s"' % a.filename, '']
        return h, [l.encode('utf-8', 'surrogateescape') for l in lines]
    if a.ctype.startswith('text/'):
        h = ['Content-Type: %s; charset="utf-8"; name="%s"' % (a.ctype, a.filename), 'Content-Transfer-Encoding: base64',
             'Content-Disposition: attachment; filename="%s"' % a.filename, '']
    else:
        h = ['Content-Type: %s; name="%s"' % (a.ctype, a.filename), 'Content-Transfer-Encoding: base64',
             'Content-Disposition: attachment; filename="%s"' % a.filename, '']
    return h, [x.encode() for x in base64.encodebytes(a.data).decode('ascii').rstrip('\n').split('\n')]

def to_html(text, lang):
    paras = text.split('\n\n')
    out = ['<!DOCTYPE html>', '<html lang="%s"><head><meta charset="CHARSET"><title></title></head>' % lang,
           '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    for p in paras:
        ls = p.split('\n')
        if all(l.startswith('> ') or l == '>' for l in ls):
            out.append('<blockquote style="border-left:2px solid #ccc;padding-left:6px">%s</blockquote>' % '<br>\n'.join(html.escape(l[2:]) for l in ls))
        elif len(ls) > 1 and all('|' in l for l in ls):
            out.append('<table border="1" cellpadding="3" style="border-collapse:collapse">')
            for l in ls:
                out.append('<tr>%s</tr>' % ''.join('<td>%s</td>' % html.escape(c.strip()) for c in l.split('|')))
            out.append('</table>')
        else:
            out.append('<p>%s</p>' % '<br>\n'.join(html.escape(l) for l in ls))
    out.append('</body></html>')
    return '\n'.join(out)

def build(ctx, spec, idx):
    r = ctx.r
    lang = spec['lang']
    charset = r.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
    cte = r.choice(['quoted-printable', 'base64', '8bit', 'quoted-printable'])
    eol = b'\r\n' if r.random() < 0.45 else b'\n'
    atts = spec.get('atts', [])
    mode = spec.get('mode')
    if not mode:
        mode = 'mixed' if atts else r.choice(['plain', 'plain', 'html', 'alt'])
    text = spec['body'] + spec.get('quote', '')
    bnd_seed = hashlib.sha256(('%d-%d' % (SEED, idx)).encode()).hexdigest()[:24]
    def textpart(kind):
        if kind == 'plain':
            return body_part('text/plain', text, charset, cte)
        h = to_html(text, lang)
        cs = charset
        try: h.encode(cs)
        except UnicodeEncodeError: cs = 'utf-8'
        h = h.replace('CHARSET', cs)
        return body_part('text/html', h, cs, cte if cte != '8bit' else 'quoted-printable')
    def alt():
        b = '----=_Alt_' + bnd_seed
        hp, bp = textpart('plain'); hh, bh = textpart('html')
        lines = ['Content-Type: multipart/alternative; boundary="%s"' % b, '']
        body = [('--' + b).encode()] + [x.encode() for x in hp] + bp + [('--' + b).encode()] + [x.encode() for x in hh] + bh + [('--' + b + '--').encode()]
        return lines, body
    if mode == 'plain': top_h, top_b = textpart('plain')
    elif mode == 'html': top_h, top_b = textpart('html')
    elif mode == 'alt': top_h, top_b = alt()
    else:
        b = '----=_Mix_' + bnd_seed
        first = alt() if r.random() < 0.4 else textpart('plain' if r.random() < 0.75 else 'html')
        parts = [first] + [att_part(a) for a in atts]
        top_h = ['Content-Type: multipart/mixed; boundary="%s"' % b, '']
        top_b = [b'This is a multi-part message in MIME format.', b'']
        for h, bd in parts:
            top_b.append(('--' + b).encode()); top_b += [x.encode() for x in h]; top_b += bd
        top_b.append(('--' + b + '--').encode())
        mode = 'mixed'
    fr_name, fr_addr = spec['from']
    dt = datetime.datetime(2026, 11, 2, 7, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-5))) + \
        datetime.timedelta(days=r.randint(0, 30), minutes=r.randint(0, 660))
    hdr = ['From: %s' % enc_addr(fr_name, fr_addr),
           'To: %s' % ', '.join(enc_addr(n, a) for n, a in spec['to'])]
    if spec.get('cc'):
        hdr.append('Cc: %s' % ', '.join(enc_addr(n, a) for n, a in spec['cc']))
    hdr += ['Subject: %s' % enc_header(spec['subject']),
            'Date: %s' % format_datetime(dt),
            'Message-ID: <%s.%d@%s>' % (bnd_seed[:16], idx, fr_addr.split('@')[1])]
    if spec.get('in_reply_to'):
        hdr.append('In-Reply-To: <%s@%s>' % (hashlib.md5(spec['subject'].encode()).hexdigest()[:20], spec['to'][0][1].split('@')[1]))
    hdr += ['MIME-Version: 1.0', 'Content-Language: %s' % ('fr-CA' if lang == 'fr' else 'en-CA')]
    if r.random() < 0.4:
        hdr.append('X-Mailer: %s' % r.choice(['Microsoft Outlook 16.0', 'Zimbra 9.0', 'Thunderbird 128.3']))
    lines = [h.encode() for h in hdr] + [h.encode() for h in top_h] + top_b
    data = eol.join(lines) + eol
    return data, dict(charset=charset, cte=cte, eol='CRLF' if eol == b'\r\n' else 'LF', mode=mode)

def inner_eml(ctx, frm, to, subj, text, lang):
    """A simple message to be attached (forward as attachment)."""
    r = ctx.r
    raw = text.encode('utf-8')
    body = quopri.encodestring(raw).decode('ascii')
    h = ['From: %s' % enc_addr(*frm), 'To: %s' % enc_addr(*to), 'Subject: %s' % enc_header(subj),
         'Date: Mon, %d Nov 2026 %02d:%02d:00 -0500' % (r.randint(2, 28), r.randint(7, 17), r.randint(0, 59)),
         'Message-ID: <fw%08d@%s>' % (r.randint(0, 99999999), frm[1].split('@')[1]), 'MIME-Version: 1.0',
         'Content-Type: text/plain; charset="utf-8"', 'Content-Transfer-Encoding: quoted-printable', '']
    return ('\n'.join(h) + '\n' + body).encode('ascii')

# ---------------------------------------------------------------- helpers for addresses
def int_sender(ctx, lang):
    n, u = ctx.r.choice(CLERKS)
    return n, '%s@%s' % (u, ctx.r.choice(INT))

def ext_rcpt(ctx, dom=None, name=None):
    r = ctx.r
    dom = dom or r.choice(EXT)
    name = name or r.choice(['Accueil', 'Intake', 'Soutien à domicile', 'Coordination', 'Réception', 'Guichet d\'accès', 'Admin'])
    local = ''.join(c for c in name.lower().replace(' ', '.') if c.isalnum() or c == '.')[:20] or 'info'
    local = local.encode('ascii', 'ignore').decode() or 'info'
    return (name, '%s@%s' % (local, dom))

def staff_addr(ctx, name):
    base = name.split(' ', 1)[1]
    local = base.lower().replace(' ', '.').replace('é', 'e').replace('è', 'e').replace('ç', 'c').replace('É', 'e')
    local = local.encode('ascii', 'ignore').decode()
    return (name, '%s@%s' % (local, ctx.r.choice(INT)))

for _t in ('templates_pos.py', 'templates_neg.py'):
    exec(compile(open(os.path.join(HERE, _t), encoding='utf-8').read(), _t, 'exec'))

def self_check(outdir, labels):
    files = sorted(os.path.relpath(os.path.join(dp, f), outdir) for sub in ('positive', 'negative')
                   for dp, _, fs in os.walk(os.path.join(outdir, sub)) for f in fs)
    assert sorted(labels) == files, 'labels do not cover exactly the files'
    for f in files:
        with open(os.path.join(outdir, f), 'rb') as fh:
            m = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for part in m.walk():
            assert not part.defects, (f, part.defects)
            if not part.is_multipart():
                part.get_content()
        lab = labels[f]
        assert lab['confidential'] == f.startswith('positive/')
        assert (len(lab['types']) > 0) == lab['confidential'], f
    h = hashlib.sha256()
    for f in files:
        h.update(f.encode() + b'\0')
        with open(os.path.join(outdir, f), 'rb') as fh: h.update(fh.read())
    return h.hexdigest()

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    ap.add_argument('--npos', type=int, default=85)
    ap.add_argument('--nneg', type=int, default=115)
    a = ap.parse_args()
    rng = random.Random(SEED)
    ctx = Ctx(rng)
    for sub in ('positive', 'negative'):
        shutil.rmtree(os.path.join(a.out, sub), ignore_errors=True)
        os.makedirs(os.path.join(a.out, sub))
    labels = {}
    stats = {'lang': {}, 'mode': {}, 'charset': {}, 'cte': {}, 'eol': {}, 'cat': {}}
    plan = []
    for i in range(a.npos): plan.append((True, i))
    for i in range(a.nneg): plan.append((False, i))
    idx = 0
    for pos, i in plan:
        idx += 1
        tl = POS if pos else NEG
        fn = tl[i % len(tl)]
        lang = 'fr' if rng.random() < 0.37 else 'en'
        spec = fn(ctx, lang)
        data, tr = build(ctx, spec, idx)
        name = '%s%03d_%s.eml' % ('p' if pos else 'n', i + 1, spec['cat'])
        rel = '%s/%s' % ('positive' if pos else 'negative', name)
        with open(os.path.join(a.out, rel), 'wb') as fh: fh.write(data)
        labels[rel] = {'confidential': pos, 'types': sorted(set(spec['types'])) if pos else [], 'lang': lang, 'note': spec['note']}
        for k, v in (('lang', lang), ('mode', tr['mode']), ('charset', tr['charset']), ('cte', tr['cte']), ('eol', tr['eol']),
                     ('cat', ('P:' if pos else 'N:') + spec['cat'])):
            stats[k][v] = stats[k].get(v, 0) + 1
        if spec.get('atts'):
            for at in spec['atts']:
                stats.setdefault('att', {}); stats['att'][at.ctype] = stats['att'].get(at.ctype, 0) + 1
    with open(os.path.join(a.out, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    digest = self_check(a.out, labels)
    print('positives', sum(1 for v in labels.values() if v['confidential']), 'negatives', sum(1 for v in labels.values() if not v['confidential']))
    for k, v in stats.items():
        print(k, json.dumps(dict(sorted(v.items())), ensure_ascii=False))
    print('sha256', digest)

if __name__ == '__main__':
    sys.path.insert(0, HERE)
    main()
