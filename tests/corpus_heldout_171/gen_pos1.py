"""Positive templates, part 1: referrals, fracture clinic, cast room, OR booking, pre-op, discharge."""
import datetime

import gen_attach as A
import gen_common as C
from gen_ctx import Rec
from gen_mime import Attachment
from gen_pos_base import EXT, INTERNAL, fx, greet, id_block, labs, med, sign, social, thanks


def p_referral_physio(ctx, lang, when):
    r = ctx.rng
    p = ctx.qc_patient(0.45)
    k, s = fx(ctx, r.choice(["radius", "cheville", "coiffe", "humerus", "plateau", "achille", "tibia", "genou", "hanche"]))
    src = r.choice(["vezina", "iyer", "murphy", "boisvert", "houle"])
    rec = Rec(lang, "referral", "physiotherapy referral after orthopaedic care" if lang == "en" else "demande de physiothérapie", True)
    rec.t("diagnosis")
    rec.frm = C.staff_addr(src)
    rec.to = [EXT["physio_ext"] if r.random() < 0.5 else INTERNAL["physio"]]
    op = ctx.past(when, 3, 40)
    idb = id_block(ctx, rec, p, lang)
    if lang == "fr":
        rec.subject = r.choice(["Demande de physio — %s" % p.surname.upper(), "Référence physiothérapie",
                                "Réf. physio : %s" % s[6]])
        prio = r.choice(["P2, d'ici 2 semaines", "urgente", "régulière"])
        body = [greet(ctx, lang), "",
                "Je vous adresse %s pour une prise en charge en physiothérapie (priorité : %s)." % ("la patiente suivante" if p.sex == "F" else "le patient suivant", prio),
                "", idb, "",
                "Diagnostic : %s." % s[0],
                "Intervention : %s le %s." % (s[2], C.fmt_date(op, "fr")),
                "Immobilisation : %s ; %s." % (s[4], r.choice(["retirer à 6 semaines", "mobilisation active permise",
                                                             "pas de mise en charge avant la visite de contrôle"])),
                "Objectifs : amplitudes articulaires, renforcement progressif, retour aux AVQ."]
        if r.random() < 0.5:
            body.append("Analgésie actuelle : %s." % ", ".join(med(ctx, lang, rec, 2)))
        if r.random() < 0.3:
            body.append("À noter : %s." % social(ctx, lang, rec))
        body += ["", "Prochain rendez-vous en clinique de fractures dans 4 semaines avec radiographie.", "",
                 thanks(ctx, lang), "", sign(ctx, src, lang)]
    else:
        rec.subject = r.choice(["Physio referral - %s %s" % (p.given, p.surname), "PT referral", "Referral to physiotherapy (%s)" % C.REGION_EN[s[6]]])
        body = [greet(ctx, lang), "",
                "Please book the following patient for outpatient physiotherapy.", "", idb, "",
                "Dx: %s" % s[1],
                "Surgery/treatment: %s on %s" % (s[3], C.fmt_date(op, "en")),
                "Restrictions: %s; %s" % (s[5], r.choice(["no resisted exercises for 6 weeks", "ROM as tolerated",
                                                           "WBAT from week 6"])),
                "Goals: ROM, progressive strengthening, return to work."]
        if r.random() < 0.5:
            body.append("Current meds: %s" % "; ".join(med(ctx, lang, rec, 2)))
        if r.random() < 0.3:
            body.append("Note: %s." % social(ctx, lang, rec))
        body += ["", "Follow-up in fracture clinic in 4 weeks with x-rays.", "", thanks(ctx, lang), "", sign(ctx, src, lang)]
    rec.body = "\n".join(body)
    return rec


