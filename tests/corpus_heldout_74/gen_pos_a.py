"""Positive templates, part A: referrals, CRDS, booking, wait lists, faxes."""
import datetime

import gen_files as F
import gen_people as P
from gen_common import (nm, title, greet, closing, sig, staff_addr, doc_addr, doc_name, quote_block, fwd_block,
                        de, diag, med, lab, spec_name, pick_spec, PROC, email_of, NEUTRAL)
from gen_ids import fmt_nam
from gen_mime import html_table

LBL_FR = {'name': 'Nom', 'nam': 'NAM', 'dob': 'Date de naissance', 'sex': 'Sexe', 'mrn': 'No de dossier',
          'phone': 'Téléphone', 'addr': 'Adresse'}
LBL_EN = {'name': 'Name', 'nam': 'RAMQ no.', 'dob': 'Date of birth', 'sex': 'Sex', 'mrn': 'Chart no.',
          'phone': 'Phone', 'addr': 'Address'}
TYPE_OF = {'name': 'patient_name', 'nam': 'ramq_nam', 'dob': 'date_of_birth', 'mrn': 'mrn', 'phone': 'patient_contact',
           'addr': 'patient_contact'}


def id_block(p, lang, fields, r, pdf_safe=False, namstyle=None, namestyle=None):
    L = LBL_FR if lang == 'fr' else LBL_EN
    lines, T = [], set()
    for f in fields:
        if f == 'name':
            v = nm(p, lang, r, namestyle or r.choice(['full', 'SUR_given', 'sur_given_comma', 'upper']))
        elif f == 'nam':
            st = namstyle if namstyle is not None else r.choice([0, 0, 1, 2, 3, 4, 6, 8] if pdf_safe else [0, 0, 1, 2, 3, 4, 5, 6, 7, 8])
            v = fmt_nam(p.nam, st)
        elif f == 'dob':
            v = P.dob_str(p.dob, r, lang)
        elif f == 'sex':
            v = p.sex if lang == 'en' else ('F' if p.sex == 'F' else 'M')
        elif f == 'mrn':
            v = p.mrn
        elif f == 'phone':
            v = p.phone
        elif f == 'addr':
            v = p.addr
        lines.append(f"{L[f]} : {v}" if lang == 'fr' else f"{L[f]}: {v}")
        if f in TYPE_OF:
            T.add(TYPE_OF[f])
    return lines, T


def spec_out(c, lang, cat, note, frm, to, subject, text, types, **kw):
    d = dict(cat=cat, lang=lang, note=note, frm=frm, to=to, subject=subject, text=text, types=set(types), date=kw.pop('date', None) or c.when())
    d.update(kw)
    return d


# ------------------------------------------------------------------ 1 referral to CRDS (PDF form)
def p_referral_crds(c, lang):
    r = c.rng
    p = c.holder_patient(lang)
    spec = pick_spec(r, p)
    gp = c.gp()
    sec = c.staff()
    prio = r.choice('ABCDE')
    dx = diag(spec, r, 'fr', p)
    fields = ['name', 'nam', 'dob', 'sex', 'phone', 'addr']
    blk, T = id_block(p, 'fr', fields, r, pdf_safe=True)
    form = ['# Formulaire de demande de consultation — ' + spec_name(spec, 'fr'), 'Priorité clinique : ' + prio, ''] + \
           ['# Identification de l\'usager'] + blk + ['', '# Raison de consultation', dx,
            'Renseignements cliniques : ' + r.choice(['Symptômes depuis 3 mois.', 'Aggravation récente, impact fonctionnel.',
                                                    'Investigation en première ligne non concluante.']),
            '', '# Médecin référent', f"{gp[0]} {gp[1]} {gp[2]} — {gp[3]}", 'Signature : ____________________']
    T |= {'diagnosis'}
    pdfb = F.pdf('Demande de consultation (CRDS)', form, author=gp[3], compress=r.random() < .5)
    fname = r.choice([f"demande_{spec}_{p.surname}.pdf", f"AH-702_{P.SPEC[spec][0].replace(' ', '_')}.pdf",
                      f"requete_CRDS_{r.randint(1000, 9999)}.pdf", f"Référence {spec}.pdf"])
    if lang == 'fr':
        body = (f"{greet('fr', r)}\n\nVeuillez trouver ci-joint une demande de consultation en {spec_name(spec, 'fr')} "
                f"(priorité {prio}) pour {r.choice(['notre patient' if p.sex == 'M' else 'notre patiente', ('un patient' if p.sex == 'M' else 'une patiente') + (' de la ' if gp[0] == 'Dre' else ' du ') + gp[0] + ' ' + gp[2], 'la personne mentionnée'])}.\n"
                f"{r.choice(['Le formulaire est complet et signé.', 'Merci de confirmer la réception.', 'La copie papier suit par la poste.'])}\n\n"
                f"{closing('fr', r)}\n\n{sig((sec[0], sec[1], 'secrétaire médicale', 'medical secretary'), 'fr', r, org=gp[3])}")
        subj = r.choice([f"Demande de consultation {spec_name(spec, 'fr')} — priorité {prio}", 'Nouvelle référence CRDS',
                         f"Réf. CRDS {spec}"])
    else:
        body = (f"{greet('en', r)}\n\nPlease find attached a consultation request for {spec_name(spec, 'en')} "
                f"(priority {prio}). The form is in French as required by the CRDS.\n\n{closing('en', r)}\n\n"
                f"{sig((sec[0], sec[1], 'secrétaire médicale', 'medical secretary'), 'en', r, org=gp[3])}")
        subj = f"Referral to CRDS - {spec_name(spec, 'en')} (P{prio})"
    if r.random() < 0.3:
        subj += f" - {p.surname.upper()}"
        # the subject alone now carries a name; types unchanged (name is in the form too)
    return spec_out(c, lang, 'referral_crds', 'referral form PDF to CRDS with NAM, DOB, reason', (f"{sec[0]} {sec[1]}", email_of(sec[0], sec[1], gp[4])),
                    [(P.CRDS['short'], f"demandes@{P.CRDS['dom']}")], subj, body, T,
                    attachments=[dict(data=pdfb, filename=fname)])


