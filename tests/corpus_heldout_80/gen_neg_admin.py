"""Non-confidential messages, part 2: staff, suppliers, IT, facilities, committees, newsletters."""
import datetime

from gen_attach import ics_part, pdf_part, vcard_part, xlsx_part
from gen_common import ROLES, luhn_complete, phone, role_title
from gen_style import close, greet, join, quote_block, signature, when_str
from gen_tmpl import result, who_addr

D = datetime.timedelta


def neg(c, cat, note, spec):
    return result(c, cat, note, None, spec)


def clinic_schedule(c):
    m = c.staff(c.pick(['manager', 'admin']))
    dt = c.when()
    monday = dt.date() + D(days=(7 - dt.weekday()) % 7 or 7)
    roles = c.pick([['rei', 'ivfnurse', 'embryo'], ['idmd', 'shnurse'], ['geneticist', 'gc', 'mfm', 'sono']])
    rows = [[c.t('Jour', 'Day'), c.t('AM', 'AM'), c.t('PM', 'PM'), c.t('Garde', 'On call')]]
    for i in range(5):
        d = monday + D(days=i)
        rows.append([c.day(d), c.staff(c.pick(roles)).full, c.staff(c.pick(roles)).full,
                     c.staff(roles[0]).display(c.lang)])
    k = c.rng.randrange(3)
    atts, tables = [], None
    if k == 0:
        atts = [xlsx_part(c.rng, c.t('Horaire_semaine_%s.xlsx', 'Schedule_week_%s.xlsx') % monday.strftime('%Y%m%d'),
                          [(c.t('Horaire', 'Schedule'), rows)], author=m.full)]
        txt = c.t('Horaire de la semaine prochaine ci-joint.', 'Next week\'s schedule attached.')
    elif k == 1:
        tables = [rows]
        txt = c.t('Horaire de la semaine du %s :\n\n@@TABLE0' % c.date(monday, 2), 'Schedule for the week of %s:\n\n@@TABLE0' % c.date(monday, 2))
    else:
        s = c.staff(roles[0])
        txt = c.t('%s sera en congé du %s au %s ; la clinique du mardi PM est annulée et les patientes seront redistribuées '
                  'par le secrétariat.' % (s.display('fr'), c.date(monday, 2), c.date(monday + D(days=4), 2)),
                  '%s will be on leave %s to %s; Tuesday PM clinic is cancelled and the desk will rebook patients.'
                  % (s.display('en'), c.date(monday, 2), c.date(monday + D(days=4), 2)))
    body = join(greet(c), txt, close(c), signature(c, m))
    spec = {'from': who_addr(c, m), 'to': [('Équipe', 'equipe.cliniques@chuboreal.example')], 'date': dt, 'body': body,
            'attachments': atts, 'tables': tables, 'form': c.pick(['alt', 'html']) if tables else None,
            'subject': c.t('Horaire semaine du %s', 'Schedule week of %s') % c.date(monday, 0)}
    return neg(c, 'clinic_schedule', 'staff clinic schedule / on-call roster', spec)


def hr_leave(c):
    hr = c.staff('hr')
    emp = c.staff(c.pick(['ivfnurse', 'shnurse', 'clerk', 'labtech', 'gc']))
    dt = c.when()
    k = c.rng.randrange(3)
    if k == 0:
        body = join(greet(c, emp.given),
                    c.t('Votre demande de congé (vacances) du %s au %s est approuvée. Solde restant : %d jours.'
                        % (c.date(dt.date() + D(days=30), 2), c.date(dt.date() + D(days=44), 2), c.rng.randint(2, 15)),
                        'Your vacation request from %s to %s is approved. Remaining balance: %d days.'
                        % (c.date(dt.date() + D(days=30), 2), c.date(dt.date() + D(days=44), 2), c.rng.randint(2, 15))),
                    close(c), signature(c, hr))
        subj = c.t('Congé approuvé', 'Leave approved')
    elif k == 1:
        body = join(greet(c),
                    c.t('Affichage des postes pour la période estivale : les choix de vacances doivent être saisis dans Logibec '
                        'avant le %s. Priorité selon l\'ancienneté.' % c.date(dt.date() + D(days=21), 2),
                        'Summer vacation bidding: enter your choices in Logibec before %s. Seniority applies.'
                        % c.date(dt.date() + D(days=21), 2)),
                    close(c), signature(c, hr))
        subj = c.t('Choix de vacances d\'été', 'Summer vacation bidding')
    else:
        body = join(greet(c, emp.given),
                    c.t('Rappel : votre évaluation annuelle de rendement est prévue le %s avec votre gestionnaire. '
                        'Merci de remplir l\'auto-évaluation.' % c.date(dt.date() + D(days=10), 2),
                        'Reminder: your annual performance review is on %s with your manager. Please complete the self-assessment.'
                        % c.date(dt.date() + D(days=10), 2)),
                    signature(c, hr))
        subj = c.t('Évaluation annuelle', 'Annual review')
    spec = {'from': who_addr(c, hr), 'to': [who_addr(c, emp)] if k != 1 else [('Personnel', 'personnel.femme-enfant@chuboreal.example')],
            'date': dt, 'body': body, 'subject': subj}
    return neg(c, 'hr_leave', 'HR leave / staff administration', spec)


