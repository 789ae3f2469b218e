#!/usr/bin/env python3
"""Deterministic generator for corpus_heldout_16 (rehabilitation & mental-health network, ON / QC / BE).
Run:  python generate.py [--out DIR]     (seed 1616; 120 positives, 180 negatives)"""
import os, sys, io, json, random, hashlib, datetime, argparse
from email.message import EmailMessage
from email import policy, utils
import email

HERE = os.path.dirname(os.path.abspath(__file__))

# ----------------------- helpers: identifiers, attachments -----------------------
import io, re, csv, zipfile, hashlib, datetime, html as _html
from email.message import EmailMessage
from email import policy, utils
from stdnum.ca import sin as _sin
from stdnum.be import nn as _nn
from stdnum.fr import nir as _nir
from stdnum import luhn as _luhn

FIXED_ZIP_DT = (2026, 11, 2, 9, 0, 0)

def luhn_digit(body):
    return _luhn.calc_check_digit(body)

def make_sin(r):
    while True:
        body = str(r.choice([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(r.randint(0, 9)) for _ in range(7))
        s = body + luhn_digit(body)
        if _sin.is_valid(s):
            return s

def make_hcn(r):
    while True:
        body = str(r.randint(1, 9)) + ''.join(str(r.randint(0, 9)) for _ in range(8))
        s = body + luhn_digit(body)
        if _luhn.is_valid(s):
            return s

def make_niss(r, dob, sex):
    y, m, d = dob.split('-')
    while True:
        ser = r.randint(1, 997)
        if (ser % 2 == 1) != (sex == 'M'):
            continue
        base = y[2:] + m + d + '%03d' % ser
        n = int(('2' + base) if int(y) >= 2000 else base)
        s = base + '%02d' % (97 - n % 97)
        if _nn.is_valid(s):
            return s

def make_nir(r, dob, sex):
    y, m, d = dob.split('-')
    while True:
        base = ('1' if sex == 'M' else '2') + y[2:] + m + '%02d' % r.choice([59, 62, 75, 80, 2]) + '%03d' % r.randint(1, 899) + '%03d' % r.randint(1, 999)
        s = base + '%02d' % (97 - int(base) % 97)
        if _nir.is_valid(s):
            return s

FW = str.maketrans('0123456789', '０１２３４５６７８９')

def disguise(ident, style):
    s = ident
    if style == 'plain':
        return s
    if style == 'space':
        return ' '.join(s[i:i + 4] for i in range(0, len(s), 4)) if len(s) != 9 else ' '.join((s[:3], s[3:6], s[6:]))
    if style == 'dots':
        return '.'.join(s[i:i + 3] for i in range(0, len(s), 3))
    if style == 'hyph':
        return '-'.join(s[i:i + 4] for i in range(0, len(s), 4)) if len(s) != 9 else '-'.join((s[:3], s[3:6], s[6:]))
    if style == 'fw':
        return s.translate(FW)
    if style == 'split':
        h = len(s) // 2
        return s[:h] + '\n' + s[h:]
    if style == 'lower':
        return s.lower()
    if style == 'slash':
        return '/'.join(s[i:i + 4] for i in range(0, len(s), 4))
    return s

def fmt_hcn(h, style):
    if style == 'std':
        return '%s-%s-%s' % (h[:4], h[4:7], h[7:])
    if style == 'vc':
        return '%s %s %s %s' % (h[:4], h[4:7], h[7:], 'AB')
    return disguise(h, style)

def fmt_niss(n, style):
    if style == 'std':
        return '%s.%s.%s-%s.%s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:])
    return disguise(n, style)

def fmt_nam(n, style):
    if style == 'std':
        return '%s %s %s' % (n[:4], n[4:8], n[8:])
    return disguise(n, style)

# ---------------- attachments ----------------
def normalize_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
    for info in sorted(zin.infolist(), key=lambda i: i.filename):
        b = zin.read(info.filename)
        if info.filename == 'docProps/core.xml' or info.filename == 'docProps/app.xml':
            t = b.decode('utf-8')
            t = re.sub(r'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)', r'\g<1>2026-11-02T09:00:00Z\3', t)
            t = re.sub(r'(<cp:lastModifiedBy>)[^<]*(</cp:lastModifiedBy>)', r'\1scanner\2', t)
            b = t.encode('utf-8')
        zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DT)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, b)
    zout.close()
    return out.getvalue()

def make_pdf(title, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setAuthor('')
    c.setFont('Helvetica-Bold', 13)
    y = 740
    c.drawString(60, y, title)
    y -= 26
    c.setFont('Helvetica', 10)
    for ln in lines:
        if y < 60:
            c.showPage(); c.setFont('Helvetica', 10); y = 740
        c.drawString(60, y, ln)
        y -= 15
    c.showPage()
    c.save()
    return buf.getvalue()

def make_docx(title, paras, table=None):
    import docx
    d = docx.Document()
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    cp = d.core_properties
    fixed = datetime.datetime(2026, 11, 2, 9, 0, 0)
    cp.created = fixed; cp.modified = fixed; cp.last_modified_by = 'scanner'; cp.author = 'scanner'; cp.revision = 1
    buf = io.BytesIO(); d.save(buf)
    return normalize_zip(buf.getvalue())

def make_xlsx(sheet, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet[:30]
    for row in rows:
        ws.append(list(row))
    fixed = datetime.datetime(2026, 11, 2, 9, 0, 0)
    wb.properties.created = fixed; wb.properties.modified = fixed; wb.properties.creator = 'scanner'; wb.properties.lastModifiedBy = 'scanner'
    buf = io.BytesIO(); wb.save(buf)
    return normalize_zip(buf.getvalue())

def make_csv(rows, enc='utf-8', sep=','):
    s = io.StringIO()
    w = csv.writer(s, delimiter=sep, lineterminator='\r\n')
    for row in rows:
        w.writerow(row)
    return s.getvalue().encode(enc, errors='replace')

def make_ics(uid, summary, desc, start, minutes, location, organizer, attendees=()):
    from icalendar import Calendar, Event, vCalAddress
    cal = Calendar()
    cal.add('prodid', '-//Riverbend Scheduling//EN')
    cal.add('version', '2.0')
    cal.add('method', 'REQUEST')
    ev = Event()
    ev.add('uid', uid)
    ev.add('dtstamp', datetime.datetime(2026, 11, 2, 9, 0, 0, tzinfo=datetime.timezone.utc))
    ev.add('dtstart', start)
    ev.add('dtend', start + datetime.timedelta(minutes=minutes))
    ev.add('summary', summary)
    if desc:
        ev.add('description', desc)
    ev.add('location', location)
    ev.add('organizer', vCalAddress('mailto:' + organizer))
    for a in attendees:
        ev.add('attendee', vCalAddress('mailto:' + a))
    cal.add_component(ev)
    return cal.to_ical()

def make_vcf(fn_last, fn_first, tel=None, adr=None, email=None, org=None, title=None, note=None):
    L = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (fn_last, fn_first), 'FN:%s %s' % (fn_first, fn_last)]
    if org: L.append('ORG:' + org)
    if title: L.append('TITLE:' + title)
    if tel: L.append('TEL;TYPE=HOME,VOICE:' + tel)
    if adr: L.append('ADR;TYPE=HOME:;;%s;%s;%s;%s;%s' % adr)
    if email: L.append('EMAIL;TYPE=INTERNET:' + email)
    if note: L.append('NOTE:' + note.replace('\n', '\\n').replace(',', '\\,'))
    L.append('END:VCARD')
    return ('\r\n'.join(L) + '\r\n').encode('utf-8')

def make_zip(files):
    out = io.BytesIO()
    z = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
    for name, data in files:
        zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        z.writestr(zi, data)
    z.close()
    return out.getvalue()

MIME = {
    'pdf': ('application', 'pdf'), 'docx': ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document'),
    'xlsx': ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet'), 'csv': ('text', 'csv'),
    'ics': ('text', 'calendar'), 'vcf': ('text', 'vcard'), 'zip': ('application', 'zip'), 'eml': ('message', 'rfc822'),
    'txt': ('text', 'plain'),
}

def html_of(text):
    out = []
    for ln in text.split('\n'):
        if ln.startswith('>'):
            out.append('<span style="color:#555">' + _html.escape(ln) + '</span>')
        else:
            out.append(_html.escape(ln))
    return ('<html><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">'
            + '<br>\n'.join(out) + '</div></body></html>\n')


SEED = 1616
N_POS, N_NEG = 120, 180

def load_nams():
    for p in (os.path.join(HERE, '..', 'blind_nams.txt'),):
        if os.path.exists(p):
            out = []
            with open(p, encoding='utf-8') as f:
                for ln in f:
                    ln = ln.strip()
                    if not ln or ln.startswith('#'):
                        continue
                    last, first, dob, sex, nam = ln.split()[:5]
                    out.append(dict(last=last, first=first, dob=dob, sex=sex, nam=nam))
            return out
    raise SystemExit('blind_nams.txt not found')

NET = 'riverbend-health.example'
BE = 'hp-saintremi.example'
SITES = {
    'on': ('Riverbend Rehabilitation & Mental Health Network - Kingsford Site', '410 Harbour Rd, Kingsford ON K7X 2B4', '613-555-0140'),
    'on2': ('Lakeshore Addiction Services (Riverbend)', '88 Dock St, Port Alder ON K0K 3H1', '613-555-0192'),
    'qc': ('Riverbend - Site Pontiac-Est', '22, rue Main, Pontiac-Est QC J0X 1Z0', '819-555-0177'),
    'be': ('Hôpital psychiatrique Saint-Rémi (partenaire Riverbend)', 'Rue des Tilleuls 14, 5000 Namur-Ouest', '+32 81 555 012'),
}
STAFF = [
    ('Okafor', 'Chidi', 'MD, FRCPC', 'Psychiatrist', 'on'), ('Bergeron', 'Hélène', 'MD', 'Psychiatre', 'qc'),
    ('Patel', 'Anika', 'PT', 'Physiotherapist', 'on'), ('Lindqvist', 'Erik', 'OT Reg. (Ont.)', 'Occupational Therapist', 'on'),
    ('Tremblay-Ross', 'Nadia', 'MSW, RSW', 'Social Worker', 'qc'), ('Van Damme', 'Sophie', 'Dr', 'Psychiatre', 'be'),
    ('Dupont', 'Karim', 'inf. clin.', 'Infirmier clinicien', 'qc'), ('Chen', 'Wei', 'RN', 'Charge Nurse, 3 West', 'on'),
    ('Moreau', 'Julien', 'erg.', 'Ergothérapeute', 'qc'), ('Kowalski', 'Ania', 'RPN', 'Addiction Counsellor', 'on2'),
    ('MacLeod', 'Fiona', 'MD CCFP(AM)', 'Addiction Medicine', 'on2'), ('Haddad', 'Rami', 'MD', 'Psychiatre', 'qc'),
    ('Nguyen', 'Thu', 'PharmD', 'Clinical Pharmacist', 'on'), ('Fraser', 'Colin', 'BA', 'Unit Clerk', 'on'),
    ('Lambert', 'Isabelle', 'pht', 'Physiothérapeute', 'qc'), ('Peeters', 'Lien', 'AS', 'Assistante sociale', 'be'),
    ('Desrosiers', 'Éric', 'agent adm.', 'Agent administratif', 'qc'), ('Mertens', 'Luc', 'Dr', 'Médecin-chef', 'be'),
    ('Ahmadi', 'Leila', 'PhD', 'Research Coordinator', 'on'), ('Gosselin', 'Marie-Ève', 'CRHA', 'Conseillère RH', 'qc'),
    ('Baker', 'Tom', 'CHRL', 'HR Business Partner', 'on'), ('Wouters', 'Ann', 'ing.', 'Responsable informatique', 'be'),
]
ON_PAT = [('Kowalczyk', 'Brian', 'M'), ("O'Neill", 'Tara', 'F'), ('Singh', 'Harpreet', 'M'), ('MacPherson', 'Duncan', 'M'),
          ('Abernathy', 'Leah', 'F'), ('Reyes', 'Carmen', 'F'), ('Thompson', 'Wade', 'M'), ('Ivanova', 'Daria', 'F'),
          ('Baptiste', 'Kevin', 'M'), ('Whitfield', 'Joan', 'F'), ('Nakamura', 'Ken', 'M'), ('Lafleur', 'Dylan', 'M'),
          ('Osei', 'Abena', 'F'), ('Grant', 'Marlene', 'F'), ('Doucette', 'Ryan', 'M'), ('Okafor', 'Grace', 'F'),
          ('Petrov', 'Stefan', 'M'), ('Hill', 'Brittany', 'F'), ('Campbell', 'Ewan', 'M'), ('Mensah', 'Kofi', 'M')]
BE_PAT = [('Janssens', 'Marc', 'M'), ('Dubois', 'Aline', 'F'), ('Lambotte', 'Cédric', 'M'), ('Wauters', 'Elke', 'F'),
          ('Renard', 'Manon', 'F'), ('Maes', 'Thibaut', 'M'), ('Claes', 'Sarah', 'F'), ('Delvaux', 'Pierre-Yves', 'M'),
          ('Hermans', 'Nathalie', 'F'), ('Gilson', 'Bruno', 'M')]
EXT = ['physio-bayview.example', 'clinique-lavallee.example', 'homecare-lennox.example', 'transport-adapte-pontiac.example',
       'pharmacie-dupuis.example', 'fht-kingsford.example', 'cpas-namur-ouest.example', 'mutualite-duval.example',
       'gmf-aylmer-nord.example', 'ohip-claims-sim.example', 'cnesst-sim.example', 'chu-liege-ouest.example']

class Ctx:
    def __init__(self, r, nams):
        self.r = r
        self.nams = nams
        self.n = 0
    def staff(self, region=None, lang=None):
        r = self.r
        pool = [s for s in STAFF if (region is None or s[4] == region or (region == 'on' and s[4] == 'on2'))]
        s = r.choice(pool or STAFF)
        dom = BE if s[4] == 'be' else NET
        addr = '%s.%s@%s' % (strip(s[1]).lower(), strip(s[0]).lower().replace(' ', '').replace("'", ''), dom)
        return dict(last=s[0], first=s[1], cred=s[2], role=s[3], site=s[4], addr=addr)
    def clin(self, region=None):
        for _ in range(50):
            st = self.staff(region)
            if st['cred'] not in ('BA', 'agent adm.', 'CRHA', 'CHRL', 'ing.', 'PhD'):
                return st
        return st
    def md(self, region=None):
        for _ in range(80):
            st = self.staff(region)
            if 'MD' in st['cred'] or st['cred'] == 'Dr':
                return st
        return st
    def ext(self, kind=None):
        r = self.r
        d = kind or r.choice(EXT)
        box = r.choice(['referrals', 'intake', 'admin', 'reception', 'accueil', 'rendezvous', 'info'])
        return box + '@' + d
    def qc_pat(self):
        p = dict(self.r.choice(self.nams)); p['region'] = 'qc'; return p
    def dob(self, lo=1935, hi=2008):
        r = self.r
        return '%04d-%02d-%02d' % (r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))
    def on_pat(self):
        l, f, s = self.r.choice(ON_PAT)
        return dict(last=l, first=f, sex=s, dob=self.dob(), hcn=make_hcn(self.r), region='on')
    def be_pat(self):
        l, f, s = self.r.choice(BE_PAT)
        d = self.dob()
        return dict(last=l, first=f, sex=s, dob=d, niss=make_niss(self.r, d, s), region='be')
    def mrn(self, region='on'):
        r = self.r
        shape = r.choice(['RB', 'num8', 'H', 'num7'])
        if region == 'be':
            return '%09d' % r.randint(100000000, 999999999) if r.random() < .5 else 'SR-%06d' % r.randint(1, 999999)
        if shape == 'RB': return 'RB%07d' % r.randint(0, 9999999)
        if shape == 'num8': return '%08d' % r.randint(10000000, 99999999)
        if shape == 'H': return 'H-%07d' % r.randint(0, 9999999)
        return '%07d' % r.randint(1000000, 9999999)
    def when(self, region='on'):
        r = self.r
        d = datetime.datetime(2026, r.choice([9, 10, 11]), r.randint(1, 28), r.randint(7, 19), r.randint(0, 59), r.randint(0, 59))
        tz = datetime.timezone(datetime.timedelta(hours=1)) if region == 'be' else datetime.timezone(datetime.timedelta(hours=-4 if d.month < 11 else -5))
        return d.replace(tzinfo=tz)

