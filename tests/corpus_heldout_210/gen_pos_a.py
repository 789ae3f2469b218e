"""Positive templates, part A: referrals, consults, census lists, bookings,
transport requests, lab and imaging follow-ups, discharge summaries."""
import datetime

import gen_attach as A
import gen_clin as K
from gen_common import (PROG_EN, PROG_FR, SITES, age_on, fmt_date, pick, signature, staff_name)
from gen_mime import Att, Mail


# ---------------------------------------------------------------------------
# identity helpers
# ---------------------------------------------------------------------------
def id_lines(c, p, want_nam=True, want_mrn=None, name_style=None):
    """Labelled identity lines.  A NAM always travels with birth date and sex."""
    d, L = c.doc, c.L
    rng = c.rng
    want_mrn = (rng.random() < 0.5) if want_mrn is None else want_mrn
    lines = []
    lab = pick(rng, [0, 1, 2])
    lines.append(f'{L(["Nom", "Patient(e)", "Usager"][lab], ["Name", "Patient", "Pt"][lab])} : '.replace(' :', ':' if c.lang == 'en' else ' :')
                 + d.name(p, name_style or pick(rng, ['last_first', 'full', 'last_first_plain', 'upper_last'])))
    if want_nam and p.nam:
        lines.append(f'{L("DDN", "DOB")}{L(" :", ":")} {d.dob(p)}')
        lines.append(f'{L("Sexe", "Sex")}{L(" :", ":")} {d.sex(p, 0)}')
        lines.append(f'NAM{L(" :", ":")} {d.nam(p)}')
    elif rng.random() < 0.6:
        lines.append(f'{L("DDN", "DOB")}{L(" :", ":")} {d.dob(p)}')
    if want_mrn:
        lines.append(f'{L(pick(rng, ["No dossier", "Dossier", "N° de dossier"]), pick(rng, ["MRN", "Chart #", "Chart no."]))}'
                     f'{L(" :", ":")} {d.mrn(p)}')
    return lines


def one_liner(c, p, with_nam=True):
    d, L = c.doc, c.L
    parts = [d.name(p, pick(c.rng, ['last_first', 'title', 'full', 'upper_last']))]
    if with_nam and p.nam:
        parts.append(f'{L("né(e) le", "DOB")} {d.dob(p)}' if c.rng.random() < 0.5 else d.dob(p))
        parts.append(f'{L("sexe", "sex")} {d.sex(p, 0)}')
        parts.append(f'NAM {d.nam(p)}')
    else:
        parts.append(f'{L("dossier", "MRN")} {d.mrn(p)}')
    return ', '.join(parts) if c.rng.random() < 0.5 else ' — '.join(parts)


def greet(c, who=None):
    rng = c.rng
    if who:
        return pick(rng, ['Bonjour', 'Bonjour', 'Salut', 'Allo'] if c.lang == 'fr' else ['Hi', 'Hello', 'Dear', 'Good morning']) + f' {who},'
    if c.lang == 'fr':
        return pick(rng, ['Bonjour,', 'Bonjour,', 'Salut,', 'Bonjour à tous,', 'Allo,', 'Bonjour'])
    return pick(rng, ['Hi,', 'Hello,', 'Good morning,', 'Hi there,', 'Dear colleague,', 'Hi'])


def thanks(c):
    return pick(c.rng, ['Merci!', 'Merci beaucoup.', 'Merci de votre collaboration.', 'Bonne journée,', 'Merci et bonne fin de journée.']) \
        if c.lang == 'fr' else pick(c.rng, ['Thanks!', 'Thank you.', 'Many thanks,', 'Best,', 'Thanks in advance.'])


def first(s):
    return s[0]


