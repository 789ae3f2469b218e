"""Positive scenarios, part A: hospital transfers under escort, appointments, consultation
replies, subject-only leaks, returns from hospital."""
import datetime

from gen_attach import make_docx, make_ics, make_pdf
from gen_clin import dept_addr, dx, lab, later, med, spec, workday_after
from gen_common import (ORG, closing, fmt_date, fmt_nam, greet, make_mrn, make_staff, short_day,
                        signature)

# ----------------------------------------------------------------------------- transfer to ER
ER_CASES = [
    dict(key='chest', fr="douleur thoracique rétrosternale depuis {h}, diaphorèse; ECG sur place : sus-décalage ST en DII, DIII, aVF",
         en="retrosternal chest pain since {h}, diaphoretic; on-site ECG shows ST elevation in II, III, aVF",
         tx_fr="AAS 320 mg croqué, nitroglycérine SL x 2", tx_en="ASA 320 mg chewed, SL nitroglycerin x 2",
         meds=['metha', 'quet'], dx=['hta']),
    dict(key='od', fr="intoxication aux opioïdes en cellule à {h}, retrouvé cyanosé; 2 doses de naloxone IN, GCS 13 au départ",
         en="opioid overdose found in cell at {h}, cyanotic; 2 doses of IN naloxone given, GCS 13 on departure",
         tx_fr="naloxone 4 mg IN x 2, O2 10 L", tx_en="naloxone 4 mg IN x 2, O2 10 L", meds=['bup'], dx=['oud']),
    dict(key='seiz', fr="convulsion tonico-clonique de 4 minutes à {h}, post-critique prolongé, morsure de langue",
         en="tonic-clonic seizure lasting 4 minutes at {h}, prolonged post-ictal phase, tongue bite",
         tx_fr="lorazépam 2 mg SL", tx_en="lorazepam 2 mg SL", meds=['lev'], dx=['epi', 'roh']),
    dict(key='cut', fr="lacérations auto-infligées à l'avant-bras gauche (lame de rasoir) à {h}, saignement contrôlé, plaies profondes nécessitant sutures",
         en="self-inflicted lacerations to the left forearm (razor blade) at {h}, bleeding controlled, deep wounds needing sutures",
         tx_fr="pansement compressif; mis sous surveillance constante", tx_en="pressure dressing; placed on constant observation",
         meds=['sert', 'quet'], dx=['tpl']),
    dict(key='dka', fr="glycémie capillaire 'HI' à {h}, vomissements, respiration de Kussmaul; insuline omise x 2 jours (refus)",
         en="capillary glucose reading 'HI' at {h}, vomiting, Kussmaul breathing; insulin refused x 2 days",
         tx_fr="NaCl 0,9 % 1 L en cours", tx_en="NS 1 L running", meds=['glar', 'metf'], dx=['db2']),
    dict(key='assault', fr="agression par un codétenu à {h} : traumatisme facial, suspicion de fracture du plancher orbitaire droit, diplopie",
         en="assaulted by another inmate at {h}: facial trauma, suspected right orbital floor fracture, diplopia",
         tx_fr="glace, acétaminophène 1 g", tx_en="ice, acetaminophen 1 g", meds=['metha'], dx=['hcv']),
    dict(key='gib', fr="méléna et hématémèse à {h}, en sevrage d'alcool (CIWA 21), TA 92/58, FC 118",
         en="melena and hematemesis at {h}, in alcohol withdrawal (CIWA 21), BP 92/58, HR 118",
         tx_fr="2 voies veineuses, NaCl 0,9 %", tx_en="2 IV lines, NS", meds=['tiam', 'dzp'], dx=['roh']),
]