def strip(s):
    import unicodedata
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')

def sig(st, lang, r, disclaimer=None):
    site = SITES[st['site']]
    L = ['', '--' if r.random() < .5 else '-- ', '%s %s, %s' % (st['first'], st['last'], st['cred']), st['role'], site[0], site[1]]
    tel = site[2] + (('  poste ' if lang == 'fr' else ' ext. ') + str(r.randint(2000, 6999)) if st['site'] != 'be' else '')
    L.append(('Tél. ' if lang == 'fr' else 'T ') + tel)
    if r.random() < .35 and st['site'] != 'be':
        L.append('Téléc. ' + site[2][:-2] + '99' if lang == 'fr' else 'F ' + site[2][:-2] + '99')
    if disclaimer is None:
        disclaimer = r.random() < .4
    if disclaimer:
        L.append('')
        if lang == 'fr':
            L.append("AVIS DE CONFIDENTIALITÉ : ce courriel est destiné uniquement au destinataire visé. Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur.")
        else:
            L.append('CONFIDENTIALITY NOTICE: This e-mail is intended only for the named recipient. If you received it in error, please delete it and notify the sender.')
    return '\n'.join(L)

def ddmm(d, lang):
    y, m, dd = d.split('-')
    return '%s/%s/%s' % (dd, m, y) if lang == 'fr' else d

def pron(p, lang):
    if lang == 'fr':
        return ('elle', 'la patiente', 'Mme') if p['sex'] == 'F' else ('il', 'le patient', 'M.')
    return ('she', 'her', 'Ms') if p['sex'] == 'F' else ('he', 'his', 'Mr')

def pid(p, r, style=None):
    """identifier text and type for patient"""
    if 'nam' in p:
        return fmt_nam(p['nam'], style or r.choice(['plain', 'plain', 'std', 'space'])), 'ramq_nam', 'NAM'
    if 'hcn' in p:
        return fmt_hcn(p['hcn'], style or r.choice(['std', 'vc', 'plain', 'space'])), 'ca_health_number', 'HCN'
    if 'niss' in p:
        return fmt_niss(p['niss'], style or r.choice(['std', 'plain', 'std'])), 'be_niss', 'NISS'
    raise ValueError

def pat_for(ctx, lang, region=None):
    r = ctx.r
    if region is None:
        region = r.choice(['qc', 'qc', 'be']) if lang == 'fr' else r.choice(['on', 'on', 'on', 'qc'])
    if region == 'qc': return ctx.qc_pat()
    if region == 'be': return ctx.be_pat()
    return ctx.on_pat()

def quote_block(text, who, when, lang, r, style=None):
    style = style or r.choice(['gt', 'gt', 'outlook'])
    ds = utils.format_datetime(when)
    if style == 'gt':
        hdr = ('Le %s, %s a écrit :' % (ds, who)) if lang == 'fr' else ('On %s, %s wrote:' % (ds, who))
        return '\n\n' + hdr + '\n' + '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))
    if lang == 'fr':
        return '\n\n-----Message d\'origine-----\nDe : %s\nEnvoyé : %s\nObjet : %s\n\n%s' % (who, ds, '', text)
    return '\n\n-----Original Message-----\nFrom: %s\nSent: %s\nSubject: \n\n%s' % (who, ds, text)

def fwd_block(text, who, when, subj, lang):
    ds = utils.format_datetime(when)
    if lang == 'fr':
        return '\n\n-------- Message transféré --------\nDe : %s\nDate : %s\nObjet : %s\n\n%s' % (who, ds, subj, text)
    return '\n\n---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\n\n%s' % (who, ds, subj, text)

# ======================= POSITIVE TEMPLATES =======================
DX_REHAB_EN = ['L TKA day 9, ROM 0-85, WBAT', 'R MCA stroke, L hemiparesis, mod assist transfers', 'C5-6 ACDF, neck pain, grip weakness',
               'L hip ORIF after fall, WBAT, walker', 'MS relapse, fatigue, falls x2', 'R BKA, prosthetic training', 'TBI after MVC, dual-task deficits']
DX_REHAB_FR = ['PTG D J9, amplitude 0-80, MEC selon tolérance', 'AVC sylvien G, hémiparésie D, transferts avec aide', 'fracture poignet D ostéosynthèse',
               'PTH G post-chute, déambulateur', 'SEP poussée, fatigue, chutes', 'amputation trans-tibiale G, entraînement prothèse', 'TCC léger post-accident, troubles attentionnels']
PSY_DX_EN = ['schizophrenia, recent relapse', 'bipolar I, current manic episode', 'MDD with passive SI', 'alcohol use disorder, severe, in early remission',
             'opioid use disorder on buprenorphine', 'PTSD, nightmares, hypervigilance', 'first episode psychosis', 'borderline PD, self-harm last week']
PSY_DX_FR = ['schizophrénie, rechute récente', 'trouble bipolaire I, épisode maniaque', 'dépression majeure avec idées suicidaires passives',
             "trouble lié à l'usage d'alcool, sevrage récent", 'trouble lié aux opioïdes sous méthadone', 'TSPT, cauchemars', 'premier épisode psychotique',
             'trouble de personnalité limite, automutilation la sem. dernière']
MEDS = ['clozapine 300 mg HS', 'lithium 900 mg die', 'quetiapine 200 mg HS', 'sertraline 100 mg die', 'buprenorphine/naloxone 16 mg die',
        'methadone 85 mg die', 'olanzapine 10 mg HS', 'paliperidone palmitate 150 mg IM q4w', 'naltrexone 50 mg die', 'lorazepam 1 mg PRN']
SOC_EN = ['lives in a rooming house, eviction notice for end of month', 'on ODSP, cheque stolen last week', 'CAS involved, supervised access to kids only',
          'partner violence, staying at shelter, do not disclose location', 'on probation, reports weekly to PO', 'refugee claimant, hearing postponed']
SOC_FR = ['DPJ impliquée, contacts supervisés avec les enfants', 'sans domicile fixe depuis août, dort au refuge', "aide sociale, chèque coupé ce mois-ci",
          'violence conjugale, hébergée en maison d\'aide, ne pas divulguer l\'adresse', 'en probation, suivi par agent de libération', 'revenu d\'intégration CPAS, dettes de loyer']

PSY_PAIRS = [(0, [0, 4, 6, 7]), (1, [1, 4]), (2, [3, 2]), (3, [8, 9]), (4, [4]), (5, [3, 2]), (6, [6, 2]), (7, [3, 2])]
def psy(r, lang):
    i, meds = r.choice(PSY_PAIRS)
    dx = (PSY_DX_FR if lang == 'fr' else PSY_DX_EN)[i]
    if i == 4 and lang == 'fr':
        return dx, 'methadone 85 mg die'
    if i == 4:
        return dx, 'buprenorphine/naloxone 16 mg die'
    return dx, MEDS[r.choice(meds)]

def p_referral(ctx, lang):
    r = ctx.r; p = pat_for(ctx, lang); st = ctx.clin(p['region'] if p['region'] != 'be' else 'qc')
    idt, ityp, ilab = pid(p, r); disc = r.choice(['pt', 'ot'])
    dx = r.choice(DX_REHAB_FR if lang == 'fr' else DX_REHAB_EN)
    if lang == 'fr':
        kind = 'physiothérapie' if disc == 'pt' else 'ergothérapie'
        subj = r.choice(['Référence %s - %s %s' % (kind, p['last'], p['first']), 'réf. %s' % kind, 'Demande de service %s' % kind])
        body = 'Bonjour,\n\nréférence en %s externe svp :\n\n%s, %s\nDDN %s\n%s %s\nDx : %s\n%s\n\nMerci de nous aviser de la date du 1er rdv.\n' % (
            kind, p['last'].upper(), p['first'], ddmm(p['dob'], lang), ilab, idt, dx,
            r.choice(['Priorité : urgente (retour à domicile prévu vendredi)', 'Priorité : régulière', 'Objectifs : autonomie AVQ, évaluation du domicile']))
    else:
        kind = 'PT' if disc == 'pt' else 'OT'
        subj = r.choice(['Outpt %s referral - %s' % (kind, p['last']), '%s referral' % kind, 'referral %s, %s %s' % (kind, p['last'], p['first'][0])])
        body = 'Hi,\n\nPlease book outpt %s:\n\n%s, %s  DOB %s\n%s %s\nDx: %s\nGoals: %s\n\nThx\n' % (
            kind, p['last'], p['first'], p['dob'], ilab, idt, dx, r.choice(['gait, stairs, return to work', 'ADL independence, home safety eval', 'strength + balance, falls prevention']))
    return dict(cat='referral', subject=subj, body=body + sig(st, lang, r), st=st, to=[ctx.ext('physio-bayview.example' if lang == 'en' else 'clinique-lavallee.example')],
                types=['patient_name', 'date_of_birth', ityp, 'diagnosis'], note='rehab referral with patient name, DOB, health number and diagnosis')

def p_signout(ctx, lang):
    r = ctx.r; region = 'qc' if lang == 'fr' else r.choice(['on', 'on', 'qc']); st = ctx.clin(region)
    n = r.randint(3, 6); rows = []
    for i in range(n):
        p = ctx.qc_pat() if region == 'qc' else ctx.on_pat()
        m = ctx.mrn(region); dx, med = psy(r, lang)
        bed = '%s%02d' % (r.choice(['3W-', '4E-', 'U2-']), r.randint(1, 24))
        if lang == 'fr':
            rows.append('%s %s, %s, doss %s - %s. %s. %s' % (bed, p['last'].upper(), p['first'], m, dx, med, r.choice(['Surveillance q15min.', 'Congé prévu demain.', 'Refuse la médication, réévaluer AM.', 'Niveau taux à recontrôler.'])))
        else:
            rows.append('%s %s, %s (MRN %s) - %s; %s. %s' % (bed, p['last'], p['first'], m, dx, med, r.choice(['q15 checks.', 'dc planned tmrw.', 'refusing meds, reassess AM.', 'f/u level in AM.', 'Form 1 expires 0900 Thu.'])))
    if lang == 'fr':
        subj = r.choice(['Passation de garde %s' % r.choice(['nuit', 'fds']), 'liste de départ - unité 3', 'signout psy'])
        body = 'Salut,\n\nvoici la liste pour la garde :\n\n' + '\n'.join(rows) + '\n\nRien d\'autre, bonne nuit.\n'
    else:
        subj = r.choice(['Signout 3 West', 'handover for tonight', 'weekend sign-out psych', 'signout'])
        body = 'Signout for tonight:\n\n' + '\n'.join(rows) + '\n\nPage me if anything.\n'
    return dict(cat='signout_list', subject=subj, body=body + sig(st, lang, r, False), st=st, to=[ctx.staff(region)['addr']],
                types=['patient_name', 'mrn', 'diagnosis', 'medication'], note='psychiatry sign-out list with patient names, chart numbers, diagnoses and medications')

