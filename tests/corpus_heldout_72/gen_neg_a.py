"""Negative templates, part A: HR, schedules, newsletters, invoices, conferences, committees, jobs, IT, stats."""
import datetime as dt

import gen_attach as A
import gen_common as C
from gen_compose import spec
from gen_tpl import fname, join, letterhead, quote, re_, sig, who
from gen_vocab import DX, EXAMS, MEDS, SPEC_NAME, SPECS

LISTS = {
    'imagerie': ('Imagerie médicale – tous', 'imagerie-tous@chrvsa.example'),
    'ambu': ('Cliniques externes', 'cliniques-externes@chrvsa.example'),
    'md': ('CMDP – membres', 'cmdp@chrvsa.example'),
    'all': ('Tout le personnel', 'tous@chrvsa.example'),
    'orl': ('Équipe ORL-audiologie', 'equipe@orlfleuve.example'),
    'derm': ('Équipe derm', 'equipe@dermarivesud.example'),
    'dent': ('Équipe clinique', 'clinique@dentaireerables.example'),
    'ophtalmo': ('Personnel clinique Boréale', 'personnel@ophtaboreale.example'),
    'allergie': ('Équipe allergie', 'equipe@allergielaurentienne.example'),
}


def lst(c, k):
    n, a = LISTS[k]
    if not c.fr:
        n = {'imagerie': 'Medical Imaging - all staff', 'ambu': 'Outpatient clinics', 'md': 'CMDP members',
             'all': 'All staff', 'orl': 'ENT-audiology team', 'derm': 'Derm team', 'dent': 'Clinical team',
             'ophtalmo': 'Boreal clinical staff', 'allergie': 'Allergy team'}[k]
    return (n, a)


def dxw(c, s, i=None):
    d = DX[s][i] if i is not None else c.pick(DX[s])
    return d[0] if c.fr else d[1]


def medw(c, s):
    d = c.pick(MEDS[s])
    return d[0] if c.fr else d[1]


def staff_names(c, n, org=None):
    pool = [s for s in C.STAFF if org is None or s.org == org]
    c.rng.shuffle(pool)
    return pool[:n]


# ------------------------------------------------------------------------------------------------
def n_hr_vacation(c):
    mgr = C.staff_named(c.pick(['Bernier', 'McKenna']))
    grp = c.pick([('imagerie', 'hosp'), ('orl', 'ophtalmo'), ('derm', 'dent', 'allergie'), ('hosp', 'gmf', 'imagerie')])
    ppl = [s for s in C.STAFF if s.org in grp]
    c.rng.shuffle(ppl)
    ppl = ppl[:c.rng.randrange(4, 9)]
    rows = [c.t(['Employé', 'Titre d\'emploi', 'Du', 'Au', 'Remplacement'], ['Employee', 'Job title', 'From', 'To', 'Backup'])]
    base = dt.date(c.date.year, 6, 20)
    for s in ppl:
        d0 = base + dt.timedelta(days=c.rng.randrange(0, 60))
        rows.append([s.name(c.lang, False), s.role(c.lang), d0.isoformat(),
                     (d0 + dt.timedelta(days=c.pick([7, 14, 21]))).isoformat(),
                     c.pick([x for x in ppl if x is not s and x.is_md() == s.is_md()] or [c.t('à combler', 'TBD')])])
        if not isinstance(rows[-1][-1], str):
            rows[-1][-1] = rows[-1][-1].name(c.lang, False)
    atts = []
    if c.chance(0.5):
        atts.append(dict(name=c.t('vacances_ete_%d.xlsx', 'summer_vacation_%d.xlsx') % c.date.year,
                         data=A.make_xlsx([(c.t('Vacances', 'Vacation'), rows)], author=mgr.name(c.lang, False))))
        table = c.t('Le calendrier est en pièce jointe.', 'The calendar is attached.')
    else:
        table = '\n'.join(' | '.join(r) for r in rows)
    body = join(C.greeting(c.rng, c.lang),
                c.t('Voici le calendrier des vacances estivales approuvées. Les demandes reçues après le 1er avril '
                    'seront traitées selon l\'ancienneté.',
                    'Here is the approved summer vacation calendar. Requests received after April 1 will be handled '
                    'by seniority.'), table, C.closing(c.rng, c.lang), sig(c, mgr))
    return spec(c.lang, 'hr_vacation', 'staff vacation schedule', [], who(mgr, c.lang), [lst(c, c.pick(['imagerie', 'ambu']))],
                c.t('Vacances d\'été %d – calendrier approuvé', 'Summer %d vacation - approved calendar') % c.date.year,
                body, date=c.date, attachments=atts)


