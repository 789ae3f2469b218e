"""Positive builders, part B: biologics, pharmacy, labs, wound care, surgery, cosmetic billing."""
import gen_common as C
import gen_vocab as V
from gen_util import pname, nam_txt, pdf, docx, xlsx, fn_safe, quote, reply_header


def _types(*pairs):
    return [t for t, cond in pairs if cond]


# ---------------------------------------------------------------------------
def biologic_auth(c):
    nurse, derm = c.st('bio'), c.st('derm')
    use_nam = c.lang == 'fr' or c.chance(0.5)
    p = c.pat(nam=use_nam)
    dx = c.pick(V.INFLAM[:4])
    bio = c.pick(V.BIOLOGICS)
    failed = c.rng.sample(V.SYSTEMIC_FAILED, 2)
    pasi = c.rng.randrange(12, 34)
    bsa = c.rng.randrange(10, 45)
    dlqi = c.rng.randrange(11, 26)
    qft = c.pick(['négatif', 'négatif (0,08 UI/mL)']) if c.lang == 'fr' else c.pick(['negative', 'negative (0.08 IU/mL)'])
    if c.lang == 'fr':
        title = 'Demande d\'autorisation – médicament d\'exception'
        paras = ['## Identification', 'Nom : %s' % p.surname.upper(), 'Prénom : %s' % p.given,
                 'Date de naissance : %s' % c.dob(p, 0)]
        if use_nam:
            paras.append('NAM : %s' % nam_txt(c, p, 'space'))
        paras += ['## Renseignements cliniques', 'Diagnostic : %s' % dx[0],
                  'PASI : %d   SCA (BSA) : %d %%   DLQI : %d' % (pasi, bsa, dlqi),
                  'Traitements antérieurs : 1) %s; 2) %s' % (failed[0][0], failed[1][0]),
                  'Dépistage : QuantiFERON %s; AgHBs négatif; anti-VHC négatif' % qft,
                  '## Médicament demandé', bio[0], 'Prescripteur : %s' % derm.dname('fr')]
        fname = c.pick(['Demande_RAMQ_%s_%s.docx' % (bio[2], fn_safe(p.surname)), 'formulaire_exception_%s.docx' % bio[2],
                        'MedExc_%s.docx' % c.today.strftime('%Y%m%d')])
        body = ('%s\n\nCi-joint le formulaire rempli pour %s (%s). Le Dr/Dre %s l\'a signé ce matin; il ne manque '
                'que le résultat de la dernière FSC, que je vous envoie dès réception.\n\n%s\n\n%s') % (
            c.hi(), pname(c, p, 'title'), bio[2], derm.surname, c.bye(), c.sig(nurse))
        subj = c.pick(['Demande médicament d\'exception – %s' % bio[2], 'Formulaire %s %s' % (bio[2], p.surname),
                       'Autorisation biologique'])
        to = ('Programme de soutien – %s' % bio[2].capitalize(), 'soutien-%s@psp-partenaires.example' % bio[2])
    else:
        title = 'Special Authorization Request – Biologic'
        paras = ['## Patient', 'Name: %s' % p.full, 'Date of birth: %s' % c.dob(p, 0)]
        if use_nam:
            paras.append('RAMQ #: %s' % nam_txt(c, p, 'space'))
        else:
            paras.append('Clinic chart: %s' % p.mrn)
        paras += ['## Clinical information', 'Diagnosis: %s' % dx[1], 'PASI %d, BSA %d%%, DLQI %d' % (pasi, bsa, dlqi),
                  'Previous therapy: 1) %s; 2) %s' % (failed[0][1], failed[1][1]),
                  'Screening: QuantiFERON %s; HBsAg negative; HCV Ab negative' % qft, '## Drug requested', bio[1],
                  'Prescriber: %s' % derm.dname('en')]
        fname = c.pick(['SA_request_%s_%s.docx' % (bio[2], fn_safe(p.surname)), 'special_auth_%s.docx' % bio[2]])
        body = ('%s\n\nPlease find attached the completed special authorization for %s (%s). Dr. %s signed it this '
                'morning. Let me know if the plan needs anything else.\n\n%s\n\n%s') % (
            c.hi(), pname(c, p, 'title'), bio[2], derm.surname, c.bye(), c.sig(nurse))
        subj = c.pick(['Special authorization - %s' % bio[2], 'SA form %s %s' % (bio[2], p.surname), 'Biologic coverage request'])
        to = ('Patient Support Program – %s' % bio[2].capitalize(), 'support-%s@psp-partners.example' % bio[2])
    types = _types(('patient_name', True), ('date_of_birth', True), ('diagnosis', True), ('medication', True),
                   ('lab_result', True), ('ramq_nam', use_nam), ('mrn', not use_nam))
    return dict(cat='biologic_authorization', types=types, note='biologic prior-authorization form (DOCX)',
                frm=c.who(nurse), to=[to], cc=[c.who(derm)], subject=subj, text=body,
                attachments=[docx(fname, title, paras, author=nurse.full)])


