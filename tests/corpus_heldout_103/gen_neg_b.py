"""Negative messages, part B: IT, facilities, statistics, blank forms, teaching cases, research, directories."""
import datetime as dt

from gen_common import dfmt, MOIS, MONTHS
from gen_text import sig, hello, bye, doc_title, quote, fwd, join
from gen_clin import num, prostate_dx, stone, LUTS_MEDS, OAB_MEDS
from gen_pos_a import who, mail
from gen_neg_a import neg, ALL_STAFF, ALL_STAFF_EN, XLSX, DOCX
import gen_attach as A


# ------------------------------------------------------------------ IT notice
def it_notice(W, lang):
    r = W.rng
    it = W.staff('it', org='cisss')
    d = W.future_date(dt.datetime(2025, 2, 1), 2, 120)
    k = r.randrange(4)
    if lang == 'fr':
        body = [('Le PACS et le visualiseur d\'imagerie seront indisponibles le %s de 22 h à 2 h pour mise à niveau. Les rapports de tomodensitométrie demeurent accessibles dans le DCI.' % dfmt(d, 'fr', 1)),
                ('Tentative d\'hameçonnage en cours : un courriel « Mise à jour de votre boîte vocale » circule. Ne cliquez pas sur le lien et signalez-le avec le bouton Signaler.'),
                ('Le logiciel de dictée sera remplacé le %s. Les urologues recevront un nouvel identifiant ; la formation dure 20 minutes.' % dfmt(d, 'fr', 1)),
                ('Les postes de la clinique d\'urologie (3e étage, locaux 3.110 à 3.124) seront redémarrés ce soir pour les correctifs de sécurité. Billet #%d.' % r.randrange(100000, 999999))][k]
        subj = ['Interruption PACS planifiée', 'ALERTE – hameçonnage', 'Nouveau logiciel de dictée', 'Redémarrage des postes – 3e étage'][k]
    else:
        body = [('PACS will be unavailable on %s from 22:00 to 02:00 for an upgrade.' % dfmt(d, 'en', 1)), 'Phishing alert: do not click the "voicemail update" link.',
                'The dictation system will be replaced on %s.' % dfmt(d, 'en', 1), 'Workstations in the urology clinic will reboot tonight. Ticket #%d.' % r.randrange(100000, 999999)][k]
        subj = ['Planned PACS outage', 'Phishing alert', 'New dictation system', 'Workstation reboot - 3rd floor'][k]
    text = join(hello(W, lang), body, 'Centre de services TI – poste 4357 (HELP)' if lang == 'fr' else 'IT Service Desk - ext. 4357 (HELP)')
    m = mail(W, ('Centre de services TI' if lang == 'fr' else 'IT Service Desk', 'servicesti@cisss-hautesrivieres.example'), [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN],
             subj, text, lang, body_mode=r.choice(['html', 'plain', 'alt']))
    return neg('it_notice', lang, 'IT notice', m)


# ------------------------------------------------------------------ facilities
def facilities(W, lang):
    r = W.rng
    fac = W.staff('mgr', org='hsl')
    d = W.future_date(dt.datetime(2025, 2, 1), 2, 120)
    what = r.choice([('fermeture de l\'eau chaude au 3e étage (aile B)', 'hot water shut-off, 3rd floor wing B'),
                     ('travaux dans l\'ascenseur 4 – utilisez l\'ascenseur 2', 'elevator 4 work - use elevator 2'),
                     ('fermeture de la salle de lithotripsie pour remplacement du système de ventilation', 'lithotripsy suite closed for HVAC replacement'),
                     ('peinture du corridor de la clinique d\'urologie', 'painting of the urology clinic corridor')])
    text = join(hello(W, lang), ('Avis : %s le %s, de 7 h à 16 h. Merci de votre compréhension.' % (what[0], dfmt(d, 'fr', 1))) if lang == 'fr'
                else ('Notice: %s on %s, 7:00-16:00.' % (what[1], dfmt(d, 'en', 1))), sig(W, fac, lang, unit='Services techniques' if lang == 'fr' else 'Facilities'))
    m = mail(W, fac, [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN], ('Avis travaux – ' + dfmt(d, 'fr', 2)) if lang == 'fr' else 'Facilities notice', text, lang)
    return neg('facilities_notice', lang, 'facilities notice', m)