def payroll(c):
    hr = c.staff('hr')
    dt = c.when()
    body = join(greet(c),
                c.t('Le dépôt de la paie de la période %d sera effectué le %s. Les relevés sont disponibles dans le portail '
                    'employé. Correction de la prime de soir rétroactive au %s.' % (c.rng.randint(1, 26), c.date(dt.date() + D(days=3), 2),
                                                                                    c.date(dt.date() - D(days=40), 2)),
                    'Pay for period %d will be deposited on %s. Stubs are in the employee portal. Evening premium correction '
                    'retroactive to %s.' % (c.rng.randint(1, 26), c.date(dt.date() + D(days=3), 2), c.date(dt.date() - D(days=40), 2))),
                c.t('Questions : service de la paie, poste 4410.', 'Questions: payroll, ext. 4410.'), close(c), signature(c, hr))
    spec = {'from': ('Service de la paie', 'paie@chuboreal.example'), 'to': [('Tout le personnel', 'tous@chuboreal.example')],
            'date': dt, 'body': body, 'subject': c.t('Paie — période', 'Payroll — period')}
    return neg(c, 'payroll', 'payroll notice', spec)


def job_posting(c):
    hr = c.staff('hr')
    dt = c.when()
    job = c.pick([(c.t('Conseiller(ère) en génétique', 'Genetic counsellor'), c.t('Maîtrise en conseil génétique, certification CAGC/ABGC', 'MSc genetic counselling, CAGC/ABGC certification')),
                  (c.t('Infirmière clinicienne — santé sexuelle', 'Clinical nurse — sexual health'), c.t('BAC, droit de prescrire (contraception, ITSS)', 'BScN, prescribing rights (contraception, STIs)')),
                  (c.t('Embryologiste', 'Embryologist'), c.t('Expérience ICSI, vitrification, ESHRE souhaitée', 'ICSI and vitrification experience, ESHRE preferred')),
                  (c.t('Technologiste médical(e) — génétique moléculaire', 'Medical technologist — molecular genetics'), c.t('OPTMQ, expérience NGS', 'OPTMQ, NGS experience'))])
    body = join(greet(c),
                c.t('Affichage interne n° %d-%03d : %s, temps complet permanent, jour.' % (dt.year, c.rng.randint(1, 400), job[0]),
                    'Internal posting #%d-%03d: %s, full-time permanent, days.' % (dt.year, c.rng.randint(1, 400), job[0])),
                c.t('Exigences : ', 'Requirements: ') + job[1],
                c.t('Échelle salariale selon la convention collective. Date limite : %s.' % c.date(dt.date() + D(days=14), 2),
                    'Salary per collective agreement. Deadline: %s.' % c.date(dt.date() + D(days=14), 2)),
                signature(c, hr))
    spec = {'from': who_addr(c, hr), 'to': [('Tout le personnel', 'tous@chuboreal.example')], 'date': dt, 'body': body,
            'subject': c.t('Affichage de poste : ', 'Job posting: ') + job[0]}
    return neg(c, 'job_posting', 'internal job posting', spec)


SUPPLIERS = [('BioCulture Médical inc.', 'biocultmed.example'), ('Labo-Fournitures Québec', 'labofournitures.example'),
             ('CryoLogix Canada', 'cryologix.example'), ('GenSeq Reagents Ltd.', 'genseq-reagents.example')]


