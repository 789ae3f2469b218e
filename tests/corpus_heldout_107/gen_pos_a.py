"""Positive (confidential) templates, part A: referrals, consult replies, hand-overs, rosters,
exports, bookings, transport, lab follow-ups, discharge summaries, pharmacy, patients' own mail."""
import datetime as dt

from gen_attach import CSV, DOCX, PDF, XLSX, att, make_csv, make_docx, make_pdf, make_xlsx
from gen_clinical import drug, dx, lab, social, symptom, test
from gen_common import (CLINIC_FAX, CLINIC_PHONE, DOM, EXTERNAL, NAM_STYLES, age_on, dr, ext, ext_addr,
                        fmt_date, fmt_day, fmt_mrn, fmt_nam, fmt_phone, pname, staff, staff_addr, strip_accents,
                        title, gx, cap)
from gen_compose import body, forward_block, hospital, later, new_mail, quote, reply_subject, signature, unit_name

NEURO_INBOX = ("Centrale de rendez-vous – Neurologie", f"crv.neurologie@{DOM}")
EEG_INBOX = ("Laboratoire EEG", f"labo.eeg@{DOM}")
EMG_INBOX = ("Laboratoire EMG", f"labo.emg@{DOM}")


def id_block(ctx, p, lang, name="title", dob=True, nam=None, mrn=False, sep=", ", types=None):
    """Identification string for patient p; adds the matching finding types to `types`."""
    rng = ctx.rng
    parts = []
    if name:
        parts.append(pname(p, name, lang))
        types.add("patient_name")
    if dob:
        lab_ = rng.choice(["DDN", gx(p, "née le", "né le"), "date de naissance :", "DDN :"]) if lang == "fr" else rng.choice(["DOB", "DOB:", "born", "date of birth"])
        parts.append(f"{lab_} {fmt_date(p['dob'], lang, rng=rng)}")
        types.add("date_of_birth")
    if nam is None:
        nam = bool(p.get("nam"))
    if nam and p.get("nam"):
        lab_ = rng.choice(["NAM", "NAM :", "RAMQ", "no RAMQ", "carte soleil"]) if lang == "fr" else rng.choice(["RAMQ", "Medicare #", "NAM", "health card"])
        parts.append(f"{lab_} {fmt_nam(p['nam'], rng.choice(NAM_STYLES))}")
        types.add("ramq_nam")
    if mrn:
        parts.append(fmt_mrn(p["mrn"], rng, lang))
        types.add("mrn")
    return sep.join(parts)


def future_day(ctx, base=None, lo=3, hi=40):
    d = ctx.now.date() + dt.timedelta(days=ctx.rng.randint(lo, hi))
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def when(ctx, lang, d):
    h = ctx.rng.choice([8, 9, 10, 13, 14, 15])
    m = ctx.rng.choice([0, 15, 30, 45])
    return f"{fmt_day(d, lang)} {'à' if lang == 'fr' else 'at'} {h} h {m:02d}" if lang == "fr" else f"{fmt_day(d, lang)} at {h if h <= 12 else h - 12}:{m:02d} {'AM' if h < 12 else 'PM'}", (h, m)


# --------------------------------------------------------------------------- 1 referral
def referral(ctx, lang):
    rng = ctx.rng
    unit = rng.choice(["epi", "sp", "park", "head", "emg"])
    p = ctx.patient(nam=rng.random() < 0.7, age=(3, 90) if unit in ("epi", "head", "eeg") else (19, 88))
    gp = rng.choice([e for e in EXTERNAL if e[5] in ("gmf-plateaufleuri.example", "cmsr.example", "cmsillery.example")])
    T = set()
    ident = id_block(ctx, p, lang, name=rng.choice(["title", "full", "upper_first"]), dob=True, types=T)
    sx = symptom(rng, unit, lang)
    m = drug(rng, unit, lang)
    T |= {"diagnosis", "medication"}
    prio = rng.choice(["A", "B", "C", "D"])
    if lang == "fr":
        subj = rng.choice([f"Demande de consultation en neurologie – priorité {prio}",
                           f"Référence {unit_name(unit, lang)} - {p['surname']}",
                           "Consultation neuro SVP", f"CRDS – demande {prio} neurologie"])
        paras = [f"Je vous adresse {ident}, {age_on(p['dob'])} ans, pour évaluation ({unit_name(unit, lang)}).",
                 f"Motif : {sx}. {rng.choice(['Examen neurologique normal par ailleurs.', 'Examen : réflexes vifs à droite.', 'Pas de fièvre, pas de trauma.'])}",
                 f"Médication actuelle : {m}.",
                 rng.choice([gx(p, "La patiente est très anxieuse et souhaiterait être vue rapidement.", "Le patient est très anxieux et souhaiterait être vu rapidement."),
                             "Je joins le formulaire de la CRDS dûment rempli.", None,
                             f"Vous pouvez me joindre au GMF au {CLINIC_PHONE.replace('0142', '0171')}."])]
    else:
        subj = rng.choice([f"Neurology referral - priority {prio}", f"Referral: {unit_name(unit, lang)} - {p['surname']}",
                           "New referral for neurology", "Urgent neuro referral"])
        paras = [f"I would appreciate your assessment of {ident}, age {age_on(p['dob'])}.",
                 f"Reason: {sx}. {rng.choice(['Neuro exam otherwise unremarkable.', 'Mild left pronator drift on exam.', 'No fever or head trauma.'])}",
                 f"Current medication: {m}.",
                 rng.choice(["The family is quite worried.", "Referral form attached.", None])]
    frm = ext_addr(gp)
    text = body(rng, lang, None, paras, gp)
    mail = new_mail(ctx, lang, subj, frm, [NEURO_INBOX], text)
    if rng.random() < 0.4:
        lines = [f"{'Patient' if lang == 'en' else 'Usager'} : {pname(p, 'full')}", f"DDN / DOB : {p['dob'].isoformat()}"]
        if p.get("nam"):
            lines.append(f"NAM : {p['nam']}")
        lines += [f"{'Motif' if lang == 'fr' else 'Reason'} : {sx}", f"Rx : {m}", f"Priorité / Priority : {prio}",
                  f"{'Référent' if lang == 'fr' else 'Referring MD'} : {gp[0]} {gp[1]}"]
        mail["attachments"] = [att(make_pdf("Demande de consultation / Consultation request", lines,
                                            header=[gp[4]]), PDF, f"demande_consultation_{prio}.pdf")]
    mail.update(types=T, note=f"GP referral to {unit} with identifiers and symptoms")
    return mail


