"""Positives, part A: fitness-to-work, drug and alcohol testing, drivers' medicals."""
import datetime

from gen_attach import make_csv, make_pdf, make_xlsx
from gen_common import CLINIC_EN, CLINIC_FR, PARTNERS, fmt_day, partner_addr, staff_addr
from gen_mime import html_table, wrap_html
from gen_phelp import (MSK, exam_day, full_name, pick, setup, sex_word, use_dob, use_mrn,
                       use_nam, use_name)
from gen_text import greet, outlook_quote, partner_sig, quote, sig, thanks


# ------------------------------------------------------------------ A1 fitness-to-work report
def fitness_report(ctx, m, rng):
    lang = m.lang
    emp = rng.choice(['translaur', 'metstm', 'boreal', 'mine'] if lang == 'fr'
                     else ['norcan', 'rideau', 'kanata'])
    p = ctx.pf.make(rng, lang)
    doc = rng.choice(['carrier', 'benali']) if lang == 'fr' else 'fitz'
    nm = use_name(m, rng, p)
    dx = pick(rng, MSK, lang)
    m.types.add('diagnosis')
    d = exam_day(m, rng)
    chart = use_mrn(m, rng) if rng.random() < 0.5 else None
    cname = PARTNERS[emp][2]
    if lang == 'fr':
        subj = rng.choice(['Évaluation d\'aptitude - %s' % nm, 'Aptitude au travail : %s' % nm,
                           'Résultat évaluation médicale (%s)' % nm])
        restr = rng.choice(['pas de soulèvement de charges de plus de 10 kg',
                            'éviter les mouvements répétitifs du membre supérieur',
                            'pas de travail en hauteur ni sur échelle',
                            'alternance assis/debout aux 45 minutes'])
        body = ('%s\n\nSuite à l\'évaluation d\'aptitude réalisée le %s, voici nos conclusions '
                'pour %s%s.\n\nConclusion : APTE AVEC RESTRICTIONS TEMPORAIRES (6 semaines)\n'
                '- %s\n- réévaluation prévue à la clinique dans 4 semaines\n\n'
                'Pour votre information, les restrictions découlent d\'une %s actuellement '
                'en traitement (physiothérapie 2 fois/semaine).\n\nLe travailleur a été avisé '
                'des restrictions. N\'hésitez pas si vous avez des questions sur '
                'l\'assignation temporaire.\n\n%s\n%s') % (
            greet(lang, rng, cname.split()[0]), fmt_day(d, lang), nm,
            (' (dossier %s)' % chart) if chart else '', restr, dx, thanks(lang, rng),
            sig(doc, lang, rng))
    else:
        subj = rng.choice(['Fitness-to-work assessment - %s' % nm, 'FTW results: %s' % nm,
                           'Medical clearance %s' % nm])
        restr = rng.choice(['no lifting over 10 kg', 'no repetitive overhead work',
                            'no ladder or elevated work', 'sit/stand alternation every 45 min'])
        body = ('%s\n\nFollowing the fitness-to-work assessment on %s, our findings for %s%s '
                'are below.\n\nOutcome: FIT WITH TEMPORARY RESTRICTIONS (6 weeks)\n'
                '- %s\n- reassessment at the clinic in 4 weeks\n\nFor context, the '
                'restrictions relate to a %s currently being treated with physiotherapy twice '
                'a week.\n\nThe worker has been informed. Let me know if you have questions '
                'about modified work.\n\n%s\n%s') % (
            greet(lang, rng, cname.split()[0]), fmt_day(d, lang), nm,
            (' (chart %s)' % chart) if chart else '', restr, dx, thanks(lang, rng),
            sig(doc, lang, rng))
    setup(m, rng, staff_addr(doc), [partner_addr(emp)], subject=subj)
    m.text = body
    m.note = 'fitness-to-work outcome with diagnosis sent to employer'


# ------------------------------------------------------------------ A2 MRO verified result
DRUGS = [('Marijuana metabolite (THC-COOH)', 15, (22, 240)),
         ('Cocaine metabolite (benzoylecgonine)', 100, (140, 2100)),
         ('Amphetamine', 250, (310, 1800)),
         ('Methamphetamine', 250, (280, 2600)),
         ('Oxycodone', 100, (150, 900))]
