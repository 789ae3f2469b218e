"""Positive builders, part A: referrals, consultation letters, pathology, teledermatology."""
import gen_common as C
import gen_vocab as V
from gen_util import pname, nam_txt, pdf, docx, xlsx, png, table_text, fn_safe


def _types(*pairs):
    return [t for t, cond in pairs if cond]


# ---------------------------------------------------------------------------
def referral_lesion(c):
    gp, derm = c.st('gp'), c.st('derm')
    use_nam = c.chance(0.75)
    p = c.pat(nam=use_nam)
    les = c.pick([l for l in V.LESIONS if l[2] in ('mel', 'benign')])
    site = c.pv(c.pick(V.SITES_BODY))
    meds = [c.pv(m) for m in c.rng.sample(V.HOME_MEDS, c.rng.randrange(0, 3))]
    months = c.rng.randrange(2, 10)
    size = c.rng.randrange(5, 16)
    in_pdf = c.chance(0.4)
    show_phone = c.chance(0.6)
    nm = pname(c, p, c.pick(['full', 'title_full', 'rev', 'upper']))
    if c.lang == 'fr':
        lines = ['Patient : %s' % nm, 'Date de naissance : %s (%d ans)' % (c.dob(p), c.age(p))]
        if use_nam:
            lines.append('NAM : %s' % nam_txt(c, p, c.pick(['space', 'plain', 'space'])))
        if show_phone:
            lines.append('Téléphone (domicile) : %s' % c.tel(p.phone))
        lines += ['',
                  'Raison de la consultation : lésion pigmentée au %s, %d mm, qui a changé de couleur et de forme '
                  'depuis environ %d mois selon %s. Bordure irrégulière, deux teintes de brun, petite zone '
                  'bleutée. Pas de saignement.' % (site, size, months, 'la patiente' if p.sex == 'F' else 'le patient'),
                  'Hypothèse : %s à éliminer.' % les[0],
                  'Antécédents : %s.' % c.pick(['coups de soleil répétés dans l\'enfance, travail extérieur',
                                                 'mélanome chez la mère à 54 ans', 'greffe rénale 2016, immunosupprimé(e)',
                                                 'aucun antécédent cutané']),
                  'Médication : %s.' % (', '.join(meds) if meds else 'aucune'),
                  'Priorité souhaitée : %s' % c.pick(['B (moins de 10 jours)', 'C (moins de 28 jours)', 'urgente'])]
        subj = c.pick(['Référence dermatologie – %s' % nm, 'Demande de consultation - lésion suspecte',
                       'Réf. dermato %s' % p.surname, 'Consultation dermatologie SVP'])
    else:
        lines = ['Patient: %s' % nm, 'DOB: %s (age %d)' % (c.dob(p), c.age(p))]
        if use_nam:
            lines.append('RAMQ: %s' % nam_txt(c, p, c.pick(['space', 'plain'])))
        if show_phone:
            lines.append('Home phone: %s' % c.tel(p.phone))
        lines += ['',
                  'Reason for referral: pigmented lesion on the %s, %d mm, changing in colour and shape over about '
                  '%d months. Irregular border, two shades of brown, a small blue-grey area. No bleeding.'
                  % (site, size, months),
                  'Query %s.' % les[1],
                  'History: %s.' % c.pick(['frequent sunburns as a child, outdoor worker', 'mother had melanoma at 54',
                                           'renal transplant 2016, on immunosuppression', 'no prior skin cancer']),
                  'Medications: %s.' % (', '.join(meds) if meds else 'none'),
                  'Requested priority: %s' % c.pick(['urgent', 'within 2 weeks', 'semi-urgent'])]
        subj = c.pick(['Dermatology referral - %s' % nm, 'Referral: suspicious pigmented lesion',
                       'Derm referral %s' % p.surname, 'New referral - please triage'])
    atts = []
    if in_pdf:
        title = c.t('Demande de consultation – Dermatologie', 'Consultation request – Dermatology')
        fname = c.pick(['Reference_%s.pdf' % fn_safe(p.surname), 'referral_%s.pdf' % c.today.strftime('%Y%m%d'),
                        'Demande_consultation.pdf' if c.lang == 'fr' else 'Referral_form.pdf'])
        s = c.site('gmf' if c.region == 'qc' else 'fam')
        atts.append(pdf(fname, title, lines + ['', c.t('Médecin référent : ', 'Referring physician: ') + gp.dname(c.lang)],
                        c, header=[s['name_fr'] if c.lang == 'fr' else s['name_en'], '%s, %s  Tél. %s' % (s['street'], s['city'], s['phone'])]))
        body = '%s\n\n%s\n\n%s\n\n%s' % (
            c.hi(), c.t('Vous trouverez ci-joint une demande de consultation pour une lésion pigmentée suspecte. '
                        'Les photos suivront par la plateforme.',
                        'Please find attached a referral for a suspicious pigmented lesion. Photos to follow via the platform.'),
            c.bye(), c.sig(gp))
    else:
        body = '%s\n\n%s\n\n%s\n\n%s\n\n%s' % (
            c.hi(derm), c.t('Je vous réfère ce patient :' if p.sex == 'M' else 'Je vous réfère cette patiente :',
                                           'I would appreciate your assessment of:'),
            '\n'.join(lines), c.bye(), c.sig(gp))
    types = _types(('patient_name', True), ('date_of_birth', True), ('diagnosis', True),
                   ('ramq_nam', use_nam), ('medication', bool(meds)), ('patient_contact', show_phone))
    return dict(cat='referral', types=types, note='GP referral for suspicious pigmented lesion' + (' (PDF)' if in_pdf else ''),
                frm=c.who(gp), to=[c.who(derm)], subject=subj, text=body, attachments=atts)


