"""Positive templates, part 2: pharmacy, census lists, transport, CNESST, insurers, out-of-province patients."""
import gen_attach as A
import gen_common as C
from gen_ctx import Rec
from gen_mime import Attachment
from gen_pos_base import EXT, INTERNAL, fx, greet, id_block, labs, med, sign, social, thanks

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def p_pharmacy_rx(ctx, lang, when):
    r = ctx.rng
    p = ctx.qc_patient(0.5)
    k, s = fx(ctx, r.choice(["col", "genou", "hanche", "cheville", "tibia", "infection", "radius"]))
    src = r.choice(["vezina", "iyer", "lafrance", "murphy", "boisvert"])
    rec = Rec(lang, "prescription", "discharge prescription sent to community pharmacy" if lang == "en" else "ordonnance transmise à la pharmacie", True)
    rec.t("diagnosis", "medication")
    rec.frm = C.staff_addr(src)
    rec.to = [EXT[r.choice(["pharm", "pharm2"])]]
    meds = med(ctx, lang, rec, r.randint(2, 4), ("acet", "opioid", "abx" if k == "infection" else "anticoag", "ppi"))
    lic = "%d-%05d" % (r.randint(1, 2), r.randint(10000, 99999))
    in_pdf = r.random() < 0.5
    if lang == "fr":
        rec.subject = r.choice(["Ordonnance — %s" % C.name_full(r, p, lang), "Ordonnance de départ", "Rx congé orthopédie"])
        rx = ["Ordonnance", "", "Patient(e) : %s" % C.name_full(r, p, lang),
              "Date de naissance : %s — Sexe : %s" % (C.fmt_dob(r, p.dob, lang), p.sex)]
        if p.nam:
            rx.append("NAM : %s" % (p.nam if in_pdf else C.fmt_nam(r, p.nam)))
        rx += ["Indication : %s (%s)" % (s[2], s[0]), ""] + ["%d. %s" % (i + 1, m) for i, m in enumerate(meds)] + \
              ["", "Aucun renouvellement pour les opioïdes.", "%s — permis %s" % (C.staff_name(src), lic)]
        intro = "%s\n\nVoici l'ordonnance de départ de notre patient(e). Merci de confirmer la réception par retour de courriel." % greet(ctx, lang)
    else:
        rec.subject = r.choice(["Prescription - %s" % C.name_full(r, p, lang), "Discharge Rx", "Rx from orthopaedics"])
        rx = ["Prescription", "", "Patient: %s" % C.name_full(r, p, lang),
              "DOB: %s - Sex: %s" % (C.fmt_dob(r, p.dob, lang), p.sex)]
        if p.nam:
            rx.append("RAMQ: %s" % (p.nam if in_pdf else C.fmt_nam(r, p.nam)))
        rx += ["Indication: %s (%s)" % (s[3], s[1]), ""] + ["%d. %s" % (i + 1, m) for i, m in enumerate(meds)] + \
              ["", "No refills on opioids.", "%s - licence %s" % (C.staff_name(src), lic)]
        intro = "%s\n\nPlease find our patient's discharge prescription. Kindly confirm receipt by reply." % greet(ctx, lang)
    rec.name(p)
    rec.t("date_of_birth")
    if p.nam:
        rec.nam(p)
    if in_pdf:
        rec.body = "%s\n\n%s" % (intro, sign(ctx, src, lang))
        rec.attachments.append(Attachment("ordonnance.pdf" if lang == "fr" else "prescription.pdf", "application/pdf",
                                          A.make_pdf(rx[0], rx[2:])))
    else:
        rec.body = "%s\n\n%s\n\n%s" % (intro, "\n".join(rx), sign(ctx, src, lang))
    return rec