DRUGS_FR = {'Marijuana metabolite (THC-COOH)': 'métabolite du cannabis (THC-COOH)',
            'Cocaine metabolite (benzoylecgonine)': 'métabolite de la cocaïne (benzoylecgonine)',
            'Amphetamine': 'amphétamine', 'Methamphetamine': 'méthamphétamine',
            'Oxycodone': 'oxycodone'}


def mro_result(ctx, m, rng):
    lang = m.lang
    p = ctx.pf.make(rng, lang)
    emp = rng.choice(['norcan', 'rideau', 'kanata']) if lang == 'en' else \
        rng.choice(['translaur', 'boreal', 'mine'])
    drug, cutoff, rng_v = rng.choice(DRUGS)
    val = rng.randint(*rng_v)
    spec = '%s%07d' % (rng.choice(['TN', 'CC', 'SP']), rng.randint(0, 9999999))
    reason = rng.choice(['Random', 'Post-accident', 'Reasonable suspicion', 'Pre-employment',
                         'Return-to-duty'])
    d = exam_day(m, rng, (2, 6))
    nm = use_name(m, rng, p, ['plain', 'upper_comma', 'comma', 'upper_first'])
    m.types.add('lab_result')
    dob = use_dob(m, rng, p) if rng.random() < 0.5 else None
    if lang == 'en':
        subj = rng.choice(['MRO verified result - %s' % spec, 'Verified result: donor %s' % nm,
                           'CONFIDENTIAL - drug test result'])
        body = ('%s\n\nPlease find the MRO-verified result below. The donor was interviewed by '
                'phone on %s and no legitimate medical explanation was provided.\n\n'
                'Donor: %s\n%sSpecimen ID: %s\nCollection date: %s\nReason for test: %s\n'
                'Result: POSITIVE - %s, %d ng/mL (cutoff %d ng/mL)\n\nAs per your policy the '
                'employee should be removed from safety-sensitive duties pending SAP '
                'assessment.\n\n%s\n%s') % (
            greet(lang, rng, PARTNERS[emp][2].split()[0]), fmt_day(m.date.date(), lang), nm,
            ('DOB: %s\n' % dob) if dob else '', spec, d.isoformat(), reason, drug, val, cutoff,
            thanks(lang, rng), sig('dufresne', lang, rng, disclaimer=True))
    else:
        subj = rng.choice(['Résultat vérifié MRO - %s' % spec, 'Résultat dépistage : %s' % nm,
                           'CONFIDENTIEL - résultat de dépistage'])
        frd = {'Random': 'aléatoire', 'Post-accident': 'post-accident',
               'Reasonable suspicion': 'motifs raisonnables', 'Pre-employment': 'pré-embauche',
               'Return-to-duty': 'retour au travail'}[reason]
        body = ('%s\n\nVoici le résultat vérifié par le médecin examinateur. Le donneur a été '
                'joint par téléphone le %s et n\'a fourni aucune explication médicale '
                'légitime.\n\nDonneur : %s\n%sNo échantillon : %s\nDate du prélèvement : %s\n'
                'Motif : %s\nRésultat : POSITIF - %s, %d ng/mL (seuil %d ng/mL)\n\n'
                'Selon votre politique, le salarié doit être retiré des fonctions critiques '
                'pour la sécurité en attendant l\'évaluation.\n\n%s\n%s') % (
            greet(lang, rng, PARTNERS[emp][2].split()[0]), fmt_day(m.date.date(), lang), nm,
            ('DDN : %s\n' % dob) if dob else '', spec, d.isoformat(), frd, DRUGS_FR[drug], val,
            cutoff,
            thanks(lang, rng), sig('dufresne', lang, rng, disclaimer=True))
    setup(m, rng, staff_addr('dufresne'), [partner_addr(emp)], subject=subj)
    m.text = body
    m.note = 'MRO verified positive drug test to employer'


