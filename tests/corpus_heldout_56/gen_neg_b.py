"""Negative templates, part B: committees, postings, conferences, on-call lists,
blank forms, teaching cases, guidelines, statistics, invitations, inventories,
public exposure notices, training, staff directories, assets, reply threads, newsletters."""
import datetime

import gen_attach as A
import gen_data as D
import gen_util as U
from gen_common import R, ago, ahead, box, dsp_box, greet, lot, pci_box, sst_box, thanks, who

L = U.L


def n_committee(c, lang):
    r = c.rng
    hosp = r.choice(U.HOSP)
    sec = c.staff(lang, L(lang, 'adjointe administrative', 'administrative assistant'), hosp['dom'])
    d = ahead(c, r.randint(5, 15))
    items_fr = ['Adoption du procès-verbal', 'Taux de DACD et de bactériémies SARM - période %d' % r.randint(1, 13),
                'Bilan des éclosions de la saison', 'Projet de remplacement des distributeurs de solution hydroalcoolique',
                'Révision de la politique de dépistage des BGNPC à l\'admission', 'Audit du retraitement des endoscopes', 'Varia']
    items_en = ['Approval of minutes', 'CDI and MRSA bacteremia rates - period %d' % r.randint(1, 13), 'Outbreak season review',
                'Hand-rub dispenser replacement project', 'Revised CPE admission screening policy', 'Endoscope reprocessing audit', 'Other business']
    idx = sorted(r.sample(range(1, 6), 3))
    items = [0] + idx + [6]
    blocks = [('p', greet(c, lang)),
              ('p', L(lang, 'Le comité de prévention et contrôle des infections se réunira le %s de 12 h à 13 h 30, salle du conseil '
                            '(ou Teams). Ordre du jour :' % U.fdate(d, lang, 'long'),
                      'The Infection Prevention and Control committee meets on %s, 12:00-1:30 pm, boardroom (or Teams). Agenda:'
                      % U.fdate(d, lang, 'long'))),
              ('list', ['%d. %s' % (i + 1, items_fr[k] if lang == 'fr' else items_en[k]) for i, k in enumerate(items)]),
              c.sig(sec, lang, hosp['name'])]
    return R('committee_notice', lang, L(lang, 'Comité PCI - ordre du jour', 'IPAC committee - agenda'), sec,
             [box(L(lang, 'Membres CPCI', 'IPAC committee members'), 'cpci@' + hosp['dom'])], blocks, [], 'committee agenda')


def n_job_posting(c, lang):
    r = c.rng
    hosp = r.choice(U.HOSP)
    rh = c.staff(lang, L(lang, 'conseillère RH', 'HR advisor'), hosp['dom'])
    post = 'PCI-%d-%03d' % (c.now.year, r.randint(1, 300))
    blocks = [('p', L(lang, 'AFFICHAGE INTERNE %s' % post, 'INTERNAL POSTING %s' % post)),
              ('p', L(lang, 'Titre : Infirmière clinicienne / infirmier clinicien en prévention et contrôle des infections\n'
                            'Statut : temps complet permanent, jour\nPort d\'attache : %s\n'
                            'Exigences : baccalauréat en sciences infirmières, 3 ans d\'expérience; atout : certification CIC.' % hosp['name'],
                      'Title: Clinical Nurse, Infection Prevention and Control\nStatus: full-time permanent, days\nSite: %s\n'
                      'Requirements: BScN, 3 years of experience; CIC certification an asset.' % hosp['name'])),
              ('p', L(lang, 'Période d\'affichage : jusqu\'au %s. Postuler via le portail RH.' % U.fdate(ahead(c, 14), lang, 'long'),
                      'Posting period: until %s. Apply through the HR portal.' % U.fdate(ahead(c, 14), lang, 'long'))),
              c.sig(rh, lang, hosp['name'])]
    return R('job_posting', lang, L(lang, 'Affichage %s - infirmière PCI', 'Posting %s - IPAC nurse') % post, rh,
             [box(L(lang, 'Tout le personnel', 'All staff'), 'tous@' + hosp['dom'])], blocks, [], 'job posting')


