"""Negative templates, part B: forms, teaching cases, recalls, protocols, facilities, calendars, exports..."""
import datetime as dt
import random

import gen_attach as A
import gen_common as C
from gen_compose import compose, spec
from gen_tpl import fname, fw_, join, letterhead, quote, re_, sig, who
from gen_vocab import DX, EXAMS, MEDS, SPEC_NAME, SPECS
from gen_neg_a import dxw, lst, medw, staff_names


def n_blank_form(c):
    s = c.pick(SPECS + ['imagerie'])
    a = C.staff_by(org=s if s != 'imagerie' else 'hosp', rng=c.rng)
    title = {'ophtalmo': c.t('Demande de consultation – ophtalmologie', 'Ophthalmology referral form'),
             'orl': c.t('Requête d\'évaluation audiologique', 'Audiology assessment requisition'),
             'derm': c.t('Formulaire de référence – dermatologie', 'Dermatology referral form'),
             'dent': c.t('Consentement – extraction dentaire', 'Consent - dental extraction'),
             'allergie': c.t('Questionnaire pré-test de provocation', 'Pre-challenge questionnaire'),
             'imagerie': c.t('Questionnaire de sécurité IRM', 'MRI safety questionnaire')}[s]
    fields = c.t(['Nom du patient : ____________________', 'Date de naissance : ____ / ____ / ______',
                  'NAM : ____ ____ ____   Exp. : ____', 'No de dossier : __________', 'Téléphone : (___) ___-____',
                  'Diagnostic / motif : ________________________________', 'Médication actuelle : ______________________',
                  'Allergies : ☐ Non ☐ Oui, précisez : ____________', 'Stimulateur cardiaque ? ☐ Oui ☐ Non',
                  'Signature du médecin : ________________  No permis : _______'],
                 ['Patient name: ____________________', 'Date of birth: ____ / ____ / ______',
                  'RAMQ / health card #: ____ ____ ____', 'Chart #: __________', 'Phone: (___) ___-____',
                  'Diagnosis / reason: ________________________________', 'Current medication: ______________________',
                  'Allergies: [ ] No [ ] Yes, specify: ____________', 'Pacemaker? [ ] Yes [ ] No',
                  'Physician signature: ________________  Licence #: _______'])
    if c.chance(0.5):
        att = dict(name=fname(title.split(' – ')[0].split(' - ')[0]) + '_vierge.pdf' if c.fr else fname(title) + '_blank.pdf',
                   data=A.make_pdf([('h', title)] + fields + [('small', 'Version 2025-02')], title=title,
                                   letterhead=letterhead(s if s != 'imagerie' else 'hosp', c.lang)))
    else:
        att = dict(name=(fname(title) + '.docx'), data=A.make_docx([('h', title)] + fields, title=title))
    body = join(C.greeting(c.rng, c.lang),
                c.t('Voici la nouvelle version du formulaire à utiliser dès lundi. Merci de détruire les anciennes copies.',
                    'Here is the new version of the form, to be used starting Monday. Please discard old copies.'),
                C.closing(c.rng, c.lang), sig(c, a))
    return spec(c.lang, 'blank_form', 'blank form/template', [], who(a, c.lang), [lst(c, c.pick(['ambu', s if s in ('orl', 'derm', 'dent', 'ophtalmo', 'allergie') else 'imagerie']))],
                c.t('Nouveau formulaire : ', 'New form: ') + title, body, date=c.date, attachments=[att])