# ---------------------------------------------------------------------------
def consult_letter(c):
    gp, derm = c.st('gp'), c.st('derm')
    use_nam = c.chance(0.6)
    p = c.pat(nam=use_nam)
    les = c.pick(V.LESIONS)
    site = c.pv(c.pick(V.SITES_BODY))
    seen = c.earlier(3, 20)
    fmt = c.pick(['inline', 'docx', 'pdf'])
    breslow = '%.1f' % (c.rng.randrange(3, 32) / 10.0)
    res = []
    if les[2] == 'mel':
        res_fr = 'indice de Breslow %s mm, %s, %d mitose(s)/mm², marges latérales %s' % (
            breslow.replace('.', ','), c.pick(['sans ulcération', 'avec ulcération']), c.rng.randrange(0, 4),
            c.pick(['libres à 2 mm', 'atteintes']))
        res_en = 'Breslow thickness %s mm, %s, %d mitoses/mm2, lateral margins %s' % (
            breslow, c.pick(['no ulceration', 'ulcerated']), c.rng.randrange(0, 4), c.pick(['clear by 2 mm', 'involved']))
        plan_fr = 'Réexcision avec marges de 1 cm%s. Suivi aux 3 mois x 2 ans avec examen cutané complet.' % (
            ' et discussion de la biopsie du ganglion sentinelle' if float(breslow) >= 0.8 else '')
        plan_en = 'Wide re-excision with 1 cm margins%s. Follow-up every 3 months for 2 years with full skin exam.' % (
            ' and discussion of sentinel lymph node biopsy' if float(breslow) >= 0.8 else '')
    else:
        res_fr = 'marges %s' % c.pick(['latérales et profonde libres', 'profonde atteinte', 'latérale atteinte à 12 h'])
        res_en = '%s margins' % c.pick(['clear lateral and deep', 'involved deep', 'involved lateral (12 o\'clock)'])
        plan_fr = c.pick(['Aucun traitement additionnel; examen cutané annuel.', 'Reprise chirurgicale proposée.',
                          'Imiquimod 5 % crème 5 soirs/semaine x 6 semaines.'])
        plan_en = c.pick(['No further treatment; annual skin check.', 'Re-excision offered.',
                          'Imiquimod 5% cream 5 nights/week for 6 weeks.'])
    meds_in = 'mquimod' in plan_fr or 'mquimod' in plan_en
    nm = pname(c, p, c.pick(['title_full', 'full', 'rev']))
    if c.lang == 'fr':
        paras = ['Cher collègue,' if gp.sex == 'M' else 'Chère collègue,',
                 'J\'ai revu %s (né%s le %s%s) le %s pour le suivi de la lésion du %s.' % (
                     nm, '' if p.sex == 'M' else 'e', c.dob(p, 2),
                     ', NAM %s' % nam_txt(c, p, 'space') if use_nam else '', c.fd(seen, 2), site),
                 'Résultat de la biopsie-exérèse : %s, %s.' % (les[0], res_fr),
                 'Plan : %s' % plan_fr,
                 'Je demeure disponible pour toute question.', 'Confraternellement,', derm.dname('fr')]
        subj = c.pick(['Consultation dermatologie – %s' % nm, 'Lettre de consultation', 'Suivi biopsie – %s' % p.surname])
    else:
        paras = ['Dear %s,' % gp.dname('en'),
                 'I saw %s (DOB %s%s) on %s regarding the lesion on the %s.' % (
                     nm, c.dob(p, 2), ', RAMQ %s' % nam_txt(c, p, 'space') if use_nam else '', c.fd(seen, 2), site),
                 'Excisional biopsy result: %s, %s.' % (les[1], res_en),
                 'Plan: %s' % plan_en, 'Please do not hesitate to contact me.', 'Sincerely,', derm.dname('en')]
        subj = c.pick(['Consultation letter - %s' % nm, 'Consult note', 'Biopsy follow-up %s' % p.surname])
    atts = []
    if fmt == 'inline':
        body = '\n\n'.join(paras) + '\n\n' + c.sig(c.st('clerk'), short=True)
    else:
        title = c.t('Lettre de consultation', 'Consultation letter')
        fname = c.pick(['Consult_%s_%s.%s' % (fn_safe(p.surname), c.today.strftime('%Y%m%d'), fmt),
                        c.t('Lettre_consultation_%s_%s.%s' % (fn_safe(p.surname), fn_safe(p.given), fmt),
                            'Consult_letter_%s_%s.%s' % (fn_safe(p.given), fn_safe(p.surname), fmt)),
                        'lettre_%s.%s' % (c.today.strftime('%d%m%Y'), fmt), 'Consultation.%s' % fmt])
        if fmt == 'docx':
            atts.append(docx(fname, title, paras, author=derm.full))
        else:
            s = c.site()
            atts.append(pdf(fname, title, paras, c, header=[c.site_name(), '%s, %s' % (s['street'], s['city'])]))
        body = '%s\n\n%s\n\n%s\n%s' % (c.hi(), c.t('Veuillez trouver ci-joint la lettre de consultation du Dr(e) %s.' % derm.surname,
                                                   'Attached is Dr. %s\'s consultation letter.' % derm.surname),
                                       c.bye(), c.sig(c.st('clerk')))
    types = _types(('patient_name', True), ('date_of_birth', True), ('diagnosis', True), ('lab_result', True),
                   ('ramq_nam', use_nam), ('medication', meds_in))
    return dict(cat='consult_letter', types=types, note='consultation letter with biopsy result (%s)' % fmt,
                frm=c.who(c.st('clerk')), to=[c.who(gp)], subject=subj, text=body, attachments=atts)


