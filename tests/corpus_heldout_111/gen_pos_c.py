"""Positive scenarios, part C: handover lists, mental health, lab follow-up, patients' own
mail, quoted-only leaks, file-name-only leaks, attached .eml, ZIP bundles, youth protection,
overdose incident reports."""
from gen_attach import make_csv, make_docx, make_pdf, make_png, make_xlsx, make_zip, blank_bytes
from gen_clin import dept_addr, dx, lab, later, med, spec, workday_after
from gen_common import (ORG, closing, fmt_date, fmt_nam, greet, make_mrn, make_staff, phone, short_day, signature)

# ----------------------------------------------------------------------------- handover / sign-out list
SIGNOUT_FR = [
    ('sevrage ROH J2, CIWA 12 à 23h', ['dzp', 'tiam'], 'roh'),
    ('surveillance constante (risque suicidaire élevé), retrait des lacets et draps', ['sert'], 'dep'),
    ('induction Suboxone J2, COWS 6 ce soir', ['bup'], 'oud'),
    ('diabétique, refus glargine hier soir, glycémie HS 17,8', ['glar'], 'db2'),
    ('désorganisé, soliloques, refuse médication depuis 3 jours', ['olz'], 'scz'),
    ('cellulite avant-bras, antibio J4, pansement die', ['ceph'], 'cell'),
    ('convulsion il y a 2 jours, niveau lévétiracétam demandé', ['lev'], 'epi'),
    ('grève de la faim J6, pesée quotidienne, signes vitaux BID', [], None),
    ('agressé au secteur C, commotion, surveillance neuro q4h', [], None),
    ('grossesse 22 semaines, nausées, suivi obstétrique jeudi', [], None),
]
SIGNOUT_EN = [
    ('alcohol withdrawal day 2, CIWA 12 at 23:00', ['dzp', 'tiam'], 'roh'),
    ('constant observation (high suicide risk), laces and sheets removed', ['sert'], 'dep'),
    ('Suboxone induction day 2, COWS 6 tonight', ['bup'], 'oud'),
    ('diabetic, refused glargine last night, HS glucose 17.8', ['glar'], 'db2'),
    ('disorganized, talking to self, refusing meds x 3 days', ['olz'], 'scz'),
    ('forearm cellulitis, antibiotics day 4, daily dressing', ['ceph'], 'cell'),
    ('seizure 2 days ago, levetiracetam level ordered', ['lev'], 'epi'),
    ('hunger strike day 6, daily weight, vitals BID', [], None),
    ('assaulted on C range, concussion, neuro checks q4h', [], None),
    ('pregnant 22 weeks, nausea, obstetrics follow-up Thursday', [], None),
]


