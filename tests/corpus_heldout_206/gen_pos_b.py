"""Positives, part B: workers' compensation, audiometry, spirometry, biological monitoring."""
import datetime

from gen_attach import make_csv, make_docx, make_pdf, make_xlsx
from gen_common import CLINIC_EN, CLINIC_FR, PARTNERS, fmt_day, partner_addr, staff_addr
from gen_mime import html_table, wrap_html
from gen_phelp import (ANALG, MSK, addr_line, exam_day, pick, setup, sex_word, use_contact,
                       use_dob, use_mrn, use_nam, use_name, use_ohn, use_sin)
from gen_text import forward, greet, outlook_quote, partner_sig, quote, sig, thanks


def fr_num(x, nd=1):
    return ('%.*f' % (nd, x)).replace('.', ',')


# ------------------------------------------------------------------ B1 CNESST medical certificate
def cnesst_attestation(ctx, m, rng):
    lang = 'fr'
    p = ctx.pf.make(rng, lang)
    emp = rng.choice(['metstm', 'boreal', 'ville', 'bouleaux'])
    doc = rng.choice(['carrier', 'benali'])
    nm = use_name(m, rng, p)
    nas = use_sin(m, rng, allow_fw=False)
    dob = use_dob(m, rng, p) if rng.random() < 0.6 else None
    dx = pick(rng, MSK, lang)
    med = pick(rng, ANALG, lang)
    m.types.update(['diagnosis', 'medication'])
    ev = exam_day(m, rng, (5, 30))
    fu = exam_day(m, rng, (0, 3))
    blocks = [('kv', [('Travailleur :', nm), ('NAS :', nas)] +
               ([('Date de naissance :', dob)] if dob else []) +
               [('Employeur :', PARTNERS[emp][0]), ('Date de l\'événement :', ev.isoformat()),
                ('Date de la visite :', fu.isoformat())]),
              ('h', 'Diagnostic'), ('p', dx),
              ('h', 'Traitement'), ('p', '%s; physiothérapie 2x/sem.' % med),
              ('h', 'Assignation temporaire'),
              ('p', 'Autorisée : travail léger, pas de manutention > 5 kg, 6 h/jour.'),
              ('p', 'Prochaine visite prévue : %s. Consolidation non prévisible pour le moment.'
               % (fu + datetime.timedelta(days=21)).isoformat())]
    pdf = make_pdf('Rapport médical - suivi (lésion professionnelle)', [CLINIC_FR], blocks,
                   footer='Copie employeur', author=staff_addr(doc)[0])
    fn = rng.choice(['Rapport_medical_%s.pdf' % p.surname,
                     'Attestation_CNESST_%s_%s.pdf' % (p.surname.upper(), fu.strftime('%Y%m%d')),
                     'scan_%s.pdf' % fu.strftime('%Y%m%d%H%M')])
    if 'scan_' in fn:
        m.names.append(nm)
    else:
        m.names.append(p.surname)
    subj = rng.choice(['Rapport médical CNESST - %s' % nm, 'Suivi lésion professionnelle',
                       'Assignation temporaire - rapport médical'])
    body = ('%s\n\nVous trouverez ci-joint le rapport médical de suivi de %s suite à '
            'l\'événement du %s. L\'assignation temporaire est autorisée selon les conditions '
            'indiquées (formulaire signé par le médecin).\n\nMerci de nous retourner le '
            'formulaire d\'assignation complété.\n\n%s\n%s') % (
        greet(lang, rng, PARTNERS[emp][2].split()[0]), nm, fmt_day(ev, lang, False),
        thanks(lang, rng), sig('arsenault', lang, rng))
    setup(m, rng, staff_addr('arsenault'), [partner_addr(emp)], subject=subj)
    m.text = body
    m.attach(fn, 'application/pdf', pdf)
    m.note = 'workers compensation medical report with SIN and diagnosis'


