"""Positive scenarios, part 1: pharmacy / oncology clinical mail."""
import gen_attach as A
import gen_common as C
import gen_core as K
import gen_data as D
from gen_mime import Attachment
from gen_scen import Result, apply_transport, forward_block, quote_block, table_text


def _first(s):
    return s[0] if s[5] == '' else '%s %s' % ('Dr' if s[5] == 'Dr' else 'Dre', s[1])


def p_chemo_verif(ctx, lang):
    r = ctx.rng
    p = ctx.qc_patient()
    ph, onc = ctx.staff('pharm'), ctx.staff('onc')
    ids = K.pick_ids(ctx)
    subj, txt, T = K.core_chemo_verif(ctx, p, lang, ids)
    if 'name' in ids and r.random() < 0.4:
        subj += ' – %s' % p.surname.upper() if lang == 'fr' else ' - %s' % p.surname
    body = '%s\n\n%s\n\n%s\n%s' % (ctx.greet(lang, _first(onc)), txt, ctx.closing(lang), ctx.sig(ph, lang))
    m = ctx.new_mail(ctx.who(ph, lang), [ctx.who(onc, lang)], subj, lang)
    apply_transport(m, r, body)
    return Result(m, T, 'pharmacist dose verification query with labs', 'chemo_verif')


