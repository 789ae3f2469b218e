"""Positive scenarios, part A: referrals, booking, pharmacy, dose changes, symptom line,
tumour boards, radiation oncology."""
import gen_attach as A
import gen_data as D
import gen_ids as I
import gen_mime as M
from gen_ctx import (cap, dx_for, contact, diag, greet, ident, ident_cells, labs, marker, name_of, reg_drugs,
                     reg_name, regimen_for, sig, supportive, thanks)

WORKUP = {
    "sein": ("mammographie et échographie", "mammogram and ultrasound", "masse de 2,4 cm au QSE, biopsie faite",
             "2.4 cm mass in the upper outer quadrant, biopsied"),
    "digestif": ("coloscopie et TDM TAP", "colonoscopy and CT chest/abdo/pelvis", "lésion circonférentielle, pas de méta à distance",
                 "circumferential lesion, no distant mets"),
    "poumon": ("TDM thorax et TEP", "CT chest and PET", "masse de 3,8 cm avec adénopathies médiastinales hypermétaboliques",
               "3.8 cm mass with FDG-avid mediastinal nodes"),
    "hémato": ("biopsie ganglionnaire cervicale", "cervical node biopsy", "adénopathies multiples sus et sous-diaphragmatiques",
               "multiple nodes above and below the diaphragm"),
    "ORL": ("nasofibroscopie et biopsie", "scope and biopsy", "lésion de l'amygdale G, adénopathie cervicale 2,5 cm",
            "left tonsil lesion, 2.5 cm neck node"),
    "uro": ("biopsies et IRM", "biopsies and MRI", "atteinte bilatérale, pas d'atteinte osseuse à la scintigraphie",
            "bilateral disease, bone scan negative"),
    "gynéco": ("échographie pelvienne et TDM", "pelvic ultrasound and CT", "masse annexielle avec ascite et carcinose",
               "adnexal mass with ascites and peritoneal disease"),
    "peau": ("TEP-TDM", "PET-CT", "lésions hépatiques et pulmonaires multiples", "multiple liver and lung lesions"),
    "SNC": ("IRM cérébrale", "brain MRI", "lésion rehaussante de 4 cm, exérèse subtotale", "4 cm enhancing lesion, subtotal resection"),
}

COMORB = [("HTA sous amlodipine", "HTN on amlodipine"), ("DB2 sous metformine", "T2DM on metformin"),
          ("FA sous apixaban", "AF on apixaban"), ("hypothyroïdie sous lévothyroxine", "hypothyroid on levothyroxine"),
          ("MPOC, utilise Symbicort", "COPD on Symbicort"), ("dyslipidémie sous rosuvastatine", "dyslipidemia on rosuvastatin")]


def rt_keys(p):
    bad = {"F": ("prostate",), "M": ("breast_her2neg", "breast_her2pos")}[p.sex]
    return [k for k in D.RT_PLANS if k not in bad]


