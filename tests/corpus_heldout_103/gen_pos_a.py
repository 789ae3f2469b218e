"""Positive messages, part A: referrals, consult replies, PSA lists, lithotripsy, cystoscopy."""
import datetime as dt

from gen_common import (dfmt, dob_fmt, nam_fmt, name_fmt, title, wrap)
from gen_text import sig, hello, bye, doc_title, quote, join
from gen_clin import (num, psa_series, psa_text, prostate_dx, stone, ANTICOAG, ANTICOAG_EN, LUTS_MEDS,
                      LUTS_MEDS_EN, STONE_MEDS, STONE_MEDS_EN)
from gen_clin import SexAware
import gen_attach as A


def who(s, lang='fr'):
    return (doc_title(s, lang), s['email'])


def mail(W, frm, to, subject, text, lang, **kw):
    m = {'from': who(frm, lang) if isinstance(frm, dict) else frm,
         'to': [who(t, lang) if isinstance(t, dict) else t for t in to],
         'subject': subject, 'text': wrap(text), 'lang': lang, 'date': kw.pop('date', None) or W.mail_date()}
    m.update(kw)
    return m


def res(cat, lang, types, note, m, expect=None):
    return {'cat': cat, 'lang': lang, 'types': sorted(set(types)), 'note': note, 'mail': m, 'expect': expect or {}}


INTAKE = ('CRDS – Urologie', 'crds-urologie@cisss-hautesrivieres.example')
INTAKE_EN = ('Urology Central Intake', 'urology.intake@hsln.example')


# ------------------------------------------------------------------ 1 referral with PSA
def referral_psa(W, lang):
    r = W.rng
    p = W.holder_where(lambda x: x['sex'] == 'M' and x['dob'].year < 1975)
    r = SexAware(W.rng, p['sex'])
    gp = W.staff('gp', org=r.choice(['gmf', 'gmf2']))
    ser = psa_series(W, lang)
    types = ['patient_name', 'ramq_nam', 'date_of_birth', 'lab_result']
    nst = r.randrange(9)
    if lang == 'fr':
        tr = r.choice(['nodule ferme lobe gauche', 'prostate augmentée de volume, lisse, sans nodule',
                       'induration base droite', 'TR non fait (refus du patient)'])
        med = r.choice(LUTS_MEDS)
        lines = [hello(W, 'fr'),
                 'Je vous adresse %s %s %s (NAM : %s, DDN : %s) pour une hausse de l\'APS : %s ng/mL.'
                 % (title(p, 'fr'), p['given'], p['surname'], nam_fmt(p['nam'], nst), dob_fmt(p['dob'], 'fr', r.randrange(4)), psa_text(ser, 'fr')),
                 'TR : %s. Rapport APS libre/total %s %%. Pas d\'hématurie, pas de douleur osseuse.' % (tr, r.randrange(8, 24)),
                 'ATCD : %s. Rx actuelle : %s.' % (r.choice(['HTA, DLP', 'DB2 sous metformine, HTA', 'FA sous apixaban', 'MPOC légère, ex-fumeur 30 PA']), med)]
        types += ['medication', 'diagnosis']
        if r.random() < 0.5:
            lines.append('Il préfère être rejoint sur son cellulaire : %s.' % p['phone'])
            types.append('patient_contact')
        lines.append(r.choice(['Priorité B svp, merci.', 'Merci de le voir en priorité C si possible.',
                               'Une IRM multiparamétrique a été demandée en parallèle.', '']))
        lines += [bye(W, 'fr'), sig(W, gp, 'fr', unit=gp['org'])]
        subj = r.choice(['Référence urologie – APS en hausse', 'Réf. uro %s' % p['surname'].upper(),
                         'Demande de consultation urologie', 'APS ↑ – référence'])
        text = join(*lines)
        to = [INTAKE]
    else:
        med = r.choice(LUTS_MEDS_EN)
        lines = [hello(W, 'en'),
                 'Referring %s %s %s, DOB %s, RAMQ %s, for a rising PSA: %s ng/mL.'
                 % (title(p, 'en'), p['given'], p['surname'], dob_fmt(p['dob'], 'en', r.randrange(4)), nam_fmt(p['nam'], nst), psa_text(ser, 'en')),
                 'DRE: %s. Free/total PSA ratio %d%%. No hematuria.' % (r.choice(['firm nodule left lobe', 'enlarged smooth gland', 'not done']), r.randrange(8, 24)),
                 'PMH: %s. Meds: %s, ramipril 5 mg daily.' % (r.choice(['hypertension, dyslipidemia', 'type 2 diabetes, hypertension', 'atrial fibrillation on apixaban']), med)]
        types += ['medication', 'diagnosis']
        if r.random() < 0.4:
            lines.append('Best number to reach him: %s (home).' % p['phone'])
            types.append('patient_contact')
        lines += [bye(W, 'en'), sig(W, gp, 'en', unit=gp['org'])]
        subj = r.choice(['Urology referral - elevated PSA', 'Referral: rising PSA', 'New referral for urology'])
        text = join(*lines)
        to = [INTAKE_EN]
    atts = []
    if r.random() < 0.4:
        rows = [['Date', 'APS (ng/mL)' if lang == 'fr' else 'PSA (ng/mL)']] + [[d.isoformat(), num(v, lang)] for d, v in ser]
        pdf = A.make_pdf('Formulaire de référence – Urologie' if lang == 'fr' else 'Urology referral form',
                         ['Nom / Name: %s, %s' % (p['surname'].upper(), p['given']), 'NAM: %s' % nam_fmt(p['nam'], 1),
                          'DDN / DOB: %s' % p['dob'].isoformat(), 'Motif: APS en hausse' if lang == 'fr' else 'Reason: rising PSA'],
                         table=rows, header=gp['org'])
        atts.append({'filename': r.choice(['reference_uro.pdf', 'Référence urologie.pdf', 'scan_0%d.pdf' % r.randrange(100, 999)]),
                     'data': pdf, 'ctype': 'application/pdf'})
    m = mail(W, gp, to, subj, text, lang, attachments=atts)
    return res('psa_referral', lang, types, 'GP referral for rising PSA with NAM/DOB', m)


