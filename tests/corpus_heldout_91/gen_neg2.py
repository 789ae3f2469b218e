"""Negative templates, part 2: statistics, blank forms, teaching cases, recalls, shortages, physicians
with the diseases they treat, staff condolences, volunteers, fundraising, memorial, research, protocols."""
from stdnum import luhn

from gen_attach import make_pdf, make_docx, make_xlsx, make_zip, make_csv, make_ics
from gen_common import org, staff_member, phone, date_fr, date_en, hour, hour_en, dates
from gen_mime import Leaf
from gen_pos_base import Types, finish, role, yesno
from gen_pos3 import att
from gen_style import to_list, table_to_text
from gen_neg1 import XLSX, DOCX, _none


def n_stats(r, lang, ctx):
    o = org(r)
    s = staff_member(r, ('conseillère, performance et qualité', 'quality and performance advisor', False))
    fr = lang == 'fr'
    q = ['T1', 'T2', 'T3', 'T4']
    if fr:
        head = ['Indicateur'] + q
        names = ['Demandes d\'AMM reçues', 'AMM administrées', 'Décès à domicile (%)', 'Admissions USP',
                 'Durée moyenne de séjour (jours)', 'Références SAD palliatif', 'Suivis de deuil offerts']
    else:
        head = ['Indicator'] + q
        names = ['MAID requests received', 'MAID provisions', 'Home deaths (%)', 'PCU admissions',
                 'Average length of stay (days)', 'Home palliative referrals', 'Bereavement follow-ups offered']
    rng = [(20, 45), (14, 38), (18, 41), (60, 140), (9, 19), (80, 190), (40, 110)]
    rows = [head]
    for n, (lo, hi) in zip(names, rng):
        rows.append([n] + [r.randint(lo, hi) for _ in q])
    for k in range(1, 5):  # provisions never exceed requests
        rows[2][k] = min(rows[2][k], rows[1][k] - r.randint(2, 8))
    kind = r.choice(['xlsx', 'csv', 'inline'])
    kw = {}
    if kind == 'xlsx':
        kw['attachments'] = [att(r, XLSX, make_xlsx([('Indicateurs' if fr else 'Indicators', rows)]),
                                 'tableau_bord_SP_2024-2025.xlsx' if fr else 'palliative_dashboard_FY25.xlsx')]
        body = ('Tableau de bord annuel des soins palliatifs ci-joint (données agrégées, aucune donnée nominative).' if fr else
                'Annual palliative dashboard attached (aggregate data only).')
    elif kind == 'csv':
        kw['attachments'] = [att(r, 'text/csv', make_csv(rows, ';' if fr else ','), 'indicateurs.csv' if fr else 'indicators.csv', 'plain_utf8')]
        body = 'Extraction des indicateurs pour la reddition de comptes au MSSS.' if fr else 'Indicator extract for the ministry report.'
    else:
        body = (('Voici les statistiques de l\'année :\n\n%s\n\nÀ noter : hausse de 18 %% des demandes d\'AMM ; '
                 'la proportion de décès à domicile demeure sous la cible de 35 %%.' if fr else
                 'Yearly statistics:\n\n%s\n\nNote: MAID requests up 18%%; home deaths still below the 35%% target.')
                % table_to_text(rows, r))
        kw['table'] = rows
    subj = r.choice(['Statistiques annuelles SP', 'Tableau de bord – soins palliatifs', 'Indicateurs T4']) if fr else \
        r.choice(['Palliative statistics', 'Dashboard FY25'])
    return finish(r, lang, 'aggregate_statistics', _none(), 'aggregate statistics', subj, body, o, s, to_list(r, 3, o[1]), **kw)


