"""Step 5a: positive builders — requests, results, reports (blood bank core work)."""
from gen_common import (HOSP, OTHER_SITES, HEMAQ_DOM, fmt_name, fmt_mrn, fmt_nam, fmt_date, born, sexw, title)
from gen_text import (diag_for, spec, greet, closing, signature, ANTIBODIES, GROUPS, GROUPS_EN, DIAG, SURG, REACTIONS,
                      PRODUCTS_FR, PRODUCTS_EN, unit_no, hb, ext_addr)
from gen_attach import make_pdf, make_docx


def _nam_line(c, p, lang, T, style=None, dob_style=None):
    style = style or c.r(['plain', 'plain', 'space', 'dash', 'lower', 'dots', 'space2'])
    T.update({'ramq_nam'})
    nam = fmt_nam(p.nam, style)
    if c.chance(0.7):
        T.add('date_of_birth')
        d = fmt_date(p.dob, dob_style or c.r(['iso', 'dmy', 'long']), lang)
        if lang == 'fr':
            return c.r(['NAM : %s — DDN : %s' % (nam, d), 'NAM %s, %s le %s' % (nam, born(p, lang), d),
                        'RAMQ : %s / date de naissance %s' % (nam, d)])
        return c.r(['RAMQ no. %s, DOB %s' % (nam, d), 'Health card (RAMQ): %s — date of birth: %s' % (nam, d)])
    return ('NAM : %s' % nam) if lang == 'fr' else ('RAMQ: %s' % nam)


# --------------------------------------------------------------------------- 1. crossmatch request
def crossmatch_request(c, lang):
    w = c.w
    p = w.holder(min_age=18) if c.chance(0.5) else w.patient()
    snd = w.st(c.r(['nurse', 'anesth', 'surgeon', 'resident']))
    tech = w.st('tech')
    T = {'patient_name', 'mrn', 'lab_result'}
    s_fr, s_en = c.r(SURG)
    units = c.r([1, 2, 2, 3, 4])
    h = hb(c, 78, 128)
    op = c.later(1, 6)
    name = fmt_name(p, c.r(['title', 'upper', 'comma', 'full', 'surfirst']), lang)
    mrn = fmt_mrn(p.mrn, c.r(['plain', 'h', 'sp', 'dash']))
    idl = _nam_line(c, p, lang, T) if p.nam and c.chance(0.75) else ''
    grp = c.r(GROUPS if lang == 'fr' else GROUPS_EN)
    ab = c.r(ANTIBODIES) if c.chance(0.4) else None
    if lang == 'fr':
        subj = c.r(['Demande de compatibilité – %s' % s_fr, 'Crossmatch pour %s' % fmt_date(op, 'dmy'),
                    'Réservation de %d culots – bloc %s' % (units, fmt_date(op, 'dmy')), 'Demande de sang – salle %d' % c.rng.randint(1, 9)])
        body = [greet(c, 'fr', tech.given if c.chance(0.5) else None), '',
                'Pourriez-vous préparer %d culot%s compatible%s pour %s (dossier %s), prévu%s en %s le %s à %dh00 ?'
                % (units, 's' if units > 1 else '', 's' if units > 1 else '', name, mrn,
                   'e' if p.sex == 'F' else '', s_fr, fmt_date(op, 'long', 'fr'), c.r([7, 8, 8, 10, 13]))]
        if idl:
            body.append(idl)
        body.append('Dernière Hb : %d g/L. Groupe connu : %s.' % (h, grp))
        if ab:
            body.append('Attention : %s connu depuis %d, %s a sa carte d\'anticorps.' % (ab, c.rng.randint(2009, 2023),
                                                                                     'elle' if p.sex == 'F' else 'il'))
        body += ['Le prélèvement pour le groupe et dépistage part avec le brancardier vers %dh.' % c.r([14, 15, 16]), '',
                 closing(c, 'fr'), signature(c, snd, 'fr')]
    else:
        subj = c.r(['Crossmatch request – %s' % s_en, 'XM for OR tomorrow', 'Type & cross, %d units' % units,
                    'Blood for OR %d' % c.rng.randint(1, 9)])
        body = [greet(c, 'en', tech.given if c.chance(0.5) else None), '',
                'Could you please crossmatch %d unit%s for %s (MRN %s), booked for %s on %s?'
                % (units, 's' if units > 1 else '', name, mrn, s_en, fmt_date(op, 'long', 'en'))]
        if idl:
            body.append(idl)
        body.append('Most recent Hb %d g/L, blood group on file %s.' % (h, grp))
        if ab:
            body.append('Note: known %s, antigen-negative units needed.' % ab)
        body += ['Sample going down with the porter this afternoon.', '', closing(c, 'en'), signature(c, snd, 'en')]
    return spec(c, lang, snd, tech, subj, '\n'.join(body), T, 'crossmatch request with patient, MRN and Hb')


