"""Positive scenarios, part 2: cross-border, social work, palliative logistics, documents."""
import gen_attach as A
import gen_common as C
import gen_core as K
import gen_data as D
from gen_mime import Attachment
from gen_scen import Result, apply_transport, quote_block


def _first(s):
    return s[0] if s[5] == '' else '%s %s' % (s[5], s[1])


def p_subject_only(ctx, lang):
    r = ctx.rng
    p = ctx.qc_patient()
    a, b = ctx.staff('nurse'), ctx.staff('onc')
    room = r.randint(401, 438)
    if lang == 'fr':
        subj = r.choice(['%s %s (ch. %d) – NF fébrile, pip-tazo débuté' % (p.title('fr'), p.surname, room),
                         '%s %s – hypercalcémie, zolédronate à prescrire' % (p.surname.upper(), p.given[0]),
                         '%s %s %s : pompe hydromorphone à renouveler' % (p.title('fr'), p.given[0] + '.', p.surname)])
        body = r.choice(['Voir note au dossier. Merci', 'Peux-tu passer à l\'unité avant 16 h ?', 'Svp rappeler l\'unité, poste 4410.'])
    else:
        subj = r.choice(['%s %s (rm %d) - febrile neutropenia, pip-tazo started' % (p.title('en'), p.surname, room),
                         '%s %s - hypercalcemia, needs zoledronic acid order' % (p.surname.upper(), p.given[0]),
                         '%s %s: hydromorphone pump renewal' % (p.given[0] + '.', p.surname)])
        body = r.choice(['See chart note. Thanks', 'Can you come to the unit before 4 pm?', 'Please call the unit, ext 4410.'])
    T = {'patient_name', 'diagnosis', 'medication'}
    if 'pompe' in subj or 'pump' in subj:
        T = {'patient_name', 'medication'}
    m = ctx.new_mail(ctx.who(a, lang), [ctx.who(b, lang)], subj, lang)
    apply_transport(m, r, body + '\n\n' + a[0])
    return Result(m, T, 'identifying details only in Subject line', 'subject_only')


def p_ontario(ctx, lang):
    r = ctx.rng
    p = ctx.extra_patient('on')
    ont = ('Jennifer Walsh', 'jwalsh@' + D.LRCP['dom'])
    ph = ctx.staff('pharm')
    dx = ctx.dx(p)
    ids = r.choice([('name', 'ca_health_number', 'dob'), ('name', 'ca_health_number'), ('rev', 'ca_health_number', 'dob')])
    who, T = ctx.ref(p, lang, ids)
    labs = K._labs(ctx, lang, 2)
    T |= {'diagnosis', 'medication', 'lab_result', 'social_information'}
    cyc = r.randint(2, 6)
    if lang == 'en':
        subj = r.choice(['Transfer of care - chemo continuation', 'Patient relocating to Haute-Riviere', 'Care transfer LRCP -> CHHR'])
        body = ("%s\n\nWe have a patient relocating to your area to live with her daughter after a separation: %s.\n"
                "Dx: %s. Currently on %s, last cycle (C%d) given %s.\nMost recent labs: %s.\n"
                "Allergies: penicillin (rash). Please let me know who should receive the full treatment summary.\n\n"
                "%s\nJennifer Walsh, RPh\nOncology Pharmacy, %s\n%s\nT 705-555-0148"
                % (ctx.greet('en'), who, dx[1], D.REGIMENS[dx[2]][1], cyc, C.fmt_date(ctx.date().date(), 'en', 2), labs,
                   ctx.closing('en'), D.LRCP['en'], D.LRCP['addr']))
        m = ctx.new_mail(ont, [ctx.who(ph, 'en')], subj, 'en')
    else:
        subj = r.choice(['Transfert de soins – patiente de l\'Ontario', 'Transfer of care / transfert – suite chimio'])
        body = ("Bonjour Mme Walsh,\n\n(English follows in attachment if needed.) Nous prenons le relais pour %s, "
                "qui a déménagé chez sa fille après une séparation.\nDx : %s. Protocole : %s, dernier cycle C%d.\n"
                "Labos d'hier chez nous : %s.\nPourriez-vous nous transmettre le sommaire de traitement complet ?\n\n%s\n%s"
                % (who, dx[0], D.REGIMENS[dx[2]][0], cyc, labs, ctx.closing('fr'), ctx.sig(ph, 'fr')))
        m = ctx.new_mail(ctx.who(ph, 'fr'), [ont], subj, 'fr')
    apply_transport(m, r, body)
    return Result(m, T, 'interprovincial transfer with Ontario health number', 'ontario_transfer')


