"""Negative messages, part C: minutes, training, events, invitations, vCards, ZIPs, reply chains, audits."""
import datetime as dt

from gen_common import dfmt, MOIS, MONTHS
from gen_text import sig, hello, bye, doc_title, quote, fwd, join
from gen_pos_a import who, mail
from gen_neg_a import neg, ALL_STAFF, ALL_STAFF_EN, XLSX, DOCX
import gen_attach as A
import gen_mime as M


def meeting_minutes(W, lang):
    r = W.rng
    sec = W.staff('clerk')
    ppl = [W.staff(r.choice(['md', 'nurse', 'mgr'])) for _ in range(5)]
    if lang == 'fr':
        paras = ['Présents : ' + ', '.join(doc_title(p, 'fr') for p in ppl), '## 1. Délais',
                 'Le délai médian pour les cystoscopies d\'hématurie est de %d jours. Cible ministérielle : 28 jours.' % r.randrange(20, 90),
                 '## 2. Lithotripsie', 'Le lithotripteur sera hors service 3 jours en mai pour l\'entretien annuel. Les cas seront redirigés vers l\'URS.',
                 '## 3. BCG', 'Pénurie : dose réduite en entretien, priorité aux TVNIM à haut risque.',
                 '## 4. Divers', 'Le party de Noël aura lieu le 12 décembre.']
        t, fn, subj = 'Procès-verbal – réunion de service urologie', 'PV_reunion_service_%s.docx' % MOIS[r.randrange(12)], 'PV réunion de service'
    else:
        paras = ['Present: ' + ', '.join(doc_title(p, 'en') for p in ppl), '## 1. Wait times', 'Median hematuria cystoscopy wait %d days.' % r.randrange(20, 90),
                 '## 2. Lithotripsy', 'Lithotripter down 3 days in May for maintenance.', '## 3. Other', 'Holiday party Dec 12.']
        t, fn, subj = 'Minutes - Urology department meeting', 'minutes_dept_meeting.docx', 'Department meeting minutes'
    data = A.make_docx(t, paras, author=sec['full'])
    m = mail(W, sec, [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN], subj, join(hello(W, lang), 'PV en pièce jointe.' if lang == 'fr' else 'Minutes attached.', sig(W, sec, lang)), lang,
             attachments=[{'filename': fn, 'data': data, 'ctype': DOCX}])
    return neg('meeting_minutes_docx', lang, 'department meeting minutes', m)


def training(W, lang):
    r = W.rng
    ed = W.staff('nurse')
    c = r.choice([('Prévention des infections – insertion de sonde urinaire', 'Infection prevention - urinary catheter insertion'),
                  ('Double identification des usagers', 'Two-patient-identifier policy'), ('Confidentialité et sécurité de l\'information', 'Privacy and information security'),
                  ('Manipulation sécuritaire des médicaments dangereux (BCG, mitomycine)', 'Safe handling of hazardous drugs (BCG, mitomycin)')])
    text = join(hello(W, lang), ('Formation obligatoire « %s » à compléter sur l\'ENA avant le %s (durée : 45 min).' % (c[0], dfmt(dt.date(2025, r.randrange(3, 9), r.randrange(1, 28)), 'fr', 1)))
                if lang == 'fr' else ('Mandatory e-learning "%s" due by %s (45 min).' % (c[1], dfmt(dt.date(2025, r.randrange(3, 9), r.randrange(1, 28)), 'en', 1))),
                'Taux de complétion actuel de l\'unité : %d %%.' % r.randrange(30, 90) if lang == 'fr' else 'Unit completion rate: %d%%.' % r.randrange(30, 90), sig(W, ed, lang))
    m = mail(W, ed, [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN], ('Formation obligatoire – ' + c[0]) if lang == 'fr' else ('Mandatory training - ' + c[1]), text, lang)
    return neg('mandatory_training', lang, 'mandatory training reminder', m)


