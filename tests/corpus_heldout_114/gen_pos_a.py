"""Positive templates, part A: coroner investigations, autopsy, toxicology, morgue."""
import datetime as dt

from gen_attach import make_pdf, make_xlsx, make_csv
from gen_common import (ORG, S, aut_no, case_no, closing, fmt_date, fmt_mrn, fmt_nam, fmt_name, greeting, gz, pr,
                        signature, staff_info, staff_pair, fullwidth)
from gen_vocab import CAUSES, CIRCUMSTANCES, HISTORY, MEDS, SOCIAL, TOX, TOX_DEFAULT, med_en


def _esc(t):
    import html
    return html.escape(t, quote=False)


SHORT = {'opioid': ('surdose_fentanyl', 'fentanyl_overdose'), 'hanging': ('pendaison', 'hanging'),
         'mvc': ('collision_routiere', 'MVC'), 'drowning': ('noyade', 'drowning'), 'cad': ('MCAS', 'CAD'),
         'fall': ('chute_HSD', 'fall_SDH'), 'co': ('intox_CO', 'CO_poisoning'), 'hypothermia': ('hypothermie', 'hypothermia'),
         'sudep': ('SUDEP', 'SUDEP'), 'stab': ('homicide_arme_blanche', 'homicide_stabbing'), 'pe': ('embolie_pulmonaire', 'PE'),
         'ethanol': ('intox_ethanol', 'ethanol_toxicity'), 'myocarditis': ('myocardite', 'myocarditis'),
         'asthma': ('asthme', 'asthma'), 'aaa': ('rupture_AAA', 'ruptured_AAA'), 'gsw': ('PAF_tete', 'GSW_head'),
         'fire': ('incendie_brulures', 'fire_burns'), 'hcm': ('CMH', 'HCM')}
DUN = {'F': "d'une femme", 'M': "d'un homme"}


def pick_cause(c, p, ref, avoid=()):
    age = p.age_at(ref)
    keys = [k for k, v in CAUSES.items() if v[4] <= age and k not in avoid]
    if age < 14:
        keys = [k for k in keys if k in ('mvc', 'drowning', 'co', 'myocarditis', 'asthma', 'fire', 'sudep', 'hcm')]
    return c.choice(keys)


def victim(c, nam, ref, min_age=0, max_age=100, pool='qc'):
    if nam:
        return c.nam_person(min_age, max_age, ref)
    return c.person(min_age=max(min_age, 1), max_age=min(max_age, 92), pool=pool, ref=ref)


def cause_txt(key, lang):
    v = CAUSES[key]
    return v[0] if lang == 'fr' else v[1]


def circ_txt(key, p, lang):
    t = CIRCUMSTANCES[key][0 if lang == 'fr' else 1]
    t = t.replace('{trouve}', pr(p, 'fr')['trouve'] if lang == 'fr' else '').replace('{his}', 'her' if p.sex == 'F' else 'his')
    t = gz(t, p, 'fr') if lang == 'fr' else t
    return t[0].upper() + t[1:] if lang == 'fr' else t.strip()[0].upper() + t.strip()[1:]


def tox_rows(key, lang):
    rows = TOX.get(key, TOX_DEFAULT)
    out = []
    for fr, en, val, unit in rows:
        v = val if lang == 'fr' else val.replace(',', '.').replace('non détecté', 'not detected').replace('négatif', 'negative')
        u = unit if lang == 'fr' else unit.replace('sous-thérapeutique', 'sub-therapeutic')
        out.append((fr if lang == 'fr' else en, v, u))
    return out


def has_med(key):
    meds = {'quétiapine', 'citalopram', 'lamotrigine', 'lévétiracétam', 'apixaban', 'clonazépam', 'trazodone',
            'quetiapine', 'clonazepam', 'levetiracetam'}
    return any(r[0].lower() in meds for r in TOX.get(key, []))


