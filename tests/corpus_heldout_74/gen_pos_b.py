"""Positive templates, part B: subject/file-name leaks, labs, pharmacy, vCard, DOCX, forwarded mail, ZIP, social,
transport, out-of-province and foreign patients."""
import datetime

import gen_files as F
import gen_people as P
from gen_common import (nm, title, greet, closing, sig, staff_addr, doc_addr, doc_name, quote_block, fwd_block,
                        diag, diag2, vu, med, lab, spec_name, pick_spec, PROC, email_of, NEUTRAL)
from gen_ids import fmt_nam, make_ohip, ohip_version, fmt_ohip, make_niss, fmt_niss, make_nir, fmt_nir, strip_accents
from gen_pos_a import id_block, spec_out


# ------------------------------------------------------------------ 13 subject-only leak
def p_subject_only(c, lang):
    r = c.rng
    p = c.holder_patient(lang) if r.random() < .45 else c.inv(lang)
    spec = pick_spec(r, p)
    clerk = c.staff()
    doc = c.doc(spec)
    when = c.when()
    d = P.workday_after(r, when.date(), 1, 20)
    proc = PROC[spec][0 if lang == 'fr' else 1]
    dx = diag(spec, r, lang, p)
    T = {'diagnosis'}
    v = 0 if (p.nam and r.random() < .6) else r.randrange(1, 4)
    if v == 0 and p.nam:
        subj = f"{fmt_nam(p.nam, r.choice([0, 1, 3, 5]))} — {dx}" + (' — à rappeler' if lang == 'fr' else ' - call back')
        T |= {'ramq_nam'}
        if r.random() < .5:
            subj = f"{p.surname.upper()} " + subj
            T.add('patient_name')
    elif v == 1:
        subj = (f"RDV annulé — {nm(p, lang, r, 'sur_given_comma')} ({proc} / {dx}) {d:%d/%m}" if lang == 'fr'
                else f"Cancelled appt - {nm(p, lang, r, 'sur_given_comma')} ({proc} / {dx}) {d:%m/%d}")
        T.add('patient_name')
    elif v == 2:
        subj = f"{nm(p, lang, r, 'lower')} {dx.lower()} " + (f"dossier {p.mrn}" if lang == 'fr' else f"chart {p.mrn}")
        T |= {'patient_name', 'mrn'}
    else:
        l0 = lab(r, lang)
        subj = (f"URGENT {title(p, lang)} {p.surname} {l0} — {dx}" if lang == 'fr' else f"URGENT {title(p, lang)} {p.surname} {l0} - {dx}")
        T |= {'patient_name', 'lab_result'}
    body = r.choice(['Voir objet. Merci!', 'Voir objet svp', 'Pour info.', 'Merci de rappeler avant 16 h.', '.'] if lang == 'fr'
                    else ['See subject. Thanks!', 'As per subject', 'FYI', 'Please call back before 4.', '.'])
    if r.random() < .5:
        body += '\n\n' + clerk[0]
    return spec_out(c, lang, 'subject_only', 'identifying and clinical details only in the Subject line', staff_addr(clerk),
                    [doc_addr(doc)], subj, body, T, date=when)


