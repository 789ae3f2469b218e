"""Positive builders, part 2: calendar, vCard, forwards, subject/file-name leaks, documents."""
import datetime
import html as H

from gen_common import (INST, COMPANIES, staff, fmt_ohip, fmt_nam, fmt_nir, fmt_date, name_form, title, title_ok,
                        strip_accents)
from gen_mime import Mail, Attachment
from gen_text import (case, dx, med, lab, proc, svc, greet, closing, sig, disclaimer, day, dt, policy_no, case_no,
                      quote_block, fwd_block)
from gen_pos1 import who, T, XLSX, DOCX
import gen_attach as A


def _patient(w, rng, prefer=None):
    kind = prefer or rng.choice(['nam', 'on', 'on'])
    if kind == 'nam':
        return w.nam_holder(rng)
    return w.person(rng, rng.choice(['en', 'fr']), 'ON')


# 11 -----------------------------------------------------------------------------
def p_ics_followup(w, rng, lang):
    p = _patient(w, rng)
    c = case(rng, p=p, exclude=('psychosis',))
    hosp = rng.choice(['pcn', 'oecc', 'hro', 'ovgh', 'hpdh'])
    a, b = staff(rng, 2, kind='clin')
    d = day(rng)
    start = datetime.datetime(d.year, d.month, d.day, rng.randint(8, 15), rng.choice([0, 15, 30, 45]))
    end = start + datetime.timedelta(minutes=rng.choice([20, 30, 45, 60]))
    if lang == 'fr':
        summary = f'Suivi {p.surname} {p.given} – {dx(c, "fr")}'
        desc = f'Patient(e) de l\'Ontario, apporter la carte santé. Revoir {proc(c, "fr")}. Interprète anglais non requis.'
        loc = f'{INST[hosp]["fr"]}, clinique externe, salle {rng.randint(1, 12)}'
        subj = f'Invitation : {summary}'
        body = f"""{greet('fr', rng, b[0])}

Je t'envoie le rendez-vous de suivi pour que tu puisses bloquer la plage.

{sig(a, hosp, 'fr', rng, short=True)}"""
    else:
        summary = f'F/U {name_form(p, "en", rng.choice([0, 4, 7]))} - {dx(c, "en")}'
        desc = f'Post-discharge follow-up after {proc(c, "en")}. Out-of-province patient, confirm coverage at check-in.'
        loc = f'{INST[hosp]["en"]}, outpatient clinic room {rng.randint(1, 12)}'
        subj = rng.choice([f'Invitation: {summary}', 'Updated invitation', 'Clinic booking'])
        body = f"""{greet('en', rng, b[0])}

Booking below, please hold the slot.

{sig(a, hosp, 'en', rng, short=True)}"""
    cal = A.ics(f'{rng.getrandbits(64):016x}@{INST[hosp]["dom"]}', summary, start, end, loc, desc,
                (f'{a[0]} {a[1]}', who(a, hosp)[1]), [(f'{b[0]} {b[1]}', who(b, hosp)[1])])
    att = Attachment('invite.ics', text=cal, ctype='text/calendar', charset='utf-8', cte=rng.choice(['base64', '7bit', 'quoted-printable']))
    return Mail('ics_followup', lang, who(a, hosp), [who(b, hosp)], subj, body, attachments=[att],
                types=T('patient_name', 'diagnosis'), note='calendar invitation for patient follow-up')


