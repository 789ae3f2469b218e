# Positive (confidential) categories. Every message carries data about an identifiable patient.
from common import *  # noqa


def A(p):
    return '%s <%s>' % (p['name'], p['addr'])


def lang_of(C, p_fr=0.48):
    return 'fr' if C.rng.random() < p_fr else 'en'


def spec(lang, frm, to, subject, body, types, note, **kw):
    d = dict(lang=lang, frm=frm, to=to, subject=subject, body=body, types=types, note=note)
    d.update(kw)
    return d


def G(text, p):
    """Resolve inclusive-writing placeholders according to the patient's sex."""
    text = text.replace('conjoint(e)', '\x00')
    F = p['sex'] == 'F'
    for a, m, f in [('la patiente/le patient', 'le patient', 'la patiente'), ('Le/la patient(e)', 'Le patient', 'La patiente'),
                    ('le/la', 'le', 'la'), ('la/le', 'le', 'la'), ('Il/elle', 'Il', 'Elle'),
                    ('lui-même/elle-même', 'lui-même', 'elle-même'), ('anxieux(se)', 'anxieux', 'anxieuse'), ('(e)', '', 'e')]:
        text = text.replace(a, f if F else m)
    return text.replace('\x00', 'conjoint(e)')


def dob_s(p, lang, style=None):
    d = p['dob']
    styles = ['%Y-%m-%d', '%d/%m/%Y', '%d-%m-%Y'] if lang == 'fr' else ['%Y-%m-%d', '%m/%d/%Y', '%d %b %Y']
    return d.strftime(styles[style if style is not None else 0])


def nam_s(n, C=None, style=None):
    r = C.rng if C else None
    style = style if style is not None else (r.randrange(4) if r else 0)
    if style == 0:
        return n
    if style == 1:
        return '%s %s %s' % (n[:4], n[4:8], n[8:])
    if style == 2:
        return n.lower()
    return '%s-%s-%s' % (n[:4], n[4:8], n[8:])


DX_SURG = [('cholécystite aiguë lithiasique', 'acute calculous cholecystitis', 'cholécystectomie par laparoscopie', 'laparoscopic cholecystectomy'),
           ('hernie inguinale droite symptomatique', 'symptomatic right inguinal hernia', 'cure de hernie inguinale (Lichtenstein)', 'open inguinal hernia repair'),
           ('adénocarcinome du côlon sigmoïde', 'sigmoid colon adenocarcinoma', 'sigmoïdectomie laparoscopique', 'laparoscopic sigmoid colectomy'),
           ('appendicite aiguë', 'acute appendicitis', 'appendicectomie laparoscopique', 'laparoscopic appendectomy'),
           ('néoplasie du sein gauche (CCI)', 'left breast IDC', 'tumorectomie + ganglion sentinelle', 'lumpectomy + sentinel node biopsy'),
           ('hernie ombilicale incarcérée', 'incarcerated umbilical hernia', 'cure de hernie ombilicale', 'umbilical hernia repair'),
           ('occlusion sur brides', 'adhesive small bowel obstruction', 'laparotomie exploratrice', 'exploratory laparotomy')]
MEDS = ['metformine 500 mg BID', 'apixaban 5 mg BID', 'ramipril 10 mg DIE', 'atorvastatine 40 mg HS',
        'hydromorphone 1 mg PO q4h PRN', 'pantoprazole 40 mg DIE', 'levothyroxine 75 mcg DIE',
        'warfarine selon RNI', 'insuline glargine 22 U HS', 'ondansétron 4 mg q8h PRN', 'furosémide 40 mg DIE',
        'sertraline 100 mg DIE', 'méthadone 60 mg DIE (CRD)', 'tamoxifène 20 mg DIE', 'prednisone 50 mg DIE']