TEACH = {
    'ophtalmo': [(('baisse de vision indolore de l\'œil gauche depuis 3 semaines, métamorphopsies', 'painless left-eye vision loss over 3 weeks with metamorphopsia'),
                  ('DMLA exsudative', 'wet AMD'), ('injections intravitréennes d\'anti-VEGF', 'intravitreal anti-VEGF injections')),
                 (('céphalée, œil rouge douloureux, halos autour des lumières, nausées', 'headache, painful red eye, halos around lights, nausea'),
                  ('glaucome aigu par fermeture de l\'angle', 'acute angle-closure glaucoma'), ('acétazolamide IV puis iridotomie au laser', 'IV acetazolamide then laser iridotomy'))],
    'orl': [(('baisse auditive droite soudaine au réveil, acouphène', 'sudden right hearing loss on waking, tinnitus'),
             ('surdité neurosensorielle brusque', 'sudden sensorineural hearing loss'), ('corticothérapie orale précoce', 'early oral corticosteroids')),
            (('otorrhée fétide chronique, perte auditive de conduction', 'chronic foul otorrhea, conductive hearing loss'),
             ('cholestéatome', 'cholesteatoma'), ('tympanomastoïdectomie', 'tympanomastoidectomy'))],
    'derm': [(('lésion pigmentée asymétrique de 9 mm au dos, récemment modifiée', 'asymmetric 9 mm pigmented lesion on the back, recently changed'),
              ('mélanome superficiel extensif', 'superficial spreading melanoma'), ('exérèse large selon l\'épaisseur de Breslow', 'wide local excision based on Breslow depth')),
             (('plaques érythémato-squameuses des coudes et genoux, atteinte unguéale', 'scaly red plaques on elbows and knees, nail pitting'),
              ('psoriasis en plaques', 'plaque psoriasis'), ('corticostéroïdes topiques puis photothérapie', 'topical steroids then phototherapy'))],
    'dent': [(('douleur mandibulaire et os exposé après extraction, sous bisphosphonates IV', 'jaw pain and exposed bone after extraction, on IV bisphosphonates'),
              ('ostéonécrose de la mâchoire', 'medication-related osteonecrosis of the jaw'), ('rince-bouche à la chlorhexidine et débridement conservateur', 'chlorhexidine rinses and conservative debridement')),
             (('tuméfaction sous-mandibulaire, trismus, fièvre', 'submandibular swelling, trismus, fever'),
              ('cellulite d\'origine dentaire', 'odontogenic cellulitis'), ('drainage et antibiothérapie IV', 'drainage and IV antibiotics'))],
    'allergie': [(('urticaire généralisée et vomissements 10 minutes après avoir mangé un biscuit', 'widespread hives and vomiting 10 minutes after a cookie'),
                  ('anaphylaxie aux arachides', 'peanut anaphylaxis'), ('épinéphrine IM et éviction', 'IM epinephrine and avoidance')),
                 (('éruption maculopapuleuse au jour 7 d\'amoxicilline dans l\'enfance', 'maculopapular rash on day 7 of amoxicillin in childhood'),
                  ('allergie à la pénicilline à faible risque', 'low-risk penicillin allergy label'), ('test de provocation orale direct', 'direct oral challenge'))],
}


def n_teaching_case(c):
    s = c.pick(SPECS)
    a = C.staff_by(org=s, md=True, rng=c.rng)
    k = 0 if c.fr else 1
    pres, dx, tx = c.pick(TEACH[s])
    age = c.rng.randrange(20, 85) if s != 'allergie' else c.rng.randrange(4, 40)
    sex = c.pick([c.t('Femme', 'Woman'), c.t('Homme', 'Man')])
    case = c.t('%s de %d ans, %s. Consulte pour %s.' % (sex, age, c.pick(['diabétique', 'fumeur', 'sans antécédent', 'hypertendu(e)']), pres[0]),
               '%s, %d, %s. Presents with %s.' % (sex, age, c.pick(['diabetic', 'smoker', 'no past history', 'hypertensive']), pres[1]))
    qs = c.t('Questions : 1) Diagnostic différentiel ? 2) Investigation ? 3) Prise en charge initiale ?',
             'Questions: 1) Differential diagnosis? 2) Work-up? 3) Initial management?')
    show = c.chance(0.5)
    body = join(C.greeting(c.rng, c.lang),
                c.t('Cas clinique pour la séance d\'enseignement de jeudi (cas anonymisé, tiré de la littérature) :',
                    'Teaching case for Thursday\'s session (anonymised, adapted from the literature):'),
                case, qs,
                c.t('Réponse (ne pas lire avant jeudi !) : %s ; traitement : %s.' % (dx[0], tx[0]),
                    'Answer (no peeking before Thursday!): %s; treatment: %s.' % (dx[1], tx[1])) if show else None,
                sig(c, a))
    return spec(c.lang, 'teaching_case', 'anonymised teaching case', [], who(a, c.lang),
                [(c.t('Résidents', 'Residents'), 'residents@chrvsa.example')],
                c.t('Cas clinique de la semaine', 'Case of the week'), body, date=c.date)


