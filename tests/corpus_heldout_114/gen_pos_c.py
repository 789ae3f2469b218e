"""Positive templates, part C: organ donation, calendar, vCard, exports, bundles, youth protection."""
import datetime as dt

from gen_attach import make_csv, make_docx, make_ics, make_pdf, make_vcf, make_xlsx, make_zip
from gen_common import (ORG, S, cap1, case_no, closing, fmt_date, fmt_mrn, fmt_nam, fmt_name, greeting, gz, pr, signature,
                        staff_info, staff_pair)
from gen_mime import build
from gen_pos_a import victim, pick_cause, cause_txt, circ_txt, tox_rows
from gen_vocab import CAUSES, DONOR_DX, HISTORY, MEDS, SOCIAL, med_en

XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'


def _labs(c, lang):
    fr = lang == 'fr'
    return [(f'Créatinine' if fr else 'Creatinine', f'{c.randint(58, 190)} µmol/L'),
            ('ALT', f'{c.randint(18, 240)} U/L'), ('Na', f'{c.randint(138, 158)} mmol/L'),
            ('Lactate', f'{c.randint(9, 48) / 10:.1f} mmol/L'.replace('.', ',') if fr else f'{c.randint(9, 48) / 10:.1f} mmol/L'),
            ('PaO2/FiO2', f'{c.randint(180, 480)}')]


