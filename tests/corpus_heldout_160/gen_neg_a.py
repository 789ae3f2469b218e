"""Negative templates, part A: staff scheduling, HR, payroll, occupational health, celebrations,
job postings, rosters, training."""
import datetime

from gen_common import (DOM, signature, dr, staff, STAFF, PHYS_KEYS, CLINIC_TEL, CLINIC_FAX, date_fr, date_en,
                        day_fr, day_en, MOIS, MONTHS, luhn_serial)
from gen_util import mdate, later, person, spec, L, GROUP
import gen_attach as A

# Staff / candidates who appear only in administrative mail (invented, no NAM-holder surname).
NEG_PEOPLE = [('Karine Beaulne', 'F'), ('Sébastien Ouimette', 'M'), ('Nadia Boudreault', 'F'), ('Julie Marchand', 'F'),
              ('Marc-Antoine Villemaire', 'M'), ('Émilie Fontaine', 'F'), ('Jason Kerr', 'M'), ('Amanda Fitzpatrick', 'F'),
              ('Rosalie Dionne', 'F'), ('Gabriel Lussier', 'M'), ('Mélissa Cyr', 'F'), ('Samuel Hébert', 'M'),
              ('Tara Whelan', 'F'), ('Yasmine Belkacem', 'F'), ('Derek Holloway', 'M'), ('Caroline Auclair', 'F'),
              ('Vincent Paradis', 'M'), ('Sandra Lepage', 'F'), ('Ève Lachapelle', 'F'), ('Jonathan Primeau', 'M'),
              ('Audrey Bastien', 'F'), ('Kim Dufour', 'F'), ('Roxanne Turcotte', 'F'), ('Alexandre Nadon', 'M'),
              ('Brittany Coulombe', 'F'), ('Philippe Aubry', 'M')]
SEX_OF = dict(NEG_PEOPLE)


def people(rng, k, sex=None):
    pool = [n for n, s in NEG_PEOPLE if sex is None or s == sex]
    return rng.sample(pool, k)


def title_of(name, lang):
    f = SEX_OF.get(name) == 'F'
    return ('Mme' if f else 'M.') if lang == 'fr' else ('Ms.' if f else 'Mr.')


def ascii_mail(name, dom=DOM):
    import unicodedata
    base = unicodedata.normalize('NFKD', name.lower())
    base = ''.join(c for c in base if not unicodedata.combining(c)).replace(' ', '.').replace("'", '')
    return base + '@' + dom


def first(name):
    return name.split()[0]


def neg(key, cat, lang, note, frm, to, subject, body, date, **kw):
    return spec(key, cat, lang, note, frm, to, subject, body, date, None, **kw)


# ------------------------------------------------------------------ on-call schedule
def n_oncall(rng, lang, key):
    dt = mdate(rng)
    m = dt.month % 12 + 1
    docs = PHYS_KEYS[:]
    rows = [L(lang, ['Semaine du', 'Garde néphro générale', 'Garde greffe', 'Clinique GN (mardi)'],
              ['Week of', 'General nephrology call', 'Transplant call', 'GN clinic (Tuesday)'])]
    d = datetime.date(2025, m, 1)
    while d.weekday() != 0:
        d += datetime.timedelta(days=1)
    for i in range(4):
        a, b, c = rng.sample(docs, 3)
        rows.append([d.isoformat(), dr(a, lang), dr(b, lang), dr(c, lang)])
        d += datetime.timedelta(days=7)
    month = L(lang, MOIS[m - 1], MONTHS[m - 1])
    atts, table = [], '\n'.join(' | '.join(r) for r in rows)
    if rng.random() < 0.5:
        atts = [A.att_xlsx(L(lang, 'garde_%s_2025.xlsx', 'oncall_%s_2025.xlsx') % month.lower().replace('é', 'e').replace('û', 'u'),
                           A.xlsx([(month, rows)], when=dt))]
        table = L(lang, '(horaire en pièce jointe)', '(schedule attached)')
    if lang == 'fr':
        subj = 'Horaire de garde — %s 2025 (version finale)' % month
        body = ('Bonjour à tous,\n\nVoici l\'horaire de garde de %s. %s a accepté de couvrir la clinique de glomérulonéphrites '
                'pendant le congrès national; la clinique de polykystose est déplacée au jeudi.\n\n%s\n\n'
                'Les échanges doivent m\'être signalés au moins 48 h à l\'avance.\n\n%s'
                % (month, dr(rng.choice(docs), 'fr'), table, signature('carriere', 'fr')))
    else:
        subj = 'On-call schedule - %s 2025 (final)' % month
        body = ('Hi all,\n\nHere is the %s call schedule. %s kindly agreed to cover the glomerulonephritis clinic during the national '
                'meeting; the polycystic kidney clinic moves to Thursday.\n\n%s\n\nPlease let me know of any swaps at least 48 h ahead.\n\n%s'
                % (month, dr(rng.choice(docs), 'en'), table, signature('carriere', 'en')))
    return neg(key, 'oncall', lang, L(lang, 'horaire de garde des néphrologues', 'nephrologist call schedule'),
               person('carriere'), [GROUP['md']], subj, body, dt, atts=atts)