# --------------------------------------------------------------------------- 2 consult reply
def consult_reply(ctx, lang):
    rng = ctx.rng
    unit = rng.choice(["epi", "sp", "park", "head", "emg"])
    neuro = staff({"epi": "vhebert", "sp": "khaddad", "park": "ilachance", "head": "tvaillancourt", "emg": "anguyen"}[unit])
    gp = rng.choice(EXTERNAL[:2] + [ext("Feldman")])
    p = ctx.patient(nam=rng.random() < 0.5)
    T = {"diagnosis", "medication"}
    ident = id_block(ctx, p, lang, name=rng.choice(["title", "full"]), dob=rng.random() < 0.6, mrn=rng.random() < 0.5, types=T)
    d = dx(rng, unit, lang)
    m1, m2 = drug(rng, unit, lang), drug(rng, unit, lang)
    tst = test(rng, unit, lang)
    if lang == "fr":
        subj = rng.choice(["Consultation neurologie – suivi", f"{gx(p, 'Votre patiente', 'Votre patient')} {p['surname']}", "Rapport de consultation",
                           "Réponse à votre demande de consultation"])
        paras = [f"Merci de m'avoir adressé {ident}, que j'ai {gx(p, 'vue', 'vu')} en clinique aujourd'hui.",
                 f"Impression : {d}.",
                 f"J'ai {rng.choice(['débuté', 'ajusté', 'augmenté'])} {m1}. {rng.choice(['Cesser', 'Poursuivre'])} {m2}.",
                 f"J'ai demandé : {tst}. Je {gx(p, 'la', 'le')} reverrai dans {rng.choice(['6 semaines', '3 mois', '4 mois'])}.",
                 rng.choice(["Conduite automobile interdite pour l'instant; avis verbal donné.", "Enseignement fait sur l'hygiène de sommeil.", None])]
    else:
        subj = rng.choice(["Neurology consult note", f"Re: your patient {p['surname']}", "Consultation report", "Clinic letter"])
        paras = [f"Thank you for referring {ident}, seen in clinic today.",
                 f"Impression: {d}.",
                 f"I have {rng.choice(['started', 'adjusted', 'increased'])} {m1}. {rng.choice(['Stop', 'Continue'])} {m2}.",
                 f"Investigations ordered: {tst}. Follow-up in {rng.choice(['6 weeks', '3 months', '4 months'])}.",
                 rng.choice(["Advised not to drive for now.", "Sleep hygiene reviewed.", None])]
    name_g = f"{'Dre' if gp[2] == 'F' else 'Dr'} {gp[1]}" if lang == "fr" else f"Dr. {gp[1]}"
    text = body(rng, lang, ("Chère consœur," if gp[2] == "F" else "Cher confrère,") if lang == "fr" else f"Dear {name_g},",
                paras, neuro, sig_short=False)
    mail = new_mail(ctx, lang, subj, staff_addr(neuro), [ext_addr(gp)], text)
    mail.update(types=T, note="consult reply letter with diagnosis and medication")
    return mail


