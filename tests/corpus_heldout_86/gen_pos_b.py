"""Positive templates, part B: psychological injuries, violence, foreign
insured persons (NIR / NISS), SIN on disability forms, WSIB / Ontario forms,
transport requests and prescriptions."""
import datetime
from gen_core import (L, Mail, nam_patient, plain_patient, name_as, nam_str, file_stem, INJURIES, PSYCH,
                      MEDS, SOCIAL, LABS, MECHANISMS, JOBS, pick, clinic, agent, claim_no, who)
from gen_pos_a import letterhead, qc_clinic, on_clinic, patient, employer
import gen_people as P
import gen_ids as I
import gen_mime as M

TD = datetime.timedelta


# --------------------------------------------------------------------------- A13
def lesion_psychologique(ctx):
    rng, lang = ctx.rng, 'fr'
    m = Mail(ctx)
    c = clinic(rng, 'fr')
    psy = P.staff(rng, c, 'physio')
    psy.title = rng.choice(['psychologue', 'neuropsychologue', 'psychologue, D.Psy.'])
    ag = agent(rng, 'fr', 'cnesst')
    p = patient(ctx, 0.7)
    dx = pick(rng, PSYCH, 'fr')
    soc = pick(rng, SOCIAL, 'fr')
    m.sender = psy
    m.to = [who(ag)]
    nm = name_as(p, rng, 'fr')
    m.subject = rng.choice(['Suivi psychologique — dossier %s' % claim_no(rng, 'cnesst'), 'Rapport de suivi psychologique', 'Lésion psychologique - %s' % nm])
    if nm in m.subject:
        m.t('patient_name')
    m.text = '\n'.join([P.greeting(rng, 'fr', ag.first), '',
                        'Je fais suite à notre conversation concernant %s. Le tableau clinique demeure celui d\'un %s, '
                        'en lien avec les événements survenus au travail.' % (nm, dx),
                        'Sur le plan psychosocial : %s. Ces éléments ralentissent la reprise.' % soc,
                        '', 'Je recommande %d rencontres additionnelles avant d\'envisager un retour progressif.' % rng.randrange(6, 15),
                        '', P.closing(rng, 'fr'), P.signature(rng, psy, 'fr')])
    m.t('patient_name', 'diagnosis', 'social_information')
    if p.nam and rng.random() < 0.6:
        m.text = m.text.replace('\n\n', '\n\nTravailleu%s : %s — NAM %s\n\n' % ('se' if p.sex == 'F' else 'r', p.full, nam_str(p, rng)), 1)
        m.t('ramq_nam')
    return m, 'lesion_psychologique', 'suivi psychologique CNESST (diagnostic, situation sociale)'


# --------------------------------------------------------------------------- A14
def ivac_agression(ctx):
    rng, lang = ctx.rng, 'fr'
    m = Mail(ctx)
    c = clinic(rng, 'fr', ['physio', 'ergo'])
    s = P.staff(rng, c, rng.choice(['ergo', 'physio']))
    ag = agent(rng, 'fr', rng.choice(['ivac', 'cnesst']))
    p = patient(ctx, 0.7)
    p.address = P.home_address(rng, 'fr')
    p.phone = P.phone(rng, rng.choice(['514', '438', '450']))
    nm = name_as(p, rng, 'fr', rng.choice(['title_full', 'full']))
    m.sender = s
    m.to = [who(ag)]
    m.subject = rng.choice(['Demande urgente — changement de coordonnées', 'Victime d\'agression au travail - suivi', 'Confidentiel: %s' % nm])
    if nm in m.subject:
        m.t('patient_name')
    m.text = '\n'.join([P.greeting(rng, 'fr', ag.first), '',
                        '%s, agressé%s physiquement par un client sur les lieux de travail le %s, poursuit ses traitements chez nous (%s).' % (
                            nm, 'e' if p.sex == 'F' else '', P.fdate(m.date - TD(days=rng.randrange(20, 90)), 'fr'), pick(rng, INJURIES, 'fr')),
                        '%s a quitté le domicile conjugal en raison de violence conjugale et demande que toute correspondance soit envoyée '
                        'à sa nouvelle adresse : %s. Téléphone : %s (ne pas laisser de message).' % (p.pro('fr').capitalize(), p.address, P.phone_fmt(rng, p.phone)),
                        '', P.closing(rng, 'fr'), P.signature(rng, s, 'fr')])
    m.t('patient_name', 'diagnosis', 'social_information', 'patient_contact')
    if p.nam and rng.random() < 0.5:
        m.text = m.text.replace(' poursuit ses traitements', ' (NAM %s) poursuit ses traitements' % nam_str(p, rng), 1)
        m.t('ramq_nam')
    return m, 'ivac_violence', 'victime d\'agression, violence conjugale, nouvelle adresse'