# ------------------------------------------------------------------ leave approval
def n_leave(rng, lang, key):
    dt = mdate(rng)
    who = people(rng, 1)[0]
    st = later(dt, rng, 20, 60).date()
    en = st + datetime.timedelta(days=rng.choice([4, 11, 14]))
    kind = rng.choice(L(lang, ['vacances', 'congé sans solde', 'congé de perfectionnement'],
                        ['vacation', 'unpaid leave', 'professional development leave']))
    if lang == 'fr':
        subj = 'Approbation — demande de %s' % kind
        body = ('Bonjour %s,\n\nTa demande de %s du %s au %s est approuvée. Le remplacement à l\'unité d\'hémodialyse sera '
                'assuré par l\'équipe volante; merci de compléter la passation des dossiers de formation DP avant ton départ.\n\n'
                'Bonnes vacances!\n\n%s' % (first(who), kind, date_fr(st), date_fr(en), signature('houle', 'fr')))
    else:
        subj = 'Approved - %s request' % kind
        body = ('Hi %s,\n\nYour %s request from %s to %s is approved. Float staff will cover the hemodialysis unit; please hand '
                'over the PD training files before you leave.\n\nEnjoy!\n\n%s'
                % (first(who), kind, date_en(st), date_en(en), signature('houle', 'en')))
    addr = ascii_mail(who)
    return neg(key, 'leave', lang, L(lang, 'approbation de congé d\'une employée', 'staff leave approval'),
               person('houle'), [(who, addr)], subj, body, dt)


# ------------------------------------------------------------------ payroll
def n_payroll(rng, lang, key):
    dt = mdate(rng, rng.choice([1, 2, 12]))
    if lang == 'fr':
        subj = rng.choice(['Paie — relevés 1 et T4 disponibles', 'Rappel : mise à jour de vos informations bancaires',
                           'Paie du 15 — changement d\'horaire de dépôt'])
        body = ('Bonjour,\n\nVos feuillets fiscaux (T4 et Relevé 1) sont disponibles dans le portail employé, section « Ma paie ». '
                'Pour des raisons de sécurité, n\'envoyez jamais votre numéro d\'assurance sociale (NAS) ni votre spécimen de '
                'chèque par courriel : utilisez le formulaire sécurisé.\n\nLes primes de soir et de fin de semaine de l\'unité '
                'd\'hémodialyse apparaîtront sur la paie du %s.\n\nPour toute question : poste 2260.\n\nService de la paie'
                % date_fr(later(dt, rng, 5, 15).date()))
    else:
        subj = rng.choice(['Payroll - T4 and RL-1 slips available', 'Reminder: update your banking information',
                           'Pay day change this month'])
        body = ('Hello,\n\nYour tax slips (T4 and RL-1) are available in the employee portal under "My pay". For security reasons, '
                'never e-mail your social insurance number (SIN) or a void cheque: use the secure form.\n\n'
                'Evening and weekend premiums for the hemodialysis unit will appear on the %s pay.\n\nQuestions: ext. 2260.\n\nPayroll'
                % date_en(later(dt, rng, 5, 15).date()))
    return neg(key, 'payroll', lang, L(lang, 'avis de la paie', 'payroll notice'), GROUP['paie'], [GROUP['all']], subj, body, dt)


