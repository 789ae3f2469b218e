"""Negative templates, part C: quality, policies, audits, staff events, forwarded newsletters, archives."""
import datetime as dt
import random

import gen_attach as A
import gen_common as C
from gen_compose import compose, spec
from gen_tpl import fname, fw_, join, letterhead, quote, re_, sig, who
from gen_vocab import DX, EXAMS, MEDS, PRIORITIES_EN, PRIORITIES_FR, SPEC_NAME, SPECS
from gen_neg_a import dxw, lst, medw, staff_names


def n_accreditation(c):
    a = C.staff_named('McKenna')
    d = C.later(c.date, c.rng, 20, 60)
    body = join(C.greeting(c.rng, c.lang),
                c.t('La visite d\'Agrément Canada aura lieu la semaine du %s. Les visiteurs passeront en imagerie, '
                    'en ORL et à la clinique d\'allergie. Points à revoir : double identification du patient avant '
                    'chaque examen, vérification des chariots d\'urgence, étiquetage des médicaments multidoses.' % d.isoformat(),
                    'The Accreditation Canada survey will take place the week of %s. Surveyors will visit imaging, ENT '
                    'and the allergy clinic. Items to review: two-identifier patient check before every exam, crash-cart '
                    'checks, labelling of multi-dose medications.' % d.isoformat()), sig(c, a))
    return spec(c.lang, 'accreditation', 'accreditation notice', [], who(a, c.lang), [lst(c, 'all')],
                c.t('Visite d\'Agrément Canada', 'Accreditation Canada survey'), body, date=c.date)


def n_formulary(c):
    ph = C.staff_named('Laroche')
    items = c.pick([[c.t('Ajout : dupilumab pour dermatite atopique sévère (critères RAMQ)', 'Added: dupilumab for severe atopic dermatitis (RAMQ criteria)'),
                     c.t('Retrait : cétirizine sirop (remplacée par desloratadine)', 'Removed: cetirizine syrup (replaced by desloratadine)')],
                    [c.t('Ajout : faricimab intravitréen pour DMLA et OMD', 'Added: intravitreal faricimab for AMD and DME'),
                     c.t('Modification : latanoprost sans agent de conservation réservé aux patients avec sécheresse oculaire', 'Change: preservative-free latanoprost restricted to dry-eye patients')],
                    [c.t('Ajout : omalizumab pour urticaire chronique spontanée réfractaire', 'Added: omalizumab for refractory chronic spontaneous urticaria'),
                     c.t('Nouveau protocole : prémédication pour allergie au contraste iodé', 'New protocol: iodinated contrast allergy premedication')]])
    body = join(C.greeting(c.rng, c.lang), c.t('Décisions du comité de pharmacologie du %s :', 'P&T committee decisions of %s:') % c.date.date().isoformat(),
                '\n'.join('- ' + i for i in items), sig(c, ph))
    return spec(c.lang, 'formulary', 'formulary update', [], who(ph, c.lang), [lst(c, 'md')],
                c.t('Mise à jour de la liste locale des médicaments', 'Formulary update'), body, date=c.date)


def n_protocol_anaphylaxis(c):
    a = C.staff_named(c.pick(['Raman', 'Fréchette', 'Vézina']))
    steps = c.t(['1. Arrêter l\'exposition (injection, aliment, contraste).', '2. Épinéphrine 0,01 mg/kg IM (max 0,5 mg) dans la cuisse.',
                 '3. Appeler le code bleu, position couchée jambes surélevées.', '4. Répéter l\'épinéphrine aux 5 minutes au besoin.',
                 '5. Observation minimale de 6 heures.'],
                ['1. Stop the exposure (injection, food, contrast).', '2. Epinephrine 0.01 mg/kg IM (max 0.5 mg) in the thigh.',
                 '3. Call a code, lay supine with legs raised.', '4. Repeat epinephrine every 5 minutes as needed.',
                 '5. Observe for at least 6 hours.'])
    att = dict(name=c.t('protocole_anaphylaxie_v3.pdf', 'anaphylaxis_protocol_v3.pdf'),
               data=A.make_pdf([('h', c.t('Protocole – anaphylaxie en clinique externe', 'Protocol - anaphylaxis in outpatient clinics'))] + steps,
                               title='Protocole', letterhead=letterhead('hosp', c.lang)))
    body = join(C.greeting(c.rng, c.lang), c.t('Version 3 du protocole d\'anaphylaxie, à afficher près des chariots.',
                                               'Version 3 of the anaphylaxis protocol, to post near the crash carts.'),
                '\n'.join(steps) if c.chance(0.5) else None, sig(c, a))
    return spec(c.lang, 'protocol', 'generic clinical protocol', [], who(a, c.lang), [lst(c, c.pick(['ambu', 'allergie', 'imagerie']))],
                c.t('Protocole anaphylaxie – v3', 'Anaphylaxis protocol - v3'), body, date=c.date, attachments=[att])


