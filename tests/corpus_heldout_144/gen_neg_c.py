"""Negative templates, part C: research, education, biomed, foundation, quality, pharmacy, misc."""
import datetime

from gen_common import SITES, STAFF_OBJS, fmt_date, phone, FR_MONTHS, EN_MONTHS, make_luhn_serial
from gen_mime import quote, reply_header, outlook_block, html_page, html_table, text_to_html, text_table
from gen_tpl import *  # noqa: F401,F403


def _neg(ctx, lang, cat, note_fr, note_en):
    return mk(ctx, lang, cat, note_fr if lang == 'fr' else note_en, conf=False)


def research(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'research', 'protocole de recherche et critères d\u2019inclusion (sans participants)',
             'research protocol and eligibility criteria (no participants)')
    rc = staff_by('Greaves')
    m.frm = addr_of(rc, lang)
    m.to = [('Équipe GB et plastie' if fr else 'Burn and plastics team', 'equipe@' + SITES['SA']['dom'])]
    m.date = ctx.msg_date()
    if fr:
        m.subject = 'Étude CICAT-2 — début du recrutement'
        m.text = ('Bonjour,\n\nL\u2019étude CICAT-2 (silicone vs pression pour cicatrices hypertrophiques post-brûlure, '
                  'approbation CER 2025-114) commence le recrutement.\n\nCritères d\u2019inclusion : 18-75 ans, brûlure '
                  '2e degré profond ou 3e degré greffée, 5-40 %% SCT, suivi à 12 mois possible.\nExclusion : chéloïdes '
                  'antérieures, grossesse, radiothérapie de la zone.\n\nSi vous identifiez un(e) candidat(e), '
                  'ne m\u2019envoyez pas son nom par courriel : appelez-moi au poste 6231.\n\n%s'
                  % rc.signature('fr'))
        m.atts = [att_pdf('CICAT2_resume_protocole.pdf',
                          [('h', 'CICAT-2 — Résumé du protocole'),
                           ('p', 'Devis : essai randomisé ouvert, 2 bras, n = 120.\nIssue principale : score POSAS à 12 mois.\n'
                                 'Issues secondaires : prurit (échelle 0-10), épaisseur par échographie, qualité de vie.')],
                          title='CICAT-2')]
    else:
        m.subject = 'SCAR-Q2 study - recruitment open'
        m.text = ('Hello,\n\nSCAR-Q2 (silicone vs pressure garments for hypertrophic burn scars, REB 2025-114) is now '
                  'recruiting.\n\nInclusion: age 18-75, grafted deep partial or full thickness burn, 5-40%% TBSA, able to '
                  'attend 12-month follow-up.\nExclusion: prior keloids, pregnancy, radiation to the area.\n\nIf you '
                  'identify a candidate please do not e-mail their name - page me at ext. 6231.\n\n%s' % rc.signature('en'))
        m.atts = [att_pdf('SCARQ2_protocol_summary.pdf',
                          [('h', 'SCAR-Q2 - Protocol summary'),
                           ('p', 'Design: open-label randomized trial, 2 arms, n = 120.\nPrimary outcome: POSAS at 12 months.\n'
                                 'Secondary: itch (0-10), ultrasound thickness, quality of life.')], title='SCAR-Q2')]
    return m


