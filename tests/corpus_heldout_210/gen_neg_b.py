"""Negative (non-confidential) templates, part B: mail-merge templates, drug
shortages, recalls, research protocols, occupational health, candidates,
welcome notes, support groups, staff celebrations, training, minutes,
vendors, policies, surveys, patient education handouts."""
import datetime

import gen_attach as A
from gen_common import (DOM, PROG_EN, PROG_FR, SITES, STAFF, EXTRA_STAFF_GIVEN, EXTRA_STAFF_SURNAMES, MOIS, MONTHS,
                        email_of, fmt_date, pick, signature, staff_name)
from gen_mime import Att, Mail, simple_eml
from gen_neg_a import all_list, greet, lot, luhn_serial, person, staffer

DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'


def mailmerge(c):
    rng, L = c.rng, c.L
    me = staffer(c, lambda x: 'administrative' in x[4] or 'navigator' in x[4])
    tpl = [L('Bonjour {{civilite}} {{nom}},', 'Dear {{title}} {{last_name}},'), '',
           L('Nous vous confirmons votre rendez-vous à la clinique bariatrique le {{date_rdv}} à {{heure}}.',
             'This confirms your appointment at the bariatric clinic on {{appt_date}} at {{time}}.'),
           L('Apportez votre carte d\'assurance maladie ({{NAM}}) et la liste de vos médicaments.',
             'Please bring your health card ({{health_number}}) and your medication list.'),
           L('Si vous utilisez un appareil CPAP, apportez-le.', 'If you use a CPAP machine, please bring it.'), '',
           L('Clinique bariatrique — ', 'Bariatric clinic - ') + SITES[0][0] + ' — ' + SITES[0][2]]
    kind = rng.randrange(2)
    body = [greet(c), '', L('Voici le gabarit de lettre de confirmation à utiliser dans la fusion de publipostage. Ne pas modifier les champs entre accolades.',
                            'Here is the confirmation letter template for the mail merge. Do not edit the fields in braces.'), '']
    atts = []
    if kind == 0:
        body += ['-----'] + tpl + ['-----']
    else:
        atts.append(Att(L('gabarit_confirmation_rdv.docx', 'appointment_confirmation_template.docx'), DOCX, A.docx(L('Gabarit', 'Template'), tpl)))
    body += ['', signature(me, c.lang, rng)]
    return Mail(c.lang, 'template', 'mail-merge letter template with placeholders', L('Gabarit — lettre de confirmation', 'Template - confirmation letter'),
                c.addr(me), [c.box('secretariat.bariatrie', 'Secrétariat', 'Clinic clerks')], '\n'.join(body), attachments=atts)


def drug_shortage(c):
    rng, L = c.rng, c.L
    ph = staffer(c, lambda x: 'pharmacist' in x[4])
    drug = pick(rng, [('Wegovy 2,4 mg', 'Wegovy 2.4 mg'), ('Ozempic 1 mg', 'Ozempic 1 mg'), ('Mounjaro 5 mg', 'Mounjaro 5 mg'),
                      ('cyanocobalamine injectable 1000 mcg/mL', 'cyanocobalamin injection 1000 mcg/mL'), ('ursodiol 250 mg', 'ursodiol 250 mg')])
    until = c.future(20, 80)
    body = [greet(c), '', L(f'Rupture d\'approvisionnement : {drug[0]}, prévue jusqu\'au {fmt_date(until, "fr", 1)} selon le fabricant.',
                            f'Supply disruption: {drug[1]}, expected until {fmt_date(until, "en", 1)} per the manufacturer.'),
            L('Ne pas amorcer de nouveaux traitements; les usagers déjà traités peuvent être maintenus à la dose actuelle si disponible.',
              'Do not start new patients; patients already on treatment may continue at current dose if available.'),
            L('Alternatives au formulaire : voir la note du comité de pharmacologie.', 'Formulary alternatives: see the P&T committee memo.'), '',
            signature(ph, c.lang, rng)]
    return Mail(c.lang, 'drug_shortage', 'drug shortage notice', L(f'Pénurie — {drug[0]}', f'Shortage - {drug[1]}'), c.addr(ph), all_list(c),
                '\n'.join(body))


