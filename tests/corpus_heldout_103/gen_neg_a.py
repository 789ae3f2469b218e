"""Negative messages, part A: HR, schedules, newsletters, conferences, invoices, recalls, shortages, committees."""
import datetime as dt

from gen_common import dfmt, MOIS, MONTHS
from gen_text import sig, hello, bye, doc_title, quote, fwd, join
from gen_pos_a import who, mail
import gen_attach as A

XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'


def neg(cat, lang, note, m):
    return {'cat': cat, 'lang': lang, 'types': [], 'note': note, 'mail': m, 'expect': {}}


ALL_STAFF = ('Tous – Urologie', 'urologie-tous@hsln.example')
ALL_STAFF_EN = ('Urology - all staff', 'urology-all@hsln.example')


# ------------------------------------------------------------------ on-call roster
def oncall_roster(W, lang):
    r = W.rng
    mgr = W.staff('mgr')
    docs = [W.staff('md') for _ in range(6)]
    month = r.randrange(2, 8)
    rows = [['Date', 'Urologue de garde' if lang == 'fr' else 'Urologist on call', 'Résident' if lang == 'fr' else 'Resident', 'Cellulaire' if lang == 'fr' else 'Cell']]
    for d in range(1, r.randrange(14, 29)):
        dd = dt.date(2025, month, d)
        s = r.choice(docs)
        rows.append([dd.isoformat(), doc_title(s, lang), r.choice(docs)['given'] + ' (R%d)' % r.randrange(1, 6), W.phone(style=1)])
    atts = []
    if r.random() < 0.6:
        atts.append({'filename': r.choice(['garde_uro_%s.xlsx' % MOIS[month - 1], 'horaire-garde.xlsx', 'oncall_%s.xlsx' % MONTHS[month - 1]]),
                     'data': A.make_xlsx([('Garde' if lang == 'fr' else 'On call', rows)]), 'ctype': XLSX})
        body = 'Voici l\'horaire de garde %s. Les échanges doivent m\'être confirmés par courriel.' % (("d'" if MOIS[month - 1][0] in 'ao' else 'de ') + MOIS[month - 1]) if lang == 'fr' else \
            'Attached is the %s on-call schedule. Please confirm swaps by e-mail.' % MONTHS[month - 1]
    else:
        body = ('Horaire de garde :\n' if lang == 'fr' else 'On-call:\n') + '\n'.join(' | '.join(x) for x in rows[1:12])
    text = join(hello(W, lang), body, r.choice(['Rappel : la garde de fin de semaine commence le vendredi 17 h.', 'Le téléavertisseur de garde est au poste 4.', ''])
                if lang == 'fr' else r.choice(['Weekend call starts Friday 5 pm.', '']), sig(W, mgr, lang))
    m = mail(W, mgr, [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN], ('Horaire de garde – %s' % MOIS[month - 1]) if lang == 'fr' else ('On-call schedule - %s' % MONTHS[month - 1]),
             text, lang, attachments=atts)
    return neg('oncall_roster', lang, 'staff on-call roster', m)


# ------------------------------------------------------------------ leave request
def leave_request(W, lang):
    r = W.rng
    s = W.staff(r.choice(['nurse', 'clerk', 'tech']))
    mgr = W.staff('mgr')
    d1 = W.future_date(dt.datetime(2025, 3, 1), 5, 120)
    d2 = d1 + dt.timedelta(days=r.choice([4, 7, 11, 14]))
    if lang == 'fr':
        txt = r.choice(['Je souhaiterais prendre mes vacances du %s au %s. %s a accepté de me remplacer à la clinique de lithotripsie.',
                        'Demande de congé férié mobile du %s au %s – %s pourra couvrir les urodynamies.',
                        'Je dois m\'absenter du %s au %s (déménagement). %s est d\'accord pour échanger ses quarts.'])
        text = join(hello(W, 'fr', mgr['given']), txt % (dfmt(d1, 'fr', 1), dfmt(d2, 'fr', 1), W.staff('nurse')['full']), bye(W, 'fr'), sig(W, s, 'fr'))
        subj = r.choice(['Demande de vacances', 'Congé', 'Demande de congé – été'])
    else:
        text = join(hello(W, 'en', mgr['given']), 'I would like to request vacation from %s to %s. %s will cover the cysto list.'
                    % (dfmt(d1, 'en', 1), dfmt(d2, 'en', 1), W.staff('nurse')['full']), bye(W, 'en'), sig(W, s, 'en'))
        subj = 'Vacation request'
    m = mail(W, s, [mgr], subj, text, lang)
    if r.random() < 0.4:
        m['text'] = join(r.choice(['Approuvé.', 'Ok pour moi, je l\'inscris.']) if lang == 'fr' else 'Approved.', mgr['given'],
                         quote(W, text, (s['full'], s['email']), m['date'], lang, subj, mgr['full']))
        m['from'], m['to'] = who(mgr, lang), [who(s, lang)]
        m['subject'] = 'RE: ' + subj
        m['reply'] = True
    return neg('leave_request', lang, 'staff vacation request', m)