def n_blank_form(r, lang, ctx):
    o = org(r)
    s = staff_member(r, role(r.choice([12, 5, 9])))
    fr = lang == 'fr'
    which = r.choice(['amm', 'rx', 'niveau', 'referral'])
    if which == 'amm':
        title = 'Formulaire de demande d\'aide médicale à mourir' if fr else 'Request for medical assistance in dying'
        lines = ['Nom de la personne : ______________________________', 'NAM : ____ ____ ____   Date de naissance : ____/____/______',
                 'Diagnostic / maladie grave et incurable : ___________________________', '',
                 'Je, soussigné(e), demande l\'aide médicale à mourir de manière libre et éclairée.',
                 'Signature : ____________________   Témoin 1 : ______________   Témoin 2 : ______________'] if fr else \
            ['Name of person: ______________________', 'Health insurance no.: ____ ____ ____  DOB: ____/____/______',
             'Serious and incurable illness: _____________________', '',
             'I, the undersigned, freely request medical assistance in dying.', 'Signature: ______________  Witness: ______________']
        fn = 'formulaire_AMM_vierge.pdf' if fr else 'MAID_request_form_blank.pdf'
    elif which == 'rx':
        title = 'Ordonnance pré-imprimée – protocole de détresse' if fr else 'Pre-printed order - crisis protocol'
        lines = ['Patient : ________________  Dossier : __________  Poids : _____ kg',
                 '[ ] Midazolam ____ mg SC/IV q____ PRN détresse respiratoire/hémorragie',
                 '[ ] Hydromorphone ____ mg SC',
                 '[ ] Scopolamine 0,4 mg SC', 'Médecin : ______________ Permis : ______'] if fr else \
            ['Patient: ________________  MRN: __________  Weight: _____ kg',
             '[ ] Midazolam ____ mg SC/IV q____ PRN respiratory distress/hemorrhage', '[ ] Hydromorphone ____ mg SC',
             '[ ] Scopolamine 0.4 mg SC', 'Physician: ______________ Licence: ______']
        fn = 'OPI_detresse_v2025.pdf' if fr else 'crisis_protocol_order_set.pdf'
    elif which == 'niveau':
        title = 'Formulaire – niveaux de soins et RCR' if fr else 'Goals of care and CPR form'
        lines = ['Niveau A : prolonger la vie par tous les soins nécessaires', 'Niveau B : prolonger la vie par des soins limités',
                 'Niveau C : assurer le confort prioritairement', 'Niveau D : assurer le confort uniquement', '',
                 'Nom de l\'usager : ____________  No de dossier : ________'] if fr else \
            ['Level A: prolong life by all necessary care', 'Level B: prolong life with limited care',
             'Level C: comfort as priority', 'Level D: comfort only', '', 'Client name: ____________  Chart no.: ________']
        fn = 'niveaux_de_soins_formulaire.pdf' if fr else 'goals_of_care_form.pdf'
    else:
        title = 'Référence – soins palliatifs à domicile (gabarit)' if fr else 'Home palliative referral (template)'
        lines = ['Nom : [NOM DU PATIENT]', 'DDN : [AAAA-MM-JJ]', 'NAM : [XXXX 0000 0000]', 'Adresse : [ADRESSE]',
                 'Diagnostic : [DIAGNOSTIC]', 'Médication : [LISTE]', 'PPS : [ %]'] if fr else \
            ['Name: [PATIENT NAME]', 'DOB: [YYYY-MM-DD]', 'Health no.: [XXXX 0000 0000]', 'Address: [ADDRESS]',
             'Diagnosis: [DIAGNOSIS]', 'Medications: [LIST]', 'PPS: [ %]']
        fn = 'gabarit_reference_SAD.pdf' if fr else 'referral_template.pdf'
    use_docx = yesno(r, 0.35)
    if use_docx:
        data, ctype, fn = make_docx(title, lines), DOCX, fn.replace('.pdf', '.docx')
    else:
        data, ctype = make_pdf(title, lines), 'application/pdf'
    body = (r.choice(['Voici la version à jour du formulaire (vierge). Merci de détruire les anciennes copies.',
                      'Nouveau gabarit à utiliser dès lundi. À imprimer recto verso.',
                      'Tel que demandé, le formulaire vierge en pièce jointe.']) if fr else
            r.choice(['Updated blank form attached. Please discard old copies.', 'New template to use starting Monday.']))
    subj = r.choice(['Formulaire à jour', 'Nouveau gabarit', title]) if fr else r.choice(['Updated form', title])
    return finish(r, lang, 'blank_form', _none(), 'blank form/template (%s)' % which, subj, body, o, s, to_list(r, 3, o[1]),
                  attachments=[att(r, ctype, data, fn)])