# ------------------------------------------------------------------ 2 CRDS assignment table (HTML)
def p_crds_assign(c, lang):
    r = c.rng
    spec = pick_spec(r, None, NEUTRAL)
    liaison = r.choice([s for s in P.STAFF if 'CRDS' in s[3]])
    doc = c.doc(spec)
    n = r.randint(3, 6)
    rows = [['No demande', 'NAM', 'Usager', 'DDN', 'Raison', 'Priorité', 'Délai cible'] if lang == 'fr'
            else ['Request #', 'NAM', 'Patient', 'DOB', 'Reason', 'Priority', 'Target date']]
    day = c.when()
    for i in range(n):
        p = c.holder_patient(lang) if i < 2 or r.random() < .5 else c.inv(lang)
        nam = fmt_nam(p.nam, r.choice([0, 0, 1, 3])) if p.nam else '—'
        due = P.workday_after(r, day.date(), 3, 90)
        rows.append([f"CRDS-{r.randint(250000, 259999)}", nam, nm(p, lang, r, 'sur_given_comma'), p.dob.isoformat(),
                     diag(spec, r, lang, p), r.choice('ABCDE'), due.isoformat()])
    T = {'ramq_nam', 'patient_name', 'date_of_birth', 'diagnosis'}
    if lang == 'fr':
        intro = (f"{greet('fr', r)}\n\nVoici les demandes attribuées aujourd'hui à la clinique {de(spec_name(spec, 'fr'))} "
                 f"({doc_name(doc, 'fr')}). Merci de fixer les rendez-vous et de nous retourner les dates dans le délai prévu.")
        subj = f"Attribution CRDS — {spec_name(spec, 'fr')} — {day:%Y-%m-%d}"
    else:
        intro = (f"{greet('en', r)}\n\nBelow are today's CRDS assignments for the {spec_name(spec, 'en')} clinic "
                 f"({doc_name(doc, 'en')}). Please book them and send the appointment dates back before the target date.")
        subj = f"CRDS assignments - {spec_name(spec, 'en')} - {day:%Y-%m-%d}"
    sg = sig(liaison, lang, r, org=P.CRDS['short'], phone=P.CRDS['phone'])
    text = intro + '\n\n' + '\n'.join(' | '.join(x) for x in rows) + '\n\n' + closing(lang, r) + '\n' + sg
    html = ('<html><body style="font-family:Arial;font-size:10pt">' + ''.join(f'<p>{x}</p>' for x in intro.split('\n\n')) +
            html_table(rows) + f'<p>{closing(lang, r)}</p><pre>{sg}</pre></body></html>\n')
    sec = c.staff()
    return spec_out(c, lang, 'crds_assignment', 'CRDS assignment table with NAMs, DOBs, reasons', staff_addr(liaison, P.CRDS['dom']),
                    [staff_addr(sec)], subj, text, T, html=html, date=day, layout=r.choice(['html', 'alt']))