# ------------------------------------------------------------------ 14 file-name-only leak
def p_filename_only(c, lang):
    r = c.rng
    p = c.holder_patient(lang) if r.random() < .5 else c.inv(lang)
    spec = pick_spec(r, p)
    clerk = c.staff()
    when = c.when()
    dxs = {'gastro': 'Crohn', 'cardio': 'FA', 'neuro': 'SEP', 'endo': 'diabete', 'dermato': 'melanome', 'uro': 'hematurie',
           'ortho': 'hernie_discale', 'orl': 'surdite', 'gyneco': 'endometriose', 'pneumo': 'MPOC', 'ophtalmo': 'glaucome',
           'rhumato': 'lupus'}
    dx = dxs[spec]
    T = {'diagnosis'}
    v = r.randrange(3)
    sur = strip_accents(p.surname).replace(' ', '')
    if v == 0 and p.nam:
        fname = f"{p.nam}_{dx}_consult.pdf"
        T.add('ramq_nam')
    elif v == 1:
        fname = f"Consult_{spec}_{sur}_{strip_accents(p.given)}_{p.dob.isoformat()}_{dx}.pdf"
        T |= {'patient_name', 'date_of_birth'}
    else:
        fname = f"{p.surname} {p.given} - {dx} - rapport.pdf"
        T.add('patient_name')
    pdfb = F.pdf('Document numérisé', ['Page 1 de 2', '', '[image numérisée — aucune couche texte]'], author='Scanner 3e étage')
    body = r.choice([f"{greet('fr', r)}\n\nCi-joint comme demandé.\n\n{clerk[0]}", 'Voici le document.', f"Ci-joint.\n\n{sig(clerk, 'fr', r)}"]
                    if lang == 'fr' else [f"{greet('en', r)}\n\nAttached as requested.\n\n{clerk[0]}", 'Here you go.', f"Attached.\n\n{sig(clerk, 'en', r)}"])
    subj = r.choice(['Document', 'Numérisation', 'scan', 'TR: document demandé'] if lang == 'fr' else ['Document', 'Scan', 'scanned doc', 'Fwd: requested document'])
    dest = r.choice([doc_addr(c.doc(spec)), staff_addr(c.staff(exclude=(clerk,)))])
    return spec_out(c, lang, 'filename_only', 'identity and diagnosis only in the attachment file name', staff_addr(clerk), [dest], subj, body, T,
                    date=when, attachments=[dict(data=pdfb, filename=fname, fname_style=r.choice(['2231', '2047', 'name']))])


# ------------------------------------------------------------------ 15 lab follow-up
def p_lab_followup(c, lang):
    r = c.rng
    p = c.inv(lang) if r.random() < .6 else c.holder_patient(lang)
    spec = pick_spec(r, p, ['cardio', 'endo', 'gastro', 'uro', 'rhumato'])
    doc = c.doc(spec)
    clerk = c.staff()
    when = c.when()
    l1, l2 = lab(r, lang), lab(r, lang)
    m = med(spec, r, lang)
    T = {'patient_name', 'lab_result', 'medication'}
    who = nm(p, lang, r)
    ident = ''
    if p.nam and r.random() < .6:
        ident = f" (NAM {fmt_nam(p.nam, r.randrange(9))})"
        T.add('ramq_nam')
    elif r.random() < .5:
        ident = f" ({'dossier' if lang == 'fr' else 'chart'} {p.mrn})"
        T.add('mrn')
    if lang == 'fr':
        body = (f"{greet('fr', r, doc_name(doc, 'fr', True))}\n\nLe labo a appelé pour un résultat critique : {who}{ident} — {l1}, {l2}. "
                f"{'Elle' if p.sex == 'F' else 'Il'} prend {m}. Voulez-vous que je {'la' if p.sex == 'F' else 'le'} convoque demain ou que je transmette une consigne à la pharmacie?\n\n"
                f"{closing('fr', r)}\n{sig(clerk, 'fr', r)}")
        subj = r.choice(['Résultat critique à voir', 'Labo — valeur critique', f"Résultat {who}"])
    else:
        body = (f"{greet('en', r, doc_name(doc, 'en', True))}\n\nThe lab called with a critical value for {who}{ident}: {l1}, {l2}. "
                f"Currently on {m}. Do you want me to book them tomorrow or pass instructions to the pharmacy?\n\n{closing('en', r)}\n{sig(clerk, 'en', r)}")
        subj = r.choice(['Critical lab result', 'Lab called - critical value', f"Result for {who}"])
    if 'Résultat ' + who in subj or 'Result for ' in subj:
        pass
    return spec_out(c, lang, 'lab_followup', 'critical lab value with medication for named patient', staff_addr(clerk), [doc_addr(doc)],
                    subj, body, T, date=when)