# ------------------------------------------------------------------ A3 breath alcohol
def alcohol_test(ctx, m, rng):
    lang = m.lang
    p = ctx.pf.make(rng, lang)
    emp = rng.choice(['translaur', 'metstm', 'ville']) if lang == 'fr' else \
        rng.choice(['norcan', 'kanata'])
    screen = rng.choice([0.032, 0.041, 0.058, 0.077, 0.024])
    conf = round(screen - rng.choice([0.002, 0.003, 0.004, 0.001]), 3)
    d = exam_day(m, rng, (0, 2))
    nm = use_name(m, rng, p)
    m.types.add('lab_result')
    tech = rng.choice(['deslauriers', 'lemay'])
    if lang == 'fr':
        subj = rng.choice(['Alcootest post-incident', 'Résultat alcootest - %s' % nm.split()[-1],
                           'Test d\'alcool %s' % d.strftime('%d/%m')])
        body = ('%s\n\nTest d\'haleine effectué ce %s à %dh%02d (post-incident, chariot '
                'élévateur).\n\nEmployé : %s\nTest de dépistage : %.3f g/210 L\n'
                'Test de confirmation (15 min plus tard) : %.3f g/210 L\n\n'
                'Le résultat de confirmation dépasse le seuil de 0,020 prévu à votre politique. '
                'L\'employé a été raccompagné par son superviseur, il ne conduisait pas.\n\n'
                'Formulaire signé numérisé au dossier.\n\n%s') % (
            greet(lang, rng), fmt_day(d, lang), rng.randint(7, 15), rng.randint(0, 59), nm,
            screen, conf, sig(tech, lang, rng))
        for v in (screen, conf):
            body = body.replace('%.3f g' % v, ('%.3f g' % v).replace('.', ','))
    else:
        subj = rng.choice(['Breath alcohol test result', 'BAT - %s' % nm,
                           'Post-incident alcohol test'])
        body = ('%s\n\nBreath alcohol testing was completed today, %s, at %d:%02d '
                '(post-incident, forklift contact with racking).\n\nEmployee: %s\n'
                'Screening test: %.3f g/210 L\nConfirmation test (15 min): %.3f g/210 L\n\n'
                'The confirmation result is above the 0.020 threshold in your policy. The '
                'employee did not drive; his supervisor arranged a ride home.\n\n'
                'Signed form scanned to file.\n\n%s') % (
            greet(lang, rng), fmt_day(d, lang), rng.randint(7, 15), rng.randint(0, 59), nm,
            screen, conf, sig(tech, lang, rng))
    setup(m, rng, staff_addr(tech), [partner_addr(emp)], subject=subj)
    m.text = body
    m.note = 'breath alcohol test result to employer'