# ---------------------------------------------------------------------------
def pharmacy_question(c):
    ph, nurse = c.st('pharm'), c.st('bio')
    p = c.pat(nam=False)
    bio = c.pick(V.BIOLOGICS)
    q = c.pick(['switch', 'interaction', 'vaccin'])
    nm = pname(c, p, c.pick(['title_full', 'full', 'rev', 'initials']))
    if c.lang == 'fr':
        qtxt = {'switch': 'Son assureur exige maintenant le passage au biosimilaire (Yuflyma au lieu de Humira). '
                          'On fait la transition à la prochaine dose ou vous préférez une nouvelle ordonnance?',
                'interaction': 'Il/elle a commencé de la clarithromycine hier pour une pneumonie. Est-ce qu\'on retarde '
                               'l\'injection de %s prévue vendredi?' % bio[2],
                'vaccin': 'Le patient veut recevoir le vaccin contre le zona (Shingrix) à la pharmacie; il est sous %s. '
                          'Aucune contre-indication de votre côté?' % bio[2]}[q]
        body = '%s\n\nQuestion concernant %s (DDN %s), sous %s pour %s.\n\n%s\n\n%s\n\n%s' % (
            c.hi(nurse.given), nm, c.dob(p), bio[2], c.pick(['psoriasis', 'hidradénite suppurée', 'psoriasis + arthrite']),
            qtxt, c.bye(), c.sig(ph))
        subj = c.pick(['Question pharmacie – %s' % p.surname, 'Re: %s %s' % (bio[2], p.surname), 'Question rx'])
    else:
        qtxt = {'switch': 'The insurer now requires a switch to the biosimilar (Yuflyma instead of Humira). Can we switch at '
                          'the next dose or do you prefer a new prescription?',
                'interaction': 'They started clarithromycin yesterday for pneumonia. Should the %s injection due Friday be '
                               'held?' % bio[2],
                'vaccin': 'The patient wants the shingles vaccine (Shingrix) at the pharmacy; currently on %s. Any '
                          'contraindication on your side?' % bio[2]}[q]
        body = '%s\n\nQuestion about %s (DOB %s), on %s for %s.\n\n%s\n\n%s\n\n%s' % (
            c.hi(nurse.given), nm, c.dob(p), bio[2], c.pick(['psoriasis', 'hidradenitis suppurativa', 'psoriatic arthritis']),
            qtxt, c.bye(), c.sig(ph))
        subj = c.pick(['Pharmacy question - %s' % p.surname, 'Re: %s %s' % (bio[2], p.surname), 'Rx question'])
    return dict(cat='pharmacy_question', types=['patient_name', 'date_of_birth', 'medication', 'diagnosis'],
                note='pharmacist question about a patient on a biologic', frm=c.who(ph), to=[c.who(nurse)],
                subject=subj, text=body)


