"""Positive templates, part B: relatives, home care, calendars, rosters, transfers."""
import datetime

import attach
import ids
import vocab as V
from compose import Mail


# ------------------------------------------------------------------ 9 relative writes about a parent
def relative(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    p = c.pt(adults=True)
    key = c.choice(['alz', 'copd', 'afib', 'ckd', 'dm2', 'breast', 'dep'])
    dxs = V.dx(key, lang, rng)
    soc = c.choice(V.SOCIAL[:3] + V.SOCIAL[6:9])
    rel_given = c.choice(ids.PATIENT_GIVEN_F + ids.PATIENT_GIVEN_M)
    rel_mail = '%s.%s@%s' % (ids.ascii_local(rel_given), ids.ascii_local(p.surname), c.choice(['courriel.example', 'maboite.example']))
    nurse = c.me(c.choice(['nurse', 'coord', 'sw']))
    m.types.update({'patient_name', 'diagnosis', 'social_information'})
    rel_fr = c.choice(['ma mère', 'ma tante', 'ma belle-mère'] if p.sex == 'F' else ['mon père', 'mon oncle', 'mon beau-père'])
    rel_en = c.choice(['my mother', 'my aunt', 'my mother-in-law'] if p.sex == 'F' else ['my father', 'my uncle', 'my father-in-law'])
    q = c.L("Bonjour, je vous écris au sujet de %s, %s (DDN %s), qui est suivi(e) chez vous pour %s. "
            "Depuis quelques semaines c'est de plus en plus difficile : %s %s. Elle/il est tombé(e) deux fois la semaine passée. "
            "Est-ce qu'on peut avoir une visite à domicile? Merci, %s %s" % (rel_fr, p.full, c.date(p.dob), dxs, c.choice(['il/elle', c.L('ma mère', 'x') if p.sex == 'F' else c.L('mon père', 'x')]), soc[0], rel_given, p.surname),
            "Hello, I'm writing about %s, %s (DOB %s), who is followed at your clinic for %s. Things have been getting harder: "
            "the patient %s. Two falls last week. Could someone do a home visit? Thank you, %s %s" % (rel_en, p.full, c.date(p.dob), dxs, soc[1], rel_given, p.surname))
    m.types.add('date_of_birth')
    q = V.typo(q, rng, 0.08)
    qblocks = [q]
    if c.chance(0.5):
        a = ids.home_address(rng)
        qblocks.append(c.L('Adresse : %s, tél. %s' % (a, ids.phone(rng)), 'Address: %s, phone %s' % (a, ids.phone(rng))))
        m.types.add('patient_contact')
    if c.chance(0.3):
        qblocks.append('NAM: ' + c.nam(p, True))
        m.types.add('ramq_nam')
    m.frm = (nurse['full'], nurse['addr'])
    m.to = [('%s %s' % (rel_given, p.surname), rel_mail)]
    if c.chance(0.4):
        m.cc = [(V.dname(c.doc, lang), c.doc_addr())]
    m.reply = True
    m.subject = c.L('RE: %s - %s' % (c.choice([rel_fr.capitalize(), 'Inquiétude', 'demande visite']), p.full),
                    'RE: %s - %s' % (c.choice([rel_en.capitalize(), 'Concern', 'home visit request']), p.full))
    ans = c.L("%s\n\nMerci de nous avoir écrit. J'ai parlé avec %s; une infirmière du soutien à domicile communiquera avec vous "
              "d'ici vendredi pour planifier une évaluation. D'ici là, si chute avec blessure, allez à l'urgence." %
              (V.greet(lang, rng, rel_given), V.le_dr(c.doc, short=True)),
              "%s\n\nThank you for writing. I spoke with %s; a home care nurse will contact you by Friday to schedule an assessment. "
              "In the meantime, if there is a fall with injury, please go to the ER." % (V.greet(lang, rng, rel_given), V.dname(c.doc, lang, short=True)))
    m.blocks = [ans, c.sig(nurse), ('quote', c.L('-----Message d\'origine-----\nDe : %s %s', '-----Original Message-----\nFrom: %s %s') % (rel_given, p.surname), qblocks)]
    m.note = 'reply to relative about parent (diagnosis, social situation)'
    m.gp = p
    return m


# ------------------------------------------------------------------ 10 home visits / transport
def home_visits(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    nurse = c.me('nurse')
    coord = c.me('coord')
    m.frm = (coord['full'], coord['addr'])
    m.to = [(nurse['full'], nurse['addr'])]
    variant = c.choice(['tour', 'tour', 'transport'])
    m.types.update({'patient_name', 'patient_contact'})
    if variant == 'tour':
        d = datetime.date(2024, 10, rng.randrange(1, 28))
        m.subject = c.L('Tournée SAD %s' % c.date(d), 'Home visits %s' % c.date(d))
        rows = []
        for h in ['08:30', '09:45', '11:00', '13:15', '14:30'][:rng.randrange(3, 6)]:
            p = c.pt(adults=True)
            key = c.choice(['afib', 'dm2', 'copd', 'alz', 'ckd'])
            reason = c.choice([c.L('prélèvement RNI (warfarine)', 'INR draw (warfarin)'), c.L('pansement ulcère jambe', 'leg ulcer dressing'),
                               c.L('suivi %s' % V.dx(key, lang, rng), '%s follow-up' % V.dx(key, lang, rng)),
                               c.L('injection B12', 'B12 injection')])
            rows.append([h, p.rev, ids.home_address(rng), ids.phone(rng), reason])
        m.types.update({'diagnosis', 'medication'})
        m.blocks = [V.greet(lang, rng, nurse['given']),
                    c.L('Voici ta tournée. Attention, stationnement difficile au 2e arrêt.', "Here's your route. Parking is tricky at stop #2."),
                    ('table', c.L(['Heure', 'Patient', 'Adresse', 'Tél.', 'Motif'], ['Time', 'Patient', 'Address', 'Phone', 'Reason']), rows),
                    c.sig(coord)]
        m.note = 'home-visit route with addresses, phones, reasons'
    else:
        p = c.pt(adults=True)
        key = c.choice(['ckd', 'copd', 'alz', 'breast'])
        m.to = [('Transport adapté ' + c.choice(ids.TOWNS), 'reservations@transport-adapte.example')]
        m.subject = c.L('Réservation transport - %s' % p.surname, 'Transport booking - %s' % p.surname)
        a = ids.home_address(rng)
        m.blocks = [V.greet(lang, rng),
                    c.L('Merci de réserver un transport pour %s %s, %s, tél. %s, le %s à 9 h 30 vers le %s (rendez-vous en %s). '
                        'Fauteuil roulant, ne peut rester seul(e).' %
                        (p.title(lang), p.full, a, ids.phone(rng), c.date(datetime.date(2024, 10, rng.randrange(1, 28))),
                         c.choice(ids.HOSPITALS)[0], c.choice(['hémodialyse', 'oncologie', 'pneumologie'])),
                        'Please book a ride for %s %s, %s, phone %s, on %s at 9:30 to %s (appointment in %s). Wheelchair, cannot be left alone.' %
                        (p.title(lang), p.full, a, ids.phone(rng), c.date(datetime.date(2024, 10, rng.randrange(1, 28))),
                         c.choice(ids.HOSPITALS)[0], c.choice(['dialysis', 'oncology', 'respirology']))),
                    c.sig(coord)]
        m.types.add('diagnosis')
        m.gp = p
        m.note = 'transport booking with home address and care destination'
    return m


# ------------------------------------------------------------------ 11 appointment invitation (ICS)
def appt_ics(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    p = c.pt()
    key = c.choice(['dm2', 'htn', 'preg', 'adhd', 'dep', 'copd', 'hiv'])
    dxs = V.dx(key, lang, rng)
    start = datetime.datetime(2024, 10, rng.randrange(1, 28), rng.choice([8, 9, 10, 13, 14, 15]), c.choice([0, 15, 30, 45]))
    sec = c.me('sec')
    m.frm = (sec['full'], sec['addr'])
    m.to = [(V.dname(c.doc, lang), c.doc_addr())]
    m.types.update({'patient_name', 'diagnosis'})
    summ = c.choice([c.L('Suivi %s - %s' % (dxs, p.rev), '%s follow-up - %s' % (dxs, p.rev)),
                     '%s %s / %s' % (p.surname, p.given, dxs)])
    desc = c.L(c.g(p, 'Patient(e) : %s\nMotif : %s\n') % (p.full, dxs), 'Patient: %s\nReason: %s\n' % (p.full, dxs))
    if c.chance(0.6):
        desc += 'NAM: %s\n' % c.nam(p)
        m.types.add('ramq_nam')
    if c.chance(0.5):
        desc += c.L('Tél. : %s\n', 'Phone: %s\n') % ids.phone(rng)
        m.types.add('patient_contact')
    ics = attach.make_ics('%d-%s@%s' % (rng.randrange(10 ** 6, 10 ** 7), p.surname.lower(), c.dom), start, 30, summ, desc,
                          c.L('Bureau %d' % rng.randrange(1, 12), 'Room %d' % rng.randrange(1, 12)),
                          (sec['full'], sec['addr']), [(V.dname(c.doc, lang), c.doc_addr())])
    m.subject = c.choice([c.L('Invitation : %s' % summ, 'Invitation: %s' % summ), c.L('RDV ajouté à ton agenda', 'Appointment added to your calendar')])
    m.blocks = [c.L('Rendez-vous ajouté (voir invitation).', 'Appointment added (see invitation).'), c.sig(sec)]
    m.att('invite.ics', ics, 'text/calendar', cte=c.choice(['base64', 'quoted-printable']))
    m.note = 'calendar invitation naming patient and reason'
    m.gp = p
    return m


# ------------------------------------------------------------------ 12 walk-in roster
def walkin_roster(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    coord = c.me(c.choice(['coord', 'recep']))
    m.frm = (coord['full'], coord['addr'])
    m.to = [(V.dname(c.doc, lang), c.doc_addr())]
    d = datetime.date(2024, 10, rng.randrange(1, 28))
    m.subject = c.L('SRV %s - patients en attente' % c.date(d), 'Walk-in %s - waiting list' % c.date(d))
    rows = []
    reasons_fr = ['douleur thoracique', 'otite', 'dépistage ITSS', 'toux 3 sem', 'brûlure mictionnelle', 'entorse cheville',
                  'crise de panique', 'éruption cutanée', 'renouvellement Ventolin', 'fièvre enfant']
    reasons_en = ['chest pain', 'earache', 'STI screening', 'cough x3 wks', 'painful urination', 'sprained ankle',
                  'panic attack', 'skin rash', 'Ventolin refill', 'child fever']
    withdob = c.chance(0.5)
    withmrn = c.chance(0.4)
    for i in range(rng.randrange(5, 10)):
        p = c.pt()
        r = [('%02d:%02d' % (8 + i // 2, 30 * (i % 2))), '%s, %s' % (p.surname.upper(), p.given)]
        if withdob:
            r.append(p.dob.isoformat())
        if withmrn:
            r.append(ids.make_mrn(rng))
        r.append(c.choice(reasons_fr if lang == 'fr' else reasons_en))
        rows.append(r)
    heads = [c.L('Arrivée', 'Arrival'), c.L('Nom', 'Name')] + ([c.L('DDN', 'DOB')] if withdob else []) + \
        ([c.L('Dossier', 'Chart')] if withmrn else []) + [c.L('Motif', 'Reason')]
    m.types.update({'patient_name', 'diagnosis'})
    if withdob:
        m.types.add('date_of_birth')
    if withmrn:
        m.types.add('mrn')
    m.blocks = [c.L('Liste à jour de la salle d\'attente (triage infirmier fait) :', 'Updated waiting room list (nurse triage done):'),
                ('table', heads, rows), c.L('3 autres inscrits en ligne pour 15 h.', '3 more registered online for 3 pm.'), c.sig(coord)]
    m.note = 'walk-in waiting roster surname-first with reasons'
    return m


# ------------------------------------------------------------------ 13 Ontario transfer
def transfer_on(c):
    rng = c.rng
    lang = c.lang
    m = Mail(lang)
    p = ids.invented_patient(rng, 20, 85)
    num, vc = ids.make_on_hcn(rng)
    key = c.choice(['dm2', 'htn', 'afib', 'hypo', 'dep', 'copd'])
    dxs = V.dx(key, lang, rng)
    md = V.med(key, rng)
    m.types.update({'patient_name', 'ca_health_number', 'diagnosis', 'medication', 'date_of_birth'})
    sender_dom = c.choice(['kingsroadfht.example', 'rideaufamilyhealth.example'])
    m.frm = (c.choice(['Medical Records', 'Health Records Dept.']) + ' - ' + c.choice(['Kings Road FHT', 'Rideau Family Health']),
             'records@' + sender_dom)
    sec = c.me('sec')
    m.to = [(sec['full'], sec['addr'])]
    m.subject = c.L('Transfert de dossier - %s' % p.full, 'Records transfer - %s' % p.full)
    lines = ['Patient: %s' % p.rev, 'DOB: %s' % p.dob.isoformat(), 'OHIP / HCN: %s' % ids.fmt_on_hcn(num, vc, rng),
             'Active problems: %s' % V.dx(key, 'en', rng), 'Medications: %s' % md]
    if lang == 'fr':
        intro = ("Bonjour,\nSuite à l'autorisation signée par le patient, voici le sommaire de dossier de %s, qui déménage au Québec "
                 "et s'inscrit à votre GMF. Problèmes actifs : %s. Le dossier complet suit par courrier." % (p.full, dxs))
    else:
        intro = ("Hello,\nFurther to the signed patient authorization, please find the chart summary for %s, who is moving to Quebec "
                 "and registering with your FMG. Active problems: %s. Full chart to follow by mail." % (p.full, dxs))
    m.blocks = [intro, ('pre', '\n'.join(lines)), ('sig', ['Health Records', 'Tel: (613) 555-01%02d' % rng.randrange(10, 99)])]
    if c.chance(0.5):
        m.att('summary_%s.pdf' % p.surname, attach.make_pdf('Patient Summary', lines), 'application/pdf')
    m.note = 'Ontario records transfer with health number'
    m.gp = p
    return m


# ------------------------------------------------------------------ 14/15 newcomer from Belgium / France
def newcomer(c, country):
    rng, lang = c.rng, 'fr'
    c.lang = 'fr'
    m = Mail(lang)
    p = ids.invented_patient(rng, 20, 80)
    if country == 'be':
        num = ids.make_niss(p, rng)
        idtxt = 'NISS (registre national belge) : %s' % ids.fmt_niss(num, rng)
        m.types.add('be_niss')
    else:
        num = ids.make_nir(p, rng)
        idtxt = 'NIR (n° sécu) : %s' % ids.fmt_nir(num, rng)
        m.types.add('fr_nir')
    key = c.choice(['hypo', 'asthma', 'dm2', 'migraine', 'hiv', 'breast', 'gad'])
    dxs = V.dx(key, lang, rng)
    md = V.med(key, rng)
    sec = c.me('sec')
    m.types.update({'patient_name', 'diagnosis', 'date_of_birth'})
    m.frm = (sec['full'], sec['addr'])
    m.to = [(V.dname(c.doc, lang), c.doc_addr())]
    m.subject = c.choice(['Nouvelle inscription - %s' % p.full, 'Inscription patient %s (arrivé de %s)' % (p.surname, 'Belgique' if country == 'be' else 'France')])
    rows = [['Nom', p.rev], ['Date de naissance', c.date(p.dob)], ['Identifiant pays d\'origine', idtxt.split(' : ')[1]],
            ['Antécédents', dxs]]
    if md:
        rows.append(['Traitement en cours', md])
        m.types.add('medication')
    if c.chance(0.5):
        rows.append(['Situation', c.choice(['permis de travail temporaire, délai de carence RAMQ de 3 mois',
                                            'arrivé(e) avec sa conjointe, sans emploi pour le moment'])])
        m.types.add('social_information')
    m.blocks = ['Bonjour %s,' % c.doc['given'],
                "Nouvelle patiente/nouveau patient assigné(e) via le GAMF. Elle/il apporte les documents de son médecin en %s." %
                ('Belgique' if country == 'be' else 'France'),
                ('table', ['Champ', 'Valeur'], rows), idtxt, c.sig(sec)]
    m.note = 'newcomer registration with %s identifier' % ('Belgian NISS' if country == 'be' else 'French NIR')
    m.gp = p
    return m


def newcomer_be(c):
    return newcomer(c, 'be')


def newcomer_fr(c):
    return newcomer(c, 'fr')


# ------------------------------------------------------------------ 16 vCard of patient
def vcard_patient(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    p = c.pt(adults=True)
    key = c.choice(['dm2', 'alz', 'copd', 'ckd', 'aud'])
    nurse = c.me('nurse')
    m.frm = (nurse['full'], nurse['addr'])
    m.to = [(V.dname(c.doc, lang), c.doc_addr())]
    tel = ids.phone(rng)
    em = ids.personal_email(p, rng)
    note = c.L('Patient(e) GMF - %s. %s' % (V.dx(key, lang, rng), c.choice(['Préfère être appelé(e) le matin.', 'Fille proche aidante.', 'Malentendant(e).'])),
               'FMG patient - %s. %s' % (V.dx(key, lang, rng), c.choice(['Prefers morning calls.', 'Daughter is caregiver.', 'Hard of hearing.'])))
    note = c.g(p, note)
    vc = attach.make_vcard(p.full, '%s;%s;;;' % (p.surname, p.given), tel=tel, email=em, adr=ids.home_address(rng),
                           note=note, bday=p.dob.isoformat() if c.chance(0.6) else None)
    m.types.update({'patient_name', 'patient_contact', 'diagnosis'})
    if 'BDAY' in vc:
        m.types.add('date_of_birth')
    m.subject = c.L('Coordonnées %s' % p.surname, 'Contact card %s' % p.surname)
    m.blocks = [c.L('Voici la fiche contact pour le suivi téléphonique.', 'Contact card for the phone follow-up.'), c.sig(nurse)]
    m.att('%s_%s.vcf' % (ids.ascii_local(p.surname), ids.ascii_local(p.given)), vc, 'text/vcard')
    m.note = 'vCard with patient contact and clinical note'
    m.gp = p
    return m


# ------------------------------------------------------------------ 17 forward with attached .eml
def fwd_eml(c):
    from compose import build
    rng, lang = c.rng, c.lang
    p = c.pt(adults=True)
    key = c.choice(['uti', 'migraine', 'asthma', 'chlam', 'lbp', 'gout', 'aom'])
    dxs = V.dx(key, lang, rng)
    inner = Mail(lang)
    inner.frm = (p.full, ids.personal_email(p, rng))
    inner.to = [(c.L('Info GMF', 'FMG info'), 'info@' + c.dom)]
    inner.subject = c.L(c.choice(['question', 'résultats?', 'besoin aide']), c.choice(['question', 'results?', 'need help']))
    inner.blocks = [V.typo(c.L("Bonjour, c'est %s. Le médecin du sans rendez-vous m'a dit que c'était probablement : %s. J'ai encore des symptômes après 5 jours, "
                               "est-ce que je dois revenir? Mon numéro est le %s." % (p.full, dxs, ids.phone(rng)),
                               "Hello, this is %s. The walk-in doctor said it was probably %s. Still symptoms after 5 days, should I come back? "
                               "My number is %s." % (p.full, dxs, ids.phone(rng))), rng, 0.1)]
    inner.force_body = 'plain'
    raw = build(inner, rng, embedded=True)
    m = Mail(lang)
    sec = c.me('sec')
    m.frm = (sec['full'], sec['addr'])
    m.to = [(V.dname(c.doc, lang), c.doc_addr())]
    m.subject = c.L('TR: ' + inner.subject, 'FW: ' + inner.subject)
    m.blocks = [c.L('Message reçu sur la boîte info, voir pièce jointe. Je lui ai dit qu\'on la/le rappelle.',
                    'Received on the info inbox, see attached. I told them we would call back.'), c.sig(sec)]
    m.att(c.choice(['message.eml', c.L('message_patient.eml', 'patient_message.eml'), inner.subject + '.eml']), raw, 'message/rfc822')
    m.types.update({'patient_name', 'diagnosis', 'patient_contact'})
    m.note = 'forward with attached .eml of patient message'
    m.gp = p
    return m


# ------------------------------------------------------------------ 18 zip of scans
def zip_scans(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    p = c.pt(adults=True)
    sec = c.me('sec')
    hosp = c.choice(ids.HOSPITALS)
    m.frm = (sec['full'], sec['addr'])
    m.to = [(c.L('Archives', 'Medical records'), 'archives@' + hosp[1])]
    key = c.choice(['breast', 'ckd', 'copd', 'afib', 'anemia'])
    m.types.update({'patient_name', 'diagnosis'})
    files = []
    base = '%s_%s' % (ids.ascii_local(p.surname).capitalize(), ids.ascii_local(p.given).capitalize())
    rep = attach.make_pdf(c.L('Rapport', 'Report'), [c.L('Patient : ', 'Patient: ') + p.full,
                                                    c.L('Conclusion : ', 'Impression: ') + V.dx(key, lang, rng)])
    files.append(('%s_rapport_%s.pdf' % (base, c.choice(['echo', 'scan', 'radio'])), rep))
    lb = V.lab(key, lang, rng)
    if lb:
        files.append(('%s_labos.pdf' % base, attach.make_pdf(c.L('Résultats', 'Results'), [p.full, lb])))
        m.types.add('lab_result')
    files.append(('%s_%s.pdf' % (base, c.L('consentement', 'consent')), attach.make_pdf(c.L('Consentement', 'Consent'), [p.full, c.L('Signé', 'Signed')])))
    m.subject = c.L('Documents numérisés - demande d\'accès', 'Scanned documents - records request')
    m.blocks = [V.greet(lang, rng), c.L('Tel que demandé, les documents numérisés sont dans le fichier compressé.',
                                        'As requested, the scanned documents are in the zip file.'), c.sig(sec)]
    m.att('%s.zip' % base, attach.make_zip(files), 'application/zip')
    m.note = 'zip of scans; names in file names and PDFs'
    m.gp = p
    return m


# ------------------------------------------------------------------ 19 social worker
def social_worker(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    p = c.pt(adults=True)
    sw = c.me('sw')
    soc = rng.sample(V.SOCIAL, 2)
    m.frm = (sw['full'], sw['addr'])
    m.to = [(V.dname(c.doc, lang), c.doc_addr())]
    m.types.update({'patient_name', 'social_information'})
    who = c.choice([p.full, '%s %s' % (p.title(lang), p.surname), p.rev])
    m.subject = c.choice([c.L('Suivi psychosocial - %s' % who, 'Psychosocial follow-up - %s' % who), c.L('Ta patiente/ton patient', 'Your patient'), c.L('confidentiel', 'confidential')])
    txt = c.L("J'ai rencontré %s hier. La personne %s et %s. J'ai fait une demande au CLSC et donné les coordonnées de la ligne d'aide." %
              (who, soc[0][0], soc[1][0]),
              "I met %s yesterday. The patient %s and %s. I've sent a CLSC request and gave the helpline numbers." % (who, soc[0][1], soc[1][1]))
    m.blocks = [V.greet(lang, rng, c.doc['given']), txt]
    if c.chance(0.5):
        key = c.choice(['dep', 'aud', 'ptsd', 'gad'])
        m.blocks.append(c.L('À noter : %s connu(e), suivi au GMF.' % V.dx(key, lang, rng), 'Note: known %s, followed here.' % V.dx(key, lang, rng)))
        m.types.add('diagnosis')
    if c.chance(0.3):
        m.blocks.append(c.L('Nouveau numéro où la joindre en sécurité : %s', 'Safe number to reach the patient: %s') % ids.phone(rng))
        m.types.add('patient_contact')
    m.blocks.append(c.sig(sw))
    m.note = 'social worker note about patient social situation'
    m.gp = p
    return m


# ------------------------------------------------------------------ 20 mental health referral
def mental_health(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    p = c.pt(adults=True)
    key = c.choice(['dep', 'gad', 'ptsd', 'aud', 'ins'])
    m.frm = (V.dname(c.doc, lang), c.doc_addr())
    m.to = [(c.L('Guichet d\'accès en santé mentale', 'Mental health access desk'), 'gasm@' + c.choice(ids.HOSPITALS)[1])]
    m.types.update({'patient_name', 'diagnosis'})
    md = V.med(key, rng)
    m.subject = c.choice([c.L('Référence GASM', 'Mental health referral'), c.L('Référence psychothérapie - %s' % p.surname, 'Psychotherapy referral - %s' % p.surname)])
    txt = c.L("Je vous réfère %s %s pour %s. PHQ-9 à %d, pas d'idées suicidaires actives. %s" %
              (p.title(lang), p.full, V.dx(key, lang, rng), rng.randrange(14, 24), 'Sous %s depuis 6 semaines, réponse partielle.' % md if md else ''),
              "I am referring %s %s for %s. PHQ-9 score %d, no active suicidal ideation. %s" %
              (p.title(lang), p.full, V.dx(key, lang, rng), rng.randrange(14, 24), 'On %s for 6 weeks, partial response.' % md if md else ''))
    if md:
        m.types.add('medication')
    m.blocks = [V.greet(lang, rng), txt, c.sig(c.doc, doc=True)]
    m.note = 'mental health referral by name only (no identifier)'
    m.gp = p
    return m