# ------------------------------------------------------------------ B2 Ontario WSIB report (OHN)
def wsib_report(ctx, m, rng):
    lang = 'en'
    p = ctx.pf.make(rng, lang)
    emp = rng.choice(['norcan', 'rideau', 'kanata'])
    nm = use_name(m, rng, p)
    ohn = use_ohn(m, rng)
    dob = use_dob(m, rng, p)
    dx = pick(rng, MSK, lang)
    med = pick(rng, ANALG, lang)
    m.types.update(['diagnosis', 'medication'])
    ev = exam_day(m, rng, (4, 25))
    claim = '%08d' % rng.randint(10 ** 7, 10 ** 8 - 1)
    mode = rng.choice(['xlsx', 'body', 'docx'])
    fields = [('Worker', nm), ('Date of birth', dob), ('Health card', ohn),
              ('Claim #', claim), ('Date of injury', ev.isoformat()),
              ('Diagnosis', dx), ('Treatment', med + '; physio referral'),
              ('Functional abilities', 'sedentary/light duties, no lifting > 5 kg, 4 h/day x 2 wks'),
              ('Next visit', (m.date.date() + datetime.timedelta(days=14)).isoformat())]
    subj = rng.choice(['Health professional report - %s' % p.surname,
                       'WSIB Form 8 / FAF - %s' % nm, 'Claim %s - medical update' % claim])
    intro = ('%s\n\nPlease see the health professional report and functional abilities for '
             '%s below%s. Modified duties as listed can start Monday.\n') % (
        greet(lang, rng, PARTNERS[emp][2].split()[0]), nm,
        '' if mode == 'body' else ' (attached)')
    if mode == 'body':
        m.text = intro + '\n' + '\n'.join('%s: %s' % f for f in fields) + '\n\n%s\n%s' % (
            thanks(lang, rng), sig('fitz', lang, rng))
    else:
        m.text = intro + '\n%s\n%s' % (thanks(lang, rng), sig('fitz', lang, rng))
        if mode == 'xlsx':
            data = make_xlsx([('Report', [['Field', 'Value']] + [list(f) for f in fields])],
                             author='O. Fitzgerald')
            m.attach('HPR_%s.xlsx' % claim,
                     'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data)
        else:
            data = make_docx('Health Professional\'s Report', ['Issued by ' + CLINIC_EN],
                             [[['Field', 'Value']] + [list(f) for f in fields]],
                             author='O. Fitzgerald')
            m.attach('HPR_%s_%s.docx' % (p.surname, claim),
                     'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                     data)
    setup(m, rng, staff_addr('fitz'), [partner_addr(emp)], cc=[staff_addr('raman')],
          subject=subj)
    m.note = 'Ontario compensation report with health card number and diagnosis'


# ------------------------------------------------------------------ B3 return-to-work plan
def rtw_plan(ctx, m, rng):
    lang = m.lang
    p = ctx.pf.make(rng, lang)
    nm = use_name(m, rng, p)
    surg = rng.choice([('libération du canal carpien droit', 'right carpal tunnel release'),
                       ('réparation de la coiffe des rotateurs', 'rotator cuff repair'),
                       ('méniscectomie partielle', 'partial meniscectomy'),
                       ('cure de hernie inguinale', 'inguinal hernia repair')])
    m.types.add('diagnosis')
    wk = rng.randint(3, 8)
    if lang == 'fr':
        emp = rng.choice(['metstm', 'boreal', 'ville'])
        subj = rng.choice(['Plan de retour progressif', 'Retour au travail - %s' % nm,
                           'RAT progressif %s' % p.surname])
        body = ('%s\n\nComme discuté au téléphone, voici le plan de retour progressif pour '
                '%s, %d semaines après %s :\n\nSemaine 1-2 : 4 h/jour, tâches légères, pas '
                'd\'outils vibrants\nSemaine 3-4 : 6 h/jour, manutention < 10 kg\nSemaine 5 : '
                'horaire complet, réévaluation à la clinique\n\nSi la douleur augmente, il doit '
                'nous appeler avant de retourner voir son chirurgien.\n\n%s\n%s') % (
            greet(lang, rng, PARTNERS[emp][2].split()[0]), nm, wk, 'une ' + surg[0], thanks(lang, rng),
            sig('lemay', lang, rng))
        setup(m, rng, staff_addr('lemay'), [partner_addr(emp)], subject=subj)
    else:
        emp = rng.choice(['norcan', 'kanata'])
        subj = rng.choice(['Graduated RTW plan', 'RTW - %s' % nm, 'Return to work plan'])
        body = ('%s\n\nAs discussed, here is the graduated return-to-work plan for %s, %d weeks '
                'after %s:\n\nWeeks 1-2: 4 h/day, light duties, no vibrating tools\n'
                'Weeks 3-4: 6 h/day, lifting under 10 kg\nWeek 5: full hours, reassessment at '
                'the clinic\n\nIf pain increases please have the worker call us.\n\n%s\n%s') % (
            greet(lang, rng, PARTNERS[emp][2].split()[0]), nm, wk, surg[1], thanks(lang, rng),
            sig('raman', lang, rng))
        setup(m, rng, staff_addr('raman'), [partner_addr(emp)], subject=subj)
    m.text = body
    m.note = 'graduated return-to-work plan after surgery'


# ------------------------------------------------------------------ B4 single audiogram with STS
FREQS = [500, 1000, 2000, 3000, 4000, 6000]


def audio_thresholds(rng, notch=True):
    base = [rng.choice([5, 10, 10, 15]) for _ in FREQS]
    if notch:
        base[3] += rng.choice([15, 20, 25])
        base[4] += rng.choice([30, 35, 40, 45])
        base[5] += rng.choice([15, 20, 25])
    return base


def audiogram_sts(ctx, m, rng):
    lang = m.lang
    p = ctx.pf.make(rng, lang, lo=1962, hi=1990)
    nm = use_name(m, rng, p)
    od = audio_thresholds(rng)
    og = audio_thresholds(rng)
    m.types.update(['lab_result', 'diagnosis'])
    if rng.random() < 0.5:
        nm = '%s [%s]' % (nm, use_mrn(m, rng))
    rows = [['Hz'] + [str(f) for f in FREQS], ['OD' if lang == 'fr' else 'R'] + od,
            ['OG' if lang == 'fr' else 'L'] + og]
    if lang == 'en':
        emp = rng.choice(['kanata', 'norcan'])
        subj = rng.choice(['Follow-up audiogram - STS confirmed', 'Audiogram retest %s' % nm])
        body = ('%s\n\nThe 30-day retest for %s confirms a standard threshold shift in both ears '
                'compared to the 2019 baseline, consistent with noise-induced hearing loss '
                '(notch at 4 kHz). Tinnitus reported on the left.\n\n%s\n\nRecommendations: '
                'refit hearing protection (dual protection in the grinding area), ENT referral '
                'sent, retest in 6 months.\n\n%s\n%s') % (
            greet(lang, rng, PARTNERS[emp][2].split()[0]), nm,
            '\n'.join('  '.join('%5s' % c for c in r) for r in rows), thanks(lang, rng),
            sig('mitchell', lang, rng))
        setup(m, rng, staff_addr('mitchell'), [partner_addr(emp)], subject=subj)
    else:
        emp = rng.choice(['metstm', 'mine'])
        subj = rng.choice(['Audiogramme de contrôle - DPS confirmé', 'Audiogramme %s' % nm])
        body = ('%s\n\nL\'audiogramme de contrôle de %s confirme un décalage permanent du '
                'seuil (DPS) bilatéral par rapport à l\'audiogramme de référence de 2019, '
                'compatible avec une surdité due au bruit (encoche à 4 kHz). Acouphènes à '
                'gauche.\n\n%s\n\nRecommandations : réajustement des protecteurs (double '
                'protection au meulage), référence en ORL faite, contrôle dans 6 mois.\n\n'
                '%s\n%s') % (greet(lang, rng, PARTNERS[emp][2].split()[0]), nm,
                             '\n'.join('  '.join('%5s' % c for c in r) for r in rows),
                             thanks(lang, rng), sig('mitchell', lang, rng))
        setup(m, rng, staff_addr('mitchell'), [partner_addr(emp)], subject=subj)
    m.text = body
    m.note = 'follow-up audiogram confirming noise-induced threshold shift'


# ------------------------------------------------------------------ B5 audiometry campaign XLSX
def audiometry_campaign(ctx, m, rng):
    lang = m.lang
    emp = rng.choice(['metstm', 'mine']) if lang == 'fr' else rng.choice(['kanata', 'norcan'])
    n = rng.randint(8, 14)
    if lang == 'fr':
        hdr = ['Matricule', 'Nom', 'Prénom', 'Département', 'OD 4 kHz', 'OG 4 kHz',
               'Classification', 'Suivi']
        depts = ['Fonderie', 'Meulage', 'Entretien', 'Expédition']
        cls = ['Normal', 'Normal', 'Normal', 'Encoche précoce', 'DPS', 'DPS + acouphènes',
               'Perte mixte - ORL']
    else:
        hdr = ['Emp #', 'Last name', 'First name', 'Dept', 'R 4 kHz', 'L 4 kHz',
               'Classification', 'Follow-up']
        depts = ['Casting', 'Grinding', 'Maintenance', 'Shipping']
        cls = ['Normal', 'Normal', 'Normal', 'Early notch', 'STS', 'STS + tinnitus',
               'Mixed loss - ENT']
    rows = [hdr]
    for i in range(n):
        p = ctx.pf.make(rng, lang)
        m.names.append(p.surname)
        c = rng.choice(cls)
        rows.append(['%05d' % rng.randint(10000, 99999), p.surname, p.given, rng.choice(depts),
                     rng.choice([10, 15, 20, 35, 45, 55]), rng.choice([10, 15, 25, 40, 50]), c,
                     '' if c == 'Normal' else ('Contrôle 30 j' if lang == 'fr' else 'Retest 30 d')])
    rows[1 + rng.randrange(n)][6] = cls[4]
    m.types.update(['patient_name', 'lab_result', 'diagnosis'])
    data = make_xlsx([('Audiométrie' if lang == 'fr' else 'Audiometry', rows),
                      ('Notes', [['Calibration', 'AudioCal, %d' % m.date.year]])],
                     author='L. Mitchell')
    if lang == 'fr':
        subj = 'Campagne audiométrique %d - résultats' % m.date.year
        body = ('%s\n\nCi-joint le fichier des résultats de la campagne audiométrique (%d '
                'travailleurs testés sur place). Les travailleurs avec DPS doivent revenir pour '
                'un contrôle à 30 jours; je vous propose deux dates la semaine prochaine.\n\n'
                '%s\n%s') % (greet(lang, rng, PARTNERS[emp][2].split()[0]), n, thanks(lang, rng),
                             sig('mitchell', lang, rng))
        fn = 'audiometrie_%s_%d.xlsx' % (PARTNERS[emp][0].split()[0].lower(), m.date.year)
    else:
        subj = 'Annual hearing tests %d - results file' % m.date.year
        body = ('%s\n\nAttached are the results from the on-site hearing tests (%d workers). '
                'Anyone flagged STS needs a 30-day retest; I can come back on site next '
                'week.\n\n%s\n%s') % (greet(lang, rng, PARTNERS[emp][2].split()[0]), n,
                                      thanks(lang, rng), sig('mitchell', lang, rng))
        fn = 'hearing_tests_%d.xlsx' % m.date.year
    setup(m, rng, staff_addr('mitchell'), [partner_addr(emp)], subject=subj)
    m.text = body
    m.attach(fn, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data)
    m.note = 'audiometric surveillance spreadsheet with per-worker results'


# ------------------------------------------------------------------ B6 spirometry PDF report
def spirometry_report(ctx, m, rng):
    lang = m.lang
    p = ctx.pf.make(rng, lang, lo=1965, hi=1998)
    fev1 = rng.randint(58, 79)
    fvc = rng.randint(82, 98)
    ratio = rng.choice([0.61, 0.64, 0.66, 0.68])
    post = rng.randint(12, 21)
    m.types.update(['lab_result', 'diagnosis', 'medication'])
    inside_name = rng.random() < 0.6
    nm_file = p.surname.upper() + '_' + p.given[0]
    m.names.append(p.surname.upper())
    m.types.add('patient_name')
    if lang == 'en':
        kv = [('Worker:', p.full if inside_name else '(see file name)'), ('Test date:',
              exam_day(m, rng).isoformat()), ('Technologist:', 'J. Beaulieu, RRT')]
        if inside_name:
            m.names.append(p.full)
        blocks = [('kv', kv), ('table', [['', 'Pre', '% pred', 'Post', 'Change'],
                                         ['FEV1 (L)', '2.41', '%d%%' % fev1, '2.81', '+%d%%' % post],
                                         ['FVC (L)', '3.77', '%d%%' % fvc, '3.90', '+3%'],
                                         ['FEV1/FVC', '%.2f' % ratio, '', '0.72', '']],
                                   [110, 70, 70, 70, 70]),
                  ('h', 'Interpretation'),
                  ('p', 'Mild obstruction with significant bronchodilator response. Together '
                        'with work-related symptoms (isocyanate paints) this is suspicious for '
                        'occupational asthma. Salbutamol 100 mcg 2 puffs PRN prescribed; serial '
                        'peak flow at and away from work for 4 weeks; respirology referral.')]
        pdf = make_pdf('Spirometry report', [CLINIC_EN, 'Respiratory surveillance'], blocks,
                       author='J. Beaulieu')
        subj = rng.choice(['Spirometry report', 'Spiro results - paint shop',
                           'Spirometry - follow up needed'])
        body = ('%s\n\nSee attached spirometry from this morning. Obstructive pattern with a '
                'positive BD response - Dr. Fitzgerald wants serial peak flows and a respirology '
                'referral. Can you book him for the peak-flow teaching?\n\n%s\n%s') % (
            greet(lang, rng, 'Priya'), thanks(lang, rng), sig('beaulieu', lang, rng, short=True))
        fn = 'Spirometry_%s_%s.pdf' % (nm_file, m.date.strftime('%Y-%m-%d'))
        setup(m, rng, staff_addr('beaulieu'), [staff_addr('raman')], subject=subj)
    else:
        kv = [('Travailleur :', p.full if inside_name else '(voir nom du fichier)'),
              ('Date du test :', exam_day(m, rng).isoformat()),
              ('Inhalothérapeute :', 'J. Beaulieu, inh.')]
        if inside_name:
            m.names.append(p.full)
        blocks = [('kv', kv), ('table', [['', 'Pré', '% préd.', 'Post', 'Variation'],
                                         ['VEMS (L)', '2,41', '%d %%' % fev1, '2,81', '+%d %%' % post],
                                         ['CVF (L)', '3,77', '%d %%' % fvc, '3,90', '+3 %'],
                                         ['VEMS/CVF', fr_num(ratio, 2), '', '0,72', '']],
                                   [110, 70, 70, 70, 70]),
                  ('h', 'Interprétation'),
                  ('p', 'Syndrome obstructif léger avec réversibilité significative. Avec les '
                        'symptômes rythmés par le travail (peintures aux isocyanates), suspicion '
                        'd\'asthme professionnel. Salbutamol 100 mcg 2 inh. PRN prescrit; '
                        'débits de pointe sériés au travail et hors travail 4 semaines; '
                        'référence en pneumologie.')]
        pdf = make_pdf('Rapport de spirométrie', [CLINIC_FR, 'Surveillance respiratoire'], blocks,
                       author='J. Beaulieu')
        subj = rng.choice(['Rapport de spiro', 'Spirométrie - atelier de peinture',
                           'Spiro à revoir'])
        body = ('%s\n\nCi-joint la spirométrie de ce matin. Syndrome obstructif avec '
                'réversibilité - la Dre Carrier demande des débits de pointe sériés et une '
                'référence en pneumo. Peux-tu lui fixer un RDV pour l\'enseignement du '
                'débitmètre?\n\n%s\n%s') % (greet(lang, rng, 'Annick'), thanks(lang, rng),
                                             sig('beaulieu', lang, rng, short=True))
        fn = 'Spiro_%s_%s.pdf' % (nm_file, m.date.strftime('%Y%m%d'))
        setup(m, rng, staff_addr('beaulieu'), [staff_addr('lemay')], subject=subj)
    m.text = body
    m.attach(fn, 'application/pdf', pdf)
    m.note = 'spirometry report suggesting occupational asthma; name in file name'


# ------------------------------------------------------------------ B7 silica surveillance CSV
def spirometry_csv(ctx, m, rng):
    lang = m.lang
    n = rng.randint(5, 9)
    emp = rng.choice(['mine', 'boreal']) if lang == 'fr' else 'kanata'
    if lang == 'fr':
        rows = [['nom', 'prenom', 'ddn', 'vems_pct', 'cvf_pct', 'vems_cvf', 'interpretation']]
        interp = ['normal', 'normal', 'normal', 'syndrome obstructif léger',
                  'syndrome restrictif possible - radiographie', 'baisse VEMS > 15 % vs 2022']
    else:
        rows = [['last', 'first', 'dob', 'fev1_pct', 'fvc_pct', 'fev1_fvc', 'interpretation']]
        interp = ['normal', 'normal', 'normal', 'mild obstruction',
                  'possible restriction - chest x-ray', 'FEV1 decline > 15% vs 2022']
    for i in range(n):
        p = ctx.pf.make(rng, lang)
        m.names.append(p.surname)
        rows.append([p.surname, p.given, p.dob.isoformat(), rng.randint(68, 112),
                     rng.randint(72, 110), rng.choice(['0.82', '0.79', '0.74', '0.68', '0.66']),
                     rng.choice(interp)])
    rows[1 + rng.randrange(n)][6] = interp[4]
    m.types.update(['patient_name', 'date_of_birth', 'lab_result', 'diagnosis'])
    m.dob_strings.append(rows[1][2])
    csv = make_csv(rows, sep=';' if lang == 'fr' else ',')
    if lang == 'fr':
        subj = 'Surveillance silice - spirométries %d' % m.date.year
        body = ('%s\n\nCi-joint l\'export des spirométries de la surveillance silice. Deux '
                'travailleurs devront passer une radiographie pulmonaire (lecture par un '
                'radiologiste B-reader).\n\n%s\n%s') % (
            greet(lang, rng, PARTNERS[emp][2].split()[0]), thanks(lang, rng),
            sig('beaulieu', lang, rng))
        fn = 'export_spiro_silice.csv'
    else:
        subj = 'Silica medical surveillance - spirometry export'
        body = ('%s\n\nAttached is the spirometry export for the silica surveillance program. '
                'Two workers need a chest x-ray (B-reader).\n\n%s\n%s') % (
            greet(lang, rng, PARTNERS[emp][2].split()[0]), thanks(lang, rng),
            sig('beaulieu', lang, rng))
        fn = 'silica_spiro_export.csv'
    setup(m, rng, staff_addr('beaulieu'), [partner_addr(emp)], subject=subj)
    m.text = body
    m.attach(fn, 'text/csv', csv, charset='utf-8' if lang == 'fr' else 'us-ascii')
    m.note = 'silica surveillance spirometry export with names and birth dates'


# ------------------------------------------------------------------ B8 blood lead
def blood_lead(ctx, m, rng):
    lang = m.lang
    n = rng.randint(3, 6)
    rows = []
    for i in range(n):
        p = ctx.pf.make(rng, lang)
        nm = use_name(m, rng, p, ['upper_comma', 'initial', 'plain', 'comma'])
        v = rng.choice([0.42, 0.61, 0.88, 1.12, 1.46, 1.93, 2.18])
        rows.append([nm, v])
    rows[rng.randrange(n)][1] = rng.choice([1.93, 2.18, 2.41])
    m.types.add('lab_result')
    if lang == 'fr':
        subj = rng.choice(['Plombémies - fonderie', 'Résultats plombémie du %s' %
                           fmt_day(exam_day(m, rng), lang, False)])
        lines = ['%s : %s µmol/L%s' % (r[0], fr_num(r[1], 2),
                                        '  -> RETRAIT du poste exposé' if r[1] >= 1.93 else '')
                 for r in rows]
        body = ('%s\n\nRésultats reçus du laboratoire :\n\n%s\n\nLes travailleurs au-dessus de '
                '1,93 µmol/L doivent être retirés de l\'exposition au plomb dès aujourd\'hui et '
                'revus dans 4 semaines. Merci de confirmer la réaffectation.\n\n%s\n%s') % (
            greet(lang, rng, 'Patrick'), '\n'.join(lines), thanks(lang, rng),
            sig('carrier', lang, rng))
        setup(m, rng, staff_addr('carrier'), [partner_addr('metstm')], subject=subj)
    else:
        subj = rng.choice(['Blood lead results', 'BLL results - casting'])
        lines = ['%s: %d ug/dL%s' % (r[0], round(r[1] * 20.7),
                                     '  -> REMOVE from lead work' if r[1] >= 1.93 else '')
                 for r in rows]
        body = ('%s\n\nBlood lead results from the lab:\n\n%s\n\nAnyone at or above 40 ug/dL '
                'must be removed from lead exposure today and retested in 4 weeks. Please '
                'confirm reassignment.\n\n%s\n%s') % (greet(lang, rng, 'Wesley'), '\n'.join(lines),
                                                      thanks(lang, rng), sig('fitz', lang, rng))
        setup(m, rng, staff_addr('fitz'), [partner_addr('kanata')], subject=subj)
    m.text = body
    m.note = 'blood lead results per worker with removal from exposure'


# ------------------------------------------------------------------ B9 TB screening new hire
def tb_screening(ctx, m, rng):
    lang = m.lang
    p = ctx.pf.make(rng, lang, lo=1975, hi=2003)
    nm = use_name(m, rng, p)
    m.types.update(['lab_result', 'diagnosis', 'medication'])
    tst = rng.randint(11, 19)
    if rng.random() < 0.5:
        nm = '%s (%s %s)' % (nm, 'dossier' if lang == 'fr' else 'chart', use_mrn(m, rng))
    if lang == 'fr':
        subj = rng.choice(['TCT positif - nouvelle employée', 'Dépistage TB - suivi',
                           'Embauche %s - TB' % p.surname])
        body = ('%s\n\nPour l\'embauche de %s (préposée aux bénéficiaires) : TCT %d mm, IGRA '
                'positif, radiographie pulmonaire normale. Il s\'agit donc d\'une tuberculose '
                'latente, pas contagieuse. Elle peut commencer lundi comme prévu.\n\nJe lui ai '
                'proposé la rifampicine 600 mg DIE x 4 mois; suivi des enzymes hépatiques à 1 '
                'mois.\n\n%s\n%s') % (greet(lang, rng, 'Lucie'), nm, tst, thanks(lang, rng),
                                      sig('benali', lang, rng))
        setup(m, rng, staff_addr('benali'), [partner_addr('bouleaux')], subject=subj)
    else:
        subj = rng.choice(['Positive TST - new hire', 'TB screening follow-up'])
        body = ('%s\n\nRe the new hire %s: TST %d mm, IGRA positive, chest x-ray clear, so this is '
                'latent TB infection, not contagious. Start date is fine.\n\nWe discussed '
                'rifampin 600 mg daily x 4 months; LFTs in 1 month.\n\n%s\n%s') % (
            greet(lang, rng, 'Derek'), nm, tst, thanks(lang, rng), sig('fitz', lang, rng))
        setup(m, rng, staff_addr('fitz'), [partner_addr('norcan')], subject=subj)
    m.text = body
    m.note = 'pre-employment TB screening positive, latent infection treatment'


# ------------------------------------------------------------------ B10 hospital discharge summary (MRN)
def discharge_summary(ctx, m, rng):
    lang = m.lang
    use_nam_here = lang == 'fr' and rng.random() < 0.6
    p = ctx.pf.nam_holder(rng, lang, 1958, 2002) if use_nam_here else ctx.pf.make(rng, lang)
    nm = use_name(m, rng, p, ['upper_comma', 'plain', 'upper_first'])
    mrn = use_mrn(m, rng)
    dob = use_dob(m, rng, p)
    m.types.update(['diagnosis', 'medication'])
    nam = use_nam(m, rng, p) if use_nam_here else None
    adm = exam_day(m, rng, (6, 15))
    dis = adm + datetime.timedelta(days=rng.randint(2, 5))
    if lang == 'fr':
        summ = ('CENTRE HOSPITALIER DES DEUX-RIVES - RÉSUMÉ DE DOSSIER\nNom : %s   No dossier : '
                '%s\nDDN : %s%s\nAdmission : %s   Départ : %s\n\nDiagnostic principal : '
                'fracture du radius distal gauche (chute d\'un échafaudage, accident de travail)'
                '\nIntervention : réduction ouverte et fixation interne (plaque)\n'
                'Médication au départ : hydromorphone 1 mg q4h PRN x 5 j, acétaminophène 1 g '
                'QID, docusate\nSuivi : orthopédie 2 semaines, ergothérapie.') % (
            nm, mrn, dob, ('   NAM : %s   Sexe : %s' % (nam, p.sex)) if nam else '',
            adm.isoformat(), dis.isoformat())
        body = ('%s\n\nL\'infirmière de l\'employeur nous a transmis le résumé de dossier ci-'
                'dessous pour l\'ouverture du dossier CNESST. Je le mets au dossier clinique; '
                'RDV de suivi à prévoir dans 2 semaines.\n\n%s\n%s') % (
            greet(lang, rng, 'Hélène'),
            forward(summ, lang, m.date - datetime.timedelta(days=1), 'Stéphanie Rioux',
                    partner_addr('boreal')[1], 'Clinique Santé-Travail',
                    'Résumé hospitalisation'), sig('haddad', lang, rng, short=True))
        setup(m, rng, staff_addr('haddad'), [staff_addr('carrier')], subject='TR: Résumé '
              'hospitalisation - %s' % p.surname)
    else:
        summ = ('ED DISCHARGE NOTE\nPatient: %s   Chart #: %s   DOB: %s\nVisit: %s\n\n'
                'Dx: 4 cm laceration left forearm (sheet metal), 6 sutures; tetanus booster '
                'given (Adacel)\nRx: cephalexin 500 mg QID x 5 days\nSuture removal in 10 days, '
                'off work 2 days.') % (nm, mrn, dob, adm.isoformat())
        body = ('%s\n\nForwarding the ED note the employer nurse sent for the WSIB file. Please '
                'scan to the chart and book suture removal.\n\n%s\n%s') % (
            greet(lang, rng, 'Priya'),
            forward(summ, lang, m.date - datetime.timedelta(days=1), 'Wesley Brandt',
                    partner_addr('kanata')[1], 'Rive-Nord Occupational Health',
                    'ED note - injury'), sig('fitz', lang, rng, short=True))
        setup(m, rng, staff_addr('fitz'), [staff_addr('raman')], subject='Fwd: ED note - injury')
    m.text = body
    m.note = 'forwarded hospital discharge note with chart number'


# ------------------------------------------------------------------ B11 contact dermatitis patch test
def dermatitis(ctx, m, rng):
    lang = m.lang
    p = ctx.pf.make(rng, lang)
    nm = use_name(m, rng, p)
    m.types.update(['lab_result', 'diagnosis', 'medication'])
    if lang == 'fr':
        subj = rng.choice(['Tests épicutanés - résultat', 'Dermatite de contact - %s' % nm])
        body = ('%s\n\nLes tests épicutanés de %s sont revenus : résine époxy (DGEBA) ++ à J4, '
                'isothiazolinone +, reste négatif. C\'est donc une dermatite de contact '
                'allergique professionnelle. Bétaméthasone crème 0,1 %% BID x 2 sem.\n\n'
                'Il faudra l\'exclure de tout contact avec l\'époxy non polymérisé - je prépare '
                'la lettre pour l\'employeur et la réclamation CNESST.\n\n%s\n%s') % (
            greet(lang, rng, 'Annick'), nm, thanks(lang, rng), sig('carrier', lang, rng, short=True))
        setup(m, rng, staff_addr('carrier'), [staff_addr('lemay')], subject=subj)
    else:
        subj = rng.choice(['Patch test results', 'Contact dermatitis - %s' % nm])
        body = ('%s\n\nPatch tests for %s are back: epoxy resin (DGEBA) ++ at D4, '
                'methylisothiazolinone +, rest negative. Occupational allergic contact '
                'dermatitis. Betamethasone 0.1%% cream BID x 2 weeks.\n\nHe must avoid uncured '
                'epoxy - I am drafting the employer letter and the WSIB form.\n\n%s\n%s') % (
            greet(lang, rng, 'Priya'), nm, thanks(lang, rng), sig('fitz', lang, rng, short=True))
        setup(m, rng, staff_addr('fitz'), [staff_addr('raman')], subject=subj)
    m.text = body
    m.note = 'patch test results, occupational contact dermatitis'


# ------------------------------------------------------------------ B12 hand-arm vibration
def havs(ctx, m, rng):
    lang = m.lang
    p = ctx.pf.make(rng, lang, sex='M', lo=1960, hi=1985)
    nm = use_name(m, rng, p)
    m.types.update(['diagnosis', 'lab_result'])
    dob = use_dob(m, rng, p) if rng.random() < 0.5 else None
    chart = use_mrn(m, rng)
    if lang == 'en':
        subj = rng.choice(['Referral - HAVS', 'Vibration white finger - referral'])
        body = ('Dear colleague,\n\nI would appreciate your assessment of %s%s, a rock-drill '
                'operator for 22 years, with episodic blanching of the fingers of both hands '
                'in the cold and numbness at night. Cold provocation test: delayed recovery of '
                'finger systolic pressure (FSBP%% 42 at 10 C). Stockholm stage 2V / 2SN. Nerve '
                'conduction pending.\n\nPlease see him regarding hand-arm vibration syndrome '
                'and fitness to continue with vibrating tools.\n\nSincerely,\n%s') % (
            nm, (', DOB %s' % dob) if dob else '', sig('fitz', lang, rng))
        body = body.replace('operator for 22 years', 'operator for 22 years (our chart %s)' % chart)
        setup(m, rng, staff_addr('fitz'), [('Vascular Lab', 'referrals@ch-deuxrives.example')],
              subject=subj)
    else:
        subj = rng.choice(['Référence - syndrome vibratoire', 'Doigts blancs - référence'])
        body = ('Cher collègue,\n\nJ\'apprécierais votre évaluation de %s%s, foreur au roc depuis '
                '22 ans, qui présente des épisodes de blanchiment des doigts des deux mains au '
                'froid et des engourdissements nocturnes. Test de provocation au froid : '
                'récupération retardée de la pression systolique digitale (PSD%% 42 à 10 °C). '
                'Stade Stockholm 2V / 2SN. EMG en attente.\n\nMerci de le voir pour un syndrome '
                'vibratoire main-bras et son aptitude à poursuivre avec les outils vibrants.\n\n'
                'Confraternellement,\n%s') % (nm, (', né le %s' % dob) if dob else '',
                                              sig('benali', lang, rng))
        body = body.replace('foreur au roc depuis', '(notre dossier %s), foreur au roc depuis' % chart)
        setup(m, rng, staff_addr('benali'), [('Laboratoire vasculaire',
                                              'labo.vasculaire@ch-deuxrives.example')],
              subject=subj)
    m.text = body
    m.note = 'referral for hand-arm vibration syndrome'


# ------------------------------------------------------------------ B13 cholinesterase
def cholinesterase(ctx, m, rng):
    lang = m.lang
    n = rng.randint(2, 4)
    lines = []
    for i in range(n):
        p = ctx.pf.make(rng, lang)
        nm = use_name(m, rng, p, ['plain', 'initial', 'upper_comma'])
        drop = rng.choice([8, 12, 18, 27, 34])
        lines.append((nm, drop))
    idx = rng.randrange(n)
    lines[idx] = (lines[idx][0], 34)
    m.types.add('lab_result')
    if lang == 'fr':
        txt = '\n'.join('- %s : cholinestérase érythrocytaire -%d %% vs valeur de base%s' % (
            a, b, ' => retrait des pesticides' if b >= 30 else '') for a, b in lines)
        body = ('%s\n\nRésultats de la surveillance des employés des espaces verts (applicateurs '
                'de pesticides) :\n\n%s\n\nUne baisse de 30 %% ou plus exige un retrait de '
                'l\'application jusqu\'au retour à la normale.\n\n%s\n%s') % (
            greet(lang, rng, 'Daniel'), txt, thanks(lang, rng), sig('carrier', lang, rng))
        setup(m, rng, staff_addr('carrier'), [partner_addr('ville')],
              subject='Cholinestérases - applicateurs')
    else:
        txt = '\n'.join('- %s: RBC cholinesterase down %d%% from baseline%s' % (
            a, b, ' => remove from pesticide work' if b >= 30 else '') for a, b in lines)
        body = ('%s\n\nSurveillance results for your pesticide applicators:\n\n%s\n\nA drop of '
                '30%% or more means removal from application until recovery.\n\n%s\n%s') % (
            greet(lang, rng, 'Amanda'), txt, thanks(lang, rng), sig('fitz', lang, rng))
        setup(m, rng, staff_addr('fitz'), [partner_addr('rideau')],
              subject='Cholinesterase monitoring results')
    m.text = body
    m.note = 'cholinesterase monitoring per worker'


# ------------------------------------------------------------------ B14 asbestos-related disease claim (NAM, retiree)
def asbestos_claim(ctx, m, rng):
    lang = m.lang
    p = ctx.pf.nam_holder(rng, lang, 1935, 1952)
    nm = use_name(m, rng, p)
    nam = use_nam(m, rng, p)
    dob = use_dob(m, rng, p)
    m.types.update(['diagnosis', 'lab_result'])
    dx = rng.choice([('amiantose avec plaques pleurales calcifiées', 'asbestosis with calcified '
                      'pleural plaques'), ('mésothéliome pleural épithélioïde droit',
                                           'right epithelioid pleural mesothelioma')])
    if lang == 'fr':
        paras = ['Patient : %s' % nm, 'Date de naissance : %s   Sexe : %s' % (dob, p.sex),
                 'NAM : %s' % nam,
                 'Histoire professionnelle : calorifugeur 1962-1998 (chantiers navals et '
                 'centrales), exposition à l\'amiante documentée.',
                 'Diagnostic : %s.' % dx[0],
                 'Examens : TDM thoracique (épaississement pleural, fibrose des bases); CVF 61 %, '
                 'DLCO 48 % de la prédite.',
                 'Demande : réclamation pour maladie pulmonaire professionnelle; référence au '
                 'comité des maladies pulmonaires professionnelles.']
        doc = make_docx('Lettre - maladie pulmonaire professionnelle', paras,
                        author='Dre H. Carrier')
        fn = rng.choice(['Lettre_MPP_%s.docx' % p.surname, 'lettre comité MPP.docx'])
        body = ('%s\n\nVoici la lettre pour la réclamation de M./Mme %s (retraité(e), ancien '
                'calorifugeur) à joindre au formulaire de réclamation. Je l\'ai signée '
                'électroniquement.\n\n%s\n%s') % (greet(lang, rng, 'Sylvain'), p.surname,
                                                  thanks(lang, rng), sig('carrier', lang, rng))
        m.names.append(p.surname)
        subj = rng.choice(['Lettre réclamation MPP', 'Réclamation amiante - lettre signée'])
        setup(m, rng, staff_addr('carrier'), [staff_addr('arsenault')], subject=subj)
    else:
        paras = ['Patient: %s' % nm, 'Date of birth: %s   Sex: %s' % (dob, p.sex),
                 'RAMQ: %s' % nam,
                 'Occupational history: insulator 1962-1998 (shipyards and power plants), '
                 'documented asbestos exposure.',
                 'Diagnosis: %s.' % dx[1],
                 'Investigations: chest CT (pleural thickening, basal fibrosis); FVC 61%, DLCO '
                 '48% predicted.',
                 'Request: occupational lung disease claim and referral to the lung disease '
                 'committee.']
        doc = make_docx('Letter - occupational lung disease', paras, author='Dr H. Carrier')
        fn = 'OLD_claim_letter_%s.docx' % p.surname
        body = ('%s\n\nAttached is the signed letter for the asbestos claim (retired insulator). '
                'Please add it to the claim package going to the family.\n\n%s\n%s') % (
            greet(lang, rng, 'Sylvain'), thanks(lang, rng), sig('carrier', lang, rng))
        subj = 'Asbestos claim - signed letter'
        setup(m, rng, staff_addr('carrier'), [staff_addr('arsenault')], subject=subj)
    m.text = body
    m.attach(fn, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', doc)
    m.note = 'occupational lung disease claim letter for a retiree'
