"""Negative (non-confidential) templates, part A: newsletters, HR, schedules,
payroll, committees, conferences, job postings, invoices, purchase orders,
inventories, IT, facilities, aggregate statistics, teaching cases, blank forms."""
import datetime

import gen_attach as A
from gen_common import (DOM, PROG_EN, PROG_FR, SITES, STAFF, EXTRA_STAFF_GIVEN, EXTRA_STAFF_SURNAMES, email_of,
                        fmt_date, pick, signature, staff_name)
from gen_mime import Att, Mail
from stdnum import luhn

DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'


def greet(c):
    return pick(c.rng, ['Bonjour à tous,', 'Bonjour,', 'Chères et chers collègues,', 'Salut l\'équipe,']) if c.lang == 'fr' \
        else pick(c.rng, ['Hello all,', 'Hi everyone,', 'Dear colleagues,', 'Good morning,'])


def luhn_serial(rng, n=9, prefix=''):
    body = prefix + ''.join(str(rng.randrange(10)) for _ in range(n - 1 - len(prefix)))
    return body + luhn.calc_check_digit(body)


def lot(rng):
    return f'{pick(rng, ["K", "L", "M", "R", "T"])}{rng.randint(2, 5)}{pick(rng, "ABCDEFGH")}{rng.randint(1000, 9999)}'


def staffer(c, pred=None):
    return c.staff(pred)


def person(c):
    g, s = pick(c.rng, EXTRA_STAFF_GIVEN), pick(c.rng, EXTRA_STAFF_SURNAMES)
    return g, s


def all_list(c):
    return [c.box('equipe.bariatrique', 'Équipe bariatrique', 'Bariatric team')]


# ---------------------------------------------------------------------------
def newsletter(c):
    rng, L = c.rng, c.L
    s1, s2, s3 = rng.sample(STAFF[:12], 3)
    n_ops = rng.randint(95, 180)
    items = [
        L(f'Bienvenue à {staff_name(s1, "fr")}, {s1[3]}, qui s\'intéresse particulièrement au diabète de type 2 et à la chirurgie de révision.',
          f'Welcome to {staff_name(s1, "en")}, {s1[4]}, whose interests include type 2 diabetes and revisional surgery.'),
        L(f'Le programme a réalisé {n_ops} interventions ce trimestre (sleeves, bypass et SADI-S confondus); durée moyenne de séjour 1,{rng.randint(3, 9)} jour.',
          f'The program performed {n_ops} procedures this quarter (sleeve, bypass and SADI-S combined); mean length of stay 1.{rng.randint(3, 9)} days.'),
        L(f'Félicitations à {staff_name(s2, "fr")} pour sa présentation sur l\'apnée du sommeil et l\'obésité au congrès de Québec.',
          f'Congratulations to {staff_name(s2, "en")} on {"her" if s2[2] == "F" else "his"} talk on sleep apnea and obesity at the Quebec City meeting.'),
        L(f'{pick(rng, ["Mme", "M."])} {s3[1]} rappelle que les séances d\'information pour les nouveaux usagers ont lieu le premier mardi du mois.',
          f'{pick(rng, ["Ms.", "Mr."])} {s3[1]} reminds everyone that new-patient information sessions run on the first Tuesday of each month.'),
        L('Capsule nutrition : les carences en fer et en B12 restent fréquentes après bypass — pensez au suivi annuel.',
          'Nutrition corner: iron and B12 deficiencies remain common after bypass - remember annual monitoring.'),
    ]
    rng.shuffle(items)
    num = rng.randint(12, 40)
    title = L(f'Infolettre du programme bariatrique — no {num}', f'Bariatric Program Newsletter - issue {num}')
    import html as H
    html_body = ('<html><head><meta charset="__CS__"></head><body style="font-family:Arial">'
                 f'<h2 style="color:#2a5d84">{H.escape(title)}</h2>\n' +
                 ''.join(f'<p>&#9679; {H.escape(i)}</p>\n' for i in items) +
                 f'<hr><p style="font-size:9pt">{H.escape(L(PROG_FR, PROG_EN))} — {H.escape(SITES[0][1])} — {SITES[0][2]}<br>'
                 + H.escape(L('Pour vous désabonner, répondez « STOP ».', 'To unsubscribe, reply STOP.')) + '</p></body></html>\n')
    text = title + '\n\n' + '\n\n'.join('* ' + i for i in items) + '\n\n-- \n' + L(PROG_FR, PROG_EN) + '\n' + SITES[0][1] + '\n' + SITES[0][2]
    return Mail(c.lang, 'newsletter', 'program newsletter with staff news', title, c.box('communications', 'Communications RSBE', 'RSBE Communications'),
                all_list(c), text, html_body=html_body, prefer=pick(rng, ['html', 'alt']))


