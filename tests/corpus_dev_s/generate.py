#!/usr/bin/env python3
"""Seeded, deterministic generator of a synthetic outbound-mail corpus (mental health, addiction,
youth & family services). Writes positive/*.eml, negative/*.eml and labels.json. Seed 9191."""
import argparse, datetime, email, hashlib, html as htmlmod, io, json, os, random, re, sys, zipfile
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

SEED = 9191
N_POS, N_NEG = 85, 115

# The synthetic NAMs every blind writer was given, shared by the blind corpora in tests/blind_nams.txt.
NAMS = "\n".join(line for line in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir,
                   "blind_nams.txt"), encoding="utf-8").read().splitlines() if line.strip() and not line.startswith("#"))

PATIENTS = []
for _l in NAMS.splitlines():
    s, g, d, x, n = _l.split()
    PATIENTS.append(dict(sur=s, giv=g, dob=d, sex=x, nam=n))

def age_of(p):
    y, m, d = map(int, p['dob'].split('-'))
    a = 2026 - y - ((12, 1) < (m, d))
    return a

# ---------------------------------------------------------------- staff / orgs (all invented)
HOSP = 'chu-exemple.example'
STAFF = [
    ('Dre Isabelle Tremblay-Roy', 'psychiatre', 'itremblayroy'),
    ('Dr Karim Benali', 'psychiatre, urgence psychiatrique', 'kbenali'),
    ('Mélanie Côté', 'travailleuse sociale', 'mcote'),
    ('Jean-François Lavoie', 'infirmier clinicien, liaison', 'jflavoie'),
    ('Nadia Ouimet', 'agente administrative', 'nouimet'),
    ('Chantal Dubé', 'éducatrice spécialisée, pédopsychiatrie', 'cdube'),
    ('Stéphane Lemieux', 'intervenant en dépendance', 'slemieux'),
    ('Dre Farah Haddad', 'pédopsychiatre', 'fhaddad'),
    ('Annie Boisvert', 'ASI, urgence psychiatrique', 'aboisvert'),
    ('Dr Hugo Veilleux', 'urgentologue', 'hveilleux'),
]
STAFF_EN = [
    ('Patrick O\'Neil, MSW', 'social worker', 'poneil'),
    ('Sandra Whitfield, RN', 'nurse clinician, crisis team', 'swhitfield'),
    ('Dr. Alan Brooks', 'psychiatrist', 'abrooks'),
    ('Dr. Priya Raman', 'addiction medicine', 'praman'),
    ('Kevin McAllister', 'youth worker', 'kmcallister'),
]
ADMIN = [
    ('Véronique Paré', 'coordonnatrice des bénévoles', 'vpare'),
    ('Julie Gingras', 'conseillère en ressources humaines', 'jgingras'),
    ('Marc-André Dion', 'technicien en informatique', 'madion'),
    ('Sylvain Marcoux', 'chef de service, santé mentale adulte', 'smarcoux'),
    ('Lucie Hamel', 'agente de planification, statistiques', 'lhamel'),
]
EXT = {
    'clsc': ('CLSC des Rivières', 'clsc-rivieres.example', 'Geneviève Laroche, TS'),
    'dpj': ('DPJ — Direction de la protection de la jeunesse', 'dpj-nord.example', 'Éric Fontaine, intervenant à l\'évaluation'),
    'ecole': ('École secondaire du Mont-Joli', 'cssmontjoli.example', 'Caroline Bergeron, psychoéducatrice'),
    'crise': ('Centre de crise Le Phare', 'lephare.example', 'Mathieu Gosselin, intervenant de crise'),
    'maison': ("Maison d'hébergement L'Envol", 'envol.example', 'Sophie Turcotte, intervenante'),
    'virage': ('Centre de réadaptation en dépendance Le Virage', 'virage.example', 'Richard Lebel, conseiller à l\'accueil'),
    'justice': ('Cour du Québec, greffe civil', 'justice-qc.example', 'Me Hélène Vachon, avocate'),
    'pharm': ('Pharmacie Desrosiers et associés', 'pharmadesrosiers.example', 'Maxime Desrosiers, pharmacien'),
    'transport': ('Transport adapté Laurentides', 'ta-laurentides.example', 'Répartition'),
    'refuge': ('Refuge du Vieux-Pont', 'vieuxpont.example', 'Paul Trudel, coordonnateur de nuit'),
}
EXT_EN = {
    'ocmh': ('Ottawa Community Mental Health', 'ocmh.example', 'Rachel Kim, intake coordinator'),
    'youth': ('Westmount Youth and Family Services', 'wyfs.example', 'Daniel Fraser, caseworker'),
    'school': ('Lakeside High School', 'lakeside-school.example', 'Megan Doyle, guidance counsellor'),
    'shelter': ('Harbour House Women\'s Shelter', 'harbourhouse.example', 'Tina Morales, shelter advocate'),
    'rehab': ('Cedar Ridge Recovery Centre', 'cedarridge.example', 'Brian Walsh, admissions'),
    'crisis': ('Tel-Aide Crisis Line', 'crisisline.example', 'Night supervisor'),
    'insurer': ('Northfield Disability Insurance', 'northfield-ins.example', 'Claims unit'),
}
VENDORS = [('Médi-Fournitures Boréal inc.', 'medifournitures.example'), ('Logiciels CliniqPlus', 'cliniqplus.example'),
           ('Distribution Naloxo Canada', 'naloxo.example'), ('Imprimerie Saint-Laurent', 'imprimsl.example')]
OTHER_GIV_F = ['Jessica', 'Kayla', 'Océane', 'Maëlle', 'Chloé', 'Amélie', 'Brittany', 'Rosalie', 'Nancy', 'Lynda']
OTHER_GIV_M = ['Kevin', 'Jordan', 'Maxime', 'Samuel', 'Dylan', 'Tyler', 'Jérémie', 'Félix', 'Steve', 'Carl']
OTHER_SUR = ['Bergevin', 'Lachance', 'Pilon', 'Charbonneau', 'Desjardins', 'Marchand', 'Mercier', 'Vézina', 'Hébert', 'Nolan', 'Doucet', 'Grenier']
STREETS = ['rue des Pins', 'rue Principale', 'boul. Labelle', 'rue Saint-Georges', 'rue de la Gare', 'montée Sainte-Thérèse', 'ch. du Lac-Bleu']
STREETS_EN = ['Maple Ave', 'Elgin St', 'Bank St', 'Riverside Dr', 'Cedar Cres']
CITIES = ['Saint-Jérôme', 'Mirabel', 'Prévost', 'Sainte-Adèle', 'Lachute', 'Saint-Colomban']

FR_DIS = ("AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. "
          "Si vous l'avez reçu par erreur, veuillez le détruire et aviser l'expéditeur.")
EN_DIS = ("CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you received it "
          "in error, please delete it and notify the sender.")


class Ctx:
    def __init__(self, rng, lang):
        self.r = rng
        self.lang = lang
    def fr(self):
        return self.lang == 'fr'
    def c(self, seq):
        return self.r.choice(seq)
    def t(self, fr, en):
        return fr if self.lang == 'fr' else en
    def staff(self):
        if self.lang == 'en' and self.r.random() < 0.6:
            return self.c(STAFF_EN)
        return self.c(STAFF)
    def addr(self, who):
        return '%s <%s@%s>' % (strip_title(who[0]), who[2], HOSP)
    def sig(self, who, dis=None):
        unit = self.t('CHU Exemple — Hôpital Notre-Dame-des-Monts\n1200, boul. des Érables, Saint-Jérôme (Québec)  J7Z 0X1\nTél. : 450 555-0142 poste %d' % self.r.randint(2000, 7999),
                      'CHU Exemple — Notre-Dame-des-Monts Hospital\n1200 des Érables Blvd, Saint-Jérôme QC  J7Z 0X1\nTel. 450-555-0142 ext. %d' % self.r.randint(2000, 7999))
        s = '\n\n-- \n%s\n%s\n%s' % (who[0], who[1], unit)
        if dis is None:
            dis = self.r.random() < 0.6
        if dis:
            s += '\n\n' + self.t(FR_DIS, EN_DIS)
        return s
    def ext(self, key=None):
        if self.lang == 'en':
            key = key or self.c(sorted(EXT_EN))
            o = EXT_EN.get(key) or EXT[key]
        else:
            key = key or self.c(sorted(EXT))
            o = EXT.get(key) or EXT_EN[key]
        local = re.sub(r'[^a-z]', '', o[2].split(',')[0].lower().replace('me ', ''))[:12] or 'info'
        return o, '%s <%s@%s>' % (o[2].split(',')[0], local, o[1])
    def pat(self):
        return dict(self.c(PATIENTS))
    def invented(self, sex=None, minage=14, maxage=80):
        sex = sex or self.c('MF')
        g = self.c(OTHER_GIV_F if sex == 'F' else OTHER_GIV_M)
        y = 2026 - self.r.randint(minage, maxage)
        return dict(sur=self.c(OTHER_SUR), giv=g, sex=sex, dob='%04d-%02d-%02d' % (y, self.r.randint(1, 12), self.r.randint(1, 28)), nam=None)
    def mrn(self):
        k = self.r.randint(0, 4)
        n = self.r.randint(100000, 9999999)
        if k == 0: return '%07d' % n
        if k == 1: return 'H%07d' % n
        if k == 2: return '%08d' % (n * 3 % 100000000)
        if k == 3: s = '%07d' % n; return '%s-%s-%s' % (s[:2], s[2:5], s[5:])
        return 'ND%06d' % (n % 1000000)
    def nam_fmt(self, nam):
        k = self.r.randint(0, 5)
        if k == 0: return nam
        if k == 1: return '%s %s %s' % (nam[:4], nam[4:8], nam[8:])
        if k == 2: return '%s-%s-%s' % (nam[:4], nam[4:8], nam[8:])
        if k == 3: return nam.lower()
        if k == 4: return '%s %s %s %s' % (nam[:4], nam[4:6], nam[6:8], nam[8:])
        return '%s.%s.%s' % (nam[:4], nam[4:8], nam[8:])
    def phone(self):
        return self.c(['450', '579', '819', '514']) + ' 555-%04d' % self.r.randint(100, 9999)
    def date(self, days=0):
        d = datetime.date(2026, 12, 4) + datetime.timedelta(days=days)
        return d
    def dfr(self, d):
        mois = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
        return '%d %s' % (d.day, mois[d.month - 1])
    def den(self, d):
        return d.strftime('%B ') + str(d.day)
    def day(self, off=None):
        d = self.date(self.r.randint(1, 20) if off is None else off)
        return self.dfr(d) if self.fr() else self.den(d)
    def he(self, p):
        return (('il' if p['sex'] == 'M' else 'elle') if self.fr() else ('he' if p['sex'] == 'M' else 'she'))
    def mr(self, p):
        return (('M.' if p['sex'] == 'M' else 'Mme') if self.fr() else ('Mr.' if p['sex'] == 'M' else 'Ms.'))
    def ne(self, p):
        return 'né' if p['sex'] == 'M' else 'née'
    def lepat(self, p):
        return 'le patient' if p['sex'] == 'M' else 'la patiente'


def strip_title(n):
    return re.sub(r'^(Dre|Dr\.?|Me)\s+', '', n).split(',')[0]

# ---------------------------------------------------------------- identifiers (valid by construction)
def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return tot % 10 == 0

def luhn_complete(prefix):
    for c in '0123456789':
        if luhn_ok(prefix + c):
            return prefix + c

def gen_sin(r):
    from stdnum.ca import sin
    while True:
        s = luhn_complete(str(r.choice([1, 2, 4, 5, 6, 7])) + ''.join(str(r.randint(0, 9)) for _ in range(7)))
        if sin.is_valid(s):
            return s

def gen_on_hcn(r):
    from stdnum import luhn
    while True:
        s = luhn_complete(str(r.randint(1, 9)) + ''.join(str(r.randint(0, 9)) for _ in range(8)))
        if luhn.is_valid(s):
            return s

def gen_niss(r, dob, sex):
    from stdnum.be import nn
    y, m, d = dob.split('-')
    while True:
        ser = r.randint(1, 997)
        if (ser % 2 == 1) != (sex == 'M'):
            continue
        base = '%s%s%s%03d' % (y[2:], m, d, ser)
        num = int(('2' + base) if int(y) >= 2000 else base)
        s = base + '%02d' % (97 - num % 97)
        if nn.is_valid(s):
            return s

def gen_nir(r, dob, sex):
    from stdnum.fr import nir
    y, m, d = dob.split('-')
    while True:
        base = '%d%s%s%02d%03d%03d' % (1 if sex == 'M' else 2, y[2:], m, r.randint(1, 95), r.randint(1, 990), r.randint(1, 999))
        s = base + '%02d' % (97 - int(base) % 97)
        if nir.is_valid(s):
            return s

# ---------------------------------------------------------------- attachments
FIXED = datetime.datetime(2026, 11, 30, 9, 0, 0)

def normalize_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if info.filename == 'docProps/core.xml':
                b = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*', rb'\g<1>2026-11-30T09:00:00Z', b)
                b = re.sub(rb'(<cp:lastPrinted[^>]*>)[^<]*', rb'\g<1>2026-11-30T09:00:00Z', b)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 30, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, b)
    return out.getvalue()

def make_pdf(title, lines):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setFont('Helvetica-Bold', 13)
    c.drawString(60, 740, title)
    c.setFont('Helvetica', 10)
    y = 715
    for ln in lines:
        if y < 60:
            c.showPage(); c.setFont('Helvetica', 10); y = 740
        c.drawString(60, y, ln)
        y -= 15
    c.showPage()
    c.save()
    return buf.getvalue()

def make_docx(title, paras):
    import docx
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = 'CHU Exemple'
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    b = io.BytesIO()
    d.save(b)
    return normalize_zip(b.getvalue())