# ---------------------------------------------------------------------------
# 1. referral from a family physician
# ---------------------------------------------------------------------------
def referral(c):
    rng, d, L = c.rng, c.doc, c.L
    p = c.patient(groups=('adult', 'teen'))
    gp = c.staff(lambda s: 'FMG' in s[4])
    dest = c.box('reference.bariatrie', 'Guichet bariatrique', 'Bariatric intake')
    age = age_on(p.dob, c.today)
    dxs = K.comorbs(d, p, rng.randint(1, 3))
    meds = K.med_list(d, p, rng.randint(2, 4))
    ob = K.obesity_dx(d, p)
    mode = rng.randrange(3)
    atts = []
    if c.lang == 'fr':
        intro = pick(rng, [f'Je vous réfère {d.name(p, "title")}, {age} ans, pour évaluation en vue d\'une chirurgie bariatrique.',
                           f'Demande de consultation pour {d.name(p, "full")} ({age} ans) — candidat(e) à la chirurgie bariatrique.',
                           f'Pourriez-vous évaluer {"ma patiente" if p.sex == "F" else "mon patient"} {d.name(p, "full")} pour une chirurgie de l\'obésité?'])
        body = [greet(c), '', intro, '']
        body += id_lines(c, p)
        body += ['', f'Diagnostic principal : {ob}', 'Comorbidités : ' + ', '.join(dxs),
                 'Médication actuelle :'] + [f'  - {m}' for m in meds]
        body += ['', pick(rng, ['Plusieurs tentatives de perte de poids (Weight Watchers, kinésiologie) sans succès durable.',
                                'Suivi en nutrition depuis 2 ans, perte max. 9 kg reprise.',
                                'Très motivée, a déjà assisté à la séance d\'information du programme.']),
                 '', thanks(c), '', signature(gp, 'fr', rng, 2)]
        subj = pick(rng, ['Référence chirurgie bariatrique', 'Nouvelle référence — évaluation bariatrique',
                          f'Référence : {d.name(p, "last_first")}', 'Demande de consultation (obésité)'])
        note = 'family physician referral for bariatric assessment'
    else:
        intro = pick(rng, [f'I am referring {d.name(p, "title")}, age {age}, for bariatric surgery assessment.',
                           f'Referral for {d.name(p, "full")} ({age} y/o) to your obesity medicine clinic.',
                           f'Please see {d.name(p, "title_last")} for consideration of metabolic surgery.'])
        body = [greet(c), '', intro, '']
        body += id_lines(c, p)
        body += ['', f'Primary dx: {ob}', 'Comorbidities: ' + ', '.join(dxs), 'Current meds:'] + [f'  - {m}' for m in meds]
        body += ['', pick(rng, ['Multiple supervised diet attempts, best loss 11 kg, regained.',
                                'Has attended the program information session already.',
                                'Motivated, good family support.']),
                 '', thanks(c), '', signature(gp, 'en', rng, 2)]
        subj = pick(rng, ['Bariatric referral', 'New referral - obesity medicine', f'Referral: {d.name(p, "last_first")}',
                          'Consult request (bariatric)'])
        note = 'family physician referral for bariatric assessment'
    text = '\n'.join(body)
    if mode == 2:
        fname = L(f'Reference_bariatrique_{d.name(p, "file")}.pdf', f'Bariatric_referral_{d.name(p, "file")}.pdf')
        atts.append(Att(fname, 'application/pdf', A.pdf(L('Formulaire de référence — chirurgie bariatrique',
                                                            'Referral form - bariatric surgery'),
                                                          [l for l in body if not l.startswith('-- ')])))
        text = '\n'.join([greet(c), '', L('Veuillez trouver ci-joint une nouvelle référence pour votre programme.',
                                          'Please find attached a new referral for your program.'), '', thanks(c), '',
                          signature(gp, c.lang, rng, 2)])
        note = 'referral form sent as PDF attachment'
    return Mail(c.lang, 'referral', note, subj, c.addr(gp), [dest], text, attachments=atts)