def leaflet(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'education', 'feuillet d\u2019enseignement générique aux patients (PDF)', 'generic patient education leaflet (PDF)')
    nurse = ctx.staff(doctor=False, unit=('burn', 'hand', 'therapy'))
    m.frm = addr_of(nurse, lang)
    m.to = [('Comité des documents patients' if fr else 'Patient materials committee', 'docs.patients@' + SITES['SA']['dom'])]
    m.date = ctx.msg_date()
    if fr:
        blocks = [('h', 'Prendre soin de votre greffe de peau à la maison'),
                  ('p', 'Gardez le pansement propre et sec. Ne retirez pas la couche de contact avant votre rendez-vous.\n'
                        'Signes à surveiller : rougeur qui s\u2019étend, pus, odeur, fièvre de plus de 38,5 °C.\n'
                        'Le site donneur peut démanger : hydratez avec une crème sans parfum après la guérison.\n'
                        'Protégez la greffe du soleil pendant 12 mois (FPS 50).'),
                  ('small', 'Questions : clinique externe des grands brûlés, 819-555-0140, du lundi au vendredi.')]
        m.atts = [att_pdf('Feuillet_greffe_peau_v3.pdf', blocks, title='Greffe de peau',
                          letterhead=letterhead('SA', 'burn', 'fr'))]
        m.subject = 'Feuillet révisé — greffe de peau'
        m.text = ('%s\n\nVersion 3 du feuillet pour approbation (langage simplifié, niveau 6e année).\n\n%s'
                  % (greet(rng, 'fr'), sign(rng, nurse, 'fr')))
    else:
        blocks = [('h', 'Caring for your hand after flexor tendon repair'),
                  ('p', 'Wear your splint at all times, including at night. Do only the exercises your therapist showed you.\n'
                        'Do not lift, grip or carry anything with the operated hand for 8 weeks.\n'
                        'Call us for increasing swelling, redness, fever or if your splint breaks.'),
                  ('small', 'Questions: Hand Therapy, Hartwell General Hospital, 613-555-0145, Monday to Friday.')]
        m.atts = [att_pdf('Flexor_tendon_leaflet_v2.pdf', blocks, title='Flexor tendon',
                          letterhead=letterhead('HG', 'therapy', 'en'))]
        m.subject = 'Revised leaflet - flexor tendon repair'
        m.text = ('%s\n\nVersion 2 of the leaflet for approval (plain language, grade 6).\n\n%s'
                  % (greet(rng, 'en'), sign(rng, nurse, 'en')))
    return m


def budget_minutes(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'minutes', 'procès-verbal de réunion budgétaire (DOCX)', 'budget meeting minutes (DOCX)')
    sec = ctx.staff(doctor=False)
    m.frm = addr_of(sec, lang)
    m.to = [addr_of(staff_by('Audet'), lang), addr_of(staff_by('Mortimer'), lang)]
    m.date = ctx.msg_date()
    pres = rng.sample(STAFF_OBJS, 5)
    if fr:
        blocks = [('h', 'Procès-verbal — Comité de gestion, chirurgie plastique'),
                  ('p', 'Présences : ' + ', '.join(s.titled('fr') for s in pres)),
                  ('h2', '1. Budget fournitures'),
                  ('p', 'Dépassement de 7 % sur les pansements d\u2019argent (consommation accrue aux GB). '
                        'Appel d\u2019offres regroupé avec le CISSS prévu au printemps.'),
                  ('h2', '2. Temps opératoire'),
                  ('p', 'Taux d\u2019utilisation des salles : 82 %. Liste d\u2019attente reconstruction mammaire : 146 '
                        'demandes, dont 31 au-delà de 12 mois.'),
                  ('h2', '3. Équipement'), ('p', 'Remplacement du dermatome (no de série %s) approuvé.' % make_luhn_serial(rng, 10))]
        fn = 'PV_comite_gestion_%s.docx' % m.date.strftime('%Y-%m')
        m.subject = 'PV — comité de gestion du %s' % dshort(m.date, 'fr')
        m.text = '%s\n\nVoici le procès-verbal pour approbation.\n\n%s' % (greet(rng, 'fr'), sign(rng, sec, 'fr'))
    else:
        blocks = [('h', 'Minutes - Plastic Surgery Management Committee'),
                  ('p', 'Present: ' + ', '.join(s.titled('en') for s in pres)),
                  ('h2', '1. Supply budget'),
                  ('p', 'Silver dressings 7% over budget (higher burn unit use). Group tender planned for spring.'),
                  ('h2', '2. OR time'),
                  ('p', 'Room utilisation 82%. Breast reconstruction wait list: 146 requests, 31 beyond 12 months.'),
                  ('h2', '3. Equipment'), ('p', 'Replacement dermatome (serial %s) approved.' % make_luhn_serial(rng, 10))]
        fn = 'Minutes_mgmt_committee_%s.docx' % m.date.strftime('%Y-%m')
        m.subject = 'Minutes - management committee %s' % dshort(m.date, 'en')
        m.text = '%s\n\nMinutes attached for approval.\n\n%s' % (greet(rng, 'en'), sign(rng, sec, 'en'))
    m.atts = [att_docx(fn, blocks, title=fn[:-5], author=sec.full, when=m.date)]
    return m