# ------------------------------------------------------------------ 3 booking confirmation to patient
def p_booking_confirm(c, lang):
    r = c.rng
    p = c.inv(lang) if r.random() < .6 else c.holder_patient(lang)
    spec = pick_spec(r, p, ['gastro', 'cardio', 'uro', 'gyneco', 'pneumo', 'orl', 'endo', 'ophtalmo'])
    doc = c.doc(spec)
    clerk = c.staff()
    when = c.when()
    appt = P.workday_after(r, when.date(), 5, 50)
    hr = P.hhmm(r, lang)
    proc = PROC[spec][0 if lang == 'fr' else 1]
    dx = diag(spec, r, lang, p)
    T = {'patient_name', 'diagnosis'}
    prep = ''
    if spec == 'gastro':
        prep_med = r.choice(['Pico-Salax', 'PEG 3350 (Colyte)', 'Bi-Peglyte'])
        T.add('medication')
        prep = (f"\nPréparation : prenez le {prep_med} selon la feuille jointe, la veille à 17 h et à 22 h. Cessez le fer 7 jours avant."
                if lang == 'fr' else
                f"\nPreparation: take the {prep_med} as per the attached sheet, the evening before at 5 PM and 10 PM. Stop iron pills 7 days before.")
    elif spec == 'cardio' and r.random() < .5:
        m = med('cardio', r, lang)
        T.add('medication')
        prep = (f"\nContinuez votre {m} comme d'habitude." if lang == 'fr' else f"\nKeep taking your {m} as usual.")
    who = nm(p, lang, r, r.choice(['title_sur', 'title_full', 'full']))
    if lang == 'fr':
        body = (f"Bonjour {who},\n\nNous confirmons votre rendez-vous en {spec_name(spec, 'fr')} avec {doc_name(doc, 'fr')} "
                f"le {P.dlong(appt, 'fr', True)} à {hr} ({proc}), dans le cadre de votre suivi ({dx}).{prep}\n\n"
                f"Présentez-vous 15 minutes à l'avance à la réception du 3e étage avec votre carte d'assurance maladie. "
                f"Pour annuler, appelez au {P.CLINIC['phone']} au moins 48 heures à l'avance.\n\n{closing('fr', r)}\n{sig(clerk, 'fr', r)}")
        subj = r.choice(['Confirmation de votre rendez-vous', f"Votre rendez-vous du {appt:%d/%m}", f"RDV {proc} — confirmation"])
    else:
        body = (f"Dear {who},\n\nThis confirms your {spec_name(spec, 'en')} appointment with {doc_name(doc, 'en')} on "
                f"{P.dlong(appt, 'en', True)} at {hr} ({proc}) for follow-up of your {dx}.{prep}\n\n"
                f"Please arrive 15 minutes early at the 3rd floor reception with your health card. To cancel, call "
                f"{P.CLINIC['phone']} at least 48 hours ahead.\n\n{closing('en', r)}\n{sig(clerk, 'en', r)}")
        subj = r.choice(['Appointment confirmation', f"Your appointment on {appt:%b %d}", f"{proc.capitalize()} - confirmation"])
    return spec_out(c, lang, 'booking_confirm', 'appointment confirmation to patient with reason and prep', staff_addr(clerk),
                    [(p.full, p.email)], subj, body, T, date=when)


# ------------------------------------------------------------------ 4 reschedule (reply with quoted patient mail)
def p_reschedule(c, lang):
    r = c.rng
    p = c.inv(lang)
    spec = pick_spec(r, p)
    dx = diag(spec, r, lang, p)
    clerk = c.staff()
    t0 = c.when()
    t1 = t0 + datetime.timedelta(hours=r.randint(2, 40))
    old = P.workday_after(r, t0.date(), 2, 10)
    new = P.workday_after(r, old, 3, 30)
    reason_fr = r.choice(['je commence ma radiothérapie cette semaine-là', "je n'ai pas de transport", 'mon fils se fait opérer le même jour',
                          "j'ai une autre prise de sang à l'hôpital"])
    reason_en = r.choice(["I start radiation therapy that week", "I won't have a ride", "my son is having surgery the same day",
                          "I have another blood test at the hospital"])
    if lang == 'fr':
        orig = (f"Bonjour,\n\nJ'ai un rendez-vous le {P.dlong(old, 'fr')} pour mon suivi ({dx}) mais {reason_fr}. "
                f"Est-ce possible de le déplacer?\n\nMerci\n{p.full}\n{p.phone}")
        subj0 = r.choice(['changement de rendez-vous', 'Déplacer mon rdv', 'RDV'])
        reply = (f"Bonjour {title(p, 'fr')} {p.surname},\n\nC'est fait : votre nouveau rendez-vous est le {P.dlong(new, 'fr', True)} "
                 f"à {P.hhmm(r, 'fr')}. L'ancien est annulé.\n\n{closing('fr', r)}\n{sig(clerk, 'fr', r)}")
    else:
        orig = (f"Hi,\n\nI have an appointment on {P.dlong(old, 'en')} for my {dx} follow-up but {reason_en}. "
                f"Could we move it?\n\nThanks\n{p.full}\ncell {p.phone}")
        subj0 = r.choice(['reschedule appointment', 'Change my appt please', 'appointment'])
        reply = (f"Hello {title(p, 'en')} {p.surname},\n\nDone - your new appointment is {P.dlong(new, 'en', True)} at "
                 f"{P.hhmm(r, 'en')}. The old one has been cancelled.\n\n{closing('en', r)}\n{sig(clerk, 'en', r)}")
    text = reply + '\n\n' + quote_block(orig, lang, r, (p.full, p.email), t0, subj0, staff_addr(clerk))
    T = {'patient_name', 'diagnosis', 'patient_contact'}
    return spec_out(c, lang, 'reschedule_reply', 'reply to patient; quoted request with diagnosis and phone', staff_addr(clerk),
                    [(p.full, p.email)], ('RE: ' if lang == 'en' else 'RE : ') + subj0, text, T, date=t1)


