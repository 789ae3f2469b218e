#!/usr/bin/env python3
"""Seeded deterministic generator: synthetic outbound hospital mail (specialised clinics, Montreal).
Usage: python generate.py [--out DIR] [--seed 7373]"""
import argparse, csv, hashlib, io, json, os, random, re, shutil, sys, zipfile, datetime
import email, email.policy, email.utils
from email.message import EmailMessage
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir
from stdnum import luhn

HERE = os.path.dirname(os.path.abspath(__file__))
# The synthetic NAMs every blind writer was given, shared by the blind corpora in tests/blind_nams.txt.
NAMFILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, 'blind_nams.txt')
FIXED = (2026, 1, 1, 0, 0, 0)

ap = argparse.ArgumentParser(); ap.add_argument('--out', default=HERE); ap.add_argument('--seed', type=int, default=7373)
A = ap.parse_args()
R = random.Random(A.seed)
N_POS, N_NEG = 85, 115

NAMS = []
for line in open(NAMFILE, encoding='utf-8'):
    if line.startswith('#') or not line.strip(): continue
    s, g, d, sx, n = line.split()
    NAMS.append(dict(surname=s, given=g, dob=d, sex=sx, nam=n))

FR_F = ['Sylvie','Nathalie','Isabelle','Chantal','Geneviève','Marie-Ève','Josée','Lucie','Annie','Mélanie','Hélène','Karine']
FR_M = ['Jean-François','Luc','Stéphane','Martin','Pierre','Sébastien','Alain','Yves','Mathieu','Éric','Benoît','Denis']
EN_F = ['Jennifer','Sarah','Emily','Laura','Rachel','Megan','Catherine','Heather']
EN_M = ['David','Michael','Andrew','Robert','Kevin','Daniel','Brian','Steven']
LAST = ['Tremblay','Gagnon','Roy','Côté','Bouchard','Gauthier','Morin','Lavoie','Fortin','Gagné','Ouellet','Pelletier',
        'Bélanger','Lévesque','Bergeron','Leblanc','Paquette','Girard','Simard','Boucher','Caron','Beaulieu','Cloutier',
        'Dubé','Poirier','Fournier','Lapierre','Nadeau','Smith','Brown','Wong','Nguyen','Cohen','Rossi','Haddad','Kaur',
        'Murphy','Campbell','Stewart','MacDonald','Papadopoulos','Benali','Diallo','St-Pierre','Desjardins']
HOSP = 'chu-exemple.example'
EXT = ['clsc-ahuntsic.example','cisss-laval.example','gmf-plateau.example','pharmaciejolicoeur.example','hopital-ottawa.example',
       'chu-liege.example','aphp-sud.example','cromtl.example','labo-biomed.example','transport-adapte.example',
       'tribunal-qc.example','ramq-liaison.example','assurvie.example','sanofi-demo.example','medtronix.example','gmail.example']

def person(lang=None):
    sx = R.choice('FM'); l = lang or R.choice(['fr','en'])
    g = R.choice((FR_F if sx=='F' else FR_M) if l=='fr' else (EN_F if sx=='F' else EN_M))
    return g, R.choice(LAST), sx

def staff(lang):
    g, s, sx = person(lang); return dict(given=g, surname=s, sex=sx)

def mrn():
    k = R.randint(0, 4)
    if k == 0: return str(R.randint(1000000, 9999999))
    if k == 1: return str(R.randint(10000000, 99999999))
    if k == 2: return 'H' + str(R.randint(100000, 999999))
    if k == 3: return 'M%07d' % R.randint(0, 9999999)
    return '%02d-%02d-%03d' % (R.randint(10,99), R.randint(0,99), R.randint(0,999))

def patient(with_nam=True):
    if with_nam:
        p = dict(R.choice(NAMS))
    else:
        g, s, sx = person(); y = R.randint(1935, 2004)
        p = dict(surname=s, given=g, sex=sx, dob='%d-%02d-%02d' % (y, R.randint(1,12), R.randint(1,28)), nam=None)
    p['mrn'] = mrn(); return p

def gen_sin():
    while True:
        b = str(R.choice([1,2,3,4,5,6,7,9])) + ''.join(str(R.randint(0,9)) for _ in range(7))
        v = b + luhn.calc_check_digit(b)
        if ca_sin.is_valid(v): return v
def gen_ohn():
    while True:
        b = str(R.randint(1,9)) + ''.join(str(R.randint(0,9)) for _ in range(8))
        v = b + luhn.calc_check_digit(b)
        if luhn.is_valid(v): return v
def gen_niss(dob, sex):
    y, m, d = dob.split('-'); base = y[2:] + m + d
    while True:
        ser = R.randint(1, 997)
        if (ser % 2 == 1) != (sex == 'M'): continue
        nine = base + '%03d' % ser
        chk = 97 - (int(('2' + nine) if int(y) >= 2000 else nine) % 97)
        v = nine + '%02d' % chk
        if be_nn.is_valid(v): return v
def gen_nir(dob, sex):
    y, m, d = dob.split('-')
    while True:
        t = ('1' if sex == 'M' else '2') + y[2:] + m + '%02d' % R.choice([75,69,13,33,59,92,93]) + '%03d' % R.randint(1,999) + '%03d' % R.randint(1,999)
        v = t + '%02d' % (97 - int(t) % 97)
        if fr_nir.is_valid(v): return v

FW = str.maketrans('0123456789', '０１２３４５６７８９')
def disguise(n):
    k = R.randint(0, 6)
    if k == 0: return n[:4] + ' ' + n[4:8] + ' ' + n[8:]
    if k == 1: return n[:4] + '.' + n[4:8] + '.' + n[8:]
    if k == 2: return n[:4] + '-' + n[4:8] + '-' + n[8:]
    if k == 3: return n[:4] + ' ' + n[4:].translate(FW)
    if k == 4: return ' '.join(n)
    if k == 5: return n.lower()
    return n[:4] + '/' + n[4:8] + '/' + n[8:]

def fmt_dob(p, lang, style=None):
    y, m, d = p['dob'].split('-'); st = style if style is not None else R.randint(0, 3)
    if st == 0: return p['dob']
    if st == 1: return '%s/%s/%s' % (d, m, y)
    if st == 2: return '%s.%s.%s' % (d, m, y[2:])
    mo_fr = ['janv.','févr.','mars','avr.','mai','juin','juil.','août','sept.','oct.','nov.','déc.']
    mo_en = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec']
    return '%d %s %s' % (int(d), (mo_fr if lang=='fr' else mo_en)[int(m)-1], y)

def civ(p, lang): return ('Mme' if p['sex']=='F' else 'M.') if lang=='fr' else ('Mrs.' if p['sex']=='F' else 'Mr.')
def pat_fr(p): return 'la patiente' if p['sex']=='F' else 'le patient'
def she(p): return 'she' if p['sex']=='F' else 'he'
def her(p): return 'her' if p['sex']=='F' else 'his'
def ne(p): return 'née' if p['sex']=='F' else 'né'

def sig(s, lang, role=None):
    role = role or R.choice(['M.D., FRCPC', 'inf. clin.', 'pharm.', 'agente administrative', 'M.D.', 'IPS-SPL', 'T.S.', 'coordonnatrice de recherche'] if lang=='fr'
                            else ['MD, FRCPC', 'RN', 'BPharm', 'Unit clerk', 'MD', 'NP', 'MSW', 'Research coordinator'])
    clin = R.choice(['Clinique d\'oncologie, pav. B, 4e', 'Laboratoire d\'hémodynamie', 'Clinique de néphrologie', 'Unité mère-enfant',
                     'Urgence psychiatrique', 'Clinique de gériatrie', 'Service de prévention des infections', 'Unité de recherche clinique',
                     'Clinique des stimulateurs et défibrillateurs'])
    disc = R.choice(['', '\n\nCe courriel est confidentiel et destiné uniquement au destinataire visé. / This e-mail is confidential.',
                     '\n\nAVIS DE CONFIDENTIALITÉ : si vous avez reçu ce message par erreur, veuillez le détruire.',
                     '\n\nThis message may contain privileged information. If received in error, please delete it.'])
    return '\n\n-- \n%s %s, %s\n%s\nCHU Exemple, 1000 rue Saint-Denis, Montréal (QC) H2X 0A9\nT 514-555-%04d poste %d%s' % (
        s['given'], s['surname'], role, clin, R.randint(1000, 9999), R.randint(20000, 29999), disc)

def addr(s, dom=HOSP):
    loc = (s['given'].split('-')[0][0] + '.' + s['surname']).lower()
    loc = loc.translate(str.maketrans('éèêëàâîïôöûüçÉ ', 'eeeeaaiioouuce-'))
    loc = re.sub(r'[^a-z0-9.\-]', '', loc)
    return '%s %s <%s@%s>' % (s['given'], s['surname'], loc, dom)

def home_addr():
    return '%d %s, %s' % (R.randint(100, 9999), R.choice(['rue Fleury Est','av. du Parc','boul. Saint-Laurent','rue Beaubien','ch. de la Côte-des-Neiges','rue Sherbrooke Ouest','av. Papineau']),
                          R.choice(['Montréal (QC) H2C 1N4','Montréal QC H3S 1Z3','Laval (QC) H7N 2B5','Longueuil QC J4K 3C7']))
