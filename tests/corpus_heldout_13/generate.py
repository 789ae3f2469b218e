#!/usr/bin/env python3
"""Synthetic outbound mail corpus for a regional CISSS (seed 1313).
Deterministic: same seed -> same bytes. Usage: python generate.py [--out DIR] [--seed N]"""
import argparse, csv, datetime, email, email.policy, hashlib, html, io, json, os, random, re, shutil, sys, zipfile
import email.charset as ecs
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.utils import formataddr, format_datetime
from email import encoders
from stdnum.ca import sin as stdsin
from stdnum.be import nn as stdnn
from stdnum.fr import nir as stdnir
from stdnum import luhn

HERE = os.path.dirname(os.path.abspath(__file__))
NAMFILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, 'blind_nams.txt')
FIXED_TS = (2026, 10, 1, 8, 0, 0)

# ---------------------------------------------------------------- people
NAMS = []
for line in open(NAMFILE, encoding='utf-8'):
    if line.startswith('#') or not line.strip():
        continue
    s, g, d, sex, nam = line.split()
    NAMS.append(dict(sur=s, giv=g, dob=d, sex=sex, nam=nam))

P_SUR = ['Bergeron', 'Lavoie', 'Côté', 'Dufour', 'Desjardins', 'Pelchat', 'Thériault', 'Veilleux', 'Gosselin',
         'Lachance', 'Boivin', 'Rioux', 'Duchesne', 'Harvey', 'Fraser', 'McKenzie', "O'Neill", 'Doucet', 'Landry',
         'Bérubé', 'Vaillancourt', 'Paradis', 'Jean', 'St-Pierre', 'Lévesque', 'Dionne', 'Michaud', 'Chiasson']
P_GIV_F = ['Yvette', 'Rita', 'Jeannine', 'Lucille', 'Thérèse', 'Margaret', 'Dorothy', 'Chloé', 'Léa', 'Rose-Aimée',
           'Huguette', 'Cécile', 'Ann', 'Noémie', 'Florence', 'Gisèle']
P_GIV_M = ['Réal', 'Gaston', 'Marcel', 'Fernand', 'Roland', 'Arthur', 'William', 'Kevin', 'Noah', 'Raymond',
           'Jean-Guy', 'Lionel', 'Georges', 'Thomas', 'Émile', 'Donald']
S_SUR = ['Tremblay', 'Beaulieu', 'Poulin', 'Drouin', 'Leclerc', 'Hébert', 'Turcotte', 'Grenier', 'Ménard',
         'Bilodeau', 'Carrier', 'Morneau', 'Audet', 'Labbé', 'Fecteau', 'Wong', 'Patel', 'Kowalski', 'Murphy']
S_GIV = ['Julie', 'Karine', 'Isabelle', 'Mélanie', 'Stéphanie', 'Annie', 'Mathieu', 'François', 'Patrick',
         'Éric', 'Valérie', 'Sophie', 'Catherine', 'Jonathan', 'Kathleen', 'Priya', 'Sean']
TITLES_FR = ['inf.', 'inf. aux.', 'T.S.', 'ergothérapeute', 'physiothérapeute', 'pharmacienne', 'infirmière clinicienne',
             'ASI', 'agente administrative', 'chef de programme SAD', 'md', 'IPSPL', 'nutritionniste', 'TRP']
TITLES_EN = ['RN', 'RN, BScN', 'MSW', 'OT', 'PT', 'Pharm.D.', 'Clinical nurse', 'Admin. assistant', 'MD', 'NP']
SITES = ['CLSC de Saint-Aurèle', 'CLSC des Trois-Rivières-du-Nord', 'CHSLD Saint-Onésime', 'CHSLD des Érables',
         'Hôpital régional de Val-Brûlé', 'Centre de réadaptation La Passerelle', 'CLSC de Pointe-Grise',
         'Centre jeunesse Le Phare']
DOM = 'cisss-valbrule.example'
EXT = ['pharmacie-lachance.example', 'pharmaprix-stjovite.example', 'courriel.example', 'videotron-mail.example',
       'ciusss-capitale.example', 'hopital-hawkesbury.example', 'cliniquegmf-nord.example', 'transport-adapte.example',
       'lespharmaciens-rioux.example', 'residence-lesjardins.example']
VENDORS = ['medifourniture.example', 'baxteria.example', 'logisante.example', 'flotte-pro.example', 'bureaugros.example']
STREETS = ['rue Principale', 'rang Saint-Joseph', 'chemin du Lac-Vert', 'rue des Érables', 'boul. Laurier',
           'route 117', 'rue Notre-Dame', 'montée Gagnon', 'rue King', 'ch. de la Rivière']
TOWNS = ['Val-Brûlé', 'Saint-Aurèle', 'Pointe-Grise', 'Lac-Sainte-Anne', 'Saint-Onésime', 'Rivière-aux-Loups']

DX_FR = ['MPOC', 'insuffisance cardiaque', 'diabète type 2 mal contrôlé', 'démence type Alzheimer',
         'néo pulmonaire métastatique', 'plaie de pression stade 3', 'fracture de hanche opérée', 'AVC ischémique',
         'IRC stade 4', 'maladie de Parkinson', 'ulcère veineux jambe G', 'cancer du pancréas', 'SLA']
DX_EN = ['COPD', 'CHF', 'poorly controlled type 2 diabetes', "Alzheimer's dementia", 'metastatic lung cancer',
         'stage 3 pressure injury', 'hip fracture (post-ORIF)', 'ischemic stroke', 'CKD stage 4',
         "Parkinson's disease", 'venous leg ulcer', 'pancreatic cancer', 'ALS']
MEDS = ['warfarine 5 mg DIE', 'apixaban 2,5 mg BID', 'hydromorphone 2 mg q4h PRN', 'furosémide 40 mg DIE',
        'metformine 500 mg BID', 'insuline glargine 18 u HS', 'donépézil 10 mg HS', 'quétiapine 25 mg HS',
        'lévodopa/carbidopa 100/25 TID', 'fentanyl timbre 25 mcg/h q72h', 'méthadone 60 mg DIE', 'salbutamol PRN']


def r_patient(rng, with_nam=False):
    if with_nam:
        p = dict(rng.choice(NAMS))
    else:
        sex = rng.choice('FM')
        p = dict(sur=rng.choice(P_SUR), giv=rng.choice(P_GIV_F if sex == 'F' else P_GIV_M), sex=sex,
                 dob='%d-%02d-%02d' % (rng.randint(1928, 2019), rng.randint(1, 12), rng.randint(1, 28)), nam=None)
    p['addr'] = '%d %s, %s' % (rng.randint(12, 2999), rng.choice(STREETS), rng.choice(TOWNS))
    p['tel'] = '819-555-%04d' % rng.randint(100, 9999)
    return p


def r_staff(rng):
    return rng.choice(S_GIV), rng.choice(S_SUR)


def hon(p, lang):
    if lang == 'fr':
        return 'M.' if p['sex'] == 'M' else 'Mme'
    return 'Mr.' if p['sex'] == 'M' else 'Mrs.'


def ne(p):
    return 'né' if p['sex'] == 'M' else 'née'


def ddn(p, rng):
    y, m, d = p['dob'].split('-')
    return rng.choice(['%s-%s-%s' % (y, m, d), '%s/%s/%s' % (d, m, y), '%s.%s.%s' % (d, m, y), '%s/%s/%s' % (y, m, d)])


FW = str.maketrans('0123456789', '０１２３４５６７８９')


def fmt_nam(nam, rng, style=None):
    style = style or rng.choice(['plain', 'space', 'space', 'dot', 'hyph', 'lower'])
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {'plain': nam, 'space': '%s %s %s' % (a, b, c), 'dot': '%s.%s.%s' % (a, b, c),
            'hyph': '%s-%s-%s' % (a, b, c), 'lower': nam.lower(), 'fw': a + (b + c).translate(FW),
            'spaced': ' '.join(nam), 'split': '%s %s\n%s' % (a, b, c)}[style]


def mrn(rng):
    return rng.choice([
        lambda: '%07d' % rng.randint(1000000, 9999999),
        lambda: '%08d' % rng.randint(10000000, 99999999),
        lambda: 'V%06d' % rng.randint(0, 999999),
        lambda: 'HVB-%06d' % rng.randint(0, 999999),
        lambda: '%02d-%05d' % (rng.randint(10, 99), rng.randint(0, 99999)),
        lambda: 'S%07d' % rng.randint(0, 9999999)])()


def gen_sin(rng):
    while True:
        base = str(rng.choice([1, 2, 3, 4, 5, 6, 7])) + ''.join(str(rng.randint(0, 9)) for _ in range(7))
        n = base + luhn.calc_check_digit(base)
        if stdsin.is_valid(n):
            return n


def gen_ohn(rng):
    while True:
        base = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        n = base + luhn.calc_check_digit(base)
        if luhn.is_valid(n):
            return n


def gen_niss(rng, dob, sex):
    y, m, d = dob.split('-')
    while True:
        seq = rng.randint(1, 996)
        if (seq % 2 == 1) != (sex == 'M'):
            continue
        body = '%s%s%s%03d' % (y[2:], m, d, seq)
        base = int(body) + (2000000000 if int(y) >= 2000 else 0)
        n = body + '%02d' % (97 - base % 97)
        if stdnn.is_valid(n):
            return n


def gen_nir(rng, dob, sex):
    y, m, d = dob.split('-')
    while True:
        body = '%d%s%s%02d%03d%03d' % (1 if sex == 'M' else 2, y[2:], m, rng.randint(1, 95), rng.randint(1, 999),
                                      rng.randint(1, 999))
        n = body + '%02d' % (97 - int(body) % 97)
        if stdnir.is_valid(n):
            return n


def luhn_lookalike(rng, n):
    base = ''.join(str(rng.randint(0, 9)) for _ in range(n - 1))
    return base + luhn.calc_check_digit(base)


# ---------------------------------------------------------------- signatures / disclaimers
DISC_FR = ("AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. "
           "Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.")
DISC_EN = ("CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If received in error, "
           "please notify the sender and delete it.")


def sig(rng, lang, who=None):
    g, s = who or r_staff(rng)
    t = rng.choice(TITLES_FR if lang == 'fr' else TITLES_EN)
    site = rng.choice(SITES)
    lines = ['%s %s, %s' % (g, s, t), site, 'CISSS de Val-Brûlé' if lang == 'fr' else 'CISSS de Val-Brûlé (Health and Social Services)',
             'Tél. 819-555-%04d poste %d' % (rng.randint(1000, 9999), rng.randint(2000, 7999))]
    if rng.random() < 0.5:
        lines += ['', DISC_FR if lang == 'fr' else DISC_EN]
    return '\n'.join(['', '--'] + lines)


def addr_of(g, s, dom=DOM):
    import unicodedata
    a = unicodedata.normalize('NFKD', '%s.%s' % (g, s)).encode('ascii', 'ignore').decode().lower().replace(' ', '').replace("'", '')
    return a + '@' + dom


# ---------------------------------------------------------------- attachments
def norm_zip(data, fix_core=True):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
    for it in sorted(zin.infolist(), key=lambda i: i.filename):
        b = zin.read(it.filename)
        if fix_core and it.filename.endswith('core.xml'):
            b = re.sub(rb'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z', b'2026-10-01T08:00:00Z', b)
        zi = zipfile.ZipInfo(it.filename, date_time=FIXED_TS)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(zi, b)
    zout.close()
    return out.getvalue()