# --------------------------------------------------------------------------- A15
def entente_france(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = qc_clinic(rng, lang)
    s = P.staff(rng, c, rng.choice(['admin', 'md']))
    p = plain_patient(ctx, pool='france')
    p.lang = lang
    nir = I.make_nir(rng, p.dob, p.sex)
    cpam = P.external(rng, 'CPAM — Relations internationales', 'cpam-relations-int.example', 'fr', 'gestionnaire')
    inj = rng.choice(INJURIES)
    m.sender = s
    m.to = [who(cpam)]
    m.subject = L(lang, 'Entente Québec-France — accident du travail de %s' % p.full, 'Quebec-France agreement - work accident, %s' % p.full)
    m.t('patient_name')
    nirs = I.fmt_nir(nir, rng.choice(['std', 'plain', 'dots', 'fullwidth']))
    m.text = L(lang,
               '%s\n\n%s, ressortissant%s français%s en mobilité jeunes professionnels (NIR %s, né%s le %s), est suivi%s à notre clinique depuis un accident '
               'du travail survenu %s. Diagnostic : %s.\n\nPourriez-vous nous confirmer la prise en charge au titre de l\'entente de sécurité sociale? '
               'Le formulaire SE 401-Q-102 est joint.\n\n%s\n%s',
               '%s\n\n%s, a French national on a young-professionals permit (NIR %s, born %s), has been followed at our clinic since a work accident '
               'that occurred %s. Diagnosis: %s.\n\nCould you confirm coverage under the Quebec-France social security agreement? '
               'Form SE 401-Q-102 is attached.\n\n%s\n%s')
    e = 'e' if p.sex == 'F' else ''
    if lang == 'fr':
        m.text = m.text % (P.greeting(rng, 'fr'), name_as(p, rng, 'fr', 'title_full'), e, e, nirs, e, P.fdate(p.dob, 'fr'), e,
                           pick(rng, MECHANISMS, 'fr'), inj[0], P.closing(rng, 'fr'), P.signature(rng, s, 'fr'))
    else:
        m.text = m.text % (P.greeting(rng, 'en'), name_as(p, rng, 'en', 'title_full'), nirs, P.fdate(p.dob, 'en'),
                           pick(rng, MECHANISMS, 'en'), inj[1], P.closing(rng, 'en'), P.signature(rng, s, 'en'))
    m.t('fr_nir', 'date_of_birth', 'diagnosis')
    m.attach_pdf('SE401Q102_%s.pdf' % P.strip_accents(p.last), 'Formulaire SE 401-Q-102',
                 [('kv', [('Nom', p.last.upper()), ('Prénom', p.first), ('NIR', I.fmt_nir(nir, 'std')), ('Date de naissance', P.fdate(p.dob, 'fr', 'num'))])])
    return m, 'entente_france_nir', L(lang, 'assuré français (NIR, DDN, diagnostic)', 'French insured person (NIR, DOB, diagnosis)')


# --------------------------------------------------------------------------- A16
def belgique_niss(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = qc_clinic(rng, lang) if lang == 'fr' else rng.choice(P.CLINICS_EN)
    s = P.staff(rng, c, rng.choice(['admin', 'physio']))
    p = plain_patient(ctx, pool='be')
    niss = I.make_niss(rng, p.dob, p.sex)
    mut = P.external(rng, 'Mutualité Saint-Michel', 'mutualite-stmichel.example', 'fr', 'service des indemnités')
    inj = rng.choice(INJURIES)
    m.sender = s
    m.to = [who(mut)]
    nm = name_as(p, rng, lang)
    m.subject = rng.choice([L(lang, 'Attestation de soins à l\'étranger', 'Certificate of care abroad'), L(lang, 'Votre affilié%s — soins reçus au Canada' % ('e' if p.sex == 'F' else ''), 'Your member - care received in Canada')])
    nisss = I.fmt_niss(niss, rng.choice(['std', 'plain', 'space', 'fullwidth']))
    m.text = L(lang, '%s\n\nNous avons traité %s (NISS %s) du %s au %s pour une %s subie lors d\'un détachement au Québec. '
               'Vous trouverez ci-joint l\'attestation et le détail des frais.\n\n%s\n%s',
               '%s\n\nWe treated %s (NISS %s) from %s to %s for a %s sustained while on secondment in Canada. '
               'The certificate and a breakdown of fees are attached.\n\n%s\n%s') % (
        P.greeting(rng, lang), nm, nisss, P.fdate(m.date - TD(days=60), lang), P.fdate(m.date - TD(days=3), lang),
        inj[0] if lang == 'fr' else inj[1], P.closing(rng, lang), P.signature(rng, s, lang))
    m.t('patient_name', 'be_niss', 'diagnosis')
    if rng.random() < 0.6:
        m.attach_xlsx('frais_%s.xlsx' % P.strip_accents(p.last).replace(' ', ''),
                      [('Frais', [['Date', 'Acte', 'Montant CAD'], [P.fdate(m.date - TD(days=60), 'fr', 'iso'), 'Évaluation initiale', 120.0],
                                  [P.fdate(m.date - TD(days=50), 'fr', 'iso'), 'Traitement', 85.0], ['', 'NISS', I.fmt_niss(niss, 'std')]])])
    return m, 'belgique_niss', L(lang, 'assuré belge (NISS, diagnostic)', 'Belgian insured person (NISS, diagnosis)')


# --------------------------------------------------------------------------- A17
def invalidite_nas(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = qc_clinic(rng, lang) if lang == 'fr' else rng.choice(P.CLINICS_EN)
    doc = P.staff(rng, c, 'md')
    adm = P.staff(rng, c, 'admin')
    ins = P.external(rng, *rng.choice(P.INSURERS_FR if lang == 'fr' else P.INSURERS_EN), lang=lang, title=L(lang, 'gestionnaire de cas', 'Case Manager'))
    p = patient(ctx, 0.5) if lang == 'fr' else plain_patient(ctx)
    sin = I.make_sin(rng)
    dx = pick(rng, PSYCH + [x[:2] for x in INJURIES], lang)
    m.sender = adm
    m.to = [who(ins)]
    m.subject = rng.choice([L(lang, 'Déclaration du médecin traitant - invalidité de longue durée', 'Attending Physician Statement - LTD'),
                            L(lang, 'DMT complétée', 'APS completed'), L(lang, 'Formulaire invalidité %s' % p.last, 'Disability form %s' % p.last)])
    m.text = L(lang, '%s\n\nVoici la déclaration du médecin traitant complétée et signée par %s. L\'autorisation de la personne assurée figure à la page 3.\n\n%s\n%s',
               '%s\n\nAttached is the Attending Physician Statement completed and signed by %s. The insured\'s authorization is on page 3.\n\n%s\n%s') % (
        P.greeting(rng, lang, ins.first), doc.formal(), P.closing(rng, lang), P.signature(rng, adm, lang))
    kv = [(L(lang, 'Personne assurée', 'Insured'), p.full), (L(lang, 'Date de naissance', 'Date of birth'), P.fdate(p.dob, lang, 'iso')),
          (L(lang, 'NAS', 'SIN'), I.fmt_sin(sin, rng.choice(['space', 'dash', 'plain']))),
          (L(lang, 'Diagnostic principal', 'Primary diagnosis'), dx),
          (L(lang, 'Médication', 'Medication'), pick(rng, MEDS, lang)),
          (L(lang, 'Date de l\'arrêt de travail', 'Date off work'), P.fdate(m.date - TD(days=rng.randrange(40, 200)), lang, 'iso')),
          (L(lang, 'Pronostic', 'Prognosis'), L(lang, 'retour possible dans 3 à 6 mois', 'return expected in 3 to 6 months'))]
    m.t('patient_name', 'date_of_birth', 'ca_sin', 'diagnosis', 'medication')
    if rng.random() < 0.5:
        m.attach_pdf(L(lang, 'DMT_%s.pdf', 'APS_%s.pdf') % file_stem(p, rng), L(lang, 'Déclaration du médecin traitant', 'Attending Physician Statement'), [('kv', kv)], letterhead=letterhead(c, lang))
    else:
        m.attach_docx(L(lang, 'DMT_%s.docx', 'APS_%s.docx') % file_stem(p, rng), L(lang, 'Déclaration du médecin traitant', 'Attending Physician Statement'), [('kv', kv)])
    return m, 'invalidite_nas', L(lang, 'déclaration du médecin traitant (NAS, DDN, diagnostic)', 'attending physician statement (SIN, DOB, diagnosis)')


# --------------------------------------------------------------------------- A18
def wsib_form8(ctx):
    rng, lang = ctx.rng, 'en'
    m = Mail(ctx)
    c = on_clinic(rng)
    s = P.staff(rng, c, rng.choice(['md', 'physio', 'admin']))
    cm = agent(rng, 'en', 'wsib')
    p = plain_patient(ctx)
    num, vc = I.make_ohip(rng)
    p.address = P.home_address(rng, 'en')
    p.phone = P.phone(rng, rng.choice(['613', '416', '905']))
    inj = rng.choice(INJURIES)
    claim = claim_no(rng, 'wsib')
    emp = employer(rng, 'en')
    m.sender = s
    m.to = [who(cm)]
    nm = name_as(p, rng, 'en')
    m.subject = rng.choice(['Form 8 - claim %s' % claim, 'Health Professional\'s Report (Form 8) - %s' % nm, 'WSIB Form 8 attached'])
    if nm in m.subject:
        m.t('patient_name')
    m.text = '%s\n\n%s\n\n%s\n%s' % (P.greeting(rng, 'en', cm.first), rng.choice([
        'Please find the Form 8 for %s attached. The worker was assessed today and remains off work.' % nm,
        'Attached: Form 8, initial visit, claim %s.' % claim,
        'Form 8 for %s (%s) attached; %s.' % (nm, emp[0], inj[1])]), P.closing(rng, 'en'), P.signature(rng, s, 'en'))
    if inj[1] in m.text:
        m.t('diagnosis')
    kv = [('Worker name', p.full), ('Date of birth', P.fdob(p.dob, 'en', rng)), ('Health card number', I.fmt_ohip(num, vc, rng.choice(['dash', 'space', 'plain']))),
          ('Address', p.address), ('Telephone', p.phone), ('Employer', emp[0]), ('WSIB claim', claim),
          ('Date of accident', P.fdate(m.date - TD(days=rng.randrange(1, 40)), 'en', 'iso')), ('Diagnosis', inj[1]),
          ('Mechanism', pick(rng, MECHANISMS, 'en')), ('Medication prescribed', pick(rng, MEDS, 'en')),
          ('Functional abilities', 'no lifting over %d kg, no repetitive bending' % rng.randrange(5, 12))]
    m.attach_pdf('Form8_%s.pdf' % claim, "Health Professional's Report (Form 8)", [('kv', kv)], letterhead=letterhead(c, 'en'))
    m.t('patient_name', 'date_of_birth', 'ca_health_number', 'patient_contact', 'diagnosis', 'medication')
    return m, 'wsib_form8', 'WSIB Form 8 (health card number, DOB, address, diagnosis)'


# --------------------------------------------------------------------------- A19
def wsib_faf(ctx):
    rng, lang = ctx.rng, 'en'
    m = Mail(ctx)
    c = on_clinic(rng)
    ot = P.staff(rng, c, rng.choice(['ergo', 'physio']))
    emp = employer(rng, 'en')
    sup = P.external(rng, emp[0], emp[1], 'en', 'Health & Safety Coordinator')
    p = plain_patient(ctx)
    inj = rng.choice(INJURIES)
    nm = name_as(p, rng, 'en', rng.choice(['full', 'title_full', 'initial']))
    m.sender = ot
    m.to = [who(sup)]
    m.subject = rng.choice(['Functional Abilities Form - %s' % nm, 'FAF for your employee', 'Modified duties - updated restrictions'])
    if nm in m.subject:
        m.t('patient_name')
    health_num = rng.random() < 0.6
    rows = [['Ability', 'Restriction'], ['Lifting floor to waist', 'max %d kg' % rng.randrange(5, 12)], ['Bending/twisting', 'occasional'],
            ['Standing', '%d min at a time' % rng.randrange(20, 60)],
            [{'dos': 'Sitting', 'epaule': 'Reaching above shoulder', 'coude': 'Gripping / forearm rotation', 'poignet': 'Gripping / fine motor',
              'cou': 'Neck rotation / screen work', 'cheville': 'Walking / stairs', 'genou': 'Kneeling / squatting', 'pied': 'Walking / stairs',
              'tete': 'Screen time', 'main': 'Gripping / fine motor', 'hanche': 'Climbing ladders', 'bras': 'Use of affected arm'}[inj[2]], 'limited']]
    m.text = '%s\n\n%s has been assessed for %s. The updated Functional Abilities Form is below; restrictions apply for %d weeks.\n\n%s\n\n%s\n%s' % (
        P.greeting(rng, 'en', sup.first), nm, inj[1], rng.randrange(2, 8), M.text_table(rows), P.closing(rng, 'en'), P.signature(rng, ot, 'en'))
    m.t('patient_name', 'diagnosis')
    if health_num:
        num, vc = I.make_ohip(rng)
        m.text = m.text.replace('has been assessed', '(health card %s) has been assessed' % I.fmt_ohip(num, vc, 'dash'), 1)
        m.t('ca_health_number')
    if rng.random() < 0.5:
        m.structure = 'html'
        m.html = '<html><body><p>%s</p><p>%s has been assessed for <b>%s</b>.</p>%s<p>%s</p><pre>%s</pre></body></html>' % (
            P.greeting(rng, 'en', sup.first), m.text.split('\n\n')[1].split(' has been')[0], inj[1], M.html_table(rows), P.closing(rng, 'en'), P.signature(rng, ot, 'en', 'mid'))
    return m, 'wsib_faf', 'functional abilities form to employer (name, injury)'


# --------------------------------------------------------------------------- A20
def ocf_mva(ctx):
    rng, lang = ctx.rng, 'en'
    m = Mail(ctx)
    c = on_clinic(rng)
    s = P.staff(rng, c, 'physio')
    adj = P.external(rng, *rng.choice(P.INSURERS_EN), lang='en', title='Accident Benefits Adjuster')
    p = plain_patient(ctx)
    inj = rng.choice([x for x in INJURIES if x[2] in ('cou', 'dos', 'tete')])
    m.sender = s
    m.to = [who(adj)]
    clm = 'AB-%07d' % rng.randrange(0, 9999999)
    m.subject = 'OCF-18 treatment plan - claim %s' % clm
    m.text = '%s\n\nPlease find the OCF-18 for %s (DOB %s), involved in an MVA on %s. Diagnosis: %s. Proposed: 16 physiotherapy visits over 8 weeks.\n\n%s\n%s' % (
        P.greeting(rng, 'en', adj.first), name_as(p, rng, 'en', 'full'), P.fdate(p.dob, 'en'), P.fdate(m.date - TD(days=rng.randrange(10, 60)), 'en'),
        inj[1], P.closing(rng, 'en'), P.signature(rng, s, 'en'))
    m.t('patient_name', 'date_of_birth', 'diagnosis')
    if rng.random() < 0.7:
        num, vc = I.make_ohip(rng)
        m.text = m.text.replace('Diagnosis:', 'OHIP: %s. Diagnosis:' % I.fmt_ohip(num, vc, rng.choice(['dash', 'space', 'plain'])), 1)
        m.t('ca_health_number')
    return m, 'ocf18_auto', 'auto-insurance treatment plan (name, DOB, diagnosis)'


# --------------------------------------------------------------------------- A21
def transport_taxi(ctx):
    rng, lang = ctx.rng, 'fr'
    m = Mail(ctx)
    c = clinic(rng, 'fr', ['physio', 'ergo'])
    adm = P.staff(rng, c, 'admin')
    taxi = P.external(rng, 'Taxi Coop Rive-Sud — comptes corporatifs', 'taxicoop-rs.example', 'fr', 'répartition')
    p = patient(ctx, 0.7, ('worker', 'senior'))
    p.address = P.home_address(rng, 'fr', near=c)
    p.phone = P.phone(rng, c.phone[:3])
    inj = rng.choice([x for x in INJURIES if x[2] in ('cheville', 'genou', 'pied', 'dos')])
    m.sender = adm
    m.to = [who(taxi)]
    nm = name_as(p, rng, 'fr', rng.choice(['title_full', 'full']))
    days = ', '.join(P.fdate(d, 'fr', 'day') for d in sorted({P.weekday_on_or_after(m.date + TD(days=k)) for k in (1, 3, 8)}))
    m.subject = rng.choice(['Transport autorisé %s - %s' % ('SAAQ' if p.group == 'senior' else 'CNESST', nm), 'Réservation taxi - traitements', 'Transport adapté - béquilles'])
    if nm in m.subject:
        m.t('patient_name')
    m.text = '\n'.join([P.greeting(rng, 'fr'), '', 'Merci de réserver le transport suivant (autorisé par la %s) :' % ('SAAQ' if p.group == 'senior' else 'CNESST'), '',
                        'Client : %s' % nm, 'Adresse de départ : %s' % p.address, 'Téléphone : %s' % P.phone_fmt(rng, p.phone),
                        'Destination : %s, %s' % (c.street, c.city), 'Dates : %s — arrivée 9 h 45' % days,
                        'Remarque : se déplace avec béquilles (%s), prévoir un véhicule avec siège avant.' % inj[0],
                        '', P.closing(rng, 'fr'), P.signature(rng, adm, 'fr')])
    m.t('patient_name', 'patient_contact', 'diagnosis')
    return m, 'transport_taxi', 'réservation de transport (adresse, téléphone, lésion)'


# --------------------------------------------------------------------------- A22
def ordonnance_pharmacie(ctx):
    rng, lang = ctx.rng, ctx.lang
    m = Mail(ctx)
    c = rng.choice([x for x in (P.CLINICS_FR + P.CLINICS_EN) if x.kind in ('medtravail', 'physio') and x.lang == lang])
    doc = P.staff(rng, c, 'md')
    ph = P.external(rng, L(lang, 'Pharmacie Lachance et Vachon', 'Queen Street Pharmacy'), L(lang, 'pharm-lachance.example', 'queenstpharmacy.example'), lang, L(lang, 'pharmacienne', 'Pharmacist'))
    p = patient(ctx, 0.6, ('worker', 'senior')) if lang == 'fr' else plain_patient(ctx)
    med = pick(rng, MEDS, lang)
    med2 = pick(rng, MEDS, lang)
    m.sender = doc
    m.to = [who(ph)]
    nm = name_as(p, rng, lang)
    m.subject = rng.choice([L(lang, 'Ordonnance - %s' % nm, 'Prescription - %s' % nm), L(lang, 'Re: question sur l\'ordonnance', 'Re: your question about the prescription')])
    if nm in m.subject:
        m.t('patient_name')
    m.text = L(lang, '%s\n\nPour %s (DDN %s) : cesser %s et débuter %s, 30 jours, aucun renouvellement. '
               'Facturer à la CNESST, dossier %s.\n\n%s\n%s',
               '%s\n\nFor %s (DOB %s): stop %s and start %s, 30 days, no refills. '
               'Bill to WSIB, claim %s.\n\n%s\n%s') % (
        P.greeting(rng, lang, ph.first), nm, P.fdob(p.dob, lang, rng), med, med2, claim_no(rng, 'cnesst' if lang == 'fr' else 'wsib'),
        P.closing(rng, lang), P.signature(rng, doc, lang))
    if p.group == 'senior':
        m.text = m.text.replace(m.text[m.text.index('Facturer'):m.text.index('\n\n', m.text.index('Facturer'))], 'Couvert par le régime public d\'assurance médicaments.')
    m.t('patient_name', 'date_of_birth', 'medication')
    if p.nam:
        m.text = m.text.replace(L(lang, '(DDN ', '(DOB '), '(NAM %s, %s' % (nam_str(p, rng), L(lang, 'DDN ', 'DOB ')), 1)
        m.t('ramq_nam')
    return m, 'ordonnance_pharmacie', L(lang, 'ordonnance à la pharmacie (nom, DDN, médicaments)', 'prescription to pharmacy (name, DOB, medication)')


# --------------------------------------------------------------------------- A23
def physio_pediatrique(ctx):
    """A child (NAM holder under 16) seen privately; receipts to the parent's insurer."""
    rng, lang = ctx.rng, 'fr'
    m = Mail(ctx)
    c = clinic(rng, 'fr', ['physio'])
    s = P.staff(rng, c, rng.choice(['admin', 'physio']))
    p = nam_patient(ctx, ('child',))
    parent = P.person(rng, 'fr', sex=rng.choice('FM'))
    parent.last = p.last
    ins = P.external(rng, *rng.choice(P.INSURERS_FR), lang='fr', title='Règlement des réclamations — soins paramédicaux')
    inj = rng.choice([('fracture du radius distal droit', 'chute à vélo'), ('entorse de la cheville gauche grade II', 'match de soccer'),
                      ('commotion cérébrale', 'chute au parc'), ('maladie d\'Osgood-Schlatter bilatérale', 'douleurs aux genoux au hockey')])
    e = 'e' if p.sex == 'F' else ''
    m.sender = s
    m.to = [who(ins)]
    m.cc = [(parent.full, '%s.%s@%s' % (P.slug(parent.first), P.slug(parent.last), rng.choice(['videotron.example', 'courriel.example'])))]
    cert = '%s %07d' % (rng.choice(['GR', 'CT']), rng.randrange(0, 9999999))
    m.subject = rng.choice(['Reçus de physiothérapie — personne à charge', 'Réclamation soins paramédicaux, certificat %s' % cert])
    rows = [['Date', 'Service', 'Montant ($)']] + [[P.fdate(m.date - TD(days=7 * k), 'fr', 'iso'), 'Traitement de physiothérapie', '85,00'] for k in range(rng.randrange(2, 6))]
    m.text = '\n'.join([P.greeting(rng, 'fr'), '',
                        'À la demande de %s (certificat %s), voici les reçus pour les traitements de physiothérapie de son enfant à charge, %s, né%s le %s.' % (
                            parent.full, cert, p.full, e, P.fdate(p.dob, 'fr')),
                        'Motif de consultation : %s (%s). Une recommandation médicale est jointe.' % (inj[0], inj[1]),
                        '', P.closing(rng, 'fr'), P.signature(rng, s, 'fr')])
    m.attach_pdf('recus_%s.pdf' % P.strip_accents(p.first).lower(), 'Reçus — soins de physiothérapie',
                 [('kv', [('Patient', p.full), ('Date de naissance', P.fdate(p.dob, 'fr', 'iso')), ('NAM', nam_str(p, rng, rng.choice(['plain', 'space']))),
                          ('Titulaire du contrat', parent.full), ('Diagnostic', inj[0])]), ('t', rows)], letterhead=letterhead(c, 'fr'))
    m.t('patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis')
    return m, 'physio_pediatrique', 'reçus de physiothérapie d\'un enfant à l\'assureur du parent (NAM, DDN, diagnostic)'


# --------------------------------------------------------------------------- A24
def maladie_pulmonaire(ctx):
    """A retired worker's occupational lung disease claim (NAM holder 67+)."""
    rng, lang = ctx.rng, 'fr'
    m = Mail(ctx)
    c = [x for x in P.CLINICS_FR if x.kind == 'medtravail'][0]
    doc = P.staff(rng, c, 'md')
    doc.title = 'pneumologue'
    ag = agent(rng, 'fr', 'cnesst')
    p = nam_patient(ctx, ('senior',))
    dx = rng.choice(['amiantose avec plaques pleurales calcifiées', 'silicose simple', 'asthme professionnel aux isocyanates avec obstruction fixe'])
    job = rng.choice(['mineur à Thetford Mines', 'tailleur de pierre', 'peintre en carrosserie', 'calorifugeur'])
    e = 'e' if p.sex == 'F' else ''
    m.sender = doc
    m.to = [who(ag)]
    m.subject = rng.choice(['Maladie professionnelle pulmonaire — %s' % p.full, 'Comité des maladies professionnelles pulmonaires — dossier'])
    if p.full in m.subject:
        m.t('patient_name')
    vems = rng.randrange(45, 75)
    m.text = '\n'.join([P.greeting(rng, 'fr', ag.first), '',
                        'Je vous adresse %s (NAM %s, né%s le %s), retraité%s, ancien %s pendant %d ans.' % (
                            name_as(p, rng, 'fr', 'title_full'), nam_str(p, rng), e, P.fdate(p.dob, 'fr'), e, job, rng.randrange(12, 35)),
                        'Diagnostic : %s. Spirométrie du %s : VEMS %d %% de la prédite, CVF %d %%, DLCO %d %%.' % (
                            dx, P.fdate(m.date - TD(days=5), 'fr'), vems, vems + rng.randrange(5, 15), rng.randrange(40, 70)),
                        'Je demande l\'évaluation par le comité des maladies professionnelles pulmonaires.',
                        '', P.closing(rng, 'fr'), P.signature(rng, doc, 'fr')])
    m.t('patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'lab_result')
    return m, 'maladie_pulmonaire', 'réclamation pour maladie pulmonaire professionnelle d\'un retraité (NAM, DDN, spirométrie)'
