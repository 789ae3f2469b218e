"""Negative builders, part B: clinical-sounding but non-identifying mail (newsletters, teaching,
statistics, blank forms, committees, conferences, research, guidelines)."""
import datetime as dt

import gen_attach as A
import gen_common as C
import gen_vocab as V
from gen_util import xlsx, csv_att, pdf, docx, png, table_text


def _neg(cat, note, **kw):
    d = dict(cat=cat, types=[], note=note)
    d.update(kw)
    return d


def _all(c, key='personnel'):
    return (c.t('Tout le personnel', 'All staff'), '%s@%s' % (key, C.SITES[c.region]['domain']))


# ---------------------------------------------------------------------------
def newsletter(c):
    derm = c.st('derm')
    topic = c.pick(['melanoma', 'sun', 'psoriasis', 'hs'])
    if c.lang == 'fr':
        title = {'melanoma': 'Mai, mois de la sensibilisation au mélanome',
                 'sun': 'Protection solaire : les 5 réflexes de l\'été',
                 'psoriasis': 'Vivre avec le psoriasis : ce que les biologiques ont changé',
                 'hs': 'Hidradénite suppurée : une maladie encore sous-diagnostiquée'}[topic]
        paras = {'melanoma': ['Au Canada, environ 1 personne sur 60 recevra un diagnostic de mélanome au cours de sa vie.',
                              'Examinez votre peau une fois par mois avec la règle ABCDE : Asymétrie, Bords irréguliers, '
                              'Couleurs multiples, Diamètre > 6 mm, Évolution.',
                              'Notre clinique offre des journées de dépistage gratuit le samedi 18 mai.'],
                 'sun': ['Appliquez un écran solaire FPS 30+ 20 minutes avant l\'exposition.',
                         'Évitez le soleil entre 11 h et 15 h, portez un chapeau à large bord.',
                         'Les salons de bronzage augmentent le risque de mélanome de 75 % avant 35 ans.'],
                 'psoriasis': ['Le psoriasis touche environ 1 million de Canadiens.',
                               'Les inhibiteurs de l\'IL-17 et de l\'IL-23 permettent aujourd\'hui à une majorité de patients '
                               'd\'atteindre une peau presque nette (PASI 90).',
                               'Parlez à votre dermatologue si vos traitements topiques ne suffisent plus.'],
                 'hs': ['L\'hidradénite suppurée touche jusqu\'à 1 % de la population, souvent des jeunes femmes.',
                        'Le délai moyen avant le diagnostic est de 7 ans.',
                        'Des traitements existent : antibiotiques, adalimumab, sécukinumab, chirurgie.']}[topic]
        subj = 'Infolettre – ' + title
        foot = 'Vous recevez cette infolettre parce que vous êtes inscrit(e) à notre liste. Se désabonner.'
    else:
        title = {'melanoma': 'May is Melanoma Awareness Month', 'sun': 'Sun safety: 5 summer habits',
                 'psoriasis': 'Living with psoriasis: what biologics changed',
                 'hs': 'Hidradenitis suppurativa: still under-diagnosed'}[topic]
        paras = {'melanoma': ['About 1 in 60 Canadians will be diagnosed with melanoma in their lifetime.',
                              'Check your skin monthly using ABCDE: Asymmetry, Border, Colour, Diameter > 6 mm, Evolution.',
                              'Our clinic offers free skin-check days on Saturday, May 18.'],
                 'sun': ['Apply SPF 30+ sunscreen 20 minutes before going out.', 'Avoid midday sun and wear a wide-brimmed hat.',
                         'Tanning beds before age 35 raise melanoma risk by 75%.'],
                 'psoriasis': ['Psoriasis affects about 1 million Canadians.',
                               'IL-17 and IL-23 inhibitors now allow most patients to reach almost clear skin (PASI 90).',
                               'Talk to your dermatologist if creams are no longer enough.'],
                 'hs': ['Hidradenitis suppurativa affects up to 1% of people, often young women.',
                        'The average delay to diagnosis is 7 years.',
                        'Treatments exist: antibiotics, adalimumab, secukinumab, surgery.']}[topic]
        subj = 'Newsletter - ' + title
        foot = 'You are receiving this newsletter because you subscribed. Unsubscribe.'
    html = ('<html><body style="font-family:Arial;background:#f4f4f4"><table width="600" align="center" '
            'style="background:#fff"><tr><td style="background:#24506e;color:#fff;padding:16px"><h1>%s</h1></td></tr>'
            '<tr><td style="padding:16px">%s<p>%s<br>%s</p><p style="font-size:9px;color:#777">%s</p></td></tr></table>'
            '</body></html>') % (title, ''.join('<p>%s</p>' % p for p in paras), derm.dname(c.lang), c.site_name(), foot)
    text = '%s\n\n%s\n\n%s\n%s\n\n%s' % (title, '\n\n'.join(paras), derm.dname(c.lang), c.site_name(), foot)
    return _neg('newsletter', 'patient-education newsletter (%s)' % topic,
                frm=(c.site_name(), 'infolettre@%s' % C.SITES[c.region]['domain']),
                to=[(c.t('Abonnés', 'Subscribers'), 'abonnes@listes.%s' % C.SITES[c.region]['domain'])], subject=subj,
                text=None if c.chance(0.4) else text, html=html, html_only=False)