def p_transfer_er(rng, ctx, lang, when):
    fed = rng.random() < 0.45
    org = 'mtc' if fed else 'edpe'
    hosp = rng.choice(['hrsa', 'chle'])
    use_nam = (not fed) and rng.random() < 0.6
    p = ctx.patient(rng, lang, nam=use_nam)
    case = rng.choice(ER_CASES)
    nurse = make_staff(rng, lang, rng.choice(['inf', 'infc']), org)
    h = f'{rng.randint(0, 6):02d}h{rng.choice(["05", "20", "40", "50"])}' if lang == 'fr' else f'{rng.randint(0, 6):02d}:{rng.choice(["05", "20", "40", "50"])}'
    dep = f'{rng.randint(7, 9)}h{rng.choice(["00", "15", "30", "45"])}' if lang == 'fr' else f'{rng.randint(7, 9)}:{rng.choice(["00", "15", "30", "45"])}'
    types = {'patient_name', 'diagnosis', 'medication'}
    chart = make_mrn(rng, org)
    meds = [med(m, lang, rng) for m in case['meds']]
    dxs = [dx(d, lang) for d in case['dx']]
    name = p.formal() if rng.random() < 0.6 else p.full()
    show_dob = rng.random() < 0.75
    ids = []
    if lang == 'fr':
        ids.append(f'Nom : {name}')
        if show_dob:
            ids.append(f'DDN : {fmt_date(p.dob, rng, lang)}')
            types.add('date_of_birth')
        if use_nam:
            ids.append(f'NAM : {fmt_nam(p.nam, rng)}')
            types.add('ramq_nam')
        if fed:
            ids.append(f'No SED : {chart}')
        else:
            ids.append(f'No dossier santé : {chart}')
            types.add('mrn')
        body = f"""{greet(rng, lang)}

Nous transférons à votre urgence, sous escorte de deux agents des services correctionnels, la personne suivante :

{chr(10).join(ids)}
Motif : {case['fr'].format(h=h)}.
Antécédents : {', '.join(dxs)}.
Traitement reçu sur place : {case['tx_fr']}.
Médication active : {'; '.join(meds)}.
Allergies : {rng.choice(['aucune connue', 'pénicilline (urticaire)', 'sulfas', 'codéine (nausées)'])}.

Départ prévu vers {dep}. La feuille de transfert et la copie de la FADM suivent par télécopieur au {ORG[hosp]['fax']}.
{rng.choice(["Merci de nous appeler avant le congé pour organiser le retour de l'escorte.", "Pour toute question, le poste infirmier est joignable 24/7.", "Svp ne pas remettre d'ordonnance papier à l'usager; faxer au service de santé."])}

{closing(rng, lang)}
{signature(rng, nurse, lang)}"""
        subj = rng.choice([f'Transfert urgence {ORG[hosp]["short"]} – départ {dep}', f'URGENT – transfert sous escorte : {p.last.upper()}',
                           'Transfert à l\'urgence ce matin', f'Transfert {ORG[org]["short"]} -> {ORG[hosp]["short"]} ({p.initials_last()})'])
    else:
        ids.append(f'Name: {name}')
        if show_dob:
            ids.append(f'DOB: {fmt_date(p.dob, rng, lang)}')
            types.add('date_of_birth')
        if use_nam:
            ids.append(f'RAMQ: {fmt_nam(p.nam, rng)}')
            types.add('ramq_nam')
        if fed:
            ids.append(f'FPS: {chart}')
        else:
            ids.append(f'Health record no.: {chart}')
            types.add('mrn')
        body = f"""{greet(rng, lang)}

We are sending the following patient to your emergency department under escort by two correctional officers:

{chr(10).join(ids)}
Reason: {case['en'].format(h=h)}.
History: {', '.join(dxs)}.
Treatment given on site: {case['tx_en']}.
Current medications: {'; '.join(meds)}.
Allergies: {rng.choice(['NKDA', 'penicillin (hives)', 'sulfa', 'codeine (nausea)'])}.

Expected departure around {dep}. Transfer sheet and MAR copy will be faxed to {ORG[hosp]['fax']}.
{rng.choice(["Please call us before discharge so the escort return can be arranged.", "Our nursing station is reachable 24/7.", "Please do not hand paper prescriptions to the patient; fax them to Health Services."])}

{closing(rng, lang)}
{signature(rng, nurse, lang)}"""
        subj = rng.choice([f'ER transfer to {ORG[hosp]["short"]} – departure {dep}', f'URGENT - escorted transfer: {p.last.upper()}',
                           'Emergency transfer this morning', f'Transfer {ORG[org]["short"]} to {ORG[hosp]["short"]} - {p.initials_last()}'])
    to = [dept_addr('Urgence triage' if lang == 'fr' else 'ED Triage', hosp)]
    cc = [dept_addr('Gestion escortes' if lang == 'fr' else 'Escort Desk', org)] if rng.random() < 0.6 else []
    return spec('er_transfer', lang, types, 'escorted ER transfer with identity and clinical details', subj, nurse, to, body,
                when, cc=cc, importance='High' if rng.random() < 0.5 else None)

