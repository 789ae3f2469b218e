#!/usr/bin/env python3
"""Seeded synthetic outbound-mail corpus for a QC/ON health network. Seed 4747."""
import argparse, random, io, os, re, json, hashlib, zipfile, csv, shutil
import email, email.policy
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email import encoders
from email.utils import format_datetime
import datetime
from stdnum.ca import sin as SIN
from stdnum.be import nn as NN
from stdnum.fr import nir as NIR
from stdnum import luhn

SEED = 4747
HERE = os.path.dirname(os.path.abspath(__file__))
# The synthetic NAMs every blind writer was given, shared by the blind corpora in tests/blind_nams.txt.
NAMFILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, 'blind_nams.txt')
R = random.Random(SEED)

def load_nams():
    out = []
    for l in open(NAMFILE, encoding='utf-8'):
        if l.startswith('#') or not l.strip(): continue
        s, g, d, x, n = l.split()[:5]
        out.append(dict(sur=s, giv=g, dob=d, sex=x, nam=n))
    return out
NAMS = load_nams()

def gen_sin():
    while True:
        n = '9' + ''.join(str(R.randint(0, 9)) for _ in range(7)); n = n[:1] if False else n
        n = str(R.choice([1,2,4,5,6,7])) + n[1:]
        for c in '0123456789':
            if SIN.is_valid(n + c): return n + c
def gen_ohn():
    while True:
        b = ''.join(str(R.randint(0, 9)) for _ in range(9))
        if b[0] == '0': continue
        c = luhn.calc_check_digit(b); n = b + c
        if luhn.is_valid(n): return n
def gen_niss():
    while True:
        y, m, d = R.randint(40, 99), R.randint(1, 12), R.randint(1, 28)
        s = R.randint(1, 997)
        b = '%02d%02d%02d%03d' % (y, m, d, s)
        c = 97 - int(b) % 97
        n = b + '%02d' % c
        if NN.is_valid(n): return n
def gen_nir():
    while True:
        b = '%d%02d%02d%02d%03d%03d' % (R.choice([1, 2]), R.randint(40, 99), R.randint(1, 12), R.randint(1, 95), R.randint(1, 990), R.randint(1, 999))
        if len(b) != 13: continue
        k = 97 - int(b) % 97
        n = b + '%02d' % k
        if NIR.is_valid(n): return n, b[0]
def mrn():
    return R.choice(['%07d' % R.randint(1000000, 9999999), '%08d' % R.randint(10000000, 99999999),
                     'H%07d' % R.randint(0, 9999999), 'MRN-%06d' % R.randint(0, 999999), 'D%06d' % R.randint(0, 999999)])

FN_F = ['Ginette','Louise','Amélie','Chantal','Nicole','Sarah','Priya','Fatima','Margaret','Linda','Jocelyne','Émilie','Yasmine','Karen','Huguette']
FN_M = ['Gilles','Réjean','Marc','Jean-Guy','Omar','David','Kevin','Raymond','Luc','Benoît','Ahmed','Patrick','Normand','Steven','Hugo']
SUR = ['Tremblay','Gagnon','Roy','Côté','Bélanger','Pelletier','Ouellet','Morin','Girard','Fortin','Nguyen','Haddad','MacDonald','O\'Brien','Singh','Campbell','Leduc','Thibodeau','Lavoie','Paquette','Chen','Kowalski','Dubé','Poirier','Bergeron']
STAFF = ['Dre Isabelle Marchand','Dr Philippe Aubin','Dr. Karen Whitfield','Dr. Anil Mehta','Dre Sophie Lacasse','Dr Étienne Roussel','Dr. Laura Bennett','Dre Nadia Benali']
CLERKS = ['Manon (agente adm.)','Julie D., secrétariat','Tracy – booking office','Claudine, archives','Mike, unit clerk']
DOMS_IN = ['chu-exemple.example','cisss-laurentides.example','hgo-ottawa.example','cssslachine.example','northbay-health.example']
DOMS_OUT = ['clinique-medicale-st-roch.example','gmail.example','pharmacie-jacob.example','ortho-rive-sud.example','lifelabs-like.example','cliniquefamille.example','ramq-like.example','assureur-sunlife.example','transport-adapte.example','hotmail.example','familymed-kanata.example','uclouvain-hop.example','chu-lyon.example']
DX_FR = ['insuffisance cardiaque décompensée','MPOC exacerbée','pneumonie LID','fracture de la hanche G','AVC ischémique sylvien D','diabète type 2 mal contrôlé','IRA sur IRC stade 3b','cellulite MI droit','délirium post-op','néo du côlon sigmoïde','FA rapide','dépression majeure','pyélonéphrite']
DX_EN = ['CHF exacerbation','COPD exacerbation','RLL pneumonia','L hip fracture','R MCA stroke','poorly controlled T2DM','AKI on CKD 3b','RLE cellulitis','post-op delirium','sigmoid colon ca','AF with RVR','major depression','pyelonephritis']
MEDS = ['apixaban 5 mg BID','metoprolol 25 mg BID','furosémide 40 mg DIE','insuline glargine 22 U HS','pip-tazo 4.5 g IV q6h','hydromorphone 1 mg SC q4h PRN','sertraline 50 mg DIE','warfarine selon INR','amoxicilline-clav 875 mg BID','prednisone 40 mg x5 j']
LABS = ['K+ 6.4 mmol/L','Hb 68 g/L','INR 5.8','troponine hs 412 ng/L','créat 287 µmol/L','glucose 2.1 mmol/L','Na 118 mmol/L','lactate 5.2','plaquettes 14 x10^9/L']

def pick_nam():
    return R.choice(NAMS)
def patient(sex=None):
    sx = sex or R.choice('MF')
    return dict(giv=R.choice(FN_F if sx == 'F' else FN_M), sur=R.choice(SUR), sex=sx,
                dob='%d-%02d-%02d' % (R.randint(1928, 2015), R.randint(1, 12), R.randint(1, 28)))
def fmt_nam(n):
    st = R.choice(['plain', 'space', 'space', 'dash', 'lower'])
    if st == 'space': return n[:4] + ' ' + n[4:8] + ' ' + n[8:]
    if st == 'dash': return n[:4] + '-' + n[4:8] + '-' + n[8:]
    if st == 'lower': return n.lower()
    return n
def fmt_sin(s):
    return R.choice([s, s[:3] + ' ' + s[3:6] + ' ' + s[6:], s[:3] + '-' + s[3:6] + '-' + s[6:]])
def fmt_ohn(h):
    return R.choice([h, h[:4] + '-' + h[4:7] + '-' + h[7:] + '-' + R.choice(['AB', 'KT', 'XN']), h[:4] + ' ' + h[4:7] + ' ' + h[7:]])
def dfr(d):
    y, m, dd = d.split('-'); return R.choice(['%s/%s/%s' % (dd, m, y), d, '%s-%s-%s' % (dd, m, y)])