# ---------------------------------------------------------------------------
# 2. obesity-medicine consult note back to the family physician
# ---------------------------------------------------------------------------
def consult(c):
    rng, d, L = c.rng, c.doc, c.L
    p = c.patient(groups=('adult', 'teen', 'senior'))
    md = c.md()
    gp = c.staff(lambda s: 'FMG' in s[4])
    ob = K.obesity_dx(d, p)
    cm = K.comorbs(d, p, 2)
    labs = K.lab_values(d, rng.randint(2, 4))
    start = K.med(d, 'glp1')
    if c.lang == 'fr':
        body = [greet(c, staff_name(gp, 'fr')), '',
                f'J\'ai vu en consultation {d.name(p, pick(rng, ["title", "full"]))} le {fmt_date(c.past(), "fr", 1)}.',
                '', 'Impression :', f' - {ob}', f' - {cm[0]}', f' - {cm[1]}', '',
                'Bilan : ' + '; '.join(labs), '',
                'Plan :', f' - Début {start}, titration selon tolérance',
                ' - Références en nutrition et en kinésiologie',
                f' - Revoir dans {pick(rng, ["6", "8", "12"])} semaines' + pick(rng, ['', ' avec bilan lipidique']), '',
                pick(rng, ['Au plaisir,', 'Cordialement,', 'Merci de cette référence,']), '', signature(md, 'fr', rng)]
        subj = pick(rng, [f'Consultation médecine de l\'obésité — {d.name(p, "last_first")}',
                          'Note de consultation', f'RE: Référence {d.name(p, "initial")}',
                          'Votre patiente — consultation obésité' if p.sex == 'F' else 'Votre patient — consultation obésité'])
    else:
        body = [greet(c, staff_name(gp, 'en')), '',
                f'I saw {d.name(p, pick(rng, ["title", "full"]))} in the obesity medicine clinic on {fmt_date(c.past(), "en", 1)}.',
                '', 'Impression:', f' - {ob}', f' - {cm[0]}', f' - {cm[1]}', '',
                'Work-up: ' + '; '.join(labs), '',
                'Plan:', f' - Start {start}, titrate as tolerated', ' - Dietitian and kinesiology referral',
                f' - Follow-up in {pick(rng, ["6", "8", "12"])} weeks', '',
                pick(rng, ['Kind regards,', 'Sincerely,', 'Thanks for the referral,']), '', signature(md, 'en', rng)]
        subj = pick(rng, [f'Obesity medicine consult - {d.name(p, "last_first")}', 'Consult note',
                          f'RE: Referral {d.name(p, "initial")}', 'Your patient - consult letter'])
    text = '\n'.join(body)
    atts = []
    if rng.random() < 0.4:
        paras = [l for l in body if l and not l.startswith('-- ')]
        fn = L(f'Consultation_{d.name(p, "file_last")}.docx', f'Consult_{d.name(p, "file_last")}.docx')
        atts.append(Att(fn, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                        A.docx(L('Note de consultation', 'Consultation note'), paras)))
        text = '\n'.join(body[:3] + ['', L('Note complète en pièce jointe.', 'Full note attached.'), '', body[-1]])
    return Mail(c.lang, 'consult', 'obesity medicine consult letter to family physician', subj, c.addr(md),
                [c.addr(gp)], text, attachments=atts)


