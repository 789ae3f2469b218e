#!/usr/bin/env python3
"""Seeded deterministic generator of synthetic outbound hospital e-mail (blind writer). Seed 5606."""
import argparse, hashlib, io, json, os, random, re, sys, zipfile, datetime
import email, email.policy, email.utils
from email.message import EmailMessage
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir
from stdnum import luhn

SEED = 5606
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(SEED)
BASE = datetime.datetime(2026, 10, 5, 7, 12, tzinfo=datetime.timezone(datetime.timedelta(hours=-4)))

# The synthetic NAMs every blind writer was given (surname, given name, birth date, sex, NAM), shared by
# the blind corpora in tests/blind_nams.txt.
import os

NAM_ROWS_TEXT = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "blind_nams.txt"), encoding="utf-8").read()
NAMS = []
for ln in NAM_ROWS_TEXT.splitlines():
    if ln.startswith('#') or not ln.strip():
        continue
    s, g, d, x, n = ln.split()
    NAMS.append(dict(sur=s, giv=g, dob=d, sex=x, nam=n))
R.shuffle(NAMS)
_nam_i = [0]
def qpat():
    p = NAMS[_nam_i[0] % len(NAMS)]; _nam_i[0] += 1
    return p

FIRST = ['Nadia','Olivier','Chantal','Marc-André','Sophie','Jean-François','Isabelle','Kevin','Priya','Mélanie','Hugo','Élise','Daniel','Fatima','Raphaël','Geneviève','Samuel','Aline','Tom','Karine','Yannick','Louise','Ahmed','Julie','Patrick','Wei','Catherine','Benoît','Sarah','Mathieu','Annick','Liam','Zoé','Pierre-Luc','Noémie','Grace','Victor','Inès','Martin','Lucie']
LAST = ['Tremblay','Gagnon','Roy','Côté','Bouchard','Gauthier','Morin','Lavoie','Fortin','Gagné','Ouellet','Pelletier','Bélanger','Lévesque','Bergeron','Leblanc','Paquette','Girard','Simard','Boucher','Caron','Beaulieu','Cloutier','Dubé','Poirier','Fournier','Nguyen','MacDonald','Singh','Campbell','Peeters','Janssens','Maes','Dubois','Lefebvre','Moreau','Laurent','Chen','Haddad','Kowalski']
def pname():
    return R.choice(FIRST), R.choice(LAST)

ORGS_IN = ['chu-exemple.example','cisss-laurentides-exemple.example','hopital-stjude.example','clsc-riviere.example']
ORGS_OUT = ['cliniquemedicale-ouest.example','ottawa-general-ex.example','sunnybrook-ex.example','chu-liege-ex.example','ap-hp-exemple.example','pharmacie-jolicoeur.example','lab-biomed.example','gmf-des-pins.example','ramq-partenaire.example','medisupply.example','orthoplus-inc.example','congres-sante.example','univ-recherche.example','assureur-vie.example','transport-adapte.example','cssmi-exemple.example','dpj-region.example','hamilton-health-ex.example','clinique-laval.example']

def addr(first, last, dom):
    f = re.sub(r'[^a-z]', '', first.lower().translate(str.maketrans('éèêëàâîïôöûüç','eeeeaaiioouuc')))
    l = re.sub(r'[^a-z]', '', last.lower().translate(str.maketrans('éèêëàâîïôöûüç','eeeeaaiioouuc')))
    style = R.randrange(4)
    lp = [f + '.' + l, f[0] + l, l + '.' + f[0], f + '_' + l][style]
    return '%s %s <%s@%s>' % (first, last, lp, dom)

def phone():
    a = R.choice(['514','450','418','819','613','416','438'])
    return '%s-555-%04d' % (a, R.randrange(100, 9999))

# ---------- identifiers ----------
def gen_sin():
    while True:
        s = str(R.choice([1,2,3,4,5,6,7,9])) + ''.join(str(R.randrange(10)) for _ in range(7))
        for c in '0123456789':
            if ca_sin.is_valid(s + c):
                return s + c
def gen_ohn():
    while True:
        s = str(R.randrange(1, 10)) + ''.join(str(R.randrange(10)) for _ in range(8))
        c = luhn.calc_check_digit(s)
        if luhn.is_valid(s + c):
            return s + c
def gen_niss(dob):
    y, m, d = dob.split('-')
    while True:
        seq = '%03d' % R.randrange(1, 998)
        base = y[2:] + m + d + seq
        pre = ('2' + base) if int(y) >= 2000 else base
        chk = 97 - (int(pre) % 97)
        n = base + '%02d' % chk
        if be_nn.is_valid(n):
            return n
def gen_nir(sex, dob):
    y, m, d = dob.split('-')
    while True:
        body = ('1' if sex == 'M' else '2') + y[2:] + m + '%02d' % R.choice([13,33,59,69,75,92,93,31,67]) + '%03d' % R.randrange(1, 990) + '%03d' % R.randrange(1, 999)
        key = 97 - (int(body) % 97)
        n = body + '%02d' % key
        if fr_nir.is_valid(n):
            return n
def gen_mrn():
    k = R.randrange(6)
    if k == 0: return '%07d' % R.randrange(1000000, 9999999)
    if k == 1: return '%08d' % R.randrange(10000000, 99999999)
    if k == 2: return 'H%07d' % R.randrange(10**6, 10**7)
    if k == 3: return 'M%08d' % R.randrange(10**6, 10**8)
    if k == 4: return 'DOS-%06d' % R.randrange(10**5, 10**6)
    return '%02d-%05d' % (R.randrange(10, 99), R.randrange(10**4, 10**5))
def rand_dob(lo=1932, hi=2019):
    return '%d-%02d-%02d' % (R.randrange(lo, hi), R.randrange(1, 13), R.randrange(1, 29))

FW = str.maketrans('0123456789', '０１２３４５６７８９')
def disguise(nam):
    k = R.randrange(5)
    if k == 0: return nam[:4] + ' ' + nam[4:8] + ' ' + nam[8:]
    if k == 1: return '.'.join([nam[:4], nam[4:8], nam[8:]])
    if k == 2: return nam[:4] + nam[4:].translate(FW)
    if k == 3: return ' '.join(nam)
    return nam[:4] + '-' + nam[4:8] + '-' + nam[8:]
def fmt_nam(nam):
    return R.choice([nam, nam, nam[:4] + ' ' + nam[4:8] + ' ' + nam[8:], nam.lower().capitalize() if R.random() < .1 else nam])
def fmt_dob(dob, lang):
    y, m, d = dob.split('-')
    return R.choice([dob, '%s/%s/%s' % (d, m, y), '%s.%s.%s' % (d, m, y)] if lang == 'fr' else [dob, '%s/%s/%s' % (m, d, y), dob])
def age_of(dob):
    y, m, d = map(int, dob.split('-'))
    return 2026 - y - (1 if (m, d) > (10, 5) else 0)

# ---------- voices ----------
GREET = {'fr': ['Bonjour,', 'Bonjour Dr %s,', 'Salut,', 'Bonjour à tous,', 'Allo %s,', 'Madame, Monsieur,', 'Bjr,', 'Chère collègue,', '', 'Bonjour %s,'],
         'en': ['Hi,', 'Hello Dr. %s,', 'Hi all,', 'Hey %s,', 'Good morning,', 'Dear colleague,', '', 'Hi %s -', 'To whom it may concern,']}
CLOSE = {'fr': ['Merci!', 'Merci et bonne journée', 'Cordialement,', 'Bien à vous,', 'Merci de votre collaboration.', 'A+', 'Salutations,', 'Bonne fin de journée'],
         'en': ['Thanks!', 'Thanks,', 'Best,', 'Regards,', 'Cheers', 'Thank you for your help.', 'Many thanks', 'Kind regards,']}
CRED = ['MD', 'MD, FRCPC', 'inf. clin.', 'RN', 'pharm.', 'B.Pharm., M.Sc.', 'T.S.', 'MSW, RSW', 'agente administrative', 'inf. aux.', 'RT(R)', 'T.M.', 'ergothérapeute', 'M.Sc.', 'CPA', 'PhD']
UNITS = {'fr': ['Médecine interne – 6e Nord', 'Urgence', 'Clinique externe de cardiologie', 'Bloc opératoire', 'Centre de cancérologie', 'Psychiatrie adulte', 'CHSLD Saint-Joseph', 'Soutien à domicile – CLSC', 'Département de pharmacie', 'Laboratoire – biochimie', 'Imagerie médicale', 'Service social', 'Archives médicales', 'Centre de recherche', 'Direction des ressources humaines', 'Direction des ressources informationnelles', 'Direction des finances', 'Approvisionnement', 'Gériatrie 4B', 'Néphrologie – hémodialyse'],
         'en': ['Internal Medicine – 6 North', 'Emergency Department', 'Cardiology Outpatient Clinic', 'Operating Room', 'Cancer Centre', 'Adult Psychiatry', 'St. Joseph LTC', 'Home Care Program', 'Pharmacy Department', 'Core Lab – Chemistry', 'Diagnostic Imaging', 'Social Work', 'Health Records', 'Research Institute', 'Human Resources', 'IT Services', 'Finance', 'Procurement', 'Geriatrics 4B', 'Nephrology – Dialysis']}
