"""Negative templates, part B: clinical-sounding but non-identifying mail."""
import datetime as dt

import corpus_common as C
import corpus_text as X
from corpus_base import NEONATAL, PRENATAL, PEDIATRIC, VACCINES, dx


# ---------------------------------------------------------------- N: physician referral directory
def n_physician_directory(c):
    rng = c.rng
    sender = c.staff('clerk', c.pick(['chu', 'cme']))
    docs = []
    for role, area in [('neonat', c.L('dysplasie bronchopulmonaire, suivi des grands prématurés', 'bronchopulmonary dysplasia, extreme prematurity follow-up')),
                       ('peds', c.L('épilepsie de l\'enfant, convulsions fébriles', 'childhood epilepsy, febrile seizures')),
                       ('ob', c.L('diabète gestationnel, prééclampsie, grossesses gémellaires', 'gestational diabetes, preeclampsia, twin pregnancies')),
                       ('peds', c.L('diabète de type 1, maladie cœliaque', 'type 1 diabetes, celiac disease')),
                       ('neonat', c.L('cardiopathies congénitales (CIV, tétralogie de Fallot)', 'congenital heart disease (VSD, tetralogy of Fallot)'))]:
        s = c.staff(role)
        docs.append([s.display(c.lang), area, s.phone])
    rng.shuffle(docs)
    headers = [c.L('Médecin', 'Physician'), c.L('Champs d\'intérêt', 'Areas of interest'), c.L('Téléphone', 'Phone')]
    text = c.L('%s\n\nVoici le bottin de référence à jour pour les cliniques spécialisées mère-enfant :\n\n%s\n\n'
               'Les demandes de consultation doivent passer par le CRDS.\n\n%s',
               '%s\n\nHere is the updated referral directory for mother-child specialty clinics:\n\n%s\n\n'
               'Consultation requests must go through the central referral office.\n\n%s') % (
        X.greet(rng, c.lang), X.text_table(headers, docs), sender.signature(c.lang))
    html = '<html><body><p>%s</p>%s<p>%s</p></body></html>\n' % (
        X.esc(X.greet(rng, c.lang)), X.html_table(headers, docs), X.esc(sender.signature(c.lang)).replace('\n', '<br>'))
    env = c.env(sender.addr(), [(c.L('Médecins de famille - GMF', 'Family physicians'), 'gmf-liste@cisss-valleeverte.example')],
                c.L('Bottin des cliniques spécialisées', 'Specialty clinic directory'))
    return c.finish('physician_directory', [], 'physicians named with the conditions they treat', env, text, html=html,
                    mode=c.pick(['alt', 'html']))


# ---------------------------------------------------------------- N: parent general question (no child info)
def n_parent_general(c):
    rng = c.rng
    p = c.invented_adult(c.pick(['F', 'M']))
    dest = c.staff(c.pick(['clerk', 'comms']), c.pick(['chu', 'cme', 'cisss']))
    kind = rng.randint(0, 3)
    if kind == 0:
        body = c.L('Bonjour,\n\nMon groupe de tricot aimerait donner une quarantaine de petits bonnets et de couvertures pour l\'unité '
                   'néonatale. À qui dois-je les apporter et y a-t-il des consignes (laine lavable, etc.)?\n\nMerci!\n%s',
                   'Hello,\n\nMy knitting group would like to donate about forty little hats and blankets to the neonatal unit. '
                   'Who should I bring them to, and are there any guidelines (washable wool, etc.)?\n\nThanks!\n%s') % p.full
        subj = c.L('Don de tricots', 'Knitted donation')
    elif kind == 1:
        body = c.L('Bonjour,\n\nJe suis retraitée et je voudrais savoir si votre programme de bénévoles « câlineurs » recrute encore. '
                   'J\'ai déjà mon antécédent judiciaire vérifié.\n\n%s', 'Hi,\n\nI am retired and wondered whether your volunteer '
                   '"cuddler" program is still recruiting. I already have my police check.\n\n%s') % p.full
        subj = c.L('Bénévolat', 'Volunteering')
    elif kind == 2:
        body = c.L('Bonjour,\n\nLe comité de parents de l\'école des Érables organise la journée santé du %s. Est-ce qu\'une infirmière '
                   'pourrait venir présenter le lavage des mains aux élèves de maternelle?\n\n%s, présidente du comité',
                   'Hello,\n\nThe parents\' committee of Érables school is organizing the health day on %s. Could a nurse come '
                   'present handwashing to the kindergarten classes?\n\n%s, committee chair') % (c.date(c.later(15, 40), 2), p.full)
        subj = c.L('Journée santé - école des Érables', 'Health day - Érables school')
    else:
        body = c.L('Bonjour,\n\nLe stationnement P3 affiche complet presque tous les matins. Est-ce qu\'il y a des places réservées '
                   'pour les visiteurs de la maternité? Merci pour l\'info.\n\n%s',
                   'Hi,\n\nParking P3 is full almost every morning. Are there reserved spots for maternity visitors? '
                   'Thanks for the info.\n\n%s') % p.given
        subj = c.L('stationnement', 'parking')
    body = C.sloppy(rng, body, 0.03, drop_accents=c.fr and c.chance(0.4), protect=[p.full])
    env = c.env((p.full, C.personal_email(rng, p.given, p.surname)), [dest.addr()], subj)
    return c.finish('public_general_question', [], 'member of the public asks a general question, no patient info', env, body)