def n_staff_health(c):
    hr = C.staff_named('Lévesque')
    emp = c.pick([s for s in C.STAFF if not s.is_md()])
    mgr = C.staff_named(c.pick(['Bernier', 'McKenna']))
    case = c.pick(['rtw', 'vaccine', 'ergo'])
    if case == 'rtw':
        txt = c.t('%s reviendra au travail en retour progressif à compter du %s (3 jours/semaine pour 4 semaines) '
                  'suite à son arrêt pour une chirurgie à l\'épaule. Prévoir des tâches sans port de charge. Les '
                  'détails médicaux restent au dossier du bureau de santé.' % (emp.name('fr', False), C.later(c.date, c.rng).isoformat()),
                  '%s will return on a gradual return-to-work plan starting %s (3 days/week for 4 weeks) after leave '
                  'for shoulder surgery. Please plan duties without lifting. Medical details stay in the employee health '
                  'file.' % (emp.name('en', False), C.later(c.date, c.rng).isoformat()))
        subj = c.t('Retour progressif – %s', 'Gradual return to work - %s') % emp.name(c.lang, False)
        to = [who(mgr, c.lang)]
    elif case == 'vaccine':
        txt = c.t('La campagne de vaccination antigrippale du personnel débute lundi. Cliniques sans rendez-vous au '
                  'local B-114, de 7 h 30 à 15 h 30. Le personnel des cliniques d\'ORL et d\'ophtalmologie peut se '
                  'présenter en équipe. Taux de vaccination l\'an dernier : 61 %.',
                  'The staff flu vaccination campaign starts Monday. Walk-in clinics in room B-114, 7:30 a.m. to '
                  '3:30 p.m. ENT and eye clinic staff may come as a team. Last year\'s coverage: 61%.')
        subj = c.t('Vaccination antigrippale du personnel', 'Staff flu vaccination')
        to = [lst(c, 'all')]
    else:
        txt = c.t('Suite à la déclaration d\'événement de %s (douleur au poignet en lien avec le clavier), une '
                  'évaluation ergonomique du poste à l\'accueil de l\'imagerie est prévue jeudi.' % emp.name('fr', False),
                  'Following %s\'s incident report (wrist pain related to keyboard use), an ergonomic assessment of '
                  'the imaging front desk is scheduled for Thursday.' % emp.name('en', False))
        subj = c.t('Évaluation ergonomique', 'Ergonomic assessment')
        to = [who(mgr, c.lang), who(emp, c.lang)]
    body = join(C.greeting(c.rng, c.lang), txt, C.closing(c.rng, c.lang), sig(c, hr))
    return spec(c.lang, 'staff_health', 'employee occupational health (%s)' % case, [], who(hr, c.lang), to, subj, body,
                date=c.date)


