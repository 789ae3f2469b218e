"""Positive messages, part D: other identifiers (OHIP, NIR, NISS, SIN), social context, cultures, BCG, reminders."""
import datetime as dt

from gen_common import (dfmt, dob_fmt, nam_fmt, name_fmt, title, sin_fmt, ohip_fmt, niss_fmt, nir_fmt, fullwidth)
from gen_text import sig, hello, bye, doc_title, quote, fwd, join
from gen_clin import (num, stone, prostate_dx, OAB_MEDS, INCONT_DX, ABX, ABX_EN, BUGS, BLADDER_DX, BLADDER_DX_EN, PEDS_DX,
                      STONE_MEDS, LUTS_MEDS)
from gen_pos_a import who, mail, res
from gen_clin import SexAware
import gen_attach as A


# ------------------------------------------------------------------ 24 Ontario patient (health number)
def ontario(W, lang):
    r = W.rng
    p = W.patient(min_age=30)
    r = SexAware(W.rng, p['sex'])
    p['address'] = '%d %s, Hawkesbury, ON K6A %d%s%d' % (r.randrange(10, 900), r.choice(['Main Street East', 'Spence Ave', 'rue Principale']), r.randrange(1, 9), r.choice('ABCEGH'), r.randrange(1, 9))
    hcn = W.ohip()
    ver = r.choice(['AB', 'KX', 'ZT', 'MH', ''])
    f = ohip_fmt(hcn, r.randrange(5), ver)
    if r.random() < 0.2:
        f = fullwidth(f)
    uro = W.staff('md')
    ont = W.staff('gp', org='ont')
    types = ['patient_name', 'ca_health_number', 'diagnosis']
    if lang == 'fr':
        st = stone(W, 'fr')
        text = join(hello(W, 'fr', doc_title(ont, 'fr')),
                    'Patient(e) ontarien(ne) vu(e) à notre urgence : %s, DDN %s, carte Santé Ontario %s. %s ; urétéroscopie faite le %s, tuteur en place.'
                    % (name_fmt(p, 3, 'fr'), dob_fmt(p['dob'], 'fr', 0), f, st['txt'][0].upper() + st['txt'][1:], dfmt(W.future_date(dt.datetime(2025, 1, 5), 0, 90), 'fr', 1)),
                    'Pourriez-vous assurer le retrait du tuteur à Hawkesbury ? Facturation interprovinciale à suivre.', bye(W, 'fr'), sig(W, uro, 'fr'))
        subj = r.choice(['Transfert de suivi – patient de l\'Ontario', 'Patient ON – retrait de tuteur', 'Suivi urologique Hawkesbury'])
    else:
        dx = prostate_dx(W, 'en') if p['sex'] == 'M' else r.choice(['recurrent UTIs with a 6 mm left lower pole stone', 'refractory OAB'])
        text = join(hello(W, 'en', doc_title(uro, 'en')),
                    'Referring %s (DOB %s, OHIP %s), address %s, for %s.' % (name_fmt(p, 0, 'en'), dob_fmt(p['dob'], 'en', 1), f, p['address'], dx),
                    'Happy to share imaging through the portal.', bye(W, 'en'), sig(W, ont, 'en', unit='Riverside Valley Health'))
        subj = r.choice(['Referral from Ontario', 'Out-of-province referral - urology'])
        uro, ont = ont, uro
    types += ['date_of_birth']
    if 'address' in text or 'Hawkesbury, ON' in text:
        types.append('patient_contact')
    m = mail(W, uro, [ont], subj, text, lang)
    return res('ontario_patient', lang, types, 'Ontario patient with health number', m, {'ca_health_number': [hcn]})