def _luhn_serial(r, n):
    body = ''.join(str(r.randint(0, 9)) for _ in range(n - 1))
    body = str(r.randint(1, 7)) + body[1:]
    return body + luhn.calc_check_digit(body)


def n_recall(r, lang, ctx):
    o = org(r)
    s = staff_member(r, ('Gestion des risques – équipements', 'Risk management - devices', False))
    fr = lang == 'fr'
    serials = [_luhn_serial(r, 9) for _ in range(r.randint(3, 6))]
    lots = ['L%d%s' % (r.randint(20000, 99999), r.choice('ABCDE')) for _ in range(3)]
    fmt = lambda x: r.choice(['%s %s %s' % (x[:3], x[3:6], x[6:]), x, '%s-%s-%s' % (x[:3], x[3:6], x[6:])])
    if fr:
        body = ('AVIS DE RAPPEL VOLONTAIRE – Médi-Perfusion Inc. (fictif)\n\nProduit : pompe ambulatoire PCA modèle AP-300 et '
                'tubulures associées.\nProblème : risque de sur-perfusion lors d\'une reprise après alarme d\'occlusion.\n\n'
                'Numéros de série touchés :\n%s\n\nLots de tubulures : %s\n\nAction requise : retirer les appareils du service, '
                'les étiqueter « NE PAS UTILISER » et contacter le génie biomédical au %s.'
                % ('\n'.join('  - ' + fmt(x) for x in serials), ', '.join(lots), phone(r)))
        subj = 'RAPPEL – pompes PCA AP-300 (numéros de série)'
    else:
        body = ('VOLUNTARY RECALL NOTICE - Medi-Infusion Inc. (fictitious)\n\nProduct: AP-300 ambulatory PCA pump and sets.\n'
                'Issue: possible over-infusion after an occlusion alarm restart.\n\nAffected serial numbers:\n%s\n\n'
                'Set lots: %s\n\nAction: remove from service, tag DO NOT USE, call biomedical engineering at %s.'
                % ('\n'.join('  - ' + fmt(x) for x in serials), ', '.join(lots), phone(r)))
        subj = 'RECALL - AP-300 PCA pumps (serial numbers)'
    return finish(r, lang, 'supplier_recall', _none(), 'device recall with checksum-valid serial numbers', subj, body, o, s,
                  to_list(r, 3, o[1]))


def n_shortage(r, lang, ctx):
    o = org(r)
    s = staff_member(r, role(3))
    fr = lang == 'fr'
    drug = r.choice([('hydromorphone 10 mg/mL (ampoules 1 mL)', 'hydromorphone 10 mg/mL (1 mL amps)', 'hydromorphone 2 mg/mL'),
                     ('midazolam 5 mg/mL fioles 10 mL', 'midazolam 5 mg/mL 10 mL vials', 'midazolam 1 mg/mL'),
                     ('glycopyrrolate 0,2 mg/mL', 'glycopyrrolate 0.2 mg/mL', 'scopolamine 0,4 mg/mL'),
                     ('méthotriméprazine 25 mg/mL', 'methotrimeprazine 25 mg/mL', 'chlorpromazine')])
    if fr:
        body = ('AVIS DE PÉNURIE\n\nProduit : %s\nDurée prévue : jusqu\'à la mi-%s\n\nSolution de rechange : %s. '
                'Attention aux erreurs de concentration lors de la préparation des seringues SC. Les ordonnances en cours '
                'seront converties par la pharmacie ; aucune action requise pour les infirmières, sauf vérification double.'
                % (drug[0], r.choice(['avril', 'mai', 'juin']), drug[2]))
        subj = 'Pénurie – %s' % drug[0].split(' (')[0]
    else:
        body = ('SHORTAGE NOTICE\n\nProduct: %s\nExpected until mid-%s\n\nAlternative: %s. Beware of concentration errors '
                'when preparing SC syringes. Pharmacy will convert active orders.'
                % (drug[1], r.choice(['April', 'May', 'June']), drug[2]))
        subj = 'Drug shortage - %s' % drug[1].split(' (')[0]
    return finish(r, lang, 'drug_shortage', _none(), 'drug shortage notice', subj, body, o, s,
                  [('Soins infirmiers' if fr else 'Nursing', 'soins.infirmiers@%s' % o[1])])