# ------------------------------------------------------------------ A4 class 1 driver medical (NAM)
def driver_medical(ctx, m, rng):
    lang = m.lang
    p = ctx.pf.nam_holder(rng, lang, 1955, 2000)
    nm = use_name(m, rng, p)
    nam = use_nam(m, rng, p, allow_fw=False)
    dob = use_dob(m, rng, p)
    m.types.update(['diagnosis', 'medication', 'lab_result'])
    a1c = rng.choice(['7,9', '8,4', '7,2', '9,1'])
    d = exam_day(m, rng)
    if lang == 'fr':
        subj = rng.choice(['Examen médical classe 1 - %s' % p.surname,
                           'Rapport examen conducteur (classe 1)', 'Dossier SAAQ - %s' % nm])
        blocks = [('kv', [('Nom :', nm), ('Date de naissance :', dob), ('Sexe :', p.sex),
                          ('NAM :', nam), ('Classe de permis :', '1 (train routier)'),
                          ('Date de l\'examen :', d.isoformat())]),
                  ('h', 'Antécédents et médication'),
                  ('p', 'Diabète de type 2 depuis 2016, insulinothérapie basale depuis 14 mois '
                        '(Lantus 32 U HS) + metformine 1000 mg BID. Aucune hypoglycémie sévère '
                        'rapportée dans les 12 derniers mois. Lecteur de glycémie téléchargé.'),
                  ('h', 'Résultats'),
                  ('p', 'HbA1c : %s %%  -  Créatinine 88 µmol/L  -  TA 134/82  -  Acuité visuelle '
                        'OD 6/6 OG 6/9 avec correction; champ visuel 150 degrés.' % a1c),
                  ('h', 'Conclusion'),
                  ('p', 'Conforme aux normes avec condition : autosurveillance glycémique avant '
                        'la conduite et aux 4 h. Réévaluation dans 12 mois.')]
        pdf = make_pdf('Rapport d\'examen médical - conducteur', [CLINIC_FR, 'Médecine du travail'],
                       blocks, footer='Document confidentiel', author='H. Carrier')
        body = ('%s\n\nCi-joint le rapport d\'examen médical de %s pour le renouvellement de la '
                'classe 1. Il est conforme avec condition (surveillance glycémique, insuline).\n'
                'Merci de le verser au dossier du conducteur et de transmettre la copie à la '
                'SAAQ avant le %s.\n\n%s\n%s') % (
            greet(lang, rng, 'Julie'), nm, fmt_day(d + datetime.timedelta(days=30), lang, False),
            thanks(lang, rng), sig('carrier', lang, rng))
        fn = rng.choice(['rapport_examen_classe1_%s.pdf' % p.surname.lower(),
                         'Examen_conducteur_%s.pdf' % d.strftime('%Y%m%d')])
    else:
        subj = rng.choice(['Class 1 driver medical - %s' % p.surname,
                           'Driver medical report (Class 1)'])
        blocks = [('kv', [('Name:', nm), ('Date of birth:', dob), ('Sex:', p.sex),
                          ('RAMQ:', nam), ('Licence class:', '1'),
                          ('Exam date:', d.isoformat())]),
                  ('h', 'History and medication'),
                  ('p', 'Type 2 diabetes since 2016, basal insulin for 14 months (Lantus 32 U '
                        'HS) plus metformin 1000 mg BID. No severe hypoglycaemia in the last 12 '
                        'months; meter downloaded.'),
                  ('h', 'Results'),
                  ('p', 'HbA1c %s%%  -  creatinine 88 umol/L  -  BP 134/82  -  VA R 20/20 L 20/30 '
                        'corrected; horizontal field 150 degrees.' % a1c.replace(',', '.')),
                  ('h', 'Conclusion'),
                  ('p', 'Meets the standard with conditions: blood glucose check before driving '
                        'and every 4 hours. Reassess in 12 months.')]
        pdf = make_pdf('Driver medical examination report', [CLINIC_EN], blocks,
                       footer='Confidential', author='H. Carrier')
        body = ('%s\n\nAttached is the Class 1 medical report for %s (insulin-treated diabetes, '
                'meets standard with conditions). Please file it with the driver records.\n\n'
                '%s\n%s') % (greet(lang, rng, 'Julie'), nm, thanks(lang, rng),
                             sig('carrier', lang, rng))
        fn = 'driver_medical_%s.pdf' % d.strftime('%Y%m%d')
    setup(m, rng, staff_addr('carrier'), [partner_addr('translaur')], subject=subj)
    m.text = body
    m.attach(fn, 'application/pdf', pdf)
    m.note = 'commercial driver medical with health number, insulin-treated diabetes'


# ------------------------------------------------------------------ A5 cross-border DOT medical
def dot_medical(ctx, m, rng):
    lang = m.lang
    p = ctx.pf.make(rng, lang, sex='M', lo=1960, hi=1990)
    nm = use_name(m, rng, p)
    bp = rng.choice(['148/94', '152/96', '144/92'])
    bmi = rng.choice(['36.8', '38.1', '41.0'])
    m.types.update(['diagnosis', 'medication', 'lab_result'])
    dob = use_dob(m, rng, p) if rng.random() < 0.6 else None
    emp = rng.choice(['rideau', 'norcan']) if lang == 'en' else 'translaur'
    if lang == 'en':
        subj = rng.choice(['DOT medical - 1 yr card', 'Re: %s DOT physical' % p.surname,
                           'DOT exam outcome %s' % nm])
        body = ('%s\n\n%s%s was certified today for 1 year only (not 2) because of stage 1 '
                'hypertension: BP %s on two readings, now on amlodipine 5 mg daily started by '
                'his family doctor last month.\n\nBMI %s, neck 46 cm, Epworth 11 - I have '
                'referred him for a sleep study (suspected OSA). If the polysomnogram shows '
                'moderate or severe apnea he will need CPAP compliance data before the next '
                'recertification.\n\nMedical card copy attached to his file in the portal.\n\n'
                '%s\n%s') % (greet(lang, rng, PARTNERS[emp][2].split()[0]), nm,
                             (' (DOB %s)' % dob) if dob else '', bp, bmi, thanks(lang, rng),
                             sig('fitz', lang, rng))
        doc = 'fitz'
    else:
        subj = rng.choice(['Examen DOT - carte 1 an', 'Examen DOT %s' % nm])
        body = ('%s\n\n%s%s a été certifié aujourd\'hui pour 1 an seulement (au lieu de 2) en '
                'raison d\'une hypertension stade 1 : TA %s à deux reprises, amlodipine 5 mg DIE '
                'débutée par son médecin de famille le mois dernier.\n\nIMC %s, tour de cou 46 '
                'cm, Epworth 11 : je l\'ai référé pour une polysomnographie (apnée du sommeil '
                'suspectée). Si l\'apnée est modérée ou sévère, il faudra les données '
                'd\'observance CPAP avant la prochaine certification.\n\n%s\n%s') % (
            greet(lang, rng, 'Julie'), nm, (' (né le %s)' % dob) if dob else '', bp,
            bmi.replace('.', ','), thanks(lang, rng), sig('benali', lang, rng))
        doc = 'benali'
    setup(m, rng, staff_addr(doc), [partner_addr(emp)], subject=subj)
    m.text = body
    m.note = 'cross-border driver medical, hypertension and suspected sleep apnea'


