"""Negative templates, part B: clinical-sounding mail with no identifiable
patient: newsletters, conference programmes, anonymised teaching cases,
statistics, blank forms, research protocols, announcements, education
handouts, audits, minutes, data dictionaries, mail-merge templates."""
import datetime
import html as H

import gen_clin as C
import gen_files as F
import gen_people as P
from gen_core import Att, Mail
from gen_tpl import earlier, join, letterhead, quote

SPEAKERS = [('Dre', 'Marie-Pier', 'Lachapelle', 'Université de Sherbrooke'), ('Dr', 'Olivier', 'Brisebois', 'CHU de Québec'),
            ('Dr.', 'Anjali', 'Raman', 'University of Toronto'), ('Dre', 'Isabelle', 'Fréchette-Lanctôt', 'CHUM'),
            ('Dr', 'Hugo', 'Desautels', 'McGill'), ('Dr.', 'Michael', 'Oduya', 'University of Ottawa')]


# ------------------------------------------------------------------ 16 newsletter (HTML)
def newsletter(ctx, lang):
    r = ctx.r
    topic = r.choice(['lupus', 'gout', 'osteo', 'ra'])
    if lang == 'fr':
        t = {'lupus': ('Mai, mois de sensibilisation au lupus', 'Le lupus touche environ 1 personne sur 1 000 au Canada, dont 9 sur 10 sont des femmes. '
                       'Fatigue, douleurs articulaires, éruptions cutanées et atteinte rénale sont parmi les manifestations possibles.'),
             'gout': ('La goutte : plus qu\'une question d\'alimentation', 'La goutte est la forme d\'arthrite inflammatoire la plus fréquente chez '
                      'l\'homme. Un traitement hypo-uricémiant bien ajusté (cible d\'acide urique < 360 µmol/L) prévient les crises.'),
             'osteo': ('Prévenir la première fracture', 'Une femme sur trois et un homme sur cinq subiront une fracture liée à l\'ostéoporose. '
                       'Calcium, vitamine D, exercice et évaluation du risque FRAX sont les piliers de la prévention.'),
             'ra': ('Biosimilaires : ce qui change pour vous', 'Les biosimilaires de l\'infliximab, de l\'adalimumab et du rituximab sont '
                    'aussi efficaces et sécuritaires que les produits d\'origine. La transition se fait avec votre équipe soignante.')}[topic]
        foot = f'Vous recevez ce bulletin parce que vous êtes abonné(e) à l\'Info-Rhumato du {P.CLINIC["short"]}. Se désabonner.'
        subject = f'Info-Rhumato – {t[0]}'
        extra = f'<p>Conférence grand public : {P.fr_date(ctx.future(10, 40), True)} à 19 h, avec {SPEAKERS[0][0]} {SPEAKERS[0][1]} {SPEAKERS[0][2]}.</p>'
    else:
        t = {'lupus': ('May is Lupus Awareness Month', 'Lupus affects about 1 in 1,000 Canadians, 9 in 10 of them women.'),
             'gout': ('Gout: more than diet', 'Gout is the most common inflammatory arthritis in men. A treat-to-target approach prevents flares.'),
             'osteo': ('Preventing the first fracture', 'One in three women and one in five men will have an osteoporotic fracture.'),
             'ra': ('Biosimilars: what changes for you', 'Biosimilars of infliximab, adalimumab and rituximab are as safe and effective as the originators.')}[topic]
        foot = 'You receive this newsletter as a subscriber to CRPR Rheum News. Unsubscribe.'
        subject = f'Rheum News - {t[0]}'
        extra = f'<p>Public talk: {P.en_date(ctx.future(10, 40), True)} at 7 pm with Dr. Anjali Raman.</p>'
    html = (f'<html><body style="font-family:Georgia,serif;max-width:640px">\n<h1 style="color:#2a5d8f">{H.escape(t[0])}</h1>\n'
            f'<p>{H.escape(t[1])}</p>\n{extra}\n<hr><p style="font-size:8pt;color:#777">{H.escape(foot)}</p>\n</body></html>')
    text = join(t[0], t[1], foot)
    return Mail('newsletter', lang, ('Info-Rhumato CRPR' if lang == 'fr' else 'CRPR Rheum News', 'bulletin@' + P.CLINIC['domain']),
                [('Abonnés' if lang == 'fr' else 'Subscribers', 'abonnes@' + P.CLINIC['domain'])], subject, text if r.random() < .5 else '',
                html=html, note='newsletter about a disease, no patient')


