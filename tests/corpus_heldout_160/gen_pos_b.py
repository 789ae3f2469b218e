"""Positive templates, part B: discharge summaries, pre-dialysis lists, family forwards, replies,
names only in Subject or file name, Ontario consult letters, Belgian / French patients, social work."""
import datetime

from gen_common import (new_patient, make_niss, make_nir, Person, fill_contact, make_mrn, date_fr, date_en,
                        day_fr, day_en, PARTNERS, DOM, signature, dr, staff, CLINIC_TEL, age_on, fmt_date)
from gen_clinical import (CAUSES, CKD_MEDS, TX_MEDS, ANTIPROLIF, PROPHYLAXIS, BANFF, SYMPTOMS, pick, picks, num,
                          egfr_series, stage, creat_for, tac_level, lab_panel, panel_text)
from gen_track import Track
from gen_util import mdate, later, person, partner_addr, ext, spec, L, GROUP, quote, reply_header, fwd_block
from gen_pos_a import ident, ne
import gen_attach as A
import gen_mime


def _mail_of(p):
    base = (p.given[0] + p.surname).lower()
    for a, b in (('é', 'e'), ('è', 'e'), ('ê', 'e'), ('ô', 'o'), ("'", ''), (' ', ''), ('-', ''), ('ç', 'c')):
        base = base.replace(a, b)
    return base + '%d@courriel.example' % (p.dob.year % 100)


# ------------------------------------------------------------------ 11. discharge summary
def t_discharge(ctx, rng, lang, key):
    tr = Track(lang)
    p = ctx.qc_patient(rng, lang, 0.7)
    dt = mdate(rng)
    adm = (dt - datetime.timedelta(days=rng.randrange(6, 14))).date()
    nm = tr.name(p, rng.choice(['last_first', 'full', 'upper']))
    idb = ident(tr, p, lang, rng, sep='   ')
    mrn = tr.mrn(p, 'plain')
    cause = rng.choice(CAUSES)
    don = rng.choice(L(lang, ['donneur décédé, DDN', 'donneur vivant apparenté', 'donneur décédé après arrêt circulatoire'],
                       ['deceased donor, NDD', 'living related donor', 'donor after circulatory death']))
    cr = rng.randrange(105, 180)
    tac = num(tac_level(rng), lang)
    tr.dx(''), tr.med(''), tr.lab('')
    meds = ['%s %d mg BID' % (pick(rng, TX_MEDS[1:2], lang), rng.choice([3, 4, 5])), pick(rng, ANTIPROLIF, lang),
            'prednisone 20 mg ' + L(lang, 'DIE (sevrage selon protocole)', 'daily (taper per protocol)'),
            pick(rng, PROPHYLAXIS, lang), pick(rng, PROPHYLAXIS, lang), pick(rng, CKD_MEDS, lang)]
    meds = list(dict.fromkeys(meds))
    if lang == 'fr':
        paras = ['Patient : %s   Dossier : %s' % (nm, mrn), idb,
                 'Admission : %s   Congé : %s' % (date_fr(adm), date_fr(dt.date())),
                 '## Diagnostics',
                 '1. Greffe rénale (%s) le %s — IRC terminale sur %s.' % (don, date_fr(adm + datetime.timedelta(days=1)), cause[0]),
                 '2. Reprise retardée de fonction du greffon, 1 séance d\'hémodialyse post-op.',
                 '3. Diabète post-greffe à surveiller (glycémies 9-12).',
                 '## Évolution',
                 'Créatinine au congé %d µmol/L, FK %s µg/L. Sonde urinaire retirée J5. Stent urétéral en place — retrait prévu à 4-6 semaines.' % (cr, tac),
                 '## Médication au congé'] + ['- ' + m for m in meds] + [
                 '## Suivi',
                 'Clinique de greffe 2 x / semaine pendant 4 semaines, prises de sang lundi et jeudi. '
                 'Cytoscopie pour retrait du stent à céduler en urologie.',
                 'Rédigé par %s, pour %s' % (staff('despres')['name'], dr('brisebois', 'fr'))]
        title = 'Résumé de séjour — néphrologie / greffe'
        subj = rng.choice(['Résumé de congé', 'Sommaire d\'hospitalisation — greffe', 'RC à réviser SVP'])
        body = ('Bonjour,\n\nCi-joint le résumé de congé pour révision et signature. Le patient quitte aujourd\'hui; '
                'premier rendez-vous à la clinique de greffe dans 3 jours.\n\n%s' % signature('despres', 'fr', short=True))
    else:
        paras = ['Patient: %s   MRN: %s' % (nm, mrn), idb,
                 'Admitted: %s   Discharged: %s' % (date_en(adm), date_en(dt.date())),
                 '## Diagnoses',
                 '1. Kidney transplant (%s) on %s — ESKD due to %s.' % (don, date_en(adm + datetime.timedelta(days=1)), cause[1]),
                 '2. Delayed graft function, 1 post-op hemodialysis session.',
                 '3. Post-transplant hyperglycemia, to monitor (glucose 9-12).',
                 '## Course',
                 'Creatinine at discharge %d umol/L, tacrolimus %s ug/L. Foley removed POD5. Ureteric stent in place, removal at 4-6 weeks.' % (cr, tac),
                 '## Discharge medications'] + ['- ' + m for m in meds] + [
                 '## Follow-up',
                 'Transplant clinic twice weekly for 4 weeks, bloodwork Mondays and Thursdays. Cystoscopy for stent removal to be booked.',
                 'Prepared by %s for %s' % (staff('despres')['name'], dr('brisebois', 'en'))]
        title = 'Discharge summary — nephrology / transplant'
        subj = rng.choice(['Discharge summary', 'D/C summary for review', 'Transplant discharge summary'])
        body = ('Hi,\n\nAttached is the discharge summary for review and signature. Patient goes home today; first transplant '
                'clinic visit in 3 days.\n\n%s' % signature('despres', 'en', short=True))
    fn_base = L(lang, rng.choice(['resume_conge_%s', 'résumé_de_congé_%s', 'Résumé congé %s']), 'discharge_summary_%s') % dt.strftime('%Y%m%d')
    if rng.random() < 0.55:
        att = A.att_docx(fn_base + '.docx', A.docx(title, paras, when=dt))
    else:
        att = A.att_pdf(fn_base + '.pdf', A.pdf(title, [x.replace('## ', '**') for x in paras]))
    return spec(key, 'discharge', lang, L(lang, 'résumé de congé post-greffe', 'post-transplant discharge summary'),
                person('despres'), [person('brisebois')], subj, body, dt, tr, cc=[GROUP['tx']], atts=[att])