def n_turnaround_audit(c):
    a = C.staff_named(c.pick(['Bernier', 'Archambault']))
    rads = [s for s in C.STAFF if 'adiolog' in s.role_en]
    lines = ['%s | %d | %0.1f h | %d %%' % (s.name(c.lang), c.rng.randrange(300, 1900), c.rng.randrange(30, 400) / 10,
                                            c.rng.randrange(70, 99)) for s in rads]
    body = join(C.greeting(c.rng, c.lang),
                c.t('Audit des délais de rapport (trimestre) :', 'Report turnaround audit (quarter):'),
                c.t('Radiologiste | Examens | Délai médian | % < 24 h', 'Radiologist | Exams | Median TAT | % < 24 h') + '\n' + '\n'.join(lines),
                c.t('Les résultats critiques ont été communiqués dans le délai dans 97 % des cas.',
                    'Critical results were communicated on time in 97% of cases.'), sig(c, a))
    return spec(c.lang, 'audit', 'radiologist turnaround audit (aggregate)', [], who(a, c.lang), [lst(c, 'imagerie')],
                c.t('Audit délais de rapport', 'Report TAT audit'), body, date=c.date)


def n_satisfaction(c):
    a = C.staff_named('McKenna')
    body = join(C.greeting(c.rng, c.lang),
                c.t('Résultats du sondage de satisfaction (n = %d répondants) : accueil 4,6/5, temps d\'attente 3,1/5, '
                    'clarté des explications 4,4/5. Commentaire fréquent : stationnement. Les cliniques d\'audiologie et '
                    'de dermatologie obtiennent les meilleurs scores.' % c.rng.randrange(300, 900),
                    'Patient satisfaction survey results (n = %d): reception 4.6/5, wait time 3.1/5, clarity of '
                    'explanations 4.4/5. Frequent comment: parking. Audiology and dermatology clinics scored highest.' % c.rng.randrange(300, 900)),
                sig(c, a))
    return spec(c.lang, 'survey', 'aggregate satisfaction survey', [], who(a, c.lang), [lst(c, 'ambu')],
                c.t('Sondage de satisfaction – résultats', 'Satisfaction survey - results'), body, date=c.date)


def n_retirement(c):
    a = C.staff_named(c.pick(['Bernier', 'Lévesque', 'McKenna']))
    who_ = c.pick(['Gilbert Ouimet', 'Francine Brassard', 'Denis Lafrance', 'Lorraine Cyr'])
    d = C.later(c.date, c.rng, 5, 25)
    body = join(C.greeting(c.rng, c.lang),
                c.t('Après 34 ans parmi nous, %s prend sa retraite ! Un 5 à 7 aura lieu le %s à la cafétéria. '
                    'Contribution volontaire pour le cadeau auprès de Josianne à l\'accueil de l\'imagerie.' % (who_, C.day(d, 'fr')),
                    'After 34 years with us, %s is retiring! Join us for drinks on %s at 5 p.m. in the cafeteria. '
                    'Voluntary contribution for the gift with Josianne at the imaging front desk.' % (who_, C.day(d, 'en'))),
                sig(c, a))
    return spec(c.lang, 'staff_event', 'retirement party', [], who(a, c.lang), [lst(c, 'imagerie')],
                c.t('Départ à la retraite de %s', '%s is retiring') % who_, body, date=c.date)


def n_clinic_contacts(c):
    a = C.staff_named(c.pick(['Lapierre', 'Trudel', 'McKenna']))
    lines = ['%s | %s | %s' % (o[c.lang], o['phone'], o['addr']) for k, o in C.CLINICS.items() if k != 'hosp']
    body = join(C.greeting(c.rng, c.lang), c.t('Liste à jour des cliniques partenaires (à donner aux patients) :',
                                               'Updated list of partner clinics (to give to patients):'),
                '\n'.join(lines), sig(c, a))
    return spec(c.lang, 'clinic_contacts', 'clinic phone numbers and addresses', [], who(a, c.lang), [lst(c, 'ambu')],
                c.t('Coordonnées des cliniques partenaires', 'Partner clinics contact list'), body, date=c.date)