def phone():
    return '%s-555-%04d' % (R.choice(['514', '450', '418', '819', '613', '416', '705']), R.randint(100, 9999))
def staff():
    return R.choice(STAFF)
def sig(lang):
    s = staff()
    dom = R.choice(DOMS_IN)
    if lang == 'fr':
        return '\n\n--\n%s\n%s\n%s, poste %d\n%s\n' % (s, R.choice(['Médecine interne', 'Gériatrie', 'Urgence', 'Service social', 'Pharmacie', 'Bureau de rendez-vous']),
            phone(), R.randint(1000, 9999), R.choice(['AVIS DE CONFIDENTIALITÉ : ce message peut contenir des renseignements confidentiels. Si vous l\'avez reçu par erreur, veuillez le détruire.', 'CHU Exemple – 1000, rue Saint-Denis, Montréal (QC) H2X 0A9', '']))
    return '\n\n--\n%s\n%s\n%s ext. %d\n%s\n' % (s, R.choice(['Internal Medicine', 'Geriatrics', 'Emergency', 'Social Work', 'Pharmacy', 'Central Booking']),
        phone(), R.randint(1000, 9999), R.choice(['CONFIDENTIALITY NOTICE: This e-mail may contain privileged information. If received in error please delete it.', 'North Bay Health – 50 College Dr, North Bay ON P1B 0A1', '']))

# ---------------------------------------------------------------- attachments
FIXED = datetime.datetime(2026, 3, 2, 9, 0, 0)
def fixzip(b):
    zi = zipfile.ZipFile(io.BytesIO(b)); out = io.BytesIO()
    zo = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
    for n in sorted(zi.namelist()):
        d = zi.read(n)
        if n.startswith('docProps/'):
            d = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*', rb'\g<1>2026-03-02T09:00:00Z', d)
        z = zipfile.ZipInfo(n, (2026, 3, 2, 9, 0, 0)); z.compress_type = zipfile.ZIP_DEFLATED
        zo.writestr(z, d)
    zo.close(); return out.getvalue()
def mk_pdf(lines, title):
    from reportlab.pdfgen import canvas
    b = io.BytesIO(); c = canvas.Canvas(b, invariant=1); c.setTitle(title)
    y = 800
    for l in lines:
        c.drawString(50, y, l[:95]); y -= 16
        if y < 60: c.showPage(); y = 800
    c.save(); return b.getvalue()
def mk_docx(lines, title):
    import docx
    d = docx.Document(); d.core_properties.created = FIXED; d.core_properties.modified = FIXED
    d.core_properties.title = title; d.add_heading(title, 1)
    for l in lines: d.add_paragraph(l)
    b = io.BytesIO(); d.save(b); return fixzip(b.getvalue())
def mk_xlsx(rows, title):
    import openpyxl
    wb = openpyxl.Workbook(); wb.properties.created = FIXED; wb.properties.modified = FIXED
    ws = wb.active; ws.title = title[:30]
    for r in rows: ws.append(r)
    b = io.BytesIO(); wb.save(b); return fixzip(b.getvalue())
def mk_csv(rows):
    b = io.StringIO(); w = csv.writer(b, lineterminator='\r\n')
    for r in rows: w.writerow(r)
    return b.getvalue().encode('utf-8')
def mk_ics(summary, desc, loc):
    return ('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CHU Exemple//RDV//FR\r\nBEGIN:VEVENT\r\nUID:%d@chu-exemple.example\r\n'
            'DTSTAMP:20260302T090000Z\r\nDTSTART:20260315T133000Z\r\nDTEND:20260315T140000Z\r\nSUMMARY:%s\r\nDESCRIPTION:%s\r\nLOCATION:%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n'
            % (R.randint(10**6, 10**7), summary, desc.replace('\n', '\\n').replace(',', '\\,'), loc)).encode('utf-8')
def mk_vcf(fn, tel, note):
    return ('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:%s\r\nTEL;TYPE=HOME:%s\r\nNOTE:%s\r\nEND:VCARD\r\n' % (fn, tel, note)).encode('utf-8')
def mk_zip(files):
    out = io.BytesIO(); zo = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
    for n, d in files:
        z = zipfile.ZipInfo(n, (2026, 3, 2, 9, 0, 0)); z.compress_type = zipfile.ZIP_DEFLATED; zo.writestr(z, d)
    zo.close(); return out.getvalue()
CT = {'pdf': ('application', 'pdf'), 'docx': ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document'),
      'xlsx': ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet'), 'csv': ('text', 'csv'),
      'ics': ('text', 'calendar'), 'vcf': ('text', 'vcard'), 'zip': ('application', 'zip')}
def attach(kind, name, lines=None, rows=None, title='Document', **kw):
    if kind == 'pdf': d = mk_pdf(lines, title)
    elif kind == 'docx': d = mk_docx(lines, title)
    elif kind == 'xlsx': d = mk_xlsx(rows, title)
    elif kind == 'csv': d = mk_csv(rows)
    elif kind == 'ics': d = mk_ics(kw['summary'], kw['desc'], kw['loc'])
    elif kind == 'vcf': d = mk_vcf(kw['fn'], kw['tel'], kw['note'])
    elif kind == 'zip': d = mk_zip(kw['files'])
    return (kind, name, d)

# ---------------------------------------------------------------- positive templates
# each returns dict(subj, body, lang, types, note, att=[], html=optional)
def P(lang, subj, body, types, note, att=None):
    return dict(subj=subj, body=body, lang=lang, types=sorted(set(types)), note=note, att=att or [])

def p_referral(lang):
    n = pick_nam(); s = staff()
    if lang == 'fr':
        dx = R.choice(DX_FR)
        b = ('Bonjour,\n\nJe vous réfère %s %s %s, né%s le %s (NAM %s), pour évaluation en %s.\n'
             'Contexte : %s, suivi depuis 2024. Tx actuel : %s.\nMerci de convoquer directement la patiente/le patient au %s.\n'
             % ('Mme' if n['sex'] == 'F' else 'M.', n['giv'], n['sur'], 'e' if n['sex'] == 'F' else '', dfr(n['dob']), fmt_nam(n['nam']),
                R.choice(['cardiologie', 'néphrologie', 'gastro', 'neurologie']), dx, R.choice(MEDS), phone()))
        b = b.replace('la patiente/le patient', 'la patiente' if n['sex'] == 'F' else 'le patient')
        return P('fr', 'Demande de consultation – ' + R.choice(['urgent', 'semi-urgent', 'électif']), b, ['ramq_nam', 'patient_name', 'date_of_birth', 'diagnosis', 'medication', 'patient_contact'], 'referral with named patient, NAM, DOB and diagnosis')
    p = patient(); h = gen_ohn(); dx = R.choice(DX_EN)
    b = ('Hi,\n\nReferring %s %s (DOB %s, OHIP %s) for %s. Hx: %s. Meds: %s.\nPls book directly, pt reachable at %s.\n'
         % (p['giv'], p['sur'], p['dob'], fmt_ohn(h), R.choice(['cardiology consult', 'neuro f/u', 'GI scope', 'renal consult']), dx, R.choice(MEDS), phone()))
    return P('en', 'Referral - ' + p['sur'], b, ['ca_health_number', 'patient_name', 'date_of_birth', 'diagnosis', 'medication', 'patient_contact'], 'referral with OHIP number and history')