# ------------------------------------------------------------------ 12. pre-dialysis class list
def t_predialysis(ctx, rng, lang, key):
    tr = Track(lang)
    dt = mdate(rng)
    cls = later(dt, rng, 7, 20, hour=13)
    n = rng.randrange(5, 10)
    rows = []
    for _ in range(n):
        p = new_patient(rng, rng.choice(['QC', 'QC', 'ON']), lang, age_range=(40, 85))
        eg = rng.randrange(9, 20)
        mod = rng.choice(L(lang, ['DP envisagée', 'HD en centre', 'indécis', 'greffe préemptive?', 'traitement conservateur'],
                           ['PD considered', 'in-centre HD', 'undecided', 'pre-emptive transplant?', 'conservative care']))
        rows.append([p.surname.upper() if rng.random() < 0.5 else p.surname, p.given, str(eg), mod, p.phone,
                     rng.choice(['', L(lang, 'vient avec conjoint(e)', 'with spouse'), L(lang, 'interprète', 'interpreter')])])
        tr.t('patient_name')
        tr._m(rows[-1][0])
        tr._m(p.given)
        tr._m(p.phone)
    tr.t('patient_contact', 'lab_result', 'diagnosis')
    head = L(lang, ['Nom', 'Prénom', 'DFGe', 'Modalité envisagée', 'Téléphone', 'Note'],
             ['Last name', 'First name', 'eGFR', 'Modality leaning', 'Phone', 'Note'])
    atts = []
    if rng.random() < 0.6:
        text = A.csv_text([head] + rows, sep=';' if lang == 'fr' else ',')
        atts.append(A.att_text(L(lang, 'inscriptions_cours_predialyse.csv', 'predialysis_class_registrations.csv'), 'text/csv',
                               text, charset=rng.choice(['windows-1252', 'utf-8', 'iso-8859-1'])))
        table = ''
    else:
        table = '\n'.join(' | '.join(r) for r in [head] + rows) + '\n\n'
    if lang == 'fr':
        subj = 'Cours prédialyse du %s — inscriptions' % day_fr(cls.date())
        body = ('Bonjour Jenna,\n\nVoici les patients inscrits au cours de prédialyse du %s à 13h (salle C-310). %s\n\n%s'
                'Pourrais-tu prévoir la portion nutrition (potassium/phosphore)? Merci!\n\n%s'
                % (day_fr(cls.date()), 'Liste en pièce jointe.' if atts else '', table, signature('lafreniere', 'fr', short=True)))
    else:
        subj = 'Pre-dialysis class %s - registrations' % day_en(cls.date())
        body = ('Hi Jenna,\n\nHere are the patients registered for the pre-dialysis class on %s at 1 pm (room C-310). %s\n\n%s'
                'Could you cover the nutrition part (potassium/phosphorus)? Thanks!\n\n%s'
                % (day_en(cls.date()), 'List attached.' if atts else '', table, signature('lafreniere', 'en', short=True)))
    return spec(key, 'predialysis', lang, L(lang, 'liste d\'inscription au cours prédialyse', 'pre-dialysis class registrations'),
                person('lafreniere'), [person('mcallister')], subj, body, dt, tr, cc=[GROUP['predial']], atts=atts)