# ---------------------------------------------------------------- N: training certification (staff IDs)
def n_training(c):
    rng = c.rng
    edu = c.staff('edu')
    staff = [c.staff(c.pick(['nicu_rn', 'rt', 'midwife'])) for _ in range(rng.randint(4, 8))]
    course = c.pick([('PRN (réanimation néonatale)', 'NRP (neonatal resuscitation)'), ('STABLE', 'S.T.A.B.L.E.'),
                     ('ALARME / urgences obstétricales', 'ALARM / obstetric emergencies'), ('Allaitement 20 h OMS-UNICEF', 'WHO-UNICEF 20 h breastfeeding')])
    rows = [['%s %s' % (s.given, s.surname), '%06d' % rng.randint(100000, 999999), c.date(c.later(-60, 90), 0)] for s in staff]
    text = c.L('%s\n\nLes certifications %s suivantes arrivent à échéance. Inscrivez-vous à une session de recertification :\n\n%s\n\n'
               'Sessions : %s et %s, 8 h à 16 h, centre de simulation.\n\n%s',
               '%s\n\nThe following %s certifications are expiring. Please register for a renewal session:\n\n%s\n\n'
               'Sessions: %s and %s, 8 am-4 pm, simulation centre.\n\n%s') % (
        X.greet(rng, c.lang), course[0 if c.fr else 1],
        X.text_table([c.L('Employé', 'Employee'), c.L('Matricule', 'Employee ID'), c.L('Échéance', 'Expiry')], rows),
        c.date(c.later(10, 20), 2), c.date(c.later(21, 40), 2), edu.signature(c.lang))
    env = c.env(edu.addr(), [s.addr() for s in staff[:3]], c.L('Recertification ', 'Recertification ') + course[0 if c.fr else 1])
    return c.finish('training_reminder', [], 'staff certification reminder with employee IDs', env, text)


# ---------------------------------------------------------------- N: protocol update (doses, thresholds)
def n_protocol_update(c):
    rng = c.rng
    pharm = c.staff(c.pick(['pharm', 'neonat', 'edu']))
    prot = c.pick([
        (c.L('Hypoglycémie néonatale', 'Neonatal hypoglycemia'),
         c.L(['Seuil d\'intervention : glycémie < 2,6 mmol/L après 4 h de vie', 'Gel de dextrose 40 % : 0,5 mL/kg, max 6 doses/48 h',
              'Si glycémie < 1,8 mmol/L : D10 % 2 mL/kg IV puis perfusion 60-80 mL/kg/j'],
             ['Treatment threshold: glucose < 2.6 mmol/L after 4 h of life', 'Dextrose gel 40%: 0.5 mL/kg, max 6 doses/48 h',
              'If glucose < 1.8 mmol/L: D10W 2 mL/kg IV then infusion 60-80 mL/kg/day'])),
        (c.L('Prophylaxie du SGB', 'GBS prophylaxis'),
         c.L(['Pénicilline G 5 M UI IV puis 2,5-3 M UI q4h', 'Allergie non sévère : céfazoline 2 g IV puis 1 g q8h',
              'Observation du nouveau-né 36 h si prophylaxie inadéquate'],
             ['Penicillin G 5 M units IV then 2.5-3 M units q4h', 'Non-severe allergy: cefazolin 2 g IV then 1 g q8h',
              'Observe newborn 36 h if prophylaxis inadequate'])),
        (c.L('Photothérapie', 'Phototherapy'),
         c.L(['Utiliser les courbes AAP 2022 selon l\'âge gestationnel et les facteurs de risque',
              'Contrôle de bilirubine 12-24 h après l\'arrêt', 'Seuil d\'exsanguinotransfusion : voir annexe B'],
             ['Use AAP 2022 curves by gestational age and risk factors', 'Recheck bilirubin 12-24 h after stopping',
              'Exchange transfusion threshold: see appendix B'])),
        (c.L('Sulfate de magnésium en prééclampsie', 'Magnesium sulfate in preeclampsia'),
         c.L(['Bolus 4 g IV en 20 min puis 1 g/h', 'Surveillance des réflexes et de la diurèse q1h', 'Antidote : gluconate de calcium 1 g IV'],
             ['4 g IV bolus over 20 min then 1 g/h', 'Monitor reflexes and urine output q1h', 'Antidote: calcium gluconate 1 g IV'])),
    ])
    text = c.L('%s\n\nLe protocole « %s » a été révisé (version %s). Principaux changements :\n\n%s\n\n'
               'Le document complet est dans l\'intranet, section Ordonnances collectives.\n\n%s',
               '%s\n\nThe "%s" protocol was revised (version %s). Main changes:\n\n%s\n\n'
               'The full document is on the intranet under Medical directives.\n\n%s') % (
        X.greet(rng, c.lang), prot[0], c.pick(['3.2', '2025-04', '5']), '\n'.join('- ' + x for x in prot[1]), pharm.signature(c.lang))
    atts = []
    if c.chance(0.4):
        atts.append(c.att_pdf('protocole.pdf' if c.fr else 'protocol.pdf', prot[0], prot[1], author=pharm.full))
    env = c.env(pharm.addr(), [(c.L('Infirmières mère-enfant', 'Mother-child nurses'), 'inf-mere-enfant@chu-sainte-aurore.example')],
                c.L('Protocole révisé : ', 'Revised protocol: ') + prot[0])
    return c.finish('protocol_update', [], 'protocol update with doses and thresholds, no patient', env, text, attachments=atts)


