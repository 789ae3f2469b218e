"""Negative templates, part C: newsletters, programmes, forms, teaching, notices, recalls."""
import datetime

import gen_files as F
from gen_common import AE_TERMS, LABS, MEDS, SITES, STAFF, STUDIES, closing, dear, dfr, den, dlang, signature, title_of
from gen_neg_a import NON_CLIN, luhn_serial, neg
from gen_tpl import generic, spec, who

MDS = [('Marchand', 'diabète de type 2 et obésité', 'type 2 diabetes and obesity'),
       ('Ferland', "maladie d'Alzheimer et troubles neurocognitifs", "Alzheimer's disease and neurocognitive disorders"),
       ('Laroche', 'insuffisance cardiaque et cardiomyopathies', 'heart failure and cardiomyopathies'),
       ('Okoye', 'polyarthrite rhumatoïde et spondyloarthrites', 'rheumatoid arthritis and spondyloarthritis'),
       ('Vanderlinden', 'stéatohépatite (MASH) et cirrhose', 'MASH and cirrhosis'),
       ('Dumont', 'BPCO et asthme sévère', 'COPD and severe asthma'),
       ('Delcourt', "syndrome néphrotique de l'enfant", 'childhood nephrotic syndrome'),
       ('Mailloux', 'hypertension résistante', 'resistant hypertension')]


def n_newsletter(g, lang):
    d = g.msg_date()
    com = g.staff_named('Girouard')
    items = g.sample(MDS, 3)
    if lang == 'fr':
        body = ["INFOLETTRE DU CENTRE DE RECHERCHE — %s %d" % (['janvier', 'février', 'mars', 'avril', 'mai', 'juin'][d.month - 1], d.year)]
        for sur, fr, en in items:
            s = g.staff_named(sur)
            body.append("%s — %s présentera les résultats préliminaires de son équipe sur %s lors du congrès annuel. « Nous espérons offrir une nouvelle option "
                        "aux personnes vivant avec cette maladie », souligne-t-%s." % (fr.capitalize(), title_of(s, 'fr'), fr, 'elle' if s['sex'] == 'F' else 'il'))
        body += ["Le diabète touche plus de 900 000 Québécois; un adulte sur trois vivra une complication cardiovasculaire au cours de sa vie.",
                 "Pour vous désabonner, répondez « STOP ».", ('sig', signature(g, com, lang))]
        subj = 'Infolettre du CRC - %s %d' % (['janvier', 'février', 'mars', 'avril', 'mai', 'juin'][d.month - 1], d.year)
    else:
        body = ['RESEARCH CENTRE NEWSLETTER - %s %d' % (['January', 'February', 'March', 'April', 'May', 'June'][d.month - 1], d.year)]
        for sur, fr, en in items:
            s = g.staff_named(sur)
            body.append("%s: %s will present the team's preliminary results on %s at the annual congress." % (en.capitalize(), title_of(s, 'en'), en))
        body += ['Over 900,000 Quebecers live with diabetes.', 'To unsubscribe, reply STOP.', ('sig', signature(g, com, lang))]
        subj = 'CRC Newsletter - %s %d' % (['January', 'February', 'March', 'April', 'May', 'June'][d.month - 1], d.year)
    return neg('infolettre', lang, 'research centre newsletter on diseases and investigators', who(g, com, lang),
               [('Liste CRC-Info', 'crc-info@lists.crc-montriviere.example')], subj, body, date=d, body=g.pick(['html', 'alt']))