def recall(c):
    rng, L = c.rng, c.L
    buyer = staffer(c, lambda x: 'procurement' in x[4] or 'nurse' in x[4])
    lots = [lot(rng) for _ in range(rng.randint(2, 4))]
    prod = pick(rng, [L('recharges d\'agrafeuse linéaire 60 mm', 'linear stapler reloads 60 mm'), L('ballons intragastriques', 'intragastric balloons'),
                      L('bougies de calibration 40 Fr', '40 Fr calibration bougies'), L('pompes d\'alimentation entérale', 'enteral feeding pumps')])
    body = [greet(c), '', L(f'Avis de rappel volontaire du fabricant pour les {prod}, lots :', f'Voluntary manufacturer recall for {prod}, lots:'), ''] + \
           [f'  - {x}' for x in lots] + ['', L('Retirer immédiatement de l\'inventaire et retourner au magasin central. Aucun incident signalé chez nous.',
                                              'Remove from stock immediately and return to central stores. No incidents reported here.'),
                                        L(f'Référence Santé Canada : RA-{rng.randint(70000, 79999)}', f'Health Canada reference: RA-{rng.randint(70000, 79999)}'), '',
                                        signature(buyer, c.lang, rng)]
    return Mail(c.lang, 'recall', 'device recall with lot numbers', L('Rappel de produit — action requise', 'Product recall - action required'),
                c.addr(buyer), all_list(c), '\n'.join(body))


def research(c):
    rng, L = c.rng, c.L
    rc = staffer(c, lambda x: 'research' in x[4])
    pi = staffer(c, lambda x: 'surgeon' in x[4] or 'endocrin' in x[4])
    acr = pick(rng, ['SLEEVE-GLP', 'MET-REVISE', 'BARI-SOMMEIL', 'DUMP-CGM'])
    n = rng.randint(60, 240)
    body = [greet(c), '', L(f'Le protocole {acr} (chercheur principal : {staff_name(pi, "fr")}) a reçu l\'approbation du comité d\'éthique de la recherche.',
                            f'The {acr} protocol (principal investigator: {staff_name(pi, "en")}) has been approved by the research ethics board.'), '',
            L(f'Devis : essai randomisé, {n} participants adultes, IMC ≥ 40, avec ou sans diabète de type 2.',
              f'Design: randomized trial, {n} adult participants, BMI >= 40, with or without type 2 diabetes.'),
            L('Critères d\'exclusion : grossesse, chirurgie bariatrique antérieure, insuffisance rénale.',
              'Exclusion criteria: pregnancy, prior bariatric surgery, renal failure.'),
            L(f'Numéro CER : {c.today.year}-{rng.randint(1000, 9999)}', f'REB number: {c.today.year}-{rng.randint(1000, 9999)}'), '',
            L('Le recrutement débutera le mois prochain. Merci de ne référer que par le formulaire prévu.',
              'Recruitment starts next month. Please refer only through the study form.'), '', signature(rc, c.lang, rng)]
    atts = []
    if rng.random() < 0.5:
        atts.append(Att(f'{acr}_protocole_v1.2.pdf' if c.lang == 'fr' else f'{acr}_protocol_v1.2.pdf', 'application/pdf',
                        A.pdf(f'{acr} — ' + L('Résumé du protocole', 'Protocol synopsis'), body[2:7])))
    return Mail(c.lang, 'research', 'research protocol approval without participants', L(f'Protocole {acr} approuvé', f'{acr} protocol approved'),
                c.addr(rc), all_list(c), '\n'.join(body), attachments=atts)