def social_event(W, lang):
    r = W.rng
    org = W.staff('nurse')
    ret = W.staff('md')
    k = r.randrange(3)
    if lang == 'fr':
        text = [('Après 31 ans au service, %s prend sa retraite ! 5 à 7 le %s au Bistro du Moulin. Contribution pour le cadeau : 10 $ auprès de %s.' % (doc_title(ret, 'fr'), dfmt(dt.date(2025, 6, r.randrange(2, 28)), 'fr', 1), org['given'])),
                'Dîner-partage de la clinique d\'urologie vendredi midi, salle 3.201. Inscrivez votre plat sur la feuille au poste.',
                'Le tournoi de quilles du service aura lieu le %s. Équipes de 4 : « Les Calculs », « Les Double J », « Les Jets forts »…' % dfmt(dt.date(2025, 3, r.randrange(1, 28)), 'fr', 1)][k]
        subj = ['Départ à la retraite', 'Dîner-partage vendredi', 'Tournoi de quilles !'][k]
    else:
        text = [('After 31 years, %s is retiring! Join us on %s.' % (doc_title(ret, 'en'), dfmt(dt.date(2025, 6, r.randrange(2, 28)), 'en', 1))),
                'Potluck lunch Friday noon, room 3.201.', 'Bowling night on %s!' % dfmt(dt.date(2025, 3, r.randrange(1, 28)), 'en', 1)][k]
        subj = ['Retirement party', 'Potluck Friday', 'Bowling night'][k]
    m = mail(W, org, [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN], subj, join(hello(W, lang), text, sig(W, org, lang)), lang, body_mode=r.choice(['html', 'alt', 'plain']))
    return neg('social_event', lang, 'staff social event', m)


def staff_meeting_ics(W, lang):
    r = W.rng
    org = W.staff('mgr')
    att = [W.staff(r.choice(['md', 'nurse'])) for _ in range(4)]
    d = W.future_date(dt.datetime(2025, 2, 1), 2, 120)
    start = dt.datetime(d.year, d.month, d.day, 12, 0)
    summ = r.choice(['Réunion de service urologie', 'Tumor board GU', 'Rencontre – projet clinique de continence', 'Comité de lithotripsie']) if lang == 'fr' else \
        r.choice(['Urology department meeting', 'GU tumour board (admin)', 'Continence clinic project'])
    desc = ('Ordre du jour : délais, budget, horaire d\'été. Lien Teams dans l\'invitation.' if lang == 'fr' else 'Agenda: wait times, budget, summer schedule.')
    ics = A.make_ics('%d@agenda.hsln.example' % r.randrange(10 ** 8), summ, start, start + dt.timedelta(hours=1), 'Salle 3.201 / Teams', desc,
                     who(org), [who(a) for a in att], dt.datetime(2025, 1, 20, 9, 0))
    m = mail(W, org, att, summ, join(desc, sig(W, org, lang)), lang, attachments=[{'filename': 'invite.ics', 'data': ics, 'ctype': 'text/calendar; method=REQUEST'}])
    return neg('staff_meeting_ics', lang, 'staff meeting invitation', m)


def vendor_vcard(W, lang):
    r = W.rng
    rep = W.staff('buyer', org=r.choice(['vendor', 'vendor2']))
    nurse = W.staff('nurse')
    vc = A.make_vcf(rep['given'], rep['surname'], tels=[('WORK', W.clinic_phone()), ('CELL', W.phone())], emails=[rep['email']], org=rep['org'],
                    title='Représentant(e) technique – lithotripsie et endourologie' if lang == 'fr' else 'Technical representative - endourology')
    boss = W.staff('mgr')
    text = join(hello(W, lang, nurse['given']), 'Voici les coordonnées de notre représentant(e) pour le soutien technique des fibres laser.' if lang == 'fr'
                else 'Here is our rep\'s contact for laser fibre support.', sig(W, boss, lang))
    m = mail(W, boss, [nurse], 'Coordonnées représentant' if lang == 'fr' else 'Vendor contact', text, lang,
             attachments=[{'filename': '%s %s.vcf' % (rep['given'], rep['surname']), 'data': vc, 'ctype': 'text/x-vcard'}])
    return neg('vendor_vcard', lang, 'vendor representative vCard', m)


def policy_zip(W, lang):
    r = W.rng
    q = W.staff('mgr')
    files = [('Procedure_irrigation_vesicale_continue.pdf', A.make_pdf('Irrigation vésicale continue', ['1. Vérifier la prescription.', '2. Utiliser une sonde 3 voies 22-24 Fr.', '3. Ajuster le débit selon la couleur de l\'urine.'])),
             ('Ordonnance_collective_retrait_sonde.docx', A.make_docx('Ordonnance collective – retrait de sonde urinaire', ['Indications : patient hospitalisé sans critère de maintien.', 'Contre-indications : chirurgie urologique récente sans accord du chirurgien.'])),
             ('Protocole_BCG_intravesical.pdf', A.make_pdf('Protocole – instillation intravésicale de BCG', ['Port de l\'équipement de protection.', 'Rétention 2 h.', 'Javelliser l\'urine pendant 6 h.']))]
    z = A.make_zip(r.sample(files, r.randrange(2, 4)))
    text = join(hello(W, lang), 'Procédures révisées de l\'unité, à lire et signer avant le 30 avril.' if lang == 'fr' else 'Revised unit procedures attached.', sig(W, q, lang))
    m = mail(W, q, [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN], 'Procédures révisées' if lang == 'fr' else 'Revised procedures', text, lang,
             attachments=[{'filename': r.choice(['procedures_2025.zip', 'Procédures révisées.zip']), 'data': z, 'ctype': 'application/zip'}])
    return neg('policy_zip', lang, 'ZIP of unit procedures', m)


