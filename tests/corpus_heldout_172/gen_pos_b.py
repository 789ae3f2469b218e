"""Positive templates, part B: glaucoma letters, post-op notes, prescriptions, transport, insurer forms, sign-out."""
import datetime as _dt

import gen_attach as A
import gen_clin as K
import gen_common as C
from gen_clin import B, addr_of


def _subject_name(b, p):
    return C.pname(b.rng, p, b.lang, b.rng.choice(["SUR_given", "title_given_sur", "given_sur"]), full=True)


# --------------------------------------------------------------------------- glaucoma consult letter
def glaucoma_letter(ctx, lang):
    r = ctx.rng
    b = B(ctx, lang, "glaucoma_letter", "glaucoma clinic follow-up letter to referring optometrist")
    md = ctx.person("ophtalmo")
    opt = ctx.person("optom")
    p = b.pat(use_nam=(r.random() < 0.45), min_age=45)
    dx = K.gl_dx(r, lang, abbrev=False)
    b.t("diagnosis", "lab_result", "medication")
    exam = [K.iop(r, lang), K.cd(r, lang), K.vf(r, lang), K.rnfl(r, lang)]
    drops = C.pick(r, [d[0] if lang == "fr" else d[1] for d in K.GL_DRUG[:6]], r.randint(1, 3))
    plan = r.choice([b.L("trabéculoplastie sélective (SLT) OD à planifier", "selective laser trabeculoplasty (SLT) OD to be booked"),
                     b.L("poursuivre le traitement actuel, revoir dans 4 mois avec CV", "continue current drops, review in 4 months with VF"),
                     b.L("discuter trabéculectomie OG vu la progression", "discuss trabeculectomy OS given progression"),
                     b.L("iridotomie périphérique au laser ODG", "laser peripheral iridotomy OU")])
    ident = b.ident_line(p, allow_fw=False)
    letter_fr = [f"Objet : {ident}", f"Cher collègue,",
                 f"J'ai revu votre patient(e) en clinique de glaucome. Diagnostic : {dx}.",
                 "Examen : " + "; ".join(exam) + ".",
                 "Traitement : " + ", ".join(drops) + ".", f"Plan : {plan}.",
                 "Merci de votre confiance."]
    letter_en = [f"Re: {ident}", "Dear colleague,",
                 f"I saw your patient in the glaucoma clinic. Diagnosis: {dx}.",
                 "Exam: " + "; ".join(exam) + ".",
                 "Treatment: " + ", ".join(drops) + ".", f"Plan: {plan}.",
                 "Thank you for this referral."]
    letter = letter_fr if lang == "fr" else letter_en
    mode = r.choice(["body", "docx", "docx", "pdf"])
    subject = r.choice([b.L("Lettre de consultation — glaucome", "Glaucoma consult letter"),
                        b.L("Suivi glaucome : ", "Glaucoma follow-up: ") + _subject_name(b, p),
                        b.L("Consultation", "Consultation") + f" {p['mrn']}"])
    if p["mrn"] in subject:
        b.t("mrn")
    blocks = [("p", C.greet(r, lang))]
    if mode == "body":
        blocks += [("p", x) for x in letter]
    else:
        fn = b.L("lettre_consult_glaucome", "glaucoma_consult_letter") + r.choice(["", f"_{p['surname'].lower()}"])
        if mode == "docx":
            b.att({"kind": "docx", "filename": fn + ".docx", "data": A.make_docx(b.L("Clinique de glaucome", "Glaucoma clinic"), letter, author=C.staff_name(md, lang, False))})
        else:
            b.att({"kind": "pdf", "filename": fn + ".pdf", "data": A.make_pdf(b.L("Clinique de glaucome", "Glaucoma clinic"), letter, author=C.staff_name(md, lang, False), compress=r.random() < 0.5)})
        blocks.append(("p", b.L("Veuillez trouver ci-joint ma lettre de consultation.", "Please find my consultation letter attached.")))
    blocks += [("p", C.closing(r, lang)), ("sig", C.signature(md, lang, r, "glaucoma"))]
    return b.spec(addr_of(md, lang), [addr_of(opt, lang)], subject, blocks)