# ------------------------------------------------------------------ 5 wait list spreadsheet
def p_waitlist_xlsx(c, lang):
    r = c.rng
    spec = pick_spec(r, None, NEUTRAL)
    doc = c.doc(spec)
    clerk = r.choice([s for s in P.STAFF if 'wait' in s[3]] + [c.staff()])
    use_nam = r.random() < .65
    hdr = (['Rang', 'Nom', 'Prénom', 'NAM' if use_nam else 'No dossier', 'DDN', 'Raison', 'Priorité', 'Date réf.', 'Téléphone']
           if lang == 'fr' else ['Rank', 'Last name', 'First name', 'RAMQ' if use_nam else 'Chart #', 'DOB', 'Reason', 'Priority', 'Referred', 'Phone'])
    rows = [hdr]
    when = c.when()
    for i in range(r.randint(6, 14)):
        p = c.holder_patient(lang) if (use_nam and (i < 3 or r.random() < .4)) else c.inv(lang)
        ident = p.nam if (use_nam and p.nam) else (p.mrn if not use_nam else '')
        refd = when.date() - datetime.timedelta(days=r.randint(20, 400))
        rows.append([i + 1, p.surname, p.given, ident, p.dob, diag(spec, r, lang, p), r.choice('ABCDE'), refd, p.phone])
    T = {'patient_name', 'date_of_birth', 'diagnosis', 'patient_contact', 'ramq_nam' if use_nam else 'mrn'}
    sheets = [('Liste attente' if lang == 'fr' else 'Wait list', rows)]
    if r.random() < .4:
        sheets.insert(0, ('Résumé' if lang == 'fr' else 'Summary', [['Priorité' if lang == 'fr' else 'Priority', 'N'],
                                                                     ['A', 1], ['B', 3], ['C', 5], ['D', 2], ['E', 4]]))
    data = F.xlsx(sheets, creator=f"{clerk[0]} {clerk[1]}")
    fname = r.choice([f"liste_attente_{spec}_{when:%Y%m%d}.xlsx", f"waitlist_{spec}_{when:%b%Y}.xlsx", 'LA mise à jour.xlsx'])
    if lang == 'fr':
        body = (f"{greet('fr', r, doc_name(doc, 'fr', True))}\n\nVoici la liste d'attente à jour pour vos plages libérées. "
                f"Les priorités B sont en dépassement de délai.\n\n{closing('fr', r)}\n{sig(clerk, 'fr', r)}")
        subj = r.choice(["Liste d'attente à jour", f"LA {spec_name(spec, 'fr')}", 'liste pour remplir les plages annulées'])
    else:
        body = (f"{greet('en', r, doc_name(doc, 'en', True))}\n\nUpdated wait list attached for the freed-up slots. "
                f"Priority B patients are past their target date.\n\n{closing('en', r)}\n{sig(clerk, 'en', r)}")
        subj = r.choice(['Updated wait list', f"{spec_name(spec, 'en')} wait list", 'list to fill cancelled slots'])
    return spec_out(c, lang, 'waitlist_xlsx', 'wait list spreadsheet with identifiers and reasons', staff_addr(clerk),
                    [doc_addr(doc)], subj, body, T, date=when, attachments=[dict(data=data, filename=fname)])