def p_referral_ot(ctx, lang, when):
    r = ctx.rng
    p = ctx.qc_patient(0.4, age=(55, 94))
    k, s = fx(ctx, r.choice(["col", "intertroch", "vertebre", "canal", "radius", "humerus", "genou"]))
    src = r.choice(["berube", "houle", "ouimet", "gravel", "lafrance"])
    rec = Rec(lang, "referral", "occupational therapy referral, home assessment" if lang == "en" else "demande d'ergothérapie, évaluation à domicile", True)
    rec.t("diagnosis")
    rec.frm = C.staff_addr(src)
    rec.to = [INTERNAL["ot"]]
    if r.random() < 0.5:
        rec.cc = [EXT["clsc"]]
    contact = r.random() < 0.6
    idb = id_block(ctx, rec, p, lang, phone=contact, address=contact)
    soc = social(ctx, lang, rec, r.choice([0, 5, 0, 2]))
    if lang == "fr":
        rec.subject = r.choice(["Ergo — évaluation domicile avant congé", "Demande ergothérapie 6e Ortho",
                                "Ergo SVP : %s" % C.name_variant(r, p, lang, "title_sur")])
        body = [greet(ctx, lang), "", "Demande d'évaluation en ergothérapie avant le congé :", "", idb, "",
                "Dx : %s, traité par %s." % (s[0], s[2]),
                "Contexte : %s." % soc,
                "Besoins : aides techniques (banc de bain, siège de toilette surélevé), évaluation de la sécurité à domicile.",
                "Congé prévu : %s." % C.fmt_date(ctx.future(when, 1, 5), "fr", True), "", thanks(ctx, lang), "", sign(ctx, src, lang)]
    else:
        rec.subject = r.choice(["OT home safety assessment before discharge", "OT referral - 6 Ortho",
                                "OT please: %s" % C.name_variant(r, p, lang, "title_sur")])
        body = [greet(ctx, lang), "", "Requesting an OT assessment before discharge:", "", idb, "",
                "Dx: %s, treated with %s." % (s[1], s[3]),
                "Social: %s." % soc,
                "Needs: bath bench, raised toilet seat, home safety evaluation.",
                "Planned discharge: %s." % C.fmt_date(ctx.future(when, 1, 5), "en", True), "", thanks(ctx, lang), "", sign(ctx, src, lang)]
    rec.body = "\n".join(body)
    return rec


def p_fracture_followup(ctx, lang, when):
    r = ctx.rng
    p = ctx.qc_patient(0.35)
    k, s = fx(ctx, r.choice(["radius", "cheville", "scaphoide", "clavicule", "jones", "humerus", "tibia", "plateau"]))
    src = r.choice(["vezina", "iyer", "lafrance", "boisvert", "murphy", "ouimet"])
    gp = r.choice(["gp1", "gp2", "gp3"])
    rec = Rec(lang, "followup", "fracture clinic follow-up letter to family physician" if lang == "en" else "suivi clinique de fractures au médecin de famille", True)
    rec.t("diagnosis")
    rec.frm = C.staff_addr(src)
    rec.to = [EXT[gp]]
    weeks = r.randint(3, 10)
    idb = id_block(ctx, rec, p, lang)
    if lang == "fr":
        rec.subject = r.choice(["Suivi clinique de fractures — %s" % C.name_variant(r, p, lang, "comma"),
                                "Votre patient(e) vu(e) en clinique de fractures", "Suivi fx %s" % s[6]])
        rx = r.choice(["consolidation en cours, cal osseux visible", "pas de déplacement secondaire",
                       "retard de consolidation, trait encore visible", "consolidation complète"])
        body = [greet(ctx, lang, EXT[gp][0].split()[0] + " " + EXT[gp][0].split()[-1]), "",
                "J'ai revu en clinique de fractures, %d semaines post-traumatisme :" % weeks, "", idb, "",
                "Diagnostic : %s." % s[0], "Radiographies du jour : %s." % rx,
                "Conduite : %s. Retour au travail %s." % (r.choice(["retrait du plâtre et début de mobilisation",
                                                                    "poursuite de l'immobilisation 2 semaines",
                                                                    "mise en charge progressive"]),
                                                          r.choice(["dans 4 semaines", "en travaux légers", "non prévu pour l'instant"]))]
        if r.random() < 0.4:
            body.append("Ostéoporose probable : suggère ostéodensitométrie et %s." % med(ctx, lang, rec, 1, ("bone",))[0])
        body += ["", "Prochain contrôle le %s." % C.fmt_date(ctx.future(when, 14, 42), "fr"), "", "Confraternellement,", "", sign(ctx, src, lang, False)]
    else:
        rec.subject = r.choice(["Fracture clinic follow-up - %s" % C.name_variant(r, p, lang, "comma"),
                                "Your patient seen in fracture clinic", "Fx clinic f/u"])
        rx = r.choice(["healing well with visible callus", "no loss of reduction", "delayed union, fracture line still visible",
                       "united"])
        body = [greet(ctx, lang, EXT[gp][0]), "", "I saw your patient in fracture clinic, %d weeks post injury:" % weeks, "", idb, "",
                "Diagnosis: %s." % s[1], "X-rays today: %s." % rx,
                "Plan: %s. Return to work %s." % (r.choice(["cast removed, start ROM", "continue immobilisation 2 more weeks",
                                                             "progressive weight-bearing"]),
                                                   r.choice(["in 4 weeks", "on modified duties", "not yet"]))]
        if r.random() < 0.4:
            body.append("Likely fragility fracture: suggest BMD and %s." % med(ctx, lang, rec, 1, ("bone",))[0])
        body += ["", "Next visit %s." % C.fmt_date(ctx.future(when, 14, 42), "en"), "", "Kind regards,", "", sign(ctx, src, lang, False)]
    rec.body = "\n".join(body)
    return rec