def tel(): return '%s-555-%04d' % (R.choice(['514','438','450']), R.randint(100, 9999))

# ---------------- attachments -----------------
def norm_zip(data):
    zi = zipfile.ZipFile(io.BytesIO(data)); out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zo:
        for n in sorted(zi.namelist(), key=lambda x: (x != '[Content_Types].xml', x)):
            b = zi.read(n)
            if n.endswith('core.xml'):
                b = re.sub(rb'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z', b'2026-01-01T00:00:00Z', b)
            info = zipfile.ZipInfo(n, FIXED); info.compress_type = zipfile.ZIP_DEFLATED
            zo.writestr(info, b)
    return out.getvalue()

def pdf(title, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO(); c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title); c.setFont('Helvetica-Bold', 13); c.drawString(60, 740, title); c.setFont('Helvetica', 10)
    y = 715
    for ln in lines:
        for chunk in [ln[i:i+95] for i in range(0, max(len(ln), 1), 95)]:
            c.drawString(60, y, chunk); y -= 14
            if y < 60: c.showPage(); c.setFont('Helvetica', 10); y = 740
    c.save(); return ('application', 'pdf', buf.getvalue())

def docx(title, lines):
    import docx as D
    d = D.Document(); d.core_properties.author = 'CHU Exemple'; d.add_heading(title, 1)
    for ln in lines: d.add_paragraph(ln)
    b = io.BytesIO(); d.save(b)
    return ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document', norm_zip(b.getvalue()))

def xlsx(rows, sheet='Liste'):
    import openpyxl
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = sheet
    for r in rows: ws.append(list(r))
    wb.properties.creator = 'CHU Exemple'
    wb.properties.created = datetime.datetime(2026, 1, 1); wb.properties.modified = datetime.datetime(2026, 1, 1)
    b = io.BytesIO(); wb.save(b)
    return ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', norm_zip(b.getvalue()))

def csvb(rows, enc='utf-8'):
    s = io.StringIO(); w = csv.writer(s, delimiter=R.choice([',', ';']), lineterminator='\r\n')
    for r in rows: w.writerow(r)
    return ('text', 'csv', s.getvalue().encode(enc))

def ics(summary, desc, dt, loc):
    t = ('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CHU Exemple//Agenda//FR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n'
         'UID:%s@chu-exemple.example\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:%s\r\nDTEND:%s\r\nSUMMARY:%s\r\nDESCRIPTION:%s\r\nLOCATION:%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n') % (
        '%016x' % R.getrandbits(64), dt.strftime('%Y%m%dT%H%M00'), (dt + datetime.timedelta(hours=1)).strftime('%Y%m%dT%H%M00'),
        summary.replace(',', '\\,'), desc.replace('\n', '\\n').replace(',', '\\,'), loc.replace(',', '\\,'))
    return ('text', 'calendar', t.encode('utf-8'))

def vcf(given, surname, tel_, adr, note):
    t = 'BEGIN:VCARD\r\nVERSION:3.0\r\nN:%s;%s;;;\r\nFN:%s %s\r\nTEL;TYPE=HOME:%s\r\nADR;TYPE=HOME:;;%s;;;;\r\nNOTE:%s\r\nEND:VCARD\r\n' % (
        surname, given, given, surname, tel_, adr.replace(',', '\\,'), note.replace(',', '\\,'))
    return ('text', 'vcard', t.encode('utf-8'))

def zipb(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            info = zipfile.ZipInfo(name, FIXED); info.compress_type = zipfile.ZIP_DEFLATED; z.writestr(info, data)
    return ('application', 'zip', out.getvalue())

# ---------------- date / ids -----------------
BASE = datetime.datetime(2026, 10, 5, 7, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-4)))
def when(): return BASE + datetime.timedelta(minutes=R.randint(0, 60 * 24 * 55))
def day(lang):
    d = BASE.date() + datetime.timedelta(days=R.randint(1, 60))
    return d.strftime('%Y-%m-%d') if R.random() < .5 else d.strftime('%d/%m')

# ---------------- POSITIVE templates -----------------
REGIMENS = ['FOLFOX6m', 'FOLFIRINOX', 'AC-T dose-dense', 'carboplatine/paclitaxel', 'R-CHOP', 'pembrolizumab', 'gemcitabine/nab-paclitaxel', 'cisplatine/étoposide', 'XELOX', 'daratumumab-VRd']
CANCERS_FR = ['adénoCa pancréas T3N1', 'Ca sein G3 RE+ HER2-', 'CPNPC stade IIIA', 'LDGCB stade IV', 'adénoCa côlon T4N2', 'myélome multiple ISS 2', 'Ca ovaire séreux HG', 'Ca épidermoïde ORL']
CANCERS_EN = ['pancreatic adenoCA T3N1', 'breast CA G3 ER+ HER2-', 'NSCLC stage IIIA', 'DLBCL stage IV', 'colon adenoCA T4N2', 'multiple myeloma ISS 2', 'HG serous ovarian CA', 'HNSCC']

def ident(p, lang, force=None):
    """identifier string + types"""
    opts = ['mrn'] + (['nam', 'nam_d'] if p.get('nam') else [])
    k = force or R.choice(opts)
    if k == 'nam': return ('NAM ' if lang=='fr' else 'RAMQ ') + p['nam'], ['ramq_nam']
    if k == 'nam_d': return R.choice(['NAM: ', 'ramq ', 'HIN ', 'no assurance maladie ']) + disguise(p['nam']), ['ramq_nam']
    return R.choice(['dossier ', 'doss. ', 'MRN ', '# ', 'no dossier ', 'chart ']) + p['mrn'], ['mrn']

def P_tumour_board(lang):
    ps = [patient(R.random() < .5) for _ in range(R.randint(3, 6))]
    rows = []; lines = []; T = {'patient_name', 'diagnosis'}
    for p in ps:
        i, t = ident(p, lang); T.update(t)
        dx = R.choice(CANCERS_FR if lang=='fr' else CANCERS_EN)
        q = R.choice(['chx vs néoadj?', 'discuter RT', 'rev. path', 'essai clinique?', 'progression - 2e ligne?']) if lang=='fr' else R.choice(['surgery vs neoadj?', 'RT?', 'path review', 'trial eligible?', 'PD - 2nd line?'])
        lines.append('- %s, %s (%s) %s — %s — %s' % (p['surname'].upper(), p['given'], fmt_dob(p, lang), i, dx, q))
        rows.append([p['surname'], p['given'], p['dob'], i.split()[-1], dx, q])
        if R.random() < .5: T.add('date_of_birth')
    T.add('date_of_birth')
    s = staff(lang); att = []
    if lang == 'fr':
        subj = R.choice(['CDT digestif %s - liste des cas', 'Comité des tumeurs %s — cas à présenter', 'Tumor board sein %s: liste']) % day(lang)
        body = 'Bonjour à tous,\n\nVoici la liste pour le comité de mardi (salle 4.210, 7h30). Merci d\'avoir les images prêtes.\n\n' + '\n'.join(lines) + '\n\nSVP confirmer la présence du radiologiste.' + sig(s, lang)
    else:
        subj = R.choice(['GI tumour board %s - case list', 'Thoracic TB %s cases', 'Tumour board (lymphoma) %s']) % day(lang)
        body = 'Hi all,\n\nCases for Tuesday 0730, rm 4.210. Pathology please have slides ready.\n\n' + '\n'.join(lines) + '\n\nThanks' + sig(s, lang)
    if R.random() < .4:
        att = [('liste_CDT.xlsx' if lang=='fr' else 'TB_list.xlsx',) + xlsx([['Nom', 'Prénom', 'DDN', 'ID', 'Dx', 'Question']] + rows)]
        body = (('Liste en pièce jointe. ' if lang=='fr' else 'List attached. ') + body.split('\n\n', 1)[1].split('\n\n')[0] + '\n\n' + ('Voir fichier.' if lang=='fr' else 'See file.') + sig(s, lang))
    return dict(cat='tumour_board', subj=subj, body=body, atts=att, types=sorted(T), note='tumour board case list with named patients, identifiers and diagnoses', s=s)

def P_chemo(lang):
    p = patient(); s = staff(lang); i, t = ident(p, lang); reg = R.choice(REGIMENS)
    if lang == 'fr':
        subj = R.choice(['Report C%d %s' % (R.randint(2, 8), reg), 'Horaire chimio - %s' % p['surname'], 'RE: cycle %d à déplacer' % R.randint(2, 6)])
        body = 'Salut,\n\n%s %s, %s (%s), C%d %s prévu %s à reporter d\'une sem. — neutro %s, PNN 0,%d.\nPeux-tu %s mettre au fauteuil le %s? Dr %s est ok.\n\nMerci' % (
            p['surname'].upper(), p['given'], i, fmt_dob(p, lang), R.randint(2, 8), reg, day(lang), 'grade 3', R.randint(4, 9), 'la' if p['sex']=='F' else 'le', day(lang), staff(lang)['surname']) + sig(s, lang)
    else:
        subj = R.choice(['Chemo chair booking - %s' % p['surname'], 'C%d %s postponed' % (R.randint(2, 8), reg), 'Day hospital schedule change'])
        body = 'Hi,\n\n%s, %s %s, %s — C%d %s on %s needs to move 1 wk, ANC 0.%d (G3 neutropenia). Dr %s agrees, please rebook chair + pharmacy.\n\nThx' % (
            p['surname'], p['given'], i, 'DOB ' + fmt_dob(p, lang), R.randint(2, 8), reg, day(lang), R.randint(4, 9), staff(lang)['surname']) + sig(s, lang)
    return dict(cat='chemo_schedule', subj=subj, body=body, atts=[], types=sorted(set(t) | {'patient_name', 'date_of_birth', 'medication', 'lab_result'}), note='chemotherapy postponement for a named patient with regimen and ANC', s=s)

