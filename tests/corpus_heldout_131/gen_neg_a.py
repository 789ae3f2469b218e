"""Negatives, part A (bilingual): newsletters, HR, payroll, occupational
health, schedules, committees, conferences, job postings, staff news."""
import datetime

from gen_build import Mail, workday_after
from gen_docs import Att, docx, ics, pdf, vcard, xlsx
from gen_neg_common import (EXTRA_STAFF_EN, EXTRA_STAFF_FR, MDS, NURSES, S, SPEAKERS_EN, SPEAKERS_FR, serial9,
                            spaced)
from gen_pos_common import dstr
from gen_util import DEPT_EN, DEPT_FR, ORG_EN, ORG_FR, signature, strip_accents

ALL = [('fr', 'Tous — Ophtalmologie', 'ophtalmo-tous@deuxrives.example'),
       ('en', 'All — Ophthalmology', 'ophtalmo-tous@deuxrives.example')]


def _all(c):
    return [(ALL[0][1], ALL[0][2])] if c.lang == 'fr' else [(ALL[1][1], ALL[1][2])]


def newsletter(g, c):
    r = g.rng
    fr = c.lang == 'fr'
    md1, md2 = [S[k] for k in r.sample(MDS[:9], 2)]
    inj = r.randint(1100, 1600)
    wait = r.randint(4, 11)
    if fr:
        title = r.choice(['Le Coin de la rétine', "L'Œil du service", 'Info-Ophtalmo'])
        items = ['%s — no %d, %s' % (title, r.randint(12, 48), dstr(c, c.when.date(), 'long')), '',
                 'BIENVENUE', '%s se joint à l\'équipe à titre de %s. Elle traite principalement la DMLA, '
                 'l\'œdème maculaire diabétique et les occlusions veineuses; bienvenue!' % (
                     S['ducharme'].named('fr'), S['ducharme'].role_fr) if r.random() < 0.5 else
                 '%s (%s) reprend la clinique de glaucome du jeudi; les références pour glaucome à angle fermé '
                 'lui sont maintenant adressées directement.' % (S['benali'].named('fr'), S['benali'].role_fr), '',
                 'CHIFFRES DU TRIMESTRE',
                 '%d injections intravitréennes (+%d %%), délai médian pour la cataracte : %d mois, '
                 '0 endophtalmie déclarée.' % (inj, r.randint(3, 14), wait), '',
                 'FORMATION', '%s présentera « %s » aux rencontres du mercredi.' % (
                     md2.named('fr'), r.choice(['Uvéites : quand penser à la sarcoïdose', 'Le kératocône en 2025',
                                                'Névrite optique et SEP : rôle de l\'ophtalmologiste',
                                                'Trous maculaires : positionnement ou pas?'])), '',
                 'BRAVO', 'Félicitations à %s, infirmière, pour ses 25 ans de service, et à %s pour la réussite de '
                 'son examen de certification.' % (r.choice(NURSES[:5]), S['cormier'].full), '',
                 'Pour vous désabonner, écrivez à communications@deuxrives.example.']
        subj = title + ' — bulletin du service'
    else:
        title = r.choice(['Retina Corner', 'Eye Dept Digest', 'The Lens'])
        items = ['%s — issue %d, %s' % (title, r.randint(12, 48), dstr(c, c.when.date(), 'long')), '',
                 'WELCOME', '%s joins us as %s. Her practice focuses on uveitis, scleritis and ocular '
                 'inflammation associated with rheumatic disease.' % (S['kourouma'].named('en'), S['kourouma'].role_en)
                 if r.random() < 0.5 else
                 '%s now runs the Tuesday neuro-ophthalmology clinic (optic neuritis, papilloedema, giant cell '
                 'arteritis work-ups).' % S['whitaker'].named('en'), '',
                 'BY THE NUMBERS', '%d intravitreal injections this quarter; median cataract wait %d months; '
                 'endophthalmitis rate 0.0%%.' % (inj, wait), '',
                 'ROUNDS', '%s will present "%s" on Wednesday.' % (md2.named('en'), r.choice(
                     ['Thyroid eye disease: the new biologics', 'Paediatric cataract pearls',
                      'When the optic disc looks swollen', 'Anti-VEGF switching strategies'])), '',
                 'KUDOS', 'Congratulations to %s (25 years of service) and to %s on passing certification.' % (
                     r.choice(NURSES[5:] + NURSES[:2]), S['poitras'].full), '',
                 'To unsubscribe, reply to communications@deuxrives.example.']
        subj = title + ' — department newsletter'
    return Mail(c, 'newsletter', 'department newsletter', S['comm'], _all(c), subj, '\n'.join(items),
                mode=r.choice(['html', 'alt', 'alt']))