# ------------------------------------------------------------------ 1. coroner records request
def records_request(c, lang):
    d = c.sent()
    ref = d.date()
    use_nam = c.chance(0.7)
    p = victim(c, use_nam, ref, 16)
    key = pick_cause(c, p, ref)
    dod = ref - dt.timedelta(days=c.randint(2, 30))
    cor = staff_info(c, c.choice(['coroner', 'coroner_sec']), lang)
    hosp = c.choice(['hsa', 'chhr', 'sbgh'])
    arch = ('Archives médicales' if lang == 'fr' else 'Health Records', f'archives@{ORG[hosp]["dom"]}')
    cn = case_no(c, ref.year)
    w = pr(p, lang)
    T = {'patient_name', 'date_of_birth', 'diagnosis'}
    name = fmt_name(p, lang, c.rng, c.choice(['full', 'title', 'upper', 'last_first']))
    dob = fmt_date(p.dob, lang, rng=c.rng)
    namtxt = ''
    if use_nam:
        T.add('ramq_nam')
        namtxt = (f', NAM {fmt_nam(p.nam, c.rng)}' if lang == 'fr' else f', RAMQ {fmt_nam(p.nam, c.rng)}')
    mrn = ''
    if c.chance(0.6):
        T.add('mrn')
        mrn = f' ({fmt_mrn(p, hosp, c.rng, lang)})'
    hist = c.choice(HISTORY)
    if lang == 'fr':
        subj = c.choice([f'Demande de dossier — investigation {cn}', f'Investigation du coroner {cn} - demande de documents',
                         f'Demande de copie de dossier médical - {p.surname.upper()}', f'Dossier {cn} : documents requis'])
        body = [greeting(c, lang),
                f'En vertu de la Loi sur la recherche des causes et des circonstances des décès, {c.choice(["je procède", "le coroner procède"])} '
                f'à une investigation concernant le décès de {name} ({w["ne"]} le {dob}{namtxt}), survenu le {fmt_date(dod, lang, "long")}.',
                f'{circ_txt(key, p, lang)} {w["Il"]} était {w["connu"]} de votre établissement{mrn}, notamment pour {hist[0]}.',
                'Je vous demande de me transmettre, dans les meilleurs délais, une copie des documents suivants :\n'
                '- feuilles d\'urgence et notes d\'évolution des 12 derniers mois;\n- résumés d\'hospitalisation;\n'
                '- profil pharmacologique et liste des médicaments au congé;\n- résultats de laboratoire et d\'imagerie.',
                f'Veuillez indiquer le numéro de dossier {cn} sur votre envoi. La transmission peut se faire par courriel sécurisé ou par télécopieur au 418 555-0111.',
                closing(c, lang), signature(c, cor, lang)]
    else:
        subj = c.choice([f'Records request — coroner investigation {cn}', f'Request for medical records - {p.surname}',
                         f'Coroner file {cn}: records needed'])
        body = [greeting(c, lang),
                f'The coroner is investigating the death of {name} (DOB {dob}{namtxt}), which occurred on {fmt_date(dod, lang, "long")}.',
                f'{circ_txt(key, p, lang)} {w["He"]} was known to your facility{mrn}, in particular for {hist[1]}.',
                'Please send copies of: ED records and progress notes for the last 12 months; discharge summaries; '
                'medication profile; laboratory and imaging results.',
                f'Please quote file {cn} on all correspondence.', closing(c, lang), signature(c, cor, lang)]
    atts = []
    if c.chance(0.35):
        title = 'DEMANDE DE COMMUNICATION DE DOCUMENTS' if lang == 'fr' else 'REQUEST FOR RECORDS'
        lines = [f'Dossier / File: {cn}', f'{"Personne décédée" if lang == "fr" else "Deceased"}: {p.surname.upper()}, {p.given}',
                 f'{"Date de naissance" if lang == "fr" else "Date of birth"}: {fmt_date(p.dob, lang, "iso")}',
                 f'{"Date du décès" if lang == "fr" else "Date of death"}: {fmt_date(dod, lang, "iso")}']
        if use_nam:
            lines.append(f'NAM: {p.nam}')
        lines += ['', f'{"Cause présumée" if lang == "fr" else "Presumed cause"}: {cause_txt(key, lang)}',
                  '', 'Signature du coroner: ______________________']
        atts.append(dict(name=f'demande_{cn.replace("/", "-")}.pdf', ctype='application/pdf',
                         data=make_pdf(title, lines, header=ORG['coroner'][lang])))
    return S(lang, 'coroner_records_request', T, 'coroner asks hospital for records of named decedent',
             cor, [arch], subj, '\n\n'.join(b for b in body if b), atts=atts, date=d)