# ----------------------------------------------------------------------------- appointment + ICS
CLINICS = [
    ('Cardiologie', 'Cardiology', 'fa', 'suivi fibrillation auriculaire, Holter à revoir', 'atrial fibrillation follow-up, Holter review'),
    ('Hépatologie', 'Hepatology', 'hcv', 'évaluation pré-traitement VHC, élastographie', 'pre-treatment HCV assessment, elastography'),
    ('Clinique VIH', 'HIV Clinic', 'hiv', 'suivi VIH, ajustement antirétroviraux', 'HIV follow-up, ART adjustment'),
    ('Neurologie', 'Neurology', 'epi', 'épilepsie mal contrôlée, EEG', 'poorly controlled epilepsy, EEG'),
    ('Pneumologie', 'Respirology', 'copd', 'MPOC, spirométrie', 'COPD, spirometry'),
    ('Ophtalmologie', 'Ophthalmology', 'db2', 'rétinopathie diabétique, fond d\'oeil', 'diabetic retinopathy screening'),
    ('Orthopédie', 'Orthopaedics', None, 'fracture du scaphoïde droit, contrôle radiologique', 'right scaphoid fracture, follow-up X-ray'),
    ('Endoscopie', 'Endoscopy', None, 'coloscopie pour rectorragies', 'colonoscopy for rectal bleeding'),
]


def p_appointment_ics(rng, ctx, lang, when):
    fed = rng.random() < 0.5
    org = 'mtc' if fed else 'edpe'
    hosp = rng.choice(['hrsa', 'chle'])
    p = ctx.patient(rng, lang, nam=rng.random() < 0.3)
    cl = rng.choice(CLINICS)
    clerk = make_staff(rng, lang, 'adm', hosp)
    nurse = make_staff(rng, lang, 'infc', org)
    appt = workday_after(when, rng.randint(5, 20)).replace(hour=rng.choice([8, 9, 10, 13, 14]), minute=rng.choice([0, 15, 30]))
    mrn = make_mrn(rng, hosp)
    types = {'patient_name', 'diagnosis', 'mrn'}
    show_dob = rng.random() < 0.5
    if show_dob:
        types.add('date_of_birth')
    nm = p.formal()
    fr = lang == 'fr'
    summary = (f'{cl[0]} – {nm}' if fr else f'{cl[1]} – {nm}')
    desc = (f'Usager : {nm}\nNo dossier {ORG[hosp]["short"]} : {mrn}\n' + (f'DDN : {p.dob.isoformat()}\n' if show_dob else '') +
            f'Motif : {cl[3]}\nEscorte : 2 ASC, menottes selon évaluation du risque\nNe pas divulguer la date à l\'usager (sécurité).') if fr else \
           (f'Patient: {nm}\n{ORG[hosp]["short"]} MRN: {mrn}\n' + (f'DOB: {p.dob.isoformat()}\n' if show_dob else '') +
            f'Reason: {cl[4]}\nEscort: 2 officers, restraints per risk assessment\nDo not disclose date to patient (security).')
    loc = f'{ORG[hosp][lang]} – {cl[0] if fr else cl[1]}, {rng.choice(["2e étage", "porte 4", "pavillon B"]) if fr else rng.choice(["2nd floor", "door 4", "B wing"])}'
    ics = make_ics(f'{mrn}-{appt:%Y%m%d%H%M}@{ORG[hosp]["domain"]}', appt, appt + datetime.timedelta(minutes=45), summary, loc, desc,
                   organizer=(clerk['name'], clerk['email']), attendees=[(nurse['name'], nurse['email'])])
    if fr:
        body = f"""{greet(rng, lang, nurse['first'])}

Le rendez-vous en {cl[0].lower()} est confirmé pour {short_day(appt, lang)} à {appt:%H}h{appt:%M}. L'invitation est jointe pour votre agenda et celui de la gestion des escortes.
{'Merci de prévoir la dernière dose de méthadone avant le départ.' if rng.random() < 0.3 else "Merci d'apporter la liste de médicaments à jour."}

{closing(rng, lang)}
{signature(rng, clerk, lang)}"""
        subj = rng.choice([f'Invitation : {summary}', f'RDV {cl[0]} {appt:%Y-%m-%d} – escorte requise', f'Confirmation de rendez-vous – {cl[0]}'])
    else:
        body = f"""{greet(rng, lang, nurse['first'])}

The {cl[1].lower()} appointment is confirmed for {short_day(appt, lang)} at {appt:%H:%M}. Calendar invite attached for you and the escort desk.
{'Please make sure the methadone dose is given before departure.' if rng.random() < 0.3 else 'Please bring an up-to-date medication list.'}

{closing(rng, lang)}
{signature(rng, clerk, lang)}"""
        subj = rng.choice([f'Invitation: {summary}', f'{cl[1]} appt {appt:%Y-%m-%d} - escort required', f'Appointment confirmation - {cl[1]}'])
    inline = rng.random() < 0.4
    kw = {}
    atts = []
    if inline:
        kw['ics_inline'] = ics
        kw['body_kind'] = 'alt'
        if rng.random() < 0.5:
            atts.append(dict(filename='invite.ics', ctype='application/ics', data=ics))
    else:
        atts.append(dict(filename=rng.choice(['invite.ics', 'rendez-vous.ics' if fr else 'appointment.ics', f'{cl[0] if fr else cl[1]}.ics']),
                         ctype='text/calendar; method=REQUEST; charset="utf-8"', data=ics))
    if not atts and not inline:
        pass
    return spec('appointment_ics', lang, types, 'hospital appointment with escort; calendar invitation names patient and reason',
                subj, clerk, [nurse], body, when, attachments=atts, **kw)

