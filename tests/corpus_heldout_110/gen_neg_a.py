"""Negative templates, part A: invoices, orders, HR, payroll, IT, facilities, contracts, fleet, suppliers."""
import datetime

from stdnum import luhn
from stdnum.ca import bn as ca_bn

from gen_common import (L, HOSPITALS, CLINICS, SUPPLIERS, actor, closing, fdate, fday, greet, hosp, oname, phone, sup,
                        time_str, work_day, digits, signature, email_of, STAFF_GIVEN, STAFF_SURNAMES)
from gen_tpl import mail, mailbox, later, re_subj, fw_subj, reply, quote_outlook, quote_gt, who, ascii_fname
import gen_files as F
import gen_mime as M


def R(cat, note, m):
    return dict(cat=cat, types=[], note=note, mail=m)


def make_bn(rng):
    while True:
        body = rng.choice('12345678') + digits(rng, 7)
        n = body + luhn.calc_check_digit(body)
        if ca_bn.is_valid(n):
            return n


def luhn_serial(rng, n=9):
    body = rng.choice('123456789') + digits(rng, n - 2)
    return body + luhn.calc_check_digit(body)


def money(x, lang):
    s = '{:,.2f}'.format(x)
    return (s.replace(',', ' ').replace('.', ',') + ' $') if lang == 'fr' else '$' + s


def any_supplier(rng):
    return rng.choice(SUPPLIERS)


# ---------------------------------------------------------------- N1
def n_invoice(w, rng, lang):
    day = work_day(rng)
    s = any_supplier(rng)
    snd = actor(w, s, lang)
    h = rng.choice(HOSPITALS)
    rcpt = (L(lang, 'Comptes fournisseurs', 'Accounts payable'), 'comptes.fournisseurs@%s' % h['dom'])
    inv = '%s-%d' % (s['key'].upper(), rng.randrange(10000, 99999))
    month = fdate(day, lang, 0).split(' ', 1)[1] if lang == 'fr' else fdate(day, lang, 0).split(' ')[0] + ' ' + str(day.year)
    lines = {
        'ambulance': [(L(lang, 'Transports interétablissements', 'Interfacility transports'), rng.randrange(40, 160), 185.0),
                      (L(lang, 'Supplément kilométrage', 'Mileage surcharge'), rng.randrange(800, 4000), 1.75)],
        'adapted': [(L(lang, 'Courses aller-retour', 'Round trips'), rng.randrange(200, 700), 38.5),
                    (L(lang, 'Frais d\'attente (heures)', 'Waiting time (hours)'), rng.randrange(5, 40), 42.0)],
        'oxygen': [(L(lang, 'Location concentrateurs (unités-mois)', 'Concentrator rental (unit-months)'), rng.randrange(30, 120), 165.0),
                   (L(lang, 'Bouteilles E livrées', 'E cylinders delivered'), rng.randrange(50, 300), 18.0)],
        'dialysis': [(L(lang, 'Ensembles de cycleur', 'Cycler sets'), rng.randrange(200, 900), 24.6),
                     (L(lang, 'Frais de livraison', 'Delivery fees'), rng.randrange(20, 80), 35.0)],
        'rental': [(L(lang, 'Lits électriques (jours)', 'Hospital beds (days)'), rng.randrange(200, 1500), 6.5),
                   (L(lang, 'Lève-personnes (jours)', 'Patient lifts (days)'), rng.randrange(50, 400), 8.0)],
        'nursing': [(L(lang, 'Heures de soins infirmiers', 'Nursing hours'), rng.randrange(300, 1200), 72.0),
                    (L(lang, 'Heures d\'auxiliaires', 'Aide hours'), rng.randrange(100, 800), 41.0)],
    }[s['kind']]
    sub = sum(q * p for _, q, p in lines)
    tps, tvq = sub * 0.05, sub * 0.09975
    bn = make_bn(rng)
    tvq_no = '1' + digits(rng, 9)
    rows = [[d, str(q), money(p, lang), money(q * p, lang)] for d, q, p in lines]
    totals = [L(lang, 'Sous-total : ', 'Subtotal: ') + money(sub, lang), 'TPS/GST (%s RT0001) : %s' % (bn, money(tps, lang)),
              'TVQ/QST (%s TQ0001) : %s' % (tvq_no, money(tvq, lang)), 'Total : ' + money(sub + tps + tvq, lang)]
    po = 'BC-%d' % rng.randrange(450000, 459999)
    text_tbl = '\n'.join(' | '.join(r) for r in rows)
    if rng.random() < 0.55:
        pdf = F.make_pdf(L(lang, 'Facture %s', 'Invoice %s') % inv,
                         [('field', L(lang, 'Client :', 'Customer:'), oname(h, lang)), ('field', L(lang, 'Bon de commande :', 'PO:'), po),
                          ('field', L(lang, 'Période :', 'Period:'), month),
                          ('table', [L(lang, 'Description', 'Description'), L(lang, 'Qté', 'Qty'), L(lang, 'Prix', 'Price'), 'Total'], rows)] + totals,
                         author=s['fr'])
        atts = [dict(kind='bin', data=pdf, ctype='application/pdf', filename='%s.pdf' % inv)]
        text = L(lang, '%s\n\nVeuillez trouver ci-jointe notre facture %s pour %s (BC %s). Paiement net 30 jours.\n\n%s\n%s',
                 '%s\n\nPlease find attached invoice %s for %s (PO %s). Terms net 30.\n\n%s\n%s') % (
            greet(rng, lang), inv, month, po, closing(rng, lang), snd['sig'])
    else:
        atts = []
        text = L(lang, '%s\n\nFacture %s – %s (BC %s)\n\n%s\n\n%s\n\nMerci d\'effectuer le paiement par TEF.\n\n%s\n%s',
                 '%s\n\nInvoice %s - %s (PO %s)\n\n%s\n\n%s\n\nPlease remit by EFT.\n\n%s\n%s') % (
            greet(rng, lang), inv, month, po, text_tbl, '\n'.join(totals), closing(rng, lang), snd['sig'])
    m = mail(rng, snd, [rcpt], L(lang, 'Facture %s – %s', 'Invoice %s - %s') % (inv, month), text, day, lang, attachments=atts)
    return R('invoice', 'supplier invoice with business tax numbers, no patient', m)