# 12 -----------------------------------------------------------------------------
def p_vcard(w, rng, lang):
    p = _patient(w, rng, rng.choice(['nam', 'on']))
    c = case(rng, p=p, exclude=('appy', 'radius'))
    hosp = rng.choice(['pcn', 'oecc', 'cst', 'tshc'])
    a, b = staff(rng, 2, kind='clin')
    note = (f'Patient – {dx(c, "fr")}. Préfère l\'anglais. Rappeler après 17 h.' if lang == 'fr'
            else f'Patient - {dx(c, "en")}. Home care visits Tue/Thu. Call after 5 pm.')
    show_bday = rng.random() < 0.5
    card = A.vcard(f'{p.given} {p.surname}', f'{p.surname};{p.given};;;', tels=[('HOME', p.phone)],
                   emails=[p.email], adr=('', p.street, p.city, p.prov, p.postal, 'Canada'), note=note,
                   bday=p.dob.isoformat() if show_bday else None)
    fn = strip_accents(f'{p.given} {p.surname}.vcf') if rng.random() < 0.5 else f'{p.given} {p.surname}.vcf'
    if lang == 'fr':
        subj, body = 'Coordonnées – suivi à domicile', f"""{greet('fr', rng, b[0])}

Voici la fiche contact pour la visite de la semaine prochaine.

{sig(a, hosp, 'fr', rng)}"""
    else:
        subj, body = rng.choice(['Contact card for home visit', 'contact', 'Client contact info']), f"""{greet('en', rng, b[0])}

Contact card for next week's home visit attached.

{sig(a, hosp, 'en', rng)}"""
    return Mail('vcard_patient', lang, who(a, hosp), [who(b, hosp)], subj, body,
                attachments=[Attachment(fn, text=card, ctype='text/vcard', charset='utf-8')],
                types=T('patient_name', 'patient_contact', 'diagnosis', 'date_of_birth' if show_bday else None), note='patient vCard with home contact and condition')


# 13 -----------------------------------------------------------------------------
def p_patient_fwd(w, rng, lang):
    """A patient's or relative's own message forwarded by a clerk."""
    p = w.person(rng, rng.choice(['en', 'fr']), 'ON', age=(45, 90))
    rel = w.person(rng, 'en', 'ON', age=(40, 85))
    c = case(rng, p=p, exclude=('preeclampsia', 'psychosis'))
    hosp = rng.choice(['hro', 'hpe', 'cst', 'chaf'])
    a, b = staff(rng, 2, kind='clerk')
    when = dt(rng)
    hcn = fmt_ohip(p.ohip, p.ohip_vc, rng.randint(0, 6))
    if lang == 'fr':
        orig = f"""Bonjour,

{'Ma conjointe' if p.sex == 'F' else 'Mon conjoint'} {p.given} {p.surname} a été transporté{'e' if p.sex == 'F' else ''} à votre hôpital le week-end dernier pendant notre séjour au chalet. Diagnostic reçu : {dx(c, 'fr')}. Nous habitons en Ontario et nous avons reçu une facture. Sa carte santé de l'Ontario : {hcn}.

Est-ce qu'on doit payer et se faire rembourser par l'OHIP? Vous pouvez me joindre au {rel.phone}.

Merci
{rel.given} {rel.surname}"""
        subj = 'TR: facture urgence – patient de l\'Ontario'
        top = f"""{greet('fr', rng, b[0])}

Peux-tu répondre à cette dame? Je pense que c'est pour la partie médecins (hors entente).

{sig(a, hosp, 'fr', rng, short=True)}

"""
    else:
        orig = f"""Hello,

My {rng.choice(['wife', 'partner', 'mother']) if p.sex == 'F' else rng.choice(['husband', 'partner', 'father'])} {p.given} {p.surname} was taken to your hospital last weekend while we were at the cottage. {'She' if p.sex == 'F' else 'He'} was diagnosed with {dx(c, 'en')} and they started {'her' if p.sex == 'F' else 'him'} on {med(c, 'en').split(',')[0]}. We live in Ontario and just got a bill in the mail. {'Her' if p.sex == 'F' else 'His'} health card is {hcn}.

Do we pay this and claim it back from OHIP? You can reach me at {rel.phone} or this e-mail.

Thank you,
{rel.given} {rel.surname}"""
        subj = rng.choice(['FW: Bill for ER visit - Ontario resident', 'Fwd: question about invoice', 'FW: OHIP question'])
        top = f"""{greet('en', rng, b[0])}

Can you answer this one? I think it's the physician part (not covered by reciprocal billing).

{sig(a, hosp, 'en', rng, short=True)}

"""
    body = top + fwd_block(orig, (f'{rel.given} {rel.surname}', rel.email), ('Billing', f'facturation@{INST[hosp]["dom"]}'),
                           'Bill' if lang == 'en' else 'Facture', when, lang)
    return Mail('patient_fwd', lang, who(a, hosp), [who(b, hosp)], subj, body,
                types=T('patient_name', 'diagnosis', 'ca_health_number', 'patient_contact', 'medication' if lang == 'en' else None),
                note='relative\'s e-mail about Ontario patient forwarded internally')