def p_referral(ctx, lang):
    fr = lang == "fr"
    gp = ctx.st(ctx.choice(["gp", "surgeon"]))
    onc = ctx.st("hemonc")
    p = ctx.patient(lang)
    dx = dx_for(ctx, p)
    m = ctx.mail(lang, "referral", gp, [onc], cc=[ctx.st("ipo")] if ctx.chance(0.4) else [])
    name, idtxt = ident(ctx, m, p, lang)
    exam = WORKUP[dx[3]]
    com = ctx.choice(COMORB)
    d_exam = I.fmt_date(ctx.past(5, 30), "long", lang)
    urgent = ctx.chance(0.4)
    if fr:
        m.subject = ctx.choice(["Demande de consultation en hémato-oncologie", "Référence %s- %s" % ("URGENTE " if urgent else "", dx[3]),
                                "Consultation oncologie - %s" % p.name("upper_comma", lang)])
        if "Consultation oncologie -" in m.subject:
            m.types.add("patient_name")
        m.add(greet(ctx, lang, onc.doc_short(lang) if ctx.chance(0.5) else None),
              "Je vous réfère %s pour prise en charge d'un %s." % (idtxt, diag(dx, lang)),
              "%s le %s : %s. Pathologie confirmée." % (exam[0].capitalize(), d_exam, exam[2]),
              "ATCD : %s. %s" % (com[0], ctx.choice(["Ancienne fumeuse.", "Vit avec son conjoint.", "Autonome, travaille encore à temps partiel.", ""])),
              "%s Rapport de pathologie ci-joint." % ("Merci de %s voir rapidement, %s est très %s." % (
                  "la" if p.sex == "F" else "le", p.pron(lang), p.agree("inquiet", "inquiète")) if urgent else "Merci de votre évaluation."))
    else:
        m.subject = ctx.choice(["Referral - medical oncology", "%sreferral: %s" % ("URGENT " if urgent else "", dx[3]),
                                "New referral %s" % p.name("initial_sur", lang)])
        if "New referral" in m.subject:
            m.types.add("patient_name")
        m.add(greet(ctx, lang, onc.doc_short(lang) if ctx.chance(0.5) else None),
              "I am referring %s for management of %s." % (idtxt, diag(dx, lang)),
              "%s on %s: %s. Pathology confirmed." % (exam[1].capitalize(), d_exam, exam[3]),
              "PMH: %s. %s" % (com[1], ctx.choice(["Ex-smoker.", "Lives with spouse.", "Independent, still works part time.", ""])),
              "%s Path report attached." % ("Would appreciate an early visit, %s is very anxious." % p.pron(lang) if urgent
                                           else "Thank you for seeing %s." % p.obj(lang)))
    m.add(thanks(ctx, lang), sig(ctx, gp, lang))
    m.types |= {"diagnosis", "medication"}
    if ctx.chance(0.55):
        blocks = [("h", "Rapport de pathologie" if fr else "Pathology report"),
                  ("Patient : " if fr else "Patient: ") + p.name("upper_comma", lang),
                  ("No dossier : " if fr else "MRN: ") + p.mrn,
                  ("Diagnostic : " if fr else "Diagnosis: ") + diag(dx, lang),
                  ("Marges : non évaluables (biopsie). Ki-67 : %d %%." if fr else "Margins: n/a (biopsy). Ki-67: %d%%.") % ctx.rng.randrange(10, 80)]
        m.types.add("mrn")
        m.ids.append(("mrn", p.mrn))
        fn = ("Patho_%s_%s.pdf" % (p.surname.upper().replace(" ", ""), p.given[0])) if ctx.chance(0.6) else "rapport_pathologie.pdf"
        m.atts.append(M.Att(A.pdf("Laboratoire régional de pathologie" if fr else "Regional Pathology Laboratory", blocks), "application/pdf", fn))
    m.note = "GP or surgeon referral to medical oncology"
    return m


def p_chemo_booking(ctx, lang):
    fr = lang == "fr"
    clerk = ctx.st("clerk")
    pharm = ctx.st("pharm")
    m = ctx.mail(lang, "chemo_booking", clerk, [pharm, ("Pharmacie oncologie" if fr else "Oncology pharmacy", "pharmacie.onco@" + D.DOMAIN)],
                 cc=[ctx.st("nurse")] if ctx.chance(0.5) else [])
    day = ctx.future(1, 4)
    rows = [["Heure" if fr else "Time", "Fauteuil" if fr else "Chair", "Patient", "Dossier" if fr else "MRN", "Protocole" if fr else "Regimen", "Cycle"]]
    n = ctx.rng.randrange(2, 5)
    for _ in range(n):
        p = ctx.patient(lang, "inv")
        dx = dx_for(ctx, p)
        key, reg = regimen_for(ctx, dx)
        rows.append([ctx.hhmm(lang, 8, 14), str(ctx.rng.randrange(1, 18)), p.name(ctx.choice(["upper_comma", "sur_comma", "upper_first"]), lang),
                     I.fmt_mrn(p.mrn, ctx.choice(["plain", "h", "hyph"])), reg_name(reg, lang).split(" (")[0],
                     "C%dJ1" % ctx.rng.randrange(1, 9) if fr else "C%dD1" % ctx.rng.randrange(1, 9)])
        m.ids.append(("mrn", p.mrn))
    m.types |= {"patient_name", "mrn", "medication"}
    if fr:
        m.subject = ctx.choice(["Ajouts chimio %s" % I.short_day(day, lang), "RDV chimio ajoutés - %s" % I.fmt_date(day, "dmy", lang),
                                "Modif. horaire fauteuils %s" % I.day_name(day, lang)])
        m.add(greet(ctx, lang, pharm.given), "Voici les ajouts pour %s. Les ordonnances sont signées dans le dossier sauf la dernière (en attente du Dr)." % I.short_day(day, lang),
              M.Table(rows), ctx.choice(["Pouvez-vous confirmer la préparation pour 8h?", "Merci de me confirmer si ça passe avec la charge de la hotte.", "Dites-moi si un problème."]))
    else:
        m.subject = ctx.choice(["Chemo add-ons %s" % I.short_day(day, lang), "Chair changes for %s" % I.day_name(day, lang),
                                "Added chemo bookings %s" % I.fmt_date(day, "iso", lang)])
        m.add(greet(ctx, lang, pharm.given), "Here are the add-ons for %s. Orders are signed in the chart except the last one (waiting on the MD)." % I.short_day(day, lang),
              M.Table(rows), ctx.choice(["Can you confirm prep for 8 am?", "Let me know if the hood schedule can absorb these.", "Shout if there is a problem."]))
    m.add(sig(ctx, clerk, lang))
    m.hints["body"] = ctx.choice(["html", "alt", "plain"])
    m.note = "chemotherapy chair bookings sent to pharmacy"
    return m