# ------------------------------------------------------------------ statistics
def statistics(W, lang):
    r = W.rng
    mgr = W.staff('mgr')
    dirr = W.staff('mgr', org='cisss')
    acts = ['Cystoscopies', 'LEOC', 'Urétéroscopies', 'Vasectomies', 'Biopsies prostate', 'Urodynamies', 'RTUP'] if lang == 'fr' else \
        ['Cystoscopies', 'SWL', 'Ureteroscopies', 'Vasectomies', 'Prostate biopsies', 'Urodynamics', 'TURP']
    rows = [['Activité' if lang == 'fr' else 'Activity', 'Janv', 'Févr', 'Mars', 'Délai médian (j)' if lang == 'fr' else 'Median wait (d)', '% > cible' if lang == 'fr' else '% over target']]
    for a in acts:
        base = r.randrange(25, 220)
        rows.append([a] + [max(1, int(base * r.uniform(0.85, 1.15))) for _ in range(3)] + [r.randrange(10, 180), '%d %%' % r.randrange(0, 60)])
    atts = []
    if r.random() < 0.6:
        atts.append({'filename': r.choice(['tableau_de_bord_T1.xlsx', 'stats_uro_2025.xlsx', 'indicateurs.xlsx']), 'data': A.make_xlsx([('T1', rows)]), 'ctype': XLSX})
        body = ('Tableau de bord du 1er trimestre ci-joint. Faits saillants : %d %% des cystoscopies d\'hématurie réalisées dans le délai de 28 jours ; '
                'taux de sans-fragment après URS %d %% ; %d patients en attente de plus d\'un an.' % (r.randrange(40, 90), r.randrange(70, 95), r.randrange(5, 60))) if lang == 'fr' else \
               ('Q1 dashboard attached. %d%% of hematuria cystoscopies within 28 days; stone-free rate %d%%.' % (r.randrange(40, 90), r.randrange(70, 95)))
    else:
        body = '\n'.join(' | '.join(str(c) for c in row) for row in rows)
    text = join(hello(W, lang, dirr['given']), body, sig(W, mgr, lang))
    m = mail(W, mgr, [dirr], 'Statistiques T1 – urologie' if lang == 'fr' else 'Q1 urology statistics', text, lang, attachments=atts)
    return neg('statistics', lang, 'aggregate activity statistics', m)


# ------------------------------------------------------------------ blank forms / templates
def blank_form(W, lang):
    r = W.rng
    sec = W.staff('clerk')
    k = r.randrange(3)
    if lang == 'fr':
        t = ['Formulaire de référence – Urologie', 'Journal mictionnel (3 jours)', 'Consentement – vasectomie'][k]
        lines = {0: ['Nom du patient : ______________________', 'NAM : ____ ____ ____   Exp. : __/__', 'Date de naissance : AAAA-MM-JJ',
                     'Motif : [ ] APS élevé  [ ] Hématurie  [ ] Lithiase  [ ] Incontinence  [ ] Autre : ________', 'APS (dernier) : ______ ng/mL',
                     'Médecin référent : ______________   No de permis : _______'],
                 1: ['Nom : ____________________  Dossier : __________', 'Heure | Volume uriné (mL) | Fuite (oui/non) | Boisson (mL) | Urgence (0-4)'] + ['__:__ |        |      |       |   '] * 8,
                 2: ['Je soussigné(e), ____________________, consens à subir une vasectomie.', 'Je comprends que la stérilité n\'est pas immédiate et qu\'un spermogramme est requis.',
                     'Risques : hématome, infection, douleur chronique (1-2 %), recanalisation (< 1 %).', 'Signature : __________________  Date : ___________',
                     'Témoin : __________________']}[k]
        body = r.choice(['Voici la version révisée du formulaire à utiliser à partir du 1er avril. Merci de détruire les anciennes copies.',
                         'Comme demandé, le gabarit vierge en pièce jointe.', 'Nouveau formulaire approuvé par le comité des formulaires.'])
    else:
        t = ['Urology Referral Form', 'Bladder Diary (3 days)', 'Vasectomy Consent'][k]
        lines = {0: ['Patient name: ______________________', 'Health card #: __________  Version: __', 'DOB: YYYY-MM-DD', 'Reason: [ ] high PSA [ ] hematuria [ ] stones [ ] other'],
                 1: ['Name: ________________  MRN: ________', 'Time | Voided (mL) | Leak (Y/N) | Intake (mL)'],
                 2: ['I, ____________________, consent to a vasectomy.', 'Signature: ___________  Date: _______']}[k]
        body = 'Blank template attached; please use from April 1.'
    if r.random() < 0.5:
        data, fn, ct = A.make_pdf(t, lines), t.replace(' ', '_').replace('–', '-') + '.pdf', 'application/pdf'
    else:
        data, fn, ct = A.make_docx(t, lines), t.replace(' ', '_').replace('–', '-') + '.docx', DOCX
    text = join(hello(W, lang), body, sig(W, sec, lang))
    m = mail(W, sec, [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN], ('Nouveau formulaire : ' if lang == 'fr' else 'New form: ') + t, text, lang,
             attachments=[{'filename': fn, 'data': data, 'ctype': ct}])
    return neg('blank_form', lang, 'blank form/template', m)


