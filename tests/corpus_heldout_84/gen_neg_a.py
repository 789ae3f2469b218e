"""Negative builders, part A: fleet, shift bids, training, statistics, protocols, teaching cases,
newsletters, invoices, recalls, IT notices, job postings, committee notices.
No identifiable patient anywhere; staff, physicians, numbers and disease words are fine."""
import datetime

from gen_common import ORGS, pick, chance, staff, phone_fmt, fmt_date, hhmm, luhn, TOWNS
from gen_mime import Mail, Att
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv
from gen_text import greet, close, signature, compose, dec, unit_no, CASES
from gen_people import sender, team, ascii_fn


def luhn_serial(rng, n):
    body = str(rng.randrange(1, 10)) + ''.join(str(rng.randrange(10)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def _all_staff(ctx, orgkey, label_fr, label_en, local='tous'):
    return [team(ctx, orgkey, label_fr, label_en, local)]


# ------------------------------------------------------------------ 1. fleet maintenance
def fleet_maintenance(ctx):
    L = ctx.T
    me, frm = sender(ctx, 'spl')
    units = sorted({unit_no(ctx) for _ in range(ctx.rng.randrange(3, 7))})
    lines = []
    for u in units:
        km = ctx.rng.randrange(40000, 390000)
        task = pick(ctx.rng, [L('vidange + inspection freins', 'oil change + brake inspection'), L('remplacement pneus d\'hiver', 'winter tire swap'),
                              L('civière Power-PRO : entretien préventif', 'Power-PRO stretcher PM'), L('module arrière : climatisation', 'rear module A/C'),
                              L('inspection SAAQ annuelle', 'annual safety inspection'), L('rappel constructeur (faisceau électrique)', 'OEM recall (wiring harness)')])
        vin = '1FDXE4FS%dHD%05d' % (ctx.rng.randrange(0, 10), ctx.rng.randrange(0, 99999))
        lines.append('%s %s — %s km — %s — VIN %s' % (L('Unité', 'Unit'), u, '{:,}'.format(km).replace(',', ' '), task, vin))
    paras = [pick(ctx.rng, [L('Horaire du garage pour la semaine prochaine :', 'Garage schedule for next week:'),
                            L('Voici les véhicules à amener au garage :', 'Vehicles due at the shop:')]),
             '\n'.join(lines),
             L('Véhicule de remplacement : unité %s (réserve). Merci de vider les compartiments des narcotiques avant la remise.' % unit_no(ctx),
               'Spare: unit %s. Please clear the narcotics box before dropping off.' % unit_no(ctx)),
             L('Rappel : tout bris doit être inscrit au registre (formulaire VH-12).', 'Reminder: log every defect on form VH-12.')]
    atts = []
    if ctx.chance(0.4):
        rows = [[L('Unité', 'Unit'), 'VIN', 'Km', L('Tâche', 'Task'), L('Actif', 'Asset')]]
        for l in lines:
            parts = l.split(' — ')
            rows.append([parts[0].split()[-1], parts[3].split()[-1], parts[1], parts[2], luhn_serial(ctx.rng, 10)])
        atts.append(Att(L('entretien_véhicules.xlsx', 'fleet_pm.xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                        data=make_xlsx([(L('Flotte', 'Fleet'), rows)], author='%s %s' % me)))
    text = compose(ctx, greet(ctx), paras, signature(ctx, me, L('Responsable de la flotte', 'Fleet manager'), 'spl'))
    return Mail(ctx.lang, pick(ctx.rng, [L('Entretien flotte - semaine %d', 'Fleet maintenance - week %d') % ctx.day.isocalendar()[1],
                                         L('Garage : véhicules à amener', 'Shop: vehicles due')]),
                frm, _all_staff(ctx, 'spl', 'Chefs d\'équipe', 'Crew leads', 'chefs'), text, atts=atts,
                note='fleet maintenance schedule with VINs and asset numbers')


# ------------------------------------------------------------------ 2. shift bids
def shift_bid(ctx):
    L = ctx.T
    me, frm = sender(ctx, pick(ctx.rng, ['spl', 'ccs', 'is811']))
    people = staff(ctx.rng, ctx.rng.randrange(4, 8), exclude=[me])
    lines = []
    for i, (g, s) in enumerate(people):
        lines.append('%d. %s %s — %s — %s' % (i + 1, g, s, pick(ctx.rng, ['J-12', 'N-12', 'S-8', 'J-8 4/4', 'N-10 3/3', 'Horaire 7/7']),
                                             L('ancienneté %d ans' % ctx.rng.randrange(1, 28), 'seniority %d yrs' % ctx.rng.randrange(1, 28))))
    paras = [L('Résultats de l\'affichage des quarts (période %d) :' % ctx.rng.randrange(1, 13), 'Shift bid results (period %d):' % ctx.rng.randrange(1, 13)),
             '\n'.join(lines),
             pick(ctx.rng, [L('Les griefs doivent être déposés dans les 10 jours ouvrables auprès du syndicat.', 'Grievances must be filed within 10 business days.'),
                            L('Les congés de maladie prolongés ne sont pas affectés par l\'affichage.', 'Long-term sick leaves are not affected by the bid.'),
                            L('Merci de confirmer avant vendredi midi.', 'Please confirm by Friday noon.')])]
    atts = []
    if ctx.chance(0.35):
        atts.append(Att(L('affichage_quarts.pdf', 'shift_bid_results.pdf'), 'application/pdf',
                        data=make_pdf(L('Affichage des quarts', 'Shift bid results'), lines, author=ORGS['spl'][0])))
    text = compose(ctx, greet(ctx), paras, signature(ctx, me, L('Agente de planification', 'Scheduling officer'), 'spl'))
    return Mail(ctx.lang, pick(ctx.rng, [L('Affichage des quarts - résultats', 'Shift bid results'), L('Choix de quarts', 'Shift selection')]),
                frm, _all_staff(ctx, 'spl', 'Tous les paramédics', 'All paramedics'), text, atts=atts,
                note='shift bid results, staff names only')


# ------------------------------------------------------------------ 3. training notices
def training_notice(ctx):
    L = ctx.T
    me, frm = sender(ctx, pick(ctx.rng, ['spl', 'hvn', 'is811']))
    trainer = staff(ctx.rng, exclude=[me])
    topic = pick(ctx.rng, [
        L('Reconnaissance et prise en charge de l\'AVC (échelle de Cincinnati, code AVC)', 'Stroke recognition and pre-notification (Cincinnati scale)'),
        L('Simulation : arrêt cardiorespiratoire et défibrillation précoce', 'Simulation: cardiac arrest and early defibrillation'),
        L('Administration de naloxone intranasale - mise à jour', 'Intranasal naloxone administration - refresher'),
        L('PHTLS : hémorragies massives et garrot', 'PHTLS: massive hemorrhage and tourniquets'),
        L('Triage téléphonique des douleurs thoraciques (811)', 'Telephone triage of chest pain (811)'),
        L('Sepsis : reconnaissance préhospitalière et lactate capillaire', 'Sepsis: prehospital recognition and point-of-care lactate'),
    ])
    d = ctx.day + datetime.timedelta(days=ctx.rng.randrange(7, 40))
    paras = [L('Une formation obligatoire est offerte :', 'Mandatory training session:'),
             '%s\n%s : %s, %s\n%s : %s %s\n%s : %s' % (topic, L('Date', 'Date'), fmt_date(ctx.rng, d, ctx.lang), pick(ctx.rng, ['8h30-12h', '13h-16h30', '18:00-21:00']),
                                                      L('Formateur', 'Instructor'), trainer[0], trainer[1], L('Lieu', 'Location'),
                                                      pick(ctx.rng, [L('salle de simulation, 2e étage', 'simulation lab, 2nd floor'), L('caserne 3', 'station 3'), 'Teams'])),
             L('Les heures sont rémunérées selon la convention. Inscription auprès de votre chef d\'équipe.',
               'Hours are paid per the collective agreement. Register with your crew lead.')]
    if ctx.chance(0.4):
        paras.append(L('Cas cliniques fictifs fournis sur place; aucun dossier réel ne sera utilisé.', 'Fictional case scenarios will be provided; no real charts are used.'))
    text = compose(ctx, greet(ctx), paras, signature(ctx, me, L('Coordonnatrice de la formation clinique', 'Clinical education coordinator'), 'spl'))
    atts = []
    if ctx.chance(0.3):
        atts.append(Att('formation.ics' if ctx.lang == 'fr' else 'training.ics', 'text/calendar',
                        text='BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Boreal Scheduling//Agenda 4.1//FR\nBEGIN:VEVENT\nUID:train-%s@spln.example\nDTSTAMP:20250101T080000Z\nDTSTART:%s\nDURATION:PT3H\nSUMMARY:%s\nEND:VEVENT\nEND:VCALENDAR\n' % (
                            ctx.idx, d.strftime('%Y%m%dT083000'), topic.replace(',', '\\,').replace(';', '\\;'))))
    return Mail(ctx.lang, pick(ctx.rng, [L('Formation : ', 'Training: '), L('[Formation] ', '[CME] ')]) + topic.split('(')[0].strip(), frm,
                _all_staff(ctx, 'spl', 'Personnel clinique', 'Clinical staff'), text, atts=atts, note='training announcement on a clinical topic')


# ------------------------------------------------------------------ 4. response-time statistics
def response_time_stats(ctx):
    L = ctx.T
    me, frm = sender(ctx, pick(ctx.rng, ['spl', 'ccs']))
    zones = ['Val-Nordet', 'Saint-Clément', 'Rivière-aux-Saules', 'Mont-Aurèle', 'Lac-Brûlé']
    rows = [[L('Zone', 'Zone'), L('Appels P0-P1', 'P0-P1 calls'), L('Médiane (min)', 'Median (min)'), L('90e centile (min)', '90th pct (min)'),
             L('Délai transfert soins (min)', 'Offload (min)')]]
    for z in zones:
        med = ctx.rng.randrange(60, 160) / 10
        rows.append([z, ctx.rng.randrange(80, 900), dec(ctx, med), dec(ctx, med + ctx.rng.randrange(30, 120) / 10), ctx.rng.randrange(12, 75)])
    tbl = '\n'.join(' | '.join(str(c) for c in r) for r in rows)
    extra = L('Les appels pour douleur thoracique (%d) et AVC (%d) ont représenté %d %% des P1. Aucune donnée nominative n\'est incluse.' % (
        ctx.rng.randrange(100, 400), ctx.rng.randrange(40, 150), ctx.rng.randrange(10, 30)),
        'Chest pain (%d) and stroke (%d) calls made up %d%% of P1 volume. No patient-level data included.' % (
        ctx.rng.randrange(100, 400), ctx.rng.randrange(40, 150), ctx.rng.randrange(10, 30)))
    atts = []
    form = ctx.rng.randrange(3)
    if form == 0:
        atts.append(Att(L('délais_réponse_T%d.xlsx', 'response_times_Q%d.xlsx') % ctx.rng.randrange(1, 5),
                        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data=make_xlsx([(L('Délais', 'Times'), rows)], author='%s %s' % me)))
        body = [L('Tableau des délais de réponse du trimestre en pièce jointe.', 'Quarterly response-time table attached.'), extra]
    elif form == 1:
        atts.append(Att('stats.csv', 'text/csv', text=make_csv(rows), charset=pick(ctx.rng, ['utf-8', 'iso-8859-1'])))
        body = [L('Export des délais en CSV.', 'Response-time CSV export.'), extra]
    else:
        body = [L('Délais de réponse du mois :', 'Response times for the month:'), tbl, extra]
    text = compose(ctx, greet(ctx), body, signature(ctx, me, L('Analyste, performance opérationnelle', 'Performance analyst'), 'spl'))
    return Mail(ctx.lang, pick(ctx.rng, [L('Délais de réponse - rapport mensuel', 'Response times - monthly report'), L('Statistiques 911', '911 statistics'),
                                         L('Indicateurs de performance préhospitalière', 'Prehospital KPIs')]),
                frm, _all_staff(ctx, 'spl', 'Comité de direction', 'Leadership team', 'direction'), text, atts=atts,
                note='aggregate response-time statistics')


# ------------------------------------------------------------------ 5. protocol updates
def protocol_update(ctx):
    L = ctx.T
    me, frm = sender(ctx, 'spl')
    md = staff(ctx.rng, exclude=[me])
    changes = pick(ctx.rng, [
        [L('Naloxone : dose initiale IN passe de 2 mg à 4 mg (vaporisateur).', 'Naloxone: initial IN dose increases from 2 mg to 4 mg (spray).'),
         L('Ajout d\'une deuxième dose après 3 minutes si FR < 10.', 'Second dose after 3 minutes if RR < 10.')],
        [L('AAS : 320 mg croqué pour toute douleur thoracique d\'allure cardiaque, sauf allergie.', 'ASA: 320 mg chewed for suspected cardiac chest pain unless allergic.'),
         L('ECG 12 dérivations à transmettre dans les 10 minutes du contact.', '12-lead ECG to be transmitted within 10 minutes of patient contact.')],
        [L('Épinéphrine IM : 0,01 mg/kg (max 0,5 mg) pour l\'anaphylaxie.', 'IM epinephrine 0.01 mg/kg (max 0.5 mg) for anaphylaxis.'),
         L('Répéter aux 5 minutes au besoin.', 'Repeat q5min as needed.')],
        [L('Hypoglycémie : glucagon 1 mg IM si pas d\'accès IV; glycémie de contrôle après 10 min.', 'Hypoglycemia: glucagon 1 mg IM if no IV; recheck glucose at 10 min.'),
         L('Refus de transport possible si glycémie > 4 mmol/L et critères remplis.', 'Treat-and-release possible if glucose > 4 mmol/L and criteria met.')],
    ])
    ver = '%d.%d' % (ctx.when.year, ctx.rng.randrange(1, 9))
    paras = [L('La direction médicale régionale publie la version %s des protocoles d\'intervention clinique. Principaux changements :' % ver,
               'Regional medical direction has published version %s of the clinical protocols. Key changes:' % ver),
             '\n'.join('• ' + c for c in changes),
             L('Entrée en vigueur : %s. Le Dr %s %s animera une capsule de 20 minutes.' % (fmt_date(ctx.rng, ctx.day + datetime.timedelta(days=21), 'fr'), md[0], md[1]),
               'Effective %s. Dr. %s %s will host a 20-minute webinar.' % (fmt_date(ctx.rng, ctx.day + datetime.timedelta(days=21), 'en'), md[0], md[1]))]
    atts = []
    if ctx.chance(0.5):
        atts.append(Att(L('Protocoles_v%s_résumé_des_modifications.pdf', 'Protocols_v%s_changes.pdf') % ver, 'application/pdf',
                        data=make_pdf(L('Modifications aux protocoles', 'Protocol changes'), changes + ['', L('Document de référence - ne contient aucune donnée patient.', 'Reference document.')],
                                      author=ORGS['spl'][0], compress=ctx.chance(0.5))))
    text = compose(ctx, greet(ctx), paras, signature(ctx, me, L('Conseillère, direction médicale', 'Medical direction advisor'), 'spl'))
    return Mail(ctx.lang, L('Mise à jour des protocoles cliniques v%s', 'Clinical protocol update v%s') % ver, frm,
                _all_staff(ctx, 'spl', 'Tous les paramédics', 'All paramedics'), text, atts=atts, note='clinical protocol update')


# ------------------------------------------------------------------ 6. anonymised teaching case
def teaching_case(ctx):
    L = ctx.T
    c = pick(ctx.rng, CASES)
    cl = c[ctx.lang]
    me, frm = sender(ctx, pick(ctx.rng, ['spl', 'chul']))
    age = ctx.rng.randrange(max(19, c['age'][0]), max(c['age'][1], 25))
    sexe = pick(ctx.rng, [L('Un homme', 'man'), L('Une femme', 'woman')])
    paras = [L('Cas clinique de la semaine (anonymisé) :', 'Case of the week (de-identified):'),
             L('%s de %d ans appelle le 911 pour %s. À l\'arrivée : %s. Les paramédics administrent %s. '
               'Au centre receveur : %s. Diagnostic final : %s.' % (sexe, age, cl['cc'], 'TA 96/60, FC 118', ', '.join(cl['meds']), ', '.join(cl['labs']), cl['dx']),
               'A %d-year-old %s calls 911 for %s. On arrival: BP 96/60, HR 118. Paramedics give %s. At the receiving centre: %s. Final diagnosis: %s.' % (
                   age, sexe, cl['cc'], ', '.join(cl['meds']), ', '.join(cl['labs']), cl['dx'])),
             L('Questions : 1) Quels critères justifient le préavis au centre receveur ? 2) Quelle destination aurait été optimale ?',
               'Questions: 1) Which criteria justify a pre-alert? 2) What was the optimal destination?'),
             L('Les détails ont été modifiés pour protéger la confidentialité.', 'Details have been altered to protect confidentiality.')]
    atts = []
    if ctx.chance(0.35):
        atts.append(Att(L('cas_clinique_anonymisé.docx', 'teaching_case.docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                        data=make_docx(L('Cas clinique', 'Teaching case'), paras[1:], author='%s %s' % me)))
    text = compose(ctx, greet(ctx), paras, signature(ctx, me, L('Médecin-conseil', 'Medical advisor'), 'spl'))
    return Mail(ctx.lang, pick(ctx.rng, [L('Cas clinique de la semaine', 'Case of the week'), L('Club de lecture - cas', 'Case rounds')]) + L(' : ', ': ') + cl['dx'].split('(')[0].strip(),
                frm, _all_staff(ctx, 'spl', 'Paramédics', 'Paramedics'), text, atts=atts, note='anonymised teaching case')


# ------------------------------------------------------------------ 7. newsletters
def newsletter(ctx):
    L = ctx.T
    me, frm = sender(ctx, pick(ctx.rng, ['ciss', 'spl', 'hvn']))
    items = pick(ctx.rng, [
        [L('Chaleur extrême : hausse de 30 % des appels pour coups de chaleur chez les aînés.', 'Extreme heat: heat-illness calls among seniors up 30%.'),
         L('Surdoses : le fentanyl demeure en cause dans la majorité des décès.', 'Overdoses: fentanyl remains involved in most deaths.')],
        [L('Semaine de la sensibilisation à l\'AVC : VITE (Visage, Incapacité, Trouble de la parole, Extrême urgence).', 'Stroke awareness week: FAST.'),
         L('Nouvelle politique de visite aux urgences.', 'New ED visitor policy.')],
        [L('Influenza et VRS : pic attendu dans 2 semaines; vaccination du personnel à 64 %.', 'Flu and RSV: peak expected in 2 weeks; staff vaccination at 64%.'),
         L('Bravo à l\'équipe de l\'unité 31-07 pour le sauvetage lors d\'un arrêt cardiaque au centre sportif.', 'Kudos to unit 31-07 crew for a cardiac arrest save at the arena.')],
    ])
    paras = [L('INFOLETTRE — édition de %s' % fmt_date(ctx.rng, ctx.day, 'fr', 1), 'NEWSLETTER — %s edition' % fmt_date(ctx.rng, ctx.day, 'en', 1))] + \
            ['■ ' + i for i in items] + [L('Pour vous désabonner, répondez « STOP ».', 'To unsubscribe, reply STOP.')]
    text = '\n\n'.join(paras) + '\n\n' + ORGS['ciss'][0] + '\n'
    return Mail(ctx.lang, L('Infolettre - ', 'Newsletter - ') + items[0].split(':')[0], frm,
                _all_staff(ctx, 'ciss', 'Tout le personnel', 'All staff'), text, form=pick(ctx.rng, ['html', 'alt', 'alt', 'plain']),
                note='newsletter on disease topics, aggregate only')


# ------------------------------------------------------------------ 8. invoices / purchase orders
def invoice_po(ctx):
    L = ctx.T
    me, frm = sender(ctx, 'ambu')
    items = [(L('Électrodes de défibrillation adulte', 'Adult defib pads'), ctx.rng.randrange(20, 200), 38.5),
             (L('Kit naloxone IN 4 mg', 'Naloxone IN 4 mg kit'), ctx.rng.randrange(10, 80), 47.0),
             (L('Canules nasopharyngées (ass.)', 'NPA assortment'), ctx.rng.randrange(5, 40), 12.75),
             (L('Collets cervicaux ajustables', 'Adjustable C-collars'), ctx.rng.randrange(5, 30), 19.9)]
    pick_items = items[:ctx.rng.randrange(2, 5)]
    po = 'PO-%d-%05d' % (ctx.when.year, ctx.rng.randrange(99999))
    lines = ['|%s|%s|%s|%s' % (L('Article', 'Item'), L('Qté', 'Qty'), L('Prix', 'Price'), 'Total')]
    total = 0
    for n, q, pr in pick_items:
        lines.append('|%s|%d|%.2f|%.2f' % (n, q, pr, q * pr))
        total += q * pr
    lines += ['', 'TPS/GST: %.2f   TVQ/QST: %.2f   Total: %.2f $' % (total * 0.05, total * 0.09975, total * 1.14975),
              L('Fournisseur : Médi-Secours Distribution inc., 2200 boul. Industriel, Val-Nordet', 'Vendor: Medi-Secours Distribution inc.'),
              L('No TPS : 81234 5678 RT0001', 'GST no.: 81234 5678 RT0001')]
    pdf = make_pdf(L('Bon de commande %s', 'Purchase order %s') % po, lines, author=ORGS['ambu'][0])
    text = compose(ctx, greet(ctx), [L('Ci-joint le bon de commande %s pour approbation.' % po, 'Attached is purchase order %s for approval.' % po),
                                     L('Livraison à la caserne 2 (quai de réception).', 'Deliver to station 2 (loading dock).')],
                   signature(ctx, me, L('Approvisionnement', 'Procurement'), 'ambu'))
    return Mail(ctx.lang, L('Bon de commande %s', 'PO %s') % po, frm, [('Médi-Secours - ventes', 'ventes@medi-secours.example')], text,
                atts=[Att('%s.pdf' % po, 'application/pdf', data=pdf)], note='purchase order for supplies')


# ------------------------------------------------------------------ 9. supplier recalls
def supplier_recall(ctx):
    L = ctx.T
    me, frm = sender(ctx, pick(ctx.rng, ['spl', 'hvn']))
    prod = pick(ctx.rng, [L('batteries de défibrillateur LifeGuard 500', 'LifeGuard 500 defibrillator batteries'),
                          L('laryngoscopes jetables VisiBlade', 'VisiBlade disposable laryngoscopes'),
                          L('pousse-seringues SyriFlow S2', 'SyriFlow S2 syringe pumps'),
                          L('glucomètres GlucoCheck Pro (bandelettes lot 24B)', 'GlucoCheck Pro glucometers (strip lot 24B)')])
    serials = [luhn_serial(ctx.rng, pick(ctx.rng, [9, 10, 11])) for _ in range(ctx.rng.randrange(3, 8))]
    lots = ['LOT %s%d-%04d' % (pick(ctx.rng, 'ABKX'), ctx.rng.randrange(20, 26), ctx.rng.randrange(10000)) for _ in range(2)]
    paras = [L('AVIS DE RAPPEL — Santé Canada classe II', 'RECALL NOTICE — Health Canada Type II'),
             L('Le fabricant rappelle certains %s en raison d\'un risque de défaillance. Numéros de série touchés dans notre inventaire :' % prod,
               'The manufacturer is recalling certain %s due to a failure risk. Affected serial numbers in our inventory:' % prod),
             '\n'.join('S/N %s' % s for s in serials) + '\n' + ', '.join(lots),
             L('Retirer immédiatement du service et apporter au magasin central. Aucun incident patient signalé à ce jour.',
               'Remove from service immediately and return to central stores. No patient incidents reported to date.')]
    atts = []
    if ctx.chance(0.4):
        rows = [['S/N', L('Unité', 'Unit'), L('Statut', 'Status')]] + [[s, unit_no(ctx), L('à retirer', 'to pull')] for s in serials]
        atts.append(Att('rappel_%s.csv' % lots[0].split()[1] if ctx.lang == 'fr' else 'recall_%s.csv' % lots[0].split()[1], 'text/csv',
                        text=make_csv(rows), charset='us-ascii' if ctx.lang == 'en' else 'iso-8859-1'))
    text = compose(ctx, greet(ctx), paras, signature(ctx, me, L('Génie biomédical', 'Biomedical engineering'), 'hvn'))
    return Mail(ctx.lang, L('RAPPEL : ', 'RECALL: ') + prod, frm, _all_staff(ctx, 'spl', 'Chefs d\'équipe', 'Crew leads', 'chefs'), text, atts=atts,
                note='supplier recall with serial and lot numbers (some pass Luhn)')


# ------------------------------------------------------------------ 10. IT notices
def it_notice(ctx):
    L = ctx.T
    me, frm = sender(ctx, 'ciss')
    sysname = pick(ctx.rng, [L('système de répartition assistée par ordinateur (RAO)', 'computer-aided dispatch (CAD)'),
                             L('plateforme de télésanté', 'telehealth platform'), L('dossier clinique informatisé', 'electronic health record'),
                             L('tablettes des véhicules (RIP électronique)', 'in-vehicle tablets (ePCR)'), 'VPN'])
    start = ctx.when + datetime.timedelta(days=ctx.rng.randrange(1, 10))
    paras = [L('Maintenance planifiée du %s le %s de 01h00 à 04h00.' % (sysname, fmt_date(ctx.rng, start.date(), 'fr')),
               'Planned maintenance of the %s on %s from 01:00 to 04:00.' % (sysname, fmt_date(ctx.rng, start.date(), 'en'))),
             L('Pendant l\'interruption, utiliser les formulaires papier et la procédure dégradée (fiche PD-3).',
               'During the outage use paper forms and the downtime procedure (sheet PD-3).'),
             L('Billet de changement : CHG%07d. Soutien : poste 4357 (HELP).' % ctx.rng.randrange(10**7), 'Change ticket: CHG%07d. Support: ext. 4357 (HELP).' % ctx.rng.randrange(10**7)),
             pick(ctx.rng, [L('Rappel : ne jamais envoyer de renseignements de santé par courriel non chiffré.', 'Reminder: never send health information by unencrypted e-mail.'), ''])]
    text = compose(ctx, greet(ctx), paras, signature(ctx, me, L('Direction des ressources informationnelles', 'IT department'), 'ciss'))
    return Mail(ctx.lang, pick(ctx.rng, [L('[TI] Maintenance planifiée - ', '[IT] Planned maintenance - '), L('Interruption de service : ', 'Service outage: ')]) + sysname,
                frm, _all_staff(ctx, 'ciss', 'Utilisateurs', 'All users', 'utilisateurs'), text, note='IT maintenance notice')


# ------------------------------------------------------------------ 11. job postings
def job_posting(ctx):
    L = ctx.T
    me, frm = sender(ctx, pick(ctx.rng, ['ccs', 'is811', 'corti', 'spl']))
    title = pick(ctx.rng, [L('Répartiteur(trice) médical(e) d\'urgence', 'Emergency medical dispatcher'),
                           L('Infirmier(ère) clinicien(ne) - Info-Santé 811', 'Registered nurse - Info-Santé 811'),
                           L('Infirmier(ère) coordonnateur(trice) des transferts', 'Transfer coordination nurse'),
                           L('Paramédic en soins avancés', 'Advanced care paramedic'),
                           L('Mécanicien(ne) de véhicules d\'urgence', 'Emergency vehicle mechanic')])
    paras = [L('AFFICHAGE INTERNE/EXTERNE no %d-%03d' % (ctx.when.year, ctx.rng.randrange(999)), 'JOB POSTING #%d-%03d' % (ctx.when.year, ctx.rng.randrange(999))),
             title, L('Statut : temps complet permanent, rotation jour/soir/nuit\nSalaire : selon l\'échelle (%d,%02d $ à %d,%02d $/h)' % (
                 ctx.rng.randrange(26, 34), ctx.rng.randrange(100), ctx.rng.randrange(38, 52), ctx.rng.randrange(100)),
                 'Status: permanent full-time, rotating\nPay: %d.%02d to %d.%02d $/h' % (ctx.rng.randrange(26, 34), ctx.rng.randrange(100), ctx.rng.randrange(38, 52), ctx.rng.randrange(100))),
             L('Exigences : connaissance des protocoles de triage (MPDS), bilinguisme un atout, capacité à gérer des appels pour arrêt cardiaque, AVC ou détresse psychologique.',
               'Requirements: triage protocol knowledge (MPDS), bilingualism an asset, ability to handle cardiac arrest, stroke and mental-health crisis calls.'),
             L('Postulez avant le %s sur emplois.cisss-hr.example.' % fmt_date(ctx.rng, ctx.day + datetime.timedelta(days=14), 'fr', 1),
               'Apply by %s at jobs.cisss-hr.example.' % fmt_date(ctx.rng, ctx.day + datetime.timedelta(days=14), 'en', 1))]
    text = '\n\n'.join(paras) + '\n\n' + L('Ressources humaines', 'Human Resources') + '\n'
    return Mail(ctx.lang, L('Affichage : ', 'Job posting: ') + title, frm, _all_staff(ctx, 'ciss', 'Tout le personnel', 'All staff'), text,
                note='job posting')


# ------------------------------------------------------------------ 12. committee notices
def committee_notice(ctx):
    L = ctx.T
    me, frm = sender(ctx, pick(ctx.rng, ['hvn', 'corti', 'ciss']))
    chair = staff(ctx.rng, exclude=[me])
    d = ctx.day + datetime.timedelta(days=ctx.rng.randrange(3, 20))
    agenda = [L('Adoption de l\'ordre du jour', 'Approval of agenda'),
              L('Suivi : durée moyenne de séjour sur civière (cible 12 h)', 'Follow-up: average stretcher length of stay (target 12 h)'),
              L('Protocole de débordement et surcapacité', 'Overcapacity protocol'),
              L('Délais de transfert de soins ambulanciers', 'Ambulance offload delays'),
              L('Patients NSA : bilan régional (données agrégées)', 'ALC patients: regional summary (aggregate)'),
              L('Varia', 'Other business')]
    paras = [L('Convocation — Comité régional de fluidité et de gestion des lits', 'Notice — Regional patient flow and bed management committee'),
             L('Date : %s, 13h30\nLieu : salle 2.14 et Teams\nPrésidence : %s %s' % (fmt_date(ctx.rng, d, 'fr', 1), chair[0], chair[1]),
               'Date: %s, 1:30 pm\nLocation: room 2.14 and Teams\nChair: %s %s' % (fmt_date(ctx.rng, d, 'en', 1), chair[0], chair[1])),
             L('Ordre du jour :', 'Agenda:') + '\n' + '\n'.join('%d. %s' % (i + 1, a) for i, a in enumerate(agenda))]
    atts = []
    if ctx.chance(0.4):
        atts.append(Att(L('ordre_du_jour_comité.docx', 'agenda.docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                        data=make_docx(paras[0], [paras[1]] + agenda, author='%s %s' % me)))
    text = compose(ctx, greet(ctx), paras, signature(ctx, me, L('Adjointe administrative', 'Administrative assistant'), 'hvn'))
    return Mail(ctx.lang, L('Convocation - comité fluidité %s', 'Notice - patient flow committee %s') % d.strftime('%Y-%m-%d'), frm,
                _all_staff(ctx, 'hvn', 'Membres du comité', 'Committee members', 'comite.fluidite'), text, atts=atts, note='committee meeting notice')