def biomed(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'biomed', 'rapport d\u2019entretien préventif du génie biomédical avec numéros de série',
             'biomedical preventive maintenance report with serial numbers')
    m.frm = ('Génie biomédical' if fr else 'Biomedical Engineering', 'gbm@' + SITES['SA']['dom'])
    m.to = [addr_of(staff_by('Ménard') if fr else staff_by('Mortimer'), lang)]
    m.date = ctx.msg_date()
    eq = [('Pompe TPN', 'NPWT pump'), ('Dermatome électrique', 'Electric dermatome'), ('Lit fluidisé', 'Air-fluidized bed'),
          ('Doppler portatif', 'Handheld Doppler'), ('Réchauffeur de solutés', 'Fluid warmer')]
    rows = [['Équipement' if fr else 'Device', 'No de série' if fr else 'Serial no.', 'Actif' if fr else 'Asset',
             'Résultat' if fr else 'Result', 'Prochain EP' if fr else 'Next PM']]
    for e in rng.sample(eq, 4):
        rows.append([e[0] if fr else e[1], make_luhn_serial(rng, rng.choice([9, 10])), 'ACT-%05d' % rng.randrange(10000, 99999),
                     rng.choice(['Conforme', 'Conforme', 'Pile remplacée']) if fr else rng.choice(['Pass', 'Pass', 'Battery replaced']),
                     (m.date.date() + datetime.timedelta(days=365)).isoformat()])
    intro = ('%s\n\nEntretien préventif terminé pour les appareils de votre unité :' % greet(rng, 'fr')) if fr else \
        ('%s\n\nPreventive maintenance completed for your unit\u2019s devices:' % greet(rng, 'en'))
    outro = ('Génie biomédical — poste 4600' if fr else 'Biomedical Engineering - ext. 4600')
    m.text = intro + '\n\n' + text_table(rows) + '\n\n' + outro
    m.html = html_page(text_to_html(intro) + '\n' + html_table(rows) + '\n' + text_to_html(outro))
    m.style = rng.choice(['html', 'alt'])
    m.subject = 'Entretien préventif — rapport' if fr else 'Preventive maintenance report'
    return m


def out_of_office(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'auto_reply', 'réponse automatique d\u2019absence', 'automatic out-of-office reply')
    st = ctx.staff()
    m.frm = addr_of(st, lang)
    m.to = [addr_of(ctx.staff(exclude=(st,)), lang)]
    m.date = ctx.msg_date()
    back = later(rng, m.date, 3, 15).date()
    cover = ctx.staff(exclude=(st,))
    m.extra_headers = ['Auto-Submitted: auto-replied']
    if fr:
        m.subject = 'Réponse automatique : %s' % rng.choice(['Horaire', 'Réunion jeudi', 'Question'])
        m.text = ('Je suis absent(e) du bureau jusqu\u2019au %s. Pour toute question urgente concernant la clinique, '
                  'veuillez communiquer avec %s (%s) ou avec le secrétariat au 819-555-0150.\n\n%s'
                  % (fmt_date(back, 'fr', 'long'), cover.full, cover.email, st.signature('fr', short=True)))
    else:
        m.subject = 'Automatic reply: %s' % rng.choice(['Schedule', 'Thursday meeting', 'Question'])
        m.text = ('I am out of the office until %s. For urgent clinic matters please contact %s (%s) or the front desk '
                  'at 613-555-0150.\n\n%s' % (fmt_date(back, 'en', 'long'), cover.full, cover.email, st.signature('en', short=True)))
    return m