# ---------------------------------------------------------------------------
# 3. census / sign-out list (several patients, roster lines)
# ---------------------------------------------------------------------------
def census(c):
    rng, d, L = c.rng, c.doc, c.L
    n = rng.randint(4, 7)
    pts = [c.patient(nam=False if i else None, groups=('adult', 'senior')) for i in range(n)]
    res = c.staff(lambda s: 'resident' in s[4] or 'surgeon' in s[4])
    rows = []
    for i, p in enumerate(pts):
        room = f'{pick(rng, ["4", "5", "6"])}{rng.randint(1, 3)}{rng.randint(0, 2)}{rng.randint(1, 8)}'
        day = rng.randint(0, 4)
        surg = K.planned_surgery(d)
        issue = pick(rng, [lambda: K.complication(d), lambda: K.symptom(d), lambda: L('stable, diète liquide ok', 'stable, tolerating clear fluids'),
                           lambda: K.lab_values(d, 1)[0], lambda: K.med(d, 'postop')])()
        nm = d.name(p, pick(rng, ['last_first', 'last_first', 'last_first_plain', 'initial', 'surname']) if i else 'last_first')
        ident = d.mrn(p) if rng.random() < 0.7 else ''
        rows.append((room, nm, ident, f'J{day} {surg}' if c.lang == 'fr' else f'POD{day} {surg}', issue))
    if pts[0].nam:
        p = pts[0]
        rows[0] = (rows[0][0], rows[0][1], f'{d.nam(p, "plain")} / {d.dob(p, 0)} / {d.sex(p, 0)}', rows[0][3], rows[0][4])
    unit = pick(rng, ['4e Nord', '5e Sud', 'Chirurgie B', 'UCDG']) if c.lang == 'fr' else pick(rng, ['4 North', '5 South', 'Surgery B'])
    day = fmt_date(c.today, c.lang, 0)
    lines = [greet(c), '', L(f'Liste de passation — {unit} — {day}', f'Sign-out list - {unit} - {day}'), '']
    for r in rows:
        lines.append('  '.join(x for x in r if x))
    lines += ['', L('À surveiller cette nuit : ', 'Watch overnight: ') + rows[rng.randrange(n)][1] +
              L(' (FC, douleur).', ' (HR, pain).'), '', res[0]]
    text = '\n'.join(lines)
    hdr = L(['Chambre', 'Patient', 'Identifiant', 'Intervention', 'Problème'], ['Room', 'Patient', 'ID', 'Procedure', 'Issue'])
    html_body = None
    atts = []
    mode = rng.randrange(3)
    if mode == 1:
        import html as H
        trs = ''.join('<tr>' + ''.join(f'<td>{H.escape(x)}</td>' for x in r) + '</tr>\n' for r in rows)
        html_body = ('<html><head><meta charset="__CS__"></head><body><p>' + H.escape(lines[2]) + '</p>\n'
                     '<table border="1" cellpadding="3" style="border-collapse:collapse">\n<tr>' +
                     ''.join(f'<th>{h}</th>' for h in hdr) + '</tr>\n' + trs + '</table><p>' + H.escape(res[0]) + '</p></body></html>\n')
    elif mode == 2:
        atts.append(Att(L(f'passation_{c.today:%Y%m%d}.xlsx', f'signout_{c.today:%Y%m%d}.xlsx'),
                        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                        A.xlsx([(L('Passation', 'Signout'), [hdr] + [list(r) for r in rows])])))
        text = '\n'.join([greet(c), '', L('Liste de la nuit en pièce jointe.', 'Tonight\'s list attached.'), '', res[0]])
    subj = pick(rng, [L('Liste de passation', 'Signout list'), L(f'Census {unit}', f'Census {unit}'),
                      L('Garde chirurgie bariatrique — patients', 'Bariatric service - overnight handover')])
    to = [c.box('garde.chirurgie', 'Garde chirurgie', 'Surgery on-call')]
    return Mail(c.lang, 'census', 'ward sign-out list with several inpatients', subj, c.addr(res), to, text,
                html_body=html_body, attachments=atts, prefer='html' if html_body else None)


# ---------------------------------------------------------------------------
# 4. OR booking / pre-op booking request
# ---------------------------------------------------------------------------
def booking(c):
    rng, d, L = c.rng, c.doc, c.L
    p = c.patient(groups=('adult',))
    surg = c.surgeon()
    when = c.future(10, 60)
    proc = K.planned_surgery(d)
    ob = K.obesity_dx(d, p, 1)
    osa = rng.random() < 0.5
    lines = [greet(c), '', L('Merci de planifier au bloc :', 'Please book the following case:'), '']
    lines += id_lines(c, p, want_mrn=True)
    lines += [L('Intervention', 'Procedure') + L(' : ', ': ') + proc,
              L('Date souhaitée', 'Requested date') + L(' : ', ': ') + fmt_date(when, c.lang, 1),
              L('Chirurgien', 'Surgeon') + L(' : ', ': ') + staff_name(surg, c.lang),
              L('Durée prévue : 150 min', 'Expected duration: 150 min'),
              L('Diagnostic : ', 'Diagnosis: ') + ob]
    if osa:
        lines.append(L('Anesthésie : ', 'Anesthesia: ') + d.dx(L('apnée du sommeil, apporte son CPAP', 'OSA, bringing own CPAP')))
    me = c.staff(lambda s: 'administrative' in s[4] or 'navigator' in s[4])
    lines += [L('Matériel : table bariatrique, trocarts longs', 'Equipment: bariatric table, extra-long trocars'), '',
              thanks(c), '', signature(me, c.lang, rng, 0)]
    subj = pick(rng, [L('Demande de réservation bloc', 'OR booking request'),
                      L(f'Réservation salle d\'op — {fmt_date(when, "fr", 2)}', f'OR booking - {fmt_date(when, "en", 2)}'),
                      L(f'Bloc : {d.name(p, "last_first")}', f'OR: {d.name(p, "last_first")}')])
    to = [c.box('planification.bloc', 'Planification du bloc opératoire', 'OR scheduling')]
    return Mail(c.lang, 'booking', 'operating room booking request', subj, c.addr(me),
                to, '\n'.join(lines), cc=[c.addr(surg)])


