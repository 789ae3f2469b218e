"""Positive templates, part A: referrals, tacrolimus, biopsy, census, transport, donors, pharmacy,
insurer, income support, lab alerts."""
import datetime

from gen_common import (EXTERNAL, new_patient, make_sin, date_fr, date_en, day_fr, day_en, PARTNERS, DOM,
                        signature, dr, staff, CLINIC_TEL, TX_TEL, age_on)
from gen_clinical import (CAUSES, CKD_MEDS, TX_MEDS, ANTIPROLIF, PROPHYLAXIS, BANFF, SYMPTOMS, pick, picks,
                          num, egfr_series, stage, creat_for, tac_level, lab_panel, panel_text)
from gen_track import Track
from gen_util import mdate, later, person, partner_addr, ext, spec, L, GROUP
import gen_attach as A


def ne(p, lang):
    return ('née' if p.sex == 'F' else 'né') if lang == 'fr' else 'born'


def ident(tr, p, lang, rng, dob=True, sep='\n'):
    """Identification block for a patient: name handled by caller; DOB, sex and number here."""
    out = []
    if dob or p.nam:
        lab = L(lang, 'DDN :', 'DOB:')
        out.append('%s %s' % (lab, tr.dob(p, rng.choice(['iso', 'dmy', 'ymd_slash'] +
                                                          (['long_fr'] if lang == 'fr' else ['long_en'])))))
    if p.nam:
        out.append(L(lang, 'NAM : %s', 'RAMQ: %s') % tr.nam(p, rng.choice(['plain', 'spaced', 'spaced', 'hyphen', 'dotted', 'lower', 'slashed', 'wide'])))
        out.append(tr.sex(p, rng.choice(['fr', 'fr_word']) if lang == 'fr' else rng.choice(['en', 'en_word'])))
    elif p.ohip:
        out.append('%s %s' % (L(lang, 'No carte Santé Ontario :', 'OHIP #:'),
                                tr.ohip(p, rng.choice(['spaced', 'hyphen', 'plain', 'novc']))))
    else:
        out.append('%s %s' % (L(lang, 'Dossier :', 'MRN:'), tr.mrn(p, rng.choice(['plain', 'spaced', 'dashed']))))
    return sep.join(out)


# ------------------------------------------------------------------ 1. referral
def t_referral(ctx, rng, lang, key):
    tr = Track(lang)
    on = rng.random() < 0.35
    p = new_patient(rng, 'ON', lang) if on else ctx.qc_patient(rng, lang, 0.85)
    gp = rng.choice(EXTERNAL[2:5] if on else EXTERNAL[:2])
    dt = mdate(rng)
    cause = rng.choice(CAUSES)
    eg = egfr_series(rng, n=4)
    acr = num(rng.uniform(30, 260), lang)
    meds = picks(rng, CKD_MEDS, lang, 3)
    nm = tr.name(p, rng.choice(['title', 'last_first', 'full', 'last_first_mixed']))
    idb = ident(tr, p, lang, rng)
    tr.dx(''), tr.lab(''), tr.med('')
    quarters = ['T1', 'T2', 'T3', 'T4'] if lang == 'fr' else ['Q1', 'Q2', 'Q3', 'Q4']
    trend = ' → '.join('%d (%s)' % (v, q) for v, q in zip(eg, quarters))
    if lang == 'fr':
        details = ('Patient(e) : %s\n%s\n\nMotif : MRC évolutive, %s.\nDFGe (mL/min/1,73 m²) : %s — stade %s A3.\n'
                   'RAC %s mg/mmol. Kaliémie limite (5,4 au dernier bilan).\nMédication : %s.\n'
                   % (nm, idb, cause[0], trend, stage(eg[-1]), acr, '; '.join(meds)))
        ask = rng.choice(['Merci de la/le voir en priorité, la chute du DFG me semble rapide.',
                          'Pourriez-vous la/le convoquer à la clinique MRC? Discussion des modalités de suppléance à prévoir.',
                          'Je souhaiterais votre avis sur l\'ajout d\'un iSGLT2 et la préparation éventuelle à la dialyse.'])
        subj = rng.choice(['Référence néphrologie', 'Demande de consultation — MRC stade %s' % stage(eg[-1]),
                           'Réf. clinique MRC'])
    else:
        details = ('Patient: %s\n%s\n\nReason: progressive CKD, %s.\neGFR (mL/min/1.73m2): %s — stage %s A3.\n'
                   'ACR %s mg/mmol. Potassium borderline (5.4 last check).\nCurrent meds: %s.\n'
                   % (nm, idb, cause[1], trend, stage(eg[-1]), acr, '; '.join(meds)))
        ask = rng.choice(['Would appreciate an early appointment; the decline seems faster than expected.',
                          'Could you see them in the CKD clinic? Modality discussion will be needed soon.',
                          'Your opinion on adding an SGLT2 inhibitor and on dialysis planning would be welcome.'])
        subj = rng.choice(['Nephrology referral', 'Referral - CKD stage %s' % stage(eg[-1]), 'New referral for CKD clinic'])
    greet = L(lang, 'Bonjour,', rng.choice(['Hello,', 'Dear colleagues,']))
    atts = []
    if rng.random() < 0.45:
        pdfb = A.pdf(L(lang, 'Formulaire de référence — néphrologie', 'Referral form — nephrology'),
                     [l for l in details.split('\n')] + ['', ask, '', gp[0]])
        fn = L(lang, rng.choice(['reference_nephro_%s.pdf', 'référence_néphro_%s.pdf']) % dt.strftime('%Y%m%d'),
               'referral_nephrology_%s.pdf' % dt.strftime('%Y%m%d'))
        atts.append(A.att_pdf(fn, pdfb))
        body = '%s\n\n%s\n\n%s\n%s' % (greet, L(lang, 'Vous trouverez ci-joint une demande de consultation.',
                                                'Please find attached a consultation request.'), ask, gp[0])
    else:
        body = '%s\n\n%s\n%s\n\n%s\n%s' % (greet, details, ask, L(lang, 'Merci,', 'Thanks,'), gp[0])
    to = [GROUP['clinic']]
    return spec(key, 'referral', lang, L(lang, 'référence MRC par médecin de famille', 'GP referral for CKD'),
                gp, to, subj, body, dt, tr, atts=atts)


