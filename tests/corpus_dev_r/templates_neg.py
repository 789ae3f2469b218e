# Negative templates (not confidential).
def _N(ctx, lang, cat, subj, body, note, to=None, atts=None, cc=None, mode=None, frm=None, sigd=True, quote=''):
    frm = frm or int_sender(ctx, lang)
    dom = frm[1].split('@')[1]
    if dom in INT and not frm[1].split('@')[0] in ('rh', 'st', 'pharmacie', 'formation', 'servicedesk'):
        sg = sig(ctx, lang, frm[0])
    elif dom in INT:
        sg = '\n-- \n%s\n%s\n' % (frm[0], 'CHU Exemple' if lang == 'fr' else 'HGM Example Hospital')
    else:
        sg = '\n--\n%s\n%s | www.%s\n' % (frm[0], dom.split('.')[0].replace('-', ' ').title(), dom)
    d = dict(cat=cat, lang=lang, subject=subj, body=body + (sg if sigd else ''), types=[], note=note,
             to=to or [ext_rcpt(ctx)], atts=atts or [], cc=cc, **{'from': frm})
    if mode: d['mode'] = mode
    d['quote'] = quote
    return d

DAYS_FR = ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi']; DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']

def n_block_xlsx(ctx, lang):
    r = ctx.r
    rows = [['Salle', 'Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi'] if lang == 'fr' else ['Room'] + DAYS_EN]
    for i in range(1, r.randint(6, 10)):
        rows.append(['Salle %d' % i if lang == 'fr' else 'OR %d' % i] + [r.choice(STAFF) + ' (%s)' % r.choice(['ortho', 'gén.', 'uro', 'ORL', 'plast.']) for _ in range(5)])
    att = Att('horaire_blocs_%s.xlsx' % r.choice(['dec2026', 'jan2027']), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx('Blocs', rows))
    s = 'Horaire des blocs opératoires - version finale' if lang == 'fr' else 'OR block schedule - final version'
    b = ("Bonjour à tous,\n\nVoici l'horaire des blocs. Les échanges de blocs doivent passer par moi avant le 15.\n" if lang == 'fr'
         else "Hi all,\n\nAttached is the OR block schedule. Block swaps must go through me before the 15th.\n")
    return _N(ctx, lang, 'or_block_schedule', s, b, 'OR block schedule naming surgeons only', atts=[att], to=[ext_rcpt(ctx, 'chu-exemple.example', 'Chirurgiens')])

def n_recall(ctx, lang):
    r = ctx.r
    lots = []
    for _ in range(r.randint(3, 6)):
        b9 = ''.join(str(r.randint(0, 9)) for _ in range(9)); lots.append(b9 + luhn.calc_check_digit(b9))
    if lang == 'fr':
        s = 'AVIS DE RAPPEL - plateaux d\'instruments laparoscopie'
        b = ("Bonjour,\n\nLe fabricant rappelle les trocarts 12 mm (réf. TRC-%d). Lots visés :\n%s\n\nRetirer immédiatement des plateaux et retourner à la "
             "stérilisation (URDM). Aucun incident rapporté chez nous.\n") % (r.randint(1000, 9999), '\n'.join('- lot ' + l for l in lots))
    else:
        s = 'RECALL NOTICE - laparoscopic trocars'
        b = ("Hello,\n\nManufacturer recall on 12 mm trocars (ref TRC-%d). Affected lots:\n%s\n\nPull from trays now and return to MDRD. "
             "No incidents reported on site.\n") % (r.randint(1000, 9999), '\n'.join('- lot ' + l for l in lots))
    return _N(ctx, lang, 'instrument_recall', s, b, 'Instrument recall with lot numbers (checksum-valid look-alikes)', to=[ext_rcpt(ctx, 'chu-exemple.example', 'Stérilisation')])