def n_md_disease(r, lang, ctx):
    o = org(r)
    s = staff_member(r, role(5))
    fr = lang == 'fr'
    docs = [staff_member(r, role(1)) for _ in range(4)]
    areas_fr = ['clinique SLA et maladies neuromusculaires', 'oncologie thoracique (cancer du poumon)', 'insuffisance cardiaque avancée',
                'MPOC et fibrose pulmonaire', 'démence avancée en CHSLD', 'cancers digestifs']
    areas_en = ['ALS and neuromuscular clinic', 'thoracic oncology (lung cancer)', 'advanced heart failure', 'COPD and pulmonary fibrosis']
    areas = r.sample(areas_fr if fr else areas_en, 4)
    days = r.sample(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi'] if fr else ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'], 4)
    lines = ['- %s : %s (%s)' % (d.display(lang), a, dd) for d, a, dd in zip(docs, areas, days)]
    body = (('Répartition des consultations palliatives conjointes à compter du %s :\n\n%s\n\n'
             'Les demandes de consultation passent toujours par le guichet unique.' if fr else
             'Joint palliative consult coverage starting %s:\n\n%s\n\nRequests still go through the central intake.')
            % (date_fr(r, 4) if fr else date_en(r, 4), '\n'.join(lines)))
    subj = 'Couverture médicale – consultations conjointes' if fr else 'Physician coverage - joint consults'
    return finish(r, lang, 'physician_coverage', _none(), 'physicians named with diseases they treat', subj, body, o, s,
                  to_list(r, 3, o[1]))


def n_staff_condolence(r, lang, ctx):
    o = org(r)
    s = staff_member(r, role(9))
    col = staff_member(r)
    fr = lang == 'fr'
    body = (('C\'est avec tristesse que nous vous informons du décès %s de notre collègue %s. Les funérailles auront lieu le %s '
             'à %s. Une carte circule au poste des infirmières pour ceux qui veulent signer. %s sera en congé de deuil '
             'pour les deux prochaines semaines.') % (r.choice(['du père', 'de la mère', 'du conjoint']), col.full,
                                                       date_fr(r, 3), r.choice(['Saint-Jérôme', 'Laval', 'Lévis']), col.given)
            if fr else
            ('We are sad to share that the %s of our colleague %s has passed away. The funeral is on %s. A card is at the '
             'nursing station. %s will be on bereavement leave for two weeks.')
            % (r.choice(['father', 'mother', 'husband']), col.full, date_en(r, 3), col.given))
    subj = 'Condoléances – %s' % col.full if fr else 'Condolences - %s' % col.full
    return finish(r, lang, 'staff_condolence', _none(), 'staff bereavement leave (HR, not patient)', subj, body, o, s,
                  [('Équipe USP' if fr else 'PCU team', 'equipe.usp@%s' % o[1])])