# ---------------------------------------------------------------------------
def path_report(c):
    key = 'path' if c.region == 'qc' else 'mpath'
    pathd = c.st('path')
    derm = c.st(c.pick(['derm', 'plastic']))
    p = c.pat(nam=False)
    les = c.pick(V.LESIONS)
    site = c.pv(c.pick(V.SITES_BODY))
    acc = '%s%02d-%05d' % (c.pick(['D', 'S', 'DP']), c.today.year % 100, c.rng.randrange(1, 99999))
    rec = c.earlier(4, 12)
    if les[2] == 'mel':
        micro_fr = ['Épaisseur de Breslow : %s mm' % ('%.2f' % (c.rng.randrange(20, 260) / 100)).replace('.', ','),
                    'Ulcération : %s' % c.pick(['absente', 'présente']), 'Mitoses : %d/mm²' % c.rng.randrange(0, 6),
                    'Niveau de Clark : %s' % c.pick(['II', 'III', 'IV']), 'Régression : %s' % c.pick(['absente', 'focale']),
                    'Marges : périphérique à %s mm, profonde à %s mm' % (c.rng.randrange(1, 5), c.rng.randrange(1, 4)),
                    'Stade pathologique (AJCC 8) : pT%s' % c.pick(['1a', '1b', '2a', '3a'])]
        micro_en = ['Breslow thickness: %.2f mm' % (c.rng.randrange(20, 260) / 100), 'Ulceration: %s' % c.pick(['absent', 'present']),
                    'Mitoses: %d/mm2' % c.rng.randrange(0, 6), 'Regression: %s' % c.pick(['absent', 'focal']),
                    'Margins: peripheral %d mm, deep %d mm' % (c.rng.randrange(1, 5), c.rng.randrange(1, 4)),
                    'Pathologic stage (AJCC 8): pT%s' % c.pick(['1a', '1b', '2a', '3a'])]
    elif les[2] == 'nmsc':
        micro_fr = ['Marges : %s' % c.pick(['libres (plus proche 1,5 mm)', 'profonde atteinte', 'latérale atteinte']),
                    'Invasion périneurale : %s' % c.pick(['non identifiée', 'présente'])]
        micro_en = ['Margins: %s' % c.pick(['clear (closest 1.5 mm)', 'deep margin involved', 'lateral margin involved']),
                    'Perineural invasion: %s' % c.pick(['not identified', 'present'])]
    else:
        micro_fr = ['Lésion excisée en totalité; marges libres.', 'Commentaire : réexcision non requise.']
        micro_en = ['Lesion completely excised; margins clear.', 'Comment: re-excision not required.']
    use_mrn = c.chance(0.7)
    nm = pname(c, p, c.pick(['upper', 'rev', 'full']))
    if c.lang == 'fr':
        rep = ['RAPPORT DE PATHOLOGIE – No %s' % acc, 'Patient : %s   Sexe : %s   DDN : %s' % (nm, p.sex, c.dob(p, 0))]
        if use_mrn:
            rep.append('No de dossier (clinique) : %s' % p.mrn)
        rep += ['Médecin demandeur : %s' % derm.dname('fr'), 'Reçu le : %s' % c.fd(rec, 0), '',
                'Spécimen : biopsie-exérèse, %s' % site, '', 'DIAGNOSTIC : %s' % les[0].upper(), ''] + micro_fr + \
               ['', 'Pathologiste : %s' % pathd.dname('fr')]
        subj = c.pick(['Résultat pathologie %s' % acc, 'Rapport final %s – %s' % (acc, p.surname.upper()),
                       'Rapport de pathologie disponible'])
        intro = c.pick(['Voici le rapport final.', 'Rapport final ci-dessous, copie papier suivra par courrier interne.',
                        'Le rapport ci-dessous a été signé ce matin.'])
    else:
        rep = ['PATHOLOGY REPORT - Accession %s' % acc, 'Patient: %s   Sex: %s   DOB: %s' % (nm, p.sex, c.dob(p, 0))]
        if use_mrn:
            rep.append('Clinic chart #: %s' % p.mrn)
        rep += ['Requesting physician: %s' % derm.dname('en'), 'Received: %s' % c.fd(rec, 0), '',
                'Specimen: excisional biopsy, %s' % site, '', 'DIAGNOSIS: %s' % les[1].upper(), ''] + micro_en + \
               ['', 'Pathologist: %s' % pathd.dname('en')]
        subj = c.pick(['Pathology result %s' % acc, 'Final report %s - %s' % (acc, p.surname.upper()), 'Path report ready'])
        intro = c.pick(['Final report below.', 'Please see the signed report below.', 'Report signed out this morning.'])
    atts = []
    if c.chance(0.4):
        atts.append(pdf('%s.pdf' % acc, c.t('Rapport de pathologie', 'Pathology report'), rep, c,
                        header=[c.site_name(key), C.SITES[key]['phone']]))
        body = '%s\n\n%s\n\n%s' % (c.hi(), c.t('Rapport en pièce jointe.', 'Report attached.'), c.sig(pathd, short=True))
    else:
        body = '%s\n\n%s\n\n%s\n\n%s' % (c.hi(), intro, '\n'.join(rep), c.sig(pathd))
    types = _types(('patient_name', True), ('date_of_birth', True), ('diagnosis', True), ('lab_result', True),
                   ('mrn', use_mrn))
    return dict(cat='pathology_report', types=types, note='dermatopathology report' + (' as PDF' if atts else ' inline'),
                frm=c.who(pathd), to=[c.who(derm)], subject=subj, text=body, attachments=atts)