# ---------------------------------------------------------------- N2
def n_purchase_order(w, rng, lang):
    day = work_day(rng)
    h = rng.choice(HOSPITALS)
    snd = actor(w, h, lang, 'hospital')
    snd['sig'] = signature(rng, snd['name'], L(lang, 'Acheteuse, approvisionnement', 'Buyer, procurement'), h, lang)
    s = rng.choice([sup('dialysis', rng), sup('oxygen', rng), sup('rental', rng)])
    po = 'BC-%d' % rng.randrange(450000, 459999)
    items = {'dialysis': [L(lang, 'Ensembles hémodialyse à domicile NxStage', 'NxStage home HD cartridges'), L(lang, 'Sacs de drainage 15 L', '15 L drain bags'),
                          L(lang, 'Concentré de dialysat', 'Dialysate concentrate')],
             'oxygen': [L(lang, 'Lunettes nasales adulte 2,1 m', 'Adult nasal cannulas 7 ft'), L(lang, 'Humidificateurs jetables', 'Disposable humidifiers'),
                        L(lang, 'Régulateurs pour bouteille E', 'E-cylinder regulators')],
             'rental': [L(lang, 'Matelas thérapeutiques (achat)', 'Therapeutic mattresses (purchase)'), L(lang, 'Marchettes 4 roues', 'Rollators'),
                        L(lang, 'Coussins de positionnement', 'Positioning cushions')]}[s['kind']]
    rows = [[it, rng.choice([10, 24, 50, 100, 200]), 'SKU-%05d' % rng.randrange(100000)] for it in items]
    text = L(lang, '%s\n\nVoici le bon de commande %s. Livraison au quai de réception, porte 3, entre 7h et 15h.\n\n%s\n\n'
                   'Merci d\'indiquer le no de BC sur la facture.\n\n%s\n%s',
             '%s\n\nPlease find purchase order %s. Deliver to receiving dock, door 3, between 7 a.m. and 3 p.m.\n\n%s\n\n'
             'Please quote the PO number on the invoice.\n\n%s\n%s') % (
        greet(rng, lang), po, '\n'.join('%s x %s (%s)' % (q, it, sku) for it, q, sku in rows), closing(rng, lang), snd['sig'])
    atts = []
    if rng.random() < 0.5:
        x = F.make_xlsx([('BC', [L(lang, 'Article', 'Item'), L(lang, 'Qté', 'Qty'), 'SKU'], rows)], author=snd['name'])
        atts.append(dict(kind='bin', data=x, ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename='%s.xlsx' % po))
    m = mail(rng, snd, [mailbox(s, rng)], L(lang, 'Bon de commande %s', 'Purchase order %s') % po, text, day, lang, attachments=atts)
    return R('purchase_order', 'purchase order for supplies', m)