# ---------------------------------------------------------------------------
def mtx_labs(c):
    nurse, derm = c.st('nurse'), c.st('derm')
    p = c.pat(nam=False)
    alt = c.rng.randrange(38, 140)
    wbc = c.rng.randrange(28, 95) / 10
    plt = c.rng.randrange(110, 380)
    hb = c.rng.randrange(108, 152)
    creat = c.rng.randrange(55, 120)
    lower = c.chance(0.6)
    nm = p.full.lower() if lower else pname(c, p, c.pick(['full', 'initials', 'rev']))
    if c.lang == 'fr':
        subj = c.pick(['labos mtx %s' % nm, 'FSC/ALT – %s' % nm, 'bilan méthotrexate %s' % nm])
        body = ('%s\n\nBilan de suivi méthotrexate (%s) prélevé le %s :\n\n'
                'Hb %d g/L | GB %.1f x10^9/L | Plaq %d x10^9/L\nALT %d U/L (N < 40) | Créat %d µmol/L\n\n%s\n\n%s\n%s') % (
            c.hi(derm.given), c.pick(['15 mg/sem', '20 mg/sem', '17,5 mg/sem']), c.fd(c.earlier(1, 6), 2), hb, wbc, plt, alt, creat,
            'ALT à plus de 2x la normale, on suspend la dose de cette semaine?' if alt > 80 else 'Tout est correct, on poursuit?',
            c.bye(), c.sig(nurse, short=True))
    else:
        subj = c.pick(['mtx labs %s' % nm, 'CBC/ALT - %s' % nm, 'methotrexate bloodwork %s' % nm])
        body = ('%s\n\nMethotrexate monitoring labs (%s) drawn %s:\n\n'
                'Hb %d g/L | WBC %.1f | Plt %d\nALT %d U/L (ref < 40) | Creat %d umol/L\n\n%s\n\n%s\n%s') % (
            c.hi(derm.given), c.pick(['15 mg weekly', '20 mg weekly']), c.fd(c.earlier(1, 6), 2), hb, wbc, plt, alt, creat,
            'ALT more than 2x normal, hold this week\'s dose?' if alt > 80 else 'All fine, continue same dose?',
            c.bye(), c.sig(nurse, short=True))
    return dict(cat='lab_followup', types=['patient_name', 'lab_result', 'medication'],
                note='methotrexate monitoring labs' + (' (lower-case name)' if lower else ''),
                frm=c.who(nurse), to=[c.who(derm)], subject=subj, text=body)


# ---------------------------------------------------------------------------
def isotretinoin(c):
    nurse, derm = c.st('nurse'), c.st('derm')
    p = c.pat(nam=False, sex='F', lo=1998, hi=2008)
    tg = c.rng.randrange(9, 42) / 10
    nm = pname(c, p, c.pick(['full', 'rev', 'title_full']))
    if c.lang == 'fr':
        body = ('%s\n\nSuivi isotrétinoïne (Epuris %d mg/j) – %s, DDN %s, acné nodulokystique.\n'
                'Test de grossesse (bêta-hCG sérique) du %s : négatif.\nTriglycérides %.1f mmol/L, ALT %d U/L.\n'
                'Contraception : %s.\n\n%s\n\n%s\n%s') % (
            c.hi(), c.pick([30, 40, 60]), nm, c.dob(p), c.fd(c.earlier(1, 5), 2), tg, c.rng.randrange(14, 55),
            c.pick(['stérilet hormonal', 'COC + condom', 'implant']),
            'Ordonnance du mois %s à renouveler.' % c.pick(['3', '4', '5']), c.bye(), c.sig(nurse, short=True))
        subj = c.pick(['Isotrétinoïne – suivi mensuel %s' % p.surname, 'bHCG négatif – renouvellement Epuris', 'Epuris %s' % nm])
    else:
        body = ('%s\n\nIsotretinoin follow-up (Epuris %d mg/day) - %s, DOB %s, nodulocystic acne.\n'
                'Serum beta-hCG on %s: negative.\nTriglycerides %.1f mmol/L, ALT %d U/L.\nContraception: %s.\n\n'
                'Month %s prescription due for renewal.\n\n%s\n%s') % (
            c.hi(), c.pick([30, 40, 60]), nm, c.dob(p), c.fd(c.earlier(1, 5), 2), tg, c.rng.randrange(14, 55),
            c.pick(['hormonal IUD', 'OCP + condoms', 'implant']), c.pick(['3', '4', '5']), c.bye(), c.sig(nurse, short=True))
        subj = c.pick(['Isotretinoin monthly - %s' % p.surname, 'Negative bHCG - Epuris renewal', 'Epuris %s' % nm])
    return dict(cat='isotretinoin_monitoring', types=['patient_name', 'date_of_birth', 'medication', 'lab_result', 'diagnosis'],
                note='isotretinoin monitoring with pregnancy test', frm=c.who(nurse), to=[c.who(derm)], subject=subj, text=body)


