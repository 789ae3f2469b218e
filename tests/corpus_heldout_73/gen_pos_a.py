"""Positive builders, part A: MADO declarations, lab follow-ups, tuberculosis, STI (ITSS)."""
import datetime

from gen_attach import Att, make_csv, make_docx, make_ics, make_pdf, make_xlsx
from gen_common import (closing, earlier, envelope, fmt_nam, fmt_sin, forward_block, greet, ldate,
                        name_form, org, quote_block, signature, fr_date, en_date)
from gen_vocab import (MADO, RELATIONS_EN, RELATIONS_FR, STI, SYMPT_EN, SYMPT_FR, TB_LABS_EN, TB_LABS_FR,
                       TB_MEDS_EN, TB_MEDS_FR)

PDF = 'application/pdf'
DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'


def done(spec, types, note, **kw):
    spec['types'] = sorted(set(types))
    spec['note'] = note
    spec.update(kw)
    return spec


# ---------------------------------------------------------------- 1. MADO declaration
def mado_declaration(ctx, i, lang):
    key = ['pertussis', 'salmonella', 'hepA', 'lyme', 'imd', 'legionella'][i % 6]
    d = MADO[key]
    p = ctx.holder(min_age=2 if key != 'imd' else 15)
    src = ctx.pick(['hosp', 'gmf', 'hosp2']) if lang == 'fr' else 'en_hosp'
    spec, s, r = envelope(ctx, src, 'dsp', lang, functional_to=True, box='vigie.mado')
    md = ctx.staff()
    onset = spec['date'].date() - datetime.timedelta(days=ctx.rng.randint(4, 12))
    if lang == 'fr':
        title = 'DÉCLARATION D’UNE MALADIE À DÉCLARATION OBLIGATOIRE (MADO)'
        paras = [f'Établissement déclarant : {org(src)[0]}', f'Médecin déclarant : Dr(e) {md.full()}', '',
                 '**Identification de la personne atteinte',
                 f'Nom : {p.surname.upper()}    Prénom : {p.given}', f'Sexe : {p.sex}    Date de naissance : {p.dob_iso()}',
                 f'NAM : {fmt_nam(p.nam, 0)}', f'Adresse : {p.address}, {p.city} ({p.postal})',
                 f'Téléphone : {p.phone}', '', '**Renseignements cliniques',
                 f'Maladie : {d[0]}', f'Date de début des symptômes : {onset.isoformat()}',
                 f'Symptômes : {", ".join(ctx.rng.sample(SYMPT_FR, 3))}', f'Résultat de laboratoire : {d[2]}',
                 f'Traitement : {d[4]}', f'Hospitalisation : {ctx.pick(["oui", "non"])}', '',
                 'Signature : ______________________   Date : ' + spec['date'].date().isoformat()]
        subj = ctx.pick([f'Déclaration MADO – {d[0]}', f'MADO {d[0]} – déclaration', 'Déclaration MADO (formulaire en pièce jointe)'])
        fname = ctx.pick([f'MADO_{key}_{spec["date"]:%Y%m%d}.pdf', 'Déclaration_MADO.pdf', f'AS-770_{p.surname}.pdf'])
        body = (f'{greet(ctx, lang)}\n\nVeuillez trouver ci-joint la déclaration d’un cas de {d[0]} '
                f'confirmé au laboratoire hier. Le patient a été avisé et ')
        body += ctx.pick(['le traitement est débuté.', 'est en isolement à domicile.', 'a reçu les consignes usuelles.'])
        body += '\n\nLe Dr ' + md.surname + ' est disponible pour toute question.\n\n' + closing(ctx, lang) + '\n\n' + signature(ctx, s, src, lang)
    else:
        title = 'REPORTABLE DISEASE NOTIFICATION'
        paras = [f'Reporting facility: {org(src)[0]}', f'Reporting physician: Dr. {md.full()}', '',
                 '**Case identification', f'Last name: {p.surname}   First name: {p.given}',
                 f'Sex: {p.sex}   Date of birth: {p.dob_iso()}', f'RAMQ number: {fmt_nam(p.nam, 1)}',
                 f'Address: {p.address}, {p.city} {p.postal}', f'Phone: {p.phone}', '', '**Clinical information',
                 f'Disease: {d[1]}', f'Onset date: {onset.isoformat()}', f'Laboratory: {d[3]}', f'Treatment: {d[5]}']
        subj = f'Reportable disease notification – {d[1]}'
        fname = f'notification_{key}.pdf'
        body = (f'{greet(ctx, lang)}\n\nPlease find attached the notification form for a lab-confirmed case of {d[1]}. '
                'The patient is aware of the result.\n\n' + closing(ctx, lang) + '\n\n' + signature(ctx, s, src, lang))
    pdf = make_pdf(title, paras, compress=ctx.chance(0.6), footer='AS-770 (2024-09)')
    spec.update(subject=subj, text=body, atts=[Att(fname, PDF, pdf)])
    types = ['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'lab_result', 'medication', 'patient_contact']
    if key in ('salmonella', 'hepA', 'legionella') and lang == 'fr':
        pass
    return done(spec, types, f'MADO form ({key}) attached as PDF')


# ---------------------------------------------------------------- 2. lab follow-up to GP
def lab_followup(ctx, i, lang):
    key = ['chlamydia', 'gono', 'syphilis', 'chlamydia'][i % 4]
    d = STI[key]
    p = ctx.holder(min_age=16, max_age=60) if i != 1 else ctx.patient(16, 40)
    spec, s, r = envelope(ctx, 'dsp', 'gmf' if lang == 'fr' else 'en_clinic', lang)
    nm = name_form(ctx, p, lang, ['titled', 'full', 'last_first'])
    types = ['patient_name', 'diagnosis', 'lab_result', 'date_of_birth']
    ident = f'{nm} (né{"e" if p.sex == "F" else ""} le {p.dob_fr()})' if lang == 'fr' else f'{nm} (DOB {p.dob_iso()})'
    if p.nam and ctx.chance(0.7):
        ident += f', NAM {fmt_nam(p.nam, ctx.pick([0, 1, 2]))}' if lang == 'fr' else f', RAMQ {fmt_nam(p.nam, 0)}'
        types.append('ramq_nam')
    if ctx.chance(0.5) or not p.nam:
        ident += f', dossier {p.mrn}' if lang == 'fr' else f', chart #{p.mrn}'
        types.append('mrn')
    dt = spec['date'].date() - datetime.timedelta(days=ctx.rng.randint(5, 20))
    if lang == 'fr':
        spec['subject'] = ctx.pick(['Suivi résultat positif – votre patient', 'Suivi ITSS – traitement à confirmer',
                                    f'Résultat {key} – suivi santé publique'])
        body = (f'{greet(ctx, lang, r)}\n\nNous avons reçu le résultat suivant pour {ident} : {d[2]}, '
                f'prélèvement du {fr_date(dt)}.\n\n'
                'Pourriez-vous nous confirmer si le traitement a été administré et à quelle date ? '
                f'Le traitement recommandé est {d[4]}. ')
        if key == 'syphilis':
            body += 'Un contrôle du RPR à 3, 6 et 12 mois est requis.\n\n'
        else:
            body += 'Un test de contrôle est recommandé 3 à 6 mois après le traitement.\n\n'
        body += ('Nous communiquerons avec le ou la patiente pour l’intervention préventive auprès des partenaires '
                 '(IPPAP) une fois le traitement confirmé.\n\n' + closing(ctx, lang) + '\n\n' + signature(ctx, s, 'dsp', lang))
    else:
        spec['subject'] = ctx.pick(['Follow-up: positive STI result', f'{key.title()} result – treatment confirmation'])
        body = (f'{greet(ctx, lang, r)}\n\nWe received the following result for your patient {ident}: {d[3]}, '
                f'collected on {en_date(dt)}.\n\nCould you confirm whether treatment ({d[5]}) was given, and when? '
                'Our nurse will then contact the patient for partner notification.\n\n' + closing(ctx, lang) +
                '\n\n' + signature(ctx, s, 'dsp', lang))
        types.append('medication')
    types.append('medication')
    spec['text'] = body
    return done(spec, types, 'STI lab result follow-up with treating clinic')


# ---------------------------------------------------------------- 3. TB contact list
def tb_contact_list(ctx, i, lang):
    idx = ctx.holder(min_age=20, max_age=80)
    spec, s, r = envelope(ctx, 'dsp', ctx.pick(['clsc', 'clsc2']), lang)
    contacts = [ctx.patient(1, 80) for _ in range(ctx.rng.randint(5, 9))]
    lab = ctx.pick(TB_LABS_FR if lang == 'fr' else TB_LABS_EN)
    if lang == 'fr':
        head = ['Nom', 'Prénom', 'Date de naissance', 'Lien avec le cas', 'Téléphone', 'Exposition (h/sem)',
                'TCT 1 (mm)', 'TCT 2 (mm)', 'Radiographie', 'Commentaire']
    else:
        head = ['Last name', 'First name', 'DOB', 'Relationship', 'Phone', 'Exposure (h/wk)', 'TST 1 (mm)',
                'TST 2 (mm)', 'CXR', 'Comment']
    rows = [head]
    for c in contacts:
        t1 = ctx.pick([0, 0, 0, 3, 7, 12, 16])
        rows.append([c.surname, c.given, c.dob_iso(),
                     ctx.pick(RELATIONS_FR if lang == 'fr' else RELATIONS_EN), c.phone, ctx.pick([2, 8, 20, 40, 'vit avec']),
                     t1, '' if t1 >= 10 else ctx.pick(['', 0, 'à faire']),
                     ('à faire' if lang == 'fr' else 'pending') if t1 >= 10 else '',
                     ctx.pick(['', 'IGRA demandé', 'BCG dans l’enfance', 'n’a pas rappelé'] + (['enceinte 22 sem.'] if c.sex == 'F' and 18 <= c.age() <= 42 else ['diabète']))])
    info = [['Cas index', idx.full()], ['NAM', fmt_nam(idx.nam, 0)], ['Date de naissance', idx.dob_iso()],
            ['Diagnostic', 'Tuberculose pulmonaire contagieuse'], ['Laboratoire', lab]]
    if lang == 'en':
        info = [['Index case', idx.full()], ['RAMQ', fmt_nam(idx.nam, 0)], ['DOB', idx.dob_iso()],
                ['Diagnosis', 'Infectious pulmonary tuberculosis'], ['Lab', lab]]
    xl = make_xlsx([('Contacts', rows), ('Cas index' if lang == 'fr' else 'Index case', info)])
    fname = ctx.pick([f'contacts_TB_{idx.surname}.xlsx', 'liste_contacts_TB.xlsx', f'TB-{spec["date"]:%Y}-0{ctx.rng.randint(10, 99)}_contacts.xlsx'])
    if lang == 'fr':
        spec['subject'] = ctx.pick(['Liste des contacts – enquête TB', 'Enquête TB : contacts à dépister', 'TB – contacts pour TCT'])
        body = (f'{greet(ctx, lang, r)}\n\nComme convenu, voici la liste des contacts à dépister (TCT initial et à 8 semaines). '
                'Les contacts avec un TCT ≥ 10 mm doivent être vus pour une radiographie pulmonaire et une évaluation médicale.\n\n'
                'Merci de prioriser les enfants de moins de 5 ans.\n\n' + closing(ctx, lang) + '\n\n' + signature(ctx, s, 'dsp', lang))
    else:
        fname = fname.replace('liste_contacts', 'contact_list')
        spec['subject'] = 'TB contact investigation – list for screening'
        body = (f'{greet(ctx, lang, r)}\n\nAttached is the contact list for the TB investigation. Please book baseline '
                'and 8-week TSTs; anyone ≥ 10 mm needs a chest X-ray and medical assessment.\n\n' + closing(ctx, lang) +
                '\n\n' + signature(ctx, s, 'dsp', lang))
    spec.update(text=body, atts=[Att(fname, XLSX, xl)])
    return done(spec, ['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'lab_result', 'patient_contact'],
                'TB contact tracing spreadsheet (index case sheet + contacts)')


# ---------------------------------------------------------------- 4. TB DOT calendar invitation
def tb_dot_ics(ctx, i, lang):
    p = ctx.patient(18, 85) if i == 1 else ctx.holder(min_age=18)
    spec, s, r = envelope(ctx, 'dsp', ctx.pick(['clsc', 'clsc2']), lang)
    sd = spec['date'].date() + datetime.timedelta(days=ctx.rng.randint(2, 6))
    while sd.weekday() >= 5:
        sd += datetime.timedelta(days=1)
    start = datetime.datetime.combine(sd, datetime.time(ctx.pick([8, 9, 10, 13]), ctx.pick([0, 15, 30])))
    end = start + datetime.timedelta(minutes=30)
    loc = f'{p.address}, {p.city}'
    types = ['patient_name', 'diagnosis', 'medication', 'patient_contact']
    if lang == 'fr':
        summ = f'TOD – {p.surname} {p.given[0]}. – domicile'
        desc = (f'Traitement sous observation directe (TB pulmonaire). Patient : {p.full()}, tél. {p.phone}. '
                f'Médication : {TB_MEDS_FR}. Vérifier la coloration des urines et les effets secondaires (nausées, '
                'ictère). Sonner deux fois, chien dans la cour.')
        if p.nam:
            desc += f' NAM {fmt_nam(p.nam, 0)}.'
            types.append('ramq_nam')
        spec['subject'] = f'Invitation : {summ}'
        body = (f'{greet(ctx, lang, r)}\n\nJe t’envoie la plage de TOD pour la semaine prochaine. Je serai en congé, '
                'merci de couvrir les visites.\n\n' + signature(ctx, s, 'dsp', lang, short=True))
    else:
        summ = f'DOT visit – {p.given} {p.surname}'
        desc = (f'Directly observed therapy for pulmonary TB. Client {p.full()}, phone {p.phone}. Meds: {TB_MEDS_EN}. '
                'Check for jaundice, vision changes (ethambutol).')
        if p.nam:
            desc += f' RAMQ {fmt_nam(p.nam, 0)}.'
            types.append('ramq_nam')
        spec['subject'] = f'Invitation: {summ}'
        body = f'{greet(ctx, lang, r)}\n\nCan you cover this DOT visit? Details in the invite.\n\n' + signature(ctx, s, 'dsp', lang, short=True)
    ics = make_ics(f'{ctx.rng.getrandbits(64):016x}@dsp', start, end, summ, desc, loc,
                   (s.full(), s.addr(org('dsp')[1])), [(r.full(), spec['to'][0][1])])
    spec.update(text=body, atts=[Att('invite.ics', 'text/calendar', ics, charset='utf-8; method=REQUEST')],
                body=ctx.pick(['plain', 'alt']))
    return done(spec, types, 'calendar invitation for home DOT visit (name, address, TB meds)')


# ---------------------------------------------------------------- 5. TB discharge summary
def tb_discharge(ctx, i, lang):
    p = ctx.holder(min_age=20, max_age=95)
    src = 'hosp' if lang == 'fr' else 'en_hosp'
    spec, s, r = envelope(ctx, src, 'dsp', lang, functional_to=False)
    md = ctx.staff()
    adm = spec['date'].date() - datetime.timedelta(days=ctx.rng.randint(12, 30))
    lab = ctx.pick(TB_LABS_FR if lang == 'fr' else TB_LABS_EN)
    if lang == 'fr':
        title = 'RÉSUMÉ DE DOSSIER – CONGÉ'
        paras = [f'Patient : {p.last_first()}    Dossier : {p.mrn}', f'Né(e) le : {p.dob_fr()}    NAM : {fmt_nam(p.nam, 0)}',
                 f'Admission : {fr_date(adm)}    Congé : {fr_date(spec["date"].date())}',
                 f'Médecin traitant : Dr(e) {md.full()}, pneumologie', '',
                 '**Diagnostic principal : tuberculose pulmonaire active', f'Investigation : {lab}.',
                 'Diabète de type 2 (metformine 500 mg BID). Sérologie VIH négative.', '',
                 f'**Médication au congé : {TB_MEDS_FR}, pyridoxine 25 mg DIE.', '',
                 'Isolement respiratoire levé après 3 frottis négatifs. Suivi en clinique TB dans 2 semaines; TOD par le CLSC.']
        spec['subject'] = ctx.pick(['Résumé de congé – cas TB', f'Congé patient TB – dossier {p.mrn}', 'Résumé de congé'])
        body = (f'{greet(ctx, lang)}\n\nTel que demandé par votre infirmière, voici le résumé de congé. Le patient retourne '
                'à domicile aujourd’hui; les visites de TOD doivent débuter demain.\n\n' + closing(ctx, lang) + '\n\n' +
                signature(ctx, s, src, lang, role='Archiviste médicale'))
        fname = ctx.pick(['résumé_congé.pdf', f'conge_{p.mrn}.pdf', 'Résumé de congé.docx'])
    else:
        title = 'DISCHARGE SUMMARY'
        paras = [f'Patient: {p.last_first()}   MRN: {p.mrn}', f'DOB: {p.dob_iso()}   RAMQ: {fmt_nam(p.nam, 0)}',
                 f'Admitted: {en_date(adm)}   Discharged: {en_date(spec["date"].date())}', f'Attending: Dr. {md.full()}', '',
                 '**Principal diagnosis: active pulmonary tuberculosis', f'Work-up: {lab}.', '',
                 f'**Discharge medications: {TB_MEDS_EN}, pyridoxine 25 mg daily.', '',
                 'Follow-up at TB clinic in 2 weeks. DOT by public health.']
        spec['subject'] = f'Discharge summary – MRN {p.mrn}'
        body = (f'{greet(ctx, lang)}\n\nAs requested, please find the discharge summary attached.\n\n' + closing(ctx, lang) +
                '\n\n' + signature(ctx, s, src, lang, role='Health Records'))
        fname = 'discharge_summary.pdf'
    if fname.endswith('.docx'):
        att = Att(fname, DOCX, make_docx(title, paras, author=s.full()))
    else:
        att = Att(fname, PDF, make_pdf(title, paras, compress=ctx.chance(0.5)))
    spec.update(text=body, atts=[att])
    return done(spec, ['patient_name', 'mrn', 'ramq_nam', 'date_of_birth', 'diagnosis', 'lab_result', 'medication'],
                'hospital discharge summary of TB patient attached')


# ---------------------------------------------------------------- 6. TB isolation – income support (SIN)
def tb_isolation_support(ctx, i, lang):
    p = ctx.patient(20, 64)
    sin = ctx.sin()
    spec, s, r = envelope(ctx, ctx.pick(['clsc', 'clsc2']), 'dsp', lang)
    if lang == 'fr':
        spec['subject'] = ctx.pick(['Demande d’aide financière – isolement TB', 'Isolement TB – perte de revenu', 'Soutien financier pendant l’isolement'])
        body = (f'{greet(ctx, lang, r)}\n\nJe rencontre {p.titled()} ({p.dob_fr()}) qui est en isolement à domicile pour une '
                f'tuberculose pulmonaire depuis trois semaines. {"Travailleuse saisonnière" if p.sex == "F" else "Travailleur saisonnier"} en entrepôt, {"elle" if p.sex == "F" else "il"} n’a plus de revenu et '
                f'le loyer de {ctx.rng.randint(6, 11)}50 $ n’est pas payé pour ce mois-ci. Le propriétaire menace d’entamer des procédures.\n\n'
                'Pour compléter la demande d’aide de dernier recours, il me manque votre attestation d’isolement. '
                f'Son NAS est le {fmt_sin(sin, ctx.pick([0, 1]))} (nécessaire au formulaire).\n\n'
                f'Adresse actuelle : {p.address}, {p.city}. Téléphone : {p.phone}.\n\n' + closing(ctx, lang) + '\n\n' +
                signature(ctx, s, 'clsc', lang, role='Travailleuse sociale'))
    else:
        spec['subject'] = 'Income support request – TB isolation'
        body = (f'{greet(ctx, lang, r)}\n\nI am working with {p.titled("en")} (DOB {p.dob_iso()}), who has been isolating at home '
                'for pulmonary TB for three weeks and has lost their job. Rent is overdue and the family relies on the food bank.\n\n'
                f'For the emergency assistance application I need your isolation letter. SIN: {fmt_sin(sin, ctx.pick([0, 1]))}.\n'
                f'Address: {p.address}, {p.city}. Phone: {p.phone}.\n\n' + closing(ctx, lang) + '\n\n' +
                signature(ctx, s, 'clsc', lang, role='Social Worker'))
    spec['text'] = body
    return done(spec, ['patient_name', 'ca_sin', 'date_of_birth', 'diagnosis', 'social_information', 'patient_contact'],
                'social worker: TB isolation, income support, SIN')


# ---------------------------------------------------------------- 7. STI partner notification (IPPAP)
def sti_partner_notif(ctx, i, lang):
    key = ['gono', 'syphilis', 'chlamydia', 'lgv'][i % 4]
    d = STI[key]
    idx = ctx.holder(min_age=17, max_age=55) if i % 2 == 0 else ctx.patient(17, 50)
    partners = [ctx.patient(17, 55) for _ in range(ctx.rng.randint(1, 3))]
    spec, s, r = envelope(ctx, 'dsp', ctx.pick(['cdp', 'clsc']), lang)
    types = ['patient_name', 'diagnosis', 'medication', 'patient_contact']
    if lang == 'fr':
        spec['subject'] = ctx.pick(['IPPAP – partenaires à joindre', 'Partenaires à rejoindre (ITSS)', 'Notification des partenaires'])
        lines = []
        for k, pt in enumerate(partners, 1):
            lines.append(f'{k}. {pt.full()} – {pt.phone} – dernier contact sexuel vers le {fr_date(ctx.day())}')
        idl = f'{idx.full()}'
        if idx.nam:
            idl += f' (NAM {fmt_nam(idx.nam, ctx.pick([0, 2, 3]))})'
            types.append('ramq_nam')
        body = (f'{greet(ctx, lang, r)}\n\nCas index : {idl}, {d[0]} ({d[2]}), traité le {fr_date(ctx.day())} avec {d[4]}.\n\n'
                'Partenaires déclarés qui acceptent d’être joints par la santé publique (notification par le professionnel) :\n'
                + '\n'.join(lines) +
                '\n\nMerci de leur offrir le dépistage complet et le traitement épidémiologique. Le cas index ne souhaite pas que '
                'son nom soit mentionné.\n\n' + closing(ctx, lang) + '\n\n' + signature(ctx, s, 'dsp', lang, role='Infirmière – Équipe ITSS'))
    else:
        spec['subject'] = 'Partner notification – contacts to reach'
        lines = [f'- {pt.full()}, {pt.phone}, last exposure around {en_date(ctx.day())}' for pt in partners]
        idl = idx.full()
        if idx.nam:
            idl += f' (RAMQ {fmt_nam(idx.nam, 0)})'
            types.append('ramq_nam')
        body = (f'{greet(ctx, lang, r)}\n\nIndex case: {idl}, {d[1]} ({d[3]}), treated with {d[5]}.\n\n'
                'Named partners (provider referral):\n' + '\n'.join(lines) +
                '\n\nPlease offer full STBBI testing and epidemiological treatment. The index case asked to stay anonymous to partners.\n\n'
                + closing(ctx, lang) + '\n\n' + signature(ctx, s, 'dsp', lang))
    spec['text'] = body
    types.append('lab_result')
    return done(spec, types, f'STI partner notification ({key}) index + partners')


# ---------------------------------------------------------------- 8. STI positive-results CSV export
def sti_lab_roster(ctx, i, lang):
    spec, s, r = envelope(ctx, 'cdp', 'dsp', lang, functional_to=True)
    rows = [['no_dossier', 'nom', 'prenom', 'ddn', 'nam', 'sexe', 'analyse', 'site', 'resultat', 'date_prelev', 'traite']
            if lang == 'fr' else ['chart', 'last', 'first', 'dob', 'ramq', 'sex', 'test', 'site', 'result', 'collected', 'treated']]
    for k in range(ctx.rng.randint(4, 7)):
        p = ctx.holder(min_age=16, max_age=45) if k % 2 == 0 else ctx.patient(16, 45)
        test = ctx.pick(['CT TAAN', 'NG TAAN', 'CT/NG TAAN', 'Syphilis EIA', 'VIH Ag/Ac'])
        res = 'POSITIF' if 'VIH' not in test else 'réactif – confirmation en cours'
        site = 'sang' if ('VIH' in test or 'Syphilis' in test) else ctx.pick(['urine', 'gorge', 'rectum', 'col' if p.sex == 'F' else 'urètre'])
        rows.append([p.mrn, p.surname, p.given, p.dob_iso(), p.nam or '', p.sex, test,
                     site, res if lang == 'fr' else res.replace('POSITIF', 'POSITIVE'),
                     ctx.day().isoformat(), ctx.pick(['oui', 'non', 'RDV donné'])])
    enc = ctx.pick(['cp1252', 'utf-8'])
    csvb = make_csv(rows, delimiter=ctx.pick([';', ',']), encoding=enc, bom=(enc == 'utf-8' and ctx.chance(0.5)))
    fname = ctx.pick(['export_resultats_positifs.csv', f'positifs_{spec["date"]:%Y-%m-%d}.csv', 'ITSS_a_traiter.csv'])
    if lang == 'fr':
        spec['subject'] = ctx.pick(['Export hebdo – résultats positifs', 'Résultats positifs de la semaine', 'Liste ITSS à traiter'])
        body = (f'{greet(ctx, lang)}\n\nVoici l’extraction hebdomadaire des résultats positifs de la clinique. Les lignes '
                '« non » n’ont pas encore été traitées, on relance cette semaine.\n\n' + closing(ctx, lang) + '\n' +
                signature(ctx, s, 'cdp', lang, short=True))
    else:
        spec['subject'] = 'Weekly export – positive results'
        body = f'{greet(ctx, lang)}\n\nWeekly positive results export attached.\n\n' + signature(ctx, s, 'cdp', lang, short=True)
    spec.update(text=body, atts=[Att(fname, 'text/csv', csvb, charset='windows-1252' if enc == 'cp1252' else 'utf-8')])
    return done(spec, ['patient_name', 'ramq_nam', 'mrn', 'date_of_birth', 'lab_result', 'diagnosis'],
                'CSV export of positive STI results')


# ---------------------------------------------------------------- 9. prenatal syphilis
def syphilis_prenatal(ctx, i, lang):
    p = ctx.holder(min_age=18, max_age=42, sex='F') if i != 1 else ctx.patient(18, 40, sex='F')
    spec, s, r = envelope(ctx, 'dsp', ctx.pick(['hosp', 'gmf', 'hosp2']), lang)
    ga = ctx.rng.randint(12, 30)
    types = ['patient_name', 'diagnosis', 'lab_result', 'medication']
    who = name_form(ctx, p, lang, ['titled', 'full', 'initials'])
    if lang == 'fr':
        spec['subject'] = ctx.pick(['Syphilis en grossesse – suivi urgent', 'Patiente enceinte – RPR positif', 'Suivi syphilis prénatale'])
        body = (f'{greet(ctx, lang, r)}\n\nJe fais suite à notre appel concernant {who}, enceinte de {ga} semaines. '
                f'Dépistage prénatal : EIA réactif, RPR 1:{ctx.pick([8, 16, 32, 64])}, TPPA réactif.\n\n')
        if p.nam:
            body += f'NAM : {fmt_nam(p.nam, ctx.pick([0, 1, 4]))} — DDN {p.dob_iso()}\n\n'
            types += ['ramq_nam', 'date_of_birth']
        body += ('Elle a reçu la première dose de pénicilline G benzathine 2,4 M UI IM hier; deux autres doses sont prévues à une '
                 'semaine d’intervalle. Elle est allergique à l’amoxicilline (rash) — pas d’anaphylaxie documentée. '
                 'Le conjoint n’a pas encore été testé.\n\nPouvez-vous aviser la pédiatrie pour le suivi du nouveau-né ?\n\n'
                 + closing(ctx, lang) + '\n\n' + signature(ctx, s, 'dsp', lang, role='Médecin-conseil en santé publique'))
    else:
        spec['subject'] = 'Syphilis in pregnancy – urgent follow-up'
        body = (f'{greet(ctx, lang, r)}\n\nFollowing our call about {who}, {ga} weeks pregnant: prenatal screen EIA reactive, '
                f'RPR 1:{ctx.pick([8, 16, 32])}, TPPA reactive.\n\n')
        if p.nam:
            body += f'RAMQ: {fmt_nam(p.nam, 0)}, DOB {p.dob_iso()}\n\n'
            types += ['ramq_nam', 'date_of_birth']
        body += ('First dose of benzathine penicillin G 2.4 MU IM given yesterday; two more weekly doses planned. '
                 'Partner not yet tested.\n\n' + closing(ctx, lang) + '\n\n' + signature(ctx, s, 'dsp', lang))
    spec['text'] = body
    return done(spec, types, 'prenatal syphilis follow-up')


# ---------------------------------------------------------------- 10. hepatitis C follow-up
def hep_c_followup(ctx, i, lang):
    p = ctx.holder(min_age=25, max_age=70) if i != 2 else ctx.patient(25, 65)
    src = ctx.pick(['cdp', 'scs'])
    spec, s, r = envelope(ctx, src, ctx.pick(['hosp', 'hosp2']) if lang == 'fr' else 'en_hosp', lang)
    vl = f'{ctx.rng.randint(1, 9)},{ctx.rng.randint(1, 9)} x 10^{ctx.rng.randint(5, 6)} UI/mL'
    types = ['patient_name', 'diagnosis', 'lab_result', 'patient_contact', 'social_information']
    if lang == 'fr':
        spec['subject'] = ctx.pick(['Référence hépatologie – VHC', 'Demande de consultation : hépatite C chronique', 'Réf. traitement VHC'])
        body = (f'{greet(ctx, lang, r)}\n\nJe vous réfère {p.titled()}, {p.age()} ans, pour traitement d’une hépatite C chronique '
                f'(anti-VHC positif, ARN VHC détectable {vl}, génotype {ctx.pick(["1a", "3", "2"])}). '
                'Consommation de drogues par injection active, suivi au site de consommation supervisée; '
                'aucune adresse fixe, dort au refuge la plupart des nuits.\n\n')
        if p.nam:
            body += f'NAM : {fmt_nam(p.nam, ctx.pick([0, 3, 5]))}\n'
            types.append('ramq_nam')
        body += (f'Le meilleur moyen de {"la" if p.sex == "F" else "le"} joindre : laisser un message au {p.phone} (cellulaire d’une amie) ou passer par notre '
                 'intervenant.\n\n' + closing(ctx, lang) + '\n\n' + signature(ctx, s, src, lang, role='Infirmière de proximité'))
    else:
        spec['subject'] = 'Referral – chronic hepatitis C treatment'
        body = (f'{greet(ctx, lang, r)}\n\nReferring {p.titled("en")}, age {p.age()}, for hepatitis C treatment (HCV RNA detectable, '
                f'{vl.replace(",", ".").replace("UI", "IU")}). Currently injecting, no fixed address (shelter).\n\n')
        if p.nam:
            body += f'RAMQ: {fmt_nam(p.nam, 0)}\n'
            types.append('ramq_nam')
        body += f'Best contact: {p.phone} (friend\'s cell).\n\n' + closing(ctx, lang) + '\n\n' + signature(ctx, s, src, lang)
    spec['text'] = body
    return done(spec, types, 'hepatitis C referral with housing/drug-use context')


POS_A = [
    ('mado_declaration', mado_declaration, 'fffe'),
    ('lab_followup', lab_followup, 'fef'),
    ('tb_contact_list', tb_contact_list, 'ffe'),
    ('tb_dot_invite', tb_dot_ics, 'fef'),
    ('tb_discharge', tb_discharge, 'fef'),
    ('tb_income_support', tb_isolation_support, 'ffe'),
    ('sti_partner_notif', sti_partner_notif, 'ffe'),
    ('sti_results_csv', sti_lab_roster, 'ffe'),
    ('prenatal_syphilis', syphilis_prenatal, 'fef'),
    ('hepc_referral', hep_c_followup, 'ffe'),
]
