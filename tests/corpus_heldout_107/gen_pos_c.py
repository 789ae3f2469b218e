"""Positive templates, part C: Belgian and French patients, bare NAMs, HTML clinic lists, DBS,
rehab wait-list, driving notices, research screening, interpreters, ER consults."""
import datetime as dt

from gen_attach import PDF, XLSX, att, make_pdf, make_xlsx
from gen_clinical import drug, dx, lab, social, symptom, test
from gen_common import (BELGIAN_PATIENTS, DOM, FRENCH_PATIENTS, NAM_STYLES, age_on, dr, ext, ext_addr, fmt_date,
                        fmt_day, fmt_mrn, fmt_nam, fmt_niss, fmt_nir, fmt_phone, gen_niss, gen_nir, pname, staff,
                        staff_addr, title, gx, cap)
from gen_compose import body, hospital, later, new_mail, quote, reply_subject, unit_name
from gen_pos_a import NEURO_INBOX, future_day, id_block, when
from gen_pos_b import UNIT_DOC


# --------------------------------------------------------------------------- 23 Belgian patient (NISS)
def belgian_patient(ctx, lang):
    rng = ctx.rng
    lang = "fr"
    p = ctx.patient(pool=BELGIAN_PATIENTS, age=(20, 70))
    niss = gen_niss(rng, p["dob"], p["sex"])
    ns = fmt_niss(niss, rng.randint(0, 2))
    unit = rng.choice(["sp", "epi", "head"])
    T = {"be_niss", "patient_name", "diagnosis"}
    bel = ext("Wauters")
    doc = staff(UNIT_DOC[unit])
    if rng.random() < 0.5:
        frm, to, sender = ext_addr(bel), [staff_addr(doc)], bel
        subj = rng.choice(["Transfert de suivi – patiente installée au Québec", "Dossier médical – transfert", "Relais de prise en charge"])
        paras = [f"Je vous adresse {pname(p, 'title', 'fr')}, née le {fmt_date(p['dob'], 'fr', 1)}, NISS {ns}, qui s'installe à Québec pour ses études.",
                 f"Diagnostic : {dx(rng, unit, 'fr')}. Traitement actuel : {drug(rng, unit, 'fr')}.",
                 f"Dernier bilan : {lab(rng, unit, 'fr')}.", "Je reste disponible pour tout complément d'information. Bien confraternellement,"]
        T |= {"date_of_birth", "medication", "lab_result"}
        text = "Cher Confrère,\n\n" + "\n\n".join(paras) + "\n\nDr " + bel[0] + " " + bel[1] + "\nService de neurologie, " + bel[4]
        if p["sex"] == "M":
            text = text.replace("née le", "né le")
    else:
        a = staff(rng.choice(["crousseau", "dlefebvre"]))
        frm, to, sender = staff_addr(a), [("Mutualité partenaire – remboursements", "remboursements@mutualite-demo.example")], a
        subj = rng.choice(["Demande de remboursement – soins reçus au Canada", "Facture de soins – affilié belge"])
        paras = [f"Nous vous transmettons la facture des soins reçus par {pname(p, 'full')} (NISS {ns}).",
                 f"Prestations : consultation en neurologie et {test(rng, unit, 'fr')}, motif : {dx(rng, unit, 'fr')}.",
                 "La facture détaillée est jointe."]
        text = body(rng, "fr", None, paras, a)
        pdf = make_pdf("Facture de soins – patient étranger", [f"Patient : {pname(p, 'upper_first')}", f"NISS : {fmt_niss(niss, 0)}",
                                                               f"Montant : {rng.randint(400, 2900)},00 $ CA"], header=[hospital("fr")])
        mail = new_mail(ctx, "fr", subj, frm, to, text, attachments=[att(pdf, PDF, "facture_soins.pdf")])
        mail.update(types=T, note="Belgian patient identified by NISS", niss=niss)
        return mail
    mail = new_mail(ctx, "fr", subj, frm, to, text)
    mail.update(types=T, note="Belgian patient identified by NISS", niss=niss)
    return mail


