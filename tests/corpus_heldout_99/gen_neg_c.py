"""Negative templates C: hard negatives (blank forms, anonymised cases, protocols, templates, directories)."""
from gen_files import zip_bytes, docx_bytes, pdf_bytes
from gen_tpl import (mk, sig, hello, bye, att, pdf_att, docx_att, xlsx_att, csv_att, re_, fw_, earlier,
                     quoted, appt, appt_str, short_date)


# ------------------------------------------------------------------ N31 blank referral form
def n_blank_form(w, ctx):
    rng = ctx.rng
    sec = w.s(rng.choice(['omfs_sec', 'mgr']))
    rows = [[ctx.fr('Nom du patient', 'Patient name'), '_______________________'], ['NAM / RAMQ', '____ ____ ____'],
            [ctx.fr('Date de naissance', 'Date of birth'), 'AAAA-MM-JJ' if ctx.lang == 'fr' else 'YYYY-MM-DD'],
            [ctx.fr('Téléphone', 'Phone'), '(___) ___-____'], [ctx.fr('Motif de référence', 'Reason for referral'), ''],
            [ctx.fr('Médication / allergies', 'Medications / allergies'), ''],
            [ctx.fr('Priorité', 'Priority'), 'A (< 72 h)  B (< 30 j)  C (< 90 j)']]
    fmt = rng.choice(['docx', 'pdf'])
    title = ctx.fr('Formulaire de référence - chirurgie buccale et maxillo-faciale', 'Referral form - oral and maxillofacial surgery')
    if fmt == 'docx':
        a = docx_att(ctx.fr('formulaire_référence_CBMF_v3.docx', 'OMFS_referral_form_v3.docx'), title, [('table', ['', ''], rows)], sec.full)
    else:
        a = pdf_att(ctx.fr('formulaire_reference_CBMF_v3.pdf', 'OMFS_referral_form_v3.pdf'), title, [('table', ['', ''], rows)])
    body = [hello(ctx), ctx.fr('Nouvelle version du formulaire de référence (v3). Merci de ne plus utiliser l\'ancienne version : les '
                               'références incomplètes (NAM ou médication manquants) seront retournées.',
                               'New version of the referral form (v3). Please stop using the old one: incomplete referrals (missing RAMQ '
                               'number or medications) will be returned.'), bye(ctx), sig(ctx, sec)]
    return mk(ctx, 'blank_form', 'blank referral form template', sec, [('Cliniques référentes', 'referents@liste.example')],
              ctx.fr('Nouveau formulaire de référence CBMF', 'New OMFS referral form'), body, atts=[a])


# ------------------------------------------------------------------ N32 anonymised teaching case
def n_teaching_case(w, ctx):
    rng = ctx.rng
    res = w.s(rng.choice(['resident', 'omfs']))
    age = rng.randrange(35, 85)
    case = rng.randrange(3)
    if ctx.lang == 'fr':
        txt = ['Une femme de %d ans sous dénosumab depuis 4 ans consulte pour un os exposé en lingual de la 37 depuis 10 semaines. '
               'Pas d\'antécédent de radiothérapie. Quel stade? Quelle prise en charge?' % age,
               'Un homme de %d ans, fumeur, présente une plaque blanche non grattable du bord latéral de la langue depuis 3 mois. '
               'Quelle est la prochaine étape?' % age,
               'Un patient de %d ans sous apixaban doit avoir 3 extractions. Faut-il cesser l\'anticoagulant?' % age][case]
        pre = 'Cas clinique de la semaine (anonymisé) pour la présentation des résidents :'
    else:
        txt = ['A %d-year-old woman on denosumab for 4 years presents with exposed bone lingual to 37 for 10 weeks. No radiotherapy. '
               'Stage? Management?' % age,
               'A %d-year-old male smoker has a non-wipeable white patch on the lateral tongue for 3 months. Next step?' % age,
               'A %d-year-old patient on apixaban needs 3 extractions. Should the anticoagulant be held?' % age][case]
        pre = 'Case of the week (de-identified) for resident rounds:'
    body = [hello(ctx), pre, txt, ctx.fr('Réponses jeudi à la tournée.', 'Answers at Thursday rounds.'), sig(ctx, res)]
    return mk(ctx, 'teaching_case', 'anonymised teaching case', res, w.staff['resident'][:3],
              ctx.fr('Cas de la semaine', 'Case of the week'), body)