def n_quote(ctx, lang):
    r = ctx.r
    lines = ['MedTek Supply Inc. - Quote Q-%d' % r.randint(10000, 99999), 'Bill to: CHU Exemple, Surgical Services',
             'Item: Arthroscopy shaver blades x 50   unit 84.00   total 4200.00', 'Item: Suction tubing x 200   unit 3.10   total 620.00',
             'GST 123456789 RT0001   QST 1234567890 TQ0001', 'Valid 30 days.']
    att = Att('quote_Q%d.pdf' % r.randint(1000, 9999), 'application/pdf', make_pdf('Quotation', lines))
    s = 'Soumission lames arthroscopie' if lang == 'fr' else 'Quote - arthroscopy blades'
    b = ("Bonjour,\n\nCi-joint la soumission révisée. Prix garantis jusqu'au 31 janvier.\n" if lang == 'fr' else
         "Good morning,\n\nRevised quote attached. Pricing held until Jan 31.\n")
    return _N(ctx, lang, 'vendor_quote', s, b, 'Vendor quote PDF', atts=[att], frm=('Greg Halloran', 'ghalloran@medtek-supply.example'),
              to=[('Achats bloc', 'achats.bloc@chu-exemple.example')])

def n_mm_announce(ctx, lang):
    r = ctx.r; sp = ctx.staff()
    if lang == 'fr':
        s = 'Rondes M&M chirurgie - jeudi 7 h'
        b = ("Bonjour,\n\nRondes de morbidité-mortalité jeudi à 7 h, amphithéâtre B.\nPrésentateur : %s (R4)\nCas : homme de 67 ans, fuite anastomotique "
             "après colectomie droite; discussion des critères de réintervention.\n\nCafé et viennoiseries sur place.\n") % sp
    else:
        s = 'Surgery M&M rounds - Thursday 7am'
        b = ("Hi all,\n\nM&M rounds Thursday 7:00, Amphitheatre B.\nPresenter: %s (PGY-4)\nCase: 67-year-old man, anastomotic leak after right "
             "hemicolectomy; discussion of re-operation criteria.\n\nCoffee provided.\n") % sp
    return _N(ctx, lang, 'mm_announcement', s, b, 'M&M rounds announcement with anonymised case', to=[ext_rcpt(ctx, 'chu-exemple.example', 'Département chirurgie')])

def n_rotation(ctx, lang):
    r = ctx.r
    lines = []
    for _ in range(r.randint(5, 8)):
        lines.append('%s | R%d | %s | %s' % (r.choice(['Dr Kim Tran', 'Dre Inès Bouzid', 'Dr Liam O\'Connor', 'Dre Zoé Martel', 'Dr Félix Caron', 'Dre Priya Nair', 'Dr Ben Adler']),
                     r.randint(1, 5), r.choice(['Chir. gén.', 'Ortho', 'Vasculaire', 'Thoracique', 'SI chir.']), r.choice(['P7', 'P8', 'P9'])))
    s = 'Rotations résidents - périodes 7 à 9' if lang == 'fr' else 'Resident rotations - blocks 7-9'
    b = ('Voici les rotations :\n\n' if lang == 'fr' else 'Rotations below:\n\n') + '\n'.join(lines) + '\n'
    return _N(ctx, lang, 'resident_rotations', s, b, 'Resident rotation table (staff only)', to=[ext_rcpt(ctx, 'umontreal-med.example', 'Programme chirurgie')])

def n_hr_leave(ctx, lang):
    r = ctx.r; sp = ctx.staff()
    if lang == 'fr':
        s = 'Absence - %s' % sp
        b = ("Bonjour,\n\n%s sera en congé de maladie jusqu'au 15 janvier (chirurgie au genou). Ses blocs du mardi sont redistribués; "
             "voir avec la coordination.\n") % sp
    else:
        s = 'Leave - %s' % sp
        b = ("Hi,\n\n%s is on sick leave until Jan 15 (knee surgery). Tuesday blocks are being reassigned; contact the coordinator.\n") % sp
    return _N(ctx, lang, 'hr_staff_leave', s, b, 'Staff sick leave notice (employee, not patient)', to=[ext_rcpt(ctx, 'chu-exemple.example', 'Chefs de service')])

