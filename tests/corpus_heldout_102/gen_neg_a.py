"""Negative messages, part A: staff, HR, schedules, newsletters, invoices, recalls, conferences, committees, IT."""
from stdnum import luhn

import gen_docs as D
import gen_ids as I
from gen_common import signature, transport, quote, orig_header, on_wrote


def N(c, cat, lang, subject, frm, to, text, note, atts=None, cc=None, html=None, t=None, **kw):
    d = dict(cat=cat, lang=lang, subject=subject, frm=frm, to=to, text=text, types=[], note=note, atts=atts or [],
             cc=cc or [], html=html)
    d['t'] = t or transport(c, atts=bool(atts))
    d.update(kw)
    return d


def addr(s):
    return (s['disp'], s['email'])


def luhn_serial(rng, n):
    body = str(rng.randrange(1, 10)) + ''.join(str(rng.randrange(10)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


SPEC_FR = ['MII', 'hépatologie', 'endoscopie avancée (CPRE/EUS)', 'motilité', 'hépatite C', 'nutrition clinique',
           'cancer colorectal', 'greffe hépatique', 'maladie cœliaque', 'pancréas']
SPEC_EN = ['IBD', 'hepatology', 'advanced endoscopy (ERCP/EUS)', 'motility', 'hepatitis C', 'clinical nutrition',
           'colorectal cancer', 'liver transplant', 'coeliac disease', 'pancreas']
DAYS_FR = ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi']
DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']


# ------------------------------------------------------------------ on-call / room schedule
def n_oncall(c):
    rng = c.rng
    lang = c.pick('fr', 'en', 'fr')
    mgr = c.staff(role='mgr', lang=lang)
    docs = [c.staff(lang=lang, site=mgr['site']) for _ in range(6)]
    hdr = ['Jour', 'Salle 1', 'Salle 2', 'Garde GI', 'Clinique'] if lang == 'fr' else ['Day', 'Room 1', 'Room 2', 'GI on call', 'Clinic']
    rows = [hdr]
    for d in (DAYS_FR if lang == 'fr' else DAYS_EN):
        a, b, g, k = rng.sample(docs, 4)
        rows.append([d, 'Dr %s' % a['surname'], 'Dr %s' % b['surname'], 'Dr %s' % g['surname'],
                     '%s (%s)' % (k['surname'], rng.choice(SPEC_FR if lang == 'fr' else SPEC_EN))])
    week = c.future(3, 20)
    intro = (c.pick('Voici l\'horaire des salles et de la garde pour la semaine du %s.' % week,
                    'Horaire révisé — %s %s remplace %s %s mercredi.' % ('la Dre' if docs[0]['sex'] == 'F' else 'le Dr', docs[0]['surname'],
                                                                  'la Dre' if docs[1]['sex'] == 'F' else 'le Dr', docs[1]['surname'])) if lang == 'fr'
             else c.pick('Room and on-call schedule for the week of %s.' % week, 'Revised schedule - Dr. %s covering Dr. %s Wednesday.' % (docs[0]['surname'], docs[1]['surname'])))
    fmt = rng.choice(['inline', 'inline', 'xlsx', 'pdf'])
    subj = c.pick('Horaire endoscopie semaine du %s' % week, 'Garde GI — mise à jour', 'Horaire des salles') if lang == 'fr' else \
        c.pick('Endoscopy schedule week of %s' % week, 'GI call - update', 'Room schedule')
    to = [('Gastro - médecins', 'gastro-md@' + mgr['site']['dom'])]
    if fmt == 'inline':
        text = intro + '\n\n' + '\n'.join(' | '.join(r) for r in rows) + '\n' + signature(c, mgr, lang)
        return N(c, 'oncall_schedule', lang, subj, addr(mgr), to, text, 'physician room/on-call schedule', t=transport(c, kind=c.pick('html', 'alt', 'text')))
    text = intro + '\n' + signature(c, mgr, lang)
    if fmt == 'xlsx':
        att = {'filename': 'horaire_%s.xlsx' % week, 'ctype': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
               'data': D.xlsx([('Horaire', rows)])}
    else:
        att = {'filename': 'Horaire %s.pdf' % week, 'ctype': 'application/pdf', 'data': D.pdf([' | '.join(r) for r in rows], compress=c.chance(0.5))}
    return N(c, 'oncall_schedule', lang, subj, addr(mgr), to, text, 'physician schedule attachment', atts=[att])


# ------------------------------------------------------------------ leave requests
def n_leave(c):
    lang = c.pick('fr', 'en', 'fr')
    emp = c.staff(role='rn', lang=lang)
    mgr = c.staff(role='mgr', lang=lang, site=emp['site'])
    d1, d2 = c.future(20, 60), c.future(61, 80)
    if lang == 'fr':
        subj = c.pick('Demande de congé', 'Vacances été — approbation', 'RE: congé férié flottant')
        text = c.pick('Bonjour %s,\n\nJe souhaiterais prendre mes vacances du %s au %s. %s pourrait me remplacer en salle de réveil.\n\nMerci\n%s' %
                      (mgr['given'], d1, d2, c.staff()['given'], emp['given']),
                      'Bonjour %s,\n\nTa demande de congé du %s est approuvée. N\'oublie pas de l\'inscrire dans Logibec.\n%s' %
                      (emp['given'], d1, signature(c, mgr, lang)))
    else:
        subj = c.pick('Leave request', 'Summer vacation - approval', 'RE: floating holiday')
        text = c.pick('Hi %s,\n\nI would like to take vacation from %s to %s. %s can cover recovery.\n\nThanks\n%s' %
                      (mgr['given'], d1, d2, c.staff()['given'], emp['given']),
                      'Hi %s,\n\nYour leave on %s is approved. Please enter it in the scheduling system.\n%s' % (emp['given'], d1, signature(c, mgr, lang)))
    return N(c, 'hr_leave', lang, subj, addr(emp), [addr(mgr)], text, 'staff leave request')


# ------------------------------------------------------------------ occupational health of an employee
def n_occ_health(c):
    rng = c.rng
    lang = c.pick('fr', 'en', 'fr')
    emp = c.staff(role='rn', lang=lang)
    sst = c.staff(role='rn', lang=lang, site=emp['site'])
    v = rng.randrange(4)
    if lang == 'fr':
        opts = [('Résultat sérologie hépatite B — employé', 'Bonjour %s,\n\nVotre dosage anti-HBs est de 6 UI/L (non protecteur). Une dose de rappel '
                 'du vaccin est recommandée; présentez-vous au bureau de santé au travail (local B-114) mardi ou jeudi.\n' % emp['given']),
                ('TCT annuel — personnel d\'endoscopie', 'Bonjour,\n\nRappel : le test cutané à la tuberculine annuel est obligatoire pour le personnel '
                 'de l\'unité d\'endoscopie (bronchoscopies partagées). Lecture 48-72 h après l\'injection.\n'),
                ('Retour progressif — %s' % emp['given'], 'Bonjour,\n\n%s reprendra le travail en retour progressif (3 jours/sem.) à compter du %s, '
                 'selon l\'avis du médecin désigné. Aucune tâche de levée de plus de 10 kg.\n' % (emp['disp'], c.future(3, 14))),
                ('Exposition au sang — procédure', 'Rappel de la procédure après une piqûre accidentelle en salle d\'endoscopie : lavez, déclarez '
                 'au bureau SST dans l\'heure, rendez-vous à l\'urgence pour l\'évaluation de la prophylaxie.\n')]
    else:
        opts = [('Hepatitis B serology - employee', 'Hi %s,\n\nYour anti-HBs level is 6 IU/L (non-protective). A booster dose is recommended; '
                 'please come to Occupational Health (room B-114) Tuesday or Thursday.\n' % emp['given']),
                ('Annual TST - endoscopy staff', 'Hello,\n\nReminder: annual tuberculin skin testing is mandatory for Endoscopy Unit staff '
                 '(shared bronchoscopy suite). Reading 48-72 h after injection.\n'),
                ('Graduated return - %s' % emp['given'], 'Hello,\n\n%s will return on a graduated schedule (3 days/week) from %s per the '
                 'designated physician. No lifting over 10 kg.\n' % (emp['disp'], c.future(3, 14))),
                ('Blood exposure - procedure', 'Reminder of the needlestick procedure in the endoscopy suite: wash, report to Occupational '
                 'Health within the hour, go to the ER for prophylaxis assessment.\n')]
    subj, body = opts[v]
    text = body + signature(c, sst, lang, unit='Santé et sécurité au travail' if lang == 'fr' else 'Occupational Health')
    to = [addr(emp)] if v in (0, 2) else [('Personnel endoscopie', 'personnel.endo@' + emp['site']['dom'])]
    return N(c, 'occupational_health', lang, subj, addr(sst), to, text, 'employee occupational health (staff, not patient)')


# ------------------------------------------------------------------ payroll
def n_payroll(c):
    rng = c.rng
    lang = c.pick('fr', 'en')
    emp = c.staff(role='rn', lang=lang)
    pay = c.staff(role='clerk', lang=lang, site=emp['site'])
    hrs = rng.randrange(4, 30)
    emp_no = '%06d' % rng.randrange(10 ** 5, 10 ** 6)
    if lang == 'fr':
        subj = c.pick('Temps supplémentaire période 18', 'Correction paie — matricule %s' % emp_no, 'Prime de garde')
        text = ('Bonjour %s,\n\nLes %d heures de temps supplémentaire (garde CPRE de fin de semaine) seront payées sur la paie du %s. '
                'Matricule %s, code 021.\n' % (emp['given'], hrs, c.future(5, 20), emp_no))
    else:
        subj = c.pick('Overtime pay period 18', 'Pay correction - employee %s' % emp_no, 'On-call premium')
        text = ('Hi %s,\n\nThe %d overtime hours (weekend ERCP call) will be on the %s pay. Employee no. %s, code 021.\n' %
                (emp['given'], hrs, c.future(5, 20), emp_no))
    text += signature(c, pay, lang, unit='Service de la paie' if lang == 'fr' else 'Payroll')
    return N(c, 'payroll', lang, subj, addr(pay), [addr(emp)], text, 'staff payroll')


# ------------------------------------------------------------------ job posting
def n_job(c):
    rng = c.rng
    lang = c.pick('fr', 'en', 'fr')
    hr = c.staff(role='clerk', lang=lang)
    post = 'AF-%04d-%02d' % (rng.randrange(1000, 9999), rng.randrange(10, 99))
    if lang == 'fr':
        role = rng.choice(['Infirmière clinicienne — unité d\'endoscopie (temps complet, jour)', 'Préposé(e) au retraitement des endoscopes',
                           'Gastroentérologue — poste PEM, intérêt en MII', 'Infirmière pivot — programme de dépistage du cancer colorectal',
                           'Agente administrative — prise de rendez-vous endoscopie'])
        text = ('Affichage %s\n\n%s\n%s\n\nExigences : %s\nSalaire selon l\'échelle en vigueur. Date limite : %s.\n'
                'Postulez via le portail carrières en citant le numéro d\'affichage.\n' %
                (post, role, hr['site']['name'], c.pick('BAC en sciences infirmières, 2 ans d\'expérience en endoscopie ou bloc',
                                                         'DEP en retraitement des dispositifs médicaux', 'certification en gastroentérologie (CRMCC)',
                                                         'DEC en bureautique, bilinguisme'), c.future(10, 30)))
        subj = 'Affichage de poste %s' % post
    else:
        role = rng.choice(['Nurse clinician - Endoscopy Unit (full-time, days)', 'Endoscope reprocessing technician',
                           'Gastroenterologist - IBD interest', 'Nurse navigator - colorectal cancer screening', 'Booking clerk - endoscopy'])
        text = ('Posting %s\n\n%s\n%s\n\nRequirements: %s\nSalary per collective agreement. Closing date: %s.\n' %
                (post, role, hr['site']['name'], c.pick('BScN, 2 years endoscopy or OR experience', 'MDRD certificate',
                                                        'Royal College certification in gastroenterology', 'bilingual, office software'), c.future(10, 30)))
        subj = 'Job posting %s' % post
    text += signature(c, hr, lang, unit='Ressources humaines' if lang == 'fr' else 'Human Resources')
    return N(c, 'job_posting', lang, subj, addr(hr), [('Tout le personnel', 'tous@' + hr['site']['dom'])], text, 'job posting')


# ------------------------------------------------------------------ newsletters
def n_newsletter(c):
    rng = c.rng
    lang = c.pick('fr', 'en', 'fr')
    ed = c.staff(role='mgr', lang=lang)
    sp = c.staff(lang=lang, site=ed['site'])
    if lang == 'fr':
        subj = c.pick('Infolettre GI — %s' % c.pick('mars, mois de sensibilisation au cancer colorectal', 'Journée mondiale des MII', 'automne'),
                      'Le Bulletin du Service de gastroentérologie', 'Nouvelles de l\'unité d\'endoscopie')
        items = ['Le cancer colorectal est le 2e cancer le plus meurtrier au Québec; le dépistage par RSOSi dès 50 ans réduit la mortalité.',
                 'La maladie de Crohn et la colite ulcéreuse touchent plus de 320 000 Canadiens; la Dre %s présentera les nouveautés en '
                 'thérapies avancées le %s.' % (sp['surname'], c.future(5, 30)),
                 'Bienvenue à nos nouvelles infirmières en salle de réveil!',
                 'Rappel : l\'hépatite C se guérit en 8 à 12 semaines; pensez au dépistage chez vos patients à risque.',
                 'Statistique du trimestre : taux de détection des adénomes de l\'unité à 38 %.']
    else:
        subj = c.pick('GI Newsletter - %s' % c.pick('Colorectal Cancer Awareness Month', 'World IBD Day', 'Fall edition'),
                      'Division of Gastroenterology Bulletin', 'Endoscopy Unit News')
        items = ['Colorectal cancer is the second deadliest cancer in Canada; FIT screening from age 50 reduces mortality.',
                 "Crohn's and colitis affect over 320,000 Canadians; Dr. %s will present advanced therapy updates on %s." % (sp['surname'], c.future(5, 30)),
                 'Welcome to our new recovery room nurses!',
                 'Reminder: hepatitis C is curable in 8-12 weeks; consider screening at-risk patients.',
                 'Quarter stats: unit adenoma detection rate 38%.']
    rng.shuffle(items)
    text = '\n\n'.join('• ' + x for x in items[:rng.randrange(3, 6)]) + '\n\n' + signature(c, ed, lang)
    return N(c, 'newsletter', lang, subj, addr(ed), [('Liste GI', 'liste-gi@' + ed['site']['dom'])], text, 'departmental newsletter about diseases',
             t=transport(c, kind=c.pick('html', 'alt', 'alt')))


# ------------------------------------------------------------------ invoices and POs with serial numbers
def n_invoice(c):
    rng = c.rng
    lang = c.pick('fr', 'en')
    vend = c.pick(('Optiscope Médical inc.', 'factures@optiscope-medical.example'), ('EndoRepair Canada', 'ar@endorepair.example'),
                  ('Fournitures Boréales', 'comptes@fournitures-boreales.example'))
    buyer = c.staff(role='clerk', lang=lang)
    inv = 'F-%06d' % rng.randrange(10 ** 6)
    rows = [['Article', 'Description', 'N° de série / lot', 'Qté', 'Prix'] if lang == 'fr' else ['Item', 'Description', 'Serial / lot', 'Qty', 'Price']]
    for _ in range(rng.randrange(2, 6)):
        desc = rng.choice(['Réparation colonoscope CF-HQ190L', 'Pince à biopsie jetable 2,3 mm (boîte de 20)', 'Anse à polypectomie froide 10 mm',
                           'Clip hémostatique 235°', 'Valve à biopsie (boîte 100)', 'Gastroscope GIF-H190 — remplacement gaine',
                           'Brosse de nettoyage de canal'])
        sn = rng.choice([luhn_serial(rng, 9), luhn_serial(rng, 10), 'LOT %s%d' % (rng.choice(['BX', 'CL', 'SN']), rng.randrange(10 ** 5, 10 ** 6)),
                         '%d' % rng.randrange(10 ** 6, 10 ** 7)])
        rows.append([str(rng.randrange(10000, 99999)), desc, sn, str(rng.randrange(1, 6)), '%d,%02d $' % (rng.randrange(80, 14000), rng.randrange(100))])
    text = ((c.pick('Bonjour,\n\nVeuillez trouver ci-joint la facture %s pour la réparation et les fournitures.' % inv,
                    'Bonjour,\n\nFacture %s — paiement net 30 jours. Bon de commande BC-%d.' % (inv, rng.randrange(10 ** 5, 10 ** 6))))
            if lang == 'fr' else c.pick('Hello,\n\nPlease find attached invoice %s for the repair and supplies.' % inv,
                                        'Hello,\n\nInvoice %s - net 30. PO %d.' % (inv, rng.randrange(10 ** 5, 10 ** 6))))
    text += '\n\n' + vend[0] + '\nTPS 81234 5678 RT0001 / TVQ 1219876543 TQ0001\n'
    fmt = rng.choice(['pdf', 'xlsx', 'inline'])
    subj = ('Facture %s' % inv) if lang == 'fr' else ('Invoice %s' % inv)
    to = [addr(buyer), ('Comptes payables', 'cp@' + buyer['site']['dom'])]
    if fmt == 'inline':
        return N(c, 'invoice', lang, subj, vend, to, text + '\n' + '\n'.join(' | '.join(r) for r in rows), 'supplier invoice with serial numbers')
    if fmt == 'pdf':
        att = {'filename': '%s.pdf' % inv, 'ctype': 'application/pdf', 'data': D.pdf(['# FACTURE ' + inv] + [' | '.join(r) for r in rows], compress=c.chance(0.5))}
    else:
        att = {'filename': '%s.xlsx' % inv, 'ctype': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'data': D.xlsx([('Facture', rows)])}
    return N(c, 'invoice', lang, subj, vend, to, text, 'supplier invoice with serial numbers', atts=[att])


# ------------------------------------------------------------------ supplier recall
def n_recall(c):
    rng = c.rng
    lang = c.pick('fr', 'en', 'fr')
    qa = c.staff(role='mgr', lang=lang)
    lots = ', '.join('%s%d' % (rng.choice(['2406', '2411', '2502']), rng.randrange(1000, 9999)) for _ in range(rng.randrange(2, 5)))
    prod = rng.choice([('duodénoscope TJF-Q190V (capuchon distal)', 'TJF-Q190V duodenoscope (distal cap)'),
                       ('pince à biopsie BX-230', 'BX-230 biopsy forceps'), ('solution désinfectante OPA 0,55 %', 'OPA 0.55% disinfectant'),
                       ('sachets de PEG 3350 « ColoPrep »', '"ColoPrep" PEG 3350 sachets')])
    if lang == 'fr':
        subj = 'AVIS DE RAPPEL — %s' % prod[0]
        text = ('Bonjour,\n\nLe fabricant émet un rappel volontaire de classe II pour : %s, lots %s. Risque : %s.\n'
                'Action : retirer les produits des salles, les mettre en quarantaine au magasin et remplir le formulaire de retour. '
                'Aucun événement indésirable n\'a été rapporté dans notre établissement.\n' %
                (prod[0], lots, c.pick('contamination résiduelle après retraitement', 'défaut de scellage de l\'emballage stérile', 'étiquetage erroné de la concentration')))
    else:
        subj = 'RECALL NOTICE - %s' % prod[1]
        text = ('Hello,\n\nThe manufacturer has issued a voluntary Class II recall for: %s, lots %s. Risk: %s.\n'
                'Action: remove product from rooms, quarantine in stores and complete the return form. No adverse events reported here.\n' %
                (prod[1], lots, c.pick('residual contamination after reprocessing', 'sterile packaging seal failure', 'incorrect concentration labelling')))
    text += signature(c, qa, lang, unit='Gestion des risques' if lang == 'fr' else 'Risk Management')
    return N(c, 'supplier_recall', lang, subj, addr(qa), [('Chefs d\'unité', 'chefs@' + qa['site']['dom'])], text, 'supplier recall with lot numbers')


# ------------------------------------------------------------------ conference programme
def n_conference(c):
    rng = c.rng
    lang = c.pick('fr', 'en', 'fr')
    org = c.staff(lang=lang)
    spk = [c.staff(lang=lang) for _ in range(5)]
    tf = ['Prise en charge de la cirrhose décompensée', 'Thérapies avancées dans la colite ulcéreuse', 'Dépistage du CHC : qui, quand, comment',
          'Qualité en coloscopie : TDA et préparation', 'Hépatite C : vers l\'élimination', 'Le patient cœliaque réfractaire',
          'Saignement digestif haut : mise à jour 2025']
    te = ['Managing decompensated cirrhosis', 'Advanced therapies in ulcerative colitis', 'HCC surveillance: who, when, how',
          'Colonoscopy quality: ADR and bowel prep', 'Hepatitis C: towards elimination', 'Refractory coeliac disease', 'Upper GI bleeding: 2025 update']
    topics = tf if lang == 'fr' else te
    rng.shuffle(topics)
    day = c.future(20, 80)
    lines = []
    h = 8
    for s, t in zip(spk, topics):
        lines.append('%d h 00 — %s — Dr%s %s %s' % (h, t, 'e' if rng.random() < 0.4 else '', s['given'], s['surname']) if lang == 'fr'
                     else '%d:00 - %s - Dr. %s %s' % (h, t, s['given'], s['surname']))
        h += 1
    if lang == 'fr':
        subj = c.pick('Programme — Journée de gastroentérologie %s' % day[:4], 'Invitation : journée scientifique GI', '6 crédits FMOQ — programme')
        text = 'Chers collègues,\n\nVoici le programme de notre journée scientifique du %s (auditorium B) :\n\n%s\n\nInscription gratuite pour les résidents.\n' % (day, '\n'.join(lines))
    else:
        subj = c.pick('Programme - GI Day %s' % day[:4], 'Invitation: GI scientific day', '6 CME credits - programme')
        text = 'Dear colleagues,\n\nHere is the programme for our scientific day on %s (Auditorium B):\n\n%s\n\nFree for residents.\n' % (day, '\n'.join(lines))
    text += signature(c, org, lang)
    atts = []
    if c.chance(0.4):
        atts.append({'filename': 'journee_gi.ics' if lang == 'fr' else 'gi_day.ics', 'ctype': 'text/calendar', 'ctype_extra': '; method=PUBLISH',
                     'text': D.ics('gi-day-%s@%s' % (day, org['site']['dom']), day.replace('-', '') + 'T080000', day.replace('-', '') + 'T160000',
                                   subj, 'Programme: ' + '; '.join(topics[:5]), 'Auditorium B', (org['disp'], org['email']), method='PUBLISH'),
                     'charset': 'utf-8', 'cte': 'base64'})
    return N(c, 'conference', lang, subj, addr(org), [('Médecins et résidents', 'md-res@' + org['site']['dom'])], text,
             'conference programme with speakers and disease topics', atts=atts)


# ------------------------------------------------------------------ committee notice
def n_committee(c):
    rng = c.rng
    lang = c.pick('fr', 'en', 'fr')
    ch = c.staff(role='mgr', lang=lang)
    day = c.future(5, 30)
    if lang == 'fr':
        subj = c.pick('Convocation — comité qualité endoscopie', 'Comité de prévention des infections — ordre du jour', 'Comité des tumeurs digestives : calendrier')
        text = ('Bonjour,\n\nLa prochaine réunion aura lieu le %s à 12 h (salle 4.210 et Teams).\n\nOrdre du jour :\n1. Adoption du compte rendu\n'
                '2. Audit de retraitement des endoscopes — résultats T3\n3. Taux de préparation inadéquate (cible < 10 %%)\n4. Événements indésirables '
                'déclarés (agrégés)\n5. Varia\n' % day)
    else:
        subj = c.pick('Notice - Endoscopy Quality Committee', 'Infection Prevention Committee - agenda', 'GI Tumour Board: schedule')
        text = ('Hello,\n\nNext meeting: %s at noon (room 4.210 and Teams).\n\nAgenda:\n1. Approval of minutes\n2. Scope reprocessing audit - Q3 results\n'
                '3. Inadequate prep rate (target < 10%%)\n4. Reported adverse events (aggregate)\n5. Other business\n' % day)
    text += signature(c, ch, lang)
    return N(c, 'committee_notice', lang, subj, addr(ch), [('Membres du comité', 'comite.qualite@' + ch['site']['dom'])], text, 'committee notice')


# ------------------------------------------------------------------ IT notices
def n_it(c):
    rng = c.rng
    lang = c.pick('fr', 'en', 'fr')
    it = c.staff(role='clerk', lang=lang)
    v = rng.randrange(4)
    day = c.future(2, 20)
    if lang == 'fr':
        opts = [('Interruption — logiciel de rapports d\'endoscopie EndoWriter', 'Le logiciel EndoWriter sera indisponible le %s de 18 h à 22 h '
                 '(mise à niveau 7.4). Utilisez les formulaires papier; la saisie se fera au retour.' % day),
                ('Hameçonnage : faux courriel « RAMQ remboursement »', 'Un courriel frauduleux prétendant venir de la RAMQ circule. Ne cliquez pas sur le lien '
                 'et transférez-le à securite@ en pièce jointe.'),
                ('Nouveau poste de travail en salle 3', 'Le poste de la salle 3 (actif n° %s) sera remplacé jeudi. Les images du processeur vidéo '
                 'seront transférées au PACS comme avant.' % luhn_serial(rng, 10)),
                ('Expiration des mots de passe', 'Votre mot de passe réseau expire dans 5 jours. Rendez-vous sur le portail libre-service.')]
    else:
        opts = [('Outage - EndoWriter endoscopy reporting', 'EndoWriter will be unavailable on %s from 6 to 10 p.m. (upgrade 7.4). Use paper forms.' % day),
                ('Phishing: fake "health insurance refund" e-mail', 'A fraudulent e-mail claiming to be from RAMQ is circulating. Do not click; forward it as an attachment to security@.'),
                ('New workstation in Room 3', 'The Room 3 workstation (asset no. %s) will be replaced Thursday. Video processor images will go to PACS as before.' % luhn_serial(rng, 10)),
                ('Password expiry', 'Your network password expires in 5 days. Please use the self-service portal.')]
    subj, body = opts[v]
    text = 'Bonjour,\n\n' + body + '\n' + signature(c, it, lang, unit='Direction des ressources informationnelles') if lang == 'fr' else \
        'Hello,\n\n' + body + '\n' + signature(c, it, lang, unit='IT Service Desk')
    return N(c, 'it_notice', lang, subj, ('Service desk TI', 'servicedesk@' + it['site']['dom']), [('Utilisateurs GI', 'gi-users@' + it['site']['dom'])],
             text, 'IT notice')
