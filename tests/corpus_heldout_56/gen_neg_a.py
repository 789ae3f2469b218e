"""Negative templates, part A: bulletins, outbreak notices without names,
vaccination campaigns, staff memos and occupational health (HR)."""
import datetime

import gen_attach as A
import gen_data as D
import gen_util as U
from gen_common import R, ago, ahead, box, dsp_box, greet, lot, pci_box, sst_box, thanks, who

L = U.L
NOTE_NEG = 'no identifiable patient'


def _all_staff(c, lang, dom):
    return box(L(lang, 'Tout le personnel', 'All staff'), 'tous@' + dom)


def n_epi_bulletin(c, lang):
    r = c.rng
    epi = c.staff(lang, L(lang, 'épidémiologiste', 'epidemiologist'), U.DSP['dom'])
    wk = r.randint(2, 48)
    keys = r.sample(list(D.MADO), r.randint(5, 9))
    rows = []
    for k in keys:
        a, b = r.randint(0, 40), r.randint(0, 40)
        rows.append([D.MADO[k][0] if lang == 'fr' else D.MADO[k][1], a, b, r.randint(a, a + 200)])
    hdr = [L(lang, 'Maladie', 'Disease'), L(lang, 'Sem. %d' % wk, 'Wk %d' % wk), L(lang, 'Sem. %d' % (wk - 1), 'Wk %d' % (wk - 1)),
           L(lang, 'Cumul 2025', '2025 YTD')]
    blocks = [('p', greet(c, lang)),
              ('p', L(lang, 'Voici le bulletin de vigie hebdomadaire (semaine CDC %d). Les données sont provisoires.' % wk,
                      'Here is the weekly surveillance bulletin (CDC week %d). Data are provisional.' % wk)),
              ('table', hdr, rows),
              ('p', L(lang, 'Faits saillants : hausse des cas d\'%s chez les 0-4 ans; taux de positivité influenza %d,%d %%.'
                      % (r.choice(['influenza', 'VRS', 'coqueluche']), r.randint(3, 30), r.randint(0, 9)),
                      'Highlights: increase in %s among 0-4 year-olds; influenza positivity %d.%d%%.'
                      % (r.choice(['influenza', 'RSV', 'pertussis']), r.randint(3, 30), r.randint(0, 9)))),
              c.sig(epi, lang, U.DSP['name'])]
    atts = []
    if r.random() < 0.4:
        atts.append({'filename': L(lang, 'bulletin_vigie_S%02d.pdf', 'surveillance_bulletin_W%02d.pdf') % wk, 'ctype': 'application/pdf',
                     'data': A.make_pdf(L(lang, 'Bulletin de vigie - semaine %d', 'Surveillance bulletin - week %d') % wk,
                                        [L(lang, 'Cas déclarés par maladie (données agrégées)', 'Reported cases by disease (aggregate)')],
                                        table=(hdr, rows), author=epi.full())})
    to = [box(L(lang, 'Liste partenaires vigie', 'Surveillance partners'), 'partenaires-vigie@' + U.DSP['dom'])]
    return R('epi_bulletin', lang, L(lang, 'Bulletin de vigie - semaine %d' % wk, 'Surveillance bulletin - week %d' % wk), epi, to,
             blocks, [], 'aggregate weekly counts only', atts=atts)


