#!/usr/bin/env python3
"""Synthetic outbound mail of a rural / northern health network (cisss-nord-ex.example).

Seeded and byte-for-byte deterministic.  Usage:
    python generate.py [--seed 2727] [--out DIR]
Writes positive/*.eml, negative/*.eml and labels.json, checks them, prints counts and a sha256.
"""
import argparse, base64, datetime as dt, hashlib, io, json, os, quopri, random, re, sys, zipfile
import email, email.policy, email.utils
from email.header import Header
from collections import Counter

import stdnum.ca.sin, stdnum.be.nn, stdnum.fr.nir, stdnum.luhn

HERE = os.path.dirname(os.path.abspath(__file__))
NAMFILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')
DOM = 'cisss-nord-ex.example'
FIXED = dt.datetime(2026, 10, 1, 8, 0, 0)

# ----------------------------------------------------------------- pools
FR_GIV_F = ['Geneviève', 'Annie', 'Josée', 'Mélanie', 'Chantal', 'Isabelle', 'Karine', 'Nathalie', 'Émilie', 'Sylvie', 'Marie-Ève', 'Catherine']
FR_GIV_M = ['Stéphane', 'Martin', 'Éric', 'Patrice', 'Jean-François', 'Sébastien', 'Mathieu', 'Yves', 'Luc', 'Benoît', 'Olivier', 'Frédéric']
EN_GIV_F = ['Heather', 'Megan', 'Laura', 'Jennifer', 'Alison', 'Kathleen', 'Rebecca', 'Dana', 'Siobhan', 'Tara']
EN_GIV_M = ['Kevin', 'Brian', 'Colin', 'Derek', 'Andrew', 'Trevor', 'Graham', 'Neil', 'Ryan', 'Owen']
SUR = ['Gagnon', 'Tremblay', 'Bouchard', 'Côté', 'Pelletier', 'Bérubé', 'Simard', 'Gauthier', 'Fortin', 'Ouellet', 'Lavoie',
       'Caron', 'Girard', 'Dufour', 'Morin', 'Harvey', 'McKenzie', 'Fraser', 'Campbell', "O'Neill", 'Whitehead', 'Moar',
       'Kurtness', 'Saganash', 'Petiquay', 'Awashish', 'Mark', 'Napash', 'Bosum', 'Coonishish', 'Diamond', 'Etapp']
STAFF_TITLES_FR = ['inf. clinicienne', 'infirmière en rôle élargi', 'M.D.', 'agente administrative', 'travailleuse sociale',
                   'coordonnatrice évacuations aéromédicales', 'pharmacienne', 'technicienne en administration', 'chef de service']
MASC = {'inf. clinicienne': 'inf. clinicien', 'infirmière en rôle élargi': 'infirmier en rôle élargi', 'agente administrative': 'agent administratif',
        'travailleuse sociale': 'travailleur social', 'coordonnatrice évacuations aéromédicales': 'coordonnateur évacuations aéromédicales',
        'pharmacienne': 'pharmacien', 'technicienne en administration': 'technicien en administration'}
STAFF_TITLES_EN = ['RN', 'Nurse in charge', 'MD, CCFP', 'Administrative agent', 'Social worker', 'Medevac coordinator',
                   'Pharmacist', 'Logistics clerk', 'Home care coordinator']
COMM = ['Baie-Tuvak', 'Lac-Wapisk', 'Pointe-Aubry', 'Rivière-Kenogami-Nord', 'Port-Nelligan', 'Havre-Saint-Elzéar',
        'Lac-Mistawak', 'Fort-Caribou', 'Anse-aux-Glaces', 'Chute-Namegos']
SITES_FR = ['CLSC de {c}', 'Dispensaire de {c}', 'Hôpital régional de Val-Nordet', 'Centre de santé de {c}', 'Point de service de {c}']
SITES_EN = ['{c} Nursing Station', '{c} Health Centre', 'Val-Nordet Regional Hospital', '{c} CLSC']
CITY_HOSP = [('CHU Montréal-Est (fictif)', 'chu-mtl-ex.example'), ('Hôpital universitaire de Québec-Sud', 'hus-quebec.example'),
             ('Ottawa West General', 'owgh.example'), ('Centre hospitalier de Lévis-Ouest', 'chlo.example')]
EXT_DOM = ['medevac-boreal.example', 'interpretes-nord.example', 'hebergement-patients.example', 'aircharter-nord.example',
           'pharmaplus-distrib.example', 'ramq-simul.example', 'courriel.example', 'fournisseur-med.example', 'telesante-qc.example']
STREETS = ['rue des Épinettes', 'chemin du Lac', 'rue Principale', 'boul. Nordique', 'rue Kanatak', 'Airport Road', 'Shore Road', 'rue de la Baie']

DX_FR = ['pneumonie communautaire', 'STEMI inférieur', 'diabète type 2 mal contrôlé', 'IC décompensée', 'MPOC exacerbée',
         'fracture de hanche G', 'prééclampsie', 'cellulite jambe D', 'pyélonéphrite', 'IRC stade 4, pré-dialyse',
         'tuberculose pulmonaire active', 'FA rapide', 'appendicite probable', 'idéations suicidaires', 'sepsis urinaire']
DX_EN = ['community-acquired pneumonia', 'inferior STEMI', 'poorly controlled type 2 diabetes', 'decompensated CHF',
         'COPD exacerbation', 'left hip fracture', 'pre-eclampsia', 'right leg cellulitis', 'pyelonephritis',
         'CKD stage 4', 'active pulmonary TB', 'rapid AF', 'suspected appendicitis', 'suicidal ideation', 'urosepsis']
MEDS = ['metformine 500 mg BID', 'apixaban 5 mg BID', 'furosémide 40 mg die', 'insuline glargine 22 U HS', 'salbutamol PRN',
        'ramipril 5 mg die', 'rifampicine 600 mg die', 'quétiapine 50 mg HS', 'méthadone 60 mg die', 'warfarine 3 mg']
LABS = [('K+', '6.4 mmol/L'), ('Hb', '68 g/L'), ('INR', '4.8'), ('glycémie', '28.1 mmol/L'), ('troponine', '1450 ng/L'),
        ('créatinine', '412 µmol/L'), ('Na+', '118 mmol/L'), ('HbA1c', '11.2 %')]