DISC = {'fr': ['AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. Si vous l’avez reçu par erreur, veuillez le détruire et en aviser l’expéditeur.',
               'Ce message est destiné uniquement au destinataire. Toute diffusion non autorisée est interdite.',
               '*** Pensez à l’environnement avant d’imprimer ***', ''],
        'en': ['CONFIDENTIALITY NOTICE: This e-mail may contain privileged information. If received in error, please delete it and notify the sender.',
               'This message is intended only for the named recipient.', 'Please consider the environment before printing this email.', '']}

EXTRA = {'fr': ['Merci de diffuser à vos équipes.', 'Des questions? Je suis au poste jusqu’à 16h.', 'Désolée pour le délai, grosse semaine.', 'PS : je suis en congé vendredi, écrire à ma collègue.', 'Svp confirmer réception.', 'Je reste disponible au besoin.', 'N.B. le télécopieur du 3e est encore en panne.', 'Vous pouvez répondre à tous.'],
         'en': ['Please share with your teams.', 'Questions? I am in the office until 4.', 'Sorry for the delay, crazy week.', 'PS I am off Friday, please cc my colleague.', 'Pls confirm receipt.', 'Let me know if anything is unclear.', 'NB: the 3rd floor fax is still down.', 'Feel free to reply all.']}

def signature(lang, first, last, unit=None):
    unit = unit or R.choice(UNITS[lang])
    style = R.randrange(5)
    cred = R.choice(CRED)
    ph = phone()
    ext = R.randrange(2000, 7999)
    if style == 0:
        s = '%s %s, %s\n%s\n%s poste %d' % (first, last, cred, unit, ph, ext) if lang == 'fr' else '%s %s, %s\n%s\n%s ext. %d' % (first, last, cred, unit, ph, ext)
    elif style == 1:
        s = '-- \n%s %s\n%s | CHU Exemple\n%d, boul. des Érables, Montréal (Québec) H2X 1Z9\nT %s' % (first, last, unit, R.randrange(100, 9999), ph)
    elif style == 2:
        s = '%s.' % first[0]
    elif style == 3:
        s = '%s\n\n%s %s\n%s\nTél. : %s | Téléc. : %s' % ('Envoyé de mon iPhone' if R.random() < .2 else '', first, last, unit, ph, phone())
    else:
        s = '%s %s (%s)\n%s' % (first, last, cred, unit)
    d = R.choice(DISC[lang])
    if d:
        s += '\n\n' + d
    return s

def greet(lang, who):
    opts = GREET[lang] if who else [g for g in GREET[lang] if '%s' not in g]
    g = R.choice(opts)
    return g % who if '%s' in g else g

def compose(lang, to_last, lines, sfirst, slast, unit=None):
    parts = []
    g = greet(lang, to_last)
    if g: parts.append(g)
    parts.append('\n'.join(lines))
    if R.random() < 0.35:
        parts.append(R.choice(EXTRA[lang]))
    parts.append(R.choice(CLOSE[lang]))
    parts.append(signature(lang, sfirst, slast, unit))
    return '\n\n'.join(parts) + '\n'

# ---------- clinical vocab ----------
DX = {'fr': ['MPOC exacerbée', 'insuffisance cardiaque décompensée', 'pneumonie acquise en communauté', 'FA rapide', 'diabète type 2 mal contrôlé', 'néo du sein gauche', 'dépression majeure avec idées suicidaires', 'trouble bipolaire', 'démence type Alzheimer', 'IRC stade 4', 'fracture de la hanche droite', 'cellulite MID', 'AVC ischémique', 'cholécystite aiguë', 'lymphome diffus à grandes cellules B', 'schizophrénie', 'trouble lié à l’usage d’opioïdes', 'hépatite C'],
      'en': ['COPD exacerbation', 'decompensated CHF', 'community-acquired pneumonia', 'rapid AF', 'poorly controlled T2DM', 'left breast cancer', 'major depression with suicidal ideation', 'bipolar disorder', 'Alzheimer dementia', 'CKD stage 4', 'right hip fracture', 'LLE cellulitis', 'ischemic stroke', 'acute cholecystitis', 'DLBCL', 'schizophrenia', 'opioid use disorder', 'hepatitis C']}
MEDS = ['apixaban 5 mg BID', 'metformine 500 mg BID', 'furosémide 40 mg DIE', 'warfarine selon INR', 'hydromorphone 1 mg q4h PRN', 'quétiapine 50 mg HS', 'insuline glargine 18 U HS', 'ramipril 5 mg DIE', 'lithium 300 mg BID', 'méthadone 60 mg DIE', 'tamoxifène 20 mg DIE', 'pantoprazole 40 mg DIE', 'clozapine 200 mg HS', 'bisoprolol 2,5 mg DIE']
LABS = [('K', '6.4 mmol/L'), ('Hb', '62 g/L'), ('INR', '5.8'), ('Na', '118 mmol/L'), ('troponine HS', '2140 ng/L'), ('glucose', '1.9 mmol/L'), ('créatinine', '412 µmol/L'), ('plaquettes', '14 x10^9/L'), ('lactate', '5.2 mmol/L'), ('hémocultures', 'positives – cocci Gram +')]
SOC = {'fr': ['signalement DPJ en cours', 'sans domicile fixe, hébergé en refuge', 'prestataire de l’aide sociale', 'victime de violence conjugale, plan de sécurité fait', 'garde partagée contestée, ordonnance de la cour', 'demandeur d’asile, couverture PFSI', 'libéré conditionnellement, suivi par agent de probation', 'suivi au CRD pour alcool'],
       'en': ['youth protection report filed', 'homeless, staying at shelter', 'on social assistance', 'intimate partner violence, safety plan in place', 'custody dispute, court order pending', 'refugee claimant, IFHP coverage', 'on parole, probation officer involved', 'followed at addiction rehab centre']}

def sender(internal=True):
    f, l = pname()
    return f, l, addr(f, l, R.choice(ORGS_IN) if internal else R.choice(ORGS_OUT))

def hdr(pt):
    return '%s %s' % (pt['sur'].upper() if R.random() < .4 else pt['sur'], pt['giv']) if R.random() < .5 else '%s %s' % (pt['giv'], pt['sur'])

# ---------- positive generators ----------
def P_referral(lang):
    p = qpat(); dx = R.choice(DX[lang]); sf, sl, _ = sender(); tf, tl = pname()
    who = hdr(p)
    if lang == 'fr':
        L = ['Je vous réfère %s %s, né%s le %s, NAM %s, pour %s.' % ('M.' if p['sex'] == 'M' else 'Mme', who, '' if p['sex'] == 'M' else 'e', fmt_dob(p['dob'], lang), fmt_nam(p['nam']), dx),
             R.choice(['Suivi depuis 2 ans au GMF. Détérioration récente.', 'Merci de voir en semi-urgence (P3).', 'Imagerie jointe au DSQ.', 'Pt anxieux, préfère être appelé le matin.'])]
        subj = R.choice(['Référence – %s' % dx, 'Demande de consultation', 'Réf. %s' % p['sur'], 'consultation svp'])
    else:
        L = ['Referring %s %s (DOB %s, RAMQ %s) for %s.' % ('Mr.' if p['sex'] == 'M' else 'Ms.', who, fmt_dob(p['dob'], lang), fmt_nam(p['nam']), dx),
             R.choice(['Worsening over the last month.', 'Please see within 4 weeks if possible.', 'Recent bloodwork in the chart.', 'Lives alone, daughter helps with appointments.'])]
        subj = R.choice(['Referral - %s' % dx, 'New referral', 'Consult request', 'ref %s' % p['sur']])
    return dict(cat='referral', subj=subj, body=compose(lang, tl, L, sf, sl), types=['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis'], note='referral naming a patient with NAM, DOB and diagnosis')

def P_signout(lang):
    rows = []; n = R.randrange(3, 7)
    for i in range(n):
        p = qpat() if R.random() < .5 else None
        if p: nm = '%s, %s' % (p['sur'], p['giv'])
        else:
            f, l = pname(); nm = '%s %s' % (l.upper(), f)
        rows.append('%s%d - %s (%s) - %s - %s' % (R.choice(['6N-', 'lit ', 'Bed ', '']), R.randrange(1, 40), nm, gen_mrn(), R.choice(DX[lang]), R.choice(['f/u K+ 22h', 'NPO minuit', 'DNR', 'surveiller TA', 'CT tête demain', 'à mobiliser', 'family mtg 10h', 'RAS'])))
    sf, sl, _ = sender()
    if lang == 'fr':
        L = ['Liste de départ pour la nuit :', ''] + rows + ['', 'Rien d’autre de pressant.']
        subj = R.choice(['Signout 6N', 'Liste de garde ce soir', 'passation de garde', 'Tx soir – MI'])
    else:
        L = ['Signout for tonight:', ''] + rows + ['', 'Pager if anything.']
        subj = R.choice(['Signout', 'handover list', 'overnight signout - team B', 'sign out'])
    return dict(cat='signout_list', subj=subj, body=compose(lang, '', L, sf, sl), types=['patient_name', 'mrn', 'diagnosis'], note='handover list with patient names, chart numbers and diagnoses')