# 14 -----------------------------------------------------------------------------
def p_subject_only(w, rng, lang):
    p = _patient(w, rng, rng.choice(['nam', 'on']))
    c = case(rng, p=p)
    hosp = rng.choice(list(INST))
    a, b = staff(rng, 2, kind='clin')
    nm = name_form(p, lang, rng.randint(0, 9))
    nam_subj = p.nam is not None and rng.random() < 0.5
    if nam_subj:
        nm = f'{nm} ({fmt_nam(p.nam, rng.randint(0, 5))})'
    if lang == 'fr':
        subj = rng.choice([f'Transfert {nm} – {dx(c, "fr")}', f'{nm} / {dx(c, "fr")} / lit demandé',
                           f'RE: {nm} — {proc(c, "fr")} demain?'])
        body = f"""{greet('fr', rng)}

Lit confirmé. Appelez-moi quand l'ambulance quitte.

{sig(a, hosp, 'fr', rng, short=True)}"""
    else:
        subj = rng.choice([f'Transfer {nm} - {dx(c, "en")}', f'{nm} ({dx(c, "en")}) - bed request',
                           f'RE: {nm} - {proc(c, "en")} tomorrow?', f'{nm} pt of Dr {b[1]} - {dx(c, "en")}'])
        body = rng.choice(['Bed is ready, call when they leave.', 'See subject. Ok on our end.', 'Done - booked.',
                           'Yes, accepted. Please fax the MAR.'])
        body = f"{body}\n\n{sig(a, hosp, 'en', rng, short=True)}"
    return Mail('subject_only', lang, who(a, hosp), [who(b, hosp)], subj, body,
                types=T('patient_name', 'diagnosis', 'ramq_nam' if nam_subj else None), note='identity and diagnosis only in Subject')


# 15 -----------------------------------------------------------------------------
def p_filename_only(w, rng, lang):
    p = _patient(w, rng, rng.choice(['nam', 'on', 'nam']))
    c = case(rng, p=p)
    hosp = rng.choice(list(INST))
    a, b = staff(rng, 2, kind='hosp')
    kind = rng.choice(['pdf', 'docx', 'nam'])
    key = c['k']
    if kind == 'nam' and p.nam:
        fn = f'{p.nam}_{key}_{rng.choice(["consult", "resume", "echo"])}.pdf'
        types = T('ramq_nam', 'diagnosis')
    else:
        base = rng.choice([f'{p.surname}_{p.given}_{key}', f'{p.surname.upper()} {p.given} - {dx(c, lang)}',
                           f'{p.given[0]}{p.surname}_{key}_{day(rng).isoformat()}'])
        fn = base + ('.pdf' if kind != 'docx' else '.docx')
        types = T('patient_name', 'diagnosis')
    if fn.endswith('.docx'):
        data = A.docx_file('Note', ['Document numérisé – voir original papier.' if lang == 'fr' else 'Scanned document - see paper original.'])
        ct = DOCX
    else:
        data = A.pdf('Scan', ['Page 1 / 1', '', '[image numérisée]' if lang == 'fr' else '[scanned image]'], compress=rng.random() < 0.5)
        ct = 'application/pdf'
    if lang == 'fr':
        subj = rng.choice(['Document numérisé', 'scan', 'Tel que discuté', 'Pièce jointe'])
        body = f"{greet('fr', rng)}\n\nVoir pièce jointe.\n\n{sig(a, hosp, 'fr', rng, short=True)}"
    else:
        subj = rng.choice(['Scanned document', 'scan', 'As discussed', 'Attachment'])
        body = f"{greet('en', rng)}\n\nSee attached.\n\n{sig(a, hosp, 'en', rng, short=True)}"
    return Mail('filename_only', lang, who(a, hosp), [who(b, hosp)], subj, body,
                attachments=[Attachment(fn, data, ct, fn_style=rng.choice([None, '2231', '2047', 'plain']))],
                types=types, note='identity and condition only in attachment file name')


