#!/usr/bin/env python3
"""Seeded, deterministic generator of a synthetic outbound-mail corpus (Montreal university hospital:
ED, ICU, internal medicine). Seed 1717. 120 positives, 180 negatives. All data invented."""
import argparse, csv, datetime as dt, email, email.policy, hashlib, html, io, json, os, random, sys, zipfile
from email.message import EmailMessage
from email.utils import format_datetime
from stdnum.ca import sin as SIN
from stdnum.be import nn as NN
from stdnum.fr import nir as NIR
from stdnum import luhn

SEED = 1717
N_POS, N_NEG = 120, 180
HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_ZIP_DATE = (2026, 11, 2, 8, 0, 0)
FIXED_TS = dt.datetime(2026, 11, 2, 8, 0, 0)


def load_nams():
    for p in (os.path.join(HERE, '..', 'blind_nams.txt'),):
        if os.path.exists(p):
            out = []
            for line in open(p, encoding='utf-8'):
                line = line.strip()
                if not line or line.startswith('#'):
                    continue
                s, g, b, sex, nam = line.split()
                out.append(dict(sur=s, given=g, dob=b, sex=sex, nam=nam))
            return out
    sys.exit('blind_nams.txt not found')


R = random.Random(SEED)
NAMS = load_nams()

STAFF_SUR = ['Beaulieu', 'Nguyen', 'Ouellet', 'Haddad', 'Pelletier', 'Desrosiers', 'Kowalski', 'Bélanger', 'Chen',
             'Morin', 'Lalonde', 'Okafor', 'Vézina', 'Rahimi', 'Dufresne', 'Papadopoulos', 'Girard', 'Mercier',
             'Boucher', 'Lavoie', "O'Brien", 'Cloutier', 'Fontaine', 'Khoury', 'Rousseau', 'Dubé']
STAFF_GIV = ['Julie', 'Thomas', 'Amélie', 'Karim', 'Isabelle', 'Patrick', 'Nadia', 'Hugo', 'Laura', 'Samuel',
             'Geneviève', 'Ming', 'Olivier', 'Fatima', 'Étienne', 'Rachel', 'Mathieu', 'Sarah', 'Vincent', 'Chloé']
PAT_SUR = ['Tremblay', 'Bergeron', 'Côté', 'Roy', 'Lemieux', 'Paquette', 'Gervais', 'Arsenault', 'MacDonald',
           'Fernandes', 'Boudreau', 'Lachance', 'Dumont', 'Hébert', 'Ménard', 'Santos', 'Ali', 'Kaur', 'Murphy',
           'Thibault', 'Dionne', 'Charbonneau', 'Nolet', 'Turcotte']
PAT_GIV_F = ['Ginette', 'Louise', 'Maria', 'Jocelyne', 'Aisha', 'Karen', 'Huguette', 'Priya', 'Denise', 'Céline']
PAT_GIV_M = ['Réjean', 'Gaétan', 'Robert', 'Yves', 'Ahmed', 'Kevin', 'Normand', 'Raj', 'Denis', 'Michel']

DOM = 'chu-exemple.example'
EXT_DOM = ['hopital-rive-sud.example', 'clsc-plateau.example', 'cisss-laval.example', 'ottawa-general.example',
           'gmf-rosemont.example', 'pharmacie-jarry.example', 'transport-adapte.example', 'ramq-liaison.example',
           'chu-liege.example', 'ch-lyon.example', 'assurances-boreal.example', 'gmail.example',
           'rehab-laurentides.example', 'msss-exemple.example', 'syndicat-sante.example']
UNITS = ['urgence', 'USI', '6 Nord', '7 Sud', 'MI-4', 'civière C', 'USIC', '5 Est']

# ---------------------------------------------------------------- identifiers