def n_payroll(c):
    hr = C.staff_named('Lévesque')
    pay = c.date.date() + dt.timedelta(days=c.rng.randrange(3, 14))
    txt = c.pick([
        c.t('Le dépôt de paie du %s sera effectué un jour plus tôt en raison du congé férié. Les relevés de paie '
            'sont disponibles dans Logibec Espace employé.' % pay.isoformat(),
            'The %s pay deposit will be made one day early because of the statutory holiday. Pay stubs are in the '
            'Logibec employee portal.' % pay.isoformat()),
        c.t('Rappel : la rétroactivité de l\'entente de la convention collective sera versée sur la paie du %s. '
            'Les questions vont au centre de service paie, poste 4410.' % pay.isoformat(),
            'Reminder: the collective agreement retroactive pay will be included in the %s pay. Questions go to '
            'the payroll service centre, ext. 4410.' % pay.isoformat()),
        c.t('Les primes de garde des technologues en IRM pour la période 12 ont été corrigées (erreur de code 0415).',
            'On-call premiums for MRI technologists for period 12 have been corrected (code 0415 error).')])
    body = join(C.greeting(c.rng, c.lang), txt, C.closing(c.rng, c.lang), sig(c, hr))
    return spec(c.lang, 'payroll', 'payroll notice', [], who(hr, c.lang), [lst(c, c.pick(['all', 'imagerie']))],
                c.t('Paie – information', 'Payroll - information'), body, date=c.date)


def n_oncall(c):
    mgr = C.staff_named(c.pick(['Bernier', 'Archambault', "O'Neill"]))
    rads = [s for s in C.STAFF if s.is_md()]
    c.rng.shuffle(rads)
    start = C.later(c.date, c.rng, 5, 20)
    rows = []
    for i in range(7):
        d = start + dt.timedelta(days=i)
        s = rads[i % len(rads)]
        rows.append('%s | %s | %s' % (C.day(d, c.lang), s.name(c.lang), s.role(c.lang)))
    body = join(C.greeting(c.rng, c.lang),
                c.t('Voici la garde de la semaine prochaine. Pour les urgences neuro (AVC, compression médullaire), '
                    'contactez directement le neuroradiologue.',
                    'Here is next week\'s call schedule. For neuro emergencies (stroke, cord compression), call the '
                    'neuroradiologist directly.'),
                c.t('Jour | Médecin | Spécialité', 'Day | Physician | Specialty') + '\n' + '\n'.join(rows),
                C.closing(c.rng, c.lang), sig(c, mgr))
    return spec(c.lang, 'oncall', 'physician on-call schedule', [], who(mgr, c.lang), [lst(c, 'md')],
                c.t('Garde semaine du %s', 'Call schedule week of %s') % start.isoformat(), body, date=c.date)


