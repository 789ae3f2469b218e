"""Negative messages, part A: staff, HR, schedules, IT, facilities, procurement."""
import datetime

from stdnum import luhn

from gen_attach import make_csv, make_docx, make_ics, make_pdf, make_vcard, make_xlsx, make_zip
from gen_common import (CLSCS, ORG, SCHOOLS, STAFF, YOUTH_CLINICS, d_en, d_fr, slug, staff)
from gen_compose import (Mail, closing, footer, greet, html_table, quote_block, render_mail, signature, text_table)
from gen_reg import NegRec

NURSES = ['Bergeron', 'Desrosiers', 'Thériault', 'Dufresne', 'Raman', "O'Connor", 'Vaillancourt']


def team(ctx, k=None):
    k = k or ctx.randint(3, 6)
    return ctx.sample([s for s in STAFF if s.dom == ORG['dom']], k)


def luhn_number(ctx, n):
    body = str(ctx.randint(1, 9)) + ''.join(str(ctx.randint(0, 9)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def dist_list(lang):
    return ('Équipe santé scolaire', f'equipe.santescolaire@{ORG["dom"]}') if lang == 'fr' else \
        ('School health team', f'equipe.santescolaire@{ORG["dom"]}')


# ------------------------------------------------------------------ N1 nurse schedule per school
def n_schedule(ctx, lang):
    r = NegRec(ctx, 'staff_schedule', lang)
    mgr = staff(ctx.pick(['Charbonneau', 'Gendron']))
    nurses = [staff(x) for x in NURSES]
    days = ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi'] if lang == 'fr' else ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']
    rows = [['Infirmière' if lang == 'fr' else 'Nurse'] + days]
    for n in ctx.sample(nurses, 5):
        rows.append([n.full] + [ctx.pick(SCHOOLS)[0].replace('École ', '').replace('primaire ', '')[:28] if ctx.chance(0.85)
                                else ('CLSC (bureau)' if lang == 'fr' else 'CLSC office') for _ in days])
    d = ctx.date()
    monday = d - datetime.timedelta(days=d.weekday())
    m = Mail(ctx, lang).sender(mgr)
    m.add_to(*dist_list(lang))
    if lang == 'fr':
        m.subject = ctx.pick([f'Horaire semaine du {d_fr(monday)}', 'Horaire des infirmières scolaires', 'Modif. horaire — semaine prochaine'])
        intro = (f'{greet(ctx, "fr")}\n\nVoici l\'horaire de la semaine du {d_fr(monday)}. '
                 + ctx.pick(['Karine remplace Mélanie mercredi (formation).', 'Attention : journée pédagogique vendredi, on est tous au CLSC.',
                             'Merci de me signaler tout changement.']))
    else:
        m.subject = f'Schedule - week of {d_en(monday)}'
        intro = f'{greet(ctx, "en")}\n\nHere is the schedule for the week of {d_en(monday)}.'
    how = ctx.pick(['inline', 'xlsx', 'html'])
    out = f'{closing(ctx, lang)}\n{signature(ctx, mgr, lang)}'
    if how == 'xlsx':
        m.text = intro + '\n\n' + out
        m.attach(data=make_xlsx([('Horaire' if lang == 'fr' else 'Schedule', rows)]), filename=f'horaire_{monday.isoformat()}.xlsx',
                 ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        return r.done(render_mail(m), 'weekly nurse schedule (xlsx)')
    m.text = intro + '\n\n' + text_table(rows) + '\n\n' + out
    if how == 'html':
        m.html = '<html><body><p>' + intro.replace('\n\n', '</p><p>') + '</p>' + html_table(rows) + '<p>' + \
            out.replace('\n', '<br>') + '</p></body></html>'
        return r.done(render_mail(m, form='alt'), 'weekly nurse schedule (html table)')
    return r.done(render_mail(m, form='plain'), 'weekly nurse schedule (text)')


# ------------------------------------------------------------------ N2 staff leave / occupational health
def n_staff_leave(ctx, lang):
    r = NegRec(ctx, 'staff_leave', lang)
    mgr = staff(ctx.pick(['Charbonneau', 'Lévesque']))
    who = staff(ctx.pick(NURSES + ['Laberge', 'Pépin']))
    repl = staff(ctx.pick([x for x in NURSES if x != who.surname]))
    d = ctx.date()
    kind = ctx.pick(['sick', 'mat', 'needle', 'surgery', 'vac'])
    back = d + datetime.timedelta(days=ctx.randint(7, 16) if kind == 'vac' else ctx.randint(20, 80))
    m = Mail(ctx, lang).sender(mgr)
    m.add_to(*dist_list(lang))
    if lang == 'fr':
        txt = {
            'sick': f'{who.given} est en arrêt de travail pour raisons de santé jusqu\'au {d_fr(back)}. {repl.given} assure ses écoles.',
            'mat': f'{who.given} nous quitte vendredi pour son congé {"de maternité" if who.sex == "F" else "parental"}! Retour prévu vers le {d_fr(back)}. '
                   f'{repl.full} prendra ses dossiers.',
            'needle': f'Suite à la piqûre accidentelle de {who.given} lors de la clinique de vaccination de mardi, le suivi se fait '
                      f'avec le service de santé et sécurité au travail. Rappel : contenants à aiguilles fermés à 3/4.',
            'surgery': f'{who.given} sera absent{"e" if who.sex == "F" else ""} pour une chirurgie du genou à partir du {d_fr(d)}, pour environ 6 semaines. '
                       f'Merci à {repl.given} qui accepte de couvrir le secteur.',
            'vac': f'Petit rappel : {who.given} est en vacances du {d_fr(d)} au {d_fr(back)}. Les urgences de ses écoles passent par {repl.given}.'}[kind]
        m.subject = ctx.pick(['Absence — réorganisation du secteur', f'Remplacement de {who.given}', 'Info équipe', 'Congé'])
    else:
        txt = {
            'sick': f'{who.given} is on sick leave until {d_en(back)}. {repl.given} is covering the schools.',
            'mat': f'{who.given} starts {"maternity" if who.sex == "F" else "parental"} leave on Friday! {repl.full} will take over the caseload.',
            'needle': f'Following {who.given}\'s needlestick injury at Tuesday\'s clinic, follow-up is with occupational health and safety. '
                      f'Reminder: close sharps containers at 3/4.',
            'surgery': f'{who.given} will be off for knee surgery from {d_en(d)} for about 6 weeks. Thanks to {repl.given} for covering.',
            'vac': f'Reminder: {who.given} is on vacation from {d_en(d)} to {d_en(back)}; {repl.given} takes urgent calls.'}[kind]
        m.subject = ctx.pick(['Absence - coverage', f'Coverage for {who.given}', 'Team info'])
    m.text = f'{greet(ctx, lang)}\n\n{txt}\n\n{closing(ctx, lang)}\n{signature(ctx, mgr, lang)}' + footer(ctx, lang)
    return r.done(render_mail(m), f'staff absence / occupational health notice ({kind})')


# ------------------------------------------------------------------ N3 staff flu vaccination clinic
def n_staff_flu(ctx, lang):
    r = NegRec(ctx, 'staff_flu_clinic', lang)
    sender = staff('Hébert') if ctx.chance(0.5) else staff('Bellefeuille')
    d = ctx.date(datetime.date(2024, 10, 7), datetime.date(2024, 11, 29))
    m = Mail(ctx, lang).sender(sender)
    m.add_to('Tous les employés — Programme Jeunesse' if lang == 'fr' else 'All staff - Youth Program', f'jeunesse.tous@{ORG["dom"]}')
    if lang == 'fr':
        m.subject = ctx.pick(['Vaccination antigrippale des employés', 'Clinique de vaccination grippe/COVID pour le personnel'])
        m.text = (f'{greet(ctx, "fr")}\n\nLa clinique de vaccination contre l\'influenza et la COVID-19 pour le personnel aura lieu le '
                  f'{d_fr(d, "day")}, de 8 h à 15 h, salle Desjardins du {CLSCS[0]["name"]}.\n\nAucun rendez-vous requis; apportez '
                  f'votre carte d\'employé. Les employés qui ont eu une réaction à une dose antérieure doivent consulter '
                  f'le service de santé au travail avant.\n\n{signature(ctx, sender, "fr")}')
    else:
        m.subject = 'Staff flu and COVID-19 vaccination'
        m.text = (f'{greet(ctx, "en")}\n\nThe staff influenza and COVID-19 clinic is on {d_en(d, "day")}, 8 am to 3 pm, '
                  f'in the main room at {CLSCS[0]["name"]}. No appointment needed; bring your employee card.\n\n{signature(ctx, sender, "en")}')
    if ctx.chance(0.4):
        rows = [['Employé' if lang == 'fr' else 'Employee', 'Service', 'Créneau' if lang == 'fr' else 'Slot']]
        for s in team(ctx, 5):
            rows.append([s.full, 'Jeunesse', f'{ctx.randint(8, 14)}:{ctx.pick(["00", "20", "40"])}'])
        m.attach(data=make_xlsx([('Inscriptions', rows)]), filename='inscriptions_vaccination_employes.xlsx',
                 ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    return r.done(render_mail(m), 'staff influenza vaccination clinic notice')


# ------------------------------------------------------------------ N4 HR / payroll
def n_hr(ctx, lang):
    r = NegRec(ctx, 'hr_payroll', lang)
    s = staff('Bellefeuille')
    m = Mail(ctx, lang).sender(s)
    m.add_to(*dist_list(lang))
    k = ctx.pick(['rl1', 'bank', 'insurance', 'holiday', 'cnesst'])
    if lang == 'fr':
        txt = {'rl1': 'Vos relevés 1 et feuillets T4 sont disponibles dans le portail employé depuis ce matin.',
               'bank': 'Rappel : tout changement de dépôt direct doit être fait avant le 10 du mois pour la paie suivante.',
               'insurance': 'Le renouvellement de l\'assurance collective entre en vigueur le 1er janvier. Les primes augmentent de 4,2 %.',
               'holiday': 'Les demandes de congé pour la période des Fêtes doivent être déposées au plus tard le 15 novembre.',
               'cnesst': 'Tout accident de travail, même mineur, doit être déclaré dans les 24 heures au moyen du formulaire '
                         'de déclaration d\'événement (AH-223-1) et à la CNESST s\'il y a perte de temps.'}[k]
        m.subject = {'rl1': 'Relevés fiscaux disponibles', 'bank': 'Paie — dépôt direct', 'insurance': 'Assurance collective 2025',
                     'holiday': 'Congés des Fêtes', 'cnesst': 'Rappel — déclaration des accidents de travail'}[k]
    else:
        txt = {'rl1': 'Your RL-1 and T4 slips are now available in the employee portal.',
               'bank': 'Reminder: direct deposit changes must be submitted before the 10th.',
               'insurance': 'The group insurance renewal takes effect January 1; premiums increase by 4.2%.',
               'holiday': 'Holiday leave requests are due by November 15.',
               'cnesst': 'All workplace accidents must be reported within 24 hours.'}[k]
        m.subject = {'rl1': 'Tax slips available', 'bank': 'Payroll - direct deposit', 'insurance': 'Group insurance 2025',
                     'holiday': 'Holiday leave', 'cnesst': 'Reminder - reporting workplace accidents'}[k]
    m.text = f'{greet(ctx, lang)}\n\n{txt}\n\n{signature(ctx, s, lang)}' + footer(ctx, lang)
    return r.done(render_mail(m), f'HR / payroll notice ({k})')


# ------------------------------------------------------------------ N5 job posting
def n_job(ctx, lang):
    r = NegRec(ctx, 'job_posting', lang)
    s = staff('Bellefeuille')
    job = ctx.pick([('Infirmière clinicienne / infirmier clinicien — santé scolaire', 'School health clinical nurse'),
                    ('Sexologue — clinique jeunesse', 'Sexologist - youth clinic'),
                    ('Travailleuse sociale / travailleur social — services jeunesse', 'Social worker - youth services'),
                    ('Agente administrative / agent administratif — classe 2', 'Administrative officer - class 2')])
    no = f'JEU-{ctx.randint(2024, 2025)}-{ctx.randint(100, 999)}'
    if lang == 'fr':
        body = (f'Affichage interne {no}\n\nTitre d\'emploi : {job[0]}\nStatut : poste permanent, temps complet (35 h/semaine)\n'
                f'Port d\'attache : {ctx.pick(CLSCS)["name"]}\nExigences : membre en règle de l\'ordre professionnel; expérience auprès '
                f'des jeunes de 5 à 24 ans un atout (vaccination, santé sexuelle, santé mentale).\nPériode d\'affichage : du '
                f'{d_fr(ctx.date())} pour 14 jours.\n\nPostulez via le portail carrière.')
        subj = f'Affichage {no} — {job[0]}'
    else:
        body = (f'Internal posting {no}\n\nPosition: {job[1]}\nStatus: permanent, full-time\nBase: {ctx.pick(CLSCS)["name"]}\n'
                f'Requirements: member of the professional order; experience with youth 5-24 an asset.\n\nApply through the careers portal.')
        subj = f'Posting {no} - {job[1]}'
    m = Mail(ctx, lang).sender(s)
    m.add_to('Tout le personnel' if lang == 'fr' else 'All staff', f'tous@{ORG["dom"]}')
    m.subject = subj
    m.text = body + '\n\n' + signature(ctx, s, lang, 'mid')
    if ctx.chance(0.4):
        m.attach(data=make_pdf([('h', job[0] if lang == 'fr' else job[1]), ('p', body)]), ctype='application/pdf',
                 filename=f'affichage_{no}.pdf')
    return r.done(render_mail(m), 'internal job posting')


# ------------------------------------------------------------------ N6 IT notice
def n_it(ctx, lang):
    r = NegRec(ctx, 'it_notice', lang)
    s = staff('Séguin')
    d = ctx.date()
    k = ctx.pick(['registry', 'phish', 'emr', 'printer', 'vpn'])
    ticket = f'INC{ctx.randint(1000000, 9999999)}'
    if lang == 'fr':
        txt = {'registry': f'Le registre de vaccination sera inaccessible le {d_fr(d, "day")} de 18 h à 23 h pour une mise à jour. '
                           f'Les saisies de la journée de vaccination doivent être complétées avant 17 h.',
               'phish': 'Un courriel frauduleux intitulé « Mise à jour de votre boîte courriel » circule. Ne cliquez pas sur le lien '
                        'et ne saisissez jamais votre mot de passe. Transférez-le à securite@ciusss-rds.example.',
               'emr': f'La migration du dossier clinique informatisé des cliniques jeunesse aura lieu le {d_fr(d)}. Formation obligatoire de 2 h.',
               'printer': f'L\'imprimante de l\'infirmerie (HP LaserJet, no de série CNB{ctx.randint(1000000, 9999999)}) est remplacée. Billet {ticket}.',
               'vpn': 'Le nouveau client VPN est obligatoire pour le télétravail à compter du 1er février.'}[k]
        m_sub = {'registry': 'Interruption de service — registre de vaccination', 'phish': 'ALERTE — hameçonnage',
                 'emr': 'Migration DCI — cliniques jeunesse', 'printer': f'Billet {ticket} — imprimante',
                 'vpn': 'Nouveau VPN obligatoire'}[k]
    else:
        txt = {'registry': f'The vaccination registry will be unavailable on {d_en(d, "day")} 6-11 pm for an update.',
               'phish': 'A fraudulent e-mail "Mailbox update" is circulating. Do not click; forward it to security.',
               'emr': f'The youth clinic EMR migration is scheduled for {d_en(d)}. Mandatory 2-hour training.',
               'printer': f'Health room printer replaced. Ticket {ticket}.',
               'vpn': 'The new VPN client is mandatory for remote work from February 1.'}[k]
        m_sub = {'registry': 'Service interruption - vaccination registry', 'phish': 'ALERT - phishing',
                 'emr': 'EMR migration - youth clinics', 'printer': f'Ticket {ticket} - printer', 'vpn': 'New VPN required'}[k]
    m = Mail(ctx, lang).sender(s)
    m.add_to('Utilisateurs — Jeunesse' if lang == 'fr' else 'Users - Youth', f'jeunesse.tous@{ORG["dom"]}')
    m.subject = m_sub
    m.text = f'{greet(ctx, lang)}\n\n{txt}\n\n{"Soutien informatique" if lang == "fr" else "IT support"} — poste 4000\n{s.full}'
    return r.done(render_mail(m), f'IT notice ({k})')


# ------------------------------------------------------------------ N7 facilities / cold chain
def n_facilities(ctx, lang):
    r = NegRec(ctx, 'facilities', lang)
    s = staff('Fontaine') if ctx.chance(0.5) else staff('Gendron')
    k = ctx.pick(['fridge', 'closure', 'heating', 'parking'])
    serial = luhn_number(ctx, ctx.pick([9, 10]))
    d = ctx.date()
    if lang == 'fr':
        txt = {'fridge': f'Bris de chaîne de froid au {CLSCS[1]["name"]} : le réfrigérateur à vaccins (no d\'inventaire {serial}) a '
                         f'atteint 11,2 °C pendant environ 3 heures dans la nuit du {d_fr(d)}. Les vaccins (Gardasil 9 lot '
                         f'U{ctx.randint(100, 999)}{ctx.pick("ABCDEFGH")}{ctx.randint(10, 99)}, Engerix-B lot AHBV{ctx.randint(1000, 9999)}AA) '
                         f'sont en quarantaine en attendant l\'avis de la santé publique. Ne pas utiliser.',
               'closure': f'Le {CLSCS[0]["name"]} sera fermé le {d_fr(d, "day")} pour des travaux électriques. Les rendez-vous de la '
                          f'clinique jeunesse sont déplacés au {CLSCS[2]["name"]}.',
               'heating': 'Le chauffage du 2e étage est en réparation. Prévoyez une veste.',
               'parking': 'Le stationnement arrière sera déneigé jeudi matin : merci de déplacer vos véhicules avant 7 h.'}[k]
        m_sub = {'fridge': 'URGENT — bris de chaîne de froid', 'closure': 'Fermeture du CLSC', 'heating': 'Chauffage',
                 'parking': 'Déneigement'}[k]
    else:
        txt = {'fridge': f'Cold chain break: vaccine fridge (asset {serial}) reached 11.2 C for about 3 hours overnight on {d_en(d)}. '
                         f'Vaccines are quarantined pending public health advice.',
               'closure': f'{CLSCS[0]["name"]} is closed on {d_en(d, "day")} for electrical work; youth clinic moves to {CLSCS[2]["name"]}.',
               'heating': 'Second floor heating is being repaired.', 'parking': 'Back lot snow removal Thursday morning.'}[k]
        m_sub = {'fridge': 'URGENT - cold chain break', 'closure': 'CLSC closure', 'heating': 'Heating', 'parking': 'Snow removal'}[k]
    m = Mail(ctx, lang).sender(s)
    m.add_to(*dist_list(lang))
    m.subject = m_sub
    m.text = f'{greet(ctx, lang)}\n\n{txt}\n\n{signature(ctx, s, lang)}'
    if k == 'fridge' and ctx.chance(0.5):
        rows = [['Heure' if lang == 'fr' else 'Time', 'Temp. (°C)']] + \
            [[f'{h:02d}:00', f'{t:.1f}'] for h, t in zip(range(0, 8), [4.8, 5.1, 8.9, 11.2, 10.4, 7.7, 5.6, 4.9])]
        m.attach(kind='text', text='\n'.join(';'.join(x) for x in rows) + '\n', subtype='csv', charset='utf-8',
                 filename='releve_temperature.csv')
    return r.done(render_mail(m), f'facilities notice ({k})')


# ------------------------------------------------------------------ N8 invoice / purchase order
def n_invoice(ctx, lang):
    r = NegRec(ctx, 'invoice', lang)
    s = staff('Ducharme')
    supplier = ctx.pick([('Distribution Médicale Boréal inc.', 'facturation@boreal-med.example'),
                         ('Fournitures Cliniques Laurentides', 'ar@fcl.example'), ('MedSupply Canada Ltd.', 'billing@medsupply.example')])
    client_no = luhn_number(ctx, 9)
    inv = f'F-{ctx.randint(100000, 999999)}'
    items = ctx.sample([('Tests de grossesse urinaires (boîte de 50)', 'Urine pregnancy tests (box of 50)', 38.50),
                        ('Condoms (caisse de 1000)', 'Condoms (case of 1000)', 212.00),
                        ('Seringues 1 mL 25G x 1" (boîte de 100)', '1 mL syringes 25G x 1" (box of 100)', 24.90),
                        ('Contenants pour objets piquants 5 L', '5 L sharps containers', 6.75),
                        ('Glacières isothermes pour vaccins', 'Vaccine cooler bags', 89.00),
                        ('Thermomètres enregistreurs (data loggers)', 'Temperature data loggers', 145.00),
                        ('Pansements adhésifs (boîte de 100)', 'Adhesive bandages (box of 100)', 5.20)], 4)
    rows = [['Article' if lang == 'fr' else 'Item', 'Qté' if lang == 'fr' else 'Qty', 'Prix' if lang == 'fr' else 'Price',
             'Lot / série' if lang == 'fr' else 'Lot / serial']]
    total = 0
    for fr, en, price in items:
        q = ctx.randint(1, 20)
        total += q * price
        rows.append([fr if lang == 'fr' else en, q, f'{price:.2f}', f'{ctx.pick("ABCDEFGHKLMNPR")}{ctx.randint(10000, 99999)}-{ctx.randint(10, 99)}'])
    rows.append(['Total', '', f'{total * 1.14975:.2f}', ''])
    pdf = make_pdf([('h', ('FACTURE ' if lang == 'fr' else 'INVOICE ') + inv), ('kv', 'No client :' if lang == 'fr' else 'Customer no.:', client_no),
                    ('kv', 'Facturé à :' if lang == 'fr' else 'Bill to:', ORG['ciusss_fr']), ('table', rows, [250, 40, 70, 120]),
                    ('small', 'TPS 123456789 RT0001 — TVQ 1234567890 TQ0001')])
    m = Mail(ctx, lang)
    m.frm = supplier
    m.add_to(s.full, s.email)
    m.subject = (f'Facture {inv}' if lang == 'fr' else f'Invoice {inv}')
    m.text = (f'{greet(ctx, lang)}\n\n' + (f'Veuillez trouver ci-joint la facture {inv} pour votre commande. Numéro de client : {client_no}.'
                                          if lang == 'fr' else f'Please find invoice {inv} attached. Customer number: {client_no}.')
              + f'\n\n{supplier[0]}\nComptes recevables' + ('' if lang == 'fr' else ' / Accounts receivable'))
    m.attach(data=pdf, ctype='application/pdf', filename=f'{inv}.pdf')
    return r.done(render_mail(m), 'supplier invoice with lot numbers and a checksum-valid customer number')


# ------------------------------------------------------------------ N9 purchase / stock order for the youth clinic
def n_stock(ctx, lang):
    r = NegRec(ctx, 'stock_order', lang)
    n = staff(ctx.pick(['Vaillancourt', 'Goldberg', 'Hébert']))
    s = staff('Ducharme')
    items = ctx.sample(['Plan B (lévonorgestrel 1,5 mg) — 40 unités', 'Trousses de dépistage ITSS (TAAN urine) — 100',
                        'Tests de grossesse — 3 boîtes', 'Condoms — 2 caisses', 'Gardasil 9 — 20 doses (via santé publique)',
                        'Azithromycine 250 mg — 2 boîtes', 'Depo-Provera 150 mg/mL — 10 fioles'], 4)
    if lang == 'en':
        items = [x.replace('lévonorgestrel', 'levonorgestrel').replace('Trousses de dépistage ITSS (TAAN urine)', 'STI NAAT urine kits')
                 .replace('Tests de grossesse', 'Pregnancy tests').replace('caisses', 'cases').replace('boîtes', 'boxes')
                 .replace('unités', 'units').replace('fioles', 'vials').replace('via santé publique', 'via public health')
                 .replace('Azithromycine', 'Azithromycin') for x in items]
    bc = f'BC-{ctx.randint(20000, 99999)}'
    m = Mail(ctx, lang).sender(n)
    m.add_to(s.full, s.email)
    m.subject = (f'Commande clinique jeunesse — {bc}' if lang == 'fr' else f'Youth clinic order - {bc}')
    m.text = (f'{greet(ctx, lang, s.given)}\n\n' + ('Voici la commande mensuelle pour la clinique jeunesse :' if lang == 'fr'
                                                  else 'Here is the monthly youth clinic order:') + '\n' +
              '\n'.join('- ' + x for x in items) + '\n\n' + (f'Centre de coût 7{ctx.randint(10000, 99999)}. Merci!' if lang == 'fr'
                                                              else 'Thanks!') + f'\n{signature(ctx, n, lang, "mid")}')
    return r.done(render_mail(m), 'youth clinic monthly supply order')


# ------------------------------------------------------------------ N10 staff meeting invitation (ics)
def n_ics_meeting(ctx, lang):
    r = NegRec(ctx, 'meeting_invite', lang)
    org = staff(ctx.pick(['Gendron', 'Charbonneau', 'Lévesque']))
    d = ctx.date()
    start = datetime.datetime(d.year, d.month, d.day, ctx.pick([9, 13, 14]), 0)
    end = start + datetime.timedelta(hours=ctx.pick([1, 2, 3]))
    title = ctx.pick([('Formation : administration de l\'épinéphrine et gestion de l\'anaphylaxie', 'Training: epinephrine and anaphylaxis'),
                      ('Rencontre d\'équipe santé scolaire', 'School health team meeting'),
                      ('Formation RCR — recertification', 'CPR recertification'),
                      ('Préparation de la campagne VPH en 4e année', 'Planning the Grade 4 HPV campaign'),
                      ('Supervision clinique de groupe — santé mentale jeunesse', 'Group clinical supervision - youth mental health')])
    summary = title[0] if lang == 'fr' else title[1]
    attendees = [(s.full, s.email) for s in team(ctx, 4)]
    ics = make_ics('%032x' % ctx.rng.getrandbits(128), start, end, summary, ctx.pick(CLSCS)['name'] + ', salle 2.14',
                   ('Apportez votre ordinateur portable.' if lang == 'fr' else 'Bring your laptop.'), (org.full, org.email),
                   attendees, datetime.datetime(d.year, d.month, d.day, 6, 0))
    m = Mail(ctx, lang).sender(org)
    for a in attendees:
        m.add_to(*a)
    m.subject = summary
    m.text = (f'{summary}\n{d_fr(d, "day") if lang == "fr" else d_en(d, "day")} {start:%H:%M}-{end:%H:%M}')
    m.attach(kind='text', text=ics, subtype='calendar', charset='utf-8', filename='invite.ics', extra_ct='; method=REQUEST',
             cte=ctx.pick(['base64', '8bit']))
    return r.done(render_mail(m, form='plain'), 'staff meeting / training calendar invitation')


# ------------------------------------------------------------------ N11 staff vCard
def n_vcard_staff(ctx, lang):
    r = NegRec(ctx, 'staff_vcard', lang)
    s = staff(ctx.pick(NURSES + ['Gingras', 'Laberge', 'Pépin', 'Belhadj']))
    site = ctx.pick(CLSCS)
    vc = make_vcard(s.given, s.surname, org=ORG['ciusss_fr'] + ';' + site['name'], title=s.role_fr if lang == 'fr' else s.role_en,
                    tel_work=site['tel'] + f' x{ctx.randint(2100, 6999)}', email=s.email)
    mgr = staff('Charbonneau')
    m = Mail(ctx, lang).sender(mgr)
    m.add_to(*dist_list(lang))
    m.subject = (f'Bienvenue à {s.full}!' if lang == 'fr' else f'Welcome {s.full}!')
    m.text = (f'{greet(ctx, lang)}\n\n' + (f'{s.given} se joint à l\'équipe comme {s.role_fr}. Sa carte de contact est jointe.'
                                           if lang == 'fr' else f'{s.given} joins the team as {s.role_en}. Contact card attached.')
              + f'\n\n{signature(ctx, mgr, lang)}')
    m.attach(kind='text', text=vc, subtype='vcard', charset='utf-8', filename=f'{s.full}.vcf')
    return r.done(render_mail(m), 'welcome message with a staff member vCard')


# ------------------------------------------------------------------ N12 room / logistics reply chain
def n_logistics(ctx, lang):
    r = NegRec(ctx, 'logistics_thread', lang)
    n = staff(ctx.pick(NURSES))
    school = ctx.pick([s for s in SCHOOLS if s[2] == lang or lang == 'fr' and s[2] == 'fr'])
    from gen_compose import school_contact
    sec = school_contact(ctx, school, None, lang)
    d = ctx.date()
    if lang == 'fr':
        orig = (f'Bonjour {sec[3]},\n\nPour la vaccination du {d_fr(d, "day")}, aurais-je accès au gymnase ou à la bibliothèque '
                f'de 8 h à 14 h? Il me faudrait 4 tables, 8 chaises, une prise électrique pour le réfrigérateur portatif et un '
                f'paravent.\n\nMerci!\n{n.given}')
        reply = ctx.pick(['La bibliothèque est réservée pour toi. Le concierge installera les tables la veille.',
                          'Gymnase impossible (tournoi), mais tu peux prendre le local 112. Ça te va?'])
        subj = 'RE: Local pour la vaccination'
    else:
        orig = (f'Hi {sec[3]},\n\nFor the vaccination day on {d_en(d, "day")}, could I use the library from 8 to 2? I need 4 tables, '
                f'8 chairs, an outlet for the portable fridge and a screen.\n\nThanks!\n{n.given}')
        reply = 'The library is booked for you; the custodian will set up the tables the day before.'
        subj = 'RE: Room for vaccination day'
    m = Mail(ctx, lang)
    m.frm = (sec[0], sec[1])
    m.add_to(n.full, n.email)
    m.subject = subj
    m.text = f'{reply}\n\n{sec[0]}\n{school[0]}\n\n' + quote_block(ctx, lang, (n.full, n.email), (sec[0], sec[1]), ctx.dt(), subj[4:], orig)
    return r.done(render_mail(m), 'room booking thread for a vaccination day')


# ------------------------------------------------------------------ N13 student intern placement
def n_interns(ctx, lang):
    r = NegRec(ctx, 'intern_schedule', lang)
    coord = staff('Gendron')
    interns = ctx.sample([('Maude', 'Lefebvre'), ('Kassandra', 'Dionne'), ('Rémi', 'Auclair'), ('Sarah-Jane', 'Cormier'),
                          ('Ophélie', 'Brunet'), ('Yasmine', 'Cherif')], 3)
    rows = [['Stagiaire' if lang == 'fr' else 'Student', 'Préceptrice' if lang == 'fr' else 'Preceptor', 'Milieu' if lang == 'fr' else 'Site']]
    for g, s in interns:
        rows.append([f'{g} {s}', staff(ctx.pick(NURSES)).full, ctx.pick(SCHOOLS)[0]])
    m = Mail(ctx, lang).sender(coord)
    m.add_to(*dist_list(lang))
    m.subject = ('Stagiaires en soins infirmiers — session d\'hiver' if lang == 'fr' else 'Nursing students - winter term')
    m.text = (f'{greet(ctx, lang)}\n\n' + ('Voici le jumelage des stagiaires du cégep pour la session. Les stages débutent lundi.'
                                           if lang == 'fr' else 'Here are the student placements for the term.') +
              f'\n\n{text_table(rows)}\n\n{signature(ctx, coord, lang)}')
    return r.done(render_mail(m, form=ctx.pick(['plain', 'alt'])), 'nursing student placement list')


# ------------------------------------------------------------------ N14 thanks / social
def n_social(ctx, lang):
    r = NegRec(ctx, 'team_social', lang)
    s = staff(ctx.pick(['Lévesque', 'Charbonneau', 'Turcotte']))
    m = Mail(ctx, lang).sender(s)
    m.add_to(*dist_list(lang))
    if lang == 'fr':
        m.subject = ctx.pick(['Merci pour la campagne de vaccination!', 'Dîner-partage de Noël', 'Party de fin d\'année'])
        m.text = (f'{greet(ctx, "fr")}\n\n' + ctx.pick([
            'Un immense merci à toute l\'équipe : 1 842 doses administrées dans 23 écoles cet automne, sans aucun incident majeur. Bravo!',
            'Le dîner-partage aura lieu le 19 décembre à midi à la cafétéria. Inscrivez votre plat sur la feuille (sans arachides, svp!).',
            'On se retrouve le 20 juin à 16 h au parc des Hérons. Apportez vos chaises!']) + f'\n\n{s.given}')
    else:
        m.subject = ctx.pick(['Thank you for the vaccination campaign!', 'Holiday potluck'])
        m.text = f'{greet(ctx, "en")}\n\n' + ctx.pick(['Huge thanks: 1,842 doses given in 23 schools this fall!',
                                                      'Holiday potluck December 19 at noon - nut-free dishes please!']) + f'\n\n{s.given}'
    return r.done(render_mail(m), 'team social / thank-you message')