# ------------------------------------------------------------------ anonymised teaching case
def teaching_case(W, lang):
    r = W.rng
    res_ = W.staff('res')
    age = r.randrange(48, 82)
    if lang == 'fr':
        case = r.choice([
            'Homme de %d ans, APS 4,1 → 6,8 → 9,3 ng/mL en 18 mois, IRM : lésion PI-RADS 4 de 11 mm. Biopsie ciblée : Gleason 3+4=7, 2/14 carottes. Quelles options ?' % age,
            'Femme de %d ans, incontinence mixte, échec de l\'oxybutynine et du mirabégron. Urodynamie : hyperactivité détrusorienne. Botox 100 U ou neuromodulation ?' % age,
            'Homme de %d ans, calcul pyélique droit de 18 mm, 1 250 UH, sous apixaban. LEOC, URS ou NLPC ?' % age,
            'Patient de %d ans, hématurie macroscopique, fumeur. Cystoscopie : lésion papillaire 2 cm. Prise en charge ?' % age])
        text = join(hello(W, 'fr'), 'Cas pour la présentation de jeudi (anonymisé) :', case, 'Questions à préparer pour la discussion : diagnostic différentiel, examens, traitement.', sig(W, res_, 'fr'))
        subj = r.choice(['Cas clinique – club de lecture', 'Cas de la semaine', 'Présentation de cas jeudi'])
    else:
        case = r.choice(['A %d-year-old man, PSA 4.1 -> 9.3 over 18 months, PI-RADS 4 lesion, Gleason 3+4 on targeted biopsy. Options?' % age,
                         'A %d-year-old woman with mixed incontinence, failed two OAB agents. Next step?' % age,
                         'A %d-year-old with an 18 mm renal pelvis stone on apixaban. SWL, URS or PCNL?' % age])
        text = join(hello(W, 'en'), 'De-identified case for Thursday rounds:', case, sig(W, res_, 'en'))
        subj = 'Case of the week'
    m = mail(W, res_, [('Résidents urologie', 'residents-uro@chu-staubin.example')], subj, text, lang)
    return neg('teaching_case', lang, 'anonymised teaching case', m)


# ------------------------------------------------------------------ research protocol
def research(W, lang):
    r = W.rng
    pi = W.staff('md', org='chu')
    coord = W.staff('nurse', org='chu')
    if lang == 'fr':
        t = r.choice(['PROSTA-LOC : biopsie transpérinéale sous anesthésie locale vs sédation', 'LITHO-H2O : hydratation guidée par application mobile après URS',
                      'CONTINENCE-PLUS : rééducation périnéale préopératoire avant prostatectomie'])
        text = join(hello(W, 'fr'), 'Le protocole %s a été approuvé par le CER (projet %d-%04d).' % (t, 2025, r.randrange(1, 9999)),
                    'Critères d\'inclusion : hommes 50-80 ans, APS 4-20 ng/mL, IRM PI-RADS ≥ 3. Exclusion : anticoagulation non interruptible.',
                    'Objectif de recrutement : %d participants sur 18 mois. Merci de nous signaler les patients potentiellement admissibles via le formulaire de pré-sélection (sans identifiant).' % r.randrange(80, 300),
                    sig(W, coord, 'fr', unit='Centre de recherche'))
        subj = 'Nouveau protocole – ' + t.split(' :')[0]
    else:
        t = r.choice(['PROSTA-LOC: local vs sedation transperineal biopsy', 'LITHO-H2O: app-guided hydration after URS'])
        text = join(hello(W, 'en'), 'Protocol %s has been approved by the REB.' % t, 'Inclusion: men 50-80, PSA 4-20, PI-RADS >= 3. Target: %d participants.' % r.randrange(80, 300),
                    sig(W, coord, 'en', unit='Research Centre'))
        subj = 'New protocol - ' + t.split(':')[0]
    m = mail(W, coord, [who(pi, lang), ALL_STAFF if lang == 'fr' else ALL_STAFF_EN], subj, text, lang)
    return neg('research_protocol', lang, 'research protocol without participants', m)