def n_newsletter(c):
    comm = ('Communications CHRVSA', 'communications@chrvsa.example')
    topic = c.pick(['glaucome', 'melanome', 'audition', 'allergie', 'mammo'])
    T = {
        'glaucome': (c.t('Mois de la sensibilisation au glaucome', 'Glaucoma awareness month'),
                     c.t('Le glaucome est la deuxième cause de cécité au Québec. Près de la moitié des personnes '
                         'atteintes l\'ignorent. La Dre Hélène Vaillancourt rappelle qu\'un examen de la vue est '
                         'recommandé tous les deux ans après 40 ans, et chaque année en présence de diabète.',
                         'Glaucoma is the second leading cause of blindness in Quebec. Almost half of people with it do '
                         'not know. Dr. Hélène Vaillancourt reminds us that an eye exam is recommended every two years '
                         'after 40, and every year for people with diabetes.')),
        'melanome': (c.t('Journée de dépistage du cancer de la peau', 'Skin cancer screening day'),
                     c.t('Le 15 mai, l\'équipe de Dermatologie Rive-Sud Plus offrira un dépistage gratuit. En 2024, '
                         '412 personnes ont été examinées et 9 mélanomes ont été détectés précocement.',
                         'On May 15, the Rive-Sud Plus Dermatology team will offer free screening. In 2024, 412 people '
                         'were examined and 9 melanomas were caught early.')),
        'audition': (c.t('Le bruit et vos oreilles', 'Noise and your ears'),
                     c.t('Une exposition prolongée à plus de 85 dB peut causer une surdité permanente. Nos audiologistes '
                         'Julie Desrosiers et Rebecca Hollis animeront un kiosque à la cafétéria jeudi.',
                         'Prolonged exposure above 85 dB can cause permanent hearing loss. Our audiologists Julie '
                         'Desrosiers and Rebecca Hollis will host a booth in the cafeteria Thursday.')),
        'allergie': (c.t('Saison de l\'herbe à poux', 'Ragweed season'),
                     c.t('Environ 1 Québécois sur 5 souffre de rhinite allergique. Le Dr Mathieu Fréchette explique '
                         'comment reconnaître une anaphylaxie et quand utiliser l\'auto-injecteur d\'épinéphrine.',
                         'About 1 in 5 Quebecers has allergic rhinitis. Dr. Mathieu Fréchette explains how to recognise '
                         'anaphylaxis and when to use an epinephrine auto-injector.')),
        'mammo': (c.t('Programme québécois de dépistage du cancer du sein', 'Quebec breast cancer screening program'),
                  c.t('Toutes les femmes de 50 à 74 ans reçoivent une lettre d\'invitation. Le taux de participation '
                      'de notre région est de 58 % ; l\'objectif est 70 %.',
                      'All women aged 50 to 74 receive an invitation letter. Our region\'s participation rate is 58%; '
                      'the target is 70%.')),
    }[topic]
    extra = c.t('Aussi dans ce numéro : nouvelle salle d\'attente en imagerie, départ à la retraite de Gilbert '
                'Ouimet (35 ans de service !), et rappel sur le stationnement.',
                'Also in this issue: new imaging waiting room, Gilbert Ouimet retires after 35 years, and a parking '
                'reminder.')
    text = join('INFO-CHRVSA — %s' % C.fmt_date(c.date.date(), c.lang, c.rng, 2 if c.fr else 1), '## ' + T[0], T[1], extra,
                c.t('Pour vous désabonner, répondez « STOP ».', 'To unsubscribe, reply "STOP".'))
    import html as _h
    unsub = c.t('Pour vous désabonner, répondez « STOP ».', 'To unsubscribe, reply "STOP".')
    html = ('<html><body style="font-family:Georgia,serif"><h1>INFO-CHRVSA</h1><h2>%s</h2><p>%s</p><p>%s</p>'
            '<p style="font-size:8pt;color:#777">%s</p></body></html>' % (
                _h.escape(T[0]), _h.escape(T[1]), _h.escape(extra), _h.escape(unsub)))
    return spec(c.lang, 'newsletter', 'newsletter on %s' % topic, [], comm, [lst(c, 'all')], 'INFO-CHRVSA : ' + T[0], text,
                html=html, date=c.date, transport={'body': c.pick(['html', 'alt'])}, logo=c.chance(0.4))