def P_cath(lang):
    ps = [patient(R.random() < .3) for _ in range(R.randint(4, 7))]; s = staff(lang)
    ind = ['STEMI inf. J2', 'NSTEMI', 'angor instable', 'coro pré-TAVI', 'FEVG 30% bilan', 'DAP ? reprise', 'ICP IVA staged']
    L = []; T = {'patient_name', 'diagnosis'}
    for n, p in enumerate(ps):
        i, t = ident(p, lang); T.update(t)
        L.append('%d. %s %s %s %s ans %s — %s%s' % (n + 1, p['surname'].upper(), p['given'][0] + '.', i.split()[-1], 2026 - int(p['dob'][:4]), p['sex'], R.choice(ind), R.choice(['', ', IRC', ', allergie iode', ', diabète', ', Coumadin cessé'])))
    if lang == 'fr':
        subj = 'Liste hémo %s salle %d' % (day(lang), R.randint(1, 3)); body = 'Liste finale, ajout en fin de journée possible.\n\n' + '\n'.join(L) + '\n\nÀ jeun depuis minuit svp.' + sig(s, lang)
    else:
        subj = 'Cath lab list %s room %d' % (day(lang), R.randint(1, 3)); body = 'Final list below. Pt 3 needs hydration protocol.\n\n' + '\n'.join(L) + '\n\nNPO after midnight.' + sig(s, lang)
    att = []
    if R.random() < .35:
        att = [('liste_hemo.pdf',) + pdf('Liste hémodynamie', L)]; body = ('Liste jointe.' if lang=='fr' else 'List attached.') + sig(s, lang)
    return dict(cat='cath_list', subj=subj, body=body, atts=att, types=sorted(T), note='cath lab list with patient surnames, chart numbers and indications', s=s)

def P_device(lang):
    p = patient(); s = staff(lang); i, t = ident(p, lang)
    sn = R.choice(['PJN', 'RNB', 'BLF']) + str(R.randint(100000, 999999))
    if lang == 'fr':
        subj = 'Interrogation à distance — %s %s' % (p['surname'], p['given'][0])
        body = 'Bonjour Dr,\n\nTransmission Carelink reçue pour %s %s %s (%s), %s, DDN %s. Stimulateur DDD sn %s.\nÉpisodes de FA 14 h cumulées, charge FA 18 %%. %s non anticoagulé%s. À revoir en clinique?\n' % (
            civ(p, lang), p['given'], p['surname'], i, '%d ans' % (2026 - int(p['dob'][:4])), fmt_dob(p, lang), sn, pat_fr(p).split()[1].capitalize(), 'e' if p['sex']=='F' else '') + sig(s, lang)
    else:
        subj = 'Remote transmission %s, %s' % (p['surname'], p['given'])
        body = 'Dr,\n\nRemote from %s %s (%s, DOB %s): ICD sn %s, 2 ATP episodes + 1 shock 03:12 on %s for VT 210 bpm. %s is on amiodarone 200 mg. Please advise re: earlier f/u.\n' % (
            p['given'], p['surname'], i, fmt_dob(p, lang), sn, day(lang), she(p).capitalize()) + sig(s, lang)
    return dict(cat='device_clinic', subj=subj, body=body, atts=[], types=sorted(set(t) | {'patient_name', 'date_of_birth', 'diagnosis'} | ({'medication'} if lang=='en' else set())), note='device clinic remote transmission for named patient with arrhythmia', s=s)

def P_nephro(lang):
    p = patient(); s = staff(lang); i, t = ident(p, lang)
    cr = R.randint(250, 780); k = R.randint(58, 69) / 10
    if lang == 'fr':
        subj = R.choice(['Valeur critique K+ - %s' % p['surname'], 'Dialyse %s - transfert centre satellite', 'Demande consult néphro'])
        if '%s' in subj: subj = subj % p['surname']
        body = 'Bonjour,\n\n%s, %s %s, %s. Créat %d µmol/L (base 180), K+ %.1f, DFGe 9. IRC st 5 sur néphropathie diabétique. Fistule AV G mature. Démarrer HD lun-mer-ven au centre satellite Laval?\n' % (
            p['surname'].upper(), p['given'], fmt_dob(p, lang), i, cr, k) + sig(s, lang)
    else:
        subj = R.choice(['Critical K 6.x', 'HD transfer request', 'Nephro consult']) + ' - ' + p['surname']
        body = 'Hello,\n\nRe %s %s (%s), DOB %s: creat %d, K %.1f, eGFR 9. CKD 5 (DM nephropathy), L AVF mature. Requesting outpatient HD slot MWF.\n' % (
            p['given'], p['surname'], i, fmt_dob(p, lang), cr, k) + sig(s, lang)
    return dict(cat='nephro', subj=subj, body=body, atts=[], types=sorted(set(t) | {'patient_name', 'date_of_birth', 'diagnosis', 'lab_result'}), note='nephrology request with patient identity, creatinine and potassium', s=s)

def P_obst(lang):
    p = patient()
    while p['sex'] != 'F' or int(p['dob'][:4]) < 1980 or int(p['dob'][:4]) > 2008: p = patient(R.random() < .6); p['sex'] = 'F' if not p.get('nam') else p['sex']
    s = staff(lang); i, t = ident(p, lang)
    if lang == 'fr':
        subj = R.choice(['Transfert suivi GARE', 'Rdv écho morpho à devancer', 'SGB+ / plan accouchement']) + ' — ' + p['surname']
        body = 'Bonjour,\n\nMme %s %s, %s, G3P1A1, 31+2 sem., DG sous insuline (Humalog + NPH), TA 148/95 ce matin, protéinurie 0,4 g/24h. SGB positif. Merci de la voir cette semaine en clinique GARE.\n' % (p['given'], p['surname'], i) + sig(s, lang)
    else:
        subj = 'High-risk OB referral: %s, %s' % (p['surname'], p['given'])
        body = 'Hi,\n\nReferring %s %s (%s), DOB %s, G2P1 at 29+4 wks, GDM on insulin, BP 150/96, proteinuria 0.5 g/d. Please see in HR OB clinic this week.\n' % (p['given'], p['surname'], i, fmt_dob(p, lang)) + sig(s, lang)
    T = set(t) | {'patient_name', 'diagnosis', 'medication'} | ({'date_of_birth'} if lang=='en' else set())
    return dict(cat='obstetrics', subj=subj, body=body, atts=[], types=sorted(T), note='obstetric referral with named pregnant patient and diagnoses', s=s)

def P_psych(lang):
    p = patient(); s = staff(lang); i, t = ident(p, lang)
    if lang == 'fr':
        subj = R.choice(['Requête ordonnance de soins', 'Garde préventive P-38', 'Audience TAQ / Cour du Québec']) + ' — %s %s' % (p['surname'], p['given'][0] + '.')
        body = ('Me,\n\nVoici les éléments pour la requête en garde en établissement de %s %s %s (%s, %s %s). Dx: schizophrénie paranoïde, décompensation, menaces envers sa mère. '
                'Refus de traitement (rispéridone LAI). Vit seul%s en chambre, DPJ impliquée pour son enfant. 2e rapport psy. joint.\n') % (
            civ(p, lang), p['given'], p['surname'], i, ne(p), fmt_dob(p, lang), 'e' if p['sex']=='F' else '') + sig(s, lang, 'M.D., psychiatre')
        att = [('rapport_examen_psychiatrique.docx',) + docx('Rapport d\'examen psychiatrique', ['Nom: %s, %s' % (p['surname'], p['given']), 'DDN: ' + p['dob'], i, 'Conclusion: dangerosité pour autrui, garde en établissement recommandée (21 jours).'])]
    else:
        subj = R.choice(['Form 1 / court order', 'Care order hearing', 'ED psych hold']) + ' - ' + p['surname']
        body = ('Counsel,\n\nFor the hearing re %s %s (%s, DOB %s): bipolar I, current manic episode w/ psychotic features, stopped lithium, eviction notice pending, '
                'known to youth protection (DYP) re: custody of 2 children. Requesting 30-day confinement order. Second psych assessment attached.\n') % (
            p['given'], p['surname'], i, fmt_dob(p, lang)) + sig(s, lang, 'MD, psychiatrist')
        att = [('psych_assessment.pdf',) + pdf('Psychiatric assessment', ['Patient: %s %s' % (p['given'], p['surname']), i, 'DOB ' + p['dob'], 'Dx: bipolar I disorder, manic w/ psychosis'])]
    if R.random() < .4: att = []
    return dict(cat='psych_court', subj=subj, body=body, atts=att, types=sorted(set(t) | {'patient_name', 'date_of_birth', 'diagnosis', 'medication', 'social_information'}), note='psychiatric hold / court order request with named patient, diagnosis and social context', s=s)