# ------------------------------------------------------------------ 2. tacrolimus
def t_tacrolimus(ctx, rng, lang, key):
    tr = Track(lang)
    p = new_patient(rng, 'QC' if rng.random() < 0.7 else 'ON', lang)
    dt = mdate(rng)
    kind = rng.choice(['low', 'high'])
    lvl = tac_level(rng, kind)
    drug = pick(rng, TX_MEDS, lang)
    dose = rng.choice([2, 3, 4, 5, 6, 7, 8])
    new = dose + (1 if kind == 'low' else -1)
    cr = rng.randrange(95, 190)
    ystx = rng.choice([2016, 2019, 2021, 2022, 2023, 2024])
    style = rng.choice(['initial_sur', 'given_mrn', 'title_sur', 'lower', 'sur_initial'])
    if style == 'given_mrn':
        who = '%s (%s %s)' % (tr.name(p, 'given'), L(lang, 'dossier', 'chart'), tr.mrn(p, rng.choice(['plain', 'digits'])))
    else:
        who = '%s, %s %s' % (tr.name(p, style), L(lang, 'dossier', 'MRN'), tr.mrn(p, rng.choice(['plain', 'spaced'])))
    tr.lab(''), tr.med(''), tr.dx('')
    s = staff('charette')
    md = rng.choice(['brisebois', 'vachon', 'okafor'])
    if lang == 'fr':
        subj = rng.choice(['FK %s' % ('bas' if kind == 'low' else 'élevé'), 'Taux de tacrolimus — ajustement?',
                           'Résultat FK %s' % dt.strftime('%d/%m')])
        body = ('%s,\n\nFK résiduel ce matin : %s µg/L (cible 5-8) pour %s, greffe rénale %d.\n'
                '%s actuellement %d mg DIE. Créat %d µmol/L, stable.\n'
                '%s\n\nJe propose de passer à %d mg DIE et contrôle FK + créat dans 7 jours. '
                'Tu confirmes? Je rappelle le patient cet après-midi.\n\n%s'
                % (staff(md)['name'].split()[0], num(lvl, 'fr'), who, ystx, drug, dose, cr,
                   rng.choice(['Pas de nouvelle interaction au dossier pharmacologique.',
                               'Vérifié : a commencé du diltiazem la semaine dernière (cardio).',
                               'Dit avoir oublié une dose lundi.',
                               'Diarrhée depuis 4 jours, probablement la cause.']),
                   new, signature('charette', 'fr', short=True)))
    else:
        subj = rng.choice(['Tac level %s' % ('low' if kind == 'low' else 'high'), 'Tacrolimus trough - dose change?',
                           'FK result %s' % dt.strftime('%b %d')])
        body = ('Hi %s,\n\nTrough tacrolimus this morning %s ug/L (target 5-8) for %s, transplanted %d.\n'
                'On %s %d mg once daily. Creat %d umol/L, stable.\n%s\n\n'
                'Suggest changing to %d mg daily with repeat level and creat in 7 days. OK with you? '
                'I will call the patient this afternoon.\n\n%s'
                % (staff(md)['name'].split()[0], num(lvl, 'en'), who, ystx, drug, dose, cr,
                   rng.choice(['No new interacting drugs on the med list.',
                               'Note: started diltiazem last week (cardiology).',
                               'Says a dose was missed on Monday.',
                               'Diarrhea x 4 days, probably explains it.']),
                   new, signature('charette', 'en', short=True)))
    return spec(key, 'tacrolimus', lang, L(lang, 'ajustement de dose de tacrolimus', 'tacrolimus dose adjustment'),
                (s['name'], s['addr']), [person(md)], subj, body, dt, tr)