# ----------------------------------------------------------------------------- consultation reply / discharge summary
CONSULTS = [
    dict(spec_fr='Infectiologie', spec_en='Infectious Diseases', dx=['hcv', 'oud'], labs=['hcv_rna', 'alt'], meds=['epc', 'metha'],
         plan_fr="Débuter sofosbuvir-velpatasvir dès réception; ARN VHC 12 semaines post-traitement. Poursuivre la méthadone sans changement.",
         plan_en="Start sofosbuvir-velpatasvir on receipt; HCV RNA 12 weeks post-treatment. Continue methadone unchanged."),
    dict(spec_fr='Psychiatrie', spec_en='Psychiatry', dx=['scz', 'stim'], labs=['uds'], meds=['pali', 'olz'],
         plan_fr="Palipéridone injectable aux 4 semaines; cesser l'olanzapine après la 2e injection. Revoir dans 6 semaines.",
         plan_en="Monthly paliperidone injection; stop olanzapine after 2nd injection. Review in 6 weeks."),
    dict(spec_fr='Médecine interne', spec_en='Internal Medicine', dx=['db2', 'hta'], labs=['a1c', 'crea'], meds=['metf', 'glar', 'aml'],
         plan_fr="Augmenter la glargine de 2 unités aux 3 jours jusqu'à glycémies à jeun 5-8. Réduire la metformine vu la fonction rénale.",
         plan_en="Increase glargine by 2 units q3 days to fasting glucose 5-8. Reduce metformin given renal function."),
    dict(spec_fr='Clinique VIH', spec_en='HIV Clinic', dx=['hiv', 'hcv'], labs=['hiv_vl', 'syph'], meds=['bik'],
         plan_fr="Pénicilline G benzathine 2,4 M UI IM x 1 dose à administrer au service de santé. Charge virale dans 3 mois.",
         plan_en="Benzathine penicillin G 2.4 M units IM x 1 to be given at Health Services. Viral load in 3 months."),
    dict(spec_fr='Psychiatrie', spec_en='Psychiatry', dx=['bip'], labs=['li', 'crea'], meds=['li', 'quet'],
         plan_fr="Lithémie élevée : suspendre 2 doses puis reprendre à 600 mg HS. Lithémie et créatinine dans 5 jours.",
         plan_en="Lithium level high: hold 2 doses then resume 600 mg at bedtime. Repeat level and creatinine in 5 days."),
    dict(spec_fr='Pneumologie', spec_en='Respirology', dx=['ltbi', 'copd'], labs=['tst', 'alt'], meds=['inh', 'salb'],
         plan_fr="Radiographie pulmonaire normale : TB latente. Isoniazide 9 mois sous observation directe.",
         plan_en="Normal chest X-ray: latent TB. Isoniazid 9 months by directly observed therapy."),
]