def n_conference(g, lang):
    d = g.msg_date()
    org = g.staff_named(g.pick(['Girouard', 'Lambrechts']))
    day = g.future(d, 20, 60)
    rows = []
    t = 8 * 60 + 30
    for sur, fr, en in g.sample(MDS, 5):
        s = g.staff_named(sur)
        rows.append(['%02d:%02d' % (t // 60, t % 60), title_of(s, lang),
                     g.pick(['Nouveautés thérapeutiques en %s', 'Recruter en %s : leçons de 3 essais', '%s : biomarqueurs et imagerie']) % fr
                     if lang == 'fr' else g.pick(['What is new in %s', 'Recruiting in %s: lessons from 3 trials', '%s: biomarkers and imaging']) % en])
        t += g.pick([30, 45])
    hdr = ['Heure', 'Conférencier', 'Sujet'] if lang == 'fr' else ['Time', 'Speaker', 'Topic']
    body = [('Bonjour,' if lang == 'fr' else 'Hello,'),
            ("Voici le programme de la Journée scientifique de la recherche clinique du %s (auditorium, %s) :" % (dfr(day, 0), SITES['mtl']['short']))
            if lang == 'fr' else ('Programme for the Clinical Research Day on %s:' % den(day, 0)),
            ('table', hdr, rows), ("Inscription gratuite, crédits de formation continue (6 h)." if lang == 'fr' else 'Free registration, 6 CME credits.'),
            ('sig', signature(g, org, lang))]
    return neg('programme_congres', lang, 'conference programme: speakers and disease topics', who(g, org, lang),
               [generic('mtl', 'tous', 'Tout le personnel')], ('Programme - Journée scientifique %d' % day.year) if lang == 'fr'
               else 'Clinical Research Day %d - programme' % day.year, body, date=d)


def n_physician_directory(g, lang):
    d = g.msg_date()
    coord = g.staff_named(g.pick(['Bissonnette', 'Fontaine', 'Lambrechts']))
    gp = g.staff_named(g.pick(['Bourgault', 'Verstraete']))
    rows = [[title_of(g.staff_named(sur), lang), fr if lang == 'fr' else en, g.staff_named(sur)['email']] for sur, fr, en in g.sample(MDS, 5)]
    hdr = ['Investigateur', 'Domaine', 'Courriel'] if lang == 'fr' else ['Investigator', 'Area', 'E-mail']
    body = [dear(g, gp, lang), ("Comme discuté, voici nos investigateurs et les maladies pour lesquelles ils recrutent. Vos patients intéressés peuvent "
                                "nous appeler au %s." % SITES['mtl']['phone']) if lang == 'fr'
            else ('As discussed, here are our investigators and the conditions they recruit for. Interested patients can call %s.' % SITES['mtl']['phone']),
            ('table', hdr, rows), closing(g, lang), ('sig', signature(g, coord, lang))]
    return neg('repertoire_investigateurs', lang, 'physicians named with the diseases they treat', who(g, coord, lang), [who(g, gp, lang)],
               'Nos études en recrutement' if lang == 'fr' else 'Our recruiting studies', body, date=d)


def n_blank_form(g, lang):
    d = g.msg_date()
    a = g.staff_named(g.pick(['Girouard', 'Rochon', 'Corriveau']))
    if lang == 'fr':
        blocks = [('kv', [('Nom du participant', '______________________'), ('NAM', '____ ____ ____'), ('Date de naissance', 'AAAA-MM-JJ'),
                          ('No de dossier', '____________'), ('No de sujet', '___-___')]),
                  ('h', "Description de l'événement"), '______________________________________________',
                  ('kv', [('Gravité', '□ Léger  □ Modéré  □ Sévère'), ('Lien avec le produit', '□ Non relié  □ Possible  □ Probable'),
                          ('Signature de l\'investigateur', '____________________  Date : __________')])]
        title = "Formulaire de déclaration d'événement indésirable (gabarit v3)"
        body = ['Bonjour à tous,', "Le nouveau gabarit de déclaration d'EI (v3) est en vigueur dès lundi. Merci de détruire les anciennes copies papier.",
                closing(g, lang), ('sig', signature(g, a, lang))]
        subj = 'Nouveau gabarit - déclaration d\'EI v3'
        fn = 'Gabarit_declaration_EI_v3.docx'
    else:
        blocks = [('kv', [('Participant name', '______________________'), ('RAMQ / health card no.', '____ ____ ____'), ('Date of birth', 'YYYY-MM-DD'),
                          ('MRN', '____________'), ('Subject ID', '___-___')]),
                  ('h', 'Event description'), '______________________________________________',
                  ('kv', [('Severity', '[ ] Mild  [ ] Moderate  [ ] Severe'), ('Investigator signature', '____________________  Date: ______')])]
        title = 'Adverse event report form (template v3)'
        body = ['Hi all,', 'The new AE report template (v3) is effective Monday. Please discard old paper copies.', closing(g, lang),
                ('sig', signature(g, a, lang))]
        subj = 'New template - AE report form v3'
        fn = 'AE_report_template_v3.docx'
    if g.chance(0.5):
        att = {'filename': fn, 'ctype': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'data': F.make_docx(title, blocks)}
    else:
        att = {'filename': fn.replace('.docx', '.pdf'), 'ctype': 'application/pdf', 'data': F.make_pdf(title, blocks)}
    return neg('formulaire_vierge', lang, 'blank AE form template with empty identity fields', who(g, a, lang), [generic('mtl', 'equipes-recherche', 'Équipes de recherche')],
               subj, body, date=d, attachments=[att])


def n_template_letter(g, lang):
    d = g.msg_date()
    st = g.study('mtl')
    coord = g.staff_named(g.pick(['Bissonnette', 'Leduc']))
    reb = g.staff_named('Corriveau')
    if lang == 'fr':
        letter = ["«Titre» «Prénom» «Nom»\n«Adresse»\n«Ville» (Québec) «Code_postal»",
                  "Objet : Invitation à participer à l'étude %s" % st['code'],
                  "«Titre» «Nom»,",
                  "Votre médecin, «Médecin_traitant», nous a indiqué que vous pourriez être intéressé(e) par une étude portant sur le %s. "
                  "La participation comprend %d visites sur 52 semaines et une compensation pour vos frais de déplacement." % (st['dx_fr'], g.randint(8, 14)),
                  "Pour en savoir plus, communiquez avec %s au %s poste %d." % (coord['given'], SITES['mtl']['phone'], g.randint(2000, 4999))]
        body = [dear(g, reb, lang), "Pour approbation, voici le gabarit de lettre de recrutement (publipostage) pour %s. Les champs entre chevrons seront fusionnés à partir de la liste fournie par les médecins traitants." % st['code'],
                ('sig', signature(g, coord, lang))]
        subj = 'Lettre de recrutement %s - pour approbation' % st['code']
    else:
        letter = ['<<Title>> <<FirstName>> <<LastName>>\n<<Address>>', 'Re: Invitation to take part in %s' % st['code'], 'Dear <<Title>> <<LastName>>,',
                  'Your physician, <<TreatingMD>>, told us you may be interested in a study on %s.' % st['dx_en'],
                  'To learn more, call %s at %s.' % (coord['given'], SITES['mtl']['phone'])]
        body = [dear(g, reb, lang), 'For approval: the mail-merge recruitment letter template for %s.' % st['code'], ('sig', signature(g, coord, lang))]
        subj = '%s recruitment letter - for approval' % st['code']
    att = {'filename': ('Lettre_recrutement_%s_gabarit.docx' if lang == 'fr' else 'Recruitment_letter_%s_template.docx') % st['code'],
           'ctype': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'data': F.make_docx('', letter)}
    if g.chance(0.6):
        return neg('gabarit_lettre', lang, 'recruitment letter template (DOCX) with merge fields', who(g, coord, lang), [who(g, reb, lang)],
                   subj, body, date=d, attachments=[att])
    return neg('gabarit_lettre', lang, 'recruitment letter template with merge fields, inline', who(g, coord, lang), [who(g, reb, lang)],
               subj, body[:-1] + ['---'] + letter + ['---', body[-1]], date=d)


def n_teaching_case(g, lang):
    d = g.msg_date()
    a = g.staff_named(g.pick(['Mailloux', 'Marchand', 'Laroche', 'Vanderlinden']))
    age = g.randint(45, 78)
    if lang == 'fr':
        case = ("Cas clinique (anonymisé) — %s de %d ans, diabète de type 2 depuis %d ans, HbA1c 8,9 %% sous metformine 1000 mg BID et "
                "empagliflozine 10 mg. DFGe 52. IMC 34. Consulte pour nausées depuis l'ajout d'un agoniste GLP-1."
                % (g.pick(['Une femme', 'Un homme']), age, g.randint(5, 15)))
        qs = ['1. Quelles sont les causes possibles des nausées?', '2. Faut-il ajuster la dose?', '3. Cette personne serait-elle admissible à DIAB-NOVA-301?']
        body = ['Bonjour aux résidents,', "Pour le club de lecture de jeudi, voici le cas à préparer :", case, ('list', qs),
                "Les détails ont été modifiés; toute ressemblance serait fortuite.", ('sig', signature(g, a, lang))]
        subj = 'Club de lecture - cas clinique'
    else:
        case = ("Teaching case (anonymised): a %d-year-old with type 2 diabetes for %d years, HbA1c 8.9%% on metformin 1000 mg BID and "
                "empagliflozin 10 mg. eGFR 52, BMI 34. Presents with nausea after starting a GLP-1 agonist." % (age, g.randint(5, 15)))
        body = ['Hi residents,', "For Thursday's journal club, please prepare this case:", case,
                ('list', ['1. Differential for the nausea?', '2. Dose adjustment?', '3. Eligible for DIAB-NOVA-301?']),
                'Details have been altered.', ('sig', signature(g, a, lang))]
        subj = 'Journal club - teaching case'
    return neg('cas_enseignement', lang, 'anonymised teaching case with clinical details, no identity', who(g, a, lang),
               [generic('mtl', 'residents-medecine', 'Résidents médecine interne')], subj, body, date=d)


def n_drug_shortage(g, lang):
    d = g.msg_date()
    ph = g.staff_named(g.pick(['Chartrand', 'Charlier']))
    drug = g.pick([('insuline lispro en cartouches 3 mL', 'insulin lispro 3 mL cartridges', 'stylos préremplis KwikPen', 'KwikPen prefilled pens'),
                   ('méthotrexate injectable 25 mg/mL', 'methotrexate injection 25 mg/mL', 'méthotrexate oral', 'oral methotrexate'),
                   ('héparine 1000 U/mL fiole 10 mL', 'heparin 1000 U/mL 10 mL vial', 'fioles de 5 mL', '5 mL vials'),
                   ('salbutamol en aérosol-doseur', 'salbutamol MDI', 'terbutaline Turbuhaler', 'terbutaline Turbuhaler')])
    if lang == 'fr':
        body = ['Bonjour,', "Avis de pénurie : %s, rupture prévue jusqu'au %s. Alternative proposée : %s." % (drug[0], dfr(g.future(d, 30, 90), 0), drug[2]),
                "Les études dont le protocole exige ce produit comme médicament de secours doivent contacter la pharmacie de recherche.",
                closing(g, lang), ('sig', signature(g, ph, lang))]
        subj = 'Pénurie - %s' % drug[0]
    else:
        body = ['Hello,', 'Shortage notice: %s, expected until %s. Suggested alternative: %s.' % (drug[1], den(g.future(d, 30, 90), 0), drug[3]),
                'Studies using it as rescue medication should contact research pharmacy.', closing(g, lang), ('sig', signature(g, ph, lang))]
        subj = 'Drug shortage - %s' % drug[1]
    return neg('penurie_medicament', lang, 'drug shortage notice with alternative', who(g, ph, lang), [generic('mtl', 'tous', 'Tout le personnel')],
               subj, body, date=d)


def n_recall(g, lang):
    d = g.msg_date()
    a = g.staff_named(g.pick(['Chartrand', 'Girouard', 'Charlier']))
    sns = [luhn_serial(g, 10) for _ in range(g.randint(3, 6))]
    lot = '%dB%04d' % (g.randint(22, 25), g.randint(100, 9999))
    dev = g.pick([('pompes à perfusion volumétriques modèle VP-300', 'VP-300 volumetric infusion pumps'),
                  ('glucomètres GlucoSure Duo (trousses d\'étude)', 'GlucoSure Duo glucometers (study kits)'),
                  ('électrodes ECG jetables', 'disposable ECG electrodes')])
    if lang == 'fr':
        body = ['Bonjour,', "Le fabricant émet un avis de rappel volontaire (classe II) pour les %s, lot %s." % (dev[0], lot),
                "Numéros de série touchés dans nos unités :", ('list', sns),
                "Retirer de l'utilisation et apporter au génie biomédical (local B-0.12) d'ici vendredi.", closing(g, lang), ('sig', signature(g, a, lang))]
        subj = 'Avis de rappel - %s' % dev[0]
    else:
        body = ['Hello,', 'The manufacturer has issued a voluntary Class II recall for %s, lot %s.' % (dev[1], lot), 'Affected serial numbers in our units:',
                ('list', sns), 'Remove from use and bring to Biomedical Engineering by Friday.', closing(g, lang), ('sig', signature(g, a, lang))]
        subj = 'Recall notice - %s' % dev[1]
    return neg('rappel_fournisseur', lang, 'supplier recall with serial numbers (checksum-valid) and lot', who(g, a, lang),
               [generic('mtl', 'unites-soins', 'Unités')], subj, body, date=d)


def n_minutes(g, lang):
    d = g.msg_date()
    st = g.pick(STUDIES)
    pm = g.staff_named('Goldberg')
    members = [title_of(g.staff_named(s), lang) for s in g.sample(['Marchand', 'Ferland', 'Dumont', 'Vanderlinden', 'Okoye', 'Raman'], 4)]
    if lang == 'fr':
        body = ['Bonjour,', "Procès-verbal du comité directeur %s du %s." % (st['code'], dfr(g.past(d, 2, 7), 0)),
                "Présents : %s." % ', '.join(members),
                ('list', ['1. Recrutement : %d randomisés sur %d visés (%d %%).' % (g.randint(150, 400), 600, g.randint(25, 66)),
                          '2. Sécurité : aucun nouveau signal; 2 cas de %s jugés non reliés.' % g.pick(AE_TERMS)[0],
                          '3. Décision : prolongation de la période de recrutement de 6 mois.',
                          '4. Publication : résumé soumis au congrès de l\'EASD.']),
                closing(g, lang), ('sig', signature(g, pm, lang))]
        subj = 'PV comité directeur %s' % st['code']
    else:
        body = ['Hello,', 'Minutes of the %s steering committee on %s.' % (st['code'], den(g.past(d, 2, 7), 0)), 'Present: %s.' % ', '.join(members),
                ('list', ['1. Enrolment: %d randomised of 600 planned.' % g.randint(150, 400),
                          '2. Safety: no new signal; 2 cases of %s judged unrelated.' % g.pick(AE_TERMS)[1],
                          '3. Decision: recruitment extended by 6 months.', '4. Abstract submitted to EASD.']),
                closing(g, lang), ('sig', signature(g, pm, lang))]
        subj = '%s steering committee minutes' % st['code']
    return neg('proces_verbal', lang, 'steering committee minutes with aggregate figures', who(g, pm, lang),
               [('Comité directeur' if lang == 'fr' else 'Steering committee', 'sc-%s@novalence.example' % st['code'].lower())], subj, body, date=d)


def n_recruit_ad(g, lang):
    d = g.msg_date()
    st = g.pick(STUDIES[:4] + STUDIES[5:])
    coord = g.staff(st['site'], exclude=NON_CLIN + (st['pi'],))
    reb = g.staff_named('Corriveau' if st['site'] in ('mtl', 'gat') else 'Ruelle')
    if lang == 'fr':
        ad = ["Vous vivez avec le %s?" % st['dx_fr'], "Vous avez entre 40 et 80 ans?",
              "Participez à une étude clinique évaluant un %s. Visites à %s, frais de déplacement remboursés." % (st['ip_desc_fr'], SITES[st['site']]['short']),
              "Renseignements : %s — %s" % (SITES[st['site']]['phone'], 'recherche@' + SITES[st['site']]['domain']),
              "Projet approuvé par le comité d'éthique de la recherche."]
        body = [dear(g, reb, lang), "Pour approbation, voici le texte de l'affiche et de la publication Facebook pour %s :" % st['code']] + ad + \
            [closing(g, lang), ('sig', signature(g, coord, lang))]
        subj = "Affiche de recrutement %s - approbation" % st['code']
    else:
        ad = ['Living with %s?' % st['dx_en'], 'Aged 40 to 80?', 'Join a clinical study of a %s. Travel costs reimbursed.' % st['ip_desc_en'],
              'Info: %s' % SITES[st['site']]['phone']]
        body = [dear(g, reb, lang), 'For approval, the poster and Facebook text for %s:' % st['code']] + ad + [closing(g, lang), ('sig', signature(g, coord, lang))]
        subj = '%s recruitment poster - approval' % st['code']
    return neg('annonce_recrutement', lang, 'recruitment advertisement text (disease + clinic phone)', who(g, coord, lang), [who(g, reb, lang)],
               subj, body, date=d, region='be' if SITES[st['site']]['country'] == 'be' else 'qc')


def n_lab_ranges(g, lang):
    d = g.msg_date()
    lab = g.staff_named('Whitfield')
    rows = [['Potassium', '3,5 – 5,1 mmol/L' if lang == 'fr' else '3.5-5.1 mmol/L'], ['ALT', '< 45 U/L'], ['Créatinine' if lang == 'fr' else 'Creatinine', '60 – 110 µmol/L'],
            ['HbA1c', '4,0 – 6,0 %' if lang == 'fr' else '4.0-6.0%'], ['Lipase', '13 – 60 U/L']]
    body = [('Bonjour,' if lang == 'fr' else 'Dear site staff,'),
            ("À compter du %s, les valeurs de référence suivantes s'appliquent (nouvel analyseur). Les seuils d'alerte du protocole sont inchangés." % dfr(g.future(d, 5, 20), 0))
            if lang == 'fr' else ('From %s the following reference ranges apply (new analyser). Protocol alert thresholds are unchanged.' % den(g.future(d, 5, 20), 0)),
            ('table', ['Analyse' if lang == 'fr' else 'Test', 'Valeurs de référence' if lang == 'fr' else 'Reference range'], rows),
            ('sig', signature(g, lab, lang))]
    return neg('valeurs_reference', lang, 'central lab reference range update', who(g, lab, lang), [('Sites - all studies', 'sites@biocentral-labs.example')],
               'Mise à jour des valeurs de référence' if lang == 'fr' else 'Reference range update', body, date=d, region='be')


def n_participant_newsletter(g, lang):
    d = g.msg_date()
    st = g.pick(STUDIES[:4])
    pi = g.staff_named(st['pi'])
    n = g.randint(300, 650)
    if lang == 'fr':
        body = ['Chères participantes, chers participants,', "Grâce à vous, %d personnes vivant avec le %s ont été recrutées dans l'étude %s. Le recrutement est maintenant terminé."
                % (n, st['dx_fr'], st['code']), "Les résultats globaux seront disponibles en %d; nous vous enverrons un résumé en langage simple." % (d.year + 1),
                "Rappel : continuez à apporter votre journal et vos bouteilles de médicament à chaque visite.", "Merci de votre précieuse contribution!",
                ('sig', signature(g, pi, lang))]
        subj = 'Merci ! Nouvelles de l\'étude %s' % st['code']
    else:
        body = ['Dear participants,', 'Thanks to you, %d people living with %s have joined %s. Enrolment is now complete.' % (n, st['dx_en'], st['code']),
                'Overall results are expected in %d; we will send a plain-language summary.' % (d.year + 1), 'Thank you!', ('sig', signature(g, pi, lang))]
        subj = 'Thank you! %s study update' % st['code']
    return neg('bulletin_participants', lang, 'mass thank-you newsletter to participants (no recipient named)', who(g, pi, lang),
               [('', 'undisclosed-recipients@%s' % SITES[st['site']]['domain'])], subj, body, date=d, body=g.pick(['html', 'alt', None]))


def n_biobank(g, lang):
    d = g.msg_date()
    a = g.staff_named(g.pick(['Rochon', 'Vermeulen', 'Leduc']))
    st = g.pick(STUDIES)
    rows = [['B-%03d' % g.randint(1, 60), '%s%d' % (g.pick('ABCDEFGHI'), g.randint(1, 9)), 'PK-%s-V%d-%02d' % (g.subject_code(), g.randint(2, 8), g.randint(1, 4)),
             g.pick(['Plasma EDTA', 'Sérum', 'PBMC']), '%.1f mL' % (g.randint(5, 20) / 10)] for _ in range(g.randint(8, 16))]
    hdr = ['Boîte', 'Position', 'Code échantillon', 'Type', 'Volume'] if lang == 'fr' else ['Box', 'Position', 'Sample ID', 'Type', 'Volume']
    x = F.make_xlsx([('Inventaire' if lang == 'fr' else 'Inventory', [hdr] + rows)])
    body = [('Bonjour,' if lang == 'fr' else 'Hi,'), ("Inventaire de la biobanque pour l'expédition vers le laboratoire central (%s)." % st['code'])
            if lang == 'fr' else ('Biobank inventory for the central lab shipment (%s).' % st['code']), ('sig', signature(g, a, lang))]
    return neg('inventaire_biobanque', lang, 'biobank inventory with coded sample IDs', who(g, a, lang), [('Shipping', 'shipping@biocentral-labs.example')],
               ('Inventaire expédition %s' if lang == 'fr' else 'Shipment inventory %s') % st['code'], body, date=d,
               attachments=[{'filename': 'inventaire_%s.xlsx' % d.strftime('%Y%m%d'), 'ctype': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'data': x}])


def n_fwd_eml(g, lang):
    d = g.msg_date()
    a = g.staff_named(g.pick(['Bissonnette', 'Lambrechts', 'Fontaine']))
    b = g.staff_named(g.pick(['Dagenais', 'Leduc', 'Benali', 'Hallet']))
    sec = g.staff_named('Corriveau')
    if lang == 'fr':
        inner = ["À tous les chercheurs et coordonnateurs,", "Le CÉR adopte à compter du 1er %s la nouvelle procédure de déclaration des écarts au protocole (PON-CÉR-012 v2). "
                 "Seuls les écarts majeurs doivent être déclarés dans les 7 jours; les écarts mineurs sont résumés au renouvellement annuel."
                 % g.pick(['avril', 'mai', 'juin']), "Formation en ligne : 45 minutes, obligatoire.", ('sig', signature(g, sec, lang))]
        isubj = 'Nouvelle procédure - déclaration des écarts'
        outer = [dear(g, b, lang), "Pour info, à lire avant notre réunion d'équipe.", ('sig', signature(g, a, lang))]
        osubj = 'TR: Nouvelle procédure - déclaration des écarts'
    else:
        inner = ['To all investigators and coordinators,', 'Effective next month the REB adopts the new deviation reporting SOP (REB-012 v2). '
                 'Only major deviations need reporting within 7 days.', 'Online training: 45 minutes, mandatory.', ('sig', signature(g, sec, lang))]
        isubj = 'New SOP - deviation reporting'
        outer = [dear(g, b, lang), 'FYI, please read before our team meeting.', ('sig', signature(g, a, lang))]
        osubj = 'FW: New SOP - deviation reporting'
    inner_spec = spec('inner', lang, [], '', who(g, sec, lang), [generic('reb', 'chercheurs', 'Chercheurs')], isubj, inner, date=d - datetime.timedelta(days=1))
    return neg('transfert_eml', lang, 'REB procedure notice forwarded as attached .eml', who(g, a, lang), [who(g, b, lang)], osubj, outer, date=d,
               inner=inner_spec, inner_filename=g.pick(['Nouvelle procédure.eml' if lang == 'fr' else 'New SOP.eml', None]))


def n_protocol_zip(g, lang):
    d = g.msg_date()
    st = g.pick(STUDIES)
    pm = g.staff_named('Goldberg')
    coord = g.staff(st['site'], exclude=NON_CLIN + (st['pi'],))
    proto = F.make_pdf('%s - Clinical Study Protocol v4.0' % st['code'],
                       [('h', '1. Synopsis'), 'Population: adults with %s. Investigational product: %s (%s).' % (st['dx_en'], st['ip'], st['ip_desc_en']),
                        ('h', '4. Eligibility'), 'Inclusion: age 40-80; diagnosis confirmed; stable background therapy for 3 months.\n'
                        'Exclusion: eGFR < 30; ALT > 3 x ULN; pregnancy; prior exposure to %s.' % st['ip'],
                        ('h', '8. Safety'), 'Adverse events of special interest: %s; %s.' % (AE_TERMS[1][1], AE_TERMS[6][1])])
    icf = F.make_docx('Formulaire d\'information et de consentement - %s' % st['code'],
                      ['Titre du projet : %s' % st['code'], 'Nom du participant (lettres moulées) : ____________________',
                       'Signature : ____________________   Date : __________', 'Personne ayant obtenu le consentement : ____________________'])
    z = F.make_zip([('%s_Protocol_v4.0.pdf' % st['code'], proto), ('%s_ICF_template_FR_v5.docx' % st['code'], icf),
                    ('Lisez-moi.txt', 'Documents approuvés - version finale.\n'.encode('utf-8'))])
    body = [dear(g, coord, lang), ("Voici le paquet de documents réglementaires (protocole v4.0 et gabarit du formulaire de consentement) pour soumission à votre CÉR."
                                   if lang == 'fr' else 'Attached is the regulatory package (protocol v4.0 and ICF template) for your REB submission.'),
            closing(g, lang), ('sig', signature(g, pm, lang))]
    return neg('protocole_zip', lang, 'ZIP with protocol PDF and blank ICF template', who(g, pm, lang), [who(g, coord, lang)],
               ('Documents réglementaires %s' if lang == 'fr' else '%s regulatory package') % st['code'], body, date=d,
               attachments=[{'filename': '%s_reg_package.zip' % st['code'], 'ctype': 'application/zip', 'data': z}])


def n_translation(g, lang):
    d = g.msg_date()
    st = g.pick(STUDIES[:4])
    coord = g.staff_named(g.pick(['Bissonnette', 'Fontaine']))
    tr = ('Service de traduction', 'traduction@%s' % SITES['mtl']['domain'])
    if lang == 'fr':
        body = ['Bonjour,', "Pourriez-vous traduire vers le français la section « Risques » du formulaire de consentement de %s? Extrait :" % st['code'],
                '"The most common side effects are nausea (about 1 in 10 people), diarrhoea and low blood sugar when combined with insulin. '
                'Rare cases of pancreatitis have been reported."', "Délai souhaité : %s. Centre de coût : %s." % (dfr(g.future(d, 5, 12), 0), st['code']),
                closing(g, lang), ('sig', signature(g, coord, lang))]
        subj = 'Demande de traduction - FIC %s' % st['code']
    else:
        body = ['Hello,', 'Could you translate the Risks section of the %s consent form into French? Excerpt:' % st['code'],
                '"The most common side effects are nausea (about 1 in 10 people), diarrhoea and low blood sugar when combined with insulin."',
                'Needed by %s.' % den(g.future(d, 5, 12), 0), closing(g, lang), ('sig', signature(g, coord, lang))]
        subj = 'Translation request - %s ICF' % st['code']
    return neg('demande_traduction', lang, 'translation request for consent form risk section', who(g, coord, lang), [tr], subj, body, date=d)


NEG_C = [
    (n_newsletter, 3, 2),
    (n_conference, 3, 2),
    (n_physician_directory, 3, 2),
    (n_blank_form, 3, 2),
    (n_template_letter, 3, 1),
    (n_teaching_case, 3, 1),
    (n_drug_shortage, 3, 1),
    (n_recall, 3, 1),
    (n_minutes, 2, 1),
    (n_recruit_ad, 4, 1),
    (n_lab_ranges, 2, 1),
    (n_participant_newsletter, 3, 1),
    (n_biobank, 2, 1),
    (n_fwd_eml, 3, 1),
    (n_protocol_zip, 2, 1),
    (n_translation, 2, 0),
]