# ---------------------------------------------------------------------------
def teaching_case(c):
    derm = c.st(c.pick(['derm', 'res']))
    age = c.rng.randrange(24, 85)
    sex = c.pick([('Homme', 'man'), ('Femme', 'woman')])
    les = c.pick(V.LESIONS)
    site = c.pick(V.SITES_BODY)
    if c.lang == 'fr':
        paras = ['Cas clinique – club de lecture du %s' % c.fd(c.later(3, 15), 2),
                 '%s de %d ans, phototype II, consultant pour une lésion du %s évoluant depuis un an.' % (sex[0], age, site[0]),
                 'Dermoscopie : réseau pigmentaire atypique, voile bleu-blanc focal, points irréguliers.',
                 'Questions : 1) Quel est votre diagnostic différentiel? 2) Quelles marges d\'excision recommandez-vous si le '
                 'diagnostic est un %s? 3) Indications du ganglion sentinelle selon l\'AJCC 8?' % les[0],
                 'Le cas a été anonymisé; aucune donnée d\'identification n\'est incluse.']
        subj = 'Club de lecture – cas à préparer'
    else:
        paras = ['Teaching case - journal club %s' % c.fd(c.later(3, 15), 2),
                 'A %d-year-old %s, skin type II, presents with a lesion on the %s evolving over one year.' % (age, sex[1], site[1]),
                 'Dermoscopy: atypical network, focal blue-white veil, irregular dots.',
                 'Questions: 1) Differential? 2) Excision margins if the diagnosis is %s? 3) SLNB indications per AJCC 8?' % les[1],
                 'The case has been de-identified; no identifying data included.']
        subj = 'Journal club - case to prepare'
    atts = [png(c, c.t('cas_%d_dermoscopie.png', 'case_%d_dermoscopy.png') % c.rng.randrange(1, 30))]
    if c.chance(0.5):
        atts.append(docx(c.t('cas_clinique_à_préparer.docx', 'teaching_case.docx'), paras[0], paras[1:], author=derm.full))
        body = '%s\n\n%s\n\n%s' % (c.hig('Bonjour à tous', 'Hi all'), c.t('Voici le cas pour jeudi.', 'Here is the case for Thursday.'),
                                   c.sig(derm, short=True))
    else:
        body = '%s\n\n%s\n\n%s' % (c.hig('Bonjour à tous', 'Hi all'), '\n\n'.join(paras), c.sig(derm, short=True))
    return _neg('teaching_case', 'anonymised teaching case with dermoscopy image', frm=c.who(derm),
                to=[(c.t('Résidents', 'Residents'), 'residents@%s' % C.SITES['hqc' if c.region == 'qc' else 'hnb']['domain'])],
                subject=subj, text=body, attachments=atts)


# ---------------------------------------------------------------------------
def statistics(c):
    mgr = c.st('mgr')
    months = [(c.today.replace(day=1) - dt.timedelta(days=30 * i)).strftime('%Y-%m') for i in range(6)][::-1]
    hdr = c.t(['Mois', 'Consultations', 'Biopsies', 'Mélanomes dx', 'CBC/CE dx', 'Demandes TD', 'Délai médian TD (j)',
               'Injections biologiques'],
              ['Month', 'Visits', 'Biopsies', 'Melanoma dx', 'BCC/SCC dx', 'TD requests', 'Median TD delay (d)', 'Biologic injections'])
    rows = [hdr]
    for m in months:
        rows.append([m, c.rng.randrange(900, 1600), c.rng.randrange(120, 260), c.rng.randrange(4, 19), c.rng.randrange(40, 95),
                     c.rng.randrange(180, 420), c.rng.randrange(3, 16), c.rng.randrange(140, 310)])
    kind = c.pick(['xlsx', 'csv', 'inline'])
    atts = []
    intro = c.t('Voici les indicateurs des six derniers mois. Le délai de triage en télédermatologie reste sous la cible de 14 jours.',
                'Here are the indicators for the last six months. Teledermatology triage delay remains under the 14-day target.')
    if kind == 'xlsx':
        atts.append(xlsx(c.t('indicateurs_activité.xlsx', 'indicators.xlsx'), [(c.t('Indicateurs', 'Indicators'), rows)], author=mgr.full))
        body = '%s\n\n%s\n\n%s' % (c.hi(), intro, c.sig(mgr))
    elif kind == 'csv':
        atts.append(csv_att(c, c.t('statistiques_%s.csv', 'stats_%s.csv') % c.today.strftime('%Y%m'), rows))
        body = '%s\n\n%s\n\n%s' % (c.hi(), intro, c.sig(mgr))
    else:
        body = '%s\n\n%s\n\n%s\n\n%s' % (c.hi(), intro, table_text(rows), c.sig(mgr))
    return _neg('statistics', 'aggregate activity statistics (%s)' % kind, frm=c.who(mgr),
                to=[(c.t('Comité de direction', 'Management committee'), 'direction@%s' % C.SITES[c.region]['domain'])],
                subject=c.t('Indicateurs mensuels', 'Monthly indicators'), text=body, attachments=atts,
                tr={'alt': kind == 'inline'})