def p_consult_reply(rng, ctx, lang, when):
    fed = rng.random() < 0.5
    org = 'mtc' if fed else 'edpe'
    hosp = rng.choice(['hrsa', 'chle'])
    p = ctx.patient(rng, lang, nam=rng.random() < 0.35)
    c = rng.choice(CONSULTS)
    fr = lang == 'fr'
    doc = make_staff(rng, lang, rng.choice(['md', 'psy']) if 'Psych' in c['spec_en'] else 'md', hosp)
    sec = make_staff(rng, lang, 'adm', hosp)
    nurse = make_staff(rng, lang, 'infc', org)
    mrn = make_mrn(rng, hosp)
    labs = [lab(k, lang, rng) for k in c['labs']]
    meds = [med(k, lang, rng) for k in c['meds']]
    dxs = [dx(k, lang) for k in c['dx']]
    vdate = later(when, -rng.randint(1, 6))
    types = {'patient_name', 'date_of_birth', 'mrn', 'diagnosis', 'lab_result', 'medication'}
    idl = []
    if fr:
        head = f"{ORG[hosp]['fr']} — {c['spec_fr']}"
        lines = [f'Nom : {p.formal()}', f'Date de naissance : {p.dob.isoformat()}   Sexe : {p.sex}', f'No dossier : {mrn}']
        if p.nam and rng.random() < 0.7:
            lines.append(f'NAM : {fmt_nam(p.nam, rng, ["space", "plain"])}')
            types.add('ramq_nam')
        lines += [f'Provenance : {ORG[org]["fr"]} (sous garde)', f'Date de la consultation : {vdate:%Y-%m-%d}', '',
                  '## Motif', f'Consultation demandée par le service de santé de {ORG[org]["short"]}.', '',
                  '## Diagnostics', *[f'- {d}' for d in dxs], '', '## Résultats', *[f'- {l}' for l in labs], '',
                  '## Médication recommandée', *[f'- {m}' for m in meds], '', '## Plan', c['plan_fr'], '',
                  f'{doc["dname"]}, {doc["title"].lower()}']
        title = f'Note de consultation — {c["spec_fr"]}'
        fnbase = rng.choice([f'consultation_{mrn}', f'Note_consult_{c["spec_fr"].replace(" ", "_")}_{vdate:%Y%m%d}', f'NC_{mrn}_{vdate:%Y%m%d}'])
        body = f"""{greet(rng, lang)}

Veuillez trouver ci-joint la note de consultation en {c['spec_fr'].lower()} du {vdate:%Y-%m-%d} pour votre usager{' ' + p.title(lang) + ' ' + p.last if rng.random() < 0.5 else ''}.
{rng.choice(["Les ordonnances ont été télécopiées à votre pharmacie.", "Le médecin demande un suivi des résultats dans deux semaines.", "Un rendez-vous de contrôle sera fixé par notre secrétariat."])}

{closing(rng, lang)}
{signature(rng, sec, lang)}"""
        subj = rng.choice(['Note de consultation', f'Consultation {c["spec_fr"]} – {vdate:%Y-%m-%d}', f'Dossier {mrn} – note de consultation'])
    else:
        head = f"{ORG[hosp]['en']} — {c['spec_en']}"
        lines = [f'Name: {p.formal()}', f'Date of birth: {p.dob.isoformat()}   Sex: {p.sex}', f'MRN: {mrn}']
        if p.nam and rng.random() < 0.7:
            lines.append(f'RAMQ: {fmt_nam(p.nam, rng, ["space", "plain"])}')
            types.add('ramq_nam')
        lines += [f'Referred from: {ORG[org]["en"]} (in custody)', f'Date seen: {vdate:%Y-%m-%d}', '',
                  '## Reason', f'Consultation requested by {ORG[org]["short"]} Health Services.', '',
                  '## Diagnoses', *[f'- {d}' for d in dxs], '', '## Results', *[f'- {l}' for l in labs], '',
                  '## Recommended medications', *[f'- {m}' for m in meds], '', '## Plan', c['plan_en'], '',
                  f'{doc["dname"]}, {doc["title"]}']
        title = f'Consultation note — {c["spec_en"]}'
        fnbase = rng.choice([f'consult_{mrn}', f'Consult_note_{c["spec_en"].replace(" ", "_")}_{vdate:%Y%m%d}', f'CN_{mrn}_{vdate:%Y%m%d}'])
        body = f"""{greet(rng, lang)}

Please find attached the {c['spec_en']} consultation note from {vdate:%Y-%m-%d} for your patient{' ' + p.title(lang) + ' ' + p.last if rng.random() < 0.5 else ''}.
{rng.choice(["Prescriptions were faxed to your pharmacy.", "The physician asks that results be followed up in two weeks.", "Our office will book a follow-up visit."])}

{closing(rng, lang)}
{signature(rng, sec, lang)}"""
        subj = rng.choice(['Consultation note', f'{c["spec_en"]} consult - {vdate:%Y-%m-%d}', f'MRN {mrn} - consult note'])
    if rng.random() < 0.6:
        data = make_pdf(title, lines, header=head)
        att = dict(filename=fnbase + '.pdf', ctype='application/pdf', data=data)
    else:
        data = make_docx(title, [head] + [l for l in lines if l])
        att = dict(filename=fnbase + '.docx', ctype='application/vnd.openxmlformats-officedocument.wordprocessingml.document', data=data)
    return spec('consult_reply', lang, types, 'consultation note attached (PDF/DOCX) with identity, diagnoses, labs, meds', subj, sec,
                [nurse], body, when, attachments=[att], cc=[doc] if rng.random() < 0.3 else [])