# --------------------------------------------------------------------------- 24 French patient (NIR)
def french_patient(ctx, lang):
    rng = ctx.rng
    lang = "fr"
    p = ctx.patient(pool=FRENCH_PATIENTS, age=(19, 45))
    nir = gen_nir(rng, p["dob"], p["sex"])
    ns = fmt_nir(nir, rng.randint(0, 2))
    unit = rng.choice(["epi", "sp", "head"])
    T = {"fr_nir", "patient_name", "diagnosis"}
    a = staff(rng.choice(["meprovencher", "jmercier", "lchartrand"]))
    fra = ext("Lemarchand")
    kind = rng.randint(0, 2)
    if kind == 0:
        subj = rng.choice(["Étudiant(e) en échange – demande de dossier", "Demande de compte rendu", "Suivi – patient(e) venant de France"])
        paras = [f"Nous suivons depuis septembre {pname(p, 'title', 'fr')}, {gx(p, 'étudiante', 'étudiant')} en échange à l'université, numéro de sécurité sociale {ns}.",
                 f"Diagnostic connu : {dx(rng, unit, 'fr')}. Pourriez-vous nous transmettre le dernier compte rendu et l'IRM?",
                 f"Traitement en cours : {drug(rng, unit, 'fr')}."]
        T.add("medication")
        mail = new_mail(ctx, "fr", subj, staff_addr(a), [ext_addr(fra)], body(rng, "fr", None, paras, a, name=fra[0]))
    elif kind == 1:
        subj = rng.choice(["RE: Compte rendu", "Compte rendu de consultation", "Dossier transmis"])
        paras = [f"Veuillez trouver le compte rendu concernant {pname(p, 'upper_first')}, {gx(p, 'née', 'né')} le {fmt_date(p['dob'], 'fr', 1)} (NIR {ns}).",
                 f"EEG : {rng.choice(['pointes-ondes généralisées à 3 Hz', 'activité lente temporale gauche', 'normal'])}. {cap(lab(rng, unit, 'fr'))}.",
                 "Cordialement,"]
        T |= {"date_of_birth", "lab_result"}
        text = "Chère collègue,\n\n" + "\n\n".join(paras) + f"\n\nDr {fra[0]} {fra[1]}\n{fra[4]}"
        mail = new_mail(ctx, "fr", subj, ext_addr(fra), [staff_addr(a)], text)
    else:
        subj = "Attestation pour l'assurance maladie (France)"
        paras = [f"Ci-joint l'attestation de soins pour {pname(p, 'full')}, à transmettre à sa caisse en France.",
                 gx(p, "La patiente", "Le patient") + " nous a demandé d'ajouter son numéro de sécurité sociale sur le document."]
        pdf = make_pdf("Attestation de soins", [f"Nom : {pname(p, 'upper_first')}", f"N° de sécurité sociale : {fmt_nir(nir, 0)}",
                                                f"Soins : consultation, {dx(rng, unit, 'fr')}", f"Date : {fmt_date(ctx.now.date(), 'fr', 2)}"],
                       header=[hospital("fr")])
        mail = new_mail(ctx, "fr", subj, staff_addr(a), [(pname(p, "full"), p["email"])], body(rng, "fr", None, paras, a, name=p["given"]),
                        attachments=[att(pdf, PDF, "attestation_soins.pdf")])
    mail.update(types=T, note="French patient identified by NIR", nir=nir)
    return mail


# --------------------------------------------------------------------------- 25 bare NAM, no name
def nam_only(ctx, lang):
    rng = ctx.rng
    unit = rng.choice(["sp", "epi", "park", "emg", "head"])
    p = ctx.patient(nam=True, age=(3, 90))
    a = staff(rng.choice(["jmercier", "meprovencher", "fpatel", "sbelisle", "kdufresne"]))
    b = staff(UNIT_DOC[unit])
    style = rng.choice(["spaced", "dots", "fullwidth", "slash", "wide", "lower", "dash", "plain"])
    n = fmt_nam(p["nam"], style)
    T = {"ramq_nam"}
    kind = rng.randint(0, 2)
    if lang == "fr":
        line = [f"Pour le NAM {n} : {lab(rng, unit, lang)}.",
                f"NAM {n} – {dx(rng, unit, lang)}, renouvellement de {drug(rng, unit, lang)} à faire.",
                f"Usager {n} : RV {test(rng, unit, lang)} à reporter, {symptom(rng, unit, lang)}."][kind]
        subj = rng.choice(["Petite question", "À faire", "Suivi", "Renouvellement"])
    else:
        line = [f"For health card {n}: {lab(rng, unit, lang)}.",
                f"RAMQ {n} - {dx(rng, unit, lang)}, {drug(rng, unit, lang)} renewal needed.",
                f"Patient {n}: {test(rng, unit, lang)} to be rescheduled, {symptom(rng, unit, lang)}."][kind]
        subj = rng.choice(["Quick question", "To do", "Follow-up", "Renewal"])
    T.add(["lab_result", "diagnosis", "diagnosis"][kind])
    if kind == 1:
        T.add("medication")
    mail = new_mail(ctx, lang, subj, staff_addr(a), [staff_addr(b)], body(rng, lang, None, [line], a, name=b[0], sig_short=True))
    mail.update(types=T, note=f"patient identified only by a NAM written {style}")
    return mail