# ---------------------------------------------------------------- referral
def referral(C, i):
    r = C.rng
    lang = lang_of(C)
    s = C.md(lang)
    e = C.ext(lang)
    p = C.nam_patient()
    dx = r.choice(DX_SURG)
    d = C.when()
    if lang == 'fr':
        subj = r.choice(['Demande de consultation - %s %s' % (p['last'].upper(), p['first']),
                         'Référence chirurgie générale', 'TR: demande de consult %s' % dx[0].split(' ')[0]])
        body = ('Bonjour %s %s,\n\nJe vous réfère %s %s %s, %s le %s (NAM %s), pour %s.\n'
                'ATCD : HTA, DB2. Med : %s, %s.\n%s\n\nMerci de le/la voir en priorité %s.\n\n%s' % (
                    e['title'], e['last'], hon(p, 'fr'), p['first'], p['last'], ne(p), dfr(p['dob']),
                    nam_s(p['nam'], C), dx[0], r.choice(MEDS), r.choice(MEDS),
                    r.choice(['Écho abdo faite le mois dernier, rapport joint au dossier.', 'Bilan sanguin normal sauf Hb 104.', '']),
                    r.choice(['P2', 'P3', '(délai < 4 sem.)']), sig(s, 'fr')))
        types = ['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'medication']
        note = 'referral naming patient with NAM, birth date, diagnosis and medications'
    else:
        subj = r.choice(['Referral - %s, %s' % (p['last'], p['first']), 'Consult request general surgery',
                         'New referral (%s)' % dx[1]])
        body = ('Hi %s %s,\n\nPlease see %s %s %s (DOB %s, RAMQ %s) for %s. %s is on %s.\n'
                'CT done %s, report in chart.\n\nThanks,\n\n%s' % (
                    e['title'], e['last'], hon(p, 'en'), p['first'], p['last'], dob_s(p, 'en', r.randrange(3)),
                    nam_s(p['nam'], C), dx[1], he(p).capitalize(), r.choice(MEDS), den(d), sig(s, 'en')))
        types = ['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'medication']
        note = 'English referral with patient name, NAM, DOB and diagnosis'
    body = G(body, p)
    return spec(lang, A(s), A(e), subj, body, types, note, date=d)


# ---------------------------------------------------------------- consult reply
def consult_reply(C, i):
    r = C.rng
    lang = lang_of(C)
    s = C.md(lang)
    e = C.ext(lang)
    p = C.pat()
    dx = r.choice(DX_SURG)
    d = C.when()
    op = C.future(d)
    if lang == 'fr':
        subj = 'Re: consultation %s %s (dossier %s)' % (p['first'], p['last'], p['mrn'])
        body = ('Bonjour,\n\nVu en clinique ce matin. Dx : %s. Je propose %s, planifiée le %s. '
                'Cessera son anticoagulant 3 jours avant, vu en préop.\n\nCordialement\n\n%s' % (
                    dx[0], dx[2], dfr(op), sig(s, 'fr', disclaimer=r.random() < .5)))
        note = 'consult reply: patient name and chart number in subject, diagnosis and surgery plan in body'
    else:
        subj = 'RE: consult %s %s, MRN %s' % (p['first'], p['last'], p['mrn'])
        body = ('Hello,\n\nSaw %s in clinic today. Dx: %s. Plan: %s on %s. Hold anticoagulation 72h before.\n\n'
                'Best,\n%s' % (hon(p, 'en') + ' ' + p['last'], dx[1], dx[3], den(op), sig(s, 'en', disclaimer=False)))
        note = 'consult reply naming patient with MRN, diagnosis and plan'
    return spec(lang, A(s), A(e), subj, body, ['patient_name', 'mrn', 'diagnosis'], note, date=d)


# ---------------------------------------------------------------- sign-out list
def signout_list(C, i):
    r = C.rng
    lang = lang_of(C, .6)
    s = C.staff(lang)
    d = C.when()
    rows = []
    for k in range(r.randrange(4, 8)):
        p = C.pat()
        dx = r.choice(DX_SURG)
        bed = '%d%02d%s' % (r.choice([4, 5, 6]), r.randrange(1, 30), r.choice(['', '-A', '-B']))
        if lang == 'fr':
            todo = r.choice(['f/u FSC AM', 'NPO minuit, OR demain', 'drain JP à retirer', 'congé prévu si tolère diète',
                             'douleur mal contrôlée, revoir PCA', 'K 3,1 -> remplacer', 'attend CT abdo'])
            rows.append('%s  %s, %s  %s  POD%d %s - %s' % (bed, p['last'].upper(), p['first'], p['mrn'], r.randrange(0, 6),
                                                          ' '.join(dx[2].split()[:3]), todo))
        else:
            todo = r.choice(['f/u CBC in AM', 'NPO after midnight, OR tmrw', 'remove JP drain', 'd/c home if tol diet',
                             'pain poorly controlled, review PCA', 'K 3.1 replace', 'awaiting CT abdo'])
            rows.append('%s  %s, %s  MRN %s  POD%d %s - %s' % (bed, p['last'].upper(), p['first'], p['mrn'], r.randrange(0, 6),
                                                              ' '.join(dx[3].split()[:3]), todo))
    to = r.choice(['chir.garde@%s' % DOM, 'residents.chirurgie@%s' % DOM, 'r2.gen.surg@%s' % 'gmail.example'])
    if lang == 'fr':
        subj = r.choice(['Liste de garde chx %s' % d.strftime('%d/%m'), 'sign-out 5e', 'Passation soir'])
        body = 'Salut, voici la liste pour ce soir:\n\n' + '\n'.join(rows) + '\n\nBonne garde!\n' + s['first'] + '\n'
    else:
        subj = r.choice(['Sign-out gen surg %s' % d.strftime('%m/%d'), 'handover list', 'Signout 5th floor'])
        body = 'Hey, list for tonight:\n\n' + '\n'.join(rows) + '\n\nPage me if needed.\n' + s['first'] + '\n'
    return spec(lang, A(s), to, subj, body, ['patient_name', 'mrn', 'diagnosis'],
                'handover list of several inpatients with chart numbers and clinical to-dos', date=d,
                mode=r.choice([None, 'plain']))


# ---------------------------------------------------------------- booking surgery
def booking_surgery(C, i):
    r = C.rng
    lang = lang_of(C)
    s = C.staff(lang)
    p = C.nam_patient()
    dx = r.choice(DX_SURG)
    d = C.when()
    op = C.future(d, 7, 50)
    an = r.choice(['AG', 'rachi', 'AG + bloc TAP'])
    if lang == 'fr':
        subj = 'Réservation salle d\'op - %s' % dx[2]
        body = ('Bonjour Louise,\n\nSVP réserver :\n\nPatient(e) : %s, %s\nNAM : %s   DDN : %s   Sexe : %s\n'
                'Chirurgie : %s\nDurée : %d min  Anesthésie : %s\nDate souhaitée : %s\nParticularités : %s\n\nMerci\n%s' % (
                    p['last'].upper(), p['first'], nam_s(p['nam'], C), dob_s(p, 'fr'), p['sex'], dx[2],
                    r.choice([60, 90, 120, 180]), an, dfr(op), r.choice(['apnée du sommeil (CPAP)', 'allergie latex',
                                                                          'IMC 41', 'sous Eliquis', 'aucune']), sig(s, 'fr')))
    else:
        subj = 'OR booking request - %s %s' % (p['first'][0], p['last'])
        body = ('Hi Louise,\n\nPlease book:\n\nName: %s %s\nRAMQ: %s  DOB: %s  Sex: %s\nProcedure: %s\n'
                'Est. time %d min, GA\nPreferred date: %s\nNotes: %s\n\nThanks\n%s' % (
                    p['first'], p['last'], nam_s(p['nam'], C), dob_s(p, 'en'), p['sex'], dx[3], r.choice([60, 90, 120]),
                    den(op), r.choice(['OSA on CPAP', 'latex allergy', 'BMI 41', 'on apixaban', 'none']), sig(s, 'en')))
    body = G(body, p)
    return spec(lang, A(s), 'Louise Gravel <louise.gravel@%s>' % DOM, subj, body,
                ['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis'], 'OR booking form with patient identity, NAM and procedure', date=d)


# ---------------------------------------------------------------- reschedule (subject carries identity)
def reschedule(C, i):
    r = C.rng
    lang = lang_of(C)
    s = C.staff(lang)
    p = C.pat()
    d = C.when()
    nd = C.future(d, 5, 30)
    if lang == 'fr':
        subj = 'Report chx %s %s #%s' % (p['last'].upper(), p['first'], p['mrn'])
        body = ('Bonjour,\n\nSVP reporter au %s. %s est en isolement (C. difficile) jusqu\'à nouvel ordre.\n\nMerci\n%s' % (
            dfr(nd, True), il(p).capitalize(), s['first']))
        if r.random() < .5:
            body = ('Bonjour,\n\nSVP reporter au %s, la patiente/le patient a appelé : hospitalisé(e) ailleurs.\n\nMerci\n%s' % (
                dfr(nd, True), s['first']))
            types = ['patient_name', 'mrn']
        else:
            types = ['patient_name', 'mrn', 'diagnosis']
    else:
        subj = 'Reschedule %s, %s MRN %s' % (p['last'], p['first'], p['mrn'])
        body = 'Hi,\n\nPlease move to %s - pt tested COVID+ yesterday.\n\nThx\n%s' % (den(nd, True), s['first'])
        types = ['patient_name', 'mrn', 'diagnosis']
    body = G(body, p)
    return spec(lang, A(s), 'planification.bloc@%s' % DOM, subj, body, types,
                'short rescheduling request; patient identity and chart number in the subject', date=d)


# ---------------------------------------------------------------- critical lab value
def critical_value(C, i):
    r = C.rng
    lang = lang_of(C)
    s = C.staff(lang)
    p = C.pat()
    d = C.when()
    test = r.choice([('K+', '6,8 mmol/L', '6.8 mmol/L'), ('Hb', '62 g/L', '62 g/L'), ('Na+', '118 mmol/L', '118 mmol/L'),
                     ('Troponine hs', '1240 ng/L', '1240 ng/L'), ('Glucose', '1,9 mmol/L', '1.9 mmol/L'),
                     ('Plaquettes', '14 x10^9/L', '14 x10^9/L')])
    e = C.ext(lang)
    if lang == 'fr':
        subj = 'VALEUR CRITIQUE - %s' % p['last'].upper()
        body = (e['title'] + ' %s,\n\nValeur critique pour votre patient(e) %s %s (dossier %s, DDN %s) :\n%s = %s (prélevé %s)\n\n'
                'Impossible de vous joindre au cabinet, merci de rappeler le labo au 418-555-0142.\n\n'
                'Laboratoire de biologie médicale\nCISSS de l\'Exemple' % (
                    e['last'], p['first'], p['last'], p['mrn'], dob_s(p, 'fr', 1), test[0], test[1], d.strftime('%d/%m %H:%M')))
    else:
        subj = 'CRITICAL VALUE %s %s' % (p['first'], p['last'])
        body = (e['title'] + ' %s,\n\nCritical result for %s %s (MRN %s, DOB %s):\n%s = %s collected %s\n\n'
                'Could not reach your office by phone. Please call the lab back at 418-555-0142.\n\n'
                'Core Laboratory\nCISSS de l\'Exemple' % (
                    e['last'], p['first'], p['last'], p['mrn'], dob_s(p, 'en', 1), test[0], test[2], d.strftime('%m/%d %H:%M')))
    body = G(body, p)
    return spec(lang, 'Laboratoire CISSS Exemple <labo.valeurs-critiques@%s>' % DOM, A(e), subj, body,
                ['patient_name', 'mrn', 'date_of_birth', 'lab_result'], 'critical lab value for a named patient', date=d)


# ---------------------------------------------------------------- imaging report
IMG = [('TDM abdo-pelvienne', 'CT abdomen/pelvis', 'masse hépatique de 3,2 cm segment VI, suspecte de métastase',
        '3.2 cm segment VI liver lesion suspicious for metastasis'),
       ('TDM thorax', 'CT chest', 'nodule spiculé LSD 18 mm, Lung-RADS 4B', 'spiculated RUL nodule 18 mm, Lung-RADS 4B'),
       ('Écho abdominale', 'Abdominal US', 'vésicule lithiasique, paroi épaissie 5 mm, Murphy échographique +',
        'gallstones, wall 5 mm, positive sonographic Murphy'),
       ('Mammographie diagnostique', 'Diagnostic mammogram', 'lésion BI-RADS 5 QSE sein droit', 'BI-RADS 5 lesion R breast UOQ'),
       ('IRM pelvienne', 'Pelvic MRI', 'tumeur rectale T3N1, FCR menacé', 'T3N1 rectal tumour, CRM threatened')]


def imaging_report(C, i):
    r = C.rng
    site = 'be' if i < 2 else 'qc'
    if site == 'be':
        p = C.pat('be')
        st, first, last, dept = BE_STAFF[3]
        im = r.choice(IMG)
        d = C.when()
        body = ('Cher Confrère,\n\nSuite à votre demande, ci-dessous le protocole de l\'examen « %s » réalisé chez %s %s %s '
                '(NISS %s), %s le %s :\n\nConclusion : %s.\n\nNous restons à votre disposition.\n\nConfraternellement,\n\n'
                'Dr %s %s\nService d\'imagerie médicale\nCHR Liège-Exemple, Boulevard du 12e de Ligne 1, 4000 Liège\n' % (
                    im[0], hon(p, 'fr'), p['first'], p['last'].upper(), fmt_niss(p['niss'], r.randrange(2)), ne(p),
                    p['dob'].strftime('%d/%m/%Y'), im[2], first, last))
        return spec('fr', 'Dr %s %s <%s.%s@%s>' % (first, last, ascii_(first), ascii_(last), BE_DOM),
                    'Dr Nicolas Giroux <nicolas.giroux@%s>' % DOM, 'Protocole %s - %s %s' % (im[0], p['last'].upper(), p['first']),
                    body, ['patient_name', 'be_niss', 'date_of_birth', 'diagnosis'],
                    'imaging report from Belgian partner with patient name and NISS', date=d, site='be')
    lang = lang_of(C)
    s = C.md(lang)
    e = C.ext(lang)
    p = C.nam_patient()
    im = r.choice(IMG)
    d = C.when()
    if lang == 'fr':
        body = ('Bonjour,\n\nRésultat important à suivre pour %s %s %s (NAM %s) :\n%s du %s : %s.\n'
                'Recommandation : corrélation clinique et référence en oncologie.\n\n%s' % (
                    hon(p, 'fr'), p['first'], p['last'], nam_s(p['nam'], C), im[0], d.strftime('%d/%m'), im[2], sig(s, 'fr')))
        subj = 'Résultat imagerie à suivre'
    else:
        body = ('Hello,\n\nActionable finding for %s %s (RAMQ %s):\n%s dated %s: %s.\n'
                'Suggest oncology referral.\n\n%s' % (p['first'], p['last'], nam_s(p['nam'], C), im[1], d.strftime('%Y-%m-%d'), im[3],
                                                    sig(s, 'en')))
        subj = 'Actionable imaging finding - f/u required'
    return spec(lang, A(s), A(e), subj, body, ['patient_name', 'ramq_nam', 'diagnosis'],
                'imaging follow-up with patient name, NAM and finding', date=d)


# ---------------------------------------------------------------- discharge summary (PDF)
def discharge_summary(C, i):
    r = C.rng
    lang = lang_of(C)
    s = C.md(lang)
    e = C.ext(lang)
    p = C.nam_patient()
    dx = r.choice(DX_SURG)
    d = C.when()
    adm = d - datetime.timedelta(days=r.randrange(2, 9))
    meds = r.sample(MEDS, 3)
    if lang == 'fr':
        lines = ['Patient(e) : %s, %s' % (p['last'].upper(), p['first']), 'NAM : %s    Date de naissance : %s' % (p['nam'], dob_s(p, 'fr')),
                 'Dossier : %s' % p['mrn'], 'Admission : %s    Congé : %s' % (adm.strftime('%Y-%m-%d'), d.strftime('%Y-%m-%d')),
                 'Diagnostic principal : %s' % dx[0], 'Intervention : %s' % dx[2], 'Médication au congé :'] + \
                ['  - ' + m for m in meds] + ['Suivi : clinique de chirurgie dans 2 semaines.', 'Médecin traitant : %s %s' % (e['title'], e['name'])]
        body = ('Bonjour,\n\nCi-joint le sommaire d\'hospitalisation de votre patient(e). Bonne journée.\n\n%s' % sig(s, 'fr'))
        title = 'Résumé de départ'
        subj = 'Sommaire de congé'
    else:
        lines = ['Patient: %s, %s' % (p['last'].upper(), p['first']), 'RAMQ: %s    DOB: %s' % (p['nam'], dob_s(p, 'en')),
                 'MRN: %s' % p['mrn'], 'Admitted: %s    Discharged: %s' % (adm.strftime('%Y-%m-%d'), d.strftime('%Y-%m-%d')),
                 'Principal diagnosis: %s' % dx[1], 'Procedure: %s' % dx[3], 'Discharge medications:'] + \
                ['  - ' + m for m in meds] + ['Follow-up: surgery clinic in 2 weeks.']
        body = 'Hello,\n\nPlease find attached the discharge summary for your patient.\n\n%s' % sig(s, 'en')
        title = 'Discharge summary'
        subj = 'Discharge summary'
    body = G(body, p)
    pdf = make_pdf(title, lines)
    fn = '%s_%s.pdf' % (title.replace(' ', '_').replace('é', 'e'), d.strftime('%Y%m%d'))
    return spec(lang, A(s), A(e), subj, body,
                ['patient_name', 'ramq_nam', 'date_of_birth', 'mrn', 'diagnosis', 'medication'],
                'generic cover note; attached PDF discharge summary identifies the patient', date=d,
                attachments=[('bytes', 'application', 'pdf', fn, pdf)])


# ---------------------------------------------------------------- medication reconciliation
def med_reconciliation(C, i):
    r = C.rng
    lang = lang_of(C)
    s = dict(first='Véronique', last='Dionne', title='', role='pharmacienne' if lang == 'fr' else 'pharmacist',
             dept='pharmacie' if lang == 'fr' else 'pharmacy', addr='veronique.dionne@%s' % DOM, name='Véronique Dionne')
    e = C.ext(lang, 'pharm')
    p = C.pat()
    meds = r.sample(MEDS, r.randrange(3, 6))
    d = C.when()
    if lang == 'fr':
        subj = 'Bilan comparatif des médicaments - %s %s' % (p['first'], p['last'])
        body = ('Bonjour,\n\nPour le BCM de %s %s (DDN %s), pouvez-vous confirmer le profil suivant svp ?\n\n%s\n\n'
                'Le/la patient(e) dit ne plus prendre : %s. Merci de faxer le profil au 418-555-0199.\n\n%s' % (
                    hon(p, 'fr'), p['last'], dob_s(p, 'fr', 1), '\n'.join('- ' + m for m in meds), meds[0].split(' ')[0], sig(s, 'fr')))
    else:
        subj = 'Med rec - %s %s' % (p['first'], p['last'])
        body = ('Hi,\n\nDoing med rec for %s %s (DOB %s). Can you confirm the active profile?\n\n%s\n\n'
                'Please fax to 418-555-0199.\n\n%s' % (hon(p, 'en'), p['last'], dob_s(p, 'en', 1), '\n'.join('* ' + m for m in meds),
                                                       sig(s, 'en')))
    body = G(body, p)
    return spec(lang, A(s), A(e), subj, body, ['patient_name', 'date_of_birth', 'medication'],
                'medication reconciliation with patient name, birth date and drug list', date=d)


# ---------------------------------------------------------------- home care request (address, phone; vCard sometimes)
def home_care(C, i):
    r = C.rng
    lang = lang_of(C)
    s = C.staff(lang)
    p = C.nam_patient() if r.random() < .5 else C.pat()
    a = C.addr()
    ph = C.phone()
    d = C.when()
    to = 'Lucie Arsenault <l.arsenault@clsc-haute-ville.example>'
    atts = []
    if lang == 'fr':
        subj = 'Demande SAD - congé %s' % d.strftime('%d/%m')
        body = ('Bonjour,\n\nDemande de soins à domicile pour %s %s %s%s, congé prévu demain.\n'
                'Adresse : %s, %s %s\nTél. : %s (conjoint(e))\nBesoin : soins de plaie (stomie), enseignement, '
                'prise de sang J+5.\n\nMerci!\n%s' % (
                    hon(p, 'fr'), p['first'], p['last'], (', NAM ' + p['nam']) if p['nam'] else '',
                    a[0], a[1], a[2], ph, sig(s, 'fr')))
    else:
        subj = 'Home care referral - discharge tomorrow'
        body = ('Hi,\n\nHome care request for %s %s%s, going home tomorrow after colectomy.\nAddress: %s, %s %s\n'
                'Phone: %s\nNeeds: ostomy care and teaching, bloodwork day 5.\n\nThanks\n%s' % (
                    p['first'], p['last'], (' (RAMQ ' + p['nam'] + ')') if p['nam'] else '', a[0], a[1], a[2], ph, sig(s, 'en')))
    types = ['patient_name', 'patient_contact', 'diagnosis'] + (['ramq_nam'] if p['nam'] else [])
    if i % 2 == 1:
        vc = make_vcard('%s %s' % (p['first'], p['last']), p['first'], p['last'], tel=ph, adr=(a[0], a[1], a[2]),
                        note='Congé chirurgie - SAD stomie' if lang == 'fr' else 'Post-op discharge - ostomy care')
        atts.append(('text', 'vcard', '%s_%s.vcf' % (ascii_(p['last']), ascii_(p['first'])), vc, 'utf-8'))
    return spec(lang, A(s), to, subj, body, types, 'home-care request with patient name, home address and phone',
                date=d, attachments=atts)


# ---------------------------------------------------------------- transport request
def transport_request(C, i):
    r = C.rng
    lang = lang_of(C, .65)
    s = C.staff(lang)
    p = C.pat()
    a = C.addr()
    ph = C.phone()
    d = C.when()
    dt = C.future(d, 1, 10)
    if lang == 'fr':
        subj = 'Transport adapté - radiothérapie %s' % p['last']
        body = ('Bonjour Nancy,\n\nTransport aller-retour SVP pour %s %s %s, en traitement de radiothérapie '
                '(25 fractions) à compter du %s, 8 h 15.\nAdresse : %s, %s\nTél. : %s\nFauteuil roulant, '
                'accompagnateur : non.\n\nMerci\n%s' % (hon(p, 'fr'), p['first'], p['last'], dfr(dt, True), a[0], a[1], ph,
                                                    sig(s, 'fr', disclaimer=False)))
    else:
        subj = 'Transport request - %s %s' % (p['first'][0], p['last'])
        body = ('Hi Nancy,\n\nCould you arrange round-trip transport for %s %s, radiotherapy daily from %s at 8:15.\n'
                'Pick-up: %s, %s\nPhone: %s\nUses a walker.\n\nThanks\n%s' % (
                    p['first'], p['last'], den(dt, True), a[0], a[1], ph, sig(s, 'en', disclaimer=False)))
    return spec(lang, A(s), 'Nancy Fortier <n.fortier@transport-adapte-exemple.example>', subj, body,
                ['patient_name', 'patient_contact', 'diagnosis'],
                'transport booking with patient name, home address, phone and treatment', date=d)


# ---------------------------------------------------------------- social work
SOC = [('signalement DPJ en cours pour les enfants', 'youth protection (DPJ) report in progress for the children'),
       ('hébergée en maison d\'hébergement pour violence conjugale', 'staying in a women\'s shelter (domestic violence)'),
       ('sans domicile fixe depuis août, prestataire d\'aide sociale', 'homeless since August, on income support'),
       ('suivi en dépendance (CRD), méthadone', 'followed by addiction services, on methadone'),
       ('statut de demandeur d\'asile, couverture PFSI', 'asylum claimant, IFHP coverage'),
       ('conflit de garde, ordonnance de la cour', 'custody dispute, court order in place')]


def social_work(C, i):
    r = C.rng
    lang = lang_of(C)
    s = dict(first='Chantal', last='Lemieux', title='', role='travailleuse sociale, T.S.' if lang == 'fr' else 'social worker, MSW',
             dept='service social' if lang == 'fr' else 'social services', addr='chantal.lemieux@%s' % DOM, name='Chantal Lemieux')
    p = C.pat()
    so = r.choice(SOC)
    d = C.when()
    to = r.choice(['Rachel Stein <rachel.stein@%s>' % DOM, 'intervention.jeunesse@cisss-voisin.example',
                   'accueil@maison-hebergement-exemple.example'])
    if lang == 'fr':
        subj = r.choice(['Situation sociale - congé complexe', 'Suivi psychosocial %s' % p['last']])
        body = ('Bonjour,\n\nConcernant %s %s %s (dossier %s), hospitalisé(e) en chirurgie : %s. '
                'Le congé est prévu jeudi; pouvons-nous planifier une rencontre avant ?\n\n%s' % (
                    hon(p, 'fr'), p['first'], p['last'], p['mrn'], so[0], sig(s, 'fr')))
    else:
        subj = r.choice(['Complex discharge - social situation', 'Psychosocial follow-up %s' % p['last']])
        body = ('Hi,\n\nRe %s %s (MRN %s), currently on the surgical ward: %s. Discharge is planned Thursday; '
                'can we meet before?\n\n%s' % (p['first'], p['last'], p['mrn'], so[1], sig(s, 'en')))
    body = G(body, p)
    return spec(lang, A(s), to, subj, body, ['patient_name', 'mrn', 'social_information'],
                'social-work note about a named patient with a sensitive social situation', date=d)


# ---------------------------------------------------------------- billing RAMQ
def billing(C, i):
    r = C.rng
    lang = lang_of(C, .75)
    s = dict(first='Patrick', last='Bergeron', title='', role='agent administratif', dept='facturation',
             addr='patrick.bergeron@%s' % DOM, name='Patrick Bergeron')
    d = C.when()
    rows = []
    for k in range(r.randrange(2, 5)):
        p = C.nam_patient()
        rows.append('%s | %s %s | %s | code acte %d | %s' % (nam_s(p['nam'], C, r.choice([0, 1])), p['last'].upper(), p['first'],
                                                            p['dob'].strftime('%Y-%m-%d'), r.choice([1157, 5121, 8017, 15034]),
                                                            r.choice(['refusé msg 0152', 'à corriger', 'payé partiel'])))
    if lang == 'fr':
        subj = 'Demandes de paiement refusées - à corriger'
        body = ('Bonjour Dre Pelchat,\n\nVoici les demandes refusées ce mois-ci :\n\n' + '\n'.join(rows) +
                '\n\nPouvez-vous confirmer les diagnostics pour que je resoumette ?\n\n' + sig(s, 'fr'))
    else:
        subj = 'Rejected RAMQ claims to fix'
        body = ('Hi Dr. Klein,\n\nClaims rejected this cycle:\n\n' + '\n'.join(rows) + '\n\nPlease confirm diagnoses so I can resubmit.\n\n' +
                sig(dict(s, role='billing clerk', dept='billing'), 'en'))
    to = r.choice(['isabelle.pelchat@%s' % DOM, 'facturation@cabinet-medecins-exemple.example'])
    return spec(lang, A(s), to, subj, body, ['patient_name', 'ramq_nam', 'date_of_birth'],
                'billing correction list with patient names, NAMs and birth dates', date=d)


# ---------------------------------------------------------------- research coordination
def research(C, i):
    r = C.rng
    lang = lang_of(C, .4)
    s = C.staff(lang)
    p = C.pat()
    d = C.when()
    pid = 'ONC-%03d' % r.randrange(1, 200)
    if lang == 'fr':
        subj = 'Étude COLO-EX : participant %s' % pid
        body = ('Bonjour,\n\nLe participant %s (%s %s, dossier %s, DDN %s) a présenté un EIG : neutropénie fébrile '
                'grade 4, hospitalisé le %s. Déclaration au promoteur à faire d\'ici 24 h.\n\n%s' % (
                    pid, p['first'], p['last'], p['mrn'], dob_s(p, 'fr'), d.strftime('%d/%m'), sig(s, 'fr')))
    else:
        subj = 'COLO-EX study - SAE participant %s' % pid
        body = ('Hi,\n\nParticipant %s (%s %s, MRN %s, DOB %s) had a grade 4 febrile neutropenia, admitted %s. '
                'SAE report due to sponsor within 24h.\n\n%s' % (pid, p['first'], p['last'], p['mrn'], dob_s(p, 'en'),
                                                                 d.strftime('%Y-%m-%d'), sig(s, 'en')))
    return spec(lang, A(s), 'sae-reports@cro-exemple.example', subj, body,
                ['patient_name', 'mrn', 'date_of_birth', 'diagnosis'],
                'research adverse-event report identifying a participant by name and chart number', date=d)


# ---------------------------------------------------------------- incident report (DOCX sometimes)
def incident_report(C, i):
    r = C.rng
    lang = lang_of(C)
    s = C.staff(lang)
    p = C.pat()
    d = C.when()
    ev = r.choice([('chute en se levant seul la nuit, plaie au cuir chevelu', 'fall while getting up alone at night, scalp laceration'),
                   ('erreur de médicament : double dose d\'héparine', 'medication error: double heparin dose'),
                   ('compresse retrouvée au décompte final, radiographie faite', 'sponge count discrepancy, x-ray done')])
    atts = []
    if lang == 'fr':
        subj = 'Rapport AH-223 - événement indésirable'
        body = ('Bonjour,\n\nDéclaration d\'incident/accident pour %s %s (dossier %s), ch. %d : %s. '
                'Famille avisée. Formulaire AH-223 ci-joint.\n\n%s' % (p['first'], p['last'], p['mrn'], r.randrange(400, 699),
                                                                      ev[0], sig(s, 'fr')))
        doc = make_docx('Rapport de déclaration d\'incident ou d\'accident (AH-223)',
                        ['Usager : %s %s' % (p['first'], p['last']), 'No dossier : %s' % p['mrn'],
                         'Date de naissance : %s' % dob_s(p, 'fr'), 'Description : ' + ev[0], 'Gravité : C'])
    else:
        subj = 'Incident report AH-223'
        body = ('Hello,\n\nIncident report for %s %s (MRN %s), room %d: %s. Family notified. Form attached.\n\n%s' % (
            p['first'], p['last'], p['mrn'], r.randrange(400, 699), ev[1], sig(s, 'en')))
        doc = make_docx('Incident/accident report (AH-223)', ['Patient: %s %s' % (p['first'], p['last']), 'MRN: %s' % p['mrn'],
                                                              'DOB: %s' % dob_s(p, 'en'), 'Description: ' + ev[1], 'Severity: C'])
    atts.append(('bytes', 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document', 'AH-223_%s.docx' % d.strftime('%Y%m%d'), doc))
    return spec(lang, A(s), 'gestion.risques@%s' % DOM, subj, body, ['patient_name', 'mrn', 'date_of_birth', 'diagnosis'],
                'incident report about a named patient, DOCX form attached', date=d, attachments=atts)


# ---------------------------------------------------------------- anesthesia pre-op
def anesthesia_preop(C, i):
    r = C.rng
    lang = lang_of(C)
    s = dict(first='Mathieu', last='Desrosiers', title='Dr', role='anesthésiologiste' if lang == 'fr' else 'anesthesiologist',
             dept='anesthésie' if lang == 'fr' else 'anesthesia', addr='mathieu.desrosiers@%s' % DOM, name='Mathieu Desrosiers')
    p = C.nam_patient()
    d = C.when()
    if lang == 'fr':
        subj = 'Clinique préop - %s %s' % (p['last'], nam_s(p['nam'], C, 0))
        body = ('Salut Isabelle,\n\nVu en préop %s %s, %d ans. ASA %d, MPC avec FEVG 35 %%, apnée du sommeil. '
                'Je recommande échographie cardiaque avant la chx et soins intensifs post-op. Cesser %s 48 h avant.\n\nMathieu' % (
                    'ta patiente' if p['sex'] == 'F' else 'ton patient', p['first'] + ' ' + p['last'], age(p), r.choice([3, 4]), r.choice(['apixaban', 'metformine', 'ramipril'])))
        to = 'Dre Isabelle Pelchat <isabelle.pelchat@%s>' % DOM
    else:
        subj = 'Pre-op assessment %s %s' % (p['first'], p['last'])
        body = ('Hi David,\n\nSaw %s (%s) in pre-op clinic, RAMQ %s. ASA %d, difficult airway history, '
                'HbA1c 9.8 %%. Suggest postponing elective surgery until glycemic control improves.\n\nMathieu' % (
                    p['first'] + ' ' + p['last'], dob_s(p, 'en'), nam_s(p['nam'], C), r.choice([3, 4])))
        to = 'Dr. David Klein <david.klein@%s>' % DOM
    return spec(lang, A(s), to, subj, body, ['patient_name', 'ramq_nam', 'diagnosis', 'lab_result'],
                'pre-anaesthesia assessment naming the patient with NAM and comorbidities', date=d)


# ---------------------------------------------------------------- tumour board (XLSX)
def tumour_board(C, i):
    r = C.rng
    lang = lang_of(C)
    s = dict(first='Mélanie', last='Côté', title='', role='infirmière pivot en oncologie', dept='oncologie',
             addr='melanie.cote@%s' % DOM, name='Mélanie Côté')
    d = C.when()
    rows = [['Dossier', 'Nom', 'DDN', 'Diagnostic', 'Question'] if lang == 'fr' else ['MRN', 'Name', 'DOB', 'Diagnosis', 'Question']]
    for k in range(r.randrange(4, 8)):
        p = C.pat()
        rows.append([p['mrn'], '%s, %s' % (p['last'].upper(), p['first']), p['dob'].strftime('%Y-%m-%d'),
                     r.choice(['ADK côlon pT3N1', 'CCI sein G cT2N0', 'ADK rectum cT3N1', 'Mélanome pT2a', 'ADK pancréas borderline']),
                     r.choice(['chimio adjuvante ?', 'néoadjuvant vs chx', 'RT ?', 'revoir path'])])
    x = make_xlsx('Comite', rows)
    if lang == 'fr':
        subj = 'Comité des tumeurs digestives - liste du %s' % dfr(C.future(d, 1, 7))
        body = 'Bonjour à tous,\n\nVoici la liste des cas pour le comité de mardi. Ajouts avant lundi midi svp.\n\nMélanie\n'
    else:
        subj = 'Tumour board list - next Tuesday'
        body = 'Hi all,\n\nAttached is the case list for Tuesday\'s tumour board. Additions by Monday noon please.\n\nMélanie\n'
    return spec(lang, A(s), 'comite.tumeurs@%s' % DOM, subj, body, ['patient_name', 'mrn', 'date_of_birth', 'diagnosis'],
                'short cover note; attached spreadsheet lists patients with chart numbers and cancer diagnoses', date=d,
                attachments=[('bytes', 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'liste_comite.xlsx', x)])


# ---------------------------------------------------------------- radiotherapy ICS
def radiotherapy_ics(C, i):
    r = C.rng
    lang = lang_of(C)
    s = dict(first='Stéphane', last='Rioux', title='Dr', role='radio-oncologue', dept='radio-oncologie',
             addr='stephane.rioux@%s' % DOM, name='Stéphane Rioux')
    p = C.pat()
    d = C.when()
    st = C.future(d, 2, 14)
    summ = ('Simulation TDM - %s %s (%s)' % (p['first'], p['last'], p['mrn'])) if lang == 'fr' else \
        ('CT simulation - %s %s (%s)' % (p['first'], p['last'], p['mrn']))
    desc = (('Sein G post-tumorectomie, 42,5 Gy/16. Tatouages. %s.' % ('Patient anxieux' if p['sex'] == 'M' else 'Patiente anxieuse'))
            if lang == 'fr' else 'Left breast post-lumpectomy, 42.5 Gy/16. Tattoos. Anxious patient.')
    ics = make_ics('rt-%d@%s' % (r.randrange(10**6), DOM), summ, st, 45, 'Radio-oncologie, salle TDM-SIM', desc,
                   (s['name'], s['addr']), [('Josiane Pouliot', 'josiane.pouliot@%s' % DOM)])
    body = ('Invitation : %s' % summ) if r.random() < .5 else ('Voir invitation ci-jointe.' if lang == 'fr' else 'See invite.')
    return spec(lang, A(s), 'Josiane Pouliot <josiane.pouliot@%s>' % DOM, summ if r.random() < .5 else ('Invitation' if lang == 'fr' else 'Invitation: CT sim'),
                body, ['patient_name', 'mrn', 'diagnosis'], 'calendar invitation whose event names a patient and treatment', date=d,
                attachments=[('text', 'calendar', 'invite.ics', ics, 'utf-8')])


# ---------------------------------------------------------------- pathology
def pathology(C, i):
    r = C.rng
    if i < 2:  # from Lyon
        p = C.pat('fr')
        d = C.when()
        body = ('Chère Consœur,\n\nVeuillez trouver ci-dessous la conclusion de l\'examen anatomopathologique de %s %s %s, '
                '%s le %s (NIR %s) :\n%s\n\n'
                'Bien confraternellement,\nDr Laurent Morel\nClinique de la Saône, 12 quai Exemple, 69003 Lyon\n' % (
                    hon(p, 'fr'), p['first'], p['last'].upper(), ne(p), p['dob'].strftime('%d/%m/%Y'), fmt_nir(p['nir']),
                    r.choice(['Adénocarcinome lieberkühnien moyennement différencié, pT3N1a, marges saines.',
                              'Carcinome canalaire infiltrant grade II, pT1c pN0, RH+ HER2-.',
                              'Tumeur stromale gastro-intestinale (GIST), 6 cm, index mitotique faible.'])))
        return spec('fr', 'Dr Laurent Morel <l.morel@%s>' % FR_DOM, 'Dre Karine Vachon <karine.vachon@%s>' % DOM,
                    'CR anapath - %s %s' % (p['last'].upper(), p['first']), body,
                    ['patient_name', 'fr_nir', 'date_of_birth', 'diagnosis'], 'pathology conclusion from the Lyon clinic with NIR', date=d, site='fr')
    lang = lang_of(C)
    s = C.md(lang)
    p = C.pat()
    d = C.when()
    if lang == 'fr':
        subj = 'Patho S26-%05d' % r.randrange(99999)
        body = ('Salut,\n\nPatho sortie pour %s %s (%s) : carcinome canalaire infiltrant grade 2, RE+ RP+ HER2-, 0/3 GS. '
                'Je l\'appelle demain pour lui annoncer.\n\n%s' % (p['first'], p['last'], p['mrn'], s['first']))
    else:
        subj = 'Path result S26-%05d' % r.randrange(99999)
        body = ('Hi,\n\nPath is back for %s %s (%s): invasive ductal carcinoma grade 2, ER+ PR+ HER2-, 0/3 SLN. '
                'Will call %s tomorrow.\n\n%s' % (p['first'], p['last'], p['mrn'], 'him' if p['sex'] == 'M' else 'her', s['first']))
    return spec(lang, A(s), 'Mélanie Côté <melanie.cote@%s>' % DOM, subj, body, ['patient_name', 'mrn', 'diagnosis'],
                'pathology result for a named patient', date=d)


# ---------------------------------------------------------------- Belgian partner transfer (NISS)
def be_transfer(C, i):
    r = C.rng
    p = C.pat('be')
    st, first, last, dept = r.choice(BE_STAFF)
    d = C.when()
    ns = fmt_niss(p['niss'], i % 2)
    v = i % 3
    if v == 0:
        subj = 'Transfert patient - %s %s' % (p['last'].upper(), p['first'])
        body = ('Bonjour,\n\nComme convenu par téléphone, nous vous adressons %s %s %s (NISS %s), %s le %s, '
                'actuellement en vacances au Québec, suivi(e) chez nous pour %s. Vous trouverez ci-dessous son traitement :\n%s\n%s\n\n'
                'Mutualité : Solidaris, n° d\'affilié en cours.\n\nBien à vous,\n%s %s %s\n%s\nCHR Liège-Exemple\n' % (
                    hon(p, 'fr'), p['first'], p['last'], ns, ne(p), p['dob'].strftime('%d/%m/%Y'),
                    r.choice(['une néoplasie du rectum sous chimiothérapie', 'une cirrhose Child B', 'une insuffisance cardiaque']),
                    r.choice(MEDS), r.choice(MEDS), st, first, last, dept))
        types = ['patient_name', 'be_niss', 'date_of_birth', 'diagnosis', 'medication']
    elif v == 1:
        subj = 'Demande de dossier - n° %s' % p['mrn']
        body = ('Bonjour,\n\nPourriez-vous nous transmettre le protocole opératoire et la lettre de sortie de %s %s '
                '(NISS %s), opéré(e) chez vous le mois dernier (cholécystectomie) ? Il/elle est réadmis(e) aux urgences '
                'ce jour pour fièvre.\n\nMerci d\'avance,\n%s %s %s\n' % (hon(p, 'fr'), p['last'].upper(), ns, st, first, last))
        types = ['patient_name', 'be_niss', 'mrn', 'diagnosis']
    else:
        subj = 'RDV consultation %s' % d.strftime('%d/%m')
        body = ('Madame, Monsieur,\n\nJe vous confirme le rendez-vous de %s %s %s (n° national %s) le %s à 10h30 '
                'en consultation d\'oncologie médicale, route 412.\nTéléphone : %s\n\nCordialement,\n'
                'Secrétariat %s\nCHR Liège-Exemple\n' % (hon(p, 'fr'), p['first'], p['last'], ns, dfr(C.future(d)),
                                                        '+32 4 555 %02d %02d' % (r.randrange(100), r.randrange(100)), dept))
        types = ['patient_name', 'be_niss', 'patient_contact']
    body = G(body, p)
    return spec('fr', '%s %s <%s.%s@%s>' % (first, last, ascii_(first), ascii_(last), BE_DOM),
                r.choice(['archives.medicales@%s' % DOM, 'Dre Karine Vachon <karine.vachon@%s>' % DOM, 'Dr François Hébert <francois.hebert@%s>' % DOM]),
                subj, body, types, 'Belgian partner mail about a named patient with NISS', date=d, site='be')


# ---------------------------------------------------------------- French partner transfer (NIR)
def fr_transfer(C, i):
    r = C.rng
    p = C.pat('fr')
    st, first, last, dept = r.choice(FR_STAFF)
    d = C.when()
    v = i % 3
    nir = fmt_nir(p['nir']) if i % 2 == 0 else p['nir']
    if v == 0:
        subj = 'Lettre de liaison - %s %s' % (p['last'].upper(), p['first'])
        body = ('Cher confrère,\n\nJe vous adresse %s %s %s, %s le %s, n° de sécurité sociale %s, IPP %s, '
                'opéré(e) le %s d\'une %s. Suites simples. Traitement de sortie : %s.\n\nBien confraternellement,\n'
                '%s %s %s\nService de %s - Clinique de la Saône, Lyon\n' % (
                    hon(p, 'fr'), p['first'], p['last'], ne(p), p['dob'].strftime('%d/%m/%Y'), nir, p['mrn'],
                    d.strftime('%d/%m/%Y'), r.choice(['colectomie gauche', 'cholécystectomie', 'cure d\'éventration']),
                    r.choice(MEDS), st, first, last, dept))
        types = ['patient_name', 'fr_nir', 'date_of_birth', 'mrn', 'diagnosis', 'medication']
    elif v == 1:
        subj = 'Prise en charge - demande d\'accord'
        body = ('Bonjour,\n\nDans le cadre de la convention de coopération, nous sollicitons l\'accord pour la prise en charge '
                'de %s %s (NIR %s), atteint(e) d\'un %s, qui doit rejoindre sa famille au Québec.\n\nCordialement,\n'
                '%s %s\n%s\n' % (hon(p, 'fr'), p['last'].upper(), nir,
                                 r.choice(['lymphome B diffus', 'cancer du sein métastatique', 'adénocarcinome pancréatique']),
                                 first, last, dept))
        types = ['patient_name', 'fr_nir', 'diagnosis']
    else:
        subj = 'TR: résultats bilan préopératoire'
        body = ('Bonjour,\n\nCi-dessous le bilan de %s %s %s (IPP %s) :\nHb 98 g/L, plaquettes 110 G/L, TP 62 %%, créatinine 145 µmol/L.\n'
                'Merci de nous dire si l\'intervention est maintenue.\n\n%s %s\n%s - Clinique de la Saône\n' % (
                    hon(p, 'fr'), p['first'], p['last'], p['mrn'], first, last, dept))
        types = ['patient_name', 'mrn', 'lab_result']
    body = G(body, p)
    return spec('fr', '%s %s <%s.%s@%s>' % (first, last, ascii_(first)[0], ascii_(last), FR_DOM),
                r.choice(['Dr François Hébert <francois.hebert@%s>' % DOM, 'archives.medicales@%s' % DOM]),
                subj, body, types, 'French partner mail about a named patient (NIR and/or IPP)', date=d, site='fr')


# ---------------------------------------------------------------- forward as attachment (.eml)
def fwd_eml(C, i):
    r = C.rng
    lang = lang_of(C)
    s = C.staff(lang)
    inner_s = C.staff(lang)
    p = C.nam_patient()
    d = C.when()
    inner = EmailMessage()
    inner['From'] = A(inner_s)
    inner['To'] = A(s)
    inner['Subject'] = 'Suivi %s' % p['last'] if lang == 'fr' else 'Follow-up %s' % p['last']
    inner['Date'] = utils.format_datetime((d - datetime.timedelta(days=1)).replace(tzinfo=datetime.timezone(datetime.timedelta(hours=-4))))
    inner['Message-ID'] = '<inner.%012x@%s>' % (r.getrandbits(48), DOM)
    if lang == 'fr':
        txt = ('%s %s %s, NAM %s, %s hier : fuite anastomotique probable, TDM demandé, ATB débutés (pip-tazo).' % (
            hon(p, 'fr'), p['first'], p['last'], p['nam'], 'revue' if p['sex'] == 'F' else 'revu'))
        body = 'Pour info, voir courriel ci-joint. Peux-tu t\'en occuper demain?\n\n' + s['first']
        subj = 'TR: Suivi %s' % p['last']
    else:
        txt = ('%s %s, RAMQ %s, seen yesterday: probable anastomotic leak, CT ordered, started pip-tazo.' % (
            p['first'], p['last'], p['nam']))
        body = 'FYI see attached email. Can you take over tomorrow?\n\n' + s['first']
        subj = 'Fwd: Follow-up %s' % p['last']
    inner.set_content(txt + '\n', charset='utf-8', cte='quoted-printable')
    e = C.staff(lang)
    return spec(lang, A(s), A(e), subj, body, ['patient_name', 'ramq_nam', 'diagnosis', 'medication'],
                'forward with the original mail attached as .eml; the attached mail identifies a patient', date=d,
                attachments=[('eml', inner)])


# ---------------------------------------------------------------- quoted reply (data only in the quoted part)
def quoted_reply(C, i):
    r = C.rng
    lang = lang_of(C)
    s = C.staff(lang)
    e = C.ext(lang)
    p = C.pat()
    d = C.when()
    prev = d - datetime.timedelta(hours=r.randrange(2, 30))
    if lang == 'fr':
        orig = ('Bonjour,\nPourriez-vous me confirmer la date de la colonoscopie de %s %s (dossier %s) ? '
                'Sa sœur m\'appelle chaque jour, %s est très anxieux(se) depuis l\'annonce du cancer.\nMerci\n%s %s' % (
                    p['first'], p['last'], p['mrn'], il(p), e['title'], e['name']))
        body = ('Bonjour,\n\nC\'est fait, rendez-vous confirmé le %s.\n\n%s\n\nLe %s, %s a écrit :\n%s\n' % (
            dfr(C.future(d)), s['first'], prev.strftime('%d/%m/%Y %H:%M'), e['name'], quote(orig)))
        subj = 'RE: date colonoscopie'
    else:
        orig = ('Hi,\nCould you confirm the colonoscopy date for %s %s (MRN %s)? Family keeps calling, %s is very '
                'anxious since the cancer diagnosis.\nThanks\n%s %s' % (p['first'], p['last'], p['mrn'], he(p), e['title'], e['name']))
        body = ('Hi,\n\nDone, booked for %s.\n\n%s\n\nOn %s, %s wrote:\n%s\n' % (den(C.future(d)), s['first'],
                                                                                  prev.strftime('%a, %b %d, %Y at %H:%M'), e['name'], quote(orig)))
        subj = 'RE: colonoscopy date'
    body = G(body, p)
    return spec(lang, A(s), A(e), subj, body, ['patient_name', 'mrn', 'diagnosis'],
                'brief reply; patient identity and diagnosis appear only in the quoted original', date=d)


# ---------------------------------------------------------------- disguised identifiers
def disguised_id(C, i):
    r = C.rng
    lang = lang_of(C, .6)
    s = C.staff(lang)
    e = C.ext(lang)
    p = C.nam_patient()
    d = C.when()
    n = p['nam']
    v = i % 4
    if v == 0:
        shown = ' '.join(n)
        idtxt = shown
    elif v == 1:
        shown = '%s\n%s\n%s' % (n[:4], n[4:8], n[8:])
        idtxt = shown
    elif v == 2:
        shown = n[:4] + fullwidth(n[4:])
        idtxt = shown
    else:
        shown = '%s.%s.%s.%s' % (n[:4], n[4:6], n[6:8], n[8:])
        idtxt = shown
    if lang == 'fr':
        subj = 'info pt (sans nom pour le filtre)'
        body = ('Salut,\n\nJe mets le NAM en morceaux pour que le courriel passe :\n%s\n(initiales %s.%s.) '
                'c\'est pour le suivi de sa biopsie hépatique positive.\n\n%s' % (idtxt, p['first'][0], p['last'][0], s['first']))
    else:
        subj = 'pt info (no name, filter)'
        body = ('Hi,\n\nSplitting the health card number so it goes through:\n%s\n(initials %s.%s.) '
                're positive liver biopsy follow-up.\n\n%s' % (idtxt, p['first'][0], p['last'][0], s['first']))
    return spec(lang, A(s), A(e), subj, body, ['ramq_nam', 'diagnosis'],
                'RAMQ number deliberately spelled in a disguised form, with a diagnosis', date=d,
                transport=('plain', 'utf-8', r.choice(['quoted-printable', 'base64', '8bit']), r.choice(['\n', '\r\n'])))


# ---------------------------------------------------------------- subject only
def subject_only(C, i):
    r = C.rng
    lang = lang_of(C)
    s = C.staff(lang)
    p = C.pat()
    d = C.when()
    if lang == 'fr':
        subj = r.choice(['%s %s - métastases hépatiques, rappeler la famille' % (p['first'], p['last']),
                         '%s %s (%s) - VIH+ à aviser avant chx' % (p['last'].upper(), p['first'], p['mrn'])])
        body = r.choice(['Voir sujet. Merci', 'Stp regarde ça avant la réunion.', ''])
    else:
        subj = r.choice(['%s %s - liver mets, call family back' % (p['first'], p['last']),
                         '%s, %s (%s) HIV+ - inform before OR' % (p['last'].upper(), p['first'], p['mrn'])])
        body = r.choice(['See subject. Thx', 'Please look at this before rounds.', ''])
    body = (body + '\n\n' + s['first'] + '\n') if body else (s['first'] + '\n')
    types = ['patient_name', 'diagnosis'] + (['mrn'] if p['mrn'] in subj else [])
    return spec(lang, A(s), A(C.staff(lang)), subj, body, types, 'patient name and diagnosis only in the subject line', date=d)


# ---------------------------------------------------------------- ZIP archive with CSV
def zip_archive(C, i):
    r = C.rng
    lang = lang_of(C)
    s = C.staff(lang)
    d = C.when()
    lines = ['mrn;nom;prenom;ddn;examen;resultat']
    for k in range(r.randrange(5, 10)):
        p = C.pat()
        lines.append('%s;%s;%s;%s;%s;%s' % (p['mrn'], p['last'], p['first'], p['dob'].isoformat(),
                                            r.choice(['TDM thorax', 'Écho abdo', 'IRM foie', 'TEP-TDM']),
                                            r.choice(['normal', 'nodule 6 mm', 'progression', 'réponse partielle', 'à revoir'])))
    csv = ('\r\n'.join(lines) + '\r\n').encode('utf-8')
    z = make_zip([('export/resultats_imagerie.csv', csv), ('export/LISEZMOI.txt', b'Export PACS - usage interne\r\n')])
    body = ('Bonjour,\n\nVoici l\'export demandé (zip). Mot de passe envoyé par Teams.\n\n%s' % sig(s, 'fr', False)) if lang == 'fr' else \
        ('Hi,\n\nHere is the export you asked for (zip). Password sent by Teams.\n\n%s' % sig(s, 'en', False))
    return spec(lang, A(s), 'audit.qualite@partenaire-recherche.example', 'Export imagerie' if lang == 'fr' else 'Imaging export',
                body, ['patient_name', 'mrn', 'date_of_birth', 'diagnosis'],
                'ZIP attachment containing a CSV of patients with chart numbers and imaging results', date=d,
                attachments=[('bytes', 'application', 'zip', 'export_%s.zip' % d.strftime('%Y%m%d'), z)])


# ---------------------------------------------------------------- Ontario referral (OHIP)
def ontario_referral(C, i):
    r = C.rng
    s = C.md('en')
    p = C.pat()
    hn = gen_on_hn(r)
    d = C.when()
    e = ('Dr.', 'Linda', 'Moreau', 'ottawa-east-fht.example')
    vc = r.choice(['AB', 'KT', 'ZX', ''])
    hs = r.choice([fmt_on(hn, vc), hn, '%s %s %s' % (hn[:4], hn[4:7], hn[7:])])
    body = ('Dr. Moreau,\n\nYour patient %s %s (OHIP %s, DOB %s) was seen in our ED in Saint-Exemple after a fall; '
            '%s had a laparoscopic appendectomy on %s. Please arrange staple removal at day 10.\n\n%s' % (
                p['first'], p['last'], hs, dob_s(p, 'en'), he(p), den(d), sig(s, 'en')))
    return spec('en', A(s), 'Dr. Linda Moreau <l.moreau@ottawa-east-fht.example>', 'Your patient - ED visit and surgery',
                body, ['patient_name', 'ca_health_number', 'date_of_birth', 'diagnosis'],
                'English note to an Ontario physician naming the patient with Ontario health number', date=d)


# ---------------------------------------------------------------- SIN / CNESST claim
def sin_claim(C, i):
    r = C.rng
    lang = lang_of(C, .6)
    s = C.md(lang)
    p = C.pat()
    sn = gen_sin(r)
    d = C.when()
    if lang == 'fr':
        body = ('Bonjour,\n\nRéclamation CNESST pour %s %s, NAS %s, accident de travail (chute d\'un échafaud) le %s : '
                'fracture ouverte tibia D, ORIF fait le lendemain. Arrêt de travail prévu 12 semaines.\n\n%s' % (
                    p['first'], p['last'], fmt_sin(sn, r.choice([' ', '-', ''])), dfr(d), sig(s, 'fr')))
        subj = 'Formulaire CNESST - %s' % p['last']
    else:
        body = ('Hello,\n\nDisability insurance claim for %s %s, SIN %s: post-op leave after %s, unable to work 8 weeks.\n\n%s' % (
            p['first'], p['last'], fmt_sin(sn, r.choice([' ', '-', ''])), r.choice(['colectomy', 'mastectomy']), sig(s, 'en')))
        subj = 'Attending physician statement - %s' % p['last']
    return spec(lang, A(s), 'reclamations@assureur-exemple.example', subj, body, ['patient_name', 'ca_sin', 'diagnosis'],
                'insurance/CNESST claim naming the patient with a SIN and injury', date=d)


# ---------------------------------------------------------------- waitlist CSV
def waitlist_csv(C, i):
    r = C.rng
    lang = lang_of(C)
    s = dict(first='Louise', last='Gravel', title='', role='agente de planification', dept='bloc opératoire',
             addr='louise.gravel@%s' % DOM, name='Louise Gravel')
    d = C.when()
    rows = ['nam,nom,prenom,chirurgie,priorite,date_inscription']
    for k in range(r.randrange(4, 8)):
        p = C.nam_patient()
        dx = r.choice(DX_SURG)
        rows.append('%s,%s,%s,%s,%s,%s' % (p['nam'], p['last'], p['first'], dx[2], r.choice('ABCDE'),
                                           (d - datetime.timedelta(days=r.randrange(30, 400))).strftime('%Y-%m-%d')))
    cs = r.choice(['utf-8', 'iso-8859-1'])
    csvtxt = '\r\n'.join(rows) + '\r\n'
    body = ('Bonjour,\n\nListe d\'attente > 6 mois en pièce jointe pour la révision du MSSS.\n\nLouise\n' if lang == 'fr'
            else 'Hi,\n\nWaitlist > 6 months attached for the review.\n\nLouise\n')
    return spec(lang, A(s), 'Dr François Hébert <francois.hebert@%s>' % DOM, 'Liste d\'attente chirurgie' if lang == 'fr' else 'Surgery waitlist',
                body, ['patient_name', 'ramq_nam', 'diagnosis'], 'CSV attachment of waiting-list patients with NAMs and procedures',
                date=d, attachments=[('text', 'csv', 'liste_attente.csv', csvtxt, cs)])


# ---------------------------------------------------------------- namesake (patient shares physician's surname)
def namesake(C, i):
    r = C.rng
    lang = lang_of(C)
    d = C.when()
    sex = r.choice('MF')
    p = dict(first=r.choice(PAT_FIRST_M if sex == 'M' else PAT_FIRST_F), last='Pelchat', sex=sex,
             dob=datetime.date(r.randrange(1940, 1990), r.randrange(1, 13), r.randrange(1, 28)), mrn=C.mrn())
    s = C.staff(lang)
    if lang == 'fr':
        body = ('Bonjour Dre Pelchat,\n\n%s %s Pelchat (aucun lien avec vous, je présume!), dossier %s, est sur votre liste '
                'pour une hernie ombilicale. Son INR est à 3,4 ce matin, on reporte?\n\n%s' % (hon(p, 'fr'), p['first'], p['mrn'], s['first']))
        subj = 'Pelchat - INR'
    else:
        body = ('Dr. Pelchat,\n\n%s %s Pelchat (no relation I assume!), MRN %s, on your list for umbilical hernia: INR 3.4 this '
                'morning, do we postpone?\n\n%s' % (hon(p, 'en'), p['first'], p['mrn'], s['first']))
        subj = 'Pelchat - INR'
    return spec(lang, A(s), 'Dre Isabelle Pelchat <isabelle.pelchat@%s>' % DOM, subj, body,
                ['patient_name', 'mrn', 'diagnosis', 'lab_result'], 'patient sharing the surgeon\'s surname, with chart number and lab value', date=d)


POS = [
    ('referral', 5, referral), ('consult_reply', 4, consult_reply), ('signout_list', 5, signout_list),
    ('booking_surgery', 5, booking_surgery), ('reschedule', 4, reschedule), ('critical_value', 4, critical_value),
    ('imaging_report', 5, imaging_report), ('discharge_summary', 4, discharge_summary),
    ('med_reconciliation', 4, med_reconciliation), ('home_care', 4, home_care), ('transport_request', 4, transport_request),
    ('social_work', 4, social_work), ('billing', 4, billing), ('research', 4, research), ('incident_report', 4, incident_report),
    ('anesthesia_preop', 4, anesthesia_preop), ('tumour_board', 4, tumour_board), ('radiotherapy_ics', 3, radiotherapy_ics),
    ('pathology', 4, pathology), ('be_transfer', 7, be_transfer), ('fr_transfer', 7, fr_transfer), ('fwd_eml', 4, fwd_eml),
    ('quoted_reply', 4, quoted_reply), ('disguised_id', 4, disguised_id), ('subject_only', 3, subject_only),
    ('zip_archive', 2, zip_archive), ('ontario_referral', 3, ontario_referral), ('sin_claim', 3, sin_claim),
    ('waitlist_csv', 2, waitlist_csv), ('namesake', 2, namesake),
]


# ---------------------------------------------------------------- inline forward (original quoted inline)
def inline_forward(C, i):
    r = C.rng
    lang = lang_of(C)
    s = C.staff(lang)
    e = C.ext(lang)
    p = C.nam_patient()
    d = C.when()
    prev = d - datetime.timedelta(hours=r.randrange(3, 48))
    if lang == 'fr':
        orig = ('Bonjour,\n\nJe vous adresse %s %s %s (NAM %s), %d ans, pour masse du sein droit palpable depuis 3 semaines. '
                'Mammographie BI-RADS 4C. Merci de la/le voir rapidement.\n\n%s %s\n%s' % (
                    hon(p, 'fr'), p['first'], p['last'], nam_s(p['nam'], C), age(p), e['title'], e['name'], e['org']))
        body = ('Mélanie, peux-tu ouvrir un dossier d\'investigation rapide svp? Merci\n\n%s\n\n'
                '---------- Message transféré ---------\nDe : %s <%s>\nDate : %s\nObjet : Référence urgente\nÀ : %s\n\n%s\n' % (
                    s['first'], e['name'], e['addr'], prev.strftime('%d/%m/%Y %H:%M'), s['addr'], orig))
        subj = 'TR: Référence urgente'
    else:
        orig = ('Hello,\n\nReferring %s %s (RAMQ %s), age %d, with a palpable right breast mass for 3 weeks. '
                'Mammogram BI-RADS 4C. Please see soon.\n\n%s %s\n%s' % (p['first'], p['last'], nam_s(p['nam'], C), age(p),
                                                                       e['title'], e['name'], e['org']))
        body = ('Karen, can you open a rapid diagnostic file? Thanks\n\n%s\n\n-----Original Message-----\nFrom: %s <%s>\n'
                'Sent: %s\nTo: %s\nSubject: Urgent referral\n\n%s\n' % (s['first'], e['name'], e['addr'],
                                                                        prev.strftime('%A, %B %d, %Y %I:%M %p'), s['addr'], orig))
        subj = 'FW: Urgent referral'
    to = 'Mélanie Côté <melanie.cote@%s>' % DOM if lang == 'fr' else "Karen O'Neill <karen.oneill@%s>" % DOM
    body = G(body, p)
    return spec(lang, A(s), to, subj, body, ['patient_name', 'ramq_nam', 'diagnosis'],
                'inline forward; the forwarded referral names the patient with NAM and finding', date=d)


# ---------------------------------------------------------------- OR list (looks like a roster, but it is patients)
def or_list(C, i):
    r = C.rng
    lang = lang_of(C)
    d = C.when()
    rows = []
    t = 7 * 60 + 45
    for k in range(r.randrange(3, 6)):
        p = C.pat()
        dx = r.choice(DX_SURG)
        rows.append('%02dh%02d  %s %s  %s  %s' % (t // 60, t % 60, p['first'], p['last'], p['mrn'], dx[2] if lang == 'fr' else dx[3]))
        t += r.choice([60, 90, 120])
    if lang == 'fr':
        subj = 'Programme opératoire salle 2 - demain'
        body = 'Bonjour,\n\nProgramme final salle 2 :\n\n' + '\n'.join(rows) + '\n\nInhalo : prévoir vidéolaryngoscope pour le 2e cas.\n\nLouise\n'
    else:
        subj = 'OR 2 list - tomorrow'
        body = 'Hi,\n\nFinal list OR 2:\n\n' + '\n'.join(rows) + '\n\nRT: videolaryngoscope for case 2.\n\nLouise\n'
    return spec(lang, 'Louise Gravel <louise.gravel@%s>' % DOM, 'equipe.bloc@%s' % DOM, subj, body,
                ['patient_name', 'mrn', 'diagnosis'], 'operating-room list with patient names, chart numbers and procedures', date=d)


POS += [('inline_forward', 3, inline_forward), ('or_list', 3, or_list)]
for _k, _v in {'referral': 4, 'booking_surgery': 4, 'signout_list': 4, 'critical_value': 3, 'consult_reply': 3, 'home_care': 3,
               'transport_request': 3, 'med_reconciliation': 3, 'be_transfer': 8, 'fr_transfer': 8}.items():
    POS = [(c, (_v if c == _k else n), f) for c, n, f in POS]


# ---------------------------------------------------------------- identifier alone (chart number request)
def mrn_only(C, i):
    r = C.rng
    lang = lang_of(C)
    d = C.when()
    mrn = C.mrn(r.choice([0, 1, 2]))
    s = dict(first='Patrick', last='Bergeron', title='', role='agent administratif' if lang == 'fr' else 'health records clerk',
             dept='archives médicales' if lang == 'fr' else 'health records', addr='patrick.bergeron@%s' % DOM, name='Patrick Bergeron')
    if lang == 'fr':
        subj = 'Demande d\'accès - dossier %s' % mrn
        body = ('Bonjour,\n\nNous avons bien reçu votre demande de copie du dossier no %s (épisode de soins en chirurgie, %s). '
                'L\'autorisation signée de l\'usager est manquante; merci de nous la faire parvenir.\n\n%s' % (mrn, dfr(d - datetime.timedelta(days=90)), sig(s, 'fr')))
    else:
        subj = 'Records request - chart %s' % mrn
        body = ('Hello,\n\nWe received your request for a copy of chart %s (surgical admission, %s). The signed patient consent is '
                'missing; please send it.\n\n%s' % (mrn, den(d - datetime.timedelta(days=90)), sig(s, 'en')))
    return spec(lang, A(s), 'dossiers@assureur-exemple.example', subj, body, ['mrn'],
                'records-release correspondence quoting a patient chart number with an admission episode', date=d)


# ---------------------------------------------------------------- a staff member who is a patient
def staff_as_patient(C, i):
    r = C.rng
    lang = lang_of(C)
    s = dict(first='Hélène', last='Marchand', title='', role='chef d\'unité' if lang == 'fr' else 'nurse manager',
             dept='4B chirurgie', addr='helene.marchand@%s' % DOM, name='Hélène Marchand')
    d = C.when()
    who = r.choice([('Julie Beaulieu', 'F', 'pancréatite aiguë', 'acute pancreatitis'), ('Marc Thivierge', 'M', 'occlusion intestinale', 'bowel obstruction')])
    if lang == 'fr':
        body = ('Bonjour,\n\nPour votre information et en toute discrétion : notre collègue %s est %s chez nous depuis hier, chambre %d, '
                'pour une %s. Merci de ne pas consulter son dossier si vous n\'êtes pas dans son équipe de soins. '
                'Une carte circule au poste.\n\nHélène' % (who[0], 'hospitalisée' if who[1] == 'F' else 'hospitalisé', r.randrange(500, 530), who[2]))
        subj = 'Confidentiel - collègue hospitalisé(e)'
    else:
        body = ('Hi,\n\nFYI and in confidence: our colleague %s was admitted to our unit yesterday, room %d, with %s. '
                'Please do not access the chart unless you are on the care team.\n\nHélène' % (who[0], r.randrange(500, 530), who[3]))
        subj = 'Confidential - colleague admitted'
    return spec(lang, A(s), 'equipe.4b@%s' % DOM, subj, body, ['patient_name', 'diagnosis'],
                'an employee is named as an inpatient with diagnosis and room', date=d)


POS += [('mrn_only', 3, mrn_only), ('staff_as_patient', 2, staff_as_patient)]
for _k, _v in {'booking_surgery': 3, 'imaging_report': 4, 'signout_list': 3, 'tumour_board': 3, 'research': 3}.items():
    POS = [(c, (_v if c == _k else n), f) for c, n, f in POS]