# ---------------------------------------------------------------------------
# 5. transport request (home address, phone, bariatric stretcher)
# ---------------------------------------------------------------------------
def transport(c):
    rng, d, L = c.rng, c.doc, c.L
    p = c.patient(groups=('adult', 'senior'))
    when = c.future(3, 20)
    wt = rng.randint(150, 265)
    sender = c.staff(lambda s: 'administrative' in s[4] or 'navigator' in s[4] or 'social' in s[4])
    lines = [greet(c), '',
             L(f'Demande de transport adapté pour {d.name(p, "title")} :', f'Transport request for {d.name(p, "title")}:'), '',
             L('Adresse de départ : ', 'Pick-up address: ') + d.address(p),
             L('Téléphone : ', 'Phone: ') + d.phone(p),
             L('Rendez-vous : ', 'Appointment: ') + K.appt(rng, when, c.lang) + ', ' + SITES[0][0],
             L(f'Poids : {wt} kg — civière bariatrique requise (capacité 350 kg)',
               f'Weight: {wt} kg - bariatric stretcher required (350 kg capacity)')]
    if rng.random() < 0.6:
        lines.append(L('Motif : ', 'Reason: ') + pick(rng, [L('suivi post-opératoire', 'post-op follow-up'),
                                                             L('gastroscopie', 'gastroscopy')]) + L(' (antécédent : ', ' (history: ') + K.surgery(d, p) + ')')
    if rng.random() < 0.5:
        lines.append(L('Note : ', 'Note: ') + K.social(d, pick(rng, [0, 6, 9])))
    if p.nam and rng.random() < 0.6:
        lines.append(f'NAM {d.nam(p)} ({L("DDN", "DOB")} {d.dob(p)}, {d.sex(p, 2)})')
    lines += ['', thanks(c), '', signature(sender, c.lang, rng)]
    subj = pick(rng, [L('Demande de transport', 'Transport request'), L('Transport civière bariatrique', 'Bariatric stretcher transport'),
                      L(f'Transport {fmt_date(when, "fr", 2)}', f'Transport {fmt_date(when, "en", 2)}')])
    to = [('Ambulances Boréal — répartition' if c.lang == 'fr' else 'Boreal Ambulance dispatch', 'repartition@ambuboreal.example')]
    return Mail(c.lang, 'transport', 'patient transport request with pick-up address', subj, c.addr(sender), to, '\n'.join(lines))