# ------------------------------------------------------------------ 25 French visitor (NIR)
def french_nir(W, lang):
    r = W.rng
    p = W.patient(min_age=25, max_age=80, pool='fr')
    r = SexAware(W.rng, p['sex'])
    n = W.nir(p['dob'], p['sex'])
    uro = W.staff('md')
    adm = W.staff('clerk', org='hsl')
    st = stone(W, 'fr')
    text = join(hello(W, 'fr', adm['given']),
                r.choice(['Patient(e) français(e) en vacances, admis(e) par l\'urgence pour colique néphrétique : %s.' % st['txt'],
                          'Touriste française, rétention urinaire aiguë, sondée à l\'urgence.' if p['sex'] == 'F' else 'Touriste français, rétention urinaire aiguë sur HBP, sondé à l\'urgence.']),
                'Identité : %s — né(e) le %s — n° de sécurité sociale (NIR) : %s.' % (name_fmt(p, 1, 'fr'), dob_fmt(p['dob'], 'fr', 1), nir_fmt(n, r.randrange(4))),
                'Pouvez-vous ouvrir le dossier hors Québec et voir avec son assurance voyage (%s) ?' % r.choice(['Europ Assistance', 'AXA voyage', 'carte bancaire']),
                sig(W, uro, 'fr'))
    types = ['patient_name', 'fr_nir', 'date_of_birth', 'diagnosis']
    m = mail(W, uro, [adm], r.choice(['Patient hors Québec – France', 'Admission – patient(e) français(e)', 'Facturation étranger']), text, 'fr')
    return res('french_patient_nir', 'fr', types, 'French visitor with NIR and renal colic/retention', m, {'fr_nir': [n]})


# ------------------------------------------------------------------ 26 Belgian patient (NISS)
def belgian_niss(W, lang):
    r = W.rng
    p = W.patient('M', 28, 60, pool='be')
    r = SexAware(W.rng, p['sex'])
    n = W.niss(p['dob'], p['sex'])
    nurse = W.staff('nurse')
    uro = W.staff('md')
    f = niss_fmt(n, r.randrange(4))
    if lang == 'fr':
        text = join(hello(W, 'fr', doc_title(uro, 'fr')),
                    '%s, ressortissant belge installé ici depuis peu (pas encore de carte RAMQ), demande une vasectomie. '
                    'Numéro national (NISS) : %s. Antécédent : %s.' % (name_fmt(p, 0, 'fr'), f, r.choice(['varicocèle gauche opérée', 'aucun', 'allergie à la lidocaïne ?'])),
                    'Il sera couvert par son assurance belge en attendant le délai de carence. Je le mets sur la liste ?', sig(W, nurse, 'fr'))
        subj = 'Vasectomie – patient belge'
    else:
        text = join(hello(W, 'en', doc_title(uro, 'en')),
                    '%s, a Belgian national (NISS %s), asked about a vasectomy; history of %s. Not yet covered by RAMQ - waiting period.'
                    % (name_fmt(p, 0, 'en'), f, r.choice(['left varicocele repair', 'nothing relevant'])), sig(W, nurse, 'en'))
        subj = 'Vasectomy request - Belgian patient'
    types = ['patient_name', 'be_niss', 'diagnosis', 'social_information']
    m = mail(W, nurse, [uro], subj, text, lang)
    return res('belgian_patient_niss', lang, types, 'Belgian patient with NISS requesting vasectomy', m, {'be_niss': [n]})