# ---------------------------------------------------------------------------
def patch_test(c):
    derm = c.st('derm')
    gp = c.st('gp')
    p = c.pat(nam=c.chance(0.3))
    use_nam = p.nam is not None
    allergens = c.rng.sample([('sulfate de nickel', 'nickel sulfate'), ('méthylisothiazolinone', 'methylisothiazolinone'),
                              ('baume du Pérou', 'balsam of Peru'), ('paraphénylènediamine', 'paraphenylenediamine'),
                              ('mélange de parfums I', 'fragrance mix I'), ('colophane', 'colophony'),
                              ('bichromate de potassium', 'potassium dichromate')], 3)
    grades = [c.pick(['+', '++', '+++']) for _ in allergens]
    rows = [[c.pv(a), g, c.t('pertinent', 'relevant') if i == 0 else c.t('pertinence possible', 'possible relevance')]
            for i, (a, g) in enumerate(zip(allergens, grades))]
    title = c.t('Résultats des tests épicutanés', 'Patch test results')
    paras = [c.t('Patient : ', 'Patient: ') + p.full, c.t('Date de naissance : ', 'Date of birth: ') + c.dob(p, 0)]
    if use_nam:
        paras.append('NAM : %s' % nam_txt(c, p, 'space'))
    paras += [c.t('Lecture à J2 et J4 (série standard nord-américaine 80 allergènes).',
                  'Readings at D2 and D4 (North American standard series, 80 allergens).'),
              c.t('Conclusion : dermatite de contact allergique aux mains; éviction recommandée.',
                  'Conclusion: allergic contact dermatitis of the hands; avoidance advised.')]
    table = [[c.t('Allergène', 'Allergen'), c.t('Réaction', 'Reaction'), c.t('Pertinence', 'Relevance')]] + rows
    fname = c.pick(['%s_%s.docx' % (c.t('tests_épicutanés', 'patch_tests'), fn_safe(p.surname)), 'patch_%s.docx' % c.today.strftime('%Y%m%d')])
    body = '%s\n\n%s\n\n%s\n\n%s' % (c.hi(gp),
                                     c.t('Voici les résultats des tests épicutanés de votre patient%s.' % ('e' if p.sex == 'F' else ''),
                                         'Please find your patient\'s patch test results attached.'), c.bye(), c.sig(derm))
    types = _types(('patient_name', True), ('date_of_birth', True), ('lab_result', True), ('diagnosis', True),
                   ('ramq_nam', use_nam))
    return dict(cat='patch_test', types=types, note='patch test results (DOCX table)', frm=c.who(derm), to=[c.who(gp)],
                subject=c.t('Résultats tests épicutanés', 'Patch test results') + c.pick(['', ' – %s' % p.surname]),
                text=body, attachments=[docx(fname, title, paras, table=table, author=derm.full)])