def p_cast_room(ctx, lang, when):
    r = ctx.rng
    child = r.random() < 0.4
    p = ctx.qc_patient(0.6, age=(3, 15)) if child else ctx.qc_patient(0.3)
    k, s = fx(ctx, r.choice(["supracond", "radius"]) if child else r.choice(["radius", "scaphoide", "cheville", "jones", "achille"]))
    src = r.choice(["gravel", "pare", "ouimet", "rao" if child else "iyer"])
    rec = Rec(lang, "cast_room", "cast room booking" if lang == "en" else "rendez-vous salle de plâtre", True)
    rec.t("diagnosis")
    rec.frm = C.staff_addr(src)
    rec.to = [INTERNAL["cast_room"]]
    appt = ctx.future(when, 1, 21)
    hh = r.choice(["08:30", "09:15", "10:00", "13:30", "14:45"])
    nm = C.name_variant(r, p, lang)
    rec.name(p)
    mrn = C.fmt_mrn(r, p.mrn)
    rec.t("mrn")
    if p.nam:
        nm = "%s, %s %s, %s, %s" % (C.name_full(r, p, lang),
                                   "DDN" if lang == "fr" else "DOB", C.fmt_dob(r, p.dob, lang),
                                   C.sex_label(r, p.sex, lang), ("NAM " if lang == "fr" else "RAMQ ") + C.fmt_nam(r, p.nam))
        rec.nam(p)
    if lang == "fr":
        rec.subject = r.choice(["Plâtre — %s %s" % (C.fmt_date(appt, "fr"), hh), "RV salle de plâtre", "Changement de plâtre à céduler"])
        act = r.choice(["changement de plâtre", "retrait du plâtre + radiographie", "conversion en botte de marche",
                        "vérification du plâtre (œdème des orteils rapporté)"])
        body = [greet(ctx, lang, r.choice(["Patrick", "Sonia", "Rémi"])), "",
                "Pouvez-vous prévoir : %s" % act, "",
                "%s (dossier %s)%s" % (nm, mrn, (" — enfant de %d ans, accompagné d'un parent" % p.age()) if child else ""),
                "Dx : %s — %s" % (s[0], s[4]),
                "Date souhaitée : %s à %s" % (C.fmt_date(appt, "fr", True), hh)]
        if child and r.random() < 0.5:
            body.append("Note : %s." % social(ctx, lang, rec, 3))
        body += ["", thanks(ctx, lang), sign(ctx, src, lang, True)]
    else:
        rec.subject = r.choice(["Cast change %s %s" % (C.fmt_date(appt, "en"), hh), "Cast room booking", "Cast off + x-ray"])
        act = r.choice(["cast change", "cast removal + x-ray", "convert to walking boot", "cast check (toes swollen per family)"])
        body = [greet(ctx, lang), "", "Could you book: %s" % act, "",
                "%s (MRN %s)%s" % (nm, mrn, (" - %d y/o, parent will attend" % p.age()) if child else ""),
                "Dx: %s - %s" % (s[1], s[5]),
                "Requested: %s at %s" % (C.fmt_date(appt, "en", True), hh)]
        if child and r.random() < 0.5:
            body.append("Note: %s." % social(ctx, lang, rec, 3))
        body += ["", thanks(ctx, lang), sign(ctx, src, lang, True)]
    rec.body = "\n".join(body)
    if r.random() < 0.5:
        hhh, mm = map(int, hh.split(":"))
        st = datetime.datetime(appt.year, appt.month, appt.day, hhh, mm)
        summ = ("Salle de plâtre — %s" if lang == "fr" else "Cast room - %s") % p.full
        desc = ("%s\nDx : %s" % (act, s[0])) if lang == "fr" else ("%s\nDx: %s" % (act, s[1]))
        ics = A.make_ics("cast-%s@%s" % (p.mrn, C.DOM), st, st + datetime.timedelta(minutes=30), summ, desc,
                         "Salle de plâtre, 2e étage, bloc B", C.staff_addr(src), [INTERNAL["cast_room"]])
        rec.attachments.append(Attachment("rendez-vous.ics" if lang == "fr" else "appointment.ics", "text/calendar; method=REQUEST; charset=utf-8", ics))
    return rec