# ---------------------------------------------------------------- N5
def n_hr_schedule(w, rng, lang):
    day = work_day(rng)
    s = rng.choice([sup('ambulance', rng), sup('nursing', rng), sup('adapted', rng)])
    snd = actor(w, s, lang)
    staff = [w.staff() for _ in range(rng.randrange(6, 12))]
    per = rng.randrange(1, 14)
    hdr = L(lang, ['Employé', 'Lun', 'Mar', 'Mer', 'Jeu', 'Ven', 'Sam', 'Dim'], ['Employee', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])
    shifts = ['J', 'S', 'N', '-', '-', 'J', 'S'] if lang == 'fr' else ['D', 'E', 'N', '-', '-', 'D', 'E']
    rows = [[n] + [rng.choice(shifts) for _ in range(7)] for n in staff]
    if rng.random() < 0.6:
        x = F.make_xlsx([(L(lang, 'Période %d', 'Period %d') % per, hdr, rows)], author=snd['name'])
        atts = [dict(kind='bin', data=x, ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                     filename=L(lang, 'horaire_periode_%d.xlsx', 'schedule_period_%d.xlsx') % per)]
        body = ''
    else:
        atts = []
        body = '\n'.join('%-24s %s' % (r[0], ' '.join(r[1:])) for r in rows) + '\n\n'
    text = L(lang, '%s\n\nVoici l\'horaire de la période %d. Les échanges de quarts doivent être approuvés par le coordonnateur au moins 48 h à l\'avance. '
                   'Légende : J = jour, S = soir, N = nuit.\n\n%s%s\n%s',
             '%s\n\nHere is the schedule for period %d. Shift swaps must be approved by the coordinator at least 48 h in advance. '
             'Legend: D = day, E = evening, N = night.\n\n%s%s\n%s') % (greet(rng, lang), per, body, closing(rng, lang), snd['sig'])
    to = [(L(lang, 'Équipe', 'Team'), 'equipe@%s' % s['dom'])]
    m = mail(rng, snd, to, L(lang, 'Horaire – période %d', 'Schedule - period %d') % per, text, day, lang, attachments=atts)
    return R('hr_schedule', 'staff shift schedule', m)


# ---------------------------------------------------------------- N6
def n_hr_leave(w, rng, lang):
    day = work_day(rng)
    org = rng.choice(SUPPLIERS + HOSPITALS)
    emp = actor(w, org, lang, org.get('kind', 'hospital'))
    boss = actor(w, org, lang, org.get('kind', 'hospital'))
    v = rng.randrange(4)
    if v == 0:
        d1 = later(day, rng.randrange(20, 90))
        text = L(lang, '%s\n\nJe souhaiterais prendre mes vacances du %s au %s inclusivement. Julie a accepté de couvrir mes dossiers.\n\nMerci!\n%s',
                 '%s\n\nI would like to take vacation from %s to %s inclusive. Coverage is arranged with my colleague.\n\nThanks!\n%s') % (
            greet(rng, lang, boss['name'].split()[0]), fdate(d1, lang), fdate(later(d1, 9), lang), emp['name'])
        subj = L(lang, 'Demande de vacances', 'Vacation request')
    elif v == 1:
        ill = rng.choice(L(lang, ['une gastro', 'une grippe', 'une migraine', 'une bronchite'], ['a stomach bug', 'the flu', 'a migraine', 'bronchitis']))
        text = L(lang, 'Bonjour %s,\n\nJe ne pourrai pas rentrer demain, j\'ai attrapé %s. Je t\'envoie le billet médical dès que possible.\n\n%s',
                 'Hi %s,\n\nI won\'t be in tomorrow, I caught %s. I will send the doctor\'s note as soon as I can.\n\n%s') % (
            boss['name'].split()[0], ill, emp['name'].split()[0])
        subj = L(lang, 'Absence demain', 'Off sick tomorrow')
    elif v == 2:
        who_ = w.staff()
        text = L(lang, '%s\n\nPour votre information, %s reviendra en retour progressif le %s à la suite de sa chirurgie au genou '
                       '(3 jours/semaine, pas de soulèvement de plus de 10 kg, selon le plan de la santé au travail). '
                       'Merci d\'en tenir compte dans la répartition des quarts.\n\n%s\n%s',
                 '%s\n\nFYI, %s will start a graduated return to work on %s after knee surgery (3 days/week, no lifting over 10 kg, '
                 'as per the occupational health plan). Please take this into account when assigning shifts.\n\n%s\n%s') % (
            greet(rng, lang), who_, fday(later(day, 7), lang), closing(rng, lang), boss['sig'])
        emp = boss
        subj = L(lang, 'Retour progressif – équipe', 'Graduated return to work - team')
    else:
        text = L(lang, '%s\n\nRappel : les demandes de congés pour la période des Fêtes doivent être soumises au plus tard le %s via le portail RH. '
                       'Les congés seront accordés par ancienneté.\n\n%s',
                 '%s\n\nReminder: holiday leave requests must be submitted by %s through the HR portal. Leave will be granted by seniority.\n\n%s') % (
            greet(rng, lang), fdate(later(day, 14), lang), boss['sig'])
        emp = boss
        subj = L(lang, 'Congés des Fêtes – date limite', 'Holiday leave - deadline')
    m = mail(rng, emp, [who(boss) if emp is not boss else (L(lang, 'Tout le personnel', 'All staff'), 'personnel@%s' % org['dom'])],
             subj, text, day, lang)
    return R('hr_leave', 'staff leave / employee health, no patient', m)