def hr_leave(c):
    rng, L = c.rng, c.L
    g, s = person(c)
    mgr = staffer(c, lambda x: 'program manager' in x[4] or 'chief' in x[4])
    d1 = c.future(5, 60)
    d2 = d1 + datetime.timedelta(days=rng.randint(2, 14))
    kind = rng.randrange(3)
    if kind == 0:
        body = [f'{L("Bonjour", "Hi")} {mgr[0]},', '', L(f'Je souhaiterais prendre mes vacances du {fmt_date(d1, "fr", 1)} au {fmt_date(d2, "fr", 1)}. '
                                                        f'{pick(rng, ["Sophie", "Audrey", "Simon"])} a accepté de couvrir mes suivis téléphoniques.',
                                                        f'I would like to take vacation from {fmt_date(d1, "en", 1)} to {fmt_date(d2, "en", 1)}. '
                                                        f'{pick(rng, ["Sophie", "Audrey", "Simon"])} agreed to cover my phone follow-ups.'), '', L('Merci,', 'Thanks,'), f'{g} {s}']
        subj = L('Demande de vacances', 'Vacation request')
    elif kind == 1:
        body = [f'{L("Bonjour", "Hello")} {g},', '', L(f'Ton congé du {fmt_date(d1, "fr", 1)} au {fmt_date(d2, "fr", 1)} est approuvé dans Logibec. '
                                                       'Solde restant : ' + str(rng.randint(3, 19)) + ' jours.',
                                                       f'Your leave from {fmt_date(d1, "en", 1)} to {fmt_date(d2, "en", 1)} is approved in the system. '
                                                       'Remaining balance: ' + str(rng.randint(3, 19)) + ' days.'), '', signature(mgr, c.lang, rng)]
        subj = L('Congé approuvé', 'Leave approved')
    else:
        body = [greet(c), '', L(f'{g} {s} sera en congé de maladie jusqu\'au {fmt_date(d1, "fr", 1)} (certificat reçu par la santé au travail). '
                                'Merci de rediriger ses dossiers vers la ligne de l\'équipe au poste 4410.',
                                f'{g} {s} will be on sick leave until {fmt_date(d1, "en", 1)} (note received by occupational health). '
                                'Please redirect their files to the team line at ext. 4410.'), '', signature(mgr, c.lang, rng)]
        subj = L('Absence — réaffectation des suivis', 'Absence - follow-up reassignment')
    return Mail(c.lang, 'hr_leave', 'staff leave request or approval', subj, (f'{g} {s}', email_of(g, s)) if kind == 0 else c.addr(mgr),
                [c.addr(mgr) if kind == 0 else (f'{g} {s}', email_of(g, s))], '\n'.join(body))


def schedule(c):
    rng, L = c.rng, c.L
    docs = [x for x in STAFF if 'surgeon' in x[4] or 'resident' in x[4] or 'internist' in x[4] or 'endocrin' in x[4]]
    start = c.future(3, 20)
    start -= datetime.timedelta(days=start.weekday())
    rows = [L(['Date', 'Garde chirurgie', 'Garde médecine obésité', 'Téléavis'], ['Date', 'Surgery on-call', 'Obesity medicine on-call', 'Pager'])]
    for i in range(7):
        day = start + datetime.timedelta(days=i)
        a, b = rng.sample(docs, 2)
        rows.append([fmt_date(day, c.lang, 2), staff_name(a, c.lang), staff_name(b, c.lang), f'819 555-01{rng.randint(10, 99)}'])
    me = staffer(c, lambda x: 'assistant' in x[4] or 'administrative' in x[4])
    atts = []
    if rng.random() < 0.5:
        atts.append(Att(L(f'horaire_garde_{start:%Y%m%d}.xlsx', f'oncall_{start:%Y%m%d}.xlsx'), XLSX, A.xlsx([(L('Garde', 'On-call'), rows)])))
        body = [greet(c), '', L('Horaire de garde de la semaine prochaine en pièce jointe.', 'Next week\'s on-call schedule attached.'), '', signature(me, c.lang, rng)]
    else:
        body = [greet(c), '', L('Horaire de garde :', 'On-call schedule:'), ''] + ['  |  '.join(r) for r in rows] + ['', signature(me, c.lang, rng)]
    subj = L(f'Horaire de garde — semaine du {fmt_date(start, "fr", 1)}', f'On-call schedule - week of {fmt_date(start, "en", 1)}')
    return Mail(c.lang, 'schedule', 'on-call schedule for physicians', subj, c.addr(me), all_list(c), '\n'.join(body), attachments=atts)