# ------------------------------------------------------------------ 2. autopsy report PDF
def autopsy_report(c, lang):
    d = c.sent()
    ref = d.date()
    use_nam = c.chance(0.5)
    p = victim(c, use_nam, ref, 10)
    key = pick_cause(c, p, ref)
    dod = ref - dt.timedelta(days=c.randint(20, 90))
    path = staff_info(c, c.choice(['pathologist', 'pathologist']), lang)
    cor = staff_info(c, 'coroner', lang)
    an = aut_no(c, dod.year)
    cn = case_no(c, dod.year)
    T = {'patient_name', 'date_of_birth', 'diagnosis', 'lab_result'}
    fr = lang == 'fr'
    hw = c.randint(310, 560)
    lbl_no = "No d'autopsie" if fr else 'Autopsy no.'
    lines = [f'{lbl_no}: {an}    {"Dossier coroner" if fr else "Coroner file"}: {cn}',
             f'{"Nom" if fr else "Name"}: {p.surname.upper()}, {p.given}',
             f'{"Date de naissance" if fr else "Date of birth"}: {fmt_date(p.dob, lang, "iso")}    {"Sexe" if fr else "Sex"}: {p.sex}']
    if use_nam:
        T.add('ramq_nam')
        lines.append(f'NAM: {fmt_nam(p.nam, c.rng, c.choice(["plain", "space"]))}')
    lines += [f'{"Date du décès" if fr else "Date of death"}: {fmt_date(dod, lang, "iso")}',
              f'{"Pathologiste" if fr else "Pathologist"}: {path["hon"]} {path["p"].full()}', '',
              '##' + ('HISTORIQUE' if fr else 'HISTORY'), circ_txt(key, p, lang),
              '##' + ('EXAMEN EXTERNE' if fr else 'EXTERNAL EXAMINATION'),
              (f'Corps {DUN[p.sex]} de {p.age_at(dod)} ans, {c.randint(150, 172) if p.sex == "F" else c.randint(162, 192)} cm, {c.randint(45, 120)} kg. Lividités fixées postérieures.'
               if fr else f'Body of a {p.age_at(dod)}-year-old {pr(p, "en")["man"]}, {c.randint(150, 190)} cm, {c.randint(45, 120)} kg. Fixed posterior lividity.'),
              '##' + ('EXAMEN INTERNE' if fr else 'INTERNAL EXAMINATION'),
              (f'Cœur {hw} g. Poumons œdémateux (D {c.randint(600, 1100)} g, G {c.randint(500, 1000)} g). Cerveau {c.randint(1150, 1500)} g.'
               if fr else f'Heart {hw} g. Oedematous lungs (R {c.randint(600, 1100)} g, L {c.randint(500, 1000)} g). Brain {c.randint(1150, 1500)} g.'),
              '##' + ('TOXICOLOGIE' if fr else 'TOXICOLOGY')]
    for a, v, u in tox_rows(key, lang):
        lines.append(f'  {a}: {v} {u}'.rstrip())
    if has_med(key):
        T.add('medication')
    lines += ['##' + ('CONCLUSION' if fr else 'OPINION'),
              (f'Cause du décès : {cause_txt(key, lang)}.' if fr else f'Cause of death: {cause_txt(key, lang)}.'),
              (f'Circonstances : {CAUSES[key][2]}.' if fr else f'Manner: {CAUSES[key][3]}.')]
    pdf = make_pdf('RAPPORT D\'AUTOPSIE MÉDICO-LÉGALE' if fr else 'FORENSIC AUTOPSY REPORT', lines,
                   header=ORG['lml'][lang] + '\n' + ORG['lml']['addr'], compress=c.chance(0.4),
                   footer=('Document confidentiel — destiné au coroner' if fr else 'Confidential — for the coroner'))
    fname = c.choice([f'{an.replace("/", "-").replace(" ", "_")}_rapport_final.pdf' if fr else f'{an.replace("/", "-").replace(" ", "_")}_final_report.pdf',
                      f'Rapport autopsie {cn}.pdf' if fr else f'Autopsy report {cn}.pdf'])
    if fr:
        subj = c.choice([f'Rapport d\'autopsie {an}', f'{cn} - rapport final', f'Rapport final — dossier {cn}'])
        body = [greeting(c, lang, f'Me {cor["p"].surname}'),
                f'Vous trouverez ci-joint mon rapport final pour le dossier {cn}. {c.choice(["Les résultats de toxicologie y sont intégrés.", "La toxicologie est maintenant complétée.", ""])}',
                c.choice(['Je reste disponible pour en discuter.', 'N\'hésitez pas si vous avez des questions.', '']),
                closing(c, lang), signature(c, path, lang)]
    else:
        subj = c.choice([f'Autopsy report {an}', f'{cn} — final report', f'Final PM report, file {cn}'])
        body = [greeting(c, lang, cor['p'].given), f'Please find attached my final report for file {cn}.',
                c.choice(['Toxicology is now complete and included.', 'Happy to discuss.', '']), closing(c, lang), signature(c, path, lang)]
    return S(lang, 'autopsy_report_pdf', T, 'forensic autopsy report PDF naming the decedent', path, [cor], subj,
             '\n\n'.join(b for b in body if b), atts=[dict(name=fname, ctype='application/pdf', data=pdf)], date=d)