def invoice_po(c):
    buyer = c.staff(c.pick(['manager', 'admin', 'embryo']))
    sup = c.pick(SUPPLIERS)
    dt = c.when()
    items = c.pick([[('Milieu de culture séquentiel G-1/G-2, 30 mL', 'Sequential culture medium G-1/G-2, 30 mL', 12, 184.50),
                     ('Pipettes ICSI 35°', 'ICSI pipettes 35°', 40, 22.10), ('Huile de paraffine 100 mL', 'Paraffin oil 100 mL', 6, 96.00)],
                    [('Trousse NGS cfDNA 96 tests', 'cfDNA NGS kit 96 tests', 2, 8450.00), ('Tubes Streck BCT (100)', 'Streck BCT tubes (100)', 10, 310.00)],
                    [('Azote liquide — remplissage réservoir', 'Liquid nitrogen — tank refill', 1, 1290.00), ('Paillettes CBS 0,3 mL (500)', 'CBS straws 0.3 mL (500)', 3, 405.00)]])
    po = 'BC-%d' % c.rng.randint(4500000, 4599999)
    rows = [[c.t('Article', 'Item'), c.t('Qté', 'Qty'), c.t('Prix unitaire', 'Unit price'), c.t('Total', 'Total'), c.t('Lot', 'Lot')]]
    total = 0
    for fr, en, q, p in items:
        rows.append([c.t(fr, en), q, '%.2f' % p, '%.2f' % (q * p), luhn_complete(c.rng, str(c.rng.randint(1, 9)), 9)])
        total += q * p
    lines = ['##' + c.t('Facture', 'Invoice') + ' %s' % c.rng.randint(100000, 999999), sup[0],
             c.t('Bon de commande : ', 'PO: ') + po, ''] + ['%s | %s | %s | %s | lot %s' % tuple(r) for r in rows[1:]] + \
            ['', 'TPS/GST 5 %%: %.2f  TVQ/QST 9,975 %%: %.2f' % (total * 0.05, total * 0.09975),
             'Total : %.2f $' % (total * 1.14975)]
    atts = [pdf_part(c.rng, 'Facture_%s.pdf' % po, lines, title=c.t('Facture', 'Invoice'), author=sup[0])] if c.chance(0.6) else \
        [xlsx_part(c.rng, 'BC_%s.xlsx' % po, [('BC', rows)], author=buyer.full)]
    body = join(greet(c), c.t('Facture reçue pour le bon de commande %s ; réception conforme, à payer.' % po,
                              'Invoice received for PO %s; goods received in full, OK to pay.' % po),
                close(c), signature(c, buyer))
    spec = {'from': who_addr(c, buyer), 'to': [('Comptes fournisseurs', 'comptes.fournisseurs@chuboreal.example')],
            'date': dt, 'body': body, 'attachments': atts, 'subject': c.t('Facture à payer — %s', 'Invoice to pay — %s') % po}
    return neg(c, 'invoice_po', 'supplier invoice / purchase order with lot numbers', spec)


def supplier_recall(c):
    sup = c.pick(SUPPLIERS)
    q = c.staff('quality')
    dt = c.when()
    prod = c.pick([(c.t('milieu de culture G-2 PLUS', 'G-2 PLUS culture medium'), c.t('endotoxines au-dessus de la spécification', 'endotoxin above specification')),
                   (c.t('tests de grossesse urinaires hCG', 'urine hCG pregnancy tests'), c.t('faux négatifs à faible concentration', 'false negatives at low concentration')),
                   (c.t('écouvillons de prélèvement TAAN', 'NAAT collection swabs'), c.t('stérilité non garantie', 'sterility not assured'))])
    lots = ', '.join(luhn_complete(c.rng, str(c.rng.randint(1, 9)), c.pick([9, 10])) for _ in range(c.rng.randint(1, 3)))
    body = join(greet(c),
                c.t('Avis de rappel (classe II) de %s : %s, lots %s — %s.' % (sup[0], prod[0], lots, prod[1]),
                    'Recall notice (Class II) from %s: %s, lots %s — %s.' % (sup[0], prod[0], lots, prod[1])),
                c.t('Action : retirer les lots visés, les mettre en quarantaine et remplir le formulaire de réponse avant vendredi. '
                    'Aucun impact clinique rapporté à ce jour.',
                    'Action: remove affected lots, quarantine them and return the response form by Friday. No clinical impact reported to date.'),
                close(c), signature(c, q))
    spec = {'from': who_addr(c, q), 'to': [('Gestionnaires de stock', 'stocks.labo@chuboreal.example')], 'date': dt,
            'body': body, 'subject': c.t('RAPPEL fournisseur — ', 'Supplier RECALL — ') + prod[0], 'importance': 'high'}
    return neg(c, 'supplier_recall', 'supplier recall notice with lot numbers', spec)