def att_pdf(title, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    y = 740
    c.setFont('Helvetica-Bold', 13)
    c.drawString(60, y, title)
    c.setFont('Helvetica', 10)
    y -= 28
    for ln in lines:
        for sub in [ln[i:i + 95] for i in range(0, max(len(ln), 1), 95)]:
            c.drawString(60, y, sub)
            y -= 15
            if y < 60:
                c.showPage(); c.setFont('Helvetica', 10); y = 740
    c.save()
    return ('application', 'pdf', buf.getvalue())


def att_docx(title, paras, table=None):
    import docx
    d = docx.Document()
    d.core_properties.author = 'CISSS de Val-Brûlé'
    d.core_properties.created = datetime.datetime(2026, 10, 1, 8, 0, 0)
    d.core_properties.modified = datetime.datetime(2026, 10, 1, 8, 0, 0)
    d.add_heading(title, 1)
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
    return ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document', norm_zip(buf.getvalue()))


def att_xlsx(rows, sheet='Feuil1'):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r in rows:
        ws.append(list(r))
    wb.properties.creator = 'CISSS de Val-Brûlé'
    wb.properties.created = datetime.datetime(2026, 10, 1, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2026, 10, 1, 8, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    return ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', norm_zip(buf.getvalue()))


def att_csv(rows, enc='utf-8', sep=';'):
    s = io.StringIO()
    w = csv.writer(s, delimiter=sep, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return ('text', 'csv', s.getvalue().encode(enc, 'replace'), enc)


def att_ics(summary, desc, start, loc, uid):
    ev = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CISSS Val-Brule//Agenda//FR', 'METHOD:REQUEST', 'BEGIN:VEVENT',
          'UID:%s' % uid, 'DTSTAMP:20261001T120000Z', 'DTSTART:%s' % start.strftime('%Y%m%dT%H%M00'),
          'DTEND:%s' % (start + datetime.timedelta(hours=1)).strftime('%Y%m%dT%H%M00'),
          'SUMMARY:%s' % summary.replace(',', '\\,'), 'LOCATION:%s' % loc.replace(',', '\\,'),
          'DESCRIPTION:%s' % desc.replace('\n', '\\n').replace(',', '\\,'), 'END:VEVENT', 'END:VCALENDAR']
    out = []
    for l in ev:
        b = l.encode('utf-8')
        while len(b) > 74:
            cut = 74
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut].decode()); b = b' ' + b[cut:]
        out.append(b.decode())
    return ('text', 'calendar', ('\r\n'.join(out) + '\r\n').encode('utf-8'), 'utf-8')


def att_vcf(fn, sur, giv, tel, adr, note, org=''):
    l = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (sur, giv), 'FN:%s' % fn]
    if org:
        l.append('ORG:%s' % org)
    k = 'WORK' if org else 'HOME'
    l += ['TEL;TYPE=%s,VOICE:%s' % (k, tel), 'ADR;TYPE=%s:;;%s;;;;' % (k, adr.replace(',', '\\,'))]
    if note:
        l.append('NOTE:%s' % note.replace(',', '\\,'))
    l.append('END:VCARD')
    return ('text', 'vcard', ('\r\n'.join(l) + '\r\n').encode('utf-8'), 'utf-8')


def att_zip(files):
    out = io.BytesIO()
    z = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
    for name, data in files:
        zi = zipfile.ZipInfo(name, date_time=FIXED_TS); zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data)
    z.close()
    return ('application', 'zip', out.getvalue())


# ---------------------------------------------------------------- transport
def mk_cs(name, cte):
    c = ecs.Charset(name)
    c.body_encoding = {'qp': ecs.QP, 'b64': ecs.BASE64, '8bit': None}[cte]
    c.header_encoding = ecs.QP if name != 'utf-8' or True else None
    return c


def text_part(txt, sub, charset, cte):
    try:
        txt.encode({'windows-1252': 'cp1252'}.get(charset, charset))
    except UnicodeEncodeError:
        charset = 'utf-8'
    p = MIMENonMultipart('text', sub)
    p.set_payload(txt, charset=mk_cs(charset, cte))
    return p


def to_html(txt, charset='utf-8'):
    out = []
    for para in txt.split('\n\n'):
        if para.strip().startswith('>'):
            q = '<br>\n'.join(html.escape(l.lstrip('> ')) for l in para.split('\n'))
            out.append('<blockquote style="border-left:2px solid #ccc;padding-left:6px">%s</blockquote>' % q)
        else:
            out.append('<p>%s</p>' % '<br>\n'.join(html.escape(l) for l in para.split('\n')))
    return ('<html><head><meta charset="%s"></head><body style="font-family:Calibri,Arial">\n%s\n</body></html>'
            % (charset, '\n'.join(out)))


def att_part(a, fname):
    if a[0] == 'message':
        p = MIMEMessage(a[1])
        p.add_header('Content-Disposition', 'attachment', filename=fname)
        return p
    if a[0] == 'text':
        p = MIMENonMultipart('text', a[1], charset=a[3])
        p.set_payload(a[2].decode(a[3]), charset=mk_cs(a[3], 'b64' if a[3] == 'utf-8' else 'qp'))
    else:
        p = MIMEBase(a[0], a[1])
        p.set_payload(a[2])
        encoders.encode_base64(p)
    p.add_header('Content-Disposition', 'attachment', filename=fname)
    return p


def hdr(v):
    try:
        v.encode('ascii'); return v
    except UnicodeEncodeError:
        return Header(v, 'utf-8').encode()


def build(rng, m, idx, nested=False):
    """m: dict(subject, body, lang, frm, to, cc, atts=[(fname, att)], mode?)"""
    charset = m.get('charset') or rng.choices(['utf-8', 'iso-8859-1', 'windows-1252'], [55, 25, 20])[0]
    cte = m.get('cte') or rng.choices(['qp', 'b64', '8bit'], [45, 25, 30])[0]
    mode = m.get('mode') or rng.choices(['plain', 'html', 'alt'], [55, 15, 30])[0]
    body = m['body']
    if mode == 'plain':
        core = text_part(body, 'plain', charset, cte)
    elif mode == 'html':
        core = text_part(to_html(body, charset), 'html', charset, cte)
    else:
        core = MIMEMultipart('alternative', boundary='----=_Alt_%016X' % rng.getrandbits(64))
        core.attach(text_part(body, 'plain', charset, cte))
        core.attach(text_part(to_html(body, charset), 'html', charset, cte))
    if m.get('atts'):
        msg = MIMEMultipart('mixed', boundary='----=_Part_%d_%016x' % (idx, rng.getrandbits(64)))
        msg.attach(core)
        for fname, a in m['atts']:
            msg.attach(att_part(a, fname))
        mode = 'mixed'
    else:
        msg = core
    frm = m['frm']
    msg['From'] = formataddr((hdr(frm[0]), frm[1]))
    msg['To'] = ', '.join(formataddr((hdr(n), a)) for n, a in m['to'])
    if m.get('cc'):
        msg['Cc'] = ', '.join(formataddr((hdr(n), a)) for n, a in m['cc'])
    msg['Subject'] = hdr(m['subject'])
    mo = rng.randint(9, 11)
    dt = datetime.datetime(2026, mo, rng.randint(1, 28), rng.randint(7, 18), rng.randint(0, 59), rng.randint(0, 59),
                           tzinfo=datetime.timezone(datetime.timedelta(hours=-5 if mo == 11 else -4)))
    msg['Date'] = format_datetime(dt)
    msg['Message-ID'] = '<%016x.%d@%s>' % (rng.getrandbits(64), idx, frm[1].split('@')[1])
    if m.get('reply'):
        msg['In-Reply-To'] = '<%016x@%s>' % (rng.getrandbits(64), m['to'][0][1].split('@')[1])
    if not nested:
        if 'MIME-Version' not in msg:
            msg['MIME-Version'] = '1.0'
        msg['X-Mailer'] = rng.choice(['Microsoft Outlook 16.0', 'Zimbra 9.0', 'Thunderbird 128.3', 'iPhone Mail (21G93)'])
    linesep = m.get('linesep') or rng.choice(['\r\n', '\n'])
    return msg, mode, charset, cte, linesep


def serialize(msg, linesep):
    return msg.as_bytes(policy=email.policy.compat32.clone(linesep=linesep))


# ---------------------------------------------------------------- thread helpers
def quote_reply(rng, lang, top, orig_body, orig_from, subject):
    when = '%d %s 2026 %02d:%02d' % (rng.randint(1, 28), rng.choice(['oct.', 'nov.', 'sept.']), rng.randint(7, 17), rng.randint(0, 59))
    if lang == 'fr':
        head = rng.choice(['Le %s, %s a écrit :' % (when, orig_from),
                           '-----Message d\'origine-----\nDe : %s\nEnvoyé : %s\nObjet : %s' % (orig_from, when, subject)])
    else:
        head = rng.choice(['On %s, %s wrote:' % (when, orig_from),
                           '-----Original Message-----\nFrom: %s\nSent: %s\nSubject: %s' % (orig_from, when, subject)])
    if head.startswith('-----'):
        return top + '\n\n' + head + '\n\n' + orig_body
    return top + '\n\n' + head + '\n' + '\n'.join('> ' + l if l else '>' for l in orig_body.split('\n'))


def inline_fwd(rng, lang, top, orig_body, orig_from, subject):
    if lang == 'fr':
        h = '---------- Message transféré ----------\nDe : %s\nDate : %d oct. 2026\nObjet : %s' % (orig_from, rng.randint(1, 28), subject)
    else:
        h = '---------- Forwarded message ----------\nFrom: %s\nDate: Oct %d, 2026\nSubject: %s' % (orig_from, rng.randint(1, 28), subject)
    return top + '\n\n' + h + '\n\n' + orig_body


# ---------------------------------------------------------------- common
def me(rng):
    g, s = r_staff(rng)
    return (g, s), ('%s %s' % (g, s), addr_of(g, s))


def ext_to(rng, kind=None):
    g, s = rng.choice(S_GIV), rng.choice(['Lacroix', 'Pham', 'Roberge', 'Simoneau', 'Goulet', 'Miller', 'Nguyen', 'Asselin'])
    return [('%s %s' % (g, s), addr_of(g, s, kind or rng.choice(EXT)))]


def int_to(rng):
    g, s = r_staff(rng)
    return [('%s %s' % (g, s), addr_of(g, s))]


def pname(p, rng, lang, title=None):
    st = rng.choice(['full', 'full', 'surfirst', 'hon', 'caps'])
    if st == 'full':
        return '%s %s' % (p['giv'], p['sur'])
    if st == 'surfirst':
        return '%s, %s' % (p['sur'], p['giv'])
    if st == 'caps':
        return '%s %s' % (p['sur'].upper(), p['giv'])
    return '%s %s %s' % (hon(p, lang), p['giv'], p['sur'])


# ================================================================ POSITIVES
def p_home_care(rng, lang):
    p = r_patient(rng, rng.random() < 0.4)
    who, frm = me(rng)
    dx = rng.randrange(len(DX_FR))
    idline = ''
    types = ['patient_name', 'patient_contact', 'diagnosis']
    if p['nam']:
        idline = ('NAM : %s\n' if lang == 'fr' else 'RAMQ: %s\n') % fmt_nam(p['nam'], rng)
        types.append('ramq_nam')
    if lang == 'fr':
        subj = rng.choice(['Demande SAD - %s' % p['sur'], 'Visite à domicile à planifier', 'Nouveau client SAD secteur %s' % rng.choice(TOWNS)])
        body = ("Bonjour,\n\nPouvez-vous planifier une visite inf. cette semaine pour %s (%s %s)\n%s"
                "Adresse : %s\nTél. : %s (sa fille répond souvent)\n\nDx : %s. Retour à domicile depuis %s, "
                "besoin d'enseignement %s et évaluation du risque de chute.\nPorte arrière, le chien est gentil.\n\nMerci!"
                % (pname(p, rng, lang), ne(p), ddn(p, rng), idline, p['addr'], p['tel'], DX_FR[dx], rng.choice(['lundi', 'jeudi', 'le 12']),
                   rng.choice(['pansement', 'glycémies', 'inhalateurs', 'pilulier'])))
    else:
        subj = rng.choice(['Home care referral - %s' % p['sur'], 'New home visit needed', 'SAD intake'])
        body = ("Hi,\n\nCould you book a nursing home visit this week for %s (DOB %s)\n%s"
                "Address: %s\nPhone: %s\n\nDx: %s. Home since %s, needs teaching (%s) and a falls risk assessment.\n"
                "Use the back door.\n\nThanks"
                % (pname(p, rng, lang), ddn(p, rng), idline, p['addr'], p['tel'], DX_EN[dx], rng.choice(['Monday', 'Thursday']),
                   rng.choice(['dressings', 'glucose checks', 'inhalers', 'blister pack'])))
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=int_to(rng), types=types,
                note='home-care visit request naming a client with address, phone and diagnosis')