# ---------------------------------------------------------------- N7
def n_payroll(w, rng, lang):
    day = work_day(rng)
    org = rng.choice(SUPPLIERS)
    pay = actor(w, org, lang)
    pay['sig'] = signature(rng, pay['name'], L(lang, 'Technicienne en paie', 'Payroll technician'), org, lang)
    v = rng.randrange(3)
    text = [L(lang, '%s\n\nVos relevés de paie de la période se terminant le %s sont disponibles sur le portail employé. '
                    'La rétroactivité de la nouvelle convention (2,5 %%) sera versée sur la paie suivante.\n\n%s',
              '%s\n\nPay stubs for the period ending %s are available on the employee portal. The retro pay from the new agreement (2.5%%) '
              'will be included on the next pay.\n\n%s'),
            L(lang, '%s\n\nLes feuillets T4 et Relevé 1 sont maintenant disponibles (période se terminant le %s). Aucun envoi papier cette année.\n\n%s',
              '%s\n\nT4 and RL-1 slips are now available (period ending %s). No paper copies this year.\n\n%s'),
            L(lang, '%s\n\nLes heures supplémentaires de la période se terminant le %s doivent être approuvées dans Kronos avant mardi midi.\n\n%s',
              '%s\n\nOvertime for the period ending %s must be approved in Kronos by Tuesday noon.\n\n%s')][v] % (
        greet(rng, lang), fdate(day - datetime.timedelta(days=day.weekday() + 2), lang), pay['sig'])
    subj = [L(lang, 'Relevés de paie disponibles', 'Pay stubs available'), L(lang, 'T4 / Relevé 1', 'T4 / RL-1 slips'),
            L(lang, 'Approbation des heures supplémentaires', 'Overtime approval')][v]
    m = mail(rng, pay, [(L(lang, 'Tous les employés', 'All employees'), 'tous@%s' % org['dom'])], subj, text, day, lang)
    return R('payroll', 'payroll notice', m)


# ---------------------------------------------------------------- N8
def n_job_posting(w, rng, lang):
    day = work_day(rng)
    org = rng.choice(SUPPLIERS + HOSPITALS)
    hr = actor(w, org, lang, org.get('kind', 'hospital'))
    hr['sig'] = signature(rng, hr['name'], L(lang, 'Conseillère en acquisition de talents', 'Talent acquisition advisor'), org, lang)
    job = rng.choice(L(lang, [('Inhalothérapeute – soins à domicile', 'évaluer et installer l\'oxygénothérapie chez les clients MPOC et en fibrose pulmonaire'),
                              ('Paramédic en soins primaires', 'répondre aux appels urgents et aux transferts interétablissements'),
                              ('Infirmière clinicienne – dialyse à domicile', 'former les patients à la dialyse péritonéale et à l\'hémodialyse à domicile'),
                              ('Répartiteur(trice) transport adapté', 'planifier les courses et assurer le lien avec les établissements'),
                              ('Technicien(ne) en aides techniques', 'livrer, installer et entretenir lits, lève-personnes et fauteuils')],
                       [('Respiratory Therapist - Home Care', 'assess and set up oxygen therapy for clients with COPD and pulmonary fibrosis'),
                        ('Primary Care Paramedic', 'respond to emergency calls and interfacility transfers'),
                        ('Clinical Nurse - Home Dialysis', 'train patients on peritoneal and home hemodialysis'),
                        ('Adapted Transit Dispatcher', 'schedule rides and liaise with facilities'),
                        ('Equipment Technician', 'deliver, install and maintain beds, lifts and wheelchairs')]))
    sal = rng.randrange(26, 48)
    text = L(lang, 'AFFICHAGE DE POSTE\n\n%s – %s\n\nRôle : %s.\nStatut : temps complet permanent, 37,5 h/semaine\nSalaire : %d,00 $ à %d,00 $/h selon expérience\n'
                   'Exigences : permis valide, membre en règle de l\'ordre professionnel s\'il y a lieu, bilinguisme un atout.\n\n'
                   'Faites parvenir votre CV à carrieres@%s avant le %s.\n\n%s',
             'JOB POSTING\n\n%s - %s\n\nRole: %s.\nStatus: permanent full time, 37.5 h/week\nPay: $%d.00 to $%d.00/h depending on experience\n'
             'Requirements: valid licence, member in good standing of the professional order where applicable, bilingualism an asset.\n\n'
             'Send your resume to carrieres@%s before %s.\n\n%s') % (
        job[0], oname(org, lang), job[1], sal, sal + 9, org['dom'], fdate(later(day, 21), lang), hr['sig'])
    m = mail(rng, hr, [(L(lang, 'Liste de diffusion RH', 'HR mailing list'), 'rh-diffusion@%s' % org['dom'])],
             L(lang, 'Affichage : %s', 'Posting: %s') % job[0], text, day, lang)
    return R('job_posting', 'job posting', m)