# ------------------------------------------------------------------ 3. toxicology results
def tox_results(c, lang):
    d = c.sent()
    ref = d.date()
    use_nam = c.chance(0.35)
    p = victim(c, use_nam, ref, 16)
    key = c.choice([k for k in TOX if CAUSES[k][4] <= p.age_at(ref)])
    tox = staff_info(c, 'toxicologist', lang)
    to = staff_info(c, c.choice(['pathologist', 'coroner']), lang)
    an = aut_no(c)
    rows = tox_rows(key, lang)
    T = {'patient_name', 'lab_result'}
    if has_med(key):
        T.add('medication')
    fr = lang == 'fr'
    ident = f'{fmt_name(p, lang, c.rng, c.choice(["upper", "last_first", "full", "lower"]))} ({an})'
    if use_nam:
        T.add('ramq_nam')
        ident += f' — NAM {fmt_nam(p.nam, c.rng)}'
    if c.chance(0.4):
        T.add('date_of_birth')
        ident += (f', DDN {fmt_date(p.dob, lang, rng=c.rng)}' if fr else f', DOB {fmt_date(p.dob, lang, rng=c.rng)}')
    mode = c.choice(['text', 'html', 'xlsx', 'csv'])
    atts, htm = [], None
    table_txt = '\n'.join(f'  {a:<32} {v} {u}'.rstrip() for a, v, u in rows)
    intro = (f'Résultats de toxicologie pour {ident} :' if fr else f'Toxicology results for {ident}:')
    comment = c.choice([('Concentrations compatibles avec une intoxication; à corréler avec les constatations.', 'Concentrations consistent with toxicity; please correlate with findings.'),
                        ('Échantillon de sang périphérique (fémoral). Humeur vitrée analysée en parallèle.', 'Peripheral (femoral) blood sample; vitreous analysed in parallel.'),
                        ('Rapport signé à suivre dans le LIMS.', 'Signed report to follow in the LIMS.')])[0 if fr else 1]
    if mode == 'text':
        text = '\n\n'.join([greeting(c, lang, to['p'].given), intro, table_txt, comment, closing(c, lang), signature(c, tox, lang)])
    elif mode == 'html':
        trs = ''.join(f'<tr><td>{a}</td><td style="text-align:right">{v}</td><td>{u}</td></tr>' for a, v, u in rows)
        hdr = ('Analyte', 'Résultat', 'Unité') if fr else ('Analyte', 'Result', 'Unit')
        htm = (f'<p>{greeting(c, lang, to["p"].given)}</p><p>{_esc(intro)}</p>'
               f'<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>{hdr[0]}</th><th>{hdr[1]}</th><th>{hdr[2]}</th></tr>{trs}</table>'
               f'<p>{_esc(comment)}</p><p>{signature(c, tox, lang).replace(chr(10), "<br>")}</p>')
        text = None
    else:
        header = ['No autopsie' if fr else 'Case', 'Nom' if fr else 'Name', 'Analyte', 'Résultat' if fr else 'Result', 'Unité' if fr else 'Unit']
        data = [header] + [[an, f'{p.surname}, {p.given}', a, v, u] for a, v, u in rows]
        text = '\n\n'.join([greeting(c, lang, to['p'].given),
                            (f'Ci-joints les résultats pour le cas {an}. {comment}' if fr else f'Attached are the results for case {an}. {comment}'),
                            closing(c, lang), signature(c, tox, lang)])
        if mode == 'xlsx':
            atts.append(dict(name=f'toxico_{an.replace("/", "-").replace(" ", "")}.xlsx' if fr else f'tox_{an.replace("/", "-").replace(" ", "")}.xlsx',
                             ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data=make_xlsx([('Résultats' if fr else 'Results', data)])))
        else:
            atts.append(dict(name=f'tox_{an.replace("/", "-").replace(" ", "")}.csv', ctype='text/csv',
                             data=make_csv(data, sep=';' if fr else ',')))
        if 'date_of_birth' in T or 'ramq_nam' in T:
            text = text.replace('\n\n', f'\n\n{ident}\n\n', 1)
    subj = c.choice([f'Toxicologie {an} — résultats', f'Résultats toxico {an}', f'RE: tox {an}'] if fr else
                    [f'Toxicology {an} — results', f'Tox results {an}', f'RE: tox {an}'])
    return S(lang, 'toxicology_results', T, f'toxicology results ({mode}) with decedent name', tox, [to], subj, text,
             html=htm, atts=atts, force='html' if mode == 'html' and c.chance(0.5) else ('alt' if mode == 'html' else None), date=d)


# ------------------------------------------------------------------ 4. subject-only leak
def subject_only(c, lang):
    d = c.sent()
    ref = d.date()
    p = victim(c, False, ref, 16)
    key = pick_cause(c, p, ref)
    a, b = staff_pair(c, ['lml_tech', 'pathologist', 'lml_admin'], ['pathologist', 'lml_tech', 'manager'], lang)
    fr = lang == 'fr'
    nm = fmt_name(p, lang, c.rng, c.choice(['upper', 'last_first', 'full', 'initial', 'title']))
    kind = c.randint(0, 3)
    if kind == 0:
        subj = (f'Autopsie demain 8 h — {nm} ({cause_txt(key, lang).split(" — ")[0]})' if fr else
                f'PM tomorrow 8am — {nm} ({cause_txt(key, lang).split(" — ")[0]})')
        T = {'patient_name', 'diagnosis'}
    elif kind == 1:
        subj = (f'RE: {nm} — toxico positive fentanyl' if fr else f'RE: {nm} — tox positive for fentanyl')
        T = {'patient_name', 'lab_result'}
    elif kind == 2:
        subj = (f'{nm}, {p.age_at(ref)} ans, VIH+ : précautions salle 2' if fr else f'{nm}, {p.age_at(ref)}yo, HIV+ : precautions in room 2')
        T = {'patient_name', 'diagnosis'}
    else:
        subj = (f'Identification {nm} - né(e) le {fmt_date(p.dob, lang, "iso")} - noyade lac Brumeux' if fr else
                f'ID {nm} DOB {fmt_date(p.dob, lang, "iso")} - drowning Lac-Brumeux')
        T = {'patient_name', 'date_of_birth', 'diagnosis'}
        subj = gz(subj, p)
    body = c.choice([('Peux-tu confirmer que la salle 2 est libre? On aura besoin de la scie oscillante et du kit de prélèvement complet.',
                      'Can you confirm room 2 is free? We will need the oscillating saw and the full sampling kit.'),
                     ('Voir mon message précédent. Merci de faire le suivi avec le coroner.', 'See my previous message. Please follow up with the coroner.'),
                     ('Ok pour moi. Je serai là vers 7 h 45.', 'Works for me, I\'ll be there around 7:45.'),
                     ('J\'ai mis les photos sur le partage habituel.', 'Photos are on the usual share.')])[0 if fr else 1]
    text = '\n\n'.join(x for x in [greeting(c, lang, b['p'].given) if c.chance(0.6) else '', body, signature(c, a, lang, 2)] if x)
    return S(lang, 'subject_only_leak', T, 'identifying details only in the Subject line', a, [b], subj, text,
             reply=subj.startswith('RE'), date=d)