# ------------------------------------------------------------------ N33 referral guidelines / directory
def n_directory(w, ctx):
    rng = ctx.rng
    sec = w.s(rng.choice(['omfs_sec', 'omfs']))
    areas_fr = ['lésions de la muqueuse et lichen plan', 'troubles temporo-mandibulaires', 'ostéonécrose (MRONJ)', 'traumatologie faciale',
                'chirurgie orthognathique', 'cancer de la cavité buccale']
    areas_en = ['mucosal lesions and lichen planus', 'TMJ disorders', 'osteonecrosis (MRONJ)', 'facial trauma', 'orthognathic surgery',
                'oral cavity cancer']
    surg = w.staff['omfs']
    idx = rng.sample(range(6), len(surg))
    rows = [[s.title(ctx.lang), (areas_fr if ctx.lang == 'fr' else areas_en)[i], ctx.fr('poste ', 'ext. ') + str(4400 + k)]
            for k, (s, i) in enumerate(zip(surg, idx))]
    body = [hello(ctx), ctx.fr('Pour orienter vos références, voici les champs d\'intérêt de nos chirurgiens :',
                               'To direct your referrals, here are our surgeons\' areas of interest:'),
            ('table', [ctx.fr('Chirurgien', 'Surgeon'), ctx.fr('Champ d\'intérêt', 'Area'), ctx.fr('Téléphone', 'Phone')], rows),
            ctx.fr('Les cas suspects de cancer (priorité A) sont vus en moins de 7 jours.', 'Suspected cancer (priority A) is seen within 7 days.'),
            sig(ctx, sec)]
    return mk(ctx, 'surgeon_directory', 'surgeons named with the diseases they treat', sec,
              [('Dentistes référents', 'referents@liste.example')], ctx.fr('À qui référer?', 'Who to refer to?'), body)


# ------------------------------------------------------------------ N34 anticoagulant protocol
def n_protocol(w, ctx):
    rng = ctx.rng
    surg = w.s('omfs')
    body = [hello(ctx), ctx.fr('Mise à jour du protocole de gestion des anticoagulants en chirurgie buccale :',
                               'Updated protocol for anticoagulants in oral surgery:'),
            ctx.fr('- Warfarine : procéder si INR ≤ 3,5 mesuré dans les 24 h; acide tranexamique 5 % en rince-bouche.\n'
                   '- Apixaban / rivaroxaban : pour 1 à 3 extractions, pas d\'arrêt; sauter la dose du matin si extractions multiples.\n'
                   '- Double antiplaquettaire : ne jamais cesser sans l\'avis du cardiologue.\n'
                   '- Plaquettes < 50 x 10^9/L : discuter avec l\'hématologie.',
                   '- Warfarin: proceed if INR ≤ 3.5 within 24 h; tranexamic acid 5% mouthwash.\n'
                   '- Apixaban / rivaroxaban: 1-3 extractions, no interruption; skip the morning dose for multiple extractions.\n'
                   '- Dual antiplatelet therapy: never stop without cardiology input.\n'
                   '- Platelets < 50 x 10^9/L: discuss with haematology.'),
            sig(ctx, surg)]
    atts = [pdf_att(ctx.fr('protocole_anticoagulants_2025.pdf', 'anticoagulant_protocol_2025.pdf'), ctx.fr('Protocole', 'Protocol'), body[1:3])] \
        if rng.random() < 0.5 else []
    return mk(ctx, 'clinical_protocol', 'clinical protocol with drugs and lab thresholds, no patient', surg,
              [('CBMF', 'cbmf-tous@hr-hautesrivieres.example')], ctx.fr('Protocole anticoagulants - mise à jour', 'Anticoagulant protocol - update'),
              body, atts=atts)


