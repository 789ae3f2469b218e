"""Positive messages, part C: foreign identifiers, SIN forms, labs, pharmacy, bookings, social,
identifier-only, discharge summaries, concussion notes."""
import datetime
import gen_people as P
import gen_ids as I
import gen_attach as A
from gen_common import to_html, html_table, text_table
from gen_pos_a import cond, dx, proc, med, res, find, social, letterhead


def _foreign_patient(m, pool, lang='fr', min_age=19, max_age=45):
    r = m.rng
    for _ in range(100):
        sex = r.choice('FM')
        given = r.choice(P.FR_GIVEN_F if sex == 'F' else P.FR_GIVEN_M)
        surname = r.choice(pool)
        if (given, surname) not in m.corpus.used_names:
            m.corpus.used_names.add((given, surname))
            break
    age = r.randint(min_age, max_age)
    dob = datetime.date(2024 - age, r.randint(1, 12), r.randint(1, 28))
    return P.Patient(given, surname, sex, dob, lang)


def p_belgian(m):
    r = m.rng
    c = cond(m, ['sport', 'postop', 'auto'])
    st = m.staff(['physio', 'coordinator', 'administrative'])
    pat = _foreign_patient(m, P.BE_FR_SURNAMES[:12], min_age=26, max_age=48)
    niss = I.make_niss(r, pat.dob, pat.sex)
    m.add_id('be_niss', niss)
    nf = I.fmt_niss(niss, r.choice(['official', 'space', 'plain']))
    m.t('patient_name', 'diagnosis')
    context = r.choice(['hockey', 'exchange', 'tourist'])
    intro = {'hockey': m.fr('joueur(se) de la ligue junior en provenance de Liège', 'junior league player from Liège'),
             'exchange': m.fr('étudiant(e) en échange de l\'UCLouvain', 'exchange student from Louvain'),
             'tourist': m.fr('touriste belge blessé(e) au ski', 'Belgian tourist injured while skiing')}[context]
    att = [('h', m.fr('ATTESTATION DE SOINS DONNÉS', 'CERTIFICATE OF CARE')),
           m.fr('Nom : %s   Prénom : %s', 'Surname: %s   Given name: %s') % (pat.surname, pat.given),
           m.fr('N° registre national (NISS) : %s', 'Belgian national number (NISS): %s') % nf,
           m.fr('Date de naissance : %s', 'Date of birth: %s') % pat.dob.strftime('%d/%m/%Y'),
           m.fr('Diagnostic : %s', 'Diagnosis: %s') % dx(m, c),
           m.fr('Séances de kinésithérapie : 9, du %s au %s', 'Physiotherapy sessions: 9, from %s to %s') % (
               m.earlier(40, 60).strftime('%d/%m/%Y'), m.earlier(1, 3).strftime('%d/%m/%Y')),
           m.fr('Montant acquitté : 765,00 $ CA', 'Amount paid: CAD 765.00')]
    m.t('date_of_birth')
    txt = [m.greet(), '', m.fr('Veuillez trouver ci-joint l\'attestation de soins pour %s, %s, à transmettre à sa mutualité.',
                               'Attached is the certificate of care for %s, %s, for the Belgian sickness fund.') % (pat.full, intro), '',
           m.close(), m.sig(st)]
    if r.random() < 0.4:
        txt.insert(3, m.fr('Pour mémoire, son NISS est le %s.', 'For reference the NISS is %s.') % nf)
    m.attach(r.choice(['attestation_soins_%s.pdf' % P.strip_accents_login(pat.surname), 'Attestation de soins – %s.pdf' % pat.full]), 'application/pdf',
             A.pdf(att, letterhead=letterhead(m), compress=r.random() < 0.5))
    to = r.choice([('Mutualité – service international', 'international@mutualite-fictive.example'),
                   (pat.full, '%s.%s@mail-be.example' % (P.strip_accents_login(pat.given), P.strip_accents_login(pat.surname)))])
    m.envelope(m.staff_addr(st), to, m.fr('Attestation de soins', 'Certificate of care'))
    m.body('\n'.join(txt))
    return m.result('Belgian patient with NISS on care certificate')