def n_invoice(c):
    sup = c.pick([('Audio-Tech Distribution', 'factures@audiotech-distribution.example', 'orl', 'piles 312 (boîte de 60)', 'hearing aid batteries size 312 (box of 60)'),
                  ('OptiLens Canada', 'ar@optilens.example', 'ophtalmo', 'lentille intraoculaire +21,5 D', 'intraocular lens +21.5 D'),
                  ('Implantis Dentaire', 'comptes@implantis.example', 'dent', 'implant 4,1 x 10 mm', 'implant 4.1 x 10 mm'),
                  ('DermaSupply', 'billing@dermasupply.example', 'derm', 'poinçons à biopsie 4 mm', '4 mm biopsy punches'),
                  ('Gado Médical', 'facturation@gadomedical.example', 'imagerie', 'gadobutrol 7,5 mL seringue', 'gadobutrol 7.5 mL syringe')])
    to_ = C.staff_named(c.pick(['Hale', 'Lapierre', 'Trudel']))
    inv = 'F-%d' % c.rng.randrange(100000, 999999)
    rows = [c.t(['Article', 'Description', 'Lot', 'No série', 'Qté', 'Prix', 'Total'],
                ['Item', 'Description', 'Lot', 'Serial', 'Qty', 'Price', 'Total'])]
    tot = 0
    for i in range(c.rng.randrange(2, 6)):
        q = c.rng.randrange(1, 30)
        pr = c.rng.randrange(5, 900)
        tot += q * pr
        serial = C.gen_sin(c.rng)  # Luhn-valid serial number - not a SIN
        code = ('%s%s %02d%02d %04d' % (sup[0][:3].upper(), c.pick('ABCKLMRX'), c.rng.randrange(18, 26), c.rng.randrange(1, 13),
                                          c.rng.randrange(10000))) if c.chance(0.5) else '%s-%04d' % (sup[0][:3].upper(), c.rng.randrange(10000))
        rows.append([code, sup[3] if c.fr else sup[4],
                     'L%s%02d' % (c.date.strftime('%y%m'), c.rng.randrange(100)), serial, str(q), '%d,00' % pr if c.fr else '%d.00' % pr,
                     '%d,00' % (q * pr) if c.fr else '%d.00' % (q * pr)])
    pdf = A.make_pdf([('h', c.t('FACTURE ', 'INVOICE ') + inv),
                      ('kv', [(c.t('Client', 'Bill to'), C.CLINICS[sup[2]][c.lang]), (c.t('Bon de commande', 'PO'), 'BC-%d' % c.rng.randrange(40000, 49999)),
                              (c.t('Conditions', 'Terms'), 'Net 30')]),
                      ('table', [85, 135, 55, 65, 30, 45, 55], rows),
                      c.t('Sous-total : %d,00 $  TPS : %0.2f $  TVQ : %0.2f $' % (tot, tot * 0.05, tot * 0.09975),
                          'Subtotal: $%d.00  GST: $%0.2f  QST: $%0.2f' % (tot, tot * 0.05, tot * 0.09975))],
                     title='Facture %s' % inv, author=sup[0], letterhead=[sup[0], 'TPS 81234 5678 RT0001', sup[1]])
    body = join(C.greeting(c.rng, c.lang),
                c.t('Veuillez trouver ci-joint la facture %s. Paiement par TEF apprécié.' % inv,
                    'Please find attached invoice %s. EFT payment appreciated.' % inv),
                '%s\n%s' % (c.t('Comptes recevables', 'Accounts receivable'), sup[0]))
    return spec(c.lang, 'invoice', 'supplier invoice with Luhn-valid serial numbers', [], (sup[0], sup[1]),
                [who(to_, c.lang)], c.t('Facture ', 'Invoice ') + inv, body, date=c.date,
                attachments=[dict(name='%s.pdf' % inv, data=pdf)])


def n_purchase_order(c):
    buyer = C.staff_named('Hale')
    mgr = C.staff_named('Bernier')
    po = 'BC-%d' % c.rng.randrange(40000, 49999)
    asset = C.gen_ohip(c.rng)  # 10-digit Luhn asset tag
    item = c.pick([c.t('antenne genou 18 canaux pour IRM 1,5 T', '18-channel knee coil for 1.5 T MRI'),
                   c.t('audiomètre clinique deux canaux', 'two-channel clinical audiometer'),
                   c.t('lampe à fente avec module d\'imagerie', 'slit lamp with imaging module'),
                   c.t('fauteuil dentaire', 'dental chair'), c.t('dermatoscope numérique', 'digital dermatoscope')])
    body = join(C.greeting(c.rng, c.lang, mgr.given),
                c.t('Le bon de commande %s pour %s a été émis (montant 48 750 $ avant taxes). Numéro d\'actif '
                    'attribué : %s. Livraison prévue dans 6 à 8 semaines au quai B.' % (po, item, asset),
                    'PO %s for %s has been issued ($48,750 before tax). Asset number assigned: %s. Delivery expected in '
                    '6-8 weeks at dock B.' % (po, item, asset)), C.closing(c.rng, c.lang), sig(c, buyer))
    return spec(c.lang, 'purchase_order', 'purchase order with asset number', [], who(buyer, c.lang), [who(mgr, c.lang)],
                '%s – %s' % (po, item), body, date=c.date)