def hr_leave(g, c):
    r = g.rng
    fr = c.lang == 'fr'
    mgr = S['nursemgr']
    names = r.sample((EXTRA_STAFF_FR if fr else EXTRA_STAFF_EN) + NURSES[:3], 5)
    start = workday_after(c.when, 20, 60, r)
    rows = [['Employé' if fr else 'Employee', 'Début' if fr else 'Start', 'Fin' if fr else 'End',
             'Type']]
    for n in names:
        s = start + datetime.timedelta(days=r.randint(0, 40))
        e = s + datetime.timedelta(days=r.choice([4, 7, 11, 14]))
        rows.append([n, s.isoformat(), e.isoformat(), r.choice(['Vacances', 'Férié mobile', 'Congé parental',
                                                                'Maladie (certificat reçu)'] if fr else
                                                               ['Vacation', 'Float day', 'Parental leave',
                                                                'Sick leave (note received)'])])
    variant = r.randrange(3)
    if variant == 0:
        body = (['Bonjour à toutes et à tous,', '', 'Voici le calendrier des congés approuvé pour les prochaines semaines. '
                 'Les échanges doivent passer par moi.', ''] if fr else
                ['Hi everyone,', '', 'Approved leave calendar for the coming weeks below. Swaps go through me.', ''])
        body += ['\t'.join(x) for x in rows] + ['', mgr.full, mgr.role_fr if fr else mgr.role_en]
        mode = r.choice(['alt', 'html'])
        atts = []
    elif variant == 1:
        body = (['Bonjour,', '', 'Le tableau des congés est joint (version finale).', '', mgr.full] if fr else
                ['Hello,', '', 'Leave schedule attached (final version).', '', mgr.full])
        atts = [Att('xlsx', 'conges_ete.xlsx' if fr else 'leave_schedule.xlsx', data=xlsx([('Congés' if fr else 'Leave', rows)],
                                                                                     when=c.when),
                    ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')]
        mode = None
    else:
        who = r.choice(names)
        body = ([greeting_fr(), '', '%s sera en congé de maladie à compter du %s pour environ six semaines. '
                 'Merci de couvrir ses plages de la clinique de glaucome selon la liste de rappel.' % (who, dstr(c, start, 'long')),
                 '', 'Aucune information médicale ne sera transmise; les questions vont à la santé au travail.', '',
                 mgr.full] if fr else
                ['Hello team,', '', '%s will be on medical leave starting %s for about six weeks. Please cover the '
                 'glaucoma clinic slots per the call-in list.' % (who, dstr(c, start, 'long')), '',
                 'Questions about the leave itself go to Occupational Health.', '', mgr.full])
        atts, mode = [], None
    subj = (['Calendrier des congés approuvé', 'Congés — version finale', 'Absence — couverture de la clinique'] if fr else
            ['Approved leave calendar', 'Leave schedule — final', 'Staff absence — clinic cover'])[variant]
    return Mail(c, 'hr_leave', 'staff leave schedule', mgr, _all(c), subj, '\n'.join(body), atts=atts, mode=mode)


def greeting_fr():
    return 'Bonjour à tous,'


def payroll(g, c):
    r = g.rng
    fr = c.lang == 'fr'
    emp = r.choice(EXTRA_STAFF_FR if fr else EXTRA_STAFF_EN)
    matricule = serial9(r)
    pp = r.randint(1, 26)
    amt = '%d,%02d $' % (r.randint(80, 900), r.randint(0, 99)) if fr else '$%d.%02d' % (r.randint(80, 900), r.randint(0, 99))
    if fr:
        body = ['Bonjour %s,' % emp.split()[0], '',
                'Suite à votre demande, un ajustement de %s sera versé à la période de paie %d pour les heures '
                'de garde du bloc non payées.' % (amt, pp), '',
                'Matricule : %s' % spaced(matricule, [3, 3, 3]), 'Code de paie : 0412 — prime de soir', '',
                'Le relevé modifié sera disponible dans le portail Employé.', '', signature(S['payroll'], 'fr', short=True),
                S['payroll'].phone]
        subj = 'Correction de paie — période %d' % pp
    else:
        body = ['Hi %s,' % emp.split()[0], '',
                'An adjustment of %s will be paid on pay period %d for the unpaid OR on-call hours.' % (amt, pp), '',
                'Employee no.: %s' % spaced(matricule, [3, 3, 3]), 'Earnings code: 0412 — evening premium', '',
                'Your corrected pay stub will be in the Employee portal.', '', 'Payroll Services', S['payroll'].phone]
        subj = 'Pay correction — period %d' % pp
    return Mail(c, 'payroll', 'payroll correction for an employee', S['payroll'],
                [(emp, strip_accents(emp).lower().replace(' ', '.') + '@deuxrives.example')], subj, '\n'.join(body))


def occupational_health(g, c):
    r = g.rng
    fr = c.lang == 'fr'
    emp = r.choice([S['poitras'], S['cormier'], S['menard']])
    v = r.randrange(3)
    if v == 0:
        if fr:
            body = ['Bonjour,', '', 'Déclaration d\'événement — accident de travail', '',
                    'Employé : %s, %s' % (emp.full, emp.role_fr),
                    'Événement : projection de solution désinfectante dans l\'œil gauche lors du nettoyage du '
                    'tonomètre, salle 4, %s vers 10 h.' % dstr(c, c.when.date(), 'long'),
                    'Premiers soins : rinçage 15 minutes à la douche oculaire, vu au bureau de santé du personnel.',
                    'Arrêt de travail : non.', '',
                    'Mesure corrective : lunettes de protection obligatoires au poste de nettoyage.', '',
                    S['nursemgr'].full, S['nursemgr'].role_fr]
            subj = 'Déclaration d\'accident de travail — salle 4'
        else:
            body = ['Hello,', '', 'Workplace incident report', '', 'Employee: %s, %s' % (emp.full, emp.role_en),
                    'Event: splash of disinfectant into the left eye while cleaning the tonometer, room 4, '
                    '%s around 10:00.' % dstr(c, c.when.date(), 'long'),
                    'First aid: 15-minute eyewash, assessed by Employee Health.', 'Lost time: none.', '',
                    'Corrective action: safety glasses mandatory at the cleaning station.', '', S['nursemgr'].full]
            subj = 'Workplace incident report — room 4'
    elif v == 1:
        if fr:
            body = ['Bonjour à tous,', '', 'Deux membres du personnel de la clinique externe ont une conjonctivite '
                    'virale confirmée par le bureau de santé et sont retirés jusqu\'à la fin des symptômes.',
                    'Rappel : hygiène des mains, désinfection des lampes à fente et tonomètres entre chaque patient, '
                    'pas de partage de gouttes.', '', 'Prévention et contrôle des infections']
            subj = 'Conjonctivite chez le personnel — mesures PCI'
        else:
            body = ['Hi all,', '', 'Two outpatient clinic staff have confirmed viral conjunctivitis and are off until '
                    'symptoms resolve (per Employee Health).', 'Reminder: hand hygiene, wipe slit lamps and tonometers '
                    'between patients, never share drop bottles.', '', 'Infection Prevention & Control']
            subj = 'Staff conjunctivitis — IPAC reminder'
    else:
        d = workday_after(c.when, 3, 14, r)
        if fr:
            body = ['Bonjour,', '', 'La clinique de vaccination antigrippale du personnel aura lieu le %s, de 7 h 30 à '
                    '15 h 30, local B-112. Apportez votre carte d\'employé.' % dstr(c, d, 'long'),
                    'Les essais d\'ajustement N95 se tiendront au même endroit.', '', 'Santé et sécurité au travail',
                    'poste 2250']
            subj = 'Vaccination antigrippale du personnel'
        else:
            body = ['Hello,', '', 'Staff flu clinic on %s, 7:30–15:30, room B-112. Bring your badge.' % dstr(c, d, 'long'),
                    'N95 fit testing at the same location.', '', 'Occupational Health & Safety', 'ext. 2250']
            subj = 'Staff flu vaccination clinic'
    return Mail(c, 'occupational_health', 'staff occupational health notice', S['nursemgr'] if v != 1 else
                ('PCI' if fr else 'IPAC', 'pci@deuxrives.example'), _all(c), subj, '\n'.join(body))


def schedule(g, c):
    r = g.rng
    fr = c.lang == 'fr'
    mds = [S[k] for k in MDS[:9]]
    start = workday_after(c.when, 7, 20, r)
    while start.weekday() != 0:
        start += datetime.timedelta(days=1)
    days = ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi'] if fr else ['Monday', 'Tuesday', 'Wednesday',
                                                                           'Thursday', 'Friday']
    clinics = (['Rétine', 'Glaucome', 'Cornée', 'Pédiatrie', 'Neuro-ophtalmo', 'Uvéite', 'Bloc 3', 'Garde'] if fr else
               ['Retina', 'Glaucoma', 'Cornea', 'Paeds', 'Neuro-ophth', 'Uveitis', 'OR 3', 'On call'])
    rows = [['Jour' if fr else 'Day', 'AM', 'PM', 'Garde' if fr else 'Call']]
    for i, dname in enumerate(days):
        dd = start + datetime.timedelta(days=i)
        rows.append(['%s %s' % (dname, dd.strftime('%d/%m')),
                     '%s — %s' % (r.choice(mds).named(c.lang), r.choice(clinics)),
                     '%s — %s' % (r.choice(mds).named(c.lang), r.choice(clinics)),
                     r.choice(mds).named(c.lang)])
    if r.random() < 0.5:
        body = ([('Horaire médical semaine du %s' if fr else 'Physician schedule, week of %s') % dstr(c, start, 'long'), '']
                + ['\t'.join(x) for x in rows] + ['', 'Résidents : voir l\'horaire distinct.' if fr else
                                                   'Residents: see separate rota.', '', S['girouard'].full])
        atts, mode = [], r.choice(['html', 'alt'])
    else:
        body = ['Horaire en pièce jointe.' if fr else 'Schedule attached.', '', S['girouard'].full]
        atts = [Att('xlsx', ('horaire_' if fr else 'schedule_') + start.strftime('%Y%m%d') + '.xlsx',
                    data=xlsx([('Semaine' if fr else 'Week', rows)], when=c.when),
                    ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')]
        mode = None
    return Mail(c, 'schedule', 'physician clinic and call schedule', S['girouard'], _all(c),
                ('Horaire — semaine du %s' if fr else 'Schedule — week of %s') % dstr(c, start, 'iso'),
                '\n'.join(body), atts=atts, mode=mode)


def committee(g, c):
    r = g.rng
    fr = c.lang == 'fr'
    d = workday_after(c.when, 5, 20, r)
    v = r.randrange(2)
    if v == 0:
        if fr:
            items = ['Comité de pharmacologie — avis de convocation', 'Date : %s, 12 h, salle du conseil' % dstr(c, d, 'long'), '',
                     'Ordre du jour', '1. Adoption du procès-verbal', '2. Demande d\'ajout au formulaire : faricimab '
                     '(Vabysmo) pour la DMLA néovasculaire et l\'OMD — présentée par %s' % S['ducharme'].named('fr'),
                     '3. Biosimilaire du ranibizumab : plan de transition', '4. Gouttes sans agent de conservation pour '
                     'le glaucome : coûts', '5. Varia', '', S['pharm'].full + ', secrétaire du comité']
            subj = 'Convocation — Comité de pharmacologie'
        else:
            items = ['Pharmacy & Therapeutics Committee — notice of meeting', 'Date: %s, 12:00, boardroom' % dstr(c, d, 'long'), '',
                     'Agenda', '1. Minutes', '2. Formulary request: faricimab (Vabysmo) for neovascular AMD and DME — '
                     'presented by %s' % S['ducharme'].named('en'), '3. Ranibizumab biosimilar transition',
                     '4. Preservative-free glaucoma drops: cost review', '5. Other business', '', S['pharm'].full + ', secretary']
            subj = 'Notice — P&T Committee'
    else:
        if fr:
            items = ['Comité qualité et sécurité — ophtalmologie', 'Rencontre du %s' % dstr(c, d, 'long'), '',
                     'Indicateurs du trimestre : 3 412 chirurgies de cataracte, 2 ruptures capsulaires postérieures '
                     '(0,06 %), 1 endophtalmie (0,03 %), 14 incidents déclarés (AH-223) dont 9 liés à l\'étiquetage '
                     'des seringues d\'IVT.', 'Présentation : %s — revue des chutes en clinique externe.' % S['nursemgr'].full,
                     '', 'Merci de confirmer votre présence.']
            subj = 'Comité qualité — indicateurs et ordre du jour'
        else:
            items = ['Quality & Safety Committee — Ophthalmology', 'Meeting on %s' % dstr(c, d, 'long'), '',
                     'Quarterly indicators: 3,412 cataract cases, 2 posterior capsule ruptures (0.06%), 1 endophthalmitis '
                     '(0.03%), 14 incident reports, 9 related to intravitreal syringe labelling.',
                     'Presentation: %s — falls in the outpatient clinic.' % S['nursemgr'].full, '', 'Please confirm attendance.']
            subj = 'Quality committee — indicators and agenda'
    return Mail(c, 'committee', 'committee meeting notice', S['nolet'] if v else S['pharm'], _all(c), subj,
                '\n'.join(items))


def conference(g, c):
    r = g.rng
    fr = c.lang == 'fr'
    d = workday_after(c.when, 25, 70, r)
    sp = r.sample(SPEAKERS_FR if fr else SPEAKERS_EN, 3)
    topics = (['DMLA néovasculaire : traitement et extension', 'Glaucome à angle fermé chez le sujet âgé',
               'Rétinopathie diabétique : dépistage par IA', 'Kératocône et réticulation', 'Uvéites pédiatriques'] if fr else
              ['Neovascular AMD: treat-and-extend', 'Angle-closure glaucoma in the elderly',
               'AI screening for diabetic retinopathy', 'Keratoconus and cross-linking', 'Paediatric uveitis'])
    r.shuffle(topics)
    prog = [('Journée d\'ophtalmologie des Deux-Rives — %s' if fr else 'Deux-Rives Ophthalmology Day — %s') % dstr(c, d, 'long'), '']
    t = 8
    for (name, inst), topic in zip(sp + [(S['benali'].named(c.lang), ORG_FR if fr else ORG_EN)], topics):
        prog.append('%d h 30 — %s — %s (%s)' % (t, topic, name, inst) if fr else '%d:30 — %s — %s (%s)' % (t, topic, name, inst))
        t += 1
    prog += ['', 'Crédits : 6 heures de DPC reconnues.' if fr else 'Accredited for 6 CME hours.',
             'Inscription : 75 $ (résidents gratuit)' if fr else 'Registration: $75 (residents free)']
    atts = []
    if r.random() < 0.5:
        atts = [Att('pdf', 'programme.pdf' if fr else 'program.pdf', data=pdf(['# ' + prog[0]] + prog[1:],
                                                                               title='Programme', when=c.when),
                    ctype='application/pdf')]
        body = ['Bonjour,' if fr else 'Hello,', '', 'Le programme de la journée est joint.' if fr else
                'The programme is attached.', '', S['comm'].full]
    else:
        body = prog + ['', S['comm'].full]
    return Mail(c, 'conference', 'conference programme', S['comm'], _all(c),
                'Programme — Journée d\'ophtalmologie' if fr else 'Programme — Ophthalmology Day', '\n'.join(body),
                atts=atts)


def job_posting(g, c):
    r = g.rng
    fr = c.lang == 'fr'
    role = r.choice([('Orthoptiste', 'Orthoptist'), ('Technicien(ne) en ophtalmologie', 'Ophthalmic technician'),
                     ('Infirmier(ère) clinicien(ne) — clinique d\'injections', 'Nurse clinician — injection clinic'),
                     ('Optométriste — clinique basse vision', 'Optometrist — low-vision clinic')])
    num = 'AFF-%d-%04d' % (c.when.year, r.randint(100, 9999))
    if fr:
        body = ['Affichage %s' % num, '', 'Poste : %s, temps complet, jour' % role[0], 'Service : ' + DEPT_FR,
                'Échelle salariale : selon la convention collective', '',
                'Fonctions : réaliser les examens (OCT, champ visuel, biométrie), préparer les patients pour les '
                'injections intravitréennes, participer à l\'enseignement.', '',
                'Exigences : permis d\'exercice valide, 2 ans d\'expérience en ophtalmologie un atout.', '',
                'Postuler avant le %s : emplois@deuxrives.example' % dstr(c, workday_after(c.when, 14, 30, r), 'long')]
        subj = 'Affichage de poste — %s' % role[0]
    else:
        body = ['Posting %s' % num, '', 'Position: %s, full time, days' % role[1], 'Department: ' + DEPT_EN,
                'Salary: per collective agreement', '',
                'Duties: perform OCT, visual fields and biometry, prepare patients for intravitreal injections, '
                'support teaching.', '', 'Requirements: valid licence; 2 years of ophthalmic experience an asset.', '',
                'Apply by %s: jobs@deuxrives.example' % dstr(c, workday_after(c.when, 14, 30, r), 'long')]
        subj = 'Job posting — %s' % role[1]
    return Mail(c, 'job_posting', 'internal job posting', S['ferland'], _all(c), subj, '\n'.join(body),
                mode=r.choice([None, 'html']))


def staff_birthday(g, c):
    r = g.rng
    fr = c.lang == 'fr'
    v = r.randrange(2)
    if v == 0:
        who = r.choice(EXTRA_STAFF_FR if fr else EXTRA_STAFF_EN)
        bd = datetime.date(r.randint(1965, 1995), c.when.month, min(28, c.when.day + r.randint(1, 5)))
        body = (['Bonjour la gang,', '', 'Vendredi on souligne l\'anniversaire de %s (née le %s — je ne dirai pas '
                 'l\'année... ah oui, %d!). Gâteau à 15 h à la salle du personnel, contribution volontaire de 5 $.'
                 % (who, dstr(c, bd, 'long'), bd.year), '', S['girouard'].given] if fr else
                ['Hi all,', '', "Friday we're celebrating %s's birthday (born %s — the year is a secret... fine, %d). "
                 'Cake at 3 pm in the staff lounge, $5 voluntary.' % (who, dstr(c, bd, 'long'), bd.year), '',
                 S['girouard'].given])
        subj = 'Fête vendredi 🎂' if fr else 'Birthday cake Friday 🎂'
    else:
        who = S['cormier']
        bd = c.when.date() - datetime.timedelta(days=r.randint(2, 9))
        baby = r.choice(['Éloïse', 'Arthur', 'Maëlle', 'Zack'])
        body = (['Bonjour à tous,', '', 'Bonne nouvelle : %s a accouché de %s le %s, 3,4 kg. Maman et bébé vont très '
                 'bien. Une carte circule au poste infirmier.' % (who.full, baby, dstr(c, bd, 'long')), '',
                 S['nursemgr'].full] if fr else
                ['Hi everyone,', '', 'Great news: %s had baby %s on %s, 7 lb 8 oz. Mom and baby are doing well. '
                 'A card is going around at the nursing station.' % (who.full, baby, dstr(c, bd, 'long')), '',
                 S['nursemgr'].full])
        subj = 'Bienvenue bébé!' if fr else 'Baby news!'
    return Mail(c, 'staff_news', 'staff social news', S['girouard'] if v == 0 else S['nursemgr'], _all(c), subj,
                '\n'.join(body), mode=r.choice(['plain', 'html', 'alt']))


def candidate(g, c):
    r = g.rng
    fr = c.lang == 'fr'
    name = r.choice(['Audrey Lamontagne', 'Maxime Bérubé', 'Priyanka Rao', 'Jonathan Ebert'])
    phone = '514-555-01%02d' % r.randint(0, 99)
    lines = ['# ' + name, ('Optométriste' if fr else 'Optometrist') + ' — ' + phone,
             ('Formation : OD, Université du Littoral-Nord (2019)' if fr else 'Education: OD, Northern Plains University (2019)'),
             ('Expérience : 5 ans en clinique privée, résidence en basse vision' if fr else
              'Experience: 5 years private practice, low-vision residency'),
             ('Langues : français, anglais' if fr else 'Languages: English, French')]
    body = (['Bonjour Dr Nolet,', '', 'Voici le CV de la candidature reçue pour le poste en basse vision. '
             'Entrevue proposée le %s à 13 h.' % dstr(c, workday_after(c.when, 4, 12, r), 'long'), '',
             S['ferland'].full, S['ferland'].role_fr] if fr else
            ['Dear Dr. Nolet,', '', 'Attached is the CV received for the low-vision position. Proposed interview on '
             '%s at 1 pm.' % dstr(c, workday_after(c.when, 4, 12, r), 'long'), '', S['ferland'].full, S['ferland'].role_en])
    return Mail(c, 'candidate', 'job candidate CV to hiring manager', S['ferland'], [S['nolet']],
                ('Candidature — poste basse vision' if fr else 'Candidate — low-vision position'), '\n'.join(body),
                atts=[Att('pdf', 'CV_%s.pdf' % name.split()[1].replace('é', 'e'), data=pdf(lines, title='CV', when=c.when),
                          ctype='application/pdf')])


def staff_vcard(g, c):
    r = g.rng
    fr = c.lang == 'fr'
    st = r.choice([S['cormier'], S['poitras'], S['akande'], S['research']])
    card = vcard(st.full, [st.surname, st.given, '', '', ''], tel=('WORK,VOICE', st.phone), email=st.email,
                 org=ORG_FR + ';' + DEPT_FR, title=st.role_fr if fr else st.role_en)
    body = (['Bonjour,', '', 'Nouvelles coordonnées de %s ci-jointes (changement de poste téléphonique).' % st.full, '',
             S['girouard'].full] if fr else ['Hello,', '', 'Updated contact card for %s attached (new extension).' % st.full,
                                             '', S['girouard'].full])
    return Mail(c, 'staff_vcard', 'staff contact card', S['girouard'], _all(c),
                'Coordonnées mises à jour' if fr else 'Updated contact details', '\n'.join(body),
                atts=[Att('vcf', st.surname.lower() + '.vcf', text=card, ctype='text/vcard')])


def meeting_ics(g, c):
    r = g.rng
    fr = c.lang == 'fr'
    d = workday_after(c.when, 3, 21, r)
    start = datetime.datetime(d.year, d.month, d.day, r.choice([7, 12, 16]), r.choice([0, 30]))
    end = start + datetime.timedelta(hours=1)
    what = r.choice([('Réunion de service', 'Department meeting'), ('Club de lecture — rétine', 'Journal club — retina'),
                     ('Revue morbidité-mortalité (cas anonymisés)', 'M&M rounds (de-identified cases)')])
    summary = what[0] if fr else what[1]
    cal = ics('%s-%d@deuxrives.example' % (start.strftime('%Y%m%dT%H%M'), r.randint(100, 999)), start, end, summary,
              ('Ordre du jour à suivre. Lunch fourni.' if fr else 'Agenda to follow. Lunch provided.'),
              'Salle B-204', (S['nolet'].full, S['nolet'].email), [(S[k].full, S[k].email) for k in r.sample(MDS, 4)],
              stamp=c.when)
    body = [('Invitation : %s' if fr else 'Invitation: %s') % summary, '', S['nolet'].named(c.lang)]
    return Mail(c, 'meeting', 'meeting invitation', S['nolet'], _all(c), summary, '\n'.join(body),
                atts=[Att('ics', 'invite.ics', text=cal, ctype='text/calendar', params=[('method', 'REQUEST')])])


def staff_thread(g, c):
    r = g.rng
    fr = c.lang == 'fr'
    a, b = r.sample([S['ducharme'], S['benali'], S['mehta'], S['lortie'], S['quesnel']], 2)
    d = workday_after(c.when, 2, 15, r)
    if fr:
        orig = ['Salut %s,' % b.given, '', 'Pourrais-tu me remplacer à la clinique de rétine le %s en PM? J\'ai un '
                'congrès. Je peux prendre ta garde du %s en échange.' % (dstr(c, d, 'long'),
                                                                       dstr(c, d + datetime.timedelta(days=7), 'long')),
                '', a.given]
        top = [r.choice(['Pas de problème, c\'est noté.', 'OK pour moi, je préviens Amélie pour l\'horaire.']), '', b.given, '',
               'Le %s, %s a écrit :' % (dstr(c, c.when.date(), 'long'), a.full)]
        subj = 'RE: remplacement clinique %s' % dstr(c, d, 'dmy')
    else:
        orig = ['Hi %s,' % b.given, '', 'Could you cover my retina clinic on the afternoon of %s? I have a conference. '
                'Happy to take your call on %s in exchange.' % (dstr(c, d, 'long'),
                                                                dstr(c, d + datetime.timedelta(days=7), 'long')), '', a.given]
        top = [r.choice(['Sure, done.', 'Works for me — I\'ll let Amélie know for the schedule.']), '', b.given, '',
               'On %s, %s wrote:' % (dstr(c, c.when.date(), 'long'), a.full)]
        subj = 'RE: clinic swap %s' % dstr(c, d, 'iso')
    return Mail(c, 'staff_thread', 'colleagues arranging clinic cover', b, [a], subj,
                '\n'.join(top + ['> ' + l if l else '>' for l in orig]), reply=True)