# ------------------------------------------------------------------ payroll notice
def payroll(W, lang):
    r = W.rng
    hr = W.staff('hr', org='cisss')
    if lang == 'fr':
        text = join(hello(W, 'fr'), r.choice([
            'La paie du %s sera déposée un jour plus tôt en raison du congé. Les relevés sont disponibles dans Logibec – Espace employé.',
            'Rappel : les feuilles de temps des primes de garde doivent être approuvées avant le %s midi.',
            'Correction : la prime de soir (poste 2) n\'a pas été versée sur la paie du %s. Un ajustement sera fait à la paie suivante.']) % dfmt(dt.date(2025, r.randrange(2, 7), r.randrange(1, 28)), 'fr', 1),
            'Pour toute question, écrivez au service de la paie (poste 5521). Ne transmettez jamais votre NAS par courriel.', sig(W, hr, 'fr'))
        subj = r.choice(['Paie – information', 'Avis de la paie', 'Primes de garde – rappel'])
    else:
        text = join(hello(W, 'en'), 'Payday for the week of %s will be one day early because of the holiday. Pay stubs are in the employee portal.'
                    % dfmt(dt.date(2025, r.randrange(2, 7), r.randrange(1, 28)), 'en', 1), 'Never send your SIN by e-mail.', sig(W, hr, 'en'))
        subj = 'Payroll notice'
    m = mail(W, hr, [('Personnel CISSS', 'personnel@cisss-hautesrivieres.example')], subj, text, lang)
    return neg('payroll_notice', lang, 'payroll notice to employees', m)


# ------------------------------------------------------------------ occupational health (staff)
def staff_occ_health(W, lang):
    r = W.rng
    sst = W.staff('nurse', org='cisss')
    emp = W.staff(r.choice(['nurse', 'clerk', 'tech']))
    mgr = W.staff('mgr')
    k = r.randrange(3)
    if lang == 'fr':
        if k == 0:
            text = join(hello(W, 'fr'), 'La clinique de vaccination antigrippale pour les employés aura lieu le %s de 7 h à 15 h au local 2.114. '
                        'Apportez votre carte d\'employé.' % dfmt(dt.date(2025, 10, r.randrange(6, 28)), 'fr', 1), sig(W, sst, 'fr'))
            subj = 'Vaccination antigrippale – employés'
            to = [ALL_STAFF]
        elif k == 1:
            text = join(hello(W, 'fr', mgr['given']), '%s (matricule %d) reprendra le travail en retour progressif à compter du %s : 3 jours/semaine, pas de soulèvement > 10 kg pendant 4 semaines. '
                        'Merci d\'adapter son horaire à la salle de cystoscopie.' % (emp['full'], r.randrange(100000, 999999), dfmt(dt.date(2025, r.randrange(2, 7), r.randrange(1, 28)), 'fr', 1)),
                        'Les détails médicaux demeurent au dossier de santé au travail.', sig(W, sst, 'fr', unit='Santé et sécurité au travail'))
            subj = 'Retour progressif – employé(e)'
            to = [mgr]
        else:
            text = join(hello(W, 'fr'), 'Suite à l\'exposition au sang survenue au bloc le %s, l\'employée a été vue en santé au travail et le suivi est en cours. '
                        'Rappel à tous : ne pas recapuchonner les aiguilles.' % dfmt(dt.date(2025, r.randrange(1, 6), r.randrange(1, 28)), 'fr', 0), sig(W, sst, 'fr'))
            subj = 'Rappel – exposition au sang'
            to = [ALL_STAFF]
    else:
        text = join(hello(W, 'en', mgr['given']), '%s will return on modified duties from %s: no lifting over 10 kg for 4 weeks. Please adjust the schedule.'
                    % (emp['full'], dfmt(dt.date(2025, r.randrange(2, 7), r.randrange(1, 28)), 'en', 1)), sig(W, sst, 'en', unit='Occupational Health'))
        subj = 'Return to work - modified duties'
        to = [mgr]
    m = mail(W, sst, to, subj, text, lang)
    return neg('staff_occupational_health', lang, 'employee health / return to work', m)