def P_booking(lang):
    p = qpat(); sf, sl, _ = sender(); tf, tl = pname()
    exam = R.choice(['IRM lombaire', 'scan thoracique', 'colonoscopie', 'écho cardiaque', 'TEP-scan', 'MRI brain', 'CT abdomen', 'bone scan'])
    if lang == 'fr':
        L = ['Pourriez-vous reporter le rendez-vous de %s %s (dossier %s) pour %s prévu le %d nov.?' % (p['giv'], p['sur'], gen_mrn(), exam, R.randrange(1, 29)),
             'La patiente' if p['sex'] == 'F' else 'Le patient', 'est hospitalisé%s actuellement. Joindre au %s.' % ('e' if p['sex'] == 'F' else '', phone())]
        L = [L[0], L[1] + ' ' + L[2]]
        subj = R.choice(['Report RV', 'Changement de rendez-vous', 'RV %s à déplacer' % exam])
    else:
        L = ['Can we rebook %s %s (MRN %s) for %s? Currently admitted.' % (p['giv'], p['sur'], gen_mrn(), exam), 'Best number to reach %s: %s' % ('her' if p['sex'] == 'F' else 'him', phone())]
        subj = R.choice(['rebooking', 'Reschedule request', 'appt change - %s' % exam])
    return dict(vc=('%s %s' % (p['giv'], p['sur']), phone(), (L[0])[:160]), cat='booking', subj=subj, body=compose(lang, tl, L, sf, sl), types=['patient_name', 'mrn', 'patient_contact'], note='rebooking request with patient name, chart number and phone')

def P_critical(lang):
    p = qpat(); sf, sl, _ = sender(); lab, val = R.choice(LABS); tf, tl = pname()
    mrn = gen_mrn()
    if lang == 'fr':
        L = ['VALEUR CRITIQUE', 'Patient : %s, %s  Dossier : %s' % (p['sur'].upper(), p['giv'], mrn), '%s = %s (prélevé 06:40)' % (lab, val), 'Médecin avisé : Dr %s – lu et confirmé à %02d:%02d.' % (tl, R.randrange(7, 12), R.randrange(60))]
        subj = 'Valeur critique – %s' % lab
    else:
        L = ['CRITICAL RESULT', 'Pt: %s %s  MRN %s' % (p['giv'], p['sur'], mrn), '%s: %s' % (lab, val), 'Called to Dr. %s, read-back done.' % tl]
        subj = R.choice(['Critical value %s' % lab, 'CRITICAL - %s' % lab])
    return dict(cat='critical_value', subj=subj, body=compose(lang, tl, L, sf, sl, 'Laboratoire – biochimie' if lang == 'fr' else 'Core Lab – Chemistry'), types=['patient_name', 'mrn', 'lab_result'], note='critical lab value with patient name and chart number')

def P_subject_only(lang):
    p = qpat(); sf, sl, _ = sender(); dx = R.choice(DX[lang])
    subj = R.choice(['%s %s – %s' % (p['sur'], p['giv'], dx), 'RE: %s, %s (%s)' % (p['sur'].upper(), p['giv'], p['nam']), 'Fwd: résultats %s %s' % (p['giv'], p['sur']) if lang == 'fr' else 'Fwd: results %s %s' % (p['giv'], p['sur'])])
    L = [R.choice(['Voir ci-joint, merci de traiter.', 'Comme discuté au téléphone.', 'Svp rappeler la famille.']) if lang == 'fr' else R.choice(['As discussed.', 'See below, pls action.', 'FYI - can you call the family?'])]
    t = ['patient_name'] + (['ramq_nam'] if p['nam'] in subj else []) + (['diagnosis'] if dx in subj else [])
    return dict(cat='subject_only', subj=subj, body=compose(lang, '', L, sf, sl), types=t, note='patient named in subject line with clinical context, body terse')

def P_split(lang):
    p = qpat(); sf, sl, _ = sender(); dx = R.choice(DX[lang])
    subj = '%s %s' % (p['giv'], p['sur']) if R.random() < .5 else 'dossier %s' % p['nam']
    L = ['Dx confirmé : %s. Début de %s demain.' % (dx, R.choice(MEDS))] if lang == 'fr' else ['Dx confirmed: %s. Starting %s tomorrow.' % (dx, R.choice(MEDS))]
    t = (['patient_name'] if 'dossier' not in subj else ['ramq_nam']) + ['diagnosis', 'medication']
    return dict(cat='split_subject_body', subj=subj, body=compose(lang, '', L, sf, sl), types=t, note='identity in subject, diagnosis and medication in body')

def P_disguised(lang):
    p = qpat(); sf, sl, _ = sender(); dx = R.choice(DX[lang])
    d = disguise(p['nam'])
    if lang == 'fr':
        L = ['(j’ai mis des espaces pour que le filtre ne bloque pas)', 'NAM : %s' % d, 'Dx : %s, f/u en clinique dans 2 sem.' % dx]
        subj = 'suivi'
    else:
        L = ['Number below written out so it goes through:', d, '%s, needs f/u in 2 wks' % dx]
        subj = 'f/u'
    if R.random() < .5:
        L.insert(0, '%s %s' % (p['giv'], p['sur']))
        t = ['patient_name', 'ramq_nam', 'diagnosis']
    else:
        t = ['ramq_nam', 'diagnosis']
    return dict(cat='disguised_id', subj=subj, body=compose(lang, '', L, sf, sl), types=t, note='health insurance number deliberately spaced or altered, with diagnosis')

def P_split_lines(lang):
    p = qpat(); sf, sl, _ = sender()
    L = ['NAM: %s' % p['nam'][:6], p['nam'][6:], R.choice(MEDS) + (' à cesser' if lang == 'fr' else ' to hold')]
    return dict(cat='id_split_lines', subj=R.choice(['Rx', 'ajustement', 'med change']), body=compose(lang, '', L, sf, sl), types=['ramq_nam', 'medication'], note='NAM broken over two lines with a medication instruction')

def P_discharge(lang):
    p = qpat(); sf, sl, _ = sender(); dx = R.choice(DX[lang]); meds = R.sample(MEDS, 3)
    if lang == 'fr':
        L = ['RÉSUMÉ DE CONGÉ', 'Nom : %s, %s   DDN : %s   NAM : %s' % (p['sur'], p['giv'], fmt_dob(p['dob'], lang), p['nam']), 'Admis le 2026-09-%02d pour %s.' % (R.randrange(1, 28), dx), 'Médication au congé :'] + ['  - ' + m for m in meds] + ['Suivi : GMF dans 7 jours.']
        subj = 'Résumé de congé'
    else:
        L = ['DISCHARGE SUMMARY', 'Name: %s %s  DOB: %s  RAMQ: %s' % (p['giv'], p['sur'], fmt_dob(p['dob'], lang), p['nam']), 'Admitted for %s.' % dx, 'Discharge meds:'] + ['  * ' + m for m in meds] + ['F/u with family MD in 1 week.']
        subj = 'Discharge summary'
    return dict(cat='discharge_summary', subj=subj, body=compose(lang, '', L, sf, sl), types=['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis', 'medication'], note='discharge summary with identity, NAM, diagnosis and medication list')

def P_medrec(lang):
    p = qpat(); sf, sl, _ = sender(); tf, tl = pname()
    meds = R.sample(MEDS, R.randrange(2, 5))
    if lang == 'fr':
        L = ['Bilan comparatif pour %s %s (%d ans) :' % (p['giv'], p['sur'], age_of(p['dob']))] + ['- ' + m + R.choice(['', ' (cessé)', ' – dose ↑', ' ?? à vérifier']) for m in meds] + ['Pouvez-vous confirmer le profil en pharmacie communautaire?']
        subj = 'BCM – ' + p['sur']
    else:
        L = ['Med rec for %s %s, %d y/o:' % (p['giv'], p['sur'], age_of(p['dob']))] + ['- ' + m for m in meds] + ['Please fax the community pharmacy profile.']
        subj = 'Med rec request'
    return dict(cat='med_reconciliation', subj=subj, body=compose(lang, tl, L, sf, sl, R.choice(UNITS[lang][8:9])), types=['patient_name', 'medication'], note='medication reconciliation listing a named patient\'s drugs')