def drug_shortage(c):
    ph = c.staff('pharm')
    dt = c.when()
    drug = c.pick([('Bicillin L-A (benzathine pénicilline G) 2,4 M UI', 'Bicillin L-A (benzathine penicillin G) 2.4 MU',
                    c.t('Réserver aux cas de syphilis chez les femmes enceintes ; doxycycline 14 j pour les autres.',
                        'Reserve for syphilis in pregnancy; doxycycline 14 days for others.')),
                   ('Menopur 75 UI', 'Menopur 75 IU', c.t('Substituer par Gonal-f + hCG faible dose selon le protocole.',
                                                          'Substitute Gonal-f + low-dose hCG per protocol.')),
                   ('Cetrotide 0,25 mg', 'Cetrotide 0.25 mg', c.t('Utiliser Orgalutran 0,25 mg (équivalent).', 'Use Orgalutran 0.25 mg (equivalent).'))])
    body = join(greet(c),
                c.t('Rupture d\'approvisionnement : %s, retour prévu dans environ %d semaines.' % (drug[0], c.rng.randint(3, 12)),
                    'Supply shortage: %s, expected back in about %d weeks.' % (drug[1], c.rng.randint(3, 12))),
                c.t('Recommandation du comité de pharmacologie : ', 'P&T committee recommendation: ') + drug[2],
                close(c), signature(c, ph))
    spec = {'from': who_addr(c, ph), 'to': [('Prescripteurs', 'prescripteurs@chuboreal.example')], 'date': dt, 'body': body,
            'subject': c.t('Pénurie — ', 'Shortage — ') + c.t(drug[0], drug[1])}
    return neg(c, 'drug_shortage', 'drug shortage notice', spec)


def it_notice(c):
    it = c.staff('it')
    dt = c.when()
    sysname = c.pick(['Cristal-Net', 'DCI Oacis', 'SoftLab', 'Logibec', 'Teams', 'le portail de résultats', 'ARIA'])
    when = dt.date() + D(days=c.rng.randint(2, 10))
    atts = []
    k = c.rng.randrange(3)
    if k == 0:
        body = join(greet(c),
                    c.t('Interruption planifiée de %s le %s de 22 h à 2 h pour mise à jour. Procédure dégradée : requêtes papier.'
                        % (sysname, c.date(when, 2)),
                        'Planned %s outage on %s from 10 pm to 2 am for an upgrade. Downtime procedure: paper requisitions.'
                        % (sysname, c.date(when, 2))),
                    c.t('Billet de changement : CHG%07d.' % c.rng.randint(0, 9999999), 'Change ticket: CHG%07d.' % c.rng.randint(0, 9999999)),
                    signature(c, it))
        subj = c.t('Interruption planifiée — ', 'Planned outage — ') + sysname
    elif k == 1:
        body = join(greet(c),
                    c.t('Campagne d\'hameçonnage en cours : des courriels « Résultats de laboratoire disponibles » demandent vos '
                        'identifiants. Ne cliquez pas ; signalez avec le bouton « Signaler ».',
                        'Phishing campaign in progress: e-mails titled "Lab results available" ask for your credentials. Do not click; '
                        'use the "Report" button.'), signature(c, it))
        subj = c.t('Alerte sécurité : hameçonnage', 'Security alert: phishing')
        if c.chance(0.7):
            sample = {'from': ('Laboratoire Résultats', 'no-reply@resultats-labo-portail.example'),
                      'to': [('', 'utilisateurs@chuboreal.example')], 'date': dt - D(hours=3), 'lang': c.lang,
                      'subject': c.t('Résultats de laboratoire disponibles', 'Lab results available'),
                      'body': c.t('Vos résultats sont prêts. Connectez-vous pour les consulter :\nhttp://portail-resultats.example/login\n'
                                  'Votre compte sera suspendu dans 24 h.',
                                  'Your results are ready. Log in to view them:\nhttp://portail-resultats.example/login\n'
                                  'Your account will be suspended in 24 h.'), 'form': 'html'}
            atts.append({'spec': sample, 'filename': c.pick([None, c.t('exemple_hameconnage.eml', 'phishing_sample.eml')])})
            body = body.replace(c.t('Ne cliquez pas', 'Do not click'), c.t('Exemple ci-joint. Ne cliquez pas', 'Sample attached. Do not click'))
    else:
        asset = luhn_complete(c.rng, str(c.rng.randint(1, 9)), 9)
        body = join(greet(c, c.staff('clerk').given),
                    c.t('Le poste de travail (actif %s, S/N %s) de l\'accueil de la clinique sera remplacé jeudi. '
                        'Sauvegardez vos fichiers locaux.' % (asset, 'PF3%s' % luhn_complete(c.rng, '2', 8)),
                        'The reception workstation (asset %s, S/N %s) will be replaced Thursday. Back up local files.'
                        % (asset, 'PF3%s' % luhn_complete(c.rng, '2', 8))),
                    c.t('Billet : INC%07d' % c.rng.randint(0, 9999999), 'Ticket: INC%07d' % c.rng.randint(0, 9999999)),
                    signature(c, it))
        subj = c.t('Remplacement de poste', 'Workstation replacement')
    spec = {'from': who_addr(c, it), 'to': [('Utilisateurs', 'utilisateurs@chuboreal.example')], 'date': dt, 'body': body,
            'subject': subj, 'attachments': atts}
    return neg(c, 'it_notice', 'IT notice with ticket and asset numbers', spec)