# ------------------------------------------------------------------ 6 fax turned into e-mail
def p_fax_to_email(c, lang):
    r = c.rng
    p = c.holder_patient(lang) if r.random() < .5 else c.inv(lang)
    spec = pick_spec(r, p)
    when = c.when()
    sender_fax = P.phone(r).replace('-', '')
    kind = r.choice(['rx', 'consult', 'lab'])
    gp = c.gp()
    lines = [f"TÉLÉCOPIE / FAX — {gp[3]}", f"Date : {when:%Y-%m-%d %H:%M}", f"À : {P.CLINIC['fr']} — {spec_name(spec, 'fr')}",
             f"Télécopieur : {P.CLINIC['fax']}", 'Nombre de pages : 2', '']
    fields = ['name', 'dob'] + (['nam'] if p.nam else ['mrn'])
    blk, T = id_block(p, 'fr', fields, r, pdf_safe=True)
    lines += blk + ['']
    if kind == 'rx':
        m1, m2 = med(spec, r, 'fr'), med(spec, r, 'fr')
        lines += ['# Demande de renouvellement', f"1. {m1}", f"2. {m2}", 'Quantité : 90 jours, renouvelable 3 fois']
        T.add('medication')
    elif kind == 'consult':
        lines += ['# Motif', diag(spec, r, 'fr', p), 'Merci de voir ce patient en priorité.']
        T.add('diagnosis')
    else:
        lines += ['# Résultats de laboratoire', lab(r, 'fr'), lab(r, 'fr'), 'Valeurs critiques — aviser le médecin traitant.']
        T.add('lab_result')
    lines += ['', f"{gp[0]} {gp[1]} {gp[2]}", "Ce document est destiné uniquement au destinataire."]
    pdfb = F.pdf('Télécopie reçue', lines, author='FaxGate 7.1', compress=r.random() < .6, footer=f"Reçu de {sender_fax} — page 1")
    fname = r.choice([f"fax_{when:%Y%m%d_%H%M%S}.pdf", f"FAX{r.randint(10000000, 99999999)}.pdf", f"Telecopie_{sender_fax}.pdf"])
    if lang == 'fr':
        body = (f"Vous avez reçu une nouvelle télécopie.\n\nExpéditeur : {sender_fax}\nPages : 2\nReçue le : {when:%Y-%m-%d %H:%M}\n"
                f"Boîte : secretariat-{spec}\n\nCe message a été généré automatiquement par le service Télécopie-vers-courriel. Ne pas répondre.")
        subj = f"Télécopie reçue de {sender_fax} (2 pages)"
    else:
        body = (f"You have received a new fax.\n\nFrom: {sender_fax}\nPages: 2\nReceived: {when:%Y-%m-%d %H:%M}\nMailbox: {spec}-office\n\n"
                f"This message was generated automatically by the fax-to-email service. Do not reply.")
        subj = f"New fax from {sender_fax} - 2 page(s)"
    fwd = r.random() < .4
    to = [(f"Secrétariat {spec}", f"secretariat-{spec}@{P.CLINIC['dom']}")]
    frm = ('FaxGate', f"fax-noreply@fax.{P.CLINIC['dom']}")
    if fwd:
        clerk = c.staff()
        doc = c.doc(spec)
        body = ((f"{greet('fr', r)}\n\nTélécopie reçue ce matin pour vous, je la transfère.\n\n{clerk[0]}\n\n" if lang == 'fr' else
                 f"{greet('en', r)}\n\nFax came in this morning for you, forwarding.\n\n{clerk[0]}\n\n") +
                fwd_block(body, lang, frm, when, subj, to[0]))
        subj = ('TR : ' if lang == 'fr' else 'Fwd: ') + subj
        frm, to = staff_addr(clerk), [doc_addr(doc)]
        when = when + datetime.timedelta(minutes=r.randint(5, 200))
    return spec_out(c, lang, 'fax_to_email', 'fax-to-email PDF with patient and clinical content (attachment only)', frm, to, subj,
                    body, T, date=when, attachments=[dict(data=pdfb, filename=fname)])


# ------------------------------------------------------------------ 7 reminder with ICS
def p_reminder_ics(c, lang):
    r = c.rng
    p = c.inv(lang) if r.random() < .6 else c.holder_patient(lang)
    spec = pick_spec(r, p)
    doc = c.doc(spec)
    when = c.when()
    appt = P.workday_after(r, when.date(), 1, 3)
    st = datetime.datetime(appt.year, appt.month, appt.day, r.choice([8, 9, 10, 13, 14, 15]), r.choice([0, 15, 30, 45]))
    proc = PROC[spec][0 if lang == 'fr' else 1]
    T = {'patient_name'}
    summ = (f"RDV {proc} — {doc_name(doc, 'fr', True)}" if lang == 'fr' else f"{proc.capitalize()} appointment - {doc_name(doc, 'en', True)}")
    desc_parts = []
    who = nm(p, lang, r, r.choice(['full', 'title_full', 'sur_given_comma']))
    if r.random() < .6:
        dx = diag(spec, r, lang, p)
        desc_parts.append((f"Patient : {who}\nMotif : {dx}" if lang == 'fr' else f"Patient: {who}\nReason: {dx}"))
        T.add('diagnosis')
    else:
        desc_parts.append((f"Patient : {who}\nTél. : {p.phone}" if lang == 'fr' else f"Patient: {who}\nPhone: {p.phone}"))
        T.add('patient_contact')
    desc_parts.append(('Apportez votre carte RAMQ et la liste de vos médicaments.' if lang == 'fr' else
                       'Bring your health card and your medication list.'))
    icsb = F.ics(f"{r.getrandbits(64):x}@agenda.{P.CLINIC['dom']}", st, st + datetime.timedelta(minutes=r.choice([30, 45, 60])),
                 summ, '\n'.join(desc_parts), f"{P.CLINIC['fr']}, 3e étage, salle {r.randint(301, 322)}",
                 ('Agenda clinique', f"agenda@{P.CLINIC['dom']}"), [(p.full, p.email)],
                 alarm='Rappel rendez-vous' if lang == 'fr' else 'Appointment reminder')
    if lang == 'fr':
        body = (f"Bonjour {who},\n\nCeci est un rappel automatique de votre rendez-vous du {P.dlong(appt, 'fr', True)} à {st:%H:%M}. "
                f"Vous pouvez ajouter l'invitation ci-jointe à votre calendrier.\n\nPour annuler : {P.CLINIC['phone']}.\n\n"
                f"{P.CLINIC['fr']}\nCe courriel est envoyé automatiquement.")
        subj = r.choice(['Rappel de rendez-vous', f"Rappel : rendez-vous le {appt:%d/%m/%Y}", 'Votre rendez-vous de demain'])
    else:
        body = (f"Hello {who},\n\nThis is an automatic reminder of your appointment on {P.dlong(appt, 'en', True)} at {st:%H:%M}. "
                f"You can add the attached invitation to your calendar.\n\nTo cancel: {P.CLINIC['phone']}.\n\n{P.CLINIC['en']}\nThis e-mail is sent automatically.")
        subj = r.choice(['Appointment reminder', f"Reminder: appointment on {appt:%b %d}", 'Your appointment tomorrow'])
    return spec_out(c, lang, 'reminder_ics', 'automatic reminder with ICS naming patient and reason/phone', ('Rappels Deux-Rives', f"rappels@{P.CLINIC['dom']}"),
                    [(p.full, p.email)], subj, body, T, date=when,
                    attachments=[dict(data=icsb, filename=r.choice(['invite.ics', 'rendez-vous.ics', 'appointment.ics']))])