# ---------------------------------------------------------------------------
def mrn_only_result(c):
    """No name at all: chart number + diagnosis + result."""
    frm, to = c.st(c.pick(['nurse', 'clerk'])), c.st(c.pick(['derm', 'plastic']))
    p = c.pat(nam=False)
    les = c.pick(V.LESIONS[:7])
    lab_lbl = c.t('Dossier', 'Chart')
    mrn = p.mrn
    disguise = c.pick(['%s', '%s', '# %s', 'no %s', '%s'])
    if c.lang == 'fr':
        subj = c.pick(['Dossier %s – path revenue' % mrn, 'Résultat à réviser', 'Re: biopsie %s' % mrn])
        body = '%s\n\n%s %s : la pathologie est revenue, %s, %s. %s\n\n%s\n\n%s' % (
            c.hi(), lab_lbl, disguise % mrn, les[0],
            c.pick(['marge profonde atteinte', 'marges libres', 'marge latérale à 0,4 mm']),
            c.pick(['Je le mets sur ta liste pour appeler le patient?', 'Veux-tu que je cédule la reprise?',
                    'On le rappelle pour discuter de la suite?']), c.bye(), c.sig(frm, short=True))
    else:
        subj = c.pick(['Chart %s - path back' % mrn, 'Result to review', 'Re: biopsy %s' % mrn])
        body = '%s\n\n%s %s: pathology is back, %s, %s. %s\n\n%s\n\n%s' % (
            c.hi(), lab_lbl, disguise % mrn, les[1], c.pick(['deep margin involved', 'margins clear', 'lateral margin 0.4 mm']),
            c.pick(['Should I book the re-excision?', 'Want me to call the patient in?', 'Add to your callback list?']),
            c.bye(), c.sig(frm, short=True))
    return dict(cat='mrn_result', types=['mrn', 'diagnosis', 'lab_result'], note='chart number with biopsy result, no name',
                frm=c.who(frm), to=[c.who(to)], subject=subj, text=body)


