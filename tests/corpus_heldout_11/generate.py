#!/usr/bin/env python3
"""Synthetic outbound hospital mail corpus (held-out set 11). Seed 1111. Deterministic."""
import argparse, base64, csv, datetime, hashlib, html, io, json, os, quopri, random, re, sys, zipfile
import email, email.policy
from email.header import Header
from email.utils import formataddr, format_datetime
from stdnum.ca import sin as st_sin
from stdnum.be import nn as st_nn
from stdnum.fr import nir as st_nir
from stdnum import luhn as st_luhn

SEED = 1111
R = random.Random(SEED)
FIXED_ZIP_DT = (2026, 1, 5, 8, 0, 0)

# The synthetic NAMs every blind writer was given, shared by the blind corpora in tests/blind_nams.txt.
NAMS_TXT = "\n".join(line for line in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir,
                   "blind_nams.txt"), encoding="utf-8").read().splitlines() if line.strip() and not line.startswith("#"))
NAMS = []
for ln in NAMS_TXT.strip().splitlines():
    if ln.startswith('#') or not ln.strip():
        continue
    s, g, d, x, n = ln.split()
    NAMS.append((s, g, datetime.date.fromisoformat(d), x, n))

# ---------------- identifiers ----------------
def gen_sin():
    while True:
        first = R.choice('1234567')
        body = first + ''.join(R.choice('0123456789') for _ in range(7))
        for c in '0123456789':
            v = body + c
            if st_sin.is_valid(v):
                return v

def gen_hn():
    while True:
        body = R.choice('123456789') + ''.join(R.choice('0123456789') for _ in range(8))
        v = body + st_luhn.calc_check_digit(body)
        if st_luhn.is_valid(v):
            return v

def gen_niss(dob, sex):
    while True:
        seq = R.randint(1, 997)
        if (seq % 2 == 1) != (sex == 'M'):
            continue
        base = dob.strftime('%y%m%d') + '%03d' % seq
        n = int(base) if dob.year < 2000 else int('2' + base)
        v = base + '%02d' % (97 - n % 97)
        if st_nn.is_valid(v):
            return v

def gen_nir(dob, sex):
    while True:
        dep = R.choice(['75', '69', '13', '59', '33', '44', '67', '31'])
        base = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + dep + '%03d' % R.randint(1, 990) + '%03d' % R.randint(1, 999)
        v = base + '%02d' % (97 - int(base) % 97)
        if st_nir.is_valid(v):
            return v

def gen_mrn():
    k = R.randint(0, 6)
    d = lambda n: ''.join(R.choice('0123456789') for _ in range(n))
    return [lambda: d(7), lambda: d(8), lambda: 'H' + d(7), lambda: 'M' + d(6), lambda: '00' + d(6),
            lambda: 'CHU' + d(7), lambda: d(3) + '-' + d(4)][k]()

def fmt_nam(n, style=None):
    style = style if style is not None else R.choice(['plain', 'sp', 'sp', 'dash', 'lower'])
    if style == 'plain': return n
    if style == 'sp': return n[:4] + ' ' + n[4:8] + ' ' + n[8:]
    if style == 'dash': return n[:4] + '-' + n[4:8] + '-' + n[8:]
    if style == 'lower': return (n[:4] + ' ' + n[4:8] + ' ' + n[8:]).lower()
    if style == 'dots': return n[:4] + '.' + n[4:8] + '.' + n[8:]
    if style == 'spread': return ' '.join(n)
    if style == 'fw': return ''.join(chr(ord(c) + 0xFEE0) if c.isalnum() else c for c in n)
    return n

def fmt_hn(h):
    return R.choice([h, h[:4] + '-' + h[4:7] + '-' + h[7:], h[:4] + ' ' + h[4:7] + ' ' + h[7:] + ' ' + R.choice(['AB', 'KT', 'XY', 'ON'])])

def fmt_sin(s):
    return R.choice([s, s[:3] + ' ' + s[3:6] + ' ' + s[6:], s[:3] + '-' + s[3:6] + '-' + s[6:]])

def fmt_niss(v):
    return R.choice([v, v[:2] + '.' + v[2:4] + '.' + v[4:6] + '-' + v[6:9] + '.' + v[9:]])

def fmt_nir(v):
    return R.choice([v, ' '.join([v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:]])])

# ---------------- people ----------------
FN_EN_F = ['Margaret', 'Helen', 'Doris', 'Patricia', 'Evelyn', 'Linda', 'Brenda', 'Carol', 'Joan', 'Shirley', 'Deborah', 'Fatima']
FN_EN_M = ['George', 'Arthur', 'Frank', 'Raymond', 'Harold', 'Walter', 'Dennis', 'Gary', 'Kenneth', 'Ahmed', 'Wei', 'Ravi']
LN_EN = ['Wright', 'Kim', 'Murphy', 'Singh', 'McLean', 'Russo', 'Nguyen', 'Clarke', 'Ross', 'Baker', 'Patel', 'Doyle', 'Fraser', 'Kowal', 'Okafor', 'Hughes']
FN_FR_F = ['Lucille', 'Yvette', 'Huguette', 'Thérèse', 'Francine', 'Monique', 'Jacqueline', 'Gisèle', 'Rollande', 'Pierrette', 'Aïcha', 'Mireille']
FN_FR_M = ['Gaétan', 'Réjean', 'Normand', 'Jean-Guy', 'Marcel', 'Bernard', 'Rosaire', 'Fernand', 'Yvon', 'Raymond', 'Karim', 'Ghislain']
LN_FR = ['Bélisle', 'Ouimet', 'Trudel', 'Lacasse', 'Beaulieu', 'Vachon', 'Cormier', 'Landry', 'Dumont', 'Collard', 'Lejeune', 'Lefèvre', 'Roux', 'Girouard', 'Thériault', 'Poulin']
BE_LN = ['Dumont', 'Collard', 'Lejeune', 'Peeters', 'Lambert', 'Dubois', 'Renard', 'Hermans']
FR_LN = ['Lefèvre', 'Roux', 'Girard', 'Mercier', 'Faure', 'Blanc', 'Chevalier', 'Perrin']

STAFF_FR = ['Isabelle Fortier', 'Mathieu Bergeron', 'Julie Lavoie', 'Karine Dubé', 'Stéphane Côté', 'Annie Tremblay',
            'Olivier Lemieux', 'Nadia Benali', 'Marie-Ève Desjardins', 'François Hébert', 'Catherine Giroux', 'Hugo Gendron',
            'Valérie Moreau', 'Sébastien Allard', 'Émilie Caouette', 'Patrick Gagné']
STAFF_EN = ['Sarah O\'Neill', 'David Chen', 'Priya Raman', 'Michael Kowalski', 'Jennifer Hayes', 'Omar Haddad',
            'Laura Bennett', 'Kevin Walsh', 'Emily Tran', 'Rachel Goldberg', 'Thomas Reid', 'Aisha Mensah',
            'Daniel Fitzgerald', 'Megan Campbell', 'Jason Liu', 'Heather MacLeod']
STAFF_BE = ['Sophie Dubois', 'Luc Lambert', 'Nathalie Peeters', 'Vincent Lemaire', 'Anne-Sophie Maes']
STAFF_FRA = ['Claire Martin', 'Julien Bernard', 'Élodie Petit', 'Nicolas Garnier', 'Camille Rousseau']

ORGS = {
    'qc': dict(dom='chu-exemple.example', name='CHU Exemple', addr='3840, rue Saint-Urbain, Montréal (Québec) H2W 1T8', tel='514-555-0{:03d}', tz=-5,
               ext=['clsc-rosemont.example', 'gmf-plateau.example', 'pharmacie-desjardins.example', 'cisss-laval.example', 'hopital-stjerome.example', 'centre-readaptation.example', 'transport-adapte.example', 'courriel.example']),
    'qcen': dict(dom='mch-westmount.example', name='Westmount Community Hospital', addr='1200 avenue Greene, Westmount QC H3Z 2A9', tel='514-555-0{:03d}', tz=-5,
                 ext=['cslc-ndg.example', 'familymed-westisland.example', 'pharmacy-sherbrooke-st.example', 'jgh-partner.example', 'rehab-lakeshore.example']),
    'on': dict(dom='riverside-health.example', name='Riverside Health Network', addr='501 Smyth Rd, Ottawa ON K1H 8L6', tel='613-555-0{:03d}', tz=-5,
               ext=['homecare-champlain.example', 'kingston-fht.example', 'ontario-rehab.example', 'carepharmacy.example', 'paramed-transfer.example', 'mail.example', 'ltc-glebe.example']),
    'be': dict(dom='chu-exemple.example', name='CHU Exemple', addr='3840, rue Saint-Urbain, Montréal (Québec) H2W 1T8', tel='514-555-0{:03d}', tz=-5,
               ext=['chr-liege-demo.example', 'cliniques-namur.example', 'mutualite-wallonne.example']),
    'fr': dict(dom='chu-exemple.example', name='CHU Exemple', addr='3840, rue Saint-Urbain, Montréal (Québec) H2W 1T8', tel='514-555-0{:03d}', tz=-5,
               ext=['ch-lyon-sud-demo.example', 'aphm-demo.example', 'cpam-rhone-demo.example']),
}

def staff(lang, region=None):
    if region == 'be': return R.choice(STAFF_BE)
    if region == 'fr': return R.choice(STAFF_FRA)
    return R.choice(STAFF_FR if lang == 'fr' else STAFF_EN)

def staff_uniq(lang, k):
    pool = STAFF_FR if lang == 'fr' else STAFF_EN
    return R.sample(pool, k)

def addr_of(name, dom):
    import unicodedata
    base = ''.join(c for c in unicodedata.normalize('NFKD', name.lower()) if not unicodedata.combining(c))
    base = base.replace("'", '').replace(' ', '.')
    return base + '@' + dom

def phone(region):
    ac = {'qc': '514', 'qcen': '514', 'on': '613', 'be': '+32 4 555', 'fr': '+33 4 55'}.get(region, '514')
    if region == 'be': return '+32 4 555 %02d %02d' % (R.randint(10, 99), R.randint(10, 99))
    if region == 'fr': return '+33 4 55 %02d %02d %02d' % (R.randint(10, 99), R.randint(10, 99), R.randint(10, 99))
    return '%s-555-%04d' % (R.choice([ac, '450', '438', '819'] if region.startswith('qc') else [ac, '416', '905', '343']), R.randint(100, 9999))

STREETS_QC = ['rue Fullum', 'boul. Saint-Michel', 'rue Beaubien Est', 'av. Papineau', 'rue des Érables', 'ch. du Lac', 'rue Principale']
CITIES_QC = [('Montréal', 'H2H 1K5'), ('Laval', 'H7N 3R2'), ('Longueuil', 'J4K 2T4'), ('Saint-Jérôme', 'J7Z 5T3'), ('Terrebonne', 'J6W 1A8')]
STREETS_ON = ['Bank St', 'Elgin St', 'Carling Ave', 'Baseline Rd', 'Princess St', 'Albert St']
CITIES_ON = [('Ottawa', 'K1S 3W7'), ('Kingston', 'K7L 2V3'), ('Nepean', 'K2G 1B4'), ('Cornwall', 'K6H 5R8')]

PCACHE = {}

class Patient:
    def __init__(self, region, use_nam=True):
        self.region = region
        self.nam = self.hn = self.niss = self.nir = None
        if region in ('qc', 'qcen') and use_nam:
            s, g, d, x, n = NAMS[R.randrange(len(NAMS))]
            self.sur, self.given, self.dob, self.sex, self.nam = s, g, d, x, n
        else:
            self.sex = R.choice('FM')
            if region == 'on' or region == 'qcen':
                self.given = R.choice(FN_EN_F if self.sex == 'F' else FN_EN_M); self.sur = R.choice(LN_EN)
            elif region == 'be':
                self.given = R.choice(FN_FR_F if self.sex == 'F' else FN_FR_M); self.sur = R.choice(BE_LN)
            elif region == 'fr':
                self.given = R.choice(FN_FR_F if self.sex == 'F' else FN_FR_M); self.sur = R.choice(FR_LN)
            else:
                self.given = R.choice(FN_FR_F if self.sex == 'F' else FN_FR_M); self.sur = R.choice(LN_FR)
            self.dob = datetime.date(R.randint(1932, 1995), R.randint(1, 12), R.randint(1, 28))
            if region == 'on': self.hn = gen_hn()
            if region == 'be': self.niss = gen_niss(self.dob, self.sex)
            if region == 'fr': self.nir = gen_nir(self.dob, self.sex)
        self.mrn = gen_mrn()
        if region in ('on',):
            st, (city, pc) = R.choice(STREETS_ON), R.choice(CITIES_ON)
            self.addr = '%d %s, %s ON %s' % (R.randint(10, 2400), st, city, pc)
        elif region == 'be':
            self.addr = 'rue %s %d, %d %s' % (R.choice(['Saint-Gilles', 'de la Station', 'Hors-Château']), R.randint(1, 200), R.choice([4000, 5000, 4020]), R.choice(['Liège', 'Namur']))
        elif region == 'fr':
            self.addr = '%d rue %s, 69%03d Lyon' % (R.randint(1, 120), R.choice(['Paul Bert', 'Garibaldi', 'de Créqui']), R.randint(1, 9))
        else:
            st, (city, pc) = R.choice(STREETS_QC), R.choice(CITIES_QC)
            self.addr = '%d, %s, %s (QC) %s' % (R.randint(10, 9800), st, city, pc)
        self.phone = phone(region)
        self.age = 2026 - self.dob.year
        if self.nam:
            if self.nam in PCACHE:
                self.mrn, self.addr, self.phone = PCACHE[self.nam]
            else:
                PCACHE[self.nam] = (self.mrn, self.addr, self.phone)

    @property
    def F(self): return self.sex == 'F'
    def full(self): return '%s %s' % (self.given, self.sur)
    def title(self, lang):
        if lang == 'fr': return ('Mme ' if self.F else 'M. ') + self.full()
        return ('Mrs. ' if self.F and self.age > 60 else 'Ms. ' if self.F else 'Mr. ') + self.full()
    def name(self, lang, style=None):
        style = style or R.choice(['title', 'full', 'last_first', 'caps', 'init'])
        if style == 'title': return self.title(lang)
        if style == 'full': return self.full()
        if style == 'last_first': return '%s, %s' % (self.sur, self.given)
        if style == 'caps': return '%s, %s' % (self.sur.upper(), self.given)
        if style == 'init': return '%s %s.' % (self.sur, self.given[0])
        return self.full()
    def dob_s(self, lang):
        return R.choice([self.dob.isoformat(), self.dob.strftime('%d/%m/%Y'), self.dob.strftime('%Y/%m/%d')] if lang == 'fr'
                        else [self.dob.isoformat(), self.dob.strftime('%b %d, %Y'), self.dob.strftime('%d-%b-%Y')])
    def ne(self, lang):
        return ('née' if self.F else 'né') if lang == 'fr' else 'DOB'
    def id_line(self, lang, force=None):
        """returns (text, types)"""
        if self.nam and force != 'mrn':
            return (R.choice(['NAM', 'RAMQ', 'No RAMQ', 'Carte soleil']) if lang == 'fr' else R.choice(['RAMQ', 'Medicare', 'HIN'])) + ' : ' + fmt_nam(self.nam), ['ramq_nam']
        if self.hn and force != 'mrn':
            return R.choice(['OHIP', 'HCN', 'Health card']) + ': ' + fmt_hn(self.hn), ['ca_health_number']
        if self.niss and force != 'mrn':
            return R.choice(['NISS', 'N° registre national', 'INSZ/NISS']) + ' : ' + fmt_niss(self.niss), ['be_niss']
        if self.nir and force != 'mrn':
            return R.choice(['NIR', 'N° sécu', 'N° SS']) + ' : ' + fmt_nir(self.nir), ['fr_nir']
        return (R.choice(['Dossier', 'No dossier', 'N° de dossier', 'DME']) if lang == 'fr' else R.choice(['MRN', 'Chart #', 'Hosp #'])) + ' : ' + self.mrn, ['mrn']
    def pro(self, lang):
        if lang == 'fr': return 'elle' if self.F else 'il'
        return 'she' if self.F else 'he'
    def pos(self, lang):
        if lang == 'fr': return 'sa'
        return 'her' if self.F else 'his'