# ------------------------------------------------------------------ 8 reminder batch CSV for reception
def p_reminder_csv(c, lang):
    r = c.rng
    when = c.when()
    day = P.workday_after(r, when.date(), 1, 2)
    clerk = c.staff()
    rows = [['heure', 'nom', 'prenom', 'tel', 'medecin', 'motif', 'confirme'] if lang == 'fr' else
            ['time', 'last_name', 'first_name', 'phone', 'physician', 'reason', 'confirmed']]
    for i in range(r.randint(8, 16)):
        p = c.inv(lang)
        spec = pick_spec(r, p)
        rows.append([f"{r.randint(8, 15):02d}:{r.choice(['00', '15', '30', '45'])}", p.surname, p.given, p.phone,
                     doc_name(c.doc(spec), 'fr', True), diag(spec, r, lang, p), r.choice(['oui', 'non', 'msg laissé'] if lang == 'fr' else ['yes', 'no', 'left msg'])])
    rows[1:] = sorted(rows[1:])
    enc = r.choice(['utf-8', 'utf-8', 'windows-1252'])
    data = F.csv_bytes(rows, delimiter=r.choice([',', ';']), encoding=enc, bom=r.random() < .4)
    T = {'patient_name', 'patient_contact', 'diagnosis'}
    if lang == 'fr':
        body = (f"{greet('fr', r)}\n\nExport des rappels téléphoniques pour {P.dlong(day, 'fr', True)}. Ceux marqués « non » sont à rappeler "
                f"avant midi.\n\n{closing('fr', r)}\n{sig(clerk, 'fr', r)}")
        subj = f"Rappels {day:%d-%m} — export"
    else:
        body = (f"{greet('en', r)}\n\nReminder-call export for {P.dlong(day, 'en', True)}. Those marked 'no' need a call back before noon.\n\n"
                f"{closing('en', r)}\n{sig(clerk, 'en', r)}")
        subj = f"Reminder calls {day:%m/%d} export"
    return spec_out(c, lang, 'reminder_csv', 'CSV export of next-day reminders: names, phones, reasons', staff_addr(clerk),
                    [('Réception', f"reception@{P.CLINIC['dom']}")], subj, body, T, date=when,
                    attachments=[dict(data=data, filename=f"rappels_{day:%Y%m%d}.csv", charset=enc)])