def p_pharmacy(rng, lang):
    p = r_patient(rng, True)
    who, frm = me(rng)
    meds = rng.sample(MEDS, 3)
    nm = fmt_nam(p['nam'], rng)
    if lang == 'fr':
        subj = rng.choice(['Bilan comparatif - %s' % p['sur'], 'Pilulier client SAD', 'Changement Rx - %s %s' % (p['giv'], p['sur'])])
        body = ("Bonjour,\n\nSuite à la visite d'hier chez %s (%s, NAM %s), voici le BCM à jour :\n- %s\n- %s\n- %s (CESSÉ)\n\n"
                "Merci de préparer le pilulier hebdo à partir de lundi et de nous faxer la liste.\n"
                % (pname(p, rng, lang), ddn(p, rng), nm, meds[0], meds[1], meds[2]))
    else:
        subj = rng.choice(['Med rec - %s' % p['sur'], 'Blister pack change', 'Rx change for home care client'])
        body = ("Hello,\n\nFollowing yesterday's visit to %s (DOB %s, RAMQ %s), updated med list:\n- %s\n- %s\n- %s (STOPPED)\n\n"
                "Please prepare the weekly blister pack starting Monday and fax back the list.\n"
                % (pname(p, rng, lang), ddn(p, rng), nm, meds[0], meds[1], meds[2]))
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=ext_to(rng, rng.choice(EXT[:2] + EXT[8:9])),
                types=['patient_name', 'ramq_nam', 'date_of_birth', 'medication'],
                note='community pharmacy med reconciliation with name, NAM and drugs')


def p_chsld_family(rng, lang):
    p = r_patient(rng, rng.random() < 0.3)
    p['sex'] = p['sex']
    who, frm = me(rng)
    room = '%d%s' % (rng.randint(1, 3), rng.randint(10, 45))
    fam = rng.choice(['Lise', 'Robert', 'Nancy', 'Daniel'])
    types = ['patient_name', 'diagnosis']
    if lang == 'fr':
        subj = rng.choice(['Votre %s - chambre %s' % ('père' if p['sex'] == 'M' else 'mère', room), 'Suivi de ce matin', 'CHSLD - nouvelles de %s' % p['giv']])
        body = ("Bonjour %s,\n\nComme convenu au téléphone, je vous confirme que %s (ch. %s) a fait une chute cette nuit vers 3 h. "
                "Pas de fracture à la radio, mais %s a une ecchymose à la hanche droite. Le md a ajusté %s.\n"
                "Nous avons aussi noté plus de confusion (%s connue). Une rencontre famille est proposée jeudi 14 h.\n\n"
                "Au plaisir,"
                % (fam, pname(p, rng, lang), room, 'il' if p['sex'] == 'M' else 'elle', rng.choice(MEDS), DX_FR[3]))
    else:
        subj = rng.choice(['Your %s - room %s' % ('father' if p['sex'] == 'M' else 'mother', room), 'Update from this morning'])
        body = ("Dear %s,\n\nAs discussed by phone, %s (room %s) had a fall last night around 3 am. X-ray showed no fracture "
                "but %s has bruising on the right hip. The physician adjusted %s.\nWe also noticed increased confusion "
                "(known dementia). We'd like to propose a family meeting Thursday 2 pm.\n\nKind regards,"
                % (fam, pname(p, rng, lang), room, 'he' if p['sex'] == 'M' else 'she', rng.choice(MEDS)))
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm,
                to=[(fam + ' ' + p['sur'], addr_of(fam, p['sur'], rng.choice(['courriel.example', 'videotron-mail.example'])))],
                types=types, note='CHSLD nurse tells family about a named resident\'s fall and dementia')


def p_palliative(rng, lang):
    p = r_patient(rng, rng.random() < 0.3)
    who, frm = me(rng)
    d = rng.choice([4, 11, 12, 1])
    types = ['patient_name', 'diagnosis', 'medication']
    ch = mrn(rng)
    types.append('mrn')
    if lang == 'fr':
        subj = rng.choice(['SPAD - %s' % p['sur'], 'Soins palliatifs domicile - ajustement', 'Fin de vie à domicile, dossier %s' % ch])
        body = ("Dr %s,\n\n%s (dossier %s), %s en phase terminale, à domicile. Dyspnée ++ depuis 48 h, "
                "PPS 30 %%. Conjoint épuisé. Pourriez-vous autoriser %s et une ordonnance de détresse (midazolam)? "
                "Je repasse demain AM.\n\nMerci"
                % (rng.choice(S_SUR), pname(p, rng, lang), ch, DX_FR[d], rng.choice(MEDS[2:3] + MEDS[9:10])))
    else:
        subj = rng.choice(['Palliative home care - %s' % p['sur'], 'End of life at home - chart %s' % ch])
        body = ("Dr. %s,\n\n%s (chart %s), %s, end stage, at home. Increasing dyspnea over 48 h, PPS 30%%. "
                "Spouse exhausted. Could you authorize %s and a distress protocol (midazolam)? I'll be back tomorrow AM.\n\nThanks"
                % (rng.choice(S_SUR), pname(p, rng, lang), ch, DX_EN[d], rng.choice(MEDS[2:3] + MEDS[9:10])))
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=int_to(rng) if rng.random() < .5 else ext_to(rng, 'cliniquegmf-nord.example'),
                types=types, note='palliative home nurse asks MD for orders for a named patient with chart number')


def p_rehab(rng, lang):
    p = r_patient(rng, rng.random() < 0.5)
    who, frm = me(rng)
    ch = mrn(rng)
    types = ['mrn', 'diagnosis', 'patient_name']
    idl = ''
    if p['nam']:
        idl = ' / NAM %s' % fmt_nam(p['nam'], rng); types.append('ramq_nam')
    if lang == 'fr':
        subj = 'Référence réadaptation - dossier %s' % ch if rng.random() < .5 else 'Réf. physio externe'
        body = ("Bonjour,\n\nRéférence en réadaptation fonctionnelle intensive pour %s, dossier %s%s.\n"
                "Dx : %s. Autonome à la marchette sur 20 m, transferts avec aide x1. Objectif : retour domicile.\n"
                "Formulaire rempli en pièce jointe.\n" % (pname(p, rng, lang), ch, idl, rng.choice(DX_FR[6:8])))
    else:
        subj = 'Rehab referral - chart %s' % ch if rng.random() < .5 else 'Outpatient PT referral'
        body = ("Hello,\n\nReferral to intensive functional rehab for %s, chart %s%s.\n"
                "Dx: %s. Walks 20 m with walker, transfers with assist x1. Goal: home.\n" % (pname(p, rng, lang), ch, idl, rng.choice(DX_EN[6:8])))
    atts = []
    if rng.random() < .6:
        atts.append(('reference_readaptation.pdf', att_pdf('Demande de services - Réadaptation',
                     ['Usager : %s %s' % (p['sur'], p['giv']), 'Date de naissance : %s' % p['dob'], 'Dossier : %s' % ch,
                      'Diagnostic : %s' % rng.choice(DX_FR[6:8]), 'Adresse : %s' % p['addr'], 'Tél. : %s' % p['tel']])))
        types.append('date_of_birth')
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=ext_to(rng, 'ciusss-capitale.example'), atts=atts,
                types=types, note='rehab referral with patient name, chart number, diagnosis')


def p_youth(rng, lang):
    p = r_patient(rng, rng.random() < 0.4)
    if not p['nam']:
        p['dob'] = '20%02d-%02d-%02d' % (rng.randint(10, 21), rng.randint(1, 12), rng.randint(1, 28))
    who, frm = me(rng)
    sit = rng.choice(['signalement retenu (négligence)', 'violence conjugale chez la mère', 'placement en famille d\'accueil',
                      'garde partagée contestée', 'consommation du père (services en dépendance)'])
    sit_en = rng.choice(['screened-in report (neglect)', 'domestic violence in the home', 'foster placement',
                         'contested custody', "father's substance use (addiction services)"])
    types = ['patient_name', 'date_of_birth', 'social_information']
    if p['nam']:
        types.append('ramq_nam')
    nm = (' (NAM %s)' % fmt_nam(p['nam'], rng)) if p['nam'] else ''
    if lang == 'fr':
        subj = rng.choice(['DPJ - %s' % p['giv'], 'Suivi jeunesse - confidentiel', 'Rencontre école %s' % p['sur']])
        body = ("Bonjour,\n\nJe vous écris au sujet de %s, %s le %s%s. Contexte : %s. "
                "L'intervenante DPJ demande qu'on maintienne le suivi CLSC (psychoéducation) et qu'on l'avise de toute absence à l'école.\n"
                "Rencontre multi prévue le %d à 13 h 30.\n" % (pname(p, rng, lang), ne(p), ddn(p, rng), nm, sit, rng.randint(2, 27)))
    else:
        subj = rng.choice(['Youth protection - %s' % p['giv'], 'Youth follow-up - confidential'])
        body = ("Hi,\n\nRe: %s, DOB %s%s. Context: %s. The DYP worker asks that we keep the CLSC follow-up "
                "and report any school absence.\nTeam meeting on the %dth at 1:30.\n" % (pname(p, rng, lang), ddn(p, rng), nm, sit_en, rng.randint(4, 27)))
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=ext_to(rng, rng.choice(['courriel.example', 'ciusss-capitale.example'])),
                types=types, note='youth and family services message about a named child with social situation')


def p_signout(rng, lang):
    who, frm = me(rng)
    n = rng.randint(4, 7)
    rows = []
    types = ['patient_name', 'diagnosis']
    for _ in range(n):
        p = r_patient(rng, rng.random() < 0.3)
        i = rng.randrange(len(DX_FR))
        tag = (' ' + fmt_nam(p['nam'], rng, 'plain')) if p['nam'] else (' #' + mrn(rng))
        if p['nam'] and 'ramq_nam' not in types:
            types.append('ramq_nam')
        if not p['nam'] and 'mrn' not in types:
            types.append('mrn')
        rows.append('- %s, %s%s — %s — %s' % (p['sur'].upper() if rng.random() < .5 else p['sur'], p['giv'], tag,
                                               DX_FR[i] if lang == 'fr' else DX_EN[i],
                                               rng.choice(['pansement q2j', 'INR jeudi', 'surveiller SV', 'famille à rappeler', 'PRN hydromorphone 2x cette nuit', 'glyc. instables'] if lang == 'fr'
                                                          else ['dressing q2d', 'INR Thu', 'watch vitals', 'call family back', 'PRN x2 overnight', 'unstable sugars'])))
    if lang == 'fr':
        subj = rng.choice(['Relève SAD fin de semaine', 'Liste relève soir', 'Transfert de charge - congé'])
        body = "Salut,\n\nVoici ma liste pour la relève de la fin de semaine :\n\n" + '\n'.join(rows) + "\n\nBonne fds"
    else:
        subj = rng.choice(['Weekend home care handover', 'Sign-out list', 'Caseload handover'])
        body = "Hi,\n\nHere's my handover for the weekend:\n\n" + '\n'.join(rows) + "\n\nThanks!"
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=int_to(rng), cc=int_to(rng),
                types=types, note='handover list of home-care clients with identifiers and diagnoses')


def p_transport(rng, lang):
    p = r_patient(rng, rng.random() < 0.3)
    who, frm = me(rng)
    types = ['patient_name', 'patient_contact']
    if lang == 'fr':
        subj = rng.choice(['Transport adapté - %s' % p['sur'], 'Demande de transport dialyse', 'Réservation transport RDV'])
        body = ("Bonjour,\n\nTransport aller-retour SVP pour %s\nAdresse : %s\nTél. : %s\n"
                "Destination : Hôpital régional de Val-Brûlé, %s\nDate : %d nov., arrivée 7 h 45\n"
                "Fauteuil roulant, accompagnateur : non.\n" % (pname(p, rng, lang), p['addr'], p['tel'],
                                                               rng.choice(['hémodialyse', 'clinique d\'oncologie', 'physiothérapie']), rng.randint(2, 28)))
    else:
        subj = rng.choice(['Adapted transport - %s' % p['sur'], 'Transport request (dialysis)'])
        body = ("Hello,\n\nReturn transport please for %s\nAddress: %s\nPhone: %s\nDestination: Val-Brûlé Regional Hospital, %s\n"
                "Date: Nov %d, arrive 7:45\nWheelchair.\n" % (pname(p, rng, lang), p['addr'], p['tel'],
                                                            rng.choice(['hemodialysis', 'oncology clinic', 'physiotherapy']), rng.randint(2, 28)))
    if 'dialy' in body or 'oncolog' in body:
        types.append('diagnosis')
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=ext_to(rng, 'transport-adapte.example'),
                types=types, note='transport booking with a patient name, home address and phone')