# --------------------------------------------------------------------------- 3 sign-out
def signout(ctx, lang):
    rng = ctx.rng
    pair = rng.sample(["poneill", "echarbonneau", "obrassard"], 2)
    res, to = staff(pair[0]), staff(pair[1])
    n = rng.randint(4, 7)
    rows = []
    T = {"patient_name", "diagnosis"}
    for i in range(n):
        unit = rng.choice(["epi", "sp", "rehab", "emg", "park"])
        p = ctx.patient()
        room = f"4N-{rng.randint(401, 432)}{rng.choice('AB')}"
        style = rng.choice(["upper_first", "sur_initial", "title_sur", "lower_sur_first", "full"])
        common = [("IRM demain 7h, à jeun", "MRI tomorrow 7am, NPO"), ("famille rencontre 14h", "family meeting 2pm"),
                  ("rien de particulier", "nothing pending")]
        specific = {
            "epi": [("suivre taux de " + drug(rng, "epi", "fr").split(" ")[0], "f/u " + drug(rng, "epi", "en").split(" ")[0] + " level"),
                    ("si crise > 5 min : lorazépam 2 mg IV", "if seizure > 5 min: lorazepam 2 mg IV"),
                    ("vidéo-EEG en cours, ne pas débrancher", "on video-EEG, do not disconnect")],
            "sp": [("jour 2/3 de solumédrol", "day 2/3 of IV methylprednisolone"), ("PL faite, suivre céphalée post-PL", "LP done, watch for post-LP headache")],
            "rehab": [("revoir Na ce soir", "recheck Na tonight"), ("contention au lit la nuit (chutes)", "bed alarm at night (falls)")],
            "emg": [("CVF aux 6 h, appeler si < 20 mL/kg", "FVC q6h, call if < 20 mL/kg"), ("IgIV jour 3/5", "IVIG day 3/5")],
            "park": [("lévodopa aux heures exactes!", "levodopa on time!"), ("hallucinations : pas d'halopéridol", "hallucinations: no haloperidol")],
        }
        todo = rng.choice(common + specific[unit] * 2)
        todo = todo[0] if lang == "fr" else todo[1]
        if any(k in todo for k in ("lorazépam", "lorazepam", "taux", "level", "solumédrol", "methylpred", "IgIV", "IVIG", "lévodopa", "levodopa", "halopéridol", "haloperidol")):
            T.add("medication")
        rows.append(f"{room} | {pname(p, style, lang)} | {dx(rng, unit, lang)} | {todo}")
        if rng.random() < 0.3:
            rows[-1] += f" | {fmt_mrn(p['mrn'], rng, lang)}"
            T.add("mrn")
    if lang == "fr":
        subj = rng.choice(["Liste de départ garde neuro", "Sign-out 4 Nord", f"Passation de garde – {fmt_day(ctx.now.date(), 'fr')}", "Liste patients étage"])
        intro = rng.choice(["Voici la liste pour ce soir :", "Liste à jour, rien de majeur :", "Pour la garde de nuit :"])
        outro = rng.choice(["Le 4N-412 est DNR (niveau de soins C).", "Bonne garde!", "Appelle-moi si besoin, je suis sur le cell."])
    else:
        subj = rng.choice(["Neuro sign-out", "Handover list 4 North", "Night float list", "Sign out - ward"])
        intro = rng.choice(["Here's the list for tonight:", "Updated list:", "For the night team:"])
        outro = rng.choice(["4N-412 is DNR (level C).", "Have a good call!", "Page me if needed."])
    text = body(rng, lang, None, [intro, "\n".join(rows), outro], res, name=to[0], sig_short=True)
    mail = new_mail(ctx, lang, subj, staff_addr(res), [staff_addr(to)], text)
    if rng.random() < 0.5:
        cells = "".join(f"<tr>{''.join(f'<td>{c.strip()}</td>' for c in r.split('|'))}</tr>\n" for r in rows)
        mail["html"] = (f"<html><body><p>{intro}</p>\n<table border=\"1\" cellpadding=\"3\">\n{cells}</table>\n"
                        f"<p>{outro}</p><p>{res[0]}</p></body></html>\n")
        mail["layout"] = rng.choice(["alt", "html"])
    mail.update(types=T, note="ward handover list with names and problems")
    return mail