# ------------------------------------------------------------------ 16 pharmacy renewal request
def p_pharmacy_renewal(c, lang):
    r = c.rng
    p = c.holder_patient(lang) if r.random() < .5 else c.inv(lang)
    ph = r.choice(P.PHARMACIES)
    spec = pick_spec(r, p, ['endo', 'cardio', 'neuro', 'rhumato', 'uro', 'pneumo'])
    doc = c.doc(spec)
    when = c.when()
    m1, m2 = med(spec, r, lang), med(spec, r, lang)
    fields = ['name', 'dob'] + (['nam'] if p.nam and r.random() < .6 else []) + (['phone'] if r.random() < .5 else [])
    blk, T = id_block(p, lang, fields, r)
    T.add('medication')
    pharm_name = r.choice(['Geneviève Roussel', 'Hugo Baptiste', 'Farid Mansour', 'Claire Ashworth'])
    if lang == 'fr':
        body = (f"{greet('fr', r)}\n\nDemande de renouvellement d'ordonnance pour le patient suivant de {doc_name(doc, 'fr')} :\n\n"
                + '\n'.join(blk) + f"\n\nMédicaments :\n- {m1}\n- {m2}\n\nDernière ordonnance échue le {when:%Y-%m-%d}. "
                f"Merci de nous retourner l'ordonnance signée par courriel sécurisé ou par télécopieur.\n\n{pharm_name}, pharmacien(ne)\n{ph[0]}\nTél. {ph[2]}")
        subj = r.choice(['Demande de renouvellement', f"Renouvellement Rx — {doc_name(doc, 'fr', True)}", 'Rx à renouveler'])
    else:
        body = (f"{greet('en', r)}\n\nRenewal request for the following patient of {doc_name(doc, 'en')}:\n\n" + '\n'.join(blk) +
                f"\n\nMedications:\n- {m1}\n- {m2}\n\nLast prescription expired {when:%Y-%m-%d}. Please send the signed prescription back by "
                f"secure e-mail or fax.\n\n{pharm_name}, RPh\n{ph[0]}\nTel. {ph[2]}")
        subj = r.choice(['Prescription renewal request', f"Rx renewal - {doc_name(doc, 'en', True)}", 'Renewal needed'])
    return spec_out(c, lang, 'pharmacy_renewal', 'pharmacy renewal with patient identifiers and medications',
                    (ph[0], f"labo@{ph[1]}" if r.random() < .3 else f"rx@{ph[1]}"), [doc_addr(doc)], subj, body, T, date=when)


# ------------------------------------------------------------------ 17 vCard of a patient
def p_vcard_patient(c, lang):
    r = c.rng
    p = c.inv(lang)
    clerk = c.staff()
    when = c.when()
    spec = pick_spec(r, p, ['endo', 'dermato', 'neuro', 'pneumo', 'cardio'])
    dx = diag(spec, r, lang, p)
    clsc = r.choice(['CLSC de la Rivière', 'Soutien à domicile Val-Brûlé', 'Home Care Services Hawkridge'])
    vc = F.vcard(p.full, f"{p.surname};{p.given};;;", tel=[('HOME', p.phone), ('CELL', P.phone(r))], email=p.email,
                 adr=p.addr.replace(',', ';', 1), note=(f"Patient(e) clinique {spec_name(spec, 'fr')} — {dx}" if lang == 'fr'
                                                       else f"{spec_name(spec, 'en')} clinic patient - {dx}"),
                 bday=p.dob.isoformat() if r.random() < .5 else None)
    T = {'patient_name', 'patient_contact', 'diagnosis'}
    if b'BDAY' in vc:
        T.add('date_of_birth')
    if lang == 'fr':
        body = (f"{greet('fr', r)}\n\nComme convenu au téléphone, voici les coordonnées de {'l’usagère' if p.sex == 'F' else 'l’usager'} à qui il faut offrir le suivi à domicile "
                f"(fiche jointe). {'Elle préfère être appelée' if p.sex == 'F' else 'Il préfère être appelé'} après 10 h.\n\n{closing('fr', r)}\n{sig(clerk, 'fr', r)}")
        subj = r.choice(['Coordonnées pour suivi à domicile', 'Fiche contact — référence SAD', 'Référence soutien à domicile'])
    else:
        body = (f"{greet('en', r)}\n\nAs discussed by phone, here are the contact details of the patient who needs home-care follow-up "
                f"(card attached). Best reached after 10 a.m.\n\n{closing('en', r)}\n{sig(clerk, 'en', r)}")
        subj = r.choice(['Contact for home care follow-up', 'Contact card - home care referral'])
    fn = strip_accents(f"{p.given}_{p.surname}.vcf").replace(' ', '_') if r.random() < .6 else 'contact.vcf'
    return spec_out(c, lang, 'vcard_patient', 'vCard of a patient with home phone, address and diagnosis note', staff_addr(clerk),
                    [(clsc, f"accueil@{strip_accents(clsc.split()[-1]).lower()}-sad.example")], subj, body, T, date=when,
                    attachments=[dict(data=vc, filename=fn)])


