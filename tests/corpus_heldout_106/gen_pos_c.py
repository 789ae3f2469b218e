"""Positive (confidential) messages, part C: other jurisdictions' numbers (Ontario, SIN, NISS, NIR),
social work, interpreters, disguised NAMs, patients' own mail, SMS logs, quick chatty notes."""
import datetime

from gen_attach import make_csv, make_pdf, make_xlsx
from gen_clin import DERM_KEYS, RPM_KEYS, cond, lab, le_fr, med, poss_fr
from gen_common import (de_fr, age_on, disguise_nam, fmt_date, fmt_niss, fmt_nir, fmt_ohip, fmt_sin, make_niss, make_nir,
                        make_ohip, make_sin, name_variant)
from gen_pos_a import (addr_title, appt_dt, appt_text, cap, msg, org, patient_addr, pname, pro, short_date, staff)
from gen_text import ORGS_EN, ORGS_FR, close, display, fwd_header, greet, quote, reply_intro, signature


# --------------------------------------------------------------------------- 23 Ontario patient seen virtually
def ontario(ctx, i):
    rng = ctx.rng
    lang = "en" if i != 2 else "fr"
    o = ORGS_EN[1]
    doc, doc_a = staff(ctx, "md", o, "en")
    qc = ORGS_FR[rng.randrange(len(ORGS_FR))]
    r, r_a = staff(ctx, rng.choice(["md", "coord"]), qc, lang)
    p = ctx.patient()
    c = cond(rng)
    when = ctx.when()
    hn = fmt_ohip(make_ohip(rng), rng.choice(["AB", "KT", "XM", "ZR"]), rng.randrange(3))
    types = ["patient_name", "ca_health_number", "diagnosis"]
    dob_s = ""
    if rng.random() < 0.6:
        dob_s = fmt_date(p["dob"], "en", 0)
        types.append("date_of_birth")
    if lang == "en":
        style = rng.randrange(2)
        if style == 0:
            body = ("%s\n\nOur mutual patient %s%s, Ontario health card %s, was seen today by video in our virtual urgent care. "
                    "Assessment: %s. Plan: %s, follow up with you in 2 weeks. %s now lives part-time in Quebec, "
                    "so please let us know if care should be transferred.\n\n%s") % (
                greet(ctx, "en", addr_title(r, "en")), name_variant(p, "en", rng.choice([0, 3])), (" (DOB %s)" % dob_s) if dob_s else "",
                hn, c["en"], med(rng, c, "en"), cap(pro(p, "en")), signature(ctx, doc, "md", o, "en"))
            types.append("medication")
        else:
            lines = [("h", "Virtual Visit Summary"), "Patient: %s" % name_variant(p, "en", 2), "Health card (ON): %s" % hn]
            if dob_s:
                lines.append("DOB: %s" % dob_s)
            lines += ["Visit type: video, %s" % fmt_date(when.date(), "en", 2), "Impression: %s" % c["en"],
                      "Plan: follow-up with family physician; return if worse.", display(doc, "md", "en")]
            body = "%s\n\nVisit summary attached for your records.\n\n%s" % (greet(ctx, "en"), signature(ctx, doc, "md", o, "en"))
            return msg("ontario", lang, types, "virtual-visit summary PDF for an Ontario patient with health card number",
                       subject="Virtual visit summary", date=when, text=body,
                       attachments=[{"filename": "visit_summary_%s.pdf" % when.strftime("%Y%m%d"), "ctype": "application/pdf",
                                     "data": make_pdf(lines, title="Virtual Visit Summary", compress=rng.random() < 0.5)}],
                       **{"from": doc_a, "to": [r_a]})
        subj = rng.choice(["Virtual urgent care visit - shared patient", "Visit note - Ontario patient"])
    else:
        body = ("%s\n\nPatient%s ontarien%s vu%s en téléconsultation : %s, carte santé de l'Ontario %s%s. Problème : %s. "
                "Pouvez-vous assurer le suivi en personne? La RAMQ ne couvre pas encore.\n\n%s") % (
            greet(ctx, "fr"), "e" if p["sex"] == "F" else "", "ne" if p["sex"] == "F" else "", "e" if p["sex"] == "F" else "",
            name_variant(p, "fr", 0), hn, (", née le %s" % dob_s if p["sex"] == "F" else ", né le %s" % dob_s) if dob_s else "", c["fr"],
            signature(ctx, doc, "md", o, "fr"))
        subj = "Patient de l'Ontario – suivi"
    return msg("ontario", lang, types, "Ontario patient seen by video, health card number in body",
               subject=subj, date=when, text=body, **{"from": doc_a, "to": [r_a]})