def facilities(c):
    m = c.staff(c.pick(['embryo', 'manager']))
    dt = c.when()
    k = c.rng.randrange(2)
    tank = luhn_complete(c.rng, str(c.rng.randint(1, 9)), 9)
    if k == 0:
        body = join(greet(c),
                    c.t('Maintenance des réservoirs cryogéniques (réservoirs 3 et 4, n° de série %s) le %s. Alarme de niveau '
                        'd\'azote testée à 7 h ; la sécurité sera avisée. Aucune manipulation d\'échantillons pendant 2 heures.'
                        % (tank, c.date(dt.date() + D(days=5), 2)),
                        'Cryogenic tank maintenance (tanks 3 and 4, S/N %s) on %s. LN2 level alarm test at 7 am; security will be '
                        'notified. No sample handling for 2 hours.' % (tank, c.date(dt.date() + D(days=5), 2))),
                    signature(c, m))
        subj = c.t('Maintenance réservoirs cryo', 'Cryo tank maintenance')
    else:
        body = join(greet(c),
                    c.t('Travaux de ventilation au 3e étage (salle blanche du labo FIV) du %s au %s. Contrôle particulaire '
                        'ISO 5 à refaire avant la reprise.' % (c.date(dt.date() + D(days=8), 2), c.date(dt.date() + D(days=9), 2)),
                        'HVAC work on the 3rd floor (IVF lab clean room) from %s to %s. ISO 5 particle count to repeat before '
                        'restart.' % (c.date(dt.date() + D(days=8), 2), c.date(dt.date() + D(days=9), 2))),
                    c.t('Demande de travaux : DT-%s' % tank, 'Work order: WO-%s' % tank), signature(c, m))
        subj = c.t('Travaux — labo FIV', 'Facilities work — IVF lab')
    spec = {'from': who_addr(c, m), 'to': [('Labo FIV', 'labo.fiv@chuboreal.example'), ('Installations', 'installations@chuboreal.example')],
            'date': dt, 'body': body, 'subject': subj}
    return neg(c, 'facilities', 'facilities / equipment maintenance notice', spec)


def committee_notice(c):
    adm = c.staff('admin')
    dt = c.when()
    com = c.pick([c.t('Comité d\'éthique de la recherche (CER)', 'Research Ethics Board'),
                  c.t('Comité de procréation assistée', 'Assisted Reproduction Committee'),
                  c.t('Comité de prévention des infections', 'Infection Prevention Committee'),
                  c.t('Comité des documents aux usagers', 'Patient Documents Committee')])
    mtg = dt.date() + D(days=c.rng.randint(5, 20))
    body = join(greet(c),
                c.t('Avis de convocation — %s, %s, 8 h, salle C-2210 / Teams.' % (com, c.day(mtg)),
                    'Notice of meeting — %s, %s, 8:00, room C-2210 / Teams.' % (com, c.day(mtg))),
                c.t('Ordre du jour :\n1. Adoption du procès-verbal\n2. Suivi des indicateurs\n3. Politique sur la conservation des embryons\n4. Varia',
                    'Agenda:\n1. Approval of minutes\n2. Indicators follow-up\n3. Embryo storage policy\n4. Other business'),
                close(c), signature(c, adm))
    spec = {'from': who_addr(c, adm), 'to': [('Membres du comité', 'comite@chuboreal.example')], 'date': dt, 'body': body,
            'subject': c.t('Convocation — ', 'Meeting notice — ') + com}
    return neg(c, 'committee_notice', 'committee meeting notice', spec)