def schedule_chain(W, lang):
    r = W.rng
    a = W.staff('nurse')
    b = W.staff('md')
    t0 = W.mail_date()
    if lang == 'fr':
        first = join(hello(W, 'fr', b['given']), r.choice(['Est-ce que tu peux prendre la clinique de vasectomie du %s PM ? %s est en congé.',
                                                            'La salle d\'urodynamie est réservée pour la calibration le %s ; peux-tu déplacer ta plage à la salle 3.118 ? (%s s\'occupe du matériel)'])
                     % (dfmt(W.future_date(t0, 5, 40), 'fr', 3), W.staff('md')['full']), a['given'])
        rep = r.choice(['Oui, pas de problème.', 'Je peux seulement jusqu\'à 15 h.', 'Ok, je m\'arrange avec la clinique.'])
        subj = 'Clinique vasectomie – remplacement' if 'vasectomie' in first else 'Salle urodynamie'
    else:
        first = join(hello(W, 'en', b['given']), 'Can you cover the cysto list on %s? %s is away.' % (dfmt(W.future_date(t0, 5, 40), 'en', 3), W.staff('md')['full']), a['given'])
        rep = r.choice(['Sure.', 'Only until 3 pm.'])
        subj = 'Cysto list coverage'
    text = join(rep, b['given'], quote(W, first, (a['full'], a['email']), t0, lang, subj, b['full']))
    m = mail(W, b, [a], ('RE: ' if lang == 'fr' and r.random() < 0.5 else 'Re: ') + subj, text, lang, reply=True, date=t0 + dt.timedelta(hours=1))
    return neg('schedule_reply_chain', lang, 'reply chain about staff scheduling', m)


def vendor_fwd_eml(W, lang, stats):
    r = W.rng
    rep = W.staff('buyer', org='vendor')
    mgr = W.staff('mgr')
    uro = W.staff('md')
    t0 = W.mail_date()
    inner_txt = join(hello(W, lang, doc_title(mgr, lang)),
                     ('Suite à notre rencontre, voici l\'information sur notre nouveau tuteur urétéral à revêtement hydrophile (6 Fr, 22-30 cm). Prix de lancement : 38 $/unité pour une commande de 200. '
                      'Un essai clinique (n = 412) montre une réduction de 22 % des symptômes liés au tuteur.') if lang == 'fr' else
                     'Following our meeting, here is information on our new hydrophilic-coated ureteral stent. Launch price $38/unit for 200 units.',
                     sig(W, rep, lang))
    inner = M.build({'from': who(rep, lang), 'to': [who(mgr, lang)], 'subject': 'Nouveau tuteur urétéral' if lang == 'fr' else 'New ureteral stent', 'text': inner_txt,
                     'lang': lang, 'date': t0, 'eol': 'lf', 'attachments': []}, r, stats)
    text = join(hello(W, lang, uro['given']), 'Ton avis sur ce produit ? Courriel du fournisseur joint.' if lang == 'fr' else 'Your opinion on this product? Vendor e-mail attached.', sig(W, mgr, lang))
    m = mail(W, mgr, [uro], ('TR: ' if lang == 'fr' else 'FW: ') + ('Nouveau tuteur urétéral' if lang == 'fr' else 'New ureteral stent'), text, lang,
             date=t0 + dt.timedelta(days=1), emls=[{'data': inner, 'filename': 'Nouveau tuteur.eml' if lang == 'fr' else 'stent.eml'}])
    return neg('vendor_fwd_eml', lang, 'vendor message attached as .eml', m)