# --------------------------------------------------------------------------- 4 roster spreadsheet
def roster_xlsx(ctx, lang):
    rng = ctx.rng
    unit = rng.choice(["sp", "epi", "head", "park"])
    who = staff(rng.choice(["jmercier", "meprovencher", "nbenali", "crousseau"]))
    to = staff(rng.choice(["hdumais", "dlefebvre", "khaddad", "vhebert"]))
    head = (["Nom", "Prénom", "DDN", "No dossier", "Diagnostic", "Traitement", "Prochain RV"] if lang == "fr"
            else ["Last name", "First name", "DOB", "MRN", "Diagnosis", "Treatment", "Next visit"])
    rows = [head]
    T = {"patient_name", "date_of_birth", "mrn", "diagnosis", "medication"}
    nam_col = rng.random() < 0.4
    if nam_col:
        rows[0].insert(3, "NAM")
        T.add("ramq_nam")
    for i in range(rng.randint(6, 12)):
        p = ctx.patient(nam=nam_col, age=(3, 90) if unit in ("epi", "head", "eeg") else (19, 88))
        r = [p["surname"], p["given"], p["dob"].isoformat(), p["mrn"], dx(rng, unit, lang), drug(rng, unit, lang),
             (ctx.now.date() + dt.timedelta(days=rng.randint(7, 120))).isoformat()]
        if nam_col:
            r.insert(3, p["nam"])
        rows.append(r)
    fname = rng.choice([f"liste_patients_{unit}_2025.xlsx", f"suivi_{unit_name(unit, 'fr').split()[-1]}_T2.xlsx",
                        f"Registre des usagers – {unit_name(unit, 'fr')}.xlsx",
                        "Registre clinique.xlsx", f"{unit.upper()}_roster_Q2.xlsx"])
    if lang == "fr":
        subj = rng.choice(["Liste à jour", "Fichier de suivi", "Registre – mise à jour", "Pour la rencontre de jeudi"])
        paras = [rng.choice(["Voici le fichier à jour.", "Tel que demandé, la liste est en pièce jointe.", "Ci-joint le registre mis à jour avec les nouveaux."]),
                 rng.choice(["Les lignes en gras sont à revoir.", "Merci de ne pas le transférer à l'externe.", None])]
    else:
        subj = rng.choice(["Updated list", "Tracking file", "Roster update", "For Thursday's meeting"])
        paras = [rng.choice(["Here's the updated file.", "As requested, list attached.", "Attached is the roster with the new patients."]), None]
    text = body(rng, lang, None, paras, who, name=to[0])
    mail = new_mail(ctx, lang, subj, staff_addr(who), [staff_addr(to)], text,
                    attachments=[att(make_xlsx([("Patients" if lang == "en" else "Usagers", rows)]), XLSX, fname)])
    mail.update(types=T, note="patient roster spreadsheet attached, innocuous body")
    return mail


# --------------------------------------------------------------------------- 5 CSV export
def csv_export(ctx, lang):
    rng = ctx.rng
    lab_ = rng.choice(["eeg", "emg"])
    who = staff("kdufresne" if lab_ == "eeg" else "sbelisle")
    to = staff(rng.choice(["rkowalski", "anguyen", "mferreira", "lchartrand"]))
    hdr = (["date", "heure", "nom", "prenom", "dossier", "indication", "technologue"] if lang == "fr"
           else ["date", "time", "last_name", "first_name", "mrn", "indication", "tech"])
    rows = [hdr]
    T = {"patient_name", "mrn", "diagnosis"}
    d0 = future_day(ctx, lo=1, hi=2)
    for i in range(rng.randint(7, 14)):
        p = ctx.patient()
        rows.append([d0.isoformat(), f"{8 + i // 2:02d}:{(i % 2) * 30:02d}", p["surname"].upper(), p["given"], p["mrn"],
                     symptom(rng, "epi" if lab_ == "eeg" else "emg", lang), who[0]])
    enc = rng.choice(["utf-8-sig", "cp1252", "utf-8"])
    data = make_csv(rows, delimiter=rng.choice([";", ","]), encoding=enc)
    fname = rng.choice([f"export_{lab_}_{d0:%Y%m%d}.csv", f"horaire_{lab_}.csv", f"{lab_.upper()}_schedule_{d0:%b}.csv"])
    if lang == "fr":
        subj = rng.choice([f"Horaire {lab_.upper()} {fmt_day(d0, 'fr')}", "Export DossierPlus", f"Liste {lab_.upper()} de demain"])
        paras = ["Export de l'agenda en pièce jointe (format CSV).", rng.choice(["Deux annulations à combler en après-midi.", None])]
    else:
        subj = rng.choice([f"{lab_.upper()} schedule {fmt_day(d0, 'en')}", "Agenda export", f"Tomorrow's {lab_.upper()} list"])
        paras = ["Agenda export attached (CSV).", rng.choice(["Two cancellations to fill in the afternoon.", None])]
    text = body(rng, lang, None, paras, who, name=to[0], sig_short=True)
    cs = {"utf-8-sig": "utf-8", "cp1252": "windows-1252", "utf-8": "utf-8"}[enc]
    mail = new_mail(ctx, lang, subj, staff_addr(who), [staff_addr(to)], text,
                    attachments=[att(data, CSV, fname, charset=cs)])
    mail.update(types=T, note=f"{lab_.upper()} schedule CSV export with names and MRNs")
    return mail