# --------------------------------------------------------------------------- post-op summary
def postop(ctx, lang):
    r = ctx.rng
    b = B(ctx, lang, "postop_summary", "post-operative summary after eye surgery")
    res = ctx.person("resident")
    md = ctx.person("ophtalmo")
    p = b.pat(use_nam=(r.random() < 0.45), min_age=50)
    kind = r.randint(0, 3)
    surg = [
        (b.L("phacoémulsification + LIO", "phacoemulsification + IOL"), K.cat_dx(r, lang)),
        (b.L("vitrectomie 25G + pelage MLI + gaz C3F8", "25G vitrectomy + ILM peel + C3F8 gas"), b.L("trou maculaire pleine épaisseur", "full-thickness macular hole")),
        (b.L("vitrectomie + endolaser + huile de silicone", "vitrectomy + endolaser + silicone oil"), b.L("décollement de rétine macula-off", "macula-off retinal detachment")),
        (b.L("trabéculectomie avec MMC", "trabeculectomy with MMC"), K.gl_dx(r, lang, abbrev=False)),
    ][kind]
    e = K.eye(r, lang, both=False)
    comps = [(b.L("aucune complication", "no complications"), False),
             (b.L(f"PIO {r.randint(30, 42)} mmHg à H+4, Diamox donné", f"IOP {r.randint(30, 42)} mmHg at 4h post-op, Diamox given"), True)]
    if kind == 0:
        comps.append((b.L("rupture capsulaire postérieure, LIO dans le sulcus", "posterior capsule rupture, IOL in sulcus"), False))
    elif kind == 3:
        comps.append((b.L(f"bulle bien formée, PIO {r.randint(6, 14)} mmHg au congé", f"well-formed bleb, IOP {r.randint(6, 14)} mmHg at discharge"), True))
    else:
        comps.append((b.L("petite hémorragie vitréenne résiduelle", "small residual vitreous haemorrhage"), False))
    comp, comp_lab = r.choice(comps)
    drops = C.pick(r, [d[0] if lang == "fr" else d[1] for d in K.POSTOP_DROPS], r.randint(2, 3))
    b.t("diagnosis", "medication")
    if comp_lab:
        b.t("lab_result")
    ident = b.ident_line(p, allow_fw=False)
    day = K.future_day(r, span=10)
    lines = [b.L("Patient : ", "Patient: ") + ident,
             b.L("Intervention : ", "Procedure: ") + f"{surg[0]} {e}", b.L("Indication : ", "Indication: ") + surg[1],
             b.L("Évolution : ", "Course: ") + comp, b.L("Gouttes au congé : ", "Discharge drops: ") + "; ".join(drops),
             b.L(f"Suivi : J1 le {C.fmt_day(day, lang)}, puis S1", f"Follow-up: day 1 on {C.fmt_day(day, lang)}, then week 1")]
    if "gaz" in surg[0] or "gas" in surg[0]:
        lines.append(b.L("Positionnement face vers le sol 5 jours. Pas d'avion.", "Face-down positioning 5 days. No flying."))
    subject = r.choice([b.L("Résumé de congé — chirurgie ophtalmo", "Discharge summary - eye surgery"),
                        b.L("Congé bloc ", "Day surgery discharge ") + day.isoformat(),
                        b.L("Note postop", "Post-op note")])
    blocks = [("p", C.greet(r, lang, md["given"]))]
    if r.random() < 0.5:
        fn = b.L("resume_conge", "discharge_summary") + f"_{p['mrn']}.pdf"
        b.t("mrn")
        b.att({"kind": "pdf", "filename": fn, "data": A.make_pdf(b.L("Résumé de congé — chirurgie d'un jour", "Day-surgery discharge summary"), lines, author=C.staff_name(res, lang, False), compress=r.random() < 0.5)})
        blocks.append(("p", b.L("Résumé de congé en pièce jointe pour signature.", "Discharge summary attached for your co-signature.")))
    else:
        blocks.append(("pre", "\n".join(lines)))
    blocks += [("p", C.closing(r, lang)), ("sig", C.signature(res, lang, r, "or"))]
    return b.spec(addr_of(res, lang), [addr_of(md, lang)], subject, blocks)