# ------------------------------------------------------------------ 27 SIN on a disability/insurance form
def sin_disability(W, lang):
    r = W.rng
    p = W.holder_where(lambda x: 1955 < x['dob'].year < 2000) if r.random() < 0.5 else W.patient(min_age=25, max_age=64)
    r = SexAware(W.rng, p['sex'])
    s = W.sin()
    f = sin_fmt(s, r.randrange(5))
    uro = W.staff('md')
    sec = W.staff('clerk')
    insurer = ('Gestion des invalidités', 'invalidite@assur-coop.example')
    types = ['patient_name', 'ca_sin', 'diagnosis']
    if lang == 'fr':
        proc = r.choice(['néphrolithotomie percutanée pour lithiase coralliforme', 'prostatectomie radicale pour adénocarcinome prostatique',
                         'cystectomie radicale avec néovessie pour carcinome urothélial', 'urétéroscopie bilatérale pour lithiase urétérale',
                         'néphrectomie partielle pour carcinome à cellules rénales'])
        lines = ['Déclaration du médecin traitant – invalidité de courte durée', 'Assuré(e) : %s' % name_fmt(p, 1, 'fr'), 'NAS : %s' % f,
                 'Date de naissance : %s' % dob_fmt(p['dob'], 'fr', 0), 'Diagnostic / intervention : %s' % proc,
                 'Arrêt de travail du %s au %s' % (dfmt(dt.date(2025, 2, 3), 'fr', 0), dfmt(dt.date(2025, 4, 14), 'fr', 0)),
                 'Restrictions : pas de charges > 10 kg']
        types.append('date_of_birth')
        if r.random() < 0.5:
            lines.append('Situation : prestataire d\'aide sociale avant l\'embauche, travail saisonnier.')
            types.append('social_information')
        pdf = A.make_pdf('Formulaire d\'invalidité – section médecin', lines, header='Assur-Coop')
        text = join(hello(W, 'fr'), 'Veuillez trouver ci-joint le formulaire complété par %s pour votre assuré(e).' % doc_title(uro, 'fr'),
                    r.choice(['Le NAS figure à la section 1.', 'Le patient a payé les frais de formulaire.', '']), sig(W, sec, 'fr'))
        subj = r.choice(['Formulaire invalidité complété', 'Dossier invalidité – formulaire médical', 'Réclamation ICD'])
        fname = r.choice(['formulaire_invalidite.pdf', 'ICD_%s.pdf' % p['surname'], 'Form_ADM-114.pdf'])
    else:
        lines = ['Attending Physician Statement - Short-term disability', 'Claimant: %s' % name_fmt(p, 0, 'en'), 'SIN: %s' % f,
                 'Diagnosis: %s' % r.choice(['percutaneous nephrolithotomy for staghorn calculus', 'radical prostatectomy for prostate cancer', 'partial nephrectomy for renal cell carcinoma']),
                 'Off work Feb 3 - Apr 14, 2025']
        pdf = A.make_pdf('Attending Physician Statement', lines, header='Assur-Coop')
        text = join(hello(W, 'en'), 'Completed APS form attached.', sig(W, sec, 'en'))
        subj = 'Disability form completed'
        fname = 'APS_form.pdf'
    m = mail(W, sec, [insurer], subj, text, lang, attachments=[{'filename': fname, 'data': pdf, 'ctype': 'application/pdf'}])
    return res('sin_disability_form', lang, types, 'disability form with SIN and surgery', m, {'ca_sin': [s]})


# ------------------------------------------------------------------ 28 social work
def social_work(W, lang):
    r = W.rng
    p = W.holder() if r.random() < 0.5 else W.patient(min_age=40)
    r = SexAware(W.rng, p['sex'])
    sw = W.staff('sw', 'F')
    nurse = W.staff('nurse')
    types = ['patient_name', 'social_information', 'diagnosis']
    if lang == 'fr':
        sit = r.choice(['en situation d\'itinérance, hébergé au refuge %s' % r.choice(['Le Phare', 'La Halte', 'Maison Saint-Gérard']),
                        'victime de violence conjugale, ne doit pas recevoir d\'appels à la maison',
                        'sous curatelle publique, la curatrice doit signer le consentement',
                        'sans revenu depuis 4 mois, demande d\'aide sociale en cours',
                        'vit dans un logement insalubre, proprio refuse les réparations'])
        text = join(hello(W, 'fr', nurse['given']),
                    'Pour le congé de %s (%s ans, %s) : %s.' % (name_fmt(p, 3, 'fr'), p['age'],
                                                             r.choice(['sonde à demeure post-rétention', 'néphrostomie gauche', 'tuteur JJ à retirer dans 3 semaines']), sit),
                    'Je propose de le/la garder une nuit de plus le temps de confirmer l\'hébergement et les soins à domicile avec le CLSC.', sig(W, sw, 'fr'))
        subj = r.choice(['Congé complexe', 'Plan de congé – service social', 'Situation sociale – ch. %d' % r.randrange(700, 740)])
    else:
        sit = r.choice(['currently homeless, staying at the shelter', 'disclosed intimate partner violence - do not call home', 'no income, welfare application pending'])
        text = join(hello(W, 'en', nurse['given']), 'Re discharge planning for %s (nephrostomy tube): %s.' % (name_fmt(p, 0, 'en'), sit),
                    'Please hold discharge until home care is set up.', sig(W, sw, 'en'))
        subj = 'Complex discharge'
    m = mail(W, sw, [nurse], subj, text, lang)
    return res('social_work', lang, types, 'social work discharge note (housing/violence/income)', m)