# ------------------------------------------------------------------ employee occupational health
def n_occ_health(rng, lang, key):
    dt = mdate(rng)
    who = people(rng, 1, 'F' if lang == 'fr' else None)[0]
    start = later(dt, rng, 5, 20).date()
    kind = rng.choice(['tb', 'hepb', 'fit'])
    if lang == 'fr':
        txt = {'tb': 'Le test cutané à la tuberculine (TCT 2 étapes) est négatif; aucune restriction.',
               'hepb': 'Son titre anti-HBs est protecteur (> 10 UI/L) : peut travailler en hémodialyse sans restriction.',
               'fit': 'L\'essai d\'ajustement du masque N95 (modèle 1870+) est réussi.'}[kind]
        subj = 'Santé au travail — nouvelle employée %s' % who if 'é' in who[:2] or rng.random() < 0.5 else 'Embauche : dossier santé au travail complété'
        body = ('Bonjour Chantal,\n\nLe dossier de santé au travail de %s (infirmière, début le %s à l\'unité de dialyse) est complet. '
                '%s Les vaccins sont à jour.\n\nCes renseignements sont transmis uniquement pour l\'affectation; le dossier demeure '
                'au Service de santé et sécurité du travail.\n\nService SST' % (who, date_fr(start), txt))
    else:
        txt = {'tb': 'Two-step TB skin test is negative; no restrictions.',
               'hepb': 'Anti-HBs titre is protective (> 10 IU/L): cleared for hemodialysis without restriction.',
               'fit': 'N95 fit test (model 1870+) passed.'}[kind]
        subj = rng.choice(['Occupational health clearance - new hire', 'Employee health: clearance for %s' % who])
        body = ('Hi Chantal,\n\nThe occupational health file for %s (RN, starting %s in the dialysis unit) is complete. %s '
                'Immunizations are up to date.\n\nThis is shared for assignment purposes only; the file stays with Occupational '
                'Health and Safety.\n\nOHS' % (who, date_en(start), txt))
    return neg(key, 'occ_health', lang, L(lang, 'autorisation santé au travail d\'une employée', 'employee occupational health clearance'),
               ('Santé et sécurité du travail', 'sst@' + DOM), [person('houle')], subj, body, dt)


# ------------------------------------------------------------------ birthdays / baby news
def n_celebration(rng, lang, key):
    dt = mdate(rng)
    b = people(rng, 1, 'F')[0]
    a, c = rng.sample([n for n, _ in NEG_PEOPLE if n != b], 2)
    born = (dt - datetime.timedelta(days=rng.randrange(1, 6))).date()
    baby = rng.choice(['Léa', 'Mathis', 'Florence', 'Noah', 'Olivia', 'Arthur'])
    bd1 = datetime.date(rng.randrange(1968, 1998), dt.month, rng.randrange(1, 28))
    if lang == 'fr':
        subj = rng.choice(['Bonne nouvelle à l\'unité!', 'Fêtes du mois + un bébé!', 'Félicitations %s' % first(b)])
        body = ('Bonjour tout le monde,\n\nNotre collègue %s est maman depuis le %s! Petit(e) %s, 3,4 kg, tout le monde va bien. '
                'Une carte circule au poste des infirmières.\n\nFêtes du mois : %s (%s le %d %s — on ne dira pas l\'année... '
                'bon d\'accord, %d) et %s. Gâteau au local de pause jeudi à 14h30.\n\nLe comité social'
                % (b, date_fr(born), baby, a, 'née' if SEX_OF[a] == 'F' else 'né', bd1.day, MOIS[bd1.month - 1], bd1.year, c))
    else:
        subj = rng.choice(['Good news on the unit!', 'Birthdays this month + a baby!', 'Congratulations %s' % first(b)])
        body = ('Hi everyone,\n\nOur colleague %s became a mom on %s! Baby %s, 3.4 kg, everyone is doing well. A card is '
                'circulating at the nursing station.\n\nBirthdays this month: %s (born %s %d - we won\'t tell the year... '
                'fine, %d) and %s. Cake in the break room Thursday at 2:30.\n\nSocial committee'
                % (b, date_en(born), baby, a, MONTHS[bd1.month - 1], bd1.day, bd1.year, c))
    return neg(key, 'social_committee', lang, L(lang, 'anniversaires et naissance chez le personnel', 'staff birthdays and baby news'),
               ('Comité social néphro', 'comite.social@' + DOM), [GROUP['all']], subj, body, dt)


