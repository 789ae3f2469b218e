# -*- coding: utf-8 -*-
"""Positive templates, part 3: day lists, social work, pregnancy, school
plans, call lists, med reconciliation, living donors, thyroid, ICS, patient
reminders, vCards."""
import datetime as dt
import html as H

import gen_files as F
import gen_mime as M
from gen_ctx import Att, G, result, num, hba1c, social, DIAB_DX, ESRD_DX, ENDO_DX, INSULINS, INSULINS_EN, ORAL_DM, ORAL_DM_EN, \
    IMMUNO, IMMUNO_EN, PROPHY, PROPHY_EN, SOCIAL_FR, SOCIAL_EN

DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'


# ------------------------------------------------------------ 21 clinic day list (HTML only)
def clinic_daylist(c):
    r, L = c.rng, c.lang
    unit = r.choice(['endo', 'tx', 'cde'])
    T = {'patient_name', 'mrn', 'diagnosis'}
    n = r.randrange(5, 10)
    pts = []
    while len(pts) < n:
        p = c.qc_patient(14, 92)
        if p not in pts:
            pts.append(p)
    mot = {'endo': [c.fr('Basedow - suivi', "Graves f/u"), c.fr('nodule thyroïdien', 'thyroid nodule'), 'DB1 - pompe' if L == 'fr' else 'T1D pump',
                    c.fr('hyperparathyroïdie', 'hyperparathyroidism'), c.fr('Addison', "Addison's"), 'SOPK' if L == 'fr' else 'PCOS'],
           'tx': [c.fr('post-greffe 3 mois', '3 mo post-tx'), c.fr('pré-greffe - 1re visite', 'pre-tx first visit'), c.fr('BK virémie', 'BK viremia'),
                  c.fr('rejet - contrôle post-bolus', 'rejection - post-pulse check'), c.fr('NODAT', 'PTDM')],
           'cde': [c.fr('départ pompe', 'pump start'), c.fr('DLT2 début insuline', 'T2D insulin start'), c.fr('hypos non ressenties', 'hypo unawareness'),
                   c.fr('diabète gestationnel', 'gestational diabetes')]}[unit]
    dob_col = r.random() < 0.4
    if dob_col:
        T.add('date_of_birth')
    t = dt.datetime(2024, 1, 1, 8, 0)
    rows = []
    for p in pts:
        t += dt.timedelta(minutes=r.choice([15, 20, 30]))
        rows.append([t.strftime('%H:%M'), '%s, %s' % (p.surname.upper(), p.given), p.mrn] + ([G.fmt_date(p.dob, L, r, 0)] if dob_col else []) +
                    [r.choice(mot), G.staff_name(c.st(('endo', 'nephro', 'nurse')), L, True)])
    head = [c.fr('Heure', 'Time'), 'Patient', c.fr('Dossier', 'MRN')] + ([c.fr('DDN', 'DOB')] if dob_col else []) + [c.fr('Motif', 'Reason'), c.fr('Intervenant', 'Clinician')]
    clinic = G.CHU[unit + '_' + L]
    day = c.later(1, 4)
    htm = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CS%"><style>td,th{border:1px solid #bbb;padding:3px 6px;font-size:10pt}</style></head><body>',
           '<p>%s</p>' % H.escape(c.greet()),
           '<p>%s</p>' % H.escape(c.fr('Liste de la %s pour %s :', '%s list for %s:') % (clinic, G.day_text(day, L))),
           '<table cellspacing="0" style="border-collapse:collapse;font-family:Arial">',
           '<tr>' + ''.join('<th style="background:#dde">%s</th>' % H.escape(h) for h in head) + '</tr>']
    for row in rows:
        htm.append('<tr>' + ''.join('<td>%s</td>' % H.escape(str(x)) for x in row) + '</tr>')
    adm = c.st(('admin',))
    htm += ['</table>', '<p>%s</p>' % H.escape(c.thanks()), '<p style="color:#666">%s</p>' % H.escape(c.sig(adm, 1)).replace('\n', '<br>\n'), '</body></html>']
    text = '\n'.join([c.greet(), ''] + [' | '.join(str(x) for x in row) for row in [head] + rows])
    m = c.msg(c.fr('Liste clinique %s', 'Clinic list %s') % G.fmt_date(day, L, r, 0), text, c.who(adm),
              [(c.fr('Équipe %s', '%s team') % clinic, 'equipe.%s@%s' % (unit, G.CHU['dom']))], html='\n'.join(htm), mode=r.choice(['html', 'html', 'alt']))
    return result('clinic_daylist', m, T, 'clinic day list table (names, MRN, reason)')