# ----------------------------------------------------------------------------- subject-only leak


def p_subject_only(rng, ctx, lang, when):
    org = rng.choice(['edpe', 'mtc'])
    p = ctx.patient(rng, lang, nam=rng.random() < 0.3)
    a = make_staff(rng, lang, rng.choice(['inf', 'infc', 'md', 'pharm']), org)
    b = make_staff(rng, lang, rng.choice(['inf', 'infc', 'coord']), org)
    fr = lang == 'fr'
    n = p.name_as(rng, lang, ['lower', 'formal', 'lastfirst', 'title', 'upperlast', 'initials'])
    opts_fr = [
        (f'{n} – sevrage ROH, CIWA aux 4 h', {'diagnosis'}),
        (f'RE: dose méthadone {n} {rng.choice([70, 85, 90, 110])}mg', {'medication'}),
        (f'Résultat VIH positif - {n}', {'diagnosis', 'lab_result'}),
        (f'{n} : refus insuline depuis 48h', {'medication'}),
        (f'TR: {n} – idées suicidaires, surveillance constante', {'diagnosis'}),
        (f'{n} / TCT {rng.choice([12, 14, 16])} mm — RX poumons à prévoir', {'lab_result'}),
        (f'Fwd: Sublocade {n} – injection due le {later(when, 3):%d/%m}', {'medication'}),
    ]
    opts_en = [
        (f'{n} - alcohol withdrawal, CIWA q4h', {'diagnosis'}),
        (f'RE: methadone dose {n} {rng.choice([70, 85, 90, 110])}mg', {'medication'}),
        (f'HIV result positive - {n}', {'diagnosis', 'lab_result'}),
        (f'{n}: refusing insulin x 48h', {'medication'}),
        (f'FW: {n} - suicidal ideation, constant obs', {'diagnosis'}),
        (f'{n} / TST {rng.choice([12, 14, 16])} mm - CXR needed', {'lab_result'}),
        (f'Fwd: Sublocade {n} - injection due {later(when, 3):%b %d}', {'medication'}),
    ]
    subj, extra = rng.choice(opts_fr if fr else opts_en)
    if fr:
        body = rng.choice([
            "Voir la note au dossier. Merci de faire suivre à l'équipe de nuit.",
            "C'est noté au Kardex. On en reparle au caucus de 8 h.",
            "Je m'en occupe demain matin, le médecin est avisé.",
            "Peux-tu vérifier avec la pharmacie et me revenir avant 15 h?\n\nMerci",
            "Ok pour moi. Je laisse une note au prochain quart.",
        ])
        body = f"{greet(rng, lang, b['first'])}\n\n{body}\n\n{signature(rng, a, lang, rng.choice([1, 4]))}"
    else:
        body = rng.choice([
            "See chart note. Please pass on to night shift.",
            "Noted on the Kardex. Let's discuss at the 8 am huddle.",
            "I'll handle it tomorrow morning, physician aware.",
            "Can you check with pharmacy and get back to me before 3 pm?\n\nThanks",
            "Fine by me. Leaving a note for next shift.",
        ])
        body = f"{greet(rng, lang, b['first'])}\n\n{body}\n\n{signature(rng, a, lang, rng.choice([1, 4]))}"
    return spec('subject_only', lang, {'patient_name'} | extra, 'identity and clinical fact only in the Subject line', subj, a, [b],
                body, when, reply=subj.upper().startswith('RE'))