# ---------------------------------------------------------------- N: drug / formula shortage
def n_shortage(c):
    rng = c.rng
    pharm = c.staff('pharm')
    item = c.pick([('préparation pour nourrissons hypoallergène (hydrolysat poussé)', 'extensively hydrolyzed infant formula',
                    'utiliser le produit de remplacement B jusqu\'à nouvel ordre', 'use replacement product B until further notice'),
                   ('palivizumab', 'palivizumab', 'réserver aux nourrissons non éligibles au nirsévimab', 'reserve for infants not eligible for nirsevimab'),
                   ('caféine citrate injectable', 'injectable caffeine citrate', 'passer à la voie orale dès que possible', 'switch to oral as soon as possible'),
                   ('Diclectin', 'Diclectin', 'alternative : doxylamine + pyridoxine séparées', 'alternative: separate doxylamine + pyridoxine')])
    text = c.L('%s\n\nRupture d\'approvisionnement : %s. Durée prévue : %d semaines. Conduite : %s.\n\n%s',
               '%s\n\nSupply shortage: %s. Expected duration: %d weeks. Action: %s.\n\n%s') % (
        X.greet(rng, c.lang), item[0 if c.fr else 1], rng.randint(2, 10), item[2 if c.fr else 3], pharm.signature(c.lang))
    env = c.env(pharm.addr(), [(c.L('Prescripteurs', 'Prescribers'), 'prescripteurs@chu-sainte-aurore.example')],
                c.L('Pénurie : ', 'Shortage: ') + item[0 if c.fr else 1])
    return c.finish('drug_shortage', [], 'drug / formula shortage notice', env, text)