# ------------------------------------------------------------------ 17 conference programme
def conference(ctx, lang):
    r = ctx.r
    d = ctx.future(20, 80)
    talks_fr = ['Néphrite lupique : quoi de neuf en 2025?', 'Goutte réfractaire : place de la pegloticase', 'Ostéoporose : séquence des traitements',
                'Inhibiteurs de JAK et risque cardiovasculaire', 'Artérite à cellules géantes : épargne cortisonique',
                'Transition vers les biosimilaires : l\'expérience du CRPR']
    talks_en = ['Lupus nephritis: 2025 update', 'Refractory gout and pegloticase', 'Sequencing osteoporosis therapy', 'JAK inhibitors and CV risk',
                'Giant cell arteritis: steroid sparing', 'Biosimilar transition: our experience']
    sp = r.sample(SPEAKERS, 4)
    talks = r.sample(talks_fr if lang == 'fr' else talks_en, 4)
    prog = [f'{8 + i}:{"00" if i % 2 == 0 else "30"} – {t} – {s[0]} {s[1]} {s[2]} ({s[3]})' for i, (t, s) in enumerate(zip(talks, sp))]
    if lang == 'fr':
        title = f'Journée régionale de rhumatologie de la Mauricie – {P.fr_date(d)}'
        body = join(ctx.hello('fr', 'à tous'), f'Voici le programme de la {title}.', '\n'.join(prog),
                    'Inscription : 75 $ (gratuit pour résidents et infirmières). 6 heures de crédits de catégorie 1.', ctx.sig('dufour', 'fr'))
    else:
        title = f'Regional Rheumatology Day - {P.en_date(d)}'
        body = join(ctx.hello('en', 'all'), f'Programme for the {title}:', '\n'.join(prog), 'Registration $75, free for residents and nurses.',
                    ctx.sig('dufour', 'en'))
    atts = []
    if r.random() < .6:
        atts.append(Att('programme.pdf' if lang == 'fr' else 'program.pdf', 'pdf', F.make_pdf(['# ' + title, ''] + prog, header=letterhead(lang))))
    return Mail('conference', lang, ctx.staff('dufour', lang), [('Rhumatologues de la région' if lang == 'fr' else 'Regional rheumatologists',
                'rhumato-mauricie@listes.' + P.CLINIC['domain'])], title, body, atts=atts, note='conference programme: speakers and topics')


# ------------------------------------------------------------------ 18 anonymised teaching case
def teaching_case(ctx, lang):
    r = ctx.r
    case = C.pick_case(r)
    age = r.randint(24, 79)
    sex_fr, sex_en = r.choice([('Une femme', 'A woman'), ('Un homme', 'A man')])
    author = r.choice(['obrien', 'haddad'])
    if lang == 'fr':
        body = join(ctx.hello('fr', 'chers résidents'), 'Cas pour le club de lecture de jeudi (cas anonymisé, détails modifiés) :',
                    f'{sex_fr} de {age} ans se présente pour {case["dx_fr"]} probable. Bilan : {C.lab_str(case, "fr")}. '
                    f'{"Traitée" if sex_fr == "Une femme" else "Traité"} initialement par {case["med_fr"]}, puis {case["inf_drug"]}.',
                    'Questions :\n1. Quels sont les critères de classification applicables?\n2. Quel dépistage avant le biologique?\n'
                    '3. Quelle cible thérapeutique viser?', 'Lecture suggérée : recommandations EULAR 2023.', ctx.sig(author, 'fr'))
        subject = r.choice(['Club de lecture – cas de jeudi', 'Cas clinique pour les résidents', 'Enseignement – cas anonymisé'])
    else:
        body = join(ctx.hello('en', 'residents'), 'Case for Thursday\'s journal club (de-identified, details altered):',
                    f'{sex_en}, {age}, presents with probable {case["dx_en"]}. Work-up: {C.lab_str(case, "en")}. '
                    f'Treated with {case["med_en"]}, then {C.drug_en(case["inf_drug"])}.',
                    'Questions:\n1. Which classification criteria apply?\n2. Pre-biologic screening?\n3. Treatment target?',
                    ctx.sig(author, 'en'))
        subject = r.choice(['Journal club - Thursday case', 'Teaching case'])
    return Mail('teaching_case', lang, ctx.staff(author, lang),
                [('Résidents rhumatologie' if lang == 'fr' else 'Rheumatology residents', 'residents@' + P.CLINIC['domain'])],
                subject, body, note='anonymised teaching case (age, sex, labs; no identity)')