# 16 -----------------------------------------------------------------------------
def p_quoted_reply(w, rng, lang):
    p = _patient(w, rng)
    c = case(rng, p=p)
    hosp = rng.choice(['hro', 'hpe', 'ovgh', 'hpdh', 'cst'])
    a, b = staff(rng, 2, kind='md')
    when = dt(rng)
    ident_nam = p.nam is not None and rng.random() < 0.6
    ident = ''
    if ident_nam:
        ident = f' (NAM {fmt_nam(p.nam, rng.randint(0, 5))})'
    elif p.ohip:
        ident = f' (HCN {fmt_ohip(p.ohip, p.ohip_vc, rng.randint(0, 6))})'
    if lang == 'fr':
        orig = f"""Bonjour {a[0]},

Pourrais-tu revoir {p.given} {p.surname}{ident} en clinique externe? {dx(c, 'fr')}, traité(e) par {med(c, 'fr')}. Les derniers résultats : {lab(c, 'fr')}.

Merci
{b[0]}"""
        top = rng.choice(['Oui, pas de problème. Je demande à l\'agente de le planifier.', 'C\'est noté, merci.', 'Ok pour mardi.'])
        subj = f'RE: {rng.choice(["suivi clinique externe", "demande de rendez-vous", "question"])}'
    else:
        orig = f"""Hi {a[0]},

Could you see {p.given} {p.surname}{ident} in clinic? {dx(c, 'en')}, on {med(c, 'en')}. Latest: {lab(c, 'en')}.

Thanks
{b[0]}"""
        top = rng.choice(['Sure, I\'ll get the clerk to book it.', 'Noted, thanks.', 'Ok for Tuesday.', 'yes np'])
        subj = f'RE: {rng.choice(["clinic follow-up", "booking request", "quick question", "f/u"])}'
    body = f"{top}\n\n{sig(a, hosp, lang, rng, short=True)}\n\n" + quote_block(orig, (f'{b[0]} {b[1]}', who(b, hosp)[1]), when, lang, rng)
    hcn = 'ca_health_number' if (ident and not ident_nam) else None
    return Mail('quoted_reply', lang, who(a, hosp), [who(b, hosp)], subj, body,
                extra_headers=[f'In-Reply-To: <{rng.getrandbits(48):012x}@{INST[hosp]["dom"]}>'],
                types=T('patient_name', 'diagnosis', 'medication', 'lab_result', 'ramq_nam' if ident_nam else None, hcn),
                note='short reply, patient details in quoted history')


# 17 -----------------------------------------------------------------------------
def p_attached_eml(w, rng, lang):
    p = _patient(w, rng)
    c = case(rng, p=p)
    hosp = rng.choice(['hro', 'hpe', 'cst', 'chaf'])
    on = rng.choice(['ovgh', 'hpdh', 'tshc'])
    a, b, d = staff(rng, 3, kind='md')
    idline, idt = '', None
    if p.nam and rng.random() < 0.7:
        idline, idt = f'NAM: {fmt_nam(p.nam, rng.randint(0, 5))}\n', 'ramq_nam'
    elif p.ohip:
        idline, idt = f'HCN: {fmt_ohip(p.ohip, p.ohip_vc, rng.randint(0, 6))}\n', 'ca_health_number'
    inner_lang = lang
    if inner_lang == 'fr':
        itext = f"""Bonjour,

Demande de consultation en {svc(c, 'fr')} pour :
{p.surname.upper()} {p.given}, DDN {fmt_date(p.dob, 'fr', 0)}
{idline}Problème : {dx(c, 'fr')}
Traitement actuel : {med(c, 'fr')}

{sig(d, on, 'fr', rng)}"""
        isubj = f'Consultation {svc(c, "fr")}'
    else:
        itext = f"""Hello,

Consult request to {svc(c, 'en')} for:
{p.surname.upper()}, {p.given}  DOB {fmt_date(p.dob, 'en', 0)}
{idline}Problem: {dx(c, 'en')}
Current treatment: {med(c, 'en')}

{sig(d, on, 'en', rng)}"""
        isubj = f'Consult request - {svc(c, "en")}'
    inner = Mail('inner', lang, who(d, on), [who(a, hosp)], isubj, itext, date=dt(rng))
    if lang == 'fr':
        subj, body = f'TR: {isubj}', f"{greet('fr', rng, b[0])}\n\nJe te transfère la demande originale (en pièce jointe). Peux-tu l'ajouter à la liste d'attente?\n\n{sig(a, hosp, 'fr', rng)}"
    else:
        subj, body = f'FW: {isubj}', f"{greet('en', rng, b[0])}\n\nForwarding the original request as attachment. Can you add to the waitlist?\n\n{sig(a, hosp, 'en', rng)}"
    fn = rng.choice([isubj + '.eml', 'message.eml', None])
    return Mail('attached_eml', lang, who(a, hosp), [who(b, hosp)], subj, body,
                attachments=[Attachment(fn, eml=inner)],
                types=T('patient_name', 'date_of_birth', 'diagnosis', 'medication', idt),
                note='consult request attached as message/rfc822')