# ------------------------------------------------------------------ job posting
def n_job(rng, lang, key):
    dt = mdate(rng)
    code = 'NEPH-%d-%03d' % (2025, rng.randrange(1, 300))
    job = rng.choice(L(lang, ['Infirmière coordonnatrice / infirmier coordonnateur — greffe rénale',
                              'Infirmière clinicienne — clinique de maladie rénale chronique',
                              'Technicienne / technicien en hémodialyse', 'Agente administrative — clinique de greffe'],
                       ['Transplant nurse coordinator - kidney', 'Nurse clinician - chronic kidney disease clinic',
                        'Hemodialysis technician', 'Administrative agent - transplant clinic']))
    if lang == 'fr':
        subj = 'Affichage %s — %s' % (code, job)
        body = ('Affichage interne et externe %s\n\nTitre : %s\nStatut : temps complet permanent, jour, 35 h/sem.\n'
                'Lieu : pavillon C, CH des Deux-Rives (Gatineau), déplacements à la clinique satellite de Hawkesbury.\n\n'
                'Description : coordonner le bilan pré-greffe des receveurs et des donneurs vivants, assurer le suivi des taux '
                'd\'immunosuppresseurs, enseigner aux patients greffés, travailler avec les néphrologues et la pharmacie.\n\n'
                'Exigences : membre en règle de l\'ordre professionnel, 3 ans d\'expérience en néphrologie ou soins critiques, bilinguisme (français/anglais).\n'
                'Échelle salariale : 32,09 $ à 57,23 $/h selon l\'expérience.\n\nPostuler avant le %s : carrieres.deuxrives.example, '
                'numéro %s.\n\nRessources humaines' % (code, job, date_fr(later(dt, rng, 14, 21).date()), code))
    else:
        subj = 'Job posting %s - %s' % (code, job)
        body = ('Internal and external posting %s\n\nTitle: %s\nStatus: full-time permanent, days, 35 h/week.\n'
                'Location: Pavilion C, Deux-Rives Hospital (Gatineau), with travel to the Hawkesbury satellite clinic.\n\n'
                'Duties: coordinate pre-transplant work-up of recipients and living donors, follow immunosuppressant levels, teach '
                'transplant patients, work with nephrologists and pharmacy.\n\nRequirements: RN in good standing with the regulatory college, 3 years in '
                'nephrology or critical care, bilingual (French/English).\nSalary: $32.09 to $57.23/h depending on experience.\n\n'
                'Apply before %s at careers.deuxrives.example, reference %s.\n\nHuman Resources'
                % (code, job, date_en(later(dt, rng, 14, 21).date()), code))
    return neg(key, 'job_posting', lang, L(lang, 'affichage de poste', 'job posting'), GROUP['rh'], [GROUP['all']], subj, body, dt,
               form=rng.choice(['html', 'alt', 'plain']))


# ------------------------------------------------------------------ interview schedule (candidates)
def n_interviews(rng, lang, key):
    dt = mdate(rng)
    day = later(dt, rng, 3, 10).date()
    cands = people(rng, 4)
    rows = ['%s | %dh%02d | %s' % (c, 9 + i, 0 if i % 2 == 0 else 30,
                                   rng.choice(L(lang, ['5 ans en dialyse, CHU', 'finissante DEC-BAC', 'retour de congé parental',
                                                       'expérience greffe hépatique'],
                                                  ['5 yrs dialysis, academic centre', 'new grad BScN', 'returning from parental leave',
                                                   'liver transplant background'])))
            for i, c in enumerate(cands)]
    if lang == 'fr':
        subj = 'Entrevues — poste infirmière coordonnatrice greffe'
        body = ('Bonjour,\n\nVoici l\'horaire des entrevues du %s (salle C-305) :\n\nCandidat(e) | Heure | Note\n%s\n\n'
                'Grille d\'évaluation en pièce jointe. Merci de ne pas diffuser les CV hors du comité de sélection.\n\n%s'
                % (date_fr(day), '\n'.join(rows), signature('sauve', 'fr')))
    else:
        subj = 'Interviews - transplant nurse coordinator position'
        body = ('Hello,\n\nInterview schedule for %s (room C-305):\n\nCandidate | Time | Note\n%s\n\n'
                'Scoring grid attached. Please keep the CVs within the selection committee.\n\n%s'
                % (date_en(day), '\n'.join(rows), signature('sauve', 'en')))
    grid = A.docx(L(lang, 'Grille d\'évaluation — entrevue', 'Interview scoring grid'),
                  [L(lang, 'Critères notés de 1 à 5.', 'Criteria scored 1 to 5.')],
                  table=[[L(lang, 'Critère', 'Criterion'), L(lang, 'Pondération', 'Weight'), 'Score'],
                         [L(lang, 'Connaissances en greffe rénale', 'Kidney transplant knowledge'), '30 %', ''],
                         [L(lang, 'Communication bilingue', 'Bilingual communication'), '25 %', ''],
                         [L(lang, 'Gestion des priorités', 'Priority management'), '25 %', ''],
                         [L(lang, 'Travail d\'équipe', 'Teamwork'), '20 %', '']], when=dt)
    return neg(key, 'interviews', lang, L(lang, 'horaire d\'entrevues de candidats', 'candidate interview schedule'),
               person('sauve'), [person('ducharme'), person('charette'), person('brisebois')], subj, body, dt,
               atts=[A.att_docx(L(lang, 'grille_entrevue.docx', 'interview_grid.docx'), grid)])