# ------------------------------------------------------------ 22 social work evaluation
def social_work(c):
    r = c.rng
    c.lang = L = 'fr' if r.random() < 0.7 else c.lang
    p = c.qc_patient(25, 72)
    T = {'patient_name', 'social_information', 'diagnosis'}
    sw = ('Isabelle', 'Ducharme', '', '', 'sw', 'fr', 'tx') if L == 'fr' else c.st('sw')
    coord = c.st('txcoord')
    items = r.sample(SOCIAL_FR if L == 'fr' else SOCIAL_EN, 3)
    if p.sex == 'M':
        items = [i.replace('vit seule', 'vit seul').replace('hébergée', 'hébergé').replace('proche aidante', 'proche aidant').replace('her husband', 'his wife') for i in items]
    paras = [c.fr('Évaluation psychosociale — candidature à la greffe rénale', 'Psychosocial assessment — kidney transplant candidacy'),
             c.fr('Usager : %s', 'Client: %s') % c.nm(p, r.choice([0, 2])), _idl(c, p, T),
             c.fr('Contexte médical : %s, en %s.', 'Medical: %s, on %s.') % (r.choice(ESRD_DX[L]), r.choice([c.fr('hémodialyse', 'haemodialysis'), c.fr('dialyse péritonéale', 'peritoneal dialysis')])),
             '## ' + c.fr('Constats', 'Findings')] + ['- ' + i[0].upper() + i[1:] for i in items] + \
        ['## ' + c.fr('Recommandation', 'Recommendation'),
         r.choice([c.fr('Candidature acceptable sous réserve d\'un plan de soutien post-greffe (2 proches identifiés).',
                        'Acceptable candidate provided a post-transplant support plan (2 support persons identified).'),
                   c.fr('Réévaluation dans 3 mois : abstinence à confirmer.', 'Reassess in 3 months: abstinence to be confirmed.')])]
    atts, text = [], None
    if r.random() < 0.5:
        atts.append(Att('eval_psychosociale_%s.docx' % G.strip_accents(p.surname).lower(), DOCX,
                        F.make_docx(paras[0], paras[1:], author=G.staff_name(sw, L, False))))
        text = '\n'.join([c.greet(coord), '', c.fr('Mon évaluation pour %s est jointe, à déposer au dossier avant le comité.',
                                                    'My assessment for %s is attached for the committee.') % c.nm(p, 3), '', c.sig(sw, 0)])
    else:
        text = '\n'.join([c.greet(coord), ''] + [x.replace('## ', '').upper() if x.startswith('## ') else x for x in paras] + ['', c.sig(sw, 0)])
    m = c.msg(c.fr('Éval. psychosociale - comité greffe', 'Psychosocial assessment - tx committee'), text, c.who(sw), [c.who(coord)], atts=atts)
    return result('social_work', m, T, 'psychosocial assessment for transplant candidacy')


def _idl(c, p, T):
    r = c.rng
    if r.random() < 0.5:
        T.add('ramq_nam')
        return 'NAM %s' % G.fmt_nam(p.nam, r)
    T.add('mrn')
    return G.fmt_mrn(p.mrn, r, c.lang)