def p_lab(rng, lang):
    p = r_patient(rng, rng.random() < 0.5)
    who, frm = me(rng)
    inr = rng.choice(['4,6', '5,1', '1,3', '3,9'])
    ch = mrn(rng)
    types = ['patient_name', 'lab_result', 'medication', 'patient_contact']
    idl = 'dossier %s' % ch
    types.append('mrn')
    if p['nam'] and rng.random() < .5:
        idl = 'NAM %s' % fmt_nam(p['nam'], rng); types.remove('mrn'); types.append('ramq_nam')
    if lang == 'fr':
        subj = rng.choice(['INR critique', 'Résultat prélèvement domicile', 'Valeur critique - %s' % p['sur']])
        body = ("Dre %s,\n\nPrélèvement à domicile ce matin : %s (%s) INR %s sous %s. K+ 5,8. "
                "Je n'ai pas pu joindre %s au %s. Que fait-on avec la dose de ce soir?\n" % (
                    rng.choice(S_SUR), pname(p, rng, lang), idl, inr, MEDS[0], 'le client' if p['sex'] == 'M' else 'la cliente', p['tel']))
    else:
        subj = rng.choice(['Critical INR', 'Home blood draw result', 'Critical value - %s' % p['sur']])
        body = ("Dr. %s,\n\nHome draw this morning: %s (%s) INR %s on warfarin 5 mg. K 5.8. "
                "Could not reach the client at %s. What do we do with tonight's dose?\n" % (
                    rng.choice(S_SUR), pname(p, rng, lang), idl.replace('dossier', 'chart'), inr.replace(',', '.'), p['tel']))
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=ext_to(rng, 'cliniquegmf-nord.example'),
                types=types, note='critical lab value for a named home-care client')


def p_subject_only(rng, lang):
    p = r_patient(rng, rng.random() < 0.5)
    who, frm = me(rng)
    if p['nam'] and rng.random() < .5:
        subj = ('%s %s %s - refus de soins SAD' if lang == 'fr' else '%s %s %s - refusing home care') % (p['sur'], p['giv'], p['nam'])
        types = ['patient_name', 'ramq_nam', 'social_information']
    else:
        subj = rng.choice(['RE: %s %s - chute à domicile, hospitalisé' % (hon(p, 'fr'), p['sur']) if lang == 'fr' else
                           'RE: %s %s - fall at home, admitted' % (hon(p, 'en'), p['sur']),
                           ('%s, %s - décès ce matin' if lang == 'fr' else '%s, %s - passed away this morning') % (p['sur'], p['giv'])])
        types = ['patient_name', 'diagnosis']
    body = rng.choice(['Vu, merci. Je ferme les visites.', 'Ok noté, j\'avise l\'équipe.', 'Merci pour l\'info.']) if lang == 'fr' \
        else rng.choice(['Noted, thanks. Closing the visits.', 'Ok, will let the team know.', 'Thx.'])
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=int_to(rng), reply=True,
                types=types, note='patient identified and situation stated only in the Subject')


def p_split(rng, lang):
    p = r_patient(rng, True)
    who, frm = me(rng)
    if rng.random() < .5:
        subj = ('Dossier %s' if lang == 'fr' else 'Chart %s') % fmt_nam(p['nam'], rng)
        types = ['ramq_nam', 'lab_result', 'medication']
    else:
        subj = '%s %s' % (p['sur'], p['giv'])
        types = ['patient_name', 'lab_result', 'medication']
    body = ("Glycémie à jeun 19,2 ce matin, HbA1c 11 %. On augmente la glargine à 22 u HS? Répondre svp avant 16 h."
            if lang == 'fr' else "Fasting glucose 19.2 this am, A1c 11%. Increase glargine to 22 u HS? Please reply before 4.")
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=ext_to(rng, 'cliniquegmf-nord.example'),
                types=types, note='identifier in Subject, clinical content in body')


def p_quoted(rng, lang):
    inner = rng.choice([p_home_care, p_pharmacy, p_lab, p_palliative])(rng, lang)
    who, frm = me(rng)
    top = rng.choice(['Parfait, c\'est fait.', 'Reçu, je m\'en occupe demain.', 'Merci, la pharmacie a confirmé.']) if lang == 'fr' \
        else rng.choice(['Done, thanks.', 'Got it, will handle tomorrow.', 'Thanks, pharmacy confirmed.'])
    body = quote_reply(rng, lang, top + sig(rng, lang, who), inner['body'], inner['frm'][0], inner['subject'])
    return dict(subject=('RE: ' if lang == 'fr' else 'Re: ') + inner['subject'], body=body, frm=frm, to=[inner['frm']],
                reply=True, types=inner['types'], note='short reply whose quoted original carries patient details')


def p_fwd_inline(rng, lang):
    inner = rng.choice([p_chsld_family, p_transport, p_youth, p_rehab])(rng, lang)
    inner['atts'] = []
    who, frm = me(rng)
    top = rng.choice(['Pour ton info, peux-tu prendre le relais?', 'FYI - à traiter svp']) if lang == 'fr' else 'FYI - can you take this one?'
    body = inline_fwd(rng, lang, top + sig(rng, lang, who), inner['body'], inner['frm'][0], inner['subject'])
    return dict(subject=('TR: ' if lang == 'fr' else 'Fwd: ') + inner['subject'], body=body, frm=frm, to=int_to(rng),
                types=inner['types'], note='inline forward of a message with patient details')


DISG = [-1, -1]


def p_disguised(rng, lang):
    p = r_patient(rng, True)
    who, frm = me(rng)
    DISG[0] += 1
    style = ['fw', 'spaced', 'split', 'words', 'dot'][DISG[0] % 5]
    if style == 'words':
        nm = p['nam'][:4] + ' ' + ' '.join({'0': 'zéro', '1': 'un', '2': 'deux', '3': 'trois', '4': 'quatre', '5': 'cinq', '6': 'six',
                                            '7': 'sept', '8': 'huit', '9': 'neuf'}[c] for c in p['nam'][4:])
    else:
        nm = fmt_nam(p['nam'], rng, style)
    if lang == 'fr':
        subj = rng.choice(['le client de jeudi', 'info demandée', 'pour la réclamation'])
        body = ("Salut,\n\nJe t'écris le numéro avec des espaces pour que le courriel passe le filtre :\n%s\n"
                "C'est pour %s, %s (%s). Suivi en dépendance au CRD, méthadone 60 mg.\n" % (nm, p['giv'], p['sur'][0] + '.', p['dob']))
    else:
        subj = rng.choice(["Thursday's client", 'info you asked for'])
        body = ("Hi,\n\nTyping the number weird so the email doesn't get blocked:\n%s\n"
                "It's for %s %s. (%s). Followed in addiction services, methadone 60 mg.\n" % (nm, p['giv'], p['sur'][0], p['dob']))
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=ext_to(rng), charset='utf-8' if style == 'fw' else None,
                types=['ramq_nam', 'date_of_birth', 'social_information', 'medication'],
                note='NAM deliberately disguised to evade filtering, with addiction info')


def p_shared_surname(rng, lang):
    p = r_patient(rng, True)
    who, frm = me(rng)
    if lang == 'fr':
        subj = 'Dre %s - sa patiente/son patient' % p['sur'] if rng.random() < .3 else 'Rendez-vous Dre %s' % p['sur']
        body = ("Bonjour,\n\nLa Dre %s (aucun lien de parenté!) demande de voir %s %s %s en clinique MPOC mardi. "
                "NAM %s. Spirométrie à refaire, exacerbation récente.\n" % (p['sur'], hon(p, 'fr'), p['giv'], p['sur'], fmt_nam(p['nam'], rng)))
    else:
        subj = 'Appt with Dr. %s' % p['sur']
        body = ("Hi,\n\nDr. %s (no relation!) wants to see %s %s %s at the COPD clinic Tuesday. RAMQ %s. "
                "Repeat spirometry, recent exacerbation.\n" % (p['sur'], hon(p, 'en'), p['giv'], p['sur'], fmt_nam(p['nam'], rng)))
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=ext_to(rng, 'cliniquegmf-nord.example'),
                types=['patient_name', 'ramq_nam', 'diagnosis'], note='patient shares surname with the physician; NAM and diagnosis')


def p_sin_claim(rng, lang):
    p = r_patient(rng, False)
    p['dob'] = '19%02d-%02d-%02d' % (rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28))
    who, frm = me(rng)
    s = gen_sin(rng)
    sf = rng.choice([s, '%s %s %s' % (s[:3], s[3:6], s[6:]), '%s-%s-%s' % (s[:3], s[3:6], s[6:])])
    org = rng.choice(['CNESST', 'SAAQ', 'Desjardins Assurances'])
    if lang == 'fr':
        subj = 'Réclamation %s - %s' % (org, p['sur'])
        body = ("Bonjour,\n\nVoici les infos pour la réclamation :\n%s %s, DDN %s\nNAS : %s\n"
                "Lésion : %s, suivi physio 2x/sem au CLSC depuis le %d sept.\n" % (p['giv'], p['sur'], p['dob'], sf,
                                                                                  rng.choice(['entorse lombaire', 'commotion cérébrale', 'fracture poignet']), rng.randint(1, 28)))
    else:
        subj = '%s claim - %s' % (org, p['sur'])
        body = ("Hello,\n\nInfo for the claim:\n%s %s, DOB %s\nSIN: %s\nInjury: %s, PT 2x/week at the CLSC since Sept %d.\n" % (
            p['giv'], p['sur'], p['dob'], sf, rng.choice(['lumbar sprain', 'concussion', 'wrist fracture']), rng.randint(1, 28)))
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=ext_to(rng, 'assurances-nord.example'),
                types=['patient_name', 'ca_sin', 'date_of_birth', 'diagnosis'], note='insurance claim with patient SIN and injury')


def p_ontario(rng, lang):
    p = r_patient(rng, False)
    who, frm = me(rng)
    h = gen_ohn(rng)
    hf = rng.choice([h, '%s-%s-%s' % (h[:4], h[4:7], h[7:]), '%s %s %s %s' % (h[:4], h[4:7], h[7:], rng.choice(['AB', 'KX', 'MT']))])
    if lang == 'en':
        subj = rng.choice(['Transfer to Hawkesbury - %s' % p['sur'], 'Ontario patient - home care follow-up'])
        body = ("Hello,\n\nOntario resident seen by our CLSC team while staying with family in %s.\n%s %s, DOB %s, OHIP %s\n"
                "Dx: %s. Please arrange home care follow-up on return to Ontario next week.\n" % (rng.choice(TOWNS), p['giv'], p['sur'], p['dob'], hf, rng.choice(DX_EN)))
    else:
        subj = 'Transfert Ontario - %s' % p['sur']
        body = ("Bonjour,\n\nUsager ontarien vu à domicile pendant un séjour chez sa famille.\n%s %s, DDN %s, carte santé Ontario %s\n"
                "Dx : %s. Merci d'assurer le suivi SAD à son retour à Hawkesbury.\n" % (p['giv'], p['sur'], p['dob'], hf, rng.choice(DX_FR)))
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=ext_to(rng, 'hopital-hawkesbury.example'),
                types=['patient_name', 'ca_health_number', 'date_of_birth', 'diagnosis'], note='Ontario health number with patient name and dx')