# ------------------------------------------------------------------ 9 insurance form (PDF, sometimes SIN)
def p_insurance_form(c, lang):
    r = c.rng
    from gen_ids import make_sin, fmt_sin
    p = c.inv(lang) if r.random() < .6 else c.holder_patient(lang, adult=True)
    ins = r.choice(P.INSURERS)
    spec = pick_spec(r, p, ['ortho', 'neuro', 'rhumato', 'cardio', 'gastro'])
    doc = c.doc(spec)
    clerk = c.staff()
    when = c.when()
    off = when.date() - datetime.timedelta(days=r.randint(10, 90))
    back = P.workday_after(r, when.date(), 14, 80)
    dx = diag(spec, r, 'fr', p)
    with_sin = r.random() < .45
    sinv = make_sin(r)
    lines = ["# Déclaration du médecin traitant — invalidité de courte durée", f"Assureur : {ins[0]}",
             f"No de police : GR-{r.randint(10000, 99999)}   No de certificat : {r.randint(1000000, 9999999)}", '',
             '# Employé(e)', f"Nom : {p.surname}, {p.given}", f"Date de naissance : {p.dob.isoformat()}"]
    T = {'patient_name', 'date_of_birth', 'diagnosis'}
    if with_sin:
        lines.append(f"NAS : {fmt_sin(sinv, r.randrange(3))}")
        T.add('ca_sin')
    lines += ['', '# Renseignements médicaux', f"Diagnostic principal : {dx}", f"Date d'arrêt de travail : {off.isoformat()}",
              f"Retour prévu : {back.isoformat()}", f"Traitement : {med(spec, r, 'fr')}; physiothérapie 2x/semaine",
              f"Restrictions : {r.choice(['aucun port de charge > 5 kg', 'pas de conduite', 'retour progressif 3 jours/semaine'])}", '',
              f"Médecin : {doc_name(doc, 'fr')}, {spec_name(spec, 'fr')}", 'Signature : ________']
    T.add('medication')
    pdfb = F.pdf('Formulaire d\'assurance', lines, author=P.CLINIC['fr'], compress=r.random() < .5)
    fname = r.choice([f"formulaire_{ins[0].split()[-1]}_{p.surname}.pdf", f"APS_{r.randint(100, 999)}.pdf", 'formulaire complété.pdf'])
    claims = f"reclamations@{ins[1]}" if lang == 'fr' else f"claims@{ins[1]}"
    if lang == 'fr':
        body = (f"{greet('fr', r)}\n\nTel que demandé, vous trouverez ci-joint la déclaration du médecin traitant complétée pour votre "
                f"assurée/assuré. Les frais de 60 $ ont été payés par la personne.\n\n{closing('fr', r)}\n{sig(clerk, 'fr', r)}")
        subj = r.choice([f"Formulaire complété — dossier {r.randint(100000, 999999)}", 'Déclaration du médecin traitant', f"Réclamation invalidité — {p.surname}"])
    else:
        body = (f"{greet('en', r)}\n\nAs requested, please find attached the completed attending physician statement. The $60 fee "
                f"was paid by the claimant.\n\n{closing('en', r)}\n{sig(clerk, 'en', r)}")
        subj = r.choice([f"Completed form - claim {r.randint(100000, 999999)}", 'Attending physician statement', f"Disability claim - {p.surname}"])
    return spec_out(c, lang, 'insurance_form', 'completed disability insurance form PDF' + (' with SIN' if with_sin else ''), staff_addr(clerk),
                    [(ins[0], claims)], subj, body, T, date=when, attachments=[dict(data=pdfb, filename=fname)])


# ------------------------------------------------------------------ 10 sick-note request forwarded to physician
def p_sick_note(c, lang):
    r = c.rng
    p = c.inv(lang)
    clerk = c.staff()
    doc = c.doc()
    when = c.when()
    d0 = when.date() - datetime.timedelta(days=r.randint(1, 6))
    sx_fr = r.choice(["d'une gastro-entérite", "d'une grippe avec fièvre", "d'une crise de migraine", "d'un lumbago",
                      "d'une pneumonie", "d'un épisode dépressif"])
    sx_en = r.choice(['gastroenteritis', 'the flu with fever', 'a migraine attack', 'low back pain', 'pneumonia', 'a depressive episode'])
    who = nm(p, lang, r)
    T = {'patient_name', 'diagnosis', 'patient_contact'}
    if lang == 'fr':
        body = (f"{greet('fr', r, doc_name(doc, 'fr', True))}\n\n{who} a appelé ce matin. {'Elle' if p.sex == 'F' else 'Il'} demande un billet médical pour son employeur "
                f"pour une absence du {d0:%d/%m} au {when:%d/%m} en raison {sx_fr} "
                f"(vu à l'urgence mineure). Peut-on le faire sans rendez-vous?\n\nRappeler au {p.phone} (cellulaire, peut laisser un message).\n\n"
                f"{clerk[0]}")
        subj = r.choice(['Billet médical', f"Billet — {p.surname}", 'demande de billet pour absence'])
    else:
        body = (f"{greet('en', r, doc_name(doc, 'en', True))}\n\n{who} called this morning asking for a sick note for work covering "
                f"{d0:%b %d} to {when:%b %d} because of {sx_en} (seen at the walk-in). Can we do it without an appointment?\n\n"
                f"Call back at {p.phone} (cell, OK to leave a message).\n\n{clerk[0]}")
        subj = r.choice(['Sick note request', f"Sick note - {p.surname}", 'note for employer'])
    return spec_out(c, lang, 'sick_note', 'clerk asks physician for sick note: patient name, illness, callback number', staff_addr(clerk),
                    [doc_addr(doc)], subj, body, T, date=when)