def n_recall(c):
    mgr = C.staff_named(c.pick(['Laroche', 'Hale', 'Bernier']))
    prod = c.pick([(c.t('auto-injecteurs d\'épinéphrine 0,3 mg', 'epinephrine 0.3 mg auto-injectors'), 'allergie'),
                   (c.t('lentilles intraoculaires monofocales modèle SN-60', 'SN-60 monofocal intraocular lenses'), 'ophtalmo'),
                   (c.t('seringues préremplies de gadotérate', 'gadoterate prefilled syringes'), 'imagerie'),
                   (c.t('tubes de ventilation transtympaniques', 'tympanostomy tubes'), 'orl'),
                   (c.t('anesthésique local articaïne 4 %', 'articaine 4% local anaesthetic'), 'dent')])
    lots = ', '.join('%s%d' % (c.pick(['LT', 'K', '2A', 'B']), c.rng.randrange(100000, 999999)) for _ in range(c.rng.randrange(2, 5)))
    body = join(C.greeting(c.rng, c.lang),
                c.t('Santé Canada et le fabricant rappellent certains lots de %s (défaut possible du mécanisme). '
                    'Lots visés : %s. Retirez les unités de vos stocks et retournez-les à la pharmacie. Aucun '
                    'incident n\'a été rapporté dans notre établissement.' % (prod[0], lots),
                    'Health Canada and the manufacturer are recalling some lots of %s (possible mechanism defect). '
                    'Affected lots: %s. Remove units from stock and return them to pharmacy. No incident has been '
                    'reported in our facility.' % (prod[0], lots)),
                sig(c, mgr))
    return spec(c.lang, 'recall', 'supplier recall with lot numbers', [], who(mgr, c.lang), [lst(c, 'ambu')],
                c.t('AVIS DE RAPPEL – ', 'RECALL NOTICE - ') + prod[0], body, date=c.date, priority=True)


def n_shortage(c):
    ph = C.staff_named('Laroche')
    drug = c.pick([(c.t('fluorescéine sodique 10 % injectable', 'sodium fluorescein 10% injection'), c.t('angiographie', 'angiography')),
                   (c.t('gouttes de cyclopentolate 1 %', 'cyclopentolate 1% drops'), c.t('dilatation pédiatrique', 'paediatric dilation')),
                   (c.t('amoxicilline suspension 250 mg/5 mL', 'amoxicillin 250 mg/5 mL suspension'), c.t('infections dentaires', 'dental infections')),
                   (c.t('iohexol 350', 'iohexol 350'), c.t('TDM avec contraste', 'contrast CT'))])
    body = join(C.greeting(c.rng, c.lang),
                c.t('Rupture d\'approvisionnement de %s prévue jusqu\'à la fin du mois. Pour %s, utiliser l\'alternative '
                    'inscrite à la liste locale. Merci de limiter les commandes.' % drug,
                    'Supply shortage of %s expected until the end of the month. For %s, use the alternative on the '
                    'local list. Please limit orders.' % drug), sig(c, ph))
    return spec(c.lang, 'drug_shortage', 'drug shortage notice', [], who(ph, c.lang), [lst(c, c.pick(['md', 'ambu']))],
                c.t('Pénurie : ', 'Shortage: ') + drug[0], body, date=c.date)