# ------------------------------------------------------------------ 13. family forward
def t_fwd_family(ctx, rng, lang, key):
    tr = Track(lang)
    p = new_patient(rng, 'QC' if lang == 'fr' else rng.choice(['QC', 'ON']), lang, age_range=(60, 90))
    fam_given = rng.choice(['Julie', 'Marc-André', 'Stéphanie', 'Dave', 'Kathleen', 'Nadia'])
    fam = ('%s %s' % (fam_given, p.surname), '%s.%s@courriel.example' % (fam_given.lower().replace('é', 'e').replace('-', ''),
                                                                          p.surname.lower().replace('é', 'e').replace("'", '').replace('è', 'e').replace('ô', 'o').replace('-', '')))
    dt = mdate(rng)
    orig = dt - datetime.timedelta(hours=rng.randrange(3, 40))
    rel = rng.choice(L(lang, ['ma mère', 'mon père'], ['my mother', 'my father']))
    if p.sex == 'M':
        rel = L(lang, 'mon père', 'my father')
    else:
        rel = L(lang, 'ma mère', 'my mother')
    nm = tr.name(p, rng.choice(['full', 'title']))
    dob = tr.dob(p, rng.choice(['dmy', 'iso', 'long_fr' if lang == 'fr' else 'long_en']))
    sym = rng.choice(SYMPTOMS[:6])
    tr.dx(''), tr.med('')
    cr = rng.randrange(250, 520)
    if lang == 'fr':
        inner = ('Bonjour,\n\nJe vous écris au sujet de %s, %s (%s %s). Depuis la dernière visite, %s a : %s. '
                 'Sa créatinine était à %d la semaine passée d\'après le portail. Elle/il prend toujours le furosémide 80 mg et '
                 'l\'Aranesp, mais refuse d\'entendre parler de dialyse. Est-ce qu\'on devrait devancer le rendez-vous?\n\n'
                 'Merci,\n%s' % (rel, nm, ne(p, 'fr'), dob, rel.split()[1] == 'mère' and 'elle' or 'il', sym[0], cr, fam[0]))
        subj0 = 'Question pour l\'équipe de néphrologie'
        top = rng.choice(['Maude, peux-tu rappeler la famille? Je pense qu\'il faut la/le voir cette semaine.',
                          'Pour info — à discuter à la réunion de jeudi. Peux-tu ouvrir une note au dossier?'])
    else:
        inner = ('Hello,\n\nI am writing about %s, %s (born %s). Since the last visit %s has had %s. '
                 'Creatinine was %d last week according to the portal. Still on furosemide 80 mg and Aranesp but refuses to '
                 'talk about dialysis. Should the appointment be moved up?\n\nThank you,\n%s'
                 % (rel, nm, dob, 'she' if p.sex == 'F' else 'he', sym[1], cr, fam[0]))
        subj0 = 'Question for the kidney team'
        top = rng.choice(['Maude, could you call the family back? I think we need to see them this week.',
                          'FYI - for Thursday\'s meeting. Could you open a note in the chart?'])
    tr.lab('')
    md = rng.choice(['vachon', 'raman', 'asante'])
    body = top + '\n\n' + staff(md)['name'].split()[0] + '\n\n' + fwd_block(lang, fam, GROUP['clinic'][1], orig, subj0, inner)
    return spec(key, 'fwd_family', lang, L(lang, 'courriel de la famille transféré', 'forwarded family e-mail'),
                person(md), [person('lafreniere')], ('TR: ' if lang == 'fr' else 'Fwd: ') + subj0, body, dt, tr)


