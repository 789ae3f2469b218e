#!/usr/bin/env python3
"""Seeded, deterministic generator of a synthetic outbound hospital e-mail corpus
(outpatient clinics: ophthalmology, dental/oral surgery, audiology, dermatology,
allergy, sleep, genetics; telehealth, portal, interpreters, patient mail).
Usage: generate.py [--out DIR] [--seed 2424]"""
import os, sys, io, json, random, hashlib, base64, quopri, zipfile, argparse, csv
import email, email.policy
from email.header import Header
from email.utils import formataddr, format_datetime
import datetime as dt
from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAMPATH = os.path.join(HERE, os.pardir, 'blind_nams.txt')

def load_nams():
    out = []
    with open(NAMPATH, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            s, g, b, sex, nam = line.split()
            out.append(dict(sur=s, giv=g, dob=b, sex=sex, nam=nam))
    return out

# ---------------------------------------------------------------- pools
SUR = ['Tremblay', 'Bergeron', 'Pelletier', 'Morin', 'Ouellet', 'Girard', 'Cloutier', 'Vachon', 'Boucher',
       'Chen', 'Nguyen', 'Patel', 'Kowalski', "O'Neill", 'MacDonald', 'Haddad', 'Santos', 'Rossi', 'Dufresne',
       'Lavoie', 'Paquette', 'Beaulieu', 'Grant', 'Campbell', 'Rahman', 'Okafor', 'Ferreira', 'Desjardins']
GIV_F = ['Ginette', 'Chantal', 'Amélie', 'Louise', 'Rachel', 'Heather', 'Fatima', 'Mei', 'Olivia', 'Noémie',
         'Sarah', 'Linh', 'Hélène', 'Megan', 'Yasmine', 'Carole']
GIV_M = ['Réjean', 'Yves', 'Kevin', 'Daniel', 'Omar', 'Raj', 'Luc', 'Patrick', 'Wei', 'Jacob', 'Benoît',
         'Stéphane', 'Michael', 'Tomasz', 'Félix', 'Gérald']
STAFF_FR = [('Dre Isabelle Roy', 'isabelle.roy', 'ophtalmologiste'), ('Dr Mathieu Bélanger', 'mathieu.belanger', 'dermatologue'),
            ('Karine Dubé', 'karine.dube', 'audiologiste'), ('Dr Alain Thibodeau', 'alain.thibodeau', 'chirurgien buccal et maxillo-facial'),
            ('Julie Marchand', 'julie.marchand', 'conseillère en génétique'), ('Dre Sophie Lemieux', 'sophie.lemieux', 'allergologue'),
            ('Nathalie Côté', 'nathalie.cote', 'agente administrative'), ('Dr François Gendron', 'francois.gendron', 'pneumologue, clinique du sommeil'),
            ('Manon Vézina', 'manon.vezina', 'inf. clinicienne'), ('Marie-Ève Poulin', 'marie-eve.poulin', 'technicienne en orthoptique')]
STAFF_EN = [('Dr. Priya Raman', 'priya.raman', 'Ophthalmology'), ('Jennifer Walsh', 'jennifer.walsh', 'RN, Dermatology Clinic'),
            ('Dr. Colin Fraser', 'colin.fraser', 'Oral & Maxillofacial Surgery'), ('Amanda Kerr', 'amanda.kerr', 'Audiologist, Reg. CASLPO'),
            ('Dr. Hannah Weiss', 'hannah.weiss', 'Clinical Genetics'), ('Tom Bradley', 'tom.bradley', 'Clinic Clerk'),
            ('Dr. Samuel Osei', 'samuel.osei', 'Allergy & Clinical Immunology'), ('Lisa Park', 'lisa.park', 'RPSGT, Sleep Lab'),
            ('Dr. Kevin Doyle', 'kevin.doyle', 'Respirology / Sleep Medicine'), ('Rebecca Stein', 'rebecca.stein', 'Genetic Counsellor, CCGC')]
DOM = 'chu-exemple.example'
EXT_DOMS = ['clinique-visionplus.example', 'hopital-lakeshore.example', 'gmf-riviere.example', 'ottawa-eyecentre.example',
            'dentaire-boreal.example', 'cisss-nord.example', 'familyhealth-kanata.example', 'ohtn-clinic.example']
PAT_MAIL = ['videotron.example', 'courriel.example', 'mail.example', 'sympatico.example', 'gmail.example']
CLIN_FR = ['Clinique d\'ophtalmologie', 'Clinique de dermatologie', 'Clinique d\'audiologie', 'Clinique de chirurgie buccale',
           'Clinique d\'allergie', 'Clinique du sommeil', 'Service de génétique médicale']
ADDR_FR = ['1250, boul. des Érables, Montréal (Québec) H2X 1Y5', '400, rue Principale Ouest, Sherbrooke (Québec) J1H 2B3']
ADDR_EN = ['3300 Lakeshore Rd, Pointe-Claire, QC H9R 4S5', '1101 Carling Ave, Suite 210, Ottawa, ON K1Y 4G5']
STREETS = ['rue des Pins', 'avenue Laurier', 'Maple Crescent', 'rue Saint-Denis', 'Bank Street', 'chemin du Lac',
           'Elm Drive', 'rue Notre-Dame', 'boul. Taschereau', 'Riverside Dr']

DISCLAIMER_FR = ("AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. "
                 "Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur.")
DISCLAIMER_EN = ("CONFIDENTIALITY NOTICE: This e-mail may contain confidential information intended only for the "
                 "addressee. If you received it in error, please delete it and notify the sender.")

class Ctx:
    def __init__(self, rng, nams):
        self.rng = rng
        self.nams = list(nams)
        rng.shuffle(self.nams)
        self.ni = 0
    def nam_person(self, maxyear=None):
        for _ in range(len(self.nams)):
            p = self.nams[self.ni % len(self.nams)]
            self.ni += 1
            if maxyear is None or int(p['dob'][:4]) <= maxyear:
                return p
        return p
    def person(self):
        r = self.rng
        sex = r.choice('FM')
        giv = r.choice(GIV_F if sex == 'F' else GIV_M)
        y = r.randint(1935, 2005)
        d = dt.date(y, r.randint(1, 12), r.randint(1, 28))
        return dict(sur=r.choice(SUR), giv=giv, dob=d.isoformat(), sex=sex, nam=None)

def ctx_staff(rng, fr):
    n, u, t = rng.choice(STAFF_FR if fr else STAFF_EN)
    return n, u + '@' + DOM, t

# ---------------------------------------------------------------- identifiers
FW = str.maketrans('0123456789', '０１２３４５６７８９')

def fmt_nam(nam, style):
    if style == 'plain': return nam
    if style == 'space': return f'{nam[:4]} {nam[4:8]} {nam[8:]}'
    if style == 'dash': return f'{nam[:4]}-{nam[4:8]}-{nam[8:]}'
    if style == 'dots': return '.'.join(nam)
    if style == 'fw': return nam[:4] + nam[4:].translate(FW)
    if style == 'split': return f'{nam[:6]}\n{nam[6:]}'
    if style == 'lower': return nam.lower()
    return nam

def gen_sin(rng):
    while True:
        d = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(rng.randint(0, 9)) for _ in range(7))
        s = d + luhn.calc_check_digit(d)
        if ca_sin.is_valid(s):
            return s

def fmt_sin(s, rng):
    return rng.choice([f'{s[:3]} {s[3:6]} {s[6:]}', f'{s[:3]}-{s[3:6]}-{s[6:]}', s])

def gen_ohn(rng):
    while True:
        d = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        s = d + luhn.calc_check_digit(d)
        if luhn.is_valid(s):
            return s

def fmt_ohn(s, rng):
    vc = rng.choice(['', ' AB', ' KT', '-XJ', ' ZR'])
    return rng.choice([f'{s[:4]}-{s[4:7]}-{s[7:]}', f'{s[:4]} {s[4:7]} {s[7:]}', s]) + vc

def gen_niss(rng, dob, sex):
    y, m, d = dob.split('-')
    while True:
        ser = rng.randint(1, 997)
        if (ser % 2 == 1) != (sex == 'M'):
            continue
        base = f'{y[2:]}{m}{d}{ser:03d}'
        n = int(('2' + base) if int(y) >= 2000 else base)
        s = base + f'{97 - n % 97:02d}'
        if be_nn.is_valid(s):
            return s

def fmt_niss(s):
    return f'{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}'

def gen_nir(rng, dob, sex):
    y, m, _ = dob.split('-')
    while True:
        dep = rng.choice(['75', '69', '13', '33', '59', '44'])
        body = f"{1 if sex == 'M' else 2}{y[2:]}{m}{dep}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
        s = body + f'{97 - int(body) % 97:02d}'
        if fr_nir.is_valid(s):
            return s

def fmt_nir(s):
    return f'{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}'

def gen_mrn(rng):
    k = rng.randint(0, 5)
    if k == 0: return f'{rng.randint(0, 9999999):08d}'
    if k == 1: return f'{rng.randint(1000000, 9999999)}'
    if k == 2: return f'H{rng.randint(100000, 999999)}{rng.randint(0, 9)}'
    if k == 3: return f'D-{rng.randint(1000000, 9999999)}'
    if k == 4: return f'CHU{rng.randint(1000000, 9999999)}'
    return f'{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(100, 999)}'

def phone(rng):
    return f'({rng.choice(["514", "438", "450", "613", "819", "418"])}) 555-{rng.randint(100, 9999):04d}'

def fdate(iso, fr, rng=None, style=None):
    y, m, d = iso.split('-')
    st = style if style is not None else (rng.randint(0, 2) if rng else 0)
    if st == 0: return iso
    if st == 1: return f'{d}/{m}/{y}' if fr else f'{m}/{d}/{y}'
    MFR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
    MEN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    return f'{int(d)} {MFR[int(m) - 1]} {y}' if fr else f'{MEN[int(m) - 1]} {int(d)}, {y}'

def he(p, fr):  # pronoun/gender helpers
    if fr:
        return dict(title='Mme' if p['sex'] == 'F' else 'M.', e='e' if p['sex'] == 'F' else '', il='elle' if p['sex'] == 'F' else 'il',
                    pt='la patiente' if p['sex'] == 'F' else 'le patient')
    return dict(title='Ms.' if p['sex'] == 'F' else 'Mr.', he='she' if p['sex'] == 'F' else 'he',
                his='her' if p['sex'] == 'F' else 'his', him='her' if p['sex'] == 'F' else 'him')

def age(p, ref=2026):
    return ref - int(p['dob'][:4])

def sig(name, title, fr, rng, clinic=None):
    lines = ['--', name, title]
    if clinic: lines.append(clinic)
    lines.append(rng.choice(ADDR_FR if fr else ADDR_EN))
    lines.append(('Tél. : ' if fr else 'Tel: ') + phone(rng) + (' poste ' if fr else ' ext. ') + str(rng.randint(2000, 7999)))
    if rng.random() < 0.6:
        lines += ['', DISCLAIMER_FR if fr else DISCLAIMER_EN]
    return '\n'.join(lines)

# ---------------------------------------------------------------- attachments (deterministic)
FIXED = (2026, 1, 1, 0, 0, 0)

def norm_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            blob = zin.read(info.filename)
            if info.filename == 'docProps/core.xml':
                import re
                blob = re.sub(rb'(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms)', rb'\g<1>2026-01-01T00:00:00Z\g<2>', blob)
            z.writestr(zi, blob)
    return out.getvalue()

def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()