# ------------------------------------------------------------------ A6 sleep apnea / CPAP (NAM)
def sleep_apnea(ctx, m, rng):
    lang = m.lang
    p = ctx.pf.nam_holder(rng, lang, 1950, 1998)
    nm = use_name(m, rng, p)
    nam = use_nam(m, rng, p)
    dob = use_dob(m, rng, p)
    iah = rng.randint(31, 58)
    comp = rng.randint(62, 93)
    m.types.update(['diagnosis', 'lab_result'])
    if lang == 'fr':
        subj = rng.choice(['Observance CPAP - chauffeur', 'TR: rapport polysomnographie',
                           'Suivi apnée %s' % p.surname])
        inner = ('Patient : %s  |  NAM %s  |  DDN %s  |  sexe %s\nPolysomnographie : IAH %d/h, '
                 'désaturation minimale 79 %%. Apnée obstructive du sommeil sévère.\n'
                 'Téléchargement de l\'appareil CPAP (30 jours) : utilisation >= 4 h/nuit '
                 '%d %% des nuits, IAH résiduel 3,1/h.') % (nm, nam, dob, sex_word(p, lang),
                                                          iah, comp)
        body = ('%s\n\nJe te transfère le rapport reçu du laboratoire du sommeil pour ton '
                'chauffeur. %s\n\n%s\n\n%s') % (
            greet(lang, rng, 'Karim'),
            'L\'observance est suffisante; on pourrait lever la restriction de conduite de nuit '
            'si tu es d\'accord.' if comp >= 70 else 'L\'observance est encore insuffisante, '
            'je propose de maintenir la restriction de conduite de nuit et de revoir dans un mois.',
            inner, sig('lemay', lang, rng, short=True))
        setup(m, rng, staff_addr('lemay'), [staff_addr('benali')], subject=subj)
    else:
        subj = rng.choice(['CPAP compliance - driver', 'FW: sleep study report'])
        inner = ('Patient: %s  |  RAMQ %s  |  DOB %s  |  Sex %s\nPSG: AHI %d/h, nadir SpO2 79%%. '
                 'Severe obstructive sleep apnea.\nCPAP download (30 days): use >= 4 h/night on '
                 '%d%% of nights, residual AHI 3.1/h.') % (nm, nam, dob, sex_word(p, lang), iah,
                                                         comp)
        body = ('%s\n\nForwarding the sleep lab report for the driver we discussed. %s\n\n%s'
                '\n\n%s') % (
            greet(lang, rng, 'Owen'),
            'Compliance is adequate; we could lift the night-driving restriction if you agree.'
            if comp >= 70 else 'Compliance is still below target, so I suggest keeping the '
            'night-driving restriction and rechecking in a month.', inner,
            sig('raman', lang, rng, short=True))
        setup(m, rng, staff_addr('raman'), [staff_addr('fitz')], subject=subj)
    m.text = body
    m.note = 'sleep study and CPAP compliance of a commercial driver'