def p_census(ctx, lang, when):
    r = ctx.rng
    src = r.choice(["houle", "ouimet", "berube"])
    rec = Rec(lang, "census", "on-call sign-out list, orthopaedic ward" if lang == "en" else "liste de garde, 6e Orthopédie", True)
    rec.t("diagnosis")
    rec.frm = C.staff_addr(src)
    rec.to = [INTERNAL["ortho_res"]]
    rec.cc = [C.staff_addr(r.choice(["vezina", "iyer", "trudel"]))]
    n = r.randint(4, 7)
    mode = r.choice(["body", "body", "xlsx", "csv"])
    pats = [ctx.qc_patient(0.35 if mode != "body" else 0.0) for _ in range(n)]
    rows = []
    for i, p in enumerate(pats):
        k, s = fx(ctx)
        plan = r.choice(["POD1, mobiliser", "NPO minuit, OR demain", "Hb à recontrôler", "attente CHSLD", "congé demain",
                         "ATB IV, CRP AM", "POD2, retrait drain"] if lang == "fr" else
                        ["POD1, mobilise", "NPO midnight, OR tomorrow", "repeat Hgb", "awaiting LTC bed", "d/c tomorrow",
                         "IV abx, CRP in AM", "POD2, drain out"])
        room = "%d%s" % (r.randint(601, 640), r.choice("AB"))
        rows.append((room, p, s[0] if lang == "fr" else s[1], plan))
        rec.name(p)
    rec.t("mrn")
    if mode == "body":
        hdr = "| Ch. | Patient | Dossier | Problème | Plan |" if lang == "fr" else "| Rm | Patient | MRN | Problem | Plan |"
        lines = [hdr]
        for room, p, dx, plan in rows:
            nm = r.choice(["%s, %s" % (p.surname.upper(), p.given), "%s %s" % (p.given[0] + ".", p.surname), p.surname.upper(),
                           "%s %s" % (p.surname, p.given)])
            lines.append("| %s | %s | %s | %s | %s |" % (room, nm, C.fmt_mrn(r, p.mrn, "plain"), dx, plan))
        if lang == "fr":
            rec.subject = r.choice(["Liste de garde 6e Ortho — %s" % C.fmt_date(when.date(), "fr"), "Passation de garde ortho", "Sign-out ortho ce soir"])
            rec.body = "Salut la gang,\n\nVoici la liste pour la garde de ce soir :\n\n%s\n\nÀ surveiller : %s en %s (%s).\n\n%s" % (
                "\n".join(lines), rows[0][1].given, rows[0][0], r.choice(["douleur ++ au mollet, r/o TVP", "confusion post-op", "saignement au pansement"]),
                sign(ctx, src, lang, True))
        else:
            rec.subject = r.choice(["6 Ortho sign-out %s" % C.fmt_date(when.date(), "en"), "Ortho handover tonight", "Sign-out list"])
            rec.body = "Hi team,\n\nSign-out for tonight:\n\n%s\n\nWatch: %s in %s (%s).\n\n%s" % (
                "\n".join(lines), rows[0][1].given, rows[0][0], r.choice(["calf pain, r/o DVT", "post-op delirium", "oozing dressing"]),
                sign(ctx, src, lang, True))
        rec.structure = r.choice(["alt", "html", "plain"])
        return rec
    head = ["Chambre", "Nom", "DDN / sexe", "NAM", "Dossier", "Diagnostic", "Plan"] if lang == "fr" else \
           ["Room", "Name", "DOB / sex", "RAMQ", "MRN", "Diagnosis", "Plan"]
    table = [head]
    for room, p, dx, plan in rows:
        table.append([room, "%s, %s" % (p.surname.upper(), p.given), "%s %s" % (p.dob.isoformat(), p.sex),
                      p.nam or "", p.mrn, dx, plan])
        if p.nam:
            rec.nam(p)
    rec.t("date_of_birth")
    stamp = when.strftime("%Y%m%d")
    if mode == "xlsx":
        rec.attachments.append(Attachment("liste_garde_6ortho_%s.xlsx" % stamp if lang == "fr" else "ortho_signout_%s.xlsx" % stamp,
                                          XLSX, A.make_xlsx([("6e Ortho" if lang == "fr" else "6 Ortho", table)])))
    else:
        rec.attachments.append(Attachment("liste_garde_%s.csv" % stamp if lang == "fr" else "signout_%s.csv" % stamp,
                                          "text/csv; charset=utf-8", A.make_csv(table)))
    if lang == "fr":
        rec.subject = "Liste de garde ortho %s" % C.fmt_date(when.date(), "fr")
        rec.body = "%s\n\nListe à jour en pièce jointe (%d patients). Deux ajouts depuis ce matin.\n\n%s" % (greet(ctx, lang), n, sign(ctx, src, lang, True))
    else:
        rec.subject = "Ortho sign-out %s" % C.fmt_date(when.date(), "en")
        rec.body = "%s\n\nUpdated list attached (%d patients). Two new since this morning.\n\n%s" % (greet(ctx, lang), n, sign(ctx, src, lang, True))
    return rec