def p_group_roster(ctx, lang):
    r = ctx.r; region = 'qc' if lang == 'fr' else r.choice(['on', 'on', 'qc']); st = ctx.staff('on' if region == 'on' else 'qc')
    if region == 'on': st = ctx.staff('on2') if r.random() < .7 else st
    n = r.randint(5, 9); rows = []; csvrows = [['last', 'first', 'attendance', 'note']]
    for i in range(n):
        p = ctx.qc_pat() if region == 'qc' else ctx.on_pat()
        att = r.choice(['P', 'P', 'P', 'A', 'R'])
        note = r.choice(['UDS neg', 'UDS + fentanyl', 'relapse wknd', '', 'left early', 'new member', 'housing search', 'court date Tue'] if lang == 'en'
                        else ['dépistage négatif', 'rechute fds', '', 'nouveau membre', 'parti tôt', 'recherche de logement', 'cour mardi'])
        rows.append('%s, %s - %s %s' % (p['last'], p['first'], att, note)); csvrows.append([p['last'], p['first'], att, note])
    atts = []
    if lang == 'fr':
        subj = r.choice(['Groupe prévention de la rechute - présences', 'présences groupe jeudi', 'Groupe TCD - liste'])
        body = 'Bonjour,\n\nprésences du groupe de prévention de la rechute (dépendances) de jeudi :\n\n' + '\n'.join(rows) + '\n\nP = présent, A = absent, R = retard\n'
    else:
        subj = r.choice(['Relapse prevention group roster', 'group attendance Thu', 'SMART Recovery group - attendance', 'DBT skills group list'])
        body = 'Hi team,\n\nAttendance for Thursday\'s relapse prevention group (addiction services):\n\n' + '\n'.join(rows) + '\n\nP present / A absent / R late\n'
    if r.random() < .4:
        body = ('Bonjour,\n\nci-joint les présences du groupe dépendances.\n' if lang == 'fr' else 'Hi,\n\nattendance for the addictions group attached.\n')
        atts.append(('presences_groupe.csv' if lang == 'fr' else 'group_attendance.csv', make_csv(csvrows, 'utf-8' if r.random() < .5 else 'cp1252', ';' if lang == 'fr' else ',')))
    t = ['patient_name', 'social_information'] + (['lab_result'] if any(('UDS' in x[3] or 'dépistage' in x[3]) for x in csvrows[1:]) else [])
    return dict(cat='group_roster', subject=subj, body=body + sig(st, lang, r), st=st, to=[ctx.staff(region)['addr'] for _ in range(2)], atts=atts,
                types=t, note='addiction-services group-therapy attendance roster naming participants')

def p_subject_only(ctx, lang):
    r = ctx.r; p = pat_for(ctx, lang); st = ctx.staff('qc' if p['region'] != 'on' else 'on')
    idt, ityp, ilab = pid(p, r, 'plain')
    if lang == 'fr':
        subj = r.choice(['%s %s %s - annuler rdv psy du 14' % (p['last'].upper(), p['first'], idt), 'RE: %s %s - %s' % (p['last'], p['first'], r.choice(PSY_DX_FR)),
                         '%s %s DDN %s sevrage alcool - lit?' % (p['last'], p['first'], ddmm(p['dob'], lang))])
        body = r.choice(['Fait.', 'ok merci', 'C\'est fait, merci', 'Oui.']) + '\n'
    else:
        subj = r.choice(['%s, %s %s - cancel psych appt 14th' % (p['last'], p['first'], idt), 'RE: %s %s - %s' % (p['last'], p['first'], r.choice(PSY_DX_EN)),
                         '%s %s DOB %s detox bed?' % (p['last'], p['first'], p['dob'])])
        body = r.choice(['Done.', 'ok thx', 'yes', 'Booked, thanks']) + '\n'
    types = ['patient_name']
    if idt in subj: types.append(ityp)
    if 'DOB' in subj or 'DDN' in subj: types += ['date_of_birth', 'social_information']
    if 'RE:' in subj: types.append('diagnosis')
    if 'psy' in subj and 'RE:' not in subj: types.append('diagnosis')
    return dict(cat='subject_only', subject=subj, body=body + (sig(st, lang, r, False) if r.random() < .5 else ''), st=st, to=[ctx.staff()['addr']],
                types=sorted(set(types)), note='patient identified only in the Subject line, body is a short acknowledgement')

def p_quoted_reply(ctx, lang):
    r = ctx.r; p = pat_for(ctx, lang); st = ctx.clin('qc' if p['region'] == 'qc' else ('be' if p['region'] == 'be' else 'on')); other = ctx.staff()
    idt, ityp, ilab = pid(p, r); dx = r.choice(PSY_DX_FR if lang == 'fr' else PSY_DX_EN); soc = r.choice(SOC_FR if lang == 'fr' else SOC_EN)
    if lang == 'fr':
        orig = 'Bonjour,\n\npouvez-vous voir %s %s (%s %s) en suivi post-hospitalisation ? Dx %s. %s.\nMerci\n%s' % (p['first'], p['last'], ilab, idt, dx, soc, other['first'])
        top = r.choice(['Oui, rdv donné le 12 à 10h.', 'Reçu, on la/le met sur la liste.', 'Ok pour nous. Je transmets à l\'équipe.'])
        subj = 'RE: suivi post-hospitalisation'
    else:
        orig = 'Hi,\n\ncan you see %s %s (%s %s) for post-discharge f/u? Dx %s. %s.\nThanks\n%s' % (p['first'], p['last'], ilab, idt, dx, soc, other['first'])
        top = r.choice(['Yes - booked for the 12th at 10:00.', 'Got it, added to the waitlist.', 'OK on our end, forwarding to intake.'])
        subj = r.choice(['RE: post-discharge follow-up', 'Re: f/u request'])
    body = top + '\n' + sig(st, lang, r, False) + quote_block(orig, '%s %s <%s>' % (other['first'], other['last'], other['addr']), ctx.when(), lang, r)
    return dict(cat='quoted_reply', subject=subj, body=body, st=st, to=[other['addr']],
                types=['patient_name', ityp, 'diagnosis', 'social_information'], note='short reply on top; quoted original carries patient name, identifier, diagnosis and social situation')

def p_discharge_pdf(ctx, lang):
    r = ctx.r; p = pat_for(ctx, lang); st = ctx.clin('qc' if p['region'] == 'qc' else ('be' if p['region'] == 'be' else 'on'))
    idt, ityp, ilab = pid(p, r, 'std' if 'nam' not in p else 'plain'); m = ctx.mrn(p['region'])
    dx, m1 = psy(r, lang); meds = [m1, r.choice(['lorazepam 1 mg PRN', 'zopiclone 7.5 mg HS PRN', 'nicotine patch 21 mg/24h'])]
    if lang == 'fr':
        lines = ['Nom : %s, %s' % (p['last'].upper(), p['first']), 'Date de naissance : %s   Sexe : %s' % (ddmm(p['dob'], 'fr'), p['sex']), '%s : %s   Dossier : %s' % (ilab, idt, m),
                 'Diagnostic principal : %s' % dx, 'Médication au congé : %s ; %s' % tuple(meds), 'Suivi : clinique externe dans 7 jours.']
        subj = r.choice(['Résumé de congé', 'Sommaire d\'hospitalisation - pour suivi', 'congé - doc joint']); body = 'Bonjour,\n\nci-joint le résumé de congé pour suivi en première ligne.\n\nCordialement,\n'
        fn = 'resume_conge_%s.pdf' % strip(p['last']).lower()
    else:
        lines = ['Patient: %s, %s' % (p['last'], p['first']), 'DOB: %s   Sex: %s' % (p['dob'], p['sex']), '%s: %s   MRN: %s' % (ilab, idt, m),
                 'Discharge diagnosis: %s' % dx, 'Discharge meds: %s; %s' % tuple(meds), 'Follow-up: outpatient clinic within 7 days.']
        subj = r.choice(['Discharge summary', 'DC summary for f/u', 'discharge summary attached']); body = 'Hello,\n\nPlease find attached the discharge summary for follow-up.\n\nRegards,\n'
        fn = r.choice(['DC_summary_%s.pdf' % strip(p['last']), 'scan_0043.pdf'])
    atts = [(fn, make_pdf('Résumé de congé' if lang == 'fr' else 'Discharge Summary', lines))]
    return dict(cat='discharge_pdf', subject=subj, body=body + sig(st, lang, r), st=st, to=[ctx.ext('fht-kingsford.example' if lang == 'en' else 'gmf-aylmer-nord.example')], atts=atts,
                types=['patient_name', 'date_of_birth', ityp, 'mrn', 'diagnosis', 'medication'], note='generic body; PDF attachment is a discharge summary with full patient identity')

def p_waitlist_xlsx(ctx, lang):
    r = ctx.r; region = 'qc' if lang == 'fr' else 'on'; st = ctx.staff(region)
    hdr = ['Nom', 'Prénom', 'DDN', 'NAM', 'Dx', 'Priorité'] if lang == 'fr' else ['Last', 'First', 'DOB', 'HCN', 'Dx', 'Priority']
    rows = [hdr]
    for i in range(r.randint(4, 10)):
        p = ctx.qc_pat() if region == 'qc' else ctx.on_pat()
        rows.append([p['last'], p['first'], p['dob'], p.get('nam') or fmt_hcn(p['hcn'], 'std'), r.choice(DX_REHAB_FR if lang == 'fr' else DX_REHAB_EN), r.choice(['P1', 'P2', 'P3'])])
    fn = 'liste_attente_ergo.xlsx' if lang == 'fr' else r.choice(['OT_waitlist_Nov.xlsx', 'PT waitlist.xlsx'])
    body = ('Bonjour,\n\nliste d\'attente à jour en pièce jointe. Svp prioriser les P1.\n' if lang == 'fr' else 'Hi all,\n\nupdated waitlist attached, pls prioritize P1s.\n')
    subj = 'Liste d\'attente ergo - mise à jour' if lang == 'fr' else r.choice(['Updated waitlist', 'OT/PT waitlist - Nov'])
    return dict(cat='waitlist_xlsx', subject=subj, body=body + sig(st, lang, r), st=st, to=[ctx.staff(region)['addr']], atts=[(fn, make_xlsx('Liste' if lang == 'fr' else 'Waitlist', rows))],
                types=['patient_name', 'date_of_birth', 'ramq_nam' if lang == 'fr' else 'ca_health_number', 'diagnosis'], note='spreadsheet attachment listing waitlisted patients with identifiers and diagnoses')

def p_research_named(ctx, lang):
    r = ctx.r; region = 'qc' if lang == 'fr' else r.choice(['on', 'qc']); st = ctx.staff(region)
    study = r.choice(['RB-DEP-2025-03', 'MOVE-REHAB', 'KETAMINE-TRD-02', 'STEP-UP'])
    rows = [['study_id', 'last', 'first', 'dob', 'mrn', 'visit', 'status']]
    lines = []
    for i in range(r.randint(3, 7)):
        p = ctx.qc_pat() if region == 'qc' else ctx.on_pat(); sid = '%s-%03d' % (study.split('-')[0], r.randint(1, 120)); m = ctx.mrn(region)
        stt = r.choice(['V3 done', 'missed V2', 'withdrew - hospitalized', 'AE: fall', 'SAE: overdose', 'V1 booked'])
        rows.append([sid, p['last'], p['first'], p['dob'], m, r.choice(['V1', 'V2', 'V3']), stt]); lines.append('%s  %s %s  %s' % (sid, p['last'], p['first'], stt))
    if r.random() < .5:
        atts = [('%s_tracking.csv' % study, make_csv(rows))]
        body = ('Bonjour,\n\nci-joint le suivi des participants %s pour le moniteur.\n' % study) if lang == 'fr' else ('Hi,\n\nparticipant tracking for %s attached for the monitor.\n' % study)
    else:
        atts = []
        body = (('Bonjour,\n\nmise à jour des participants %s :\n\n' % study) if lang == 'fr' else ('Hi,\n\n%s participant update:\n\n' % study)) + '\n'.join(lines) + '\n'
    subj = ('Suivi participants %s' % study) if lang == 'fr' else ('%s participant tracking' % study)
    return dict(cat='research_named', subject=subj, body=body + sig(st, lang, r), st=st, to=['monitor@cro-northstar.example'], atts=atts,
                types=['patient_name', 'date_of_birth', 'mrn', 'diagnosis'] if atts else ['patient_name', 'diagnosis'], note='research coordination naming participants next to study IDs and clinical events')

def p_case_conf_ics(ctx, lang):
    r = ctx.r; p = pat_for(ctx, lang, 'qc' if lang == 'fr' else r.choice(['on', 'qc'])); st = ctx.clin('qc' if p['region'] == 'qc' else 'on')
    soc = r.choice(SOC_FR if lang == 'fr' else SOC_EN); start = datetime.datetime(2026, 11, r.randint(3, 27), 13, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))
    if lang == 'fr':
        summ = 'Rencontre interdisciplinaire - %s %s' % (p['last'], p['first']); desc = 'Plan de congé. %s. DDN %s.' % (soc, ddmm(p['dob'], 'fr'))
        body = 'Invitation à la rencontre de plan d\'intervention. Détails dans l\'invitation.\n'; subj = 'Invitation : rencontre PI'
    else:
        summ = 'Case conference - %s, %s' % (p['last'], p['first']); desc = 'Discharge planning. %s. DOB %s.' % (soc, p['dob'])
        body = 'Please accept - case conference, details in invite.\n'; subj = 'Invitation: case conference'
    ics = make_ics('cc-%d@%s' % (r.randint(10000, 99999), NET), summ, desc, start, 60, 'Salle 2.14' if lang == 'fr' else 'Room 2-114', st['addr'], [ctx.staff()['addr'], ctx.ext()])
    return dict(cat='case_conf_ics', subject=subj, body=body + sig(st, lang, r, False), st=st, to=[ctx.ext()], atts=[('invite.ics', ics)],
                types=['patient_name', 'date_of_birth', 'social_information'], note='calendar invitation whose summary and description identify a patient and social situation')

