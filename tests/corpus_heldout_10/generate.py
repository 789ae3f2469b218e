#!/usr/bin/env python3
"""Seeded, deterministic generator of a synthetic outbound-mail corpus (health network, admin + clinical).
Usage: python generate.py [--out DIR] [--seed 1010]
"""
import argparse, csv, datetime as dt, hashlib, io, json, os, random, re, sys, zipfile
import email, email.policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_ZIP_DATE = (2026, 3, 2, 9, 0, 0)

# ---------------------------------------------------------------- data pools
def load_nams():
    rows = []
    # The synthetic NAMs every blind writer was given, shared by the blind corpora in tests/blind_nams.txt.
    with open(os.path.join(HERE, os.pardir, 'blind_nams.txt'), encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            s, g, b, sex, nam = line.split()
            rows.append(dict(last=s, first=g, dob=b, sex=sex, nam=nam))
    return rows

FR_FIRST_M = ['Réjean', 'Gaétan', 'Normand', 'Yves', 'Benoît', 'Luc', 'Mathieu', 'Étienne', 'Raymond', 'Hugo']
FR_FIRST_F = ['Lucie', 'Francine', 'Hélène', 'Chantal', 'Isabelle', 'Mélanie', 'Rachel', 'Suzanne', 'Annie', 'Véronique']
FR_LAST = ['Tremblay', 'Bergeron', 'Côté', 'Lavoie', 'Pépin', 'Dufresne', 'Lemieux', 'Beaulieu', 'Desrosiers',
           'Charbonneau', 'Hébert', 'Vaillancourt', 'Poulin', 'Lachance', 'Turcotte']
EN_FIRST_M = ['Kevin', 'Brian', 'Derek', 'Gordon', 'Trevor', 'Malcolm', 'Owen', 'Raj', 'Stuart', 'Neil']
EN_FIRST_F = ['Heather', 'Laura', 'Megan', 'Patricia', 'Donna', 'Karen', 'Aisha', 'Fiona', 'Jennifer', 'Wendy']
EN_LAST = ['Campbell', 'Stewart', 'McKenzie', 'Patel', 'Robertson', 'Henderson', 'Walsh', 'O\'Brien', 'Fraser',
           'Sinclair', 'Kowalski', 'Nguyen', 'Singh', 'Doyle', 'Murray']
BE_LAST = ['Peeters', 'Janssens', 'Dubois', 'Lambert', 'Dupont', 'Claes', 'Wouters']
FR_FR_LAST = ['Moreau', 'Lefèvre', 'Garnier', 'Rousseau', 'Fontaine', 'Chevalier']

FR_SITES = [('CHU Exemple – Hôpital Saint-Laurent', '1200, boul. des Érables, Québec (Québec) G1V 0A1', 'chu-exemple.example'),
            ('CISSS des Exemples – Hôpital de Rivière-Verte', '45, rue Principale, Rivière-Verte (Québec) J0L 1B0', 'cisss-exemples.example')]
EN_SITES = [('Lakeshore Health Network – General Site', '300 Harbour Rd, Kingston ON K7L 0A5', 'lakeshorehealth.example'),
            ('Mount Royal Anglo Hospital', '4000 Cedar Ave, Montréal QC H3Z 0B9', 'mountroyal-hosp.example')]


class Ctx:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.nams = load_nams()
        self.nam_i = 0
        self.r.shuffle(self.nams)

    def nam_patient(self):
        p = self.nams[self.nam_i % len(self.nams)]
        self.nam_i += 1
        return dict(p)

    def person(self, lang, sex=None):
        r = self.r
        sex = sex or r.choice('MF')
        if lang == 'fr':
            first = r.choice(FR_FIRST_M if sex == 'M' else FR_FIRST_F); last = r.choice(FR_LAST)
        else:
            first = r.choice(EN_FIRST_M if sex == 'M' else EN_FIRST_F); last = r.choice(EN_LAST)
        y = r.randint(1932, 2020); m = r.randint(1, 12); d = r.randint(1, 28)
        return dict(first=first, last=last, sex=sex, dob='%04d-%02d-%02d' % (y, m, d))

    def staff(self, lang):
        r = self.r
        if lang == 'fr':
            return '%s %s' % (r.choice(FR_FIRST_M + FR_FIRST_F), r.choice(FR_LAST))
        return '%s %s' % (r.choice(EN_FIRST_M + EN_FIRST_F), r.choice(EN_LAST))

    def phone(self, area=None):
        return '%s-555-%04d' % (area or self.r.choice(['418', '514', '819', '450', '613', '416', '343']), self.r.randint(100, 9999))

    def mrn(self):
        r = self.r
        k = r.randint(0, 4)
        if k == 0: return '%08d' % r.randint(10000000, 99999999)
        if k == 1: return '%07d' % r.randint(1000000, 9999999)
        if k == 2: return 'H%07d' % r.randint(0, 9999999)
        if k == 3: return 'D-%06d' % r.randint(0, 999999)
        return 'M%06d' % r.randint(0, 999999)

    def ohip(self):
        while True:
            base = str(self.r.randint(1, 9)) + ''.join(str(self.r.randint(0, 9)) for _ in range(8))
            n = base + luhn.calc_check_digit(base)
            assert luhn.is_valid(n) and len(n) == 10
            return n

    def sin(self):
        while True:
            base = str(self.r.randint(1, 7)) + ''.join(str(self.r.randint(0, 9)) for _ in range(7))
            n = base + luhn.calc_check_digit(base)
            if ca_sin.is_valid(n):
                return n

    def niss(self, dob, sex):
        y, m, d = dob.split('-')
        while True:
            ser = self.r.randint(1, 997)
            if (ser % 2 == 1) != (sex == 'M'):
                continue
            body = '%s%s%s%03d' % (y[2:], m, d, ser)
            num = int(body) if int(y) < 2000 else int('2' + body)
            n = body + '%02d' % (97 - num % 97)
            if be_nn.is_valid(n):
                return n

    def nir(self, dob, sex):
        y, m, d = dob.split('-')
        while True:
            body = '%d%s%s%02d%03d%03d' % (1 if sex == 'M' else 2, y[2:], m, self.r.randint(1, 95), self.r.randint(1, 990), self.r.randint(1, 999))
            n = body + '%02d' % (97 - int(body) % 97)
            if fr_nir.is_valid(n):
                return n

    def date(self):
        base = dt.datetime(2026, 1, 5, 7, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
        return base + dt.timedelta(days=self.r.randint(0, 300), minutes=self.r.randint(0, 660))


# ---------------------------------------------------------------- formatting helpers
FW = str.maketrans('0123456789', '０１２３４５６７８９')

def fmt_nam(r, nam):
    k = r.randint(0, 6)
    if k == 0: return nam
    if k == 1: return '%s %s %s' % (nam[:4], nam[4:8], nam[8:])
    if k == 2: return '%s-%s-%s' % (nam[:4], nam[4:8], nam[8:])
    if k == 3: return nam.lower()
    if k == 4: return '%s.%s.%s' % (nam[:4], nam[4:8], nam[8:])
    if k == 5: return nam[:4] + ' ' + nam[4:].translate(FW)
    return '%s %s %s %s' % (nam[:4], nam[4:6], nam[6:8], nam[8:])

def fmt_ohip(r, n):
    k = r.randint(0, 3)
    vc = r.choice(['', ' AB', '-KT', ' XR'])
    if k == 0: return n + vc
    if k == 1: return '%s-%s-%s%s' % (n[:4], n[4:7], n[7:], vc)
    if k == 2: return '%s %s %s%s' % (n[:4], n[4:7], n[7:], vc)
    return n

def fmt_sin(r, n):
    return r.choice([n, '%s %s %s' % (n[:3], n[3:6], n[6:]), '%s-%s-%s' % (n[:3], n[3:6], n[6:])])

def fr_date(s):
    y, m, d = s.split('-')
    mois = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
    return '%d %s %s' % (int(d), mois[int(m) - 1], y)

def en_date(s):
    y, m, d = s.split('-')
    mo = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    return '%s %d, %s' % (mo[int(m) - 1], int(d), y)

def slash_date(s):
    y, m, d = s.split('-')
    return '%s/%s/%s' % (d, m, y)

def age(dob, ref=2026):
    return ref - int(dob[:4])

def mme(p, lang):
    if lang == 'fr':
        return 'Mme' if p['sex'] == 'F' else 'M.'
    return 'Ms.' if p['sex'] == 'F' else 'Mr.'

def il(p):  # il/elle
    return 'elle' if p['sex'] == 'F' else 'il'

def he(p):
    return 'she' if p['sex'] == 'F' else 'he'

def his(p):
    return 'her' if p['sex'] == 'F' else 'his'

def name_variant(r, p, lang):
    k = r.randint(0, 4)
    if k == 0: return '%s %s %s' % (mme(p, lang), p['first'], p['last'])
    if k == 1: return '%s, %s' % (p['last'].upper(), p['first'])
    if k == 2: return '%s %s' % (p['first'], p['last'])
    if k == 3: return '%s %s' % (mme(p, lang), p['last'])
    return '%s %s' % (p['last'], p['first'])

def email_of(name, dom):
    s = name.lower()
    for a, b in [('é', 'e'), ('è', 'e'), ('ê', 'e'), ('ô', 'o'), ('ç', 'c'), ('â', 'a'), ('î', 'i'), ("'", '')]:
        s = s.replace(a, b)
    parts = s.split()
    return '%s.%s@%s' % (parts[0], parts[-1], dom)

def disclaimer(lang):
    if lang == 'fr':
        return ("AVIS DE CONFIDENTIALITÉ : Ce message peut contenir des renseignements confidentiels. "
                "Si vous l'avez reçu par erreur, veuillez aviser l'expéditeur et le détruire.")
    return ("CONFIDENTIALITY NOTICE: This e-mail may contain privileged information. If you received it in error, "
            "please notify the sender and delete it.")

def sig(name, title, site, phone):
    return '\n-- \n%s\n%s\n%s\n%s\nTél./Tel. %s' % (name, title, site[0], site[1], phone)

def quote(text):
    return '\n'.join('> ' + l if l else '>' for l in text.split('\n'))


# ---------------------------------------------------------------- attachments
def make_pdf(title, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    y = 740
    c.setFont('Helvetica-Bold', 13); c.drawString(60, y, title); y -= 28
    c.setFont('Helvetica', 10)
    for l in lines:
        c.drawString(60, y, l[:110]); y -= 15
        if y < 60:
            c.showPage(); c.setFont('Helvetica', 10); y = 740
    c.save()
    return buf.getvalue()

def _rezip(data, fix=None):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zo:
        for info in sorted(zin.infolist(), key=lambda i: i.filename):
            b = zin.read(info.filename)
            if fix and info.filename == 'docProps/core.xml':
                b = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*', rb'\g<1>2026-03-02T09:00:00Z', b)
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zo.writestr(zi, b)
    return out.getvalue()

def make_docx(title, paras):
    import docx
    d = docx.Document()
    d.core_properties.created = dt.datetime(2026, 3, 2, 9, 0)
    d.core_properties.modified = dt.datetime(2026, 3, 2, 9, 0)
    d.core_properties.author = 'secretariat'
    d.add_heading(title, 1)
    for p in paras:
        d.add_paragraph(p)
    b = io.BytesIO(); d.save(b)
    return _rezip(b.getvalue(), fix=True)

def make_xlsx(sheet, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = sheet[:30]
    for row in rows:
        ws.append(row)
    wb.properties.created = dt.datetime(2026, 3, 2, 9, 0)
    wb.properties.modified = dt.datetime(2026, 3, 2, 9, 0)
    wb.properties.creator = 'admin'
    b = io.BytesIO(); wb.save(b)
    return _rezip(b.getvalue(), fix=True)

def make_csv(rows, delim=','):
    b = io.StringIO()
    w = csv.writer(b, delimiter=delim, lineterminator='\r\n')
    for row in rows:
        w.writerow(row)
    return b.getvalue().encode('utf-8')

def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zo:
        for name, data in files:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_DATE); zi.compress_type = zipfile.ZIP_DEFLATED
            zo.writestr(zi, data)
    return out.getvalue()

def make_ics(summary, desc, start, loc, uid):
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Exemple//Agenda//FR', 'METHOD:REQUEST', 'BEGIN:VEVENT',
             'UID:%s' % uid, 'DTSTAMP:20260302T090000Z',
             'DTSTART:%s' % start.strftime('%Y%m%dT%H%M00'), 'DTEND:%s' % (start + dt.timedelta(hours=1)).strftime('%Y%m%dT%H%M00'),
             'SUMMARY:%s' % summary.replace(',', '\\,'), 'LOCATION:%s' % loc.replace(',', '\\,'),
             'DESCRIPTION:%s' % desc.replace('\n', '\\n').replace(',', '\\,'), 'END:VEVENT', 'END:VCALENDAR']
    # fold long lines (75 octets max, approx by chars)
    out = []
    for l in lines:
        while len(l) > 74:
            out.append(l[:74]); l = ' ' + l[74:]
        out.append(l)
    return ('\r\n'.join(out) + '\r\n').encode('utf-8')

def make_vcf(fn, ln, tel, adr, note='', org=''):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (ln, fn), 'FN:%s %s' % (fn, ln)]
    if org: lines.append('ORG:%s' % org)
    lines.append('TEL;TYPE=HOME,VOICE:%s' % tel if not org else 'TEL;TYPE=WORK,VOICE:%s' % tel)
    if adr: lines.append('ADR;TYPE=%s:;;%s' % ('HOME' if not org else 'WORK', adr.replace(',', '\\,')))
    if note: lines.append('NOTE:%s' % note.replace(',', '\\,'))
    lines.append('END:VCARD')
    return ('\r\n'.join(lines) + '\r\n').encode('utf-8')

MIME = {'pdf': ('application', 'pdf'), 'docx': ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document'),
        'xlsx': ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet'), 'csv': ('text', 'csv'),
        'ics': ('text', 'calendar'), 'vcf': ('text', 'vcard'), 'zip': ('application', 'zip'), 'txt': ('text', 'plain')}


# ---------------------------------------------------------------- message builder
TRANSPORTS = [('plain', 'utf-8', 'quoted-printable'), ('plain', 'iso-8859-1', '8bit'), ('plain', 'windows-1252', 'quoted-printable'),
              ('plain', 'utf-8', 'base64'), ('plain', 'utf-8', '8bit'), ('html', 'utf-8', 'quoted-printable'),
              ('html', 'windows-1252', 'base64'), ('alt', 'utf-8', 'quoted-printable'), ('alt', 'iso-8859-1', 'quoted-printable'),
              ('alt', 'utf-8', 'base64')]

def to_html(text):
    import html as h
    paras = text.split('\n\n')
    return '<html><head></head><body style="font-family:Calibri,Arial">' + ''.join(
        '<p>%s</p>' % h.escape(p).replace('\n', '<br>\n') for p in paras) + '</body></html>'

def pick_charset(text, cs):
    try:
        text.encode(cs); return cs
    except UnicodeEncodeError:
        return 'utf-8'

def build(c, spec, transport_used):
    r = c.r
    m = EmailMessage()
    m['From'] = spec['frm']
    m['To'] = spec['to']
    if spec.get('cc'): m['Cc'] = spec['cc']
    m['Subject'] = spec['subject']
    d = c.date()
    m['Date'] = format_datetime(d)
    dom = spec['frm'].split('@')[-1].rstrip('>')
    m['Message-ID'] = '<%08x.%04d@%s>' % (r.getrandbits(32), r.randint(0, 9999), dom)
    if spec['subject'].lower().startswith(('re:', 'tr:', 'fw:', 'fwd:')):
        m['In-Reply-To'] = '<%08x@%s>' % (r.getrandbits(32), r.choice(['gmail.example', 'clinique-nord.example', dom]))
    if r.random() < 0.3:
        m['X-Mailer'] = r.choice(['Microsoft Outlook 16.0', 'Zimbra 9.0', 'Apple Mail (2.3696)'])
    text = spec['text']
    atts = spec.get('atts', [])
    mode, cs, cte = spec.get('transport') or r.choice(TRANSPORTS)
    if atts and mode == 'plain' and r.random() < 0.5:
        mode = 'alt'
    cs = pick_charset(text, cs)
    if cs != 'utf-8' and cte == 'base64' and r.random() < 0.5:
        cte = 'quoted-printable'
    if mode == 'plain':
        m.set_content(text, charset=cs, cte=cte)
    elif mode == 'html':
        m.set_content(spec.get('html') or to_html(text), subtype='html', charset=cs, cte=cte)
    else:
        m.set_content(text, charset=cs, cte=cte)
        m.add_alternative(spec.get('html') or to_html(text), subtype='html', charset=cs,
                          cte='quoted-printable' if cte == '8bit' else cte)
    for a in atts:
        fname, data = a
        if isinstance(data, EmailMessage):
            m.add_attachment(data)
            m.get_payload()[-1].set_param('filename', fname, header='Content-Disposition')
            continue
        ext = fname.rsplit('.', 1)[-1].lower()
        mt, st = MIME[ext]
        if mt == 'text':
            m.add_attachment(data.decode('utf-8'), subtype=st, filename=fname, charset='utf-8',
                             cte=r.choice(['base64', 'quoted-printable']))
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%08x' % (i, r.getrandbits(32)))
    crlf = r.random() < 0.4
    pol = email.policy.SMTP if crlf else email.policy.default
    if mode == 'plain' and cte == '8bit' and cs != 'utf-8':
        pol = pol.clone(cte_type='8bit')
    b = m.as_bytes(policy=pol.clone(cte_type='8bit') if cte == '8bit' else pol)
    transport_used.append('%s/%s/%s/%s/%s' % (mode if not atts else 'mixed+' + mode, cs, cte, 'CRLF' if crlf else 'LF',
                                               'att' if atts else 'noatt'))
    return b

def inner_eml(c, frm, to, subject, text, lang):
    m = EmailMessage()
    m['From'] = frm; m['To'] = to; m['Subject'] = subject
    m['Date'] = format_datetime(c.date())
    m['Message-ID'] = '<%08x@%s>' % (c.r.getrandbits(32), frm.split('@')[-1].rstrip('>'))
    m.set_content(text, charset='utf-8', cte='quoted-printable')
    return m


def hdr(name, addr):
    return '%s <%s>' % (name, addr)


# ---------------------------------------------------------------- shared bits
def S(c, lang):
    r = c.r
    site = r.choice(FR_SITES if lang == 'fr' else EN_SITES)
    me = c.staff(lang)
    return site, me, c.phone('418' if lang == 'fr' else r.choice(['613', '514'])), site[2]

def pat(c, lang, kind='any'):
    r = c.r
    if kind == 'any':
        kind = r.choice(['nam', 'nam', 'mrn', 'ohip']) if lang == 'en' else r.choice(['nam', 'nam', 'mrn'])
    if kind == 'nam':
        p = c.nam_patient()
        p['id_type'] = 'ramq_nam'; p['id'] = fmt_nam(r, p['nam'])
    elif kind == 'ohip':
        p = c.person('en'); p['id_type'] = 'ca_health_number'; p['ohip'] = c.ohip(); p['id'] = fmt_ohip(r, p['ohip'])
    else:
        p = c.person(lang); p['id_type'] = 'mrn'
    p['mrn'] = c.mrn()
    return p

def idlabel(p, lang):
    if p['id_type'] == 'ramq_nam': return ('NAM' if lang == 'fr' else r_choice_en_nam()), p['id']
    if p['id_type'] == 'ca_health_number': return 'OHIP', p['id']
    return ('N° dossier' if lang == 'fr' else 'MRN'), p['mrn']

def r_choice_en_nam():
    return 'RAMQ'

def ext_dom(c):
    return c.r.choice(['clinique-boreale.example', 'gmf-des-pins.example', 'cliniquemedicale-est.example', 'pharmacie-centre.example',
                       'familyhealthteam.example', 'westend-clinic.example', 'insurer-co.example', 'cabinet-avocats.example',
                       'cisss-voisin.example', 'gmail.example', 'videotron.example'])

DX_FR = [('insuffisance cardiaque décompensée', 'furosémide 40 mg BID'), ('MPOC exacerbée', 'prednisone 40 mg x 5 j'),
         ('pneumonie communautaire', 'ceftriaxone 1 g IV die'), ('diabète type 2 mal contrôlé', 'metformine 1000 mg BID'),
         ('fibrillation auriculaire', 'apixaban 5 mg BID'), ('cellulite jambe G', 'céfalexine 500 mg QID'),
         ('dépression majeure', 'sertraline 100 mg die'), ('néo du sein G', 'létrozole 2,5 mg die'),
         ('IRC stade 4', 'calcitriol 0,25 mcg die'), ('fracture de la hanche D', 'énoxaparine 40 mg SC die')]
DX_EN = [('CHF exacerbation', 'furosemide 40 mg BID'), ('COPD exacerbation', 'prednisone 40 mg x5d'),
         ('community-acquired pneumonia', 'ceftriaxone 1 g IV q24h'), ('poorly controlled T2DM', 'metformin 1000 mg BID'),
         ('new-onset atrial fibrillation', 'apixaban 5 mg BID'), ('left leg cellulitis', 'cephalexin 500 mg QID'),
         ('major depressive disorder', 'sertraline 100 mg daily'), ('stage II breast cancer', 'letrozole 2.5 mg daily'),
         ('CKD stage 4', 'calcitriol 0.25 mcg daily'), ('right hip fracture', 'enoxaparin 40 mg SC daily')]

def dxmed(c, lang):
    return c.r.choice(DX_FR if lang == 'fr' else DX_EN)

def idtypes(p, extra):
    t = [p['id_type']] if p['id_type'] != 'mrn' else ['mrn']
    return sorted(set(t + extra))


# ================================================================ POSITIVE templates
def p_referral(c, lang):
    site, me, ph, dom = S(c, lang); p = pat(c, lang, 'nam' if lang == 'fr' else 'any'); dx, med = dxmed(c, lang); r = c.r
    lab, idv = idlabel(p, lang)
    if lang == 'fr':
        subj = 'Demande de consultation – %s' % r.choice(['cardiologie', 'pneumologie', 'médecine interne', 'néphrologie'])
        t = ("Bonjour,\n\nVeuillez trouver ci-dessous une demande de consultation pour :\n\n%s\nDDN : %s   %s : %s\n"
             "Motif : %s, suivi depuis 2024. Rx actuelle : %s.\nPriorité : B (<10 jours)\n\nMerci de confirmer la réception par retour de courriel.\n"
             % (name_variant(r, p, 'fr'), slash_date(p['dob']), lab, idv, dx, med))
        t += sig(me, 'Secrétaire médicale – GMF', site, ph)
    else:
        subj = 'Referral - %s' % r.choice(['cardiology', 'respirology', 'internal medicine', 'nephrology'])
        t = ("Hi,\n\nPlease see referral below.\n\nPatient: %s\nDOB: %s   %s: %s\nReason: %s. Current meds: %s.\n"
             "Urgency: semi-urgent\n\nPls fax or email confirmation of appt.\n" % (name_variant(r, p, 'en'), en_date(p['dob']), lab, idv, dx, med))
        t += sig(me, 'Medical Office Assistant', site, ph)
    return dict(cat='referral', subject=subj, text=t, types=idtypes(p, ['patient_name', 'date_of_birth', 'diagnosis', 'medication']),
                note='consult request naming a patient with id, DOB, diagnosis and meds', frm=hdr(me, email_of(me, dom)),
                to='rdv.specialites@%s' % ext_dom(c))

def p_consult_reply(c, lang):
    site, me, ph, dom = S(c, lang); p = pat(c, lang, 'mrn'); dx, med = dxmed(c, lang); r = c.r; dr = c.staff(lang)
    if lang == 'fr':
        orig = ("Bonjour Dr %s,\nPourriez-vous voir %s (dossier %s) cette semaine? %s, on hésite à ajuster.\nMerci\n%s"
                % (dr.split()[-1], name_variant(r, p, 'fr'), p['mrn'], dx.capitalize(), c.staff('fr')))
        t = ("Oui, je peux la/le voir jeudi 13 h en clinique externe. Continuez %s en attendant.\n\n%s\n\n"
             "Le %s, %s a écrit :\n%s\n" % (med, dr, fr_date('2026-04-02'), 'infirmière pivot', quote(orig)))
        subj = 'RE: consultation %s' % p['last']
    else:
        orig = ("Dr %s,\nCould you see %s (MRN %s) this week? %s, not sure about titration.\nThanks\n%s"
                % (dr.split()[-1], name_variant(r, p, 'en'), p['mrn'], dx.capitalize(), c.staff('en')))
        t = ("Sure - Thursday 1pm clinic works. Continue %s meanwhile.\n\n%s\n\nOn %s, nurse navigator wrote:\n%s\n"
             % (med, dr, en_date('2026-04-02'), quote(orig)))
        subj = 'RE: consult request'
    return dict(cat='consult_reply', subject=subj, text=t, types=['diagnosis', 'medication', 'mrn', 'patient_name'],
                note='reply on top of quoted thread; patient named with chart number and diagnosis in the quote',
                frm=hdr(dr, email_of(dr, dom)), to='navigation@%s' % dom)

def p_signout(c, lang):
    site, me, ph, dom = S(c, lang); r = c.r
    rows = []
    for i in range(r.randint(4, 7)):
        p = pat(c, lang, 'mrn'); dx, med = dxmed(c, lang)
        rows.append('%d%02d  %s %s  %s  %s  %s' % (r.randint(3, 7), r.randint(1, 30), p['last'].upper(), p['first'][0] + '.',
                                                   p['mrn'], dx, r.choice(['stable', 'à surveiller', 'DNR', 'NPO minuit', 'watch K+', 'full code'])))
    if lang == 'fr':
        subj = 'Liste de relève 7e ' + r.choice(['nuit', 'fds', 'soir'])
        t = 'Salut, voici la relève pour ce soir:\n\nCh.  Patient  Dossier  Dx  Note\n' + '\n'.join(rows) + '\n\nBonne garde\n' + me + ', R2'
    else:
        subj = 'Signout 7th floor ' + r.choice(['night', 'weekend'])
        t = 'Hey, signout for tonight:\n\nRm  Pt  MRN  Dx  Notes\n' + '\n'.join(rows) + '\n\nThanks\n' + me + ', PGY2'
    return dict(cat='signout_list', subject=subj, text=t, types=['diagnosis', 'mrn', 'patient_name'],
                note='handover list: room, patient surname, chart number, diagnosis', frm=hdr(me, email_of(me, dom)),
                to='%s <%s>' % (c.staff(lang), 'resident.garde@' + r.choice(['gmail.example', dom])))

def p_booking(c, lang):
    site, me, ph, dom = S(c, lang); p = pat(c, lang); r = c.r
    exam = r.choice(['IRM lombaire', 'coloscopie', 'échographie abdominale', 'TDM thorax']) if lang == 'fr' else r.choice(['MRI L-spine', 'colonoscopy', 'abdominal ultrasound', 'CT chest'])
    lab, idv = idlabel(p, lang)
    if lang == 'fr':
        subj = 'Report de rendez-vous – %s' % exam
        t = ("Bonjour,\n\nNous devons reporter le rendez-vous de %s (%s %s, né%s le %s) prévu le 14 avril pour %s. "
             "Nouvelle date proposée : 28 avril 8 h 15. Jeûne depuis minuit.\n\nMerci d'aviser la patiente/le patient au %s.\n"
             % (name_variant(r, p, 'fr'), lab, idv, 'e' if p['sex'] == 'F' else '', fr_date(p['dob']), exam, c.phone()))
        t += sig(me, 'Agente administrative – Admission et rendez-vous', site, ph)
    else:
        subj = 'Rebooking - %s' % exam
        t = ("Hello,\n\nWe need to move %s's %s (%s %s, DOB %s) from Apr 14 to Apr 28 at 08:15. NPO after midnight.\n"
             "Could you let the patient know? Home number on file: %s\n" % (name_variant(r, p, 'en'), exam, lab, idv, en_date(p['dob']), c.phone()))
        t += sig(me, 'Patient Registration / Booking', site, ph)
    return dict(cat='booking', subject=subj, text=t, types=idtypes(p, ['patient_name', 'date_of_birth', 'patient_contact']),
                note='rescheduled exam for a named patient with id, DOB and home phone', frm=hdr(me, email_of(me, dom)),
                to='reception@%s' % ext_dom(c))

def p_critical(c, lang):
    site, me, ph, dom = S(c, lang); p = pat(c, lang, 'mrn'); r = c.r
    val = r.choice(['K+ 6,8 mmol/L', 'Hb 62 g/L', 'glucose 1,9 mmol/L', 'troponine 2450 ng/L', 'Na 118 mmol/L'])
    if lang == 'en': val = val.replace(',', '.')
    if lang == 'fr':
        subj = 'VALEUR CRITIQUE – dossier %s' % p['mrn']
        t = ("Dr,\nValeur critique pour %s : %s (prélevé 06 h 40). Appel infructueux au bureau, merci de rappeler le labo au poste 4521.\n\n%s\nTechnologiste, biochimie"
             % (name_variant(r, p, 'fr'), val, me))
    else:
        subj = 'CRITICAL VALUE - MRN %s' % p['mrn']
        t = ("Dr,\nCritical result for %s: %s (drawn 06:40). Could not reach office by phone, pls call lab ext 4521.\n\n%s\nMLT, Core Lab" % (name_variant(r, p, 'en'), val, me))
    return dict(cat='critical_value', subject=subj, text=t, types=['lab_result', 'mrn', 'patient_name'], note='critical lab value for a named patient, chart number in subject',
                frm=hdr(me, email_of(me, dom)), to='bureau.md@%s' % ext_dom(c))

def p_discharge_pdf(c, lang):
    site, me, ph, dom = S(c, lang); p = pat(c, lang); dx, med = dxmed(c, lang); r = c.r
    lab, idv = idlabel(p, lang)
    if lang == 'fr':
        lines = ['Nom : %s, %s' % (p['last'].upper(), p['first']), 'Date de naissance : %s' % p['dob'], '%s : %s   Dossier : %s' % (lab, idv, p['mrn']),
                 'Diagnostic principal : %s' % dx, 'Médication au congé : %s' % med, 'Suivi : médecin de famille dans 2 semaines']
        pdf = make_pdf('Résumé de départ', lines)
        subj = 'Résumé d\'hospitalisation'
        t = 'Bonjour,\n\nCi-joint le résumé de départ demandé par votre clinique.\n\nCordialement,\n%s\nArchives médicales' % me
        fn = 'resume_depart_%s.pdf' % r.choice(['', p['last'].lower()]) if r.random() < 0.5 else 'document_%d.pdf' % r.randint(100, 999)
    else:
        lines = ['Name: %s, %s' % (p['last'].upper(), p['first']), 'DOB: %s' % p['dob'], '%s: %s   MRN: %s' % (lab, idv, p['mrn']),
                 'Principal diagnosis: %s' % dx, 'Discharge meds: %s' % med, 'Follow-up: family physician in 2 weeks']
        pdf = make_pdf('Discharge Summary', lines)
        subj = 'Discharge summary as requested'
        t = 'Hello,\n\nAttached is the discharge summary your office requested.\n\nRegards,\n%s\nHealth Records' % me
        fn = 'DS_%d.pdf' % r.randint(1000, 9999)
    fn = fn.replace('_.pdf', '.pdf')
    return dict(cat='discharge_summary', subject=subj, text=t, atts=[(fn, pdf)], types=idtypes(p, ['patient_name', 'date_of_birth', 'diagnosis', 'medication', 'mrn']),
                note='bland cover note; the PDF is a discharge summary with name, DOB, ids, diagnosis', frm=hdr(me, email_of(me, dom)), to='dossiers@%s' % ext_dom(c))

def p_medrec_docx(c, lang):
    site, me, ph, dom = S(c, lang); p = pat(c, lang, 'mrn'); dx, med = dxmed(c, lang); r = c.r
    if lang == 'fr':
        paras = ['Patient : %s %s   Dossier : %s' % (p['first'], p['last'], p['mrn']), 'Bilan comparatif des médicaments à l\'admission',
                 '1. %s — poursuivre' % med, '2. atorvastatine 20 mg HS — cessée (myalgies)', '3. pantoprazole 40 mg die — poursuivre', 'Allergie : pénicilline (urticaire)']
        d = make_docx('Bilan comparatif des médicaments', paras)
        subj = 'BCM à valider'; t = 'Bonjour,\nPouvez-vous valider le BCM ci-joint avant la tournée? Merci\n%s, pharm.' % me
    else:
        paras = ['Patient: %s %s   MRN: %s' % (p['first'], p['last'], p['mrn']), 'Admission medication reconciliation',
                 '1. %s - continue' % med, '2. atorvastatin 20 mg HS - held (myalgia)', '3. pantoprazole 40 mg daily - continue', 'Allergy: penicillin (hives)']
        d = make_docx('Best Possible Medication History', paras)
        subj = 'Med rec for review'; t = 'Hi,\nCould you review the attached BPMH before rounds? Thx\n%s, RPh' % me
    return dict(cat='med_rec', subject=subj, text=t, atts=[('BPMH_%s.docx' % p['mrn'].replace('-', ''), d)], types=['medication', 'mrn', 'patient_name'],
                note='medication reconciliation DOCX with patient name and chart number', frm=hdr(me, email_of(me, dom)), to='%s <%s>' % (c.staff(lang), 'md.%d@%s' % (r.randint(1, 99), dom)))

def p_transport(c, lang):
    site, me, ph, dom = S(c, lang); p = pat(c, lang); r = c.r
    addr = '%d, rue %s, app. %d, %s' % (r.randint(10, 999), r.choice(['des Lilas', 'Saint-Joseph', 'Cartier', 'Maple']), r.randint(1, 12), r.choice(['Lévis', 'Québec', 'Kingston', 'Verdun']))
    if lang == 'fr':
        subj = 'Transport adapté – retour domicile demain'
        t = ("Bonjour,\n\nTransport requis demain 10 h pour %s, civière, O2 2 L. Adresse : %s. Tél. : %s.\nCode porte 1204.\n\nMerci,\n%s\nGestion des lits et transport"
             % (name_variant(r, p, 'fr'), addr, c.phone(), me))
    else:
        subj = 'Patient transport - discharge home tomorrow'
        t = ("Hi,\n\nStretcher transport needed tomorrow 10:00 for %s, on 2L O2. Address: %s. Phone: %s. Buzzer 1204.\n\nThanks,\n%s\nPatient Flow" % (name_variant(r, p, 'en'), addr, c.phone(), me))
    return dict(cat='transport', subject=subj, text=t, types=['patient_contact', 'patient_name'], note='transport request with patient name, home address, phone, oxygen need',
                frm=hdr(me, email_of(me, dom)), to='repartition@transport-%s.example' % r.choice(['adapte', 'medical']))

def p_bed_xlsx(c, lang):
    site, me, ph, dom = S(c, lang); r = c.r
    rows = [['Civière', 'Nom', 'Dossier', 'Âge', 'Dx', 'Unité demandée'] if lang == 'fr' else ['Stretcher', 'Name', 'MRN', 'Age', 'Dx', 'Unit requested']]
    for i in range(r.randint(5, 9)):
        p = pat(c, lang, 'mrn'); dx, _ = dxmed(c, lang)
        rows.append(['C%d' % (i + 1), '%s, %s' % (p['last'], p['first']), p['mrn'], age(p['dob']), dx, r.choice(['6N', '7S', 'USI', 'ICU', '4W'])])
    x = make_xlsx('Urgence', rows)
    if lang == 'fr':
        subj = 'Liste des admissions en attente – 07 h'; t = 'Bonjour à tous,\nVoici la liste des patients admis en attente de lit à l\'urgence.\n%s, coordonnatrice gestion des lits' % me
    else:
        subj = 'ED admitted no bed - 0700 list'; t = 'Morning all,\nAttached is the list of admitted patients waiting in ED.\n%s, Bed Manager' % me
    return dict(cat='bed_management', subject=subj, text=t, atts=[('attente_lits.xlsx' if lang == 'fr' else 'ED_waits.xlsx', x)], types=['diagnosis', 'mrn', 'patient_name'],
                note='spreadsheet of admitted ED patients with names, chart numbers, diagnoses', frm=hdr(me, email_of(me, dom)), to='chefs.unites@%s' % dom)

def p_billing_ramq(c, lang):
    site, me, ph, dom = S(c, lang); p = pat(c, 'fr', 'nam'); r = c.r
    code = r.choice(['00078', '09165', '15208'])
    if lang == 'fr':
        subj = 'Refus RAMQ – facture %d' % r.randint(100000, 999999)
        t = ("Bonjour Dr,\n\nLa demande de paiement pour %s (NAM %s) du %s, code d'acte %s, a été refusée (message 105 : NAM non valide à la date du service). "
             "Diagnostic inscrit : J44.1. Pouvez-vous confirmer le NAM ou nous transmettre une copie de la carte?\n\n%s\nFacturation médicale" % (name_variant(r, p, 'fr'), p['id'], fr_date('2026-02-17'), code, me))
    else:
        subj = 'RAMQ rejection - claim %d' % r.randint(100000, 999999)
        t = ("Hi Dr,\n\nThe RAMQ claim for %s (RAMQ %s), service date Feb 17 2026, act code %s, came back rejected (msg 105). Dx code on claim J44.1 (COPD exac). "
             "Can you double check the card number?\n\n%s\nBilling Office" % (name_variant(r, p, 'en'), p['id'], code, me))
    return dict(cat='billing_ramq', subject=subj, text=t, types=['diagnosis', 'patient_name', 'ramq_nam'], note='rejected claim naming a patient with NAM and diagnosis code',
                frm=hdr(me, email_of(me, dom)), to='dr.%s@%s' % (r.choice(FR_LAST).lower().replace('é', 'e').replace('ô', 'o'), ext_dom(c)))

def p_billing_ohip(c, lang):
    site, me, ph, dom = S(c, 'en'); p = pat(c, 'en', 'ohip'); r = c.r
    t = ("Hi,\n\nOHIP returned claim %d for %s, HN %s, DOB %s - error code EH4 (version code). Service: K030 diabetic management.\n"
         "Please confirm the version code with the patient at next visit.\n\n%s\nClaims Analyst" % (r.randint(100000, 999999), name_variant(r, p, 'en'), p['id'], p['dob'], me))
    return dict(cat='billing_ohip', subject='OHIP error report - resubmission needed', text=t, types=['ca_health_number', 'date_of_birth', 'diagnosis', 'patient_name'],
                note='OHIP claim error with patient name, health number, DOB, diabetes service code', frm=hdr(me, email_of(me, dom)), to='billing@%s' % ext_dom(c), lang_force='en')

def p_records_release(c, lang):
    site, me, ph, dom = S(c, lang); p = pat(c, lang); r = c.r
    lab, idv = idlabel(p, lang)
    if lang == 'fr':
        subj = 'Demande d\'accès au dossier – assureur'
        t = ("Bonjour Me,\n\nSuite à votre demande et à l'autorisation signée, nous transmettons les notes de consultation en psychiatrie de %s "
             "(%s %s, dossier %s) pour la période du 2025-09-01 au 2026-01-31. Frais de reproduction : 35,00 $.\n\n%s\nService des archives médicales" % (name_variant(r, p, 'fr'), lab, idv, p['mrn'], me))
    else:
        subj = 'Release of information - your file ref %d' % r.randint(1000, 9999)
        t = ("Hello,\n\nFurther to the signed authorization, enclosed are the psychiatry consult notes for %s (%s %s, MRN %s), Sep 2025 - Jan 2026. Copy fee $35.00.\n\n%s\nHealth Information Management" % (name_variant(r, p, 'en'), lab, idv, p['mrn'], me))
    return dict(cat='records_release', subject=subj, text=t, types=idtypes(p, ['diagnosis', 'mrn', 'patient_name']), note='release-of-information letter naming patient, ids, psychiatric care',
                frm=hdr(me, email_of(me, dom)), to='reclamations@insurer-co.example')

def p_subpoena(c, lang):
    site, me, ph, dom = S(c, lang); p = pat(c, lang, 'mrn'); r = c.r
    p['dob'] = '%04d-%02d-%02d' % (r.randint(1978, 1996), r.randint(1, 12), r.randint(1, 28))
    if lang == 'fr':
        subj = 'Subpoena duces tecum – dossier %s' % p['last']
        t = ("Bonjour,\n\nNous avons reçu une citation à comparaître visant le dossier complet de %s %s (né%s le %s, dossier %s) dans une affaire de garde d'enfants. "
             "Le dossier inclut un suivi en dépendance. Merci de ne rien transmettre avant l'avis des Affaires juridiques.\n\n%s\nConseillère juridique, Direction des affaires juridiques"
             % (p['first'], p['last'], 'e' if p['sex'] == 'F' else '', p['dob'], p['mrn'], me))
    else:
        subj = 'Subpoena received - %s chart' % p['last']
        t = ("Hi,\n\nWe were served a subpoena for the complete chart of %s %s (DOB %s, MRN %s) in a custody matter. Chart includes addiction services notes. "
             "Please hold release until Legal reviews.\n\n%s\nLegal Counsel" % (p['first'], p['last'], p['dob'], p['mrn'], me))
    return dict(cat='legal_subpoena', subject=subj, text=t, types=['date_of_birth', 'mrn', 'patient_name', 'social_information'], note='legal affairs about a named patient chart, custody and addiction',
                frm=hdr(me, email_of(me, dom)), to='archives@%s' % dom, cc='me.%s@cabinet-avocats.example' % r.choice(['roy', 'ling', 'paquin']))

def p_incident(c, lang):
    site, me, ph, dom = S(c, lang); p = pat(c, lang, 'mrn'); r = c.r
    if lang == 'fr':
        subj = 'AH-223 – chute ch. %d' % r.randint(300, 799)
        t = ("Bonjour,\n\nDéclaration d'incident : chute de %s (dossier %s), %d ans, à 03 h 10 en se levant seul%s. Sous warfarine, INR 3,4. "
             "TDM cérébral demandé, pas de saignement. Famille avisée. Gravité : E1.\n\n%s, conseillère en gestion des risques"
             % (name_variant(r, p, 'fr'), p['mrn'], age(p['dob']), 'e' if p['sex'] == 'F' else '', me))
    else:
        subj = 'Incident report - fall rm %d' % r.randint(300, 799)
        t = ("Hi,\n\nIncident: fall, %s (MRN %s), age %d, at 03:10 getting up unassisted. On warfarin, INR 3.4. CT head ordered, no bleed. Family notified. Severity: moderate.\n\n%s, Risk Management"
             % (name_variant(r, p, 'en'), p['mrn'], age(p['dob']), me))
    return dict(cat='incident_report', subject=subj, text=t, types=['lab_result', 'medication', 'mrn', 'patient_name'], note='risk-management incident report on a named patient fall',
                frm=hdr(me, email_of(me, dom)), to='qualite@%s' % dom)

def p_complaint(c, lang):
    site, me, ph, dom = S(c, lang); p = pat(c, lang, 'mrn'); r = c.r; fam = c.person(lang)
    if lang == 'fr':
        subj = 'RE: Plainte – délai urgence'
        q = ("Madame la commissaire,\nMa mère %s %s a attendu 19 heures sur une civière avec une fracture. Elle a 84 ans!\n%s %s" % (p['first'], p['last'], fam['first'], fam['last']))
        t = ("Bonjour %s,\n\nNous accusons réception de votre plainte concernant les soins reçus par votre mère à l'urgence. Le dossier est à l'étude; réponse dans 45 jours.\n\n"
             "%s\nCommissariat aux plaintes et à la qualité des services\n\n-----Message d'origine-----\n%s\n" % (fam['first'], me, q))
    else:
        subj = 'RE: Complaint - ER wait'
        q = ("To the Patient Relations office,\nMy mother %s %s waited 19 hours on a stretcher with a broken hip. She is 84!\n%s %s" % (p['first'], p['last'], fam['first'], fam['last']))
        t = ("Dear %s,\n\nThank you for your letter about your mother's care in our ER. We have opened a file and will respond within 30 days.\n\n%s\nPatient Relations\n\n-----Original Message-----\n%s\n" % (fam['first'], me, q))
    return dict(cat='complaint', subject=subj, text=t, types=['diagnosis', 'patient_name'], note='complaint reply; quoted letter names the patient (mother) and her fracture',
                frm=hdr(me, email_of(me, dom)), to='%s %s <%s>' % (fam['first'], fam['last'], email_of(fam['first'] + ' ' + fam['last'], 'videotron.example')))

def p_ethics_consult(c, lang):
    site, me, ph, dom = S(c, lang); p = pat(c, lang, 'mrn'); r = c.r
    if lang == 'fr':
        subj = 'Consultation éthique – %s %s, 6e Nord' % (mme(p, 'fr'), p['last'])
        t = ("Bonjour,\n\nDemande de consultation au comité d'éthique clinique : désaccord entre la famille et l'équipe sur le niveau de soins (famille refuse le niveau C). "
             "Patient%s inapte, mandat de protection non homologué. Rencontre proposée mardi 14 h.\n\n%s\nConseiller en éthique" % ('e' if p['sex'] == 'F' else '', me))
    else:
        subj = 'Ethics consult - %s %s, 6 North' % (mme(p, 'en'), p['last'])
        t = ("Hi,\n\nRequest for clinical ethics consult: family and team disagree on goals of care (family refusing DNR). Patient lacks capacity, no POA on file. Meeting Tue 2pm?\n\n%s\nClinical Ethicist" % me)
    return dict(cat='ethics_consult', subject=subj, text=t, types=['patient_name', 'social_information'], note='patient identified in subject only (title, surname, unit); body about capacity and goals of care',
                frm=hdr(me, email_of(me, dom)), to='comite.ethique@%s' % dom)

def p_research_csv(c, lang):
    site, me, ph, dom = S(c, lang); r = c.r
    rows = [['study_id', 'nom', 'ddn', 'dossier', 'eligible', 'hba1c'] if lang == 'fr' else ['study_id', 'name', 'dob', 'mrn', 'eligible', 'hba1c']]
    for i in range(r.randint(4, 8)):
        p = pat(c, lang, 'mrn')
        rows.append(['EX-%03d' % (i + 1), '%s %s' % (p['first'], p['last']), p['dob'], p['mrn'], r.choice(['oui', 'non'] if lang == 'fr' else ['Y', 'N']), '%.1f' % r.uniform(6.5, 11)])
    data = make_csv(rows, ';' if lang == 'fr' else ',')
    if lang == 'fr':
        subj = 'Liste de présélection – étude DIAB-EX'; t = 'Salut,\nVoici la liste de présélection pour le recrutement. Je n\'ai pas eu le temps de la dénominaliser, désolée!\n%s, coordonnatrice de recherche' % me
    else:
        subj = 'Screening log - DIAB-EX'; t = 'Hi,\nScreening log attached for recruitment. Didn\'t get to de-identify it yet, sorry.\n%s, Research Coordinator' % me
    return dict(cat='research_screening', subject=subj, text=t, atts=[('screening_log.csv', data)], types=['date_of_birth', 'lab_result', 'mrn', 'patient_name'],
                note='research screening CSV with names, DOB, chart numbers, HbA1c', frm=hdr(me, email_of(me, dom)), to='sponsor.cra@pharma-essais.example')

def p_dpj(c, lang):
    site, me, ph, dom = S(c, lang); r = c.r
    p = c.person(lang); p['dob'] = '20%02d-%02d-%02d' % (r.randint(14, 23), r.randint(1, 12), r.randint(1, 28)); mrn = c.mrn()
    if lang == 'fr':
        subj = 'Signalement DPJ – suivi'
        t = ("Bonjour,\n\nSuivi du signalement fait hier pour l'enfant %s %s (DDN %s, dossier %s). La mère est hébergée en maison pour femmes victimes de violence conjugale; "
             "le père a une interdiction de contact. Intervenante DPJ assignée : à confirmer.\n\n%s, T.S.\nService social" % (p['first'], p['last'], p['dob'], mrn, me))
    else:
        subj = 'CAS report follow-up'
        t = ("Hi,\n\nFollow-up on yesterday's report to Children's Aid re: %s %s (DOB %s, MRN %s). Mother now in a domestic violence shelter; father has a no-contact order. CAS worker TBD.\n\n%s, MSW\nSocial Work" % (p['first'], p['last'], p['dob'], mrn, me))
    return dict(cat='social_work', subject=subj, text=t, types=['date_of_birth', 'mrn', 'patient_name', 'social_information'], note='child protection follow-up naming a child patient, DOB, chart number, domestic violence',
                frm=hdr(me, email_of(me, dom)), to='reception.signalements@%s' % r.choice(['dpj-region.example', 'cas-region.example']))

def p_grateful(c, lang):
    site, me, ph, dom = S(c, lang); p = pat(c, lang, 'mrn'); r = c.r
    if lang == 'fr':
        subj = 'Don – ancien patient d\'oncologie'
        t = ("Bonjour Dre %s,\n\n%s, que vous avez traité%s l'an dernier pour un lymphome (chimio terminée en octobre), souhaite faire un don de 25 000 $ à la Fondation "
             "pour l'unité d'oncologie. Pourriez-vous nous dire si %s est en rémission avant qu'on l'approche pour la reconnaissance publique?\n\n%s\nDirectrice, relations donateurs, Fondation"
             % (c.staff('fr').split()[-1], name_variant(r, p, 'fr'), 'e' if p['sex'] == 'F' else '', il(p), me))
    else:
        subj = 'Gift - former oncology patient'
        t = ("Hi Dr %s,\n\n%s, whom you treated last year for lymphoma (chemo finished in October), would like to give $25,000 to the Foundation for the cancer unit. "
             "Can you let us know if %s is in remission before we approach %s about public recognition?\n\n%s\nDonor Relations, Foundation" % (c.staff('en').split()[-1], name_variant(r, p, 'en'), he(p), 'her' if p['sex'] == 'F' else 'him', me))
    return dict(cat='foundation_patient', subject=subj, text=t, types=['diagnosis', 'patient_name'], note='foundation mail about a named grateful patient and their lymphoma treatment',
                frm=hdr(me, email_of(me, 'fondation-' + dom)), to='oncologie@%s' % dom)

def p_media_condition(c, lang):
    site, me, ph, dom = S(c, lang); p = c.person(lang); r = c.r
    if lang == 'fr':
        subj = 'RE: Demande média – accident autoroute 20'
        t = ("Bonjour,\n\nAvec l'accord de la famille, nous pouvons confirmer que %s %s, %d ans, conducteur%s impliqué%s dans l'accident de lundi, est hospitalisé%s aux soins intensifs; "
             "son état est critique mais stable. Aucune autre information ne sera communiquée.\n\n%s\nConseiller, relations médias" % (p['first'], p['last'], age(p['dob']),
             'trice' if p['sex'] == 'F' else '', 'e' if p['sex'] == 'F' else '', 'e' if p['sex'] == 'F' else '', me))
    else:
        subj = 'RE: Media request - Hwy 401 collision'
        t = ("Hi,\n\nWith the family's consent, we can confirm that %s %s, %d, the driver involved in Monday's collision, is in our ICU in critical but stable condition. No further details will be released.\n\n%s\nMedia Relations" % (p['first'], p['last'], age(p['dob']), me))
    return dict(cat='media_patient', subject=subj, text=t, types=['diagnosis', 'patient_name'], note='media relations reply giving a named patient\'s ICU condition',
                frm=hdr(me, email_of(me, dom)), to='salle.nouvelles@journal-local.example')

def p_ics(c, lang):
    site, me, ph, dom = S(c, lang); p = pat(c, lang); r = c.r; lab, idv = idlabel(p, lang)
    start = dt.datetime(2026, r.randint(3, 11), r.randint(1, 28), r.randint(8, 15), 0)
    if lang == 'fr':
        ics = make_ics('Rencontre familiale – %s %s' % (p['first'], p['last']), 'Plan de congé: %s %s. Dx: démence, retour à domicile impossible, CHSLD à discuter.' % (lab, idv), start, 'Salle 5-120', 'evt%d@%s' % (r.randint(1, 99999), dom))
        subj = 'Invitation : rencontre interdisciplinaire'; t = 'Bonjour,\nInvitation pour la rencontre familiale de jeudi. SVP confirmer.\n%s, T.S.' % me
    else:
        ics = make_ics('Family meeting - %s %s' % (p['first'], p['last']), 'Discharge planning: %s %s. Dx dementia, cannot return home, LTC application to discuss.' % (lab, idv), start, 'Room 5-120', 'evt%d@%s' % (r.randint(1, 99999), dom))
        subj = 'Invitation: interdisciplinary meeting'; t = 'Hi,\nInvite for Thursday\'s family meeting. Please accept.\n%s, SW' % me
    return dict(cat='ics_meeting', subject=subj, text=t, atts=[('invite.ics', ics)], types=idtypes(p, ['diagnosis', 'patient_name', 'social_information']),
                note='calendar invitation whose summary/description name the patient, id and diagnosis', frm=hdr(me, email_of(me, dom)), to='equipe.5n@%s' % dom)

def p_vcard_homecare(c, lang):
    site, me, ph, dom = S(c, lang); p = pat(c, lang, 'mrn'); r = c.r
    adr = '%d %s;%s;QC;;Canada' % (r.randint(10, 999), r.choice(['rue Laviolette', 'av. des Ormes', 'Elm St']), r.choice(['Trois-Rivières', 'Sherbrooke', 'Montréal']))
    v = make_vcf(p['first'], p['last'], c.phone(), adr, note='SAD: pansement ulcère diabétique 3x/sem' if lang == 'fr' else 'Home care: diabetic foot ulcer dressing 3x/wk')
    if lang == 'fr':
        subj = 'Nouvelle référence SAD'; t = 'Bonjour,\nNouvelle demande de soutien à domicile, coordonnées en pièce jointe. Congé prévu vendredi.\n%s, infirmière de liaison' % me
    else:
        subj = 'New home care referral'; t = 'Hi,\nNew home care referral, contact card attached. Discharge planned Friday.\n%s, Liaison Nurse' % me
    return dict(cat='home_care_vcard', subject=subj, text=t, atts=[('%s_%s.vcf' % (p['last'], p['first']), v)], types=['diagnosis', 'patient_contact', 'patient_name'],
                note='vCard of a patient with home address, phone and wound-care note', frm=hdr(me, email_of(me, dom)), to='sad.accueil@cisss-voisin.example')

def p_fwd_eml(c, lang):
    site, me, ph, dom = S(c, lang); p = pat(c, lang); r = c.r; lab, idv = idlabel(p, lang)
    if lang == 'fr':
        inner = inner_eml(c, 'labo@%s' % dom, 'bureau@%s' % dom, 'Résultats %s' % p['last'],
                          'Résultats pour %s %s (%s %s):\nTSH 0,02 mUI/L, T4L 38 pmol/L – hyperthyroïdie.\n' % (p['first'], p['last'], lab, idv), 'fr')
        subj = 'TR: résultats'; t = 'Voir message ci-joint, à mettre au dossier svp.\n%s' % me
    else:
        inner = inner_eml(c, 'lab@%s' % dom, 'office@%s' % dom, 'Results %s' % p['last'],
                          'Results for %s %s (%s %s):\nTSH 0.02 mIU/L, free T4 38 pmol/L - hyperthyroid.\n' % (p['first'], p['last'], lab, idv), 'en')
        subj = 'FW: results'; t = 'See attached, please file to chart.\n%s' % me
    return dict(cat='forward_attached', subject=subj, text=t, atts=[('resultats.eml', inner)], types=idtypes(p, ['diagnosis', 'lab_result', 'patient_name']),
                note='forward as attachment: inner message carries patient lab results', frm=hdr(me, email_of(me, dom)), to='archives@%s' % ext_dom(c))

def p_zip_claims(c, lang):
    site, me, ph, dom = S(c, lang); r = c.r
    rows = [['NAM', 'Nom', 'Prénom', 'Date service', 'Code acte', 'Dx']]
    for i in range(r.randint(3, 6)):
        p = pat(c, 'fr', 'nam'); rows.append([p['nam'], p['last'], p['first'], '2026-02-%02d' % r.randint(1, 28), r.choice(['00078', '09165', '08874']), r.choice(['I10', 'E11.9', 'F32.1', 'J44.1'])])
    z = make_zip([('lot_fevrier.csv', make_csv(rows, ';'))])
    if lang == 'fr':
        subj = 'Lot de facturation février'; t = 'Bonjour,\nLe fichier de facturation est dans le zip. Mot de passe par téléphone.\n%s, agente de facturation' % me
    else:
        subj = 'February billing batch'; t = 'Hi,\nBilling batch in the zip. Will phone you the password.\n%s, Billing Clerk' % me
    return dict(cat='billing_zip', subject=subj, text=t, atts=[('facturation_2026-02.zip', z)], types=['diagnosis', 'patient_name', 'ramq_nam'],
                note='ZIP containing a CSV of claims with NAMs, names and diagnosis codes', frm=hdr(me, email_of(me, dom)), to='agence@facturation-md.example')

def p_disguised(c, lang):
    site, me, ph, dom = S(c, lang); p = pat(c, 'fr', 'nam'); r = c.r; n = p['nam']
    k = r.randint(0, 2)
    if k == 0: shown = ' '.join(n)
    elif k == 1: shown = n[:4] + '\n' + n[4:8] + '\n' + n[8:]
    else: shown = n[:4].lower() + ' / ' + n[4:].translate(FW)
    if lang == 'fr':
        subj = 'info pour le formulaire'
        t = ("Salut,\nJe t'écris le numéro espacé pour que le courriel passe :\n%s\nC'est pour %s %s, son renouvellement de méthadone à la pharmacie.\n%s" % (shown, p['first'], p['last'], me))
    else:
        subj = 'info for the form'
        t = ("Hey,\nSpacing out the number so the email goes through:\n%s\nIt's for %s %s, methadone renewal at the pharmacy.\n%s" % (shown, p['first'], p['last'], me))
    return dict(cat='disguised_id', subject=subj, text=t, types=['medication', 'patient_name', 'ramq_nam', 'social_information'],
                note='NAM deliberately spaced/split/full-width, patient named, opioid agonist therapy', frm=hdr(me, email_of(me, dom)), to='%s <%s>' % (c.staff(lang), 'perso%d@gmail.example' % r.randint(1, 99)),
                transport=('plain', 'utf-8', r.choice(['quoted-printable', 'base64', '8bit'])))

def p_europe(c, lang):
    site, me, ph, dom = S(c, 'fr'); r = c.r
    if r.random() < 0.5:
        p = c.person('fr'); p['last'] = r.choice(BE_LAST); niss = c.niss(p['dob'], p['sex'])
        shown = r.choice([niss, '%s.%s.%s-%s.%s' % (niss[:2], niss[2:4], niss[4:6], niss[6:9], niss[9:])])
        subj = 'Demande d\'accord mutualité – %s' % p['last']
        t = ("Madame, Monsieur,\n\nNous sollicitons l'accord du médecin-conseil pour la revalidation de %s %s, NISS %s, suite à un AVC ischémique (hospitalisation du 03/02 au 20/02).\n\n"
             "%s\nService social – Clinique Saint-Exemple, Bruxelles\nTél. +32 2 555 01 %02d" % (mme(p, 'fr'), p['last'], shown, me, r.randint(10, 99)))
        return dict(cat='be_mutuelle', subject=subj, text=t, types=['be_niss', 'diagnosis', 'patient_name'], note='Belgian rehab approval request with NISS and stroke diagnosis',
                    frm=hdr(me, email_of(me, 'clinique-saint-exemple.example')), to='medecin.conseil@mutualite.example', lang_force='fr')
    p = c.person('fr'); p['last'] = r.choice(FR_FR_LAST); nir = c.nir(p['dob'], p['sex'])
    shown = r.choice([nir, '%s %s %s %s %s %s %s' % (nir[0], nir[1:3], nir[3:5], nir[5:7], nir[7:10], nir[10:13], nir[13:])])
    subj = 'Courrier de sortie – %s %s' % (mme(p, 'fr'), p['last'])
    t = ("Cher confrère,\n\nVotre patient%s %s %s (NIR %s), né%s le %s, a été hospitalisé%s pour une embolie pulmonaire. Sortie sous rivaroxaban 15 mg x2/j pendant 21 j.\n\n"
         "Confraternellement,\nDr %s\nCHU Exemple-sur-Loire" % ('e' if p['sex'] == 'F' else '', p['first'], p['last'], shown, 'e' if p['sex'] == 'F' else '', slash_date(p['dob']), 'e' if p['sex'] == 'F' else '', me))
    return dict(cat='fr_courrier', subject=subj, text=t, types=['date_of_birth', 'diagnosis', 'fr_nir', 'medication', 'patient_name'], note='French discharge letter with NIR, DOB, PE and anticoagulant',
                frm=hdr('Dr ' + me, email_of(me, 'chu-exemple-loire.example')), to='cabinet.medical@sante-ville.example', lang_force='fr')

def p_subject_split(c, lang):
    site, me, ph, dom = S(c, lang); p = pat(c, lang, 'nam'); r = c.r
    if lang == 'fr':
        subj = 'RE: %s %s %s' % (p['last'], p['first'], p['dob'])
        t = 'Hb à 71 ce matin, on la/le transfuse 2 culots. Je t\'envoie le reste cet aprem.\n%s' % me
    else:
        subj = 'RE: %s, %s %s' % (p['last'], p['first'], p['dob'])
        t = 'Hgb 71 this am, giving 2 units PRBC. Will send the rest this pm.\n%s' % me
    return dict(cat='subject_split', subject=subj, text=t, types=['date_of_birth', 'lab_result', 'patient_name'], note='patient name and DOB in subject only; lab value and transfusion in body',
                frm=hdr(me, email_of(me, dom)), to='%s <%s>' % (c.staff(lang), 'md%d@%s' % (r.randint(1, 90), ext_dom(c))))

def p_registration(c, lang):
    site, me, ph, dom = S(c, lang); p = pat(c, lang); r = c.r; lab, idv = idlabel(p, lang)
    if lang == 'fr':
        subj = 'Correction – fusion de dossiers'
        t = ("Bonjour,\n\nDoublon détecté : %s, %s %s, a deux dossiers (%s et %s). Prière de fusionner sous %s. Nouvelle adresse : %d rue %s, %s. Statut : demandeur d'asile, couverture PFSI.\n\n%s\nAdmission"
             % (name_variant(r, p, 'fr'), lab, idv, p['mrn'], c.mrn(), p['mrn'], r.randint(10, 999), r.choice(['Bélanger', 'Jarry', 'Ontario Est']), r.choice(['Montréal', 'Laval']), me))
    else:
        subj = 'Chart merge request'
        t = ("Hi,\n\nDuplicate found: %s, %s %s, has two charts (%s and %s). Please merge under %s. New address: %d %s St, %s. Status: refugee claimant, IFHP coverage.\n\n%s\nPatient Registration"
             % (name_variant(r, p, 'en'), lab, idv, p['mrn'], c.mrn(), p['mrn'], r.randint(10, 999), r.choice(['Queen', 'Princess', 'Brock']), r.choice(['Kingston', 'Belleville']), me))
    return dict(cat='registration', subject=subj, text=t, types=idtypes(p, ['mrn', 'patient_contact', 'patient_name', 'social_information']),
                note='registration chart merge with ids, new address and immigration status', frm=hdr(me, email_of(me, dom)), to='archives@%s' % dom)

def p_insurance_form(c, lang):
    site, me, ph, dom = S(c, lang); r = c.r
    p = pat(c, lang, 'mrn'); s = c.sin()
    if lang == 'fr':
        subj = 'Formulaire CNESST – travailleur %s' % p['last']
        t = ("Bonjour,\n\nCi-dessous les infos pour le formulaire d'attestation médicale :\nTravailleur : %s %s\nNAS : %s\nDossier : %s\nDx : entorse lombaire, arrêt de travail 3 semaines.\n\n%s\nSecrétariat, clinique d'orthopédie"
             % (p['first'], p['last'], fmt_sin(r, s), p['mrn'], me))
    else:
        subj = 'WSIB Form 8 - %s' % p['last']
        t = ("Hi,\n\nInfo for the Form 8:\nWorker: %s %s\nSIN: %s\nMRN: %s\nDx: lumbar strain, off work 3 weeks.\n\n%s\nOrthopaedic Clinic" % (p['first'], p['last'], fmt_sin(r, s), p['mrn'], me))
    return dict(cat='insurance_form', subject=subj, text=t, types=['ca_sin', 'diagnosis', 'mrn', 'patient_name'], note='work-injury form data: patient name, SIN, chart number, diagnosis',
                frm=hdr(me, email_of(me, dom)), to='formulaires@%s' % r.choice(['cnesst-exemple.example', 'wsib-exemple.example']))

def p_inline_fwd(c, lang):
    site, me, ph, dom = S(c, lang); p = pat(c, lang, 'any'); dx, med = dxmed(c, lang); r = c.r; lab, idv = idlabel(p, lang)
    if lang == 'fr':
        subj = 'TR: demande de lit en réadaptation'
        t = ("Pour ton info, voir plus bas.\n%s\n\n---------- Message transféré ----------\nDe : Liaison <liaison@%s>\nObjet : demande de lit en réadaptation\n\n"
             "Patient : %s\n%s : %s\nDx : %s, mobilisation avec marchette.\nVit seul%s, aucun proche aidant.\n" % (me, dom, name_variant(r, p, 'fr'), lab, idv, dx, 'e' if p['sex'] == 'F' else ''))
    else:
        subj = 'Fwd: rehab bed request'
        t = ("FYI see below.\n%s\n\n---------- Forwarded message ---------\nFrom: Liaison <liaison@%s>\nSubject: rehab bed request\n\n"
             "Patient: %s\n%s: %s\nDx: %s, mobilizing with walker.\nLives alone, no caregiver.\n" % (me, dom, name_variant(r, p, 'en'), lab, idv, dx))
    return dict(cat='inline_forward', subject=subj, text=t, types=idtypes(p, ['diagnosis', 'patient_name', 'social_information']), note='inline forward: rehab bed request with patient id, diagnosis, living situation',
                frm=hdr(me, email_of(me, dom)), to='admission.readapt@%s' % ext_dom(c))

POS = [p_referral, p_consult_reply, p_signout, p_booking, p_critical, p_discharge_pdf, p_medrec_docx, p_transport, p_bed_xlsx,
       p_billing_ramq, p_billing_ohip, p_records_release, p_subpoena, p_incident, p_complaint, p_ethics_consult, p_research_csv,
       p_dpj, p_grateful, p_media_condition, p_ics, p_vcard_homecare, p_fwd_eml, p_zip_claims, p_disguised, p_europe,
       p_subject_split, p_registration, p_insurance_form, p_inline_fwd]


# ================================================================ NEGATIVE templates
def N(cat, subj, text, note, frm, to, atts=None, cc=None, html=None, transport=None):
    d = dict(cat=cat, subject=subj, text=text, note=note, frm=frm, to=to, types=[])
    if atts: d['atts'] = atts
    if cc: d['cc'] = cc
    if html: d['html'] = html
    if transport: d['transport'] = transport
    return d

def n_donor_thanks(c, lang):
    site, me, ph, dom = S(c, lang); d = c.person(lang); r = c.r; amt = r.choice(['5 000', '10 000', '250 000', '1 000'])
    if lang == 'fr':
        t = ("Chère %s %s,\n\nAu nom de la Fondation, merci pour votre don de %s $ à la campagne « Ensemble contre le cancer ». Votre générosité permettra l'achat d'un nouvel appareil de radiothérapie.\n\n"
             "Votre reçu fiscal (n° %d) suivra par la poste.\n\n%s\nDirectrice des relations avec les donateurs" % ('Madame' if d['sex'] == 'F' else 'Monsieur', d['last'], amt, r.randint(100000, 999999), me))
        s = 'Merci pour votre don'
    else:
        t = ("Dear %s %s,\n\nOn behalf of the Foundation, thank you for your gift of $%s to the Campaign for Cancer Care. Your generosity will help purchase a new linear accelerator.\n\nYour tax receipt (#%d) will follow by mail.\n\n%s\nDonor Relations"
             % (mme(d, 'en'), d['last'], amt.replace(' ', ','), r.randint(100000, 999999), me))
        s = 'Thank you for your gift'
    return N('donor_thanks', s, t, 'thank-you letter to a donor; cancer campaign, no patient', hdr(me, email_of(me, 'fondation-' + dom)), email_of(d['first'] + ' ' + d['last'], 'gmail.example'))

def n_board(c, lang):
    site, me, ph, dom = S(c, lang); names = [c.staff(lang) for _ in range(5)]
    if lang == 'fr':
        t = ("Mesdames et Messieurs les administrateurs,\n\nLa prochaine séance du conseil d'administration aura lieu le 18 mars à 17 h, salle du conseil.\n\nOrdre du jour :\n1. Adoption du PV\n2. Rapport de la PDG\n3. Indicateurs qualité T3 (taux de chutes, infections nosocomiales)\n4. Budget 2026-2027\n\n"
             "Présences confirmées : %s\n\n%s\nSecrétariat général" % (', '.join(names), me))
        s = 'Convocation – CA du 18 mars'
    else:
        t = ("Dear Board members,\n\nThe next Board of Directors meeting is March 18 at 5 pm, Boardroom.\n\nAgenda:\n1. Minutes\n2. CEO report\n3. Q3 quality indicators (falls, HAIs)\n4. 2026-27 budget\n\nConfirmed: %s\n\n%s\nCorporate Secretary" % (', '.join(names), me))
        s = 'Notice - Board meeting March 18'
    return N('board_notice', s, t, 'board meeting notice naming directors', hdr(me, email_of(me, dom)), 'ca@%s' % dom)

def n_journalist_stats(c, lang):
    site, me, ph, dom = S(c, lang); j = c.person(lang); r = c.r
    if lang == 'fr':
        t = ("Bonjour %s,\n\nEn réponse à votre demande : %d patients ont été vus à l'urgence en janvier, durée moyenne de séjour sur civière 18,4 h; %d cas d'influenza hospitalisés, dont %d aux soins intensifs. "
             "Le Dr %s, chef de l'urgence, est disponible pour une entrevue jeudi.\n\n%s\nRelations médias" % (j['first'], r.randint(4000, 9000), r.randint(40, 120), r.randint(3, 12), c.staff('fr'), me))
        s = 'RE: données urgence janvier'
    else:
        t = ("Hi %s,\n\nRe your request: %d ED visits in January, mean stretcher time 18.4 h; %d influenza admissions, %d in ICU. Dr %s, ED chief, is available for an interview Thursday.\n\n%s\nMedia Relations"
             % (j['first'], r.randint(4000, 9000), r.randint(40, 120), r.randint(3, 12), c.staff('en'), me))
        s = 'RE: January ED figures'
    return N('media_stats', s, t, 'media reply with aggregate ED and flu statistics', hdr(me, email_of(me, dom)), email_of(j['first'] + ' ' + j['last'], 'journal-local.example'))

def n_oncall(c, lang):
    site, me, ph, dom = S(c, lang); r = c.r
    specs = ['Cardio', 'Pneumo', 'Néphro', 'Gastro', 'Ortho', 'Psy'] if lang == 'fr' else ['Cardiology', 'Respirology', 'Nephrology', 'GI', 'Ortho', 'Psychiatry']
    rows = ['%s  %s  %s  pagette %d' % ('%02d/03' % r.randint(1, 28), sp, 'Dr ' + c.staff(lang), r.randint(1000, 9999)) for sp in specs]
    if lang == 'fr':
        t = 'Bonjour,\nVoici la liste de garde des spécialistes pour la semaine :\n\nDate  Spécialité  Médecin  Pagette\n' + '\n'.join(rows) + '\n\nSecrétariat DSP\n' + me
        s = 'Liste de garde spécialistes – sem. 10'
    else:
        t = 'Hi,\nSpecialist on-call list for the week:\n\nDate  Service  Physician  Pager\n' + '\n'.join(rows) + '\n\nMedical Affairs\n' + me
        s = 'Specialist on-call - week 10'
    return N('oncall_roster', s, t, 'staff on-call roster (physicians, services, pagers) that resembles a list', hdr(me, email_of(me, dom)), 'tous.medecins@%s' % dom)

def n_volunteer(c, lang):
    site, me, ph, dom = S(c, lang); v = [c.staff(lang) for _ in range(3)]
    if lang == 'fr':
        t = ("Bonjour à tous,\n\nFélicitations à nos bénévoles honorés cette année : %s (25 ans au comptoir d'accueil), %s (15 ans en soins palliatifs) et %s (10 ans à la boutique). "
             "Soirée reconnaissance le 22 avril à la cafétéria.\n\n%s\nService des bénévoles" % (v[0], v[1], v[2], me))
        s = 'Reconnaissance des bénévoles 2026'
    else:
        t = ("Hello all,\n\nCongratulations to this year's volunteer honourees: %s (25 years at the info desk), %s (15 years in palliative care) and %s (10 years in the gift shop). Celebration April 22 in the cafeteria.\n\n%s\nVolunteer Services" % (v[0], v[1], v[2], me))
        s = 'Volunteer recognition 2026'
    return N('volunteer', s, t, 'volunteer recognition naming volunteers and their service areas', hdr(me, email_of(me, dom)), 'benevoles@%s' % dom)

def n_minister(c, lang):
    site, me, ph, dom = S(c, lang); mn = c.staff(lang)
    if lang == 'fr':
        t = ("Bonjour,\n\nLe ministre de la Santé, M. %s, visitera le nouveau bloc opératoire le 3 mai à 10 h pour annoncer un investissement de 42 M$. Points de presse devant l'entrée principale. "
             "Merci de libérer le corridor 2A entre 9 h 30 et 11 h.\n\n%s\nCommunications" % (mn, me))
        s = 'Visite ministérielle – 3 mai'
    else:
        t = ("Hi,\n\nHealth Minister %s will tour the new OR suite May 3 at 10:00 to announce a $42M investment. Media scrum at the main entrance. Please keep corridor 2A clear 09:30-11:00.\n\n%s\nCommunications" % (mn, me))
        s = 'Ministerial visit - May 3'
    return N('public_figure', s, t, 'announcement of a minister visit', hdr(me, email_of(me, dom)), 'gestionnaires@%s' % dom)

def n_flu_campaign(c, lang):
    site, me, ph, dom = S(c, lang); r = c.r
    if lang == 'fr':
        t = "Bonjour,\n\nLa campagne de vaccination antigrippale du personnel se poursuit : taux actuel 58 %%. Cliniques sans rendez-vous au local B-112, 7 h 30 à 15 h 30.\nApportez votre carte d'employé.\n\nPrévention et contrôle des infections\n%s" % me
        s = 'Vaccination antigrippale – personnel'
    else:
        t = "Hi all,\n\nStaff flu campaign update: coverage now 58%%. Walk-in clinics in B-112, 07:30-15:30. Bring your employee badge.\n\nInfection Prevention & Control\n%s" % me
        s = 'Staff flu shot clinics'
    t = t.replace('%%', '%')
    return N('campaign', s, t, 'staff vaccination campaign with aggregate coverage', hdr(me, email_of(me, dom)), 'tout.le.personnel@%s' % dom)

def n_stats_xlsx(c, lang):
    site, me, ph, dom = S(c, lang); r = c.r
    rows = [['Unité', 'Lits', 'Taux occupation', 'DMS (j)', 'Chutes', 'C. difficile'] if lang == 'fr' else ['Unit', 'Beds', 'Occupancy', 'ALOS (d)', 'Falls', 'C. diff']]
    for u in ['4A', '4B', '5N', '6S', '7E', 'USI']:
        rows.append([u, r.randint(16, 36), '%d%%' % r.randint(85, 118), round(r.uniform(4, 14), 1), r.randint(0, 9), r.randint(0, 3)])
    if lang == 'fr':
        s = 'Tableau de bord – février'; t = 'Bonjour,\nCi-joint le tableau de bord mensuel des unités.\n%s\nPerformance et qualité' % me
    else:
        s = 'Unit dashboard - February'; t = 'Hi,\nMonthly unit dashboard attached.\n%s\nDecision Support' % me
    return N('stats_dashboard', s, t, 'aggregate unit indicators spreadsheet', hdr(me, email_of(me, dom)), 'direction@%s' % dom, atts=[('tableau_bord.xlsx', make_xlsx('Fév', rows))])

def n_newsletter(c, lang):
    site, me, ph, dom = S(c, lang)
    if lang == 'fr':
        h = ('<html><body><h2>Infolettre Diabète – printemps</h2><p>Nouveautés : les inhibiteurs du SGLT2 réduisent les hospitalisations pour insuffisance cardiaque. '
             'Rappel : HbA1c cible &lt; 7 %% chez la plupart des adultes.</p><p>Atelier pour le personnel le 12 mai, animé par la Dre %s, endocrinologue.</p>'
             '<p><a href="https://intranet.%s/diabete">Lire la suite</a></p><p style="font-size:9px">Pour vous désabonner, cliquez ici.</p></body></html>' % (c.staff('fr'), dom)).replace('%%', '%')
        s = 'Infolettre – Diabète'; t = 'Infolettre Diabète – printemps'
    else:
        h = ('<html><body><h2>Diabetes Bulletin - Spring</h2><p>What\'s new: SGLT2 inhibitors reduce heart-failure admissions. Reminder: HbA1c target under 7%% for most adults.</p>'
             '<p>Staff workshop May 12 led by Dr %s, endocrinologist.</p><p><a href="https://intranet.%s/diabetes">Read more</a></p><p style="font-size:9px">Unsubscribe</p></body></html>' % (c.staff('en'), dom)).replace('%%', '%')
        s = 'Diabetes Bulletin'; t = 'Diabetes Bulletin - Spring'
    return N('newsletter', s, t, 'HTML newsletter on diabetes drugs; physician named as speaker', hdr('Communications', 'communications@' + dom), 'liste-diffusion@%s' % dom,
             html=h, transport=c.r.choice([('html', 'utf-8', 'quoted-printable'), ('alt', 'windows-1252', 'quoted-printable'), ('html', 'utf-8', 'base64')]))

def n_job(c, lang):
    site, me, ph, dom = S(c, lang); r = c.r
    if lang == 'fr':
        t = ("Affichage n° %d-%d\nTitre : Archiviste médical(e) – temps complet\nService : Archives médicales\nExigences : DEC en archivistique médicale; connaissance de la CIM-10-CA\nSalaire : 26,91 $ à 38,10 $/h\nDate limite : 15 avril\n\nRessources humaines\n%s"
             % (2026, r.randint(100, 999), me))
        s = 'Affichage de poste – archiviste médical(e)'
    else:
        t = ("Posting #%d-%d\nTitle: Health Information Analyst - full time\nDept: Health Records\nRequirements: CHIM certification; ICD-10-CA coding\nRate: $31.20-$40.85/h\nCloses: April 15\n\nHuman Resources\n%s" % (2026, r.randint(100, 999), me))
        s = 'Job posting - Health Information Analyst'
    return N('job_posting', s, t, 'job posting for a health records position', hdr(me, email_of(me, dom)), 'affichages@%s' % dom)

def n_invoice(c, lang):
    site, me, ph, dom = S(c, lang); r = c.r
    inv = r.randint(100000, 999999)
    lines = ['Facture / Invoice %d' % inv, 'Client : %s' % site[0], 'Bon de commande PO-%d' % r.randint(400000, 499999),
             '20 bt  Gants nitrile M  lot %s  @ 14,50' % (lambda b: b + luhn.calc_check_digit(b))(str(r.randint(10 ** 8, 10 ** 9 - 1))),
             '5 cs   Pansements mousse 10x10  lot %d  @ 88,00' % r.randint(10 ** 6, 10 ** 7), 'TPS/TVQ : 14,975 %', 'Total : 758,44 $']
    if lang == 'fr':
        s = 'Facture %d' % inv; t = 'Bonjour,\nVeuillez trouver ci-jointe notre facture. Paiement net 30 jours.\n%s\nComptes clients, Fournitures Médicales Exemple inc.' % me
    else:
        s = 'Invoice %d' % inv; t = 'Hello,\nPlease find our invoice attached. Net 30.\n%s\nAccounts Receivable, Example Medical Supply Ltd.' % me
    return N('invoice', s, t, 'supplier invoice PDF with PO and lot numbers (one passes Luhn)', hdr(me, email_of(me, 'fournitures-med.example')), 'comptes.payables@%s' % dom,
             atts=[('facture_%d.pdf' % inv, make_pdf('Facture %d' % inv, lines))])

def n_it(c, lang):
    site, me, ph, dom = S(c, lang); r = c.r
    if lang == 'fr':
        t = ("Bonjour,\n\nMaintenance du NAS des Archives (NAS-ARCH-02) samedi de 22 h à 2 h. Les lecteurs partagés S:\\ et T:\\ seront indisponibles. Le DCI reste accessible.\n"
             "Billet n° INC%07d.\n\nCentre de services TI – poste 5555" % r.randint(0, 9999999))
        s = 'Interruption planifiée – NAS archives'
    else:
        t = ("Hi,\n\nScheduled maintenance on the Health Records NAS (NAS-HR-02) Saturday 22:00-02:00. Shared drives S:\\ and T:\\ unavailable. EHR not affected.\nTicket INC%07d.\n\nIT Service Desk x5555" % r.randint(0, 9999999))
        s = 'Planned outage - Health Records NAS'
    return N('it_outage', s, t, 'IT maintenance notice (NAS = network storage)', hdr('Centre de services TI' if lang == 'fr' else 'IT Service Desk', 'servicedesk@' + dom), 'archives@%s' % dom)

def n_parking(c, lang):
    site, me, ph, dom = S(c, lang)
    if lang == 'fr':
        t = "Bonjour,\n\nLe stationnement P3 sera fermé du 6 au 10 mai pour le pavage. Les détenteurs de vignettes P3 peuvent utiliser le P1 niveau -2.\n\nServices techniques\n%s" % me
        s = 'Fermeture stationnement P3'
    else:
        t = "Hi,\n\nParking lot P3 will be closed May 6-10 for paving. P3 permit holders may use P1 level -2.\n\nFacilities\n%s" % me
        s = 'P3 parking closure'
    return N('facilities', s, t, 'parking closure notice', hdr(me, email_of(me, dom)), 'tout.le.personnel@%s' % dom)

def n_conference(c, lang):
    site, me, ph, dom = S(c, lang); sp = [c.staff(lang) for _ in range(4)]
    if lang == 'fr':
        topics = ['Sepsis : nouvelles lignes directrices', 'Insuffisance cardiaque à fraction préservée', 'Délirium chez l\'aîné hospitalisé', 'Hépatite C : vers l\'élimination']
        t = 'Journée scientifique du département de médecine – 24 mai\n\n' + '\n'.join('%d h 00  %s – Dr %s' % (8 + i, tp, s) for i, (tp, s) in enumerate(zip(topics, sp))) + '\n\nInscription : formation@%s\n%s' % (dom, me)
        s = 'Programme – Journée scientifique'
    else:
        topics = ['Sepsis: new guidelines', 'HFpEF update', 'Delirium in the hospitalized older adult', 'Hepatitis C elimination']
        t = 'Department of Medicine Research Day - May 24\n\n' + '\n'.join('%d:00  %s - Dr %s' % (8 + i, tp, s) for i, (tp, s) in enumerate(zip(topics, sp))) + '\n\nRegister: education@%s\n%s' % (dom, me)
        s = 'Programme - Research Day'
    return N('conference', s, t, 'conference programme: speakers with topics', hdr(me, email_of(me, dom)), 'medecine@%s' % dom)

def n_reb(c, lang):
    site, me, ph, dom = S(c, lang); r = c.r
    prots = ['MP-%02d-2026-%d' % (r.randint(10, 40), r.randint(1000, 9999)) for _ in range(3)]
    if lang == 'fr':
        t = ("Bonjour aux membres du CÉR,\n\nRéunion plénière le 9 avril 12 h. Projets à l'étude :\n- %s (chercheuse principale Dre %s) – essai randomisé, anticoagulation post-opératoire\n- %s – registre des AVC\n- %s – modification : ajout d'un site\n\n"
             "Documents sur la plateforme Nagano.\n%s\nCoordonnatrice, Comité d'éthique de la recherche" % (prots[0], c.staff('fr'), prots[1], prots[2], me))
        s = 'CÉR – ordre du jour 9 avril'
    else:
        t = ("Dear REB members,\n\nFull board meeting April 9, noon. Protocols:\n- %s (PI Dr %s) - RCT, post-op anticoagulation\n- %s - stroke registry\n- %s - amendment, new site\n\nDocuments on the portal.\n%s\nREB Coordinator"
             % (prots[0], c.staff('en'), prots[1], prots[2], me))
        s = 'REB agenda - April 9'
    return N('reb_agenda', s, t, 'research ethics board agenda with protocol numbers', hdr(me, email_of(me, dom)), 'cer@%s' % dom)

def n_reb_approval(c, lang):
    site, me, ph, dom = S(c, lang); pi = c.staff(lang); r = c.r
    pdf = make_pdf('Approbation éthique' if lang == 'fr' else 'Ethics Approval', ['Projet / Study: %d-%d' % (2026, r.randint(100, 999)), 'Chercheur principal / PI: Dr %s' % pi,
                   'Titre: Efficacité d\'un programme de réadaptation cardiaque virtuel', 'Échantillon prévu: 240 participants', 'Valide jusqu\'au 2027-03-31'])
    if lang == 'fr':
        s = 'Approbation finale – projet réadaptation cardiaque'; t = 'Dr %s,\nVotre projet est approuvé. La lettre est jointe.\n%s\nBureau de l\'éthique' % (pi, me)
    else:
        s = 'Final approval - cardiac rehab study'; t = 'Dr %s,\nYour study is approved; letter attached.\n%s\nResearch Ethics Office' % (pi, me)
    return N('reb_approval', s, t, 'ethics approval letter to a researcher', hdr(me, email_of(me, dom)), email_of(pi, dom), atts=[('approbation.pdf', make_pdf('x', ['x'])) if False else ('approval_letter.pdf', pdf)])

def n_hr_sick(c, lang):
    site, me, ph, dom = S(c, lang); emp = c.staff(lang); r = c.r
    if lang == 'fr':
        t = ("Bonjour,\n\n%s (matricule %d), infirmière au 5N, est en congé de maladie jusqu'au 30 avril. Son remplacement sera assuré par l'équipe volante. "
             "Merci de mettre à jour l'horaire.\n\n%s\nService de santé et mieux-être au travail" % (emp, r.randint(100000, 999999), me))
        s = 'Absence – personnel 5N'
    else:
        t = ("Hi,\n\n%s (employee #%d), RN on 5N, is on sick leave until April 30. Float pool will cover. Please update the schedule.\n\n%s\nOccupational Health & Wellness" % (emp, r.randint(100000, 999999), me))
        s = 'Staff absence - 5N'
    return N('hr_leave', s, t, 'staff sick-leave notice with employee number', hdr(me, email_of(me, dom)), 'gestionnaire.5n@%s' % dom)

def n_blank_form(c, lang):
    site, me, ph, dom = S(c, lang)
    if lang == 'fr':
        d = make_docx('Demande de transport interétablissement', ['Nom du patient : ______________', 'NAM : ____ ____ ____', 'Date de naissance : __/__/____', 'Diagnostic : ______________', 'Oxygène : oui / non'])
        s = 'Nouveau formulaire de transport'; t = 'Bonjour,\nVeuillez utiliser le nouveau gabarit ci-joint à compter du 1er mai.\n%s\nGestion des lits' % me
    else:
        d = make_docx('Inter-facility Transfer Request', ['Patient name: ______________', 'Health number: __________', 'DOB: __/__/____', 'Diagnosis: ______________', 'Oxygen: Y / N'])
        s = 'New transfer form'; t = 'Hi,\nPlease use the attached template starting May 1.\n%s\nPatient Flow' % me
    return N('blank_form', s, t, 'blank form template (DOCX)', hdr(me, email_of(me, dom)), 'unites.soins@%s' % dom, atts=[('formulaire_transport.docx', d)])

def n_teaching(c, lang):
    site, me, ph, dom = S(c, lang)
    if lang == 'fr':
        t = ("Cas de la semaine (club de lecture) :\nUne femme de 67 ans se présente pour dyspnée progressive et œdème des membres inférieurs. FEVG 35 %%. Quelle est votre prise en charge initiale?\n"
             "Réponses en séance mercredi.\n%s, résidente en chef" % me)
        s = 'Cas clinique de la semaine'
    else:
        t = ("Case of the week (journal club):\nA 67-year-old woman presents with progressive dyspnea and leg edema. LVEF 35%%. What is your initial management?\nDiscussion Wednesday.\n%s, Chief Resident" % me)
        s = 'Case of the week'
    return N('teaching_case', s, t, 'anonymised teaching case', hdr(me, email_of(me, dom)), 'residents@%s' % dom)

def n_legal_contract(c, lang):
    site, me, ph, dom = S(c, lang); r = c.r
    if lang == 'fr':
        t = ("Maître,\n\nCi-dessous nos commentaires sur l'entente de services avec Ambulances Exemple inc. (contrat %d) : clause 7.2 (pénalités de retard) à renégocier; "
             "assurance responsabilité à 5 M$. Signature prévue le 20 mai.\n\n%s\nDirection des affaires juridiques" % (r.randint(1000, 9999), me))
        s = 'Entente transport – commentaires'
    else:
        t = ("Counsel,\n\nOur comments on the services agreement with Example Ambulance Inc. (contract %d): clause 7.2 (late penalties) to renegotiate; liability coverage $5M. Signing May 20.\n\n%s\nLegal Affairs" % (r.randint(1000, 9999), me))
        s = 'Transport agreement - comments'
    return N('legal_contract', s, t, 'legal comments on a vendor contract', hdr(me, email_of(me, dom)), 'associe@cabinet-avocats.example')

def n_ramq_bulletin(c, lang):
    site, me, ph, dom = S(c, lang)
    if lang == 'fr':
        t = ("Bonjour aux médecins,\n\nRappel de l'infolettre RAMQ 245 : à compter du 1er avril, le code d'acte 09165 est remplacé par 09170; la majoration de garde passe à 20 %%. "
             "Les demandes de paiement doivent être transmises dans les 90 jours.\n\n%s\nFacturation médicale" % me)
        s = 'Changements tarifaires RAMQ – 1er avril'
    else:
        t = ("Dear physicians,\n\nOHIP bulletin reminder: effective April 1, fee code K030 value changes and premium codes E078 require a documented flow sheet. Claims must be submitted within 90 days.\n\n%s\nBilling Office" % me)
        s = 'OHIP schedule changes - April 1'
    return N('billing_bulletin', s, t, 'fee-schedule bulletin without patient data', hdr(me, email_of(me, dom)), 'medecins@%s' % dom)

def n_transport_kpi(c, lang):
    site, me, ph, dom = S(c, lang); r = c.r
    if lang == 'fr':
        t = "Bonjour,\n\nIndicateurs transport février : %d transferts interétablissements, délai moyen 2 h 12, %d transports annulés. Objectif < 2 h.\n%s\nCoordination des transports" % (r.randint(200, 500), r.randint(5, 40), me)
        s = 'Indicateurs transport – février'
    else:
        t = "Hi,\n\nFebruary transport KPIs: %d inter-facility transfers, mean delay 2h12, %d cancelled. Target < 2h.\n%s\nTransport Coordination" % (r.randint(200, 500), r.randint(5, 40), me)
        s = 'Transport KPIs - February'
    return N('transport_kpi', s, t, 'aggregate patient-transport indicators', hdr(me, email_of(me, dom)), 'direction.soins@%s' % dom)

def n_retention(c, lang):
    site, me, ph, dom = S(c, lang)
    if lang == 'fr':
        t = ("Bonjour,\n\nRappel du calendrier de conservation : les dossiers des usagers inactifs depuis plus de 15 ans seront numérisés puis détruits (lot 2026-A, boîtes 1 à 412). "
             "Les dossiers d'obstétrique et de pédiatrie sont exclus.\n\n%s\nChef du service des archives" % me)
        s = 'Calendrier de conservation – lot 2026-A'
    else:
        t = ("Hi,\n\nRetention schedule reminder: charts inactive for more than 15 years will be scanned then destroyed (batch 2026-A, boxes 1-412). Obstetric and paediatric charts excluded.\n\n%s\nManager, Health Records" % me)
        s = 'Retention schedule - batch 2026-A'
    return N('records_policy', s, t, 'health records retention schedule notice', hdr(me, email_of(me, dom)), 'archives@%s' % dom)

def n_gala_ics(c, lang):
    site, me, ph, dom = S(c, lang); r = c.r; hon = c.staff(lang)
    ics = make_ics('Gala de la Fondation' if lang == 'fr' else 'Foundation Gala', ('Présidente d\'honneur : %s. Tenue de soirée.' if lang == 'fr' else 'Honorary chair: %s. Black tie.') % hon,
                   dt.datetime(2026, 6, 6, 18, 0), 'Château Exemple', 'gala%d@%s' % (r.randint(1, 999), dom))
    if lang == 'fr':
        s = 'Invitation – Gala 2026'; t = 'Bonjour,\nVous êtes invité(e) au Gala annuel au profit du centre mère-enfant. Présidence d\'honneur : %s.\n%s\nFondation' % (hon, me)
    else:
        s = 'Invitation - 2026 Gala'; t = 'Hello,\nYou are invited to the annual Gala supporting the Children\'s Centre. Honorary chair: %s.\n%s\nFoundation' % (hon, me)
    return N('gala_invite', s, t, 'foundation gala calendar invitation', hdr(me, email_of(me, 'fondation-' + dom)), 'partenaires@entreprise-exemple.example', atts=[('gala.ics', ics)])

def n_press_release(c, lang):
    site, me, ph, dom = S(c, lang); dr = c.staff(lang)
    if lang == 'fr':
        t = ("COMMUNIQUÉ – Pour diffusion immédiate\n\nLe CHU Exemple inaugure son deuxième appareil d'IRM 3T, qui permettra de réduire de 30 %% la liste d'attente (actuellement 4 200 personnes). "
             "« Un gain majeur pour nos patients en oncologie et en neurologie », souligne la Dre %s, chef de la radiologie.\n\nSource : %s, Communications, %s" % (dr, me, ph))
        s = 'Communiqué – nouvelle IRM'
    else:
        t = ("NEWS RELEASE - For immediate release\n\nThe hospital opens its second 3T MRI, expected to cut the wait list (now 4,200 people) by 30%%. \"A major gain for oncology and neurology patients,\" said Dr %s, Chief of Radiology.\n\nContact: %s, Communications, %s" % (dr, me, ph)).replace('%%', '%')
        s = 'News release - new MRI'
    return N('press_release', s, t, 'press release with aggregate wait list and quote from physician', hdr(me, email_of(me, dom)), 'medias@liste-presse.example')

def n_doctor_disease(c, lang):
    site, me, ph, dom = S(c, lang); dr = c.staff(lang)
    if lang == 'fr':
        t = ("Bonjour,\n\nPour les références en hépatite C et en VIH, veuillez désormais adresser vos demandes à la Dre %s, qui reprend la clinique des maladies infectieuses le lundi et le jeudi. "
             "Télécopieur : 418-555-0199.\n\n%s\nSecrétariat, microbiologie-infectiologie" % (dr, me))
        s = 'Clinique maladies infectieuses – changement de médecin'
    else:
        t = ("Hello,\n\nFor hepatitis C and HIV referrals, please now direct requests to Dr %s, who takes over the ID clinic Mondays and Thursdays. Fax 613-555-0199.\n\n%s\nID Clinic Office" % (dr, me))
        s = 'ID clinic - physician change'
    return N('physician_disease', s, t, 'physician named next to the diseases their clinic treats', hdr(me, email_of(me, dom)), 'gmf@%s' % ext_dom(c))

def n_po_lookalike(c, lang):
    site, me, ph, dom = S(c, lang); r = c.r
    serials = []
    for _ in range(3):
        b = str(r.randint(10 ** 8, 10 ** 9 - 1)); serials.append(b + luhn.calc_check_digit(b))
    imei_b = '35' + ''.join(str(r.randint(0, 9)) for _ in range(12)); imei = imei_b + luhn.calc_check_digit(imei_b)
    if lang == 'fr':
        t = ("Bonjour,\n\nBon de commande PO-%d : 3 pompes volumétriques, n° de série %s, %s, %s. Téléphone cellulaire de garde IMEI %s (actif n° %d). "
             "Livraison au quai B.\n\n%s\nApprovisionnement" % (r.randint(400000, 499999), serials[0], serials[1], serials[2], imei, r.randint(10000, 99999), me))
        s = 'PO – pompes et cellulaire'
    else:
        t = ("Hi,\n\nPO-%d: 3 infusion pumps, serials %s, %s, %s. On-call cellphone IMEI %s (asset %d). Deliver to dock B.\n\n%s\nProcurement" % (r.randint(400000, 499999), serials[0], serials[1], serials[2], imei, r.randint(10000, 99999), me))
        s = 'PO - pumps and phone'
    return N('purchase_order', s, t, 'purchase order with serial numbers and IMEI passing Luhn', hdr(me, email_of(me, dom)), 'ventes@fournisseur-biomed.example')

def n_cafeteria(c, lang):
    site, me, ph, dom = S(c, lang)
    if lang == 'fr':
        t = "Menu de la semaine :\nLundi – pâté chinois\nMardi – saumon, riz au jasmin\nMercredi – chili végé\nJeudi – poulet au beurre\nVendredi – pizza\nOption sans gluten disponible.\nService alimentaire"
        s = 'Menu cafétéria'
    else:
        t = "This week's menu:\nMon - shepherd's pie\nTue - salmon, jasmine rice\nWed - veggie chili\nThu - butter chicken\nFri - pizza\nGluten-free option available.\nFood Services"
        s = 'Cafeteria menu'
    return N('cafeteria', s, t, 'cafeteria menu', hdr('Service alimentaire' if lang == 'fr' else 'Food Services', 'alimentation@' + dom), 'tout.le.personnel@%s' % dom)

def n_quality(c, lang):
    site, me, ph, dom = S(c, lang); r = c.r
    if lang == 'fr':
        t = ("Bonjour,\n\nRapport trimestriel de gestion des risques : %d déclarations AH-223 (dont %d chutes, %d erreurs de médication). Taux de chutes : 3,1/1000 jours-présence. "
             "Aucun événement sentinelle. Plan d'action : rondes intentionnelles aux 2 h.\n\n%s\nQualité et gestion des risques" % (r.randint(200, 400), r.randint(60, 120), r.randint(40, 90), me))
        s = 'Rapport trimestriel – gestion des risques'
    else:
        t = ("Hi,\n\nQuarterly risk report: %d incident reports (%d falls, %d medication errors). Falls rate 3.1/1000 patient-days. No sentinel events. Action: purposeful rounding q2h.\n\n%s\nQuality & Risk" % (r.randint(200, 400), r.randint(60, 120), r.randint(40, 90), me))
        s = 'Quarterly risk report'
    return N('quality_aggregate', s, t, 'aggregate incident statistics', hdr(me, email_of(me, dom)), 'comite.qualite@%s' % dom)

def n_public_health(c, lang):
    site, me, ph, dom = S(c, lang); r = c.r
    if lang == 'fr':
        t = ("AVIS DE SANTÉ PUBLIQUE\n\n%d cas de rougeole confirmés dans la région depuis le 1er mars, dont %d hospitalisations. Vérifier le statut vaccinal de tout patient fébrile avec éruption; "
             "isolement aérien. Déclaration obligatoire à la DSPu.\n\nDirection de santé publique" % (r.randint(4, 20), r.randint(1, 4)))
        s = 'Avis – rougeole dans la région'
    else:
        t = ("PUBLIC HEALTH ADVISORY\n\n%d confirmed measles cases in the region since March 1, %d hospitalized. Check immunization status of febrile patients with rash; airborne isolation. Reportable to Public Health.\n\nMedical Officer of Health" % (r.randint(4, 20), r.randint(1, 4)))
        s = 'Advisory - measles in the region'
    return N('public_health', s, t, 'public-health advisory with aggregate case counts', hdr('Santé publique' if lang == 'fr' else 'Public Health', 'sante.publique@' + dom), 'urgence@%s' % dom)

def n_staff_vcard(c, lang):
    site, me, ph, dom = S(c, lang); dr = c.staff(lang); f, l = dr.split()[0], dr.split()[-1]
    v = make_vcf(f, l, c.phone(), site[1] + ';;;;', org=site[0])
    if lang == 'fr':
        s = 'Bienvenue à la Dre %s' % l; t = 'Bonjour,\nNous accueillons la Dre %s, gériatre, à compter du 1er mai. Ses coordonnées sont jointes.\n%s\nDirection des services professionnels' % (dr, me)
    else:
        s = 'Welcome Dr %s' % l; t = 'Hello,\nPlease welcome Dr %s, geriatrician, starting May 1. Contact card attached.\n%s\nMedical Affairs' % (dr, me)
    return N('staff_vcard', s, t, 'new physician announcement with work vCard', hdr(me, email_of(me, dom)), 'tous@%s' % dom, atts=[('%s.vcf' % l, v)])

def n_survey(c, lang):
    site, me, ph, dom = S(c, lang); r = c.r
    rows = [['Question', 'Très satisfait', 'Satisfait', 'Insatisfait'] if lang == 'fr' else ['Question', 'Very satisfied', 'Satisfied', 'Dissatisfied']]
    for q in (['Accueil', 'Propreté', 'Communication', 'Repas'] if lang == 'fr' else ['Welcome', 'Cleanliness', 'Communication', 'Meals']):
        a = r.randint(40, 70); b = r.randint(10, 100 - a - 2); rows.append([q, a, b, 100 - a - b])
    if lang == 'fr':
        s = 'Sondage expérience patient – résultats'; t = 'Bonjour,\nRésultats agrégés du sondage (n = 612).\n%s\nExpérience usager' % me
    else:
        s = 'Patient experience survey - results'; t = 'Hi,\nAggregated survey results (n = 612).\n%s\nPatient Experience' % me
    return N('survey_results', s, t, 'aggregate patient survey CSV', hdr(me, email_of(me, dom)), 'gestionnaires@%s' % dom, atts=[('sondage.csv', make_csv(rows))])

def n_staff_shift_list(c, lang):
    site, me, ph, dom = S(c, lang); r = c.r
    rows = ['%s  %s  %s  poste %d' % (r.choice(['Jour', 'Soir', 'Nuit']) if lang == 'fr' else r.choice(['Day', 'Evening', 'Night']), c.staff(lang),
                                       r.choice(['inf.', 'inf. aux.', 'PAB']) if lang == 'fr' else r.choice(['RN', 'RPN', 'PSW']), r.randint(4000, 4999)) for _ in range(6)]
    if lang == 'fr':
        s = 'Horaire 4B – fin de semaine'; t = 'Bonjour l\'équipe,\nVoici l\'horaire de la fin de semaine :\n\n' + '\n'.join(rows) + '\n\nÉchanges à faire approuver avant jeudi.\n%s, ASI' % me
    else:
        s = '4B weekend schedule'; t = 'Hi team,\nWeekend schedule:\n\n' + '\n'.join(rows) + '\n\nShift swaps need approval by Thursday.\n%s, Charge Nurse' % me
    return N('staff_schedule', s, t, 'nursing staff weekend schedule', hdr(me, email_of(me, dom)), 'equipe.4b@%s' % dom)

def n_eap(c, lang):
    site, me, ph, dom = S(c, lang)
    if lang == 'fr':
        t = "Bonjour,\n\nRappel : le Programme d'aide aux employés (PAE) offre un soutien confidentiel en santé mentale, finances et conciliation travail-famille, 24/7 au 1-800-555-0142.\n\nRessources humaines"
        s = 'Programme d\'aide aux employés'
    else:
        t = "Hello,\n\nReminder: the Employee Assistance Program offers confidential support for mental health, finances and family matters, 24/7 at 1-800-555-0142.\n\nHuman Resources"
        s = 'Employee Assistance Program reminder'
    return N('eap', s, t, 'employee assistance programme reminder', hdr('Ressources humaines' if lang == 'fr' else 'Human Resources', 'rh@' + dom), 'tout.le.personnel@%s' % dom)

def n_reply_admin(c, lang):
    site, me, ph, dom = S(c, lang); other = c.staff(lang)
    if lang == 'fr':
        q = 'Bonjour %s,\nEst-ce que la salle 3-210 est libre jeudi pour la formation sur le nouveau logiciel d\'admission?\n%s' % (me.split()[0], other)
        t = 'Oui, réservée de 13 h à 16 h. Le projecteur est dans l\'armoire.\n\n%s\n\nLe mar. 10 mars, %s a écrit :\n%s' % (me, other, quote(q))
        s = 'RE: salle pour formation'
    else:
        q = 'Hi %s,\nIs room 3-210 free Thursday for the new registration system training?\n%s' % (me.split()[0], other)
        t = 'Yes, booked 1-4 pm. Projector is in the cabinet.\n\n%s\n\nOn Tue, Mar 10, %s wrote:\n%s' % (me, other, quote(q))
        s = 'RE: room for training'
    return N('admin_reply', s, t, 'reply with quote about booking a training room', hdr(me, email_of(me, dom)), email_of(other, dom))

def n_fwd_vendor(c, lang):
    site, me, ph, dom = S(c, lang); r = c.r
    inner = inner_eml(c, 'support@editeur-logiciel.example', 'ti@%s' % dom, 'Version 12.4 disponible' if lang == 'fr' else 'Release 12.4 available',
                      ('La version 12.4 du module de facturation corrige le calcul des majorations et l\'export CSV. Déploiement recommandé hors heures.' if lang == 'fr'
                       else 'Release 12.4 of the billing module fixes premium calculation and CSV export. Deploy off-hours.'), lang)
    if lang == 'fr':
        s = 'TR: mise à jour logiciel facturation'; t = 'FYI, à planifier avec l\'équipe de facturation.\n%s' % me
    else:
        s = 'FW: billing software update'; t = 'FYI, let\'s schedule with the billing team.\n%s' % me
    return N('vendor_forward', s, t, 'forward-as-attachment of a software vendor notice', hdr(me, email_of(me, dom)), 'facturation@%s' % dom, atts=[('vendor.eml', inner)])

def n_research_newsletter(c, lang):
    site, me, ph, dom = S(c, lang); pi = c.staff(lang); r = c.r
    if lang == 'fr':
        t = ("Bonjour,\n\nFélicitations à la Dre %s dont l'étude sur la fibrillation auriculaire (n = 1 240 participants) paraît ce mois-ci. Le recrutement de l'étude DIAB-EX atteint 64 %% de la cible. "
             "Rappel : aucune donnée nominative ne doit circuler par courriel.\n\n%s\nCentre de recherche" % (pi, me)).replace('%%', '%')
        s = 'Nouvelles de la recherche'
    else:
        t = ("Hi,\n\nCongratulations to Dr %s whose atrial fibrillation study (n = 1,240) is published this month. DIAB-EX recruitment is at 64%% of target. Reminder: no identifiable data by email.\n\n%s\nResearch Institute" % (pi, me)).replace('%%', '%')
        s = 'Research news'
    return N('research_news', s, t, 'research newsletter with aggregate enrolment', hdr(me, email_of(me, dom)), 'chercheurs@%s' % dom)

def n_budget_zip(c, lang):
    site, me, ph, dom = S(c, lang); r = c.r
    rows = [['Centre de coûts', 'Budget', 'Réel'] if lang == 'fr' else ['Cost centre', 'Budget', 'Actual']] + [[str(r.randint(6000, 7999)), r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 5, 10 ** 6)] for _ in range(6)]
    z = make_zip([('budget.csv', make_csv(rows))])
    if lang == 'fr':
        s = 'Suivi budgétaire P10'; t = 'Bonjour,\nLe fichier de suivi budgétaire P10 est dans le zip.\n%s\nFinances' % me
    else:
        s = 'Budget follow-up P10'; t = 'Hi,\nP10 budget follow-up file in the zip.\n%s\nFinance' % me
    return N('finance_zip', s, t, 'ZIP with cost-centre budget CSV', hdr(me, email_of(me, dom)), 'gestionnaires@%s' % dom, atts=[('budget_P10.zip', z)])