# --------------------------------------------------------------------------- 26 HTML-only clinic day list
def html_table_clinic(ctx, lang):
    rng = ctx.rng
    unit = rng.choice(["head", "park", "sp"])
    a = staff(rng.choice(["lchartrand", "mferreira", "nbenali"]))
    doc = staff(UNIT_DOC[unit])
    d = future_day(ctx, lo=1, hi=3)
    rows, T = [], {"patient_name", "diagnosis", "mrn"}
    for i in range(rng.randint(5, 9)):
        p = ctx.patient()
        t = f"{8 + (i * 30) // 60:02d}:{(i * 30) % 60:02d}"
        rows.append((t, pname(p, rng.choice(["upper_first", "full"]), lang), p["mrn"], dx(rng, unit, lang),
                     drug(rng, unit, lang) if rng.random() < 0.6 else ""))
    if any(r[4] for r in rows):
        T.add("medication")
    hdr = ["Heure", "Usager", "Dossier", "Motif", "Traitement"] if lang == "fr" else ["Time", "Patient", "MRN", "Reason", "Treatment"]
    th = "".join(f'<th style="background:#dde;padding:4px">{h}</th>' for h in hdr)
    trs = "\n".join("<tr>" + "".join(f'<td style="padding:4px">{c}</td>' for c in r) + "</tr>" for r in rows)
    intro = (f"Liste de la clinique du {fmt_day(d, 'fr')} ({dr(doc, 'fr')}) :" if lang == "fr"
             else f"Clinic list for {fmt_day(d, 'en')} ({dr(doc, 'en')}):")
    html_ = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body>\n<p>{intro}</p>\n'
             f'<table style="border-collapse:collapse;font-family:Arial;font-size:10pt" border="1">\n<tr>{th}</tr>\n{trs}\n</table>\n'
             f'<p>{a[0]}</p>\n</body></html>\n')
    text = intro + "\n\n" + "\n".join("  ".join(r) for r in rows) + f"\n\n{a[0]}\n"
    mail = new_mail(ctx, lang, rng.choice([f"Clinique {fmt_day(d, 'fr')}", "Liste clinique"] if lang == "fr" else [f"Clinic {fmt_day(d, 'en')}", "Clinic list"]),
                    staff_addr(a), [staff_addr(doc)], text, html=html_, layout=rng.choice(["html", "html", "alt"]))
    mail.update(types=T, note="HTML table of the day's clinic patients")
    return mail


# --------------------------------------------------------------------------- 27 DBS programming note
def dbs_programming(ctx, lang):
    rng = ctx.rng
    a = staff("nbenali")
    b = staff("ilachance")
    p = ctx.patient(nam=rng.random() < 0.5, age=(50, 78))
    T = {"diagnosis", "medication"}
    ident = id_block(ctx, p, lang, name=rng.choice(["title", "full", "upper_first"]), dob=rng.random() < 0.5, types=T)
    amp_l, amp_r = round(rng.uniform(1.5, 3.8), 1), round(rng.uniform(1.5, 3.8), 1)
    if lang == "fr":
        paras = [f"Programmation SCP (NST bilatéral) ce matin pour {ident}.",
                 f"Gauche : contact 2-, {str(amp_l).replace('.', ',')} mA, 60 µs, 130 Hz. Droite : contact 10-, {str(amp_r).replace('.', ',')} mA, 60 µs, 130 Hz.",
                 f"Dyskinésies résiduelles; j'ai réduit la lévodopa/carbidopa à 1 co. 4 fois par jour. {rng.choice(['Dysarthrie légère à droite.', 'Marche améliorée.', 'Toujours des chutes.'])}",
                 "Revoir dans 3 semaines."]
        subj = rng.choice(["Programmation SCP", "Note SCP", "Suivi stimulateur"])
    else:
        paras = [f"DBS programming (bilateral STN) this morning for {ident}.",
                 f"Left: contact 2-, {amp_l} mA, 60 µs, 130 Hz. Right: contact 10-, {amp_r} mA, 60 µs, 130 Hz.",
                 f"Residual dyskinesia; reduced levodopa/carbidopa to 1 tab four times daily. {rng.choice(['Mild dysarthria.', 'Gait improved.', 'Still falling.'])}",
                 "Follow-up in 3 weeks."]
        subj = rng.choice(["DBS programming", "DBS note", "Stimulator follow-up"])
    mail = new_mail(ctx, lang, subj, staff_addr(a), [staff_addr(b)], body(rng, lang, None, paras, a, name=b[0]))
    mail.update(types=T, note="deep brain stimulation programming note")
    return mail