# ---------------------------------------------------------------------------
def wound_handover(c):
    nurse, home = c.st('wound'), c.st('home')
    use_nam = c.region == 'qc' and c.chance(0.4)
    p = c.pat(nam=use_nam)
    w = c.pick(V.WOUNDS)
    dr = c.pick(V.DRESSINGS)
    ab = c.pick(V.ANTIBIO) if c.chance(0.6) else None
    cul = c.pick(V.CULTURES) if c.chance(0.5) else None
    nm = pname(c, p, c.pick(['full', 'title_full', 'rev']))
    social = c.pick([None, None, ('Situation : vit seul%s au 3e étage sans ascenseur, aucun proche aidant; demande de logement '
                                  'social en cours.' % ('e' if p.sex == 'F' else ''),
                                  'Social: lives alone on a 3rd floor walk-up, no caregiver; social housing application pending.'),
                     ('Situation : prestataire de l\'aide sociale, pas de voiture; le conjoint est hébergé en CHSLD.',
                      'Social: on income assistance, no car; spouse is in long-term care.')])
    if c.lang == 'fr':
        lines = ['Usager : %s, %d ans (DDN %s)' % (nm, c.age(p), c.dob(p, 0)),
                 'Adresse : %s' % p.addr_line(), 'Tél. : %s (cell. %s)' % (c.tel(p.phone), c.tel(p.cell))]
        if use_nam:
            lines.append('NAM : %s' % nam_txt(c, p, 'space'))
        lines += ['', 'Plaie : %s' % w[0], 'Pansement : %s' % dr[0]]
        if ab:
            lines.append('Antibiotique : %s (débuté le %s)' % (ab[0], c.fd(c.earlier(1, 4), 2)))
        if cul:
            lines.append('Culture de plaie : %s' % cul[0])
        lines.append('Surveiller : rougeur > 2 cm, écoulement purulent, fièvre. Prochain contrôle en clinique le %s.'
                     % c.fd(c.later(7, 20), 2))
        if social:
            lines.append(social[0])
        body = '%s\n\nDemande de suivi à domicile pour :\n\n%s\n\n%s\n\n%s' % (c.hi(home.given), '\n'.join(lines), c.bye(), c.sig(nurse))
        subj = c.pick(['Demande soins de plaie à domicile', 'Suivi pansement – %s' % p.surname, 'Transfert soins de plaies – %s' % nm])
    else:
        lines = ['Client: %s, age %d (DOB %s)' % (nm, c.age(p), c.dob(p, 0)),
                 'Address: %s' % p.addr_line(), 'Phone: %s (cell %s)' % (c.tel(p.phone), c.tel(p.cell))]
        if use_nam:
            lines.append('RAMQ: %s' % nam_txt(c, p, 'space'))
        lines += ['', 'Wound: %s' % w[1], 'Dressing: %s' % dr[1]]
        if ab:
            lines.append('Antibiotic: %s (started %s)' % (ab[1], c.fd(c.earlier(1, 4), 2)))
        if cul:
            lines.append('Wound swab: %s' % cul[1])
        lines.append('Watch for: redness > 2 cm, purulent drainage, fever. Next clinic check %s.' % c.fd(c.later(7, 20), 2))
        if social:
            lines.append(social[1])
        body = '%s\n\nHome care referral for:\n\n%s\n\n%s\n\n%s' % (c.hi(home.given), '\n'.join(lines), c.bye(), c.sig(nurse))
        subj = c.pick(['Home wound care referral', 'Dressing follow-up - %s' % p.surname, 'Wound care handover - %s' % nm])
    types = _types(('patient_name', True), ('date_of_birth', True), ('diagnosis', True), ('patient_contact', True),
                   ('medication', ab is not None), ('lab_result', cul is not None), ('ramq_nam', use_nam),
                   ('social_information', social is not None))
    return dict(cat='wound_care_handover', types=types, note='wound-care handover to home care nurse with address',
                frm=c.who(nurse), to=[c.who(home)], subject=subj, text=body)


# ---------------------------------------------------------------------------
def or_booking(c):
    surg, clerk = c.st('plastic'), c.st('clerk')
    use_nam = c.region == 'qc' or c.chance(0.3)
    p = c.pat(nam=use_nam)
    proc = c.pick(V.PLASTIC)
    med = c.pick(V.HOME_MEDS)
    allergy = c.pick(V.ALLERGIES)
    when = c.later(10, 60)
    as_xlsx = c.chance(0.35)
    hosp = 'hqc' if c.region == 'qc' else 'hnb'
    fields = [(c.t('Nom', 'Name'), p.upper_rev), (c.t('DDN', 'DOB'), p.dob.isoformat())]
    if use_nam:
        fields.append(('NAM' if c.lang == 'fr' else 'RAMQ', nam_txt(c, p, c.pick(['space', 'plain']))))
    fields += [(c.t('Téléphone', 'Phone'), c.tel(p.phone)), (c.t('Intervention', 'Procedure'), c.pv(proc[:2])),
               (c.t('Indication', 'Indication'), proc[2] if c.lang == 'fr' else proc[3]),
               (c.t('Chirurgien', 'Surgeon'), surg.dname(c.lang)), (c.t('Date souhaitée', 'Requested date'), when.isoformat()),
               (c.t('Durée', 'Duration'), c.pick(['90 min', '2 h', '3 h 30', '45 min'])),
               (c.t('Anesthésie', 'Anaesthesia'), c.pick([c.t('générale', 'general'), c.t('locale + sédation', 'local + sedation')])),
               (c.t('Anticoagulant / médication', 'Anticoagulant / meds'), c.pv(med)),
               (c.t('Allergies', 'Allergies'), c.pv(allergy))]
    social = c.chance(0.3)
    if social:
        fields.append((c.t('Note', 'Note'), c.t('prestataire de l\'aide sociale, sans voiture : bon de taxi requis; vit seul%s' % ('e' if p.sex == 'F' else ''),
                                                 'on income assistance, no car: taxi voucher needed; lives alone')))
    atts = []
    if as_xlsx:
        atts.append(xlsx(c.pick([c.t('réservation_bloc_%s.xlsx', 'booking_%s.xlsx') % when.strftime('%Y%m%d'), 'OR_booking_%s.xlsx' % fn_safe(p.surname)]),
                         [(c.t('Réservation', 'Booking'), [[k, v] for k, v in fields])], author=clerk.full))
        body = '%s\n\n%s\n\n%s\n\n%s' % (c.hi(), c.t('Demande de réservation de salle ci-jointe. Merci de confirmer la date.',
                                                     'OR booking request attached, please confirm the date.'), c.bye(), c.sig(clerk))
    else:
        body = '%s\n\n%s\n\n%s\n\n%s\n\n%s' % (c.hi(), c.t('Demande de réservation au bloc opératoire :', 'OR booking request:'),
                                               '\n'.join('%s : %s' % kv if c.lang == 'fr' else '%s: %s' % kv for kv in fields),
                                               c.bye(), c.sig(clerk))
    subj = c.pick([c.t('Réservation bloc – %s' % c.pv(proc[:2]), 'OR booking - %s' % c.pv(proc[:2])),
                   c.t('Demande de bloc %s' % p.surname, 'OR request %s' % p.surname), c.t('Bloc opératoire', 'OR booking')])
    to = (c.t('Bloc opératoire – %s' % C.SITES[hosp]['name_fr'], 'Operating Room Booking – %s' % C.SITES[hosp]['name_en']),
          'bloc.reservation@%s' % C.SITES[hosp]['domain'])
    types = _types(('patient_name', True), ('date_of_birth', True), ('diagnosis', True), ('medication', True),
                   ('patient_contact', True), ('ramq_nam', use_nam), ('social_information', social))
    return dict(cat='or_booking', types=types, note='operating room booking request' + (' (XLSX)' if as_xlsx else ''),
                frm=c.who(clerk), to=[to], cc=[c.who(surg)], subject=subj, text=body, attachments=atts)