# --------------------------------------------------------------------------- 6 booking
def booking(ctx, lang):
    rng = ctx.rng
    kind = rng.choice(["eeg", "emg", "irm", "pl"])
    who = staff(rng.choice(["lchartrand", "mferreira", "meprovencher", "jmercier", "poneill"]))
    p = ctx.patient(nam=rng.random() < 0.5, age=(3, 90) if kind == "eeg" else (19, 88))
    T = set()
    ident = id_block(ctx, p, lang, name=rng.choice(["full", "upper_first", "title", "initial"]),
                     dob=rng.random() < 0.5, mrn=rng.random() < 0.7, types=T)
    unit = {"eeg": "epi", "emg": "emg", "irm": "sp", "pl": "head"}[kind]
    tst = test(rng, unit, lang)
    dday = future_day(ctx, dt.datetime(2025, 3, 1))
    w, _ = when(ctx, lang, dday)
    inbox = {"eeg": EEG_INBOX, "emg": EMG_INBOX}.get(kind, ("Imagerie – rendez-vous", f"rv.imagerie@{DOM}"))
    T.add("diagnosis")
    if lang == "fr":
        subj = rng.choice([f"Demande de RV – {tst}", f"Réservation {kind.upper()}", f"RV {kind.upper()} à céduler SVP"])
        paras = [f"Pourriez-vous céduler {tst} pour {ident}?",
                 f"Indication : {symptom(rng, unit, lang)}.",
                 f"Idéalement {w} ou avant, {rng.choice(['le Dr est présent ce jour-là', 'en même temps que sa visite en clinique', 'le patient vient de loin'])}.",
                 rng.choice([f"Le joindre au {fmt_phone(p['phone'], rng)} (cellulaire).", "Il faut un interprète (arabe).", None])]
    else:
        subj = rng.choice([f"Booking request - {tst}", f"{kind.upper()} booking", f"Please book {kind.upper()}"])
        paras = [f"Could you please book {tst} for {ident}?",
                 f"Indication: {symptom(rng, unit, lang)}.",
                 f"Ideally {w} or earlier.",
                 rng.choice([f"Best reached at {fmt_phone(p['phone'], rng)} (cell).", "Needs an interpreter (Mandarin).", None])]
    if "cellulaire" in text_of(paras) or "(cell)" in text_of(paras):
        T.add("patient_contact")
    text = body(rng, lang, None, paras, who)
    mail = new_mail(ctx, lang, subj, staff_addr(who), [inbox], text)
    mail.update(types=T, note=f"{kind} booking request for an identified patient")
    return mail


def text_of(paras):
    return " ".join(p for p in paras if p)


# --------------------------------------------------------------------------- 7 transport
def transport(ctx, lang):
    rng = ctx.rng
    who = staff(rng.choice(["crousseau", "mferreira", "alamarre", "gdorval"]))
    p = ctx.patient(nam=rng.random() < 0.4, age=(55, 92))
    T = {"patient_contact"}
    ident = id_block(ctx, p, lang, name=rng.choice(["title", "full", "upper_first"]), dob=True, types=T)
    dday = future_day(ctx, dt.datetime(2025, 5, 1))
    w, (hh, mm) = when(ctx, lang, dday)
    need_unit = rng.choice([("fauteuil roulant, ne peut faire les transferts seul", "wheelchair, cannot transfer alone", "sp"),
                            ("civière, post-AVC, aphasique", "stretcher, post-stroke, aphasic", "rehab"),
                            ("marchette, maladie de Parkinson avec chutes", "walker, Parkinson's disease with falls", "park"),
                            ("accompagnateur requis (crises fréquentes)", "escort required (frequent seizures)", "epi"),
                            ("fauteuil roulant, SLA avancée", "wheelchair, advanced ALS", "emg")])
    need, unit = need_unit[:2], need_unit[2]
    T.add("diagnosis")  # the need and/or the clinic's name reveal the condition
    org = ("Transport adapté Capitale", "reservations@ta-capitale.example")
    back = hh + 2
    if lang == "fr":
        subj = rng.choice(["Demande de transport adapté", "Transport – RV neurologie", f"Transport pour {p['surname']}"])
        paras = [f"Bonjour, nous demandons un transport pour {ident}.",
                 f"Adresse : {p['address']}\nTél. : {fmt_phone(p['phone'], rng)}",
                 f"RV : {w}, {unit_name(unit, lang)}, pavillon Marcotte, porte 3.",
                 f"Besoins : {need[0]}.", f"Retour prévu vers {back} h."]
    else:
        subj = rng.choice(["Paratransit request", "Transport - neurology appointment", f"Transport for {p['surname']}"])
        paras = [f"Hello, we are requesting transportation for {ident}.",
                 f"Address: {p['address']}\nPhone: {fmt_phone(p['phone'], rng)}",
                 f"Appointment: {w}, {unit_name(unit, lang)}, Marcotte pavilion, door 3.", f"Needs: {need[1]}.",
                 "Return trip about two hours after the appointment."]
    text = body(rng, lang, "", paras, who)
    mail = new_mail(ctx, lang, subj, staff_addr(who), [org], text)
    mail.update(types=T, note="paratransit request with home address and phone")
    return mail