# ------------------------------------------------------------------ newsletter
NEWS_FR = [('Movember : parlons du cancer de la prostate',
            'Un homme sur huit recevra un diagnostic de cancer de la prostate au cours de sa vie. Le dépistage par APS doit être une décision partagée '
            'entre le patient et son médecin. Notre clinique participe à Movember : portez la moustache et amassez des fonds !'),
           ('Canicule et calculs rénaux',
            'Les visites à l\'urgence pour colique néphrétique augmentent de 30 % lors des vagues de chaleur. Rappelez à vos patients de boire 2,5 à 3 L d\'eau par jour '
            'et de limiter le sel. Les calculs d\'oxalate de calcium représentent environ 80 % des cas.'),
           ('Semaine de la continence',
            'Une femme sur trois vivra de l\'incontinence urinaire. La rééducation périnéale est le traitement de première ligne de l\'incontinence d\'effort. '
            'Kiosque d\'information le mardi au hall principal.'),
           ('Nouveau : biopsies transpérinéales sous anesthésie locale',
            'Depuis janvier, toutes les biopsies de prostate sont faites par voie transpérinéale. Le taux d\'infection est passé de 2,1 % à 0,2 %.')]
NEWS_EN = [('Movember: let\'s talk about prostate health', 'One in eight men will be diagnosed with prostate cancer. PSA screening should be a shared decision. Grow a moustache and donate!'),
           ('Beat the heat: kidney stone season', 'ER visits for renal colic rise by 30% in heat waves. Remind patients to drink 2.5-3 L of water a day.'),
           ('World Continence Week', 'One in three women experiences urinary incontinence. Pelvic floor therapy is first-line for stress incontinence.')]


def newsletter(W, lang):
    r = W.rng
    com = W.staff('mgr')
    items = r.sample(NEWS_FR if lang == 'fr' else NEWS_EN, 2)
    docs = [W.staff('md') for _ in range(2)]
    extra = ('Bienvenue à %s, urologue, qui se joint à l\'équipe et prendra en charge la clinique de lithiase complexe.' % doc_title(docs[0], 'fr')) if lang == 'fr' else \
        ('Welcome to %s, who joins us to lead the complex stone clinic.' % doc_title(docs[0], 'en'))
    html = ('<html><body style="font-family:Georgia,serif;max-width:640px">'
            '<h1 style="color:#0b5">%s</h1>' % ('Info-Uro – bulletin du service' if lang == 'fr' else 'Uro News - department bulletin') +
            ''.join('<h2>%s</h2><p>%s</p>' % (t, b) for t, b in items) + '<h2>%s</h2><p>%s</p>' % ('Nouvelles de l\'équipe' if lang == 'fr' else 'Team news', extra) +
            '<p style="font-size:10px">%s</p></body></html>' % ('Pour vous désabonner, répondez « désabonnement ».' if lang == 'fr' else 'To unsubscribe reply STOP.'))
    text = '\n\n'.join(['%s\n%s' % (t, b) for t, b in items] + [extra])
    m = mail(W, ('Info-Uro', 'infouro@hsln.example'), [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN], items[0][0], text, lang,
             html=html, body_mode=r.choice(['html', 'alt']))
    return neg('newsletter', lang, 'department newsletter about diseases', m)


# ------------------------------------------------------------------ conference programme
TOPICS_FR = ['Surveillance active du cancer de la prostate : qui, quand, comment ?', 'IRM multiparamétrique et PI-RADS v2.1',
             'Lithiase urinaire : urétéroscopie souple vs LEOC', 'Vessie hyperactive réfractaire : Botox ou neuromodulation ?',
             'Vasectomie sans bistouri : trucs et astuces', 'Incontinence post-prostatectomie : bandelette ou sphincter ?',
             'Hématurie microscopique : nouvelles lignes directrices AUC', 'BCG en pénurie : stratégies pour le TVNIM']