# ---------------- clinical pools ----------------
DX = [('insuffisance cardiaque décompensée', 'decompensated heart failure'), ('AVC ischémique sylvien gauche', 'left MCA ischemic stroke'),
      ('pneumonie acquise en communauté', 'community-acquired pneumonia'), ('FA rapide', 'AF with RVR'), ('MPOC exacerbée', 'COPD exacerbation'),
      ('fracture de hanche droite opérée', 'R hip fracture s/p ORIF'), ('delirium hypoactif', 'hypoactive delirium'), ('IRA sur IRC', 'AKI on CKD'),
      ('cellulite membre inférieur gauche', 'LLE cellulitis'), ('NSTEMI', 'NSTEMI'), ('syndrome de Guillain-Barré', 'Guillain-Barré syndrome'),
      ('état de mal épileptique', 'status epilepticus'), ('Parkinson avec chutes à répétition', "Parkinson's disease with recurrent falls"),
      ('dysphagie post-AVC', 'post-stroke dysphagia'), ('dénutrition sévère', 'severe malnutrition'), ('hémorragie digestive haute', 'upper GI bleed'),
      ('diabète type 2 déséquilibré', 'poorly controlled T2DM'), ('sclérose en plaques, poussée', 'MS relapse'), ('embolie pulmonaire', 'pulmonary embolism'),
      ('hyponatrémie sévère', 'severe hyponatremia')]
MEDS = ['furosémide 40 mg PO BID', 'apixaban 5 mg BID', 'métoprolol 25 mg BID', 'atorvastatine 80 mg HS', 'lévétiracétam 500 mg BID',
        'insuline glargine 22 U HS', 'pantoprazole 40 mg DIE', 'lévodopa/carbidopa 100/25 TID', 'ramipril 5 mg DIE', 'hydromorphone 1 mg q4h PRN',
        'ceftriaxone 1 g IV q24h', 'warfarine selon INR', 'sacubitril/valsartan 49/51 mg BID', 'donépézil 10 mg DIE', 'quétiapine 12,5 mg HS PRN']
MEDS_EN = [m.replace('furosémide', 'furosemide').replace('atorvastatine', 'atorvastatin').replace('lévétiracétam', 'levetiracetam').replace('insuline', 'insulin')
           .replace('lévodopa', 'levodopa').replace('warfarine selon INR', 'warfarin per INR').replace('donépézil', 'donepezil').replace('quétiapine', 'quetiapine').replace('métoprolol', 'metoprolol').replace('ceftriaxone 1 g', 'ceftriaxone 1 g')
           .replace('DIE', 'daily').replace('12,5', '12.5') for m in MEDS]
LABS = [('K+ 6,8 mmol/L', 'K 6.8 mmol/L'), ('Hb 68 g/L', 'Hgb 68 g/L'), ('troponine hs 1 240 ng/L', 'hs-troponin 1240 ng/L'), ('INR 5,9', 'INR 5.9'),
        ('Na 118 mmol/L', 'Na 118 mmol/L'), ('créatinine 312 µmol/L', 'creatinine 312 umol/L'), ('glycémie 1,9 mmol/L', 'glucose 1.9 mmol/L'),
        ('lactate 4,8 mmol/L', 'lactate 4.8 mmol/L'), ('plaquettes 19 x10^9/L', 'platelets 19 x10^9/L')]
UNITS_FR = ['7 Nord – médecine interne', 'cardiologie 5e étage', 'neurologie 6 Sud', 'réadaptation 3 Est', 'unité coronarienne', 'médecine 4B', 'unité AVC']
UNITS_EN = ['6 West Medicine', 'CCU', 'Stroke Unit 4B', 'Rehab 2 North', 'Cardiology 5C', 'Neuro 7A', 'GIM Team B']

def dx(lang): d = R.choice(DX); return d[0] if lang == 'fr' else d[1]
def med(lang): return R.choice(MEDS if lang == 'fr' else MEDS_EN)
def lab(lang): l = R.choice(LABS); return l[0] if lang == 'fr' else l[1]
def unit(lang): return R.choice(UNITS_FR if lang == 'fr' else UNITS_EN)
def room(): return '%d%s-%d' % (R.randint(3, 9), R.choice(['N', 'S', 'E', 'O', '']), R.randint(1, 40))

def sig(name, lang, region, role=None):
    org = ORGS[region]
    role = role or R.choice(['Infirmière clinicienne', 'Physiothérapeute', 'Ergothérapeute', 'Nutritionniste', 'Orthophoniste', 'Pharmacien', 'Agente administrative', 'Coordonnatrice', 'MD, FRCPC', 'Résident R2 médecine interne']
                            if lang == 'fr' else ['RN, BScN', 'PT', 'OT Reg. (Ont.)', 'RD', 'SLP', 'PharmD', 'Unit Clerk', 'Patient Flow Coordinator', 'MD, FRCPC', 'PGY-2 Internal Medicine'])
    tel = org['tel'].format(R.randint(100, 999))
    lines = ['-- ', name, role, org['name'] + ' – ' + unit(lang), org['addr'], ('Tél. ' if lang == 'fr' else 'Tel ') + tel + (' poste ' if lang == 'fr' else ' ext. ') + str(R.randint(2000, 7999))]
    if R.random() < 0.45:
        lines.append('')
        lines.append(R.choice([
            "AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur.",
            "Ce message est destiné uniquement au destinataire. Toute diffusion non autorisée est interdite."]) if lang == 'fr' else R.choice([
            'CONFIDENTIALITY NOTICE: This e-mail may contain confidential information intended only for the addressee. If received in error, please delete it and notify the sender.',
            'Please consider the environment before printing this e-mail.']))
    return '\n'.join(lines)

def greet(lang, who=None):
    if lang == 'fr':
        return R.choice(['Bonjour,', 'Bonjour %s,' % (who or ''), 'Salut,', 'Bonjour à tous,', 'Allô,']).replace(' ,', ',')
    return R.choice(['Hi,', 'Hi %s,' % (who or ''), 'Hello,', 'Good morning,', 'Hi all,']).replace(' ,', ',')

def close(lang):
    return R.choice(['Merci!', 'Merci beaucoup,', 'Bonne journée', 'Cordialement,', 'Merci de votre collaboration.']) if lang == 'fr' else R.choice(['Thanks!', 'Thanks,', 'Best,', 'Regards,', 'Cheers'])

# ---------------- attachments ----------------
def normalize_zip(b):
    zin = zipfile.ZipFile(io.BytesIO(b))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename.endswith('core.xml'):
                data = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*', rb'\g<1>2026-01-05T08:00:00Z', data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    return out.getvalue()

def make_pdf(title, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title); c.setAuthor('DME'); c.setCreator('ReportWriter')
    y = 740
    c.setFont('Helvetica-Bold', 13); c.drawString(50, y, title); y -= 26
    c.setFont('Helvetica', 10)
    for ln in lines:
        chunks = [ln[i:i + 95] for i in range(0, max(len(ln), 1), 95)] or ['']
        for ch in chunks:
            if y < 60:
                c.showPage(); c.setFont('Helvetica', 10); y = 740
            c.drawString(50, y, ch); y -= 14
    c.showPage(); c.save()
    return buf.getvalue()

def make_docx(title, paras, table=None):
    import docx
    d = docx.Document()
    d.core_properties.author = 'Utilisateur'
    d.core_properties.created = datetime.datetime(2026, 1, 5, 8, 0, 0)
    d.core_properties.modified = datetime.datetime(2026, 1, 5, 8, 0, 0)
    d.core_properties.last_modified_by = 'Utilisateur'
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
    return normalize_zip(b.getvalue())

def make_xlsx(rows, sheet='Feuil1'):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = sheet
    for r in rows:
        ws.append(list(r))
    wb.properties.creator = 'Utilisateur'
    wb.properties.created = datetime.datetime(2026, 1, 5, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2026, 1, 5, 8, 0, 0)
    b = io.BytesIO(); wb.save(b)
    return normalize_zip(b.getvalue())

def make_csv(rows, enc='utf-8', sep=','):
    s = io.StringIO()
    w = csv.writer(s, delimiter=sep, lineterminator='\r\n')
    for r in rows: w.writerow(r)
    return s.getvalue().encode(enc, 'replace')

def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT); zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()

def ics_escape(s): return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')

def make_ics(summary, desc, start, minutes, location, organizer, attendees, uid):
    end = start + datetime.timedelta(minutes=minutes)
    L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Exemple//Agenda 1.0//FR', 'METHOD:REQUEST', 'BEGIN:VEVENT',
         'UID:' + uid, 'DTSTAMP:20260105T080000Z', 'DTSTART:' + start.strftime('%Y%m%dT%H%M%S'), 'DTEND:' + end.strftime('%Y%m%dT%H%M%S'),
         'SUMMARY:' + ics_escape(summary), 'LOCATION:' + ics_escape(location), 'DESCRIPTION:' + ics_escape(desc),
         'ORGANIZER:mailto:' + organizer] + ['ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:' + a for a in attendees] + ['END:VEVENT', 'END:VCALENDAR']
    out = []
    for l in L:
        b = l
        while len(b.encode('utf-8')) > 74:
            cut = 70
            while len(b[:cut].encode('utf-8')) > 73: cut -= 1
            out.append(b[:cut]); b = ' ' + b[cut:]
        out.append(b)
    return ('\r\n'.join(out) + '\r\n').encode('utf-8')

def make_vcf(fn, ln, tel, addr, email_, org=None, note=None, title=None):
    L = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (ln, fn), 'FN:%s %s' % (fn, ln)]
    if org: L.append('ORG:' + org)
    if title: L.append('TITLE:' + title)
    if tel: L.append('TEL;TYPE=HOME,VOICE:' + tel)
    if addr: L.append('ADR;TYPE=HOME:;;' + addr.replace(',', '\\,') + ';;;;')
    if email_: L.append('EMAIL:' + email_)
    if note: L.append('NOTE:' + note.replace(',', '\\,'))
    L.append('END:VCARD')
    return ('\r\n'.join(L) + '\r\n').encode('utf-8')

# ---------------- MIME building (manual, deterministic) ----------------
SAN = {'\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-', '\u2026': '...', '\u0153': 'oe', '\u2022': '*'}

def encode_text(text, charset, cte):
    if charset != 'utf-8':
        t2 = text
        for a, b in SAN.items():
            if charset == 'iso-8859-1' or a not in '\u2019\u2018\u201c\u201d\u2013\u2014\u2026\u0153\u2022':
                t2 = t2.replace(a, b)
        try:
            raw = t2.encode(charset)
        except UnicodeEncodeError:
            charset = 'utf-8'; raw = text.encode('utf-8')
    else:
        raw = text.encode('utf-8')
    if cte == '8bit' and all(b < 128 for b in raw):
        cte = '7bit'
    if cte == 'base64':
        body = base64.encodebytes(raw)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw)
        if not body.endswith(b'\n'): body += b'\n'
    else:
        body = raw if raw.endswith(b'\n') else raw + b'\n'
    return charset, cte, body

def text_part(text, subtype, charset, cte):
    charset, cte, body = encode_text(text, charset, cte)
    if subtype == 'html':
        charset, cte, body = encode_text(text.replace('__CS__', charset), charset, cte)
    h = b'Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (subtype.encode(), charset.encode(), cte.encode())
    return h + b'\n' + body

def hdr(s):
    try:
        s.encode('ascii'); return Header(s, 'us-ascii', maxlinelen=76).encode(linesep='\n')
    except UnicodeEncodeError:
        return Header(s, 'utf-8', maxlinelen=76).encode(linesep='\n')

def addr_h(name, a):
    return formataddr((name, a), charset='utf-8') if name else a

BCOUNT = [0]
def boundary():
    BCOUNT[0] += 1
    return '----=_Part_%d_%08d' % (BCOUNT[0], R.randint(0, 99999999))

def multipart(subtype, parts):
    b = boundary()
    out = b'Content-Type: multipart/%s; boundary="%s"\n\n' % (subtype.encode(), b.encode())
    if R.random() < 0.5:
        out += b'This is a multi-part message in MIME format.\n'
    for p in parts:
        out += b'\n--' + b.encode() + b'\n' + p
        if not p.endswith(b'\n'): out += b'\n'
    out += b'\n--' + b.encode() + b'--\n'
    return out