def occ_health(c):
    rng, L = c.rng, c.L
    oh = staffer(c, lambda x: 'occupational' in x[4])
    g, s = person(c)
    kind = rng.randrange(3)
    if kind == 0:
        body = [greet(c), '', L(f'La clinique de vaccination antigrippale du personnel aura lieu le {fmt_date(c.future(), "fr", 0)} de 7 h à 15 h, local B-112.',
                                f'The staff flu vaccination clinic is on {fmt_date(c.future(), "en", 0)} from 7 am to 3 pm, room B-112.'),
                L('Apportez votre carte d\'employé.', 'Bring your employee card.')]
        subj, to = L('Vaccination du personnel', 'Staff vaccination'), all_list(c)
    elif kind == 1:
        body = [f'{L("Bonjour", "Hello")} {g},', '', L(f'Votre test d\'ajustement du masque N95 est à renouveler avant le {fmt_date(c.future(), "fr", 1)}. '
                                                      f'Votre dépistage TB annuel (TCT) est aussi dû.',
                                                      f'Your N95 fit test must be renewed before {fmt_date(c.future(), "en", 1)}. Your annual TB skin test is also due.')]
        subj, to = L('Rappel santé au travail', 'Occupational health reminder'), [(f'{g} {s}', email_of(g, s))]
    else:
        body = [f'{L("Bonjour", "Hello")},', '', L(f'{g} {s} reprendra le travail en retour progressif le {fmt_date(c.future(), "fr", 1)}, '
                                                   '3 jours/semaine, sans mobilisation de patients pendant 4 semaines.',
                                                   f'{g} {s} will start a graduated return to work on {fmt_date(c.future(), "en", 1)}, '
                                                   '3 days/week, no patient handling for 4 weeks.')]
        subj, to = L('Retour progressif au travail', 'Graduated return to work'), [c.addr(staffer(c, lambda x: 'program manager' in x[4]))]
    body += ['', signature(oh, c.lang, rng)]
    return Mail(c.lang, 'occ_health', 'employee occupational health notice', subj, c.addr(oh), to, '\n'.join(body))


def candidate(c):
    rng, L = c.rng, c.L
    hr = staffer(c, lambda x: 'HR' in x[4])
    mgr = staffer(c, lambda x: 'program manager' in x[4])
    cands = [person(c) for _ in range(3)]
    slots = [f'{fmt_date(c.future(), c.lang, 0)} {pick(rng, ["9 h", "10 h 30", "13 h 30", "15 h"]) if c.lang == "fr" else pick(rng, ["9:00", "10:30", "1:30 pm", "3:00 pm"])}' for _ in cands]
    body = [f'{L("Bonjour", "Hi")} {mgr[0]},', '', L('Voici les entrevues pour le poste de nutritionniste en médecine de l\'obésité :',
                                                    'Here are the interviews for the obesity medicine dietitian position:'), '']
    body += [f'- {g} {s} — {sl}' for (g, s), sl in zip(cands, slots)]
    body += ['', L(f'Le CV de {cands[0][0]} {cands[0][1]} est joint; 6 ans d\'expérience en diabète et en chirurgie bariatrique.',
                   f'{cands[0][0]} {cands[0][1]}\'s CV is attached; 6 years of experience in diabetes and bariatric surgery.'), '', signature(hr, c.lang, rng)]
    cv = [f'{cands[0][0]} {cands[0][1]}', L('Nutritionniste, Dt.P.', 'Registered dietitian'), '',
          L('Expérience : 2019-2025 clinique de diabète, CIUSSS voisin', 'Experience: 2019-2025 diabetes clinic, neighbouring network'),
          L('Formation : B.Sc. nutrition', 'Education: B.Sc. nutrition'), L(f'Téléphone : 514 555-01{rng.randint(10, 99)}', f'Phone: 514 555-01{rng.randint(10, 99)}')]
    att = Att(f'CV_{cands[0][1]}.pdf'.replace(' ', '_'), 'application/pdf', A.pdf('Curriculum vitae', cv))
    return Mail(c.lang, 'candidate', 'job candidate interviews and CV', L('Entrevues — nutritionniste', 'Interviews - dietitian'), c.addr(hr),
                [c.addr(mgr)], '\n'.join(body), attachments=[att])


