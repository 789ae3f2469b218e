"""French positives, part A: orders, dose adjustments, shortages, chairs, toxicity, compounding,
transport, insurers, community pharmacy, lab follow-up."""
import datetime

import gen_attach as A
import gen_clin as K
import gen_common as C


def idline(ctx, p, name_style='sur_first', nam_style='plain', dob_style='iso', mrn_style=None, sep='   '):
    parts = ['Patient : %s' % ctx.name(p, name_style), 'Sexe : %s' % p.sex,
             'DDN : %s' % ctx.dob(p, dob_style)]
    if p.nam and nam_style:
        parts.append('NAM : %s' % ctx.nam(p, nam_style))
    if mrn_style:
        parts.append('Dossier : %s' % ctx.mrn(p, mrn_style))
    return sep.join(parts)


def f_protocol_order(ctx, v):
    r = ctx.rng
    p = ctx.holder()
    reg = r.choice(K.REGIMENS)
    h, w, s = K.anthropo(r, p.sex)
    cyc = r.randrange(1, 9)
    onc = ctx.staff(r.choice(['Arsenault', 'Koulibaly', 'Robitaille']))
    ph = ctx.staff('Vachon')
    cbc, anc, plt = K.cbc(r, 'fr')
    chem, cr = K.chem(r, 'fr')
    cl = K.crcl(p.age(ctx.day), w, cr, p.sex)
    doses = K.dose_lines(reg, 'fr', s, w, cl)
    tx = ctx.fut(r.randrange(1, 4))
    chair = r.randrange(1, 19)
    ctx.add('diagnosis', 'medication', 'lab_result')
    sup = r.sample(K.SUPPORT_FR, 2)
    block = '\n'.join([
        idline(ctx, p, r.choice(['sur_first', 'sur_first_nc', 'full']), r.choice(['plain', 'space', 'dash'] + (['wide'] if v != 1 else [])),
               r.choice(['iso', 'dmy', 'long']), r.choice(['plain', 'space', 'h'])),
        'Diagnostic : %s' % reg[1],
        'Protocole : %s — cycle %d (q%d j)' % (reg[0], cyc, reg[3]),
        'Taille %d cm, poids %s kg, SC %s m², ClCr (C-G) %d mL/min' % (h, K.fmt_num(w, 'fr'), K.fmt_num(s, 'fr'), cl),
        'Bilan du %s : %s ; %s' % (C.fmt_date(ctx.past(1), 'dmy'), cbc, chem),
        '',
    ] + ['  - ' + d for d in doses] + ['', 'Prémédication / support : %s ; %s' % tuple(sup)])
    if v == 0:
        subj = 'Ordonnance C%d %s à valider – tx %s' % (cyc, reg[0], C.fmt_date(tx, 'dmy'))
        text = ('Bonjour %s,\n\nVoici l’ordonnance pour le traitement de %s au fauteuil %d.\n\n%s\n\n'
                'Doses à 100 %%. Merci de valider et de lancer la préparation la veille si possible.\n\n%s\n\n%s'
                % (ph.given, ctx.dfmt(tx), chair, block, ctx.sig(onc), C.CONF_FR))
        return ctx.msg('protocol_order', 'chemotherapy protocol order sent to oncology pharmacy', subj, onc, [ph], text)
    if v == 1:
        fn = 'Ordonnance_%s_C%d_%s.pdf' % (reg[0].split()[0].replace('é', 'e'), cyc, ctx.name(p, 'file'))
        pdf = A.make_pdf('Ordonnance pré-imprimée — %s' % reg[0], [
            C.HOSP + ' — ' + C.PHARM_FR, '', *block.split('\n'), '',
            'Date prévue du traitement : %s   Fauteuil : %d' % (C.fmt_date(tx, 'iso'), chair),
            'Prescripteur : %s (signature électronique)' % onc.title_fr()], ctx.date, onc.full,
            footer='Document confidentiel — ne pas transmettre hors du circuit de soins')
        subj = 'Ordo signée %s pour %s' % (reg[0], ctx.dfmt(tx))
        text = ('Bonjour,\n\nCi-joint l’ordonnance signée (cycle %d). Fauteuil %d réservé par Marie-Ève.\n'
                'Je serai en clinique jusqu’à 16 h si questions.\n\n%s' % (cyc, chair, ctx.sig(onc, True)))
        return ctx.msg('protocol_order', 'signed chemotherapy order as PDF attachment', subj, onc, [ph, ctx.staff('Cyr')],
                       text, atts=[A.at('pdf', fn, pdf)])
    subj = 'Préparation demain – %s – %s' % (ctx.name(p, 'sur_init'), reg[0])
    text = ('Isabelle,\n\nConfirmé avec l’équipe : on donne le cycle %d demain, pas de report.\n\n%s\n\n'
            'Note : rappel de vérifier la pompe élastomère 46 h si 5-FU.\n\n%s' % (cyc, block, ctx.sig(onc)))
    return ctx.msg('protocol_order', 'next-day preparation order with identity block', subj, onc, [ph], text,
                   force_body='alt')