def mk_sin():
    while True:
        base = str(R.choice([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(R.randint(0, 9)) for _ in range(7))
        s = base + luhn.calc_check_digit(base)
        if SIN.is_valid(s):
            return s


def mk_ohn():
    while True:
        base = str(R.randint(1, 9)) + ''.join(str(R.randint(0, 9)) for _ in range(8))
        s = base + luhn.calc_check_digit(base)
        if luhn.is_valid(s):
            return s


def mk_niss(dob, sex):
    y, m, d = dob.year, dob.month, dob.day
    while True:
        ser = R.randint(1, 997)
        if (ser % 2 == 1) != (sex == 'M'):
            continue
        body = '%02d%02d%02d%03d' % (y % 100, m, d, ser)
        n = int(('2' + body) if y >= 2000 else body)
        s = body + '%02d' % (97 - n % 97)
        if NN.is_valid(s):
            return s


def mk_nir(dob, sex):
    while True:
        body = '%d%02d%02d%02d%03d%03d' % (1 if sex == 'M' else 2, dob.year % 100, dob.month, R.randint(1, 95),
                                          R.randint(1, 999), R.randint(1, 999))
        s = body + '%02d' % (97 - int(body) % 97)
        if NIR.is_valid(s):
            return s


def mk_mrn():
    k = R.randint(0, 4)
    if k == 0:
        return str(R.randint(1000000, 9999999))
    if k == 1:
        return str(R.randint(10000000, 99999999))
    if k == 2:
        return 'H' + str(R.randint(1000000, 9999999))
    if k == 3:
        return 'M%07d' % R.randint(0, 9999999)
    return '%02d-%03d-%03d' % (R.randint(10, 99), R.randint(0, 999), R.randint(0, 999))


def luhn_lookalike(n):
    base = ''.join(str(R.randint(0, 9)) for _ in range(n - 1))
    return base + luhn.calc_check_digit(base)


def disguise(s):
    k = R.randint(0, 4)
    if k == 0:
        return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    if k == 1:
        return '.'.join(s)
    if k == 2:
        return s.translate({ord(c): ord(c) + 0xFEE0 for c in '0123456789'})
    if k == 3:
        return '-'.join(s[i:i + 3] for i in range(0, len(s), 3))
    return s[:len(s) // 2] + '/' + s[len(s) // 2:]


# ---------------------------------------------------------------- people

def patient(with_nam=None):
    if with_nam is None:
        with_nam = R.random() < 0.5
    if with_nam:
        p = dict(R.choice(NAMS))
        p['dob'] = dt.date.fromisoformat(p['dob'])
    else:
        sex = R.choice('FM')
        p = dict(sur=R.choice(PAT_SUR), given=R.choice(PAT_GIV_F if sex == 'F' else PAT_GIV_M), sex=sex, nam=None,
                 dob=dt.date(R.randint(1930, 2008), R.randint(1, 12), R.randint(1, 28)))
    p['mrn'] = mk_mrn()
    p['age'] = 2026 - p['dob'].year
    return p


def staff():
    return R.choice(STAFF_GIV), R.choice(STAFF_SUR)


def addr(full):
    g, s = full
    return '%s.%s@%s' % (strip(g), strip(s), DOM)


def strip(x):
    import unicodedata
    return ''.join(c for c in unicodedata.normalize('NFKD', x.lower()) if c.isalnum())


def ext_addr():
    g, s = staff()
    return '%s%s@%s' % (strip(g)[0], strip(s), R.choice(EXT_DOM))


LAST_SIGNER = []


def sig(st, lang):
    LAST_SIGNER.append(st)
    g, s = st
    cred = R.choice(['MD, FRCPC', 'M.D.', 'inf. clinicienne', 'R1 médecine interne', 'PGY-2 IM', 'B.Pharm., M.Sc.',
                     'MD CM', 'ASI', 'agente administrative', 'TS', 'RN, BScN', 'inhalothérapeute'])
    svc = R.choice(['Urgence', 'Soins intensifs', 'Médecine interne', 'Pharmacie', 'Gestion des lits',
                    'Prévention des infections', 'Centre de simulation'])
    lines = ['--', '%s %s, %s' % (g, s, cred), '%s | CHU Exemple de Montréal' % svc,
             '1000, rue Saint-Exemple, Montréal (Québec) H2X 0A9', 'Tél. 514 555-%04d poste %d' % (R.randint(0, 9999), R.randint(20000, 39999))]
    if R.random() < 0.4:
        lines.append('AVIS DE CONFIDENTIALITÉ : ce courriel est destiné uniquement au destinataire.' if lang == 'fr' else
                     'CONFIDENTIALITY NOTICE: this e-mail is intended only for the addressee.')
    return '\n'.join(lines)


def fr_sex(p, m, f):
    return m if p['sex'] == 'M' else f


def dfmt(d, lang):
    k = R.randint(0, 2)
    if k == 0:
        return d.isoformat()
    if k == 1:
        return d.strftime('%d/%m/%Y')
    return d.strftime('%Y.%m.%d') if lang == 'fr' else d.strftime('%b %d %Y')


DX_FR = ['pneumonie multilobaire', 'IRA sur IRC', 'sepsis urinaire', 'EP bilatérale', 'décompensation MPOC',
         'ICC décompensée', 'hémorragie digestive haute', 'DKA', 'AVC ischémique sylvien G', 'FA rapide',
         'pancréatite aiguë', 'cirrhose décompensée / ascite', 'intox. acétaminophène', 'NSTEMI', 'cellulite MI D']
DX_EN = ['multilobar pneumonia', 'AKI on CKD', 'urosepsis', 'bilateral PE', 'COPD exacerbation', 'decompensated CHF',
         'upper GI bleed', 'DKA', 'L MCA stroke', 'rapid AF', 'acute pancreatitis', 'decompensated cirrhosis w/ ascites',
         'acetaminophen OD', 'NSTEMI', 'R leg cellulitis']
MEDS = ['apixaban 5 mg BID', 'furosémide 40 mg IV BID', 'pip-tazo 4,5 g IV q6h', 'insuline glargine 22 U HS',
        'métoprolol 25 mg PO BID', 'vancomycine selon niveaux', 'NAC protocole 21 h', 'héparine IV nomogramme',
        'pantoprazole 40 mg IV BID', 'ceftriaxone 2 g IV die', 'hydromorphone 0,5 mg SC q4h PRN']
LABS = [('K+', '6.9 mmol/L'), ('Na', '118 mmol/L'), ('Hb', '58 g/L'), ('lactate', '7.2 mmol/L'), ('troponine HS', '2150 ng/L'),
        ('INR', '8.4'), ('glucose', '1.8 mmol/L'), ('créat', '612 µmol/L'), ('plaquettes', '9 x10^9/L'), ('pH', '6.98')]

# ---------------------------------------------------------------- attachments


def pdf_bytes(title, lines):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    y = 740
    c.setFont('Helvetica-Bold', 13)
    c.drawString(60, y, title)
    c.setFont('Helvetica', 10)
    for ln in lines:
        y -= 16
        if y < 60:
            c.showPage(); c.setFont('Helvetica', 10); y = 740
        c.drawString(60, y, ln)
    c.save()
    return buf.getvalue()


def normzip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for n in zin.namelist():
            zi = zipfile.ZipInfo(n, FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            blob = zin.read(n)
            if n == 'docProps/core.xml':
                import re
                blob = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)', rb'\g<1>2026-11-02T08:00:00Z\g<3>', blob)
            z.writestr(zi, blob)
    return out.getvalue()


def docx_bytes(title, paras, table=None):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.created = FIXED_TS; cp.modified = FIXED_TS; cp.last_printed = FIXED_TS; cp.author = 'CHU Exemple'
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
    return normzip(b.getvalue())


def xlsx_bytes(sheet, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED_TS; wb.properties.modified = FIXED_TS; wb.properties.creator = 'CHU Exemple'
    ws = wb.active; ws.title = sheet
    for r in rows:
        ws.append(list(r))
    b = io.BytesIO(); wb.save(b)
    return normzip(b.getvalue())


def csv_text(rows):
    b = io.StringIO()
    w = csv.writer(b, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return b.getvalue()


def zip_bytes(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, data in files:
            zi = zipfile.ZipInfo(n, FIXED_ZIP_DATE); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return out.getvalue()


def ics_text(summary, desc, start, loc, org):
    s = start.strftime('%Y%m%dT%H%M%S')
    e = (start + dt.timedelta(hours=1)).strftime('%Y%m%dT%H%M%S')
    uid = '%08x@%s' % (R.getrandbits(32), DOM)
    desc = desc.replace('\n', '\\n').replace(',', '\\,')
    return '\r\n'.join(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CHU Exemple//Agenda//FR', 'METHOD:REQUEST',
                        'BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:20261102T080000Z',
                        'DTSTART;TZID=America/Montreal:' + s, 'DTEND;TZID=America/Montreal:' + e,
                        'SUMMARY:' + summary.replace(',', '\\,'), 'DESCRIPTION:' + desc, 'LOCATION:' + loc.replace(',', '\\,'),
                        'ORGANIZER:mailto:' + org, 'END:VEVENT', 'END:VCALENDAR', ''])


def vcard_text(fn, sur, given, tel, adr, note):
    return '\r\n'.join(['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (sur, given), 'FN:' + fn, 'TEL;TYPE=HOME:' + tel,
                        'ADR;TYPE=HOME:;;%s;Montréal;QC;H1X 2Y3;Canada' % adr, 'NOTE:' + note, 'END:VCARD', ''])


def phone():
    return '514-555-%04d' % R.randint(100, 9999)


def street():
    return '%d, rue %s' % (R.randint(100, 9999), R.choice(['des Érables', 'Beaubien Est', 'Fleury Ouest', 'de Lorimier',
                                                            'Sherbrooke Est', 'Jarry', 'Papineau', 'Hochelaga']))

# ---------------------------------------------------------------- positive templates
# each returns dict(subj, body, atts=[(kind, filename, payload)], types, note)


def p_signout(lang):
    pts = [patient() for _ in range(R.randint(3, 6))]
    lines = []
    types = {'patient_name', 'mrn', 'diagnosis'}
    for i, p in enumerate(pts):
        dx = R.choice(DX_FR if lang == 'fr' else DX_EN)
        todo = R.choice(['suivre K+ 22h', 'f/u hemocs', 'TDM demain AM', 'DNR/NIM confirmé', 'reprise ATB si fièvre',
                         'recheck lactate', 'NPO minuit', 'wean O2'])
        lines.append('%d) %s, %s - %s - %s%s - %s' % (i + 1, p['sur'].upper(), p['given'][0] + '.', p['mrn'],
                                                     p['age'], fr_sex(p, 'M', 'F') if lang == 'fr' else p['sex'], dx) + ' | ' + todo)
    u = R.choice(UNITS)
    st = staff()
    if lang == 'fr':
        subj = R.choice(['Liste de départ %s - garde de nuit' % u, 'sign-out %s ce soir' % u, 'Passation %s' % u])
        body = 'Salut,\nvoici la liste pour ce soir, rien de très instable.\n\n' + '\n'.join(lines) + '\n\nBonne garde\n' + sig(st, lang)
    else:
        subj = R.choice(['Sign-out %s tonight' % u, 'handover list %s' % u, 'Night signout - %s' % u])
        body = 'Hi,\nsign-out below, call if questions.\n\n' + '\n'.join(lines) + '\n\nthx\n' + sig(st, lang)
    return dict(subj=subj, body=body, types=types, note='handover list with patient surnames, chart numbers and diagnoses')


def p_critical(lang):
    p = patient(); lab, val = R.choice(LABS); st = staff()
    if lang == 'fr':
        subj = 'VALEUR CRITIQUE - %s %s - dos. %s' % (p['sur'], p['given'], p['mrn'])
        body = ('Bonjour Dr %s,\n\nValeur critique communiquée par le labo à %02dh%02d :\n%s %s (prélèvement %s)\n'
                'Patient%s : %s, %s, né%s le %s, dossier %s, %s.\n\nMerci de rappeler l\'unité pour confirmer la prise en charge.\n'
                % (staff()[1], R.randint(0, 23), R.randint(0, 59), lab, val, R.choice(['veineux', 'artériel', 'capillaire']),
                   fr_sex(p, '', 'e'), p['sur'].upper(), p['given'], fr_sex(p, '', 'e'), dfmt(p['dob'], lang), p['mrn'], R.choice(UNITS)))
    else:
        subj = 'Critical value %s - %s' % (lab, p['mrn'])
        body = ('Dr %s,\n\nLab called a critical result at %02d:%02d:\n%s %s\nPatient %s, %s  DOB %s  MRN %s, bed %s-%02d.\n'
                'Please acknowledge.\n' % (staff()[1], R.randint(0, 23), R.randint(0, 59), lab, val, p['sur'], p['given'],
                                          dfmt(p['dob'], lang), p['mrn'], R.choice(UNITS), R.randint(1, 30)))
    return dict(subj=subj, body=body + sig(st, lang), types={'patient_name', 'mrn', 'date_of_birth', 'lab_result'},
                note='critical lab value with patient name, birth date and chart number')


def p_consult(lang):
    p = patient(True); st = staff()
    dx = R.choice(DX_FR if lang == 'fr' else DX_EN)
    nam = p['nam'] if R.random() < 0.6 else disguise(p['nam'])
    if lang == 'fr':
        subj = R.choice(['Demande de consult néphro', 'consult cardio svp', 'Consultation hémato - urgent'])
        body = ('Bonjour,\n\nSVP voir %s %s (%s ans), NAM %s, à la civière %d de l\'urgence. %s, '
                'créat en hausse, sous %s. Question : ajustement et suivi?\n\nMerci!\n' %
                (p['sur'].upper(), p['given'], p['age'], nam, R.randint(1, 40), dx, R.choice(MEDS)))
    else:
        subj = R.choice(['Consult request - nephrology', 'ICU consult pls', 'Heme consult'])
        body = ('Hello,\n\nCould you please see %s, %s (%s y.o. %s), health card %s, ED stretcher %d. Working dx %s, on %s.\n'
                'Thanks\n' % (p['sur'], p['given'], p['age'], 'male' if p['sex'] == 'M' else 'female', nam, R.randint(1, 40), dx, R.choice(MEDS)))
    return dict(subj=subj, body=body + sig(st, lang), types={'patient_name', 'ramq_nam', 'diagnosis', 'medication'},
                note='consult request naming a patient with health-insurance number, diagnosis and drug')


def p_transfer(lang):
    p = patient(); st = staff(); dest = R.choice(['Hôpital Rive-Sud', 'CISSS de Laval', 'Ottawa General', 'Réadaptation Laurentides'])
    types = {'patient_name', 'diagnosis', 'date_of_birth'}
    ident = ''
    if p['nam']:
        ident = 'NAM %s' % p['nam']; types.add('ramq_nam')
    else:
        ident = 'dossier %s' % p['mrn']; types.add('mrn')
    dx = R.choice(DX_FR if lang == 'fr' else DX_EN)
    if lang == 'fr':
        subj = 'Transfert inter-établissement vers %s' % dest
        body = ('Bonjour,\n\nDemande de transfert pour %s, %s, né%s le %s, %s.\nDx : %s. Stable, O2 2 L. '
                'Accepté par Dr %s. Ambulance demandée pour 14h.\nRésumé et FADM joints.\n' %
                (p['sur'], p['given'], fr_sex(p, '', 'e'), dfmt(p['dob'], lang), ident, dx, staff()[1]))
    else:
        subj = 'Transfer request to %s' % dest
        body = ('Hi,\n\nTransfer for %s %s, DOB %s, %s. Dx: %s. Hemodynamically stable. Accepting MD Dr %s.\n'
                'Summary attached.\n' % (p['given'], p['sur'], dfmt(p['dob'], lang), ident, dx, staff()[1]))
    pdf = pdf_bytes('Résumé de transfert' if lang == 'fr' else 'Transfer summary',
                    ['Patient: %s, %s' % (p['sur'], p['given']), 'DDN/DOB: %s' % p['dob'].isoformat(),
                     'Dossier/MRN: %s' % p['mrn'], 'Dx: %s' % dx, 'Rx: %s' % R.choice(MEDS)])
    types |= {'mrn', 'medication'}
    return dict(subj=subj, body=body + sig(st, lang), atts=[('pdf', 'transfert_%s.pdf' % strip(p['sur']), pdf)], types=types,
                note='inter-hospital transfer request with patient identity, diagnosis and PDF summary')


def p_discharge(lang):
    p = patient(); st = staff(); dx = R.choice(DX_FR if lang == 'fr' else DX_EN)
    paras = ['Nom : %s, %s' % (p['sur'], p['given']), 'Dossier : %s' % p['mrn'], 'Date de naissance : %s' % p['dob'].isoformat(),
             'Diagnostic principal : %s' % dx, 'Médication au congé : %s; %s' % (R.choice(MEDS), R.choice(MEDS)),
             'Suivi : GMF dans 7 jours, bilan sanguin dans 1 semaine.']
    d = docx_bytes('Résumé de congé' if lang == 'fr' else 'Discharge summary', paras)
    if lang == 'fr':
        subj = 'Résumé de congé'
        body = 'Bonjour,\nci-joint le résumé de congé de votre patient%s pour le suivi en GMF.\nCordialement\n' % fr_sex(p, '', 'e')
    else:
        subj = 'Discharge summary for follow-up'
        body = 'Hello,\nplease find attached the discharge summary for your patient, f/u in 1 week.\nRegards\n'
    return dict(subj=subj, body=body + sig(st, lang), atts=[('docx', 'resume_conge_%s.docx' % p['mrn'].replace('-', ''), d)],
                types={'patient_name', 'mrn', 'date_of_birth', 'diagnosis', 'medication'},
                note='discharge summary DOCX with patient identity, diagnosis and medication; body says nothing')


def p_bedflow(lang):
    pts = [patient(False) for _ in range(R.randint(2, 5))]; st = staff()
    rows = ['- %s %s (%s) en attente %s depuis %dh, %s' % (p['sur'], p['given'][0], p['mrn'], R.choice(['MI-4', '6 Nord', 'USI', '7 Sud']),
                                                        R.randint(12, 70), R.choice(DX_FR)) for p in pts]
    if lang == 'fr':
        subj = 'Flux des lits - urgence débordement %s%%' % R.randint(140, 190)
        body = 'Bonjour à tous,\n\nUrgence à %d civières occupées. Patients admis en attente d\'un lit :\n%s\n\nMerci de prioriser les congés avant 11h.\n' % (R.randint(50, 80), '\n'.join(rows))
    else:
        subj = 'Bed flow update - ED at %d%%' % R.randint(140, 190)
        body = 'All,\n\nAdmitted patients boarding in ED:\n%s\n\nPlease push discharges before 11:00.\n' % '\n'.join(rows)
    return dict(subj=subj, body=body + sig(st, lang), types={'patient_name', 'mrn', 'diagnosis'},
                note='bed-flow mail listing boarded patients by name, chart number and diagnosis')


def p_medrec(lang):
    p = patient(); st = staff()
    meds = R.sample(MEDS, 3)
    if lang == 'fr':
        subj = 'Bilan comparatif - %s %s' % (p['sur'], p['given'])
        body = ('Bonjour,\n\nPour le BCM de M%s %s (dossier %s), la pharmacie communautaire liste :\n- %s\n- %s\n- %s\n'
                'Pouvez-vous confirmer si le %s a été cessé à l\'admission?\n' % (fr_sex(p, '.', 'me'), p['sur'], p['mrn'],
                                                                               meds[0], meds[1], meds[2], meds[1].split()[0]))
    else:
        subj = 'Med rec question - %s' % p['sur']
        body = ('Hi,\n\nFor %s %s (MRN %s) community pharmacy profile shows:\n- %s\n- %s\n- %s\nWas %s held on admission?\n' %
                (p['given'], p['sur'], p['mrn'], meds[0], meds[1], meds[2], meds[1].split()[0]))
    return dict(subj=subj, body=body + sig(st, lang), types={'patient_name', 'mrn', 'medication'},
                note='medication reconciliation naming a patient with chart number and drug list')


def p_social(lang):
    p = patient(); st = staff()
    soc = R.choice(['signalement DPJ en cours', 'sans domicile fixe, refuge', 'aide sociale coupée', 'violence conjugale, ordonnance',
                    'statut de demandeur d\'asile', 'sortie de détention récente', 'suivi CRD pour alcool'])
    socen = R.choice(['youth protection report filed', 'homeless, shelter', 'income support cut off', 'domestic violence, restraining order',
                      'asylum claimant', 'recently released from jail', 'addiction services follow-up'])
    if lang == 'fr':
        subj = 'TS - congé complexe'
        body = ('Bonjour,\n\nConcernant %s %s, %s ans (dos. %s) : %s. Le congé prévu jeudi est à risque. '
                'Je coordonne avec le CLSC.\n' % (p['given'], p['sur'], p['age'], p['mrn'], soc))
    else:
        subj = 'SW - complex discharge'
        body = 'Hi,\n\nRe %s %s, %s y.o. (chart %s): %s. Thursday discharge at risk, coordinating with CLSC.\n' % (
            p['given'], p['sur'], p['age'], p['mrn'], socen)
    return dict(subj=subj, body=body + sig(st, lang), types={'patient_name', 'mrn', 'social_information'},
                note='social-work mail about a named patient\'s social situation')


def p_subject_only(lang):
    p = patient(); st = staff(); lab, val = R.choice(LABS)
    subj = '%s %s %s %s' % (p['sur'].upper(), p['mrn'], lab, val)
    body = R.choice(['voir svp', 'FYI', 'à rappeler', 'done', 'pls call back', 'merci de vérifier']) + '\n\n' + st[0][0] + '.'
    return dict(subj=subj, body=body, types={'patient_name', 'mrn', 'lab_result'},
                note='patient surname, chart number and lab value in the Subject only')


def p_split(lang):
    p = patient(); st = staff(); dx = R.choice(DX_FR if lang == 'fr' else DX_EN)
    subj = 'dos %s' % p['mrn']
    body = ('%s\n\n' % (('Retour TDM: %s confirmée. Aviser famille.' if lang == 'fr' else 'CT back: %s confirmed. Family to be informed.') % dx))
    return dict(subj=subj, body=body + sig(st, lang), types={'mrn', 'diagnosis'},
                note='chart number in Subject, diagnosis in body')


def p_quoted(lang):
    p = patient(); st = staff(); st2 = staff(); dx = R.choice(DX_FR if lang == 'fr' else DX_EN)
    if lang == 'fr':
        q = ('Le %s, %s %s a écrit :\n> Bonjour, pouvez-vous revoir %s %s (%s), %s,\n> avant son congé? Merci\n' %
             (dfmt(dt.date(2026, 11, R.randint(1, 28)), lang), st2[0], st2[1], p['given'], p['sur'], p['mrn'], dx))
        subj = 'RE: revoir avant congé'
        body = 'Ok, je passe après la tournée.\n\n' + sig(st, lang) + '\n\n' + q
    else:
        q = ('On %s, %s %s wrote:\n> Hi, could you re-assess %s %s (MRN %s), %s,\n> before discharge? thx\n' %
             (dfmt(dt.date(2026, 11, R.randint(1, 28)), lang), st2[0], st2[1], p['given'], p['sur'], p['mrn'], dx))
        subj = 'RE: reassess before d/c'
        body = 'Sure, will swing by after rounds.\n\n' + sig(st, lang) + '\n\n' + q
    return dict(subj=subj, body=body, types={'patient_name', 'mrn', 'diagnosis'},
                note='short reply; patient name, chart number and diagnosis only in the quoted text')


def p_forward(lang):
    p = patient(); st = staff(); st2 = staff(); lab, val = R.choice(LABS)
    hdr = ('---------- Message transféré ---------\nDe : %s\nDate : %s\nObjet : résultats %s\n\n' if lang == 'fr' else
           '---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: results %s\n\n') % (
        addr(st2), dfmt(dt.date(2026, 11, R.randint(1, 28)), lang), p['sur'])
    inner = ('%s %s, DDN %s, dossier %s : %s %s. Répéter demain.\n' if lang == 'fr' else
             '%s %s, DOB %s, MRN %s: %s %s. Repeat tomorrow.\n') % (p['given'], p['sur'], p['dob'].isoformat(), p['mrn'], lab, val)
    top = 'Pour info, peux-tu faire le suivi au GMF?\n\n' if lang == 'fr' else 'FYI, can you follow up at the clinic?\n\n'
    return dict(subj=('TR: ' if lang == 'fr' else 'Fwd: ') + ('résultats %s' % p['sur'] if lang == 'fr' else 'results %s' % p['sur']),
                body=top + hdr + inner + '\n' + sig(st, lang), types={'patient_name', 'date_of_birth', 'mrn', 'lab_result'},
                note='inline forward carrying patient name, birth date, chart number and lab result')


def p_attached_eml(lang):
    p = patient(True); st = staff(); st2 = staff(); dx = R.choice(DX_FR if lang == 'fr' else DX_EN)
    inner = EmailMessage()
    inner['From'] = addr(st2); inner['To'] = addr(st)
    inner['Subject'] = 'admission %s' % p['sur']
    inner['Date'] = format_datetime(dt.datetime(2026, 11, R.randint(1, 28), R.randint(6, 22), R.randint(0, 59),
                                                tzinfo=dt.timezone(dt.timedelta(hours=-5))))
    inner['Message-ID'] = '<%08x.inner@%s>' % (R.getrandbits(32), DOM)
    inner.set_content(('Admission de %s %s, NAM %s, pour %s. Allergie pénicilline.\n' if lang == 'fr' else
                       'Admitting %s %s, RAMQ %s, for %s. PCN allergy.\n') % (p['given'], p['sur'], p['nam'], dx))
    body = ('Voir le courriel ci-joint, à traiter svp.\n' if lang == 'fr' else 'See attached e-mail, please action.\n') + sig(st, lang)
    return dict(subj=('TR: admission' if lang == 'fr' else 'Fw: admission'), body=body, atts=[('eml', 'admission.eml', inner)],
                types={'patient_name', 'ramq_nam', 'diagnosis'}, note='forward as attachment: attached .eml names a patient with NAM and diagnosis')


def p_xlsx_census(lang):
    pts = [patient() for _ in range(R.randint(5, 10))]; st = staff()
    rows = [('Lit', 'Nom', 'Prénom', 'Dossier', 'DDN', 'Dx', 'Code')]
    for i, p in enumerate(pts):
        rows.append(('%s-%02d' % (R.choice(['USI', 'MI4', '6N']), i + 1), p['sur'], p['given'], p['mrn'], p['dob'].isoformat(),
                     R.choice(DX_FR), R.choice(['Niv 1', 'Niv 2', 'RCR']) ))
    x = xlsx_bytes('Census', rows)
    subj = 'Recensement %s' % R.choice(['USI', 'MI-4']) if lang == 'fr' else 'ICU census for tomorrow'
    body = ('Ci-joint le recensement à jour.\n' if lang == 'fr' else 'Updated census attached.\n') + sig(st, lang)
    return dict(subj=subj, body=body, atts=[('xlsx', 'recensement.xlsx', x)],
                types={'patient_name', 'mrn', 'date_of_birth', 'diagnosis'}, note='XLSX unit census with patient names, chart numbers, birth dates, diagnoses')


def p_csv(lang):
    pts = [patient(True) for _ in range(R.randint(3, 8))]; st = staff()
    rows = [('nam', 'nom', 'prenom', 'ddn', 'sexe', 'culture')]
    for p in pts:
        rows.append((p['nam'], p['sur'], p['given'], p['dob'].isoformat(), p['sex'], R.choice(['SARM+', 'ERV+', 'C. diff toxine+', 'nég'])))
    subj = 'Extraction dépistage SARM' if lang == 'fr' else 'MRSA screening export'
    body = ('Voici l\'extraction demandée pour la PCI.\n' if lang == 'fr' else 'Export for IPAC attached.\n') + sig(st, lang)
    return dict(subj=subj, body=body, atts=[('csv', 'depistage.csv', csv_text(rows))],
                types={'ramq_nam', 'patient_name', 'date_of_birth', 'lab_result'}, note='CSV export of screening results with NAMs and names')


def p_ics(lang):
    p = patient(); st = staff(); dx = R.choice(DX_FR if lang == 'fr' else DX_EN)
    start = dt.datetime(2026, 12, R.randint(7, 20), R.choice([10, 13, 15]), 0)
    if lang == 'fr':
        summ = 'Rencontre famille - %s %s (niveau de soins)' % (p['given'], p['sur'])
        desc = 'Rencontre avec la famille de %s %s, dossier %s. %s, discussion niveau de soins.' % (p['given'], p['sur'], p['mrn'], dx)
        subj = 'Invitation : rencontre famille'
        body = 'Invitation ci-jointe.\n' + sig(st, lang)
    else:
        summ = 'Family meeting - %s' % p['sur']
        desc = 'Family meeting re %s %s (MRN %s), %s, goals of care.' % (p['given'], p['sur'], p['mrn'], dx)
        subj = 'Invitation: family meeting'
        body = 'Invite attached.\n' + sig(st, lang)
    return dict(subj=subj, body=body, atts=[('ics', 'invite.ics', ics_text(summ, desc, start, 'Salle 4.120, USI', addr(st)))],
                types={'patient_name', 'mrn', 'diagnosis'}, note='ICS invitation for a family meeting naming the patient, chart number, diagnosis')


def p_vcard(lang):
    p = patient(); st = staff(); tel = phone(); adr = street()
    v = vcard_text('%s %s' % (p['given'], p['sur']), p['sur'], p['given'], tel, adr,
                   'Soins à domicile post-congé: pansements MI, %s' % R.choice(MEDS))
    subj = 'SAD - nouveau client' if lang == 'fr' else 'Home care referral'
    body = (('Bonjour CLSC,\nDemande de SAD pour un%s patient%s sortant jeudi, coordonnées en pièce jointe.\n' % (fr_sex(p, '', 'e'), fr_sex(p, '', 'e')))
            if lang == 'fr' else 'Hello,\nhome-care referral for a patient going home Thursday, contact card attached.\n') + sig(st, lang)
    return dict(subj=subj, body=body, atts=[('vcf', '%s.vcf' % strip(p['sur']), v)],
                types={'patient_name', 'patient_contact', 'medication'}, note='vCard of a patient with home phone and address for home care')


def p_zip(lang):
    pts = [patient() for _ in range(3)]; st = staff()
    rows = [('dossier', 'nom', 'dx')] + [(p['mrn'], p['sur'] + ' ' + p['given'], R.choice(DX_FR)) for p in pts]
    pdf = pdf_bytes('Rapport d\'incident', ['Patient: %s %s  dossier %s' % (pts[0]['given'], pts[0]['sur'], pts[0]['mrn']),
                                            'Chute au lit, fracture poignet G, sous %s' % R.choice(MEDS)])
    z = zip_bytes([('liste.csv', csv_text(rows).encode('utf-8')), ('incident.pdf', pdf)])
    subj = 'Dossiers M&M - envoi sécurisé' if lang == 'fr' else 'Case files for review (zip)'
    body = ('Voir l\'archive. Mot de passe envoyé séparément.\n' if lang == 'fr' else 'Files in zip, pwd by phone.\n') + sig(st, lang)
    return dict(subj=subj, body=body, atts=[('zip', 'dossiers.zip', z)], types={'patient_name', 'mrn', 'diagnosis', 'medication'},
                note='ZIP containing a CSV list and incident PDF naming patients with chart numbers')


def p_foreign(lang):
    k = R.randint(0, 3); p = patient(False); st = staff(); dx = R.choice(DX_FR if lang == 'fr' else DX_EN)
    if k == 0:
        num = mk_ohn(); t = 'ca_health_number'
        shown = R.choice([num, num[:4] + '-' + num[4:7] + '-' + num[7:] + '-' + R.choice(['AB', 'KT', 'XY'])])
        lbl = 'OHIP' if lang == 'en' else 'carte Santé Ontario'
    elif k == 1:
        num = mk_niss(p['dob'], p['sex']); t = 'be_niss'
        shown = '%s.%s.%s-%s.%s' % (num[:2], num[2:4], num[4:6], num[6:9], num[9:])
        lbl = 'NISS'
    elif k == 2:
        num = mk_nir(p['dob'], p['sex']); t = 'fr_nir'
        shown = '%s %s %s %s %s %s %s' % (num[0], num[1:3], num[3:5], num[5:7], num[7:10], num[10:13], num[13:])
        lbl = 'n° sécu' if lang == 'fr' else 'French social security no.'
    else:
        num = mk_sin(); t = 'ca_sin'
        shown = '%s %s %s' % (num[:3], num[3:6], num[6:])
        lbl = 'NAS' if lang == 'fr' else 'SIN'
    if lang == 'fr':
        subj = R.choice(['Facturation patient hors Québec', 'Assurance voyage - réclamation', 'Patient hors province'])
        body = ('Bonjour,\n\n%s %s, %s le %s, %s %s, hospitalisé%s pour %s du %s au %s. Merci de nous confirmer la couverture.\n' %
                (p['sur'].upper(), p['given'], fr_sex(p, 'né', 'née'), p['dob'].isoformat(), lbl, shown, fr_sex(p, '', 'e'), dx,
                 '2026-11-0%d' % R.randint(1, 4), '2026-11-1%d' % R.randint(0, 8)))
    else:
        subj = R.choice(['Out-of-province billing', 'Travel insurance claim', 'Coverage verification'])
        body = ('Hello,\n\n%s, %s  DOB %s  %s %s  admitted for %s, Nov %d-%d. Please confirm coverage.\n' %
                (p['sur'].upper(), p['given'], p['dob'].isoformat(), lbl, shown, dx, R.randint(1, 4), R.randint(10, 18)))
    return dict(subj=subj, body=body + sig(st, lang), types={t, 'patient_name', 'date_of_birth', 'diagnosis'},
                note='billing/insurance mail with a patient name and a non-Quebec identifier')


def p_transport(lang):
    p = patient(); st = staff()
    if lang == 'fr':
        subj = 'Transport adapté - retour domicile'
        body = ('Bonjour,\n\nTransport pour %s %s demain 10h30, fauteuil roulant, O2 2 L.\nAdresse : %s, Montréal. Tél. : %s (fille).\n' %
                (p['given'], p['sur'], street(), phone()))
    else:
        subj = 'Transport booking - home'
        body = 'Hi,\n\nPlease book %s %s tomorrow 10:30, wheelchair, on home O2.\nHome: %s, Montreal. Phone %s.\n' % (
            p['given'], p['sur'], street(), phone())
    return dict(subj=subj, body=body + sig(st, lang), types={'patient_name', 'patient_contact', 'medication'},
                note='transport booking with patient name, home address and phone')


def p_mm_ident(lang):
    p = patient(); st = staff(); dx = R.choice(DX_FR if lang == 'fr' else DX_EN)
    if lang == 'fr':
        subj = 'Rondes M&M - cas de jeudi'
        body = ('Bonjour,\n\nCas retenu : %s, dossier %s, décédé%s le %s à l\'USI (%s, délai d\'ATB de 6 h).\n'
                'Merci d\'anonymiser avant la présentation!\n' % (p['sur'], p['mrn'], fr_sex(p, '', 'e'), '2026-10-%d' % R.randint(10, 30), dx))
    else:
        subj = 'M&M rounds - Thursday case'
        body = 'Hi,\n\nCase chosen: %s, MRN %s, died in ICU Oct %d (%s, delayed antibiotics).\nPlease de-identify the slides.\n' % (
            p['sur'], p['mrn'], R.randint(10, 30), dx)
    return dict(subj=subj, body=body + sig(st, lang), types={'patient_name', 'mrn', 'diagnosis'},
                note='M&M case selection identifying the patient by surname and chart number')


def p_research(lang):
    p = patient(True); st = staff()
    if lang == 'fr':
        subj = 'Étude SEPSIS-QC - recrutement'
        body = ('Bonjour,\n\nNouveau participant éligible : %s %s, %s, NAM %s. Consentement signé par la fille. Lactate 4,8.\n' %
                (p['given'], p['sur'], fr_sex(p, 'homme', 'femme'), p['nam']))
    else:
        subj = 'SEPSIS-QC trial - new enrolment'
        body = 'Hi,\n\nEligible subject: %s %s (%s), RAMQ %s, consent by daughter. Lactate 4.8.\n' % (
            p['given'], p['sur'], 'M' if p['sex'] == 'M' else 'F', p['nam'])
    return dict(subj=subj, body=body + sig(st, lang), types={'patient_name', 'ramq_nam', 'lab_result'},
                note='research coordination naming an enrolled patient with NAM and lab value')


def p_namesake(lang):
    # patient shares a physician's surname
    p = patient(False); dx = R.choice(DX_FR if lang == 'fr' else DX_EN)
    st = (R.choice(STAFF_GIV), p['sur'])
    if lang == 'fr':
        subj = 'Mme/M. %s - pas de lien avec Dr %s' % (p['sur'], p['sur'])
        body = ('Petite précision : le patient du lit %d, %s %s (%s), admis pour %s, n\'a aucun lien avec notre collègue Dr %s.\n' %
                (R.randint(1, 30), p['given'], p['sur'], p['mrn'], dx, p['sur']))
    else:
        subj = '%s in bed %d - not Dr %s' % (p['sur'], R.randint(1, 30), p['sur'])
        body = 'Heads up: %s %s (MRN %s), admitted with %s, is no relation to our Dr %s.\n' % (p['given'], p['sur'], p['mrn'], dx, p['sur'])
    return dict(subj=subj, body=body + sig(st, lang), types={'patient_name', 'mrn', 'diagnosis'},
                note='patient sharing a physician\'s surname, with chart number and diagnosis')


def p_disguised(lang):
    p = patient(True); st = staff(); dx = R.choice(DX_FR if lang == 'fr' else DX_EN)
    n = p['nam']
    if R.random() < 0.5:
        shown = n[:4] + ' ' + ' '.join(n[4:][i:i + 2] for i in range(0, 8, 2))
    else:
        shown = n[:6] + '\n' + n[6:]
    if lang == 'fr':
        subj = 'suivi (sans nom pour le filtre)'
        body = 'Je mets juste les initiales %s.%s. et le no : %s\n%s, revoir en clinique 2 sem.\n' % (p['given'][0], p['sur'][0], shown, dx)
    else:
        subj = 'f/u (no name, filter)'
        body = 'Initials only %s.%s., number %s\n%s, clinic f/u 2 wks.\n' % (p['given'][0], p['sur'][0], shown, dx)
    return dict(subj=subj, body=body + sig(st, lang), types={'ramq_nam', 'diagnosis'},
                note='NAM written with spaces or split across lines plus diagnosis')


def p_html_table(lang):
    pts = [patient() for _ in range(R.randint(3, 6))]; st = staff()
    head = ('Civ.', 'Nom', 'Dossier', 'Âge', 'Motif', 'Dispo') if lang == 'fr' else ('Str.', 'Name', 'MRN', 'Age', 'Complaint', 'Dispo')
    rows = ''.join('<tr><td>C%d</td><td>%s, %s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>' % (
        R.randint(1, 40), html.escape(p['sur']), html.escape(p['given']), p['mrn'], p['age'], html.escape(R.choice(DX_FR if lang == 'fr' else DX_EN)),
        R.choice(['admis MI', 'USI', 'congé?', 'obs', 'admit IM'])) for p in pts)
    body = ('<p>%s</p><table border="1"><tr>%s</tr>%s</table><p>%s</p>' % (
        'Relève urgence 7h, zone ambulatoire :' if lang == 'fr' else 'ED handover 07:00, acute zone:',
        ''.join('<th>%s</th>' % h for h in head), rows, html.escape(sig(st, lang)).replace('\n', '<br>')))
    return dict(subj='Relève urgence 7h' if lang == 'fr' else 'ED 0700 handover', body=body, html_only=True,
                types={'patient_name', 'mrn', 'diagnosis'}, note='HTML table handover with patient names, chart numbers and complaints')


def p_family_call(lang):
    p = patient(); st = staff()
    if lang == 'fr':
        subj = 'Message famille - %s lit %d' % (p['sur'], R.randint(1, 30))
        body = ('Le fils de M%s %s a appelé (%s). Il veut parler au médecin de l\'arrêt de la dialyse. '
                'Ne pas divulguer d\'info à l\'ex-conjoint (interdit de contact).\n' % (fr_sex(p, '.', 'me'), p['sur'], phone()))
        types = {'patient_name', 'diagnosis', 'social_information'}
    else:
        subj = 'Family message - %s' % p['sur']
        body = ('%s %s\'s son called (%s), wants to discuss stopping dialysis. No info to ex-spouse (no-contact order).\n' %
                (p['given'], p['sur'], phone()))
        types = {'patient_name', 'diagnosis', 'social_information'}
    return dict(subj=subj, body=body + sig(st, lang), types=types, note='family call message about a named patient with treatment and social context')


POS = [p_html_table, p_family_call, p_signout, p_critical, p_consult, p_transfer, p_discharge, p_bedflow, p_medrec, p_social, p_subject_only, p_split,
       p_quoted, p_forward, p_attached_eml, p_xlsx_census, p_csv, p_ics, p_vcard, p_zip, p_foreign, p_transport,
       p_mm_ident, p_research, p_namesake, p_disguised]

# ---------------------------------------------------------------- negative templates


def n_schedule(lang):
    st = staff(); rows = []
    for d in range(7):
        a = staff(); b = staff()
        rows.append('%s %d déc : %s %s (jour) / %s %s (nuit)%s' % (['lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim'][d], 7 + d,
                                                                  a[1].upper(), a[0][0], b[1].upper(), b[0][0],
                                                                  R.choice(['', ' - malade, remplacé', ' - congé', ''])))
    subj = 'Horaire des résidents USI semaine %d' % R.randint(48, 52) if lang == 'fr' else 'ICU resident schedule wk %d' % R.randint(48, 52)
    body = ('Bonjour,\nhoraire de garde ci-dessous, échanges à me faire approuver.\n\n' if lang == 'fr' else
            'Hi all,\ncall schedule below, swaps need my approval.\n\n') + '\n'.join(rows) + '\n\n' + sig(st, lang)
    return dict(subj=subj, body=body, note='resident call roster (staff only) resembling a list')


def n_schedule_xlsx(lang):
    st = staff(); rows = [('Date', 'Résident', 'Niveau', 'Unité', 'No employé')]
    for d in range(10):
        a = staff()
        rows.append(('2026-12-%02d' % (d + 1), '%s, %s' % (a[1], a[0]), R.choice(['R1', 'R2', 'R3', 'PGY-4']), R.choice(UNITS),
                     luhn_lookalike(8)))
    subj = 'Horaire janvier - MI' if lang == 'fr' else 'January rotation schedule'
    body = ('Horaire en pièce jointe.\n' if lang == 'fr' else 'Schedule attached.\n') + sig(st, lang)
    return dict(subj=subj, body=body, atts=[('xlsx', 'horaire.xlsx', xlsx_bytes('Horaire', rows))],
                note='XLSX resident schedule with employee numbers')


def n_simlab(lang):
    st = staff()
    if lang == 'fr':
        subj = 'Centre de simulation - séance code bleu %s' % R.choice(['mardi', 'jeudi'])
        body = ('Bonjour,\n\nSéance de simulation haute-fidélité : arrêt cardiaque en FV, mannequin SimMan. '
                'Scénario : homme de 58 ans, douleur thoracique. Inscription obligatoire pour les R1.\nLocal S-210, 13h-16h.\n')
    else:
        subj = 'Sim lab - airway workshop'
        body = ('Hi,\n\nHigh-fidelity sim session: difficult airway, scenario of a 45-year-old woman with anaphylaxis. '
                'All PGY-1s must sign up. Room S-210, 1-4 pm.\n')
    return dict(subj=subj, body=body + sig(st, lang), note='simulation-lab training notice with a fictitious scenario')


def n_pt(lang):
    st = staff(); drug = R.choice(['tenecteplase', 'dalbavancine', 'andexanet alfa', 'sugammadex', 'ceftazidime-avibactam'])
    if lang == 'fr':
        subj = 'Comité de pharmacologie - ordre du jour %s' % R.choice(['décembre', 'janvier'])
        body = ('Bonjour,\n\nOrdre du jour :\n1. Ajout au formulaire : %s (demande USI)\n2. Pénurie de furosémide IV - stratégie\n'
                '3. Protocole héparine révisé\n4. Varia\n\nDocuments sur le partage.\n' % drug)
    else:
        subj = 'P&T committee agenda'
        body = 'Hello,\n\nAgenda:\n1. Formulary addition: %s\n2. IV furosemide shortage\n3. Revised heparin nomogram\n' % drug
    return dict(subj=subj, body=body + sig(st, lang), note='pharmacy and therapeutics committee agenda')


def n_ipac(lang):
    st = staff(); a, b, c = R.randint(2, 14), R.randint(1, 9), R.randint(0, 5)
    if lang == 'fr':
        subj = 'PCI - éclosion influenza unité %s' % R.choice(['6 Nord', '7 Sud', 'MI-4'])
        body = ('Bonjour,\n\n%d cas d\'influenza A confirmés chez les usagers, %d chez le personnel, %d cas de C. difficile ce mois-ci.\n'
                'Port du masque obligatoire, visites limitées.\n' % (a, b, c))
    else:
        subj = 'IPAC notice - outbreak update'
        body = 'All,\n\n%d patients with influenza A on the unit, %d staff cases, %d new CPE carriers this month. Masks mandatory.\n' % (a, b, c)
    return dict(subj=subj, body=body + sig(st, lang), note='infection-prevention notice with aggregate counts')


def n_hr(lang):
    st = staff(); emp = staff()
    if lang == 'fr':
        subj = R.choice(['Syndicat - assemblée générale', 'RH - absence maladie %s' % emp[1], 'Relevé de temps à corriger'])
        body = ('Bonjour,\n\n%s %s (matricule %s) sera en congé de maladie jusqu\'au 15 janvier. Merci d\'ajuster l\'horaire. '
                'Rappel : assemblée syndicale jeudi 12h, salle 1.30.\n' % (emp[0], emp[1], R.randint(100000, 999999)))
    else:
        subj = R.choice(['Union meeting', 'HR - leave for %s' % emp[1], 'Overtime claim'])
        body = 'Hi,\n\n%s %s (employee #%s) is on sick leave until Jan 15. Please adjust the schedule.\n' % (emp[0], emp[1], luhn_lookalike(9))
    return dict(subj=subj, body=body + sig(st, lang), note='HR/union mail about staff leave with employee number')


def n_mm_anon(lang):
    st = staff()
    if lang == 'fr':
        subj = 'Rondes M&M - jeudi 12h'
        body = ('Bonjour,\n\nCas présenté : femme de 74 ans, sepsis urinaire, retard d\'antibiothérapie à l\'urgence. '
                'Discussion systémique (triage, ordonnances collectives). Aucune information nominative.\nAmphithéâtre B.\n')
    else:
        subj = 'M&M rounds Thursday noon'
        body = 'Hi,\n\nCase: 67-year-old man, missed PE on first ED visit. Systems discussion only, de-identified.\nAuditorium B.\n'
    return dict(subj=subj, body=body + sig(st, lang), note='anonymised M&M rounds notice')


def n_bedflow_agg(lang):
    st = staff()
    if lang == 'fr':
        subj = 'État des lits 7h'
        body = 'Urgence : %d civières / 42, %d admis en attente. USI : %d/24. MI : %d congés prévus.\n' % (
            R.randint(45, 80), R.randint(10, 30), R.randint(18, 24), R.randint(5, 15))
    else:
        subj = 'Bed status 07:00'
        body = 'ED: %d/42 stretchers, %d admitted boarders. ICU %d/24. Medicine: %d planned discharges.\n' % (
            R.randint(45, 80), R.randint(10, 30), R.randint(18, 24), R.randint(5, 15))
    return dict(subj=subj, body=body + sig(st, lang), note='aggregate bed-status numbers')


def n_it(lang):
    st = staff()
    if lang == 'fr':
        subj = R.choice(['Panne NAS - lecteur partagé', 'Maintenance DME dimanche', 'Mise à jour des postes'])
        body = ('Bonjour,\n\nLe NAS %s sera indisponible de 22h à 2h. Numéro de série %s. Billet %s.\n' %
                (R.choice(['NAS-URG-02', 'NAS-USI-01']), luhn_lookalike(10), 'INC%07d' % R.randint(0, 9999999)))
    else:
        subj = R.choice(['NAS outage tonight', 'EHR downtime Sunday', 'Workstation patching'])
        body = 'Hi,\n\nShared NAS offline 22:00-02:00. Asset tag %s, IMEI of pager %s.\n' % (luhn_lookalike(8), luhn_lookalike(15))
    return dict(subj=subj, body=body + sig(st, lang), note='IT outage notice with asset numbers')


def n_facilities(lang):
    st = staff()
    if lang == 'fr':
        subj = R.choice(['Stationnement P3 fermé', 'Cafétéria - menu des Fêtes', 'Travaux ascenseur B'])
        body = 'Bonjour,\n\nTravaux du %d au %d décembre. Merci de votre compréhension.\n' % (R.randint(1, 10), R.randint(11, 20))
    else:
        subj = R.choice(['Parking P3 closure', 'Cafeteria holiday hours', 'Elevator B work'])
        body = 'Hello,\n\nWork scheduled Dec %d-%d. Thanks for your patience.\n' % (R.randint(1, 10), R.randint(11, 20))
    return dict(subj=subj, body=body + sig(st, lang), note='facilities notice')


def n_invoice(lang):
    st = staff(); rows = [('Article', 'Lot', 'Qté', 'Prix')] + [
        (R.choice(['Cathéter CVC 7Fr', 'Tubulure pompe', 'Masque N95', 'Lame laryngo 3']), 'LOT%s' % luhn_lookalike(9),
         R.randint(10, 500), '%.2f' % (R.random() * 900)) for _ in range(4)]
    pdf = pdf_bytes('Facture %d' % R.randint(10000, 99999), [' | '.join(map(str, r)) for r in rows])
    subj = 'Facture / bon de commande %d' % R.randint(4500000, 4599999) if lang == 'fr' else 'Invoice PO %d' % R.randint(4500000, 4599999)
    body = ('Bonjour, ci-joint la facture.\n' if lang == 'fr' else 'Hi, invoice attached.\n') + sig(st, lang)
    return dict(subj=subj, body=body, atts=[('pdf', 'facture.pdf', pdf)], note='supplier invoice PDF with lot numbers')


def n_conference(lang):
    st = staff(); sp = [staff() for _ in range(3)]
    if lang == 'fr':
        subj = 'Journée scientifique de l\'urgence - programme'
        body = 'Programme :\n8h30 Dr %s %s - Sepsis : quoi de neuf?\n10h Dr %s %s - Hyperkaliémie à l\'urgence\n13h Dr %s %s - VNI en MPOC\n' % (
            sp[0] + sp[1] + sp[2])
    else:
        subj = 'Critical Care Day - programme'
        body = 'Programme:\n8:30 Dr %s %s - Sepsis update\n10:00 Dr %s %s - Managing hyperkalemia\n13:00 Dr %s %s - NIV in COPD\n' % (
            sp[0] + sp[1] + sp[2])
    return dict(subj=subj, body=body + sig(st, lang), note='conference programme with speakers and topics')


def n_job(lang):
    st = staff()
    if lang == 'fr':
        subj = 'Affichage de poste - infirmière clinicienne USI'
        body = 'Poste permanent temps complet, nuit. Exigences : BSc inf., 2 ans USI. Date limite : 18 décembre.\n'
    else:
        subj = 'Job posting - ED clinical nurse specialist'
        body = 'Full-time permanent position. Requirements: MSc nursing, 3 yrs ED. Apply by Dec 18.\n'
    return dict(subj=subj, body=body + sig(st, lang), note='job posting')


def n_newsletter(lang):
    st = staff()
    if lang == 'fr':
        subj = 'Bulletin - Santé publique : rougeole'
        body = ('<h2>Rougeole</h2><p>%d cas déclarés au Québec cette année. Vérifiez le statut vaccinal. '
                'Le traitement est symptomatique; vitamine A chez l\'enfant.</p>' % R.randint(10, 90))
    else:
        subj = 'Newsletter - apixaban dosing update'
        body = '<h2>Apixaban</h2><p>Dose reduction criteria reminder: 2 of age >= 80, weight <= 60 kg, creatinine >= 133.</p>'
    return dict(subj=subj, body=body, html_only=True, note='clinical newsletter about a disease or drug')


def n_teaching(lang):
    st = staff()
    if lang == 'fr':
        subj = 'Club de lecture / cas clinique'
        body = ('Cas : un homme de 62 ans se présente pour dyspnée, K+ 6,8, créat 450. Questions : prise en charge initiale? '
                'Lecture : NEJM 2025 sur la kayexalate.\n')
    else:
        subj = 'Teaching case for Friday'
        body = 'A 29-year-old woman presents with DKA, pH 7.05, glucose 32. What is your fluid strategy?\n'
    return dict(subj=subj, body=body + sig(st, lang), note='anonymised teaching case')


def n_blank_form(lang):
    st = staff()
    d = docx_bytes('Formulaire de transfert' if lang == 'fr' else 'Transfer form',
                   ['Nom du patient : ____________', 'N° de dossier : ________', 'NAM : ____ ____ ____',
                    'Diagnostic : ____________', 'Signature du médecin : __________'])
    subj = 'Nouveau gabarit - formulaire de transfert' if lang == 'fr' else 'New transfer form template'
    body = ('Version à jour du formulaire, à utiliser dès lundi.\n' if lang == 'fr' else 'Updated form, use from Monday.\n') + sig(st, lang)
    return dict(subj=subj, body=body, atts=[('docx', 'formulaire_vierge.docx', d)], note='blank form template DOCX')


def n_vendor(lang):
    st = staff()
    if lang == 'fr':
        subj = 'Rappel de lot - pompes volumétriques'
        body = 'Le fabricant rappelle les pompes lot %s, numéros de série %s à %s. Contacter le génie biomédical.\n' % (
            luhn_lookalike(7), luhn_lookalike(10), luhn_lookalike(10))
    else:
        subj = 'Vendor recall notice - infusion pumps'
        body = 'Recall of lot %s, serials %s-%s. Contact biomed at 514-555-0142.\n' % (luhn_lookalike(7), luhn_lookalike(10), luhn_lookalike(10))
    return dict(subj=subj, body=body + sig(st, lang), note='vendor recall with lot and serial numbers')


def n_staff_disease(lang):
    st = staff(); d = staff()
    if lang == 'fr':
        subj = 'Corridor de service - hématologie'
        body = ('Pour les leucémies aiguës, appeler directement Dr %s %s (hémato) au 514-555-%04d. '
                'Dre %s assure le suivi des cas de drépanocytose.\n' % (d[0], d[1], R.randint(0, 9999), staff()[1]))
    else:
        subj = 'Service corridor - hematology'
        body = 'For acute leukemia referrals page Dr %s %s (hematology) at 514-555-%04d.\n' % (d[0], d[1], R.randint(0, 9999))
    return dict(subj=subj, body=body + sig(st, lang), note='physician named next to diseases they treat')


def n_ics(lang):
    st = staff()
    start = dt.datetime(2026, 12, R.randint(7, 20), 12, 0)
    ics = ics_text('Comité P&T' if lang == 'fr' else 'P&T committee', 'Ordre du jour à venir', start, 'Salle 2.140', addr(st))
    subj = 'Invitation : comité de pharmacologie' if lang == 'fr' else 'Invitation: P&T meeting'
    return dict(subj=subj, body='Voir invitation.\n' + sig(st, lang), atts=[('ics', 'invite.ics', ics)], note='committee meeting invitation')


def n_csv_stats(lang):
    st = staff(); rows = [('mois', 'visites', 'admissions', 'DMS_h')] + [('2026-%02d' % m, R.randint(5000, 7000), R.randint(800, 1200),
                                                                         R.randint(12, 30)) for m in range(1, 11)]
    subj = 'Statistiques urgence 2026' if lang == 'fr' else 'ED stats 2026'
    return dict(subj=subj, body=('Données agrégées ci-jointes.\n' if lang == 'fr' else 'Aggregate data attached.\n') + sig(st, lang),
                atts=[('csv', 'stats.csv', csv_text(rows))], note='aggregate ED statistics CSV')


def n_zip_policies(lang):
    st = staff()
    z = zip_bytes([('politique_contention.pdf', pdf_bytes('Politique contention', ['Version 2026', 'Approuvée par le CA'])),
                   ('lisezmoi.txt', b'Documents de politique interne\n')])
    subj = 'Politiques révisées (zip)' if lang == 'fr' else 'Revised policies (zip)'
    return dict(subj=subj, body=('Voir pièce jointe.\n' if lang == 'fr' else 'See attached.\n') + sig(st, lang),
                atts=[('zip', 'politiques.zip', z)], note='ZIP of internal policy documents')


def n_staff_vcard(lang):
    st = staff(); g, s = staff()
    v = vcard_text('%s %s' % (g, s), s, g, '514-555-%04d' % R.randint(0, 9999), '1000, rue Saint-Exemple', 'Coordonnatrice gestion des lits')
    subj = 'Coordonnées nouvelle coordonnatrice' if lang == 'fr' else 'New bed-flow coordinator contact'
    return dict(subj=subj, body='Voir vCard.\n' + sig(st, lang), atts=[('vcf', 'contact.vcf', v)], note='staff contact vCard')


def n_quoted_admin(lang):
    st = staff(); st2 = staff()
    q = '> Est-ce que la salle 4.120 est libre jeudi pour la simulation?\n> Merci\n' if lang == 'fr' else '> Is room 4.120 free Thursday for sim?\n> thanks\n'
    subj = 'RE: réservation salle' if lang == 'fr' else 'RE: room booking'
    body = ('Oui, réservée de 13h à 16h.\n\n' if lang == 'fr' else 'Yes, booked 1-4 pm.\n\n') + sig(st, lang) + '\n\n' + (
        'Le %s, %s %s a écrit :\n' % ('2026-11-%02d' % R.randint(1, 28), st2[0], st2[1])) + q
    return dict(subj=subj, body=body, note='reply with quoted room-booking request')


def n_lookalike(lang):
    st = staff()
    if lang == 'fr':
        subj = 'Remboursement dépenses - formation'
        body = 'Bonjour,\nRéclamation %s, numéro de fournisseur %s, carte corporative se terminant par %s. Montant 412,50 $.\n' % (
            luhn_lookalike(9), luhn_lookalike(10), R.randint(1000, 9999))
    else:
        subj = 'Expense reimbursement - course'
        body = 'Hi,\nClaim %s, supplier no. %s. Amount $412.50.\n' % (luhn_lookalike(9), luhn_lookalike(10))
    return dict(subj=subj, body=body + sig(st, lang), note='expense claim with checksum-valid look-alike numbers')


def n_forward_admin(lang):
    st = staff(); st2 = staff()
    hdr = ('---------- Message transféré ---------\nDe : %s\nObjet : formation ACLS\n\n' if lang == 'fr' else
           '---------- Forwarded message ---------\nFrom: %s\nSubject: ACLS recertification\n\n') % addr(st2)
    inner = ('Les recertifications ACLS auront lieu les 9 et 16 décembre. 12 places.\n' if lang == 'fr' else
             'ACLS recertification on Dec 9 and 16, 12 seats.\n')
    return dict(subj=('TR: formation ACLS' if lang == 'fr' else 'Fwd: ACLS recert'),
                body=('À diffuser.\n\n' if lang == 'fr' else 'Please circulate.\n\n') + hdr + inner + '\n' + sig(st, lang),
                note='inline forward of a training notice')


def n_attached_eml_admin(lang):
    st = staff(); inner = EmailMessage()
    inner['From'] = ext_addr(); inner['To'] = addr(st); inner['Subject'] = 'Soumission - moniteurs'
    inner['Date'] = 'Mon, 02 Nov 2026 09:00:00 -0500'
    inner['Message-ID'] = '<%08x.vendor@fournisseur.example>' % R.getrandbits(32)
    inner.set_content('Voici notre soumission pour 12 moniteurs, 18 400 $ chacun.\n')
    return dict(subj='TR: soumission' if lang == 'fr' else 'Fw: quote', body='Pour approbation.\n' + sig(st, lang),
                atts=[('eml', 'soumission.eml', inner)], note='forwarded vendor quote as attached e-mail')


def n_blank_signout(lang):
    st = staff()
    lines = '\n'.join('%d) NOM, Prénom - Dossier ______ - Dx ______ - À faire ______' % i for i in range(1, 6)) if lang == 'fr' else \
        '\n'.join('%d) LAST, First - MRN ______ - Dx ______ - To do ______' % i for i in range(1, 6))
    subj = 'Gabarit de liste de départ (nouvelle version)' if lang == 'fr' else 'New sign-out template'
    body = ('Bonjour,\nMerci d\'utiliser ce format I-PASS à partir de lundi :\n\n' if lang == 'fr' else
            'Hi,\nplease use this I-PASS format from Monday:\n\n') + lines + '\n\n' + sig(st, lang)
    return dict(subj=subj, body=body, note='blank sign-out template with placeholder fields')


def n_survey(lang):
    st = staff()
    if lang == 'fr':
        subj = 'Sondage satisfaction usagers - résultats T3'
        body = '%d répondants, satisfaction globale %d %%, délai moyen à l\'urgence %d h. Plaintes : %d (dont %d sur le stationnement).\n' % (
            R.randint(200, 600), R.randint(70, 90), R.randint(8, 20), R.randint(10, 40), R.randint(2, 9))
    else:
        subj = 'Patient experience survey Q3'
        body = '%d respondents, overall satisfaction %d%%, mean ED LOS %d h, %d complaints.\n' % (
            R.randint(200, 600), R.randint(70, 90), R.randint(8, 20), R.randint(10, 40))
    return dict(subj=subj, body=body + sig(st, lang), note='aggregate patient-experience survey results')


NEG = [n_blank_signout, n_survey, n_schedule, n_schedule_xlsx, n_simlab, n_pt, n_ipac, n_hr, n_mm_anon, n_bedflow_agg, n_it, n_facilities, n_invoice,
       n_conference, n_job, n_newsletter, n_teaching, n_blank_form, n_vendor, n_staff_disease, n_ics, n_csv_stats,
       n_zip_policies, n_staff_vcard, n_quoted_admin, n_lookalike, n_forward_admin, n_attached_eml_admin]

# ---------------------------------------------------------------- transport


def to_html(text):
    return '<html><body style="font-family:Calibri">' + ''.join(
        '<p>%s</p>' % html.escape(par).replace('\n', '<br>') for par in text.split('\n\n')) + '</body></html>'


def pick_charset(text):
    cs = R.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
    try:
        text.encode(cs)
        return cs
    except UnicodeEncodeError:
        return 'utf-8'


def build(item, idx, pos, lang):
    st = staff()
    if LAST_SIGNER:
        st = LAST_SIGNER[0]
    m = EmailMessage()
    m['From'] = '%s %s <%s>' % (st[0], st[1], addr(st))
    tos = [ext_addr() if R.random() < 0.6 else addr(staff()) for _ in range(R.randint(1, 2))]
    m['To'] = ', '.join(tos)
    if R.random() < 0.3:
        m['Cc'] = addr(staff())
    m['Subject'] = item['subj']
    when = dt.datetime(2026, 11, 1, tzinfo=dt.timezone(dt.timedelta(hours=-5))) + dt.timedelta(minutes=R.randint(0, 60 * 24 * 33))
    m['Date'] = format_datetime(when)
    m['Message-ID'] = '<%016x.%d@%s>' % (R.getrandbits(64), idx, DOM)
    if item['subj'].startswith(('RE:', 'TR:', 'Fwd:', 'Fw:')):
        m['In-Reply-To'] = '<%016x@%s>' % (R.getrandbits(64), DOM)
    m['X-Mailer'] = R.choice(['Microsoft Outlook 16.0', 'Thunderbird 128.3', 'Apple Mail (2.3774)', 'Zimbra 10.0'])
    body = item['body']
    cs = pick_charset(body)
    cte = R.choice(['quoted-printable', 'base64', '8bit'])
    atts = item.get('atts') or []
    if item.get('html_only'):
        m.set_content('<html><body>' + body + '</body></html>', subtype='html', charset=cs, cte=cte)
        transport = 'html'
    else:
        mode = R.choice(['plain', 'plain', 'html', 'alt'])
        if mode == 'html':
            m.set_content(to_html(body), subtype='html', charset=cs, cte=cte)
        else:
            m.set_content(body, charset=cs, cte=cte)
            if mode == 'alt':
                m.add_alternative(to_html(body), subtype='html', charset=cs, cte=R.choice(['quoted-printable', 'base64']))
        transport = mode
    for kind, fn, payload in atts:
        if kind == 'pdf':
            m.add_attachment(payload, 'application', 'pdf', filename=fn)
        elif kind == 'docx':
            m.add_attachment(payload, 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document', filename=fn)
        elif kind == 'xlsx':
            m.add_attachment(payload, 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename=fn)
        elif kind == 'zip':
            m.add_attachment(payload, 'application', 'zip', filename=fn)
        elif kind == 'csv':
            m.add_attachment(payload, subtype='csv', charset=pick_charset(payload), cte=R.choice(['base64', 'quoted-printable']), filename=fn)
        elif kind == 'ics':
            m.add_attachment(payload, subtype='calendar', charset='utf-8', cte='base64', filename=fn, params={'method': 'REQUEST'})
        elif kind == 'vcf':
            m.add_attachment(payload, subtype='vcard', charset='utf-8', cte='quoted-printable', filename=fn)
        elif kind == 'eml':
            m.add_attachment(payload, filename=fn)
    if atts:
        transport = 'mixed'
    n = 0
    for part in m.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary('----=_Part_%d_%d_%08x' % (idx, n, R.getrandbits(32)))
    crlf = R.random() < 0.4
    pol = email.policy.default.clone(linesep='\r\n' if crlf else '\n')
    data = m.as_bytes(policy=pol)
    return data, dict(transport=transport, charset=cs, cte=cte, eol='crlf' if crlf else 'lf')


def check_file(path):
    msg = email.message_from_bytes(open(path, 'rb').read(), policy=email.policy.default)
    for part in msg.walk():
        if part.defects:
            raise SystemExit('defect in %s: %r' % (path, part.defects))
        if not part.is_multipart():
            ct = part.get_content_type()
            c = part.get_content()
            if ct == 'message/rfc822':
                for sp in c.walk():
                    if sp.defects:
                        raise SystemExit('defect inner %s' % path)
                    if not sp.is_multipart():
                        sp.get_content()
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
        if msg[h] is None:
            raise SystemExit('missing %s in %s' % (h, path))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    a = ap.parse_args()
    out = a.out
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    labels = {}
    stats = {'category': {}, 'lang': {}, 'transport': {}, 'charset': {}, 'cte': {}, 'eol': {}}
    jobs = []
    for i in range(N_POS):
        jobs.append((True, POS[i % len(POS)]))
    for i in range(N_NEG):
        jobs.append((False, NEG[i % len(NEG)]))
    counters = {True: 0, False: 0}
    for idx, (pos, fn) in enumerate(jobs):
        lang = 'fr' if R.random() < 0.55 else 'en'
        del LAST_SIGNER[:]
        item = fn(lang)
        counters[pos] += 1
        cat = fn.__name__[2:]
        name = '%s/%s%03d_%s.eml' % ('positive' if pos else 'negative', 'p' if pos else 'n', counters[pos], cat)
        data, tr = build(item, idx, pos, lang)
        with open(os.path.join(out, name), 'wb') as f:
            f.write(data)
        types = sorted(item.get('types', ())) if pos else []
        labels[name] = {'confidential': pos, 'types': types, 'lang': lang, 'note': item['note']}
        for k, v in (('category', ('P:' if pos else 'N:') + cat), ('lang', lang), ('transport', tr['transport']),
                     ('charset', tr['charset']), ('cte', tr['cte']), ('eol', tr['eol'])):
            stats[k][v] = stats[k].get(v, 0) + 1
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write('\n')
    # self-check
    files = sorted('%s/%s' % (s, f) for s in ('positive', 'negative') for f in os.listdir(os.path.join(out, s)) if f.endswith('.eml'))
    if files != sorted(labels):
        raise SystemExit('labels do not cover files exactly')
    for fpath in files:
        check_file(os.path.join(out, fpath))
        lb = labels[fpath]
        if lb['confidential'] and not lb['types']:
            raise SystemExit('positive without types: ' + fpath)
        if not lb['confidential'] and lb['types']:
            raise SystemExit('negative with types: ' + fpath)
    h = hashlib.sha256()
    for fpath in files + ['labels.json']:
        h.update(fpath.encode() + b'\0')
        h.update(open(os.path.join(out, fpath), 'rb').read())
    print('positives', sum(1 for v in labels.values() if v['confidential']), 'negatives',
          sum(1 for v in labels.values() if not v['confidential']))
    for k, v in stats.items():
        print(k, json.dumps(dict(sorted(v.items())), ensure_ascii=False))
    print('sha256', h.hexdigest())


if __name__ == '__main__':
    main()