# ------------------------------------------------------------------ 19 statistics
def statistics(ctx, lang):
    r = ctx.r
    drugs = ['Infliximab', 'Tocilizumab IV', 'Rituximab', 'Abatacept IV', 'Belimumab IV', 'Acide zolédronique' if lang == 'fr' else 'Zoledronic acid',
             'Pegloticase', 'Golimumab IV']
    months = ['2024-10', '2024-11', '2024-12', '2025-01']
    rows = [['Médicament' if lang == 'fr' else 'Drug'] + months + ['Total']]
    scale = [140, 120, 60, 50, 45, 35, 8, 30]
    for dname, hi in zip(drugs, scale):
        vals = [r.randint(max(1, hi // 2), hi) for _ in months]
        rows.append([dname] + vals + [sum(vals)])
    data = F.make_xlsx([('Volumes', rows), ('Délais', [['Priorité', 'Délai médian (jours)', 'Cible'] if lang == 'fr' else ['Priority', 'Median wait (days)', 'Target'],
                                                         ['A', r.randint(3, 12), 10], ['B', r.randint(20, 45), 30], ['C', r.randint(60, 140), 90]])])
    total = sum(row[-1] for row in rows[1:])
    if lang == 'fr':
        body = join(ctx.hello('fr', 'à tous'), f'Voici les statistiques d\'activité de l\'unité de perfusion (oct. à janv.) : {total} perfusions, '
                    f'taux de réactions {str(round(r.uniform(1.2, 3.8), 1)).replace(".", ",")} % (aucune réaction grave), taux d\'annulation de dernière minute '
                    f'{r.randint(4, 11)} %.', 'Les délais d\'accès par priorité sont dans le 2e onglet.', ctx.sig('beaulieu', 'fr'))
        subject = r.choice(['Statistiques unité de perfusion – T3', 'Tableau de bord – perfusions', 'Volumes d\'activité'])
    else:
        body = join(ctx.hello('en', 'all'), f'Infusion unit activity Oct-Jan: {total} infusions, reaction rate {round(r.uniform(1.2, 3.8), 1)}% '
                    '(no severe reactions).', 'Wait times by priority in the second tab.', ctx.sig('beaulieu', 'en'))
        subject = 'Infusion unit dashboard'
    return Mail('statistics', lang, ctx.staff('beaulieu', lang), [ctx.staff('dufour', lang), ctx.staff('dube', lang)], subject, body,
                atts=[Att('tableau_de_bord.xlsx' if lang == 'fr' else 'dashboard.xlsx', 'xlsx', data)], note='aggregate activity statistics')


# ------------------------------------------------------------------ 20 blank form
def blank_form(ctx, lang):
    r = ctx.r
    kind = r.choice(['pa', 'referral', 'consent'])
    if lang == 'fr':
        title = {'pa': 'Demande d\'autorisation préalable – biologique', 'referral': 'Demande de consultation en rhumatologie',
                 'consent': 'Consentement au traitement par perfusion'}[kind]
        fields = ['Nom du patient : ______________________', 'Prénom : ______________________', 'NAM : ____ ____ ____',
                  'Date de naissance (AAAA-MM-JJ) : ____-__-__', 'No de dossier : __________', 'Diagnostic : ______________________',
                  'Médicament demandé : ______________________', 'Traitements antérieurs : ______________________',
                  'Signature du médecin : ______________  Permis : ______']
        body = join(ctx.hello('fr'), f'Voici la version à jour du formulaire « {title} » (rév. 2025-01). Merci de détruire les anciennes copies.',
                    ctx.sig('vezina', 'fr'))
        subject = f'Formulaire mis à jour – {title}'
    else:
        title = {'pa': 'Prior authorization request - biologic', 'referral': 'Rheumatology referral form', 'consent': 'Consent to infusion therapy'}[kind]
        fields = ['Patient name: ______________________', 'Health card no.: ____________', 'Date of birth (YYYY-MM-DD): ____-__-__',
                  'MRN: __________', 'Diagnosis: ______________________', 'Requested drug: ______________________',
                  'Physician signature: ______________']
        body = join(ctx.hello('en'), f'Updated "{title}" form attached (rev. 2025-01).', ctx.sig('vezina', 'en'))
        subject = f'Updated form - {title}'
    if r.random() < .5:
        att = Att(('formulaire_vierge.pdf' if lang == 'fr' else 'blank_form.pdf'), 'pdf', F.make_pdf(['# ' + title, ''] + fields, header=letterhead(lang)))
    else:
        att = Att(('formulaire_vierge.docx' if lang == 'fr' else 'blank_form.docx'), 'docx',
                  F.make_docx([('h', title)] + [('p', f) for f in fields]))
    atts = [att]
    if r.random() < .3:
        atts = [Att('formulaires_2025.zip', 'zip', F.make_zip([(att.name, att.data), ('LISEZMOI.txt', 'Formulaires vierges – ne pas remplir à l\'écran.'.encode('utf-8'))]))]
    return Mail('blank_form', lang, ctx.staff('vezina', lang), [('Tout le personnel' if lang == 'fr' else 'All staff', 'personnel@' + P.CLINIC['domain'])],
                subject, body, atts=atts, note='blank form with empty identifier fields')


# ------------------------------------------------------------------ 21 research protocol
def research_protocol(ctx, lang):
    r = ctx.r
    code = f'CRPR-{r.randint(2023, 2025)}-{r.randint(1, 40):03d}'
    if lang == 'fr':
        body = join(ctx.hello('fr', 'membres du CÉR'), f'Veuillez trouver le résumé du protocole {code} : « Efficacité de la transition vers un '
                    'biosimilaire du tocilizumab IV chez les patients atteints de polyarthrite rhumatoïde : étude de cohorte prospective ».',
                    'Critères d\'inclusion : 18 ans et plus, PR selon ACR/EULAR 2010, sous tocilizumab IV depuis au moins 6 mois.\n'
                    'Critères d\'exclusion : grossesse, infection active, DFGe < 30.\nTaille d\'échantillon visée : 120 participants.\n'
                    'Issue principale : variation du DAS28-CRP à 24 semaines.', f'Chercheuse principale : {P.staff_name("haddad", "fr")}.',
                    ctx.sig('haddad', 'fr'))
        subject = f'Protocole {code} – soumission au CÉR'
    else:
        body = join(ctx.hello('en', 'REB members'), f'Summary of protocol {code}: "Switching to a tocilizumab IV biosimilar in RA: a prospective cohort".',
                    'Inclusion: adults with RA (2010 ACR/EULAR) on tocilizumab IV for 6+ months.\nExclusion: pregnancy, active infection, eGFR < 30.\n'
                    'Target sample: 120.\nPrimary outcome: change in DAS28-CRP at week 24.', ctx.sig('haddad', 'en'))
        subject = f'Protocol {code} - REB submission'
    return Mail('research_protocol', lang, ctx.staff('haddad', lang), [('Comité d\'éthique de la recherche' if lang == 'fr' else 'Research Ethics Board',
                'cer@' + P.HOSP['domain'])], subject, body, note='research protocol without participant identities')


# ------------------------------------------------------------------ 22 physician announcement
def physician_announce(ctx, lang):
    r = ctx.r
    t, g, s, uni = r.choice(SPEAKERS)
    if lang == 'fr':
        body = join('Bonjour à tous,', f'Nous avons le plaisir d\'annoncer l\'arrivée de {t} {g} {s}, rhumatologue, qui se joindra à l\'équipe le '
                    f'{P.fr_date(ctx.future(10, 60))}. Formé{"e" if t == "Dre" else ""} à {uni}, {g} s\'intéresse particulièrement au lupus, '
                    'aux vascularites et à la sclérodermie, et prendra en charge la clinique de néphrite lupique conjointe avec la néphrologie.',
                    'Les demandes de consultation pour ces diagnostics pourront lui être adressées directement.', ctx.sig('dufour', 'fr'))
        subject = f'Bienvenue à {t} {g} {s}'
    else:
        body = join('Hello all,', f'We are pleased to welcome {t} {g} {s}, rheumatologist, trained at {uni}, with a special interest in lupus, '
                    'vasculitis and scleroderma.', ctx.sig('dufour', 'en'))
        subject = f'Welcome {t} {s}'
    return Mail('announcement', lang, ctx.staff('dufour', lang), [('Tout le personnel' if lang == 'fr' else 'All staff', 'personnel@' + P.CLINIC['domain'])],
                subject, body, note='new physician named with the diseases they treat')


# ------------------------------------------------------------------ 23 patient-education handout (generic)
def education_handout(ctx, lang):
    r = ctx.r
    kind = r.choice(['mtx', 'gout', 'zol', 'inf'])
    if lang == 'fr':
        title = {'mtx': 'Le méthotrexate : ce qu\'il faut savoir', 'gout': 'Goutte : alimentation et hydratation',
                 'zol': 'Votre perfusion d\'acide zolédronique', 'inf': 'Avant, pendant et après votre perfusion'}[kind]
        lines = ['# ' + title, 'Ce document est remis à toute personne qui débute ce traitement.',
                 'Prenez le méthotrexate UNE fois par semaine, toujours le même jour. Prenez l\'acide folique les autres jours.' if kind == 'mtx' else
                 'Buvez 2 litres d\'eau par jour, limitez l\'alcool, les boissons sucrées et les abats.' if kind == 'gout' else
                 'Hydratez-vous bien la veille. Des symptômes grippaux sont possibles 1 à 3 jours après la perfusion.' if kind == 'zol' else
                 'Signalez toute fièvre ou infection avant votre rendez-vous. Apportez la liste de vos médicaments.',
                 'Prises de sang : selon la fréquence indiquée par votre rhumatologue.', f'Questions : infirmière pivot, {P.CLINIC["tel"]}.']
        body = join(ctx.hello('fr', 'l\'équipe'), f'Nouvelle version du feuillet « {title} » à remettre aux patients. L\'ancienne est à recycler.',
                    ctx.sig('singh', 'fr'))
        subject = f'Feuillet patient mis à jour – {title}'
    else:
        title = {'mtx': 'Methotrexate: what you need to know', 'gout': 'Gout: diet and hydration', 'zol': 'Your zoledronic acid infusion',
                 'inf': 'Before, during and after your infusion'}[kind]
        lines = ['# ' + title, 'Given to everyone starting this treatment.', 'Take methotrexate ONCE a week, same day every week.',
                 f'Questions: nurse navigator, {P.CLINIC["tel"]}.']
        body = join(ctx.hello('en', 'team'), f'Updated handout "{title}" for patients.', ctx.sig('singh', 'en'))
        subject = f'Updated patient handout - {title}'
    return Mail('education_handout', lang, ctx.staff('singh', lang), [ctx.staff(k, lang) for k in ['hebert', 'lemieux', 'proulx']], subject, body,
                atts=[Att(('feuillet_' if lang == 'fr' else 'handout_') + kind + '.pdf', 'pdf', F.make_pdf(lines, header=letterhead(lang)))],
                note='generic patient-education handout')


# ------------------------------------------------------------------ 24 quality audit
def quality_audit(ctx, lang):
    r = ctx.r
    n = r.randint(180, 420)
    if lang == 'fr':
        body = join(ctx.hello('fr', 'à tous'), f'Résultats de l\'audit de la double vérification indépendante ({n} perfusions auditées, oct.-déc.) :',
                    f'- Conformité globale : {r.randint(86, 97)} %\n- Poids non mis à jour dans les 30 jours : {r.randint(3, 12)} cas\n'
                    f'- Écarts de dose > 10 % : {r.randint(0, 3)} (aucun préjudice)\n- Réactions liées à la perfusion : {r.randint(4, 11)} (grade 1-2)',
                    'Plan d\'action présenté au comité qualité le mois prochain.', ctx.sig('dube', 'fr'))
        subject = 'Résultats d\'audit – double vérification'
    else:
        body = join(ctx.hello('en', 'all'), f'Independent double-check audit ({n} infusions, Oct-Dec): compliance {r.randint(86, 97)}%, '
                    f'{r.randint(0, 3)} dose deviations > 10% (no harm), {r.randint(4, 11)} grade 1-2 reactions.', ctx.sig('dube', 'en'))
        subject = 'Audit results - double check'
    return Mail('quality_audit', lang, ctx.staff('dube', lang), [ctx.staff(k, lang) for k in ['dufour', 'menard', 'vezina']], subject, body,
                note='aggregate audit results')


# ------------------------------------------------------------------ 25 meeting minutes
def minutes(ctx, lang):
    r = ctx.r
    d = ctx.past(1, 7)
    if lang == 'fr':
        pts = [f'Liste d\'attente perfusion : {r.randint(18, 45)} patients, délai moyen {r.randint(3, 7)} semaines.',
               f'Autorisations préalables en attente : {r.randint(4, 15)} dossiers (dont {r.randint(1, 4)} refus à réviser).',
               'Biosimilaires : 82 % des patients sous infliximab ont complété la transition.',
               f'Ressources : affichage d\'un poste d\'infirmière (voir {_cr()}).', 'Prochaine rencontre dans 2 semaines.']
        body = join(f'Compte rendu – comité de gestion de l\'unité de perfusion – {P.fr_date(d)}',
                    f'Présents : {P.staff_name("dufour", "fr", False)}, {P.staff_name("dube", "fr", False)}, {P.staff_name("vezina", "fr", False)}, '
                    f'{P.staff_name("lavoie", "fr")}, {P.staff_name("beaulieu", "fr", False)}', '\n'.join(f'{i + 1}. {p}' for i, p in enumerate(pts)),
                    ctx.sig('beaulieu', 'fr'))
        subject = f'Compte rendu – comité de gestion {d.isoformat()}'
    else:
        pts = [f'Infusion wait list: {r.randint(18, 45)} patients, mean wait {r.randint(3, 7)} weeks.',
               f'Pending prior authorizations: {r.randint(4, 15)}.', 'Biosimilars: 82% of infliximab patients transitioned.']
        body = join(f'Minutes - infusion unit management meeting - {P.en_date(d)}', 'Present: C. Dufour, I. Dubé, K. Vézina, Dr. Lavoie, L. Beaulieu',
                    '\n'.join(f'{i + 1}. {p}' for i, p in enumerate(pts)), ctx.sig('beaulieu', 'en'))
        subject = f'Minutes - management meeting {d.isoformat()}'
    atts = []
    if r.random() < .5:
        atts.append(Att('compte_rendu.docx' if lang == 'fr' else 'minutes.docx', 'docx', F.make_docx([('h', subject)] + [('p', x) for x in body.split('\n\n')])))
    return Mail('minutes', lang, ctx.staff('beaulieu', lang), [ctx.staff(k, lang) for k in ['dufour', 'dube', 'vezina', 'lavoie']], subject, body,
                atts=atts, note='meeting minutes with aggregate counts only')


def _cr():
    return 'affichage CRPR-2025-14'


# ------------------------------------------------------------------ 26 data dictionary (no data)
def data_dictionary(ctx, lang):
    r = ctx.r
    if lang == 'fr':
        rows = [['champ', 'type', 'description', 'obligatoire'], ['nam', 'texte(12)', 'Numéro d\'assurance maladie (4 lettres + 8 chiffres)', 'oui'],
                ['ddn', 'date', 'Date de naissance AAAA-MM-JJ', 'oui'], ['no_dossier', 'texte', 'Numéro de dossier hospitalier', 'oui'],
                ['diagnostic_cim10', 'texte', 'Code CIM-10 (ex. M05.9, M32.1, M10.0, M81.0)', 'oui'],
                ['biologique', 'liste', 'Infliximab / Tocilizumab / Rituximab / Abatacept / Belimumab', 'non'],
                ['das28_crp', 'décimal', 'Score DAS28-CRP à la visite', 'non']]
        body = join(ctx.hello('fr', 'Samira'), 'Voici le dictionnaire de données proposé pour le registre des biothérapies. Aucune donnée n\'a encore été saisie; '
                    'les champs identifiants seront pseudonymisés à l\'extraction.', ctx.sig('beaulieu', 'fr'))
        subject = 'Registre biothérapies – dictionnaire de données'
        fname = 'dictionnaire_donnees.csv'
    else:
        rows = [['field', 'type', 'description', 'required'], ['ramq', 'text(12)', 'RAMQ health insurance number', 'yes'],
                ['dob', 'date', 'Date of birth YYYY-MM-DD', 'yes'], ['mrn', 'text', 'Hospital chart number', 'yes'],
                ['icd10', 'text', 'ICD-10 code (e.g. M05.9, M32.1)', 'yes'], ['das28_crp', 'decimal', 'DAS28-CRP', 'no']]
        body = join(ctx.hello('en', 'Samira'), 'Proposed data dictionary for the biologics registry. No data yet; identifiers pseudonymised at extraction.',
                    ctx.sig('beaulieu', 'en'))
        subject = 'Biologics registry - data dictionary'
        fname = 'data_dictionary.csv'
    return Mail('data_dictionary', lang, ctx.staff('beaulieu', lang), [ctx.staff('haddad', lang)], subject, body,
                atts=[Att(fname, 'csv', F.csv_text(rows, ';' if lang == 'fr' else ','))], note='data dictionary listing identifier fields, no data')


# ------------------------------------------------------------------ 27 mail-merge templates
def merge_template(ctx, lang):
    r = ctx.r
    if lang == 'fr':
        tpl = ('Bonjour {{civilite}} {{nom}},\n\nNous vous rappelons votre rendez-vous de perfusion de {{medicament}} le {{date_rdv}} à {{heure}}.\n'
               'Veuillez apporter votre carte d\'assurance maladie ({{nam}}).\n\nCRPR – 819 555-0147')
        body = join(ctx.hello('fr', 'Éric'), 'Voici le gabarit du rappel automatique à programmer dans le nouveau système. Les champs entre accolades '
                    'seront remplis automatiquement.', tpl, ctx.sig('marchand', 'fr'))
        subject = 'Gabarit – rappel automatique de perfusion'
    else:
        tpl = ('Dear {{title}} {{last_name}},\n\nThis is a reminder of your {{drug}} infusion on {{appt_date}} at {{time}}.\n\nCRPR - 819 555-0147')
        body = join(ctx.hello('en', 'Éric'), 'Template for the automated reminder; merge fields in braces.', tpl, ctx.sig('marchand', 'en'))
        subject = 'Template - automated infusion reminder'
    return Mail('template', lang, ctx.staff('marchand', lang), [ctx.staff('lacroix', lang)], subject, body, note='mail-merge template with placeholders')


# ------------------------------------------------------------------ 28 test message
def test_message(ctx, lang):
    r = ctx.r
    if lang == 'fr':
        body = join('Message test – ne pas tenir compte.', 'Validation du nouveau gabarit de télécopie vers courriel.\n'
                    'Usager : PATIENT TEST, NAM : XXXX 0000 0000, DDN : 1900-01-01, dossier : 00000000.',
                    ctx.sig('lacroix', 'fr'))
        subject = 'TEST – ne pas tenir compte'
    else:
        body = join('Test message - please ignore.', 'Checking the new fax-to-email template. Patient: TEST PATIENT, MRN 00000000, DOB 1900-01-01.',
                    ctx.sig('lacroix', 'en'))
        subject = 'TEST - please ignore'
    return Mail('test_message', lang, ctx.staff('lacroix', lang), [ctx.staff('marchand', lang)], subject, body, note='test message with dummy placeholders')


# ------------------------------------------------------------------ 29 anonymised case conference
def case_conference(ctx, lang='fr'):
    r = ctx.r
    cases = []
    for i in range(3):
        c = C.pick_case(r)
        cases.append(f'Cas {i + 1} : {r.choice(["femme", "homme"])} dans la {r.choice(["trentaine", "quarantaine", "cinquantaine", "soixantaine"])}, '
                     f'{c["dx_fr"]}, échec de {c["med_fr"].split(" ")[0]}; question : {r.choice(["choix du biologique", "durée du traitement", "grossesse et traitement", "vaccination avant rituximab"])}.')
    body = join(ctx.hello('fr', 'à tous'), 'Cas pour la réunion multidisciplinaire de vendredi (présentés sans identifiants) :', '\n'.join(cases),
                'Les médecins traitants présenteront les détails de vive voix.', ctx.sig('cote', 'fr'))
    return Mail('case_conference', 'fr', ctx.staff('cote', 'fr'), [ctx.staff(k, 'fr') for k in ['bergeron', 'lavoie', 'haddad', 'obrien']],
                'Réunion multidisciplinaire – cas de vendredi', body, note='case-conference agenda without identifiers')


# ------------------------------------------------------------------ 30 interpreter services
def interpreter(ctx, lang='fr'):
    body = join('Bonjour,', 'Rappel : la Banque interrégionale d\'interprètes offre maintenant l\'interprétation par vidéo en arabe, espagnol, '
                'dari et langue des signes québécoise. Réservation 48 h à l\'avance au 819 555-0166.', 'Aucun frais pour les usagers.', ctx.sig('rivard', 'fr'))
    return Mail('interpreter_services', 'fr', ctx.staff('rivard', 'fr'), [('Tout le personnel', 'personnel@' + P.CLINIC['domain'])],
                'Services d\'interprètes – rappel', body, note='general notice on interpreter services')


# ------------------------------------------------------------------ 31 guideline summary
def guideline(ctx, lang):
    r = ctx.r
    kind = r.choice(['gout', 'osteo', 'lupus'])
    author = r.choice(DOCS_KEYS)
    if lang == 'fr':
        txt = {'gout': 'Goutte : viser un acide urique < 360 µmol/L (< 300 si tophus); débuter l\'allopurinol à 100 mg (50 mg si DFGe < 30) et '
                       'augmenter par paliers; prophylaxie par colchicine 3 à 6 mois.',
               'osteo': 'Ostéoporose : après l\'arrêt du dénosumab, relais obligatoire par bisphosphonate pour éviter l\'effet rebond; '
                        'agent anabolique en 1re intention si risque très élevé.',
               'lupus': 'Lupus : hydroxychloroquine pour tous (≤ 5 mg/kg), prednisone ≤ 5 mg à long terme; belimumab ou anifrolumab si '
                        'activité persistante.'}[kind]
        body = join(ctx.hello('fr', 'à tous'), 'Résumé des nouvelles recommandations discutées à la dernière réunion :', txt,
                    'Le document complet est sur l\'intranet.', ctx.sig(author, 'fr'))
        subject = 'Résumé – nouvelles recommandations'
    else:
        txt = {'gout': 'Gout: target urate < 360 µmol/L; start allopurinol low and titrate; colchicine prophylaxis 3-6 months.',
               'osteo': 'Osteoporosis: after stopping denosumab, transition to a bisphosphonate to avoid rebound.',
               'lupus': 'Lupus: hydroxychloroquine for all (≤ 5 mg/kg), long-term prednisone ≤ 5 mg.'}[kind]
        body = join(ctx.hello('en', 'all'), 'Summary of the updated guidance discussed at rounds:', txt, ctx.sig(author, 'en'))
        subject = 'Guideline summary'
    return Mail('guideline_summary', lang, ctx.staff(author, lang), [('Équipe clinique' if lang == 'fr' else 'Clinical team',
                'clinique@' + P.CLINIC['domain'])], subject, body, note='guideline summary, no patient')


DOCS_KEYS = ['bergeron', 'lavoie', 'haddad', 'obrien', 'cote']


# ------------------------------------------------------------------ 32 survey results
def survey(ctx, lang):
    r = ctx.r
    n = r.randint(140, 380)
    if lang == 'fr':
        body = join(ctx.hello('fr', 'à tous'), f'Résultats du sondage de satisfaction ({n} répondants) : {r.randint(88, 96)} % satisfaits ou très satisfaits.',
                    'Commentaires fréquents (anonymisés) :\n- « Le personnel est chaleureux, mais l\'attente pour le stationnement est longue. »\n'
                    '- « J\'aimerais recevoir un rappel texto la veille. »\n- « Les chaises sont inconfortables pour les longues perfusions. »',
                    ctx.sig('beaulieu', 'fr'))
        subject = 'Sondage de satisfaction – résultats'
    else:
        body = join(ctx.hello('en', 'all'), f'Satisfaction survey ({n} respondents): {r.randint(88, 96)}% satisfied.',
                    'Common comments (anonymised): parking, text reminders, chair comfort.', ctx.sig('beaulieu', 'en'))
        subject = 'Patient satisfaction survey results'
    return Mail('survey_results', lang, ctx.staff('beaulieu', lang), [('Tout le personnel' if lang == 'fr' else 'All staff', 'personnel@' + P.CLINIC['domain'])],
                subject, body, mode=r.choice([None, 'html', 'alt']), note='aggregate survey results')