def n_conference(c, lang):
    r = c.rng
    org = c.staff(lang, L(lang, 'coordonnatrice formation', 'education coordinator'), U.DSP['dom'])
    spk = c.staff(lang, 'md', U.HOSP[0]['dom'])
    ttl = L(lang, r.choice(['Dre', 'Dr']) if spk.sex == 'F' else 'Dr', 'Dr.')
    ttl = L(lang, 'Dre' if spk.sex == 'F' else 'Dr', 'Dr.')
    topic = r.choice([L(lang, 'Recrudescence de la syphilis congénitale : que faire en 2025?', 'The resurgence of congenital syphilis'),
                      L(lang, 'C. difficile : nouvelles lignes directrices de traitement', 'C. difficile: new treatment guidelines'),
                      L(lang, 'Tuberculose chez les populations migrantes', 'Tuberculosis in migrant populations'),
                      L(lang, 'Rougeole : leçons de l\'éclosion de 2024', 'Measles: lessons from the 2024 outbreak')])
    blocks = [('p', greet(c, lang)),
              ('p', L(lang, 'Midi-conférence du %s : « %s », présentée par %s %s, microbiologiste-infectiologue, qui suit la majorité des '
                            'cas de tuberculose de la région.' % (U.fdate(ahead(c, 10), lang, 'long'), topic, ttl, spk.full()),
                      'Lunch & learn on %s: "%s", presented by %s %s, infectious diseases specialist who follows most TB cases in the region.'
                      % (U.fdate(ahead(c, 10), lang, 'long'), topic, ttl, spk.full()))),
              ('p', L(lang, 'Accréditation : 1 h de formation (DPC). Lien Teams dans l\'invitation.', 'Accredited: 1 CPD hour. Teams link in the invite.')),
              c.sig(org, lang, U.DSP['name'])]
    return R('conference', lang, L(lang, 'Midi-conférence - %s' % topic, 'Lunch & learn - %s' % topic), org,
             [box(L(lang, 'Médecins et professionnels', 'Physicians and professionals'), 'formation@' + U.DSP['dom'])], blocks, [],
             'speaker and topic')


def n_oncall(c, lang):
    r = c.rng
    hosp = r.choice(U.HOSP)
    sec = c.staff(lang, L(lang, 'secrétaire médicale', 'medical secretary'), hosp['dom'])
    rows = []
    for i in range(7):
        d = ahead(c, i)
        md = c.staff(lang, 'md', hosp['dom'])
        rows.append([U.fday(d, lang), ('Dre ' if md.sex == 'F' else 'Dr ') + md.full(),
                     r.choice([L(lang, 'infectiologie (TB, VIH)', 'ID (TB, HIV)'), L(lang, 'microbiologie', 'microbiology'),
                               L(lang, 'santé publique - MI', 'public health - ID')]), md.phone])
    blocks = [('p', greet(c, lang)),
              ('table', [L(lang, 'Jour', 'Day'), L(lang, 'Médecin de garde', 'On-call physician'), L(lang, 'Spécialité', 'Specialty'),
                         L(lang, 'Téléavertisseur', 'Pager')], rows),
              ('p', L(lang, 'Pour les MADO urgentes hors heures : passer par la téléphoniste.', 'For urgent reportable diseases after hours: go through switchboard.')),
              c.sig(sec, lang, hosp['name'])]
    return R('oncall_list', lang, L(lang, 'Garde infectiologie - semaine du %s', 'ID on-call - week of %s') % U.fdate(c.now.date(), lang, 'iso'),
             sec, [box(L(lang, 'Urgence', 'ED'), 'urgence@' + hosp['dom'])], blocks, [], 'physicians on call')