def n_outbreak_notice(c, lang):
    r = c.rng
    hosp = r.choice(U.HOSP)
    cpi = c.staff(lang, L(lang, 'conseillère en PCI', 'IPAC practitioner'), hosp['dom'])
    org = r.choice(['flu', 'covid', 'noro', 'rsv', 'cdiff', 'erv'])
    o = D.NOSO[org]
    unit = r.choice(U.UNITS_FR if lang == 'fr' else U.UNITS_EN)
    n_p, n_e = r.randint(2, 12), r.randint(0, 6)
    items_fr = ['Admissions et transferts suspendus', 'Visites limitées à 1 proche aidant par patient',
                '%s pour tous les patients symptomatiques' % o[4], 'Dépistage des patients de l\'unité J0 et J7',
                'Employés symptomatiques : ne pas se présenter, aviser la SST', 'Désinfection biquotidienne des surfaces high-touch']
    items_en = ['Admissions and transfers on hold', 'Visits limited to 1 caregiver per patient',
                '%s for all symptomatic patients' % o[5], 'Unit-wide screening day 0 and day 7',
                'Symptomatic staff: stay home and notify Occupational Health', 'Twice-daily disinfection of high-touch surfaces']
    idx = sorted(r.sample(range(len(items_fr)), r.randint(3, 6)))
    blocks = [('p', greet(c, lang)),
              ('p', L(lang, 'Une éclosion %s est déclarée sur l\'unité %s : %d patients et %d employés touchés à ce jour.'
                      % (U.dde(o[0]), unit, n_p, n_e),
                      'A %s outbreak has been declared on %s: %d patients and %d staff affected to date.' % (o[1], unit, n_p, n_e))),
              ('p', L(lang, 'Mesures en vigueur :', 'Measures in place:')),
              ('list', [items_fr[i] if lang == 'fr' else items_en[i] for i in idx]),
              ('p', L(lang, 'Prochaine réévaluation le %s.' % U.fdate(ahead(c, 3), lang, 'long'),
                      'Next reassessment on %s.' % U.fdate(ahead(c, 3), lang, 'long'))),
              c.sig(cpi, lang, hosp['name'])]
    return R('outbreak_notice', lang, L(lang, 'AVIS - Éclosion %s %s' % (o[0], unit), 'NOTICE - %s outbreak %s' % (o[1], unit)),
             cpi, [_all_staff(c, lang, hosp['dom'])], blocks, [], 'outbreak notice with counts, no names')


def n_outbreak_end(c, lang):
    r = c.rng
    hosp = r.choice(U.HOSP)
    cpi = c.staff(lang, L(lang, 'PCI', 'IPAC'), hosp['dom'])
    org = r.choice(['flu', 'covid', 'noro', 'rsv'])
    o = D.NOSO[org]
    unit = r.choice(U.UNITS_FR if lang == 'fr' else U.UNITS_EN)
    blocks = [('p', greet(c, lang)),
              ('p', L(lang, 'Fin de l\'éclosion %s sur %s en date d\'aujourd\'hui (aucun nouveau cas depuis %d jours). Bilan : %d patients, '
                            '%d employés, %d transfert(s) aux soins intensifs. Merci à toute l\'équipe!'
                      % (U.dde(o[0]), unit, r.randint(7, 14), r.randint(3, 15), r.randint(0, 5), r.randint(0, 2)),
                      'The %s outbreak on %s is over as of today (no new case for %d days). Summary: %d patients, %d staff, '
                      '%d ICU transfer(s). Thanks to the whole team!'
                      % (o[1], unit, r.randint(7, 14), r.randint(3, 15), r.randint(0, 5), r.randint(0, 2)))),
              c.sig(cpi, lang, hosp['name'])]
    return R('outbreak_end', lang, L(lang, 'Fin d\'éclosion - %s' % unit, 'Outbreak over - %s' % unit), cpi,
             [_all_staff(c, lang, hosp['dom'])], blocks, [], 'end of outbreak, aggregate only')


def n_residence_outbreak_agg(c, lang):
    r = c.rng
    res = r.choice(U.CHSLD + U.RPA)
    inf = c.staff(lang, L(lang, 'infirmière DSPu', 'PH nurse'), U.DSP['dom'])
    org = r.choice(['covid', 'flu', 'noro', 'rsv'])
    o = D.NOSO[org]
    rows = [[L(lang, '%de étage', 'Floor %d') % f, r.randint(20, 40), r.randint(0, 9), r.randint(0, 3), r.randint(0, 2)] for f in (1, 2, 3)]
    hdr = [L(lang, 'Secteur', 'Area'), L(lang, 'Résidents', 'Residents'), L(lang, 'Cas', 'Cases'),
           L(lang, 'Hospitalisés', 'Hospitalised'), L(lang, 'Décès', 'Deaths')]
    blocks = [('p', greet(c, lang)),
              ('p', L(lang, 'Suivi de l\'éclosion %s au %s (jour %d) :' % (U.dde(o[0]), res, r.randint(3, 20)),
                      '%s outbreak follow-up at %s (day %d):' % (o[1], res, r.randint(3, 20)))),
              ('table', hdr, rows),
              ('p', L(lang, 'Antiviraux offerts selon le protocole régional aux résidents admissibles. Visites restreintes maintenues.',
                      'Antivirals offered per regional protocol to eligible residents. Visiting restrictions maintained.')),
              c.sig(inf, lang, U.DSP['name'])]
    return R('residence_outbreak_aggregate', lang, L(lang, 'Éclosion %s - %s - bilan', '%s outbreak - %s - summary') % (
        o[0] if lang == 'fr' else o[1], res), inf, [c.staff(lang, '', 'residence-pinsgris.example')], blocks, [],
             'residence outbreak counts per floor only')