def p_french(m):
    r = m.rng
    c = cond(m, ['work', 'sport', 'auto'])
    st = m.staff(['physio', 'coordinator', 'administrative', 'occupational'])
    pat = _foreign_patient(m, P.BE_FR_SURNAMES[12:])
    nir = I.make_nir(r, pat.dob, pat.sex)
    m.add_id('fr_nir', nir)
    nf = I.fmt_nir(nir, r.choice(['space', 'key', 'plain']))
    m.t('patient_name', 'diagnosis')
    txt = [m.greet(), '',
           m.fr('%s, titulaire d\'un PVT, est suivi(e) chez nous pour %s. Son assurance voyage demande les informations suivantes :',
                '%s, on a working-holiday visa, is treated here for %s. The travel insurer asks for the following:') % (pat.full, dx(m, c)), '',
           m.fr('N° de sécurité sociale (France) : %s', 'French social security no. (NIR): %s') % nf,
           m.fr('Né(e) le : %s', 'Born: %s') % pat.dob.strftime('%d/%m/%Y')]
    m.t('date_of_birth')
    if r.random() < 0.5:
        txt.append(m.fr('Adresse au Québec : %s, %s', 'Quebec address: %s, %s') % P.home_address(r)[:2])
        m.t('patient_contact')
    if c['ctx'] == 'work' or r.random() < 0.3:
        txt.append(social(m, 'work_stop'))
        m.t('social_information')
    txt += ['', m.close(), m.sig(st)]
    m.envelope(m.staff_addr(st), ('Assistance voyage', 'dossiers@assistance-voyage-fictive.example'),
               r.choice([m.fr('Dossier %s – %s', 'File %s – %s') % (r.randint(100000, 999999), pat.surname.upper()),
                         m.fr('Prise en charge physiothérapie', 'Physiotherapy coverage')]))
    m.body('\n'.join(txt))
    return m.result('French patient with NIR for travel insurer')


def p_sin_disability(m):
    r = m.rng
    c = cond(m, ['work', 'auto', 'postop'])
    st = m.staff(['coordinator', 'physio', 'occupational'])
    ins = r.choice(P.INSURERS[:3])
    pat = m.patient()
    sin = I.make_sin(r)
    sf = I.fmt_sin(sin, r.choice(['dash', 'space', 'plain', 'dot']))
    m.add_id('ca_sin', sin)
    m.t('patient_name', 'diagnosis', 'social_information')
    rows = [[m.fr('Champ', 'Field'), m.fr('Valeur', 'Value')],
            [m.fr('Nom de l\'assuré(e)', 'Claimant name'), pat.full],
            [m.fr('NAS', 'SIN'), sf],
            [m.fr('Diagnostic', 'Diagnosis'), dx(m, c)],
            [m.fr('Arrêt de travail depuis', 'Off work since'), m.earlier(30, 90).isoformat()],
            [m.fr('Capacités fonctionnelles', 'Functional capacity'), find(m, c)],
            [m.fr('Pronostic', 'Prognosis'), m.fr('retour au travail prévu dans 6 à 8 semaines', 'return to work expected in 6-8 weeks')]]
    if r.random() < 0.5:
        rows.insert(3, [m.fr('Date de naissance', 'Date of birth'), pat.dob.isoformat()])
        m.t('date_of_birth')
    mode = r.choice(['xlsx', 'docx', 'html'])
    txt = [m.greet(), '', m.fr('Voici le formulaire d\'invalidité de courte durée complété par notre équipe.',
                               'Here is the short-term disability form completed by our team.'), '', m.close(), m.sig(st)]
    if mode == 'html':
        m.body('\n'.join(txt[:3]) + '\n\n' + text_table(rows) + '\n\n' + '\n'.join(txt[3:]),
               html=to_html('\n'.join(txt[:3]), r).replace('</body>', html_table(rows) + '</body>'), structure='html')
    else:
        m.body('\n'.join(txt))
        if mode == 'xlsx':
            m.attach('ICD_formulaire_%s.xlsx' % r.randint(1000, 9999), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                     A.xlsx_bytes([('Formulaire', rows)]))
        else:
            m.attach('formulaire_invalidite.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                     A.docx_bytes([m.fr('Formulaire d\'invalidité – section du professionnel traitant', 'Disability form – treating provider section'),
                                   ('t', rows)], title=m.fr('Invalidité courte durée', 'Short-term disability')))
    m.envelope(m.staff_addr(st), ('Disability claims', 'invalidite@' + ins['domain']),
               m.fr('Formulaire ICD complété', 'Completed STD form'))
    return m.result('disability form with SIN')


