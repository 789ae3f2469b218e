"""Positive messages, part C: labs, prescriptions, foreign / federal identifiers, meetings, parent letters."""
import datetime

from gen_attach import make_csv, make_docx, make_pdf, make_xlsx
from gen_common import (CLSCS, ORG, SCHOOLS, YOUTH_CLINICS, age_at, d_en, d_fr, grade_label, name_as, pron, slug,
                        staff, strip_accents)
from gen_compose import (Mail, closing, footer, forward_block, greet, html_table, quote_block, render_mail,
                         school_contact, signature, text_table)
from gen_pos_a import NURSES, drug_name, nurse, patient, school_name
from gen_reg import Rec
from gen_vocab import ACUTE, CHRONIC, LABS, MENTAL, SEXUAL, SOCIAL, VACCINES


# ------------------------------------------------------------------ P27 lab follow-up
def p_lab(ctx, lang):
    r = Rec(ctx, 'lab_followup', lang)
    p = patient(ctx, ctx.pick(['teen', 'youth']), lang, 0.5)
    test, val, dx, tx = ctx.pick(LABS[lang][:6])
    doc = staff(ctx.pick(['Haddad', 'Lemay', 'Lavigne']) if lang == 'fr' else ctx.pick(['Walsh', 'Lavigne']))
    to = staff(ctx.pick(['Vaillancourt', 'Bergeron', 'Dufresne'] if lang == 'fr' else ["O'Connor", 'Goldberg']))
    m = Mail(ctx, lang).sender(doc)
    m.add_to(to.full, to.email)
    nm = r.name(p, ctx.pick(['full', 'last_first', 'lower', 'upper_last']))
    r.t('lab_result', 'diagnosis', 'medication')
    mrn = r.mrn(ctx.mrn('clsc')) if ctx.chance(0.4) else None
    if lang == 'fr':
        m.subject = ctx.pick([f'Résultats {nm}', f'Résultat {test}', 'Résultats reçus — suivi à faire', 'labo'])
        lines = [greet(ctx, 'fr', to.given), '', f'Les résultats de {nm} sont entrés : {test} {val}.',
                 f'Compatible avec : {dx}. J\'ai prescrit {tx}.']
        if mrn:
            lines.append(f'(dossier {mrn})')
        if p.nam and ctx.chance(0.5):
            lines.append(f'NAM {r.nam(p)}')
        lines += ['Peux-tu l\'aviser et prévoir un contrôle dans 3 mois? Merci.', '', closing(ctx, 'fr'),
                  signature(ctx, doc, 'fr')]
    else:
        m.subject = ctx.pick([f'Results {nm}', f'{test} result', 'Lab results - follow-up needed'])
        lines = [greet(ctx, 'en', to.given), '', f'Results for {nm} are in: {test} {val}.',
                 f'Consistent with {dx}. I prescribed {tx}.']
        if mrn:
            lines.append(f'(chart {mrn})')
        if p.nam and ctx.chance(0.5):
            lines.append(f'RAMQ {r.nam(p)}')
        lines += ['Could you let them know and plan a recheck in 3 months?', '', closing(ctx, 'en'), signature(ctx, doc, 'en')]
    m.text = '\n'.join(lines) + footer(ctx, lang)
    return r.done(render_mail(m), f'lab result follow-up ({test})')