def n_blank_form(c, lang):
    r = c.rng
    s = c.staff(lang, L(lang, 'agente de planification', 'planning officer'), U.DSP['dom'])
    kind = r.choice(['mado', 'mci', 'contacts'])
    title = {'mado': L(lang, 'Formulaire de déclaration MADO (version 2025)', 'Notifiable disease report form (2025)'),
             'mci': L(lang, 'Rapport de manifestations cliniques après vaccination', 'AEFI report form'),
             'contacts': L(lang, 'Grille d\'enquête de contacts', 'Contact tracing worksheet')}[kind]
    fields = [L(lang, 'Nom : ______________________   Prénom : ____________________', 'Last name: __________________   First name: ________________'),
              L(lang, 'NAM : __ __ __ __  __ __ __ __  __ __ __ __   (ex. ABCD 1234 5678)', 'RAMQ: ____ ____ ____   (e.g. ABCD 1234 5678)'),
              L(lang, 'Date de naissance : AAAA-MM-JJ', 'Date of birth: YYYY-MM-DD'),
              L(lang, 'Adresse : ______________________________   Tél. : (___) ___-____', 'Address: ___________________________   Phone: (___) ___-____'),
              L(lang, 'Diagnostic / agent : ____________________', 'Diagnosis / agent: __________________'),
              L(lang, 'Médecin déclarant : ________________  No permis : _______', 'Reporting physician: ______________  Licence #: _____')]
    atts = []
    fmt = r.choice(['pdf', 'docx'])
    if fmt == 'pdf':
        atts.append({'filename': '%s_vierge.pdf' % kind, 'ctype': 'application/pdf', 'data': A.make_pdf(title, fields, author=s.full())})
    else:
        atts.append({'filename': '%s_gabarit.docx' % kind,
                     'ctype': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                     'data': A.make_docx(title, fields, author=s.full())})
    blocks = [('p', greet(c, lang)),
              ('p', L(lang, 'Veuillez utiliser la nouvelle version du formulaire (%s) à partir du %s. L\'ancienne version ne sera plus acceptée.'
                      % (title, U.fdate(ahead(c, 7), lang, 'long')),
                      'Please use the new form (%s) starting %s. The old version will no longer be accepted.'
                      % (title, U.fdate(ahead(c, 7), lang, 'long')))),
              ('p', L(lang, 'Télécopieur sécurisé de la vigie : %s.' % c.phone('450'), 'Secure fax for surveillance: %s.' % c.phone('450'))),
              c.sig(s, lang, U.DSP['name'])]
    return R('blank_form', lang, L(lang, 'Nouveau formulaire - %s', 'New form - %s') % title, s,
             [box(L(lang, 'Cliniques médicales', 'Medical clinics'), 'cliniques@' + U.DSP['dom'])], blocks, [], 'blank form', atts=atts)


def n_teaching_case(c, lang):
    r = c.rng
    s = c.staff(lang, L(lang, 'résidente en santé publique', 'public health resident'), U.DSP['dom'])
    cases_fr = ['Un homme de %d ans, sans domicile fixe, consulte pour toux depuis 6 semaines et perte de poids. Frottis BAAR positif. '
                'Questions : quels contacts prioriser? Quand lever l\'isolement?',
                'Une enfant de %d ans non vaccinée présente fièvre, toux, conjonctivite puis éruption. Questions : période de '
                'contagiosité? Qui doit recevoir des immunoglobulines?',
                'Une femme de %d ans enceinte de 28 semaines présente une RPR à 1:32. Questions : traitement? suivi du nouveau-né?']
    cases_en = ['A %d-year-old man experiencing homelessness presents with 6 weeks of cough and weight loss. AFB smear positive. '
                'Questions: which contacts first? When to end isolation?',
                'An unvaccinated %d-year-old girl has fever, cough, conjunctivitis then rash. Questions: infectious period? Who needs immune globulin?',
                'A %d-year-old woman at 28 weeks of pregnancy has RPR 1:32. Questions: treatment? newborn follow-up?']
    k = r.randrange(3)
    age = [r.randint(35, 70), r.randint(2, 9), r.randint(19, 38)][k]
    blocks = [('p', greet(c, lang)),
              ('p', L(lang, 'Voici le cas clinique (fictif, anonymisé) pour le club de lecture de jeudi :', 'Here is the (fictional, de-identified) case for Thursday\'s journal club:')),
              ('p', (cases_fr[k] if lang == 'fr' else cases_en[k]) % age), c.sig(s, lang, U.DSP['name'])]
    return R('teaching_case', lang, L(lang, 'Cas clinique - club de lecture', 'Teaching case - journal club'), s,
             [box(L(lang, 'Résidents', 'Residents'), 'residents@' + U.DSP['dom'])], blocks, [], 'anonymised teaching case')


