"""Negative templates, part B: staff, HR, schedules, IT, facilities, meetings."""
import datetime

import gen_files as F
from gen_common import SITES, STAFF, STUDIES, closing, dear, dfr, den, dlang, signature, title_of
from gen_neg_a import NON_CLIN, luhn_serial, neg
from gen_tpl import earlier, generic, quoted, re_, who


def _staff_list(g, site, k):
    c = [s for s in STAFF if s[6] == site]
    return [g.staff_named(s[2]) for s in g.sample(c, min(k, len(c)))]


def n_job_posting(g, lang):
    d = g.msg_date()
    hr = g.staff_named('Beausoleil')
    be = g.chance(0.3)
    no = '%s-%d-%03d' % ('AFF' if lang == 'fr' else 'JOB', d.year, g.randint(1, 400))
    if lang == 'fr':
        poste = g.pick(['Coordonnateur(trice) de recherche clinique', 'Infirmier(ère) de recherche', 'Gestionnaire de données cliniques',
                        'Attaché(e) de recherche clinique (ARC)'])
        body = ['Bonjour à tous,', "Affichage %s — %s, %s" % (no, poste, g.pick(['poste permanent temps complet (35 h/sem.)', 'remplacement de congé de maternité (12 mois)'])),
                ('list', ['Lieu : %s' % SITES['bxl' if be else 'mtl']['name_fr'],
                          'Exigences : baccalauréat en sciences de la santé, formation BPC (ICH E6) à jour, 2 ans d\'expérience en essais cliniques',
                          'Atouts : expérience en oncologie ou en neurologie, maîtrise de Medidata Rave et REDCap, bilinguisme',
                          'Salaire : %s' % ('selon barème IFIC' if be else '29,50 $ à 41,20 $ l\'heure selon l\'expérience'),
                          'Date limite : %s' % dfr(g.future(d, 10, 25), 0)]),
                "Faites circuler dans vos réseaux! Candidatures à carrieres@%s" % SITES['bxl' if be else 'mtl']['domain'],
                closing(g, lang), ('sig', signature(g, hr, lang))]
        subj = 'Affichage de poste - %s' % poste
    else:
        poste = g.pick(['Clinical Research Coordinator', 'Research Nurse', 'Clinical Data Manager', 'Regulatory Affairs Specialist'])
        body = ['Hello everyone,', 'Posting %s - %s, %s' % (no, poste, g.pick(['permanent full-time', '12-month maternity leave replacement'])),
                ('list', ['Requirements: BSc in health sciences, current GCP training, 2 years of clinical trial experience',
                          'Assets: oncology or neurology background, Medidata Rave / REDCap, bilingual French-English',
                          'Salary: $29.50-$41.20/h', 'Deadline: %s' % den(g.future(d, 10, 25), 0)]),
                'Please share! Applications: careers@%s' % SITES['mtl']['domain'], closing(g, lang), ('sig', signature(g, hr, lang))]
        subj = 'Job posting - %s' % poste
    return neg('offre_emploi', lang, 'job posting for a research position', who(g, hr, lang), [generic('mtl', 'tous-crc', 'Tout le personnel CRC')],
               subj, body, date=d)