# ---------------------------------------------------------------------------
def blank_form(c):
    clerk = c.st(c.pick(['clerk', 'td', 'mgr']))
    kind = c.pick(['referral', 'consent', 'photo_consent', 'biologic'])
    if c.lang == 'fr':
        title = {'referral': 'Formulaire de demande de consultation – dermatologie',
                 'consent': 'Consentement éclairé – chirurgie esthétique',
                 'photo_consent': 'Autorisation de photographies cliniques et de télédermatologie',
                 'biologic': 'Formulaire d\'inscription – programme de biologiques'}[kind]
        paras = ['Nom du patient : ______________________   Prénom : __________________',
                 'Date de naissance (AAAA-MM-JJ) : ____ - __ - __     NAM : ____ ____ ____',
                 'Adresse : _____________________________________   Téléphone : (___) ___-____',
                 'Diagnostic / raison : ________________________________________________',
                 'Médication actuelle : ________________________________________________',
                 'Signature : ____________________   Date : __________',
                 'Retourner par télécopieur au %s.' % C.SITES[c.region]['fax']]
        body = '%s\n\n%s\n\n%s\n\n%s' % (c.hi(), c.t('Voici la version à jour du formulaire (gabarit vierge). Merci de détruire '
                                                     'les anciennes copies.', ''), c.bye(), c.sig(clerk))
        subj = 'Gabarit : ' + title
    else:
        title = {'referral': 'Dermatology Consultation Request Form', 'consent': 'Informed Consent - Cosmetic Surgery',
                 'photo_consent': 'Consent for Clinical Photography and Teledermatology',
                 'biologic': 'Biologics Program Enrolment Form'}[kind]
        paras = ['Patient name: ______________________   Date of birth (YYYY-MM-DD): ____-__-__',
                 'Health card #: ______________   Phone: (___) ___-____', 'Address: ______________________________________',
                 'Diagnosis / reason: _________________________________', 'Current medications: ________________________________',
                 'Signature: ____________________   Date: __________', 'Fax back to %s.' % C.SITES[c.region]['fax']]
        body = '%s\n\n%s\n\n%s\n\n%s' % (c.hi(), 'Here is the updated (blank) form template. Please discard old copies.',
                                         c.bye(), c.sig(clerk))
        subj = 'Template: ' + title
    fmt = c.pick(['docx', 'pdf'])
    fname = '%s.%s' % (title.replace(' ', '_').replace('\'', '').replace('–', '-').replace('__', '_')[:48], fmt)
    att = docx(fname, title, paras, author=clerk.full) if fmt == 'docx' else pdf(fname, title, paras, c)
    return _neg('blank_form', 'blank form template (%s, %s)' % (kind, fmt), frm=c.who(clerk), to=[_all(c)], subject=subj,
                text=body, attachments=[att])


# ---------------------------------------------------------------------------
def conference(c):
    org = c.st('mgr')
    speakers = c.rng.sample([('Lavallée', 'Biologiques dans le psoriasis : mise à jour 2024', 'Biologics in psoriasis: 2024 update'),
                             ('Provencher', 'Dermoscopie des lésions pigmentées acrales', 'Dermoscopy of acral pigmented lesions'),
                             ('Whitfield', 'Hidradénite suppurée : approche combinée', 'Hidradenitis suppurativa: combined approach'),
                             ('Vaillancourt', 'Reconstruction nasale après Mohs', 'Nasal reconstruction after Mohs'),
                             ('Sirois', 'Lambeaux locaux du visage', 'Local facial flaps'),
                             ('Kaur', 'Dermatite atopique : dupilumab et JAK', 'Atopic dermatitis: dupilumab and JAK inhibitors'),
                             ('Okonkwo', 'Soins des brûlures en région rurale', 'Burn care in rural settings'),
                             ('Ménard', 'Pièges en dermatopathologie mélanocytaire', 'Pitfalls in melanocytic dermatopathology')], 5)
    d = c.later(20, 90)
    lines = [c.t('Journée scientifique de dermatologie et chirurgie plastique', 'Dermatology & Plastic Surgery Scientific Day'),
             c.fd(d, 2) + ' – ' + c.pick(['Hôtel du Vieux-Port, Québec', 'Hôtel de la Petitcodiac, Moncton', 'Centre des congrès de Lévis']), '']
    t = dt.datetime(2024, 1, 1, 8, 30)
    for s, fr, en in speakers:
        lines.append('%s  %s – %s' % (t.strftime('%H:%M'), C.staff(s).dname(c.lang), fr if c.lang == 'fr' else en))
        t += dt.timedelta(minutes=50)
    lines += ['', c.t('Activité reconnue : 6 heures de crédits de catégorie 1.', 'Accredited for 6 Section 1 credits.')]
    body = '%s\n\n%s\n\n%s' % (c.hi(), c.t('Le programme de la journée scientifique est maintenant disponible.',
                                           'The programme of the scientific day is now available.'),
                               '\n'.join(lines[3:]) if c.chance(0.5) else c.t('Voir le PDF ci-joint.', 'See the attached PDF.'))
    body += '\n\n' + c.sig(org)
    return _neg('conference_programme', 'conference programme with speakers and topics', frm=c.who(org),
                to=[(c.t('Membres', 'Members'), 'membres@assoc-dermato.example')],
                subject=c.t('Programme – Journée scientifique', 'Programme - Scientific Day'), text=body,
                attachments=[pdf(c.t('programme_journée_scientifique.pdf', 'programme.pdf'), lines[0], lines[1:], c)])