def n_ssi(ctx, lang):
    r = ctx.r
    rows = ['%s | %d | %d | %.1f %%' % (p, n, k, 100.0 * k / n) for p, n, k in
            [(x, r.randint(40, 220), r.randint(0, 9)) for x in (['Colectomie', 'PTH', 'PTG', 'Césarienne', 'Pontage'] if lang == 'fr' else ['Colectomy', 'THA', 'TKA', 'C-section', 'CABG'])]]
    s = 'Surveillance ISO - T3 2026' if lang == 'fr' else 'SSI surveillance - Q3 2026'
    b = (("Bonjour,\n\nTaux d'infection du site opératoire, T3 :\n\n" if lang == 'fr' else "Hello,\n\nSurgical site infection rates, Q3:\n\n")
         + '\n'.join(rows) + ('\n\nAucune éclosion. Prochain rapport en février.\n' if lang == 'fr' else '\n\nNo clusters identified. Next report in February.\n'))
    return _N(ctx, lang, 'ssi_aggregate', s, b, 'SSI surveillance aggregate rates', to=[ext_rcpt(ctx, 'inspq-partenaire.example', 'SPIN')])

def n_waitstats(ctx, lang):
    r = ctx.r
    a, b_, c = r.randint(300, 900), r.randint(40, 200), r.randint(10, 60)
    if lang == 'fr':
        s = 'Indicateurs liste d\'attente - chirurgie'
        b = ("Bonjour,\n\nÀ la période 8 : %d patients en attente, dont %d > 6 mois et %d > 1 an. Ortho représente 41 %%. "
             "Objectif ministériel : 0 > 1 an d'ici mars.\n") % (a, b_, c)
    else:
        s = 'Wait list indicators - surgery'
        b = ("Hi,\n\nPeriod 8: %d patients waiting, %d over 6 months and %d over 1 year. Ortho accounts for 41%%. "
             "Ministry target: zero over 1 year by March.\n") % (a, b_, c)
    return _N(ctx, lang, 'waitlist_stats', s, b, 'Wait list aggregate indicators, no patient named', to=[ext_rcpt(ctx, 'msss-partenaire.example', 'Direction')])