def n_vacc_campaign(c, lang):
    r = c.rng
    coord = c.staff(lang, L(lang, 'coordonnatrice vaccination', 'immunization coordinator'), U.DSP['dom'])
    v = r.choice(D.VACC[:3])
    rows = []
    sites = ['Centre de vaccination Bellerive-Nord, 220 boul. des Cèdres-Bleus', 'CLSC Saint-Aubin, 45 rue Principale Ouest',
             'Aréna Lac-aux-Hérons (salle B)', 'Centre communautaire Val-Sainte-Odile', 'Clinique mobile - stationnement du IGA']
    d0 = ahead(c, r.randint(3, 20))
    for i in range(r.randint(4, 7)):
        d = d0 + datetime.timedelta(days=i * r.randint(1, 3))
        rows.append([U.fday(d, lang), r.choice(['8 h 30 - 16 h', '9 h - 19 h', '13 h - 20 h']) if lang == 'fr'
                     else r.choice(['8:30-4:00', '9:00-7:00', '1:00-8:00']), r.choice(sites)])
    blocks = [('p', greet(c, lang)),
              ('p', L(lang, 'La campagne de vaccination %s débute le %s. Clientèles visées : 75 ans et plus, maladies chroniques, '
                            'femmes enceintes, travailleurs de la santé.' % (v[0], U.fdate(d0, lang, 'long')),
                      'The %s campaign starts %s. Target groups: 75+, chronic conditions, pregnant people, health care workers.'
                      % (v[1], U.fdate(d0, lang, 'long')))),
              ('table', [L(lang, 'Date', 'Date'), L(lang, 'Heures', 'Hours'), L(lang, 'Lieu', 'Location')], rows),
              ('p', L(lang, 'Prise de rendez-vous en ligne ou au %s (centrale de rendez-vous).' % c.phone('450'),
                      'Book online or call %s (booking line).' % c.phone('450'))),
              c.sig(coord, lang, U.DSP['name'])]
    atts = []
    if r.random() < 0.3:
        atts.append({'filename': L(lang, 'horaire_cliniques.xlsx', 'clinic_schedule.xlsx'),
                     'ctype': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                     'data': A.make_xlsx([(L(lang, 'Horaire', 'Schedule'), ['Date', 'Heures', 'Lieu'], rows)], coord.full())})
    return R('vaccination_campaign', lang, L(lang, 'Campagne %s - horaire des cliniques' % v[0].split(' (')[0],
                                             '%s campaign - clinic schedule' % v[1]), coord,
             [box(L(lang, 'Partenaires', 'Partners'), 'partenaires@' + U.DSP['dom'])], blocks, [], 'public clinic schedule', atts=atts)


def n_vacc_staffing(c, lang):
    r = c.rng
    coord = c.staff(lang, L(lang, 'chef d\'équipe vaccination', 'vaccination lead'), U.DSP['dom'])
    rows = []
    for i in range(r.randint(5, 9)):
        s = c.staff(lang, '', U.DSP['dom'])
        rows.append([s.full() if r.random() < 0.6 else '%s, %s' % (s.surname, s.given),
                     r.choice([L(lang, 'vaccinatrice', 'vaccinator'), L(lang, 'accueil', 'reception'), L(lang, 'surveillance post-vaccin', 'post-vaccine observation'),
                               L(lang, 'préparation des doses', 'dose preparation')]),
                     U.fday(ahead(c, r.randint(2, 9)), lang), r.choice(['7h30-15h30', '11h-19h', '8h-16h'])])
    blocks = [('p', greet(c, lang)), ('p', L(lang, 'Voici les affectations pour les cliniques de la semaine prochaine :',
                                             'Here are next week\'s clinic assignments:')),
              ('table', [L(lang, 'Employé(e)', 'Staff'), L(lang, 'Rôle', 'Role'), L(lang, 'Jour', 'Day'), L(lang, 'Quart', 'Shift')], rows),
              ('p', L(lang, 'Rappel : formation anaphylaxie obligatoire avant la première clinique. Trousses d\'urgence vérifiées par Sylvie.',
                      'Reminder: anaphylaxis training required before your first clinic. Emergency kits checked by the lead.')),
              c.sig(coord, lang, U.DSP['name'])]
    return R('vaccination_staffing', lang, L(lang, 'Affectations cliniques de vaccination', 'Vaccination clinic assignments'),
             coord, [box(L(lang, 'Équipe vaccination', 'Vaccination team'), 'equipe-vacc@' + U.DSP['dom'])], blocks, [],
             'staff schedule only')