# 18 -----------------------------------------------------------------------------
def p_zip_bundle(w, rng, lang):
    p = _patient(w, rng, 'on')
    c = case(rng, p=p, exclude=('psychosis',))
    hosp = rng.choice(['hro', 'cst', 'chaf', 'hpe'])
    a = staff(rng, kind='clerk')
    co = rng.choice(['northstar', 'maple', 'boreal', 'avl'])
    cn = case_no(rng)
    if lang == 'fr':
        summ = [f'# Résumé de séjour', f'Patient : {p.surname.upper()} {p.given}', f'DDN : {fmt_date(p.dob, "fr", 0)}',
                f'Carte Santé Ontario : {fmt_ohip(p.ohip, p.ohip_vc, 0)}', f'Diagnostic : {dx(c, "fr")}',
                f'Intervention : {proc(c, "fr")}', f'Médicaments au congé : {med(c, "fr")}']
        labs = A.csv_text([('analyse', 'resultat', 'date'), (lab(c, 'fr'), 'anormal', day(rng).isoformat())], ';')
    else:
        summ = ['# Discharge summary', f'Patient: {p.given} {p.surname}', f'DOB: {fmt_date(p.dob, "en", 1)}',
                f'Ontario HCN: {fmt_ohip(p.ohip, p.ohip_vc, 0)}', f'Diagnosis: {dx(c, "en")}', f'Procedure: {proc(c, "en")}',
                f'Discharge medications: {med(c, "en")}']
        labs = A.csv_text([('test', 'result', 'date'), (lab(c, 'en'), 'abnormal', day(rng).isoformat())])
    members = [(f'{cn}/summary.pdf', A.pdf('Summary', summ, compress=rng.random() < 0.5)),
               (f'{cn}/labs.csv', labs.encode('utf-8')),
               (f'{cn}/invoice_itemised.txt', (f'Room & board x{rng.randint(2, 8)} days\nER facility fee\n').encode('ascii'))]
    data = A.zip_file(members)
    if lang == 'fr':
        subj, body = f'Dossier {cn} – documents médicaux', f"""{greet('fr', rng)}

Tel que demandé, voici le dossier médical et le compte détaillé (archive ZIP) pour votre assuré(e). Mot de passe transmis par téléphone? Non — envoyé tel quel à la demande de votre agent.

{sig(a, hosp, 'fr', rng)}"""
    else:
        subj, body = f'Case {cn} - medical records', f"""{greet('en', rng)}

As requested, medical records and itemised statement for your insured (ZIP attached).

{sig(a, hosp, 'en', rng)}"""
    return Mail('zip_bundle', lang, who(a, hosp), [(COMPANIES[co]['name'], f'claims@{COMPANIES[co]["dom"]}')], subj, body,
                attachments=[Attachment(f'{cn}.zip', data, 'application/zip')],
                types=T('patient_name', 'date_of_birth', 'ca_health_number', 'diagnosis', 'medication', 'lab_result'),
                note='ZIP of records for assistance company')


