"""Positive templates, part C: SIN forms, rosters, quoted leaks, no-shows, complaints, consult replies,
case-conference invitations, hidden sheets, disguised NAMs, CRDS status, handover notes."""
import datetime

import gen_files as F
import gen_people as P
from gen_common import (nm, title, greet, closing, sig, staff_addr, doc_addr, doc_name, quote_block, fwd_block,
                        de, diag, diag2, vu, med, lab, spec_name, pick_spec, PROC, email_of, NEUTRAL)
from gen_ids import fmt_nam, make_sin, fmt_sin, strip_accents
from gen_mime import html_table
from gen_pos_a import id_block, spec_out


# ------------------------------------------------------------------ 25 SIN on an income-replacement certificate
def p_sin_form(c, lang):
    r = c.rng
    p = c.inv(lang) if r.random() < .5 else c.holder_patient(lang, adult=True)
    sinv = make_sin(r)
    spec = pick_spec(r, p, ['ortho', 'neuro', 'pneumo', 'cardio'])
    doc = c.doc(spec)
    clerk = c.staff()
    when = c.when()
    dx_fr, dx_en = diag2(spec, r, p)
    dx = dx_fr if lang == 'fr' else dx_en
    shown = fmt_sin(sinv, r.randrange(3))
    T = {'patient_name', 'ca_sin', 'diagnosis'}
    where = r.choice(['body', 'docx', 'xlsx'])
    att = []
    prog_fr = r.choice(["Relevé médical — prestations de maladie de l'assurance-emploi", 'Attestation médicale CNESST', 'Formulaire SAAQ — rapport médical'])
    prog_en = r.choice(['EI sickness benefits medical certificate', 'CNESST medical certificate', 'SAAQ medical report'])
    if where == 'body':
        line = (f"NAS : {shown}" if lang == 'fr' else f"SIN: {shown}")
    else:
        line = ''
        if where == 'docx':
            paras = ['# ' + prog_fr, f"Nom du prestataire : {p.full}", f"Numéro d'assurance sociale : {shown}",
                     f"Diagnostic : {dx_fr}", f"Incapacité du {when:%Y-%m-%d} pour {r.choice([4, 6, 8, 12])} semaines",
                     f"Médecin : {doc_name(doc, 'fr')}"]
            att.append(dict(data=F.docx(paras, author=clerk[0]), filename=r.choice(['releve_medical.docx', 'attestation.docx'])))
        else:
            rows = [['Nom', 'Prénom', 'NAS', 'Diagnostic', 'Début incapacité'], [p.surname, p.given, shown, dx_fr, when.date().isoformat()]]
            att.append(dict(data=F.xlsx([('Attestations', rows)]), filename='attestations_a_signer.xlsx'))
    who = nm(p, lang, r)
    if lang == 'fr':
        body = (f"{greet('fr', r, doc_name(doc, 'fr', True))}\n\n{prog_fr} à signer pour {who} ({dx}). "
                + (f"\n{line}\n" if line else "Le formulaire pré-rempli est joint. ") +
                f"La personne passera le chercher vendredi.\n\n{closing('fr', r)}\n{sig(clerk, 'fr', r)}")
        subj = r.choice(['Formulaire à signer', 'Attestation à signer — AE', prog_fr[:40]])
    else:
        body = (f"{greet('en', r, doc_name(doc, 'en', True))}\n\n{prog_en} to sign for {who} ({dx}). "
                + (f"\n{line}\n" if line else "The pre-filled form is attached. ") +
                f"They will pick it up on Friday.\n\n{closing('en', r)}\n{sig(clerk, 'en', r)}")
        subj = r.choice(['Form to sign', 'EI certificate to sign', prog_en[:40]])
    return spec_out(c, lang, 'sin_form', f'income-replacement form with SIN ({where})', staff_addr(clerk), [doc_addr(doc)], subj, body, T,
                    date=when, attachments=att)