# ---------------------------------------------------------------- N: research recruitment
def n_research(c):
    rng = c.rng
    pi = c.staff(c.pick(['neonat', 'ob', 'peds']))
    study = c.pick([('Étude PROBI-PREM : probiotiques chez les < 32 semaines', 'PROBI-PREM study: probiotics in infants < 32 weeks'),
                    ('Étude COCON : peau-à-peau précoce et durée d\'allaitement', 'COCON study: early skin-to-skin and breastfeeding duration'),
                    ('Registre VAX-ADO : hésitation vaccinale chez les parents', 'VAX-ADO registry: parental vaccine hesitancy')])
    n = rng.randint(40, 300)
    text = c.L('%s\n\n%s a reçu l\'approbation du CER (no %s-%03d). Objectif : %d participants. À ce jour, %d recrutés (%d %%). '
               'Critères : voir le résumé ci-joint. Merci de diriger les familles intéressées vers l\'équipe de recherche.\n\n%s',
               '%s\n\n%s has REB approval (no. %s-%03d). Target: %d participants. So far %d enrolled (%d%%). '
               'Criteria: see attached summary. Please refer interested families to the research team.\n\n%s') % (
        X.greet(rng, c.lang), study[0 if c.fr else 1], c.today.year, rng.randint(1, 999), n, n // 3, 33, pi.signature(c.lang))
    atts = [c.att_pdf(c.L('resume_etude.pdf', 'study_summary.pdf'), study[0 if c.fr else 1],
                      [c.L('Critères d\'inclusion et d\'exclusion - voir protocole.', 'Inclusion and exclusion criteria - see protocol.')])] if c.chance(0.5) else []
    env = c.env(pi.addr(), [(c.L('Équipe mère-enfant', 'Mother-child team'), 'mere-enfant@chu-sainte-aurore.example')], study[0 if c.fr else 1][:60])
    return c.finish('research_recruitment', [], 'study recruitment notice with aggregate enrolment', env, text, attachments=atts)


# ---------------------------------------------------------------- N: audit results
def n_audit(c):
    rng = c.rng
    prev = c.staff(c.pick(['edu', 'manager']))
    units = ['USIN', c.L('Pouponnière', 'Nursery'), c.L('Salle d\'accouchement', 'Birthing unit'), c.L('Pédiatrie 4e', 'Peds 4th'),
             c.L('Clinique de vaccination', 'Vaccination clinic')]
    rows = [[u, rng.randint(40, 120), '%d %%' % rng.randint(61, 98)] for u in units]
    text = c.L('%s\n\nRésultats de l\'audit d\'hygiène des mains du trimestre :\n\n%s\n\nCible régionale : 85 %%.\n\n%s',
               '%s\n\nQuarterly hand hygiene audit results:\n\n%s\n\nRegional target: 85%%.\n\n%s') % (
        X.greet(rng, c.lang), X.text_table([c.L('Unité', 'Unit'), c.L('Observations', 'Observations'), c.L('Conformité', 'Compliance')], rows),
        prev.signature(c.lang))
    env = c.env(prev.addr(), [c.staff('manager').addr() for _ in range(2)], c.L('Audit hygiène des mains', 'Hand hygiene audit'))
    return c.finish('audit_results', [], 'audit results by unit', env, text)


# ---------------------------------------------------------------- N: school health bulletin to all parents
def n_school_bulletin(c):
    rng = c.rng
    nurse = c.staff('school_rn', 'clsc')
    org = C.ORGS['school'] if c.fr else C.ORGS['eng']
    topic = rng.randint(0, 2)
    if topic == 0:
        body = c.L('Chers parents,\n\nQuelques cas de poux ont été signalés dans l\'école. Merci de vérifier la tête de votre enfant '
                   'cette semaine. Un dépliant explicatif est joint.', 'Dear parents,\n\nA few cases of head lice were reported at '
                   'school. Please check your child\'s hair this week. An information leaflet is attached.')
    elif topic == 1:
        body = c.L('Chers parents,\n\nLa vaccination des élèves de 4e année (VPH et hépatite B) aura lieu le %s. Le formulaire de '
                   'consentement vierge est joint; veuillez le retourner signé avant le %s.', 'Dear parents,\n\nGrade 4 vaccination '
                   '(HPV and hepatitis B) will take place on %s. The blank consent form is attached; please return it signed by %s.') % (
            c.date(c.later(14, 40), 2), c.date(c.later(5, 12), 2))
    else:
        body = c.L('Chers parents,\n\nRappel : les élèves ayant une allergie sévère doivent avoir leur auto-injecteur dans leur sac. '
                   'L\'école demeure « sans arachides ». Merci de votre collaboration.', 'Dear parents,\n\nReminder: students with a '
                   'severe allergy must carry their auto-injector in their bag. The school remains nut-free. Thank you.')
    body += '\n\n' + c.L('L\'infirmière scolaire', 'The school nurse') + '\n%s\n%s' % (nurse.full, org.name(c.lang))
    att_title = [c.L('Les poux : quoi faire?', 'Head lice: what to do?'), c.L('Consentement - vaccination 4e année', 'Consent - grade 4 vaccination'),
                 c.L('Allergies sévères à l\'école', 'Severe allergies at school')][topic]
    att = c.att_pdf(C.slug(att_title).replace('.', '_')[:30] + '.pdf', att_title,
                    [c.L('Document d\'information générale.', 'General information document.'),
                     c.L('Nom de l\'enfant : ____________', 'Child name: ____________') if topic == 1 else ''])
    env = c.env((org.name(c.lang), 'communications@%s' % org.domain), [(c.L('Parents', 'Parents'), 'parents-ecole@%s' % org.domain)],
                c.L('Info santé de l\'infirmière scolaire', 'Health info from the school nurse'))
    return c.finish('school_health_bulletin', [], 'school-wide health bulletin to all parents with leaflet / blank form',
                    env, body, attachments=[att])


# ---------------------------------------------------------------- N: vaccination clinic schedule
def n_clinic_schedule(c):
    rng = c.rng
    comms = c.staff('comms', 'cisss')
    sites = []
    for name in [c.L('CLSC des Pins', 'CLSC des Pins'), c.L('Centre communautaire du Lac', 'Lake community centre'),
                 c.L('Aréna de Mont-Vallon', 'Mont-Vallon arena')]:
        sites.append([name, C.home_address(rng).split(', ', 1)[-1] if c.chance(0.3) else c.pick(C.STREETS),
                      c.pick([c.L('lun. et mer. 8 h-16 h', 'Mon & Wed 8-4'), c.L('sam. 9 h-15 h', 'Sat 9-3'), c.L('mar. 13 h-19 h', 'Tue 1-7')]),
                      C.clinic_phone(rng, C.ORGS['clsc'], ext=False)])
    text = c.L('%s\n\nLa campagne de vaccination contre l\'influenza et le VRS pour les nourrissons et les femmes enceintes débute le %s.\n\n%s\n\n'
               'Prise de rendez-vous en ligne ou par téléphone. Apportez la carte d\'assurance maladie de chaque enfant.\n\n%s',
               '%s\n\nThe influenza and RSV immunization campaign for infants and pregnant women starts on %s.\n\n%s\n\n'
               'Book online or by phone. Bring each child\'s health card.\n\n%s') % (
        X.greet(rng, c.lang), c.date(c.later(5, 30), 2),
        X.text_table([c.L('Site', 'Site'), c.L('Adresse', 'Address'), c.L('Heures', 'Hours'), c.L('Téléphone', 'Phone')], sites),
        comms.signature(c.lang))
    env = c.env(comms.addr(), [(c.L('Partenaires', 'Partners'), 'partenaires@cisss-valleeverte.example')],
                c.L('Campagne de vaccination - horaire des cliniques', 'Immunization campaign - clinic schedule'))
    return c.finish('vaccination_clinic_schedule', [], 'public clinic schedule with clinic addresses and phones', env, text)


# ---------------------------------------------------------------- N: meeting minutes (aggregates)
def n_minutes(c):
    rng = c.rng
    sec = c.staff(c.pick(['sw', 'manager']))
    attendees = [c.staff(r) for r in ['sw', 'dpj', 'peds', 'manager', 'school_rn']]
    pts = c.L(['Présences : ' + ', '.join(a.full for a in attendees),
               'Volume : %d signalements provenant de l\'hôpital ce trimestre (+%d %% vs l\'an dernier).' % (rng.randint(20, 60), rng.randint(3, 20)),
               'Délai moyen de rétroaction au signalant : %d jours.' % rng.randint(5, 25),
               'Formation « lésions sentinelles » offerte aux urgences le mois prochain.',
               'Prochaine rencontre : %s.' % c.date(c.later(30, 60), 2)],
              ['Present: ' + ', '.join(a.full for a in attendees),
               'Volume: %d reports from the hospital this quarter (+%d%% vs last year).' % (rng.randint(20, 60), rng.randint(3, 20)),
               'Average feedback delay to reporter: %d days.' % rng.randint(5, 25),
               '"Sentinel injuries" training offered to the ED next month.',
               'Next meeting: %s.' % c.date(c.later(30, 60), 2)])
    att = c.att_docx(c.L('compte_rendu.docx', 'minutes.docx'), c.L('Compte rendu - comité de liaison', 'Minutes - liaison committee'),
                     pts, author=sec.full)
    text = c.L('%s\n\nVous trouverez ci-joint le compte rendu de la dernière rencontre.\n\n%s',
               '%s\n\nPlease find attached the minutes of our last meeting.\n\n%s') % (X.greet(rng, c.lang), sec.signature(c.lang))
    env = c.env(sec.addr(), [a.addr() for a in attendees], c.L('Compte rendu', 'Minutes'))
    return c.finish('meeting_minutes', [], 'committee minutes with aggregate figures; DOCX', env, text, attachments=[att])


# ---------------------------------------------------------------- N: bed census
def n_bed_census(c):
    rng = c.rng
    coord = c.staff('transfer', 'chu')
    occ = rng.randint(10, 16)
    text = c.L('%s\n\nÉtat des lits %s à %02d h :\n- USIN niveau 3 : %d/16 occupés\n- Soins intermédiaires : %d/12\n'
               '- Pouponnière : %d/20\n- %d transferts en attente (dont %d in utero)\n\nNous pouvons accepter 1 ventilé.\n\n%s',
               '%s\n\nBed status %s at %02d:00:\n- Level 3 NICU: %d/16 occupied\n- Intermediate care: %d/12\n'
               '- Nursery: %d/20\n- %d transfers pending (%d in utero)\n\nWe can accept 1 ventilated baby.\n\n%s') % (
        X.greet(rng, c.lang), c.date(c.today, 2), c.when.hour, occ, rng.randint(6, 12), rng.randint(8, 20),
        rng.randint(0, 4), rng.randint(0, 2), coord.signature(c.lang))
    env = c.env(coord.addr(), [(c.L('Coordination régionale', 'Regional coordination'), 'coordination@cisss-valleeverte.example')],
                c.L('État des lits USIN', 'NICU bed status') + ' ' + C.fmt_date(c.today, c.lang, 0))
    return c.finish('bed_census', [], 'aggregate bed census numbers', env, text)


# ---------------------------------------------------------------- N: privacy reminder mentioning identifiers
def n_privacy_reminder(c):
    rng = c.rng
    priv = c.staff(c.pick(['records', 'manager']))
    text = c.L('%s\n\nRappel important de la responsable de l\'accès à l\'information :\n\n'
               '- N\'inscrivez jamais un NAM (format AAAA 0000 0000), un numéro de dossier ou un nom de patient dans l\'objet d\'un courriel.\n'
               '- Pour transmettre un résumé de congé, utilisez la messagerie sécurisée.\n'
               '- Les listes de rendez-vous ne doivent pas être envoyées à des adresses personnelles.\n'
               '- Un incident de confidentialité doit être déclaré dans les 24 h (formulaire AH-223).\n\n'
               'Merci de votre vigilance.\n\n%s',
               '%s\n\nImportant reminder from the privacy officer:\n\n'
               '- Never put a health insurance number (format XXXX 0000 0000), chart number or patient name in an e-mail subject.\n'
               '- Use secure messaging to send discharge summaries.\n'
               '- Appointment lists must not be sent to personal addresses.\n'
               '- A privacy incident must be reported within 24 h (form AH-223).\n\n'
               'Thank you for your vigilance.\n\n%s') % (X.greet(rng, c.lang), priv.signature(c.lang))
    text += '\n\n' + X.disclaimer(c.lang)
    env = c.env(priv.addr(), [(c.L('Tout le personnel', 'All staff'), 'tous@cisss-valleeverte.example')],
                c.L('Rappel - confidentialité des renseignements de santé', 'Reminder - health information privacy'))
    return c.finish('privacy_reminder', [], 'privacy reminder that mentions identifier formats', env, text)


# ---------------------------------------------------------------- N: equipment / product recall
def n_recall(c):
    rng = c.rng
    biomed = c.staff('biomed', 'chu')
    prod = c.pick([('tubulures d\'alimentation entérale ENFit 60 mL', 'ENFit 60 mL enteral feeding sets'),
                   ('sondes de température cutanée néonatales', 'neonatal skin temperature probes'),
                   ('tire-lait portatifs modèle LP-200', 'LP-200 portable breast pumps')])
    lots = ['%s%06d' % (c.pick(['LP', 'EN', 'TS']), rng.randint(0, 999999)) for _ in range(rng.randint(2, 5))]
    text = c.L('%s\n\nAvis de rappel du fabricant : %s, lots %s. Retirer immédiatement des unités et retourner au magasin. '
               'Aucun incident rapporté chez nous.\n\n%s', '%s\n\nManufacturer recall notice: %s, lots %s. Remove from units immediately '
               'and return to stores. No incidents reported here.\n\n%s') % (
        X.greet(rng, c.lang), prod[0 if c.fr else 1], ', '.join(lots), biomed.signature(c.lang))
    env = c.env(biomed.addr(), [c.staff('manager').addr() for _ in range(2)], c.L('RAPPEL - ', 'RECALL - ') + prod[0 if c.fr else 1])
    return c.finish('product_recall', [], 'product recall with lot numbers', env, text)


# ---------------------------------------------------------------- N: neonatal formulary update
def n_formulary(c):
    rng = c.rng
    pharm = c.staff('pharm')
    rows = [[c.L('Caféine citrate', 'Caffeine citrate'), '20 mg/kg', '5-10 mg/kg q24h', 'PO/IV'],
            [c.L('Ampicilline', 'Ampicillin'), '-', '50-100 mg/kg q8-12h', 'IV'],
            [c.L('Gentamicine', 'Gentamicin'), '-', '4-5 mg/kg q24-48h', 'IV'],
            [c.L('Vitamine K', 'Vitamin K'), '1 mg', c.L('dose unique', 'single dose'), 'IM'],
            [c.L('Morphine orale', 'Oral morphine'), '-', '0,05 mg/kg q3-4h' if c.fr else '0.05 mg/kg q3-4h', 'PO']]
    rng.shuffle(rows)
    headers = [c.L('Médicament', 'Drug'), c.L('Charge', 'Load'), c.L('Entretien', 'Maintenance'), c.L('Voie', 'Route')]
    text = c.L('%s\n\nMise à jour du formulaire néonatal :\n\n%s\n\nLes niveaux de gentamicine sont à prélever avant la 3e dose.\n\n%s',
               '%s\n\nNeonatal formulary update:\n\n%s\n\nGentamicin levels to be drawn before the 3rd dose.\n\n%s') % (
        X.greet(rng, c.lang), X.text_table(headers, rows), pharm.signature(c.lang))
    atts = [c.att_xlsx(c.L('formulaire_neonatal.xlsx', 'neonatal_formulary.xlsx'), [('Formulary', headers, rows)], author=pharm.full)] if c.chance(0.4) else []
    env = c.env(pharm.addr(), [(c.L('USIN - prescripteurs', 'NICU prescribers'), 'usin-md@chu-sainte-aurore.example')],
                c.L('Formulaire néonatal - mise à jour', 'Neonatal formulary - update'))
    return c.finish('formulary_update', [], 'neonatal dosing table, no patient', env, text, attachments=atts)


# ---------------------------------------------------------------- N: laboratory service notice
def n_lab_notice(c):
    rng = c.rng
    lab = c.staff('records', 'chu')
    lab.title_fr, lab.title_en = 'Chef technologiste, biochimie', 'Chief technologist, biochemistry'
    kind = rng.randint(0, 2)
    if kind == 0:
        body = c.L('Les cartes de dépistage néonatal doivent être prélevées entre 24 et 48 h de vie et séchées 3 h à l\'horizontale '
                   'avant l\'envoi. Taux de cartes rejetées ce mois-ci : %d %%.', 'Newborn screening cards must be collected between 24 '
                   'and 48 h of life and dried flat for 3 h before shipping. Rejected card rate this month: %d%%.') % rng.randint(1, 6)
    elif kind == 1:
        body = c.L('Nouveaux intervalles de référence pédiatriques : ALP 0-14 j 90-273 U/L; TSH 1-30 j 0,7-15,2 mU/L; '
                   'bilirubine conjuguée < 17 µmol/L.', 'New pediatric reference intervals: ALP 0-14 d 90-273 U/L; TSH 1-30 d 0.7-15.2 mU/L; '
                   'conjugated bilirubin < 17 umol/L.')
    else:
        body = c.L('Délai d\'exécution moyen des hémocultures néonatales : %d h. Les flacons pédiatriques doivent contenir au moins 1 mL.',
                   'Average turnaround for neonatal blood cultures: %d h. Pediatric bottles need at least 1 mL.') % rng.randint(18, 36)
    text = '%s\n\n%s\n\n%s' % (X.greet(rng, c.lang), body, lab.signature(c.lang))
    env = c.env(lab.addr(), [(c.L('Unités mère-enfant', 'Mother-child units'), 'mere-enfant@chu-sainte-aurore.example')],
                c.L('Avis du laboratoire', 'Laboratory notice'))
    return c.finish('lab_service_notice', [], 'lab notice with reference ranges / rates, no patient', env, text)


# ---------------------------------------------------------------- N: student placements
def n_student_placement(c):
    rng = c.rng
    edu = c.staff('edu')
    rows = [['%s %s' % (c.pick(C.ADULT_GIVEN_F + C.ADULT_GIVEN_M), c.pick(C.FAMILY)), c.pick(['USIN', c.L('Pouponnière', 'Nursery'), c.L('Salle d\'accouchement', 'Birthing unit')]),
             c.pick(['Cégep de Val-Boréal', 'Université de Sainte-Aurore']), c.date(c.later(10, 40), 0)] for _ in range(rng.randint(4, 8))]
    text = c.L('%s\n\nVoici les stagiaires en soins infirmiers attendus à la session d\'automne :\n\n%s\n\nChaque stagiaire doit avoir '
               'complété la formation sur la confidentialité avant la première journée.\n\n%s',
               '%s\n\nHere are the nursing students expected this fall:\n\n%s\n\nEach student must complete the privacy training '
               'before their first day.\n\n%s') % (
        X.greet(rng, c.lang), X.text_table([c.L('Stagiaire', 'Student'), c.L('Unité', 'Unit'), c.L('Établissement', 'School'),
                                            c.L('Début', 'Start')], rows), edu.signature(c.lang))
    env = c.env(edu.addr(), [c.staff('manager').addr()], c.L('Stagiaires - automne', 'Student placements - fall'))
    return c.finish('student_placement', [], 'list of nursing students and placements', env, text)


# ---------------------------------------------------------------- N: donor milk bank
def n_milk_bank(c):
    rng = c.rng
    lc = c.staff('lact', 'cme')
    text = c.L('%s\n\nLa banque de lait maternel a distribué %d litres ce trimestre à %d unités néonatales de la province. '
               'Nous recrutons de nouvelles donneuses : critères (non-fumeuse, sans médication régulière) et dépistage sérologique '
               'gratuit. Merci de remettre le dépliant aux mères intéressées.\n\n%s',
               '%s\n\nThe donor milk bank distributed %d litres this quarter to %d neonatal units in the province. '
               'We are recruiting new donors: criteria (non-smoker, no regular medication) and free serology screening. '
               'Please give the leaflet to interested mothers.\n\n%s') % (
        X.greet(rng, c.lang), rng.randint(300, 900), rng.randint(8, 20), lc.signature(c.lang))
    env = c.env(lc.addr(), [(c.L('Infirmières postnatales', 'Postnatal nurses'), 'postnatal@cme-boreal.example')],
                c.L('Banque de lait - recrutement de donneuses', 'Milk bank - donor recruitment'))
    return c.finish('milk_bank_info', [], 'donor milk bank program information, aggregates', env, text,
                    attachments=[c.att_pdf(c.L('depliant_banque_lait.pdf', 'milk_bank_leaflet.pdf'), c.L('Devenir donneuse', 'Become a donor'),
                                           [c.L('Informations générales pour les mères.', 'General information for mothers.')])] if c.chance(0.5) else [])


# ---------------------------------------------------------------- N: staff logistics thread with quotes
def n_staff_thread(c):
    rng = c.rng
    a = c.staff(c.pick(['nicu_rn', 'manager', 'rt']))
    b = c.staff(c.pick(['nicu_rn', 'manager', 'edu']), a.org.key if a.org.key in ('chu', 'cme') else None)
    topic = c.pick([(c.L('Salle de simulation jeudi', 'Simulation room Thursday'),
                     c.L('Est-ce que la salle de simulation est libre jeudi de 13 h à 15 h pour la pratique de réanimation néonatale ?',
                         'Is the simulation room free Thursday 1-3 pm for neonatal resuscitation practice?'),
                     c.L('Oui, je l\'ai réservée. Le mannequin prématuré est réparé.', 'Yes, I booked it. The preterm manikin has been fixed.')),
                    (c.L('Commande de couches préma', 'Preemie diaper order'),
                     c.L('On manque de couches taille micro-préma, peux-tu relancer le magasin ?', 'We are short of micro-preemie diapers, can you chase stores?'),
                     c.L('C\'est fait, livraison demain matin.', 'Done, delivery tomorrow morning.')),
                    (c.L('Horaire de Noël', 'Holiday schedule'),
                     c.L('Il manque encore 2 personnes pour la nuit du 24.', 'We still need 2 people for the night of the 24th.'),
                     c.L('Je peux prendre la nuit du 24 si quelqu\'un me remplace le 31.', 'I can take the 24th night if someone covers me on the 31st.'))])
    sent = c.when - dt.timedelta(hours=rng.randint(2, 30))
    text = '%s\n\n%s\n\n%s' % (topic[2], b.signature(c.lang),
                               X.quote_reply(rng, c.lang, sent, a.full, a.email, topic[1], b.email, topic[0]))
    env = c.env(b.addr(), [a.addr()], 'RE: ' + topic[0], in_reply_to=C.msgid(rng, a.org.domain))
    return c.finish('staff_logistics_thread', [], 'staff reply thread about logistics', env, text)


# ---------------------------------------------------------------- N: forwarded bulletin as attached .eml
def n_forward_bulletin(c):
    rng = c.rng
    sp = ('Santé publique Vallée-Verte', 'bulletin@sante-publique-vv.example')
    mgr = c.staff('manager')
    rn = c.staff(c.pick(['vax_rn', 'nicu_rn', 'school_rn']))
    inner_text = c.L('BULLETIN DE SANTÉ PUBLIQUE\n\nÉclosion de coqueluche dans la région : %d cas confirmés depuis janvier, '
                     'dont %d nourrissons de moins de 6 mois. Rappel : vaccination dcaT recommandée à chaque grossesse entre 21 et 32 semaines.\n\n'
                     'Direction de santé publique',
                     'PUBLIC HEALTH BULLETIN\n\nPertussis outbreak in the region: %d confirmed cases since January, including %d infants '
                     'under 6 months. Reminder: Tdap is recommended in every pregnancy between 21 and 32 weeks.\n\nPublic Health Directorate') % (
        rng.randint(20, 90), rng.randint(2, 9))
    inner = c.inner_message(sp, [(c.L('Partenaires', 'Partners'), 'partenaires@cisss-valleeverte.example')],
                            c.L('Bulletin : coqueluche', 'Bulletin: pertussis'), inner_text,
                            when=c.when - dt.timedelta(days=rng.randint(1, 5)), charset=c.pick(['utf-8', 'windows-1252']))
    text = c.L('%s\n\nÀ lire, voir le bulletin ci-joint. À afficher dans la salle des employés.\n\n%s',
               '%s\n\nPlease read the attached bulletin. To be posted in the staff room.\n\n%s') % (X.greet(rng, c.lang), mgr.signature(c.lang))
    env = c.env(mgr.addr(), [rn.addr()], c.L('TR: Bulletin : coqueluche', 'Fwd: Bulletin: pertussis'))
    return c.finish('forwarded_bulletin', [], 'public health bulletin forwarded as attached message/rfc822', env, text,
                    attachments=[c.att_eml(inner, c.pick([None, 'bulletin.eml']))])


# ---------------------------------------------------------------- N: vendor vCard
def n_vendor_vcard(c):
    rng = c.rng
    rep_g, rep_s = c.pick(['Marco', 'Julie', 'Brandon', 'Isabelle']), c.pick(['Santini', 'Leclerc', 'Hughes', 'Nadeau'])
    dom = c.pick(C.VENDOR_DOMAINS)
    mgr = c.staff('manager')
    vc = c.att_vcf('%s_%s.vcf' % (rep_g.lower(), rep_s.lower()), full='%s %s' % (rep_g, rep_s), surname=rep_s, given=rep_g,
                   org=dom.split('.')[0].capitalize(), title=c.L('Représentant(e) clinique', 'Clinical representative'),
                   tels=[('WORK', '1-800-555-0%03d' % rng.randint(100, 199)), ('CELL', C.phone(rng, '514'))],
                   emails=['%s.%s@%s' % (rep_g.lower(), rep_s.lower(), dom)])
    text = c.L('%s\n\nMerci pour la rencontre de ce matin. Comme convenu, je passerai le %s pour la formation sur le nouveau '
               'moniteur de saturation. Mes coordonnées sont jointes.\n\n%s %s',
               '%s\n\nThanks for this morning\'s meeting. As agreed, I will come on %s for the training on the new saturation '
               'monitor. My contact card is attached.\n\n%s %s') % (X.greet(rng, c.lang, mgr.given), c.date(c.later(3, 20), 2), rep_g, rep_s)
    env = c.env(('%s %s' % (rep_g, rep_s), '%s.%s@%s' % (rep_g.lower(), rep_s.lower(), dom)), [mgr.addr()],
                c.L('Suivi rencontre - formation moniteurs', 'Follow-up - monitor training'))
    return c.finish('vendor_contact', [], 'vendor representative with contact vCard', env, text, attachments=[vc])


# ---------------------------------------------------------------- N: conference / call for abstracts
def n_conference(c):
    rng = c.rng
    org = c.staff('edu')
    text = c.L('%s\n\nLe %de Colloque régional de périnatalité aura lieu les %s. Appel de résumés : cas cliniques (anonymisés), '
               'projets d\'amélioration de la qualité, recherche. Date limite : %s. Conférencière d\'honneur : Dre %s, '
               '« L\'avenir des soins centrés sur la famille à l\'USIN ».\n\n%s',
               '%s\n\nThe %dth Regional Perinatal Conference will take place on %s. Call for abstracts: de-identified case reports, '
               'quality improvement projects, research. Deadline: %s. Keynote: Dr. %s, "The future of family-centred care in the NICU".\n\n%s') % (
        X.greet(rng, c.lang), rng.randint(8, 25), c.date(c.later(60, 150), 2), c.date(c.later(20, 50), 2),
        '%s %s' % (c.pick(['Hélène', 'Nadia', 'Priya']), c.pick(C.STAFF_SUR)), org.signature(c.lang))
    env = c.env(org.addr(), [(c.L('Liste périnatalité', 'Perinatal list'), 'perinat-liste@cisss-valleeverte.example')],
                c.L('Appel de résumés - colloque de périnatalité', 'Call for abstracts - perinatal conference'))
    return c.finish('conference_call', [], 'conference call for abstracts, keynote speaker named', env, text,
                    mode=c.pick(['alt', 'html', 'plain']))


# ---------------------------------------------------------------- N: transport team on-call roster
def n_transport_team(c):
    rng = c.rng
    coord = c.staff('transfer', 'chu')
    base = c.later(1, 3)
    days = [base + dt.timedelta(days=i) for i in range(5)]
    rows = [[C.fmt_date(d, c.lang, 0), c.staff('rt').full, c.staff('nicu_rn').full, c.staff('neonat').display(c.lang),
             '%d-%04d' % (rng.randint(2, 9), rng.randint(1000, 9999))] for d in days]
    headers = ['Date', c.L('Inhalothérapeute', 'RT'), c.L('Infirmière', 'RN'), c.L('Néonatologiste', 'Neonatologist'), c.L('Téléavertisseur', 'Pager')]
    text = c.L('%s\n\nGarde de l\'équipe de transport néonatal :\n\n%s\n\n%s', '%s\n\nNeonatal transport team on-call:\n\n%s\n\n%s') % (
        X.greet(rng, c.lang), X.text_table(headers, rows), coord.signature(c.lang))
    html = '<html><body><p>%s</p>%s<p>%s</p></body></html>\n' % (X.esc(c.L('Garde transport néonatal', 'Neonatal transport on-call')),
                                                                 X.html_table(headers, rows), X.esc(coord.full))
    env = c.env(coord.addr(), [(c.L('Équipe transport', 'Transport team'), 'transport-neonatal@chu-sainte-aurore.example')],
                c.L('Garde transport néonatal', 'Neonatal transport on-call'))
    return c.finish('transport_team_oncall', [], 'on-call roster of staff with pagers', env, text, html=html,
                    mode=c.pick(['alt', 'html']))


# ---------------------------------------------------------------- N: staff recognition / party
def n_thank_you(c):
    rng = c.rng
    mgr = c.staff('manager')
    hero = c.staff(c.pick(['nicu_rn', 'midwife', 'school_rn', 'vax_rn']))
    kind = rng.randint(0, 1)
    if kind == 0:
        text = c.L('%s\n\nUn immense merci à %s, qui prend sa retraite après 31 ans à l\'USIN. Un 5 à 7 aura lieu le %s à la cafétéria. '
                   'Contribution au cadeau collectif : voir Lucie au poste.\n\n%s',
                   '%s\n\nA huge thank-you to %s, who is retiring after 31 years in the NICU. A get-together will be held on %s '
                   'in the cafeteria. Group gift: see Lucie at the desk.\n\n%s') % (
            X.greet(rng, c.lang), hero.full, c.date(c.later(5, 20), 2), mgr.signature(c.lang))
        subj = c.L('Départ à la retraite de %s', 'Retirement - %s') % hero.full
    else:
        text = c.L('%s\n\nFélicitations à %s qui a reçu le prix Reconnaissance du CISSS pour son projet sur la vaccination en milieu scolaire '
                   '(taux de couverture passé de 78 %% à 91 %%).\n\n%s',
                   '%s\n\nCongratulations to %s, who received the CISSS Recognition Award for the school vaccination project '
                   '(coverage up from 78%% to 91%%).\n\n%s') % (X.greet(rng, c.lang), hero.full, mgr.signature(c.lang))
        subj = c.L('Félicitations!', 'Congratulations!')
    env = c.env(mgr.addr(), [(c.L('Équipe', 'Team'), 'equipe-mere-enfant@chu-sainte-aurore.example')], subj)
    return c.finish('staff_recognition', [], 'staff recognition / retirement', env, text)


TEMPLATES_NB = [
    (n_physician_directory, 0.6, 5),
    (n_parent_general, 0.6, 5),
    (n_training, 0.5, 5),
    (n_protocol_update, 0.6, 5),
    (n_shortage, 0.6, 5),
    (n_research, 0.5, 4),
    (n_audit, 0.6, 4),
    (n_school_bulletin, 0.6, 5),
    (n_clinic_schedule, 0.6, 5),
    (n_minutes, 0.6, 4),
    (n_bed_census, 0.6, 5),
    (n_privacy_reminder, 0.6, 5),
    (n_recall, 0.5, 4),
    (n_formulary, 0.5, 5),
    (n_lab_notice, 0.5, 5),
    (n_student_placement, 0.6, 4),
    (n_milk_bank, 0.6, 4),
    (n_staff_thread, 0.6, 5),
    (n_forward_bulletin, 0.6, 5),
    (n_vendor_vcard, 0.5, 4),
    (n_conference, 0.5, 4),
    (n_transport_team, 0.6, 5),
    (n_thank_you, 0.6, 4),
]