# 19 -----------------------------------------------------------------------------
def p_discharge_docx(w, rng, lang):
    p = _patient(w, rng)
    c = case(rng, p=p)
    hosp = rng.choice(list(INST))
    a, b = staff(rng, 2, kind='md')
    adm = day(rng)
    idline = (f'NAM : {fmt_nam(p.nam, 0)}' if p.nam else f'Carte Santé ON : {fmt_ohip(p.ohip, p.ohip_vc, 1)}') if lang == 'fr' else \
             (f'RAMQ: {fmt_nam(p.nam, 0)}' if p.nam else f'Ontario HCN: {fmt_ohip(p.ohip, p.ohip_vc, 1)}')
    if lang == 'fr':
        paras = [f'Patient : {p.surname.upper()}, {p.given}', f'Date de naissance : {fmt_date(p.dob, "fr", 0)}', idline,
                 f'Dossier : {p.mrn}', f'Admission : {fmt_date(adm, "fr", 2)}', '# Diagnostic', dx(c, 'fr'),
                 '# Évolution', f'{proc(c, "fr").capitalize()} réalisé(e). Évolution favorable. {lab(c, "fr")}.',
                 '# Médication au congé', med(c, 'fr'), '# Suivi', f'Médecin de famille en Ontario dans 1 à 2 semaines.']
        title_ = 'Résumé de congé'
        subj, body = 'Résumé de congé', f"{greet('fr', rng, b[0])}\n\nCi-joint le résumé à faire suivre au médecin de famille.\n\n{sig(a, hosp, 'fr', rng)}"
    else:
        paras = [f'Patient: {p.given} {p.surname}', f'DOB: {fmt_date(p.dob, "en", 1)}', idline, f'MRN: {p.mrn}',
                 f'Admitted: {fmt_date(adm, "en", 1)}', '# Diagnosis', dx(c, 'en'), '# Hospital course',
                 f'{proc(c, "en").capitalize()} done. Uneventful recovery. {lab(c, "en")}.', '# Discharge medications',
                 med(c, 'en'), '# Follow-up', 'Family physician at home in 1-2 weeks.']
        title_ = 'Discharge Summary'
        subj, body = rng.choice(['Discharge summary', 'D/C summary to forward', 'summary']), f"{greet('en', rng, b[0])}\n\nDischarge summary attached, please forward to the family doctor.\n\n{sig(a, hosp, 'en', rng)}"
    fn = rng.choice(['résumé_de_congé.docx' if lang == 'fr' else 'discharge_summary.docx', f'DC_{p.mrn}.docx'.replace(' ', '')])
    return Mail('discharge_docx', lang, who(a, hosp), [who(b, hosp)], subj, body,
                attachments=[Attachment(fn, A.docx_file(title_, paras), DOCX)],
                types=T('patient_name', 'date_of_birth', 'ramq_nam' if p.nam else 'ca_health_number', 'mrn', 'diagnosis',
                        'medication', 'lab_result'), note='DOCX discharge summary')


# 20 -----------------------------------------------------------------------------
def p_gop_pdf(w, rng, lang):
    p = w.person(rng, rng.choice(['en', 'fr']), rng.choice(['ON', 'QC']), age=(50, 90))
    c = case(rng, p=p, exclude=('psychosis', 'preeclampsia'))
    co = rng.choice(['northstar', 'maple', 'boreal', 'avl'])
    hosp = rng.choice(list(INST))
    a = staff(rng, kind='assist')
    cn, pol = case_no(rng), policy_no(rng)
    cap = rng.choice(['25 000', '50 000', '75 000', '10 000'])
    if lang == 'fr':
        lines = ['# GARANTIE DE PAIEMENT', COMPANIES[co]['name'], '', f'Dossier : {cn}   Police : {pol}',
                 f'Assuré(e) : {p.surname.upper()} {p.given}   DDN : {fmt_date(p.dob, "fr", 0)}',
                 f'Établissement : {INST[hosp]["fr"]}', f'Diagnostic déclaré : {dx(c, "fr")}',
                 f'Montant garanti : {cap} $ CA, frais hospitaliers et médicaux raisonnables et usuels.',
                 'Les frais non couverts par le régime provincial seront remboursés sur présentation du compte détaillé.']
        subj, body = f'Garantie de paiement – {cn}', f"{greet('fr', rng)}\n\nVeuillez trouver ci-joint la garantie de paiement.\n\n{sig(a, co, 'fr', rng)}"
    else:
        lines = ['# GUARANTEE OF PAYMENT', COMPANIES[co]['name'], '', f'File: {cn}   Policy: {pol}',
                 f'Insured: {p.given} {p.surname}   DOB: {fmt_date(p.dob, "en", 0)}', f'Facility: {INST[hosp]["en"]}',
                 f'Reported diagnosis: {dx(c, "en")}', f'Guaranteed amount: CAD {cap.replace(" ", ",")} for reasonable and customary charges.',
                 'Charges not covered by the provincial plan will be paid on receipt of an itemised statement.']
        subj, body = f'Guarantee of payment - {cn}', f"{greet('en', rng)}\n\nPlease find the guarantee of payment attached.\n\n{sig(a, co, 'en', rng)}"
    fn = rng.choice([f'GOP_{cn}.pdf', f'GOP_{p.surname}.pdf', 'garantie_de_paiement_réf.pdf' if lang == 'fr' else 'guarantee.pdf'])
    return Mail('gop_pdf', lang, who(a, co), [('Billing', f'billing@{INST[hosp]["dom"]}')], subj, body,
                attachments=[Attachment(fn, A.pdf('GOP', lines, compress=rng.random() < 0.5), 'application/pdf')],
                types=T('patient_name', 'date_of_birth', 'diagnosis'), note='guarantee-of-payment PDF naming insured and diagnosis')