def payroll(c):
    rng, L = c.rng, c.L
    g, s = person(c)
    pay = staffer(c, lambda x: 'payroll' in x[4])
    emp = luhn_serial(rng, 9, '4')
    per = rng.randint(1, 26)
    amt = f'{rng.randint(80, 640)},{rng.randint(10, 99)}' if c.lang == 'fr' else f'{rng.randint(80, 640)}.{rng.randint(10, 99)}'
    body = [f'{L("Bonjour", "Hello")} {g},', '',
            L(f'Suite à ta demande, la prime de soir manquante de la période {per} sera versée sur la paie du {fmt_date(c.future(4, 14), "fr", 1)} '
              f'(montant brut : {amt} $).', f'Further to your request, the missing evening premium for pay period {per} will be paid on '
              f'{fmt_date(c.future(4, 14), "en", 1)} (gross amount: ${amt}).'),
            L(f'Matricule : {emp}', f'Employee no.: {emp}'), L('Aucune action requise de ta part.', 'No action required on your part.'), '',
            signature(pay, c.lang, rng)]
    return Mail(c.lang, 'payroll', 'payroll correction for an employee', L('Correction de paie', 'Payroll correction'), c.addr(pay),
                [(f'{g} {s}', email_of(g, s))], '\n'.join(body))


def committee(c):
    rng, L = c.rng, c.L
    chair = staffer(c, lambda x: 'chief' in x[4] or 'program manager' in x[4] or 'pharmacist' in x[4])
    d = c.future(5, 30)
    names = rng.sample([x for x in STAFF if 'Dr' in staff_name(x, 'fr') or 'Dre' in staff_name(x, 'fr')], 3)
    comm = pick(rng, [L('Comité de pharmacologie', 'Pharmacy and therapeutics committee'), L('Comité qualité et sécurité', 'Quality and safety committee'),
                      L('Comité de revue de la mortalité et de la morbidité', 'Morbidity and mortality review committee')])
    items = [L('Adoption de l\'ordre du jour', 'Adoption of the agenda'),
             L(f'Protocole de thromboprophylaxie post-bariatrique — présenté par {staff_name(names[0], "fr")}',
               f'Post-bariatric thromboprophylaxis protocol - presented by {staff_name(names[0], "en")}'),
             L(f'Indicateurs T3 : taux de fuite {rng.randint(3, 9) / 10:.1f} %, réadmissions à 30 jours {rng.randint(2, 6)},{rng.randint(0, 9)} %'.replace('.', ','),
               f'Q3 indicators: leak rate {rng.randint(3, 9) / 10:.1f}%, 30-day readmissions {rng.randint(2, 6)}.{rng.randint(0, 9)}%'),
             L(f'Ajout du tirzépatide au formulaire — avis de {staff_name(names[1], "fr")}, endocrinologie',
               f'Adding tirzepatide to the formulary - opinion from {staff_name(names[1], "en")}, endocrinology'),
             L('Varia', 'Other business')]
    body = [greet(c), '', L(f'Vous êtes convoqués à la prochaine réunion du {comm} le {fmt_date(d, "fr", 0)} à 12 h, salle {rng.randint(100, 450)}.',
                            f'You are invited to the next meeting of the {comm} on {fmt_date(d, "en", 0)} at noon, room {rng.randint(100, 450)}.'),
            '', L('Ordre du jour :', 'Agenda:')] + [f'{i + 1}. {x}' for i, x in enumerate(items)] + ['', signature(chair, c.lang, rng)]
    atts = []
    if rng.random() < 0.4:
        atts.append(Att(L('ordre_du_jour.docx', 'agenda.docx'), DOCX, A.docx(comm, items)))
    return Mail(c.lang, 'committee', 'committee meeting notice and agenda', L(f'Convocation — {comm}', f'Meeting notice - {comm}'),
                c.addr(chair), all_list(c), '\n'.join(body), attachments=atts)