# ------------------------------------------------------------------ 14. reply with quoted text
def t_reply(ctx, rng, lang, key):
    tr = Track(lang)
    p = ctx.qc_patient(rng, lang, 0.65) if rng.random() < 0.7 else new_patient(rng, 'ON', lang)
    dt = mdate(rng)
    orig_dt = dt - datetime.timedelta(hours=rng.randrange(2, 30))
    nm = tr.name(p, rng.choice(['last_first_mixed', 'title', 'full', 'lower_last_first']))
    idb = ident(tr, p, lang, rng, dob=rng.random() < 0.6, sep=', ')
    items, v = lab_panel(rng, lang, tx=True)
    tr.lab(''), tr.dx('')
    a, b = rng.sample(['charette', 'brisebois', 'okafor', 'vachon', 'benali'], 2)
    if lang == 'fr':
        orig = (('Bonjour,\n\n%s (%s) — ' + ('greffée' if p.sex == 'F' else 'greffé') + ' en %d, suivi à 3 mois aujourd\'hui.\n%s\n'
                'Protéinurie nouvelle (RPC %s g/g). Est-ce qu\'on fait des DSA et on planifie une biopsie?\n\n%s')
                % (nm, idb, rng.randrange(2018, 2025), panel_text(items), num(rng.uniform(0.6, 2.5), 'fr'),
                   staff(a)['name']))
        rep = rng.choice(['Oui aux DSA. Biopsie si DSA + ou si RPC > 1 au contrôle. Je m\'en occupe.',
                          'OK pour DSA, on en reparle mardi. Pas de biopsie pour l\'instant.',
                          'Parfait, je signe la requête. Merci!'])
        subj = 'RE: suivi 3 mois — protéinurie'
    else:
        orig = ('Hello,\n\n%s (%s) - transplanted %d, 3-month follow-up today.\n%s\n'
                'New proteinuria (UPCR %s g/g). Should we send DSA and plan a biopsy?\n\n%s'
                % (nm, idb, rng.randrange(2018, 2025), panel_text(items), num(rng.uniform(0.6, 2.5), 'en'),
                   staff(a)['name']))
        rep = rng.choice(['Yes to DSA. Biopsy if DSA positive or UPCR > 1 on repeat. I will handle it.',
                          'OK for DSA, let\'s discuss Tuesday. No biopsy for now.', 'Fine, I will sign the requisition. Thanks!'])
        subj = 'RE: 3-month follow-up - proteinuria'
    body = '%s\n\n%s\n\n%s\n%s' % (rep, staff(b)['name'].split()[0], reply_header(lang, orig_dt, staff(a)['name']), quote(orig))
    return spec(key, 'reply', lang, L(lang, 'réponse avec texte cité sur un suivi de greffe', 'reply quoting transplant follow-up'),
                person(b), [person(a)], subj, body, dt, tr, in_reply_to='<%s@%s>' % (key.upper() + 'ORIG', DOM))


# ------------------------------------------------------------------ 15. name only in the Subject
def t_subject_only(ctx, rng, lang, key):
    tr = Track(lang)
    p = new_patient(rng, 'QC' if lang == 'fr' else rng.choice(['QC', 'ON']), lang)
    dt = mdate(rng)
    nm = tr.name(p, rng.choice(['last_first', 'sur_initial', 'full', 'last_nocomma']))
    items, v = lab_panel(rng, lang, tx=rng.random() < 0.5)
    tr.lab('')
    if lang == 'fr':
        subj = rng.choice(['%s — résultats', 'Bilan %s', 'RE: %s labos de ce matin']) % nm
        body = ('Résultats de ce matin :\n%s\n\n%s\n\n%s'
                % (panel_text(items, '\n'), rng.choice(['La créat a encore monté, on devance le RV?',
                                                         'Stable, rien à changer.', 'Potassium élevé — je rappelle.']),
                   staff('lafreniere')['name'].split()[0]))
    else:
        subj = rng.choice(['%s - results', 'Labs %s', 'RE: %s bloodwork this am']) % nm
        body = ('This morning\'s results:\n%s\n\n%s\n\n%s'
                % (panel_text(items, '\n'), rng.choice(['Creat up again, should we move the appointment up?',
                                                         'Stable, nothing to change.', 'K high - will call.']),
                   staff('lafreniere')['name'].split()[0]))
    md = rng.choice(['vachon', 'asante', 'raman'])
    return spec(key, 'subject_only', lang, L(lang, 'nom au sujet seulement, résultats au corps', 'name only in Subject, labs in body'),
                person('lafreniere'), [person(md)], subj, body, dt, tr)