def foundation(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'foundation', 'fondation : don d\u2019équipement et remerciements aux donateurs',
             'foundation: equipment gift and donor thanks')
    m.frm = ('Fondation Deux-Rives' if fr else 'Two Rivers Foundation', 'info@' + EXT['found'])
    m.to = [('Personnel' if fr else 'Staff', 'tous@' + SITES['SA']['dom'])]
    m.date = ctx.msg_date()
    amt = rng.choice([48000, 75500, 126000])
    if fr:
        m.subject = 'Merci! Nouveau laser pour la clinique des cicatrices'
        m.text = ('Chers membres du personnel,\n\nGrâce au Tournoi de golf des pompiers et à la famille Dorval-Aubin '
                  '(don de 25 000 $), la Fondation a remis %s $ à l\u2019unité des grands brûlés pour l\u2019achat d\u2019un '
                  'laser CO2 fractionné. Le Dr Karim Haddad et Mme Catherine Ménard ont reçu le chèque symbolique le %s.\n\n'
                  'Fondation Deux-Rives — 819-555-0199 — no d\u2019organisme de bienfaisance 11894 2231 RR0001'
                  % ('{:,}'.format(amt).replace(',', ' '), dshort(earlier(rng, m.date, 2, 10), 'fr')))
    else:
        m.subject = 'Thank you! New laser for the scar clinic'
        m.text = ('Dear staff,\n\nThanks to the Firefighters\u2019 Golf Classic and the Hallworth family ($25,000 gift), the '
                  'Foundation has granted ${:,} to the burn unit for a fractional CO2 laser. Dr. Karim Haddad and '
                  'Ms. Catherine Ménard accepted the cheque on {}.\n\nTwo Rivers Foundation - 613-555-0199 - charity no. '
                  '11894 2231 RR0001'.format(amt, dshort(earlier(rng, m.date, 2, 10), 'en')))
    m.style = rng.choice(['html', 'alt', 'plain'])
    return m


def rotation(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'schedule', 'calendrier des stages des résidents et externes', 'resident and student rotation schedule')
    m.frm = ('Programme de chirurgie plastique' if fr else 'Plastic Surgery Program', 'programme.plastie@' + EXT['univ'])
    m.to = [addr_of(staff_by('Audet'), lang)]
    m.date = ctx.msg_date()
    studs = (['Laurence Pinsonneault (R1)', 'Mathis Bergevin (externe)', 'Amira Benali (R3)', 'Nicolas Fréchette (R2)'] if fr else
             ['Hamza Siddiqui (PGY-1)', 'Erin Wallace (clerk)', 'Amira Benali (PGY-3)', 'Nicolas Fréchette (PGY-2)'])
    blocks = []
    start = later(rng, m.date, 10, 30).date()
    rows = [['Stagiaire' if fr else 'Trainee', 'Bloc 1', 'Bloc 2', 'Bloc 3']]
    for s in studs:
        rows.append([s] + rng.sample(['GB / Burns', 'Main / Hand', 'Plastie MV', 'Plastie HG', 'Esthétique'], 3))
    m.text = (('%s\n\nCalendrier des stages à compter du %s :\n\n%s\n\nRappel : évaluations de mi-stage dans le portfolio.\n\n'
               'Secrétariat du programme' % (greet(rng, 'fr'), fmt_date(start, 'fr', 'long'), text_table(rows))) if fr else
              ('%s\n\nRotation schedule starting %s:\n\n%s\n\nReminder: mid-rotation evaluations in the portfolio.\n\n'
               'Program office' % (greet(rng, 'en'), fmt_date(start, 'en', 'long'), text_table(rows))))
    m.subject = 'Calendrier des stages' if fr else 'Rotation schedule'
    m.style = 'plain'
    return m


def audit(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'quality', 'résultats agrégés d\u2019audit de qualité', 'aggregate quality audit results')
    mgr = staff_by('Mortimer') if not fr else staff_by('Thériault')
    m.frm = addr_of(mgr, lang)
    m.to = [('Équipe clinique de la main' if fr else 'Hand clinic team', 'main@' + SITES['SA']['dom'])]
    m.date = ctx.msg_date()
    n = rng.randrange(60, 140)
    if fr:
        m.subject = 'Audit de dossiers — clinique de la main — résultats'
        m.text = ('Bonjour,\n\nRésultats de l\u2019audit de %d dossiers (échantillon aléatoire) :\n- consentement signé : 97 %%\n'
                  '- vérification du site opératoire : 100 %%\n- réévaluation de la douleur documentée : 78 %%\n'
                  '- délai réparation tendineuse < 7 jours : 84 %%\n\nAucun dossier individuel n\u2019est cité. Bravo '
                  'à tous!\n\n%s' % (n, sign(rng, mgr, 'fr')))
    else:
        m.subject = 'Chart audit - hand clinic - results'
        m.text = ('Hello,\n\nResults of the %d-chart audit (random sample):\n- signed consent: 97%%\n- surgical site '
                  'marking: 100%%\n- pain reassessment documented: 78%%\n- tendon repair within 7 days: 84%%\n\nNo individual '
                  'charts are cited. Well done!\n\n%s' % (n, sign(rng, mgr, 'en')))
    return m