def welcome(c):
    rng, L = c.rng, c.L
    chief = staffer(c, lambda x: 'chief' in x[4])
    new = pick(rng, [s for s in STAFF if 'surgeon' in s[4] or 'endocrin' in s[4] or 'gastro' in s[4] or 'sleep' in s[4]])
    interest = pick(rng, [L('le diabète de type 2 et l\'obésité sévère', 'type 2 diabetes and severe obesity'),
                          L('la chirurgie de révision et le reflux réfractaire', 'revisional surgery and refractory reflux'),
                          L('l\'apnée obstructive du sommeil', 'obstructive sleep apnea'),
                          L('les complications endoscopiques après bypass', 'endoscopic management of post-bypass complications')])
    body = [greet(c), '', L(f'C\'est avec plaisir que j\'annonce l\'arrivée de {staff_name(new, "fr")}, {new[3]}, qui se joint au programme à compter du {fmt_date(c.future(), "fr", 1)}.',
                            f'I am pleased to announce that {staff_name(new, "en")}, {new[4]}, joins the program on {fmt_date(c.future(), "en", 1)}.'),
            L(f'Ses intérêts cliniques : {interest}. Ses plages de consultation débuteront le mois prochain.',
              f'Clinical interests: {interest}. Clinics will open next month.'), '', signature(chief, c.lang, rng)]
    return Mail(c.lang, 'welcome', 'new physician welcome announcement', L('Bienvenue à notre nouveau collègue', 'Welcome to our new colleague'),
                c.addr(chief), all_list(c), '\n'.join(body), prefer=pick(rng, ['html', 'alt', 'plain']))


def support_group(c):
    rng, L = c.rng, c.L
    nurse = staffer(c, lambda x: 'navigator' in x[4] or 'psycholog' in x[4])
    d = c.future(5, 30)
    body = [greet(c), '', L(f'Le groupe de soutien post-opératoire se réunit le {fmt_date(d, "fr", 0)} à 18 h 30, salle Hélène-Rivard (entrée B).',
                            f'The post-op support group meets on {fmt_date(d, "en", 0)} at 6:30 pm, Hélène-Rivard room (entrance B).'),
            L('Thème : « Manger en famille après la chirurgie ». Animation : ' + staff_name(nurse, 'fr') + '.',
              'Topic: "Family meals after surgery". Facilitator: ' + staff_name(nurse, 'en') + '.'),
            L('Merci d\'afficher l\'avis dans vos salles d\'attente.', 'Please post the notice in your waiting rooms.'), '',
            L(f'Renseignements : {SITES[0][2]}, poste 4430', f'Information: {SITES[0][2]} ext. 4430')]
    att = Att(L('affiche_groupe_soutien.pdf', 'support_group_poster.pdf'), 'application/pdf',
              A.pdf(L('Groupe de soutien bariatrique', 'Bariatric support group'), body[2:4] + [body[-1]]))
    return Mail(c.lang, 'support_group', 'support group announcement for waiting rooms', L('Groupe de soutien — affiche', 'Support group - poster'),
                c.addr(nurse), all_list(c), '\n'.join(body), attachments=[att] if rng.random() < 0.6 else [])


def celebration(c):
    rng, L = c.rng, c.L
    g, s = person(c)
    kind = rng.randrange(3)
    if kind == 0:
        bd = c.past(1, 10)
        bdate = L(f'{bd.day} {MOIS[bd.month - 1]} {bd.year}', f'{MONTHS[bd.month - 1]} {bd.day}, {bd.year}')
        baby = pick(rng, ['Léa', 'Noah', 'Florence', 'Arthur', 'Zoé', 'Liam-Olivier'])
        body = [greet(c), '', L(f'Belle nouvelle : {g} {s} (notre infirmière de la clinique) a accueilli {baby}, né(e) le {bdate}, 3,{rng.randint(1, 8)} kg. Maman et bébé vont bien!',
                                f'Great news: {g} {s} from the clinic welcomed baby {baby}, born {bdate}, 3.{rng.randint(1, 8)} kg. Mom and baby are doing well!'),
                L('Une carte circule au poste infirmier.', 'A card is going around the nursing station.')]
        subj = L('Naissance dans l\'équipe!', 'Baby news!')
    elif kind == 1:
        people = [person(c) for _ in range(3)]
        days = [datetime.date(rng.randint(1968, 1996), c.today.month, rng.randint(1, 28)) for _ in people]
        body = [greet(c), '', L('Anniversaires du mois :', 'Birthdays this month:'), ''] + \
               [f'- {a} {b} — {fmt_date(x, c.lang, 1)}' for (a, b), x in zip(people, days)] + ['', L('Gâteau au salon du personnel vendredi 14 h.', 'Cake in the staff lounge Friday 2 pm.')]
        subj = L('Anniversaires du mois', 'Birthdays this month')
    else:
        body = [greet(c), '', L(f'Après 31 ans au bloc opératoire, {g} {s} prend sa retraite. 5 à 7 le {fmt_date(c.future(), "fr", 0)} au Bistro du Quai.',
                                f'After 31 years in the OR, {g} {s} is retiring. Farewell get-together on {fmt_date(c.future(), "en", 0)} at Bistro du Quai.')]
        subj = L('Départ à la retraite', 'Retirement party')
    sender = c.generic_staff()
    return Mail(c.lang, 'celebration', 'staff celebration announcement', subj, sender, all_list(c), '\n'.join(body),
                prefer=pick(rng, ['plain', 'html']))