def p_homecare_vcard(ctx, lang):
    r = ctx.r; p = pat_for(ctx, lang, 'qc' if lang == 'fr' else 'on'); st = ctx.staff(p['region'])
    tel = '%s-555-%04d' % (r.choice(['613', '343']) if p['region'] == 'on' else '819', r.randint(100, 9999))
    adr = (r.choice(['12 Birch Cres', '45 Lakeview Dr, Apt 3', '7 Mill St']), 'Kingsford', 'ON', 'K7X 3P%d' % r.randint(1, 9), 'Canada') if p['region'] == 'on' else \
          (r.choice(['8, ch. du Lac', '140, rue Principale, app. 2', '3, montée Leduc']), 'Pontiac-Est', 'QC', 'J0X 2K%d' % r.randint(1, 9), 'Canada')
    dx = r.choice(DX_REHAB_FR if lang == 'fr' else DX_REHAB_EN)
    vcf = make_vcf(p['last'], p['first'], tel, adr, note=('Patient soins à domicile' if lang == 'fr' else 'Home care client'))
    if lang == 'fr':
        subj = 'Visite à domicile ergo'; body = 'Bonjour,\n\nfiche contact en pièce jointe pour la visite à domicile (évaluation sécurité salle de bain). %s, vit seul(e), %s.\nAppeler avant, chien à la maison.\n' % (p['last'], dx)
    else:
        subj = r.choice(['Home visit - contact card', 'home safety eval']); body = 'Hi,\n\ncontact card attached for the OT home safety visit. %s lives alone, %s.\nCall ahead - dog in the house.\n' % (p['last'], dx)
    return dict(cat='homecare_vcard', subject=subj, body=body + sig(st, lang, r), st=st, to=[ctx.ext('homecare-lennox.example')], atts=[('%s.vcf' % strip(p['last']), vcf)],
                types=['patient_name', 'patient_contact', 'diagnosis'], note='home-care visit with a vCard holding patient home address and phone')

def _inner_lab(ctx, lang, p, st):
    r = ctx.r; m = ctx.mrn(p['region'])
    test = r.choice([('Lithium', '1.9 mmol/L (H)'), ('ANC', '1.1 x10^9/L (L)'), ('Clozapine', '1120 ng/mL (H)'), ('Sodium', '121 mmol/L (L)')])
    inner = EmailMessage()
    inner['From'] = 'Laboratoire <lab-noreply@%s>' % NET
    inner['To'] = st['addr']; inner['Subject'] = ('Valeur critique - %s' if lang == 'fr' else 'Critical value - %s') % m
    inner['Date'] = utils.format_datetime(ctx.when(p['region'])); inner['Message-ID'] = '<lab%d@%s>' % (r.randint(10**7, 10**8), NET)
    txt = ('Patient : %s, %s\nDossier : %s\n%s : %s\nAppelé au médecin traitant.\n' if lang == 'fr' else 'Patient: %s, %s\nMRN: %s\n%s: %s\nCalled to MRP.\n') % (p['last'], p['first'], m, test[0], test[1])
    inner.set_content(txt, charset='utf-8', cte=r.choice(['quoted-printable', 'base64']))
    return inner, txt

def p_fwd_eml(ctx, lang):
    r = ctx.r; p = pat_for(ctx, lang, 'qc' if lang == 'fr' else 'on'); st = ctx.clin(p['region']); inner, txt = _inner_lab(ctx, lang, p, st)
    body = ('Pour info - voir message joint, peux-tu ajuster la dose?\n' if lang == 'fr' else 'FYI see attached, can you adjust the dose?\n')
    d = dict(cat='fwd_eml', subject=('TR: ' if lang == 'fr' else 'Fwd: ') + inner['Subject'], body=body + sig(st, lang, r, False), st=st, to=[ctx.staff(p['region'])['addr']],
             types=['patient_name', 'mrn', 'lab_result'], note='critical lab result forwarded as an attached e-mail')
    if r.random() < .5:
        d['inner'] = inner
    else:
        d['atts'] = [('valeur_critique.eml' if lang == 'fr' else 'critical_value.eml', inner.as_bytes(policy=policy.default))]
    return d

def p_inline_fwd(ctx, lang):
    r = ctx.r; p = pat_for(ctx, lang); st = ctx.clin('qc' if p['region'] == 'qc' else ('be' if p['region'] == 'be' else 'on'))
    inner, txt = _inner_lab(ctx, lang, p, st)
    body = ('voir ci-dessous, à discuter en réunion\n' if lang == 'fr' else 'see below, pls review before rounds\n') + sig(st, lang, r, False) + fwd_block(txt, inner['From'], ctx.when(), inner['Subject'], lang)
    return dict(cat='inline_fwd', subject=('TR: ' if lang == 'fr' else 'FW: ') + inner['Subject'], body=body, st=st, to=[ctx.staff()['addr']],
                types=['patient_name', 'mrn', 'lab_result'], note='inline forward of a critical lab notification naming the patient')

def p_zip_bundle(ctx, lang):
    r = ctx.r; p = pat_for(ctx, lang); st = ctx.clin('qc' if p['region'] == 'qc' else ('be' if p['region'] == 'be' else 'on'))
    idt, ityp, ilab = pid(p, r); dx = r.choice(PSY_DX_FR if lang == 'fr' else PSY_DX_EN)
    title = 'Évaluation psychiatrique' if lang == 'fr' else 'Psychiatric Assessment'
    paras = [('Nom : %s %s' if lang == 'fr' else 'Name: %s %s') % (p['first'], p['last']), ('DDN : %s' if lang == 'fr' else 'DOB: %s') % p['dob'],
             '%s : %s' % (ilab, idt), ('Impression : %s' if lang == 'fr' else 'Impression: %s') % dx, r.choice(SOC_FR if lang == 'fr' else SOC_EN)]
    files = [('evaluation.docx' if lang == 'fr' else 'assessment.docx', make_docx(title, paras)), ('README.txt', b'Documents for transfer of care.\r\n')]
    body = ('Bonjour,\n\ndossier de transfert compressé ci-joint (mot de passe envoyé par téléphone).\n' if lang == 'fr' else 'Hello,\n\nzipped transfer package attached (password by phone).\n')
    if r.random() < .45:
        body = ('Bonjour,\n\névaluation en pièce jointe pour la prise en charge.\n' if lang == 'fr' else 'Hi,\n\nassessment attached for transfer of care.\n')
        return dict(cat='assessment_docx', subject=r.choice(['Évaluation', 'éval psy']) if lang == 'fr' else r.choice(['Assessment', 'psych assessment']), body=body + sig(st, lang, r), st=st,
                    to=[ctx.ext('chu-liege-ouest.example' if p['region'] == 'be' else None)], atts=[files[0]],
                    types=['patient_name', 'date_of_birth', ityp, 'diagnosis', 'social_information'], note='DOCX attachment: psychiatric assessment of a named patient')
    return dict(cat='zip_bundle', subject='Transfert' if lang == 'fr' else 'Transfer package', body=body + sig(st, lang, r), st=st, to=[ctx.ext('chu-liege-ouest.example' if p['region'] == 'be' else None)],
                atts=[('transfert.zip' if lang == 'fr' else 'transfer.zip', make_zip(files))],
                types=['patient_name', 'date_of_birth', ityp, 'diagnosis', 'social_information'], note='ZIP attachment holding a DOCX psychiatric assessment of a named patient')

def p_social_be(ctx, lang):
    r = ctx.r; p = ctx.be_pat(); st = ctx.staff('be'); niss = fmt_niss(p['niss'], r.choice(['std', 'plain', 'space', 'dots']))
    soc = r.choice(SOC_FR[1:]); e, pat, civ = pron(p, 'fr')
    subj = r.choice(['Demande CPAS - %s' % p['last'], 'dossier social', 'Demande d\'aide urgente'])
    body = ('Madame, Monsieur,\n\nNous sollicitons une aide urgente pour %s %s (NISS %s), hospitalisé%s chez nous depuis le %d/10. %s. %s sortira vers le %d/11 sans logement stable.\n\nBien à vous,\n'
            % (p['first'], p['last'], niss, 'e' if p['sex'] == 'F' else '', r.randint(1, 28), soc[0].upper() + soc[1:], e.capitalize(), r.randint(1, 28)))
    return dict(cat='social_work', subject=subj, body=body + sig(st, 'fr', r), st=st, to=[ctx.ext('cpas-namur-ouest.example')], lang='fr',
                types=['patient_name', 'be_niss', 'social_information'], note='Belgian social-work request naming a patient with NISS and housing/income situation')

def p_social_en(ctx, lang):
    r = ctx.r; p = pat_for(ctx, lang, 'qc' if lang == 'fr' else 'on'); st = ctx.staff(p['region'])
    soc = r.choice(SOC_FR if lang == 'fr' else SOC_EN)
    if lang == 'fr':
        subj = 'Suivi social - %s' % p['last']; body = 'Bonjour,\n\n%s %s, DDN %s : %s. Peux-tu l\'inscrire sur la liste du travailleur social de proximité?\n' % (p['last'], p['first'], ddmm(p['dob'], 'fr'), soc)
    else:
        subj = r.choice(['SW f/u - %s' % p['last'], 'housing referral', 'social work']); body = 'Hi,\n\n%s %s, DOB %s: %s. Can you add to the outreach SW list?\n' % (p['last'], p['first'], p['dob'], soc)
    return dict(cat='social_work', subject=subj, body=body + sig(st, lang, r), st=st, to=[ctx.staff(p['region'])['addr']],
                types=['patient_name', 'date_of_birth', 'social_information'], note='social-work follow-up naming patient with housing/legal/income details')

def p_billing_sin(ctx, lang):
    r = ctx.r; region = 'qc' if lang == 'fr' else 'on'; p = ctx.qc_pat() if region == 'qc' else ctx.on_pat(); st = ctx.staff(region)
    sin = make_sin(r); sfmt = disguise(sin, r.choice(['space', 'plain', 'hyph'])); dx = r.choice(DX_REHAB_FR if lang == 'fr' else DX_REHAB_EN)
    if lang == 'fr':
        subj = r.choice(['Réclamation CNESST', 'facturation CNESST - physio']); to = ctx.ext('cnesst-sim.example')
        body = 'Bonjour,\n\nréclamation pour traitements de physiothérapie :\nTravailleur : %s %s\nNAS : %s\nLésion : %s\n12 traitements du 3/09 au 28/10.\n' % (p['first'], p['last'], sfmt, dx)
    else:
        subj = r.choice(['WSIB claim - PT invoices', 'insurer claim form']); to = ctx.ext('ohip-claims-sim.example')
        body = 'Hello,\n\nClaim for physiotherapy treatment:\nWorker: %s %s\nSIN: %s\nInjury: %s\n12 visits Sep 3 - Oct 28.\n' % (p['first'], p['last'], sfmt, dx)
    return dict(cat='billing_claim', subject=subj, body=body + sig(st, lang, r), st=st, to=[to], types=['patient_name', 'ca_sin', 'diagnosis'],
                note='insurance/compensation claim with patient name, SIN and injury')

def p_disguised(ctx, lang):
    r = ctx.r; p = pat_for(ctx, lang); st = ctx.staff('qc' if p['region'] == 'qc' else ('be' if p['region'] == 'be' else 'on'))
    style = r.choice(['fw', 'split', 'dots', 'lower', 'slash', 'hyph'])
    idt, ityp, ilab = pid(p, r, style)
    if lang == 'fr':
        subj = r.choice(['numéro', 'le # demandé', 'info pour le dossier'])
        body = r.choice(['Voici le numéro (écrit comme ça pour que le filtre ne bloque pas) :\n%s\nC\'est pour %s, le rdv de méthadone de lundi.\n',
                         'je l\'écris en morceaux, sinon le courriel est bloqué :\n%s\n(%s, induction méthadone lundi)\n']) % (idt, p['first'] + ' ' + p['last'][0] + '.')
        t = [ityp, 'medication', 'patient_name']
    else:
        subj = r.choice(['the number', 'as requested', 'for the chart'])
        body = r.choice(['Here is the number (spaced out so the email filter won\'t flag it):\n%s\nIt\'s for %s %s, Monday suboxone induction.\n',
                         'writing it this way bc last time IT blocked my email lol\n%s\n= %s %s, needs the suboxone induction booked Mon\n',
                         'health card as asked (split so it goes through):\n%s\npt is %s %s - buprenorphine start Monday\n']) % (idt, p['first'], p['last'][0] + '.')
        t = [ityp, 'medication', 'patient_name']
    return dict(cat='disguised_id', subject=subj, body=body + sig(st, lang, r, False), st=st, to=[ctx.ext('pharmacie-dupuis.example')], types=t,
                note='health identifier deliberately disguised, with patient first name and treatment')

def p_transport(ctx, lang):
    r = ctx.r; p = pat_for(ctx, lang, 'qc' if lang == 'fr' else 'on'); st = ctx.staff(p['region'])
    tel = '%s-555-%04d' % ('819' if p['region'] == 'qc' else '613', r.randint(100, 9999))
    addr = r.choice(['55, rue des Érables, Pontiac-Est', '9, ch. Ryan, Bristol-Nord']) if p['region'] == 'qc' else r.choice(['221 Front St Apt 4, Kingsford', '18 Cedar Lane, Port Alder'])
    if lang == 'fr':
        subj = 'Transport adapté - %s' % p['last']; body = 'Bonjour,\n\ntransport svp pour %s %s\nAdresse : %s\nTél. : %s\nRdv physio mardi et jeudi 9h30 x 6 sem., fauteuil roulant.\n' % (p['first'], p['last'], addr, tel)
        to = ctx.ext('transport-adapte-pontiac.example')
    else:
        subj = r.choice(['Transport booking - %s' % p['last'], 'ride request']); body = 'Hi,\n\nPlease book transport for %s %s\nPickup: %s\nPhone: %s\nPT Tue/Thu 09:30 x 6 wks, wheelchair, needs help with stairs.\n' % (p['first'], p['last'], addr, tel)
        to = ctx.ext()
    return dict(cat='transport', subject=subj, body=body + sig(st, lang, r), st=st, to=[to], types=['patient_name', 'patient_contact'],
                note='transport booking with patient name, home address and phone for therapy appointments')