def formulary(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'pharmacy', 'mise à jour du formulaire pharmaceutique', 'formulary update')
    ph = staff_by('Archambault')
    m.frm = addr_of(ph, lang)
    m.to = [('Prescripteurs' if fr else 'Prescribers', 'prescripteurs@' + SITES['SA']['dom'])]
    m.date = ctx.msg_date()
    if fr:
        m.subject = 'Comité de pharmacologie — changements au formulaire'
        m.text = ('Bonjour,\n\nDécisions du comité :\n- Ajout : prégabaline 25 mg (douleur neuropathique post-brûlure, '
                  'prurit réfractaire)\n- Retrait : céfalexine suspension 125 mg/5 mL (remplacée par 250 mg/5 mL)\n'
                  '- Ordonnance préimprimée « analgésie pour pansements » révisée : kétamine 0,25 mg/kg IV permise à '
                  'l\u2019unité avec surveillance.\n\n%s' % ph.signature('fr'))
    else:
        m.subject = 'P&T committee - formulary changes'
        m.text = ('Hello,\n\nCommittee decisions:\n- Added: pregabalin 25 mg (post-burn neuropathic pain, refractory '
                  'itch)\n- Removed: cephalexin suspension 125 mg/5 mL (use 250 mg/5 mL)\n- Revised pre-printed order '
                  '"procedural analgesia for dressings": ketamine 0.25 mg/kg IV allowed on the unit with monitoring.\n\n%s'
                  % ph.signature('en'))
    return m


def shift_swap(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'schedule', 'échange de quarts de travail entre infirmières', 'shift swap between nurses')
    a = ctx.staff(doctor=False)
    b = ctx.staff(doctor=False, exclude=(a,))
    mgr = staff_by('Ménard')
    m.frm = addr_of(a, lang)
    m.to = [addr_of(mgr, lang)]
    m.cc = [addr_of(b, lang)]
    m.date = ctx.msg_date()
    d1 = later(rng, m.date, 5, 20).date()
    d2 = d1 + datetime.timedelta(days=rng.randrange(2, 9))
    if fr:
        m.subject = 'Échange de quart %s / %s' % (dshort(d1, 'fr'), dshort(d2, 'fr'))
        m.text = ('Bonjour Catherine,\n\n%s et moi aimerions échanger nos quarts : je prendrais son soir du %s (16h-0h) '
                  'et %s prendrait mon jour du %s. Pas d\u2019impact sur le temps supplémentaire.\n\nMerci!\n%s'
                  % (b.given, dshort(d1, 'fr'), 'elle' if b.sex == 'F' else 'il', dshort(d2, 'fr'), a.given))
    else:
        m.subject = 'Shift swap %s / %s' % (dshort(d1, 'en'), dshort(d2, 'en'))
        m.text = ('Hi Catherine,\n\n%s and I would like to swap: I take the %s evening (16-24) and %s takes my %s day. '
                  'No overtime impact.\n\nThanks!\n%s' % (b.given, dshort(d1, 'en'), b.given, dshort(d2, 'en'), a.given))
    m.style = 'plain'
    return m


def meeting_reply(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'reply', 'réponse citée au sujet d\u2019une réunion de service', 'quoted reply about a team meeting')
    a = ctx.staff(doctor=True)
    b = ctx.staff(exclude=(a,))
    m.date = ctx.msg_date()
    od = earlier(rng, m.date, 1, 3)
    if fr:
        orig = ('Bonjour,\n\nPourrait-on déplacer la réunion sur le protocole de greffes (substituts dermiques) au '
                'mercredi 12h? Le bloc déborde le mardi.\n\n%s' % b.given)
        m.subject = 'RE: Réunion protocole greffes'
        m.text = ('Mercredi midi me convient. J\u2019apporterai les données de la revue de littérature sur les '
                  'matrices dermiques chez les brûlés > 30 %% SCT.\n\n%s\n\n%s\n%s'
                  % (a.given, reply_header('fr', b.full, b.email, od), quote(orig)))
    else:
        orig = ('Hi,\n\nCould we move the graft protocol meeting (dermal substitutes) to Wednesday noon? The OR runs '
                'late on Tuesdays.\n\n%s' % b.given)
        m.subject = 'RE: Graft protocol meeting'
        m.text = ('Wednesday noon works. I will bring the literature review on dermal matrices in burns over 30%% '
                  'TBSA.\n\n%s\n\n%s\n%s' % (a.given, reply_header('en', b.full, b.email, od), quote(orig)))
    m.frm = addr_of(a, lang)
    m.to = [addr_of(b, lang)]
    m.in_reply_to = '<%s.mtg@%s>' % (od.strftime('%Y%m%d%H%M'), SITES['SA']['dom'])
    return m