def p_rx_pharmacy(ctx, lang):
    fr = lang == "fr"
    onc = ctx.st("hemonc")
    ph = D.PARTNERS[ctx.choice(["pharm1", "pharm2"])]
    p = ctx.patient(lang, "nam")
    dx = dx_for(ctx, p)
    m = ctx.mail(lang, "prescription", ctx.st(ctx.choice(["pharm", "nurse"])), [(ph[0] if fr else ph[1], "rx@" + ph[2])])
    name, idtxt = ident(ctx, m, p, lang, layout="fields", mrn=False)
    meds = supportive(ctx, lang, ctx.rng.randrange(2, 4))
    addr = contact(ctx, m, p, lang, "address") if ctx.chance(0.5) else None
    key, reg = regimen_for(ctx, dx)
    m.types |= {"medication"}
    lines = ["%s : %s" % (n, s) if fr else "%s: %s" % (n, s) for n, s in meds]
    if fr:
        m.subject = ctx.choice(["Ordonnance - antiémétiques", "Prescription pour votre patient(e)", "Rx à préparer svp - " + p.name("title_sur", lang)])
        m.add(greet(ctx, lang), "Voici l'ordonnance du %s pour %s, qui débute %s le %s." % (onc.doc(lang), p.name("title_sur", lang), reg_name(reg, lang), I.fmt_date(ctx.future(2, 8), "long", lang)),
              idtxt + ("\nAdresse : " + addr if addr else ""), M.Bullets(lines),
              ctx.choice(["Renouvellements : 2. Merci de livrer à domicile si possible.", "Pas de substitution pour le Zofran svp (intolérance au générique selon la patiente).",
                          "Le patient passera ce soir après 17h."]))
    else:
        m.subject = ctx.choice(["Prescription - antiemetics", "Rx for your patient", "Please fill - " + p.name("title_sur", lang)])
        m.add(greet(ctx, lang), "Please find below %s's prescription for %s, who starts %s on %s." % (onc.doc(lang), p.name("title_sur", lang), reg_name(reg, lang), I.fmt_date(ctx.future(2, 8), "long", lang)),
              idtxt + ("\nAddress: " + addr if addr else ""), M.Bullets(lines),
              ctx.choice(["Refills: 2. Home delivery if possible.", "Please do not substitute the ondansetron.", "Patient will pick up after 5 pm."]))
    m.add(sig(ctx, onc if ctx.chance(0.3) else ctx.st("pharm"), lang))
    if ctx.chance(0.4):
        blocks = ["Prescripteur : %s (permis %d)" % (onc.doc(lang), ctx.rng.randrange(10000, 99999)) if fr else
                  "Prescriber: %s (licence %d)" % (onc.doc(lang), ctx.rng.randrange(10000, 99999)),
                  ("Patient : %s   DDN : %s   Sexe : %s   NAM : %s" if fr else "Patient: %s   DOB: %s   Sex: %s   RAMQ: %s")
                  % (p.name("upper_comma", lang), p.dob.isoformat(), p.sex, I.fmt_nam(p.nam, "spaced"))] + lines
        m.atts.append(M.Att(A.pdf("Ordonnance" if fr else "Prescription", blocks), "application/pdf",
                            "ordonnance_%s.pdf" % p.surname.lower() if ctx.chance(0.5) else "Rx_%s.pdf" % ctx.now.strftime("%Y%m%d")))
        m.types.add("date_of_birth")
    m.note = "supportive-care prescription sent to a community pharmacy"
    return m