# ------------------------------------------------------------------ 5. file-name-only leak
def filename_only(c, lang):
    d = c.sent()
    ref = d.date()
    p = victim(c, False, ref, 16)
    key = pick_cause(c, p, ref)
    a, b = staff_pair(c, ['lml_admin', 'coroner_sec', 'pathologist'], ['coroner', 'toxicologist', 'manager'], lang)
    fr = lang == 'fr'
    sur = p.surname.replace(' ', '').replace("'", '')
    word = SHORT[key][0 if fr else 1]
    T = {'patient_name', 'diagnosis'}
    style = c.randint(0, 2)
    if style == 0:
        fname = f'Autopsie_{sur}_{p.given}_{word}.pdf' if fr else f'Autopsy_{sur}_{p.given}_{word}.pdf'
    elif style == 1:
        fname = f'{p.surname.upper()} {p.given} - {word.replace("_", " ")} - {fmt_date(p.dob, "fr", "iso")}.pdf'
        T.add('date_of_birth')
    else:
        fname = f'tox_{sur.lower()}_{p.given[0].lower()}_{"positif" if fr else "positive"}_{word}.pdf'
    cover = make_pdf('BORDEREAU DE TRANSMISSION' if fr else 'TRANSMITTAL SLIP',
                     [('Nombre de pages : 4' if fr else 'Number of pages: 4'),
                      ('Expéditeur : ' if fr else 'From: ') + ORG['lml'][lang],
                      ('Ce document est confidentiel.' if fr else 'This document is confidential.')])
    body = c.choice([('Voici le document demandé.', 'Here is the document you asked for.'),
                     ('Ci-joint, tel que discuté ce matin.', 'Attached as discussed this morning.'),
                     ('Pour ton dossier.', 'For your file.'), ('', '')])[0 if fr else 1]
    text = '\n\n'.join(x for x in [greeting(c, lang, b['p'].given), body, closing(c, lang), signature(c, a, lang, c.choice([0, 2, 4]))] if x)
    subj = c.choice(['Document', 'PJ', 'Suivi', 'Envoi'] if fr else ['Document', 'Attachment', 'Follow-up', 'As requested'])
    return S(lang, 'filename_only_leak', T, 'decedent name and cause only in the attachment file name', a, [b], subj, text,
             atts=[dict(name=fname, ctype='application/pdf', data=cover)], date=d)