TOPICS_EN = ['Active surveillance in prostate cancer', 'mpMRI and PI-RADS v2.1', 'Flexible ureteroscopy vs SWL', 'Refractory OAB: Botox or SNM?',
             'No-scalpel vasectomy tips', 'Post-prostatectomy incontinence', 'Microscopic hematuria: new CUA guidelines', 'Managing NMIBC during BCG shortage']


def conference(W, lang):
    r = W.rng
    org = W.staff('md')
    topics = r.sample(TOPICS_FR if lang == 'fr' else TOPICS_EN, r.randrange(4, 7))
    sched = []
    t = dt.datetime(2025, 5, 16, 8, 0)
    for tp in topics:
        sp = W.staff('md', org=r.choice(['hsl', 'chu']))
        sched.append('%s  %s — %s (%s)' % (t.strftime('%H:%M'), tp, doc_title(sp, lang), sp['org']))
        t += dt.timedelta(minutes=r.choice([30, 40, 45]))
    title_ = r.choice(['Journée annuelle d\'urologie 2025', '12e Symposium d\'uro-oncologie', 'Colloque de continence et plancher pelvien']) if lang == 'fr' else \
        r.choice(['Annual Urology Day 2025', 'Uro-oncology Symposium'])
    atts = []
    if r.random() < 0.6:
        atts.append({'filename': r.choice(['programme.pdf', 'Programme_journee_uro.pdf', 'agenda.pdf']),
                     'data': A.make_pdf(title_, sched + ['', 'Crédits : 6 heures de DPC reconnues (section 1).' if lang == 'fr' else 'Accredited for 6 Section 1 hours.']),
                     'ctype': 'application/pdf'})
        body = 'Programme en pièce jointe. Inscription avant le 1er mai.' if lang == 'fr' else 'Programme attached. Register by May 1.'
    else:
        body = '\n'.join(sched)
    text = join(hello(W, lang), ('Vous êtes invités à la %s, le vendredi 16 mai, auditorium Jean-Lemieux.' % title_) if lang == 'fr' else
                ('You are invited to the %s, Friday May 16, main auditorium.' % title_), body, sig(W, org, lang))
    m = mail(W, org, [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN], title_, text, lang, attachments=atts)
    return neg('conference_programme', lang, 'conference programme with speakers and disease topics', m)


# ------------------------------------------------------------------ invoice / purchase order
def invoice(W, lang):
    r = W.rng
    vend = W.staff('buyer', org=r.choice(['vendor', 'vendor2']))
    buyer = W.staff('buyer')
    items = r.sample([('Entretien préventif lithotripteur Modulith SLX-F2', 'Preventive maintenance, lithotripter'),
                      ('Réparation cystoscope flexible 15,5 Fr', 'Flexible cystoscope repair 15.5 Fr'),
                      ('Fibres laser holmium 272 µm (boîte de 10)', 'Holmium laser fibres 272 µm (box of 10)'),
                      ('Cathéters urodynamiques à air, 7 Fr (x 20)', 'Air-charged UDS catheters 7 Fr (x20)'),
                      ('Sondes urétérales double J 6 Fr x 26 cm (x 10)', 'Double-J stents 6 Fr x 26 cm (x10)'),
                      ('Paniers de nitinol 1,9 Fr (x 5)', 'Nitinol baskets 1.9 Fr (x5)')], r.randrange(2, 5))
    inv = 'F-%d' % r.randrange(100000, 999999)
    po = 'BC %d' % r.randrange(4500000000, 4599999999)
    rows = [['Article', 'N° de série / lot', 'Qté', 'Prix unitaire', 'Total'] if lang == 'fr' else ['Item', 'Serial / lot', 'Qty', 'Unit price', 'Total']]
    total = 0
    for fr_, en_ in items:
        q = r.randrange(1, 6)
        pu = round(r.uniform(80, 9000), 2)
        total += q * pu
        rows.append([fr_ if lang == 'fr' else en_, W.luhn_number(r.choice([9, 10, 11])), q, '%.2f $' % pu, '%.2f $' % (q * pu)])
    pdf = A.make_pdf(('Facture %s' if lang == 'fr' else 'Invoice %s') % inv,
                     [vend['org'], ('Bon de commande : %s' if lang == 'fr' else 'PO: %s') % po, ('Client : Hôpital Saint-Laurent-du-Nord, Génie biomédical' if lang == 'fr' else 'Customer: Hôpital Saint-Laurent-du-Nord, Biomedical Engineering'),
                      'TPS 5 %% / TVQ 9,975 %%  —  Total : %.2f $' % (total * 1.14975), 'Conditions : net 30 jours'], table=rows, header=vend['org'])
    text = join(hello(W, lang, buyer['given']), ('Veuillez trouver ci-joint la facture %s relative au %s.' % (inv, po)) if lang == 'fr' else ('Please find invoice %s for %s attached.' % (inv, po)),
                sig(W, vend, lang, unit='Comptes clients' if lang == 'fr' else 'Accounts receivable'))
    m = mail(W, vend, [buyer], ('Facture %s' % inv) if lang == 'fr' else ('Invoice %s' % inv), text, lang,
             attachments=[{'filename': 'Facture_%s.pdf' % inv, 'data': pdf, 'ctype': 'application/pdf'}])
    return neg('invoice', lang, 'supplier invoice with serial numbers', m)