# ------------------------------------------------------------------ A7 pre-employment results table
def preemployment_batch(ctx, m, rng):
    lang = m.lang
    emp = rng.choice(['boreal', 'mine', 'bouleaux']) if lang == 'fr' else \
        rng.choice(['norcan', 'kanata', 'rideau'])
    n = rng.randint(4, 7)
    rows = []
    findings_fr = ['Apte', 'Apte', 'Apte', 'Apte avec restrictions - lombalgie chronique',
                   'Apte - port de protecteurs auditifs obligatoire (perte 4 kHz)',
                   'Inapte temporaire - TA 178/104 non traitée, référé au MD de famille',
                   'Apte - asthme contrôlé (Symbicort)', 'En attente - test urinaire à reprendre (dilué)']
    findings_en = ['Fit', 'Fit', 'Fit', 'Fit with restrictions - chronic low back pain',
                   'Fit - hearing protection mandatory (4 kHz notch)',
                   'Temporarily unfit - untreated BP 178/104, referred to family MD',
                   'Fit - controlled asthma (Symbicort)', 'Pending - urine retest (dilute)']
    for i in range(n):
        p = ctx.pf.make(rng, lang)
        nm = use_name(m, rng, p, ['plain', 'upper_comma', 'comma', 'sur_first'])
        res = rng.choice(findings_fr if lang == 'fr' else findings_en)
        rows.append([nm, res])
    # guarantee at least one clinical finding
    rows[rng.randrange(n)][1] = (findings_fr if lang == 'fr' else findings_en)[rng.choice([3, 5, 6])]
    if any(k in r[1] for r in rows for k in ('lombalgie', 'low back', '4 kHz', 'asthm')):
        m.types.add('diagnosis')
    if any('Symbicort' in r[1] for r in rows):
        m.types.add('medication')
    if any('178/104' in r[1] or 'dilu' in r[1] for r in rows):
        m.types.add('lab_result')
    if lang == 'fr':
        hdr = ['Candidat', 'Conclusion']
        subj = rng.choice(['Résultats examens pré-embauche', 'Pré-embauche - cohorte du %s' %
                           fmt_day(exam_day(m, rng, (1, 4)), lang, False)])
        intro = ('%s\n\nVoici les conclusions des examens pré-embauche de cette semaine :' %
                 greet(lang, rng, PARTNERS[emp][2].split()[0]))
        outro = 'Les certificats signés suivront par la poste.\n\n%s' % thanks(lang, rng)
        who = 'arsenault'
    else:
        hdr = ['Candidate', 'Outcome']
        subj = rng.choice(['Pre-employment medical results', 'Pre-placement results - this week'])
        intro = ('%s\n\nHere are this week\'s pre-placement medical outcomes:' %
                 greet(lang, rng, PARTNERS[emp][2].split()[0]))
        outro = 'Signed certificates to follow in the portal.\n\n%s' % thanks(lang, rng)
        who = 'raman'
    table = [hdr] + rows
    if rng.random() < 0.5:
        inner = '<p>%s</p>\n%s\n<p>%s</p>\n<pre>%s</pre>' % (
            intro.replace('\n\n', '</p>\n<p>'), html_table(table), outro.replace('\n\n', '</p><p>'),
            sig(who, lang, rng).replace('<', '&lt;'))
        m.html = wrap_html(inner, lang)
        m.form = rng.choice(['html', 'alt'])
        if m.form == 'alt':
            m.text = '%s\n\n%s\n\n%s\n%s' % (intro, '\n'.join('- %s : %s' % tuple(r)
                                                             for r in rows), outro,
                                              sig(who, lang, rng))
    else:
        m.text = '%s\n\n%s\n\n%s\n%s' % (intro, '\n'.join('%-28s %s' % tuple(r) for r in rows),
                                         outro, sig(who, lang, rng))
        m.form = 'plain'
    setup(m, rng, staff_addr(who), [partner_addr(emp)], subject=subj)
    m.note = 'pre-employment outcomes table with findings per candidate'