def p_europe(rng, lang):
    p = r_patient(rng, False)
    p['dob'] = '19%02d-%02d-%02d' % (rng.randint(40, 99), rng.randint(1, 12), rng.randint(1, 28))
    who, frm = me(rng)
    DISG[1] += 1
    if DISG[1] % 2 == 0:
        n = gen_niss(rng, p['dob'], p['sex']); fmt = '%s.%s.%s-%s.%s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:])
        lab, typ, country = 'NISS', 'be_niss', 'belge'
    else:
        n = gen_nir(rng, p['dob'], p['sex']); fmt = '%s %s %s %s %s %s %s' % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:])
        lab, typ, country = 'NIR', 'fr_nir', 'français' if p['sex'] == 'M' else 'française'
    if lang == 'fr':
        subj = 'Touriste hospitalisé - facturation %s' % p['sur']
        body = ("Bonjour,\n\nPour la facturation hors Québec : %s %s, %s le %s, %s %s, %s %s.\n"
                "%s pour %s, congé prévu avec suivi CLSC avant le vol de retour.\n" % (p['giv'], p['sur'], ne(p), p['dob'],
                'ressortissant' if p['sex'] == 'M' else 'ressortissante', country if p['sex'] == 'M' or country == 'belge' else country,
                lab, fmt, 'Admis' if p['sex'] == 'M' else 'Admise', rng.choice(DX_FR)))
    else:
        subj = 'Visitor billing - %s' % p['sur']
        body = ("Hi,\n\nFor out-of-province billing: %s %s, born %s, %s %s.\nAdmitted for %s; CLSC follow-up before the return flight.\n" % (
            p['giv'], p['sur'], p['dob'], lab, fmt, rng.choice(DX_EN)))
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=ext_to(rng, 'assistance-voyage.example'),
                types=['patient_name', typ, 'date_of_birth', 'diagnosis'], note='foreign visitor billing with NISS/NIR')


def p_social(rng, lang):
    p = r_patient(rng, rng.random() < 0.3)
    who, frm = me(rng)
    if lang == 'fr':
        s = rng.choice(['risque d\'éviction (loyer impayé 3 mois), demande au HLM', 'aide sociale coupée, pas de nourriture',
                        'violence conjugale, hébergée en maison d\'aide', 'statut d\'immigration précaire, pas de RAMQ'])
        subj = rng.choice(['Travail social - %s' % p['sur'], 'Demande urgente logement', 'Situation sociale client SAD'])
        body = "Bonjour,\n\n%s (%s, tél. %s) : %s. Peut-on accélérer le dossier? %s accepte le partage d'info.\n" % (pname(p, rng, lang), p['addr'], p['tel'], s, 'Il' if p['sex'] == 'M' else 'Elle')
    else:
        s = rng.choice(['facing eviction (3 months rent owed), social housing application', 'income support cut off, no food',
                        'domestic violence, now in a shelter', 'precarious immigration status, no RAMQ coverage'])
        subj = rng.choice(['Social work - %s' % p['sur'], 'Urgent housing request'])
        body = "Hello,\n\n%s (%s, tel %s): %s. Can we fast-track? Consent to share given.\n" % (pname(p, rng, lang), p['addr'], p['tel'], s)
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=ext_to(rng, rng.choice(['omh-nord.example', 'courriel.example'])),
                types=['patient_name', 'patient_contact', 'social_information'], note='social worker message on a named client\'s housing/income/violence')


def p_incident(rng, lang):
    p = r_patient(rng, rng.random() < 0.4)
    who, frm = me(rng)
    ch = mrn(rng)
    if lang == 'fr':
        subj = 'AH-223 - erreur de médicament ch. %d' % rng.randint(100, 340)
        body = ("Rapport d'incident/accident\nRésident : %s, dossier %s\nÉvénement : %s reçu au lieu de %s (dose du soir).\n"
                "Conséquence : somnolence, SV stables. Famille avisée. Md avisé.\n" % (pname(p, rng, lang), ch, MEDS[7], MEDS[5]))
    else:
        subj = 'Incident report - med error room %d' % rng.randint(100, 340)
        body = ("Incident report\nResident: %s, chart %s\nEvent: received %s instead of %s (evening dose).\nOutcome: drowsy, vitals stable. Family and MD notified.\n" % (
            pname(p, rng, lang), ch, MEDS[7], MEDS[5]))
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=int_to(rng), cc=int_to(rng),
                types=['patient_name', 'mrn', 'medication'], note='incident report naming a CHSLD resident with chart number')


def _roster(rng, n, lang):
    rows = [['Nom', 'Prénom', 'DDN', 'NAM / Dossier', 'Adresse', 'Motif'] if lang == 'fr' else ['Last', 'First', 'DOB', 'RAMQ / Chart', 'Address', 'Reason']]
    has_nam = False
    has_mrn = False
    for _ in range(n):
        p = r_patient(rng, rng.random() < .5)
        has_nam |= bool(p['nam'])
        has_mrn |= not p['nam']
        rows.append([p['sur'], p['giv'], p['dob'], p['nam'] or mrn(rng), p['addr'], rng.choice(DX_FR if lang == 'fr' else DX_EN)])
    return rows, (['ramq_nam'] if has_nam else []) + (['mrn'] if has_mrn else [])


def p_att_sheet(rng, lang):
    who, frm = me(rng)
    rows, has_nam = _roster(rng, rng.randint(5, 12), lang)
    kind = rng.choice(['xlsx', 'csv'])
    if kind == 'xlsx':
        a = ('clients_SAD_%s.xlsx' % rng.choice(['nord', 'sud', 'semaine46']), att_xlsx(rows))
    else:
        a = ('extraction_clients.csv', att_csv(rows, rng.choice(['utf-8', 'cp1252'])))
    subj = rng.choice(['Liste clients à revoir', 'Extraction pour la tournée', 'Fichier demandé']) if lang == 'fr' else rng.choice(['Client list to review', 'Requested export'])
    body = ('Bonjour,\n\nVoir pièce jointe.\n' if lang == 'fr' else 'Hi,\n\nSee attached.\n')
    types = ['patient_name', 'date_of_birth', 'patient_contact', 'diagnosis'] + has_nam
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=ext_to(rng), atts=[a], types=types,
                note='spreadsheet/CSV attachment listing clients with identifiers, addresses and diagnoses')


def p_att_ics(rng, lang):
    p = r_patient(rng, rng.random() < .3)
    who, frm = me(rng)
    start = datetime.datetime(2026, 11, rng.randint(2, 27), rng.randint(8, 15), 0)
    summ = ('Visite domicile %s %s - pansement ulcère' if lang == 'fr' else 'Home visit %s %s - ulcer dressing') % (p['giv'], p['sur'])
    desc = ('Adresse : %s\nTél : %s' if lang == 'fr' else 'Address: %s\nPhone: %s') % (p['addr'], p['tel'])
    a = ('invitation.ics', att_ics(summ, desc, start, p['addr'], '%016x@%s' % (rng.getrandbits(64), DOM)))
    subj = 'Invitation : visite conjointe' if lang == 'fr' else 'Invitation: joint visit'
    body = ('Je t\'envoie l\'invitation pour la visite conjointe avec l\'ergo.\n' if lang == 'fr' else 'Sending the invite for the joint visit with OT.\n')
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=int_to(rng), atts=[a],
                types=['patient_name', 'patient_contact', 'diagnosis'], note='calendar invitation naming a client, with home address and wound care')


def p_att_vcf(rng, lang):
    p = r_patient(rng, rng.random() < .3)
    who, frm = me(rng)
    note = ('Client SAD - soins palliatifs, clé dans la boîte à clé code 1947' if lang == 'fr' else 'Home care client - palliative, key lockbox 1947')
    a = ('%s_%s.vcf' % (p['sur'], p['giv']), att_vcf('%s %s' % (p['giv'], p['sur']), p['sur'], p['giv'], p['tel'], p['addr'], note))
    subj = 'Coordonnées client' if lang == 'fr' else 'Client contact card'
    body = ('Voici la fiche contact pour la relève de nuit.\n' if lang == 'fr' else 'Contact card for the night shift.\n')
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=int_to(rng), atts=[a],
                types=['patient_name', 'patient_contact', 'diagnosis'], note='vCard of a palliative home-care client')


def p_att_docx(rng, lang):
    p = r_patient(rng, rng.random() < .6)
    who, frm = me(rng)
    ch = mrn(rng)
    paras = ['Usager : %s %s (%s %s)' % (p['giv'], p['sur'], ne(p), p['dob']), 'Dossier : %s' % ch]
    types = ['patient_name', 'date_of_birth', 'mrn', 'diagnosis', 'medication']
    if p['nam']:
        paras.append('NAM : %s' % p['nam']); types.append('ramq_nam')
    paras += ['Diagnostic principal : %s' % rng.choice(DX_FR), 'Médication au congé : %s ; %s' % tuple(rng.sample(MEDS, 2)),
              'Plan : suivi SAD 2x/sem, réévaluation ergo.']
    a = ('resume_conge_%s.docx' % p['sur'].replace(' ', '').replace("'", ''), att_docx('Résumé de congé', paras))
    subj = 'Résumé de congé pour suivi CLSC' if lang == 'fr' else 'Discharge summary for CLSC follow-up'
    body = ('Bonjour, résumé en PJ. Merci de prendre en charge.\n' if lang == 'fr' else 'Hello, summary attached. Please take over follow-up.\n')
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=ext_to(rng, 'cliniquegmf-nord.example'), atts=[a],
                types=types, note='discharge summary DOCX for a named patient')


def p_att_eml(rng, lang, idx):
    inner = rng.choice([p_home_care, p_pharmacy, p_social, p_lab])(rng, lang)
    im, *_ = build(rng, inner, idx * 1000, nested=True)
    who, frm = me(rng)
    subj = ('TR: ' if lang == 'fr' else 'FW: ') + inner['subject']
    body = ('Voir le courriel ci-joint, peux-tu faire le suivi?\n' if lang == 'fr' else 'See attached email, can you follow up?\n')
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=int_to(rng), atts=[('message.eml', ('message', im))],
                types=inner['types'], note='forward-as-attachment of a message with patient details')


def p_att_zip(rng, lang):
    who, frm = me(rng)
    rows, has_nam = _roster(rng, rng.randint(4, 8), lang)
    s = io.StringIO(); w = csv.writer(s, lineterminator='\n'); [w.writerow(r) for r in rows]
    files = [('liste_usagers.csv', s.getvalue().encode('utf-8')), ('LISEZMOI.txt', b'Export SIPAD - usage interne\n')]
    a = ('export_%d.zip' % rng.randint(100, 999), att_zip(files))
    subj = 'Export demandé (zip)' if lang == 'fr' else 'Requested export (zip)'
    body = ('Fichier compressé ci-joint. Mot de passe envoyé par texto.\n' if lang == 'fr' else 'Zipped file attached; password by text.\n')
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=ext_to(rng), atts=[a],
                types=['patient_name', 'date_of_birth', 'patient_contact', 'diagnosis'] + has_nam,
                note='ZIP containing a CSV of clients with identifiers')


def p_pdf_pharm(rng, lang):
    p = r_patient(rng, True)
    who, frm = me(rng)
    lines = ['Nom : %s, %s' % (p['sur'], p['giv']), 'DDN : %s   Sexe : %s' % (p['dob'], p['sex']), 'NAM : %s' % fmt_nam(p['nam'], rng),
             'Médicaments : ' + '; '.join(rng.sample(MEDS, 4)), 'Allergie : pénicilline']
    a = ('BCM_%s.pdf' % rng.randint(1000, 9999), att_pdf('Bilan comparatif des médicaments', lines))
    subj = rng.choice(['BCM', 'Liste de médicaments', 'PJ']) if lang == 'fr' else rng.choice(['Med list', 'BPMH attached'])
    body = ('Ci-joint.\n' if lang == 'fr' else 'Attached.\n')
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=ext_to(rng, rng.choice(EXT[:2])), atts=[a],
                types=['patient_name', 'date_of_birth', 'ramq_nam', 'medication'], note='PDF medication list for a named patient')


