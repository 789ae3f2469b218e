"""Negative templates, part 2: newsletters, conferences, committees, teaching
cases, blank forms, mail-merge templates, aggregate statistics, shortages,
recalls, research protocols, foundation and camp logistics, school outreach,
policies, blood drives, formulary, signature cards."""
import datetime
import html as H

import gen_attach as A
from gen_common import (Att, Mail, Person, orgp, STAFF, EXTERNAL, fdate, tt, luhn_serial, phone, ORG_FR, ORG_EN, CENTRE_FR,
                        CENTRE_EN, ADDR, ADDR_EN, DOM, MOIS, MONTHS)
from gen_text import hello, thanks, sign, dec, fwd_header
from gen_neg_admin import ALL, NURSES, DOCS

S = STAFF
E = EXTERNAL


# ---------------------------------------------------------------- newsletter (HTML)
def newsletter(c):
    fr = c.lang == 'fr'
    frm = orgp('comm', tt(c.lang, 'Communications Aurore', 'Aurore Communications'), 'Communications', 'Communications', 'communications', 56, c.lang)
    m = Mail('newsletter', c.lang, tt(c.lang, 'infolettre du centre', 'centre newsletter'), frm, [ALL], '')
    no = c.randint(40, 90)
    items = tt(c.lang, [
        ('Bienvenue à la Dre Inès Bouraoui', 'La Dre Bouraoui se joint à l\'équipe de neuro-oncologie; elle s\'intéresse aux gliomes de bas grade et aux effets tardifs de la radiothérapie chez l\'enfant.'),
        ('Camp Feux-Follets : inscriptions ouvertes', 'Le camp accueillera cet été 120 jeunes atteints de cancer et leurs frères et sœurs. Bénévoles recherchés : infirmières, médecins, spécialistes en milieu de vie.'),
        ('Bravo à l\'équipe de la clinique de jour', 'Le délai médian d\'administration des antibiotiques pour la neutropénie fébrile est passé de 72 à 48 minutes cette année.'),
        ('Conférence du Dr Karim Belhadj', 'Le Dr Belhadj présentera « Immunothérapies dans la LLA en rechute » aux grandes conférences de pédiatrie le %s.' % fdate(c.ddays(12), 'fr', 1)),
        ('Gala de la Fondation Les Lucioles', 'Le gala a permis d\'amasser 412 000 $ pour la recherche sur les tumeurs cérébrales et le programme de retour à l\'école.'),
        ('Mme Chantal Poulin honorée', 'Notre enseignante en liaison scolaire reçoit le prix Reconnaissance du centre de services scolaire pour ses 15 ans d\'accompagnement des élèves malades.')],
        [('Welcome Dr Ines Bouraoui', 'Dr Bouraoui joins neuro-oncology with an interest in low-grade glioma and late effects of radiation in children.'),
         ('Camp Firefly Lake: registration open', 'This summer the camp will welcome 120 young people with cancer and their siblings. Volunteer nurses, physicians and child life specialists wanted.'),
         ('Kudos to the day hospital team', 'Median time-to-antibiotics for febrile neutropenia dropped from 72 to 48 minutes this year.'),
         ('Grand rounds: Dr Karim Belhadj', 'Dr Belhadj will present "Immunotherapy in relapsed ALL" at paediatric grand rounds on %s.' % fdate(c.ddays(12), 'en', 1)),
         ('Les Lucioles Foundation gala', 'The gala raised $412,000 for brain tumour research and the school re-entry program.'),
         ('Ms. Chantal Poulin honoured', 'Our school liaison teacher received the school board\'s recognition award for 15 years supporting students with illness.')])
    chosen = c.rng.sample(items, 4)
    title = tt(c.lang, 'L\'Écho d\'Aurore — no %d' % no, 'Aurore Echo - issue %d' % no)
    body = ''.join('<h2 style="color:#7a3e9d;font-size:14pt">%s</h2><p>%s</p>' % (H.escape(t), H.escape(p)) for t, p in chosen)
    m.html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>%s</title></head>'
              '<body style="font-family:Georgia,serif;max-width:640px"><table width="100%%" style="background:#f3ecf8"><tr><td>'
              '<h1 style="font-size:20pt">%s</h1></td></tr></table>%s<hr><p style="font-size:8pt;color:#666">%s<br>%s<br>%s</p></body></html>') % (
        H.escape(title), H.escape(title), body, H.escape(CENTRE_FR if fr else CENTRE_EN), H.escape(ADDR if fr else ADDR_EN),
        tt(c.lang, 'Pour vous désabonner, répondez « retrait ».', 'To unsubscribe, reply "remove".'))
    m.text = None if c.chance(0.5) else '\n\n'.join([title] + ['%s\n%s' % (t, p) for t, p in chosen])
    m.subject = title
    return m


# ---------------------------------------------------------------- conference programme
def conference(c):
    fr = c.lang == 'fr'
    frm = orgp('conf', tt(c.lang, 'Secrétariat du congrès JHOP', 'JHOP Conference Office'), 'Comité scientifique', 'Scientific committee', 'congres', 57, c.lang, 'jhop-quebec.example')
    m = Mail('conference', c.lang, tt(c.lang, 'programme de congrès', 'conference programme'), frm, [DOCS, NURSES], '')
    talks = tt(c.lang, [
        ('08:30', 'Dre Amélie Roussel', 'LLA de l\'enfant : désescalade thérapeutique guidée par la MRD'),
        ('09:15', 'Dr Étienne Vaillancourt', 'Médulloblastome : sous-groupes moléculaires et radiothérapie réduite'),
        ('10:30', 'Dre Sophie Lam', 'Drépanocytose : hydroxyurée dès 9 mois et dépistage par Doppler transcrânien'),
        ('11:15', 'Dre Hannah Kessler', 'Greffe haplo-identique et cyclophosphamide post-greffe'),
        ('13:30', 'Mme Valérie Sauvé', 'Préparer l\'enfant à la radiothérapie sans anesthésie'),
        ('14:15', 'Mme Chantal Poulin', 'Retour à l\'école après une tumeur cérébrale'),
        ('15:00', 'Dr Owen Fitzgerald', 'Hémophilie A : l\'ère de l\'émicizumab')],
        [('08:30', 'Dr Amelie Roussel', 'Childhood ALL: MRD-guided de-escalation'),
         ('09:15', 'Dr Etienne Vaillancourt', 'Medulloblastoma: molecular subgroups and reduced-dose radiation'),
         ('10:30', 'Dr Sophie Lam', 'Sickle cell disease: hydroxyurea from 9 months and TCD screening'),
         ('11:15', 'Dr Hannah Kessler', 'Haploidentical transplant with post-transplant cyclophosphamide'),
         ('13:30', 'Megan Albright, CCLS', 'Preparing children for radiation without anaesthesia'),
         ('14:15', 'Ryan Castellano', 'Back to school after a brain tumour'),
         ('15:00', 'Dr Owen Fitzgerald', 'Haemophilia A in the emicizumab era')])
    sel = sorted(c.rng.sample(talks, 5))
    d = c.workday(20, 60)
    name = tt(c.lang, '12e Journée d\'hémato-oncologie pédiatrique du Québec', '12th Quebec Paediatric Haematology-Oncology Day')
    lines = ['%s  %s — %s' % t for t in sel]
    m.subject = tt(c.lang, 'Programme — %s' % name, 'Programme - %s' % name)
    m.text = '\n\n'.join([hello(c, group=True), tt(c.lang, 'Voici le programme préliminaire de la %s, le %s, Centre des congrès de Québec. 6 heures de crédits de formation.' % (name, fdate(d, 'fr', 1)),
                                        'Here is the preliminary programme for the %s on %s, Quebec City Convention Centre. 6 CME credits.' % (name, fdate(d, 'en', 1))),
                          '\n'.join(lines), tt(c.lang, 'Inscription : jhop-quebec.example/inscription', 'Registration: jhop-quebec.example/register'), frm.name])
    if c.chance(0.5):
        m.atts.append(Att(tt(c.lang, 'programme_JHOP.pdf', 'JHOP_programme.pdf'), 'application/pdf',
                          A.pdf(name, [fdate(d, c.lang, 1), ('table', [[tt(c.lang, 'Heure', 'Time'), tt(c.lang, 'Conférencier', 'Speaker'), tt(c.lang, 'Sujet', 'Topic')]] + [list(t) for t in sel])],
                                author='Comité scientifique', compress=c.chance(0.5)), 'pdf'))
    return m