# ----------------------------------------------------------------------------- return from hospital


def p_return_from_hospital(rng, ctx, lang, when):
    org = rng.choice(['edpe', 'mtc'])
    hosp = rng.choice(['hrsa', 'chle'])
    p = ctx.patient(rng, lang, nam=rng.random() < 0.4)
    fr = lang == 'fr'
    nurse = make_staff(rng, lang, 'infc', org)
    md = make_staff(rng, lang, 'md', org)
    pharm = make_staff(rng, lang, 'pharm', org)
    stay = rng.choice([
        ('pneumonie lobaire droite', 'right lower lobe pneumonia', ['ceph'], 'copd'),
        ('pancréatite aiguë d\'origine alcoolique', 'acute alcoholic pancreatitis', ['tiam'], 'roh'),
        ('endocardite de la valve tricuspide', 'tricuspid valve endocarditis', ['bup'], 'oud'),
        ('acidocétose diabétique', 'diabetic ketoacidosis', ['glar', 'metf'], 'db2'),
        ('fibrillation auriculaire rapide', 'rapid atrial fibrillation', ['apix'], 'fa'),
        ('cellulite de l\'avant-bras drainée', 'drained forearm cellulitis', ['ceph'], 'cell'),
    ])
    types = {'patient_name', 'diagnosis', 'medication'}
    meds = [med(m, lang, rng) for m in stay[2]]
    n = p.name_as(rng, lang, ['full', 'formal', 'title', 'upperlast'])
    nights = rng.randint(2, 9)
    extra = ''
    if p.nam and rng.random() < 0.6:
        extra = f" ({'NAM' if lang == 'fr' else 'RAMQ'} {fmt_nam(p.nam, rng)})"
        types.add('ramq_nam')
    if fr:
        body = f"""{greet(rng, lang)}

{n}{extra} est de retour de l'{ORG[hosp]['short']} ce {rng.choice(['soir', 'midi', 'matin'])} après {nights} nuits d'hospitalisation pour {stay[0]}.
Antécédent pertinent : {dx(stay[3], lang)}.

Nouvelles ordonnances au congé :
{chr(10).join('- ' + m for m in meds)}
{rng.choice(["- cesser l'ibuprofène", "- reprendre la médication habituelle", "- suivi en clinique externe dans 2 semaines (rendez-vous à venir)"])}

{pharm['first']}, peux-tu valider avec la pharmacie de l'hôpital et mettre la FADM à jour? {md['dname']}, une réévaluation demain serait appréciée.

Placé{p.e()} à l'infirmerie, lit {rng.randint(1, 6)}."""
        subj = rng.choice(['Retour d\'hospitalisation', f'Retour {ORG[hosp]["short"]} – nouvelles ordonnances', f'Retour CH : {p.last}',
                           'Congé de l\'hôpital — à lire'])
    else:
        body = f"""{greet(rng, lang)}

{n}{extra} came back from {ORG[hosp]['short']} this {rng.choice(['evening', 'afternoon', 'morning'])} after {nights} nights in hospital for {stay[1]}.
Relevant history: {dx(stay[3], lang)}.

New discharge orders:
{chr(10).join('- ' + m for m in meds)}
{rng.choice(["- stop ibuprofen", "- resume usual medications", "- outpatient follow-up in 2 weeks (appointment pending)"])}

{pharm['first']}, can you reconcile with the hospital pharmacy and update the MAR? {md['dname']}, a review tomorrow would be appreciated.

Placed in the health care unit, bed {rng.randint(1, 6)}."""
        subj = rng.choice(['Back from hospital', f'Return from {ORG[hosp]["short"]} - new orders', f'Hospital return: {p.last}',
                           'Discharged from hospital — please read'])
    body += f"\n\n{closing(rng, lang)}\n{signature(rng, nurse, lang)}"
    return spec('hospital_return', lang, types, 'internal note on return from hospital: stay diagnosis and discharge orders', subj,
                nurse, [pharm, md], body, when)