# ---------------------------------------------------------------- N9
def n_it_notice(w, rng, lang):
    day = work_day(rng)
    org = rng.choice(SUPPLIERS + HOSPITALS)
    it = ('%s' % L(lang, 'Soutien informatique', 'IT Service Desk'), 'soutien.ti@%s' % org['dom'])
    v = rng.randrange(5)
    d = later(day, rng.randrange(2, 9))
    text = [L(lang, 'Le portail de réservation des transports sera indisponible le %s de 22h à 2h pour une mise à jour. '
                    'Les demandes urgentes doivent être faites par téléphone au %s pendant cette période.',
              'The transport booking portal will be unavailable on %s from 10 p.m. to 2 a.m. for an upgrade. Urgent requests must be made by phone at %s during that window.'),
            L(lang, 'Tentative d\'hameçonnage en cours : un courriel prétendant provenir de « Facturation RAMQ » demande de cliquer sur un lien. '
                    'Ne cliquez pas et signalez-le au soutien. (Avis du %s, ligne d\'aide %s)',
              'Phishing attempt in progress: an e-mail claiming to come from "RAMQ Billing" asks you to click a link. Do not click; report it to the '
              'service desk. (Notice of %s, help line %s)'),
            L(lang, 'À compter du %s, l\'authentification multifacteur sera obligatoire pour la messagerie à distance. Guide disponible sur l\'intranet; aide : %s.',
              'Starting %s, multi-factor authentication will be mandatory for remote e-mail. Guide on the intranet; help: %s.'),
            L(lang, 'Migration des télécopieurs vers la télécopie numérique le %s. Les numéros ne changent pas. Questions : %s.',
              'Fax machines move to e-fax on %s. Numbers do not change. Questions: %s.'),
            L(lang, 'Les mots de passe doivent désormais comporter 14 caractères. Vous serez invité à le changer à votre prochaine connexion après le %s. Soutien : %s.',
              'Passwords must now be 14 characters. You will be prompted to change yours at your next login after %s. Support: %s.')][v] % (fday(d, lang), phone(rng))
    subj = [L(lang, 'Interruption planifiée – portail de réservation', 'Planned outage - booking portal'), L(lang, 'ALERTE hameçonnage', 'PHISHING alert'),
            L(lang, 'Authentification multifacteur', 'Multi-factor authentication'), L(lang, 'Télécopie numérique', 'E-fax migration'),
            L(lang, 'Nouvelle politique de mots de passe', 'New password policy')][v]
    m = mail(rng, it, [(L(lang, 'Tous les utilisateurs', 'All users'), 'tous@%s' % org['dom'])], subj,
             '%s\n\n%s\n\n%s' % (greet(rng, lang), text, L(lang, 'L\'équipe TI', 'The IT team')), day, lang)
    return R('it_notice', 'IT notice', m)


# ---------------------------------------------------------------- N10
def n_facilities(w, rng, lang):
    day = work_day(rng)
    h = rng.choice(HOSPITALS)
    fac = (L(lang, 'Services techniques', 'Facilities'), 'services.techniques@%s' % h['dom'])
    v = rng.randrange(5)
    d = later(day, rng.randrange(2, 12))
    text = [L(lang, 'En raison des travaux de réfection du débarcadère des ambulances, l\'entrée de l\'urgence sera déplacée vers la porte B '
                    'à compter du %s. Les transporteurs adaptés utiliseront temporairement l\'entrée principale.',
              'Because of repairs to the ambulance bay, the ED entrance will move to door B starting %s. Adapted transit vehicles will '
              'temporarily use the main entrance.'),
            L(lang, 'L\'ascenseur no 3 (pavillon Sud) sera hors service le %s. Prévoir du temps supplémentaire pour les transferts en civière.',
              'Elevator 3 (South wing) will be out of service on %s. Allow extra time for stretcher transfers.'),
            L(lang, 'Exercice d\'évacuation incendie prévu le %s en matinée. Les livraisons au quai seront suspendues 30 minutes.',
              'Fire evacuation drill planned on %s in the morning. Dock deliveries will be paused for 30 minutes.'),
            L(lang, 'Déneigement du stationnement P2 le %s à compter de 23h : les véhicules des fournisseurs doivent être déplacés au P4.',
              'Snow removal in parking P2 on %s from 11 p.m.: supplier vehicles must move to P4.'),
            L(lang, 'La salle d\'entreposage des bouteilles d\'oxygène (local B-014) sera réaménagée le %s. Les livraisons se feront au local B-020.',
              'The oxygen cylinder storage room (B-014) will be reorganised on %s. Deliveries will go to room B-020.')][v] % fday(d, lang)
    m = mail(rng, fac, [(L(lang, 'Fournisseurs et partenaires', 'Suppliers and partners'), 'partenaires@%s' % h['dom'])],
             [L(lang, 'Débarcadère ambulances – travaux', 'Ambulance bay - construction'), L(lang, 'Ascenseur 3 hors service', 'Elevator 3 out of service'),
              L(lang, 'Exercice d\'évacuation', 'Fire drill'), L(lang, 'Déneigement P2', 'Snow removal P2'),
              L(lang, 'Entreposage O2 – changement de local', 'O2 storage - room change')][v],
             '%s\n\n%s\n\n%s\n%s' % (greet(rng, lang), text, closing(rng, lang), L(lang, 'Services techniques – ', 'Facilities - ') + oname(h, lang)), day, lang)
    return R('facilities', 'facilities notice', m)