# ---------------------------------------------------------------------------
# 6. lab follow-up (post-op micronutrients, diabetes)
# ---------------------------------------------------------------------------
def labs(c):
    rng, d, L = c.rng, c.doc, c.L
    p = c.patient(groups=('adult', 'senior', 'teen'))
    nurse = c.staff(lambda s: 'nurse' in s[4] or 'dietitian' in s[4])
    md = c.md()
    hist = K.surgery(d, p)
    mode = rng.randrange(4)
    atts = []
    if mode == 3:
        rows = K.lab_rows(d, rng.randint(5, 8))
        head = L(['Analyse', 'Résultat', 'Unité'], ['Test', 'Result', 'Unit'])
        fn = L(f'Bilan_postop_{d.name(p, "file")}.pdf', f'Postop_labs_{d.name(p, "file")}.pdf')
        pdf_lines = [L('Bilan post-opératoire 12 mois', '12-month post-op panel'),
                     L('Antécédent : ', 'History: ') + hist, ''] + [f'{a:<28}{b:>10}  {u}' for a, b, u in rows]
        atts.append(Att(fn, 'application/pdf', A.pdf(L('Résultats de laboratoire', 'Laboratory results'), pdf_lines)))
        body = [greet(c, md[0]), '', L('Résultats en pièce jointe, ferritine basse encore. On ajoute le fer IV?',
                                      'Results attached, ferritin still low. Add IV iron?'), '', nurse[0]]
        subj = L('Résultats — suivi 12 mois', 'Labs - 12 month follow-up')
        note = 'post-op lab panel attached, name only in file name'
    else:
        vals = K.lab_values(d, rng.randint(3, 5))
        who = d.name(p, pick(rng, ['title', 'last_first', 'full', 'lower', 'initial']))
        if c.lang == 'fr':
            body = [greet(c), '', pick(rng, [f'Résultats reçus pour {who} ({hist}) :', f'Bilan de {who}, {hist} :']), '']
            body += [f'  {v}' for v in vals]
            body += ['', pick(rng, [lambda: f'Je suggère d\'augmenter : {K.med(d, "supp")}.', lambda: 'Peux-tu réviser et signer?',
                                    lambda: f'Prend déjà {K.med(d, "supp")}. Adhérence douteuse.'])(),
                     '', signature(nurse, 'fr', rng)]
            subj = pick(rng, [f'Résultats labo {d.name(p, "initial")}', 'Bilan sanguin à réviser', f'Labos — {d.name(p, "surname")}'])
        else:
            body = [greet(c), '', pick(rng, [f'Labs back for {who} ({hist}):', f'{who}, {hist} - results:']), '']
            body += [f'  {v}' for v in vals]
            body += ['', pick(rng, [lambda: f'Suggest increasing {K.med(d, "supp")}.', lambda: 'Can you review and co-sign?',
                                    lambda: f'Already on {K.med(d, "supp")}, adherence questionable.'])(), '', signature(nurse, 'en', rng)]
            subj = pick(rng, [f'Lab results {d.name(p, "initial")}', 'Bloodwork to review', f'Labs - {d.name(p, "surname")}'])
        if mode == 2 and p.nam:
            body.insert(3, f'NAM {d.nam(p)}, {d.dob(p)}, {d.sex(p, 2)}')
        elif mode == 2:
            body.insert(3, L('Dossier ', 'MRN ') + d.mrn(p))
        note = 'post-bariatric lab follow-up for review'
    return Mail(c.lang, 'labs', note, subj, c.addr(nurse), [c.addr(md)], '\n'.join(body), attachments=atts)


# ---------------------------------------------------------------------------
# 7. imaging / endoscopy result
# ---------------------------------------------------------------------------
def imaging(c):
    rng, d, L = c.rng, c.doc, c.L
    p = c.patient(nam=False)
    rad = c.staff(lambda s: 'radiolog' in s[4] or 'gastro' in s[4])
    surg = c.surgeon()
    i = pick(rng, [1, 1, 3, 6, 6, 2, 4, 9])
    res = K.imaging(d, i)
    crit = i in (1, 6)
    hist = K.surgery(d, p)
    mrn = d.mrn(p, pick(rng, ['plain', 'hyphen', 'spaced']))
    nm_style = rng.randrange(3)
    if nm_style == 0:  # MRN only, no name
        who = L(f'dossier {mrn}', f'MRN {mrn}')
        note = 'imaging result identified by chart number only'
    else:
        who = f'{d.name(p, pick(rng, ["last_first", "full", "title"]))} ({L("dossier", "MRN")} {mrn})'
        note = 'imaging or endoscopy result to surgeon'
    lines = [greet(c), '', (L(f'Résultat critique — {who}, {hist}.', f'Critical result - {who}, {hist}.') if crit else
                            L(f'Résultat pour {who}, {hist} :', f'Result for {who}, {hist}:')), '', res, '',
             L('Appelé au poste 4412 sans réponse, d\'où ce courriel.', 'Paged twice without answer, hence this e-mail.')
             if rng.random() < 0.5 else L('Rapport final à suivre dans le DME.', 'Final report to follow in the EHR.'),
             '', signature(rad, c.lang, rng)]
    subj = pick(rng, [L('Résultat critique imagerie', 'Critical imaging result'), L('TDM post-op', 'Post-op CT'),
                      L('Résultat à voir aujourd\'hui', 'Result needs review today')]) if crit else \
        pick(rng, [L('Résultat d\'examen', 'Test result'), L('Gastroscopie — résultat', 'Scope result'), L('Rapport', 'Report')])
    return Mail(c.lang, 'imaging', note, subj, c.addr(rad), [c.addr(surg)], '\n'.join(lines))