# --------------------------------------------------------------------------- 24 SIN in an income-support request
def sin_income(ctx, i):
    rng = ctx.rng
    lang = ["fr", "fr", "en"][i % 3]
    o = org(ctx, lang)
    sw, sw_a = staff(ctx, "sw", o, lang)
    dest = ("Aide financière – centre local" if lang == "fr" else "Income support office", "aide.financiere@emploi-local.example")
    p = ctx.patient()
    when = ctx.when()
    sin = fmt_sin(make_sin(rng), rng.randrange(3))
    types = ["patient_name", "ca_sin", "social_information"]
    if lang == "fr":
        sit = rng.choice(["a perdu son logement le mois dernier et demeure temporairement chez un ami",
                          "est sans revenu depuis la fin de ses prestations d'assurance-emploi",
                          "vit une situation de violence conjugale et a quitté le domicile"])
        body = ("%s\n\nSuite à notre intervention en télé-service social cette semaine, je vous transmets la demande d'aide "
                "de dernier recours pour %s (NAS %s). %s %s. Les pièces justificatives suivront par la poste.\n\n%s") % (
            greet(ctx, lang), name_variant(p, lang, rng.choice([0, 3, 2])), sin, cap(pro(p, lang)), sit,
            signature(ctx, sw, "sw", o, lang))
        subj = rng.choice(["Demande d'aide – dossier urgent", "Transmission demande d'aide financière"])
    else:
        sit = rng.choice(["lost housing last month and is couch-surfing", "has had no income since EI ended",
                          "left home because of intimate partner violence"])
        body = ("%s\n\nFollowing our virtual social-work session, here is the emergency income-support request for %s "
                "(SIN %s). %s %s.\n\n%s") % (greet(ctx, lang), name_variant(p, lang, 0), sin, cap(pro(p, lang)), sit,
                                             signature(ctx, sw, "sw", o, lang))
        subj = "Income support request - urgent"
    return msg("sin_income", lang, types, "social worker's income-support request with SIN and social situation",
               subject=subj, date=when, text=body, **{"from": sw_a, "to": [dest]})


# --------------------------------------------------------------------------- 25 Belgian patient (NISS)
def belgian(ctx, i):
    rng = ctx.rng
    lang = "fr"
    o = org(ctx, lang)
    doc, doc_a = staff(ctx, "md", o, lang)
    be_a = ("Service des assurés internationaux", "assures.internationaux@mutualite-exemple.example")
    p = ctx.patient("be")
    c = cond(rng, ["plaie", "mpoc", "db2", "hta"])
    when = ctx.when()
    niss = fmt_niss(make_niss(rng, p["dob"], p["sex"]), rng.randrange(3))
    types = ["patient_name", "be_niss", "diagnosis"]
    if i % 2 == 0:
        body = ("%s\n\nNous avons vu en téléconsultation %s, ressortissant%s belge en séjour au Québec, numéro NISS %s. "
                "Motif : %s. Pourriez-vous confirmer la prise en charge des frais? La facture suivra séparément.\n\n%s") % (
            greet(ctx, lang), name_variant(p, lang, 3), "e" if p["sex"] == "F" else "", niss, c["fr"], signature(ctx, doc, "md", o, lang))
        subj = "Prise en charge – patient belge"
    else:
        x = make_xlsx([("Séjours", [["Nom", "Prénom", "NISS", "Date visite", "Motif"],
                                    [p["surname"], p["given"], niss, when.strftime("%Y-%m-%d"), c["fr"]]])])
        body = "%s\n\nVoici le relevé des téléconsultations pour les assurés belges du mois.\n\n%s" % (
            greet(ctx, lang), signature(ctx, doc, "coord", o, lang))
        subj = "Relevé téléconsultations – assurés belges"
        return msg("belgian", lang, types, "spreadsheet of Belgian insured seen by video with NISS",
                   subject=subj, date=when, text=body,
                   attachments=[{"filename": "releve_%s.xlsx" % when.strftime("%Y%m"),
                                 "ctype": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "data": x}],
                   **{"from": doc_a, "to": [be_a]})
    return msg("belgian", lang, types, "Belgian visitor seen by video, NISS in body",
               subject=subj, date=when, text=body, **{"from": doc_a, "to": [be_a]})