def newsletter(c):
    dt = c.when()
    k = c.rng.randrange(2)
    if k == 0:
        body = join(c.t('Bulletin de santé publique — ITSS', 'Public health bulletin — STIs'),
                    c.t('En %d, %d cas de syphilis infectieuse ont été déclarés dans la région (+%d %%), dont %d chez des femmes en âge '
                        'de procréer. Deux cas de syphilis congénitale ont été signalés au Québec.'
                        % (dt.year - 1, c.rng.randint(200, 500), c.rng.randint(5, 30), c.rng.randint(20, 80)),
                        'In %d, %d infectious syphilis cases were reported in the region (+%d%%), %d of them in women of reproductive '
                        'age. Two congenital syphilis cases were reported in Quebec.' % (dt.year - 1, c.rng.randint(200, 500),
                                                                                         c.rng.randint(5, 30), c.rng.randint(20, 80))),
                    c.t('Recommandations : dépistage au 1er trimestre, à 28 semaines et à l\'accouchement chez les femmes à risque.',
                        'Recommendations: screen in the 1st trimester, at 28 weeks and at delivery for women at risk.'),
                    c.t('Pour vous désabonner, répondez « STOP ».', 'To unsubscribe, reply "STOP".'))
        frm = (c.t('Santé publique — Bulletin', 'Public Health — Bulletin'), 'bulletin@santepublique-boreal.example')
        subj = c.t('Bulletin ITSS — %s' % dt.strftime('%m/%Y'), 'STI bulletin — %s' % dt.strftime('%m/%Y'))
    else:
        mgr = c.staff('manager')
        body = join(c.t('Infolettre du Centre de procréation assistée', 'Assisted Reproduction Centre newsletter'),
                    c.t('- Bienvenue à %s, nouvelle embryologiste\n- Taux de grossesse clinique 2024 : 41 %% par transfert\n'
                        '- Rappel : Semaine de sensibilisation à l\'infertilité en avril' % c.staff('embryo').full,
                        '- Welcome to %s, our new embryologist\n- 2024 clinical pregnancy rate: 41%% per transfer\n'
                        '- Reminder: Infertility Awareness Week in April' % c.staff('embryo').full),
                    signature(c, mgr))
        frm = who_addr(c, mgr)
        subj = c.t('Infolettre CPA', 'ARC newsletter')
    spec = {'from': frm, 'to': [('Abonnés', 'abonnes@chuboreal.example')], 'date': dt, 'body': body, 'subject': subj,
            'form': c.pick(['html', 'alt', 'plain'])}
    return neg(c, 'newsletter', 'newsletter with aggregate disease figures', spec)


def conference_programme(c):
    adm = c.staff('admin')
    dt = c.when()
    day = dt.date() + D(days=c.rng.randint(30, 90))
    talks = []
    t = datetime.datetime.combine(day, datetime.time(8, 30))
    from gen_neg_clin import TOPICS
    for i in range(c.rng.randint(4, 6)):
        s = c.staff(c.pick(['geneticist', 'gc', 'mfm', 'rei', 'idmd', 'embryo']))
        talks.append([t.strftime('%H:%M'), s.display(c.lang), c.t(*c.pick(TOPICS))])
        t += D(minutes=45)
    lines = ['##' + c.t('Journée scientifique femme-enfant %d' % day.year, 'Women & Children Scientific Day %d' % day.year),
             c.day(day) + ' — ' + c.t('Auditorium principal', 'Main auditorium'), ''] + ['%s  %s — %s' % tuple(x) for x in talks]
    atts = [pdf_part(c.rng, c.t('Programme_journee_scientifique.pdf', 'Scientific_day_programme.pdf'), lines)] if c.chance(0.6) else []
    body = join(greet(c), c.t('Programme préliminaire de la journée scientifique :', 'Preliminary programme of the scientific day:'),
                '' if atts else '\n'.join('%s  %s — %s' % tuple(x) for x in talks),
                c.t('Inscription gratuite pour le personnel ; 6 crédits de DPC.', 'Free registration for staff; 6 CPD credits.'),
                signature(c, adm))
    spec = {'from': who_addr(c, adm), 'to': [('Tous — mission femme-enfant', 'femme-enfant@chuboreal.example')], 'date': dt,
            'body': body, 'attachments': atts, 'subject': c.t('Journée scientifique — programme', 'Scientific day — programme')}
    return neg(c, 'conference_programme', 'conference programme with speakers and topics', spec)