def p_medrec(ctx, lang):
    r = ctx.r; p = pat_for(ctx, lang); st = ctx.clin('qc' if p['region'] == 'qc' else ('be' if p['region'] == 'be' else 'on'))
    idt, ityp, ilab = pid(p, r); meds = r.sample(MEDS, 3); anc = '%.1f' % (r.randint(15, 60) / 10)
    if lang == 'fr':
        subj = r.choice(['Bilan comparatif des médicaments', 'BCM - %s' % p['last']]); body = 'Bonjour,\n\nBCM pour %s %s (%s %s) :\n- %s\n- %s\n- %s\nNAN %s ce matin. Merci de confirmer le renouvellement.\n' % (p['last'], p['first'], ilab, idt, *meds, anc)
    else:
        subj = r.choice(['Med rec', 'med reconciliation - %s' % p['last']]); body = 'Hi,\n\nMed rec for %s %s (%s %s):\n- %s\n- %s\n- %s\nANC %s this AM. Pls confirm refill.\n' % (p['last'], p['first'], ilab, idt, *meds, anc)
    return dict(cat='med_rec', subject=subj, body=body + sig(st, lang, r), st=st, to=[ctx.ext('pharmacie-dupuis.example')], types=['patient_name', ityp, 'medication', 'lab_result'],
                note='medication reconciliation listing a named patient\'s medications and lab value')

def p_namesake(ctx, lang):
    r = ctx.r; st = dict(last='Okafor', first='Chidi', cred='MD, FRCPC', role='Psychiatrist', site='on', addr='chidi.okafor@' + NET)
    hcn = make_hcn(r); dob = ctx.dob(1960, 2000)
    body = r.choice(['Thanks for the consult on Okafor, Grace (no relation!) - HCN %s, DOB %s. Impression: %s. Started %s, will see in 2 wks.\n',
                     'Re your referral - saw Grace Okafor today (same last name as me, not family). HCN %s, DOB %s.\nImp: %s\nPlan: %s, f/u 2-3 wks, crisis line given.\n']) % ((fmt_hcn(hcn, r.choice(['std', 'vc', 'plain'])), dob) + psy(r, 'en'))
    return dict(cat='consult_reply', subject='Consult reply - Okafor', body=body + sig(st, 'en', r), st=st, to=[ctx.ext('fht-kingsford.example')], lang='en',
                types=['patient_name', 'ca_health_number', 'date_of_birth', 'diagnosis', 'medication'], note='consult reply about a patient who shares the psychiatrist\'s surname')

def p_incident(ctx, lang):
    r = ctx.r; p = pat_for(ctx, lang, 'qc' if lang == 'fr' else 'on'); st = ctx.clin(p['region']); m = ctx.mrn(p['region'])
    hh = '%02d:%02d' % (r.randint(0, 23), r.choice([5, 10, 20, 40, 55])); room = r.randint(1, 24); med = r.choice(MEDS)
    if lang == 'fr':
        ev = r.choice(['Chute de %s %s (doss. %s) à %s, salle de bain ch. %d. Hématome front, vu par md de garde. Sous %s. Famille avisée.',
                       'Erreur de médication : %s %s (doss. %s) a reçu la dose d\'un autre usager à %s, ch. %d. Surveillance SV q1h, aucun effet. Traitement habituel : %s.',
                       'Fugue : %s %s (doss. %s), sous garde préventive, a quitté l\'unité à %s (ch. %d). Police avisée. Rx : %s.'])
        subj = r.choice(['Déclaration incident/accident AH-223', 'AH-223 unité 3', 'rapport d\'incident'])
    else:
        ev = r.choice(['Fall: %s, %s (MRN %s) at %s in bathroom rm %d. Forehead hematoma, seen by on-call. On %s. Family notified.',
                       'Med incident: %s, %s (MRN %s) given another pt\'s dose at %s, rm %d. VS q1h, no harm. Usual meds: %s.',
                       'AWOL: %s, %s (MRN %s), on Form 1, left unit at %s (rm %d). Police notified. Meds: %s.'])
        subj = r.choice(['Incident report - 3W', 'RL6 incident', 'incident - pls review'])
    body = (ev % (p['last'], p['first'], m, hh, room, med)) + '\n'
    return dict(cat='incident_report', subject=subj, body=body + sig(st, lang, r), st=st, to=['qualite@' + NET if lang == 'fr' else 'quality@' + NET],
                types=['patient_name', 'mrn', 'diagnosis', 'medication'], note='incident report naming a patient with chart number, event and medication')

def p_nir_be(ctx, lang):
    r = ctx.r; l, f, s = r.choice(BE_PAT); dob = ctx.dob(1950, 2000); nir = make_nir(r, dob, s); st = ctx.staff('be')
    body = ('Cher confrère,\n\nNous accueillons %s %s, né%s le %s, transféré%s du CH de Lille (NIR %s %s). %s. Merci de nous faire parvenir le dossier de soins.\n\nConfraternellement,\n'
            % (f, l, 'e' if s == 'F' else '', ddmm(dob, 'fr'), 'e' if s == 'F' else '', nir[:13], nir[13:], r.choice(PSY_DX_FR).capitalize()))
    return dict(cat='transfer_request', subject='Demande de dossier - transfert', body=body + sig(st, 'fr', r), st=st, to=['dim@chu-lille-sim.example'], lang='fr',
                types=['patient_name', 'date_of_birth', 'fr_nir', 'diagnosis'], note='Belgian partner requesting a transferred French patient\'s records with NIR')

def p_booking(ctx, lang):
    r = ctx.r; p = pat_for(ctx, lang); st = ctx.clin('qc' if p['region'] == 'qc' else ('be' if p['region'] == 'be' else 'on'))
    idt, ityp, ilab = pid(p, r)
    if lang == 'fr':
        subj = 'Changement de rdv'; body = 'Bonjour,\n\n%s %s (%s %s) demande de déplacer son rdv en psychiatrie du %d au %d (travail). Possible?\n' % (p['last'], p['first'], ilab, idt, r.randint(1, 14), r.randint(15, 28))
    else:
        subj = r.choice(['Reschedule request', 'rebook pls']); body = 'Hi,\n\n%s %s (%s %s) asked to move her/his psychiatry f/u from the %dth to the %dth. Can we?\n' % (p['last'], p['first'], ilab, idt, r.randint(4, 14), r.randint(15, 28))
        body = body.replace('her/his', 'her' if p['sex'] == 'F' else 'his')
    return dict(cat='booking', subject=subj, body=body + sig(st, lang, r, False), st=st, to=[ctx.staff()['addr']], types=['patient_name', ityp, 'diagnosis'],
                note='appointment rescheduling naming patient, identifier and psychiatry follow-up')

def p_split(ctx, lang):
    r = ctx.r; p = pat_for(ctx, lang); st = ctx.clin('qc' if p['region'] == 'qc' else ('be' if p['region'] == 'be' else 'on'))
    test = r.choice([('lithémie', 'Li'), ('NAN', 'ANC'), ('clozapinémie', 'clozapine level')])
    if lang == 'fr':
        subj = r.choice(['%s %s' % (p['last'].upper(), p['first']), '%s, %s - suite' % (p['last'], p['first'])])
        body = '%s à %s ce matin, on suspend la dose et on recontrôle demain. Prévenir la famille svp.\n' % (test[0], r.choice(['1,8', '1,1', '1150']))
    else:
        subj = r.choice(['%s %s' % (p['last'], p['first']), 're %s, %s' % (p['last'], p['first'])])
        body = '%s %s this AM - holding tonight\'s dose, repeat in AM. Pls call family.\n' % (test[1], r.choice(['1.8', '1.1', '1150']))
    return dict(cat='subject_body_split', subject=subj, body=body + sig(st, lang, r, False), st=st, to=[ctx.staff()['addr']], types=['patient_name', 'lab_result', 'medication'],
                note='patient named only in the Subject, lab value and dose change only in the body')

def p_youth_protection(ctx, lang):
    r = ctx.r; minors = [x for x in ctx.nams if x['dob'] >= '2008-01-01']; p = dict(r.choice(minors)); st = dict(last='Tremblay-Ross', first='Nadia', cred='MSW, RSW', role='Travailleuse sociale', site='qc', addr='nadia.tremblay-ross@' + NET)
    e = 'elle' if p['sex'] == 'F' else 'il'; nm = fmt_nam(p['nam'], r.choice(['plain', 'std']))
    body = ('Bonjour,\n\nSuite au signalement retenu par la DPJ, voici les informations pour la rencontre :\n%s %s, né%s le %s, NAM %s\nSuivi en pédopsychiatrie (anxiété, refus scolaire). La mère a la garde, le père a des contacts supervisés. %s est hébergé%s temporairement chez sa grand-mère.\n'
            % (p['first'], p['last'], 'e' if p['sex'] == 'F' else '', ddmm(p['dob'], 'fr'), nm, e.capitalize(), 'e' if p['sex'] == 'F' else ''))
    return dict(cat='youth_protection', subject=r.choice(['DPJ - rencontre', 'Signalement - suivi']), body=body + sig(st, 'fr', r), st=st, to=['intervenant@dpj-outaouais-sim.example'], lang='fr',
                types=['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis', 'social_information'], note='youth-protection case with a minor patient, NAM, custody and placement details')

def p_mutualite(ctx, lang):
    r = ctx.r; p = ctx.be_pat(); st = ctx.clin('be'); nis = fmt_niss(p['niss'], r.choice(['std', 'plain', 'space']))
    body = ('Madame, Monsieur,\n\nDemande d\'accord pour 18 séances de kinésithérapie (pathologie lourde) :\nBénéficiaire : %s %s\nNISS : %s\nDiagnostic : %s\nPrescripteur : Dr %s\n\nCordialement,\n'
            % (p['last'].upper(), p['first'], nis, r.choice(DX_REHAB_FR), r.choice(['Van Damme', 'Mertens'])))
    return dict(cat='insurer_request', subject=r.choice(['Demande accord kiné', 'Mutualité - accord E']), body=body + sig(st, 'fr', r), st=st, to=[ctx.ext('mutualite-duval.example')], lang='fr',
                types=['patient_name', 'be_niss', 'diagnosis'], note='Belgian mutualité physiotherapy approval request with NISS and diagnosis')

def p_home_address(ctx, lang):
    r = ctx.r; p = pat_for(ctx, lang, 'qc' if lang == 'fr' else 'on'); st = ctx.clin(p['region'])
    adr = r.choice(['14, rue Lépine, app. 6, Pontiac-Est QC', '2, ch. Bertrand, Bristol-Nord QC']) if p['region'] == 'qc' else r.choice(['77 Queen St W Unit 2, Kingsford ON', '5 Pine Ridge Rd, Port Alder ON'])
    if lang == 'fr':
        body = 'Bonjour,\n\nSvp envoyer la lettre de convocation en ergo à %s %s au %s (nouvelle adresse depuis sa sortie du refuge).\n' % (p['first'], p['last'], adr)
    else:
        body = 'Hi,\n\nPlease mail the OT appointment letter for %s %s to %s (new address since leaving the shelter).\n' % (p['first'], p['last'], adr)
    return dict(cat='address_update', subject='Nouvelle adresse' if lang == 'fr' else 'address change', body=body + sig(st, lang, r, False), st=st, to=['admissions@' + NET],
                types=['patient_name', 'patient_contact', 'social_information'], note='patient name with home address for appointment mail, housing history')

POS_T = [(p_split, 'b'), (p_referral, 'b'), (p_signout, 'b'), (p_group_roster, 'b'), (p_subject_only, 'b'), (p_quoted_reply, 'b'), (p_discharge_pdf, 'b'),
         (p_waitlist_xlsx, 'b'), (p_research_named, 'b'), (p_case_conf_ics, 'b'), (p_homecare_vcard, 'b'), (p_fwd_eml, 'b'), (p_inline_fwd, 'b'),
         (p_zip_bundle, 'b'), (p_social_be, 'fr'), (p_social_en, 'b'), (p_billing_sin, 'b'), (p_disguised, 'b'), (p_transport, 'b'), (p_medrec, 'b'),
         (p_namesake, 'en'), (p_incident, 'b'), (p_nir_be, 'fr'), (p_booking, 'b'), (p_youth_protection, 'fr'), (p_mutualite, 'fr'), (p_home_address, 'b')]
# ======================= NEGATIVE TEMPLATES =======================
def _reg(lang, r):
    return 'qc' if lang == 'fr' and r.random() < .6 else ('be' if lang == 'fr' else r.choice(['on', 'on', 'qc']))