# ------------------------------------------------------------------ nursing assignment (staff roster)
def n_roster(rng, lang, key):
    dt = mdate(rng)
    staffs = people(rng, 6)
    pods = ['A', 'B', 'C', 'D']
    lines = []
    for i, s in enumerate(staffs[:4]):
        lines.append('%s %s | %s | %s' % (L(lang, 'Module', 'Pod'), pods[i], s,
                                          L(lang, 'postes %d à %d', 'chairs %d-%d') % (i * 5 + 1, i * 5 + 5)))
    if lang == 'fr':
        subj = 'Assignation HD — %s' % day_fr(dt.date())
        body = ('Bonjour,\n\nAssignation du quart de jour :\n\n%s\n\nResponsable du quart : %s. Ressource (cathéters / '
                'ponctions difficiles) : %s. Pause dîner en deux vagues (11h30 / 12h15).\n\n%s'
                % ('\n'.join(lines), staffs[4], staffs[5], staff('houle')['name']))
    else:
        subj = 'HD assignment - %s' % day_en(dt.date())
        body = ('Hi,\n\nDay shift assignment:\n\n%s\n\nCharge nurse: %s. Resource (catheters / difficult cannulation): %s. '
                'Lunch in two waves (11:30 / 12:15).\n\n%s' % ('\n'.join(lines), staffs[4], staffs[5], staff('houle')['name']))
    return neg(key, 'assignment', lang, L(lang, 'assignation du personnel infirmier', 'nursing staff assignment'),
               person('houle'), [GROUP['nurses']], subj, body, dt)


# ------------------------------------------------------------------ resident orientation
def n_orientation(rng, lang, key):
    dt = mdate(rng, rng.choice([6, 7, 12, 1]))
    start = later(dt, rng, 5, 15, hour=8).date()
    topics = L(lang, [('glomérulonéphrites et biopsie rénale', 'vachon'), ('immunosuppression et rejet', 'brisebois'),
                      ('hyperkaliémie et troubles acido-basiques', 'asante'), ('dialyse péritonéale', 'raman'),
                      ('accès vasculaires et hémodialyse', 'okafor')],
                  [('glomerulonephritis and kidney biopsy', 'vachon'), ('immunosuppression and rejection', 'brisebois'),
                   ('hyperkalemia and acid-base disorders', 'asante'), ('peritoneal dialysis', 'raman'),
                   ('vascular access and hemodialysis', 'okafor')])
    lines = ['%s — %s (%s)' % (day_fr(start + datetime.timedelta(days=i)) if lang == 'fr' else day_en(start + datetime.timedelta(days=i)),
                                t, dr(k, lang)) for i, (t, k) in enumerate(topics)]
    if lang == 'fr':
        subj = 'Orientation des résidents — stage de néphrologie'
        body = ('Bienvenue aux résidents de la période %d!\n\nSéances d\'orientation (8h, salle C-310) :\n\n%s\n\n'
                'Accès au DPE : présentez-vous au TI avec votre carte d\'identité d\'employé. Garde à partir du %s.\n\n%s'
                % (rng.randrange(1, 13), '\n'.join(lines), date_fr(start + datetime.timedelta(days=7)), signature('despres', 'fr', short=True)))
    else:
        subj = 'Resident orientation - nephrology rotation'
        body = ('Welcome to the block %d residents!\n\nOrientation sessions (8 am, room C-310):\n\n%s\n\n'
                'EMR access: go to IT with your employee ID card. Call starts %s.\n\n%s'
                % (rng.randrange(1, 13), '\n'.join(lines), date_en(start + datetime.timedelta(days=7)), signature('despres', 'en', short=True)))
    return neg(key, 'orientation', lang, L(lang, 'orientation des résidents', 'resident orientation schedule'),
               person('despres'), [('Résidents néphrologie', 'residents.nephro@' + DOM)], subj, body, dt)