def n_volunteer_training(r, lang, ctx):
    o = ('Maison de soins palliatifs Le Phare-Bleu', 'phare-bleu.example')
    s = staff_member(r, role(7))
    fr = lang == 'fr'
    body = (('Formation obligatoire des nouveaux bénévoles :\n- %s, 9 h à 12 h : philosophie des soins palliatifs\n'
             '- %s, 9 h à 12 h : écoute active et accompagnement du deuil\n- %s, 13 h à 16 h : hygiène, déplacements sécuritaires\n\n'
             'Vérification des antécédents judiciaires requise avant le premier quart.') % tuple(dates(r, lang, 4, 3))
            if fr else
            ('Mandatory training for new volunteers:\n- %s: palliative care philosophy\n- %s: active listening and grief\n'
             '- %s: hygiene and safe transfers\n\nBackground check required.') % tuple(dates(r, lang, 4, 3)))
    subj = 'Formation des bénévoles' if fr else 'Volunteer training'
    return finish(r, lang, 'volunteer_training', _none(), 'volunteer training schedule', subj, body, o, s,
                  to_list(r, 4, 'benevoles-phare.example'))


def n_fundraiser(r, lang, ctx):
    o = ('Fondation de la Maison Le Phare-Bleu', 'fondation-phare-bleu.example')
    s = staff_member(r, ('directrice, Fondation', 'Foundation director', False))
    fr = lang == 'fr'
    goal = r.choice([150000, 250000, 80000])
    body = (('Notre %s aura lieu le %s. Objectif : %d $ pour rénover les chambres des familles. Billets : 150 $ '
             '(reçu fiscal de 75 $). Merci de faire circuler l\'affiche ci-jointe.') %
            (r.choice(['tournoi de golf annuel', 'souper-bénéfice', 'marche « Un pas pour la vie »']), date_fr(r, 6), goal)
            if fr else
            ('Our %s takes place on %s. Goal: $%d to renovate family rooms. Tickets $150 (tax receipt $75).')
            % (r.choice(['annual golf tournament', 'benefit dinner', 'charity walk']), date_en(r, 6), goal))
    poster = make_pdf('Fondation – événement bénéfice' if fr else 'Foundation - benefit event', [body])
    subj = r.choice(['Événement bénéfice 2025', 'Souper-bénéfice – billets']) if fr else 'Benefit event 2025'
    return finish(r, lang, 'fundraiser', _none(), 'foundation fundraiser', subj, body, o, s, to_list(r, 3, o[1]),
                  attachments=[att(r, 'application/pdf', poster, 'affiche_soirée_bénéfice.pdf' if fr else 'poster.pdf')])


def n_protocol(r, lang, ctx):
    o = org(r)
    s = staff_member(r, role(r.choice([3, 9])))
    fr = lang == 'fr'
    title = 'Protocole de sédation palliative continue – version 2025' if fr else 'Continuous palliative sedation protocol - 2025'
    paras = (['Indication : symptômes réfractaires chez un patient dont le pronostic est de moins de 2 semaines.',
              'Midazolam : bolus 2,5 à 5 mg SC, puis perfusion 0,5 à 1 mg/h ; titrer q30 min selon l\'échelle de Richmond.',
              'Alternative : méthotriméprazine 12,5 à 25 mg SC q8h.',
              'Surveillance : RASS q1h pendant 4 h, puis q4h. Poursuivre l\'analgésie opioïde.',
              'Consentement : à documenter au dossier ; déclaration au CMDP dans les 10 jours.'] if fr else
             ['Indication: refractory symptoms with prognosis under 2 weeks.',
              'Midazolam: 2.5-5 mg SC bolus then 0.5-1 mg/h infusion; titrate q30min using RASS.',
              'Alternative: methotrimeprazine 12.5-25 mg SC q8h.', 'Monitoring: RASS q1h for 4 h then q4h.'])
    doc = make_docx(title, paras, author=s.full)
    body = ('Le protocole révisé a été adopté par le CMDP. Merci d\'en prendre connaissance avant le %s.' % date_fr(r, 4)) if fr \
        else 'The revised protocol was adopted by the medical council. Please review by %s.' % date_en(r, 4)
    return finish(r, lang, 'clinical_protocol', _none(), 'generic clinical protocol with doses, no patient', title, body, o, s,
                  to_list(r, 4, o[1]), attachments=[att(r, DOCX, doc, 'protocole_sédation_2025.docx' if fr else 'sedation_protocol_2025.docx')])