def p_lab_followup(m):
    r = m.rng
    c = cond(m, keys=['tka', 'tha', 'rhabdo', 'capsulitis', 'stroke', 'carpal'])
    st = m.staff(['physio', 'kinesio', 'occupational'])
    ph = m.phys()
    use_holder = r.random() < 0.5
    pat = m.holder() if use_holder else m.patient()
    m.t('patient_name', 'lab_result', 'diagnosis')
    txt = [m.greet(ph[0]), '',
           m.fr('Question concernant %s (%s) : ', 'Question about %s (%s): ') % (pat.name_variant(r, m.lang), dx(m, c)) + res(m, c),
           m.fr('Avant d\'augmenter l\'intensité des exercices, pouvez-vous confirmer que c\'est sécuritaire ?',
                'Before increasing exercise intensity, can you confirm it is safe?')]
    if use_holder:
        txt.append('NAM %s' % m.nam(pat))
    if r.random() < 0.5:
        txt.append(m.fr('Médication au dossier : %s.', 'Medication on file: %s.') % med(m, r.choice(c['meds'])))
        m.t('medication')
    txt += ['', m.close(), m.sig(st)]
    m.envelope(m.staff_addr(st), m.phys_addr(ph), r.choice([m.fr('Résultats de labo – %s', 'Lab results – %s') % pat.surname,
                                                            m.fr('Question résultats', 'Question re: results')]))
    m.body('\n'.join(txt))
    return m.result('lab result question to physician')


def p_pharmacy(m):
    r = m.rng
    c = cond(m, keys=['tka', 'tha', 'cuffrepair', 'radius', 'hernia', 'whiplash', 'lbp', 'stroke'])
    st = m.staff(['physio', 'occupational'])
    pat = m.patient()
    mk = r.choice(c['meds'])
    m.t('patient_name', 'medication', 'diagnosis')
    txt = [m.greet(), '',
           m.fr('Je suis la/le physiothérapeute de %s%s, opéré(e) / traité(e) pour %s.', 'I am the physiotherapist of %s%s, treated for %s.')
           % (pat.full, m.fr(' (né(e) le %s)', ' (born %s)') % m.date(pat.dob) if r.random() < 0.6 else '', dx(m, c)),
           m.fr('Elle/il rapporte de la somnolence et des étourdissements depuis le début de %s. Est-ce un effet attendu ? Faut-il aviser le médecin ?',
                'The patient reports drowsiness and dizziness since starting %s. Is this expected? Should the physician be told?') % med(m, mk),
           '', m.close(), m.sig(st)]
    if 'né(e) le' in txt[2] or 'born' in txt[2]:
        m.t('date_of_birth')
    m.envelope(m.staff_addr(st), ('Pharmacie', 'labo@pharmacie-duvernay.example'), m.fr('Question – médication d\'un patient', 'Question – patient medication'))
    m.body('\n'.join(txt))
    return m.result('pharmacist question about patient medication')