# ------------------------------------------------------------------ P28 prescription PDF to pharmacy
def p_prescription(ctx, lang):
    from gen_common import PHARMACIES
    from gen_vocab import CONTRA, EC
    r = Rec(ctx, 'prescription', lang)
    p = patient(ctx, 'youth', lang, 0.55)
    ips = staff('Lavigne')
    ph = ctx.pick(PHARMACIES)
    nm = name_as(ctx, p, ctx.pick(['full', 'upper_comma']))
    r.raw_name(nm)
    dob = r.dob(p, 'iso')
    r.t('medication', 'patient_contact')
    if p.sex == 'F':
        med = ctx.pick(CONTRA[lang][:4] + EC[lang])
    else:
        med = ctx.pick(['doxycycline 100 mg BID x 7 jours' if lang == 'fr' else 'doxycycline 100 mg BID x 7 days',
                        'Truvada (PrEP) 1 co die, 30 jours, renouvelable 2 fois' if lang == 'fr' else
                        'Truvada (PrEP) 1 tab daily, 30 days, 2 refills'])
    street, town, pc = p.address
    nam_line = []
    if p.nam and ctx.chance(0.8):
        nam_line = [('kv', 'NAM :' if lang == 'fr' else 'RAMQ:', r.nam(p, ctx.pick(['std', 'plain'])))]
    if lang == 'fr':
        blocks = [('h', 'ORDONNANCE'), ('small', f'{YOUTH_CLINICS[0]} — {CLSCS[0]["addr"]}'), ('line',),
                  ('kv', 'Patient :', nm), ('kv', 'Date de naissance :', dob), *nam_line,
                  ('kv', 'Adresse :', f'{street}, {town} {pc}'), ('kv', 'Téléphone :', ctx.phone_fmt(p.phone)), ('sp',),
                  ('p', f'Rx : {med}'), ('p', 'Renouvellements : selon indication'), ('sp',),
                  ('p', f'{ips.full}, IPSPL — permis no {ctx.randint(10000, 99999)}'), ('small', f'Date : {d_fr(ctx.date(), "iso")}')]
        fname = ctx.pick(['ordonnance.pdf', f'Rx_{strip_accents(p.surname)}.pdf', 'Ordonnance - clinique jeunesse.pdf'])
        m_sub = ctx.pick(['Ordonnance', 'Ordonnance — clinique jeunesse', 'Rx à préparer'])
        txt = (f'{greet(ctx, "fr")}\n\nVeuillez trouver ci-joint une ordonnance. La patiente passera la chercher cet après-midi.'
               if p.sex == 'F' else f'{greet(ctx, "fr")}\n\nVeuillez trouver ci-joint une ordonnance. Le patient passera cet après-midi.')
    else:
        blocks = [('h', 'PRESCRIPTION'), ('small', YOUTH_CLINICS[0]), ('line',), ('kv', 'Patient:', nm),
                  ('kv', 'Date of birth:', dob), *nam_line, ('kv', 'Address:', f'{street}, {town} {pc}'),
                  ('kv', 'Phone:', ctx.phone_fmt(p.phone)), ('p', f'Rx: {med}'),
                  ('p', f'{ips.full}, NP - licence {ctx.randint(10000, 99999)}')]
        fname = ctx.pick(['prescription.pdf', f'Rx_{p.surname}.pdf'])
        m_sub = ctx.pick(['Prescription', 'Rx - youth clinic'])
        txt = f'{greet(ctx, "en")}\n\nPlease find a prescription attached; the patient will pick it up this afternoon.'
    m = Mail(ctx, lang).sender(ips)
    m.add_to(ph[0], f'rx@{slug(ph[0]).replace(".", "-")}.example')
    m.subject = m_sub
    m.text = txt + '\n\n' + signature(ctx, ips, lang) + footer(ctx, lang)
    m.attach(data=make_pdf(blocks, title='Rx'), ctype='application/pdf', filename=fname)
    return r.done(render_mail(m), 'prescription PDF sent to a community pharmacy')


# ------------------------------------------------------------------ P29 SIN in a social file
def p_sin_social(ctx, lang):
    r = Rec(ctx, 'income_support_sin', lang)
    p = patient(ctx, 'adult_youth', lang, 0.4)
    sw = staff(ctx.pick(['Laberge', 'Belhadj']))
    sin = r.sin(ctx.sin())
    nm = r.name(p, ctx.pick(['full', 'upper_comma', 'last_first']))
    r.t('social_information')
    dob = r.dob(p) if ctx.chance(0.6) else None
    street, town, pc = p.address
    to = ctx.pick([('Centre local d\'emploi — Val-des-Saules', 'cle.valdessaules@emploi-qc.example'),
                   ('Office municipal d\'habitation', 'demandes@omh-saules.example'),
                   ('Auberge du cœur La Passerelle', 'intervention@passerelle.example')])
    m = Mail(ctx, lang).sender(sw)
    m.add_to(*to)
    if lang == 'fr':
        sit = ctx.pick(['vient de quitter un centre jeunesse à sa majorité et n\'a aucun revenu',
                        'a été mis{e} à la porte par sa famille le mois dernier et dort à l\'auberge',
                        'est enceinte de 20 semaines et sans logement stable' if p.sex == 'F' else 'a quitté le domicile familial après un conflit',
                        'sort d\'une hospitalisation en psychiatrie et a perdu son emploi']).replace('{e}', 'e' if p.sex == 'F' else '')
        m.subject = ctx.pick(['Demande d\'aide de dernier recours', 'Dossier conjoint — demande de logement', f'Demande pour {nm}'])
        lines = [greet(ctx, 'fr'), '', f'J\'accompagne {nm}, {age_at(p.dob, datetime.date(2025, 1, 1))} ans, qui {sit}.',
                 'Voici les renseignements pour compléter la demande :', f'NAS : {sin}']
        if dob:
            lines.append(f'Date de naissance : {dob}')
        if ctx.chance(0.5):
            lines.append(f'Adresse temporaire : {street}, {town} {pc}')
            r.t('patient_contact')
        lines += ['Je peux l\'accompagner au rendez-vous si nécessaire.', '', closing(ctx, 'fr'), signature(ctx, sw, 'fr', 'full')]
    else:
        sit = ctx.pick(['just aged out of a group home and has no income', 'was kicked out by family last month',
                        'is 20 weeks pregnant with no stable housing' if p.sex == 'F' else 'left home after a family conflict'])
        m.subject = ctx.pick(['Last-resort assistance application', f'Application for {nm}'])
        lines = [greet(ctx, 'en'), '', f'I am supporting {nm}, {age_at(p.dob, datetime.date(2025, 1, 1))}, who {sit}.',
                 'Details for the application:', f'SIN: {sin}']
        if dob:
            lines.append(f'Date of birth: {dob}')
        lines += ['I can attend the appointment if needed.', '', closing(ctx, 'en'), signature(ctx, sw, 'en', 'full')]
    m.text = '\n'.join(lines) + footer(ctx, lang)
    return r.done(render_mail(m), 'social worker sends SIN and situation for income/housing support')