# ------------------------------------------------------------------ A8 random testing CSV
def random_pool_csv(ctx, m, rng):
    lang = m.lang
    emp = rng.choice(['rideau', 'norcan']) if lang == 'en' else rng.choice(['translaur', 'mine'])
    n = rng.randint(6, 10)
    rows = [['employee_no', 'last_name', 'first_name', 'collected', 'panel', 'result']
            if lang == 'en' else ['matricule', 'nom', 'prenom', 'prelevement', 'panel', 'resultat']]
    res_en = ['NEGATIVE'] * 6 + ['NEGATIVE-DILUTE', 'POSITIVE THC-COOH 41 ng/mL',
                                  'REFUSAL (no show)', 'CANCELLED - fatal flaw']
    res_fr = ['NÉGATIF'] * 6 + ['NÉGATIF-DILUÉ', 'POSITIF THC-COOH 41 ng/mL',
                                 'REFUS (absence)', 'ANNULÉ - vice de procédure']
    d0 = datetime.date(2024, rng.randint(1, 12), rng.randint(1, 20))
    for i in range(n):
        p = ctx.pf.make(rng, lang)
        m.names.append(p.surname)
        rows.append(['E%05d' % rng.randint(1000, 99999), p.surname, p.given,
                     (d0 + datetime.timedelta(days=rng.randint(0, 6))).isoformat(),
                     '5-panel NIDA' if lang == 'en' else '5 drogues',
                     rng.choice(res_en if lang == 'en' else res_fr)])
    rows[1 + rng.randrange(n)][5] = (res_en if lang == 'en' else res_fr)[7]
    m.types.update(['patient_name', 'lab_result'])
    csv = make_csv(rows, sep=',' if lang == 'en' else ';', crlf=rng.random() < 0.5)
    if lang == 'en':
        subj = 'Random selection Q%d - results' % rng.randint(1, 4)
        body = ('%s\n\nAttached are the results for this quarter\'s random selection. One '
                'non-negative; the MRO has already contacted the employee. Please update your '
                'DER log.\n\n%s\n%s') % (greet(lang, rng, 'Amanda'), thanks(lang, rng),
                                         sig('raman', lang, rng))
        fn = 'random_Q%d_results.csv' % rng.randint(1, 4)
        who = 'raman'
    else:
        subj = 'Sélection aléatoire - résultats du trimestre'
        body = ('%s\n\nEn pièce jointe, les résultats de la sélection aléatoire du trimestre. Un '
                'résultat non négatif; le MRO a déjà joint l\'employé.\n\n%s\n%s') % (
            greet(lang, rng, 'Julie'), thanks(lang, rng), sig('arsenault', lang, rng))
        fn = 'selection_aleatoire_résultats.csv'
        who = 'arsenault'
    setup(m, rng, staff_addr(who), [partner_addr(emp)], subject=subj)
    m.text = body
    m.attach(fn, 'text/csv', csv, charset='utf-8')
    m.note = 'random drug testing results per employee in CSV'


# ------------------------------------------------------------------ A9 clinic day list
def day_list(ctx, m, rng):
    lang = m.lang
    n = rng.randint(6, 9)
    rows = []
    notes_fr = ['pré-embauche + audiogramme', 'suivi DPS 4 kHz bilatéral', 'classe 1 - diabète '
                'insuliné', 'retour au travail post-infarctus', 'suivi plombémie (1,9 µmol/L)',
                'spirométrie - asthme professionnel ?', 'CNESST - épicondylite, 3e visite',
                'test urinaire - suivi SAP', 'aptitude - post-op ménisque']
    notes_en = ['pre-placement + audiogram', 'STS follow-up 4 kHz both ears',
                'Class 1 - insulin-treated DM', 'RTW post-MI', 'blood lead follow-up (38 ug/dL)',
                'spiro - ?occupational asthma', 'WSIB - epicondylitis, 3rd visit',
                'urine - SAP follow-up', 'FTW - post-op meniscus']
    t = datetime.datetime(2024, 1, 1, 8, 0)
    for i in range(n):
        p = ctx.pf.make(rng, lang)
        nm = use_name(m, rng, p, ['upper_comma', 'comma', 'sur_first', 'plain'])
        rows.append(['%02d:%02d' % (t.hour, t.minute), nm,
                     rng.choice(['Transports Laurentides', 'Métallurgie St-Maurice', 'Boréal',
                                 'Ville Ste-Hermine'] if lang == 'fr' else
                                ['Norcan', 'Rideau Valley', 'Kanata Castings']),
                     rng.choice(notes_fr if lang == 'fr' else notes_en)])
        t += datetime.timedelta(minutes=rng.choice([20, 30, 30, 40]))
    rows[rng.randrange(n)][3] = (notes_fr if lang == 'fr' else notes_en)[rng.choice([1, 2, 3, 6])]
    m.types.add('diagnosis')
    if any('insulin' in r[3] for r in rows):
        m.types.add('medication')
    if any('µmol' in r[3] or 'ug/dL' in r[3] for r in rows):
        m.types.add('lab_result')
    hdr = ['Heure', 'Travailleur', 'Employeur', 'Motif'] if lang == 'fr' else \
        ['Time', 'Worker', 'Employer', 'Reason']
    if lang == 'fr':
        subj = rng.choice(['Liste de demain', 'Horaire clinique - liste des RDV',
                           'Liste de demain (Dr Benali)'])
        intro = 'Voici la liste pour la clinique de demain. Les dossiers sont prêts.'
        who, to = 'wong', 'benali'
    else:
        subj = rng.choice(["Tomorrow's list", 'Clinic list - Dr. Fitzgerald'])
        intro = "Here is tomorrow's clinic list. Charts are pulled."
        who, to = 'raman', 'fitz'
    m.html = wrap_html('<p>%s</p>\n<p>%s</p>\n%s\n<p>%s</p>' % (
        greet(lang, rng), intro, html_table([hdr] + rows),
        sig(who, lang, rng, short=True).replace('\n', '<br>\n')), lang)
    if rng.random() < 0.5:
        m.text = '%s\n\n%s\n\n%s\n\n%s' % (greet(lang, rng), intro,
                                          '\n'.join(' | '.join(r) for r in [hdr] + rows),
                                          sig(who, lang, rng, short=True))
    setup(m, rng, staff_addr(who), [staff_addr(to)], cc=[staff_addr('lemay')] if lang == 'fr'
          else [], subject=subj)
    m.note = 'next-day clinic roster with reason for visit'


