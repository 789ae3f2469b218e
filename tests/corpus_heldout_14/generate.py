#!/usr/bin/env python3
"""Deterministic generator for corpus_heldout_14 (hospital network outbound mail, EN/FR).
Seed 1414. Usage: python generate.py [--out DIR]"""
import argparse, csv, hashlib, html, io, json, os, random, re, shutil, sys, zipfile, datetime
import email, email.policy, email.utils
from email.message import EmailMessage
from email.generator import BytesGenerator
from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

SEED = 1414
HERE = os.path.dirname(os.path.abspath(__file__))
NAMFILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, 'blind_nams.txt')
N_POS, N_NEG = 120, 180

# ---------------------------------------------------------------- pools
FIRST_M = ['Jean', 'Robert', 'Kevin', 'Patrick', 'Guy', 'Daniel', 'Liam', 'Mohamed', 'Michel', 'Brian', 'Yves', 'Sean', 'Luc', 'Arjun', 'Thomas']
FIRST_F = ['Marie', 'Louise', 'Sarah', 'Claire', 'Émilie', 'Nicole', 'Aisha', 'Chloé', 'Fatima', 'Heather', 'Josée', 'Megan', 'Diane', 'Priya', 'Nathalie']
SURN = ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', "O'Brien", 'MacDonald', 'Campbell',
        'Murphy', 'Kowalski', 'Nguyen', 'Haddad', 'Singh', 'Fraser', 'Stewart', 'Bélanger', 'Pelletier', 'Desjardins', 'McKenna', 'Ouellet', 'Boateng']
DOCS = [('Dre', 'Hélène', 'Vachon', 'F'), ('Dr', 'Martin', 'Gagnon', 'M'), ('Dr', 'Andrew', 'Whitfield', 'M'), ('Dre', 'Sophie', 'Lacasse', 'F'),
        ('Dr', 'Rajiv', 'Menon', 'M'), ('Dre', 'Karen', 'Doyle', 'F'), ('Dr', 'François', 'Thibodeau', 'M'), ('Dre', 'Amélie', 'Roy', 'F'),
        ('Dr', 'Ian', 'McAllister', 'M'), ('Dre', 'Laura', 'Fitzgerald', 'F')]
STAFF = ['Julie Ménard', 'Chantal Paquette', 'Mark Sullivan', 'Tanya Brooks', 'Stéphane Leduc', 'Nadia Benali', 'Owen Clarke',
         'Isabelle Giroux', 'Rachel Kim', 'Pierre-Luc Aubin', 'Emma Hughes', 'Sylvie Carrière', 'Derek Walsh', 'Mélanie Poirier']
DOM = 'chu-exemple.example'
EXT = ['clinique-ouest.example', 'gmf-pontiac.example', 'cdsl-home.example', 'ohip-claims.example', 'maple-assurance.example',
       'northstar-cro.example', 'cisss-laurentides.example', 'chr-hull.example', 'ottawa-fhn.example', 'transport-adapte.example',
       'mutualite-liege.example', 'cpam-lyon.example', 'pharmaplus-supply.example', 'medisource.example', 'accreditation-qc.example']
SITES = ['Hôpital Saint-Laurent-Ouest', 'Pavillon Glen-Ross', 'Ottawa Valley Campus', 'Centre de dialyse Lachine', 'Hôpital Lakeshore-Pontiac']
STREETS = ['rue Sherbrooke O.', 'av. Westminster', 'ch. de la Côte-Saint-Luc', 'Bank St.', 'boul. Saint-Joseph', 'Main St. N', 'rue Principale', 'Elgin St.', 'av. Claremont', 'ch. Aylmer']
CITIES = ['Montréal QC', 'Pointe-Claire QC', 'Gatineau QC', 'Ottawa ON', 'Cornwall ON', 'Hudson QC', 'Shawville QC', 'Hawkesbury ON', 'Westmount QC', 'Lachute QC']
ONC_DX = [('stage III colon adenocarcinoma', 'adénocarcinome du côlon stade III'), ('HER2+ breast cancer', 'cancer du sein HER2+'),
          ('diffuse large B-cell lymphoma', 'lymphome diffus à grandes cellules B'), ('metastatic NSCLC', 'CPNPC métastatique'),
          ('multiple myeloma', 'myélome multiple'), ('pancreatic adenocarcinoma', 'adénocarcinome du pancréas')]
REGIMENS = ['FOLFOX C4', 'AC-T C2', 'R-CHOP C3', 'carbo/pemetrexed C5', 'VRd C1', 'gemcitabine/nab-paclitaxel C6']
NEPH_DX = [('ESRD secondary to diabetic nephropathy', 'IRCT sur néphropathie diabétique'), ('IgA nephropathy, CKD 5', 'néphropathie à IgA, IRC stade 5'),
           ('polycystic kidney disease', 'polykystose rénale'), ('hypertensive nephrosclerosis', 'néphroangiosclérose')]
WARD_DX = [('CHF exacerbation', 'IC décompensée'), ('CAP on ceftriaxone', 'PAC sous ceftriaxone'), ('DKA resolving', 'ACD en résolution'),
           ('post-op day 2 lap chole', 'J2 post-cholécystectomie'), ('febrile neutropenia', 'neutropénie fébrile'), ('COPD exac', 'MPOC exacerbée'),
           ('UGIB, Hb 71', 'HDH, Hb 71'), ('delirium, r/o UTI', 'delirium, r/o IVU'), ('hyperK 6.4 on HD', 'hyperK 6,4 en HD')]
MEDS = ['metoprolol 25 mg BID', 'apixaban 5 mg BID', 'furosemide 40 mg DIE', 'insulin glargine 18 U HS', 'sevelamer 800 mg TID',
        'ondansetron 8 mg q8h PRN', 'dexamethasone 4 mg DIE', 'calcitriol 0.25 mcg DIE', 'pantoprazole 40 mg DIE', 'erythropoietin 4000 U 3x/sem']

# ---------------------------------------------------------------- identifiers
def gen_sin(r):
    while True:
        b = str(r.choice([1, 2, 3, 4, 5, 6, 7])) + ''.join(str(r.randrange(10)) for _ in range(7))
        s = b + luhn.calc_check_digit(b)
        if ca_sin.is_valid(s):
            return s

def gen_ohn(r):
    b = str(r.randrange(1, 10)) + ''.join(str(r.randrange(10)) for _ in range(8))
    s = b + luhn.calc_check_digit(b)
    assert luhn.is_valid(s) and len(s) == 10
    return s

def gen_niss(r, dob, sex):
    seq = r.randrange(1, 499) * 2 + (0 if sex == 'M' else -1) + (1 if sex == 'M' else 2)
    seq = max(1, min(997, seq))
    if (seq % 2 == 1) != (sex == 'M'):
        seq += 1
    base = dob.strftime('%y%m%d') + '%03d' % seq
    n = int(('2' + base) if dob.year >= 2000 else base)
    s = base + '%02d' % (97 - n % 97)
    assert be_nn.is_valid(s), s
    return s

def gen_nir(r, dob, sex):
    b = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + '%02d' % r.choice([69, 75, 13, 33, 59, 38]) + '%03d' % r.randrange(1, 990) + '%03d' % r.randrange(1, 999)
    s = b + '%02d' % (97 - int(b) % 97)
    assert fr_nir.is_valid(s), s
    return s

def gen_mrn(r):
    k = r.randrange(6)
    d7 = ''.join(str(r.randrange(10)) for _ in range(7))
    return [d7, '0' + d7, 'H' + d7, 'MRN-0' + d7, 'D' + d7[:6], 'SLO-' + d7][k]

def luhn_lookalike(r, n):
    b = ''.join(str(r.randrange(10)) for _ in range(n - 1))
    return b + luhn.calc_check_digit(b)

def fullwidth(s):
    return ''.join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)

def disguise(r, s, mode=None):
    mode = mode or r.choice(['space', 'dot', 'hyphen', 'fw', 'split', 'slash'])
    if mode == 'space': return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    if mode == 'dot': return '.'.join(s[i:i + 3] for i in range(0, len(s), 3))
    if mode == 'hyphen': return '-'.join(s[i:i + 4] for i in range(0, len(s), 4))
    if mode == 'slash': return '/'.join(s[i:i + 4] for i in range(0, len(s), 4))
    if mode == 'fw': return fullwidth(s)
    return s[:5] + '\n' + s[5:]

def fmt_sin(s, r):
    return r.choice([s, s[:3] + ' ' + s[3:6] + ' ' + s[6:], s[:3] + '-' + s[3:6] + '-' + s[6:]])

def fmt_ohn(s, r):
    return r.choice([s, s[:4] + ' ' + s[4:7] + ' ' + s[7:], s[:4] + '-' + s[4:7] + '-' + s[7:] + '-' + r.choice(['AB', 'KT', 'ZX'])])

def fmt_nam(s, r):
    return r.choice([s, s[:4] + ' ' + s[4:8] + ' ' + s[8:], s])

# ---------------------------------------------------------------- people
NAMS = []
for line in open(NAMFILE, encoding='utf-8'):
    line = line.strip()
    if not line or line.startswith('#'):
        continue
    p = line.split()
    NAMS.append(dict(last=p[0], first=p[1], dob=datetime.date.fromisoformat(p[2]), sex=p[3], nam=p[4]))

class Pt:
    pass

def patient(r, with_nam=False):
    p = Pt()
    if with_nam:
        d = r.choice(NAMS)
        p.last, p.first, p.dob, p.sex, p.nam = d['last'], d['first'], d['dob'], d['sex'], d['nam']
    else:
        p.sex = r.choice('MF')
        p.first = r.choice(FIRST_M if p.sex == 'M' else FIRST_F)
        p.last = r.choice(SURN)
        p.dob = datetime.date(r.randrange(1932, 2004), r.randrange(1, 13), r.randrange(1, 29))
        p.nam = None
    p.mrn = gen_mrn(r)
    p.phone = '(%s) 555-%04d' % (r.choice(['514', '438', '613', '819', '450']), r.randrange(100, 9999))
    p.addr = '%d %s, %s' % (r.randrange(12, 9800), r.choice(STREETS), r.choice(CITIES))
    p.age = 2026 - p.dob.year
    return p

def title(p, lang):
    if lang == 'fr':
        return 'M.' if p.sex == 'M' else 'Mme'
    return 'Mr.' if p.sex == 'M' else 'Ms.'

def doc(r):
    return r.choice(DOCS)

def docname(d):
    return '%s %s %s' % d[:3]

def staff(r):
    return r.choice(STAFF)