# ------------------------------------------------------------------ P30 Ontario health number
def p_ontario(ctx, lang):
    r = Rec(ctx, 'ontario_transfer', lang)
    p = ctx.kid(lang, 6, 15)
    n = nurse(ctx, lang)
    hn = r.ohip(ctx.ohip())
    nm = r.name(p, ctx.pick(['full', 'upper_comma']))
    dob = r.dob(p, 'iso')
    r.t('medication')
    vacs = ctx.sample([v[0] for v in VACCINES[lang]], 2)
    other = staff(ctx.pick([x for x in NURSES if x != n.surname]))
    m = Mail(ctx, lang).sender(n)
    m.add_to(other.full, other.email)
    how = ctx.pick(['inline', 'xlsx'])
    if lang == 'fr':
        m.subject = ctx.pick(['Nouvel élève de l\'Ontario — carnet', 'Transfert dossier vaccinal (Ontario)', 'Élève arrivé d\'Ottawa'])
        body = [greet(ctx, 'fr', other.given), '',
                f'Nouvel élève arrivé d\'Ottawa en janvier : {nm}, né{"e" if p.sex == "F" else ""} le {dob}.',
                'Pas encore de carte RAMQ. Son numéro de carte santé de l\'Ontario est inscrit au carnet :']
        if how == 'inline':
            body.append(f'Carte santé ON : {hn}')
        else:
            body.append('(voir fichier joint)')
        body += [f'Doses manquantes selon le PIQ : {", ".join(vacs)}.', 'Je le mets sur la liste de rattrapage de mars.',
                 '', closing(ctx, 'fr'), signature(ctx, n, 'fr')]
    else:
        m.subject = ctx.pick(['New student from Ontario - immunization record', 'Transfer from Ottawa'])
        body = [greet(ctx, 'en', other.given), '', f'New student from Ottawa: {nm}, DOB {dob}. No RAMQ card yet.']
        body.append(f'Ontario health card: {hn}' if how == 'inline' else '(see attached)')
        body += [f'Missing doses per the PIQ: {", ".join(vacs)}.', '', closing(ctx, 'en'), signature(ctx, n, 'en')]
    m.text = '\n'.join(body) + footer(ctx, lang)
    if how == 'xlsx':
        rows = [['Nom', 'Prénom', 'DDN', 'Carte santé Ontario', 'Vaccin', 'Date'] if lang == 'fr' else
                ['Last', 'First', 'DOB', 'Ontario HN', 'Vaccine', 'Date']]
        for v in ('DCaT-VPI-Hib', 'RRO', 'Men-C', 'dcaT'):
            rows.append([p.surname, p.given, p.dob.isoformat(), hn, v, f'{p.dob.year + ctx.randint(1, 5)}-0{ctx.randint(1, 9)}-1{ctx.randint(0, 9)}'])
        m.attach(data=make_xlsx([('Carnet', rows)]), ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                 filename='carnet_ontario.xlsx' if lang == 'fr' else 'ontario_record.xlsx')
    return r.done(render_mail(m), 'student transferred from Ontario: health number and vaccine record')


# ------------------------------------------------------------------ P31 Belgian NISS
def p_belgium(ctx, lang):
    r = Rec(ctx, 'belgian_newcomer', lang)
    p = ctx.kid('fr', 5, 16)
    n = nurse(ctx, 'fr')
    niss = r.niss(ctx.niss(p.dob, p.sex))
    nm = r.name(p, ctx.pick(['full', 'upper_last', 'last_first']))
    dob = r.dob(p)
    c = CHRONIC[ctx.pick(['asthma', 'peanut', 'celiac', 'epilepsy'])]
    r.t('diagnosis')
    other = staff(ctx.pick(['Gendron', 'Charbonneau']))
    m = Mail(ctx, lang).sender(n)
    m.add_to(other.full, other.email)
    if lang == 'fr':
        m.subject = ctx.pick(['Famille arrivée de Belgique', 'Carnet belge à transcrire', 'Nouvel élève — dossier santé belge'])
        body = [greet(ctx, 'fr', other.given), '',
                f'La famille de {nm} (né{"e" if p.sex == "F" else ""} le {dob}) est arrivée de Liège en décembre.',
                f'Le carnet de vaccination belge indique le numéro de registre national (NISS) {niss}.',
                f'À noter : {c["fr"]}; les parents apportent le rapport du pneumologue/allergologue belge la semaine prochaine.',
                'Faut-il ouvrir un dossier temporaire au CLSC en attendant la carte RAMQ?', '', closing(ctx, 'fr'),
                signature(ctx, n, 'fr')]
    else:
        m.subject = 'Family arrived from Belgium'
        body = [greet(ctx, 'en', other.given), '', f'{nm} (DOB {dob}) arrived from Liège with family in December.',
                f'The Belgian vaccination booklet shows national register number (NISS) {niss}.',
                f'Note: {c["en"]}.', 'Should we open a temporary CLSC file until the RAMQ card arrives?', '',
                closing(ctx, 'en'), signature(ctx, n, 'en')]
    m.text = '\n'.join(body) + footer(ctx, lang)
    return r.done(render_mail(m), 'newcomer from Belgium: NISS and health condition')