def p_belgium(ctx, lang):
    r = ctx.rng
    p = ctx.extra_patient('be')
    be = r.choice([('Dr Pierre Dethier', 'p.dethier@'), ('Dr An Vermeulen', 'a.vermeulen@')])
    be = (be[0], be[1] + D.HADELIN['dom'])
    onc = ctx.staff('onc')
    dx = ctx.dx(p)
    ids = r.choice([('name', 'be_niss'), ('name', 'be_niss', 'dob'), ('caps', 'be_niss')])
    who, T = ctx.ref(p, lang, ids)
    T |= {'diagnosis', 'medication'}
    if lang == 'fr':
        subj = r.choice(['Suivi oncologique – patient(e) résidant au Québec', 'Demande de relais de traitement', 'Relais – %s' % p.surname])
        body = ("Chère Consœur, cher Confrère,\n\nJe me permets de vous adresser %s, suivi(e) dans notre service pour %s, "
                "qui s'installe au Québec pour deux ans (mutation professionnelle du conjoint).\n"
                "Traitement en cours : %s, bien toléré hormis une asthénie grade 1.\n"
                "Je vous joins le dernier compte rendu de RCP. N'hésitez pas à me contacter.\n\n"
                "Bien confraternellement,\n%s\n%s\n%s\nTél. +32 4 555 20 13"
                % (who, dx[0], D.REGIMENS[dx[2]][0], be[0], D.HADELIN['fr'], D.HADELIN['addr']))
        T.add('social_information')
        m = ctx.new_mail(be, [ctx.who(onc, 'fr')], subj, 'fr', region='eu')
        if r.random() < 0.5:
            pdf = A.make_pdf('Compte rendu de RCP', ['Patient : %s' % who, 'Diagnostic : %s' % dx[0],
                                                      'Décision : poursuite %s' % D.REGIMENS[dx[2]][0]])
            m.attachments.append(Attachment('CR_RCP_%s.pdf' % p.surname, 'application/pdf', pdf))
    else:
        subj = 'Follow-up request - Belgian patient in Quebec'
        body = ("Dear colleague,\n\nI am referring %s, treated in our unit for %s, who is moving to Quebec for two years.\n"
                "Current treatment: %s. Please find the last MDT report attached on request.\n\nKind regards,\n%s\n%s\nTel +32 4 555 20 13"
                % (who, dx[1], D.REGIMENS[dx[2]][1], be[0], D.HADELIN['en']))
        m = ctx.new_mail(be, [ctx.who(onc, 'en')], subj, 'en', region='eu')
    apply_transport(m, r, body)
    return Result(m, T, 'Belgian referral with NISS', 'belgium_referral')


def p_france(ctx, lang):
    r = ctx.rng
    p = ctx.extra_patient('fr')
    fr = r.choice([('Claire Bonnefoy, pharmacienne PUI', 'claire.bonnefoy@'), ('Mathieu Roussel, pharmacien', 'm.roussel@')])
    fr = (fr[0], fr[1] + D.ORNAIN['dom'])
    ph = ctx.staff('pharm')
    dx = ctx.dx(p)
    meds = r.sample(D.SUPPORT_MEDS, 2) + [r.choice(D.PALLIATIVE_MEDS)]
    ids = r.choice([('name', 'fr_nir'), ('name', 'fr_nir', 'dob'), ('rev', 'fr_nir')])
    who, T = ctx.ref(p, lang, ids)
    T |= {'medication', 'diagnosis'}
    if lang == 'fr':
        subj = r.choice(['Conciliation médicamenteuse – patient hospitalisé chez vous', 'Traitement habituel de %s' % p.surname,
                         'Demande de conciliation'])
        body = ("Bonjour,\n\nSuite à votre appel, voici le traitement habituel de %s, suivi(e) chez nous pour %s :\n%s\n"
                "Dernière cure de %s le %s.\nLa personne de confiance désignée est son frère, joignable au +33 3 29 555 014.\n\n"
                "Cordialement,\n%s\n%s"
                % (who, dx[0], '\n'.join('- ' + m[0] for m in meds), D.REGIMENS[dx[2]][0].split(':')[0],
                   C.fmt_date(ctx.date().date(), 'fr', 1), fr[0], D.ORNAIN['fr']))
        T.add('social_information')
        m = ctx.new_mail(fr, [ctx.who(ph, 'fr')], subj, 'fr', region='eu')
    else:
        subj = 'Medication reconciliation request - French visitor'
        body = ("%s\n\nOne of your patients, %s, was admitted here yesterday while visiting family. "
                "He/she reports treatment for %s with %s. Could you send the current medication list?\n\n%s\n%s"
                % (ctx.greet('en'), who, dx[1], D.REGIMENS[dx[2]][1].split(':')[0], ctx.closing('en'), ctx.sig(ph, 'en')))
        m = ctx.new_mail(ctx.who(ph, 'en'), [fr], subj, 'en')
    apply_transport(m, r, body)
    return Result(m, T, 'French hospital pharmacy exchange with NIR', 'france_reconciliation')