def n_employee_sin(c, lang):
    # payroll-type mail about a staff member: not a patient
    site, me, ph, dom = S(c, lang); emp = c.staff(lang); r = c.r
    if lang == 'fr':
        t = "Bonjour %s,\n\nVotre relevé 1 et T4 2025 sont disponibles dans le portail employé. Pour toute correction d'adresse, contactez la paie au poste 2200.\n\n%s\nService de la paie" % (emp.split()[0], me)
        s = 'Relevés fiscaux 2025'
    else:
        t = "Hi %s,\n\nYour 2025 T4 is available in the employee portal. For address corrections, contact Payroll at ext 2200.\n\n%s\nPayroll" % (emp.split()[0], me)
        s = '2025 tax slips'
    return N('payroll', s, t, 'payroll notice to an employee', hdr(me, email_of(me, dom)), email_of(emp, dom))

NEG = [n_donor_thanks, n_board, n_journalist_stats, n_oncall, n_volunteer, n_minister, n_flu_campaign, n_stats_xlsx, n_newsletter, n_job,
       n_invoice, n_it, n_parking, n_conference, n_reb, n_reb_approval, n_hr_sick, n_blank_form, n_teaching, n_legal_contract,
       n_ramq_bulletin, n_transport_kpi, n_retention, n_gala_ics, n_press_release, n_doctor_disease, n_po_lookalike, n_cafeteria,
       n_quality, n_public_health, n_staff_vcard, n_survey, n_staff_shift_list, n_eap, n_reply_admin, n_fwd_vendor,
       n_research_newsletter, n_budget_zip, n_employee_sin]