def n_guideline(c, lang):
    r = c.rng
    s = c.staff(lang, L(lang, 'médecin-conseil', 'medical advisor'), U.DSP['dom'])
    topic = r.choice(['measles', 'imd', 'pertussis', 'hepa'])
    txt = {'measles': L(lang, 'Rougeole - prophylaxie post-exposition : RRO dans les 72 h ou immunoglobulines (0,5 mL/kg, max 15 mL) dans '
                              'les 6 jours pour les contacts vulnérables (nourrissons < 6 mois, femmes enceintes non immunes, immunosupprimés).',
                        'Measles PEP: MMR within 72 h or immune globulin (0.5 mL/kg, max 15 mL) within 6 days for vulnerable contacts '
                        '(infants < 6 months, non-immune pregnant people, immunocompromised).'),
           'imd': L(lang, 'IIM - chimioprophylaxie des contacts étroits : ciprofloxacine 500 mg PO dose unique (adulte) ou rifampicine 2 jours; '
                          'idéalement dans les 24 h suivant le diagnostic du cas.',
                    'IMD - close contact chemoprophylaxis: ciprofloxacin 500 mg PO single dose (adult) or rifampin x 2 days; ideally within 24 h.'),
           'pertussis': L(lang, 'Coqueluche - prophylaxie réservée aux contacts vulnérables (nourrissons < 1 an, femmes au 3e trimestre) et à leur '
                                'entourage : azithromycine 5 jours.',
                          'Pertussis - prophylaxis limited to vulnerable contacts (infants < 1 year, third-trimester pregnancy) and their households: '
                          'azithromycin 5 days.'),
           'hepa': L(lang, 'Hépatite A - contacts : vaccin dans les 14 jours; ajouter immunoglobulines si > 60 ans ou immunosupprimé.',
                     'Hepatitis A contacts: vaccine within 14 days; add immune globulin if > 60 or immunocompromised.')}[topic]
    blocks = [('p', greet(c, lang)), ('p', L(lang, 'Mise à jour du protocole régional :', 'Regional protocol update:')), ('p', txt),
              ('p', L(lang, 'Le document complet (v%d.%d) est sur l\'intranet.' % (r.randint(2, 5), r.randint(0, 9)),
                      'The full document (v%d.%d) is on the intranet.' % (r.randint(2, 5), r.randint(0, 9)))),
              c.sig(s, lang, U.DSP['name'])]
    return R('guideline_update', lang, L(lang, 'Protocole régional - mise à jour', 'Regional protocol update'), s,
             [box(L(lang, 'Urgentologues', 'ED physicians'), 'urgentologues@' + U.HOSP[0]['dom'])], blocks, [], 'protocol, no patient')


def n_isolation_table(c, lang):
    r = c.rng
    hosp = r.choice(U.HOSP)
    cpi = c.staff(lang, 'PCI', hosp['dom'])
    rows = [[v[0] if lang == 'fr' else v[1], v[4] if lang == 'fr' else v[5]] for v in r.sample(list(D.NOSO.values()), 6)]
    rows.append([L(lang, 'Tuberculose (suspectée ou confirmée)', 'Tuberculosis (suspected or confirmed)'),
                 L(lang, 'précautions aériennes, chambre à pression négative, N95', 'airborne, negative-pressure room, N95')])
    blocks = [('p', greet(c, lang)), ('p', L(lang, 'Aide-mémoire des précautions additionnelles mis à jour :', 'Updated additional-precautions quick reference:')),
              ('table', [L(lang, 'Agent', 'Organism'), L(lang, 'Précautions', 'Precautions')], rows), c.sig(cpi, lang, hosp['name'])]
    return R('isolation_reference', lang, L(lang, 'Aide-mémoire précautions additionnelles', 'Additional precautions quick reference'), cpi,
             [box(L(lang, 'Soins infirmiers', 'Nursing'), 'soins@' + hosp['dom'])], blocks, [], 'reference table')