def conference(c):
    rng, L = c.rng, c.L
    spk = rng.sample(STAFF[:9] + [STAFF[29], STAFF[30], STAFF[31]], 4)
    topics = [L('Tirzépatide avant ou après la chirurgie?', 'Tirzepatide before or after surgery?'),
              L('Reprise de poids après sleeve : options de révision', 'Weight regain after sleeve: revisional options'),
              L('Apnée du sommeil non diagnostiquée chez le candidat bariatrique', 'Undiagnosed sleep apnea in the bariatric candidate'),
              L('Grossesse après chirurgie bariatrique', 'Pregnancy after bariatric surgery'),
              L('Hypoglycémie post-bypass : démarche diagnostique', 'Post-bypass hypoglycemia: diagnostic approach'),
              L('Santé mentale et chirurgie de l\'obésité', 'Mental health and obesity surgery')]
    rng.shuffle(topics)
    day = c.future(20, 90)
    prog = [f'{8 + i}h{pick(rng, ["00", "30"])}  {staff_name(s, c.lang)} — {t}' for i, (s, t) in enumerate(zip(spk, topics))]
    title = L(f'Journée régionale en médecine de l\'obésité — {fmt_date(day, "fr", 1)}', f'Regional Obesity Medicine Day - {fmt_date(day, "en", 1)}')
    body = [greet(c), '', title, L('Programme préliminaire :', 'Preliminary program:'), ''] + prog + [
        '', L(f'Inscription : https://formation.{DOM}/obesite — {rng.randint(3, 6)} crédits de formation', f'Registration: https://formation.{DOM}/obesity - {rng.randint(3, 6)} CME credits'),
        '', signature(staffer(c, lambda x: 'research' in x[4] or 'program manager' in x[4]), c.lang, rng)]
    atts = []
    if rng.random() < 0.5:
        atts.append(Att(L('programme_journée.pdf', 'program.pdf'), 'application/pdf', A.pdf(title, prog)))
    return Mail(c.lang, 'conference', 'conference programme with speakers and topics', title, c.box('formation', 'Formation continue', 'Continuing education'),
                all_list(c), '\n'.join(body), attachments=atts)


def job_posting(c):
    rng, L = c.rng, c.L
    post = pick(rng, [L('Infirmière clinicienne — clinique bariatrique', 'Clinical nurse - bariatric clinic'),
                      L('Nutritionniste — médecine de l\'obésité (poste permanent)', 'Dietitian - obesity medicine (permanent)'),
                      L('Psychologue — évaluation préchirurgicale', 'Psychologist - pre-surgical assessment'),
                      L('Agente administrative classe 2 — guichet bariatrique', 'Administrative officer - bariatric intake')])
    no = f'{pick(rng, ["RSBE", "BAR"])}-{c.today.year}-{rng.randint(100, 999)}'
    hr = staffer(c, lambda x: 'HR' in x[4])
    body = [L(f'AFFICHAGE {no}', f'POSTING {no}'), '', post, SITES[rng.randrange(3)][0], '',
            L('Exigences : permis valide, 2 ans d\'expérience en chirurgie ou en maladies chroniques (diabète, obésité).',
              'Requirements: valid licence, 2 years of experience in surgery or chronic disease (diabetes, obesity).'),
            L(f'Salaire : selon l\'échelle, de {rng.randint(28, 33)},{rng.randint(10, 99)} $ à {rng.randint(45, 55)},{rng.randint(10, 99)} $ l\'heure.',
              f'Salary: per scale, ${rng.randint(28, 33)}.{rng.randint(10, 99)} to ${rng.randint(45, 55)}.{rng.randint(10, 99)}/hour.'),
            L(f'Date limite : {fmt_date(c.future(10, 30), "fr", 1)}', f'Deadline: {fmt_date(c.future(10, 30), "en", 1)}'), '',
            signature(hr, c.lang, rng)]
    return Mail(c.lang, 'job_posting', 'internal job posting', L(f'Affichage de poste {no}', f'Job posting {no}'), c.addr(hr),
                [c.box('tous', 'Tout le personnel', 'All staff')], '\n'.join(body), prefer=pick(rng, ['plain', 'html', 'alt']))