# ---------------------------------------------------------------- committee notices and minutes
def committee(c):
    fr = c.lang == 'fr'
    scen = c.choice(['pt', 'transfusion', 'tumour', 'minutes'])
    frm = c.choice([S['ferland'], S['laliberte'], S['lacombe'], S['vaill']])
    m = Mail('committee', c.lang, tt(c.lang, 'avis de comité / ordre du jour', 'committee notice or agenda'), frm, [DOCS], '')
    d = c.workday(3, 20)
    if scen == 'pt':
        m.subject = tt(c.lang, 'Comité de pharmacologie — ordre du jour du %s' % fdate(d, 'fr', 1), 'P&T committee - agenda for %s' % fdate(d, 'en', 1))
        items = tt(c.lang, ['Adoption du procès-verbal', 'Ajout au formulaire : blinatumomab (LLA-B en rechute) — Dre Roussel', 'Protocole d\'antiémétiques pour cisplatine — N. Ferland',
                            'Pénurie d\'asparaginase Erwinia : plan de contingence', 'Divers'],
                       ['Approval of minutes', 'Formulary addition: blinatumomab (relapsed B-ALL) - Dr Roussel', 'Antiemetic protocol for cisplatin - P. Ng',
                        'Erwinia asparaginase shortage: contingency plan', 'Other business'])
    elif scen == 'transfusion':
        m.subject = tt(c.lang, 'Comité de médecine transfusionnelle — convocation', 'Transfusion committee - meeting notice')
        items = tt(c.lang, ['Audit des transfusions de plaquettes (seuil 10 vs 20)', 'Irradiation des produits : mise à jour de la politique', 'Réactions transfusionnelles du trimestre (agrégées)',
                            'Présentation : M. Gabriel Duchesne, inventaire O négatif'],
                       ['Platelet transfusion audit (threshold 10 vs 20)', 'Product irradiation: policy update', 'Transfusion reactions this quarter (aggregate)',
                        'Presentation: Mr. Gabriel Duchesne, O-negative stock'])
    elif scen == 'tumour':
        m.subject = tt(c.lang, 'Comité des tumeurs — horaire du trimestre', 'Tumour board - schedule for the quarter')
        items = tt(c.lang, ['Mardis 12 h, salle 7.200 et Teams', 'Tumeurs solides : 1er et 3e mardi (Dr Vaillancourt, Dre Asselin)',
                            'Hémopathies malignes : 2e mardi (Dre Roussel)', 'Soumettre les cas au secrétariat le jeudi précédent'],
                       ['Tuesdays noon, room 7.200 and Teams', 'Solid tumours: 1st and 3rd Tuesday (Dr Vaillancourt, Dr Asselin)',
                        'Haematological malignancies: 2nd Tuesday (Dr Roussel)', 'Submit cases to the office by the previous Thursday'])
    else:
        m.subject = tt(c.lang, 'Procès-verbal — comité qualité hémato-onco', 'Minutes - heme-onc quality committee')
        items = tt(c.lang, ['Présents : Mme Lacombe, Dr Belhadj, Mme Doyle, Mme Ferland, M. Duchesne', 'Taux de bactériémies sur cathéter : 1,1 / 1000 jours-cathéter (cible < 1,5)',
                            'Délai d\'antibiotique en NF : 91 % < 60 min', 'Action : réviser l\'aide-mémoire du verrou à l\'éthanol (K. Doyle)'],
                       ['Present: Ms. Lacombe, Dr Belhadj, Ms. Doyle, Mr. Ng, Mr. Duchesne', 'CLABSI rate: 1.1 / 1000 line-days (target < 1.5)',
                        'FN time-to-antibiotic: 91% < 60 min', 'Action: revise ethanol lock job aid (K. Doyle)'])
    m.text = '\n\n'.join([hello(c, group=True), '\n'.join('%d. %s' % (i + 1, x) for i, x in enumerate(items)), sign(c, frm, False)])
    if scen == 'minutes' and c.chance(0.6):
        ind = [['mois' if fr else 'month', 'CLABSI/1000', 'NF < 60 min (%)']] + [[MONTHS[k] if not fr else MOIS[k], dec(c.randint(4, 19) / 10, c.lang), str(c.randint(82, 98))] for k in range(3)]
        members = [(tt(c.lang, 'proces-verbal.pdf', 'minutes.pdf'), A.pdf(m.subject, items, author=frm.name, compress=c.chance(0.5))),
                   (tt(c.lang, 'indicateurs_trimestre.csv', 'quarterly_indicators.csv'), A.csv_text(ind))]
        m.atts.append(Att(tt(c.lang, 'documents_comite_qualite.zip', 'quality_committee_documents.zip'), 'application/zip', A.zipfile_bytes(members), 'zip'))
    if scen != 'minutes' and c.chance(0.5):
        start = A.ts(d, 12)
        m.atts.append(Att('invite.ics', 'text/calendar', A.ics('cmt-%d@%s' % (c.idx, DOM), start, start + datetime.timedelta(hours=1), m.subject,
                                                               tt(c.lang, 'Salle 7.200 / Teams', 'Room 7.200 / Teams'), ' ; '.join(items), (frm.name, frm.addr),
                                                               [(S['belhadj'].name, S['belhadj'].addr), (S['lam'].name, S['lam'].addr)], stamp=c.date.replace(tzinfo=None)),
                          'ics', charset='utf-8', cte=c.choice(['quoted-printable', 'base64', '7bit'])))
    return m