def training(c):
    rng, L = c.rng, c.L
    me = staffer(c, lambda x: 'nurse' in x[4] or 'kinesiolog' in x[4])
    ppl = [person(c) for _ in range(rng.randint(4, 7))]
    d = c.future(5, 40)
    rows = [L(['Nom', 'Titre d\'emploi', 'Unité', 'Date'], ['Name', 'Job title', 'Unit', 'Date'])] + \
           [[f'{s}, {g}', pick(rng, [L('Inf.', 'RN'), L('Inf. aux.', 'LPN'), L('PAB', 'PSW')]), pick(rng, ['4N', '5S', L('Bloc', 'OR')]), fmt_date(d, c.lang, 2)] for g, s in ppl]
    body = [greet(c), '', L('Formation obligatoire « Mobilisation sécuritaire de la personne obèse » — liste des inscrits :',
                            'Mandatory training "Safe handling of patients with obesity" - registered staff:'), ''] + \
           ['  '.join(r) for r in rows] + ['', signature(me, c.lang, rng)]
    atts = []
    if rng.random() < 0.4:
        atts.append(Att(L('inscriptions.csv', 'registrations.csv'), 'text/csv', A.csv_text(rows), charset=pick(rng, ['utf-8', 'iso-8859-1'])))
    return Mail(c.lang, 'training', 'staff training registration list', L('Formation PDSB bariatrique', 'Bariatric safe-handling training'),
                c.addr(me), all_list(c), '\n'.join(body), attachments=atts)


def minutes(c):
    rng, L = c.rng, c.L
    mgr = staffer(c, lambda x: 'program manager' in x[4])
    pres = rng.sample(STAFF[:20], 5)
    body = [L('Compte rendu — réunion d\'équipe du programme bariatrique', 'Minutes - bariatric program team meeting'), '',
            L('Présents : ', 'Present: ') + ', '.join(staff_name(x, c.lang) for x in pres), '',
            L(f'1. Liste d\'attente : {rng.randint(380, 720)} usagers; délai médian {rng.randint(10, 20)} mois.',
              f'1. Wait list: {rng.randint(380, 720)} patients; median wait {rng.randint(10, 20)} months.'),
            L(f'2. {staff_name(pres[1], "fr")} présente le nouveau parcours préop (nutrition, psychologie, sommeil).',
              f'2. {staff_name(pres[1], "en")} presented the new pre-op pathway (nutrition, psychology, sleep).'),
            L('3. Accès au tirzépatide : démarches auprès des assureurs privés, aucun changement à la RAMQ.',
              '3. Tirzepatide access: work with private insurers ongoing, no change on the public plan.'),
            L(f'4. Prochaine réunion : {fmt_date(c.future(20, 40), "fr", 1)}.', f'4. Next meeting: {fmt_date(c.future(20, 40), "en", 1)}.'), '',
            signature(mgr, c.lang, rng)]
    atts = []
    if rng.random() < 0.4:
        atts.append(Att(L('compte_rendu.docx', 'minutes.docx'), DOCX, A.docx(body[0], body[2:-1])))
    return Mail(c.lang, 'minutes', 'team meeting minutes', body[0], c.addr(mgr), all_list(c), '\n'.join(body), attachments=atts)