# ------------------------------------------------------------------ physician directory (doctors with the diseases they treat)
def directory(W, lang):
    r = W.rng
    mgr = W.staff('mgr')
    areas = ['uro-oncologie (prostate, vessie, rein)', 'lithiase complexe et NLPC', 'incontinence et urologie fonctionnelle', 'andrologie et vasectomie',
             'urologie pédiatrique', 'reconstruction urétrale'] if lang == 'fr' else \
        ['uro-oncology (prostate, bladder, kidney)', 'complex stones and PCNL', 'incontinence and functional urology', 'andrology and vasectomy', 'paediatric urology']
    lines = ['%s — %s' % (doc_title(W.staff('md'), lang), a) for a in r.sample(areas, 4)]
    text = join(hello(W, lang), 'Pour orienter vos références, voici les champs d\'intérêt des urologues du service :' if lang == 'fr' else 'To help direct referrals, our urologists\' areas of interest:',
                '\n'.join(lines), ('Références via le CRDS, télécopieur 450 555-01%02d.' % r.randrange(100)) if lang == 'fr' else ('Referrals via central intake, fax 450 555-01%02d.' % r.randrange(100)),
                sig(W, mgr, lang))
    m = mail(W, mgr, [('Médecins GMF', 'medecins@gmf-vieuxmoulin.example')], 'Répartition des champs d\'intérêt – urologie' if lang == 'fr' else 'Urology referral guide', text, lang)
    return neg('physician_directory', lang, 'physicians named with the diseases they treat', m)


# ------------------------------------------------------------------ clinic hours / closure
def clinic_hours(W, lang):
    r = W.rng
    sec = W.staff('clerk')
    hol = r.choice([('Vendredi saint', 'Good Friday', dt.date(2025, 4, 18)), ('Fête nationale', 'St-Jean-Baptiste Day', dt.date(2025, 6, 24)),
                    ('Journée nationale des patriotes', 'Victoria Day', dt.date(2025, 5, 19))])
    text = join(hello(W, lang), ('La clinique d\'urologie sera fermée le %s (%s). Les cliniques de cystoscopie et de vasectomie sont reportées ; les patients seront contactés par la centrale.'
                                 % (dfmt(hol[2], 'fr', 1), hol[0])) if lang == 'fr' else
                ('The urology clinic will be closed on %s (%s). Affected cystoscopy and vasectomy lists will be rebooked by central booking.' % (dfmt(hol[2], 'en', 1), hol[1])),
                ('Urgences : urologue de garde via la téléphoniste, 450 555-01%02d.' % r.randrange(100)) if lang == 'fr' else ('Urgent issues: on-call urologist via switchboard 450 555-01%02d.' % r.randrange(100)),
                sig(W, sec, lang))
    m = mail(W, sec, [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN], ('Fermeture – ' + hol[0]) if lang == 'fr' else ('Closure - ' + hol[1]), text, lang)
    return neg('clinic_hours', lang, 'clinic closure notice', m)