# --------------------------------------------------------------------------- 28 rehab wait-list
def waitlist_rehab(ctx, lang):
    rng = ctx.rng
    a = staff(rng.choice(["gdorval", "dlefebvre"]))
    b = staff("sdesrosiers")
    T = {"patient_name", "diagnosis", "mrn"}
    rows = [["Rang", "Nom", "Dossier", "Âge", "Diagnostic", "Provenance", "Remarques"] if lang == "fr"
            else ["Rank", "Name", "MRN", "Age", "Diagnosis", "From", "Notes"]]
    for i in range(rng.randint(5, 9)):
        p = ctx.patient(age=(35, 90))
        note = rng.choice(["", "", social(rng, lang, p), "isolement requis (ERV)" if lang == "fr" else "isolation (VRE)"])
        if note and "ERV" not in note and "VRE" not in note:
            T.add("social_information")
        rows.append([i + 1, pname(p, "upper_first"), p["mrn"], age_on(p["dob"]), dx(rng, "rehab", lang),
                     rng.choice(["Urgence", "Neurochirurgie", "Médecine interne", "Hôpital régional"]), note])
    fn = rng.choice(["liste_attente_neuroreadapt.xlsx", "waitlist_rehab.xlsx", "Liste d'attente URFI.xlsx"])
    paras = ([rng.choice(["Liste d'attente à jour pour le comité d'admission.", "Voici la liste priorisée pour demain."])] if lang == "fr"
             else [rng.choice(["Updated wait-list for the admissions committee.", "Prioritized list for tomorrow."])])
    mail = new_mail(ctx, lang, rng.choice(["Liste d'attente", "Comité d'admission"] if lang == "fr" else ["Wait-list", "Admissions committee"]),
                    staff_addr(a), [staff_addr(b)], body(rng, lang, None, paras, a, name=b[0]),
                    attachments=[att(make_xlsx([("Liste" if lang == "fr" else "List", rows)]), XLSX, fn)])
    mail.update(types=T, note="rehab wait-list spreadsheet with identified patients")
    return mail


# --------------------------------------------------------------------------- 29 driving fitness
def saaq_driving(ctx, lang):
    rng = ctx.rng
    unit = rng.choice(["epi", "park", "rehab"])
    doc = staff(UNIT_DOC[unit])
    p = ctx.patient(nam=rng.random() < 0.6)
    T = {"diagnosis"}
    ident = id_block(ctx, p, lang, name="upper_first", dob=True, nam=True, types=T)
    if lang == "fr":
        subj = rng.choice(["Avis – aptitude à conduire", "Déclaration à la SAAQ (copie)", "Conduite automobile"])
        paras = [f"Copie pour le dossier : déclaration faite concernant {ident}.",
                 f"Motif : {dx(rng, unit, lang)}; {symptom(rng, unit, lang)}.",
                 "Le patient a été avisé verbalement de cesser de conduire. Réévaluation dans 6 mois."]
        to = [("Archives médicales", f"archives@{DOM}")]
    else:
        subj = rng.choice(["Fitness to drive notice", "Driving report (copy)"])
        paras = [f"Copy for the chart: report filed regarding {ident}.",
                 f"Reason: {dx(rng, unit, lang)}; {symptom(rng, unit, lang)}.",
                 "Patient advised verbally not to drive. Reassess in 6 months."]
        to = [("Health Records", f"archives@{DOM}")]
    mail = new_mail(ctx, lang, subj, staff_addr(doc), to, body(rng, lang, None, paras, doc))
    mail.update(types=T, note="driving-fitness report copy with identifiers")
    return mail


# --------------------------------------------------------------------------- 30 research screening with identities
def research_screening(ctx, lang):
    rng = ctx.rng
    a = staff(rng.choice(["jmercier", "meprovencher"]))
    coord = ("Coordination de recherche – neurosciences", f"recherche.neuro@{DOM}")
    unit = "sp" if a[6] == "jmercier" else "epi"
    T = {"patient_name", "diagnosis", "mrn"}
    lines = []
    for i in range(rng.randint(2, 4)):
        p = ctx.patient(age=(20, 60))
        lines.append(f"- {pname(p, rng.choice(['full', 'upper_first']))}, {fmt_mrn(p['mrn'], rng, lang)}, {dx(rng, unit, lang)}, "
                     f"{drug(rng, unit, lang)}")
    T.add("medication")
    if lang == "fr":
        paras = ["Voici les candidat(e)s potentiel(le)s pour l'étude NEURO-ACT repérés à la clinique cette semaine :", "\n".join(lines),
                 "Tous ont donné leur accord verbal pour être contactés."]
        subj = "Recrutement NEURO-ACT – candidats"
    else:
        paras = ["Potential candidates for the NEURO-ACT study identified in clinic this week:", "\n".join(lines),
                 "All agreed verbally to be contacted."]
        subj = "NEURO-ACT recruitment - candidates"
    mail = new_mail(ctx, lang, subj, staff_addr(a), [coord], body(rng, lang, None, paras, a))
    mail.update(types=T, note="research screening list naming patients")
    return mail