def n_research_protocol(c):
    pi = C.staff_named(c.pick(['Benali', 'Raman', 'Pritchard', 'Archambault']))
    proto = 'CHRVSA-%d-%03d' % (c.date.year, c.rng.randrange(1, 200))
    topic = {'Benali': c.t('aflibercept à intervalle prolongé dans la DMLA exsudative', 'treat-and-extend aflibercept in wet AMD'),
             'Raman': c.t('immunothérapie orale aux arachides chez les 1-4 ans', 'peanut OIT in children aged 1-4'),
             'Pritchard': c.t('dermoscopie assistée par IA pour le mélanome', 'AI-assisted dermoscopy for melanoma'),
             'Archambault': c.t('IRM abrégée pour le suivi de la SEP', 'abbreviated MRI for MS follow-up')}[pi.surname]
    body = join(C.greeting(c.rng, c.lang),
                c.t('Le protocole %s (%s) est maintenant ouvert au recrutement. Critères d\'inclusion : 18 ans et plus '
                    '(sauf étude pédiatrique), diagnostic confirmé, consentement écrit. Exclusion : grossesse, '
                    'insuffisance rénale sévère. Objectif : 120 participants sur 2 ans.' % (proto, topic),
                    'Protocol %s (%s) is now open to recruitment. Inclusion: 18 and over (except paediatric study), '
                    'confirmed diagnosis, written consent. Exclusion: pregnancy, severe renal failure. Target: 120 '
                    'participants over 2 years.' % (proto, topic)),
                c.t('Référez les candidats potentiels à la coordonnatrice de recherche, poste 3321.',
                    'Refer potential candidates to the research coordinator, ext. 3321.'), sig(c, pi))
    atts = []
    if c.chance(0.5):
        atts.append(dict(name='%s_synopsis.docx' % proto, data=A.make_docx([('h', proto), topic, c.t('Synopsis', 'Synopsis'),
                                                                             c.t('Population : adultes avec diagnostic confirmé.', 'Population: adults with confirmed diagnosis.'),
                                                                             c.t('Critère principal : variation de l\'acuité visuelle à 52 semaines.', 'Primary endpoint: change at 52 weeks.')],
                                                                            title=proto)))
    return spec(c.lang, 'research_protocol', 'research protocol without participants', [], who(pi, c.lang), [lst(c, 'md')],
                c.t('Étude %s – recrutement', 'Study %s - recruitment') % proto, body, date=c.date, attachments=atts)


def n_facilities(c):
    fac = ('Services techniques', 'services.techniques@chrvsa.example')
    txt = c.pick([c.t('L\'ascenseur no 3 du pavillon B sera hors service du %s au %s pour modernisation. Les patients '
                      'en fauteuil roulant pour l\'imagerie doivent passer par le pavillon A.',
                      'Elevator 3 in wing B will be out of service from %s to %s for modernisation. Wheelchair patients '
                      'for imaging should use wing A.'),
                  c.t('Le stationnement P2 sera fermé du %s au %s (réfection de l\'asphalte). Le personnel des cliniques '
                      'externes est invité à utiliser le P4.', 'Parking P2 will be closed from %s to %s (repaving). '
                      'Outpatient clinic staff please use P4.'),
                  c.t('Coupure d\'eau chaude au 2e étage (ORL, ophtalmologie) du %s au %s. Les stérilisateurs '
                      'restent fonctionnels.', 'Hot water shut-off on floor 2 (ENT, eye clinic) from %s to %s. '
                      'Sterilizers stay in service.')])
    d0 = C.later(c.date, c.rng, 2, 20)
    body = join(C.greeting(c.rng, c.lang), txt % (d0.isoformat(), (d0 + dt.timedelta(days=c.rng.randrange(1, 10))).isoformat()),
                c.t('Merci de votre compréhension.', 'Thank you for your understanding.'), c.t('Services techniques\nPoste 2200', 'Technical services\nExt. 2200'))
    return spec(c.lang, 'facilities', 'facilities notice', [], fac, [lst(c, 'all')], c.t('Avis – travaux', 'Notice - work'),
                body, date=c.date)