# ---------------------------------------------------------------------------
def discharge_summary(c):
    surg, gp = c.st('plastic'), c.st('gp')
    p = c.pat(nam=False)
    proc = c.pick(V.PLASTIC)
    ab = c.pick(V.ANTIBIO)
    dop = c.earlier(1, 5)
    if c.lang == 'fr':
        lines = ['Patient : %s' % p.upper_rev, 'Dossier : %s' % p.mrn, 'Date de naissance : %s' % c.dob(p, 0),
                 'Date de l\'intervention : %s' % c.fd(dop, 0), '', '## Intervention', c.pv(proc[:2]).capitalize(),
                 'Indication : %s' % proc[2], '', '## Évolution', 'Chirurgie sans complication. Congé le jour même.',
                 '', '## Médication au congé', ab[0], 'Hydromorphone 1 mg PO q4h PRN x 3 jours', 'Acétaminophène 1 g QID',
                 '', '## Suivi', 'Retrait des points dans 10 à 14 jours. Revoir en clinique dans 2 semaines.']
        title = 'Résumé de chirurgie d\'un jour'
    else:
        lines = ['Patient: %s' % p.upper_rev, 'Chart #: %s' % p.mrn, 'Date of birth: %s' % c.dob(p, 0),
                 'Date of surgery: %s' % c.fd(dop, 0), '', '## Procedure', c.pv(proc[:2]).capitalize(),
                 'Indication: %s' % proc[3], '', '## Course', 'Uncomplicated. Discharged same day.', '',
                 '## Discharge medications', ab[1], 'Hydromorphone 1 mg PO q4h PRN x 3 days', 'Acetaminophen 1 g QID', '',
                 '## Follow-up', 'Suture removal in 10-14 days. Clinic visit in 2 weeks.']
        title = 'Day Surgery Discharge Summary'
    fname = c.pick(['%s_%s.pdf' % (c.t('Résumé_de_congé', 'Discharge'), p.mrn), 'DS_%s.pdf' % dop.strftime('%Y%m%d'),
                    '%s.pdf' % c.t('resume_conge', 'discharge_summary')])
    body = '%s\n\n%s\n\n%s' % (c.hi(), c.t('Résumé de congé de votre patient%s en pièce jointe.' % ('e' if p.sex == 'F' else ''),
                                           'Discharge summary for your patient attached.'), c.sig(surg))
    return dict(cat='discharge_summary', types=['patient_name', 'mrn', 'date_of_birth', 'diagnosis', 'medication'],
                note='day-surgery discharge summary PDF', frm=c.who(surg), to=[c.who(gp)],
                subject=c.t('Résumé de congé', 'Discharge summary') + c.pick(['', ' – chirurgie du %s' % c.fd(dop, 0)]),
                text=body, attachments=[pdf(fname, title, lines, c, header=[c.site_name()])])