def n_grand_rounds(ctx, lang):
    r = ctx.r; st = ctx.staff(_reg(lang, r)); sp = ctx.md() if r.random() < .7 else ctx.clin()
    topic_en = r.choice(['Clozapine-resistant schizophrenia: what next?', 'Return to work after mild TBI', 'Opioid agonist therapy in rural Ontario', 'Spasticity management after stroke'])
    topic_fr = r.choice(['La schizophrénie résistante : au-delà de la clozapine', 'Retour au travail après TCC léger', 'Traitement par agonistes opioïdes en région', 'Gestion de la spasticité post-AVC'])
    if lang == 'fr':
        subj = 'Grandes conférences - jeudi %d' % r.randint(1, 28); body = 'Bonjour à tous,\n\nGrandes conférences de psychiatrie et réadaptation ce jeudi, 12h à 13h, amphithéâtre B et Teams.\n\nConférencier : %s %s, %s (%s)\nSujet : %s\n\nDîner servi. Crédits de DPC section 1.\n' % (sp['first'], sp['last'], sp['cred'], sp['role'], topic_fr)
    else:
        subj = 'Grand Rounds this Thursday'; body = 'Hi all,\n\nPsychiatry & Rehab Grand Rounds Thursday 12:00-13:00, Auditorium B + Teams.\n\nSpeaker: %s %s, %s (%s)\nTopic: %s\n\nLunch provided. Section 1 credits.\n' % (sp['first'], sp['last'], sp['cred'], sp['role'], topic_en)
    return dict(cat='grand_rounds', subject=subj, body=body + sig(st, lang, r, False), st=st, to=['all-staff@' + NET], types=[], note='grand-rounds announcement with speaker and topic')

def n_staff_roster(ctx, lang):
    r = ctx.r; reg = 'qc' if lang == 'fr' else 'on'; st = ctx.staff(reg)
    rows = []
    for d in ['Lun', 'Mar', 'Mer', 'Jeu', 'Ven'] if lang == 'fr' else ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']:
        s = ctx.staff(); rows.append('%s  %s, %s  %s  pager %d' % (d, s['last'], s['first'], r.choice(['3W', '4E', 'U2', 'ED psych']), r.randint(2000, 2999)))
    if lang == 'fr':
        subj = 'Horaire de garde psychiatrie - semaine %d' % r.randint(40, 48); body = 'Bonjour,\n\nhoraire de garde :\n\n' + '\n'.join(rows) + '\n\nÉchanges à me confirmer par courriel.\n'
    else:
        subj = 'On-call schedule week %d' % r.randint(40, 48); body = 'Hi,\n\nOn-call list:\n\n' + '\n'.join(rows) + '\n\nSwaps must be confirmed with me by e-mail.\n'
    return dict(cat='staff_schedule', subject=subj, body=body + sig(st, lang, r, False), st=st, to=['psych-md@' + NET], types=[], note='staff on-call schedule (surnames, units, pagers), no patients')

def n_hr_leave(ctx, lang):
    r = ctx.r; reg = 'qc' if lang == 'fr' else 'on'; st = ctx.staff(reg); emp = ctx.staff(); en = '%06d' % r.randint(100000, 999999)
    if lang == 'fr':
        subj = 'Absence - %s' % emp['last']; body = 'Bonjour,\n\n%s %s (matricule %s) sera en congé de maladie jusqu\'au %d/12 (certificat reçu). Merci de prévoir le remplacement à l\'horaire.\n' % (emp['first'], emp['last'], en, r.randint(1, 28))
    else:
        subj = 'Leave - %s' % emp['last']; body = 'Hi,\n\n%s %s (emp # %s) is on sick leave until Dec %d (note received). Please arrange coverage in the schedule.\n' % (emp['first'], emp['last'], en, r.randint(1, 28))
    st = ctx.staff(); st.update(dict(last='Gosselin', first='Marie-Ève', cred='CRHA', role='Conseillère RH', site='qc', addr='marie-eve.gosselin@' + NET)) if lang == 'fr' else st.update(dict(last='Baker', first='Tom', cred='CHRL', role='HR Business Partner', site='on', addr='tom.baker@' + NET))
    return dict(cat='hr', subject=subj, body=body + sig(st, lang, r), st=st, to=[ctx.staff()['addr']], types=[], note='HR notice of a staff member sick leave')

def n_union(ctx, lang):
    r = ctx.r; st = ctx.staff('qc' if lang == 'fr' else 'on')
    if lang == 'fr':
        subj = 'Rencontre syndicale - griefs et horaires 12h'; body = 'Bonjour,\n\nRencontre du comité de relations de travail le %d novembre, 15h, salle 1.08.\nOrdre du jour : horaires de 12 heures à l\'unité 3, temps supplémentaire obligatoire, grief 2026-014.\n\nSyndicat local 482\n' % r.randint(3, 27)
    else:
        subj = 'Union-management meeting'; body = 'Hello,\n\nLabour-management committee meets Nov %d, 15:00, room 1-08.\nAgenda: 12-hour shifts on 3 West, mandatory overtime, grievance 2026-014, parking fees.\n\nLocal 482\n' % r.randint(3, 27)
    st.update(addr='local482@union-local482.example', first='Comité', last='exécutif', cred='', role='Local 482', site=st['site']) if r.random() < .5 else None
    return dict(cat='union', subject=subj, body=body, st=st, to=['members@union-local482.example'], types=[], note='union meeting notice')

def n_job(ctx, lang):
    r = ctx.r; st = ctx.staff('qc' if lang == 'fr' else 'on'); num = '2026-%04d' % r.randint(100, 999)
    if lang == 'fr':
        subj = 'Affichage de poste %s - ergothérapeute' % num; body = 'Poste : Ergothérapeute, temps complet permanent\nSite : Pontiac-Est\nExigences : membre de l\'OEQ, bilinguisme\nÉchelle salariale selon convention.\nPostuler avant le 30 novembre.\n'
    else:
        subj = 'Job posting %s - Addiction Counsellor' % num; body = 'Position: Addiction Counsellor (RPN/RSW), permanent full-time\nSite: Lakeshore Addiction Services\nRequirements: registration with CNO or OCSWSSW, concurrent disorders experience\nApply by Nov 30.\n'
    return dict(cat='job_posting', subject=subj, body=body + sig(st, lang, r, False), st=st, to=['all-staff@' + NET], types=[], note='job posting')

def n_invoice(ctx, lang):
    r = ctx.r; st = ctx.staff('be' if lang == 'fr' and r.random() < .4 else ('qc' if lang == 'fr' else 'on')); inv = 'INV-%06d' % r.randint(1, 999999)
    lines = []
    for i in range(r.randint(2, 5)):
        item = r.choice(['Theraband roll, green', 'Gait belt XL', 'Naloxone nasal kit 4 mg', 'Goniometer 12"', 'Hand dynamometer', 'Urine drug screen cup 12-panel'])
        lot = 'LOT %s%d' % (r.choice('ABCK'), r.randint(10000, 99999)); sn = make_hcn(r)
        lines.append('%s  x%d  %s  SN %s  %.2f $' % (item, r.randint(1, 40), lot, sn, r.randint(100, 9000) / 10))
    body = (('Bonjour,\n\nVeuillez trouver la facture %s :\n\n' % inv) if lang == 'fr' else ('Hello,\n\nPlease find invoice %s:\n\n' % inv)) + '\n'.join(lines) + ('\n\nPaiement net 30 jours.\n' if lang == 'fr' else '\n\nNet 30.\n')
    st2 = dict(first='Accounts', last='Receivable', cred='', role='MedSupply North', site='on', addr='ar@medsupply-north.example')
    atts = [('%s.pdf' % inv, make_pdf('Invoice ' + inv, [l for l in lines]))] if r.random() < .5 else []
    return dict(cat='invoice', subject=('Facture ' if lang == 'fr' else 'Invoice ') + inv, body=body, st=st2, to=['ap@' + NET], atts=atts, types=[], note='supplier invoice with lot and serial numbers')

def n_it(ctx, lang):
    r = ctx.r; reg = _reg(lang, r); st = ctx.staff(reg)
    if lang == 'fr':
        subj = r.choice(['Migration du NAS - interruption samedi', 'Interruption NAS samedi soir', 'Avis : partages R: et S: indisponibles'])
        body = 'Bonjour,\n\nLe NAS du service (\\\\nas-pontiac-02) sera migré samedi de 22h à 2h. Les partages R: et S: seront indisponibles. Aucune action requise.\nBillet : INC%07d\n\nService informatique\n' % r.randint(1, 9999999)
    else:
        subj = r.choice(['Planned outage - NAS migration', 'NAS downtime Saturday', 'R: and S: drives offline Sat'])
        body = 'Hi all,\n\nThe shared NAS (nas-kfd-01) will be offline Saturday 22:00-02:00 for migration. Drives R: and S: unavailable. Downtime procedures in effect for the EMR.\nTicket: INC%07d\n\nIT Service Desk\n' % r.randint(1, 9999999)
    return dict(cat='it', subject=subj, body=body, st=st, to=['all-staff@' + NET], types=[], note='IT outage / NAS migration notice')

def n_quality(ctx, lang):
    r = ctx.r; st = ctx.staff('qc' if lang == 'fr' else 'on')
    a, b, c, d = r.randint(5, 30), r.randint(1, 12), r.randint(40, 95), r.randint(2, 9)
    if lang == 'fr':
        subj = 'Procès-verbal - comité qualité %s' % r.choice(['octobre', 'novembre']); body = 'Procès-verbal du comité de la qualité\n\n1. Chutes : %d au T3 (taux 3,1/1000 jours-présence)\n2. Mesures de contrôle : %d isolements, durée médiane 3 h\n3. BCM à l\'admission : %d %% de conformité\n4. %d erreurs de médication sans conséquence\n\nProchaine rencontre : 10 décembre.\n' % (a, b, c, d)
    else:
        subj = 'Quality committee minutes'; body = 'Quality & Patient Safety Committee - minutes\n\n1. Falls: %d in Q3 (3.1 per 1000 patient-days)\n2. Restraint/seclusion: %d episodes, median 3 h\n3. Admission med rec compliance: %d%%\n4. Medication incidents: %d, no harm\n\nNext meeting Dec 10.\n' % (a, b, c, d)
    atts = []
    if r.random() < .4:
        atts = [('indicateurs.xlsx' if lang == 'fr' else 'indicators.xlsx', make_xlsx('Q3', [['Indicator', 'Q2', 'Q3'], ['Falls', a + 3, a], ['Restraints', b + 1, b], ['Med rec %', c - 4, c]]))]
    return dict(cat='quality_minutes', subject=subj, body=body + sig(st, lang, r, False), st=st, to=['comite-qualite@' + NET], atts=atts, types=[], note='quality committee minutes with aggregate figures')

def n_research_agg(ctx, lang):
    r = ctx.r; st = ctx.staff('on'); study = r.choice(['RB-DEP-2025-03', 'MOVE-REHAB', 'STEP-UP'])
    n1, n2, n3 = r.randint(5, 40), r.randint(5, 40), r.randint(1, 15)
    if lang == 'fr':
        subj = '%s - recrutement et amendement' % study; body = 'Bonjour,\n\nRecrutement %s au %d/11 : Kingsford %d, Pontiac-Est %d, Saint-Rémi %d. Amendement 4 approuvé par le CER; nouvelle version du formulaire de consentement (v5.0) à utiliser dès lundi.\n' % (study, r.randint(1, 28), n1, n2, n3)
    else:
        subj = '%s enrolment update' % study; body = 'Hi all,\n\n%s enrolment as of Nov %d: Kingsford %d, Pontiac East %d, Saint-Remi %d. Amendment 4 REB-approved; use consent form v5.0 from Monday. Next monitoring visit Dec 2.\n' % (study, r.randint(1, 28), n1, n2, n3)
    return dict(cat='research_admin', subject=subj, body=body + sig(st, lang, r), st=st, to=['study-team@' + NET, 'monitor@cro-northstar.example'], types=[], note='research enrolment counts and protocol amendment, no participants')

def n_teaching(ctx, lang):
    r = ctx.r; st = ctx.staff('qc' if lang == 'fr' else 'on')
    if lang == 'fr':
        subj = 'Cas clinique pour la séance des résidents'; body = 'Bonjour,\n\nCas pour mercredi : une femme de 34 ans se présente pour insomnie, irritabilité et dépenses excessives depuis 10 jours. ATCD de dépression. Questions : diagnostic différentiel, bilan, choix du stabilisateur.\n'
    else:
        subj = 'Teaching case for residents'; body = 'Hi,\n\nCase for Wednesday: a 58-year-old man, 3 weeks post R MCA stroke, presents with shoulder pain and L neglect. Questions: differential, positioning, role of botulinum toxin.\n'
    return dict(cat='teaching_case', subject=subj, body=body + sig(st, lang, r, False), st=st, to=['residents@' + NET], types=[], note='anonymised teaching case')

def n_newsletter(ctx, lang):
    r = ctx.r; st = ctx.staff(_reg(lang, r))
    if lang == 'fr':
        subj = 'Infolettre pharmacie - novembre'; body = 'Infolettre du service de pharmacie\n\n- Trousses de naloxone : disponibles gratuitement à l\'accueil\n- Clozapine : rappel du suivi hématologique (NAN) hebdomadaire les 6 premiers mois\n- Pénurie de lorazépam injectable : alternatives en annexe\n'
    else:
        subj = 'Pharmacy newsletter - November'; body = 'Pharmacy & Therapeutics newsletter\n\n- Naloxone kits free at all reception desks\n- Clozapine: reminder, weekly ANC for first 6 months\n- Lorazepam injection shortage: alternatives listed\n- New formulary: extended-release buprenorphine\n'
    return dict(cat='newsletter', subject=subj, body=body, st=st, to=['all-staff@' + NET], types=[], note='pharmacy newsletter about drugs', mode='html' if r.random() < .5 else None)

def n_facilities(ctx, lang):
    r = ctx.r; st = ctx.staff(_reg(lang, r))
    if lang == 'fr':
        subj = r.choice(['Stationnement P2 fermé', 'Stationnement et cafétéria', 'Travaux - stationnement P2']); body = 'Bonjour,\n\nLe stationnement P2 sera fermé du %d au %d pour asphaltage. Merci d\'utiliser P3. La cafétéria ferme à 18h cette semaine.\n\nServices techniques\n' % (r.randint(1, 10), r.randint(11, 20))
    else:
        subj = r.choice(['Parking lot P2 closed', 'P2 paving + cafeteria hours', 'Parking update']); body = 'Hi all,\n\nLot P2 closed Nov %d-%d for paving, please use P3. Cafeteria closes at 18:00 this week. Facilities: ext. 4410.\n' % (r.randint(1, 10), r.randint(11, 20))
    return dict(cat='facilities', subject=subj, body=body, st=st, to=['all-staff@' + NET], types=[], note='facilities / parking / cafeteria notice')

