"""Positive scenarios, part B: census lists, labs, imaging, transport, discharge summaries,
insurer forms, social work, pivot nurse notes."""
import gen_attach as A
import gen_data as D
import gen_ids as I
import gen_mime as M
from gen_pos_a import rt_keys
from gen_ctx import (dx_for, contact, diag, greet, ident, ident_cells, labs, marker, reg_drugs, reg_name,
                     regimen_for, sig, supportive, thanks)

NOTES_FR = ["allergie carbo, désensibilisation", "PICC à rincer", "1re dose, enseignement IPO", "neutro 1,2 OK selon Dre",
            "réaction perfusion C2, prémédication +", "port-a-cath non fonctionnel, voir radiologie", "accompagnée de sa fille", ""]
NOTES_EN = ["carbo allergy, desensitization", "PICC flush", "first dose, IPO teaching", "ANC 1.2 OK per MD",
            "infusion reaction C2, extra premeds", "port not drawing, see IR", "daughter will accompany", ""]


def p_census(ctx, lang):
    fr = lang == "fr"
    nurse = ctx.st(ctx.choice(["nurse", "manager", "clerk"]))
    day = ctx.future(1, 2)
    m = ctx.mail(lang, "census", nurse, [("Équipe centre de jour" if fr else "Day centre team", "cdj-equipe@" + D.DOMAIN)])
    hdr = ["Fauteuil" if fr else "Chair", "Heure" if fr else "Time", "Nom" if fr else "Name", "Dossier" if fr else "MRN",
           "Protocole" if fr else "Regimen", "Remarques" if fr else "Notes"]
    rows = [hdr]
    has_lab = has_dx = False
    for i in range(ctx.rng.randrange(6, 12)):
        p = ctx.patient(lang, "inv")
        dx = dx_for(ctx, p)
        key, reg = regimen_for(ctx, dx)
        note = ctx.choice(NOTES_FR if fr else NOTES_EN)
        if "neutro" in note or "ANC" in note:
            has_lab = True
        if ctx.chance(0.25):
            note = (note + " - " if note else "") + (dx[3] if fr else D.SITE_EN[dx[3]])
            has_dx = True
        rows.append([str(i + 1), ctx.hhmm(lang, 8, 15), p.name(ctx.choice(["upper_comma", "sur_comma", "upper_first"]), lang),
                     p.mrn, reg_name(reg, lang).split(" (")[0], note])
        m.ids.append(("mrn", p.mrn))
    m.types |= {"patient_name", "mrn", "medication"}
    if has_lab:
        m.types.add("lab_result")
    if has_dx:
        m.types.add("diagnosis")
    when = I.short_day(day, lang)
    mode = ctx.rng.randrange(3)
    m.subject = ("Liste du centre de jour - %s" if fr else "Day centre list - %s") % when
    m.add(greet(ctx, lang), ("Voici la liste de %s. Deux ajouts possibles en après-midi." if fr else "List for %s below. Possibly two add-ons in the afternoon.") % when)
    if mode == 0:
        m.add(M.Table(rows))
        m.hints["body"] = ctx.choice(["html", "alt", "plain"])
    elif mode == 1:
        m.atts.append(M.Att(A.xlsx([(day.isoformat(), rows)], author=nurse.full, when=ctx.now),
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "liste_cdj_%s.xlsx" % day.strftime("%Y-%m-%d")))
    else:
        m.atts.append(M.Att(A.csv_text(rows, ";" if fr else ","), "text/csv", "cdj_%s.csv" % day.strftime("%Y%m%d"),
                            charset=ctx.choice(["utf-8", "windows-1252"]), cte=ctx.choice(["base64", "quoted-printable", "8bit"])))
    m.add(sig(ctx, nurse, lang))
    m.note = "day-centre chair census list"
    return m