def f_dose_adjustment(ctx, v):
    r = ctx.rng
    p = ctx.patient()
    ph = ctx.staff(r.choice(['Vachon', 'Cyr', 'Champagne']))
    onc = ctx.staff(r.choice(['Arsenault', 'Koulibaly']))
    h, w, s = K.anthropo(r, p.sex)
    age = p.age(ctx.day)
    ctx.add('medication', 'lab_result', 'diagnosis')
    if v == 0:
        chem, cr = K.chem(r, 'fr', renal=True)
        cl = K.crcl(age, w, cr, p.sex)
        old = 5 * (min(125, K.crcl(age, w, r.randrange(60, 80), p.sex)) + 25)
        new = 5 * (cl + 25)
        subj = 'Carboplatine – ajustement ClCr – %s' % ctx.name(p, 'init_sur')
        text = ('Bonjour Dr %s,\n\nPour %s (dossier %s), %s, la créatinine ce matin est à %d µmol/L '
                '(était 72 au C1). Poids %s kg, %d ans → ClCr estimée %d mL/min.\n\n'
                'Avec Calvert AUC 5, la dose passe de %d mg à %d mg. Je propose d’ajuster dès le C%d '
                'et d’hydrater 1 L NS avant. Le paclitaxel 175 mg/m² reste inchangé.\n\nOK pour toi ?\n\n%s'
                % (onc.surname, ctx.name(p, 'title_sur'), ctx.mrn(p, r.choice(['plain', 'space'])),
                   r.choice(['carcinome séreux de l’ovaire', 'adénocarcinome de l’endomètre']), cr,
                   K.fmt_num(w, 'fr'), age, cl, round(old / 5) * 5, round(new / 5) * 5, r.randrange(2, 6),
                   ctx.sig(ph)))
        return ctx.msg('dose_adjustment', 'carboplatin dose recalculation for renal function', subj, ph, [onc], text)
    if v == 1:
        tox = r.choice(K.TOX_FR[:3])
        cbc, anc, plt = K.cbc(r, 'fr', low=True)
        first = ('Bonjour Mathieu,\n\n%s rapporte une %s depuis le dernier cycle. FSC ce matin : %s.\n'
                 'Je pense réduire à 80 %% pour le C%d. Tu peux me recalculer ?\n\n%s'
                 % (ctx.name(p, 'given'), tox[0], cbc, r.randrange(3, 9), onc.title_fr()))
        subj = 'RE: %s %s — réduction de dose' % (p.surname.upper(), p.given[0])
        ctx.name(p, 'sur_first')
        text = ('Bonjour,\n\nRecalculé avec SC %s m² : oxaliplatine 85 → 68 mg/m² (%d mg), 5-FU perf. 2400 → 1920 mg/m² '
                '(%d mg). Bolus de 5-FU retiré. Nouvelle ordonnance dans ChimioNet, à signer.\n\n%s\n\n%s'
                % (K.fmt_num(s, 'fr'), round(68 * s), round(1920 * s / 10) * 10, ctx.sig(ctx.staff('Cyr'), True),
                   ctx.quote(onc, ctx.earlier(95), first)))
        return ctx.msg('dose_adjustment', 'reply recalculating reduced doses after toxicity', subj,
                       ctx.staff('Cyr'), [onc], text, headers=ctx.hdr_reply(ctx.parent_id()))
    chem, cr = K.chem(r, 'fr', hep=True)
    subj = 'Irinotécan et bilirubine'
    text = ('Salut %s,\n\n%s (%s) : %s. Selon la monographie, avec une bili 1,5 à 3 x LSN on descend '
            'l’irinotécan à 120 mg/m² → %d mg avec SC %s. On garde le bévacizumab 5 mg/kg (%d mg).\n'
            'Métastases hépatiques connues, écho prévue %s.\n\nJe mets la préparation en attente '
            'jusqu’à ta réponse.\n\n%s' % (onc.given, ctx.name(p, 'sur_first_lc'), ctx.mrn(p, 'h'), chem,
                                            round(120 * s), K.fmt_num(s, 'fr'), round(5 * w),
                                            ctx.dfmt(ctx.fut(3)), ctx.sig(ph)))
    return ctx.msg('dose_adjustment', 'irinotecan reduction for raised bilirubin', subj, ph, [onc], text)