# ------------------------------------------------------------------ 18 DOCX convocation letter
def p_docx_letter(c, lang):
    r = c.rng
    p = c.holder_patient(lang) if r.random() < .4 else c.inv(lang)
    spec = pick_spec(r, p, ['uro', 'gastro', 'pneumo', 'gyneco', 'cardio'])
    doc = c.doc(spec)
    clerk = c.staff()
    when = c.when()
    appt = P.workday_after(r, when.date(), 7, 45)
    proc = PROC[spec][0 if lang == 'fr' else 1]
    dx = diag(spec, r, lang, p)
    T = {'patient_name', 'patient_contact', 'diagnosis'}
    if lang == 'fr':
        paras = [P.CLINIC['fr'], P.CLINIC['addr_fr'], '', f"{P.dlong(when.date(), 'fr')}", '', f"{title(p, 'fr')} {p.full}", p.addr, '',
                 f"Objet : convocation — {proc}", '', f"{title(p, 'fr')} {p.surname},",
                 f"À la demande de {doc_name(doc, 'fr')}, nous vous convoquons à une {proc} le {P.dlong(appt, 'fr', True)} à {P.hhmm(r, 'fr')}, "
                 f"(motif : {dx}).", 'Veuillez être à jeun depuis minuit et prévoir un accompagnateur.']
        if p.nam and r.random() < .6:
            paras.append(f"Votre numéro d'assurance maladie au dossier : {fmt_nam(p.nam, r.choice([0, 1]))}. Vérifiez sa date d'expiration.")
            T.add('ramq_nam')
        paras += ['', 'Veuillez agréer nos salutations distinguées.', '', f"{clerk[0]} {clerk[1]}, {clerk[2]}"]
        body = (f"{greet('fr', r, doc_name(doc, 'fr', True))}\n\nVoici la lettre de convocation à réviser avant l'envoi postal.\n\n{clerk[0]}")
        subj = r.choice(['Lettre de convocation à réviser', f"Convocation {proc}", 'Lettre à signer'])
        fname = r.choice([f"Convocation_{strip_accents(p.surname)}.docx", 'convocation.docx', f"lettre_{proc.split()[0]}.docx"])
    else:
        paras = [P.CLINIC['en'], P.CLINIC['addr_en'], '', P.dlong(when.date(), 'en'), '', f"{title(p, 'en')} {p.full}", p.addr, '',
                 f"Re: appointment notice - {proc}", '', f"Dear {title(p, 'en')} {p.surname},",
                 f"At the request of {doc_name(doc, 'en')}, you are scheduled for a {proc} on {P.dlong(appt, 'en', True)} at {P.hhmm(r, 'en')} "
                 f"regarding your {dx}.", 'Please do not eat after midnight and arrange for someone to drive you home.']
        if p.nam and r.random() < .6:
            paras.append(f"Health insurance number on file: {fmt_nam(p.nam, r.choice([0, 1]))}. Please check its expiry date.")
            T.add('ramq_nam')
        paras += ['', 'Sincerely,', '', f"{clerk[0]} {clerk[1]}, {clerk[3]}"]
        body = f"{greet('en', r, doc_name(doc, 'en', True))}\n\nHere's the appointment letter to review before it goes in the mail.\n\n{clerk[0]}"
        subj = r.choice(['Letter to review', f"Appointment letter - {proc}", 'letter for signature'])
        fname = r.choice([f"Letter_{strip_accents(p.surname)}.docx", 'appointment_letter.docx'])
    data = F.docx(paras, author=f"{clerk[0]} {clerk[1]}")
    return spec_out(c, lang, 'docx_letter', 'DOCX appointment letter with home address and diagnosis', staff_addr(clerk), [doc_addr(doc)],
                    subj, body, T, date=when, attachments=[dict(data=data, filename=fname)])