def p_lab_followup(ctx, lang):
    fr = lang == "fr"
    ipo = ctx.st("ipo")
    onc = ctx.st("hemonc")
    p = ctx.patient(lang)
    dx = dx_for(ctx, p)
    key, reg = regimen_for(ctx, dx)
    cbc, anc, plt = labs(ctx, lang, "cbc", low=ctx.chance(0.5))
    liv, alt, bili = labs(ctx, lang, "liver")
    mk = marker(ctx, dx[0], lang)
    snd, rcv = (ipo, onc) if ctx.chance(0.5) else (onc, ipo)
    m = ctx.mail(lang, "lab_followup", snd, [rcv])
    name, idtxt = ident(ctx, m, p, lang, layout=ctx.choice(["inline", "paren", "pipe"]))
    m.types |= {"lab_result", "medication"}
    if mk:
        m.types.add("diagnosis")
    if fr:
        m.subject = ctx.choice(["Résultats labo", "FSC de ce matin", "Labos %s" % p.name("lower_sur_first", lang), "RE: labos avant C%d" % ctx.rng.randrange(2, 8)])
        body = ["Résultats pour %s :" % idtxt, "%s ; %s%s." % (cbc, liv, ("; " + mk) if mk else "")]
        if anc < 1.0:
            body.append("Neutros trop bas pour %s demain. On reporte d'une semaine et on ajoute %s?" % (reg_name(reg, lang), ctx.choice(["filgrastim", "pegfilgrastim (Lapelga)"])))
        else:
            body.append("OK pour %s tel que prévu. %s" % (reg_name(reg, lang), "ALT en hausse, à surveiller." if alt > 120 else ""))
    else:
        m.subject = ctx.choice(["Lab results", "This morning's CBC", "Labs %s" % p.name("lower_sur_first", lang), "RE: labs before C%d" % ctx.rng.randrange(2, 8)])
        body = ["Results for %s:" % idtxt, "%s; %s%s." % (cbc, liv, ("; " + mk) if mk else "")]
        if anc < 1.0:
            body.append("ANC too low for %s tomorrow. Hold a week and add %s?" % (reg_name(reg, lang), ctx.choice(["filgrastim", "pegfilgrastim (Lapelga)"])))
        else:
            body.append("OK to proceed with %s as planned. %s" % (reg_name(reg, lang), "ALT rising, keep an eye on it." if alt > 120 else ""))
    if "Labo" in m.subject or "Labs " in m.subject:
        m.types.add("patient_name")
    m.add(greet(ctx, lang, rcv.given if rcv.role == "ipo" else rcv.doc_short(lang)), *body)
    m.add(sig(ctx, snd, lang))
    m.note = "lab results follow-up before treatment"
    return m


IMAGING = [("TDM TAP", "CT CAP", "progression hépatique (3 nouvelles lésions, max 2,1 cm)", "hepatic progression (3 new lesions, up to 2.1 cm)"),
           ("TEP-TDM", "PET-CT", "réponse métabolique complète (Deauville 2)", "complete metabolic response (Deauville 2)"),
           ("IRM cérébrale", "brain MRI", "2 nouvelles métastases infracentimétriques", "2 new sub-cm brain mets"),
           ("TDM thorax", "CT chest", "réponse partielle, masse 3,8 -> 2,2 cm", "partial response, mass 3.8 -> 2.2 cm"),
           ("scintigraphie osseuse", "bone scan", "foyers nouveaux T8 et bassin", "new uptake T8 and pelvis"),
           ("TDM thorax", "CT chest", "embolie pulmonaire segmentaire incidente", "incidental segmental PE")]