# ------------------------------------------------------------------ 16. name only in attachment file name
def t_filename_only(ctx, rng, lang, key):
    tr = Track(lang)
    p = new_patient(rng, 'QC' if lang == 'fr' else rng.choice(['QC', 'ON']), lang)
    dt = mdate(rng)
    nm_file = '%s_%s' % (p.surname.upper().replace(' ', '-'), p.given)
    tr.t('patient_name')
    tr._m(nm_file)
    bx = rng.choice(BANFF)
    tr.dx('')
    kind = rng.choice(['pdf', 'docx'])
    if lang == 'fr':
        fn = rng.choice(['Biopsie_%s_%s', 'Rapport_bx_%s_%s']) % (nm_file, dt.strftime('%Y-%m-%d'))
        body = ('Bonjour,\n\nComme discuté, le rapport est en pièce jointe. En bref : %s. '
                'On ajuste l\'immunosuppression et on refait une créat dans 48 h.\n\n%s'
                % (bx[0], signature('brisebois', 'fr', short=True)))
        subj = 'Rapport de biopsie'
        doc_lines = ['Rapport de biopsie de greffon', 'Conclusion : ' + bx[0], 'Voir commentaire du néphrologue traitant.']
    else:
        fn = rng.choice(['Biopsy_%s_%s', 'Bx_report_%s_%s']) % (nm_file, dt.strftime('%Y-%m-%d'))
        body = ('Hi,\n\nAs discussed, report attached. In short: %s. We are adjusting immunosuppression and repeating '
                'creatinine in 48 h.\n\n%s' % (bx[1], signature('brisebois', 'en', short=True)))
        subj = 'Biopsy report'
        doc_lines = ['Allograft biopsy report', 'Conclusion: ' + bx[1], 'See the treating nephrologist\'s comment.']
    if kind == 'pdf':
        att = A.att_pdf(fn + '.pdf', A.pdf(doc_lines[0], doc_lines[1:]), rfc2231=not fn.isascii() or rng.random() < 0.3)
    else:
        att = A.att_docx(fn + '.docx', A.docx(doc_lines[0], doc_lines[1:], when=dt), rfc2231=not fn.isascii() or rng.random() < 0.3)
    gp = ext(rng)
    return spec(key, 'filename_only', lang, L(lang, 'nom dans le nom du fichier joint seulement', 'name only in attachment file name'),
                person('brisebois'), [gp], subj, body, dt, tr, atts=[att])