def addr_of(name, dom=DOM):
    n = name.lower()
    for a, b in (('é', 'e'), ('è', 'e'), ('ç', 'c'), ('ô', 'o'), ('ï', 'i'), ("'", ''), (' ', '.'), ('-', '')):
        n = n.replace(a, b)
    return '%s@%s' % (n, dom)

def dstr(d, lang):
    return d.strftime('%Y-%m-%d') if lang == 'fr' else d.strftime('%d/%m/%Y') if False else d.isoformat()

def L(lang, en, fr):
    return fr if lang == 'fr' else en

def sig(r, lang, name=None, role=None):
    name = name or staff(r)
    roles_en = ['Unit Clerk, 6 West', 'Clinical Nurse, Oncology Day Centre', 'Health Records Technician', 'Research Coordinator, Nephrology',
                'Billing Officer, Patient Accounts', 'Administrative Agent, Obstetrics', 'Pivot Nurse (IPO)']
    roles_fr = ['Agente administrative, 6 Ouest', 'Infirmière clinicienne, centre de jour d\'oncologie', 'Technicienne en archives médicales',
                'Coordonnatrice de recherche, néphrologie', 'Agente de facturation, comptes patients', 'Agente administrative, obstétrique',
                'Infirmière pivot en oncologie']
    role = role or r.choice(roles_fr if lang == 'fr' else roles_en)
    site = r.choice(SITES)
    tel = '(514) 555-%04d poste %d' % (r.randrange(1000, 9999), r.randrange(1000, 9999)) if lang == 'fr' else '(613) 555-%04d ext. %d' % (r.randrange(1000, 9999), r.randrange(1000, 9999))
    s = '\n--\n%s\n%s\n%s\n%s' % (name, role, site, tel)
    if r.random() < 0.4:
        s += L(lang, '\n\nCONFIDENTIALITY NOTICE: This e-mail may contain privileged information. If you received it in error, please notify the sender and delete it.',
               '\n\nAVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. Si vous l\'avez reçu par erreur, veuillez en aviser l\'expéditeur et le détruire.')
    return s

def quote(text):
    return '\n'.join('> ' + l if l else '>' for l in text.split('\n'))

def reply(lang, top, who, when, orig):
    hdr = L(lang, 'On %s, %s wrote:' % (when, who), 'Le %s, %s a écrit :' % (when, who))
    return top + '\n\n' + hdr + '\n' + quote(orig)

def inline_fwd(lang, top, frm, to, when, subj, orig):
    h = L(lang, '---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n',
          '---------- Message transféré ---------\nDe : %s\nDate : %s\nObjet : %s\nÀ : %s\n') % (frm, when, subj, to)
    return top + '\n\n' + h + '\n' + orig

# ---------------------------------------------------------------- attachments
FIXED_DT = (2026, 1, 5, 8, 0, 0)

def normalize_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for n in sorted(zin.namelist()):
            b = zin.read(n)
            if n == 'docProps/core.xml':
                b = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms)', rb'\g<1>2026-01-05T08:00:00Z\3', b)
            zi = zipfile.ZipInfo(n, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, b)
    return out.getvalue()

def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, b in files:
            zi = zipfile.ZipInfo(n, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, b if isinstance(b, bytes) else b.encode('utf-8'))
    return out.getvalue()

def make_pdf(title_, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title_)
    y = 740
    c.setFont('Helvetica-Bold', 13)
    c.drawString(60, y, title_)
    c.setFont('Helvetica', 10)
    y -= 28
    for l in lines:
        if y < 60:
            c.showPage(); c.setFont('Helvetica', 10); y = 740
        c.drawString(60, y, l)
        y -= 15
    c.showPage()
    c.save()
    return buf.getvalue()