def p_signout(lang):
    rows = []
    for i in range(R.randint(4, 7)):
        p = patient(); bed = '%d%s' % (R.randint(300, 712), R.choice('ABCD'))
        dx = R.choice(DX_FR if lang == 'fr' else DX_EN)
        todo = R.choice(['f/u K+ 22h', 'recontrôler Hb', 'NPO minuit', 'IV abx, hemocs pending', 'DNR confirmé', 'family meeting demain', 'call if SBP<90'])
        nm = R.choice(['%s, %s' % (p['sur'].upper(), p['giv'][0] + '.'), p['sur'], '%s %s' % (p['giv'], p['sur'])])
        rows.append('%s  %s  %s – %s' % (bed, nm, dx, todo))
    if lang == 'fr':
        b = 'Salut,\n\nListe de garde 7e ouest pour ce soir :\n\n' + '\n'.join(rows) + '\n\nBonne nuit, pagette si besoin.\n'
        return P('fr', 'Liste de départ / sign-out 7O', b, ['patient_name', 'diagnosis'], 'sign-out list naming inpatients with diagnoses')
    b = 'Hey,\n\nSign-out for 5 North tonight:\n\n' + '\n'.join(rows) + '\n\nThx, page me w/ qs.\n'
    return P('en', 'signout 5N', b, ['patient_name', 'diagnosis'], 'sign-out list naming inpatients with diagnoses')

def p_passing(lang):
    """patient mentioned in passing, many styles"""
    k = R.randint(0, 9)
    if lang == 'fr':
        g = R.choice(FN_F); sr = R.choice(SUR)
        opts = [
            ('Re: chambre 312', 'Petite note : la dame du 312, Mme %s, a refait une chute cette nuit, pas de fracture au RX. La fille (Nathalie) veut qu\'on l\'appelle.\n' % sr, ['patient_name', 'diagnosis'], 'patient in room 312 named by surname, fall'),
            ('café + suivi', 'En passant, ta patiente %s (la fille de M. %s qui a le Parkinson) m\'a appelée, son lithium est à 1.6, peux-tu rappeler?\n' % (g, sr), ['patient_name', 'lab_result', 'medication', 'diagnosis'], 'first name with relative context and lithium level'),
            ('Dossier', 'Le %s donne rien au système, essaie plutôt le no dossier %s pour %s né le %s — c\'est pour son écho abdo de jeudi.\n' % ('NAM', mrn(), sr.upper(), dfr(patient()['dob'])), ['mrn', 'patient_name', 'date_of_birth'], 'chart number with surname and DOB for imaging'),
            ('Ti-Guy', 'Ti-Guy %s est revenu à l\'urgence hier soir, encore intox ROH, on l\'a gardé en obs. Le TS de l\'itinérance est au courant.\n' % sr, ['patient_name', 'social_information', 'diagnosis'], 'nickname with surname, alcohol and homelessness'),
            ('initiales', 'Pour la revue de cas : %s.%s., ddn %s, sepsis urinaire, transférée aux SI le 12.\n' % (g[0], sr[0], dfr(patient('F')['dob'])), ['date_of_birth', 'diagnosis'], 'initials plus full birth date and diagnosis'),
            ('question', 'Dossier %s : est-ce qu\'on continue la vanco ou on passe au PO? Creat en hausse.\n' % mrn(), ['mrn', 'medication', 'lab_result'], 'chart number alone with meds and labs'),
            ('Re: son mari', 'La femme de M. %s (notre patient en soins palliatifs, ch. 14) demande un permis de stationnement. Peux-tu lui envoyer le formulaire?\n' % sr, ['patient_name', 'diagnosis'], 'patient identified via spouse, palliative care'),
            ('DPJ', 'Suivi : le petit %s %s (5 ans) — signalement DPJ retenu, la mère n\'a plus la garde temporaire. Rencontre lundi.\n' % (R.choice(FN_M), sr), ['patient_name', 'social_information'], 'child named with youth protection'),
            ('liste jointe', 'Voici la liste pour demain, voir fichier.\n', ['patient_name', 'diagnosis'], 'name only in attachment file name'),
            ('RDV', 'Mme %s (%s) appelle pour déplacer sa colo du 15; elle est en chimio. Rappeler au %s.\n' % (sr, g, phone()), ['patient_name', 'patient_contact', 'diagnosis'], 'patient booking with phone'),
        ]
        s, b, t, note = opts[k]
        att = []
        if k == 8:
            att = [attach('pdf', 'Consult_%s_%s_ECG.pdf' % (sr, g), lines=['Tracé ECG', 'FA rapide 142/min'], title='ECG')]
            t = ['patient_name', 'diagnosis']
        return P('fr', s, b, t, note, att)
    g = R.choice(FN_M); sr = R.choice(SUR)
    opts = [
        ('quick q', 'Your guy in 4B, %s, the one with the wife who brings the muffins — his INR is 6.2 this am, holding warfarin.\n' % g, ['patient_name', 'lab_result', 'medication'], 'first name with bed context and INR'),
        ('FW: appt', 'Mrs. %s called again re her son %s\'s methadone carry, pls call her at %s.\n' % (sr, g, phone()), ['patient_name', 'medication', 'social_information', 'patient_contact'], 'patient via mother, methadone'),
        ('Re: bed 12', 'Bed 12 (%s) — psych hold Form 1 expires 1400, need a reassessment.\n' % sr, ['patient_name', 'diagnosis'], 'bed with surname and Form 1'),
        ('chart', 'Can you pull chart %s? Need the path report for his lumpectomy f/u.\n' % mrn(), ['mrn', 'diagnosis'], 'chart number alone with procedure'),
        ('initials', 'Re M&M: J.%s., DOB %s, missed PE on CT, readmitted.\n' % (sr[0], patient()['dob']), ['date_of_birth', 'diagnosis'], 'initials with DOB and missed diagnosis'),
        ('Big Mike', '"Big Mike" %s is back in the ED, third time this month, shelter closed. SW aware.\n' % sr, ['patient_name', 'social_information'], 'nickname with homelessness'),
        ('Re: Dr %s\'s patient' % sr, 'Note the pt is ALSO named %s (no relation to Dr. %s), admitted w/ %s.\n' % (sr, sr, R.choice(DX_EN)), ['patient_name', 'diagnosis'], 'patient shares a physician surname'),
        ('list', 'Attached the clinic list for tmrw, sorry for the delay.\n', ['patient_name', 'diagnosis'], 'patient name only in attached spreadsheet'),
        ('transport', 'Pt %s %s, 42 Maple Cres, Kanata, needs stretcher transport for dialysis MWF 0700. Home %s.\n' % (g, sr, phone()), ['patient_name', 'patient_contact', 'diagnosis'], 'transport request with address'),
        ('f/u', 'The lady in 312 (%s) — her daughter is POA, wants to discuss goals of care re metastatic dz.\n' % sr, ['patient_name', 'diagnosis'], 'room plus surname, metastatic disease'),
    ]
    s, b, t, note = opts[k]; att = []
    if k == 7:
        rows = [['Heure', 'Patient', 'DOB', 'Motif']] + [['%02d:00' % (8 + i), '%s, %s' % (R.choice(SUR), R.choice(FN_F)), patient()['dob'], R.choice(DX_EN)] for i in range(5)]
        att = [attach(R.choice(['xlsx', 'csv']), 'clinic_list_0315.' + 'xlsx', rows=rows, title='Clinic')]
        if att[0][0] == 'csv': att = [('csv', 'clinic_list_0315.csv', att[0][2])]
        t = ['patient_name', 'date_of_birth', 'diagnosis']
    return P('en', s, b, t, note, att)