# ------------------------------------------------------------------ 29 youth protection (paediatric urology)
def youth_protection(W, lang):
    r = W.rng
    p = W.holder_where(lambda x: x['dob'].year >= 2010)
    r = SexAware(W.rng, p['sex'])
    sw = W.staff('sw', 'F')
    uro = W.staff('md')
    dx = r.choice(PEDS_DX if p['sex'] == 'M' else [d for d in PEDS_DX if not d.startswith(('crypto', 'hypos', 'phim'))])
    text = join(hello(W, 'fr', doc_title(uro, 'fr')),
                'Concernant %s (%s ans, DDN %s, NAM %s), suivi(e) en urologie pédiatrique pour %s : l\'enfant est placé(e) en famille d\'accueil '
                'depuis %s à la suite d\'un signalement à la DPJ.' % (name_fmt(p, 0, 'fr'), p['age'], dob_fmt(p['dob'], 'fr', 0), nam_fmt(p['nam'], r.randrange(9)), dx,
                                                                      r.choice(['janvier', 'l\'automne dernier', 'deux mois'])),
                'Le consentement à la chirurgie doit être signé par l\'intervenante de la DPJ, pas par les parents. Merci de ne donner aucune information à la mère.',
                sig(W, sw, 'fr'))
    types = ['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis', 'social_information']
    m = mail(W, sw, [uro], r.choice(['Consentement – enfant placé', 'DPJ – info importante', 'Urologie pédiatrique – situation DPJ']), text, 'fr')
    return res('youth_protection', 'fr', types, 'paediatric urology patient under youth protection', m)


# ------------------------------------------------------------------ 30 urine culture
def urine_culture(W, lang):
    r = W.rng
    p = W.holder() if r.random() < 0.5 else W.patient()
    r = SexAware(W.rng, p['sex'])
    micro = ('Microbiologie', 'micro.resultats@biomedis.example')
    uro = W.staff('md')
    bug = r.choice(BUGS)
    types = ['patient_name', 'lab_result', 'mrn']
    if lang == 'fr':
        text = join('RÉSULTAT CRITIQUE – appel requis', 'Patient : %s   Dossier : %s' % (name_fmt(p, 1, 'fr'), W.mrn(p)),
                    'Culture d\'urine (sonde) : > 10^8 UFC/L %s' % bug,
                    'Résistant : ciprofloxacine, TMP-SMX%s\nSensible : %s' % (', céfazoline' if 'BLSE' in bug else '', r.choice(['nitrofurantoïne, fosfomycine', 'méropénem, ertapénem', 'amoxicilline'])),
                    'Le patient est actuellement sous %s selon le dossier.' % r.choice(ABX).split(' x ')[0],
                    'Message généré automatiquement – ne pas répondre.')
        types += ['medication', 'diagnosis']
        subj = 'Résultat critique – microbiologie'
    else:
        text = join('CRITICAL RESULT', 'Patient: %s  MRN: %s' % (name_fmt(p, 1, 'en'), W.mrn(p)), 'Urine culture: > 10^8 CFU/L %s' % bug,
                    'Resistant to ciprofloxacin. Currently on %s.' % r.choice(ABX_EN).split(' x ')[0], 'Automated message - do not reply.')
        types += ['medication', 'diagnosis']
        subj = 'Critical result - microbiology'
    m = mail(W, micro, [uro], subj, text, lang, body_mode=r.choice(['plain', 'html']))
    return res('urine_culture', lang, types, 'automated critical urine culture result', m)