def vendor(c):
    rng, L = c.rng, c.L
    rep = pick(rng, [('Karl Meunier', 'kmeunier@nordicsurg.example'), ('Dana Whitcombe', 'dwhitcombe@gastrotech.example')])
    sn = luhn_serial(rng, 10)
    body = [L('Bonjour,', 'Hello,'), '', L(f'Suite à la démonstration de la plateforme d\'agrafage motorisée, le prêt de l\'appareil (no de série {sn}) est prolongé jusqu\'au {fmt_date(c.future(), "fr", 1)}.',
                                          f'Following the powered stapling platform demo, the loaner unit (serial {sn}) is extended until {fmt_date(c.future(), "en", 1)}.'),
            L('Fiche technique et prix de groupe en pièce jointe.', 'Spec sheet and group pricing attached.'), '', rep[0],
            L('Représentant, division chirurgie métabolique', 'Sales representative, metabolic surgery division'), '450 555-0177']
    spec = [L('Modèle : PS-60X', 'Model: PS-60X'), L(f'No de série : {sn}', f'Serial no.: {sn}'), L(f'Lot de recharges : {lot(rng)}', f'Reload lot: {lot(rng)}'),
            L('Prix de groupe : 1 240 $ / boîte de 6', 'Group price: $1,240 / box of 6')]
    atts = [Att(L('fiche_technique.pdf', 'spec_sheet.pdf'), 'application/pdf', A.pdf('PS-60X', spec))]
    if rng.random() < 0.4:
        atts = [Att('PS-60X_docs.zip', 'application/zip', A.zip_bytes([('spec.pdf', A.pdf('PS-60X', spec)),
                                                                        ('prix.txt' if c.lang == 'fr' else 'pricing.txt', '\n'.join(spec).encode('utf-8'))]))]
    return Mail(c.lang, 'vendor', 'vendor follow-up on loaner device', L('Prêt d\'équipement — suivi', 'Loaner equipment - follow-up'), rep,
                [c.addr(staffer(c, lambda x: 'surgeon' in x[4]))], '\n'.join(body), attachments=atts)


def policy(c):
    rng, L = c.rng, c.L
    me = staffer(c, lambda x: 'nurse' in x[4] or 'dietitian' in x[4] or 'pharmacist' in x[4])
    title = pick(rng, [L('Protocole de diète post-opératoire (sleeve et bypass) — révision 2025', 'Post-operative diet protocol (sleeve and bypass) - 2025 revision'),
                       L('Ordonnance collective : suppléments vitaminiques post-bariatriques', 'Collective order: post-bariatric vitamin supplements'),
                       L('Procédure : gestion des GLP-1 en période préopératoire', 'Procedure: managing GLP-1 agonists before surgery')])
    steps = [L('Jours 1-14 : liquides clairs puis complets, 60 g protéines/jour.', 'Days 1-14: clear then full liquids, 60 g protein/day.'),
             L('Semaines 3-4 : purées; semaines 5-8 : textures tendres.', 'Weeks 3-4: purées; weeks 5-8: soft textures.'),
             L('Multivitamine 2 co./j, citrate de calcium 1200-1500 mg/j, vitamine D 3000 UI/j, B12 selon dosage.',
               'Multivitamin 2 tabs/day, calcium citrate 1200-1500 mg/day, vitamin D 3000 IU/day, B12 per level.'),
             L('Suspendre les agonistes GLP-1 hebdomadaires 7 jours avant l\'anesthésie (risque d\'aspiration).',
               'Hold weekly GLP-1 agonists 7 days before anesthesia (aspiration risk).')]
    body = [greet(c), '', L(f'La version révisée du document « {title} » est en vigueur. Principaux changements :', f'The revised "{title}" is now in effect. Key changes:'), ''] + \
           [f'- {s}' for s in rng.sample(steps, 3)] + ['', signature(me, c.lang, rng)]
    atts = []
    if rng.random() < 0.5:
        atts.append(Att(L('protocole_révisé.pdf', 'revised_protocol.pdf'), 'application/pdf', A.pdf(title, steps)))
    return Mail(c.lang, 'policy', 'clinical protocol update', title, c.addr(me), all_list(c), '\n'.join(body), attachments=atts)