# ------------------------------------------------------------------ 17. Ontario consult letter
def t_consult_on(ctx, rng, lang, key):
    tr = Track(lang)
    p = new_patient(rng, 'ON', lang)
    dt = mdate(rng)
    gp = rng.choice([('Dr. Alan Fitzgerald', 'afitzgerald@prfht.example'), ('Dr. Meera Subramanian', 'msubramanian@cornwallriverside.example'),
                     ('Dr Julien Aubertin', 'jaubertin@stebrigitte.example')])
    nm = tr.name(p, rng.choice(['title', 'full', 'last_first']))
    dob = tr.dob(p, rng.choice(['long_en', 'iso', 'dmy']) if lang == 'en' else rng.choice(['long_fr', 'dmy']))
    hn = tr.ohip(p, rng.choice(['spaced', 'hyphen', 'plain', 'fullwidth', 'dotted']))
    cause = rng.choice(CAUSES)
    eg = rng.randrange(14, 44)
    items, v = lab_panel(rng, lang, egfr=eg)
    meds = picks(rng, CKD_MEDS, lang, 3)
    tr.dx(''), tr.lab(''), tr.med('')
    md = rng.choice(['asante', 'raman', 'okafor'])
    if lang == 'en':
        letter = ['Re: %s   DOB %s   HN %s' % (nm, dob, hn), '',
                  'Dear %s,' % gp[0].split(' ', 1)[1] if False else 'Dear colleague,',
                  'Thank you for referring this patient, whom I saw today in the Hawkesbury outreach CKD clinic.',
                  'Impression: CKD stage %s A2 secondary to %s. %s.' % (stage(eg), cause[1], panel_text(items)),
                  'Plan: continue %s; add %s. Repeat bloodwork in 6 weeks. Modality education referral made.' % (meds[0], meds[1]),
                  'Follow-up in 3 months with labs.', '', 'Sincerely,', dr(md, 'en')]
        subj = rng.choice(['Consultation note', 'Consult letter - CKD clinic (Hawkesbury outreach)', 'Nephrology consult'])
        body = 'Dear colleague,\n\nPlease find my consultation note attached.\n\nBest regards,\n' + signature(md, 'en')
    else:
        letter = ['Objet : %s   DDN %s   No carte Santé %s' % (nm, dob, hn), '',
                  'Cher(e) collègue,',
                  'Merci de m\'avoir adressé ce patient, vu aujourd\'hui à la clinique MRC satellite de Hawkesbury.',
                  'Impression : MRC stade %s A2 secondaire à %s. %s.' % (stage(eg), cause[0], panel_text(items)),
                  'Plan : poursuivre %s; ajouter %s. Bilan dans 6 semaines. Référence à l\'enseignement des modalités faite.' % (meds[0], meds[1]),
                  'Revoir dans 3 mois avec bilan.', '', 'Veuillez agréer mes salutations distinguées,', dr(md, 'fr')]
        subj = rng.choice(['Note de consultation', 'Lettre de consultation — clinique MRC Hawkesbury', 'Consultation néphrologie'])
        body = 'Cher(e) collègue,\n\nVeuillez trouver ci-joint ma note de consultation.\n\nCordialement,\n' + signature(md, 'fr')
    if any(ord(c) > 0xff00 for c in hn) or rng.random() < 0.4:
        body = body.replace('\n\n', '\n\n' + '\n'.join(letter) + '\n\n', 1)
        atts = []
    else:
        atts = [A.att_pdf(L(lang, 'consultation_%s.pdf', 'consult_%s.pdf') % dt.strftime('%Y%m%d'),
                          A.pdf(L(lang, 'Note de consultation — néphrologie', 'Nephrology consultation note'), letter))]
    return spec(key, 'consult', lang, L(lang, 'lettre de consultation au médecin référent (Ontario)', 'consult letter to referring MD (Ontario)'),
                person(md), [gp], subj, body, dt, tr, atts=atts)


# ------------------------------------------------------------------ 18. Belgian holiday dialysis (NISS)
def t_holiday_be(ctx, rng, lang, key):
    tr = Track(lang)
    sex = rng.choice('FM')
    given = rng.choice(['Annick', 'Véronique', 'Els', 'Marie-Claire'] if sex == 'F' else ['Luc', 'Koen', 'Philippe', 'Dirk'])
    sur = rng.choice(['Vandenberghe', 'Peeters', 'Janssens', 'Wouters'])
    dob = datetime.date(rng.randrange(1948, 1990), rng.randrange(1, 13), rng.randrange(1, 28))
    p = Person(given, sur, sex, dob, 'BE')
    p.niss = make_niss(rng, dob, sex)
    p.mrn = make_mrn(rng)
    dt = mdate(rng)
    arr = later(dt, rng, 20, 50).date()
    nm = tr.name(p, rng.choice(['full', 'last_first', 'title']))
    d = tr.dob(p, rng.choice(['dotted', 'dmy', 'long_fr' if lang == 'fr' else 'long_en']))
    niss = tr.niss(p, rng.choice(['std', 'plain', 'spaced']))
    tr.dx(''), tr.lab(''), tr.med('')
    hep = L(lang, 'AgHBs nég., anti-HBs 85 UI/L, anti-VHC nég., VIH nég. (%s)', 'HBsAg neg, anti-HBs 85 IU/L, anti-HCV neg, HIV neg (%s)') % arr.strftime('%m/%Y')
    sender = ('Centre de dialyse Saint-Luc-en-Hesbaye', 'dialyse@stluc-hesbaye.example')
    if lang == 'fr':
        subj = 'Demande de dialyse de vacances — %s' % rng.choice(['séjour au Québec', 'Gatineau', 'été 2025'])
        body = ('Madame, Monsieur,\n\nNous sollicitons une place de dialyse de vacances pour notre patient(e) :\n\n'
                '%s — %s le %s — NISS %s\nSéjour à Gatineau du %s au %s (3 séances/semaine).\n\n'
                'Prescription : HD 4 h, FAV humérale gauche, dialyseur FX80, Qb 300, bain K 2 / Ca 1,5, poids sec %s kg, '
                'héparine 2 000 UI bolus. Néphropathie : %s.\nSérologies : %s.\nMédication : %s.\n\n'
                'Nous restons à votre disposition pour tout document complémentaire.\n\nDr Bart Claes\n%s'
                % (nm, ne(p, 'fr'), d, niss, date_fr(arr), date_fr(arr + datetime.timedelta(days=21)), num(rng.uniform(58, 88), 'fr'),
                   rng.choice(CAUSES)[0], hep, ', '.join(picks(rng, CKD_MEDS, 'fr', 3)), sender[0]))
    else:
        subj = 'Holiday dialysis request - Gatineau, %s' % arr.strftime('%B %Y')
        body = ('Dear colleagues,\n\nWe would like to request holiday dialysis for our patient:\n\n'
                '%s - born %s - Belgian national number (NISS) %s\nStaying in the Gatineau area from %s to %s (3 sessions/week).\n\n'
                'Prescription: HD 4 h, left brachial AVF, FX80 dialyser, Qb 300, bath K 2 / Ca 1.5, dry weight %s kg, '
                'heparin 2000 IU bolus. Primary disease: %s.\nSerology: %s.\nMedication: %s.\n\n'
                'Kind regards,\n\nDr Bart Claes\n%s'
                % (nm, d, niss, date_en(arr), date_en(arr + datetime.timedelta(days=21)), num(rng.uniform(58, 88), 'en'),
                   rng.choice(CAUSES)[1], hep, ', '.join(picks(rng, CKD_MEDS, 'en', 3)), sender[0]))
    return spec(key, 'holiday_dialysis', lang, L(lang, 'dialyse de vacances, patient belge', 'holiday dialysis request, Belgian patient'),
                sender, [GROUP['hd']], subj, body, dt, tr)


