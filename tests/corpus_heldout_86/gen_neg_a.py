"""Negative templates, part A: marketing, fee schedules, blank forms,
supplier invoices and purchase orders, staff schedules, HR, the clinic's own
employees' occupational health, payroll and job postings."""
import datetime
from gen_core import L, Mail, who, clinic, agent, INJURIES, PSYCH, MEDS, JOBS, pick
import gen_people as P
import gen_ids as I
import gen_mime as M
import gen_files as F

TD = datetime.timedelta


def any_clinic(rng, lang):
    return rng.choice(P.CLINICS_FR if lang == 'fr' else P.CLINICS_EN)


def letterhead(c, lang):
    return [c.name, c.street + ', ' + c.city, L(lang, 'Tél. : ', 'Tel: ') + c.phone]


SERVICES = [('rééducation vestibulaire (vertiges, commotions cérébrales)', 'vestibular rehabilitation (dizziness, concussion)'),
            ('programme de retour au travail pour lombalgie', 'return-to-work program for low back pain'),
            ('ergonomie de bureau et prévention des TMS', 'office ergonomics and MSD prevention'),
            ('physiothérapie périnéale', 'pelvic floor physiotherapy'),
            ('traitement des commotions cérébrales chez l\'adulte', 'adult concussion management'),
            ('clinique de l\'épaule (tendinopathies, capsulite)', 'shoulder clinic (tendinopathy, frozen shoulder)'),
            ('réadaptation après fracture du poignet', 'wrist fracture rehabilitation'),
            ('évaluation des capacités fonctionnelles en 48 h', 'functional capacity evaluations within 48 h')]


