#!/usr/bin/env python3
"""Seeded, deterministic generator of a synthetic outbound-mail corpus (public health + outpatient clinics,
Gaspesie / Outaouais / Ottawa).  Usage: python generate.py [--out DIR] [--seed 1818]"""
import argparse, csv, datetime as dt, hashlib, io, json, os, random, re, sys, zipfile
import email, email.policy
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.application import MIMEApplication
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import formataddr, format_datetime
from email import encoders
from email.generator import BytesGenerator
from stdnum.ca import sin as stdsin
from stdnum.be import nn as stdnn
from stdnum.fr import nir as stdnir
from stdnum import luhn

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_ZIP_DATE = (2026, 11, 2, 8, 0, 0)

# ---------------------------------------------------------------- NAM list
def load_nams():
    p = os.path.join(HERE, '..', 'blind_nams.txt')
    out = []
    with open(p, encoding='utf-8') as f:
        for line in f:
            if not line.strip() or line.startswith('#'):
                continue
            s, g, b, sex, nam = line.split()
            out.append(dict(surname=s, given=g, dob=b, sex=sex, nam=nam))
    return out

# ---------------------------------------------------------------- identifiers
def gen_sin(R):
    while True:
        d = str(R.choice([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(R.randint(0, 9)) for _ in range(7))
        for c in '0123456789':
            if stdsin.is_valid(d + c):
                return d + c

def gen_ohn(R):
    while True:
        d = str(R.randint(1, 9)) + ''.join(str(R.randint(0, 9)) for _ in range(8))
        c = luhn.calc_check_digit(d)
        n = d + c
        if luhn.is_valid(n):
            return n

def gen_niss(R, dob, sex):
    y, m, d = dob.split('-')
    while True:
        seq = R.randint(1, 997)
        if (seq % 2 == 1) != (sex == 'M'):
            continue
        base = y[2:] + m + d + '%03d' % seq
        num = int(base) if int(y) < 2000 else int('2' + base)
        chk = 97 - num % 97
        n = base + '%02d' % chk
        if stdnn.is_valid(n):
            return n

def gen_nir(R, dob, sex):
    y, m, d = dob.split('-')
    while True:
        dep = '%02d' % R.randint(1, 95)
        if dep == '20':
            continue
        base = ('1' if sex == 'M' else '2') + y[2:] + m + dep + '%03d' % R.randint(1, 990) + '%03d' % R.randint(1, 999)
        key = 97 - int(base) % 97
        n = base + '%02d' % key
        if stdnir.is_valid(n):
            return n

def gen_mrn(R):
    k = R.randint(0, 4)
    if k == 0: return '%07d' % R.randint(1000000, 9999999)
    if k == 1: return '%08d' % R.randint(10000000, 99999999)
    if k == 2: return R.choice(['H', 'G', 'M', 'CSG']) + '%06d' % R.randint(0, 999999)
    if k == 3: return 'OT-%07d' % R.randint(0, 9999999)
    return '%02d-%05d' % (R.randint(10, 99), R.randint(0, 99999))

FW = str.maketrans('0123456789', '０１２３４５６７８９')

def disguise(R, ident, allow_fw=True):
    k = R.randint(0, 7)
    if k == 0: return ident
    if k == 1: return ' '.join(ident[i:i+4] for i in range(0, len(ident), 4))
    if k == 2: return '.'.join(ident[i:i+4] for i in range(0, len(ident), 4))
    if k == 3: return '-'.join(ident[i:i+4] for i in range(0, len(ident), 4))
    if k == 4 and allow_fw: return ident.translate(FW)
    if k == 5: return ident[:6] + '\n' + ident[6:]
    if k == 6: return ' '.join(ident)
    return '/'.join(ident[i:i+3] for i in range(0, len(ident), 3))

def fmt_ohn(R, n):
    return R.choice([n, n[:4] + '-' + n[4:7] + '-' + n[7:], n[:4] + ' ' + n[4:7] + ' ' + n[7:]]) + R.choice(['', ' ' + R.choice(['AB', 'KT', 'ZX'])])

def fmt_sin(R, n):
    return R.choice([n, n[:3] + ' ' + n[3:6] + ' ' + n[6:], n[:3] + '-' + n[3:6] + '-' + n[6:]])

# ---------------------------------------------------------------- people, places
FR_GIVEN_M = ['Jean-Guy', 'Marc', 'Éric', 'Luc', 'Samuel', 'Olivier', 'Réjean', 'Mathis', 'Gaétan', 'Félix']
FR_GIVEN_F = ['Nathalie', 'Josée', 'Chloé', 'Annie', 'Geneviève', 'Léa', 'Maude', 'Sylvie', 'Émilie', 'Karine']
EN_GIVEN_M = ['Kevin', 'Brian', 'Owen', 'Tyler', 'Marcus', 'Daniel', 'Ryan', 'Colin']
EN_GIVEN_F = ['Megan', 'Ashley', 'Priya', 'Hannah', 'Olivia', 'Fatima', 'Jessica', 'Grace']
SURN = ['Arsenault', 'Boudreau', 'Cyr', 'Huard', 'Poirier', 'Lelièvre', 'Gagnon', 'Desrosiers', 'McInnis', 'Henley',
        'O\'Connor', 'Nguyen', 'Sauvé', 'Lalonde', 'Charron', 'Whitfield', 'Patel', 'Beaudry', 'Joncas', 'Element']
STAFF = ['Bujold', 'Thibodeau', 'Mercier', 'Langlois', 'Kaur', 'Fraser', 'Dionne', 'Bernatchez', 'Ouellet', 'Lavoie',
         'Chiasson', 'MacKay', 'Roussy', 'Blais', 'Hughes', 'Pelletier']
ORG = [('santepub-gim.example', 'Direction de santé publique Gaspésie–Îles', 'fr'),
       ('cisss-gaspesie.example', 'CISSS de la Gaspésie', 'fr'),
       ('cisss-outaouais.example', 'CISSS de l\'Outaouais', 'fr'),
       ('cliniquevue-gatineau.example', 'Clinique ophtalmologique de Gatineau', 'fr'),
       ('ottawa-specialty.example', 'Ottawa Specialty Outpatient Clinics', 'en'),
       ('ottawaph-demo.example', 'Ottawa Public Health (demo)', 'en')]
EXT = ['gmail-demo.example', 'pharmaplus-gatineau.example', 'ecole-csmb.example', 'cssrs-outaouais.example',
       'medvax-distribution.example', 'labobio.example', 'gmf-chandler.example', 'fht-kanata.example',
       'cmq-formation.example', 'msss-demo.example', 'travelmed-ott.example']
SITES_FR = ['CLSC de Chandler', 'Hôpital de Maria', 'CLSC de Gaspé', 'Clinique ORL — Hôpital de Gatineau',
            'Clinique de santé sexuelle de Hull', 'Centre de vaccination de Sainte-Anne-des-Monts', 'Clinique de dermatologie de Gatineau']
SITES_EN = ['Riverside Eye Clinic, Ottawa', 'Bank St. Sexual Health Clinic', 'Ottawa ENT Associates', 'Kanata Travel Clinic',
            'Civic Dermatology Outpatients', 'Pontiac Vaccination Centre']

def staff_name(R, lang):
    s = R.choice(STAFF)
    g = R.choice(FR_GIVEN_F + FR_GIVEN_M if lang == 'fr' else EN_GIVEN_F + EN_GIVEN_M)
    return g, s

def phone(R):
    return '%s-555-%04d' % (R.choice(['418', '819', '613', '581', '873']), R.randint(100, 9999))

def addr(R, lang):
    if lang == 'fr':
        return '%d, %s, %s' % (R.randint(2, 899), R.choice(['rue du Quai', 'boul. Perron Est', 'rue Saint-Joseph', 'chemin de la Mer', 'rue Laurier', 'boul. Gréber', 'rue Notre-Dame']),
                               R.choice(['Gaspé (Québec) G4X 1A1', 'Chandler (Québec) G0C 1K0', 'Gatineau (Québec) J8Y 3R2', 'Maria (Québec) G0C 1Y0', 'Gatineau (Québec) J9H 5B7']))
    return '%d %s, %s' % (R.randint(2, 899), R.choice(['Bank St', 'Carling Ave', 'Merivale Rd', 'Elgin St', 'Hazeldean Rd']),
                          R.choice(['Ottawa ON K1S 3W1', 'Kanata ON K2M 2C4', 'Nepean ON K2G 1E3', 'Aylmer QC J9H 4L9']))

class Patient:
    pass

def patient(R, ctx, lang, where=None):
    """where: 'qc' uses NAM list, 'on' invents name + OHN, 'fr'/'be' foreigner."""
    p = Patient()
    where = where or ('qc' if lang == 'fr' or R.random() < 0.35 else 'on')
    p.where = where
    if where == 'qc':
        n = R.choice(ctx['nams'])
        p.surname, p.given, p.dob, p.sex, p.nam = n['surname'], n['given'], n['dob'], n['sex'], n['nam']
    else:
        p.sex = R.choice('MF')
        p.given = R.choice((EN_GIVEN_M if p.sex == 'M' else EN_GIVEN_F) if where == 'on' else (FR_GIVEN_M if p.sex == 'M' else FR_GIVEN_F))
        p.surname = R.choice(SURN)
        p.dob = '%04d-%02d-%02d' % (R.randint(1940, 2019), R.randint(1, 12), R.randint(1, 28))
        p.nam = None
    p.ohn = gen_ohn(R) if where == 'on' else None
    p.nir = gen_nir(R, p.dob, p.sex) if where == 'fr' else None
    p.niss = gen_niss(R, p.dob, p.sex) if where == 'be' else None
    p.mrn = gen_mrn(R)
    p.sin = gen_sin(R)
    p.phone = phone(R)
    p.addr = addr(R, 'fr' if where == 'qc' else 'en')
    p.age = 2026 - int(p.dob[:4])
    return p

def pid(R, p, types, prefer=None, allow_fw=True):
    """Return a patient identifier string; record its type."""
    opts = []
    if p.nam: opts.append('nam')
    if p.ohn: opts.append('ohn')
    if p.nir: opts.append('nir')
    if p.niss: opts.append('niss')
    opts.append('mrn')
    k = prefer if prefer in opts else R.choice(opts)
    if k == 'nam':
        types.add('ramq_nam'); return 'NAM ' + disguise(R, p.nam, allow_fw) if R.random() < .6 else disguise(R, p.nam, allow_fw)
    if k == 'ohn':
        types.add('ca_health_number'); return R.choice(['OHIP ', 'HN ', 'HC# ', '']) + fmt_ohn(R, p.ohn)
    if k == 'nir':
        types.add('fr_nir'); return 'NIR ' + R.choice([p.nir, ' '.join([p.nir[0], p.nir[1:3], p.nir[3:5], p.nir[5:7], p.nir[7:10], p.nir[10:13], p.nir[13:]])])
    if k == 'niss':
        types.add('be_niss'); return 'NISS ' + R.choice([p.niss, '%s.%s.%s-%s.%s' % (p.niss[:2], p.niss[2:4], p.niss[4:6], p.niss[6:9], p.niss[9:])])
    types.add('mrn'); return R.choice(['dossier ', 'MRN ', '# ', 'no dos. ', 'chart ']) + p.mrn

def dob_s(R, p, lang):
    y, m, d = p.dob.split('-')
    return R.choice([p.dob, '%s/%s/%s' % (d, m, y), '%s-%s-%s' % (d, m, y[2:]), '%s.%s.%s' % (d, m, y)])

def nm(R, p):
    return R.choice(['%s, %s' % (p.surname, p.given), '%s %s' % (p.surname.upper(), p.given), '%s %s' % (p.given, p.surname), p.surname.upper() + ' ' + p.given[0] + '.'])

def il(p, lang):
    if lang == 'fr':
        return 'elle' if p.sex == 'F' else 'il'
    return 'she' if p.sex == 'F' else 'he'

def sig(R, lang, org, g, s):
    role = R.choice(['inf. clinicienne', 'agente administrative', 'inf. en santé publique', 'commis à l\'accueil', 'MD, médecin-conseil', 'inh. — archiviste']) if lang == 'fr' else \
        R.choice(['RN', 'clinic clerk', 'Public Health Nurse', 'MD FRCSC', 'booking coordinator', 'NP'])
    lines = ['--', '%s %s, %s' % (g, s, role), org[1], addr(R, lang).replace('\n', ' '), ('Tél. ' if lang == 'fr' else 'T ') + phone(R) + ((' poste %d' if lang == 'fr' else ' ext. %d') % R.randint(2000, 7999) if R.random() < .5 else '')]
    if R.random() < .45:
        lines.append('')
        lines.append('AVIS DE CONFIDENTIALITÉ : ce courriel peut contenir des renseignements confidentiels. Si vous l\'avez reçu par erreur, veuillez le détruire et en aviser l\'expéditeur.' if lang == 'fr' else
                     'CONFIDENTIALITY NOTICE: This e-mail may contain privileged information. If you received it in error, please delete it and notify the sender.')
    return '\n'.join(lines)

# ---------------------------------------------------------------- attachments
def pdf_bytes(title, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setFont('Helvetica-Bold', 13); c.drawString(60, 740, title)
    c.setFont('Helvetica', 10)
    y = 715
    for ln in lines:
        for part in ln.split('\n'):
            c.drawString(60, y, part[:105]); y -= 14
            if y < 60:
                c.showPage(); c.setFont('Helvetica', 10); y = 740
    c.showPage(); c.save()
    return buf.getvalue()

def normalize_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zo:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if info.filename == 'docProps/core.xml':
                b = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*', rb'\g<1>2026-11-02T08:00:00Z', b)
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zo.writestr(zi, b)
    return out.getvalue()

def docx_bytes(title, paras, table=None):
    import docx
    d = docx.Document()
    d.core_properties.author = 'clinique'
    d.add_heading(title, 1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    buf = io.BytesIO(); d.save(buf)
    return normalize_zip(buf.getvalue())

def xlsx_bytes(sheet, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = sheet[:30]
    for r in rows:
        ws.append(list(r))
    wb.properties.creator = 'clinique'
    wb.properties.created = dt.datetime(2026, 11, 2, 8, 0, 0)
    wb.properties.modified = dt.datetime(2026, 11, 2, 8, 0, 0)
    buf = io.BytesIO(); wb.save(buf)
    return normalize_zip(buf.getvalue())

def csv_bytes(rows, enc='utf-8'):
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\r\n', delimiter=';' if enc != 'utf-8' else ',')
    for r in rows: w.writerow(r)
    return s.getvalue().encode(enc, 'replace')

def ics_bytes(summary, desc, start, loc, uid):
    def esc(t): return t.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    s = start.strftime('%Y%m%dT%H%M%S')
    e = (start + dt.timedelta(minutes=30)).strftime('%Y%m%dT%H%M%S')
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Clinique demo//RDV//FR', 'METHOD:REQUEST', 'BEGIN:VEVENT',
             'UID:%s' % uid, 'DTSTAMP:20261102T080000Z', 'DTSTART;TZID=America/Toronto:%s' % s, 'DTEND;TZID=America/Toronto:%s' % e,
             'SUMMARY:%s' % esc(summary), 'LOCATION:%s' % esc(loc), 'DESCRIPTION:%s' % esc(desc), 'END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(lines) + '\r\n').encode('utf-8')

def vcf_bytes(fn, sn, gn, tel, adr, note):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (sn, gn), 'FN:%s' % fn, 'TEL;TYPE=HOME,VOICE:%s' % tel,
             'ADR;TYPE=HOME:;;%s;;;;' % adr.replace(',', '\\,'), 'NOTE:%s' % note.replace(',', '\\,').replace('\n', '\\n'), 'END:VCARD']
    return ('\r\n'.join(lines) + '\r\n').encode('utf-8')

def zip_bytes(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zo:
        for name, b in files:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_DATE); zi.compress_type = zipfile.ZIP_DEFLATED
            zo.writestr(zi, b)
    return out.getvalue()

MIME_OF = {'pdf': ('application', 'pdf'), 'docx': ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document'),
           'xlsx': ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet'), 'csv': ('text', 'csv'),
           'ics': ('text', 'calendar'), 'vcf': ('text', 'vcard'), 'zip': ('application', 'zip')}

# ---------------------------------------------------------------- transport
def html_of(text):
    import html as H
    paras = text.split('\n\n')
    out = []
    for p in paras:
        if p.startswith('>') or p.startswith('-----'):
            out.append('<blockquote style="border-left:2px solid #ccc;padding-left:6px">%s</blockquote>' % H.escape(p).replace('\n', '<br>\n'))
        else:
            out.append('<p>%s</p>' % H.escape(p).replace('\n', '<br>\n'))
    return '<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial">\n%s\n</body></html>\n' % '\n'.join(out)

def text_part(R, text, subtype, stats):
    cands = ['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252']
    cs_name = R.choice(cands)
    try:
        text.encode(cs_name)
    except UnicodeEncodeError:
        cs_name = 'utf-8'
    if subtype == 'html':
        text = text.replace('charset="utf-8"', 'charset="%s"' % cs_name)
    cte = R.choice(['qp', 'b64', '8bit'])
    cs = Charset(cs_name)
    cs.header_encoding = None
    cs.body_encoding = {'qp': QP, 'b64': BASE64, '8bit': None}[cte]
    if cte == '8bit' and all(ord(c) < 128 for c in text):
        pass
    part = MIMEText(text, subtype, cs)
    stats['charset'][cs_name] = stats['charset'].get(cs_name, 0) + 1
    stats['cte'][cte] = stats['cte'].get(cte, 0) + 1
    return part

def hdr(s):
    try:
        s.encode('ascii'); return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode()

def build(R, ctx, m):
    """m: dict(lang, org, frm(g,s), to, cc, subject, body, atts, kind)"""
    stats = ctx['stats']
    body = m['body']
    atts = m.get('atts', [])
    mode = m.get('mode') or R.choice(['plain', 'plain', 'html', 'alt'])
    if mode == 'plain':
        main = text_part(R, body, 'plain', stats)
    elif mode == 'html':
        main = text_part(R, html_of(body), 'html', stats)
    else:
        main = MIMEMultipart('alternative')
        main.attach(text_part(R, body, 'plain', stats))
        main.attach(text_part(R, html_of(body), 'html', stats))
    if atts:
        msg = MIMEMultipart('mixed')
        msg.attach(main)
        for a in atts:
            if a[0] == 'eml':
                inner = email.message_from_bytes(a[1], policy=email.policy.compat32)
                part = MIMEMessage(inner)
                part.add_header('Content-Disposition', 'attachment', filename=a[2])
                msg.attach(part)
                tkey = 'message/rfc822'
            else:
                _, fname, data = a
                ext = fname.rsplit('.', 1)[1].lower()
                mt, st = MIME_OF[ext]
                part = MIMEBase(mt, st)
                part.set_payload(data)
                encoders.encode_base64(part)
                part.add_header('Content-Disposition', 'attachment', filename=fname)
                msg.attach(part)
                tkey = ext
            stats['att'][tkey] = stats['att'].get(tkey, 0) + 1
        tmode = 'mixed'
    else:
        msg = main
        tmode = mode
    stats['mode'][tmode] = stats['mode'].get(tmode, 0) + 1
    g, s = m['frm']
    dom = m['org'][0]
    local = (g.split('-')[0][0] + s).lower()
    local = ''.join(c for c in local.encode('ascii', 'ignore').decode() if c.isalnum() or c == '.')
    msg['From'] = formataddr((hdr('%s %s' % (g, s)), '%s@%s' % (local, dom)))
    msg['To'] = m['to']
    if m.get('cc'):
        msg['Cc'] = m['cc']
    msg['Subject'] = hdr(m['subject'])
    d = ctx['base'] + dt.timedelta(minutes=R.randint(0, 60 * 24 * 30))
    msg['Date'] = format_datetime(d.replace(tzinfo=dt.timezone(dt.timedelta(hours=-5))))
    msg['Message-ID'] = '<%08x.%d@%s>' % (R.getrandbits(32), ctx['n'], dom)
    if m.get('reply'):
        msg['In-Reply-To'] = '<%08x@%s>' % (R.getrandbits(32), R.choice(EXT))
    msg['MIME-Version'] = '1.0'
    if 'MIME-Version' in msg and len(msg.get_all('MIME-Version')) > 1:
        del msg['MIME-Version']; msg['MIME-Version'] = '1.0'
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%010d' % (ctx['n'], R.getrandbits(30)))
    # content headers after the envelope headers, as most clients write them
    for part in [msg] + [p for p in msg.walk() if p is not msg]:
        if part is not msg and 'MIME-Version' in part and part.get_content_type() != 'message/rfc822':
            del part['MIME-Version']
    saved = [(h, msg[h]) for h in ('Content-Type', 'Content-Transfer-Encoding') if h in msg]
    for h, _ in saved:
        del msg[h]
    for h, v in saved:
        msg[h] = v
    crlf = R.random() < 0.4
    stats['eol']['CRLF' if crlf else 'LF'] = stats['eol'].get('CRLF' if crlf else 'LF', 0) + 1
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=email.policy.compat32.clone(linesep='\r\n' if crlf else '\n', max_line_length=998)).flatten(msg)
    return buf.getvalue()

def inner_eml(R, ctx, frm_addr, to_addr, subject, body, date_s):
    m = MIMEText(body, 'plain', 'utf-8')
    m['From'] = frm_addr; m['To'] = to_addr; m['Subject'] = hdr(subject); m['Date'] = date_s
    m['Message-ID'] = '<%08x@%s>' % (R.getrandbits(32), 'fax2mail.example')
    return m.as_bytes()

def quote(R, lang, who, text):
    if R.random() < 0.5:
        head = ('Le %d nov. 2026 à %d:%02d, %s a écrit :' % (R.randint(1, 28), R.randint(8, 16), R.randint(0, 59), who)) if lang == 'fr' else \
               ('On Nov %d, 2026, at %d:%02d, %s wrote:' % (R.randint(1, 28), R.randint(8, 16), R.randint(0, 59), who))
        return head + '\n' + '\n'.join('> ' + l if l else '>' for l in text.split('\n'))
    head = ('-----Message d\'origine-----\nDe : %s\nEnvoyé : %d novembre 2026\nObjet : ' % (who, R.randint(1, 28))) if lang == 'fr' else \
           ('-----Original Message-----\nFrom: %s\nSent: November %d, 2026\nSubject: ' % (who, R.randint(1, 28)))
    return head + '\n\n' + text

def fwd(R, lang, who, subj, text):
    return ('---------- Message transféré ---------\nDe : %s\nObjet : %s\n\n%s' if lang == 'fr' else
            '---------- Forwarded message ---------\nFrom: %s\nSubject: %s\n\n%s') % (who, subj, text)

# ---------------------------------------------------------------- clinical vocab
MADO = {'fr': ['coqueluche', 'rougeole', 'tuberculose pulmonaire active', 'hépatite C', 'syphilis infectieuse', 'infection invasive à méningocoque', 'maladie de Lyme', 'salmonellose', 'gonorrhée', 'infection à E. coli O157'],
        'en': ['pertussis', 'measles', 'active pulmonary TB', 'hepatitis C', 'infectious syphilis', 'invasive meningococcal disease', 'Lyme disease', 'salmonellosis', 'gonorrhea', 'E. coli O157 infection']}
OPH = {'fr': [('DMLA exsudative OG', 'aflibercept IVT'), ('glaucome à angle ouvert', 'latanoprost 0,005 % HS'), ('rétinopathie diabétique proliférante', 'PRP'), ('cataracte OD', 'chx cataracte'), ('occlusion veineuse rétinienne', 'ranibizumab')],
       'en': [('wet AMD left eye', 'aflibercept injection'), ('POAG', 'latanoprost qhs'), ('proliferative diabetic retinopathy', 'PRP laser'), ('cataract OD', 'phaco'), ('CRVO', 'ranibizumab')]}
DERM = {'fr': [('lésion pigmentée suspecte, r/o mélanome', 'biopsie-exérèse'), ('psoriasis en plaques sévère', 'méthotrexate 15 mg/sem'), ('acné nodulokystique', 'isotrétinoïne'), ('carcinome basocellulaire nez', 'Mohs'), ('hidradénite suppurée', 'adalimumab')],
        'en': [('suspicious pigmented lesion r/o melanoma', 'excisional biopsy'), ('severe plaque psoriasis', 'methotrexate 15 mg weekly'), ('nodulocystic acne', 'isotretinoin'), ('BCC nasal ala', 'Mohs'), ('hidradenitis suppurativa', 'adalimumab')]}
ENT = {'fr': [('otite séreuse bilatérale', 'tubes TT'), ('surdité neurosensorielle brusque OD', 'prednisone 60 mg'), ('nodule thyroïdien 2,4 cm', 'cytoponction'), ('amygdalites récidivantes', 'amygdalectomie'), ('épistaxis récidivante', 'cautérisation')],
       'en': [('bilateral OME', 'tympanostomy tubes'), ('sudden SNHL right ear', 'prednisone 60 mg'), ('thyroid nodule 2.4 cm', 'FNA'), ('recurrent tonsillitis', 'tonsillectomy'), ('recurrent epistaxis', 'cautery')]}
VACC = {'fr': ['HPV-9 (Gardasil 9) dose 2', 'dcaT', 'hépatite B dose 2', 'Men-C-ACYW', 'RRO-Var rattrapage'],
        'en': ['HPV9 dose 2', 'Tdap', 'hep B dose 2', 'Men-C-ACYW', 'MMRV catch-up']}
SOCIAL = {'fr': ['suivi DPJ en cours', 'en situation d\'itinérance (hébergé au refuge)', 'demandeur d\'asile, pas de couverture RAMQ active', 'victime de violence conjugale, ne pas appeler à la maison', 'suivi en dépendance (CRD), sous TAO', 'sortie de détention récente'],
          'en': ['CAS involved', 'currently homeless (shelter)', 'refugee claimant, IFHP coverage only', 'IPV disclosed, do not call home number', 'in addiction services, on OAT', 'recently released from custody']}

def L(lang, fr, en):
    return fr if lang == 'fr' else en

def to_ext(R):
    g, s = R.choice(FR_GIVEN_F + EN_GIVEN_M), R.choice(STAFF + SURN)
    return formataddr(('', '%s.%s@%s' % (g.lower().encode('ascii', 'ignore').decode(), s.lower().encode('ascii', 'ignore').decode().replace("'", ''), R.choice(EXT))))

def to_int(R, org):
    return '%s@%s' % (R.choice(['mado', 'rdv', 'accueil', 'vaccination', 'clinique.orl', 'booking', 'triage', 'archives', 'sante.sexuelle']), org[0])

def pick_org(R, lang):
    return R.choice([o for o in ORG if o[2] == lang])

# ================================================================ POSITIVES
def pos_contact_tracing(R, ctx, lang):
    t = set(['patient_name', 'diagnosis']); P = patient(R, ctx, lang)
    dz = R.choice(MADO[lang]); ide = pid(R, P, t)
    contacts = [patient(R, ctx, lang, P.where) for _ in range(R.randint(2, 4))]
    if R.random() < .5: t.add('date_of_birth')
    cl = '\n'.join('- %s, %s, tél %s' % (nm(R, c), dob_s(R, c, lang), c.phone) for c in contacts); t.add('patient_contact'); t.add('date_of_birth')
    subj = L(lang, 'Enquête %s — cas index %s' % (dz, P.surname), 'Contact tracing %s — index case %s' % (dz, P.surname))
    body = L(lang,
        'Bonjour,\n\nCas index : %s (%s), né%s le %s. %s confirmé(e) le %d/11.\nContacts étroits identifiés (domicile) :\n%s\n\nPeux-tu appeler les contacts demain AM pour la chimioprophylaxie? Je suis en formation jusqu\'à 11h.\nMerci\n' %
          (nm(R, P), ide, 'e' if P.sex == 'F' else '', dob_s(R, P, lang), dz.capitalize(), R.randint(1, 28), cl),
        'Hi,\n\nIndex case: %s (%s), DOB %s. %s confirmed Nov %d.\nClose contacts (household):\n%s\n\nCan you call them tomorrow AM re prophylaxis? I\'m in training until 11.\nThanks\n' %
          (nm(R, P), ide, dob_s(R, P, lang), dz, R.randint(1, 28), cl))
    return dict(subject=subj, body=body, types=t, note='contact tracing mail naming index case and contacts')

def pos_mado_report(R, ctx, lang):
    t = set(['patient_name', 'diagnosis', 'lab_result']); P = patient(R, ctx, lang)
    dz = R.choice(MADO[lang]); ide = pid(R, P, t)
    res = R.choice(['PCR +', 'culture +', 'IgM +', 'RPR 1:32, TP-PA réactif', 'anti-VHC +, ARN 1,2 x 10^6 UI/mL'])
    subj = L(lang, 'MADO — déclaration %s' % dz, 'Reportable disease notification — %s' % dz)
    body = L(lang,
        'Déclaration MADO (labo) :\nNom : %s\n%s\nSexe : %s   DDN : %s\nRésultat : %s (prélevé le %d nov.)\nMédecin traitant : Dr %s, GMF Chandler\nAdresse : %s\n\nDossier ouvert dans l\'outil régional.' %
          (nm(R, P), ide, P.sex, dob_s(R, P, lang), res, R.randint(1, 28), R.choice(STAFF), P.addr),
        'Lab notification:\nName: %s\n%s\nSex: %s  DOB: %s\nResult: %s (collected Nov %d)\nOrdering MD: Dr %s, Kanata FHT\nHome address: %s\n\nFile opened in the regional tool.' %
          (nm(R, P), ide, P.sex, dob_s(R, P, lang), res, R.randint(1, 28), R.choice(STAFF), P.addr))
    t.update(['date_of_birth', 'patient_contact'])
    return dict(subject=subj, body=body, types=t, note='nominative reportable-disease notification with lab result')

def pos_sti_partner(R, ctx, lang):
    t = set(['patient_name', 'diagnosis', 'patient_contact']); P = patient(R, ctx, lang)
    dz = R.choice(L(lang, ['chlamydia', 'gonorrhée', 'syphilis primaire', 'VIH (nouveau dx)'], ['chlamydia', 'gonorrhea', 'primary syphilis', 'HIV (new dx)']))
    subj = L(lang, 'notif partenaire - %s' % P.surname.upper(), 'partner notification - %s' % P.surname)
    body = L(lang,
        'Salut,\n%s %s, %d ans, vu ce matin à la clinique de santé sexuelle, %s. Partenaire déclaré : %s %s, cell %s. %s préfère que ce soit nous qui appelions.\nTx donné : %s.\n' %
          (P.surname.upper(), P.given, P.age, dz, R.choice(SURN), R.choice(FR_GIVEN_M + FR_GIVEN_F), phone(R), il(P, lang).capitalize(), R.choice(['doxycycline 100 mg BID x 7 j', 'ceftriaxone 500 mg IM', 'pénicilline G benzathine 2,4 MU IM'])),
        'Hi,\n%s %s, %d y/o, seen this AM at the sexual health clinic, %s. Named partner: %s %s, cell %s. %s prefers we make the call.\nTx given: %s.\n' %
          (P.given, P.surname, P.age, dz, R.choice(EN_GIVEN_M + EN_GIVEN_F), R.choice(SURN), phone(R), il(P, lang).capitalize(), R.choice(['doxycycline 100 mg BID x 7d', 'ceftriaxone 500 mg IM', 'benzathine penicillin G 2.4 MU IM'])))
    t.add('medication')
    if R.random() < .5:
        body += '\n' + pid(R, P, t)
    return dict(subject=subj, body=body, types=t, note='sexual-health clinic partner notification for a named patient')

def pos_oph_booking(R, ctx, lang):
    t = set(['patient_name', 'diagnosis', 'patient_contact']); P = patient(R, ctx, lang)
    dx, tx = R.choice(OPH[lang])
    subj = L(lang, 'RDV %s — %s' % (P.surname, tx), 'Booking %s %s — %s' % (P.surname, P.given[0], tx))
    body = L(lang,
        'Bonjour,\nSVP céduler %s pour %s (%s). %s ne conduit pas, transport adapté à prévoir, tél maison %s.\nDispo mardi ou jeudi PM seulement.\n%s\nMerci!' % (nm(R, P), tx, dx, il(P, lang).capitalize(), P.phone, pid(R, P, t)),
        'Hi,\nPlease book %s for %s (%s). %s doesn\'t drive, needs Para Transpo, home ph %s.\nTue or Thu PM only.\n%s\nThx!' % (nm(R, P), tx, dx, il(P, lang).capitalize(), P.phone, pid(R, P, t)))
    if 'ab' in tx or 'lat' in tx or 'rani' in tx: t.add('medication')
    return dict(subject=subj, body=body, types=t, note='ophthalmology booking with patient phone and diagnosis')

def pos_derm_referral(R, ctx, lang):
    t = set(['patient_name', 'diagnosis', 'date_of_birth']); P = patient(R, ctx, lang)
    dx, tx = R.choice(DERM[lang]); ide = pid(R, P, t)
    lines = [L(lang, 'Demande de consultation — dermatologie', 'Dermatology referral'), '', L(lang, 'Patient : ', 'Patient: ') + nm(R, P), ide,
             L(lang, 'DDN : ', 'DOB: ') + P.dob, L(lang, 'Raison : ', 'Reason: ') + dx, L(lang, 'Priorité : B (30 j)', 'Priority: urgent (<4 wk)'),
             L(lang, 'Tx actuel / proposé : ', 'Current / proposed: ') + tx]
    atts = []
    mode = None
    if R.random() < .6:
        atts.append(('file', R.choice(['referral.pdf', 'consult_derm.pdf', 'scan_0012.pdf']), pdf_bytes(lines[0], lines[2:])))
        body = L(lang, 'Bonjour, ci-joint la demande pour %s. Photos suivent par OTN.\nMerci' % P.surname, 'Hi, referral attached for %s. Photos to follow.\nThanks' % P.surname)
    else:
        body = '\n'.join(lines)
    return dict(subject=L(lang, 'Consult derm %s' % P.surname, 'Derm referral - %s' % P.surname), body=body, atts=atts, types=t, note='dermatology referral (body or PDF) with identifiers and reason')

def pos_ent_reply(R, ctx, lang):
    t = set(['patient_name', 'diagnosis']); P = patient(R, ctx, lang)
    dx, tx = R.choice(ENT[lang])
    g, s = staff_name(R, lang)
    orig = L(lang, 'Bonjour, pouvez-vous voir %s (%s) plus tôt? %s : %s, on attend depuis 7 mois.\n%s' % (nm(R, P), dob_s(R, P, lang), 'Dx', dx, pid(R, P, t)),
             'Hello, could you see %s (DOB %s) sooner? Dx %s, waiting 7 months now.\n%s' % (nm(R, P), dob_s(R, P, lang), dx, pid(R, P, t)))
    t.add('date_of_birth')
    top = L(lang, 'Ok, on l\'a mis%s au %d déc. à 9h15 avec Dr %s pour %s.\n' % ('e' if P.sex == 'F' else '', R.randint(1, 20), R.choice(STAFF), tx),
            'Ok, moved to Dec %d 9:15 with Dr %s for %s.\n' % (R.randint(1, 20), R.choice(STAFF), tx))
    body = top + '\n' + quote(R, lang, '%s %s <%s>' % (g, s, 'gmf@' + R.choice(EXT)), orig)
    return dict(subject='RE: ' + L(lang, 'ORL - devancer rdv', 'ENT - expedite appt'), body=body, types=t, reply=True, note='reply above quoted ENT request naming patient and diagnosis')

def pos_waitlist_xlsx(R, ctx, lang):
    t = set(['patient_name', 'diagnosis']); pts = [patient(R, ctx, lang) for _ in range(R.randint(5, 9))]
    spec = R.choice([OPH, DERM, ENT])
    rows = [[L(lang, 'Nom', 'Name'), L(lang, 'Prénom', 'First'), L(lang, 'Identifiant', 'ID'), L(lang, 'DDN', 'DOB'), L(lang, 'Motif', 'Reason'), L(lang, 'Tél', 'Phone'), 'P']]
    for p in pts:
        rows.append([p.surname, p.given, pid(R, p, t, allow_fw=False).replace('\n', ''), p.dob, R.choice(spec[lang])[0], p.phone, R.choice('ABCDE')])
    t.update(['date_of_birth', 'patient_contact'])
    if R.random() < .5:
        att = ('file', L(lang, 'liste_attente_nov.xlsx', 'waitlist_nov.xlsx'), xlsx_bytes('liste', rows))
    else:
        att = ('file', L(lang, 'liste_attente.csv', 'waitlist.csv'), csv_bytes(rows, R.choice(['utf-8', 'cp1252'])))
    body = L(lang, 'Voici la liste d\'attente à jour (onglet 1). Les P-A sont à rappeler cette semaine.\n', 'Updated waitlist attached. P=A need a call this week.\n')
    return dict(subject=L(lang, 'liste attente mise à jour', 'waitlist update'), body=body, atts=[att], types=t, note='nominative waitlist in spreadsheet attachment')

def pos_school_vax(R, ctx, lang):
    t = set(['patient_name', 'medication', 'date_of_birth']); P = patient(R, ctx, lang, 'qc' if lang == 'fr' else R.choice(['qc', 'on']))
    v = R.choice(VACC[lang])
    body = L(lang,
        'Bonjour Mme la directrice,\nL\'élève %s (%s, DDN %s) était absent%s lors de notre passage pour %s. Le parent a signalé une allergie à la néomycine — à valider avant rattrapage. Pouvez-vous nous transmettre le tél. du parent? %s\nMerci' %
          (nm(R, P), R.choice(['4e année', 'sec. 3', '6e B']), dob_s(R, P, lang), 'e' if P.sex == 'F' else '', v, pid(R, P, t) if R.random() < .6 else ''),
        'Hello,\nStudent %s (gr. %d, DOB %s) was absent for %s. Parent reported a neomycin allergy, to confirm before catch-up. Could you send the parent\'s number? %s\nThanks' %
          (nm(R, P), R.randint(4, 9), dob_s(R, P, lang), v, pid(R, P, t) if R.random() < .6 else ''))
    t.add('diagnosis')
    return dict(subject=L(lang, 'Vaccination scolaire — rattrapage %s' % P.given, 'School immunization catch-up - %s' % P.surname), body=body, types=t, note='school vaccination catch-up naming a student with allergy')

def pos_travel(R, ctx, lang):
    t = set(['patient_name', 'medication']); P = patient(R, ctx, lang, R.choice(['fr', 'be', 'qc', 'on']))
    ide = pid(R, P, t, prefer=R.choice(['nir', 'niss', 'nam', 'ohn']))
    dest = R.choice(['Ghana', 'Pérou', 'Inde', 'Kenya', 'Vietnam'] if lang == 'fr' else ['Ghana', 'Peru', 'India', 'Kenya', 'Vietnam'])
    body = L(lang,
        'Consultation santé-voyage\n%s — %s — DDN %s\nDestination : %s, 6 sem.\nDonné : fièvre jaune (lot au dossier), typhoïde inj., atovaquone-proguanil Rx. %s → pas de vaccins vivants, à revoir avec le MD.\nCarnet international remis.' % (nm(R, P), ide, dob_s(R, P, lang), dest, 'Enceinte 12 sem.' if P.sex == 'F' else 'Sous méthotrexate (PR)'),
        'Travel consult\n%s — %s — DOB %s\nDestination: %s, 6 wk\nGiven: YF (lot on chart), typhoid inj., atovaquone-proguanil Rx. On methotrexate for RA → no live vaccines, MD to review.\nICVP given.' % (nm(R, P), ide, dob_s(R, P, lang), dest))
    t.update(['date_of_birth', 'diagnosis'])
    return dict(subject=L(lang, 'Clinique voyage — %s' % P.surname, 'Travel clinic - %s' % P.surname), body=body, types=t, note='travel clinic note with foreign or provincial identifier')

def pos_fax_eml(R, ctx, lang):
    t = set(['patient_name', 'diagnosis']); P = patient(R, ctx, lang)
    dx, tx = R.choice(R.choice([OPH, DERM, ENT])[lang])
    inner_body = L(lang, 'TÉLÉCOPIE — %d page(s)\nDe : GMF %s\nÀ : Centrale de rendez-vous\n\nRequête : %s\nPatient : %s\n%s\nDDN %s\nTél : %s\n' % (R.randint(1, 4), R.choice(['Chandler', 'Maria', 'Aylmer']), dx, nm(R, P), pid(R, P, t), dob_s(R, P, lang), P.phone),
                   'FAX — %d page(s)\nFrom: %s FHT\nTo: Central booking\n\nRequest: %s\nPatient: %s\n%s\nDOB %s\nPh: %s\n' % (R.randint(1, 4), R.choice(['Kanata', 'Nepean', 'Orleans']), dx, nm(R, P), pid(R, P, t), dob_s(R, P, lang), P.phone))
    t.update(['date_of_birth', 'patient_contact'])
    inner = inner_eml(R, ctx, 'fax2mail@fax2mail.example', 'centrale@' + pick_org(R, lang)[0], 'Fax reçu de 819-555-%04d' % R.randint(100, 9999), inner_body, 'Mon, 02 Nov 2026 09:12:00 -0500')
    body = L(lang, 'Fax converti ci-joint, pas lisible au complet. Peux-tu le traiter?\n', 'Converted fax attached, partly unreadable. Can you process it?\n')
    return dict(subject=L(lang, 'TR: Fax reçu', 'FW: Fax received'), body=body, atts=[('eml', inner, 'fax_recu.eml')], types=t, note='forward-as-attachment of a fax-to-mail with patient request')

def pos_subject_only(R, ctx, lang):
    t = set(['patient_name']); P = patient(R, ctx, lang)
    k = R.randint(0, 2)
    if k == 0:
        dz = R.choice(MADO[lang]); t.add('diagnosis')
        subj = '%s %s - %s' % (P.surname.upper(), P.given, dz)
    elif k == 1:
        t.add('diagnosis'); subj = '%s %s %s' % (P.surname, P.given[0], R.choice(R.choice([OPH, DERM, ENT])[lang])[0])
    else:
        subj = '%s / %s' % (P.surname, pid(R, P, t, allow_fw=False).replace('\n', ' ')) ; t.add('diagnosis'); subj += ' ' + L(lang, 'résultat VIH', 'HIV result')
        t.add('lab_result')
    body = R.choice([L(lang, 'voir ci-dessous, merci de rappeler', 'see below, pls call back'), 'FYI', L(lang, 'à traiter svp', 'pls action'), L(lang, 'Comme discuté au tél.', 'As discussed on the phone.')])
    return dict(subject=subj, body=body, types=t, note='patient identified only in the Subject line')

def pos_signout(R, ctx, lang):
    t = set(['patient_name', 'diagnosis']); pts = [patient(R, ctx, lang) for _ in range(R.randint(4, 7))]
    spec = R.choice([OPH, DERM, ENT])
    lines = []
    for p in pts:
        dx, tx = R.choice(spec[lang])
        extra = R.choice(['', ' — ' + pid(R, p, t, allow_fw=False).replace('\n', ''), ' rappeler ' + p.phone if lang == 'fr' else ' call back ' + p.phone])
        if 'rappel' in extra or 'call' in extra: t.add('patient_contact')
        lines.append('%s %s %s : %s%s' % (p.surname.upper(), p.given[0] + '.', p.age, dx, extra))
    body = L(lang, 'Liste pour demain (clinique PM), ceux qui restent :\n', 'Tomorrow\'s PM clinic, leftover list:\n') + '\n'.join(lines) + '\n\n' + L(lang, 'Je suis off vendredi.', 'Off Friday.')
    return dict(subject=L(lang, 'liste clinique demain', 'clinic list tmrw'), body=body, types=t, note='clinic hand-over list with patients surname first')

def pos_ics(R, ctx, lang):
    t = set(['patient_name', 'diagnosis']); P = patient(R, ctx, lang)
    dx, tx = R.choice(R.choice([OPH, ENT])[lang])
    start = dt.datetime(2026, 12, R.randint(1, 22), R.randint(8, 15), R.choice([0, 15, 30, 45]))
    summ = '%s %s — %s' % (P.surname, P.given, tx)
    desc = '%s\n%s\n%s' % (dx, pid(R, P, t, allow_fw=False).replace('\n', ''), L(lang, 'Tél patient : ', 'Pt phone: ') + P.phone)
    t.add('patient_contact')
    ics = ics_bytes(summ, desc, start, R.choice(SITES_FR if lang == 'fr' else SITES_EN), '%08x@rdv.example' % R.getrandbits(32))
    body = L(lang, 'Invitation pour la salle de procédure.', 'Calendar hold for the procedure room.')
    return dict(subject=L(lang, 'Invitation: procédure salle 2', 'Invitation: procedure room 2'), body=body, atts=[('file', 'invite.ics', ics)], types=t, note='ICS invitation whose summary/description name the patient')

def pos_vcard(R, ctx, lang):
    t = set(['patient_name', 'patient_contact']); P = patient(R, ctx, lang)
    note = L(lang, 'Vaccination à domicile (grabataire). Influenza + pneumo. ', 'Home vaccination (bedbound). Flu + pneumo. ')
    if R.random() < .5: note += R.choice(SOCIAL[lang]); t.add('social_information')
    t.add('medication')
    v = vcf_bytes('%s %s' % (P.given, P.surname), P.surname, P.given, P.phone, P.addr, note)
    body = L(lang, 'Fiche contact pour la tournée de jeudi en pièce jointe.', 'Contact card for Thursday\'s home visits attached.')
    return dict(subject=L(lang, 'vaccination domicile jeudi', 'home vax Thursday'), body=body, atts=[('file', '%s.vcf' % P.surname.lower().replace("'", ''), v)], types=t, note='vCard with patient home address for home vaccination')

def pos_zip_linelist(R, ctx, lang):
    t = set(['patient_name', 'diagnosis', 'date_of_birth']); pts = [patient(R, ctx, lang) for _ in range(R.randint(4, 8))]
    dz = R.choice(MADO[lang])
    rows = [['no_cas', 'nom', 'prenom', 'ddn', 'sexe', 'id', 'debut_sx', 'hospit']]
    for i, p in enumerate(pts):
        rows.append([i + 1, p.surname, p.given, p.dob, p.sex, pid(R, p, t, allow_fw=False).replace('\n', ''), '2026-11-%02d' % R.randint(1, 28), R.choice(['O', 'N'])])
    z = zip_bytes([('liste_cas_%s.csv' % dz.split()[0][:8].encode('ascii', 'ignore').decode(), csv_bytes(rows)), ('LISEZMOI.txt', b'Mot de passe envoye par texto.\r\n')])
    body = L(lang, 'Liste linéaire %s ci-jointe (zip). %d cas à ce jour.' % (dz, len(pts)), 'Line list for %s attached (zip). %d cases so far.' % (dz, len(pts)))
    return dict(subject=L(lang, 'liste linéaire éclosion', 'outbreak line list'), body=body, atts=[('file', 'liste_lineaire.zip', z)], types=t, note='ZIP with CSV line list of named cases')

def pos_social(R, ctx, lang):
    t = set(['patient_name', 'social_information']); P = patient(R, ctx, lang)
    soc = R.choice(SOCIAL[lang]); dz = R.choice(MADO[lang][:6]); t.add('diagnosis')
    body = L(lang,
        'Bonjour,\nPour %s (%s) : %s. %s. Difficile à rejoindre, pas de tél fixe. Peut-on arrimer le suivi TOD avec l\'intervenante du CLSC?\n' % (nm(R, P), pid(R, P, t), dz, soc.capitalize()),
        'Hi,\nRe %s (%s): %s. %s. Hard to reach, no landline. Can we coordinate DOT follow-up with the outreach worker?\n' % (nm(R, P), pid(R, P, t), dz, soc.capitalize()))
    return dict(subject=L(lang, 'suivi %s' % P.surname, 'follow-up %s' % P.surname), body=body, types=t, note='public-health follow-up mixing diagnosis with social situation')

def pos_disguised(R, ctx, lang):
    t = set(['patient_name']); P = patient(R, ctx, lang)
    ident = re.sub(r'^(NAM|OHIP|HN|HC#|MRN|dossier|no dos\.|chart|#|NIR|NISS)\s*', '', pid(R, P, t))
    g = R.randint(0, 1)
    if g == 0:
        body = L(lang, 'Rappel : %s, résultats de biopsie prêts (CBC confirmé). Le no est écrit avec des espaces pour pas que le courriel soit bloqué : %s\n' % (nm(R, P), ' '.join(ident.replace(' ', ''))),
                 'Reminder: %s, biopsy back (BCC confirmed). Number spaced out so the mail doesn\'t get blocked: %s\n' % (nm(R, P), ' '.join(ident.replace(' ', ''))))
        t.update(['diagnosis', 'lab_result'])
    else:
        body = L(lang, 'ok pour %s\nno :\n%s\n%s\ninjection OG jeudi' % (P.surname, ident[:len(ident)//2], ident[len(ident)//2:]),
                 'ok for %s\nno:\n%s\n%s\ninjection left eye thurs' % (P.surname, ident[:len(ident)//2], ident[len(ident)//2:]))
        t.add('diagnosis')
    return dict(subject=L(lang, 'suite', 'follow up'), body=body, types=t, note='identifier deliberately split or spaced next to patient name')

def pos_lab_critical(R, ctx, lang):
    t = set(['patient_name', 'lab_result', 'diagnosis']); P = patient(R, ctx, lang)
    res = R.choice(['RPR 1:128', 'HBsAg positif, HBeAg positif', 'BAAR frottis 3+', 'PCR rougeole +', 'CD4 180'])
    top = L(lang, 'Peux-tu joindre %s ASAP au %s? Je n\'ai pas de réponse.\n' % (P.given, P.phone), 'Can you reach %s ASAP at %s? No answer on my end.\n' % (P.given, P.phone))
    orig = L(lang, 'Valeur critique — %s %s, %s : %s.\nPrélevé CLSC de Gaspé.' % (P.surname, P.given, pid(R, P, t), res),
             'Critical value — %s %s, %s: %s.\nCollected at Kanata site.' % (P.surname, P.given, pid(R, P, t), res))
    t.add('patient_contact')
    body = top + '\n' + fwd(R, lang, 'labo@labobio.example', L(lang, 'Valeur critique', 'Critical value'), orig)
    return dict(subject=L(lang, 'TR: valeur critique', 'Fwd: critical value'), body=body, types=t, note='inline forward of a critical lab value for named patient')

def pos_docx_letter(R, ctx, lang):
    t = set(['patient_name', 'diagnosis', 'date_of_birth']); P = patient(R, ctx, lang)
    dx, tx = R.choice(R.choice([OPH, DERM, ENT])[lang])
    paras = [L(lang, 'Cher collègue,', 'Dear colleague,'),
             L(lang, 'J\'ai vu en consultation %s, %s, né%s le %s, pour %s.' % (P.given + ' ' + P.surname, pid(R, P, t, allow_fw=False), 'e' if P.sex == 'F' else '', P.dob, dx),
               'I saw %s %s, %s, DOB %s, for %s.' % (P.given, P.surname, pid(R, P, t, allow_fw=False), P.dob, dx)),
             L(lang, 'Plan : %s. Revoir dans 6 semaines.' % tx, 'Plan: %s. Follow-up 6 weeks.' % tx)]
    d = docx_bytes(L(lang, 'Lettre de consultation', 'Consultation letter'), paras)
    body = L(lang, 'Lettre de consult ci-jointe.\n', 'Consult letter attached.\n')
    return dict(subject=L(lang, 'Lettre consult', 'Consult letter'), body=body, atts=[('file', 'lettre_%s.docx' % P.surname.lower().replace("'", ''), d)], types=t, note='DOCX consultation letter about a named patient')

def pos_same_surname(R, ctx, lang):
    t = set(['patient_name', 'diagnosis']); P = patient(R, ctx, lang)
    dx, tx = R.choice(R.choice([OPH, DERM, ENT])[lang])
    body = L(lang,
        'Salut,\nAttention homonyme : %s %s (%s) n\'a aucun lien avec Dr %s de la clinique. Son RDV pour %s (%s) a été mis par erreur dans l\'horaire du Dr %s — à déplacer avec Dre Bujold.\n' % (P.given, P.surname, pid(R, P, t), P.surname, tx, dx, P.surname),
        'Hi,\nHeads up, same surname: %s %s (%s) is not related to Dr %s. The %s booking (%s) landed in Dr %s\'s template by mistake — please move to Dr Bujold.\n' % (P.given, P.surname, pid(R, P, t), P.surname, tx, dx, P.surname))
    return dict(subject=L(lang, 'homonyme %s' % P.surname, 'same name %s' % P.surname), body=body, types=t, note='patient sharing a physician surname, with identifier and reason')

POS = [pos_same_surname, pos_contact_tracing, pos_mado_report, pos_sti_partner, pos_oph_booking, pos_derm_referral, pos_ent_reply, pos_waitlist_xlsx,
       pos_school_vax, pos_travel, pos_fax_eml, pos_subject_only, pos_signout, pos_ics, pos_vcard, pos_zip_linelist, pos_social,
       pos_disguised, pos_lab_critical, pos_docx_letter]

# ================================================================ NEGATIVES
RLS = ['RLS Rocher-Percé', 'RLS Côte-de-Gaspé', 'RLS Baie-des-Chaleurs', 'RLS Haute-Gaspésie', 'RLS Gatineau', 'RLS Pontiac', 'RLS Papineau']

def neg_bulletin(R, ctx, lang):
    rows = '\n'.join('%-24s %3d   %3d' % (r, R.randint(0, 40), R.randint(0, 40)) for r in R.sample(RLS, 5))
    body = L(lang, 'Bulletin MADO — semaine %d\n\nMaladie : %s\nRLS                     2026  moy.5 ans\n%s\n\nAucun décès. Les données sont provisoires.\nDirection de santé publique' % (R.randint(40, 48), R.choice(MADO['fr']), rows),
             'Reportable disease bulletin — week %d\n\nDisease: %s\nArea                    2026  5-yr avg\n%s\n\nNo deaths. Data are provisional.' % (R.randint(40, 48), R.choice(MADO['en']), rows))
    atts = []
    if R.random() < .4:
        atts = [('file', 'bulletin_sem%d.pdf' % R.randint(40, 48), pdf_bytes('Bulletin MADO', body.split('\n')))]
    return dict(subject=L(lang, 'Bulletin de surveillance hebdo', 'Weekly surveillance bulletin'), body=body, atts=atts, note='aggregate surveillance bulletin')

def neg_outbreak(R, ctx, lang):
    n1, n2 = R.randint(4, 30), R.randint(1, 9)
    body = L(lang, 'Avis d\'éclosion — %s\n%d usagers et %d employés symptomatiques depuis le %d nov. Unité %s fermée aux admissions. Renforcer PCI, précautions contact+gouttelettes. Bilan quotidien à 10h.' % (R.choice(['gastroentérite (norovirus probable)', 'influenza A', 'COVID-19', 'VRS']), n1, n2, R.randint(1, 28), R.choice(['3B', 'CHSLD Chandler 2e', 'UCDG', 'Soins longue durée Maria'])),
             'Outbreak notice — %s\n%d residents and %d staff symptomatic since Nov %d. Unit %s closed to admissions. Reinforce IPAC, contact+droplet. Daily huddle 10:00.' % (R.choice(['gastroenteritis (probable norovirus)', 'influenza A', 'COVID-19', 'RSV']), n1, n2, R.randint(1, 28), R.choice(['4 West', 'LTC 2nd floor', 'Pontiac CHSLD'])))
    return dict(subject=L(lang, 'AVIS ÉCLOSION', 'OUTBREAK NOTICE'), body=body, note='outbreak notice with counts only')

def luhn_serial(R, n=12):
    d = ''.join(str(R.randint(0, 9)) for _ in range(n - 1)); return d + luhn.calc_check_digit(d)

def neg_procurement(R, ctx, lang):
    items = R.sample(['Gardasil 9', 'Boostrix', 'Engerix-B', 'Fluzone HD', 'Shingrix', 'Vaxchora', 'YF-Vax', 'Typhim Vi', 'Menveo'], 3)
    lines = '\n'.join('%s — lot %s%d%s — exp %s — qté %d — GTIN %s' % (i, R.choice(['U', 'AB', 'X', 'T']), R.randint(1000, 99999), R.choice(['A', 'AC', '']), '2027-%02d' % R.randint(1, 12), R.randint(10, 400), luhn_serial(R, 14)) for i in items)
    po = 'BC-%d' % R.randint(100000, 999999)
    body = L(lang, 'Bonjour,\nConfirmation de réception, bon de commande %s :\n%s\nChaîne de froid OK (enregistreur %s). Écart de 10 doses sur le 2e item, voir avec le distributeur.\n' % (po, lines, luhn_serial(R, 10)),
             'Hi,\nReceipt confirmation, PO %s:\n%s\nCold chain OK (logger %s). Short 10 doses on item 2, following up with distributor.\n' % (po, lines, luhn_serial(R, 10)))
    atts = []
    if R.random() < .5:
        rows = [['Produit', 'Lot', 'Exp', 'Qte', 'Prix']] + [[i, 'L%d' % R.randint(10000, 99999), '2027-06', R.randint(10, 300), '%.2f' % R.uniform(10, 190)] for i in items]
        atts = [('file', 'commande_%s.xlsx' % po, xlsx_bytes('commande', rows))]
    return dict(subject=L(lang, 'Réception vaccins %s' % po, 'Vaccine receipt %s' % po), body=body, atts=atts, note='vaccine procurement with lot numbers and GTINs')

def neg_training(R, ctx, lang):
    sp = staff_name(R, lang)
    body = L(lang, 'Formation obligatoire : %s\nFormatrice : %s %s, conseillère PCI\nDates : %d et %d déc., 13h-15h, salle Chaleur et Teams.\nInscription auprès de votre chef de service. %d places.' % (R.choice(['port des ÉPI', 'vaccination — techniques et gestion des réactions', 'enquête épidémiologique MADO', 'chaîne de froid']), sp[0], sp[1], R.randint(1, 10), R.randint(11, 20), R.randint(12, 40)),
             'Mandatory training: %s\nTrainer: %s %s, IPAC specialist\nDates: Dec %d and %d, 1-3 pm, Room B and Teams.\nRegister with your manager. %d seats.' % (R.choice(['PPE donning/doffing', 'immunization: technique and adverse events', 'case investigation basics', 'cold chain']), sp[0], sp[1], R.randint(1, 10), R.randint(11, 20), R.randint(12, 40)))
    atts = []
    if R.random() < .3:
        atts = [('file', 'formation.ics', ics_bytes(L(lang, 'Formation PCI', 'IPAC training'), 'Teams', dt.datetime(2026, 12, R.randint(1, 20), 13, 0), 'Salle B', '%08x@formation.example' % R.getrandbits(32)))]
    return dict(subject=L(lang, 'Formation — inscriptions', 'Training — registration'), body=body, atts=atts, note='staff training announcement')

def neg_school_logistics(R, ctx, lang):
    schools = R.sample(['École Saint-Norbert', 'Polyvalente C.-E.-Pouliot', 'École des Bois-Francs', 'Philemon Wright HS', 'École du Nouveau-Monde', 'Grand-Pabos'], 3)
    lines = '\n'.join('%s : %d élèves 4e année, %d sec. 3 — %d déc., %dh' % (s, R.randint(15, 90), R.randint(20, 120), R.randint(1, 18), R.randint(8, 13)) for s in schools)
    body = L(lang, 'Bonjour,\nLogistique vaccination scolaire :\n%s\nPrévoir 2 glacières, %d seringues, feuilles de consentement vierges (ci-jointes).\n' % (lines, R.randint(200, 600)),
             'Hi,\nSchool immunization logistics:\n%s\nBring 2 coolers, %d syringes, blank consent forms.\n' % (lines, R.randint(200, 600)))
    atts = []
    if R.random() < .5:
        atts = [('file', 'consentement_vierge.docx', docx_bytes(L(lang, 'Formulaire de consentement — vaccination scolaire', 'Consent form — school immunization'),
                [L(lang, 'Nom de l\'élève : ____________', 'Student name: ____________'), L(lang, 'Date de naissance : __/__/____', 'Date of birth: __/__/____'), 'NAM : ____________', L(lang, 'Signature du parent : ________', 'Parent signature: ________')]))]
    return dict(subject=L(lang, 'Vaccination scolaire — logistique', 'School immunization logistics'), body=body, atts=atts, note='school vaccination logistics with counts and blank form')

def neg_travel_info(R, ctx, lang):
    body = L(lang, 'Clinique santé-voyage : reprise des RDV le %d déc. Fièvre jaune en rupture jusqu\'en janvier, référer à Ottawa. Tarifs 2027 ci-dessous : consultation 75 $, typhoïde 95 $. Tél. clinique %s.' % (R.randint(1, 15), phone(R)),
             'Travel clinic: appointments resume Dec %d. Yellow fever out of stock until January. 2027 fees: consult $75, typhoid $95. Clinic line %s.' % (R.randint(1, 15), phone(R)))
    return dict(subject=L(lang, 'Santé-voyage — info', 'Travel clinic update'), body=body, note='travel clinic operational info')

def neg_blank_form(R, ctx, lang):
    f = [L(lang, 'Nom, prénom : ____________', 'Name: ____________'), 'NAM / OHIP : ____________', L(lang, 'DDN : AAAA-MM-JJ', 'DOB: YYYY-MM-DD'), L(lang, 'Maladie : ☐ coqueluche ☐ rougeole ☐ autre', 'Disease: [ ] pertussis [ ] measles [ ] other'), L(lang, 'Contacts : ____________', 'Contacts: ____________')]
    k = R.choice(['pdf', 'docx'])
    att = ('file', L(lang, 'formulaire_declaration.', 'notification_form.') + k, pdf_bytes(L(lang, 'Formulaire de déclaration MADO', 'Notification form'), [x.replace('☐', '[ ]') for x in f]) if k == 'pdf' else docx_bytes('Formulaire', f))
    body = L(lang, 'Nouvelle version du formulaire (v2026-11), à utiliser dès lundi. Les anciennes versions seront refusées au fax.', 'New form version (v2026-11), effective Monday.')
    return dict(subject=L(lang, 'Nouveau formulaire MADO', 'New notification form'), body=body, atts=[att], note='blank form template')

def neg_staff_roster(R, ctx, lang):
    names = R.sample(STAFF, 6)
    lines = '\n'.join('%s %s. — %s%s' % (n.upper(), R.choice('ACJMNS'), R.choice(['J', 'S', 'N', 'off']), R.choice(['', '', ' (maladie)' if lang == 'fr' else ' (sick)', ' (formation)' if lang == 'fr' else ' (training)', ' (vacances)' if lang == 'fr' else ' (vacation)'])) for n in names)
    body = L(lang, 'Horaire infirmières — semaine du %d déc.\n%s\nRemplacement à trouver pour mardi, %s est en congé maladie.\n' % (R.randint(1, 20), lines, names[0]),
             'Nursing schedule week of Dec %d\n%s\nNeed cover Tuesday, %s is off sick.\n' % (R.randint(1, 20), lines, names[0]))
    atts = []
    if R.random() < .5:
        rows = [['Nom', 'Emp#', 'Lun', 'Mar', 'Mer', 'Jeu', 'Ven']] + [[n, 'E%05d' % R.randint(0, 99999)] + [R.choice(['J', 'S', '-', 'F']) for _ in range(5)] for n in names]
        atts = [('file', 'horaire.xlsx', xlsx_bytes('horaire', rows))]
    return dict(subject=L(lang, 'horaire sem prochaine', 'schedule next week'), body=body, atts=atts, note='staff schedule with sick leave (staff, not patients)')

def neg_job(R, ctx, lang):
    body = L(lang, 'Affichage interne #%d\nInfirmière clinicienne — %s, poste permanent temps complet. Exigences : BAC, OIIQ, 1 an d\'expérience. Échelle salariale selon convention. Date limite : %d déc.' % (R.randint(2026000, 2026999), R.choice(SITES_FR), R.randint(5, 30)),
             'Job posting #%d\nRegistered Nurse — %s, permanent full-time. Requirements: BScN, CNO registration. Closing Dec %d.' % (R.randint(2026000, 2026999), R.choice(SITES_EN), R.randint(5, 30)))
    return dict(subject=L(lang, 'Affichage de poste', 'Job posting'), body=body, note='job posting')

def neg_it(R, ctx, lang):
    body = L(lang, 'Bonjour,\nMaintenance du NAS \\\\nas-gaspe-02 samedi de 22h à 2h. Les lecteurs partagés P: et S: seront indisponibles. Le serveur de fax (n° série %s) redémarrera aussi.\nCentre de services TI, billet INC%07d' % (luhn_serial(R, 12), R.randint(0, 9999999)),
             'Hi,\nStorage NAS maintenance Saturday 10 pm-2 am. P: and S: drives unavailable. Fax server (S/N %s) will reboot.\nIT Service Desk, ticket INC%07d' % (luhn_serial(R, 12), R.randint(0, 9999999)))
    return dict(subject=L(lang, 'Panne planifiée — NAS', 'Planned outage — NAS'), body=body, note='IT outage notice with serial numbers')

def neg_facilities(R, ctx, lang):
    body = L(lang, 'Le stationnement P2 sera fermé du %d au %d déc. pour déneigement. La cafétéria ferme à 14h vendredi. Merci de votre compréhension.' % (R.randint(1, 10), R.randint(11, 20)),
             'Parking lot P2 closed Dec %d-%d for snow removal. Cafeteria closes at 2 pm Friday.' % (R.randint(1, 10), R.randint(11, 20)))
    return dict(subject=L(lang, 'Stationnement / cafétéria', 'Parking / cafeteria'), body=body, note='facilities notice')

def neg_invoice(R, ctx, lang):
    no = 'F-%06d' % R.randint(0, 999999)
    lines = ['Facture %s' % no, 'Client : CISSS de la Gaspésie', 'Item: seringues 1 mL x 2000 — 380,00 $', 'Item: glacières validées x 4 — 1 240,00 $', 'TPS 123456789 RT0001', 'TVQ 1234567890 TQ0001', 'Total: 1 862,74 $']
    body = L(lang, 'Bonjour, veuillez trouver ci-joint la facture %s. Paiement net 30 jours.' % no, 'Please find attached invoice %s. Net 30.' % no)
    return dict(subject='Facture %s' % no if lang == 'fr' else 'Invoice %s' % no, body=body, atts=[('file', '%s.pdf' % no, pdf_bytes('Facture', lines))], note='supplier invoice')

def neg_conference(R, ctx, lang):
    talks = [(staff_name(R, lang), t) for t in R.sample(L(lang, ['Le mélanome en région éloignée', 'Syphilis : la recrudescence en Outaouais', 'DMLA : 10 ans d\'anti-VEGF', 'Surdité de l\'enfant', 'Coqueluche et grossesse'],
                                                              ['Melanoma in rural areas', 'Syphilis resurgence in the Ottawa region', 'Wet AMD: a decade of anti-VEGF', 'Paediatric hearing loss', 'Pertussis in pregnancy']), 3)]
    prog = '\n'.join('%dh00  %s — Dr%s %s %s' % (9 + i, t, R.choice(['', 'e']) if lang == 'fr' else '', g, s) for i, ((g, s), t) in enumerate(talks))
    body = L(lang, 'Journée régionale de santé publique — programme\n\n%s\n\nCrédits DPC : 4 h. Inscription en ligne.' % prog, 'Regional public health day — programme\n\n%s\n\nCME: 4 credits.' % prog)
    return dict(subject=L(lang, 'Programme — journée régionale', 'Programme — regional day'), body=body, note='conference programme with speakers and topics')

def neg_teaching(R, ctx, lang):
    age = R.randint(20, 80)
    body = L(lang, 'Cas clinique du mois (anonymisé)\nUne femme de %d ans se présente à la clinique de dermatologie pour une lésion pigmentée du dos de 8 mm, asymétrique. Quelle est votre conduite? Réponse au prochain club de lecture.' % age,
             'Case of the month (de-identified)\nA %d-year-old man presents to ENT clinic with sudden hearing loss in the right ear. What next? Discussion at journal club.' % age)
    return dict(subject=L(lang, 'Cas clinique du mois', 'Case of the month'), body=body, note='anonymised teaching case')

def neg_waitlist_stats(R, ctx, lang):
    rows = [['Spécialité', 'P1', 'P2', 'P3', 'Délai médian (j)']] + [[s, R.randint(0, 30), R.randint(10, 150), R.randint(50, 600), R.randint(20, 400)] for s in ['Ophtalmologie', 'Dermatologie', 'ORL']]
    body = L(lang, 'Voici les statistiques de la liste d\'attente au 30 nov.\n' + '\n'.join(' | '.join(map(str, r)) for r in rows), 'Waitlist statistics as of Nov 30:\n' + '\n'.join(' | '.join(map(str, r)) for r in rows))
    atts = [('file', 'stats_attente.csv', csv_bytes(rows))] if R.random() < .4 else []
    return dict(subject=L(lang, 'Stats liste d\'attente', 'Waitlist stats'), body=body, atts=atts, note='aggregate waitlist statistics')

def neg_committee(R, ctx, lang):
    g, s = staff_name(R, lang)
    body = L(lang, 'Convocation — comité régional de vaccination\nDate : %d déc., 9h30, Teams\nOrdre du jour : 1. Couverture vaccinale influenza (%d %%) 2. Bris de chaîne de froid CLSC Gaspé 3. Varia\nPrésidence : %s %s' % (R.randint(1, 20), R.randint(30, 70), g, s),
             'Notice — regional immunization committee\nDec %d, 9:30, Teams\nAgenda: 1. Flu coverage (%d%%) 2. Cold chain breach 3. Other\nChair: %s %s' % (R.randint(1, 20), R.randint(30, 70), g, s))
    atts = [('file', 'comite.ics', ics_bytes('Comité vaccination', 'Ordre du jour joint', dt.datetime(2026, 12, R.randint(1, 20), 9, 30), 'Teams', '%08x@comite.example' % R.getrandbits(32)))] if R.random() < .4 else []
    return dict(subject=L(lang, 'Convocation comité', 'Committee notice'), body=body, atts=atts, note='committee notice and agenda')

def neg_vendor(R, ctx, lang):
    body = L(lang, 'Bonjour,\nSuite à notre rencontre, voici l\'offre pour le tonomètre iCare (no série démo %s) et la lampe à fente. Livraison 3 semaines. Au plaisir,\nReprésentante, MedOptik' % luhn_serial(R, 15),
             'Hi,\nFollowing our meeting, here is the quote for the otoscope kits (demo S/N %s, IMEI %s on the tablet). Delivery 3 weeks.\nSales rep, ENTequip' % (luhn_serial(R, 12), luhn_serial(R, 15)))
    return dict(subject=L(lang, 'Soumission équipement', 'Equipment quote'), body=body, note='vendor quote with serial/IMEI numbers')

def neg_clinic_contacts(R, ctx, lang):
    sites = SITES_FR if lang == 'fr' else SITES_EN
    body = L(lang, 'Liste des numéros des cliniques mise à jour :\n', 'Updated clinic phone list:\n') + '\n'.join('%s : %s, fax %s' % (s, phone(R), phone(R)) for s in R.sample(sites, 4))
    atts = []
    if R.random() < .4:
        s = R.choice(sites)
        atts = [('file', 'clinique.vcf', ('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:%s\r\nORG:%s\r\nTEL;TYPE=WORK:%s\r\nEND:VCARD\r\n' % (s, s, phone(R))).encode('utf-8'))]
    return dict(subject=L(lang, 'Numéros des cliniques', 'Clinic numbers'), body=body, atts=atts, note='clinic phone directory')

def neg_staff_health(R, ctx, lang):
    g, s = staff_name(R, lang)
    body = L(lang, 'Salut, %s %s (inf., clinique ORL) est en arrêt de travail jusqu\'au %d déc. Ses rendez-vous de suivi téléphonique sont redistribués. Merci de couvrir.' % (g, s, R.randint(5, 30)),
             'Hi, %s %s (RN, ENT clinic) is on leave until Dec %d. Phone follow-ups are being reassigned. Thanks for covering.' % (g, s, R.randint(5, 30)))
    return dict(subject=L(lang, 'absence', 'leave'), body=body, note='staff absence notice (HR, not patient)')

def neg_reply_admin(R, ctx, lang):
    g, s = staff_name(R, lang)
    orig = L(lang, 'Combien de doses de Shingrix il vous reste au CLSC? On en manque à Maria.', 'How many Shingrix doses do you have left? Kanata is short.')
    top = L(lang, 'Il nous en reste %d, je peux t\'en envoyer %d par le courrier interne demain.\n' % (R.randint(20, 80), R.randint(5, 19)), 'We have %d, can send %d by courier tomorrow.\n' % (R.randint(20, 80), R.randint(5, 19)))
    return dict(subject='RE: ' + L(lang, 'doses Shingrix', 'Shingrix doses'), body=top + '\n' + quote(R, lang, '%s %s' % (g, s), orig), reply=True, note='reply about vaccine stock')

NEG = [neg_bulletin, neg_outbreak, neg_procurement, neg_training, neg_school_logistics, neg_travel_info, neg_blank_form, neg_staff_roster,
       neg_job, neg_it, neg_facilities, neg_invoice, neg_conference, neg_teaching, neg_waitlist_stats, neg_committee, neg_vendor,
       neg_clinic_contacts, neg_staff_health, neg_reply_admin]

# ================================================================ main
def check(outdir, labels):
    files = sorted(os.path.relpath(os.path.join(dp, f), outdir) for d in ('positive', 'negative')
                   for dp, _, fs in os.walk(os.path.join(outdir, d)) for f in fs)
    assert set(files) == set(labels), 'labels do not cover exactly the files'
    for f in files:
        raw = open(os.path.join(outdir, f), 'rb').read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            assert not part.defects, (f, part.defects)
            if part.is_multipart() or part.get_content_type() == 'message/rfc822':
                continue
            if part.get_content_maintype() == 'text':
                part.get_content()
            else:
                assert part.get_payload(decode=True)
        for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
            assert msg[h], (f, h)
        lab = labels[f]
        if lab['confidential']:
            assert f.startswith('positive/') and lab['types'], f
        else:
            assert f.startswith('negative/') and lab['types'] == [], f
    return files

def digest(outdir, files):
    h = hashlib.sha256()
    for f in sorted(files) + ['labels.json']:
        h.update(f.encode() + b'\0'); h.update(open(os.path.join(outdir, f), 'rb').read())
    return h.hexdigest()

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    ap.add_argument('--seed', type=int, default=1818)
    ap.add_argument('--npos', type=int, default=120)
    ap.add_argument('--nneg', type=int, default=180)
    a = ap.parse_args()
    R = random.Random(a.seed)
    ctx = dict(nams=load_nams(), base=dt.datetime(2026, 11, 2, 7, 30), n=0,
               stats=dict(mode={}, charset={}, cte={}, att={}, eol={}))
    for d in ('positive', 'negative'):
        os.makedirs(os.path.join(a.out, d), exist_ok=True)
        for f in os.listdir(os.path.join(a.out, d)):
            if f.endswith('.eml'):
                os.remove(os.path.join(a.out, d, f))
    labels = {}
    cat_count = {}; lang_count = {}
    for conf, n, funcs, pre, d in ((True, a.npos, POS, 'p', 'positive'), (False, a.nneg, NEG, 'n', 'negative')):
        nfr = round(n * 0.6)
        langs = ['fr'] * nfr + ['en'] * (n - nfr); R.shuffle(langs)
        cats = [funcs[i % len(funcs)] for i in range(n)]; R.shuffle(cats)
        for i in range(n):
            ctx['n'] += 1
            lang = langs[i]; fn = cats[i]
            m = fn(R, ctx, lang)
            org = pick_org(R, lang)
            m['lang'] = lang; m['org'] = org
            g, s = staff_name(R, lang); m['frm'] = (g, s)
            if not m.get('reply') and R.random() < 0.85:
                m['body'] = m['body'].rstrip('\n') + '\n\n' + sig(R, lang, org, g, s) + '\n'
            m['to'] = to_ext(R) if R.random() < .6 else to_int(R, org)
            if R.random() < .3: m['cc'] = to_int(R, org)
            raw = build(R, ctx, m)
            cat = fn.__name__.split('_', 1)[1]
            name = '%s/%s%03d_%s.eml' % (d, pre, i + 1, cat)
            with open(os.path.join(a.out, name), 'wb') as f:
                f.write(raw)
            labels[name] = dict(confidential=conf, types=sorted(m.get('types', [])) if conf else [], lang=lang, note=m['note'])
            cat_count[(d, cat)] = cat_count.get((d, cat), 0) + 1
            lang_count[(d, lang)] = lang_count.get((d, lang), 0) + 1
    with open(os.path.join(a.out, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True); f.write('\n')
    files = check(a.out, labels)
    print('files', len(files), 'positives', sum(1 for v in labels.values() if v['confidential']), 'negatives', sum(1 for v in labels.values() if not v['confidential']))
    for k in sorted(cat_count): print('category', k[0], k[1], cat_count[k])
    for k in sorted(lang_count): print('lang', k[0], k[1], lang_count[k])
    for k, v in ctx['stats'].items(): print('transport', k, dict(sorted(v.items())))
    print('sha256', digest(a.out, files))

if __name__ == '__main__':
    main()