# --------------------------------------------------------------------------- 26 French patient (NIR)
def french(ctx, i):
    rng = ctx.rng
    lang = "fr"
    o = org(ctx, lang)
    doc, doc_a = staff(ctx, rng.choice(["md", "psy"]), o, lang)
    fr_a = ("Dr Faucher – cabinet Lyon 3e", "secretariat@cabinet-faucher.example")
    p = ctx.patient("fr")
    c = cond(rng, ["dep", "db2", "hta", "acv"])
    when = ctx.when()
    nir = fmt_nir(make_nir(rng, p["dob"], p["sex"]), rng.randrange(2))
    body = ("%s\n\nJe vous adresse le compte rendu de téléconsultation %s, né%s le %s, n° de sécurité sociale %s, "
            "qui rentre en France le mois prochain. Diagnostic retenu : %s. Traitement en cours : %s.\n\n"
            "Bien confraternellement,\n%s") % (
        greet(ctx, lang, "cher confrère" if rng.random() < 0.5 else "chère consœur"), de_fr(name_variant(p, lang, rng.choice([0, 3]))),
        "e" if p["sex"] == "F" else "", fmt_date(p["dob"], lang, rng.choice([1, 2])), nir, c["fr"], med(rng, c, lang),
        signature(ctx, doc, "md", o, lang))
    return msg("french", lang, ["patient_name", "fr_nir", "date_of_birth", "diagnosis", "medication"],
               "teleconsultation report to a physician in France with NIR",
               subject=rng.choice(["Compte rendu de téléconsultation", "Transfert de suivi – retour en France"]),
               date=when, text=body, **{"from": doc_a, "to": [fr_a]})