# ------------------------------------------------------------------ 3. biopsy
def t_biopsy(ctx, rng, lang, key):
    tr = Track(lang)
    p = ctx.qc_patient(rng, lang, 0.7)
    dt = mdate(rng)
    bx = rng.choice(BANFF)
    glom = rng.randrange(9, 31)
    scl = rng.randrange(0, 5)
    nm = tr.name(p, rng.choice(['last_first', 'last_nocomma', 'last_first_mixed']))
    idb = ident(tr, p, lang, rng, sep='   ')
    tr.dx(''), tr.lab('')
    path = ('Dre Karine Ostiguy', 'kostiguy@chulaurentien.example')
    acc = 'RB-25-%05d' % rng.randrange(100, 99999)
    if lang == 'fr':
        report = ['Patient : %s   %s' % (nm, idb),
                  'No de pathologie : %s   Prélèvement : biopsie du greffon rénal (aiguille 16G, 2 carottes)' % acc,
                  '', '**Diagnostic',
                  bx[0], '',
                  '**Microscopie',
                  '%d glomérules dont %d globalement sclérosés. Tubulite focale, infiltrat interstitiel mononucléé '
                  'touchant environ %d %% du cortex non scléreux. Artères sans endartérite.' % (glom, scl, rng.randrange(10, 60)),
                  'Immunofluorescence : C4d %s.' % rng.choice(['négatif', 'positif diffus (C4d3)', 'focal (C4d1)']),
                  'Microscopie électronique : à suivre.']
        subj = rng.choice(['Biopsie greffon — rapport préliminaire', 'Résultat biopsie rénale %s' % acc,
                           'Bx greffon — dx préliminaire'])
    else:
        report = ['Patient: %s   %s' % (nm, idb),
                  'Pathology no.: %s   Specimen: renal allograft biopsy (16G needle, 2 cores)' % acc,
                  '', '**Diagnosis', bx[1], '', '**Microscopy',
                  '%d glomeruli, %d globally sclerosed. Focal tubulitis, mononuclear interstitial infiltrate '
                  'involving about %d%% of non-scarred cortex. No arteritis.' % (glom, scl, rng.randrange(10, 60)),
                  'Immunofluorescence: C4d %s.' % rng.choice(['negative', 'diffuse positive (C4d3)', 'focal (C4d1)']),
                  'Electron microscopy: to follow.']
        subj = rng.choice(['Allograft biopsy - preliminary report', 'Kidney biopsy result %s' % acc, 'Tx biopsy prelim dx'])
    md = rng.choice(['brisebois', 'vachon', 'okafor'])
    atts = []
    if rng.random() < 0.5:
        title = L(lang, 'Rapport de pathologie rénale — préliminaire', 'Renal pathology report — preliminary')
        clean = [l.lstrip('*') for l in report]
        if rng.random() < 0.5:
            data = A.docx(title, clean, when=dt)
            atts.append(A.att_docx('%s.docx' % acc, data))
        else:
            atts.append(A.att_pdf('%s.pdf' % acc, A.pdf(title, report)))
        body = L(lang, 'Bonjour,\n\nVoici le rapport préliminaire de la biopsie de greffon faite hier (pièce jointe). '
                       'Le rapport final suivra avec la ME. Je reste disponible pour en discuter.\n\nK. Ostiguy, pathologiste',
                 'Hello,\n\nAttached is the preliminary report for yesterday\'s allograft biopsy. Final report will '
                 'follow with EM. Happy to review the slides with you.\n\nK. Ostiguy, pathologist')
    else:
        body = L(lang, 'Bonjour,\n\nRapport préliminaire :\n\n', 'Hello,\n\nPreliminary report:\n\n') + \
            '\n'.join(l.lstrip('*') for l in report) + L(lang, '\n\nK. Ostiguy\nPathologie rénale, CHU Laurentien',
                                                        '\n\nK. Ostiguy\nRenal pathology, CHU Laurentien')
    return spec(key, 'biopsy', lang, L(lang, 'résultat de biopsie de greffon', 'allograft biopsy result'),
                path, [person(md)], subj, body, dt, tr, cc=[GROUP['tx']], atts=atts)