def n_hand_hygiene(c, lang):
    r = c.rng
    hosp = r.choice(U.HOSP)
    cpi = c.staff(lang, L(lang, 'conseillère PCI', 'IPAC'), hosp['dom'])
    rows = [[u, r.randint(20, 120), '%d %%' % r.randint(48, 97)] for u in r.sample(U.UNITS_FR if lang == 'fr' else U.UNITS_EN, 6)]
    blocks = [('p', greet(c, lang)),
              ('p', L(lang, 'Résultats des audits d\'hygiène des mains pour la période %d :' % r.randint(1, 13),
                      'Hand hygiene audit results for period %d:' % r.randint(1, 13))),
              ('table', [L(lang, 'Unité', 'Unit'), L(lang, 'Occasions observées', 'Opportunities'), L(lang, 'Conformité', 'Compliance')], rows),
              ('p', L(lang, 'Cible : 80 %. Les moments 1 (avant contact patient) et 2 (avant acte aseptique) restent les plus faibles.',
                      'Target: 80%. Moments 1 (before patient contact) and 2 (before aseptic task) remain the weakest.')),
              c.sig(cpi, lang, hosp['name'])]
    return R('hand_hygiene_audit', lang, L(lang, 'Audit hygiène des mains - résultats', 'Hand hygiene audit results'), cpi,
             [box(L(lang, 'Gestionnaires', 'Managers'), 'gestionnaires@' + hosp['dom'])], blocks, [], 'aggregate compliance per unit')


def n_fit_test(c, lang):
    r = c.rng
    hosp = r.choice(U.HOSP)
    sst = c.staff(lang, L(lang, 'technicienne SST', 'OHS technician'), hosp['dom'])
    rows = []
    for i in range(r.randint(6, 12)):
        s = c.staff(lang, '', hosp['dom'])
        rows.append(['%s, %s' % (s.surname, s.given), '%02d%05d' % (r.randint(10, 99), r.randint(0, 99999)),
                     r.choice(['8:00', '8:20', '8:40', '9:00', '9:20', '13:00', '13:20']),
                     r.choice(['3M 1870+', '3M 8210 (M)', 'Halyard Fluidshield (S)', 'BYD DE2322', L(lang, 'à déterminer', 'TBD')])])
    blocks = [('p', greet(c, lang)),
              ('p', L(lang, 'Voici l\'horaire des tests d\'ajustement N95 (fit test) du %s, salle 2.14. Les employés doivent être rasés '
                            'et ne pas manger 30 min avant.' % U.fdate(ahead(c, 4), lang, 'long'),
                      'N95 fit-testing schedule for %s, room 2.14. Staff must be clean-shaven and not eat 30 min before.'
                      % U.fdate(ahead(c, 4), lang, 'long'))),
              ('table', [L(lang, 'Employé', 'Employee'), L(lang, 'Matricule', 'Employee #'), L(lang, 'Heure', 'Time'),
                         L(lang, 'Modèle actuel', 'Current model')], rows),
              c.sig(sst, lang, hosp['name'])]
    return R('fit_test_schedule', lang, L(lang, 'Fit test N95 - horaire', 'N95 fit testing - schedule'), sst,
             [box(L(lang, 'Chefs d\'unité', 'Unit managers'), 'chefs@' + hosp['dom'])], blocks, [],
             'staff fit-test schedule (HR)')