# ---------------------------------------------------------------------------
def committee_notice(c):
    ph = c.st('pharm')
    kind = c.pick(['biosim', 'formulary', 'quality'])
    d = c.later(5, 30)
    if c.lang == 'fr':
        txt = {'biosim': 'Le comité de pharmacologie se réunira le %s. Ordre du jour : 1) politique de substitution vers les '
                         'biosimilaires de l\'adalimumab et de l\'ustékinumab; 2) stock de méthotrexate injectable; '
                         '3) protocole de gestion des réactions au site d\'injection.',
               'formulary': 'Le comité du formulaire examinera le %s l\'ajout du bimékizumab et du spésolimab. Soumettez vos '
                            'commentaires d\'ici là.',
               'quality': 'Le comité qualité (%s) examinera le taux de retour des résultats de biopsie dans les 14 jours '
                          '(actuellement 91 %%) et les incidents de photos envoyées au mauvais dossier (2 ce trimestre).'}[kind]
        subj = c.pick(['Convocation – comité', 'Comité de pharmacologie : ordre du jour', 'Avis de réunion'])
    else:
        txt = {'biosim': 'The Pharmacy & Therapeutics committee meets on %s. Agenda: 1) switching policy to adalimumab and '
                         'ustekinumab biosimilars; 2) injectable methotrexate stock; 3) injection-site reaction protocol.',
               'formulary': 'The formulary committee will review the addition of bimekizumab and spesolimab on %s. Please '
                            'send comments before then.',
               'quality': 'The quality committee (%s) will review the rate of biopsy results returned within 14 days '
                          '(currently 91%%) and incidents of photos filed in the wrong chart (2 this quarter).'}[kind]
        subj = c.pick(['Committee notice', 'P&T committee: agenda', 'Meeting notice'])
    body = '%s\n\n%s\n\n%s\n\n%s' % (c.hig('Bonjour aux membres', 'Dear members'), txt % c.fd(d, 2), c.bye(), c.sig(ph))
    return _neg('committee_notice', 'committee meeting notice (%s)' % kind, frm=c.who(ph),
                to=[(c.t('Membres du comité', 'Committee members'), 'comite@%s' % C.SITES[c.region]['domain'])], subject=subj,
                text=body)


# ---------------------------------------------------------------------------
def drug_shortage(c):
    ph = c.st('pharm')
    drug = c.pick([('méthotrexate injectable 25 mg/mL', 'methotrexate injection 25 mg/mL', 'méthotrexate oral', 'oral methotrexate'),
                   ('mupirocine 2 % onguent', 'mupirocin 2% ointment', 'acide fusidique', 'fusidic acid'),
                   ('lidocaïne 1 % avec épinéphrine (fioles 50 mL)', 'lidocaine 1% with epinephrine (50 mL vials)',
                    'fioles de 20 mL', '20 mL vials'),
                   ('clobétasol 0,05 % crème (format 450 g)', 'clobetasol 0.05% cream (450 g)', 'format de 50 g', '50 g tubes')])
    d = c.later(14, 70)
    body = c.t('%s\n\nAvis de pénurie : %s, rupture prévue jusqu\'au %s selon le fabricant. Alternative suggérée : %s. '
               'Aucun changement requis pour les ordonnances en cours; les pharmacies communautaires ont été avisées.\n\n%s\n\n%s',
               '%s\n\nShortage notice: %s, back-order expected until %s per the manufacturer. Suggested alternative: %s. '
               'No change needed for active prescriptions; community pharmacies have been notified.\n\n%s\n\n%s') % (
        c.hi(), drug[0] if c.lang == 'fr' else drug[1], c.fd(d, 2),
        drug[2] if c.lang == 'fr' else drug[3], c.bye(), c.sig(ph))
    return _neg('drug_shortage', 'drug shortage notice', frm=c.who(ph), to=[_all(c, 'cliniciens')],
                subject=c.t('Pénurie – ', 'Shortage - ') + (drug[0] if c.lang == 'fr' else drug[1]), text=body)