def n_directory(c):
    a = C.staff_named('McKenna')
    rows = []
    for s in C.STAFF:
        if s.is_md() and 'resident' not in s.role_en:
            focus = {'ophtalmo': c.t('cataracte, glaucome, DMLA', 'cataract, glaucoma, AMD'),
                     'orl': c.t('surdité, maladie de Ménière, sinusite chronique, cancers tête et cou',
                                'hearing loss, Ménière\'s disease, chronic sinusitis, head & neck cancer'),
                     'derm': c.t('psoriasis, mélanome, dermatite atopique', 'psoriasis, melanoma, atopic dermatitis'),
                     'dent': c.t('extractions complexes, fractures faciales, ostéonécrose', 'complex extractions, facial fractures, osteonecrosis'),
                     'allergie': c.t('allergies alimentaires, anaphylaxie, urticaire chronique', 'food allergy, anaphylaxis, chronic urticaria'),
                     'imagerie': c.t('IRM musculosquelettique', 'musculoskeletal MRI'),
                     'hosp': c.t('neuroradiologie, AVC' if 'Neuro' in s.role_en else 'imagerie du sein, biopsies guidées',
                                 'neuroradiology, stroke' if 'Neuro' in s.role_en else 'breast imaging, guided biopsies'),
                     'gmf': c.t('médecine familiale', 'family medicine')}[s.org]
            rows.append('%s | %s | %s | %s' % (s.name(c.lang), s.role(c.lang), focus, C.CLINICS[s.org]['phone']))
    body = join(C.greeting(c.rng, c.lang),
                c.t('Mise à jour du bottin des médecins spécialistes pour les références :', 'Updated specialist directory for referrals:'),
                c.t('Médecin | Spécialité | Intérêts cliniques | Téléphone', 'Physician | Specialty | Clinical interests | Phone') + '\n' + '\n'.join(rows),
                sig(c, a))
    return spec(c.lang, 'directory', 'physician directory with diseases treated', [], who(a, c.lang), [lst(c, 'md')],
                c.t('Bottin des spécialistes – mise à jour', 'Specialist directory - update'), body, date=c.date)


def n_training(c):
    a = C.staff_named(c.pick(['McKenna', 'Bernier', 'Vézina']))
    t = c.pick([c.t('Formation obligatoire en radioprotection', 'Mandatory radiation protection training'),
                c.t('Reconnaissance et traitement de l\'anaphylaxie', 'Recognising and treating anaphylaxis'),
                c.t('Réanimation (SIR/ACLS) – recertification', 'ACLS recertification'),
                c.t('Prévention des infections en clinique dentaire', 'Infection control in the dental clinic')])
    d = C.later(c.date, c.rng, 7, 40)
    body = join(C.greeting(c.rng, c.lang),
                c.t('Séance « %s » le %s, 13 h à 16 h, salle 1-050. Inscription dans l\'intranet. Les personnes '
                    'n\'ayant pas complété la formation avant le 31 mars seront contactées par leur gestionnaire.' % (t, C.day(d, 'fr')),
                    '"%s" session on %s, 1 to 4 p.m., room 1-050. Register on the intranet. Staff who have not '
                    'completed it by March 31 will be contacted by their manager.' % (t, C.day(d, 'en'))), sig(c, a))
    return spec(c.lang, 'training', 'staff training', [], who(a, c.lang), [lst(c, c.pick(['ambu', 'imagerie', 'dent']))],
                c.t('Formation : ', 'Training: ') + t, body, date=c.date)