def make_xlsx(sheet, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = 'CHU Exemple'
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(list(row))
    b = io.BytesIO()
    wb.save(b)
    return normalize_zip(b.getvalue())

def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 30, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return out.getvalue()

def make_ics(uid, summary, start, minutes, location, desc, organizer, attendees):
    end = start + datetime.timedelta(minutes=minutes)
    f = lambda d: d.strftime('%Y%m%dT%H%M%S')
    def fold(line):
        out = []
        b = line
        while len(b.encode('utf-8')) > 73:
            cut = 73
            while len(b[:cut].encode('utf-8')) > 73: cut -= 1
            out.append(b[:cut]); b = b[cut:]
        out.append(b)
        return '\r\n '.join(out)
    esc = lambda s: s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CHU Exemple//Agenda//FR', 'METHOD:REQUEST', 'BEGIN:VEVENT',
         'UID:%s' % uid, 'DTSTAMP:20261130T090000Z', 'DTSTART;TZID=America/Toronto:%s' % f(start),
         'DTEND;TZID=America/Toronto:%s' % f(end), 'SUMMARY:%s' % esc(summary), 'LOCATION:%s' % esc(location),
         'DESCRIPTION:%s' % esc(desc), 'ORGANIZER:mailto:%s' % organizer]
    L += ['ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:%s' % a for a in attendees]
    L += ['END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(fold(x) for x in L) + '\r\n'

def make_vcf(fn, sur, giv, org, tel, adr, note, email_=None):
    L = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (sur, giv), 'FN:%s' % fn]
    if org: L.append('ORG:%s' % org)
    if tel: L.append('TEL;TYPE=HOME,VOICE:%s' % tel)
    if adr: L.append('ADR;TYPE=HOME:;;%s;;;;Canada' % adr.replace(',', '\\,'))
    if email_: L.append('EMAIL:%s' % email_)
    if note: L.append('NOTE:%s' % note.replace(',', '\\,'))
    L.append('END:VCARD')
    return '\r\n'.join(L) + '\r\n'

# ---------------------------------------------------------------- text helpers
def quote(ctx, who, when, text):
    if ctx.fr():
        head = 'Le %s, %s a écrit :' % (when, who)
    else:
        head = 'On %s, %s wrote:' % (when, who)
    return head + '\n' + '\n'.join(('> ' + l) if l else '>' for l in text.strip('\n').split('\n'))

def inline_fwd(ctx, frm, to, when, subj, text):
    if ctx.fr():
        h = '---------- Message transféré ----------\nDe : %s\nDate : %s\nObjet : %s\nÀ : %s\n\n' % (frm, when, subj, to)
    else:
        h = '---------- Forwarded message ----------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n' % (frm, when, subj, to)
    return h + text

def when(ctx):
    d = ctx.date(-ctx.r.randint(0, 4))
    h = '%d:%02d' % (ctx.r.randint(7, 18), ctx.r.choice([0, 5, 12, 20, 34, 41, 55]))
    return ('%s 2026 à %s' % (ctx.dfr(d), h)) if ctx.fr() else ('%s, 2026 at %s' % (ctx.den(d), h))