def p_dose_adjust(ctx, lang):
    fr = lang == "fr"
    pharm = ctx.st("pharm")
    onc = ctx.st("hemonc")
    p = ctx.patient(lang)
    dx = dx_for(ctx, p)
    key, reg = regimen_for(ctx, dx)
    drug = ctx.choice(reg_drugs(reg, lang))
    cbc, anc, plt = labs(ctx, lang, "cbc", low=ctx.chance(0.5))
    ren, cr, gfr = labs(ctx, lang, "renal")
    m = ctx.mail(lang, "dose_adjustment", pharm, [onc])
    name, idtxt = ident(ctx, m, p, lang, layout=ctx.choice(["inline", "paren"]))
    m.types |= {"lab_result", "medication"}
    pct = ctx.choice([75, 80, 85])
    if fr:
        m.subject = ctx.choice(["Validation ordonnance - %s" % p.name("upper_first", lang), "Ajustement de dose %s demain" % drug, "Q pour C%d %s" % (ctx.rng.randrange(2, 7), reg_name(reg, lang).split(" ")[0])])
        if "Validation" in m.subject:
            pass
        m.add(greet(ctx, lang, onc.doc_short(lang)),
              "Pour %s, %s demain pour %s :" % (idtxt, p.agree("prévu", "prévue"), reg_name(reg, lang)),
              "Labo ce matin : %s ; %s." % (cbc, ren),
              ("Avec des neutros à %s, je suggère de reporter d'une semaine et de refaire la FSC lundi. " % str(anc).replace(".", ",") if anc < 1.0 else "") +
              "Vu la fonction rénale, je propose %s à %d %% de la dose. Est-ce que ça vous convient?" % (drug, pct),
              "Je mets l'ordonnance en attente d'ici votre réponse.")
    else:
        m.subject = ctx.choice(["Order verification - %s" % p.name("upper_first", lang), "Dose adjustment %s tomorrow" % drug, "Q re C%d %s" % (ctx.rng.randrange(2, 7), reg_name(reg, lang).split(" ")[0])])
        m.add(greet(ctx, lang, onc.doc_short(lang)),
              "Re %s, booked tomorrow for %s:" % (idtxt, reg_name(reg, lang)),
              "Labs this am: %s; %s." % (cbc, ren),
              ("With ANC %.1f I would suggest holding one week and repeating CBC Monday. " % anc if anc < 1.0 else "") +
              "Given renal function I propose %s at %d%% dose. OK with you?" % (drug, pct),
              "I'll keep the order on hold until I hear back.")
    if "Validation" in m.subject or "verification" in m.subject:
        m.types.add("patient_name")
    m.add(sig(ctx, pharm, lang))
    if ctx.chance(0.35):
        m.add(M.Quote(("Le %s, %s a écrit :" if fr else "On %s, %s wrote:") % (ctx.earlier(30, 300).strftime("%Y-%m-%d %H:%M"), onc.full),
                      [("OK pour %d %%, on garde le reste. Je " + p.agree("le", "la") + " vois en clinique jeudi." if fr else "OK for %d%%, keep the rest. Seeing " + p.obj(lang) + " in clinic Thursday.") % pct]))
        m.subject = ("RE: " if fr and ctx.chance(0.5) else "Re: ") + m.subject
    m.note = "pharmacist query on dose reduction with lab values"
    return m