def n_staff_schedule(g, lang):
    d = g.msg_date()
    site = g.pick(['mtl', 'mtl', 'bxl', 'lie'])
    staff = _staff_list(g, site, 4)
    a = staff[0]
    mon = (d - datetime.timedelta(days=d.weekday())).date() + datetime.timedelta(days=7)
    rows = []
    for i in range(5):
        day = mon + datetime.timedelta(days=i)
        rows.append([dlang(lang, day, 2), '%s %s' % (g.pick(staff)['given'], g.pick(staff)['surname'][0] + '.'),
                     g.pick(staff)['given'], g.pick(['7 h 30 – 15 h 30', '8 h – 16 h', '10 h – 18 h']) if lang == 'fr' else g.pick(['7:30-15:30', '8:00-16:00', '10:00-18:00'])])
    hdr = ['Date', 'Garde recherche', 'Pharmacie', 'Horaire'] if lang == 'fr' else ['Date', 'On call', 'Pharmacy', 'Hours']
    if lang == 'fr':
        body = ['Bonjour l\'équipe,', "Voici l'horaire de la semaine du %s. Les échanges de quarts doivent être approuvés par %s." % (dfr(mon, 0), staff[-1]['given']),
                ('table', hdr, rows), g.pick(["Rappel : la garde de fin de semaine commence vendredi 16 h.", "Karine est en formation mardi AM."]),
                closing(g, lang, site != 'mtl'), ('sig', signature(g, a, lang))]
        subj = 'Horaire semaine du %s' % dfr(mon, 2)
    else:
        body = ['Hi team,', 'Schedule for the week of %s. Shift swaps need approval.' % den(mon, 0), ('table', hdr, rows), closing(g, lang),
                ('sig', signature(g, a, lang))]
        subj = 'Schedule - week of %s' % den(mon, 3)
    atts = []
    if g.chance(0.4):
        atts.append({'filename': 'Horaire_%s.xlsx' % mon.strftime('%Y-%m-%d'), 'ctype': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                     'data': F.make_xlsx([('Semaine' if lang == 'fr' else 'Week', [hdr] + rows)])})
    return neg('horaire_personnel', lang, 'staff schedule / on-call roster (staff names only)', who(g, a, lang),
               [generic(site, 'equipe', 'Équipe')], subj, body, date=d, attachments=atts, region='be' if site in ('bxl', 'lie') else 'qc')


def n_staff_leave(g, lang):
    d = g.msg_date()
    site = g.pick(['mtl', 'bxl', 'gat'])
    a, b = _staff_list(g, site, 2)
    cover = g.staff(g.pick(['mtl', 'bxl']), exclude=(a['surname'], b['surname']))
    start = g.future(d, 3, 20)
    end = start + datetime.timedelta(days=g.randint(5, 30))
    kind = g.randint(0, 3)
    if lang == 'fr':
        txt = [("Je serai %s du %s au %s pour une chirurgie (genou). %s assurera le suivi de mes études; les visites V4 sont déplacées." % ("absente" if a["sex"] == "F" else "absent", dfr(start, 0), dfr(end, 0), cover["given"])),
               ("Petit rappel : ma preuve de vaccination contre l'hépatite B est à renouveler au Bureau de santé du personnel; je serai donc au service de santé jeudi matin."),
               ("Je reviens de mon congé de maladie le %s en retour progressif (3 jours/semaine) selon le médecin du Service de santé et sécurité du travail." % dfr(start, 0)),
               ("Je suis en congé parental à partir du %s. Mes dossiers sont transférés à %s." % (dfr(start, 0), cover['given']))][kind]
        body = [dear(g, b, lang), txt, closing(g, lang), ('sig', signature(g, a, lang))]
        subj = g.pick(['Absence', 'Congé - %s' % dfr(start, 2), 'Retour au travail', 'Info absence'])
    else:
        txt = [("I'll be off from %s to %s for knee surgery. %s will cover my studies; V4 visits are rescheduled." % (den(start, 0), den(end, 0), cover['given'])),
               ("Reminder: my hepatitis B booster is due with Employee Health, so I'll be there Thursday morning."),
               ("I'm back from sick leave on %s on a graduated return (3 days a week) per Occupational Health." % den(start, 0)),
               ("I start parental leave on %s. My files move to %s." % (den(start, 0), cover['given']))][kind]
        body = [dear(g, b, lang), txt, closing(g, lang), ('sig', signature(g, a, lang))]
        subj = g.pick(['Out of office', 'Leave - %s' % den(start, 3), 'Return to work'])
    return neg('absence_personnel', lang, "staff member's own leave / occupational health (not a patient)", who(g, a, lang), [who(g, b, lang)],
               subj, body, date=d, region='be' if site == 'bxl' else 'qc')