def cnesst_bulletin(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'prevention', 'bulletin de prévention SST pour l\u2019employeur (aucun travailleur identifié)',
             'workplace safety bulletin for the employer (no worker identified)')
    m.frm = ('Santé et sécurité au travail' if fr else 'Occupational Health & Safety', 'sst@' + SITES['SA']['dom'])
    m.to = [('Gestionnaires' if fr else 'Managers', 'gestionnaires@' + SITES['SA']['dom'])]
    m.date = ctx.msg_date()
    if fr:
        m.subject = 'Bulletin SST — piqûres et coupures au bloc (T%d)' % rng.randrange(1, 5)
        m.text = ('Bonjour,\n\nCe trimestre : 9 déclarations d\u2019accidents du travail au bloc opératoire, dont 5 '
                  'coupures par lame de dermatome et 3 piqûres d\u2019aiguille à suture. Deux réclamations CNESST ont '
                  'été acceptées. Rappel : utiliser le plateau neutre et la pince pour retirer les lames.\n\n'
                  'Formulaire de déclaration : intranet > SST > « Avis de l\u2019employeur ».\n\nService SST — poste 4180')
    else:
        m.subject = 'OHS bulletin - sharps injuries in the OR (Q%d)' % rng.randrange(1, 5)
        m.text = ('Hello,\n\nThis quarter: 9 workplace injury reports from the OR, including 5 dermatome blade cuts and '
                  '3 suture needle-sticks. Two WSIB claims were allowed. Reminder: use the neutral zone tray and forceps '
                  'for blade removal.\n\nReport form: intranet > OHS > "Employer report".\n\nOHS - ext. 4180')
    m.style = rng.choice(['plain', 'alt'])
    return m


def lab_ranges(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'lab_notice', 'avis du laboratoire sur les nouveaux intervalles de référence', 'lab notice on new reference ranges')
    m.frm = ('Biolab Deux-Rives — Biochimie' if fr else 'Biolab Two Rivers - Chemistry', 'biochimie@' + EXT['lab'])
    m.to = [('Médecins et IPS' if fr else 'Physicians and NPs', 'medecins@' + SITES['SA']['dom'])]
    m.date = ctx.msg_date()
    if fr:
        m.subject = 'Nouveaux intervalles de référence — albumine et préalbumine'
        m.text = ('Bonjour,\n\nÀ compter du %s, changement de méthode :\n- Albumine : 35-50 g/L (auparavant 38-52)\n'
                  '- Préalbumine : 0,20-0,40 g/L\n- CRP : < 5 mg/L (inchangé)\n\nLes résultats antérieurs ne seront pas '
                  'recalculés.\n\nDr Étienne Morissette, biochimiste clinique' % fmt_date(later(rng, m.date, 5, 20).date(), 'fr', 'long'))
    else:
        m.subject = 'New reference ranges - albumin and prealbumin'
        m.text = ('Hello,\n\nEffective %s, method change:\n- Albumin: 35-50 g/L (previously 38-52)\n- Prealbumin: '
                  '0.20-0.40 g/L\n- CRP: < 5 mg/L (unchanged)\n\nPrior results will not be recalculated.\n\n'
                  'Dr. Ewan Blackmore, Clinical Biochemist' % fmt_date(later(rng, m.date, 5, 20).date(), 'en', 'long'))
    return m