def P_homecare(lang):
    p = qpat(); sf, sl, _ = sender()
    street = '%d, rue %s, app. %d, %s' % (R.randrange(10, 9999), R.choice(['des Lilas', 'Principale', 'Saint-Denis', 'Notre-Dame']), R.randrange(1, 30), R.choice(['Laval', 'Terrebonne', 'Gatineau', 'Montréal']))
    if lang == 'fr':
        L = ['Demande SAD pour %s %s, %s. Tél. : %s.' % (p['giv'], p['sur'], street, phone()), 'Besoins : %s.' % R.choice(['pansement ulcère jambe 3x/sem', 'injection anticoagulant', 'aide au bain, perte d’autonomie', 'soins palliatifs à domicile']), 'Congé prévu jeudi.']
        subj = R.choice(['Demande SAD', 'Référence soutien à domicile', 'SAD – congé jeudi'])
    else:
        L = ['Home care referral: %s %s, %s, phone %s.' % (p['giv'], p['sur'], street, phone()), 'Needs: %s.' % R.choice(['wound care 3x/week', 'IV antibiotics', 'palliative support', 'bathing assistance'])]
        subj = 'Home care referral'
    return dict(vc=('%s %s' % (p['giv'], p['sur']), phone(), ('Soins à domicile: ' + L[1] if lang == 'fr' else 'Home care: ' + L[1])[:160]), cat='home_care', subj=subj, body=compose(lang, '', L, sf, sl), types=['patient_name', 'patient_contact', 'diagnosis'], note='home care request with patient name, home address, phone and care needs')

def P_transport(lang):
    p = qpat(); sf, sl, _ = sender()
    st = '%d %s' % (R.randrange(10, 9999), R.choice(['boul. Labelle', 'ch. du Lac', 'Maple Ave', 'rue King']))
    if lang == 'fr':
        L = ['Transport adapté requis', '%s %s – %s – %s' % (p['sur'], p['giv'], st, phone()), 'Aller : 7h15 pour hémodialyse (lun-mer-ven). Fauteuil roulant.']
        subj = 'Transport – dialyse'
    else:
        L = ['Please book wheelchair transport for %s %s from %s (tel %s) to the dialysis unit, MWF 07:15.' % (p['giv'], p['sur'], st, phone())]
        subj = 'Transport booking'
    return dict(vc=('%s %s' % (p['giv'], p['sur']), phone(), (L[-1])[:160]), cat='transport', subj=subj, body=compose(lang, '', L, sf, sl), types=['patient_name', 'patient_contact', 'diagnosis'], note='transport booking with patient home address, phone and dialysis schedule')

def P_social(lang):
    p = qpat(); sf, sl, _ = sender(); s = R.choice(SOC[lang])
    if lang == 'fr':
        L = ['Concernant %s %s (%s) : %s.' % (p['giv'], p['sur'], gen_mrn(), s), 'Je vais rencontrer la famille demain. Merci de ne pas divulguer l’adresse.']
        subj = R.choice(['Suivi psychosocial', 'TS – situation', 'Dossier social'])
    else:
        L = ['Re %s %s (chart %s): %s.' % (p['giv'], p['sur'], gen_mrn(), s), 'Will meet with family tomorrow.']
        subj = R.choice(['SW follow-up', 'social work note', 'psychosocial update'])
    return dict(cat='social_work', subj=subj, body=compose(lang, '', L, sf, sl, R.choice(UNITS[lang][11:12])), types=['patient_name', 'mrn', 'social_information'], note='social work update on a named patient with social circumstances')

def P_ontario(lang):
    f, l = pname(); sex = R.choice('MF'); dob = rand_dob(); hn = gen_ohn(); sf, sl, _ = sender()
    hnf = R.choice([hn, '%s-%s-%s' % (hn[:4], hn[4:7], hn[7:]), '%s %s %s %s' % (hn[:4], hn[4:7], hn[7:], R.choice(['AB', 'KT', 'XZ']))])
    if lang == 'en':
        L = ['Transfer to Ottawa for %s %s, OHIP %s, DOB %s.' % (f, l, hnf, fmt_dob(dob, lang)), 'Dx %s. Bed confirmed on 5W.' % R.choice(DX['en'])]
        subj = 'Interfacility transfer'
    else:
        L = ['Transfert vers Ottawa : %s %s, no carte santé Ontario %s, né(e) le %s.' % (f, l, hnf, fmt_dob(dob, lang)), 'Dx %s.' % R.choice(DX['fr'])]
        subj = 'Transfert interétablissement'
    return dict(cat='ontario_transfer', subj=subj, body=compose(lang, '', L, sf, sl), types=['patient_name', 'ca_health_number', 'date_of_birth', 'diagnosis'], note='inter-provincial transfer with Ontario health number, name, DOB, diagnosis')

def P_belgium(lang):
    f, l = pname(); sex = R.choice('MF'); dob = rand_dob(); n = gen_niss(dob); sf, sl, _ = sender()
    nf = R.choice([n, '%s.%s.%s-%s.%s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:]), '%s-%s-%s' % (n[:6], n[6:9], n[9:])])
    if lang == 'fr':
        L = ['Suite à votre demande, voici les infos de %s %s (NISS %s) hospitalisé%s chez nous à Liège du 2 au 9 sept.' % (f, l, nf, 'e' if sex == 'F' else ''), 'Dx de sortie : %s.' % R.choice(DX['fr'])]
        subj = 'Patient belge – facturation mutuelle'
    else:
        L = ['Billing query re %s %s, Belgian NISS %s, seen in ED 14 Sept for %s.' % (f, l, nf, R.choice(DX['en']))]
        subj = 'Belgian insurer claim'
    return dict(cat='belgium_billing', subj=subj, body=compose(lang, '', L, sf, sl), types=['patient_name', 'be_niss', 'diagnosis'], note='billing mail with Belgian NISS, name and diagnosis')

def P_france(lang):
    f, l = pname(); sex = R.choice('MF'); dob = rand_dob(); n = gen_nir(sex, dob); sf, sl, _ = sender()
    nf = R.choice([n, '%s %s %s %s %s %s %s' % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:])])
    if lang == 'fr':
        L = ['Prise en charge de %s %s %s, n° de sécu %s, pour %s.' % ('M.' if sex == 'M' else 'Mme', l.upper(), f, nf, R.choice(DX['fr'])), 'Merci de transmettre à la CPAM.']
        subj = R.choice(['Dossier patient français', 'Prise en charge – CPAM'])
    else:
        L = ['French patient %s %s, NIR %s, treated for %s. Please forward claim.' % (f, l, nf, R.choice(DX['en']))]
        subj = 'French patient claim'
    return dict(cat='france_claim', subj=subj, body=compose(lang, '', L, sf, sl), types=['patient_name', 'fr_nir', 'diagnosis'], note='claim with French NIR, name and diagnosis')

def P_sin_insurance(lang):
    p = qpat(); s = gen_sin(); sf, sl, _ = sender()
    sfm = R.choice([s, '%s %s %s' % (s[:3], s[3:6], s[6:]), '%s-%s-%s' % (s[:3], s[3:6], s[6:])])
    if lang == 'fr':
        L = ['Formulaire d’invalidité de %s %s : NAS %s, arrêt de travail depuis le 3 août pour %s.' % (p['giv'], p['sur'], sfm, R.choice(DX['fr']))]
        subj = 'Formulaire assureur'
    else:
        L = ['Disability form for %s %s, SIN %s, off work since Aug 3 for %s.' % (p['giv'], p['sur'], sfm, R.choice(DX['en']))]
        subj = 'Insurer form'
    return dict(cat='insurance_form', subj=subj, body=compose(lang, '', L, sf, sl), types=['patient_name', 'ca_sin', 'diagnosis'], note='insurance form with patient SIN, name and diagnosis')

def P_research(lang):
    p = qpat(); sf, sl, _ = sender()
    if lang == 'fr':
        L = ['Participant %s (%s %s, dossier %s) a eu un EIG : hospitalisation pour %s.' % ('ONC-%03d' % R.randrange(1, 200), p['giv'], p['sur'], gen_mrn(), R.choice(DX['fr'])), 'À déclarer au CER dans les 7 jours.']
        subj = 'EIG étude PRISMA'
    else:
        L = ['Subject enrolled: %s %s, MRN %s, randomized arm B. Baseline %s %s.' % (p['giv'], p['sur'], gen_mrn(), *R.choice(LABS))]
        subj = 'Enrolment confirmation'
    return dict(cat='research', subj=subj, body=compose(lang, '', L, sf, sl), types=['patient_name', 'mrn'] + (['diagnosis'] if lang == 'fr' else ['lab_result']), note='research coordination naming an enrolled patient with chart number')

def P_incident(lang):
    p = qpat(); sf, sl, _ = sender()
    if lang == 'fr':
        L = ['Déclaration AH-223 : chute de %s %s (ch. %d) la nuit dernière, sous %s.' % (p['giv'], p['sur'], R.randrange(100, 700), R.choice(MEDS)), 'Pas de fracture au RX.']
        subj = 'Incident – chute'
    else:
        L = ['Incident report: wrong dose given to %s %s (%s), %s. Pt monitored, no harm.' % (p['giv'], p['sur'], gen_mrn(), R.choice(MEDS))]
        subj = 'Medication incident'
    return dict(cat='incident', subj=subj, body=compose(lang, '', L, sf, sl), types=['patient_name', 'medication'] + (['mrn'] if lang == 'en' else []), note='incident report naming patient and medication')