def p_imaging(ctx, lang):
    fr = lang == "fr"
    onc = ctx.st("hemonc")
    other = ctx.st(ctx.choice(["ipo", "resident", "hemonc"]))
    p = ctx.patient(lang)
    dx = dx_for(ctx, p)
    im = ctx.choice(IMAGING)
    m = ctx.mail(lang, "imaging_followup", onc, [other])
    name, idtxt = ident(ctx, m, p, lang)
    m.types.add("diagnosis")
    pe = "embolie" in im[2]
    if pe:
        m.types.add("medication")
    if fr:
        m.subject = ctx.choice(["Imagerie de réévaluation", "%s - résultat" % im[0], "À discuter - %s" % p.name("title_sur", lang)])
        m.add(greet(ctx, lang, other.given),
              "%s de %s (%s) fait le %s : %s." % (im[0], idtxt, diag(dx, lang), I.fmt_date(ctx.past(1, 6), "dmy", lang), im[2]),
              ("Il faut débuter énoxaparine 1,5 mg/kg DIE aujourd'hui, peux-tu %s appeler?" % p.agree("l'", "l'") if pe else
               ctx.choice(["Je voudrais %s présenter au CDT de mardi." % p.agree("le", "la"), "On devance son rendez-vous, peux-tu voir avec l'agente?",
                           "Je %s appelle moi-même ce soir pour lui annoncer." % p.agree("l'", "l'")])),
              thanks(ctx, lang))
    else:
        m.subject = ctx.choice(["Restaging imaging", "%s result" % im[1], "To discuss - %s" % p.name("title_sur", lang)])
        m.add(greet(ctx, lang, other.given),
              "%s for %s (%s) done %s: %s." % (im[1], idtxt, diag(dx, lang), I.fmt_date(ctx.past(1, 6), "iso", lang), im[3]),
              ("Needs enoxaparin 1.5 mg/kg daily starting today, can you call %s?" % p.obj(lang) if pe else
               ctx.choice(["I'd like to present %s at Tuesday's tumour board." % p.obj(lang), "Let's move %s appointment up, can you check with the clerk?" % p.poss(lang),
                           "I'll call %s myself tonight to break the news." % p.obj(lang)])),
              thanks(ctx, lang))
    if "À discuter" in m.subject or "To discuss" in m.subject:
        m.types.add("patient_name")
    m.add(sig(ctx, onc, lang, short=ctx.chance(0.5)))
    m.note = "restaging imaging result between clinicians"
    return m