# ---------------------------------------------------------------------------
def research_protocol(c):
    derm = c.st('derm')
    title = c.t('Étude REAL-PSO : efficacité en vie réelle des inhibiteurs de l\'IL-23 dans le psoriasis en plaques',
                'REAL-PSO study: real-world effectiveness of IL-23 inhibitors in plaque psoriasis')
    paras = c.t(['## Objectif', 'Évaluer la proportion de patients atteignant PASI 90 à 52 semaines.',
                 '## Critères d\'inclusion', 'Adultes 18 ans et plus; psoriasis en plaques modéré à sévère (PASI ≥ 12); '
                                            'début d\'un inhibiteur de l\'IL-23 (risankizumab, guselkumab ou tildrakizumab).',
                 '## Critères d\'exclusion', 'Grossesse; infection active; autre biologique dans les 12 dernières semaines.',
                 '## Taille de l\'échantillon', '240 participants dans 6 sites (Québec et Nouveau-Brunswick).',
                 '## Confidentialité', 'Les données seront codées; la clé de codage restera au site.'],
                ['## Objective', 'Assess the proportion of patients reaching PASI 90 at 52 weeks.',
                 '## Inclusion criteria', 'Adults 18+; moderate-to-severe plaque psoriasis (PASI >= 12); starting an IL-23 '
                                          'inhibitor (risankizumab, guselkumab or tildrakizumab).',
                 '## Exclusion criteria', 'Pregnancy; active infection; other biologic within 12 weeks.',
                 '## Sample size', '240 participants across 6 sites (Quebec and New Brunswick).',
                 '## Confidentiality', 'Data will be coded; the key stays on site.'])
    body = '%s\n\n%s\n\n%s\n\n%s' % (c.hi(), c.t('Ci-joint le protocole approuvé par le CÉR (version 3.1). Le recrutement débute le %s.',
                                                 'Attached is the REB-approved protocol (v3.1). Recruitment starts %s.') % c.fd(c.later(10, 40), 2),
                                     c.bye(), c.sig(derm))
    return _neg('research_protocol', 'research protocol without participants', frm=c.who(derm),
                to=[(c.t('Équipe de recherche', 'Research team'), 'recherche@%s' % C.SITES[c.region]['domain'])],
                subject=c.t('Protocole REAL-PSO v3.1', 'REAL-PSO protocol v3.1'), text=body,
                attachments=[docx('REAL-PSO_protocole_v3.1.docx' if c.lang == 'fr' else 'REAL-PSO_protocol_v3.1.docx', title, paras,
                                  author=derm.full)])


# ---------------------------------------------------------------------------
def physician_directory(c):
    mgr = c.st('mgr')
    rows = [[c.t('Médecin', 'Physician'), c.t('Champs d\'intérêt', 'Areas of interest'), c.t('Jours', 'Days')]]
    interests = {'Lavallée': ('psoriasis, biologiques, rhumatisme psoriasique', 'psoriasis, biologics, psoriatic arthritis'),
                 'Provencher': ('mélanome, dermoscopie, cancers cutanés', 'melanoma, dermoscopy, skin cancer'),
                 'Beauchemin': ('dermatite atopique, urticaire chronique, pédiatrie', 'atopic dermatitis, chronic urticaria, paediatrics'),
                 'Whitfield': ('hidradénite suppurée, acné sévère', 'hidradenitis suppurativa, severe acne'),
                 'Kaur': ('pelade, vitiligo, dermatoses auto-immunes', 'alopecia areata, vitiligo, autoimmune skin disease'),
                 'Vaillancourt': ('reconstruction post-Mohs, chirurgie de la main', 'post-Mohs reconstruction, hand surgery'),
                 'Sirois': ('chirurgie mammaire, esthétique', 'breast surgery, cosmetic'),
                 'Okonkwo': ('brûlures, plaies complexes, Dupuytren', 'burns, complex wounds, Dupuytren')}
    for k, v in interests.items():
        rows.append([C.staff(k).dname(c.lang), c.pv(v), c.pick(['lun/mer', 'mar/jeu', 'mer/ven']) if c.lang == 'fr'
                     else c.pick(['Mon/Wed', 'Tue/Thu', 'Wed/Fri'])])
    body = '%s\n\n%s\n\n%s\n\n%s' % (c.hig('Chers médecins référents', 'Dear referring physicians'),
                                     c.t('Pour faciliter l\'orientation de vos demandes, voici nos médecins et leurs champs d\'intérêt :',
                                         'To help direct your referrals, here are our physicians and their areas of interest:'),
                                     table_text(rows), c.sig(mgr))
    return _neg('physician_directory', 'physicians named with the conditions they treat', frm=c.who(mgr),
                to=[(c.t('Médecins référents', 'Referring physicians'), 'referents@listes.%s' % C.SITES[c.region]['domain'])],
                subject=c.t('Guide de référence – nos médecins', 'Referral guide - our physicians'), text=body,
                tr={'alt': True} if c.chance(0.6) else {'html_only': True})