# ------------------------------------------------------------------ 26 inpatient roster awaiting transfer (room/bed)
def p_transfer_roster(c, lang):
    r = c.rng
    hosp = r.choice(P.HOSPITALS[:2] + P.HOSPITALS[3:])
    when = c.when()
    uc = r.choice([('Jennifer', 'Walsh', 'agente administrative', 'unit clerk'), ('Francis', 'Desjardins', 'agent administratif', 'admitting clerk')])
    rows = [['Ch./lit', 'Usager', 'Dossier', 'Âge', 'Problème', 'Service demandé', 'Isolement'] if lang == 'fr' else
            ['Room/bed', 'Patient', 'MRN', 'Age', 'Problem', 'Service requested', 'Isolation']]
    for i in range(r.randint(5, 9)):
        p = c.inv(lang)
        spec = pick_spec(r, p)
        rows.append([f"{r.randint(2, 6)}{r.randint(10, 40)}-{r.choice('ABCD')}", nm(p, lang, r, r.choice(['SUR_given', 'sur_given_comma', 'initial'])),
                     p.mrn, P.age_on(p.dob, when.date()), diag(spec, r, lang, p), spec_name(spec, lang), r.choice(['', '', 'contact', 'gouttelettes' if lang == 'fr' else 'droplet', 'ERV' if lang == 'fr' else 'VRE'])])
    T = {'patient_name', 'mrn', 'diagnosis'}
    text_rows = '\n'.join('  '.join(str(x) for x in row) for row in rows)
    if lang == 'fr':
        intro = (f"{greet('fr', r)}\n\nListe des usagers de {hosp[0]} en attente de transfert vers le centre régional ({when:%d/%m}). "
                 f"Merci de nous aviser dès qu'un lit se libère.")
        subj = r.choice([f"Liste transferts {when:%d-%m}", 'Patients en attente de transfert', 'Liste de lits — transferts'])
    else:
        intro = (f"{greet('en', r)}\n\nPatients at {hosp[0]} waiting for transfer to the regional centre ({when:%m/%d}). "
                 f"Let us know as soon as a bed opens.")
        subj = r.choice([f"Transfer list {when:%m-%d}", 'Patients awaiting transfer'])
    sg = sig(uc, lang, r, org=hosp[0], phone=hosp[2])
    if r.random() < .5:
        text = intro + '\n\n' + text_rows + '\n\n' + sg
        return spec_out(c, lang, 'transfer_roster', 'room/bed roster of inpatients with MRN and problems', (f"{uc[0]} {uc[1]}", email_of(uc[0], uc[1], hosp[1])),
                        [('Coordination des lits', f"lits@{P.CRDS['dom']}")], subj, text, T, date=when)
    html = '<html><body>' + ''.join(f'<p>{x}</p>' for x in intro.split('\n\n')) + html_table(rows) + f"<p>{sg.replace(chr(10), '<br>')}</p></body></html>\n"
    return spec_out(c, lang, 'transfer_roster', 'room/bed roster (HTML) of inpatients with MRN and problems', (f"{uc[0]} {uc[1]}", email_of(uc[0], uc[1], hosp[1])),
                    [('Coordination des lits', f"lits@{P.CRDS['dom']}")], subj, None, T, date=when, html=html, layout='html')


# ------------------------------------------------------------------ 27 harmless reply, leak only in quoted history
def p_reply_quoted(c, lang):
    r = c.rng
    p = c.holder_patient(lang) if r.random() < .5 else c.inv(lang)
    spec = pick_spec(r, p)
    doc = c.doc(spec)
    a = c.staff()
    b = c.staff(exclude=(a,))
    t0 = c.when()
    t1 = t0 + datetime.timedelta(minutes=r.randint(10, 600))
    fields = ['name'] + (['nam'] if p.nam else ['mrn']) + (['dob'] if r.random() < .5 else [])
    blk, T = id_block(p, lang, fields, r)
    dx = diag(spec, r, lang, p)
    T.add('diagnosis')
    if lang == 'fr':
        orig = (f"Salut {b[0]},\n\nPeux-tu trouver une place à cette patiente/ce patient cette semaine? {doc_name(doc, 'fr', True)} veut la/le voir vite "
                f"({dx}).\n\n" + '\n'.join(blk) + f"\n\nMerci!\n{a[0]}")
        reply = r.choice(['Parfait, c\'est fait. Jeudi 10 h 30.', 'Oui, je m\'en occupe.', 'C\'est noté, merci!', 'Fait. Confirmation envoyée.'])
        subj = 'RE : ' + r.choice(['place cette semaine?', 'urgent svp', 'à caser'])
    else:
        orig = (f"Hi {b[0]},\n\nCan you squeeze this one in this week? {doc_name(doc, 'en', True)} wants to see them soon ({dx}).\n\n" +
                '\n'.join(blk) + f"\n\nThanks!\n{a[0]}")
        reply = r.choice(['Done - Thursday 10:30.', "Sure, I'm on it.", 'Noted, thanks!', 'Booked, confirmation sent.'])
        subj = 'RE: ' + r.choice(['slot this week?', 'urgent pls', 'squeeze in'])
    text = reply + '\n\n' + b[0] + '\n\n' + quote_block(orig, lang, r, staff_addr(a), t0, subj[5:] if lang == 'fr' else subj[4:], staff_addr(b))
    return spec_out(c, lang, 'reply_quoted', 'one-line reply; identifiers and diagnosis only in quoted history', staff_addr(b), [staff_addr(a)],
                    subj, text, T, date=t1)