def meeting_invite(c):
    org = c.staff(c.pick(['manager', 'gc', 'rei', 'idmd']))
    dt = c.when()
    start = datetime.datetime.combine(dt.date() + D(days=c.rng.randint(2, 12)), datetime.time(c.pick([8, 12, 15]), 0))
    subj = c.pick([c.t('Réunion d\'équipe DPN', 'Prenatal team meeting'), c.t('Revue des cas difficiles (dénominalisés)', 'Difficult cases review (de-identified)'),
                   c.t('Comité qualité labo FIV', 'IVF lab quality committee'), c.t('Planification PrEP 2026', 'PrEP planning 2026')])
    atts_people = [c.staff(c.pick(['gc', 'mfm', 'ivfnurse', 'shnurse', 'embryo'])) for _ in range(3)]
    att = ics_part(c.rng, 'invite.ics', uid='%032x@chuboreal.example' % c.rng.getrandbits(128), start=start,
                   end=start + D(minutes=60), summary=subj,
                   description=c.t('Ordre du jour à venir. Lien Teams dans l\'invitation.', 'Agenda to follow. Teams link in invite.'),
                   location='C-2210 / Teams', organizer=(org.full, org.email),
                   attendees=[(s.full, s.email) for s in atts_people], stamp=dt)
    body = join(subj, c.day(start.date()) + ' ' + start.strftime('%H:%M'), signature(c, org, full=False))
    spec = {'from': who_addr(c, org), 'to': [who_addr(c, s) for s in atts_people], 'date': dt, 'body': body,
            'attachments': [att], 'subject': c.t('Invitation : ', 'Invitation: ') + subj}
    return neg(c, 'meeting_invite', 'staff meeting calendar invitation', spec)


def staff_vcard(c):
    s = c.staff(c.pick(['gc', 'rei', 'shnurse', 'pharm', 'embryo']))
    dt = c.when()
    to = c.staff('clerk')
    att = vcard_part(c.rng, '%s %s.vcf' % (s.given, s.surname), given=s.given, surname=s.surname,
                     org='CHU Boréal', title=role_title(s.role, s.sex, c.lang), work_tel=phone(c.rng, '514'), email=s.email,
                     note=c.t('Référence : %s' % ROLES[s.role][2], 'Referrals: %s' % ROLES[s.role][3]))
    body = join(greet(c, to.given), c.t('Voici ma carte de contact pour la liste des références.', 'Here\'s my contact card for the referral list.'),
                signature(c, s))
    spec = {'from': who_addr(c, s), 'to': [who_addr(c, to)], 'date': dt, 'body': body, 'attachments': [att],
            'subject': c.t('Ma carte de contact', 'My contact card')}
    return neg(c, 'staff_vcard', 'staff member vCard', spec)


def staff_reply_chain(c):
    role = c.pick(['ivfnurse', 'gc', 'shnurse'])
    a, b = c.staff(role), c.staff('manager')
    mate = c.pick([s for s in c.w.staff_by_role[role] if s is not a])
    dt = c.when()
    prev = dt - D(hours=c.rng.randint(2, 30))
    when = c.date(dt.date() + D(days=9), 2)
    reason = c.pick([(c.t('Je dois accompagner mon fils à un rendez-vous.', 'I need to take my son to an appointment.')),
                     (c.t('J\'ai un mariage à l\'extérieur.', 'I have a wedding out of town.')),
                     (c.t('Ma formation tombe ce jour-là.', 'My training course falls on that day.'))])
    q = join(greet(c, b.given),
             c.t('Est-ce que je peux échanger ma garde du %s avec %s ? C\'est correct pour %s. %s'
                 % (when, mate.given, 'elle' if mate.sex == 'F' else 'lui', reason),
                 'Could I swap my on-call shift on %s with %s? %s agreed. %s'
                 % (when, mate.given, 'She' if mate.sex == 'F' else 'He', reason)), a.given)
    body = join(c.pick([c.t('Oui, approuvé. Je mets l\'horaire à jour.', 'Yes, approved. I\'ll update the schedule.'),
                        c.t('Pas de problème, merci de m\'avoir avisée.', 'No problem, thanks for letting me know.')]),
                signature(c, b, full=False),
                quote_block(c, '%s <%s>' % (a.full, a.email), when_str(c, prev), q, c.t('Échange de garde', 'Shift swap')))
    spec = {'from': who_addr(c, b), 'to': [who_addr(c, a)], 'date': dt, 'body': body, 'in_reply_to': True,
            'subject': c.t('RE: Échange de garde', 'RE: Shift swap')}
    return neg(c, 'staff_reply_chain', 'staff shift-swap reply chain', spec)