# ------------------------------------------------------------------ N35 privacy reminder
def n_privacy(w, ctx):
    rng = ctx.rng
    mgr = w.s(rng.choice(['mgr', 'hr']))
    body = [hello(ctx), ctx.fr('Rappel sur la confidentialité : n\'inscrivez jamais le nom d\'un patient, son NAM ou son diagnostic dans '
                               'l\'objet d\'un courriel. Utilisez le numéro de dossier interne et la messagerie sécurisée.',
                               'Privacy reminder: never put a patient\'s name, RAMQ number or diagnosis in an e-mail subject line. Use the '
                               'internal chart number and secure messaging.'),
            ctx.fr('Exemple à éviter : « Biopsie - [Prénom Nom] - carcinome ». Exemple correct : « Résultat - voir DME ».',
                   'Avoid: "Biopsy - [First Last] - carcinoma". Correct: "Result - see EHR".'),
            ctx.fr('La formation annuelle obligatoire est disponible sur la plateforme (45 min).', 'The mandatory annual training is online (45 min).'),
            sig(ctx, mgr)]
    return mk(ctx, 'privacy_reminder', 'privacy reminder mentioning identifiers generically', mgr,
              [('Équipe', 'equipe@boreal-dentaire.example')], ctx.fr('Rappel : confidentialité des courriels', 'Reminder: e-mail privacy'), body)


# ------------------------------------------------------------------ N36 recall-campaign template with placeholders
def n_template(w, ctx):
    rng = ctx.rng
    mgr = w.s(rng.choice(['mgr', 'recep']))
    tmpl = ctx.fr('Bonjour {{prenom}},\n\nSelon notre dossier, votre examen et nettoyage sont dus. Votre dernier rendez-vous date du '
                  '{{date_derniere_visite}}. Appelez-nous au 450-555-0110 ou réservez en ligne.\n\nL\'équipe de la Clinique dentaire Boréal',
                  'Hi {{first_name}},\n\nOur records show your exam and cleaning are due. Your last visit was {{last_visit_date}}. '
                  'Call us at 450-555-0110 or book online.\n\nThe Boréal Dental Clinic team')
    body = [hello(ctx), ctx.fr('Voici le gabarit pour la campagne de rappel du printemps. Les champs seront fusionnés par le logiciel.',
                               'Here is the template for the spring recall campaign. Fields are merged by the software.'),
            ('pre', tmpl), bye(ctx), sig(ctx, mgr)]
    return mk(ctx, 'merge_template', 'mail-merge template with placeholders', mgr, w.staff['recep'][:2],
              ctx.fr('Gabarit - campagne de rappel', 'Template - recall campaign'), body)


# ------------------------------------------------------------------ N37 research protocol
def n_research(w, ctx):
    rng = ctx.rng
    surg = w.s('omfs')
    body = [hello(ctx), ctx.fr('Le protocole de l\'étude CHX-38 a été approuvé par le comité d\'éthique. Essai randomisé : gel de '
                               'chlorhexidine 0,2 % vs placebo après extraction des troisièmes molaires inférieures. Critères : 18-40 ans, '
                               'ASA I-II, non-fumeurs. Objectif : 240 participants. Issue principale : incidence d\'alvéolite sèche au jour 7.',
                               'The CHX-38 study protocol was approved by the REB. Randomised trial: 0.2% chlorhexidine gel vs placebo after '
                               'lower third molar removal. Criteria: age 18-40, ASA I-II, non-smokers. Target: 240 participants. Primary '
                               'outcome: dry socket incidence at day 7.'),
            ctx.fr('Le recrutement débutera en septembre; le formulaire de consentement vierge est joint.',
                   'Recruitment starts in September; the blank consent form is attached.'), sig(ctx, surg)]
    a = docx_att(ctx.fr('consentement_CHX-38_v2.docx', 'consent_CHX-38_v2.docx'), ctx.fr('Formulaire de consentement', 'Consent form'),
                 [ctx.fr('Nom du participant : ____________  Signature : ____________  Date : ________',
                         'Participant name: ____________  Signature: ____________  Date: ________')], surg.full)
    return mk(ctx, 'research_protocol', 'research protocol without participants', surg, w.staff['resident'][:2] + w.staff['nurse'][:1],
              ctx.fr('Étude CHX-38 approuvée', 'CHX-38 study approved'), body, atts=[a])