def survey(c):
    rng, L = c.rng, c.L
    mgr = staffer(c, lambda x: 'program manager' in x[4] or 'planning' in x[4])
    n = rng.randint(120, 400)
    body = [greet(c), '', L(f'Résultats du sondage d\'expérience usager (n = {n}, données anonymes) :', f'Patient experience survey results (n = {n}, anonymous):'), '',
            L(f'- Satisfaction globale : {rng.randint(82, 96)} %', f'- Overall satisfaction: {rng.randint(82, 96)}%'),
            L(f'- Délai d\'attente jugé acceptable : {rng.randint(30, 60)} %', f'- Wait time judged acceptable: {rng.randint(30, 60)}%'),
            L(f'- Séance d\'information utile : {rng.randint(75, 95)} %', f'- Information session useful: {rng.randint(75, 95)}%'),
            L('- Commentaire fréquent : manque de fauteuils adaptés en salle d\'attente.', '- Frequent comment: lack of suitable chairs in the waiting room.'), '',
            signature(mgr, c.lang, rng)]
    return Mail(c.lang, 'survey', 'aggregate patient experience survey results', L('Sondage expérience usager — résultats', 'Patient experience survey - results'),
                c.addr(mgr), all_list(c), '\n'.join(body), prefer=pick(rng, ['html', 'alt', 'plain']))


def education(c):
    rng, L = c.rng, c.L
    me = staffer(c, lambda x: 'dietitian' in x[4] or 'navigator' in x[4])
    gmf = pick(rng, [('GMF des Deux-Rivières', 'secretariat@gmf-deuxrivieres.example'), ('GMF Lac-Argenté', 'info@gmf-lacargente.example')])
    title = pick(rng, [L('Guide : votre alimentation après une gastrectomie longitudinale', 'Guide: eating after sleeve gastrectomy'),
                       L('Feuillet : prévenir le syndrome de chasse', 'Handout: preventing dumping syndrome'),
                       L('Feuillet : les suppléments à vie après un bypass', 'Handout: lifelong supplements after bypass')])
    content = [L('Mangez lentement, 20 à 30 minutes par repas.', 'Eat slowly, 20 to 30 minutes per meal.'),
               L('Évitez de boire 30 minutes avant et après les repas.', 'Avoid drinking 30 minutes before and after meals.'),
               L('Priorisez les protéines à chaque repas.', 'Prioritize protein at every meal.'),
               L('Les symptômes de chasse (sueurs, palpitations) surviennent souvent après un aliment sucré.', 'Dumping symptoms (sweating, palpitations) often follow sugary foods.'),
               L(f'Questions : clinique bariatrique, {SITES[0][2]}.', f'Questions: bariatric clinic, {SITES[0][2]}.')]
    att = Att(L('feuillet_usager.pdf', 'patient_handout.pdf'), 'application/pdf', A.pdf(title, content))
    body = [L('Bonjour,', 'Hello,'), '', L(f'Comme convenu, voici le feuillet « {title} » à remettre à vos usagers référés au programme.',
                                          f'As discussed, here is the handout "{title}" for your patients referred to the program.'), '', signature(me, c.lang, rng)]
    atts = [att]
    if rng.random() < 0.3:
        fwd = simple_eml(gmf, c.addr(me), L('Feuillets pour usagers', 'Patient handouts'), c.when - datetime.timedelta(days=3),
                         f'<edu.{c.tag}@mail.rsbe.example>', L('Pourriez-vous nous envoyer les feuillets à jour? Merci.', 'Could you send us the updated handouts? Thanks.'))
        atts.append(Att(L('demande.eml', 'request.eml'), 'message/rfc822', fwd))
    return Mail(c.lang, 'education', 'generic patient education handout', title, c.addr(me), [gmf], '\n'.join(body), attachments=atts)