def p_social_sin(ctx, lang):
    r = ctx.rng
    p = ctx.qc_patient() if r.random() < 0.6 else ctx.extra_patient()
    sw = ctx.staff('sw')
    sin = C.gen_sin(r)
    dx = ctx.dx(p)
    T = {'patient_name', 'ca_sin', 'diagnosis', 'social_information'}
    dob = ''
    if r.random() < 0.5:
        dob = (' (DDN %s)' if lang == 'fr' else ' (DOB %s)') % C.fmt_date(p.dob, lang, r.choice([0, 1, 2]))
        T.add('date_of_birth')
    sin_s = C.fmt_sin(sin, r.randint(0, 2))
    if 'ramq_nam' in p.ids and r.random() < 0.5:
        sin_s += (', NAM %s' if lang == 'fr' else ', RAMQ %s') % C.fmt_nam(p.ids['ramq_nam'], r.randint(0, 4))
        T.add('ramq_nam')
    insurer = ('Service des réclamations', 'reclamations@assurances-boreal.example')
    if lang == 'fr':
        subj = r.choice(['Demande d\'invalidité – documents', 'Réclamation assurance salaire – %s' % p.surname, 'PSR-D : formulaire'])
        body = ("Bonjour,\n\nJe vous transmets, avec son consentement, les informations pour la demande d'invalidité de "
                "%s %s%s, NAS %s.\nDiagnostic : %s ; traitements en cours, incapacité totale de travailler depuis %s.\n"
                "Situation : %s. Le formulaire médical signé par l'oncologue suivra par télécopieur.\n\n%s\n%s"
                % (p.given, p.surname, dob, sin_s, dx[0], C.MOIS[r.randint(0, 11)], r.choice(D.SOCIAL_FR[:5]),
                   ctx.closing('fr'), ctx.sig(sw, 'fr')))
    else:
        subj = r.choice(['Disability claim - documents', 'LTD claim - %s' % p.surname, 'CPP-D application'])
        body = ("Hello,\n\nWith the patient's consent, here is the information for the disability claim of %s %s%s, SIN %s.\n"
                "Diagnosis: %s; on active treatment, fully unable to work since %s.\nSituation: %s. "
                "The oncologist's medical form will follow by fax.\n\n%s\n%s"
                % (p.given, p.surname, dob, sin_s, dx[1], C.MONTHS[r.randint(0, 11)], r.choice(D.SOCIAL_EN[:5]),
                   ctx.closing('en'), ctx.sig(sw, 'en')))
    m = ctx.new_mail(ctx.who(sw, lang), [insurer], subj, lang)
    apply_transport(m, r, body)
    return Result(m, T, 'social worker disability claim with SIN', 'social_sin')