def P_geri_home(lang):
    p = patient(); s = staff(lang); i, t = ident(p, lang); a = home_addr(); ph = tel()
    if lang == 'fr':
        subj = R.choice(['Demande SAD', 'Transport adapté retour domicile', 'Congé gériatrie - suivi CLSC'])
        body = 'Bonjour,\n\nCongé prévu %s pour %s %s %s (%s), %d ans, démence Alzheimer modérée, chute avec fx poignet. Adresse: %s, tél. %s (fille: %s). Besoin aide bain 2x/sem et suivi Rx (donépézil).\n' % (
            day(lang), civ(p, lang), p['given'], p['surname'], i, 2026 - int(p['dob'][:4]), a, ph, tel()) + sig(s, lang)
    else:
        subj = R.choice(['Home care referral', 'Adapted transport booking', 'Geriatric discharge - CLSC f/u'])
        body = 'Hello,\n\nDischarge planned %s for %s %s (%s). Mod. dementia, recurrent falls. Home: %s, phone %s. Lives alone, son visits weekly. Needs PSW 3x/wk + med review.\n' % (
            day(lang), p['given'], p['surname'], i, a, ph) + sig(s, lang)
    att = []
    if R.random() < .5: att = [('%s_%s.vcf' % (p['surname'], p['given'][0]),) + vcf(p['given'], p['surname'], ph, a, 'usager SAD - démence' if lang=='fr' else 'home care client - dementia')]
    return dict(cat='geri_homecare', subj=subj, body=body, atts=att, types=sorted(set(t) | {'patient_name', 'patient_contact', 'diagnosis'}), note='home care / transport request with patient name, home address and diagnosis', s=s)

def P_outbreak_named(lang):
    ps = [patient(R.random() < .4) for _ in range(R.randint(3, 6))]; s = staff(lang)
    org = R.choice(['ERV', 'SARM', 'C. difficile', 'EPC (KPC)', 'norovirus', 'influenza A'])
    rows = [['Nom', 'Prénom', 'Dossier', 'Unité', 'Ch.', 'Date prélèvement', 'Résultat']]
    for p in ps: rows.append([p['surname'], p['given'], p['mrn'], R.choice(['4B', '6C', '7N']), str(R.randint(401, 460)), day('fr'), org + ' +'])
    T = {'patient_name', 'mrn', 'lab_result', 'diagnosis'}
    if lang == 'fr':
        subj = 'Éclosion %s unité %s - liste nominative à jour' % (org, rows[1][3])
        body = 'Bonjour,\n\nTotal %d cas. Liste nominative ci-jointe pour la DSPublique (ne pas diffuser). Cas index: %s %s, dossier %s.\n' % (len(ps), ps[0]['surname'].upper(), ps[0]['given'], ps[0]['mrn']) + sig(s, lang)
    else:
        subj = '%s outbreak unit %s - line list update' % (org, rows[1][3])
        body = 'Hi,\n\n%d cases total. Line list attached for public health. Index case: %s %s, chart %s.\n' % (len(ps), ps[0]['given'], ps[0]['surname'], ps[0]['mrn']) + sig(s, lang)
    k = R.random()
    if k < .4: att = [('liste_nominative.csv',) + csvb(rows)]
    elif k < .7: att = [('linelist.zip',) + zipb([('linelist.csv', csvb(rows)[2])])]
    else: att = [('linelist.xlsx',) + xlsx(rows)]
    return dict(cat='outbreak_linelist', subj=subj, body=body, atts=att, types=sorted(T), note='outbreak line list with named cases and chart numbers', s=s)

def P_trial(lang):
    p = patient(); s = staff(lang); i, t = ident(p, lang); sid = 'ONC-%03d-%04d' % (R.randint(100, 999), R.randint(1, 200))
    if lang == 'fr':
        subj = 'Pré-sélection %s — candidat potentiel' % sid.split('-')[1]
        body = 'Bonjour,\n\nCandidat%s potentiel%s pour l\'étude: %s %s, %s %s, %s. CPNPC st IV EGFR ex19del, ECOG 1, créat 88. Consentement prévu %s. Sujet # %s une fois inscrit.\n' % (
            'e' if p['sex']=='F' else '', 'le' if p['sex']=='F' else '', p['surname'], p['given'], ne(p), fmt_dob(p, lang), i, day(lang), sid) + sig(s, lang, 'coordonnatrice de recherche')
    else:
        subj = 'Screening - %s %s' % (p['surname'], sid)
        body = 'Hi,\n\nPotential subject for %s: %s %s, DOB %s, %s. mCRPC, PSA 48, on enzalutamide, ECOG 0. Consent visit %s.\n' % (sid, p['given'], p['surname'], fmt_dob(p, lang), i, day(lang)) + sig(s, lang, 'Research coordinator')
    return dict(cat='trial_screening', subj=subj, body=body, atts=[], types=sorted(set(t) | {'patient_name', 'date_of_birth', 'diagnosis', 'lab_result'}), note='clinical trial pre-screening naming a patient with diagnosis', s=s)

def P_subject_only(lang):
    p = patient(); s = staff(lang); i, t = ident(p, lang, 'nam' if p.get('nam') and R.random() < .5 else 'mrn')
    dx = R.choice(['biopsie + carcinome', 'TB pulm. confirmée', 'VIH+ nouveau dx', 'TSH 0.01', 'IRM: métas cérébrales']) if lang=='fr' else R.choice(['biopsy + carcinoma', 'new HIV dx', 'brain mets on MRI', 'TB culture +'])
    subj = '%s %s %s - %s' % (p['surname'].upper(), p['given'][0], i.split()[-1], dx)
    body = R.choice(['Voir PJ.', 'FYI', 'svp rappeler', 'À traiter aujourd\'hui', '']) if lang=='fr' else R.choice(['See attached.', 'FYI', 'pls call back', 'urgent', ''])
    body += sig(s, lang)
    return dict(cat='subject_only', subj=subj, body=body, atts=[], types=sorted(set(t) | {'patient_name', 'diagnosis'}), note='patient name, identifier and result in the Subject only', s=s)

def P_quoted_reply(lang):
    p = patient(); s = staff(lang); o = staff(lang); i, t = ident(p, lang)
    if lang == 'fr':
        q = 'Bonjour,\nPeux-tu voir %s %s (%s) en consult mal. infectieuses? Hémocs 2/2 S. aureus, porte-cath, fièvre 39.2. Sous céfazoline.\n%s' % (p['surname'], p['given'], i, o['given'])
        subj = 'RE: consult MI - ' + p['surname']; top = 'Oui, je passe vers 14h. ETO à prévoir.\n' + s['given']
        hdr = 'Le %s, %s a écrit :' % (day(lang), o['given'] + ' ' + o['surname'])
    else:
        q = 'Hi,\nCould ID see %s %s (%s)? BC 2/2 S. aureus, port-a-cath, T 39.2, on cefazolin.\n%s' % (p['given'], p['surname'], i, o['given'])
        subj = 'RE: ID consult ' + p['surname']; top = 'Sure, will see at 2pm. Get a TEE.\n' + s['given']
        hdr = 'On %s, %s wrote:' % (day(lang), o['given'] + ' ' + o['surname'])
    body = top + sig(s, lang) + '\n\n' + hdr + '\n' + '\n'.join('> ' + l for l in q.split('\n'))
    return dict(cat='quoted_reply', subj=subj, body=body, atts=[], types=sorted(set(t) | {'patient_name', 'diagnosis', 'lab_result', 'medication'}), note='reply whose quoted text names a patient with bacteraemia', s=s)

def P_inline_fwd(lang):
    p = patient(); s = staff(lang); o = staff(lang); i, t = ident(p, lang)
    if lang == 'fr':
        inner = 'De : %s\nEnvoyé : %s\nObjet : Congé\n\nRésumé: %s %s, %s, hospitalisé%s pour IC décompensée FEVG 25%%. Furosémide 40 die, sacubitril/valsartan 49/51 BID. Suivi clinique IC 2 sem.' % (
            addr(o), day(lang), p['surname'], p['given'], i, 'e' if p['sex']=='F' else '')
        body = 'Pour info, voir ci-dessous.\n' + sig(s, lang) + '\n\n-------- Message transféré --------\n' + inner; subj = 'TR: Congé ' + p['surname']
    else:
        inner = 'From: %s\nSent: %s\nSubject: Discharge\n\nSummary: %s %s, %s, admitted for decompensated HF, EF 25%%. Furosemide 40 daily, sacubitril/valsartan 49/51 BID. HF clinic 2 wks.' % (
            addr(o), day(lang), p['given'], p['surname'], i)
        body = 'FYI see below.\n' + sig(s, lang) + '\n\n---------- Forwarded message ---------\n' + inner; subj = 'Fwd: Discharge ' + p['surname']
    return dict(cat='inline_forward', subj=subj, body=body, atts=[], types=sorted(set(t) | {'patient_name', 'diagnosis', 'medication'}), note='inline forward of a discharge note for a named patient', s=s)