# ------------------------------------------------------------------ patient education leaflet
def patient_education(W, lang):
    r = W.rng
    nurse = W.staff('nurse')
    k = r.randrange(4)
    if lang == 'fr':
        t = ['Conseils après une vasectomie', 'Vivre avec un tuteur urétéral (double J)', 'Prévenir les calculs rénaux', 'Exercices du plancher pelvien (Kegel)'][k]
        lines = [['Appliquez de la glace 20 minutes à la fois pendant 48 h.', 'Portez un support scrotal 1 semaine.', 'La stérilité n\'est pas immédiate : utilisez une contraception jusqu\'au spermogramme.',
                  'Consultez si fièvre > 38,5 °C ou enflure importante.'],
                 ['Du sang dans l\'urine et des envies fréquentes sont normaux.', 'La tamsulosine peut diminuer l\'inconfort.', 'Le tuteur DOIT être retiré à la date prévue.'],
                 ['Buvez 2,5 à 3 L de liquide par jour.', 'Limitez le sel à 2 300 mg/j.', 'Ne réduisez pas le calcium alimentaire.'],
                 ['Contractez 5 secondes, relâchez 10 secondes.', '3 séries de 10 par jour.', 'Résultats en 6 à 12 semaines.']][k]
    else:
        t = ['After your vasectomy', 'Living with a ureteral stent', 'Preventing kidney stones', 'Pelvic floor (Kegel) exercises'][k]
        lines = [['Ice 20 minutes at a time for 48 h.', 'You are not sterile until your semen test is clear.'], ['Blood in urine is common.', 'The stent MUST be removed on time.'],
                 ['Drink 2.5-3 L a day.', 'Limit salt.'], ['Squeeze 5 s, relax 10 s.', '3 sets of 10 daily.']][k]
    data = A.make_pdf(t, lines, footer='Document d\'enseignement – révisé 2025' if lang == 'fr' else 'Patient education - revised 2025')
    text = join(hello(W, lang), 'Version finale du dépliant, prête pour l\'impression.' if lang == 'fr' else 'Final leaflet, ready to print.', sig(W, nurse, lang))
    m = mail(W, nurse, [('Imprimerie', 'imprimerie@hsln.example')], t, text, lang, attachments=[{'filename': t.replace(' ', '_') + '.pdf', 'data': data, 'ctype': 'application/pdf'}])
    return neg('patient_education', lang, 'generic patient education leaflet', m)


# ------------------------------------------------------------------ OR block allocation
def or_blocks(W, lang):
    r = W.rng
    mgr = W.staff('mgr')
    docs = [W.staff('md') for _ in range(5)]
    days = ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi'] if lang == 'fr' else ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']
    rows = [['Jour' if lang == 'fr' else 'Day', 'Salle' if lang == 'fr' else 'Room', 'AM', 'PM']]
    for d in days:
        for s in r.sample(['Salle 4', 'Salle 7', 'Cysto 2'], 2):
            rows.append([d, s, doc_title(r.choice(docs), lang), doc_title(r.choice(docs), lang)])
    data = A.make_xlsx([('Blocs', rows)])
    text = join(hello(W, lang), 'Répartition des blocs opératoires pour la période 4, effective le 7 avril.' if lang == 'fr' else 'OR block allocation for period 4 attached.', sig(W, mgr, lang))
    m = mail(W, mgr, [ALL_STAFF if lang == 'fr' else ALL_STAFF_EN], 'Répartition des blocs – P4' if lang == 'fr' else 'OR blocks - P4', text, lang,
             attachments=[{'filename': 'blocs_P4.xlsx', 'data': data, 'ctype': XLSX}])
    return neg('or_blocks_xlsx', lang, 'OR block allocation by surgeon', m)


# ------------------------------------------------------------------ inventory CSV with lot/serial numbers
def inventory(W, lang):
    r = W.rng
    buyer = W.staff('buyer')
    mgr = W.staff('nurse')
    rows = [['Code', 'Description', 'Lot', 'Péremption' if lang == 'fr' else 'Expiry', 'Qté' if lang == 'fr' else 'Qty', 'N° série' if lang == 'fr' else 'Serial']]
    items = ['Sonde Foley 16 Fr 2 voies', 'Sonde Foley 22 Fr 3 voies', 'Tuteur JJ 6x26', 'Panier nitinol 1,9 Fr', 'Gaine d\'accès 12/14', 'Fibre laser 365 µm', 'Cathéter UDS 7 Fr', 'Kit vasectomie']
    for it in items:
        rows.append(['UMT-%d' % r.randrange(1000, 9999), it, W.luhn_number(10), dt.date(2026, r.randrange(1, 13), 1).isoformat(), r.randrange(0, 200), W.luhn_number(9)])
    enc = r.choice(['utf-8', 'cp1252'])
    data = A.make_csv(rows, r.choice([',', ';']), enc)
    text = join(hello(W, lang, mgr['given']), 'Inventaire du dépôt de la clinique en date d\'aujourd\'hui. À commander : fibres laser et tuteurs.' if lang == 'fr' else 'Clinic stock count attached.', sig(W, buyer, lang))
    m = mail(W, buyer, [mgr], 'Inventaire dépôt urologie' if lang == 'fr' else 'Urology stock count', text, lang,
             attachments=[{'filename': 'inventaire.csv' if lang == 'fr' else 'stock.csv', 'data': data, 'ctype': 'text/csv',
                           'charset': 'windows-1252' if enc == 'cp1252' else 'utf-8'}])
    return neg('inventory_csv', lang, 'inventory with lot and serial numbers', m)
