"""Positive builders, part A: referrals, consults, lists, bookings, results, prescriptions, forms."""
import datetime

import gen_attach as A
from gen_clin import M_INJ, RTL_EN, RTL_FR, L, social_for, sport_for
from gen_common import EXTERNAL, ORG, T, D, fmt_date, signature, staff_name, strip_accents
from gen_ctx import addr, earlier, first, greet, quoted, thanks

INTAKE = ("Accueil CMSCC", "accueil.cmscc@" + D)
INTAKE_EN = ("CMSCC Intake", "accueil.cmscc@" + D)


def _dxname(ctx, p, lang, kind=None):
    return ctx.case(p, kind).dx(lang)


def _sym(ctx, p, lang, n=2):
    return ctx.case(p).sym(lang, n)


def _med(ctx, p, lang):
    return ctx.case(p).med(lang)


def _test(ctx, p, lang):
    return ctx.case(p).test(lang)


TEAM = {"hockey", "soccer", "football", "rugby", "basketball", "volleyball", "ringuette", "ringette", "cheerleading"}
HELMET = {"vélo de montagne", "mountain biking", "ski alpin", "alpine skiing", "planche à neige", "snowboarding"}


def _mechanisms(sport, lang):
    out = [T(lang, "Chute avec impact occipital, amnésie post-traumatique d'environ 10 minutes.",
             "Fell backwards, occipital impact, ~10 min of post-traumatic amnesia."),
           T(lang, "Impact à la tête, pas de perte de conscience.", "Head impact, no loss of consciousness.")]
    if sport in TEAM:
        out += [T(lang, "Collision avec un adversaire, a terminé la partie.", "Collision with an opponent, finished the game."),
                T(lang, "Contact tête contre la bande / le sol, pas de perte de conscience.", "Head hit the boards / ground, no LOC.")]
    if sport in HELMET:
        out += [T(lang, "Chute à haute vitesse, casque fendu.", "High-speed fall, helmet cracked.")]
    return out


# ---------------------------------------------------------------------------
def p_referral(ctx, lang):
    rng = ctx.rng
    p = ctx.patient(["child", "teen", "adult", "senior"], 0.55)
    m = ctx.msg(lang, "referral", T(lang, "référence d'un GMF vers la clinique commotion", "GP referral to concussion clinic"))
    doc = rng.choice(["diallo", "henderson"])
    m.sender = addr(doc, lang)
    m.to = [INTAKE if lang == "fr" else INTAKE_EN]
    if rng.random() < 0.4:
        m.cc = [addr("ferron")]
    grp = ctx.group(p)
    sport = sport_for(rng, grp, lang)
    inj = ctx.past(3, 25)
    dx = m.dx(_dxname(ctx, p, lang, "conc"))
    sym = m.dx(_sym(ctx, p, lang, rng.choice([2, 3])))
    nm = m.name(p, rng.choice(["full", "title_full", "last_first_caps", "caps_nocomma"]))
    lines = [greet(lang, rng), ""]
    ageword = ctx.age(p)
    if lang == "fr":
        lines.append("Je vous réfère %s, %d ans (DDN %s), pour évaluation à la clinique commotion." % (nm, ageword, m.dob(p)))
        lines.append("Contexte : %s, blessure le %s. %s" % (sport, fmt_date(inj, lang), rng.choice(_mechanisms(sport, lang))))
        lines.append("Impression : %s." % dx)
        lines.append("Symptômes actuels : %s." % sym)
        if rng.random() < 0.6:
            lines.append("Investigation : %s." % m.lab(_test(ctx, p, lang)))
        if rng.random() < 0.6:
            lines.append("Rx : %s." % m.med(_med(ctx, p, lang)))
    else:
        lines.append("I am referring %s, age %d (DOB %s), for assessment at your concussion clinic." % (nm, ageword, m.dob(p)))
        lines.append("Context: %s, injured on %s. %s" % (sport, fmt_date(inj, lang), rng.choice(_mechanisms(sport, lang))))
        lines.append("Impression: %s." % dx)
        lines.append("Current symptoms: %s." % sym)
        if rng.random() < 0.6:
            lines.append("Work-up: %s." % m.lab(_test(ctx, p, lang)))
        if rng.random() < 0.6:
            lines.append("Rx: %s." % m.med(_med(ctx, p, lang)))
    if p.nam:
        lines.append("NAM : %s" % m.nam(p) if lang == "fr" else "RAMQ: %s" % m.nam(p))
    elif rng.random() < 0.5:
        lines.append(T(lang, "No dossier HSE : ", "HSE chart no.: ") + m.mrn(p))
    if rng.random() < 0.5:
        young = ctx.group(p) in ("child", "teen")
        lines.append(T(lang, "Tél. (cell. de la mère) : " if young else "Tél. : ", "Phone (mother's cell): " if young else "Phone: ") + m.phone(p))
    if rng.random() < 0.3:
        lines.append(T(lang, "Note : ", "Note: ") + m.social(social_for(rng, ctx.group(p), lang)))
    lines += ["", T(lang, "Merci de le/la voir dans les meilleurs délais.", "Thanks for seeing them as soon as you can."),
              "", signature(doc, lang, rng)]
    m.text = "\n".join(lines)
    subj = rng.choice([
        T(lang, "Référence clinique commotion", "Concussion clinic referral"),
        T(lang, "Réf. : %s - commotion" % p.surname.upper(), "Referral: %s - concussion" % p.surname.upper()),
        T(lang, "Demande de consultation - %s %s" % (p.given, p.surname), "Consult request - %s %s" % (p.given, p.surname)),
    ])
    m.subject = subj
    if rng.random() < 0.45:
        m.ascii_only = True
        title = T(lang, "Demande de consultation — médecine du sport", "Consultation request — sports medicine")
        rows = [[T(lang, "Champ", "Field"), T(lang, "Valeur", "Value")],
                [T(lang, "Nom", "Name"), m.name(p, "last_first_caps")],
                [T(lang, "Date de naissance", "Date of birth"), m.dob(p, "iso")],
                [T(lang, "Sexe", "Sex"), p.sex]]
        if p.nam:
            rows.append(["NAM", m.nam(p, "spaced")])
        rows.append([T(lang, "Motif", "Reason"), dx])
        pdf = A.pdf_bytes(title, [("table", rows), T(lang, "Référent : ", "Referring MD: ") + staff_name(doc, lang)],
                          header=[EXTERNAL["gmf"][0], "Tél. " + EXTERNAL["gmf"][2]] if doc == "diallo" else
                          [ORG["hospital"] + T(lang, " — Urgence", " — Emergency"), "Tél. " + ORG["phone"]])
        m.ascii_only = False
        m.atts.append(A.Att(rng.choice(["Demande_consultation_%s.pdf" % p.surname,
                                        "reference_%s.pdf" % ctx.day.strftime("%Y%m%d"), "scan0042.pdf"]),
                            "application/pdf", pdf))
    m.text = m.text.replace("le/la", "la" if p.sex == "F" else "le")
    return m