# --------------------------------------------------------------------------- 31 interpreter request
def interpreter(ctx, lang):
    rng = ctx.rng
    a = staff(rng.choice(["mferreira", "sbelisle", "lchartrand"]))
    p = ctx.patient()
    T = {"patient_name"}
    d = future_day(ctx, lo=3, hi=25)
    w, _ = when(ctx, lang, d)
    language = rng.choice(["arabe", "espagnol", "mandarin", "dari", "créole haïtien"] if lang == "fr" else ["Arabic", "Spanish", "Mandarin", "Dari", "Haitian Creole"])
    unit = rng.choice(["emg", "epi", "sp"])
    if lang == "fr":
        paras = [f"Nous avons besoin d'un interprète en {language} pour {pname(p, 'title', lang)} ({fmt_mrn(p['mrn'], rng, lang)}).",
                 f"RV : {w}, {test(rng, unit, lang)}. Durée prévue 90 minutes.",
                 rng.choice([f"Contexte : {dx(rng, unit, lang)}, annonce de diagnostic prévue.", "Demandeur d'asile, pas de carte RAMQ (PFSI)."])]
        subj = "Demande d'interprète"
    else:
        paras = [f"We need a {language} interpreter for {pname(p, 'title', lang)} ({fmt_mrn(p['mrn'], rng, lang)}).",
                 f"Appointment: {w}, {test(rng, unit, lang)}. Expected 90 minutes.",
                 rng.choice([f"Context: {dx(rng, unit, lang)}, diagnosis disclosure planned.", "Asylum claimant, no RAMQ card (IFHP)."])]
        subj = "Interpreter request"
    T.add("diagnosis" if ("Contexte" in paras[2] or "Context" in paras[2]) else "social_information")
    T.add("mrn")
    mail = new_mail(ctx, lang, subj, staff_addr(a), [("Banque d'interprètes", "interpretes@banque-interpretes.example")],
                    body(rng, lang, None, paras, a))
    mail.update(types=T, note="interpreter booking naming the patient and the test")
    return mail


# --------------------------------------------------------------------------- 32 ER consult
def urgent_er(ctx, lang):
    rng = ctx.rng
    er = ext("Fréchette")
    res = staff(rng.choice(["poneill", "echarbonneau", "obrassard"]))
    p = ctx.patient(nam=rng.random() < 0.5)
    unit = rng.choice(["epi", "sp", "head", "emg"])
    T = {"diagnosis", "medication"}
    ident = id_block(ctx, p, lang, name=rng.choice(["initial", "sur_first", "title"]), dob=rng.random() < 0.5, types=T)
    if lang == "fr":
        subj = rng.choice(["URGENT – consultation neuro téléphonique", "Avis neuro SVP", "Transfert possible ce soir?"])
        paras = [f"{gx(p, 'Patiente', 'Patient')} à notre urgence : {ident}, {age_on(p['dob'])} ans.",
                 f"{cap(symptom(rng, unit, lang))}. {cap(lab(rng, unit, lang))}.",
                 f"A reçu {drug(rng, unit, lang)}. Peux-tu me rappeler au 418 555-0190?"]
    else:
        subj = rng.choice(["URGENT - phone neuro consult", "Neuro advice please", "Possible transfer tonight?"])
        paras = [f"Patient in our ED: {ident}, {age_on(p['dob'])} y/o.",
                 f"{cap(symptom(rng, unit, lang))}. {cap(lab(rng, unit, lang))}.",
                 f"Received {drug(rng, unit, lang)}. Can you call me back at 418 555-0190?"]
    T.add("lab_result")
    mail = new_mail(ctx, lang, subj, ext_addr(er), [staff_addr(res)], body(rng, lang, None, paras, er, sig_short=True),
                    extra_headers=[("Importance", "high")] if rng.random() < 0.5 else [])
    mail.update(types=T, note="ER physician asks neuro for advice on a named patient")
    return mail