def p_transport(ctx, lang, when):
    r = ctx.rng
    p = ctx.qc_patient(0.3, age=(50, 95))
    k, s = fx(ctx, r.choice(["col", "intertroch", "genou", "hanche", "tibia", "plateau", "cheville"]))
    src = r.choice(["pare", "ferland", "gravel"])
    rec = Rec(lang, "transport", "adapted transport request for follow-up visit" if lang == "en" else "demande de transport pour rendez-vous", True)
    rec.t("diagnosis")
    rec.frm = C.staff_addr(src)
    rec.to = [EXT[r.choice(["transport", "ambulance"])]]
    appt = ctx.future(when, 3, 30)
    idb = id_block(ctx, rec, p, lang, phone=True, address=True, dob=True, mrn=r.random() < 0.5, layout=r.choice(["lines", "table"]))
    if lang == "fr":
        rec.subject = r.choice(["Demande de transport — %s" % C.fmt_date(appt, "fr"), "Transport adapté clinique de fractures", "Transport civière aller-retour"])
        rec.body = "\n".join([greet(ctx, lang), "", "Nous demandons un transport aller-retour pour :", "", idb, "",
                              "Rendez-vous : %s à %s, clinique de fractures (2e étage)." % (C.fmt_date(appt, "fr", True), r.choice(["9 h", "10 h 30", "13 h 15"])),
                              "Condition : %s, %s ; %s." % (s[0], s[4], r.choice(["fauteuil roulant", "civière", "ne peut monter les marches"])),
                              "Accompagnateur : %s." % r.choice(["aucun", "sa fille", "préposé de la résidence"]), "", thanks(ctx, lang), "", sign(ctx, src, lang)])
    else:
        rec.subject = r.choice(["Transport request - %s" % C.fmt_date(appt, "en"), "Adapted transport, fracture clinic", "Stretcher transport both ways"])
        rec.body = "\n".join([greet(ctx, lang), "", "Requesting return transport for:", "", idb, "",
                              "Appointment: %s at %s, fracture clinic (2nd floor)." % (C.fmt_date(appt, "en", True), r.choice(["9:00", "10:30", "13:15"])),
                              "Condition: %s, %s; %s." % (s[1], s[5], r.choice(["wheelchair", "stretcher", "cannot manage stairs"])),
                              "Escort: %s." % r.choice(["none", "daughter", "residence attendant"]), "", thanks(ctx, lang), "", sign(ctx, src, lang)])
    return rec