# ------------------------------------------------------------------ supplier recall
def supplier_recall(W, lang):
    r = W.rng
    vend = W.staff('buyer', org='vendor')
    qa = W.staff('mgr')
    prod = r.choice([('sondes Foley 2 voies en silicone 16 Fr', 'silicone 2-way Foley catheters 16 Fr', 'rupture du ballonnet'),
                     ('tuteurs urétéraux 6 Fr x 24 cm', 'ureteral stents 6 Fr x 24 cm', 'fragilité de la boucle proximale'),
                     ('gaines d\'accès urétéral 12/14 Fr', 'ureteral access sheaths 12/14 Fr', 'défaut de stérilité de l\'emballage'),
                     ('capteurs de pression urodynamique', 'urodynamic pressure transducers', 'dérive de calibration')])
    lots = [W.luhn_number(r.choice([9, 10])) for _ in range(r.randrange(2, 6))]
    if lang == 'fr':
        text = join('AVIS DE RAPPEL VOLONTAIRE – CLASSE II', hello(W, 'fr'),
                    'UroMedTech procède au rappel des %s (réf. UMT-%d) en raison d\'un risque de %s. Lots visés :\n%s'
                    % (prod[0], r.randrange(1000, 9999), prod[2], '\n'.join('  - Lot %s' % l for l in lots)),
                    'Veuillez mettre les produits en quarantaine et retourner le formulaire de confirmation. Aucun incident patient n\'a été rapporté à ce jour.',
                    sig(W, vend, 'fr', unit='Affaires réglementaires'))
        subj = 'AVIS DE RAPPEL – %s' % prod[0]
    else:
        text = join('VOLUNTARY RECALL - CLASS II', hello(W, 'en'),
                    'UroMedTech is recalling %s due to %s. Affected lots:\n%s' % (prod[1], 'balloon rupture risk' if 'Foley' in prod[1] else 'a manufacturing defect',
                                                                           '\n'.join('  - Lot %s' % l for l in lots)),
                    'Quarantine the product and return the acknowledgement form. No patient injuries reported.', sig(W, vend, 'en', unit='Regulatory Affairs'))
        subj = 'RECALL NOTICE - %s' % prod[1]
    m = mail(W, vend, [qa], subj, text, lang)
    return neg('supplier_recall', lang, 'device recall with lot numbers', m)


# ------------------------------------------------------------------ drug shortage
def drug_shortage(W, lang):
    r = W.rng
    ph = W.staff('pharm')
    drug = r.choice([('BCG (souche TICE) 50 mg', 'BCG (TICE) 50 mg', 'réserver aux TVNIM à haut risque en induction; entretien à 1/3 de dose'),
                     ('tamsulosine 0,4 mg capsules', 'tamsulosin 0.4 mg capsules', 'substituer par silodosine 8 mg ou alfuzosine 10 mg'),
                     ('mitomycine C 40 mg', 'mitomycin C 40 mg', 'instillation post-RTUV limitée aux tumeurs uniques < 3 cm'),
                     ('oxybutynine 5 mg comprimés', 'oxybutynin 5 mg tablets', 'utiliser le trospium ou la solifénacine')])
    if lang == 'fr':
        text = join(hello(W, 'fr'), 'Le fournisseur annonce une rupture de %s jusqu\'au %s.' % (drug[0], dfmt(dt.date(2025, r.randrange(4, 10), r.randrange(1, 28)), 'fr', 1)),
                    'Recommandation du comité de pharmacologie : %s.' % drug[2], 'Aucune nouvelle ordonnance ne sera servie sans validation par la pharmacie.', sig(W, ph, 'fr', unit='Département de pharmacie'))
        subj = 'Pénurie – %s' % drug[0]
    else:
        text = join(hello(W, 'en'), 'Our supplier reports a shortage of %s until %s.' % (drug[1], dfmt(dt.date(2025, r.randrange(4, 10), r.randrange(1, 28)), 'en', 1)),
                    'Please use alternatives per the P&T guidance.', sig(W, ph, 'en', unit='Pharmacy Department'))
        subj = 'Drug shortage - %s' % drug[1]
    m = mail(W, ph, [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN], subj, text, lang)
    return neg('drug_shortage', lang, 'drug shortage notice', m)