# ------------------------------------------------------------ 23 gestational diabetes
def gdm(c):
    r, L = c.rng, c.lang
    p = c.qc_patient(18, 45, sex='F')
    T = {'patient_name', 'diagnosis', 'lab_result', 'medication'}
    nurse = c.st('nurse')
    ob = ('Dre Audrey Lamontagne', 'audrey.lamontagne@%s' % G.CHU['dom'])
    wk = r.randrange(24, 33)
    g = r.randrange(0, 4)
    ogtt = (num(r.uniform(4.8, 6.1), L), num(r.uniform(9.5, 12.5), L), num(r.uniform(8.0, 10.2), L))
    lines = [c.greet(), '',
             c.fr('%s, G%dP%d, %d sem. HGPO 75 g : %s / %s / %s mmol/L → diabète gestationnel.',
                  '%s, G%dP%d, %d wks. 75 g OGTT: %s / %s / %s mmol/L → GDM.') % ((c.nm(p, r.choice([0, 1, 3])), g + 1, g, wk) + ogtt),
             c.fr('Glycémies à jeun 5,6-6,3 malgré diète. Début insuline NPH %d U HS; on la revoit dans 1 semaine.',
                  'Fasting 5.6-6.3 despite diet. Starting NPH %d U HS; see her in 1 week.') % r.randrange(4, 12)]
    if r.random() < 0.5:
        lines.append(_idl(c, p, T))
    if r.random() < 0.4:
        lines.append(c.fr('Elle travaille en garderie, horaire variable; conjoint absent (travail au Nord).', 'Works at a daycare with shifting hours; partner away (works up North).'))
        T.add('social_information')
    lines += ['', c.thanks(), c.sig(nurse, r.choice([0, 1, 2]))]
    m = c.msg(c.fr('DG - début insuline', 'GDM - insulin start') if r.random() < 0.5 else 'DG %s' % p.surname, c.maybe_typo('\n'.join(lines)),
              c.who(nurse), [ob], cc=[c.who(c.st('endo'))] if r.random() < 0.5 else None)
    return result('gdm', m, T, 'gestational diabetes insulin start with OGTT values')


# ------------------------------------------------------------ 24 school plan (paediatric)
def school_plan(c):
    r, L = c.rng, c.lang
    p = c.qc_patient(4, 17)
    T = {'patient_name', 'diagnosis', 'medication', 'patient_contact'}
    nurse = c.st('nurse')
    parent_ph = G.phone(r)
    paras = [c.fr('Plan de soins du diabète à l\'école', 'Diabetes school care plan'),
             c.fr('Élève : %s', 'Student: %s') % p.full(),
             G.fmt_dob(p, L, r),
             c.fr('Diabète de type 1, pompe %s (%s).', 'Type 1 diabetes, %s pump (%s).') % (r.choice(['NovaPump X3', 'Orbis Patch Pump']), r.choice(INSULINS[:3] if L == 'fr' else INSULINS_EN[:3])),
             c.fr('Hypoglycémie (< 4,0) : 15 g de glucides rapides (4 comprimés de dextrose), revérifier après 15 min.',
                  'Low (< 4.0): 15 g fast carbs (4 dextrose tabs), recheck in 15 min.'),
             c.fr('Glucagon nasal 3 mg dans le sac à dos si inconscient.', 'Nasal glucagon 3 mg in backpack if unconscious.'),
             c.fr('Parent à joindre : %s (cell.)', 'Parent contact: %s (cell)') % parent_ph]
    T.add('date_of_birth')
    att = Att('plan_scolaire_%s.docx' % G.strip_accents(p.given).lower(), DOCX, F.make_docx(paras[0], paras[1:], author=G.staff_name(nurse, L, False)))
    text = '\n'.join([c.greet(), '', c.fr('Comme convenu avec les parents, voici le plan de soins de %s pour la rentrée.',
                                          "As agreed with the parents, here is %s's care plan for the school year.") % p.given, '', c.sig(nurse, 1)])
    m = c.msg(c.fr('Plan de soins école - %s', 'School plan - %s') % p.given, text, c.who(nurse),
              [(c.fr('Infirmière scolaire', 'School nurse'), 'infirmerie@ecole-des-hirondelles.example')], atts=[att])
    return result('school_plan', m, T, 'paediatric T1D school plan DOCX with parent phone')