def audit(W, lang):
    r = W.rng
    q = W.staff('nurse')
    k = r.randrange(3)
    if lang == 'fr':
        text = ['Audit d\'hygiène des mains – 7e urologie : conformité %d %% (cible 80 %%). Moment le moins respecté : après contact avec l\'environnement du patient.' % r.randrange(55, 95),
                'Infections post-biopsie de prostate T1 : %d cas sur %d biopsies (%s %%), aucune sepsis.' % (r.randrange(0, 3), r.randrange(120, 260), '0,%d' % r.randrange(0, 9)),
                'Taux d\'infections urinaires sur sonde (ICUS) : %s pour 1000 jours-sonde, en baisse depuis l\'ordonnance collective de retrait.' % ('%d,%d' % (r.randrange(1, 5), r.randrange(0, 9)))][k]
    else:
        text = ['Hand hygiene audit, 7th floor urology: %d%% compliance (target 80%%).' % r.randrange(55, 95),
                'Post-prostate-biopsy infections Q1: %d of %d biopsies, no sepsis.' % (r.randrange(0, 3), r.randrange(120, 260)),
                'CAUTI rate %d.%d per 1000 catheter-days.' % (r.randrange(1, 5), r.randrange(0, 9))][k]
    m = mail(W, q, [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN], 'Résultats d\'audit' if lang == 'fr' else 'Audit results', join(hello(W, lang), text, sig(W, q, lang, unit='Prévention des infections' if lang == 'fr' else 'Infection Prevention')), lang)
    return neg('audit_results', lang, 'aggregated audit results', m)


def survey(W, lang):
    r = W.rng
    mgr = W.staff('mgr')
    text = join(hello(W, lang), ('Résultats du sondage de satisfaction (n = %d) : %d %% satisfaits de l\'accueil, %d %% trouvent le délai trop long. '
                                 'Commentaires anonymes : « personnel très gentil », « stationnement trop cher », « attente de 2 h pour une cystoscopie ».' % (r.randrange(80, 400), r.randrange(70, 97), r.randrange(20, 60)))
                if lang == 'fr' else ('Patient satisfaction survey (n=%d): %d%% satisfied. Anonymous comments: "friendly staff", "parking too expensive".' % (r.randrange(80, 400), r.randrange(70, 97))),
                sig(W, mgr, lang))
    m = mail(W, mgr, [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN], 'Sondage de satisfaction – résultats' if lang == 'fr' else 'Satisfaction survey results', text, lang)
    return neg('satisfaction_survey', lang, 'aggregate anonymous survey', m)


def template_letter(W, lang):
    r = W.rng
    sec = W.staff('clerk')
    if lang == 'fr':
        body = ('Madame, Monsieur «NOM_PATIENT»,\n\nVotre rendez-vous de «TYPE_EXAMEN» est prévu le «DATE_RV» à «HEURE_RV», clinique d\'urologie, 3e étage.\n'
                'Veuillez apporter votre carte d\'assurance maladie et la liste de vos médicaments.\n\n«NOM_MEDECIN»\nUrologue')
        intro = 'Voici le gabarit de lettre de convocation pour le publipostage. Les champs entre « » sont remplis automatiquement.'
    else:
        body = ('Dear {{patient_name}},\n\nYour {{exam_type}} appointment is on {{date}} at {{time}}, Urology Clinic.\nPlease bring your health card and medication list.\n\n{{physician}}')
        intro = 'Mail-merge template for appointment letters below.'
    m = mail(W, sec, [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN], 'Gabarit – lettre de convocation' if lang == 'fr' else 'Appointment letter template',
             join(hello(W, lang), intro, body, sig(W, sec, lang)), lang)
    return neg('template_letter', lang, 'mail-merge template with placeholders', m)


def formulary(W, lang):
    r = W.rng
    ph = W.staff('pharm')
    text = join(hello(W, lang), r.choice([
        'Le comité de pharmacologie a ajouté le vibégron 75 mg au formulaire (vessie hyperactive, après échec d\'un antimuscarinique). Le mirabégron demeure en première intention chez les personnes âgées.',
        'Rappel : la nitrofurantoïne est contre-indiquée si la clairance est < 30 mL/min. Pour les cystites non compliquées, la fosfomycine 3 g dose unique est une alternative.',
        'La tamsulosine générique change de fabricant ; aspect des capsules différent. Aucune différence clinique.',
        'Nouvelle ordonnance pré-imprimée d\'analgésie post-URS : kétorolac 10 mg q6h x 48 h, acétaminophène 1 g QID, hydromorphone 1 mg q4h PRN.'])
        if lang == 'fr' else r.choice(['P&T added vibegron 75 mg to the formulary for OAB after anticholinergic failure.', 'Reminder: avoid nitrofurantoin if CrCl < 30 mL/min.']),
        sig(W, ph, lang))
    m = mail(W, ph, [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN], 'Info-pharmacie' if lang == 'fr' else 'Pharmacy update', text, lang)
    return neg('formulary_update', lang, 'formulary update without patients', m)