# ------------------------------------------------------------------ 23. donor referral
def donor_referral(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    md = staff_info(c, c.choice(['icu_md', 'icu_md2', 'nurse']), lang)
    co = staff_info(c, c.choice(['don_coord', 'don_coord2']), lang)
    use_nam = c.chance(0.5)
    p = victim(c, use_nam, ref, 5, 75)
    dx = c.choice(DONOR_DX)
    hosp = md['org']
    T = {'patient_name', 'diagnosis', 'lab_result', 'mrn'}
    ident = [f'{"Patient(e)" if fr else "Patient"} : {fmt_name(p, lang, c.rng, c.choice(["upper", "full", "last_first"]))}, '
             f'{p.age_at(ref)} {"ans" if fr else "y.o."}, {p.sex}', fmt_mrn(p, hosp, c.rng, lang)]
    if use_nam:
        T.add('ramq_nam')
        ident.append(f'NAM : {fmt_nam(p.nam, c.rng)}')
    if c.chance(0.5):
        T.add('date_of_birth')
        ident.append(f'{"DDN" if fr else "DOB"} : {fmt_date(p.dob, lang, rng=c.rng)}')
    labs = '\n'.join(f'  {a} {v}' for a, v in _labs(c, lang))
    bed = f'{c.choice(["USI", "SI"]) if fr else "ICU"} {c.randint(1, 24)}'
    if fr:
        subj = c.choice(['Référence — donneur potentiel', f'Donneur potentiel {bed}', f'Appel Don-Vie — {ORG[hosp]["mrn"]}'])
        body = [greeting(c, lang), f'Nous vous référons un(e) donneur(se) potentiel(le) hospitalisé(e) au lit {bed} :'.replace(
                    'un(e) donneur(se) potentiel(le) hospitalisé(e)', 'une donneuse potentielle hospitalisée' if p.sex == 'F' else 'un donneur potentiel hospitalisé'),
                '\n'.join(ident),
                f'Diagnostic : {dx[0]}. GCS 3, réflexes du tronc absents sauf toux faible. Premier examen de DDN prévu à 14 h. Noradrénaline 0,08 µg/kg/min.',
                'Derniers résultats :\n' + labs,
                c.choice(['La famille est au chevet; rencontre prévue avec l\'intensiviste en fin de journée.',
                          'La conjointe a mentionné que le patient avait signé sa carte de don.'.replace('le patient', 'la patiente' if p.sex == 'F' else 'le patient'),
                          'Cas de coroner : décès d\'origine traumatique, le coroner n\'a pas encore été avisé.']),
                closing(c, lang), signature(c, md, lang)]
    else:
        subj = c.choice(['Referral — potential donor', f'Potential donor {bed}', f'Don-Vie referral — {ORG[hosp]["mrn"]}'])
        body = [greeting(c, lang), f'Referring a potential donor in {bed}:', '\n'.join(ident),
                f'Diagnosis: {dx[1]}. GCS 3, brainstem reflexes absent except weak cough. First neurological determination of death planned at 2 p.m. Norepinephrine 0.08 mcg/kg/min.',
                'Latest labs:\n' + labs,
                c.choice(['Family is at the bedside; meeting with the intensivist later today.', 'Partner says the patient signed a donor card.',
                          'Coroner case (trauma); coroner not yet notified.']),
                closing(c, lang), signature(c, md, lang)]
    return S(lang, 'donor_referral', T, 'ICU refers a named potential organ donor with labs', md, [co], subj,
             '\n\n'.join(x for x in body if x), date=d)


# ------------------------------------------------------------------ 24. donor serology
def donor_serology(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    co = staff_info(c, c.choice(['don_coord', 'don_coord2']), lang)
    to = staff_info(c, c.choice(['icu_md', 'icu_md2']), lang)
    p = c.person(min_age=18, max_age=70, ref=ref)
    hosp = to['org']
    T = {'lab_result', 'mrn'}
    dn = f'DV-{ref.year}-{c.randint(100, 999)}'
    anti_hbc = c.choice(['positif', 'négatif']) if fr else c.choice(['positive', 'negative'])
    rows = [('VIH 1/2 Ag/Ac' if fr else 'HIV 1/2 Ag/Ab', 'non réactif' if fr else 'non-reactive'),
            ('HBsAg', 'non réactif' if fr else 'non-reactive'), ('Anti-HBc', anti_hbc),
            ('VHC TAN' if fr else 'HCV NAT', 'négatif' if fr else 'negative'), ('CMV IgG', c.choice(['positif', 'négatif'] if fr else ['positive', 'negative'])),
            ('EBV IgG', 'positif' if fr else 'positive'), ('Syphilis (TP)', 'non réactif' if fr else 'non-reactive'),
            ('ABO/Rh', c.choice(['O+', 'A+', 'B-', 'AB+', 'O-'])), ('HLA', f'A{c.randint(1, 33)},{c.randint(1, 68)} B{c.randint(7, 58)},{c.randint(7, 58)} DR{c.randint(1, 17)},{c.randint(1, 17)}')]
    named = c.chance(0.6)
    if named:
        T.add('patient_name')
    hdr = [f'{"Donneur" if fr else "Donor"} {dn}', fmt_mrn(p, hosp, c.rng, lang)]
    if named:
        hdr.append(f'{"Nom" if fr else "Name"}: {p.surname.upper()}, {p.given}')
    mode = c.choice(['text', 'pdf', 'xlsx'])
    atts = []
    if mode == 'text':
        text = '\n\n'.join([greeting(c, lang, to['p'].given), ('Sérologies reçues :' if fr else 'Serologies back:'), '\n'.join(hdr),
                            '\n'.join(f'  {a}: {v}' for a, v in rows), closing(c, lang), signature(c, co, lang)])
    elif mode == 'pdf':
        text = '\n\n'.join([greeting(c, lang, to['p'].given), (f'Résultats du donneur {dn} en pièce jointe.' if fr else f'Donor {dn} results attached.'),
                            closing(c, lang), signature(c, co, lang)])
        atts.append(dict(name=f'serologies_{dn}.pdf', ctype='application/pdf',
                         data=make_pdf('SÉROLOGIES DU DONNEUR' if fr else 'DONOR SEROLOGY', hdr + [''] + [f'{a}: {v}' for a, v in rows],
                                       header=ORG['don'][lang])))
    else:
        text = '\n\n'.join([greeting(c, lang, to['p'].given), (f'Voir le fichier pour le donneur {dn}.' if fr else f'See file for donor {dn}.'),
                            signature(c, co, lang)])
        sheet = [['Champ' if fr else 'Field', 'Valeur' if fr else 'Value']] + [[h.split(':')[0] if ':' in h else h, h.split(':', 1)[1].strip() if ':' in h else ''] for h in hdr] + [list(r) for r in rows]
        atts.append(dict(name=f'{dn}_labs.xlsx', ctype=XLSX, data=make_xlsx([('Donneur' if fr else 'Donor', sheet)])))
    subj = c.choice([f'Sérologies {dn}', f'{dn} — résultats', 'Résultats sérologiques donneur'] if fr else [f'Serologies {dn}', f'{dn} — results'])
    return S(lang, 'donor_serology', T, f'donor serology/HLA with chart number ({mode})', co, [to], subj, text, atts=atts, date=d)


# ------------------------------------------------------------------ 25. recipient offer
def recipient_offer(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    co = staff_info(c, 'don_coord2', lang)
    surg = staff_info(c, 'icu_md2', lang)
    p = c.person(min_age=25, max_age=70, ref=ref)
    organ = c.choice([('rein', 'kidney', 'insuffisance rénale terminale sur hémodialyse', 'end-stage renal disease on haemodialysis'),
                      ('foie', 'liver', 'cirrhose à NASH, MELD 31', 'NASH cirrhosis, MELD 31'),
                      ('cœur', 'heart', 'cardiomyopathie dilatée, DAV en place', 'dilated cardiomyopathy with LVAD')])
    T = {'patient_name', 'diagnosis', 'lab_result', 'mrn'}
    pra = c.randint(20, 98)
    if fr:
        subj = c.choice([f'Offre {organ[0]} — receveur(se) prioritaire', 'Offre d\'organe — appariement'])
        body = [greeting(c, lang, surg['p'].given),
                f'Offre de {organ[0]} pour {fmt_name(p, lang, c.rng, c.choice(["title", "full", "upper"]))} ({fmt_mrn(p, "sbgh", c.rng, lang)}), {p.age_at(ref)} ans, {organ[2]}.',
                f'Crossmatch virtuel négatif, PRA {pra} %. Groupe compatible. Ischémie froide prévue ~6 h.',
                'Merci de confirmer l\'acceptation d\'ici 30 minutes; la salle est réservée pour 23 h.', signature(c, co, lang)]
    else:
        subj = c.choice([f'{organ[1].title()} offer — priority recipient', 'Organ offer — match'])
        body = [greeting(c, lang, surg['p'].given),
                f'{organ[1].title()} offer for {fmt_name(p, lang, c.rng, c.choice(["title", "full", "upper"]))} ({fmt_mrn(p, "sbgh", c.rng, lang)}), {p.age_at(ref)}, {organ[3]}.',
                f'Virtual crossmatch negative, cPRA {pra}%. ABO compatible. Expected cold ischaemia ~6 h.',
                'Please confirm acceptance within 30 minutes; OR booked for 11 p.m.', signature(c, co, lang)]
    return S(lang, 'recipient_offer', T, 'organ offer naming the waitlisted recipient', co, [surg], subj,
             '\n\n'.join(x for x in body if x), date=d)


# ------------------------------------------------------------------ 26. coroner authorisation for donation
def coroner_donation(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    co = staff_info(c, 'don_coord', lang)
    cor = ('Coroner de garde' if fr else 'On-call coroner', f'garde@{ORG["coroner"]["dom"]}')
    use_nam = c.chance(0.6)
    p = victim(c, use_nam, ref, 16, 65)
    key = c.choice(['mvc', 'hanging', 'opioid', 'fall']) if p.age_at(ref) >= 50 else c.choice(['mvc', 'hanging', 'opioid'])
    T = {'patient_name', 'diagnosis'}
    ident = fmt_name(p, lang, c.rng, c.choice(['full', 'upper', 'title']))
    if use_nam:
        T.add('ramq_nam')
        ident += f' (NAM {fmt_nam(p.nam, c.rng)})'
    if c.chance(0.5):
        T.add('date_of_birth')
        ident += f', {"DDN" if fr else "DOB"} {fmt_date(p.dob, lang, rng=c.rng)}'
    reply = c.chance(0.5)
    cor_name = c.staff('coroner').full()
    if fr:
        subj = ('RE: ' if reply else '') + c.choice(['Autorisation du coroner — prélèvement d\'organes', 'Demande d\'autorisation, donneur cas de coroner'])
        body = [greeting(c, lang),
                f'Nous avons un donneur potentiel dont le décès relève du coroner : {ident}, {circ_txt(key, p, lang).rstrip(".").lower()}. Décès neurologique constaté à {d.strftime("%H h %M")}.',
                f'La famille consent au don des reins, du foie et des cornées. Le pathologiste demande que le cou et le thorax soient documentés avant le prélèvement. Pouvez-vous autoriser le prélèvement et préciser vos exigences (photos, échantillons sanguins pré-transfusion)?',
                closing(c, lang), signature(c, co, lang)]
        if reply:
            body.insert(0, f'Parfait, merci. Le prélèvement débutera vers minuit; les échantillons de sang pré-transfusion seront remis au LML.\n')
            body.append(f'-----Message d\'origine-----\nDe : {cor_name}\nObjet : Autorisation\n\n> Autorisé, à condition de conserver les échantillons pré-transfusion. '
                        f'> Dossier {case_no(c)} — {p.surname.upper()}.')
    else:
        subj = ('RE: ' if reply else '') + c.choice(['Coroner authorization — organ recovery', 'Authorization request, coroner case donor'])
        body = [greeting(c, lang),
                f'We have a potential donor under coroner jurisdiction: {ident}, {circ_txt(key, p, lang).rstrip(".").lower()}. Death by neurological criteria declared at {d.strftime("%H:%M")}.',
                'The family consents to kidney, liver and cornea donation. Can you authorise recovery and specify requirements (photos, pre-transfusion blood)?',
                closing(c, lang), signature(c, co, lang)]
        if reply:
            body.append(f'-----Original Message-----\nFrom: {cor_name}\nSubject: Authorization\n\n> Authorised; keep pre-transfusion samples. File {case_no(c)} — {p.surname.upper()}.')
    return S(lang, 'coroner_donation_authorisation', T, 'donation coordinator asks coroner authorisation for named donor', co, [cor],
             subj, '\n\n'.join(x for x in body if x), reply=reply, date=d)


# ------------------------------------------------------------------ 27. calendar invitation
def ics_invite(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    org, att = staff_pair(c, ['manager', 'don_coord', 'pathologist', 'coroner_sec'], ['pathologist', 'resident', 'lml_tech', 'social', 'icu_md'], lang)
    p = c.person(min_age=18, max_age=88, ref=ref)
    kind = c.randint(0, 2)
    start = dt.datetime.combine(ref + dt.timedelta(days=c.randint(1, 6)), dt.time(c.choice([8, 9, 10, 13, 14]), c.choice([0, 30])))
    end = start + dt.timedelta(hours=c.choice([1, 2, 3]))
    T = {'patient_name'}
    if kind == 0:
        key = pick_cause(c, p, ref)
        T.add('diagnosis')
        summary = (f'Autopsie {p.surname.upper()} {p.given} — {cause_txt(key, lang).split(" — ")[0]}' if fr else
                   f'PM {p.surname.upper()} {p.given} — {cause_txt(key, lang).split(" — ")[0]}')
        loc = 'Salle d\'autopsie 1' if fr else 'Autopsy suite 1'
        desc = (f'Dossier {case_no(c)}. Radiographies complètes avant. Enquêteur présent.' if fr else
                f'File {case_no(c)}. Full skeletal survey first. Investigator attending.')
    elif kind == 1:
        dx = c.choice(DONOR_DX)
        T |= {'diagnosis', 'mrn'}
        summary = (f'Rencontre famille — don d\'organes — {p.full()}' if fr else f'Family meeting — organ donation — {p.full()}')
        loc = f'Salle des familles, USI ({ORG["hsa"]["fr"]})' if fr else 'ICU family room'
        desc = (f'{fmt_mrn(p, "hsa", c.rng, lang)}. {dx[0]}. Présents : intensiviste, coordonnatrice, travailleuse sociale.' if fr else
                f'{fmt_mrn(p, "hsa", c.rng, lang)}. {dx[1]}. Attending: intensivist, coordinator, social worker.')
    else:
        T |= {'diagnosis', 'social_information'}
        summary = (f'Rencontre famille {p.surname} — résultats d\'autopsie' if fr else f'{p.surname} family — autopsy results meeting')
        loc = 'Bureau du coroner, salle B' if fr else "Coroner's office, room B"
        key = pick_cause(c, p, ref)
        desc = (f'Expliquer conclusion : {cause_txt(key, lang)}. Famille en contexte de violence conjugale — prévoir intervenante CAVAC.' if fr else
                f'Explain finding: {cause_txt(key, lang)}. Family context of intimate partner violence — arrange victim support worker.')
    ics = make_ics(f'{c.rng.getrandbits(64):016x}@{ORG["lml"]["dom"]}', summary, start, end, loc, desc,
                   organizer=(org['p'].full(), org['addr']), attendees=[(att['p'].full(), att['addr'])])
    text = (f'{summary}\n{fmt_date(start.date(), lang, "long")} {start.strftime("%H:%M")}-{end.strftime("%H:%M")}\n{loc}' if c.chance(0.5)
            else ('Invitation envoyée depuis le calendrier.' if fr else 'Invitation sent from calendar.'))
    subj = ('Invitation : ' if fr else 'Invitation: ') + (summary if c.chance(0.6) else (f'Rencontre {start.strftime("%d/%m")}' if fr else f'Meeting {start.strftime("%m/%d")}'))
    return S(lang, 'calendar_invite', T, 'calendar invitation naming decedent/donor with clinical detail', org, [att], subj, text,
             atts=[dict(name='invite.ics', ctype='text/calendar', data=ics, method='REQUEST')], date=d)


# ------------------------------------------------------------------ 28. vCard
def vcard_victim(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    nurse = staff_info(c, c.choice(['sane', 'social']), lang)
    cav = ('Centre d\'aide aux victimes' if fr else 'Victim Support Centre', f'accueil@{ORG["cavac"]["dom"]}')
    p = c.person(sex=c.choice('FFM'), min_age=18, max_age=70, ref=ref)
    T = {'patient_name', 'patient_contact', 'social_information'}
    note = (f'Référée après examen médico-légal ({fmt_date(ref, "fr", "iso")}). Violence conjugale; ne pas laisser de message vocal.' if fr else
            f'Referred after forensic exam ({fmt_date(ref, "en", "iso")}). Intimate partner violence; do not leave voicemail.')
    bday = None
    if c.chance(0.4):
        T.add('date_of_birth')
        bday = p.dob.isoformat()
    vcf = make_vcf(p.given, p.surname, tel=[('CELL', p.phone)], adr=p.address, note=note, bday=bday,
                   version=c.choice(['3.0', '4.0']))
    if fr:
        subj = c.choice(['Référence — coordonnées (avec consentement)', 'Nouvelle référence', 'Coordonnées pour suivi'])
        text = '\n\n'.join([greeting(c, lang), 'Avec son consentement verbal, voici les coordonnées de la personne vue cette nuit. Elle souhaite être rappelée demain en avant-midi.'.replace(
            'Elle souhaite', 'Elle souhaite' if p.sex == 'F' else 'Il souhaite'), closing(c, lang), signature(c, nurse, lang)])
    else:
        subj = c.choice(['Referral — contact details (with consent)', 'New referral'])
        text = '\n\n'.join([greeting(c, lang), f'With {pr(p, "en")["his"]} verbal consent, here are the contact details of the person seen overnight. Please call back tomorrow morning.',
                            closing(c, lang), signature(c, nurse, lang)])
    fname = c.choice([f'{p.given} {p.surname}.vcf', f'{p.surname}.vcf', 'contact.vcf'])
    if fname == 'contact.vcf':
        pass
    return S(lang, 'vcard_victim', T, 'vCard of a violence victim with home address and note', nurse, [cav], subj, text,
             atts=[dict(name=fname, ctype='text/vcard', data=vcf)], date=d)


# ------------------------------------------------------------------ 29. CSV export
def csv_export(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    a, b = staff_pair(c, ['quality', 'coroner_sec', 'manager'], ['chief_coroner', 'research', 'director'], lang)
    n = c.randint(5, 9)
    header = ['dossier', 'nom', 'prenom', 'ddn', 'nam', 'date_deces', 'substances'] if fr else \
        ['file', 'last_name', 'first_name', 'dob', 'ramq', 'date_of_death', 'substances']
    rows = [header]
    for i in range(n):
        use = i < 2 or c.chance(0.4)
        p = victim(c, use, ref, 18, 75)
        subs = c.choice(['fentanyl; méthamphétamine', 'fentanyl; cocaïne; éthanol', 'hydromorphone', 'fentanyl; xylazine',
                         'oxycodone; clonazépam', 'cocaïne'])
        rows.append([case_no(c, ref.year), p.surname, p.given, p.dob.isoformat(), p.nam or '',
                     (ref - dt.timedelta(days=c.randint(5, 200))).isoformat(), subs if fr else subs.replace('é', 'e').replace('ï', 'i')])
    T = {'patient_name', 'date_of_birth', 'ramq_nam', 'lab_result'}
    csv = make_csv(rows, sep=c.choice([',', ';']), crlf=c.chance(0.5))
    if fr:
        subj = c.choice(['Extraction décès par surdose — T' + str((ref.month - 1) // 3 + 1), 'Export SIC — surdoses', 'Fichier demandé'])
        text = '\n\n'.join([greeting(c, lang, b['p'].given), 'Voici l\'extraction des décès liés aux drogues pour le trimestre, tel que demandé pour le comité. Attention : fichier nominatif, ne pas diffuser.',
                            closing(c, lang), signature(c, a, lang)])
    else:
        subj = c.choice(['Drug death extract — Q' + str((ref.month - 1) // 3 + 1), 'Case export — overdoses'])
        text = '\n\n'.join([greeting(c, lang, b['p'].given), 'Here is the quarterly drug-related death extract you asked for. Note: identified file, do not circulate.',
                            closing(c, lang), signature(c, a, lang)])
    return S(lang, 'csv_export', T, 'CSV extract of named overdose deaths with NAMs', a, [b], subj, text,
             atts=[dict(name=c.choice(['extraction_surdoses.csv', f'export_{ref.isoformat()}.csv']) if fr else f'overdose_extract_{ref.isoformat()}.csv',
                        ctype='text/csv', data=csv)], date=d)


# ------------------------------------------------------------------ 30. ZIP bundle
def zip_bundle(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    arch = staff_info(c, c.choice(['archives', 'archives2']), lang)
    cor = staff_info(c, 'coroner', lang)
    use_nam = c.chance(0.6)
    p = victim(c, use_nam, ref, 20)
    hosp = arch['org']
    hist = c.choice(HISTORY)
    meds = c.sample(MEDS, 3)
    T = {'patient_name', 'date_of_birth', 'diagnosis', 'medication', 'mrn'}
    summary = [f'{"Nom" if fr else "Name"}: {p.surname}, {p.given}', f'{"DDN" if fr else "DOB"}: {p.dob.isoformat()}',
               fmt_mrn(p, hosp, c.rng, lang, 'a')]
    if use_nam:
        T.add('ramq_nam')
        summary.append(f'NAM: {p.nam}')
    summary += ['', f'{"Diagnostic principal" if fr else "Principal diagnosis"}: {hist[0] if fr else hist[1]}',
                f'{"Médicaments au congé" if fr else "Discharge medications"}: ' + '; '.join(f'{m[0]} {m[1]}' if fr else f'{med_en(m[0])} {m[2]}' for m in meds)]
    pdf = make_pdf('RÉSUMÉ DE DOSSIER' if fr else 'DISCHARGE SUMMARY', summary, header=ORG[hosp][lang])
    notes = make_docx('Notes d\'évolution' if fr else 'Progress notes',
                      [f'{p.surname.upper()} {p.given} — {fmt_mrn(p, hosp, c.rng, lang, "b")}',
                       (f'{fmt_date(ref - dt.timedelta(days=40), lang, "iso")} : Patient(e) vu(e) à l\'urgence pour idéations suicidaires; congé avec suivi CLSC.' if fr else
                        f'{fmt_date(ref - dt.timedelta(days=40), lang, "iso")}: Seen in ED for suicidal ideation; discharged with community follow-up.').replace('Patient(e) vu(e)', 'Patiente vue' if p.sex == 'F' else 'Patient vu'),
                       (f'{fmt_date(ref - dt.timedelta(days=12), lang, "iso")} : Appel de la pharmacie — renouvellement de {meds[0][0]} devancé.' if fr else
                        f'{fmt_date(ref - dt.timedelta(days=12), lang, "iso")}: Pharmacy call — early refill of {med_en(meds[0][0])}.')])
    members = [(f'{p.surname}_resume.pdf' if fr else f'{p.surname}_summary.pdf', pdf),
               ('notes_evolution.docx' if fr else 'progress_notes.docx', notes),
               ('LISEZMOI.txt' if fr else 'README.txt', ('Copie conforme transmise au coroner.\n' if fr else 'Certified copy for the coroner.\n').encode('utf-8'))]
    if c.chance(0.5):
        labs = make_xlsx([('Labo' if fr else 'Labs', [['Date', 'Test', 'Résultat' if fr else 'Result'],
                                                      [(ref - dt.timedelta(days=40)).isoformat(), 'Éthanol' if fr else 'Ethanol', '38 mmol/L'],
                                                      [(ref - dt.timedelta(days=40)).isoformat(), 'TSH', '2,1 mUI/L' if fr else '2.1 mIU/L']])])
        members.append(('laboratoire.xlsx' if fr else 'labs.xlsx', labs))
        T.add('lab_result')
    z = make_zip(members)
    cn = case_no(c)
    subj = c.choice([f'Envoi du dossier — {cn}', f'Dossier demandé {cn}'] if fr else [f'Records — file {cn}', f'Requested chart {cn}'])
    text = '\n\n'.join([greeting(c, lang, cor['p'].given if c.chance(0.5) else None),
                        (f'Tel que demandé, voici la copie du dossier (archive protégée; mot de passe transmis par téléphone).' if fr else
                         'As requested, here is the chart copy (password sent by phone).') if c.chance(0.5) else
                        ('Ci-joint le dossier demandé.' if fr else 'Attached is the requested chart.'),
                        closing(c, lang), signature(c, arch, lang)])
    return S(lang, 'zip_records_bundle', T, 'ZIP of chart documents (PDF/DOCX/XLSX) for the coroner', arch, [cor], subj, text,
             atts=[dict(name=f'dossier_{cn.replace("/", "-")}.zip' if fr else f'records_{cn.replace("/", "-")}.zip', ctype='application/zip', data=z)], date=d)


# ------------------------------------------------------------------ 31. DOCX draft report
def docx_report(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    cor = staff_info(c, 'coroner', lang)
    to = staff_info(c, 'chief_coroner', lang)
    use_nam = c.chance(0.7)
    p = victim(c, use_nam, ref, 18)
    key = pick_cause(c, p, ref)
    T = {'patient_name', 'date_of_birth', 'diagnosis'}
    soc = c.choice(SOCIAL)
    paras = [f'{"Identification" if fr else "Identification"}: {p.full()}, {pr(p, "fr")["ne"] if fr else "born"} {fmt_date(p.dob, lang, "long")}']
    if use_nam:
        T.add('ramq_nam')
        paras.append(f'NAM : {fmt_nam(p.nam, c.rng, "space")}')
    if c.chance(0.5):
        T.add('patient_contact')
        paras.append(f'{"Domicile" if fr else "Residence"}: {p.address}')
    paras += ['##' + ('Circonstances' if fr else 'Circumstances'), circ_txt(key, p, lang)]
    if c.chance(0.6):
        T.add('social_information')
        paras.append(cap1(gz(soc[0], p)) + '.' if fr else cap1(soc[1]) + '.')
    paras += ['##' + ('Cause du décès' if fr else 'Cause of death'), cap1(cause_txt(key, lang)) + '.',
              '##' + ('Recommandations' if fr else 'Recommendations'),
              ('Je recommande au CISSS de revoir le protocole de suivi post-urgence des personnes à risque.' if fr else
               'I recommend that the health authority review follow-up after ED discharge for at-risk persons.')]
    docx = make_docx('Rapport d\'investigation du coroner — PROJET' if fr else 'Coroner investigation report — DRAFT', paras,
                     author=cor['p'].full(), header_text=f'{ORG["coroner"][lang]} — {case_no(c)}')
    subj = c.choice(['Projet de rapport pour révision', 'Rapport à réviser'] if fr else ['Draft report for review', 'Report for peer review'])
    text = '\n\n'.join([greeting(c, lang, to['p'].given), ('Voici mon projet de rapport; tes commentaires sont les bienvenus avant la signature.' if fr else
                                                          'Here is my draft; comments welcome before I sign.'), closing(c, lang), signature(c, cor, lang, 2)])
    return S(lang, 'docx_draft_report', T, 'draft coroner report as DOCX', cor, [to], subj, text,
             atts=[dict(name=c.choice([f'Rapport_{p.surname}_projet.docx', 'projet_rapport.docx']) if fr else c.choice([f'Report_{p.surname}_draft.docx', 'draft.docx']),
                        ctype=DOCX, data=docx)], date=d)


# ------------------------------------------------------------------ 32. youth protection
def youth_protection(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    cor = staff_info(c, 'coroner', lang)
    dpj = staff_info(c, 'dpj_worker', lang)
    use_nam = c.chance(0.6)
    p = victim(c, use_nam, ref, 3, 15)
    key = c.choice(['drowning', 'co', 'asthma', 'fire'])
    T = {'patient_name', 'date_of_birth', 'social_information', 'diagnosis'}
    ident = f'{p.full()} ({pr(p, "fr")["ne"] if fr else "born"} {fmt_date(p.dob, lang, rng=c.rng)}'
    if use_nam:
        T.add('ramq_nam')
        ident += f', NAM {fmt_nam(p.nam, c.rng)}'
    ident += ')'
    if fr:
        subj = c.choice(['Décès d\'un enfant connu de vos services', 'Demande — dossier DPJ', 'Investigation — enfant suivi'])
        body = [greeting(c, lang, dpj['p'].given),
                f'Je procède à une investigation sur le décès de {ident}, survenu le {fmt_date(ref - dt.timedelta(days=c.randint(3, 20)), lang, "long")} : {cause_txt(key, lang)}.',
                f'Je comprends que l\'enfant faisait l\'objet d\'un signalement retenu en {c.choice([2023, 2024])} pour négligence et que des mesures volontaires étaient en cours avec la mère.',
                'Je vous demande de me transmettre le résumé des interventions et la date du dernier contact. Une rencontre téléphonique pourrait être utile cette semaine.',
                closing(c, lang), signature(c, cor, lang)]
    else:
        subj = c.choice(['Death of a child known to your services', 'Request — youth protection file'])
        body = [greeting(c, lang, dpj['p'].given),
                f'I am investigating the death of {ident}, on {fmt_date(ref - dt.timedelta(days=c.randint(3, 20)), lang, "long")}: {cause_txt(key, lang)}.',
                f'I understand a report for neglect was retained in {c.choice([2023, 2024])} and voluntary measures were in place with the mother.',
                'Please send a summary of interventions and the date of last contact.', closing(c, lang), signature(c, cor, lang)]
    return S(lang, 'youth_protection', T, 'child death with youth-protection history', cor, [dpj], subj,
             '\n\n'.join(x for x in body if x), date=d)


TEMPLATES = [
    (donor_referral, 4), (donor_serology, 3), (recipient_offer, 2), (coroner_donation, 3), (ics_invite, 4),
    (vcard_victim, 3), (csv_export, 2), (zip_bundle, 2), (docx_report, 2), (youth_protection, 2),
]