# ---------------------------------------------------------------------------
def p_consult_reply(ctx, lang):
    rng = ctx.rng
    p = ctx.patient(["teen", "adult", "senior"], 0.5)
    m = ctx.msg(lang, "consult", T(lang, "note de consultation au médecin référent", "consult note back to referring MD"))
    doc = rng.choice(["lacasse", "mcleish", "benali"])
    m.sender = addr(doc, lang)
    m.to = [addr("diallo", lang)]
    kind = rng.choice(["conc", "msk"])
    dx = m.dx(_dxname(ctx, p, lang, kind))
    test = m.lab(_test(ctx, p, lang))
    med = m.med(_med(ctx, p, lang))
    plan = ctx.case(p).plan(lang)
    nm = m.name(p, rng.choice(["title_full", "full", "last_first"]))
    body_fr = [
        "Bonjour Dr Diallo,", "",
        "J'ai vu %s en consultation le %s." % (nm, fmt_date(ctx.past(1, 6), lang, "long")),
        "Diagnostic : %s." % dx,
        "Examen / tests : %s." % test,
        "Plan : %s; %s." % (med, plan),
        "", "La note complète est jointe." , "", signature(doc, lang, rng)]
    body_en = [
        "Dear Dr. Diallo,", "",
        "I saw %s in consultation on %s." % (nm, fmt_date(ctx.past(1, 6), lang, "long")),
        "Diagnosis: %s." % dx,
        "Exam / testing: %s." % test,
        "Plan: %s; %s." % (med, plan),
        "", "Full note attached.", "", signature(doc, lang, rng)]
    m.text = "\n".join(body_fr if lang == "fr" else body_en)
    m.subject = rng.choice([T(lang, "Note de consultation", "Consultation note"),
                            T(lang, "Consultation - %s" % p.surname, "Consult - %s" % p.surname),
                            T(lang, "RE: Référence", "RE: Referral")])
    blocks = [("h", T(lang, "Identification", "Identification")),
              "%s : %s" % (T(lang, "Patient", "Patient"), m.name(p, "last_first_caps")),
              T(lang, "Date de naissance : ", "Date of birth: ") + m.dob(p, "iso")]
    if p.nam and rng.random() < 0.8:
        blocks.append("NAM : " + m.nam(p, "plain"))
    else:
        blocks.append(T(lang, "Dossier : ", "Chart: ") + m.mrn(p, "prefixed"))
    blocks += [("h", T(lang, "Histoire", "History")),
               T(lang, "Symptômes : ", "Symptoms: ") + m.dx(_sym(ctx, p, lang, 3)),
               ("h", T(lang, "Évaluation", "Assessment")), test, dx,
               ("h", "Plan"), med, plan]
    if rng.random() < 0.5:
        data = A.docx_bytes(T(lang, "Note de consultation — médecine du sport", "Consultation note — sports medicine"), blocks,
                            author=staff_name(doc, lang, False))
        m.atts.append(A.Att(rng.choice(["Consultation_%s_%s.docx" % (p.surname, p.given), "note_consult.docx",
                                        "Note %s.docx" % ctx.day.isoformat()]),
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", data))
    else:
        m.ascii_only = True
        data = A.pdf_bytes(T(lang, "Note de consultation", "Consultation note"), blocks,
                           header=[ORG["clinic_fr"] if lang == "fr" else ORG["clinic_en"], ORG["hospital"], "Tél. " + ORG["phone"]],
                           footer=T(lang, "Document confidentiel", "Confidential document"))
        m.ascii_only = False
        m.atts.append(A.Att("consult_%s.pdf" % strip_accents(p.surname).lower(), "application/pdf", data))
    return m


# ---------------------------------------------------------------------------
def p_census(ctx, lang):
    rng = ctx.rng
    m = ctx.msg(lang, "census", T(lang, "liste des patients de la journée", "daily clinic patient list"))
    sender = rng.choice(["bedard", "arsenault", "dufresne"])
    m.sender = addr(sender, lang)
    m.to = [addr(k, lang) for k in rng.sample(["lacasse", "mcleish", "coutu", "grondin", "ferron", "stewart"], 3)]
    n = rng.randint(5, 9)
    rows, plain = [], []
    slot = datetime.datetime.combine(ctx.day, datetime.time(8, 0))
    name_form = rng.choice(["last_first_caps", "caps_nocomma", "full", "last_first"])
    use_nam = rng.random() < 0.4
    for i in range(n):
        p = ctx.patient(None, 0.6 if use_nam else 0.3)
        nm = m.name(p, name_form)
        motif = m.dx(_dxname(ctx, p, lang))
        who = rng.choice(["AL", "OM", "JC", "RG", "NF"])
        ident = m.nam(p, rng.choice(["plain", "spaced"])) if (use_nam and p.nam) else m.mrn(p, "plain")
        t = (slot + datetime.timedelta(minutes=30 * i + (15 if i > 3 else 0))).strftime("%H:%M")
        if ctx.case(p).kind == "conc":
            visit = rng.choice(T(lang, ["nouveau", "suivi", "suivi", "BCTT", "SCAT6"], ["new", "f/u", "f/u", "BCTT", "SCAT6"]))
        else:
            visit = rng.choice(T(lang, ["nouveau", "suivi", "suivi", "réévaluation"], ["new", "f/u", "f/u", "reassess"]))
        rows.append([t, nm, ident, motif, visit, who])
        plain.append("%s  %-26s %-15s %s (%s) - %s" % (t, nm, ident, motif, visit, who))
    head = [T(lang, "Heure", "Time"), T(lang, "Patient", "Patient"), T(lang, "NAM/dossier", "RAMQ/chart"),
            T(lang, "Motif", "Reason"), T(lang, "Type", "Type"), T(lang, "Prof.", "Clin.")]
    winter = ctx.day.month in (12, 1, 2, 3)
    intro = T(lang, "Voici la liste de %s. Deux retards possibles (%s)." % (fmt_date(ctx.day, lang, "day"), "neige" if winter else "travaux sur la 40"),
              "Here is the list for %s. A couple of people may run late (%s)." % (fmt_date(ctx.day, lang, "day"), "snow" if winter else "roadwork on the 40"))
    m.text = greet(lang, rng) + "\n\n" + intro + "\n\n" + "\n".join(plain) + "\n\n" + thanks(lang, rng) + "\n" + signature(sender, lang, rng, False)
    import html as _h
    table = "<table border=\"1\" cellpadding=\"3\" style=\"border-collapse:collapse\">\n<tr>" + "".join("<th>%s</th>" % _h.escape(h) for h in head) + "</tr>\n"
    for r_ in rows:
        table += "<tr>" + "".join("<td>%s</td>" % _h.escape(str(c)) for c in r_) + "</tr>\n"
    table += "</table>"
    m.html = "<p>%s</p>\n<p>%s</p>\n%s\n<p>%s</p>" % (_h.escape(greet(lang, rng)), _h.escape(intro), table, _h.escape(thanks(lang, rng)))
    m.prefer = rng.choice(["html", "alt", "alt"])
    m.subject = rng.choice([T(lang, "Liste clinique %s" % ctx.day.isoformat(), "Clinic list %s" % ctx.day.isoformat()),
                            T(lang, "Patients de demain", "Tomorrow's patients"), "Horaire AM/PM - CMSCC"])
    if rng.random() < 0.35:
        data = A.xlsx_bytes([(T(lang, "Liste", "List"), [head] + rows)])
        m.atts.append(A.Att("liste_%s.xlsx" % ctx.day.strftime("%Y%m%d"),
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data))
    return m


# ---------------------------------------------------------------------------
def p_booking(ctx, lang):
    rng = ctx.rng
    p = ctx.patient(None, 0.5)
    m = ctx.msg(lang, "booking", T(lang, "demande de rendez-vous de suivi avec invitation", "follow-up booking with calendar invite"))
    sender = rng.choice(["ferron", "lacasse", "coutu"])
    m.sender = addr(sender, lang)
    m.to = [addr(rng.choice(["bedard", "arsenault"]), lang)]
    when = ctx.future(5, 28)
    dx = m.dx(_dxname(ctx, p, lang))
    nm = m.name(p, rng.choice(["full", "last_first_caps", "initial_last", "title_last"]))
    if ctx.case(p).kind == "conc" and ctx.group(p) != "senior":
        what = rng.choice(T(lang, ["BCTT", "réévaluation SCAT6", "suivi 30 min"], ["BCTT", "SCAT6 reassessment", "30-min follow-up"]))
    else:
        what = rng.choice(T(lang, ["suivi 30 min", "réévaluation", "visite de contrôle"], ["30-min follow-up", "reassessment", "check-up visit"]))
    lines = [greet(lang, rng), ""]
    if lang == "fr":
        lines += ["Peux-tu booker %s pour %s le %s avec %s?" % (nm, what, ctx.when(when, lang), staff_name(sender, lang)),
                  "Motif : %s." % dx]
        if rng.random() < 0.5:
            lines.append("Numéro pour confirmer : %s (laisser message)." % m.phone(p))
        lines.append("J'ai mis l'invitation en pièce jointe pour la plage.")
    else:
        lines += ["Can you book %s for a %s on %s with %s?" % (nm, what, ctx.when(when, lang), staff_name(sender, lang)),
                  "Reason: %s." % dx]
        if rng.random() < 0.5:
            lines.append("Number to confirm: %s (ok to leave a message)." % m.phone(p))
        lines.append("Calendar hold attached.")
    lines += ["", thanks(lang, rng), first(sender)]
    m.text = "\n".join(lines)
    m.subject = rng.choice([T(lang, "RDV à booker", "Booking needed"), T(lang, "Plage %s" % what, "%s slot" % what),
                            T(lang, "RDV %s" % p.surname, "Appt %s" % p.surname)])
    summ = "%s - %s" % (m.name(p, "full"), what)
    desc = T(lang, "Motif : %s\n" % dx, "Reason: %s\n" % dx)
    if p.nam and rng.random() < 0.5:
        desc += "NAM: %s\n" % m.nam(p, "plain")
    ics = A.ics_bytes("cmscc-%s-%s@%s" % (ctx.day.strftime("%Y%m%d"), rng.randrange(10000, 99999), D), when,
                      when + datetime.timedelta(minutes=30 if "30" in what else 60), summ, desc,
                      T(lang, "CMSCC salle 3", "CMSCC room 3"), (staff_name(sender, lang, False), addr(sender)[1]),
                      [m.sender, m.to[0]])
    m.atts.append(A.Att(rng.choice(["invite.ics", "rdv.ics", "RDV_%s.ics" % p.surname]), "text/calendar", ics, "utf-8"))
    return m


# ---------------------------------------------------------------------------
def p_transport(ctx, lang):
    rng = ctx.rng
    p = ctx.patient(["senior", "adult"], 0.6)
    m = ctx.msg(lang, "transport", T(lang, "demande de transport adapté pour rendez-vous", "adapted transport request for appointment"))
    sender = rng.choice(["bedard", "ferron", "carrier"])
    m.sender = addr(sender, lang)
    m.to = [("Transport adapté", "reservations@" + EXTERNAL["taxi"][1])]
    when = ctx.future(3, 15)
    nm = m.name(p, rng.choice(["title_full", "last_first_caps", "full"]))
    adr = m.address(p)
    tel = m.phone(p)
    if lang == "fr":
        lines = ["Bonjour,", "", "Demande de transport pour :", "",
                 "Usager : %s" % nm, "DDN : %s" % m.dob(p), "Adresse de départ : %s" % adr, "Téléphone : %s" % tel,
                 "Rendez-vous : %s, %s, %s" % (ctx.when(when, lang), ORG["hospital"], "pavillon C, 3e étage"),
                 "Retour : vers %02dh%02d" % (when.hour + 1, when.minute),
                 "Particularités : %s" % rng.choice(["fauteuil roulant", "marchette, aide au transfert", "béquilles, mise en charge interdite"]),
                 "Raison médicale : %s" % m.dx(_dxname(ctx, p, lang))] + (
                     ["Contexte social : %s" % m.social(social_for(rng, ctx.group(p), lang))] if rng.random() < 0.7 else []) + [
                 "", thanks(lang, rng), signature(sender, lang, rng)]
    else:
        lines = ["Hello,", "", "Transport request for:", "",
                 "Client: %s" % nm, "DOB: %s" % m.dob(p), "Pick-up address: %s" % adr, "Phone: %s" % tel,
                 "Appointment: %s, %s, Pavilion C, 3rd floor" % (ctx.when(when, lang), ORG["hospital"]),
                 "Return: around %d:%02d" % ((when.hour + 1) % 12 or 12, when.minute),
                 "Notes: %s" % rng.choice(["wheelchair", "walker, needs help with transfers", "crutches, non-weight-bearing"]),
                 "Medical reason: %s" % m.dx(_dxname(ctx, p, lang))] + (
                     ["Social context: %s" % m.social(social_for(rng, ctx.group(p), lang))] if rng.random() < 0.7 else []) + [
                 "", thanks(lang, rng), signature(sender, lang, rng)]
    if p.nam and rng.random() < 0.6:
        lines.insert(6, "NAM : %s" % m.nam(p))
    m.text = "\n".join(lines)
    m.subject = rng.choice([T(lang, "Demande de transport adapté", "Adapted transport request"),
                            T(lang, "Transport %s %s" % (when.strftime("%d/%m"), p.surname), "Transport %s %s" % (when.strftime("%m/%d"), p.surname))])
    return m


# ---------------------------------------------------------------------------
def p_imaging(ctx, lang):
    rng = ctx.rng
    p = ctx.patient(["teen", "adult", "senior", "child"], 0.45)
    m = ctx.msg(lang, "imaging", T(lang, "suivi de résultat d'imagerie", "imaging result follow-up"))
    src = rng.choice(["trudel", "sirois", "lacasse"])
    m.sender = addr(src, lang)
    tgt = rng.choice(["mcleish", "vachon", "lacasse", "coutu"])
    if tgt == src:
        tgt = "vachon"
    m.to = [addr(tgt, lang)]
    img = m.lab(ctx.case(p, "img").img(lang))
    nm = m.name(p, rng.choice(["last_first_caps", "full", "lower", "initial_last", "last_initial"]))
    ident = m.mrn(p) if rng.random() < 0.6 or not p.nam else m.nam(p)
    if lang == "fr":
        lines = [greet(lang, rng, first(tgt)), "",
                 rng.choice(["Résultat à ton attention pour", "FYI, résultat anormal pour", "Le rapport est sorti pour"]) + " %s (%s) :" % (nm, ident),
                 "", "  " + img, "",
                 rng.choice(["Peux-tu voir s'il faut devancer le RDV?", "Je l'ai appelé(e), pas de réponse.",
                             "À discuter avec l'ortho cette semaine.", "Aucune action urgente requise selon moi."]),
                 "", first(src)]
    else:
        lines = [greet(lang, rng, first(tgt)), "",
                 rng.choice(["Result for your attention -", "FYI abnormal result for", "Report is out for"]) + " %s (%s):" % (nm, ident),
                 "", "  " + img, "",
                 rng.choice(["Can you see whether the appointment should be moved up?", "Called, no answer.",
                             "To discuss with ortho this week.", "Nothing urgent in my view."]),
                 "", first(src)]
    m.text = "\n".join(lines)
    m.subject = rng.choice([T(lang, "Résultat imagerie", "Imaging result"), T(lang, "IRM - à voir", "MRI - please review"),
                            T(lang, "Rx %s" % p.surname, "X-ray %s" % p.surname), "FYI"])
    if rng.random() < 0.3:
        quote_src = T(lang, "Pouvez-vous m'envoyer le rapport dès qu'il est signé?", "Could you send me the report as soon as it is signed?")
        m.text += "\n\n" + quoted(quote_src, lang, addr(tgt, lang), earlier(ctx), rng.choice(["gt", "outlook"]))
        m.subject = "RE: " + m.subject
    return m


# ---------------------------------------------------------------------------
def p_lab(ctx, lang):
    rng = ctx.rng
    p = ctx.patient(["teen", "adult"], 0.5)
    m = ctx.msg(lang, "lab", T(lang, "résultats de laboratoire à rappeler", "lab results call-back"))
    src = rng.choice(["lacasse", "mcleish"])
    m.sender = addr(src, lang)
    m.to = [addr("ferron", lang)]
    case = ctx.case(p, "med")
    labs = m.lab(case.test(lang))
    dxl = m.dx(case.dx(lang))
    nm = m.name(p, rng.choice(["full", "title_last", "last_first", "lower"]))
    if lang == "fr":
        lines = ["Nadia,", "", "Résultats de %s reçus : %s." % (nm, labs),
                 rng.choice(["Compatible avec %s." % dxl, "Ça confirme : %s." % dxl, "Donc %s, à corriger avant le camp d'été." % dxl]),
                 "Peux-tu l'appeler pour débuter %s et prévoir une prise de sang de contrôle dans 8 semaines?" % m.med(case.med(lang))]
        if rng.random() < 0.6:
            lines.append("Son cell : %s" % m.phone(p))
        lines += ["", "Merci", first(src)]
    else:
        lines = ["Nadia,", "", "Labs back for %s: %s." % (nm, labs),
                 rng.choice(["Fits with %s." % dxl, "That confirms %s." % dxl, "So %s - needs fixing before summer camp." % dxl]),
                 "Could you call to start %s and book a repeat blood test in 8 weeks?" % m.med(case.med(lang))]
        if rng.random() < 0.6:
            lines.append("Cell: %s" % m.phone(p))
        lines += ["", "Thanks", first(src)]
    if rng.random() < 0.5:
        lines.insert(2, (T(lang, "Dossier ", "Chart ") + m.mrn(p)) if not p.nam else ("NAM " + m.nam(p)))
    m.text = "\n".join(lines)
    m.subject = rng.choice([T(lang, "Labos à rappeler", "Labs to call back"), "Ferritine / vit D",
                            T(lang, "Résultats sanguins", "Bloodwork results"), T(lang, "À rappeler svp", "Please call back")])
    return m


# ---------------------------------------------------------------------------
def p_discharge(ctx, lang):
    rng = ctx.rng
    p = ctx.patient(None, 0.5)
    m = ctx.msg(lang, "discharge", T(lang, "résumé de visite à l'urgence transmis à la clinique", "ED visit summary sent to clinic"))
    m.sender = addr("henderson", lang)
    m.to = [INTAKE if lang == "fr" else INTAKE_EN]
    dx = _dxname(ctx, p, lang, "conc")
    m.subject = rng.choice([T(lang, "Résumé de visite urgence - suivi clinique commotion", "ED visit summary - concussion clinic follow-up"),
                            T(lang, "Congé urgence", "ED discharge"), "Suivi post-urgence"])
    m.text = "\n".join([greet(lang, rng), "",
                        T(lang, "Ci-joint le résumé de visite d'un patient vu cette nuit, à voir en suivi dans 7 à 10 jours.",
                          "Attached is the visit summary for a patient seen overnight, for follow-up in 7-10 days."),
                        "", thanks(lang, rng), signature("henderson", lang, rng)])
    blocks = [("table", [[T(lang, "Nom", "Name"), m.name(p, "last_first_caps")],
                         [T(lang, "DDN", "DOB"), m.dob(p, "iso")],
                         [T(lang, "Dossier", "Chart"), m.mrn(p, "plain")]])]
    if p.nam:
        blocks.append("NAM: " + m.nam(p, "plain"))
    blocks += [("h", T(lang, "Diagnostic de départ", "Discharge diagnosis")), m.dx(dx),
               ("h", T(lang, "Investigation", "Investigations")), m.lab(_test(ctx, p, lang)),
               ("h", T(lang, "Traitement / ordonnance", "Treatment / prescription")), m.med(_med(ctx, p, lang)),
               ("h", T(lang, "Consignes", "Instructions")),
               T(lang, "Repos relatif 24-48 h, reprise graduelle. Revenir si vomissements, confusion ou somnolence.",
                 "Relative rest 24-48 h then gradual resumption. Return if vomiting, confusion or drowsiness.")]
    if rng.random() < 0.5:
        data = A.docx_bytes(T(lang, "Résumé de visite — Urgence", "Visit summary — Emergency"), blocks, author="Urgence HSE")
        fn = rng.choice(["Resume_visite_%s.docx" % p.surname, "résumé urgence.docx", "ED_summary.docx"])
        m.atts.append(A.Att(fn, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", data))
    else:
        m.ascii_only = True
        blocks2 = []
        for b in blocks:
            blocks2.append(b)
        data = A.pdf_bytes(T(lang, "Résumé de visite — Urgence", "Visit summary — Emergency"), blocks2,
                           header=[ORG["hospital"], ORG["network_fr"]])
        m.ascii_only = False
        fn = rng.choice(["urgence_%s.pdf" % ctx.day.strftime("%Y%m%d"), "Résumé_%s_%s.pdf" % (p.surname, p.given)])
        m.atts.append(A.Att(fn, "application/pdf", data))
    return m


# ---------------------------------------------------------------------------
def p_prescription(ctx, lang):
    rng = ctx.rng
    p = ctx.patient(None, 0.55)
    m = ctx.msg(lang, "prescription", T(lang, "ordonnance transmise à la pharmacie", "prescription sent to pharmacy"))
    doc = rng.choice(["lacasse", "mcleish", "benali", "desrosiers"])
    m.sender = addr(doc, lang)
    ph = EXTERNAL[rng.choice(["pharmacy", "pharmacy2"])]
    m.to = [(ph[0], "ordonnances@" + ph[1])]
    med1 = m.med(_med(ctx, p, lang))
    med2 = _med(ctx, p, lang) if rng.random() < 0.5 else None
    if med2 == med1:
        med2 = None
    nm = m.name(p, rng.choice(["last_first_caps", "full", "title_full"]))
    lines = [T(lang, "ORDONNANCE", "PRESCRIPTION"), "",
             T(lang, "Patient : ", "Patient: ") + nm, T(lang, "DDN : ", "DOB: ") + m.dob(p)]
    if p.nam:
        lines.append("NAM : " + m.nam(p))
    if rng.random() < 0.4:
        lines.append(T(lang, "Adresse : ", "Address: ") + m.address(p))
    lines += ["", "Rx 1 : " + med1]
    if med2:
        lines.append("Rx 2 : " + med2)
    lines += [T(lang, "Renouvellements : ", "Refills: ") + rng.choice(["0", "1", "2"]),
              T(lang, "Indication : ", "Indication: ") + m.dx(_dxname(ctx, p, lang)), "",
              T(lang, "Prescripteur : ", "Prescriber: ") + staff_name(doc, lang) + ", permis %05d" % rng.randrange(10000, 99999),
              ORG["clinic_short"] + " — " + ORG["hospital"] + " — " + T(lang, "tél. ", "tel. ") + ORG["phone"]]
    m.text = "\n".join(lines)
    m.subject = rng.choice([T(lang, "Ordonnance", "Prescription"), T(lang, "Rx pour %s" % p.surname, "Rx for %s" % p.surname),
                            T(lang, "Ordonnance électronique - CMSCC", "e-Prescription - CMSCC")])
    m.prefer = rng.choice(["plain", "plain", "html", None])
    if rng.random() < 0.35:
        m.ascii_only = True
        blocks = [l for l in m.text.split("\n") if l]
        data = A.pdf_bytes(T(lang, "Ordonnance", "Prescription"), blocks[1:], header=[ORG["hospital"]])
        m.ascii_only = False
        m.text = T(lang, "Bonjour, ordonnance en pièce jointe. Merci de confirmer la réception.",
                   "Hello, prescription attached. Please confirm receipt.") + "\n\n" + signature(doc, lang, rng)
        m.atts.append(A.Att("Rx_%s.pdf" % ctx.day.strftime("%Y%m%d"), "application/pdf", data))
    return m


# ---------------------------------------------------------------------------
def p_insurer(ctx, lang):
    rng = ctx.rng
    p = ctx.patient(["adult"], 0.5)
    m = ctx.msg(lang, "insurer_form", T(lang, "formulaire d'assureur / organisme d'indemnisation", "insurer / compensation agency form"))
    doc = rng.choice(["benali", "lacasse", "mcleish"])
    sender = rng.choice(["gosselin", "bedard", doc])
    m.sender = addr(sender, lang)
    which = rng.choice(["insurer", "rilt", "fir"])
    org = EXTERNAL[which]
    m.to = [(org[0], rng.choice(["reclamations", "dossiers", "medical"]) + "@" + org[1])]
    dx = m.dx(_dxname(ctx, p, lang))
    nm = m.name(p, rng.choice(["last_first_caps", "full", "title_full"]))
    sin = m.sin(p)
    claim = "%s-%06d" % (rng.choice(["RC", "DOS", "IND"]), rng.randrange(100000, 999999))
    if lang == "fr":
        lines = ["Bonjour,", "",
                 "Vous trouverez ci-joint le rapport médical demandé pour %s (dossier %s)." % (nm, claim),
                 "NAS : %s" % sin,
                 "Diagnostic : %s. Arrêt de travail complet jusqu'au %s, réévaluation prévue." % (dx, fmt_date(ctx.future(14, 40).date(), lang)),
                 "", "Cordialement,", signature(sender, lang, rng)]
    else:
        lines = ["Hello,", "",
                 "Please find attached the medical report requested for %s (claim %s)." % (nm, claim),
                 "SIN: %s" % sin,
                 "Diagnosis: %s. Off work until %s, will be reassessed." % (dx, fmt_date(ctx.future(14, 40).date(), lang)),
                 "", "Regards,", signature(sender, lang, rng)]
    m.text = "\n".join(lines)
    m.subject = rng.choice([T(lang, "Rapport médical - dossier %s" % claim, "Medical report - claim %s" % claim),
                            T(lang, "Formulaire d'attestation médicale", "Attending physician statement"),
                            T(lang, "Réclamation %s" % claim, "Claim %s" % claim)])
    m.ascii_only = True
    rows = [[T(lang, "Section", "Section"), T(lang, "Réponse", "Answer")],
            [T(lang, "Nom du réclamant", "Claimant name"), m.name(p, "last_first_caps")],
            [T(lang, "Date de naissance", "Date of birth"), m.dob(p, "iso")],
            ["NAS" if lang == "fr" else "SIN", m.sin(p, "spaced")],
            [T(lang, "Diagnostic", "Diagnosis"), dx],
            [T(lang, "Traitement", "Treatment"), m.med(_med(ctx, p, lang))],
            [T(lang, "Médecin traitant", "Attending physician"), staff_name(doc, lang)]]
    if p.nam and rng.random() < 0.5:
        rows.insert(3, ["NAM", m.nam(p, "plain")])
    data = A.pdf_bytes(T(lang, "Rapport médical — %s" % org[0], "Medical report — %s" % org[0]), [("table", rows),
                       T(lang, "Restrictions : aucun effort physique soutenu, écrans limités.",
                         "Restrictions: no sustained physical effort, limit screens.")],
                       header=[org[0], T(lang, "Formulaire RM-12", "Form RM-12")])
    m.ascii_only = False
    m.atts.append(A.Att(rng.choice(["formulaire_%s.pdf" % claim, "RM-12_%s.pdf" % p.surname, "rapport medical.pdf"]),
                        "application/pdf", data))
    return m


# ---------------------------------------------------------------------------
def p_school(ctx, lang):
    rng = ctx.rng
    p = ctx.patient(["teen", "child"], 0.55)
    m = ctx.msg(lang, "school_letter", T(lang, "lettre de retour à l'apprentissage pour l'école", "return-to-learn letter for school"))
    doc = rng.choice(["lacasse", "desrosiers", "mcleish"])
    m.sender = addr(doc, lang)
    age = ctx.age(p)
    sch = EXTERNAL["cegep" if age >= 17 else ("school" if age >= 12 else "primary")]
    m.to = [(T(lang, "Direction adjointe", "Vice-principal"), ("direction" if age >= 12 else "direction.ruisseau") + "@" + sch[1])]
    if rng.random() < 0.5:
        m.cc = [("Infirmière scolaire", "infirmerie@" + sch[1])]
    nm = m.name(p, rng.choice(["full", "full", "caps_nocomma"]))
    dx = m.dx(_dxname(ctx, p, lang, "conc"))
    rtl = rng.choice(RTL_FR if lang == "fr" else RTL_EN)
    if lang == "fr":
        lines = ["Bonjour,", "", "À la demande des parents, voici la lettre concernant %s, élève de votre établissement." % nm,
                 "%s est suivi%s à notre clinique pour une %s." % (nm.split()[0], m.pronoun(p, "adj_e"), dx),
                 "Recommandations : %s." % rtl, "", "La lettre signée est jointe.", "", signature(doc, lang, rng)]
    else:
        lines = ["Hello,", "", "At the parents' request, here is the letter for %s, a student at your school." % nm,
                 "%s is being followed at our clinic for %s." % (m.pronoun(p, "Subj"), dx),
                 "Recommendations: %s." % rtl, "", "Signed letter attached.", "", signature(doc, lang, rng)]
    m.text = "\n".join(lines)
    m.subject = rng.choice([T(lang, "Lettre pour l'école - retour à l'apprentissage", "School letter - return to learn"),
                            T(lang, "Mesures d'adaptation scolaire", "School accommodations"),
                            T(lang, "Lettre école %s" % p.given, "School letter %s" % p.given)])
    blocks = [fmt_date(ctx.day, lang, "long"), T(lang, "Objet : retour progressif à l'école", "Re: graded return to school"),
              T(lang, "Élève : ", "Student: ") + m.name(p, "full") + "  —  " + T(lang, "né(e) le ", "born ") + m.dob(p, "long"),
              T(lang, "Diagnostic : ", "Diagnosis: ") + dx, T(lang, "Mesures : ", "Measures: ") + rtl,
              T(lang, "Durée : 3 semaines, réévaluation au prochain rendez-vous.", "Duration: 3 weeks, reassessed at next visit."),
              staff_name(doc, lang)]
    data = A.docx_bytes(T(lang, "Lettre — retour à l'apprentissage", "Letter — return to learn"), blocks, author=staff_name(doc, lang, False))
    m.atts.append(A.Att(rng.choice(["Lettre_ecole_%s.docx" % p.given, "lettre école.docx", "RTL_letter_%s.docx" % p.surname]),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", data))
    return m


# ---------------------------------------------------------------------------
def p_colleague_note(ctx, lang):
    rng = ctx.rng
    p = ctx.patient(None, 0.4)
    m = ctx.msg(lang, "colleague_note", T(lang, "note rapide entre collègues sur un patient", "quick note between colleagues about a patient"))
    a, b = rng.sample(["lacasse", "mcleish", "coutu", "grondin", "rioux", "stewart", "benali", "ferron"], 2)
    m.sender = addr(a, lang)
    m.to = [addr(b, lang)]
    nm = m.name(p, rng.choice(["initial_last", "last_initial", "lower", "title_last", "lower_last_first", "full"]))
    dx = m.dx(_dxname(ctx, p, lang))
    which = rng.randrange(3)
    if which == 0:
        extra = m.lab(_test(ctx, p, lang))
    elif which == 1:
        extra = T(lang, "sous ", "on ") + m.med(_med(ctx, p, lang))
    else:
        extra = m.dx(_sym(ctx, p, lang, 1))
    if lang == "fr":
        txt = rng.choice([
            "Vu %s ce matin — %s. %s. Je pense qu'on peut passer à l'étape suivante la semaine prochaine." % (nm, dx, extra),
            "Petit suivi pour %s : %s, toujours %s. On en reparle jeudi?" % (nm, dx, extra),
            "%s a appelé, plus de symptômes depuis le retour à l'entraînement (%s). %s. Tu peux le/la rappeler?" % (nm, dx, extra),
        ])
        body = "%s\n\n%s\n\n%s" % (greet(lang, rng, first(b)), txt, first(a))
    else:
        txt = rng.choice([
            "Saw %s this morning - %s. %s. I think we can move to the next stage next week." % (nm, dx, extra),
            "Quick update on %s: %s, still %s. Chat Thursday?" % (nm, dx, extra),
            "%s called, symptoms worse since going back to practice (%s). %s. Can you call back?" % (nm, dx, extra),
        ])
        body = "%s\n\n%s\n\n%s" % (greet(lang, rng, first(b)), txt, first(a))
    m.text = body
    m.subject = rng.choice([T(lang, "petit suivi", "quick update"), p.surname if rng.random() < 0.5 else T(lang, "ton patient de 10h", "your 10 am"),
                            T(lang, "Re: %s %s." % (p.surname, p.given[0]), "Re: %s %s." % (p.surname, p.given[0]))])
    if p.surname in m.subject:
        m.name(p, "surname")
    m.prefer = rng.choice(["plain", "plain", None])
    m.text = m.text.replace("le/la", "la" if p.sex == "F" else "le")
    return m


BUILDERS = [
    (p_referral, 7), (p_consult_reply, 5), (p_census, 5), (p_booking, 5), (p_transport, 3), (p_imaging, 5),
    (p_lab, 4), (p_discharge, 4), (p_prescription, 5), (p_insurer, 5), (p_school, 4), (p_colleague_note, 5),
]