def p_sap_request(ctx, lang):
    r = ctx.rng
    p = ctx.qc_patient()
    ph = ctx.staff('pharm')
    drug = r.choice([('dacarbazine (importation, pénurie)', 'dacarbazine (import, shortage)'),
                     ('lurbinectédine', 'lurbinectedin'), ('selpercatinib', 'selpercatinib'),
                     ('tébentafusp', 'tebentafusp')])
    dx = ctx.dx(p)
    ids = r.choice([('mrn', 'dob'), ('name', 'dob'), ('initial', 'mrn', 'dob'), ('name', 'ramq_nam', 'dob'), ('ramq_nam', 'dob')])
    who, T = ctx.ref(p, lang, ids, title=False)
    T |= {'diagnosis', 'medication'}
    prior = D.REGIMENS[dx[2]][0 if lang == 'fr' else 1].split(':')[0]
    if lang == 'fr':
        subj = r.choice(['Demande PAS – %s' % drug[0].split(' ')[0], 'Programme d\'accès spécial : demande urgente'])
        body = ("%s\n\nVeuillez trouver la demande d'accès spécial pour %s.\nPatient : %s, sexe %s.\nIndication : %s, "
                "en progression après %s.\nPosologie demandée : selon monographie, 3 mois.\nMédecin traitant : %s.\n\n%s\n%s"
                % (ctx.greet('fr'), drug[0], who, p.sex, dx[0], prior, D.staff_name(ctx.staff('onc'), 'fr'),
                   ctx.closing('fr'), ctx.sig(ph, 'fr')))
    else:
        subj = r.choice(['SAP request - %s' % drug[1].split(' ')[0], 'Special Access request - urgent'])
        body = ("%s\n\nPlease find our special access request for %s.\nPatient: %s, sex %s.\nIndication: %s, "
                "progressing after %s.\nRequested: per monograph, 3 months.\nTreating physician: %s.\n\n%s\n%s"
                % (ctx.greet('en'), drug[1], who, p.sex, dx[1], prior, D.staff_name(ctx.staff('onc'), 'en'),
                   ctx.closing('en'), ctx.sig(ph, 'en')))
    m = ctx.new_mail(ctx.who(ph, lang), [('Programme d\'accès spécial', 'pas-sap@acces-special.example')], subj, lang)
    apply_transport(m, r, body)
    return Result(m, T, 'special access drug request for identified patient', 'sap_request')


def p_death(ctx, lang):
    r = ctx.rng
    p = ctx.qc_patient() if r.random() < 0.6 else ctx.extra_patient()
    n = ctx.staff('clsc')
    street, town, tel = ctx.contact(p, lang)
    fam = r.choice(['sa fille Nancy', 'son conjoint', 'son fils Éric', 'sa conjointe'])
    ids = r.choice([('name',), ('rev',), ('name', 'mrn')] + ([('name', 'ramq_nam')] if 'ramq_nam' in p.ids else []))
    who, T = ctx.ref(p, lang, ids)
    T |= {'medication', 'social_information', 'patient_contact'}
    t = '%d h %02d' % (r.randint(0, 6), r.randint(0, 59))
    if lang == 'fr':
        subj = r.choice(['Décès à domicile', 'Décès cette nuit – récupération matériel', 'Avis de décès SAD'])
        body = ("%s\n\n%s est décédé(e) à domicile cette nuit à %s, paisiblement, entouré(e) de sa famille.\n"
                "Merci de récupérer la pompe CADD et les cassettes d'hydromorphone restantes au %s, %s. "
                "%s sera sur place demain après-midi (tél. %s).\nDemander aussi la destruction des timbres de fentanyl.\n\n%s\n%s"
                % (ctx.greet('fr'), who, t, street, town, fam[0].upper() + fam[1:], tel, ctx.closing('fr'), ctx.sig(n, 'fr', D.CLSC, D.CLSC['dom'])))
    else:
        fam_en = {'sa fille Nancy': 'her daughter Nancy', 'son conjoint': 'the spouse', 'son fils Éric': 'the son, Eric', 'sa conjointe': 'the spouse'}[fam]
        subj = r.choice(['Death at home', 'Patient died overnight - equipment pickup', 'Home care death notice'])
        body = ("%s\n\n%s died peacefully at home overnight at %s with family present.\nPlease pick up the CADD pump and remaining "
                "hydromorphone cassettes at %s, %s. %s will be there tomorrow afternoon (tel. %s).\nAlso arrange destruction of the fentanyl patches.\n\n%s\n%s"
                % (ctx.greet('en'), who, t.replace(' h ', ':'), street, town, fam_en[0].upper() + fam_en[1:], tel, ctx.closing('en'),
                   ctx.sig(n, 'en', D.CLSC, D.CLSC['dom'])))
    m = ctx.new_mail((D.staff_name(n, lang, False), D.staff_addr(n, D.CLSC['dom'])),
                     [('Pharmacie CHHR' if lang == 'fr' else 'CHHR Pharmacy', 'pharmacie@chhr.example'),
                      ('Prêt d\'équipement' if lang == 'fr' else 'Equipment loans', 'equipement@' + D.CLSC['dom'])], subj, lang)
    apply_transport(m, r, body)
    return Result(m, T, 'home death notice with address, family and drugs', 'death_notice')