# ------------------------------------------------------------------ 19 patient's own e-mail forwarded as .eml
def p_forward_patient_eml(c, lang):
    r = c.rng
    p = c.inv(lang)
    spec = pick_spec(r, p, ['rhumato', 'neuro', 'gastro', 'gyneco', 'endo'])
    dx = diag(spec, r, lang, p)
    m = med(spec, r, lang)
    clerk = c.staff()
    doc = c.doc(spec)
    t0 = c.when()
    t1 = t0 + datetime.timedelta(hours=r.randint(1, 30))
    if lang == 'fr':
        inner_text = (f"Bonjour,\n\nJe suis {'suivie' if p.sex == 'F' else 'suivi'} par {doc_name(doc, 'fr')} en {spec_name(spec, 'fr')} ({dx}). Depuis qu'on a changé ma médication pour {m}, "
                      f"j'ai des nausées et je dors mal. Est-ce que je peux avoir un rendez-vous plus tôt que celui de {P.MOIS[(t0.month + 1) % 12]}?\n\n"
                      f"Merci beaucoup\n{p.full}\n{p.phone}")
        inner_subj = r.choice(['Question médicament', 'effets secondaires', 'rendez-vous plus tôt?'])
        body = (f"{greet('fr', r, doc_name(doc, 'fr', True))}\n\nCourriel reçu à la boîte générale, je vous le transfère (pièce jointe). "
                f"Je peux lui offrir la plage de jeudi si vous êtes d'accord.\n\n{sig(clerk, 'fr', r)}")
        subj = 'TR : ' + inner_subj
    else:
        inner_text = (f"Hello,\n\nI'm followed by {doc_name(doc, 'en')} for my {dx}. Since my medication was changed to {m} I've had nausea "
                      f"and can't sleep. Could I get an appointment sooner than the one in {P.MONTHS[(t0.month + 1) % 12]}?\n\n"
                      f"Thank you\n{p.full}\n{p.phone}")
        inner_subj = r.choice(['Medication question', 'side effects', 'earlier appointment?'])
        body = (f"{greet('en', r, doc_name(doc, 'en', True))}\n\nThis came into the general inbox, forwarding it as an attachment. "
                f"I can offer the Thursday slot if you agree.\n\n{sig(clerk, 'en', r)}")
        subj = 'Fwd: ' + inner_subj
    inner = dict(frm=(p.full, p.email), to=[('Clinique', f"info@{P.CLINIC['dom']}")], subject=inner_subj, date=t0, text=inner_text)
    T = {'patient_name', 'diagnosis', 'medication', 'patient_contact'}
    return spec_out(c, lang, 'forward_patient_eml', "patient's own mail attached as message/rfc822", staff_addr(clerk), [doc_addr(doc)],
                    subj, body, T, date=t1, eml_specs=[dict(spec=inner, filename=r.choice([None, f"{inner_subj}.eml"]))])


# ------------------------------------------------------------------ 20 ZIP of referrals (transfer of files)
def p_zip_transfer(c, lang):
    r = c.rng
    spec = pick_spec(r, None, NEUTRAL)
    mgr = c.manager()
    hosp = r.choice(P.HOSPITALS)
    when = c.when()
    members = []
    n = r.randint(2, 4)
    for i in range(n):
        p = c.holder_patient(lang)
        blk, _ = id_block(p, 'fr', ['name', 'nam', 'dob'], r, pdf_safe=True)
        lines = ['# Demande de consultation — transfert'] + blk + ['', 'Raison : ' + diag(spec, r, 'fr', p), f"Priorité : {r.choice('ABCD')}"]
        members.append((f"{i + 1:02d}_{strip_accents(p.surname)}_{p.nam[-4:]}.pdf", F.pdf('Transfert de demande', lines, compress=True)))
    members.append(('LISEZMOI.txt' if lang == 'fr' else 'README.txt',
                    ('Demandes transférées suite au départ du médecin. Confirmer la réception au CRDS.\n' if lang == 'fr'
                     else 'Requests transferred after the physician left. Please confirm receipt with the CRDS.\n').encode('utf-8')))
    z = F.zipfile_bytes(members)
    T = {'patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis'}
    if lang == 'fr':
        body = (f"{greet('fr', r)}\n\nSuite au départ d'un de nos médecins en {spec_name(spec, 'fr')}, le CRDS nous demande de vous transférer "
                f"les {n} demandes en attente (archive jointe, mot de passe transmis par téléphone).\n\n{closing('fr', r)}\n{sig(mgr, 'fr', r)}")
        subj = f"Transfert de demandes en attente — {spec_name(spec, 'fr')}"
    else:
        body = (f"{greet('en', r)}\n\nFollowing the departure of one of our {spec_name(spec, 'en')} physicians, the CRDS asked us to transfer "
                f"the {n} pending requests to you (zip attached; password to follow by phone).\n\n{closing('en', r)}\n{sig(mgr, 'en', r)}")
        subj = f"Transfer of pending requests - {spec_name(spec, 'en')}"
    return spec_out(c, lang, 'zip_transfer', 'ZIP of referral PDFs with NAMs and reasons', staff_addr(mgr), [('Secrétariat', f"secretariat@{hosp[1]}")],
                    subj, body, T, date=when, attachments=[dict(data=z, filename=f"demandes_{spec}_{when:%Y%m%d}.zip")])