def n_gcp_training(g, lang):
    d = g.msg_date()
    qa = g.staff_named('Girouard')
    rows = []
    for s in g.sample(STAFF, 6):
        rows.append(['%s %s' % (s[1], s[2]), s[4] if lang == 'fr' else s[5], dlang(lang, g.future(d, -20, 60), 1),
                     g.pick(['BPC ICH E6(R3)', 'EPTC 2 (FER)', 'Transport de matières dangereuses (TMD/IATA)']) if lang == 'fr'
                     else g.pick(['ICH E6(R3) GCP', 'TCPS 2 CORE', 'IATA dangerous goods'])])
    hdr = ['Nom', 'Fonction', 'Expiration', 'Formation'] if lang == 'fr' else ['Name', 'Role', 'Expiry', 'Training']
    body = [('Bonjour,' if lang == 'fr' else 'Hello,'),
            ("Les certificats suivants expirent bientôt ou sont échus. Merci de compléter la formation en ligne et de déposer le certificat dans le classeur réglementaire."
             if lang == 'fr' else 'The following certificates are expiring or expired. Please complete the online course and file the certificate in the regulatory binder.'),
            ('table', hdr, rows), closing(g, lang), ('sig', signature(g, qa, lang))]
    return neg('formation_bpc', lang, 'GCP / TCPS2 training expiry list of staff', who(g, qa, lang), [generic('mtl', 'equipes-recherche', 'Équipes de recherche')],
               'Certificats BPC à renouveler' if lang == 'fr' else 'GCP certificates due', body, date=d)


def n_it_notice(g, lang):
    d = g.msg_date()
    it = g.staff_named('Quenneville')
    kind = g.randint(0, 3)
    day = g.future(d, 2, 10)
    if lang == 'fr':
        txt = [["REDCap sera indisponible le %s de 18 h à 23 h pour la mise à niveau vers la version 15.0. Les formulaires de sondage des participants seront aussi hors ligne." % dfr(day, 0),
                "Aucune donnée ne sera perdue. Merci de planifier vos saisies en conséquence."],
               ["Plusieurs employés ont reçu un courriel frauduleux intitulé « Résultats de laboratoire partagés » vous demandant votre mot de passe.",
                "Ne cliquez pas sur le lien. Signalez-le avec le bouton « Signaler un hameçonnage » dans Outlook."],
               ["Les comptes Medidata Rave inactifs depuis 90 jours seront désactivés le %s. Connectez-vous une fois pour conserver votre accès." % dfr(day, 0)],
               ["Migration des partages réseau \\\\crc-fs01\\etudes vers SharePoint le %s. Les raccourcis seront mis à jour automatiquement." % dfr(day, 0)]][kind]
        subj = ['Maintenance REDCap - %s' % dfr(day, 2), 'ALERTE - tentative d\'hameçonnage', 'Comptes Medidata inactifs', 'Migration des partages réseau'][kind]
    else:
        txt = [['REDCap will be unavailable on %s from 6 to 11 pm for the upgrade to version 15.0.' % den(day, 0), 'No data will be lost.'],
               ['Several staff received a fake e-mail titled "Shared lab results" asking for their password.', 'Do not click. Use the "Report phishing" button.'],
               ['Medidata Rave accounts inactive for 90 days will be disabled on %s.' % den(day, 0)],
               ['Network shares move to SharePoint on %s.' % den(day, 0)]][kind]
        subj = ['REDCap maintenance - %s' % den(day, 3), 'ALERT - phishing attempt', 'Inactive Medidata accounts', 'Network share migration'][kind]
    body = [('Bonjour,' if lang == 'fr' else 'Hello,')] + txt + [('Direction des ressources informationnelles' if lang == 'fr' else 'IT Department'),
                                                                 ('sig', signature(g, it, lang))]
    return neg('avis_informatique', lang, 'IT notice (maintenance, phishing, accounts)', who(g, it, lang), [generic('mtl', 'tous', 'Tout le personnel')],
               subj, body, date=d)