# ------------------------------------------------------------ 25 missed appointments call list
def missed_appts(c):
    r, L = c.rng, c.lang
    n = r.randrange(3, 8)
    pts = []
    while len(pts) < n:
        p = c.qc_patient(18, 92)
        if p not in pts:
            pts.append(p)
    T = {'patient_name', 'patient_contact', 'diagnosis'}
    adm = c.st(('admin',))
    nurse = c.st(('nurse', 'txcoord'))
    rows = [[c.fr('Nom', 'Name'), c.fr('Téléphone', 'Phone'), c.fr('RV manqué', 'Missed'), c.fr('Motif', 'Reason')]]
    for p in pts:
        rows.append([c.nm(p, r.choice([2, 4, 0])), p.phone, G.fmt_date(c.earlier(1, 14), L, r, 0),
                     r.choice([c.fr('suivi tacro + créat', 'tac level + creat'), c.fr('ajustement pompe', 'pump adjustment'),
                               c.fr('HbA1c 11 %, à revoir', 'A1c 11%, needs review'), c.fr('biopsie greffon', 'graft biopsy')])])
    if any('HbA1c' in x[3] or 'A1c' in x[3] for x in rows[1:]):
        T.add('lab_result')
    kind = r.choice(['inline', 'csv'])
    if kind == 'csv':
        text = '\n'.join([c.greet(nurse), '', c.fr('Liste des absences à rappeler cette semaine (fichier).', "This week's no-shows to call back (file)."), '', c.sig(adm, 2)])
        atts = [Att('absences.csv', 'text/csv', F.make_csv(rows, ';'), charset=r.choice(['windows-1252', 'utf-8']))]
    else:
        text = '\n'.join([c.greet(nurse), '', c.fr('Absences à rappeler :', 'No-shows to call:'), ''] + [' | '.join(x) for x in rows] + ['', c.sig(adm, 2)])
        atts = []
    m = c.msg(c.fr('Absences à rappeler', 'No-shows to call back'), c.maybe_typo(text), c.who(adm), [c.who(nurse)], atts=atts)
    return result('missed_appts', m, T, 'no-show call-back list with phones (%s)' % kind)


# ------------------------------------------------------------ 26 post-transplant med reconciliation
def med_rec(c):
    r, L = c.rng, c.lang
    p = c.qc_patient(20, 78)
    T = {'patient_name', 'medication', 'diagnosis'}
    ph = c.st('pharm')
    coord = c.st('txcoord')
    im = IMMUNO if L == 'fr' else IMMUNO_EN
    pr = PROPHY if L == 'fr' else PROPHY_EN
    meds = ['%s %s mg BID' % (im[0], num(r.choice([1, 2, 3, 4]), L)), '%s 720 mg BID' % im[4], '%s 5 mg DIE' % im[5]] + r.sample(pr, 3)
    lines = [c.greet(coord), '',
             c.fr('Conciliation au congé — %s, greffe rénale le %s (J%d).', 'Discharge med rec — %s, kidney tx %s (POD %d).') %
             (c.nm(p, r.choice([0, 2, 3])), G.fmt_date(c.earlier(5, 12), L, r, 1), r.randrange(5, 12)), _idl(c, p, T), '']
    lines += ['- ' + x for x in meds]
    lines += ['', c.fr('Allergie : sulfamidés (rash) — à valider avec TMP-SMX.', 'Allergy: sulfa (rash) — check TMP-SMX.') if r.random() < 0.5 else
              c.fr('Dernier tacro %s, créat %d.', 'Last tac %s, creat %d.') % (num(r.uniform(5, 13), L), r.randrange(90, 210)),
              '', c.sig(ph, r.choice([0, 1]))]
    if 'tacro' in lines[-3] or 'tac ' in lines[-3]:
        T.add('lab_result')
    m = c.msg(c.fr('Conciliation congé %s', 'Discharge med rec %s') % G.strip_accents(p.surname)[:4].upper(), '\n'.join(lines), c.who(ph), [c.who(coord)])
    return result('med_rec', m, T, 'post-transplant discharge medication reconciliation')