def n_template_letter(c):
    s = c.pick(SPECS + ['imagerie'])
    a = C.staff_by(org=s if s != 'imagerie' else 'imagerie', rng=c.rng)
    letter = c.t(['[DATE]', '', '[Madame/Monsieur] [PRÉNOM] [NOM]', '[ADRESSE]', '', 'Objet : votre rendez-vous du [DATE RDV]',
                  '', 'Madame, Monsieur,', 'Nous vous confirmons votre rendez-vous pour [EXAMEN] le [DATE RDV] à [HEURE].',
                  'Présentez-vous 20 minutes à l\'avance avec votre carte d\'assurance maladie.', '', 'Service de prise de rendez-vous'],
                 ['[DATE]', '', '[Mr./Ms.] [FIRST NAME] [LAST NAME]', '[ADDRESS]', '', 'Re: your appointment on [APPT DATE]',
                  '', 'Dear [Mr./Ms.] [LAST NAME],', 'This confirms your appointment for [EXAM] on [APPT DATE] at [TIME].',
                  'Please arrive 20 minutes early with your health insurance card.', '', 'Booking office'])
    if c.chance(0.5):
        att = dict(name=c.t('gabarit_lettre_convocation.docx', 'appointment_letter_template.docx'),
                   data=A.make_docx(letter, title='Gabarit'))
        txt = c.t('Voici le gabarit révisé (ajout de la mention sur la carte RAMQ).', 'Here is the revised template (health card line added).')
    else:
        att = None
        txt = c.t('Gabarit révisé à copier dans le système de rendez-vous :', 'Revised template to paste in the booking system:') + '\n\n' + '\n'.join(letter)
    body = join(C.greeting(c.rng, c.lang), txt, sig(c, a))
    return spec(c.lang, 'template_letter', 'letter template with placeholders', [], who(a, c.lang),
                [lst(c, 'ambu')], c.t('Gabarit de lettre – convocation', 'Appointment letter template'), body, date=c.date,
                attachments=[att] if att else [])


def n_equipment_service(c):
    tech = ('Service technique Siemmed', 'service@siemmed-imaging.example')
    mgr = C.staff_named('Bernier')
    sn = C.gen_sin(c.rng)
    body = join(C.greeting(c.rng, c.lang, mgr.given),
                c.t('Rapport d\'intervention no %d – IRM 1,5 T, no de série %s. Remplacement du module de '
                    'refroidissement ; niveau d\'hélium 78 %%. Tests de qualité (SNR, uniformité) conformes. '
                    'Appareil remis en service à 14 h 20.' % (c.rng.randrange(100000, 999999), sn),
                    'Service report #%d - 1.5 T MRI, serial number %s. Cold-head module replaced; helium level 78%%. '
                    'QA tests (SNR, uniformity) passed. System back in service at 2:20 p.m.' % (c.rng.randrange(100000, 999999), sn)),
                c.t('Service technique', 'Field service'))
    return spec(c.lang, 'equipment_service', 'MRI service report with Luhn-valid serial', [], tech, [who(mgr, c.lang)],
                c.t('Rapport d\'intervention IRM', 'MRI service report'), body, date=c.date)


def n_patient_education(c):
    s = c.pick(SPECS)
    a = C.staff_by(org=s, rng=c.rng)
    leaf = {'ophtalmo': c.t('Avant votre chirurgie de la cataracte : cessez les lentilles cornéennes 3 jours avant, '
                            'commencez les gouttes antibiotiques la veille, prévoyez un accompagnateur.',
                            'Before your cataract surgery: stop contact lenses 3 days before, start antibiotic drops the '
                            'day before, arrange for someone to drive you home.'),
            'orl': c.t('Après une amygdalectomie : alimentation froide et molle, acétaminophène aux 4 h, consultez si '
                       'saignement.', 'After tonsillectomy: cold soft foods, acetaminophen every 4 h, seek care if bleeding.'),
            'derm': c.t('Protection solaire : FPS 30+, réappliquer aux 2 h, examiner sa peau chaque mois.',
                        'Sun protection: SPF 30+, reapply every 2 h, check your skin monthly.'),
            'dent': c.t('Après une extraction : mordre sur la compresse 30 min, pas de paille ni de cigarette 72 h.',
                        'After an extraction: bite on gauze 30 min, no straws or smoking for 72 h.'),
            'allergie': c.t('Comment utiliser votre auto-injecteur : retirer le capuchon bleu, appuyer sur la cuisse, '
                            'tenir 3 secondes, appeler le 911.', 'How to use your auto-injector: remove blue cap, press '
                            'against thigh, hold 3 seconds, call 911.')}[s]
    att = dict(name=c.t('feuillet_information.pdf', 'patient_information_leaflet.pdf'),
               data=A.make_pdf([('h', c.t('Information aux patients', 'Patient information')), leaf,
                                c.t('Questions : ', 'Questions: ') + C.CLINICS[s]['phone']], title='Feuillet',
                               letterhead=letterhead(s, c.lang)))
    body = join(C.greeting(c.rng, c.lang),
                c.t('Voici la version finale du feuillet, approuvée par le comité des documents. À imprimer en couleur.',
                    'Here is the final leaflet, approved by the documents committee. Print in colour.'),
                leaf if c.chance(0.5) else None, sig(c, a))
    return spec(c.lang, 'patient_education', 'generic patient leaflet', [], who(a, c.lang), [lst(c, s)],
                c.t('Feuillet patients – version finale', 'Patient leaflet - final version'), body, date=c.date,
                attachments=[att])