# ---------------------------------------------------------------- N18
def n_tender_contract(w, rng, lang):
    day = work_day(rng)
    h = rng.choice(HOSPITALS)
    snd = actor(w, h, lang, 'hospital')
    snd['sig'] = signature(rng, snd['name'], L(lang, 'Conseiller en gestion contractuelle', 'Contract management advisor'), h, lang)
    s = any_supplier(rng)
    ao = '%d-%03d' % (day.year, rng.randrange(1, 300))
    v = rng.randrange(3)
    text = [L(lang, '%s\n\nL\'appel d\'offres public %s (services de %s, 3 ans + 2 options d\'un an) est publié sur le SEAO. '
                    'Date limite de dépôt des soumissions : %s, 14h. Une visite facultative des installations aura lieu le %s.\n\n%s',
              '%s\n\nPublic tender %s (%s services, 3 years + two 1-year options) is posted on SEAO. Submission deadline: %s, 2 p.m. '
              'An optional site visit will take place on %s.\n\n%s'),
            L(lang, '%s\n\nNotre contrat de %s (no %s) arrive à échéance le %s. Nous souhaitons exercer l\'option de renouvellement; '
                    'merci de nous transmettre votre grille tarifaire indexée avant le %s.\n\n%s',
              '%s\n\nOur %s contract (no. %s) expires on %s. We intend to exercise the renewal option; please send your indexed rate sheet '
              'before %s.\n\n%s'),
            L(lang, '%s\n\nSuite à l\'analyse des soumissions pour les services de %s (AO %s), le contrat est octroyé au plus bas soumissionnaire conforme. '
                    'Les résultats seront publiés le %s; la rencontre de démarrage aura lieu le %s.\n\n%s',
              '%s\n\nFollowing evaluation of bids for %s services (tender %s), the contract is awarded to the lowest compliant bidder. '
              'Results will be published on %s; the kickoff meeting is on %s.\n\n%s')][v]
    svc = {'ambulance': L(lang, 'transport ambulancier interétablissements', 'interfacility ambulance transport'),
           'adapted': L(lang, 'transport adapté', 'adapted transport'), 'oxygen': L(lang, 'oxygénothérapie à domicile', 'home oxygen'),
           'dialysis': L(lang, 'fournitures de dialyse à domicile', 'home dialysis supplies'),
           'rental': L(lang, 'location d\'équipements médicaux', 'medical equipment rental'),
           'nursing': L(lang, 'soins infirmiers à domicile', 'home nursing')}[s['kind']]
    if v == 1:
        text = text % (greet(rng, lang), svc, ao, fdate(later(day, 60), lang), fdate(later(day, 20), lang), snd['sig'])
    else:
        text = text % (greet(rng, lang), ao if v == 0 else svc, svc if v == 0 else ao, fdate(later(day, 30), lang), fdate(later(day, 10), lang), snd['sig'])
    m = mail(rng, snd, [who(actor(w, s, lang))], L(lang, 'Appel d\'offres %s', 'Tender %s') % ao if v != 1 else L(lang, 'Renouvellement de contrat', 'Contract renewal'),
             text, day, lang)
    return R('tender_contract', 'tender / contract administration', m)