def P_eml_fwd(lang):
    p = patient(); s = staff(lang); o = staff(lang); i, t = ident(p, lang)
    inner = EmailMessage(policy=email.policy.default)
    inner['From'] = addr(o); inner['To'] = addr(s); inner['Subject'] = ('Résultat pathologie ' if lang=='fr' else 'Pathology result ') + p['surname']
    inner['Date'] = email.utils.format_datetime(when()); inner['Message-ID'] = '<%016x@chu-exemple.example>' % R.getrandbits(64)
    inner.set_content(('%s %s, %s : adénocarcinome prostatique Gleason 4+3, 6/12 carottes +. APS 14,2.\n' if lang=='fr' else '%s %s, %s: prostate adenocarcinoma Gleason 4+3, 6/12 cores +. PSA 14.2.\n') % (p['surname'], p['given'], i))
    body = ('Je te transfère le courriel original en pièce jointe.' if lang=='fr' else 'Forwarding the original as attachment.') + sig(s, lang)
    return dict(cat='forward_attached_eml', subj=('TR: ' if lang=='fr' else 'Fwd: ') + inner['Subject'], body=body, atts=[], rfc822=inner,
                types=sorted(set(t) | {'patient_name', 'diagnosis', 'lab_result'}), note='forwarded .eml attachment with pathology result for named patient', s=s)

def P_ics(lang):
    p = patient(); s = staff(lang); i, t = ident(p, lang); dt = when().replace(tzinfo=None)
    summ = ('Colposcopie - %s %s (%s)' if lang=='fr' else 'Colposcopy - %s %s (%s)') % (p['surname'], p['given'], i) if p['sex']=='F' else \
           ('ETO - %s %s (%s) endocardite?' if lang=='fr' else 'TEE - %s %s (%s) r/o endocarditis') % (p['surname'], p['given'], i)
    desc = ('Tél. patient: %s' % tel()) if R.random() < .5 else ('Suivi post-op' if lang=='fr' else 'Post-op follow-up')
    body = ('Invitation ci-jointe.' if lang=='fr' else 'Invite attached.') + sig(s, lang)
    T = set(t) | {'patient_name', 'diagnosis'} | ({'patient_contact'} if 'patient' in desc.lower() else set())
    return dict(cat='ics_booking', subj=('Rendez-vous ' if lang=='fr' else 'Appointment ') + day(lang), body=body, atts=[('invite.ics',) + ics(summ, desc, dt, 'CHU Exemple, clinique B-3')],
                types=sorted(T), note='calendar invitation naming a patient and procedure', s=s)

def P_foreign_id(lang):
    p = patient(False); s = staff(lang); k = R.choice(['sin', 'ohn', 'niss', 'nir'])
    if k == 'sin':
        v = gen_sin(); vv = R.choice([v, v[:3] + ' ' + v[3:6] + ' ' + v[6:], v[:3] + '-' + v[3:6] + '-' + v[6:]]); typ = 'ca_sin'
        txt_fr = 'Formulaire invalidité assureur pour %s %s, NAS %s, %s %s. Dx: SEP forme rémittente, arrêt de travail depuis %s.' % (p['given'], p['surname'], vv, ne(p), fmt_dob(p, 'fr'), day('fr'))
        txt_en = 'Disability claim for %s %s, SIN %s, DOB %s. Dx: relapsing MS, off work since %s.' % (p['given'], p['surname'], vv, fmt_dob(p, 'en'), day('en'))
    elif k == 'ohn':
        v = gen_ohn() + R.choice(['', 'AB', 'KT']); vv = R.choice([v, v[:4] + '-' + v[4:7] + '-' + v[7:]]); typ = 'ca_health_number'
        txt_fr = 'Transfert vers Ottawa: %s %s, carte santé Ontario %s, DDN %s. STEMI, ICP IVA, retour région.' % (p['given'], p['surname'], vv, fmt_dob(p, 'fr'))
        txt_en = 'Repatriation to Ottawa: %s %s, OHIP %s, DOB %s. STEMI s/p PCI LAD.' % (p['given'], p['surname'], vv, fmt_dob(p, 'en'))
    elif k == 'niss':
        v = gen_niss(p['dob'], p['sex']); vv = R.choice([v, '%s.%s.%s-%s.%s' % (v[:2], v[2:4], v[4:6], v[6:9], v[9:])]); typ = 'be_niss'
        txt_fr = 'Patient%s belge: %s %s, NISS %s. Hospitalisé%s pour pyélonéphrite, facturation mutualité à faire.' % ('e' if p['sex']=='F' else '', p['surname'].upper(), p['given'], vv, 'e' if p['sex']=='F' else '')
        txt_en = 'Belgian visitor %s %s, NISS %s, admitted for pyelonephritis; insurer billing needed.' % (p['given'], p['surname'], vv)
    else:
        v = gen_nir(p['dob'], p['sex']); vv = R.choice([v, '%s %s %s %s %s %s %s' % (v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:])]); typ = 'fr_nir'
        txt_fr = 'Patient%s français%s: %s %s, NIR %s. Lymphome de Hodgkin, poursuite ABVD à l\'APHP, merci de transmettre dossier.' % ('e' if p['sex']=='F' else '', 'e' if p['sex']=='F' else '', p['surname'], p['given'], vv)
        txt_en = 'French national %s %s, NIR %s, Hodgkin lymphoma on ABVD; transfer of records to Paris requested.' % (p['given'], p['surname'], vv)
    body = ('Bonjour,\n\n' + txt_fr if lang=='fr' else 'Hello,\n\n' + txt_en) + '\n' + sig(s, lang)
    att = []
    if R.random() < .4:
        att = [('formulaire.pdf',) + pdf('Formulaire', [txt_fr if lang=='fr' else txt_en])]; body = ('Voir formulaire joint pour %s.' % p['surname'] if lang=='fr' else 'See attached form for %s.' % p['surname']) + sig(s, lang)
    T = {typ, 'patient_name', 'diagnosis'}
    if 'DOB' in txt_en and lang=='en' or ('DDN' in txt_fr or ne(p) + ' ' in txt_fr) and lang=='fr': T.add('date_of_birth')
    if k == 'nir' and True: T.add('medication')
    return dict(cat='foreign_id_' + k, subj=R.choice(['Dossier patient', 'Formulaire', 'Transfert', 'Facturation']) if lang=='fr' else R.choice(['Patient file', 'Claim form', 'Transfer', 'Billing']),
                body=body, atts=att, types=sorted(T), note='patient with %s and diagnosis' % typ, s=s)