# --------------------------------------------------------------------------- prescription to pharmacy
def rx_pharmacy(ctx, lang):
    r = ctx.rng
    b = B(ctx, lang, "prescription", "prescription sent to a community pharmacy")
    md = ctx.person(r.choice(["ophtalmo", "resident"]))
    ph = r.choice(C.EXTERNAL["pharmacy"])
    p = b.pat(use_nam=(r.random() < 0.5), min_age=30)
    pdf = r.random() < 0.5
    ident = b.ident_line(p, allow_fw=not pdf)
    ad = b.addr(p)
    meds = C.pick(r, [d[0] if lang == "fr" else d[1] for d in K.POSTOP_DROPS] + [K.gl_drug(r, lang), K.gl_drug(r, lang)], r.randint(1, 3))
    b.t("medication")
    dx = r.random() < 0.5
    lines = [b.L("Patient : ", "Patient: ") + ident, b.L("Adresse : ", "Address: ") + ad]
    if dx:
        d = r.choice([K.gl_dx(r, lang), K.cat_dx(r, lang), r.choice(K.OTHER_DX)[0 if lang == "fr" else 1]])
        lines.append(b.L("Dx : ", "Dx: ") + d)
        b.t("diagnosis")
    lines += [b.L("Rx : ", "Rx: ") + m + b.L(" — renouv. x 2", " - refills x2") for m in meds]
    lines.append(b.L("Prescripteur : ", "Prescriber: ") + C.staff_name(md, lang) + f", {C.ORG['short']}")
    subject = r.choice([b.L("Ordonnance", "Prescription"), b.L("Ordonnance — ", "Rx - ") + C.pname(r, p, lang, "SUR_given", full=True),
                        b.L("Rx gouttes postop", "Post-op drops Rx")])
    blocks = [("p", C.greet(r, lang))]
    if pdf:
        fn = b.L("ordonnance", "prescription") + r.choice(["", f"_{p['surname']}"]) + ".pdf"
        b.att({"kind": "pdf", "filename": fn, "data": A.make_pdf(b.L("Ordonnance", "Prescription"), lines, author=C.staff_name(md, lang, False), compress=r.random() < 0.5)})
        blocks.append(("p", b.L("Ordonnance ci-jointe, l'original suit par télécopieur.", "Prescription attached; original to follow by fax.")))
    else:
        blocks.append(("pre", "\n".join(lines)))
    blocks += [("p", C.closing(r, lang)), ("sig", C.signature(md, lang, r))]
    return b.spec(addr_of(md, lang), [(ph[0], "commandes@" + ph[1])], subject, blocks)