def make_docx(title_, paras, table=None):
    import docx
    d = docx.Document()
    d.core_properties.author = 'CHU Exemple'
    d.core_properties.created = datetime.datetime(2026, 1, 5, 8, 0, 0)
    d.core_properties.modified = datetime.datetime(2026, 1, 5, 8, 0, 0)
    d.add_heading(title_, 1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    b = io.BytesIO()
    d.save(b)
    return normalize_zip(b.getvalue())

def make_xlsx(sheet, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet[:30]
    for row in rows:
        ws.append(list(row))
    wb.properties.creator = 'CHU Exemple'
    wb.properties.created = datetime.datetime(2026, 1, 5, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2026, 1, 5, 8, 0, 0)
    b = io.BytesIO()
    wb.save(b)
    return normalize_zip(b.getvalue())

def make_csv(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\r\n')
    for row in rows:
        w.writerow(row)
    return s.getvalue()

def make_ics(r, summary, desc, start, location, uid):
    end = start + datetime.timedelta(hours=1)
    f = lambda d: d.strftime('%Y%m%dT%H%M%S')
    desc = desc.replace('\\', '\\\\').replace('\n', '\\n').replace(',', '\\,').replace(';', '\\;')
    return ('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CHU Exemple//Agenda//FR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n'
            'UID:%s@%s\r\nDTSTAMP:20260105T080000Z\r\nDTSTART;TZID=America/Montreal:%s\r\nDTEND;TZID=America/Montreal:%s\r\n'
            'SUMMARY:%s\r\nLOCATION:%s\r\nDESCRIPTION:%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n') % (uid, DOM, f(start), f(end), summary, location, desc)

def make_vcf(fn, ln, tel, adr, note, org=''):
    return ('BEGIN:VCARD\r\nVERSION:3.0\r\nN:%s;%s;;;\r\nFN:%s %s\r\n%sTEL;TYPE=HOME,VOICE:%s\r\nADR;TYPE=HOME:;;%s;;;;\r\nNOTE:%s\r\nEND:VCARD\r\n'
            % (ln, fn, fn, ln, ('ORG:%s\r\n' % org) if org else '', tel, adr.replace(',', '\\,'), note.replace(',', '\\,')))

def make_inner_eml(r, frm, to, subj, body, when):
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to
    m['Subject'] = subj
    m['Date'] = when
    m['Message-ID'] = '<%016x.fw@%s>' % (r.getrandbits(64), DOM)
    m.set_content(body, charset='utf-8', cte='quoted-printable')
    return m

# attachment tuple: (filename, maintype, subtype, payload)  payload bytes|str|EmailMessage
def A_pdf(fn, t, lines): return (fn, 'application', 'pdf', make_pdf(t, lines))
def A_docx(fn, t, paras, table=None): return (fn, 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx(t, paras, table))
def A_xlsx(fn, sheet, rows): return (fn, 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx(sheet, rows))
def A_csv(fn, rows): return (fn, 'text', 'csv', make_csv(rows))
def A_ics(fn, *a): return (fn, 'text', 'calendar', make_ics(*a))
def A_vcf(fn, *a): return (fn, 'text', 'vcard', make_vcf(*a))
def A_zip(fn, files): return (fn, 'application', 'zip', make_zip(files))
def A_eml(fn, m): return (fn, 'message', 'rfc822', m)

# ================================================================ POSITIVE categories
def p_referral(r, lang):
    p = patient(r, r.random() < 0.5); d = doc(r); dx = r.choice(ONC_DX)
    ids = ('NAM: %s' % fmt_nam(p.nam, r)) if p.nam else ('%s %s' % (L(lang, 'Chart #', 'No dossier'), p.mrn))
    body = L(lang,
        'Hello,\n\nPlease book a new-patient consult in medical oncology for %s %s %s (DOB %s), %s.\n%s\nDx: %s, path from %s. CT chest/abdo done, staging pending.\nReferring MD: %s\n\nThanks,' ,
        'Bonjour,\n\nSVP planifier une 1re consultation en oncologie médicale pour %s %s %s (DDN %s), %s.\n%s\nDx : %s, patho du %s. TDM thoraco-abdo faite, bilan d\'extension en cours.\nMédecin référent : %s\n\nMerci,') % (
        title(p, lang), p.first, p.last, p.dob.isoformat(), p.phone, ids, L(lang, dx[0], dx[1]), '2026-0%d-1%d' % (r.randrange(1, 9), r.randrange(10)), docname(d))
    t = ['patient_name', 'date_of_birth', 'diagnosis', 'patient_contact'] + (['ramq_nam'] if p.nam else ['mrn'])
    return dict(cat='referral', subj=L(lang, 'New referral - med onc - %s' % p.last.upper(), 'Nouvelle référence oncologie - %s' % p.last.upper()),
                body=body + sig(r, lang), types=t, note='oncology referral with patient name, DOB, identifier and diagnosis')

def p_signout(r, lang):
    rows = []
    for i in range(r.randrange(4, 8)):
        p = patient(r); dx = r.choice(WARD_DX)
        rows.append('%s-%d  %s, %s (%d%s)  %s  %s' % (r.choice(['6W', '7E', '4B', 'HD']), r.randrange(1, 40), p.last.upper(), p.first, p.age, p.sex,
                                                   L(lang, dx[0], dx[1]), r.choice(['f/u lytes AM', 'code: full', 'DNR', 'NPO post-MN', 'consult GI pending', 'à revoir AM', ''])))
    body = L(lang, 'Sign-out for tonight (%s team), sorry for the late send:\n\n', 'Liste de relève pour ce soir (équipe %s), désolée du retard :\n\n') % r.choice(['CTU A', 'CTU B', 'Med 2', 'Néphro']) + '\n'.join(rows) + '\n\n' + L(lang, 'Pager 4471 if anything.', 'Téléavertisseur 4471 au besoin.')
    return dict(cat='signout_list', subj=L(lang, 'Sign out %s' % r.choice(['CTU', 'med', 'tonight']), 'Relève %s' % r.choice(['soir', 'nuit', 'MI'])),
                body=body + sig(r, lang), types=['patient_name', 'diagnosis'], note='ward handover list: surnames, ages, rooms and active problems')

def p_dialysis_chairs(r, lang):
    rows = [['Chaise/Chair', 'Nom/Name', 'Shift', 'Access', 'Note']]
    for i in range(r.randrange(5, 9)):
        p = patient(r)
        rows.append([str(i + 1), '%s %s' % (p.first, p.last), r.choice(['MWF AM', 'MWF PM', 'TTS AM', 'TTS PM']), r.choice(['FAV G', 'CVC D', 'AVF L', 'permcath']),
                     r.choice(['K 5.9 last run', 'hep-free', 'transport adapté', 'EPO held, Hb 128', '', 'HBsAg neg'])])
    body = L(lang, 'Hi all,\n\nAttached the chair assignment for next week at Lachine. Please check shifts before Friday.\n',
             'Bonjour à tous,\n\nCi-joint l\'attribution des chaises pour la semaine prochaine à Lachine. Merci de vérifier les quarts avant vendredi.\n')
    return dict(cat='dialysis_chairs', subj=L(lang, 'HD chair assignment wk %d' % r.randrange(2, 50), 'Horaire chaises HD sem. %d' % r.randrange(2, 50)),
                body=body + sig(r, lang), atts=[A_xlsx('chaises_HD.xlsx', 'Chairs', rows)], types=['patient_name', 'lab_result', 'diagnosis'],
                note='dialysis chair roster that looks like a shift schedule but lists patients with access and labs (xlsx)')

def p_chemo_booking(r, lang):
    p = patient(r, True); reg = r.choice(REGIMENS); dd = doc(r)
    body = L(lang, 'Hi,\n\n%s %s, NAM %s, DOB %s — please move %s from Tue to Thu (neutrophils 0.9 today, Dr. %s wants 48h). Pharmacy aware.\nPt reachable at %s.\n',
             'Bonjour,\n\n%s %s, NAM %s, DDN %s — svp déplacer le %s de mardi à jeudi (neutro 0,9 ce matin, ' + dd[0] + ' %s veut 48 h). Pharmacie avisée.\nRejoindre %s au %s.\n') % (
        (p.last.upper(), p.first, fmt_nam(p.nam, r), p.dob.isoformat(), reg, dd[2]) + ((('la patiente' if p.sex == 'F' else 'le patient'), p.phone) if lang == 'fr' else (p.phone,)))
    return dict(cat='chemo_booking', subj=L(lang, 'Chemo reschedule', 'Report de chimio'), body=body + sig(r, lang),
                types=['patient_name', 'ramq_nam', 'date_of_birth', 'medication', 'lab_result', 'patient_contact'], note='chemo day unit rescheduling with NAM, regimen and ANC')

def p_critical(r, lang):
    p = patient(r); k = r.choice(['K+ 6.9', 'Na 118', 'glucose 1.8', 'Hb 58', 'troponin 2140', 'INR 7.4'])
    only_id = r.random() < 0.4
    who = ('%s %s' % (L(lang, 'MRN', 'dossier'), p.mrn)) if only_id else '%s, %s (%s %s)' % (p.last.upper(), p.first, L(lang, 'MRN', 'dossier'), p.mrn)
    body = L(lang, 'CRITICAL VALUE\n%s\n%s collected 05:40, called to RN on 7E at 06:12, read-back done. MD not yet reached, please call lab ext 2231.\n',
             'VALEUR CRITIQUE\n%s\n%s prélevé 05 h 40, communiqué à l\'inf. du 7E à 06 h 12, relecture faite. Médecin non joint, svp rappeler le labo poste 2231.\n') % (who, k)
    t = ['mrn', 'lab_result'] + ([] if only_id else ['patient_name'])
    return dict(cat='critical_value', subj=L(lang, 'CRITICAL - %s' % k.split()[0], 'CRITIQUE - %s' % k.split()[0]), body=body + sig(r, lang), types=t,
                note='critical lab value tied to a chart number' + ('' if only_id else ' and patient name'))

def p_discharge(r, lang):
    p = patient(r); d = doc(r); dx = r.choice(WARD_DX); meds = r.sample(MEDS, 3)
    lines = ['%s: %s %s' % (L(lang, 'Patient', 'Patient'), p.first, p.last), '%s: %s   %s: %s' % (L(lang, 'DOB', 'DDN'), p.dob, L(lang, 'MRN', 'Dossier'), p.mrn),
             '%s: %s' % (L(lang, 'Diagnosis', 'Diagnostic'), L(lang, dx[0], dx[1])), L(lang, 'Discharge medications:', 'Médicaments au congé :')] + ['  - ' + x for x in meds] + \
            [L(lang, 'Follow-up: family MD in 1 week, labs in 5 days.', 'Suivi : MD de famille dans 1 semaine, bilan dans 5 jours.'), 'Signed: ' + docname(d)]
    body = L(lang, 'Dear colleague,\n\nPlease find attached the discharge summary for your patient.\n', 'Cher collègue,\n\nVeuillez trouver ci-joint le résumé de départ de votre patient(e).\n')
    return dict(cat='discharge_summary', subj=L(lang, 'Discharge summary', 'Résumé de départ'), body=body + sig(r, lang),
                atts=[A_pdf('resume_%s.pdf' % p.mrn.replace('-', ''), L(lang, 'Discharge summary', 'Sommaire d\'hospitalisation'), lines)],
                types=['patient_name', 'date_of_birth', 'mrn', 'diagnosis', 'medication'], note='discharge summary PDF with name, DOB, chart no., dx, meds; bland body')

def p_roi(r, lang):
    p = patient(r, r.random() < 0.5)
    paras = [L(lang, 'Request for release of information', 'Demande d\'accès au dossier'), '%s: %s %s' % (L(lang, 'Patient', 'Usager'), p.first, p.last),
             '%s: %s' % (L(lang, 'Date of birth', 'Date de naissance'), p.dob), '%s: %s' % (L(lang, 'Chart', 'Dossier'), p.mrn)] + \
            (['NAM: %s' % p.nam] if p.nam else []) + [L(lang, 'Requested: ED notes and imaging reports, March 2026 (MVA). Requested by: insurer, signed consent attached.',
                                                     'Demandé : notes d\'urgence et rapports d\'imagerie, mars 2026 (accident de la route). Demandeur : SAAQ, consentement signé joint.')]
    body = L(lang, 'Hello,\n\nForwarding the completed ROI request for processing. Consent on file.\n', 'Bonjour,\n\nJe vous achemine la demande d\'accès complétée pour traitement. Consentement au dossier.\n')
    return dict(cat='roi_request', subj=L(lang, 'ROI request #%d' % r.randrange(10000, 99999), 'Demande d\'accès #%d' % r.randrange(10000, 99999)), body=body + sig(r, lang),
                atts=[A_docx('demande_acces.docx', paras[0], paras[1:])], types=['patient_name', 'date_of_birth', 'mrn', 'diagnosis'] + (['ramq_nam'] if p.nam else []),
                note='release-of-information request DOCX naming the patient with DOB and chart number')

def p_billing_ohip(r, lang):
    rows = [['Name', 'DOB', 'Health no.', 'Service date', 'Code', 'Amount']]
    for i in range(r.randrange(3, 7)):
        p = patient(r)
        rows.append(['%s, %s' % (p.last, p.first), p.dob.isoformat(), fmt_ohn(gen_ohn(r), r), '2026-%02d-%02d' % (r.randrange(1, 12), r.randrange(1, 28)),
                     r.choice(['HD session', 'chemo admin', 'ED visit', 'NICU day']), '%.2f' % (r.randrange(20000, 250000) / 100)])
    body = L(lang, 'Hi,\n\nAttached are the out-of-province (Ontario) claims for %s that were rejected — mostly version code issues. Can you re-verify and resubmit?\n',
             'Bonjour,\n\nCi-joint les réclamations hors province (Ontario) de %s qui ont été refusées — surtout des codes de version. Pouvez-vous revérifier et resoumettre?\n') % r.choice(['October', 'November', 'septembre', 'août'])
    return dict(cat='billing_oop', subj=L(lang, 'OOP rejected claims', 'Réclamations hors province refusées'), body=body + sig(r, lang),
                atts=[A_csv('rejets_oop.csv', rows) if r.random() < 0.5 else A_xlsx('rejets_oop.xlsx', 'Claims', rows)],
                types=['patient_name', 'date_of_birth', 'ca_health_number'], note='out-of-province claims file with Ontario health numbers, names, DOBs')

def p_research_ae(r, lang):
    p = patient(r); st = 'NEPH-%d-%03d' % (r.randrange(2023, 2026), r.randrange(1, 200))
    ae = r.choice(['grade 3 hyperkalemia', 'hospitalisation for AV fistula thrombosis', 'grade 2 rash', 'syncope with fall'])
    body = L(lang, 'SAE notification, study %s\nParticipant %s (%s %s, chart %s), enrolled %s.\nEvent: %s on %s. Onset after dose 4. Investigator assessment: possibly related.\nSponsor form to follow within 24h.\n',
             'Avis d\'EIG, étude %s\nParticipant %s (%s %s, dossier %s), inscrit le %s.\nÉvénement : %s le %s. Début après la 4e dose. Évaluation de l\'investigateur : possiblement relié.\nFormulaire promoteur sous 24 h.\n') % (
        r.choice(['RENAL-PROTECT', 'ONCO-TAX3', 'NEOSAFE']), st, p.first, p.last, p.mrn, '2026-02-%02d' % r.randrange(1, 28), ae, '2026-%02d-%02d' % (r.randrange(3, 12), r.randrange(1, 28)))
    return dict(cat='research_sae', subj=L(lang, 'SAE report %s' % st, 'Déclaration EIG %s' % st), to='safety@northstar-cro.example', body=body + sig(r, lang),
                types=['patient_name', 'mrn', 'diagnosis'], note='serious adverse event report to CRO naming the participant with chart number')

def p_research_visit(r, lang):
    p = patient(r)
    start = datetime.datetime(2026, r.randrange(1, 12), r.randrange(1, 28), r.randrange(8, 15), 0)
    desc = L(lang, 'Study visit V%d (fasting bloodwork + ECG). Participant: %s %s, tel %s. Re-consent v3.1 needed.',
             'Visite d\'étude V%d (bilan à jeun + ECG). Participant(e) : %s %s, tél. %s. Reconsentement v3.1 requis.') % (r.randrange(2, 9), p.first, p.last, p.phone)
    body = L(lang, 'Invite for the study visit, room booked.\n', 'Invitation pour la visite d\'étude, salle réservée.\n')
    return dict(cat='research_visit_ics', subj=L(lang, 'Study visit - %s' % p.last, 'Visite étude - %s' % p.last), body=body + sig(r, lang),
                atts=[A_ics('invite.ics', r, L(lang, 'Study visit %s %s' % (p.first, p.last), 'Visite %s %s' % (p.first, p.last)), desc, start, 'Unité de recherche clinique, local B2.114', '%x' % r.getrandbits(48))],
                types=['patient_name', 'patient_contact'], note='calendar invitation for a research participant visit with name and phone')

def p_obstetric(r, lang):
    p = patient(r); p.sex = 'F'; p.first = r.choice(FIRST_F); p.dob = datetime.date(r.randrange(1985, 2004), r.randrange(1, 13), r.randrange(1, 28))
    body = L(lang, 'Heads up L&D: %s %s (chart %s), G%dP%d at %d+%d wks, GBS positive, GDM on insulin. Planned IOL Thursday. Baby to NICU for glucose monitoring if <2.6.\n',
             'Avis salle d\'accouchement : %s %s (dossier %s), G%dP%d à %d+%d sem., SGB positif, DG sous insuline. Déclenchement prévu jeudi. Bébé en néonat pour glycémies si <2,6.\n') % (
        p.first, p.last, p.mrn, r.randrange(1, 5), r.randrange(0, 3), r.randrange(36, 41), r.randrange(0, 7))
    return dict(cat='obstetric_handover', subj=L(lang, 'L&D heads-up', 'Avis SdN'), body=body + sig(r, lang), types=['patient_name', 'mrn', 'diagnosis', 'medication'],
                note='obstetric handover naming a pregnant patient with chart number and GBS/GDM status')

def p_neonatal(r, lang):
    mom = patient(r); mom.sex = 'F'; mom.first = r.choice(FIRST_F)
    body = L(lang, 'NICU update for the family doc: Baby boy %s (mother %s %s), born 2026-%02d-%02d at 31+2, 1480 g. On CPAP, caffeine, TPN. Head US normal. Mother\'s contact %s.\n',
             'Mise à jour néonat pour le MD de famille : bébé %s (mère %s %s), né le 2026-%02d-%02d à 31+2, 1480 g. Sous CPAP, caféine, APT. ETF normale. Coordonnées de la mère : %s.\n') % (
        mom.last, mom.first, mom.last, r.randrange(1, 12), r.randrange(1, 28), mom.phone)
    return dict(cat='neonatal_update', subj=L(lang, 'NICU - baby %s' % mom.last, 'USIN - bébé %s' % mom.last), body=body + sig(r, lang),
                types=['patient_name', 'diagnosis', 'medication', 'patient_contact'], note='NICU update identifying a newborn by family name and mother')

def p_transport(r, lang):
    p = patient(r, r.random() < 0.4)
    body = L(lang, 'Please arrange adapted transport for %s %s, %s, tel %s, to HD MWF 06:30 at Lachine starting Monday. Wheelchair, needs escort (mild dementia).%s\n',
             'SVP organiser le transport adapté pour %s %s, %s, tél. %s, vers l\'HD LMV 6 h 30 à Lachine dès lundi. Fauteuil roulant, accompagnement requis (démence légère).%s\n') % (
        title(p, lang), ('%s %s' % (p.first, p.last)), p.addr, p.phone, (' NAM %s.' % p.nam) if p.nam else '')
    return dict(cat='transport_request', subj=L(lang, 'Transport request', 'Demande de transport adapté'), to='reservations@transport-adapte.example', body=body + sig(r, lang),
                types=['patient_name', 'patient_contact', 'diagnosis'] + (['ramq_nam'] if p.nam else []), note='adapted transport booking with patient home address and phone')

def p_social(r, lang):
    p = patient(r); issue = r.choice([('youth protection (DPJ) report filed for the 2 children', 'signalement DPJ fait pour les 2 enfants'),
                                       ('lost housing, staying in a shelter', 'a perdu son logement, en refuge'), ('spousal violence disclosed, safety plan done', 'violence conjugale dévoilée, plan de sécurité fait'),
                                       ('on income support, cannot afford meds', 'à l\'aide sociale, ne peut payer ses médicaments'), ('refugee claimant, no RAMQ yet, IFHP coverage', 'demandeur d\'asile, pas de RAMQ, couverture PFSI')])
    body = L(lang, 'Hi,\n\nFYI re %s %s (%s) on 4B: %s. Please see before discharge. Do not call home number.\n',
             'Bonjour,\n\nPour info concernant %s %s (%s) au 4B : %s. SVP voir avant le congé. Ne pas appeler au domicile.\n') % (title(p, lang), p.last, p.mrn, L(lang, *issue))
    return dict(cat='social_work', subj=L(lang, 'SW referral', 'Référence service social'), body=body + sig(r, lang), types=['patient_name', 'mrn', 'social_information'],
                note='social work referral with sensitive social situation of a named patient')

def p_subject_only(r, lang):
    p = patient(r, True)
    subj = '%s %s %s - %s' % (p.last.upper(), p.first, p.nam, r.choice(['K 6.8 STAT', 'HbA1c 11.2', 'PET+ ', 'biopsie positive']))
    body = L(lang, 'see subject, pls call me back\n', 'voir objet, svp me rappeler\n')
    return dict(cat='subject_only', subj=subj, body=body + sig(r, lang), types=['patient_name', 'ramq_nam', 'lab_result'], note='patient name, NAM and result in the Subject only')

def p_split(r, lang):
    p = patient(r); dx = r.choice(NEPH_DX)
    subj = L(lang, 'Re: %s, %s' % (p.last, p.first), 'Re : %s, %s' % (p.last, p.first))
    f = p.sex == 'F'
    body = L(lang, 'Yes, that\'s the one. Known %s, on PD since spring, peritonitis x2. Can you see ' + ('her' if f else 'him') + ' in clinic next week?\n',
             'Oui c\'est bien ' + ('elle' if f else 'lui') + '. Connu' + ('e' if f else '') + ' pour %s, en DP depuis le printemps, péritonite x2. Peux-tu ' + ('la' if f else 'le') + ' voir en clinique la semaine prochaine?\n') % L(lang, *dx)
    return dict(cat='split_subject_body', subj=subj, body=body + sig(r, lang), reply=True, types=['patient_name', 'diagnosis'], note='name only in Subject, diagnosis only in body')

def p_quoted(r, lang):
    p = patient(r); d = doc(r)
    orig = L(lang, 'Can we add %s %s (MRN %s) to Thursday\'s tumour board? Biopsy shows %s, needs decision re: neoadjuvant.',
             'Peut-on ajouter %s %s (dossier %s) au comité des tumeurs de jeudi? Biopsie : %s, décision à prendre pour néoadjuvant.') % (p.first, p.last, p.mrn, L(lang, *r.choice(ONC_DX)))
    body = reply(lang, L(lang, 'Done, added as #4.', 'C\'est fait, ajouté(e) en #4.'), docname(d), '2026-03-%02d 14:%02d' % (r.randrange(1, 28), r.randrange(60)), orig)
    return dict(cat='quoted_reply', subj=L(lang, 'RE: tumour board add-on', 'RE : ajout comité des tumeurs'), reply=True, body=body + sig(r, lang),
                types=['patient_name', 'mrn', 'diagnosis'], note='short reply on top; quoted text names the patient with chart number and diagnosis')

def p_inline_fwd(r, lang):
    p = patient(r); meds = r.sample(MEDS, 3)
    orig = L(lang, 'Med rec for %s %s, DOB %s:\n', 'Bilan comparatif pour %s %s, DDN %s :\n') % (p.first, p.last, p.dob) + '\n'.join('- ' + m for m in meds) + \
        L(lang, '\nStopped: ramipril (AKI). Allergy: penicillin (hives).', '\nCessé : ramipril (IRA). Allergie : pénicilline (urticaire).')
    body = inline_fwd(lang, L(lang, 'FYI for the community pharmacy.', 'Pour info, à transmettre à la pharmacie communautaire.'),
                      'Pharmacie <pharmacie@%s>' % DOM, 'unit7e@%s' % DOM, '2026-04-%02d' % r.randrange(1, 28), 'Med rec', orig)
    return dict(cat='inline_forward', subj=L(lang, 'Fwd: Med rec', 'TR : BCM'), to='rx@pharmaplus-supply.example', body=body + sig(r, lang),
                types=['patient_name', 'date_of_birth', 'medication', 'diagnosis'], note='inline-forwarded medication reconciliation with name and DOB')

def p_fwd_attach(r, lang):
    p = patient(r, r.random() < 0.5)
    inner_body = L(lang, 'Hi,\n%s %s (%s) missed 2 HD sessions, K 6.7 on return. Please flag for nephro.\n', 'Bonjour,\n%s %s (%s) a manqué 2 séances d\'HD, K 6,7 au retour. SVP aviser la néphro.\n') % (
        p.first, p.last, ('NAM ' + p.nam) if p.nam else p.mrn)
    inner = make_inner_eml(r, addr_of(staff(r)), 'hd-lachine@' + DOM, L(lang, 'missed sessions', 'séances manquées'), inner_body, when_str(r))
    body = L(lang, 'See attached, can you follow up?\n', 'Voir le message joint, peux-tu faire le suivi?\n')
    return dict(cat='forward_as_attachment', subj=L(lang, 'Fw: missed sessions', 'TR: séances manquées'), body=body + sig(r, lang), atts=[A_eml('message.eml', inner)],
                types=['patient_name', 'lab_result', 'ramq_nam' if p.nam else 'mrn'], note='bland cover note; attached .eml names a dialysis patient with identifier and potassium')

def p_vcard(r, lang):
    p = patient(r)
    body = L(lang, 'Contact card for the new home-care client attached (palliative, lives alone).\n', 'Fiche contact du nouvel usager SAD en pièce jointe (soins palliatifs, vit seul(e)).\n')
    return dict(cat='homecare_vcard', subj=L(lang, 'Home care intake', 'Nouvelle admission SAD'), to='intake@cdsl-home.example', body=body + sig(r, lang),
                atts=[A_vcf('%s.vcf' % p.last.replace("'", ''), p.first, p.last, p.phone, p.addr, L(lang, 'Palliative, metastatic cancer, dressing changes', 'Palliatif, cancer métastatique, pansements'))],
                types=['patient_name', 'patient_contact', 'diagnosis'], note='vCard of a home-care patient with home address, phone and diagnosis')

def p_zip_csv(r, lang):
    rows = [['mrn', 'nom', 'prenom', 'ddn', 'dx']]
    for i in range(r.randrange(4, 9)):
        p = patient(r); rows.append([p.mrn, p.last, p.first, p.dob.isoformat(), L(lang, *r.choice(NEPH_DX))])
    body = L(lang, 'Extract for the audit, zipped (password by phone).\n', 'Extraction pour l\'audit, zippée (mot de passe par téléphone).\n')
    return dict(cat='zip_extract', subj=L(lang, 'Audit extract', 'Extraction audit'), body=body + sig(r, lang),
                atts=[A_zip('extraction.zip', [('patients_neph.csv', make_csv(rows)), ('LISEZMOI.txt', 'Extraction 2026\n')])],
                types=['patient_name', 'mrn', 'date_of_birth', 'diagnosis'], note='zip containing a CSV of nephrology patients with chart numbers and DOBs')

def p_disguised(r, lang):
    p = patient(r, True)
    mode = r.choice(['space', 'dot', 'hyphen', 'fw', 'split', 'slash'])
    body = L(lang, 'Writing it this way so the filter doesn\'t bounce it:\n%s %s\nN A M: %s\nchemo C3 held, febrile neutropenia. Call the unit.\n',
             'Je l\'écris comme ça pour que le filtre ne bloque pas :\n%s %s\nN A M : %s\nchimio C3 suspendue, neutropénie fébrile. Appelez l\'unité.\n') % (p.first[0] + '.', p.last, disguise(r, p.nam, mode))
    return dict(cat='disguised_id', subj=L(lang, 'the pt from this am', 'le pt de ce matin'), body=body + sig(r, lang),
                types=['ramq_nam', 'patient_name', 'diagnosis'], note='NAM deliberately spelled out of shape (%s) with surname and diagnosis' % mode)

def p_same_surname(r, lang):
    d = doc(r); p = patient(r); p.last = d[2]
    body = L(lang, 'Note: %s %s %s in 7E-12 is NOT related to %s. Please don\'t mix up the charts (hers/his is %s). Admitted for %s.\n',
             'Attention : %s %s %s au 7E-12 n\'a AUCUN lien avec %s. Ne pas confondre les dossiers (le sien : %s). Admis(e) pour %s.\n') % (
        title(p, lang), p.first, p.last, docname(d), p.mrn, L(lang, *r.choice(WARD_DX)))
    return dict(cat='same_surname', subj=L(lang, 'Name alert 7E', 'Alerte homonymie 7E'), body=body + sig(r, lang), types=['patient_name', 'mrn', 'diagnosis'],
                note='patient shares a physician\'s surname; chart number and reason for admission given')

def p_foreign(r, lang):
    p = patient(r); be = r.random() < 0.5
    ident = gen_niss(r, p.dob, p.sex) if be else gen_nir(r, p.dob, p.sex)
    shown = r.choice([ident, ' '.join([ident[:2], ident[2:4], ident[4:6], ident[6:9], ident[9:]]) if be else ' '.join([ident[0], ident[1:3], ident[3:5], ident[5:7], ident[7:10], ident[10:13], ident[13:]])])
    body = ('Bonjour,\n\nNous avons hospitalisé du %s au %s votre assuré(e) %s %s, né(e) le %s, %s %s, pour %s. '
            'Veuillez trouver la facture détaillée et confirmer la prise en charge.\n') % ('2026-06-0%d' % r.randrange(1, 9), '2026-06-1%d' % r.randrange(0, 9), p.first, p.last.upper(),
            p.dob.strftime('%d/%m/%Y'), 'NISS' if be else 'NIR', shown, r.choice(['fracture de la cheville', 'pneumonie', 'colique néphrétique']))
    return dict(cat='foreign_insurer', lang='fr', subj='Prise en charge - séjour hospitalier', to='international@%s' % ('mutualite-liege.example' if be else 'cpam-lyon.example'),
                body=body + sig(r, 'fr'), types=['patient_name', 'date_of_birth', 'be_niss' if be else 'fr_nir', 'diagnosis'], note='foreign insurer billing with %s, name, DOB and reason' % ('NISS' if be else 'NIR'))

def p_sin_form(r, lang):
    p = patient(r); s = gen_sin(r)
    body = L(lang, 'Hi,\n\nFor the disability claim (Form attached separately) — %s %s, SIN %s, DOB %s. Diagnosis: %s, off work since chemo started.\n',
             'Bonjour,\n\nPour la demande d\'invalidité — %s %s, NAS %s, DDN %s. Diagnostic : %s, en arrêt depuis le début de la chimio.\n') % (
        p.first, p.last, fmt_sin(s, r), p.dob, L(lang, *r.choice(ONC_DX)))
    return dict(cat='insurance_sin', subj=L(lang, 'Disability claim', 'Demande d\'invalidité'), to='claims@maple-assurance.example', body=body + sig(r, lang),
                types=['patient_name', 'ca_sin', 'date_of_birth', 'diagnosis'], note='insurer disability claim with patient SIN, DOB and cancer diagnosis')

def p_incident(r, lang):
    p = patient(r)
    body = L(lang, 'Incident report AH-223 #%d\nUnit 6W, 03:15. Patient %s %s (%s), %d y/o, found on floor beside bed. On apixaban. CT head negative. Family notified.\n',
             'Rapport AH-223 #%d\nUnité 6O, 03 h 15. Usager %s %s (%s), %d ans, retrouvé(e) au sol près du lit. Sous apixaban. TDM cérébrale négative. Famille avisée.\n') % (
        r.randrange(1000, 9999), p.first, p.last, p.mrn, p.age)
    return dict(cat='incident_report', subj=L(lang, 'Fall - incident report', 'Chute - rapport d\'incident'), to='qualite@' + DOM, body=body + sig(r, lang),
                types=['patient_name', 'mrn', 'medication'], note='quality incident report on a named patient fall')

def p_id_only(r, lang):
    kind = r.choice(['nam', 'ohn', 'mrn'])
    if kind == 'nam':
        p = patient(r, True); ident, t = 'NAM ' + p.nam, 'ramq_nam'
    elif kind == 'ohn':
        ident, t = 'OHIP ' + fmt_ohn(gen_ohn(r), r), 'ca_health_number'
    else:
        ident, t = L(lang, 'chart ', 'dossier ') + gen_mrn(r), 'mrn'
    body = L(lang, '%s - HBV viral load back, 4.2 log. Please add to hep clinic list.\n', '%s - charge virale VHB revenue, 4,2 log. SVP ajouter à la liste de la clinique d\'hépato.\n') % ident
    return dict(cat='identifier_only', subj=L(lang, 'result', 'résultat'), body=body + sig(r, lang), types=[t, 'lab_result'],
                note='no name but a patient identifier with a viral load result')

def p_pdf_consent(r, lang):
    p = patient(r, True)
    lines = [L(lang, 'Informed consent form - ONCO-TAX3 v3.1', 'Formulaire de consentement - ONCO-TAX3 v3.1'), '', '%s: %s %s' % (L(lang, 'Participant', 'Participant(e)'), p.first, p.last),
             'NAM: %s   %s: %s' % (p.nam, L(lang, 'DOB', 'DDN'), p.dob), L(lang, 'Signed 2026-05-12, witness: research nurse', 'Signé le 2026-05-12, témoin : infirmière de recherche')]
    body = L(lang, 'Scanned signed ICF attached for the sponsor monitor.\n', 'FCE signé numérisé ci-joint pour le moniteur du promoteur.\n')
    return dict(cat='research_consent', subj='ICF ONCO-TAX3', to='monitor@northstar-cro.example', body=body + sig(r, lang),
                atts=[A_pdf('ICF_signed.pdf', 'ICF', lines)], types=['patient_name', 'ramq_nam', 'date_of_birth'], note='signed research consent PDF with participant name, NAM, DOB')

POS_CATS = [p_referral, p_signout, p_dialysis_chairs, p_chemo_booking, p_critical, p_discharge, p_roi, p_billing_ohip, p_research_ae, p_research_visit,
            p_obstetric, p_neonatal, p_transport, p_social, p_subject_only, p_split, p_quoted, p_inline_fwd, p_fwd_attach, p_vcard, p_zip_csv,
            p_disguised, p_same_surname, p_foreign, p_sin_form, p_incident, p_id_only, p_pdf_consent]

# ================================================================ NEGATIVE categories
def n_grand_rounds(r, lang):
    d = doc(r); topic = r.choice([('Managing hyperkalemia in CKD 4-5', 'Prise en charge de l\'hyperkaliémie en IRC 4-5'), ('Immunotherapy toxicities in the day unit', 'Toxicités de l\'immunothérapie au centre de jour'),
                                  ('Neonatal hypoglycemia: new guideline', 'Hypoglycémie néonatale : nouvelle ligne directrice'), ('Peritoneal dialysis peritonitis', 'Péritonite en dialyse péritonéale')])
    body = L(lang, 'Medicine Grand Rounds\nThursday 12:00-13:00, Amphitheatre A (Teams link below)\nSpeaker: %s, Nephrology/Oncology\nTopic: %s\nLunch served. 1 Section 1 credit.\nhttps://teams.example/l/meetup/%x\n',
             'Grandes conférences de médecine\nJeudi 12 h - 13 h, amphithéâtre A (lien Teams ci-dessous)\nConférencier : %s\nSujet : %s\nDîner servi. 1 crédit section 1.\nhttps://teams.example/l/meetup/%x\n') % (docname(d), L(lang, *topic), r.getrandbits(40))
    return dict(cat='grand_rounds', subj=L(lang, 'Grand Rounds this Thursday', 'Grandes conférences jeudi'), to='all-medicine@' + DOM, body=body + sig(r, lang),
                note='grand rounds announcement: speaker and topic')

def n_resident_schedule(r, lang):
    rows = []
    for day in ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'] if lang == 'en' else ['lun', 'mar', 'mer', 'jeu', 'ven']:
        rows.append('%s  %s (R%d)  %s  %s' % (day, r.choice(STAFF), r.randrange(1, 5), r.choice(['6W', '7E', 'HD', 'ER', 'NICU']), r.choice(['call 24h', 'post-call', 'clinic AM', 'teaching 13h', 'garde 24 h'])))
    blk = r.randrange(1, 13)
    body = L(lang, 'Residents,\n\nCall schedule for block %d below. Swaps through the chief by Wednesday.\n\n', 'Résidents,\n\nHoraire de garde du bloc %d ci-dessous. Échanges via le chef avant mercredi.\n\n') % blk + '\n'.join(rows)
    return dict(cat='resident_call_schedule', subj=L(lang, 'Call schedule block %d' % blk, 'Horaire de garde bloc %d' % blk), body=body + sig(r, lang),
                note='resident call roster (staff names, units, call) resembling a sign-out list')

def n_staff_sick(r, lang):
    d = doc(r)
    body = L(lang, 'Hi team,\n\n%s is off for 2 weeks (pneumonia, recovering at home). Her/his HD clinic will be covered by %s. Please rebook non-urgent follow-ups.\n',
             'Bonjour l\'équipe,\n\n%s est en arrêt 2 semaines (pneumonie, convalescence à la maison). Sa clinique d\'HD sera couverte par %s. SVP reporter les suivis non urgents.\n') % (docname(d), docname(doc(r)))
    return dict(cat='staff_absence', subj=L(lang, 'Coverage - clinic', 'Remplacement - clinique'), body=body + sig(r, lang), note='colleague absence with illness mentioned (staff, not patient)')

def n_it_outage(r, lang):
    body = L(lang, 'IT NOTICE\nThe NAS storage cluster (NAS-03, S/N %s) will be offline Saturday 22:00-02:00 for firmware upgrade. Oacis and the PACS viewer will be read-only. Ticket INC%07d.\n',
             'AVIS TI\nLe NAS de stockage (NAS-03, n/s %s) sera hors service samedi 22 h - 2 h pour mise à jour du micrologiciel. Oacis et le visualiseur PACS seront en lecture seule. Billet INC%07d.\n') % (
        luhn_lookalike(r, 12), r.randrange(10 ** 6, 10 ** 7))
    return dict(cat='it_outage', subj=L(lang, 'Planned outage - NAS', 'Interruption planifiée - NAS'), to='tous@' + DOM, body=body + sig(r, lang, 'Service Desk', 'TI'), note='IT outage notice with NAS serial number')

def n_parking(r, lang):
    body = L(lang, 'Parking update: Lot P3 closed for resurfacing %s to %s. Permit holders use P5 (Glen-Ross). Shuttle every 15 min. Questions: parking@%s, 514-555-0142.\n',
             'Stationnement : le stationnement P3 sera fermé pour resurfaçage du %s au %s. Détenteurs de vignette : P5 (Glen-Ross). Navette aux 15 min. Questions : stationnement@%s, 514-555-0142.\n') % (
        '2026-07-0%d' % r.randrange(1, 9), '2026-07-1%d' % r.randrange(0, 9), DOM)
    return dict(cat='parking', subj=L(lang, 'P3 closure', 'Fermeture P3'), to='tous@' + DOM, body=body + sig(r, lang), note='parking closure notice')

def n_foundation(r, lang):
    donors = ', '.join('%s %s' % (r.choice(FIRST_M + FIRST_F), r.choice(SURN)) for _ in range(3))
    body = L(lang, 'Dear friends,\n\nThanks to donors like %s, the Foundation raised $%d,000 for the new chemotherapy day unit chairs. Our Gala is on %s. Tax receipt no. %s will be mailed.\n',
             'Chers amis,\n\nGrâce à des donateurs comme %s, la Fondation a amassé %d 000 $ pour les nouveaux fauteuils du centre de jour d\'oncologie. Notre gala aura lieu le %s. Le reçu fiscal no %s vous sera posté.\n') % (
        donors, r.randrange(100, 900), '2026-11-%02d' % r.randrange(1, 28), luhn_lookalike(r, 9))
    return dict(cat='foundation', subj=L(lang, 'Thank you from the Foundation', 'Merci de la Fondation'), from_='fondation@' + DOM, to='donors@fondation.example', body=body + sig(r, lang),
                note='foundation fundraising mail naming donors')

def n_invoice(r, lang):
    rows = [['Item', 'Lot', 'Qty', 'Unit', 'Total']]
    for i in range(r.randrange(3, 6)):
        q = r.randrange(1, 50); u = r.randrange(500, 90000) / 100
        rows.append([r.choice(['Dialyzer FX80', 'Bloodline set', 'Port needle 20G', 'Cisplatin 50mg vial', 'Neonatal CPAP prongs', 'Infusion pump tubing']), 'L' + luhn_lookalike(r, 8), q, u, round(q * u, 2)])
    body = L(lang, 'Please find attached invoice INV-%s for PO %s. Net 30.\n', 'Veuillez trouver ci-joint la facture INV-%s pour le BC %s. Net 30 jours.\n') % (luhn_lookalike(r, 9), luhn_lookalike(r, 10))
    return dict(cat='supplier_invoice', subj=L(lang, 'Invoice INV', 'Facture'), from_='ar@medisource.example', to='comptes.payables@' + DOM, body=body + sig(r, lang, 'Accounts Receivable', 'MediSource Inc.'),
                atts=[A_xlsx('invoice.xlsx', 'Invoice', rows) if r.random() < 0.5 else A_pdf('invoice.pdf', 'INVOICE', [' | '.join(str(x) for x in row) for row in rows])],
                note='supplier invoice with lot and PO numbers that pass Luhn')

def n_accreditation(r, lang):
    body = L(lang, 'Accreditation Canada on-site survey: %s. Tracers will visit 6W, HD and the day unit. Review the ROPs: two patient identifiers, med rec at transitions, falls prevention. Mock tracer schedule attached.\n',
             'Visite d\'Agrément Canada : %s. Des traceurs visiteront le 6O, l\'HD et le centre de jour. Révisez les POR : deux identificateurs, BCM aux transitions, prévention des chutes. Horaire des traceurs simulés joint.\n') % '2026-10-%02d' % r.randrange(1, 28)
    return dict(cat='accreditation', subj=L(lang, 'Accreditation visit', 'Visite d\'agrément'), body=body + sig(r, lang),
                atts=[A_docx('traceurs.docx', 'Mock tracers', [L(lang, 'Schedule', 'Horaire')], [['Unit', 'Time', 'Lead'], ['6W', '09:00', r.choice(STAFF)], ['HD', '10:30', r.choice(STAFF)]])],
                note='accreditation notice with staff tracer schedule')

def n_stats(r, lang):
    body = L(lang, 'Monthly dashboard: HD census %d patients (%d new starts), %d PD patients, %d chemo visits in the day unit, %d deliveries, NICU occupancy %d%%. 12 influenza cases on 4B, outbreak declared over.\n',
             'Tableau de bord mensuel : %d patients en HD (%d nouveaux), %d en DP, %d visites au centre de jour, %d accouchements, occupation USIN %d %%. 12 cas d\'influenza au 4B, éclosion terminée.\n') % (
        r.randrange(150, 260), r.randrange(3, 12), r.randrange(30, 80), r.randrange(700, 1500), r.randrange(200, 400), r.randrange(70, 99))
    return dict(cat='aggregate_stats', subj=L(lang, 'Monthly dashboard', 'Tableau de bord mensuel'), body=body + sig(r, lang), note='aggregate unit statistics only')

def n_drug_newsletter(r, lang):
    body = L(lang, 'Pharmacy Bulletin\n- Shortage: carboplatin 450 mg vials; substitute 150 mg vials. \n- Formulary: sevelamer carbonate replaces HCl.\n- Recall: heparin lot HP%s (supplier notice).\n',
             'Bulletin de pharmacie\n- Pénurie : carboplatine fiole 450 mg; utiliser fioles 150 mg.\n- Formulaire : carbonate de sévélamer remplace le chlorhydrate.\n- Rappel : héparine lot HP%s (avis du fournisseur).\n') % luhn_lookalike(r, 8)
    return dict(cat='pharmacy_bulletin', subj=L(lang, 'Pharmacy bulletin', 'Bulletin de pharmacie'), to='all-nursing@' + DOM, body=body + sig(r, lang), note='pharmacy bulletin: shortages and recall lot')

def n_conference(r, lang):
    lines = ['08:30  ' + L(lang, 'Registration', 'Inscription')] + ['%02d:00  %s - %s' % (9 + i, docname(doc(r)), t) for i, t in enumerate(r.sample(
        ['Dialysis access', 'CAR-T update', 'Preeclampsia', 'Onco-nephrology', 'Consent in pediatric research', 'Neonatal sepsis'], 4))]
    body = L(lang, 'Programme for the Eastern Ontario-Quebec Renal & Oncology Day attached.\n', 'Programme de la Journée rénale et oncologique Est ontarien-Québec ci-joint.\n')
    return dict(cat='conference_programme', subj=L(lang, 'Conference programme', 'Programme du colloque'), body=body + sig(r, lang), atts=[A_pdf('programme.pdf', 'Programme', lines)],
                note='conference programme PDF with speakers and topics')

def n_job(r, lang):
    body = L(lang, 'Job posting #%d: Nurse clinician, Chemotherapy Day Unit, full-time days. Bilingualism required. Apply by %s via the careers portal.\n',
             'Affichage #%d : Infirmier(ère) clinicien(ne), centre de jour de chimiothérapie, temps complet de jour. Bilinguisme exigé. Postuler avant le %s.\n') % (r.randrange(1000, 9999), '2026-08-%02d' % r.randrange(1, 28))
    return dict(cat='job_posting', subj=L(lang, 'Job posting', 'Affichage de poste'), to='tous@' + DOM, body=body + sig(r, lang, 'Ressources humaines', 'RH'), note='job posting')

def n_blank_form(r, lang):
    paras = ['%s: ____________________' % x for x in L(lang, ['Patient name', 'Date of birth', 'Chart number', 'RAMQ / health number', 'Information requested', 'Signature'],
                                                       ['Nom de l\'usager', 'Date de naissance', 'No de dossier', 'NAM', 'Renseignements demandés', 'Signature'])]
    body = L(lang, 'Updated blank ROI form (v2026-02) attached; please discard older versions.\n', 'Formulaire vierge de demande d\'accès (v2026-02) ci-joint; détruire les anciennes versions.\n')
    return dict(cat='blank_form', subj=L(lang, 'New ROI form template', 'Nouveau formulaire vierge'), body=body + sig(r, lang),
                atts=[A_docx('formulaire_vierge.docx', L(lang, 'Authorization to release information', 'Autorisation de communiquer'), paras)], note='blank form template with empty patient fields')

def n_teaching_case(r, lang):
    body = L(lang, 'Case for Friday teaching:\nA 62-year-old man on hemodialysis presents with weakness. K 7.1, peaked T waves. What is your initial management?\nAnswers next week.\n',
             'Cas pour l\'enseignement de vendredi :\nUn homme de 62 ans en hémodialyse se présente pour faiblesse. K 7,1, ondes T pointues. Quelle est votre prise en charge initiale?\nRéponses la semaine prochaine.\n')
    return dict(cat='teaching_case', subj=L(lang, 'Teaching case', 'Cas clinique'), to='residents@' + DOM, body=body + sig(r, lang), note='anonymised teaching case')

def n_oncall_xlsx(r, lang):
    rows = [['Employee #', 'Name', 'Role', 'Date', 'Shift', 'Pager']]
    for i in range(r.randrange(5, 9)):
        rows.append([luhn_lookalike(r, 9), r.choice(STAFF), r.choice(['RN', 'PAB', 'Inh.', 'Clerk', 'RT']), '2026-09-%02d' % r.randrange(1, 28), r.choice(['D', 'E', 'N']), str(r.randrange(4000, 4999))])
    body = L(lang, 'Nursing schedule for the HD unit, period 7. Employee numbers included for payroll.\n', 'Horaire infirmier HD, période 7. Matricules inclus pour la paie.\n')
    return dict(cat='staff_schedule', subj=L(lang, 'Schedule period 7', 'Horaire période 7'), body=body + sig(r, lang), atts=[A_xlsx('horaire_p7.xlsx', 'P7', rows)],
                note='staff schedule with employee numbers passing Luhn')

def n_ethics(r, lang):
    body = L(lang, 'REB meeting %s: 6 new protocols, 3 amendments (incl. RENAL-PROTECT v4). Enrolment to date: 148/200 participants across 3 sites. No new SAEs requiring REB action.\n',
             'Réunion du CÉR %s : 6 nouveaux protocoles, 3 modifications (dont RENAL-PROTECT v4). Recrutement : 148/200 participants, 3 sites. Aucun nouvel EIG nécessitant une action du CÉR.\n') % ('2026-05-%02d' % r.randrange(1, 28))
    return dict(cat='research_admin', subj=L(lang, 'REB agenda', 'Ordre du jour CÉR'), body=body + sig(r, lang), note='research ethics board agenda with aggregate enrolment')

def n_cafeteria(r, lang):
    body = L(lang, 'Cafeteria this week: Mon chili, Tue butter chicken, Wed fish & chips, Thu poutine day, Fri pizza. Closed Sunday for renovation.\n',
             'Cafétéria cette semaine : lun chili, mar poulet au beurre, mer fish & chips, jeu journée poutine, ven pizza. Fermée dimanche pour rénovations.\n')
    return dict(cat='cafeteria', subj=L(lang, 'Menu', 'Menu de la semaine'), to='tous@' + DOM, body=body + sig(r, lang), note='cafeteria menu')

def n_committee_ics(r, lang):
    start = datetime.datetime(2026, r.randrange(1, 12), r.randrange(1, 28), r.randrange(8, 16), 0)
    return dict(cat='committee_invite', subj=L(lang, 'Pharmacy & Therapeutics committee', 'Comité de pharmacologie'), body=L(lang, 'Invite attached.\n', 'Invitation ci-jointe.\n') + sig(r, lang),
                atts=[A_ics('invite.ics', r, L(lang, 'P&T committee', 'Comité de pharmacologie'), L(lang, 'Agenda: formulary, biosimilars, shortages', 'Ordre du jour : formulaire, biosimilaires, pénuries'), start, 'Salle du conseil B3.200', '%x' % r.getrandbits(48))],
                note='committee meeting calendar invite')

def n_vendor_vcard(r, lang):
    body = L(lang, 'Our new territory rep for dialysis consumables, card attached.\n', 'Notre nouveau représentant pour les fournitures de dialyse, carte jointe.\n')
    return dict(cat='vendor_vcard', subj=L(lang, 'New rep contact', 'Nouveau représentant'), from_='sales@medisource.example', to='achats@' + DOM, body=body + sig(r, lang, 'Sales', 'MediSource'),
                atts=[A_vcf('rep.vcf', r.choice(FIRST_M), r.choice(SURN), '(514) 555-0%03d' % r.randrange(100, 999), '2200 boul. Industriel, Laval QC', 'Territory rep - dialysis', 'MediSource Inc.')],
                note='supplier representative vCard')

def n_reply_staff(r, lang):
    orig = L(lang, 'Can someone cover my Saturday day shift on 7E? Family thing. Will swap for any night in March.', 'Quelqu\'un peut prendre mon samedi de jour au 7E? Raison familiale. J\'échange contre une nuit en mars.')
    body = reply(lang, L(lang, 'I can take it, I\'ll tell the AHN.', 'Je peux le prendre, j\'avise l\'ASI.'), r.choice(STAFF), '2026-02-%02d' % r.randrange(1, 28), orig)
    return dict(cat='staff_reply', subj=L(lang, 'RE: shift swap', 'RE : échange de quart'), reply=True, body=body + sig(r, lang), note='reply thread about staff shift swap')

def n_fwd_vendor(r, lang):
    inner = make_inner_eml(r, 'support@pharmaplus-supply.example', 'achats@' + DOM, 'Delivery delay', 'Due to weather, deliveries to Pontiac sites will be delayed 48h. Order ref %s.\n' % luhn_lookalike(r, 10), when_str(r))
    return dict(cat='fwd_vendor_attach', subj=L(lang, 'Fw: Delivery delay', 'TR: Retard de livraison'), body=L(lang, 'FYI, see attached.\n', 'Pour info, voir le message joint.\n') + sig(r, lang),
                atts=[A_eml('delivery.eml', inner)], note='vendor notice forwarded as .eml attachment')

def n_zip_policies(r, lang):
    files = [('POL-CLIN-021_identification.txt', 'Two identifiers are required before any procedure: full name and date of birth or chart number.\n'),
             ('POL-ADM-007_courriel.txt', 'Ne jamais transmettre de renseignements de santé par courriel non chiffré.\n')]
    return dict(cat='zip_policies', subj=L(lang, 'Updated policies', 'Politiques mises à jour'), body=L(lang, 'Zip of updated policies for the binder.\n', 'Zip des politiques révisées pour le cartable.\n') + sig(r, lang),
                atts=[A_zip('politiques.zip', files)], note='zip of policy documents about identifiers (no data)')

def n_fee_schedule(r, lang):
    body = L(lang, 'Reminder: out-of-province billing rates for 2026 — inpatient day $%d, HD session $%d, chemo administration $%d. Ontario claims go through the reciprocal billing system; include version code.\n',
             'Rappel : tarifs hors province 2026 — jour-présence %d $, séance d\'HD %d $, administration de chimio %d $. Les réclamations de l\'Ontario passent par l\'entente de réciprocité; inclure le code de version.\n') % (
        r.randrange(1800, 3200), r.randrange(300, 600), r.randrange(200, 700))
    return dict(cat='billing_rates', subj=L(lang, 'OOP rates 2026', 'Tarifs hors province 2026'), body=body + sig(r, lang), note='billing rate reminder, no patient')

def n_lookalike_ids(r, lang):
    imei = luhn_lookalike(r, 15)
    body = L(lang, 'Lost Vocera/phone on 6W. IMEI %s, asset tag A-%s. If found bring to biomed. Clinic line 613-555-0%03d.\n',
             'Téléphone Vocera perdu au 6O. IMEI %s, étiquette d\'actif A-%s. Si trouvé, rapporter au génie biomédical. Ligne clinique 819-555-0%03d.\n') % (imei, luhn_lookalike(r, 9), r.randrange(100, 999))
    return dict(cat='lost_device', subj=L(lang, 'Lost device', 'Appareil perdu'), body=body + sig(r, lang), note='lost device notice with IMEI and asset number')

def n_nurse_assign(r, lang):
    rows = ['%s  %s  %s' % (r.choice(['Pod A', 'Pod B', 'Pod C', 'Chairs 1-6', 'Chairs 7-12']), r.choice(STAFF), r.choice(['RN lead', 'RN', 'LPN', 'float', 'orientation'])) for _ in range(6)]
    body = L(lang, 'Assignment for tomorrow, day unit:\n\n', 'Assignations de demain, centre de jour :\n\n') + '\n'.join(rows) + L(lang, '\n\nBreaks staggered 11:30/12:15.', '\n\nPauses en alternance 11 h 30 / 12 h 15.')
    return dict(cat='nurse_assignment', subj=L(lang, 'Assignments', 'Assignations'), body=body + sig(r, lang), note='nursing assignment by pod (staff only), looks like a patient list')

def n_public_health(r, lang):
    body = L(lang, 'Public Health bulletin: RSV activity rising in Outaouais and Eastern Ontario; 34 pediatric admissions regionally last week. Nirsevimab program for eligible infants. Report clusters to the DSPu.\n',
             'Bulletin de santé publique : hausse du VRS en Outaouais et dans l\'Est ontarien; 34 hospitalisations pédiatriques dans la région la semaine dernière. Programme nirsévimab pour les nourrissons admissibles. Signaler les agrégats à la DSPu.\n')
    return dict(cat='public_health', subj=L(lang, 'RSV bulletin', 'Bulletin VRS'), from_='dspu@cisss-laurentides.example', to='all-md@' + DOM, body=body, note='public health bulletin with aggregate counts')

def n_hr_benefits(r, lang):
    body = L(lang, 'HR reminder: open enrolment for group insurance ends %s. Update beneficiaries in the portal. Questions re: your SIN or T4 go to payroll, never by e-mail.\n',
             'Rappel RH : la période d\'adhésion à l\'assurance collective se termine le %s. Mettez vos bénéficiaires à jour dans le portail. Questions sur le NAS ou le T4 : à la paie, jamais par courriel.\n') % '2026-11-%02d' % r.randrange(1, 28)
    return dict(cat='hr_benefits', subj=L(lang, 'Benefits enrolment', 'Adhésion assurances'), body=body + sig(r, lang, 'Ressources humaines', 'RH'), note='HR benefits reminder mentioning SIN generically')

def n_training(r, lang):
    rows = '\n'.join('- %s: %s' % (s, r.choice(['CRRT refresher ✔', 'Chemo safe handling ✔', 'NRP renewal due', 'PICC care ✔', 'BLS expired'])) for s in r.sample(STAFF, 5))
    body = L(lang, 'Training compliance for the unit:\n', 'Conformité des formations de l\'unité :\n') + rows + '\n'
    return dict(cat='training_compliance', subj=L(lang, 'Training compliance', 'Suivi des formations'), body=body + sig(r, lang), note='staff training compliance list')

def n_research_budget(r, lang):
    body = L(lang, 'Sponsor payment for ONCO-TAX3 received: $%d for %d completed visits (Q2). Invoice ref %s. Please reconcile in the study budget.\n',
             'Paiement promoteur ONCO-TAX3 reçu : %d $ pour %d visites complétées (T2). Facture %s. Merci de concilier au budget d\'étude.\n') % (r.randrange(5000, 40000), r.randrange(10, 60), luhn_lookalike(r, 9))
    return dict(cat='research_finance', subj=L(lang, 'Sponsor payment', 'Paiement promoteur'), body=body + sig(r, lang), note='research finance, aggregate visits')

def n_fwd_newsletter(r, lang):
    orig = L(lang, 'KidneyNews Q3: new KDIGO anemia guidance; home HD uptake reaches 9% in Ontario; patient education videos now in French.',
             'Infolettre Rein Q3 : nouvelles recommandations KDIGO sur l\'anémie; l\'HD à domicile atteint 9 % en Ontario; vidéos d\'enseignement en français.')
    body = inline_fwd(lang, L(lang, 'Worth a read.', 'À lire.'), 'news@kidney-foundation.example', 'neph@' + DOM, '2026-09-02', 'KidneyNews', orig)
    return dict(cat='fwd_newsletter', subj=L(lang, 'Fwd: KidneyNews', 'TR : Infolettre'), body=body + sig(r, lang), note='inline-forwarded newsletter')

def n_doctor_disease(r, lang):
    d = doc(r)
    body = L(lang, 'Welcome %s, who joins the Onco day unit. %s treats lymphoma and myeloma and runs the CAR-T clinic Tuesdays. Referrals to the central fax 514-555-0188.\n',
             'Bienvenue à %s qui se joint au centre de jour d\'oncologie. %s traite le lymphome et le myélome et tient la clinique CAR-T le mardi. Références au télécopieur central 514-555-0188.\n') % (docname(d), d[0] + ' ' + d[2])
    return dict(cat='new_physician', subj=L(lang, 'Welcome', 'Bienvenue'), to='tous@' + DOM, body=body + sig(r, lang), note='physician named next to diseases they treat')

def n_billing_insurer(r, lang):
    body = L(lang, 'Hello,\n\nPlease update our remittance address for out-of-province claims. Our provider number %s remains unchanged. Statement for batch %s attached (totals only).\n',
             'Bonjour,\n\nVeuillez mettre à jour notre adresse de remise pour les réclamations hors province. Notre no de fournisseur %s demeure inchangé. Relevé du lot %s joint (totaux seulement).\n') % (luhn_lookalike(r, 10), r.randrange(1000, 9999))
    rows = [['Batch', 'Claims', 'Submitted', 'Paid'], [str(r.randrange(1000, 9999)), r.randrange(20, 90), r.randrange(10000, 90000), r.randrange(5000, 80000)]]
    return dict(cat='insurer_admin', subj=L(lang, 'Remittance address update', 'Changement d\'adresse de remise'), to='provider@ohip-claims.example', body=body + sig(r, lang),
                atts=[A_csv('batch_totaux.csv', rows)], note='insurer admin mail with provider number and batch totals')

NEG_CATS = [n_grand_rounds, n_resident_schedule, n_staff_sick, n_it_outage, n_parking, n_foundation, n_invoice, n_accreditation, n_stats, n_drug_newsletter,
            n_conference, n_job, n_blank_form, n_teaching_case, n_oncall_xlsx, n_ethics, n_cafeteria, n_committee_ics, n_vendor_vcard, n_reply_staff,
            n_fwd_vendor, n_zip_policies, n_fee_schedule, n_lookalike_ids, n_nurse_assign, n_public_health, n_hr_benefits, n_training, n_research_budget,
            n_fwd_newsletter, n_doctor_disease, n_billing_insurer]

def p_booking(r, lang):
    p = patient(r, r.random() < 0.5)
    g = 'e' if p.sex == 'F' else ''
    body = L(lang, 'Hi,\n\nConfirming %s %s %s for the pre-dialysis education clinic and fistula mapping on %s at 09:30 (Pavillon Glen-Ross, 2nd floor). Called the patient at %s, confirmed. Please bring med list.%s\n',
             'Bonjour,\n\nConfirmation pour %s %s %s : clinique de prédialyse et cartographie de fistule le %s à 9 h 30 (Pavillon Glen-Ross, 2e étage). Usager%s joint%s au %s, confirmé. Apporter la liste de médicaments.%s\n')
    if lang == 'fr':
        body = body % (title(p, lang), p.first, p.last, '2026-%02d-%02d' % (r.randrange(1, 12), r.randrange(1, 28)), g, g, p.phone, (' NAM %s.' % p.nam) if p.nam else '')
    else:
        body = body % (title(p, lang), p.first, p.last, '2026-%02d-%02d' % (r.randrange(1, 12), r.randrange(1, 28)), p.phone, (' NAM %s.' % p.nam) if p.nam else '')
    return dict(cat='clinic_booking', subj=L(lang, 'Appt confirmation - %s' % p.last, 'Confirmation RDV - %s' % p.last), body=body + sig(r, lang), mode='html',
                types=['patient_name', 'patient_contact', 'diagnosis'] + (['ramq_nam'] if p.nam else []), note='appointment confirmation for pre-dialysis clinic with name and phone (HTML)')

POS_CATS.append(p_booking)

def n_staff_birthday(r, lang):
    s = r.choice(STAFF)
    body = L(lang, 'Cake in the 6W lounge at 14:30 for %s\'s birthday and 20 years with the Network! She started as a unit clerk in dialysis. Card at the desk.\n',
             'Gâteau au salon du 6O à 14 h 30 pour l\'anniversaire de %s et ses 20 ans au Réseau! Elle a commencé comme agente administrative en dialyse. Carte au poste.\n') % s
    return dict(cat='staff_social', subj=L(lang, 'Cake!', 'Gâteau!'), body=body + sig(r, lang), note='staff birthday and anniversary')

NEG_CATS.append(n_staff_birthday)

# ---------------------------------------------------------------- assembly
def when_str(r):
    d = datetime.datetime(2026, r.randrange(1, 12), r.randrange(1, 29), r.randrange(7, 19), r.randrange(60), r.randrange(60),
                          tzinfo=datetime.timezone(datetime.timedelta(hours=r.choice([-5, -4]))))
    return email.utils.format_datetime(d)

def to_html(text):
    out = []
    for para in text.split('\n\n'):
        lines = [html.escape(l) for l in para.split('\n')]
        if all(l.startswith('&gt;') for l in lines if l):
            out.append('<blockquote style="border-left:2px solid #ccc;padding-left:6px">%s</blockquote>' % '<br>\n'.join(l[4:].lstrip() for l in lines))
        else:
            out.append('<p>%s</p>' % '<br>\n'.join(lines))
    return '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</body></html>\n' % '\n'.join(out)

def pick_charset(r, text):
    cs = r.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
    try:
        text.encode(cs)
        return cs
    except UnicodeEncodeError:
        return 'utf-8'

def build(r, spec, lang, idx):
    body = spec['body']
    atts = spec.get('atts', [])
    m = EmailMessage()
    sender = spec.get('from') or spec.get('from_') or '%s <%s>' % ((n := staff(r)), addr_of(n))
    m['From'] = sender
    m['To'] = spec.get('to') or '%s@%s' % (r.choice(['admin', 'referrals', 'info', 'secretariat', 'rendezvous', 'billing', 'ops']), r.choice(EXT + [DOM]))
    if r.random() < 0.35:
        m['Cc'] = addr_of(staff(r))
    m['Subject'] = spec['subj']
    m['Date'] = when_str(r)
    m['Message-ID'] = '<%016x.%d@%s>' % (r.getrandbits(64), idx, DOM)
    if spec.get('reply'):
        m['In-Reply-To'] = '<%016x@%s>' % (r.getrandbits(64), r.choice(EXT))
    if r.random() < 0.5:
        m['X-Mailer'] = r.choice(['Microsoft Outlook 16.0', 'Zimbra 9.0', 'Apple Mail (2.3774)', 'Thunderbird 115.6'])
    cte = r.choice(['quoted-printable', 'base64', '8bit'])
    cs = pick_charset(r, body)
    if cs == 'utf-8' and cte == '8bit' and r.random() < 0.3:
        cte = 'quoted-printable'
    mode = spec.get('mode') or r.choice(['plain', 'plain', 'html', 'alt'])
    if mode == 'html':
        m.set_content(to_html(body).replace('charset="utf-8"', 'charset="%s"' % cs), subtype='html', charset=cs, cte=cte)
    elif mode == 'alt':
        m.set_content(body, charset=cs, cte=cte)
        m.add_alternative(to_html(body).replace('charset="utf-8"', 'charset="%s"' % cs), subtype='html', charset=cs, cte=cte)
    else:
        m.set_content(body, charset=cs, cte=cte)
    for fn, mt, st, payload in atts:
        if mt == 'message':
            m.add_attachment(payload, filename=fn)
        elif isinstance(payload, str):
            m.add_attachment(payload, subtype=st, charset='utf-8', cte=r.choice(['base64', 'quoted-printable']), filename=fn)
        else:
            m.add_attachment(payload, maintype=mt, subtype=st, filename=fn)
    k = 0
    for part in m.walk():
        if part.is_multipart():
            k += 1
            part.set_boundary('=_b%d_%d_%08x' % (idx, k, r.getrandbits(32)))
    transport = ('mixed' if atts else {'plain': 'text/plain', 'html': 'html-only', 'alt': 'alternative'}[mode])
    linesep = '\r\n' if r.random() < 0.4 else '\n'
    buf = io.BytesIO()
    BytesGenerator(buf, policy=email.policy.default.clone(linesep=linesep)).flatten(m)
    return buf.getvalue(), transport, cs, cte, linesep

def check(data):
    m = email.message_from_bytes(data, policy=email.policy.default)
    for part in m.walk():
        if part.defects:
            raise ValueError('defects %r' % part.defects)
        if not part.is_multipart() and part.get_content_type() != 'message/rfc822':
            part.get_content()
    return m

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    a = ap.parse_args()
    out = a.out
    r = random.Random(SEED)
    for d in ('positive', 'negative'):
        shutil.rmtree(os.path.join(out, d), ignore_errors=True)
        os.makedirs(os.path.join(out, d))
    labels = {}
    stats = {'pos': 0, 'neg': 0, 'lang': {}, 'transport': {}, 'cat': {}, 'charset': {}, 'cte': {}, 'eol': {}}
    plan = []
    for cats, n, pos in ((POS_CATS, N_POS, True), (NEG_CATS, N_NEG, False)):
        for i in range(n):
            plan.append((pos, cats[i % len(cats)], i + 1))
    idx = 0
    for pos, fn, num in plan:
        idx += 1
        lang = 'fr' if r.random() < 0.36 else 'en'
        spec = fn(r, lang)
        lang = spec.get('lang', lang)
        cat = spec['cat']
        data, transport, cs, cte, eol = build(r, spec, lang, idx)
        check(data)
        rel = '%s/%s%03d_%s.eml' % ('positive' if pos else 'negative', 'p' if pos else 'n', num, cat)
        with open(os.path.join(out, rel), 'wb') as f:
            f.write(data)
        types = sorted(set(spec['types'])) if pos else []
        assert (len(types) > 0) == pos, (rel, types)
        labels[rel] = {'confidential': pos, 'types': types, 'lang': lang, 'note': spec['note']}
        stats['pos' if pos else 'neg'] += 1
        for k, v in (('lang', lang), ('transport', transport), ('charset', cs), ('cte', cte), ('eol', 'CRLF' if eol == '\r\n' else 'LF')):
            stats[k][v] = stats[k].get(v, 0) + 1
        key = ('pos:' if pos else 'neg:') + cat
        stats['cat'][key] = stats['cat'].get(key, 0) + 1
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
    # self-check
    files = sorted('%s/%s' % (d, x) for d in ('positive', 'negative') for x in os.listdir(os.path.join(out, d)))
    assert files == sorted(labels), 'labels do not cover files'
    h = hashlib.sha256()
    for rel in files + ['labels.json']:
        b = open(os.path.join(out, rel), 'rb').read()
        if rel.endswith('.eml'):
            check(b)
        h.update(rel.encode() + b'\0' + b)
    print(json.dumps(stats, indent=1, ensure_ascii=False, sort_keys=True))
    print('sha256', h.hexdigest())

if __name__ == '__main__':
    sys.path.insert(0, HERE)
    main()