# ------------------------------------------------------------------ 4. census / sign-out
def t_census(ctx, rng, lang, key):
    tr = Track(lang)
    dt = mdate(rng)
    unit = rng.choice(['ward', 'hd'])
    n = rng.randrange(5, 9)
    rows = []
    used_probs, used_rooms = set(), set()
    for i in range(n):
        p = new_patient(rng, 'QC' if rng.random() < 0.75 else 'ON', lang)
        style = rng.choice(['last_first', 'sur_initial', 'last_first_mixed', 'last_nocomma'])
        nm = tr.name(p, style)
        if unit == 'ward':
            room = '%d%s' % (rng.randrange(401, 430), rng.choice('AB'))
            probs = L(lang, [
                ('J%d post-greffe, créat %d, FK %s' % (rng.randrange(1, 9), rng.randrange(140, 480), num(tac_level(rng), lang)), 'DL'),
                ('rejet aigu IA, bolus solumedrol #%d' % rng.randrange(1, 4), 'DM'),
                ('IRA sur MRC G4, K %s, diurèse à surveiller' % num(rng.uniform(5.5, 6.6), lang), 'DL'),
                ('pyélonéphrite du greffon, pip-tazo J%d' % rng.randrange(1, 6), 'DM'),
                ('surcharge, furosémide IV, DFGe %d' % rng.randrange(8, 20), 'DML'),
                ('hyponatrémie 124, restriction hydrique', 'DL'),
                ('CMV PCR %s log, valganciclovir' % num(rng.uniform(3, 5), lang), 'DML')],
                [('POD%d transplant, creat %d, tac %s' % (rng.randrange(1, 9), rng.randrange(140, 480), num(tac_level(rng), lang)), 'DL'),
                 ('acute rejection IA, methylpred pulse #%d' % rng.randrange(1, 4), 'DM'),
                 ('AKI on CKD G4, K %s, watch urine output' % num(rng.uniform(5.5, 6.6), lang), 'DL'),
                 ('graft pyelonephritis, pip-tazo day %d' % rng.randrange(1, 6), 'DM'),
                 ('volume overload, IV furosemide, eGFR %d' % rng.randrange(8, 20), 'DML'),
                 ('hyponatremia 124, fluid restriction', 'DL'),
                 ('CMV PCR %s log, valganciclovir' % num(rng.uniform(3, 5), lang), 'DML')])
        else:
            room = L(lang, 'Poste %d', 'Chair %d') % rng.randrange(1, 19)
            probs = L(lang, [
                ('cathéter jugulaire dysfonctionnel, alteplase à la dernière séance', 'DM'),
                ('fistule G immature, ponction 1 aiguille', 'D'),
                ('K pré %s, revoir bain' % num(rng.uniform(5.6, 6.8), lang), 'DL'),
                ('Hb %d, ↑ Aranesp' % rng.randrange(78, 95), 'DML'),
                ('hypotension per-dialyse, revoir poids sec (%s kg)' % num(rng.uniform(55, 98), lang), 'D'),
                ('fièvre en séance, hémocs x2 prélevées, vanco donnée', 'DM'),
                ('PTH %d, débuter cinacalcet' % rng.randrange(80, 140), 'DML')],
                [('dysfunctional IJ catheter, alteplase last run', 'DM'),
                 ('immature L AVF, single-needle', 'D'),
                 ('pre-K %s, review bath' % num(rng.uniform(5.6, 6.8), lang), 'DL'),
                 ('Hb %d, increase Aranesp' % rng.randrange(78, 95), 'DML'),
                 ('intradialytic hypotension, reassess dry weight (%s kg)' % num(rng.uniform(55, 98), lang), 'D'),
                 ('fever on run, blood cultures x2 drawn, vanco given', 'DM'),
                 ('PTH %d, start cinacalcet' % rng.randrange(80, 140), 'DML')])
        while room in used_rooms:
            room = room[:-1] + chr(ord(room[-1]) + 1) if unit == 'ward' else L(lang, 'Poste %d', 'Chair %d') % rng.randrange(1, 19)
        used_rooms.add(room)
        fresh = [x for x in probs if x[0].split(',')[0] not in used_probs] or probs
        prob, codes = rng.choice(fresh)
        used_probs.add(prob.split(',')[0])
        for c in codes:
            tr.t({'D': 'diagnosis', 'M': 'medication', 'L': 'lab_result'}[c])
        rows.append((room, nm, prob))
    md = rng.sample(['vachon', 'asante', 'raman', 'okafor', 'despres'], 2)
    head = L(lang, ['Chambre' if unit == 'ward' else 'Poste', 'Patient', 'Problème / plan'],
             ['Room' if unit == 'ward' else 'Chair', 'Patient', 'Issue / plan'])
    atts = []
    if rng.random() < 0.45:
        data = A.xlsx([(L(lang, 'Liste', 'List'), [head] + [list(r) for r in rows])], when=dt)
        fn = L(lang, 'liste_garde_nephro_%s.xlsx', 'nephro_signout_%s.xlsx') % dt.strftime('%Y-%m-%d')
        atts.append(A.att_xlsx(fn, data))
        table = ''
    else:
        table = '\n'.join(' | '.join(r) for r in [head] + rows)
    if lang == 'fr':
        subj = rng.choice(['Liste de garde — néphro %s' % dt.strftime('%d/%m'), 'Passation de garde',
                           'Sign-out néphro ce soir' if unit == 'ward' else 'Liste HD — soir'])
        body = ('Salut %s,\n\nVoici la liste pour la garde%s.\n\n%s\n\nRien d\'autre de particulier. Bonne nuit!\n%s'
                % (staff(md[1])['name'].split()[0], ' (voir fichier joint)' if atts else '', table,
                   staff(md[0])['name'].split()[0]))
    else:
        subj = rng.choice(['Nephro sign-out %s' % dt.strftime('%b %d'), 'Handover list', 'HD evening list'])
        body = ('Hi %s,\n\nHere is the sign-out%s.\n\n%s\n\nNothing else pending. Have a quiet night.\n%s'
                % (staff(md[1])['name'].split()[0], ' (spreadsheet attached)' if atts else '', table,
                   staff(md[0])['name'].split()[0]))
    return spec(key, 'census', lang, L(lang, 'liste de passation de garde', 'sign-out census list'),
                person(md[0]), [person(md[1])], subj, body.replace('\n\n\n\n', '\n\n'), dt, tr, atts=atts)


