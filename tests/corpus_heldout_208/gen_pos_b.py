"""Positive (confidential) templates, part B: sign-out lists, quoted replies, forwards from other
jurisdictions, living donors, name only in Subject / file name, ZIP bundles, vCards, attached
messages, registry forms, quick notes, income support letters."""
import datetime

from gen_attach import csv_bytes, pdf_bytes, vcf_bytes, xlsx_bytes, zip_bytes
from gen_common import (AGENCY, BE_HOSP, DIALYSIS_UNITS, FR_HOSP, ONT_HOSP, PROG_EN, PROG_FR, SITES, age_on,
                        fmt_date, fmt_day, staff_email, staff_name)
from gen_ctx import (ANTIPROLIF, BLOOD, COMPLICATIONS, INDICATIONS, ORGANS, TACRO, Ctx, address_of, dob_of,
                     mrn_of, name_of, nam_bundle, nir_of, niss_of, ohn_of, phone_of, shared, sin_of, site)
from gen_mime import Att, Msg, build
from gen_pos_a import id_lines, organ_pick, patient, sig_block


# ------------------------------------------------------------------ P13 sign-out / census
def p_signout(ctx):
    fr = ctx.lang == "fr"
    res = ctx.staff(role="md")
    m = ctx.msg("signout", True, ctx.t("liste de passation de garde de l'unité de greffe", "transplant ward sign-out list"),
                sender=res, to=[shared("garde.greffe")])
    m.add("diagnosis")
    hdr = ctx.t(["Ch.", "Patient", "Âge", "Greffe / JPO", "À surveiller"], ["Rm", "Patient", "Age", "Graft / POD", "Watch for"])
    rows = []
    issues = [("K 5,9 ce soir, kayexalate donné, recontrôle 22 h", "K 5.9 tonight, Lokelma given, recheck 22:00", ("lab_result", "medication")),
              ("C0 tacro 16,2 : dose de 20 h suspendue", "tacro trough 16.2: hold 20:00 dose", ("lab_result", "medication")),
              ("fièvre 38,4, hémocs x2 faites, pip-tazo débuté", "T 38.4, blood cultures x2 sent, pip-tazo started", ("medication",)),
              ("diurèse < 30 mL/h, bolus 500 mL si persiste", "UO < 30 mL/h, 500 mL bolus if persists", ()),
              ("Hb 74, transfuser 1 culot si < 70", "Hb 74, transfuse 1 unit if < 70", ("lab_result",)),
              ("drain JP 300 mL séreux, lipase drain demandée", "JP drain 300 mL serous, drain lipase sent", ()),
              ("glycémies 15-18, insuline selon échelle", "glucose 15-18, sliding scale insulin", ("lab_result", "medication")),
              ("thymoglobuline dose 3/5 ce soir, prémédication", "Thymoglobulin dose 3/5 tonight, premeds", ("medication",)),
              ("rejet aigu suspecté, biopsie demain 8 h", "suspected acute rejection, biopsy tomorrow 08:00", ()),
              ("FA rapide post-op, métoprolol IV au besoin", "post-op rapid AF, IV metoprolol prn", ("medication",))]
    n = ctx.rng.randrange(4, 8)
    style = ctx.c(["sur_first", "sur_first_nocomma", "title_sur", "initial"])
    for i in range(n):
        p = ctx.reg.person(lang=ctx.lang if ctx.chance(0.7) else ctx.c(["fr", "en"]), ref=ctx.when)
        org = ctx.c(["rein", "rein", "foie", "coeur", "poumon", "rein"])
        iss = ctx.c(issues)
        m.add(*iss[2])
        rows.append(["%d%02d" % (ctx.c([6, 7]), ctx.rng.randrange(1, 30)), name_of(m, p, style, ctx.lang),
                     age_on(p.dob, ctx.when), "%s J%d" % (ctx.c(["R", "F", "C", "P", "R-P"]), ctx.rng.randrange(0, 14)),
                     iss[0] if fr else iss[1]])
    m.subject = ctx.t("Passation %s - 7e greffe" % ctx.when.strftime("%d/%m"), "Sign-out %s - 7 transplant" % ctx.when.strftime("%m/%d"))
    m.blocks = [ctx.t("Liste de ce soir :", "Tonight's list:"), ("table", hdr, rows),
                ctx.t("Rien d'autre. Bonne garde.", "That's all. Have a quiet night.")]
    if ctx.chance(0.3):
        m.atts.append(Att(ctx.t("passation.xlsx", "signout.xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          xlsx_bytes([("Garde" if fr else "Signout", [hdr] + rows)])))
    m.prefs["structure"] = ctx.c(["html", "alt", "plain"])
    m.prefs["tstyle"] = ctx.c(["aligned", "pipe", "tab"])
    return m


# ------------------------------------------------------------------ P14 reply with quoted text
def p_reply(ctx):
    fr = ctx.lang == "fr"
    a = ctx.staff(role="clinical")
    b = ctx.staff(exclude=(a[1],), role="clinical")
    p = patient(ctx, 0.35)
    m = ctx.msg("reply", True, ctx.t("réponse avec texte cité sur un ajustement de dose", "reply quoting a dose adjustment thread"),
                sender=b, to=[a])
    m.add("lab_result", "medication")
    brand, gen = ctx.c(TACRO)
    lvl = round(ctx.rng.uniform(2.5, 18), 1)
    ns = ctx.c(["full", "title", "sur_first"])
    nm = name_of(m, p, ns, ctx.lang)
    ident = ""
    if p.nam:
        n, d, sx = nam_bundle(m, p, ctx)
        ident = "\n" + ctx.t("NAM %s, DDN %s, %s" % (n, d, sx), "RAMQ %s, DOB %s, %s" % (n, d, sx))
    elif ctx.chance(0.5):
        ident = "\n" + mrn_of(m, ctx)
    orig_date = datetime.datetime.combine(ctx.when, datetime.time(ctx.c([8, 10, 13, 16]), ctx.rng.randrange(60))) \
        - datetime.timedelta(hours=ctx.rng.randrange(2, 30))
    lvl_s = ("%.1f" % lvl).replace(".", ",") if fr else "%.1f" % lvl
    quoted = [ctx.t("Bonjour, C0 de %s à %s ce matin avec %s %d mg die.%s" % (nm, lvl_s, brand, ctx.c([2, 3, 4, 5]), ident),
                    "Hi, %s's trough is %s this morning on %s %d mg daily.%s" % (nm, lvl_s, brand, ctx.c([2, 3, 4, 5]), ident)),
              ctx.t("On ajuste?", "Adjust?")]
    attrib = ctx.t("Le %s, %s a écrit :" % (fmt_day(orig_date.date(), "fr") + orig_date.strftime(" à %H:%M"), staff_name(a, "fr", False)),
                   "On %s at %s, %s wrote:" % (fmt_day(orig_date.date(), "en"), orig_date.strftime("%H:%M"), staff_name(a, "en", False)))
    reply = ctx.t("Oui, on %s de 1 mg. Dis à %s de refaire le prélèvement lundi." % ("baisse" if lvl > 8 else "monte", p.given),
                  "Yes, %s by 1 mg. Tell %s to repeat the level on Monday." % ("decrease" if lvl > 8 else "increase", p.given))
    m.subject = ctx.t("RE: niveau tacro", "RE: tacro level") if ctx.chance(0.6) else ctx.t("RE: C0 %s" % p.surname, "RE: trough %s" % p.surname)
    m.blocks = [reply, ("sig", [b[0]]), ("quote", attrib, quoted)]
    m.headers.append(("In-Reply-To", "<%s.%04d@rsbl.example>" % (orig_date.strftime("%Y%m%d%H%M"), ctx.rng.randrange(9999))))
    return m


# ------------------------------------------------------------------ P15 forward from another jurisdiction
def p_forward_external(ctx):
    fr = ctx.lang == "fr"
    coord = ctx.staff(role="coord")
    md = ctx.staff(role="md")
    where = ctx.c(["on", "be", "fra", "fra"])
    m = ctx.msg("forward", True, ctx.t("transfert d'un courriel d'un hôpital externe au sujet d'un greffé",
                                       "forwarded e-mail from an outside hospital about a transplant recipient"),
                sender=coord, to=[md])
    m.add("diagnosis", "medication", "lab_result")
    if where == "on":
        p = ctx.reg.person(origin="on", lang="en", ref=ctx.when)
        p.origin = "on"
        hosp = ONT_HOSP
        idline = "OHIP / Health card: %s" % ohn_of(m, ctx)
        src_lang = "en"
    elif where == "be":
        p = ctx.reg.person(origin="be", ref=ctx.when)
        hosp = BE_HOSP
        idline = "NISS : %s" % niss_of(m, p, ctx)
        src_lang = "fr"
    else:
        p = ctx.reg.person(origin="fra", ref=ctx.when)
        hosp = FR_HOSP
        idline = "N° sécurité sociale (NIR) : %s" % nir_of(m, p, ctx)
        src_lang = "fr"
    dob = dob_of(m, p, ctx, "slash" if src_lang == "fr" else "iso", lang=src_lang)
    nm = name_of(m, p, ctx.c(["upper", "sur_first", "full"]), src_lang)
    org, ind, _ = organ_pick(ctx, ("rein", "foie"))
    brand, gen = ctx.c(TACRO)
    lvl = round(ctx.rng.uniform(2.0, 22.0), 1)
    if src_lang == "fr":
        inner = ["Bonjour,",
                 "Nous avons vu aux urgences votre patient(e) %s, né(e) le %s, %s, greffé(e) chez vous (%s)." % (nm, dob, idline, "rein" if org == "rein" else "foie"),
                 "Consulte pour diarrhée depuis 5 jours. Créatinine %d µmol/L (base 110 selon le dossier), tacrolimus résiduel %s µg/L sous %s %d mg/j."
                 % (ctx.rng.randrange(160, 320), ("%.1f" % lvl).replace(".", ","), brand, ctx.c([3, 4, 6])),
                 "Pouvez-vous nous transmettre ses derniers bilans et votre conduite à tenir ? Retour au Québec prévu le %s." % fmt_date(ctx.day(9), "fr", "long")]
        hdrs = [("De :", "Service de néphrologie <nephro@%s>" % hosp[1]), ("Date :", fmt_date(ctx.when, "fr", "long")),
                ("À :", "coordination.greffe@rsbl.example"), ("Objet :", "Patient(e) greffé(e) de passage")]
        label = ctx.t("---------- Message transféré ----------", "---------- Forwarded message ----------")
    else:
        inner = ["Hello,",
                 "Your patient %s (DOB %s, %s) was admitted here last night with %s. Background: %s transplant for %s."
                 % (nm, dob, idline, ctx.c(["acute kidney injury and vomiting", "fever and graft tenderness", "new-onset confusion"]),
                    "kidney" if org == "rein" else "liver", INDICATIONS[org][0][1]),
                 "Tacrolimus trough %.1f ng/mL on %s %d mg daily; creat %d umol/L. We are holding MMF for now." % (lvl, brand, ctx.c([3, 4, 6]), ctx.rng.randrange(160, 320)),
                 "Please send the latest clinic letter. Thanks, ED team"]
        hdrs = [("From:", "Emergency Dept <ed@%s>" % hosp[1]), ("Sent:", fmt_date(ctx.when, "en", "long")),
                ("To:", "transplant.coordination@rsbl.example"), ("Subject:", "Your transplant patient")]
        label = ctx.t("-------- Message d'origine --------", "-------- Original Message --------")
    note = ctx.t("Pour suivi - peux-tu rappeler l'équipe là-bas? Je mets la feuille de route dans le dossier.",
                 "For follow-up - can you call them back? I'll put the trip sheet in the chart.")
    m.subject = ctx.t("TR: patient greffé - %s" % hosp[0], "Fwd: transplant patient - %s" % hosp[0])
    m.blocks = [note, ("sig", [coord[0]]), ("fwd", label, hdrs, inner)]
    return m


# ------------------------------------------------------------------ P16 living donor work-up
def p_living_donor(ctx):
    fr = ctx.lang == "fr"
    ld = ctx.staff(role="ldcoord")
    neph = ctx.staff(role="neph")
    p = patient(ctx, 0.45)
    m = ctx.msg("living_donor", True, ctx.t("bilan d'un candidat donneur vivant", "living kidney donor work-up"),
                sender=ld, to=[neph])
    m.add("lab_result")
    lines = id_lines(m, ctx, p, mrn=ctx.chance(0.7))
    gfr = ctx.rng.randrange(68, 118)
    recip = ctx.reg.person(lang=ctx.lang, ref=ctx.when)
    if p.sex == "F":
        rel = ctx.ct(["sœur", "conjointe", "amie de longue date", "fille"], ["sister", "spouse", "long-time friend", "daughter"])
    else:
        rel = ctx.ct(["frère", "conjoint", "ami de longue date", "fils"], ["brother", "spouse", "long-time friend", "son"])
    rn = name_of(m, recip, ctx.c(["full", "sur_first"]), ctx.lang)
    m.add("diagnosis")
    res = [ctx.t("DFG mesuré (iohexol) : %d mL/min/1,73 m²" % gfr, "Measured GFR (iohexol): %d mL/min/1.73 m2" % gfr),
           ctx.t("Angio-CT : 2 artères rénales à gauche, kyste simple 8 mm à droite", "CT angiogram: 2 left renal arteries, 8 mm simple cyst right"),
           ctx.t("HbA1c %.1f %%, ACR %.1f mg/mmol, MAPA moyenne %d/%d" % (ctx.rng.uniform(4.9, 6.1), ctx.rng.uniform(0.3, 2.8), ctx.rng.randrange(112, 138), ctx.rng.randrange(68, 86)),
                 "HbA1c %.1f%%, ACR %.1f mg/mmol, ABPM mean %d/%d" % (ctx.rng.uniform(4.9, 6.1), ctx.rng.uniform(0.3, 2.8), ctx.rng.randrange(112, 138), ctx.rng.randrange(68, 86))),
           ctx.t("Receveur prévu : %s (donneur = %s du receveur). Compatibilité ABO : oui; XM virtuel négatif" % (rn, rel),
                 "Intended recipient: %s (donor is the recipient's %s). ABO compatible: yes; virtual XM negative" % (rn, rel))]
    m.subject = ctx.t("Donneur vivant - bilan complété", "Living donor - work-up complete")
    m.blocks = [ctx.t("Bonjour, le bilan du candidat donneur est complété :", "Hi, the donor candidate work-up is complete:"),
                ("pre", "\n".join(lines)), ("list", res),
                ctx.t("À présenter au comité donneur vivant le %s." % fmt_day(ctx.day(7), "fr"),
                      "To be presented at the living donor committee on %s." % fmt_day(ctx.day(7), "en")),
                sig_block(ctx, ld)]
    return m


# ------------------------------------------------------------------ P17 name only in the Subject
def p_subject_only(ctx):
    fr = ctx.lang == "fr"
    a = ctx.staff(role="clinical")
    b = ctx.staff(exclude=(a[1],), role="clinical")
    p = ctx.reg.person(lang=ctx.lang if ctx.chance(0.7) else ctx.c(["fr", "en"]), ref=ctx.when)
    m = ctx.msg("quick_note", True, ctx.t("note clinique brève, nom du patient seulement dans l'objet",
                                          "short clinical note, patient named only in the subject"),
                sender=a, to=[b])
    ns = ctx.c(["sur_first", "title_sur", "initial", "full", "lower"])
    nm = name_of(m, p, ns, ctx.lang)
    kind = ctx.c(["tacro", "biopsy", "rejection", "cmv"])
    if kind == "tacro":
        m.add("lab_result", "medication")
        m.subject = ctx.t("tacro %s" % nm, "tacro - %s" % nm)
        body = ctx.t("C0 à %s ce matin, Envarsus 5 mg. Je baisse à 4 mg, contrôle jeudi." % ("%.1f" % ctx.rng.uniform(11, 19)).replace(".", ","),
                     "Trough %.1f this am on Envarsus 5 mg. Dropping to 4 mg, recheck Thursday." % ctx.rng.uniform(11, 19))
    elif kind == "biopsy":
        m.add("diagnosis", "lab_result")
        m.subject = ctx.t("Biopsie %s" % nm, "Biopsy result %s" % nm)
        body = ctx.t("Patho préliminaire : rejet cellulaire Banff 1B, i2 t2 v0, C4d négatif. SV40 négatif. Bolus de solumédrol 500 mg x 3 à partir de ce soir.",
                     "Prelim path: TCMR Banff IB, i2 t2 v0, C4d neg. SV40 neg. Solu-Medrol 500 mg x 3 starting tonight.")
        m.add("medication")
    elif kind == "rejection":
        m.add("diagnosis", "lab_result")
        m.subject = ctx.t("DSA de novo - %s" % nm, "de novo DSA - %s" % nm)
        body = ctx.t("Nouveau DSA anti-DQ7 MFI 6800. Créat stable 132. On en discute au comité immuno mardi?",
                     "New anti-DQ7 DSA, MFI 6800. Creat stable 132. Discuss at immunology round Tuesday?")
    else:
        m.add("lab_result", "medication", "diagnosis")
        m.subject = ctx.t("CMV %s" % nm, "CMV - %s" % nm)
        body = ctx.t("PCR 4 300 UI/mL, en baisse (9 800 la semaine passée). On poursuit le Valcyte 900 BID encore 1 semaine.",
                     "PCR 4,300 IU/mL, down from 9,800 last week. Continue Valcyte 900 BID one more week.")
    m.blocks = [body, ("sig", [a[0]])]
    return m


# ------------------------------------------------------------------ P18 name only in the file name
def p_filename_only(ctx):
    fr = ctx.lang == "fr"
    a = ctx.staff(role="coord")
    b = ctx.staff(role="md")
    p = ctx.reg.person(lang=ctx.lang, ref=ctx.when)
    m = ctx.msg("workup_results", True, ctx.t("résultats de bilan prégreffe, nom seulement dans le nom du fichier",
                                              "pre-transplant work-up results, name only in the file name"),
                sender=a, to=[b])
    m.add("patient_name", "lab_result", "diagnosis")
    m.persons.append(p)
    fmt = ctx.c(["%s_%s", "%s-%s", "%s %s"])
    stem = fmt % (p.surname.upper(), p.given)
    m.must.append(stem)
    org, ind, orgname = organ_pick(ctx)
    lines = [ctx.t("Indication : %s" % ind, "Indication: %s" % ind),
             ctx.t("Groupe sanguin : %s" % ctx.c(BLOOD), "Blood group: %s" % ctx.c(BLOOD)),
             "HLA : A2 A11 B7 B51 DR4 DR15 DQ6 DQ8",
             ctx.t("cPRA : %d %%" % ctx.rng.randrange(0, 95), "cPRA: %d%%" % ctx.rng.randrange(0, 95)),
             ctx.t("Sérologies : CMV IgG positif, EBV IgG positif, VHB anti-HBs 54 UI/L, VHC négatif, VIH négatif",
                   "Serology: CMV IgG pos, EBV IgG pos, anti-HBs 54 IU/L, HCV neg, HIV neg"),
             ctx.t("Échographie cardiaque : FEVG 60 %, pas de valvulopathie", "Echo: LVEF 60%, no valve disease"),
             ctx.t("Test à l'effort : négatif pour ischémie", "Stress test: negative for ischemia")]
    kind = ctx.c(["pdf", "xlsx", "csv"])
    if kind == "pdf":
        fname = ctx.t("Bilan prégreffe %s.pdf" % stem, "Pretransplant workup %s.pdf" % stem)
        data = pdf_bytes(ctx.t("Bilan prégreffe - sommaire", "Pre-transplant work-up - summary"), lines)
        ct = "application/pdf"
    elif kind == "xlsx":
        fname = ctx.t("bilan_%s.xlsx" % stem, "workup_%s.xlsx" % stem)
        data = xlsx_bytes([("Bilan" if fr else "Workup", [[ctx.t("Élément", "Item"), ctx.t("Résultat", "Result")]] +
                            [ln.split(":", 1) if ":" in ln else [ln, ""] for ln in lines])])
        ct = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    else:
        fname = ctx.t("bilan_%s.csv" % stem, "workup_%s.csv" % stem)
        data = csv_bytes([[ctx.t("Élément", "Item"), ctx.t("Résultat", "Result")]] +
                         [[x.strip() for x in ln.split(":", 1)] if ":" in ln else [ln, ""] for ln in lines], sep=";")
        ct = "text/csv"
    m.atts.append(Att(fname, ct, data))
    m.subject = ctx.t("Bilan demandé", "Work-up you asked for")
    m.blocks = [ctx.t("Voici le bilan pour le comité. Il manque encore la coloscopie.", "Here's the work-up for committee. Colonoscopy still pending."),
                ("sig", [staff_name(a, ctx.lang, False)])]
    return m


# ------------------------------------------------------------------ P19 ZIP bundle
def p_zip_bundle(ctx):
    fr = ctx.lang == "fr"
    coord = ctx.staff(role="coord")
    p = patient(ctx, 0.6)
    org, ind, orgname = organ_pick(ctx)
    m = ctx.msg("referral_package", True, ctx.t("dossier de référence pour évaluation de greffe en archive ZIP",
                                                "transplant assessment referral package as ZIP"),
                sender=coord, to=[shared("evaluation.greffe")])
    m.add("diagnosis", "lab_result", "medication")
    lines = id_lines(m, ctx, p, mrn=True)
    consult = lines + ["", ctx.t("Motif : évaluation pour %s" % orgname, "Reason: assessment for %s" % orgname),
                       ctx.t("Diagnostic : %s" % ind, "Diagnosis: %s" % ind),
                       ctx.t("Médication : furosémide 80 mg BID, spironolactone 100 mg die, lactulose 30 mL TID",
                             "Medications: furosemide 80 mg BID, spironolactone 100 mg daily, lactulose 30 mL TID")
                       if org == "foie" else ctx.t("Médication : amlodipine 10 mg, darbépoétine 40 µg/sem, sevelamer 800 mg TID",
                                                   "Medications: amlodipine 10 mg, darbepoetin 40 mcg weekly, sevelamer 800 mg TID")]
    labs = [[ctx.t("Date", "Date"), ctx.t("Analyse", "Test"), ctx.t("Résultat", "Result"), ctx.t("Unité", "Unit")]]
    for k in range(6):
        dd = ctx.date(ctx.day(-7 * k), "iso")
        labs.append([dd, "Creat", ctx.rng.randrange(300, 800), "umol/L"])
        if org == "foie":
            labs.append([dd, "Bili", ctx.rng.randrange(40, 300), "umol/L"])
            labs.append([dd, "INR", round(ctx.rng.uniform(1.3, 2.6), 1), ""])
    members = [(ctx.t("consultation.pdf", "consult_letter.pdf"), pdf_bytes(ctx.t("Demande de consultation", "Consultation request"), consult)),
               (ctx.t("resultats_labo.csv", "lab_results.csv"), csv_bytes(labs)),
               (ctx.t("lisezmoi.txt", "readme.txt"), ctx.t("Pièces : consultation + labos des 6 dernières semaines.\n",
                                                          "Contents: consult letter + last 6 weeks of labs.\n").encode("utf-8"))]
    fname = ctx.t("référence_%s.zip" % p.surname.lower() if ctx.chance(0.4) else "reference_evaluation.zip",
                  "referral_%s.zip" % p.surname.lower() if ctx.chance(0.4) else "referral_package.zip")
    m.atts.append(Att(fname, "application/zip", zip_bytes(members)))
    m.subject = ctx.t("Nouvelle référence - évaluation %s" % orgname, "New referral - %s assessment" % orgname)
    m.blocks = [ctx.t("Bonjour, dossier de référence reçu de la région; je vous le transmets en archive.",
                      "Hello, referral package received from the region; forwarding as an archive."), sig_block(ctx, coord)]
    return m


# ------------------------------------------------------------------ P20 vCard of a patient
def p_vcard(ctx):
    fr = ctx.lang == "fr"
    coord = ctx.staff(role="coord")
    p = patient(ctx, 0.3)
    org, ind, orgname = organ_pick(ctx)
    m = ctx.msg("contact_card", True, ctx.t("coordonnées d'un patient inscrit sur la liste, en carte vCard",
                                            "listed patient's contact details as a vCard"),
                sender=coord, to=[shared("garde.coordination")])
    m.add("patient_contact", "diagnosis")
    addr, parts = address_of(m, p, ctx)
    m.must.remove(addr)
    m.must.append(parts[0])
    home = phone_of(m, ctx)
    cell = phone_of(m, ctx) if ctx.chance(0.6) else None
    name_of(m, p, "full", ctx.lang)
    note = ctx.t("Inscrit(e) liste %s (%s). Groupe %s. Joignable 24/7 pour offre." % (orgname, ind, ctx.c(BLOOD)),
                 "Listed for %s (%s). ABO %s. Reachable 24/7 for offers." % (orgname, ind, ctx.c(BLOOD)))
    m.atts.append(Att("%s_%s.vcf" % (p.given, p.surname), "text/vcard",
                      vcf_bytes(p.given, p.surname, tel_home=home, tel_cell=cell, adr=parts, note=note),
                      cte=ctx.c(["base64", "quoted-printable"])))
    m.subject = ctx.t("Coordonnées à jour - liste %s" % orgname, "Updated contact - %s list" % orgname)
    m.blocks = [ctx.t("Pour la garde : nouvelles coordonnées (a déménagé). Ancien numéro inactif.",
                      "For on-call: new contact details (moved). Old number no longer in service."), sig_block(ctx, coord)]
    return m


# ------------------------------------------------------------------ P21 attached message (rfc822)
def p_attached_eml(ctx):
    fr = ctx.lang == "fr"
    coord = ctx.staff(role="coord")
    nurse = ctx.staff(role="dialysis")
    p = patient(ctx, 0.5)
    m = ctx.msg("forward_attached", True, ctx.t("message de l'unité de dialyse joint en pièce jointe",
                                                "dialysis unit message forwarded as attachment"),
                sender=coord, to=[ctx.staff(role="neph")])
    m.add("lab_result", "diagnosis", "social_information")
    inner = Msg("inner", ctx.lang, True, "")
    inner.sender = (staff_name(nurse, ctx.lang, False), staff_email(nurse))
    inner.to = [("", "coordination.greffe@rsbl.example")]
    unit = ctx.c(DIALYSIS_UNITS)
    lines = id_lines(inner, ctx, p, mrn=ctx.chance(0.6))
    k = round(ctx.rng.uniform(6.1, 7.2), 1)
    inner.blocks = [ctx.t("Bonjour,", "Hello,"), ("pre", "\n".join(lines)),
                    ctx.t("Ce patient inscrit sur la liste a manqué 3 séances ce mois-ci (K %s à son retour mardi). Il dit ne plus avoir de transport "
                          "depuis que son fils a perdu son emploi et qu'ils ont déménagé en chambre." % str(k).replace(".", ","),
                          "This listed patient missed 3 sessions this month (K %s on return Tuesday). Says he has no transport since his son lost "
                          "his job and they moved into a rooming house." % k),
                    ctx.t("Est-ce que ça change son statut sur la liste? Travailleur social avisé.", "Does this affect listing status? SW notified."),
                    ("sig", [staff_name(nurse, ctx.lang, False), unit])]
    inner.subject = ctx.t("Absences dialyse - patient sur la liste", "Missed dialysis - listed patient")
    inner.prefs = {"structure": ctx.c(["plain", "alt"]), "charset": ctx.c(["utf-8", "iso-8859-1"]),
                   "cte": ctx.c(["quoted-printable", "base64"])}
    m.inner = (inner, ctx.t("Absences dialyse.eml", "Missed dialysis.eml"), ctx.rng.randrange(3, 48))
    m.types |= inner.types
    m.ids += inner.ids
    m.nams += inner.nams
    m.must += inner.must
    m.persons += inner.persons
    m.subject = ctx.t("TR: Absences dialyse", "FW: Missed dialysis")
    m.blocks = [ctx.t("Voir message joint. À discuter à la réunion de liste.", "See attached message. For the listing meeting."),
                ("sig", [coord[0]])]
    return m


# ------------------------------------------------------------------ P22 registry / agency form
def p_registry(ctx):
    fr = ctx.lang == "fr"
    coord = ctx.staff(role="coord")
    ontario = ctx.chance(0.25)
    m = ctx.msg("registry_form", True, ctx.t("formulaire d'inscription d'un receveur auprès de l'organisme de don",
                                             "recipient registration form to the donation agency"),
                sender=coord, to=[("", "inscriptions@%s" % AGENCY[1])])
    m.add("diagnosis", "lab_result")
    org, ind, orgname = organ_pick(ctx)
    if ontario:
        p = ctx.reg.person(origin="on", lang="en", ref=ctx.when)
        fields = [("Name" if not fr else "Nom", name_of(m, p, "sur_first", ctx.lang)),
                  (ctx.t("Date de naissance", "Date of birth"), dob_of(m, p, ctx, "iso")),
                  (ctx.t("No carte santé Ontario", "Ontario health number"), ohn_of(m, ctx)),
                  (ctx.t("Résidence", "Residence"), "Ontario (%s)" % ctx.t("entente interprovinciale", "interprovincial agreement"))]
    else:
        p = patient(ctx, 0.8)
        fields = [tuple(x.split(" : ", 1)) if " : " in x else tuple(x.split(": ", 1)) if ": " in x else (x, "") for x in id_lines(m, ctx, p, mrn=True)]
    fields += [(ctx.t("Organe", "Organ"), orgname), (ctx.t("Diagnostic", "Diagnosis"), ind),
               ("ABO", ctx.c(BLOOD)), ("HLA", "A1 A3 B7 B57 DR7 DR15 DQ6 DQ9"), ("cPRA", "%d %%" % ctx.rng.randrange(0, 99)),
               (ctx.t("Date d'inscription", "Listing date"), ctx.date(ctx.when, "iso")),
               (ctx.t("Priorité", "Urgency"), ctx.c(["1", "2", "3", "4"]))]
    rows = [[k, v] for k, v in fields]
    if ctx.chance(0.5):
        m.atts.append(Att(ctx.t("inscription_receveur.xlsx", "recipient_registration.xlsx"),
                          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          xlsx_bytes([("Form", [[ctx.t("Champ", "Field"), ctx.t("Valeur", "Value")]] + rows)])))
        m.blocks = [ctx.t("Bonjour, inscription ci-jointe.", "Hello, registration attached."), sig_block(ctx, coord)]
    else:
        m.blocks = [ctx.t("Bonjour, voici l'inscription :", "Hello, registration below:"),
                    ("table", [ctx.t("Champ", "Field"), ctx.t("Valeur", "Value")], rows), sig_block(ctx, coord)]
        m.prefs["structure"] = ctx.c(["html", "alt"])
    m.subject = ctx.t("Inscription - %s" % orgname, "Listing - %s" % orgname)
    return m


# ------------------------------------------------------------------ P23 terse quick note
def p_quick_note(ctx):
    fr = ctx.lang == "fr"
    a = ctx.staff(role="clinical")
    b = ctx.staff(exclude=(a[1],), role="clinical")
    p = ctx.reg.person(lang=ctx.lang, ref=ctx.when)
    m = ctx.msg("quick_note", True, ctx.t("note rapide entre collègues", "quick note between colleagues"), sender=a, to=[b])
    ns = ctx.c(["lower_title", "lower", "title_sur", "initial"])
    nm = name_of(m, p, ns, ctx.lang)
    kind = ctx.c(["level", "hyperk", "missed", "glucose"])
    if kind == "level":
        m.add("lab_result", "medication")
        txt = ctx.t("tacro %s pour %s ce matin (advagraf 3). je l'appelle pour monter a 4" % (("%.1f" % ctx.rng.uniform(2.5, 4.4)).replace(".", ","), nm),
                    "tacro %.1f for %s this am (advagraf 3). will call to go up to 4" % (ctx.rng.uniform(2.5, 4.4), nm))
    elif kind == "hyperk":
        m.add("lab_result", "medication")
        txt = ctx.t("%s : K 6,1 au labo de ville. prend du bactrim + ramipril. je lui dis de venir à l'urgence?" % nm,
                    "%s: K 6.1 at the community lab. on septra + ramipril. should I send to ED?" % nm)
    elif kind == "missed":
        m.add("medication", "social_information")
        txt = ctx.t("%s n'a pas pris son cellcept depuis 4 jours, plus d'argent pour la franchise. je vois avec le TS" % nm,
                    "%s hasn't taken cellcept for 4 days, can't afford the deductible. checking with SW" % nm)
    else:
        m.add("lab_result", "diagnosis")
        txt = ctx.t("glycémies à 18-22 chez %s depuis la pulse de cortico, diabète post-greffe probable. endocrino?" % nm,
                    "sugars 18-22 for %s since the steroid pulse, likely PTDM. endo consult?" % nm)
    m.subject = ctx.c(["", ".", "vite", "?"]) if fr else ctx.c(["", "quick q", "fyi", "?"])
    if not m.subject:
        m.subject = ctx.t("(sans objet)", "(no subject)")
    m.blocks = [txt]
    if ctx.chance(0.5):
        m.blocks.append(ctx.t("Envoyé de mon iPhone", "Sent from my iPhone"))
    return m


# ------------------------------------------------------------------ P24 income support letter
def p_income_support(ctx):
    fr = ctx.lang == "fr"
    sw = ctx.staff(role="sw")
    p = patient(ctx, 0.6)
    org, ind, orgname = organ_pick(ctx)
    m = ctx.msg("agency_letter", True, ctx.t("lettre d'appui à une demande d'aide financière pour un patient greffé",
                                             "support letter for a transplant patient's income support application"),
                sender=sw, to=[("Centre local d'emploi" if fr else "Income support office", "agent.dossiers@emploi-solidarite.example")])
    m.add("social_information", "diagnosis")
    lines = id_lines(m, ctx, p, mrn=False)
    if ctx.chance(0.6):
        lines.append(ctx.t("NAS : %s", "SIN: %s") % sin_of(m, ctx))
    addr, _ = address_of(m, p, ctx)
    lines.append(ctx.t("Adresse : %s" % addr, "Address: %s" % addr))
    letter = lines + ["", ctx.t("Madame, Monsieur,", "To whom it may concern,"),
                      ctx.t("La personne mentionnée ci-dessus est suivie par notre programme pour %s (%s). Elle présente des contraintes "
                            "sévères à l'emploi et doit se présenter à l'hôpital jusqu'à trois fois par semaine. Nous appuyons sa demande "
                            "de prestations du Programme de solidarité sociale et le remboursement de ses frais de transport."
                            % (orgname, ind),
                            "The above person is followed by our program for %s (%s). They have severe employment limitations and must attend "
                            "hospital up to three times a week. We support the application for social solidarity benefits and reimbursement "
                            "of travel costs." % (orgname, ind)),
                      ctx.t("Elle vit actuellement seule avec deux enfants et son loyer dépasse 60 % de son revenu.",
                            "They currently live alone with two children and rent exceeds 60% of income.")]
    if ctx.chance(0.5):
        m.atts.append(Att(ctx.t("lettre_appui.pdf", "support_letter.pdf"), "application/pdf",
                          pdf_bytes(ctx.t("Lettre d'appui", "Letter of support"), letter + ["", staff_name(sw, ctx.lang, False)])))
        m.blocks = [ctx.t("Bonjour, lettre d'appui ci-jointe pour le dossier de votre prestataire.",
                          "Hello, support letter attached for your client's file."), sig_block(ctx, sw)]
    else:
        m.blocks = [("pre", "\n".join(lines))] + letter[len(lines) + 1:] + [sig_block(ctx, sw)]
    m.subject = ctx.t("Lettre d'appui - demande de prestations", "Support letter - benefits application")
    return m


TEMPLATES = [p_signout, p_reply, p_forward_external, p_living_donor, p_subject_only, p_filename_only, p_zip_bundle,
             p_vcard, p_attached_eml, p_registry, p_quick_note, p_income_support]