def P_disguised(lang):
    p = patient(True); s = staff(lang); d = disguise(p['nam'])
    if R.random() < .4: d = d[:len(d)//2] + '\n' + d[len(d)//2:]
    if lang == 'fr':
        body = 'Salut,\n\nj\'écris le no autrement pour pas que le courriel bloque lol:\n%s\n%s %s — résultats VIH charge virale 45 000, CD4 210. Rappeler%s svp.\n' % (d, p['given'], p['surname'][0] + '.', ' la' if p['sex']=='F' else ' le')
        subj = 'suivi clinique MI'
    else:
        body = 'Hi,\n\nspacing the number so it goes through:\n%s\n%s %s — HCV RNA 2.1M IU/mL, genotype 1a, start sofosbuvir/velpatasvir.\n' % (d, p['given'], p['surname'][0] + '.')
        subj = 'ID clinic f/u'
    return dict(cat='disguised_nam', subj=subj, body=body + sig(s, lang), atts=[], types=['diagnosis', 'lab_result', 'ramq_nam'] + (['medication'] if lang=='en' else []),
                note='health insurance number deliberately spaced/disguised with lab result', s=s)

def P_docx_letter(lang):
    p = patient(); s = staff(lang); i, t = ident(p, lang)
    if lang == 'fr':
        lines = ['Montréal, le %s' % day(lang), 'Dr %s, GMF du Plateau' % staff(lang)['surname'], 'Objet: %s %s, %s, %s' % (p['surname'], p['given'], fmt_dob(p, lang), i),
                 'Cher collègue,', 'J\'ai revu votre %s en clinique de gériatrie. MMSE 19/30, Alzheimer probable. Début donépézil 5 mg. Cesser lorazépam.' % ('patiente' if p['sex']=='F' else 'patient')]
        body = 'Bonjour, lettre de consultation jointe.' + sig(s, lang)
    else:
        lines = ['Dear Dr %s,' % staff(lang)['surname'], 'Re: %s %s, DOB %s, %s' % (p['given'], p['surname'], fmt_dob(p, lang), i),
                 'I saw your patient in the nephrology clinic. CKD 4, eGFR 22, Hb 94. Starting darbepoetin. Stop metformin.']
        body = 'Consult letter attached.' + sig(s, lang)
    att = [('consult_%s.docx' % p['surname'].lower().replace('é', 'e').replace('è','e').replace('ô','o'),) + docx('Consultation', lines)] if R.random() < .6 else [('consult.pdf',) + pdf('Consultation', lines)]
    return dict(cat='consult_letter', subj=('Lettre consultation' if lang=='fr' else 'Consult letter'), body=body, atts=att,
                types=sorted(set(t) | {'patient_name', 'date_of_birth', 'diagnosis', 'medication', 'lab_result'}), note='consultation letter attachment for a named patient', s=s)

def P_signout(lang):
    ps = [patient(R.random() < .3) for _ in range(R.randint(4, 8))]; s = staff(lang)
    todo_fr = ['suivre K+ 22h', 'hémocs en cours', 'si fièvre: pip-tazo', 'NPO pour cath', 'ajuster héparine PTT 6h', 'famille à rappeler', 'DNR confirmé']
    todo_en = ['f/u K 22h', 'BC pending', 'if febrile: pip-tazo', 'NPO for cath', 'adjust heparin PTT 6h', 'call family', 'DNR confirmed']
    L = ['%s %s %s %s: %s' % (R.randint(401, 470), p['surname'], p['given'][0], p['mrn'], R.choice(todo_fr if lang=='fr' else todo_en)) for p in ps]
    subj = 'Sign-out ' + ('garde ' if lang=='fr' else 'night ') + day(lang)
    body = ('Liste pour la garde:\n\n' if lang=='fr' else 'Handover:\n\n') + '\n'.join(L) + sig(s, lang)
    return dict(cat='signout', subj=subj, body=body, atts=[], types=['diagnosis', 'medication', 'mrn', 'patient_name'], note='handover list with patient surnames, chart numbers and tasks', s=s)

POS = [(P_tumour_board, 6), (P_chemo, 6), (P_cath, 5), (P_device, 4), (P_nephro, 5), (P_obst, 4), (P_psych, 6), (P_geri_home, 5), (P_outbreak_named, 5),
       (P_trial, 4), (P_subject_only, 5), (P_quoted_reply, 5), (P_inline_fwd, 4), (P_eml_fwd, 3), (P_ics, 3), (P_foreign_id, 6), (P_disguised, 4), (P_docx_letter, 4), (P_signout, 1)]
assert sum(n for _, n in POS) == N_POS, sum(n for _, n in POS)

# ---------------- NEGATIVE templates -----------------
def N_tb_agenda(lang):
    s = staff(lang); sp = staff(lang)
    if lang == 'fr':
        body = 'Bonjour,\n\nOrdre du jour du comité des tumeurs digestives (%s, 7h30, salle 4.210):\n1. Revue des nouvelles lignes directrices ESMO cancer pancréatique — Dr %s\n2. Indicateurs: 142 cas discutés au T3, délai moyen 9 jours\n3. Varia\n\nLes listes de cas seront envoyées séparément par la voie sécurisée.' % (day(lang), sp['surname'])
        subj = 'Ordre du jour CDT digestif'
    else:
        body = 'Hi all,\n\nAgenda for the thoracic tumour board business meeting (%s):\n1. New NCCN NSCLC updates — Dr %s\n2. Stats: 97 cases reviewed in Q3, 23%% trial referrals\n3. Room booking for 2027\n\nCase lists will follow via the secure system.' % (day(lang), sp['surname'])
        subj = 'Tumour board business meeting agenda'
    return dict(cat='tb_agenda', subj=subj, body=body + sig(s, lang), atts=[], s=s, note='tumour board agenda without patients')

def N_trial_ad(lang):
    s = staff(lang); code = 'CARD-%03d' % R.randint(100, 999)
    if lang == 'fr':
        body = 'Recrutement en cours — étude %s\n\nNous recherchons des participants de 50 à 80 ans atteints d\'insuffisance cardiaque à fraction d\'éjection préservée. Compensation pour le transport. Info: 514-555-%04d ou recherche.cardio@chu-exemple.example.\n\nApprouvé par le CER (projet 2026-%04d).' % (code, R.randint(1000, 9999), R.randint(1000, 9999))
        subj = 'Affiche de recrutement - étude ' + code
    else:
        body = 'Now recruiting — study %s\n\nAdults 18+ with newly diagnosed type 2 diabetes and CKD stage 3 may be eligible. Parking reimbursed. Call 514-555-%04d.\nREB approval 2026-%04d.' % (code, R.randint(1000, 9999), R.randint(1000, 9999))
        subj = 'Recruitment poster ' + code
    att = [('affiche.pdf',) + pdf('Recrutement ' + code, body.split('\n'))] if R.random() < .4 else []
    return dict(cat='trial_ad', subj=subj, body=body + sig(s, lang), atts=att, s=s, note='clinical trial recruitment ad')

def N_outbreak_stats(lang):
    s = staff(lang); n = R.randint(3, 25)
    if lang == 'fr':
        body = 'Bonjour,\n\nMise à jour éclosion ERV unité 6C: %d cas cumulatifs (dont %d nouveaux cette semaine), 2 chambres fermées. Dépistage hebdomadaire maintenu. Taux d\'adhésion hygiène des mains: 78 %%.\n\nMerci de rappeler les précautions contact à vos équipes.' % (n, R.randint(0, 3))
        subj = 'Bilan éclosion ERV 6C - semaine %d' % R.randint(30, 48)
    else:
        body = 'Update: influenza A activity — %d inpatient cases hospital-wide, %d on 4B, 3 staff cases. Masking required on 4B until further notice. Vaccination rate among staff: 64%%.' % (n, R.randint(1, 6))
        subj = 'Influenza update week %d' % R.randint(40, 50)
    att = [('stats.xlsx',) + xlsx([['Unité', 'Cas', 'Nouveaux'], ['6C', n, 2], ['4B', 3, 0], ['7N', 1, 1]])] if R.random() < .4 else []
    return dict(cat='outbreak_stats', subj=subj, body=body + sig(s, lang), atts=att, s=s, note='aggregate outbreak statistics')

def N_shortage(lang):
    s = staff(lang); drug = R.choice(['cisplatine 50 mg/50 mL', 'leucovorin 500 mg', 'furosémide inj 10 mg/mL', 'amoxicilline susp.', 'lidocaïne 2 %', 'héparine 10 000 U/mL'])
    if lang == 'fr':
        body = 'Avis de pénurie — %s\n\nLe fournisseur prévoit une rupture jusqu\'au %s. Lot disponible: %s. Alternatives: voir tableau. Prioriser les protocoles curatifs.' % (drug, day(lang), 'L%06d' % R.randint(0, 999999))
        subj = 'Pénurie: ' + drug
    else:
        body = 'Drug shortage notice — %s\n\nSupplier backorder until %s. Remaining stock lot %s. Use alternatives per pharmacy & therapeutics committee.' % (drug, day(lang), 'L%06d' % R.randint(0, 999999))
        subj = 'Shortage: ' + drug
    return dict(cat='drug_shortage', subj=subj, body=body + sig(s, lang, 'pharm.' if lang=='fr' else 'BPharm'), atts=[], s=s, note='drug shortage bulletin')

def N_staff_roster(lang):
    s = staff(lang); L = []
    for _ in range(R.randint(5, 8)):
        st = staff(lang); L.append('%s %s — %s — %s' % (st['surname'].upper(), st['given'][0] + '.', R.choice(['jour', 'soir', 'nuit', 'garde', 'congé']) if lang=='fr' else R.choice(['day', 'evening', 'night', 'on call', 'off']), R.choice(['4B', '6C', 'hémo', 'USIC', 'dialyse'])))
    subj = ('Horaire infirmier semaine du ' if lang=='fr' else 'Nursing schedule week of ') + day(lang)
    body = ('Horaire des infirmières:\n\n' if lang=='fr' else 'Nursing staff schedule:\n\n') + '\n'.join(L)
    att = [('horaire.xlsx',) + xlsx([['Employé', 'Quart', 'Unité']] + [l.split(' — ') for l in L])] if R.random() < .4 else []
    return dict(cat='staff_roster', subj=subj, body=body + sig(s, lang), atts=att, s=s, note='staff roster resembling a list')

def N_staff_disease(lang):
    s = staff(lang); d = staff(lang); sx = 'e' if d['sex']=='F' else ''
    if lang == 'fr':
        body = R.choice(['Bienvenue au Dr %s %s, hémato-oncologue spécialisé%s en myélome multiple et leucémie, qui se joint à l\'équipe lundi.' % (d['given'], d['surname'], sx),
                         'Le Dr %s %s présentera « Insuffisance rénale aiguë et néphrotoxicité des inhibiteurs de points de contrôle » aux grandes conférences jeudi midi.' % (d['given'], d['surname']),
                         'Veuillez noter que %s %s (inf.) est en congé de maladie jusqu\'au %s; remplacement assuré par l\'équipe volante.' % (d['given'], d['surname'], day(lang))])
        subj = R.choice(['Nouvelle arrivée', 'Grandes conférences', 'Info équipe'])
    else:
        body = R.choice(['Please welcome Dr %s %s, cardiologist with expertise in heart failure and cardiac amyloidosis.' % (d['given'], d['surname']),
                         'Grand rounds Thursday: Dr %s %s, "Managing HIV in pregnancy: 2026 update".' % (d['given'], d['surname']),
                         '%s %s (RN) is on sick leave until %s; please route device clinic calls to the front desk.' % (d['given'], d['surname'], day(lang))])
        subj = R.choice(['Welcome', 'Grand rounds', 'Team update'])
    return dict(cat='staff_disease', subj=subj, body=body + sig(s, lang), atts=[], s=s, note='staff member named with a disease they treat or HR status')

def N_recall(lang):
    s = staff(lang); sns = ['%s%06d' % (R.choice(['PJN', 'RNB', 'BLF', 'CRT']), R.randint(0, 999999)) for _ in range(R.randint(4, 9))]
    if lang == 'fr':
        body = 'Avis de rappel fabricant — défibrillateurs modèle DX-%d (batterie à épuisement prématuré).\nNuméros de série concernés en inventaire:\n' % R.randint(100, 999) + '\n'.join(sns) + '\n\nLa clinique de stimulateurs contactera les porteurs par les voies habituelles.'
        subj = 'Rappel fabricant DX - numéros de série'
    else:
        body = 'Field safety notice — pacemaker leads model L-%d. Serial numbers in stock to quarantine:\n' % R.randint(100, 999) + '\n'.join(sns) + '\n\nReturn to vendor, RMA %d.' % R.randint(10000, 99999)
        subj = 'FSN device recall - serials'
    return dict(cat='device_recall', subj=subj, body=body + sig(s, lang), atts=[], s=s, note='device recall with serial numbers only')

def N_blank_form(lang):
    s = staff(lang)
    if lang == 'fr':
        lines = ['FORMULAIRE DE DEMANDE DE CONSULTATION — GÉRIATRIE', 'Nom: ____________  Prénom: ____________', 'NAM: XXXX 0000 0000 (ex.: ABCD 1234 5678)', 'DDN: AAAA-MM-JJ', 'No dossier: _______', 'Motif: ____________', 'Exemple de saisie: « Jean Exemple, 80 ans »']
        body = 'Bonjour, voici le nouveau gabarit de demande de consultation à utiliser à partir du %s.' % day(lang); subj = 'Nouveau formulaire consult gériatrie'
    else:
        lines = ['REFERRAL TEMPLATE — NEPHROLOGY', 'Name: ____________', 'RAMQ / HIN: ____ ____ ____', 'DOB: YYYY-MM-DD', 'MRN: ________', 'Reason: ______', 'Sample: "Jane Doe, 55 y, eGFR 25"']
        body = 'Hi, updated referral template attached (v3).'; subj = 'Referral template v3'
    att = [('gabarit.docx' if lang=='fr' else 'template.docx',) + docx(lines[0], lines[1:])] if R.random() < .6 else [('form.pdf',) + pdf(lines[0], lines[1:])]
    return dict(cat='blank_form', subj=subj, body=body + sig(s, lang), atts=att, s=s, note='blank form/template with placeholder values')

def N_it(lang):
    s = staff(lang)
    if lang == 'fr':
        body = R.choice(['Interruption planifiée du NAS \\\\fs-onco02 samedi de 22h à 2h. Sauvegardez vos fichiers.', 'Le dossier clinique informatisé sera indisponible dimanche 3h-5h (mise à jour).', 'Migration du NAS vers le stockage nuage: volume 4,2 To, NAS-07 sera retiré.'])
        subj = R.choice(['Maintenance TI', 'Panne planifiée', 'Migration NAS'])
    else:
        body = R.choice(['Scheduled outage of the PACS viewer Sunday 02:00-04:00.', 'The NAS share \\\\fs-cardio01 will be read-only Friday for migration.', 'Phishing alert: do not open "invoice" attachments from unknown senders.'])
        subj = R.choice(['IT maintenance', 'Planned outage', 'Security alert'])
    return dict(cat='it_notice', subj=subj, body=body + sig(s, lang, 'Technicien TI' if lang=='fr' else 'IT support'), atts=[], s=s, note='IT notice')

def N_invoice(lang):
    s = staff(lang); b = str(R.randint(10000000, 99999999)); inv = b + luhn.calc_check_digit(b)
    if lang == 'fr':
        body = 'Bonjour,\n\nFacture no %s — cathéters guides 6F x 40, PO %d. Total: %d,%02d $ taxes incl. Paiement net 30.\nNo TPS 12345 6789 RT0001.' % (inv, R.randint(400000, 499999), R.randint(1000, 20000), R.randint(0, 99))
        subj = 'Facture ' + inv
    else:
        body = 'Invoice %s — pacing leads x 12, PO %d. Total $%d.%02d. Net 30.' % (inv, R.randint(400000, 499999), R.randint(1000, 20000), R.randint(0, 99))
        subj = 'Invoice ' + inv
    att = [('facture.pdf',) + pdf('Facture ' + inv, body.split('\n'))] if R.random() < .5 else []
    return dict(cat='invoice', subj=subj, body=body + sig(s, lang, 'Comptes fournisseurs' if lang=='fr' else 'Accounts payable'), atts=att, s=s, note='invoice with Luhn-valid number')

def N_job(lang):
    s = staff(lang)
    body = ('Affichage de poste: infirmier(ère) clinicien(ne) en oncologie, temps complet, jour. Exigences: BAC, 2 ans d\'expérience. Postuler avant le %s, référence 2026-ONC-%03d.' if lang=='fr'
            else 'Job posting: clinical research coordinator, cardiology, full time. Apply by %s, ref 2026-CRC-%03d.') % (day(lang), R.randint(1, 999))
    return dict(cat='job_posting', subj=('Affichage de poste' if lang=='fr' else 'Job posting'), body=body + sig(s, lang, 'Ressources humaines' if lang=='fr' else 'Human resources'), atts=[], s=s, note='job posting')

def N_teaching(lang):
    s = staff(lang)
    body = R.choice(['Cas clinique du mois: une femme de 34 ans, G2P1, se présente à 32 sem. avec céphalées et TA 160/105. Protéinurie 3+. Quelle est votre prise en charge? Réponse à la réunion de jeudi.',
                     'Cas pour la journée de gériatrie: un homme de 84 ans, polymédicamenté (11 Rx), chutes répétées et confusion depuis 3 jours. Quelles sont vos hypothèses?',
                     'Quiz MI: une femme de 27 ans de retour d\'Afrique de l\'Ouest, fièvre 40 °C, thrombopénie 45. Diagnostic différentiel? Réponses vendredi.',
                     'Vignette psychiatrie: un jeune homme de 19 ans, premier épisode psychotique, refuse l\'hospitalisation. Cadre légal (P-38) à discuter en séminaire.']) if lang=='fr' else \
           R.choice(['Case of the week: a 71-year-old man with CKD 3b presents with K 6.8 and peaked T waves after starting spironolactone. Discuss management. Answers Friday.',
                     'Teaching case: a 58-year-old woman, 3 weeks post C1 of AC, presents with febrile neutropenia. Walk through the first hour.',
                     'ECG quiz: 66-year-old man with dual-chamber pacemaker, intermittent loss of capture on this tracing. What do you do next?'])
    return dict(cat='teaching_case', subj=('Cas clinique du mois' if lang=='fr' else 'Case of the week'), body=body + sig(s, lang), atts=[], s=s, note='anonymised teaching case')

def N_conference(lang):
    s = staff(lang); L = ['%dh%02d  Dr %s %s — %s' % (R.randint(8, 15), R.choice([0, 30]), st['given'], st['surname'], R.choice(['Cancer du sein triple négatif', 'Amyloïdose cardiaque', 'Délirium chez l\'aîné', 'Prééclampsie', 'Tuberculose multirésistante', 'Lithium et rein']))
                          for st in [staff(lang) for _ in range(5)]]
    body = ('Programme du colloque annuel des cliniques spécialisées (%s):\n\n' % day(lang) if lang=='fr' else 'Annual specialty clinics symposium programme (%s):\n\n' % day(lang)) + '\n'.join(L)
    att = [('programme.pdf',) + pdf('Programme', L)] if R.random() < .4 else []
    return dict(cat='conference', subj=('Programme colloque' if lang=='fr' else 'Symposium programme'), body=body + sig(s, lang), atts=att, s=s, note='conference programme with speakers')

def N_facilities(lang):
    s = staff(lang)
    body = R.choice(['Le stationnement P3 sera fermé du %s au %s pour réfection. Utilisez P1.', 'Menu de la cafétéria: pâté chinois, soupe aux pois. Fermée le %s, réouverture le %s.', 'Coupure d\'eau chaude pavillon B le %s; retour prévu le %s.']) if lang=='fr' else \
        R.choice(['Parking lot P3 closed %s to %s for repaving.', 'Cafeteria closed %s, reopening %s.', 'Elevator B2 out of service %s to %s.'])
    body = body % (day(lang), day(lang))
    return dict(cat='facilities', subj=('Avis installations' if lang=='fr' else 'Facilities notice'), body=body + sig(s, lang), atts=[], s=s, note='facilities notice')

def N_committee(lang):
    s = staff(lang); dt = when().replace(tzinfo=None)
    summ = 'Comité pharmacologie' if lang=='fr' else 'P&T committee'
    att = [('invite.ics',) + ics(summ, 'Ordre du jour: formulaire, pénuries' if lang=='fr' else 'Agenda: formulary, shortages', dt, 'Salle du conseil, pav. A')]
    return dict(cat='committee_invite', subj=summ + ' ' + dt.strftime('%Y-%m-%d'), body=('Invitation ci-jointe.' if lang=='fr' else 'Invite attached.') + sig(s, lang), atts=att, s=s, note='committee meeting invitation')

def N_newsletter(lang):
    s = staff(lang)
    body = ('Bulletin de la clinique d\'oncologie — automne\n\n• Nouveau protocole FOLFIRINOX modifié approuvé\n• 1 240 traitements administrés ce trimestre\n• Semaine de sensibilisation au cancer colorectal\n• Bienvenue aux résidents' if lang=='fr'
            else 'Cardiology newsletter — fall\n\n• Device clinic now offers remote monitoring for all new implants\n• 318 TAVI procedures this year\n• New SGLT2 inhibitor guidance for HF\n• Staff kudos')
    return dict(cat='newsletter', subj=('Bulletin oncologie' if lang=='fr' else 'Cardiology newsletter'), body=body + sig(s, lang), atts=[], html_pref=True, s=s, note='clinic newsletter')

def N_vendor(lang):
    s = staff(lang); v = dict(given=R.choice(['Marc', 'Julie', 'Tom', 'Anna']), surname=R.choice(['Vendeur', 'Roberts', 'Chen', 'Dufresne']), sex='M')
    imei = ''.join(str(R.randint(0, 9)) for _ in range(14)); imei += luhn.calc_check_digit(imei)
    body = ('Bonjour, suite à notre rencontre, voici la soumission pour 12 moniteurs de télémétrie (IMEI modem exemple %s). Prix unitaire 4 250 $.' % imei if lang=='fr'
            else 'Hi, following our demo, quote for 12 telemetry monitors attached (modem IMEI sample %s). Unit price $4,250.' % imei)
    return dict(cat='vendor', subj=('Soumission télémétrie' if lang=='fr' else 'Telemetry quote'), body=body + sig(s, lang, 'Approvisionnement' if lang=='fr' else 'Procurement'), atts=[], s=s, note='vendor quote with IMEI')

def N_trial_admin(lang):
    s = staff(lang)
    body = ('Le promoteur a confirmé la visite de monitorage du %s. Recrutement: %d/20 sujets inscrits, %d en pré-sélection. Amendement 4 soumis au CER.' if lang=='fr'
            else 'Sponsor monitoring visit confirmed %s. Enrolment %d/20, %d in screening. Amendment 4 submitted to REB.') % (day(lang), R.randint(3, 19), R.randint(0, 5))
    return dict(cat='trial_admin', subj=('Visite de monitorage' if lang=='fr' else 'Monitoring visit'), body=body + sig(s, lang), atts=[], s=s, note='trial administration with aggregate enrolment')

def N_quoted_staff(lang):
    s = staff(lang); o = staff(lang)
    q = ('Peux-tu me remplacer à la clinique de néphro mardi? J\'ai une formation ACLS.' if lang=='fr' else 'Can you cover my device clinic Tuesday? I have ACLS recert.')
    body = ('Oui pas de problème.' if lang=='fr' else 'Sure, no problem.') + sig(s, lang) + '\n\n' + ('Le %s, %s a écrit :\n' if lang=='fr' else 'On %s, %s wrote:\n') % (day(lang), o['given']) + '> ' + q
    return dict(cat='quoted_staff', subj='RE: ' + ('remplacement' if lang=='fr' else 'coverage'), body=body, atts=[], s=s, note='staff coverage reply with quoted text')

NEG = [(N_tb_agenda, 7), (N_trial_ad, 8), (N_outbreak_stats, 8), (N_shortage, 7), (N_staff_roster, 8), (N_staff_disease, 9), (N_recall, 7), (N_blank_form, 7), (N_it, 6),
       (N_invoice, 7), (N_job, 5), (N_teaching, 6), (N_conference, 6), (N_facilities, 5), (N_committee, 5), (N_newsletter, 5), (N_vendor, 4), (N_trial_admin, 3), (N_quoted_staff, 2)]
assert sum(n for _, n in NEG) == N_NEG, sum(n for _, n in NEG)

# ---------------- transport -----------------
def to_html(text):
    import html
    return '<html><body style="font-family:Calibri,Arial">' + ''.join('<p>%s</p>' % html.escape(p).replace('\n', '<br>') for p in text.split('\n\n')) + '</body></html>'

def encodable(t, cs):
    try: t.encode(cs); return True
    except UnicodeEncodeError: return False

def build(d, lang, stats):
    s = d['s']; ext_dom = R.choice(EXT)
    m = EmailMessage(policy=email.policy.default)
    m['From'] = addr(s); rc = staff(lang)
    m['To'] = addr(rc, ext_dom if R.random() < .65 else HOSP)
    if R.random() < .3: m['Cc'] = addr(staff(lang))
    m['Subject'] = d['subj']; m['Date'] = email.utils.format_datetime(when())
    m['Message-ID'] = '<%016x.%d@chu-exemple.example>' % (R.getrandbits(64), R.randint(1, 99))
    if d['subj'].startswith(('RE:', 'Re:')): m['In-Reply-To'] = '<%016x@%s>' % (R.getrandbits(64), ext_dom)
    cs = R.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
    if not encodable(d['body'] + d['subj'], cs): cs = 'utf-8'
    cte = R.choice(['quoted-printable', 'base64', '8bit'])
    has_att = bool(d['atts']) or 'rfc822' in d
    mode = R.choice(['plain', 'plain', 'html', 'alt']) if not d.get('html_pref') else R.choice(['html', 'alt'])
    if mode == 'plain': m.set_content(d['body'], charset=cs, cte=cte)
    elif mode == 'html': m.set_content(to_html(d['body']), subtype='html', charset=cs, cte=cte)
    else:
        m.set_content(d['body'], charset=cs, cte=cte); m.add_alternative(to_html(d['body']), subtype='html', charset=cs, cte=R.choice(['quoted-printable', 'base64']))
    for fn, mt, st, data in d['atts']:
        if mt == 'text':
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn, cte='base64' if R.random() < .5 else 'quoted-printable')
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    if 'rfc822' in d:
        m.add_attachment(d['rfc822'], filename='message_original.eml' if lang=='fr' else 'original.eml')
    for part in m.walk():
        if part.is_multipart() and part.get_content_type() != 'message/rfc822':
            part.set_boundary('=_chu_%016x' % R.getrandbits(64))
    if 'rfc822' in d and d['rfc822'].is_multipart(): d['rfc822'].set_boundary('=_chu_%016x' % R.getrandbits(64))
    crlf = R.random() < .45
    stats['transport'][mode + ('+attach' if has_att else '')] = stats['transport'].get(mode + ('+attach' if has_att else ''), 0) + 1
    stats['charset'][cs] = stats['charset'].get(cs, 0) + 1; stats['cte'][cte] = stats['cte'].get(cte, 0) + 1
    stats['eol']['CRLF' if crlf else 'LF'] += 1
    return m.as_bytes(policy=m.policy.clone(linesep='\r\n' if crlf else '\n'))