# ------------------------------------------------------------------ 5. transport
def t_transport(ctx, rng, lang, key):
    tr = Track(lang)
    on = lang == 'en' and rng.random() < 0.6
    p = new_patient(rng, 'ON' if on else 'QC', lang, age_range=(55, 90))
    dt = mdate(rng)
    appt = later(dt, rng, 3, 14, hour=rng.choice([6, 7, 11, 12]))
    nm = tr.name(p, rng.choice(['full', 'title', 'last_first_mixed']))
    ad = tr.addr(p)
    ph = tr.phone(p)
    tr.dx('')
    mob = rng.choice([L(lang, 'fauteuil roulant', 'wheelchair'), L(lang, 'marchette', 'walker'),
                      L(lang, 'autonome, accompagnateur', 'ambulatory with escort')])
    mwf = appt.weekday() in (0, 2, 4)
    if lang == 'fr':
        sched = 'lundi-mercredi-vendredi' if mwf else 'mardi-jeudi-samedi'
        subj = rng.choice(['Demande de transport adapté — hémodialyse', 'Transport — nouveau patient HD',
                           'Modification transport %s' % p.surname])
        body = ('Bonjour,\n\nNous demandons un transport adapté pour :\n\n'
                'Nom : %s\nAdresse : %s\nTéléphone : %s\nMobilité : %s\n\n'
                'Motif : hémodialyse en centre, %s, début le %s. Arrivée requise à %dh%02d, retour vers %dh.\n'
                'Le patient est dialysé par cathéter — éviter les longs délais d\'attente au retour (fatigue post-dialyse).\n\n'
                'Merci de confirmer par courriel.\n\n%s'
                % (nm, ad, ph, mob, sched, day_fr(appt.date()), appt.hour, appt.minute, appt.hour + 5,
                   signature('carriere', 'fr')))
        to = [(PARTNERS['transp'][0], partner_addr('transp', 'reservations'))]
    else:
        sched = 'Mon-Wed-Fri' if mwf else 'Tue-Thu-Sat'
        subj = rng.choice(['Transportation request - hemodialysis', 'New HD patient transport', 'Transport change - %s' % p.surname])
        body = ('Hello,\n\nPlease book transportation for:\n\nName: %s\nAddress: %s\nPhone: %s\nMobility: %s\n\n'
                'Reason: in-centre hemodialysis, %s, starting %s. Must arrive by %d:%02d, pick-up around %d:00.\n'
                'Patient is dialysing through a catheter; please avoid long waits on the return trip.\n\n'
                'Please confirm by e-mail.\n\n%s'
                % (nm, ad, ph, mob, sched, day_en(appt.date()), appt.hour, appt.minute, appt.hour + 5,
                   signature('carriere', 'en')))
        to = [('Eastern Counties Patient Transfer', 'dispatch@ecpt.example')]
    return spec(key, 'transport', lang, L(lang, 'demande de transport pour hémodialyse', 'transport booking for dialysis'),
                person('carriere'), to, subj, body, dt, tr)


# ------------------------------------------------------------------ 6. living donor work-up
def t_donor(ctx, rng, lang, key):
    tr = Track(lang)
    donor = ctx.qc_patient(rng, lang, 0.6, age_range=(28, 62))
    recip = new_patient(rng, 'QC', lang)
    dt = mdate(rng)
    d1 = later(dt, rng, 5, 12, hour=8)
    d2 = later(d1, rng, 2, 9, hour=13)
    nd = tr.name(donor, rng.choice(['full', 'title']))
    idb = ident(tr, donor, lang, rng, sep='\n')
    nr = tr.name(recip, rng.choice(['full', 'initial_sur']))
    rel = rng.choice(L(lang, ['sœur', 'frère', 'conjoint(e)', 'amie de longue date', 'cousin'],
                       ['sister', 'brother', 'spouse', 'long-time friend', 'cousin']))
    clcr = rng.randrange(88, 128)
    tr.lab(''), tr.dx('')
    hla = 'A2,A24; B44,B51; DR4,DR15'
    if lang == 'fr':
        subj = rng.choice(['Bilan donneur vivant — rendez-vous', 'Donneur vivant : prochaines étapes',
                           'Évaluation don vivant — horaire'])
        body = ('Bonjour,\n\nSuite à notre appel, voici les prochaines étapes du bilan de don vivant de rein.\n\n'
                'Candidat(e) donneur : %s\n%s\nReceveur visé : %s (%s)\n\n'
                'Résultats à date : clairance créat. mesurée %d mL/min, groupe O+, typage HLA %s, '
                'glycémie à jeun 5,1, TA ambulatoire normale.\n\n'
                '1) %s à %dh%02d — angio-TDM rénale (jeun 4 h)\n2) %s à %dh%02d — rencontre psychosociale et néphrologue\n\n'
                'Les invitations sont jointes. Vos frais de déplacement sont admissibles au programme de remboursement '
                '(formulaire à venir).\n\n%s'
                % (nd, idb, nr, rel, clcr, hla, day_fr(d1.date()), d1.hour, d1.minute, day_fr(d2.date()), d2.hour,
                   d2.minute, signature('orourke', 'fr')))
        s1, s2 = 'Don vivant — angio-TDM rénale', 'Don vivant — rencontre psychosociale'
    else:
        subj = rng.choice(['Living donor work-up - appointments', 'Living kidney donation: next steps',
                           'Donor evaluation schedule'])
        body = ('Hello,\n\nAs discussed by phone, here are the next steps of your living kidney donor evaluation.\n\n'
                'Donor candidate: %s\n%s\nIntended recipient: %s (%s)\n\n'
                'Results so far: measured creatinine clearance %d mL/min, blood group O+, HLA typing %s, '
                'fasting glucose 5.1, ambulatory BP normal.\n\n'
                '1) %s at %d:%02d - renal CT angiogram (fast 4 h)\n2) %s at %d:%02d - psychosocial and nephrology visit\n\n'
                'Calendar invitations attached. Travel costs are eligible for the reimbursement program (form to follow).\n\n%s'
                % (nd, idb, nr, rel, clcr, hla, day_en(d1.date()), d1.hour, d1.minute, day_en(d2.date()), d2.hour,
                   d2.minute, signature('orourke', 'en')))
        s1, s2 = 'Living donor - renal CT angiogram', 'Living donor - psychosocial visit'
    em = '%s.%s@courriel.example' % (donor.given.lower().replace('é', 'e').replace('è', 'e').replace(' ', ''),
                                     donor.surname.lower().replace('é', 'e').replace("'", '').replace(' ', ''))
    tr.t('patient_contact')
    tr._m(em)
    atts = []
    for i, (d, s) in enumerate([(d1, s1), (d2, s2)]):
        text = A.ics('%s-%d@%s' % (key, i, DOM), d, d + datetime.timedelta(hours=1), '%s (%s)' % (s, donor.full),
                     location=L(lang, 'Pavillon C, 3e étage, CH des Deux-Rives', 'Pavilion C, 3rd floor, Deux-Rives Hospital'),
                     organizer=person('orourke'), attendees=[(donor.full, em)], stamp=dt)
        atts.append(A.att_text('invite%d.ics' % (i + 1), 'text/calendar', text, charset='utf-8', params='; method=REQUEST'))
    return spec(key, 'donor', lang, L(lang, 'bilan de donneur vivant avec rendez-vous', 'living donor work-up schedule'),
                person('orourke'), [(donor.full, em)], subj, body, dt, tr, atts=atts)