# --------------------------------------------------------------------------- 2. antibody screen positive
def antibody_screen(c, lang):
    w = c.w
    p = w.holder() if c.chance(0.5) else w.patient()
    tech = w.st(c.r(['tech', 'chieftech']))
    doc = w.st(c.r(['resident', 'hemato2', 'surgeon', 'obgyn']))
    ab = c.r(ANTIBODIES)
    T = {'patient_name', 'lab_result'}
    nm = fmt_name(p, c.r(['title', 'upper', 'full', 'comma', 'init']), lang)
    mrn = fmt_mrn(p.mrn, c.r(['plain', 'h', 'sp', 'short']))
    use_mrn = c.chance(0.7)
    if use_mrn:
        T.add('mrn')
    idl = _nam_line(c, p, lang, T) if p.nam and c.chance(0.6) else ''
    delay = c.r(['2 à 4 heures', '24 heures', 'quelques heures']) if lang == 'fr' else c.r(['2-4 hours', '24 h', 'several hours'])
    if lang == 'fr':
        subj = c.r(['RAI positive – %s' % nm, 'Dépistage d\'anticorps positif', 'Résultat banque de sang — délai pour sang compatible',
                    'Anticorps irrégulier identifié (%s)' % ab])
        body = [greet(c, 'fr', doc.dr + ' ' + doc.surname if c.chance(0.5) else None), '',
                'Le dépistage d\'anticorps irréguliers de %s%s est positif. Nous avons identifié un %s%s.'
                % (nm, (' (dossier %s)' % mrn) if use_mrn else '', ab,
                   c.r(['', ' avec TCD négatif', ', titre 1:16', ' (panel complet fait ce matin)']))]
        if idl:
            body.append(idl)
        body += ['Il faudra des culots antigène-négatifs : prévoir un délai de %s. '
                 'Si la chirurgie ou la transfusion est urgente, appelez-moi directement.' % delay,
                 'Une carte d\'anticorps sera remise au patient.', '', closing(c, 'fr'), signature(c, tech, 'fr')]
    else:
        subj = c.r(['Positive antibody screen – %s' % nm, 'Antibody ID result', 'Delay for compatible blood', 'RE: T&S'])
        body = [greet(c, 'en', 'Dr. ' + doc.surname if c.chance(0.5) else None), '',
                'The antibody screen on %s%s came back positive; the panel shows %s%s.'
                % (nm, (' (MRN %s)' % mrn) if use_mrn else '', ab, c.r(['', ', DAT negative', ', titre 16']))]
        if idl:
            body.append(idl)
        body += ['We will need antigen-negative units, expect a delay of %s. Please call the blood bank if this is urgent.' % delay,
                 'An antibody wallet card will be issued.', '', closing(c, 'en'), signature(c, tech, 'en')]
    return spec(c, lang, tech, doc, subj, '\n'.join(body), T, 'antibody identification result for a named patient')