def f_shortage_patients(ctx, v):
    r = ctx.rng
    ph = ctx.staff(r.choice(['Vachon', 'Bastien']))
    drug = r.choice([('cisplatine', 'carboplatine AUC 5'), ('dacarbazine', 'report / témozolomide à discuter'),
                     ('vincristine', 'vinblastine 6 mg/m²')])
    n = r.randrange(3, 6)
    pats = [ctx.patient() for _ in range(n)]
    dxs = ['CPPC', 'col utérin', 'tête et cou', 'vessie', 'mélanome', 'LNH', 'lymphome de Hodgkin', 'sarcome']
    rows = [['Patient', 'Dossier', 'Dx', 'Prochain tx', 'Proposition']]
    for q in pats:
        rows.append([ctx.name(q, r.choice(['sur_first', 'sur_first_lc'])), ctx.mrn(q), r.choice(dxs),
                     C.fmt_date(ctx.fut(r.randrange(1, 10)), 'iso'), drug[1]])
    ctx.add('diagnosis', 'medication')
    subj = 'Pénurie %s — patients touchés cette semaine' % drug[0]
    intro = ('Bonjour à tous,\n\nSuite à l’avis du grossiste (rupture de %s jusqu’à nouvel ordre), voici les '
             'patients dont le traitement est prévu d’ici 2 semaines. Merci aux médecins traitants de confirmer '
             'la conversion avant jeudi midi.\n\n' % drug[0])
    tbl = '\n'.join(' | '.join(x) for x in rows)
    to = [ctx.staff('Arsenault'), ctx.staff('Koulibaly'), ctx.staff('Desjardins')]
    if v == 2:
        x = A.make_xlsx([('Pénurie', rows)], ctx.date, ph.full)
        text = intro + 'Liste dans le fichier joint (onglet Pénurie).\n\n' + ctx.sig(ph)
        return ctx.msg('shortage', 'list of patients affected by a drug shortage, spreadsheet', subj, ph, to, text,
                       atts=[A.at('xlsx', 'penurie_%s_%s.xlsx' % (C.strip_accents(drug[0]), ctx.day.isoformat()), x)])
    text = intro + tbl + '\n\n' + ctx.sig(ph)
    return ctx.msg('shortage', 'patients affected by a drug shortage with proposed substitution', subj, ph, to, text,
                   force_body='html' if v == 1 else None)