def load_nams():
    out = []
    for line in open(NAMFILE, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        s, g, b, sex, nam = line.split()
        out.append(dict(sur=s, giv=g, dob=dt.date.fromisoformat(b), sex=sex, nam=nam))
    return out


# ----------------------------------------------------------------- identifiers
def luhn_complete(r, prefix, n):
    body = prefix + ''.join(str(r.randrange(10)) for _ in range(n - 1 - len(prefix)))
    return body + stdnum.luhn.calc_check_digit(body)


def gen_sin(r):
    while True:
        s = luhn_complete(r, str(r.choice([1, 2, 3, 4, 5, 6, 7, 9])), 9)
        if stdnum.ca.sin.is_valid(s):
            return s


def gen_ohn(r):
    s = luhn_complete(r, str(r.randrange(1, 10)), 10)
    assert stdnum.luhn.is_valid(s)
    return s


def gen_niss(r, dob, sex):
    seq = r.randrange(1, 499) * 2 + (0 if sex == 'F' else 1)
    base = dob.strftime('%y%m%d') + '%03d' % seq
    num = int(('2' + base) if dob.year >= 2000 else base)
    s = base + '%02d' % (97 - num % 97)
    assert stdnum.be.nn.is_valid(s), s
    return s


def gen_nir(r, dob, sex):
    base = ('2' if sex == 'F' else '1') + dob.strftime('%y%m') + '%02d' % r.choice([13, 33, 35, 59, 69, 75, 76]) + '%03d' % r.randrange(1, 990) + '%03d' % r.randrange(1, 999)
    s = base + '%02d' % (97 - int(base) % 97)
    assert stdnum.fr.nir.is_valid(s), s
    return s


def gen_mrn(r):
    k = r.randrange(5)
    if k == 0: return '%07d' % r.randrange(10**6, 10**7)
    if k == 1: return '%08d' % r.randrange(10**7, 10**8)
    if k == 2: return 'VN' + '%06d' % r.randrange(10**6)
    if k == 3: return 'D-%d' % r.randrange(100000, 999999)
    return 'H%07d' % r.randrange(10**7)


FW = str.maketrans('0123456789', '０１２３４５６７８９')


def fmt_nam(r, nam, allow_weird=True):
    k = r.randrange(7 if allow_weird else 4)
    if k == 0: return nam
    if k == 1: return f'{nam[:4]} {nam[4:8]} {nam[8:]}'
    if k == 2: return f'{nam[:4]}-{nam[4:8]}-{nam[8:]}'
    if k == 3: return nam.lower() if r.random() < .5 else f'{nam[:4]} {nam[4:]}'
    if k == 4: return f'{nam[:4]}.{nam[4:8]}.{nam[8:]}'
    if k == 5: return (nam[:4] + ' ' + nam[4:]).translate(FW)
    return ' '.join(nam)


def fmt_digits(r, s, groups):
    k = r.randrange(4)
    if k == 0: return s
    out, i = [], 0
    for g in groups:
        out.append(s[i:i + g]); i += g
    return (' ', '-', '.', ' ')[k].join(out)


# ----------------------------------------------------------------- people
class W:
    """world / helpers bound to one rng"""

    def __init__(self, r, nams):
        self.r, self.nams, self.used = r, nams, 0

    def c(self, seq):
        return self.r.choice(seq)

    def staff(self, lang=None):
        r = self.r
        f = r.random() < .6
        en = (lang == 'en') if lang else r.random() < .4
        giv = r.choice((EN_GIV_F if f else EN_GIV_M) if en and r.random() < .7 else (FR_GIV_F if f else FR_GIV_M))
        sur = r.choice(SUR)
        tr = str.maketrans('éèêëàâîïôûùçÉ', 'eeeeaaiiouucE')
        local = (giv.translate(tr)[0] + '.' + re.sub(r"[^a-z]", '', sur.translate(tr).lower())).lower()
        title = r.choice(STAFF_TITLES_EN if lang == 'en' else STAFF_TITLES_FR)
        if lang != 'en' and not f:
            title = MASC.get(title, title)
        return dict(giv=giv, sur=sur, name=f'{giv} {sur}', addr=f'{local}@{DOM}', title=title, f=f)

    def ext(self, lang=None):
        p = self.staff(lang)
        d = self.c(EXT_DOM + [h[1] for h in CITY_HOSP])
        p['addr'] = p['addr'].split('@')[0] + '@' + d
        return p

    def patient(self, nam=True):
        r = self.r
        if nam:
            rec = dict(self.nams[self.used % len(self.nams)]); self.used += 1
        else:
            sex = r.choice('FM')
            rec = dict(sur=r.choice(SUR), giv=r.choice(FR_GIV_F + EN_GIV_F if sex == 'F' else FR_GIV_M + EN_GIV_M),
                       dob=dt.date(r.randrange(1938, 2024), r.randrange(1, 13), r.randrange(1, 29)), sex=sex, nam=None)
        rec['mrn'] = gen_mrn(r)
        rec['comm'] = r.choice(COMM)
        rec['tel'] = f'{r.choice(["819", "418", "705", "807"])}-555-{r.randrange(100, 10000):04d}'
        rec['adr'] = f'{r.randrange(2, 900)} {r.choice(STREETS)}, {rec["comm"]}'
        rec['age'] = (dt.date(2026, 11, 1) - rec['dob']).days // 365
        return rec

    def dob(self, p, lang):
        k = self.r.randrange(3)
        d = p['dob']
        if k == 0: return d.isoformat()
        if k == 1: return d.strftime('%d/%m/%Y')
        return d.strftime('%d-%m-%y') if lang == 'fr' else d.strftime('%b %d %Y')

    def nam(self, p):
        return fmt_nam(self.r, p['nam'])

    def sig(self, s, lang):
        r = self.r
        site = r.choice(SITES_FR if lang == 'fr' else SITES_EN).format(c=r.choice(COMM))
        lines = [f'{s["name"]}, {s["title"]}', site, f'Tél. : 819-555-{r.randrange(1000, 9999)} poste {r.randrange(100, 999)}' if lang == 'fr'
                 else f'Tel: 819-555-{r.randrange(1000, 9999)} ext. {r.randrange(100, 999)}']
        if r.random() < .3:
            lines.append('CISSS du Nord-Ex (fictif)' if lang == 'fr' else 'Nord-Ex Integrated Health Network (fictitious)')
        if r.random() < .25:
            lines.append('' )
            lines.append('AVIS DE CONFIDENTIALITÉ : ce courriel peut contenir des renseignements confidentiels. Si vous l\'avez reçu par erreur, veuillez le détruire et en aviser l\'expéditeur.'
                         if lang == 'fr' else 'CONFIDENTIALITY NOTICE: this e-mail may contain privileged information. If received in error, please delete it and notify the sender.')
        return '\n'.join(['', '--' if r.random() < .5 else '', *lines])

    def mr(self, p, lang):
        if lang == 'fr':
            return ('Mme' if p['sex'] == 'F' else 'M.')
        return ('Ms' if p['sex'] == 'F' else 'Mr')

    def g(self, p, fr_f, fr_m):
        return fr_f if p['sex'] == 'F' else fr_m


def hi(w, lang, who=None):
    n = (' ' + who['giv']) if who and w.r.random() < .6 else ''
    return w.c(['Bonjour' + n + ',', 'Bonjour,', 'Salut' + n + ',', 'Allo,']) if lang == 'fr' else w.c(['Hi' + n + ',', 'Hello,', 'Good morning,', 'Hey' + n + ','])


def bye(w, lang):
    return w.c(['Merci!', 'Merci beaucoup', 'Bonne journée', 'Merci de confirmer', 'Cordialement']) if lang == 'fr' else w.c(['Thanks!', 'Thank you', 'Regards', 'Thx', 'Please confirm'])


# ----------------------------------------------------------------- attachments (deterministic)
def _norm_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for n in sorted(zin.namelist(), key=lambda x: (x != '[Content_Types].xml', x)):
            b = zin.read(n)
            if n == 'docProps/core.xml':
                b = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*', rb'\g<1>2026-10-01T08:00:00Z', b)
            zi = zipfile.ZipInfo(n, date_time=(2026, 10, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, b)
    return out.getvalue()


def mk_pdf(title, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setFont('Helvetica-Bold', 13); c.drawString(60, 740, title)
    c.setFont('Helvetica', 10)
    y = 712
    for ln in lines:
        for chunk in [ln[i:i + 95] for i in range(0, max(len(ln), 1), 95)]:
            c.drawString(60, y, chunk); y -= 15
            if y < 60:
                c.showPage(); c.setFont('Helvetica', 10); y = 740
    c.save()
    return ('pdf', 'application', 'pdf', buf.getvalue())


def mk_docx(title, lines):
    import docx
    d = docx.Document()
    d.core_properties.author = 'CISSS Nord-Ex'
    d.core_properties.created = FIXED; d.core_properties.modified = FIXED; d.core_properties.last_modified_by = 'CISSS Nord-Ex'
    d.add_heading(title, level=1)
    for ln in lines:
        d.add_paragraph(ln)
    b = io.BytesIO(); d.save(b)
    return ('docx', 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document', _norm_zip(b.getvalue()))


def mk_xlsx(rows, sheet='Feuil1'):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = 'CISSS Nord-Ex'; wb.properties.created = FIXED; wb.properties.modified = FIXED
    ws = wb.active; ws.title = sheet
    for row in rows:
        ws.append(list(row))
    b = io.BytesIO(); wb.save(b)
    return ('xlsx', 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', _norm_zip(b.getvalue()))


def mk_csv(rows, enc='utf-8', sep=';'):
    txt = '\r\n'.join(sep.join(str(x) for x in row) for row in rows) + '\r\n'
    return ('csv', 'text', 'csv', txt.encode(enc))


def mk_ics(summary, desc, start, minutes, org, attendees, uid):
    end = start + dt.timedelta(minutes=minutes)
    f = lambda d: d.strftime('%Y%m%dT%H%M%S')
    def esc(s):
        return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CISSS Nord-Ex//Agenda//FR', 'METHOD:REQUEST', 'BEGIN:VEVENT',
             f'UID:{uid}', 'DTSTAMP:20261001T120000Z', f'DTSTART;TZID=America/Toronto:{f(start)}',
             f'DTEND;TZID=America/Toronto:{f(end)}', 'SUMMARY:' + esc(summary), 'DESCRIPTION:' + esc(desc),
             f'ORGANIZER;CN={org["name"]}:mailto:{org["addr"]}']
    for a in attendees:
        lines.append(f'ATTENDEE;CN={a["name"]};ROLE=REQ-PARTICIPANT:mailto:{a["addr"]}')
    lines += ['END:VEVENT', 'END:VCALENDAR']
    out = []
    for ln in lines:
        b = ln
        while len(b.encode('utf-8')) > 74:
            cut = 70
            while len(b[:cut].encode('utf-8')) > 73: cut -= 1
            out.append(b[:cut]); b = ' ' + b[cut:]
        out.append(b)
    return ('ics', 'text', 'calendar', ('\r\n'.join(out) + '\r\n').encode('utf-8'))


def mk_vcf(fn, sur, giv, tel, adr, note, org=None):
    l = ['BEGIN:VCARD', 'VERSION:3.0', f'N:{sur};{giv};;;', f'FN:{fn}']
    if org: l.append(f'ORG:{org}')
    if tel: l.append(f'TEL;TYPE=HOME,VOICE:{tel}')
    if adr: l.append(f'ADR;TYPE=HOME:;;{adr};;;;CA')
    if note: l.append('NOTE:' + note.replace(',', '\\,').replace(';', '\\;'))
    l.append('END:VCARD')
    return ('vcf', 'text', 'vcard', ('\r\n'.join(l) + '\r\n').encode('utf-8'))


def mk_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 10, 1, 8, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return ('zip', 'application', 'zip', out.getvalue())


def att(name, made):
    ext, mt, st, data = made
    return (name if name.endswith('.' + ext) else name + '.' + ext, mt, st, data)


# ----------------------------------------------------------------- MIME serialisation (hand-made for full control)
USED_CS = []
PYCS = {'utf-8': 'utf-8', 'iso-8859-1': 'latin-1', 'windows-1252': 'cp1252'}


def hdr_addr(p):
    return email.utils.formataddr((p['name'], p['addr']), charset='utf-8')


def hdr_text(s):
    try:
        s.encode('ascii'); return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8', maxlinelen=76).encode()


def html_escape(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def to_html(text, table=None):
    paras = []
    for block in text.split('\n\n'):
        if block.strip().startswith('>'):
            inner = '<br>\n'.join(html_escape(l.lstrip('> ').rstrip()) for l in block.split('\n'))
            paras.append(f'<blockquote style="border-left:2px solid #ccc;padding-left:6px">{inner}</blockquote>')
        else:
            paras.append('<p>' + '<br>\n'.join(html_escape(l) for l in block.split('\n')) + '</p>')
    tb = ''
    if table:
        rows = []
        for i, row in enumerate(table):
            tag = 'th' if i == 0 else 'td'
            rows.append('<tr>' + ''.join(f'<{tag}>{html_escape(str(c))}</{tag}>' for c in row) + '</tr>')
        tb = '<table border="1" cellpadding="3" style="border-collapse:collapse">\n' + '\n'.join(rows) + '\n</table>\n'
    body = '\n'.join(paras)
    if table and '{TABLE}' in body:
        body = body.replace('<p>{TABLE}</p>', tb)
    elif table:
        body = body + '\n' + tb
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=CHARSET"></head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + body + '\n</body></html>')


def enc_body(data, cte):
    if cte == 'base64':
        return base64.encodebytes(data).decode('ascii')
    if cte == 'quoted-printable':
        return quopri.encodestring(data).decode('ascii').replace('\r\n', '\n')
    return data.decode('latin-1')  # 8bit/7bit: raw bytes carried through latin-1 round trip


def text_part(text, subtype, cs, cte):
    try:
        data = text.encode(PYCS[cs])
    except UnicodeEncodeError:
        cs = 'utf-8'; data = text.encode('utf-8')
    if subtype == 'html':
        data = data.replace(b'CHARSET', cs.encode())
    if cte in ('8bit', '7bit'):
        cte = '7bit' if all(b < 128 for b in data) else '8bit'
        if any(len(l) > 900 for l in data.split(b'\n')):
            cte = 'quoted-printable'
    USED_CS.append(cs)
    h = [f'Content-Type: text/{subtype}; charset="{cs}"', f'Content-Transfer-Encoding: {cte}']
    body = enc_body(data.replace(b'\r\n', b'\n'), cte)
    return h, body


def bin_part(name, mt, st, data):
    h = [f'Content-Type: {mt}/{st}; name="{name}"', 'Content-Transfer-Encoding: base64',
         f'Content-Disposition: attachment; filename="{name}"']
    if mt == 'text' and st in ('calendar',):
        h[0] = f'Content-Type: text/calendar; charset="utf-8"; method=REQUEST; name="{name}"'
    elif mt == 'text':
        h[0] = f'Content-Type: {mt}/{st}; charset="utf-8"; name="{name}"'
    return h, base64.encodebytes(data).decode('ascii')


def assemble(h, body):
    return '\n'.join(h) + '\n\n' + body


def multipart(sub, parts, boundary):
    h = [f'Content-Type: multipart/{sub}; boundary="{boundary}"']
    out = []
    for ph, pb in parts:
        out.append(f'--{boundary}\n' + assemble(ph, pb).rstrip('\n'))
    body = '\n'.join(out) + f'\n--{boundary}--\n'
    return h, body


def build_message(r, m):
    """m: dict(frm,to,cc,subject,date,msgid,inreply,text,html_table,atts,inner_eml,force) -> (bytes, transport-desc)"""
    cs = r.choices(['utf-8', 'iso-8859-1', 'windows-1252'], [5, 2.5, 2.5])[0]
    del USED_CS[:]
    cte = r.choices(['quoted-printable', 'base64', '8bit'], [4, 2.5, 3.5])[0]
    eol = 'crlf' if r.random() < .5 else 'lf'
    text = m['text'].rstrip('\n') + '\n'
    has_att = bool(m.get('atts')) or m.get('inner_eml') is not None
    shape = m.get('force') or r.choices(['plain', 'html', 'alt'], [4, 2, 4])[0]
    if m.get('html_table') and shape == 'plain' and not m.get('force'):
        shape = 'alt'
    bnd = lambda: '----=_NordEx_%012x' % r.getrandbits(48)

    def body_parts(shape):
        if shape == 'plain':
            return text_part(text, 'plain', cs, cte)
        hp = text_part(to_html(text, m.get('html_table')), 'html', cs, cte)
        if shape == 'html':
            return hp
        return multipart('alternative', [text_part(text, 'plain', cs, cte), hp], bnd())

    if has_att:
        parts = [body_parts(shape)]
        for name, mt, st, data in m.get('atts') or []:
            parts.append(bin_part(name, mt, st, data))
        if m.get('inner_eml') is not None:
            inner = m['inner_eml'].replace(b'\r\n', b'\n').decode('latin-1')
            h8 = ['Content-Transfer-Encoding: 8bit'] if any(ord(ch) > 127 for ch in inner) else []
            parts.append((['Content-Type: message/rfc822'] + h8 + ['Content-Disposition: attachment; filename="message_original.eml"'], inner))
        top_h, top_b = multipart('mixed', parts, bnd())
        desc = 'mixed/' + shape
    else:
        top_h, top_b = body_parts(shape)
        desc = shape
    H = [f'From: {hdr_addr(m["frm"])}', 'To: ' + ', '.join(hdr_addr(p) for p in m['to'])]
    if m.get('cc'):
        H.append('Cc: ' + ', '.join(hdr_addr(p) for p in m['cc']))
    H += [f'Subject: {hdr_text(m["subject"])}', f'Date: {email.utils.format_datetime(m["date"])}', f'Message-ID: {m["msgid"]}']
    if m.get('inreply'):
        H += [f'In-Reply-To: {m["inreply"]}', f'References: {m["inreply"]}']
    H += ['MIME-Version: 1.0']
    if r.random() < .4:
        H.append('X-Mailer: ' + r.choice(['Microsoft Outlook 16.0', 'Zimbra 9.0 (ZimbraWebClient)', 'Apple Mail (2.3731)', 'Thunderbird 128.3']))
    raw = (assemble(H + top_h, top_b)).encode('latin-1')
    if eol == 'crlf':
        raw = raw.replace(b'\n', b'\r\n')
    csd = cs if shape != 'none' else ''
    return raw, dict(shape=desc, charset=USED_CS[0] if USED_CS else cs, cte=cte, eol=eol)


# ----------------------------------------------------------------- thread helpers
def quote(w, L, who, when, text):
    d = when.strftime('%Y-%m-%d %H:%M')
    head = (f'Le {d}, {who["name"]} <{who["addr"]}> a écrit :' if L == 'fr' else f'On {d}, {who["name"]} <{who["addr"]}> wrote:')
    if w.r.random() < .35:
        head = (f'-----Message d\'origine-----\nDe : {who["name"]}\nEnvoyé : {d}\nObjet : RE' if L == 'fr'
                else f'-----Original Message-----\nFrom: {who["name"]}\nSent: {d}\nSubject: RE')
        return '\n\n' + head + '\n\n' + text
    return '\n\n' + head + '\n' + '\n'.join('> ' + l if l else '>' for l in text.split('\n'))


def fwd_inline(w, L, who, to, when, subj, text):
    d = when.strftime('%Y-%m-%d %H:%M')
    if L == 'fr':
        h = f'---------- Message transféré ----------\nDe : {who["name"]} <{who["addr"]}>\nDate : {d}\nObjet : {subj}\nÀ : {to["name"]} <{to["addr"]}>'
    else:
        h = f'---------- Forwarded message ---------\nFrom: {who["name"]} <{who["addr"]}>\nDate: {d}\nSubject: {subj}\nTo: {to["name"]} <{to["addr"]}>'
    return '\n\n' + h + '\n\n' + text


def when(w):
    r = w.r
    tz = dt.timezone(dt.timedelta(hours=-5 if r.random() < .5 else -4))
    return dt.datetime(2026, r.choice([9, 10, 11]), r.randrange(1, 29), r.randrange(6, 22), r.randrange(60), r.randrange(60), tzinfo=tz)


def site(w, L):
    return w.c(SITES_FR if L == 'fr' else SITES_EN).format(c=w.c(COMM))


# ================================================================= POSITIVE categories
def p_evac_request(w, L, s, rc):
    p = w.patient(True); dx = w.c(DX_FR if L == 'fr' else DX_EN)
    if L == 'fr':
        t = (f"{hi(w, L, rc)}\nDemande d'évacuation {w.c(['urgente', 'semi-urgente', 'P2'])} depuis {p['comm']}.\n\n"
             f"{p['sur'].upper()}, {p['giv']} — {w.g(p, 'née', 'né')} le {w.dob(p, L)} ({p['sex']})\nNAM : {w.nam(p)}\n"
             f"Dx : {dx}\nSV : TA {w.r.randrange(85, 180)}/{w.r.randrange(45, 100)}, FC {w.r.randrange(55, 140)}, SpO2 {w.r.randrange(84, 99)} % AA\n"
             f"Accompagnateur : {w.c(['oui, conjoint', 'non', 'oui, fille', 'à confirmer'])}\nPiste dispo après {w.r.randrange(6, 11)}h, météo limite.\n\n{bye(w, L)}")
        sj = w.c([f"Évac {p['comm']} - {p['sur']}", 'Demande évacuation aéromédicale', f"URGENT évac {p['sur']} {p['giv'][0]}."])
    else:
        t = (f"{hi(w, L, rc)}\nMedevac request from {p['comm']}, priority {w.c(['1', '2', '3'])}.\n\n"
             f"Pt: {p['giv']} {p['sur']}, {p['age']}{p['sex']}, DOB {w.dob(p, L)}\nRAMQ {w.nam(p)}\nDx: {dx}\n"
             f"Vitals BP {w.r.randrange(85, 180)}/{w.r.randrange(45, 100)} HR {w.r.randrange(55, 140)} SpO2 {w.r.randrange(84, 99)}% on {w.c(['RA', '2L NP', '4L'])}\n"
             f"Escort: {w.c(['yes (spouse)', 'no', 'mother', 'TBC'])}\n\n{bye(w, L)}")
        sj = w.c([f"Medevac {p['comm']} - {p['sur']}", 'Medevac request', f"Evac P{w.r.randrange(1, 4)} {p['comm']}"])
    return dict(subj=sj, text=t, types=['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis'], note='medevac request naming a patient with NAM, DOB and dx', ext=True)


def p_transfer(w, L, s, rc):
    p = w.patient(False); dx = w.c(DX_FR if L == 'fr' else DX_EN); h = w.c(CITY_HOSP)[0]
    if L == 'fr':
        t = f"{hi(w, L, rc)}\nOn aurait besoin d'un lit à {h} pour {w.mr(p, L)} {p['sur']} ({p['age']} ans), dossier {p['mrn']}.\nMotif : {dx}. Stable pour transfert par vol régulier avec inf. escorte.\nMD accepteur ? Merci de me revenir avant 14h.\n\n{bye(w, L)}"
        sj = f"Transfert {p['sur']} vers {h.split(' (')[0]}"
    else:
        t = f"{hi(w, L, rc)}\nRequesting a bed at {h} for {w.mr(p, L)} {p['sur']}, {p['age']} y.o., chart {p['mrn']}.\nReason: {dx}. Stable for scheduled flight with nurse escort.\nWho is the accepting MD? Need an answer before 2 pm.\n\n{bye(w, L)}"
        sj = f"Transfer request - {p['sur']}"
    return dict(subj=sj, text=t, types=['patient_name', 'mrn', 'diagnosis'], note='inter-facility transfer request, patient surname, chart number, diagnosis', ext=True)


def p_referral(w, L, s, rc):
    p = w.patient(w.r.random() < .5); dx = w.c(DX_FR if L == 'fr' else DX_EN); m = w.c(MEDS)
    idl = (f"NAM {w.nam(p)}" if p['nam'] else f"dossier {p['mrn']}") if L == 'fr' else (f"RAMQ {w.nam(p)}" if p['nam'] else f"MRN {p['mrn']}")
    if L == 'fr':
        t = (f"{hi(w, L, rc)}\nConsultation demandée en {w.c(['médecine interne', 'cardiologie', 'néphrologie', 'pneumologie', 'psychiatrie'])}.\n\n"
             f"Patient(e) : {p['giv']} {p['sur']}, DDN {w.dob(p, L)}, {idl}\nCommunauté : {p['comm']}\nRaison : {dx}\nRx actuelle : {m}\n"
             f"Télésanté possible, sinon déplacement à organiser (2 vols).\n\n{bye(w, L)}")
        sj = w.c(['Demande de consultation', f"Consult {p['sur']}", 'Réf. spécialiste'])
    else:
        t = (f"{hi(w, L, rc)}\nReferral to {w.c(['internal medicine', 'cardiology', 'nephrology', 'respirology', 'psychiatry'])}.\n\n"
             f"Name: {p['giv']} {p['sur']}\nDOB: {w.dob(p, L)}\n{idl}\nHome community: {p['comm']}\nReason: {dx}\nMeds: {m}\n"
             f"Telehealth ok if possible, otherwise travel needs booking.\n\n{bye(w, L)}")
        sj = w.c(['Referral', f"Referral - {p['sur']}, {p['giv']}", 'Consult request'])
    ty = ['patient_name', 'date_of_birth', 'diagnosis', 'medication'] + (['ramq_nam'] if p['nam'] else ['mrn'])
    return dict(subj=sj, text=t, types=ty, note='specialist referral with name, DOB, identifier, dx and meds', ext=True)


def p_consult_reply(w, L, s, rc):
    p = w.patient(False); dx = w.c(DX_FR if L == 'fr' else DX_EN)
    orig = (f"Pouvez-vous voir {p['giv']} {p['sur']} ({p['mrn']}) en télésanté? {dx}." if L == 'fr'
            else f"Could you see {p['giv']} {p['sur']} ({p['mrn']}) by telehealth? {dx}.")
    top = (f"Vu ce matin en télé. Je suggère d'augmenter {w.c(MEDS)} et revoir dans 4 sem. Pas besoin de transfert pour l'instant."
           if L == 'fr' else f"Saw {w.g(p, 'her', 'him')} this am by video. Suggest increasing {w.c(MEDS)} and f/u in 4 wks. No transfer needed for now.")
    t = top + quote(w, L, rc, when(w), orig)
    return dict(subj=('RE: consultation ' if L == 'fr' else 'RE: consult ') + p['sur'], text=t, types=['patient_name', 'mrn', 'diagnosis', 'medication'],
                note='consultant reply on a named patient, quoted request with chart number', ext=True, reply=True)


def signout_rows(w, L, n):
    rows = [['Lit', 'Nom', 'Dossier', 'Dx', 'À faire'] if L == 'fr' else ['Bed', 'Name', 'MRN', 'Dx', 'To do']]
    for i in range(n):
        p = w.patient(False)
        rows.append([str(w.r.randrange(1, 12)), f"{p['sur'].upper()} {p['giv']}", p['mrn'], w.c(DX_FR if L == 'fr' else DX_EN),
                     w.c(['FSC/ions AM', 'vol lundi', 'surveiller SV q4h', 'attente évac', 'congé prévu'] if L == 'fr' else ['CBC lytes am', 'flight Mon', 'vitals q4h', 'awaiting medevac', 'd/c planned'])])
    return rows


def p_signout(w, L, s, rc):
    rows = signout_rows(w, L, w.r.randrange(3, 7))
    lines = '\n'.join(' | '.join(r_) for r_ in rows[1:])
    if L == 'fr':
        t = f"{hi(w, L, rc)}\nListe de relève pour la garde de {w.c(['ce soir', 'la fin de semaine', 'la nuit'])} ({site(w, L)}) :\n\n{{TABLE}}\n\n{lines}\n\nBonne garde."
        sj = w.c(['Relève de garde', 'Liste relève', 'Sign-out dispensaire'])
    else:
        t = f"{hi(w, L, rc)}\nHandover for {w.c(['tonight', 'the weekend', 'night shift'])}:\n\n{{TABLE}}\n\n{lines}\n\nGood luck."
        sj = w.c(['Sign-out', 'Handover list', 'Weekend handover'])
    t = t.replace('{TABLE}\n\n', '') if w.r.random() < .5 else t.replace('\n\n{TABLE}', '')
    return dict(subj=sj, text=t.replace('{TABLE}', '').replace('\n\n\n', '\n\n'), table=rows, types=['patient_name', 'mrn', 'diagnosis'], note='handover list of several inpatients with chart numbers and diagnoses', ext=False)


def p_booking(w, L, s, rc):
    p = w.patient(True)
    d = when(w).strftime('%d/%m')
    if L == 'fr':
        t = f"{hi(w, L, rc)}\nPouvez-vous réserver vol + hébergement pour {p['giv']} {p['sur']} (NAM {w.nam(p)}), RV {w.c(['en oncologie', 'en orthopédie', 'en ophtalmo', 'en gynéco'])} le {d} à 9h30.\nAccompagnateur : {w.c(['aucun', 'sa sœur', 'son conjoint', 'interprète requis'])}.\nTél. : {p['tel']}\n\n{bye(w, L)}"
        sj = w.c(['Réservation déplacement patient', f"Vol + héberg. {p['sur']}", 'Rendez-vous Montréal'])
    else:
        t = f"{hi(w, L, rc)}\nPlease book flight and boarding home for {p['giv']} {p['sur']} (RAMQ {w.nam(p)}), appt in {w.c(['oncology', 'orthopedics', 'ophthalmology', 'OB-GYN'])} on {d} 09:30.\nEscort: {w.c(['none', 'sister', 'spouse', 'interpreter needed'])}.\nPhone {p['tel']}\n\n{bye(w, L)}"
        sj = w.c(['Patient travel booking', f"Travel - {p['sur']}", 'Booking request'])
    return dict(subj=sj, text=t, types=['patient_name', 'ramq_nam', 'patient_contact', 'diagnosis'], note='patient travel booking with NAM, phone and specialty appointment', ext=True)


def p_homecare(w, L, s, rc):
    p = w.patient(False)
    if L == 'fr':
        t = f"{hi(w, L, rc)}\nNouvelle demande SAD : {w.mr(p, L)} {p['giv']} {p['sur']}, {p['adr']} (à {w.r.randrange(20, 140)} km du CLSC, chemin de gravier).\nTél. : {p['tel']}\nBesoin : {w.c(['pansement ulcère pied diabétique 3x/sem', 'INR hebdo', 'soins palliatifs, pompe SC', 'suivi post-op hanche'])}.\nChien pas attaché, appeler avant.\n\n{bye(w, L)}"
        sj = w.c(['Demande SAD', 'Soutien à domicile - nouvelle demande', f"SAD {p['sur']}"])
    else:
        t = f"{hi(w, L, rc)}\nNew home care referral: {w.mr(p, L)} {p['giv']} {p['sur']}, {p['adr']} ({w.r.randrange(20, 140)} km out, gravel road).\nPhone {p['tel']}\nNeeds: {w.c(['diabetic foot ulcer dressing 3x/wk', 'weekly INR', 'palliative, SC pump', 'post-op hip follow-up'])}.\nCall ahead, dog on property.\n\n{bye(w, L)}"
        sj = w.c(['Home care referral', 'New HC client', f"Home visit - {p['sur']}"])
    return dict(subj=sj, text=t, types=['patient_name', 'patient_contact', 'diagnosis'], note='home care request with patient name, home address, phone and care need', ext=False)


def p_lab(w, L, s, rc):
    p = w.patient(w.r.random() < .5); lab, v = w.c(LABS)
    idl = w.nam(p) if p['nam'] else p['mrn']
    if L == 'fr':
        t = f"{hi(w, L, rc)}\nRésultat reçu pour {p['sur']} {p['giv']} ({idl}) : {lab} {v}.\nPrélevé au {site(w, L)} le {when(w).strftime('%d/%m')}. Peux-tu appeler {w.g(p, 'la patiente', 'le patient')} ? Pas de réponse à la maison.\n\n{bye(w, L)}"
        sj = w.c(['Résultat labo', f"Labo {p['sur']}", 'Suivi résultat'])
    else:
        t = f"{hi(w, L, rc)}\nResult back for {p['sur']}, {p['giv']} ({idl}): {lab} {v}.\nDrawn at {site(w, L)}. Can you call {w.g(p, 'her', 'him')}? No answer at home.\n\n{bye(w, L)}"
        sj = w.c(['Lab result', f"Lab f/u {p['sur']}", 'Result follow-up'])
    return dict(subj=sj, text=t, types=['patient_name', 'lab_result'] + (['ramq_nam'] if p['nam'] else ['mrn']), note='lab result for a named patient with identifier', ext=False)


def p_critical(w, L, s, rc):
    p = w.patient(False); lab, v = w.c(LABS)
    if L == 'fr':
        t = f"VALEUR CRITIQUE\n{lab} = {v}\nDossier {p['mrn']} — {p['sur'].upper()}, {p['giv'][0]}.\nMD de garde avisé à {w.r.randrange(0, 24)}h{w.r.randrange(10, 59)}. SVP documenter."
        sj = f"Valeur critique {p['mrn']}"
    else:
        t = f"CRITICAL VALUE\n{lab} = {v}\nMRN {p['mrn']} — {p['sur'].upper()}, {p['giv'][0]}.\nOn-call MD notified at {w.r.randrange(0, 24)}:{w.r.randrange(10, 59)}. Please document."
        sj = f"Critical value - {p['mrn']}"
    return dict(subj=sj, text=t, types=['mrn', 'patient_name', 'lab_result'], note='critical lab value with chart number and surname', ext=False)


def p_imaging(w, L, s, rc):
    p = w.patient(False)
    f = w.c(['nodule 14 mm LSD', 'fracture non déplacée radius distal', 'épanchement pleural D', 'masse hépatique 3 cm']) if L == 'fr' else w.c(['14 mm RUL nodule', 'non-displaced distal radius fx', 'R pleural effusion', '3 cm liver mass'])
    if L == 'fr':
        t = f"{hi(w, L, rc)}\nLa radiologie (lecture à distance) signale pour {p['giv']} {p['sur']}, DDN {w.dob(p, L)} : {f}.\nCT à prévoir au centre — je fais la demande de transport?\n\n{bye(w, L)}"
        sj = 'Suivi imagerie'
    else:
        t = f"{hi(w, L, rc)}\nTeleradiology read for {p['giv']} {p['sur']}, DOB {w.dob(p, L)}: {f}.\nNeeds CT down south — shall I start the travel request?\n\n{bye(w, L)}"
        sj = 'Imaging follow-up'
    return dict(subj=sj, text=t, types=['patient_name', 'date_of_birth', 'diagnosis'], note='imaging finding for a named patient with DOB', ext=False)


def p_discharge(w, L, s, rc):
    p = w.patient(True); dx = w.c(DX_FR if L == 'fr' else DX_EN)
    lines = ([f"Nom : {p['sur']}, {p['giv']}", f"NAM : {p['nam']}", f"Date de naissance : {p['dob'].isoformat()}", f"Dossier : {p['mrn']}",
              f"Diagnostic principal : {dx}", f"Médication au congé : {w.c(MEDS)}; {w.c(MEDS)}", f"Retour vers : {p['comm']} (vol du {when(w).strftime('%d/%m')})",
              'Suivi : infirmière du dispensaire dans 48 h.'] if L == 'fr' else
             [f"Name: {p['sur']}, {p['giv']}", f"RAMQ: {p['nam']}", f"DOB: {p['dob'].isoformat()}", f"Chart: {p['mrn']}", f"Main diagnosis: {dx}",
              f"Discharge meds: {w.c(MEDS)}; {w.c(MEDS)}", f"Returning to: {p['comm']}", 'Follow-up: nursing station within 48 h.'])
    kind = w.r.randrange(2)
    a = att('resume_conge_' + str(w.r.randrange(1000, 9999)), mk_pdf('Résumé de congé' if L == 'fr' else 'Discharge summary', lines) if kind == 0 else mk_docx('Résumé de congé' if L == 'fr' else 'Discharge summary', lines))
    t = (f"{hi(w, L, rc)}\nCi-joint le résumé de congé, retour prévu cette semaine. Merci d'aviser le dispensaire.\n\n{bye(w, L)}" if L == 'fr'
         else f"{hi(w, L, rc)}\nDischarge summary attached, pt flying home this week. Please let the nursing station know.\n\n{bye(w, L)}")
    return dict(subj=w.c(['Résumé de congé', 'Congé + retour communauté']) if L == 'fr' else w.c(['Discharge summary', 'D/C summary - return to community']), text=t, atts=[a],
                types=['patient_name', 'ramq_nam', 'date_of_birth', 'mrn', 'diagnosis', 'medication'], note='short cover note; attached discharge summary with full patient identifiers', ext=True)


def p_medrec(w, L, s, rc):
    p = w.patient(False)
    meds = '\n'.join('- ' + w.c(MEDS) for _ in range(w.r.randrange(3, 6)))
    if L == 'fr':
        t = f"{hi(w, L, rc)}\nBilan comparatif pour {p['sur']} {p['giv']} (dossier {p['mrn']}) avant le prochain vol de cargo :\n{meds}\nLa pharmacie communautaire n'a pas le {w.c(MEDS).split()[0]}, on envoie 30 jours par la poste aérienne.\n\n{bye(w, L)}"
        sj = 'Bilan comparatif des médicaments'
    else:
        t = f"{hi(w, L, rc)}\nMed rec for {p['sur']}, {p['giv']} (MRN {p['mrn']}) before next cargo flight:\n{meds}\nCommunity pharmacy is out of {w.c(MEDS).split()[0]}, sending 30 days by air mail.\n\n{bye(w, L)}"
        sj = 'Med reconciliation'
    return dict(subj=sj, text=t, types=['patient_name', 'mrn', 'medication'], note='medication reconciliation for a named patient with chart number', ext=True)


def p_telehealth_ics(w, L, s, rc):
    p = w.patient(w.r.random() < .4); st = when(w).replace(tzinfo=None, minute=0, second=0)
    summ = (f"Télésanté - {p['sur']} {p['giv']} - suivi {w.c(['diabète', 'IC', 'psy', 'néphro'])}" if L == 'fr'
            else f"Telehealth - {p['giv']} {p['sur']} - {w.c(['diabetes', 'CHF', 'mental health', 'renal'])} f/u")
    desc = (f"Dossier {p['mrn']}" + (f" / NAM {p['nam']}" if p['nam'] else '') + f". Salle télé {p['comm']}.")
    a = att('invitation', mk_ics(summ, desc, st, 30, s, [rc], f'tele-{w.r.getrandbits(40):x}@{DOM}'))
    t = (f"{hi(w, L, rc)}\nInvitation pour la téléconsultation ci-jointe.\n\n{bye(w, L)}" if L == 'fr' else f"{hi(w, L, rc)}\nTelehealth invite attached.\n\n{bye(w, L)}")
    ty = ['patient_name', 'mrn', 'diagnosis'] + (['ramq_nam'] if p['nam'] else [])
    return dict(subj='Téléconsultation' if L == 'fr' else 'Telehealth appointment', text=t, atts=[a], types=ty, note='calendar invitation whose title and description name a patient and condition', ext=True)


def p_interpreter(w, L, s, rc):
    p = w.patient(False); lg = w.c(['cri', 'inuktitut', 'innu-aimun', 'atikamekw', 'ojicri'])
    if L == 'fr':
        t = f"{hi(w, L, rc)}\nBesoin d'un interprète en {lg} pour {p['giv']} {p['sur']} ({p['age']} ans), RV {w.c(['annonce de diagnostic', 'consentement chirurgie', 'suivi grossesse', 'rencontre famille soins palliatifs'])} le {when(w).strftime('%d/%m')} à {w.r.randrange(8, 16)}h.\nDossier {p['mrn']}.\n\n{bye(w, L)}"
        sj = f"Interprète {lg} - {when(w).strftime('%d/%m')}"
    else:
        t = f"{hi(w, L, rc)}\nNeed a {lg} interpreter for {p['giv']} {p['sur']} ({p['age']}), appointment for {w.c(['breaking diagnosis news', 'surgical consent', 'prenatal follow-up', 'palliative family meeting'])} on {when(w).strftime('%b %d')}.\nChart {p['mrn']}.\n\n{bye(w, L)}"
        sj = f"Interpreter request ({lg})"
    return dict(subj=sj, text=t, types=['patient_name', 'mrn', 'diagnosis'], note='interpreter request naming a patient and the nature of the appointment', ext=True)


def p_social(w, L, s, rc):
    p = w.patient(False)
    if L == 'fr':
        issue = w.c(['signalement DPJ retenu pour les enfants', 'perte de logement, dort chez un cousin', 'violence conjugale, a quitté le domicile', "demande d'aide sociale refusée", 'libération conditionnelle, suivi en dépendance'])
        t = f"{hi(w, L, rc)}\nPour info avant ta visite : {p['giv']} {p['sur']} ({p['comm']}) — {issue}.\nJe te laisse voir avec {w.g(p, 'elle', 'lui')} pour la suite. Tél. {p['tel']}.\n\n{bye(w, L)}"
        sj = w.c(['Suivi psychosocial', 'Confidentiel - suivi TS', 'Visite de demain'])
    else:
        issue = w.c(['youth protection report retained for the kids', 'lost housing, couch surfing', 'domestic violence, left the home', 'income support application denied', 'on parole, in addictions program'])
        t = f"{hi(w, L, rc)}\nFYI before your visit: {p['giv']} {p['sur']} ({p['comm']}) — {issue}.\nPlease follow up with {w.g(p, 'her', 'him')}. Phone {p['tel']}.\n\n{bye(w, L)}"
        sj = w.c(['Psychosocial follow-up', 'Social work note', "Tomorrow's visit"])
    return dict(subj=sj, text=t, types=['patient_name', 'social_information', 'patient_contact'], note='social work note about a named client with phone', ext=False)


def p_billing(w, L, s, rc):
    p = w.patient(False); kind = w.r.randrange(2)
    if kind == 0:
        hn = gen_ohn(w.r)
        t = (f"{hi(w, L, rc)}\nPatient ontarien vu à l'urgence le {when(w).strftime('%d/%m')} : {p['sur']}, {p['giv']}, DDN {w.dob(p, L)}, carte Santé Ontario {fmt_digits(w.r, hn, (4, 3, 3))} {w.c(['AB', 'KX', 'ZR'])}.\nFacturation interprovinciale à faire.\n\n{bye(w, L)}" if L == 'fr'
             else f"{hi(w, L, rc)}\nOntario resident seen in ER: {p['sur']}, {p['giv']}, DOB {w.dob(p, L)}, OHIP {fmt_digits(w.r, hn, (4, 3, 3))}-{w.c(['AB', 'KX', 'ZR'])}.\nPlease bill out of province.\n\n{bye(w, L)}")
        ty = ['patient_name', 'date_of_birth', 'ca_health_number']
    else:
        sin = gen_sin(w.r)
        t = (f"{hi(w, L, rc)}\nDossier CNESST de {p['giv']} {p['sur']} (travailleur de la mine, {w.c(DX_FR)}). NAS : {fmt_digits(w.r, sin, (3, 3, 3))}. Formulaire à compléter par le MD.\n\n{bye(w, L)}" if L == 'fr'
             else f"{hi(w, L, rc)}\nWSIB/CNESST claim for {p['giv']} {p['sur']} (mine worker, {w.c(DX_EN)}). SIN {fmt_digits(w.r, sin, (3, 3, 3))}. MD needs to fill the form.\n\n{bye(w, L)}")
        ty = ['patient_name', 'ca_sin', 'diagnosis']
    return dict(subj=w.c(['Facturation', 'Facturation hors province', 'Réclamation']) if L == 'fr' else w.c(['Billing', 'Out-of-province billing', 'Claim']), text=t, types=ty, note='billing or claim with patient name and a government identifier', ext=True)


def p_research(w, L, s, rc):
    p = w.patient(False); code = f"NX-{w.r.randrange(100, 999)}"
    t = (f"{hi(w, L, rc)}\nParticipant {code} = {p['sur']} {p['giv']}, dossier {p['mrn']}. Visite 3 manquée (vol annulé). HbA1c {w.r.randrange(70, 120) / 10} %. On reprogramme?\n\n{bye(w, L)}" if L == 'fr'
         else f"{hi(w, L, rc)}\nParticipant {code} is {p['sur']} {p['giv']}, MRN {p['mrn']}. Missed visit 3 (flight cancelled). HbA1c {w.r.randrange(70, 120) / 10}%. Reschedule?\n\n{bye(w, L)}")
    return dict(subj=f"Étude {code[:2]} - visite 3" if L == 'fr' else 'Study visit 3', text=t, types=['patient_name', 'mrn', 'lab_result'], note='research coordination linking study code to named patient and result', ext=True)


def p_incident(w, L, s, rc):
    p = w.patient(False)
    t = (f"Rapport AH-223 (résumé)\nUsager : {p['sur']}, {p['giv']} — dossier {p['mrn']}\nÉvénement : {w.c(['chute au lit', 'erreur de dose insuline', 'retard évacuation 9 h (météo)', 'médicament non livré par le cargo'])}\nConséquence : {w.c(['aucune', 'hématome', 'hypoglycémie traitée', 'transfert retardé'])}\nDéclarant : {s['name']}" if L == 'fr'
         else f"Incident report (summary)\nPatient: {p['sur']}, {p['giv']} — MRN {p['mrn']}\nEvent: {w.c(['fall from bed', 'insulin dose error', '9 h medevac delay (weather)', 'medication missing from cargo'])}\nOutcome: {w.c(['none', 'bruise', 'hypoglycemia treated', 'delayed transfer'])}\nReported by: {s['name']}")
    return dict(subj='Déclaration incident/accident' if L == 'fr' else 'Incident report', text=t, types=['patient_name', 'mrn', 'diagnosis'], note='incident report naming the patient with chart number', ext=False)


def p_subject_only(w, L, s, rc):
    p = w.patient(False); dx = w.c(DX_FR if L == 'fr' else DX_EN)
    sj = f"{p['sur']} {p['giv']} - {dx}" if w.r.random() < .5 else f"{dx} / {p['giv']} {p['sur']}"
    t = w.c(['Voir dossier, merci de rappeler.', 'Pour info.', 'Peux-tu regarder ça aujourd\'hui?']) if L == 'fr' else w.c(['FYI, please call back.', 'see chart', 'Can you look at this today?'])
    return dict(subj=sj, text=t, types=['patient_name', 'diagnosis'], note='patient name and diagnosis in the Subject only', ext=False)


def p_split(w, L, s, rc):
    p = w.patient(False); dx = w.c(DX_FR if L == 'fr' else DX_EN)
    sj = (f"Dossier {p['mrn']}" if L == 'fr' else f"Chart {p['mrn']}")
    t = (f"{hi(w, L, rc)}\nC'est pour le suivi de {dx}, vol de retour annulé, reste à l'hébergement jusqu'à jeudi.\n\n{bye(w, L)}" if L == 'fr'
         else f"{hi(w, L, rc)}\nThis is the {dx} follow-up; return flight cancelled, staying at the boarding home till Thursday.\n\n{bye(w, L)}")
    return dict(subj=sj, text=t, types=['mrn', 'diagnosis'], note='chart number in Subject, clinical detail in body', ext=True)


def p_quoted(w, L, s, rc):
    p = w.patient(True); dx = w.c(DX_FR if L == 'fr' else DX_EN)
    orig = (f"{hi(w, L)}\n{p['giv']} {p['sur']}, NAM {w.nam(p)}, arrive par le vol de 15h. Suivi {dx}. Quelqu'un peut {w.g(p, 'la', 'le')} chercher à l'aéroport?" if L == 'fr'
            else f"{hi(w, L)}\n{p['giv']} {p['sur']}, RAMQ {w.nam(p)}, on the 3 pm flight. {dx} follow-up. Can someone pick {w.g(p, 'her', 'him')} up at the airport?")
    top = w.c(['Oui, le chauffeur y sera.', 'Ok c\'est noté', 'Réglé, merci']) if L == 'fr' else w.c(['Yes driver will be there.', 'ok noted', 'Done, thanks'])
    return dict(subj=('RE: arrivée vol 15h' if L == 'fr' else 'RE: arriving 3pm flight'), text=top + quote(w, L, rc, when(w), orig), types=['patient_name', 'ramq_nam', 'diagnosis'],
                note='short reply; patient name, NAM and condition only in the quoted message', ext=False, reply=True)


def p_fwd_inline(w, L, s, rc):
    p = w.patient(False); o = w.ext(L)
    orig = (f"Bonjour,\n{w.mr(p, L)} {p['sur']} ({p['mrn']}) a manqué son RV de {w.c(['dialyse', 'chimio', 'suivi prénatal'])} hier. Merci de vérifier s'{w.g(p, 'elle', 'il')} est retourné{w.g(p, 'e', '')} dans sa communauté." if L == 'fr'
            else f"Hello,\n{w.mr(p, L)} {p['sur']} ({p['mrn']}) missed {w.g(p, 'her', 'his')} {w.c(['dialysis', 'chemo', 'prenatal'])} appointment yesterday. Please check whether {w.g(p, 'she', 'he')} went back home.")
    top = w.c(['Pour toi, FYI.', 'Vois-tu ça ?', 'À suivre svp']) if L == 'fr' else w.c(['FYI', 'Can you check?', 'see below'])
    return dict(subj=('TR: RV manqué' if L == 'fr' else 'Fwd: missed appointment'), text=top + fwd_inline(w, L, o, s, when(w), 'RV manqué' if L == 'fr' else 'missed appointment', orig),
                types=['patient_name', 'mrn', 'diagnosis'], note='inline forward of a message about a named patient missing treatment', ext=False)


def p_xlsx(w, L, s, rc):
    rows = [['Nom', 'Prénom', 'DDN', 'NAM', 'Communauté', 'Motif'] if L == 'fr' else ['Last', 'First', 'DOB', 'RAMQ', 'Community', 'Reason']]
    for _ in range(w.r.randrange(3, 8)):
        p = w.patient(True)
        rows.append([p['sur'], p['giv'], p['dob'].isoformat(), p['nam'], p['comm'], w.c(DX_FR if L == 'fr' else DX_EN)])
    a = att(w.c(['liste_vols_patients', 'evac_semaine', 'deplacements_nov']), mk_xlsx(rows))
    t = (f"{hi(w, L, rc)}\nVoici la liste des déplacements patients pour la semaine prochaine.\n\n{bye(w, L)}" if L == 'fr' else f"{hi(w, L, rc)}\nAttached is next week's patient travel list.\n\n{bye(w, L)}")
    return dict(subj='Liste déplacements patients' if L == 'fr' else 'Patient travel list', text=t, atts=[a], types=['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis'], note='spreadsheet of patient travel with names, DOB and NAM', ext=True)


def p_csv(w, L, s, rc):
    rows = [['dossier', 'nom', 'date_rv', 'clinique'] if L == 'fr' else ['mrn', 'name', 'appt_date', 'clinic']]
    for _ in range(w.r.randrange(4, 9)):
        p = w.patient(False)
        rows.append([p['mrn'], f"{p['sur']}, {p['giv']}", when(w).strftime('%Y-%m-%d'), w.c(['diabète', 'prénatal', 'santé mentale', 'TB', 'MPOC'])])
    a = att('export_rv', mk_csv(rows, enc=w.c(['utf-8', 'cp1252'])))
    t = (f"Extraction demandée.\n{bye(w, L)}" if L == 'fr' else f"Export as requested.\n{bye(w, L)}")
    return dict(subj='Export agenda' if L == 'fr' else 'Schedule export', text=t, atts=[a], types=['patient_name', 'mrn', 'diagnosis'], note='CSV export of appointments with chart numbers, names and clinic type', ext=True)


def p_vcard(w, L, s, rc):
    p = w.patient(False)
    a = att(re.sub(r'[^A-Za-z]', '', p['sur']) + '_contact', mk_vcf(f"{p['giv']} {p['sur']}", p['sur'], p['giv'], p['tel'], p['adr'],
                                                                   ('Client SAD - pansements, oxygène à domicile' if L == 'fr' else 'Home care client - dressings, home oxygen')))
    t = (f"{hi(w, L, rc)}\nCoordonnées du nouveau client SAD en pièce jointe pour ton cell.\n\n{bye(w, L)}" if L == 'fr' else f"{hi(w, L, rc)}\nNew home care client's contact card attached for your phone.\n\n{bye(w, L)}")
    return dict(subj='Contact client SAD' if L == 'fr' else 'HC client contact', text=t, atts=[a], types=['patient_name', 'patient_contact', 'diagnosis'], note='vCard of a home-care client with home address and phone', ext=False)


def p_zip(w, L, s, rc):
    p = w.patient(True)
    d = mk_docx('Demande de transfert' if L == 'fr' else 'Transfer request',
                [f"{p['sur']}, {p['giv']}", f"NAM: {p['nam']}", f"DDN: {p['dob'].isoformat()}", w.c(DX_FR if L == 'fr' else DX_EN)])
    z = att('dossier_transfert', mk_zip([('demande.docx', d[3]), ('notes.txt', (f"{p['sur']} - {w.c(MEDS)}\n").encode('utf-8'))]))
    t = (f"{hi(w, L, rc)}\nDocuments zippés (le fichier était trop gros).\n\n{bye(w, L)}" if L == 'fr' else f"{hi(w, L, rc)}\nZipped docs attached (file too large otherwise).\n\n{bye(w, L)}")
    return dict(subj='Documents transfert' if L == 'fr' else 'Transfer documents', text=t, atts=[z], types=['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'medication'], note='ZIP holding a DOCX transfer request with patient identifiers', ext=True)


def p_disguised(w, L, s, rc):
    p = w.patient(True); nam = p['nam']
    k = w.r.randrange(3)
    if k == 0: shown = f"{nam[:4]} / {nam[4:8]}\n{nam[8:]}"
    elif k == 1: shown = ' . '.join(nam)
    else: shown = (nam[:4] + nam[4:]).translate(FW)
    t = (f"{hi(w, L, rc)}\nJ'écris le numéro en morceaux pour que le filtre ne bloque pas :\n{shown}\n({p['giv']} {p['sur'][0]}., {w.c(DX_FR)})\n\n{bye(w, L)}" if L == 'fr'
         else f"{hi(w, L, rc)}\nSplitting the number so the filter doesn't catch it:\n{shown}\n({p['giv']} {p['sur'][0]}., {w.c(DX_EN)})\n\n{bye(w, L)}")
    return dict(subj='le numéro demandé' if L == 'fr' else 'the number you asked for', text=t, types=['ramq_nam', 'patient_name', 'diagnosis'], note='NAM deliberately broken up to evade filtering, with first name and dx', ext=True)


def p_foreign(w, L, s, rc):
    sex = w.c('FM'); dob = dt.date(w.r.randrange(1950, 2005), w.r.randrange(1, 13), w.r.randrange(1, 29))
    p = w.patient(False); p['sex'] = sex; p['dob'] = dob
    p['giv'] = w.c(FR_GIV_F if sex == 'F' else FR_GIV_M)
    if w.r.random() < .5:
        num = gen_niss(w.r, dob, sex); shown = fmt_digits(w.r, num, (2, 2, 2, 3, 2)); lab = 'NISS'; ty = 'be_niss'; c = 'belge'
    else:
        num = gen_nir(w.r, dob, sex); shown = fmt_digits(w.r, num, (1, 2, 2, 2, 3, 3, 2)); lab = 'NIR' if L == 'fr' else 'French social security no.'; ty = 'fr_nir'; c = 'française'
    t = (f"{hi(w, L, rc)}\nTouriste {c} évacué{w.g(p, 'e', '')} du camp de pêche : {p['giv']} {p['sur']}, {w.g(p, 'née', 'né')} le {dob.strftime('%d/%m/%Y')}, {lab} {shown}.\n{w.c(DX_FR)}. Assurance voyage à contacter pour la garantie de paiement.\n\n{bye(w, L)}" if L == 'fr'
         else f"{hi(w, L, rc)}\nForeign visitor medevaced from the fishing camp: {p['giv']} {p['sur']}, DOB {dob.isoformat()}, {lab} {shown}.\n{w.c(DX_EN)}. Travel insurer to be contacted for payment guarantee.\n\n{bye(w, L)}")
    return dict(subj='Patient étranger - assurance' if L == 'fr' else 'Foreign patient - insurance', text=t, types=['patient_name', 'date_of_birth', ty, 'diagnosis'], note='foreign visitor evacuated, with national identifier and dx', ext=True)


def p_prenatal(w, L, s, rc):
    p = w.patient(False); p['sex'] = 'F'; p['giv'] = w.c(FR_GIV_F + EN_GIV_F)
    t = (f"{hi(w, L, rc)}\nSortie prénatale à 36 sem. pour {p['giv']} {p['sur']} (G{w.r.randrange(1, 6)}P{w.r.randrange(0, 4)}), DPA {when(w).strftime('%d/%m')}.\nDossier {p['mrn']}. Accompagnée de {w.c(['sa mère', 'son conjoint', 'personne'])}. Hébergement à réserver pour 4 semaines.\n\n{bye(w, L)}" if L == 'fr'
         else f"{hi(w, L, rc)}\nPrenatal departure at 36 wks for {p['giv']} {p['sur']} (G{w.r.randrange(1, 6)}P{w.r.randrange(0, 4)}), EDD {when(w).strftime('%b %d')}.\nMRN {p['mrn']}. Escort: {w.c(['mother', 'partner', 'none'])}. Boarding home needed for 4 weeks.\n\n{bye(w, L)}")
    return dict(subj='Sortie prénatale' if L == 'fr' else 'Prenatal travel', text=t, types=['patient_name', 'mrn', 'diagnosis'], note='prenatal travel for a named pregnant patient with chart number', ext=True)


def p_fwd_att(w, L, s, rc):
    p = w.patient(w.r.random() < .5); o = w.ext(L)
    inner_text = (f"{p['sur']} {p['giv']}, " + (f"NAM {p['nam']}" if p['nam'] else f"dossier {p['mrn']}") + f" : {w.c(DX_FR)}. Retour prévu par le vol de jeudi." if L == 'fr'
                  else f"{p['sur']} {p['giv']}, " + (f"RAMQ {p['nam']}" if p['nam'] else f"MRN {p['mrn']}") + f": {w.c(DX_EN)}. Returning on Thursday's flight.")
    t = w.c(['Voir message ci-joint.', 'Je te transfère ça.']) if L == 'fr' else w.c(['See attached message.', 'Forwarding as attachment.'])
    ty = ['patient_name', 'diagnosis'] + (['ramq_nam'] if p['nam'] else ['mrn'])
    return dict(subj=('TR: retour patient' if L == 'fr' else 'Fwd: patient return'), text=t, inner=(o, inner_text, 'Retour' if L == 'fr' else 'Return'), types=ty,
                note='forward as attachment: the attached message names a patient with identifier and dx', ext=False)


def p_dob_only(w, L, s, rc):
    p = w.patient(False)
    t = (f"{hi(w, L, rc)}\nLa cliente de {p['comm']}, {p['giv']} {p['sur']} née le {w.dob(p, L)}, a besoin d'un renouvellement de {w.c(MEDS)}. Peux-tu faxer?\n\n{bye(w, L)}" if L == 'fr'
         else f"{hi(w, L, rc)}\n{p['giv']} {p['sur']} from {p['comm']}, DOB {w.dob(p, L)}, needs a refill of {w.c(MEDS)}. Can you fax it?\n\n{bye(w, L)}")
    return dict(subj='Renouvellement' if L == 'fr' else 'Refill', text=t, types=['patient_name', 'date_of_birth', 'medication'], note='prescription renewal for a named patient with DOB', ext=True)


def p_shared_surname(w, L, s, rc):
    doc = w.staff(L); p = w.patient(False); p['sur'] = doc['sur']
    t = (f"{hi(w, L, rc)}\nAttention, ce n'est pas {'la Dre' if doc['f'] else 'le Dr'} {doc['sur']} : {w.g(p, 'la patiente', 'le patient')} {p['giv']} {p['sur']} ({p['mrn']}) a été admis{w.g(p, 'e', '')} pour {w.c(DX_FR)}. Ne pas mélanger les dossiers.\n\n{bye(w, L)}" if L == 'fr'
         else f"{hi(w, L, rc)}\nHeads up, not Dr. {doc['sur']}: patient {p['giv']} {p['sur']} ({p['mrn']}) was admitted with {w.c(DX_EN)}. Don't mix up the files.\n\n{bye(w, L)}")
    return dict(subj='Homonyme' if L == 'fr' else 'Same surname', text=t, types=['patient_name', 'mrn', 'diagnosis'], note='patient sharing a physician surname, with chart number and dx', ext=False)


def p_boarding_invoice(w, L, s, rc):
    rows = [['Client', 'Dossier', 'Nuitées', 'Motif séjour', 'Montant'] if L == 'fr' else ['Client', 'Chart', 'Nights', 'Reason for stay', 'Amount']]
    for _ in range(w.r.randrange(3, 6)):
        p = w.patient(False); n = w.r.randrange(1, 20)
        rows.append([f"{p['sur']}, {p['giv']}", p['mrn'], n, w.c(['dialyse', 'chimiothérapie', 'accouchement', 'chirurgie']) if L == 'fr' else w.c(['dialysis', 'chemotherapy', 'delivery', 'surgery']), f"{n * 95} $"])
    a = att(f"facture_hebergement_{w.r.randrange(1000, 9999)}", mk_pdf('Facture hébergement patients' if L == 'fr' else 'Boarding home invoice', [' | '.join(map(str, x)) for x in rows]))
    t = (f"{hi(w, L, rc)}\nFacture d'octobre pour l'hébergement des usagers, détail par usager en pièce jointe.\n\n{bye(w, L)}" if L == 'fr'
         else f"{hi(w, L, rc)}\nOctober boarding home invoice attached, itemised per client.\n\n{bye(w, L)}")
    return dict(subj='Facture hébergement octobre' if L == 'fr' else 'Boarding home invoice - October', text=t, atts=[a], types=['patient_name', 'mrn', 'diagnosis'],
                note='invoice whose attached detail lists patients, chart numbers and treatment reason', ext=True)


def p_escort_list(w, L, s, rc):
    rows = []
    for _ in range(w.r.randrange(3, 6)):
        p = w.patient(False)
        rows.append(f"{p['giv']} {p['sur']} — {p['tel']} — {w.c(['fauteuil roulant', 'O2 2 L', 'civière', 'autonome']) if L == 'fr' else w.c(['wheelchair', 'O2 2 L', 'stretcher', 'ambulatory'])} — RV {w.c(['hémodialyse', 'oncologie', 'psychiatrie', 'cardiologie']) if L == 'fr' else w.c(['hemodialysis', 'oncology', 'psychiatry', 'cardiology'])}")
    t = (f"{hi(w, L, rc)}\nPassagers du vol médical de jeudi (pour le transport terrestre à l'arrivée) :\n" if L == 'fr' else f"{hi(w, L, rc)}\nThursday medical shuttle passengers (for ground transport on arrival):\n") + '\n'.join(rows) + f"\n\n{bye(w, L)}"
    return dict(subj='Passagers vol médical jeudi' if L == 'fr' else 'Medical shuttle passengers Thu', text=t, types=['patient_name', 'patient_contact', 'diagnosis'],
                note='passenger list of patients with phones and the clinic they attend', ext=True)


POS = [p_evac_request, p_transfer, p_referral, p_consult_reply, p_signout, p_booking, p_homecare, p_lab, p_critical, p_imaging,
       p_discharge, p_medrec, p_telehealth_ics, p_interpreter, p_social, p_billing, p_research, p_incident, p_subject_only, p_split,
       p_quoted, p_fwd_inline, p_xlsx, p_csv, p_vcard, p_zip, p_disguised, p_foreign, p_prenatal, p_fwd_att, p_dob_only, p_shared_surname, p_boarding_invoice, p_escort_list]


# ================================================================= NEGATIVE categories
def N(subj, text, note, ext=True, **kw):
    d = dict(subj=subj, text=text, types=[], note=note, ext=ext); d.update(kw); return d


def n_staff_travel(w, L, s, rc):
    st = w.staff(L); c = w.c(COMM)
    t = (f"{hi(w, L, rc)}\nBillet confirmé pour {st['name']} ({st['title']}) : départ Val-Nordet {when(w).strftime('%d/%m')} 07h40 vers {c}, retour dans 14 jours.\nRéf. réservation {w.c('ABCDEFGHJK')}{w.r.randrange(10000, 99999)}. Bagage 2x23 kg autorisé.\n\n{bye(w, L)}" if L == 'fr'
         else f"{hi(w, L, rc)}\nTicket confirmed for {st['name']} ({st['title']}): Val-Nordet to {c} on {when(w).strftime('%b %d')} 07:40, back in 14 days.\nBooking ref {w.c('ABCDEFGHJK')}{w.r.randrange(10000, 99999)}. 2x23 kg baggage.\n\n{bye(w, L)}")
    return N('Déplacement personnel' if L == 'fr' else 'Staff travel', t, 'staff travel booking')


def n_housing(w, L, s, rc):
    t = (f"{hi(w, L, rc)}\nLogement du personnel à {w.c(COMM)} : l'unité {w.r.randrange(1, 9)} est libre du {when(w).strftime('%d/%m')}. Chauffe-eau réparé. SVP laisser les clés au dispensaire et ne pas oublier de vider le congélateur.\n\n{bye(w, L)}" if L == 'fr'
         else f"{hi(w, L, rc)}\nStaff housing in {w.c(COMM)}: unit {w.r.randrange(1, 9)} free from {when(w).strftime('%b %d')}. Water heater fixed. Leave keys at the nursing station and empty the freezer please.\n\n{bye(w, L)}")
    return N('Logement personnel' if L == 'fr' else 'Staff housing', t, 'staff housing logistics', ext=False)


def n_supply(w, L, s, rc):
    items = [('gants nitrile M', 'nitrile gloves M'), ('seringues 3 mL', '3 mL syringes'), ('NaCl 0.9 % 1 L', 'NS 1 L bags'), ('bandelettes glucomètre', 'glucometer strips'), ('masques N95', 'N95 masks')]
    lines = '\n'.join(f"- {w.r.randrange(2, 40)} bte {it[0] if L == 'fr' else it[1]} (lot {w.r.randrange(100000, 999999)})" for it in w.r.sample(items, 3))
    t = (f"{hi(w, L, rc)}\nCommande pour le cargo du {when(w).strftime('%d/%m')} ({w.c(COMM)}) :\n{lines}\nDate limite d'envoi : mercredi midi.\n\n{bye(w, L)}" if L == 'fr'
         else f"{hi(w, L, rc)}\nOrder for the {when(w).strftime('%b %d')} cargo run ({w.c(COMM)}):\n{lines}\nCut-off Wednesday noon.\n\n{bye(w, L)}")
    return N('Commande cargo' if L == 'fr' else 'Cargo order', t, 'supply run order with lot numbers')


def n_invoice(w, L, s, rc):
    n = w.r.randrange(10000, 99999); amt = w.r.randrange(800, 48000)
    lines = [f"Facture {n}" if L == 'fr' else f"Invoice {n}", f"Client : CISSS Nord-Ex, compte {w.r.randrange(100000, 999999)}",
             f"Vol nolisé {w.c(COMM)} - Val-Nordet, {w.r.randrange(1, 6)} rotations", f"Total : {amt} $ + taxes", 'Net 30 jours']
    a = att(f'facture_{n}', mk_pdf('Facture' if L == 'fr' else 'Invoice', lines))
    t = (f"{hi(w, L, rc)}\nCi-joint notre facture {n}.\n\n{bye(w, L)}" if L == 'fr' else f"{hi(w, L, rc)}\nPlease find invoice {n} attached.\n\n{bye(w, L)}")
    return N(f'Facture {n}' if L == 'fr' else f'Invoice {n}', t, 'charter invoice in PDF', atts=[a])


def n_po(w, L, s, rc):
    po = f"BC-{w.r.randrange(2026000, 2026999)}"
    rows = [['Article', 'Qté', 'Prix'] if L == 'fr' else ['Item', 'Qty', 'Price']] + [[w.c(['Moniteur SV', 'Civière pliante', 'Génératrice 7 kW', 'Motoneige', 'Concentrateur O2']), w.r.randrange(1, 5), w.r.randrange(300, 15000)] for _ in range(3)]
    a = att(po, mk_xlsx(rows))
    t = (f"{hi(w, L, rc)}\nBon de commande {po} ci-joint, livraison par barge de fin de saison.\n\n{bye(w, L)}" if L == 'fr' else f"{hi(w, L, rc)}\nPO {po} attached, delivery on the last sealift.\n\n{bye(w, L)}")
    return N(po, t, 'purchase order spreadsheet', atts=[a])


def n_schedule(w, L, s, rc):
    rows = [['Date', 'Jour', 'Nuit', 'Garde MD'] if L == 'fr' else ['Date', 'Day', 'Night', 'MD on call']]
    for i in range(w.r.randrange(4, 8)):
        rows.append([f"{i + 1:02d}/11", w.staff(L)['name'], w.staff(L)['name'], 'Dr ' + w.staff(L)['sur']])
    lines = '\n'.join(' | '.join(x) for x in rows[1:])
    t = (f"{hi(w, L, rc)}\nHoraire du dispensaire de {w.c(COMM)} :\n\n{lines}\n\nÉchanges à faire approuver par la chef.\n\n{bye(w, L)}" if L == 'fr'
         else f"{hi(w, L, rc)}\nNursing station schedule ({w.c(COMM)}):\n\n{lines}\n\nShift swaps need manager approval.\n\n{bye(w, L)}")
    return N('Horaire novembre' if L == 'fr' else 'November schedule', t, 'staff roster table that looks like a list of names', ext=False, table=rows)


def n_hr(w, L, s, rc):
    st = w.staff(L)
    t = (f"{hi(w, L, rc)}\n{st['name']} sera en congé maladie jusqu'au {when(w).strftime('%d/%m')}. Remplacement : agence, arrivée par le vol de lundi. Numéro d'employé {w.r.randrange(100000, 999999)} pour la paie.\n\n{bye(w, L)}" if L == 'fr'
         else f"{hi(w, L, rc)}\n{st['name']} is off on sick leave until {when(w).strftime('%b %d')}. Agency replacement arriving Monday. Employee no. {w.r.randrange(100000, 999999)} for payroll.\n\n{bye(w, L)}")
    return N('Absence / remplacement' if L == 'fr' else 'Absence / replacement', t, 'staff sick leave and replacement (HR)', ext=False)


def n_training(w, L, s, rc):
    t = (f"{hi(w, L, rc)}\nFormation {w.c(['RCR/ACLS', 'PDSB', 'triage ETG', 'accouchement d’urgence', 'soins de plaies'])} le {when(w).strftime('%d/%m')} en visio (Teams) pour les dispensaires. Inscription auprès de {s['name']} avant vendredi. 7 heures reconnues OIIQ.\n\n{bye(w, L)}" if L == 'fr'
         else f"{hi(w, L, rc)}\n{w.c(['ACLS', 'NRP', 'CTAS triage', 'emergency delivery', 'wound care'])} training on {when(w).strftime('%b %d')} by Teams for all nursing stations. Register with {s['name']} by Friday.\n\n{bye(w, L)}")
    return N('Formation' if L == 'fr' else 'Training', t, 'training announcement', ext=False)


def n_job(w, L, s, rc):
    t = (f"AFFICHAGE DE POSTE\nInfirmière ou infirmier en dispensaire — {w.c(COMM)}\nPoste temps complet, rotation 4 sem./4 sem., logement fourni, prime d'éloignement.\nExigences : 2 ans d'expérience, ACLS.\nPostuler : recrutement@{DOM}" if L == 'fr'
         else f"JOB POSTING\nOutpost nurse — {w.c(COMM)}\nFull time, 4 weeks in / 4 weeks out, housing provided, isolation allowance.\nRequirements: 2 years experience, ACLS.\nApply: recruitment@{DOM}")
    return N('Affichage de poste' if L == 'fr' else 'Job posting', t, 'job posting')


def n_it(w, L, s, rc):
    t = (f"{hi(w, L, rc)}\nLe lien satellite de {w.c(COMM)} est tombé ce matin; la télésanté et le DSQ ne sont pas disponibles. Le NAS du CLSC ({w.c(['NAS-CLSC-02', 'nas03.nord.local'])}) sera redémarré ce soir 22h. Ticket #{w.r.randrange(100000, 999999)}.\n\n{bye(w, L)}" if L == 'fr'
         else f"{hi(w, L, rc)}\nSatellite link at {w.c(COMM)} down since this morning; telehealth and the EMR are unavailable. The NAS will be rebooted at 10 pm. Ticket #{w.r.randrange(100000, 999999)}.\n\n{bye(w, L)}")
    return N('Panne réseau' if L == 'fr' else 'Network outage', t, 'IT outage notice mentioning a NAS (network storage)', ext=False)


def n_facilities(w, L, s, rc):
    t = (f"{hi(w, L, rc)}\nTest de la génératrice du dispensaire jeudi 10h, coupure de 15 min. La fournaise du logement 3 est réparée. Avis d'ébullition d'eau en vigueur jusqu'à nouvel ordre.\n\n{bye(w, L)}" if L == 'fr'
         else f"{hi(w, L, rc)}\nGenerator test at the nursing station Thursday 10 am, 15-min power cut. Furnace in unit 3 fixed. Boil-water advisory still in effect.\n\n{bye(w, L)}")
    return N('Bâtiment - avis' if L == 'fr' else 'Facilities notice', t, 'facilities notice', ext=False)


def n_newsletter(w, L, s, rc):
    t = (f"BULLETIN CLINIQUE NORD — no {w.r.randrange(10, 80)}\n\n1. Tuberculose : rappel du dépistage TCT chez les contacts; le traitement de l'ITL par rifampicine 4 mois est maintenant privilégié.\n2. Diabète : nouvelles cibles HbA1c chez l'aîné fragile.\n3. Vaccination influenza : cliniques dans toutes les communautés en novembre.\n\nÉquipe de santé publique" if L == 'fr'
         else f"NORTHERN CLINICAL BULLETIN — issue {w.r.randrange(10, 80)}\n\n1. TB: contact screening reminder; 4 months rifampin now preferred for LTBI.\n2. Diabetes: updated HbA1c targets in frail elderly.\n3. Flu vaccine clinics in every community in November.\n\nPublic Health team")
    return N('Bulletin clinique' if L == 'fr' else 'Clinical bulletin', t, 'clinical newsletter about diseases and drugs', force=w.c(['html', 'alt']))


def n_public_health(w, L, s, rc):
    n = w.r.randrange(5, 40)
    t = (f"{hi(w, L, rc)}\nSurveillance semaine {w.r.randrange(36, 48)} : {n} cas d'influenza A confirmés dans la région, dont {w.r.randrange(2, 6)} à {w.c(COMM)}. {w.r.randrange(1, 5)} cas de TB active en investigation dans le secteur est. Aucun décès.\n\n{bye(w, L)}" if L == 'fr'
         else f"{hi(w, L, rc)}\nWeek {w.r.randrange(36, 48)} surveillance: {n} confirmed influenza A cases in the region, {w.r.randrange(2, 6)} in {w.c(COMM)}. {w.r.randrange(1, 5)} active TB cases under investigation in the east sector. No deaths.\n\n{bye(w, L)}")
    return N('Surveillance - données hebdo' if L == 'fr' else 'Weekly surveillance', t, 'aggregate public health counts')


def n_stats(w, L, s, rc):
    rows = [['Communauté', 'Évacuations', 'Transferts', 'Télésanté'] if L == 'fr' else ['Community', 'Medevacs', 'Transfers', 'Telehealth']]
    for c in w.r.sample(COMM, 5):
        rows.append([c, w.r.randrange(0, 30), w.r.randrange(0, 60), w.r.randrange(5, 200)])
    t = (f"{hi(w, L, rc)}\nStatistiques du trimestre ci-dessous. Hausse de 12 % des évacuations P1.\n\n{{TABLE}}\n\n{bye(w, L)}" if L == 'fr'
         else f"{hi(w, L, rc)}\nQuarterly numbers below. P1 medevacs up 12%.\n\n{{TABLE}}\n\n{bye(w, L)}")
    return N('Stats trimestre' if L == 'fr' else 'Quarterly stats', t.replace('{TABLE}\n\n', '\n'.join(' | '.join(map(str, x)) for x in rows) + '\n\n'), 'aggregate statistics', table=rows)


def n_conference(w, L, s, rc):
    sp = [w.staff(L) for _ in range(3)]
    t = (f"Colloque Santé nordique 2026 — programme\n08h30 Dr {sp[0]['sur']} : la MPOC en région éloignée\n10h00 {sp[1]['name']} : télésanté et insuffisance cardiaque\n13h30 Dre {sp[2]['sur']} : tuberculose, où en sommes-nous?\nInscription : colloque@{DOM}" if L == 'fr'
         else f"Northern Health Symposium 2026 — programme\n08:30 Dr {sp[0]['sur']}: COPD in remote settings\n10:00 {sp[1]['name']}: telehealth and heart failure\n13:30 Dr {sp[2]['sur']}: TB update\nRegister: symposium@{DOM}")
    return N('Programme colloque' if L == 'fr' else 'Symposium programme', t, 'conference programme with speakers and disease topics')


def n_committee(w, L, s, rc):
    t = (f"{hi(w, L, rc)}\nRéunion du CMDP le {when(w).strftime('%d/%m')} 12h (Teams). Ordre du jour : 1) PV 2) privilèges 3) politique évacuations 4) varia. Documents sur le partage.\n\n{bye(w, L)}" if L == 'fr'
         else f"{hi(w, L, rc)}\nMedical staff committee {when(w).strftime('%b %d')} noon (Teams). Agenda: 1) minutes 2) privileges 3) medevac policy 4) other.\n\n{bye(w, L)}")
    return N('Convocation CMDP' if L == 'fr' else 'Committee meeting', t, 'committee notice', ext=False)


def n_teaching(w, L, s, rc):
    t = (f"Cas clinique du mois\nUn homme de {w.r.randrange(40, 80)} ans d'une communauté côtière se présente au dispensaire avec dyspnée et œdème des MI. Pas de médecin sur place, liaison télé intermittente. Quelle est votre conduite? Réponses vendredi." if L == 'fr'
         else f"Case of the month\nA {w.r.randrange(20, 40)}-year-old woman in a fly-in community presents at 34 weeks with headache and BP 162/104. Next flight in 18 h. What do you do? Answers Friday.")
    return N('Cas clinique' if L == 'fr' else 'Teaching case', t, 'anonymised teaching case', ext=False)


def n_form(w, L, s, rc):
    lines = (['Nom : ____________', 'NAM : ____ ____ ____', 'Date de naissance : __/__/____', 'Motif du déplacement : ______', 'Accompagnateur : oui / non']
             if L == 'fr' else ['Name: ____________', 'Health no.: ____________', 'DOB: __/__/____', 'Reason for travel: ______', 'Escort: yes / no'])
    a = att('formulaire_deplacement_vierge', mk_docx('Formulaire de déplacement' if L == 'fr' else 'Travel form', lines))
    t = (f"{hi(w, L, rc)}\nVoici le nouveau formulaire (vierge) de déplacement patient, version 2026-03.\n\n{bye(w, L)}" if L == 'fr' else f"{hi(w, L, rc)}\nNew blank patient travel form attached (v2026-03).\n\n{bye(w, L)}")
    return N('Nouveau formulaire' if L == 'fr' else 'New form', t, 'blank form template', atts=[a], ext=False)


def n_vendor(w, L, s, rc):
    t = (f"{hi(w, L, rc)}\nNouveau catalogue hiver : civières à skis, sacs d'évacuation isothermes. Réf. {w.r.randrange(1000, 9999)}-{w.r.randrange(100, 999)}, lot {w.r.randrange(10**7, 10**8)}. 10 % sur commande avant le 30.\n\n{bye(w, L)}" if L == 'fr'
         else f"{hi(w, L, rc)}\nOur winter catalogue is out: ski stretchers, insulated evac bags. Item {w.r.randrange(1000, 9999)}-{w.r.randrange(100, 999)}, lot {w.r.randrange(10**7, 10**8)}. 10% off before the 30th.\n\n{bye(w, L)}")
    return N('Catalogue hiver' if L == 'fr' else 'Winter catalogue', t, 'vendor catalogue mail', force='html')


def n_telehealth_tech(w, L, s, rc):
    imei = luhn_complete(w.r, '35', 15)
    t = (f"{hi(w, L, rc)}\nTest du chariot de télésanté à {w.c(COMM)} mardi 13h. Série {w.r.randrange(10**7, 10**8)}, modem IMEI {imei}. Merci d'avoir quelqu'un sur place.\n\n{bye(w, L)}" if L == 'fr'
         else f"{hi(w, L, rc)}\nTelehealth cart test at {w.c(COMM)} Tuesday 1 pm. Serial {w.r.randrange(10**7, 10**8)}, modem IMEI {imei}. Please have someone on site.\n\n{bye(w, L)}")
    return N('Test télésanté' if L == 'fr' else 'Telehealth test', t, 'equipment test with serial and IMEI (checksum-valid look-alike)')


def n_evac_logistics(w, L, s, rc):
    t = (f"{hi(w, L, rc)}\nLe King Air C-G{''.join(w.r.choice('ABCDEFGHKLMNPRST') for _ in range(3))} est en maintenance jusqu'au {when(w).strftime('%d/%m')}. Pour les évacuations P2-P3, prévoir le Dash 8 régulier. 3 demandes en attente dans le secteur nord.\n\n{bye(w, L)}" if L == 'fr'
         else f"{hi(w, L, rc)}\nKing Air C-G{''.join(w.r.choice('ABCDEFGHKLMNPRST') for _ in range(3))} in maintenance until {when(w).strftime('%b %d')}. P2-P3 medevacs to go on the scheduled Dash 8. 3 requests pending in the north sector.\n\n{bye(w, L)}")
    return N('Disponibilité aéronef' if L == 'fr' else 'Aircraft availability', t, 'medevac aircraft logistics without patients')


def n_interp_roster(w, L, s, rc):
    rows = [['Interprète', 'Langue', 'Disponibilité'] if L == 'fr' else ['Interpreter', 'Language', 'Availability']]
    for _ in range(4):
        rows.append([w.staff(L)['name'], w.c(['cri', 'inuktitut', 'innu-aimun', 'atikamekw']), w.c(['lun-mer', 'jeu-ven', 'sur appel', 'AM seulement'])])
    t = (f"{hi(w, L, rc)}\nDisponibilités des interprètes pour décembre :\n\n" if L == 'fr' else f"{hi(w, L, rc)}\nInterpreter availability for December:\n\n") + '\n'.join(', '.join(x) for x in rows[1:]) + f"\n\n{bye(w, L)}"
    return N('Interprètes - décembre' if L == 'fr' else 'Interpreters - December', t, 'interpreter staff availability', table=rows)


def n_weather(w, L, s, rc):
    t = (f"Vol {w.c(['NX', 'AB'])}{w.r.randrange(100, 999)} {w.c(COMM)}–Val-Nordet annulé (blizzard). Report demain 8h si plafond > 1000 pi. Les voyageurs seront contactés par la compagnie." if L == 'fr'
         else f"Flight {w.c(['NX', 'AB'])}{w.r.randrange(100, 999)} {w.c(COMM)}–Val-Nordet cancelled (blizzard). Rebooked tomorrow 8 am if ceiling above 1000 ft. Airline will call travellers.")
    return N('Vol annulé' if L == 'fr' else 'Flight cancelled', t, 'flight cancellation notice')


def n_cafeteria(w, L, s, rc):
    t = (f"Menu de la cafétéria de l'hôpital régional cette semaine : lundi pâté chinois, mardi omble chevalier, mercredi soupe aux pois. Stationnement P2 fermé pour déneigement jeudi." if L == 'fr'
         else f"Regional hospital cafeteria this week: Monday shepherd's pie, Tuesday Arctic char, Wednesday pea soup. Parking lot P2 closed Thursday for snow removal.")
    return N('Cafétéria / stationnement' if L == 'fr' else 'Cafeteria / parking', t, 'cafeteria and parking notice', ext=False)


def n_physician_disease(w, L, s, rc):
    d = w.staff(L)
    t = (f"{hi(w, L, rc)}\nLa Dre {d['sur']}, néphrologue, fera sa tournée à {w.c(COMM)} du {when(w).strftime('%d/%m')}. Elle verra les clientèles IRC et diabète; préparer la salle de télésanté. Le Dr {w.staff(L)['sur']} (cardio, insuffisance cardiaque) suit en janvier.\n\n{bye(w, L)}" if L == 'fr'
         else f"{hi(w, L, rc)}\nDr {d['sur']}, nephrologist, visits {w.c(COMM)} from {when(w).strftime('%b %d')}. Will see CKD and diabetes clinics; please book the telehealth room. Dr {w.staff(L)['sur']} (cardiology, heart failure) follows in January.\n\n{bye(w, L)}")
    return N('Tournée spécialiste' if L == 'fr' else 'Specialist visit', t, 'physician named next to diseases they treat')


def n_fleet(w, L, s, rc):
    t = (f"{hi(w, L, rc)}\nLe camion du SAD (unité {w.r.randrange(100, 999)}, NIV 2FMPK4J9{w.r.randrange(10**7, 10**8)}) va au garage lundi. Prendre la motoneige #4 pour les visites sur le lac.\n\n{bye(w, L)}" if L == 'fr'
         else f"{hi(w, L, rc)}\nThe home care truck (unit {w.r.randrange(100, 999)}, VIN 2FMPK4J9{w.r.randrange(10**7, 10**8)}) goes to the garage Monday. Use snowmobile #4 for visits across the lake.\n\n{bye(w, L)}")
    return N('Véhicule SAD' if L == 'fr' else 'Home care vehicle', t, 'fleet maintenance with VIN and unit numbers', ext=False)


def n_policy(w, L, s, rc):
    t = (f"{hi(w, L, rc)}\nLa procédure révisée « Escorte médicale lors des transferts » (PR-EVAC-07) entre en vigueur le 1er décembre. Principaux changements : critères d'escorte infirmière, délai de 2 h pour aviser le centre de coordination.\n\n{bye(w, L)}" if L == 'fr'
         else f"{hi(w, L, rc)}\nRevised procedure 'Medical escort during transfers' (PR-EVAC-07) in force December 1. Main changes: nurse escort criteria, 2-hour notice to the coordination centre.\n\n{bye(w, L)}")
    return N('Procédure révisée' if L == 'fr' else 'Revised procedure', t, 'policy update', ext=False)


def n_pharmacy_stock(w, L, s, rc):
    t = (f"{hi(w, L, rc)}\nRupture d'amoxicilline susp. 250 mg/5 mL chez le grossiste. Lot {w.r.randrange(10**5, 10**6)}A rappelé (exp. 2027-02). Substitution : céfprozil selon ordonnance collective.\n\n{bye(w, L)}" if L == 'fr'
         else f"{hi(w, L, rc)}\nAmoxicillin susp. 250 mg/5 mL backordered at wholesaler. Lot {w.r.randrange(10**5, 10**6)}A recalled (exp 2027-02). Substitute cefprozil per medical directive.\n\n{bye(w, L)}")
    return N('Rupture de stock' if L == 'fr' else 'Drug shortage', t, 'drug shortage and recall lot')


def n_lookalike(w, L, s, rc):
    sinlike = gen_sin(w.r)
    t = (f"{hi(w, L, rc)}\nPour l'inventaire : actif {fmt_digits(w.r, sinlike, (3, 3, 3))} (moniteur défibrillateur, dispensaire {w.c(COMM)}), no de bon de travail {luhn_complete(w.r, '7', 10)}. Étiquettes à recoller.\n\n{bye(w, L)}" if L == 'fr'
         else f"{hi(w, L, rc)}\nFor inventory: asset {fmt_digits(w.r, sinlike, (3, 3, 3))} (defib monitor, {w.c(COMM)} station), work order {luhn_complete(w.r, '7', 10)}. Labels need replacing.\n\n{bye(w, L)}")
    return N('Inventaire équipement' if L == 'fr' else 'Equipment inventory', t, 'asset and work-order numbers that pass a checksum', ext=False)


def n_staff_ics(w, L, s, rc):
    st = when(w).replace(tzinfo=None, minute=0, second=0)
    a = att('reunion', mk_ics('Rencontre d\'équipe SAD' if L == 'fr' else 'Home care team huddle', 'Ordre du jour : kilométrage, horaires hiver.' if L == 'fr' else 'Agenda: mileage, winter schedule.', st, 60, s, [rc], f'mtg-{w.r.getrandbits(40):x}@{DOM}'))
    return N('Invitation : rencontre d\'équipe' if L == 'fr' else 'Invitation: team huddle', 'Voir invitation.' if L == 'fr' else 'See invite.', 'staff meeting calendar invite', atts=[a], ext=False)


def n_staff_vcf(w, L, s, rc):
    st = w.staff(L)
    a = att('contact', mk_vcf(st['name'], st['sur'], st['giv'], f"819-555-{w.r.randrange(1000, 9999)}", None, None, org='CISSS Nord-Ex'))
    t = (f"{hi(w, L, rc)}\nCarte de la nouvelle coordonnatrice des déplacements.\n\n{bye(w, L)}" if L == 'fr' else f"{hi(w, L, rc)}\nContact card of our new travel coordinator.\n\n{bye(w, L)}")
    return N('Nouvelle coordonnatrice' if L == 'fr' else 'New coordinator', t, 'staff vCard', atts=[a])


def n_mileage(w, L, s, rc):
    t = (f"{hi(w, L, rc)}\nRappel : les relevés de kilométrage SAD d'octobre sont dus le 5. Taux 0,56 $/km, 0,61 $ sur gravier. Indemnité d'éloignement versée avec la paie du 12.\n\n{bye(w, L)}" if L == 'fr'
         else f"{hi(w, L, rc)}\nReminder: October home care mileage claims due on the 5th. Rate $0.56/km, $0.61 on gravel. Isolation allowance paid with the 12th payroll.\n\n{bye(w, L)}")
    return N('Kilométrage' if L == 'fr' else 'Mileage claims', t, 'mileage reimbursement reminder', ext=False)


def n_quality_agg(w, L, s, rc):
    t = (f"{hi(w, L, rc)}\nBilan qualité T3 : {w.r.randrange(20, 60)} déclarations AH-223, dont {w.r.randrange(5, 20)} chutes et {w.r.randrange(2, 10)} erreurs de médication. Délai moyen d'évacuation P1 : {w.r.randrange(3, 9)} h.\n\n{bye(w, L)}" if L == 'fr'
         else f"{hi(w, L, rc)}\nQ3 quality summary: {w.r.randrange(20, 60)} incident reports, {w.r.randrange(5, 20)} falls and {w.r.randrange(2, 10)} medication errors. Mean P1 medevac delay {w.r.randrange(3, 9)} h.\n\n{bye(w, L)}")
    return N('Bilan qualité T3' if L == 'fr' else 'Q3 quality summary', t, 'aggregate quality statistics', ext=False)


def n_escort_staff(w, L, s, rc):
    st = w.staff(L)
    t = (f"{hi(w, L, rc)}\n{st['name']} fera l'escorte médicale sur le vol de demain; son remplacement au dispensaire est assuré par l'équipe volante. Prévoir chambre d'hôtel en ville pour une nuit.\n\n{bye(w, L)}" if L == 'fr'
         else f"{hi(w, L, rc)}\n{st['name']} will be the medical escort on tomorrow's flight; float team covers the station. Please book a hotel room in the city for one night.\n\n{bye(w, L)}")
    return N('Escorte - hébergement' if L == 'fr' else 'Escort - hotel', t, 'staff escort logistics without patient details', ext=False)


def n_anon_consult(w, L, s, rc):
    t = (f"{hi(w, L, rc)}\nQuestion rapide sans identifier : dame dans la soixantaine, IRC connue, K+ limite. Est-ce qu'on peut attendre le vol régulier ou tu préfères une évac? Je t'appelle avec le dossier si besoin.\n\n{bye(w, L)}" if L == 'fr'
         else f"{hi(w, L, rc)}\nQuick curbside, no identifiers: man in his 50s, known COPD, sats 89% on RA, otherwise stable. Wait for the sked or medevac? Will call with details if needed.\n\n{bye(w, L)}")
    return N('Question clinique' if L == 'fr' else 'Curbside question', t, 'curbside question without anything identifying a patient')


def n_boarding_contract(w, L, s, rc):
    t = (f"{hi(w, L, rc)}\nRenouvellement du contrat avec la maison d'hébergement : {w.r.randrange(20, 40)} lits, {w.r.randrange(85, 120)} $/nuitée, navette aéroport incluse. Occupation moyenne 2026 : {w.r.randrange(60, 95)} %. Signature requise avant le 15.\n\n{bye(w, L)}" if L == 'fr'
         else f"{hi(w, L, rc)}\nBoarding home contract renewal: {w.r.randrange(20, 40)} beds, ${w.r.randrange(85, 120)}/night, airport shuttle included. 2026 average occupancy {w.r.randrange(60, 95)}%. Signature needed by the 15th.\n\n{bye(w, L)}")
    return N('Contrat hébergement' if L == 'fr' else 'Boarding home contract', t, 'boarding home contract with aggregate occupancy')


NEG = [n_staff_travel, n_housing, n_supply, n_invoice, n_po, n_schedule, n_hr, n_training, n_job, n_it, n_facilities, n_newsletter,
       n_public_health, n_stats, n_conference, n_committee, n_teaching, n_form, n_vendor, n_telehealth_tech, n_evac_logistics,
       n_interp_roster, n_weather, n_cafeteria, n_physician_disease, n_fleet, n_policy, n_pharmacy_stock, n_lookalike, n_staff_ics,
       n_staff_vcf, n_mileage, n_quality_agg, n_escort_staff, n_anon_consult, n_boarding_contract]


# ================================================================= driver
def compose(w, r, kind, fn, idx, L):
    s = w.staff(L)
    rc = w.ext(L) if r.random() < .55 else w.staff(L)
    d = fn(w, L, s, rc)
    if d.get('ext') is False and rc['addr'].split('@')[1] != DOM:
        rc = w.staff(L)
    text = d['text']
    if not d.get('reply') and not text.startswith(('RAPPORT', 'VALEUR', 'CRITICAL')) and r.random() < .8:
        text = text + '\n' + w.sig(s, L)
    # negatives: sometimes wrapped in an ordinary thread
    inner = None
    if kind == 'neg' and not d.get('atts') and not d.get('force'):
        x = r.random()
        if x < .15:
            top = w.c(['Merci, c\'est noté.', 'Parfait.', 'Reçu, je m\'en occupe.', 'Ok pour moi']) if L == 'fr' else w.c(['Thanks, noted.', 'Perfect.', 'Got it, will do.', 'ok with me'])
            text = top + '\n' + quote(w, L, rc, when(w), text); d['subj'] = 'RE: ' + d['subj']; d['reply'] = True
        elif x < .22:
            o = w.staff(L)
            text = (w.c(['Pour info', 'FYI']) + fwd_inline(w, L, o, s, when(w), d['subj'], text)); d['subj'] = ('TR: ' if L == 'fr' else 'Fwd: ') + d['subj']
        elif x < .27:
            d['inner'] = (w.staff(L), text, d['subj']); text = 'Voir ci-joint.' if L == 'fr' else 'See attached.'; d['subj'] = ('TR: ' if L == 'fr' else 'Fwd: ') + d['subj']
    odate = when(w)
    if d.get('inner'):
        o, itext, isubj = d['inner']
        im = dict(frm=o, to=[s], subject=isubj, date=odate - dt.timedelta(minutes=r.randrange(20, 3000)), msgid=f'<{r.getrandbits(64):016x}@{o["addr"].split("@")[1]}>', text=itext, force=r.choice(['plain', 'alt']))
        inner, _ = build_message(r, im)
    cc = [w.staff(L)] if r.random() < .25 else []
    m = dict(frm=s, to=[rc], cc=cc, subject=d['subj'], date=odate, msgid=f'<{r.getrandbits(64):016x}.{idx}@{DOM}>', text=text,
             html_table=d.get('table'), atts=d.get('atts'), inner_eml=inner, force=d.get('force'))
    if d.get('reply'):
        m['inreply'] = f'<{r.getrandbits(64):016x}@{rc["addr"].split("@")[1]}>'
    raw, tr = build_message(r, m)
    if inner is not None:
        tr['shape'] += '+fwd_eml'
    if d.get('reply'):
        tr['shape'] += '+reply'
    return raw, d, tr


def check_part_tree(msg):
    n = 0
    for part in msg.walk():
        n += 1
        if part.defects:
            raise ValueError(f'defects {part.defects}')
        if part.is_multipart():
            continue
        c = part.get_content()
        if part.get_content_type() == 'message/rfc822':
            check_part_tree(c)
        elif part.get_content_maintype() == 'text':
            assert isinstance(c, str)
        else:
            assert isinstance(c, (bytes, email.message.Message)) and len(c) > 0
    return n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=2727)
    ap.add_argument('--out', default=HERE)
    ap.add_argument('--npos', type=int, default=120)
    ap.add_argument('--nneg', type=int, default=180)
    a = ap.parse_args()
    r = random.Random(a.seed)
    w = W(r, load_nams())
    for sub in ('positive', 'negative'):
        os.makedirs(os.path.join(a.out, sub), exist_ok=True)
        for f in os.listdir(os.path.join(a.out, sub)):
            if f.endswith('.eml'):
                os.remove(os.path.join(a.out, sub, f))
    labels, stats = {}, dict(cat=Counter(), lang=Counter(), shape=Counter(), charset=Counter(), cte=Counter(), eol=Counter())
    plan = []
    for kind, cats, n, pre in (('pos', POS, a.npos, 'p'), ('neg', NEG, a.nneg, 'n')):
        seq = []
        while len(seq) < n:
            block = list(cats); r.shuffle(block); seq += block
        plan += [(kind, fn, pre) for fn in seq[:n]]
    counters = Counter()
    for kind, fn, pre in plan:
        counters[kind] += 1
        i = counters[kind]
        L = 'fr' if r.random() < .63 else 'en'
        raw, d, tr = compose(w, r, kind, fn, i, L)
        cat = fn.__name__[2:]
        rel = f"{'positive' if kind == 'pos' else 'negative'}/{pre}{i:03d}_{cat}.eml"
        with open(os.path.join(a.out, rel), 'wb') as f:
            f.write(raw)
        labels[rel] = {'confidential': kind == 'pos', 'types': sorted(set(d['types'])), 'lang': L, 'note': d['note']}
        stats['cat'][(kind, cat)] += 1; stats['lang'][(kind, L)] += 1
        for k in ('shape', 'charset', 'cte', 'eol'):
            stats[k][tr[k]] += 1
    with open(os.path.join(a.out, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True); f.write('\n')
    # ---- self-check
    files = sorted(f'{sub}/{x}' for sub in ('positive', 'negative') for x in os.listdir(os.path.join(a.out, sub)) if x.endswith('.eml'))
    assert files == sorted(labels), 'labels do not cover exactly the files'
    for rel in files:
        raw = open(os.path.join(a.out, rel), 'rb').read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
            assert msg[h] is not None and str(msg[h]) != '', (rel, h)
        try:
            check_part_tree(msg)
        except Exception as e:
            raise SystemExit(f'{rel}: {e}')
        lab = labels[rel]
        assert lab['confidential'] == rel.startswith('positive/')
        assert (len(lab['types']) > 0) == lab['confidential'], rel
    h = hashlib.sha256()
    for rel in files + ['labels.json']:
        h.update(rel.encode() + b'\0' + open(os.path.join(a.out, rel), 'rb').read() + b'\0')
    print(f"positives {sum(1 for x in labels.values() if x['confidential'])}  negatives {sum(1 for x in labels.values() if not x['confidential'])}")
    for kind in ('pos', 'neg'):
        cs = sorted((c, n) for (k, c), n in stats['cat'].items() if k == kind)
        print(f'{kind} categories ({len(cs)}): ' + ', '.join(f'{c}={n}' for c, n in cs))
    print('lang: ' + ', '.join(f'{k}/{l}={n}' for (k, l), n in sorted(stats['lang'].items())))
    for k in ('shape', 'charset', 'cte', 'eol'):
        print(f'{k}: ' + ', '.join(f'{x}={n}' for x, n in sorted(stats[k].items())))
    print('sha256', h.hexdigest())


if __name__ == '__main__':
    main()