def n_slot_template(c):
    a = C.staff_named(c.pick(['Trudel', 'Boisvert', 'Lapierre']))
    rows = []
    d = C.later(c.date, c.rng, 5, 30)
    for h in range(8, 16):
        e = c.pick(EXAMS)
        rows.append('%02d:00 | %s | %s' % (h, e[0] if c.fr else e[1], c.pick(['P3', 'P4', 'P2', c.t('libre', 'open')])))
    body = join(C.greeting(c.rng, c.lang),
                c.t('Gabarit des plages IRM pour le %s (ajout d\'une soirée) :' % C.day(d, 'fr'), 'MRI slot template for %s (added evening):' % C.day(d, 'en')),
                c.t('Heure | Type d\'examen | Priorité', 'Time | Exam type | Priority') + '\n' + '\n'.join(rows),
                C.closing(c.rng, c.lang), sig(c, a))
    return spec(c.lang, 'slot_template', 'booking slot template without names', [], who(a, c.lang), [lst(c, 'imagerie')],
                c.t('Plages IRM – %s', 'MRI slots - %s') % d.isoformat(), body, date=c.date)


def n_ics_meeting(c):
    org = C.staff_named(c.pick(['McKenna', 'Bernier', "O'Neill", 'Raman']))
    att = staff_names(c, c.rng.randrange(3, 7))
    d = C.later(c.date, c.rng, 3, 20)
    start = dt.datetime(d.year, d.month, d.day, c.pick([8, 12, 15]), 0)
    summ = c.pick([c.t('Réunion d\'équipe – cliniques externes', 'Team meeting - outpatient clinics'),
                   c.t('Comité listes d\'attente IRM', 'MRI wait-list committee'),
                   c.t('Rencontre qualité – audiologie', 'Quality meeting - audiology')])
    ics = A.make_ics([dict(uid='%08x@chrvsa.example' % c.rng.getrandbits(32), stamp=c.date.replace(tzinfo=None), start=start,
                           end=start + dt.timedelta(hours=1), summary=summ, location=c.t('Salle 3-210 / Teams', 'Room 3-210 / Teams'),
                           description=c.t('Ordre du jour à venir.', 'Agenda to follow.'),
                           organizer=(org.name(c.lang, False), org.email),
                           attendees=[(s.name(c.lang, False), s.email) for s in att])])
    body = join(summ, '%s %s' % (C.day(d, c.lang), start.strftime('%H:%M')), c.t('Salle 3-210 ou Teams', 'Room 3-210 or Teams'))
    return spec(c.lang, 'calendar_staff', 'staff meeting invitation', [], who(org, c.lang), [who(s, c.lang) for s in att],
                summ, body, date=c.date, attachments=[dict(name='invite.ics', text=ics.decode('utf-8'))])