# ------------------------------------------------------------ 27 living donor work-up
def living_donor(c):
    r, L = c.rng, c.lang
    rec = c.qc_patient(25, 70)
    don = c.other_patient('qc', (25, 62))
    T = {'patient_name', 'lab_result', 'social_information'}
    coord = c.st('txcoord')
    neph = c.st('nephro')
    rel = r.choice([c.fr('sœur', 'sister'), c.fr('conjoint', 'spouse'), c.fr('fils', 'son'), c.fr('ami de longue date', 'long-time friend')])
    lines = [c.greet(neph), '',
             c.fr('Donneur vivant potentiel pour %s : %s (%s), %d ans.', 'Potential living donor for %s: %s (%s), %d y.o.') %
             (c.nm(rec, r.choice([0, 3])), don.full(), rel, don.age()),
             c.fr('DFG mesuré %d mL/min, TA MAPA %d/%d, IMC %s, glycémie à jeun %s.', 'Measured GFR %d mL/min, ABPM %d/%d, BMI %s, fasting glucose %s.') %
             (r.randrange(78, 125), r.randrange(112, 141), r.randrange(68, 90), num(r.uniform(21, 31), L), num(r.uniform(4.4, 6.2), L)),
             c.fr('Crossmatch virtuel négatif, compatibilité ABO.', 'Virtual crossmatch negative, ABO compatible.')]
    if r.random() < 0.5:
        lines.append(c.fr('Receveur : %s, %s.', 'Recipient: %s, %s.') % (r.choice(ESRD_DX[L]), _idl(c, rec, T)))
    else:
        lines.append(c.fr('Receveur en hémodialyse depuis %d (%s).', 'Recipient on haemodialysis since %d (%s).') % (r.randrange(2015, 2024), r.choice(ESRD_DX[L])))
    T.add('diagnosis')
    if r.random() < 0.5:
        lines.append(c.fr('Donneur joignable au %s.', 'Donor reachable at %s.') % don.phone)
        T.add('patient_contact')
    lines += ['', c.fr('Rencontre psychosociale du donneur la semaine prochaine.', "Donor psychosocial meeting next week."), '', c.sig(coord)]
    m = c.msg(c.fr('Donneur vivant - bilan', 'Living donor work-up'), '\n'.join(lines), c.who(coord), [c.who(neph, True)])
    return result('living_donor', m, T, 'living donor work-up naming donor and recipient')


# ------------------------------------------------------------ 28 thyroid / endocrine results
def thyroid_endo(c):
    r, L = c.rng, c.lang
    p = c.qc_patient(18, 88)
    T = {'patient_name', 'lab_result', 'diagnosis'}
    md = c.st('endo')
    kind = r.choice(['fna', 'tsh', 'pth'])
    if kind == 'fna':
        body = c.fr('Cytoponction du nodule lobe %s (%d mm) : Bethesda %s. Je réfère en chirurgie ORL pour lobectomie.',
                    'FNA of %s lobe nodule (%d mm): Bethesda %s. Referring to ENT for lobectomy.') % (r.choice([c.fr('droit', 'right'), c.fr('gauche', 'left')]), r.randrange(12, 38), r.choice(['IV', 'V', 'III']))
    elif kind == 'tsh':
        body = c.fr('TSH %s mUI/L, T4L %s pmol/L, anti-RTSH positifs : maladie de Basedow. Début méthimazole %d mg DIE.',
                    'TSH %s mU/L, FT4 %s pmol/L, TRAb positive: Graves. Starting methimazole %d mg daily.') % (num(r.uniform(0.005, 0.05), L, 3), r.randrange(28, 60), r.choice([10, 15, 20]))
        T.add('medication')
    else:
        body = c.fr('Calcium corrigé %s mmol/L, PTH %s pmol/L, densitométrie T-score %s : hyperparathyroïdie primaire, indication chirurgicale.',
                    'Corrected Ca %s mmol/L, PTH %s pmol/L, DXA T-score %s: primary hyperparathyroidism, meets surgical criteria.') % (num(r.uniform(2.65, 2.95), L, 2), num(r.uniform(9, 22), L), num(r.uniform(-3.2, -2.5), L))
    to = (c.fr('Dr Maxime Lortie (ORL)', 'Dr. Maxime Lortie (ENT)'), 'maxime.lortie@%s' % G.CHU['dom'])
    lines = [c.greet(), '', c.fr('Je vous réfère %s (%s).', 'Referring %s (%s).') % (c.nm(p, r.choice([1, 0, 2])), _idl(c, p, T)), body]
    if r.random() < 0.4:
        lines.append(G.fmt_dob(p, L, r))
        T.add('date_of_birth')
    lines += ['', c.sig(md, r.choice([0, 1, 3]))]
    m = c.msg(c.fr('Référence - %s', 'Referral - %s') % p.surname, c.maybe_typo('\n'.join(lines)), c.who(md, True), [to])
    return result('thyroid_endo', m, T, 'endocrinology referral with thyroid/parathyroid results')