def to_html(text):
    out = ['<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    inq = False
    for line in text.split('\n'):
        q = line.startswith('>')
        if q and not inq:
            out.append('<blockquote style="border-left:2px solid #ccc;padding-left:6px;margin-left:4px">'); inq = True
        if not q and inq:
            out.append('</blockquote>'); inq = False
        body = line[1:].lstrip() if q else line
        out.append((htmlmod.escape(body) or '&nbsp;') + '<br>')
    if inq:
        out.append('</blockquote>')
    out.append('</body></html>')
    return '\n'.join(out) + '\n'

def table_html(intro, headers, rows, outro):
    h = ['<html><body style="font-family:Arial,sans-serif;font-size:10pt">', '<p>%s</p>' % htmlmod.escape(intro).replace('\n', '<br>\n'),
         '<table border="1" cellpadding="3" style="border-collapse:collapse">',
         '<tr>' + ''.join('<th>%s</th>' % htmlmod.escape(x) for x in headers) + '</tr>']
    for r in rows:
        h.append('<tr>' + ''.join('<td>%s</td>' % htmlmod.escape(str(x)) for x in r) + '</tr>')
    h.append('</table>')
    h.append('<p>%s</p>' % htmlmod.escape(outro).replace('\n', '<br>\n'))
    h.append('</body></html>')
    return '\n'.join(h) + '\n'

def table_text(headers, rows):
    w = [max(len(str(x)) for x in col) for col in zip(headers, *rows)]
    f = lambda r: '  '.join(str(x).ljust(w[i]) for i, x in enumerate(r)).rstrip()
    return '\n'.join([f(headers), '  '.join('-' * x for x in w)] + [f(r) for r in rows])

FW = str.maketrans('0123456789', '０１２３４５６７８９')

# ================================================================ POSITIVE templates
DX_FR = ['trouble bipolaire type I, épisode maniaque', 'schizophrénie paranoïde', 'trouble dépressif majeur avec idées suicidaires',
         'trouble de l\'usage des opioïdes', 'trouble de l\'usage de l\'alcool, sevrage compliqué', 'psychose induite par les méthamphétamines',
         'trouble de personnalité limite', 'TSPT', 'trouble anxieux généralisé', 'trouble des conduites alimentaires (anorexie)']
DX_EN = ['bipolar I disorder, current episode manic', 'paranoid schizophrenia', 'major depressive disorder with suicidal ideation',
         'opioid use disorder', 'alcohol use disorder, complicated withdrawal', 'methamphetamine-induced psychosis',
         'borderline personality disorder', 'PTSD', 'generalized anxiety disorder', 'anorexia nervosa']
MEDS = ['quétiapine 300 mg HS', 'olanzapine 10 mg DIE', 'lithium 900 mg DIE', 'buprénorphine-naloxone 16 mg DIE', 'méthadone 85 mg DIE',
        'sertraline 100 mg DIE', 'aripiprazole 15 mg DIE', 'naltrexone 50 mg DIE', 'lorazépam 1 mg PRN', 'palipéridone LAI 150 mg q4 sem']
MEDS_EN = [m.replace('quétiapine', 'quetiapine').replace('buprénorphine', 'buprenorphine').replace('méthadone', 'methadone').replace('lorazépam', 'lorazepam').replace('palipéridone', 'paliperidone').replace('DIE', 'daily').replace('q4 sem', 'q4 weeks') for m in MEDS]

def dx(ctx): return ctx.c(DX_FR) if ctx.fr() else ctx.c(DX_EN)
def med(ctx): return ctx.c(MEDS) if ctx.fr() else ctx.c(MEDS_EN)

def p_referral_rehab(ctx):
    p = ctx.pat(); me = ctx.staff(); o, to = ctx.ext('virage' if ctx.fr() else 'rehab')
    nam = ctx.nam_fmt(p['nam'])
    if ctx.fr():
        subj = ctx.c(['Référence — admission interne', 'Demande d\'admission Le Virage', 'Réf. réadaptation dépendance'])
        t = ('Bonjour %s,\n\nJe vous réfère %s %s %s (%s le %s, NAM %s) pour une admission en interne.\n\n'
             'Dx : %s. Consommation quotidienne depuis ~2 ans, dernière conso il y a 3 jours. Sevrage complété à l\'unité, pas de convulsions.\n'
             'Rx actuelle : %s.\n%s se dit motivé%s, a un hébergement temporaire chez sa sœur.\n\nMerci de me confirmer la date d\'accueil.'
             % (o[2].split(',')[0].split()[0], ctx.mr(p), p['giv'], p['sur'], ctx.ne(p), p['dob'], nam, ctx.c(DX_FR[3:6]), med(ctx),
                ctx.he(p).capitalize(), '' if p['sex'] == 'M' else 'e'))
    else:
        subj = ctx.c(['Referral - residential treatment', 'Admission request', 'Rehab referral'])
        t = ('Hi %s,\n\nReferring %s %s %s (DOB %s, RAMQ %s) for residential treatment.\n\nDx: %s. Daily use x2 yrs, last use 3 days ago. '
             'Detox completed on the unit, no seizures.\nCurrent meds: %s.\n%s is motivated and staying with a sister for now.\n\nPlease confirm intake date.'
             % (o[2].split(',')[0].split()[0], ctx.mr(p), p['giv'], p['sur'], p['dob'], nam, ctx.c(DX_EN[3:6]), med(ctx), ctx.he(p).capitalize()))
    return dict(cat='referral_rehab', subject=subj, text=t + ctx.sig(me), frm=ctx.addr(me), to=to,
                types=['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'medication', 'social_information'],
                note='referral to addiction rehab centre with name, NAM, DOB, diagnosis, medication')

def p_p38_court(ctx):
    p = ctx.pat(); me = ctx.staff(); o, to = ctx.ext('justice')
    mrn = ctx.mrn()
    if ctx.fr():
        subj = 'Requête garde provisoire — %s, %s (dossier %s)' % (p['sur'].upper(), p['giv'], mrn)
        t = ('Me Vachon,\n\nCi-joint les deux rapports d\'examen psychiatrique pour la requête en garde en établissement (P-38.001) '
             'concernant %s %s %s, %s le %s.\n%s est sous garde préventive depuis le %s à 14 h. Refuse toute évaluation, propos '
             'menaçants envers son voisin. Dx : %s, sans traitement depuis 6 mois.\n\nL\'audience peut-elle être fixée demain matin? Le Dr Benali sera disponible pour témoigner.'
             % (ctx.mr(p), p['giv'], p['sur'], ctx.ne(p), p['dob'], ctx.he(p).capitalize(), ctx.day(-1), ctx.c(DX_FR[:3])))
        att = [('rapports_examen_%s.pdf' % p['sur'].lower(), 'application/pdf',
                make_pdf('Rapport d\'examen psychiatrique — garde en établissement',
                         ['Nom : %s, %s   Dossier : %s' % (p['sur'], p['giv'], mrn), 'Date de naissance : %s   Sexe : %s' % (p['dob'], p['sex']),
                          'NAM : %s' % p['nam'], 'Examen du %s par Dr Karim Benali, psychiatre' % ctx.day(-1),
                          'Constat : danger grave et immédiat pour autrui. Idées de persécution envers le voisinage.',
                          'Recommandation : garde en établissement de 21 jours.']))]
    else:
        subj = 'Application for confinement order - %s %s' % (p['giv'], p['sur'])
        t = ('Counsel,\n\nAttached are the two psychiatric examination reports supporting the application for confinement in an institution '
             '(P-38.001) for %s %s %s, DOB %s, chart %s.\nUnder preventive confinement since %s. Refusing assessment, threatening a neighbour, '
             'untreated %s.\n\nCould the hearing be set tomorrow morning?' % (ctx.mr(p), p['giv'], p['sur'], p['dob'], mrn, ctx.day(-1), ctx.c(DX_EN[:3])))
        att = [('psych_exam_reports.pdf', 'application/pdf',
                make_pdf('Psychiatric examination report - confinement', ['Name: %s, %s   Chart: %s' % (p['sur'], p['giv'], mrn),
                         'DOB: %s  Sex: %s   RAMQ: %s' % (p['dob'], p['sex'], p['nam']), 'Finding: serious and immediate danger to others.',
                         'Recommendation: confinement for 21 days.']))]
    return dict(cat='p38_court', subject=subj, text=t + ctx.sig(me, True), frm=ctx.addr(me), to=to, atts=att,
                types=['patient_name', 'mrn', 'date_of_birth', 'diagnosis', 'ramq_nam'],
                note='court application for involuntary admission, patient named with chart number, reports attached')

def p_dpj(ctx):
    me = ctx.staff()
    kid = ctx.pat() if ctx.r.random() < 0.5 else ctx.invented(minage=6, maxage=16)
    if age_of(kid) > 17:
        kid = ctx.invented(minage=6, maxage=16)
    mom = ctx.c(OTHER_GIV_F)
    if ctx.fr():
        o, to = ctx.ext('dpj')
        subj = ctx.c(['Signalement — suivi', 'Suivi signalement RTS', 'Info complémentaire signalement'])
        t = ('Bonjour M. Fontaine,\n\nSuite à notre appel de ce matin, voici les éléments pour le signalement concernant le jeune %s (%s ans), '
             'vu à l\'urgence pédiatrique hier soir.\nLa mère, %s %s, est arrivée intoxiquée (alcool + benzo probable) et a quitté avant l\'évaluation. '
             'L\'enfant rapporte être seul à la maison plusieurs soirs par semaine. Le conjoint actuel aurait des antécédents de violence conjugale.\n'
             'Adresse connue : %d, %s, %s.\n\nL\'enfant est gardé à l\'unité en attendant votre décision.'
             % (kid['giv'], age_of(kid), mom, kid['sur'], ctx.r.randint(10, 999), ctx.c(STREETS), ctx.c(CITIES)))
        types = ['patient_name', 'social_information', 'patient_contact']
    else:
        o, to = ctx.ext('youth')
        subj = ctx.c(['Youth protection report - follow-up', 'Re: report to DYP'])
        t = ('Hi Daniel,\n\nFollowing our call: %s %s, age %d, was seen in the ER last night. Mother (%s) arrived intoxicated and left before assessment. '
             '%s says %s is often alone at home in the evenings. Possible domestic violence by the mother\'s partner.\n\nWe are keeping the child on the ward '
             'until DYP decides.' % (kid['giv'], kid['sur'], age_of(kid), mom, kid['giv'], 'he' if kid['sex'] == 'M' else 'she'))
        types = ['patient_name', 'social_information']
    return dict(cat='dpj_report', subject=subj, text=t + ctx.sig(me, True), frm=ctx.addr(me), to=to, types=types,
                note='youth protection report about a named child, parent intoxication, domestic violence')

def p_school(ctx):
    me = ctx.staff()
    kid = ctx.invented(minage=12, maxage=17)
    if ctx.fr():
        o, to = ctx.ext('ecole')
        subj = ctx.c(['Retour en classe', 'Retour progressif — élève de sec. 3', 'Plan de retour'])
        t = ('Bonjour Caroline,\n\nComme convenu avec les parents, %s (sec. %d, groupe %d%s) pourra revenir à l\'école lundi, horaire allégé le matin seulement.\n'
             'Hospitalisation de 2 semaines en pédopsychiatrie pour %s. %s prend maintenant %s — possible somnolence en début de journée.\n'
             'Merci d\'éviter les cours d\'éduc. pour 2 semaines et de prévoir un endroit calme.\n\nChantal'
             % (kid['giv'], ctx.r.randint(1, 5), ctx.r.randint(1, 9), ctx.c(['', '0', '2']), ctx.c(['tentative de suicide', 'anorexie', 'épisode psychotique', 'crise suicidaire']),
                ctx.he(kid).capitalize(), ctx.c(MEDS[:3] + MEDS[5:7])))
        types = ['patient_name', 'diagnosis', 'medication']
    else:
        o, to = ctx.ext('school')
        subj = 'Return to school plan'
        t = ('Hi Megan,\n\nAs agreed with the parents, %s %s. (grade %d, homeroom %d) can return Monday, mornings only.\n%s was on our adolescent unit for two weeks after %s '
             'and is now on %s.\nPlease keep an eye at lunch and let us know if anything comes up.'
             % (kid['giv'], kid['sur'][0], ctx.r.randint(9, 11), ctx.r.randint(101, 130), ctx.he(kid).capitalize(), ctx.c(['an overdose', 'a suicide attempt', 'a psychotic episode']), ctx.c(MEDS_EN[:3])))
        types = ['patient_name', 'diagnosis', 'medication']
    return dict(cat='school_liaison', subject=subj, text=t + ctx.sig(me), frm=ctx.addr(me), to=to, types=types,
                note='school liaison about a named student returning after psychiatric admission')

def p_signout(ctx):
    me = ctx.staff()
    rows = []
    for i in range(ctx.r.randint(4, 7)):
        p = ctx.pat() if ctx.r.random() < 0.6 else ctx.invented()
        ini = '%s.%s.' % (p['giv'][0], p['sur'][0]) if ctx.r.random() < 0.4 else '%s %s' % (p['sur'], p['giv'][0] + '.')
        st = ctx.c(['P-38 garde prév.', 'volontaire', 'ordonnance 21 j', 'attente lit', 'sevrage ROH', 'congé prévu AM'] if ctx.fr() else
                   ['preventive conf.', 'voluntary', '21-day order', 'awaiting bed', 'ETOH w/d', 'd/c AM'])
        rows.append(('C%d' % ctx.r.randint(1, 12), ini, ctx.mrn(), age_of(p), st, dx(ctx)[:28]))
    hdr = ['Civ.', 'Pt', 'Dossier', 'Âge', 'Statut', 'Dx'] if ctx.fr() else ['Rm', 'Pt', 'MRN', 'Age', 'Status', 'Dx']
    intro = ctx.t('Liste de passation urgence psy — nuit du %s' % ctx.day(0), 'Psych ER sign-out — night of %s' % ctx.day(0))
    outro = ctx.t('C3 : surveiller, a menacé de fuguer. Appeler Dr Benali si agitation.', 'Rm 3: flight risk. Page on-call if agitated.')
    t = intro + '\n\n' + table_text(hdr, rows) + '\n\n' + outro + ctx.sig(me, False)
    return dict(cat='signout_list', subject=ctx.t('Passation urg psy ' + ctx.day(0), 'Sign-out psych ER'), text=t,
                html=table_html(intro, hdr, rows, outro), mode=ctx.c(['html', 'alt', 'plain']), frm=ctx.addr(me),
                to='urgpsy-equipe@' + HOSP, types=['patient_name', 'mrn', 'diagnosis'],
                note='psychiatric ER handover list with initials, chart numbers, legal status and diagnoses')

def p_crisis_line(ctx):
    p = ctx.invented(minage=18, maxage=60); ph = ctx.phone()
    if ctx.fr():
        o, frm = ctx.ext('crise'); me = ctx.staff()
        subj = 'Appel reçu cette nuit — suivi demandé'
        q = ('Bonjour,\n\nNous avons reçu trois appels cette nuit de %s %s (%s), %s ans, qui dit avoir été vu%s à votre urgence mardi et être reparti%s sans suivi. '
             'Idéation suicidaire avec plan (médicaments accumulés). Accepte qu\'on vous transmette ses coordonnées.\n\nMathieu Gosselin\nCentre de crise Le Phare'
             % (p['giv'], p['sur'], ph, age_of(p), '' if p['sex'] == 'M' else 'e', '' if p['sex'] == 'M' else 'e'))
        t = 'Merci Mathieu, je transmets à l\'équipe de suivi intensif, on l\'appelle aujourd\'hui.\n\n' + quote(ctx, 'Mathieu Gosselin <mgosselin@lephare.example>', when(ctx), q)
        to = frm
    else:
        o, frm = ctx.ext('crisis'); me = ctx.staff()
        subj = 'RE: caller follow-up'
        q = ('Hello,\n\n%s %s (%s), %d, called us 3 times overnight. Says %s was seen in your ER Tuesday and left with no follow-up. SI with a plan '
             '(stockpiled pills). Consented to us sharing contact info.\n\nNight supervisor, Tel-Aide' % (p['giv'], p['sur'], ph, age_of(p), ctx.he(p)))
        t = 'Thanks, forwarding to the intensive follow-up team; we will call today.\n\n' + quote(ctx, 'Tel-Aide <night@crisisline.example>', when(ctx), q)
        to = frm
    return dict(cat='crisis_line', subject=subj, text=t + ctx.sig(me), frm=ctx.addr(me), to=to,
                types=['patient_name', 'patient_contact', 'diagnosis'], note='reply quoting crisis line message about named caller with phone and suicidal plan')

def p_shelter(ctx):
    p = ctx.invented(sex='F', minage=20, maxage=55); me = ctx.staff()
    kids = ctx.r.randint(1, 3)
    if ctx.fr():
        o, to = ctx.ext('maison')
        subj = 'Congé — hébergement d\'urgence'
        t = ('Bonjour Sophie,\n\nMme %s %s (%d ans) aura son congé demain vers 11 h. Elle ne peut pas retourner au domicile (%d, %s) — ex-conjoint visé par '
             'une ordonnance de non-contact. %d enfant%s placé%s temporairement chez la grand-mère.\nTraitement : %s. Suivi CLSC à organiser.\n\n'
             'Avez-vous une place? Elle accepte le transfert.' % (p['giv'], p['sur'], age_of(p), ctx.r.randint(10, 999), ctx.c(STREETS), kids,
                                                               's' if kids > 1 else '', 's' if kids > 1 else '', ctx.c(MEDS[5:7])))
    else:
        o, to = ctx.ext('shelter')
        subj = 'Discharge - emergency shelter bed'
        t = ('Hi Tina,\n\n%s %s, %d, is being discharged tomorrow around 11. She cannot go home (%d %s) - ex-partner under a no-contact order. '
             '%d kid(s) with grandmother for now. On %s.\nDo you have a bed? She agrees to the transfer.' % (p['giv'], p['sur'], age_of(p), ctx.r.randint(10, 999),
                                                                                                   ctx.c(STREETS_EN), kids, ctx.c(MEDS_EN[5:7])))
    return dict(cat='shelter_discharge', subject=subj, text=t + ctx.sig(me), frm=ctx.addr(me), to=to,
                types=['patient_name', 'social_information', 'patient_contact', 'medication'], note='discharge to women\'s shelter, domestic violence, named patient with home address')

def p_medrec(ctx):
    p = ctx.pat(); me = ctx.staff(); o, to = ctx.ext('pharm')
    if ctx.fr():
        subj = 'Conciliation méthadone — %s %s' % (p['giv'], p['sur'])
        t = ('Bonjour M. Desrosiers,\n\nPour %s %s %s (DDN %s), admis%s à l\'unité depuis le %s : pouvez-vous confirmer la dernière dose servie à votre pharmacie?\n'
             'Au dossier : méthadone 85 mg DIE, ingestion observée, 2 privilèges/sem. Le prescripteur est la Dre Tremblay-Roy.\nMerci de ne pas servir de dose tant qu\'%s est hospitalisé%s.'
             % (ctx.mr(p), p['giv'], p['sur'], p['dob'], '' if p['sex'] == 'M' else 'e', ctx.day(-3), ctx.he(p), '' if p['sex'] == 'M' else 'e'))
    else:
        subj = 'Med rec - %s, %s' % (p['sur'], p['giv'])
        t = ('Hello,\n\nFor %s %s %s (DOB %s), admitted since %s: can you confirm the last dose dispensed?\nOur records: methadone 85 mg daily, witnessed, 2 carries/week.\n'
             'Please hold doses while %s is in hospital.' % (ctx.mr(p), p['giv'], p['sur'], p['dob'], ctx.day(-3), ctx.he(p)))
    return dict(cat='med_reconciliation', subject=subj, text=t + ctx.sig(me), frm=ctx.addr(me), to=to,
                types=['patient_name', 'date_of_birth', 'medication'], note='methadone reconciliation with community pharmacy for named patient')

def p_tox(ctx):
    p = ctx.pat(); me = ctx.staff(); mrn = ctx.mrn()
    if ctx.fr():
        subj = 'Résultat dépistage urinaire — dossier %s' % mrn
        t = ('Salut Stéphane,\n\nRésultat du dépistage de ce matin pour %s (dossier %s) : fentanyl POSITIF, amphétamines positif, benzodiazépines négatif, '
             'buprénorphine positif.\nOn en reparle au caucus de 13 h, je pense qu\'il faut revoir le plan de traitement.' % (p['giv'] + ' ' + p['sur'][0] + '.', mrn))
    else:
        subj = 'UDS result'
        t = ('Hi Priya,\n\nUrine drug screen this AM for %s %s, MRN %s: fentanyl POSITIVE, amphetamines positive, benzos negative, buprenorphine positive.\n'
             'Can we discuss at huddle?' % (p['giv'], p['sur'], mrn))
    return dict(cat='lab_tox', subject=subj, text=t + ctx.sig(me, False), frm=ctx.addr(me), to='%s@%s' % (ctx.c(['slemieux', 'praman']), HOSP),
                types=['patient_name', 'mrn', 'lab_result'], note='urine drug screen results with patient name and chart number')

def p_xlsx_caseload(ctx):
    me = ctx.staff(); o, to = ctx.ext('clsc' if ctx.fr() else 'ocmh')
    rows = [['Nom', 'Prénom', 'DDN', 'NAM', 'Dx principal', 'Intervenant', 'Prochain RV'] if ctx.fr() else ['Last', 'First', 'DOB', 'RAMQ', 'Main dx', 'Worker', 'Next appt']]
    for i in range(ctx.r.randint(6, 12)):
        p = ctx.pat()
        rows.append([p['sur'], p['giv'], p['dob'], p['nam'], dx(ctx), ctx.c(['M. Côté', 'J.-F. Lavoie', 'G. Laroche']), ctx.day()])
    if ctx.fr():
        subj = ctx.c(['Liste de transfert SIM', 'Transferts suivi dans la communauté', 'fichier transfert'])
        t = 'Bonjour,\n\nVoici le fichier des usagers transférés à votre équipe de suivi intensif. Mot de passe envoyé séparément (ou pas, désolée, fichier non protégé).\n\nMerci'
    else:
        subj = 'Transfer list - ACT team'
        t = 'Hi,\n\nAttached is the list of clients transferring to your ACT team.\n\nThanks'
    return dict(cat='xlsx_caseload', subject=subj, text=t + ctx.sig(me), frm=ctx.addr(me), to=to,
                atts=[(ctx.t('transfert_usagers.xlsx', 'transfer_list.xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx('Liste', rows))],
                types=['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis'], note='bland body; XLSX attachment lists patients with NAM, DOB, diagnosis')

def p_ics(ctx):
    me = ctx.staff(); p = ctx.pat() if ctx.r.random() < 0.5 else ctx.invented()
    start = datetime.datetime(2026, 12, ctx.r.randint(7, 18), ctx.r.choice([9, 10, 13, 14]), 0)
    if ctx.fr():
        summ = ctx.c(['Rencontre famille — %s %s' % (p['giv'], p['sur']), 'Audience P-38 %s, %s' % (p['sur'].upper(), p['giv']), 'Plan de congé %s %s (unité 6B)' % (p['giv'], p['sur'])])
        desc = 'Présents : psychiatre traitant, TS, mère. Sujets : %s, refus de médication, retour à domicile vs ressource intermédiaire.' % dx(ctx)
        subj = 'Invitation : ' + summ.split('—')[0].strip()
        t = 'Bonjour,\n\nVous êtes invité(e) à la rencontre ci-jointe. Merci de confirmer.\n\nNadia Ouimet\nagente administrative'
    else:
        summ = ctx.c(['Family meeting - %s %s' % (p['giv'], p['sur']), 'Review board hearing - %s %s' % (p['giv'], p['sur'])])
        desc = 'Attending: psychiatrist, SW, mother. Topics: %s, medication refusal, discharge options.' % dx(ctx)
        subj = 'Invitation: ' + summ.split('-')[0].strip()
        t = 'Hi,\n\nPlease see the attached invitation and accept.\n\nThanks'
    ics = make_ics('%08x@%s' % (ctx.r.getrandbits(32), HOSP), summ, start, 60, ctx.t('Salle 6B-12', 'Room 6B-12'), desc, 'nouimet@' + HOSP,
                   ['mcote@' + HOSP, 'itremblayroy@' + HOSP])
    return dict(cat='ics_meeting', subject=subj, text=t, frm=ctx.addr(ADMIN[0] if False else STAFF[4]), to='mcote@%s, itremblayroy@%s' % (HOSP, HOSP),
                atts=[('invite.ics', 'text/calendar', ics)], types=['patient_name', 'diagnosis'], note='calendar invitation naming patient in summary and diagnosis in description')

def p_vcard(ctx):
    me = ctx.staff(); p = ctx.pat(); ph = ctx.phone()
    adr = '%d, %s, %s' % (ctx.r.randint(10, 999), ctx.c(STREETS), ctx.c(CITIES))
    o, to = ctx.ext('clsc' if ctx.fr() else 'ocmh')
    vc = make_vcf('%s %s' % (p['giv'], p['sur']), p['sur'], p['giv'], None, ph, adr, ctx.t('Usager SIM - %s - NAM %s' % (dx(ctx), p['nam']), 'ACT client - %s - RAMQ %s' % (dx(ctx), p['nam'])))
    t = ctx.t('Bonjour,\n\nCoordonnées de l\'usager pour la visite à domicile de jeudi ci-jointes.\nMerci!', 'Hi,\n\nContact card for Thursday\'s home visit attached.\nThanks!')
    return dict(cat='vcard_homevisit', subject=ctx.t('Coordonnées visite à domicile', 'Home visit contact'), text=t + ctx.sig(me, False), frm=ctx.addr(me), to=to,
                atts=[('%s_%s.vcf' % (p['sur'].lower(), p['giv'][0].lower()), 'text/vcard', vc)],
                types=['patient_name', 'patient_contact', 'ramq_nam', 'diagnosis'], note='vCard of patient with home address, phone, NAM and diagnosis for home visit')

def inner_msg(ctx, frm, to, subj, text):
    m = EmailMessage()
    m['From'] = frm; m['To'] = to; m['Subject'] = subj
    m['Date'] = format_datetime(datetime.datetime(2026, 12, 2, 10, 15, tzinfo=datetime.timezone(datetime.timedelta(hours=-5))))
    m['Message-ID'] = '<%016x@%s>' % (ctx.r.getrandbits(64), HOSP)
    m.set_content(text, charset='utf-8', cte='quoted-printable')
    return m

def p_fwd_eml(ctx):
    me = ctx.staff(); p = ctx.pat(); o, to = ctx.ext()
    if ctx.fr():
        inner = ('Bonjour,\n\n%s %s (%s le %s, dossier %s) a été vu%s ce matin. Rechute de consommation (cocaïne), perte de logement — expulsion le 1er. '
                 'Demande d\'aide financière de dernier recours en cours.\n\nMélanie' % (p['giv'], p['sur'], ctx.ne(p), p['dob'], ctx.mrn(), '' if p['sex'] == 'M' else 'e'))
        t = 'Je te transfère le courriel de Mélanie (en pièce jointe) pour la demande de logement.\n'
        subj = 'TR: situation logement'
    else:
        inner = ('Hi,\n\n%s %s (DOB %s, MRN %s) seen this morning. Relapse (cocaine), losing housing - eviction on the 1st. Applying for social assistance.\n\nPatrick'
                 % (p['giv'], p['sur'], p['dob'], ctx.mrn()))
        t = 'Forwarding Patrick\'s note (attached) re: the housing application.\n'
        subj = 'FW: housing situation'
    m = inner_msg(ctx, 'Mélanie Côté <mcote@%s>' % HOSP, 'jflavoie@' + HOSP, ctx.t('situation logement', 'housing situation'), inner)
    return dict(cat='fwd_as_attachment', subject=subj, text=t + ctx.sig(me), frm=ctx.addr(me), to=to, atts=[('eml', m)],
                types=['patient_name', 'date_of_birth', 'mrn', 'social_information'], note='forward as attached .eml containing named patient, relapse and eviction')

def p_quoted(ctx):
    me = ctx.staff(); p = ctx.pat(); o, frm_ext = ctx.ext()
    if ctx.fr():
        q = ('Bonjour,\nJe voulais savoir si %s %s est toujours hospitalisé%s chez vous. %s ne s\'est pas présenté%s au groupe du mardi et son colocataire dit qu\'%s a été '
             'amené%s par la police dimanche (P-38). Dossier chez nous : %s.\nMerci' % (p['giv'], p['sur'], '' if p['sex'] == 'M' else 'e', ctx.he(p).capitalize(), '' if p['sex'] == 'M' else 'e',
                                                                                     ctx.he(p), '' if p['sex'] == 'M' else 'e', ctx.mrn()))
        t = ctx.c(['Oui, toujours à l\'unité. Je te rappelle.', 'Reçu, merci — oui, toujours ici.', 'Oui. On se parle demain.']) + '\n\n' + quote(ctx, frm_ext, when(ctx), q)
        subj = 'RE: présence au groupe'
    else:
        q = ('Hi,\nIs %s %s still admitted? Missed Tuesday group and the roommate says police brought %s in on Sunday under a Form 1. Our file #: %s.\nThanks'
             % (p['giv'], p['sur'], 'him' if p['sex'] == 'M' else 'her', ctx.mrn()))
        t = ctx.c(['Yes, still here. Will call you.', 'Got it - yes.', 'Yes. Talk tomorrow.']) + '\n\n' + quote(ctx, frm_ext, when(ctx), q)
        subj = 'RE: group attendance'
    return dict(cat='quoted_reply', subject=subj, text=t + ctx.sig(me, False), frm=ctx.addr(me), to=frm_ext,
                types=['patient_name', 'mrn', 'social_information'], note='short reply; quoted thread names patient, police involuntary admission')

def p_subject_only(ctx):
    me = ctx.staff(); p = ctx.pat()
    subj = ctx.c(['%s %s — fugue de l\'unité ce matin', '%s %s : a repris consommation, appelle-moi', 'Re: %s %s sevrage ROH'])
    subj = subj % ((p['sur'], p['giv']) if ctx.r.random() < 0.5 else (p['giv'], p['sur']))
    if not ctx.fr():
        subj = ctx.c(['%s %s - AWOL from unit this AM', '%s %s relapsed, call me']) % (p['giv'], p['sur'])
    t = ctx.t(ctx.c(['Peux-tu m\'appeler au poste 4412?', 'Voir note au dossier. Merci', 'On en parle au caucus.']), ctx.c(['Call me at 4412.', 'See chart note.', 'Discuss at huddle.']))
    return dict(cat='subject_only', subject=subj, text=t + ctx.sig(me, False), frm=ctx.addr(me), to='%s@%s' % (ctx.c(STAFF)[2], HOSP),
                types=['patient_name', 'social_information' if 'consom' in subj or 'relap' in subj else 'diagnosis'], note='patient name and clinical event in the Subject only; body bland')

def p_disguised(ctx):
    me = ctx.staff(); p = ctx.pat(); o, to = ctx.ext()
    k = ctx.r.randint(0, 2)
    if k == 0:
        nid = ' '.join(p['nam'])
    elif k == 1:
        nid = p['nam'][:4] + p['nam'][4:].translate(FW)
    else:
        nid = p['nam'][:6] + '\n' + p['nam'][6:]
    if ctx.fr():
        t = ('Bonjour,\n\nJ\'écris le numéro comme ça pour que le courriel ne soit pas bloqué :\n%s\nC\'est pour %s %s, %s ans, suivi%s en dépendance (%s). '
             'Pouvez-vous ouvrir le dossier chez vous?' % (nid, p['giv'], p['sur'], age_of(p), '' if p['sex'] == 'M' else 'e', ctx.c(DX_FR[3:6])))
        subj = 'ouverture dossier'
    else:
        t = ('Hi,\n\nTyping the number this way so it does not get blocked:\n%s\nFor %s %s, %d, followed for %s. Can you open a file on your side?'
             % (nid, p['giv'], p['sur'], age_of(p), ctx.c(DX_EN[3:6])))
        subj = 'new file'
    return dict(cat='disguised_id', subject=subj, text=t + ctx.sig(me), frm=ctx.addr(me), to=to,
                types=['ramq_nam', 'patient_name', 'diagnosis'], note='NAM deliberately spaced/full-width/split with patient name and addiction diagnosis')

def p_ontario(ctx):
    me = ctx.staff(); p = ctx.invented(minage=18); hcn = gen_on_hcn(ctx.r); o, to = ctx.ext('ocmh')
    vc = ctx.c(['AB', 'KL', 'XY', 'MN', ''])
    hs = ctx.c(['%s-%s-%s' % (hcn[:4], hcn[4:7], hcn[7:]), hcn, '%s %s %s' % (hcn[:4], hcn[4:7], hcn[7:])]) + (' ' + vc if vc else '')
    t = ('Hi Rachel,\n\nReferral for %s %s, DOB %s, OHIP %s, currently on our unit (moved to Ottawa last month, staying with a cousin on %s).\n'
         'Dx: %s. Meds: %s. Needs a community psychiatrist and case manager after discharge on %s.\n\nReferral form to follow by fax.'
         % (p['giv'], p['sur'], p['dob'], hs, ctx.c(STREETS_EN), dx(ctx), med(ctx), ctx.day()))
    return dict(cat='referral_ontario', subject='Referral - community mental health', text=t + ctx.sig(me), frm=ctx.addr(me), to=to,
                types=['patient_name', 'date_of_birth', 'ca_health_number', 'diagnosis', 'medication'], note='referral to Ontario agency with health number, DOB, diagnosis')

def p_belgium(ctx):
    me = ctx.staff(); p = ctx.invented(minage=18, maxage=60); niss = gen_niss(ctx.r, p['dob'], p['sex'])
    ns = ctx.c(['%s.%s.%s-%s.%s' % (niss[:2], niss[2:4], niss[4:6], niss[6:9], niss[9:]), niss, '%s %s %s' % (niss[:6], niss[6:9], niss[9:])])
    t = ('Bonjour Docteur,\n\nNous avons reçu aux urgences psychiatriques votre patient%s, %s %s (NISS %s), en séjour au Québec, amené%s par la police pour désorganisation. '
         'Dx provisoire : %s. Pourriez-vous nous transmettre ses antécédents et son traitement habituel?\n\nConfraternellement,'
         % ('' if p['sex'] == 'M' else 'e', p['giv'], p['sur'].upper(), ns, '' if p['sex'] == 'M' else 'e', ctx.c(DX_FR[:3])))
    return dict(cat='belgium_records', subject='Demande d\'antécédents — patient%s en séjour au Québec' % ('' if p['sex'] == 'M' else 'e'), text=t + ctx.sig(me),
                frm=ctx.addr(me), to='Dr Luc Verbeke <l.verbeke@chr-meuse.example>', types=['patient_name', 'be_niss', 'diagnosis'],
                note='request to Belgian psychiatrist with NISS, patient name and provisional diagnosis')

def p_france(ctx):
    me = ctx.staff(); p = ctx.invented(minage=18, maxage=60); nir = gen_nir(ctx.r, p['dob'], p['sex'])
    ns = ctx.c(['%s %s %s %s %s %s %s' % (nir[0], nir[1:3], nir[3:5], nir[5:7], nir[7:10], nir[10:13], nir[13:]), nir])
    t = ('Bonjour,\n\n%s %s %s, %s le %s, n° de sécurité sociale %s, est hospitalisé%s dans notre unité de psychiatrie depuis le %s (%s). '
         '%s souhaite poursuivre son suivi au CMP à son retour en France. Je joins le résumé de séjour à l\'attention du psychiatre de secteur.'
         % (ctx.mr(p), p['giv'], p['sur'], ctx.ne(p), p['dob'], ns, '' if p['sex'] == 'M' else 'e', ctx.day(-10), ctx.c(DX_FR[:3]), ctx.he(p).capitalize()))
    att = [('resume_sejour.pdf', 'application/pdf', make_pdf('Résumé de séjour — psychiatrie', ['Patient : %s %s   NIR : %s' % (p['sur'], p['giv'], nir),
           'Admission : %s' % ctx.day(-10), 'Diagnostic : %s' % dx(ctx), 'Traitement de sortie : %s' % med(ctx)]))]
    return dict(cat='france_transfer', subject='Relais de suivi CMP', text=t + ctx.sig(me), frm=ctx.addr(me), to='secretariat <secretariat@cmp-nord.example>',
                atts=att, types=['patient_name', 'fr_nir', 'date_of_birth', 'diagnosis', 'medication'], note='transfer of care to French CMP with NIR and discharge summary')

def p_sin(ctx):
    me = ctx.staff(); p = ctx.invented(minage=20, maxage=64); sin_ = gen_sin(ctx.r)
    ss = ctx.c(['%s %s %s' % (sin_[:3], sin_[3:6], sin_[6:]), '%s-%s-%s' % (sin_[:3], sin_[3:6], sin_[6:]), sin_])
    if ctx.fr():
        t = ('Bonjour,\n\nTel que demandé, formulaire d\'invalidité pour %s %s (NAS %s). Arrêt de travail depuis le %s pour %s; hospitalisation du %s au %s. '
             'Retour au travail non prévu avant 12 semaines.' % (p['giv'], p['sur'], ss, ctx.day(-40), ctx.c(DX_FR[:3]), ctx.day(-30), ctx.day(-5)))
        subj = 'Formulaire assurance invalidité'
    else:
        t = ('Hello,\n\nAs requested, disability form for %s %s (SIN %s). Off work since %s for %s; inpatient %s to %s. No RTW expected for 12 weeks.'
             % (p['giv'], p['sur'], ss, ctx.day(-40), ctx.c(DX_EN[:3]), ctx.day(-30), ctx.day(-5)))
        subj = 'Disability claim form'
    return dict(cat='insurance_sin', subject=subj, text=t + ctx.sig(me, True), frm=ctx.addr(me), to='Claims <claims@northfield-ins.example>',
                types=['patient_name', 'ca_sin', 'diagnosis'], note='disability insurance form with patient SIN and psychiatric diagnosis')

def p_discharge_pdf(ctx):
    me = ctx.staff(); p = ctx.pat(); mrn = ctx.mrn(); o, to = ctx.ext('clsc' if ctx.fr() else 'ocmh')
    lines = ([ctx.t('Nom : ', 'Name: ') + '%s, %s' % (p['sur'], p['giv']), 'NAM/RAMQ: %s   %s: %s' % (p['nam'], ctx.t('Dossier', 'MRN'), mrn),
              ctx.t('DDN : ', 'DOB: ') + p['dob'], ctx.t('Dx : ', 'Dx: ') + dx(ctx), ctx.t('Rx au congé : ', 'Discharge meds: ') + med(ctx) + ', ' + med(ctx),
              ctx.t('Suivi : CLSC dans 7 jours, psychiatre dans 4 sem.', 'F/U: community team in 7 days, psychiatrist in 4 weeks.')])
    t = ctx.t('Bonjour,\n\nCi-joint le résumé de congé. Bonne journée.', 'Hi,\n\nDischarge summary attached.')
    return dict(cat='discharge_summary', subject=ctx.t('Résumé de congé', 'Discharge summary'), text=t + ctx.sig(me), frm=ctx.addr(me), to=to,
                atts=[(ctx.t('resume_conge.pdf', 'discharge_summary.pdf'), 'application/pdf', make_pdf(ctx.t('Résumé de congé — psychiatrie', 'Discharge summary - psychiatry'), lines))],
                types=['patient_name', 'ramq_nam', 'mrn', 'date_of_birth', 'diagnosis', 'medication'], note='body generic; PDF discharge summary with name, NAM, chart, diagnosis')

def p_docx_report(ctx):
    me = ctx.staff(); p = ctx.pat() if ctx.r.random() < .5 else ctx.invented(minage=6, maxage=16)
    paras = [ctx.t('Enfant : %s %s, %d ans' % (p['giv'], p['sur'], age_of(p)), 'Child: %s %s, age %d' % (p['giv'], p['sur'], age_of(p))),
             ctx.t('Contexte : placement en famille d\'accueil depuis 2024 (LPJ art. 38 b). Contacts supervisés avec le père.', 'Context: in foster care since 2024. Supervised visits with father.'),
             ctx.t('Évaluation : %s. Suivi en pédopsychiatrie aux 2 semaines.' % dx(ctx), 'Assessment: %s. Child psychiatry follow-up every 2 weeks.' % dx(ctx))]
    o, to = ctx.ext('dpj' if ctx.fr() else 'youth')
    t = ctx.t('Bonjour,\n\nVoici le rapport demandé pour la révision au tribunal de la jeunesse.', 'Hi,\n\nAttached is the report requested for the youth court review.')
    return dict(cat='docx_court_report', subject=ctx.t('Rapport — révision LPJ', 'Report - court review'), text=t + ctx.sig(me, True), frm=ctx.addr(me), to=to,
                atts=[(ctx.t('rapport_revision.docx', 'court_report.docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx(ctx.t('Rapport pédopsychiatrique', 'Child psychiatry report'), paras))],
                types=['patient_name', 'social_information', 'diagnosis'], note='DOCX report for youth court: named child in foster care with diagnosis')

def p_zip_csv(ctx):
    me = ctx.staff()
    rows = ['mrn,nom,prenom,ddn,score_phq9,score_audit']
    for i in range(ctx.r.randint(8, 15)):
        p = ctx.pat()
        rows.append('%s,%s,%s,%s,%d,%d' % (ctx.mrn(), p['sur'], p['giv'], p['dob'], ctx.r.randint(3, 27), ctx.r.randint(0, 35)))
    z = make_zip([('extraction_etude.csv', ('\n'.join(rows) + '\n').encode('utf-8')), ('LISEZMOI.txt', b'Extraction brute, a anonymiser avant analyse.\n')])
    t = ctx.t('Bonjour Prof. Lambert,\n\nVoici l\'extraction pour le projet. Je n\'ai pas eu le temps de retirer les noms, désolée.', 'Hi Dr. Lambert,\n\nHere is the data pull for the study. Did not have time to strip names yet, sorry.')
    return dict(cat='zip_research', subject=ctx.t('Extraction données projet', 'Study data pull'), text=t + ctx.sig(me), frm=ctx.addr(me), to='Prof. Lambert <r.lambert@univ-recherche.example>',
                atts=[('extraction.zip', 'application/zip', z)], types=['patient_name', 'mrn', 'date_of_birth', 'lab_result'], note='ZIP with CSV of named patients, chart numbers, DOB and scores')

def p_transport(ctx):
    me = ctx.staff(); p = ctx.pat(); ph = ctx.phone()
    adr = '%d, %s, %s' % (ctx.r.randint(10, 999), ctx.c(STREETS), ctx.c(CITIES))
    t = ctx.t('Bonjour,\n\nTransport requis le %s à 8 h 30 pour %s %s %s, de son domicile (%s, tél. %s) au Centre de jour en psychiatrie. Mobilité réduite, accompagnement nécessaire.'
              % (ctx.day(), ctx.mr(p), p['giv'], p['sur'], adr, ph),
              'Hello,\n\nTransport needed on %s at 8:30 for %s %s %s from home (%s, tel. %s) to the psychiatric day centre. Needs an escort.' % (ctx.day(), ctx.mr(p), p['giv'], p['sur'], adr, ph))
    return dict(cat='transport_request', subject=ctx.t('Demande de transport', 'Transport request'), text=t + ctx.sig(me), frm=ctx.addr(me), to='Répartition <repartition@ta-laurentides.example>',
                types=['patient_name', 'patient_contact'], note='transport request with patient name, home address and phone to psychiatric day centre')

def p_family(ctx):
    me = ctx.staff(); p = ctx.invented(minage=16, maxage=28)
    if ctx.fr():
        t = ('Bonjour Dre Haddad,\n\nLa mère de %s (%s, %s ans, suivi%s à la clinique des jeunes psychoses) a appelé ce matin : %s ne dort plus depuis 4 jours, '
             'a cessé %s et parle de « messages à la télé ». Elle demande un RV rapide. Son numéro : %s.' % (p['giv'], p['sur'], age_of(p), '' if p['sex'] == 'M' else 'e', ctx.he(p),
                                                                                           ctx.c(MEDS[:2] + MEDS[6:7]), ctx.phone()))
    else:
        t = ('Dr. Brooks,\n\n%s\'s mother called (%s %s, %d, followed at the early psychosis clinic): not sleeping for 4 days, stopped %s, talking about "messages on TV". '
             'She asks for an urgent appointment. Number: %s.' % (p['giv'], p['giv'], p['sur'], age_of(p), ctx.c(MEDS_EN[:2]), ctx.phone()))
    return dict(cat='family_call', subject=ctx.t('Appel de la mère — RV urgent', 'Call from mother - urgent appt'), text=t + ctx.sig(me, False), frm=ctx.addr(ADMIN[0] if False else STAFF[4]),
                to=ctx.t('fhaddad@', 'abrooks@') + HOSP, types=['patient_name', 'diagnosis', 'medication', 'patient_contact'], note='message about call from a patient\'s mother: relapse symptoms, stopped medication')

def p_incident(ctx):
    me = ctx.staff(); p = ctx.pat(); mrn = ctx.mrn()
    t = ctx.t('Déclaration AH-223 — événement du %s, unité 6B.\nUsager : %s %s, dossier %s.\nMise en isolement 3 h 40 suite à agression envers un préposé. '
              'Contention 4 points 20 min. Médication d\'urgence : halopéridol 5 mg + lorazépam 2 mg IM. Famille avisée.' % (ctx.day(-1), p['giv'], p['sur'], mrn),
              'Incident report - %s, unit 6B.\nPatient: %s %s, MRN %s.\nSeclusion 3h40 after assault on an attendant. 4-point restraint 20 min. PRN: haloperidol 5 mg + lorazepam 2 mg IM. Family notified.'
              % (ctx.day(-1), p['giv'], p['sur'], mrn))
    return dict(cat='incident_report', subject=ctx.t('Déclaration incident/accident 6B', 'Incident report 6B'), text=t + ctx.sig(me), frm=ctx.addr(me), to='gestion-risques@' + HOSP,
                types=['patient_name', 'mrn', 'medication'], note='incident report: seclusion and restraint of named patient with chart number')

def p_nickname(ctx):
    me = ctx.staff(); nick = ctx.c(['Ti-Guy', 'Le Grand Jo', 'Bibi', 'Pitou', 'Ti-Loup'])
    sur = ctx.c(OTHER_SUR)
    if ctx.fr():
        o, to = ctx.ext('refuge')
        t = ('Salut Paul,\n\nPour info, « %s » (%s, celui qui dort au refuge depuis l\'été, avec le chien) est arrivé chez nous cette nuit en surdose de fentanyl — '
             'naloxone x3 par les ambulanciers. Stable, aux soins intensifs. Il a demandé qu\'on vous avise pour son chien.' % (nick, sur))
    else:
        o, to = ctx.ext('shelter')
        t = ('FYI, "%s" (%s, the regular with the dog) came in overnight with a fentanyl overdose, naloxone x3 by EMS. Stable in ICU. Asked us to let you know about the dog.' % (nick, sur))
    return dict(cat='nickname_overdose', subject=ctx.t('Pour info — ' + nick, 'FYI - ' + nick), text=t + ctx.sig(me, False), frm=ctx.addr(me), to=to,
                types=['patient_name', 'diagnosis', 'social_information'], note='shelter regular identified by nickname, surname and detail: overdose in ICU')

def p_research(ctx):
    me = ctx.staff(); p = ctx.pat(); mrn = ctx.mrn()
    t = ctx.t('Bonjour,\n\nParticipant%s #R-%03d (%s %s, dossier %s) : lithémie 1,4 mmol/L ce matin (au-dessus de la cible), créatinine 112. Visite 4 reportée. Le PI est avisé.'
              % ('' if p['sex'] == 'M' else 'e', ctx.r.randint(1, 200), p['giv'], p['sur'], mrn),
              'Hi,\n\nParticipant #R-%03d (%s %s, MRN %s): lithium 1.4 mmol/L this AM (above target), creatinine 112. Visit 4 postponed. PI notified.' % (ctx.r.randint(1, 200), p['giv'], p['sur'], mrn))
    return dict(cat='research_coord', subject=ctx.t('Étude LITH-QC — résultat hors cible', 'LITH-QC study - out-of-range result'), text=t + ctx.sig(me), frm=ctx.addr(me),
                to='Coordination <coord@crc-exemple.example>', types=['patient_name', 'mrn', 'lab_result', 'medication'], note='research participant named with chart number and lithium level')

def p_inline_fwd(ctx):
    me = ctx.staff(); p = ctx.pat(); o, to = ctx.ext()
    orig = ctx.t('Dre Tremblay-Roy,\n\nJe vous écris au sujet de mon %s, %s %s (%s le %s). %s a été hospitalisé%s à l\'interne 3 fois cette année pour %s et nous sommes à bout. '
                 'Y a-t-il une ressource d\'hébergement?\n\n%s %s' % ('fils' if p['sex'] == 'M' else 'enfant', p['giv'], p['sur'], ctx.ne(p), p['dob'], ctx.he(p).capitalize(),
                                                                   '' if p['sex'] == 'M' else 'e', ctx.c(DX_FR[:3]), ctx.c(OTHER_GIV_F), p['sur']),
                 'Dr. Brooks,\n\nI am writing about my %s %s %s (DOB %s), admitted 3 times this year for %s. We are exhausted. Is there any supported housing?\n\n%s %s'
                 % ('son' if p['sex'] == 'M' else 'daughter', p['giv'], p['sur'], p['dob'], ctx.c(DX_EN[:3]), ctx.c(OTHER_GIV_F), p['sur']))
    t = ctx.t('Peux-tu évaluer l\'admissibilité à une ressource intermédiaire? Voir ci-dessous.\n\n', 'Can you assess eligibility for supported housing? See below.\n\n')
    t += inline_fwd(ctx, '%s %s <%s.%s@courriel-perso.example>' % (ctx.c(OTHER_GIV_F), p['sur'], p['sur'].lower()[:4], 'famille'), 'itremblayroy@' + HOSP, when(ctx),
                    ctx.t('Mon enfant', 'My child'), orig)
    return dict(cat='inline_forward', subject=ctx.t('TR: Mon enfant', 'Fwd: My child'), text=t + ctx.sig(me), frm=ctx.addr(me), to=to,
                types=['patient_name', 'date_of_birth', 'diagnosis', 'social_information'], note='inline forward of parent letter naming patient with DOB and diagnosis')

POS = [(p_referral_rehab, 'both'), (p_p38_court, 'both'), (p_dpj, 'both'), (p_school, 'both'), (p_signout, 'both'), (p_crisis_line, 'both'),
       (p_shelter, 'both'), (p_medrec, 'both'), (p_tox, 'both'), (p_xlsx_caseload, 'both'), (p_ics, 'both'), (p_vcard, 'both'),
       (p_fwd_eml, 'both'), (p_quoted, 'both'), (p_subject_only, 'both'), (p_disguised, 'both'), (p_ontario, 'en'), (p_belgium, 'fr'),
       (p_france, 'fr'), (p_sin, 'both'), (p_discharge_pdf, 'both'), (p_docx_report, 'both'), (p_zip_csv, 'both'), (p_transport, 'both'),
       (p_family, 'both'), (p_incident, 'both'), (p_nickname, 'both'), (p_research, 'both'), (p_inline_fwd, 'both')]

# ================================================================ NEGATIVE templates
def allstaff(ctx):
    return ctx.t('tous-sante-mentale@', 'mentalhealth-all@') + HOSP

def n_group_schedule(ctx):
    me = ctx.c(ADMIN[3:4] + STAFF[2:4])
    me = ADMIN[3]
    groups = ctx.t(['Groupe TCD (compétences)', 'Groupe prévention de la rechute', 'Psychoéducation bipolarité', 'Groupe entendeurs de voix', 'Pleine conscience'],
                   ['DBT skills group', 'Relapse prevention group', 'Bipolar psychoeducation', 'Hearing Voices group', 'Mindfulness'])
    rows = [(ctx.c(['Lun', 'Mar', 'Mer', 'Jeu', 'Ven']) if ctx.fr() else ctx.c(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']), '%d h 30' % ctx.r.randint(9, 15), g,
             ctx.c(['Mélanie Côté', 'Stéphane Lemieux', 'J.-F. Lavoie', 'Chantal Dubé', 'Sandra Whitfield']), 'Salle %s' % ctx.c(['B-210', 'B-214', 'Agora'])) for g in groups]
    hdr = ctx.t(['Jour', 'Heure', 'Groupe', 'Animateur(trice)', 'Local'], ['Day', 'Time', 'Group', 'Facilitator', 'Room'])
    intro = ctx.t('Bonjour à tous,\n\nVoici l\'horaire des groupes thérapeutiques pour la session d\'hiver (animateurs). Les références se font via le formulaire habituel.',
                  'Hi all,\n\nHere is the winter group therapy schedule (facilitators). Referrals through the usual form.')
    outro = ctx.t('Merci de me signaler tout conflit d\'horaire d\'ici vendredi.', 'Let me know about any conflicts by Friday.')
    return dict(cat='group_schedule', subject=ctx.t('Horaire des groupes — hiver 2027', 'Group schedule - winter 2027'), text=intro + '\n\n' + table_text(hdr, rows) + '\n\n' + outro + ctx.sig(me, False),
                html=table_html(intro, hdr, rows, outro), frm=ctx.addr(me), to=allstaff(ctx), note='staff group-therapy schedule, facilitators only')

def n_suicide_training(ctx):
    me = ADMIN[1]
    t = ctx.t('Bonjour,\n\nLa formation « Intervenir auprès de la personne suicidaire à l\'aide de bonnes pratiques » (21 h) sera offerte les %s, %s et %s. '
              'Formatrice : Mme Louise Pagé, Association québécoise de prévention du suicide (exemple).\nInscription obligatoire auprès de votre gestionnaire avant le %s. '
              'Places limitées à 20.\n\nJulie Gingras\nConseillère RH — développement des compétences' % (ctx.day(8), ctx.day(9), ctx.day(10), ctx.day(3)),
              'Hello,\n\nThe "Suicide intervention best practices" training (21 h) will be offered on %s, %s and %s. Trainer: Louise Pagé.\nRegister with your manager by %s. '
              'Max 20 participants.' % (ctx.day(8), ctx.day(9), ctx.day(10), ctx.day(3)))
    return dict(cat='training_suicide', subject=ctx.t('Formation prévention du suicide — inscriptions', 'Suicide prevention training - registration'), text=t,
                frm=ctx.addr(me), to=allstaff(ctx), note='training announcement for staff, trainer named')

def n_stats(ctx):
    me = ADMIN[4]
    a, b, c, d = ctx.r.randint(300, 600), ctx.r.randint(20, 90), ctx.r.randint(5, 30), ctx.r.randint(40, 200)
    t = ctx.t('Bonjour,\n\nStatistiques de novembre — urgence psychiatrique :\n- %d visites (+%d %% vs oct.)\n- %d gardes préventives (P-38)\n- %d requêtes en garde en établissement\n'
              '- DMS sur civière : %.1f h\n- %d références vers les services en dépendance\n\nTableau complet sur le portail.' % (a, ctx.r.randint(1, 9), b, c, ctx.r.uniform(14, 40), d),
              'Hi,\n\nNovember stats - psych ER:\n- %d visits\n- %d preventive confinements\n- %d applications for court-ordered admission\n- mean stretcher time %.1f h\n- %d addiction referrals\n'
              % (a, b, c, ctx.r.uniform(14, 40), d))
    return dict(cat='monthly_stats', subject=ctx.t('Stats novembre urg psy', 'November psych ER stats'), text=t + ctx.sig(me, False), frm=ctx.addr(me), to='direction-smd@' + HOSP,
                note='aggregate statistics only')

def n_newsletter(ctx):
    t = ctx.t('<h2>Bulletin Dépendances — décembre</h2><p>Hausse des surdoses liées aux opioïdes contaminés (nitazènes) dans la région : %d décès suspectés depuis septembre.</p>'
              '<p>Rappel : les trousses de naloxone sont gratuites en pharmacie. La buprénorphine injectable à longue action est maintenant inscrite à la liste.</p>'
              '<p>Capsule : le trouble de l\'usage de l\'alcool chez les aînés — signes à surveiller.</p>' % ctx.r.randint(4, 20),
              '<h2>Addiction Bulletin - December</h2><p>Overdoses linked to nitazene-contaminated opioids are up: %d suspected deaths since September.</p>'
              '<p>Reminder: naloxone kits are free at pharmacies. Long-acting injectable buprenorphine is now listed.</p>' % ctx.r.randint(4, 20))
    h = '<html><body style="font-family:Georgia,serif">%s<p style="font-size:8pt">Pour vous désabonner / unsubscribe : bulletin@%s</p></body></html>\n' % (t, HOSP)
    txt = re.sub('<[^>]+>', '\n', t)
    return dict(cat='newsletter', subject=ctx.t('Bulletin Dépendances — décembre', 'Addiction Bulletin - December'), text=txt, html=h, mode=ctx.c(['html', 'alt']),
                frm='Bulletin SMD <bulletin@%s>' % HOSP, to=allstaff(ctx), note='newsletter about overdoses and drugs, aggregates only')

def n_grant(ctx):
    me = ADMIN[3]
    t = ctx.t('Bonjour Mme Landry,\n\nVeuillez trouver ci-joint notre demande de subvention au Programme de soutien aux organismes communautaires (volet pairs-aidants). '
              'Montant demandé : %d 000 $ sur 2 ans pour 1,5 ETP pair-aidant en urgence psychiatrique. Lettres d\'appui du Phare et de L\'Envol incluses.' % ctx.r.randint(80, 240) * 1 + '',
              'Dear Ms. Landry,\n\nPlease find attached our grant application (peer support stream). Amount requested: $%d over 2 years for 1.5 FTE peer workers in the psych ER.' % (ctx.r.randint(80, 240) * 1000))
    att = [(ctx.t('demande_subvention.docx', 'grant_application.docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            make_docx(ctx.t('Demande de subvention — pairs-aidants', 'Grant application - peer support'),
                      [ctx.t('Organisme : CHU Exemple, Direction santé mentale et dépendance', 'Organisation: CHU Exemple, Mental Health and Addiction'),
                       ctx.t('Besoin : en 2025-2026, 4 120 visites à l\'urgence psychiatrique, dont 31 % liées à la consommation.', 'Need: 4,120 psych ER visits in 2025-26, 31% substance-related.'),
                       ctx.t('Budget : salaires 78 %, formation 12 %, évaluation 10 %.', 'Budget: salaries 78%, training 12%, evaluation 10%.')]))]
    return dict(cat='grant_application', subject=ctx.t('Demande de subvention — volet pairs-aidants', 'Grant application - peer support'), text=t + ctx.sig(me),
                frm=ctx.addr(me), to='Mme Landry <subventions@fondation-regionale.example>', atts=att, note='grant application with aggregate figures')

def n_volunteers(ctx):
    me = ADMIN[0]
    names = ['Gisèle B.', 'Robert Lafleur', 'Ahmed', 'Francine et Jacques', 'Lise Aubin', 'Nicolas']
    rows = [(ctx.day(i), ctx.c(['9 h–12 h', '13 h–16 h', '18 h–21 h']), n, ctx.c(['accueil', 'café-rencontre', 'accompagnement vestiaire', 'ligne d\'écoute'])) for i, n in enumerate(names, 2)]
    hdr = ctx.t(['Date', 'Quart', 'Bénévole', 'Poste'], ['Date', 'Shift', 'Volunteer', 'Post'])
    intro = ctx.t('Bonjour chers bénévoles,\n\nVoici les quarts de décembre. Robert remplace Lise le 10. Merci à Gisèle qui nous quitte après 12 ans!',
                  'Dear volunteers,\n\nHere are December shifts. Thank you all!')
    return dict(cat='volunteer_shifts', subject=ctx.t('Quarts des bénévoles — décembre', 'Volunteer shifts - December'), text=intro + '\n\n' + table_text(hdr, rows) + ctx.sig(me, False),
                html=table_html(intro, hdr, rows, ''), frm=ctx.addr(me), to='benevoles@liste.chu-exemple.example', note='volunteer shift roster, volunteers named')

def n_job(ctx):
    me = ADMIN[1]
    t = ctx.t('AFFICHAGE INTERNE #%d-SM\nTitre : Infirmier(ère) clinicien(ne) — équipe de suivi intensif dans le milieu (SIM)\nStatut : temps complet, jour\nExigences : BAC en sciences infirmières, '
              '2 ans d\'expérience en santé mentale, permis de conduire.\nÉchelle salariale : selon convention collective.\nPostuler avant le %s.' % (ctx.r.randint(1000, 9999), ctx.day(10)),
              'INTERNAL POSTING #%d-MH\nPosition: Clinical nurse, assertive community treatment (ACT)\nFull time, days\nRequirements: BScN, 2 yrs mental health experience, driver\'s licence.\nApply by %s.'
              % (ctx.r.randint(1000, 9999), ctx.day(10)))
    return dict(cat='job_posting', subject=ctx.t('Affichage de poste — infirmier(ère) SIM', 'Job posting - ACT nurse'), text=t + ctx.sig(me, False), frm=ctx.addr(me), to='affichages@' + HOSP, note='job posting')

def n_sick_leave(ctx):
    me = ADMIN[3]; emp = ctx.c(['Annie Boisvert', 'Jean-François Lavoie', 'Kevin McAllister', 'Chantal Dubé'])
    t = ctx.t('Bonjour l\'équipe,\n\n%s sera en congé de maladie pour les 3 prochaines semaines (chirurgie). Ses suivis seront répartis entre Mélanie et Stéphane; '
              'la liste de remplacement suit par Teams. Merci de votre solidarité.\n\nSylvain' % emp,
              'Hi team,\n\n%s will be on sick leave for the next 3 weeks. Caseload will be covered by Mélanie and Stéphane. Thanks for pitching in.\n\nSylvain' % emp)
    return dict(cat='hr_sick_leave', subject=ctx.t('Absence — réorganisation temporaire', 'Absence - temporary coverage'), text=t + ctx.sig(me, False),
                frm=ctx.addr(me), to='equipe-sim@' + HOSP, note='staff member on sick leave (HR, not a patient)')

def n_invoice(ctx):
    v = ctx.c(VENDORS)
    lot = 'LOT %s%d' % (ctx.c(['NX', 'KT', 'B']), ctx.r.randint(10000, 99999))
    po = ctx.r.randint(4500000000, 4599999999)
    t = ctx.t('Bonjour,\n\nVeuillez trouver ci-joint la facture n° F-%d pour le bon de commande %d.\n- 200 trousses de naloxone nasale 4 mg, %s, exp. 2028-06\n'
              '- 50 boîtes de gants nitrile M\nTotal avant taxes : %d,00 $\nModalités : net 30 jours.\n\nService à la clientèle\n%s\nTél. : 1 800 555-0199'
              % (ctx.r.randint(10000, 99999), po, lot, ctx.r.randint(2000, 9000), v[0]),
              'Hello,\n\nAttached is invoice F-%d for PO %d.\n- 200 nasal naloxone kits 4 mg, %s, exp 2028-06\nTotal before tax: $%d.00\nTerms: net 30.\n\nCustomer service\n%s'
              % (ctx.r.randint(10000, 99999), po, lot, ctx.r.randint(2000, 9000), v[0]))
    pdf = make_pdf('Facture / Invoice', ['%s' % v[0], 'PO %d' % po, 'Naloxone 4 mg x200  %s' % lot, 'Sous-total / Subtotal: voir courriel'])
    return dict(cat='vendor_invoice', subject=ctx.t('Facture — BC %d' % po, 'Invoice - PO %d' % po), text=t, frm='Facturation <facturation@%s>' % v[1], to='comptes-payables@' + HOSP,
                atts=[('facture.pdf', 'application/pdf', pdf)], note='vendor invoice with PO and lot numbers')

def n_it(ctx):
    me = ADMIN[2]
    t = ctx.t('Bonjour,\n\nLe NAS du 4e étage (\\\\nas-smd-04\\partage) sera hors ligne le %s de 22 h à 2 h pour mise à jour du micrologiciel. '
              'Le lecteur S: ne sera pas accessible. Enregistrez vos documents localement.\nBillet : INC%07d\n\nMarc-André Dion\nSoutien informatique' % (ctx.day(2), ctx.r.randint(1, 9999999)),
              'Hello,\n\nThe 4th floor NAS (\\\\nas-smd-04\\share) will be offline on %s 10 pm - 2 am for a firmware update. S: drive unavailable.\nTicket: INC%07d' % (ctx.day(2), ctx.r.randint(1, 9999999)))
    return dict(cat='it_outage', subject=ctx.t('Interruption NAS — lecteur S:', 'NAS outage - S: drive'), text=t, frm=ctx.addr(me), to=allstaff(ctx), note='IT notice about network storage (NAS)')

def n_parking(ctx):
    t = ctx.t('Avis à tout le personnel : le stationnement P3 sera fermé du %s au %s pour déneigement et réfection. Utilisez le P5 (navette aux 15 min). '
              'Vignettes valides. Info : poste 2020.' % (ctx.day(1), ctx.day(3)),
              'Notice to all staff: parking lot P3 closed %s to %s for snow removal. Use P5 (shuttle every 15 min). Info: ext. 2020.' % (ctx.day(1), ctx.day(3)))
    return dict(cat='facilities_parking', subject=ctx.t('Fermeture stationnement P3', 'P3 parking closure'), text=t, frm='Services techniques <services-techniques@%s>' % HOSP, to='tous@' + HOSP,
                note='facilities notice')

def n_teaching(ctx):
    me = ctx.c(STAFF[:2] + STAFF_EN[2:3])
    a = ctx.r.randint(19, 70)
    t = ctx.t('Bonjour aux résidents,\n\nCas pour la séance de jeudi (anonymisé) :\nUn homme de %d ans se présente à l\'urgence amené par sa conjointe pour insomnie, logorrhée et dépenses impulsives '
              'depuis 10 jours. ATCD d\'un épisode dépressif. Consommation de cannabis quotidienne.\nQuestions : 1) Dx différentiel? 2) Critères de P-38? 3) Choix du stabilisateur?\n\nBonne préparation!' % a,
              'Residents,\n\nCase for Thursday (anonymised):\nA %d-year-old man is brought in by his partner for 10 days of insomnia, pressured speech and impulsive spending. History of one depressive episode. '
              'Daily cannabis.\nQuestions: 1) Differential? 2) Criteria for involuntary admission? 3) Mood stabilizer choice?' % a)
    return dict(cat='teaching_case', subject=ctx.t('Cas clinique — séance jeudi', 'Teaching case - Thursday'), text=t + ctx.sig(me, False), frm=ctx.addr(me), to='residents-psy@' + HOSP,
                note='anonymised teaching case without identifiers')

def n_roster(ctx):
    me = STAFF[8]
    names = ctx.c([['Boisvert A.', 'Pelletier N.', 'Gagnon M.', 'Roy L.', 'Ouimet N.'], ['Lavoie J.-F.', 'Simard E.', 'Fortin E.', 'Leblanc G.', 'Morin P.']])
    rows = [(n, ctx.c(['J', 'S', 'N']), ctx.c(['Civières 1-6', 'Civières 7-12', 'Salle d\'isolement', 'Triage', 'Liaison']), 'p. %d' % ctx.r.randint(4000, 4999)) for n in names]
    hdr = ctx.t(['Employé(e)', 'Quart', 'Affectation', 'Téléav.'], ['Staff', 'Shift', 'Assignment', 'Pager'])
    intro = ctx.t('Affectations infirmières urgence psy — semaine du %s. Changements à faire approuver par l\'ASI.' % ctx.day(3),
                  'Psych ER nursing assignments - week of %s. Swaps need charge nurse approval.' % ctx.day(3))
    return dict(cat='staff_roster', subject=ctx.t('Affectations infirmières semaine', 'Weekly nursing assignments'), text=intro + '\n\n' + table_text(hdr, rows) + ctx.sig(me, False),
                html=table_html(intro, hdr, rows, ''), frm=ctx.addr(me), to='inf-urgpsy@' + HOSP, note='staff assignment roster that resembles a sign-out list; staff only')

def n_colleague_disease(ctx):
    t = ctx.t('Midi-conférence du %s\nDre Farah Haddad, pédopsychiatre, présentera « Anorexie chez l\'adolescent : le rôle de la famille ». '
              'Dr Karim Benali suivra avec « Psychose toxique et méthamphétamines : ce qui a changé en 5 ans ».\nAmphithéâtre B, 12 h. Lunch servi.' % ctx.day(5),
              'Lunch & learn on %s\nDr. Alan Brooks, psychiatrist, on "Treatment-resistant schizophrenia: clozapine in practice", followed by Dr. Priya Raman on "Opioid agonist '
              'therapy after overdose". Amphitheatre B, noon.' % ctx.day(5))
    return dict(cat='lunch_conference', subject=ctx.t('Midi-conférence psychiatrie', 'Psychiatry lunch & learn'), text=t, frm='Enseignement <enseignement@%s>' % HOSP, to=allstaff(ctx),
                note='physicians named next to diseases they present on')

def n_conference(ctx):
    lines = [ctx.t('Colloque régional en santé mentale jeunesse — 2027', 'Regional youth mental health conference - 2027'), '8 h 30  Accueil', '9 h  Conférence d\'ouverture : Dre Haddad — anxiété post-pandémie',
             '10 h 30  Atelier : intervention en contexte LPJ', '13 h  Table ronde : écoles et CLSC', '15 h  Clôture']
    t = ctx.t('Bonjour,\n\nLe programme du colloque est joint. Inscription : colloque-jeunesse.example/inscription\n', 'Hello,\n\nConference programme attached. Registration online.\n')
    return dict(cat='conference_programme', subject=ctx.t('Programme — colloque santé mentale jeunesse', 'Programme - youth mental health conference'), text=t,
                frm='Comité organisateur <colloque@colloque-jeunesse.example>', to='mcote@' + HOSP, atts=[('programme.pdf', 'application/pdf', make_pdf(lines[0], lines[1:]))],
                note='conference programme')

def n_committee_ics(ctx):
    start = datetime.datetime(2026, 12, ctx.r.randint(8, 18), 13, 30)
    ics = make_ics('%08x@%s' % (ctx.r.getrandbits(32), HOSP), ctx.t('Comité d\'éthique clinique — séance ordinaire', 'Clinical ethics committee'), start, 90,
                   'Salle du conseil', ctx.t('Ordre du jour : adoption du PV, politique sur les mesures de contrôle, varia.', 'Agenda: minutes, restraint policy review, other business.'),
                   'nouimet@' + HOSP, ['itremblayroy@' + HOSP, 'smarcoux@' + HOSP])
    return dict(cat='committee_invite', subject=ctx.t('Invitation : comité d\'éthique clinique', 'Invitation: clinical ethics committee'), text=ctx.t('Bonjour,\n\nInvitation ci-jointe.\n', 'Hi,\n\nInvitation attached.\n'),
                frm=ctx.addr(STAFF[4]), to='comite-ethique@' + HOSP, atts=[('invitation.ics', 'text/calendar', ics)], note='committee meeting invitation, no patients')

def n_blank_form(ctx):
    paras = [ctx.t('Nom de l\'usager : ____________________   NAM : ____ ____ ____', 'Patient name: ____________________   RAMQ: ____ ____ ____'),
             ctx.t('Date de naissance : AAAA-MM-JJ', 'Date of birth: YYYY-MM-DD'), ctx.t('Motif de la garde préventive : ______________', 'Reason for preventive confinement: ______________'),
             ctx.t('Heure de début : ____  Médecin : ____________', 'Start time: ____  Physician: ____________')]
    t = ctx.t('Bonjour,\n\nNouvelle version du formulaire de garde préventive (P-38), à utiliser dès lundi. L\'ancienne version est retirée.', 'Hi,\n\nNew version of the preventive confinement form, effective Monday.')
    return dict(cat='blank_form', subject=ctx.t('Nouveau formulaire P-38 (vierge)', 'New blank confinement form'), text=t + ctx.sig(ADMIN[3], False), frm=ctx.addr(ADMIN[3]), to=allstaff(ctx),
                atts=[('formulaire_P38_v3.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx(ctx.t('Formulaire — garde préventive', 'Form - preventive confinement'), paras))],
                note='blank template form')

def n_partner_minutes(ctx):
    t = ctx.t('Compte rendu — table de concertation itinérance et santé mentale, %s\nPrésents : CHU Exemple (S. Marcoux), Le Phare, L\'Envol, Refuge du Vieux-Pont, CLSC des Rivières.\n'
              '1. Hausse de 18 %% de l\'achalandage au refuge depuis octobre.\n2. Plan grand froid : 12 lits supplémentaires.\n3. Projet de navigation par les pairs : dépôt en janvier.\n'
              'Prochaine rencontre : %s.' % (ctx.day(-2), ctx.day(25)),
              'Minutes - homelessness & mental health round table, %s\nPresent: CHU Exemple, Le Phare, L\'Envol, shelters.\n1. Shelter use up 18%% since October.\n2. Extreme cold plan: 12 extra beds.\n'
              'Next meeting: %s.' % (ctx.day(-2), ctx.day(25)))
    return dict(cat='partner_minutes', subject=ctx.t('CR table de concertation', 'Round table minutes'), text=t + ctx.sig(ADMIN[3], False), frm=ctx.addr(ADMIN[3]),
                to='partenaires@liste.lephare.example', note='community round-table minutes with aggregate numbers')

def n_po_naloxone(ctx):
    t = ctx.t('Bonjour,\n\nPouvez-vous nous envoyer une soumission pour 500 trousses de naloxone et 100 boîtes de bandelettes de détection du fentanyl? Livraison au quai 3.\n\nNadia Ouimet',
              'Hi,\n\nCould you quote 500 naloxone kits and 100 boxes of fentanyl test strips? Deliver to dock 3.')
    return dict(cat='purchase_request', subject=ctx.t('Demande de soumission', 'Quote request'), text=t, frm=ctx.addr(STAFF[4]), to='ventes@naloxo.example', note='purchase request to vendor')

def n_cafeteria(ctx):
    t = ctx.t('Menu de la semaine à la cafétéria : lundi pâté chinois, mardi soupe aux pois, mercredi tourtière (souper des Fêtes du personnel 17 h), jeudi cari de légumes, vendredi poisson.',
              'Cafeteria menu this week: Mon shepherd\'s pie, Tue pea soup, Wed tourtière (staff holiday supper 5 pm), Thu veggie curry, Fri fish.')
    return dict(cat='cafeteria', subject=ctx.t('Menu cafétéria', 'Cafeteria menu'), text=t, frm='Cafétéria <cafeteria@%s>' % HOSP, to='tous@' + HOSP, note='cafeteria menu')

def n_policy(ctx):
    t = ctx.t('Bonjour,\n\nLa politique révisée sur l\'utilisation exceptionnelle des mesures de contrôle (isolement, contention) entre en vigueur le %s. Principaux changements : '
              'réévaluation médicale aux 60 min, déclaration obligatoire dans le registre, rencontre post-événement avec l\'usager. Formation en ligne obligatoire (45 min).' % ctx.day(10),
              'Hello,\n\nThe revised policy on restraint and seclusion takes effect %s: medical reassessment every 60 min, mandatory registry entry, post-event debrief. Mandatory 45-min e-learning.' % ctx.day(10))
    return dict(cat='policy_update', subject=ctx.t('Politique mesures de contrôle — révision', 'Restraint policy revision'), text=t + ctx.sig(ADMIN[3]), frm=ctx.addr(ADMIN[3]), to=allstaff(ctx), note='policy update')

def n_xlsx_stats(ctx):
    rows = [[ctx.t('Mois', 'Month'), ctx.t('Appels ligne de crise', 'Crisis line calls'), ctx.t('Références urgence', 'ER referrals'), ctx.t('Suivis 72 h', '72h follow-ups')]]
    for m in ['2026-07', '2026-08', '2026-09', '2026-10', '2026-11']:
        rows.append([m, ctx.r.randint(800, 1500), ctx.r.randint(40, 120), ctx.r.randint(30, 110)])
    t = ctx.t('Bonjour,\n\nTableau de bord trimestriel joint (données agrégées).', 'Hi,\n\nQuarterly dashboard attached (aggregate data).')
    return dict(cat='xlsx_dashboard', subject=ctx.t('Tableau de bord — ligne de crise', 'Crisis line dashboard'), text=t + ctx.sig(ADMIN[4], False), frm=ctx.addr(ADMIN[4]),
                to='Mathieu Gosselin <mgosselin@lephare.example>', atts=[('tableau_bord.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx('Données', rows))],
                note='aggregate crisis-line dashboard in XLSX')

def n_logistics_reply(ctx):
    q = ctx.t('Bonjour,\nEst-ce que la salle Agora est libre jeudi pour la supervision clinique de groupe? On serait 9.\nMerci\nGeneviève', 'Hi,\nIs the Agora room free Thursday for group supervision? 9 people.\nThanks')
    t = ctx.t('Oui, réservée de 13 h à 15 h. Le projecteur est brisé, apportez un portable.\n\n', 'Yes, booked 1-3 pm. Projector is broken, bring a laptop.\n\n') + quote(ctx, 'Geneviève Laroche <glaroche@clsc-rivieres.example>', when(ctx), q)
    return dict(cat='room_booking', subject=ctx.t('RE: salle Agora jeudi', 'RE: Agora room Thursday'), text=t + ctx.sig(STAFF[4], False), frm=ctx.addr(STAFF[4]),
                to='Geneviève Laroche <glaroche@clsc-rivieres.example>', note='room booking reply with quoted thread')

def n_employee_number(ctx):
    emp = gen_sin(ctx.r)
    t = ctx.t('Bonjour %s,\n\nVotre accès au DPE est activé. Matricule employé : %s. Mot de passe temporaire envoyé par texto au numéro du poste (450 555-0142 p. 3310).\n\nSoutien TI' % ('Kevin', emp),
              'Hi Kevin,\n\nYour EHR access is active. Employee number: %s. Temporary password sent to the unit phone (450-555-0142 ext. 3310).\n\nIT support' % emp)
    return dict(cat='it_access', subject=ctx.t('Accès DPE activé', 'EHR access activated'), text=t, frm=ctx.addr(ADMIN[2]), to='kmcallister@' + HOSP,
                note='employee number that happens to pass a checksum; staff IT access')

def n_public_health(ctx):
    t = ctx.t('AVIS DE SANTÉ PUBLIQUE\n\nDepuis le %s, %d surdoses (dont %d décès) ont été signalées dans les Laurentides, associées à des comprimés vendus comme de l\'oxycodone et contenant '
              'des nitazènes. Recommandations : offrir la naloxone à tout usager consommant des opioïdes, déclarer les cas au 450 555-0100.' % (ctx.day(-14), ctx.r.randint(10, 40), ctx.r.randint(1, 6)),
              'PUBLIC HEALTH ADVISORY\n\nSince %s, %d overdoses (%d deaths) reported in the region, linked to counterfeit oxycodone containing nitazenes. Offer naloxone; report cases to 450-555-0100.'
              % (ctx.day(-14), ctx.r.randint(10, 40), ctx.r.randint(1, 6)))
    return dict(cat='public_health', subject=ctx.t('Avis santé publique — surdoses nitazènes', 'Public health advisory - nitazene overdoses'), text=t,
                frm='Santé publique <avis@dsp-nord.example>', to=allstaff(ctx), note='public health bulletin with aggregate counts')

def n_vcard_clinic(ctx):
    vc = make_vcf('Clinique des jeunes psychoses', 'Clinique des jeunes psychoses', '', 'CHU Exemple', '450 555-0188', None, 'Références : télécopieur 450 555-0189', 'jeunespsychoses@' + HOSP)
    t = ctx.t('Bonjour,\n\nVoici nos coordonnées à jour pour vos références. Au plaisir!', 'Hi,\n\nUpdated contact card for referrals attached.')
    return dict(cat='clinic_vcard', subject=ctx.t('Nouvelles coordonnées — clinique', 'Updated clinic contact'), text=t + ctx.sig(STAFF[5], False), frm=ctx.addr(STAFF[5]),
                to='Caroline Bergeron <cbergeron@cssmontjoli.example>', atts=[('clinique.vcf', 'text/vcard', vc)], note='clinic contact card, clinic phone numbers')

def n_fwd_newsletter(ctx):
    m = inner_msg(ctx, 'Bulletin AQ <bulletin@assoc-exemple.example>', 'smarcoux@' + HOSP, ctx.t('Bulletin — semaine de prévention', 'Newsletter - prevention week'),
                  ctx.t('La Semaine de prévention du suicide aura lieu du 2 au 8 février. Trousses promotionnelles disponibles. Thème : « Parler du suicide sauve des vies ».',
                        'Suicide prevention week runs Feb 2-8. Promotional kits available.'))
    t = ctx.t('Pour info, à partager avec vos équipes.', 'FYI, please share with your teams.')
    return dict(cat='fwd_newsletter', subject=ctx.t('TR: Bulletin — semaine de prévention', 'FW: prevention week'), text=t + ctx.sig(ADMIN[3], False), frm=ctx.addr(ADMIN[3]),
                to='chefs-smd@' + HOSP, atts=[('eml', m)], note='newsletter forwarded as attachment')

def n_crisis_volunteer_training(ctx):
    t = ctx.t('Bonjour,\n\nLa prochaine cohorte de formation des écoutants bénévoles débute le %s (6 soirs, 18 h 30–21 h 30). Merci de nous envoyer les noms de vos candidats retenus. '
              'Vérification des antécédents judiciaires requise pour tous les bénévoles.\n\nMathieu' % ctx.day(15),
              'Hi,\n\nThe next volunteer listener training cohort starts %s (6 evenings). Please send names of accepted candidates. Police checks required for all volunteers.' % ctx.day(15))
    return dict(cat='volunteer_training', subject=ctx.t('Formation écoutants — nouvelle cohorte', 'Listener training - new cohort'), text=t, frm='Mathieu Gosselin <mgosselin@lephare.example>',
                to=ctx.addr(ADMIN[0]), note='crisis line volunteer training logistics')

def n_vendor_software(ctx):
    t = ctx.t('Bonjour,\n\nLa version 8.2 de CliniqPlus sera déployée le %s. Nouveautés : module de suivi des mesures de contrôle, export statistique anonymisé, correctif du bogue d\'impression. '
              'Numéro de licence : CP-%d-QC. Webinaire de démonstration le %s.\n\nÉquipe CliniqPlus' % (ctx.day(6), ctx.r.randint(100000, 999999), ctx.day(4)),
              'Hello,\n\nCliniqPlus 8.2 deploys on %s: restraint-tracking module, anonymised statistics export, print bug fix. Licence: CP-%d-QC.' % (ctx.day(6), ctx.r.randint(100000, 999999)))
    return dict(cat='vendor_software', subject=ctx.t('CliniqPlus 8.2 — déploiement', 'CliniqPlus 8.2 release'), text=t, frm='CliniqPlus <support@cliniqplus.example>', to='ti@' + HOSP, note='software vendor release note')

def n_agency_wait(ctx):
    t = ctx.t('Bonjour,\n\nPour votre planification : le délai d\'accès à l\'hébergement en dépendance est actuellement de %d jours; %d personnes sont en attente, dont %d femmes. '
              'Nous ajoutons 4 lits en janvier.\n\nRichard Lebel\nLe Virage' % (ctx.r.randint(10, 45), ctx.r.randint(20, 70), ctx.r.randint(5, 20)),
              'Hello,\n\nFor planning: current wait for residential addiction treatment is %d days; %d people waiting. 4 beds added in January.\n\nBrian Walsh' % (ctx.r.randint(10, 45), ctx.r.randint(20, 70)))
    return dict(cat='agency_waitlist', subject=ctx.t('Délais d\'accès — hébergement', 'Wait times - residential'), text=t, frm=ctx.t('Richard Lebel <rlebel@virage.example>', 'Brian Walsh <bwalsh@cedarridge.example>'),
                to=ctx.addr(ADMIN[3]), note='waitlist aggregates from partner agency')

def n_staff_wellbeing(ctx):
    t = ctx.t('Bonjour à tous,\n\nSuite à l\'événement difficile de la semaine dernière à l\'unité, le PAE offre des rencontres de groupe de débriefing pour le personnel mardi et jeudi à 15 h. '
              'Confidentiel, sur le temps de travail. PAE : 1 800 555-0123.', 'Hi all,\n\nAfter last week\'s difficult event, the EAP offers staff debrief sessions Tue and Thu at 3 pm. EAP: 1-800-555-0123.')
    return dict(cat='staff_debrief', subject=ctx.t('Soutien au personnel — débriefing', 'Staff support - debrief'), text=t + ctx.sig(ADMIN[3], False), frm=ctx.addr(ADMIN[3]), to=allstaff(ctx),
                note='staff support notice, no patient details')

NEG = [(n_group_schedule, 'both'), (n_suicide_training, 'both'), (n_stats, 'both'), (n_newsletter, 'both'), (n_grant, 'both'), (n_volunteers, 'both'),
       (n_job, 'both'), (n_sick_leave, 'both'), (n_invoice, 'both'), (n_it, 'both'), (n_parking, 'both'), (n_teaching, 'both'), (n_roster, 'both'),
       (n_colleague_disease, 'both'), (n_conference, 'both'), (n_committee_ics, 'both'), (n_blank_form, 'both'), (n_partner_minutes, 'both'),
       (n_po_naloxone, 'both'), (n_cafeteria, 'both'), (n_policy, 'both'), (n_xlsx_stats, 'both'), (n_logistics_reply, 'both'), (n_employee_number, 'both'),
       (n_public_health, 'both'), (n_vcard_clinic, 'both'), (n_fwd_newsletter, 'both'), (n_crisis_volunteer_training, 'both'), (n_vendor_software, 'both'),
       (n_agency_wait, 'both'), (n_staff_wellbeing, 'both')]

def p_client_schedule(ctx):
    me = ctx.c(STAFF[6:7] + STAFF_EN[3:4] + STAFF[2:3])
    rows = []
    for i in range(ctx.r.randint(5, 8)):
        p = ctx.pat() if ctx.r.random() < 0.5 else ctx.invented(minage=18)
        nm = ctx.c(['%s %s' % (p['giv'], p['sur']), '%s, %s' % (p['sur'].upper(), p['giv']), '%s %s.' % (p['giv'], p['sur'][0])])
        hr = ('%d h %s' if ctx.fr() else '%d:%s') % (ctx.r.randint(8, 16), ctx.c(['00', '30']))
        rows.append((hr, nm, ctx.c(['suivi Suboxone', 'renouvellement méthadone', 'rencontre post-sevrage', 'bilan IVAC', 'retour de cure'] if ctx.fr() else
                                   ['Suboxone follow-up', 'methadone renewal', 'post-detox visit', 'relapse prevention', 'back from rehab']),
                     ctx.c(['S. Lemieux', 'P. Raman', 'M. Côté'])))
    rows.sort(key=lambda x: (int(x[0].split(' ')[0].split(':')[0]), x[0]))
    hdr = ctx.t(['Heure', 'Usager', 'Motif', 'Intervenant'], ['Time', 'Client', 'Reason', 'Worker'])
    intro = ctx.t('Horaire de la clinique de dépendance pour demain (%s). Je serai absent en PM, merci de couvrir.' % ctx.day(1),
                  'Addiction clinic schedule for tomorrow (%s). I am out in the PM, please cover.' % ctx.day(1))
    return dict(cat='clinic_schedule', subject=ctx.t('Horaire clinique demain', 'Clinic schedule tomorrow'), text=intro + '\n\n' + table_text(hdr, rows) + ctx.sig(me, False),
                html=table_html(intro, hdr, rows, ''), mode=ctx.c(['plain', 'alt', 'html']), frm=ctx.addr(me), to='clinique-dependance@' + HOSP,
                types=['patient_name', 'medication', 'social_information'], note='looks like a staff schedule but lists named clients with addiction treatment reasons')

def p_same_surname(ctx):
    p = ctx.c([x for x in PATIENTS if x['sur'] in ('Simard', 'Gagnon', 'Roy', 'Bouchard', 'Cloutier')]); mrn = ctx.mrn()
    doc = ('Dre Ève %s' if ctx.fr() else 'Dr. Eve %s') % p['sur']
    t = ctx.t('Bonjour,\n\nPetite précision pour la liste d\'attente de la %s (psychiatre, aucun lien de parenté) : %s %s %s, dossier %s, %d ans, est référé%s pour %s. '
              'Priorité 2. Merci de ne pas confondre avec le dossier de la Dre.' % (doc, ctx.mr(p), p['giv'], p['sur'], mrn, age_of(p), '' if p['sex'] == 'M' else 'e', ctx.c(DX_FR)),
              'Hi,\n\nClarification for %s\'s waitlist (psychiatrist, no relation): %s %s %s, MRN %s, age %d, referred for %s. Priority 2.'
              % (doc, ctx.mr(p), p['giv'], p['sur'], mrn, age_of(p), ctx.c(DX_EN)))
    return dict(cat='waitlist_same_surname', subject=ctx.t('Liste d\'attente — précision', 'Waitlist - clarification'), text=t + ctx.sig(STAFF[4], False), frm=ctx.addr(STAFF[4]),
                to='guichet-sm@' + HOSP, types=['patient_name', 'mrn', 'diagnosis'], note='patient shares surname with a psychiatrist; referral with chart number and diagnosis')

POS += [(p_client_schedule, 'both'), (p_same_surname, 'both')]

def n_court_staffing(ctx):
    t = ctx.t('Bonjour,\n\nPour la semaine prochaine : %d audiences en garde en établissement sont prévues mardi au palais de justice (salle 2.12). Le Dr Benali et la Dre Tremblay-Roy témoigneront; '
              'le Dr Veilleux couvre l\'urgence psy de 8 h à 13 h. Merci de bloquer vos agendas.\n\nSylvain' % ctx.r.randint(2, 6),
              'Hi,\n\nNext week: %d confinement hearings scheduled Tuesday at the courthouse (room 2.12). Dr. Brooks and Dr. Benali will testify; Dr. Veilleux covers the psych ER 8-1. '
              'Please block your calendars.' % ctx.r.randint(2, 6))
    return dict(cat='court_staffing', subject=ctx.t('Audiences mardi — couverture médicale', 'Tuesday hearings - coverage'), text=t + ctx.sig(ADMIN[3], False), frm=ctx.addr(ADMIN[3]),
                to='psychiatres@' + HOSP, note='staffing for court hearings, count only, no patients')

def n_be_fr_partner(ctx):
    t = ('Chers collègues,\n\nLe CHR de la Meuse (Belgique) et le CHU Exemple lancent un échange de stagiaires en psychiatrie communautaire. Deux places par semestre; '
         'candidatures des résidents avant le %s. Contact : Dr Luc Verbeke, +32 4 555 01 23.\n\nCordialement' % ctx.day(20))
    return dict(cat='exchange_programme', subject='Échange de résidents — psychiatrie communautaire', text=t, frm='Enseignement <enseignement@%s>' % HOSP,
                to='residents-psy@' + HOSP, note='residency exchange programme announcement')

NEG += [(n_court_staffing, 'both'), (n_be_fr_partner, 'fr')]

# ================================================================ transport
CHARSETS = ['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252']
CTES = ['quoted-printable', 'base64', '8bit']

def pick_cs(r, *texts):
    cs = r.choice(CHARSETS)
    for t in texts:
        if t is None: continue
        try:
            t.encode(cs)
        except UnicodeEncodeError:
            return 'utf-8'
    return cs

def build(spec, r, idx):
    msg = EmailMessage()
    msg['From'] = spec['frm']
    msg['To'] = spec['to']
    if spec.get('cc'):
        msg['Cc'] = spec['cc']
    msg['Subject'] = spec['subject']
    dt = datetime.datetime(2026, 11, 20, 7, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-5))) + datetime.timedelta(minutes=r.randint(0, 14 * 24 * 60))
    msg['Date'] = format_datetime(dt)
    dom = spec['frm'].split('@')[-1].rstrip('>')
    msg['Message-ID'] = '<%s.%016x@%s>' % (dt.strftime('%Y%m%d%H%M%S'), r.getrandbits(64), dom)
    if spec['subject'].lower().startswith(('re:', 'tr:', 'fw:', 'fwd:')):
        msg['In-Reply-To'] = '<%016x@%s>' % (r.getrandbits(64), dom)
    if r.random() < 0.3:
        msg['X-Mailer'] = r.choice(['Microsoft Outlook 16.0', 'Zimbra 9.0', 'Thunderbird 115.6'])
    text = spec['text']
    html = spec.get('html')
    atts = spec.get('atts') or []
    mode = spec.get('mode')
    if mode is None:
        mode = r.choice(['plain', 'plain', 'alt', 'html'])
    if mode in ('alt', 'html') and html is None:
        html = to_html(text)
    cs = pick_cs(r, text, html)
    cte = r.choice(CTES)
    if mode == 'plain':
        msg.set_content(text, subtype='plain', charset=cs, cte=cte)
    elif mode == 'html':
        msg.set_content(html, subtype='html', charset=cs, cte=cte)
    else:
        msg.set_content(text, subtype='plain', charset=cs, cte=cte)
        msg.add_alternative(html, subtype='html', charset=cs, cte=r.choice(CTES))
    for a in atts:
        if a[0] == 'eml':
            msg.add_attachment(a[1], filename=ctx_name(a[1]))
        else:
            fn, mime, data = a
            mt, st = mime.split('/')
            if isinstance(data, str):
                kw = dict(params={'method': 'REQUEST'}) if st == 'calendar' else {}
                msg.add_attachment(data, subtype=st, charset='utf-8', cte=r.choice(['base64', 'quoted-printable']), filename=fn, **kw)
            else:
                msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    crlf = r.random() < 0.4
    set_boundaries(msg, r)
    b = msg.as_bytes(policy=policy.default)
    if crlf:
        b = b.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return b, dict(mode=('mixed' if atts else mode), charset=cs, cte=cte, crlf=crlf)

def set_boundaries(m, r):
    if m.is_multipart():
        m.set_boundary('=_part_%016x' % r.getrandbits(64))
        for sp in m.iter_parts():
            set_boundaries(sp, r)
    elif m.get_content_type() == 'message/rfc822':
        set_boundaries(m.get_content(), r)

def ctx_name(m):
    s = re.sub(r'[^A-Za-z0-9]+', '_', str(m['Subject']))[:40].strip('_') or 'message'
    return s + '.eml'

# ================================================================ checks
def check_part(part, errs, name):
    if part.defects:
        errs.append('%s: defects %r' % (name, part.defects))
    if part.is_multipart():
        for sp in part.iter_parts():
            check_part(sp, errs, name)
    elif part.get_content_type() == 'message/rfc822':
        check_part(part.get_content(), errs, name)
    else:
        try:
            c = part.get_content()
            if c is None or len(c) == 0:
                errs.append('%s: empty part' % name)
        except Exception as e:
            errs.append('%s: decode %r' % (name, e))

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument('--seed', type=int, default=SEED)
    a = ap.parse_args()
    r = random.Random(a.seed)
    random.seed(a.seed)
    out = a.out
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    labels = {}
    stats = {'transport': {}, 'lang': {}, 'cat': {}}
    plan = []
    for kind, n, nfr, temps in (('p', N_POS, 51, POS), ('n', N_NEG, 69, NEG)):
        langs = ['fr'] * nfr + ['en'] * (n - nfr)
        r.shuffle(langs)
        cyc = {}
        for lg in ('fr', 'en'):
            lst = [t for t, l in temps if l in ('both', lg)]
            r.shuffle(lst)
            cyc[lg] = [lst, 0]
        for lg in langs:
            lst, i = cyc[lg]
            plan.append((kind, lg, lst[i % len(lst)]))
            cyc[lg][1] = i + 1
    counters = {'p': 0, 'n': 0}
    errs = []
    for kind, lg, fn in plan:
        ctx = Ctx(r, lg)
        spec = fn(ctx)
        counters[kind] += 1
        sub = 'positive' if kind == 'p' else 'negative'
        name = '%s/%s%03d_%s.eml' % (sub, kind, counters[kind], spec['cat'])
        data, tr = build(spec, r, counters[kind])
        with open(os.path.join(out, name), 'wb') as f:
            f.write(data)
        types = sorted(set(spec.get('types', []))) if kind == 'p' else []
        labels[name] = {'confidential': kind == 'p', 'types': types, 'lang': lg, 'note': spec['note']}
        m = email.message_from_bytes(data, policy=policy.default)
        check_part(m, errs, name)
        if kind == 'p' and not types:
            errs.append(name + ': positive without types')
        key = '%s/%s/%s/%s' % (tr['mode'], tr['charset'], tr['cte'], 'CRLF' if tr['crlf'] else 'LF')
        stats['transport'][tr['mode']] = stats['transport'].get(tr['mode'], 0) + 1
        for k in (tr['charset'], tr['cte'], 'CRLF' if tr['crlf'] else 'LF'):
            stats['transport'][k] = stats['transport'].get(k, 0) + 1
        stats['lang'][lg] = stats['lang'].get(lg, 0) + 1
        stats['cat'][kind + ':' + spec['cat']] = stats['cat'].get(kind + ':' + spec['cat'], 0) + 1
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write('\n')
    files = sorted('%s/%s' % (s, f) for s in ('positive', 'negative') for f in os.listdir(os.path.join(out, s)) if f.endswith('.eml'))
    if files != sorted(labels):
        errs.append('labels do not cover exactly the files')
    h = hashlib.sha256()
    for f in files + ['labels.json']:
        h.update(f.encode() + b'\0')
        with open(os.path.join(out, f), 'rb') as fh:
            h.update(fh.read())
    npos = sum(1 for v in labels.values() if v['confidential'])
    print('files: %d  positives: %d  negatives: %d' % (len(files), npos, len(files) - npos))
    print('lang:', json.dumps(stats['lang'], sort_keys=True))
    print('transport:', json.dumps(stats['transport'], sort_keys=True))
    print('categories:', json.dumps(stats['cat'], sort_keys=True, ensure_ascii=False))
    print('sha256:', h.hexdigest())
    if errs:
        print('ERRORS:'); print('\n'.join(errs[:50]))
        sys.exit(1)
    print('checks: OK')

if __name__ == '__main__':
    main()