def n_vcard_staff(c):
    s = C.staff_by(md=True, rng=c.rng)
    a = C.staff_by(md=False, rng=c.rng)
    card = dict(given=s.given, surname=s.surname, org=s.org_name(c.lang), title=s.role(c.lang), tel_work=C.CLINICS[s.org]['phone'],
                email=s.email, adr_work=C.CLINICS[s.org]['addr'])
    body = join(C.greeting(c.rng, c.lang), c.t('Voici les coordonnées professionnelles de %s pour vos références.' % s.name('fr'),
                                               'Here are %s\'s work contact details for referrals.' % s.name('en')), sig(c, a))
    return spec(c.lang, 'vcard_staff', 'physician work vCard', [], who(a, c.lang), [lst(c, 'ambu')],
                c.t('Coordonnées – ', 'Contact - ') + s.name(c.lang), body, date=c.date,
                attachments=[dict(name='%s %s.vcf' % (s.given, s.surname), text=A.make_vcard([card]).decode('utf-8'))])


def n_inventory_csv(c):
    a = C.staff_named(c.pick(['Hale', 'Tran', 'Bernier']))
    rows = [['asset_tag', 'serial_no', 'description', 'location', 'purchase_date', 'status']]
    for _ in range(c.rng.randrange(6, 14)):
        rows.append([C.gen_ohip(c.rng), C.gen_sin(c.rng), c.pick(['Audiometer AD629', 'Slit lamp BQ900', 'Dermatoscope DL5',
                                                                  'Dental chair A-dec 500', 'MRI coil 18ch knee', 'Ultrasound probe L12-5',
                                                                  'Tympanometer', 'OCT scanner']),
                     c.pick(['B-214', 'B-220', 'A-110', 'Clinique Horizon', 'C-305']), '%d-%02d-15' % (c.rng.randrange(2012, 2025), c.rng.randrange(1, 13)),
                     c.pick(['active', 'active', 'repair', 'retired'])])
    body = join(C.greeting(c.rng, c.lang),
                c.t('Extraction de l\'inventaire des équipements biomédicaux pour l\'audit annuel.',
                    'Biomedical equipment inventory export for the annual audit.'), sig(c, a))
    return spec(c.lang, 'inventory', 'asset inventory CSV with Luhn-valid tags', [], who(a, c.lang),
                [('Génie biomédical', 'genie.biomedical@chrvsa.example')], c.t('Inventaire équipements', 'Equipment inventory'),
                body, date=c.date, attachments=[dict(name='inventaire_%s.csv' % c.date.strftime('%Y%m%d'),
                                                     text=A.make_csv(rows).decode('utf-8'))])


def n_budget_reply(c):
    a = C.staff_named('Bernier')
    b = C.staff_named('McKenna')
    orig = join(C.greeting(c.rng, c.lang, a.given),
                c.t('Les heures supplémentaires en IRM dépassent le budget de 18 % à la période 9. Peux-tu me '
                    'proposer un plan d\'ici la fin du mois ? Le 2e quart de soir coûte 4 200 $ par semaine.',
                    'MRI overtime is 18% over budget at period 9. Can you propose a plan by month end? The second '
                    'evening shift costs $4,200 per week.'), b.given)
    reply = c.t('Proposition : réduire la soirée du jeudi et transférer 40 examens/semaine à Horizon (tarif '
                'négocié 285 $/examen). On en parle mardi ?', 'Proposal: cut the Thursday evening and send 40 '
                'exams/week to Horizon (negotiated $285/exam). Talk Tuesday?')
    body = join(C.greeting(c.rng, c.lang, b.given), reply, sig(c, a),
                quote(c, b.name(c.lang), b.email, c.date - dt.timedelta(days=1), c.t('Budget HS IRM', 'MRI OT budget'), orig,
                      to=a.name(c.lang)))
    return spec(c.lang, 'budget_reply', 'manager reply chain about budget', [], who(a, c.lang), [who(b, c.lang)],
                re_(c, c.t('Budget HS IRM', 'MRI OT budget')), body, date=c.date, reply=True)


TEMPLATES = [n_blank_form, n_teaching_case, n_recall, n_shortage, n_research_protocol, n_facilities, n_directory,
             n_training, n_template_letter, n_equipment_service, n_patient_education, n_slot_template, n_ics_meeting,
             n_vcard_staff, n_inventory_csv, n_budget_reply]