def main():
    out = A.out
    for sub in ('positive', 'negative'):
        if os.path.isdir(os.path.join(out, sub)): shutil.rmtree(os.path.join(out, sub))
        os.makedirs(os.path.join(out, sub))
    stats = dict(transport={}, charset={}, cte={}, eol={'CRLF': 0, 'LF': 0}, cat={}, lang={})
    labels = {}
    jobs = [(f, True) for f, n in POS for _ in range(n)] + [(f, False) for f, n in NEG for _ in range(n)]
    R.shuffle(jobs); ip = ineg = 0
    LP = ['fr'] * 47 + ['en'] * (N_POS - 47); LN = ['fr'] * 63 + ['en'] * (N_NEG - 63); R.shuffle(LP); R.shuffle(LN)
    for f, pos in jobs:
        lang = LP.pop() if pos else LN.pop()
        d = f(lang); raw = build(d, lang, stats)
        if pos: ip += 1; name = 'positive/p%03d_%s.eml' % (ip, d['cat'])
        else: ineg += 1; name = 'negative/n%03d_%s.eml' % (ineg, d['cat'])
        with open(os.path.join(out, name), 'wb') as fh: fh.write(raw)
        labels[name] = dict(confidential=pos, types=d['types'] if pos else [], lang=lang, note=d['note'])
        key = ('P:' if pos else 'N:') + re.sub(r'_(sin|ohn|niss|nir)$', '', d['cat'])
        stats['cat'][key] = stats['cat'].get(key, 0) + 1
        stats['lang'][('P:' if pos else 'N:') + lang] = stats['lang'].get(('P:' if pos else 'N:') + lang, 0) + 1
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as fh: json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    # self-check
    files = sorted('%s/%s' % (sub, f) for sub in ('positive', 'negative') for f in os.listdir(os.path.join(out, sub)))
    assert files == sorted(labels), 'labels do not cover files'
    for f in files:
        msg = email.message_from_bytes(open(os.path.join(out, f), 'rb').read(), policy=email.policy.default)
        for part in msg.walk():
            assert not part.defects, (f, part.defects)
            if not part.is_multipart() and part.get_content_type() != 'message/rfc822':
                part.get_content()
        L = labels[f]
        assert (len(L['types']) > 0) == L['confidential'] == f.startswith('positive/'), f
    h = hashlib.sha256()
    for f in files + ['labels.json']:
        h.update(f.encode()); h.update(open(os.path.join(out, f), 'rb').read())
    print('positives', ip, 'negatives', ineg)
    for k in ('lang', 'cat', 'transport', 'charset', 'cte', 'eol'): print(k, json.dumps(stats[k], sort_keys=True, ensure_ascii=False))
    print('sha256', h.hexdigest())

main()