def equipment_booking(W, lang):
    r = W.rng
    tech = W.staff('tech')
    bio = W.staff('buyer')
    d = W.future_date(dt.datetime(2025, 2, 1), 2, 100)
    text = join(hello(W, lang, bio['given']), ('Pouvez-vous calibrer l\'appareil d\'urodynamie (n° d\'actif %s) le %s ? La salle 3.118 sera libre de 7 h à 10 h.' % (W.luhn_number(9), dfmt(d, 'fr', 3)))
                if lang == 'fr' else ('Can you calibrate the UDS unit (asset %s) on %s? Room 3.118 is free 7-10 am.' % (W.luhn_number(9), dfmt(d, 'en', 3))), sig(W, tech, lang))
    m = mail(W, tech, [bio], 'Calibration urodynamie' if lang == 'fr' else 'UDS calibration', text, lang)
    return neg('equipment_booking', lang, 'equipment calibration with asset number', m)


def staff_birthday(W, lang):
    r = W.rng
    a = W.staff('nurse')
    b = W.staff(r.choice(['clerk', 'nurse', 'tech']))
    k = r.randrange(3)
    if lang == 'fr':
        text = ['Demain c\'est la fête de %s ! Gâteau à la salle des employés à 14 h 30.' % b['full'],
                'Bienvenue à %s, nouvelle agente administrative à la centrale de rendez-vous d\'urologie (poste 4471). Son horaire : lundi au jeudi.' % b['full'],
                'Félicitations à %s qui a obtenu sa certification en soins de stomothérapie et continence !' % b['full']][k]
        subj = ['Bonne fête !', 'Bienvenue dans l\'équipe', 'Félicitations'][k]
    else:
        text = ['Tomorrow is %s\'s birthday! Cake at 2:30 pm.' % b['full'], 'Please welcome %s, our new booking clerk (ext. 4471).' % b['full'],
                'Congratulations to %s on completing the continence nursing certification!' % b['full']][k]
        subj = ['Happy birthday!', 'Welcome to the team', 'Congratulations'][k]
    m = mail(W, a, [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN], subj, join(hello(W, lang), text, sig(W, a, lang)), lang, body_mode=r.choice(['html', 'alt', 'plain']))
    return neg('staff_news', lang, 'staff news (birthday/welcome)', m)


def mm_invite(W, lang):
    r = W.rng
    ch = W.staff('md')
    d = W.future_date(dt.datetime(2025, 2, 1), 5, 120)
    cases = (['Saignement tardif post-RTUP nécessitant une transfusion (homme, 70-79 ans)', 'Perforation urétérale lors d\'URS avec gaine d\'accès',
              'Sepsis après biopsie transrectale (avant le changement de technique)', 'Tuteur oublié > 12 mois'] if lang == 'fr' else
             ['Delayed post-TURP bleed requiring transfusion (male, 70s)', 'Ureteral perforation during URS', 'Forgotten stent > 12 months'])
    text = join(hello(W, lang), ('Rencontre M&M le %s, 7 h 15. Cas (dépersonnalisés) :' % dfmt(d, 'fr', 1)) if lang == 'fr' else ('M&M rounds on %s at 7:15. De-identified cases:' % dfmt(d, 'en', 1)),
                '\n'.join('- ' + c for c in r.sample(cases, 2)), 'Rappel : aucune donnée nominative sur les diapositives.' if lang == 'fr' else 'Reminder: no identifiers on slides.', sig(W, ch, lang))
    m = mail(W, ch, [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN], 'M&M urologie' if lang == 'fr' else 'Urology M&M', text, lang)
    return neg('mm_rounds', lang, 'M&M rounds invitation with de-identified cases', m)


def rotation(W, lang):
    r = W.rng
    coord = W.staff('clerk', org='chu')
    rows = ['%s %s – %s' % (W.staff('res')['full'], '(R%d)' % r.randrange(1, 6), r.choice(['uro-oncologie', 'lithiase', 'urologie pédiatrique', 'endourologie', 'clinique externe']))
            for _ in range(r.randrange(4, 8))]
    text = join(hello(W, lang), 'Répartition des résidents pour la période 7 :' if lang == 'fr' else 'Resident assignments for block 7:', '\n'.join(rows),
                'Les évaluations de fin de stage sont dues le vendredi.' if lang == 'fr' else 'End-of-rotation evaluations due Friday.', sig(W, coord, lang))
    m = mail(W, coord, [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN], 'Stages – période 7' if lang == 'fr' else 'Rotations - block 7', text, lang)
    return neg('resident_rotation', lang, 'resident rotation schedule', m)