# ---------------------------------------------------------------------------
def nam_only(c):
    """NAM (often disguised) with a medication / diagnosis, no name."""
    pharm, nurse = c.st('pharm'), c.st('bio')
    p = c.pat(nam=True)
    bio = c.pick(V.BIOLOGICS)
    style = c.pick(['dots', 'slash', 'fullwidth', 'spread', 'lower', 'dash'])
    n = nam_txt(c, p, style)
    if c.lang == 'fr':
        subj = c.pick(['Renouvellement – question', 'Ordonnance %s' % bio[2], 'Question rx biologique'])
        body = ('%s\n\nPour le NAM %s : on a reçu l\'ordonnance de %s mais la couverture RAMQ (médicament '
                'd\'exception) semble échue depuis le %s. Pouvez-vous confirmer que la demande de renouvellement pour le '
                'psoriasis a été envoyée?\n\n%s\n\n%s') % (c.hi(), n, bio[0], c.fd(c.earlier(3, 30), 2), c.bye(), c.sig(pharm))
    else:
        subj = c.pick(['Renewal question', 'Rx %s' % bio[2], 'Biologic coverage question'])
        body = ('%s\n\nRe health card %s: we received the prescription for %s but the RAMQ exception-drug '
                'coverage appears to have lapsed on %s. Could you confirm the psoriasis renewal request was sent?\n\n%s\n\n%s') % (
            c.hi(), n, bio[1], c.fd(c.earlier(3, 30), 2), c.bye(), c.sig(pharm))
    return dict(cat='nam_only', types=['ramq_nam', 'medication', 'diagnosis'], note='NAM (%s) with biologic, no name' % style,
                frm=c.who(pharm), to=[c.who(nurse)], subject=subj, text=body)