def n_lab_stats(c, lang):
    r = c.rng
    tech = c.staff(lang, L(lang, 'chef de service labo', 'lab manager'), U.LAB['dom'])
    rows = [[t, r.randint(200, 4000), '%.1f %%' % (r.random() * 25)] for t in
            ['SARS-CoV-2', 'Influenza A', 'Influenza B', L(lang, 'VRS', 'RSV'), 'C. difficile', 'B. pertussis', 'N. gonorrhoeae']]
    blocks = [('p', greet(c, lang)),
              ('p', L(lang, 'Statistiques mensuelles (%s) :' % U.MOIS[(c.now.month - 2) % 12], 'Monthly statistics (%s):' % U.MONTHS[(c.now.month - 2) % 12])),
              ('table', [L(lang, 'Analyse', 'Test'), L(lang, 'Nb tests', 'Tests'), L(lang, 'Positivité', 'Positivity')], rows),
              ('p', L(lang, 'Délai médian de réponse TAAN : %d h.' % r.randint(6, 30), 'Median NAAT turnaround: %d h.' % r.randint(6, 30))),
              c.sig(tech, lang, U.LAB['name'])]
    return R('lab_statistics', lang, L(lang, 'Stats labo microbiologie', 'Microbiology lab stats'), tech, [dsp_box(lang)], blocks, [],
             'aggregate lab statistics')


def n_noso_rates(c, lang):
    r = c.rng
    hosp = r.choice(U.HOSP)
    cpi = c.staff(lang, L(lang, 'conseillère PCI - surveillance', 'IPAC surveillance'), hosp['dom'])
    rows = [['P%02d' % p, r.randint(0, 6), '%.2f' % (r.random() * 8), r.randint(0, 3), '%.2f' % (r.random() * 1.5)] for p in range(1, r.randint(6, 13))]
    hdr = [L(lang, 'Période', 'Period'), L(lang, 'Cas DACD', 'CDI cases'), L(lang, 'Taux /10 000 jours-présence', 'Rate /10,000 patient-days'),
           L(lang, 'Bactériémies SARM', 'MRSA bacteremias'), L(lang, 'Taux', 'Rate')]
    atts = [{'filename': L(lang, 'surveillance_nosocomiale.xlsx', 'hai_surveillance.xlsx'),
             'ctype': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
             'data': A.make_xlsx([('Taux', hdr, rows)], cpi.full())}]
    blocks = [('p', greet(c, lang)),
              ('p', L(lang, 'Tableau de bord des infections nosocomiales joint. Nous sommes sous le seuil provincial pour les DACD.',
                      'Healthcare-associated infection dashboard attached. We are below the provincial CDI threshold.')),
              c.sig(cpi, lang, hosp['name'])]
    return R('nosocomial_rates', lang, L(lang, 'Tableau de bord IN', 'HAI dashboard'), cpi,
             [box(L(lang, 'Direction', 'Leadership'), 'direction@' + hosp['dom'])], blocks, [], 'aggregate rates', atts=atts)


def n_tracing_procedure(c, lang):
    r = c.rng
    s = c.staff(lang, L(lang, 'cheffe de service MI', 'ID program manager'), U.DSP['dom'])
    steps_fr = ['Valider la déclaration et ouvrir le dossier dans le système de vigie', 'Joindre le cas dans les 24 h',
                'Identifier les contacts selon la période de contagiosité', 'Prioriser les contacts vulnérables',
                'Consigner les interventions; ne jamais nommer le cas aux contacts', 'Fermer l\'enquête et saisir les variables']
    steps_en = ['Validate the report and open the file in the surveillance system', 'Reach the case within 24 h',
                'Identify contacts based on the infectious period', 'Prioritise vulnerable contacts',
                'Document interventions; never name the case to contacts', 'Close the investigation and enter variables']
    blocks = [('p', greet(c, lang)), ('p', L(lang, 'Rappel de la procédure d\'enquête :', 'Reminder of the investigation procedure:')),
              ('list', steps_fr if lang == 'fr' else steps_en), c.sig(s, lang, U.DSP['name'])]
    return R('tracing_procedure', lang, L(lang, 'Procédure enquête MADO', 'Investigation procedure'), s,
             [box(L(lang, 'Équipe MI', 'ID team'), 'equipe-mi@' + U.DSP['dom'])], blocks, [], 'procedure, no patient')