def p_cnesst(ctx, lang, when):
    r = ctx.rng
    p = ctx.qc_patient(0.5, age=(19, 64))
    k, s = fx(ctx, r.choice(["lombaire", "canal", "radius", "cheville", "coiffe", "jones", "scaphoide", "epaule"]))
    src = r.choice(["vezina", "iyer", "lafrance", "murphy", "pare"])
    rec = Rec(lang, "cnesst", "workplace injury medical report to CNESST" if lang == "en" else "rapport médical CNESST, lésion professionnelle", True)
    rec.t("diagnosis")
    rec.frm = C.staff_addr(src)
    rec.to = [EXT[r.choice(["cnesst", "cnesst_agent", "cnesst_agent", "employer"])]]
    sin = C.make_sin(r)
    show_sin = r.random() < 0.75
    claim = "%d %d" % (r.randint(100, 999), r.randint(100000, 999999))
    ev = ctx.past(when, 10, 90)
    job = r.choice(["préposé à l'entrepôt", "camionneur", "aide-cuisinier", "opératrice de machine", "couvreur", "caissière"]) if lang == "fr" else \
        r.choice(["warehouse worker", "truck driver", "kitchen helper", "machine operator", "roofer", "cashier"])
    employer = r.choice(["Transports Laurentis inc.", "Boulangerie du Moulin", "Toitures Nordik", "Entrepôts Vallée-Verte"])
    rec.name(p)
    rec.t("date_of_birth")
    if p.nam:
        rec.nam(p)
    if show_sin:
        rec.ident("sin", sin)
    sin_s = C.fmt_sin(r, sin)
    consol = ctx.future(when, 20, 90, weekday=False)
    att = r.random() < 0.5
    if lang == "fr":
        lines = ["Travailleur(se) : %s" % C.name_full(r, p, lang),
                 "Date de naissance : %s — %s" % (C.fmt_dob(r, p.dob, lang), C.sex_label(r, p.sex, lang))]
        if show_sin:
            lines.append("NAS : %s" % (sin_s if not att else C.fmt_sin(r, sin, "space")))
        if p.nam:
            lines.append("NAM : %s" % (C.fmt_nam(r, p.nam) if not att else p.nam))
        lines += ["No de réclamation CNESST : %s" % claim, "Employeur : %s — emploi : %s" % (employer, job),
                  "Date de l'événement : %s" % ev.isoformat(), "",
                  "Diagnostic : %s" % s[0], "Traitement : %s" % s[2],
                  "Assignation temporaire : %s" % r.choice(["autorisée — travaux légers, pas de port de charges > 5 kg",
                                                           "non autorisée pour l'instant", "autorisée à temps partiel (4 h/jour)"]),
                  "Date prévisible de consolidation : %s" % consol.isoformat(),
                  "Physiothérapie : %s" % r.choice(["3 fois/semaine", "2 fois/semaine", "en cours"])]
        if r.random() < 0.4:
            lines.append("Médication : %s" % ", ".join(med(ctx, lang, rec, 2, ("acet", "nsaid", "opioid", "neuro"))))
        rec.subject = r.choice(["Rapport médical CNESST — %s" % p.surname.upper(), "Attestation médicale CNESST dossier %s" % claim,
                                "CNESST : rapport d'évolution", "RE: Réclamation %s" % claim])
        intro = [greet(ctx, lang), "", "Veuillez trouver %s le rapport médical d'évolution pour le dossier ci-dessous." % ("ci-joint" if att else "ci-dessous")]
    else:
        lines = ["Worker: %s" % C.name_full(r, p, lang),
                 "Date of birth: %s - %s" % (C.fmt_dob(r, p.dob, lang), C.sex_label(r, p.sex, lang))]
        if show_sin:
            lines.append("SIN: %s" % (sin_s if not att else C.fmt_sin(r, sin, "space")))
        if p.nam:
            lines.append("Health insurance no. (RAMQ): %s" % (C.fmt_nam(r, p.nam) if not att else p.nam))
        lines += ["CNESST claim no.: %s" % claim, "Employer: %s - job: %s" % (employer, job),
                  "Date of injury: %s" % ev.isoformat(), "",
                  "Diagnosis: %s" % s[1], "Treatment: %s" % s[3],
                  "Temporary assignment: %s" % r.choice(["approved - light duties, no lifting > 5 kg", "not approved at this time",
                                                          "approved part-time (4 h/day)"]),
                  "Expected date of consolidation: %s" % consol.isoformat(),
                  "Physiotherapy: %s" % r.choice(["3x/week", "2x/week", "ongoing"])]
        if r.random() < 0.4:
            lines.append("Medication: %s" % ", ".join(med(ctx, lang, rec, 2, ("acet", "nsaid", "opioid", "neuro"))))
        rec.subject = r.choice(["CNESST medical report - %s" % p.surname.upper(), "CNESST progress report, claim %s" % claim,
                                "CNESST paperwork", "RE: Claim %s" % claim])
        intro = [greet(ctx, lang), "", "Please find %s the progress medical report for the claim below." % ("attached" if att else "below")]
    if att:
        kind = r.choice(["pdf", "docx"])
        title = "Rapport médical — CNESST" if lang == "fr" else "Medical Report - CNESST"
        base = r.choice(["rapport_medical_%s" % claim.replace(" ", ""), "CNESST_%s_%s" % (p.surname, p.given), "RM_CNESST"])
        if kind == "pdf":
            rec.attachments.append(Attachment(base + ".pdf", "application/pdf", A.make_pdf(title, lines)))
        else:
            rec.attachments.append(Attachment(base + ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                              A.make_docx(title, lines)))
        body = intro + ["", ("Objet : travailleur %s, événement du %s." if lang == "fr" else "Re: worker %s, injury of %s.")
                        % (C.name_variant(r, p, lang, "title_sur"), C.fmt_date(ev, lang))]
    else:
        body = intro + [""] + lines
    body += ["", thanks(ctx, lang), "", sign(ctx, src, lang)]
    rec.body = "\n".join(body)
    return rec