def attach_part(fname, mime, data, cte=None):
    if mime == 'message/rfc822':
        h = b'Content-Type: message/rfc822\nContent-Disposition: attachment; filename="%s"\n' % fname.encode()
        if any(c > 127 for c in data): h += b'Content-Transfer-Encoding: 8bit\n'
        return h + b'\n' + data
    cte = cte or 'base64'
    if mime.startswith('text/') and cte == 'quoted-printable':
        body = quopri.encodestring(data.replace(b'\r\n', b'\n'))
        if not body.endswith(b'\n'): body += b'\n'
    else:
        cte = 'base64'; body = base64.encodebytes(data)
    extra = '; charset="utf-8"' if mime.startswith('text/') else ''
    if mime == 'text/calendar': extra += '; method=REQUEST'
    h = 'Content-Type: %s%s; name="%s"\nContent-Disposition: attachment; filename="%s"\nContent-Transfer-Encoding: %s\n' % (mime, extra, fname, fname, cte)
    return h.encode() + b'\n' + body

def html_of(text, lang):
    paras = text.split('\n')
    out = []
    for ln in paras:
        if ln.startswith('>'):
            out.append('<blockquote style="border-left:2px solid #ccc;padding-left:6px;margin:0">%s</blockquote>' % html.escape(ln.lstrip('> ')))
        elif ln.strip() == '':
            out.append('<br>')
        else:
            out.append('<div>%s</div>' % html.escape(ln))
    font = R.choice(['Calibri, sans-serif', 'Arial, Helvetica, sans-serif', 'Segoe UI, sans-serif', 'Times New Roman, serif'])
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=__CS__"></head>\n<body><div style="font-family:%s;font-size:11pt">\n%s\n</div></body></html>\n' % (font, '\n'.join(out))