# ---------------------------------------------------------------------------
def cosmetic_quote(c):
    coord, surg = c.st('cosm'), c.st('plastic')
    p = c.pat(nam=False)
    item = c.pick(V.COSMETIC[:7])
    price = item[2]
    tps, tvq = round(price * 0.05, 2), round(price * 0.09975, 2)
    reason = c.pick([('ptose mammaire et asymétrie', 'breast ptosis and asymmetry'), ('excès cutané abdominal post-grossesse', 'post-pregnancy abdominal skin excess'),
                     ('bosse nasale dorsale avec déviation septale', 'dorsal nasal hump with septal deviation'),
                     ('relâchement cutané du cou', 'neck skin laxity'), ('oreilles décollées', 'prominent ears')])
    lines = [c.t('Soumission no ', 'Quote # ') + 'Q-%d-%04d' % (c.today.year, c.rng.randrange(1, 9999)),
             c.t('Date : ', 'Date: ') + c.fd(c.today, 0), '',
             c.t('Client : ', 'Client: ') + p.full, p.street, '%s (%s) %s' % (p.city, p.prov, p.postal),
             c.t('Tél. : ', 'Phone: ') + c.tel(p.cell), '',
             c.t('Motif de consultation : ', 'Reason for consultation: ') + c.pv(reason), '',
             '%s ...... %s $' % (c.pv(item), format(price, ',').replace(',', ' ')),
             c.t('Honoraires d\'anesthésie et salle inclus', 'Anaesthesia and facility fees included')]
    if c.region == 'qc':
        lines += ['TPS : %.2f $' % tps, 'TVQ : %.2f $' % tvq]
    else:
        lines += ['HST (15%%): %.2f $' % round(price * 0.15, 2)]
    lines += ['', c.t('Valide 90 jours. Dépôt de 20 % requis pour réserver la date.', 'Valid 90 days. 20% deposit required to book.')]
    fname = c.pick(['Soumission_%s_%s.pdf' % (fn_safe(p.surname), fn_safe(c.pv(item).split(' ')[0])) if c.lang == 'fr'
                    else 'Quote_%s_%s.pdf' % (fn_safe(p.surname), fn_safe(c.pv(item).split(' ')[0])),
                    c.t('soumission.pdf', 'quote.pdf')])
    greeting = c.t('Bonjour %s,' % pname(c, p, 'title'), 'Dear %s,' % pname(c, p, 'title'))
    body = '%s\n\n%s\n\n%s\n\n%s' % (
        greeting, c.t('Merci d\'être venu(e) en consultation avec le Dr/Dre %s. Comme promis, voici votre soumission '
                      'détaillée. N\'hésitez pas à m\'appeler pour réserver votre date.' % surg.surname,
                      'Thank you for meeting with Dr. %s. As promised, here is your detailed quote. Feel free to call '
                      'me to book a date.' % surg.surname), c.bye(), c.sig(coord))
    return dict(cat='cosmetic_quote', types=['patient_name', 'diagnosis', 'patient_contact'],
                note='cosmetic surgery quote to a named patient with address', frm=c.who(coord), to=[(p.full, p.email)],
                subject=c.t('Votre soumission – %s' % c.pv(item), 'Your quote - %s' % c.pv(item)), text=body,
                attachments=[pdf(fname, c.t('Soumission', 'Quote'), lines, c, header=[c.site_name(), c.site()['phone']])])