# ------------------------------------------------------------------ N38 anonymised audit list
def n_anon_audit(w, ctx):
    rng = ctx.rng
    mgr = w.s(rng.choice(['mgr', 'omfs']))
    rows = [['P%02d' % i, str(rng.randrange(18, 90)), rng.choice(['F', 'M']),
             rng.choice(ctx.fr(['extraction 48', 'biopsie', 'implant 36', 'ORIF mandibule', 'kystectomie'],
                               ['extraction 48', 'biopsy', 'implant 36', 'mandible ORIF', 'cyst enucleation'])),
             rng.choice([ctx.fr('oui', 'yes'), ctx.fr('non', 'no')])] for i in range(1, rng.randrange(10, 20))]
    hdr = ['ID', ctx.fr('Âge', 'Age'), ctx.fr('Sexe', 'Sex'), ctx.fr('Intervention', 'Procedure'), ctx.fr('Consentement signé', 'Signed consent')]
    body = [hello(ctx), ctx.fr('Résultats de l\'audit des consentements (données anonymisées, aucun identifiant) :',
                               'Consent audit results (de-identified, no identifiers):'),
            ctx.fr('Taux de conformité : %d %%.' % rng.randrange(70, 98), 'Compliance: %d%%.' % rng.randrange(70, 98)), sig(ctx, mgr)]
    return mk(ctx, 'anonymised_audit', 'de-identified audit table (ages, procedures)', mgr, w.staff['omfs'][:2],
              ctx.fr('Audit consentements - résultats', 'Consent audit - results'), body,
              atts=[xlsx_att(ctx.fr('audit_consentements.xlsx', 'consent_audit.xlsx'), [('Audit', [hdr] + rows)], mgr.full)])


# ------------------------------------------------------------------ N39 satisfaction survey (aggregate, anonymous comments)
def n_survey(w, ctx):
    rng = ctx.rng
    mgr = w.s('mgr')
    d = rng.choice(w.staff['dentist'] + w.staff['hyg'])
    body = [hello(ctx), ctx.fr('Sondage de satisfaction (n = %d) : 94 %% très satisfaits, délai moyen en salle d\'attente 11 min.' % rng.randrange(80, 400),
                               'Satisfaction survey (n = %d): 94%% very satisfied, mean waiting-room time 11 min.' % rng.randrange(80, 400)),
            ctx.fr('Commentaires anonymes : « %s est très douce avec les enfants », « stationnement difficile », « j\'avais peur mais tout s\'est bien passé ».'
                   % d.short('fr'), 'Anonymous comments: "%s is very gentle with kids", "parking is hard", "I was scared but it went fine".' % d.short('en')),
            sig(ctx, mgr)]
    return mk(ctx, 'satisfaction_survey', 'aggregate satisfaction survey with anonymous comments', mgr,
              [('Équipe', 'equipe@boreal-dentaire.example')], ctx.fr('Résultats du sondage', 'Survey results'), body,
              body_form=rng.choice(['html', None]))