def occupational_health(c):
    sst = ('Santé et sécurité au travail', 'sst@chuboreal.example')
    nurse_sst = c.staff('hr')
    emp = c.staff(c.pick(['labtech', 'ivfnurse', 'shnurse', 'embryo']))
    dt = c.when()
    k = c.rng.randrange(2)
    if k == 0:
        body = join(greet(c, emp.given),
                    c.t('Suite à votre déclaration d\'exposition accidentelle (piqûre d\'aiguille) du %s, votre suivi sérologique '
                        'au bureau de santé est prévu dans 6 semaines. Le patient source a été testé et la démarche est complétée.'
                        % c.date(dt.date() - D(days=2), 2),
                        'Following your needlestick exposure report on %s, your serology follow-up at employee health is due in '
                        '6 weeks. Source testing is complete.' % c.date(dt.date() - D(days=2), 2)),
                    signature(c, nurse_sst))
        subj = c.t('Suivi exposition — santé au travail', 'Exposure follow-up — employee health')
    else:
        body = join(greet(c),
                    c.t('Campagne de vaccination antigrippale du personnel : cliniques mobiles les mardis et jeudis. '
                        'Preuve de vaccination à remettre à la SST.',
                        'Staff flu vaccination campaign: mobile clinics Tuesdays and Thursdays. Give proof of vaccination to OHS.'),
                    signature(c, nurse_sst))
        subj = c.t('Vaccination du personnel', 'Staff vaccination')
    spec = {'from': sst, 'to': [who_addr(c, emp)] if k == 0 else [('Personnel', 'personnel@chuboreal.example')],
            'date': dt, 'body': body, 'subject': subj}
    return neg(c, 'occupational_health', 'employee occupational-health notice', spec)


def training(c):
    adm = c.staff(c.pick(['manager', 'quality']))
    dt = c.when()
    body = join(greet(c),
                c.t('Formation obligatoire : %s, %s, 13 h à 16 h, centre de simulation. Inscription dans l\'ENA.'
                    % (c.pick(['gestion d\'une hémorragie post-ponction', 'protection des renseignements personnels (Loi 25)',
                               'prévention des infections — précautions additionnelles', 'annonce d\'un diagnostic difficile']),
                       c.date(dt.date() + D(days=c.rng.randint(7, 30)), 2)),
                    'Mandatory training: %s, %s, 1-4 pm, simulation centre. Register in the LMS.'
                    % (c.pick(['managing post-retrieval haemorrhage', 'privacy of personal information (Law 25)',
                               'infection prevention — additional precautions', 'breaking difficult news']),
                       c.date(dt.date() + D(days=c.rng.randint(7, 30)), 2))),
                close(c), signature(c, adm))
    spec = {'from': who_addr(c, adm), 'to': [('Personnel clinique', 'personnel.clinique@chuboreal.example')], 'date': dt,
            'body': body, 'subject': c.t('Formation obligatoire', 'Mandatory training')}
    return neg(c, 'training', 'staff training announcement', spec)


TEMPLATES = {
    'clinic_schedule': clinic_schedule,
    'hr_leave': hr_leave,
    'payroll': payroll,
    'job_posting': job_posting,
    'invoice_po': invoice_po,
    'supplier_recall': supplier_recall,
    'drug_shortage': drug_shortage,
    'it_notice': it_notice,
    'facilities': facilities,
    'committee_notice': committee_notice,
    'newsletter': newsletter,
    'conference_programme': conference_programme,
    'meeting_invite': meeting_invite,
    'staff_vcard': staff_vcard,
    'staff_reply_chain': staff_reply_chain,
    'occupational_health': occupational_health,
    'training': training,
}