def p_html_alert(ctx, lang):
    r = ctx.rng
    rows = [{'fr': ['Patient', 'Dossier', 'Unité', 'Alerte', 'Médicament', 'Valeur'],
             'en': ['Patient', 'MRN', 'Unit', 'Alert', 'Drug', 'Value']}[lang]]
    pool = D.LABS_FR if lang == 'fr' else D.LABS_EN
    for _ in range(r.randint(2, 5)):
        p = ctx.qc_patient() if r.random() < 0.6 else ctx.extra_patient()
        lab = r.choice(pool)
        drug = r.choice(D.SUPPORT_MEDS + D.PALLIATIVE_MEDS)[0 if lang == 'fr' else 1]
        rows.append(['%s, %s' % (p.surname.upper(), p.given), p.ids['mrn'], r.choice(['4E', '4O', 'USP', 'HJ-Onco']),
                     r.choice({'fr': ['Ajustement rénal', 'Interaction majeure', 'Valeur hors cible'],
                               'en': ['Renal adjustment', 'Major interaction', 'Out-of-range value']}[lang]),
                     drug, '%s %s' % (lab[0], lab[1](r))])
    T = {'patient_name', 'mrn', 'medication', 'lab_result'}
    intro = ("Rapport automatique – alertes pharmacothérapeutiques non traitées depuis plus de 12 h."
             if lang == 'fr' else "Automated report - pharmacotherapy alerts unresolved for more than 12 h.")
    foot = ("Ne pas répondre à ce courriel. SyPharm v7.3 – Département de pharmacie, CHHR."
            if lang == 'fr' else "Do not reply. SyPharm v7.3 - Pharmacy Department, CHHR.")
    subj = '[SyPharm] %s (%d)' % ('Alertes en attente' if lang == 'fr' else 'Pending alerts', len(rows) - 1)
    m = ctx.new_mail(('SyPharm', 'noreply-sypharm@chhr.example'), [ctx.who(ctx.staff('pharm'), lang)], subj, lang)
    m.mailer = None
    apply_transport(m, r, '%s\n\n[[TABLE]]\n\n%s' % (intro, foot), table=rows, fmt='html')
    return Result(m, T, 'HTML-only automated alert table', 'html_alert')


def p_medrec_docx(ctx, lang):
    r = ctx.rng
    p = ctx.qc_patient()
    ph, doc = ctx.staff('pharm'), ctx.staff('pall')
    dx = ctx.dx(p)
    meds = r.sample(D.PALLIATIVE_MEDS, 3) + r.sample(D.SUPPORT_MEDS, 2)
    T = {'patient_name', 'date_of_birth', 'mrn', 'medication', 'diagnosis'}
    li = 0 if lang == 'fr' else 1
    if lang == 'fr':
        title = 'Bilan comparatif des médicaments – admission USP'
        paras = ['Nom : %s, %s' % (p.surname.upper(), p.given), 'Date de naissance : %s' % C.fmt_date(p.dob, 'fr', 0),
                 'Dossier : %s' % p.ids['mrn'], 'Diagnostic principal : %s' % dx[0],
                 'Sources : patient, pharmacie communautaire, DSQ']
        table = [['Médicament', 'Avant admission', 'Décision']]
    else:
        title = 'Best possible medication history - PCU admission'
        paras = ['Name: %s, %s' % (p.surname.upper(), p.given), 'Date of birth: %s' % C.fmt_date(p.dob, 'en', 0),
                 'MRN: %s' % p.ids['mrn'], 'Primary diagnosis: %s' % dx[1], 'Sources: patient, community pharmacy, provincial drug record']
        table = [['Medication', 'Pre-admission', 'Decision']]
    for md in meds:
        table.append([md[li], r.choice(['oui', 'non']) if lang == 'fr' else r.choice(['yes', 'no']),
                      r.choice(['poursuivre', 'cesser', 'modifier']) if lang == 'fr' else r.choice(['continue', 'stop', 'change'])])
    data = A.make_docx(title, paras, table)
    body = r.choice({'fr': ["Voir BCM en pièce jointe pour l'admission de demain à l'USP.", 'BCM complété, en PJ.'],
                     'en': ["BPMH attached for tomorrow's PCU admission.", 'Med rec done, attached.']}[lang])
    m = ctx.new_mail(ctx.who(ph, lang), [ctx.who(doc, lang)], 'BCM' if lang == 'fr' else 'BPMH', lang)
    apply_transport(m, r, '%s\n\n%s' % (body, ctx.sig(ph, lang)))
    fn = r.choice(['BCM_%s.docx' % p.ids['mrn'], 'BCM_admission.docx', 'medrec.docx'])
    m.attachments.append(Attachment(fn, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data))
    return Result(m, T, 'medication reconciliation DOCX', 'medrec_docx')