def n_conference(c):
    org = C.staff_named(c.pick(['Archambault', 'Raman', 'Vaillancourt', 'Ruel']))
    day = C.later(c.date, c.rng, 20, 90)
    talks = []
    topics = [('ophtalmo', c.t('Prise en charge de la DMLA exsudative en 2025', 'Managing wet AMD in 2025')),
              ('orl', c.t('Surdité brusque : corticoïdes intratympaniques ou systémiques ?', 'Sudden hearing loss: intratympanic or systemic steroids?')),
              ('derm', c.t('Biologiques en dermatite atopique', 'Biologics in atopic dermatitis')),
              ('dent', c.t('Ostéonécrose des maxillaires : prévention', 'Osteonecrosis of the jaw: prevention')),
              ('allergie', c.t('Immunothérapie orale aux arachides chez l\'enfant', 'Peanut oral immunotherapy in children')),
              ('hosp', c.t('IRM abrégée du sein', 'Abbreviated breast MRI')),
              ('imagerie', c.t('IRM du genou : pièges de lecture', 'Knee MRI: reading pitfalls')),
              ('derm', c.t('Mélanome : nouvelles cibles', 'Melanoma: new targets'))]
    c.rng.shuffle(topics)
    used = []
    for org_, topic in topics:
        if len(talks) == 4:
            break
        cands = [s for s in C.STAFF if s.is_md() and s.org == org_ and s not in used]
        if not cands:
            continue
        sp_ = c.pick(cands)
        used.append(sp_)
        talks.append('%s  %s — %s' % (['8 h 30', '9 h 15', '10 h 30', '11 h 15'][len(talks)] if c.fr else
                                      ['8:30', '9:15', '10:30', '11:15'][len(talks)], sp_.name(c.lang), topic))
    text = join(C.greeting(c.rng, c.lang),
                c.t('Journée scientifique des cliniques externes – %s, auditorium Desjardins (pavillon B).' % C.day(day, 'fr'),
                    'Outpatient Clinics Scientific Day - %s, Desjardins auditorium (wing B).' % C.day(day, 'en')),
                c.t('Programme :', 'Programme:'), '\n'.join(talks),
                c.t('Activité reconnue pour 6 heures de DPC (section 1). Inscription gratuite avant le %s.',
                    'Accredited for 6 hours of CPD (section 1). Free registration before %s.') % C.later(c.date, c.rng, 5, 15).isoformat(),
                sig(c, org))
    atts = []
    if c.chance(0.5):
        atts.append(dict(name=c.t('programme_journee_scientifique.pdf', 'scientific_day_programme.pdf'),
                         data=A.make_pdf([('h', c.t('Programme', 'Programme'))] + talks, title='Programme',
                                         letterhead=letterhead('hosp', c.lang))))
    return spec(c.lang, 'conference', 'conference programme with speakers and topics', [], who(org, c.lang), [lst(c, 'md')],
                c.t('Journée scientifique – programme', 'Scientific day - programme'), text, date=c.date, attachments=atts)