# ------------------------------------------------------------------ 28 no-show list to call back
def p_noshow(c, lang):
    r = c.rng
    when = c.when()
    clerk = c.staff()
    mgr = c.manager()
    lines = []
    for i in range(r.randint(4, 8)):
        p = c.inv(lang)
        style = r.choice(['initial', 'title_sur', 'SUR_given', 'lower', 'sur_given_comma'])
        spec = pick_spec(r, p)
        lines.append(f"- {nm(p, lang, r, style)} — {p.phone} — {PROC[spec][0 if lang == 'fr' else 1]} ({doc_name(c.doc(spec), lang, True)})")
    T = {'patient_name', 'patient_contact'}
    if lang == 'fr':
        body = (f"{greet('fr', r)}\n\nAbsences sans avis (No-show) de la semaine, à rappeler pour reprogrammer. Deuxième absence = retour au CRDS.\n\n"
                + '\n'.join(lines) + f"\n\n{closing('fr', r)}\n{sig(clerk, 'fr', r)}")
        subj = r.choice(['No-show de la semaine', 'Absences à rappeler', 'Liste absences'])
    else:
        body = (f"{greet('en', r)}\n\nThis week's no-shows, to call back and rebook. A second no-show goes back to the CRDS.\n\n" + '\n'.join(lines) +
                f"\n\n{closing('en', r)}\n{sig(clerk, 'en', r)}")
        subj = r.choice(["This week's no-shows", 'No-shows to call back'])
    return spec_out(c, lang, 'noshow_list', 'no-show list with names, phones and procedures', staff_addr(clerk), [staff_addr(mgr)], subj, body, T, date=when)


# ------------------------------------------------------------------ 29 patient complaint forwarded inline
def p_complaint(c, lang):
    r = c.rng
    p = c.holder_patient(lang, adult=True) if r.random() < .5 else c.inv(lang)
    spec = pick_spec(r, p)
    dx = diag(spec, r, lang, p)
    mgr = c.manager()
    desk = c.staff()
    t0 = c.when()
    t1 = t0 + datetime.timedelta(hours=r.randint(1, 48))
    T = {'patient_name', 'diagnosis'}
    signoff = p.full
    if p.nam and r.random() < .6:
        signoff += f"\n{'NAM' if lang == 'fr' else 'Health card'} {fmt_nam(p.nam, r.randrange(9))}"
        T.add('ramq_nam')
    if r.random() < .6:
        signoff += f"\n{p.phone}"
        T.add('patient_contact')
    if lang == 'fr':
        orig = (f"Madame, Monsieur,\n\nJ'attends depuis {r.randint(8, 20)} mois un rendez-vous en {spec_name(spec, 'fr')} (motif : {dx}). "
                f"On m'a annulé deux fois au dernier moment, et la réceptionniste m'a raccroché au nez mardi. Je trouve ça inacceptable.\n\n{signoff}")
        subj0 = 'Plainte'
        body = (f"{greet('fr', r, mgr[0])}\n\nPlainte reçue à la boîte générale. Je la transfère pour suivi; le dossier est à jour.\n\n{desk[0]}\n\n"
                + fwd_block(orig, 'fr', (p.full, p.email), t0, subj0, ('Info clinique', f"info@{P.CLINIC['dom']}")))
        subj = 'TR : ' + subj0
    else:
        orig = (f"To whom it may concern,\n\nI have been waiting {r.randint(8, 20)} months for a {spec_name(spec, 'en')} appointment for my {dx}. "
                f"It was cancelled twice at the last minute and the receptionist hung up on me on Tuesday. This is unacceptable.\n\n{signoff}")
        subj0 = 'Complaint'
        body = (f"{greet('en', r, mgr[0])}\n\nComplaint received in the general inbox - forwarding for follow-up.\n\n{desk[0]}\n\n"
                + fwd_block(orig, 'en', (p.full, p.email), t0, subj0, ('Clinic info', f"info@{P.CLINIC['dom']}")))
        subj = 'Fwd: ' + subj0
    return spec_out(c, lang, 'complaint_forward', 'patient complaint forwarded inline with condition', staff_addr(desk), [staff_addr(mgr)],
                    subj, body, T, date=t1)