def p_lookslike_roster(rng, lang):
    """sign-out list formatted like a staff roster: names + times + sector, with clinical cue."""
    who, frm = me(rng)
    rows = []
    for _ in range(rng.randint(5, 8)):
        p = r_patient(rng, False)
        rows.append('%s %s\t%02dh%s\t%s\t%s' % (p['giv'], p['sur'], rng.randint(8, 16), rng.choice(['00', '30']), rng.choice(TOWNS),
                                                 rng.choice(['pans.', 'INR', 'O2', 'glyc', 'soins palliatifs', 'insuline', 'sonde'] if lang == 'fr'
                                                            else ['dressing', 'INR', 'O2', 'sugars', 'palliative', 'insulin', 'catheter'])))
    if lang == 'fr':
        subj = 'Horaire de demain - tournée auxiliaires'
        body = "Bonjour l'équipe,\n\nTournée de demain (usagers à visiter) :\n\n" + '\n'.join(rows) + "\n\nMerci de confirmer."
    else:
        subj = "Tomorrow's schedule - HSW route"
        body = "Hi team,\n\nTomorrow's route (clients to visit):\n\n" + '\n'.join(rows) + "\n\nPlease confirm."
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=int_to(rng) + int_to(rng),
                types=['patient_name', 'diagnosis'], note='schedule-looking list that is actually clients with care needs')


# ================================================================ NEGATIVES
def _staff_rows(rng, n):
    return [r_staff(rng) for _ in range(n)]


def n_staff_schedule(rng, lang):
    who, frm = me(rng)
    rows = ['%s, %s\t%s\t%s\t%s' % (s, g, rng.choice(['J', 'S', 'N', 'congé', 'formation']), rng.choice(TOWNS),
                                     rng.choice(['inf.', 'inf. aux.', 'ASSS', 'T.S.', 'ergo'])) for g, s in _staff_rows(rng, rng.randint(6, 10))]
    if lang == 'fr':
        subj = rng.choice(['Horaire SAD semaine 46', 'Remplacements fin de semaine', 'Liste de garde - décembre'])
        body = "Bonjour à toutes et à tous,\n\nVoici l'horaire du personnel (nom, quart, secteur, titre d'emploi) :\n\n" + '\n'.join(rows) + \
               "\n\nToute demande d'échange doit passer par la coordination. Merci!"
    else:
        subj = rng.choice(['Home care staff schedule wk 46', 'Weekend replacements'])
        body = "Hi all,\n\nStaff schedule (name, shift, sector, job title):\n\n" + '\n'.join(rows) + "\n\nSwaps go through the coordinator."
    atts = []
    if rng.random() < .35:
        atts = [('horaire_personnel.xlsx', att_xlsx([['Nom', 'Prénom', 'Quart', 'Secteur', 'No employé']] +
                                                     [[s, g, rng.choice('JSN'), rng.choice(TOWNS), luhn_lookalike(rng, 7)] for g, s in _staff_rows(rng, 8)]))]
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=int_to(rng), atts=atts,
                note='staff schedule/roster (employees, shifts, sectors) - no patients')


def n_payroll(rng, lang):
    who, frm = me(rng)
    emp = luhn_lookalike(rng, 9)
    if lang == 'fr':
        subj = rng.choice(['Paie - rappel feuilles de temps', 'Relevé de paie disponible', 'Correction de paie'])
        body = ("Bonjour,\n\nRappel : les feuilles de temps de la période 22 doivent être approuvées avant mardi midi. "
                "Les primes de soir et de fin de semaine seront versées le %d. Pour toute question, numéro d'employé %s "
                "à indiquer dans la demande Logibec.\n" % (rng.randint(1, 28), emp))
    else:
        subj = rng.choice(['Payroll - timesheet reminder', 'Pay stub available'])
        body = ("Hello,\n\nReminder: period 22 timesheets must be approved by Tuesday noon. Evening/weekend premiums paid on the %d. "
                "Quote employee number %s on any request.\n" % (rng.randint(1, 28), emp))
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=int_to(rng), note='payroll notice with an employee number')


def n_fleet(rng, lang):
    who, frm = me(rng)
    cars = ['%s %d - plaque %s%d%s - actif %s - %d km' % (rng.choice(['Corolla', 'Elantra', 'RAV4 hybride', 'Bolt']), rng.randint(2018, 2025),
                                                          rng.choice('FGHKL'), rng.randint(10, 99), ''.join(rng.choice('ABCDEFGHJK') for _ in range(3)),
                                                          luhn_lookalike(rng, 8), rng.randint(12000, 190000)) for _ in range(rng.randint(3, 5))]
    if lang == 'fr':
        subj = rng.choice(['Flotte - changement de pneus', 'Véhicules SAD - entretien', 'Réservation véhicules de service'])
        body = "Bonjour,\n\nLes véhicules suivants doivent passer au garage avant le 15 nov. (pneus d'hiver) :\n\n" + '\n'.join(cars) + \
               "\n\nMerci de laisser la clé au poste d'accueil et de noter le kilométrage dans le registre."
    else:
        subj = rng.choice(['Fleet - winter tires', 'Home care vehicles - maintenance'])
        body = "Hi,\n\nThese vehicles need to go to the garage before Nov 15 (winter tires):\n\n" + '\n'.join(cars) + "\n\nLeave keys at reception."
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=int_to(rng) + ext_to(rng, 'flotte-pro.example'),
                note='fleet vehicle maintenance with plates and asset numbers')


def n_it(rng, lang):
    who, frm = me(rng)
    k = rng.randrange(3)
    if lang == 'fr':
        subj = ['Migration du NAS - lecteur S:', 'Panne réseau CLSC Pointe-Grise', 'Mise à jour des tablettes SAD'][k]
        body = ["Bonjour,\n\nLe NAS \\\\nas-vb-02 sera migré samedi de 22 h à 4 h. Les lecteurs S: et T: seront inaccessibles. "
                "Enregistrez vos fichiers localement. Billet n° INC%07d.\n" % rng.randint(0, 9999999),
                "Bonjour,\n\nPanne du lien Internet au CLSC de Pointe-Grise depuis 9 h 10. Télus est en route. Utilisez le mode hors ligne de l'application SAD.\n",
                "Bonjour,\n\nLes tablettes des intervenants (IMEI %s, %s) doivent être branchées au Wi-Fi ce soir pour la mise à jour iOS.\n"
                % (luhn_lookalike(rng, 15), luhn_lookalike(rng, 15))][k]
    else:
        subj = ['NAS migration - S: drive', 'Network outage at CLSC', 'Tablet update'][k]
        body = ["Hi,\n\nNAS \\\\nas-vb-02 will be migrated Saturday 10 pm-4 am. S: and T: drives unavailable. Ticket INC%07d.\n" % rng.randint(0, 9999999),
                "Hi,\n\nInternet link down at Pointe-Grise CLSC since 9:10. Use offline mode in the home care app.\n",
                "Hi,\n\nField tablets (IMEI %s, %s) must be on Wi-Fi tonight for the update.\n" % (luhn_lookalike(rng, 15), luhn_lookalike(rng, 15))][k]
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=[('Tous - SAD', 'sad-tous@' + DOM)], note='IT notice (NAS, outage, tablets)')


def n_procurement(rng, lang):
    who, frm = me(rng)
    items = [(rng.choice(['Pansements mousse 10x10', 'Seringues 3 ml', 'Gants nitrile M', 'Glucomètres', 'Lingettes désinfectantes', 'Pompes à perfusion']),
              'CAT-%05d' % rng.randint(0, 99999), 'LOT %s' % luhn_lookalike(rng, 10), rng.randint(2, 40), rng.randint(3, 900) + .99) for _ in range(rng.randint(3, 6))]
    po = 'BC-%d-%05d' % (2026, rng.randint(0, 99999))
    lines = ['%s | %s | %s | qté %d | %.2f $' % it for it in items]
    atts = []
    if rng.random() < .5:
        atts.append(('%s.pdf' % po, att_pdf('Bon de commande %s' % po, ['Fournisseur : Médifourniture inc.', 'Livrer à : Magasin central, CISSS de Val-Brûlé'] + lines)))
    if lang == 'fr':
        subj = rng.choice(['Bon de commande %s' % po, 'Facture %d - Médifourniture' % rng.randint(10000, 99999), 'Rupture de stock'])
        body = ("Bonjour,\n\nCi-dessous le détail de la commande %s (compte client %s) :\n\n%s\n\nLivraison au quai B. Merci.\n"
                "N° TPS %s RT0001 - N° TVQ %s TQ0001\n" % (po, luhn_lookalike(rng, 10), '\n'.join(lines), luhn_lookalike(rng, 9), luhn_lookalike(rng, 10)))
    else:
        subj = rng.choice(['Purchase order %s' % po, 'Invoice %d' % rng.randint(10000, 99999)])
        body = ("Hello,\n\nDetails of order %s (account %s):\n\n%s\n\nDeliver to dock B.\nGST/HST %s RT0001\n"
                % (po, luhn_lookalike(rng, 10), '\n'.join(lines), luhn_lookalike(rng, 9)))
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=ext_to(rng, rng.choice(VENDORS)), atts=atts,
                note='purchase order/invoice with catalogue and lot numbers')


def n_committee(rng, lang):
    who, frm = me(rng)
    com = rng.choice(['CII', 'CMDP', 'comité des usagers', 'comité de gestion des risques', 'CECII', 'comité milieu de vie CHSLD'])
    d = rng.randint(2, 27)
    if lang == 'fr':
        subj = 'Convocation - %s du %d novembre' % (com, d)
        body = ("Bonjour,\n\nVous êtes convoqué·e à la rencontre du %s le %d novembre, 13 h, salle Lac-Vert (Teams aussi).\n\n"
                "Ordre du jour :\n1. Adoption du PV\n2. Tableau de bord qualité T2\n3. Plan de prévention des chutes\n4. Varia\n" % (com, d))
    else:
        subj = 'Meeting notice - %s, Nov %d' % (com, d)
        body = "Hello,\n\nYou are invited to the %s meeting Nov %d, 1 pm, Lac-Vert room (Teams).\n\nAgenda:\n1. Minutes\n2. Q2 quality dashboard\n3. Falls prevention plan\n4. Other\n" % (com, d)
    atts = []
    if rng.random() < .4:
        start = datetime.datetime(2026, 11, d, 13, 0)
        atts.append(('invite.ics', att_ics('Rencontre %s' % com, 'Ordre du jour en pièce jointe', start, 'Salle Lac-Vert, siège social', '%016x@%s' % (rng.getrandbits(64), DOM))))
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=int_to(rng) + int_to(rng), atts=atts, note='committee meeting notice')


def n_newsletter(rng, lang):
    who, frm = me(rng)
    if lang == 'fr':
        subj = rng.choice(['Infolettre SAD - novembre', 'Bulletin pharmaco : les anticoagulants oraux', 'Le Fil du CISSS'])
        body = ("INFOLETTRE\n\n• Vaccination antigrippale : 1 248 usagers vaccinés à domicile à ce jour.\n"
                "• Rappel : les AOD (apixaban, rivaroxaban) ne nécessitent pas de suivi INR, mais la fonction rénale doit être surveillée.\n"
                "• Prévention des plaies de pression : nouvelle trousse disponible.\n• Bravo à l'équipe de Saint-Aurèle pour le prix Qualité!\n")
    else:
        subj = rng.choice(['Home care newsletter - November', 'Pharmacy bulletin: oral anticoagulants'])
        body = ("NEWSLETTER\n\n• Flu shots: 1,248 home care clients vaccinated so far.\n• DOACs do not require INR monitoring; renal function does.\n"
                "• Pressure injury prevention kit now available.\n")
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=[('Personnel', 'tous@' + DOM)], mode=rng.choice(['html', 'alt']),
                note='newsletter about drugs and aggregate activity')


def n_training(rng, lang):
    who, frm = me(rng)
    t = rng.choice(['PDSB', 'RCR - mise à jour', 'Soins de plaies niveau 2', 'Approche Montessori en CHSLD', 'Oméga'])
    if lang == 'fr':
        subj = 'Formation %s - inscriptions' % t
        body = "Bonjour,\n\nLa formation %s aura lieu les %d et %d novembre. Formatrice : %s %s, conseillère en soins. Inscription via l'ENA.\n" % (
            t, rng.randint(2, 12), rng.randint(13, 27), *r_staff(rng))
    else:
        subj = 'Training: %s - registration' % t
        body = "Hi,\n\n%s training on Nov %d and %d. Trainer: %s %s. Register via the LMS.\n" % (t, rng.randint(2, 12), rng.randint(13, 27), *r_staff(rng))
    atts = []
    if rng.random() < .5:
        atts.append(('programme_formation.pdf', att_pdf('Programme - %s' % t, ['8 h 30 Accueil', '9 h Théorie', '12 h Dîner', '13 h Pratique', '16 h Évaluation'])))
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=[('Personnel SAD', 'sad-tous@' + DOM)], atts=atts, note='training announcement')


