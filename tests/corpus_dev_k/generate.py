#!/usr/bin/env python3
"""Seeded deterministic generator: synthetic outbound hospital admin mail (seed 2727)."""
import argparse, csv, hashlib, io, json, os, random, re, shutil, sys, zipfile, datetime
import email, email.policy
from email.message import EmailMessage
from email.utils import format_datetime
from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

SEED = 2727
HERE = os.path.dirname(os.path.abspath(__file__))
# The synthetic NAMs every blind writer was given, shared by the blind corpora in tests/blind_nams.txt.
NAMFILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')
FIXED = datetime.datetime(2026, 1, 5, 9, 0, 0)

def load_nams():
    out = []
    for l in open(NAMFILE, encoding='utf-8'):
        if l.startswith('#') or not l.strip():
            continue
        s, g, d, x, n = l.split()
        out.append(dict(sur=s, given=g, dob=d, sex=x, nam=n))
    return out

# ---------------- identifiers ----------------
def gen_sin(r):
    while True:
        b = str(r.choice([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(r.randint(0, 9)) for _ in range(7))
        s = b + luhn.calc_check_digit(b)
        if ca_sin.is_valid(s):
            return s

def gen_ohn(r):
    b = str(r.randint(1, 9)) + ''.join(str(r.randint(0, 9)) for _ in range(8))
    s = b + luhn.calc_check_digit(b)
    assert luhn.is_valid(s)
    return s

def gen_niss(r):
    y = r.randint(1940, 1999); m = r.randint(1, 12); d = r.randint(1, 28)
    seq = r.randint(1, 997)
    b = '%02d%02d%02d%03d' % (y % 100, m, d, seq)
    c = 97 - int(b) % 97
    s = b + '%02d' % c
    assert be_nn.is_valid(s), s
    return s, '%04d-%02d-%02d' % (y, m, d), ('M' if seq % 2 else 'F')

def gen_nir(r, sex=None):
    sx = sex or r.choice('12')
    y = r.randint(40, 99); m = r.randint(1, 12)
    dep = '%02d' % r.choice([13, 31, 33, 59, 69, 75, 92, 94])
    b = '%s%02d%02d%s%03d%03d' % (sx, y, m, dep, r.randint(1, 999), r.randint(1, 999))
    s = b + fr_nir.calc_check_digits(b)
    assert fr_nir.is_valid(s), s
    return s, sx

def gen_mrn(r):
    k = r.randint(0, 4)
    if k == 0: return '%07d' % r.randint(1000000, 9999999)
    if k == 1: return '%08d' % r.randint(10000000, 99999999)
    if k == 2: return 'H' + '%07d' % r.randint(0, 9999999)
    if k == 3: return 'MRN-%06d' % r.randint(100000, 999999)
    return '%02d-%06d' % (r.randint(10, 26), r.randint(0, 999999))

FW = str.maketrans('0123456789', '０１２３４５６７８９')
def disguise(s, r, allow_split=True):
    k = r.randint(0, 6 if allow_split else 5)
    if k == 0: return s
    if k == 1: return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    if k == 2: return '.'.join(s[i:i + 3] for i in range(0, len(s), 3))
    if k == 3: return '-'.join(s[i:i + 4] for i in range(0, len(s), 4))
    if k == 4: return s.translate(FW)
    if k == 5: return ' '.join(s)
    return s[:len(s) // 2] + '\n' + s[len(s) // 2:]

def fmt_sin(s, r):
    return r.choice([s, s[:3] + ' ' + s[3:6] + ' ' + s[6:], s[:3] + '-' + s[3:6] + '-' + s[6:]])

def fmt_ohn(s, r):
    return r.choice([s, s[:4] + '-' + s[4:7] + '-' + s[7:], s[:4] + ' ' + s[4:7] + ' ' + s[7:] + ' ' + r.choice(['AB', 'KL', 'XY'])])

def fmt_niss(s, r):
    return r.choice([s, '%s.%s.%s-%s.%s' % (s[:2], s[2:4], s[4:6], s[6:9], s[9:])])

def fmt_nir(s, r):
    return r.choice([s, '%s %s %s %s %s %s %s' % (s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:])])

def fmt_nam(n, r):
    return r.choice([n, n[:4] + ' ' + n[4:8] + ' ' + n[8:], n.lower(), n[:4] + '-' + n[4:8] + '-' + n[8:], disguise(n, r)])

# ---------------- vocab ----------------
STAFF_FN = ['Julie', 'Marc', 'Nathalie', 'Sébastien', 'Karine', 'Patrick', 'Isabelle', 'Kevin', 'Emily', 'Raj',
            'Priya', 'Daniel', 'Chantal', 'Mélanie', 'Olivier', 'Amina', 'Jason', 'Sarah', 'Luc', 'Geneviève']
STAFF_LN = ['Bouchard', 'Gagnon', 'Roy', 'Côté', 'Pelletier', 'Morin', 'Fortin', 'Nguyen', 'Singh', 'MacDonald',
            'Leblanc', 'Girard', 'Ouellet', 'Caron', 'Patel', 'Dubé', 'Hébert', 'Poirier', 'Chen', 'Lavoie']
ORG = {'fr': 'CHU Exemple de Québec', 'en': 'Lakeshore Health Network'}
DOM = ['chu-exemple.example', 'ciusss-nord.example', 'lakeshore-health.example']
EXT = ['cabinet-avocats-rivard.example', 'assurances-boreal.example', 'smithlaw.example', 'cnesst-demo.example',
       'wsib-demo.example', 'ramq-demo.example', 'chu-liege-demo.example', 'chu-lyon-demo.example',
       'transport-medic.example', 'interpretes-monde.example', 'medisupply.example', 'gmail.example',
       'ottawa-legal.example', 'greatnorth-insurance.example']
DX_FR = ['fracture de la hanche droite', 'NSTEMI', 'pneumonie acquise en communauté', 'AVC ischémique',
         'insuffisance cardiaque décompensée', 'cellulite membre inférieur', 'trouble dépressif majeur',
         'diabète type 2 décompensé', 'MPOC exacerbée', 'entorse lombaire', 'hernie discale L4-L5',
         'lacération main gauche (scie)', 'commotion cérébrale']
DX_EN = ['right hip fracture', 'NSTEMI', 'community-acquired pneumonia', 'ischemic stroke',
         'decompensated heart failure', 'lower-limb cellulitis', 'major depressive disorder',
         'uncontrolled type 2 diabetes', 'COPD exacerbation', 'lumbar strain', 'L4-L5 disc herniation',
         'left hand laceration (saw)', 'concussion']
MEDS = ['apixaban 5 mg BID', 'metformine 500 mg BID', 'hydromorphone 1 mg q4h PRN', 'sertraline 50 mg DIE',
        'furosémide 40 mg DIE', 'insuline glargine 20 u HS', 'méthadone 60 mg DIE', 'quétiapine 25 mg HS']
SOCIAL_FR = ['suivi DPJ en cours', "sans domicile fixe, hébergé en refuge", 'violence conjugale rapportée, plan de sécurité',
             'demandeur d\'asile, couverture PFSI', 'sortie de détention récente', 'aide sociale, vit seul(e)']
SOCIAL_EN = ['CAS involvement (child protection)', 'currently homeless, shelter', 'intimate partner violence disclosed',
             'refugee claimant, IFHP coverage', 'recently released from custody', 'on ODSP, lives alone']
STREETS = ['rue des Érables', 'boul. Laurier', 'av. Cartier', 'rang Saint-Joseph', 'Maple Ave', 'King St W', 'Elgin St']
CITIES_QC = ['Québec', 'Lévis', 'Montréal', 'Sherbrooke', 'Trois-Rivières']
CITIES_ON = ['Ottawa', 'Kingston', 'Cornwall', 'Toronto']

def staff(r):
    return r.choice(STAFF_FN), r.choice(STAFF_LN)

def phone(r):
    return '%03d-555-%04d' % (r.choice([418, 514, 819, 613, 416, 450]), r.randint(100, 9999))

def mrdate(r, y0=2026):
    d = datetime.date(y0, 1, 1) + datetime.timedelta(days=r.randint(0, 330))
    return d

def sig(r, lang, fn=None, ln=None):
    fn, ln = (fn, ln) if fn else staff(r)
    if lang == 'fr':
        t = r.choice(['Agente administrative — Archives médicales', 'Technicienne en gestion des dossiers', 'Conseillère, Commissariat aux plaintes',
                      'Gestionnaire des risques', 'Coordonnateur, gestion des lits', 'Agent de facturation', 'Chef de service, approvisionnement',
                      'Analyste TI', 'Intervenante en soins spirituels', 'Coordonnatrice, services d\'interprétation'])
        return '\n--\n%s %s\n%s\n%s\n%s poste %d\n\nAVIS DE CONFIDENTIALITÉ : ce message peut contenir des renseignements confidentiels. S\'il vous a été transmis par erreur, veuillez le détruire et en aviser l\'expéditeur.' % (
            fn, ln, t, ORG['fr'], phone(r), r.randint(2000, 7999))
    t = r.choice(['Health Records Clerk', 'Release of Information Specialist', 'Patient Relations Advisor', 'Risk Manager',
                  'Patient Flow Coordinator', 'Billing Clerk', 'Procurement Officer', 'IT Analyst', 'Spiritual Care Practitioner',
                  'Interpreter Services Coordinator'])
    return '\n--\n%s %s\n%s | %s\nT %s ext. %d\n\nThis e-mail may contain privileged information. If received in error, please delete it and notify the sender.' % (
        fn, ln, t, ORG['en'], phone(r), r.randint(2000, 7999))

# ---------------- attachments ----------------
def norm_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zo:
        for n in sorted(zin.namelist(), key=lambda x: (x != '[Content_Types].xml', x)):
            b = zin.read(n)
            if n.endswith('core.xml') or n.endswith('app.xml'):
                b = re.sub(rb'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?', b'2026-01-05T09:00:00Z', b)
            zi = zipfile.ZipInfo(n, date_time=(2026, 1, 5, 9, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            zo.writestr(zi, b)
    return out.getvalue()

def mk_pdf(lines, title='Document'):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title); c.setAuthor('synthetic'); c.setFont('Helvetica', 10)
    y = 750
    for l in lines:
        for sub in l.split('\n'):
            c.drawString(50, y, sub); y -= 14
            if y < 60:
                c.showPage(); c.setFont('Helvetica', 10); y = 750
    c.save()
    return buf.getvalue()

def mk_docx(lines, title):
    import docx
    d = docx.Document()
    d.core_properties.created = FIXED; d.core_properties.modified = FIXED
    d.core_properties.author = 'synthetic'; d.core_properties.title = title
    d.add_heading(title, 1)
    for l in lines:
        d.add_paragraph(l)
    b = io.BytesIO(); d.save(b)
    return norm_zip(b.getvalue())

def mk_xlsx(rows, title='Feuil1'):
    import openpyxl
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = title[:30]
    wb.properties.created = FIXED; wb.properties.modified = FIXED; wb.properties.creator = 'synthetic'
    for row in rows:
        ws.append(list(row))
    b = io.BytesIO(); wb.save(b)
    return norm_zip(b.getvalue())

def mk_csv(rows, sep=','):
    b = io.StringIO(); w = csv.writer(b, delimiter=sep, lineterminator='\r\n')
    for row in rows: w.writerow(row)
    return b.getvalue().encode('utf-8')

def mk_ics(summary, desc, start, uid, loc):
    dt = start.strftime('%Y%m%dT%H%M%S')
    de = (start + datetime.timedelta(hours=1)).strftime('%Y%m%dT%H%M%S')
    def esc(s): return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    t = ('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//synthetic//corpus//FR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n'
         'UID:%s\r\nDTSTAMP:20260105T090000Z\r\nDTSTART;TZID=America/Toronto:%s\r\nDTEND;TZID=America/Toronto:%s\r\n'
         'SUMMARY:%s\r\nLOCATION:%s\r\nDESCRIPTION:%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n') % (uid, dt, de, esc(summary), esc(loc), esc(desc))
    return t.encode('utf-8')

def mk_vcf(fn, ln, tel, adr, note='', org=''):
    t = 'BEGIN:VCARD\r\nVERSION:3.0\r\nN:%s;%s;;;\r\nFN:%s %s\r\n' % (ln, fn, fn, ln)
    if org: t += 'ORG:%s\r\n' % org
    t += 'TEL;TYPE=HOME:%s\r\nADR;TYPE=HOME:;;%s;;;;\r\n' % (tel, adr.replace(',', '\\,'))
    if note: t += 'NOTE:%s\r\n' % note.replace(',', '\\,').replace(';', '\\;')
    t += 'END:VCARD\r\n'
    return t.encode('utf-8')

def mk_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, b in files:
            zi = zipfile.ZipInfo(n, date_time=(2026, 1, 5, 9, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, b)
    return out.getvalue()

def mk_eml(frm, to, subj, body, date):
    m = EmailMessage()
    m['From'] = frm; m['To'] = to; m['Subject'] = subj; m['Date'] = date
    m['Message-ID'] = '<inner.%s@%s>' % (hashlib.sha1(subj.encode()).hexdigest()[:16], frm.split('@')[-1].rstrip('>'))
    m.set_content(body)
    return m.as_bytes(policy=email.policy.default)

MIME = {'pdf': ('application', 'pdf'), 'docx': ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document'),
        'xlsx': ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet'), 'csv': ('text', 'csv'),
        'ics': ('text', 'calendar'), 'vcf': ('text', 'vcard'), 'zip': ('application', 'zip'), 'eml': ('message', 'rfc822'),
        'txt': ('text', 'plain')}

# ---------------- patients ----------------
ON_NAMES = [('Brennan', 'Liam'), ('Okafor', 'Grace'), ('Kowalski', 'Peter'), ('Mitchell', 'Hannah'), ('Da Silva', 'Rui'),
            ('Harper', 'Joan'), ('Zhou', 'Wei'), ('Campbell', 'Doris'), ('Ahmed', 'Yusuf'), ('Lindqvist', 'Erik')]
BE_NAMES = [('Peeters', 'Jan'), ('Janssens', 'Marie'), ('Dubois', 'Luc'), ('Lambert', 'Sophie'), ('Maes', 'Els')]
FR_NAMES = [('Martin', 'Claire'), ('Bernard', 'Hugo'), ('Petit', 'Camille'), ('Durand', 'Louis'), ('Moreau', 'Inès')]

def qc_pat(r, NAMS):
    p = dict(r.choice(NAMS)); p['mrn'] = gen_mrn(r); return p

def on_pat(r):
    s, g = r.choice(ON_NAMES)
    return dict(sur=s, given=g, dob='%d-%02d-%02d' % (r.randint(1940, 2005), r.randint(1, 12), r.randint(1, 28)),
                sex=r.choice('MF'), ohn=gen_ohn(r), mrn=gen_mrn(r))

def title(p, lang):
    if lang == 'fr': return 'Mme' if p['sex'] == 'F' else 'M.'
    return 'Mrs.' if p['sex'] == 'F' else 'Mr.'

def ne(p): return 'née' if p['sex'] == 'F' else 'né'

def dd(p, r):
    y, m, d = p['dob'].split('-')
    return r.choice(['%s-%s-%s' % (y, m, d), '%s/%s/%s' % (d, m, y), '%s.%s.%s' % (d, m, y), '%s%s%s' % (y, m, d)])

def quote(text, who, when, lang):
    hdr = ('Le %s, %s a écrit :' % (when, who)) if lang == 'fr' else ('On %s, %s wrote:' % (when, who))
    return hdr + '\n' + '\n'.join('> ' + l if l else '>' for l in text.split('\n'))

def fwd(text, frm, subj, when, lang):
    if lang == 'fr':
        return '-------- Message transféré --------\nDe : %s\nDate : %s\nObjet : %s\n\n%s' % (frm, when, subj, text)
    return '---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\n\n%s' % (frm, when, subj, text)

# ---------------- POSITIVE templates ----------------
def p_roi(r, lang, C):
    p = qc_pat(r, C['NAMS']); a, b = mrdate(r), mrdate(r)
    law = r.choice(['Me Rivard', 'Me Tanguay', 'Ms. Forsyth'])
    if lang == 'fr':
        s = r.choice(['Demande d\'accès - %s %s' % (p['sur'].upper(), p['given']), 'Copie dossier %s, %s' % (p['sur'], p['given']), 'Réf. %s / autorisation signée' % law])
        body = ('Bonjour %s,\n\nSuite à votre demande reçue le %s, vous trouverez ci-joint copie des documents autorisés pour :\n\n'
                '%s, %s  DDN %s  NAM %s  Dossier %s\nPériode : %s au %s\n- notes de l\'urgence\n- protocole d\'imagerie (%s)\n- résumé de départ\n\n'
                'Frais : 15 $ + 0,50 $/page (48 pages). Facture suivra.\n') % (law, a, p['sur'].upper(), p['given'], dd(p, r), fmt_nam(p['nam'], r), p['mrn'], a, b, r.choice(DX_FR))
        t = ['patient_name', 'ramq_nam', 'mrn', 'date_of_birth', 'diagnosis']
    else:
        s = r.choice(['Records request - %s, %s' % (p['sur'], p['given']), 'ROI complete: %s' % p['sur'], 'Your file %d' % r.randint(1000, 9999)])
        body = ('Hello %s,\n\nAs requested (signed consent on file), attached are the records for:\n\n%s, %s  DOB %s  RAMQ %s  Chart %s\n'
                'Dates of service %s to %s: ED notes, imaging report (%s), discharge summary.\n\nInvoice to follow.\n') % (law, p['sur'].upper(), p['given'], dd(p, r), fmt_nam(p['nam'], r), p['mrn'], a, b, r.choice(DX_EN))
        t = ['patient_name', 'ramq_nam', 'mrn', 'date_of_birth', 'diagnosis']
    atts = []
    if r.random() < 0.6:
        atts.append(('autorisation_%s.pdf' % p['sur'].lower(), mk_pdf(['AUTORISATION DE COMMUNIQUER', 'Usager: %s %s' % (p['sur'], p['given']), 'NAM: %s' % p['nam'], 'Signature: ____'], 'Autorisation')))
    return dict(subj=s, body=body, atts=atts, types=t, note='records release to lawyer naming patient with NAM, chart and diagnosis')

def p_court(r, lang, C):
    p = qc_pat(r, C['NAMS']) if lang == 'fr' else on_pat(r)
    if lang == 'fr':
        s = 'Subpoena duces tecum - dossier %s' % p['mrn']
        body = ('Me,\n\nEn réponse à l\'assignation (C.S. 200-17-%06d), nous déposerons sous pli scellé le dossier de %s %s %s (%s, dossier %s).\n'
                'Épisode du %s : %s ; %s.\nLe dossier psychiatrique est exclu sauf ordonnance spécifique.\n') % (
            r.randint(0, 999999), title(p, 'fr'), p['given'], p['sur'], dd(p, r), p['mrn'], mrdate(r), r.choice(DX_FR), r.choice(SOCIAL_FR))
        t = ['patient_name', 'mrn', 'date_of_birth', 'diagnosis', 'social_information']
    else:
        s = 'Summons to witness - %s %s' % (p['given'], p['sur'])
        body = ('Counsel,\n\nRe: R. v. %s. We received the summons for the health records of %s %s %s (DOB %s, OHN %s, MRN %s).\n'
                'Admission %s, dx %s. Social work notes reference: %s.\nCertified copies will be delivered by courier; please confirm the return date.\n') % (
            p['sur'], title(p, 'en'), p['given'], p['sur'], dd(p, r), fmt_ohn(p['ohn'], r), p['mrn'], mrdate(r), r.choice(DX_EN), r.choice(SOCIAL_EN))
        t = ['patient_name', 'ca_health_number', 'mrn', 'date_of_birth', 'diagnosis', 'social_information']
    return dict(subj=s, body=body, atts=[], types=t, note='court summons response with patient identity, diagnosis and social notes')

def p_insurer(r, lang, C):
    p = qc_pat(r, C['NAMS']); dx = r.choice(DX_FR if lang == 'fr' else DX_EN)
    pol = 'POL-%07d' % r.randint(0, 9999999)
    if lang == 'fr':
        s = r.choice(['%s %s - attestation invalidité %s' % (p['sur'], p['given'], pol), 'Demande assureur ' + pol])
        body = 'Bonjour,\n\nAttestation médicale complétée pour %s, %s (DDN %s) :\nDx : %s\nArrêt du %s, retour progressif prévu.\nRx : %s\n\nMerci d\'indiquer notre n° de dossier %s sur tout échange.\n' % (
            p['sur'].upper(), p['given'], dd(p, r), dx, mrdate(r), r.choice(MEDS), p['mrn'])
    else:
        s = r.choice(['APS for %s, %s - claim %s' % (p['sur'], p['given'], pol), 'Attending physician statement ' + pol])
        body = 'Hi,\n\nAPS completed for %s, %s (DOB %s):\nDx: %s\nOff work since %s, gradual return planned.\nMeds: %s\n\nPlease quote our chart # %s.\n' % (
            p['sur'].upper(), p['given'], dd(p, r), dx, mrdate(r), r.choice(MEDS), p['mrn'])
    return dict(subj=s, body=body, atts=[], types=['patient_name', 'date_of_birth', 'diagnosis', 'medication', 'mrn'], note='disability insurer statement for named patient with diagnosis')

def p_ramq(r, lang, C):
    ps = [qc_pat(r, C['NAMS']) for _ in range(r.randint(3, 7))]
    rows = [['NAM', 'Nom', 'Date service', 'Code acte', 'Dx (CIM)', 'Motif refus']]
    for p in ps:
        rows.append([p['nam'], '%s %s' % (p['sur'], p['given']), str(mrdate(r)), str(r.randint(8000, 9999)), r.choice(['I21.4', 'J18.9', 'E11.65', 'S72.0', 'F32.2']), r.choice(['NAM invalide', 'Délai dépassé', 'Code incompatible', 'Doublon'])])
    if lang == 'fr':
        s = 'Refus RAMQ - lot %d' % r.randint(100, 999)
        body = 'Salut,\n\nVoici les demandes refusées du dernier état de compte. Peux-tu corriger et retransmettre avant vendredi?\n'
    else:
        s = 'RAMQ rejections batch %d' % r.randint(100, 999)
        body = 'Hi,\n\nRejected claims from the last statement attached. Please correct and resubmit by Friday.\n'
    if r.random() < 0.5:
        att = ('refus_ramq.csv', mk_csv(rows, sep=';'))
    else:
        att = ('refus_ramq.xlsx', mk_xlsx(rows, 'Refus'))
    if r.random() < 0.3:
        body += '\n' + '\n'.join('%s %s %s' % (p['sur'].upper(), fmt_nam(p['nam'], r), 'refus') for p in ps[:2]) + '\n'
    return dict(subj=s, body=body, atts=[att], types=['ramq_nam', 'patient_name', 'diagnosis'], note='RAMQ rejected-claims list with NAMs, names, ICD codes')

def p_wsib(r, lang, C):
    p = on_pat(r); cl = '%08d' % r.randint(0, 99999999); dx = r.choice(DX_EN[8:] if lang == 'en' else DX_FR[9:])
    if lang == 'en':
        s = r.choice(['WSIB claim %s' % cl, 'Form 8 - %s' % p['sur'], ''])
        body = ('Please find attached the Form 8 for our patient.\n\nWSIB claim: %s\nWorker: %s, %s  DOB %s\nOHN %s\nInjury: %s at work on %s. Modified duties 3 wks.\n') % (
            cl, p['sur'], p['given'], dd(p, r), fmt_ohn(p['ohn'], r), dx, mrdate(r))
        if not s: s = 'WSIB %s %s' % (p['sur'], fmt_ohn(p['ohn'], r))
    else:
        s = 'CSPAAT dossier %s' % cl
        body = ('Bonjour,\n\nFormulaire 8 ci-joint. Travailleur : %s, %s  DDN %s  NCS %s  carte santé Ontario %s\nBlessure : %s le %s.\n') % (
            p['sur'], p['given'], dd(p, r), fmt_sin(gen_sin(r), r), fmt_ohn(p['ohn'], r), dx, mrdate(r))
    lines = ['Health Professional\'s Report (Form 8)', 'Worker: %s %s' % (p['given'], p['sur']), 'Health number: %s' % p['ohn'], 'Diagnosis: %s' % dx]
    att = ('form8_%s.docx' % p['sur'].lower().replace(' ', ''), mk_docx(lines, 'Form 8'))
    t = ['patient_name', 'ca_health_number', 'date_of_birth', 'diagnosis'] + (['ca_sin'] if lang == 'fr' else [])
    return dict(subj=s, body=body, atts=[att], types=t, note='WSIB work-injury claim with worker-patient identity and injury')

def p_cnesst(r, lang, C):
    p = qc_pat(r, C['NAMS']); ev = '%09d' % r.randint(0, 999999999); sn = gen_sin(r)
    if lang == 'fr':
        s = 'CNESST - %s %s - réclamation %s' % (p['sur'], p['given'][0], ev)
        body = 'Bonjour,\n\nRapport médical d\'évolution pour le travailleur %s %s, NAM %s, NAS %s.\nLésion : %s. Physio 3x/sem, assignation temporaire refusée.\nProchain RV : %s.\n' % (
            p['given'], p['sur'], fmt_nam(p['nam'], r), fmt_sin(sn, r), r.choice(DX_FR[9:]), mrdate(r))
    else:
        s = 'CNESST progress report %s' % ev
        body = 'Hello,\n\nProgress report for worker %s %s, RAMQ %s, SIN %s.\nInjury: %s. Physio 3x/wk. Temporary assignment declined.\nNext visit %s.\n' % (
            p['given'], p['sur'], fmt_nam(p['nam'], r), fmt_sin(sn, r), r.choice(DX_EN[9:]), mrdate(r))
    return dict(subj=s, body=body, atts=[], types=['patient_name', 'ramq_nam', 'ca_sin', 'diagnosis'], note='CNESST progress report with NAM, SIN and injury')

def p_complaint(r, lang, C):
    p = qc_pat(r, C['NAMS']) if r.random() < 0.6 else on_pat(r)
    fn, ln = staff(r); no = 'PL-%d-%04d' % (2026, r.randint(1, 999))
    if lang == 'fr':
        s = r.choice(['Plainte %s' % no, 'Plainte - %s' % p['sur'], 'Suivi plainte famille %s' % p['sur']])
        body = ('Bonjour %s,\n\nNous avons reçu une plainte de la fille de %s %s %s (dossier %s), hospitalisé%s à l\'unité %s pour %s.\n'
                'Elle reproche un délai de 6 h avant l\'analgésie et une chute non déclarée le %s. Pouvez-vous me transmettre votre version des faits d\'ici 10 jours?\n') % (
            fn, title(p, 'fr'), p['given'], p['sur'], p['mrn'], 'e' if p['sex'] == 'F' else '', r.choice(['4B', '6A', '7 Nord']), r.choice(DX_FR), mrdate(r))
    else:
        s = r.choice(['Complaint %s' % no, 'Patient relations - %s family' % p['sur']])
        body = ('Hi %s,\n\nWe received a complaint from the son of %s %s %s (MRN %s), admitted to %s with %s.\n'
                'Concerns: 6 h delay for pain control, fall on %s not disclosed to family. Please send your account within 10 days.\n') % (
            fn, title(p, 'en'), p['given'], p['sur'], p['mrn'], r.choice(['4B', '6A', 'CCU']), r.choice(DX_EN), mrdate(r))
    return dict(subj=s, body=body, atts=[], types=['patient_name', 'mrn', 'diagnosis'], note='patient complaint naming patient, chart and condition')

def p_incident(r, lang, C):
    p = qc_pat(r, C['NAMS']); no = 'AH-223 #%d' % r.randint(10000, 99999)
    if lang == 'fr':
        lines = ['RAPPORT DE DÉCLARATION D\'INCIDENT/ACCIDENT (AH-223)', 'Usager : %s, %s' % (p['sur'], p['given']), 'Dossier : %s   DDN : %s' % (p['mrn'], p['dob']),
                 'Événement : erreur de médication - %s administré 2x' % r.choice(MEDS), 'Conséquence : surveillance, aucun dommage', 'Gravité : C']
        s = 'Déclaration %s' % no; body = 'Bonjour,\n\nCi-joint la déclaration pour analyse au comité. Usager avisé (divulgation faite).\n'
    else:
        lines = ['INCIDENT REPORT', 'Patient: %s, %s' % (p['sur'], p['given']), 'MRN: %s  DOB: %s' % (p['mrn'], p['dob']),
                 'Event: fall from bed, night shift; laceration to scalp, CT head negative', 'Severity: moderate']
        s = 'Incident report %s' % no; body = 'Hi,\n\nAttached for the risk committee. Disclosure done with the family.\n'
    ext = r.choice(['pdf', 'docx'])
    att = ('incident.%s' % ext, mk_pdf(lines, 'AH-223') if ext == 'pdf' else mk_docx(lines, 'AH-223'))
    if r.random() < 0.4:
        body += ('\nRésumé : %s %s, %s\n' if lang == 'fr' else '\nSummary: %s %s, %s\n') % (p['sur'].upper(), p['mrn'], lines[3].split(':', 1)[1])
    return dict(subj=s, body=body, atts=[att], types=['patient_name', 'mrn', 'date_of_birth', 'medication' if lang == 'fr' else 'diagnosis'], note='incident report attachment identifying patient and event')

def p_beds(r, lang, C):
    ps = [qc_pat(r, C['NAMS']) for _ in range(r.randint(3, 6))]
    if lang == 'fr':
        s = 'Attente de lits urgence %s' % r.choice(['7h', '15h', '23h'])
        hdr = 'Liste pour le huddle :\n\n'
        lines = ['%s %s  %s  %s  -> %s' % (p['sur'].upper(), p['given'][0], p['mrn'], r.choice(DX_FR), r.choice(['méd 4B', 'chir 6A', 'USI', 'gériatrie'])) for p in ps]
        tail = '\n\nTransfert CHSLD en attente pour 2. Merci\n'
    else:
        s = 'ED bed board %s' % r.choice(['0700', '1500'])
        hdr = 'Admitted pts waiting:\n\n'
        lines = ['%s, %s  %s  %s  -> %s' % (p['sur'], p['given'], p['mrn'], r.choice(DX_EN), r.choice(['Med 4B', 'Surg 6A', 'ICU', 'Geri'])) for p in ps]
        tail = '\n\n2 ALC awaiting LTC.\n'
    atts = []
    if r.random() < 0.4:
        atts.append(('lits.xlsx', mk_xlsx([['Nom', 'Dossier', 'Dx', 'Destination']] + [l.split('  ') for l in lines], 'Lits')))
        body = hdr + 'voir fichier joint' + tail if lang == 'fr' else hdr + 'see attached' + tail
    else:
        body = hdr + '\n'.join(lines) + tail
    return dict(subj=s, body=body, atts=atts, types=['patient_name', 'mrn', 'diagnosis'], note='bed-management list of named patients with chart numbers and diagnoses')

def p_transport(r, lang, C):
    p = qc_pat(r, C['NAMS']); adr = '%d %s, %s' % (r.randint(10, 9999), r.choice(STREETS), r.choice(CITIES_QC)); tel = phone(r)
    if lang == 'fr':
        s = r.choice(['Transport %s' % p['sur'], 'Transport adapté - RV dialyse', 'Demande transport %s' % mrdate(r)])
        body = 'Bonjour,\n\nSvp prévoir transport civière pour :\n%s, %s  %s\nAdresse : %s\nTél : %s\nRV : hémodialyse %s 7h15, retour 12h. O2 2 L.\n' % (
            p['sur'], p['given'], fmt_nam(p['nam'], r), adr, tel, mrdate(r))
        t = ['patient_name', 'ramq_nam', 'patient_contact', 'diagnosis']
    else:
        s = 'Transport booking %s' % p['sur']
        body = 'Hi,\n\nStretcher transport for %s %s, chart %s\nPickup: %s\nPhone: %s\nAppt: oncology (chemo) %s 09:00, return after.\n' % (
            p['given'], p['sur'], p['mrn'], adr, tel, mrdate(r))
        t = ['patient_name', 'mrn', 'patient_contact', 'diagnosis']
    atts = []
    if r.random() < 0.4:
        atts.append(('%s.vcf' % p['sur'].lower(), mk_vcf(p['given'], p['sur'], tel, adr, 'transport civière, dialyse' if lang == 'fr' else 'stretcher, chemo')))
    return dict(subj=s, body=body, atts=atts, types=t, note='patient transport request with home address and phone')

def p_interp(r, lang, C):
    p = qc_pat(r, C['NAMS']) if lang == 'fr' else on_pat(r)
    lg = r.choice(['arabe', 'espagnol', 'tigrigna', 'mandarin', 'dari']) if lang == 'fr' else r.choice(['Arabic', 'Spanish', 'Tigrinya', 'Mandarin', 'Dari'])
    st = datetime.datetime.combine(mrdate(r), datetime.time(r.choice([8, 9, 10, 13, 14])))
    if lang == 'fr':
        s = 'Interprète %s - %s' % (lg, p['sur'])
        desc = 'Usager : %s %s, dossier %s. Annonce diagnostique oncologie (cancer du sein). Demandeuse d\'asile.' % (p['given'], p['sur'], p['mrn'])
        body = 'Bonjour,\n\nBesoin d\'un interprète en %s en présentiel. Détails dans l\'invitation.\n' % lg
    else:
        s = 'Interpreter request - %s' % lg
        desc = 'Patient: %s %s, MRN %s. Breaking bad news (oncology). Refugee claimant.' % (p['given'], p['sur'], p['mrn'])
        body = 'Hello,\n\nIn-person %s interpreter needed, details in the invite.\n' % lg
    att = ('invitation.ics', mk_ics(s, desc, st, 'interp-%d@corpus.example' % r.randint(0, 10**8), 'Clinique oncologie 3e'))
    return dict(subj=s, body=body, atts=[att], types=['patient_name', 'mrn', 'diagnosis', 'social_information'], note='interpreter booking invite naming patient, diagnosis and immigration status')

def p_chapl(r, lang, C):
    p = qc_pat(r, C['NAMS'])
    if lang == 'fr':
        s = 'Soins spirituels ch. %d' % r.randint(100, 899)
        body = 'Bonjour,\n\n%s %s (%s ans environ), soins palliatifs, fin de vie imminente. La famille demande le sacrement des malades. Catholique. Fils : %s.\n' % (
            title(p, 'fr'), p['sur'], 2026 - int(p['dob'][:4]), phone(r))
    else:
        s = 'Spiritual care request rm %d' % r.randint(100, 899)
        body = 'Hi,\n\n%s %s %s, palliative, actively dying. Family would like a visit and prayers this evening. Daughter reachable at %s.\n' % (
            title(p, 'en'), p['given'], p['sur'], phone(r))
    return dict(subj=s, body=body, atts=[], types=['patient_name', 'diagnosis', 'patient_contact'], note='chaplaincy request identifying palliative patient and family contact')

def p_it(r, lang, C):
    p = qc_pat(r, C['NAMS']); m2 = gen_mrn(r)
    if lang == 'fr':
        s = 'Billet %d - fusion de dossiers' % r.randint(100000, 999999)
        body = 'Bonjour TI,\n\nDoublon dans le DPE : %s %s %s\ndossier %s et dossier %s, même NAM %s.\nRésultats de labo (HbA1c 9,8 %%) attachés au mauvais dossier. Merci de fusionner.\n' % (
            p['sur'], p['given'], p['dob'], p['mrn'], m2, fmt_nam(p['nam'], r))
    else:
        s = 'Ticket %d - chart merge' % r.randint(100000, 999999)
        body = 'Hi IT,\n\nDuplicate charts for %s, %s DOB %s: %s and %s (RAMQ %s).\nLab results (INR 4.2) filed on the wrong one. Please merge.\n' % (
            p['sur'], p['given'], p['dob'], p['mrn'], m2, fmt_nam(p['nam'], r))
    return dict(subj=s, body=body, atts=[], types=['patient_name', 'ramq_nam', 'mrn', 'date_of_birth', 'lab_result'], note='IT ticket for chart merge with identifiers and lab result')

def p_be(r, lang, C):
    s_, g = r.choice(BE_NAMES); ni, dob, sx = gen_niss(r)
    if lang == 'fr':
        s = 'Transfert patient belge - %s' % s_
        body = 'Chère consœur,\n\nNous organisons le rapatriement de %s %s %s (NISS %s), %s, hospitalisé%s chez nous depuis le %s.\nMerci de confirmer un lit en cardiologie et la prise en charge mutuelle.\n' % (
            'Mme' if sx == 'F' else 'M.', g, s_, fmt_niss(ni, r), r.choice(DX_FR[:5]), 'e' if sx == 'F' else '', mrdate(r))
    else:
        s = 'Repatriation - Belgian national %s' % s_
        body = 'Dear colleague,\n\nWe are arranging repatriation of %s %s (NISS %s, born %s), admitted since %s with %s.\nPlease confirm bed availability.\n' % (
            g, s_, fmt_niss(ni, r), dob, mrdate(r), r.choice(DX_EN[:5]))
    return dict(subj=s, body=body, atts=[], types=['patient_name', 'be_niss', 'diagnosis'], note='repatriation to Belgian hospital with NISS and diagnosis')

def p_fr(r, lang, C):
    s_, g = r.choice(FR_NAMES); ni, sx = gen_nir(r)
    if lang == 'fr':
        s = 'Prise en charge CPAM - %s %s' % (s_.upper(), g)
        body = 'Bonjour,\n\nPatient%s français%s : %s %s, NIR %s, admis%s aux urgences pour %s.\nMerci de nous transmettre l\'attestation de droits / formulaire SE 401-Q-102.\n' % (
            'e' if sx == '2' else '', 'e' if sx == '2' else '', s_.upper(), g, fmt_nir(ni, r), 'e' if sx == '2' else '', r.choice(DX_FR))
    else:
        s = 'French insured patient - billing'
        body = 'Hello,\n\nFrench tourist %s %s (NIR %s) treated in our ED for %s. Please send the coverage confirmation.\n' % (g, s_, fmt_nir(ni, r), r.choice(DX_EN))
    return dict(subj=s, body=body, atts=[], types=['patient_name', 'fr_nir', 'diagnosis'], note='French insured patient billing with NIR and diagnosis')

def p_subject_only(r, lang, C):
    p = qc_pat(r, C['NAMS'])
    if r.random() < 0.5:
        s = '%s %s %s' % (p['sur'].upper(), p['given'], fmt_nam(p['nam'], r).replace('\n', ' ')); t = ['patient_name', 'ramq_nam']
    else:
        s = '%s, %s - %s - %s' % (p['sur'], p['given'], p['mrn'], r.choice(['VIH+', 'psy', 'IVG', 'hépatite C'])); t = ['patient_name', 'mrn', 'diagnosis']
    body = r.choice(['svp traiter', 'Voir avec Josée.', 'FYI', '?', 'pour facturation merci', ''])
    return dict(subj=s, body=body, atts=[], types=t, note='patient identity only in Subject line')

def p_quoted(r, lang, C):
    p = qc_pat(r, C['NAMS']); fn, ln = staff(r)
    if lang == 'fr':
        orig = 'Bonjour,\nPouvez-vous confirmer la couverture pour %s %s, NAM %s, chirurgie bariatrique prévue le %s?\nMerci' % (p['given'], p['sur'], fmt_nam(p['nam'], r), mrdate(r))
        body = 'C\'est beau, couverture confirmée.\n\n' + quote(orig, '%s %s <%s.%s@%s>' % (fn, ln, fn[0].lower(), ln.lower().replace('é', 'e').replace('ô', 'o'), 'chu-exemple.example'), '3 déc. 2026 à 14:02', 'fr')
        s = 'RE: couverture'
    else:
        orig = 'Hi,\nCan you confirm coverage for %s %s, RAMQ %s, bariatric surgery on %s?\nThanks' % (p['given'], p['sur'], fmt_nam(p['nam'], r), mrdate(r))
        body = 'Confirmed, all good.\n\n' + quote(orig, '%s %s' % (fn, ln), 'Thu, Dec 3, 2026 at 2:02 PM', 'en')
        s = 'RE: coverage question'
    return dict(subj=s, body=body, atts=[], types=['patient_name', 'ramq_nam', 'diagnosis'], note='patient data in quoted earlier message of a short reply')

def p_fwd_att(r, lang, C):
    p = qc_pat(r, C['NAMS'])
    inner_body = ('Usager %s %s, dossier %s, %s. Suivi toxicomanie (CRD). Rx: %s.' if lang == 'fr' else 'Patient %s %s, chart %s, %s. Addiction services follow-up. Rx: %s.') % (
        p['given'], p['sur'], p['mrn'], p['dob'], r.choice(MEDS[5:]))
    inner = mk_eml('archives@chu-exemple.example', 'pharmacie@chu-exemple.example', 'Dossier %s' % p['mrn'], inner_body, 'Tue, 01 Dec 2026 10:00:00 -0500')
    s = 'TR: message ci-joint' if lang == 'fr' else 'Fwd: see attached'
    body = 'Je te transfère le courriel en pièce jointe.\n' if lang == 'fr' else 'Forwarding the message as attachment.\n'
    return dict(subj=s, body=body, atts=[('message.eml', inner)], types=['patient_name', 'mrn', 'date_of_birth', 'medication', 'social_information'], note='forwarded-as-attachment email with patient chart, medication and addiction follow-up')

def p_inline_fwd(r, lang, C):
    p = on_pat(r)
    orig = ('Patient: %s, %s\nOHN: %s\nMRN: %s\nReason: ED visit for %s, requesting invoice for uninsured services.' % (p['sur'], p['given'], fmt_ohn(p['ohn'], r), p['mrn'], r.choice(DX_EN)))
    if lang == 'fr':
        body = 'Pour info, peux-tu préparer la facture?\n\n' + fwd(orig, 'billing@lakeshore-health.example', 'Uninsured services', '2 déc. 2026', 'fr'); s = 'TR: Uninsured services'
    else:
        body = 'FYI - can you prepare the invoice?\n\n' + fwd(orig, 'billing@lakeshore-health.example', 'Uninsured services', 'Wed, Dec 2, 2026', 'en'); s = 'Fwd: Uninsured services'
    return dict(subj=s, body=body, atts=[], types=['patient_name', 'ca_health_number', 'mrn', 'diagnosis'], note='inline forward with Ontario health number and ED diagnosis')

def p_zip(r, lang, C):
    ps = [qc_pat(r, C['NAMS']) for _ in range(4)]
    rows = [['date', 'demandeur', 'usager', 'nam', 'documents']] + [[str(mrdate(r)), r.choice(['avocat', 'assureur', 'SAAQ', 'usager']), '%s %s' % (p['sur'], p['given']), p['nam'], r.choice(['urgence', 'psychiatrie', 'imagerie'])] for p in ps]
    z = mk_zip([('registre_acces.csv', mk_csv(rows)), ('LISEZMOI.txt', b'Registre mensuel des demandes d\'acces\r\n')])
    s = 'Registre des demandes d\'accès - novembre' if lang == 'fr' else 'ROI log - November'
    body = 'Ci-joint le registre (zip). Mot de passe par téléphone.\n' if lang == 'fr' else 'Log attached (zip). Password by phone.\n'
    return dict(subj=s, body=body, atts=[('registre.zip', z)], types=['patient_name', 'ramq_nam'], note='zip with CSV log of access requests listing patients and NAMs')

POS = [p_roi, p_court, p_insurer, p_ramq, p_wsib, p_cnesst, p_complaint, p_incident, p_beds, p_transport, p_interp,
       p_chapl, p_it, p_be, p_fr, p_subject_only, p_quoted, p_fwd_att, p_inline_fwd, p_zip]

# ---------------- NEGATIVE templates ----------------
def n_cstats(r, lang, C):
    q = r.choice(['T1', 'T2', 'T3']); n = r.randint(80, 240)
    rows = [['Motif', 'Nombre', '% conclu < 45 j']] + [[m, r.randint(3, 60), '%d %%' % r.randint(60, 98)] for m in ['Soins et services', 'Délais', 'Relations interpersonnelles', 'Aspect financier', 'Droits particuliers']]
    if lang == 'fr':
        s = 'Statistiques plaintes %s 2026-2027' % q
        body = 'Bonjour à tous,\n\nLe commissariat a reçu %d plaintes ce trimestre (%d à l\'urgence, %d en CHSLD). 14 plaintes concernent des usagers atteints de démence. Tableau joint pour le CA.\n' % (n, n // 3, n // 5)
    else:
        s = 'Patient relations - %s complaint statistics' % q
        body = 'Hi all,\n\nWe logged %d complaints this quarter (%d ED, %d LTC). 14 involved patients with dementia. Table attached for the Board.\n' % (n, n // 3, n // 5)
    return dict(subj=s, body=body, atts=[('stats_plaintes.xlsx', mk_xlsx(rows, 'Stats'))], note='aggregate complaint statistics')

def n_template(r, lang, C):
    if lang == 'fr':
        s = 'Modèle - lettre de réponse demande d\'accès (v3)'
        body = ('Bonjour,\n\nVoici le gabarit mis à jour. Remplacer les champs entre crochets.\n\n---\n[Nom de l\'usager]\nNAM : XXXX 0000 0000\nN° de dossier : [0000000]\n'
                'Objet : votre demande du [date]\nExemple : « Jean Exemple, né le 1980-01-01 » — ne pas laisser l\'exemple dans la lettre envoyée.\n---\n')
    else:
        s = 'Template - ROI response letter (v3)'
        body = ('Hi,\n\nUpdated template below. Replace bracketed fields.\n\n---\n[Patient name]\nHealth number: 0000-000-000 XX\nChart #: [MRN]\nRe: your request dated [date]\n'
                'Example: "John Sample, DOB 1980-01-01" - delete the example before sending.\n---\n')
    atts = [('modele.docx', mk_docx(body.split('\n'), 'Modèle'))] if r.random() < 0.5 else []
    return dict(subj=s, body=body, atts=atts, note='blank template with placeholder example values')

def n_proc(r, lang, C):
    if lang == 'fr':
        s = 'Procédure - vérification d\'identité avant communication'
        body = ('Rappel de la procédure DAM-04 :\n1. Valider deux identifiants : nom complet et date de naissance ou NAM (4 lettres + 8 chiffres).\n'
                '2. Le n° de dossier (7 chiffres) ne suffit pas seul.\n3. Ne jamais transmettre le NAM par courriel non chiffré.\n4. Les demandes d\'avocats exigent une autorisation signée de moins d\'un an (art. 19 LSSSS).\n')
    else:
        s = 'Procedure - identity verification before disclosure'
        body = ('Reminder of policy HIM-04:\n1. Verify two identifiers: full name and DOB or health number (10 digits + version code).\n'
                '2. MRN alone is not sufficient.\n3. Never e-mail health numbers unencrypted.\n4. Lawyer requests need a signed consent less than 12 months old (PHIPA s. 29).\n')
    return dict(subj=s, body=body, atts=[], note='procedure describing identifier formats without any real one')

def n_roster(r, lang, C):
    rows = []
    for i in range(r.randint(5, 9)):
        fn, ln = staff(r); rows.append('%s, %s  emp %06d  %s  %s' % (ln.upper(), fn, r.randint(100000, 999999), r.choice(['J', 'S', 'N', 'off']), r.choice(['4B', '6A', 'Archives', 'Admission', 'Transport'])))
    s = 'Horaire semaine %d - archives et admission' % r.randint(1, 52) if lang == 'fr' else 'Week %d roster - health records & admitting' % r.randint(1, 52)
    body = ('Horaire :\n\n' if lang == 'fr' else 'Roster:\n\n') + '\n'.join(rows) + ('\n\nÉchanges de quarts à approuver par Chantal.\n' if lang == 'fr' else '\n\nShift swaps need Chantal\'s approval.\n')
    return dict(subj=s, body=body, atts=[], note='staff roster with employee numbers')

def n_invoice(r, lang, C):
    inv = gen_sin(r); po = 'PO-%07d' % r.randint(0, 9999999); tps = '%09d RT0001' % r.randint(0, 999999999)
    lines = ['Facture / Invoice %s' % inv, 'Bon de commande %s' % po, 'TPS/GST %s' % tps,
             '%d x gants nitrile M (lot %s) %.2f $' % (r.randint(10, 90), gen_ohn(r), r.uniform(100, 900)),
             'Total : %.2f $' % r.uniform(1000, 9000)]
    s = 'Facture %s - %s' % (inv, po)
    body = ('Bonjour,\n\nVeuillez trouver la facture %s pour le bon de commande %s. Paiement net 30.\n' if lang == 'fr' else 'Hello,\n\nPlease find invoice %s for PO %s. Net 30.\n') % (inv, po)
    return dict(subj=s, body=body, atts=[('facture_%s.pdf' % inv, mk_pdf(lines, 'Invoice'))], note='vendor invoice; invoice and lot numbers pass Luhn but are not identifiers')

def n_legal(r, lang, C):
    if lang == 'fr':
        s = 'Avis juridique - assignations et ordonnances de communication'
        body = ('Bonjour,\n\nSuite à l\'arrêt récent de la Cour d\'appel, rappel : une assignation (subpoena) n\'autorise pas à elle seule la communication du dossier ; il faut le consentement de l\'usager ou une ordonnance.\n'
                'Le délai de réponse est de 20 jours. Les dossiers de santé mentale et de DPJ suivent des règles particulières.\nMe %s, Direction des affaires juridiques\n') % r.choice(STAFF_LN)
    else:
        s = 'Legal update - summons vs court orders for records'
        body = ('Hi,\n\nReminder: a summons alone does not authorize disclosure of a patient record; we need consent or a court order. Respond within 20 days. Mental health and CAS records have special rules.\n'
                '%s, Legal Services\n') % r.choice(STAFF_LN)
    return dict(subj=s, body=body, atts=[], note='legal guidance on procedures, no patient')

def n_staffdx(r, lang, C):
    fn, ln = staff(r); fn2, ln2 = staff(r)
    if lang == 'fr':
        s = r.choice(['Midi-conférence : Dre %s sur la sclérose en plaques' % ln, 'Absence de %s' % fn2])
        body = ('Bonjour,\n\nJeudi midi, la Dre %s %s, neurologue, présentera « Nouveautés dans le traitement de la sclérose en plaques ».\n'
                'Par ailleurs, %s %s est en congé de maladie jusqu\'au 15 ; Karine assure l\'intérim aux archives.\n') % (fn, ln, fn2, ln2)
    else:
        s = r.choice(['Grand rounds: Dr. %s on HIV PrEP' % ln, 'Coverage while %s is away' % fn2])
        body = ('Hi,\n\nThursday grand rounds: Dr. %s %s, infectious diseases, "HIV PrEP in 2027".\nAlso, %s %s is on sick leave until the 15th; Raj covers health records.\n') % (fn, ln, fn2, ln2)
    return dict(subj=s, body=body, atts=[], note='staff named next to disease they treat, staff sick leave')

def n_it(r, lang, C):
    nas = 'NAS-ARCH-%02d' % r.randint(1, 20)
    if lang == 'fr':
        s = 'Maintenance %s samedi 2h-6h' % nas
        body = 'Bonjour,\n\nLe NAS %s (numérisation des archives) sera indisponible samedi de 2h à 6h. Le DPE reste accessible. Billet de changement CHG%07d.\nÉquipe TI\n' % (nas, r.randint(0, 9999999))
    else:
        s = 'Outage: %s Saturday 02:00-06:00' % nas
        body = 'Hi,\n\nNAS %s (records scanning) offline Saturday 02:00-06:00. EHR unaffected. Change CHG%07d.\nIT Service Desk\n' % (nas, r.randint(0, 9999999))
    return dict(subj=s, body=body, atts=[], note='IT maintenance notice (NAS = storage)')

def n_po(r, lang, C):
    rows = [['Article', 'N° série', 'IMEI', 'Qté', 'Prix']] + [[r.choice(['Lecteur code-barres', 'Téléphone sans fil', 'Imprimante bracelets', 'Tablette']), 'SN%08d' % r.randint(0, 10**8), gen_ohn(r) + '%05d' % r.randint(0, 99999), r.randint(1, 40), '%.2f' % r.uniform(50, 900)] for _ in range(4)]
    s = 'Bon de commande %d - équipements' % r.randint(400000, 499999) if lang == 'fr' else 'Purchase order %d - devices' % r.randint(400000, 499999)
    body = 'Bonjour,\n\nBon de commande approuvé ci-joint. Livraison quai B.\n' if lang == 'fr' else 'Hi,\n\nApproved PO attached. Deliver to dock B.\n'
    return dict(subj=s, body=body, atts=[('po.csv', mk_csv(rows))], note='purchase order with serials and IMEIs')

def n_census(r, lang, C):
    o = r.randint(95, 130)
    if lang == 'fr':
        s = 'Taux d\'occupation %d %%' % o
        body = 'Bonjour,\n\nOccupation %d %%. Urgence : %d usagers sur civière, %d en attente de lit, DMS 22 h. 9 NSA en attente CHSLD. 3 cas d\'influenza à l\'unité 4B, isolement.\n' % (o, r.randint(30, 60), r.randint(8, 25))
    else:
        s = 'Occupancy %d%%' % o
        body = 'Hi,\n\nOccupancy %d%%. ED: %d on stretchers, %d admitted no bed, LOS 22 h. 9 ALC awaiting LTC. 3 influenza cases on 4B, isolation.\n' % (o, r.randint(30, 60), r.randint(8, 25))
    return dict(subj=s, body=body, atts=[], note='aggregate bed census')

def n_transport_contract(r, lang, C):
    s = 'Contrat transport interétablissements - tarifs 2027' if lang == 'fr' else 'Inter-facility transport contract - 2027 rates'
    body = ('Bonjour,\n\nTarifs proposés : civière 145 $, fauteuil 68 $, km 1,85 $. Répartition : %s. Signature attendue le 15.\n' if lang == 'fr' else 'Hello,\n\nProposed rates: stretcher $145, wheelchair $68, $1.85/km. Dispatch: %s. Signature due on the 15th.\n') % phone(r)
    return dict(subj=s, body=body, atts=[], note='vendor contract rates')

def n_interp_sched(r, lang, C):
    st = datetime.datetime.combine(mrdate(r), datetime.time(12))
    s = 'Formation interprètes - travailler avec un interprète' if lang == 'fr' else 'Training: working with interpreters'
    desc = 'Animée par %s %s. Ouverte à tout le personnel.' % staff(r)
    body = 'Invitation ci-jointe.\n' if lang == 'fr' else 'Invite attached.\n'
    return dict(subj=s, body=body, atts=[('formation.ics', mk_ics(s, desc, st, 'train-%d@corpus.example' % r.randint(0, 10**8), 'Salle 2.14'))], note='staff training invitation')

def n_chapl(r, lang, C):
    s = 'Bulletin soins spirituels - décembre' if lang == 'fr' else 'Spiritual care newsletter - December'
    body = ('<h2>%s</h2><p>Célébration de Noël à la chapelle le 24 à 16 h. Nouvelle intervenante : %s %s. Le deuil chez les familles en soins palliatifs : atelier le 10.</p>' if lang == 'fr'
            else '<h2>%s</h2><p>Christmas service in the chapel on the 24th at 4 pm. Welcome to %s %s. Grief support workshop for palliative families on the 10th.</p>') % ((s,) + staff(r))
    return dict(subj=s, body=body, atts=[], note='chaplaincy newsletter', html=True)

def n_ramq_bull(r, lang, C):
    s = 'Infolettre RAMQ - modifications codes de facturation' if lang == 'fr' else 'RAMQ billing update - code changes'
    body = ('Bonjour,\n\nÀ compter du 1er janvier, le code 9160 remplace 9150. Les demandes avec NAM expiré sont refusées (message 110). Ex. fictif : AAAA 0000 0000.\n' if lang == 'fr'
            else 'Hi,\n\nFrom January 1, code 9160 replaces 9150. Claims with an expired health card are rejected (message 110). Dummy example: AAAA 0000 0000.\n')
    return dict(subj=s, body=body, atts=[], note='billing bulletin with dummy example')

def n_wsib_train(r, lang, C):
    s = 'Santé sécurité : lésions professionnelles du personnel 2026' if lang == 'fr' else 'OHS: staff workplace injuries 2026'
    body = ('Bonjour,\n\n%d lésions déclarées à la CNESST chez le personnel (%d liées au déplacement d\'usagers). Formation PDSB obligatoire.\n' if lang == 'fr'
            else 'Hi,\n\n%d staff WSIB claims this year (%d patient-handling). Mandatory safe lifting training.\n') % (r.randint(40, 90), r.randint(10, 30))
    return dict(subj=s, body=body, atts=[], note='aggregate staff injury statistics')

def n_incstats(r, lang, C):
    rows = [['Type', 'Gravité A-B', 'C-D', 'E+']] + [[t, r.randint(5, 90), r.randint(0, 20), r.randint(0, 3)] for t in ['Chute', 'Médication', 'Identification', 'Matériel']]
    s = 'Rapport trimestriel gestion des risques' if lang == 'fr' else 'Quarterly risk management report'
    body = 'Rapport joint pour le comité de vigilance.\n' if lang == 'fr' else 'Report attached for the quality committee.\n'
    return dict(subj=s, body=body, atts=[('risques.xlsx', mk_xlsx(rows))], note='aggregate incident statistics')

def n_committee(r, lang, C):
    st = datetime.datetime.combine(mrdate(r), datetime.time(9))
    s = 'Comité de gestion des lits - ordre du jour' if lang == 'fr' else 'Patient flow committee - agenda'
    desc = '1. Taux NSA 2. Protocole de débordement 3. Varia' if lang == 'fr' else '1. ALC rate 2. Surge protocol 3. Other'
    return dict(subj=s, body=desc + '\n', atts=[('reunion.ics', mk_ics(s, desc, st, 'cmt-%d@corpus.example' % r.randint(0, 10**8), 'Teams'))], note='committee meeting invite')

def n_job(r, lang, C):
    s = 'Affichage : technicien(ne) en gestion des dossiers (poste %d)' % r.randint(1000, 9999) if lang == 'fr' else 'Posting: Release of Information Specialist (#%d)' % r.randint(1000, 9999)
    body = ('<p>Temps complet, jour. DEC en archives médicales. Salaire 26,50 $-39,00 $/h.</p><p>Postuler avant le 20.</p>' if lang == 'fr'
            else '<p>Full-time, days. Health Information Management diploma. $31-$40/h.</p><p>Apply by the 20th.</p>')
    return dict(subj=s, body=body, atts=[], note='job posting', html=True)

def n_teaching(r, lang, C):
    s = 'Cas clinique pour la formation des codificateurs' if lang == 'fr' else 'Coding training case'
    body = ('Un homme de 62 ans se présente pour douleur thoracique; troponines positives; coronarographie. Quel code CIM-10-CA principal?\n' if lang == 'fr'
            else 'A 62-year-old man presents with chest pain; troponin positive; angiography. Which ICD-10-CA main code?\n')
    return dict(subj=s, body=body, atts=[], note='anonymised teaching case')

def n_partner(r, lang, C):
    s = r.choice(['Convention de partenariat CHU Liège - CHU Exemple', 'Visite délégation CHU de Lyon']) if lang == 'fr' else 'Partnership agreement - twinning with CHU Liège'
    body = ('Chers collègues,\n\nProjet de convention révisé pour la mobilité des archivistes. Réunion visio le 12 à 9 h (15 h Bruxelles). Contact : +32 4 555 12 34.\n' if lang == 'fr'
            else 'Dear colleagues,\n\nRevised draft agreement for records staff exchange. Video call on the 12th, 9 am (3 pm Brussels).\n')
    return dict(subj=s, body=body, atts=[], note='partner institution administrative mail')

def n_vcard_vendor(r, lang, C):
    fn, ln = staff(r)
    s = 'Coordonnées représentant MediSupply' if lang == 'fr' else 'MediSupply rep contact'
    body = 'Ci-joint la carte de notre nouveau représentant.\n' if lang == 'fr' else 'New rep\'s card attached.\n'
    return dict(subj=s, body=body, atts=[('%s.vcf' % ln.lower(), mk_vcf(fn, ln, phone(r), '1200 boul. Industriel, Laval', 'Représentant ventes', 'MediSupply'))], note='vendor contact card')

def n_samename(r, lang, C):
    p = r.choice(C['NAMS'])
    s = 'Garde de fin de semaine - archives' if lang == 'fr' else 'Weekend on-call - records'
    body = ('Bonjour,\n\nGarde : Dre %s (médecin responsable), %s à la facturation. Pagette 555-%04d.\n' if lang == 'fr' else 'Hi,\n\nOn call: Dr. %s (physician lead), %s in billing. Pager 555-%04d.\n') % (p['sur'], staff(r)[0], r.randint(0, 9999))
    return dict(subj=s, body=body, atts=[], note='on-call schedule naming staff physicians')

def n_forwarded_policy(r, lang, C):
    orig = 'Le tarif de reproduction est de 0,50 $/page, maximum 100 $.' if lang == 'fr' else 'Copy fee is $0.50/page, max $100.'
    body = ('Voir ci-dessous.\n\n' if lang == 'fr' else 'See below.\n\n') + quote(orig, 'Direction des archives', '2 déc. 2026', lang)
    return dict(subj='RE: frais de reproduction' if lang == 'fr' else 'RE: copy fees', body=body, atts=[], note='quoted reply about fees, no patient')

NEG = [n_cstats, n_template, n_proc, n_roster, n_invoice, n_legal, n_staffdx, n_it, n_po, n_census, n_transport_contract,
       n_interp_sched, n_chapl, n_ramq_bull, n_wsib_train, n_incstats, n_committee, n_job, n_teaching, n_partner,
       n_vcard_vendor, n_samename, n_forwarded_policy]

# ---------------- assembly ----------------
def to_html(text):
    import html
    return '<html><body><div style="font-family:Calibri,sans-serif">' + '<br>\n'.join(html.escape(l) for l in text.split('\n')) + '</div></body></html>'

def pick_charset(r, text):
    cs = r.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
    try:
        text.encode(cs)
    except UnicodeEncodeError:
        cs = 'utf-8'
    return cs

def build(r, idx, d, lang):
    dom = r.choice(DOM)
    fn, ln = staff(r)
    local = (fn[0] + '.' + ln).lower().replace('é', 'e').replace('ô', 'o').replace('è', 'e').replace('ë', 'e')
    m = EmailMessage()
    m['From'] = '%s %s <%s@%s>' % (fn, ln, local, dom)
    to = 'contact@%s' % r.choice(EXT) if r.random() < 0.6 else 'equipe@%s' % r.choice(DOM)
    m['To'] = to
    if r.random() < 0.3: m['Cc'] = 'archives@%s' % dom
    m['Subject'] = d['subj'] if d['subj'] else '(sans objet)'
    dt = datetime.datetime(2026, r.randint(1, 11), r.randint(1, 28), r.randint(7, 18), r.randint(0, 59), tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))
    m['Date'] = format_datetime(dt)
    m['Message-ID'] = '<%d.%08x@%s>' % (idx, r.getrandbits(32), dom)
    body = d['body']
    if not d.get('html'):
        body = body + sig(r, lang, fn, ln)
    cs = pick_charset(r, body)
    cte = r.choice(['quoted-printable', 'base64', '8bit'])
    if d.get('html'):
        mode = r.choice(['html', 'alt'])
        if mode == 'alt':
            plain = re.sub('<[^>]+>', '\n', body).strip() + '\n'
            m.set_content(plain, charset=cs, cte=cte)
            m.add_alternative('<html><body>' + body + '</body></html>\n', subtype='html', charset=cs, cte=cte)
        else:
            m.set_content('<html><body>' + body + '</body></html>\n', subtype='html', charset=cs, cte=cte)
    else:
        mode = r.choice(['plain', 'plain', 'alt', 'htmlonly'])
        if mode == 'plain':
            m.set_content(body, charset=cs, cte=cte)
        elif mode == 'alt':
            m.set_content(body, charset=cs, cte=cte)
            m.add_alternative(to_html(body), subtype='html', charset=cs, cte=cte)
        else:
            m.set_content(to_html(body), subtype='html', charset=cs, cte=cte)
    for name, data in d['atts']:
        ext = name.rsplit('.', 1)[-1]
        mt, st = MIME[ext]
        if ext == 'eml':
            inner = email.message_from_bytes(data, policy=email.policy.default)
            m.add_attachment(inner, filename=name)
        elif mt == 'text':
            m.add_attachment(data.decode('utf-8'), subtype=st, charset='utf-8', cte=r.choice(['base64', 'quoted-printable']), filename=name)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=name)
    for j, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary('----=_Part_%d_%d.%08x' % (idx, j, r.getrandbits(32)))
    crlf = r.random() < 0.35
    pol = email.policy.SMTP if crlf else email.policy.default
    return m.as_bytes(policy=pol), mode, cs, crlf

def check(out, labels):
    files = sorted(os.path.relpath(os.path.join(dp, f), out) for dp, _, fs in os.walk(out) for f in fs if f.endswith('.eml'))
    assert files == sorted(labels), 'labels mismatch'
    h = hashlib.sha256()
    for f in files:
        b = open(os.path.join(out, f), 'rb').read()
        h.update(f.encode() + b'\0' + b)
        msg = email.message_from_bytes(b, policy=email.policy.default)
        for part in msg.walk():
            assert not part.defects, (f, part.defects)
            if not part.is_multipart() and part.get_content_type() != 'message/rfc822':
                part.get_content()
        L = labels[f]
        assert (len(L['types']) > 0) == L['confidential'], f
    return h.hexdigest()

def main():
    ap = argparse.ArgumentParser(); ap.add_argument('--out', default=HERE); a = ap.parse_args()
    out = a.out
    for sub in ('positive', 'negative'):
        shutil.rmtree(os.path.join(out, sub), ignore_errors=True); os.makedirs(os.path.join(out, sub))
    r = random.Random(SEED)
    C = {'NAMS': load_nams()}
    NP, NN = 85, 115
    plan = [('p', POS[i % len(POS)]) for i in range(NP)] + [('n', NEG[i % len(NEG)]) for i in range(NN)]
    r.shuffle(plan)
    labels = {}; cnt = {'p': 0, 'n': 0}
    stats = {'lang': {}, 'mode': {}, 'charset': {}, 'eol': {}, 'cat': {}, 'att': 0}
    for i, (k, fnc) in enumerate(plan):
        lang = 'fr' if r.random() < 0.5 else 'en'
        d = fnc(r, lang, C)
        b, mode, cs, crlf = build(r, i, d, lang)
        cnt[k] += 1
        cat = fnc.__name__[2:]
        name = '%s/%s%03d_%s.eml' % ('positive' if k == 'p' else 'negative', k, cnt[k], cat)
        open(os.path.join(out, name), 'wb').write(b)
        labels[name] = {'confidential': k == 'p', 'types': sorted(set(d.get('types', []))) if k == 'p' else [], 'lang': lang, 'note': d['note']}
        for key, v in (('lang', lang), ('mode', mode + ('+att' if d['atts'] else '')), ('charset', cs), ('eol', 'CRLF' if crlf else 'LF'), ('cat', k + ':' + cat)):
            stats[key][v] = stats[key].get(v, 0) + 1
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
    dig = check(out, labels)
    print('positives', cnt['p'], 'negatives', cnt['n'])
    for key in ('lang', 'mode', 'charset', 'eol', 'cat'):
        print(key, json.dumps(dict(sorted(stats[key].items())), ensure_ascii=False))
    print('sha256', dig)

if __name__ == '__main__':
    main()