def p_symptom_call(ctx, lang):
    fr = lang == "fr"
    nurse = ctx.st("nurse")
    onc = ctx.st("hemonc")
    ipo = ctx.st("ipo")
    p = ctx.patient(lang)
    dx = dx_for(ctx, p)
    key, reg = regimen_for(ctx, dx)
    sym = ctx.choice(D.SYMPTOMS)
    m = ctx.mail(lang, "symptom_call", nurse, [ipo], cc=[onc] if ctx.chance(0.6) else [])
    name, idtxt = ident(ctx, m, p, lang, layout=ctx.choice(["inline", "pipe", "fields"]))
    phone = contact(ctx, m, p, lang, "phone")
    cyc, dday = ctx.rng.randrange(1, 7), ctx.rng.randrange(3, 14)
    m.types |= {"diagnosis", "medication"}
    act = ctx.rng.randrange(3)
    meds = supportive(ctx, lang, 1)[0]
    if fr:
        m.subject = ctx.choice(["Appel ligne symptômes", "Ligne Info-Onco - suivi demandé", "Appel %s" % ctx.hhmm(lang, 15, 19),
                                "Ligne symptômes - %s" % p.name("initial_sur", lang)])
        actions = ["Dirigé%s à l'urgence de l'HRVB, urgence avisée, protocole NF fébrile." % p.agree("", "e"),
                   "Conseils donnés, %s au besoin. Je rappelle demain matin." % meds[0],
                   "RDV ajouté demain 8h au centre de jour pour évaluation + FSC."]
        m.add(greet(ctx, lang, ipo.given), "Appel reçu %s à %s :" % ("hier soir" if ctx.chance(0.3) else "cet après-midi", ctx.hhmm(lang, 14, 20)),
              idtxt, "Tél. : %s" % phone,
              "%s sous %s, C%dJ%d. Rapporte : %s." % (cap(diag(dx, lang)), reg_name(reg, lang), cyc, dday, sym[0]),
              actions[act], "Peux-tu faire le suivi? " + thanks(ctx, lang))
    else:
        m.subject = ctx.choice(["Symptom line call", "Symptom line - follow-up needed", "Call at %s" % ctx.hhmm(lang, 15, 19),
                                "Symptom call - %s" % p.name("initial_sur", lang)])
        actions = ["Sent to HRVB ER, ER notified, febrile neutropenia pathway.", "Advice given, %s PRN. I'll call back tomorrow am." % meds[0],
                   "Added a day-centre slot tomorrow 8 am for assessment + CBC."]
        m.add(greet(ctx, lang, ipo.given), "Call received %s at %s:" % ("last night" if ctx.chance(0.3) else "this afternoon", ctx.hhmm(lang, 14, 20)),
              idtxt, "Phone: %s" % phone,
              "%s on %s, C%dD%d. Reports %s." % (diag(dx, lang)[0].upper() + diag(dx, lang)[1:], reg_name(reg, lang), cyc, dday, sym[1]),
              actions[act], "Can you follow up? " + thanks(ctx, lang))
    m.add(sig(ctx, nurse, lang))
    m.note = "symptom line call summary"
    return m


def p_tumour_board(ctx, lang):
    fr = lang == "fr"
    co = ctx.st("tbcoord")
    docs = ctx.rng.sample(ctx.staff["hemonc"], 3) + ctx.staff["radonc"][:1] + ctx.staff["surgeon"][:1]
    m = ctx.mail(lang, "tumour_board", co, docs)
    site = ctx.choice(["digestif", "sein", "poumon", "hémato"])
    pool = [d for d in D.DIAGNOSES if d[3] == site] or D.DIAGNOSES
    day = ctx.future(2, 8)
    rows = [["#", "Patient", "DDN" if fr else "DOB", "Dossier" if fr else "MRN", "Diagnostic" if fr else "Diagnosis", "Présenté par" if fr else "Presenter", "Question"]]
    qs_fr = ["chirurgie vs néoadjuvant?", "RT palliative?", "2e ligne?", "révision patho", "essai clinique?"]
    qs_en = ["surgery vs neoadjuvant?", "palliative RT?", "second line?", "path review", "clinical trial?"]
    for i in range(ctx.rng.randrange(3, 6)):
        p = ctx.patient(lang, "inv")
        dx = ctx.choice(pool)
        rows.append([str(i + 1), p.name(ctx.choice(["upper_comma", "sur_comma"]), lang), p.dob.isoformat(), I.fmt_mrn(p.mrn, "plain"),
                     diag(dx, lang), ctx.choice(docs).doc_short(lang), ctx.choice(qs_fr if fr else qs_en)])
        m.ids.append(("mrn", p.mrn))
    m.types |= {"patient_name", "date_of_birth", "mrn", "diagnosis"}
    sname = {"digestif": ("digestif", "GI"), "sein": ("sein", "breast"), "poumon": ("thoracique", "thoracic"), "hémato": ("hémato", "heme")}[site]
    when = I.short_day(day, lang)
    mode = ctx.rng.randrange(3)
    if fr:
        m.subject = "Comité des tumeurs %s - %s - liste des cas" % (sname[0], when)
        m.add(greet(ctx, lang), "Voici la liste des cas pour le CDT %s de %s, 7h30, salle 2B et Teams." % (sname[0], when))
    else:
        m.subject = "%s tumour board - %s - case list" % (sname[1], when)
        m.add(greet(ctx, lang), "Here is the case list for the %s tumour board on %s, 7:30, room 2B and Teams." % (sname[1], when))
    if mode == 0:
        m.add(M.Table(rows))
        m.hints["body"] = ctx.choice(["html", "alt"])
    elif mode == 1:
        m.add("Liste en pièce jointe (Word)." if fr else "List attached (Word).")
        m.atts.append(M.Att(A.docx(("CDT %s - %s" if fr else "%s tumour board - %s") % (sname[0] if fr else sname[1], when), [("table", rows)], author=co.full, when=ctx.now),
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            ("CDT_%s_%s.docx" if fr else "TB_%s_%s.docx") % (sname[0] if fr else sname[1], day.isoformat())))
    else:
        m.add("Liste en pièce jointe." if fr else "List attached.")
        m.atts.append(M.Att(A.xlsx([("CDT", rows)], author=co.full, when=ctx.now),
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "liste_CDT_%s.xlsx" % day.strftime("%Y%m%d")))
    m.add("Les images doivent être poussées au PACS de la salle avant lundi midi." if fr else "Imaging must be pushed to the room PACS by Monday noon.",
          sig(ctx, co, lang))
    m.note = "tumour board case list"
    return m