# ------------------------------------------------------------------ sick call / replacement
def n_sick_call(rng, lang, key):
    dt = mdate(rng)
    who = people(rng, 1, 'F')[0]
    repl = rng.choice([n for n, _ in NEG_PEOPLE if n != who])
    if lang == 'fr':
        subj = rng.choice(['Absence — besoin de remplacement ce soir', 'Quart de soir à combler'])
        body = ('Bonjour,\n\n%s est absente ce soir (malade, gastro). Il manque une infirmière pour le quart de soir en HD, '
                '15h30-23h30, module C. %s a offert de faire un 4 h; quelqu\'un peut compléter? Temps supplémentaire autorisé.\n\n'
                'Merci de répondre à moi seulement.\n\n%s' % (who, repl, staff('houle')['name']))
    else:
        subj = rng.choice(['Sick call - need coverage tonight', 'Evening shift to fill'])
        body = ('Hi,\n\n%s called in sick tonight (stomach bug). We are short one nurse for the HD evening shift, 15:30-23:30, pod C. '
                '%s offered 4 hours; can anyone cover the rest? Overtime approved.\n\nPlease reply to me only.\n\n%s'
                % (who, repl, staff('houle')['name']))
    return neg(key, 'staffing', lang, L(lang, 'absence d\'une employée et remplacement', 'staff sick call and coverage'),
               person('houle'), [GROUP['nurses']], subj, body, dt)


# ------------------------------------------------------------------ mandatory training
def n_training(rng, lang, key):
    dt = mdate(rng)
    d1 = later(dt, rng, 7, 25, hour=9)
    names = people(rng, 5)
    if lang == 'fr':
        subj = rng.choice(['Formation obligatoire — nouveaux générateurs de dialyse', 'RCR — recertification',
                           'Formation PDSB'])
        body = ('Bonjour,\n\nLes personnes suivantes doivent compléter la formation d\'ici la fin du mois :\n\n%s\n\n'
                'Séance le %s à 9h, salle C-310 (durée 3 h). Inscription dans l\'environnement numérique d\'apprentissage. '
                'Les heures sont rémunérées.\n\n%s' % ('\n'.join('- ' + n for n in names), day_fr(d1.date()), signature('houle', 'fr')))
    else:
        subj = rng.choice(['Mandatory training - new dialysis machines', 'CPR recertification', 'Safe patient handling training'])
        body = ('Hello,\n\nThe following staff must complete training by month end:\n\n%s\n\nSession on %s at 9 am, room C-310 '
                '(3 h). Register in the learning portal. Paid time.\n\n%s'
                % ('\n'.join('- ' + n for n in names), day_en(d1.date()), signature('houle', 'en')))
    return neg(key, 'training', lang, L(lang, 'formation obligatoire du personnel', 'mandatory staff training'),
               person('houle'), [GROUP['nurses']], subj, body, dt)


# ------------------------------------------------------------------ retirement
def n_retirement(rng, lang, key):
    dt = mdate(rng)
    who = people(rng, 1)[0]
    yrs = rng.randrange(22, 38)
    party = later(dt, rng, 10, 25, hour=16)
    if lang == 'fr':
        subj = 'Départ à la retraite de %s — 5 à 7' % who
        body = ('Bonjour,\n\nAprès %d ans au programme — dont les débuts de la dialyse péritonéale à domicile en Outaouais et '
                'l\'ouverture de la clinique satellite de Hawkesbury — %s prend sa retraite!\n\nUn 5 à 7 aura lieu le %s au '
                'Bistro du Draveur (2e étage). Contribution suggérée pour le cadeau : 10 $, à remettre à Lise.\n\n%s'
                % (yrs, who, day_fr(party.date()), signature('ducharme', 'fr')))
    else:
        subj = 'Retirement of %s - send-off' % who
        body = ('Hi all,\n\nAfter %d years with the program - including launching home peritoneal dialysis in the region and '
                'opening the Hawkesbury satellite clinic - %s is retiring!\n\nSend-off on %s at 4 pm at the Bistro du Draveur '
                '(2nd floor). Suggested gift contribution: $10, to Lise.\n\n%s' % (yrs, who, day_en(party.date()), signature('ducharme', 'en')))
    return neg(key, 'retirement', lang, L(lang, 'annonce de départ à la retraite', 'retirement announcement'),
               person('ducharme'), [GROUP['all']], subj, body, dt, form=rng.choice(['html', 'alt']))


TEMPLATES = [
    (n_oncall, 5), (n_leave, 4), (n_payroll, 4), (n_occ_health, 4), (n_celebration, 4), (n_job, 5), (n_interviews, 4),
    (n_roster, 4), (n_orientation, 4), (n_sick_call, 4), (n_training, 4), (n_retirement, 4),
]