def n_meeting_ics(c, lang):
    r = c.rng
    hosp = r.choice(U.HOSP)
    s = c.staff(lang, 'PCI', hosp['dom'])
    start = datetime.datetime.combine(ahead(c, r.randint(1, 7)), datetime.time(r.choice([8, 10, 13]), 0))
    summ = r.choice([L(lang, 'Caucus éclosion 4B', 'Outbreak huddle 4B'), L(lang, 'Cellule de crise influenza', 'Influenza command huddle'),
                     L(lang, 'Rencontre SST-PCI', 'OHS-IPAC meeting')])
    ics = A.make_ics('%08x@%s' % (r.getrandbits(32), hosp['dom']), start, start + datetime.timedelta(minutes=30), summ,
                     L(lang, 'Salle 3.210 / Teams', 'Room 3.210 / Teams'), L(lang, 'Point quotidien : nb de cas, dotation, matériel.',
                                                                         'Daily check-in: case counts, staffing, supplies.'), (s.full(), s.email))
    blocks = [('p', greet(c, lang)), ('p', L(lang, 'Invitation au %s, 30 min.' % summ, 'Invitation to %s, 30 min.' % summ)),
              c.sig(s, lang, hosp['name'], short=True)]
    return R('meeting_invite', lang, summ, s, [c.staff(lang, '', hosp['dom']) for _ in range(3)], blocks, [], 'meeting invitation',
             atts=[{'filename': 'invite.ics', 'ctype': 'text/calendar', 'text': ics}])


def n_vacc_inventory(c, lang):
    r = c.rng
    s = c.staff(lang, L(lang, 'magasinier', 'stores clerk'), U.DSP['dom'])
    rows = [[v[0] if lang == 'fr' else v[1], lot(c, v[2]), U.fdate(ahead(c, r.randint(30, 400)), lang, 'iso'), r.randint(0, 800),
             'FRG-%04d' % r.randint(1000, 9999)] for v in D.VACC]
    hdr = [L(lang, 'Produit', 'Product'), 'Lot', L(lang, 'Expiration', 'Expiry'), L(lang, 'Doses', 'Doses'), L(lang, 'Frigo', 'Fridge')]
    blocks = [('p', greet(c, lang)), ('p', L(lang, 'Inventaire de fin de mois des vaccins en pièce jointe.', 'Month-end vaccine inventory attached.')),
              c.sig(s, lang, U.DSP['name'])]
    return R('vaccine_inventory', lang, L(lang, 'Inventaire vaccins', 'Vaccine inventory'), s, [box('Vaccins', 'vaccins@' + U.DSP['dom'])],
             blocks, [], 'inventory with lot numbers',
             atts=[{'filename': 'inventaire_%s.xlsx' % c.now.strftime('%Y%m'),
                    'ctype': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                    'data': A.make_xlsx([('Inventaire', hdr, rows)], s.full())}])


def n_public_exposure(c, lang):
    r = c.rng
    s = c.staff(lang, L(lang, 'relationniste', 'communications officer'), U.DSP['dom'])
    key = r.choice(['measles', 'hepa', 'tb'])
    dz = D.MADO[key]
    places = r.sample([('Urgence du %s' % U.HOSP[0]['name'], '14 h à 21 h'), ('Pharmacie des Hérons, 12 rue Principale Ouest', '10 h à 11 h 30'),
                       ('Autobus 42, direction Bellerive', '7 h 10 à 7 h 50'), ('Épicerie Marché du Lac', '16 h à 18 h')], 2)
    blocks = [('p', L(lang, 'COMMUNIQUÉ - POUR DIFFUSION IMMÉDIATE', 'NEWS RELEASE - FOR IMMEDIATE RELEASE')),
              ('p', L(lang, 'La Direction de santé publique confirme un cas %s dans la région. Les personnes ayant fréquenté les lieux '
                            'suivants pourraient avoir été exposées :' % U.dde(dz[0]),
                      'Public Health confirms a case of %s in the region. People who visited the following places may have been exposed:' % dz[1])),
              ('list', ['%s — %s, %s' % (p[0], U.fdate(ago(c, r.randint(2, 8)), lang, 'long'), p[1]) for p in places]),
              ('p', L(lang, 'Ces personnes doivent vérifier leur statut vaccinal et surveiller l\'apparition de symptômes. Info-Santé 811.',
                      'They should check their vaccination status and watch for symptoms. Call 811.')),
              c.sig(s, lang, U.DSP['name'])]
    return R('public_exposure_notice', lang, (('Communiqué - cas ' + U.dde(dz[0])) if lang == 'fr' else 'News release - %s case' % dz[1]), s,
             [box('Médias', 'medias@' + U.DSP['dom'])], blocks, [], 'public notice, no name')