# ---------------------------------------------------------------- de-identified teaching case
def teaching_case(c):
    fr = c.lang == 'fr'
    frm = c.choice([S['corriveau'], S['whitfield'], S['belhadj']])
    m = Mail('teaching_case', c.lang, tt(c.lang, 'cas clinique anonymisé pour l\'enseignement', 'de-identified teaching case'), frm, [('Résidents pédiatrie', 'residents-peds@' + DOM)], '')
    cases = tt(c.lang, [
        'Cas du mois : une fillette de 4 ans se présente avec pâleur, pétéchies et douleurs osseuses. FSC : Hb 61, plaquettes 18, GB 42 avec 70 % de blastes. Questions : 1) Quels examens pour confirmer le diagnostic? 2) Comment prévenir le syndrome de lyse tumorale? 3) Quels facteurs pronostiques à J29?',
        'Quiz : un adolescent de 15 ans sous chimiothérapie pour un sarcome d\'Ewing consulte pour T 38,7 à J10 du cycle. NAN 0,1. Quel antibiotique empirique et dans quel délai? Quand ajouter la vancomycine?',
        'Cas d\'enseignement : nourrisson de 9 mois, drépanocytose SS, fièvre 39,5 et rate palpable à 5 cm. Discutez de la séquestration splénique aiguë et de la prise en charge transfusionnelle.',
        'Vignette : garçon de 7 ans, PTI nouvellement diagnostiqué, plaquettes 6, épistaxis contrôlée. Observation ou traitement? Justifiez selon les lignes directrices.'],
        ['Case of the month: a 4-year-old girl presents with pallor, petechiae and bone pain. CBC: Hb 61, platelets 18, WBC 42 with 70% blasts. Questions: 1) Which tests confirm the diagnosis? 2) How do you prevent tumour lysis? 3) Which prognostic factors at day 29?',
         'Quiz: a 15-year-old on chemotherapy for Ewing sarcoma presents with T 38.7 on day 10 of the cycle. ANC 0.1. Which empiric antibiotic and how fast? When to add vancomycin?',
         'Teaching case: 9-month-old with HbSS, fever 39.5 and spleen palpable 5 cm. Discuss acute splenic sequestration and transfusion management.',
         'Vignette: 7-year-old boy with newly diagnosed ITP, platelets 6, controlled epistaxis. Observe or treat? Justify per guidelines.'])
    case = c.choice(cases)
    m.subject = tt(c.lang, c.choice(['Cas du mois — hémato-onco', 'Quiz du vendredi', 'Préparation au club de lecture']),
                   c.choice(['Case of the month - heme/onc', 'Friday quiz', 'Journal club prep']))
    m.text = '\n\n'.join([hello(c, group=True), case, tt(c.lang, 'Cas fictif/anonymisé à des fins d\'enseignement. Réponses jeudi à la réunion des résidents.',
                                              'Fictional/de-identified case for teaching. Answers Thursday at resident rounds.'), sign(c, frm, True)])
    return m