def p_lab_critical(ctx, lang):
    r = ctx.rng
    p = ctx.qc_patient() if r.random() < 0.6 else ctx.extra_patient()
    onc = ctx.staff('onc')
    ids = r.choice([('name', 'mrn'), ('mrn',), ('rev', 'mrn'), ('name',)] + ([('caps', 'ramq_nam')] if 'ramq_nam' in p.ids else []))
    who, T = ctx.ref(p, lang, ids)
    labs = K._labs(ctx, lang, r.randint(1, 2))
    T.add('lab_result')
    dx_txt = ''
    if r.random() < 0.5:
        dx = ctx.dx(p)
        dx_txt = (' Contexte : %s, sous traitement actif.' % dx[0]) if lang == 'fr' else (' Context: %s, on active treatment.' % dx[1])
        T.add('diagnosis')
    if lang == 'fr':
        subj = r.choice(['VALEUR CRITIQUE', 'Valeur critique – à rappeler', 'Résultat critique hémato'])
        body = ("Valeur critique pour %s : %s (prélèvement de 07 h 42).%s\nMessage laissé à la clinique, aucune réponse. "
                "Merci d'accuser réception.\n\nLaboratoire de biologie médicale – CHHR\nposte 3300" % (who, labs, dx_txt))
    else:
        subj = r.choice(['CRITICAL VALUE', 'Critical result - please call back', 'Critical heme result'])
        body = ("Critical value for %s: %s (drawn 07:42).%s\nMessage left at clinic, no answer. Please acknowledge.\n\n"
                "Medical Laboratory - CHHR\next 3300" % (who, labs, dx_txt))
    m = ctx.new_mail(('Laboratoire CHHR' if lang == 'fr' else 'CHHR Lab', 'labo-critique@chhr.example'), [ctx.who(onc, lang)], subj, lang)
    apply_transport(m, r, body)
    return Result(m, T, 'critical lab value notification', 'lab_critical')


def p_pump(ctx, lang):
    r = ctx.rng
    p = ctx.qc_patient() if r.random() < 0.6 else ctx.extra_patient()
    n1 = ctx.staff('nurse')
    street, town, tel = ctx.contact(p, lang)
    ids = r.choice([('name',), ('name', 'dob'), ('rev', 'mrn'), ('name', 'ramq_nam')] if 'ramq_nam' in p.ids else [('name',), ('rev', 'mrn')])
    who, T = ctx.ref(p, lang, ids)
    T |= {'patient_contact', 'medication'}
    d = ctx.date().date()
    dx_txt = ''
    if r.random() < 0.5:
        dx = r.choice(D.DIAGNOSES[:2])
        dx_txt = (' (%s)' % dx[0]) if lang == 'fr' else (' (%s)' % dx[1])
        T.add('diagnosis')
    if lang == 'fr':
        subj = r.choice(['Débranchement pompe 5-FU', 'Retrait infuseur à domicile', 'Demande visite SAD – infuseur'])
        body = ("%s\n\nPourriez-vous assurer le débranchement de l'infuseur de fluorouracile (46 h) de %s%s "
                "le %s vers 10 h ?\nAdresse : %s, %s\nTél. : %s\nCathéter : PICC bras droit, rinçage NS 10 mL + héparine 100 U/mL 5 mL.\n\n%s\n%s"
                % (ctx.greet('fr'), who, dx_txt, C.fmt_day(d, 'fr'), street, town, tel, ctx.closing('fr'), ctx.sig(n1, 'fr')))
    else:
        subj = r.choice(['5-FU pump disconnect', 'Home infusor removal', 'Home care visit - infusor'])
        body = ("%s\n\nCould you disconnect the 46-h fluorouracil infusor for %s%s on %s around 10:00?\n"
                "Address: %s, %s\nPhone: %s\nLine: right-arm PICC, flush NS 10 mL + heparin 100 U/mL 5 mL.\n\n%s\n%s"
                % (ctx.greet('en'), who, dx_txt, C.fmt_day(d, 'en'), street, town, tel, ctx.closing('en'), ctx.sig(n1, 'en')))
    m = ctx.new_mail(ctx.who(n1, lang), [('Accueil SAD' if lang == 'fr' else 'Home care intake', 'accueil-sad@' + D.CLSC['dom'])], subj, lang)
    apply_transport(m, r, body)
    return Result(m, T, 'home infusor disconnect request with address', 'home_pump')