def p_tumour_board(ctx, lang):
    r = ctx.rng
    coord = r.choice([D.STAFF['admin'][0], D.STAFF['nurse'][0], D.STAFF['nurse'][3]])
    docs = r.sample(D.STAFF['onc'], 3)
    site = r.choice([('digestif', 'GI'), ('sein', 'breast'), ('thoracique', 'thoracic'),
                     ('gynéco-onco', 'gyne-onc'), ('hémato', 'heme')])
    n = r.randint(3, 6)
    use_nam = r.random() < 0.4
    pts = [ctx.qc_patient() if (use_nam or r.random() < 0.7) else ctx.extra_patient() for _ in range(n)]
    with_dob = r.random() < 0.5
    hdr = ({'fr': ['Nom', 'NAM' if use_nam else 'Dossier'], 'en': ['Name', 'RAMQ' if use_nam else 'MRN']}[lang] +
           ([{'fr': 'DDN', 'en': 'DOB'}[lang]] if with_dob else []) +
           {'fr': ['Diagnostic', 'Question / demandeur'], 'en': ['Diagnosis', 'Question / presenter']}[lang])
    rows = [hdr]
    qs_fr = ['traitement adjuvant ?', 'résécabilité', 'relecture imagerie', 'RT palliative ?', 'essai clinique ?', '2e ligne']
    qs_en = ['adjuvant therapy?', 'resectability', 'imaging review', 'palliative RT?', 'trial eligibility?', '2nd line']
    for p in pts:
        dx = ctx.dx(p)
        row = ['%s, %s' % (p.surname.upper(), p.given), p.ids['ramq_nam'] if use_nam else p.ids['mrn']]
        if with_dob:
            row.append(C.fmt_date(p.dob, lang, r.choice([0, 1, 3])))
        row += [dx[0] if lang == 'fr' else dx[1],
                '%s (%s)' % (r.choice(qs_fr if lang == 'fr' else qs_en), r.choice(docs)[1])]
        rows.append(row)
    T = {'patient_name', 'ramq_nam' if use_nam else 'mrn', 'diagnosis'} | ({'date_of_birth'} if with_dob else set())
    d = ctx.date()
    mode = r.choice(['body', 'body', 'docx', 'xlsx', 'pdf'])
    if lang == 'fr':
        subj = 'Comité des tumeurs %s – liste des cas %s' % (site[0], C.fmt_date(d.date(), 'fr', 1))
        intro = "Voici la liste des cas pour le comité de jeudi midi (salle 3B-114 et Teams). Merci de m'aviser de tout ajout avant mercredi 12 h."
    else:
        subj = '%s tumour board - case list %s' % (site[1], C.fmt_date(d.date(), 'en', 2))
        intro = "Here is the case list for Thursday's noon tumour board (room 3B-114 and Teams). Please send additions by Wednesday noon."
    to = [ctx.who(s, lang) for s in docs]
    m = ctx.new_mail(ctx.who(coord, lang), to, subj, lang)
    m.date = d
    if mode == 'body':
        body = '%s\n\n%s\n\n[[TABLE]]\n\n%s\n%s' % (ctx.greet(lang), intro, ctx.closing(lang), ctx.sig(coord, lang))
        apply_transport(m, r, body, table=rows)
    else:
        body = '%s\n\n%s\n\n%s\n%s' % (ctx.greet(lang), intro + (' (liste en pièce jointe)' if lang == 'fr' else ' (list attached)'),
                                        ctx.closing(lang), ctx.sig(coord, lang))
        apply_transport(m, r, body)
        base = ('CT_%s_%s' if lang == 'fr' else 'TB_%s_%s') % (site[1].replace('-', ''), d.strftime('%Y%m%d'))
        if mode == 'docx':
            data = A.make_docx(subj, [intro], rows)
            m.attachments.append(Attachment(base + '.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data))
        elif mode == 'xlsx':
            data = A.make_xlsx([('Cas' if lang == 'fr' else 'Cases', rows)])
            m.attachments.append(Attachment(base + '.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data))
        else:
            data = A.make_pdf(subj, [' | '.join(x) for x in rows])
            m.attachments.append(Attachment(base + '.pdf', 'application/pdf', data))
    return Result(m, T, 'tumour board case list with names (%s)' % mode, 'tumour_board')


def p_palliative_referral(ctx, lang):
    r = ctx.rng
    p = ctx.qc_patient()
    doc = ctx.staff('pall')
    nurse = ctx.staff('clsc')
    street, town, tel = ctx.contact(p, lang)
    dx = ctx.dx(p)
    meds = r.sample(D.PALLIATIVE_MEDS, 3)
    soc = r.randrange(len(D.SOCIAL_FR))
    ids = r.choice([('name', 'ramq_nam', 'dob'), ('name', 'dob'), ('name',), ('rev', 'mrn'), ('name', 'ramq_nam')])
    who, T = ctx.ref(p, lang, ids)
    T |= {'patient_contact', 'diagnosis', 'medication', 'social_information'}
    care = r.choice(['Geneviève (fille)', 'Marc (fils)', 'Denise (conjointe)', 'Paul (conjoint)'])
    ctel = C.phone(r)
    if lang == 'fr':
        subj = r.choice(['Référence SAD soins palliatifs', 'Nouvelle référence – soins palliatifs à domicile',
                         'Réf. SAD urgente', 'Congé demain – suivi palliatif à domicile'])
        body = ("%s\n\nJe vous réfère %s pour un suivi de soins palliatifs à domicile, congé prévu %s.\n\n"
                "Adresse : %s, %s\nTéléphone : %s\nProche aidant : %s, %s\n\n"
                "Dx : %s, maladie progressive, pronostic estimé en semaines. Niveau de soins D.\n"
                "Rx au congé :\n%s\n\nSocial : %s.\nMerci d'assurer une première visite dans les 48 h.\n\n%s\n%s"
                % (ctx.greet('fr'), who, C.fmt_day(ctx.date().date(), 'fr'), street, town, tel, care, ctel,
                   dx[0], '\n'.join('- ' + m[0] for m in meds), D.SOCIAL_FR[soc], ctx.closing('fr'), ctx.sig(doc, 'fr')))
    else:
        subj = r.choice(['Home palliative care referral', 'New referral - palliative home care', 'Urgent home care referral'])
        care_en = care.replace('fille', 'daughter').replace('fils', 'son').replace('conjointe', 'wife').replace('conjoint', 'husband')
        body = ("%s\n\nReferring %s for home palliative follow-up, discharge planned %s.\n\n"
                "Address: %s, %s\nPhone: %s\nCaregiver: %s, %s\n\n"
                "Dx: %s, progressive disease, prognosis weeks. Level of care D.\n"
                "Discharge meds:\n%s\n\nSocial: %s.\nPlease arrange a first visit within 48 h.\n\n%s\n%s"
                % (ctx.greet('en'), who, C.fmt_day(ctx.date().date(), 'en'), street, town, tel, care_en, ctel,
                   dx[1], '\n'.join('- ' + m[1] for m in meds), D.SOCIAL_EN[soc], ctx.closing('en'), ctx.sig(doc, 'en')))
    to = [(D.staff_name(nurse, lang), D.staff_addr(nurse, D.CLSC['dom']))]
    m = ctx.new_mail(ctx.who(doc, lang), to, subj, lang)
    apply_transport(m, r, body)
    return Result(m, T, 'home palliative referral with address, caregiver, meds', 'palliative_referral')


def _dx_for_regimen(ctx, p, regs):
    r = ctx.rng
    opts = []
    for key in regs:
        if key in D.EXTRA_DX:
            opts.append(D.EXTRA_DX[key])
        for dx in D.DIAGNOSES:
            if dx[2] == key:
                opts.append(dx)
    bad = ('prostate',) if p.sex == 'F' else ('sein', 'ovaire')
    good = [d for d in opts if not any(b in d[0] for b in bad)] or [D.EXTRA_DX['ABVD']]
    return r.choice(good)


def p_shortage_list(ctx, lang):
    r = ctx.rng
    ph = ctx.staff('pharm')
    k = r.randrange(6)
    drug = D.SHORTAGE_DRUGS[k]
    regs, alt_fr, alt_en = D.SHORTAGE_PLAN[k]
    pts = [ctx.qc_patient() if r.random() < 0.6 else ctx.extra_patient() for _ in range(r.randint(3, 7))]
    with_dx = r.random() < 0.5
    hdr = {'fr': ['Patient', 'Dossier', 'Protocole', 'Date tx', 'Plan'], 'en': ['Patient', 'MRN', 'Regimen', 'Tx date', 'Plan']}[lang]
    if with_dx:
        hdr.insert(2, 'Dx')
    rows = [hdr]
    for p in pts:
        dx = _dx_for_regimen(ctx, p, regs)
        nm = r.choice(['%s, %s' % (p.surname.upper(), p.given), '%s %s' % (p.surname, p.given[0] + '.'), '%s %s' % (p.given, p.surname)])
        row = [nm, p.ids['mrn'], dx[2], C.fmt_date(ctx.date().date(), lang, 1), r.choice(alt_fr if lang == 'fr' else alt_en)]
        if with_dx:
            row.insert(2, dx[0] if lang == 'fr' else dx[1])
        rows.append(row)
    T = {'patient_name', 'mrn', 'medication'} | ({'diagnosis'} if with_dx else set())
    dn = drug[0] if lang == 'fr' else drug[1]
    if lang == 'fr':
        subj = 'Pénurie %s – patients touchés semaine prochaine' % dn.split()[0]
        intro = ("Suite à l'avis de rupture du fournisseur pour %s, voici les patients prévus la semaine prochaine et le plan proposé. "
                 "Merci de valider ou de modifier d'ici vendredi." % dn)
    else:
        subj = '%s shortage - affected patients next week' % dn.split()[0].capitalize()
        intro = ("Following the supplier's stock-out notice for %s, here are the patients booked next week and the proposed plan. "
                 "Please confirm or amend by Friday." % dn)
    onc = r.sample(D.STAFF['onc'], 2)
    m = ctx.new_mail(ctx.who(ph, lang), [ctx.who(o, lang) for o in onc], subj, lang,
                     cc=[ctx.who(D.STAFF['pharm'][3], lang)])
    mode = r.choice(['body', 'csv', 'xlsx'])
    if mode == 'body':
        apply_transport(m, r, '%s\n\n%s\n\n[[TABLE]]\n\n%s\n%s' % (ctx.greet(lang), intro, ctx.closing(lang), ctx.sig(ph, lang)), table=rows)
    else:
        apply_transport(m, r, '%s\n\n%s\n\n%s\n%s' % (ctx.greet(lang), intro, ctx.closing(lang), ctx.sig(ph, lang)))
        fn = ('penurie_%s' if lang == 'fr' else 'shortage_%s') % dn.split()[0].lower()
        if mode == 'csv':
            enc = r.choice(['utf-8', 'cp1252'])
            data = A.make_csv(rows, delimiter=';' if lang == 'fr' else ',', encoding=enc, bom=(enc == 'utf-8' and r.random() < 0.5))
            m.attachments.append(Attachment(fn + '.csv', 'text/csv', data, cte=r.choice(['base64', 'quoted-printable']),
                                            charset='utf-8' if enc == 'utf-8' else 'windows-1252'))
        else:
            m.attachments.append(Attachment(fn + '.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                                            A.make_xlsx([('Patients', rows)])))
    return Result(m, T, 'shortage: list of affected patients (%s)' % mode, 'shortage_patients')


def p_interaction(ctx, lang):
    r = ctx.rng
    p = ctx.qc_patient() if r.random() < 0.7 else ctx.extra_patient()
    ph, onc = ctx.staff('pharm'), ctx.staff('onc')
    ids = r.choice([('name',), ('name', 'mrn'), ('initial', 'mrn'), ('rev',), ('mrn',)])
    who, T = ctx.ref(p, lang, ids)
    case = r.choice(['warf', 'phen', 'renal', 'qt'])
    T |= {'medication', 'lab_result'}
    if case == 'warf':
        inr = r.choice(['3,9', '4,4', '5,1']) if lang == 'fr' else r.choice(['3.9', '4.4', '5.1'])
        fr = ("Interaction capécitabine–warfarine chez %s : INR à %s ce matin (cible 2-3), était 2,4 il y a 2 sem. "
              "Je suggère de passer à l'énoxaparine 1 mg/kg SC BID pendant le traitement. Ok pour toi ?" % (who, inr))
        en = ("Capecitabine-warfarin interaction for %s: INR %s this morning (target 2-3), was 2.4 two weeks ago. "
              "I suggest switching to enoxaparin 1 mg/kg SC BID during treatment. OK with you?" % (who, inr))
    elif case == 'phen':
        T.add('diagnosis')
        fr = ("%s (glioblastome, témozolomide) : taux de phénytoïne 6 µmol/L, sous-thérapeutique depuis l'ajout de la dexaméthasone. "
              "Proposition : passer au lévétiracétam 500 mg BID, pas d'interaction." % who)
        en = ("%s (glioblastoma, on temozolomide): phenytoin level 6 umol/L, subtherapeutic since dexamethasone was added. "
              "Suggest switching to levetiracetam 500 mg BID, no interaction." % who)
    elif case == 'renal':
        fr = ("Pour %s, ClCr recalculée à %d mL/min (créat %d µmol/L, poids 58 kg). La dose de carboplatine ASC 5 "
              "devrait être %d mg plutôt que %d mg. Je modifie l'ordonnance si tu es d'accord." % (
                  who, r.choice([34, 38, 41]), r.choice([138, 151, 164]), r.choice([340, 360, 385]), r.choice([450, 480])))
        en = ("For %s, recalculated CrCl is %d mL/min (creat %d umol/L, weight 58 kg). Carboplatin AUC 5 dose should be "
              "%d mg rather than %d mg. I'll amend the order if you agree." % (
                  who, r.choice([34, 38, 41]), r.choice([138, 151, 164]), r.choice([340, 360, 385]), r.choice([450, 480])))
    else:
        T.add('diagnosis')
        fr = ("%s : QTc à %d ms à l'ECG d'hier, sous ondansétron + citalopram + méthadone (douleur néoplasique, cancer du poumon). "
              "Je recommande de remplacer l'ondansétron par la dompéridone... non, plutôt olanzapine 2,5 mg HS, et un ECG de contrôle." % (who, r.choice([498, 512, 527])))
        en = ("%s: QTc %d ms on yesterday's ECG, on ondansetron + citalopram + methadone (cancer pain, lung primary). "
              "Recommend replacing ondansetron with olanzapine 2.5 mg HS and repeating the ECG." % (who, r.choice([498, 512, 527])))
    subj = r.choice({'fr': ['Intervention pharmaceutique', 'Interaction – à voir svp', 'Int. pharm.', 'Opinion pharmaceutique'],
                     'en': ['Pharmacist intervention', 'Interaction - please review', 'Rx intervention', 'Pharmacy consult']}[lang])
    body = '%s\n\n%s\n\n%s\n%s' % (ctx.greet(lang, _first(onc)), K.cap(fr if lang == 'fr' else en), ctx.closing(lang), ctx.sig(ph, lang))
    m = ctx.new_mail(ctx.who(ph, lang), [ctx.who(onc, lang)], subj, lang)
    apply_transport(m, r, body)
    return Result(m, T, 'pharmacist intervention (%s)' % case, 'pharm_intervention')


def p_trial_screening(ctx, lang):
    r = ctx.rng
    rc = ctx.staff('research')
    inv = ctx.staff('onc')
    tr = r.choice(D.TRIALS)
    pts = []
    while len(pts) < r.randint(1, 3) or not pts:
        p = ctx.qc_patient()
        if tr[1] == 'HORIZON-B' and p.sex != 'F':
            continue
        pts.append(p)
    T = {'diagnosis'}
    lines = []
    for p in pts:
        ids = r.choice([('name', 'mrn'), ('rev', 'mrn'), ('name',), ('mrn', 'dob'), ('name', 'ramq_nam')])
        who, t = ctx.ref(p, lang, ids)
        T |= t
        dx = r.choice(tr[4]) if tr[4] else ctx.dx(p)
        ecog = r.randint(0, 2)
        extra = ''
        if r.random() < 0.5:
            lab = K._labs(ctx, lang, 1)
            extra = (', %s' % lab)
            T.add('lab_result')
        if r.random() < 0.5:
            prior = D.REGIMENS[dx[2]][0 if lang == 'fr' else 1].split(':')[0]
            extra += (', progression sous %s' % prior) if lang == 'fr' else (', progressed on %s' % prior)
            T.add('medication')
        lines.append('- %s : %s, ECOG %d%s' % (who, dx[0] if lang == 'fr' else dx[1], ecog, extra))
    if lang == 'fr':
        subj = 'Présélection %s (%s)' % (tr[1], tr[0])
        body = ("%s\n\nVoici les candidats potentiels repérés cette semaine pour %s (%s) :\n\n%s\n\n"
                "Pourrais-tu confirmer l'admissibilité avant que je les approche à la clinique ? "
                "Le formulaire de consentement v3.2 est approuvé par le CÉR.\n\n%s\n%s"
                % (ctx.greet('fr', _first(inv)), tr[1], tr[2], '\n'.join(lines), ctx.closing('fr'), ctx.sig(rc, 'fr')))
    else:
        subj = '%s pre-screening (%s)' % (tr[1], tr[0])
        body = ("%s\n\nPotential candidates identified this week for %s (%s):\n\n%s\n\n"
                "Could you confirm eligibility before I approach them in clinic? Consent v3.2 is REB-approved.\n\n%s\n%s"
                % (ctx.greet('en', _first(inv)), tr[1], tr[3], '\n'.join(lines).replace(' : ', ': '), ctx.closing('en'), ctx.sig(rc, 'en')))
    m = ctx.new_mail(ctx.who(rc, lang), [ctx.who(inv, lang)], subj, lang)
    apply_transport(m, r, body)
    return Result(m, T, 'clinical trial pre-screening of named patients', 'trial_screening')


def p_transport(ctx, lang):
    r = ctx.rng
    p = ctx.qc_patient() if r.random() < 0.75 else ctx.extra_patient()
    sender = r.choice([D.STAFF['admin'][0]] + D.STAFF['nurse'])
    street, town, tel = ctx.contact(p, lang)
    ids = r.choice([('name',), ('name', 'dob'), ('caps', 'ramq_nam'), ('name', 'ramq_nam'), ('name', 'ramq_nam', 'dob')]
                   if 'ramq_nam' in p.ids else [('name',), ('name', 'dob'), ('caps',)])
    who, T = ctx.ref(p, lang, ids)
    T.add('patient_contact')
    dx_line = ''
    if r.random() < 0.5:
        dx = ctx.dx(p)
        dx_line = ('Motif : radiothérapie palliative (%s).\n' % dx[0]) if lang == 'fr' else ('Reason: palliative radiotherapy (%s).\n' % dx[1])
        T.add('diagnosis')
    o2 = r.random() < 0.4
    if lang == 'fr':
        subj = r.choice(['Demande de transport – radio-oncologie', 'Transport adapté svp', 'Réservation transport %s' % p.surname])
        body = ("%s\n\nMerci de réserver le transport pour :\n\n%s\nAdresse : %s, %s\nTél. : %s\n"
                "Rendez-vous : du lundi au vendredi, 9 h 30, radio-oncologie niveau S1, pendant %d semaines à compter du %s.\n"
                "%sBesoins : %s%s\n\n%s\n%s"
                % (ctx.greet('fr'), who, street, town, tel, r.randint(1, 5), C.fmt_date(ctx.date().date(), 'fr', 2), dx_line,
                   r.choice(['fauteuil roulant', 'marchette', 'civière', 'accompagnateur']),
                   ', oxygène 2 L/min' if o2 else '', ctx.closing('fr'), ctx.sig(sender, 'fr')))
    else:
        subj = r.choice(['Transport request - radiation oncology', 'Accessible transport please', 'Transport booking %s' % p.surname])
        body = ("%s\n\nPlease book transport for:\n\n%s\nAddress: %s, %s\nPhone: %s\n"
                "Appointments: Monday to Friday 9:30, radiation oncology level S1, for %d weeks starting %s.\n"
                "%sNeeds: %s%s\n\n%s\n%s"
                % (ctx.greet('en'), who, street, town, tel, r.randint(1, 5), C.fmt_date(ctx.date().date(), 'en', 2), dx_line,
                   r.choice(['wheelchair', 'walker', 'stretcher', 'escort']), ', oxygen 2 L/min' if o2 else '',
                   ctx.closing('en'), ctx.sig(sender, 'en')))
    m = ctx.new_mail(ctx.who(sender, lang), [('Répartition' if lang == 'fr' else 'Dispatch', 'reservation@' + D.TRANSPORT['dom'])], subj, lang)
    apply_transport(m, r, body)
    return Result(m, T, 'transport booking with home address and phone', 'transport')


def p_reply_quote(ctx, lang):
    r = ctx.rng
    p = ctx.qc_patient()
    a, b = ctx.staff('pharm'), ctx.staff('onc')
    core = r.choice(K.CORES)
    subj, txt, T = core(ctx, p, lang, K.pick_ids(ctx))
    d0 = ctx.date()
    orig = '%s\n\n%s\n%s' % (ctx.greet(lang), txt, D.staff_name(a, lang))
    reply = r.choice({'fr': ["OK pour moi, on va de l'avant.", 'Oui, réduis de 20 %. Merci de la vigilance !', "D'accord. Je la/le verrai demain en clinique.", 'Vu, merci.'],
                      'en': ['Fine with me, go ahead.', 'Yes, reduce by 20%. Thanks for catching this!', 'Agreed, will see them in clinic tomorrow.', 'Seen, thanks.']}[lang])
    body = '%s\n\n%s\n\n%s' % (reply, D.staff_name(b, lang, with_title=False), quote_block(orig, D.staff_name(a, lang), d0, lang, r))
    m = ctx.new_mail(ctx.who(b, lang), [ctx.who(a, lang)], ('RE: ' if r.random() < 0.8 else 'Re: ') + subj, lang)
    m.in_reply_to = '<%s.%d@chhr.example>' % (d0.strftime('%Y%m%d%H%M'), r.randint(1000, 9999))
    apply_transport(m, r, body)
    return Result(m, T, 'short reply; patient details only in quoted text', 'reply_quote')


def p_forward_family(ctx, lang):
    r = ctx.rng
    p = ctx.qc_patient() if r.random() < 0.5 else ctx.extra_patient()
    nurse, doc = ctx.staff('clsc'), ctx.staff('pall')
    rel = r.choice([('mon père', 'my father', 'Papa', 'Dad'), ('ma mère', 'my mother', 'Maman', 'Mom')])
    fam_given = r.choice(['Julie', 'Karine', 'Éric', 'Sébastien', 'Nancy', 'Mike'])
    local = '%s.%s' % (fam_given.lower().replace('é', 'e'), p.surname.lower().replace(' ', '').replace("'", ''))
    local = local.replace('é', 'e').replace('è', 'e').replace('ô', 'o')
    fam = ('%s %s' % (fam_given, p.surname), '%s@%s' % (local, r.choice(D.FAMILY_DOMS)))
    med = r.choice(D.PALLIATIVE_MEDS)
    dx = ctx.dx(p)
    T = {'patient_name', 'medication', 'diagnosis', 'social_information'}
    if lang == 'fr':
        inner = ("Bonjour,\n\nJe vous écris au sujet de %s, %s %s. Depuis hier il a beaucoup de douleur malgré le %s, "
                 "il ne mange presque plus et il est confus la nuit. Son %s avance vite je pense. "
                 "Ma sœur et moi on se relaie mais je retourne travailler lundi et il sera seul le jour. "
                 "Est-ce qu'on peut avoir plus d'aide ?\n\nMerci\n%s"
                 % (rel[0], p.given, p.surname, med[0], dx[0].split(',')[0], fam_given))
        if rel[0] == 'ma mère':
            inner = inner.replace('il a', 'elle a').replace('il ne', 'elle ne').replace('il est confus', 'elle est confuse').replace('il sera seul', 'elle sera seule')
        subj0 = rel[2] + r.choice(['', ' - urgent', ' douleur'])
        top = r.choice(["Dre, voir le courriel de la famille ci-dessous. Je passe demain AM, peux-tu ajuster l'entredose ?",
                        "Pour info et suivi svp.", "À discuter à la réunion d'équipe."])
    else:
        inner = ("Hello,\n\nI'm writing about %s, %s %s. Since yesterday he's in a lot of pain despite the %s, "
                 "barely eating and confused at night. I think the %s is moving fast. "
                 "My sister and I take turns but I go back to work Monday and he'll be alone during the day. "
                 "Can we get more help?\n\nThanks\n%s" % (rel[1], p.given, p.surname, med[1], dx[1].split(',')[0], fam_given))
        if rel[1] == 'my mother':
            inner = inner.replace(" he's", " she's").replace("he'll", "she'll")
        subj0 = rel[3] + r.choice(['', ' - urgent', ' pain'])
        top = r.choice(["See the family's email below. I'm visiting tomorrow AM - can you adjust the breakthrough dose?",
                        "FYI and follow-up please.", "To discuss at team meeting."])
    d0 = ctx.date()
    fw = forward_block(inner, fam, (D.staff_name(nurse, lang, False), D.staff_addr(nurse, D.CLSC['dom'])), subj0, d0, lang)
    body = '%s\n\n%s\n\n%s' % (top, nurse[0], fw)
    m = ctx.new_mail((D.staff_name(nurse, lang, False), D.staff_addr(nurse, D.CLSC['dom'])), [ctx.who(doc, lang)],
                     ('TR: ' if lang == 'fr' else 'FW: ') + subj0, lang)
    apply_transport(m, r, body)
    return Result(m, T, 'inline forward of a relative\'s e-mail about symptoms', 'forward_family')


def p_attached_eml(ctx, lang):
    r = ctx.rng
    p = ctx.qc_patient()
    a, b, c = ctx.staff('nurse'), ctx.staff('pharm'), ctx.staff('onc')
    core = r.choice(K.CORES)
    subj, txt, T = core(ctx, p, lang, K.pick_ids(ctx, allow_anonymous=False))
    inner = ctx.new_mail(ctx.who(a, lang), [ctx.who(c, lang)], subj, lang)
    apply_transport(inner, r, '%s\n\n%s\n\n%s' % (ctx.greet(lang), txt, ctx.sig(a, lang)))
    top = r.choice({'fr': ['Je te transfère en pièce jointe le courriel de ce matin, peux-tu faire le suivi ?', 'Voir PJ. Merci', 'Pour ton dossier.'],
                    'en': ["Attaching this morning's email, can you follow up?", 'See attached. Thx', 'For your records.']}[lang])
    m = ctx.new_mail(ctx.who(c, lang), [ctx.who(b, lang)], ('TR : ' if lang == 'fr' else 'Fwd: ') + subj, lang)
    apply_transport(m, r, '%s\n\n%s' % (top, D.staff_name(c, lang)))
    m.rfc822.append((r.choice(['message.eml', 'courriel.eml' if lang == 'fr' else 'original.eml', subj.replace(' ', '_')[:30] + '.eml']),
                     inner.to_bytes()))
    return Result(m, T, 'benign cover note; patient details inside attached .eml', 'attached_eml')


def p_ics_family_meeting(ctx, lang):
    r = ctx.rng
    p = ctx.qc_patient() if r.random() < 0.6 else ctx.extra_patient()
    doc, sw, nurse = ctx.staff('pall'), ctx.staff('sw'), ctx.staff('nurse')
    ids = r.choice([('name',), ('name', 'mrn'), ('rev',)])
    who, T = ctx.ref(p, lang, ids)
    dx = ctx.dx(p)
    soc = r.randrange(len(D.SOCIAL_FR))
    T |= {'diagnosis', 'social_information'}
    d = ctx.date()
    start = d.replace(tzinfo=None, hour=r.choice([10, 13, 14, 15]), minute=0, second=0)
    end = start.replace(hour=start.hour + 1)
    room = r.choice(['Salon des familles, 4e Est', '4e Est – salle 4112', 'Unité de soins palliatifs, salon'])
    if lang == 'fr':
        summ = 'Rencontre familiale – %s' % who
        desc = ("Objectif : niveau de soins et projet de fin de vie. Dx : %s, progression malgré la 2e ligne. "
                "Contexte : %s. Présents : fille, fils (Teams). Interprète non requis." % (dx[0], D.SOCIAL_FR[soc]))
        body = "Invitation pour la rencontre familiale de %s. Détails dans l'invitation." % C.fmt_day(start.date(), 'fr')
    else:
        summ = 'Family meeting - %s' % who
        desc = ("Goal: goals of care and end-of-life plan. Dx: %s, progression despite 2nd line. "
                "Context: %s. Attending: daughter, son (Teams)." % (dx[1], D.SOCIAL_EN[soc]))
        body = "Invite for the family meeting on %s. Details in the invite." % C.fmt_day(start.date(), 'en')
    ics = A.make_ics('%s-%d@chhr.example' % (start.strftime('%Y%m%dT%H%M'), r.randint(100, 999)), start, end, summ, desc, room,
                     (D.staff_name(doc, lang, False), D.staff_addr(doc)),
                     [(D.staff_name(s, lang, False), D.staff_addr(s)) for s in (sw, nurse)])
    subj = summ if r.random() < 0.6 else ('Invitation : rencontre familiale' if lang == 'fr' else 'Invitation: family meeting')
    if 'Invitation' in subj and subj != summ:
        pass
    m = ctx.new_mail(ctx.who(doc, lang), [ctx.who(sw, lang), ctx.who(nurse, lang)], subj, lang)
    apply_transport(m, r, body)
    m.attachments.append(Attachment('invite.ics', 'text/calendar', ics, cte=r.choice(['base64', '7bit', 'quoted-printable']),
                                    charset='utf-8', extra_ct='; method=REQUEST'))
    return Result(m, T, 'calendar invite for family meeting, patient in ICS', 'ics_family_meeting')


def p_vcard_patient(ctx, lang):
    r = ctx.rng
    p = ctx.qc_patient() if r.random() < 0.5 else ctx.extra_patient()
    n1, n2 = r.sample(D.STAFF['clsc'], 2)
    street, town, tel = ctx.contact(p, lang)
    dx = ctx.dx(p)
    T = {'patient_name', 'patient_contact', 'diagnosis'}
    bday = None
    if r.random() < 0.6:
        bday = p.dob.isoformat()
        T.add('date_of_birth')
    note = ('Suivi SAD – %s. Code porte 4512.' % dx[0]) if lang == 'fr' else ('Home care – %s. Door code 4512.' % dx[1])
    city = town.split(' (')[0]
    vcf = A.make_vcard(p.given, p.surname, tel=tel, tel_type='HOME', adr=(street, city, 'QC', town[-7:], 'Canada'),
                       note=note, bday=bday)
    if lang == 'fr':
        subj = r.choice(['Nouveau patient SAD', 'Coordonnées patient', 'fiche contact'])
        body = "Salut,\n\nTu reprends %s à partir de lundi (pompe à la maison). Sa fiche contact est en pièce jointe.\n\n%s" % (
            p.given if r.random() < 0.5 else 'ce suivi', n1[0])
    else:
        subj = r.choice(['New home care patient', 'Patient contact', 'contact card'])
        body = "Hi,\n\nYou're taking over %s from Monday (pump at home). Contact card attached.\n\n%s" % (
            p.given if r.random() < 0.5 else 'this follow-up', n1[0])
    m = ctx.new_mail((D.staff_name(n1, lang, False), D.staff_addr(n1, D.CLSC['dom'])),
                     [(D.staff_name(n2, lang, False), D.staff_addr(n2, D.CLSC['dom']))], subj, lang)
    apply_transport(m, r, body)
    m.attachments.append(Attachment('%s %s.vcf' % (p.given, p.surname), 'text/vcard', vcf,
                                    cte=r.choice(['base64', 'quoted-printable']), charset='utf-8'))
    return Result(m, T, 'vCard of a home-care patient with address, phone', 'vcard_patient')


def p_zip_consult(ctx, lang):
    r = ctx.rng
    p = ctx.qc_patient()
    doc, ph = ctx.staff(r.choice(['onc', 'pall'])), ctx.staff('pharm')
    ids = r.choice([('name', 'mrn', 'dob'), ('rev', 'ramq_nam', 'dob'), ('name', 'mrn')])
    who, T = ctx.ref(p, lang, ids)
    dx = ctx.dx(p)
    reg = D.REGIMENS[dx[2]]
    labs = K._labs(ctx, lang, 3)
    T |= {'diagnosis', 'medication', 'lab_result'}
    if lang == 'fr':
        title = 'Note de consultation – oncologie'
        lines = ['Patient : %s' % who, 'Diagnostic : %s' % dx[0], 'Traitement : %s' % reg[0],
                 'Bilan : %s' % labs, 'Plan : poursuivre, réévaluation par TDM dans 8 semaines.',
                 'Signé : %s' % D.staff_name(doc, 'fr')]
        body = "Bonjour,\n\nCi-joint la note de consultation (zip). Mot de passe transmis par Teams.\n\n%s" % D.staff_name(doc, 'fr', False)
        subj = 'Note de consultation'
    else:
        title = 'Consultation note - oncology'
        lines = ['Patient: %s' % who, 'Diagnosis: %s' % dx[1], 'Treatment: %s' % reg[1], 'Workup: %s' % labs,
                 'Plan: continue, restaging CT in 8 weeks.', 'Signed: %s' % D.staff_name(doc, 'en')]
        body = "Hi,\n\nConsult note attached (zip). Password sent over Teams.\n\n%s" % D.staff_name(doc, 'en', False)
        subj = 'Consult note'
    pdf = A.make_pdf(title, lines)
    files = [('consult_%s.pdf' % p.ids['mrn'] if 'mrn' in ids else 'consultation.pdf', pdf)]
    if r.random() < 0.4:
        files.append(('LISEZMOI.txt' if lang == 'fr' else 'README.txt', 'Document interne CHHR.\n'))
    zdata = A.make_zip(files)
    m = ctx.new_mail(ctx.who(doc, lang), [ctx.who(ph, lang)], subj, lang)
    apply_transport(m, r, body)
    m.attachments.append(Attachment(r.choice(['documents.zip', 'consult.zip', 'envoi_%s.zip' % m.date.strftime('%Y%m%d')]),
                                    'application/zip', zdata))
    return Result(m, T, 'consult note PDF inside ZIP', 'zip_consult')


def p_filename_scan(ctx, lang):
    r = ctx.rng
    p = ctx.qc_patient() if r.random() < 0.5 else ctx.extra_patient()
    a, b = ctx.staff('nurse'), ctx.staff('onc')
    dx = r.choice([('carcinome_canalaire_infiltrant', 'invasive_ductal_carcinoma'), ('adenocarcinome_colon', 'colon_adenocarcinoma'),
                   ('lymphome_B_diffus', 'DLBCL'), ('melanome_stade_III', 'melanoma_stage_III'), ('myelome_IgG', 'IgG_myeloma')])
    if 'ramq_nam' in p.ids and r.random() < 0.5:
        fn = r.choice(['%s_patho_%s.png', 'scan_%s_%s.png']) % (p.ids['ramq_nam'], dx[0] if lang == 'fr' else dx[1])
        T = {'ramq_nam', 'diagnosis'}
    else:
        fn = r.choice(['%s_%s_patho_%s.png', '%s %s - %s.png', 'scan_%s_%s_%s.png']) % (
            p.surname.upper() if r.random() < 0.5 else p.surname, p.given, dx[0] if lang == 'fr' else dx[1])
        T = {'patient_name', 'diagnosis'}
    body = r.choice({'fr': ['Ci-joint la photo du rapport, l\'original suit par courrier interne.', 'Voici le scan demandé.', 'PJ'],
                     'en': ['Photo of the report attached, original to follow by internal mail.', 'Here is the scan you asked for.', 'att.']}[lang])
    m = ctx.new_mail(ctx.who(a, lang), [ctx.who(b, lang)], r.choice(['scan', 'rapport' if lang == 'fr' else 'report', 'Photo']), lang)
    apply_transport(m, r, body + '\n\n' + a[0])
    m.attachments.append(Attachment(fn, 'image/png', A.make_png(seed=r.randint(0, 50))))
    return Result(m, T, 'patient identifier and diagnosis only in attachment file name', 'filename_only')


POS1 = [p_chemo_verif, p_tumour_board, p_palliative_referral, p_shortage_list, p_interaction, p_trial_screening,
        p_transport, p_reply_quote, p_forward_family, p_attached_eml, p_ics_family_meeting, p_vcard_patient,
        p_zip_consult, p_filename_scan]