# ------------------------------------------------------------ 29 pump start ICS
def pump_start_ics(c):
    r, L = c.rng, c.lang
    p = c.qc_patient(10, 80)
    T = {'patient_name', 'diagnosis'}
    nurse = c.st('nurse')
    sup = r.choice([s for s in G.SUPPLIERS if 'Pump' in s['product']])
    day = c.later(3, 25)
    start = dt.datetime(day.year, day.month, day.day, r.choice([8, 9, 13]), 0)
    desc = [c.fr('Départ de pompe %s — DB type 1.', '%s pump start — T1D.') % sup['product'],
            c.fr('Apporter : insuline %s, glucomètre, collation.', 'Bring: %s, meter, snack.') % r.choice(INSULINS[:3] if L == 'fr' else INSULINS_EN[:3])]
    T.add('medication')
    if r.random() < 0.5:
        desc.append(c.fr('Tél. patient : %s', 'Patient phone: %s') % p.phone)
        T.add('patient_contact')
    if r.random() < 0.4:
        desc.append('NAM %s' % G.fmt_nam(p.nam, r, r.choice([0, 1])))
        T.add('ramq_nam')
    ev = {'uid': '%s-%d@%s' % (start.strftime('%Y%m%dT%H%M'), r.randrange(10 ** 6), G.CHU['dom']), 'start': start,
          'end': start + dt.timedelta(hours=3), 'summary': c.fr('Départ pompe - %s %s', 'Pump start - %s %s') % (p.surname, p.given),
          'location': c.fr('CED, salle 4', 'DEC room 4'), 'description': '\n'.join(desc), 'organizer': (G.staff_name(nurse, L, False), G.staff_addr(nurse))}
    ics = F.make_ics([ev])
    rep = (sup['rep'][0] + ' ' + sup['rep'][1], '%s.%s@%s' % (G.strip_accents(sup['rep'][0]).lower(), G.strip_accents(sup['rep'][1]).lower(), sup['dom']))
    text = '\n'.join([c.greet((sup['rep'][0],)), '', c.fr('Invitation pour le départ de pompe du %s. Peux-tu confirmer ta présence pour la formation?',
                                                         'Invite for the pump start on %s. Can you confirm you can do the training?') % G.day_text(day, L), '', c.sig(nurse, 1)])
    m = c.msg(c.fr('Invitation : départ pompe %s', 'Invitation: pump start %s') % G.fmt_date(day, L, r, 0), text, c.who(nurse), [rep],
              atts=[Att('invite.ics', 'text/calendar', ics, inline=r.random() < 0.5, cte=r.choice(['base64', 'quoted-printable', '8bit']))])
    return result('pump_start_ics', m, T, 'calendar invite for a pump start naming the patient')


# ------------------------------------------------------------ 30 reminder sent to patient
def reminder_to_patient(c):
    r = c.rng
    c.lang = L = 'fr' if r.random() < 0.7 else c.lang
    p = c.qc_patient(18, 85)
    T = {'patient_name', 'patient_contact', 'diagnosis'}
    adm = c.st(('admin', 'txcoord'))
    day = c.later(3, 20)
    tx = r.random() < 0.6
    if tx:
        body = c.fr('Nous vous rappelons votre rendez-vous de suivi post-greffe rénale le %s à %s. Prélèvement sanguin à jeun à 7 h 30, '
                    '12 h après votre dose de tacrolimus du soir (ne prenez pas la dose du matin avant la prise de sang).',
                    'This is a reminder of your post-kidney-transplant follow-up on %s at %s. Fasting blood work at 7:30, '
                    '12 h after your evening tacrolimus dose (do not take the morning dose before the test).') % (G.day_text(day, L), r.choice(['8 h 30', '9 h 15', '10 h']))
        T.add('medication')
    else:
        body = c.fr('Rappel : séance individuelle avec l\'éducatrice en diabète le %s à %s. Apportez votre lecteur de glycémie et votre carnet de doses d\'insuline.',
                    'Reminder: one-on-one session with the diabetes educator on %s at %s. Bring your meter and insulin log.') % (G.day_text(day, L), r.choice(['13 h', '14 h 30']))
        T.add('medication')
    text = '\n'.join([c.fr('Bonjour %s,', 'Dear %s,') % c.nm(p, r.choice([1, 3, 0])), '', body, '',
                      c.fr('Pour annuler : 514 555-0163.', 'To cancel: 514 555-0163.'), '', c.sig(adm, 0)])
    m = c.msg(c.fr('Rappel de rendez-vous', 'Appointment reminder'), text, c.who(adm), [(p.full(), p.email)])
    return result('reminder_to_patient', m, T, 'appointment reminder e-mailed to the patient')