def n_conference_pdf(ctx, lang):
    r = ctx.r; st = ctx.staff(_reg(lang, r))
    lines = ['08:30 Accueil / Welcome', '09:00 Réadaptation après AVC - Dr %s' % ctx.staff()['last'], '10:30 Troubles concomitants - %s' % ctx.staff()['last'], '13:00 Ateliers', '15:30 Clôture']
    body = ('Bonjour,\n\nvoici le programme du colloque Riverbend - Saint-Rémi.\n' if lang == 'fr' else 'Hi,\n\nattached is the programme for the Riverbend - Saint-Remi symposium.\n')
    return dict(cat='conference_programme', subject='Programme colloque' if lang == 'fr' else 'Symposium programme', body=body + sig(st, lang, r, False), st=st,
                to=['all-staff@' + NET, 'info@' + BE], atts=[('programme.pdf', make_pdf('Colloque / Symposium 2026', lines))], types=[], note='conference programme PDF')

def n_blank_form(ctx, lang):
    r = ctx.r; st = ctx.staff('qc' if lang == 'fr' else 'on')
    if lang == 'fr':
        d = make_docx('Formulaire de référence en ergothérapie', ['Nom : ____________', 'DDN : ____/____/______', 'NAM : ____________', 'Diagnostic : ____________', 'Signature du référent : ____________'])
        body = 'Bonjour,\n\nnouveau gabarit de référence en pièce jointe, à utiliser dès maintenant. Les anciens formulaires ne seront plus acceptés.\n'; fn = 'gabarit_reference_ergo.docx'
    else:
        d = make_docx('Physiotherapy Referral Form', ['Patient name: ____________', 'DOB: ____-__-__', 'Health card #: ____________', 'Diagnosis: ____________', 'Referrer signature: ____________'])
        body = 'Hi,\n\nupdated blank referral template attached - please use from now on.\n'; fn = 'PT_referral_template.docx'
    return dict(cat='blank_form', subject='Nouveau formulaire' if lang == 'fr' else 'New referral template', body=body + sig(st, lang, r, False), st=st, to=['all-staff@' + NET],
                atts=[(fn, d)], types=[], note='blank referral form template')

def n_public_health(ctx, lang):
    r = ctx.r; st = ctx.staff(_reg(lang, r)); n = r.randint(6, 25)
    if lang == 'fr':
        subj = 'Alerte santé publique - surdoses'; body = 'Avis : %d surdoses liées à des opioïdes (nitazènes) signalées dans la région en 72 h, dont 2 décès. Distribuer la naloxone, informer les usagers.\n' % n
    else:
        subj = 'Public health alert - overdose cluster'; body = 'Alert: %d opioid overdoses (suspected nitazenes) in the region in 72 h, 2 deaths. Distribute naloxone, warn clients. 12 influenza cases on unit 4B this week, masking in effect.\n' % n
    return dict(cat='public_health', subject=subj, body=body, st=st, to=['all-clinical@' + NET], types=[], note='public-health bulletin with aggregate counts')

def n_md_disease(ctx, lang):
    r = ctx.r; st = ctx.staff(_reg(lang, r)); md = ctx.md()
    if lang == 'fr':
        subj = 'Couverture clinique'; body = 'Bonjour,\n\nPendant les vacances de %s, c\'est %s %s qui couvre la clinique des premiers épisodes psychotiques et du trouble bipolaire. Les références pour TCC passent par %s.\n' % (ctx.staff()['last'], md['first'], md['last'], ctx.staff()['last'])
    else:
        subj = 'Clinic coverage'; body = 'Hi,\n\nWhile %s is away, %s %s will cover the schizophrenia early-intervention and eating-disorders clinics. Stroke rehab referrals go to %s.\n' % (ctx.staff()['last'], md['first'], md['last'], ctx.staff()['last'])
    return dict(cat='clinic_coverage', subject=subj, body=body + sig(st, lang, r, False), st=st, to=['intake@' + NET], types=[], note='physicians named next to the conditions their clinics treat')

def n_training(ctx, lang):
    r = ctx.r; st = ctx.staff(_reg(lang, r)); rows = [['Employee #', 'Name', 'Course', 'Expiry']]
    for i in range(r.randint(4, 8)):
        s = ctx.staff(); rows.append([make_sin(r) if r.random() < .3 else '%06d' % r.randint(100000, 999999), '%s, %s' % (s['last'], s['first']), r.choice(['BLS', 'NVCI', 'WHMIS', 'Naloxone']), '2027-%02d-01' % r.randint(1, 12)])
    body = ('Bonjour,\n\nliste des certifications à renouveler en pièce jointe (employés).\n' if lang == 'fr' else 'Hi managers,\n\nstaff certifications due for renewal attached.\n')
    return dict(cat='training', subject='Certifications à renouveler' if lang == 'fr' else 'Certifications due', body=body + sig(st, lang, r), st=st, to=['managers@' + NET],
                atts=[('certifications.xlsx', make_xlsx('Staff', rows))], types=[], note='staff training list with employee numbers')

def n_meeting_ics(ctx, lang):
    r = ctx.r; st = ctx.staff(_reg(lang, r)); start = datetime.datetime(2026, 11, r.randint(3, 27), 9, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))
    ics = make_ics('mtg-%d@%s' % (r.randint(10000, 99999), NET), 'Comité de pharmacologie' if lang == 'fr' else 'P&T committee', 'Ordre du jour à venir' if lang == 'fr' else 'Agenda to follow', start, 90, 'Teams', st['addr'], [ctx.staff()['addr']])
    return dict(cat='meeting_invite', subject='Invitation : comité' if lang == 'fr' else 'Invitation: committee meeting', body=('Invitation ci-jointe.\n' if lang == 'fr' else 'Invite attached.\n'), st=st,
                to=['pt-committee@' + NET], atts=[('invite.ics', ics)], types=[], note='committee meeting invitation')

def n_vendor(ctx, lang):
    r = ctx.r; st = dict(first='Jenna', last='Morrow', cred='', role='Account Manager, EMRsoft', site='on', addr='jenna.morrow@emrsoft.example')
    rows = [['SKU', 'Description', 'Price']] + [['RB-%05d' % r.randint(1, 99999), r.choice(['Outcome measures module', 'Group therapy scheduler', 'e-Referral gateway', 'Telerehab licence']), '%d.00' % r.randint(500, 9000)] for _ in range(4)]
    body = ('Bonjour,\n\nsuite à notre démo, voici le catalogue et les prix 2027.\n' if lang == 'fr' else 'Hi,\n\nfollowing our demo, here is the 2027 catalogue and pricing. Happy to set up a call.\n') + '\nJenna Morrow\nAccount Manager | EMRsoft\n1-800-555-0133\n'
    return dict(cat='vendor', subject='Catalogue 2027' if lang == 'fr' else 'EMRsoft 2027 catalogue', body=body, st=st, to=['it-director@' + NET], atts=[('catalogue_2027.xlsx', make_xlsx('Catalogue', rows))], types=[], note='vendor catalogue')

def n_staff_vcard(ctx, lang):
    r = ctx.r; s = ctx.staff(); st = ctx.staff(_reg(lang, r))
    vcf = make_vcf(s['last'], s['first'], tel=SITES[s['site']][2], email=s['addr'], org=SITES[s['site']][0], title=s['role'])
    body = ('Bonjour,\n\nvoici les coordonnées de notre nouvelle collègue/nouveau collègue, qui se joint à l\'équipe lundi.\n' if lang == 'fr' else 'Hi,\n\ncontact card for our new team member starting Monday.\n')
    return dict(cat='staff_contact', subject='Nouveau collègue' if lang == 'fr' else 'Welcome new team member', body=body + sig(st, lang, r, False), st=st, to=['team@' + NET], atts=[('%s.vcf' % strip(s['last']).replace(' ', ''), vcf)], types=[], note='staff vCard')

def n_exchange_be(ctx, lang):
    r = ctx.r; st = ctx.staff('be')
    body = 'Chers collègues,\n\nPour l\'échange de stagiaires Riverbend - Saint-Rémi (mars 2027) : 4 places en ergothérapie, 2 en psychiatrie. Les frais de déplacement sont remboursés sur note de frais (IBAN de l\'hôpital sur demande). Statistiques 2026 : 212 admissions, durée moyenne de séjour 23 jours.\n\nBien cordialement,\n'
    return dict(cat='partnership', subject='Échange de stagiaires 2027', body=body + sig(st, 'fr', r), st=st, to=['partenariats@' + NET], lang='fr', types=[], note='partner-hospital exchange logistics with aggregate stats')

def n_group_schedule(ctx, lang):
    r = ctx.r; st = ctx.staff('on2' if lang == 'en' else 'qc')
    rows = ['%s %s  %s  %s' % (d, h, g, ctx.staff()['last']) for d, h, g in [('Mon', '10:00', 'Relapse prevention'), ('Tue', '14:00', 'DBT skills'), ('Wed', '10:00', 'Seeking Safety'), ('Thu', '13:00', 'Family support')]]
    if lang == 'fr':
        rows = [x.replace('Mon', 'Lun').replace('Tue', 'Mar').replace('Wed', 'Mer').replace('Thu', 'Jeu').replace('Relapse prevention', 'Prévention de la rechute').replace('DBT skills', 'Habiletés TCD').replace('Family support', 'Soutien aux proches') for x in rows]
        body = 'Bonjour,\n\nhoraire des groupes (salles 1.10 et 1.12), animateurs :\n\n' + '\n'.join(rows) + '\n\nMax 12 participants par groupe.\n'
    else:
        body = 'Hi,\n\ngroup schedule (rooms 1-10, 1-12) and facilitators:\n\n' + '\n'.join(rows) + '\n\nMax 12 participants per group. Referrals via intake.\n'
    return dict(cat='group_schedule', subject='Horaire des groupes' if lang == 'fr' else 'Group therapy schedule', body=body + sig(st, lang, r, False), st=st, to=['addictions-team@' + NET], types=[], note='group-therapy timetable with facilitators, no participants')

def n_fwd_newsletter_eml(ctx, lang):
    r = ctx.r; st = ctx.staff(_reg(lang, r))
    inner = EmailMessage(); inner['From'] = 'CAMH-like Bulletin <news@mh-bulletin.example>'; inner['To'] = st['addr']
    inner['Subject'] = 'Bulletin: concurrent disorders update' if lang == 'en' else 'Bulletin : troubles concomitants'; inner['Date'] = utils.format_datetime(ctx.when()); inner['Message-ID'] = '<nl%d@mh-bulletin.example>' % r.randint(10**6, 10**7)
    inner.set_content('New guideline on concurrent disorders. Webinar Dec 4. 1 in 5 Canadians experience a mental illness each year.\n', cte='quoted-printable')
    body = 'FYI, interesting.\n' if lang == 'en' else 'Pour info, intéressant.\n'
    return dict(cat='fwd_newsletter', subject=('Fwd: ' if lang == 'en' else 'TR: ') + inner['Subject'], body=body + sig(st, lang, r, False), st=st, to=[ctx.staff()['addr']], inner=inner, types=[], note='newsletter forwarded as attached e-mail')

def n_policy_zip(ctx, lang):
    r = ctx.r; st = ctx.staff(_reg(lang, r))
    files = [('politique_contentions.pdf' if lang == 'fr' else 'restraint_policy.pdf', make_pdf('Policy / Politique', ['Section 1 Purpose', 'Section 2 Scope', 'Section 3 Procedure'])),
             ('liste.csv', make_csv([['policy', 'version'], ['PS-014', '3.2'], ['PS-022', '1.1']]))]
    body = ('Bonjour,\n\nles politiques révisées sont dans le ZIP. Commentaires d\'ici vendredi.\n' if lang == 'fr' else 'Hi,\n\nrevised policies zipped, comments by Friday.\n')
    return dict(cat='policy_docs', subject='Politiques révisées' if lang == 'fr' else 'Revised policies', body=body + sig(st, lang, r, False), st=st, to=['managers@' + NET], atts=[('politiques.zip' if lang == 'fr' else 'policies.zip', make_zip(files))], types=[], note='ZIP of policy documents')

def n_reply_admin(ctx, lang):
    r = ctx.r; st = ctx.staff(_reg(lang, r)); o = ctx.staff()
    orig = ('Peux-tu réserver la salle 2.14 pour la formation NVCI le 18? 14 participants (personnel).\n' if lang == 'fr' else 'Can you book room 2-114 for the NVCI training on the 18th? 14 staff attending.\n')
    top = 'Réservé.' if lang == 'fr' else 'Booked.'
    return dict(cat='reply_admin', subject='RE: salle' if lang == 'fr' else 'RE: room booking', body=top + '\n' + sig(st, lang, r, False) + quote_block(orig, '%s %s <%s>' % (o['first'], o['last'], o['addr']), ctx.when(), lang, r),
                st=st, to=[o['addr']], types=[], note='room booking reply with quoted thread, staff only')