def n_facilities(g, lang):
    d = g.msg_date()
    site = g.pick(['mtl', 'lie'])
    a = g.staff(site, exclude=('Marchand', 'Ferland', 'Laroche', 'Delcourt'))
    asset = '%06d' % g.randint(1000, 99999)
    sn = luhn_serial(g, 10)
    if lang == 'fr':
        body = ['Bonjour,', "Alarme du congélateur -80 °C (actif no %s, numéro de série %s, local %s) cette nuit à 2 h 14 : température montée à -61 °C."
                % (asset, sn, g.pick(['C-3.22', 'B-1.08', 'sous-sol S-14'])),
                "Les boîtes de la biobanque ont été transférées dans le congélateur de secours. Le technicien du fournisseur passe demain.",
                "Coupure électrique planifiée samedi de 6 h à 9 h dans l'aile C : vérifiez que vos équipements sont sur prises d'urgence (rouges).",
                closing(g, lang, site == 'lie'), ('sig', signature(g, a, lang))]
        subj = g.pick(['Alarme congélateur -80', 'Bâtiment - coupure électrique et alarme', 'Congélateur %s' % asset])
    else:
        body = ['Hello,', 'The -80 C freezer (asset %s, S/N %s) alarmed at 2:14 am; temperature reached -61 C.' % (asset, sn),
                'Biobank boxes were moved to the backup freezer. The vendor technician comes tomorrow.',
                'Planned power outage Saturday 6-9 am in wing C: use red emergency outlets.', closing(g, lang), ('sig', signature(g, a, lang))]
        subj = 'Freezer alarm and power outage'
    return neg('batiment_equipement', lang, 'facilities: freezer alarm with asset and serial numbers', who(g, a, lang),
               [generic(site, 'equipe', 'Équipe')], subj, body, date=d, region='be' if site == 'lie' else 'qc')


def n_timesheet(g, lang):
    d = g.msg_date()
    fin = g.staff_named('St-Pierre')
    a = g.staff_named(g.pick(['Leduc', 'Bissonnette', 'Dagenais']))
    mat = g.randint(10000, 99999)
    hours = [g.pick([7, 7, 7.5, 8, 9]) for _ in range(10)]
    if lang == 'fr':
        body = [dear(g, fin, lang), "Ci-jointe ma feuille de temps pour la période %d-%02d (matricule %d). J'ai %s h de temps supplémentaire liées aux visites du samedi (%s)."
                % (d.year, d.month, mat, str(sum(hours) - 70).replace('.', ','), g.pick(STUDIES)['code']),
                "Imputation : 60 %% fonds %s, 40 %% fonds %s." % (g.pick(['R-2231', 'FRQS-0456']), g.pick(['CIHR-8812', 'DIAB-NOVA'])),
                closing(g, lang), ('sig', signature(g, a, lang))]
        subj = 'Feuille de temps %d-%02d' % (d.year, d.month)
    else:
        body = [dear(g, fin, lang), 'Attached is my timesheet for %d-%02d (employee %d), including %s h overtime for Saturday visits.'
                % (d.year, d.month, mat, sum(hours) - 70), closing(g, lang), ('sig', signature(g, a, lang))]
        subj = 'Timesheet %d-%02d' % (d.year, d.month)
    hdr = ['Jour' if lang == 'fr' else 'Day', 'Heures' if lang == 'fr' else 'Hours']
    x = F.make_xlsx([('Temps' if lang == 'fr' else 'Time', [hdr] + [[i + 1, h] for i, h in enumerate(hours)] + [['Total', sum(hours)]])], creator=a['surname'])
    return neg('feuille_temps', lang, "employee timesheet with employee number and overtime", who(g, a, lang), [who(g, fin, lang)], subj, body,
               date=d, attachments=[{'filename': 'FT_%s_%d%02d.xlsx' % (a['surname'], d.year, d.month),
                                     'ctype': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'data': x}])