# ------------------------------------------------------------------ 7. pharmacy
def t_pharmacy(ctx, rng, lang, key):
    tr = Track(lang)
    on = lang == 'en' and rng.random() < 0.5
    p = new_patient(rng, 'ON', lang) if on else ctx.qc_patient(rng, lang, 0.8)
    dt = mdate(rng)
    nm = tr.name(p, rng.choice(['last_first', 'full', 'upper']))
    idb = ident(tr, p, lang, rng, sep='\n')
    ad = tr.addr(p)
    tr.med(''), tr.dx('')
    drug = pick(rng, TX_MEDS, lang)
    d = rng.choice([1, 2, 3, 4])
    lines = ['%s %d mg %s' % (drug, d, L(lang, 'DIE le matin', 'once daily AM')),
             pick(rng, ANTIPROLIF, lang), 'prednisone 5 mg ' + L(lang, 'DIE', 'daily'),
             pick(rng, PROPHYLAXIS, lang), pick(rng, CKD_MEDS, lang)]
    md = rng.choice(['brisebois', 'vachon', 'okafor'])
    phar = PARTNERS['pharm2'] if on else PARTNERS['pharm1']
    if lang == 'fr':
        subj = rng.choice(['Ordonnance — greffé rénal', 'Rx modifiée — immunosuppresseurs', 'Nouvelle ordonnance'])
        body = ('Bonjour,\n\nVeuillez trouver l\'ordonnance modifiée pour :\n\n%s\n%s\nAdresse : %s\n\n'
                'Greffe rénale le %s. Changements : %s.\n\nRx :\n%s\n\nRenouvellement : 3 mois. Ne pas substituer le tacrolimus '
                '(marque spécifiée).\n\n%s\nLicence CMQ %d'
                % (nm, idb, ad, date_fr(datetime.date(rng.randrange(2015, 2025), rng.randrange(1, 13), rng.randrange(1, 28))),
                   rng.choice(['dose de tacrolimus ajustée', 'ajout de valganciclovir', 'cessation du Septra', 'dose de prednisone réduite']),
                   '\n'.join('- ' + x for x in lines), dr(md, 'fr'), rng.randrange(10000, 99999)))
    else:
        subj = rng.choice(['Prescription - kidney transplant recipient', 'Updated Rx - immunosuppression', 'New prescription'])
        body = ('Hello,\n\nUpdated prescription for:\n\n%s\n%s\nAddress: %s\n\nKidney transplant on %s. Change: %s.\n\n'
                'Rx:\n%s\n\nRefills: 3 months. No substitution on tacrolimus (brand specified).\n\n%s\nCPSO/CMQ %d'
                % (nm, idb, ad, date_en(datetime.date(rng.randrange(2015, 2025), rng.randrange(1, 13), rng.randrange(1, 28))),
                   rng.choice(['tacrolimus dose adjusted', 'valganciclovir added', 'Septra stopped', 'prednisone tapered']),
                   '\n'.join('- ' + x for x in lines), dr(md, 'en'), rng.randrange(10000, 99999)))
    atts = []
    if rng.random() < 0.4:
        atts.append(A.att_pdf(L(lang, 'ordonnance.pdf', 'prescription.pdf'),
                              A.pdf(L(lang, 'Ordonnance', 'Prescription'), body.split('\n'))))
        body = L(lang, 'Bonjour,\n\nOrdonnance en pièce jointe. Merci de confirmer la réception.\n\n',
                 'Hello,\n\nPrescription attached. Please confirm receipt.\n\n') + signature('benali', lang)
        frm = person('benali')
    else:
        frm = person(md)
    return spec(key, 'pharmacy', lang, L(lang, 'ordonnance à la pharmacie communautaire', 'prescription to community pharmacy'),
                frm, [(phar[0], 'rx@' + phar[1])], subj, body, dt, tr, atts=atts)