# --------------------------------------------------------------------------- transport request
def transport(ctx, lang):
    r = ctx.rng
    b = B(ctx, lang, "transport_request", "adapted transport booking for injection visits")
    clerk = ctx.person(r.choice(["clerk", "nurse"]))
    tr = C.EXTERNAL["transport"]
    p = b.pat(use_nam=(r.random() < 0.5), min_age=65)
    ident = b.ident_line(p)
    ad = b.addr(p)
    tel = b.phone(p)
    days = sorted({K.future_day(r, span=70) for _ in range(r.randint(2, 4))})
    rdv = [f"{C.fmt_day(d, lang)} {K.hhmm(r, lang)}" for d in days]
    why = r.choice([b.L("injections intravitréennes (DMLA)", "intravitreal injections (wet AMD)"), b.L("suivi glaucome + champ visuel", "glaucoma follow-up + visual field"),
                    b.L("chirurgie de cataracte et visite J1", "cataract surgery and day-1 visit")])
    b.t("diagnosis")
    soc = K.social(r, lang, [0, 1, 2, 3, 7]) if r.random() < 0.7 else None
    if soc:
        b.t("social_information")
    mob = r.choice([b.L("fauteuil roulant", "wheelchair"), b.L("marchette, accompagnateur requis", "walker, escort required"), b.L("autonome mais ne voit plus assez pour l'autobus", "independent but can no longer see well enough for the bus")])
    blocks = [("p", C.greet(r, lang)),
              ("p", b.L(f"Demande de transport pour {ident}, suivi en ophtalmologie ({why}).", f"Transport request for {ident}, ophthalmology follow-up ({why}).")),
              ("list", [b.L("Adresse : ", "Pick-up address: ") + ad, b.L("Tél. : ", "Phone: ") + tel, b.L("Mobilité : ", "Mobility: ") + mob]
               + ([b.L("Contexte : ", "Context: ") + soc] if soc else [])),
              ("p", b.L("Rendez-vous :", "Appointments:")), ("list", rdv),
              ("p", b.L("Arrivée 20 minutes avant, pavillon C, porte 3. Retour vers 13 h environ (dilatation).", "Please arrive 20 minutes early, Pavilion C, door 3. Return around 1 pm (pupils dilated).")),
              ("p", C.closing(r, lang)), ("sig", C.signature(clerk, lang, r, "retina"))]
    subject = r.choice([b.L("Demande de transport adapté", "Adapted transport request"), b.L("Transport — série d'injections", "Transport for injection series"),
                        b.L("Réservation transport ", "Transport booking ") + days[0].isoformat()])
    return b.spec(addr_of(clerk, lang), [(tr[0], "reservations@" + tr[1])], subject, blocks)


# --------------------------------------------------------------------------- insurer / agency form
def insurer_form(ctx, lang):
    r = ctx.rng
    b = B(ctx, lang, "insurer_form", "completed insurer or tax-credit form with SIN")
    md = ctx.person("ophtalmo")
    clerk = ctx.person("clerk")
    ins = C.EXTERNAL["insurer"]
    p = b.pat(use_nam=(r.random() < 0.4), min_age=35, max_age=70)
    kind = r.choice(["disability", "dtc"])
    mode = r.choice(["pdf", "docx", "body"])
    fw = mode != "pdf"
    nm = b.name(p, full=True)
    d = b.dob(p)
    sin = b.sin(p, allow_fw=fw)
    dx = r.choice([K.ret_dx(r, lang, False), K.gl_dx(r, lang, False), r.choice(K.OTHER_DX)[0 if lang == "fr" else 1]])
    b.t("diagnosis", "lab_result")
    acuity = K.va(r, lang)
    fields = [(b.L("Nom de l'assuré", "Claimant name"), nm), (b.L("Date de naissance", "Date of birth"), d),
              (b.L("NAS", "SIN"), sin)]
    if p["is_nam"]:
        fields += [(b.L("Sexe", "Sex"), p["sex"]), ("NAM", b.nam(p, allow_fw=fw))]
    if kind == "disability":
        title = b.L("Déclaration du médecin traitant — invalidité", "Attending physician statement - disability")
        fields += [(b.L("Diagnostic", "Diagnosis"), dx), (b.L("Acuité visuelle", "Visual acuity"), acuity),
                   (b.L("Restrictions", "Restrictions"), b.L("ne peut conduire ni travailler à l'écran > 1 h", "cannot drive or do screen work > 1 h")),
                   (b.L("Retour au travail prévu", "Expected return to work"), b.L("indéterminé", "undetermined"))]
        to = (ins[0], "reclamations@" + ins[1])
    else:
        title = b.L("Certificat — crédit d'impôt pour personnes handicapées (voir)", "Disability tax credit certificate - vision")
        fields += [(b.L("Diagnostic", "Diagnosis"), dx), (b.L("Acuité visuelle", "Visual acuity"), acuity),
                   (b.L("Champ visuel", "Visual field"), b.L("< 20° dans le meilleur œil", "< 20 degrees in better eye"))]
        to = addr_of(ctx.person("social"), lang)
    if r.random() < 0.4:
        fields.append((b.L("Traitement", "Treatment"), K.ret_drug(r, lang) if r.random() < 0.5 else K.gl_drug(r, lang)))
        b.t("medication")
    lines = [f"{k} : {v}" if lang == "fr" else f"{k}: {v}" for k, v in fields]
    blocks = [("p", C.greet(r, lang))]
    if mode == "pdf":
        b.att({"kind": "pdf", "filename": b.L("formulaire_rempli.pdf", "completed_form.pdf"), "data": A.make_pdf(title, lines, author=C.staff_name(clerk, lang, False), compress=r.random() < 0.5)})
        blocks.append(("p", b.L(f"Le formulaire signé par {C.staff_name(md, lang)} est en pièce jointe.", f"The form signed by {C.staff_name(md, lang)} is attached.")))
    elif mode == "docx":
        b.att({"kind": "docx", "filename": b.L("formulaire_assureur.docx", "insurer_form.docx"), "data": A.make_docx(title, [], table=(b.L(["Champ", "Réponse"], ["Field", "Answer"]), [list(f) for f in fields]), author=C.staff_name(clerk, lang, False))})
        blocks.append(("p", b.L("Voici le formulaire complété (version Word).", "Here is the completed form (Word version).")))
    else:
        blocks.append(("p", title))
        blocks.append(("table", None, [list(f) for f in fields]))
    blocks += [("p", C.closing(r, lang)), ("sig", C.signature(clerk, lang, r))]
    subject = r.choice([b.L("Formulaire complété", "Completed form"), title, b.L("Réclamation — formulaire médical", "Claim - medical form")])
    return b.spec(addr_of(clerk, lang), [to], subject, blocks)