def invoice(c):
    rng, L = c.rng, c.L
    vend = pick(rng, [('MédiBari Équipements inc.', 'facturation@medibari.example'), ('Nordic Surgical Supply', 'ar@nordicsurg.example'),
                      ('Orthèses et aides Laurentides', 'comptes@oal.example')])
    inv = f'F-{rng.randint(20250, 20999)}-{rng.randint(100, 999)}'
    cust = luhn_serial(rng, 9, '7')
    items = [(L('Fauteuil roulant bariatrique 30 po, capacité 318 kg', 'Bariatric wheelchair 30 in, 318 kg capacity'), rng.randint(1, 4), 2480.00),
             (L('Brassard TA cuisse (XL)', 'Thigh BP cuff (XL)'), rng.randint(5, 20), 46.50),
             (L('Blouse patient 5XL (boîte de 12)', 'Patient gown 5XL (box of 12)'), rng.randint(2, 10), 88.00)]
    rng.shuffle(items)
    items = items[:rng.randint(1, 3)]
    sub = sum(q * p for _, q, p in items)
    lines = [L(f'Facture no : {inv}', f'Invoice no.: {inv}'), L(f'No client : {cust}', f'Customer no.: {cust}'),
             L(f'Date : {fmt_date(c.today, "fr", 2)}', f'Date: {fmt_date(c.today, "en", 2)}'),
             L('Facturé à : Réseau de santé Boréal-Estrie, comptes fournisseurs', 'Bill to: Boréal-Estrie Health Network, accounts payable'), '']
    lines += [f'{d}  x{q}  {q * p:,.2f} $' for d, q, p in items]
    lines += ['', f'{L("Sous-total", "Subtotal")} : {sub:,.2f} $', f'{L("TPS", "GST")} 5 % : {sub * 0.05:,.2f} $',
              f'{L("TVQ", "QST")} 9,975 % : {sub * 0.09975:,.2f} $', f'Total : {sub * 1.14975:,.2f} $', L('TPS no 81234 5678 RT0001 — TVQ no 1219876543 TQ0001', 'GST# 81234 5678 RT0001 - QST# 1219876543 TQ0001')]
    body = [L('Bonjour,', 'Hello,'), '', L(f'Veuillez trouver ci-joint la facture {inv}. Paiement net 30 jours.', f'Please find attached invoice {inv}. Net 30 days.'), '',
            vend[0], L('Tél. 450 555-0188', 'Tel. 450 555-0188')]
    return Mail(c.lang, 'invoice', 'vendor invoice for bariatric equipment', L(f'Facture {inv}', f'Invoice {inv}'), vend,
                [c.box('comptes.fournisseurs', 'Comptes fournisseurs', 'Accounts payable')], '\n'.join(body),
                attachments=[Att(f'{inv}.pdf', 'application/pdf', A.pdf(L('FACTURE', 'INVOICE') + ' — ' + vend[0], lines))])


def purchase_order(c):
    rng, L = c.rng, c.L
    buyer = staffer(c, lambda x: 'procurement' in x[4])
    po = f'BC-{rng.randint(4500000, 4599999)}'
    rows = [L(['Article', 'Description', 'Qté', 'No de série', 'Prix'], ['Item', 'Description', 'Qty', 'Serial no.', 'Price'])]
    for i in range(rng.randint(2, 4)):
        rows.append([f'{rng.randint(100000, 999999)}', pick(rng, [L('Lève-personne plafonnier 450 kg', 'Ceiling lift 450 kg'),
                                                                   L('Lit bariatrique électrique', 'Electric bariatric bed'),
                                                                   L('Balance à plateforme 500 kg', 'Platform scale 500 kg'),
                                                                   L('Civière bariatrique', 'Bariatric stretcher')]),
                     str(rng.randint(1, 3)), luhn_serial(rng, 10), f'{rng.randint(1800, 14000)}.00'])
    body = [L('Bonjour,', 'Hello,'), '', L(f'Voici le bon de commande {po} pour la nouvelle unité de chirurgie bariatrique.',
                                          f'Here is purchase order {po} for the new bariatric surgery unit.'), '']
    atts = []
    if rng.random() < 0.5:
        atts.append(Att(f'{po}.csv', 'text/csv', A.csv_text(rows, ';' if c.lang == 'fr' else ','), charset='utf-8'))
    else:
        body += ['  '.join(r) for r in rows] + ['']
    body += [L('Livraison : quai 3, Hôpital Saint-Aurèle.', 'Delivery: dock 3, Saint-Aurèle Hospital.'), '', signature(buyer, c.lang, rng)]
    return Mail(c.lang, 'purchase_order', 'purchase order with equipment serial numbers', L(f'Bon de commande {po}', f'Purchase order {po}'),
                c.addr(buyer), [('MédiBari Équipements', 'commandes@medibari.example')], '\n'.join(body), attachments=atts)