def p_ids(lang):
    k = R.randint(0, 4)
    if k == 0:
        s = gen_sin(); p = patient()
        if lang == 'fr':
            return P('fr', 'Formulaire assurance invalidité', 'Pour le dossier de %s %s, NAS %s, le formulaire APS est signé; dx : %s.\n' % (p['giv'], p['sur'], fmt_sin(s), R.choice(DX_FR)), ['ca_sin', 'patient_name', 'diagnosis'], 'insurance form with SIN')
        return P('en', 'LTD claim', 'Claimant %s %s, SIN %s — APS attached, dx %s.\n' % (p['giv'], p['sur'], fmt_sin(s), R.choice(DX_EN)), ['ca_sin', 'patient_name', 'diagnosis'], 'disability claim with SIN')
    if k == 1:
        n, sx = gen_nir(); p = patient('M' if sx == '1' else 'F')
        return P('fr', 'Transfert patient – CHU Lyon', 'Bonjour,\nPatient%s %s %s, NIR %s, transféré%s chez nous après %s. Merci pour le CR.\n' % ('e' if sx == '2' else '', p['giv'], p['sur'].upper(), R.choice([n, n[:1] + ' ' + n[1:3] + ' ' + n[3:5] + ' ' + n[5:7] + ' ' + n[7:10] + ' ' + n[10:13] + ' ' + n[13:]]), 'e' if sx == '2' else '', R.choice(DX_FR)), ['fr_nir', 'patient_name', 'diagnosis'], 'French patient transfer with NIR')
    if k == 2:
        n = gen_niss(); p = patient()
        return P('fr', 'Rapatriement – mutuelle', 'Concerne : %s %s, n° registre national %s, hospitalisé pour %s. La mutuelle demande le rapport.\n' % (p['sur'].upper(), p['giv'], R.choice([n, n[:2] + '.' + n[2:4] + '.' + n[4:6] + '-' + n[6:9] + '.' + n[9:]]), R.choice(DX_FR)), ['be_niss', 'patient_name', 'diagnosis'], 'Belgian patient with NISS')
    if k == 3:
        n = pick_nam()
        fw = ''.join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in n['nam'])
        return P(lang, 'ref' if lang == 'en' else 'réf', ('NAM (j\'ai mis des espaces pour pas que ça bloque) : %s\nC\'est pour le résultat de biopsie.\n' % ' '.join(n['nam'])) if lang == 'fr' else ('Health card %s — for the biopsy result, as discussed.\n' % fw), ['ramq_nam', 'diagnosis'], 'disguised NAM identifier alone')
    n = pick_nam()
    lines = [n['nam'][:6] + '-', n['nam'][6:]]
    b = ('NAM coupé sur deux lignes :\n%s\n%s\nCulture positive, SARM.\n' if lang == 'fr' else 'Health no. split:\n%s\n%s\nCulture positive MRSA, needs isolation.\n') % tuple(lines)
    return P(lang, 'isolement' if lang == 'fr' else 'isolation', b, ['ramq_nam', 'lab_result'], 'NAM split over lines with culture result')

def p_critical(lang):
    p = patient(); m = mrn(); lab = R.choice(LABS)
    if lang == 'fr':
        return P('fr', 'VALEUR CRITIQUE – %s' % p['sur'], 'Valeur critique pour %s, %s (dossier %s) : %s à 03h12. Médecin avisé : %s.\n' % (p['sur'].upper(), p['giv'], m, lab, staff()), ['patient_name', 'mrn', 'lab_result'], 'critical value with name and chart')
    return P('en', 'CRITICAL: ' + m, 'Critical result for MRN %s (%s, %s): %s called to %s at 0312.\n' % (m, p['sur'], p['giv'], lab, staff()), ['patient_name', 'mrn', 'lab_result'], 'critical value with MRN in subject')

def p_discharge(lang):
    n = pick_nam() if lang == 'fr' else None; p = patient()
    if lang == 'fr':
        lines = ['RÉSUMÉ DE DÉPART', 'Nom : %s, %s' % (n['sur'], n['giv']), 'NAM : %s   DDN : %s' % (n['nam'], n['dob']), 'Dx principal : ' + R.choice(DX_FR), 'Rx départ : ' + R.choice(MEDS), 'Suivi MD famille 2 sem.']
        kind = R.choice(['pdf', 'docx'])
        return P('fr', 'Résumé de départ', 'Bonjour Dre,\nCi-joint le résumé de départ de votre patient%s.\nCordialement\n' % ('e' if n['sex'] == 'F' else ''), ['ramq_nam', 'patient_name', 'date_of_birth', 'diagnosis', 'medication'], 'discharge summary in attachment', [attach(kind, 'resume_depart.' + kind, lines=lines, title='Résumé')])
    h = gen_ohn()
    lines = ['DISCHARGE SUMMARY', 'Patient: %s %s  DOB %s' % (p['giv'], p['sur'], p['dob']), 'HCN: ' + h, 'Dx: ' + R.choice(DX_EN), 'Meds: ' + R.choice(MEDS)]
    kind = R.choice(['pdf', 'docx'])
    return P('en', 'Discharge summary', 'Hi, please find attached the d/c summary.\n', ['ca_health_number', 'patient_name', 'date_of_birth', 'diagnosis', 'medication'], 'discharge summary attachment', [attach(kind, 'dc_summary.' + kind, lines=lines, title='Discharge')])