def make_pdf(title, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    from reportlab import rl_config
    rl_config.invariant = 1
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setAuthor('')
    c.setFont('Helvetica-Bold', 13)
    c.drawString(60, 740, title)
    c.setFont('Helvetica', 10)
    y = 715
    for ln in lines:
        for sub in ln.split('\n'):
            c.drawString(60, y, sub)
            y -= 15
            if y < 60:
                c.showPage(); c.setFont('Helvetica', 10); y = 740
    c.save()
    return buf.getvalue()

def make_docx(title, paras):
    import docx
    d = docx.Document()
    d.core_properties.created = dt.datetime(2026, 1, 1)
    d.core_properties.modified = dt.datetime(2026, 1, 1)
    d.core_properties.last_modified_by = ''
    d.core_properties.author = ''
    d.core_properties.revision = 1
    d.add_heading(title, 1)
    for p in paras:
        d.add_paragraph(p)
    b = io.BytesIO(); d.save(b)
    return norm_zip(b.getvalue())

def make_xlsx(sheet, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.created = dt.datetime(2026, 1, 1)
    wb.properties.modified = dt.datetime(2026, 1, 1)
    wb.properties.creator = ''
    ws = wb.active
    ws.title = sheet
    for r in rows:
        ws.append(list(r))
    b = io.BytesIO(); wb.save(b)
    return norm_zip(b.getvalue())

def make_csv(rows, sep=','):
    b = io.StringIO()
    w = csv.writer(b, delimiter=sep, lineterminator='\r\n')
    for r in rows: w.writerow(r)
    return b.getvalue().encode('utf-8')

def make_ics(uid, start, minutes, summary, desc, location, organizer):
    s = dt.datetime.fromisoformat(start)
    e = s + dt.timedelta(minutes=minutes)
    f = lambda x: x.strftime('%Y%m%dT%H%M%S')
    esc = lambda t: t.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CHU Exemple//Agenda//FR', 'METHOD:REQUEST', 'BEGIN:VEVENT',
             f'UID:{uid}', 'DTSTAMP:20260101T000000Z', f'DTSTART;TZID=America/Montreal:{f(s)}',
             f'DTEND;TZID=America/Montreal:{f(e)}', f'SUMMARY:{esc(summary)}', f'DESCRIPTION:{esc(desc)}',
             f'LOCATION:{esc(location)}', f'ORGANIZER:mailto:{organizer}', 'END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(lines) + '\r\n').encode('utf-8')

def make_vcf(fn, sur, giv, tel, adr, note, email_=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', f'N:{sur};{giv};;;', f'FN:{fn}', f'TEL;TYPE=HOME:{tel}', f'ADR;TYPE=HOME:;;{adr};;;;']
    if email_: lines.append(f'EMAIL:{email_}')
    if note: lines.append('NOTE:' + note.replace(',', '\\,'))
    lines.append('END:VCARD')
    return ('\r\n'.join(lines) + '\r\n').encode('utf-8')

# ---------------------------------------------------------------- MIME assembly
SUBST = {'\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u2014': '-', '\u2013': '-', '\u2026': '...',
         '\u0153': 'oe', '\u0152': 'OE', '\u00a0': ' ', '\u2022': '*'}

def encodable(text, charset):
    if charset == 'utf-8':
        return text
    out = []
    for ch in text:
        try:
            ch.encode(charset); out.append(ch)
        except UnicodeEncodeError:
            out.append(SUBST.get(ch, '?'))
    return ''.join(out)

def hdr(value):
    try:
        value.encode('ascii')
        return Header(value, 'us-ascii', maxlinelen=76).encode('\n')
    except UnicodeEncodeError:
        return Header(value, 'utf-8', maxlinelen=76).encode('\n')

def addr(name, a):
    return formataddr((name, a), charset='utf-8') if name else a

def text_part(text, subtype, charset, cte):
    text = encodable(text, charset)
    raw = text.encode(charset)
    h = f'Content-Type: text/{subtype}; charset="{charset}"\nContent-Transfer-Encoding: {cte}\n'
    if cte == 'base64':
        body = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw).decode('ascii')
    else:
        body = raw.decode(charset)
    if not body.endswith('\n'):
        body += '\n'
    return h, body

def to_html(text, title=None):
    import html
    parts = []
    for para in text.split('\n\n'):
        lines = para.split('\n')
        if lines and all(l.startswith('>') for l in lines if l):
            parts.append('<blockquote style="border-left:2px solid #ccc;padding-left:6px">' +
                         '<br>\n'.join(html.escape(l.lstrip('> ')) for l in lines) + '</blockquote>')
        else:
            parts.append('<p>' + '<br>\n'.join(html.escape(l) for l in lines) + '</p>')
    return ('<html><head></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + '\n'.join(parts) + '\n</body></html>')

class Boundary:
    def __init__(self, rng): self.rng = rng
    def __call__(self): return '----=_Part_%08x%04x' % (self.rng.getrandbits(32), self.rng.getrandbits(16))

def att_part(fname, ctype, data, inline_rfc822=False):
    if ctype == 'message/rfc822':
        return (f'Content-Type: message/rfc822; name="{fname}"\nContent-Disposition: attachment; filename="{fname}"\n'
                , data.decode('utf-8') if isinstance(data, bytes) else data)
    b = base64.encodebytes(data).decode('ascii')
    fn_enc = fname
    return (f'Content-Type: {ctype}; name="{fn_enc}"\nContent-Transfer-Encoding: base64\n'
            f'Content-Disposition: attachment; filename="{fn_enc}"\n', b)

def render_part(p):
    h, b = p
    return h + '\n' + b

def assemble(m, tr, rng, crlf=None):
    """m: dict(from_, to, cc, subject, date, msgid, in_reply_to, text, html, atts)"""
    bnd = Boundary(rng)
    H = []
    H.append('From: ' + m['from_'])
    H.append('To: ' + ', '.join(m['to']))
    if m.get('cc'): H.append('Cc: ' + ', '.join(m['cc']))
    H.append('Subject: ' + hdr(m['subject']))
    H.append('Date: ' + m['date'])
    H.append('Message-ID: ' + m['msgid'])
    if m.get('in_reply_to'):
        H.append('In-Reply-To: ' + m['in_reply_to']); H.append('References: ' + m['in_reply_to'])
    if m.get('xmailer'): H.append('X-Mailer: ' + m['xmailer'])
    H.append('MIME-Version: 1.0')
    cs, cte, kind = tr['charset'], tr['cte'], tr['kind']
    text = m['text']
    html_ = m.get('html') or to_html(text)
    atts = m.get('atts') or []
    if atts and kind in ('plain', 'html', 'alt'):
        kind = 'mixed'
    def body_parts(k):
        if k == 'plain': return text_part(text, 'plain', cs, cte)
        if k == 'html': return text_part(html_, 'html', cs, cte)
        b = bnd()
        a = text_part(text, 'plain', cs, cte); c = text_part(html_, 'html', cs, cte)
        return (f'Content-Type: multipart/alternative; boundary="{b}"\n',
                f'--{b}\n{render_part(a)}--{b}\n{render_part(c)}--{b}--\n')
    if kind in ('plain', 'html', 'alt'):
        top = body_parts(kind)
    else:
        b = bnd()
        inner = body_parts(tr.get('inner', 'plain'))
        seg = [f'--{b}\n{render_part(inner)}']
        for a in atts:
            seg.append(f'--{b}\n{render_part(att_part(*a))}')
        top = (f'Content-Type: multipart/mixed; boundary="{b}"\n',
               'This is a multi-part message in MIME format.\n\n' + ''.join(seg) + f'--{b}--\n')
    out = '\n'.join(H) + '\n' + top[0] + '\n' + top[1]
    data = out.encode('utf-8') if cte == '8bit' and cs == 'utf-8' else out.encode(cs if cte == '8bit' else 'utf-8')
    use_crlf = tr['crlf'] if crlf is None else crlf
    if use_crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data

# ---------------------------------------------------------------- helpers for templates
def ext_addr(rng, local=None):
    return (local or rng.choice(['accueil', 'reception', 'secretariat', 'referrals', 'rdv', 'admin', 'md.office'])) + '@' + rng.choice(EXT_DOMS)

def pat_email(rng, p):
    return (p['giv'][0] + '.' + p['sur']).lower().replace("'", '').replace('é', 'e').replace('è', 'e').replace('ç', 'c') + str(rng.randint(1, 99)) + '@' + rng.choice(PAT_MAIL)

def quote(text):
    return '\n'.join('> ' + l if l else '>' for l in text.split('\n'))

def R(ctx, fr, subject, text, types=(), note='', atts=None, to=None, cc=None, sender=None, reply=False):
    rng = ctx.rng
    if sender is None:
        tail = text[-400:]
        for n_, u_, t_ in STAFF_FR + STAFF_EN:
            first = n_.replace('Dre ', '').replace('Dr ', '').replace('Dr. ', '').split()[0]
            if first + '\n' in tail or first + ',' in tail or first + ' ' + n_.split()[-1] in tail:
                sender = (n_, u_ + '@' + DOM, t_); break
    n, a, t = sender or ctx_staff(rng, fr)
    disp = n.replace('Dre ', '').replace('Dr ', '').replace('Dr. ', '')
    return dict(subject=subject, text=text, types=list(types), note=note, atts=atts or [], from_disp=(f'{disp} <{a}>' if disp else a),
                from_=addr(n.replace('Dre ', '').replace('Dr ', '').replace('Dr. ', ''), a),
                to=to or [ext_addr(rng)], cc=cc or [], reply=reply)

DX_OPH = [('rétinopathie diabétique non proliférante modérée', 'moderate non-proliferative diabetic retinopathy'),
          ('glaucome à angle ouvert, PIO 28 OD', 'open-angle glaucoma, IOP 28 OD'),
          ('DMLA exsudative OG', 'wet AMD left eye'), ('cataracte sénile OU', 'bilateral senile cataract'),
          ('décollement postérieur du vitré OD', 'posterior vitreous detachment OD')]
MED_OPH = [('latanoprost 0,005 % 1 gtt HS OU', 'latanoprost 0.005% 1 gtt qhs OU'), ('timolol 0,5 % BID', 'timolol 0.5% BID'),
           ('aflibercept IVT q8 sem', 'aflibercept intravitreal q8wk')]

# ================================================================ POSITIVE templates
def p_referral_ophtalmo(ctx, fr):
    r = ctx.rng; p = ctx.nam_person(1985); g = he(p, fr); dx = r.choice(DX_OPH); med = r.choice(MED_OPH)
    st = r.choice(['plain', 'space', 'dash', 'plain'])
    n, a, t = ctx_staff(r, fr)
    if fr:
        subj = r.choice([f'Référence ophtalmo - {p["sur"]}, {p["giv"]}', 'Demande de consultation ophtalmologie', f'Réf: {p["sur"].upper()} {p["giv"]}'])
        txt = (f'Bonjour,\n\nSVP voir en consultation {g["title"]} {p["giv"]} {p["sur"]}, né{g["e"]} le {fdate(p["dob"], True, r)}, '
               f'NAM {fmt_nam(p["nam"], st)}.\n\nRaison : {dx[0]}. HbA1c 8,4 % le mois dernier. Tx actuel : {med[0]}.\n'
               f'Priorité : {r.choice(["B (30 jours)", "C (3 mois)", "A - urgent"])}\n\nMerci de nous aviser de la date du RV.\n\n'
               + sig(n, t, True, r, 'GMF de la Rivière'))
        note = 'referral with patient name, DOB, NAM and eye diagnosis'
    else:
        subj = r.choice([f'Ophthalmology referral - {p["sur"]}, {p["giv"]}', 'New referral', f'Referral: {p["giv"]} {p["sur"]} DOB {p["dob"]}'])
        txt = (f'Hi,\n\nPlease see {g["title"]} {p["giv"]} {p["sur"]} (DOB {fdate(p["dob"], False, r)}, RAMQ {fmt_nam(p["nam"], st)}) '
               f'for {dx[1]}.\nCurrent meds: {med[1]}, metformin 1000 mg BID.\n{g["he"].capitalize()} drives and is worried about {g["his"]} licence.\n\nThanks,\n'
               + sig(n, t, False, r))
        note = 'referral with patient name, DOB, NAM, diagnosis'
    return R(ctx, fr, subj, txt, ['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis', 'medication'], note, sender=(n, a, t))

def p_dental_consult(ctx, fr):
    r = ctx.rng; p = ctx.person(); g = he(p, fr); mrn = gen_mrn(r)
    if fr:
        subj = f'Chx buccale - extraction 38/48 - dossier {mrn}'
        txt = (f'Dr Thibodeau,\n\n{p["sur"]} {p["giv"]}, {age(p)} ans, dossier {mrn}, est prévu{g["e"]} pour extraction des 38 et 48 sous sédation le '
               f'{r.randint(2, 27)} {r.choice(["mars", "avril", "mai"])}.\nPrend apixaban 5 mg BID (FA) - l\'arrêter 48 h avant? Pouvez-vous confirmer avec la cardio.\n'
               f'Allergie : pénicilline (urticaire).\n\nMerci\nNathalie\nClinique de chirurgie buccale')
        note = 'oral surgery booking with patient name, chart number, anticoagulant and allergy'
    else:
        subj = f'Pre-op query: {p["giv"]} {p["sur"]}'
        txt = (f'Dr. Fraser,\n\nRe: {p["sur"]}, {p["giv"]} - MRN {mrn}\nScheduled for full-mouth extractions (radiation to head & neck 2024). '
               f'On apixaban 5 mg BID and alendronate - risk of MRONJ? Please advise if we proceed or refer to hospital dentistry.\n\nTom\nClinic Clerk, OMFS')
        note = 'oral surgery pre-op with patient name, MRN, medications, history'
    return R(ctx, fr, subj, txt, ['patient_name', 'mrn', 'medication', 'diagnosis'], note)

def p_audiology_report(ctx, fr):
    r = ctx.rng; p = ctx.nam_person(); g = he(p, fr)
    n, a, t = ('Karine Dubé', 'karine.dube@' + DOM, 'audiologiste') if fr else ('Amanda Kerr', 'amanda.kerr@' + DOM, 'Audiologist')
    lines = [f'Nom / Name: {p["sur"]}, {p["giv"]}', f'DDN / DOB: {p["dob"]}   NAM: {fmt_nam(p["nam"], "space")}',
             'Audiométrie tonale / Pure tone audiometry:',
             f'OD/RE: 250 Hz 20 dB, 1 kHz {r.randint(35, 60)} dB, 4 kHz {r.randint(55, 80)} dB',
             f'OG/LE: 250 Hz 25 dB, 1 kHz {r.randint(35, 60)} dB, 4 kHz {r.randint(55, 80)} dB',
             'Conclusion: surdité neurosensorielle bilatérale modérée / moderate bilateral SNHL',
             'Recommandation: appareillage bilatéral, RV ORL']
    pdf = make_pdf('Rapport audiologique / Audiology report', lines)
    fn = f'audio_{p["sur"]}_{p["dob"][:4]}.pdf'
    if fr:
        subj = 'Rapport audiologique'; txt = f'Bonjour Dr,\n\nCi-joint le rapport d\'évaluation audiologique de votre patient{g["e"]}.\n\n' + sig(n, t, True, r)
    else:
        subj = 'Audiology report attached'; txt = 'Hello,\n\nPlease find attached the audiology assessment for your patient.\n\n' + sig(n, t, False, r)
    return R(ctx, fr, subj, txt, ['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis'], 'PDF audiology report with name, DOB, NAM', atts=[(fn, 'application/pdf', pdf)], sender=(n, a, t))

def p_derm_path(ctx, fr):
    r = ctx.rng; p = ctx.person(); g = he(p, fr)
    dx = r.choice([('mélanome superficiel extensif, Breslow 0,8 mm', 'superficial spreading melanoma, Breslow 0.8 mm'),
                   ('carcinome basocellulaire nodulaire, marges atteintes', 'nodular BCC, margins involved'),
                   ('carcinome épidermoïde in situ', 'SCC in situ')])
    if fr:
        subj = f'Résultat bx - {p["sur"]} {p["giv"][0]}.'
        txt = f'Jennifer / Julie,\n\nPatho revenue : {dx[0]} (bx dos, {fdate(p["dob"], True, r, 1)} = DDN). SVP appeler {g["pt"]} pour RV excision élargie cette semaine.\n\nMB'
    else:
        subj = f'Bx result - {p["sur"]}, {p["giv"][0]}.'
        txt = f'Jen,\n\nPath is back on {p["giv"]} {p["sur"]} (DOB {fdate(p["dob"], False, r, 1)}): {dx[1]}. Please call {g["him"]} to book WLE this week, and send copy to GP.\n\nThanks, SO'
    return R(ctx, fr, subj, txt, ['patient_name', 'date_of_birth', 'diagnosis', 'lab_result'], 'biopsy result with patient name and DOB')

def p_allergy_parent_reply(ctx, fr):
    r = ctx.rng; child = ctx.person(); child['dob'] = f'{r.randint(2015, 2022)}-0{r.randint(1, 9)}-1{r.randint(0, 9)}'
    par = r.choice(GIV_F); pe = pat_email(r, dict(giv=par, sur=child['sur']))
    if fr:
        orig = (f'Bonjour,\nmon fils {child["giv"]} {child["sur"]} a eu ses tests cutanés mardi. Le Dr a dit arachide positive (papule 9 mm) '
                f'mais on a pas eu la prescription d\'EpiPen Jr. Est-ce que je peux la faire envoyer à la pharmacie?\nMerci\n{par} {child["sur"]}')
        txt = (f'Bonjour Mme {child["sur"]},\n\nLa prescription d\'EpiPen Jr 0,15 mg a été télécopiée à votre pharmacie ce matin. '
               f'Le plan d\'action anaphylaxie pour l\'école est en pièce jointe dans le portail.\n\nManon Vézina, inf.\nClinique d\'allergie\n\n'
               f'Le {r.randint(1, 28)} mars 2026, {par} {child["sur"]} <{pe}> a écrit :\n' + quote(orig))
        subj = 'RE: prescription EpiPen'
    else:
        orig = (f'Hi, my son {child["giv"]} ({fdate(child["dob"], False, r)}) had his skin prick tests on Tuesday - peanut and cashew were positive. '
                f'We never got the EpiPen Jr script. Can you send it to Shoppers on Bank St?\nThanks,\n{par}')
        txt = (f'Hi {par},\n\nDr. Osei sent the EpiPen Jr 0.15 mg prescription to the pharmacy this morning. The anaphylaxis action plan for '
               f'{child["giv"]}\'s school is on the portal.\n\nJennifer Walsh, RN\n\nOn Mar {r.randint(1, 28)}, 2026, {par} {child["sur"]} <{pe}> wrote:\n' + quote(orig))
        subj = 'Re: EpiPen prescription'
    return R(ctx, fr, subj, txt, ['patient_name', 'diagnosis', 'medication', 'lab_result'] + ([] if fr else ['date_of_birth']),
             'staff reply quoting parent message about child allergy results', to=[pe], reply=True)

def p_sleep_study(ctx, fr):
    r = ctx.rng; p = ctx.person(); g = he(p, fr); ohn = gen_ohn(r); ahi = r.randint(18, 62)
    if fr:
        subj = f'PSG - {p["sur"]}, {p["giv"]}'
        txt = (f'Dr Gendron,\n\nPolysomnographie complétée la nuit dernière.\n{p["sur"]}, {p["giv"]} - DDN {p["dob"]} - no carte santé Ontario {fmt_ohn(ohn, r)}\n'
               f'IAH {ahi}/h, SpO2 nadir {r.randint(72, 86)} %. SAOS {"sévère" if ahi > 30 else "modéré"}.\nTitration CPAP à prévoir. Chauffeur de camion : déclaration SAAQ à discuter.\n\nLisa')
    else:
        subj = f'PSG results {p["sur"]}'
        txt = (f'Dr. Doyle,\n\nPSG scored for {p["giv"]} {p["sur"]}, DOB {p["dob"]}, OHIP {fmt_ohn(ohn, r)}.\nAHI {ahi}/h, nadir SpO2 {r.randint(72, 86)}%, '
               f'{"severe" if ahi > 30 else "moderate"} OSA. Commercial driver - MTO reporting?\nCPAP titration booked {r.choice(["Apr 3", "Apr 10", "May 2"])}.\n\nLisa Park, RPSGT')
    return R(ctx, fr, subj, txt, ['patient_name', 'date_of_birth', 'ca_health_number', 'diagnosis', 'lab_result'], 'sleep study results with Ontario health number')

def p_genetics_letter(ctx, fr):
    r = ctx.rng; p = ctx.nam_person(); g = he(p, fr)
    gene = r.choice(['BRCA2 c.5946delT', 'MLH1 c.350C>T', 'BRCA1 c.68_69delAG', 'PALB2 c.3113G>A'])
    gf = he(p, True); ge = he(p, False)
    paras_fr = [f'Objet : {gf["title"]} {p["giv"]} {p["sur"]}, DDN {p["dob"]}, NAM {fmt_nam(p["nam"], "plain")}',
                f'Nous avons rencontré {gf["pt"]} en conseil génétique. Le test a identifié le variant pathogène {gene}.',
                'Un dépistage en cascade est recommandé pour sa sœur et ses deux enfants. Suivi en clinique de haut risque.']
    paras_en = [f'Re: {p["giv"]} {p["sur"]}, DOB {p["dob"]}, RAMQ {fmt_nam(p["nam"], "plain")}',
                f'We saw {ge["him"]} in genetic counselling. Testing identified the pathogenic variant {gene}.',
                'Cascade testing is recommended for first-degree relatives. Referral to high-risk clinic sent.']
    doc = make_docx('Lettre de conseil génétique' if fr else 'Genetic counselling letter', paras_fr if fr else paras_en)
    fn = f'lettre_{p["sur"].lower()}.docx' if fr else f'GC_letter_{p["sur"]}.docx'
    if fr:
        subj = 'Lettre conseil génétique (voir PJ)'; txt = 'Bonjour,\n\nVoici la lettre pour votre dossier. Original suivra par la poste.\n\n' + sig('Julie Marchand', 'conseillère en génétique', True, r)
    else:
        subj = 'Genetic counselling letter'; txt = 'Dear Dr.,\n\nPlease find our consult letter attached.\n\n' + sig('Rebecca Stein', 'Genetic Counsellor', False, r)
    return R(ctx, fr, subj, txt, ['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis', 'lab_result'], 'DOCX genetics letter with name, NAM, variant',
             atts=[(fn, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', doc)])

def p_telehealth_ics(ctx, fr):
    r = ctx.rng; p = ctx.person(); g = he(p, fr); pe = pat_email(r, p)
    day = f'2026-{r.randint(3, 6):02d}-{r.randint(10, 28)}T{r.choice(["09", "10", "13", "14"])}:{r.choice(["00", "30"])}:00'
    if fr:
        summ = f'Téléconsultation - {p["giv"]} {p["sur"]}'
        desc = f'Suivi dermatologie : psoriasis en plaques, réponse à l\'adalimumab. Lien : https://visio.{DOM}/s/{r.getrandbits(40):x}'
        subj = 'Invitation : téléconsultation'; txt = f'Bonjour {g["title"]} {p["sur"]},\n\nVoici l\'invitation pour votre rendez-vous virtuel.\n\nClinique de dermatologie'
    else:
        summ = f'Virtual visit - {p["sur"]}, {p["giv"]}'
        desc = f'Sleep clinic follow-up: CPAP compliance, insomnia (zopiclone taper). Join: https://visit.{DOM}/j/{r.getrandbits(40):x}'
        subj = 'Your virtual appointment'; txt = f'Hello {p["giv"]},\n\nYour virtual appointment invitation is attached.\n\nSleep Clinic'
    ics = make_ics(f'{r.getrandbits(64):x}@{DOM}', day, 30, summ, desc, 'Virtuel / Virtual', 'noreply@' + DOM)
    return R(ctx, fr, subj, txt, ['patient_name', 'diagnosis', 'medication'], 'ICS invitation naming patient with diagnosis in description',
             atts=[('invite.ics', 'text/calendar; method=REQUEST; charset=utf-8', ics)], to=[pe], sender=('Rendez-vous' if fr else 'Appointments', 'noreply@' + DOM, ''))

def p_interpreter(ctx, fr):
    r = ctx.rng; p = ctx.person(); g = he(p, fr); mrn = gen_mrn(r)
    lang = r.choice(['arabe', 'dari', 'espagnol', 'tigrinya', 'mandarin']) if fr else r.choice(['Arabic', 'Dari', 'Spanish', 'Tigrinya', 'Mandarin'])
    if fr:
        subj = f'Demande interprète {lang} - {r.randint(2, 27)} avril'
        txt = (f'Bonjour la Banque d\'interprètes,\n\nNous avons besoin d\'un interprète {lang} (présentiel) pour :\n'
               f'Usager : {p["sur"]}, {p["giv"]} (dossier {mrn})\nClinique : génétique, annonce de résultat (trisomie 21 confirmée sur amniocentèse)\n'
               f'Demandeur{g["e"]} d\'asile, arrivé{g["e"]} en 2025, PFSI.\nDurée : 60 min, 13 h 30.\n\nMerci\nNathalie Côté')
    else:
        subj = f'Interpreter request - {lang}'
        txt = (f'Hi,\n\nPlease book a {lang} interpreter (video OK) for {p["giv"]} {p["sur"]}, MRN {mrn}, audiology clinic, cochlear implant candidacy counselling.\n'
               f'Refugee claimant, IFH coverage. Husband/wife should not interpret (DV concerns flagged by SW).\n\nThanks,\nTom Bradley')
    return R(ctx, fr, subj, txt, ['patient_name', 'mrn', 'diagnosis', 'social_information'], 'interpreter booking with patient name, chart number, immigration status',
             to=['interpretes@' + r.choice(EXT_DOMS)])

def p_family_hearing(ctx, fr):
    r = ctx.rng; p = ctx.person(); g = he(p, fr); ph = phone(r); no = r.randint(10, 9999); st = r.choice(STREETS)
    dau = r.choice(GIV_F); de = pat_email(r, dict(giv=dau, sur=r.choice(SUR)))
    if fr:
        orig = (f'Bonjour, je suis la fille de {p["giv"]} {p["sur"]} ({age(p)} ans). Ses appareils auditifs ne fonctionnent plus depuis sa chute et '
                f'{g["il"]} est confus{"e" if p["sex"] == "F" else ""} depuis. Pouvez-vous venir à domicile? Adresse : {no}, {st}, Laval. Tél. {ph}.\n{dau}')
        txt = (f'Bonjour {dau},\n\nNous avons transmis la demande de visite à domicile à l\'équipe SAD. Une audiologiste vous appellera au {ph}.\n\nKarine Dubé, audiologiste\n\n'
               '-----Message d\'origine-----\nDe : ' + de + '\nObjet : appareils auditifs de ma mère\n\n' + orig)
        subj = 'RE: appareils auditifs de ma mère'
    else:
        orig = (f'Hello, I am the daughter of {p["giv"]} {p["sur"]}, {age(p)}. {g["his"].capitalize()} hearing aids stopped working after the fall and '
                f'{g["he"]} has mild dementia. Could someone come to the house? {no} {st}, Kanata. Phone {ph}.\n{dau}')
        txt = (f'Hi {dau},\n\nI have sent the home visit request to community audiology; they will call you at {ph}.\n\nAmanda Kerr, Audiologist\n\n'
               '-----Original Message-----\nFrom: ' + de + '\nSubject: hearing aids\n\n' + orig)
        subj = 'RE: hearing aids'
    return R(ctx, fr, subj, txt, ['patient_name', 'patient_contact', 'diagnosis'], 'reply quoting family message with patient name, address, phone, condition', to=[de], reply=True)

def p_clinic_list_xlsx(ctx, fr):
    r = ctx.rng
    rows = [['Heure', 'Nom', 'Prénom', 'DDN', 'NAM', 'Motif'] if fr else ['Time', 'Last', 'First', 'DOB', 'RAMQ', 'Reason']]
    motifs = ['IVT OG', 'champ visuel', 'post-op cataracte J1', 'OCT maculaire', 'PIO contrôle'] if fr else ['IVT OS', 'visual field', 'post-op cataract D1', 'OCT macula', 'IOP check']
    for i in range(r.randint(5, 9)):
        p = ctx.nam_person()
        rows.append([f'{8 + i // 2:02d}:{"00" if i % 2 == 0 else "30"}', p['sur'], p['giv'], p['dob'], p['nam'], r.choice(motifs)])
    x = make_xlsx('Clinique', rows)
    if fr:
        subj = 'Liste clinique ophtalmo demain'; txt = 'Voici la liste de demain pour la préparation des dossiers. Dre Roy commence à 8 h.\n\nMarie-Ève'
    else:
        subj = "Tomorrow's retina clinic list"; txt = "Attached is tomorrow's list for chart prep. Dr. Raman starts at 8.\n\nTom"
    return R(ctx, fr, subj, txt, ['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis'], 'XLSX clinic list with names, DOB, NAM, reasons',
             atts=[('liste_clinique.xlsx' if fr else 'clinic_list.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', x)],
             to=['archives@' + DOM])

def p_billing_sin(ctx, fr):
    r = ctx.rng; p = ctx.person(); s = gen_sin(r)
    if fr:
        subj = 'Réclamation assurance dentaire - prothèse'
        txt = (f'Bonjour,\n\nVoici les informations demandées pour la réclamation de {p["giv"]} {p["sur"]} :\nNAS du titulaire : {fmt_sin(s, r)}\n'
               f'Date de naissance : {p["dob"]}\nActe : 72411 greffe osseuse + implant 36\nMontant : 3 450,00 $\n\nService de facturation\nClinique de chirurgie buccale')
    else:
        subj = 'Dental claim - pre-determination'
        txt = (f'Hello,\n\nAs requested for the pre-determination for {p["sur"]}, {p["giv"]}:\nSIN: {fmt_sin(s, r)}\nDOB: {p["dob"]}\n'
               f'Procedure: bone graft and implant #36\nAmount: $3,450.00\n\nBilling office, OMFS')
    return R(ctx, fr, subj, txt, ['patient_name', 'ca_sin', 'date_of_birth'], 'insurance claim with patient name, SIN, DOB', to=['claims@assurdent.example'])

def p_transport(ctx, fr):
    r = ctx.rng; p = ctx.person(); g = he(p, fr); ph = phone(r)
    if fr:
        subj = f'Transport adapté - chirurgie cataracte {r.randint(2, 27)}/04'
        txt = (f'Bonjour,\n\nSVP prévoir transport aller-retour pour {g["title"]} {p["sur"]} {p["giv"]}\n{r.randint(10, 9999)}, {r.choice(STREETS)}, app. {r.randint(1, 20)}, Longueuil\n'
               f'Tél. : {ph}\nChirurgie cataracte OD à 7 h 15, congé vers 11 h. Ne pourra pas conduire; vit seul{g["e"]}, fauteuil roulant.\n\nNathalie')
    else:
        subj = 'Transport booking - day surgery'
        txt = (f'Please arrange transport for {p["giv"]} {p["sur"]} (DOB {p["dob"]})\nPickup: {r.randint(10, 9999)} {r.choice(STREETS)}, Ottawa\nPhone: {ph}\n'
               f'Cataract surgery left eye, arrive 07:15. Uses walker, lives alone.\n\nTom')
    return R(ctx, fr, subj, txt, ['patient_name', 'patient_contact', 'diagnosis'], 'transport request with patient name, home address and phone', to=['transport@' + r.choice(EXT_DOMS)])

def p_nam_disguised(ctx, fr):
    r = ctx.rng; p = ctx.nam_person(); g = he(p, fr)
    st = r.choice(['dots', 'fw', 'split', 'lower'])
    if fr:
        subj = 'dossier à fusionner'
        txt = (f'Salut,\n\nJe te mets le NAM en morceaux pour pas que le filtre bloque : {fmt_nam(p["nam"], st)}\n'
               f'C\'est {g["title"]} {p["sur"]} ({p["dob"][:4]}), deux dossiers ouverts en derm et en allergie. Peux-tu fusionner?\n\nmerci\nN.')
    else:
        subj = 'duplicate chart'
        txt = (f'Hey,\n\nsplitting the health card # so it doesn\'t get bounced: {fmt_nam(p["nam"], st)}\n'
               f'{p["sur"]} {p["giv"][0]}., born {p["dob"][:4]}, has two charts (derm + allergy). Can you merge?\n\nT.')
    return R(ctx, fr, subj, txt, ['ramq_nam', 'patient_name'], 'NAM written in disguised form with surname, chart merge', to=['archives@' + DOM])

def p_fwd_complaint_eml(ctx, fr):
    r = ctx.rng; p = ctx.person(); g = he(p, fr); pe = pat_email(r, p); mrn = gen_mrn(r)
    if fr:
        inner_txt = (f'Bonjour,\n\nJe m\'appelle {p["giv"]} {p["sur"]} (dossier {mrn}). On m\'a arraché la mauvaise dent le 3 mars, la 37 au lieu de la 36. '
                     f'Je suis sous Coumadin et j\'ai saigné toute la nuit. Je veux une explication.\n{p["giv"]}')
        inner_subj = 'Plainte'; txt = 'Pour suivi par le commissaire aux plaintes. Voir courriel de l\'usager en PJ.\n\nDirection clinique'; subj = 'TR: Plainte - chirurgie buccale'
    else:
        inner_txt = (f'Hello,\n\nMy name is {p["giv"]} {p["sur"]}, chart {mrn}. I had my biopsy on March 3 and nobody called me with the melanoma result for 6 weeks. '
                     f'I am very upset.\n{p["giv"]}')
        inner_subj = 'Complaint'; txt = 'Forwarding to Patient Relations for follow-up. Original attached.\n\nClinic Manager, Dermatology'; subj = 'FW: Complaint'
    inner = assemble(dict(from_=addr(f'{p["giv"]} {p["sur"]}', pe), to=['info@' + DOM], subject=inner_subj, date='Tue, 03 Mar 2026 21:14:00 -0500',
                          msgid=f'<{r.getrandbits(48):x}@{pe.split("@")[1]}>', text=inner_txt), dict(kind='plain', charset='utf-8', cte='quoted-printable', crlf=False), r)
    return R(ctx, fr, subj, txt, ['patient_name', 'mrn', 'diagnosis', 'medication'], 'forwarded-as-attachment patient complaint with name and chart number',
             atts=[('plainte.eml' if fr else 'complaint.eml', 'message/rfc822', inner)], to=['plaintes@' + DOM])

def p_niss_nir(ctx, fr):
    r = ctx.rng; p = ctx.person(); g = he(p, fr)
    if r.random() < 0.5:
        ident = 'NISS ' + fmt_niss(gen_niss(r, p['dob'], p['sex'])); t = 'be_niss'; ctry = 'de nationalité belge'; c_en = 'Belgian'
    else:
        ident = 'NIR ' + fmt_nir(gen_nir(r, p['dob'], p['sex'])); t = 'fr_nir'; ctry = 'de nationalité française'; c_en = 'French'
    if fr:
        subj = f'Patient{g["e"]} étrang{"ère" if p["sex"] == "F" else "er"} - facturation urgence ophtalmo'
        txt = (f'Bonjour,\n\n{g["title"]} {p["giv"]} {p["sur"]}, né{g["e"]} le {p["dob"]}, {ctry}, {ident}, '
               f'vu{g["e"]} hier pour abrasion cornéenne OG. Pas de couverture RAMQ : SVP facturer à l\'assurance voyage.\n\nAdmission')
    else:
        subj = 'Out-of-country patient - billing'
        txt = (f'Hi,\n\n{p["giv"]} {p["sur"]}, DOB {p["dob"]}, {c_en} citizen ({ident}) seen yesterday for allergic reaction (angioedema) after shellfish. '
               f'No provincial coverage; travel insurance claim form attached to chart.\n\nRegistration')
    return R(ctx, fr, subj, txt, ['patient_name', 'date_of_birth', t, 'diagnosis'], 'foreign patient with national identifier and diagnosis', to=['facturation@' + DOM])

def p_subject_only(ctx, fr):
    r = ctx.rng; p = ctx.nam_person()
    if fr:
        subj = f'RE: {p["sur"]} {p["giv"]} {p["dob"]} - annulation suivi glaucome'
        txt = r.choice(['ok c\'est fait, replacé{} en juin'.format(''), 'Fait.', 'Reçu, merci.'])
    else:
        subj = f'RE: {p["sur"]}, {p["giv"]} {p["dob"]} - cancel CPAP titration'
        txt = r.choice(['done, rebooked for June', 'Done.', 'Got it, thx'])
    return R(ctx, fr, subj, txt + '\n', ['patient_name', 'date_of_birth', 'diagnosis'], 'patient name, DOB and care in Subject only')

def p_research_csv(ctx, fr):
    r = ctx.rng
    rows = [['dossier', 'nom', 'prenom', 'age', 'dx', 'eligible'] if fr else ['mrn', 'last', 'first', 'age', 'dx', 'eligible']]
    for _ in range(r.randint(4, 8)):
        p = ctx.person()
        rows.append([gen_mrn(r), p['sur'], p['giv'], age(p), r.choice(['dermatite atopique', 'urticaire chronique', 'psoriasis'] if fr else ['atopic dermatitis', 'chronic urticaria', 'psoriasis']), r.choice(['oui', 'non'] if fr else ['Y', 'N'])])
    c = make_csv(rows, ';' if fr else ',')
    subj = 'Présélection étude DUPI-AD' if fr else 'Pre-screen list for DUPI-AD study'
    txt = ('Voici les patients de la clinique qui pourraient être admissibles. À valider avant contact.\n\nCoordonnatrice de recherche' if fr else
           'Here are clinic patients who may be eligible. Please confirm before we approach them.\n\nResearch Coordinator')
    return R(ctx, fr, subj, txt, ['patient_name', 'mrn', 'diagnosis'], 'CSV pre-screen list with names, MRNs, diagnoses',
             atts=[('preselection.csv' if fr else 'prescreen.csv', 'text/csv', c)], to=['recherche@' + r.choice(EXT_DOMS)])

def p_incident(ctx, fr):
    r = ctx.rng; p = ctx.person(); g = he(p, fr); mrn = gen_mrn(r)
    if fr:
        subj = 'AH-223 - déclaration incident clinique ophtalmo'
        txt = (f'Déclaration d\'incident\nUsager : {p["sur"]}, {p["giv"]} - dossier {mrn}\nDescription : gouttes de cyclopentolate administrées au mauvais œil (OG au lieu de OD) '
               f'avant examen. Aucune conséquence, {g["pt"]} informé{g["e"]}.\nGravité : C\n\nGestion des risques')
    else:
        subj = 'Incident report - audiology booth'
        txt = (f'Incident report\nPatient: {p["giv"]} {p["sur"]}, MRN {mrn}\nPatient with vertigo (BPPV) fell when standing up from the booth chair, '
               f'small laceration to forehead, seen in ED. Family notified.\n\nRisk Management')
    return R(ctx, fr, subj, txt, ['patient_name', 'mrn', 'diagnosis'], 'incident report naming patient with chart number', to=['gestion.risques@' + DOM])

def p_vcard_home(ctx, fr):
    r = ctx.rng; p = ctx.person(); ph = phone(r); ad = f'{r.randint(10, 9999)} {r.choice(STREETS)}'
    v = make_vcf(f'{p["giv"]} {p["sur"]}', p['sur'], p['giv'], ph, ad, 'Usager SAD - appareils auditifs, surdité sévère' if fr else 'Home visit - hearing aids, severe hearing loss, use text')
    subj = 'Coordonnées pour visite à domicile' if fr else 'Contact card for home visit'
    txt = 'Voici la fiche de l\'usager pour la visite de jeudi.\n\nKarine' if fr else 'Contact for Thursday\'s home visit attached.\n\nAmanda'
    return R(ctx, fr, subj, txt, ['patient_name', 'patient_contact', 'diagnosis'], 'vCard of patient with home address and phone plus condition',
             atts=[(f'{p["sur"]}.vcf', 'text/vcard', v)])

def p_zip_oct(ctx, fr):
    r = ctx.rng; p = ctx.nam_person()
    pdf = make_pdf('OCT maculaire / Macular OCT', [f'{p["sur"]}, {p["giv"]}  {p["dob"]}  {p["nam"]}', f'CST OD {r.randint(280, 450)} um, OS {r.randint(230, 300)} um',
                                                   'Liquide intrarétinien OD / IRF OD - OMD / DME'])
    z = make_zip([(f'OCT_{p["sur"]}.pdf', pdf), ('lisezmoi.txt', b'Export Cirrus\r\n')])
    subj = 'OCT pour 2e opinion' if fr else 'OCT for second opinion'
    txt = 'Bonjour Dre Roy,\n\nOCT ci-joint (zip). Qu\'en pensez-vous pour l\'IVT?\n\nClinique VisionPlus' if fr else 'Dr. Raman,\n\nZipped OCT attached. Would you start anti-VEGF?\n\nVisionPlus'
    return R(ctx, fr, subj, txt, ['patient_name', 'date_of_birth', 'ramq_nam', 'lab_result', 'diagnosis'], 'ZIP containing OCT PDF with name, DOB, NAM',
             atts=[('oct.zip', 'application/zip', z)], sender=('Clinique VisionPlus', 'imagerie@clinique-visionplus.example', ''), to=['isabelle.roy@' + DOM if fr else 'priya.raman@' + DOM])

def p_shared_surname(ctx, fr):
    r = ctx.rng; p = ctx.person(); mrn = gen_mrn(r)
    if fr:
        p['sur'] = 'Roy'
        subj = 'Mme Roy - pas la Dre!'
        txt = (f'Attention : {p["giv"]} Roy (dossier {mrn}) n\'a aucun lien avec la Dre Roy. Elle vient pour kératocône évolutif, cross-linking à planifier. '
               'La secrétaire a mis le dossier dans le casier de la Dre par erreur.\n\nMarie-Ève')
    else:
        p['sur'] = 'Raman'
        subj = 'Raman (patient) vs Dr. Raman'
        txt = (f'FYI, {p["giv"]} Raman (MRN {mrn}) is a patient, no relation to Dr. Raman. Keratoconus progression, CXL to book. '
               'Chart was misfiled in Dr. Raman\'s box.\n\nTom')
    return R(ctx, fr, subj, txt, ['patient_name', 'mrn', 'diagnosis'], 'patient sharing physician surname, chart number and diagnosis')

def p_portal_named(ctx, fr):
    r = ctx.rng; p = ctx.person(); g = he(p, fr); pe = pat_email(r, p)
    if fr:
        subj = 'Nouveau résultat disponible - Portail patient'
        txt = (f'Bonjour {p["giv"]} {p["sur"]},\n\nUn nouveau document est disponible dans votre dossier : « Résultats tests épicutanés (patch tests) - Clinique de dermatologie ». '
               f'Votre rendez-vous de suivi est le {r.randint(2, 28)} mai à 9 h 40 avec Dr Bélanger.\n\nNe pas répondre à ce courriel.')
    else:
        subj = 'New result in your patient portal'
        txt = (f'Hello {p["giv"]} {p["sur"]},\n\nA new result has been posted: "Polysomnography report - Sleep Clinic". '
               f'Your follow-up is on May {r.randint(2, 28)} at 9:40 with Dr. Doyle.\n\nDo not reply to this email.')
    return R(ctx, fr, subj, txt, ['patient_name'], 'portal notification naming patient and clinic/test', to=[pe],
             sender=('Portail patient' if fr else 'Patient Portal', 'no-reply@portail.' + DOM, ''))

def p_patient_reply_derm(ctx, fr):
    r = ctx.rng; p = ctx.person(); pe = pat_email(r, p)
    if fr:
        orig = (f'Bonjour, c\'est {p["giv"]} {p["sur"]}. Depuis que j\'ai commencé l\'isotrétinoïne 40 mg j\'ai les lèvres qui saignent et je me sens déprimé{"e" if p["sex"] == "F" else ""}. '
                'Est-ce normal? Mon test de grossesse du mois est négatif.')
        txt = ('Bonjour,\n\nMerci de nous avoir écrit. Pour l\'humeur, veuillez cesser le médicament et appeler la clinique aujourd\'hui; le Dr Bélanger veut vous voir cette semaine.\n\n'
               'Jennifer, inf.\n\n' + quote(orig))
        subj = 'Re: effets secondaires'
    else:
        orig = (f'Hi it\'s {p["giv"]} {p["sur"]}. Since starting isotretinoin 40 mg my lips bleed and I feel really low. Is that normal? '
                'My monthly pregnancy test was negative.')
        txt = ('Hello,\n\nThank you for writing. Regarding your mood, please stop the medication and call the clinic today; Dr. Belanger wants to see you this week.\n\n'
               'Jennifer, RN\n\n' + quote(orig))
        subj = 'Re: side effects'
    return R(ctx, fr, subj, txt, ['patient_name', 'medication', 'diagnosis'], 'reply quoting patient message with name, medication, symptoms', to=[pe], reply=True)

def p_signout_sleep(ctx, fr):
    r = ctx.rng
    lines = []
    for i in range(r.randint(3, 5)):
        p = ctx.person(); ohn = gen_ohn(r)
        lines.append(f'- {p["sur"].upper()} {p["giv"]}, {age(p)}{p["sex"]}, ' + (f'HN {fmt_ohn(ohn, r)} - ' if i == 0 or r.random() < 0.6 else '') +
                     r.choice(['CPAP titration, claustrophobe', 'MSLT demain AM, narcolepsie?', 'split night, IAH 45', 'RLS, ferritine 12']))
    txt = ('Handover nuit labo du sommeil\n\n' if fr else 'Sleep lab night handover\n\n') + '\n'.join(lines) + ('\n\nLisa' if not fr else '\n\nTech de nuit')
    return R(ctx, fr, 'Relève nuit' if fr else 'Night handover', txt, ['patient_name', 'ca_health_number', 'diagnosis'], 'handover list with patient names, health numbers, conditions',
             to=['sleeplab@' + DOM])

# ================================================================ NEGATIVE templates
def n_blank_template(ctx, fr):
    r = ctx.rng; SN = ctx_staff(r, fr)
    paras = (['Nom de l\'usager : ____________________', 'Date de naissance : ____/____/______', 'NAM : ____ ____ ____', 'Raison de consultation : ______________',
              'Priorité :  A  B  C  D  E', 'Médecin référent : ________  No permis : _____'] if fr else
             ['Patient name: ____________________', 'DOB: ____/____/______', 'Health card #: ______________', 'Reason for referral: ______________',
              'Urgency: urgent / semi-urgent / routine', 'Referring MD: ________  CPSO #: _____'])
    doc = make_docx('Formulaire de référence - Clinique d\'allergie' if fr else 'Referral form - Allergy Clinic', paras)
    subj = 'Nouveau formulaire de référence (version 2026)' if fr else 'Updated referral form (2026 version)'
    txt = ('Bonjour à tous,\n\nVeuillez utiliser dorénavant le formulaire ci-joint pour toute référence à la clinique. Les anciennes versions seront refusées à compter du 1er avril.\n\n'
           if fr else 'Hello all,\n\nPlease use the attached form for all referrals to the clinic. Older versions will be returned from April 1.\n\n') + sig(SN[0], SN[2], fr, r)
    return R(ctx, fr, subj, txt, [], 'blank referral form template', sender=SN, atts=[('formulaire_reference.docx' if fr else 'referral_form.docx',
             'application/vnd.openxmlformats-officedocument.wordprocessingml.document', doc)], to=[ext_addr(r, 'medecins')])

def n_cancellation_slots(ctx, fr):
    r = ctx.rng
    slots = [f'{r.choice(["lun", "mar", "mer", "jeu", "ven"] if fr else ["Mon", "Tue", "Wed", "Thu", "Fri"])} {r.randint(1, 28)} - {r.randint(8, 15)}:{r.choice(["00", "20", "40"])}' for _ in range(r.randint(4, 8))]
    subj = 'Plages libérées - clinique d\'audiologie' if fr else 'Open slots from cancellations - Dermatology'
    txt = (('Plages devenues disponibles suite à des annulations (à offrir à la liste d\'attente) :\n' if fr else
            'Slots freed up by cancellations (offer to wait list):\n') + '\n'.join('  ' + s for s in slots) + ('\n\nNathalie' if fr else '\n\nTom'))
    return R(ctx, fr, subj, txt, [], 'list of open appointment slots, no patients', to=['rdv@' + DOM])

def n_equipment(ctx, fr):
    r = ctx.rng; sn = gen_sin(r); asset = f'A-{r.randint(100000, 999999)}'
    dev = r.choice(['lampe à fente Haag-Streit BQ 900', 'audiomètre AC40', 'tonomètre iCare IC200', 'appareil PSG Embla']) if fr else r.choice(['Haag-Streit BQ 900 slit lamp', 'AC40 audiometer', 'iCare IC200 tonometer', 'Embla PSG unit'])
    if fr:
        subj = f'Bris d\'équipement - {dev}'
        txt = f'Bonjour GBM,\n\nLe {dev} de la salle 3 ne s\'allume plus.\nNo de série : {sn}\nNo d\'actif : {asset}\nPouvez-vous passer avant jeudi? On a 22 rendez-vous ce jour-là.\n\nMarie-Ève'
    else:
        subj = f'Service request - {dev}'
        txt = f'Hi Biomed,\n\nThe {dev} in room 3 is failing calibration.\nSerial: {sn}\nAsset tag: {asset}\nCould someone come before Thursday clinic?\n\nAmanda'
    return R(ctx, fr, subj, txt, [], 'equipment repair request with serial number (checksum look-alike)', to=['gbm@' + DOM])

def n_vendor(ctx, fr):
    r = ctx.rng; lot = gen_ohn(r)
    if fr:
        subj = 'Offre printemps - aides auditives'
        txt = (f'Bonjour,\n\nAudioTech est heureux d\'offrir 15 % sur les piles 312 et les dômes jusqu\'au 30 avril.\nRappel : lot {lot} de dômes ouverts 8 mm retiré volontairement.\n\n'
               'Représentant AudioTech\nventes@audiotech.example')
    else:
        subj = 'Notice: voluntary recall, lot ' + lot
        txt = (f'Dear customer,\n\nLot {lot} of sterile suture packs (4-0 Vicryl, used in oral surgery kits) is being voluntarily recalled due to a packaging seal defect. '
               'No patient harm has been reported. Please quarantine remaining stock.\n\nCustomer Service\nMedSupply Canada')
    return R(ctx, fr, subj, txt, [], 'vendor mail with lot number look-alike', sender=('AudioTech' if fr else 'MedSupply', 'ventes@audiotech.example' if fr else 'recall@medsupply.example', ''),
             to=['clinique.audio@' + DOM if fr else 'omfs.clinic@' + DOM])

def n_job(ctx, fr):
    r = ctx.rng
    if fr:
        subj = 'Affichage de poste - audiologiste (temps complet)'
        txt = ('Le CHU Exemple affiche un poste d\'audiologiste permanent temps complet à la clinique externe.\nExigences : maîtrise en audiologie, membre de l\'OOAQ.\n'
               'Salaire : selon l\'échelle en vigueur.\nDate limite : 15 avril 2026. Postuler sur carrieres.chu-exemple.example\n\nRessources humaines')
    else:
        subj = 'Job posting: Registered Polysomnographic Technologist'
        txt = ('We are hiring a full-time RPSGT for the Sleep Clinic (night rotation).\nRequirements: RPSGT credential, BLS.\nApply by April 15 via careers.chu-exemple.example\n\nHuman Resources')
    return R(ctx, fr, subj, txt, [], 'job posting', sender=('Ressources humaines' if fr else 'Human Resources', 'rh@' + DOM, ''), to=['tous@' + DOM])

def n_staff_sick(ctx, fr):
    r = ctx.rng; n, a, t = ctx_staff(r, fr)
    if fr:
        subj = 'Absence - remplacement clinique demain'
        txt = f'Bonjour,\n\n{n} sera absent(e) demain (maladie). Les patients de l\'avant-midi seront vus par la Dre Lemieux; l\'après-midi est annulé, la secrétaire rappellera.\n\nCoordination'
    else:
        subj = 'Staff absence - coverage tomorrow'
        txt = f'Hi team,\n\n{n} is off sick tomorrow. Morning clinic covered by Dr. Osei; afternoon clinic cancelled, clerks will rebook.\n\nClinic Coordinator'
    return R(ctx, fr, subj, txt, [], 'staff absence notice, no patient identified', to=['equipe@' + DOM])

def n_newsletter(ctx, fr):
    r = ctx.rng
    if fr:
        subj = 'Infolettre Dermato - juin : protection solaire'
        txt = ('INFOLETTRE DE LA CLINIQUE DE DERMATOLOGIE\n\n1. Le mélanome en hausse chez les 20-39 ans : rappel de l\'indice UV.\n2. Nouveauté : photothérapie UVB-TL01, 3 cabines.\n'
               '3. Statistiques 2025 : 1 284 biopsies, 96 mélanomes, délai moyen de rendez-vous 47 jours.\n\nPour vous désabonner, répondez STOP.')
        html = None
    else:
        subj = 'Allergy Clinic Newsletter - spring pollen season'
        txt = ('ALLERGY CLINIC NEWSLETTER\n\nTree pollen counts rose early this year. Tips: start intranasal steroids 2 weeks before season.\n'
               'Oral immunotherapy program: 38 children completed build-up in 2025.\nNew: epinephrine auto-injector training videos on our website.\n\nUnsubscribe')
        html = None
    return R(ctx, fr, subj, txt, [], 'newsletter with disease info and aggregate stats', sender=('Infolettre' if fr else 'Newsletter', 'infolettre@' + DOM, ''),
             to=['abonnes@' + DOM])

def n_recruit_poster(ctx, fr):
    r = ctx.rng
    pdf = make_pdf('Participants recherchés / Volunteers needed', ['Étude sur l\'apnée du sommeil et la mémoire', 'Sleep apnea and memory study',
                                                                  'Adultes 40-70 ans / Adults 40-70', 'Compensation 100 $', 'Info: 514-555-0142 / etude.sommeil@' + DOM])
    subj = 'Affiche de recrutement à installer' if fr else 'Recruitment poster for waiting rooms'
    txt = ('Pouvez-vous afficher l\'affiche ci-jointe dans les salles d\'attente? Approuvée par le CER (2025-1187).\n\nÉquipe de recherche'
           if fr else 'Could you post the attached poster in the waiting rooms? REB approved (2025-1187).\n\nResearch team')
    return R(ctx, fr, subj, txt, [], 'research recruitment poster', atts=[('affiche.pdf' if fr else 'poster.pdf', 'application/pdf', pdf)], to=['cliniques@' + DOM])

def n_survey(ctx, fr):
    r = ctx.rng
    if fr:
        subj = 'Votre avis compte - sondage de satisfaction'
        txt = ('Bonjour,\n\nVous avez récemment visité une clinique externe du CHU Exemple. Répondez à notre sondage de 5 minutes : https://sondage.chu-exemple.example/c/' + f'{r.getrandbits(32):x}' +
               '\n\nVos réponses sont anonymes.\n\nBureau de la qualité')
    else:
        subj = 'Patient satisfaction results Q1'
        txt = ('Team,\n\nQ1 survey results for outpatient clinics: 412 responses, 91% satisfied, top complaint = parking, wait time in audiology averaged 22 min.\n\nQuality Office')
    return R(ctx, fr, subj, txt, [], 'satisfaction survey invitation or aggregate results', to=['cliniques@' + DOM])

def n_staff_roster(ctx, fr):
    r = ctx.rng
    staff = STAFF_FR if fr else STAFF_EN
    lines = []
    for n, u, t in r.sample(staff, 5):
        lines.append(f'{n} - {t} - ' + r.choice(['AM', 'PM', 'journée' if fr else 'full day', 'garde' if fr else 'on call', 'vacances' if fr else 'vacation']))
    subj = 'Horaire semaine 14' if fr else 'Week 14 schedule'
    txt = ('Horaire des cliniques externes, semaine 14 :\n\n' if fr else 'Outpatient clinic schedule, week 14:\n\n') + '\n'.join(lines) + ('\n\nCoordination' if fr else '\n\nCoordinator')
    return R(ctx, fr, subj, txt, [], 'staff roster resembling a list', to=['equipe@' + DOM])

def n_doc_disease(ctx, fr):
    r = ctx.rng
    if fr:
        subj = 'Répertoire des cliniques - mise à jour'
        txt = ('Dre Isabelle Roy - glaucome et rétine médicale\nDr Mathieu Bélanger - psoriasis, hidradénite\nDre Sophie Lemieux - allergies alimentaires pédiatriques, anaphylaxie\n'
               'Dr François Gendron - apnée du sommeil, narcolepsie\n\nMerci de diriger les références en conséquence.')
    else:
        subj = 'Clinic directory update'
        txt = ('Dr. Priya Raman - diabetic retinopathy, uveitis\nDr. Samuel Osei - drug allergy, mastocytosis\nDr. Hannah Weiss - hereditary cancer syndromes\n'
               'Dr. Kevin Doyle - sleep apnea, insomnia\n\nPlease direct referrals accordingly.')
    return R(ctx, fr, subj, txt, [], 'physicians named next to conditions they treat', to=[ext_addr(r, 'medecins')])

def n_teaching(ctx, fr):
    r = ctx.rng
    if fr:
        subj = 'Cas clinique du mois - club de lecture'
        txt = ('Cas : Une femme de 54 ans se présente avec une baisse de vision indolore OD depuis 2 semaines. Diabète type 2 depuis 12 ans. AV 20/80.\n'
               'Questions : diagnostic différentiel? Place de l\'OCT? Traitement?\n\nDiscussion jeudi 12 h, salle B-204.')
    else:
        subj = 'Case of the month - genetics rounds'
        txt = ('Case: A 34-year-old man with a family history of early colon cancer (father at 45) asks about testing. No personal history.\n'
               'Discussion: Amsterdam II criteria, universal tumour screening, counselling points.\n\nRounds Friday 8:00, room 2C.')
    return R(ctx, fr, subj, txt, [], 'anonymised teaching case', to=['residents@' + DOM])

def n_it_outage(ctx, fr):
    r = ctx.rng
    if fr:
        subj = 'Interruption planifiée - NAS imagerie ophtalmo'
        txt = (f'Le NAS de stockage des images OCT (nas-oph-02) sera indisponible le {r.randint(2, 28)} avril de 22 h à 2 h pour mise à jour du micrologiciel.\n'
               'Les appareils conserveront les examens localement.\n\nCentre de services TI, poste 4357')
    else:
        subj = 'Patient portal maintenance window'
        txt = (f'The patient portal will be unavailable Sunday from 01:00 to 05:00 for upgrades. Telehealth links will not be affected.\nTicket INC{r.randint(1000000, 9999999)}.\n\nIT Service Desk')
    return R(ctx, fr, subj, txt, [], 'IT outage notice (NAS storage / portal)', sender=('Centre de services TI' if fr else 'IT Service Desk', 'ti@' + DOM, ''), to=['tous@' + DOM])

def n_interpreter_memo(ctx, fr):
    r = ctx.rng
    if fr:
        subj = 'Rappel : procédure de réservation d\'interprètes'
        txt = ('Bonjour,\n\nRappel : les demandes d\'interprètes doivent être faites 72 h à l\'avance via le formulaire intranet. Pour la vidéo, indiquer la plateforme.\n'
               'Langues les plus demandées en 2025 : arabe (312), espagnol (204), dari (97).\n\nService d\'interprétation')
    else:
        subj = 'Reminder: interpreter booking process'
        txt = ('Hi all,\n\nInterpreter requests must be submitted 72 h ahead through the intranet form. Do not use family members as interpreters for consent discussions.\n\nLanguage Services')
    return R(ctx, fr, subj, txt, [], 'interpreter service memo with aggregate counts', to=['cliniques@' + DOM])

def n_invoice(ctx, fr):
    r = ctx.rng; po = gen_sin(r); inv = f'{r.randint(100000, 999999)}'
    rows = [['Article', 'Qté', 'Prix'] if fr else ['Item', 'Qty', 'Price'], ['Curettes dermatologiques 4 mm' if fr else 'Dermal curettes 4 mm', 50, '2,10' if fr else '2.10'],
            ['Lidocaïne 1 % c/ épi' if fr else 'Lidocaine 1% w/ epi', 20, '6,45' if fr else '6.45'], ['Embouts tympanomètre' if fr else 'Tympanometer tips', 200, '0,35' if fr else '0.35']]
    x = make_xlsx('Facture' if fr else 'Invoice', rows)
    subj = f'Facture {inv} - BC {po}' if fr else f'Invoice {inv} / PO {po}'
    txt = ('Bonjour,\n\nVeuillez trouver ci-joint la facture. Paiement net 30 jours.\n\nComptes recevables' if fr else 'Hello,\n\nInvoice attached, net 30.\n\nAccounts Receivable')
    return R(ctx, fr, subj, txt, [], 'supplier invoice with PO number look-alike', atts=[(f'facture_{inv}.xlsx' if fr else f'invoice_{inv}.xlsx',
             'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', x)], sender=('Fournitures Médic' if fr else 'Medic Supplies', 'ar@medic-supplies.example', ''), to=['approvisionnement@' + DOM])

def n_conference(ctx, fr):
    r = ctx.rng
    if fr:
        subj = 'Programme - Journée de la vision 2026'
        txt = ('8 h 30 Accueil\n9 h Dre Isabelle Roy : Nouveautés dans le traitement du glaucome\n10 h Dr Alain Thibodeau : Ostéonécrose des mâchoires et bisphosphonates\n'
               '11 h Julie Marchand : Génétique des dystrophies rétiniennes\n\nInscription : 75 $')
    else:
        subj = 'Programme: Outpatient Innovation Day'
        txt = ('09:00 Dr. Kevin Doyle - Home sleep apnea testing in 2026\n10:00 Amanda Kerr - Cochlear implant candidacy update\n11:00 Dr. Hannah Weiss - Polygenic risk scores\n\nRegistration $75')
    return R(ctx, fr, subj, txt, [], 'conference programme with speakers and topics', to=[ext_addr(r, 'membres')])

def n_parking(ctx, fr):
    r = ctx.rng
    subj = 'Travaux stationnement P2' if fr else 'Parking lot P2 closure'
    txt = ('Le stationnement P2 sera fermé du 6 au 10 avril. Les patients des cliniques externes pourront utiliser le P4 (navette aux 15 min).\n\nServices techniques'
           if fr else 'Lot P2 will be closed April 6-10. Outpatient clinic patients may use P4 (shuttle every 15 min).\n\nFacilities')
    return R(ctx, fr, subj, txt, [], 'facilities notice', sender=('Services techniques' if fr else 'Facilities', 'installations@' + DOM, ''), to=['tous@' + DOM])

def n_portal_template(ctx, fr):
    r = ctx.rng
    if fr:
        subj = 'Aperçu gabarit - notification portail (à approuver)'
        txt = ('Voici le texte proposé pour la notification automatique :\n\n« Bonjour [PRÉNOM] [NOM], un nouveau document est disponible dans votre portail. Connectez-vous pour le consulter. »\n\n'
               'Aucune information clinique ne sera incluse dans le courriel. Commentaires d\'ici vendredi SVP.\n\nÉquipe portail')
    else:
        subj = 'Template preview - portal notification (for approval)'
        txt = ('Proposed text for the automated notification:\n\n"Hello {{first_name}}, you have a new message in your patient portal. Please sign in to read it."\n\n'
               'No clinical details will appear in the email. Feedback by Friday please.\n\nPortal team')
    return R(ctx, fr, subj, txt, [], 'portal notification template with placeholders', to=['comite.portail@' + DOM])

def n_waitlist_stats(ctx, fr):
    r = ctx.rng
    rows = [['Clinique', 'Liste d\'attente', 'Délai médian (j)'] if fr else ['Clinic', 'Wait list', 'Median wait (d)']]
    for c in (['Ophtalmo', 'Dermato', 'Audiologie', 'Allergie', 'Sommeil', 'Génétique'] if fr else ['Ophtho', 'Derm', 'Audiology', 'Allergy', 'Sleep', 'Genetics']):
        rows.append([c, r.randint(80, 2400), r.randint(20, 400)])
    txt = ('Tableau de bord mensuel des listes d\'attente :\n\n' if fr else 'Monthly wait-list dashboard:\n\n') + '\n'.join(f'{a:<15}{b:>16}{c:>18}' for a, b, c in rows)
    return R(ctx, fr, 'Tableau de bord - listes d\'attente' if fr else 'Wait list dashboard', txt, [], 'aggregate wait-list statistics', to=['direction@' + DOM])

def n_public_inquiry(ctx, fr):
    r = ctx.rng; pe = pat_email(r, ctx.person())
    if fr:
        orig = 'Bonjour, quelles sont les heures d\'ouverture des cliniques externes et où se stationner? Merci.'
        txt = ('Bonjour,\n\nLes cliniques externes sont ouvertes de 8 h à 16 h en semaine. Le stationnement P4 est le plus proche de l\'entrée C.\n\nAccueil - Cliniques externes\n\n' + quote(orig))
        subj = 'Re: question'
    else:
        orig = 'Hi, what are the outpatient clinic hours and where should visitors park?'
        txt = ('Hello,\n\nOutpatient clinics are open Mon-Fri 8:00-16:00. Visitor parking is in lot P4 (entrance C). Main line: (613) 555-0190.\n\nReception\n\n' + quote(orig))
        subj = 'Re: hours'
    return R(ctx, fr, subj, txt, [], 'general information reply to public inquiry', to=[pe], reply=True)

def n_training(ctx, fr):
    r = ctx.rng
    subj = 'Formation - nouveau tomographe OCT' if fr else 'Training: new OCT device and RCP refresher'
    txt = ('Formation obligatoire pour les techniciennes et infirmières : nouveau Spectralis OCT, mardi 14 h, salle 3. Durée 1 h.\nInscrivez-vous auprès de Marie-Ève Poulin.'
           if fr else 'Mandatory training for techs and nurses: new Spectralis OCT Tuesday 14:00, room 3, plus CPR refresher Thursday. Sign up with Tom Bradley.')
    return R(ctx, fr, subj, txt, [], 'staff training notice', to=['equipe@' + DOM])

def n_committee(ctx, fr):
    r = ctx.rng
    if fr:
        subj = 'Ordre du jour - comité qualité cliniques externes'
        txt = ('1. Adoption du PV\n2. Incidents T4 : 17 déclarations (6 chutes, 4 erreurs de médication, 7 autres)\n3. Hygiène des mains : 84 %\n4. Divers\n\nMardi 12 h, Teams')
    else:
        subj = 'Agenda - Outpatient Quality Committee'
        txt = ('1. Minutes\n2. Q4 incidents: 17 reports (6 falls, 4 medication, 7 other)\n3. Hand hygiene audit: 84%\n4. Other\n\nTuesday 12:00, Teams')
    return R(ctx, fr, subj, txt, [], 'committee agenda with aggregate incident counts', to=['comite.qualite@' + DOM])

def n_telehealth_update(ctx, fr):
    r = ctx.rng
    if fr:
        subj = 'Mise à jour plateforme de téléconsultation'
        txt = ('La plateforme de téléconsultation passe à la version 5.2 lundi. Nouvelles fonctions : salle d\'attente virtuelle, partage d\'écran, interprète en 3e participant.\n'
               'Guide de l\'utilisateur : https://intranet.chu-exemple.example/telesante\n\nTélésanté')
    else:
        subj = 'Telehealth platform update'
        txt = ('The telehealth platform updates to v5.2 on Monday: virtual waiting room, screen sharing, interpreter as third participant.\nUser guide on the intranet.\n\nVirtual Care Team')
    return R(ctx, fr, subj, txt, [], 'telehealth platform update', to=['cliniques@' + DOM])


# ---------------------------------------------------------------- more positives
def p_inline_fwd_gp(ctx, fr):
    r = ctx.rng; p = ctx.person(); g = he(p, fr); ohn = gen_ohn(r)
    if fr:
        inner = (f'De : Dr Paul Girard <pgirard@{r.choice(EXT_DOMS)}>\nDate : {r.randint(1, 28)} avril 2026\nObjet : référence dermato\n\n'
                 f'SVP voir {p["sur"]} {p["giv"]}, {age(p)} ans, carte santé Ontario {fmt_ohn(ohn, r)} (déménagé{g["e"]} d\'Ottawa). '
                 'Lésion pigmentée 9 mm dos, asymétrique, saignement récent. ATCD familial de mélanome.')
        txt = 'Mathieu, peux-tu le voir en priorité? Voir plus bas.\n\nJennifer\n\n---------- Message transféré ---------\n' + inner
        subj = 'TR: référence dermato'
    else:
        inner = (f'From: Dr. Paul Girard <pgirard@{r.choice(EXT_DOMS)}>\nSent: April {r.randint(1, 28)}, 2026\nSubject: derm referral\n\n'
                 f'Please see {p["giv"]} {p["sur"]}, {age(p)}{p["sex"]}, OHIP {fmt_ohn(ohn, r)}. 9 mm pigmented lesion on back, irregular borders, recent bleeding. '
                 'Family history of melanoma.')
        txt = 'Can we fast-track this one? See below.\n\nJen\n\n---------- Forwarded message ---------\n' + inner
        subj = 'Fwd: derm referral'
    return R(ctx, fr, subj, txt, ['patient_name', 'ca_health_number', 'diagnosis'], 'inline forward of referral with name, health number, lesion',
             to=['mathieu.belanger@' + DOM if fr else 'derm.triage@' + DOM])

def p_youth_protection(ctx, fr):
    r = ctx.rng; p = ctx.person(); p['dob'] = f'20{r.randint(14, 21)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}'; g = he(p, fr)
    if fr:
        subj = f'{p["giv"]} {p["sur"]} - suivi audiologie / DPJ'
        txt = (f'Bonjour Mme l\'intervenante,\n\n{p["giv"]} ({p["dob"]}) a manqué trois rendez-vous d\'appareillage. Vous nous aviez indiqué que le dossier est suivi à la DPJ '
               f'et que l\'enfant est en famille d\'accueil depuis février. À qui devons-nous envoyer la convocation?\n\n' + sig('Karine Dubé', 'audiologiste', True, r))
    else:
        subj = f'{p["sur"]}, {p["giv"]} - missed audiology appts'
        txt = (f'Hello,\n\n{p["giv"]} {p["sur"]} (DOB {p["dob"]}) has missed three hearing-aid fittings. As discussed, the family is involved with CAS and the child '
               'is now in kinship care. Who should receive the appointment letters?\n\n' + sig('Amanda Kerr', 'Audiologist', False, r))
    return R(ctx, fr, subj, txt, ['patient_name', 'date_of_birth', 'social_information'], 'child patient with youth protection involvement', to=['intervenant.dpj@cisss-nord.example'])

def p_critical_tryptase(ctx, fr):
    r = ctx.rng; p = ctx.person(); mrn = gen_mrn(r); v = r.randint(25, 60)
    if fr:
        subj = 'VALEUR CRITIQUE - tryptase'
        txt = (f'Valeur critique communiquée au Dr de garde à {r.randint(10, 16)} h {r.randint(10, 59)}.\nUsager : {p["sur"].upper()}, {p["giv"]}  Dossier : {mrn}\n'
               f'Tryptase sérique : {v} µg/L (N < 11,4) - prélèvement 1 h post-réaction au test de provocation à l\'amoxicilline.\n\nLaboratoire de biochimie')
    else:
        subj = 'CRITICAL VALUE - tryptase'
        txt = (f'Critical value phoned to on-call MD.\nPatient: {p["sur"].upper()}, {p["giv"]}  MRN: {mrn}\nSerum tryptase {v} ug/L (ref < 11.4), drawn 1 h after '
               'reaction during amoxicillin oral challenge.\n\nCore Lab')
    return R(ctx, fr, subj, txt, ['patient_name', 'mrn', 'lab_result', 'medication'], 'critical lab value with patient name and chart number', to=['samuel.osei@' + DOM if not fr else 'sophie.lemieux@' + DOM])

def p_med_rec(ctx, fr):
    r = ctx.rng; p = ctx.nam_person(1970); g = he(p, fr)
    if fr:
        subj = 'Bilan comparatif des médicaments'
        txt = (f'Bonjour,\n\nBCM pour {g["title"]} {p["sur"]} ({p["dob"]}), NAM {fmt_nam(p["nam"], "split")}\n- alendronate 70 mg 1x/sem (depuis 6 ans)\n- rivaroxaban 20 mg DIE\n'
               '- prednisone 5 mg DIE\nChirurgie buccale prévue : extractions multiples. Risque d\'ostéonécrose à évaluer.\n\nPharmacie Boréal\n' + phone(r))
    else:
        subj = 'Medication reconciliation before OMFS procedure'
        txt = (f'Hi,\n\nMed list for {p["giv"]} {p["sur"]}, DOB {p["dob"]}, RAMQ {fmt_nam(p["nam"], "dash")}:\n- alendronate 70 mg weekly x 6 yrs\n- rivaroxaban 20 mg daily\n'
               '- prednisone 5 mg daily\nPlanned multiple extractions - please assess ONJ risk.\n\nBoreal Pharmacy')
    return R(ctx, fr, subj, txt, ['patient_name', 'date_of_birth', 'ramq_nam', 'medication'], 'medication list with name, DOB and NAM', sender=('Pharmacie Boréal' if fr else 'Boreal Pharmacy', 'pharmacie@dentaire-boreal.example', ''),
             to=['chirurgie.buccale@' + DOM])

def p_html_proc_list(ctx, fr):
    import html as H
    r = ctx.rng
    rows = []
    for i in range(r.randint(4, 7)):
        p = ctx.person()
        rows.append((f'{8 + i}:00', f'{p["sur"]}, {p["giv"]}', gen_mrn(r), r.choice(['exérèse naevus', 'Mohs nez', 'cryothérapie KA', 'bx punch'] if fr else ['naevus excision', 'Mohs nose', 'cryo AK', 'punch bx'])))
    hd = ['Heure', 'Usager', 'Dossier', 'Intervention'] if fr else ['Time', 'Patient', 'MRN', 'Procedure']
    tbl = '<table border="1" cellpadding="3"><tr>' + ''.join(f'<th>{h}</th>' for h in hd) + '</tr>' + ''.join('<tr>' + ''.join(f'<td>{H.escape(str(c))}</td>' for c in row) + '</tr>' for row in rows) + '</table>'
    intro = 'Liste des interventions mineures de demain :' if fr else "Tomorrow's minor procedure list:"
    txt = intro + '\n\n' + '\n'.join('  '.join(map(str, row)) for row in rows)
    m = R(ctx, fr, 'Liste salle de procédures' if fr else 'Procedure room list', txt, ['patient_name', 'mrn', 'diagnosis'], 'HTML table of procedure list with names and MRNs', to=['salle.procedures@' + DOM])
    m['html'] = f'<html><body><p>{H.escape(intro)}</p>{tbl}<p>--<br>Clinique de dermatologie</p></body></html>'
    return m

def p_initials_mrn(ctx, fr):
    r = ctx.rng; p = ctx.person(); mrn = gen_mrn(r)
    if fr:
        subj = f'dossier {mrn}'; txt = f'Salut, pour {p["giv"][0]}.{p["sur"][0]}. ({mrn}) : OCT refait, œdème maculaire résolu. On peut espacer les IVT à q12 sem.\nIR'
    else:
        subj = f'chart {mrn}'; txt = f'Re pt {p["giv"][0]}.{p["sur"][0]}. ({mrn}): repeat OCT shows DME resolved, extend injections to q12wk.\nPR'
    return R(ctx, fr, subj, txt, ['mrn', 'diagnosis'], 'chart number with initials and diagnosis', to=['retine@' + DOM])

def p_cancel_named(ctx, fr):
    r = ctx.rng
    lines = []
    for _ in range(r.randint(3, 5)):
        p = ctx.person(); lines.append(f'{p["sur"]} {p["giv"]} - {phone(r)} - ' + r.choice(['test de provocation', 'tests cutanés', 'désensibilisation venin'] if fr else ['oral challenge', 'skin tests', 'venom immunotherapy']))
    txt = (('Patients à rappeler (clinique annulée jeudi, Dre Lemieux absente) :\n' if fr else 'Patients to call back (Thursday clinic cancelled):\n') + '\n'.join(lines) + '\n\nMerci!' if fr else
           'Patients to call back (Thursday clinic cancelled):\n' + '\n'.join(lines) + '\n\nThanks!')
    return R(ctx, fr, 'Rappels - annulation jeudi' if fr else 'Call-backs - Thursday cancellation', txt, ['patient_name', 'patient_contact', 'diagnosis'], 'call-back list with names, phones, procedures', to=['secretariat.allergie@' + DOM])

def p_income_support(ctx, fr):
    r = ctx.rng; p = ctx.nam_person(); g = he(p, fr)
    if fr:
        subj = 'Formulaire aide financière - aides auditives'
        txt = (f'Bonjour,\n\nPour {p["sur"]}, {p["giv"]} (NAM {fmt_nam(p["nam"], "space")}) : prestataire de l\'aide sociale, demande de couverture des aides auditives via le programme. '
               f'{g["il"].capitalize()} vit en refuge depuis janvier; utiliser l\'adresse du CLSC pour le courrier.\n\nTravailleuse sociale, clinique d\'audiologie')
    else:
        subj = 'Funding form - hearing aids'
        txt = (f'Hello,\n\nFor {p["giv"]} {p["sur"]} (RAMQ {fmt_nam(p["nam"], "space")}): on social assistance, applying for hearing-aid coverage. '
               f'{g["he"].capitalize()} has been in a shelter since January; please use the CLSC address for mail.\n\nSocial Worker, Audiology')
    return R(ctx, fr, subj, txt, ['patient_name', 'ramq_nam', 'social_information'], 'NAM with income support and housing situation', to=['programme.aides@' + r.choice(EXT_DOMS)])

# ---------------------------------------------------------------- more negatives
def n_fwd_eml_webinar(ctx, fr):
    r = ctx.rng
    it = ('Webinaire : nouveautés en implants cochléaires, 14 mai 12 h. Inscription gratuite.' if fr else 'Webinar: advances in cochlear implants, May 14 noon. Free registration.')
    inner = assemble(dict(from_='events@cochlea-corp.example', to=['audiologie@' + DOM], subject='Webinaire' if fr else 'Webinar', date='Mon, 02 Mar 2026 09:00:00 -0500',
                          msgid=f'<{r.getrandbits(48):x}@cochlea-corp.example>', text=it), dict(kind='plain', charset='utf-8', cte='base64', crlf=False), r)
    return R(ctx, fr, 'TR: Webinaire' if fr else 'FW: Webinar', 'Intéressant pour l\'équipe?' if fr else 'Worth attending?', [], 'forwarded-as-attachment vendor webinar',
             atts=[('webinaire.eml' if fr else 'webinar.eml', 'message/rfc822', inner)], to=['audiologie@' + DOM])

def n_inline_fwd_phishing(ctx, fr):
    r = ctx.rng
    inner = ('De : Sécurité TI\nObjet : Alerte hameçonnage\n\nUn faux courriel « Votre boîte est pleine » circule. Ne cliquez pas sur le lien.' if fr else
             'From: IT Security\nSubject: Phishing alert\n\nA fake "Mailbox full" email is circulating. Do not click the link.')
    txt = ('FYI pour les secrétaires.\n\n---------- Message transféré ---------\n' if fr else 'FYI for the clerks.\n\n---------- Forwarded message ---------\n') + inner
    return R(ctx, fr, 'TR: Alerte hameçonnage' if fr else 'Fwd: Phishing alert', txt, [], 'inline forward of IT security alert', to=['secretariat@' + DOM])

def n_cafeteria(ctx, fr):
    return R(ctx, fr, 'Menu de la cafétéria' if fr else 'Cafeteria menu this week', ('Lundi : pâté chinois\nMardi : soupe aux pois\nMercredi : poulet au beurre\nCafé à 1 $ vendredi.' if fr else
             'Mon: shepherd\'s pie\nTue: pea soup\nWed: butter chicken\n$1 coffee Friday.'), [], 'cafeteria menu', sender=('Alimentation', 'cafeteria@' + DOM, ''), to=['tous@' + DOM])

def n_hr_vacation(ctx, fr):
    r = ctx.rng
    lines = [f'{n} - {r.randint(1, 28)} juil. au {r.randint(1, 28)} août' if fr else f'{n} - Jul {r.randint(1, 28)} to Aug {r.randint(1, 28)}' for n, u, t in r.sample(STAFF_FR if fr else STAFF_EN, 4)]
    txt = ('Vacances d\'été approuvées :\n' if fr else 'Approved summer vacation:\n') + '\n'.join(lines) + ('\n\nRH' if fr else '\n\nHR')
    return R(ctx, fr, 'Vacances été 2026' if fr else 'Summer vacation 2026', txt, [], 'staff vacation schedule', to=['gestionnaires@' + DOM])

def n_employee_eap(ctx, fr):
    r = ctx.rng; emp = f'{r.randint(100000, 999999)}'
    n, a, t = ctx_staff(r, fr)
    txt = (f'Bonjour {n.split()[-2]},\n\nVotre demande de remboursement de formation (employé no {emp}) est approuvée. Rappel : le PAE est disponible 24/7 au 1-800-555-0199.\n\nRH'
           if fr else f'Hi {n.split()[-2]},\n\nYour tuition reimbursement (employee #{emp}) is approved. Reminder: the EAP is available 24/7 at 1-800-555-0199.\n\nHR')
    return R(ctx, fr, 'Remboursement de formation' if fr else 'Tuition reimbursement', txt, [], 'HR mail to staff with employee number', to=[a], sender=('RH' if fr else 'HR', 'rh@' + DOM, ''))

def n_public_health(ctx, fr):
    r = ctx.rng
    txt = (f'Santé publique - bulletin\n\nRougeole : {r.randint(3, 14)} cas confirmés dans la région depuis mars. Vérifier le statut vaccinal du personnel des cliniques externes. '
           'Symptômes : fièvre, éruption, conjonctivite.' if fr else f'Public Health bulletin\n\nMeasles: {r.randint(3, 14)} confirmed cases in the region since March. '
           'Verify staff immunization status in outpatient clinics. Symptoms: fever, rash, conjunctivitis.')
    return R(ctx, fr, 'Bulletin santé publique - rougeole' if fr else 'Public health bulletin - measles', txt, [], 'public-health bulletin with aggregate cases',
             sender=('Santé publique' if fr else 'Public Health', 'bulletin@santepublique.example', ''), to=['cliniques@' + DOM])

def n_drug_shortage(ctx, fr):
    txt = ('Pénurie : latanoprost 0,005 % (toutes marques) jusqu\'en juin. Alternative : travoprost ou bimatoprost. DIN concernés sur l\'intranet.\n\nDépartement de pharmacie'
           if fr else 'Shortage: latanoprost 0.005% (all brands) until June. Alternatives: travoprost or bimatoprost. Affected DINs on the intranet.\n\nPharmacy Department')
    return R(ctx, fr, 'Pénurie de médicament' if fr else 'Drug shortage notice', txt, [], 'drug shortage bulletin', to=['ophtalmo@' + DOM])

def n_ics_staff_meeting(ctx, fr):
    r = ctx.rng
    ics = make_ics(f'{r.getrandbits(64):x}@{DOM}', '2026-05-12T12:00:00', 60, 'Réunion d\'équipe - clinique du sommeil' if fr else 'Sleep clinic team meeting',
                   'Ordre du jour : horaires d\'été, nouvel appareil HSAT' if fr else 'Agenda: summer schedule, new HSAT devices', 'Salle 4B-12', 'lisa.park@' + DOM)
    return R(ctx, fr, 'Invitation : réunion d\'équipe' if fr else 'Invitation: team meeting', 'Voir invitation.' if fr else 'See invite.', [], 'staff meeting ICS',
             atts=[('reunion.ics' if fr else 'meeting.ics', 'text/calendar; method=REQUEST; charset=utf-8', ics)], to=['sommeil@' + DOM])

def n_vcard_rep(ctx, fr):
    r = ctx.rng
    v = make_vcf('Denis Hamel', 'Hamel', 'Denis', '(450) 555-0177', '200 boul. Industriel, Boucherville', 'Représentant - Optique Nord' if fr else 'Sales rep - Optique Nord', 'dhamel@optiquenord.example')
    return R(ctx, fr, 'Coordonnées représentant' if fr else 'Sales rep contact', 'Voici ses coordonnées pour les commandes de lentilles.' if fr else 'His contact for lens orders.', [],
             'vendor rep vCard', atts=[('Denis_Hamel.vcf', 'text/vcard', v)], to=['approvisionnement@' + DOM])

def n_phone_list(ctx, fr):
    r = ctx.rng
    rows = [(c, phone(r)) for c in (CLIN_FR if fr else ['Ophthalmology', 'Dermatology', 'Audiology', 'OMFS', 'Allergy', 'Sleep Clinic', 'Genetics'])]
    txt = ('Numéros des cliniques externes :\n' if fr else 'Outpatient clinic numbers:\n') + '\n'.join(f'{a}: {b}' for a, b in rows)
    return R(ctx, fr, 'Bottin téléphonique' if fr else 'Phone directory', txt, [], 'clinic phone directory', to=[ext_addr(r, 'medecins')])

def n_visits_csv(ctx, fr):
    r = ctx.rng
    rows = [['mois', 'clinique', 'visites', 'teleconsult'] if fr else ['month', 'clinic', 'visits', 'virtual']]
    for m in ('2026-01', '2026-02', '2026-03'):
        for c in ('OPH', 'DERM', 'AUD', 'ALL', 'SOM' if fr else 'SLP', 'GEN'):
            rows.append([m, c, r.randint(200, 3000), r.randint(10, 400)])
    return R(ctx, fr, 'Volumes T1' if fr else 'Q1 volumes', 'Ci-joint les volumes du T1.' if fr else 'Q1 volumes attached.', [], 'CSV of aggregate visit counts',
             atts=[('volumes_t1.csv' if fr else 'q1_volumes.csv', 'text/csv', make_csv(rows))], to=['direction@' + DOM])

# ================================================================ driver
POS = [(k[2:], v) for k, v in sorted(globals().items()) if k.startswith('p_') and callable(v)]
NEG = [(k[2:], v) for k, v in sorted(globals().items()) if k.startswith('n_') and callable(v)]
N_POS, N_NEG = 85, 115
MAILERS = [None, 'Microsoft Outlook 16.0', 'Zimbra 9.0', None, 'Mozilla Thunderbird']

def pick_transport(rng, i):
    kinds = ['plain', 'html', 'alt', 'plain', 'alt']
    return dict(kind=kinds[i % len(kinds)], charset=rng.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252']),
                cte=rng.choice(['quoted-printable', 'base64', '8bit']), crlf=rng.random() < 0.4,
                inner=rng.choice(['plain', 'alt', 'html']))

def rand_date(rng):
    d = dt.datetime(2026, 1, 5, 7, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))) + dt.timedelta(days=rng.randint(0, 320), minutes=rng.randint(0, 660))
    return format_datetime(d)

def build(out, seed):
    rng = random.Random(seed)
    ctx = Ctx(rng, load_nams())
    langs = ['en'] * 110 + ['fr'] * 90
    rng.shuffle(langs)
    plan = [True] * N_POS + [False] * N_NEG
    rng.shuffle(plan)
    pc = []; nc = []
    labels = {}
    files = {}
    ip = ineg = 0
    for i, pos in enumerate(plan):
        fr = langs[i] == 'fr'
        pool, cyc = (POS, pc) if pos else (NEG, nc)
        if not cyc:
            cyc.extend(pool); rng.shuffle(cyc)
        cat, fn = cyc.pop()
        m = fn(ctx, fr)
        tr = pick_transport(rng, i)
        if not m['reply'] and not m.get('html') and rng.random() < 0.18:
            who = m['to'][0]
            top = rng.choice(['Merci, c\'est noté.', 'Reçu, je m\'en occupe.', 'Parfait, merci!', 'Vu. On en reparle lundi.']) if fr else \
                rng.choice(['Thanks, noted.', 'Got it, will handle.', 'Perfect, thank you!', 'Seen - let\'s discuss Monday.'])
            hdrline = (f'Le {rng.randint(1, 28)} {rng.choice(["mars", "avril", "mai"])} 2026 à {rng.randint(8, 17)}:{rng.randint(10, 59)}, {m["from_disp"]} a écrit :' if fr
                       else f'On {rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri"])}, {rng.choice(["Mar", "Apr", "May"])} {rng.randint(1, 28)}, 2026 at {rng.randint(8, 17)}:{rng.randint(10, 59)}, {m["from_disp"]} wrote:')
            m['text'] = top + '\n\n' + hdrline + '\n' + quote(m['text'])
            m['subject'] = ('RE: ' if fr else 'Re: ') + m['subject']
            n_, a_, t_ = ctx_staff(rng, fr)
            while a_ in m['from_disp']:
                n_, a_, t_ = ctx_staff(rng, fr)
            m['to'], m['from_'] = [m['from_']], addr(n_.replace('Dre ', '').replace('Dr ', '').replace('Dr. ', ''), a_)
            m['reply'] = True
        m['date'] = rand_date(rng)
        m['msgid'] = f'<{rng.getrandbits(64):016x}.{i}@{DOM}>'
        if m['reply']:
            m['in_reply_to'] = f'<{rng.getrandbits(48):x}@{m["to"][0].split("@")[1]}>'
        m['xmailer'] = rng.choice(MAILERS)
        if rng.random() < 0.2 and not m['cc']:
            m['cc'] = [rng.choice(STAFF_EN + STAFF_FR)[1] + '@' + DOM]
        data = assemble(m, tr, rng)
        if pos:
            ip += 1; name = f'positive/p{ip:03d}_{cat}.eml'
        else:
            ineg += 1; name = f'negative/n{ineg:03d}_{cat}.eml'
        files[name] = data
        labels[name] = dict(confidential=pos, types=sorted(set(m['types'])), lang=langs[i], note=m['note'], category=cat,
                            transport=dict(kind='mixed' if m['atts'] else tr['kind'], charset=tr['charset'], cte=tr['cte'],
                                           eol='CRLF' if tr['crlf'] else 'LF', attachments=[a[0].rsplit('.', 1)[-1] for a in m['atts']],
                                           reply=bool(m['reply'])))
    for d in ('positive', 'negative'):
        dd = os.path.join(out, d)
        os.makedirs(dd, exist_ok=True)
        for f in os.listdir(dd):
            if f.endswith('.eml'): os.remove(os.path.join(dd, f))
    for name, data in files.items():
        with open(os.path.join(out, name), 'wb') as f: f.write(data)
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True); f.write('\n')
    return labels

def check(out):
    labels = json.load(open(os.path.join(out, 'labels.json'), encoding='utf-8'))
    found = sorted(f'{d}/{f}' for d in ('positive', 'negative') for f in os.listdir(os.path.join(out, d)) if f.endswith('.eml'))
    assert found == sorted(labels), 'labels do not cover exactly the files'
    h = hashlib.sha256()
    from collections import Counter
    cnt = Counter()
    for name in found:
        raw = open(os.path.join(out, name), 'rb').read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        lab = labels[name]
        assert lab['confidential'] == name.startswith('positive/'), name
        assert (len(lab['types']) > 0) == lab['confidential'], name
        for k, v in msg.items():
            assert not getattr(v, 'defects', None), (name, k, v.defects)
        for part in msg.walk():
            assert not part.defects, (name, part.defects)
            if part.is_multipart() or part.get_content_type() == 'message/rfc822':
                continue
            if part.get_content_maintype() == 'text':
                part.get_content()
            else:
                assert part.get_payload(decode=True), name
        h.update(name.encode() + b'\0' + raw + b'\0')
        t = lab['transport']
        cnt['conf' if lab['confidential'] else 'nonconf'] += 1
        cnt['lang:' + lab['lang']] += 1
        cnt['kind:' + t['kind']] += 1; cnt['charset:' + t['charset']] += 1; cnt['cte:' + t['cte']] += 1; cnt['eol:' + t['eol']] += 1
        for a in t['attachments']: cnt['att:' + a] += 1
        if t['reply']: cnt['reply'] += 1
        cnt[('pos:' if lab['confidential'] else 'neg:') + lab['category']] += 1
    for k in sorted(cnt): print(f'{k}\t{cnt[k]}')
    print('files', len(found))
    print('sha256', h.hexdigest())
    return h.hexdigest()

if __name__ == '__main__':
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    ap.add_argument('--seed', type=int, default=2424)
    a = ap.parse_args()
    build(a.out, a.seed)
    check(a.out)