def p_or_booking(ctx, lang, when):
    r = ctx.rng
    p = ctx.qc_patient(0.7, age=(25, 88))
    k, s = fx(ctx, r.choice(["cheville", "col", "intertroch", "coiffe", "genou", "hanche", "plateau", "epaule", "canal", "jones"]))
    surg = r.choice(["vezina", "iyer", "lafrance", "boisvert", "murphy"])
    src = r.choice([surg, "lalonde", "houle"])
    rec = Rec(lang, "or_booking", "operating room booking request" if lang == "en" else "requête opératoire", True)
    rec.t("diagnosis")
    rec.frm = C.staff_addr(src)
    rec.to = [INTERNAL["or_booking"]]
    rec.cc = [INTERNAL["preop"]] if r.random() < 0.5 else []
    sd = ctx.future(when, 3, 60)
    idb = id_block(ctx, rec, p, lang, mrn=True)
    anticoag = r.random() < 0.5
    if lang == "fr":
        rec.subject = r.choice(["Requête opératoire — %s" % s[2].split(" (")[0], "Réservation salle %s" % C.fmt_date(sd, "fr"),
                                "Bloc : ajout liste %s" % C.STAFF[surg][1]])
        lines = [greet(ctx, lang, "Karine"), "", "Merci d'inscrire au programme opératoire :", "", idb, "",
                 "Chirurgien : %s" % C.staff_name(surg), "Diagnostic : %s" % s[0], "Intervention : %s" % s[2],
                 "Durée estimée : %d min — %s" % (r.choice([60, 90, 120, 150]), r.choice(["anesthésie générale", "rachianesthésie", "bloc plexique"])),
                 "Date visée : %s" % C.fmt_date(sd, "fr", True),
                 "Matériel : %s" % r.choice(["table de traction", "amplificateur de brillance", "tour d'arthroscopie", "plateau de révision"])]
        if anticoag:
            lines.append("Anticoagulation : %s — cesser 3 jours avant, à confirmer par la clinique préop." % r.choice(["apixaban (Eliquis) 5 mg BID", "warfarine", "rivaroxaban 20 mg die"]))
            rec.t("medication")
        if r.random() < 0.3:
            lines.append("Bilan : %s." % labs(ctx, lang, rec))
        lines += ["", sign(ctx, src, lang)]
    else:
        rec.subject = r.choice(["OR booking - %s" % s[3].split(" (")[0], "Add-on request %s" % C.fmt_date(sd, "en"),
                                "Booking form: %s" % C.STAFF[surg][1]])
        lines = [greet(ctx, lang, "Karine"), "", "Please add to the OR schedule:", "", idb, "",
                 "Surgeon: %s" % C.staff_name(surg), "Diagnosis: %s" % s[1], "Procedure: %s" % s[3],
                 "Est. duration: %d min - %s" % (r.choice([60, 90, 120, 150]), r.choice(["GA", "spinal", "regional block"])),
                 "Target date: %s" % C.fmt_date(sd, "en", True),
                 "Equipment: %s" % r.choice(["traction table", "C-arm", "arthroscopy tower", "revision tray"])]
        if anticoag:
            lines.append("Anticoagulation: %s - hold 3 days pre-op, pre-op clinic to confirm." % r.choice(["apixaban (Eliquis) 5 mg BID", "warfarin", "rivaroxaban 20 mg daily"]))
            rec.t("medication")
        if r.random() < 0.3:
            lines.append("Bloodwork: %s." % labs(ctx, lang, rec))
        lines += ["", sign(ctx, src, lang)]
    rec.body = "\n".join(lines)
    if r.random() < 0.45:
        # the same booking as a DOCX form
        rows = [["Champ" if lang == "fr" else "Field", "Valeur" if lang == "fr" else "Value"],
                ["Nom" if lang == "fr" else "Name", "%s, %s" % (p.surname.upper(), p.given)],
                ["DDN" if lang == "fr" else "DOB", p.dob.isoformat()],
                ["Sexe" if lang == "fr" else "Sex", p.sex],
                ["Dossier" if lang == "fr" else "MRN", p.mrn],
                ["Intervention" if lang == "fr" else "Procedure", s[2] if lang == "fr" else s[3]]]
        if p.nam:
            rows.insert(4, ["NAM", p.nam])
        rec.t("date_of_birth", "mrn")
        title = "Requête opératoire" if lang == "fr" else "OR booking form"
        fn = ("requete_op_%s.docx" if lang == "fr" else "or_booking_%s.docx") % p.surname.lower().replace("'", "")
        rec.attachments.append(Attachment(fn, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                          A.make_docx(title, [C.ORG_FR if lang == "fr" else C.ORG_EN], rows)))
    return rec