def p_homecare(lang):
    p = patient()
    addr = '%d, rue %s, %s' % (R.randint(10, 9999), R.choice(['des Érables', 'Principale', 'Laurier', 'Champlain']), R.choice(['Laval', 'Gatineau', 'Sherbrooke', 'Lévis']))
    if lang == 'fr':
        b = 'Demande SAD : %s %s, %s, tél. %s. Pansement plaie de pression sacrum 3x/sem, vit seul%s, faible revenu.\n' % (p['giv'], p['sur'], addr, phone(), 'e' if p['sex'] == 'F' else '')
        att = []
        if R.random() < 0.5:
            att = [attach('vcf', 'contact.vcf', fn='%s %s' % (p['giv'], p['sur']), tel=phone(), note='Usager SAD - plaie sacrum')]
        return P('fr', 'Demande soutien à domicile', b, ['patient_name', 'patient_contact', 'diagnosis', 'social_information'], 'home care request with address and phone', att)
    b = 'Home care referral: %s %s, %d Elm St, Sudbury ON, %s. IV abx via PICC daily x 10d, lives alone.\n' % (p['giv'], p['sur'], R.randint(1, 999), phone())
    return P('en', 'Home care referral', b, ['patient_name', 'patient_contact', 'medication'], 'home care referral with address')

def p_booking_ics(lang):
    p = patient(); m = mrn()
    if lang == 'fr':
        a = attach('ics', 'rdv.ics', summary='IRM cérébrale - %s %s' % (p['giv'], p['sur']), desc='Dossier %s. Suspicion SEP.' % m, loc='Radiologie 2e')
        return P('fr', 'Invitation : IRM', 'Voir l\'invitation jointe.\n', ['patient_name', 'mrn', 'diagnosis'], 'calendar invite with patient and chart', [a])
    a = attach('ics', 'appt.ics', summary='Colonoscopy - %s, %s' % (p['sur'], p['giv']), desc='MRN %s. FIT positive.' % m, loc='Endoscopy')
    return P('en', 'Invitation: scope', 'Invite attached.\n', ['patient_name', 'mrn', 'lab_result'], 'ICS invite with patient', [a])

def p_research(lang):
    rows = [['Study ID', 'Nom', 'DDN', 'Dossier', 'Visite']] + [['S-%03d' % i, '%s %s' % (R.choice(FN_F + FN_M), R.choice(SUR)), patient()['dob'], mrn(), 'V%d' % R.randint(1, 4)] for i in range(6)]
    kind = R.choice(['xlsx', 'csv', 'zip'])
    if kind == 'zip':
        a = attach('zip', 'export_etude.zip', files=[('participants.csv', mk_csv(rows))])
    else:
        a = attach(kind, 'participants_ETUDE-HF.' + kind, rows=rows, title='Participants')
    if lang == 'fr':
        return P('fr', 'Liste participants étude', 'Voici la liste des participants pour le monitoring.\n', ['patient_name', 'date_of_birth', 'mrn'], 'research participant list in attachment', [a])
    return P('en', 'Participant tracker', 'Tracker attached for the monitor visit.\n', ['patient_name', 'date_of_birth', 'mrn'], 'participant list with names and MRNs', [a])

def p_pharm(lang):
    n = pick_nam()
    if lang == 'fr':
        b = 'Bonjour pharmacie %s,\nBilan comparatif pour %s %s (%s) : cesser %s, débuter %s. ' % (R.choice(['Jacob', 'Brunet']), n['giv'], n['sur'], dfr(n['dob']), R.choice(MEDS), R.choice(MEDS))
        return P('fr', 'BCM – congé', b + '\nMerci.\n', ['patient_name', 'date_of_birth', 'medication'], 'med reconciliation to community pharmacy')
    p = patient()
    return P('en', 'Med rec', 'Med rec for %s %s DOB %s: stop %s, start %s.\n' % (p['giv'], p['sur'], p['dob'], R.choice(MEDS), R.choice(MEDS)), ['patient_name', 'date_of_birth', 'medication'], 'med rec with name and DOB')

def p_incident(lang):
    p = patient()
    if lang == 'fr':
        return P('fr', 'Rapport AH-223', 'Déclaration d\'incident : erreur de dose d\'héparine chez %s %s (ch. %d), aPTT > 150, pas de saignement.\n' % (p['giv'], p['sur'], R.randint(100, 800)), ['patient_name', 'medication', 'lab_result'], 'incident report naming patient')
    return P('en', 'Incident report', 'Fall with injury: %s %s, bed %d, found on floor 0300, CT head neg.\n' % (p['giv'], p['sur'], R.randint(1, 40)), ['patient_name', 'diagnosis'], 'incident report with patient name')

def p_social(lang):
    p = patient()
    if lang == 'fr':
        return P('fr', 'Suivi TS', 'Mme %s %s : violence conjugale, hébergée à la maison d\'hébergement depuis le 3. Pas d\'info au conjoint SVP.\n' % (p['giv'], p['sur']), ['patient_name', 'social_information'], 'social work note, domestic violence')
    return P('en', 'SW update', '%s %s — refugee claimant, no OHIP yet, IFHP coverage pending; discharge to shelter.\n' % (p['giv'], p['sur']), ['patient_name', 'social_information'], 'immigration status and housing')

def p_dialysis(lang):
    days = ['Lun/Mer/Ven', 'Mar/Jeu/Sam'] if lang == 'fr' else ['Mon/Wed/Fri', 'Tue/Thu/Sat']
    rows = ['%s  %s %s.  %s  %s' % (R.choice(['06h30', '11h00', '15h30']), R.choice(SUR), R.choice(FN_F + FN_M)[0], R.choice(days), R.choice(['chaise 4', 'chaise 7', 'isolement', 'chair 2', 'chair 9'])) for _ in range(6)]
    if lang == 'fr':
        return P('fr', 'Horaire hémodialyse – semaine 11', 'Bonjour,\nHoraire des usagers en HD pour la semaine, merci d\'aviser le transport adapté :\n\n' + '\n'.join(rows) + '\n', ['patient_name', 'diagnosis'], 'schedule that looks like a staff roster but lists dialysis patients')
    return P('en', 'HD schedule wk 11', 'Hemodialysis run sheet for next week (pts), pls share with transport:\n\n' + '\n'.join(rows) + '\n', ['patient_name', 'diagnosis'], 'roster-like list of dialysis patients')

POS = [('dialysis_schedule', p_dialysis, 3), ('referral', p_referral, 12), ('signout_list', p_signout, 8), ('passing_mention', p_passing, 20), ('identifier', p_ids, 12),
       ('critical_value', p_critical, 6), ('discharge', p_discharge, 7), ('home_care', p_homecare, 6), ('booking_invite', p_booking_ics, 4),
       ('research_list', p_research, 4), ('pharmacy', p_pharm, 4), ('incident', p_incident, 3), ('social_work', p_social, 2)]