# --------------------------------------------------------------------------- 8 lab follow-up
def lab_followup(ctx, lang):
    rng = ctx.rng
    unit = rng.choice(["epi", "sp", "emg", "head", "rehab"])
    who = staff(rng.choice(["meprovencher", "jmercier", "fpatel", "echarbonneau"]))
    to = staff({"epi": "vhebert", "sp": "khaddad", "emg": "anguyen", "head": "tvaillancourt", "rehab": "sdesrosiers"}[unit])
    p = ctx.patient(nam=rng.random() < 0.45, age=(3, 90) if unit in ("epi", "head", "eeg") else (19, 88))
    T = {"lab_result"}
    ident = id_block(ctx, p, lang, name=rng.choice(["full", "title_sur", "sur_first", "lower"]), dob=False,
                     mrn=rng.random() < 0.6, types=T)
    r1, r2 = lab(rng, unit, lang), lab(rng, unit, lang)
    m = drug(rng, unit, lang)
    T.add("medication")
    if lang == "fr":
        subj = rng.choice(["Résultats à réviser", f"Labo {p['surname']}", "Résultat anormal – que fait-on?", "FYI résultats"])
        paras = [f"Résultats reçus pour {ident} : {r1}; {r2}.",
                 f"{gx(p, 'Elle', 'Il')} est sous {m}. Veux-tu qu'on ajuste ou qu'on répète dans 2 semaines?",
                 rng.choice([(f"Je l'ai {gx(p, 'avisée', 'avisé')} par téléphone de ne pas conduire en attendant." if age_on(p["dob"]) >= 18 else "J'ai avisé les parents par téléphone."), "J'attends ta réponse avant de rappeler.", None])]
    else:
        subj = rng.choice(["Results to review", f"Labs - {p['surname']}", "Abnormal result - plan?", "FYI labs"])
        paras = [f"Results back for {ident}: {r1}; {r2}.",
                 f"Currently on {m}. Do you want to adjust or repeat in 2 weeks?",
                 rng.choice(["I called to let them know.", "Will wait for your answer before calling back.", None])]
    text = body(rng, lang, None, paras, who, name=to[0])
    mail = new_mail(ctx, lang, subj, staff_addr(who), [staff_addr(to)], text)
    if rng.random() < 0.35:
        prev = mail
        rtext = body(rng, lang, "", [rng.choice(["Répète dans 2 semaines, même dose.", "On baisse d'un palier, je fais la prescription."])
                                     if lang == "fr" else rng.choice(["Repeat in 2 weeks, same dose.", "Let's step down one level, I'll write the script."])],
                     to, sig_short=True) + "\n\n" + quote(rng, lang, prev)
        mail = new_mail(ctx, lang, reply_subject(rng, lang, prev["subject"]), staff_addr(to), [staff_addr(who)], rtext,
                        in_reply_to=prev["msgid"], date=later(ctx, prev))
    mail.update(types=T, note="lab follow-up on identified patient")
    return mail


# --------------------------------------------------------------------------- 9 discharge summary PDF
def discharge_pdf(ctx, lang):
    rng = ctx.rng
    unit = rng.choice(["epi", "sp", "rehab", "emg"])
    res = staff(rng.choice(["poneill", "echarbonneau", "lchartrand"]))
    gp = rng.choice(EXTERNAL[:2] + [ext("Feldman")])
    p = ctx.patient(nam=rng.random() < 0.6, age=(3, 90) if unit in ("epi", "head", "eeg") else (19, 88))
    T = {"patient_name", "date_of_birth", "diagnosis", "medication", "mrn"}
    dis = ctx.now.date() - dt.timedelta(days=rng.randint(0, 3))
    adm = dis - dt.timedelta(days=rng.randint(3, 25))
    d = dx(rng, unit, lang)
    fr = lang == "fr"
    lines = [f"{'Nom' if fr else 'Name'} : {p['surname'].upper()}, {p['given']}",
             f"{'Date de naissance' if fr else 'Date of birth'} : {p['dob'].isoformat()}",
             f"{'No de dossier' if fr else 'MRN'} : {p['mrn']}"]
    if p.get("nam"):
        lines.append(f"NAM : {fmt_nam(p['nam'], 'spaced')}")
        T.add("ramq_nam")
    lines += [f"{'Admission' if fr else 'Admitted'} : {adm.isoformat()}   {'Congé' if fr else 'Discharged'} : {dis.isoformat()}",
              "",
              f"{'Diagnostic principal' if fr else 'Principal diagnosis'} : {d}",
              f"{'Évolution' if fr else 'Course'} : {symptom(rng, unit, lang)}; {lab(rng, unit, lang)}.",
              f"{'Médication au congé' if fr else 'Discharge medications'} :",
              f"  - {drug(rng, unit, lang)}", f"  - {drug(rng, unit, lang)}",
              f"{'Suivi' if fr else 'Follow-up'} : {unit_name(unit, lang)}, {rng.choice(['4', '6', '8'])} {'semaines' if fr else 'weeks'}.",
              "", f"{'Signé' if fr else 'Signed'} : {dr(staff({'epi': 'vhebert', 'sp': 'khaddad', 'rehab': 'sdesrosiers', 'emg': 'anguyen'}[unit]), lang)}"]
    T.add("lab_result")
    pdf = make_pdf("Sommaire d'hospitalisation" if fr else "Discharge summary", lines,
                   header=[hospital(lang), unit_name(unit, lang)], footer="Document confidentiel / Confidential")
    fname = rng.choice(["sommaire_hospit.pdf" if fr else "discharge_summary.pdf", f"SH_{p['mrn']}.pdf",
                        f"Sommaire d'hospitalisation – congé du {dis:%Y-%m-%d}.pdf", "DS_final.pdf",
                        f"Résumé de dossier {dis:%Y-%m-%d}.pdf"])
    if fname.startswith("SH_"):
        pass
    if fr:
        subj = rng.choice(["Sommaire d'hospitalisation", "Sommaire de congé – pour votre dossier", "Congé neuro"])
        paras = ["Veuillez trouver ci-joint le sommaire d'hospitalisation de votre patient(e).", rng.choice(["Bonne réception.", None])]
    else:
        subj = rng.choice(["Discharge summary", "Discharge summary for your records", "Neuro discharge"])
        paras = ["Please find attached the discharge summary for your patient.", None]
    text = body(rng, lang, None, paras, res)
    mail = new_mail(ctx, lang, subj, staff_addr(res), [ext_addr(gp)], text, attachments=[att(pdf, PDF, fname)])
    mail.update(types=T, note="discharge summary PDF attached")
    return mail