# ---------------------------------------------------------------- blank forms
def blank_form(c):
    fr = c.lang == 'fr'
    scen = c.choice(['school', 'camp', 'transfusion', 'consent'])
    frm = {'school': S['poulin'] if fr else S['castell'], 'camp': E['sylvestre'] if fr else E['mckenna'],
           'transfusion': S['laliberte'], 'consent': S['mendes']}[scen]
    m = Mail('blank_form', c.lang, tt(c.lang, 'formulaire vierge', 'blank form'), frm, [NURSES if scen != 'camp' else ALL], '')
    line = '________________________'
    fields = [(tt(c.lang, 'Nom de l\'enfant :', 'Child\'s name:'), line), (tt(c.lang, 'Date de naissance :', 'Date of birth:'), tt(c.lang, 'AAAA / MM / JJ', 'YYYY / MM / DD')),
              (tt(c.lang, 'No d\'assurance maladie (NAM) :', 'Health card no.:'), '____ ____ ____'), (tt(c.lang, 'No de dossier :', 'Chart no.:'), line),
              (tt(c.lang, 'Diagnostic :', 'Diagnosis:'), line), (tt(c.lang, 'Parent / tuteur :', 'Parent / guardian:'), line), (tt(c.lang, 'Téléphone :', 'Phone:'), '(___) ___-____')]
    title = {'school': tt(c.lang, 'Autorisation de communication avec l\'école', 'Consent to share information with school'),
             'camp': tt(c.lang, 'Fiche santé du campeur (à remplir par l\'équipe traitante)', 'Camper health form (to be completed by treating team)'),
             'transfusion': tt(c.lang, 'Formulaire de consentement aux produits sanguins', 'Blood product consent form'),
             'consent': tt(c.lang, 'Formulaire de consentement — étude LLA-BOR-2023 (version 4.0)', 'Consent form - LLA-BOR-2023 study (version 4.0)')}[scen]
    blocks = [('kv', fields), tt(c.lang, 'Signature du parent : %s   Date : ________' % line, 'Parent signature: %s   Date: ________' % line)]
    if c.chance(0.5):
        m.atts.append(Att(tt(c.lang, 'formulaire_vierge.pdf', 'blank_form.pdf') if c.chance(0.5) else ('%s.pdf' % title[:40].replace(' ', '_').replace('/', '-')),
                          'application/pdf', A.pdf(title, blocks, author=frm.name, compress=c.chance(0.5)), 'pdf', fn_style=c.choice(['plain', 'rfc2231'])))
    else:
        m.atts.append(Att(tt(c.lang, 'formulaire_vierge.docx', 'blank_form.docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                          A.docx(title, blocks, frm.name, c.date), 'docx'))
    m.subject = tt(c.lang, 'Nouvelle version du formulaire : %s' % title, 'New form version: %s' % title)
    m.text = '\n\n'.join([hello(c, group=True), tt(c.lang, 'Voici la version révisée (vierge) du formulaire. Merci de détruire les anciennes copies papier et d\'utiliser celle-ci dès lundi.',
                                        'Attached is the revised (blank) form. Please discard old paper copies and use this one from Monday.'), sign(c, frm, False)])
    return m


# ---------------------------------------------------------------- mail-merge templates
def mail_template(c):
    fr = c.lang == 'fr'
    frm = S['berube']
    m = Mail('mail_template', c.lang, tt(c.lang, 'gabarit de publipostage', 'mail-merge template'), frm, [S['lacombe'], S['garneau'] if fr else S['kaur']], '')
    scen = c.choice(['reminder', 'camp', 'school'])
    if scen == 'reminder':
        tpl = tt(c.lang, 'Bonjour {{prenom_parent}},\n\nNous vous rappelons le rendez-vous de {{prenom_enfant}} {{nom_enfant}} à la clinique de jour d\'hémato-oncologie le {{date_rdv}} à {{heure_rdv}}.\nApportez la carte d\'assurance maladie ({{NAM}}) et la liste des médicaments.\n\nPour annuler : 514-555-0131.',
                 'Hello {{parent_first_name}},\n\nThis is a reminder of {{child_first_name}} {{child_last_name}}\'s appointment at the heme-onc day hospital on {{appt_date}} at {{appt_time}}.\nPlease bring the health card ({{health_card}}) and medication list.\n\nTo cancel: 514-555-0131.')
        subj = tt(c.lang, 'Gabarit — rappel de rendez-vous (à valider)', 'Template - appointment reminder (for review)')
    elif scen == 'camp':
        tpl = tt(c.lang, 'Chère famille {{nom_famille}},\n\nNous avons le plaisir de confirmer l\'inscription de {{prenom_enfant}} au camp Feux-Follets, semaine {{semaine}}. La fiche santé doit être remplie par l\'équipe traitante avant le {{date_limite}}.',
                 'Dear {{family_name}} family,\n\nWe are happy to confirm {{child_first_name}}\'s place at Camp Firefly Lake, week {{week}}. The health form must be completed by the treating team before {{deadline}}.')
        subj = tt(c.lang, 'Gabarit lettre de confirmation du camp', 'Camp confirmation letter template')
    else:
        tpl = tt(c.lang, 'Madame, Monsieur,\n\nL\'élève [NOM DE L\'ÉLÈVE], né(e) le [DATE], est suivi(e) à notre centre. Avec l\'accord des parents, nous souhaitons vous transmettre des recommandations pour faciliter son retour en classe : [RECOMMANDATIONS].',
                 'Dear Principal,\n\nThe student [STUDENT NAME], born [DATE], is followed at our centre. With the parents\' agreement, we would like to share recommendations for the return to class: [RECOMMENDATIONS].')
        subj = tt(c.lang, 'Modèle de lettre — retour à l\'école', 'Letter template - school re-entry')
    m.subject = subj
    m.text = '\n\n'.join([hello(c, group=True), tt(c.lang, 'Voici le gabarit pour le publipostage. Les champs entre accolades seront remplis automatiquement par le système de rendez-vous.',
                                        'Here is the mail-merge template. Fields in braces are filled in automatically by the booking system.'),
                          '-----\n' + tpl + '\n-----', frm.name])
    if c.chance(0.4):
        m.atts.append(Att(tt(c.lang, 'gabarit.docx', 'template.docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                          A.docx(subj, tpl.split('\n\n'), frm.name, c.date), 'docx'))
    return m


# ---------------------------------------------------------------- aggregate statistics
def stats(c):
    fr = c.lang == 'fr'
    frm = c.choice([S['lacombe'], S['doyle'], S['mendes']])
    m = Mail('statistics', c.lang, tt(c.lang, 'statistiques agrégées', 'aggregate statistics'), frm, [DOCS, NURSES], '')
    yr = c.today.year - 1
    rows = [[tt(c.lang, 'Diagnostic', 'Diagnosis'), tt(c.lang, 'Nouveaux cas %d' % yr, 'New cases %d' % yr), tt(c.lang, 'Âge médian', 'Median age')]]
    ranges = [(28, 45, 3, 6), (5, 11, 6, 12), (8, 15, 14, 16), (18, 30, 6, 9), (5, 10, 1, 3), (4, 9, 2, 4), (6, 12, 12, 15), (9, 20, 1, 2)]
    for dx, (a, b, lo, hi) in zip(tt(c.lang, ['LLA', 'LMA', 'Lymphome de Hodgkin', 'Tumeurs du SNC', 'Neuroblastome', 'Tumeur de Wilms', 'Sarcomes osseux', 'Drépanocytose (nouveaux suivis)'],
                 ['ALL', 'AML', 'Hodgkin lymphoma', 'CNS tumours', 'Neuroblastoma', 'Wilms tumour', 'Bone sarcomas', 'Sickle cell disease (new)']), ranges):
        rows.append([dx, str(c.randint(a, b)), str(c.randint(lo, hi))])
    ind = tt(c.lang, 'Indicateurs : %d épisodes de neutropénie fébrile; délai médian d\'antibiotique %d min; bactériémies sur cathéter %s/1000 jours-cathéter; %d transfusions de CGR, %d de plaquettes.' % (
        c.randint(150, 320), c.randint(38, 65), dec(c.randint(6, 19) / 10, 'fr'), c.randint(900, 1800), c.randint(500, 1300)),
        'Indicators: %d febrile neutropenia episodes; median time-to-antibiotic %d min; CLABSI %.1f/1000 line-days; %d PRBC and %d platelet transfusions.' % (
        c.randint(150, 320), c.randint(38, 65), c.randint(6, 19) / 10, c.randint(900, 1800), c.randint(500, 1300)))
    m.subject = tt(c.lang, 'Rapport annuel %d — données d\'activité' % yr, '%d annual report - activity data' % yr)
    if c.chance(0.5):
        if c.chance(0.5):
            m.atts.append(Att('activite_%d.xlsx' % yr if fr else 'activity_%d.xlsx' % yr, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                              A.xlsx([(tt(c.lang, 'Nouveaux cas', 'New cases'), rows)], frm.name, c.date), 'xlsx'))
        else:
            m.atts.append(Att('activite_%d.csv' % yr if fr else 'activity_%d.csv' % yr, 'text/csv', A.csv_text(rows), 'csv',
                              charset=c.choice(['utf-8', 'windows-1252']), cte=c.choice(['quoted-printable', 'base64', '8bit'])))
        tbl = ''
    else:
        tbl = '\n'.join('%-28s %5s %5s' % tuple(r) for r in rows)
    m.text = '\n\n'.join(x for x in [hello(c, group=True), tt(c.lang, 'Voici les données agrégées pour le rapport annuel (aucune donnée nominative).', 'Here are the aggregate data for the annual report (no identifiable data).'),
                                     tbl, ind, sign(c, frm, True)] if x)
    return m


# ---------------------------------------------------------------- drug shortage
def drug_shortage(c):
    fr = c.lang == 'fr'
    frm = S['ferland'] if fr else S['ng']
    m = Mail('drug_shortage', c.lang, tt(c.lang, 'avis de pénurie de médicament', 'drug shortage notice'), frm, [DOCS, NURSES], '')
    drug = c.choice([('asparaginase Erwinia (Rylaze)', 'Erwinia asparaginase (Rylaze)'), ('cytarabine 100 mg/mL', 'cytarabine 100 mg/mL'),
                     ('dexrazoxane', 'dexrazoxane'), ('vinblastine', 'vinblastine'), ('méthotrexate sans agent de conservation 25 mg/mL', 'preservative-free methotrexate 25 mg/mL')])
    dn = drug[0] if fr else drug[1]
    m.subject = tt(c.lang, 'PÉNURIE — %s' % dn, 'SHORTAGE - %s' % dn)
    m.text = '\n\n'.join([hello(c, group=True), tt(c.lang,
                          'Le fournisseur nous avise d\'une rupture d\'approvisionnement de %s jusqu\'à la fin du mois prochain (lot %s rappelé pour particules). Stock actuel : environ 3 semaines selon l\'utilisation moyenne.' % (dn, luhn_serial(c.rng, 10)),
                          'The supplier reports a shortage of %s until the end of next month (lot %s recalled for particulates). Current stock: about 3 weeks at average use.' % (dn, luhn_serial(c.rng, 10))),
                          tt(c.lang, 'Mesures : réserver le produit aux protocoles curatifs; toute nouvelle ordonnance doit être validée par la pharmacie d\'oncologie. Alternatives discutées au comité de pharmacologie.',
                             'Actions: reserve stock for curative protocols; every new order must be validated by oncology pharmacy. Alternatives to be discussed at P&T.'),
                          sign(c, frm, False)])
    return m


# ---------------------------------------------------------------- product recall (lot and serial numbers)
def recall(c):
    fr = c.lang == 'fr'
    frm = orgp('gbm', tt(c.lang, 'Génie biomédical', 'Biomedical Engineering'), 'Génie biomédical', 'Biomedical engineering', 'genie.biomedical', 58, c.lang)
    m = Mail('recall', c.lang, tt(c.lang, 'rappel de produit / avis de sécurité', 'product recall / safety notice'), frm, [NURSES, S['doyle']], '')
    lots = [luhn_serial(c.rng, c.choice([9, 10])) for _ in range(c.randint(3, 6))]
    prod = c.choice([('cathéters PICC 4 Fr double lumière', '4 Fr double-lumen PICC catheters'), ('pansements CHG 8,5 x 11,5 cm', 'CHG dressings 8.5 x 11.5 cm'),
                     ('tubulures de pompe CADD', 'CADD pump tubing sets'), ('aiguilles de Huber 22G', '22G Huber needles')])
    pn = prod[0] if fr else prod[1]
    m.subject = tt(c.lang, 'RAPPEL VOLONTAIRE — %s' % pn, 'VOLUNTARY RECALL - %s' % pn)
    m.text = '\n\n'.join([hello(c, group=True), tt(c.lang,
                          'Le fabricant procède au rappel volontaire de certains lots de %s (risque de fissure au niveau de l\'embase). Vérifiez vos stocks et retirez les lots suivants :' % pn,
                          'The manufacturer is voluntarily recalling certain lots of %s (risk of hub cracking). Please check stock and remove the following lots:' % pn),
                          '\n'.join('- Lot %s' % l for l in lots),
                          tt(c.lang, 'Aucun incident rapporté dans notre établissement. Retourner les produits au magasin central avec le formulaire de retour. Numéro d\'avis Santé Canada : RA-%d-%05d.' % (c.today.year, c.randint(10000, 99999)),
                             'No incidents reported in our hospital. Return products to central stores with the return form. Health Canada notice number: RA-%d-%05d.' % (c.today.year, c.randint(10000, 99999))),
                          tt(c.lang, 'Génie biomédical — %s, poste 2058' % phone(58), 'Biomedical engineering - %s ext. 2058' % phone(58))])
    return m


# ---------------------------------------------------------------- research protocol (no participants)
def research_protocol(c):
    fr = c.lang == 'fr'
    frm = S['mendes']
    m = Mail('research_protocol', c.lang, tt(c.lang, 'protocole de recherche sans participants', 'research protocol, no participants'), frm, [DOCS], '')
    study = c.choice(['LLA-BOR-2023', 'HL-PED-BV2', 'NB-HR-IMMUNO', 'SCD-HU-EARLY'])
    scen = c.choice(['amend', 'ethics', 'criteria'])
    if scen == 'amend':
        study = 'LLA-BOR-2023'
        m.subject = tt(c.lang, 'Amendement no %d — %s' % (c.randint(2, 6), study), 'Amendment %d - %s' % (c.randint(2, 6), study))
        body = tt(c.lang, 'L\'amendement modifie le calendrier des PL en maintenance (q12 sem. au lieu de q8 sem.) et ajoute un questionnaire de qualité de vie à la fin du traitement. Le formulaire de consentement v4.0 remplace la v3.2 dès l\'approbation.',
                  'The amendment changes maintenance LP frequency (q12 weeks instead of q8) and adds an end-of-therapy quality-of-life questionnaire. Consent form v4.0 replaces v3.2 upon approval.')
    elif scen == 'ethics':
        m.subject = tt(c.lang, 'Approbation CER — %s' % study, 'REB approval - %s' % study)
        body = tt(c.lang, 'Le comité d\'éthique de la recherche a approuvé le renouvellement annuel de %s (no CER 2021-%04d). Recrutement prévu : 40 participants sur 3 ans; 22 inscrits à ce jour, tous centres confondus.' % (study, c.randint(1000, 9999)),
                  'The research ethics board approved the annual renewal of %s (REB 2021-%04d). Planned accrual: 40 participants over 3 years; 22 enrolled to date across sites.' % (study, c.randint(1000, 9999)))
    else:
        m.subject = tt(c.lang, 'Critères d\'admissibilité — %s (rappel)' % study, 'Eligibility criteria - %s (reminder)' % study)
        body = tt(c.lang, 'Critères d\'inclusion : 1 à 21 ans, nouveau diagnostic, fonction rénale normale, consentement parental. Exclusion : syndrome de Down (bras séparé), traitement antérieur par stéroïdes > 7 jours. Référez-moi tout patient potentiellement admissible avant le J1.',
                  'Inclusion: age 1-21, newly diagnosed, normal renal function, parental consent. Exclusion: Down syndrome (separate arm), prior steroids > 7 days. Please flag any potentially eligible patient to me before day 1.')
    m.text = '\n\n'.join([hello(c, group=True), body, sign(c, frm, False)])
    return m


# ---------------------------------------------------------------- foundation events and donors
def foundation_event(c):
    fr = c.lang == 'fr'
    frm = E['theriault']
    m = Mail('foundation', c.lang, tt(c.lang, 'communication de la fondation', 'foundation communication'), frm, [ALL], '')
    scen = c.choice(['gala', 'thanks', 'grant'])
    if scen == 'gala':
        d = c.ddays(c.randint(20, 60))
        m.subject = tt(c.lang, 'Gala des Lucioles — %s' % fdate(d, 'fr', 1), 'Lucioles Gala - %s' % fdate(d, 'en', 1))
        body = tt(c.lang, 'Le 14e Gala des Lucioles aura lieu au Marché Bonsecours. Présidence d\'honneur : M. Alexandre Vigneault, PDG de Construction Vigneault. Les fonds serviront au programme de camps d\'été et à la nouvelle classe hospitalière. Billets pour le personnel à prix réduit (75 $).',
                  'The 14th Lucioles Gala will be held at Bonsecours Market. Honorary chair: Mr. Alexandre Vigneault, CEO of Vigneault Construction. Proceeds go to the summer camp program and the new hospital classroom. Staff tickets at a reduced price ($75).')
    elif scen == 'thanks':
        donor = c.choice([('Mme Louise Archambault', '1 250, rue des Lilas, Sherbrooke'), ('M. Robert Kwan', '88 Kensington Ave., Westmount'), ('Famille Desjarlais', 'Saint-Sauveur')])
        m.to = [('Fondation — reçus', 'recus@fondation-lucioles.example')]
        m.subject = tt(c.lang, 'Reçu fiscal à émettre — don majeur', 'Tax receipt to issue - major gift')
        body = tt(c.lang, 'Merci d\'émettre un reçu pour le don de 5 000 $ de %s (%s), reçu le %s, dédié au camp Feux-Follets. Numéro d\'organisme de bienfaisance : %s RR0001.' % (donor[0], donor[1], fdate(c.ddays(-3), 'fr', 1), luhn_serial(c.rng, 9)),
                  'Please issue a receipt for the $5,000 gift from %s (%s), received %s, designated to Camp Firefly Lake. Charity number: %s RR0001.' % (donor[0], donor[1], fdate(c.ddays(-3), 'en', 1), luhn_serial(c.rng, 9)))
    else:
        m.subject = tt(c.lang, 'Subventions de recherche — appel de projets', 'Research grants - call for proposals')
        body = tt(c.lang, 'La Fondation lance son appel de projets annuel (jusqu\'à 50 000 $ par projet) : effets tardifs, qualité de vie, soins palliatifs pédiatriques, réintégration scolaire. Date limite : %s.' % fdate(c.ddays(45), 'fr', 1),
                  'The Foundation\'s annual call for proposals is open (up to $50,000 per project): late effects, quality of life, paediatric palliative care, school reintegration. Deadline: %s.' % fdate(c.ddays(45), 'en', 1))
    m.text = '\n\n'.join([hello(c, group=True), body, '%s\n%s\nFondation Les Lucioles\n3300, rue Sainte-Catherine Est, Montréal\n%s' % (frm.name, frm.role_fr if fr else frm.role_en, phone(68))])
    return m


# ---------------------------------------------------------------- camp logistics (staff and volunteers only)
def camp_logistics(c):
    fr = c.lang == 'fr'
    frm = E['mckenna'] if not fr else E['sylvestre']
    m = Mail('camp_logistics', c.lang, tt(c.lang, 'logistique du camp (bénévoles, transport)', 'camp logistics (volunteers, transport)'), frm, [ALL], '')
    scen = c.choice(['volunteers', 'bus', 'infirmary'])
    if scen == 'volunteers':
        rows = [[tt(c.lang, 'Bénévole', 'Volunteer'), tt(c.lang, 'Rôle', 'Role'), tt(c.lang, 'Semaine', 'Week'), tt(c.lang, 'Vérif. antécédents', 'Background check')]]
        for g, s, r in [('Joanie', 'Tessier', 'infirmière'), ('Kevin', 'Harvey', 'moniteur'), ('Dre Sophie', 'Lam', 'médecin de garde'), ('Mei', 'Chen', 'spécialiste milieu de vie'),
                        ('Hugo', 'Dagenais', 'moniteur'), ('Rachel', 'Ross', 'infirmière')][:c.randint(4, 6)]:
            rows.append(['%s %s' % (g, s), r if fr else {'infirmière': 'nurse', 'moniteur': 'counsellor', 'médecin de garde': 'on-call physician', 'spécialiste milieu de vie': 'child life'}[r],
                         str(c.randint(1, 3)), tt(c.lang, 'complétée', 'done')])
        m.subject = tt(c.lang, 'Camp Feux-Follets — horaire des bénévoles', 'Camp Firefly Lake - volunteer schedule')
        body = '\n'.join(' | '.join(r) for r in rows)
        intro = tt(c.lang, 'Voici l\'horaire des bénévoles de l\'équipe médicale. Rappel : formation obligatoire samedi 9 h (gestion de la fièvre, protocole d\'urgence).',
                   'Here is the medical volunteer schedule. Reminder: mandatory training Saturday 9 am (fever management, emergency protocol).')
    elif scen == 'bus':
        m.subject = tt(c.lang, 'Départ des autobus — camp d\'été', 'Bus departure - summer camp')
        intro = tt(c.lang, 'Départ des autobus dimanche à 9 h du stationnement P3 de l\'hôpital. Les familles seront accueillies par les moniteurs; l\'équipe médicale vérifiera les médicaments à bord.',
                   'Buses leave Sunday 9 am from hospital parking P3. Counsellors will welcome families; the medical team will check medications on board.')
        body = tt(c.lang, 'Autobus 1 : 7-10 ans | Autobus 2 : 11-14 ans | Autobus 3 : 15-17 ans et fratrie', 'Bus 1: ages 7-10 | Bus 2: ages 11-14 | Bus 3: ages 15-17 and siblings')
    else:
        m.subject = tt(c.lang, 'Infirmerie du camp — liste de matériel', 'Camp infirmary - supply list')
        intro = tt(c.lang, 'Liste du matériel à préparer pour l\'infirmerie (quantités pour 120 campeurs) :', 'Supplies to prepare for the infirmary (quantities for 120 campers):')
        body = tt(c.lang, '- Thermomètres tympaniques x 6\n- Aiguilles de Huber 20G x 40\n- Seringues NaCl 10 mL x 300\n- Héparine 100 U/mL x 60\n- Ondansétron ODT 4 mg x 100\n- Trousse d\'anaphylaxie x 4',
                  '- Tympanic thermometers x6\n- 20G Huber needles x40\n- NS 10 mL syringes x300\n- Heparin 100 U/mL x60\n- Ondansetron ODT 4 mg x100\n- Anaphylaxis kit x4')
    m.text = '\n\n'.join([hello(c, group=True), intro, body, sign(c, frm, False)])
    return m


# ---------------------------------------------------------------- school outreach (generic)
def school_outreach(c):
    fr = c.lang == 'fr'
    frm = S['poulin'] if fr else S['castell']
    dest = ('Directions d\'école — CSS de la Rivière', 'directions@cssriviere.example') if fr else ('Principals - Maplecrest School Board', 'principals@maplecrest-sb.example')
    m = Mail('school_outreach', c.lang, tt(c.lang, 'information générale aux écoles', 'general information to schools'), frm, [dest], '')
    scen = c.choice(['workshop', 'varicella', 'calendar'])
    d = c.workday(10, 40)
    if scen == 'workshop':
        m.subject = tt(c.lang, 'Atelier pour enseignants : accueillir un élève atteint de cancer', 'Teacher workshop: welcoming a student with cancer')
        body = tt(c.lang, 'Nous offrons un atelier gratuit de 90 minutes le %s (en ligne) : comprendre la leucémie et les tumeurs cérébrales chez l\'enfant, fatigue et effets cognitifs, parler de la maladie avec la classe, deuil en milieu scolaire.' % fdate(d, 'fr', 1),
                  'We are offering a free 90-minute online workshop on %s: understanding leukaemia and brain tumours in children, fatigue and cognitive effects, talking with the class, grief at school.' % fdate(d, 'en', 1))
    elif scen == 'varicella':
        m.subject = tt(c.lang, 'Rappel : varicelle et élèves immunosupprimés', 'Reminder: chickenpox and immunocompromised students')
        body = tt(c.lang, 'En cette saison, merci d\'aviser rapidement les parents de tout cas de varicelle ou de rougeole dans vos écoles. Les élèves sous chimiothérapie doivent recevoir une prophylaxie dans les 96 heures suivant une exposition. Aucune liste d\'élèves n\'est requise : les familles concernées sont déjà informées.',
                  'This season, please notify parents quickly of any chickenpox or measles case in your schools. Students on chemotherapy need prophylaxis within 96 hours of exposure. No student list is needed: affected families are already informed.')
    else:
        m.subject = tt(c.lang, 'Calendrier de l\'école hospitalière — printemps', 'Hospital school calendar - spring term')
        body = tt(c.lang, 'Classe hospitalière ouverte du lundi au jeudi, 9 h à 11 h 30 et 13 h à 15 h (7e, local 7.050). Examens du ministère : nous coordonnons avec vous la passation sur place. Journée pédagogique le %s.' % fdate(d, 'fr', 1),
                  'Hospital classroom open Monday to Thursday, 9-11:30 and 1-3 (7th floor, room 7.050). Provincial exams can be written on site in coordination with you. PD day on %s.' % fdate(d, 'en', 1))
    m.text = '\n\n'.join([hello(c, group=True), body, sign(c, frm, False)])
    return m


# ---------------------------------------------------------------- policy / protocol update
def policy_update(c):
    fr = c.lang == 'fr'
    frm = c.choice([S['doyle'], S['laliberte'], S['roussel'], S['lacombe']])
    m = Mail('policy_update', c.lang, tt(c.lang, 'mise à jour de politique clinique', 'clinical policy update'), frm, [DOCS, NURSES], '')
    scen = c.choice(['fn', 'line', 'irrad', 'varicella'])
    if scen == 'fn':
        m.subject = tt(c.lang, 'Ordonnance collective — neutropénie fébrile (v3)', 'Medical directive - febrile neutropenia (v3)')
        body = tt(c.lang, 'Changements : pipéracilline-tazobactam 80 mg/kg q6h (max 4 g) remplace la céfépime en 1re ligne; hémocultures de chaque lumière; antibiotique dans les 60 min du triage, même sans FSC. Entrée en vigueur le %s.' % fdate(c.ddays(7), 'fr', 1),
                  'Changes: piperacillin-tazobactam 80 mg/kg q6h (max 4 g) replaces cefepime first line; cultures from every lumen; antibiotic within 60 min of triage even without a CBC. Effective %s.' % fdate(c.ddays(7), 'en', 1))
    elif scen == 'line':
        m.subject = tt(c.lang, 'Politique de soins des cathéters centraux — révision', 'Central line care policy - revision')
        body = tt(c.lang, 'Révision : changement de pansement CHG aux 7 jours ou si souillé; bouchons désinfectants sur tous les connecteurs; verrou à l\'éthanol 70 % pour les patients ayant eu ≥ 2 bactériémies (sur ordonnance).',
                  'Revision: CHG dressing change every 7 days or when soiled; disinfecting caps on all hubs; 70% ethanol lock for patients with >= 2 CLABSIs (by order).')
    elif scen == 'irrad':
        m.subject = tt(c.lang, 'Produits sanguins irradiés — indications révisées', 'Irradiated blood products - revised indications')
        body = tt(c.lang, 'Indications : greffe de CSH (dès le conditionnement), lymphome de Hodgkin, traitement par fludarabine ou globuline antithymocyte, déficits immunitaires congénitaux. Durée : à vie pour Hodgkin et purines analogues.',
                  'Indications: HSCT (from conditioning), Hodgkin lymphoma, fludarabine or ATG therapy, congenital immunodeficiency. Duration: lifelong for Hodgkin and purine analogues.')
    else:
        m.subject = tt(c.lang, 'Prophylaxie post-exposition à la varicelle — algorithme', 'Varicella post-exposure prophylaxis - algorithm')
        body = tt(c.lang, 'Nouvel algorithme : VariZIG dans les 96 h (jusqu\'à 10 jours) si sérologie négative; sinon valacyclovir 20 mg/kg TID de J7 à J14 post-exposition. Affiché au poste et dans l\'intranet.',
                  'New algorithm: VariZIG within 96 h (up to 10 days) if seronegative; otherwise valacyclovir 20 mg/kg TID from day 7 to 14 post-exposure. Posted at the station and on the intranet.')
    m.text = '\n\n'.join([hello(c, group=True), body, sign(c, frm, False)])
    if c.chance(0.35):
        m.atts.append(Att(tt(c.lang, 'politique_%s.pdf', 'policy_%s.pdf') % scen, 'application/pdf', A.pdf(m.subject, [body], author=frm.name, compress=c.chance(0.5)), 'pdf'))
    return m


# ---------------------------------------------------------------- staff blood drive
def blood_drive(c):
    fr = c.lang == 'fr'
    frm = S['duchesne']
    m = Mail('blood_drive', c.lang, tt(c.lang, 'collecte de sang pour le personnel', 'staff blood drive'), frm, [ALL], '')
    d = c.workday(7, 30)
    m.subject = tt(c.lang, 'Collecte de sang — %s, atrium' % fdate(d, 'fr', 1), 'Blood drive - %s, atrium' % fdate(d, 'en', 1))
    m.text = '\n\n'.join([hello(c, group=True), tt(c.lang,
                          'Nos patients en hémato-oncologie reçoivent plus de 2 000 transfusions par année. Une collecte de Sang-Boréal aura lieu dans l\'atrium de 10 h à 19 h. Objectif : 150 donneurs. Prenez rendez-vous sur le site de Sang-Boréal (code HEB2025). Les dons de plaquettes par aphérèse sont aussi recherchés.',
                          'Our heme-onc patients receive over 2,000 transfusions a year. A Sang-Boreal blood drive will be held in the atrium from 10 am to 7 pm. Goal: 150 donors. Book on the Sang-Boreal site (code HEB2025). Apheresis platelet donors are also needed.'),
                          sign(c, frm, False)])
    m.hint = {'layout': c.choice(['html', 'alt'])}
    return m


# ---------------------------------------------------------------- formulary update
def formulary(c):
    fr = c.lang == 'fr'
    frm = S['ferland'] if fr else S['ng']
    m = Mail('formulary', c.lang, tt(c.lang, 'mise à jour du formulaire pharmaceutique', 'formulary update'), frm, [DOCS], '')
    m.subject = tt(c.lang, 'Formulaire — décisions du comité de %s' % MOIS[c.today.month - 1], 'Formulary - P&T decisions for %s' % MONTHS[c.today.month - 1])
    items = tt(c.lang, ['Ajout : blinatumomab (LLA-B en rechute ou MRD+), usage restreint à l\'hémato-onco', 'Ajout : émicizumab — prophylaxie de l\'hémophilie A (programme provincial)',
                        'Substitution : ondansétron ODT générique remplace la marque', 'Retrait : prochlorpérazine suppositoire (peu utilisé)'],
                   ['Added: blinatumomab (relapsed or MRD+ B-ALL), restricted to heme-onc', 'Added: emicizumab - haemophilia A prophylaxis (provincial program)',
                    'Substitution: generic ondansetron ODT replaces brand', 'Removed: prochlorperazine suppository (low use)'])
    m.text = '\n\n'.join([hello(c, group=True), '\n'.join('- ' + x for x in items), sign(c, frm, False)])
    return m


# ---------------------------------------------------------------- staff vCard / signature
def vcard_signature(c):
    fr = c.lang == 'fr'
    p = c.choice([S['sauve'], S['albright'], S['poulin'], S['castell'], S['garneau']])
    m = Mail('staff_vcard', c.lang, tt(c.lang, 'carte de visite d\'une employée', 'staff contact card'), p, [ALL], '')
    card = A.vcard(p.name, p.given, p.surname, org=ORG_FR + ';' + CENTRE_FR, title=p.role_fr if fr else p.role_en,
                   tel=[('WORK', phone(p.ext)), ('FAX', phone(p.ext + 30))], email=p.addr)
    m.atts.append(Att('%s.vcf' % p.name, 'text/vcard', card, 'vcf', charset='utf-8', cte=c.choice(['quoted-printable', '8bit', 'base64'])))
    m.subject = tt(c.lang, 'Mes nouvelles coordonnées', 'My new contact details')
    m.text = '\n\n'.join([hello(c, group=True), tt(c.lang, 'Suite au déménagement de notre bureau au 7e, voici mes nouvelles coordonnées (carte ci-jointe).',
                                        'Following our office move to the 7th floor, here are my new contact details (card attached).'), sign(c, p, False)])
    return m


# ---------------------------------------------------------------- external notice forwarded as attached message
def fwd_notice(c):
    fr = c.lang == 'fr'
    scen = c.choice(['wholesaler', 'schoolboard', 'blood'])
    if scen == 'wholesaler':
        sender = orgp('whs', 'Distribution PharmaNord — avis clients', '', '', 'avis', 0, c.lang, 'pharmanord.example')
        subj = tt(c.lang, 'Avis de rupture — dexrazoxane 250 mg', 'Stock-out notice - dexrazoxane 250 mg')
        txt = tt(c.lang, 'Madame, Monsieur,\n\nLe fabricant nous informe d\'une rupture du dexrazoxane 250 mg (DIN %s) jusqu\'au %s. Les commandes en attente seront annulées. Un produit importé pourrait être offert via le Programme d\'accès spécial.\n\nService à la clientèle PharmaNord' % (luhn_serial(c.rng, 8), fdate(c.ddays(40), 'fr', 1)),
                 'Dear customer,\n\nThe manufacturer reports a stock-out of dexrazoxane 250 mg (DIN %s) until %s. Back orders will be cancelled. An imported product may be available through the Special Access Programme.\n\nPharmaNord customer service' % (luhn_serial(c.rng, 8), fdate(c.ddays(40), 'en', 1)))
        frm, to = S['ferland'] if fr else S['ng'], [DOCS]
    elif scen == 'schoolboard':
        sender = orgp('csr', tt(c.lang, 'Services éducatifs — CSS de la Rivière', 'Educational services - Riviere School Board'), '', '', 'services.educatifs', 0, c.lang, 'cssriviere.example')
        subj = tt(c.lang, 'Calendrier des épreuves ministérielles — juin', 'Provincial exam calendar - June')
        txt = tt(c.lang, 'Bonjour,\n\nVeuillez trouver le calendrier des épreuves ministérielles de juin. Les élèves hospitalisés peuvent passer les épreuves en milieu hospitalier avec l\'accord de la direction d\'école. Demandes de mesures d\'adaptation avant le 15 mai.\n\nServices éducatifs',
                 'Hello,\n\nPlease find the June provincial exam calendar. Hospitalised students may write exams in hospital with the principal\'s agreement. Accommodation requests by May 15.\n\nEducational services')
        frm, to = S['poulin'] if fr else S['castell'], [S['lacombe'], S['sauve'] if fr else S['albright']]
    else:
        sender = orgp('sb', 'Sang-Boréal — hôpitaux', '', '', 'hopitaux', 0, c.lang, 'sang-boreal.example')
        subj = tt(c.lang, 'Niveau des réserves — plaquettes', 'Inventory level - platelets')
        txt = tt(c.lang, 'Aux banques de sang hospitalières,\n\nLes réserves de plaquettes sont sous le seuil de 4 jours. Merci de respecter les seuils transfusionnels et de privilégier les doses uniques. Prochaine mise à jour vendredi.\n\nSang-Boréal, relations hospitalières',
                 'To hospital blood banks,\n\nPlatelet inventory is below the 4-day threshold. Please follow transfusion thresholds and favour single doses. Next update Friday.\n\nSang-Boreal, hospital relations')
        frm, to = S['duchesne'], [DOCS, NURSES]
    inner = Mail('inner', c.lang, '', sender, [frm], subj, text=txt)
    inner.date = c.date - datetime.timedelta(hours=c.randint(3, 40))
    m = Mail('forwarded_notice', c.lang, tt(c.lang, 'avis externe transféré en pièce jointe', 'external notice forwarded as attachment'), frm, to, tt(c.lang, 'TR: ', 'FW: ') + subj)
    m.text = '\n\n'.join([hello(c, group=True), tt(c.lang, 'Pour votre information, voir l\'avis ci-joint.', 'For your information, see the attached notice.'), sign(c, frm, True)])
    m.atts.append(Att(subj.replace(' — ', ' - ').replace(':', '') + '.eml', 'message/rfc822', inner, 'eml', fn_style=c.choice(['plain', 'rfc2231'])))
    return m


TEMPLATES = [
    (newsletter, 6), (conference, 6), (committee, 6), (teaching_case, 6), (blank_form, 6), (mail_template, 6), (stats, 7), (fwd_notice, 4),
    (drug_shortage, 6), (recall, 6), (research_protocol, 6), (foundation_event, 6), (camp_logistics, 6), (school_outreach, 6),
    (policy_update, 6), (blood_drive, 4), (formulary, 5), (vcard_signature, 3),
]