# ------------------------------------------------------------------ A10 opioid agonist and safety-sensitive work
def safety_sensitive_meds(ctx, m, rng):
    lang = m.lang
    p = ctx.pf.make(rng, lang, lo=1970, hi=1996)
    nm = use_name(m, rng, p)
    drug = rng.choice([('méthadone 85 mg DIE', 'methadone 85 mg daily'),
                       ('Suboxone 12 mg/3 mg SL DIE', 'Suboxone 12/3 mg SL daily')])
    m.types.update(['medication', 'diagnosis'])
    role = rng.choice([('opérateur de pont roulant', 'overhead crane operator'),
                       ('cariste', 'forklift operator'), ('conducteur de chargeuse', 'loader operator')])
    if lang == 'en':
        orig = ('Hi Owen,\n\nCan you weigh in on %s? He disclosed at his periodic medical that he '
                'is on %s for opioid use disorder, stable for 2 years per his prescriber. He '
                'works as a %s. Employer wants to know if he can stay in the role.\n\nPriya' %
                (nm, drug[1], role[1]))
        body = ('Priya,\n\nYes, stable maintenance on %s is not by itself disqualifying for a %s. '
                'I would like a letter from the prescriber confirming dose stability, no '
                'sedation and no other sedatives (he also mentioned gabapentin in the past). '
                'Until then, tell the employer only that the assessment is pending - no '
                'details.\n\nO.\n\n%s') % (drug[1].split()[0], role[1],
                                           quote(orig, lang, m.date - datetime.timedelta(hours=rng.randint(2, 30)), 'Priya Raman',
                                                 staff_addr('raman')[1], rng))
        setup(m, rng, staff_addr('fitz'), [staff_addr('raman')], subject='Re: periodic - %s' %
              p.surname)
    else:
        orig = ('Bonjour Karim,\n\nPeux-tu regarder le cas de %s? Il a déclaré à son examen '
                'périodique qu\'il est sous %s pour un trouble lié à l\'usage des opioïdes, '
                'stable depuis 2 ans selon son prescripteur. Il est %s. L\'employeur veut savoir '
                's\'il peut rester au poste.\n\nAnnick' % (nm, drug[0], role[0]))
        body = ('Annick,\n\nUn traitement d\'entretien stable (%s) n\'est pas en soi '
                'incompatible avec un poste de %s. J\'aimerais une lettre du prescripteur '
                'confirmant la stabilité de la dose, l\'absence de sédation et d\'autres '
                'sédatifs. D\'ici là, on dit seulement à l\'employeur que l\'évaluation est en '
                'cours, sans détails.\n\nK.\n\n%s') % (drug[0].split()[0], role[0],
                                                       quote(orig, lang, m.date - datetime.timedelta(hours=rng.randint(2, 30)),
                                                             'Annick Lemay',
                                                             staff_addr('lemay')[1], rng))
        setup(m, rng, staff_addr('benali'), [staff_addr('lemay')],
              subject='RE: périodique %s' % p.surname)
    m.text = body
    m.note = 'colleague exchange on opioid agonist therapy and safety-sensitive job'