def build(m, force_transport=None):
    """m: dict with from,to,cc,subject,body,(html),atts,lang,region,date"""
    charset = R.choice(['utf-8', 'utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
    cte = R.choice(['quoted-printable', 'base64', '8bit', 'quoted-printable'])
    tr = force_transport or m.get('transport')
    if m.get('atts'):
        tr = 'mixed'
    elif not tr:
        tr = R.choice(['plain', 'plain', 'html', 'alt', 'alt'])
    html_text = m.get('html') or html_of(m['body'], m['lang'])
    if tr == 'plain':
        body = text_part(m['body'], 'plain', charset, cte)
    elif tr == 'html':
        body = text_part(html_text, 'html', charset, cte)
    elif tr == 'alt':
        body = multipart('alternative', [text_part(m['body'], 'plain', charset, cte), text_part(html_text, 'html', charset, cte)])
    else:
        inner = R.random()
        if inner < 0.6:
            first = text_part(m['body'], 'plain', charset, cte)
        elif inner < 0.8:
            first = multipart('alternative', [text_part(m['body'], 'plain', charset, cte), text_part(html_text, 'html', charset, cte)])
        else:
            first = text_part(html_text, 'html', charset, cte)
        parts = [first] + [attach_part(*a) for a in m['atts']]
        body = multipart('mixed', parts)
    H = []
    H.append(b'From: ' + addr_h(m['from'][0], m['from'][1]).encode())
    H.append(b'To: ' + ', '.join(addr_h(n, a) for n, a in m['to']).encode())
    if m.get('cc'): H.append(b'Cc: ' + ', '.join(addr_h(n, a) for n, a in m['cc']).encode())
    H.append(b'Subject: ' + hdr(m['subject']).encode())
    H.append(b'Date: ' + m['date'].encode())
    H.append(b'Message-ID: <' + m['msgid'].encode() + b'>')
    if m.get('inreply'):
        H.append(b'In-Reply-To: <' + m['inreply'].encode() + b'>')
        H.append(b'References: <' + m['inreply'].encode() + b'>')
    H.append(b'MIME-Version: 1.0')
    if R.random() < 0.4: H.append(b'X-Mailer: ' + R.choice([b'Microsoft Outlook 16.0', b'Zimbra 9.0 (ZimbraWebClient)', b'Apple Mail (2.3774)', b'Mozilla Thunderbird 115.6']))
    if R.random() < 0.2: H.append(b'Importance: High')
    raw = b'\n'.join(H) + b'\n' + body
    m['transport_used'] = tr
    m['charset_used'] = charset; m['cte_used'] = cte
    return raw

# ---------------- envelope helpers ----------------
MSGN = [0]
def region_for(lang):
    x = R.random()
    if lang == 'fr':
        return 'qc' if x < 0.8 else ('be' if x < 0.9 else 'fr')
    if x < 0.06: return R.choice(['be', 'fr'])
    return 'on' if x < 0.58 else 'qcen'

def mkdate(region):
    d = datetime.datetime(2026, R.randint(1, 11), R.randint(1, 28), R.randint(6, 22), R.randint(0, 59), R.randint(0, 59),
                          tzinfo=datetime.timezone(datetime.timedelta(hours=-5 if region not in ('be', 'fr') else 1)))
    return d

def envelope(lang, region, sender=None, ext=True, nto=1):
    org = ORGS[region]
    sname = sender or staff(lang, None if region in ('be', 'fr') else None)
    frm = (sname, addr_of(sname, org['dom']))
    to = []
    for _ in range(nto):
        if ext and R.random() < 0.75:
            if region == 'be': n = R.choice(STAFF_BE)
            elif region == 'fr': n = R.choice(STAFF_FRA)
            else: n = staff(lang)
            to.append((n if R.random() < 0.7 else '', addr_of(n, R.choice(org['ext']))))
        else:
            n = staff(lang)
            to.append((n, addr_of(n, org['dom'])))
    cc = []
    if R.random() < 0.3:
        n = staff(lang); cc.append((n, addr_of(n, org['dom'])))
    d = mkdate(region)
    MSGN[0] += 1
    return dict(**{'from': frm}, to=to, cc=cc, date=format_datetime(d), dt=d, msgid='%08x.%d@%s' % (R.getrandbits(32), MSGN[0], org['dom']), region=region, lang=lang, sname=sname)

def quoted(lang, who, dt, text, style=None):
    style = style or R.choice(['gt', 'outlook'])
    if style == 'gt':
        if lang == 'fr':
            head = 'Le %s, %s a écrit :' % (dt.strftime('%d/%m/%Y à %H:%M'), who)
        else:
            head = 'On %s, %s wrote:' % (dt.strftime('%a, %b %d, %Y at %I:%M %p'), who)
        return head + '\n' + '\n'.join('> ' + l if l else '>' for l in text.split('\n'))
    if lang == 'fr':
        return '-----Message d\'origine-----\nDe : %s\nEnvoyé : %s\nObjet : ...\n\n%s' % (who, dt.strftime('%d %B %Y %H:%M'), text)
    return '-----Original Message-----\nFrom: %s\nSent: %s\nSubject: ...\n\n%s' % (who, dt.strftime('%A, %B %d, %Y %I:%M %p'), text)

def fwd_inline(lang, who, dt, subj, text):
    if lang == 'fr':
        return '-------- Message transféré --------\nDe : %s\nDate : %s\nObjet : %s\n\n%s' % (who, dt.strftime('%d/%m/%Y %H:%M'), subj, text)
    return '---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\n\n%s' % (who, dt.strftime('%a, %b %d, %Y'), subj, text)

def newpat(lang, region=None, use_nam=None):
    region = region or region_for(lang)
    if use_nam is None: use_nam = R.random() < 0.75
    return Patient(region, use_nam)

def T(lang, fr, en): return fr if lang == 'fr' else en

def local_region(lang):
    return 'qc' if lang == 'fr' else R.choice(['on', 'on', 'qcen'])

# ---------------- POSITIVE categories ----------------
def p_referral(lang):
    p = newpat(lang); e = envelope(lang, p.region)
    idl, ty = p.id_line(lang)
    d = dx(lang)
    subj = R.choice([T(lang, 'Référence – %s' % p.name(lang, 'last_first'), 'Referral - %s' % p.name(lang, 'last_first')),
                     T(lang, 'Demande de consultation en externe', 'Outpatient referral'), T(lang, 'Réf. clinique IC', 'Referral HF clinic')])
    body = '\n'.join([greet(lang), '',
        T(lang, 'Je vous réfère %s, %s le %s (%s), pour suivi en clinique externe.' % (p.title(lang), p.ne(lang), p.dob_s(lang), idl),
              'Referring %s, DOB %s (%s), for outpatient follow-up.' % (p.title(lang), p.dob_s(lang), idl)),
        T(lang, 'Dx principal : %s. Hospitalisé(e) du %d au %d courant.' % (d, R.randint(1, 10), R.randint(11, 25)),
              'Main dx: %s. Admitted %d days, discharged home today.' % (d, R.randint(3, 14))),
        T(lang, 'Rx au congé : %s; %s.' % (med(lang), med(lang)), 'Discharge meds: %s; %s.' % (med(lang), med(lang))),
        T(lang, 'Merci de la voir d\'ici 2 à 4 semaines.' if p.F else 'Merci de le voir d\'ici 2 à 4 semaines.', 'Please see within 2-4 weeks.'),
        '', close(lang), '', sig(e['sname'], lang, p.region, T(lang, 'MD, FRCPC – médecine interne', 'MD, FRCPC - General Internal Medicine'))])
    types = ty + ['patient_name', 'date_of_birth', 'diagnosis', 'medication']
    return dict(e, subject=subj, body=body, types=types, note='referral letter naming patient with identifier, DOB, diagnosis, meds')

def p_consult_reply(lang):
    p = newpat(lang); e = envelope(lang, p.region)
    spec = R.choice([T(lang, 'cardiologie', 'cardiology'), T(lang, 'neurologie', 'neurology'), T(lang, 'gériatrie', 'geriatrics')])
    subj = T(lang, 'RE: consult %s – ch. %s' % (spec, room()), 'RE: %s consult - rm %s' % (spec, room()))
    orig = T(lang, 'Pourriez-vous voir %s (%s) pour %s? Merci' % (p.name(lang, 'caps'), p.mrn, dx(lang)),
                   'Could you see %s (MRN %s) re %s? thx' % (p.name(lang, 'caps'), p.mrn, dx(lang)))
    top = T(lang, 'Vu ce matin. Impression : %s. Reco : cesser le métoprolol, débuter %s, écho cardiaque à faire. Je repasse demain.' % (dx(lang), med(lang)),
                  'Seen this am. Impression: %s. Recs: hold metoprolol, start %s, TTE ordered. Will follow.' % (dx(lang), med(lang)))
    body = top + '\n\n' + sig(e['sname'], lang, p.region, T(lang, 'Résident R3 ' + spec, 'PGY-3 ' + spec)) + '\n\n' + quoted(lang, staff(lang), e['dt'] - datetime.timedelta(hours=5), orig)
    return dict(e, subject=subj, body=body, types=['patient_name', 'mrn', 'diagnosis', 'medication'], note='consult reply on top of quoted request naming patient with chart number')

def signout_rows(lang, n, region):
    rows = []
    types = set(['patient_name', 'diagnosis'])
    seen = set()
    while len(rows) < n:
        p = Patient(region, R.random() < 0.5)
        if p.full() in seen: continue
        seen.add(p.full())
        todo = R.choice([T(lang, 'suivre K+ AM', 'f/u K in AM'), T(lang, 'TACO ce soir', 'CT head tonight'), T(lang, 'NPO minuit', 'NPO after midnight'),
                         T(lang, 'famille appelle 18h', 'family calling 6pm'), T(lang, 'DNR - niveau de soins C', 'DNR, goals of care C'), T(lang, 'rien', 'nothing pending')])
        rows.append((room(), p.name(lang, R.choice(['caps', 'last_first', 'init'])), p.mrn, str(p.age), dx(lang), todo))
    types.add('mrn')
    return rows, sorted(types)

def p_signout_list(lang):
    region = local_region(lang); e = envelope(lang, region, ext=False)
    rows, types = signout_rows(lang, R.randint(4, 8), region)
    subj = R.choice([T(lang, 'Liste de garde ' + unit(lang), 'Sign-out ' + unit(lang)), T(lang, 'handover soir', 'night handover'), 'Signout ' + e['dt'].strftime('%d/%m')])
    lines = [greet(lang), '', T(lang, 'Voici la liste pour la nuit :', 'Sign-out for tonight:'), '']
    for r in rows:
        lines.append('%s | %s | %s | %s ans | %s | %s' % r if lang == 'fr' else '%s - %s - %s - %syo - %s - %s' % r)
    lines += ['', T(lang, 'Pagette 4412 si besoin.', 'Pager 4412 if needed.'), '', e['sname']]
    return dict(e, subject=subj, body='\n'.join(lines), types=types, note='handover list of inpatients with names, chart numbers, diagnoses')

def p_signout_xlsx(lang):
    region = local_region(lang); e = envelope(lang, region, ext=False)
    rows, types = signout_rows(lang, R.randint(6, 14), region)
    head = T(lang, ('Chambre', 'Nom', 'Dossier', 'Âge', 'Dx', 'À faire'), ('Room', 'Name', 'MRN', 'Age', 'Dx', 'To do'))
    data = make_xlsx([head] + [list(r) for r in rows], T(lang, 'Liste', 'List'))
    subj = T(lang, 'liste patients %s' % unit(lang), 'patient list %s' % unit(lang))
    body = '\n'.join([greet(lang), '', T(lang, 'Liste à jour en PJ. Mot de passe habituel non mis, désolée.', 'Updated list attached.'), '', e['sname']])
    return dict(e, subject=subj, body=body, atts=[('liste_%s.xlsx' % e['dt'].strftime('%Y%m%d'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data)],
                types=types, note='XLSX attachment: inpatient list with names, chart numbers, diagnoses')

def p_discharge_summary(lang):
    p = newpat(lang); e = envelope(lang, p.region)
    idl, ty = p.id_line(lang)
    lines = [T(lang, 'Patient(e) : ', 'Patient: ') + p.name(lang, 'caps'), T(lang, 'Date de naissance : ', 'DOB: ') + p.dob.isoformat(), idl,
             T(lang, 'Dossier : ', 'MRN: ') + p.mrn, '', T(lang, 'Diagnostic principal : ', 'Most responsible dx: ') + dx(lang),
             T(lang, 'Diagnostics secondaires : ', 'Comorbidities: ') + dx(lang) + '; ' + dx(lang), '', T(lang, 'Médication au congé :', 'Discharge medications:')]
    lines += ['- ' + med(lang) for _ in range(R.randint(3, 6))]
    lines += ['', T(lang, 'Suivi : MD de famille 2 sem., bilan sanguin dans 1 sem.', 'Follow-up: GP 2 weeks, bloodwork 1 week.')]
    title = T(lang, 'Résumé de congé', 'Discharge Summary')
    if R.random() < 0.5:
        att = ('resume_conge.pdf' if lang == 'fr' else 'discharge_summary.pdf', 'application/pdf', make_pdf(title, lines))
    else:
        att = ('resume_conge.docx' if lang == 'fr' else 'DC_summary.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx(title, lines))
    subj = R.choice([title, title + ' – ' + p.sur.upper(), T(lang, 'Congé d\'hier', 'DC summary as requested')])
    body = '\n'.join([greet(lang), '', T(lang, 'Ci-joint le résumé de congé demandé.', 'Please find attached the discharge summary you requested.'), '', close(lang), '', sig(e['sname'], lang, p.region)])
    return dict(e, subject=subj, body=body, atts=[att], types=sorted(set(ty + ['patient_name', 'date_of_birth', 'mrn', 'diagnosis', 'medication'])), note='attached discharge summary with patient identity, identifiers, dx, meds')

def p_med_rec(lang):
    p = newpat(lang); e = envelope(lang, p.region)
    subj = T(lang, 'Bilan comparatif des médicaments – %s' % p.name(lang, 'init'), 'Med rec - %s' % p.name(lang, 'init'))
    body = '\n'.join([greet(lang, 'pharmacie' if lang == 'fr' else ''), '',
        T(lang, 'Pouvez-vous nous faxer le profil pharmacologique de %s, %s le %s? Admis(e) hier sur %s.' % (p.title(lang), p.ne(lang), p.dob_s(lang), unit(lang)),
              'Could you fax the medication profile for %s, DOB %s? Admitted yesterday to %s.' % (p.title(lang), p.dob_s(lang), unit(lang))),
        T(lang, 'Liste rapportée par la famille :', 'Home list per family:')] + ['  - ' + med(lang) for _ in range(R.randint(2, 5))] + ['',
        T(lang, 'Doute sur la dose de %s.' % med(lang).split()[0], 'Unsure about dose of %s.' % med(lang).split()[0]), '', close(lang), '', sig(e['sname'], lang, p.region, T(lang, 'Pharmacienne', 'Clinical Pharmacist'))])
    return dict(e, subject=subj, body=body, types=['patient_name', 'date_of_birth', 'medication'], note='medication reconciliation request naming patient with DOB and drug list')

def p_physio_note(lang):
    p = newpat(lang); e = envelope(lang, p.region)
    idl, ty = p.id_line(lang, force=R.choice([None, 'mrn']))
    subj = T(lang, 'Physio – suivi %s' % p.sur, 'PT update - %s' % p.sur)
    body = '\n'.join([greet(lang), '',
        T(lang, '%s (%s), %s ans, %s. Marche 30 m avec déambulateur, aide x1 aux transferts. Risque de chute élevé (Berg 34/56).' % (p.name(lang, 'full'), idl, p.age, dx(lang)),
              '%s (%s), %s y/o, %s. Ambulating 30 m with 4WW, 1-person assist transfers. High falls risk (Berg 34/56).' % (p.name(lang, 'full'), idl, p.age, dx(lang))),
        T(lang, 'Reco : réadaptation fonctionnelle intensive avant retour à domicile.', 'Rec: inpatient rehab before home.'), '', close(lang), '', sig(e['sname'], lang, p.region, T(lang, 'Physiothérapeute', 'PT, MScPT'))])
    return dict(e, subject=subj, body=body, types=sorted(set(ty + ['patient_name', 'diagnosis'])), note='physiotherapy progress note naming patient with identifier and condition')

def p_ot_home_eval(lang):
    p = newpat(lang, local_region(lang)); e = envelope(lang, p.region)
    subj = T(lang, 'Visite à domicile ergo', 'OT home visit')
    body = '\n'.join([greet(lang), '',
        T(lang, 'Visite à domicile prévue jeudi 10h pour %s, %s. Adresse : %s. Tél. du fils : %s.' % (p.title(lang), dx(lang), p.addr, p.phone),
              'Home visit booked Thursday 10am for %s (%s). Address: %s. Son\'s phone: %s.' % (p.title(lang), dx(lang), p.addr, p.phone)),
        T(lang, 'Escalier de 12 marches sans rampe, bain-douche. Prévoir banc de transfert.', '12 stairs no rail, tub/shower. Bring transfer bench.'),
        '', close(lang), '', sig(e['sname'], lang, p.region, T(lang, 'Ergothérapeute', 'OT Reg. (Ont.)'))])
    return dict(e, subject=subj, body=body, types=['patient_name', 'patient_contact', 'diagnosis'], note='OT home visit with patient name, home address, phone and condition')

def p_nutrition(lang):
    p = newpat(lang); e = envelope(lang, p.region, ext=R.random() < 0.4)
    subj = T(lang, 'Nutrition – %s ch %s' % (p.sur, room()), 'Dietitian f/u %s' % p.name(lang, 'init'))
    body = '\n'.join([greet(lang), '',
        T(lang, '%s : perte de 9 kg en 3 mois, albumine 24. Débuter gavage Isosource 1.5 à 55 ml/h par TNG. Glycémies à surveiller (%s).' % (p.name(lang, 'last_first'), med(lang)),
              '%s: 9 kg weight loss over 3 months, albumin 24. Start TF Isosource 1.5 @ 55 mL/h via NGT. Watch glucose (%s).' % (p.name(lang, 'last_first'), med(lang))),
        T(lang, 'Dossier %s.' % p.mrn, 'MRN %s' % p.mrn), '', e['sname'] + T(lang, ', Dt.P.', ', RD')])
    return dict(e, subject=subj, body=body, types=['patient_name', 'mrn', 'diagnosis', 'lab_result', 'medication'], note='dietitian note with patient name, chart number, weight loss and tube feeding')

def p_slp(lang):
    p = newpat(lang); e = envelope(lang, p.region)
    subj = T(lang, 'Évaluation déglutition', 'Swallow assessment') + (' – ' + p.name(lang, 'caps') if R.random() < 0.6 else '')
    body = '\n'.join([greet(lang), '',
        T(lang, 'Vidéofluoroscopie faite ce matin pour %s (%s ans, %s) : aspiration silencieuse aux liquides clairs. Reco : liquides épaissis modérément, purée.' % (p.title(lang), p.age, dx(lang)),
              'VFSS this am for %s (%s y/o, %s): silent aspiration with thin fluids. Rec: mildly thick fluids, pureed diet.' % (p.title(lang), p.age, dx(lang))),
        T(lang, 'Date de naissance %s pour l\'identification.' % p.dob_s(lang), 'DOB %s for ID.' % p.dob_s(lang)), '', sig(e['sname'], lang, p.region, T(lang, 'Orthophoniste', 'S-LP(C)'))])
    return dict(e, subject=subj, body=body, types=['patient_name', 'date_of_birth', 'diagnosis'], note='speech-language swallow assessment with patient name, DOB, findings')

def p_homecare(lang):
    p = newpat(lang, local_region(lang)); e = envelope(lang, p.region)
    idl, ty = p.id_line(lang)
    subj = T(lang, 'Demande SAD – congé prévu %s' % (e['dt'] + datetime.timedelta(days=2)).strftime('%d/%m'), 'Home care referral - discharge %s' % (e['dt'] + datetime.timedelta(days=2)).strftime('%b %d'))
    body = '\n'.join([greet(lang), '',
        T(lang, 'Demande de services à domicile pour :', 'Home care referral for:'),
        T(lang, 'Nom : ', 'Name: ') + p.name(lang, 'caps'), T(lang, 'DDN : ', 'DOB: ') + p.dob.isoformat(), idl,
        T(lang, 'Adresse : ', 'Address: ') + p.addr, T(lang, 'Tél. : ', 'Phone: ') + p.phone, '',
        T(lang, 'Besoins : soins de plaie, enseignement %s, aide au bain 2x/sem.' % med(lang), 'Needs: wound care, teaching re %s, bathing assist 2x/wk.' % med(lang)),
        T(lang, 'Vit seul(e), fille à Québec.', 'Lives alone, daughter out of town.'), '', close(lang), '', sig(e['sname'], lang, p.region, T(lang, 'Infirmière de liaison', 'Discharge Planner, RN'))])
    return dict(e, subject=subj, body=body, types=sorted(set(ty + ['patient_name', 'date_of_birth', 'patient_contact', 'medication', 'social_information'])), note='home care referral with patient identity, identifier, address, phone, care needs')

def p_transport(lang):
    p = newpat(lang, local_region(lang)); e = envelope(lang, p.region)
    d2 = e['dt'] + datetime.timedelta(days=R.randint(1, 6))
    subj = T(lang, 'Transport adapté %s' % d2.strftime('%d/%m'), 'Transport booking %s' % d2.strftime('%m/%d'))
    body = '\n'.join([greet(lang), '',
        T(lang, 'Merci de réserver un transport (fauteuil roulant) pour %s, %s, le %s à 8h15, pour son rendez-vous en hémodialyse.' % (p.name(lang, 'full'), p.addr, d2.strftime('%d/%m')),
              'Please book wheelchair transport for %s, %s, on %s 8:15 for dialysis.' % (p.name(lang, 'full'), p.addr, d2.strftime('%b %d'))),
        T(lang, 'Contact : %s' % p.phone, 'Contact: %s' % p.phone), '', close(lang), e['sname']])
    return dict(e, subject=subj, body=body, types=['patient_name', 'patient_contact', 'diagnosis'], note='transport request with patient name, home address, phone and care reason')

def p_booking_subject(lang):
    p = newpat(lang); e = envelope(lang, p.region)
    subj = R.choice([T(lang, 'RE: %s %s – IRM reportée?' % (p.name(lang, 'caps'), p.mrn), 'RE: %s %s - MRI rebooked?' % (p.name(lang, 'caps'), p.mrn)),
                     '%s / %s / %s' % (p.sur.upper(), p.mrn, T(lang, 'écho cardiaque', 'echo'))])
    body = R.choice([T(lang, 'oui c\'est fait, mardi 13h30', 'yes done, Tues 1:30pm'), T(lang, 'ok confirmé', 'ok confirmed'), T(lang, 'Reporté au 14, famille avisée.', 'Moved to the 14th, family aware.')]) + '\n\n' + e['sname']
    return dict(e, subject=subj, body=body, transport='plain', types=['patient_name', 'mrn'], note='patient name and chart number in Subject only with booked exam')

def p_critical_lab(lang):
    p = newpat(lang); e = envelope(lang, p.region, ext=False)
    subj = T(lang, 'VALEUR CRITIQUE', 'CRITICAL VALUE') + ' – ' + R.choice([p.mrn, p.name(lang, 'caps')])
    body = '\n'.join([T(lang, 'Valeur critique à communiquer au médecin traitant :', 'Critical value for the attending:'), '',
        T(lang, 'Patient : ', 'Patient: ') + p.name(lang, 'last_first'), T(lang, 'Dossier : ', 'MRN: ') + p.mrn, T(lang, 'Résultat : ', 'Result: ') + lab(lang),
        T(lang, 'Prélevé à ', 'Collected ') + e['dt'].strftime('%H:%M'), '', T(lang, 'Laboratoire de biochimie – poste 3321', 'Core Lab - ext 3321')])
    return dict(e, subject=subj, body=body, types=['patient_name', 'mrn', 'lab_result'], note='critical lab value for named patient with chart number')

def p_social_work(lang):
    p = newpat(lang); e = envelope(lang, p.region)
    issue = R.choice([T(lang, 'signalement DPJ en cours pour ses deux enfants', 'CAS involvement regarding her/his two children'),
                      T(lang, 'perte de logement (éviction), sans revenu depuis 2 mois', 'facing eviction, no income for 2 months'),
                      T(lang, 'violence conjugale rapportée, ne veut pas que le conjoint soit informé', 'reports intimate partner violence, partner must not be informed'),
                      T(lang, 'suivi au CRD pour trouble d\'usage d\'opioïdes', 'followed by addiction services for opioid use disorder'),
                      T(lang, 'statut d\'immigration précaire, pas de couverture RAMQ', 'uninsured, precarious immigration status')])
    subj = T(lang, 'Service social – ' + p.name(lang, 'init'), 'SW referral - ' + p.name(lang, 'init'))
    body = '\n'.join([greet(lang), '',
        T(lang, 'Je vous transmets la situation de %s, %s ans, hospitalisé(e) pour %s : %s.' % (p.title(lang), p.age, dx(lang), issue),
              'Passing along %s, %s y/o, admitted with %s: %s.' % (p.title(lang), p.age, dx(lang), issue)),
        T(lang, 'Pouvez-vous faire le lien avant le congé? Dossier %s.' % p.mrn, 'Can you connect before discharge? MRN %s.' % p.mrn), '', close(lang), '', sig(e['sname'], lang, p.region, T(lang, 'Travailleuse sociale', 'MSW, RSW'))])
    return dict(e, subject=subj, body=body, types=['patient_name', 'mrn', 'diagnosis', 'social_information'], note='social work referral naming patient with chart number and social situation')

def p_teaching_identified(lang):
    p = newpat(lang); e = envelope(lang, p.region, ext=R.random() < 0.3)
    subj = T(lang, 'Cas pour la présentation de jeudi', 'Case for Thursday morning report')
    body = '\n'.join([greet(lang), '',
        T(lang, 'Voici le cas que je propose : %s (dossier %s), %s ans, admis(e) pour %s. Évolution intéressante, %s initialement puis correction.' % (p.name(lang, 'full'), p.mrn, p.age, dx(lang), lab(lang)),
              'Here is my case: %s (MRN %s), %s y/o admitted with %s. Interesting course, %s on arrival then corrected.' % (p.name(lang, 'full'), p.mrn, p.age, dx(lang), lab(lang))),
        T(lang, 'Je vais anonymiser les diapos, promis.', 'Will de-identify the slides, promise.'), '', e['sname'], T(lang, 'R1 médecine familiale', 'PGY-1 Family Medicine')])
    return dict(e, subject=subj, body=body, types=['patient_name', 'mrn', 'diagnosis', 'lab_result'], note='resident proposes teaching case naming the patient and chart number')

def p_research(lang):
    p = newpat(lang); e = envelope(lang, p.region)
    sid = 'HF-%03d' % R.randint(1, 300)
    subj = T(lang, 'Étude %s – visite 3' % sid[:2], 'Study visit 3 - participant ' + sid)
    body = '\n'.join([greet(lang), '',
        T(lang, 'Le participant %s (%s, %s le %s) a eu sa visite 3. NT-proBNP 4 210, dose titrée : %s.' % (sid, p.name(lang, 'full'), p.ne(lang), p.dob_s(lang), med(lang)),
              'Participant %s (%s, DOB %s) completed visit 3. NT-proBNP 4210; titrated to %s.' % (sid, p.name(lang, 'full'), p.dob_s(lang), med(lang))),
        T(lang, 'EIG à déclarer : chute sans fracture.', 'SAE to report: fall, no fracture.'), '', sig(e['sname'], lang, p.region, T(lang, 'Coordonnatrice de recherche', 'Research Coordinator'))])
    return dict(e, subject=subj, body=body, types=['patient_name', 'date_of_birth', 'lab_result', 'medication'], note='research visit update linking study ID to named participant with DOB and results')

def p_incident(lang):
    p = newpat(lang); e = envelope(lang, p.region, ext=False)
    subj = T(lang, 'Rapport AH-223 – chute ch. %s' % room(), 'Incident report - fall rm %s' % room())
    body = '\n'.join([greet(lang), '',
        T(lang, 'Chute de %s (dossier %s) à 3h10, trouvé(e) au sol près du lit. Sous %s. Scan cérébral négatif. Famille avisée.' % (p.name(lang, 'caps'), p.mrn, med(lang)),
              'Unwitnessed fall for %s (MRN %s) at 0310, found on floor by bed. On %s. CT head negative. Family notified.' % (p.name(lang, 'caps'), p.mrn, med(lang))),
        '', e['sname'], T(lang, 'Assistante infirmière-chef', 'Charge Nurse')])
    return dict(e, subject=subj, body=body, types=['patient_name', 'mrn', 'medication'], note='incident report on patient fall naming patient and chart number')

def p_billing(lang):
    region = R.choice(['on', 'qcen', 'be', 'fr', 'qc']) if lang == 'en' else R.choice(['qc', 'be', 'fr'])
    p = Patient(region, R.random() < 0.8); e = envelope(lang, region)
    idl, ty = p.id_line(lang)
    extra, ety = '', []
    if R.random() < 0.5:
        s = gen_sin(); extra = T(lang, 'NAS : ', 'SIN: ') + fmt_sin(s); ety = ['ca_sin']
    subj = T(lang, 'Facturation – séjour non couvert', 'Billing - uninsured stay')
    body = '\n'.join([greet(lang), '',
        T(lang, 'Pour la facturation du séjour de %s (%s) :' % (p.name(lang, 'last_first'), unit(lang)), 'Re: billing for %s stay on %s:' % (p.name(lang, 'last_first'), unit(lang))),
        idl, extra, T(lang, 'Date de naissance : ', 'DOB: ') + p.dob.isoformat(), T(lang, 'Assureur : Desjardins, police 88-21', 'Insurer: Sun Life, policy 88-21'),
        '', close(lang), sig(e['sname'], lang, region, T(lang, 'Technicienne en administration', 'Patient Accounts'))])
    return dict(e, subject=subj, body=body, types=sorted(set(ty + ety + ['patient_name', 'date_of_birth'])), note='billing mail with patient name, insurance identifiers and DOB')

def p_family_ics(lang):
    p = newpat(lang); e = envelope(lang, p.region, ext=False, nto=2)
    start = (e['dt'] + datetime.timedelta(days=2)).replace(hour=14, minute=0, second=0, tzinfo=None)
    summ = T(lang, 'Rencontre famille – %s' % p.name(lang, 'full'), 'Family meeting - %s' % p.name(lang, 'full'))
    desc = T(lang, 'Niveau de soins et orientation post-AVC. %s. Fille : %s' % (p.id_line(lang, 'mrn')[0], p.phone), 'Goals of care, post-stroke disposition. %s. Daughter: %s' % (p.id_line(lang, 'mrn')[0], p.phone))
    ics = make_ics(summ, desc, start, 45, T(lang, 'Salle 6-214', 'Conf room 6-214'), e['from'][1], [a for _, a in e['to']], '%08x@cal' % R.getrandbits(32))
    body = T(lang, 'Invitation pour la rencontre de famille.', 'Invite for the family meeting.') + '\n\n' + e['sname']
    return dict(e, subject=T(lang, 'Invitation : ', 'Invitation: ') + T(lang, 'Rencontre famille', 'Family meeting'), body=body,
                atts=[('invite.ics', 'text/calendar', ics, R.choice(['base64', 'quoted-printable']))], types=['patient_name', 'mrn', 'diagnosis', 'patient_contact'], note='ICS invitation for family meeting naming patient with chart number and condition')

def p_vcard(lang):
    p = newpat(lang, local_region(lang)); e = envelope(lang, p.region)
    v = make_vcf(p.given, p.sur, p.phone, p.addr, None, note=T(lang, 'Patient SAD – pansement jambe 3x/sem, %s' % dx(lang), 'Home care client - leg dressing 3x/wk, %s' % dx(lang)))
    body = T(lang, 'Coordonnées de la patiente pour la visite de demain (fiche jointe).' if p.F else 'Coordonnées du patient pour la visite de demain (fiche jointe).',
             'Contact card for tomorrow\'s home visit attached.') + '\n\n' + e['sname']
    return dict(e, subject=T(lang, 'fiche contact', 'contact card'), body=body, atts=[('%s.vcf' % p.sur.lower(), 'text/vcard', v, 'base64')],
                types=['patient_name', 'patient_contact', 'diagnosis'], note='vCard of home-care patient with home address, phone and condition')

def p_reply_quoted(lang):
    p = newpat(lang); e = envelope(lang, p.region)
    who = staff(lang)
    idl, ty = p.id_line(lang)
    orig = '\n'.join([T(lang, 'Bonjour, pouvez-vous revoir %s (%s, DDN %s) en clinique? %s persistant, %s.' % (p.name(lang, 'full'), idl, p.dob_s(lang), lab(lang), dx(lang)),
                            'Hi, could you re-see %s (%s, DOB %s) in clinic? persistent %s, %s.' % (p.name(lang, 'full'), idl, p.dob_s(lang), lab(lang), dx(lang))), '', who])
    top = R.choice([T(lang, 'Oui, je la mets mardi.', 'Sure, I\'ll add to Tuesday.'), T(lang, 'Reçu, merci', 'Got it thx'), T(lang, 'ok', 'ok, will do')])
    body = top + '\n\n' + e['sname'] + '\n\n' + quoted(lang, who, e['dt'] - datetime.timedelta(days=1), orig)
    return dict(e, subject='RE: ' + T(lang, 'rendez-vous', 'appointment'), body=body, inreply='%08x@%s' % (R.getrandbits(32), ORGS[p.region]['dom']),
                types=sorted(set(ty + ['patient_name', 'date_of_birth', 'lab_result', 'diagnosis'])), note='short reply; quoted original names patient with identifier, DOB, result')

def p_fwd_eml(lang):
    p = newpat(lang); e = envelope(lang, p.region)
    inner_e = envelope(lang, p.region, ext=False)
    inner = dict(inner_e, subject=T(lang, 'Congé %s' % p.sur, 'Discharge %s' % p.sur),
                 body=T(lang, '%s, %s le %s, congé demain. %s. Suivi pharmacie : %s.' % (p.title(lang), p.ne(lang), p.dob_s(lang), dx(lang), med(lang)),
                        '%s, DOB %s, going home tomorrow. %s. Pharmacy f/u: %s.' % (p.title(lang), p.dob_s(lang), dx(lang), med(lang))) + '\n\n' + inner_e['sname'])
    raw = build(inner, R.choice(['plain', 'alt']))
    body = T(lang, 'Pour info, voir message joint.', 'FYI see attached.') + '\n\n' + e['sname']
    return dict(e, subject=T(lang, 'TR: ', 'Fwd: ') + inner['subject'], body=body, atts=[('message.eml', 'message/rfc822', raw)],
                types=['patient_name', 'date_of_birth', 'diagnosis', 'medication'], note='forward as attachment; attached message names patient with DOB, dx and meds')

def p_disguised(lang):
    region = R.choice(['qc', 'qcen']) if True else None
    p = Patient('qc' if lang == 'fr' else 'qcen', True); e = envelope(lang, p.region)
    style = R.choice(['spread', 'fw', 'dots', 'split'])
    if style == 'split':
        nm = p.nam[:6] + '\n' + p.nam[6:]
    else:
        nm = fmt_nam(p.nam, style)
    body = '\n'.join([greet(lang), '',
        T(lang, 'J\'écris le numéro comme ça pour pas que le courriel soit bloqué :', 'Writing the number like this so the mail doesn\'t get blocked:'), nm, '',
        T(lang, 'C\'est pour %s %s, résultat de biopsie positif, à rappeler.' % (p.given, p.sur[0] + '.'), 'It\'s for %s %s., biopsy came back positive, please call back.' % (p.given, p.sur[0])), '', e['sname']])
    return dict(e, subject=T(lang, 'le numéro demandé', 'the number you asked for'), body=body, types=['ramq_nam', 'patient_name', 'diagnosis'], note='RAMQ number deliberately obfuscated with patient partial name and result')

def p_zip_csv(lang):
    region = local_region(lang); e = envelope(lang, region)
    rows = [T(lang, ['nom', 'prenom', 'ddn', 'dossier', 'rdv', 'motif'], ['last', 'first', 'dob', 'mrn', 'appt', 'reason'])]
    for _ in range(R.randint(5, 12)):
        p = Patient(region, R.random() < 0.5)
        rows.append([p.sur, p.given, p.dob.isoformat(), p.mrn, '2026-%02d-%02d' % (R.randint(1, 12), R.randint(1, 28)), dx(lang)])
    data = make_zip([('rdv_clinique.csv' if lang == 'fr' else 'clinic_appts.csv', make_csv(rows, R.choice(['utf-8', 'cp1252']), ';' if lang == 'fr' else ','))])
    body = T(lang, 'Voici l\'extraction des rendez-vous (zip).', 'Here\'s the appointment extract (zipped).') + '\n\n' + e['sname']
    return dict(e, subject=T(lang, 'extraction rdv', 'appt extract'), body=body, atts=[('extraction.zip', 'application/zip', data)],
                types=['patient_name', 'date_of_birth', 'mrn', 'diagnosis'], note='ZIP with CSV of patients, DOBs, chart numbers and reasons')

def p_case_docx(lang):
    p = newpat(lang); e = envelope(lang, p.region, ext=False)
    idl, ty = p.id_line(lang)
    paras = [T(lang, 'Présentation de cas – Grand rounds neurologie', 'Case presentation - Neurology Grand Rounds'), p.name(lang, 'caps') + ' – ' + idl,
             T(lang, '%s ans, %s. IRM : lésions multiples périventriculaires.' % (p.age, dx(lang)), '%s y/o, %s. MRI: multiple periventricular lesions.' % (p.age, dx(lang))),
             T(lang, 'Traitement : ', 'Treatment: ') + med(lang)]
    data = make_docx(T(lang, 'Cas clinique', 'Clinical case'), paras)
    body = T(lang, 'Brouillon de la présentation ci-joint, commentaires bienvenus.', 'Draft of the case attached, comments welcome.') + '\n\n' + e['sname']
    return dict(e, subject=T(lang, 'brouillon cas grand rounds', 'grand rounds case draft'), body=body,
                atts=[('cas_%s.docx' % p.sur.lower()[:3], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data)],
                types=sorted(set(ty + ['patient_name', 'diagnosis', 'medication'])), note='grand rounds draft DOCX with unredacted patient name and identifier')

def p_transfer_eu(lang):
    region = R.choice(['be', 'fr']) if lang == 'fr' else R.choice(['be', 'fr'])
    p = Patient(region, False); e = envelope(lang, region)
    idl, ty = p.id_line(lang)
    body = '\n'.join([T(lang, 'Chère consœur, cher confrère,', 'Dear colleague,'), '',
        T(lang, 'Nous avons pris en charge %s, %s le %s, %s, en vacances à Montréal, pour %s.' % (p.title(lang), p.ne(lang), p.dob.strftime('%d/%m/%Y'), idl, dx(lang)),
              'We treated %s (DOB %s, %s), visiting Montreal, for %s.' % (p.title(lang), p.dob.strftime('%d/%m/%Y'), idl, dx(lang))),
        T(lang, 'Rapatriement prévu le %s. Traitement : %s.' % ((e['dt'] + datetime.timedelta(days=3)).strftime('%d/%m'), med(lang)),
              'Repatriation planned %s. Treatment: %s.' % ((e['dt'] + datetime.timedelta(days=3)).strftime('%d/%m'), med(lang))),
        '', T(lang, 'Bien confraternellement,', 'Kind regards,'), '', sig(e['sname'], lang, 'qc', 'MD')])
    return dict(e, subject=T(lang, 'Rapatriement – %s' % p.name(lang, 'caps'), 'Repatriation - %s' % p.name(lang, 'caps')), body=body,
                types=sorted(set(ty + ['patient_name', 'date_of_birth', 'diagnosis', 'medication'])), note='transfer letter to European hospital with national identifier, DOB, dx')

def p_pharmacy_q(lang):
    p = newpat(lang); e = envelope(lang, p.region)
    body = '\n'.join([greet(lang), '',
        T(lang, 'Question pour %s (ch. %s) : on a %s au profil mais la famille dit qu\'%s a cessé il y a 1 mois. ClCr 28. Ajustement?' % (p.name(lang, 'last_first'), room(), med(lang), p.pro(lang)),
              'Question re %s (rm %s): profile shows %s but family says %s stopped a month ago. CrCl 28. Adjust?' % (p.name(lang, 'last_first'), room(), med(lang), p.pro(lang))),
        '', e['sname']])
    return dict(e, subject=T(lang, 'question rx', 'rx question'), body=body, types=['patient_name', 'medication', 'lab_result'], note='pharmacy question naming inpatient with medication and renal function')

def p_shared_surname(lang):
    p = newpat(lang, use_nam=True)
    e = envelope(lang, p.region, ext=False)
    doc = 'Dr ' + p.sur if lang == 'en' else ('Dre ' if R.random() < 0.5 else 'Dr ') + p.sur
    body = '\n'.join([greet(lang), '',
        T(lang, 'Attention homonyme : la patiente %s (%s) n\'a aucun lien avec %s de neurologie. Elle est admise pour %s.' % (p.full(), p.id_line(lang)[0], doc, dx(lang)) if p.F else
              'Attention homonyme : le patient %s (%s) n\'a aucun lien avec %s de neurologie. Il est admis pour %s.' % (p.full(), p.id_line(lang)[0], doc, dx(lang)),
              'Heads up: patient %s (%s) is not related to %s from neurology. Admitted for %s.' % (p.full(), p.id_line(lang)[0], doc, dx(lang))),
        '', e['sname']])
    return dict(e, subject=T(lang, 'homonyme', 'same name alert'), body=body, types=sorted(set(p.id_line(lang)[1] + ['patient_name', 'diagnosis'])), note='patient sharing a physician surname, with identifier and diagnosis')

def p_fwd_inline(lang):
    p = newpat(lang); e = envelope(lang, p.region)
    orig = T(lang, 'Résultat TDM thorax pour %s, dossier %s : masse LSD 3,2 cm, suspecte.' % (p.name(lang, 'full'), p.mrn),
                   'CT chest for %s, MRN %s: 3.2 cm RUL mass, suspicious.' % (p.name(lang, 'full'), p.mrn))
    body = T(lang, 'Pour la clinique de pneumo, svp prioriser.', 'For the lung clinic, please prioritize.') + '\n\n' + fwd_inline(lang, staff(lang), e['dt'] - datetime.timedelta(hours=3), T(lang, 'résultat', 'result'), orig)
    return dict(e, subject=T(lang, 'TR: résultat', 'Fwd: result'), body=body, types=['patient_name', 'mrn', 'diagnosis', 'lab_result'], note='inline forward of imaging result for named patient with chart number')

def p_split_subject(lang):
    p = newpat(lang, local_region(lang)); e = envelope(lang, p.region, ext=False)
    subj = R.choice([p.title(lang) + T(lang, ' – ch. ', ' - rm ') + room(), p.sur.upper() + ' ' + p.given[0] + '.', T(lang, 'ta patiente ', 'your pt ') + p.full() if p.F else T(lang, 'ton patient ', 'your pt ') + p.full()])
    body = R.choice([T(lang, 'TDM ce matin : hémorragie sous-arachnoïdienne. Neurochir avisée. Famille pas encore au courant.', 'CT this am: subarachnoid hemorrhage. Neurosurg aware. Family not yet informed.'),
                     T(lang, 'Hémocultures 2/2 positives (S. aureus). Début %s.' % med(lang), 'Blood cultures 2/2 positive (S. aureus). Started %s.' % med(lang)),
                     T(lang, 'Refuse la dialyse ce matin, très anxieux(se). Psy consultée.', 'Refusing dialysis this am, very anxious. Psych consulted.')])
    return dict(e, subject=subj, body=body + '\n\n' + e['sname'], transport=R.choice(['plain', 'html']), types=['patient_name', 'diagnosis'], note='patient named in Subject, clinical finding in body')

POS = [(p_referral, 5), (p_consult_reply, 4), (p_signout_list, 5), (p_signout_xlsx, 4), (p_discharge_summary, 5), (p_med_rec, 5), (p_physio_note, 5),
       (p_ot_home_eval, 4), (p_nutrition, 4), (p_slp, 4), (p_homecare, 5), (p_transport, 4), (p_booking_subject, 4), (p_critical_lab, 4),
       (p_social_work, 5), (p_teaching_identified, 4), (p_research, 3), (p_incident, 3), (p_billing, 5), (p_family_ics, 3), (p_vcard, 3),
       (p_reply_quoted, 5), (p_fwd_eml, 4), (p_disguised, 3), (p_zip_csv, 3), (p_case_docx, 3), (p_transfer_eu, 4), (p_pharmacy_q, 3), (p_shared_surname, 2), (p_fwd_inline, 3), (p_split_subject, 2)]

# ---------------- NEGATIVE categories ----------------
def n_staff_schedule(lang):
    region = region_for(lang); e = envelope(lang, region, ext=False)
    rows = []
    for n in staff_uniq(lang, R.randint(5, 10)):
        rows.append('%s | %s | %s | %s' % (R.choice(['J', 'S', 'N']) if lang == 'fr' else R.choice(['D', 'E', 'N']), n, unit(lang), R.choice(['ASI', 'inf.', 'PAB', 'inh.']) if lang == 'fr' else R.choice(['Charge', 'RN', 'RPN', 'PSW'])))
    body = '\n'.join([greet(lang), '', T(lang, 'Horaire de la fin de semaine (quart | nom | unité | titre) :', 'Weekend staffing (shift | name | unit | role):'), ''] + rows +
                     ['', T(lang, 'Échanges de quart : svp passer par Logibec avant jeudi.', 'Shift swaps through the staffing office by Thursday.'), '', sig(e['sname'], lang, region, T(lang, 'Chef d\'unité', 'Nurse Manager'))])
    return dict(e, subject=T(lang, 'Horaire fin de semaine', 'Weekend staffing'), body=body, note='nursing staff roster by shift and unit')

def n_staff_sick(lang):
    region = region_for(lang); e = envelope(lang, region, ext=False, nto=2)
    n = staff(lang)
    body = '\n'.join([greet(lang), '',
        T(lang, '%s sera en arrêt de travail 3 semaines (chirurgie du genou). Ses patients en physio seront répartis entre Julie et Hugo. Nous lui souhaitons un bon rétablissement!' % n,
              '%s will be off for 3 weeks (knee surgery). Their PT caseload will be split between Emily and Jason. Wishing a speedy recovery!' % n),
        '', close(lang), sig(e['sname'], lang, region, T(lang, 'Coordonnatrice réadaptation', 'Rehab Manager'))])
    return dict(e, subject=T(lang, 'Absence – ' + n, 'Absence - ' + n), body=body, note='staff member leave and caseload reassignment')

def n_newsletter(lang):
    region = region_for(lang); e = envelope(lang, region, ext=False, nto=1)
    e['to'] = [(T(lang, 'Tout le personnel', 'All staff'), 'tous@' + ORGS[region]['dom'] if lang == 'fr' else 'allstaff@' + ORGS[region]['dom'])]
    topic = R.choice([T(lang, 'insuffisance cardiaque : nouvelles lignes directrices SCC 2026', 'heart failure: new CCS 2026 guideline'),
                      T(lang, 'prévention du delirium chez l\'aîné hospitalisé', 'delirium prevention in older inpatients'),
                      T(lang, 'mobilisation précoce post-AVC', 'early mobilization after stroke'), T(lang, 'dysphagie et textures IDDSI', 'IDDSI textures and dysphagia')])
    html_body = '<html><body><h2>%s</h2><p>%s</p><ul><li>%s</li><li>%s</li><li>%s</li></ul><p style="font-size:9pt">%s</p></body></html>\n' % (
        T(lang, 'Infolettre clinique – ', 'Clinical newsletter - ') + e['dt'].strftime('%B %Y'), html.escape(topic),
        T(lang, '42 % des patients de 75 ans et plus présentent un delirium', '42% of patients 75+ develop delirium'),
        T(lang, 'Nouvel outil de dépistage dans le DME', 'New screening tool in the EHR'), T(lang, 'Capsule de formation de 10 minutes', '10-minute e-learning module'),
        T(lang, 'Pour vous désabonner, écrivez à communications@', 'To unsubscribe, write to communications@') + ORGS[region]['dom'])
    text = re.sub('<[^>]+>', '\n', html_body)
    text = re.sub('\n+', '\n', text).strip()
    return dict(e, subject=T(lang, 'Infolettre clinique : ', 'Clinical newsletter: ') + topic, body=text, html=html_body, transport=R.choice(['html', 'alt']), note='clinical newsletter on a disease topic with aggregate figures')

def n_invoice(lang):
    region = region_for(lang); e = envelope(lang, region)
    inv = gen_sin() if R.random() < 0.5 else str(R.randint(10000000, 99999999))
    items = [(R.choice(['Déambulateur 4 roues', 'Banc de transfert', 'Coussin anti-plaie', 'Pompe à gavage Kangaroo', 'Sonde Dobhoff 10 Fr']) if lang == 'fr'
              else R.choice(['4-wheel walker', 'Tub transfer bench', 'Pressure cushion', 'Kangaroo feeding pump', 'Dobhoff tube 10 Fr']), R.randint(1, 20), R.randint(15, 900)) for _ in range(R.randint(2, 5))]
    lines = ['%-30s %3d x %7.2f $' % it for it in items]
    tot = sum(q * p for _, q, p in items)
    pdf = make_pdf(T(lang, 'FACTURE ', 'INVOICE ') + inv, [T(lang, 'Fournisseur : MédiEquip inc.', 'Vendor: MediEquip Inc.'), T(lang, 'Client : ', 'Bill to: ') + ORGS[region]['name'], ''] + lines + ['', 'Total : %.2f $' % tot, 'TPS 812345678RT0001'])
    body = '\n'.join([greet(lang), '', T(lang, 'Veuillez trouver ci-joint la facture n° %s, payable à 30 jours.' % inv, 'Please find attached invoice #%s, net 30.' % inv), '', close(lang), 'Comptes recevables / AR', 'MediEquip'])
    e['from'] = ('MediEquip AR', 'ar@mediequip.example')
    return dict(e, subject=T(lang, 'Facture ', 'Invoice ') + inv, body=body, atts=[('facture_%s.pdf' % inv, 'application/pdf', pdf)], note='supplier invoice for equipment')

def n_po(lang):
    region = region_for(lang); e = envelope(lang, region)
    rows = [[T(lang, 'Article', 'Item'), T(lang, 'Lot', 'Lot'), T(lang, 'N° série', 'Serial'), T(lang, 'Qté', 'Qty')]]
    for _ in range(R.randint(3, 8)):
        rows.append([R.choice(['Lévétiracétam 500 mg', 'Apixaban 5 mg', 'Furosemide 10 mg/mL', 'Pompe volumétrique', 'Glucomètre']), 'L%06d' % R.randint(0, 999999), gen_hn(), R.randint(1, 50)])
    body = '\n'.join([greet(lang), '', T(lang, 'Bon de commande %s en pièce jointe (CSV).' % ('BC-%06d' % R.randint(0, 999999)), 'PO %s attached (CSV).' % ('PO-%06d' % R.randint(0, 999999))), '', sig(e['sname'], lang, region, T(lang, 'Approvisionnement', 'Procurement'))])
    return dict(e, subject=T(lang, 'Bon de commande', 'Purchase order'), body=body, atts=[('commande.csv', 'text/csv', make_csv(rows), R.choice(['base64', 'quoted-printable']))], note='purchase order CSV with lot and serial numbers')

def n_committee(lang):
    region = region_for(lang); e = envelope(lang, region, ext=False, nto=3)
    start = (e['dt'] + datetime.timedelta(days=7)).replace(hour=12, minute=0, second=0, tzinfo=None)
    name = R.choice([T(lang, 'Comité de pharmacologie', 'Pharmacy & Therapeutics Committee'), T(lang, 'Comité des chutes', 'Falls Prevention Committee'),
                     T(lang, 'Comité de planification des congés', 'Discharge Planning Committee'), T(lang, 'CMDP – exécutif', 'MAC Executive')])
    agenda = T(lang, '1. Adoption du PV\n2. Indicateurs T3 (taux de chutes 3,1/1000 jours-présence)\n3. Varia', '1. Minutes\n2. Q3 indicators (falls 3.1/1000 patient-days)\n3. Other business')
    ics = make_ics(name, agenda, start, 60, T(lang, 'Salle du conseil / Teams', 'Boardroom / Teams'), e['from'][1], [a for _, a in e['to']], '%08x@cal' % R.getrandbits(32))
    body = '\n'.join([greet(lang), '', T(lang, 'Convocation à la prochaine réunion. Ordre du jour :', 'Notice of next meeting. Agenda:'), agenda, '', e['sname']])
    atts = [('invite.ics', 'text/calendar', ics, 'base64')] if R.random() < 0.6 else None
    return dict(e, subject=name + T(lang, ' – convocation', ' - meeting notice'), body=body, atts=atts, note='committee meeting notice with aggregate indicators')

def n_it(lang):
    region = region_for(lang); e = envelope(lang, region, ext=False)
    e['from'] = (T(lang, 'Centre de services TI', 'IT Service Desk'), 'servicedesk@' + ORGS[region]['dom'])
    what = R.choice([T(lang, 'Maintenance du NAS \\\\fs-clin-02 samedi 22h à 2h. Les lecteurs partagés P: et Q: seront indisponibles.', 'Maintenance of NAS \\\\fs-clin-02 Saturday 10pm-2am. Shared drives P: and Q: unavailable.'),
                     T(lang, 'Panne du DME résolue à 14h05. Billet INC0048213.', 'EHR outage resolved at 14:05. Ticket INC0048213.'),
                     T(lang, 'Mise à jour Windows obligatoire sur les postes des unités de soins. Redémarrez avant vendredi.', 'Mandatory Windows update on unit workstations. Reboot before Friday.'),
                     T(lang, 'Hameçonnage : ne cliquez pas sur le lien « facture Purolator ».', 'Phishing alert: do not click the "Purolator invoice" link.')])
    body = '\n'.join([greet(lang), '', what, '', T(lang, 'Poste 4357 (HELP)', 'Ext. 4357 (HELP)')])
    return dict(e, subject=T(lang, 'Avis TI', 'IT notice'), body=body, note='IT notice (outage, NAS maintenance, phishing)')

def n_facilities(lang):
    region = region_for(lang); e = envelope(lang, region, ext=False)
    what = R.choice([T(lang, 'Le stationnement P3 sera fermé du 12 au 16 pour réfection. Vignettes valides au P1.', 'Parking lot P3 closed 12th-16th for resurfacing. Permits valid in P1.'),
                     T(lang, 'Menu de la cafétéria : pâté chinois lundi, soupe aux pois mercredi. Fermeture à 19h.', 'Cafeteria: shepherd\'s pie Monday, pea soup Wednesday. Closes at 7pm.'),
                     T(lang, 'Coupure d\'eau chaude aile B, mardi 6h à 9h.', 'Hot water shutoff B wing, Tuesday 6-9am.'),
                     T(lang, 'Exercice d\'évacuation code vert au 5e jeudi 10h.', 'Code Green drill on 5th floor Thursday 10am.')])
    body = '\n'.join([greet(lang), '', what, '', T(lang, 'Services techniques', 'Facilities Management'), ORGS[region]['tel'].format(R.randint(100, 999))])
    return dict(e, subject=T(lang, 'Avis – services techniques', 'Facilities notice'), body=body, note='facilities / parking / cafeteria notice')

def n_public_health(lang):
    region = region_for(lang); e = envelope(lang, region)
    e['from'] = (T(lang, 'Direction de santé publique', 'Public Health Unit'), 'vigie@santepublique-demo.example')
    body = '\n'.join([T(lang, 'Bulletin de vigie – semaine %d' % R.randint(1, 52), 'Surveillance bulletin - week %d' % R.randint(1, 52)), '',
        T(lang, '- Influenza A : %d cas confirmés dans la région, %d éclosions en CHSLD' % (R.randint(40, 400), R.randint(1, 9)), '- Influenza A: %d lab-confirmed cases in region, %d LTC outbreaks' % (R.randint(40, 400), R.randint(1, 9))),
        T(lang, '- VRS : %d hospitalisations pédiatriques' % R.randint(5, 60), '- RSV: %d pediatric admissions' % R.randint(5, 60)),
        T(lang, '- Rougeole : 2 cas importés, aucune transmission locale', '- Measles: 2 imported cases, no local transmission'), '',
        T(lang, 'Rappel : déclarer les MADO par téléphone au 514-555-0199.', 'Reminder: report notifiable diseases at 613-555-0199.')])
    return dict(e, subject=T(lang, 'Bulletin de vigie', 'Surveillance bulletin'), body=body, note='public health bulletin with aggregate case counts')

def n_conference(lang):
    region = region_for(lang); e = envelope(lang, region)
    lines = [T(lang, 'Journée de réadaptation 2026 – Programme', 'Rehab Day 2026 - Programme'), '']
    for h in ['08:30', '09:15', '10:30', '11:15', '13:30', '14:15']:
        lines.append('%s  %s – %s' % (h, staff(lang), R.choice([T(lang, 'Réadaptation post-AVC : données récentes', 'Post-stroke rehab: recent evidence'), T(lang, 'Nutrition en MPOC', 'Nutrition in COPD'),
                                                       T(lang, 'Dysphagie chez le parkinsonien', 'Dysphagia in Parkinson\'s'), T(lang, 'Planification précoce du congé', 'Early discharge planning'),
                                                       T(lang, 'Polypharmacie chez l\'aîné', 'Polypharmacy in older adults')])))
    pdf = make_pdf(lines[0], lines[2:] + ['', T(lang, 'Inscription : 75 $ – crédits FMOQ/Mainpro+', 'Registration: $75 - Mainpro+ credits')])
    body = '\n'.join([greet(lang), '', T(lang, 'Programme en pièce jointe. Inscription avant le 15.', 'Programme attached. Register by the 15th.'), '', e['sname']])
    return dict(e, subject=lines[0], body=body, atts=[('programme.pdf', 'application/pdf', pdf)] if R.random() < 0.6 else None, note='conference programme with speakers and topics')

def n_grand_rounds(lang):
    region = region_for(lang); e = envelope(lang, region, ext=False)
    spk = staff(lang)
    topic = R.choice([T(lang, 'Amylose cardiaque : quand y penser', 'Cardiac amyloidosis: when to think of it'), T(lang, 'Myasthénie grave en 2026', 'Myasthenia gravis in 2026'),
                      T(lang, 'Hyponatrémie : approche pratique', 'Hyponatremia: a practical approach')])
    body = '\n'.join([T(lang, 'Grand rounds de médecine – jeudi 8h', 'Medicine Grand Rounds - Thursday 8am'), '', T(lang, 'Conférencier : Dr ', 'Speaker: Dr. ') + spk + T(lang, ', cardiologue', ', cardiologist'),
                      T(lang, 'Sujet : ', 'Topic: ') + topic, T(lang, 'Amphithéâtre A / Teams', 'Auditorium A / Teams'), '', T(lang, 'Crédits de catégorie 1.', 'Section 1 accredited.')])
    return dict(e, subject='Grand rounds – ' + topic, body=body, note='grand rounds announcement: speaker and topic')

def n_job(lang):
    region = region_for(lang); e = envelope(lang, region)
    job = R.choice([T(lang, 'Physiothérapeute – poste permanent temps complet', 'Physiotherapist - permanent full-time'), T(lang, 'Nutritionniste clinicienne', 'Clinical Dietitian'),
                    T(lang, 'Infirmière – neurologie, nuit', 'RN - Neurology, nights'), T(lang, 'Orthophoniste – 0,6 ETC', 'Speech-Language Pathologist 0.6 FTE')])
    body = '\n'.join([T(lang, 'Affichage n° ', 'Posting #') + str(R.randint(20260001, 20269999)), job, '', T(lang, 'Échelle salariale : 32,10 $ à 55,40 $/h', 'Salary: $38.10 - $56.40/h'),
                      T(lang, 'Exigences : membre de l\'ordre professionnel, bilinguisme un atout.', 'Requirements: college registration, bilingualism an asset.'), T(lang, 'Date limite : 30 jours.', 'Closing: 30 days.')])
    return dict(e, subject=T(lang, 'Affichage : ', 'Job posting: ') + job, body=body, note='job posting')

def n_vendor(lang):
    region = region_for(lang); e = envelope(lang, region)
    e['from'] = ('Orthopro ' + T(lang, 'Ventes', 'Sales'), 'ventes@orthopro-demo.example')
    codes = ['%s  %s' % (gen_sin(), R.choice(T(lang, ['Attelle poignet', 'Canne quadripode', 'Ceinture de marche', 'Verre à découpe'], ['Wrist splint', 'Quad cane', 'Gait belt', 'Cut-out cup']))) for _ in range(4)]
    body = '\n'.join([greet(lang), '', T(lang, 'Nouveautés du catalogue printemps (code produit – description) :', 'New in our spring catalogue (SKU - description):')] + codes +
                     ['', T(lang, '15 % de rabais jusqu\'au 31.', '15% off until the 31st.'), '', 'Orthopro Distribution', '1-800-555-0142'])
    return dict(e, subject=T(lang, 'Catalogue printemps – aides techniques', 'Spring catalogue - assistive devices'), body=body, note='vendor catalogue with product codes')

def n_teaching_anon(lang):
    region = region_for(lang); e = envelope(lang, region, ext=False, nto=2)
    age = R.randint(45, 89)
    sexw = R.choice([T(lang, 'Un homme', 'A man'), T(lang, 'Une femme', 'A woman')])
    body = '\n'.join([greet(lang, 'tous' if lang == 'fr' else 'team'), '', T(lang, 'Cas pour l\'enseignement de demain (anonymisé) :', 'Teaching case for tomorrow (de-identified):'), '',
        T(lang, '%s de %d ans se présente pour dyspnée progressive. ATCD : HTA, DT2. TVJ à 6 cm, crépitants bibasaux, %s.' % (sexw, age, lab(lang)),
              '%s aged %d presents with progressive dyspnea. PMHx HTN, T2DM. JVP 6 cm, bibasilar crackles, %s.' % (sexw, age, lab(lang))),
        T(lang, 'Questions : 1) DDx? 2) Examens? 3) Prise en charge initiale?', 'Questions: 1) DDx? 2) Workup? 3) Initial management?'), '', e['sname'], T(lang, 'Responsable de l\'externat', 'Clerkship Director')])
    return dict(e, subject=T(lang, 'Cas d\'enseignement', 'Teaching case'), body=body, note='anonymised teaching case (age and sex only)')

def n_quality_xlsx(lang):
    region = region_for(lang); e = envelope(lang, region, ext=False)
    rows = [[T(lang, 'Unité', 'Unit'), T(lang, 'Jours-présence', 'Patient days'), T(lang, 'Chutes', 'Falls'), T(lang, 'Plaies de pression', 'Pressure injuries'), T(lang, 'NSA', 'ALC')]]
    for u in (UNITS_FR if lang == 'fr' else UNITS_EN):
        rows.append([u, R.randint(600, 1400), R.randint(0, 9), R.randint(0, 5), R.randint(0, 14)])
    body = '\n'.join([greet(lang), '', T(lang, 'Tableau de bord qualité du trimestre en PJ.', 'Quarterly quality dashboard attached.'), '', sig(e['sname'], lang, region, T(lang, 'Conseillère qualité', 'Quality Lead'))])
    return dict(e, subject=T(lang, 'Tableau de bord qualité T', 'Quality dashboard Q') + str(R.randint(1, 4)), body=body,
                atts=[('tableau_qualite.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx(rows))], note='aggregate quality indicators per unit in XLSX')

def n_blank_form(lang):
    region = region_for(lang); e = envelope(lang, region)
    paras = [T(lang, 'Nom du patient : ____________________', 'Patient name: ____________________'), T(lang, 'NAM : ____ ____ ____', 'Health card #: __________'),
             T(lang, 'Date de naissance : ___/___/______', 'DOB: ___/___/______'), T(lang, 'Diagnostic : ______________', 'Diagnosis: ______________'), T(lang, 'Signature : ________', 'Signature: ________')]
    title = R.choice([T(lang, 'Demande de services à domicile', 'Home Care Referral Form'), T(lang, 'Formulaire de transfert inter-établissement', 'Inter-facility transfer form')])
    body = '\n'.join([greet(lang), '', T(lang, 'Voici le gabarit à jour du formulaire (version 2026-03), à utiliser dès maintenant.', 'Here is the updated blank form (v2026-03), please use from now on.'), '', e['sname']])
    return dict(e, subject=T(lang, 'Formulaire vierge – ', 'Blank form - ') + title, body=body,
                atts=[('formulaire.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx(title, paras))], note='blank form template')

def n_resident_schedule(lang):
    region = region_for(lang); e = envelope(lang, region, ext=False, nto=2)
    rows = ['%s : %s (%s)' % (d, staff(lang), R.choice(['R1', 'R2', 'R3', 'PGY1', 'PGY2'])) for d in (['lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim'] if lang == 'fr' else ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])]
    body = '\n'.join([greet(lang), '', T(lang, 'Horaire de garde des résidents – médecine interne :', 'Resident call schedule - GIM:')] + rows + ['', T(lang, 'Externes : ', 'Clerks: ') + ', '.join(staff_uniq(lang, 3)), '', e['sname']])
    return dict(e, subject=T(lang, 'Horaire de garde', 'Call schedule'), body=body, note='resident call schedule')

def n_physician_disease(lang):
    region = region_for(lang); e = envelope(lang, region)
    d1, d2 = staff(lang), staff(lang)
    body = '\n'.join([greet(lang), '',
        T(lang, 'Pour les références : Dre %s voit maintenant l\'insuffisance cardiaque avancée et Dr %s l\'épilepsie réfractaire. Formulaire de référence sur l\'intranet.' % (d1, d2),
              'For referrals: Dr. %s now sees advanced heart failure and Dr. %s refractory epilepsy. Referral form on the intranet.' % (d1, d2)), '', sig(e['sname'], lang, region)])
    return dict(e, subject=T(lang, 'Cliniques spécialisées – mise à jour', 'Specialty clinics - update'), body=body, note='physicians named next to conditions they treat')

def n_staff_vcard(lang):
    region = region_for(lang); e = envelope(lang, region)
    n = staff(lang); fn, ln = n.split(' ', 1)
    v = make_vcf(fn, ln, ORGS[region]['tel'].format(R.randint(100, 999)), None, addr_of(n, ORGS[region]['dom']), org=ORGS[region]['name'], title=T(lang, 'Infirmière pivot', 'Nurse Navigator'))
    body = T(lang, 'Voici mes coordonnées pour le suivi des références.', 'My contact details for referral follow-up.') + '\n\n' + n
    e['sname'] = n; e['from'] = (n, addr_of(n, ORGS[region]['dom']))
    return dict(e, subject=T(lang, 'Coordonnées', 'Contact info'), body=body, atts=[(ln.lower().replace(' ', '') + '.vcf', 'text/vcard', v, 'base64')], note='staff vCard')

def n_assets(lang):
    region = region_for(lang); e = envelope(lang, region, ext=False)
    rows = [[T(lang, 'Employé', 'Employee'), T(lang, 'Matricule', 'Emp #'), 'IMEI', T(lang, 'Actif', 'Asset')]]
    for who in staff_uniq(lang, R.randint(4, 9)):
        body15 = '35' + ''.join(R.choice('0123456789') for _ in range(12))
        rows.append([who, str(R.randint(1000000, 9999999)), body15 + st_luhn.calc_check_digit(body15), 'AT-%05d' % R.randint(0, 99999)])
    text = '\n'.join(' ; '.join(map(str, r)) for r in rows)
    body = '\n'.join([greet(lang), '', T(lang, 'Inventaire des téléphones Vocera / cellulaires des unités :', 'Inventory of unit Vocera/cell phones:'), '', text, '', e['sname']])
    return dict(e, subject=T(lang, 'Inventaire appareils mobiles', 'Mobile device inventory'), body=body, note='device inventory with employee numbers, IMEIs, asset tags')

def n_drug_shortage(lang):
    region = region_for(lang); e = envelope(lang, region, ext=False)
    drug = R.choice(['furosémide injectable', 'salbutamol en aérosol', 'amoxicilline suspension', 'lévétiracétam IV'] if lang == 'fr' else ['IV furosemide', 'salbutamol MDI', 'amoxicillin suspension', 'IV levetiracetam'])
    body = '\n'.join([T(lang, 'Avis du département de pharmacie', 'Pharmacy Department notice'), '', T(lang, 'Rupture d\'approvisionnement : ', 'Drug shortage: ') + drug,
                      T(lang, 'Alternative : voir l\'ordonnance pré-imprimée OPI-114. Durée prévue : 6 semaines.', 'Alternative: see order set OS-114. Expected duration: 6 weeks.'), '', sig(e['sname'], lang, region, T(lang, 'Chef adjoint pharmacie', 'Pharmacy Manager'))])
    return dict(e, subject=T(lang, 'Pénurie – ', 'Shortage - ') + drug, body=body, note='drug shortage notice')

def n_allied_protocol(lang):
    region = region_for(lang); e = envelope(lang, region, ext=False, nto=2)
    what = R.choice([T(lang, 'Nouveau protocole de mobilisation précoce aux soins intensifs : évaluation physio dans les 24 h pour tous.', 'New ICU early mobility protocol: PT assessment within 24h for everyone.'),
                     T(lang, 'Programme de prêt d\'équipement ergo : 14 fauteuils disponibles, réservation via le formulaire.', 'OT equipment loan program: 14 wheelchairs available, book through the form.'),
                     T(lang, 'Les textures IDDSI remplacent les anciennes consistances à partir du 1er.', 'IDDSI textures replace legacy diet consistencies as of the 1st.'),
                     T(lang, 'Les demandes d\'orthophonie doivent maintenant passer par le DME (ordonnance « Consult SLP »).', 'SLP requests must now go through the EHR ("Consult SLP" order).')])
    body = '\n'.join([greet(lang), '', what, '', close(lang), sig(e['sname'], lang, region)])
    return dict(e, subject=T(lang, 'Changement de pratique', 'Practice change'), body=body, note='allied health practice change notice')

def n_bed_flow(lang):
    region = region_for(lang); e = envelope(lang, region, ext=False, nto=2)
    body = '\n'.join([T(lang, 'État des lits 7h', 'Bed status 0700'), '', T(lang, 'Urgence : %d patients sur civière, %d en attente d\'un lit' % (R.randint(20, 60), R.randint(5, 30)), 'ED: %d patients, %d admitted no bed' % (R.randint(20, 60), R.randint(5, 30))),
                      T(lang, 'NSA : %d (dont %d en attente CHSLD)' % (R.randint(10, 40), R.randint(3, 15)), 'ALC: %d (%d awaiting LTC)' % (R.randint(10, 40), R.randint(3, 15))),
                      T(lang, 'Congés prévus aujourd\'hui : %d' % R.randint(8, 30), 'Expected discharges today: %d' % R.randint(8, 30)), '', T(lang, 'Gestion des lits', 'Patient Flow')])
    return dict(e, subject=T(lang, 'État des lits', 'Bed status'), body=body, note='aggregate bed-flow numbers')

def n_admin_reply(lang):
    region = region_for(lang); e = envelope(lang, region)
    orig = R.choice([T(lang, 'Peux-tu confirmer la salle pour la formation RCR du 14?', 'Can you confirm the room for the CPR course on the 14th?'),
                     T(lang, 'Il manque 2 signatures sur la feuille de temps de la période 19.', 'Two signatures missing on the pay period 19 timesheet.'),
                     T(lang, 'Le traiteur demande le nombre final de participants.', 'Caterer needs the final headcount.')])
    top = R.choice([T(lang, 'Confirmé, salle 2-110.', 'Confirmed, room 2-110.'), T(lang, 'C\'est fait.', 'Done.'), T(lang, '34 personnes.', '34 people.')])
    body = top + '\n\n' + e['sname'] + '\n\n' + quoted(lang, staff(lang), e['dt'] - datetime.timedelta(hours=20), orig)
    return dict(e, subject='RE: ' + T(lang, 'petite question', 'quick question'), body=body, inreply='%08x@x.example' % R.getrandbits(32), note='admin reply thread')

def n_fwd_admin(lang):
    region = region_for(lang); e = envelope(lang, region)
    inner = n_it(lang) if R.random() < 0.5 else n_facilities(lang)
    raw = build(inner, 'plain')
    body = T(lang, 'FYI, à afficher dans la salle du personnel.', 'FYI, please post in the staff room.') + '\n\n' + e['sname']
    return dict(e, subject=T(lang, 'TR: ', 'Fwd: ') + inner['subject'], body=body, atts=[('avis.eml', 'message/rfc822', raw)], note='forward as attachment of administrative notice')

def n_student(lang):
    region = region_for(lang); e = envelope(lang, region)
    s1, s2 = staff(lang), staff(lang)
    body = '\n'.join([greet(lang), '', T(lang, 'Les stagiaires %s (ergo, 3e année) et %s (nutrition) seront sur %s du 3 au 28. Superviseure : %s.' % (s1, s2, unit(lang), staff(lang)),
                                           'Students %s (OT year 3) and %s (dietetics) will be on %s from the 3rd to the 28th. Preceptor: %s.' % (s1, s2, unit(lang), staff(lang))),
                      T(lang, 'Merci de leur créer un accès DME.', 'Please set up their EHR access.'), '', sig(e['sname'], lang, region, T(lang, 'Coordonnatrice des stages', 'Clinical Placement Coordinator'))])
    return dict(e, subject=T(lang, 'Stagiaires – ', 'Student placements - ') + unit(lang), body=body, note='student placement notice')

def n_employee_health(lang):
    region = region_for(lang); e = envelope(lang, region, ext=False)
    body = '\n'.join([greet(lang), '', T(lang, 'Clinique de vaccination antigrippale pour le personnel : mardi et jeudi 7h-15h, salle 1-050. Apportez votre carte d\'employé.', 'Staff flu shot clinic Tue & Thu 7am-3pm, room 1-050. Bring your badge.'),
                      T(lang, 'Taux de vaccination actuel : 48 %.', 'Current staff coverage: 48%.'), '', T(lang, 'Santé et sécurité au travail', 'Occupational Health')])
    return dict(e, subject=T(lang, 'Vaccination du personnel', 'Staff flu clinic'), body=body, note='occupational health flu clinic notice')

def n_training(lang):
    region = region_for(lang); e = envelope(lang, region, ext=False, nto=2)
    c = R.choice([T(lang, 'PDSB', 'Safe patient handling'), T(lang, 'Oméga (gestion de l\'agressivité)', 'GPA dementia care'), T(lang, 'RCR-DEA', 'BLS recertification'), T(lang, 'Nouveau module DME – bilan comparatif', 'EHR med rec module')])
    body = '\n'.join([greet(lang), '', T(lang, 'Formation %s : inscrivez-vous sur l\'ENA. 3 h rémunérées.' % c, '%s training: register on the LMS. 3 paid hours.' % c), T(lang, 'Liste des inscrits : ', 'Registered so far: ') + ', '.join(staff_uniq(lang, 4)), '', e['sname']])
    return dict(e, subject=T(lang, 'Formation – ', 'Training - ') + c, body=body, note='staff training notice with employee names')

def n_case_anon_pdf(lang):
    region = region_for(lang); e = envelope(lang, region)
    lines = [T(lang, 'Patiente de 71 ans, AVC sylvien droit, NIHSS 14 à l\'arrivée.', '71-year-old woman, right MCA stroke, NIHSS 14 on arrival.'),
             T(lang, 'Thrombolyse à 2 h 10 du début des symptômes. Évolution : NIHSS 4 au jour 3.', 'Thrombolysis at 2h10 from onset. NIHSS 4 at day 3.'),
             T(lang, 'Points d\'enseignement : délais porte-aiguille, dépistage de la dysphagie.', 'Teaching points: door-to-needle, dysphagia screening.')]
    body = T(lang, 'Diapos anonymisées pour la présentation des résidents.', 'De-identified slides for resident case conference.') + '\n\n' + e['sname']
    return dict(e, subject=T(lang, 'Présentation de cas (anonymisé)', 'Case conference (de-identified)'), body=body, atts=[('cas_anonyme.pdf' if lang == 'fr' else 'case_deid.pdf', 'application/pdf', make_pdf(T(lang, 'Cas clinique', 'Clinical case'), lines))], note='anonymised case PDF')

def n_hr_admin(lang):
    region = region_for(lang); e = envelope(lang, region, ext=False)
    e['from'] = (T(lang, 'Ressources humaines', 'Human Resources'), 'rh@' + ORGS[region]['dom'] if lang == 'fr' else 'hr@' + ORGS[region]['dom'])
    what = R.choice([T(lang, 'Les relevés 1 et T4 seront disponibles sur le portail employé le 28 février.', 'T4 slips will be on the employee portal Feb 28.'),
                     T(lang, 'Rappel : la période d\'affichage des vacances estivales se termine le 15 mars.', 'Reminder: summer vacation requests close March 15.'),
                     T(lang, 'Nouvelle convention collective : rétroactivité versée sur la paie du 12.', 'New collective agreement: retro pay on the 12th payroll.')])
    body = '\n'.join([greet(lang), '', what, '', T(lang, 'Service de la paie – poste 2210', 'Payroll - ext 2210')])
    return dict(e, subject=T(lang, 'Info RH', 'HR info'), body=body, note='HR administrative notice')

def n_discharge_process(lang):
    region = region_for(lang); e = envelope(lang, region, ext=False, nto=2)
    body = '\n'.join([greet(lang), '', T(lang, 'Rappel du processus de congé : 1) date prévue inscrite dès l\'admission; 2) ordonnance de départ la veille; 3) transport réservé avant 11h; 4) appel de suivi à 48 h.',
                                           'Discharge process reminder: 1) EDD entered on admission; 2) discharge Rx the day before; 3) transport booked by 11am; 4) 48h follow-up call.'),
                      T(lang, 'Objectif : 40 % des congés avant 11h (actuel 22 %).', 'Target: 40% of discharges before 11am (currently 22%).'), '', sig(e['sname'], lang, region, T(lang, 'Infirmière de liaison', 'Discharge Planner, RN'))])
    return dict(e, subject=T(lang, 'Processus de congé', 'Discharge process'), body=body, note='discharge planning process reminder with aggregate targets')

def n_staff_lookalike_signout(lang):
    region = region_for(lang); e = envelope(lang, region, ext=False)
    lines = []
    for n in staff_uniq(lang, R.randint(4, 7)):
        lines.append('%s - %s - %s - %s' % (room(), n.split()[-1].upper() + ', ' + n.split()[0], str(R.randint(1000, 9999)), R.choice([T(lang, 'bureau', 'office'), T(lang, 'salle de garde', 'call room'), T(lang, 'vestiaire', 'locker')])))
    body = '\n'.join([greet(lang), '', T(lang, 'Attribution des locaux et postes téléphoniques (local - nom - poste - type) :', 'Room and extension assignments (room - name - ext - type):'), ''] + lines + ['', e['sname']])
    return dict(e, subject=T(lang, 'Attribution des locaux', 'Room assignments'), body=body, note='staff room/extension list that resembles a patient list')

NEG = [(n_staff_schedule, 7), (n_staff_sick, 6), (n_newsletter, 7), (n_invoice, 7), (n_po, 6), (n_committee, 7), (n_it, 7), (n_facilities, 7),
       (n_public_health, 7), (n_conference, 6), (n_grand_rounds, 6), (n_job, 7), (n_vendor, 5), (n_teaching_anon, 7), (n_quality_xlsx, 5),
       (n_blank_form, 5), (n_resident_schedule, 5), (n_physician_disease, 5), (n_staff_vcard, 4), (n_assets, 5), (n_drug_shortage, 5),
       (n_allied_protocol, 7), (n_bed_flow, 5), (n_admin_reply, 7), (n_fwd_admin, 4), (n_student, 5), (n_employee_health, 4), (n_training, 5),
       (n_case_anon_pdf, 4), (n_hr_admin, 5), (n_discharge_process, 4), (n_staff_lookalike_signout, 4)]

# ---------------- driver ----------------
def check(outdir, labels):
    files = sorted(os.path.relpath(os.path.join(d, f), outdir).replace(os.sep, '/') for sub in ('positive', 'negative')
                   for d, _, fs in os.walk(os.path.join(outdir, sub)) for f in fs)
    assert set(files) == set(labels), 'labels do not cover exactly the files'
    for f in files:
        raw = open(os.path.join(outdir, f), 'rb').read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        def walk(m, where):
            assert not m.defects, (where, m.defects)
            for k, v in m.items():
                assert not getattr(v, 'defects', ()), (where, k, v.defects)
            for part in m.walk():
                assert not part.defects, (where, part.get_content_type(), part.defects)
                if part.is_multipart():
                    continue
                ct = part.get_content_type()
                if ct == 'message/rfc822':
                    walk(part.get_payload(0), where + ':inner')
                elif part.get_content_maintype() == 'text':
                    part.get_content()
                    part.get_payload(decode=True).decode(part.get_content_charset() or 'utf-8')
                else:
                    assert part.get_payload(decode=True)
        walk(msg, f)
        for k in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
            assert msg[k], (f, k)
        L = labels[f]
        assert L['confidential'] == f.startswith('positive/')
        assert (len(L['types']) > 0) == L['confidential'], f
    return files

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    a = ap.parse_args()
    out = a.out
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'): os.remove(os.path.join(d, f))
    def slots(table, n_en, n_fr):
        s = [fn for fn, w in table for _ in range(w)]
        R.shuffle(s)
        langs = ['en'] * n_en + ['fr'] * n_fr
        R.shuffle(langs)
        return list(zip(s, langs))
    pos = slots(POS, 66, 54)
    neg = slots(NEG, 99, 81)
    assert len(pos) == 120 and len(neg) == 180
    labels = {}
    stats = {'transport': {}, 'charset': {}, 'cte': {}, 'eol': {}, 'lang': {}, 'cat': {}, 'att': {}}
    def bump(k, v): stats[k][v] = stats[k].get(v, 0) + 1
    for kind, lst in (('positive', pos), ('negative', neg)):
        for i, (fn, lang) in enumerate(lst, 1):
            m = fn(lang)
            cat = fn.__name__[2:]
            raw = build(m)
            eol = 'LF'
            if R.random() < 0.4:
                raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n'); eol = 'CRLF'
            name = '%s/%s%03d_%s.eml' % (kind, kind[0], i, cat)
            with open(os.path.join(out, name), 'wb') as fh:
                fh.write(raw)
            types = sorted(set(m.get('types', []))) if kind == 'positive' else []
            labels[name] = {'confidential': kind == 'positive', 'types': types, 'lang': lang, 'note': m['note']}
            bump('transport', m['transport_used']); bump('charset', m['charset_used']); bump('cte', m['cte_used']); bump('eol', eol)
            bump('lang', '%s/%s' % (kind, lang)); bump('cat', '%s/%s' % (kind, cat))
            for at in m.get('atts') or []:
                bump('att', at[1])
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    files = check(out, labels)
    h = hashlib.sha256()
    for f in files + ['labels.json']:
        h.update(f.encode() + b'\0')
        h.update(open(os.path.join(out, f), 'rb').read())
    npos = sum(1 for f in files if f.startswith('positive/'))
    print('files: %d  positives: %d  negatives: %d' % (len(files), npos, len(files) - npos))
    for k in ('lang', 'transport', 'charset', 'cte', 'eol', 'att', 'cat'):
        print(k + ':', json.dumps(dict(sorted(stats[k].items())), ensure_ascii=False))
    print('sha256 (files in sorted order + labels.json):', h.hexdigest())

if __name__ == '__main__':
    main()