# ------------------------------------------------------------------ 8. insurer form
def t_insurer(ctx, rng, lang, key):
    tr = Track(lang)
    p = ctx.qc_patient(rng, lang, 0.6, age_range=(30, 63)) if rng.random() < 0.6 else new_patient(rng, 'ON', lang, age_range=(30, 63))
    p.sin = make_sin(rng)
    dt = mdate(rng)
    pol = 'GR-%06d-%02d' % (rng.randrange(100000, 999999), rng.randrange(1, 99))
    nm = tr.name(p, rng.choice(['full', 'last_first']))
    dob = tr.dob(p, rng.choice(['iso', 'dmy', 'long_en' if lang == 'en' else 'long_fr']))
    sin = tr.sin(p, rng.choice(['spaced', 'hyphen', 'plain', 'dotted', 'slashed']))
    extra = []
    if p.nam:
        extra = ['NAM : %s' % tr.nam(p, 'spaced'), tr.sex(p, 'fr' if lang == 'fr' else 'en')]
    elif p.ohip:
        extra = ['%s : %s' % (L(lang, 'Carte Santé', 'Health card'), tr.ohip(p, 'spaced'))]
    start = datetime.date(2025, rng.randrange(1, dt.month + 1 if dt.month > 1 else 2), rng.randrange(1, 28))
    tr.dx('')
    cause = rng.choice(CAUSES)
    if lang == 'fr':
        lines = ['Déclaration du médecin traitant — invalidité de courte durée', '',
                 'Assuré(e) : %s' % nm, 'Date de naissance : %s' % dob, 'NAS : %s' % sin] + extra + [
                 'No de police / certificat : %s' % pol, '',
                 'Diagnostic principal : insuffisance rénale chronique terminale (stade 5) secondaire à %s.' % cause[0],
                 'Traitement : hémodialyse en centre 3 x 4 h / semaine depuis le %s.' % date_fr(start),
                 'Limitations : fatigue post-dialyse importante, incapable d\'occuper son poste à temps plein.',
                 'Retour au travail prévu : à réévaluer dans 3 mois (progressif).', '',
                 'Médecin : %s, néphrologue' % dr('asante', 'fr')]
        subj = rng.choice(['Formulaire invalidité — police %s' % pol, 'Déclaration du médecin — réclamation', 'Formulaire assurance complété'])
        body = ('Bonjour,\n\nVous trouverez ci-joint la déclaration du médecin traitant dûment remplie pour la réclamation '
                'en rubrique. L\'original signé suit par la poste.\n\n%s' % signature('carriere', 'fr'))
        fn = rng.choice(['declaration_medecin_%s.pdf', 'déclaration_médecin_%s.pdf']) % pol
    else:
        lines = ['Attending Physician Statement - Short-term disability', '',
                 'Plan member: %s' % nm, 'Date of birth: %s' % dob, 'SIN: %s' % sin] + extra + [
                 'Policy / certificate: %s' % pol, '',
                 'Primary diagnosis: end-stage kidney disease (CKD stage 5) due to %s.' % cause[1],
                 'Treatment: in-centre hemodialysis 3 x 4 h / week since %s.' % date_en(start),
                 'Restrictions: marked post-dialysis fatigue, unable to work full-time.',
                 'Expected return to work: reassess in 3 months (graduated).', '',
                 'Physician: %s, nephrologist' % dr('asante', 'en')]
        subj = rng.choice(['APS - policy %s' % pol, 'Attending physician statement', 'Completed disability form'])
        body = ('Hello,\n\nPlease find attached the completed Attending Physician Statement for the above claim. '
                'The signed original follows by mail.\n\n%s' % signature('carriere', 'en'))
        fn = 'APS_%s.pdf' % pol
    ins = PARTNERS['insur'] if lang == 'fr' else PARTNERS['insur2']
    return spec(key, 'insurer', lang, L(lang, 'formulaire d\'invalidité à l\'assureur', 'disability form to insurer'),
                person('carriere'), [(ins[0] + ' — réclamations', 'reclamations@' + ins[1])], subj, body, dt, tr,
                atts=[A.att_pdf(fn, A.pdf(lines[0], lines[2:]))])