# ---------------------------------------------------------------------------
def cosmetic_invoice(c):
    coord = c.st('cosm')
    mgr = c.st('mgr')
    p = c.pat(nam=False)
    item = c.pick(V.COSMETIC)
    inv = 'F%d-%05d' % (c.today.year, c.rng.randrange(1, 99999))
    price = item[2]
    rows = [[c.t('Description', 'Description'), c.t('Montant', 'Amount')], [c.pv(item), '%.2f' % price],
            [c.t('Vêtement de compression', 'Compression garment'), '95.00'],
            [c.t('Dépôt reçu', 'Deposit received'), '-%.2f' % (price * 0.2)]]
    header = [c.t('FACTURE ', 'INVOICE ') + inv, c.site_name()]
    lines = [c.t('Facturé à : ', 'Bill to: ') + p.full, p.addr_line(), '', c.t('Date du traitement : ', 'Treatment date: ') +
             c.fd(c.earlier(1, 20), 0), ''] + ['%s    %s' % (r[0], r[1]) for r in rows] + \
        ['', c.t('Solde dû : ', 'Balance due: ') + '%.2f $' % (price * 0.8 + 95)]
    fname = c.pick(['%s.pdf' % inv, 'Facture_%s.pdf' % fn_safe(p.surname) if c.lang == 'fr' else 'Invoice_%s.pdf' % fn_safe(p.surname)])
    body = '%s\n\n%s\n\n%s' % (c.hi(), c.t('Voici la facture de %s pour son traitement du mois dernier; le solde n\'a pas encore été '
                                           'réglé. Pouvez-vous faire le suivi avec elle/lui?' % p.full,
                                           'Attached is %s\'s invoice for last month\'s treatment; the balance is still '
                                           'outstanding. Could you follow up?' % p.full), c.sig(mgr, short=True))
    return dict(cat='patient_invoice', types=['patient_name', 'diagnosis', 'patient_contact'],
                note='invoice to a named patient for a procedure', frm=c.who(mgr), to=[c.who(coord)],
                subject=c.t('Facture impayée ', 'Unpaid invoice ') + inv, text=body,
                attachments=[pdf(fname, c.t('Facture', 'Invoice'), lines, c, header=header)])


# ---------------------------------------------------------------------------
def appointment_confirmation(c):
    clerk = c.st(c.pick(['clerk', 'cosm']))
    p = c.pat(nam=False)
    kind = c.pick([('injection de toxine botulinique pour hyperhidrose axillaire', 'botulinum toxin injection for axillary hyperhidrosis', True),
                   ('séance de photothérapie UVB (psoriasis)', 'UVB phototherapy session (psoriasis)', False),
                   ('biopsie cutanée (lésion du dos)', 'skin biopsy (back lesion)', False),
                   ('injection de dupilumab – enseignement', 'dupilumab injection teaching', True),
                   ('retrait de points après excision de mélanome', 'suture removal after melanoma excision', False)])
    when = c.later(2, 25)
    to_patient = c.chance(0.6)
    if c.lang == 'fr':
        body = ('Bonjour %s,\n\nNous vous confirmons votre rendez-vous du %s à %s pour : %s.\n%s\n'
                'En cas d\'empêchement, appelez-nous au %s au moins 48 h à l\'avance.\n\n%s') % (
            pname(c, p, 'title_full') if not to_patient else p.given, c.day(when), c.hour(), kind[0],
            'Nous vous rappellerons au %s la veille.' % c.tel(p.cell), c.site()['phone'], c.sig(clerk, short=True))
        subj = c.pick(['Confirmation de rendez-vous', 'Votre rendez-vous du %s' % c.fd(when, 2)])
    else:
        body = ('Hello %s,\n\nThis confirms your appointment on %s at %s for: %s.\n%s\n'
                'If you cannot attend, please call %s at least 48 h ahead.\n\n%s') % (
            pname(c, p, 'title_full') if not to_patient else p.given, c.day(when), c.hour(), kind[1],
            'We will call you at %s the day before.' % c.tel(p.cell), c.site()['phone'], c.sig(clerk, short=True))
        subj = c.pick(['Appointment confirmation', 'Your appointment on %s' % c.fd(when, 2)])
    if to_patient:
        to = [(p.full, p.email)]
        note = 'appointment confirmation sent to patient'
    else:
        to = [c.who(c.st('nurse'))]
        body = c.t('Copie pour ton agenda :\n\n', 'FYI for your schedule:\n\n') + body
        note = 'appointment confirmation copied to nurse'
    types = ['patient_name', 'diagnosis', 'patient_contact'] + (['medication'] if kind[2] else [])
    return dict(cat='appointment', types=types, note=note, frm=c.who(clerk), to=to, subject=subj, text=body,
                tr={'alt': c.chance(0.5)})