# ================================================================ main
def run(out, seed, n_pos=120, n_neg=180):
    c = Ctx(seed)
    r = c.r
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    labels = {}; meta = {}; transports = []
    plan = []
    for i in range(n_pos):
        plan.append(('p', POS[i % len(POS)], 'fr' if i % 2 == 0 else 'en'))
    for i in range(n_neg):
        plan.append(('n', NEG[i % len(NEG)], 'en' if i % 2 == 0 else 'fr'))
    r.shuffle(plan)
    cnt = {'p': 0, 'n': 0}
    for kind, fn, lang in plan:
        spec = fn(c, lang)
        lang = spec.get('lang_force', lang)
        cnt[kind] += 1
        b = build(c, spec, transports)
        folder = 'positive' if kind == 'p' else 'negative'
        name = '%s/%s%03d_%s.eml' % (folder, kind, cnt[kind], spec['cat'])
        with open(os.path.join(out, name), 'wb') as f:
            f.write(b)
        labels[name] = dict(confidential=(kind == 'p'), types=sorted(spec['types']) if kind == 'p' else [], lang=lang, note=spec['note'])
        meta[name] = dict(category=spec['cat'], transport=transports[-1])
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(dict(sorted(labels.items())), f, ensure_ascii=False, indent=1)
    check(out, labels, meta)