def n_lookalike(ctx, lang):
    r = ctx.r; st = ctx.staff(_reg(lang, r)); asset = make_hcn(r); po = make_sin(r)
    if lang == 'fr':
        subj = 'Bon de commande %s' % po; body = 'Bonjour,\n\nBon de commande n° %s pour 2 lits électriques (actif %s, n° de série %s). Livraison quai B. Clinique : 819-555-0177.\n' % (po, asset, make_hcn(r))
    else:
        subj = 'PO %s' % po; body = 'Hi,\n\nPO # %s for 2 tilt tables (asset tag %s, serial %s). Deliver to dock B. Clinic line 613-555-0140. IMEI of the loaner phone: 35%013d.\n' % (po, asset, make_hcn(r), r.randint(0, 10**13 - 1))
    return dict(cat='purchase_order', subject=subj, body=body + sig(st, lang, r, False), st=st, to=['orders@medsupply-north.example'], types=[], note='purchase order with checksum-valid asset/serial numbers')

def n_stats_csv(ctx, lang):
    r = ctx.r; st = ctx.staff(_reg(lang, r))
    rows = [['unit', 'admissions', 'discharges', 'alos_days', 'readmit_30d']] + [[u, r.randint(10, 80), r.randint(10, 80), r.randint(7, 40), r.randint(0, 9)] for u in ['3W', '4E', 'U2', 'Rehab A', 'Rehab B']]
    body = ('Bonjour,\n\nstatistiques mensuelles par unité en pièce jointe.\n' if lang == 'fr' else 'Hi,\n\nmonthly unit statistics attached.\n')
    return dict(cat='statistics', subject='Statistiques mensuelles' if lang == 'fr' else 'Monthly stats', body=body + sig(st, lang, r, False), st=st, to=['direction@' + NET], atts=[('stats.csv', make_csv(rows))], types=[], note='aggregate unit statistics CSV')

NURSES = [('Aubin', 'Chantal'), ('Ferreira', 'Luis'), ('Mbeki', 'Naledi'), ('Gray', 'Stacey'), ('Pham', 'Linh'), ('Quesnel', 'Yves'), ('Ward', 'Kelly'), ('Ayotte', 'Carole')]
def n_assignment(ctx, lang):
    r = ctx.r; reg = 'qc' if lang == 'fr' else 'on'; st = ctx.clin(reg); rows = []
    k = 1
    for nl, nf in r.sample(NURSES, 4):
        a = k; k += r.randint(4, 7)
        rows.append(('Ch. %d-%d : %s %s (%s)' if lang == 'fr' else 'Rm %d-%d: %s, %s (%s)') % (a, min(k - 1, 24), nl, nf if lang == 'fr' else nf[0], r.choice(['inf.', 'inf. aux.', 'PAB']) if lang == 'fr' else r.choice(['RN', 'RPN', 'PSW'])))
    body = (('Assignation nuit unité 3 :\n\n' if lang == 'fr' else 'Night assignment 3 West:\n\n') + '\n'.join(rows) +
            ('\n\nPause : 02h-02h30 / 02h30-03h. Float : %s.\n' if lang == 'fr' else '\n\nBreaks 02:00-02:30 / 02:30-03:00. Float: %s.\n') % ctx.staff()['last'])
    return dict(cat='staff_assignment', subject='Assignation nuit' if lang == 'fr' else 'Night assignment', body=body + sig(st, lang, r, False), st=st, to=['3w-nursing@' + NET], types=[],
                note='nurse-to-room assignment sheet, staff names and room ranges only')

def n_staff_medical(ctx, lang):
    r = ctx.r; reg = 'qc' if lang == 'fr' else 'on'; st = ctx.clin(reg); md = ctx.clin()
    if lang == 'fr':
        body = 'Bonjour l\'équipe,\n\n%s sera absent%s 6 semaines pour sa chirurgie du genou. Ses patients de la clinique externe seront vus par %s. Une carte circule au poste pour lui souhaiter bon rétablissement.\n' % (md['first'] + ' ' + md['last'], '', ctx.clin()['last'])
    else:
        body = 'Hi team,\n\n%s %s will be off 6 weeks for knee surgery. Outpatient clinic covered by %s. Card at the nursing station if you want to sign.\n' % (md['first'], md['last'], ctx.clin()['last'])
    return dict(cat='staff_absence', subject='Absence collègue' if lang == 'fr' else 'Colleague on leave', body=body + sig(st, lang, r, False), st=st, to=['team@' + NET], types=[], note='colleague absence for surgery (staff health, no patient)')

def n_be_invoice(ctx, lang):
    r = ctx.r
    from stdnum.be import vat as _vat
    while True:
        b = '0' + str(r.randint(200, 999)) + '%05d' % r.randint(0, 99999)
        v = b[:8] + '%02d' % (97 - int(b[:8]) % 97)
        if _vat.is_valid(v): break
    b = v
    st = dict(first='Service', last='Facturation', cred='', role='MediLab Wallonie SRL', site='be', addr='facturation@medilab-wallonie.example')
    body = ('Madame, Monsieur,\n\nVeuillez trouver notre facture FV-2026-%05d relative aux analyses de novembre (forfait laboratoire, 1.240 prestations).\nN° d\'entreprise : BE %s.%s.%s\nIBAN : BE71 0961 2345 6769\nÉchéance : 30 jours.\n\nMediLab Wallonie SRL\n'
            % (r.randint(1, 99999), b[:4], b[4:7], b[7:]))
    return dict(cat='invoice', subject='Facture novembre', body=body, st=st, to=['comptabilite@' + BE], lang='fr', types=[], note='Belgian supplier invoice with enterprise number and IBAN (checksum look-alikes)')

def n_census(ctx, lang):
    r = ctx.r; reg = _reg(lang, r); st = ctx.clin(reg)
    rows = ['%s : %d/%d' % (u, r.randint(15, 24), 24) for u in ['3W', '4E', 'U2', 'Réadap A' if lang == 'fr' else 'Rehab A']]
    body = (('Recensement des lits 7h :\n' if lang == 'fr' else 'Bed census 07:00:\n') + '\n'.join(rows) +
            ('\n%d patients en attente à l\'urgence, %d congés prévus aujourd\'hui.\n' if lang == 'fr' else '\n%d patients waiting in ED, %d discharges planned today.\n') % (r.randint(0, 8), r.randint(1, 9)))
    return dict(cat='bed_census', subject='Recensement' if lang == 'fr' else 'Bed census', body=body + sig(st, lang, r, False), st=st, to=['bed-flow@' + NET], types=[], note='aggregate bed census')

NEG_T = [(n_grand_rounds, 'b'), (n_staff_roster, 'b'), (n_hr_leave, 'b'), (n_union, 'b'), (n_job, 'b'), (n_invoice, 'b'), (n_it, 'b'), (n_quality, 'b'),
         (n_research_agg, 'b'), (n_teaching, 'b'), (n_newsletter, 'b'), (n_facilities, 'b'), (n_conference_pdf, 'b'), (n_blank_form, 'b'), (n_public_health, 'b'),
         (n_md_disease, 'b'), (n_training, 'b'), (n_meeting_ics, 'b'), (n_vendor, 'b'), (n_staff_vcard, 'b'), (n_exchange_be, 'fr'), (n_group_schedule, 'b'),
         (n_fwd_newsletter_eml, 'b'), (n_policy_zip, 'b'), (n_reply_admin, 'b'), (n_lookalike, 'b'), (n_stats_csv, 'b'), (n_assignment, 'b'), (n_staff_medical, 'b'), (n_be_invoice, 'fr'), (n_census, 'b')]
# ======================= BUILD & CHECK (appended to generate.py namespace) =======================
def build(ctx, spec, lang):
    r = ctx.r
    st = spec['st']
    region = st['site'] if st['site'] != 'on2' else 'on'
    msg = EmailMessage()
    msg['From'] = '%s %s <%s>' % (st['first'], st['last'], st['addr']) if r.random() < .8 else '"%s, %s" <%s>' % (st['last'], st['first'], st['addr'])
    msg['To'] = ', '.join(spec['to'])
    if spec.get('cc'):
        msg['Cc'] = ', '.join(spec['cc'])
    elif r.random() < .25:
        msg['Cc'] = ctx.staff()['addr']
    msg['Subject'] = spec['subject']
    when = ctx.when(region)
    msg['Date'] = utils.format_datetime(when)
    dom = st['addr'].split('@')[1]
    msg['Message-ID'] = '<%s.%08x@%s>' % (when.strftime('%Y%m%d%H%M%S'), r.getrandbits(32), 'mail.' + dom)
    if spec['subject'].lower().startswith(('re:', 'tr:', 'fw:', 'fwd:')):
        msg['In-Reply-To'] = '<%08x@%s>' % (r.getrandbits(32), 'mail.' + NET)
    msg['MIME-Version'] = '1.0'
    if r.random() < .5:
        msg['X-Mailer'] = r.choice(['Microsoft Outlook 16.0', 'Apple Mail (2.3774)', 'Thunderbird 128.3.0', 'Zimbra 10.1'])
    body = spec['body']
    cs = r.choice(['utf-8', 'utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
    try:
        body.encode(cs)
    except UnicodeEncodeError:
        cs = 'utf-8'
    ascii_ok = all(ord(c) < 128 for c in body)
    cte = r.choice(['quoted-printable', 'base64', '8bit'])
    if ascii_ok and cte == '8bit':
        cte = '7bit'
    atts = spec.get('atts') or []
    inner = spec.get('inner')
    mode = r.choice(['plain', 'plain', 'html', 'alt', 'alt'])
    if spec.get('mode'):
        mode = spec['mode']
    h = html_of(body)
    if mode == 'plain':
        msg.set_content(body, charset=cs, cte=cte)
    elif mode == 'html':
        msg.set_content(h, subtype='html', charset=cs, cte=cte)
    else:
        msg.set_content(body, charset=cs, cte=cte)
        msg.add_alternative(h, subtype='html', charset=cs, cte=r.choice(['quoted-printable', 'base64']))
    for fn, data in atts:
        ext = fn.rsplit('.', 1)[1].lower()
        mt, sub = MIME[ext]
        if ext == 'eml':
            msg.add_attachment(data, maintype='application', subtype='octet-stream', filename=fn)
        elif mt == 'text' and ext != 'vcf':
            msg.add_attachment(data, maintype=mt, subtype=sub, filename=fn, cte='base64')
        else:
            msg.add_attachment(data, maintype=mt, subtype=sub, filename=fn)
    if inner is not None:
        msg.add_attachment(inner)
    tr = mode
    if atts or inner is not None:
        tr = 'mixed(' + mode + ')'
    if inner is not None:
        tr += '+rfc822'
    k = 0
    for part in msg.walk():
        if part.get_content_maintype() == 'multipart':
            k += 1
            part.set_boundary('----=_Part_%d_%010d.%s' % (k, r.randint(0, 10**10 - 1), when.strftime('%y%m%d')) if r.random() < .5 else '_%03d_%012x_' % (k, r.getrandbits(48)))
    nl = '\r\n' if r.random() < .4 else '\n'
    data = msg.as_bytes(policy=policy.default.clone(linesep=nl))
    return data, dict(mode=tr, charset=cs, cte=cte, eol='CRLF' if nl == '\r\n' else 'LF')

def check(out, labels):
    files = []
    for sub in ('positive', 'negative'):
        for fn in sorted(os.listdir(os.path.join(out, sub))):
            files.append(sub + '/' + fn)
    assert set(files) == set(labels), 'labels do not cover exactly the files'
    for f in files:
        raw = open(os.path.join(out, f), 'rb').read()
        m = email.message_from_bytes(raw, policy=policy.default)
        for part in m.walk():
            assert not part.defects, (f, part.defects)
            if part.is_multipart():
                continue
            c = part.get_content()
            assert c is not None
        _ = str(m['Subject']); _ = str(m['From'])
        lab = labels[f]
        assert lab['confidential'] == f.startswith('positive/')
        assert (len(lab['types']) > 0) == lab['confidential'], f

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    a = ap.parse_args()
    out = a.out
    nams = load_nams()
    r = random.Random(SEED)
    ctx = Ctx(r, nams)
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for fn in os.listdir(d):
            if fn.endswith('.eml'):
                os.remove(os.path.join(d, fn))
    labels = {}
    stats = {'transport': {}, 'charset': {}, 'cte': {}, 'eol': {}, 'lang': {}, 'cat': {}}
    def plan(T, n):
        seq = []
        while len(seq) < n:
            blk = list(T); r.shuffle(blk); seq += blk
        return seq[:n]
    for kind, T, n, prefix in (('positive', POS_T, N_POS, 'p'), ('negative', NEG_T, N_NEG, 'n')):
        for i, (fn_t, lk) in enumerate(plan(T, n), 1):
            lang = lk if lk in ('en', 'fr') else ('fr' if r.random() < .29 else 'en')
            spec = fn_t(ctx, lang)
            lang = spec.get('lang', lang)
            data, tr = build(ctx, spec, lang)
            name = '%s/%s%03d_%s.eml' % (kind, prefix, i, spec['cat'])
            with open(os.path.join(out, name), 'wb') as f:
                f.write(data)
            labels[name] = {'confidential': kind == 'positive', 'types': sorted(set(spec['types'])) if kind == 'positive' else [], 'lang': lang, 'note': spec['note']}
            for k, v in (('transport', tr['mode']), ('charset', tr['charset']), ('cte', tr['cte']), ('eol', tr['eol']), ('lang', kind[:3] + ':' + lang), ('cat', kind[:3] + ':' + spec['cat'])):
                stats[k][v] = stats[k].get(v, 0) + 1
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write('\n')
    check(out, labels)
    hsh = hashlib.sha256()
    for name in sorted(labels) + ['labels.json']:
        hsh.update(name.encode()); hsh.update(open(os.path.join(out, name), 'rb').read())
    print('positives', sum(1 for v in labels.values() if v['confidential']), 'negatives', sum(1 for v in labels.values() if not v['confidential']))
    for k in stats:
        print(k, json.dumps(dict(sorted(stats[k].items())), ensure_ascii=False))
    print('sha256', hsh.hexdigest())

if __name__ == '__main__':
    main()