# ------------------------------------------------------------------ 9. income support / social
def t_income(ctx, rng, lang, key):
    tr = Track(lang)
    on = lang == 'en'
    p = new_patient(rng, 'ON', lang, age_range=(26, 64)) if on else ctx.qc_patient(rng, lang, 0.6, age_range=(26, 64))
    p.sin = make_sin(rng)
    dt = mdate(rng)
    nm = tr.name(p, rng.choice(['full', 'title', 'last_first_mixed']))
    dob = tr.dob(p, rng.choice(['iso', 'dmy']))
    sin = tr.sin(p, rng.choice(['spaced', 'plain', 'hyphen']))
    ad = tr.addr(p)
    tr.soc(''), tr.dx('')
    nam = ''
    if p.nam:
        nam = '\nNAM : %s (%s)' % (tr.nam(p, 'plain'), tr.sex(p, 'fr2'))
    if lang == 'fr':
        situ = rng.choice(['vit seul(e), a perdu son emploi de camionneur en raison des traitements; loyer impayé depuis 2 mois',
                           'séparation récente, hébergé(e) temporairement chez sa sœur, sans revenu depuis la fin des prestations d\'AE',
                           'monoparental(e), deux enfants, prestations d\'assurance-emploi maladie terminées'])
        subj = rng.choice(['Demande — contraintes sévères à l\'emploi', 'Soutien au revenu — rapport médical', 'Aide financière de dernier recours'])
        body = ('Bonjour,\n\nJe soutiens la demande de prestations pour contraintes sévères à l\'emploi de :\n\n'
                '%s, %s %s\nNAS : %s%s\nAdresse : %s\n\nSituation : %s.\n'
                'Condition médicale : IRC stade 5 en hémodialyse (3 séances/semaine) en attente de greffe; '
                'l\'état est permanent au sens du programme.\n\n'
                'Le rapport médical (SR-2100) signé par %s est joint par télécopieur. Merci de me joindre pour tout complément.\n\n%s'
                % (nm, ne(p, 'fr'), dob, sin, nam, ad, situ, dr('raman', 'fr'), signature('theriault', 'fr')))
        to = [('Centre local d\'emploi — Gatineau', 'cle.gatineau@solidarite.example')]
    else:
        situ = rng.choice(['lives alone, lost job as a truck driver because of treatment schedule; two months rent arrears',
                           'recent separation, staying at a sister\'s place, no income since EI sickness benefits ended',
                           'single parent of two, EI sickness benefits exhausted'])
        subj = rng.choice(['ODSP application - supporting letter', 'Income support - medical information', 'Ontario Works - urgent'])
        body = ('Hello,\n\nI am supporting the disability support application of:\n\n%s, born %s\nSIN: %s\nAddress: %s\n\n'
                'Situation: %s.\nMedical: CKD stage 5 on in-centre hemodialysis 3x/week, on the transplant wait list; '
                'impairment expected to last more than one year.\n\nThe Health Status Report signed by %s will be faxed. '
                'Please contact me with any question.\n\n%s'
                % (nm, dob, sin, ad, situ, dr('raman', 'en'), signature('theriault', 'en')))
        to = [('ODSP Intake - Eastern Region', 'intake.east@odsp.example')]
    return spec(key, 'income_support', lang, L(lang, 'soutien au revenu par la travailleuse sociale', 'income support request by social worker'),
                person('theriault'), to, subj, body, dt, tr)


# ------------------------------------------------------------------ 10. lab alert
def t_lab_alert(ctx, rng, lang, key):
    tr = Track(lang)
    p = new_patient(rng, 'QC' if lang == 'fr' else rng.choice(['QC', 'ON']), lang)
    dt = mdate(rng)
    items, v = lab_panel(rng, lang, tx=rng.random() < 0.5)
    k = num(rng.uniform(6.1, 7.0), lang)
    items = [x for x in items if x[0] != 'K']
    style = rng.choice(['lower', 'given', 'initial_sur', 'title_sur', 'full'])
    nm = tr.name(p, style)
    mr = ''
    if style in ('given', 'lower') or rng.random() < 0.4:
        mr = ' (%s)' % tr.mrn(p, rng.choice(['plain', 'digits', 'spaced']))
    tr.lab('')
    act = rng.choice(L(lang, ['appelé(e), dirigé(e) à l\'urgence', 'laissé message, je rappelle à 15h',
                              'Lokelma débuté, contrôle demain'],
                       ['called, sent to ER', 'left a message, will try again at 3', 'Lokelma started, repeat tomorrow']))
    if 'Lokelma' in act:
        tr.med('')
    if lang == 'fr':
        subj = rng.choice(['K critique', 'valeur critique labo', 'URGENT - K %s' % k, 'appel labo'])
        body = ('%s\n\nlabo vient d\'appeler : %s%s K %s (hémolyse non)\n%s\n%s\n\n%s'
                % (rng.choice(['Dr', 'Bonjour', 'Allo']), nm, mr, k, panel_text(items), act,
                   staff(rng.choice(['lafreniere', 'houle', 'nguyen']))['name'].split()[0]))
    else:
        subj = rng.choice(['critical K', 'Critical lab value', 'URGENT - K %s' % k, 'call from lab'])
        body = ('%s\n\nlab just called: %s%s K %s (not hemolyzed)\n%s\n%s\n\n%s'
                % (rng.choice(['Hi', 'FYI', 'Dr']), nm, mr, k, panel_text(items), act,
                   staff(rng.choice(['lafreniere', 'houle', 'nguyen']))['name'].split()[0]))
    md = rng.choice(['vachon', 'asante', 'raman', 'okafor'])
    frm = person(rng.choice(['lafreniere', 'houle', 'nguyen']))
    return spec(key, 'lab_alert', lang, L(lang, 'valeur critique de laboratoire', 'critical lab value note'),
                frm, [person(md)], subj, body, dt, tr, headers=['Importance: High'] if rng.random() < 0.5 else [])


TEMPLATES = [
    (t_referral, 4), (t_tacrolimus, 4), (t_biopsy, 4), (t_census, 4), (t_transport, 3), (t_donor, 4),
    (t_pharmacy, 4), (t_insurer, 3), (t_income, 3), (t_lab_alert, 4),
]