# ------------------------------------------------------------------ 21 social situation
def p_social(c, lang):
    r = c.rng
    v = r.randrange(4)
    p = c.inv(lang)
    while v in (0, 3) and p.sex != 'F':
        p = c.inv(lang)
    if v == 2 and p.sex != 'M':
        p = c.inv(lang)
        while p.sex != 'M':
            p = c.inv(lang)
    clerk = c.staff()
    when = c.when()
    sw = r.choice([('Mireille', 'Castonguay', 'travailleuse sociale', 'social worker'), ('Jonathan', 'Ng', 'travailleur social', 'social worker')])
    T = {'patient_name', 'social_information'}
    who = nm(p, lang, r)
    if v == 0:
        fr = (f"{who} est hébergée en maison d'hébergement pour femmes victimes de violence conjugale. NE PAS envoyer de courrier à "
              f"l'ancienne adresse ni laisser de message sur la boîte vocale du domicile. Passer par l'intervenante ({P.phone(r)}).")
        en = (f"{who} is staying in a shelter for women leaving domestic violence. DO NOT mail anything to the old address or leave "
              f"voicemail at home. Go through her support worker ({P.phone(r)}).")
    elif v == 1:
        kid = c.inv(lang, child=True)
        fr = (f"Le dossier de l'enfant {kid.full} ({vu(kid, 'né')} le {kid.dob.isoformat()}) est suivi par la DPJ. Seule la mère d'accueil peut "
              f"l'accompagner aux rendez-vous; le père n'a pas accès aux informations.")
        en = (f"The child {kid.full} (born {kid.dob.isoformat()}) is followed by youth protection (DPJ). Only the foster mother may bring "
              f"the child to appointments; the father has no access to information.")
        T = {'patient_name', 'social_information', 'date_of_birth'}
    elif v == 2:
        fr = (f"{who} est présentement sans domicile fixe et reçoit l'aide sociale. Il n'a pas de téléphone; on peut lui laisser "
              f"un message au refuge Le Phare. Merci d'émettre un billet d'autobus pour son rendez-vous.")
        en = (f"{who} is currently homeless and on social assistance. No phone; messages can be left at the Le Phare shelter. "
              f"Please issue a bus ticket for the appointment.")
    else:
        fr = (f"{who} nous informe qu'elle a perdu son emploi et n'a plus d'assurance collective; elle ne peut pas payer son "
              f"{med(r.choice(['rhumato', 'neuro', 'endo']), r, 'fr')}. Pouvez-vous voir avec la pharmacie pour le programme d'accès?")
        en = (f"{who} tells us she lost her job and no longer has group insurance; she cannot pay for her "
              f"{med(r.choice(['rhumato', 'neuro', 'endo']), r, 'en')}. Can you check the access program with the pharmacy?")
        T.add('medication')
    if lang == 'fr':
        body = f"{greet('fr', r)}\n\n{fr}\n\n{closing('fr', r)}\n{sw[0]} {sw[1]}, {sw[2]}"
        subj = r.choice(['Note importante au dossier', 'À lire avant de fixer le rendez-vous', 'Situation sociale — consignes'])
    else:
        body = f"{greet('en', r)}\n\n{en}\n\n{closing('en', r)}\n{sw[0]} {sw[1]}, {sw[3]}"
        subj = r.choice(['Important note for the chart', 'Please read before booking', 'Social situation - instructions'])
    return spec_out(c, lang, 'social_situation', 'social worker note on housing / violence / youth protection / income', (f"{sw[0]} {sw[1]}", email_of(sw[0], sw[1], P.CLINIC['dom'])),
                    [staff_addr(clerk)], subj, body, T, date=when)