# ------------------------------------------------------------------ 6. morgue roster
def morgue_roster(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    a = staff_info(c, c.choice(['lml_tech', 'lml_admin', 'manager']), lang)
    tos = [t for t in (staff_info(c, k, lang) for k in c.sample(['pathologist', 'resident', 'lml_tech', 'manager', 'toxicologist'], 3))
           if t['p'] is not a['p']][:2]
    n = c.randint(4, 8)
    rows = []
    T = {'patient_name', 'diagnosis'}
    for i in range(n):
        p = c.person(min_age=18, max_age=90, ref=ref)
        key = pick_cause(c, p, ref)
        status = c.choice(['autopsie 8 h', 'examen externe', 'en attente ID', 'libérable', 'toxico en cours', 'autopsie 13 h'] if fr else
                          ['PM 8am', 'external exam', 'awaiting ID', 'ready for release', 'tox pending', 'PM 1pm'])
        extra = ''
        if c.chance(0.2):
            extra = ' — itinérance' if fr else ' — homeless'
            T.add('social_information')
        rows.append([f'{c.randint(1, 24):02d}', case_no(c, ref.year), f'{p.surname.upper()}, {p.given}',
                     p.age_at(ref), cause_txt(key, lang).split(' — ')[0] + extra, status])
    header = ['Tiroir', 'Dossier', 'Nom', 'Âge', 'Circonstances / cause présumée', 'Statut'] if fr else \
        ['Drawer', 'File', 'Name', 'Age', 'Circumstances / presumed cause', 'Status']
    mode = c.choice(['html', 'xlsx', 'text'])
    atts, htm, text = [], None, None
    day = fmt_date(ref, lang, 'long')
    intro = (f'Voici la liste des cas à la morgue en date du {day}.' if fr else f'Here is the morgue census as of {day}.')
    if mode == 'html':
        trs = ''.join('<tr>' + ''.join(f'<td>{v}</td>' for v in r) + '</tr>' for r in rows)
        htm = (f'<p>{greeting(c, lang)}</p><p>{_esc(intro)}</p><table border="1" cellspacing="0" cellpadding="3">'
               '<tr>' + ''.join(f'<th>{h}</th>' for h in header) + f'</tr>{trs}</table><p>{signature(c, a, lang, 0).replace(chr(10), "<br>")}</p>')
    elif mode == 'text':
        text = '\n\n'.join([greeting(c, lang), intro,
                            '\n'.join(' | '.join(str(v) for v in r) for r in [header] + rows), signature(c, a, lang)])
    else:
        text = '\n\n'.join([greeting(c, lang), intro + (' (fichier ci-joint)' if fr else ' (file attached)'), signature(c, a, lang)])
        atts.append(dict(name=f'{"liste_morgue" if fr else "morgue_census"}_{ref.isoformat()}.xlsx',
                         ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                         data=make_xlsx([('Morgue', [header] + rows)], author=a['p'].full())))
    subj = c.choice([f'Liste morgue {ref.isoformat()}', f'Cas du jour - {day}', 'Tableau des cas — relève'] if fr else
                    [f'Morgue census {ref.isoformat()}', f'Cases for {day}', 'Handover list'])
    return S(lang, 'morgue_roster', T, f'morgue census of named decedents ({mode})', a, tos, subj, text, html=htm,
             atts=atts, force='html' if mode == 'html' else None, date=d)


# ------------------------------------------------------------------ 7. body release to funeral home
def body_release(c, lang):
    d = c.sent()
    ref = d.date()
    use_nam = c.chance(0.4)
    p = victim(c, use_nam, ref, 18)
    fr = lang == 'fr'
    a = staff_info(c, c.choice(['lml_admin', 'lml_tech']), lang)
    fd = staff_info(c, 'funeral_dir', lang)
    cn = case_no(c, ref.year)
    T = {'patient_name', 'date_of_birth', 'diagnosis'}
    w = pr(p, lang)
    infx = c.choice([('porteur(se) de l\'hépatite C', 'hepatitis C positive'), ('VIH positif(ve)', 'HIV positive'),
                     ('tuberculose active soupçonnée', 'suspected active tuberculosis'),
                     ('cerveau conservé pour examen neuropathologique (encéphalopathie traumatique chronique ?)',
                      'brain retained for neuropathology (query chronic traumatic encephalopathy)')])
    inf = infx[0].replace('porteur(se)', 'porteuse' if p.sex == 'F' else 'porteur').replace(
        'positif(ve)', 'positive' if p.sex == 'F' else 'positif')
    nm = fmt_name(p, lang, c.rng, c.choice(['full', 'upper', 'title']))
    namtxt = ''
    if use_nam:
        T.add('ramq_nam')
        namtxt = f' — NAM {fmt_nam(p.nam, c.rng)}'
    if fr:
        subj = c.choice([f'Libération du corps — {nm}', f'Dossier {cn} : corps libérable', 'Libération de corps'])
        body = [greeting(c, lang, fd['p'].given),
                f'Le corps de {nm} ({w["ne"]} le {fmt_date(p.dob, lang, rng=c.rng)}{namtxt}), dossier {cn}, peut être pris en charge à compter de demain 9 h.',
                f'Précautions : {inf}. Merci d\'aviser votre personnel.',
                'Les effets personnels seront remis à la famille par le coroner. Présentez-vous au quai de livraison arrière avec le formulaire de prise en charge.',
                closing(c, lang), signature(c, a, lang)]
    else:
        subj = c.choice([f'Release of remains — {nm}', f'File {cn}: body ready for release'])
        body = [greeting(c, lang, fd['p'].given),
                f'The remains of {nm} (DOB {fmt_date(p.dob, lang, rng=c.rng)}{namtxt}), file {cn}, can be picked up from tomorrow 9 a.m.',
                f'Precautions: {infx[1]}. Please inform your staff.',
                'Personal effects will be returned to the family by the coroner. Use the rear loading dock and bring the transfer form.',
                closing(c, lang), signature(c, a, lang)]
    return S(lang, 'body_release', T, 'body release to funeral home with infection-control diagnosis', a, [fd], subj,
             '\n\n'.join(b for b in body if b), date=d)


# ------------------------------------------------------------------ 8. molecular autopsy / genetics
def genetics(c, lang):
    d = c.sent()
    ref = d.date()
    p = victim(c, c.chance(0.4), ref, 8, 45)
    fr = lang == 'fr'
    a = staff_info(c, 'pathologist', lang)
    b = staff_info(c, c.choice(['coroner', 'director']), lang)
    var = c.choice([('KCNH2 c.1841C>T (p.Ala614Val), pathogène — syndrome du QT long type 2', 'KCNH2 c.1841C>T (p.Ala614Val), pathogenic — long QT syndrome type 2'),
                    ('MYH7 c.1208G>A (p.Arg403Gln), pathogène — cardiomyopathie hypertrophique', 'MYH7 c.1208G>A (p.Arg403Gln), pathogenic — hypertrophic cardiomyopathy'),
                    ('RYR2 c.7169T>C, probablement pathogène — TVPC', 'RYR2 c.7169T>C, likely pathogenic — CPVT'),
                    ('SCN5A c.4868G>A, variant de signification incertaine — syndrome de Brugada ?', 'SCN5A c.4868G>A, variant of uncertain significance — query Brugada syndrome')])
    T = {'patient_name', 'lab_result', 'diagnosis'}
    nm = fmt_name(p, lang, c.rng, c.choice(['full', 'last_first', 'title']))
    dob = ''
    if c.chance(0.6):
        T.add('date_of_birth')
        dob = f' ({"DDN" if fr else "DOB"} {fmt_date(p.dob, lang, rng=c.rng)})'
    if p.nam:
        T.add('ramq_nam')
        dob += f' NAM {fmt_nam(p.nam, c.rng)}'
    if fr:
        subj = c.choice(['Autopsie moléculaire — résultat', f'Résultat génétique - {p.surname}', 'Dépistage familial recommandé'])
        body = [greeting(c, lang, b['p'].given),
                f'L\'autopsie moléculaire de {nm}{dob} a révélé : {var[0]}.',
                'Compte tenu de ce résultat, je recommande que les apparentés du premier degré soient orientés vers la clinique de cardiogénétique pour ECG, échocardiographie et test ciblé.',
                'Pourriez-vous transmettre cette recommandation à la famille avec votre rapport? Je peux fournir une lettre.',
                closing(c, lang), signature(c, a, lang)]
    else:
        subj = c.choice(['Molecular autopsy — result', f'Genetic result - {p.surname}', 'Family screening recommended'])
        body = [greeting(c, lang, b['p'].given), f'Molecular autopsy for {nm}{dob} identified: {var[1]}.',
                'First-degree relatives should be referred to the cardiogenetics clinic for ECG, echo and cascade testing.',
                'Could you pass this on to the family along with your report?', closing(c, lang), signature(c, a, lang)]
    return S(lang, 'molecular_autopsy', T, 'post-mortem genetic result for named decedent', a, [b], subj,
             '\n\n'.join(x for x in body if x), date=d)


# ------------------------------------------------------------------ 9. death certificate correction
def death_certificate(c, lang):
    d = c.sent()
    ref = d.date()
    p = victim(c, True, ref, 30)
    fr = lang == 'fr'
    md = staff_info(c, c.choice(['icu_md', 'er_md', 'icu_md2']), lang)
    cor = staff_info(c, c.choice(['coroner', 'coroner_sec']), lang)
    key = pick_cause(c, p, ref, avoid=('stab', 'gsw', 'hanging'))
    hist, hist2 = c.sample(HISTORY, 2)
    T = {'patient_name', 'ramq_nam', 'diagnosis', 'date_of_birth'}
    dod = ref - dt.timedelta(days=c.randint(3, 20))
    if fr:
        subj = c.choice(['Correction bulletin de décès (SP-3)', f'Bulletin de décès {p.surname} — correction', 'SP-3 à corriger'])
        body = [greeting(c, lang),
                f'Une erreur s\'est glissée dans le bulletin de décès de {fmt_name(p, lang, c.rng, "title")}, NAM {fmt_nam(p.nam, c.rng)}, '
                f'{pr(p, "fr")["ne"]} le {fmt_date(p.dob, lang, rng=c.rng)}, {pr(p, "fr")["dec"]} le {fmt_date(dod, lang, "long")}.',
                f'Partie I a) devrait se lire : {cause_txt(key, lang)}.\nPartie I b) : {hist[0]}.\nPartie II : {hist2[0]}.',
                'Comme le décès a été déclaré au coroner, pouvez-vous confirmer la marche à suivre pour la correction?',
                closing(c, lang), signature(c, md, lang)]
    else:
        subj = c.choice(['Death certificate correction', f'Medical certificate of death — {p.surname}'])
        body = [greeting(c, lang),
                f'There is an error on the medical certificate of death for {fmt_name(p, lang, c.rng, "title")}, RAMQ {fmt_nam(p.nam, c.rng)}, '
                f'DOB {fmt_date(p.dob, lang, rng=c.rng)}, died {fmt_date(dod, lang, "long")}.',
                f'Part I(a) should read: {cause_txt(key, lang)}.\nPart I(b): {hist[1]}.\nPart II: {hist2[1]}.',
                'Since the death was reported to the coroner, how should I proceed?', closing(c, lang), signature(c, md, lang)]
    return S(lang, 'death_certificate', T, 'death certificate correction with causes', md, [cor], subj,
             '\n\n'.join(x for x in body if x), date=d)


# ------------------------------------------------------------------ 10. hospital notifies coroner
def hospital_notice(c, lang):
    d = c.sent()
    ref = d.date()
    use_nam = c.chance(0.5)
    p = victim(c, use_nam, ref, 25)
    fr = lang == 'fr'
    md = staff_info(c, c.choice(['er_md', 'icu_md', 'icu_md2']), lang)
    cor = ('Coroner de garde' if fr else 'On-call coroner', f'garde@{ORG["coroner"]["dom"]}')
    hosp = md['org']
    key = pick_cause(c, p, ref, avoid=('hanging', 'gsw'))
    med = c.choice(MEDS)
    hist = c.choice(HISTORY)
    T = {'patient_name', 'diagnosis', 'medication', 'mrn', 'date_of_birth'}
    lines = [f'{"Nom" if fr else "Name"}: {fmt_name(p, lang, c.rng, c.choice(["upper", "last_first", "full"]))}',
             f'{"DDN" if fr else "DOB"}: {fmt_date(p.dob, lang, rng=c.rng)}', fmt_mrn(p, hosp, c.rng, lang)]
    if use_nam:
        T.add('ramq_nam')
        lines.append(f'NAM: {fmt_nam(p.nam, c.rng)}')
    if c.chance(0.5):
        T.add('patient_contact')
        lines.append(f'{"Adresse" if fr else "Address"}: {p.address}')
    if c.chance(0.3):
        T.add('social_information')
        s = c.choice(SOCIAL)
        lines.append(f'{"Contexte social" if fr else "Social"}: {gz(s[0], p) if fr else s[1]}')
    t = d.strftime('%H h %M') if fr else d.strftime('%H:%M')
    if fr:
        subj = c.choice(['Avis au coroner — décès à l\'urgence', 'Décès à déclarer', f'Avis de décès {ORG[hosp]["mrn"]}'])
        body = [greeting(c, lang), 'Je vous avise d\'un décès survenu ce matin dans notre établissement :', '\n'.join(lines),
                f'{circ_txt(key, p, lang)} Antécédents : {hist[0]}. Médication : {med[0]} {med[1]}.',
                f'Décès constaté à {t}. La famille a été avisée. Le corps est gardé à la morgue de l\'hôpital en attendant vos instructions.',
                signature(c, md, lang)]
    else:
        subj = c.choice(['Coroner notification — ED death', 'Reportable death', f'Death notification {ORG[hosp]["mrn"]}'])
        body = [greeting(c, lang), 'Notifying you of a death in our facility this morning:', '\n'.join(lines),
                f'{circ_txt(key, p, lang)} History: {hist[1]}. Medications: {med_en(med[0])} {med[2]}.',
                f'Pronounced at {t}. Family notified. Body held in the hospital morgue pending your instructions.',
                signature(c, md, lang)]
    return S(lang, 'hospital_death_notice', T, 'hospital notifies coroner of a reportable death', md, [cor], subj,
             '\n\n'.join(x for x in body if x), date=d)


# ------------------------------------------------------------------ 11. pharmacy profile
def pharmacy_profile(c, lang):
    d = c.sent()
    ref = d.date()
    use_nam = c.chance(0.6)
    p = victim(c, use_nam, ref, 20)
    fr = lang == 'fr'
    ph = staff_info(c, 'pharmacist', lang)
    cor = staff_info(c, 'coroner_sec', lang)
    meds = c.sample(MEDS, c.randint(3, 6))
    T = {'patient_name', 'medication', 'date_of_birth'}
    ident = f'{fmt_name(p, lang, c.rng, c.choice(["full", "upper", "title"]))}, {"DDN" if fr else "DOB"} {fmt_date(p.dob, lang, rng=c.rng)}'
    if use_nam:
        T.add('ramq_nam')
        ident += f', NAM {fmt_nam(p.nam, c.rng)}'
    if c.chance(0.4):
        T.add('patient_contact')
        ident += f'\n{p.address}'
    cn = case_no(c)
    lines = []
    for m in meds:
        dd = ref - dt.timedelta(days=c.randint(5, 120))
        lines.append(f'{fmt_date(dd, lang, "iso")}  {m[0] if fr else med_en(m[0])} {m[1] if fr else m[2]}  '
                     f'{"qté" if fr else "qty"} {c.choice([30, 60, 90, 14, 7])}  Rx #{c.randint(100000, 999999)}')
    quoted = (f'> Bonjour, dans le cadre de l\'investigation {cn}, pourriez-vous nous transmettre le profil '
              f'pharmacologique des 6 derniers mois de la personne ci-dessous?\n> {ident.splitlines()[0]}' if fr else
              f'> Hello, for coroner file {cn}, could you send the last 6 months of dispensing history for:\n> {ident.splitlines()[0]}')
    if fr:
        subj = f'RE: Demande de profil pharmacologique — {cn}'
        body = [greeting(c, lang, cor['p'].given), 'Voici le profil demandé :', ident, '\n'.join(lines),
                c.choice(['Dernier renouvellement de méthadone non récupéré.', 'Le patient recevait ses médicaments en pilulier hebdomadaire.', '']),
                signature(c, ph, lang), f'-----Message d\'origine-----\nDe : {cor["p"].full()}\nObjet : Demande de profil pharmacologique — {cn}\n\n{quoted}']
    else:
        subj = f'RE: Dispensing history request — {cn}'
        body = [greeting(c, lang, cor['p'].given), 'Here is the requested profile:', ident, '\n'.join(lines),
                c.choice(['Last methadone carry was not picked up.', 'Medications were dispensed in weekly blister packs.', '']),
                signature(c, ph, lang), f'-----Original Message-----\nFrom: {cor["p"].full()}\nSubject: Dispensing history request — {cn}\n\n{quoted}']
    return S(lang, 'pharmacy_profile', T, 'pharmacy dispensing history for decedent', ph, [cor], subj,
             '\n\n'.join(x for x in body if x), reply=True, date=d)


TEMPLATES = [
    (records_request, 7), (autopsy_report, 7), (tox_results, 5), (subject_only, 5), (filename_only, 5),
    (morgue_roster, 5), (body_release, 4), (genetics, 3), (death_certificate, 3), (hospital_notice, 4),
    (pharmacy_profile, 3),
]