def p_family_reply(ctx, lang):
    r = ctx.rng
    p = ctx.qc_patient() if r.random() < 0.5 else ctx.extra_patient()
    n = ctx.staff(r.choice(['nurse', 'pharm']))
    fam_given = r.choice(['Isabelle', 'Martin', 'Chloé', 'Steve', 'Annie'])
    fam_addr = '%s%s@%s' % (fam_given.lower().replace('é', 'e'), r.randint(12, 88), r.choice(D.FAMILY_DOMS))
    meds = r.sample(D.PALLIATIVE_MEDS, 2)
    rel_fr = 'votre mère' if p.sex == 'F' else 'votre père'
    rel_en = 'your mother' if p.sex == 'F' else 'your father'
    T = {'patient_name', 'medication'}
    d0 = ctx.date()
    if lang == 'fr':
        q = ("Bonjour, est-ce que %s peut prendre son Nozinan en même temps que l'hydromorphone ? %s dort beaucoup. %s"
             % ('maman' if p.sex == 'F' else 'papa', 'Elle' if p.sex == 'F' else 'Il', fam_given))
        body = ("Bonjour %s,\n\nSuite à notre appel, voici l'horaire pour %s, %s %s :\n- %s\n- %s\n"
                "Oui, les deux peuvent être donnés ensemble. La somnolence est attendue à ce stade de la maladie. "
                "Appelez la ligne de garde 24/7 au 418-555-0199 au besoin.\n\n%s\n%s\n\n%s"
                % (fam_given, rel_fr, p.title('fr'), p.surname, meds[0][0], meds[1][0], ctx.closing('fr'), ctx.sig(n, 'fr'),
                   quote_block(q, fam_given, d0, 'fr', r)))
        subj = 'RE: question médicaments ' + r.choice(['maman', 'papa', ''])
    else:
        q = ("Hi, can %s take %s methotrimeprazine at the same time as the hydromorphone? %s sleeping a lot. %s"
             % ('Mom' if p.sex == 'F' else 'Dad', 'her' if p.sex == 'F' else 'his', "She's" if p.sex == 'F' else "He's", fam_given))
        body = ("Hi %s,\n\nFollowing our call, here is the schedule for %s, %s %s:\n- %s\n- %s\n"
                "Yes, both can be given together. Drowsiness is expected at this stage of illness. "
                "Call the 24/7 on-call line at 418-555-0199 if needed.\n\n%s\n%s\n\n%s"
                % (fam_given, rel_en, p.title('en'), p.surname, meds[0][1], meds[1][1], ctx.closing('en'), ctx.sig(n, 'en'),
                   quote_block(q, fam_given, d0, 'en', r)))
        subj = 'RE: medication question'
    m = ctx.new_mail(ctx.who(n, lang), [(fam_given, fam_addr)], subj.strip(), lang)
    apply_transport(m, r, body)
    return Result(m, T, 'staff reply to relative with medication schedule', 'family_reply')