def p_booking(m):
    r = m.rng
    c = cond(m, keys=['tka', 'tha', 'stroke', 'malleolar', 'cuffrepair'])
    st = m.staff(['receptionist', 'administrative'])
    use_holder = r.random() < 0.5
    pat = m.holder() if use_holder else m.patient(min_age=55, max_age=88)
    addr = P.home_address(r)
    appt = m.later(2, 8)
    m.t('patient_name', 'patient_contact', 'diagnosis')
    txt = [m.greet(), '', m.fr('Demande de transport adapté :', 'Adapted transport request:'),
           m.fr('Usager : %s', 'Rider: %s') % pat.full, m.fr('Adresse : %s, %s', 'Address: %s, %s') % addr[:2],
           m.fr('Téléphone : %s', 'Phone: %s') % P.phone(r, addr[2]),
           m.fr('Rendez-vous : %s à %s, %s', 'Appointment: %s at %s, %s') % (P.long_date(appt.date(), m.lang), appt.strftime('%H:%M'), m.clinic['name']),
           m.fr('Condition : %s – fauteuil roulant, ne peut monter les marches.', 'Condition: %s – wheelchair, cannot climb steps.') % (proc(m, c) or dx(m, c))]
    if r.random() < 0.35:
        txt[-1] = m.fr('Fauteuil roulant ; accompagnateur : non.', 'Wheelchair; no escort.')
        m.types.remove('diagnosis')
    if use_holder:
        txt.append(m.fr('NAM : %s  (né(e) le %s)', 'Health card: %s  (born %s)') % (m.nam(pat), m.date(pat.dob)))
        m.t('date_of_birth')
    txt += ['', m.close(), m.sig(st)]
    m.envelope(m.staff_addr(st), ('Transport adapté', 'reservations@transport-adapte-fictif.example'),
               m.fr('Transport – %s – %s', 'Transport – %s – %s') % (pat.surname, appt.strftime('%Y-%m-%d')))
    m.body('\n'.join(txt))
    return m.result('adapted transport booking with address and condition')


def p_social(m):
    r = m.rng
    c = cond(m)
    st = m.staff(['physio', 'occupational', 'director'])
    use_holder = r.random() < 0.3
    pat = m.holder() if use_holder else m.patient()
    sk = r.choice(['shelter', 'welfare', 'dpj', 'job_loss', 'asylum', 'caregiver'])
    m.t('patient_name', 'social_information')
    txt = [m.greet(), '',
           m.fr('Je vous réfère %s, que nous suivons en réadaptation.', 'I am referring %s, whom we follow in rehabilitation.') % pat.name_variant(r, m.lang),
           social(m, sk)]
    if r.random() < 0.7:
        txt.append(m.fr('Condition traitée : %s.', 'Condition treated: %s.') % dx(m, c))
        m.t('diagnosis')
    if r.random() < 0.4:
        txt.append(m.fr('On peut la/le joindre au %s (message discret svp).', 'Reachable at %s (discreet message please).') % P.phone(r))
        m.t('patient_contact')
    if use_holder:
        txt.append(m.fr('NAM : %s ; DDN : %s', 'RAMQ: %s; DOB: %s') % (m.nam(pat), m.date(pat.dob)))
        m.t('date_of_birth')
    txt += [m.fr('Pourriez-vous évaluer l\'admissibilité à du soutien ?', 'Could you assess eligibility for support?'), '', m.close(), m.sig(st)]
    m.envelope(m.staff_addr(st), ('Service social', 'accueil-psychosocial@cisss-fictif.example'),
               r.choice([m.fr('Référence psychosociale', 'Psychosocial referral'), m.fr('Référence – %s', 'Referral – %s') % pat.full]))
    m.body('\n'.join(txt))
    return m.result('psychosocial referral with social situation')