def n_union(rng, lang):
    who, frm = me(rng)
    u = rng.choice(['FIQ', 'APTS', 'CSN', 'SCFP'])
    if lang == 'fr':
        subj = 'Avis syndical %s - assemblée générale' % u
        body = "Chères membres, chers membres,\n\nAssemblée générale le %d novembre à 19 h (hybride). Points : temps supplémentaire obligatoire, kilométrage SAD, ratios en CHSLD.\n\nSolidairement,\nL'exécutif local %s" % (rng.randint(2, 28), u)
    else:
        subj = '%s union notice - general assembly' % u
        body = "Dear members,\n\nGeneral assembly Nov %d at 7 pm (hybrid). Items: mandatory overtime, mileage, CHSLD ratios.\n\nIn solidarity,\n%s local executive" % (rng.randint(2, 28), u)
    return dict(subject=subj, body=body, frm=('Exécutif %s' % u, 'executif.%s@syndicat-vb.example' % u.lower()), to=int_to(rng), note='union notice')


def n_job(rng, lang):
    who, frm = me(rng)
    j = rng.choice(['Infirmière clinicienne SAD', 'Auxiliaire aux services de santé et sociaux', 'Travailleuse sociale - jeunesse', 'Préposé aux bénéficiaires CHSLD', 'Physiothérapeute'])
    if lang == 'fr':
        subj = 'Affichage de poste : %s' % j
        body = "Poste permanent temps complet, %s. Échelle salariale selon la convention. Prime d'éloignement. Date limite : %d novembre. Référence %s.\n" % (
            rng.choice(SITES), rng.randint(2, 28), 'AFF-2026-%04d' % rng.randint(0, 9999))
    else:
        subj = 'Job posting: %s' % j
        body = "Full-time permanent position at %s. Salary per collective agreement. Deadline Nov %d. Ref AFF-2026-%04d.\n" % (rng.choice(SITES), rng.randint(2, 28), rng.randint(0, 9999))
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=[('Dotation', 'dotation@' + DOM)] + ext_to(rng, 'emplois-sante.example'), note='job posting')


def n_physician_disease(rng, lang):
    who, frm = me(rng)
    g, s = r_staff(rng)
    spec = rng.choice([('pneumologue', 'MPOC', 'COPD'), ('oncologue', 'cancer du sein', 'breast cancer'), ('gériatre', 'démence', 'dementia'),
                       ('néphrologue', 'insuffisance rénale', 'kidney disease')])
    if lang == 'fr':
        subj = 'Bienvenue à la Dre %s' % s
        body = "Bonjour,\n\nNous accueillons la Dre %s %s, %s, qui prendra en charge la clinique %s du CLSC les mardis. Les références passent par le CRDS.\n" % (g, s, spec[0], spec[1])
    else:
        subj = 'Welcome Dr. %s' % s
        body = "Hi,\n\nPlease welcome Dr. %s %s, who will run the %s clinic at the CLSC on Tuesdays. Referrals through the CRDS.\n" % (g, s, spec[2])
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=[('Médecins GMF', 'gmf@cliniquegmf-nord.example')], note='physician named next to the disease they treat')


def n_staff_leave(rng, lang):
    who, frm = me(rng)
    g, s = r_staff(rng)
    if lang == 'fr':
        subj = 'Absence de %s %s' % (g, s)
        body = "Bonjour,\n\n%s sera en congé maladie jusqu'au %d nov.%s Ses visites sont redistribuées; voir la coordonnatrice. Merci de votre souplesse.\n" % (
            g, rng.randint(2, 28), rng.choice(['', ' (elle se remet d\'une pneumonie, on lui souhaite un bon rétablissement!)', ' (chirurgie du genou)']))
    else:
        subj = '%s %s absence' % (g, s)
        body = "Hi,\n\n%s is on sick leave until Nov %d%s. Visits are being reassigned; see the coordinator.\n" % (
            g, rng.randint(2, 28), rng.choice(['', ' (recovering from knee surgery)', ' - shingles, get well soon!']))
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=int_to(rng), note='staff sick leave notice')


def n_teaching(rng, lang):
    who, frm = me(rng)
    if lang == 'fr':
        subj = 'Cas clinique pour la formation de jeudi'
        body = ("Cas : Une femme de 84 ans, vivant seule en milieu rural, est suivie en SAD pour une insuffisance cardiaque. "
                "Elle prend du furosémide 40 mg DIE et présente un gain de poids de 2 kg en 3 jours. Questions : 1) Quels signes surveiller? 2) Quand aviser le md?\n")
    else:
        subj = 'Teaching case for Thursday'
        body = ("Case: An 84-year-old woman living alone in a rural area is followed by home care for heart failure. On furosemide 40 mg daily, "
                "she gained 2 kg in 3 days. Q1: What to monitor? Q2: When to call the MD?\n")
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=[('Stagiaires', 'stages@' + DOM)], note='anonymised teaching case')


def n_stats(rng, lang):
    who, frm = me(rng)
    rows = [['Secteur', 'Usagers actifs', 'Visites', 'Délai moyen (j)']] + [[t, rng.randint(40, 400), rng.randint(300, 3000), round(rng.uniform(1, 20), 1)] for t in TOWNS]
    txt = '\n'.join('%s : %s usagers, %s visites, délai %s j' % tuple(r) for r in rows[1:])
    if lang == 'fr':
        subj = 'Tableau de bord SAD - P7'
        body = "Bonjour,\n\nVoici les indicateurs de la période 7 :\n\n%s\n\nCas d'influenza en CHSLD : %d (unité 2B). Aucun décès.\n" % (txt, rng.randint(3, 20))
    else:
        subj = 'Home care dashboard - P7'
        body = "Hi,\n\nPeriod 7 indicators:\n\n%s\n\nInfluenza cases in CHSLD: %d (unit 2B).\n" % (txt, rng.randint(3, 20))
    atts = [('tableau_bord_P7.xlsx', att_xlsx(rows))] if rng.random() < .5 else []
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=int_to(rng), atts=atts, note='aggregate statistics, no individuals')


def n_facilities(rng, lang):
    who, frm = me(rng)
    k = rng.randrange(3)
    if lang == 'fr':
        subj = ['Stationnement - déneigement', 'Cafétéria fermée vendredi', 'Travaux ascenseur CHSLD'][k]
        body = ["Le stationnement P2 sera fermé mardi de 6 h à 10 h pour le déneigement. Merci de déplacer vos véhicules.\n",
                "La cafétéria du siège social sera fermée vendredi (inventaire). Machines distributrices disponibles.\n",
                "L'ascenseur B du CHSLD Saint-Onésime sera hors service du %d au %d nov. Prévoir du temps pour les déplacements.\n" % (rng.randint(1, 10), rng.randint(11, 20))][k]
    else:
        subj = ['Parking - snow removal', 'Cafeteria closed Friday', 'Elevator work'][k]
        body = ["Lot P2 closed Tuesday 6-10 am for snow removal.\n", "Head office cafeteria closed Friday.\n", "Elevator B out of service Nov %d-%d.\n" % (rng.randint(1, 10), rng.randint(11, 20))][k]
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=[('Tous', 'tous@' + DOM)], note='facilities notice')


def n_conference(rng, lang):
    who, frm = me(rng)
    talks = ['%s h - %s %s : %s' % (h, *r_staff(rng), t) for h, t in zip([9, 10, 11, 13, 14], rng.sample(
        ['Soins palliatifs à domicile en région', 'Déprescription chez l\'aîné', 'Plaies chroniques', 'Proches aidants', 'DPJ et CLSC : arrimage', 'Télésoins'], 5))]
    if lang == 'fr':
        subj = 'Programme - Journée régionale SAD'
        body = "Bonjour,\n\nProgramme de la journée du %d novembre :\n\n%s\n\nInscription gratuite.\n" % (rng.randint(2, 28), '\n'.join(talks))
    else:
        subj = 'Programme - Regional home care day'
        body = "Hi,\n\nProgramme for Nov %d:\n\n%s\n\nFree registration.\n" % (rng.randint(2, 28), '\n'.join(talks))
    atts = [('programme.docx', att_docx('Programme', talks))] if rng.random() < .4 else []
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=ext_to(rng, 'ciusss-capitale.example'), atts=atts, note='conference programme with speakers and topics')


def n_blank_form(rng, lang):
    who, frm = me(rng)
    fields = ['Nom de l\'usager : ____________', 'Date de naissance : __/__/____', 'NAM : ____ ____ ____', 'Adresse : ____________',
              'Diagnostic : ____________', 'Services demandés : ☐ soins inf. ☐ AVQ ☐ ergo']
    fields_en = ['Client name: ________', 'DOB: __/__/____', 'RAMQ: ____ ____ ____', 'Address: ________', 'Diagnosis: ________']
    f = fields if lang == 'fr' else fields_en
    kind = rng.choice(['pdf', 'docx'])
    a = ('formulaire_demande_SAD.' + kind, att_pdf('Demande de services SAD', [x.replace('☐', '[ ]') for x in f]) if kind == 'pdf' else att_docx('Demande de services SAD', f))
    subj = 'Nouveau formulaire de demande SAD (vierge)' if lang == 'fr' else 'New blank home care request form'
    body = ('Bonjour,\n\nVeuillez utiliser le nouveau formulaire (version 2026-10) à partir de lundi. Gabarit vierge ci-joint.\n'
            'Rappel : le NAM compte 12 caractères (4 lettres + 8 chiffres); ne pas inscrire le NAS.\n' if lang == 'fr'
            else 'Hi,\n\nPlease use the new form (v2026-10) starting Monday. Blank template attached.\n')
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=ext_to(rng, 'cliniquegmf-nord.example'), atts=[a], note='blank form template')


def n_vendor(rng, lang):
    who, frm = me(rng)
    sn = ['SN %s' % luhn_lookalike(rng, 10) for _ in range(3)]
    if lang == 'fr':
        subj = 'Rappel fabricant - pompes à perfusion'
        body = "Bonjour,\n\nAvis de rappel : pompes CADD modèle 2100, n° de série %s. Merci de retourner les unités au génie biomédical.\n" % ', '.join(sn)
    else:
        subj = 'Manufacturer recall - infusion pumps'
        body = "Hello,\n\nRecall notice: CADD pumps model 2100, serial numbers %s. Return units to biomed.\n" % ', '.join(sn)
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=ext_to(rng, 'baxteria.example'), note='vendor recall with serial numbers')


def n_public_health(rng, lang):
    who, frm = me(rng)
    n = rng.randint(8, 60)
    if lang == 'fr':
        subj = 'Bulletin santé publique - VRS et influenza'
        body = "Semaine 45 : %d cas d'influenza A confirmés dans la région, 3 éclosions en CHSLD (unités fermées aux visites). Port du masque recommandé. Taux de positivité VRS : 9 %%.\n" % n
    else:
        subj = 'Public health bulletin - RSV and influenza'
        body = "Week 45: %d confirmed influenza A cases in the region, 3 CHSLD outbreaks. Masks recommended. RSV positivity 9%%.\n" % n
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=[('Partenaires', 'partenaires@' + DOM)], note='public-health aggregate bulletin')


def n_clinic_phones(rng, lang):
    who, frm = me(rng)
    lines = ['%s : 819-555-%04d (fax 819-555-%04d)' % (s, rng.randint(1000, 9999), rng.randint(1000, 9999)) for s in rng.sample(SITES, 5)]
    subj = 'Bottin des sites - mise à jour' if lang == 'fr' else 'Site phone directory update'
    body = ('Bonjour,\n\nNouveau bottin :\n\n' if lang == 'fr' else 'Hi,\n\nUpdated directory:\n\n') + '\n'.join(lines) + '\n'
    atts = []
    if rng.random() < .4:
        g, s = r_staff(rng)
        atts.append(('%s.vcf' % s, att_vcf('%s %s' % (g, s), s, g, '819-555-%04d' % rng.randint(1000, 9999), '155 rue Principale, Val-Brûlé', '', org='CISSS de Val-Brûlé')))
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=int_to(rng), atts=atts, note='clinic phone directory / staff contact card')