def n_blank_form(ctx, lang):
    paras = ['Nom du patient : ____________________', 'NAM : ____________  DDN : ____/____/____', 'Intervention prévue : ____________________',
             'Allergies : ______  Anticoagulants : oui / non', 'Jeûne depuis minuit : oui / non']
    att = Att('formulaire_preop_vierge.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx('Questionnaire préopératoire', paras))
    s = 'Nouveau formulaire préop (gabarit)' if lang == 'fr' else 'New pre-op form (template)'
    b = ("Bonjour,\n\nVoici le nouveau gabarit du questionnaire préop, à utiliser dès lundi.\n" if lang == 'fr' else
         "Hi,\n\nHere is the new pre-op questionnaire template, in use from Monday.\n")
    return _N(ctx, lang, 'blank_form', s, b, 'Blank pre-op form template', atts=[att], to=[ext_rcpt(ctx, 'chu-exemple.example', 'Clinique préop')])

def n_it(ctx, lang):
    r = ctx.r
    if lang == 'fr':
        s = 'Interruption - NAS du bloc opératoire samedi'
        b = ("Bonjour,\n\nLe NAS BLOC-FS%02d (stockage réseau) sera arrêté samedi de 22 h à 2 h pour mise à jour. Le logiciel de planification "
             "restera accessible en lecture seule. Billet #%d.\n") % (r.randint(1, 9), r.randint(100000, 999999))
    else:
        s = 'Outage - OR NAS Saturday'
        b = ("Hello,\n\nNAS ORFS%02d (network storage) will be down Saturday 22:00-02:00 for firmware. The scheduling system stays read-only. "
             "Ticket #%d.\n") % (r.randint(1, 9), r.randint(100000, 999999))
    return _N(ctx, lang, 'it_outage', s, b, 'IT outage notice about network storage', frm=('Service Desk', 'servicedesk@chu-exemple.example'), to=[ext_rcpt(ctx, 'chu-exemple.example', 'Tous bloc')])

def n_conference(ctx, lang):
    r = ctx.r
    talks = ['%s - %s' % (ctx.staff(), t) for t in r.sample(['Cancer du pancréas : résécabilité' if lang == 'fr' else 'Pancreatic cancer: resectability',
             'ERAS en chirurgie colorectale' if lang == 'fr' else 'ERAS in colorectal surgery', 'Infections de prothèse articulaire' if lang == 'fr' else 'Periprosthetic joint infection',
             'Anesthésie et apnée du sommeil' if lang == 'fr' else 'Anaesthesia and OSA', 'Hernies complexes' if lang == 'fr' else 'Complex hernias'], 4)]
    s = 'Programme - Journée de chirurgie 2027' if lang == 'fr' else 'Programme - Surgery Day 2027'
    b = (('Programme de la journée :\n\n' if lang == 'fr' else 'Programme:\n\n') + '\n'.join('%d h 00  %s' % (8 + i, t) for i, t in enumerate(talks)) + '\n')
    return _N(ctx, lang, 'conference_programme', s, b, 'Conference programme: speakers and topics', to=[ext_rcpt(ctx, 'asso-chir.example', 'Membres')])

def n_teaching(ctx, lang):
    if lang == 'fr':
        s = 'Cas clinique - club de lecture'
        b = ("Cas pour mercredi : une femme de 54 ans se présente avec douleur à l'hypochondre droit, fièvre et leucocytose. Écho : vésicule "
             "distendue, paroi 6 mm. Questions : timing de la cholécystectomie ? Place du drainage percutané ?\n")
    else:
        s = 'Teaching case - journal club'
        b = ("Case for Wednesday: a 54-year-old woman presents with RUQ pain, fever and leukocytosis. US: distended gallbladder, 6 mm wall. "
             "Questions: timing of cholecystectomy? Role of percutaneous drainage?\n")
    return _N(ctx, lang, 'teaching_case', s, b, 'Anonymised teaching case', to=[ext_rcpt(ctx, 'chu-exemple.example', 'Résidents')])

def n_job(ctx, lang):
    r = ctx.r
    if lang == 'fr':
        s = 'Affichage de poste - infirmière de salle d\'opération'
        b = ("Poste : infirmière / infirmier de salle d'opération, temps complet, jour.\nNo d'affichage : %d\nExigences : membre OIIQ, 1 an d'expérience en "
             "bloc. Salaire selon convention.\nPostuler avant le 18 décembre.\n") % r.randint(20260000, 20269999)
    else:
        s = 'Job posting - OR nurse'
        b = ("Position: Operating Room Nurse, full-time days.\nPosting #%d\nRequirements: OIIQ licence, 1 yr perioperative experience. "
             "Salary per collective agreement.\nApply by December 18.\n") % r.randint(20260000, 20269999)
    return _N(ctx, lang, 'job_posting', s, b, 'Job posting', frm=('Ressources humaines', 'rh@chu-exemple.example'), to=[ext_rcpt(ctx, 'emplois-sante.example', 'Affichage')])

def n_facilities(ctx, lang):
    s = 'Stationnement P3 fermé - déneigement' if lang == 'fr' else 'P3 parking closed - snow removal'
    b = ("Le stationnement P3 sera fermé mardi de 6 h à 11 h. Le personnel du bloc peut utiliser P1 (carte d'accès).\n" if lang == 'fr' else
         "P3 will be closed Tuesday 6-11 am. OR staff may use P1 with their access card.\n")
    return _N(ctx, lang, 'facilities', s, b, 'Facilities notice', frm=('Services techniques', 'st@chu-exemple.example'), to=[ext_rcpt(ctx, 'chu-exemple.example', 'Tout le personnel')], sigd=False)

def n_staff_roster(ctx, lang):
    r = ctx.r
    lines = []
    for _ in range(r.randint(5, 8)):
        nm = r.choice(['Julie Gendron', 'Marco Pellegrini', 'Steve Ouimet', 'Anika Shah', 'Roxanne Bédard', 'Tom Walsh', 'Élise Fortier', 'Hugo Landry'])
        lines.append('%s | %s | emp %d | tél. %d | %s' % (r.choice(['Salle 3', 'Salle 5', 'SSPI', 'Salle 8', 'Salle 1']), nm, r.randint(100000, 999999),
                     r.randint(4000, 4999), r.choice(['7h-15h', '15h-23h', '23h-7h', 'garde'])))
    s = 'Affectations inf. bloc - semaine' if lang == 'fr' else 'OR nursing assignments - week'
    b = ('Affectations :\n\n' if lang == 'fr' else 'Assignments:\n\n') + '\n'.join(lines) + '\n'
    return _N(ctx, lang, 'staff_roster', s, b, 'Nursing staff roster with employee numbers and extensions', to=[ext_rcpt(ctx, 'chu-exemple.example', 'Bloc')])

def n_committee_ics(ctx, lang):
    r = ctx.r
    start = datetime.datetime(2026, 12, r.randint(1, 20), 12, 0)
    ics = make_ics('comite-%d@chu-exemple.example' % r.randint(1000, 9999), 'Comité du bloc opératoire' if lang == 'fr' else 'OR Committee',
                   'Ordre du jour : taux d\'annulation, utilisation des salles, budget instruments' if lang == 'fr' else 'Agenda: cancellation rate, room utilisation, instrument budget', start, lang, 'Salle du conseil')
    att = Att('invite.ics', 'text/calendar', ics)
    s = 'Invitation : Comité du bloc' if lang == 'fr' else 'Invitation: OR Committee'
    b = "Veuillez accepter l'invitation.\n" if lang == 'fr' else "Please accept the invite.\n"
    return _N(ctx, lang, 'committee_invite', s, b, 'Committee ICS invitation', atts=[att], to=[ext_rcpt(ctx, 'chu-exemple.example', 'Comité')])

def n_drug_bulletin(ctx, lang):
    if lang == 'fr':
        s = 'Bulletin pharmacie - pénurie d\'acide tranexamique'
        b = ("Pénurie d'acide tranexamique IV prévue jusqu'en février. Réserver aux arthroplasties et à la chirurgie cardiaque. "
             "Alternative : formulation orale en préop selon protocole.\n")
    else:
        s = 'Pharmacy bulletin - tranexamic acid shortage'
        b = ("IV tranexamic acid shortage expected until February. Reserve for arthroplasty and cardiac surgery. "
             "Alternative: oral pre-op dosing per protocol.\n")
    return _N(ctx, lang, 'pharmacy_bulletin', s, b, 'Drug shortage bulletin', frm=('Pharmacie', 'pharmacie@chu-exemple.example'), to=[ext_rcpt(ctx, 'chu-exemple.example', 'Prescripteurs')])

def n_tray_serials(ctx, lang):
    r = ctx.r
    rows = [['Plateau', 'No série', 'Dernier cycle', 'Stérilisateur']]
    for _ in range(r.randint(4, 8)):
        rows.append(['%s-%02d' % (r.choice(['ORTHO', 'LAPARO', 'ORL', 'VASC']), r.randint(1, 40)), 'SN%d' % r.randint(10 ** 7, 10 ** 8 - 1),
                     '2026-11-%02d' % r.randint(1, 28), 'AUTO-%d' % r.randint(1, 6)])
    att = Att('tracabilite_plateaux.csv', 'text/csv', make_csv(rows))
    s = 'Traçabilité plateaux - audit' if lang == 'fr' else 'Tray traceability - audit'
    b = "Extraction pour l'audit d'Agrément.\n" if lang == 'fr' else "Extract for the accreditation audit.\n"
    return _N(ctx, lang, 'tray_traceability', s, b, 'Instrument tray serials CSV', atts=[att], to=[ext_rcpt(ctx, 'agrement.example', 'Visiteurs')])

def n_vendor_vcard(ctx, lang):
    v = make_vcf('Nathalie Roy', 'Roy', 'Nathalie', '(514) 555-0148', None, 'Représentante - implants orthopédiques', org='Ortho Implants Canada')
    att = Att('Nathalie_Roy.vcf', 'text/vcard', v)
    s = 'Nouvelle représentante' if lang == 'fr' else 'New sales rep'
    b = ("Bonjour,\n\nNathalie Roy remplace Kevin pour votre territoire. Sa carte est jointe.\n" if lang == 'fr' else
         "Hi,\n\nNathalie Roy takes over from Kevin for your territory. Her card is attached.\n")
    return _N(ctx, lang, 'vendor_contact', s, b, 'Vendor sales representative vCard', atts=[att], frm=('Kevin Marsh', 'kmarsh@ortho-implants.example'),
              to=[('Bloc ortho', 'bloc.ortho@chu-exemple.example')])

def n_cancel_rate(ctx, lang):
    r = ctx.r
    if lang == 'fr':
        s = 'RE: Annulations de novembre'
        b = ("Merci. Pour compléter : %d annulations le jour même en novembre, dont %d pour manque de lits et %d pour patients non à jeun.\n") % (r.randint(20, 60), r.randint(5, 15), r.randint(2, 8))
        q = ("\n> Peux-tu me sortir les chiffres d'annulation du mois?\n")
    else:
        s = 'RE: November cancellations'
        b = ("Thanks. To add: %d same-day cancellations in November, %d for no beds and %d for patients not NPO.\n") % (r.randint(20, 60), r.randint(5, 15), r.randint(2, 8))
        q = ("\n> Can you pull the cancellation numbers for the month?\n")
    return _N(ctx, lang, 'cancellation_stats', s, b, 'Reply with cancellation counts only', to=[staff_addr(ctx, ctx.staff())], quote=q)

def n_invoice(ctx, lang):
    r = ctx.r
    rows = [['Invoice', 'INV-%d' % r.randint(100000, 999999)], ['PO', '4500%06d' % r.randint(0, 999999)], ['Item', 'Sutures Vicryl 2-0 (36)'],
            ['Qty', r.randint(5, 40)], ['Amount', '%.2f' % r.uniform(300, 4000)]]
    att = Att('facture_%d.xlsx' % r.randint(1000, 9999), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx('Invoice', rows))
    s = 'Facture - bon de commande' if lang == 'fr' else 'Invoice for PO'
    b = "Veuillez trouver la facture ci-jointe.\n" if lang == 'fr' else "Please find the invoice attached.\n"
    return _N(ctx, lang, 'invoice', s, b, 'Supplier invoice', atts=[att], frm=('Comptes recevables', 'ar@medtek-supply.example'),
              to=[('Comptes payables', 'cp@chu-exemple.example')])

def n_doc_disease(ctx, lang):
    sp = ctx.staff()
    if lang == 'fr':
        s = 'Nouvelle clinique - chirurgie bariatrique'
        b = ("Nous sommes heureux d'annoncer que %s ouvre une clinique de chirurgie bariatrique pour l'obésité sévère et le diabète de type 2, "
             "les mardis dès janvier. Références via le guichet.\n") % sp
    else:
        s = 'New clinic - bariatric surgery'
        b = ("We are pleased to announce that %s is opening a bariatric surgery clinic for severe obesity and type 2 diabetes, "
             "Tuesdays from January. Referrals via central intake.\n") % sp
    return _N(ctx, lang, 'clinic_announcement', s, b, 'Physician named next to diseases they treat', to=[ext_rcpt(ctx, 'gmf-plateau.example', 'Médecins')])

def n_fwd_newsletter(ctx, lang):
    inner = inner_eml(ctx, ('Infolettre ACC', 'news@asso-chir.example'), ('Membres', 'membres@asso-chir.example'), 'Infolettre décembre',
                      "Dans ce numéro : nouvelles lignes directrices sur l'antibioprophylaxie; appel de résumés; bourses de recherche.\n", 'fr')
    att = Att('infolettre.eml', 'message/rfc822', inner)
    s = 'TR: Infolettre décembre' if lang == 'fr' else 'FW: December newsletter'
    b = "Pour info, voir l'infolettre.\n" if lang == 'fr' else "FYI, newsletter attached.\n"
    return _N(ctx, lang, 'fwd_newsletter', s, b, 'Newsletter forwarded as .eml', atts=[att], to=[ext_rcpt(ctx, 'chu-exemple.example', 'Résidents')])

def n_daysurg_info(ctx, lang):
    if lang == 'fr':
        s = 'Dépliant chirurgie d\'un jour - révision'
        b = ("Bonjour,\n\nVoici le texte révisé du dépliant remis aux patients : arrivée 2 h avant, jeûne selon consignes, accompagnateur obligatoire "
             "pour le retour, téléphone de la clinique : 514 555-0100.\n")
    else:
        s = 'Day surgery leaflet - revision'
        b = ("Hi,\n\nRevised text of the patient leaflet: arrive 2 h early, fasting as instructed, an escort is required to go home, "
             "clinic phone 514-555-0100.\n")
    return _N(ctx, lang, 'patient_leaflet', s, b, 'Generic patient information leaflet text', to=[ext_rcpt(ctx, 'imprimerie.example', 'Production')])

def n_same_surname(ctx, lang):
    p = ctx.nam_patient()
    dr = 'Dr %s %s' % (p['gn'], p['sn']) if p['sex'] == 'M' else 'Dre %s %s' % (p['gn'], p['sn'])
    if lang == 'fr':
        s = 'Bienvenue à %s' % dr
        b = "Veuillez accueillir %s, nouvelle recrue en chirurgie vasculaire, qui débute lundi au bloc. Bureau B-312, poste 4412.\n" % dr
    else:
        s = 'Welcome %s' % dr
        b = "Please welcome %s, our new vascular surgeon, starting Monday in the OR. Office B-312, ext 4412.\n" % dr
    return _N(ctx, lang, 'staff_welcome', s, b, 'Welcome note for a new surgeon', to=[ext_rcpt(ctx, 'chu-exemple.example', 'Département')])

def n_caselist_noname(ctx, lang):
    r = ctx.r
    lines = ['%s | %s | %s | %s' % ('Salle %d' % r.randint(1, 10) if lang == 'fr' else 'OR %d' % r.randint(1, 10), '%02d:%02d' % (r.choice([7, 9, 11, 13]), r.choice([0, 30])),
             ctx.proc(lang), ctx.staff()) for _ in range(r.randint(5, 8))]
    s = 'Programme opératoire de demain (sans identifiants)' if lang == 'fr' else "Tomorrow's OR slate (de-identified)"
    b = (("Pour la planification du personnel et du matériel (aucune donnée patient) :\n\n" if lang == 'fr' else
          "For staffing and equipment planning (no patient data):\n\n") + '\n'.join(lines) + '\n')
    return _N(ctx, lang, 'or_slate_deidentified', s, b, 'OR slate listing rooms, procedures and surgeons only', to=[ext_rcpt(ctx, 'medtek-supply.example', 'Rep terrain')])

def n_training(ctx, lang):
    s = 'Formation obligatoire - décompte chirurgical' if lang == 'fr' else 'Mandatory training - surgical count'
    b = ("Rappel : la formation en ligne sur le décompte des compresses et instruments est obligatoire pour tout le personnel du bloc d'ici le 31 décembre. "
         "Lien dans l'intranet, 45 minutes.\n" if lang == 'fr' else
         "Reminder: the online surgical count (sponges/instruments) module is mandatory for all OR staff by Dec 31. Link on the intranet, 45 min.\n")
    return _N(ctx, lang, 'staff_training', s, b, 'Staff training reminder', frm=('Formation', 'formation@chu-exemple.example'), to=[ext_rcpt(ctx, 'chu-exemple.example', 'Personnel bloc')])

def n_research_agg(ctx, lang):
    r = ctx.r
    s = 'Étude ERAS - recrutement' if lang == 'fr' else 'ERAS study - recruitment update'
    b = (("Bonjour,\n\nRecrutement au %d novembre : %d participants randomisés (%d bras ERAS, %d standard). Aucun EIG rapporté ce mois-ci. "
          "Prochaine réunion du comité de surveillance le 14 janvier.\n" if lang == 'fr' else
          "Hi,\n\nAs of Nov %d: %d participants randomised (%d ERAS arm, %d control). No SAEs this month. DSMB meets Jan 14.\n")
         % (r.randint(20, 30), 120, 61, 59))
    return _N(ctx, lang, 'research_aggregate', s, b, 'Research recruitment aggregates', to=[ext_rcpt(ctx, 'kingston-hsc.example', 'Study coordinator')])

def n_bi_failure(ctx, lang):
    r = ctx.r
    if lang == 'fr':
        s = 'Indicateur biologique positif - charge %d' % r.randint(1000, 9999)
        b = ("Bonjour,\n\nIndicateur biologique positif sur le stérilisateur AUTO-%d, charge du %s. Les %d plateaux de la charge sont rappelés; "
             "aucun n'a été utilisé selon la traçabilité. Stérilisateur hors service jusqu'à validation.\n") % (r.randint(1, 6), ctx.date(lang, (-5, -1)), r.randint(4, 12))
    else:
        s = 'Positive biological indicator - load %d' % r.randint(1000, 9999)
        b = ("Hi,\n\nPositive BI on sterilizer AUTO-%d, load of %s. All %d trays in the load recalled; traceability shows none were used. "
             "Sterilizer out of service pending validation.\n") % (r.randint(1, 6), ctx.date(lang, (-5, -1)), r.randint(4, 12))
    return _N(ctx, lang, 'sterilizer_bi', s, b, 'Sterilizer biological-indicator failure, trays only', to=[ext_rcpt(ctx, 'chu-exemple.example', 'Prévention infections')])

def n_implant_recall_agg(ctx, lang):
    r = ctx.r; k = r.randint(6, 30)
    if lang == 'fr':
        s = 'Rappel de prothèse - nombre de patients concernés'
        b = ("Bonjour,\n\nSuite au rappel Santé Canada, %d patients opérés chez nous ont reçu une tige du lot visé. La liste nominative sera transmise "
             "par le canal sécurisé uniquement. Lettre type aux patients en révision.\n") % k
    else:
        s = 'Implant recall - number of patients affected'
        b = ("Hi,\n\nFollowing the Health Canada recall, %d of our patients received a stem from the affected lot. The named list will go only through "
             "the secure channel. Patient letter template under review.\n") % k
    return _N(ctx, lang, 'implant_recall_count', s, b, 'Implant recall with patient count only', to=[ext_rcpt(ctx, 'ortho-implants.example', 'Quality')])

NEG = [n_bi_failure, n_implant_recall_agg, n_caselist_noname, n_training, n_research_agg, n_block_xlsx, n_recall, n_quote, n_mm_announce, n_rotation, n_hr_leave, n_ssi, n_waitstats, n_blank_form, n_it, n_conference,
       n_teaching, n_job, n_facilities, n_staff_roster, n_committee_ics, n_drug_bulletin, n_tray_serials, n_vendor_vcard, n_cancel_rate,
       n_invoice, n_doc_disease, n_fwd_newsletter, n_daysurg_info, n_same_surname]