# ------------------------------------------------------------------ 11 interpreter request
def p_interpreter(c, lang):
    r = c.rng
    p = c.holder_patient(lang) if r.random() < .4 else c.inv(lang)
    spec = pick_spec(r, p, ['gyneco', 'neuro', 'cardio', 'gastro', 'endo', 'rhumato'])
    doc = c.doc(spec)
    clerk = c.staff()
    when = c.when()
    appt = P.workday_after(r, when.date(), 3, 25)
    langue = r.choice(['arabe', 'espagnol', 'farsi / dari', 'tigrinya', 'vietnamien', 'ukrainien', 'langue des signes québécoise (LSQ)', 'mandarin'])
    dx = diag(spec, r, lang, p)
    T = {'patient_name', 'mrn', 'diagnosis'}
    who = nm(p, lang, r, r.choice(['title_full', 'full', 'SUR_given', 'initial']))
    if p.nam:
        p_mrn_shown = f"NAM {fmt_nam(p.nam, r.choice([0, 1, 2, 4]))}"
        T = {'patient_name', 'ramq_nam', 'diagnosis'}
    else:
        p_mrn_shown = ('dossier ' if lang == 'fr' else 'chart ') + p.mrn
    if lang == 'fr':
        body = (f"{greet('fr', r)}\n\nNous avons besoin d'un(e) interprète en {langue} pour :\n\n"
                f"Usager : {who} ({p_mrn_shown})\nDate : {P.dlong(appt, 'fr', True)} à {P.hhmm(r, 'fr')}\nDurée : {r.choice([45, 60, 90])} min\n"
                f"Clinique : {spec_name(spec, 'fr')}, {doc_name(doc, 'fr')}\nContexte : {r.choice(['annonce de diagnostic', 'suivi', 'consentement à une intervention'])} — {dx}\n\n"
                f"Merci de confirmer le nom de l'interprète.\n\n{sig(clerk, 'fr', r)}")
        subj = r.choice([f"Demande d'interprète — {langue} — {appt:%d/%m}", "Interprète requis", f"BRI - {langue}"])
    else:
        body = (f"{greet('en', r)}\n\nWe need a {P.LANG_EN.get(langue, langue)} interpreter for:\n\n"
                f"Patient: {who} ({p_mrn_shown})\nDate: {P.dlong(appt, 'en', True)} at {P.hhmm(r, 'en')}\nLength: {r.choice([45, 60, 90])} min\n"
                f"Clinic: {spec_name(spec, 'en')}, {doc_name(doc, 'en')}\nContext: {r.choice(['breaking a diagnosis', 'follow-up', 'consent for a procedure'])} - {dx}\n\n"
                f"Please confirm the interpreter's name.\n\n{sig(clerk, 'en', r)}")
        subj = r.choice([f"Interpreter request - {P.LANG_EN.get(langue, langue)} - {appt:%m/%d}", 'Interpreter needed'])
    return spec_out(c, lang, 'interpreter_request', 'interpreter booking naming patient, chart number and diagnosis', staff_addr(clerk),
                    [(P.INTERP[0], f"demandes@{P.INTERP[1]}")], subj, body, T, date=when)


# ------------------------------------------------------------------ 12 reception day sheet (HTML table)
def p_reception_daysheet(c, lang):
    r = c.rng
    when = c.when()
    desk = r.choice([s for s in P.STAFF if s[3] in ('receptionist', 'front desk coordinator')])
    rows = [['Heure', 'Usager', 'No dossier', 'Médecin', 'Motif', 'Remarque'] if lang == 'fr' else
            ['Time', 'Patient', 'Chart', 'Physician', 'Reason', 'Note']]
    notes_fr = ['', '', 'interprète arabe', 'fauteuil roulant', 'arrive en transport adapté', 'accompagné de sa curatrice', 'allergie latex']
    notes_en = ['', '', 'Arabic interpreter', 'wheelchair', 'paratransit', 'comes with guardian', 'latex allergy']
    social = False
    for i in range(r.randint(6, 12)):
        p = c.inv(lang)
        spec = pick_spec(r, p)
        note = r.choice(notes_fr if lang == 'fr' else notes_en)
        rows.append([f"{8 + i // 2}:{'00' if i % 2 == 0 else '30'}", nm(p, lang, r, r.choice(['sur_given_comma', 'SUR_given', 'full'])), p.mrn,
                     doc_name(c.doc(spec), lang, True), diag(spec, r, lang, p), note])
        if note in ('accompagné de sa curatrice', 'comes with guardian'):
            social = True
    T = {'patient_name', 'mrn', 'diagnosis'} | ({'social_information'} if social else set())
    intro = (f"{greet('fr', r)}\n\nVoici la feuille de route de la réception pour demain ({P.dlong(P.workday_after(r, when.date(), 1, 1), 'fr', True)}). "
             f"Merci de préparer les dossiers papier." if lang == 'fr' else
             f"{greet('en', r)}\n\nHere's tomorrow's front desk sheet. Please pull the paper charts.")
    html = ('<html><body><div style="font-family:Segoe UI;font-size:10pt">' + ''.join(f'<p>{x}</p>' for x in intro.split('\n\n'))
            + html_table(rows) + f'<p>{desk[0]}</p></div></body></html>\n')
    subj = 'Feuille de route réception — demain' if lang == 'fr' else 'Front desk list for tomorrow'
    return spec_out(c, lang, 'reception_daysheet', 'HTML day sheet: names, chart numbers, reasons', staff_addr(desk),
                    [('Équipe réception' if lang == 'fr' else 'Front desk team', f"reception@{P.CLINIC['dom']}")], subj, None, T,
                    html=html, date=when, layout='html')