# ------------------------------------------------------------------ 31 bladder pathology + BCG schedule
def bladder_bcg(W, lang):
    r = W.rng
    uro = W.staff('md')
    nurse = W.staff('nurse')
    rows = [['Patient', 'NAM', 'Dx', 'Induction', 'Instillation #', 'Date'] if lang == 'fr' else ['Patient', 'RAMQ', 'Dx', 'Course', 'Dose #', 'Date']]
    for i in range(r.randrange(4, 9)):
        p = W.holder()
        rows.append([name_fmt(p, 1, lang), p['nam'], r.choice(['TVNIM HG pT1', 'CIS', 'pTa HG']), r.choice(['induction', 'entretien 3 mois', 'entretien 6 mois']) if lang == 'fr' else r.choice(['induction', 'maint. 3 mo']),
                     r.randrange(1, 7), W.future_date(dt.datetime(2025, 3, 1), 0, 60).isoformat()])
    data = A.make_xlsx([('BCG', rows)])
    if lang == 'fr':
        text = join(hello(W, 'fr', nurse['given']),
                    'Avec la pénurie de BCG, voici l\'horaire révisé des instillations (doses réduites à 1/3 pour l\'entretien).', sig(W, uro, 'fr'))
        subj = 'Horaire BCG révisé'
    else:
        text = join(hello(W, 'en', nurse['given']), 'Revised BCG instillation schedule attached (1/3 dose for maintenance).', sig(W, uro, 'en'))
        subj = 'BCG schedule'
    m = mail(W, uro, [nurse], subj, text, lang, attachments=[{'filename': r.choice(['horaire_BCG.xlsx', 'BCG_instillations.xlsx']), 'data': data,
                                                               'ctype': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'}])
    return res('bcg_schedule_xlsx', lang, ['patient_name', 'ramq_nam', 'diagnosis', 'medication'], 'BCG instillation schedule with NAMs', m)


# ------------------------------------------------------------------ 32 appointment reminder sent to the patient (HTML)
def appt_reminder(W, lang):
    r = W.rng
    p = W.holder() if r.random() < 0.5 else W.patient()
    r = SexAware(W.rng, p['sex'])
    d = W.future_date(dt.datetime(2025, 2, 1), 2, 100)
    box = ('Clinique d\'urologie – Rendez-vous', 'ne-pas-repondre@hsln.example')
    exam = r.choice([('urodynamie', 'Arrivez la vessie pleine et apportez votre journal mictionnel de 3 jours.',
                      'urodynamic study', 'Please arrive with a comfortably full bladder and bring your 3-day bladder diary.'),
                     ('cystoscopie', 'Vous pouvez manger normalement. Prévoyez 1 h sur place.',
                      'cystoscopy', 'You may eat normally. Plan to be here for about one hour.'),
                     ('biopsie de prostate transpérinéale', 'Cessez votre anticoagulant selon les consignes reçues. Prenez l\'antibiotique prescrit 1 h avant.',
                      'transperineal prostate biopsy', 'Stop your blood thinner as instructed. Take the prescribed antibiotic 1 hour before.'),
                     ('lithotripsie (LEOC)', 'À jeun depuis minuit. Un accompagnateur est obligatoire.',
                      'shock-wave lithotripsy', 'Nothing to eat after midnight. You must have someone to drive you home.'),
                     ('vasectomie', 'Rasez le scrotum la veille. Un accompagnateur est recommandé.',
                      'vasectomy', 'Shave the scrotum the night before. Bring someone to drive you home.')])
    if lang == 'en':
        exam = (exam[2], exam[3])
    if lang == 'fr':
        html = ('<html><body style="font-family:Arial"><table width="600" style="border:1px solid #ddd"><tr><td style="background:#00557f;color:#fff;padding:10px">'
                '<b>Hôpital Saint-Laurent-du-Nord</b></td></tr><tr><td style="padding:14px">'
                '<p>Bonjour %s %s,</p><p>Ceci est un rappel de votre rendez-vous de <b>%s</b> le <b>%s à %dh%02d</b>, Clinique d\'urologie, 3e étage.</p>'
                '<p>%s</p><p>Pour annuler : 450 555-0110.</p><p style="font-size:11px;color:#777">Courriel automatisé, ne pas répondre.</p></td></tr></table></body></html>'
                % (title(p, 'fr'), p['surname'], exam[0], dfmt(d, 'fr', 1), r.choice([8, 9, 10, 13, 14]), r.choice([0, 15, 30, 45]), exam[1]))
        subj = 'Rappel de rendez-vous – %s' % dfmt(d, 'fr', 1)
    else:
        html = ('<html><body><p>Dear %s %s,</p><p>This is a reminder of your <b>%s</b> appointment on <b>%s</b> at the Urology Clinic.</p>'
                '<p>%s</p><p>To cancel call 450 555-0110.</p></body></html>' % (title(p, 'en'), p['surname'], exam[0], dfmt(d, 'en', 1), exam[1]))
        subj = 'Appointment reminder'
    text = html
    m = mail(W, box, [(p['full'], p['email'])], subj, 'x', lang, html=html, body_mode='html')
    m['text'] = html
    types = ['patient_name', 'patient_contact', 'diagnosis']
    if 'anticoag' in html or 'antibiotique' in html or 'antibiotic' in html:
        types.append('medication')
    return res('appt_reminder_html', lang, types, 'HTML reminder to patient address naming the exam', m)


# ------------------------------------------------------------------ 33 phone triage note
def phone_triage(W, lang):
    r = W.rng
    p = W.holder() if r.random() < 0.5 else W.patient()
    r = SexAware(W.rng, p['sex'])
    nurse = W.staff('nurse')
    uro = W.staff('md')
    t = W.mail_date()
    types = ['patient_name', 'patient_contact', 'diagnosis']
    if lang == 'fr':
        s = r.choice(['brûlures mictionnelles, urines troubles, T 38,6, frissons', 'rétention depuis ce matin, globe vésical douloureux',
                      'sang dans l\'urine avec caillots depuis la biopsie', 'tuteur qui fait très mal, ne dort plus', 'fuites urinaires constantes depuis le retrait de la sonde'])
        text = join(hello(W, 'fr', doc_title(uro, 'fr')),
                    'Appel à %dh%02d de %s (%s) : %s. %s' % (t.hour, t.minute, name_fmt(p, r.choice([3, 0, 6]), 'fr'), p['phone'], s,
                                                          r.choice(['Je lui ai dit d\'aller à l\'urgence.', 'Prend déjà %s.' % r.choice(ABX).split(' x ')[0], 'Souhaite un RV cette semaine.'])),
                    'Peux-tu le/la rappeler ou me dire quoi faire ?', sig(W, nurse, 'fr'))
        subj = r.choice(['Appel patient – à rappeler', 'Triage téléphonique', 'Message patient'])
    else:
        s = r.choice(['dysuria, cloudy urine, fever 38.6', 'unable to void since this morning', 'clots in urine since biopsy'])
        text = join(hello(W, 'en', doc_title(uro, 'en')), 'Call from %s (%s) at %d:%02d: %s. Advised ER if worse.' % (name_fmt(p, 0, 'en'), p['phone'], t.hour, t.minute, s), sig(W, nurse, 'en'))
        subj = 'Patient call back'
    if 'Prend déjà' in text:
        types.append('medication')
    m = mail(W, nurse, [uro], subj, text, lang, date=t)
    return res('phone_triage', lang, types, 'nurse phone triage note with patient phone', m)


# ------------------------------------------------------------------ 34 home care (CLSC) request
def home_care(W, lang):
    r = W.rng
    p = W.holder() if r.random() < 0.6 else W.patient(min_age=60)
    r = SexAware(W.rng, p['sex'])
    nurse = W.staff('nurse')
    clsc = ('Guichet d\'accès SAD – CLSC des Érables', 'sad.guichet@clsc-erables.example')
    types = ['patient_name', 'patient_contact', 'diagnosis']
    lines = [hello(W, 'fr'), 'Demande de services infirmiers à domicile :',
             'Usager : %s' % name_fmt(p, 1, 'fr'), 'Adresse : %s' % p['address'], 'Tél. : %s' % p['phone']]
    if p.get('nam'):
        lines.append('NAM : %s' % nam_fmt(p['nam'], r.randrange(9)))
        types.append('ramq_nam')
    if r.random() < 0.5:
        lines.append('DDN : %s' % dob_fmt(p['dob'], 'fr', 0))
        types.append('date_of_birth')
    lines += ['Besoin : %s' % r.choice(['changement de sonde Foley 16 Fr q4 semaines', 'soins de néphrostomie droite, pansement 2x/sem',
                                      'enseignement autocathétérisme intermittent', 'irrigation de cystostomie sus-pubienne']),
              'Raison : %s' % r.choice(['rétention chronique sur vessie neurogène', 'obstruction urétérale par néoplasie', 'sténose urétrale']),
              r.choice(['Vit seul(e), pas de proche aidant.', 'Conjointe présente mais en perte d\'autonomie.', 'Fille disponible les fins de semaine.'])]
    if 'seul' in lines[-1] or 'aidant' in lines[-1] or 'autonomie' in lines[-1]:
        types.append('social_information')
    lines += [bye(W, 'fr'), sig(W, nurse, 'fr')]
    m = mail(W, nurse, [clsc], r.choice(['Demande SAD', 'Référence soins à domicile', 'Demande de service – CLSC']), join(*lines), 'fr')
    return res('home_care_request', 'fr', types, 'home care request with address and catheter care', m)


# ------------------------------------------------------------------ 35 surgical wait list (xlsx) + roster in body
def waitlist(W, lang):
    r = W.rng
    mgr = W.staff('mgr')
    uro = W.staff('md')
    rows = [['Priorité', 'Nom', 'Dossier', 'Intervention', 'Date demande', 'Délai (j)'] if lang == 'fr' else ['Priority', 'Name', 'MRN', 'Procedure', 'Requested', 'Days waiting']]
    for i in range(r.randrange(8, 15)):
        p = W.patient()
        rr = SexAware(W.rng, p['sex'])
        rows.append([r.choice('ABCDE'), name_fmt(p, r.choice([1, 5, 8]), lang), p['mrn'],
                     rr.choice(['RTUP', 'Prostatectomie rad.', 'URS laser', 'NLPC', 'Bandelette sous-urétrale', 'Sphincter artificiel', 'Orchidopexie']) if lang == 'fr'
                     else rr.choice(['TURP', 'Radical prostatectomy', 'URS laser', 'PCNL', 'Mid-urethral sling', 'Artificial sphincter']),
                     dt.date(2024, r.randrange(1, 13), r.randrange(1, 28)).isoformat(), r.randrange(30, 420)])
    data = A.make_xlsx([('Liste attente' if lang == 'fr' else 'Waitlist', rows)])
    text = join(hello(W, lang, doc_title(uro, lang)),
                'Liste d\'attente chirurgicale, les dossiers > 365 jours sont en rouge pour la reddition de comptes.' if lang == 'fr' else 'Surgical waitlist, >365 days flagged.',
                sig(W, mgr, lang))
    m = mail(W, mgr, [uro], 'Liste d\'attente – révision' if lang == 'fr' else 'Waitlist review', text, lang,
             attachments=[{'filename': 'liste_attente_uro.xlsx' if lang == 'fr' else 'uro_waitlist.xlsx', 'data': data,
                           'ctype': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'}])
    return res('waitlist_xlsx', lang, ['patient_name', 'mrn', 'diagnosis'], 'surgical waitlist with names and procedures', m)