# --------------------------------------------------------------------------- 27 virtual social work
def social(ctx, i):
    rng = ctx.rng
    lang = ["fr", "fr", "en", "fr"][i % 4]
    o = org(ctx, lang)
    sw, sw_a = staff(ctx, "sw", o, lang)
    r, r_a = staff(ctx, rng.choice(["md", "rn", "sw"]), o, lang)
    p = ctx.patient()
    when = ctx.when()
    types = ["patient_name", "social_information"]
    kind = i % 4
    if lang == "fr":
        if kind == 0:
            txt = ("Lors de la télé-intervention d'hier, %s m'a confié que son conjoint l'empêche de sortir et contrôle son argent. "
                   "Plan de sécurité fait; elle ne veut pas que le lien vidéo soit envoyé à l'adresse courriel partagée avec lui.")
            p["sex"] = "F"
            p["given"] = rng.choice(["Lucie", "Claire", "Gabrielle", "Noémie", "Léa"])
        elif kind == 1:
            txt = ("Signalement retenu par la DPJ pour les enfants %s; l'intervenante jeunesse participera à la prochaine "
                   "visio familiale. Merci de ne pas planifier de rendez-vous le mardi (visites supervisées).")
        else:
            txt = ("%s sera expulsé%s de son logement le 1er du mois; en attente d'une place en HLM. Pas d'internet à partir de là, "
                   "il faudra convertir ses suivis vidéo en appels téléphoniques.")
        nm = name_variant(p, lang, rng.choice([0, 3, 2]))
        body = "%s\n\n%s\n\n%s" % (greet(ctx, lang, r["given"]),
                                   txt % ((nm, "e" if p["sex"] == "F" else "") if kind >= 2 else (de_fr(nm) if kind == 1 else nm)),
                                   signature(ctx, sw, "sw", o, lang, disclaimer=True))
        subj = rng.choice(["Confidentiel – suivi psychosocial", "Suivi social – info importante", "Pour ton info"])
    else:
        txt = rng.choice(["During yesterday's virtual session, %s disclosed ongoing abuse by a family member. Safety plan done.",
                          "%s is being evicted at month end and will lose internet access; switch video follow-ups to phone.",
                          "Youth protection has opened a file for %s's children; the caseworker will join the next video visit."])
        body = "%s\n\n%s\n\n%s" % (greet(ctx, lang, r["given"]), txt % name_variant(p, lang, 0), signature(ctx, sw, "sw", o, lang))
        subj = rng.choice(["Confidential - psychosocial follow-up", "Heads-up re: video follow-ups"])
    return msg("social", lang, types, "virtual social-work note: violence, youth protection or housing",
               subject=subj, date=when, text=body, **{"from": sw_a, "to": [r_a]})