def inventory(c):
    rng, L = c.rng, c.L
    me = staffer(c, lambda x: 'nurse' in x[4] or 'procurement' in x[4])
    rows = [L(['Produit', 'Lot', 'Péremption', 'Qté', 'Actif'], ['Product', 'Lot', 'Expiry', 'Qty', 'Asset tag'])]
    prods = ['Endo GIA 60 mm', L('Recharge agrafeuse 45 mm violette', 'Stapler reload 45 mm purple'), L('Trocart 12 mm long', 'Trocar 12 mm long'),
             L('Bougie de calibration 36 Fr', 'Calibration bougie 36 Fr'), L('Bas de compression XXL', 'Compression stockings XXL'),
             L('Énoxaparine 40 mg seringues', 'Enoxaparin 40 mg syringes')]
    for pname in rng.sample(prods, rng.randint(3, 6)):
        exp = datetime.date(2026, rng.randint(1, 12), 1) + datetime.timedelta(days=rng.randint(0, 27))
        rows.append([pname, lot(rng), exp.isoformat(), str(rng.randint(2, 80)), luhn_serial(rng, 9, '2')])
    kind = rng.randrange(2)
    atts = []
    if kind:
        atts.append(Att(L('inventaire_bloc_bariatrique.xlsx', 'bariatric_OR_inventory.xlsx'), XLSX, A.xlsx([(L('Inventaire', 'Inventory'), rows)])))
        body = [greet(c), '', L('Inventaire mensuel en pièce jointe. Deux produits à commander.', 'Monthly inventory attached. Two items to reorder.'), '', signature(me, c.lang, rng)]
    else:
        body = [greet(c), '', L('Inventaire mensuel :', 'Monthly inventory:'), ''] + [' ; '.join(r) for r in rows] + ['', signature(me, c.lang, rng)]
    return Mail(c.lang, 'inventory', 'OR supply inventory with lot numbers', L('Inventaire mensuel — bloc', 'Monthly OR inventory'), c.addr(me),
                [c.addr(staffer(c, lambda x: 'procurement' in x[4]))], '\n'.join(body), attachments=atts)


def it_notice(c):
    rng, L = c.rng, c.L
    it = staffer(c, lambda x: 'IT' in x[4])
    d = c.future(2, 15)
    kind = rng.randrange(3)
    if kind == 0:
        body = [greet(c), '', L(f'Le dossier médical électronique sera indisponible le {fmt_date(d, "fr", 0)} de 23 h à 3 h pour mise à niveau (version 8.4).',
                                f'The EHR will be unavailable on {fmt_date(d, "en", 0)} from 11 pm to 3 am for an upgrade (version 8.4).'),
                L('Utilisez les formulaires papier de relève. Billet : INC', 'Use paper downtime forms. Ticket: INC') + str(rng.randint(100000, 999999)), '',
                signature(it, c.lang, rng)]
        subj = L('Interruption planifiée du DME', 'Planned EHR downtime')
    elif kind == 1:
        body = [greet(c), '', L('Des courriels frauduleux imitant le service de paie circulent. Ne cliquez pas sur « Vérifier votre dépôt direct ».',
                                'Fraudulent e-mails impersonating payroll are circulating. Do not click "Verify your direct deposit".'),
                L('Transférez-les à securite@rsbe.example.', 'Forward them to securite@rsbe.example.'), '', signature(it, c.lang, rng)]
        subj = L('Alerte hameçonnage', 'Phishing alert')
    else:
        asset = luhn_serial(rng, 10)
        body = [L('Bonjour,', 'Hello,'), '', L(f'Le portable {asset} (clinique bariatrique, poste infirmier) a été réimagé. Vos fichiers locaux n\'ont pas été conservés.',
                                              f'Laptop {asset} (bariatric clinic, nursing station) has been re-imaged. Local files were not kept.'), '', signature(it, c.lang, rng)]
        subj = L(f'Billet fermé — poste {asset}', f'Ticket closed - device {asset}')
    return Mail(c.lang, 'it_notice', 'IT service notice', subj, c.addr(it), all_list(c), '\n'.join(body))