# ------------------------------------------------------------------ 19. French patient transfer (NIR)
def t_transfer_fr(ctx, rng, lang, key):
    tr = Track(lang)
    sex = rng.choice('FM')
    given = rng.choice(['Camille', 'Sandrine', 'Aurélie', 'Nadège'] if sex == 'F' else ['Thierry', 'Yannick', 'Bruno', 'Camille'])
    sur = rng.choice(['Lefèvre', 'Garnier', 'Rousseau-Vidal'])
    dob = datetime.date(rng.randrange(1955, 1995), rng.randrange(1, 13), rng.randrange(1, 28))
    p = Person(given, sur, sex, dob, 'FR')
    p.nir = make_nir(rng, dob, sex)
    p.mrn = make_mrn(rng)
    fill_contact(p, rng)
    dt = mdate(rng)
    nm = tr.name(p, rng.choice(['last_nocomma', 'full', 'title']))
    d = tr.dob(p, rng.choice(['dmy', 'long_fr' if lang == 'fr' else 'long_en']))
    nir = tr.nir(p, rng.choice(['std', 'plain', 'key', 'dotted']))
    tr.dx(''), tr.med(''), tr.lab('')
    tx = rng.randrange(2012, 2023)
    tac = num(tac_level(rng), lang)
    cr = rng.randrange(95, 170)
    sender = ('Service de néphrologie-transplantation, CHU de Rive-Gauche', 'nephro.tx@chu-rivegauche.example')
    ad = ''
    if rng.random() < 0.5:
        ad = L(lang, '\nNouvelle adresse au Québec : %s', '\nNew address in Quebec: %s') % tr.addr(p)
    if lang == 'fr':
        subj = rng.choice(['Transfert de suivi — greffé(e) rénal(e) s\'installant au Québec', 'Relais de suivi greffe'])
        body = ('Chère consœur, cher confrère,\n\nNous vous adressons %s, %s le %s, NIR %s, greffé(e) rénal(e) en %d '
                '(donneur décédé), qui s\'installe dans votre région pour se rapprocher de sa famille.%s\n\n'
                'Traitement : %s 3 mg BID, %s, prednisone 5 mg. Dernier bilan : créatinine %d µmol/L, tacrolimus %s µg/L, '
                'pas de DSA. Antécédent de rejet cellulaire IA traité en %d.\n\nLe dossier complet suit par courrier sécurisé.\n\n'
                'Bien confraternellement,\nPr Hélène Marchetti\n%s'
                % (nm, ne(p, 'fr'), d, nir, tx, ad, pick(rng, TX_MEDS[1:2], 'fr'), pick(rng, ANTIPROLIF, 'fr'), cr, tac, tx + 1,
                   sender[0]))
    else:
        subj = rng.choice(['Transfer of care - kidney transplant recipient moving to Quebec', 'Handover of transplant follow-up'])
        body = ('Dear colleagues,\n\nWe are referring %s, born %s, French social security number (NIR) %s, kidney transplant '
                'recipient since %d (deceased donor), who is moving to your area to be closer to family.%s\n\n'
                'Treatment: %s 3 mg BID, %s, prednisone 5 mg. Latest labs: creatinine %d umol/L, tacrolimus %s ug/L, no DSA. '
                'History of acute cellular rejection IA treated in %d.\n\nThe full record follows by secure mail.\n\n'
                'Kind regards,\nProf. Hélène Marchetti\n%s'
                % (nm, d, nir, tx, ad, pick(rng, TX_MEDS[1:2], 'en'), pick(rng, ANTIPROLIF, 'en'), cr, tac, tx + 1, sender[0]))
    return spec(key, 'transfer', lang, L(lang, 'transfert de suivi d\'un greffé venant de France', 'transfer of care from France'),
                sender, [GROUP['tx']], subj, body, dt, tr)