def p_id_only(m):
    r = m.rng
    c = cond(m)
    st = m.staff()
    st2 = m.staff()
    mode = r.choice(['nam', 'mrn', 'nam'])
    if mode == 'nam':
        pat = m.holder()
        ident = m.nam(pat)
        txt = [m.fr('Le NAM %s est-il bien celui du dossier %s ? La carte est expirée.', 'Is RAMQ %s the one on the %s file? The card has expired.')
               % (ident, dx(m, c)), m.fr('Sa prochaine séance est jeudi.', 'Next session is Thursday.'), '', st[0]]
        subj = m.fr('Vérif. NAM', 'RAMQ check')
    else:
        c = cond(m, 'postop')
        mrn = I.make_mrn(r, r.choice(['clinic', 'hosp', 'hosp2']))
        m.t('mrn')
        txt = [m.fr('Dossier %s : %s, ', 'Chart %s: %s, ') % (mrn, dx(m, c)) + find(m, c),
               m.fr('Merci de numériser le rapport opératoire reçu par télécopieur.', 'Please scan the operative report we got by fax.'), '', st[0]]
        subj = m.fr('Dossier %s', 'Chart %s') % mrn
    m.t('diagnosis')
    m.envelope(m.staff_addr(st), m.staff_addr(st2), subj)
    m.body('\n'.join(txt))
    return m.result('identifier plus condition, no name')


def p_discharge(m):
    r = m.rng
    c = cond(m)
    st = m.staff(['physio', 'occupational'])
    ph = m.phys()
    use_holder = r.random() < 0.6
    pat = m.holder() if use_holder else m.patient()
    m.t('patient_name', 'diagnosis', 'date_of_birth')
    paras = [m.fr('Patient(e) : %s — DDN %s', 'Patient: %s — DOB %s') % (pat.full, pat.dob.isoformat())]
    if use_holder:
        paras.append('NAM : %s' % m.nam(pat, allow_fullwidth=False))
    else:
        paras.append(m.fr('N° de dossier hospitalier : %s', 'Hospital chart no.: %s') % I.make_mrn(r, r.choice(['hosp', 'hosp2'])))
        m.t('mrn')
    paras += [m.fr('Diagnostic : %s', 'Diagnosis: %s') % dx(m, c), ('h', m.fr('Résumé du suivi', 'Course of treatment')),
              m.fr('%d séances du %s au %s. ', '%d sessions from %s to %s. ') % (r.randint(8, 24), m.earlier(60, 120).isoformat(), m.earlier(1, 5).isoformat())
              + find(m, c),
              ('h', m.fr('État au congé', 'Status at discharge')),
              m.fr('Objectifs atteints à 85 %. Autonome avec le programme à domicile.', 'Goals 85% met. Independent with home programme.')]
    if r.random() < 0.4:
        paras.append(res(m, c))
        m.t('lab_result')
    fn = r.choice(['Sommaire de congé – %s.docx' % pat.surname, 'discharge_summary.docx', 'congé_%s.docx' % m.when.strftime('%Y%m%d')])
    m.attach(fn, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
             A.docx_bytes(paras, title=m.fr('Sommaire de congé – physiothérapie', 'Discharge summary – physiotherapy'), header_text=m.clinic['name']))
    m.envelope(m.staff_addr(st), m.phys_addr(ph), m.fr('Sommaire de congé', 'Discharge summary'))
    m.body('\n'.join([m.greet(ph[0]), '', m.fr('Ci-joint le sommaire de congé de votre patient(e).', 'Attached is the discharge summary for your patient.'), '', m.close(), m.sig(st)]))
    return m.result('discharge summary docx')