# 21 -----------------------------------------------------------------------------
def p_html_roster(w, rng, lang):
    hosp = rng.choice(['hro', 'hpe', 'ovgh', 'hpdh'])
    a, b = staff(rng, 2, kind='clin')
    rows = []
    show_nam = rng.random() < 0.5
    for i in range(rng.randint(4, 8)):
        p = _patient(w, rng, 'nam' if i == 0 else None)
        c = case(rng, p=p)
        rows.append((f'{rng.randint(2, 6)}{rng.randint(1, 30):02d}', name_form(p, lang, rng.choice([0, 1, 2])),
                     ('QC ' + fmt_nam(p.nam, 0) if show_nam else 'QC') if p.nam else 'ON', dx(c, lang), rng.choice(['Oui', 'Non']) if lang == 'fr' else rng.choice(['Y', 'N'])))
    hdr = ('Lit', 'Patient', 'Prov.', 'Problème', 'Carte reçue') if lang == 'fr' else ('Bed', 'Patient', 'Prov', 'Problem', 'Card on file')
    trs = '\n'.join('<tr>' + ''.join(f'<td style="border:1px solid #999;padding:2px 6px">{H.escape(x)}</td>' for x in r) + '</tr>' for r in rows)
    ths = ''.join(f'<th style="border:1px solid #999;background:#dde">{H.escape(x)}</th>' for x in hdr)
    intro = ('Voici les patients hors Québec présents ce matin.' if lang == 'fr' else 'Out-of-province patients on the unit this morning.')
    htm = (f'<html><body style="font-family:Arial"><p>{H.escape(greet(lang, rng, b[0]))}</p><p>{H.escape(intro)}</p>'
           f'<table style="border-collapse:collapse"><tr>{ths}</tr>\n{trs}</table><p>{H.escape(closing(lang, rng))}<br>'
           f'{H.escape(a[0])} {H.escape(a[1])}</p></body></html>')
    plain = intro + '\n\n' + '\n'.join(' | '.join(r) for r in rows)
    subj = 'Patients hors Québec – unité' if lang == 'fr' else rng.choice(['OOP patients on unit', 'Out of province - today'])
    return Mail('html_roster', lang, who(a, hosp), [who(b, hosp)], subj, plain, html=htm, body_mode='html',
                types=T('patient_name', 'diagnosis', 'ramq_nam' if show_nam else None), note='HTML-only table of patients and problems')


BUILDERS = {
    'ics_followup': p_ics_followup, 'vcard_patient': p_vcard, 'patient_fwd': p_patient_fwd,
    'subject_only': p_subject_only, 'filename_only': p_filename_only, 'quoted_reply': p_quoted_reply,
    'attached_eml': p_attached_eml, 'zip_bundle': p_zip_bundle, 'discharge_docx': p_discharge_docx,
    'gop_pdf': p_gop_pdf, 'html_roster': p_html_roster,
}