def p_insurer(ctx, lang, when):
    r = ctx.rng
    p = ctx.qc_patient(0.4, age=(19, 70))
    k, s = fx(ctx, r.choice(["tibia", "plateau", "humerus", "clavicule", "cheville", "coiffe", "lombaire"]))
    src = r.choice(["pare", "vezina", "boisvert", "murphy"])
    saaq = r.random() < 0.5
    rec = Rec(lang, "insurer_form", ("auto insurer claim form" if saaq else "disability insurer claim form") if lang == "en"
              else ("formulaire SAAQ, accident de la route" if saaq else "formulaire d'invalidité à l'assureur"), True)
    rec.t("diagnosis", "date_of_birth")
    rec.frm = C.staff_addr(src)
    rec.to = [EXT["saaq" if saaq else "insurer"]]
    rec.name(p)
    if p.nam:
        rec.nam(p)
    sin = C.make_sin(r)
    use_sin = not saaq and r.random() < 0.7
    if use_sin:
        rec.ident("sin", sin)
    pol = "%s-%06d" % (r.choice(["GR", "PL", "CO"]), r.randint(0, 999999))
    acc = ctx.past(when, 15, 120)
    if lang == "fr":
        L = ["Assuré(e) : %s" % C.name_full(r, p, lang), "Né(e) le : %s (%s)" % (C.fmt_dob(r, p.dob, lang), C.sex_label(r, p.sex, lang))]
        if p.nam:
            L.append("NAM : %s" % C.fmt_nam(r, p.nam))
        if use_sin:
            L.append("NAS : %s" % C.fmt_sin(r, sin))
        L += ["No de %s : %s" % ("dossier SAAQ" if saaq else "police", pol), "Date de l'accident / début de l'invalidité : %s" % acc.isoformat(),
              "Diagnostic : %s" % s[0], "Traitement : %s" % s[2], "Arrêt de travail prévu jusqu'au : %s" % ctx.future(when, 20, 80).isoformat()]
        rec.subject = r.choice(["Formulaire %s complété" % ("SAAQ" if saaq else "d'invalidité"), "Déclaration du médecin traitant — %s" % pol,
                                "Demande d'indemnisation %s" % pol])
        body = "%s\n\nTel que demandé, voici les renseignements médicaux pour la demande d'indemnisation :\n\n%s\n\nLe formulaire signé suivra par la poste.\n\n%s" % (
            greet(ctx, lang), "\n".join(L), sign(ctx, src, lang))
    else:
        L = ["Insured: %s" % C.name_full(r, p, lang), "Born: %s (%s)" % (C.fmt_dob(r, p.dob, lang), C.sex_label(r, p.sex, lang))]
        if p.nam:
            L.append("RAMQ: %s" % C.fmt_nam(r, p.nam))
        if use_sin:
            L.append("SIN: %s" % C.fmt_sin(r, sin))
        L += ["%s no.: %s" % ("SAAQ file" if saaq else "Policy", pol), "Date of accident / onset of disability: %s" % acc.isoformat(),
              "Diagnosis: %s" % s[1], "Treatment: %s" % s[3], "Off work until: %s" % ctx.future(when, 20, 80).isoformat()]
        rec.subject = r.choice(["%s form completed" % ("SAAQ" if saaq else "Disability"), "Attending physician statement - %s" % pol,
                                "Claim %s" % pol])
        body = "%s\n\nAs requested, here is the medical information for the claim:\n\n%s\n\nSigned form to follow by mail.\n\n%s" % (
            greet(ctx, lang), "\n".join(L), sign(ctx, src, lang))
    rec.body = body
    return rec