def n_staff_exposure(c, lang):
    r = c.rng
    hosp = r.choice(U.HOSP)
    sst = c.staff(lang, L(lang, 'infirmière santé au travail', 'occupational health nurse'), hosp['dom'])
    emp = c.staff(lang, '', hosp['dom'])
    kind = r.random()
    if kind < 0.4:
        body = L(lang, 'Suite à votre exposition percutanée du %s, vos analyses de base sont normales (anti-HBs 85 UI/L, immunisé(e)). '
                       'Le bilan du patient source est négatif. Aucun suivi supplémentaire requis.',
                 'Following your percutaneous exposure on %s, your baseline tests are normal (anti-HBs 85 IU/L, immune). '
                 'The source patient workup is negative. No further follow-up needed.') % U.fdate(ago(c, 10), lang, 'long')
    elif kind < 0.7:
        body = L(lang, 'Vous avez été identifié(e) comme contact d\'un patient tuberculeux sur l\'unité (exposition du %s). '
                       'Un TCT est prévu le %s à la clinique SST; votre TCT de base de 2022 était de 0 mm.',
                 'You were identified as a contact of a TB patient on the unit (exposure on %s). A TST is booked for %s at the '
                 'Occupational Health clinic; your 2022 baseline TST was 0 mm.') % (
            U.fdate(ago(c, 14), lang, 'long'), U.fdate(ahead(c, 42), lang, 'long'))
    else:
        body = L(lang, 'Suite à votre test COVID positif, retour au travail autorisé le %s avec port du masque. '
                       'Votre gestionnaire a été avisé(e) de la date de retour seulement.',
                 'Following your positive COVID test, return to work is authorized on %s with masking. '
                 'Your manager was only told the return date.') % U.fdate(ahead(c, 3), lang, 'long')
    blocks = [('p', greet(c, lang, emp.given)), ('p', body), ('p', thanks(c, lang)), c.sig(sst, lang, hosp['name'])]
    return R('staff_occupational_health', lang, L(lang, 'Suivi SST', 'Occupational health follow-up'), sst, [emp], blocks, [],
             'employee occupational health (HR), no patient identified',
             cc=[sst_box(hosp, lang)] if r.random() < 0.4 else None)


def n_staff_tb_screening(c, lang):
    r = c.rng
    hosp = r.choice(U.HOSP)
    sst = c.staff(lang, L(lang, 'coordonnatrice SST', 'OHS coordinator'), hosp['dom'])
    n = r.randint(40, 300)
    blocks = [('p', greet(c, lang)),
              ('p', L(lang, 'Dépistage TB annuel des employés à risque : %d TCT réalisés, %d lectures manquantes, %d virages '
                            '(référés en clinique). Les employés sans lecture recevront un rappel de leur gestionnaire.'
                      % (n, r.randint(2, 20), r.randint(0, 3)),
                      'Annual TB screening of at-risk staff: %d TSTs done, %d missed readings, %d conversions (referred). '
                      'Staff without a reading will get a reminder from their manager.' % (n, r.randint(2, 20), r.randint(0, 3)))),
              ('p', L(lang, 'Prochaines séances : %s et %s, 7 h 30 à 9 h, local B-112.' % (U.fday(ahead(c, 7), lang), U.fday(ahead(c, 9), lang)),
                      'Next sessions: %s and %s, 7:30-9:00, room B-112.' % (U.fday(ahead(c, 7), lang), U.fday(ahead(c, 9), lang)))),
              c.sig(sst, lang, hosp['name'])]
    return R('staff_tb_screening', lang, L(lang, 'Dépistage TB employés - bilan', 'Staff TB screening - summary'), sst,
             [box(L(lang, 'Gestionnaires', 'Managers'), 'gestionnaires@' + hosp['dom'])], blocks, [], 'aggregate staff screening')