# ------------------------------------------------------------------ 30 consultation reply letter (PDF or DOCX)
def p_consult_reply(c, lang):
    r = c.rng
    p = c.holder_patient(lang)
    spec = pick_spec(r, p)
    doc = c.doc(spec)
    gp = c.gp()
    sec = c.staff()
    when = c.when()
    dx = diag(spec, r, 'fr' if lang == 'fr' else 'en', p)
    m = med(spec, r, lang)
    l1 = lab(r, lang)
    fields = ['name', 'nam', 'dob']
    blk, T = id_block(p, lang, fields, r, pdf_safe=True)
    T |= {'diagnosis', 'medication', 'lab_result'}
    if lang == 'fr':
        lines = ['# Réponse de consultation — ' + spec_name(spec, 'fr')] + blk + ['', f"Médecin référent : {gp[0]} {gp[1]} {gp[2]}, {gp[3]}", '',
                 '# Impression', dx, '# Examens', l1, '# Plan', f"Débuter {m}.", 'Revoir dans 3 mois avec bilan.', '', doc_name(doc, 'fr')]
        body = (f"{greet('fr', r)}\n\nVous trouverez ci-joint la réponse de consultation de {doc_name(doc, 'fr')}.\n\n{closing('fr', r)}\n{sig(sec, 'fr', r)}")
        subj = r.choice(['Réponse de consultation', f"Consultation {spec_name(spec, 'fr')} — réponse", 'Rapport de consultation'])
    else:
        lines = ['# Consultation report - ' + spec_name(spec, 'en')] + blk + ['', f"Referring physician: Dr. {gp[1]} {gp[2]}, {gp[3]}", '',
                 '# Impression', dx, '# Investigations', l1, '# Plan', f"Start {m}.", 'Follow-up in 3 months with bloodwork.', '', doc_name(doc, 'en')]
        body = f"{greet('en', r)}\n\nPlease find attached {doc_name(doc, 'en')}'s consultation report.\n\n{closing('en', r)}\n{sig(sec, 'en', r)}"
        subj = r.choice(['Consultation report', f"{spec_name(spec, 'en')} consult - report"])
    if r.random() < .5:
        data = F.pdf(lines[0][2:], lines[1:], author=P.CLINIC['fr'], compress=r.random() < .5)
        fn = r.choice(['consultation.pdf', f"consult_{spec}_{when:%Y%m%d}.pdf", 'Réponse consultation.pdf'])
    else:
        data = F.docx(lines[1:], title=lines[0][2:], author=f"{sec[0]} {sec[1]}")
        fn = r.choice(['consultation.docx', f"Rapport_{spec}.docx"])
    return spec_out(c, lang, 'consult_reply', 'consultation report attachment with NAM, DOB, dx, meds, lab', staff_addr(sec),
                    [(f"{gp[0]} {gp[1]} {gp[2]}", email_of(gp[1], gp[2], gp[4]))], subj, body, T, date=when,
                    attachments=[dict(data=data, filename=fn)])


# ------------------------------------------------------------------ 31 case conference calendar invitation
def p_case_conf_ics(c, lang):
    r = c.rng
    p = c.inv(lang)
    spec = pick_spec(r, p, ['neuro', 'pneumo', 'gastro', 'rhumato'])
    dx = diag(spec, r, lang, p)
    mgr = c.manager()
    when = c.when()
    d = P.workday_after(r, when.date(), 2, 14)
    st = datetime.datetime(d.year, d.month, d.day, 12, 0)
    docs = [c.doc(spec), c.doc()]
    who = nm(p, lang, r, r.choice(['title_full', 'SUR_given', 'initial', 'full']))
    summ = (f"Rencontre interdisciplinaire — {who} ({dx})" if lang == 'fr' else f"Interdisciplinary meeting - {who} ({dx})")
    desc = ("Plan de congé et orientation. Apporter le dossier papier." if lang == 'fr' else 'Discharge planning and orientation. Bring the paper chart.')
    T = {'patient_name', 'diagnosis'}
    if r.random() < .5:
        desc += f"\n{'Dossier' if lang == 'fr' else 'Chart'} {p.mrn}"
        T.add('mrn')
    icsb = F.ics(f"{r.getrandbits(60):x}@{P.CLINIC['dom']}", st, st + datetime.timedelta(minutes=45), summ, desc, 'Salle Boréale (2e)',
                 (f"{mgr[0]} {mgr[1]}", email_of(mgr[0], mgr[1], P.CLINIC['dom'])), [doc_addr(x) for x in docs])
    body = ((f"{greet('fr', r)}\n\nInvitation à la rencontre de {P.dlong(d, 'fr', True)}, midi.\n\n{mgr[0]}") if lang == 'fr' else
            (f"{greet('en', r)}\n\nInvitation for the meeting on {P.dlong(d, 'en', True)} at noon.\n\n{mgr[0]}"))
    subj = (f"Invitation : {summ}" if r.random() < .5 else ('Invitation : rencontre interdisciplinaire' if lang == 'fr' else 'Invitation: interdisciplinary meeting'))
    return spec_out(c, lang, 'case_conference_ics', 'calendar invitation naming patient and diagnosis', staff_addr(mgr), [doc_addr(x) for x in docs],
                    subj, body, T, date=when, attachments=[dict(data=icsb, filename='invite.ics', cte='base64')])