def n_vendor_demo(c):
    v = ('Nordia AI Imaging', 'events@nordia-ai.example')
    mgr = C.staff_named(c.pick(['Bernier', 'Archambault', 'Whitfield']))
    body = join(C.greeting(c.rng, c.lang, mgr.name(c.lang)),
                c.t('Nordia vous invite à une démonstration de son outil de détection des nodules pulmonaires et des '
                    'hémorragies intracrâniennes (sensibilité 94 % sur 12 000 études). Démonstration sur données '
                    'synthétiques ; aucune donnée patient requise.',
                    'Nordia invites you to a demo of its lung nodule and intracranial haemorrhage detection tool '
                    '(94% sensitivity on 12,000 studies). Demo on synthetic data; no patient data required.'),
                'Nordia AI Imaging\n1-800-555-0188')
    return spec(c.lang, 'vendor', 'vendor demo invitation', [], v, [who(mgr, c.lang)],
                c.t('Démo IA – détection de nodules', 'AI demo - nodule detection'), body, date=c.date)


def n_sterilisation_log(c):
    a = C.staff_named(c.pick(['Grenier', 'Haddad']))
    rows = [c.t(['Date', 'Stérilisateur', 'Cycle', 'Charge', 'Indicateur biologique', 'Opérateur'],
                ['Date', 'Sterilizer', 'Cycle', 'Load', 'Biological indicator', 'Operator'])]
    for i in range(c.rng.randrange(8, 16)):
        d = c.date.date() - dt.timedelta(days=i)
        rows.append([d.isoformat(), c.pick(['Autoclave A', 'Autoclave B']), str(c.rng.randrange(10000, 99999)),
                     c.pick([c.t('instruments chirurgie', 'surgical instruments'), c.t('pièces à main', 'handpieces'), 'cassettes']),
                     c.t('négatif', 'negative'), c.pick(['SG', 'NH', 'MB'])])
    att = dict(name=c.t('registre_sterilisation.xlsx', 'sterilization_log.xlsx'),
               data=A.make_xlsx([(c.t('Registre', 'Log'), rows)], author=a.name(c.lang, False)))
    body = join(C.greeting(c.rng, c.lang), c.t('Registre des cycles de stérilisation pour l\'inspection de l\'Ordre.',
                                               'Sterilization cycle log for the College inspection.'), sig(c, a))
    return spec(c.lang, 'sterilization_log', 'autoclave cycle log', [], who(a, c.lang), [lst(c, 'dent')],
                c.t('Registre de stérilisation', 'Sterilization log'), body, date=c.date, attachments=[att])


def n_mm_rounds(c):
    a = C.staff_by(md=True, rng=c.rng)
    s = c.pick(SPECS)
    body = join(C.greeting(c.rng, c.lang),
                c.t('Revue de morbidité-mortalité de vendredi. Cas 1 : patient dans la soixantaine, %s, complication '
                    'tardive reconnue au suivi. Cas 2 : enfant d\'âge scolaire, réaction au produit de contraste. '
                    'Les cas sont dépersonnalisés ; merci de ne pas apporter les dossiers.' % dxw(c, s),
                    'M&M rounds Friday. Case 1: patient in their sixties, %s, late complication recognised at follow-up. '
                    'Case 2: school-age child, contrast reaction. Cases are de-identified; please do not bring charts.' % dxw(c, s)),
                sig(c, a))
    return spec(c.lang, 'mm_rounds', 'de-identified M&M rounds notice', [], who(a, c.lang), [lst(c, 'md')],
                c.t('Revue M&M – vendredi', 'M&M rounds - Friday'), body, date=c.date)


def n_ethics_approval(c):
    reb = ('Comité d\'éthique de la recherche', 'cer@chrvsa.example')
    pi = C.staff_named(c.pick(['Benali', 'Raman', 'Pritchard', "O'Neill"]))
    proto = 'CER-%d-%04d' % (c.date.year, c.rng.randrange(1, 3000))
    body = join(C.greeting(c.rng, c.lang, pi.name(c.lang)),
                c.t('Le CER a approuvé le projet %s (volet rétrospectif, données dénominalisées) pour une période '
                    'd\'un an. Toute modification doit être soumise avant sa mise en œuvre.' % proto,
                    'The REB approved project %s (retrospective, de-identified data) for one year. Any amendment must '
                    'be submitted before implementation.' % proto), c.t('Secrétariat du CER', 'REB office'))
    return spec(c.lang, 'ethics', 'ethics approval notice', [], reb, [who(pi, c.lang)],
                c.t('Approbation éthique – ', 'Ethics approval - ') + proto, body, date=c.date)