# ---------------------------------------------------------------------------
# 8. discharge summary
# ---------------------------------------------------------------------------
def discharge(c):
    rng, d, L = c.rng, c.doc, c.L
    p = c.patient(groups=('adult', 'teen', 'senior'))
    md = c.staff(lambda s: 'surgeon' in s[4] or 'resident' in s[4])
    gp = c.staff(lambda s: 'FMG' in s[4])
    adm = c.past(3, 12)
    dis = adm + datetime.timedelta(days=rng.randint(1, 4))
    proc = K.planned_surgery(d)
    ob = K.obesity_dx(d, p, 0)
    meds = [K.med(d, 'postop', 0), K.med(d, 'postop', pick(rng, [1, 2, 3])), K.med(d, 'supp', 0)]
    if rng.random() < 0.5:
        meds.append(K.med(d, pick(rng, ['dm', 'other']), 0))
    comp = K.complication(d, pick(rng, [3, 6, 8])) if rng.random() < 0.4 else None
    sheet = [L('SOMMAIRE DE CONGÉ', 'DISCHARGE SUMMARY'), ''] + id_lines(c, p, want_mrn=True) + [
        L('Admission : ', 'Admitted: ') + fmt_date(adm, c.lang, 2), L('Congé : ', 'Discharged: ') + fmt_date(dis, c.lang, 2),
        L('Diagnostic : ', 'Diagnosis: ') + ob, L('Intervention : ', 'Procedure: ') + proc,
        L('Évolution : ', 'Course: ') + (comp if comp else L('sans particularité', 'uneventful')),
        L('Médicaments au congé :', 'Discharge medications:')] + [f'  - {m}' for m in meds] + [
        L('Suivi : clinique bariatrique dans 2 semaines, nutritionniste à 1 mois.',
          'Follow-up: bariatric clinic in 2 weeks, dietitian at 1 month.')]
    if rng.random() < 0.35:
        sheet.append(L('Social : ', 'Social: ') + K.social(d, pick(rng, [0, 3, 4, 6, 9])) +
                     L(' — soutien à domicile du CLSC demandé.', ' - CLSC home support requested.'))
    mode = rng.randrange(3)
    atts = []
    if mode == 0:
        text = '\n'.join([greet(c, staff_name(gp, c.lang)), ''] + sheet + ['', signature(md, c.lang, rng)])
    else:
        fn = L(f'Sommaire_de_congé_{d.name(p, "file_last")}', f'Discharge_summary_{d.name(p, "file_last")}')
        if mode == 1:
            atts.append(Att(fn + '.pdf', 'application/pdf', A.pdf(sheet[0], sheet[2:], subtitle=SITES[0][0])))
        else:
            atts.append(Att(fn + '.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                            A.docx(sheet[0], sheet[2:])))
        text = '\n'.join([greet(c, staff_name(gp, c.lang)), '',
                          L('Ci-joint le sommaire de congé de votre patient(e) opéré(e) cette semaine.',
                            'Attached is the discharge summary for your patient operated on this week.'), '',
                          signature(md, c.lang, rng)])
    subj = pick(rng, [L('Sommaire de congé', 'Discharge summary'), L(f'Congé — {d.name(p, "last_first")}', f'Discharge - {d.name(p, "last_first")}'),
                      L('Sommaire de congé chirurgie bariatrique', 'Bariatric surgery discharge summary')])
    return Mail(c.lang, 'discharge', 'discharge summary to family physician', subj, c.addr(md), [c.addr(gp)], text,
                attachments=atts)