def p_preop_labs(ctx, lang, when):
    r = ctx.rng
    p = ctx.qc_patient(0.4, age=(45, 90))
    k, s = fx(ctx, r.choice(["genou", "hanche", "coiffe", "col", "epaule"]))
    src = r.choice(["preop", "brault", "ouimet"])
    rec = Rec(lang, "lab_followup", "pre-op bloodwork follow-up" if lang == "en" else "suivi bilan préopératoire", True)
    rec.t("diagnosis", "lab_result")
    rec.frm = INTERNAL["preop"] if src == "preop" else C.staff_addr(src)
    surg = r.choice(["vezina", "iyer", "lafrance", "murphy"])
    rec.to = [C.staff_addr(surg)]
    nm = C.name_full(r, p, lang) if p.nam else C.name_variant(r, p, lang)
    rec.name(p)
    hb = r.randint(88, 108)
    a1c = r.choice(["8,4", "9,1", "7,9", "10,2"])
    if p.nam:
        rec.nam(p)
    if lang == "fr":
        rec.subject = r.choice(["Bilan préop anormal — %s" % nm, "Préop : Hb basse", "Résultats préop à revoir avant %s" % s[2].split(" (")[0]])
        lines = [greet(ctx, lang), "", "Pour votre patient(e) %s, prévu(e) pour %s :" % (nm, s[2])]
        if p.nam:
            lines += ["", "NAM %s — né(e) le %s — %s" % (C.fmt_nam(r, p.nam), C.fmt_dob(r, p.dob, lang), C.sex_label(r, p.sex, lang))]
        lines += ["", "- Hb %d g/L (anémie microcytaire, ferritine %d)" % (hb, r.randint(6, 20)),
                  "- HbA1c %s %%" % a1c, "- %s" % labs(ctx, lang, rec), "",
                  "Suggère fer IV (%s) à la clinique de médecine de jour avant la chirurgie et avis de médecine interne pour le diabète." % r.choice(["Monoferric 1000 mg", "Venofer 300 mg x 3"]),
                  "Voulez-vous reporter la date opératoire ?", "", sign(ctx, "gravel" if src == "preop" else src, lang)]
        rec.t("medication")
    else:
        rec.subject = r.choice(["Abnormal pre-op labs - %s" % nm, "Pre-op: low Hgb", "Pre-op results to review"])
        lines = [greet(ctx, lang), "", "Re your patient %s, booked for %s:" % (nm, s[3])]
        if p.nam:
            lines += ["", "RAMQ %s, DOB %s, %s" % (C.fmt_nam(r, p.nam), C.fmt_dob(r, p.dob, lang), C.sex_label(r, p.sex, lang))]
        lines += ["", "- Hgb %d g/L (microcytic, ferritin %d)" % (hb, r.randint(6, 20)),
                  "- HbA1c %s%%" % a1c.replace(",", "."), "- %s" % labs(ctx, lang, rec), "",
                  "Suggest IV iron (%s) in day medicine before surgery and an internal medicine consult for glycaemic control." % r.choice(["Monoferric 1000 mg", "Venofer 300 mg x 3"]),
                  "Do you want to move the OR date?", "", sign(ctx, "gravel" if src == "preop" else src, lang)]
        rec.t("medication")
    rec.body = "\n".join(lines)
    return rec