def P_mental(lang):
    p = qpat(); sf, sl, _ = sender()
    if lang == 'fr':
        L = ['%s %s est sous garde préventive depuis hier (P-38). %s.' % (p['giv'], p['sur'], R.choice(['Idées suicidaires', 'Psychose aiguë', 'Désorganisation'])), 'Requête pour évaluation psychiatrique déposée.']
        subj = 'garde préventive'
    else:
        L = ['%s %s was placed on a Form 1 last night, %s.' % (p['giv'], p['sur'], R.choice(['acute psychosis', 'SI with plan', 'manic episode'])), 'Please hold bed on 7E.']
        subj = 'Form 1 - 7E'
    return dict(cat='mental_health', subj=subj, body=compose(lang, '', L, sf, sl), types=['patient_name', 'diagnosis'], note='mental health hold for named patient')

def P_dob_only(lang):
    p = qpat(); sf, sl, _ = sender()
    if lang == 'fr':
        L = ['%s le %s, dossier %s, %s, retour à la maison refusé par la famille.' % ('Dame née' if p['sex'] == 'F' else 'Monsieur né', fmt_dob(p['dob'], lang), gen_mrn(), R.choice(DX['fr']))]
    else:
        L = ['Pt DOB %s, chart %s, %s, awaiting LTC bed.' % (fmt_dob(p['dob'], lang), gen_mrn(), R.choice(DX['en']))]
    return dict(cat='mrn_dob', subj=R.choice(['NSA', 'ALC', 'lit CHSLD']), body=compose(lang, '', L, sf, sl), types=['mrn', 'date_of_birth', 'diagnosis'], note='chart number and DOB with diagnosis, no name')

def P_consult_reply(lang):
    p = qpat(); sf, sl, _ = sender(); dx = R.choice(DX[lang]); med = R.choice(MEDS)
    if lang == 'fr':
        L = ['Vu en consultation ce matin : %s %s, %d ans.' % (p['giv'], p['sur'], age_of(p['dob'])), 'Impression : %s.' % dx, 'Plan : débuter %s, revoir en 6 sem. Bilan lipidique et HbA1c à faire.' % med]
        subj = R.choice(['Réponse à votre consultation', 'Consult – réponse', 'RE consultation %s' % p['sur']])
    else:
        L = ['Saw %s %s (%d) in clinic today.' % (p['giv'], p['sur'], age_of(p['dob'])), 'Imp: %s' % dx, 'Plan: start %s, RTC 6/52.' % med]
        subj = R.choice(['Consult note', 'Your referral - seen today', 'consult reply'])
    return dict(cat='consult_reply', subj=subj, body=compose(lang, '', L, sf, sl), types=['patient_name', 'diagnosis', 'medication'], note='consultant reply about a named patient with impression and plan')

def P_imaging(lang):
    p = qpat(); sf, sl, _ = sender(); mrn = gen_mrn()
    find = R.choice(['nodule pulmonaire LSD 14 mm', 'masse hépatique 3 cm', 'fracture L2 non déplacée', 'lésion lytique fémur']) if lang == 'fr' else R.choice(['14 mm RUL nodule', '3 cm liver mass', 'incidental adrenal lesion', 'new lytic lesion'])
    if lang == 'fr':
        L = ['Trouvaille fortuite au scan du %d oct. chez %s %s (doss. %s) : %s. Suivi recommandé.' % (R.randrange(1, 28), p['sur'].upper(), p['giv'], mrn, find)]
        subj = 'Trouvaille fortuite – suivi requis'
    else:
        L = ['Incidental finding on CT for %s %s, MRN %s: %s. Recommend follow-up CT 3 mo.' % (p['giv'], p['sur'], mrn, find)]
        subj = 'Incidental finding - action needed'
    return dict(cat='imaging_followup', subj=subj, body=compose(lang, '', L, sf, sl, R.choice(UNITS[lang][10:11])), types=['patient_name', 'mrn', 'diagnosis'], note='imaging follow-up with named patient, chart number and finding')

def P_roster_like(lang):
    rows = []
    for i in range(R.randrange(3, 6)):
        p = qpat()
        rows.append('%s %s\t%s\t%s' % (p['giv'], p['sur'], R.choice(['J', 'S', 'N']), R.choice(['isolement contact', 'VRE +', 'C. diff', 'chute à risque']) if lang == 'fr' else R.choice(['contact iso', 'MRSA +', 'C. diff', 'falls risk'])))
    sf, sl, _ = sender()
    L = (['Tableau de la semaine (4B) :'] if lang == 'fr' else ['Week board 4B:']) + rows
    return dict(cat='board_list', subj=R.choice(['Tableau 4B', 'Board', 'liste semaine']), body=compose(lang, '', L, sf, sl), types=['patient_name', 'diagnosis'], note='ward board of patient names with infection or risk status, resembles a staff roster')

def P_chemo(lang):
    p = qpat(); sf, sl, _ = sender()
    reg = R.choice(['FOLFOX C3', 'R-CHOP C4', 'AC-T C2', 'carboplatine/pémétrexed C5'])
    if lang == 'fr':
        L = ['Cycle %s de %s reporté d’une semaine : neutros %s.' % (reg, p['sur'] + ', ' + p['giv'], R.choice(['0,6', '0,8', '0,4'])), 'Nouvelle date : mardi 9h, fauteuil 12. Aviser la pharmacie onco.']
        subj = 'Report chimio'
    else:
        L = ['%s %s - %s delayed 1 wk, ANC %s.' % (p['giv'], p['sur'], reg, R.choice(['0.6', '0.8', '0.4'])), 'Rebooked Tue 09:00 chair 12, pharmacy aware.']
        subj = R.choice(['chemo delay', 'Onc day unit - change'])
    return dict(cat='oncology_schedule', subj=subj, body=compose(lang, '', L, sf, sl, R.choice(UNITS[lang][4:5])), types=['patient_name', 'medication', 'lab_result'], note='chemotherapy delay for a named patient with blood count')

def P_ltc(lang):
    p = qpat(); sf, sl, _ = sender()
    pr = 'Mme' if p['sex'] == 'F' else 'M.'
    if lang == 'fr':
        L = ['%s %s (ch. %d, CHSLD) : %s, famille avisée. Niveau de soins C.' % (pr, p['sur'], R.randrange(100, 300), R.choice(['plaie de pression stade 3 au sacrum', 'perte de poids 4 kg en 1 mois', 'agitation nocturne, halopéridol PRN'])), 'Mme/M. la fille souhaite rencontrer le médecin.'.replace('Mme/M. la', 'La')]
        subj = 'Résident – suivi'
    else:
        L = ['Resident %s %s (rm %d): %s. Family notified.' % (p['giv'], p['sur'], R.randrange(100, 300), R.choice(['stage 3 sacral ulcer', '4 kg weight loss', 'new fall with bruising']))]
        subj = 'LTC resident update'
    return dict(cat='ltc_resident', subj=subj, body=compose(lang, '', L, sf, sl, R.choice(UNITS[lang][6:7])), types=['patient_name', 'diagnosis'], note='long-term care resident named with clinical problem')

POS = [P_social, P_france, P_mental, P_chemo, P_ltc, P_consult_reply, P_imaging, P_roster_like, P_referral, P_signout, P_booking, P_critical, P_subject_only, P_split, P_disguised, P_split_lines, P_discharge, P_medrec, P_homecare, P_transport, P_social, P_ontario, P_belgium, P_france, P_sin_insurance, P_research, P_incident, P_mental, P_dob_only]

# ---------- negative generators ----------
def N_hr(lang):
    sf, sl, _ = sender(); f, l = pname()
    L = [R.choice(['%s %s sera en congé de maladie du 12 au 30 oct. Merci de couvrir ses quarts.' % (f, l), 'Rappel : formation RCR obligatoire le 14 nov., local B-210.', 'Votre relevé de vacances 2027 est disponible dans Logibec.', 'Le numéro d’employé de %s %s est %d.' % (f, l, R.randrange(100000, 999999))])] if lang == 'fr' else \
        [R.choice(['%s %s is on sick leave until Oct 30, please cover her shifts.' % (f, l), 'Reminder: mandatory fire safety training Nov 14, room B-210.', 'Employee #%d (%s %s) onboarding on Monday.' % (R.randrange(100000, 999999), f, l)])]
    return dict(cat='hr', subj=R.choice(['RH – avis', 'Formation', 'Remplacement']) if lang == 'fr' else R.choice(['HR notice', 'Training reminder', 'Coverage']), body=compose(lang, '', L, sf, sl, UNITS[lang][16]), note='staff HR matter, no patient')

def N_newsletter(lang):
    sf, sl, _ = sender(); dx = R.choice(DX[lang])
    L = ['INFOLETTRE – Semaine de la %s' % dx, 'Saviez-vous que 1 Québécois sur 10 est touché? Nouvelle ligne directrice 2026 disponible sur l’intranet.', 'Conférence midi jeudi : Dr %s %s présentera les avancées du traitement.' % pname()] if lang == 'fr' else \
        ['NEWSLETTER – %s awareness' % dx, 'New clinical guideline posted on the intranet.', 'Lunch & learn Thursday: Dr. %s %s on new treatments.' % pname()]
    return dict(cat='newsletter', subj='Infolettre' if lang == 'fr' else 'Newsletter', body=compose(lang, '', L, sf, sl), note='newsletter about a disease and a staff speaker')