def facilities(c):
    rng, L = c.rng, c.L
    fm = staffer(c, lambda x: 'facilities' in x[4])
    room = f'{rng.randint(4, 6)}{rng.randint(1, 3)}{rng.randint(0, 2)}{rng.randint(1, 8)}'
    d = c.future(2, 20)
    kind = rng.randrange(3)
    if kind == 0:
        body = [greet(c), '', L(f'Inspection annuelle des lève-personnes plafonniers (capacité 450 kg) le {fmt_date(d, "fr", 0)}. Chambres {room} à {int(room) + 6} non disponibles de 8 h à 11 h.',
                                f'Annual inspection of ceiling lifts (450 kg capacity) on {fmt_date(d, "en", 0)}. Rooms {room} to {int(room) + 6} unavailable from 8 to 11 am.')]
        subj = L('Inspection des lève-personnes', 'Ceiling lift inspection')
    elif kind == 1:
        body = [greet(c), '', L(f'Travaux de réfection de la salle d\'attente de la clinique bariatrique à partir du {fmt_date(d, "fr", 1)}. Sièges bariatriques temporaires au local 118.',
                                f'Renovation of the bariatric clinic waiting room starting {fmt_date(d, "en", 1)}. Temporary bariatric seating in room 118.')]
        subj = L('Travaux — salle d\'attente', 'Renovation - waiting room')
    else:
        body = [greet(c), '', L(f'Le stationnement P2 sera fermé le {fmt_date(d, "fr", 0)} pour le marquage. Les vignettes du personnel sont valides au P4.',
                                f'Parking P2 will be closed on {fmt_date(d, "en", 0)} for line painting. Staff permits are valid in P4.')]
        subj = L('Fermeture du stationnement P2', 'P2 parking closure')
    body += ['', signature(fm, c.lang, rng)]
    return Mail(c.lang, 'facilities', 'facilities notice', subj, c.addr(fm), all_list(c), '\n'.join(body))


def stats(c):
    rng, L = c.rng, c.L
    me = staffer(c, lambda x: 'planning' in x[4] or 'program manager' in x[4])
    q = rng.randint(1, 4)
    rows = [L(['Indicateur', 'T' + str(q), 'Cible'], ['Indicator', 'Q' + str(q), 'Target'])]
    vals = [(L('Chirurgies réalisées', 'Procedures performed'), str(rng.randint(90, 190)), '150'),
            (L('Sleeves', 'Sleeves'), str(rng.randint(50, 110)), '-'), (L('Bypass', 'Bypass'), str(rng.randint(20, 60)), '-'),
            (L('Délai médian référence-chirurgie (mois)', 'Median referral-to-surgery wait (months)'), str(rng.randint(9, 22)), '12'),
            (L('Fuites anastomotiques', 'Anastomotic leaks'), str(rng.randint(0, 3)), '<1 %'),
            (L('Réadmissions 30 j', '30-day readmissions'), f'{rng.randint(2, 7)} %', '<5 %'),
            (L('Patients sous GLP-1 en clinique', 'Clinic patients on GLP-1'), str(rng.randint(300, 900)), '-'),
            (L('Âge moyen', 'Mean age'), str(rng.randint(41, 49)), '-')]
    rows += [list(v) for v in vals]
    atts = []
    if rng.random() < 0.5:
        atts.append(Att(L(f'indicateurs_T{q}.xlsx', f'indicators_Q{q}.xlsx'), XLSX, A.xlsx([('T' + str(q), rows)])))
        body = [greet(c), '', L('Tableau de bord trimestriel en pièce jointe (données agrégées, aucune donnée nominative).',
                                'Quarterly dashboard attached (aggregate data only).'), '', signature(me, c.lang, rng)]
    else:
        body = [greet(c), '', L('Faits saillants du trimestre :', 'Quarter highlights:'), ''] + [f'- {a} : {b} (cible {t})' if c.lang == 'fr' else f'- {a}: {b} (target {t})' for a, b, t in vals] + ['', signature(me, c.lang, rng)]
    return Mail(c.lang, 'stats', 'aggregate quarterly program statistics', L(f'Indicateurs T{q} — programme bariatrique', f'Q{q} indicators - bariatric program'),
                c.addr(me), all_list(c), '\n'.join(body), attachments=atts)