def n_staff_flu_reminder(c, lang):
    r = c.rng
    hosp = r.choice(U.HOSP)
    mgr = c.staff(lang, L(lang, 'cheffe d\'unité', 'unit manager'), hosp['dom'])
    names = [c.staff(lang, '', hosp['dom']) for _ in range(r.randint(3, 7))]
    blocks = [('p', greet(c, lang)),
              ('p', L(lang, 'Selon la SST, les personnes suivantes de l\'équipe n\'ont pas encore de vaccin influenza documenté. '
                            'Vous pouvez vous faire vacciner sans rendez-vous au local B-112 ou déposer une preuve :',
                      'Per Occupational Health, the following team members have no documented flu shot yet. Walk in at room B-112 '
                      'or send proof:')),
              ('list', [s.full() for s in names]),
              ('p', L(lang, 'Taux actuel de l\'unité : %d %%.' % r.randint(40, 80), 'Current unit rate: %d%%.' % r.randint(40, 80))),
              c.sig(mgr, lang, hosp['name'])]
    return R('staff_vaccination_reminder', lang, L(lang, 'Vaccination antigrippale - rappel', 'Flu shot reminder'), mgr,
             [who(s) for s in names], blocks, [], 'staff vaccination status (HR)')


def n_lot_recall(c, lang):
    r = c.rng
    ph = c.staff(lang, L(lang, 'pharmacienne', 'pharmacist'), U.DSP['dom'])
    v = r.choice(D.VACC)
    lots = [lot(c, v[2]) for _ in range(r.randint(1, 3))]
    blocks = [('p', greet(c, lang)),
              ('p', L(lang, 'Le fabricant retire les lots suivants %s (défaut d\'étiquetage, aucun enjeu d\'innocuité) :' % U.dde(v[0]),
                      'The manufacturer is recalling the following %s lots (labelling defect, no safety concern):' % v[1])),
              ('list', ['%s  (exp. %s)' % (x, U.fdate(ahead(c, r.randint(60, 400)), lang, 'iso')) for x in lots]),
              ('p', L(lang, 'Mettre en quarantaine, identifier « NE PAS UTILISER » et retourner au dépôt régional. Bon de retour no %d.'
                      % r.randint(400000, 499999),
                      'Quarantine, label "DO NOT USE" and return to the regional depot. Return authorization #%d.' % r.randint(400000, 499999))),
              c.sig(ph, lang, U.DSP['name'])]
    return R('vaccine_lot_recall', lang, L(lang, 'Retrait de lots - %s' % v[0].split(' (')[0], 'Lot recall - %s' % v[1]), ph,
             [box(L(lang, 'Sites de vaccination', 'Vaccination sites'), 'sites-vacc@' + U.DSP['dom'])], blocks, [],
             'lot numbers only')


def n_cold_chain(c, lang):
    r = c.rng
    tech = c.staff(lang, L(lang, 'responsable chaîne de froid', 'cold chain lead'), U.DSP['dom'])
    fridge = 'FRG-%04d' % r.randint(1000, 9999)
    serial = U.gen_ohip(r)[:9] if r.random() < 0.5 else '%d' % r.randint(10 ** 8, 10 ** 9 - 1)
    rows = [[v[0] if lang == 'fr' else v[1], lot(c, v[2]), r.randint(5, 200)] for v in r.sample(D.VACC, 3)]
    blocks = [('p', greet(c, lang)),
              ('p', L(lang, 'Bris de chaîne de froid au CLSC Saint-Aubin : réfrigérateur %s (no série %s) à 11,2 °C pendant environ '
                            '%d min cette nuit. Produits en quarantaine :' % (fridge, serial, r.randint(40, 300)),
                      'Cold chain break at CLSC Saint-Aubin: fridge %s (S/N %s) at 11.2 C for about %d min overnight. Quarantined product:'
                      % (fridge, serial, r.randint(40, 300)))),
              ('table', [L(lang, 'Produit', 'Product'), 'Lot', L(lang, 'Doses', 'Doses')], rows),
              ('p', L(lang, 'Données du thermographe jointes. En attente de l\'avis du fabricant.', 'Data logger file attached. Awaiting manufacturer advice.')),
              c.sig(tech, lang, U.DSP['name'])]
    csvtxt = A.make_csv(['timestamp', 'temp_C'], [['2025-%02d-%02d %02d:%02d' % (c.now.month, c.now.day, h, m), '%.1f' % (4 + r.random() * 7)]
                                                   for h in range(0, 6) for m in (0, 30)], delim=',')
    return R('cold_chain_incident', lang, L(lang, 'Bris de chaîne de froid - %s' % fridge, 'Cold chain excursion - %s' % fridge), tech,
             [box('Vaccins', 'vaccins@' + U.DSP['dom'])], blocks, [], 'fridge serial and lots only',
             atts=[{'filename': 'thermographe_%s.csv' % fridge, 'ctype': 'text/csv', 'text': csvtxt}])