def N_invoice(lang):
    sf, sl, _ = sender(); items = [(R.choice(['Gants nitrile M', 'Cathéter IV 20G', 'Seringues 10 mL', 'Pompe volumétrique', 'Toner HP 58A']), R.randrange(1, 500), R.randrange(2, 900)) for _ in range(R.randrange(2, 5))]
    L = ['Facture %d / Bon de commande PO-%d' % (R.randrange(10000, 99999), R.randrange(100000, 999999))] + ['%s x%d  %d,00 $' % i for i in items] + ['Lot %s  No série SN%d' % (R.choice(['A', 'B', 'K']) + str(R.randrange(100000, 999999)), R.randrange(10**8, 10**9))]
    if lang == 'en': L[0] = 'Invoice %d / PO %d' % (R.randrange(10000, 99999), R.randrange(100000, 999999))
    return dict(cat='invoice', subj=R.choice(['Facture', 'Invoice', 'PO confirmation']), body=compose(lang, '', L, sf, sl, UNITS[lang][18]), note='supplier invoice with lot and serial numbers')

def N_conference(lang):
    sf, sl, _ = sender()
    L = ['Programme – Journée scientifique %d' % R.randrange(2026, 2028)] + ['%02d:00  Dr %s %s – %s' % ((8 + i,) + pname() + (R.choice(DX[lang]),)) for i in range(4)] if lang == 'fr' else \
        ['Program – Research Day'] + ['%02d:00  Dr. %s %s – %s' % ((8 + i,) + pname() + (R.choice(DX[lang]),)) for i in range(4)]
    return dict(cat='conference', subj='Programme' if lang == 'fr' else 'Program', body=compose(lang, '', L, sf, sl), note='conference programme with speakers and disease topics')

def N_it(lang):
    sf, sl, _ = sender()
    L = [R.choice(['Le NAS \\\\fs-archives02 sera hors service samedi 02:00–06:00.', 'Panne du DSQ résolue. Ticket INC%07d.' % R.randrange(10**6, 10**7), 'Remplacement des postes : actif %d, IMEI %d.' % (R.randrange(100000, 999999), R.randrange(10**14, 10**15)), 'Mot de passe expire dans 5 jours.'])] if lang == 'fr' else \
        [R.choice(['NAS maintenance Saturday 02:00–06:00.', 'Outage on Citrix resolved, ticket INC%07d.' % R.randrange(10**6, 10**7), 'Asset tag %d reassigned; IMEI %d.' % (R.randrange(100000, 999999), R.randrange(10**14, 10**15))])]
    return dict(cat='it', subj=R.choice(['Maintenance NAS', 'Panne', 'TI - avis']) if lang == 'fr' else R.choice(['IT notice', 'Outage', 'NAS maintenance']), body=compose(lang, '', L, sf, sl, UNITS[lang][15]), note='IT notice, storage/outage/asset numbers')

def N_facilities(lang):
    sf, sl, _ = sender()
    L = [R.choice(['Stationnement P3 fermé mardi pour déneigement.', 'Menu de la cafétéria : pâté chinois jeudi.', 'Coupure d’eau aile C, 22h à 4h.'])] if lang == 'fr' else [R.choice(['Parking lot P3 closed Tuesday.', 'Cafeteria closed for renovation next week.', 'Elevator 4 out of service.'])]
    return dict(cat='facilities', subj='Avis' if lang == 'fr' else 'Facilities notice', body=compose(lang, '', L, sf, sl), note='facilities notice')

def N_stats(lang):
    sf, sl, _ = sender()
    L = ['Bilan hebdo : %d cas d’influenza à l’unité 4B, %d patients diabétiques suivis, taux d’occupation urgence %d %%.' % (R.randrange(2, 30), R.randrange(20, 300), R.randrange(90, 180))] if lang == 'fr' else ['Weekly: %d flu cases on 4B, %d C. diff cases hospital-wide, ED occupancy %d%%.' % (R.randrange(2, 30), R.randrange(1, 9), R.randrange(90, 180))]
    return dict(cat='stats_bulletin', subj='Santé publique – bilan' if lang == 'fr' else 'IPAC weekly', body=compose(lang, '', L, sf, sl), note='aggregate statistics only')

def N_teaching(lang):
    sf, sl, _ = sender(); a = R.randrange(20, 90)
    L = ['Cas clinique pour la réunion : un homme de %d ans se présente pour %s. Quel est votre diagnostic différentiel?' % (a, R.choice(['dyspnée', 'douleur thoracique', 'confusion']))] if lang == 'fr' else ['Case for rounds: a %d-year-old woman presents with %s. What next?' % (a, R.choice(['syncope', 'fever', 'chest pain']))]
    return dict(cat='teaching_case', subj='Cas clinique' if lang == 'fr' else 'Teaching case', body=compose(lang, '', L, sf, sl), note='anonymised teaching case')

def N_schedule(lang):
    sf, sl, _ = sender()
    rows = ['%s %s – %s – %s' % (l.upper(), f, R.choice(['J', 'S', 'N', 'off']), R.choice(['6N', 'Urg', 'USI', 'Bloc'])) for f, l in [pname() for _ in range(R.randrange(4, 8))]]
    L = ['Horaire de garde semaine 42 :' if lang == 'fr' else 'On-call schedule week 42:'] + rows
    return dict(cat='staff_schedule', subj='Horaire' if lang == 'fr' else 'Schedule', body=compose(lang, '', L, sf, sl), note='staff roster that resembles a list of names, staff only')

def N_job(lang):
    sf, sl, _ = sender()
    L = ['AFFICHAGE : Infirmier(ère) clinicien(ne), %s, poste permanent temps complet. Date limite : 30 oct.' % R.choice(UNITS['fr'][:10])] if lang == 'fr' else ['JOB POSTING: Clinical Pharmacist, full time, %s. Apply by Oct 30.' % R.choice(UNITS['en'][:10])]
    return dict(cat='job_posting', subj='Affichage de poste' if lang == 'fr' else 'Job posting', body=compose(lang, '', L, sf, sl), note='job posting')

def N_committee(lang):
    sf, sl, _ = sender()
    L = ['Convocation – Comité de pharmacologie, %d nov. 13h, salle %s. Ordre du jour : formulaire, ruptures d’approvisionnement.' % (R.randrange(1, 28), R.choice(['A-101', 'Zoom']))] if lang == 'fr' else ['CMDP/MAC meeting Nov %d at noon. Agenda: credentialing, policy updates.' % R.randrange(1, 28)]
    return dict(cat='committee', subj='Convocation' if lang == 'fr' else 'Meeting notice', body=compose(lang, '', L, sf, sl), note='committee notice')

def N_vendor(lang):
    f, l = pname(); dom = R.choice(['medisupply.example', 'orthoplus-inc.example'])
    L = ['Avis de rappel volontaire : lot %d, modèle X-%d. Aucun incident rapporté.' % (R.randrange(10**6, 10**7), R.randrange(100, 999))] if lang == 'fr' else ['Product recall notice: lot %d, model X-%d. Please quarantine stock.' % (R.randrange(10**6, 10**7), R.randrange(100, 999))]
    return dict(cat='vendor', subj='Rappel de produit' if lang == 'fr' else 'Recall notice', body=compose(lang, '', L, f, l, 'Service à la clientèle'), note='vendor recall with lot numbers', frm=addr(f, l, dom))

def N_colleague_dx(lang):
    sf, sl, _ = sender(); f, l = pname(); dx = R.choice(DX[lang])
    L = ['Pour les patients avec %s, référez au Dr %s %s, qui reprend la clinique dès lundi.' % (dx, f, l)] if lang == 'fr' else ['For %s referrals please contact Dr. %s %s, who now runs the clinic.' % (dx, f, l)]
    return dict(cat='colleague_disease', subj='Clinique – nouveau responsable' if lang == 'fr' else 'Clinic lead change', body=compose(lang, '', L, sf, sl), note='physician named next to the disease they treat')

def N_lookalike(lang):
    sf, sl, _ = sender(); n = gen_sin(); h = gen_ohn()
    L = ['Nouveau no de fournisseur : %s. Compte GL %s.' % (n, h)] if lang == 'fr' else ['Vendor ID %s, cost centre %s. Please update SAP.' % (n, h)]
    return dict(cat='lookalike_numbers', subj='Fournisseur – MAJ' if lang == 'fr' else 'Vendor master update', body=compose(lang, '', L, sf, sl, UNITS[lang][17]), note='supplier and accounting numbers that pass checksums')

def N_blank_form(lang):
    sf, sl, _ = sender()
    L = ['Voici le formulaire vierge de demande de consultation :', 'Nom du patient : ____________', 'NAM : ____ ____ ____', 'DDN : __/__/____', 'Motif : ____________'] if lang == 'fr' else ['Blank consult form below:', 'Patient name: ________', 'Health #: __________', 'DOB: __/__/____']
    return dict(cat='blank_form', subj='Formulaire' if lang == 'fr' else 'Form template', body=compose(lang, '', L, sf, sl), note='blank form template')