def flu(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'occupational_health', 'statistiques de vaccination antigrippale du personnel', 'staff flu vaccination statistics')
    m.frm = ('Prévention et contrôle des infections' if fr else 'Infection Prevention & Control', 'pci@' + SITES['SA']['dom'])
    m.to = [('Tout le personnel' if fr else 'All staff', 'tous@' + SITES['SA']['dom'])]
    m.date = ctx.msg_date()
    rows = [['Unité' if fr else 'Unit', 'Vacciné(e)s' if fr else 'Vaccinated', '%'],
            ['Grands brûlés' if fr else 'Burn unit', 58, '81 %'], ['Bloc plastie' if fr else 'Plastics OR', 41, '74 %'],
            ['Clinique de la main' if fr else 'Hand clinic', 19, '68 %']]
    m.text = ((('Bonjour,\n\nCampagne de vaccination : où en sommes-nous?\n\n%s\n\nCliniques mobiles mardi et jeudi. '
                'Merci!\n\nÉquipe PCI') if fr else ('Hello,\n\nFlu campaign progress:\n\n%s\n\nMobile clinics Tuesday '
                                                     'and Thursday. Thanks!\n\nIPAC team')) % text_table(rows))
    m.html = html_page(text_to_html(m.text.split('\n\n')[0] + '\n\n' + m.text.split('\n\n')[1]) + html_table(rows) +
                       text_to_html('\n\n'.join(m.text.split('\n\n')[3:])))
    m.subject = 'Vaccination antigrippale — taux par unité' if fr else 'Flu vaccination - rates by unit'
    return m


def thanks_anon(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'social', 'remerciements anonymes d\u2019une famille à l\u2019équipe', 'anonymous thanks from a family to the team')
    mgr = staff_by('Ménard')
    m.frm = addr_of(mgr, lang)
    m.to = [('Équipe GB' if fr else 'Burn unit team', 'equipe.gb@' + SITES['SA']['dom'])]
    m.date = ctx.msg_date()
    if fr:
        m.subject = 'Petit mot de remerciement'
        m.text = ('Bonjour l\u2019équipe,\n\nNous avons reçu une boîte de chocolats et une carte d\u2019une famille (non '
                  'signée) pour « l\u2019équipe de nuit qui a été là pendant les pansements ». Les chocolats sont au poste. '
                  'Merci pour votre humanité!\n\nCatherine')
    else:
        m.subject = 'A thank-you note'
        m.text = ('Hi team,\n\nWe received chocolates and an unsigned card from a family thanking "the night team who was '
                  'there for every dressing change". Chocolates are at the desk. Thank you for your kindness!\n\nCatherine')
    return m


def phishing(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'it', 'alerte d\u2019hameçonnage du service informatique', 'IT phishing alert')
    m.frm = ('Sécurité de l\u2019information' if fr else 'Information Security', 'securite@' + SITES['SA']['dom'])
    m.to = [('Tous les utilisateurs' if fr else 'All users', 'tous@' + SITES['SA']['dom'])]
    m.date = ctx.msg_date()
    if fr:
        m.subject = '[ALERTE] Faux courriel « Résultats de laboratoire à consulter »'
        m.text = ('Bonjour,\n\nUn courriel frauduleux circule avec l\u2019objet « Résultats de laboratoire à consulter » '
                  'et un lien vers une fausse page de connexion. Ne cliquez pas. Si vous avez saisi votre mot de passe, '
                  'changez-le et appelez le 5555.\n\nSécurité de l\u2019information')
    else:
        m.subject = '[ALERT] Fake "Lab results waiting" e-mail'
        m.text = ('Hello,\n\nA phishing e-mail titled "Lab results waiting for review" links to a fake sign-in page. Do '
                  'not click. If you entered your password, change it and call 5555.\n\nInformation Security')
    m.style = rng.choice(['html', 'plain'])
    return m


TEMPLATES = []
for _f, _n in [(research, 2), (leaflet, 2), (budget_minutes, 2), (biomed, 2), (out_of_office, 2), (foundation, 2),
               (rotation, 2), (audit, 2), (formulary, 2), (shift_swap, 2), (meeting_reply, 2), (cnesst_bulletin, 2),
               (lab_ranges, 2), (flu, 1), (thanks_anon, 1), (phishing, 1)]:
    TEMPLATES.append((_f, 'fr', _n))
    TEMPLATES.append((_f, 'en', _n))