# --------------------------------------------------------------------------- 10 pharmacy
def pharmacy(ctx, lang):
    rng = ctx.rng
    unit = rng.choice(["epi", "sp", "park", "head"])
    ph = ext("Aubin")
    neuro = staff({"epi": "vhebert", "sp": "khaddad", "park": "ilachance", "head": "tvaillancourt"}[unit])
    p = ctx.patient(nam=rng.random() < 0.3)
    T = {"medication"}
    ident = id_block(ctx, p, lang, name=rng.choice(["title", "full", "sur_first"]), dob=rng.random() < 0.7, types=T)
    m = drug(rng, unit, lang)
    direction = rng.random() < 0.5
    if lang == "fr":
        if direction:
            subj = rng.choice(["Question – ordonnance", "Interaction à vérifier", "Ordonnance neuro – clarification"])
            paras = [f"Nous avons reçu une ordonnance pour {ident} : {m}.",
                     rng.choice(["La dose nous semble élevée compte tenu de sa fonction rénale (créatinine 148).",
                                 "Elle prend aussi de la clarithromycine; y a-t-il un risque d'interaction?",
                                 "Le produit est en rupture chez notre grossiste, acceptez-vous une substitution?"]),
                     "Merci de nous rappeler ou de nous retourner l'ordonnance corrigée par télécopieur."]
            frm, to, sender = ext_addr(ph), [staff_addr(neuro)], ph
            if "créatinine" in paras[1]:
                T.add("lab_result")
        else:
            subj = rng.choice(["Ordonnance", "Nouvelle ordonnance – à exécuter", "Renouvellement"])
            paras = [f"Voici l'ordonnance pour {ident} :\n{m}\nQté : 3 mois, renouvelable x 3.",
                     rng.choice(["Diagnostic : " + dx(rng, unit, lang) + ".", "Code RAMQ de médicament d'exception à inscrire.", None])]
            frm, to, sender = staff_addr(neuro), [ext_addr(ph)], neuro
            if paras[1] and paras[1].startswith("Diagnostic"):
                T.add("diagnosis")
    else:
        if direction:
            subj = rng.choice(["Question about a prescription", "Interaction check", "Neuro Rx clarification"])
            paras = [f"We received a prescription for {ident}: {m}.",
                     rng.choice(["The dose seems high given her renal function (creatinine 148).",
                                 "She is also on clarithromycin; any interaction concern?",
                                 "Product is on back-order; would you accept a substitution?"]),
                     "Please call back or fax the corrected prescription."]
            frm, to, sender = ext_addr(ph), [staff_addr(neuro)], ph
            if "creatinine" in paras[1]:
                T.add("lab_result")
        else:
            subj = rng.choice(["Prescription", "New Rx", "Renewal"])
            paras = [f"Prescription for {ident}:\n{m}\nQty: 3 months, refills x 3.",
                     rng.choice(["Diagnosis: " + dx(rng, unit, lang) + ".", None])]
            frm, to, sender = staff_addr(neuro), [ext_addr(ph)], neuro
            if paras[1]:
                T.add("diagnosis")
    text = body(rng, lang, None, paras, sender)
    mail = new_mail(ctx, lang, subj, frm, to, text)
    mail.update(types=T, note="pharmacy exchange about an identified patient's medication")
    return mail