def f_chair_schedule(ctx, v):
    r = ctx.rng
    d = ctx.fut(1)
    clerk = ctx.staff('Trudel')
    rows = [['Fauteuil', 'Heure', 'Patient', 'Protocole', 'Durée', 'Remarque']]
    notes = ['', '', 'pompe 46 h à brancher', 'accès veineux difficile', 'prémed. diphenhydramine 50 mg IV',
             'transport bénévole 15 h', 'interprète espagnol', 'PICC à rincer', 'prise de sang sur place']
    for i in range(r.randrange(6, 10)):
        q = ctx.patient()
        reg = r.choice(K.REGIMENS)
        rows.append(['F%d' % (i + 1), '%02d:%02d' % (8 + i // 2, 30 * (i % 2)),
                     ctx.name(q, r.choice(['sur_first', 'sur_init', 'sur_first_nc'])),
                     '%s C%d' % (reg[0], r.randrange(1, 9)), '%d h' % r.randrange(1, 6), r.choice(notes)])
    ctx.add('medication')
    subj = 'Horaire fauteuils %s' % C.fmt_date(d, 'dmy')
    if v == 1:
        csv = A.make_csv(rows, ';')
        text = ('Bonjour,\n\nVoici l’horaire des fauteuils pour %s. Deux ajouts de dernière minute (F7, F8).\n\n%s'
                % (ctx.dfmt(d), ctx.sig(clerk, True)))
        return ctx.msg('chair_schedule', 'next-day chair schedule as CSV', subj, clerk,
                       [ctx.staff('Desjardins'), ctx.staff('Vachon')], text,
                       atts=[A.at('csv', 'fauteuils_%s.csv' % d.isoformat(), text=A.make_csv(rows, ';'),
                                  charset='windows-1252', cte='quoted-printable')])
    lines = ['%s %s  %s — %s (%s) %s' % (x[0], x[1], x[2], x[3], x[4], x[5]) for x in rows[1:]]
    text = ('Bonjour l’équipe,\n\nHoraire de %s :\n\n%s\n\nMerci de me signaler tout changement avant 15 h.\n\n%s'
            % (ctx.dfmt(d), '\n'.join(lines) if v == 0 else '\n'.join(' | '.join(x) for x in rows),
               ctx.sig(clerk)))
    return ctx.msg('chair_schedule', 'chair assignments for the day unit', subj, clerk,
                   [ctx.staff('Desjardins'), ctx.staff('Provost')], text, force_body='html' if v == 2 else None)


def f_toxicity_call(ctx, v):
    r = ctx.rng
    p = ctx.patient()
    nurse = ctx.staff(r.choice(['Demers', 'Dufresne', 'Provost']))
    onc = ctx.staff(r.choice(['Arsenault', 'Koulibaly']))
    reg = r.choice(K.REGIMENS[:7])
    ctx.add('diagnosis', 'medication')
    if v == 0:
        subj = 'appel J+3 %s' % ctx.name(p, 'lower')
        text = ('Dr %s,\n\nAppel de suivi fait ce matin (J3 %s C%d). Rapporte diarrhée 5-6 selles/j depuis hier, '
                'pas de fièvre (37,4), boit bien. A pris lopéramide 4 mg puis 2 mg x 3. Pas de sang.\n'
                'Grade 2 selon CTCAE. Conseils donnés, rappel demain matin.\nJoignable au %s (cell.) plutôt '
                'qu’à la maison.\n\nVoulez-vous qu’on ajoute du diphénoxylate ?\n\n%s'
                % (onc.surname, reg[0], r.randrange(1, 7), ctx.phone(p), ctx.sig(nurse, True)))
        return ctx.msg('toxicity_followup', 'day-3 phone follow-up for chemotherapy diarrhea', subj, nurse, [onc], text)
    if v == 1:
        cbc, anc, plt = K.cbc(r, 'fr', low=True)
        ctx.add('lab_result')
        subj = 'NF – %s envoyé(e) à l’urgence' % ctx.name(p, 'title_sur')
        text = ('Bonjour,\n\nPour info : %s (%s, J%d post %s) a appelé la ligne info-chimio à 7 h 40 : '
                'T 38,7 °C, frissons. Dirigé vers l’urgence selon l’algorithme. FSC à l’urgence : %s. '
                'Pipéracilline-tazobactam débuté à 9 h 15. Admission probable en hémato.\n\n'
                'Le C%d prévu %s est donc à annuler ; je libère le fauteuil.\n\n%s'
                % (ctx.name(p, 'full'), ctx.mrn(p, 'space'), r.randrange(7, 12), reg[0], cbc, r.randrange(2, 6),
                   ctx.dfmt(ctx.fut(2)), ctx.sig(nurse)))
        return ctx.msg('toxicity_followup', 'febrile neutropenia sent to emergency, cycle cancelled', subj, nurse,
                       [onc, ctx.staff('Trudel')], text)
    tox = r.choice(K.TOX_FR[5:8])
    subj = 'Suivi tox – %s' % ctx.name(p, 'sur_first')
    text = ('Karine,\n\nJ’ai revu %s au téléphone. %s depuis le dernier traitement. Prednisone 1 mg/kg '
            'débutée hier par l’oncologue de garde (%d mg die). Adresse pour l’envoi de l’ordonnance de '
            'sevrage : %s.\nRappel prévu vendredi. Le cycle de %s est suspendu.\n\n%s'
            % (ctx.name(p, 'given'), tox[0][0].upper() + tox[0][1:], round(r.uniform(55, 85) / 5) * 5,
               ctx.address(p), tox[1] or reg[0], ctx.sig(nurse, True)))
    return ctx.msg('toxicity_followup', 'immune-related toxicity follow-up with steroid plan', subj, nurse,
                   [ctx.staff('Dufresne')], text)


def f_compounding(ctx, v):
    r = ctx.rng
    p = ctx.patient()
    tech = ctx.staff(r.choice(['Lamarre', 'Fleury']))
    ph = ctx.staff(r.choice(['Vachon', 'Cyr']))
    drug = r.choice([('bortézomib', '2,3 mg SC', 'seringue 0,92 mL', 'myélome multiple'),
                     ('azacitidine', '135 mg SC', '2 seringues de 2,7 mL', 'SMD'),
                     ('oxaliplatine', '145 mg IV', 'D5W 250 mL', 'cancer colorectal'),
                     ('paclitaxel', '140 mg IV', 'NS 250 mL, tubulure 0,2 µm', 'cancer du sein'),
                     ('rituximab', '700 mg IV', 'NS 500 mL', 'lymphome folliculaire')])
    lot = C.luhn_lot(r, 'L', 7)
    ctx.add('medication')
    if v == 0:
        subj = 'Repréparation nécessaire – %s' % ctx.name(p, 'sur_init')
        ctx.add('diagnosis')
        text = ('Bonjour %s,\n\nLa préparation de %s %s (%s) pour %s, dossier %s (%s), a été rejetée à la '
                'vérification finale : particules visibles après reconstitution. Lot fiole %s mis en quarantaine.\n'
                'Repréparation en cours, prête vers 10 h 30. Le centre de jour est avisé.\n\n%s'
                % (ph.given, drug[0], drug[1], drug[2], ctx.name(p, 'title_sur'), ctx.mrn(p, r.choice(['plain', 'dots'])),
                   drug[3], lot, ctx.sig(tech, True)))
        return ctx.msg('compounding', 'compounded dose rejected and re-prepared', subj, tech, [ph], text)
    fiche = ['Patient : %s     Dossier : %s' % (ctx.name(p, 'sur_first'), ctx.mrn(p)),
             'Médicament : %s %s' % (drug[0], drug[1]), 'Contenant : %s' % drug[2],
             'Lot fiole : %s     Exp. : 2026-0%d' % (lot, r.randrange(1, 9)),
             'Préparé par : %s     Vérifié par : %s' % (tech.full, ph.full),
             'Vérification gravimétrique : écart %s %%' % K.fmt_num(round(r.uniform(-2.4, 2.4), 1), 'fr'),
             'Stabilité : %d h à 2-8 °C, protéger de la lumière' % r.choice([8, 24, 48])]
    if v == 1:
        subj = 'Fiche prép. à archiver (%s)' % drug[0]
        text = ('Bonjour,\n\nFiche de préparation numérisée jointe pour le dossier, la copie papier a été abîmée '
                'en salle propre.\n\n%s' % ctx.sig(tech, True))
        return ctx.msg('compounding', 'scanned compounding worksheet attached', subj, tech, [ph], text,
                       atts=[A.at('pdf', 'fiche_prep_%s.pdf' % ctx.name(p, 'file'), A.make_pdf(
                           'Fiche de préparation stérile (scan)', fiche, ctx.date, tech.full))])
    subj = 'Étiquette à corriger'
    text = ('Mathieu,\n\nL’étiquette imprimée ce matin ne correspond pas au protocole ajusté :\n\n%s\n\n'
            'Dose prescrite après réduction : voir ChimioNet. Peux-tu corriger avant la libération ?\n\n%s'
            % ('\n'.join(fiche[:3]), ctx.sig(tech, True)))
    return ctx.msg('compounding', 'label correction for a compounded dose', subj, tech, [ctx.staff('Cyr')], text)


def f_transport(ctx, v):
    r = ctx.rng
    p = ctx.patient()
    tso = ctx.staff(r.choice(['Hamel', 'Trudel']))
    dx = r.choice(['cancer du sein', 'lymphome', 'cancer du poumon', 'cancer colorectal'])
    dates = sorted({ctx.fut(r.randrange(2, 30)) for _ in range(3)})
    ctx.add('diagnosis', 'social_information')
    soc = r.choice(['vit seule depuis le décès de son conjoint, sans permis de conduire',
                    'reçoit de l’aide sociale (programme d’aide financière de dernier recours), pas de voiture',
                    'hébergée temporairement chez sa sœur après une séparation difficile'])
    if p.sex == 'M':
        soc = soc.replace('seule', 'seul').replace('hébergée', 'hébergé')
    subj = 'Demande de transport — chimio %s' % ('(%s)' % ctx.name(p, 'sur_first') if v != 1 else '')
    body = ('Bonjour,\n\nJe vous transmets une demande de transport bénévole pour %s, suivi%s pour un %s au '
            'centre de jour. Traitements aux 3 semaines, arrivée 8 h 15, durée environ 5 h.\n\n'
            'Adresse : %s\nTéléphone : %s\nDates : %s\n\nSituation : %s. Peut marcher avec une canne, '
            'a besoin d’aide pour monter dans le véhicule.\n\nMerci,\n\n%s'
            % (ctx.name(p, 'title'), 'e' if p.sex == 'F' else '', dx, ctx.address(p), ctx.phone(p), ', '.join(C.fmt_date(d, 'long') for d in dates),
               soc, ctx.sig(tso)))
    ext = ctx.ext('transport')
    if v == 2:
        fwd = ctx.orig_block(ctx.staff('Dufresne'), ctx.earlier(300),
                             'Valérie, peux-tu organiser le transport ? %s a annulé deux fois faute de lift.'
                             % ('Elle' if p.sex == 'F' else 'Il'),
                             subject='transport', fwd=True)
        body = body + '\n\n' + fwd
    return ctx.msg('transport_request', 'volunteer transport request for chemotherapy visits', subj, tso, [ext], body,
                   force_body='plain' if v == 0 else None)


def f_insurer(ctx, v):
    r = ctx.rng
    p = ctx.patient()
    ph = ctx.staff(r.choice(['Vachon', 'Champagne']))
    ins = ctx.ext('insurer')
    ctx.add('diagnosis', 'medication')
    if v in (0, 1):
        drug = r.choice([('pembrolizumab', 'adénocarcinome pulmonaire métastatique PD-L1 80 %'),
                         ('palbociclib', 'cancer du sein métastatique RH+ HER2-'),
                         ('olaparib', 'carcinome séreux de l’ovaire, BRCA1 muté')])
        cert = '%s-%06d' % (r.choice(['GR', 'LX', 'PT']), r.randrange(100000, 999999))
        lines = ['Assuré(e) : %s' % ctx.name(p, 'full'), 'Date de naissance : %s' % ctx.dob(p, 'iso'),
                 'No certificat : %s' % cert, 'Médicament demandé : %s' % drug[0],
                 'Indication : %s' % drug[1], 'Traitements antérieurs : carboplatine-pémétrexed (4 cycles)',
                 'Prescripteur : %s' % ctx.staff('Arsenault').title_fr()]
        if v == 0:
            subj = 'Demande d’autorisation préalable — %s' % drug[0]
            text = ('Madame, Monsieur,\n\nVeuillez trouver ci-dessous les renseignements pour la demande de '
                    'couverture :\n\n%s\n\nLe formulaire signé suivra par télécopieur.\n\n%s'
                    % ('\n'.join(lines), ctx.sig(ph)))
            return ctx.msg('insurer_form', 'prior authorization request to a private drug insurer', subj, ph, [ins], text)
        pdf = A.make_pdf('Formulaire de demande d’autorisation — médicament d’exception', lines, ctx.date, ph.full)
        subj = 'Formulaire autorisation %s' % cert
        text = ('Bonjour,\n\nFormulaire rempli joint. Le traitement est prévu le %s ; une réponse rapide serait '
                'appréciée.\n\n%s' % (C.fmt_date(ctx.fut(5), 'long'), ctx.sig(ph, True)))
        return ctx.msg('insurer_form', 'insurer authorization form as PDF', subj, ph, [ins], text,
                       atts=[A.at('pdf', 'autorisation_%s.pdf' % cert, pdf)])
    onc = ctx.staff('Koulibaly')
    fn = 'Attestation_invalidite_%s.docx' % ctx.name(p, 'file')
    doc = A.make_docx('Déclaration du médecin traitant — invalidité', [
        'Nom de l’assuré(e) : %s' % ctx.name(p, 'upper'), 'Date de naissance : %s' % ctx.dob(p, 'dmy'),
        'NAS : %s' % ctx.sin(r.choice(['space', 'dash'])), 'Adresse : %s' % ctx.address(p),
        'Diagnostic : lymphome diffus à grandes cellules B, stade III',
        'Traitement : R-CHOP q21j x 6, fin prévue dans 12 semaines',
        'Limitations : fatigue importante, neutropénies, inapte à tout travail jusqu’à réévaluation.',
        'Signé : %s' % onc.title_fr()], ctx.date, onc.full)
    subj = 'Déclaration du médecin — dossier invalidité'
    text = ('Bonjour,\n\nCi-joint la déclaration du médecin traitant dûment remplie.\n\n%s' % ctx.sig(onc, True))
    return ctx.msg('insurer_form', 'disability insurance physician statement (DOCX)', subj, onc,
                   [ctx.ext('insurer')], text, atts=[A.at('docx', fn, doc, rfc2231=not C.strip_accents(fn) == fn)])


def f_pharmacy_rx(ctx, v):
    r = ctx.rng
    p = ctx.holder()
    oral = r.choice(K.ORAL)
    onc = ctx.staff(r.choice(['Arsenault', 'Koulibaly', 'Robitaille']))
    ph = ctx.staff('Cyr')
    pharm = ctx.ext(r.choice(['pharm_comm', 'pharm_comm2']))
    ctx.add('medication', 'diagnosis')
    rx = ['Patient(e) : %s' % ctx.name(p, r.choice(['full', 'sur_first'])), 'Sexe : %s' % p.sex,
          'Date de naissance : %s' % ctx.dob(p, r.choice(['iso', 'long', 'dmy'])),
          'NAM : %s' % ctx.nam(p, r.choice(['plain', 'space', 'dots', 'slash'])),
          'Adresse : %s' % ctx.address(p), '',
          'Rx : %s — %s' % (oral[0], oral[2]), 'Qté : 1 cycle   Renouvellements : 3',
          'Indication : %s' % oral[4], '', 'Prescripteur : %s, permis %05d' % (onc.title_fr(), r.randrange(10000, 99999))]
    if v == 2:
        pdf = A.make_pdf('Ordonnance — antinéoplasique oral', rx, ctx.date, onc.full)
        subj = 'Ordonnance (télécopie) — %s' % oral[0].split()[0]
        text = ('Bonjour,\n\nVoici l’ordonnance en pièce jointe. Le patient passera demain en après-midi. '
                'Merci de confirmer que le produit est en stock, sinon appelez-nous.\n\n%s' % ctx.sig(ph))
        return ctx.msg('pharmacy_rx', 'oral chemotherapy prescription to community pharmacy (PDF)', subj, ph,
                       [pharm], text, atts=[A.at('pdf', 'Rx_%s_%s.pdf' % (ctx.name(p, 'file'), ctx.day.isoformat()), pdf)])
    subj = 'Ordonnance %s – %s' % (oral[0].split()[0], ctx.name(p, 'sur_init'))
    text = ('Bonjour,\n\nNous vous transmettons l’ordonnance suivante (original conservé au dossier) :\n\n%s\n\n'
            'Enseignement fait par la pharmacie oncologique ; calendrier de prise remis. Le patient a aussi '
            '%s à domicile.\n\n%s\n\n%s' % ('\n'.join(rx), r.choice(K.SUPPORT_FR), ctx.sig(ph), C.CONF_FR))
    return ctx.msg('pharmacy_rx', 'oral chemotherapy prescription to community pharmacy', subj, ph, [pharm], text,
                   force_body='plain' if v == 0 else 'html')


def f_lab_followup(ctx, v):
    r = ctx.rng
    p = ctx.patient()
    nurse = ctx.staff(r.choice(['Dufresne', 'Provost', 'Desjardins']))
    reg = r.choice(K.REGIMENS)
    cbc, anc, plt = K.cbc(r, 'fr', low=True)
    ctx.add('lab_result', 'medication')
    if v == 0:
        subj = 'Report C%d – dossier %s' % (r.randrange(2, 7), ctx.mrn(p, r.choice(['plain', 'space', 'wide'])))
        text = ('Bonjour,\n\nFSC de ce matin : %s. On reporte d’une semaine le %s, nouvelle date %s. '
                'SVP aviser la préparation de ne pas lancer la poche.\n\nMerci\n%s'
                % (cbc, reg[0], C.fmt_date(ctx.fut(5), 'dmy'), ctx.sig(nurse, True)))
        return ctx.msg('lab_followup', 'treatment deferred on blood count, chart number only', subj, nurse,
                       [ctx.staff('Vachon'), ctx.staff('Lamarre')], text)
    chem, cr = K.chem(r, 'fr')
    if v == 1:
        subj = '%s – résultats pré-chimio' % ctx.name(p, 'sur_first_nc')
        text = ('Dr %s,\n\nRésultats de 7 h 30 :\n%s\n%s\nTSH 4,1 ; magnésium 0,62 mmol/L (bas).\n\n'
                'Critères non rencontrés pour le %s (neutro < 1,5). On attend votre décision avant 10 h.\n\n%s'
                % (ctx.staff('Arsenault').surname, cbc, chem, reg[0], ctx.sig(nurse, True)))
        return ctx.msg('lab_followup', 'pre-chemotherapy results, name only in subject', subj, nurse,
                       [ctx.staff('Arsenault')], text)
    rows = [['Date', 'Hb', 'Neutro', 'Plaq', 'Créat'], ]
    d = ctx.day - datetime.timedelta(days=42)
    for i in range(4):
        rows.append([C.fmt_date(d + datetime.timedelta(days=14 * i), 'iso'), str(r.randrange(95, 130)),
                     K.fmt_num(round(r.uniform(0.6, 3.2), 1), 'fr'), str(r.randrange(70, 260)), str(r.randrange(55, 110))])
    subj = 'Tendance FSC — %s' % ctx.name(p, 'init_sur')
    text = ('Bonjour,\n\nComme demandé, la tendance des 6 dernières semaines pour %s (dossier %s), %s :\n\n%s\n\n'
            'Je suggère filgrastim en prophylaxie secondaire au prochain cycle.\n\n%s'
            % (ctx.name(p, 'title_sur'), ctx.mrn(p, 'dash'), reg[0], '\n'.join(' | '.join(x) for x in rows),
               ctx.sig(ctx.staff('Champagne'))))
    return ctx.msg('lab_followup', 'blood count trend table for a patient', subj, ctx.staff('Champagne'),
                   [ctx.staff('Koulibaly')], text, force_body='alt')


TEMPLATES = [f_protocol_order, f_dose_adjustment, f_shortage_patients, f_chair_schedule, f_toxicity_call,
             f_compounding, f_transport, f_insurer, f_pharmacy_rx, f_lab_followup]