# --------------------------------------------------------------------------- 3. transfusion reaction report PDF
def reaction_report(c, lang):
    w = c.w
    p = w.holder(min_age=16)
    cst = w.st('cst')
    hemato = w.st('hemato')
    rf, re_, key = c.r(REACTIONS)
    dfr, den = diag_for(c, p)
    prod = c.r(PRODUCTS_FR if lang == 'fr' else PRODUCTS_EN)
    un = unit_no(c)
    d_event = c.earlier(1, 10)
    temp0, temp1 = 36.5 + c.rng.randint(0, 8) / 10, 38.1 + c.rng.randint(0, 15) / 10
    meds = {'fnhtr': 'acétaminophène 650 mg PO', 'allergic': 'diphenhydramine 25 mg IV', 'taco': 'furosémide 40 mg IV',
            'dhtr': 'aucun', 'hypo': 'NaCl 0,9 % 500 mL', 'ana': 'épinéphrine 0,5 mg IM, diphenhydramine 50 mg IV',
            'trali': 'O2 haut débit, transfert aux soins intensifs'}[key]
    meds_en = {'fnhtr': 'acetaminophen 650 mg PO', 'allergic': 'diphenhydramine 25 mg IV', 'taco': 'furosemide 40 mg IV',
               'dhtr': 'none', 'hypo': 'NS 500 mL bolus', 'ana': 'epinephrine 0.5 mg IM, diphenhydramine 50 mg IV',
               'trali': 'high-flow O2, ICU transfer'}[key]
    T = {'ramq_nam', 'patient_name', 'date_of_birth', 'diagnosis', 'lab_result'}
    if key != 'dhtr':
        T.add('medication')
    rat = 'RAT-%d-%04d' % (c.day.year, c.rng.randint(1, 400))
    nam = fmt_nam(p.nam, c.r(['plain', 'space']))
    if lang == 'fr':
        lines = [('H', 'Identification du receveur'),
                 'Nom : %s    Prénom : %s    Sexe : %s' % (p.surname.upper(), p.given, sexw(p, 'fr')),
                 'Date de naissance : %s    NAM : %s    Dossier : %s' % (fmt_date(p.dob, 'iso'), nam, p.mrn),
                 'Diagnostic principal : %s' % dfr,
                 ('H', 'Produit en cause'),
                 'Produit : %s    Numéro de don : %s    Groupe : %s' % (prod, un, c.r(GROUPS)),
                 ('H', 'Description de l\'événement'),
                 'Le %s, %d minutes après le début de la transfusion : %s.' % (fmt_date(d_event, 'long', 'fr'), c.rng.randint(10, 90), rf),
                 'Température avant : %.1f °C ; pendant : %.1f °C. TA %d/%d. SpO2 %d %%.' % (temp0, temp1, c.rng.randint(85, 150), c.rng.randint(45, 90), c.rng.randint(84, 99)),
                 'Bilan : TCD %s, Hb %d g/L, bilirubine %d µmol/L, LDH %d U/L. Culture du sac : en cours.' % (c.r(['négatif', 'positif IgG']), hb(c), c.rng.randint(8, 60), c.rng.randint(180, 900)),
                 'Traitement : %s.' % meds,
                 ('H', 'Déclarant'), '%s, %s — %s' % (cst.full, 'conseillère en sécurité transfusionnelle', HOSP['name_fr'])]
        pdf = make_pdf('Rapport d\'incident / accident transfusionnel — %s' % rat, lines, author=cst.full,
                       compress=c.chance(0.6), header=HOSP['name_fr'] + ' — document confidentiel')
        subj = c.r(['Déclaration %s' % rat, 'Rapport d\'accident transfusionnel %s' % rat, 'Hémovigilance : nouvelle déclaration'])
        body = '\n'.join([greet(c, 'fr', hemato.dr + ' ' + hemato.surname), '',
                          'Vous trouverez ci-joint la déclaration %s pour validation et signature. '
                          'L\'enquête auprès d\'Héma-Québec a été ouverte pour le produit en cause.' % rat,
                          'Merci de me retourner le formulaire d\'ici vendredi.', '', closing(c, 'fr'), signature(c, cst, 'fr')])
        fn = '%s.pdf' % rat
    else:
        lines = [('H', 'Recipient'),
                 'Surname: %s    Given name: %s    Sex: %s' % (p.surname.upper(), p.given, sexw(p, 'en')),
                 'Date of birth: %s    RAMQ: %s    Chart: %s' % (fmt_date(p.dob, 'iso'), nam, p.mrn),
                 'Primary diagnosis: %s' % den,
                 ('H', 'Component'),
                 'Component: %s    Donation no.: %s' % (prod, un),
                 ('H', 'Event'),
                 'On %s, %d min into the transfusion: %s.' % (fmt_date(d_event, 'long', 'en'), c.rng.randint(10, 90), re_),
                 'Temp before %.1f C, during %.1f C. BP %d/%d. SpO2 %d%%.' % (temp0, temp1, c.rng.randint(85, 150), c.rng.randint(45, 90), c.rng.randint(84, 99)),
                 'Work-up: DAT %s, Hb %d g/L, LDH %d U/L. Bag culture pending.' % (c.r(['negative', 'positive (IgG)']), hb(c), c.rng.randint(180, 900)),
                 'Treatment: %s.' % meds_en,
                 ('H', 'Reported by'), cst.full]
        pdf = make_pdf('Transfusion Reaction Report %s' % rat, lines, author=cst.full, compress=c.chance(0.6))
        subj = c.r(['Reaction report %s for sign-off' % rat, 'Hemovigilance report %s' % rat])
        body = '\n'.join([greet(c, 'en', 'Dr. ' + hemato.surname), '',
                          'Attached is report %s for your review and signature. Héma-Québec has been notified about the component.' % rat,
                          '', closing(c, 'en'), signature(c, cst, 'en')])
        fn = 'Reaction_report_%s.pdf' % rat
    return spec(c, lang, cst, hemato, subj, body, T, 'reaction report PDF with NAM, DOB, diagnosis',
                attachments=[dict(filename=fn, ctype='application/pdf', data=pdf)])