def n_training(c, lang):
    r = c.rng
    hosp = r.choice(U.HOSP)
    s = c.staff(lang, L(lang, 'conseillère PCI', 'IPAC'), hosp['dom'])
    rows = [[x.full(), r.choice(U.UNITS_FR if lang == 'fr' else U.UNITS_EN), r.choice(['AM', 'PM'])] for x in [c.staff(lang, '', hosp['dom']) for _ in range(r.randint(4, 9))]]
    blocks = [('p', greet(c, lang)),
              ('p', L(lang, 'Inscriptions à la formation « Habillage et déshabillage sécuritaire de l\'EPI » du %s :' % U.fdate(ahead(c, 6), lang, 'long'),
                      'Registrations for the "Safe PPE donning and doffing" session on %s:' % U.fdate(ahead(c, 6), lang, 'long'))),
              ('table', [L(lang, 'Nom', 'Name'), L(lang, 'Unité', 'Unit'), L(lang, 'Séance', 'Session')], rows),
              c.sig(s, lang, hosp['name'])]
    return R('training_signup', lang, L(lang, 'Formation EPI - inscrits', 'PPE training - registrants'), s,
             [box('Formation', 'formation@' + hosp['dom'])], blocks, [], 'staff training list')


def n_phone_tree(c, lang):
    r = c.rng
    s = c.staff(lang, L(lang, 'cheffe de service', 'program manager'), U.DSP['dom'])
    rows = [[x.full(), x.role or L(lang, 'infirmière', 'nurse'), x.phone, '%d' % x.ext] for x in
            [c.staff(lang, r.choice([L(lang, 'infirmière MI', 'ID nurse'), L(lang, 'agente', 'clerk'), L(lang, 'médecin de garde', 'physician')]),
                     U.DSP['dom']) for _ in range(r.randint(5, 9))]]
    blocks = [('p', greet(c, lang)), ('p', L(lang, 'Arbre d\'appel de l\'équipe pour le week-end (garde MADO) :', 'Team call tree for the weekend (reportable disease on-call):')),
              ('table', [L(lang, 'Nom', 'Name'), L(lang, 'Rôle', 'Role'), L(lang, 'Cellulaire', 'Cell'), L(lang, 'Poste', 'Ext.')], rows),
              c.sig(s, lang, U.DSP['name'])]
    return R('staff_call_tree', lang, L(lang, 'Arbre d\'appel - garde', 'Call tree - on-call'), s,
             [box(L(lang, 'Équipe', 'Team'), 'equipe-mi@' + U.DSP['dom'])], blocks, [], 'staff phone list')


def n_assets(c, lang):
    r = c.rng
    hosp = r.choice(U.HOSP)
    s = c.staff(lang, L(lang, 'génie biomédical', 'biomedical engineering'), hosp['dom'])
    rows = []
    for i in range(r.randint(4, 8)):
        sn = U.gen_sin(r) if r.random() < 0.5 else U.gen_ohip(r)
        rows.append([r.choice([L(lang, 'Purificateur HEPA portatif', 'Portable HEPA unit'), L(lang, 'Réfrigérateur à vaccins', 'Vaccine fridge'),
                               L(lang, 'Laveur-désinfecteur', 'Washer-disinfector'), L(lang, 'Appareil UV-C', 'UV-C device')]),
                     'ACT-%06d' % r.randint(0, 999999), sn, r.choice(U.UNITS_FR if lang == 'fr' else U.UNITS_EN)])
    blocks = [('p', greet(c, lang)),
              ('p', L(lang, 'Liste des équipements PCI à inspecter ce trimestre (no d\'actif, no de série fabricant) :',
                      'IPAC equipment due for inspection this quarter (asset #, manufacturer serial):')),
              ('table', [L(lang, 'Équipement', 'Equipment'), L(lang, 'Actif', 'Asset'), L(lang, 'No série', 'Serial'), L(lang, 'Localisation', 'Location')], rows),
              c.sig(s, lang, hosp['name'])]
    return R('equipment_assets', lang, L(lang, 'Inspection équipements PCI', 'IPAC equipment inspection'), s,
             [pci_box(hosp, lang)], blocks, [], 'asset and serial numbers (checksum-valid) only')