def p_signout(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc'])
    a = make_staff(rng, lang, rng.choice(['inf', 'infc']), org)
    b = make_staff(rng, lang, rng.choice(['inf', 'infc']), org)
    items = rng.sample(SIGNOUT_FR if fr else SIGNOUT_EN, rng.randint(4, 7))
    types = {'patient_name', 'diagnosis'}
    rows = []
    for it in items:
        preg = 'grossesse' in it[0] or 'pregnant' in it[0]
        p = ctx.patient(rng, lang, nam=rng.random() < 0.15, sex='F' if preg else None)
        if preg and p.sex != 'F':
            p = ctx.invented(rng, lang, sex='F')
        loc = f'{rng.choice(["INF", "A", "B", "C", "ISO"])}-{rng.randint(1, 30)}'
        n = p.name_as(rng, lang, ['formal', 'upperlast', 'lastfirst', 'lower'])
        meds = '; '.join(med(k, lang, rng) for k in it[1])
        if meds:
            types.add('medication')
        rows.append((loc, n, it[0], meds))
    table_style = rng.random() < 0.5
    if table_style:
        lines = ['| ' + (' | '.join(['Lieu', 'Nom', 'Problème', 'Rx']) if fr else ' | '.join(['Loc', 'Name', 'Issue', 'Rx'])) + ' |',
                 '|---|---|---|---|'] + [f'| {r[0]} | {r[1]} | {r[2]} | {r[3]} |' for r in rows]
    else:
        lines = [f'{r[0]}  {r[1]} — {r[2]}' + (f' ({r[3]})' if r[3] else '') for r in rows]
    if fr:
        body = f"""{greet(rng, lang, b['first'])}

Relève {rng.choice(['de nuit', 'de soir', 'du week-end'])} — {ORG[org]['short']}, {when:%Y-%m-%d}

{chr(10).join(lines)}

{rng.choice(["Rien d'autre de particulier. Pharmacie avisée pour les renouvellements.", "Deux admissions prévues demain matin (tribunal).", "Le médecin de garde passera vers 10 h."])}

{signature(rng, a, lang, rng.choice([1, 4]))}"""
        subj = rng.choice(['Relève infirmière', f'Relève {when:%d/%m}', 'Sign-out infirmerie', 'Liste de suivi – quart de nuit'])
    else:
        body = f"""{greet(rng, lang, b['first'])}

{rng.choice(['Night', 'Evening', 'Weekend'])} handover — {ORG[org]['short']}, {when:%Y-%m-%d}

{chr(10).join(lines)}

{rng.choice(["Nothing else to report. Pharmacy aware of renewals.", "Two admissions expected tomorrow morning (court).", "On-call physician to come around 10."])}

{signature(rng, a, lang, rng.choice([1, 4]))}"""
        subj = rng.choice(['Nursing handover', f'Handover {when:%b %d}', 'HCU sign-out', 'Follow-up list - night shift'])
    body_kind = 'html' if table_style and rng.random() < 0.5 else None
    return spec('signout', lang, types, 'nursing handover list: location, name, problem, medication', subj, a, [b], body, when,
                body_kind=body_kind, cc=[make_staff(rng, lang, 'coord', org)] if rng.random() < 0.4 else [])

# ----------------------------------------------------------------------------- mental health referral / risk


def p_mental_health(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc'])
    p = ctx.patient(rng, lang, nam=(org == 'edpe') and rng.random() < 0.4)
    sender = make_staff(rng, lang, rng.choice(['infc', 'md', 'ts']), org)
    to = make_staff(rng, lang, 'psy', 'crt' if org == 'mtc' else rng.choice(['hrsa', 'chle']))
    k = rng.choice(['scz', 'bip', 'dep', 'ptsd', 'tpl'])
    types = {'patient_name', 'diagnosis', 'medication', 'social_information'}
    meds = [med(m, lang, rng) for m in {'scz': ['pali', 'olz'], 'bip': ['li', 'quet'], 'dep': ['sert'], 'ptsd': ['praz', 'sert'], 'tpl': ['quet']}[k]]
    ev = rng.choice([
        ("a verbalisé des idées suicidaires avec plan (pendaison) lors de la ronde de 2 h; placé{e} en cellule d'observation",
         "voiced suicidal ideation with a plan (hanging) during the 2 am round; moved to an observation cell"),
        ("se dit persécuté{e} par les agents, n'a pas mangé depuis 4 jours, hallucinations auditives",
         "believes officers are poisoning him/her, has not eaten in 4 days, auditory hallucinations"),
        ("décompensation maniaque : insomnie, logorrhée, comportements désinhibés au secteur",
         "manic decompensation: no sleep, pressured speech, disinhibited behaviour on the unit"),
        ("automutilations répétées (3 épisodes cette semaine) depuis l'annonce de la séparation",
         "repeated self-harm (3 episodes this week) since learning of the break-up"),
    ])
    evtxt = ev[0].replace('{e}', p.e()) if fr else ev[1]
    soc = rng.choice([
        ("Contexte : perte de la garde des enfants (DPJ impliquée) le mois dernier.", "Context: lost custody of children (child protection involved) last month."),
        ("Contexte : victime de violence conjugale, conjoint en attente de procès.", "Context: victim of intimate partner violence, partner awaiting trial."),
        ("Contexte : itinérance chronique avant l'incarcération, aucun réseau.", "Context: chronically homeless before incarceration, no support network."),
        ("Contexte : décès de la mère il y a 2 semaines, permission de sortir refusée.", "Context: mother died 2 weeks ago, escorted absence denied."),
    ])[0 if fr else 1]
    nm = p.name_as(rng, lang, ['full', 'formal', 'title'])
    ids = ''
    if rng.random() < 0.5:
        ids = (f" (DDN {fmt_date(p.dob, rng, lang)})" if fr else f" (DOB {fmt_date(p.dob, rng, lang)})")
        types.add('date_of_birth')
    if p.nam and rng.random() < 0.7:
        ids += f" — NAM {fmt_nam(p.nam, rng)}"
        types.add('ramq_nam')
    if fr:
        body = f"""{greet(rng, lang, to['dname'])}

Je sollicite une évaluation psychiatrique {rng.choice(['urgente', 'prioritaire', 'dans les meilleurs délais'])} pour {nm}{ids}, connu{p.e()} pour {dx(k, lang)}.
{p.he('fr').capitalize()} {evtxt}.
{soc}
Médication actuelle : {'; '.join(meds)}{rng.choice(['', ' — observance partielle, refus 2 jours sur 3'])}.

{rng.choice(["Serait-il possible d'envisager un transfert au centre régional de traitement?", "Une évaluation de l'aptitude à consentir au traitement serait aussi utile.", "Nous maintenons la surveillance constante d'ici votre évaluation."])}

{closing(rng, lang)}
{signature(rng, sender, lang)}"""
        subj = rng.choice(['Demande d\'évaluation psychiatrique', 'Demande de consultation – santé mentale', f'Évaluation urgente – {p.last}', 'Risque suicidaire – demande de consult'])
    else:
        body = f"""{greet(rng, lang, to['dname'])}

I am requesting a {rng.choice(['urgent', 'priority', 'timely'])} psychiatric assessment for {nm}{ids.replace('NAM', 'RAMQ')}, known {dx(k, lang)}.
The patient {evtxt}.
{soc}
Current medications: {'; '.join(meds)}{rng.choice(['', ' — partial adherence, refusing 2 days out of 3'])}.

{rng.choice(["Could a transfer to the Regional Treatment Centre be considered?", "An assessment of capacity to consent to treatment would also help.", "Constant observation is maintained pending your assessment."])}

{closing(rng, lang)}
{signature(rng, sender, lang)}"""
        subj = rng.choice(['Psychiatric assessment request', 'Mental health consult request', f'Urgent assessment - {p.last}', 'Suicide risk - consult request'])
    atts = []
    if rng.random() < 0.3:
        atts.append(dict(filename=('Formulaire_reference_SM.docx' if fr else 'MH_referral_form.docx'),
                         ctype='application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                         data=make_docx('Référence en santé mentale' if fr else 'Mental health referral',
                                        [l for l in body.split('\n') if l.strip()][1:-2])))
    return spec('mental_health', lang, types, 'psychiatric referral with diagnosis, risk event, medication, social context', subj,
                sender, [to], body, when, attachments=atts, importance='High' if rng.random() < 0.4 else None)

# ----------------------------------------------------------------------------- lab follow-up


def p_lab_followup(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc'])
    hosp = rng.choice(['hrsa', 'chle'])
    p = ctx.patient(rng, lang, nam=rng.random() < 0.4)
    labk = rng.sample(['hcv_rna', 'hiv_vl', 'a1c', 'li', 'tst', 'uds', 'inr', 'syph', 'alt', 'crea', 'hcv_svr'], rng.randint(1, 3))
    labs = [lab(k, lang, rng) for k in labk]
    crit = bool({'li', 'inr', 'hiv_vl'} & set(labk))
    md = make_staff(rng, lang, 'md', org)
    nurse = make_staff(rng, lang, 'infc', org)
    mode = rng.choice(['name', 'name', 'mrn_only', 'nam_only', 'name'])
    types = {'lab_result'}
    mrn = make_mrn(rng, hosp)
    if mode == 'mrn_only':
        who = (f'dossier {ORG[hosp]["short"]} {mrn}' if fr else f'{ORG[hosp]["short"]} MRN {mrn}')
        types.add('mrn')
    elif mode == 'nam_only' and p.nam:
        who = (f'NAM {fmt_nam(p.nam, rng)}' if fr else f'RAMQ {fmt_nam(p.nam, rng)}')
        types.add('ramq_nam')
    else:
        who = p.name_as(rng, lang)
        types.add('patient_name')
        if rng.random() < 0.4:
            who += f' ({mrn})'
            types.add('mrn')
    if fr:
        body = f"""{greet(rng, lang, md['dname'])}

Résultats reçus ce matin pour {who} :
{chr(10).join('- ' + l for l in labs)}

{rng.choice(["Voulez-vous que je le/la convoque à la clinique de jeudi?", "Dois-je aviser la pharmacie d'un ajustement?", "Je n'ai pas encore informé l'usager. Merci de me dire quoi faire.", "Résultat critique communiqué par le laboratoire à 9 h 12."])}

{closing(rng, lang)}
{signature(rng, nurse, lang)}"""
        subj = rng.choice(['Résultats de laboratoire', 'Résultats à réviser', 'Labo – suivi'] + (['Résultat critique'] if crit else []))
    else:
        body = f"""{greet(rng, lang, md['dname'])}

Results came in this morning for {who}:
{chr(10).join('- ' + l for l in labs)}

{rng.choice(["Do you want me to book the patient for Thursday clinic?", "Should I let pharmacy know about an adjustment?", "I have not told the patient yet. Please advise.", "Critical value called in by the lab at 9:12."])}

{closing(rng, lang)}
{signature(rng, nurse, lang)}"""
        subj = rng.choice(['Lab results', 'Results to review', 'Lab follow-up'] + (['Critical result'] if crit else []))
    atts = []
    if rng.random() < 0.3:
        names = {'hcv_rna': 'VHC-ARN', 'hcv_svr': 'VHC-ARN', 'hiv_vl': 'VIH-CV/CD4' if fr else 'HIV-VL/CD4', 'a1c': 'HbA1c', 'li': 'Li',
                 'tst': 'TCT' if fr else 'TST', 'uds': 'Tox-U' if fr else 'UDS', 'inr': 'INR', 'syph': 'RPR/TPPA', 'alt': 'ALT', 'crea': 'CREA'}
        rows = [['Analyse' if fr else 'Test', 'Résultat' if fr else 'Result']] + [[names[k], l] for k, l in zip(labk, labs)]
        atts.append(dict(filename=f'labo_{when:%Y%m%d}.csv' if fr else f'labs_{when:%Y%m%d}.csv', ctype='text/csv',
                         data=make_csv([[who]] + rows, delimiter=';' if fr else ',')))
    return spec('lab_followup', lang, types, f'lab results identified by {mode.replace("_", " ")}', subj, nurse, [md], body, when,
                attachments=atts)

# ----------------------------------------------------------------------------- patient's own mail / family


def p_patient_mail(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc'])
    p = ctx.patient(rng, lang, nam=rng.random() < 0.3)
    nurse = make_staff(rng, lang, rng.choice(['inf', 'infc', 'coord']), org)
    md = make_staff(rng, lang, 'md', org)
    kind = rng.choice(['family', 'request', 'former'])
    types = {'patient_name'}
    if kind == 'family':
        rel = rng.choice([('mère', 'mother', 'fils' if p.sex == 'M' else 'fille', 'son' if p.sex == 'M' else 'daughter'),
                          ('conjointe', 'partner', 'conjoint' if p.sex == 'M' else 'conjointe', 'partner'),
                          ('soeur', 'sister', 'frère' if p.sex == 'M' else 'soeur', 'brother' if p.sex == 'M' else 'sister')])
        fl = rng.choice(['Plourde', 'Hudon', 'Caya', 'Lanoue'])
        fam = (rng.choice(['Diane', 'Lise', 'Carole', 'Nancy']) + ' ' + fl, f'{fl.lower()}.{rng.randint(10, 99)}@courriel.example')
        k = rng.choice(['scz', 'epi', 'db2', 'bip'])
        show_dob = rng.random() < 0.5
        m = med({'scz': 'olz', 'epi': 'lev', 'db2': 'glar', 'bip': 'li'}[k], lang, rng)
        types |= {'diagnosis', 'medication'}
        il = 'il' if p.sex == 'M' else 'elle'
        lui = 'lui' if p.sex == 'M' else 'elle'
        mine = {'fils': 'mon fils', 'fille': 'ma fille', 'conjoint': 'mon conjoint', 'conjointe': 'ma conjointe',
                'frère': 'mon frère', 'soeur': 'ma soeur'}[rel[2]]
        if fr:
            orig = f"""Bonjour,

Je suis la {rel[0]} de {p.first} {p.last}{', né' + p.e() + ' le ' + fmt_date(p.dob, rng, lang) if show_dob else ''}, qui est chez vous depuis {rng.choice(['mardi', 'la semaine passée', 'hier'])}. {p.first} souffre de {dx(k, lang)} et prend {m}. {il.capitalize()} n'avait pas ses médicaments sur {lui} lors de l'arrestation et j'ai peur qu'{il} fasse une crise. Est-ce que quelqu'un peut s'assurer qu'{il} reçoit son traitement? Sa pharmacie est la {ORG['pharm']['fr']}.

Merci de me rappeler au {phone(rng)}.
{fam[0]}"""
            fw = f"""{greet(rng, lang, md['first'])}

Courriel reçu à l'adresse générale du service. Peux-tu vérifier la médication et rappeler la famille si l'usager{p.e()} consent?

{signature(rng, nurse, lang, 1)}

-------- Message transféré --------
De : {fam[0]} <{fam[1]}>
Date : {later(when, -1):%Y-%m-%d %H:%M}
À : sante.{ORG[org]['short'].lower()}@{ORG[org]['domain']}
Objet : {mine} {p.first} {p.last}

{orig}"""
            subj = f'TR: {mine} {p.first} {p.last}'
        else:
            orig = f"""Hello,

I am the {rel[1]} of {p.first} {p.last}{', born ' + fmt_date(p.dob, rng, lang) if show_dob else ''}, who has been at your institution since {rng.choice(['Tuesday', 'last week', 'yesterday'])}. {p.first} has {dx(k, lang)} and takes {m}. The medication was left at home at the time of arrest and I am scared of a relapse. Can someone make sure the medication is given? The pharmacy is {ORG['pharm']['en']}.

Please call me back at {phone(rng)}.
{fam[0]}"""
            fw = f"""{greet(rng, lang, md['first'])}

Received in the general Health Services inbox. Can you check the meds and call the family back if the patient consents?

{signature(rng, nurse, lang, 1)}

---------- Forwarded message ---------
From: {fam[0]} <{fam[1]}>
Date: {later(when, -1):%Y-%m-%d %H:%M}
To: health.{ORG[org]['short'].lower()}@{ORG[org]['domain']}
Subject: my {rel[3]} {p.first} {p.last}

{orig}"""
            subj = f'Fwd: my {rel[3]} {p.first} {p.last}'
        if show_dob:
            types.add('date_of_birth')
        return spec('patient_mail', lang, types, "relative's e-mail about a detained person's illness and medication, forwarded internally",
                    subj, nurse, [md], fw, when)
    if kind == 'request':
        cell = f'{rng.choice(["A", "B", "C", "D"])}-{rng.randint(1, 40)}'
        txt = rng.choice([
            ("J'ai mal aux dents depuis 2 semaines la joue est enflée. J'ai pas dormi. Je veux voir le dentiste svp. Aussi ma dose de méthadone est trop basse je suis en manque le soir.",
             "My tooth hurts for 2 weeks and my cheek is swollen. I can't sleep. I want to see the dentist please. Also my methadone dose is too low, I'm in withdrawal at night.",
             {'diagnosis', 'medication'}),
            ("Je fais des crises de panique la nuit depuis que je suis en isolement. Avant dehors je prenais de la sertraline, je veux la reprendre.",
             "I'm having panic attacks at night since I've been in segregation. Outside I was on sertraline, I want to restart it.",
             {'diagnosis', 'medication'}),
            ("Je suis diabétique et on me donne pas de collation le soir, mes sucres baissent à 3. Je veux voir l'infirmière.",
             "I'm diabetic and I don't get an evening snack, my sugars drop to 3. I want to see the nurse.",
             {'diagnosis', 'lab_result'}),
            ("L'infirmière m'a dit que mon test VIH de l'admission est positif mais j'ai toujours pas vu de médecin. J'ai peur. Je veux savoir c'est quoi le traitement.",
             "The nurse told me my HIV test from admission came back positive but I still haven't seen a doctor. I'm scared. I want to know what the treatment is.",
             {'lab_result', 'diagnosis'}),
        ])
        types |= txt[2]
        nm = f'{p.last.upper()} {p.first}'
        if fr:
            body = f"""{greet(rng, lang)}

Demande de services reçue ce matin (transcrite du formulaire papier) :

Nom : {nm}    Cellule : {cell}
« {txt[0]} »

{rng.choice(["Mise à l'horaire pour la clinique de demain.", "Je la mets dans la pile pour le médecin.", "À prioriser selon moi."])}

{signature(rng, nurse, lang, rng.choice([1, 4]))}"""
            subj = rng.choice(['Demande de services de santé', 'Formulaire de demande – à trier', 'Demande reçue secteur ' + cell[0]])
        else:
            body = f"""{greet(rng, lang)}

Sick call request received this morning (transcribed from the paper form):

Name: {nm}    Cell: {cell}
"{txt[1]}"

{rng.choice(["Booked for tomorrow's clinic.", "Adding to the physician's pile.", "I would prioritize this one."])}

{signature(rng, nurse, lang, rng.choice([1, 4]))}"""
            subj = rng.choice(['Sick call request', 'Health services request - to triage', 'Request received ' + cell[0] + ' unit'])
        atts = []
        if rng.random() < 0.35:
            atts.append(dict(filename='scan_demande.png' if fr else 'scan_request.png', ctype='image/png', data=make_png(seed=p.last)))
        return spec('patient_mail', lang, types, "inmate's own sick-call request transcribed and sent to the team", subj, nurse, [md], body,
                    when, attachments=atts)
    # former patient writes from the community
    types |= {'medication', 'social_information', 'patient_contact'}
    pe = (p.full(), f'{p.first[0].lower()}{p.last.lower().replace(" ", "").replace("é", "e").replace("è", "e")}{rng.randint(70, 99)}@mailbox.example')
    addr = f'{rng.randint(10, 999)}, rue {rng.choice(["Cartier", "Bellevue", "des Pins"])}, Saint-Anselme'
    if fr:
        orig = f"""Bonjour,
Je suis sorti{p.e()} le {later(when, -9):%d} du mois et j'ai perdu mon ordonnance de méthadone. La pharmacie veut pas me servir sans nouvelle ordonnance. Je reste maintenant au {addr}. Mon numéro c'est le {phone(rng)}. Aidez-moi svp j'ai peur de reconsommer.
{p.first}"""
        body = f"""{greet(rng, lang, md['first'])}

Reçu de {p.first} {p.last} (libéré{p.e()} la semaine dernière). Peux-tu refaire une ordonnance de transition et la faxer à la {ORG['pharm']['fr']}? J'appelle la clinique Relais pour devancer son rendez-vous.

{signature(rng, nurse, lang, 1)}

> {orig.replace(chr(10), chr(10) + '> ')}"""
        subj = f'TR: ordonnance méthadone {p.first} {p.last}'
    else:
        orig = f"""Hi,
I got out on the {later(when, -9):%d}th and I lost my methadone prescription. The pharmacy won't dose me without a new one. I'm staying at {addr} now. My number is {phone(rng)}. Please help I'm scared of using again.
{p.first}"""
        body = f"""{greet(rng, lang, md['first'])}

Got this from {p.first} {p.last} (released last week). Can you redo a bridging prescription and fax it to {ORG['pharm']['en']}? I'll call the Relais clinic to move the appointment up.

{signature(rng, nurse, lang, 1)}

> {orig.replace(chr(10), chr(10) + '> ')}"""
        subj = f'FW: methadone prescription {p.first} {p.last}'
    return spec('patient_mail', lang, types, "former inmate's own e-mail (address, phone, OAT) quoted in forward", subj, nurse, [md],
                body, when)

# ----------------------------------------------------------------------------- quoted-only leak


def p_quoted_only(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc'])
    p = ctx.patient(rng, lang, nam=(org == 'edpe') and rng.random() < 0.4)
    a = make_staff(rng, lang, rng.choice(['chef', 'coord', 'adm']), org)
    b = make_staff(rng, lang, rng.choice(['infc', 'md', 'pharm']), org)
    types = {'patient_name'}
    k = rng.choice(['hcv', 'hiv', 'oud', 'db2', 'scz', 'ltbi'])
    types.add('diagnosis')
    extra = ''
    if p.nam and rng.random() < 0.8:
        extra = f", NAM {fmt_nam(p.nam, rng)}" if fr else f", RAMQ {fmt_nam(p.nam, rng)}"
        types.add('ramq_nam')
    if rng.random() < 0.5:
        extra += f", {'DDN' if fr else 'DOB'} {fmt_date(p.dob, rng, lang)}"
        types.add('date_of_birth')
    nm = p.name_as(rng, lang, ['full', 'formal', 'title'])
    if fr:
        q = f"""{greet(rng, lang, a['first'])}

Petite question de facturation/logistique : {nm}{extra}, suivi{p.e()} pour {dx(k, lang)}, doit aller à l'hôpital jeudi pour {rng.choice(['une échographie', 'une biopsie', 'une consultation', 'une radiographie'])}. Est-ce que l'escorte est déjà approuvée ou je dois remplir le formulaire?

{signature(rng, b, lang, 1)}"""
        top = rng.choice(["C'est approuvé, rien à remplir. Bonne journée!", "Oui, c'est réglé avec la gestion des escortes.", "Ok, c'est noté. Je confirme demain.", "Déjà fait 👍"])
        hdr = rng.choice([f"Le {later(when, -1):%Y-%m-%d} à 14:0{rng.randint(0, 9)}, {b['name']} a écrit :",
                          f"-----Message d'origine-----\nDe : {b['name']} <{b['email']}>\nEnvoyé : {later(when, -1):%Y-%m-%d %H:%M}\nÀ : {a['name']}\nObjet : Escorte jeudi"])
        subj = 'RE: Escorte jeudi'
    else:
        q = f"""{greet(rng, lang, a['first'])}

Quick logistics question: {nm}{extra}, followed for {dx(k, lang)}, has to go to hospital Thursday for {rng.choice(['an ultrasound', 'a biopsy', 'a consult', 'an X-ray'])}. Is the escort already approved or do I need to fill out the form?

{signature(rng, b, lang, 1)}"""
        top = rng.choice(["It's approved, nothing to fill out. Have a good day!", "Yes, sorted out with the escort desk.", "Ok, noted. Will confirm tomorrow.", "Already done 👍"])
        hdr = rng.choice([f"On {later(when, -1):%a, %b %d, %Y} at 2:0{rng.randint(0, 9)} PM {b['name']} <{b['email']}> wrote:",
                          f"-----Original Message-----\nFrom: {b['name']} <{b['email']}>\nSent: {later(when, -1):%Y-%m-%d %H:%M}\nTo: {a['name']}\nSubject: Escort Thursday"])
        subj = 'RE: Escort Thursday'
    if hdr.startswith('-----'):
        body = f"{top}\n\n{a['first']}\n\n{hdr}\n\n{q}"
    else:
        body = f"{top}\n\n{a['first']}\n\n{hdr}\n" + '\n'.join(('> ' + l) if l else '>' for l in q.split('\n'))
    return spec('quoted_only', lang, types, 'short reply; identity and diagnosis only in the quoted earlier message', subj, a, [b], body,
                when, reply=True)

# ----------------------------------------------------------------------------- file-name-only leak


def p_filename_only(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc'])
    p = ctx.patient(rng, lang, nam=False)
    a = make_staff(rng, lang, rng.choice(['adm', 'infc', 'coord']), org)
    b = make_staff(rng, lang, rng.choice(['adm', 'md', 'infc']), rng.choice(['hrsa', 'relais', 'clsc', org]))
    choice = rng.choice([
        ('Evaluation_psychiatrique_{L}_{F}.pdf', 'Psych_assessment_{L}_{F}.pdf', 'diagnosis'),
        ('{L}_{F}_resultat_VIH.pdf', '{L}_{F}_HIV_result.pdf', 'lab_result'),
        ('TAO_{L}_{F}_methadone_90mg.pdf', 'OAT_{L}_{F}_methadone_90mg.pdf', 'medication'),
        ('Résumé_hospitalisation_{L}_{F}_pancréatite.pdf', 'Discharge_{L}_{F}_pancreatitis.pdf', 'diagnosis'),
        ('{L}, {F} - dépistage hépatite C.pdf', '{L}, {F} - hepatitis C screening.pdf', 'diagnosis'),
        ('Plan_sécurité_suicide_{L}.pdf', 'Suicide_safety_plan_{L}.pdf', 'diagnosis'),
    ])
    fn = (choice[0] if fr else choice[1]).format(L=p.last, F=p.first)
    types = {'patient_name', choice[2]}
    # attachment content deliberately without identity: a scanned page stand-in or a generic cover sheet
    if rng.random() < 0.5:
        data = make_pdf('Document numérisé' if fr else 'Scanned document', ['Page 1 / 1', '(image numérisée)' if fr else '(scanned image)'])
        ctype = 'application/pdf'
    else:
        data = blank_bytes(fn, 900)
        ctype = 'application/octet-stream'
    if fr:
        body = f"""{greet(rng, lang, b['first'])}

{rng.choice(['Voici le document demandé.', 'Tel que convenu, ci-joint.', 'Document en pièce jointe.', 'Pour votre dossier.'])}

{closing(rng, lang)}
{signature(rng, a, lang)}"""
        subj = rng.choice(['Document demandé', 'Pièce jointe', 'Envoi sécurisé', 'Document'])
    else:
        body = f"""{greet(rng, lang, b['first'])}

{rng.choice(['Here is the requested document.', 'As agreed, attached.', 'Document attached.', 'For your file.'])}

{closing(rng, lang)}
{signature(rng, a, lang)}"""
        subj = rng.choice(['Requested document', 'Attachment', 'Secure send', 'Document'])
    return spec('filename_only', lang, types, 'generic body; patient name and clinical fact only in the attachment file name', subj, a,
                [b], body, when, attachments=[dict(filename=fn, ctype=ctype, data=data)])

# ----------------------------------------------------------------------------- forwarded as attached .eml


def p_eml_forward(rng, ctx, lang, when):
    fr = lang == 'fr'
    inner_fn = rng.choice([p_lab_followup, p_oat_continuity_wrapper, p_mental_health])
    inner = inner_fn(rng, ctx, lang, later(when, -rng.randint(1, 4)))
    inner['attachments'] = []
    inner['body_kind'] = 'plain'
    dom = inner['from_'][1].split('@')[1]
    orgs = [k for k in ('edpe', 'mtc', 'crt', 'hrsa', 'chle', 'pharm') if ORG[k]['domain'] == dom]
    org = orgs[0] if orgs else rng.choice(['edpe', 'mtc'])
    a = make_staff(rng, lang, rng.choice(['coord', 'chef']), org)
    b = make_staff(rng, lang, rng.choice(['infc', 'md', 'chef']), org)
    body = (f"{greet(rng, lang, b['first'])}\n\n{rng.choice(['Pour information, voir le message ci-joint.', 'Je te transfère ceci, peux-tu assurer le suivi?', 'À traiter svp (message original en pièce jointe).'])}\n\n{signature(rng, a, lang, rng.choice([1, 4]))}"
            if fr else
            f"{greet(rng, lang, b['first'])}\n\n{rng.choice(['FYI, see attached message.', 'Forwarding this, can you follow up?', 'Please action (original message attached).'])}\n\n{signature(rng, a, lang, rng.choice([1, 4]))}")
    subj = ('TR: ' if fr else 'FW: ') + inner['subject']
    fn = None if rng.random() < 0.4 else (''.join(c for c in inner['subject'] if c not in ':/\\?*"<>|')[:60].strip() + '.eml')
    types = set(inner['types'])
    return spec('eml_forward', lang, types, 'forward with the original clinical message attached as message/rfc822', subj, a, [b], body,
                when, attachments=[dict(eml=inner, filename=fn)])


def p_oat_continuity_wrapper(rng, ctx, lang, when):
    from gen_pos_b import p_oat_continuity
    return p_oat_continuity(rng, ctx, lang, when)

# ----------------------------------------------------------------------------- ZIP bundle (court / transfer file)


def p_zip_bundle(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc'])
    p = ctx.patient(rng, lang, nam=(org == 'edpe') and rng.random() < 0.5)
    a = make_staff(rng, lang, rng.choice(['adm', 'coord']), org)
    b = make_staff(rng, lang, rng.choice(['adm', 'infc']), rng.choice(['crt', 'hrsa', 'chle']))
    types = {'patient_name', 'medication', 'diagnosis', 'date_of_birth'}
    meds = [med(k, lang, rng) for k in rng.sample(['metha', 'quet', 'sert', 'metf', 'lev', 'li'], 3)]
    dxs = [dx(k, lang) for k in rng.sample(['oud', 'hcv', 'dep', 'db2', 'epi', 'bip'], 2)]
    idl = [f"{'Nom' if fr else 'Name'}: {p.formal()}", f"{'DDN' if fr else 'DOB'}: {p.dob.isoformat()}"]
    if p.nam:
        idl.append(f"NAM: {p.nam}")
        types.add('ramq_nam')
    fadm = [['Médicament' if fr else 'Medication', 'Heure' if fr else 'Time', 'Administré' if fr else 'Given']] + \
           [[m, rng.choice(['08:00', '20:00', '12:00']), rng.choice(['oui', 'refus']) if fr else rng.choice(['yes', 'refused'])] for m in meds]
    summ = make_docx('Sommaire de transfert' if fr else 'Transfer summary', idl + [
        ('Diagnostics : ' if fr else 'Diagnoses: ') + '; '.join(dxs), ('Médication : ' if fr else 'Medications: ') + '; '.join(meds)])
    members = [(('sommaire_transfert.docx' if fr else 'transfer_summary.docx'), summ),
               (('FADM.csv' if fr else 'MAR.csv'), make_csv([idl] + fadm, delimiter=';' if fr else ','))]
    if rng.random() < 0.5:
        members.append(('allergies.txt', ((f"{p.formal()} — allergies : " if fr else f"{p.formal()} — allergies: ") +
                                          rng.choice(['pénicilline', 'aucune', 'sulfas', 'latex'])).encode('utf-8')))
    zname = rng.choice(['dossier_transfert.zip', f'transfert_{when:%Y%m%d}.zip', 'documents.zip', f'{p.last}_{p.first}.zip'])
    if fr:
        body = f"""{greet(rng, lang, b['first'])}

En vue du transfert de {rng.choice(['demain', 'lundi', 'la semaine prochaine'])}, voici les documents de santé (archive compressée). Le mot de passe vous sera transmis par téléphone.

{closing(rng, lang)}
{signature(rng, a, lang)}"""
        subj = rng.choice(['Documents de transfert', 'Dossier santé – transfert', 'Transfert – pièces jointes'])
    else:
        body = f"""{greet(rng, lang, b['first'])}

Ahead of {rng.choice(['tomorrow', 'Monday', 'next week'])}'s transfer, here are the health documents (zip archive). The password will be given by phone.

{closing(rng, lang)}
{signature(rng, a, lang)}"""
        subj = rng.choice(['Transfer documents', 'Health file - transfer', 'Transfer - attachments'])
    return spec('zip_bundle', lang, types, 'ZIP with transfer summary DOCX and medication administration CSV', subj, a, [b], body, when,
                attachments=[dict(filename=zname, ctype='application/zip', data=make_zip(members))])

# ----------------------------------------------------------------------------- youth protection


def p_youth_protection(rng, ctx, lang, when):
    fr = lang == 'fr'
    child = ctx.nam_minor()
    mother = ctx.invented(rng, lang, sex='F', min_year=1980, max_year=1998)
    ts = make_staff(rng, lang, 'ts', 'edpe')
    dpj = ('Intervenante DPJ – Basses-Laurentides', 'dpj.signalement@cisssbl.example') if fr else ('Child Protection Worker', 'youthprotection@cisssbl.example')
    types = {'patient_name', 'social_information', 'ramq_nam', 'date_of_birth'}
    cn = f'{child.first} {child.last}'
    if fr:
        body = f"""{greet(rng, lang)}

Je fais suite à notre conversation au sujet de {mother.first} {mother.last}, actuellement détenue chez nous, et de son enfant :

Enfant : {cn}
Date de naissance : {fmt_date(child.dob, rng, lang)}
NAM : {fmt_nam(child.nam, rng)}
Sexe : {child.sex}

L'enfant est placé{'e' if child.sex == 'F' else ''} en famille d'accueil depuis l'arrestation (mesure de protection immédiate). Mme {mother.last} demande des visites supervisées au parloir familial; notre équipe de santé ne s'y oppose pas. {rng.choice(["Elle est suivie pour un trouble lié à l'usage d'opioïdes et est stable sous méthadone.", "Elle rapporte des antécédents de violence conjugale de la part du père de l'enfant."])}

Pourriez-vous me confirmer le nom de l'intervenant(e) au dossier?

{closing(rng, lang)}
{signature(rng, ts, lang)}"""
        subj = rng.choice(['Visites supervisées – enfant placé', 'Suivi DPJ – mère détenue', 'Dossier DPJ – demande de visites'])
    else:
        body = f"""{greet(rng, lang)}

Following our call about {mother.first} {mother.last}, currently detained here, and her child:

Child: {cn}
Date of birth: {fmt_date(child.dob, rng, lang)}
RAMQ: {fmt_nam(child.nam, rng)}
Sex: {child.sex}

The child has been in foster care since the arrest (emergency protection measure). Ms. {mother.last} is asking for supervised visits in the family visiting room; our health team has no objection. {rng.choice(["She is followed for opioid use disorder and is stable on methadone.", "She reports a history of intimate partner violence by the child's father."])}

Could you confirm the name of the assigned worker?

{closing(rng, lang)}
{signature(rng, ts, lang)}"""
        subj = rng.choice(['Supervised visits - child in care', 'Child protection follow-up - detained mother', 'Youth protection file - visit request'])
    if 'opioïdes' in body or 'opioid' in body:
        types |= {'diagnosis', 'medication'}
    return spec('youth_protection', lang, types, 'child in youth-protection placement identified with NAM; detained mother', subj, ts,
                [dpj], body, when)

# ----------------------------------------------------------------------------- overdose incident report


def p_overdose_incident(rng, ctx, lang, when):
    fr = lang == 'fr'
    org = rng.choice(['edpe', 'mtc'])
    pts = [ctx.patient(rng, lang, nam=(org == 'edpe') and rng.random() < 0.3) for _ in range(rng.randint(1, 3))]
    nurse = make_staff(rng, lang, 'infc', org)
    chef = make_staff(rng, lang, 'chef', org)
    types = {'patient_name', 'diagnosis', 'medication'}
    t = when.replace(hour=rng.randint(0, 23), minute=rng.randint(0, 59))
    rows = []
    for p in pts:
        doses = rng.randint(1, 3)
        rows.append((p, doses, rng.choice(['HRSA', 'CHLE', 'INF']) if fr else rng.choice(['HRSA', 'CHLE', 'HCU'])))
    any_nam = any(p.nam for p, _, _ in rows)
    if fr:
        lines = [f"- {p.formal()}" + (f" (NAM {fmt_nam(p.nam, rng)})" if p.nam else '') + f" : {d} dose(s) de naloxone IN, orienté vers {dst}"
                 for p, d, dst in rows]
        body = f"""{greet(rng, lang, chef['first'])}

Rapport préliminaire — code bleu secteur {rng.choice('ABCD')}, {t:%Y-%m-%d} vers {t:%H}h{t:%M}. Intoxication(s) aux opioïdes soupçonnée(s) (substance possiblement contaminée au fentanyl ou nitazène) :

{chr(10).join(lines)}

Trousses de naloxone utilisées : {sum(r[1] for r in rows)}. {rng.choice(["Fouille du secteur en cours par la sécurité.", "Le coroner n'a pas été avisé (aucun décès).", "Échantillon de la substance remis au service de police."])}
Le rapport d'incident complet (AH-223) suivra.

{signature(rng, nurse, lang)}"""
        subj = rng.choice(['Code bleu – intoxications opioïdes', 'Rapport préliminaire surdose', f'Surdose secteur – {t:%Y-%m-%d}'])
    else:
        lines = [f"- {p.formal()}" + (f" (RAMQ {fmt_nam(p.nam, rng)})" if p.nam else '') + f": {d} dose(s) IN naloxone, sent to {dst}"
                 for p, d, dst in rows]
        body = f"""{greet(rng, lang, chef['first'])}

Preliminary report — code blue on {rng.choice('ABCD')} range, {t:%Y-%m-%d} around {t:%H:%M}. Suspected opioid overdose(s) (substance possibly contaminated with fentanyl or nitazenes):

{chr(10).join(lines)}

Naloxone kits used: {sum(r[1] for r in rows)}. {rng.choice(["Security is searching the range.", "Coroner not notified (no death).", "Substance sample handed to police."])}
Full incident report to follow.

{signature(rng, nurse, lang)}"""
        subj = rng.choice(['Code blue - opioid overdoses', 'Preliminary overdose report', f'Overdose on range - {t:%Y-%m-%d}'])
    if any_nam:
        types.add('ramq_nam')
    return spec('overdose_incident', lang, types, 'overdose incident report naming the persons revived with naloxone', subj, nurse,
                [chef], body, when, importance='High')