# ------------------------------------------------------------------ N40 journal club
def n_journal_club(w, ctx):
    rng = ctx.rng
    res = w.s('resident')
    body = [hello(ctx), ctx.fr('Club de lecture jeudi : revue systématique sur le risque de saignement après extraction chez les patients sous '
                               'anticoagulants oraux directs (42 études, 3 600 patients). Risque de saignement tardif : 5,6 %.',
                               'Journal club Thursday: systematic review of bleeding after extraction in patients on DOACs (42 studies, '
                               '3,600 patients). Late bleeding risk: 5.6%.'),
            ctx.fr('Présentateur : %s. Pizza fournie.' % res.title('fr'), 'Presenter: %s. Pizza provided.' % res.title('en')), sig(ctx, res)]
    return mk(ctx, 'journal_club', 'journal club on published aggregate data', res, w.staff['resident'] + w.staff['omfs'][:1],
              ctx.fr('Club de lecture', 'Journal club'), body)


# ------------------------------------------------------------------ N41 ZIP of blank forms
def n_zip_forms(w, ctx):
    rng = ctx.rng
    sec = w.s(rng.choice(['omfs_sec', 'mgr']))
    files = [(ctx.fr('consentement_extraction.pdf', 'extraction_consent.pdf'),
              pdf_bytes(ctx.fr('Consentement - extraction', 'Consent - extraction'),
                        [ctx.fr('Je soussigné(e) ____________ consens à ...', 'I, ____________, consent to ...'),
                         ctx.fr('Risques : douleur, enflure, saignement, alvéolite, paresthésie.', 'Risks: pain, swelling, bleeding, dry socket, paresthesia.')])),
             (ctx.fr('instructions_post-op.pdf', 'post-op_instructions.pdf'),
              pdf_bytes(ctx.fr('Instructions post-opératoires', 'Post-operative instructions'),
                        [ctx.fr('Mordre sur la gaze 30 min. Ibuprofène 400-600 mg aux 6 h au besoin. Pas de paille 72 h.',
                                'Bite on gauze 30 min. Ibuprofen 400-600 mg every 6 h as needed. No straws for 72 h.')])),
             (ctx.fr('questionnaire_medical_vierge.docx', 'blank_medical_questionnaire.docx'),
              docx_bytes(ctx.fr('Questionnaire médical', 'Medical questionnaire'),
                         [('table', ['', ''], [[ctx.fr('Nom', 'Name'), ''], [ctx.fr('Médicaments', 'Medications'), ''], ['Allergies', '']])]))]
    body = [hello(ctx), ctx.fr('Voici les formulaires vierges à imprimer pour la réception (zip).', 'Blank forms for the front desk (zip).'), sig(ctx, sec)]
    return mk(ctx, 'forms_zip', 'ZIP of blank forms', sec, w.staff['recep'][:2], ctx.fr('Formulaires vierges', 'Blank forms'), body,
              atts=[att(ctx.fr('formulaires_réception.zip', 'forms.zip'), 'application/zip', zip_bytes(files))])


# ------------------------------------------------------------------ N42 wait list statistics per surgeon
def n_waitlist(w, ctx):
    rng = ctx.rng
    mgr = w.s(rng.choice(['mgr', 'omfs_sec']))
    rows = [[s.title(ctx.lang), rng.randrange(3, 40), rng.randrange(20, 150), rng.randrange(40, 400)] for s in w.staff['omfs']]
    body = [hello(ctx), ctx.fr('Liste d\'attente au %s (nombre de patients par priorité) :' % ctx.date.strftime('%Y-%m-%d'),
                               'Wait list as of %s (number of patients per priority):' % ctx.date.strftime('%Y-%m-%d')),
            ('table', [ctx.fr('Chirurgien', 'Surgeon'), 'A', 'B', 'C'], rows), sig(ctx, mgr)]
    return mk(ctx, 'waitlist_stats', 'aggregate wait-list counts per surgeon', mgr, w.staff['omfs'][:2],
              ctx.fr('Liste d\'attente - portrait', 'Wait list - snapshot'), body, body_form=rng.choice(['html', 'alt', None]))