def n_dosimetry(c):
    a = C.staff_named('Bernier')
    ppl = [s for s in C.STAFF if s.org in ('imagerie', 'hosp')][:6]
    lines = ['%s | %0.2f mSv | %0.2f mSv' % (s.name(c.lang, False), c.rng.randrange(0, 40) / 100, c.rng.randrange(0, 300) / 100) for s in ppl]
    body = join(C.greeting(c.rng, c.lang),
                c.t('Lectures des dosimètres du trimestre (corps entier, cumul annuel). Toutes sous le seuil d\'enquête.',
                    'Quarterly dosimeter readings (whole body, annual cumulative). All below the investigation level.'),
                c.t('Employé | Trimestre | Cumul', 'Employee | Quarter | YTD') + '\n' + '\n'.join(lines), sig(c, a))
    return spec(c.lang, 'dosimetry', 'staff dosimetry readings', [], who(a, c.lang), [lst(c, 'imagerie')],
                c.t('Dosimétrie – trimestre', 'Dosimetry - quarter'), body, date=c.date)


def n_resident_schedule(c):
    a = C.staff_named(c.pick(['Weiss', "O'Neill", 'Archambault']))
    d = C.later(c.date, c.rng, 3, 15)
    topics = [c.t('Lecture d\'audiogrammes', 'Reading audiograms'), c.t('IRM des CAI', 'IAC MRI'),
              c.t('Urgences ophtalmologiques', 'Eye emergencies'), c.t('Lésions pigmentées', 'Pigmented lesions'),
              c.t('Anaphylaxie pédiatrique', 'Paediatric anaphylaxis')]
    c.rng.shuffle(topics)
    lines = ['%s | %s | %s' % (C.day(d + dt.timedelta(days=7 * i), c.lang), t, c.pick([s for s in C.STAFF if s.is_md()]).name(c.lang))
             for i, t in enumerate(topics[:4])]
    body = join(C.greeting(c.rng, c.lang), c.t('Calendrier des séances d\'enseignement des résidents :', 'Resident teaching schedule:'),
                '\n'.join(lines), sig(c, a))
    return spec(c.lang, 'resident_schedule', 'resident teaching schedule', [], who(a, c.lang),
                [(c.t('Résidents', 'Residents'), 'residents@chrvsa.example')], c.t('Enseignement – calendrier', 'Teaching schedule'),
                body, date=c.date)


def n_fwd_newsletter_eml(c):
    src = ('Association des audiologistes', 'bulletin@assoc-audio.example')
    fwd = C.staff_by(md=False, rng=c.rng)
    inner_txt = join(c.t('BULLETIN – Octobre', 'NEWSLETTER - October'),
                     c.t('Nouvelles lignes directrices sur le dépistage auditif néonatal ; webinaire sur les acouphènes '
                         'chroniques ; prévalence de la presbyacousie : 47 % après 75 ans.',
                         'New guidelines on newborn hearing screening; webinar on chronic tinnitus; prevalence of '
                         'presbycusis: 47% after 75.'), c.t('Se désabonner', 'Unsubscribe'))
    inner = spec(c.lang, 'inner', '', [], src, [('Membres', 'membres@assoc-audio.example')],
                 c.t('Bulletin d\'octobre', 'October newsletter'), inner_txt, date=c.date - dt.timedelta(days=3))
    data = compose(inner, random.Random('ninner-%d' % c.idx))
    body = join(C.greeting(c.rng, c.lang), c.t('À lire, surtout la section sur les acouphènes.', 'Worth a read, especially the tinnitus part.'),
                fwd.given)
    return spec(c.lang, 'fwd_newsletter', 'newsletter forwarded as .eml', [], who(fwd, c.lang), [lst(c, 'orl')],
                fw_(c, c.t('Bulletin d\'octobre', 'October newsletter')), body, date=c.date,
                attachments=[dict(kind='eml', name=c.t('Bulletin.eml', 'Newsletter.eml'), data=data, as_octet=c.chance(0.3))],
                fwd_eml=True)