# ------------------------------------------------------------------ 2 consult reply
def consult_reply(W, lang):
    r = W.rng
    use_holder = r.random() < 0.5
    p = W.holder_where(lambda x: x['sex'] == 'M' and x['dob'].year < 1970) if use_holder else W.patient('M', 50, 85)
    r = SexAware(W.rng, p['sex'])
    uro = W.staff('md')
    gp = W.staff('gp', org='gmf2')
    dx = prostate_dx(W, lang, biopsy=True)
    types = ['patient_name', 'diagnosis']
    nm = name_fmt(p, r.choice([0, 2, 3, 1]), lang)
    if lang == 'fr':
        plan = r.choice(['Surveillance active : APS q6 mois, IRM dans 12 mois, biopsie de confirmation.',
                         'Prostatectomie radicale robot-assistée proposée ; le patient réfléchit.',
                         'Radiothérapie externe + hormonothérapie courte (%s) en discussion avec la radio-oncologie.' % r.choice(['leuprolide 22,5 mg q3 mois', 'bicalutamide 50 mg x 1 mois puis Eligard'])])
        extra = ''
        if r.random() < 0.5:
            extra = 'Dossier : %s. ' % W.mrn(p)
            types.append('mrn')
        text = join(hello(W, 'fr', doc_title(gp, 'fr')),
                    'Merci de m\'avoir adressé %s. %sJe l\'ai revu le %s pour les résultats de sa biopsie transpérinéale : %s.'
                    % (nm, extra, dfmt(W.future_date(dt.datetime(2025, 1, 10), 0, 90), 'fr', 1), dx),
                    'APS au moment de la biopsie : %s ng/mL. Scintigraphie osseuse négative.' % num(r.uniform(5, 19), 'fr'),
                    plan, 'Je vous tiendrai au courant. ' + bye(W, 'fr'), sig(W, uro, 'fr'))
        subj = r.choice(['Consultation urologie – %s' % p['surname'], 'Re: Référence %s' % nm, 'Suivi biopsie prostate'])
        if 'Suivi' in subj:
            pass
    else:
        plan = r.choice(['Plan is active surveillance with PSA every 6 months and repeat MRI in a year.',
                         'We discussed robotic radical prostatectomy; he is leaning towards surgery in the spring.',
                         'He will start ADT (degarelix 240 mg loading dose) and see radiation oncology.'])
        text = join(hello(W, 'en', doc_title(gp, 'en')),
                    'Thank you for referring %s. I saw him in clinic to review his transperineal biopsy: %s.' % (nm, dx),
                    'PSA at biopsy %s ng/mL, bone scan negative.' % num(r.uniform(5, 19), 'en'), plan,
                    bye(W, 'en'), sig(W, uro, 'en'))
        subj = r.choice(['Consult note - %s' % p['surname'], 'Re: referral %s' % nm, 'Biopsy results / plan'])
    types.append('lab_result')
    if 'Eligard' in text or 'leuprolide' in text or 'degarelix' in text or 'bicalutamide' in text:
        types.append('medication')
    m = mail(W, uro, [gp], subj, text, lang, reply=subj.startswith('Re'))
    return res('consult_reply', lang, types, 'urologist reply with biopsy result and plan', m)