# ---------------------------------------------------------------- N19
_VIN_MAP = {c: v for c, v in zip('ABCDEFGHJKLMNPRSTUVWXYZ', [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
_VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def make_vin(rng):
    chars = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
    v = list(rng.choice(['1FD', '1GB', '3C6', '1FT', 'WD3']) + ''.join(rng.choice(chars) for _ in range(5)) + '0' +
             rng.choice('PRS') + rng.choice('ABCDEFGH') + ''.join(rng.choice('0123456789') for _ in range(6)))
    tot = sum((int(c) if c.isdigit() else _VIN_MAP[c]) * wt for c, wt in zip(v, _VIN_W))
    v[8] = 'X' if tot % 11 == 10 else str(tot % 11)
    return ''.join(v)


def n_fleet_maintenance(w, rng, lang):
    day = work_day(rng)
    s = rng.choice([sup('ambulance', rng), sup('adapted', rng)])
    snd = actor(w, s, lang)
    snd['sig'] = signature(rng, snd['name'], L(lang, 'Responsable de la flotte', 'Fleet manager'), s, lang)
    rows = []
    for i in range(rng.randrange(4, 8)):
        rows.append(['%d-%02d' % (rng.randrange(1, 9), rng.randrange(10, 99)), make_vin(rng), rng.choice(['Ford E-450', 'Ram ProMaster', 'Ford Transit', 'Chevrolet Express']),
                     '%d km' % rng.randrange(40000, 380000), rng.choice(L(lang, ['inspection SAAQ', 'freins', 'pneus d\'hiver', 'hayon élévateur', 'climatisation'],
                                                                        ['SAAQ inspection', 'brakes', 'winter tires', 'wheelchair lift', 'A/C']))])
    hdr = L(lang, ['Unité', 'NIV', 'Modèle', 'Odomètre', 'Entretien'], ['Unit', 'VIN', 'Model', 'Odometer', 'Service'])
    text = L(lang, '%s\n\nVoici les véhicules qui seront hors service pour entretien la semaine du %s. La capacité sera réduite de %d véhicules; '
                   'merci d\'ajuster les réservations non urgentes.\n\n%s\n\n%s',
             '%s\n\nThese vehicles will be out for maintenance the week of %s. Capacity will be reduced by %d vehicles; please adjust non-urgent bookings.\n\n%s\n\n%s') % (
        greet(rng, lang), fdate(later(day, 7), lang), len(rows), '\n'.join(' | '.join(r) for r in rows), snd['sig'])
    h = rng.choice(HOSPITALS)
    m = mail(rng, snd, [(L(lang, 'Coordination des transports', 'Transport coordination'), 'coordination.transport@%s' % h['dom'])],
             L(lang, 'Entretien de la flotte – semaine du %s', 'Fleet maintenance - week of %s') % fdate(later(day, 7), lang, 1), text, day, lang)
    if rng.random() < 0.5:
        m['html'] = M.text_to_html(text.split('\n\n')[0] + '\n\n' + text.split('\n\n')[1], rng).replace(
            '</body>', M.html_table(hdr, rows) + '\n<p>' + snd['sig'].replace('\n', '<br>\n') + '</p>\n</body>')
        m['form'] = rng.choice(['html', 'alt'])
    return R('fleet_maintenance', 'fleet maintenance list with VINs and unit numbers', m)


# ---------------------------------------------------------------- N23
def n_price_list(w, rng, lang):
    day = work_day(rng)
    s = rng.choice([sup('rental', rng), sup('oxygen', rng)])
    snd = actor(w, s, lang)
    items = {'rental': L(lang, ['Lit électrique semi-fowler', 'Lit électrique complet', 'Matelas à air alterné', 'Lève-personne mobile',
                                'Fauteuil roulant standard', 'Fauteuil gériatrique', 'Chaise d\'aisance'],
                         ['Semi-electric bed', 'Full-electric bed', 'Alternating air mattress', 'Mobile patient lift', 'Standard wheelchair',
                          'Geriatric chair', 'Commode']),
             'oxygen': L(lang, ['Concentrateur 5 L', 'Concentrateur 10 L', 'Concentrateur portable', 'Bouteille E', 'Bouteille M6', 'Oxymètre'],
                         ['5 L concentrator', '10 L concentrator', 'Portable concentrator', 'E cylinder', 'M6 cylinder', 'Oximeter'])}[s['kind']]
    rows = [[it, 'ART-%04d' % rng.randrange(10000), '%.2f' % rng.uniform(3, 25), '%.2f' % rng.uniform(60, 400)] for it in items]
    hdr = L(lang, ['Article', 'Code', 'Tarif/jour ($)', 'Tarif/mois ($)'], ['Item', 'Code', 'Daily rate ($)', 'Monthly rate ($)'])
    x = F.make_xlsx([(L(lang, 'Tarifs %d', 'Rates %d') % (day.year + 1), hdr, rows)], author=snd['name'])
    text = L(lang, '%s\n\nVous trouverez ci-joint notre grille tarifaire %d, en vigueur le 1er avril. Hausse moyenne de 3,1 %%.\n\n%s\n%s',
             '%s\n\nAttached is our %d rate sheet, effective April 1. Average increase 3.1%%.\n\n%s\n%s') % (
        greet(rng, lang), day.year + 1, closing(rng, lang), snd['sig'])
    h = rng.choice(HOSPITALS)
    m = mail(rng, snd, [(L(lang, 'Approvisionnement', 'Procurement'), 'approvisionnement@%s' % h['dom'])],
             L(lang, 'Grille tarifaire %d', '%d rate sheet') % (day.year + 1), text, day, lang,
             attachments=[dict(kind='bin', data=x, ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                               filename=L(lang, 'Grille_tarifaire_%d.xlsx', 'Rates_%d.xlsx') % (day.year + 1))])
    return R('price_list', 'rental price list spreadsheet', m)


# ---------------------------------------------------------------- N24
def n_supplier_contact(w, rng, lang):
    day = work_day(rng)
    s = any_supplier(rng)
    rep = actor(w, s, lang)
    title = L(lang, 'Directeur(trice) de comptes', 'Account manager')
    g, sn = rep['name'].split(' ', 1)
    ph = phone(rng)
    vc = F.make_vcard(rep['name'], g, sn, org=oname(s, lang), title=title, tels=[('WORK', ph), ('CELL', phone(rng))], emails=[rep['addr']],
                      adr=('WORK', s['addr'].split(',')[0], 'Montréal', 'QC', '', 'Canada'))
    h = rng.choice(HOSPITALS + CLINICS)
    text = L(lang, '%s\n\nJe me présente : je suis votre nouvelle personne-ressource chez %s pour le territoire de %s. '
                   'Vous trouverez ma carte de visite ci-jointe. N\'hésitez pas à me contacter pour toute question concernant vos comptes.\n\n%s\n%s',
             '%s\n\nLet me introduce myself: I am your new contact at %s for the %s territory. My business card is attached. Feel free to reach out '
             'with any account questions.\n\n%s\n%s') % (greet(rng, lang), oname(s, lang), oname(h, lang), closing(rng, lang), rep['sig'])
    m = mail(rng, rep, [who(actor(w, h, lang, 'hospital'))], L(lang, 'Nouvelle personne-ressource', 'Your new account manager'), text, day, lang,
             attachments=[dict(kind='text', text=vc, ctype='text/vcard', filename='%s.vcf' % ascii_fname(rep['name']), charset='utf-8')])
    return R('supplier_contact', 'supplier account manager introduction with business vCard', m)


# ---------------------------------------------------------------- N27
def n_quoted_admin_thread(w, rng, lang):
    day = work_day(rng)
    s = any_supplier(rng)
    a = actor(w, s, lang)
    h = rng.choice(HOSPITALS)
    b = actor(w, h, lang, 'hospital')
    inv = '%s-%d' % (s['key'].upper(), rng.randrange(10000, 99999))
    v = rng.randrange(3)
    first = [L(lang, '%s\n\nNotre facture %s est en souffrance depuis 60 jours. Pouvez-vous vérifier son statut?\n\n%s',
               '%s\n\nOur invoice %s is 60 days past due. Could you check its status?\n\n%s'),
             L(lang, '%s\n\nPouvons-nous déplacer notre rencontre trimestrielle (suivi du contrat, facture %s) à la semaine prochaine?\n\n%s',
               '%s\n\nCan we move our quarterly meeting (contract follow-up, invoice %s) to next week?\n\n%s'),
             L(lang, '%s\n\nLe bon de commande associé à la facture %s semble fermé dans notre système. Pouvez-vous en émettre un nouveau?\n\n%s',
               '%s\n\nThe PO linked to invoice %s appears closed on our side. Could you issue a new one?\n\n%s')][v] % (greet(rng, lang), inv, a['sig'])
    m1 = mail(rng, a, [b], [L(lang, 'Facture %s en souffrance', 'Invoice %s overdue'), L(lang, 'Rencontre trimestrielle', 'Quarterly meeting'),
                            L(lang, 'BC fermé – facture %s', 'Closed PO - invoice %s')][v].replace('%s', inv), first, day, lang)
    second = [L(lang, 'Bonjour,\n\nLa facture a été approuvée hier; le paiement sortira avec le lot de vendredi.\n\n%s',
                'Hi,\n\nThe invoice was approved yesterday; payment goes out with Friday\'s run.\n\n%s'),
              L(lang, 'Bonjour,\n\nMardi 10h fonctionnerait pour nous. Je réserve la salle 2.104.\n\n%s', 'Hi,\n\nTuesday 10 a.m. works for us. I will book room 2.104.\n\n%s'),
              L(lang, 'Bonjour,\n\nNouveau BC émis : BC-%d.\n\n%s' % (rng.randrange(450000, 459999), '%s'),
                'Hi,\n\nNew PO issued: PO-%d.\n\n%s' % (rng.randrange(450000, 459999), '%s'))][v] % b['sig']
    d2 = later(day, 1)
    m2 = mail(rng, b, [a], re_subj(m1['subject'], lang, rng), second + '\n\n' + reply(rng, m1), d2, lang)
    if rng.random() < 0.5:
        third = L(lang, 'Parfait, merci beaucoup!\n\n%s', 'Perfect, thanks a lot!\n\n%s') % a['name'].split()[0]
        m3 = mail(rng, a, [b], re_subj(m2['subject'], lang, rng) if not m2['subject'].lower().startswith('re') else m2['subject'],
                  third + '\n\n' + reply(rng, m2), later(d2, 1), lang)
        return R('quoted_admin_thread', 'administrative reply chain with quoted history', m3)
    return R('quoted_admin_thread', 'administrative reply chain with quoted history', m2)