# --------------------------------------------------------------------------- on-call sign-out
def signout(ctx, lang):
    r = ctx.rng
    b = B(ctx, lang, "signout", "on-call ophthalmology sign-out list")
    res1 = ctx.person("resident")
    res2 = ctx.person("resident", exclude=(res1,))
    items = []
    for i in range(r.randint(3, 6)):
        p = b.pat(use_nam=(r.random() < 0.25), min_age=18)
        where = r.choice([b.L("Urg civ. ", "ED bed ") + str(r.randint(1, 30)), b.L("Ch. ", "Rm ") + f"{r.randint(2, 7)}{r.randint(10, 40)}", b.L("Clinique", "Clinic"), b.L("Externe", "Outpt")])
        prob = r.choice(K.OTHER_DX)[0 if lang == "fr" else 1]
        todos = [b.L("revoir demain AM", "recheck AM"), b.L("à jeun depuis minuit, bloc 8h", "NPO after midnight, OR 0800"),
                 f"{K.iop(r, lang)}, " + b.L("recontrôler à 22h", "recheck at 2200"),
                 b.L("VS/CRP pendants", "ESR/CRP pending"), b.L("cultures envoyées, fortifiés q1h", "cultures sent, fortified drops q1h")]
        k = r.randrange(len(todos))
        todo = todos[k]
        if k == 2:
            b.t("lab_result")
        if k == 4:
            b.t("medication")
        if p["is_nam"]:
            who = b.ident_line(p, with_mrn=False)
        else:
            who = b.name(p, style=r.choice(["SUR_given", "sur_init", "title_sur", "lower"])) + (f" {C.age(p['dob'])}" + b.L(" a", "yo"))
        items.append([where, who, prob, todo])
    b.t("diagnosis")
    subject = r.choice([b.L("Sign-out garde ophtalmo", "Ophtho on-call sign-out"), b.L("Passation de garde", "Handover"), b.L("Liste de garde — fin de semaine", "Weekend handover list")])
    blocks = [("p", C.greet(r, lang, res2["given"])), ("p", b.L("Voici la liste pour cette nuit :", "Here's the list for tonight:")),
              ("table", b.L(["Lieu", "Patient", "Problème", "À faire"], ["Where", "Patient", "Issue", "To do"]), items),
              ("p", b.L("Rien d'autre de pendant. Bonne garde!", "Nothing else pending. Good luck!")), ("sig", C.staff_name(res1, lang) + " — " + C.role_label(res1, lang))]
    return b.spec(addr_of(res1, lang), [addr_of(res2, lang)], subject, blocks, form=r.choice(["plain", "html", "alt"]))