def n_po_invoice(c, lang):
    r = c.rng
    hosp = r.choice(U.HOSP)
    buyer = c.staff(lang, L(lang, 'acheteuse', 'buyer'), hosp['dom'])
    items = [[L(lang, 'Masques N95 3M 1870+ (boîte de 20)', 'N95 masks 3M 1870+ (box of 20)'), r.randint(50, 400), '38,50 $' if lang == 'fr' else '$38.50'],
             [L(lang, 'Blouses jaunes niveau 2', 'Level 2 isolation gowns'), r.randint(10, 80), '112,00 $' if lang == 'fr' else '$112.00'],
             [L(lang, 'Lingettes désinfectantes peroxyde', 'Peroxide disinfectant wipes'), r.randint(20, 200), '9,75 $' if lang == 'fr' else '$9.75'],
             [L(lang, 'Écouvillons floqués + milieu UTM', 'Flocked swabs + UTM'), r.randint(100, 1000), '2,10 $' if lang == 'fr' else '$2.10']]
    po = '45%08d' % r.randint(0, 99999999)
    blocks = [('p', greet(c, lang)),
              ('p', L(lang, 'Bon de commande %s émis au fournisseur (no fournisseur %d). Livraison au quai B.' % (po, r.randint(100000, 999999)),
                      'PO %s issued to the vendor (vendor #%d). Deliver to dock B.' % (po, r.randint(100000, 999999)))),
              ('table', [L(lang, 'Article', 'Item'), L(lang, 'Qté', 'Qty'), L(lang, 'Prix unitaire', 'Unit price')], r.sample(items, 3)),
              c.sig(buyer, lang, hosp['name'])]
    pdf = A.make_pdf(L(lang, 'Bon de commande %s', 'Purchase order %s') % po, [L(lang, 'Centre de coût 71-4420 PCI', 'Cost centre 71-4420 IPAC')],
                     table=([L(lang, 'Article', 'Item'), L(lang, 'Qté', 'Qty'), L(lang, 'Prix', 'Price')], items), author=buyer.full())
    return R('purchase_order', lang, L(lang, 'BC %s - matériel PCI', 'PO %s - IPAC supplies') % po, buyer,
             [box('Fournisseur', 'commandes@fournitures-medicales.example')], blocks, [], 'purchase order',
             atts=[{'filename': 'BC_%s.pdf' % po, 'ctype': 'application/pdf', 'data': pdf}])


def n_facilities(c, lang):
    r = c.rng
    hosp = r.choice(U.HOSP)
    tech = c.staff(lang, L(lang, 'technicien, services techniques', 'facilities technician'), hosp['dom'])
    rooms = ['%d-%02d' % (r.randint(2, 7), r.randint(1, 40)) for _ in range(r.randint(2, 4))]
    blocks = [('p', greet(c, lang)),
              ('p', L(lang, 'Entretien préventif des chambres à pression négative %s le %s entre 6 h et 10 h : remplacement des filtres HEPA '
                            '(unités %s) et vérification des alarmes de pression différentielle. Les chambres ne pourront pas recevoir de '
                            'patients en isolement aérien pendant les travaux.'
                      % (', '.join(rooms), U.fdate(ahead(c, 5), lang, 'long'), ', '.join('AHU-%03d' % r.randint(1, 300) for _ in rooms)),
                      'Preventive maintenance of negative-pressure rooms %s on %s between 6 and 10 am: HEPA filter replacement '
                      '(units %s) and differential-pressure alarm checks. Rooms cannot take airborne-isolation patients during the work.'
                      % (', '.join(rooms), U.fdate(ahead(c, 5), lang, 'long'), ', '.join('AHU-%03d' % r.randint(1, 300) for _ in rooms)))),
              ('p', L(lang, 'Bon de travail : BT-%d' % r.randint(100000, 999999), 'Work order: WO-%d' % r.randint(100000, 999999))),
              c.sig(tech, lang, hosp['name'])]
    return R('facilities_maintenance', lang, L(lang, 'Entretien chambres pression négative', 'Negative pressure room maintenance'), tech,
             [pci_box(hosp, lang), box('Coordination', 'coordination@' + hosp['dom'])], blocks, [], 'facilities notice')