PT_WORDS = {
    "head": (["mes migraines sont revenues presque tous les jours depuis deux semaines",
              "j'ai encore eu une grosse migraine avec des zigzags dans les yeux, j'ai dû aller à l'urgence"],
             ["my migraines are back almost every day for two weeks",
              "I had another bad migraine with zigzag lines in my eyes and ended up in the ER"]),
    "sp": (["j'ai encore des engourdissements dans les jambes, j'ai peur que ce soit une poussée",
            "ma vue a baissé de l'oeil gauche depuis trois jours"],
           ["the numbness in my legs is back, I'm scared it's a relapse", "my left eye vision has been blurry for three days"]),
    "epi": (["j'ai refait une crise samedi soir, mon conjoint dit que ça a duré deux minutes",
             "j'ai eu des absences au travail cette semaine, mon patron s'en est rendu compte"],
            ["I had another seizure Saturday night, my husband says it lasted two minutes",
             "I had absence spells at work this week and my boss noticed"]),
    "park": (["mes tremblements sont pires l'après-midi et je bloque en marchant",
              "je suis tombé deux fois cette semaine, les pilules ne font plus effet aussi longtemps"],
             ["my tremor is worse in the afternoon and I freeze when walking",
              "I fell twice this week, the pills don't last as long anymore"]),
}


# --------------------------------------------------------------------------- 11 patient's own mail forwarded
def patient_fwd(ctx, lang):
    rng = ctx.rng
    unit = rng.choice(["head", "sp", "epi", "park"])
    clerk = staff(rng.choice(["crousseau", "lchartrand", "mferreira"]))
    nurse = staff({"head": "tvaillancourt", "sp": "jmercier", "epi": "meprovencher", "park": "nbenali"}[unit])
    p = ctx.patient(nam=rng.random() < 0.25)
    T = {"patient_name", "diagnosis"}
    m = drug(rng, unit, lang)
    sig_name = rng.choice([pname(p, "full"), p["given"], pname(p, "lower"), f"{p['given']} ({pname(p, 'full')})"])
    if lang == "fr":
        ptxt = [rng.choice(["Bonjour,", "Bonjour madame,", "Allo", "Bonjour Dr,"]),
                rng.choice([f"Je vous écris parce que depuis que j'ai commencé le {m.split(' ')[0]}, j'ai des étourdissements et je dors mal.",
                            f"{cap(rng.choice(PT_WORDS[unit][0]))}. Est-ce que je dois augmenter le {m.split(' ')[0]}?",
                            f"Mon rendez-vous à la {unit_name(unit, 'fr').lower()} est le 14 mais je ne pourrai pas y aller, je n'ai pas de transport. Est-ce qu'on peut le faire par téléphone?"]),
                rng.choice(["Mon numéro est le " + fmt_phone(p["phone"], rng) + ".", "Merci de me répondre vite.", ""]),
                sig_name]
        if p.get("nam") and rng.random() < 0.8:
            ptxt.insert(3, f"Mon numéro d'assurance maladie : {fmt_nam(p['nam'], rng.choice(NAM_STYLES))}")
            T.add("ramq_nam")
    else:
        ptxt = [rng.choice(["Hello,", "Hi Doctor,", "Good morning"]),
                rng.choice([f"Since starting {m.split(' ')[0]} I get dizzy and can't sleep.",
                            f"{cap(rng.choice(PT_WORDS[unit][1]))}. Should I increase the {m.split(' ')[0]}?",
                            f"My appointment at the {unit_name(unit, 'en')} is on the 14th but I have no ride. Could we do it by phone?"]),
                rng.choice(["My number is " + fmt_phone(p["phone"], rng) + ".", "Please get back to me soon.", ""]),
                sig_name]
        if p.get("nam") and rng.random() < 0.8:
            ptxt.insert(3, f"My health card number: {fmt_nam(p['nam'], rng.choice(NAM_STYLES))}")
            T.add("ramq_nam")
    ptext = "\n\n".join(x for x in ptxt if x)
    if m.split(" ")[0] in ptext:
        T.add("medication")
    if p["phone"][-4:] in ptext:
        T.add("patient_contact")
    prev = new_mail(ctx, lang, rng.choice(["question", "Rendez-vous", "mes médicaments", "urgent", "(sans objet)" if lang == "fr" else "(no subject)"]),
                    (pname(p, "full"), p["email"]), [NEURO_INBOX], ptext)
    if lang == "fr":
        cover = rng.choice([f"Courriel reçu {gx(p, 'de la patiente', 'du patient')}, peux-tu regarder?", "Pour suivi SVP.", f"Voir ci-dessous, {gx(p, 'elle', 'il')} demande un retour d'appel."])
    else:
        cover = rng.choice(["Email from the patient, can you have a look?", "For follow-up please.", "See below - asking for a call back."])
    inline = rng.random() < 0.6
    text = body(rng, lang, None, [cover], clerk, name=nurse[0], sig_short=True)
    if inline:
        text += "\n\n" + forward_block(lang, prev)
        mail = new_mail(ctx, lang, reply_subject(rng, lang, prev["subject"], fwd=True), staff_addr(clerk), [staff_addr(nurse)], text,
                        date=later(ctx, prev))
    else:
        prev["eml_name"] = rng.choice([None, "message patient.eml", f"{prev['subject']}.eml"])
        mail = new_mail(ctx, lang, reply_subject(rng, lang, prev["subject"], fwd=True), staff_addr(clerk), [staff_addr(nurse)], text,
                        inner=[prev], date=later(ctx, prev))
    mail.update(types=T, note="patient's own e-mail forwarded (inline or attached .eml)")
    return mail