# ------------------------------------------------------------------ committee notice
def committee(W, lang):
    r = W.rng
    sec = W.staff('clerk')
    ch = W.staff('md')
    d = W.future_date(dt.datetime(2025, 2, 1), 5, 120)
    com = r.choice(['Comité des mortalités et morbidités', 'Comité de pharmacologie', 'Comité qualité et gestion des risques', 'Exécutif du CMDP', 'Comité des tumeurs génito-urinaires']) \
        if lang == 'fr' else r.choice(['M&M Committee', 'P&T Committee', 'Quality & Risk Committee', 'GU Tumour Board Steering Committee'])
    odj = (['Adoption du procès-verbal', 'Suivi des indicateurs de délai (cystoscopie, LEOC)', 'Révision de l\'ordonnance collective – sonde urinaire', 'Divers']
           if lang == 'fr' else ['Approval of minutes', 'Wait-time indicators', 'Catheter order set review', 'Other business'])
    text = join(hello(W, lang), ('La prochaine réunion du %s aura lieu le %s à 12 h, salle 3.201 et sur Teams. Présidence : %s.' % (com, dfmt(d, 'fr', 1), doc_title(ch, 'fr')))
                if lang == 'fr' else ('The next %s meeting is %s at noon, room 3.201 / Teams. Chair: %s.' % (com, dfmt(d, 'en', 1), doc_title(ch, 'en'))),
                ('Ordre du jour :\n' if lang == 'fr' else 'Agenda:\n') + '\n'.join('%d. %s' % (i + 1, x) for i, x in enumerate(odj)), sig(W, sec, lang))
    m = mail(W, sec, [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN], ('Convocation – ' + com) if lang == 'fr' else ('Meeting notice - ' + com), text, lang)
    return neg('committee_notice', lang, 'committee meeting notice', m)


# ------------------------------------------------------------------ job posting
def job_posting(W, lang):
    r = W.rng
    hr = W.staff('hr', org='cisss')
    job = r.choice([('Infirmière clinicienne – clinique d\'urodynamie', 'Nurse Clinician - Urodynamics'), ('Agente administrative – centrale de rendez-vous urologie', 'Unit Clerk - Urology booking'),
                    ('Technicien(ne) en lithotripsie', 'Lithotripsy Technologist'), ('Infirmière pivot en uro-oncologie', 'Uro-oncology Nurse Navigator')])
    if lang == 'fr':
        text = join('AFFICHAGE DE POSTE – %s' % job[0], 'No d\'affichage : %d-%03d' % (2025, r.randrange(1, 999)),
                    'Statut : temps complet permanent, jour. Échelle salariale : %s $ à %s $/h.' % (('%.2f' % r.uniform(26, 32)).replace('.', ','), ('%.2f' % r.uniform(40, 55)).replace('.', ',')),
                    'Exigences : %s' % r.choice(['BAC en sciences infirmières, membre de l\'OIIQ, 2 ans d\'expérience en urologie un atout', 'DEP en secrétariat, maîtrise de Cristal-Net', 'DEC en technologie de radiodiagnostic']),
                    'Postulez avant le %s sur le site carrières.' % dfmt(dt.date(2025, r.randrange(2, 8), r.randrange(1, 28)), 'fr', 1), sig(W, hr, 'fr'))
        subj = 'Affichage : ' + job[0]
    else:
        text = join('JOB POSTING - %s' % job[1], 'Full-time permanent, days. Apply by %s via the careers site.' % dfmt(dt.date(2025, r.randrange(2, 8), r.randrange(1, 28)), 'en', 1), sig(W, hr, 'en'))
        subj = 'Job posting: ' + job[1]
    m = mail(W, hr, [('Affichages internes', 'affichages@cisss-hautesrivieres.example')], subj, text, lang)
    return neg('job_posting', lang, 'job posting', m)