# ---------------------------------------------------------------- negative templates
def N(lang, subj, body, note, att=None):
    return dict(subj=subj, body=body, lang=lang, types=[], note=note, att=att or [])

def n_roster(lang):
    rows = ['%s  %s  %s' % (R.choice(['Lun', 'Mar', 'Mer', 'Jeu', 'Ven']) if lang == 'fr' else R.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']), R.choice(STAFF), R.choice(['7A', 'garde', 'call', 'clinique', 'off', 'SI'])) for _ in range(6)]
    if lang == 'fr':
        return N('fr', 'Horaire de garde – mars', 'Bonjour à tous,\nVoici l\'horaire :\n\n' + '\n'.join(rows) + '\n\nÉchanges via la coordonnatrice.\n', 'staff on-call roster')
    return N('en', 'Call schedule March', 'All,\n\n' + '\n'.join(rows) + '\n\nSwaps through admin pls.\n', 'staff call schedule')

def n_hr(lang):
    e = R.choice(FN_F + FN_M) + ' ' + R.choice(SUR)
    if lang == 'fr':
        return N('fr', 'Absence – %s' % e, '%s (inf. aux. 6e) sera en congé maladie du 10 au 24, remplacement par la liste de rappel. No employé %d.\n' % (e, R.randint(100000, 999999)), 'staff sick leave, employee number')
    return N('en', 'Leave - ' + e, '%s (RN, 5N) is off on medical leave until the 24th. Employee #%d. Please adjust the schedule.\n' % (e, R.randint(100000, 999999)), 'staff medical leave')

def n_stats(lang):
    if lang == 'fr':
        return N('fr', 'Tableau de bord – influenza', 'Semaine 9 : %d cas d\'influenza A à l\'unité 4B, %d patients diabétiques en suivi à la clinique, taux d\'occupation %d %%.\n' % (R.randint(3, 20), R.randint(30, 90), R.randint(90, 120)), 'aggregate statistics', [attach('xlsx', 'tableau_bord_S09.xlsx', rows=[['Unité', 'Cas'], ['4B', 12], ['6N', 3]], title='TdB')] if R.random() < 0.4 else None)
    return N('en', 'Weekly census', 'ED visits %d, admits %d, LWBS %.1f%%, 7 C. diff cases hospital-wide.\n' % (R.randint(900, 1400), R.randint(100, 300), R.random() * 5), 'aggregate stats')

def n_newsletter(lang):
    html = True
    if lang == 'fr':
        return N('fr', 'Infolettre pharmacie – mars', 'Nouveautés : pénurie d\'amoxicilline en suspension, rappel sur l\'apixaban en insuffisance rénale, nouvelle ordonnance collective pour la MPOC.\n', 'pharmacy newsletter about drugs')
    return N('en', 'Pharmacy & Therapeutics Bulletin', 'Highlights: new heparin nomogram, semaglutide shortage, C. difficile treatment update (fidaxomicin).\n', 'drug bulletin')

def n_invoice(lang):
    no = R.randint(100000, 999999)
    lines = ['FACTURE %d' % no, 'Gants nitrile M x 200 bte   %d,00 $' % R.randint(500, 4000), 'Lot %s  Exp 2027-08' % gen_ohn(), 'TPS 5 %  TVQ 9,975 %']
    if lang == 'fr':
        return N('fr', 'Facture %d – MedSupply' % no, 'Bonjour, ci-joint la facture. Paiement net 30 jours. BC %d.\n' % R.randint(4500000, 4599999), 'supplier invoice with lot number passing Luhn', [attach('pdf', 'facture_%d.pdf' % no, lines=lines, title='Facture')])
    return N('en', 'PO %d' % no, 'Attached is PO %d for infusion pumps, serial numbers %s and %s.\n' % (no, gen_ohn(), gen_sin()), 'purchase order with checksum-valid serials', [attach('pdf', 'PO_%d.pdf' % no, lines=lines, title='PO')])

def n_conference(lang):
    s1, s2 = R.choice(STAFF), R.choice(STAFF)
    if lang == 'fr':
        return N('fr', 'Programme – Journée de médecine interne', '8h30 %s : Insuffisance cardiaque, quoi de neuf\n10h00 %s : Délirium chez l\'aîné\n12h00 dîner\nInscription : 75 $.\n' % (s1, s2), 'conference programme with speakers and topics')
    return N('en', 'Grand Rounds Thursday', '%s will present "Sepsis in 2026: what changed". %s on managing AF in the elderly. Lunch provided.\n' % (s1, s2), 'grand rounds notice')

def n_teaching(lang):
    if lang == 'fr':
        return N('fr', 'Cas clinique pour l\'APP', 'Un homme de %d ans se présente à l\'urgence pour dyspnée progressive. ATCD : HTA, tabagisme. TA 168/94, crépitants bilatéraux. Questions : 1) DDx? 2) Investigation?\n' % R.randint(50, 85), 'anonymised teaching case')
    return N('en', 'Teaching case wk 10', 'A %d-year-old woman presents with 3 days of fever and flank pain. UA: nitrites+. Discuss empiric therapy.\n' % R.randint(20, 80), 'anonymised teaching case')

def n_it(lang):
    if lang == 'fr':
        return N('fr', 'Panne planifiée – NAS', 'Le NAS de stockage \\\\nas-fs02 sera hors service samedi 2h-6h. Le NAS %s (série) sera remplacé. Billet #%d.\n' % (gen_sin(), R.randint(10000, 99999)), 'IT outage, NAS = network storage, checksum-valid serial')
    return N('en', 'Outage: Citrix', 'Citrix will be down Sat 0200-0600. Device IMEI 35%013d to be wiped. Ticket INC%07d.\n' % (R.randint(0, 10**13 - 1), R.randint(0, 9999999)), 'IT outage with IMEI')

def n_facilities(lang):
    if lang == 'fr':
        return N('fr', 'Stationnement P3 fermé', 'Le stationnement P3 sera fermé pour déneigement lundi. Cafétéria : menu spécial cabane à sucre mercredi.\n', 'facilities notice')
    return N('en', 'Parking lot B', 'Lot B closed Mon for resurfacing. Cafeteria closes at 1900 this week.\n', 'facilities notice')

def n_job(lang):
    if lang == 'fr':
        return N('fr', 'Affichage de poste – infirmière clinicienne', 'Poste permanent temps complet, soins intensifs, échelle 23. Postuler avant le 20. Contact RH : %s.\n' % phone(), 'job posting')
    return N('en', 'Posting: RPN, Complex Continuing Care', 'Full-time permanent, days/nights. Apply by the 20th. HR: %s.\n' % phone(), 'job posting')

def n_committee(lang):
    if lang == 'fr':
        return N('fr', 'Convocation CECM', 'Réunion du comité exécutif du CMDP le 18 à 17h, salle 2.104. Ordre du jour : privilèges, ordonnances collectives, bilan des AH (agrégés).\n', 'committee notice')
    return N('en', 'MAC meeting', 'Medical Advisory Committee meets on the 18th. Agenda: credentialing, antimicrobial stewardship data (aggregate).\n', 'committee notice')

def n_form(lang):
    lines = ['FORMULAIRE DE DEMANDE DE CONSULTATION' if lang == 'fr' else 'CONSULT REQUEST FORM', 'Nom du patient : ______________' if lang == 'fr' else 'Patient name: ______________', 'NAM : ____ ____ ____' if lang == 'fr' else 'Health card: __________', 'Diagnostic : ____________']
    kind = R.choice(['pdf', 'docx'])
    return N(lang, 'Nouveau formulaire de consultation' if lang == 'fr' else 'Updated consult form', ('Voici le gabarit à jour.\n' if lang == 'fr' else 'Updated template attached.\n'), 'blank form template', [attach(kind, 'gabarit.' + kind if lang == 'fr' else 'template.' + kind, lines=lines, title='Form')])

def n_publichealth(lang):
    if lang == 'fr':
        return N('fr', 'Bulletin santé publique – rougeole', 'La DSPublique rapporte 4 cas de rougeole en Montérégie. Vérifier le statut vaccinal du personnel. Clinique de vaccination : %s.\n' % phone(), 'public health bulletin')
    return N('en', 'PHU advisory: measles', 'Public Health reports 3 confirmed measles cases in the region. Clinics: %s.\n' % phone(), 'public health advisory')

def n_staffdx(lang):
    s = R.choice(STAFF)
    if lang == 'fr':
        return N('fr', 'Clinique de diabète', '%s prend en charge la clinique de diabète et d\'insuffisance cardiaque à partir d\'avril. Références au %s.\n' % (s, phone()), 'physician named next to diseases treated')
    return N('en', 'New epilepsy clinic', '%s will run the epilepsy and MS clinic starting April. Referrals via fax %s.\n' % (s, phone()), 'physician named with disease area')

def n_vendor(lang):
    if lang == 'fr':
        return N('fr', 'Offre – pompes volumétriques', 'Suite à notre rencontre, voici notre soumission pour 40 pompes. Contact client : M. %s, acheteur.\n' % R.choice(SUR), 'vendor quote')
    return N('en', 'Catalogue 2026', 'Our updated catalogue: item 4471-220 (catheter 16G), GTIN 00%012d.\n' % R.randint(0, 10**12 - 1), 'vendor catalogue')

def n_training(lang):
    if lang == 'fr':
        return N('fr', 'Formation RCR obligatoire', 'Les employés suivants doivent compléter la RCR avant le 31 : ' + ', '.join(R.choice(FN_F) + ' ' + R.choice(SUR) for _ in range(4)) + '.\n', 'staff training list (looks like a roster)')
    return N('en', 'Mandatory WHMIS training', 'Outstanding: ' + ', '.join(R.choice(FN_M) + ' ' + R.choice(SUR) + ' (5N)' for _ in range(4)) + '. Due end of month.\n', 'staff training list')

def n_staffhealth(lang):
    e = R.choice(FN_F) + ' ' + R.choice(SUR)
    if lang == 'fr':
        return N('fr', 'Départ à la retraite', 'Party de retraite pour %s, commis aux archives depuis 32 ans. Vendredi 15h, salle Hochelaga.\n' % e, 'retirement party for staff')
    return N('en', 'Farewell', 'Join us to celebrate %s, our unit clerk for 20 years, Friday 3pm.\n' % e, 'staff farewell')

NEG = [('staff_roster', n_roster, 10), ('hr', n_hr, 9), ('statistics', n_stats, 9), ('newsletter', n_newsletter, 8), ('invoice', n_invoice, 9),
       ('conference', n_conference, 7), ('teaching_case', n_teaching, 7), ('it', n_it, 8), ('facilities', n_facilities, 6), ('job_posting', n_job, 6),
       ('committee', n_committee, 6), ('blank_form', n_form, 5), ('public_health', n_publichealth, 5), ('staff_disease_area', n_staffdx, 6),
       ('vendor', n_vendor, 5), ('training', n_training, 5), ('staff_news', n_staffhealth, 3)]

# ---------------------------------------------------------------- transport
def html_of(t):
    import html
    return '<html><body><div style="font-family:Calibri">' + ''.join('<p>%s</p>' % html.escape(l) if l else '<br>' for l in t.split('\n')) + '</div></body></html>'
def mk_text(t, sub, cs, cte):
    m = MIMEText('', sub, cs)
    del m['Content-Transfer-Encoding']
    if cte == '8bit' or cte == 'base64' or cte == 'quoted-printable':
        from email import charset as C
        c = C.Charset(cs)
        c.body_encoding = {'8bit': None, 'base64': C.BASE64, 'quoted-printable': C.QP}[cte]
        m.set_payload(t, c)
        if cte == '8bit' and 'Content-Transfer-Encoding' not in m: m['Content-Transfer-Encoding'] = '8bit'
        if cte == '8bit': m.replace_header('Content-Transfer-Encoding', '8bit')
    return m
def att_part(a):
    kind, name, data = a
    mt, st = CT[kind]
    p = MIMEBase(mt, st); p.set_payload(data); encoders.encode_base64(p)
    p.add_header('Content-Disposition', 'attachment', filename=name)
    return p

def build(i, d, rr):
    lang = d['lang']
    frm_dom = rr.choice(DOMS_IN)
    who = rr.choice(['isabelle.marchand', 'p.aubin', 'kwhitfield', 'amehta', 'slacasse', 'bureau.rdv', 'archives', 'pharmacie.4', 'sw.team', 'unit5n.clerk'])
    to = '%s@%s' % (rr.choice(['info', 'reception', 'dr.lemieux', 'referrals', 'admin', 'jtremblay', 'fax2mail', 'gestion']), rr.choice(DOMS_OUT + DOMS_IN))
    body = d['body'] + sig(lang)
    subj = d['subj']
    # wrapper: reply / forward inline / forward-as-attachment
    wrap = rr.choice(['none'] * 5 + ['reply', 'reply', 'fwd', 'fwdatt'])
    inner = None
    if wrap == 'reply':
        top = rr.choice(['Merci, c\'est noté.', 'Parfait, je m\'en occupe.', 'Vu, merci!']) if lang == 'fr' else rr.choice(['Thanks, will do.', 'Got it.', 'See below.'])
        quoted = '\n'.join('> ' + l for l in body.split('\n'))
        hdr = ('Le %d mars 2026 à 14:%02d, %s a écrit :' if lang == 'fr' else 'On Mar %d, 2026 at 2:%02d PM, %s wrote:') % (rr.randint(1, 28), rr.randint(0, 59), to)
        body = top + '\n\n' + hdr + '\n' + quoted
        subj = ('RE: ' if rr.random() < 0.5 else 'Re: ') + subj
    elif wrap == 'fwd':
        body = ('Pour info.\n\n-------- Message transféré --------\nDe : %s\nObjet : %s\n\n' if lang == 'fr' else 'FYI\n\n---------- Forwarded message ---------\nFrom: %s\nSubject: %s\n\n') % (to, subj) + body
        subj = ('TR: ' if lang == 'fr' else 'Fwd: ') + subj
    elif wrap == 'fwdatt':
        inner = EmailMessage(policy=email.policy.SMTP)
        inner['From'] = to; inner['To'] = '%s@%s' % (who, frm_dom); inner['Subject'] = subj
        inner['Date'] = format_datetime(datetime.datetime(2026, 3, rr.randint(1, 28), 10, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-5))))
        inner['Message-ID'] = '<inner%d.%d@%s>' % (i, rr.randint(1, 10**6), frm_dom)
        inner.set_content(body)
        body = 'Voir message joint.\n' if lang == 'fr' else 'See attached message.\n'
        subj = ('TR: ' if lang == 'fr' else 'Fwd: ') + subj
    cs = rr.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
    try: body.encode(cs); subj.encode(cs)
    except UnicodeEncodeError: cs = 'utf-8'
    cte = rr.choice(['quoted-printable', 'base64', '8bit'])
    shape = rr.choice(['plain', 'plain', 'html', 'alt', 'alt'])
    if d['att'] or inner is not None: shape_top = 'mixed'
    else: shape_top = None
    def bodypart():
        if shape == 'plain': return mk_text(body, 'plain', cs, cte)
        if shape == 'html': return mk_text(html_of(body), 'html', cs, cte)
        a = MIMEMultipart('alternative'); a.attach(mk_text(body, 'plain', cs, cte)); a.attach(mk_text(html_of(body), 'html', cs, cte)); return a
    if shape_top:
        m = MIMEMultipart('mixed'); m.attach(bodypart())
        for a in d['att']: m.attach(att_part(a))
        if inner is not None:
            mp = MIMEMessage(email.message_from_bytes(inner.as_bytes(), policy=email.policy.compat32))
            mp.add_header('Content-Disposition', 'attachment', filename='message.eml'); m.attach(mp)
    else:
        m = bodypart()
    from email.header import Header
    m['From'] = '%s@%s' % (who, frm_dom)
    m['To'] = to
    if rr.random() < 0.3: m['Cc'] = '%s@%s' % (rr.choice(['archives', 'chef.unite', 'coord']), frm_dom)
    m['Subject'] = Header(subj, 'utf-8').encode() if any(ord(c) > 127 for c in subj) else subj
    m['Date'] = format_datetime(datetime.datetime(2026, rr.randint(1, 3), rr.randint(1, 28), rr.randint(7, 19), rr.randint(0, 59), tzinfo=datetime.timezone(datetime.timedelta(hours=-5))))
    m['Message-ID'] = '<%d.%06d@%s>' % (i, rr.randint(0, 999999), frm_dom)
    m['MIME-Version'] = '1.0' if 'MIME-Version' not in m else m['MIME-Version']
    if 'MIME-Version' in m:
        vals = m.get_all('MIME-Version'); del m['MIME-Version']; m['MIME-Version'] = '1.0'
    raw = m.as_bytes()
    raw = raw.replace(b'\r\n', b'\n')
    crlf = rr.random() < 0.4
    if crlf: raw = raw.replace(b'\n', b'\r\n')
    tr = dict(shape='mixed' if shape_top else shape, charset=cs, cte=cte, eol='CRLF' if crlf else 'LF', wrap=wrap)
    return raw, tr