# ------------------------------------------------------------------ 20. social work: violence, youth protection, housing
def t_social(ctx, rng, lang, key):
    tr = Track(lang)
    p = ctx.qc_patient(rng, lang, 0.5, age_range=(19, 70)) if lang == 'fr' else new_patient(rng, rng.choice(['QC', 'ON']), lang, age_range=(19, 70))
    dt = mdate(rng)
    nm = tr.name(p, rng.choice(['full', 'title'] if p.nam else ['full', 'title', 'given', 'initial_sur']))
    extra = ''
    if nm == p.given or p.nam:
        extra = ' (%s)' % ident(tr, p, lang, rng, dob=True, sep=', ')
    tr.soc(''), tr.dx('')
    kind = rng.choice(['violence', 'dpj', 'housing'])
    pd = rng.random() < 0.5
    mod = L(lang, 'en dialyse péritonéale à domicile' if pd else 'en hémodialyse 3x/sem.', 'on home peritoneal dialysis' if pd else 'on hemodialysis 3x/week')
    if lang == 'fr':
        txt = {
            'violence': 'a dévoilé hier des épisodes de violence conjugale (bousculades, contrôle de l\'argent). Le conjoint '
                        'l\'accompagne à chaque séance. Plan de sécurité discuté; accepte une référence à la maison d\'hébergement.',
            'dpj': 'signalement retenu par la DPJ pour ses deux enfants (négligence); intervenante : Mme Gosselin. '
                   'Les absences aux traitements sont liées à la garde des enfants.',
            'housing': 'avis d\'éviction reçu pour le 1er du mois; risque d\'itinérance. Sans logement stable, la DP '
                       'à domicile ne pourra pas se poursuivre.'}[kind]
        subj = rng.choice(['Situation psychosociale — confidentiel', 'Suivi TS', 'À l\'attention de l\'équipe traitante'])
        body = ('Bonjour à l\'équipe,\n\nPour votre information, %s%s, %s, %s\n\n'
                'Merci de ne pas aborder le sujet devant l\'accompagnateur. Je reste disponible au poste 4412.\n\n%s'
                % (nm, extra, mod, txt, signature('theriault', 'fr')))
    else:
        txt = {
            'violence': 'disclosed intimate partner violence yesterday (pushing, financial control). The partner attends '
                        'every session. Safety plan reviewed; agreed to a shelter referral.',
            'dpj': 'a report about the two children was retained by child protection services (neglect). '
                   'Missed treatments are related to child care.',
            'housing': 'received an eviction notice for the 1st; at risk of homelessness. Without stable housing, home PD '
                       'cannot continue.'}[kind]
        subj = rng.choice(['Psychosocial update - confidential', 'SW follow-up', 'For the treating team'])
        body = ('Hello team,\n\nFor your information, %s%s, %s, %s\n\nPlease do not raise this in front of the companion. '
                'I can be reached at ext. 4412.\n\n%s' % (nm, extra, mod, txt, signature('theriault', 'en')))
    to = [GROUP['pd'] if pd else GROUP['hd'], person(rng.choice(['vachon', 'raman', 'asante']))]
    return spec(key, 'social', lang, L(lang, 'note psychosociale à l\'équipe', 'psychosocial note to team'),
                person('theriault'), to, subj, body, dt, tr)


TEMPLATES = [
    (t_discharge, 4), (t_predialysis, 3), (t_fwd_family, 3), (t_reply, 4), (t_subject_only, 3),
    (t_filename_only, 3), (t_consult_on, 4), (t_holiday_be, 2), (t_transfer_fr, 2), (t_social, 4),
]