def n_zip_policies(c):
    a = C.staff_named(c.pick(['McKenna', 'Bernier']))
    files = [(c.t('politique_confidentialite.pdf', 'privacy_policy.pdf'),
              A.make_pdf([('h', c.t('Politique de confidentialité', 'Privacy policy')),
                          c.t('Les renseignements de santé ne doivent être transmis par courriel qu\'en mode chiffré.',
                              'Health information must only be e-mailed when encrypted.')], title='Politique')),
             (c.t('procedure_identification_patient.docx', 'patient_identification_procedure.docx'),
              A.make_docx([('h', c.t('Double identification', 'Two identifiers')),
                           c.t('Demander le nom complet et la date de naissance avant tout examen.',
                               'Ask for full name and date of birth before any exam.')], title='Procédure')),
             ('LISEZMOI.txt' if c.fr else 'README.txt', c.t('Documents en vigueur au 1er avril.', 'Documents in force as of April 1.').encode('utf-8'))]
    body = join(C.greeting(c.rng, c.lang), c.t('Archive des politiques révisées ci-jointe.', 'Archive of revised policies attached.'), sig(c, a))
    return spec(c.lang, 'policies_zip', 'ZIP of policies', [], who(a, c.lang), [lst(c, 'ambu')],
                c.t('Politiques révisées', 'Revised policies'), body, date=c.date,
                attachments=[dict(name=c.t('politiques_2025.zip', 'policies_2025.zip'), data=A.make_zip(files))])


def n_priority_policy(c):
    a = C.staff_named('Boisvert')
    pr = PRIORITIES_FR if c.fr else PRIORITIES_EN
    body = join(C.greeting(c.rng, c.lang),
                c.t('Rappel des codes de priorité pour les demandes d\'imagerie :', 'Reminder of priority codes for imaging requests:'),
                '\n'.join('- ' + p for p in pr),
                c.t('Une demande P1 pour suspicion de compression médullaire ou d\'AVC doit être téléphonée au radiologiste.',
                    'A P1 request for suspected cord compression or stroke must be phoned to the radiologist.'), sig(c, a))
    return spec(c.lang, 'priority_policy', 'priority code policy', [], who(a, c.lang), [lst(c, 'md')],
                c.t('Codes de priorité – rappel', 'Priority codes - reminder'), body, date=c.date)


def n_referral_guidelines(c):
    s = c.pick(SPECS)
    a = C.staff_by(org=s, md=True, rng=c.rng)
    crit = {'ophtalmo': c.t('baisse de vision subite, douleur oculaire avec rougeur, corps flottants avec voile : le jour même',
                            'sudden vision loss, painful red eye, floaters with a curtain: same day'),
            'orl': c.t('surdité brusque : moins de 72 h ; surdité asymétrique : IRM avant la consultation',
                       'sudden hearing loss: within 72 h; asymmetric loss: MRI before consult'),
            'derm': c.t('lésion pigmentée changeante : photo dermoscopique jointe ; psoriasis : échec de 2 traitements topiques',
                        'changing pigmented lesion: attach a dermoscopic photo; psoriasis: 2 failed topicals'),
            'dent': c.t('cellulite faciale avec trismus : urgence ; ostéonécrose : joindre la liste des médicaments',
                        'facial cellulitis with trismus: emergency; osteonecrosis: attach medication list'),
            'allergie': c.t('anaphylaxie : prioritaire ; allergie pénicilline non compliquée : test de provocation direct',
                            'anaphylaxis: priority; uncomplicated penicillin allergy: direct challenge')}[s]
    body = join(C.greeting(c.rng, c.lang),
                c.t('Critères de référence en %s (révision) : %s. Utilisez le formulaire unique et indiquez la priorité.' % (SPEC_NAME[s][0], crit),
                    'Referral criteria for %s (revised): %s. Use the single form and indicate the priority.' % (SPEC_NAME[s][1], crit)),
                sig(c, a))
    return spec(c.lang, 'referral_guidelines', 'referral criteria', [], who(a, c.lang),
                [('GMF des Deux-Rivières', 'medecins@gmf2rivieres.example')],
                c.t('Critères de référence – %s', 'Referral criteria - %s') % SPEC_NAME[s][0 if c.fr else 1], body, date=c.date)


TEMPLATES = [n_accreditation, n_formulary, n_protocol_anaphylaxis, n_turnaround_audit, n_satisfaction, n_retirement,
             n_clinic_contacts, n_vendor_demo, n_sterilisation_log, n_mm_rounds, n_ethics_approval, n_dosimetry,
             n_resident_schedule, n_fwd_newsletter_eml, n_zip_policies, n_priority_policy, n_referral_guidelines]