def check(out, labels, meta):
    files = sorted('%s/%s' % (s, f) for s in ('positive', 'negative') for f in os.listdir(os.path.join(out, s)) if f.endswith('.eml'))
    assert files == sorted(labels), 'labels do not cover files'
    h = hashlib.sha256()
    from collections import Counter
    cats = Counter(); langs = Counter(); trans = Counter(); kinds = Counter()
    for fn in files:
        b = open(os.path.join(out, fn), 'rb').read()
        h.update(fn.encode() + b'\0' + b)
        m = email.message_from_bytes(b, policy=email.policy.default)
        assert not m.defects, (fn, m.defects)
        for part in m.walk():
            if part.get_content_type() == 'message/rfc822':
                trans['attachment=message/rfc822'] += 1
            assert not part.defects, (fn, part.defects)
            if part.is_multipart():
                continue
            if part.get_content_disposition() == 'attachment':
                trans['attachment=' + part.get_content_type()] += 1
            if part.get_content_maintype() == 'text':
                part.get_content()
            else:
                assert part.get_payload(decode=True) is not None, fn
        lab = labels[fn]
        if lab['confidential']:
            assert lab['types'], fn
        else:
            assert not lab['types'], fn
        kinds['positive' if lab['confidential'] else 'negative'] += 1
        cats[meta[fn]['category']] += 1; langs[lab['lang']] += 1
        t = meta[fn]['transport'].split('/')
        trans[t[0]] += 1; trans['charset=' + t[1]] += 1; trans['cte=' + t[2]] += 1; trans[t[3]] += 1
    print('files:', len(files), dict(kinds))
    print('lang:', dict(langs))
    print('categories:', dict(sorted(cats.items())))
    print('transport:', dict(sorted(trans.items())))
    h.update(open(os.path.join(out, 'labels.json'), 'rb').read())
    print('sha256:', h.hexdigest())

if __name__ == '__main__':
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    ap.add_argument('--seed', type=int, default=1010)
    a = ap.parse_args()
    run(a.out, a.seed)