def p_transport(ctx, lang):
    fr = lang == "fr"
    clerk = ctx.st(ctx.choice(["clerk", "sw", "ipo"]))
    tp = D.PARTNERS["transport"]
    p = ctx.patient(lang)
    dk = ctx.choice(rt_keys(p))
    dx = [d for d in D.DIAGNOSES if d[0] == dk][0]
    plan = D.RT_PLANS[dk]
    m = ctx.mail(lang, "transport", clerk, [(tp[0] if fr else tp[1], "reservations@" + tp[2])])
    name, idtxt = ident(ctx, m, p, lang, layout="fields", mrn=False)
    addr = contact(ctx, m, p, lang, "address")
    phone = contact(ctx, m, p, lang, "phone")
    start = ctx.future(3, 10)
    nfx = int(plan[1].split(" in ")[1].split()[0])
    weeks = max(1, nfx // 5)
    m.types.add("diagnosis")
    wheel = ctx.chance(0.4)
    if fr:
        m.subject = ctx.choice(["Demande de transport - radiothérapie", "Transport adapté - %s" % p.name("upper_comma", lang), "Réservation transport %d semaines" % weeks])
        m.add(greet(ctx, lang), "Nous demandons un transport pour %s :" % ("la patiente suivante" if p.sex == "F" else "le patient suivant"), idtxt,
              "Adresse : %s\nTél. domicile : %s" % (addr, phone),
              "Traitements de radiothérapie (%s, %s) du lundi au vendredi à partir du %s, environ %d semaines. Arrivée à %s au Pavillon Lamarre, retour vers %s." % (
                  diag(dx, lang), plan[0], I.fmt_date(start, "long", lang), weeks, ctx.hhmm(lang, 8, 13), ctx.hhmm(lang, 11, 16)),
              "Se déplace en fauteuil roulant, besoin d'un véhicule adapté." if wheel else "Autonome à la marche, canne.",
              thanks(ctx, lang))
    else:
        m.subject = ctx.choice(["Transport request - radiation treatments", "Paratransit - %s" % p.name("upper_comma", lang), "%d-week transport booking" % weeks])
        m.add(greet(ctx, lang), "We are requesting transport for:", idtxt, "Address: %s\nHome phone: %s" % (addr, phone),
              "Daily radiation treatments (%s, %s) Monday to Friday starting %s, about %d weeks. Arrive %s at Lamarre Pavilion, pick-up around %s." % (
                  diag(dx, lang), plan[1], I.fmt_date(start, "long", lang), weeks, ctx.hhmm(lang, 8, 13), ctx.hhmm(lang, 11, 16)),
              "Uses a wheelchair, needs an adapted vehicle." if wheel else "Walks with a cane.", thanks(ctx, lang))
    m.add(sig(ctx, clerk, lang))
    m.note = "transport booking for daily radiotherapy"
    return m


def p_discharge(ctx, lang):
    fr = lang == "fr"
    onc = ctx.st(ctx.choice(["hemonc", "resident"]))
    gp = ctx.st("gp")
    p = ctx.patient(lang, "nam")
    dx = dx_for(ctx, p)
    key, reg = regimen_for(ctx, dx)
    cbc, anc, plt = labs(ctx, lang, "cbc", low=True)
    adm = ctx.past(4, 12)
    out = ctx.past(0, 2)
    m = ctx.mail(lang, "discharge_summary", onc, [gp], cc=[ctx.st("ipo")] if ctx.chance(0.5) else [])
    m.types |= {"diagnosis", "medication", "lab_result"}
    cells = ident_cells(ctx, m, p, lang, pdf=True)
    if fr:
        blocks = [("h", "Identification"), "Nom : %s\nDate de naissance : %s    Sexe : %s\nNAM : %s    Dossier : %s" % cells,
                  ("h", "Séjour"), "Admission : %s    Congé : %s" % (adm.isoformat(), out.isoformat()),
                  "Motif : neutropénie fébrile J%d de %s pour %s." % (ctx.rng.randrange(7, 12), reg_name(reg, lang), diag(dx, lang)),
                  "Évolution : hémocultures négatives, pipéracilline-tazobactam 48 h puis relais amoxicilline-clavulanate PO. Afébrile depuis 36 h.",
                  "Labo au congé : " + cbc,
                  ("h", "Plan"), "Prochain cycle reporté d'une semaine avec réduction de dose 20 %, ajout de pegfilgrastim. FSC dans 1 semaine au CLSC."]
        title = "Résumé de séjour - Oncologie"
        m.subject = ctx.choice(["Résumé de séjour", "Congé - %s" % p.name("title_sur", lang), "Note de départ oncologie"])
        m.add(greet(ctx, lang, gp.doc_short(lang)), "Ci-joint le résumé de séjour de votre %s, %s à domicile depuis %s." % (
            p.agree("patient", "patiente"), p.agree("retourné", "retournée"), I.day_name(out, lang)), thanks(ctx, lang))
    else:
        blocks = [("h", "Identification"), "Name: %s\nDOB: %s    Sex: %s\nRAMQ: %s    MRN: %s" % cells,
                  ("h", "Admission"), "Admitted: %s    Discharged: %s" % (adm.isoformat(), out.isoformat()),
                  "Reason: febrile neutropenia day %d of %s for %s." % (ctx.rng.randrange(7, 12), reg_name(reg, lang), diag(dx, lang)),
                  "Course: blood cultures negative, piperacillin-tazobactam 48 h then oral amoxicillin-clavulanate. Afebrile x 36 h.",
                  "Labs at discharge: " + cbc,
                  ("h", "Plan"), "Next cycle delayed one week with 20% dose reduction, add pegfilgrastim. CBC in 1 week at CLSC."]
        title = "Discharge summary - Oncology"
        m.subject = ctx.choice(["Discharge summary", "Discharge - %s" % p.name("title_sur", lang), "Oncology discharge note"])
        m.add(greet(ctx, lang, gp.doc_short(lang)), "Attached is the discharge summary for your patient, who went home on %s." % I.day_name(out, lang), thanks(ctx, lang))
    m.add(sig(ctx, onc, lang))
    fmt = ctx.rng.randrange(2)
    base = "%s_%s" % ("resume_sejour" if fr else "discharge", p.surname)
    if fmt == 0:
        m.atts.append(M.Att(A.pdf(title, blocks, author=onc.full), "application/pdf", base + ".pdf"))
    else:
        m.atts.append(M.Att(A.docx(title, blocks, author=onc.full, when=ctx.now), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            base + ".docx", fn_mode=ctx.choice(["auto", "rfc2231", "both"])))
    m.note = "discharge summary after febrile neutropenia"
    return m


def p_insurer(ctx, lang):
    fr = lang == "fr"
    sw = ctx.st(ctx.choice(["sw", "ipo", "hemonc"]))
    ins = D.PARTNERS[ctx.choice(["insurer1", "insurer2"])]
    p = ctx.patient(lang, "inv")
    p.sin = I.make_sin(ctx.rng)
    dx = dx_for(ctx, p)
    key, reg = regimen_for(ctx, dx)
    m = ctx.mail(lang, "insurer_form", sw, [(ins[0] if fr else ins[1], "reclamations@" + ins[2])])
    sin_s = I.fmt_sin(p.sin, ctx.choice(["plain", "spaced", "hyphen", "dotted", "wide"]))
    m.types |= {"patient_name", "ca_sin", "date_of_birth", "diagnosis", "medication"}
    m.ids.append(("ca_sin", p.sin))
    dob = I.fmt_date(p.dob, ctx.choice(I.DOB_STYLES), lang)
    claim = "%s-%06d" % (ctx.choice(["ILD", "LTD", "CI"]), ctx.rng.randrange(100000, 999999))
    start = ctx.past(20, 80)
    in_pdf = ctx.chance(0.5)
    if fr:
        m.subject = ctx.choice(["Réclamation %s - déclaration du médecin traitant" % claim, "Formulaire invalidité - %s" % p.name("upper_comma", lang),
                                "Documents complémentaires dossier %s" % claim])
        lines = ["Assuré%s : %s" % (p.agree("", "e"), p.name("full", lang)), "Date de naissance : %s" % dob, "NAS : %s" % sin_s,
                 "Diagnostic : %s" % diag(dx, lang), "Traitement : %s depuis le %s" % (reg_name(reg, lang), I.fmt_date(start, "long", lang)),
                 "Arrêt de travail : depuis le %s, retour prévu non déterminé (réévaluation dans 3 mois)." % I.fmt_date(start, "long", lang)]
        m.add(greet(ctx, lang), "Veuillez trouver %s la déclaration complétée pour votre dossier %s." % ("ci-joint" if in_pdf else "ci-dessous", claim))
    else:
        m.subject = ctx.choice(["Claim %s - attending physician statement" % claim, "Disability form - %s" % p.name("upper_comma", lang),
                                "Additional documents claim %s" % claim])
        lines = ["Insured: %s" % p.name("full", lang), "Date of birth: %s" % dob, "SIN: %s" % sin_s,
                 "Diagnosis: %s" % diag(dx, lang), "Treatment: %s since %s" % (reg_name(reg, lang), I.fmt_date(start, "long", lang)),
                 "Off work since %s, return date undetermined (reassess in 3 months)." % I.fmt_date(start, "long", lang)]
        m.add(greet(ctx, lang), "Please find %s the completed statement for claim %s." % ("attached" if in_pdf else "below", claim))
    if in_pdf:
        m.atts.append(M.Att(A.pdf("Déclaration du médecin traitant" if fr else "Attending physician statement",
                                  [ln.replace(sin_s, I.fmt_sin(p.sin, "spaced")) for ln in lines]),
                            "application/pdf", ("declaration_MT_%s.pdf" if fr else "APS_%s.pdf") % claim))
        m.add("La facture pour le formulaire suivra par la poste." if fr else "Our invoice for the form will follow by mail.")
    else:
        m.add(M.Pre("\n".join(lines)))
    m.add(thanks(ctx, lang), sig(ctx, sw, lang))
    m.note = "disability insurer physician statement"
    return m


def p_social(ctx, lang):
    fr = lang == "fr"
    sw = ctx.st("sw")
    dest = ctx.choice(["clsc", "foundation", "cisss"])
    part = D.PARTNERS[dest]
    p = ctx.patient(lang)
    dx = dx_for(ctx, p)
    i = ctx.rng.randrange(len(D.SOCIAL_FR))
    soc = D.SOCIAL_FR[i] if fr else D.SOCIAL_EN[i]
    m = ctx.mail(lang, "social_work", sw, [(part[0] if fr else part[1], "accueil@" + part[2])], cc=[ctx.st("ipo")] if ctx.chance(0.5) else [])
    name, idtxt = ident(ctx, m, p, lang, layout=ctx.choice(["fields", "inline", "paren"]))
    m.types |= {"social_information", "diagnosis"}
    add_sin = dest == "cisss" and ctx.chance(0.6)
    extra = ""
    if add_sin:
        p.sin = I.make_sin(ctx.rng)
        m.types.add("ca_sin")
        m.ids.append(("ca_sin", p.sin))
        extra = ("NAS (pour la demande d'aide) : " if fr else "SIN (for the assistance application): ") + I.fmt_sin(p.sin, ctx.choice(["spaced", "hyphen", "plain"]))
    phone = contact(ctx, m, p, lang, "phone") if ctx.chance(0.5) else None
    if fr:
        m.subject = ctx.choice(["Demande de soutien - %s" % {"clsc": "suivi psychosocial", "foundation": "aide financière", "cisss": "aide de dernier recours"}[dest],
                                "Référence TS", "Situation sociale préoccupante"])
        m.add(greet(ctx, lang), "Je vous réfère %s, suivi%s chez nous pour %s." % (idtxt, p.agree("", "e"), diag(dx, lang)),
              "Situation : %s." % soc,
              ("Merci de communiquer directement avec %s au %s." % (p.agree("lui", "elle"), phone) if phone else "Merci de passer par moi pour le premier contact."),
              extra, thanks(ctx, lang))
    else:
        m.subject = ctx.choice(["Support request - %s" % {"clsc": "psychosocial follow-up", "foundation": "financial help", "cisss": "last-resort assistance"}[dest],
                                "SW referral", "Concerning social situation"])
        m.add(greet(ctx, lang), "I am referring %s, followed here for %s." % (idtxt, diag(dx, lang)), "Situation: %s." % soc,
              ("Please contact %s directly at %s." % (p.obj(lang), phone) if phone else "Please go through me for first contact."), extra, thanks(ctx, lang))
    m.blocks = [b for b in m.blocks if b != ""]
    m.add(sig(ctx, sw, lang))
    m.note = "social worker referral describing social situation"
    return m


def p_pivot(ctx, lang):
    fr = lang == "fr"
    ipo, ipo2 = ctx.two("ipo")
    p = ctx.patient(lang)
    dx = dx_for(ctx, p)
    key, reg = regimen_for(ctx, dx)
    i = ctx.rng.randrange(len(D.SOCIAL_FR))
    m = ctx.mail(lang, "pivot_nurse", ipo, [ipo2], cc=[ctx.st("diet")] if ctx.chance(0.4) else [])
    name, idtxt = ident(ctx, m, p, lang)
    m.types |= {"diagnosis", "medication", "social_information"}
    start = ctx.future(2, 12)
    if fr:
        m.subject = ctx.choice(["Transfert de suivi pendant mes vacances", "Nouvelle patiente à suivre" if p.sex == "F" else "Nouveau patient à suivre", "Passation IPO"])
        m.add(greet(ctx, lang, ipo2.given), ctx.choice(["Pendant mes vacances, peux-tu garder un œil sur :", "Petit résumé pour le suivi :"]), idtxt,
              M.Bullets(["Dx : %s" % diag(dx, lang), "Début %s le %s" % (reg_name(reg, lang), I.short_day(start, lang)),
                         "Social : %s" % D.SOCIAL_FR[i],
                         ctx.choice(["%s est très %s, a besoin qu'on l'appelle la veille." % (p.given, p.agree("anxieux", "anxieuse")), "Perte de 6 kg en 2 mois, nutrition avisée.",
                                     "Douleur mal contrôlée, hydromorphone augmentée par la Dre."])]),
              thanks(ctx, lang))
    else:
        m.subject = ctx.choice(["Handover while I'm on vacation", "New patient to follow", "IPO handoff"])
        m.add(greet(ctx, lang, ipo2.given), ctx.choice(["While I'm away, could you keep an eye on:", "Quick summary for follow-up:"]), idtxt,
              M.Bullets(["Dx: %s" % diag(dx, lang), "Starts %s on %s" % (reg_name(reg, lang), I.short_day(start, lang)),
                         "Social: %s" % D.SOCIAL_EN[i],
                         ctx.choice(["%s is very anxious and appreciates a call the day before." % p.given, "Lost 6 kg in 2 months, dietitian aware.",
                                     "Pain poorly controlled, hydromorphone increased by the MD."])]),
              thanks(ctx, lang))
    m.add(sig(ctx, ipo, lang, short=True))
    m.note = "pivot nurse handoff with social context"
    return m