def n_committee(c):
    sec = C.staff_named(c.pick(['McKenna', 'Bernier', 'Laroche']))
    com = c.pick([c.t('Comité de pharmacologie', 'Pharmacy and therapeutics committee'),
                  c.t('Comité de radioprotection', 'Radiation safety committee'),
                  c.t('Comité de gestion des risques', 'Risk management committee'),
                  c.t('Comité de l\'accès aux services spécialisés', 'Specialized services access committee')])
    day = C.later(c.date, c.rng, 5, 30)
    pts = c.pick([[c.t('Adoption du procès-verbal', 'Approval of minutes'),
                   c.t('Statistiques des incidents-accidents T3 (14 déclarations, 0 sentinelle)', 'Q3 incident statistics (14 reports, 0 sentinel)'),
                   c.t('Révision du protocole de prémédication aux produits de contraste', 'Contrast premedication protocol revision'),
                   c.t('Varia', 'Other business')],
                  [c.t('Délais d\'attente en IRM : suivi du plan d\'action', 'MRI wait times: action plan follow-up'),
                   c.t('Entente avec Imagerie médicale Horizon : renouvellement', 'Horizon Medical Imaging agreement renewal'),
                   c.t('Formulaire de demande unique en ophtalmologie', 'Single ophthalmology referral form')]])
    body = join(C.greeting(c.rng, c.lang),
                c.t('Vous êtes convoqués à la prochaine rencontre du %s, le %s à 12 h, salle 3-210 ou Teams.' % (com, C.day(day, 'fr')),
                    'You are invited to the next %s meeting on %s at noon, room 3-210 or Teams.' % (com, C.day(day, 'en'))),
                c.t('Ordre du jour :', 'Agenda:'), '\n'.join('%d. %s' % (i + 1, p) for i, p in enumerate(pts)),
                sig(c, sec))
    return spec(c.lang, 'committee', 'committee notice', [], who(sec, c.lang), [lst(c, 'md')],
                c.t('Convocation – %s', 'Notice of meeting - %s') % com, body, date=c.date)


def n_job_posting(c):
    hr = C.staff_named('Lévesque')
    job = c.pick([c.t('Technologue en imagerie médicale (IRM)', 'MRI technologist'), c.t('Audiologiste', 'Audiologist'),
                  c.t('Hygiéniste dentaire', 'Dental hygienist'), c.t('Infirmière clinicienne – dermatologie', 'Clinical nurse - dermatology'),
                  c.t('Agent(e) administratif(ve) – prise de rendez-vous', 'Administrative officer - booking')])
    body = join(c.t('AFFICHAGE DE POSTE no %d', 'JOB POSTING #%d') % c.rng.randrange(2024001, 2025999), job,
                c.t('Statut : temps complet permanent, 35 h/semaine, jour.\nSalaire : selon l\'échelle du MSSS.\n'
                    'Exigences : membre en règle de l\'ordre professionnel ; bilinguisme un atout.',
                    'Status: full-time permanent, 35 h/week, days.\nSalary: per the MSSS scale.\n'
                    'Requirements: member in good standing of the professional order; bilingualism an asset.'),
                c.t('Faites parvenir votre CV avant le %s.', 'Send your resume before %s.') % C.later(c.date, c.rng, 10, 30).isoformat(),
                sig(c, hr))
    return spec(c.lang, 'job_posting', 'job posting', [], who(hr, c.lang), [lst(c, 'all')], c.t('Affichage : ', 'Posting: ') + job,
                body, date=c.date)