# ------------------------------------------------------------------ N43 post-op instructions leaflet
def n_leaflet(w, ctx):
    rng = ctx.rng
    dent = w.s(rng.choice(['dentist', 'omfs']))
    rec = w.s('recep')
    text = ctx.fr('Après une extraction : mordre sur la compresse 30 minutes; ne pas cracher ni fumer 72 heures; ibuprofène 600 mg '
                  'et acétaminophène 1 g en alternance; rince-bouche à la chlorhexidine à partir du lendemain. Consultez si fièvre > 38,5 '
                  'ou saignement qui ne cesse pas.',
                  'After an extraction: bite on gauze for 30 minutes; no spitting or smoking for 72 hours; alternate ibuprofen 600 mg and '
                  'acetaminophen 1 g; chlorhexidine rinse from the next day. Call if fever > 38.5 or bleeding does not stop.')
    body = [hello(ctx, rec.given), ctx.fr('Version révisée du feuillet post-op à remettre à tous les patients.', 'Revised post-op leaflet to give to every patient.'),
            bye(ctx), sig(ctx, dent)]
    return mk(ctx, 'postop_leaflet', 'generic post-operative leaflet (drugs, no patient)', dent, [rec],
              ctx.fr('Feuillet post-op révisé', 'Revised post-op leaflet'), body,
              atts=[docx_att(ctx.fr('feuillet_post-op_révisé.docx', 'post-op_leaflet.docx'), ctx.fr('Conseils post-opératoires', 'Post-operative care'), [text])])


# ------------------------------------------------------------------ N44 retirement party
def n_social_event(w, ctx):
    rng = ctx.rng
    a = w.s('mgr')
    who = w.s(rng.choice(['hyg', 'dentist', 'assist']))
    d = appt(ctx, 5, 25, hours=(17,))
    body = [hello(ctx), ctx.fr('Après 31 ans à la clinique, %s prend sa retraite! 5 à 7 le %s au resto du coin. Contribution pour le cadeau : 20 $.'
                               % (who.full, appt_str(d, 'fr').split(' à ')[0]),
                               'After 31 years, %s is retiring! Drinks on %s at the restaurant next door. Gift collection: $20.'
                               % (who.full, appt_str(d, 'en').split(' at ')[0])), sig(ctx, a)]
    return mk(ctx, 'social_event', 'staff retirement party', a, [('Équipe', 'equipe@boreal-dentaire.example')],
              ctx.fr('Retraite de %s', '%s is retiring') % who.given, body, body_form=rng.choice(['html', None]))