# --------------------------------------------------------------------------- N1
def infolettre(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    mk = P.staff(rng, c, 'mgr')
    m.sender = (c.name, 'infolettre@' + c.domain if lang == 'fr' else 'news@' + c.domain)
    m.to = [(L(lang, 'Partenaires', 'Partners'), 'partenaires@' + c.domain)]
    svc = rng.sample(SERVICES, 3)
    pt = P.staff(rng, c, 'physio')
    m.subject = rng.choice([L(lang, 'Infolettre %s — nouveautés' % P.MOIS[m.date.month - 1], '%s newsletter - what\'s new' % P.MONTHS[m.date.month - 1]),
                            L(lang, 'Nouveau service : %s' % svc[0][0].split(' (')[0], 'New service: %s' % svc[0][1].split(' (')[0]),
                            L(lang, '-15 % sur les évaluations ergonomiques ce mois-ci', '15% off ergonomic assessments this month')])
    body = L(lang,
             'Chers partenaires,\n\n%s est heureuse d\'annoncer l\'ouverture de notre service de %s. %s, physiothérapeute formé%s en %s, se joint à l\'équipe.\n\n'
             'Aussi offerts :\n- %s\n- %s\n\nLes références CNESST, SAAQ et assureurs privés sont acceptées; délai de prise en charge de 48 h.\n\n'
             'Pour vous désabonner, répondez « STOP ».\n\n%s',
             'Dear partners,\n\n%s is pleased to announce our new %s service. %s, a physiotherapist trained in %s, joins the team.\n\n'
             'Also available:\n- %s\n- %s\n\nWSIB, CNESST, auto insurer and private referrals are welcome; 48-hour intake.\n\n'
             'To unsubscribe, reply STOP.\n\n%s')
    if lang == 'fr':
        body = body % (c.name, svc[0][0], pt.full, 'e' if pt.sex == 'F' else '', svc[0][0].split(' (')[0], svc[1][0], svc[2][0], P.signature(rng, mk, 'fr', 'full'))
    else:
        body = body % (c.name, svc[0][1], pt.full, svc[0][1].split(' (')[0], svc[1][1], svc[2][1], P.signature(rng, mk, 'en', 'full'))
    m.text = body
    m.structure = rng.choice(['html', 'alt', 'alt'])
    m.html = ('<html><body style="font-family:Arial"><table width="600" align="center"><tr><td style="background:#0b6e4f;color:#fff;padding:12px">'
              '<h1>%s</h1></td></tr><tr><td>%s</td></tr><tr><td style="font-size:9pt;color:#666">%s<br>%s · %s</td></tr></table></body></html>') % (
        c.name, M.text_to_html(body, 'plain').split('<body', 1)[1].split('>', 1)[1].rsplit('</body>', 1)[0], c.street, c.city, c.phone)
    return m, 'infolettre' if lang == 'fr' else 'newsletter', L(lang, 'infolettre de la clinique', 'clinic newsletter')


# --------------------------------------------------------------------------- N2
def grille_tarifaire(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    s = P.staff(rng, c, rng.choice(['admin', 'mgr']))
    m.sender = s
    m.to = [(L(lang, 'Équipe clinique', 'Clinical team'), 'equipe@' + c.domain)] if rng.random() < 0.5 else [who(P.external(rng, *rng.choice(P.INSURERS_FR if lang == 'fr' else P.INSURERS_EN), lang=lang))]
    yr = m.date.year + (1 if m.date.month > 9 else 0)
    rows = [[L(lang, 'Service', 'Service'), L(lang, 'Code', 'Code'), L(lang, 'Tarif privé ($)', 'Private fee ($)'), L(lang, 'Tarif CNESST/SAAQ ($)', 'WSIB/MVA fee ($)')]]
    for svc, code in [(L(lang, 'Évaluation initiale physiothérapie', 'Physiotherapy initial assessment'), 'PH-01'),
                      (L(lang, 'Traitement de physiothérapie', 'Physiotherapy treatment'), 'PH-02'),
                      (L(lang, 'Évaluation en ergothérapie', 'OT assessment'), 'ER-01'),
                      (L(lang, 'Évaluation des capacités fonctionnelles (ÉCF)', 'Functional capacity evaluation (FCE)'), 'ER-05'),
                      (L(lang, 'Visite de poste de travail', 'Job site visit'), 'ER-07'),
                      (L(lang, 'Rapport écrit / formulaire', 'Written report / form'), 'AD-02'),
                      (L(lang, 'Copie de dossier (par page)', 'Chart copy (per page)'), 'AD-09')]:
        base = rng.choice([45, 55, 65, 80, 95, 120, 140, 480])
        rows.append([svc, code, '%.2f' % base, '%.2f' % (base * 0.9)])
    m.subject = rng.choice([L(lang, 'Grille tarifaire %d' % yr, '%d fee schedule' % yr), L(lang, 'Nouveaux tarifs au 1er avril', 'New rates effective April 1')])
    m.text = '%s\n\n%s\n\n%s\n\n%s' % (P.greeting(rng, lang), L(lang, 'Voici la grille tarifaire qui entrera en vigueur. Les tarifs CNESST suivent l\'entente en vigueur avec l\'Association.',
                                                                 'Here is the fee schedule coming into effect. Agency rates follow the current provincial agreement.'),
                                       M.text_table(rows) if rng.random() < 0.5 else L(lang, 'Détail en pièce jointe.', 'Details attached.'), P.signature(rng, s, lang))
    r = rng.random()
    if r < 0.35:
        m.attach_xlsx(L(lang, 'grille_tarifaire_%d.xlsx', 'fee_schedule_%d.xlsx') % yr, [(L(lang, 'Tarifs', 'Fees'), rows)])
    elif r < 0.55:
        m.attach_csv(L(lang, 'tarifs_%d.csv', 'fees_%d.csv') % yr, rows)
    else:
        m.attach_pdf(L(lang, 'Grille_tarifaire_%d.pdf', 'Fee_schedule_%d.pdf') % yr, L(lang, 'Grille tarifaire %d', 'Fee schedule %d') % yr, [('t', rows)], letterhead=letterhead(c, lang))
    return m, 'grille_tarifaire' if lang == 'fr' else 'fee_schedule', L(lang, 'grille tarifaire', 'fee schedule')


# --------------------------------------------------------------------------- N3
def formulaire_vierge(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    s = P.staff(rng, c, 'admin')
    m.sender = s
    m.to = [who(P.staff(rng, c)) for _ in range(rng.randrange(1, 3))]
    kind = rng.choice(['consent', 'intake', 'release', 'rtw'])
    titles = {'consent': L(lang, 'Consentement à la communication de renseignements', 'Consent to release information'),
              'intake': L(lang, 'Questionnaire d\'accueil — lésion professionnelle', 'Intake questionnaire - workplace injury'),
              'release': L(lang, 'Demande d\'accès au dossier', 'Request for access to records'),
              'rtw': L(lang, 'Formulaire de capacités fonctionnelles (vierge)', 'Functional Abilities Form (blank)')}
    title = titles[kind]
    kv = [(L(lang, 'Nom du patient', 'Patient name'), '_______________________'),
          (L(lang, 'Date de naissance (AAAA-MM-JJ)', 'Date of birth (YYYY-MM-DD)'), '____-__-__'),
          (L(lang, 'No d\'assurance maladie (NAM)', 'Health card number'), '[ ][ ][ ][ ] [ ][ ][ ][ ] [ ][ ][ ][ ]'),
          (L(lang, 'Adresse', 'Address'), '_______________________'),
          (L(lang, 'Téléphone', 'Telephone'), '(___) ___-____'),
          (L(lang, 'No de dossier CNESST / SAAQ', 'WSIB / insurer claim no.'), '__________'),
          (L(lang, 'Diagnostic', 'Diagnosis'), '_______________________'),
          (L(lang, 'Médication actuelle', 'Current medication'), '_______________________'),
          (L(lang, 'Signature', 'Signature'), '_______________   Date : ________')]
    checks = [(L(lang, 'Douleur au dos', 'Back pain'), False), (L(lang, 'Douleur à l\'épaule', 'Shoulder pain'), False),
              (L(lang, 'Engourdissements', 'Numbness'), False), (L(lang, 'Diabète', 'Diabetes'), False), (L(lang, 'Hypertension', 'High blood pressure'), False)]
    blocks = [('p', L(lang, 'À remplir par le client avant la première visite. Tous les champs sont obligatoires.', 'To be completed by the client before the first visit. All fields are required.')),
              ('kv', kv)]
    if kind == 'intake':
        blocks.append(('h', L(lang, 'Antécédents', 'History')))
        blocks.append(('check', checks) if rng.random() < 0.5 else ('t', [[L(lang, 'Condition', 'Condition'), L(lang, 'Oui', 'Yes'), L(lang, 'Non', 'No')]] + [[x[0], '☐', '☐'] for x in checks]))
    m.subject = rng.choice([L(lang, 'Nouveau formulaire : %s' % title, 'New form: %s' % title), L(lang, 'Formulaire à imprimer', 'Form to print'), L(lang, 'Gabarit mis à jour', 'Updated template')])
    m.text = '%s\n\n%s\n\n%s' % (P.greeting(rng, lang), L(lang, 'Voici la version à jour du formulaire « %s ». Merci de détruire les anciennes copies papier à la réception.' % title,
                                                            'Here is the updated "%s" form. Please recycle the old paper copies at the front desk.' % title), P.signature(rng, s, lang))
    fn = P.strip_accents(title).replace(' ', '_').replace("'", '')[:40]
    if rng.random() < 0.5:
        m.attach_docx(fn + '.docx', title, [b if b[0] != 'check' else b for b in blocks])
    else:
        m.attach_pdf(fn + '.pdf', title, [b for b in blocks if b[0] != 'check'] + ([('p', '\n'.join('☐ ' + x[0] for x in checks))] if kind == 'intake' else []), letterhead=letterhead(c, lang))
    return m, 'formulaire_vierge' if lang == 'fr' else 'blank_form', L(lang, 'formulaire vierge', 'blank form')


# --------------------------------------------------------------------------- N4
EQUIP = [('Appareil TENS/EMS 2 canaux', 'TENS/EMS unit, 2 channels', 289.0), ('Table de traitement électrique', 'Electric treatment table', 3450.0),
         ('Ultrason thérapeutique 1/3 MHz', 'Therapeutic ultrasound 1/3 MHz', 2190.0), ('Bandes élastiques (rouleau 45 m)', 'Resistance band roll (45 m)', 96.5),
         ('Électrodes auto-adhésives 5x5 (40)', 'Self-adhesive electrodes 5x5 (40)', 38.0), ('Dynamomètre de préhension', 'Hand grip dynamometer', 412.0),
         ('Compresses chaudes (12)', 'Hot packs (12)', 144.0), ('Ballon d\'exercice 65 cm', 'Exercise ball 65 cm', 29.0),
         ('Goniomètre 12 po', '12 in. goniometer', 18.75), ('Papier de table (12 rouleaux)', 'Table paper (12 rolls)', 64.0)]


def facture_fournisseur(ctx, po=False):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    sup = rng.choice([('Médi-Équipement Laval', 'mediequip.example'), ('RehabSource Canada', 'rehabsource.example'), ('Fournitures Cliniques Boréal', 'fcboreal.example')])
    rep = P.external(rng, sup[0], sup[1], lang, L(lang, 'Comptes clients', 'Accounts receivable'))
    buyer = P.staff(rng, c, rng.choice(['admin', 'mgr']))
    items = rng.sample(EQUIP, rng.randrange(2, 5))
    rows = [[L(lang, 'Article', 'Item'), L(lang, 'No de série / lot', 'Serial / lot'), L(lang, 'Qté', 'Qty'), L(lang, 'Prix', 'Price')]]
    tot = 0
    for it in items:
        q = rng.randrange(1, 4)
        serial = rng.choice([I.luhn_serial(rng, 9), 'SN' + I.luhn_serial(rng, 10), 'LOT %s' % I.luhn_serial(rng, 9)])
        rows.append([it[0] if lang == 'fr' else it[1], serial, str(q), '%.2f' % (it[2] * q)])
        tot += it[2] * q
    rows.append(['', '', 'TPS/TVQ' if lang == 'fr' else 'HST', '%.2f' % (tot * 0.14975)])
    rows.append(['', '', 'Total', '%.2f' % (tot * 1.14975)])
    num = ('BC-' if po else 'INV-') + '%06d' % rng.randrange(0, 999999)
    if po:
        m.sender, m.to = buyer, [who(rep)]
        m.subject = L(lang, 'Bon de commande %s' % num, 'Purchase order %s' % num)
        intro = L(lang, 'Veuillez traiter le bon de commande ci-joint. Livraison au %s, à l\'attention de la réception.' % c.street,
                  'Please process the attached purchase order. Deliver to %s, attention front desk.' % c.street)
        sig = P.signature(rng, buyer, lang)
    else:
        m.sender, m.to = rep, [who(buyer)]
        m.subject = L(lang, 'Facture %s — %s' % (num, sup[0]), 'Invoice %s - %s' % (num, sup[0]))
        intro = L(lang, 'Voici la facture pour votre commande du %s. Paiement net 30 jours.' % P.fdate(m.date - TD(days=10), 'fr'),
                  'Attached is the invoice for your order of %s. Terms net 30.' % P.fdate(m.date - TD(days=10), 'en'))
        sig = '%s\n%s\n%s\n' % (rep.full, sup[0], P.phone(rng, '450'))
    m.text = '%s\n\n%s\n\n%s' % (P.greeting(rng, lang, (rep if po else buyer).first), intro, sig)
    m.attach_pdf('%s.pdf' % num, (L(lang, 'Bon de commande', 'Purchase order') if po else L(lang, 'Facture', 'Invoice')) + ' ' + num,
                 [('kv', [(L(lang, 'Client', 'Customer'), c.name), (L(lang, 'Adresse', 'Address'), c.street + ', ' + c.city)]), ('t', rows)])
    cat = ('bon_commande' if lang == 'fr' else 'purchase_order') if po else ('facture_fournisseur' if lang == 'fr' else 'supplier_invoice')
    return m, cat, L(lang, 'facture/bon de commande d\'équipement (numéros de série)', 'equipment invoice/PO (serial numbers)')


def bon_commande(ctx):
    return facture_fournisseur(ctx, po=True)


# --------------------------------------------------------------------------- N5
def horaire_personnel(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    mgr = P.staff(rng, c, 'mgr')
    team = [P.staff(rng, c) for _ in range(rng.randrange(5, 9))]
    m.sender = mgr
    m.to = [(L(lang, 'Toute l\'équipe', 'All staff'), 'equipe@' + c.domain)]
    days = L(lang, ['Lun', 'Mar', 'Mer', 'Jeu', 'Ven', 'Sam'], ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'])
    rows = [[L(lang, 'Employé', 'Staff'), L(lang, 'Titre', 'Role')] + days]
    for t in team:
        rows.append([t.full, t.title] + [rng.choice(['8-16', '12-20', '7-15', '—', 'Off' if lang == 'en' else 'Congé', L(lang, 'Formation', 'Training')]) for _ in days])
    wk = m.date + TD(days=7 - m.date.weekday())
    m.subject = rng.choice([L(lang, 'Horaire du personnel - semaine du %s' % P.fdate(wk, 'fr'), 'Staff schedule - week of %s' % P.fdate(wk, 'en')),
                            L(lang, 'Horaire été', 'Summer schedule')])
    m.text = '%s\n\n%s\n\n%s' % (P.greeting(rng, lang), L(lang, 'Voici l\'horaire. Les échanges de quarts doivent être approuvés par moi. %s est en congé de maternité à partir du 15.' % team[0].first,
                                                            'Here is the schedule. Shift swaps need my approval. %s starts parental leave on the 15th.' % team[0].first), P.signature(rng, mgr, lang))
    r = rng.random()
    if r < 0.5:
        m.attach_xlsx(L(lang, 'horaire_personnel_%s.xlsx', 'staff_schedule_%s.xlsx') % wk.isoformat(), [(L(lang, 'Horaire', 'Schedule'), rows)])
    elif r < 0.75:
        m.attach_csv(L(lang, 'horaire_%s.csv', 'roster_%s.csv') % wk.isoformat(), rows)
    else:
        m.structure = 'html'
        m.html = '<html><body><p>%s</p>%s<p>%s</p></body></html>' % (P.greeting(rng, lang), M.html_table(rows), mgr.full)
    return m, 'horaire_personnel' if lang == 'fr' else 'staff_schedule', L(lang, 'horaire du personnel', 'staff schedule')


# --------------------------------------------------------------------------- N6
def conge_rh(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    emp, mgr = P.staff(rng, c), P.staff(rng, c, 'mgr')
    d1 = m.date + TD(days=rng.randrange(20, 90))
    d2 = d1 + TD(days=rng.randrange(4, 15))
    kind = rng.randrange(4)
    if kind == 0:
        m.sender, m.to = emp, [who(mgr)]
        m.subject = L(lang, 'Demande de vacances', 'Vacation request')
        body = L(lang, 'J\'aimerais prendre mes vacances du %s au %s. Mes clients seront transférés à %s.' % (P.fdate(d1, 'fr'), P.fdate(d2, 'fr'), P.staff(rng, c).first),
                 'I would like to take vacation from %s to %s. My caseload will be covered by %s.' % (P.fdate(d1, 'en'), P.fdate(d2, 'en'), P.staff(rng, c).first))
    elif kind == 1:
        m.sender, m.to = mgr, [who(emp)]
        m.subject = L(lang, 'RE: Demande de vacances — approuvée', 'RE: Vacation request - approved')
        body = L(lang, 'C\'est approuvé pour le %s au %s. Bon repos!' % (P.fdate(d1, 'fr'), P.fdate(d2, 'fr')), 'Approved for %s to %s. Enjoy!' % (P.fdate(d1, 'en'), P.fdate(d2, 'en')))
    elif kind == 2:
        m.sender, m.to = mgr, [(L(lang, 'Personnel', 'Staff'), 'personnel@' + c.domain)]
        m.subject = L(lang, 'Rappel : banque de congés mobiles', 'Reminder: floating holidays')
        body = L(lang, 'Il reste %d jours de congés mobiles à utiliser avant le 31 mars. Les demandes se font dans le portail RH.' % rng.randrange(1, 4),
                 'You have %d floating days to use before March 31. Submit requests in the HR portal.' % rng.randrange(1, 4))
    else:
        m.sender, m.to = emp, [who(mgr)]
        m.subject = L(lang, 'Absence demain', 'Off tomorrow')
        body = L(lang, 'Je serai absente demain, enfant malade. Mes RV de 8 h à 11 h sont à déplacer.', 'I will be off tomorrow, sick child at home. My 8-11 am bookings need to be moved.')
    m.text = '%s\n\n%s\n\n%s' % (P.greeting(rng, lang, m.to[0][0].split()[0] if kind in (0, 1, 3) else None), body, P.signature(rng, m.sender, lang, rng.choice(['short', 'mid'])))
    return m, 'conge_rh' if lang == 'fr' else 'leave_hr', L(lang, 'congés et vacances du personnel', 'staff leave and vacation')


# --------------------------------------------------------------------------- N7
def sante_employe(ctx):
    """The clinic's OWN employees' occupational health: staff information."""
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    emp, mgr = P.staff(rng, c), P.staff(rng, c, 'mgr')
    kind = rng.randrange(6)
    hello = None
    if kind == 0:
        m.sender, m.to = mgr, [(L(lang, 'Personnel', 'Staff'), 'personnel@' + c.domain)]
        m.subject = L(lang, 'Vaccination antigrippale du personnel', 'Staff flu shot clinic')
        body = L(lang, 'La vaccination contre l\'influenza et la COVID-19 pour le personnel aura lieu le %s de 12 h à 14 h dans la salle de repos. Inscription auprès de %s.' % (
            P.fdate(m.date + TD(days=9), 'fr', 'day'), emp.first),
                 'Influenza and COVID-19 shots for staff will be offered on %s from noon to 2 pm in the lunch room. Sign up with %s.' % (P.fdate(m.date + TD(days=9), 'en', 'day'), emp.first))
    elif kind == 1:
        m.sender, m.to = mgr, [(L(lang, 'Équipe', 'Team'), 'equipe@' + c.domain)]
        m.subject = L(lang, 'Retour de %s' % emp.first, '%s is back' % emp.first)
        body = L(lang, '%s revient lundi en retour progressif (3 jours/semaine) après son arrêt de travail. Merci de lui éviter les transferts de clients lourds pour les prochaines semaines.' % emp.full,
                 '%s returns Monday on a graduated schedule (3 days/week) after medical leave. Please avoid assigning heavy client transfers for the next few weeks.' % emp.full)
    elif kind == 2:
        m.sender, m.to = emp, [who(mgr)]
        hello = mgr.first
        m.subject = L(lang, 'Déclaration d\'accident de travail — moi', 'Workplace incident report - me')
        body = L(lang, 'Je me suis fait mal au poignet droit en ajustant la table 3 ce matin. J\'ai rempli le registre des premiers soins; je vais consulter ce soir si ça persiste. Formulaire ADR à signer?',
                 'I hurt my right wrist adjusting table 3 this morning. I filled in the first-aid log; I will see a doctor tonight if it persists. Do you need me to sign the incident form?')
    elif kind == 3:
        m.sender, m.to = mgr, [who(emp)]
        hello = emp.first
        m.subject = L(lang, 'Évaluation ergonomique de ton poste', 'Ergonomic assessment of your workstation')
        body = L(lang, 'Suite à tes maux de dos, %s fera l\'évaluation ergonomique de ton poste à la réception jeudi. Une chaise neuve est commandée.' % P.staff(rng, c, 'ergo').first,
                 'Following your back discomfort, %s will assess your front-desk workstation on Thursday. A new chair is on order.' % P.staff(rng, c, 'ergo').first)
    elif kind == 5:
        hr = P.staff(rng, c, 'admin')
        m.sender, m.to = mgr, [who(hr)]
        hello = hr.first
        inj = rng.choice(INJURIES[:8])
        d0 = m.date - TD(days=rng.randrange(5, 30))
        m.subject = L(lang, 'Dossier CNESST de %s (employé)' % emp.full, 'WSIB claim for our employee %s' % emp.full)
        body = L(lang, 'Pour le dossier d\'employeur : %s, %s chez nous, s\'est blessé%s le %s en transférant un client (%s). '
                       'J\'ai signé l\'avis de l\'employeur. Assignation temporaire à la réception 4 h/jour dès lundi; merci d\'ajuster la paie et l\'horaire.' % (
                           emp.full, emp.title, 'e' if emp.sex == 'F' else '', P.fdate(d0, 'fr'), inj[0]),
                 'For the employer file: %s, %s here, was injured on %s transferring a client (%s). I signed the employer\'s report. '
                 'Modified duties at the front desk 4 h/day from Monday; please adjust payroll and the schedule.' % (emp.full, emp.title, P.fdate(d0, 'en'), inj[1]))
    else:
        m.sender, m.to = mgr, [who(emp)]
        hello = emp.first
        m.subject = L(lang, 'Programme d\'aide aux employés', 'Employee assistance program')
        body = L(lang, 'Comme discuté, voici les coordonnées du PAE (24/7) : 1-800-555-0142. C\'est confidentiel et gratuit. Prends le temps qu\'il te faut.',
                 'As discussed, here is the EAP line (24/7): 1-800-555-0142. It is confidential and free. Take the time you need.')
    m.text = '%s\n\n%s\n\n%s' % (P.greeting(rng, lang, hello), body, P.signature(rng, m.sender, lang, rng.choice(['short', 'mid', 'full'])))
    return m, 'sante_employe' if lang == 'fr' else 'staff_occ_health', L(lang, 'santé au travail d\'un employé de la clinique (information RH)', 'clinic employee\'s occupational health (HR information)')


# --------------------------------------------------------------------------- N8
def paie(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    pay = P.staff(rng, c, 'admin')
    pay.title = L(lang, 'Paie et avantages sociaux', 'Payroll & Benefits')
    m.sender = pay
    m.to = [(L(lang, 'Personnel', 'Staff'), 'personnel@' + c.domain)]
    k = rng.randrange(3)
    if k == 0:
        m.subject = L(lang, 'Talons de paie disponibles', 'Pay stubs available')
        body = L(lang, 'Les talons de paie de la période %d sont disponibles dans le portail. Dépôt le %s.' % (rng.randrange(1, 26), P.fdate(m.date + TD(days=2), 'fr')),
                 'Pay stubs for period %d are in the portal. Deposit on %s.' % (rng.randrange(1, 26), P.fdate(m.date + TD(days=2), 'en')))
    elif k == 1:
        m.subject = L(lang, 'Feuillets T4 / Relevé 1', 'T4 slips')
        body = L(lang, 'Vos feuillets T4 et Relevé 1 sont disponibles. Vérifiez votre NAS et votre adresse dans le portail; toute correction doit être faite avant le 15 février.',
                 'Your T4 slips are available. Please check your SIN and address in the portal; corrections are due by February 15.')
    else:
        m.subject = L(lang, 'Heures supplémentaires — rappel', 'Overtime - reminder')
        rows = [[L(lang, 'Employé', 'Employee'), L(lang, 'Heures sup.', 'OT hours'), L(lang, 'Taux', 'Rate')]] + [[P.staff(rng, c).full, str(rng.randrange(1, 9)), '1.5'] for _ in range(4)]
        body = L(lang, 'Voici le relevé des heures supplémentaires à valider :\n\n', 'Overtime to validate:\n\n') + M.text_table(rows)
    m.text = '%s\n\n%s\n\n%s' % (P.greeting(rng, lang), body, P.signature(rng, pay, lang))
    return m, 'paie' if lang == 'fr' else 'payroll', L(lang, 'paie du personnel', 'staff payroll')


# --------------------------------------------------------------------------- N9
def offre_emploi(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = any_clinic(rng, lang)
    hr = P.staff(rng, c, 'mgr')
    role = rng.choice([L(lang, 'Physiothérapeute', 'Physiotherapist'), L(lang, 'Ergothérapeute', 'Occupational Therapist'),
                       L(lang, 'Adjoint(e) administratif(ve) — dossiers CNESST', 'Administrative Assistant - WSIB files'), L(lang, 'Kinésiologue', 'Kinesiologist'),
                       L(lang, 'Thérapeute en réadaptation physique', 'Physiotherapy Assistant')])
    m.sender = hr
    m.to = [('Emplois', 'emplois@ordre-partenaires.example')] if lang == 'fr' else [('Careers board', 'jobs@rehab-careers.example')]
    m.subject = L(lang, 'Offre d\'emploi : %s (temps plein)' % role, 'Job posting: %s (full time)' % role)
    body = L(lang, '%s recherche un(e) %s pour sa clientèle de travailleurs accidentés (CNESST, SAAQ) et d\'assurés privés.\n\n'
               'Exigences :\n- Membre en règle de l\'ordre professionnel\n- Intérêt pour la réadaptation des TMS, lombalgies et commotions\n- Bilinguisme un atout\n\n'
               'Salaire : %d $ à %d $/h selon l\'expérience. Envoyez votre CV à %s.',
               '%s is hiring a %s for injured workers (WSIB, auto) and private clients.\n\n'
               'Requirements:\n- Registered with the regulatory college\n- Interest in MSD, low back pain and concussion rehab\n- French an asset\n\n'
               'Pay: $%d to $%d/h depending on experience. Send your resume to %s.') % (c.name, role.lower(), rng.randrange(32, 40), rng.randrange(42, 55), hr.email)
    m.text = body + '\n\n' + P.signature(rng, hr, lang)
    return m, 'offre_emploi' if lang == 'fr' else 'job_posting', L(lang, 'offre d\'emploi', 'job posting')