def p_concussion(m):
    r = m.rng
    c = [x for x in __import__('gen_clin').CONDITIONS if x['key'] == 'concussion'][0]
    st = m.staff(['physio', 'kinesio'])
    pat = m.patient(min_age=12, max_age=17)
    coach = r.choice([('Entraîneur', 'entraineur@hockey-mineur-fictif.example'), ('Direction', 'direction@ecole-secondaire-fictive.example')])
    stage = r.randint(2, 5)
    m.t('patient_name', 'diagnosis')
    txt = [m.greet(), '',
           m.fr('%s est présentement à l\'étape %d du protocole de retour au jeu à la suite de sa %s du %s.',
                '%s is currently at stage %d of the return-to-play protocol after the %s on %s.')
           % (pat.name_variant(r, m.lang), stage, dx(m, c), m.date(m.earlier(7, 25), False)),
           m.fr('Aucun contact permis avant l\'autorisation médicale. ', 'No contact allowed before medical clearance. ') + find(m, c)]
    if r.random() < 0.3:
        txt.append(social(m, 'dpj'))
        m.t('social_information')
    txt += ['', m.close(), m.sig(st)]
    m.envelope(m.staff_addr(st), coach, m.fr('Retour au jeu – %s', 'Return to play – %s') % pat.given)
    m.body('\n'.join(txt))
    return m.result('concussion return-to-play note about a minor')


def p_coverage_check(m):
    """Front desk verifies coverage with an insurer: identity, birth date, NAM, no diagnosis."""
    r = m.rng
    st = m.staff(['receptionist', 'administrative', 'coordinator'])
    ins = r.choice(P.INSURERS[:3])
    pat = m.holder()
    appt = m.later(1, 6)
    m.t('patient_name', 'date_of_birth')
    txt = [m.greet(), '',
           m.fr('Pourriez-vous confirmer la couverture en physiothérapie de votre assuré(e) avant son rendez-vous du %s ?',
                'Could you confirm physiotherapy coverage for your member before the appointment on %s?') % P.long_date(appt.date(), m.lang),
           '', m.fr('Nom : %s %s', 'Name: %s %s') % (pat.given, pat.surname.upper()),
           m.fr('Date de naissance : %s', 'Date of birth: %s') % m.date(pat.dob),
           m.fr('Sexe : %s', 'Sex: %s') % pat.sex,
           m.fr('NAM : %s', 'Health card: %s') % m.nam(pat),
           m.fr('Certificat : %s', 'Certificate: %s') % ('C%08d' % r.randint(0, 99999999))]
    if r.random() < 0.5:
        addr = P.home_address(r)
        txt.append(m.fr('Adresse : %s, %s', 'Address: %s, %s') % addr[:2])
        m.t('patient_contact')
    txt += ['', m.close(), m.sig(st)]
    m.envelope(m.staff_addr(st), ('Service aux fournisseurs' if m.lang == 'fr' else 'Provider services', 'fournisseurs@' + ins['domain']),
               m.fr('Vérification de couverture', 'Coverage verification'))
    m.body('\n'.join(txt))
    return m.result('coverage verification with NAM and birth date, no diagnosis')


def p_contact_update(m):
    """Patient's new address and phone passed to billing."""
    r = m.rng
    st = m.staff(['receptionist', 'administrative'])
    pat = m.patient()
    addr = P.home_address(r)
    m.t('patient_name', 'patient_contact')
    txt = [m.greet(P.STAFF[19][0]), '',
           m.fr('Changement de coordonnées pour %s (client(e) en traitement chez Jérémie) :', 'Contact change for %s (currently treated by Jérémie):') % pat.name_variant(r, m.lang),
           m.fr('Nouvelle adresse : %s, %s', 'New address: %s, %s') % addr[:2],
           m.fr('Cellulaire : %s', 'Cell: %s') % P.phone(r, addr[2])]
    if r.random() < 0.5:
        txt.append(m.fr('Elle/il a quitté le domicile conjugal ; ne rien envoyer à l\'ancienne adresse.', 'The patient has left the marital home; send nothing to the old address.'))
        m.t('social_information')
    txt += ['', m.close(), st[0]]
    m.envelope(m.staff_addr(st), m.staff_addr(P.STAFF[19]), m.fr('Changement d\'adresse', 'Address change'))
    m.body('\n'.join(txt))
    return m.result('patient contact change in care context')