def n_chsld_families(rng, lang):
    who, frm = me(rng)
    if lang == 'fr':
        subj = 'CHSLD des Érables - activités et visites'
        body = ("Chères familles,\n\nLe souper de Noël des résidents aura lieu le 18 décembre. Les heures de visite restent 9 h - 21 h. "
                "En raison d'une éclosion sur l'unité 2, merci de porter le masque. Le comité des résidents recrute des bénévoles.\n")
    else:
        subj = 'CHSLD des Érables - activities and visits'
        body = "Dear families,\n\nResidents' Christmas dinner Dec 18. Visiting hours 9-9. Please mask on unit 2 (outbreak).\n"
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=[('Familles', 'familles-erables@' + DOM)], mode='html',
                note='general notice to CHSLD families, no resident named')


def n_reply_thread(rng, lang):
    inner = rng.choice([n_committee, n_fleet, n_it, n_training, n_facilities])(rng, lang)
    inner['atts'] = []
    who, frm = me(rng)
    top = rng.choice(['Je serai là.', 'Ok pour moi, merci.', 'Peux-tu me réserver une place?']) if lang == 'fr' else rng.choice(['I\'ll be there.', 'Works for me.'])
    if rng.random() < .6:
        body = quote_reply(rng, lang, top + sig(rng, lang, who), inner['body'], inner['frm'][0], inner['subject'])
        subj = ('RE: ' if lang == 'fr' else 'Re: ') + inner['subject']
    else:
        body = inline_fwd(rng, lang, top + sig(rng, lang, who), inner['body'], inner['frm'][0], inner['subject'])
        subj = ('TR: ' if lang == 'fr' else 'Fwd: ') + inner['subject']
    return dict(subject=subj, body=body, frm=frm, to=[inner['frm']], reply=True, note='reply/forward of an administrative message')


def n_fwd_att(rng, lang, idx):
    inner = rng.choice([n_it, n_payroll, n_union, n_job])(rng, lang)
    im, *_ = build(rng, inner, idx * 1000, nested=True)
    who, frm = me(rng)
    return dict(subject=('TR: ' if lang == 'fr' else 'FW: ') + inner['subject'], body=('Pour info.\n' if lang == 'fr' else 'FYI.\n') + sig(rng, lang, who),
                frm=frm, to=int_to(rng), atts=[('message.eml', ('message', im))], note='administrative message forwarded as attachment')


def n_zip_forms(rng, lang):
    who, frm = me(rng)
    files = [('politique_visites_domicile.txt', 'Politique sur la sécurité des intervenants à domicile - v3\n'.encode('utf-8')),
             ('inventaire.csv', att_csv([['Article', 'Code', 'Qté']] + [[rng.choice(['Gants', 'Masques N95', 'Blouses']), 'CAT-%05d' % rng.randint(0, 99999), rng.randint(1, 500)] for _ in range(5)])[2])]
    return dict(subject='Documents pour la réunion d\'équipe' if lang == 'fr' else 'Documents for team meeting',
                body=('Voir le zip.\n' if lang == 'fr' else 'See zip.\n') + sig(rng, lang, who), frm=frm, to=int_to(rng),
                atts=[('documents.zip', att_zip(files))], note='zip of policy and inventory')


def n_hr_roster_like_signout(rng, lang):
    """Staff list that resembles a sign-out (names + 'dx-like' tags) but is training/immunization status of employees."""
    who, frm = me(rng)
    rows = ['- %s, %s — %s — %s' % (s, g, rng.choice(['RCR à renouveler', 'PDSB fait', 'vaccin grippe reçu', 'masque N95 fit-test à faire']) if lang == 'fr'
                                    else rng.choice(['CPR due', 'PDSB done', 'flu shot received', 'N95 fit test due']), rng.choice(TOWNS)) for g, s in _staff_rows(rng, rng.randint(5, 8))]
    subj = 'Suivi conformité du personnel SAD' if lang == 'fr' else 'Home care staff compliance tracking'
    body = ('Bonjour,\n\nÉtat des formations obligatoires des employés :\n\n' if lang == 'fr' else 'Hi,\n\nMandatory training status for employees:\n\n') + '\n'.join(rows) + '\n'
    return dict(subject=subj, body=body + sig(rng, lang, who), frm=frm, to=int_to(rng), note='staff compliance list resembling a handover list')


# ================================================================ main
POS = [(p_home_care, 6), (p_pharmacy, 6), (p_chsld_family, 6), (p_palliative, 6), (p_rehab, 5), (p_youth, 6), (p_signout, 5),
       (p_transport, 4), (p_lab, 4), (p_subject_only, 5), (p_split, 4), (p_quoted, 6), (p_fwd_inline, 4), (p_disguised, 5),
       (p_shared_surname, 3), (p_sin_claim, 3), (p_ontario, 4), (p_europe, 4), (p_social, 4), (p_incident, 4), (p_att_sheet, 5),
       (p_att_ics, 3), (p_att_vcf, 3), (p_att_docx, 3), (p_att_eml, 4), (p_att_zip, 2), (p_pdf_pharm, 3), (p_lookslike_roster, 3)]
NEG = [(n_staff_schedule, 12), (n_payroll, 8), (n_fleet, 9), (n_it, 10), (n_procurement, 10), (n_committee, 9), (n_newsletter, 8),
       (n_training, 8), (n_union, 6), (n_job, 8), (n_physician_disease, 7), (n_staff_leave, 5), (n_teaching, 6), (n_stats, 8),
       (n_facilities, 8), (n_conference, 7), (n_blank_form, 6), (n_vendor, 6), (n_public_health, 6), (n_clinic_phones, 6),
       (n_chsld_families, 5), (n_reply_thread, 8), (n_fwd_att, 5), (n_zip_forms, 3), (n_hr_roster_like_signout, 6)]


def check(out, labels, ps):
    files = sorted(os.path.relpath(os.path.join(d, f), out) for sub in ('positive', 'negative')
                   for d, _, fs in os.walk(os.path.join(out, sub)) for f in fs)
    assert files == sorted(labels), 'labels do not cover exactly the files'
    for f in files:
        raw = open(os.path.join(out, f), 'rb').read()
        m = email.message_from_bytes(raw, policy=email.policy.default)
        for part in m.walk():
            assert not part.defects, (f, part.defects)
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            if ct == 'message/rfc822':
                continue
            if part.get_content_maintype() == 'text':
                part.get_content()
                if part.get_content_type() in ('text/plain', 'text/html') and not part.get_filename():
                    for k, v in (('charset (text parts)', part.get_content_charset()), ('cte (text parts)', part.get('Content-Transfer-Encoding', '7bit').lower())):
                        ps.setdefault(k, {}); ps[k][v] = ps[k].get(v, 0) + 1
            else:
                assert part.get_payload(decode=True), (f, ct)
        for k in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
            assert m[k], (f, k)
        lab = labels[f]
        assert lab['confidential'] == f.startswith('positive/')
        assert bool(lab['types']) == lab['confidential'], f
    return files


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    ap.add_argument('--seed', type=int, default=1313)
    a = ap.parse_args()
    out = a.out
    rng = random.Random(a.seed)
    for sub in ('positive', 'negative'):
        shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
        os.makedirs(os.path.join(out, sub))
    labels = {}
    stats = {}
    def bump(k, v):
        stats.setdefault(k, {}); stats[k][v] = stats[k].get(v, 0) + 1
    for pos, table in ((True, POS), (False, NEG)):
        plan = [fn for fn, n in table for _ in range(n)]
        rng.shuffle(plan)
        for i, fn in enumerate(plan, 1):
            lang = 'en' if rng.random() < 0.32 else 'fr'
            idx = (0 if pos else 500) + i
            m = fn(rng, lang, idx) if fn.__code__.co_argcount == 3 else fn(rng, lang)
            m['lang'] = lang
            msg, mode, cs, cte, ls = build(rng, m, idx)
            cat = fn.__name__[2:]
            name = '%s/%s%03d_%s.eml' % ('positive' if pos else 'negative', 'p' if pos else 'n', i, cat)
            with open(os.path.join(out, name), 'wb') as fh:
                fh.write(serialize(msg, ls))
            types = sorted(set(m.get('types', []))) if pos else []
            labels[name] = {'confidential': pos, 'types': types, 'lang': lang, 'note': m['note']}
            bump('category', cat); bump('lang', lang); bump('transport', mode); bump('charset', cs); bump('cte', cte)
            bump('linesep', 'CRLF' if ls == '\r\n' else 'LF'); bump('confidential', pos)
            for t in types:
                bump('types', t)
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    ps = {}
    files = check(out, labels, ps)
    del stats['charset'], stats['cte']
    stats.update(ps)
    h = hashlib.sha256()
    for f in files + ['labels.json']:
        h.update(f.encode() + b'\0' + open(os.path.join(out, f), 'rb').read())
    for k, v in stats.items():
        print(k, json.dumps(v, sort_keys=True, ensure_ascii=False))
    print('files', len(files), 'sha256', h.hexdigest())
    write_readme(out, stats, h.hexdigest())
    return h.hexdigest()


README = '''# corpus_heldout_13 — synthetic outbound mail of a regional CISSS

Written blind by a corpus writer who read none of the project (no code, no detector, no other corpus);
only the writer brief and the list of synthetic RAMQ NAMs were read.

Flavour: a regional health and social services centre (CISSS de Val-Brûlé, fictitious) outside the big cities —
CLSC home care and home support, community pharmacy liaison, CHSLD residents and families, palliative care at
home, rehabilitation, youth and family services, and the ordinary administrative mail (HR, payroll, fleet, IT,
procurement, committees, newsletters, training, union notices). Mostly Québec French, about a third English.

## Definition used for labels
Confidential = personal, medical or social information about an identifiable patient/client (name or identifier
plus anything about them, or any patient identifier at all: RAMQ NAM, SIN, Ontario health number, Belgian NISS,
French NIR, chart number), wherever it sits (Subject, body, quoted reply, inline forward, attachment) and however
the identifier is spelled. Not confidential: staff, physicians next to the diseases they treat, aggregates,
bulletins, programmes, postings, invoices, blank forms, anonymised teaching cases, look-alike numbers
(lot, serial, IMEI, employee, asset, tax numbers), IT/facilities mail.

## Layout
- `generate.py` — seeded, byte-for-byte deterministic generator (seed 1313); checks its own output
- `positive/pNNN_<category>.eml` — confidential; `negative/nNNN_<category>.eml` — not confidential
- `labels.json` — `{file: {confidential, types, lang, note}}`

All people, places, domains (`*.example`) and phone numbers (555) are invented. NAMs come only from the supplied
blind list (name, birth date and sex used together); SIN, Ontario health numbers, NISS and NIR are generated and
validated with python-stdnum / Luhn.

## Transports
text/plain, HTML only, multipart/alternative, multipart/mixed with attachments (PDF, DOCX, XLSX, CSV, ICS, vCard,
attached .eml, ZIP); charsets utf-8, iso-8859-1, windows-1252; quoted-printable, base64, 8bit; CRLF and LF;
replies with quoted text, inline forwards, forwards as attachment.

## Counts
%(counts)s

## Regenerate
    /work/main/.venv/bin/python generate.py            # writes next to itself
    /work/main/.venv/bin/python generate.py --out DIR  # or elsewhere

sha256 (over the .eml files in sorted relative-path order, then labels.json; each as path NUL bytes):
`%(digest)s`
'''


def write_readme(out, stats, digest):
    counts = '\n'.join('- %s: %s' % (k, ', '.join('%s=%s' % (a, b) for a, b in sorted(v.items(), key=lambda x: str(x[0]))))
                       for k, v in stats.items() if k != 'category')
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write(README % dict(counts=counts, digest=digest))


if __name__ == '__main__':
    main()