# ------------------------------------------------------------------ P32 French NIR
def p_france(ctx, lang):
    r = Rec(ctx, 'french_newcomer', lang)
    p = ctx.kid('fr', 11, 19)
    n = staff(ctx.pick(['Vaillancourt', 'Bergeron', 'Lavigne']))
    nir = r.nir(ctx.nir(p.dob, p.sex))
    nm = r.name(p, ctx.pick(['full', 'upper_comma']))
    dob = r.dob(p, ctx.pick(['slash', 'long']))
    kind = ctx.pick(['chronic', 'vacc', 'mental'])
    if kind == 'chronic':
        c = CHRONIC[ctx.pick(['t1d', 'asthma', 'hypothyroid', 'adhd2'])]
        info_fr, info_en = f'{c["fr"]}, traitement : {c["med_fr"][0]}', f'{c["en"]}, on {c["med_en"][0]}'
        r.t('diagnosis', 'medication')
    elif kind == 'vacc':
        info_fr, info_en = 'carnet : 1 seule dose de VPH (Gardasil 9), pas de dcaT à 11-13 ans', \
            'booklet: a single HPV dose (Gardasil 9), no Tdap at 11-13'
        r.t('medication')
    else:
        prob, plan = MENTAL[lang][ctx.randint(0, 4)]
        info_fr = info_en = prob
        r.t('diagnosis')
    doc = staff(ctx.pick(['Haddad', 'Lemay']))
    m = Mail(ctx, lang).sender(n)
    m.add_to(doc.short_title(lang), doc.email)
    how = ctx.pick(['inline', 'docx'])
    if lang == 'fr':
        m.subject = ctx.pick(['Étudiant(e) arrivé(e) de France', 'Dossier médical français', 'Transfert de dossier — France'])
        body = [greet(ctx, 'fr', doc.dr('fr')), '', f'Je rencontre {nm}, né{"e" if p.sex == "F" else ""} le {dob}, '
                f'arrivé{"e" if p.sex == "F" else ""} de Lyon à la rentrée.']
        if how == 'inline':
            body.append(f'Numéro de sécurité sociale (NIR) figurant sur sa carte Vitale : {nir}')
            body.append(f'Antécédents : {info_fr}.')
        else:
            body.append('Le résumé de son dossier français est en pièce jointe.')
        body += [f'Pourriez-vous {pron(p)[1]} voir pour la prise en charge au Québec?', '', closing(ctx, 'fr'), signature(ctx, n, 'fr')]
    else:
        m.subject = 'Student from France - medical file'
        body = [greet(ctx, 'en', doc.dr('en')), '', f'I met {nm} (DOB {dob}), who arrived from Lyon in August.']
        if how == 'inline':
            body.append(f'French social security number (NIR) from the Vitale card: {nir}')
            body.append(f'History: {info_en}.')
        else:
            body.append('The French file summary is attached.')
        body += ['Could you see them to take over care in Quebec?', '', closing(ctx, 'en'), signature(ctx, n, 'en')]
    m.text = '\n'.join(body) + footer(ctx, lang)
    if how == 'docx':
        blocks = [('h', 'Synthèse du dossier médical' if lang == 'fr' else 'Medical file summary'),
                  ('kv', 'Nom :' if lang == 'fr' else 'Name:', nm), ('kv', 'NIR :', nir),
                  ('kv', 'Antécédents :' if lang == 'fr' else 'History:', info_fr if lang == 'fr' else info_en)]
        m.attach(data=make_docx(blocks, author='Cabinet médical'),
                 ctype='application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                 filename=ctx.pick(['synthèse dossier France.docx', 'dossier_medical_FR.docx']))
    return r.done(render_mail(m), 'student from France: NIR with medical history')


# ------------------------------------------------------------------ P33 MRN only
def p_mrn_only(ctx, lang):
    r = Rec(ctx, 'mrn_only', lang)
    mrn = r.mrn(ctx.mrn(ctx.pick(['clsc', 'cme', 'hrrs'])))
    sender = staff(ctx.pick(['Haddad', 'Lavigne', 'Vaillancourt', 'Goldberg']))
    to = staff(ctx.pick([x for x in ['Vaillancourt', 'Gingras', 'Lavigne', 'Turcotte'] if x != sender.surname]))
    s = SEXUAL[ctx.pick(list(SEXUAL))]
    r.t('lab_result')
    m = Mail(ctx, lang).sender(sender)
    m.add_to(to.full, to.email)
    label = 'No de dossier' if lang == 'fr' else 'Chart no.'
    if lang == 'fr':
        m.subject = ctx.pick([f'Dossier {mrn}', f'{mrn} — résultat à traiter', 'Résultat à traiter'])
        m.text = (f'{greet(ctx, "fr", to.given)}\n\n{label} {mrn} : {s["lab_fr"]}.\nTraitement : {s["tx_fr"]}. '
                  f'Peux-tu le/la convoquer cette semaine?\n\n{sender.given}')
    else:
        m.subject = ctx.pick([f'Chart {mrn}', 'Result to treat'])
        m.text = f'{greet(ctx, "en", to.given)}\n\n{label} {mrn}: {s["lab_en"]}.\nTreatment: {s["tx_en"]}. Please book this week.\n\n{sender.given}'
    r.t('medication')
    return r.done(render_mail(m), 'chart number with STI result, no name')


# ------------------------------------------------------------------ P34 NAM only
def p_nam_only(ctx, lang):
    r = Rec(ctx, 'nam_only', lang)
    p = ctx.holder(5, 23)
    test, val, dx, tx = ctx.pick(LABS[lang])
    sender = staff(ctx.pick(['Turcotte', 'Dubé', 'Hébert']))
    to = staff(ctx.pick(['Haddad', 'Lavigne', 'Vaillancourt']))
    nam = r.nam(p, ctx.pick(['std', 'plain', 'dots', 'full', 'spaced', 'lower', 'slash', 'dash']))
    r.t('lab_result')
    m = Mail(ctx, lang).sender(sender)
    m.add_to(to.full, to.email)
    if lang == 'fr':
        m.subject = ctx.pick(['Résultat reçu par télécopieur', 'Résultat labo à classer', f'NAM {nam}'])
        m.text = (f'{greet(ctx, "fr", to.given)}\n\nReçu ce matin du laboratoire (le nom est illisible sur la télécopie) :\n'
                  f'NAM : {nam}\n{test} : {val}\n\nJe le mets dans ton casier.\n\n{sender.given}')
    else:
        m.subject = ctx.pick(['Faxed result', 'Lab result to file'])
        m.text = (f'{greet(ctx, "en", to.given)}\n\nReceived by fax this morning (name unreadable):\nRAMQ: {nam}\n{test}: {val}\n\n'
                  f'{sender.given}')
    return r.done(render_mail(m), 'health-insurance number with a lab value, no name')


# ------------------------------------------------------------------ P35 intervention-plan meeting minutes
def p_pi_minutes(ctx, lang):
    r = Rec(ctx, 'meeting_minutes_student', lang)
    p = patient(ctx, 'school', lang, 0.5)
    key = ctx.pick(['adhd', 'adhd2', 'anxiety', 't1d', 'epilepsy'])
    c = CHRONIC[key]
    n = nurse(ctx, lang)
    school = p.school or SCHOOLS[0]
    dirn = school_contact(ctx, school, 'direct' if lang == 'fr' else 'principal', lang)
    nm = r.name(p, ctx.pick(['full', 'full', 'initial']))
    r.t('diagnosis')
    meds = c['med_' + lang]
    if meds:
        r.t('medication')
    d = ctx.date()
    mom, dad = f'{p.mother[0]} {p.mother[1]}', f'{p.father[0]} {p.father[1]}'
    if lang == 'fr':
        blocks = [('h', f'Compte rendu — rencontre de plan d\'intervention'), ('kv', 'Élève :', nm),
                  ('kv', 'Date :', d_fr(d)), ('kv', 'Présents :', f'{mom} (mère), {dad} (père), {dirn[0]}, {n.full}'),
                  ('h2', 'Portrait'), ('p', f'{c["fr"].capitalize()}. ' + (f'Médication : {meds[0]}.' if meds else '')),
                  ('h2', 'Moyens retenus'), ('bullet', c['school_fr']),
                  ('bullet', 'Communication hebdomadaire école-famille par l\'agenda'),
                  ('bullet', 'Prochaine révision en juin')]
        subj = ctx.pick(['Compte rendu PI', f'CR rencontre {p.given}', 'Rencontre PI — compte rendu'])
        txt = f'{greet(ctx, "fr")}\n\nVoici le compte rendu de la rencontre de ce matin. Merci de me faire part de vos corrections.\n\n{signature(ctx, n, "fr")}'
        fname = ctx.pick(['CR_rencontre_PI.docx', f'PI {p.given}.docx', 'compte-rendu.docx'])
    else:
        blocks = [('h', 'Minutes - intervention plan meeting'), ('kv', 'Student:', nm), ('kv', 'Date:', d_en(d)),
                  ('kv', 'Present:', f'{mom}, {dad}, {dirn[0]}, {n.full}'),
                  ('p', f'{c["en"].capitalize()}. ' + (f'Medication: {meds[0]}.' if meds else '')),
                  ('bullet', c['school_en']), ('bullet', 'Weekly home-school communication')]
        subj = ctx.pick(['IEP meeting minutes', f'Minutes - {p.given}'])
        txt = f'{greet(ctx, "en")}\n\nAttached are the minutes of this morning\'s meeting.\n\n{signature(ctx, n, "en")}'
        fname = ctx.pick(['IEP_minutes.docx', f'IEP {p.given}.docx'])
    m = Mail(ctx, lang).sender(n)
    m.add_to(dirn[0], dirn[1])
    m.cc.append((mom, f'{slug(p.mother[0])}.{slug(p.mother[1])}@courriel.example'))
    m.subject = subj
    m.text = txt + footer(ctx, lang)
    m.attach(data=make_docx(blocks, author=n.full), filename=fname,
             ctype='application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    return r.done(render_mail(m), 'minutes of an intervention-plan meeting with parents and school')


# ------------------------------------------------------------------ P36 nurse writes to a parent
def p_parent_letter(ctx, lang):
    r = Rec(ctx, 'nurse_to_parent', lang)
    p = patient(ctx, 'prim', lang, 0.5)
    n = nurse(ctx, lang)
    mom = f'{p.mother[0]} {p.mother[1]}'
    maddr = f'{slug(p.mother[0])}.{slug(p.mother[1])}@' + ctx.pick(['courriel.example', 'mail.example', 'videoweb.example'])
    use_full = ctx.chance(0.5)
    if use_full:
        nm = r.name(p, 'full')
        full_in = nm
    else:
        full_in = r.raw_name(f'{p.given} {p.surname}')
        nm = p.given
    what = ctx.pick(['lice', 'head', 'vision', 'wound', 'weight'])
    r.t('diagnosis')
    if lang == 'fr':
        txt = {
            'lice': f'Lors de la vérification d\'aujourd\'hui, nous avons trouvé des poux et des lentes chez {nm}. '
                    f'Un traitement (par exemple Resultz ou NYDA) doit être fait ce soir et répété dans 7 à 10 jours.',
            'head': f'{nm} s\'est cogné la tête sur le module de jeu à la récréation. Bosse au front, pas de perte de conscience. '
                    f'Surveillez les signes de commotion ce soir (vomissements, somnolence, maux de tête qui augmentent).',
            'vision': f'Le dépistage visuel de {nm} montre une baisse d\'acuité (6/15 à l\'œil droit). Je vous recommande '
                      f'un examen chez l\'optométriste.',
            'wound': f'{nm} a une plaie au genou qui semble infectée (rougeur, écoulement). Une consultation médicale est recommandée, '
                     f'possiblement un impétigo.',
            'weight': f'Suite à notre discussion, je vous confirme le suivi de poids de {nm} toutes les deux semaines à l\'infirmerie.'}[what]
        if what == 'lice':
            r.t('medication')
        m_sub = ctx.pick([f'{p.given} — message de l\'infirmière', 'Message de l\'infirmière scolaire', f'Au sujet de {p.given}'])
        body = f'Bonjour Mme {p.mother[1]},\n\n{txt}\n\nN\'hésitez pas à me téléphoner au besoin.\n\n{signature(ctx, n, "fr")}'
        if not use_full:
            body = body.replace(f'{txt}', f'Élève : {full_in} ({grade_label(p.dob)})\n\n{txt}')
    else:
        txt = {'lice': f'We found head lice and nits on {nm} today. Please treat tonight and repeat in 7-10 days.',
               'head': f'{nm} bumped their head at recess. No loss of consciousness; watch for concussion signs tonight.',
               'vision': f'{nm}\'s vision screening shows reduced acuity (6/15 right eye). Please book an eye exam.',
               'wound': f'{nm} has an infected-looking knee wound, possibly impetigo; please see a doctor.',
               'weight': f'Confirming {nm}\'s weight check every two weeks in the health room.'}[what]
        m_sub = ctx.pick([f'{p.given} - message from the school nurse', 'School nurse message'])
        body = f'Dear Ms. {p.mother[1]},\n\nStudent: {full_in} ({grade_label(p.dob, "en")})\n\n{txt}\n\nFeel free to call me.\n\n{signature(ctx, n, "en")}'
    m = Mail(ctx, lang).sender(n)
    m.add_to(mom, maddr)
    m.subject = m_sub
    m.text = body + footer(ctx, lang)
    return r.done(render_mail(m), f'school nurse writes to a parent ({what})')


# ------------------------------------------------------------------ P37 eating disorder referral
def p_eating(ctx, lang):
    r = Rec(ctx, 'eating_disorder', lang)
    p = patient(ctx, 'teen', lang, 0.5)
    n = nurse(ctx, lang)
    doc = staff('Lemay') if lang == 'fr' else staff('Walsh')
    nm = r.name(p, ctx.pick(['full', 'upper_last', 'title_full']))
    r.t('diagnosis', 'lab_result')
    w0 = ctx.randint(48, 58)
    w1 = w0 - ctx.randint(5, 9)
    hr = ctx.randint(42, 52)
    k = ctx.pick(['3,1', '3,3', '2,9'])
    m = Mail(ctx, lang).sender(n)
    m.add_to(doc.short_title(lang), doc.email)
    if lang == 'fr':
        m.subject = ctx.pick(['Perte de poids importante — demande d\'évaluation', f'{nm} : TCA?', 'Évaluation urgente svp'])
        m.text = '\n'.join([greet(ctx, 'fr', doc.dr('fr')), '',
                            f'Je suis {nm} à l\'école depuis novembre. Poids passé de {w0} kg à {w1} kg en 4 mois, '
                            f'aménorrhée depuis janvier, FC au repos à {hr}/min ce matin.' if p.sex == 'F' else
                            f'Je suis {nm} à l\'école depuis novembre. Poids passé de {w0} kg à {w1} kg en 4 mois, '
                            f'FC au repos à {hr}/min ce matin.',
                            f'Le bilan fait au sans rendez-vous montre un potassium à {k} mmol/L.',
                            'Restriction alimentaire importante, exercice compulsif. Je soupçonne une anorexie mentale.',
                            'Pourriez-vous le/la voir rapidement?', '', closing(ctx, 'fr'), signature(ctx, n, 'fr')])
    else:
        m.subject = ctx.pick(['Significant weight loss - assessment request', f'{nm}: possible eating disorder'])
        m.text = '\n'.join([greet(ctx, 'en', doc.dr('en')), '',
                            f'I have been following {nm} at school since November. Weight down from {w0} kg to {w1} kg in 4 months, '
                            f'resting HR {hr} this morning; walk-in bloodwork showed potassium {k.replace(",", ".")} mmol/L.',
                            'Marked restriction and compulsive exercise; I suspect anorexia nervosa. Could you see them soon?',
                            '', closing(ctx, 'en'), signature(ctx, n, 'en')])
    m.text += footer(ctx, lang)
    m.importance = 'High' if ctx.chance(0.5) else None
    return r.done(render_mail(m), 'school nurse requests urgent assessment for suspected eating disorder')


# ------------------------------------------------------------------ P38 return-to-learn after concussion
def p_concussion(ctx, lang):
    r = Rec(ctx, 'return_to_learn', lang)
    p = patient(ctx, 'sec', lang, 0.5)
    n = nurse(ctx, lang)
    school = p.school or SCHOOLS[4]
    nm = r.name(p, ctx.pick(['full', 'initial', 'upper_last']))
    r.t('diagnosis')
    m = Mail(ctx, lang).sender(n)
    for _ in range(ctx.randint(2, 3)):
        t = school_contact(ctx, school, None, lang)
        if (t[0], t[1]) not in m.to:
            m.add_to(t[0], t[1])
    if lang == 'fr':
        m.subject = ctx.pick(['Retour progressif — commotion', f'Protocole commotion : {nm}', 'Retour en classe après commotion cérébrale'])
        m.text = '\n'.join([greet(ctx, 'fr'), '',
                            f'{nm} ({grade_label(p.dob)}) a subi une commotion cérébrale lors d\'un match de hockey samedi '
                            f'(vu à l\'urgence, scan normal).',
                            'Selon le protocole de retour aux apprentissages :', '- demi-journées la première semaine;',
                            '- pas d\'examen ni d\'écran prolongé pour 10 jours;', '- aucune activité physique avant l\'autorisation médicale.',
                            'Merci de m\'aviser si les maux de tête augmentent en classe.', '', closing(ctx, 'fr'), signature(ctx, n, 'fr')])
    else:
        m.subject = ctx.pick(['Return to learn - concussion', f'Concussion protocol: {nm}'])
        m.text = '\n'.join([greet(ctx, 'en'), '', f'{nm} ({grade_label(p.dob, "en")}) sustained a concussion at a hockey game on '
                            'Saturday (seen in ER, normal CT).', 'Return-to-learn plan: half days the first week; no tests or '
                            'prolonged screen time for 10 days; no physical activity until medical clearance.',
                            '', closing(ctx, 'en'), signature(ctx, n, 'en')])
    m.text += footer(ctx, lang)
    return r.done(render_mail(m), 'return-to-learn instructions to teachers after a concussion')


# ------------------------------------------------------------------ P39 young patient's own mail forwarded
def p_youth_own(ctx, lang):
    from gen_vocab import CONTRA
    r = Rec(ctx, 'patient_own_mail', lang)
    p = patient(ctx, 'youth', lang, 0.5)
    nurse_y = staff(ctx.pick(['Vaillancourt', 'Goldberg'] if lang == 'en' else ['Vaillancourt', 'Gingras']))
    doc = staff(ctx.pick(['Haddad', 'Lavigne']))
    r.raw_name(f'{p.given} {p.surname}')
    cell = ctx.phone_fmt(p.phone)
    r.t('patient_contact')
    if p.sex == 'F':
        med = ctx.pick(CONTRA[lang][:3])
        q_fr = (f'je prends {med} depuis 2 mois et j\'ai des saignements entre mes règles et des maux de tête. '
                f'Est-ce que je devrais changer?')
        q_en = f'I have been on {med} for 2 months and I get spotting and headaches. Should I switch?'
        r.t('medication')
    else:
        q_fr = 'j\'ai des brûlures quand j\'urine depuis 3 jours, est-ce que je peux passer à la clinique sans rendez-vous?'
        q_en = 'it burns when I pee for 3 days now, can I come to the walk-in?'
        r.t('diagnosis')
    inner_from = (f'{p.given} {p.surname}', p.email)
    if lang == 'fr':
        orig = f'Allo,\n\n{q_fr}\nMon cell c\'est le {cell}, textez-moi svp pas d\'appel.\n\nmerci\n{p.given} {p.surname}'
        fwd = forward_block(ctx, 'fr', inner_from, (nurse_y.full, nurse_y.email), ctx.dt(), 'question', orig)
        m_sub = ctx.pick(['TR: question', 'Tr: question d\'une jeune', 'TR : question'])
        top = f'{greet(ctx, "fr", doc.given)}\n\nPeux-tu regarder ça? Je la/le vois seulement jeudi.\n\n{nurse_y.given}'
    else:
        orig = f'Hi,\n\n{q_en}\nMy cell is {cell}, text please no calls.\n\nthanks\n{p.given} {p.surname}'
        fwd = forward_block(ctx, 'en', inner_from, (nurse_y.full, nurse_y.email), ctx.dt(), 'question', orig)
        m_sub = 'FW: question'
        top = f'{greet(ctx, "en", doc.given)}\n\nCould you have a look? I only see them Thursday.\n\n{nurse_y.given}'
    m = Mail(ctx, lang).sender(nurse_y)
    m.add_to(doc.full, doc.email)
    m.subject = m_sub
    m.text = f'{top}\n\n{fwd}'
    return r.done(render_mail(m), 'young patient\'s own e-mail forwarded to the clinic physician')


# ------------------------------------------------------------------ P40 youth clinic day list (xlsx / csv)
def p_clinic_day(ctx, lang):
    r = Rec(ctx, 'clinic_day_list', lang)
    n = staff(ctx.pick(['Dubé', 'Turcotte']) if lang == 'fr' else 'Goldberg')
    to = staff(ctx.pick(['Vaillancourt', 'Haddad', 'Lavigne']))
    reasons_fr = ['Dépistage ITSS', 'Contraception — début', 'Test de grossesse', 'Contraception d\'urgence',
                  'Résultat chlamydia — traitement', 'Vaccin VPH', 'Suivi anxiété', 'Counselling PrEP']
    reasons_en = ['STI screening', 'Contraception - start', 'Pregnancy test', 'Emergency contraception',
                  'Chlamydia result - treatment', 'HPV vaccine', 'Anxiety follow-up']
    rows = [['Heure', 'Nom', 'DDN', 'Motif', 'Note'] if lang == 'fr' else ['Time', 'Name', 'DOB', 'Reason', 'Note']]
    t = datetime.datetime(2025, 1, 1, 13, 0)
    with_nam = ctx.chance(0.6)
    for i in range(ctx.randint(6, 10)):
        p = patient(ctx, 'youth', lang, 0.35)
        reasons = (reasons_fr if lang == 'fr' else reasons_en)
        if p.sex != 'F':
            reasons = [x for x in reasons if 'grossesse' not in x and 'regnancy' not in x and 'urgence' not in x and 'mergency' not in x]
        nm = name_as(ctx, p, ctx.pick(['last_first', 'full']))
        r.names.append(nm)
        if p.nam and with_nam:
            nm = f'{nm} ({p.nam})'
            r.ids['nam'].append(p.nam)
            r.t('ramq_nam')
        rows.append([t.strftime('%H:%M'), nm, p.dob.isoformat(), ctx.pick(reasons),
                     ctx.pick(['', '', 'texto seulement', 'interprète', '1re visite'] if lang == 'fr' else ['', '', 'text only', '1st visit'])])
        t += datetime.timedelta(minutes=ctx.pick([15, 20, 30]))
    r.t('patient_name', 'date_of_birth', 'diagnosis')
    m = Mail(ctx, lang).sender(n)
    m.add_to(to.full, to.email)
    d = ctx.date()
    as_csv = ctx.chance(0.45)
    if as_csv:
        enc = ctx.pick(['cp1252', 'utf-8-sig'])
        data = make_csv(rows, delimiter=';', encoding=enc)
        m.attach(kind='text', text=data.decode(enc), subtype='csv', charset='windows-1252' if enc == 'cp1252' else 'utf-8',
                 filename=f'horaire_{d.isoformat()}.csv' if lang == 'fr' else f'schedule_{d.isoformat()}.csv')
    else:
        m.attach(data=make_xlsx([('Horaire' if lang == 'fr' else 'Schedule', rows)]),
                 ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                 filename=f'Clinique jeunesse {d.isoformat()}.xlsx' if lang == 'fr' else f'Youth clinic {d.isoformat()}.xlsx')
    if lang == 'fr':
        m.subject = ctx.pick([f'Horaire clinique jeunesse {d_fr(d, "day")}', 'Liste des rendez-vous de cet après-midi'])
        m.text = f'{greet(ctx, "fr", to.given)}\n\nVoici la liste des rendez-vous. Deux places libres à 15 h 30.\n\n{n.given}'
    else:
        m.subject = f'Youth clinic schedule {d_en(d, "day")}'
        m.text = f'{greet(ctx, "en", to.given)}\n\nHere is this afternoon\'s list.\n\n{n.given}'
    return r.done(render_mail(m), 'youth clinic appointment list with reasons (spreadsheet)')