# ------------------------------------------------------------------ N45 curbside consult without identity
def n_curbside(w, ctx):
    rng = ctx.rng
    a = w.s('dentist')
    b = w.s('omfs')
    age = rng.randrange(30, 80)
    body = [hello(ctx, b.short(ctx.lang)),
            ctx.fr('Question rapide, sans nom : j\'ai une patiente dans la soixantaine sous alendronate depuis quelques années qui a besoin de '
                   'l\'extraction d\'une molaire. Tu ferais quoi — extraction chez moi ou référence?',
                   'Quick curbside, no identifiers: a woman in her sixties on alendronate for a few years needs a molar out. Would you do it '
                   'in my office or refer?') if rng.random() < 0.5 else
            ctx.fr('Question générale : pour un homme d\'environ %d ans sous apixaban, tu arrêtes une dose avant 2 extractions?' % (age // 10 * 10),
                   'General question: for a man around %d on apixaban, do you hold a dose before 2 extractions?' % (age // 10 * 10)),
            bye(ctx), sig(ctx, a)]
    return mk(ctx, 'curbside_anonymous', 'curbside question with no identifying detail', a, [b],
              ctx.fr('Question clinique', 'Clinical question'), body)


# ------------------------------------------------------------------ N46 hygienist productivity (staff)
def n_productivity(w, ctx):
    rng = ctx.rng
    mgr = w.s('mgr')
    rows = [[s.full, rng.randrange(60, 130), '%d %%' % rng.randrange(2, 15), '%d %%' % rng.randrange(80, 99)] for s in w.staff['hyg']]
    body = [hello(ctx), ctx.fr('Indicateurs du trimestre par hygiéniste (rendez-vous, taux d\'annulation, taux de rappel planifié) :',
                               'Quarterly indicators per hygienist (visits, cancellation rate, recall booked rate):'),
            ('table', [ctx.fr('Hygiéniste', 'Hygienist'), ctx.fr('Visites', 'Visits'), ctx.fr('Annulations', 'Cancellations'), ctx.fr('Rappels', 'Recalls')], rows),
            ctx.fr('À discuter aux rencontres individuelles.', 'To be discussed at one-on-ones.'), sig(ctx, mgr)]
    return mk(ctx, 'staff_indicators', 'staff performance indicators (HR)', mgr, w.staff['dentist'][:1],
              ctx.fr('Indicateurs trimestriels - hygiène', 'Quarterly indicators - hygiene'), body)


# ------------------------------------------------------------------ N47 emergency code drill
def n_drill(w, ctx):
    rng = ctx.rng
    it = w.s(rng.choice(['hr', 'nurse']))
    d = appt(ctx, 2, 15)
    body = [hello(ctx), ctx.fr('Exercice de code rouge (incendie) au pavillon B le %s. Les patients sous sédation ne seront pas évacués; '
                               'l\'équipe de la salle de réveil restera en place.' % appt_str(d, 'fr'),
                               'Code red (fire) drill in pavilion B on %s. Sedated patients will not be evacuated; the recovery room team '
                               'stays in place.' % appt_str(d, 'en')), sig(ctx, it)]
    return mk(ctx, 'code_drill', 'emergency drill notice', it, [('Pavillon B', 'pavillon-b@hr-hautesrivieres.example')],
              ctx.fr('Exercice code rouge', 'Code red drill'), body)


# ------------------------------------------------------------------ N48 lab courier / pickup schedule
def n_courier(w, ctx):
    rng = ctx.rng
    tech = w.s('labtech')
    body = [hello(ctx), ctx.fr('Nouvel horaire de cueillette du coursier : lundi, mercredi et vendredi à 14 h. Les cas urgents (réparations de '
                               'prothèses) peuvent être déposés directement au laboratoire avant 10 h pour un retour le jour même.',
                               'New courier pick-up schedule: Monday, Wednesday and Friday at 2 pm. Urgent cases (denture repairs) can be '
                               'dropped at the lab before 10 am for same-day return.'), bye(ctx), sig(ctx, tech)]
    return mk(ctx, 'courier_schedule', 'dental lab courier schedule', tech, [w.s('mgr')],
              ctx.fr('Horaire du coursier', 'Courier schedule'), body)


# ------------------------------------------------------------------ N49 consent form template (PDF) + quoted staff exchange
def n_consent_thread(w, ctx):
    rng = ctx.rng
    a = w.s('omfs')
    b = w.s(rng.choice(['omfs_sec', 'nurse']))
    old = [ctx.fr('Peux-tu ajouter le risque de paresthésie permanente (< 1 %) au formulaire de consentement des dents de sagesse?',
                  'Can you add the risk of permanent paresthesia (< 1%) to the wisdom teeth consent form?'), a.given]
    body = [ctx.fr('Fait, nouvelle version ci-jointe.', 'Done, new version attached.'), sig(ctx, b),
            quoted(ctx, a, b, earlier(ctx, 2, 48), ctx.fr('Consentement 3e molaires', 'Third molar consent'), old)]
    pdf = pdf_att(ctx.fr('consentement_3e_molaires_v4.pdf', 'third_molar_consent_v4.pdf'), ctx.fr('Consentement', 'Consent'),
                  [ctx.fr('Nom du patient : ________  Date : ________', 'Patient name: ________  Date: ________'),
                   ctx.fr('Risques : saignement, infection, alvéolite, paresthésie temporaire ou permanente (< 1 %).',
                          'Risks: bleeding, infection, dry socket, temporary or permanent paresthesia (< 1%).')])
    return mk(ctx, 'consent_template', 'consent form template in a staff thread', b, [a],
              re_(ctx, ctx.fr('Consentement 3e molaires', 'Third molar consent')), body, atts=[pdf])