# ------------------------------------------------------------------ 3 PSA follow-up list (xlsx)
def psa_list_xlsx(W, lang):
    r = W.rng
    nurse = W.staff('nurse', 'F')
    uro = W.staff('md')
    rows = [['Dossier', 'Nom', 'Prénom', 'DDN', 'Diagnostic', 'APS préc.', 'APS actuel', 'Prochain RV', 'Note']
            if lang == 'fr' else ['MRN', 'Last name', 'First name', 'DOB', 'Dx', 'Prev PSA', 'Current PSA', 'Next appt', 'Comment']]
    with_nam = r.random() < 0.5
    if with_nam:
        rows[0].insert(1, 'NAM' if lang == 'fr' else 'RAMQ')
    for i in range(r.randrange(6, 14)):
        p = W.holder_where(lambda x: x['sex'] == 'M') if (with_nam or r.random() < 0.3) else W.patient('M', 55, 88)
        prev = round(r.uniform(0.1, 12), 2)
        cur = round(prev * r.uniform(0.7, 1.6), 2)
        dxs = ['Surv. active G6', 'Post-PR', 'Post-RT', 'HBP', 'ADT Eligard', 'Surv. active G7'] if lang == 'fr' else \
              ['AS GG1', 'Post-RP', 'Post-RT', 'BPH', 'on ADT', 'AS GG2']
        row = [p['mrn'], p['surname'].upper(), p['given'], p['dob'].isoformat(), r.choice(dxs), prev, cur,
               W.future_date(dt.datetime(2025, 3, 1), 0, 120).isoformat(),
               r.choice(['', '', 'rappeler', 'IRM demandée', 'hausse > 0,2 -> voir Dr', 'OK']) if lang == 'fr' else r.choice(['', 'call', 'MRI ordered', 'OK'])]
        if with_nam:
            row.insert(1, p['nam'] if p.get('nam') else '')
        rows.append(row)
    data = A.make_xlsx([('Suivi APS' if lang == 'fr' else 'PSA follow-up', rows)], creator=nurse['full'])
    fname = r.choice(['suivi_APS_%s.xlsx' % ['janv', 'fev', 'mars', 'avril', 'mai'][r.randrange(5)],
                      'Liste rappel APS.xlsx', 'PSA_tracking_Q2.xlsx', 'suivi-aps-surveillance-active.xlsx'])
    if lang == 'fr':
        text = join(hello(W, 'fr', uro['given']), r.choice(['Voici la liste à jour des patients en suivi APS.',
                    'Ci-joint le fichier de suivi, j\'ai surligné ceux qui ont monté.', 'Liste pour la révision de jeudi.']),
                    bye(W, 'fr'), sig(W, nurse, 'fr'))
        subj = r.choice(['Liste suivi APS', 'Fichier APS à jour', 'suivi aps'])
    else:
        text = join(hello(W, 'en', uro['given']), 'Updated PSA tracking sheet attached, a few need a call back.', bye(W, 'en'), sig(W, nurse, 'en'))
        subj = 'PSA tracking sheet'
    types = ['patient_name', 'mrn', 'date_of_birth', 'lab_result', 'diagnosis'] + (['ramq_nam'] if with_nam else [])
    m = mail(W, nurse, [uro], subj, text, lang, attachments=[{'filename': fname, 'data': data,
             'ctype': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'}])
    return res('psa_tracking_xlsx', lang, types, 'PSA follow-up spreadsheet attached', m)


# ------------------------------------------------------------------ 4 lithotripsy booking
def litho_booking(W, lang):
    r = W.rng
    p = W.holder() if r.random() < 0.6 else W.patient(min_age=25, max_age=80)
    r = SexAware(W.rng, p['sex'])
    uro = W.staff('md')
    clerk = W.staff('clerk', 'F')
    st = stone(W, lang)
    d = W.future_date(dt.datetime(2025, 2, 1), 5, 100)
    types = ['patient_name', 'diagnosis']
    if lang == 'fr':
        ac, dose = r.choice(ANTICOAG)
        idline = 'NAM %s' % nam_fmt(p['nam'], r.randrange(9)) if p.get('nam') else 'dossier %s' % W.mrn(p)
        types.append('ramq_nam' if p.get('nam') else 'mrn')
        lines = [hello(W, 'fr', clerk['given']),
                 'Svp booker une LEOC pour %s (%s) : %s.' % (name_fmt(p, r.choice([0, 1, 3, 5]), 'fr'), idline, st['txt']),
                 'Sous %s %s — cesser 48 h avant, pas de relais. RNI/FSC/créat la semaine d\'avant.' % (ac, dose),
                 'Date souhaitée : %s ou la suivante. Analgésie : %s.' % (dfmt(d, 'fr', 3), r.choice(['kétorolac', 'fentanyl IV sur place', 'standard']))]
        types.append('medication')
        if r.random() < 0.4:
            lines.append('%s habite loin (%s), prévoir une plage en après-midi.' % ('Elle' if p['sex'] == 'F' else 'Il', p['town']))
        lines += [bye(W, 'fr'), sig(W, uro, 'fr')]
        subj = r.choice(['LEOC à céduler', 'Booking lithotripsie – %s' % p['surname'], 'Lithotripsie %s' % dfmt(d, 'fr', 2), 'Demande LEOC'])
    else:
        ac, dose = r.choice(ANTICOAG_EN)
        idline = 'RAMQ %s' % nam_fmt(p['nam'], r.randrange(9)) if p.get('nam') else 'MRN %s' % W.mrn(p)
        types.append('ramq_nam' if p.get('nam') else 'mrn')
        lines = [hello(W, 'en', clerk['given']),
                 'Please book ESWL for %s (%s): %s.' % (name_fmt(p, r.choice([0, 1, 3]), 'en'), idline, st['txt']),
                 'On %s %s, hold 2 days prior. Needs INR/CBC/creatinine the week before.' % (ac, dose),
                 'Target date %s. Thanks' % dfmt(d, 'en', 1)]
        types.append('medication')
        lines += [sig(W, uro, 'en')]
        subj = r.choice(['ESWL booking', 'SWL request - %s' % p['surname'], 'Lithotripsy booking'])
    m = mail(W, uro, [clerk], subj, join(*lines), lang)
    return res('litho_booking', lang, types, 'lithotripsy booking with stone and anticoagulant', m)


# ------------------------------------------------------------------ 5 stone analysis / 24h urine
def stone_analysis(W, lang):
    r = W.rng
    p = W.holder() if r.random() < 0.5 else W.patient()
    r = SexAware(W.rng, p['sex'])
    lab = W.staff('labtech', org='lab')
    uro = W.staff('md')
    com = r.choice(['oxalate de calcium monohydraté %d %%, phosphate de calcium %d %%', 'acide urique %d %%, oxalate de calcium %d %%',
                    'struvite %d %%, carbapatite %d %%', 'cystine %d %%, oxalate %d %%'])
    a = r.randrange(60, 95)
    comp = com % (a, 100 - a)
    vol = num(r.uniform(0.9, 2.8), lang)
    cit = r.randrange(80, 700)
    oxa = r.randrange(20, 80)
    types = ['patient_name', 'lab_result']
    if lang == 'fr':
        idl = ('NAM : %s' % nam_fmt(p['nam'], r.randrange(9))) if p.get('nam') else ('No dossier : %s' % W.mrn(p))
        types.append('ramq_nam' if p.get('nam') else 'mrn')
        body = ['Résultats — %s, %s (%s, DDN %s)' % (p['surname'].upper(), p['given'], idl, dob_fmt(p['dob'], 'fr', 0)),
                'Analyse de calcul (IR) : %s' % comp,
                'Urine 24 h : volume %s L, calcium %s mmol/j, citrate %d mg/j%s, oxalate %d mg/j, acide urique %s mmol/j'
                % (vol, num(r.uniform(2, 9), 'fr'), cit, ' (bas)' if cit < 320 else '', oxa, num(r.uniform(2, 6), 'fr')),
                'Commentaire : %s' % r.choice(['hypocitraturie', 'hyperoxalurie légère', 'hypercalciurie idiopathique probable', 'volume urinaire insuffisant'])]
        text = join(hello(W, 'fr', doc_title(uro, 'fr')), 'Voici les résultats demandés :', '\n'.join(body), bye(W, 'fr'), sig(W, lab, 'fr'))
        subj = r.choice(['Résultats analyse de calcul', 'Urine 24h + calcul – résultats', 'Résultat labo lithiase'])
    else:
        idl = ('RAMQ: %s' % nam_fmt(p['nam'], r.randrange(9))) if p.get('nam') else ('MRN: %s' % W.mrn(p))
        types.append('ramq_nam' if p.get('nam') else 'mrn')
        body = ['Patient: %s (%s, DOB %s)' % (name_fmt(p, 1, 'en'), idl, dob_fmt(p['dob'], 'en', 0)),
                'Stone analysis (FTIR): %s' % comp.replace('oxalate de calcium monohydraté', 'calcium oxalate monohydrate').replace('phosphate de calcium', 'calcium phosphate').replace('acide urique', 'uric acid'),
                '24-h urine: volume %s L, citrate %d mg/d, oxalate %d mg/d' % (vol, cit, oxa)]
        text = join(hello(W, 'en', doc_title(uro, 'en')), '\n'.join(body), bye(W, 'en'), sig(W, lab, 'en'))
        subj = 'Stone analysis result'
    types += ['date_of_birth', 'diagnosis']
    m = mail(W, lab, [uro], subj, text, lang, body_mode=r.choice(['plain', 'html', 'alt']))
    return res('stone_analysis', lang, types, 'stone composition and 24h urine results', m)


# ------------------------------------------------------------------ 6 cystoscopy invitation (ICS)
def cysto_ics(W, lang):
    r = W.rng
    p = W.holder() if r.random() < 0.5 else W.patient(min_age=40)
    r = SexAware(W.rng, p['sex'])
    clerk = W.staff('clerk', 'F')
    uro = W.staff('md')
    nurse = W.staff('nurse')
    d = W.future_date(dt.datetime(2025, 2, 1), 3, 120)
    start = dt.datetime(d.year, d.month, d.day, r.choice([8, 9, 10, 13, 14]), r.choice([0, 15, 30, 45]))
    end = start + dt.timedelta(minutes=r.choice([15, 20, 30]))
    reason = r.choice(['hématurie macroscopique', 'suivi TVNIM 3 mois', 'retrait de tuteur JJ', 'cystite interstitielle ?',
                       'contrôle post-RTUV']) if lang == 'fr' else r.choice(['gross hematuria', '3-month NMIBC surveillance', 'stent removal', 'post-TURBT check'])
    types = ['patient_name', 'diagnosis']
    idp = ''
    if p.get('nam') and r.random() < 0.6:
        idp = ' NAM %s' % nam_fmt(p['nam'], r.randrange(9))
        types.append('ramq_nam')
    else:
        idp = ' dossier %s' % W.mrn(p)
        types.append('mrn')
    nm = name_fmt(p, r.choice([1, 5, 3]), lang)
    summ = ('Cysto flex – %s' % nm) if lang == 'fr' else ('Flexible cysto - %s' % nm)
    desc = ('Patient : %s%s\nMotif : %s\nTransport : %s' % (nm, idp, reason, r.choice(['autonome', 'ambulance', 'accompagné par sa fille']))) if lang == 'fr' \
        else ('Patient: %s%s\nReason: %s' % (nm, idp, reason))
    ics = A.make_ics('%d-%s@agenda.hsln.example' % (r.randrange(10 ** 6), p['mrn']), summ, start, end,
                     'Salle endoscopie 2, 3e étage' if lang == 'fr' else 'Endoscopy room 2, 3rd floor', desc,
                     who(clerk), [who(uro), who(nurse)], dt.datetime(2025, 1, 15, 12, 0))
    if lang == 'fr':
        text = join(hello(W, 'fr'), 'Invitation pour la plage de cystoscopie. ' + r.choice(['', 'Patient ajouté en surplus.', 'Remplace l\'annulation de 8 h 30.']), sig(W, clerk, 'fr'))
    else:
        text = join('Added to your calendar.', sig(W, clerk, 'en'))
    m = mail(W, clerk, [uro, nurse], summ if r.random() < 0.5 else ('Invitation : ' + summ), text, lang,
             attachments=[{'filename': 'invite.ics', 'data': ics, 'ctype': 'text/calendar; method=REQUEST', 'cte': r.choice(['base64', '7bit' if max(ics) < 128 else '8bit', 'quoted-printable'])}])
    return res('cysto_ics', lang, types, 'calendar invitation for a named patient cystoscopy', m)