# ------------------------------------------------------------------ 22 transport request
def p_transport(c, lang):
    r = c.rng
    p = c.holder_patient(lang) if r.random() < .4 else c.inv(lang)
    clerk = c.staff()
    hosp = r.choice(P.HOSPITALS)
    when = c.when()
    appt = P.workday_after(r, when.date(), 2, 15)
    reason = r.choice([('hémodialyse', 'hemodialysis'), ('chimiothérapie', 'chemotherapy'), ('radiothérapie', 'radiation therapy'),
                       ('suivi post-AVC', 'post-stroke follow-up')])
    mob = r.choice([('fauteuil roulant', 'wheelchair'), ('civière', 'stretcher'), ('marchette', 'walker'), ('oxygène 2 L', 'oxygen 2 L')])
    T = {'patient_name', 'patient_contact', 'diagnosis'}
    extra = ''
    if p.nam and r.random() < .7:
        extra = (f"\nNAM : {fmt_nam(p.nam, r.randrange(9))}" if lang == 'fr' else f"\nRAMQ: {fmt_nam(p.nam, r.randrange(9))}")
        T.add('ramq_nam')
    if lang == 'fr':
        body = (f"{greet('fr', r)}\n\nDemande de transport pour :\n{title(p, 'fr')} {p.full}{extra}\nAdresse de départ : {p.addr}\n"
                f"Téléphone : {p.phone}\nDestination : {hosp[0]}, {reason[0]}\nDate : {P.dlong(appt, 'fr', True)}, arrivée {P.hhmm(r, 'fr')}\n"
                f"Mobilité : {mob[0]}\nRetour : oui\n\n{sig(clerk, 'fr', r)}")
        subj = r.choice(['Demande de transport adapté', f"Transport {reason[0]} {appt:%d/%m}", 'Transport ambulancier — demande'])
    else:
        body = (f"{greet('en', r)}\n\nTransport request for:\n{title(p, 'en')} {p.full}{extra}\nPick-up address: {p.addr}\nPhone: {p.phone}\n"
                f"Destination: {hosp[0]}, {reason[1]}\nDate: {P.dlong(appt, 'en', True)}, arrive by {P.hhmm(r, 'en')}\nMobility: {mob[1]}\n"
                f"Return trip: yes\n\n{sig(clerk, 'en', r)}")
        subj = r.choice(['Paratransit request', f"Transport for {reason[1]} {appt:%m/%d}", 'Ambulance transport request'])
    return spec_out(c, lang, 'transport_request', 'transport request: name, home address, phone, treatment', staff_addr(clerk),
                    [('Transport', f"transport@{hosp[1]}")], subj, body, T, date=when)


# ------------------------------------------------------------------ 23 Ontario patient (health number)
def p_ontario_patient(c, lang):
    r = c.rng
    p = c.inv(lang)
    hcn = make_ohip(r)
    ver = ohip_version(r)
    spec = pick_spec(r, p)
    clerk = c.staff()
    when = c.when()
    dx = diag(spec, r, lang, p)
    hs = fmt_ohip(hcn, ver if r.random() < .6 else None, r.randrange(3))
    T = {'patient_name', 'ca_health_number', 'diagnosis', 'date_of_birth'}
    att = []
    if lang == 'fr':
        body = (f"{greet('fr', r)}\n\n{'Patiente' if p.sex == 'F' else 'Patient'} de l'Ontario {vu(p)} hier en {spec_name(spec, 'fr')} : {nm(p, 'fr', r)}, {vu(p, 'né')} le {p.dob.isoformat()}, "
                f"carte santé de l'Ontario {hs}. Diagnostic : {dx}. La RAMQ ne couvre pas; il faut facturer via l'entente interprovinciale. "
                f"Pouvez-vous vérifier l'admissibilité?\n\n{closing('fr', r)}\n{sig(clerk, 'fr', r)}")
        subj = r.choice(['Patient hors province — facturation', 'Carte santé Ontario — vérification', 'Facturation interprovinciale'])
    else:
        body = (f"{greet('en', r)}\n\nOntario patient seen yesterday in {spec_name(spec, 'en')}: {nm(p, 'en', r)}, DOB {p.dob.isoformat()}, "
                f"Ontario health card {hs}. Diagnosis: {dx}. Not covered by RAMQ - needs reciprocal billing. Can you check eligibility?\n\n"
                f"{closing('en', r)}\n{sig(clerk, 'en', r)}")
        subj = r.choice(['Out-of-province patient - billing', 'OHIP card check', 'Reciprocal billing question'])
    if r.random() < .35:
        rows = [['Nom', 'DDN', 'No carte Ontario', 'Version', 'Diagnostic'], [p.full, p.dob.isoformat(), hcn, ver, dx]]
        att.append(dict(data=F.xlsx([('Hors province', rows)]), filename='hors_province.xlsx'))
    return spec_out(c, lang, 'ontario_patient', 'out-of-province patient with Ontario health number', staff_addr(clerk),
                    [('Facturation', f"facturation@{P.CLINIC['dom']}")], subj, body, T, date=when, attachments=att)