def teaching_case(c):
    rng, L = c.rng, c.L
    md = staffer(c, lambda x: 'surgeon' in x[4] or 'internist' in x[4])
    age = rng.randint(31, 58)
    bmi = rng.randint(40, 55)
    case = pick(rng, [
        L(f'Femme de {age} ans, IMC {bmi}, DT2 sous metformine, 3 ans post-sleeve, consulte pour pyrosis nocturne réfractaire aux IPP. Quelle investigation? Quelle option chirurgicale?',
          f'{age}-year-old woman, BMI {bmi}, T2DM on metformin, 3 years post-sleeve, with nocturnal heartburn refractory to PPI. What work-up? Which surgical option?'),
        L(f'Homme de {age} ans, 5 ans post-DGRY, douleurs abdominales intermittentes post-prandiales, TDM normale. Diagnostic différentiel?',
          f'{age}-year-old man, 5 years post-RYGB, intermittent post-prandial abdominal pain, normal CT. Differential diagnosis?'),
        L(f'Patiente de {age} ans, malaises 1-2 h après les repas, glycémie capillaire 2,8 mmol/L, 2 ans post-bypass. Prise en charge?',
          f'{age}-year-old patient with spells 1-2 h after meals, capillary glucose 2.8 mmol/L, 2 years post-bypass. Management?')])
    body = [greet(c), '', L('Cas pour la séance d\'enseignement de jeudi (cas anonymisé) :', 'Case for Thursday teaching session (de-identified):'), '', case, '',
            L('Préparez 3 diapos chacun.', 'Prepare 3 slides each.'), '', signature(md, c.lang, rng)]
    return Mail(c.lang, 'teaching_case', 'de-identified teaching case for residents', L('Cas clinique — enseignement', 'Teaching case'),
                c.addr(md), [c.box('residents.chirurgie', 'Résidents chirurgie', 'Surgery residents')], '\n'.join(body))


def blank_form(c):
    rng, L = c.rng, c.L
    me = staffer(c, lambda x: 'administrative' in x[4] or 'navigator' in x[4])
    fields = [L('Nom de l\'usager : ______________________', 'Patient name: ______________________'),
              L('Date de naissance (AAAA-MM-JJ) : ____-__-__', 'Date of birth (YYYY-MM-DD): ____-__-__'),
              L('NAM : ____ ____ ____   Exp. : ____', 'NAM / health card: ____ ____ ____   Exp.: ____'),
              L('IMC actuel : _____   IMC maximal : _____', 'Current BMI: _____   Max BMI: _____'),
              L('Comorbidités : [ ] DT2  [ ] HTA  [ ] AOS  [ ] RGO  [ ] Autre : ______', 'Comorbidities: [ ] T2DM  [ ] HTN  [ ] OSA  [ ] GERD  [ ] Other: ______'),
              L('Médication actuelle : ____________________', 'Current medication: ____________________'),
              L('Signature du médecin référent : ____________  No de permis : ______', 'Referring physician signature: ____________  Licence no.: ______')]
    title = L('Formulaire de référence — Programme bariatrique (v. 2025-02)', 'Referral form - Bariatric Program (v. 2025-02)')
    kind = rng.randrange(2)
    if kind == 0:
        att = Att(L('formulaire_référence_bariatrique.pdf', 'bariatric_referral_form.pdf'), 'application/pdf', A.pdf(title, fields))
    else:
        att = Att(L('formulaire_référence_bariatrique.docx', 'bariatric_referral_form.docx'), DOCX, A.docx(title, fields))
    body = [greet(c), '', L('Voici la nouvelle version du formulaire de référence à distribuer aux GMF. L\'ancienne version ne sera plus acceptée après le 31 mars.',
                            'Here is the new referral form to send to the family medicine groups. The old version will not be accepted after March 31.'),
            '', signature(me, c.lang, rng)]
    return Mail(c.lang, 'blank_form', 'blank referral form for distribution', L('Nouveau formulaire de référence', 'New referral form'), c.addr(me),
                [c.box('gmf.liaison', 'Liaison GMF', 'FMG liaison')], '\n'.join(body), attachments=[att])