def n_delegation_log(g, lang):
    d = g.msg_date()
    site = g.pick(['mtl', 'bxl', 'lie', 'gat'])
    st = g.study(site)
    staff = _staff_list(g, site, 5)
    a = staff[-1]
    cra = g.staff_named(g.pick(['Marchetti', 'Ostrowski']))
    hdr = ['Nom', 'Initiales', 'Rôle', 'Tâches déléguées', 'Début', 'Signature PI'] if lang == 'fr' else ['Name', 'Initials', 'Role', 'Delegated tasks', 'Start', 'PI sign-off']
    rows = [['%s %s' % (s['given'], s['surname']), s['given'][0] + s['surname'][0], s['role_fr'] if lang == 'fr' else s['role_en'],
             g.pick(['1, 2, 5, 7', '3, 4, 8', '1-10', '6, 9', '2, 11']), dfr(g.past(d, 60, 600), 1), 'oui' if lang == 'fr' else 'yes'] for s in staff]
    x = F.make_xlsx([('Délégation' if lang == 'fr' else 'Delegation', [hdr] + rows),
                     ('Codes', [['Code', 'Tâche' if lang == 'fr' else 'Task']] + [[i + 1, t] for i, t in enumerate(
                         ['Consentement', 'Éligibilité', 'Prélèvements', 'Saisie CRF', 'EI/EIG', 'Produit à l\'étude', 'ECG', 'Questionnaires',
                          'Expédition', 'Archivage', 'Requêtes'])])])
    body = [dear(g, cra, lang), ("Voici le registre de délégation mis à jour pour %s (ajout de %s)." % (st['code'], staff[0]['given'])) if lang == 'fr'
            else ('Updated delegation log for %s (added %s).' % (st['code'], staff[0]['given'])), closing(g, lang), ('sig', signature(g, a, lang))]
    return neg('registre_delegation', lang, 'delegation of authority log (staff only)', who(g, a, lang), [who(g, cra, lang)],
               ('Registre de délégation %s' if lang == 'fr' else 'Delegation log %s') % st['code'], body, date=d,
               attachments=[{'filename': 'DOA_log_%s.xlsx' % st['code'], 'ctype': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'data': x}],
               region='be' if site in ('bxl', 'lie') else 'qc')


def n_staff_meeting_ics(g, lang):
    d = g.msg_date()
    site = g.pick(['mtl', 'bxl', 'gat'])
    st = g.study(site)
    org = g.staff_named(g.pick(['Goldberg', 'Ostrowski']) if g.chance(0.5) else st['pi'])
    att = _staff_list(g, site, 3)
    day = g.future(d, 4, 20)
    start = datetime.datetime(day.year, day.month, day.day, g.pick([9, 10, 13, 14]), 0)
    end = start + datetime.timedelta(hours=g.pick([1, 2, 3]))
    summ = g.pick(['Visite d\'initiation de site (SIV) - %s' % st['code'], 'Réunion d\'équipe %s' % st['code'], 'Formation protocole %s v5' % st['code']]) if lang == 'fr' \
        else g.pick(['Site Initiation Visit - %s' % st['code'], '%s team meeting' % st['code'], '%s protocol v5 training' % st['code']])
    desc = ("Ordre du jour : revue du protocole, critères d'éligibilité, gestion des EIG, pharmacie, EDC. Lien Teams dans l'invitation."
            if lang == 'fr' else 'Agenda: protocol review, eligibility, SAE reporting, pharmacy, EDC. Teams link in the invite.')
    tz = 'Europe/Brussels' if site == 'bxl' else 'America/Montreal'
    ics = F.make_ics('%08x-mtg@%s' % (g.rng.getrandbits(32), org['email'].split('@')[1]), start, end, tz, summ,
                     g.pick(['Salle A-2210', 'Teams', 'Salle de conférence B']), desc,
                     organizer=('%s %s' % (org['given'], org['surname']), org['email']),
                     attendees=[('%s %s' % (s['given'], s['surname']), s['email']) for s in att])
    body = [summ, desc]
    kw = {}
    atts = []
    if g.chance(0.6):
        kw['calendar'] = ics
    else:
        atts.append({'filename': 'invite.ics', 'ctype': 'text/calendar', 'data': ics})
    return neg('reunion_calendrier', lang, 'meeting invitation (ICS) for staff', who(g, org, lang), [who(g, s, lang) for s in att], summ, body,
               date=d, attachments=atts, region='be' if site == 'bxl' else 'qc', **kw)