# ------------------------------------------------------------------ 32 statistics workbook with a detail sheet
def p_stats_hidden_detail(c, lang):
    r = c.rng
    when = c.when()
    mgr = c.manager()
    sums = [['Spécialité' if lang == 'fr' else 'Specialty', 'En attente' if lang == 'fr' else 'Waiting', 'Hors délai' if lang == 'fr' else 'Overdue']]
    for s in r.sample([x[0] for x in P.SPECIALTIES], 6):
        sums.append([spec_name(s, lang), r.randint(20, 400), r.randint(0, 120)])
    det = [['NAM', 'Nom', 'Spécialité', 'Raison', 'Jours en attente'] if lang == 'fr' else ['NAM', 'Name', 'Specialty', 'Reason', 'Days waiting']]
    for i in range(r.randint(4, 8)):
        p = c.holder_patient(lang)
        s = pick_spec(r, p)
        det.append([p.nam, f"{p.surname}, {p.given}", spec_name(s, lang), diag(s, r, lang, p), r.randint(200, 700)])
    data = F.xlsx([('Sommaire' if lang == 'fr' else 'Summary', sums), ('détail_hors_délai' if lang == 'fr' else 'overdue_detail', det)])
    T = {'ramq_nam', 'patient_name', 'diagnosis'}
    if lang == 'fr':
        body = (f"{greet('fr', r)}\n\nVoici les statistiques trimestrielles de la liste d'attente pour le comité. Seuls les totaux sont à présenter.\n\n"
                f"{closing('fr', r)}\n{sig(mgr, 'fr', r)}")
        subj = 'Statistiques liste d\'attente — T' + str((when.month - 1) // 3 + 1)
    else:
        body = (f"{greet('en', r)}\n\nQuarterly wait-list statistics for the committee. Only the totals are to be presented.\n\n"
                f"{closing('en', r)}\n{sig(mgr, 'en', r)}")
        subj = f"Wait-list statistics Q{(when.month - 1) // 3 + 1}"
    return spec_out(c, lang, 'stats_with_detail', 'aggregate stats workbook whose second sheet lists named patients with NAMs',
                    staff_addr(mgr), [('Comité d\'accès', f"comite-acces@{P.CLINIC['dom']}")], subj, body, T, date=when,
                    attachments=[dict(data=data, filename=f"stats_LA_{when:%Y%m}.xlsx")])


# ------------------------------------------------------------------ 33 priority change with disguised NAM in the body
def p_disguised_nam(c, lang):
    r = c.rng
    p = c.holder_patient(lang)
    spec = pick_spec(r, p)
    liaison = r.choice([s for s in P.STAFF if 'CRDS' in s[3]])
    clerk = c.staff()
    when = c.when()
    c._dis = getattr(c, '_dis', -1) + 1
    style = [5, 7, 5, 8, 6, 2, 4, 3][c._dis % 8]
    dx = diag(spec, r, lang, p)
    T = {'ramq_nam', 'diagnosis'}
    name_part = ''
    if r.random() < .5:
        name_part = f" ({nm(p, lang, r, r.choice(['initial', 'lower', 'title_sur']))})"
        T.add('patient_name')
    if lang == 'fr':
        body = (f"{greet('fr', r)}\n\nLa priorité de la demande pour l'usager {fmt_nam(p.nam, style)}{name_part} passe de C à B "
                f"(aggravation : {dx}). Merci d'ajuster le rendez-vous.\n\n{closing('fr', r)}\n{sig(liaison, 'fr', r, org=P.CRDS['short'], phone=P.CRDS['phone'])}")
        subj = r.choice(['Changement de priorité', 'Priorité modifiée — demande CRDS', 'MAJ priorité'])
    else:
        body = (f"{greet('en', r)}\n\nThe priority of the request for patient {fmt_nam(p.nam, style)}{name_part} goes from C to B "
                f"(worsening: {dx}). Please adjust the appointment.\n\n{closing('en', r)}\n{sig(liaison, 'en', r, org=P.CRDS['short'], phone=P.CRDS['phone'])}")
        subj = r.choice(['Priority change', 'CRDS request - priority updated'])
    return spec_out(c, lang, 'disguised_nam', 'priority change; NAM typed with odd spacing / full-width digits', staff_addr(liaison, P.CRDS['dom']),
                    [staff_addr(clerk)], subj, body, T, date=when)


# ------------------------------------------------------------------ 34 CRDS status reply (HTML only)
def p_crds_status(c, lang):
    r = c.rng
    p = c.holder_patient(lang)
    spec = pick_spec(r, p)
    liaison = r.choice([s for s in P.STAFF if 'CRDS' in s[3]])
    gp = c.gp()
    when = c.when()
    reason = r.choice([('l\'usager a refusé deux rendez-vous proposés', 'the patient declined two offered appointments'),
                       ('l\'usager est injoignable (3 tentatives)', 'the patient could not be reached (3 attempts)'),
                       ('l\'usager a été vu en urgence entre-temps', 'the patient was seen urgently in the meantime')])
    T = {'ramq_nam', 'patient_name', 'diagnosis'}
    nm_s = nm(p, lang, r)
    if lang == 'fr':
        paras = [greet('fr', r), f"Nous vous informons que la demande en {spec_name(spec, 'fr')} pour <b>{nm_s}</b> (NAM {fmt_nam(p.nam, r.choice([0, 1]))}), "
                 f"motif « {diag(spec, r, 'fr', p)} », a été fermée : {reason[0]}.",
                 "Une nouvelle demande pourra être soumise au besoin.", closing('fr', r), f"{liaison[0]} {liaison[1]}<br>{P.CRDS['fr']}"]
        subj = r.choice(['Fermeture de demande', 'Demande fermée — avis au référent', 'Avis CRDS'])
    else:
        paras = [greet('en', r), f"The {spec_name(spec, 'en')} request for <b>{nm_s}</b> (NAM {fmt_nam(p.nam, r.choice([0, 1]))}), reason "
                 f"\"{diag(spec, r, 'en', p)}\", has been closed: {reason[1]}.", 'A new request may be submitted if needed.', closing('en', r),
                 f"{liaison[0]} {liaison[1]}<br>{P.CRDS['short']}"]
        subj = r.choice(['Request closed', 'CRDS notice - request closed'])
    html = '<!DOCTYPE html><html><body style="font-family:Verdana;font-size:10pt">\n' + '\n'.join(f'<p>{x}</p>' for x in paras) + '\n</body></html>\n'
    return spec_out(c, lang, 'crds_status', 'HTML-only CRDS closure notice naming patient, NAM and reason', staff_addr(liaison, P.CRDS['dom']),
                    [(f"{gp[0]} {gp[1]} {gp[2]}", email_of(gp[1], gp[2], gp[4]))], subj, None, T, date=when, html=html, layout='html')


# ------------------------------------------------------------------ 35 handover note before vacation
def p_handover(c, lang):
    r = c.rng
    a = c.staff()
    b = c.staff(exclude=(a,))
    when = c.when()
    items = []
    T = {'patient_name'}
    for i in range(r.randint(3, 6)):
        p = c.inv(lang) if r.random() < .7 else c.holder_patient(lang)
        spec = pick_spec(r, p)
        k = r.randrange(4)
        if k == 0:
            items.append((f"{nm(p, lang, r)} : attend son formulaire d'assurance ({diag(spec, r, 'fr', p)}), à faire signer par {doc_name(c.doc(spec), 'fr', True)}"
                          if lang == 'fr' else f"{nm(p, lang, r)}: waiting for insurance form ({diag(spec, r, 'en', p)}), needs {doc_name(c.doc(spec), 'en', True)}'s signature"))
            T.add('diagnosis')
        elif k == 1:
            items.append((f"{nm(p, lang, r)} ({p.phone}) : rappeler pour résultat {de(PROC[spec][0])} — ne pas laisser de message détaillé"
                          if lang == 'fr' else f"{nm(p, lang, r)} ({p.phone}): call back about {PROC[spec][1]} result - no detailed voicemail"))
            T.add('patient_contact')
        elif k == 2:
            items.append((f"{nm(p, lang, r)} : interprète {r.choice(['arabe', 'espagnol', 'tigrinya'])} à réserver pour le {P.workday_after(r, when.date(), 3, 20):%d/%m} ({diag(spec, r, 'fr', p)})"
                          if lang == 'fr' else f"{nm(p, lang, r)}: book {r.choice(['Arabic', 'Spanish', 'Tigrinya'])} interpreter for {P.workday_after(r, when.date(), 3, 20):%m/%d} ({diag(spec, r, 'en', p)})"))
            T.add('diagnosis')
        else:
            items.append((f"{nm(p, lang, r)} : renouvellement {med(spec, r, 'fr')} reçu de la pharmacie, en attente de signature"
                          if lang == 'fr' else f"{nm(p, lang, r)}: renewal for {med(spec, r, 'en')} from pharmacy, awaiting signature"))
            T.add('medication')
    if lang == 'fr':
        body = (f"Salut {b[0]},\n\nComme je suis en vacances à partir de demain, voici mes dossiers en suspens :\n\n" + '\n'.join('* ' + x for x in items)
                + f"\n\nTout est dans le bac bleu. Merci mille fois!\n{a[0]}")
        subj = r.choice(['Dossiers en suspens', 'Suivis pendant mes vacances', 'Passation'])
    else:
        body = (f"Hi {b[0]},\n\nSince I'm on vacation from tomorrow, here are my pending files:\n\n" + '\n'.join('* ' + x for x in items) +
                f"\n\nEverything is in the blue tray. Thanks a million!\n{a[0]}")
        subj = r.choice(['Pending files', 'Follow-ups while I am away', 'Handover'])
    return spec_out(c, lang, 'handover_note', 'secretary handover list of pending patient tasks', staff_addr(a), [staff_addr(b)], subj, body, T, date=when)


# ------------------------------------------------------------------ 36 patient asks for an insurance form, with DOB, inline
def p_patient_form_request(c, lang):
    r = c.rng
    p = c.holder_patient(lang, adult=True) if r.random() < .5 else c.inv(lang)
    spec = pick_spec(r, p, ['ortho', 'neuro', 'gyneco', 'rhumato'])
    dx = diag(spec, r, lang, p)
    clerk = c.staff()
    doc = c.doc(spec)
    t0 = c.when()
    t1 = t0 + datetime.timedelta(hours=r.randint(1, 26))
    ins = r.choice(P.INSURERS)
    T = {'patient_name', 'date_of_birth', 'diagnosis'}
    if lang == 'fr':
        orig = (f"Bonjour,\n\nJe m'appelle {p.full}, née/né le {P.dlong(p.dob, 'fr')}. {ins[0]} me demande un formulaire rempli par "
                f"{doc_name(doc, 'fr')} pour mon arrêt de travail ({dx}). Je vous l'ai envoyé par la poste. Combien ça coûte?\n\nMerci")
        body = (f"{greet('fr', r, doc_name(doc, 'fr', True))}\n\nPour info, voir ci-dessous. Je lui ai répondu que c'est 60 $ et 10 jours ouvrables.\n\n{clerk[0]}\n\n"
                + quote_block(orig, 'fr', r, (p.full, p.email), t0, 'formulaire assurance', ('Clinique', f"info@{P.CLINIC['dom']}")))
        subj = 'TR : formulaire assurance'
    else:
        orig = (f"Hello,\n\nMy name is {p.full}, born {P.dlong(p.dob, 'en')}. {ins[0]} is asking for a form filled out by {doc_name(doc, 'en')} "
                f"for my sick leave ({dx}). I mailed it to you. How much does it cost?\n\nThanks")
        body = (f"{greet('en', r, doc_name(doc, 'en', True))}\n\nFYI, see below. I told her/him it's $60 and 10 business days.\n\n{clerk[0]}\n\n"
                + quote_block(orig, 'en', r, (p.full, p.email), t0, 'insurance form', ('Clinic', f"info@{P.CLINIC['dom']}")))
        subj = 'Fwd: insurance form'
    return spec_out(c, lang, 'patient_form_request', "patient's request (quoted) with DOB and diagnosis", staff_addr(clerk), [doc_addr(doc)],
                    subj, body, T, date=t1)


# ------------------------------------------------------------------ 37 income-support medical report
def p_income_support(c, lang):
    r = c.rng
    p = c.holder_patient(lang, adult=True) if r.random() < .5 else c.inv(lang)
    spec = pick_spec(r, p, ['neuro', 'rhumato', 'pneumo', 'cardio', 'ortho'])
    dx = diag(spec, r, lang, p)
    doc = c.doc(spec)
    clerk = c.staff()
    when = c.when()
    T = {'patient_name', 'social_information', 'diagnosis'}
    ident = ''
    if p.nam and r.random() < .6:
        ident = f", NAM {fmt_nam(p.nam, r.choice([0, 1, 2]))}"
        T.add('ramq_nam')
    elif r.random() < .5:
        ident = (f", né(e) le {P.dlong(p.dob, 'fr')}" if lang == 'fr' else f", born {P.dlong(p.dob, 'en')}")
        T.add('date_of_birth')
    who = nm(p, lang, r)
    if lang == 'fr':
        body = (f"{greet('fr', r, doc_name(doc, 'fr', True))}\n\n{who}{ident} a déposé à la réception le rapport médical du ministère "
                f"de l'Emploi et de la Solidarité sociale (demande de contraintes sévères à l'emploi). La personne reçoit présentement "
                f"l'aide sociale de base, vit seule en chambre et n'a plus de médecin de famille. Diagnostic au dossier : {dx}.\n"
                f"Le formulaire doit être retourné avant le {P.dlong(P.workday_after(r, when.date(), 10, 30), 'fr')}, sinon sa prestation sera réduite.\n\n"
                f"Je le laisse dans votre casier.\n{clerk[0]}")
        subj = r.choice(['Rapport médical — solidarité sociale', 'Formulaire aide sociale à remplir', 'Contraintes sévères — formulaire'])
    else:
        body = (f"{greet('en', r, doc_name(doc, 'en', True))}\n\n{who}{ident} dropped off the Quebec social assistance medical report "
                f"(request for severe limitations to employment). They are currently on basic social assistance, live alone in a rooming house "
                f"and no longer have a family doctor. Diagnosis on file: {dx}.\nThe form is due back within a few weeks or their benefit will be reduced.\n\n"
                f"Leaving it in your mailbox.\n{clerk[0]}")
        subj = r.choice(['Social assistance medical report', 'Income support form to complete'])
    return spec_out(c, lang, 'income_support', 'social assistance form request: income, housing and diagnosis', staff_addr(clerk), [doc_addr(doc)],
                    subj, body, T, date=when)


# ------------------------------------------------------------------ 38 abnormal results call-back list
def p_abnormal_results(c, lang):
    r = c.rng
    when = c.when()
    nurse = ('Geneviève', 'Roussel-Bédard', 'infirmière clinicienne', 'clinical nurse')
    clerk = c.staff()
    rows = [['Dossier', 'Usager', 'Analyse', 'Résultat', 'Prescripteur', 'Action'] if lang == 'fr' else
            ['MRN', 'Patient', 'Test', 'Result', 'Ordered by', 'Action']]
    for i in range(r.randint(4, 9)):
        p = c.inv(lang)
        spec = pick_spec(r, p, ['cardio', 'endo', 'gastro', 'uro', 'rhumato'])
        l0 = lab(r, lang)
        rows.append([p.mrn, nm(p, lang, r, r.choice(['sur_given_comma', 'SUR_given', 'initial'])), l0.split(' ')[0], l0,
                     doc_name(c.doc(spec), lang, True), r.choice(['RDV < 1 sem.', 'rappeler', 'renouveler Rx', 'aviser MD'] if lang == 'fr'
                                                                else ['appt < 1 wk', 'call back', 'renew Rx', 'notify MD'])])
    T = {'mrn', 'patient_name', 'lab_result'}
    if lang == 'fr':
        intro = (f"{greet('fr', r, clerk[0])}\n\nVoici les résultats anormaux de la semaine à traiter. Merci d'appeler les usagers "
                 f"pour leur fixer un rendez-vous selon la colonne « Action ».")
        subj = r.choice(['Résultats anormaux — appels à faire', 'Liste de rappels — labo', 'Résultats à traiter'])
    else:
        intro = (f"{greet('en', r, clerk[0])}\n\nThis week's abnormal results to action. Please call the patients and book them as per the 'Action' column.")
        subj = r.choice(['Abnormal results - calls to make', 'Lab call-back list'])
    att = []
    html = None
    if r.random() < .5:
        att.append(dict(data=F.xlsx([('Résultats' if lang == 'fr' else 'Results', rows)], creator=nurse[0]),
                        filename=r.choice(['resultats_anormaux.xlsx', f"labo_{when:%Y%m%d}.xlsx"])))
        text = intro + f"\n\n{nurse[0]} {nurse[1]}, {nurse[2] if lang == 'fr' else nurse[3]}"
    else:
        text = intro + '\n\n' + '\n'.join(' ; '.join(str(x) for x in row) for row in rows) + f"\n\n{nurse[0]}"
        html = '<html><body>' + ''.join(f'<p>{x}</p>' for x in intro.split('\n\n')) + html_table(rows) + f'<p>{nurse[0]}</p></body></html>\n'
    return spec_out(c, lang, 'abnormal_results', 'call-back list of abnormal lab values with MRN and names', (f"{nurse[0]} {nurse[1]}", email_of(nurse[0], nurse[1], P.CLINIC['dom'])),
                    [staff_addr(clerk)], subj, text, T, date=when, attachments=att, html=html)