def p_discharge(ctx, lang, when):
    r = ctx.rng
    p = ctx.qc_patient(0.55, age=(40, 95))
    k, s = fx(ctx, r.choice(["col", "intertroch", "genou", "hanche", "tibia", "cheville", "infection"]))
    src = r.choice(["houle", "ouimet", "ferland"])
    gp = r.choice(["gp1", "gp2", "gp3"])
    rec = Rec(lang, "discharge", "discharge summary sent to family physician" if lang == "en" else "résumé de congé au médecin traitant", True)
    rec.t("diagnosis", "medication")
    rec.frm = C.staff_addr(src)
    rec.to = [EXT[gp]]
    adm = ctx.past(when, 4, 12)
    meds = med(ctx, lang, rec, 3, ("acet", "opioid", "abx" if k == "infection" else "anticoag"))
    rec.name(p)
    rec.t("date_of_birth", "mrn")
    if p.nam:
        rec.nam(p)
    if lang == "fr":
        title = "Résumé de congé — Orthopédie"
        lines = ["Patient(e) : %s, %s" % (p.surname.upper(), p.given), "Date de naissance : %s   Sexe : %s" % (p.dob.isoformat(), p.sex)]
        if p.nam:
            lines.append("NAM : %s" % p.nam)
        lines += ["Dossier : %s" % p.mrn, "Admission : %s   Congé : %s" % (adm.isoformat(), when.date().isoformat()), "",
                  "Diagnostic principal : %s" % s[0], "Intervention : %s" % s[2],
                  "Évolution : sans complication, mobilisation avec %s." % s[4], "",
                  "Médication au congé :"] + ["  - %s" % m for m in meds] + [
                  "", "Suivi : clinique de fractures dans 6 semaines, retrait des agrafes au CLSC à J14."]
        fn = r.choice(["Resume_conge_%s_%s.pdf" % (p.surname, p.given), "resume_conge_%s.pdf" % p.mrn, "Résumé de congé.pdf"])
        rec.subject = r.choice(["Résumé de congé", "Congé 6e Ortho — résumé", "RÉSUMÉ DE DÉPART — %s" % p.surname.upper()])
        body = "%s\n\nVeuillez trouver ci-joint le résumé de congé de votre patient(e), hospitalisé(e) du %s au %s.\n\n%s\n\n%s" % (
            greet(ctx, lang), C.fmt_date(adm, "fr"), C.fmt_date(when.date(), "fr"), thanks(ctx, lang), sign(ctx, src, lang))
    else:
        title = "Discharge Summary - Orthopaedics"
        lines = ["Patient: %s, %s" % (p.surname.upper(), p.given), "DOB: %s   Sex: %s" % (p.dob.isoformat(), p.sex)]
        if p.nam:
            lines.append("RAMQ: %s" % p.nam)
        lines += ["MRN: %s" % p.mrn, "Admitted: %s   Discharged: %s" % (adm.isoformat(), when.date().isoformat()), "",
                  "Principal diagnosis: %s" % s[1], "Procedure: %s" % s[3],
                  "Course: uncomplicated, mobilising with %s." % s[5], "", "Discharge medications:"] + \
                 ["  - %s" % m for m in meds] + ["", "Follow-up: fracture clinic in 6 weeks, staples out at CLSC day 14."]
        fn = r.choice(["DischargeSummary_%s_%s.pdf" % (p.surname, p.given), "dc_summary_%s.pdf" % p.mrn, "discharge summary.pdf"])
        rec.subject = r.choice(["Discharge summary", "6 Ortho discharge - summary attached", "DISCHARGE - %s" % p.surname.upper()])
        body = "%s\n\nPlease find attached the discharge summary for your patient, admitted %s to %s.\n\n%s\n\n%s" % (
            greet(ctx, lang), C.fmt_date(adm, "en"), C.fmt_date(when.date(), "en"), thanks(ctx, lang), sign(ctx, src, lang))
    rec.body = body
    rec.attachments.append(Attachment(fn, "application/pdf", A.make_pdf(title, lines), rfc2231=r.random() < 0.3))
    return rec