# ---------------------------------------------------------------------------
def melanoma_sheet(c):
    derm, nurse = c.st('derm'), c.st('nurse')
    n = c.rng.randrange(4, 8)
    rows = [c.t(['Nom', 'Prénom', 'DDN', 'NAM', 'Diagnostic', 'Stade', 'Dernière visite', 'Prochaine visite', 'Imagerie'],
                ['Last name', 'First name', 'DOB', 'RAMQ', 'Diagnosis', 'Stage', 'Last visit', 'Next visit', 'Imaging'])]
    used = set()
    any_nam = False
    for i in range(n):
        withnam = c.chance(0.6)
        p = c.pat(nam=withnam)
        if p.full in used:
            continue
        used.add(p.full)
        any_nam = any_nam or withnam
        stage = c.pick(['IA', 'IB', 'IIA', 'IIB', 'IIIA', 'IIIB', '0 (in situ)'])
        img = c.pick(['—', c.t('écho ganglionnaire', 'nodal US'), c.t('TDM TAP', 'CT CAP'), 'TEP' if c.lang == 'fr' else 'PET'])
        rows.append([p.surname, p.given, p.dob.isoformat(), p.nam or '', c.t('Mélanome', 'Melanoma'), stage,
                     c.earlier(60, 200).isoformat(), c.later(5, 90).isoformat(), img])
    title = c.t(c.pick(['Suivi_mélanome', 'Suivi_melanome']), 'Melanoma_followup')
    fname = '%s_%s.xlsx' % (title, c.pick(['T%d_%d' % ((c.today.month - 1) // 3 + 1, c.today.year), c.today.strftime('%Y-%m')]))
    body = '%s\n\n%s\n\n%s\n\n%s' % (
        c.hi(derm.given), c.t('Voici la liste de suivi des patients mélanome pour le prochain trimestre. J\'ai surligné ceux '
                              'qui ont besoin d\'une imagerie avant leur visite.',
                              'Here is the melanoma follow-up list for next quarter. Patients needing imaging before '
                              'their visit are flagged.'), c.bye(), c.sig(nurse))
    types = ['patient_name', 'date_of_birth', 'diagnosis'] + (['ramq_nam'] if any_nam else [])
    return dict(cat='melanoma_roster_xlsx', types=types, note='XLSX roster of melanoma follow-up patients',
                frm=c.who(nurse), to=[c.who(derm)], subject=c.t('Liste suivi mélanome', 'Melanoma follow-up list'),
                text=body, attachments=[xlsx(fname, [(c.t('Suivi', 'Follow-up'), rows)], author=nurse.full)])


# ---------------------------------------------------------------------------
def oncology_referral(c):
    derm = c.st(c.pick(['derm', 'plastic']))
    onc_site = 'hqc' if c.region == 'qc' else 'hnb'
    onc = ('Clinique d\'oncologie – %s' % C.SITES[onc_site]['name_fr'] if c.lang == 'fr' else
           'Oncology Clinic – %s' % C.SITES[onc_site]['name_en'], 'oncologie@%s' % C.SITES[onc_site]['domain'])
    use_nam = c.chance(0.6)
    p = c.pat(nam=use_nam)
    nodes = c.pick(['1/2', '1/3', '2/3'])
    site = c.pv(c.pick(V.SITES_BODY))
    nm = pname(c, p, c.pick(['full', 'title_full', 'upper']))
    if c.lang == 'fr':
        body = ('%s\n\nDemande de consultation en oncologie médicale pour %s, %d ans%s.\n\n'
                'Mélanome nodulaire du %s, Breslow 3,1 mm, ulcéré. Biopsie du ganglion sentinelle axillaire : %s '
                'ganglions positifs (micrométastase 1,4 mm). TEP-scan du %s : pas de maladie à distance. '
                'Stade IIIC.\n\nNous aimerions discuter d\'un traitement adjuvant (pembrolizumab ou nivolumab). '
                '%s\n\n%s\n\n%s') % (
            c.hi(), nm, c.age(p), ' (NAM %s)' % nam_txt(c, p, 'space') if use_nam else '', site, nodes,
            c.fd(c.earlier(5, 20), 2), c.pick(['Antécédents : DB2, HTA.', 'Aucune maladie auto-immune connue.',
                                              'Hypothyroïdie traitée (lévothyroxine).']), c.bye(), c.sig(derm))
        subj = c.pick(['Consultation oncologie – mélanome stade III', 'Réf. onco : %s' % p.surname, 'Demande adjuvant – %s' % nm])
    else:
        body = ('%s\n\nReferral to medical oncology for %s, age %d%s.\n\n'
                'Nodular melanoma of the %s, Breslow 3.1 mm, ulcerated. Axillary sentinel node biopsy: %s nodes positive '
                '(1.4 mm micrometastasis). PET-CT on %s: no distant disease. Stage IIIC.\n\n'
                'We would like to discuss adjuvant therapy (pembrolizumab or nivolumab). %s\n\n%s\n\n%s') % (
            c.hi(), nm, c.age(p), ' (RAMQ %s)' % nam_txt(c, p, 'space') if use_nam else '', site, nodes,
            c.fd(c.earlier(5, 20), 2), c.pick(['PMH: T2DM, HTN.', 'No known autoimmune disease.', 'Treated hypothyroidism (levothyroxine).']),
            c.bye(), c.sig(derm))
        subj = c.pick(['Oncology referral - stage III melanoma', 'Onc referral: %s' % p.surname, 'Adjuvant referral - %s' % nm])
    types = _types(('patient_name', True), ('diagnosis', True), ('lab_result', True), ('medication', True),
                   ('ramq_nam', use_nam))
    return dict(cat='oncology_referral', types=types, note='referral to oncology, stage III melanoma with SLNB result',
                frm=c.who(derm), to=[onc], subject=subj, text=body)


# ---------------------------------------------------------------------------
def telederm_request(c):
    gp, coord = c.st('gp'), c.st('td')
    use_nam = c.chance(0.7)
    p = c.pat(nam=use_nam)
    les = c.pick(V.LESIONS)
    site_pair = c.pick(V.SITES_BODY)
    req = 'TD-%d-%05d' % (c.today.year, c.rng.randrange(1, 99999))
    nimg = c.rng.randrange(1, 4)
    atts = [png(c, 'IMG_%04d.png' % (c.rng.randrange(1000, 9999))) for _ in range(nimg)]
    nm = pname(c, p, c.pick(['full', 'rev', 'title_full']))
    if c.lang == 'fr':
        body = ('%s\n\nNouvelle demande de télédermatologie %s.\n\nPatient : %s\nDDN : %s\n%s'
                'Lésion : %s, présente depuis %s, %s.\nQuestion : %s?\n\n%d photo(s) jointe(s) (vue d\'ensemble et '
                'dermoscopie).\n\n%s\n\n%s') % (
            c.hi(), req, nm, c.dob(p), 'NAM : %s\n' % nam_txt(c, p, c.pick(['space', 'plain'])) if use_nam else '',
            site_pair[0], c.pick(['6 mois', '1 an', 'quelques semaines']),
            c.pick(['saigne au contact', 'croissance rapide', 'prurigineuse', 'asymptomatique']),
            c.pick(['Biopsie nécessaire', 'Suspicion de %s' % les[0], 'Urgence de la consultation']), nimg, c.bye(), c.sig(gp))
        subj = c.pick(['Télédermatologie – %s' % req, 'Demande TD %s – %s' % (req, p.surname), 'Photos lésion %s' % p.surname])
    else:
        body = ('%s\n\nNew teledermatology request %s.\n\nPatient: %s\nDOB: %s\n%s'
                'Lesion: %s, present for %s, %s.\nQuestion: %s?\n\n%d photo(s) attached (overview and dermoscopy).\n\n%s\n\n%s') % (
            c.hi(), req, nm, c.dob(p), 'RAMQ: %s\n' % nam_txt(c, p, c.pick(['space', 'plain'])) if use_nam else '',
            site_pair[1], c.pick(['6 months', 'a year', 'a few weeks']),
            c.pick(['bleeds on contact', 'growing quickly', 'itchy', 'asymptomatic']),
            c.pick(['Is biopsy needed', 'Query %s' % les[1], 'How urgent is this']), nimg, c.bye(), c.sig(gp))
        subj = c.pick(['Teledermatology - %s' % req, 'TD request %s - %s' % (req, p.surname), 'Lesion photos %s' % p.surname])
    types = _types(('patient_name', True), ('date_of_birth', True), ('diagnosis', True), ('ramq_nam', use_nam))
    return dict(cat='telederm_request', types=types, note='teledermatology request with lesion photos',
                frm=c.who(gp), to=[c.who(coord)], subject=subj, text=body, attachments=atts)


# ---------------------------------------------------------------------------
def telederm_filename_only(c):
    """Body neutral; the leak is only in the attachment file names."""
    gp, coord = c.st('gp'), c.st('td')
    p = c.pat(nam=False)
    word = c.pick([('melanome', 'melanoma'), ('naevus_atypique', 'atypical_nevus'), ('CBC_nez', 'BCC_nose'),
                   ('psoriasis_coudes', 'psoriasis_elbows'), ('ulcere_jambe', 'leg_ulcer')])
    w = word[0] if c.lang == 'fr' else word[1]
    sur = p.surname if c.chance(0.5) else C.strip_accents(p.surname)
    giv = p.given if c.chance(0.5) else C.strip_accents(p.given)
    base = c.pick(['%s_%s_%s' % (fn_safe(sur), fn_safe(giv), w), '%s-%s-%s' % (fn_safe(giv), fn_safe(sur), w),
                   '%s_%s_%s' % (fn_safe(sur).upper(), w, c.today.strftime('%Y%m%d'))])
    n = c.rng.randrange(2, 4)
    atts = [png(c, '%s_%d.png' % (base, i + 1)) for i in range(n)]
    body = '%s\n\n%s\n\n%s' % (c.hi(), c.pick(c.t(['Voici les photos demandées hier.', 'Photos pour la demande en cours, merci.',
                                                   'Les photos ci-jointes, comme convenu au téléphone.'],
                                                  ['Here are the photos you asked for yesterday.', 'Photos for the pending request, thanks.',
                                                   'Attached as discussed on the phone.'])), c.sig(gp, short=True))
    return dict(cat='filename_leak', types=['patient_name', 'diagnosis'], note='lesion photos; name and condition only in file names',
                frm=c.who(gp), to=[c.who(coord)], subject=c.t('Photos', 'Photos') + c.pick(['', ' (suite)', ' - TD']),
                text=body, attachments=atts)