# ---------------------------------------------------------------------------
def satisfaction_survey(c):
    mgr = c.st('mgr')
    n = c.rng.randrange(180, 640)
    pct = [c.rng.randrange(78, 98) for _ in range(4)]
    body = c.t('%s\n\nRésultats du sondage de satisfaction (%d répondants) :\n- Accueil : %d %% satisfaits\n- Délai pour obtenir un '
               'rendez-vous : %d %%\n- Clarté des explications sur le traitement : %d %%\n- Télédermatologie : %d %%\n\n'
               'Commentaire fréquent : les patients sous biologiques aimeraient des rappels par texto.\n\n%s',
               '%s\n\nPatient satisfaction survey results (%d respondents):\n- Front desk: %d%% satisfied\n- Wait for an '
               'appointment: %d%%\n- Clarity of treatment explanations: %d%%\n- Teledermatology: %d%%\n\nCommon comment: '
               'patients on biologics would like text reminders.\n\n%s') % (c.hi(), n, pct[0], pct[1], pct[2], pct[3], c.sig(mgr))
    return _neg('survey_results', 'aggregate satisfaction survey', frm=c.who(mgr), to=[_all(c)],
                subject=c.t('Sondage de satisfaction – résultats', 'Satisfaction survey - results'), text=body)


# ---------------------------------------------------------------------------
def photo_policy(c):
    td = c.st('td')
    body = c.t(
        '%s\n\nRappel des bonnes pratiques pour les photos de télédermatologie :\n1. Une vue d\'ensemble, une vue rapprochée et '
        'une image dermoscopique par lésion.\n2. Ne jamais inclure le visage ou un tatouage identifiable sauf si nécessaire.\n'
        '3. Ne pas nommer les fichiers avec le nom du patient : utilisez le numéro de demande (TD-AAAA-NNNNN).\n'
        '4. Supprimer les photos de l\'appareil après le téléversement.\n\n%s',
        '%s\n\nReminder of good practice for teledermatology photos:\n1. One overview, one close-up and one dermoscopic image '
        'per lesion.\n2. Never include the face or an identifiable tattoo unless needed.\n3. Do not name files with the '
        'patient\'s name: use the request number (TD-YYYY-NNNNN).\n4. Delete photos from the device after upload.\n\n%s') % (
        c.hig('Chers partenaires', 'Dear partners'), c.sig(td))
    return _neg('photo_policy', 'teledermatology photo guideline', frm=c.who(td),
                to=[(c.t('Cliniques partenaires', 'Partner clinics'), 'partenaires@listes.teledermnord.example')],
                subject=c.t('Rappel : photos de télédermatologie', 'Reminder: teledermatology photos'), text=body,
                tr={'html_only': c.chance(0.4)})


# ---------------------------------------------------------------------------
def appointment_template(c):
    it = c.st(c.pick(['it', 'mgr']))
    body = c.t(
        '%s\n\nVoici le nouveau gabarit de rappel automatique à valider :\n\n---\nBonjour {{prenom_patient}},\n'
        'Ceci est un rappel de votre rendez-vous le {{date_rdv}} à {{heure_rdv}} avec {{nom_medecin}} pour {{type_visite}}.\n'
        'Répondez C pour confirmer ou appelez le %s.\n---\n\nLes champs entre accolades seront remplis par le système. '
        'Aucun diagnostic ne doit apparaître dans {{type_visite}} (utiliser « consultation » ou « suivi »).\n\n%s',
        '%s\n\nHere is the new automated reminder template for approval:\n\n---\nHello {{patient_first_name}},\n'
        'This is a reminder of your appointment on {{appt_date}} at {{appt_time}} with {{physician}} for {{visit_type}}.\n'
        'Reply C to confirm or call %s.\n---\n\nFields in braces are filled by the system. No diagnosis may appear in '
        '{{visit_type}} (use "consultation" or "follow-up").\n\n%s') % (c.hi(), C.SITES[c.region]['phone'], c.sig(it))
    return _neg('template', 'appointment reminder template with placeholders', frm=c.who(it), to=[c.who(c.st('mgr'))],
                subject=c.t('Gabarit rappel SMS – à valider', 'SMS reminder template - for approval'), text=body)


# ---------------------------------------------------------------------------
def insurer_bulletin(c):
    body = c.t(
        '%s\n\nBulletin d\'information – médicaments d\'exception\n\nÀ compter du %s, les critères de paiement des agents '
        'biologiques pour le psoriasis en plaques sont modifiés : PASI ≥ 12 ou atteinte de zones spéciales; échec de deux '
        'traitements systémiques conventionnels ou de la photothérapie. Les demandes de renouvellement devront inclure le '
        'PASI actuel. Le formulaire révisé est disponible sur notre site.\n\nCeci est un envoi automatique.',
        '%s\n\nDrug plan bulletin - special authorization\n\nEffective %s, coverage criteria for biologics in plaque psoriasis '
        'change: PASI >= 12 or special-site involvement; failure of two conventional systemic agents or phototherapy. Renewal '
        'requests must include the current PASI. The revised form is on our website.\n\nThis is an automated message.') % (
        c.hig('Aux prescripteurs', 'To prescribers'), c.fd(c.later(20, 60), 2))
    frm = c.t(('Régime d\'assurance médicaments – bulletins', 'bulletins@regime-medicaments.example'),
              ('Drug Plan Bulletins', 'bulletins@drugplan-nb.example'))
    return _neg('insurer_bulletin', 'drug plan bulletin on biologic criteria', frm=frm, to=[c.who(c.st('derm'))],
                subject=c.t('Bulletin – critères biologiques psoriasis', 'Bulletin - psoriasis biologic criteria'), text=body,
                tr={'html_only': c.chance(0.5)})