# ------------------------------------------------------------------ 24 foreign patient (Belgian NISS / French NIR)
def p_foreign_patient(c, lang, kind=None):
    r = c.rng
    p = c.inv(lang)
    kind = kind or r.choice(['be', 'fr'])
    spec = pick_spec(r, p, ['ortho', 'cardio', 'gastro', 'orl', 'dermato'])
    clerk = c.staff()
    when = c.when()
    dx_fr, dx_en = diag2(spec, r, p)
    dx = dx_fr if lang == 'fr' else dx_en
    if kind == 'be':
        num = make_niss(r, p.dob, p.sex)
        shown = fmt_niss(num, r.randrange(3))
        label_fr, label_en, t = 'numéro NISS (registre national belge)', 'Belgian national number (NISS)', 'be_niss'
        fund = 'mutualité'
    else:
        num = make_nir(r, p.dob, p.sex)
        shown = fmt_nir(num, r.randrange(3))
        label_fr, label_en, t = 'numéro de sécurité sociale (NIR)', 'French social security number (NIR)', 'fr_nir'
        fund = 'CPAM'
    T = {'patient_name', t, 'diagnosis'}
    in_pdf = r.random() < .4
    if in_pdf:
        lines = ['# Relevé de soins — patient étranger', f"Nom : {p.surname.upper()} {p.given}", f"Date de naissance : {p.dob:%d/%m/%Y}",
                 f"{label_fr} : {shown}", f"Motif : {dx_fr}", f"Montant : {r.randint(180, 2400)},00 $"]
        T.add('date_of_birth')
        att = [dict(data=F.pdf('Relevé de soins', lines), filename=f"releve_{strip_accents(p.surname)}.pdf")]
        inline = ''
    else:
        att = []
        inline = (f" ({label_fr} {shown})" if lang == 'fr' else f" ({label_en} {shown})")
    if lang == 'fr':
        body = (f"{greet('fr', r)}\n\nTouriste {'belge' if kind == 'be' else ('française' if p.sex == 'F' else 'français')} {vu(p)} à la clinique : {nm(p, 'fr', r)}{inline}, "
                f"pour {dx}. {'Elle' if p.sex == 'F' else 'Il'} demande une facture détaillée pour sa {fund}. "
                f"{'Le relevé est joint.' if in_pdf else 'Pouvez-vous préparer le relevé?'}\n\n{closing('fr', r)}\n{sig(clerk, 'fr', r)}")
        subj = r.choice(['Patient étranger — facture', f"Facture pour {fund}", 'Relevé de soins à produire'])
    else:
        body = (f"{greet('en', r)}\n\n{'Belgian' if kind == 'be' else 'French'} visitor seen at the clinic: {nm(p, 'en', r)}{inline}, "
                f"for {dx}. They need an itemized invoice for their insurer back home. "
                f"{'Statement attached.' if in_pdf else 'Could you prepare the statement?'}\n\n{closing('en', r)}\n{sig(clerk, 'en', r)}")
        subj = r.choice(['Foreign patient - invoice', 'Statement for overseas insurer'])
    return spec_out(c, lang, 'foreign_patient', f'foreign visitor with {t}', staff_addr(clerk),
                    [('Facturation', f"facturation@{P.CLINIC['dom']}")], subj, body, T, date=when, attachments=att)