def n_reply_thread(c, lang):
    r = c.rng
    a = c.staff(lang, L(lang, 'coordonnatrice', 'coordinator'), U.DSP['dom'])
    b = c.staff(lang, L(lang, 'infirmière', 'nurse'), U.DSP['dom'])
    q = r.choice([L(lang, 'Est-ce qu\'on a assez de seringues 1 mL pour la clinique de samedi? Il en reste 3 boîtes au CLSC.',
                     'Do we have enough 1 mL syringes for Saturday\'s clinic? 3 boxes left at the CLSC.'),
                  L(lang, 'Qui peut remplacer Karine à la clinique du %s? Elle est en formation.' % U.fday(ahead(c, 3), lang),
                    'Who can cover Karine at the %s clinic? She is in training.' % U.fday(ahead(c, 3), lang)),
                  L(lang, 'Le local de l\'aréna sera-t-il chauffé? L\'an passé on gelait.', 'Will the arena room be heated? Last year we froze.')])
    ans = r.choice([L(lang, 'Oui, je m\'en occupe.', 'Yes, I\'ll handle it.'), L(lang, 'Je vérifie et je te reviens.', 'Let me check and get back to you.'),
                    L(lang, 'Réglé avec le gestionnaire du site.', 'Sorted out with the site manager.')])
    when = c.now - datetime.timedelta(hours=r.randint(1, 30))
    blocks = [('p', ans), c.sig(b, lang, short=True), ('quote', c.quote_intro(lang, a, when), [('p', greet(c, lang)), ('p', q), c.sig(a, lang, short=True)])]
    return R('reply_thread', lang, L(lang, 'RE: clinique samedi', 'RE: Saturday clinic'), b, [a], blocks, [], 'logistics reply thread',
             irt=c.msgid(U.DSP['dom']))


def n_chart_audit(c, lang):
    r = c.rng
    hosp = r.choice(U.HOSP)
    s = c.staff(lang, L(lang, 'conseillère qualité', 'quality advisor'), hosp['dom'])
    rows = [['#%02d' % (i + 1), r.choice(['O', 'N']) if lang == 'fr' else r.choice(['Y', 'N']), r.choice(['O', 'N']) if lang == 'fr' else r.choice(['Y', 'N']),
             r.choice(['O', 'N', 'N/A'])] for i in range(r.randint(8, 15))]
    blocks = [('p', greet(c, lang)),
              ('p', L(lang, 'Audit (dénominalisé) de la documentation des précautions additionnelles sur 20 dossiers tirés au hasard :',
                      'De-identified audit of additional-precautions documentation on 20 random charts:')),
              ('table', [L(lang, 'Dossier audité', 'Audited chart'), L(lang, 'Affiche à la porte', 'Door sign'), L(lang, 'Note infirmière', 'Nursing note'),
                         L(lang, 'Levée documentée', 'Discontinuation documented')], rows),
              ('p', L(lang, 'Conformité globale : %d %%.' % r.randint(55, 95), 'Overall compliance: %d%%.' % r.randint(55, 95))),
              c.sig(s, lang, hosp['name'])]
    return R('chart_audit', lang, L(lang, 'Audit documentation isolement', 'Isolation documentation audit'), s, [pci_box(hosp, lang)], blocks, [],
             'de-identified audit')


def n_newsletter(c, lang):
    r = c.rng
    s = c.staff(lang, L(lang, 'communications', 'communications'), U.DSP['dom'])
    blocks = [('p', L(lang, 'INFO-PCI — Bulletin no %d' % r.randint(10, 99), 'IPAC NEWS — Issue %d' % r.randint(10, 99))),
              ('p', L(lang, 'Dans ce numéro : bravo à l\'équipe du 3 Nord (100 % au dernier audit), retour sur la semaine de la PCI, '
                            'et nouveaux distributeurs de solution hydroalcoolique à l\'urgence.',
                      'In this issue: kudos to 3 North (100% on the last audit), IPAC week recap, and new hand-rub dispensers in the ED.')),
              ('p', L(lang, 'Saviez-vous que? Le norovirus survit jusqu\'à 2 semaines sur les surfaces.', 'Did you know? Norovirus survives up to 2 weeks on surfaces.')),
              c.sig(s, lang, U.DSP['name'])]
    return R('newsletter', lang, L(lang, 'INFO-PCI - bulletin', 'IPAC News'), s, [box(L(lang, 'Tous', 'All'), 'tous@' + U.HOSP[0]['dom'])], blocks, [],
             'newsletter')