def expand(spec, total):
    w = sum(x[2] for x in spec)
    q = [(k * total / w, n, f) for n, f, k in spec]
    cnt = {n: int(x) for x, n, f in q}
    rest = total - sum(cnt.values())
    for x, n, f in sorted(q, key=lambda t: -(t[0] - int(t[0])))[:rest]: cnt[n] += 1
    out = []
    for n, f, k in spec: out += [(n, f)] * cnt[n]
    return out

def main():
    ap = argparse.ArgumentParser(); ap.add_argument('--out', default=HERE); a = ap.parse_args()
    out = a.out
    random.seed(SEED)  # MIME boundaries use the global random module
    for sub in ('positive', 'negative'):
        shutil.rmtree(os.path.join(out, sub), ignore_errors=True); os.makedirs(os.path.join(out, sub))
    pos = expand(POS, 90); neg = expand(NEG, 110)
    R.shuffle(pos); R.shuffle(neg)
    labels = {}; stats = {}
    def bump(k):
        stats[k] = stats.get(k, 0) + 1
    rr = random.Random(SEED + 1)
    for kind, lst, pre in (('positive', pos, 'p'), ('negative', neg, 'n')):
        for j, (cat, f) in enumerate(lst, 1):
            lang = 'fr' if R.random() < 0.55 else 'en'
            d = f(lang)
            raw, tr = build(j + (0 if pre == 'p' else 1000), d, rr)
            fn = '%s/%s%03d_%s.eml' % (kind, pre, j, cat)
            open(os.path.join(out, fn), 'wb').write(raw)
            labels[fn] = dict(confidential=(kind == 'positive'), types=d['types'], lang=d['lang'], note=d['note'])
            bump('cat:' + kind + ':' + cat); bump('lang:' + d['lang']); bump('lang:%s:%s' % (kind, d['lang']))
            for k, v in tr.items(): bump('%s:%s' % (k, v))
            for at in d['att']: bump('att:' + at[0])
    json.dump(labels, open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1, sort_keys=True)
    # self-check
    files = sorted('%s/%s' % (s, f) for s in ('positive', 'negative') for f in os.listdir(os.path.join(out, s)))
    assert files == sorted(labels), 'labels mismatch'
    for fn in files:
        raw = open(os.path.join(out, fn), 'rb').read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert not msg.defects, (fn, msg.defects)
        for part in msg.walk():
            assert not part.defects, (fn, part.defects)
            if part.is_multipart() or part.get_content_maintype() == 'message': continue
            if part.get_content_maintype() == 'text': part.get_content()
            else: assert part.get_payload(decode=True)
        L = labels[fn]
        assert (L['types'] != []) == L['confidential'] == fn.startswith('positive/'), fn
    h = hashlib.sha256()
    for fn in files + ['labels.json']:
        h.update(fn.encode()); h.update(open(os.path.join(out, fn), 'rb').read())
    print('positives', sum(1 for f in files if f.startswith('positive/')), 'negatives', sum(1 for f in files if f.startswith('negative/')))
    for k in sorted(stats): print(k, stats[k])
    print('sha256', h.hexdigest())

if __name__ == '__main__':
    main()