def p_out_of_province(ctx, lang, when, origin):
    r = ctx.rng
    p = ctx.patient(origin=origin, age=(18, 75))
    k, s = fx(ctx, r.choice(["cheville", "tibia", "radius", "humerus", "plateau", "clavicule"]))
    src = r.choice(["pare", "houle", "ouimet", "iyer"])
    rec = Rec(lang, "out_of_province", "", True)
    rec.t("diagnosis")
    rec.frm = C.staff_addr(src)
    rec.name(p)
    dob = C.fmt_dob(r, p.dob, lang)
    rec.t("date_of_birth")
    if origin == "on":
        hn = C.make_ohip(r)
        rec.ident("ohip", hn)
        vc = r.choice(["AB", "KX", "RT", "ZM", None])
        idl = C.fmt_ohip(r, hn, vc)
        rec.to = [EXT["lakeshore"]] if r.random() < 0.6 else [EXT["gp3"]]
        rec.note = "out-of-province (Ontario) patient, records transfer" if lang == "en" else "patient de l'Ontario, transfert de dossier"
        if lang == "en":
            rec.subject = r.choice(["Transfer of care - Ontario patient", "Ski injury - records for follow-up at home", "Ontario resident treated at Saint-Aubin"])
            rec.body = "\n".join([greet(ctx, lang), "", "We treated one of your residents after a ski accident at Mont-Héron:", "",
                                  "Name: %s" % C.name_full(r, p, lang), "DOB: %s" % dob, "Ontario health card: %s" % idl, "",
                                  "Dx: %s" % s[1], "Tx: %s on %s" % (s[3], C.fmt_date(ctx.past(when, 2, 9), "en")),
                                  "Meds on discharge: %s" % ", ".join(med(ctx, lang, rec, 2, ("acet", "opioid", "anticoag"))), "",
                                  "The patient will need fracture follow-up in 2 weeks closer to home. Op note and x-ray CD to follow.", "",
                                  sign(ctx, src, lang)])
        else:
            rec.subject = r.choice(["Patiente de l'Ontario — suivi à domicile", "Facturation hors Québec — carte Santé Ontario", "Transfert de soins (Ontario)"])
            rec.body = "\n".join([greet(ctx, lang), "", "Pour la facturation hors Québec et le suivi :", "",
                                  "%s, né(e) le %s" % (C.name_full(r, p, lang), dob), "Carte Santé Ontario : %s" % idl, "",
                                  "Dx : %s — %s" % (s[0], s[2]), "Séjour du %s au %s." % (C.fmt_date(ctx.past(when, 4, 9), "fr"), C.fmt_date(when.date(), "fr")),
                                  "", thanks(ctx, lang), sign(ctx, src, lang)])
    elif origin == "be":
        niss = C.make_niss(r, p.dob, p.sex)
        rec.ident("niss", niss)
        rec.to = [EXT["mutuelle"]]
        rec.note = "Belgian tourist, insurer assistance" if lang == "en" else "touriste belge, mutualité / assistance"
        nss = C.fmt_niss(r, niss)
        if lang == "fr":
            rec.subject = r.choice(["Votre affilié(e) hospitalisé(e) à Saint-Aubin", "Dossier assistance — %s" % p.surname, "Rapatriement : rapport médical"])
            rec.body = "\n".join([greet(ctx, lang), "", "Suite à votre appel, voici le rapport demandé pour votre affilié(e) :", "",
                                  "Nom : %s" % C.name_full(r, p, lang), "Date de naissance : %s" % dob, "NISS : %s" % nss, "",
                                  "Diagnostic : %s" % s[0], "Prise en charge : %s" % s[2],
                                  "Apte au vol : %s" % r.choice(["oui, siège avec espace pour la jambe", "non avant 10 jours (risque TVP)", "oui, avec accompagnateur"]),
                                  "Anticoagulation pour le vol : %s" % med(ctx, lang, rec, 1, ("anticoag",))[0], "", sign(ctx, src, lang)])
        else:
            rec.subject = r.choice(["Your member treated at Saint-Aubin Hospital", "Assistance file - %s" % p.surname, "Repatriation: medical report"])
            rec.body = "\n".join([greet(ctx, lang), "", "Further to your call, here is the report for your member:", "",
                                  "Name: %s" % C.name_full(r, p, lang), "DOB: %s" % dob, "NISS: %s" % nss, "",
                                  "Diagnosis: %s" % s[1], "Treatment: %s" % s[3],
                                  "Fit to fly: %s" % r.choice(["yes, extra legroom", "not for 10 days (DVT risk)", "yes, with escort"]),
                                  "Anticoagulation for the flight: %s" % med(ctx, lang, rec, 1, ("anticoag",))[0], "", sign(ctx, src, lang)])
    else:
        nir = C.make_nir(r, p.dob, p.sex)
        rec.ident("nir", nir)
        rec.to = [EXT["globe"]]
        rec.note = "French exchange student, travel insurer" if lang == "en" else "étudiant(e) français(e), assureur voyage"
        ns = C.fmt_nir(r, nir)
        if lang == "fr":
            rec.subject = r.choice(["Prise en charge — étudiant(e) en échange", "Garantie de paiement — %s" % p.surname.upper(), "Demande d'accord de prise en charge"])
            rec.body = "\n".join([greet(ctx, lang), "", "Nous sollicitons une garantie de paiement pour :", "",
                                  "%s, né(e) le %s" % (C.name_full(r, p, lang), dob), "No de sécurité sociale (NIR) : %s" % ns, "",
                                  "Motif : %s ; %s prévue le %s." % (s[0], s[2], C.fmt_date(ctx.future(when, 1, 4), "fr")), "",
                                  sign(ctx, src, lang)])
        else:
            rec.subject = r.choice(["Guarantee of payment request - exchange student", "GOP - %s" % p.surname.upper(), "Pre-authorisation request"])
            rec.body = "\n".join([greet(ctx, lang), "", "We request a guarantee of payment for:", "",
                                  "%s, born %s" % (C.name_full(r, p, lang), dob), "French social security no. (NIR): %s" % ns, "",
                                  "Reason: %s; %s planned %s." % (s[1], s[3], C.fmt_date(ctx.future(when, 1, 4), "en")), "",
                                  sign(ctx, src, lang)])
    return rec