# ---------------------------------------------------------------------------
def cme_webinar(c):
    sp = c.st(c.pick(['derm', 'plastic', 'path']))
    d = c.later(7, 40)
    topic = c.pick([('Mélanome : nouveautés en traitement adjuvant', 'Melanoma: what\'s new in adjuvant therapy'),
                    ('Plaies chroniques : choisir le bon pansement', 'Chronic wounds: choosing the right dressing'),
                    ('Isotrétinoïne : surveillance et mythes', 'Isotretinoin: monitoring and myths'),
                    ('Toxine botulinique pour l\'hyperhidrose', 'Botulinum toxin for hyperhidrosis')])
    body = c.t('%s\n\nWebinaire gratuit le %s à 12 h : « %s », présenté par %s. Inscription : https://formation.example/w/%d\n\n'
               'Cette activité donne droit à 1 crédit.\n\n%s',
               '%s\n\nFree webinar on %s at noon: "%s", presented by %s. Register: https://cme.example/w/%d\n\nThis activity is '
               'worth 1 credit.\n\n%s') % (c.hi(), c.fd(d, 2), c.pv(topic), sp.dname(c.lang), c.rng.randrange(1000, 9999),
                                           c.t('Formation continue', 'CME Office'))
    return _neg('cme_webinar', 'CME webinar invitation', frm=(c.t('Formation continue', 'CME Office'), 'fmc@formation.example'),
                to=[c.who(c.st('gp'))], subject=c.t('Webinaire : ', 'Webinar: ') + c.pv(topic), text=body,
                tr={'alt': True})


# ---------------------------------------------------------------------------
def meeting_minutes(c):
    mgr = c.st('mgr')
    att = c.rng.sample(['Lavallée', 'Provencher', 'Vaillancourt', 'Marchand', 'Fontaine', 'Dufresne', 'Desrosiers'], 4)
    paras = c.t(['Présents : ' + ', '.join(C.staff(a).dname('fr') for a in att),
                 '1. Liste d\'attente en chirurgie plastique : 214 patients, dont 38 en P2 depuis plus de 6 mois.',
                 '2. Télédermatologie : 1 240 demandes ce trimestre; 62 % traitées sans visite en personne.',
                 '3. Biologiques : 410 patients actifs; 12 transitions vers des biosimilaires ce mois-ci.',
                 '4. Suivi : M. Dubé présentera un plan pour réduire la liste P2 à la prochaine réunion.'],
                ['Present: ' + ', '.join(C.staff(a).dname('en') for a in att),
                 '1. Plastic surgery wait list: 214 patients, 38 of them P2 for more than 6 months.',
                 '2. Teledermatology: 1,240 requests this quarter; 62% handled without an in-person visit.',
                 '3. Biologics: 410 active patients; 12 biosimilar transitions this month.',
                 '4. Action: Mr. Dubé will present a plan to reduce the P2 list at the next meeting.'])
    title = c.t('Procès-verbal – comité de gestion du %s' % c.fd(c.earlier(1, 7), 2),
                'Minutes - management committee of %s' % c.fd(c.earlier(1, 7), 2))
    body = '%s\n\n%s\n\n%s' % (c.hi(), c.t('Ci-joint le procès-verbal.', 'Minutes attached.'), c.sig(mgr))
    return _neg('meeting_minutes', 'management minutes with aggregate figures', frm=c.who(mgr),
                to=[(c.t('Comité de gestion', 'Management committee'), 'gestion@%s' % C.SITES[c.region]['domain'])],
                subject=title, text=body, attachments=[docx(c.t('Procès-verbal_comité_gestion.docx', 'minutes.docx'), title, paras,
                                                            author=mgr.full)])


# ---------------------------------------------------------------------------
def lab_notice(c):
    pathd = c.st('path')
    key = 'path' if c.region == 'qc' else 'mpath'
    body = c.t(
        '%s\n\nÀ compter du %s, veuillez utiliser la nouvelle requête de dermatopathologie (version 2024-2). Le courrier '
        'passera à 11 h et 15 h 30. Les spécimens de biopsie doivent être dans le formol 10 %% dans les 30 minutes. '
        'Délai moyen de rendu : %d jours ouvrables.\n\n%s',
        '%s\n\nStarting %s, please use the new dermatopathology requisition (version 2024-2). Courier pickups at 11:00 and '
        '15:30. Biopsy specimens must be in 10%% formalin within 30 minutes. Average turnaround: %d business days.\n\n%s') % (
        c.hig('Chers clients', 'Dear clients'), c.fd(c.later(5, 25), 2), c.rng.randrange(4, 9), c.sig(pathd))
    return _neg('lab_notice', 'pathology lab service notice', frm=c.who(pathd), to=[_all(c, 'cliniques')],
                subject=c.t('Nouvelle requête et horaire du courrier', 'New requisition and courier schedule'), text=body)