def n_staff_vcard(g, lang):
    d = g.msg_date()
    site = g.pick(['mtl', 'bxl', 'lie', 'gat'])
    s, b = _staff_list(g, site, 2)
    vc = F.make_vcf([('N', '%s;%s;;;' % (F.vesc(s['surname']), F.vesc(s['given']))), ('FN', F.vesc('%s %s' % (s['given'], s['surname']))),
                     ('ORG', F.vesc(SITES[site]['name_' + lang])), ('TITLE', F.vesc(s['role_fr'] if lang == 'fr' else s['role_en'])),
                     ('TEL;TYPE=WORK', SITES[site]['phone']), ('EMAIL;TYPE=WORK', s['email']),
                     ('ADR;TYPE=WORK', ';;%s;;;;' % F.vesc(SITES[site]['addr'].replace('\n', ', ')))])
    body = [("Bienvenue à %s qui se joint à l'équipe comme %s! Sa fiche contact est jointe." % (s['given'], s['role_fr'])) if lang == 'fr'
            else ('Welcome %s, who joins the team as %s! Contact card attached.' % (s['given'], s['role_en'])), ('sig', signature(g, b, lang))]
    return neg('fiche_contact_employe', lang, 'vCard of a staff member (work contact only)', who(g, b, lang), [generic(site, 'equipe', 'Équipe')],
               ('Nouvelle collègue' if s['sex'] == 'F' else 'Nouveau collègue') if lang == 'fr' else 'New team member', body, date=d,
               attachments=[{'filename': '%s %s.vcf' % (s['given'], s['surname']), 'ctype': 'text/vcard', 'data': vc}],
               region='be' if site in ('bxl', 'lie') else 'qc')


def n_reply_chain(g, lang):
    d = g.msg_date()
    site = g.pick(['mtl', 'bxl', 'gat', 'lie'])
    st = g.study(site)
    cra = g.staff_named(g.pick(['Marchetti', 'Ostrowski']))
    coord = g.staff(site, exclude=NON_CLIN + (st['pi'],))
    d1 = earlier(d, 30, g)
    d2 = earlier(d, 5, g)
    vday = g.future(d, 5, 9)
    if lang == 'fr':
        m1 = [dear(g, coord, lang), "Serait-il possible de devancer la visite de monitorage au %s? Je dois revoir les dossiers des sujets %s et %s."
              % (dfr(vday, 0), g.subject_code(), g.subject_code()), ('sig', signature(g, cra, lang))]
        m2 = [dear(g, cra, lang), "Le %s ça fonctionne, mais seulement en après-midi : la salle est prise le matin pour une IRM de l'étude. "
              "Est-ce que 13 h te convient?" % dfr(vday, 0), ('sig', signature(g, coord, lang))]
        m3 = [g.pick(['Parfait, 13 h c\'est noté. Merci!', 'Super, à bientôt.']), ('sig', signature(g, cra, lang))]
        subj = 'Date visite de monitorage %s' % st['code']
    else:
        m1 = [dear(g, coord, lang), 'Could we move the monitoring visit to %s? I need to review subjects %s and %s.'
              % (den(vday, 0), g.subject_code(), g.subject_code()), ('sig', signature(g, cra, lang))]
        m2 = [dear(g, cra, lang), 'That works but afternoon only - the room is booked in the morning. 1 pm?', ('sig', signature(g, coord, lang))]
        m3 = [g.pick(['Perfect, 1 pm it is. Thanks!', 'Great, see you then.']), ('sig', signature(g, cra, lang))]
        subj = 'Monitoring visit date %s' % st['code']
    q2 = m2 + [quoted(g, lang, who(g, cra, lang), coord['given'] + ' ' + coord['surname'], d1, subj, m1)]
    blocks = m3 + [quoted(g, lang, who(g, coord, lang), cra['given'] + ' ' + cra['surname'], d2, re_(lang, subj, g), q2)]
    return neg('fil_planification', lang, 'reply chain about scheduling a monitoring visit (subject codes only)', who(g, cra, lang),
               [who(g, coord, lang)], re_(lang, re_(lang, subj, g), g) if g.chance(0.3) else re_(lang, subj, g), blocks, date=d,
               region='be' if site in ('bxl', 'lie') else 'qc')


NEG_B = [
    (n_job_posting, 3, 2),
    (n_staff_schedule, 4, 2),
    (n_staff_leave, 4, 2),
    (n_gcp_training, 3, 2),
    (n_it_notice, 3, 2),
    (n_facilities, 2, 1),
    (n_timesheet, 2, 1),
    (n_delegation_log, 2, 2),
    (n_staff_meeting_ics, 2, 2),
    (n_staff_vcard, 1, 1),
    (n_reply_chain, 3, 2),
]