# --------------------------------------------------------------------------- 28 interpreter booking
def interpreter(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en"][i % 2]
    o = org(ctx, lang)
    s, s_a = staff(ctx, "clerk", o, lang)
    b_a = ("Banque d'interprètes" if lang == "fr" else "Interpreter bank", "interpretes@banque-interpretes.example")
    p = ctx.patient()
    c = cond(rng, ["gdm", "dep", "db2", "irc"])
    when = ctx.when()
    ap = appt_dt(ctx, when)
    langue = rng.choice([("arabe", "Arabic"), ("espagnol", "Spanish"), ("dari", "Dari"), ("tigrigna", "Tigrinya")])
    types = ["patient_name", "diagnosis"]
    social_fr = social_en = ""
    if i % 2 == 0:
        social_fr = ("- Note : arrivé%s récemment comme demandeur%s d'asile, hébergé%s au centre d'accueil; pas de cellulaire, "
                     "passer par l'intervenante du centre.\n") % (("e", "se", "e") if p["sex"] == "F" else ("", "", ""))
        social_en = "- Note: recently arrived asylum claimant living at the reception centre; no cell phone, go through the caseworker.\n"
        types.append("social_information")
    if lang == "fr":
        body = ("%s\n\nNous avons besoin d'un interprète en %s pour une téléconsultation (lien vidéo envoyé la veille) :\n"
                "- %s : %s\n- Suivi : %s\n- Date : %s, durée 45 min\n%s\n%s\n%s") % (
            greet(ctx, lang), langue[0], "Patiente" if p["sex"] == "F" else "Patient", name_variant(p, lang, 3), c["fr"],
            appt_text(ap, lang), social_fr, close(ctx, lang), signature(ctx, s, "clerk", o, lang))
        subj = "Demande d'interprète – téléconsultation"
    else:
        body = ("%s\n\nWe need a %s interpreter for a video visit:\n- Patient: %s\n- Follow-up: %s\n- When: %s (45 min)\n%s\n%s\n%s") % (
            greet(ctx, lang), langue[1], name_variant(p, lang, 0), c["en"], appt_text(ap, lang), social_en, close(ctx, lang),
            signature(ctx, s, "clerk", o, lang))
        subj = "Interpreter request - video visit"
    return msg("interpreter", lang, types, "interpreter booking naming patient and follow-up reason",
               subject=subj, date=when, text=body, **{"from": s_a, "to": [b_a]})


# --------------------------------------------------------------------------- 29 disguised NAM alone
def nam_alone(ctx, i):
    rng = ctx.rng
    lang = ["fr", "fr", "en"][i % 3]
    o = org(ctx, lang)
    s, s_a = staff(ctx, "clerk", o, lang)
    r_a = ("Admissibilité RAMQ – archives" if lang == "fr" else "Registration desk", "admission@hsa.example")
    p = ctx.nam_person()
    c = cond(rng)
    when = ctx.when()
    nam = disguise_nam(p["nam"], ["fullwidth", "spaced", "mixed"][i % 3])
    if lang == "fr":
        body = ("%s\n\nPouvez-vous vérifier l'admissibilité du %s avant la télé-visite de demain en %s (%s)? "
                "La plateforme refuse la carte (« numéro invalide »).\n\n%s") % (
            greet(ctx, lang), nam, c["spec_fr"], c["fr"], signature(ctx, s, "clerk", o, lang))
        subj = rng.choice(["Vérification admissibilité", "Carte refusée par la plateforme"])
    else:
        body = ("%s\n\nCould you check eligibility for health card %s before tomorrow's %s video visit (%s)? "
                "The platform rejects it as invalid.\n\n%s") % (greet(ctx, lang), nam, c["spec_en"], c["en"],
                                                                signature(ctx, s, "clerk", o, lang))
        subj = "Eligibility check"
    return msg("nam_alone", lang, ["ramq_nam", "diagnosis"], "disguised NAM (full-width / spaced) with reason for visit, no name",
               subject=subj, date=when, text=body, **{"from": s_a, "to": [r_a]})


# --------------------------------------------------------------------------- 30 patient's own mail, forwarded with history
def patient_self(ctx, i):
    rng = ctx.rng
    lang = ["fr", "fr", "en"][i % 3]
    o = org(ctx, lang)
    s, s_a = staff(ctx, "clerk", o, lang)
    it, it_a = staff(ctx, "it", o, lang)
    p = ctx.nam_person()
    pa = patient_addr(ctx, p)
    c = cond(rng, ["dep", "db2", "ic", "pso"])
    when = ctx.when()
    sent = when - datetime.timedelta(hours=rng.randrange(4, 50))
    phone = ctx.phone_fmt()
    nam = disguise_nam(p["nam"], rng.choice(["card", "plain", "lower", "dash"]))
    if lang == "fr":
        pm = ("Bonjour,\nje m'appelle %s %s, mon numéro d'assurance maladie est %s. J'ai un rendez-vous virtuel pour %s "
              "mais quand je clique sur le lien ça me demande un mot de passe. Mon téléphone : %s.\nMerci\n") % (
            p["given"], p["surname"], nam, poss_fr(c), phone)
        body = "%s\n\nPeux-tu regarder? C'est le 3e patient cette semaine avec ce problème de mot de passe.\n\n%s\n\n%s\n%s" % (
            greet(ctx, lang, it["given"]), signature(ctx, s, "clerk", o, lang),
            fwd_header(lang, "%s <%s>" % pa, "soinsvirtuels@%s" % o[1], short_date(sent, lang), "rendez-vous virtuel", rng.randrange(2)), pm)
        subj = "TR: rendez-vous virtuel"
    else:
        pm = ("Hi,\nmy name is %s %s, health card %s. I have a virtual appointment for my %s but the link asks for a password. "
              "My phone is %s.\nThanks\n") % (p["given"], p["surname"], nam, c["en"], phone)
        body = "%s\n\nCan you look at this? Third patient this week with the password prompt.\n\n%s\n\n%s\n%s" % (
            greet(ctx, lang, it["given"]), signature(ctx, s, "clerk", o, lang),
            fwd_header(lang, "%s <%s>" % pa, "virtualcare@%s" % o[1], short_date(sent, lang), "virtual appointment", rng.randrange(2)), pm)
        subj = "FW: virtual appointment"
    return msg("patient_self", lang, ["patient_name", "ramq_nam", "diagnosis", "patient_contact"],
               "patient's own mail with NAM forwarded to IT",
               subject=subj, date=when, text=body, **{"from": s_a, "to": [it_a]})


# --------------------------------------------------------------------------- 31 SMS reminder log
def sms_log(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en"][i % 2]
    o = org(ctx, lang)
    s, s_a = staff(ctx, "coord", o, lang)
    it, it_a = staff(ctx, "it", o, lang)
    when = ctx.when()
    hdr = ["nom", "telephone", "type_rdv", "date_rdv", "statut_sms"] if lang == "fr" else ["name", "phone", "appt_type", "appt_date", "sms_status"]
    rows = [hdr]
    for _ in range(rng.randrange(4, 8)):
        p = ctx.patient()
        c = cond(rng)
        ap = appt_dt(ctx, when)
        rows.append(["%s %s" % (p["given"], p["surname"]), ctx.phone(), ("Télé-%s" % c["spec_fr"]) if lang == "fr" else "Tele-%s" % c["spec_en"],
                     ap.strftime("%Y-%m-%d %H:%M"), rng.choice(["livré", "échec", "livré"]) if lang == "fr" else rng.choice(["delivered", "failed"])])
    csv = make_csv(rows)
    if lang == "fr":
        body = "%s\n\nVoici le journal des rappels SMS d'hier; plusieurs échecs, peux-tu vérifier la passerelle?\n\n%s" % (
            greet(ctx, lang, it["given"]), signature(ctx, s, "coord", o, lang))
        subj = "Journal rappels SMS – échecs"
    else:
        body = "%s\n\nYesterday's SMS reminder log; a few failures, can you check the gateway?\n\n%s" % (
            greet(ctx, lang, it["given"]), signature(ctx, s, "coord", o, lang))
        subj = "SMS reminder log - failures"
    return msg("sms_log", lang, ["patient_name", "patient_contact"],
               "SMS reminder log CSV: names, phones, appointment specialty",
               subject=subj, date=when, text=body,
               attachments=[{"filename": "sms_%s.csv" % when.strftime("%Y%m%d"), "ctype": "text/csv", "text": csv}],
               **{"from": s_a, "to": [it_a]})


# --------------------------------------------------------------------------- 32 quick chatty notes (lower case names)
def quick_note(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en", "fr"][i % 3]
    o = org(ctx, lang)
    s, s_a = staff(ctx, "rn", o, lang)
    r, r_a = staff(ctx, "rn", o, lang)
    p = ctx.patient()
    c = cond(rng, RPM_KEYS)
    when = ctx.when()
    nm = "%s %s" % (p["given"].lower(), p["surname"].lower()) if rng.random() < 0.6 else "%s %s" % (p["surname"].lower(), p["given"].lower())
    if lang == "fr":
        lp = "la" if p["sex"] == "F" else "le"
        if rng.random() < 0.5:
            body = ("est-ce que qqn a rappelé %s pour sa visio? son %s envoie plus de données depuis lundi, suivi %s, "
                    "faudrait pas %s perdre de vue") % (nm, c["kit"] or "appli", c["fr"], lp)
        else:
            body = "salut, %s a appelé, son appli plante encore. suivi %s pis %s, tu peux %s rappeler quand t'as 2 min?" % (
                nm, c["fr"], lab(rng, c, lang), lp)
        subj = rng.choice(["", "qq chose", "rappel", "?"])
    else:
        body = "hey did anyone call %s back about the video visit? %s readings stopped coming in since monday, %s patient" % (
            nm, c.get("kit_en") or "app", c["en"])
        subj = rng.choice(["", "quick q", "callback?"])
    types = ["patient_name", "diagnosis"]
    if "pis" in body:
        types.append("lab_result")
    return msg("quick_note", lang, types, "terse internal note with lower-case patient name and condition",
               subject=subj, date=when, text=body + "\n\n" + s["given"], mode="plain", **{"from": s_a, "to": [r_a]})