# ------------------------------------------------------------ 31 vCard of a patient
def vcard_patient(c):
    r, L = c.rng, c.lang
    p = c.qc_patient(18, 90)
    T = {'patient_name', 'patient_contact', 'diagnosis'}
    a = c.st(('txcoord', 'nurse'))
    b = c.st(('txcoord', 'nurse', 'pharm'), exclude=(a,))
    note = r.choice([c.fr('Greffé rénal %d - appeler pour résultats BK', 'Kidney tx %d - call re BK results'),
                     c.fr('DB1 pompe depuis %d - préfère texto', 'T1D on pump since %d - prefers text')]) % r.randrange(2014, 2024)
    vc = F.make_vcard(p.given, p.surname, tel=p.phone, email=p.email if r.random() < 0.5 else None, adr=p.address if r.random() < 0.5 else None, note=note)
    text = '\n'.join([c.greet(b), '', c.fr('Voici ses coordonnées pour le rappel, merci de t\'en occuper pendant mes vacances.',
                                           'Here are the contact details for the call-back, thanks for covering during my vacation.'), '', c.sig(a, 2)])
    m = c.msg(c.fr('Coordonnées à rappeler', 'Contact to call back'), text, c.who(a), [c.who(b)],
              atts=[Att('%s %s.vcf' % (p.given, p.surname), 'text/vcard', vc)])
    return result('vcard_patient', m, T, 'vCard of a patient with clinical note')


# ------------------------------------------------------------ 32 identifier without a name
def id_only(c):
    r, L = c.rng, c.lang
    kind = r.choice(['nam', 'mrn', 'ohn', 'mrn'])
    T = {'lab_result'}
    if kind == 'ohn':
        c.lang = L = 'en'
        p = c.other_patient('on', (30, 75))
        ohn, vc = p.ohn
        body = ('HCN %s (DOB %s): BK virus PCR %s log copies/mL, creatinine %d. Transplant recipient, please review mycophenolate dose.' %
                (G.fmt_ohn(ohn, vc, r), G.fmt_date(p.dob, L, r, 0), num(r.uniform(3.1, 5.4), L), r.randrange(120, 240)))
        T |= {'ca_health_number', 'date_of_birth', 'diagnosis', 'medication'}
        frm = ('Lab Results Desk', 'results@%s' % G.ONT['dom'])
    else:
        p = c.qc_patient(18, 90)
        if kind == 'nam':
            body = c.fr('NAM %s — HbA1c %s %% ce matin. Renouveler l\'ordonnance de %s et ajouter empagliflozine?',
                        'RAMQ %s — A1c %s%% this morning. Renew the %s prescription and add empagliflozin?') % \
                (G.fmt_nam(p.nam, r), num(hba1c(r, 8.0, 11.5), L), r.choice(['Toujeo 40 U', 'Tresiba 32 U', 'glargine 28 U']))
            T |= {'ramq_nam', 'medication'}
        else:
            body = c.fr('Dossier %s (DDN %s) : tacro %s, créat %d — rappeler pour diminuer la dose d\'Advagraf.',
                        'Chart %s (DOB %s): tac %s, creat %d — call back to reduce the Advagraf dose.') % \
                (p.mrn, G.fmt_date(p.dob, L, r, 0), num(r.uniform(13, 19), L), r.randrange(140, 260))
            T |= {'mrn', 'date_of_birth', 'medication', 'diagnosis'}
        frm = c.who(c.st(('nurse', 'txcoord', 'pharm')))
    to = c.st(('endo', 'nephro'))
    text = '\n'.join([c.greet(to), '', body, '', c.thanks()])
    m = c.msg(c.fr('Résultat à revoir', 'Result to review') if r.random() < 0.6 else c.fr('Urgent - valeur critique', 'Urgent - critical value'),
              text, frm, [c.who(to, True)])
    return result('id_only', m, T, 'patient identified only by a number (%s) with results' % kind)


POS3 = [(id_only, 4), (clinic_daylist, 4), (social_work, 4), (gdm, 3), (school_plan, 2), (missed_appts, 3), (med_rec, 4), (living_donor, 3),
        (thyroid_endo, 4), (pump_start_ics, 3), (reminder_to_patient, 3), (vcard_patient, 2)]