def p_radonc_plan(ctx, lang):
    fr = lang == "fr"
    ro = ctx.st("radonc")
    dosi = ctx.st("dosi")
    p = ctx.patient(lang)
    dk = ctx.choice(rt_keys(p))
    dx = [d for d in D.DIAGNOSES if d[0] == dk][0]
    plan = D.RT_PLANS[dk]
    m = ctx.mail(lang, "radonc_plan", ro, [dosi, ctx.st("rtt")], cc=[ctx.st("clerk")] if ctx.chance(0.5) else [])
    name, idtxt = ident(ctx, m, p, lang, layout=ctx.choice(["inline", "fields", "paren"]), mrn=True)
    sim = ctx.future(1, 6)
    start = ctx.future(8, 16)
    conc = dk in ("hn", "rectum", "nsclc", "gbm")
    m.types.add("diagnosis")
    if conc:
        m.types.add("medication")
    drug = {"hn": ("cisplatine hebdo", "weekly cisplatin"), "rectum": ("capécitabine", "capecitabine"),
            "nsclc": ("carboplatine-paclitaxel hebdo", "weekly carboplatin-paclitaxel"), "gbm": ("témozolomide", "temozolomide")}.get(dk)
    if fr:
        m.subject = ctx.choice(["Simulation %s" % I.fmt_date(sim, "dmy", lang), "Nouveau plan RT - %s" % p.name("upper_first", lang),
                                "Planif. RT %s" % plan[2]])
        m.add(greet(ctx, lang),
              "Nouveau cas à planifier : %s." % idtxt,
              "Dx : %s. Prescription : %s, volume %s." % (diag(dx, lang), plan[0], plan[2]),
              "Simulation TDM le %s à %s%s. Début visé le %s." % (I.short_day(sim, lang), ctx.hhmm(lang, 8, 15),
                                                                  ", masque thermoplastique 5 points" if dk in ("hn", "gbm") else ", vessie pleine" if dk in ("prostate", "rectum") else "", I.short_day(start, lang)),
              ("Chimio concomitante : %s avec %s, coordonner avec le centre de jour." % (drug[0], ctx.st("hemonc").doc(lang)) if conc else
               "Pas de chimio concomitante."),
              thanks(ctx, lang))
    else:
        m.subject = ctx.choice(["CT sim %s" % I.fmt_date(sim, "iso", lang), "New RT plan - %s" % p.name("upper_first", lang),
                                "RT planning %s" % plan[2]])
        m.add(greet(ctx, lang),
              "New case to plan: %s." % idtxt,
              "Dx: %s. Rx: %s." % (diag(dx, lang), plan[1]),
              "CT simulation on %s at %s%s. Target start %s." % (I.short_day(sim, lang), ctx.hhmm(lang, 8, 15),
                                                                  ", 5-point thermoplastic mask" if dk in ("hn", "gbm") else ", full bladder" if dk in ("prostate", "rectum") else "", I.short_day(start, lang)),
              ("Concurrent %s with %s, please coordinate with the day centre." % (drug[1], ctx.st("hemonc").doc(lang)) if conc else "No concurrent chemo."),
              thanks(ctx, lang))
    if "Nouveau plan" in m.subject or "New RT plan" in m.subject:
        m.types.add("patient_name")
    m.add(sig(ctx, ro, lang))
    m.note = "radiation oncology planning request"
    return m