def n_it_notice(c):
    it = C.staff_named(c.pick(['Ross', 'Tran']))
    kind = c.pick(['pacs', 'phish', 'ris', 'pwd'])
    d = C.later(c.date, c.rng, 2, 14)
    txt = {
        'pacs': c.t('Une mise à jour du PACS (version 12.4) aura lieu le %s de 22 h à 2 h. Pendant l\'arrêt, les '
                    'images seront accessibles en lecture seule via le visualiseur de secours. Les modalités '
                    'conserveront les études en file d\'attente.' % C.day(d, 'fr'),
                    'A PACS upgrade (version 12.4) will take place on %s from 10 p.m. to 2 a.m. During downtime images '
                    'will be read-only in the backup viewer. Modalities will queue studies.' % C.day(d, 'en')),
        'phish': c.t('Plusieurs employés ont reçu un faux courriel « Résultats d\'IRM disponibles – cliquez ici ». Ne '
                     'cliquez pas sur le lien et signalez-le avec le bouton Signaler. Aucune donnée n\'a été compromise.',
                     'Several employees received a fake "MRI results available - click here" e-mail. Do not click the '
                     'link; report it with the Report button. No data was compromised.'),
        'ris': c.t('Le RIS sera indisponible le %s entre 6 h et 7 h pour maintenance de la base de données. Prévoir '
                   'les requêtes papier (formulaire AH-219).' % C.day(d, 'fr'),
                   'The RIS will be unavailable on %s between 6 and 7 a.m. for database maintenance. Use paper '
                   'requisitions (form AH-219).' % C.day(d, 'en')),
        'pwd': c.t('Rappel : les mots de passe du domaine expirent aux 90 jours. Le vôtre expire dans 5 jours. '
                   'Utilisez le libre-service ou appelez le 418-555-0177.',
                   'Reminder: domain passwords expire every 90 days. Yours expires in 5 days. Use self-service or call '
                   '418-555-0177.'),
    }[kind]
    body = join(C.greeting(c.rng, c.lang), txt, c.t('Soutien informatique', 'IT support'), sig(c, it))
    subj = {'pacs': c.t('Arrêt planifié PACS', 'Planned PACS downtime'), 'phish': c.t('ALERTE hameçonnage', 'PHISHING alert'),
            'ris': c.t('Maintenance RIS', 'RIS maintenance'), 'pwd': c.t('Expiration du mot de passe', 'Password expiry')}[kind]
    return spec(c.lang, 'it_notice', 'IT notice (%s)' % kind, [], who(it, c.lang), [lst(c, c.pick(['all', 'imagerie']))], subj,
                body, date=c.date, priority=kind == 'phish')


def n_stats(c):
    coord = C.staff_named(c.pick(['Boisvert', 'Bernier', 'McKenna']))
    rows = [c.t(['Examen', 'En attente', 'Médiane (j)', '> 1 an', 'P1-P2 hors délai'],
                ['Exam', 'Waiting', 'Median (d)', '> 1 year', 'P1-P2 overdue'])]
    for e in EXAMS[:8]:
        rows.append([e[0] if c.fr else e[1], c.rng.randrange(40, 1400), c.rng.randrange(20, 320), c.rng.randrange(0, 200),
                     c.rng.randrange(0, 12)])
    tot = sum(r[1] for r in rows[1:])
    atts = []
    if c.chance(0.6):
        atts.append(dict(name=c.t('tableau_bord_attente_P%d.xlsx', 'waitlist_dashboard_P%d.xlsx') % c.rng.randrange(1, 13),
                         data=A.make_xlsx([(c.t('Sommaire', 'Summary'), rows)], author=coord.name(c.lang, False))))
        tbl = ''
    else:
        tbl = '\n'.join(' | '.join(str(x) for x in r) for r in rows)
    body = join(C.greeting(c.rng, c.lang),
                c.t('Tableau de bord de la période : %d demandes en attente au total (-4 %% vs période précédente).' % tot,
                    'Period dashboard: %d requests waiting in total (-4%% vs previous period).' % tot), tbl,
                C.closing(c.rng, c.lang), sig(c, coord))
    return spec(c.lang, 'statistics', 'aggregate wait-list statistics', [], who(coord, c.lang), [lst(c, c.pick(['md', 'imagerie']))],
                c.t('Tableau de bord – listes d\'attente', 'Dashboard - wait lists'), body, date=c.date, attachments=atts)


TEMPLATES = [n_hr_vacation, n_staff_health, n_payroll, n_oncall, n_newsletter, n_invoice, n_purchase_order,
             n_conference, n_committee, n_job_posting, n_it_notice, n_stats]