def N_clinic_phone(lang):
    sf, sl, _ = sender()
    L = ['Nouvelle ligne de la clinique d’oncologie : %s. Télécopieur : %s.' % (phone(), phone())] if lang == 'fr' else ['Oncology clinic new phone %s, fax %s.' % (phone(), phone())]
    return dict(cat='clinic_contact', subj='Coordonnées' if lang == 'fr' else 'Contact update', body=compose(lang, '', L, sf, sl), note='clinic phone numbers')

def N_finance(lang):
    sf, sl, _ = sender()
    L = ['Budget T2 : écart de %d k$ en soins infirmiers. Fermeture de période le 15.' % R.randrange(10, 900)] if lang == 'fr' else ['Q2 variance: $%dk over in nursing. Period close on the 15th.' % R.randrange(10, 900)]
    return dict(cat='finance', subj='Finances' if lang == 'fr' else 'Finance update', body=compose(lang, '', L, sf, sl, UNITS[lang][17]), note='finance update')

def N_namesake(lang):
    p = NAMS[R.randrange(len(NAMS))]; sf, sl, _ = sender()
    L = ['Dr %s %s présentera à la tournée de jeudi sur %s.' % (R.choice(FIRST), p['sur'], R.choice(DX[lang]))] if lang == 'fr' else ['Dr. %s %s will present at grand rounds on %s.' % (R.choice(FIRST), p['sur'], R.choice(DX[lang]))]
    return dict(cat='grand_rounds', subj='Tournée' if lang == 'fr' else 'Grand rounds', body=compose(lang, '', L, sf, sl), note='physician speaker and topic')

def N_pharm_bulletin(lang):
    sf, sl, _ = sender()
    L = ['Bulletin pharmaco : rupture de %s prévue jusqu’en janvier. Alternative : %s. Lot %d rappelé par le fabricant.' % (R.choice(MEDS), R.choice(MEDS), R.randrange(10**5, 10**6))] if lang == 'fr' else ['Drug shortage: %s until January. Use %s instead. DIN %08d affected.' % (R.choice(MEDS), R.choice(MEDS), R.randrange(10**7, 10**8))]
    return dict(cat='pharmacy_bulletin', subj='Bulletin pharmacie' if lang == 'fr' else 'Pharmacy bulletin', body=compose(lang, '', L, sf, sl, UNITS[lang][8]), note='drug shortage bulletin')

def N_research_admin(lang):
    sf, sl, _ = sender()
    L = ['Étude PRISMA : %d participants recrutés sur %d visés. Renouvellement CER à déposer avant le 30.' % (R.randrange(10, 90), 120)] if lang == 'fr' else ['Trial update: %d of 120 enrolled. REB renewal due on the 30th.' % R.randrange(10, 90)]
    return dict(cat='research_admin', subj='Recherche – suivi' if lang == 'fr' else 'Study update', body=compose(lang, '', L, sf, sl, UNITS[lang][13]), note='research aggregate recruitment update')

def N_quality(lang):
    sf, sl, _ = sender()
    L = ['Tableau de bord qualité T2 : %d chutes déclarées (-12 %%), %d erreurs de médication, hygiène des mains %d %%.' % (R.randrange(20, 90), R.randrange(10, 60), R.randrange(60, 95))] if lang == 'fr' else ['Q2 quality dashboard: %d falls, %d med events, hand hygiene %d%%.' % (R.randrange(20, 90), R.randrange(10, 60), R.randrange(60, 95))]
    return dict(cat='quality_dashboard', subj='Qualité T2' if lang == 'fr' else 'Quality dashboard', body=compose(lang, '', L, sf, sl), note='aggregate quality indicators')

def N_vaccine(lang):
    sf, sl, _ = sender()
    L = ['Campagne de vaccination influenza/COVID pour le personnel : cliniques mobiles du 2 au 20 nov. Apportez votre carte d’employé.'] if lang == 'fr' else ['Staff flu shot clinics Nov 2–20, bring your badge. Walk-ins welcome.']
    return dict(cat='vaccination_campaign', subj='Vaccination' if lang == 'fr' else 'Flu shots', body=compose(lang, '', L, sf, sl), note='staff vaccination campaign notice')

NEG = [N_quality, N_vaccine, N_pharm_bulletin, N_research_admin, N_hr, N_newsletter, N_invoice, N_conference, N_it, N_facilities, N_stats, N_teaching, N_schedule, N_job, N_committee, N_vendor, N_colleague_dx, N_lookalike, N_blank_form, N_clinic_phone, N_finance, N_namesake]

# ---------- attachments ----------
FIXED = (2026, 10, 5, 8, 0, 0)
def fix_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data)); out = io.BytesIO()
    zout = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
    for info in sorted(zin.infolist(), key=lambda i: i.filename):
        b = zin.read(info.filename)
        if info.filename.endswith('core.xml') or info.filename.endswith('app.xml'):
            b = re.sub(rb'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?', b'2026-10-05T08:00:00Z', b)
        zi = zipfile.ZipInfo(info.filename, FIXED); zi.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(zi, b)
    zout.close(); return out.getvalue()

def make_pdf(lines):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.pdfgen import canvas
    buf = io.BytesIO(); c = canvas.Canvas(buf, invariant=1); y = 800
    for ln in lines:
        c.drawString(50, y, ln); y -= 16
    c.save(); return buf.getvalue()
def make_docx(lines):
    import docx
    d = docx.Document()
    for ln in lines: d.add_paragraph(ln)
    buf = io.BytesIO(); d.save(buf); return fix_zip(buf.getvalue())
def make_xlsx(rows):
    import openpyxl
    wb = openpyxl.Workbook(); ws = wb.active
    for r in rows: ws.append(r)
    wb.properties.created = datetime.datetime(2026, 10, 5, 8); wb.properties.modified = datetime.datetime(2026, 10, 5, 8)
    buf = io.BytesIO(); wb.save(buf); return fix_zip(buf.getvalue())
def make_zip(files):
    out = io.BytesIO(); z = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
    for n, b in files:
        zi = zipfile.ZipInfo(n, FIXED); zi.compress_type = zipfile.ZIP_DEFLATED; z.writestr(zi, b)
    z.close(); return out.getvalue()
def make_ics(summary, desc):
    return ('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CHU Exemple//Agenda//FR\r\nBEGIN:VEVENT\r\nUID:%d@chu-exemple.example\r\nDTSTAMP:20261005T080000Z\r\nDTSTART:20261112T140000Z\r\nDTEND:20261112T150000Z\r\nSUMMARY:%s\r\nDESCRIPTION:%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n' % (R.randrange(10**8), summary, desc.replace('\n', '\\n').replace(',', '\\,'))).encode('utf-8')
def make_vcf(name, tel, note):
    return ('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:%s\r\nTEL;TYPE=HOME:%s\r\nNOTE:%s\r\nEND:VCARD\r\n' % (name, tel, note)).encode('utf-8')

def attachify(m, lang, positive):
    """Move the core lines of body into an attachment; keep body short."""
    kind = R.choice(['pdf', 'docx', 'xlsx', 'csv', 'ics', 'vcf', 'zip'] if positive else ['pdf', 'docx', 'xlsx', 'csv', 'ics'])
    core = [l for l in m['body'].split('\n\n')[1 if m['body'].split('\n\n')[0].endswith((',', '-')) else 0].split('\n') if l.strip()]
    name = {'fr': ['document', 'liste', 'rapport', 'piece_jointe'], 'en': ['document', 'list', 'report', 'attachment']}[lang]
    base = R.choice(name) + '_%d' % R.randrange(100, 999)
    if kind == 'pdf': att = (base + '.pdf', 'application', 'pdf', make_pdf(core))
    elif kind == 'docx': att = (base + '.docx', 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx(core))
    elif kind == 'xlsx': att = (base + '.xlsx', 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx([[c] for c in core]))
    elif kind == 'csv': att = (base + '.csv', 'text', 'csv', ('\r\n'.join('"%s"' % c.replace('"', "'") for c in core) + '\r\n').encode('utf-8'))
    elif kind == 'ics': att = ('invitation.ics', 'text', 'calendar', make_ics(R.choice(['RV', 'Rencontre', 'Appointment', 'Meeting']), '\n'.join(core)))
    elif kind == 'vcf' and m.get('vc'): att = (re.sub(r'\W+', '_', m['vc'][0]) + '.vcf', 'text', 'vcard', make_vcf(*m['vc']))
    elif kind == 'vcf': kind = 'pdf'; att = (base + '.pdf', 'application', 'pdf', make_pdf(core))
    else: att = (base + '.zip', 'application', 'zip', make_zip([(base + '.txt', '\n'.join(core).encode('utf-8'))]))
    sf, sl, _ = sender()
    short = R.choice(['Voir pièce jointe.', 'Ci-joint, merci.', 'PJ', 'Document en pièce jointe comme demandé.']) if lang == 'fr' else R.choice(['See attached.', 'Attached as requested.', 'pls see attachment', 'Attached.'])
    m['body'] = compose(lang, '', [short], sf, sl)
    m['atts'] = m.get('atts', []) + [att]
    m['cat'] = m['cat'] + '_' + kind
    m['note'] = m['note'] + ' (in %s attachment)' % kind
    return m