# --------------------------------------------------------------------------- 4. reference lab referral (DOCX)
def reference_referral(c, lang):
    w = c.w
    p = w.holder()
    tech = w.st('chieftech')
    T = {'ramq_nam', 'patient_name', 'date_of_birth', 'lab_result'}
    ab = c.r(ANTIBODIES)
    dfr, den = diag_for(c, p)
    nam = fmt_nam(p.nam, 'plain')
    lri = ('Laboratoire de référence en immunohématologie', 'lri@%s' % HEMAQ_DOM)
    n_tx = c.rng.randint(0, 14)
    g = c.rng.randint(0, 5) if p.sex == 'F' else 0
    if lang == 'fr':
        paras = [('H', 'Renseignements sur le patient'),
                 'Nom, prénom : %s, %s' % (p.surname, p.given),
                 'Date de naissance : %s     Sexe : %s' % (fmt_date(p.dob, 'dmy'), sexw(p, 'fr')),
                 'NAM : %s     No de dossier : %s' % (nam, p.mrn),
                 'Diagnostic : %s' % dfr,
                 'Antécédents transfusionnels : %d culots depuis 2019%s' % (n_tx, ('; grossesses : %d' % g) if p.sex == 'F' else ''),
                 ('H', 'Résultats locaux'),
                 'Groupe : %s. RAI positive, panel compatible avec %s, réactivité additionnelle non expliquée.' % (c.r(GROUPS), ab),
                 'TCD polyspécifique : %s.' % c.r(['négatif', 'positif (2+)', 'faiblement positif']),
                 ('H', 'Analyses demandées'), 'Identification complète, phénotype étendu, génotypage si transfusé récemment.']
        doc = make_docx('Demande d\'analyse — immunohématologie', paras, author=tech.full)
        subj = c.r(['Envoi d\'échantillon au LRI', 'Référence LRI – spécimen expédié ce jour', 'Demande d\'investigation immunohématologique'])
        body = '\n'.join([greet(c, 'fr'), '',
                          'Un spécimen (2 tubes EDTA 6 mL) part par Purolator aujourd\'hui. La requête est jointe.',
                          'Merci de nous aviser dès que possible : chirurgie prévue la semaine prochaine.', '',
                          closing(c, 'fr'), signature(c, tech, 'fr')])
        fn = c.r(['Requete_LRI_%s.docx' % p.mrn, 'requête LRI.docx', 'Demande_%s_%s.docx' % (p.surname, c.day.strftime('%Y%m%d'))])
    else:
        paras = [('H', 'Patient'), 'Name: %s %s' % (p.given, p.surname), 'DOB: %s   Sex: %s' % (fmt_date(p.dob, 'iso'), sexw(p, 'en')),
                 'RAMQ: %s   MRN: %s' % (nam, p.mrn), 'Diagnosis: %s' % den,
                 'Transfusion history: %d red cell units since 2019' % n_tx,
                 ('H', 'Local results'), 'Antibody screen positive, panel consistent with %s plus an unexplained reactivity.' % ab,
                 ('H', 'Tests requested'), 'Full antibody ID, extended phenotype, genotype.']
        doc = make_docx('Immunohaematology referral', paras, author=tech.full)
        subj = c.r(['Sample shipped to reference lab', 'Referral – immunohematology workup'])
        body = '\n'.join([greet(c, 'en'), '', 'Two EDTA tubes are on their way by courier today; requisition attached.',
                          'Surgery is planned next week, so a quick turnaround would be appreciated.', '',
                          closing(c, 'en'), signature(c, tech, 'en')])
        fn = c.r(['Referral_%s.docx' % p.mrn, 'IH_referral.docx'])
    if 'Demande_' in fn or p.surname in fn:
        T.add('patient_name')
    T.add('diagnosis')
    T.add('mrn')
    return spec(c, lang, tech, lri, subj, body, T, 'reference-lab requisition DOCX with NAM and antibody',
                attachments=[dict(filename=fn, ctype='application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                                  data=doc)])


# --------------------------------------------------------------------------- 5. PBM pre-op anaemia referral
def pbm_referral(c, lang):
    w = c.w
    p = w.holder(min_age=40) if c.chance(0.4) else w.patient(age_range=(45, 88))
    snd = w.st(c.r(['surgeon', 'gp', 'anesth']))
    pbm = w.st('pbm')
    s_fr, s_en = c.r(SURG[:6])
    h, fer, tsat = hb(c, 88, 118), c.rng.randint(4, 28), c.rng.randint(5, 17)
    op = c.later(14, 45)
    T = {'patient_name', 'lab_result', 'diagnosis', 'medication'}
    nm = fmt_name(p, c.r(['title', 'full', 'comma']), lang)
    idl = ''
    if p.nam and c.chance(0.6):
        idl = _nam_line(c, p, lang, T)
    elif c.chance(0.5):
        T.add('mrn')
        idl = ('Dossier %s' if lang == 'fr' else 'Chart %s') % fmt_mrn(p.mrn, 'plain')
    med_fr = c.r(['carboxymaltose ferrique 1000 mg IV', 'fer sucrose 300 mg IV x 3', 'dérisomaltose ferrique 1000 mg IV'])
    med_en = c.r(['ferric carboxymaltose 1000 mg IV', 'iron sucrose 300 mg IV x3', 'ferric derisomaltose 1000 mg IV'])
    if lang == 'fr':
        subj = c.r(['Référence clinique GSP – anémie préopératoire', 'Anémie pré-op : %s' % nm, 'Consultation gestion du sang'])
        body = [greet(c, 'fr', pbm.given), '',
                'Je vous réfère %s pour %s prévue vers le %s.' % (nm, s_fr, fmt_date(op, 'long', 'fr'))]
        if idl:
            body.append(idl)
        body += ['Bilan : Hb %d g/L, ferritine %d µg/L, saturation %d %%. Anémie ferriprive probable, %s.'
                 % (h, fer, tsat, c.r(['prend du naproxène depuis des mois', 'coloscopie à faire', 'saignements menstruels abondants',
                                       'alimentation pauvre, vit seul(e)'])),
                 'Pourriez-vous organiser %s à l\'hôpital de jour? Le fer oral n\'a pas été toléré (constipation).' % med_fr,
                 '', closing(c, 'fr'), signature(c, snd, 'fr')]
    else:
        subj = c.r(['PBM referral – pre-op anaemia', 'Pre-op anemia: %s' % nm, 'Referral for IV iron'])
        body = [greet(c, 'en', pbm.given), '',
                'Referring %s, booked for %s around %s.' % (nm, s_en, fmt_date(op, 'long', 'en'))]
        if idl:
            body.append(idl)
        body += ['Labs: Hb %d g/L, ferritin %d ug/L, TSAT %d%%. Likely iron deficiency; %s.'
                 % (h, fer, tsat, c.r(['on long-term NSAIDs', 'colonoscopy pending', 'heavy menstrual bleeding'])),
                 'Could you arrange %s at the day hospital? Oral iron not tolerated.' % med_en, '', closing(c, 'en'), signature(c, snd, 'en')]
    return spec(c, lang, snd, pbm, subj, '\n'.join(body), T, 'PBM referral with Hb/ferritin and IV iron plan')


# --------------------------------------------------------------------------- 6. iron infusion calendar invitation
def iron_ics(c, lang):
    import datetime as _dt
    from gen_attach import make_ics
    w = c.w
    p = w.holder() if c.chance(0.3) else w.patient()
    pbm = w.st('pbm')
    nurse = w.st('nurse')
    d = c.later(3, 20)
    start = _dt.datetime(d.year, d.month, d.day, c.r([8, 9, 10, 13]), c.r([0, 30]))
    end = start + _dt.timedelta(minutes=c.r([30, 60, 90]))
    T = {'patient_name', 'medication'}
    med = c.r(['Ferinject 1000 mg', 'Venofer 300 mg', 'Monoferric 1000 mg', 'Venofer 200 mg (2/5)'])
    nm = fmt_name(p, c.r(['comma', 'full', 'upper']), lang)
    desc_extra = ''
    if c.chance(0.5):
        T.add('mrn')
        desc_extra = ' Dossier %s.' % p.mrn
    if c.chance(0.4):
        T.add('lab_result')
        desc_extra += ' Hb %d, ferritine %d.' % (hb(c, 85, 115), c.rng.randint(5, 25))
    if lang == 'fr':
        summ = 'Perfusion %s – %s' % (med, nm)
        desc = 'Hôpital de jour, fauteuil %d.%s Patient(e) avisé(e) par téléphone.' % (c.rng.randint(1, 8), desc_extra)
        loc = 'Hôpital de jour – 2e étage'
        subj = 'Invitation : %s' % summ if c.chance(0.6) else 'Invitation : perfusion de fer %s' % fmt_date(d, 'dmy')
        body = '%s\n\nRendez-vous ajouté à l\'agenda de l\'hôpital de jour.\n\n%s' % (greet(c, 'fr'), signature(c, pbm, 'fr', 'short'))
    else:
        summ = 'IV iron – %s (%s)' % (nm, med)
        desc = 'Day hospital chair %d.%s' % (c.rng.randint(1, 8), desc_extra.replace('Dossier', 'Chart').replace('ferritine', 'ferritin'))
        loc = 'Day Hospital, 2nd floor'
        subj = 'Invitation: %s' % summ if c.chance(0.6) else 'Invitation: iron infusion %s' % fmt_date(d, 'iso')
        body = '%s\n\nBooked in the day hospital calendar.\n\n%s' % (greet(c, 'en'), signature(c, pbm, 'en', 'short'))
    ics = make_ics('%s-%d@hsbl' % (d.strftime('%Y%m%d'), c.idx), start, end, summ, loc, desc,
                   organizer=(pbm.full, pbm.email), attendees=[(nurse.full, nurse.email)])
    if 'Invitation : perfusion' in subj or 'iron infusion' in subj:
        note = 'calendar invitation; patient name and drug only in the ICS'
    else:
        note = 'calendar invitation with patient name and iron product'
    return spec(c, lang, pbm, nurse, subj, body, T, note,
                attachments=[dict(filename='invite.ics', ctype='text/calendar', text=ics, charset='utf-8',
                                  cte=c.r(['quoted-printable', 'base64', '8bit']), disp=c.r(['attachment', 'inline']),
                                  extra=None)])


# --------------------------------------------------------------------------- 7. handover / sign-out list
def handover(c, lang):
    w = c.w
    tech = w.st('tech')
    nxt = w.st('tech')
    while nxt is tech:
        nxt = w.st('tech')
    T = {'patient_name', 'mrn', 'lab_result'}
    rows = []
    for i in range(c.rng.randint(3, 6)):
        p = w.patient()
        unit = c.r(['4B', '5A', 'USI', 'urgence', '3C', 'bloc', 'HDJ', '6B'])
        rows.append((p, unit))
    out = []
    for p, unit in rows:
        nm = fmt_name(p, c.r(['upper', 'surfirst', 'comma', 'lower']), lang)
        if lang == 'fr':
            item = c.r(['XM 2 culots en attente, %s' % c.r(ANTIBODIES), 'RAI à refaire (échantillon hémolysé)',
                        'TCD positif IgG, élution envoyée', 'Hb %d, demande de 1 culot en cours' % hb(c),
                        'plaquettes %d, attend plaquettes d\'aphérèse HLA' % c.rng.randint(3, 19),
                        'groupe discordant avec historique, nouveau prélèvement demandé', 'réaction fébrile à 14h, bilan fait'])
        else:
            item = c.r(['XM 2 units pending, %s' % c.r(ANTIBODIES), 'repeat screen (haemolysed sample)',
                        'DAT pos IgG, eluate sent', 'Hb %d, 1 unit being issued' % hb(c), 'plt %d, waiting for HLA platelets' % c.rng.randint(3, 19),
                        'ABO discrepancy vs history, redraw requested', 'febrile reaction at 2 pm, work-up done'])
        out.append('- %s (%s) – %s – %s' % (nm, fmt_mrn(p.mrn, c.r(['plain', 'short', 'sp'])), unit, item))
    if lang == 'fr':
        subj = c.r(['Relève soir', 'Relève de garde banque de sang', 'Suivis pour la nuit', 'Tour de garde – à suivre'])
        body = [greet(c, 'fr', nxt.given), '', 'Voici les suivis en cours :', ''] + out + ['', 'Les cryos sont décongelés pour la salle 4 (non nominatif).',
                                                                                          '', signature(c, tech, 'fr', 'short')]
    else:
        subj = c.r(['Evening handover', 'Blood bank sign-out', 'Pending items for nights'])
        body = [greet(c, 'en', nxt.given), '', 'Pending:', ''] + out + ['', signature(c, tech, 'en', 'short')]
    return spec(c, lang, tech, nxt, subj, '\n'.join(body), T, 'shift handover list of named patients with results')


# --------------------------------------------------------------------------- 8. subject-only leak
def subject_only(c, lang):
    w = c.w
    p = w.patient()
    snd = w.st(c.r(['nurse', 'tech', 'cst', 'resident']))
    rcv = w.st(c.r(['hemato', 'cst', 'chieftech']))
    rf, re_, _ = c.r(REACTIONS)
    T = {'patient_name'}
    nm = fmt_name(p, c.r(['upper', 'comma', 'titlesur', 'surfirst', 'full']), lang)
    variant = c.rng.randint(0, 3)
    if lang == 'fr':
        if variant == 0:
            subj = '%s – %s (dossier %s)' % (rf.capitalize(), nm, p.mrn)
            T |= {'diagnosis', 'mrn'}
        elif variant == 1:
            subj = 'URGENT %s Hb %d – besoin de 2 culots' % (nm, hb(c, 48, 66))
            T |= {'lab_result'}
        elif variant == 2:
            subj = 'TR: %s, anti-%s + culots irradiés?' % (nm, c.r(['K', 'E', 'Jka', 'c']))
            T |= {'lab_result'}
        else:
            subj = 'Refus de transfusion – %s (Témoin de Jéhovah), chx %s' % (nm, fmt_date(c.later(1, 9), 'dmy'))
            T |= {'social_information'}
        body = c.r(['Voir objet. Peux-tu me rappeler au poste %d?' % c.rng.randint(2000, 7999), 'Comme discuté.',
                    'Je t\'appelle après la tournée.', '', 'Merci de regarder ça ce matin.'])
        body = body + '\n\n' + signature(c, snd, 'fr', c.r(['short', 'initials', 'mobile']), disclaimer=False)
    else:
        if variant == 0:
            subj = '%s – %s (MRN %s)' % (re_.capitalize(), nm, p.mrn)
            T |= {'diagnosis', 'mrn'}
        elif variant == 1:
            subj = 'URGENT: %s Hb %d, needs 2 units' % (nm, hb(c, 48, 66))
            T |= {'lab_result'}
        elif variant == 2:
            subj = 'FW: %s – anti-%s, irradiated?' % (nm, c.r(['K', 'E', 'Jka', 'c']))
            T |= {'lab_result'}
        else:
            subj = 'Refusal of blood – %s (Jehovah\'s Witness), surgery %s' % (nm, fmt_date(c.later(1, 9), 'iso'))
            T |= {'social_information'}
        body = c.r(['See subject. Call me at ext. %d?' % c.rng.randint(2000, 7999), 'As discussed.', '', 'Can you look at this today?'])
        body = body + '\n\n' + signature(c, snd, 'en', c.r(['short', 'initials', 'mobile']), disclaimer=False)
    return spec(c, lang, snd, rcv, subj, body, T, 'leak in the Subject line only')


# --------------------------------------------------------------------------- 9. file-name-only leak
def filename_only(c, lang):
    w = c.w
    p = w.patient()
    snd = w.st(c.r(['cst', 'archivist', 'clerk', 'tech']))
    rcv = w.st(c.r(['hemato', 'cst', 'manager']))
    rf, re_, key = c.r(REACTIONS)
    T = {'patient_name'}
    variant = c.rng.randint(0, 2)
    if variant == 0:
        fn = '%s_%s_%s_%s.pdf' % (c.r(['RAT', 'Reaction']), p.surname, p.given, key.upper())
        T.add('diagnosis')
    elif variant == 1:
        fn = '%s %s - anti-%s - carte anticorps.pdf' % (p.surname.upper(), p.given, c.r(['K', 'E', 'Fya', 'Jka']))
        T.add('lab_result')
    else:
        dfr, den = diag_for(c, p)
        fn = '%s, %s – %s.pdf' % (p.surname, p.given, dfr if lang == 'fr' else den)
        T.add('diagnosis')
    # attachment content is a scan cover page: no patient data inside
    pdf = make_pdf('Document numérisé' if lang == 'fr' else 'Scanned document',
                   ['Numériseur : MFP-3F-BS-02', 'Pages : %d' % c.rng.randint(1, 6), 'Résolution : 300 ppp',
                    '(image non reconnue par l\'OCR)'], author='scanner', compress=True, meta_title='')
    if lang == 'fr':
        subj = c.r(['Document numérisé', 'Numérisation', 'Pour ton dossier', 'Scan'])
        body = c.r(['Ci-joint.', 'Voici le document numérisé dont on a parlé.', 'Pour classement, merci.', '']) + '\n\n' + signature(c, snd, 'fr', 'short')
    else:
        subj = c.r(['Scanned document', 'Scan', 'For filing'])
        body = c.r(['Attached.', 'Here is the scan we talked about.', '']) + '\n\n' + signature(c, snd, 'en', 'short')
    return spec(c, lang, snd, rcv, subj, body, T, 'patient name and condition only in the attachment file name',
                attachments=[dict(filename=fn, ctype='application/pdf', data=pdf,
                                  fn_style=c.r(['2231', '2231cont', '2047']))])


# --------------------------------------------------------------------------- 10. antibody registry XLSX
def antibody_xlsx(c, lang):
    from gen_attach import make_xlsx
    w = c.w
    tech = w.st('chieftech')
    rcv = w.st(c.r(['hemato', 'cst', 'manager']))
    T = {'patient_name', 'mrn', 'date_of_birth', 'lab_result'}
    with_nam = c.chance(0.5)
    hdr = (['Dossier', 'Nom', 'Prénom', 'DDN', 'Anticorps', 'Date identif.', 'Remarque'] if lang == 'fr'
           else ['MRN', 'Surname', 'Given', 'DOB', 'Antibody', 'ID date', 'Comment'])
    if with_nam:
        hdr.insert(1, 'NAM' if lang == 'fr' else 'RAMQ')
        T.add('ramq_nam')
    rows = [hdr]
    for i in range(c.rng.randint(6, 14)):
        p = w.holder() if with_nam else w.patient()
        r = [p.mrn, p.surname, p.given, fmt_date(p.dob, 'iso'), c.r(ANTIBODIES),
             fmt_date(c.earlier(30, 2000), 'iso'), c.r(['', '', 'carte remise', 'grossesse' if p.sex == 'F' else 'carte remise', 'drépanocytose', 'auto-AC chaud'])]
        if with_nam:
            r.insert(1, p.nam)
        rows.append(r)
    data = make_xlsx([('Anticorps' if lang == 'fr' else 'Antibodies', rows)], author=tech.full,
                     title='Registre anticorps')
    if lang == 'fr':
        subj = c.r(['Extraction registre des anticorps', 'Liste patients avec anticorps – mise à jour', 'Fichier demandé'])
        body = '%s\n\nVoici l\'extraction du registre pour la migration vers le nouveau logiciel. Merci de valider les doublons.\n\n%s' % (
            greet(c, 'fr', rcv.given), signature(c, tech, 'fr'))
        fn = c.r(['registre_anticorps_%s.xlsx' % c.day.strftime('%Y%m%d'), 'Anticorps.xlsx', 'liste AC cliniquement significatifs.xlsx'])
    else:
        subj = c.r(['Antibody registry extract', 'Updated antibody list', 'File you asked for'])
        body = '%s\n\nAntibody registry extract attached for the LIS migration; please check duplicates.\n\n%s' % (
            greet(c, 'en', rcv.given), signature(c, tech, 'en'))
        fn = c.r(['antibody_registry_%s.xlsx' % c.day.strftime('%Y%m%d'), 'Antibodies.xlsx'])
    return spec(c, lang, tech, rcv, subj, body, T, 'XLSX antibody registry extract',
                attachments=[dict(filename=fn, ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data=data)])


BUILDERS = [
    ('crossmatch_request', crossmatch_request, 4, 0.55),
    ('antibody_screen', antibody_screen, 5, 0.6),
    ('reaction_report_pdf', reaction_report, 5, 0.6),
    ('reference_lab_docx', reference_referral, 4, 0.7),
    ('pbm_referral', pbm_referral, 5, 0.5),
    ('iron_infusion_ics', iron_ics, 4, 0.6),
    ('handover_list', handover, 4, 0.6),
    ('subject_only', subject_only, 4, 0.5),
    ('filename_only', filename_only, 4, 0.6),
    ('antibody_xlsx', antibody_xlsx, 4, 0.6),
]