# ---------------------------------------------------------------------------
def wound_guideline(c):
    nurse = c.st('wound')
    rows = [[c.t('Type de plaie', 'Wound type'), c.t('Pansement de 1re intention', 'First-line dressing'), c.t('Fréquence', 'Frequency')],
            [c.t('Plaie sèche / nécrose sèche', 'Dry wound / dry eschar'), 'hydrogel + film', c.t('aux 3 jours', 'q3 days')],
            [c.t('Exsudat modéré', 'Moderate exudate'), 'mousse (Mepilex)', c.t('aux 3-5 jours', 'q3-5 days')],
            [c.t('Exsudat abondant', 'Heavy exudate'), 'hydrofibre (Aquacel)', c.t('aux 1-2 jours', 'q1-2 days')],
            [c.t('Signes d\'infection locale', 'Local infection signs'), 'Ag / PHMB', c.t('quotidien', 'daily')]]
    body = '%s\n\n%s\n\n%s\n\n%s' % (c.hig('Bonjour à l\'équipe', 'Hello team'),
                                     c.t('Voici l\'algorithme révisé de choix de pansements (version affichée en salle 4) :',
                                         'Here is the revised dressing selection algorithm (posted in room 4):'),
                                     table_text(rows), c.sig(nurse))
    return _neg('guideline', 'generic wound dressing algorithm', frm=c.who(nurse), to=[_all(c, 'soins')],
                subject=c.t('Algorithme pansements – révisé', 'Dressing algorithm - revised'), text=body,
                tr={'alt': True} if c.chance(0.5) else {})


# ---------------------------------------------------------------------------
def public_health(c):
    body = c.t(
        '%s\n\nAvis de santé publique : augmentation des cas de gale dans les résidences pour aînés de la région '
        '(%d éclosions déclarées depuis janvier). Rappel du traitement : perméthrine 5 %% à J0 et J7; ivermectine orale pour '
        'les formes croûteuses. Déclarer toute éclosion à la direction régionale.\n\nDirection de santé publique (fictive)',
        '%s\n\nPublic health advisory: increase in scabies cases in long-term care homes in the region (%d outbreaks reported '
        'since January). Treatment reminder: permethrin 5%% on day 0 and day 7; oral ivermectin for crusted forms. Report '
        'all outbreaks to the regional office.\n\nRegional Public Health (fictitious)') % (
        c.hig('Aux cliniciens', 'To clinicians'), c.rng.randrange(4, 17))
    return _neg('public_health', 'public health advisory (aggregate)', frm=c.t(('Santé publique', 'avis@sante-publique.example'),
                                                                                ('Public Health', 'advisories@publichealth-nb.example')),
                to=[c.who(c.st('derm'))], subject=c.t('Avis : gale en CHSLD', 'Advisory: scabies in LTC'), text=body)


# ---------------------------------------------------------------------------
def privacy_training(c):
    mgr = c.st('mgr')
    body = c.t(
        '%s\n\nRappel annuel – protection des renseignements personnels :\n- N\'inscrivez jamais de nom de patient, de NAM '
        '(format AAAA 0000 0000) ou de diagnostic dans l\'objet d\'un courriel.\n- Utilisez le numéro de dossier interne '
        'seulement dans le corps du message et chiffrez les pièces jointes.\n- Les photos cliniques ne doivent jamais être '
        'envoyées par texto.\n\nLa formation en ligne (30 min) doit être complétée avant le %s.\n\n%s',
        '%s\n\nAnnual privacy reminder:\n- Never put a patient name, health card number or diagnosis in an e-mail subject.\n'
        '- Use the internal chart number only in the body and encrypt attachments.\n- Clinical photos must never be sent by '
        'text message.\n\nThe online module (30 min) must be completed by %s.\n\n%s') % (
        c.hig('Bonjour à tous', 'Hello everyone'), c.fd(c.later(10, 40), 2), c.sig(mgr))
    return _neg('privacy_training', 'privacy training reminder', frm=c.who(mgr), to=[_all(c)],
                subject=c.t('Rappel : confidentialité et courriel', 'Reminder: privacy and e-mail'), text=body)


# ---------------------------------------------------------------------------
def fundraiser(c):
    nurse = c.st(c.pick(['nurse', 'cosm', 'td']))
    body = c.t('%s\n\nL\'équipe de la clinique participe à la Marche contre le mélanome le %s! Objectif : 5 000 $. '
               'Commanditez-nous ou joignez-vous à l\'équipe « Les Grains de beauté ».\n\n%s',
               '%s\n\nThe clinic team is joining the Melanoma Walk on %s! Goal: $5,000. Sponsor us or join team '
               '"The Beauty Marks".\n\n%s') % (c.hig('Bonjour à tous', 'Hi all'), c.fd(c.later(15, 60), 2), nurse.full)
    return _neg('fundraiser', 'staff fundraiser for melanoma walk', frm=c.who(nurse), to=[_all(c)],
                subject=c.t('Marche contre le mélanome', 'Melanoma Walk'), text=body, tr={'html_only': c.chance(0.5)})