# ---------- threading ----------
def quote_reply(m, lang):
    f, l, a = sender(False)
    d = BASE + datetime.timedelta(hours=R.randrange(1, 2000))
    style = R.randrange(3)
    if style == 0:
        head = ('Le %s, %s a écrit :' if lang == 'fr' else 'On %s, %s wrote:') % (email.utils.format_datetime(d), a)
        quoted = '\n'.join('> ' + x for x in m['body'].split('\n'))
    else:
        head = ('-----Message d\'origine-----\nDe : %s\nEnvoyé : %s\nObjet : %s' if lang == 'fr' else '-----Original Message-----\nFrom: %s\nSent: %s\nSubject: %s') % (a, d.strftime('%Y-%m-%d %H:%M'), m['subj'])
        quoted = m['body']
    top = R.choice(['Ok, c’est noté.', 'Reçu, on s’en occupe.', 'Parfait merci', 'Je transfère à l’équipe.']) if lang == 'fr' else R.choice(['Got it, thanks.', 'Will do.', 'ok', 'Looping in the team.'])
    m['body'] = top + '\n\n' + head + '\n' + quoted
    m['subj'] = ('RE: ' if R.random() < .7 else 'Re: ') + m['subj']
    m['cat'] += '_reply'
    m['note'] += ' (quoted reply)'
    return m

def inline_forward(m, lang):
    f, l, a = sender()
    top = R.choice(['Pour info.', 'FYI', 'À traiter svp', 'Peux-tu regarder?']) if (lang == 'fr' or R.random() < .3) else R.choice(['FYI', 'Please handle', 'see below'])
    m['body'] = top + '\n\n---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\n\n' % (a, email.utils.format_datetime(BASE + datetime.timedelta(hours=R.randrange(1, 900))), m['subj']) + m['body']
    m['subj'] = R.choice(['TR: ', 'Fwd: ', 'FW: ']) + m['subj']
    m['cat'] += '_fwd'
    m['note'] += ' (inline forward)'
    return m

# ---------- building ----------
CHARSETS = ['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252']
CTES = ['quoted-printable', 'base64', '8bit']
_mid = [0]

def build(m, lang, transport):
    frm = m.get('frm') or sender()[2]
    to = [sender(R.random() < .35)[2] for _ in range(R.randrange(1, 3))]
    msg = EmailMessage()
    msg['From'] = frm
    msg['To'] = ', '.join(to)
    if R.random() < .3: msg['Cc'] = sender(R.random() < .5)[2]
    msg['Subject'] = m['subj']
    d = BASE + datetime.timedelta(minutes=R.randrange(0, 60 * 24 * 60))
    msg['Date'] = email.utils.format_datetime(d)
    _mid[0] += 1
    msg['Message-ID'] = '<%d.%06d.%s@%s>' % (_mid[0], R.randrange(10**6), 'ms' if R.random() < .5 else 'outl', frm.split('@')[1].rstrip('>'))
    if R.random() < .15: msg['X-Mailer'] = R.choice(['Microsoft Outlook 16.0', 'Apple Mail (2.3654)', 'Thunderbird 128.2'])
    body = m['body']
    cs = R.choice(CHARSETS)
    try: body.encode(cs)
    except UnicodeEncodeError: cs = 'utf-8'
    cte = R.choice(CTES)
    esc = lambda s: s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    html = '<html><body style="font-family:%s">%s</body></html>\n' % (R.choice(['Calibri', 'Arial', 'Segoe UI']), ''.join('<p>%s</p>' % esc(p).replace('\n', '<br>\n') for p in body.split('\n\n')))
    if transport == 'plain':
        msg.set_content(body, charset=cs, cte=cte)
    elif transport == 'html':
        msg.set_content(html, subtype='html', charset=cs, cte=cte)
    else:
        msg.set_content(body, charset=cs, cte=cte)
        msg.add_alternative(html, subtype='html', charset=cs, cte=R.choice(CTES))
    for fn, mt, st, data in m.get('atts', []):
        if mt == 'text':
            msg.add_attachment(data.decode('utf-8'), subtype=st, charset='utf-8', filename=fn)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return msg

def attach_eml(inner, lang):
    sf, sl, _ = sender()
    outer = EmailMessage()
    outer['From'] = sender()[2]; outer['To'] = sender(False)[2]
    outer['Subject'] = 'TR: ' + str(inner['Subject'])
    outer['Date'] = email.utils.format_datetime(BASE + datetime.timedelta(minutes=R.randrange(0, 86400)))
    _mid[0] += 1
    outer['Message-ID'] = '<fw%d.%06d@chu-exemple.example>' % (_mid[0], R.randrange(10**6))
    outer.set_content(compose(lang, '', [R.choice(['Message transféré en pièce jointe.', 'Voir le courriel joint.']) if lang == 'fr' else R.choice(['Forwarding as attachment.', 'See attached email.'])], sf, sl))
    outer.add_attachment(inner)  # message/rfc822
    return outer

def main():
    ap = argparse.ArgumentParser(); ap.add_argument('--out', default=HERE); a = ap.parse_args()
    out = a.out
    for sub in ('positive', 'negative'):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith('.eml'): os.remove(os.path.join(out, sub, f))
    plan = [True] * 110 + [False] * 150
    R.shuffle(plan)
    cyc = {True: [], False: []}
    labels = {}; np_ = nn_ = 0; stats = {'transport': {}, 'lang': {}, 'cat': {}, 'eol': {}}
    for i, pos in enumerate(plan):
        lang = R.choice(['fr', 'en'])
        if not cyc[pos]:
            cyc[pos] = list(POS if pos else NEG); R.shuffle(cyc[pos])
        gen = cyc[pos].pop()
        m = gen(lang)
        m.setdefault('types', [])
        if not pos: m['types'] = []
        r = R.random()
        if r < (0.28 if pos else 0.15): m = attachify(m, lang, pos)
        r2 = R.random()
        if r2 < 0.2: m = quote_reply(m, lang)
        elif r2 < 0.3: m = inline_forward(m, lang)
        transport = R.choice(['plain', 'plain', 'html', 'alt'])
        msg = build(m, lang, transport)
        if R.random() < 0.06:
            msg = attach_eml(msg, lang); m['cat'] += '_emlfwd'; m['note'] += ' (forwarded as attached .eml)'; transport = 'eml'
        if m.get('atts'): transport += '+att'
        for part in msg.walk():
            if part.is_multipart():
                part.set_boundary('----=_Part_%d_%010d' % (i, R.randrange(10**10)))
            if part.get_content_type() == 'message/rfc822':
                for sp in part.get_payload()[0].walk():
                    if sp.is_multipart(): sp.set_boundary('----=_Inner_%d_%010d' % (i, R.randrange(10**10)))
        crlf = R.random() < 0.4
        data = msg.as_bytes(policy=email.policy.default.clone(linesep='\r\n' if crlf else '\n'))
        if pos: np_ += 1; fn = 'positive/p%03d_%s.eml' % (np_, m['cat'])
        else: nn_ += 1; fn = 'negative/n%03d_%s.eml' % (nn_, m['cat'])
        with open(os.path.join(out, fn), 'wb') as fh: fh.write(data)
        labels[fn] = {'confidential': pos, 'types': sorted(set(m['types'])), 'lang': lang, 'note': m['note']}
        for k, v in (('transport', transport), ('lang', lang), ('cat', ('P:' if pos else 'N:') + gen.__name__[2:]), ('eol', 'CRLF' if crlf else 'LF')):
            stats[k][v] = stats[k].get(v, 0) + 1
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True); fh.write('\n')
    check(out, labels)
    h = hashlib.sha256()
    for fn in sorted(labels) + ['labels.json']:
        h.update(fn.encode()); h.update(open(os.path.join(out, fn), 'rb').read())
    print('positives', np_, 'negatives', nn_)
    for k in stats: print(k, json.dumps(dict(sorted(stats[k].items())), ensure_ascii=False))
    print('sha256', h.hexdigest())

def check(out, labels):
    files = sorted('%s/%s' % (d, f) for d in ('positive', 'negative') for f in os.listdir(os.path.join(out, d)) if f.endswith('.eml'))
    assert files == sorted(labels), 'labels do not cover files'
    for fn in files:
        lab = labels[fn]
        assert lab['confidential'] == fn.startswith('positive/')
        assert (len(lab['types']) > 0) == lab['confidential'], fn
        msg = email.message_from_bytes(open(os.path.join(out, fn), 'rb').read(), policy=email.policy.default)
        assert not msg.defects, (fn, msg.defects)
        for part in msg.walk():
            assert not part.defects, (fn, part.defects)
            if part.is_multipart(): continue
            c = part.get_content()
            assert c is not None
    print('check ok:', len(files), 'files')

if __name__ == '__main__':
    main()