def p_chemo_schedule(ctx, lang):
    r = ctx.rng
    adm = r.choice([D.STAFF['admin'][0], D.STAFF['nurse'][2], D.STAFF['nurse'][3]])
    hdr = {'fr': ['Heure', 'Fauteuil', 'Patient', 'Dossier', 'Protocole', 'Cycle'],
           'en': ['Time', 'Chair', 'Patient', 'MRN', 'Regimen', 'Cycle']}[lang]
    use_nam = r.random() < 0.4
    if use_nam:
        hdr[3] = 'NAM' if lang == 'fr' else 'RAMQ #'
    rows = [hdr]
    for i in range(r.randint(5, 9)):
        p = ctx.qc_patient() if (use_nam or r.random() < 0.5) else ctx.extra_patient()
        dx = ctx.dx(p)
        rows.append(['%02d:%02d' % (8 + i // 2, 30 * (i % 2)), 'F%02d' % r.randint(1, 18),
                     r.choice(['%s, %s' % (p.surname.upper(), p.given), '%s %s' % (p.surname, p.given)]),
                     p.ids['ramq_nam'] if use_nam else p.ids['mrn'], dx[2],
                     'C%dJ1' % r.randint(1, 8) if lang == 'fr' else 'C%dD1' % r.randint(1, 8)])
    T = {'patient_name', 'ramq_nam' if use_nam else 'mrn', 'medication'}
    d = ctx.date()
    subj = ('Horaire clinique chimio %s' if lang == 'fr' else 'Chemo day unit schedule %s') % C.fmt_date(d.date(), lang, 1)
    intro = ("Voici l'horaire de demain pour la préparation en salle blanche." if lang == 'fr'
             else "Tomorrow's schedule for cleanroom compounding.")
    m = ctx.new_mail(ctx.who(adm, lang), [('Pharmacie oncologie' if lang == 'fr' else 'Oncology pharmacy', 'pharm-onco@chhr.example')], subj, lang)
    m.date = d
    if r.random() < 0.5:
        apply_transport(m, r, '%s\n\n%s\n\n%s' % (ctx.greet(lang), intro, ctx.sig(adm, lang)))
        m.attachments.append(Attachment('horaire_%s.xlsx' % d.strftime('%Y-%m-%d'),
                                        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                                        A.make_xlsx([(d.strftime('%Y-%m-%d'), rows)])))
        note = 'chemo unit schedule XLSX'
    else:
        apply_transport(m, r, '%s\n\n%s\n\n[[TABLE]]\n\n%s' % (ctx.greet(lang), intro, ctx.sig(adm, lang)), table=rows)
        note = 'chemo unit schedule table in body'
    return Result(m, T, note, 'chemo_schedule')


def p_opioid_rx(ctx, lang):
    r = ctx.rng
    p = ctx.qc_patient()
    doc = ctx.staff('pall')
    street, town, tel = ctx.contact(p, lang)
    meds = r.sample(D.PALLIATIVE_MEDS[:4], 2)
    ids = r.choice([('name', 'dob', 'ramq_nam'), ('name', 'dob'), ('rev', 'ramq_nam')])
    who, T = ctx.ref(p, lang, ids, title=False)
    T |= {'medication', 'patient_contact'}
    pharm = ('Pharmacie J. Brisson', 'labo@pharm-brisson.example')
    if lang == 'fr':
        subj = r.choice(['Ordonnance – livraison à domicile', 'Rx soins palliatifs – urgent', 'Nouvelle ordonnance'])
        body = ("Bonjour,\n\nOrdonnance pour %s\n%s, %s – tél. %s\n\n%s\n\nLivraison à domicile aujourd'hui si possible. "
                "Original signé suivra par télécopieur.\n\n%s\n%s"
                % (who, street, town, tel, '\n'.join('Rx : %s, qté 7 jours' % m[0] for m in meds), ctx.closing('fr'), ctx.sig(doc, 'fr')))
    else:
        subj = r.choice(['Prescription - home delivery', 'Palliative Rx - urgent', 'New prescription'])
        body = ("Hello,\n\nPrescription for %s\n%s, %s - tel. %s\n\n%s\n\nHome delivery today if possible. Signed original to follow by fax.\n\n%s\n%s"
                % (who, street, town, tel, '\n'.join('Rx: %s, 7-day supply' % m[1] for m in meds), ctx.closing('en'), ctx.sig(doc, 'en')))
    m = ctx.new_mail(ctx.who(doc, lang), [pharm], subj, lang)
    apply_transport(m, r, body)
    return Result(m, T, 'opioid prescription to community pharmacy with address', 'opioid_rx')


POS2 = [p_subject_only, p_ontario, p_belgium, p_france, p_social_sin, p_sap_request, p_death, p_html_alert,
        p_medrec_docx, p_lab_critical, p_pump, p_family_reply, p_chemo_schedule, p_opioid_rx]
