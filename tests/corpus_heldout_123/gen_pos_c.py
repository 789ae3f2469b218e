"""Positive templates, part C: public-health declarations, interpreter and transport bookings,
income-support forms, incident reports, MRN-only result lists, mental-health referrals,
record-access requests, consults, bounce-back reviews and replies to parents."""
import datetime

from gen_base import (A, C, M, csv_part, docx_part, finish, headers, mixed, pdf_part, xlsx_part)
from gen_pos_a import bullet, clin, dx, labs, meds, sender_tuple, wt


def p_mado(ctx):
    r, L = ctx.rng, ctx.lang
    p = ctx.kid()
    s = ctx.staff(r.choice(["md", "rn"]))
    dis = r.choice([
        (ctx.t("coqueluche", "pertussis"), ctx.t("PCR Bordetella pertussis positive (écouvillon NP)",
                                                 "Bordetella pertussis PCR positive (NP swab)"),
         ctx.t("azithromycine 10 mg/kg DIE x 5 jours", "azithromycin 10 mg/kg daily x 5 days")),
        (ctx.t("rougeole", "measles"), ctx.t("IgM rougeole positives, PCR urine positive",
                                             "measles IgM positive, urine PCR positive"),
         ctx.t("vitamine A 200 000 UI PO x 2 doses", "vitamin A 200,000 IU PO x 2 doses")),
        (ctx.t("infection invasive à méningocoque", "invasive meningococcal disease"),
         ctx.t("hémoculture : Neisseria meningitidis sérogroupe B", "blood culture: Neisseria meningitidis group B"),
         ctx.t("ceftriaxone 100 mg/kg IV", "ceftriaxone 100 mg/kg IV")),
        (ctx.t("E. coli O157:H7 (SHU possible)", "E. coli O157:H7 (possible HUS)"),
         ctx.t("coproculture : E. coli producteur de shigatoxine; créatinine 88 µmol/L",
               "stool culture: Shiga toxin-producing E. coli; creatinine 88 umol/L"),
         ctx.t("aucun antibiotique", "no antibiotics")),
    ])
    ctx.add("diagnosis", "lab_result", "medication")
    dsp = ctx.partner_addr("dsp", r.choice(["mado", "maladies.infectieuses", "vigie"]))
    ident = ctx.ident_lines(p, ("name", "dob", "sex", "addr", "phone", "parent"), ascii_only=True)
    daycare = r.choice([ctx.t("CPE Les Petits Pas", "Les Petits Pas daycare"), ctx.t("École primaire du Ruisseau",
                                                                                      "Ruisseau Elementary"),
                        ctx.t("garderie en milieu familial", "home daycare")])
    lines = [ctx.t("Déclaration de maladie à déclaration obligatoire (MADO)", "Notifiable disease report"), ""] + \
        ident + [ctx.t("Milieu de garde / école : ", "Daycare / school: ") + daycare,
                 ctx.t("Maladie : ", "Disease: ") + dis[0], ctx.t("Labo : ", "Lab: ") + dis[1],
                 ctx.t("Traitement : ", "Treatment: ") + dis[2],
                 ctx.t("Début des symptômes : ", "Symptom onset: ") + (ctx.day - datetime.timedelta(
                     days=r.randint(2, 9))).isoformat(),
                 ctx.t("Statut vaccinal : ", "Immunisation status: ") + r.choice(
                     [ctx.t("non vacciné (refus parental)", "unvaccinated (parental refusal)"),
                      ctx.t("incomplet", "incomplete"), ctx.t("à jour selon le carnet", "up to date per booklet")])]
    if r.random() < 0.5:
        body = "\n".join([ctx.greeting(), ""] + lines + ["", C.signature(s, L, r, "ed")])
        root = M.make_body(r, body)
    else:
        body = "\n".join([ctx.greeting(), "", ctx.t("Déclaration MADO ci-jointe (formulaire AS-770).",
                                                    "Notifiable disease form attached."),
                          ctx.t("Les contacts familiaux ont été avisés.", "Household contacts were advised."), "",
                          C.signature(s, L, r, "ed")])
        root = mixed(M.make_body(r, body), pdf_part(ctx, A.make_pdf(lines[0], lines[2:], compress=r.random() < 0.5),
                                                    r.choice(["MADO.pdf", "declaration_%s.pdf" % ctx.day.isoformat()])))
    subj = r.choice([ctx.t("MADO - %s", "Notifiable disease - %s") % dis[0], "MADO", ctx.t("Déclaration urgente",
                                                                                           "Urgent report")])
    return finish(ctx, headers(ctx, sender_tuple(s, L), dsp, subj), root, "public_health",
                  ctx.t("déclaration de maladie à déclaration obligatoire", "notifiable disease report"))


def p_interpreter(ctx):
    r, L = ctx.rng, ctx.lang
    p = ctx.kid()
    c, cl = clin(ctx, p, ["asthma", "sickle", "uti", "anaphylaxis", "dka", "febrile_infant"])
    s = ctx.staff(r.choice(["clerk", "rn"]))
    lang_needed = r.choice(["arabe (levantin)", "espagnol", "dari", "tigrigna", "swahili", "mandarin"]) \
        if L == "fr" else r.choice(["Arabic (Levantine)", "Spanish", "Dari", "Tigrinya", "Swahili", "Mandarin"])
    when = ctx.day + datetime.timedelta(days=r.randint(1, 20))
    text = "\n".join([ctx.greeting(), "",
                      ctx.t("Nous avons besoin d'un interprète en %s :", "We need a %s interpreter:") % lang_needed,
                      bullet(ctx) + ctx.t("Famille : ", "Family: ") + "%s %s, %s %s" % (
                          p["parent"]["given"], p["parent"]["surname"], ctx.t("parent de", "parent of"),
                          ctx.name(p, full=True)),
                      bullet(ctx) + ctx.t("Rendez-vous : ", "Appointment: ") + "%s %s" % (
                          C.fmt_date(when, L, "long"), r.choice(["9:00", "10:30", "13:15"])),
                      bullet(ctx) + ctx.t("Objet : enseignement ", "Purpose: teaching about ") + dx(ctx, cl),
                      bullet(ctx) + ctx.t("Famille arrivée comme demandeurs d'asile en mars.",
                                          "Family arrived as asylum claimants in March."),
                      "", ctx.closing(), C.signature(s, L, r)])
    ctx.add("social_information")
    subj = ctx.t("Demande d'interprète", "Interpreter request")
    to = (ctx.t("Banque d'interprètes régionale", "Regional interpreter bank"), "reservations@interpretes-rivieres.example")
    return finish(ctx, headers(ctx, sender_tuple(s, L), to, subj), M.make_body(r, text), "interpreter",
                  ctx.t("réservation d'un interprète pour une famille", "interpreter booking for a family"))


def p_income_support(ctx):
    r, L = ctx.rng, ctx.lang
    p = C.make_kid(r, L, min_days=1000, on=ctx.day)
    c, cl = clin(ctx, p, ["dka", "sickle", "asthma", "anaphylaxis"])
    s = ctx.staff("sw")
    par_h = ctx.holder_parent() if ctx.use_holder else None
    if par_h:
        ctx.use_holder = False
        pname = "%s %s" % (par_h["given"], par_h["surname"])
        pline = [ctx.t("Parent demandeur : ", "Applicant parent: ") + pname,
                 ctx.t("Date de naissance : ", "Date of birth: ") + par_h["dob"].isoformat(),
                 ctx.t("Sexe : ", "Sex: ") + par_h["sex"], "NAM : " + ctx.nam_text(par_h, True)]
        ctx.add("date_of_birth")
    else:
        pname = "%s %s" % (p["parent"]["given"], p["parent"]["surname"])
        pline = [ctx.t("Parent demandeur : ", "Applicant parent: ") + pname]
    psex = par_h["sex"] if par_h else p["parent"]["sex"]
    psex_word = ctx.t("La mère" if psex == "F" else "Le père", "mother" if psex == "F" else "father")
    pline.append(ctx.t("NAS : ", "SIN: ") + ctx.sin(ascii_only=True))
    ctx.add("patient_name", "social_information")
    lines = pline + ["",
                     ctx.t("Enfant : ", "Child: ") + "%s %s" % (p["given"], p["surname"]),
                     ctx.t("Date de naissance de l'enfant : ", "Child's date of birth: ") + ctx.dob(p, "iso"),
                     ctx.t("Diagnostic : ", "Diagnosis: ") + dx(ctx, cl),
                     ctx.t("Traitement : ", "Treatment: ") + "; ".join(meds(ctx, cl)),
                     ctx.t("Revenu familial : prestations d'aide sociale depuis 2022",
                           "Household income: social assistance since 2022")]
    title = ctx.t("Supplément pour enfant handicapé - attestation", "Disabled child supplement - attestation")
    fmt = r.choice(["pdf", "docx"])
    fnb = r.choice(["SEH_%s" % C.ascii_fold(p["surname"]), "attestation_supplement", "formulaire_RQ"])
    att = pdf_part(ctx, A.make_pdf(title, lines, compress=True), fnb + ".pdf") if fmt == "pdf" else \
        docx_part(ctx, A.make_docx(title, lines), fnb + ".docx")
    text = "\n".join([ctx.greeting(), "", ctx.t("Voici le formulaire complété pour la demande de la famille. "
                                                "%s passera signer la section 3.",
                                                "Here is the completed form for the family's application. "
                                                "The %s will come in to sign section 3.") % psex_word,
                      "", ctx.closing(), C.signature(s, L, r)])
    to = (ctx.t("Prestations familiales", "Family benefits"), "supplement@retraite-demo.example")
    subj = ctx.t("Formulaire supplément enfant handicapé", "Disabled child supplement form")
    return finish(ctx, headers(ctx, sender_tuple(s, L), to, subj), mixed(M.make_body(r, text), att),
                  "benefits_form", ctx.t("formulaire de prestation pour enfant malade",
                                         "benefit form for a sick child"))


def p_incident(ctx):
    r, L = ctx.rng, ctx.lang
    p = ctx.kid(min_days=200)
    c, cl = clin(ctx, p, ["asthma", "sickle", "dka", "pneumonia", "febrile_seizure"])
    s = ctx.staff("rn")
    mgr = ctx.staff("mgr")
    err = r.choice([ctx.t("dose 10 fois trop élevée préparée (erreur de virgule), interceptée avant administration",
                          "10-fold dose prepared (decimal error), intercepted before administration"),
                    ctx.t("dose administrée en retard de 3 h", "dose given 3 h late"),
                    ctx.t("bracelet d'identification absent au moment de l'administration",
                          "no ID band at time of administration")])
    med = meds(ctx, cl, 1)[0]
    rows = [[ctx.t("Champ", "Field"), ctx.t("Valeur", "Value")],
            [ctx.t("Usager", "Patient"), ctx.name(p, full=True)], [ctx.t("Dossier", "MRN"), p["mrn"]],
            [ctx.t("Diagnostic", "Diagnosis"), dx(ctx, cl)], [ctx.t("Médicament", "Drug"), med],
            [ctx.t("Événement", "Event"), err], [ctx.t("Gravité", "Severity"), r.choice(["A", "B", "C", "D"])]]
    ctx.add("mrn")
    text = "\n".join([ctx.greeting(mgr["given"]), "",
                      ctx.t("Déclaration d'incident/accident (AH-223) faite ce matin, détails :",
                            "Incident report (AH-223) filed this morning, details:"), "", "[[TABLE]]", "",
                      ctx.t("La famille a été informée (divulgation faite).", "Family was informed (disclosure done)."),
                      "", s["given"]])
    return finish(ctx, headers(ctx, sender_tuple(s, L), (C.display(mgr, L), mgr["email"]),
                               ctx.t("AH-223 - erreur de médicament", "AH-223 - medication event")),
                  M.make_body(r, text, table_rows=rows, wrap=False), "incident_report",
                  ctx.t("déclaration d'incident de médicament", "medication incident report"))


def p_mrn_list(ctx):
    r, L = ctx.rng, ctx.lang
    s = ctx.staff(r.choice(["rn", "pharm"]))
    rows = [[ctx.t("Dossier", "MRN"), ctx.t("Prélèvement", "Specimen"), ctx.t("Résultat", "Result"),
             ctx.t("Antibio au congé", "D/C antibiotic"), ctx.t("Action", "Action")]]
    for _ in range(r.randint(4, 9)):
        m = C.make_mrn(r)
        org = r.choice(["E. coli", "Klebsiella pneumoniae", "S. aureus (SARM)" if L == "fr" else "MRSA",
                        "Streptococcus pyogenes", "Proteus mirabilis"])
        rows.append([r.choice([m, "H" + m, "%s-%s" % (m[:3], m[3:])]), r.choice([ctx.t("urine", "urine"),
                                                                              ctx.t("gorge", "throat"),
                                                                              ctx.t("plaie", "wound")]),
                     "%s %s" % (org, r.choice([ctx.t("R amox", "amox-R"), ctx.t("S", "S"), ctx.t("R céfalex",
                                                                                          "cephalexin-R")])),
                     r.choice(["amoxicilline" if L == "fr" else "amoxicillin", "cephalexin", "Septra",
                               "clindamycin"]),
                     r.choice([ctx.t("rappeler", "call"), ctx.t("OK", "OK"), ctx.t("changer abx", "switch abx")])])
    ctx.add("mrn", "lab_result", "medication")
    mode = r.choice(["body", "xlsx", "csv"])
    intro = ctx.t("Cultures positives des dernières 48 h à réviser :", "Positive cultures from the last 48 h to "
                                                                        "review:")
    to = [(ctx.t("Pharmacie urgence", "ED pharmacy"), ctx.org_addr("pharmacie.urgence"))]
    if mode == "body":
        root = M.make_body(r, "\n".join([intro, "", "[[TABLE]]", "", s["given"]]), table_rows=rows, wrap=False)
    elif mode == "xlsx":
        root = mixed(M.make_body(r, intro + "\n\n" + s["given"]),
                     xlsx_part(ctx, A.make_xlsx([("cultures", rows)]), "cultures_%s.xlsx" % ctx.day.strftime("%Y%m%d")))
    else:
        root = mixed(M.make_body(r, intro + "\n\n" + s["given"]),
                     csv_part(ctx, A.make_csv(rows, encoding="iso-8859-1"), "cultures.csv", charset="iso-8859-1"))
    return finish(ctx, headers(ctx, sender_tuple(s, L), to, ctx.t("Cultures +", "Positive cultures")), root,
                  "culture_list", ctx.t("liste de cultures par numéro de dossier", "culture list by chart number"))


def p_mental_health(ctx):
    r, L = ctx.rng, ctx.lang
    p = ctx.kid(min_days=12 * 365)
    age_days = (ctx.day - p["dob"]).days
    c, cl = clin(ctx, p, ["suicidal", "apap"])
    s = ctx.staff(r.choice(["md", "sw"]))
    to = r.choice([ctx.partner_addr("clsc1", "jeunesse"), ("Pédopsychiatrie HPTR" if L == "fr" else
                                                           "HPTR Child Psychiatry", ctx.org_addr("pedopsy.consult"))])
    ident = ctx.ident_lines(p, ("name", "dob", "phone"))
    social = r.choice([ctx.t("Vit en famille d'accueil depuis 2023.", "Lives in foster care since 2023."),
                       ctx.t("Parents séparés, conflit de garde important.", "Parents separated, high-conflict custody."),
                       ctx.t("Consommation de cannabis quotidienne rapportée.", "Reports daily cannabis use."),
                       ctx.t("Victime de cyberintimidation.", "Victim of cyberbullying.")])
    ctx.add("social_information")
    text = "\n".join([ctx.greeting(), "", ctx.t("Référence pour suivi rapide :", "Referral for rapid follow-up:"),
                      ""] + ident + ["", ctx.t("Motif : ", "Reason: ") + dx(ctx, cl),
                                     ctx.t("Contexte : ", "Context: ") + cl["hx"] + ". " + social,
                                     ctx.t("Médication : ", "Medication: ") + "; ".join(meds(ctx, cl)),
                                     ctx.t("Plan de sécurité remis; retrait des médicaments à la maison discuté.",
                                           "Safety plan given; removal of medications at home discussed."),
                                     "", ctx.closing(), C.signature(s, L, r)])
    subj = r.choice([ctx.t("Référence santé mentale jeunesse", "Youth mental health referral"),
                     ctx.t("Suivi rapide SVP", "Rapid follow-up please"), ctx.t("Confidentiel", "Confidential")])
    return finish(ctx, headers(ctx, sender_tuple(s, L), to, subj), M.make_body(r, text), "mental_health",
                  ctx.t("référence en santé mentale pour un adolescent", "adolescent mental-health referral"))


def p_records_request(ctx):
    r, L = ctx.rng, ctx.lang
    p = ctx.kid()
    s = ctx.staff("clerk")
    ident = ctx.ident_lines(p, ("name", "dob", "mrn"))
    reason = r.choice([ctx.t("demande du père dans le cadre d'un litige de garde (Cour supérieure)",
                             "request from the father for a custody case (Superior Court)"),
                       ctx.t("demande de l'avocate de la DPJ (dossier de protection en cours)",
                             "request from the DPJ lawyer (open protection file)"),
                       ctx.t("demande de la mère, hébergée en maison pour femmes violentées",
                             "request from the mother, staying at a women's shelter")])
    ctx.add("social_information")
    visits = ", ".join((ctx.day - datetime.timedelta(days=r.randint(10, 300))).isoformat() for _ in range(3))
    text = "\n".join([ctx.greeting(), "", ctx.t("Demande d'accès au dossier reçue : ", "Records access request "
                                                                                     "received: ") + reason + ".",
                      ""] + ident + [ctx.t("Visites visées : ", "Visits requested: ") + visits,
                                     ctx.t("Inclure les notes de la travailleuse sociale? À valider avec le "
                                           "contentieux.", "Include the social worker's notes? To be checked "
                                           "with legal."), "", ctx.closing(), C.signature(s, L, r)])
    to = (ctx.t("Archives médicales", "Health records"), ctx.org_addr("archives.acces"))
    subj = ctx.t("Accès au dossier - %s", "Records request - %s") % p["surname"].upper()
    return finish(ctx, headers(ctx, sender_tuple(s, L), to, subj), M.make_body(r, text), "records_request",
                  ctx.t("demande d'accès au dossier", "records access request"))


def p_consult(ctx):
    r, L = ctx.rng, ctx.lang
    p = ctx.kid()
    c, cl = clin(ctx, p, ["fracture", "battery", "nat", "dka", "sickle", "pneumonia"])
    md = ctx.staff("md")
    service = {"fracture": ctx.t("orthopédie", "orthopaedics"), "battery": ctx.t("chirurgie / GI", "surgery / GI"),
               "nat": ctx.t("équipe de protection de l'enfance", "child protection team"),
               "dka": ctx.t("endocrinologie", "endocrinology"), "sickle": ctx.t("hématologie", "haematology"),
               "pneumonia": ctx.t("pneumologie", "respirology")}.get(c["key"], ctx.t("pédiatrie générale",
                                                                                    "general paediatrics"))
    ident = ctx.ident_lines(p, r.choice([("name", "age", "mrn"), ("name", "dob")]))
    text = "\n".join([ctx.greeting(), "", ctx.t("Demande de consultation en %s :", "Consult request to %s:") % service,
                      ""] + ident + [ctx.t("Poids %s kg", "Weight %s kg") % wt(ctx, c),
                                     ctx.t("Histoire : ", "HPI: ") + cl["hx"],
                                     ctx.t("Impression : ", "Impression: ") + dx(ctx, cl)] +
                     [bullet(ctx) + l for l in labs(ctx, c, cl)] +
                     [ctx.t("Question : ", "Question: ") + r.choice(
                         [ctx.t("besoin d'une prise en charge ce soir?", "needs to be seen tonight?"),
                          ctx.t("suivi en externe approprié?", "ok for outpatient follow-up?")]),
                      "", C.display(md, L), ctx.t("Urgence, poste ", "ED, ext. ") + md["ext"]])
    subj = ctx.t("Consultation %s", "Consult %s") % service
    to = (service.capitalize(), ctx.org_addr("consult." + C.ascii_fold(service.split(" ")[0]).lower()))
    return finish(ctx, headers(ctx, sender_tuple(md, L), to, subj), M.make_body(r, text), "consult",
                  ctx.t("demande de consultation spécialisée", "specialty consult request"))


def p_bounceback(ctx):
    r, L = ctx.rng, ctx.lang
    s = ctx.staff("md")
    rows = [[ctx.t("Nom", "Name"), ctx.t("Dossier", "MRN"), ctx.t("1re visite", "1st visit"),
             ctx.t("Retour", "Return"), "Dx", ctx.t("Admis?", "Admitted?")]]
    for i in range(r.randint(5, 12)):
        p = ctx.kid() if i == 0 else C.make_kid(r, L, on=ctx.day)
        c, cl = clin(ctx, p)
        v1 = ctx.day - datetime.timedelta(days=r.randint(3, 25))
        rows.append(["%s %s" % (p["given"], p["surname"]) if r.random() < 0.6 else "%s, %s" % (
            p["surname"].upper(), p["given"]), p["mrn"], v1.isoformat(),
            (v1 + datetime.timedelta(days=r.randint(1, 3))).isoformat(), cl["short"], r.choice(["O", "N"]) if L == "fr"
            else r.choice(["Y", "N"])])
        if p.get("holder"):
            rows[-1][0] += " (%s, %s, %s)" % (p["dob"].isoformat(), p["sex"], ctx.nam_text(p, True))
            ctx.add("date_of_birth")
    ctx.add("patient_name", "mrn", "diagnosis")
    xl = A.make_xlsx([(ctx.t("retours 72h", "72h returns"), rows),
                      (ctx.t("notes", "notes"), [[ctx.t("Critère", "Criterion")], [ctx.t("Retour < 72 h", "Return < 72 h")]])])
    text = "\n".join([ctx.greeting(), "", ctx.t("Voici les retours < 72 h du mois pour la revue de qualité de "
                                                "jeudi. Chacun prend 2-3 dossiers.",
                                                "Here are this month's < 72 h returns for Thursday's quality "
                                                "review. Please take 2-3 charts each."),
                      "", ctx.closing(), s["given"]])
    root = mixed(M.make_body(r, text), xlsx_part(ctx, xl, ctx.t("retours72h_%s.xlsx", "returns72h_%s.xlsx")
                                                 % ctx.day.strftime("%Y-%m")))
    to = [(ctx.t("Médecins urgence", "ED physicians"), ctx.org_addr("md.urgence"))]
    return finish(ctx, headers(ctx, sender_tuple(s, L), to, ctx.t("Revue retours 72 h", "72-h return review")), root,
                  "quality_review", ctx.t("liste nominative des retours en 72 h", "named 72-h return list"))


def p_parent_reply(ctx):
    r, L = ctx.rng, ctx.lang
    p = ctx.kid(max_years=12)
    c, cl = clin(ctx, p, ["asthma", "bronchiolitis", "croup", "gastro", "fracture", "febrile_seizure", "uti"])
    s = ctx.staff("rn")
    parent = "%s %s" % (p["parent"]["given"], p["parent"]["surname"])
    fam = ctx.family_email(p)
    earlier = ctx.dt - datetime.timedelta(hours=r.randint(2, 20))
    q = "\n".join([ctx.t("Bonjour,", "Hi,"), "",
                   ctx.t("%s a été vu(e) hier pour %s. Est-ce normal que ce ne soit pas encore réglé? "
                         "On donne %s comme indiqué.", "%s was seen yesterday for %s. Is it normal that it is "
                         "not better yet? We are giving %s as prescribed.") % (
                       p["given"], cl["short"], meds(ctx, cl, 1)[0]),
                   ctx.t("Merci", "Thanks"), parent])
    ctx.add("diagnosis", "patient_name")
    a = ctx.t("Bonjour %s,\n\nOui, la guérison peut prendre quelques jours. Si %s a de la difficulté à respirer, "
              "vomit tout, boit moins de la moitié de l'habitude ou est très somnolent(e), revenez à l'urgence ou "
              "appelez Info-Santé 811.\n\n%s\nInfirmière, urgence pédiatrique",
              "Hi %s,\n\nYes, recovery can take a few days. If %s has trouble breathing, vomits everything, "
              "drinks less than half the usual amount or is very drowsy, come back to the ED or call 811.\n\n"
              "%s\nNurse, paediatric ED") % (p["parent"]["given"], p["given"], s["given"])
    text = a + "\n\n" + M.attribution(earlier, "%s <%s>" % (parent, fam), L) + "\n" + M.quote(q)
    subj = "RE: " + ctx.t("question pour %s", "question about %s") % p["given"]
    if r.random() < 0.5:
        subj = "RE: " + ctx.t("Suivi de %s %s", "Follow-up %s %s") % (p["given"], p["surname"])
    return finish(ctx, headers(ctx, sender_tuple(s, L), (parent, fam), subj, reply_to_id="<%d.%d@mail.example>"
                               % (ctx.idx, r.randint(10000, 99999))),
                  M.make_body(r, text), "family_reply", ctx.t("réponse d'infirmière à un parent",
                                                              "nurse reply to a parent"))


def p_repatriation(ctx):
    r, L = ctx.rng, ctx.lang
    kind = ["on", "be", "fr", "on"][getattr(ctx, "variant", 0) % 4]
    p = C.make_kid(r, L, min_days=200, on=ctx.day, province="ON" if kind == "on" else "QC")
    c, cl = clin(ctx, p, ["fracture", "pneumonia", "dka", "anaphylaxis", "concussion", "uti", "sickle"])
    md = ctx.staff(r.choice(["md", "clerk"]))
    nm = ctx.name(p, full=True)
    if kind == "on":
        idl = ctx.t("Carte santé de l'Ontario : ", "Ontario health card: ") + ctx.ohip()
        to = (ctx.t("Centre pédiatrique de la vallée de l'Outaouais - admissions",
                    "Ottawa Valley Children's Health Centre - admitting"), "admitting@ovchc.example")
        ask = ctx.t("Famille en visite dans la région; ils souhaitent poursuivre les soins près de chez eux. "
                    "Pouvez-vous accepter le transfert demain matin?",
                    "Family was visiting the area and wishes to continue care close to home. Can you accept "
                    "the transfer tomorrow morning?")
        subj = ctx.t("Rapatriement - patient de l'Ontario", "Repatriation - Ontario patient")
    else:
        idl = ("NISS : " + ctx.niss(p)) if kind == "be" else (ctx.t("NIR : ", "NIR: ") + ctx.nir(p))
        to = (ctx.t("AssistVoyage Monde - garanties de paiement", "AssistVoyage Monde - payment guarantees"),
              "garanties@assistvoyage.example")
        ask = ctx.t("Touristes (%s) hébergés à l'hôtel; joignables au %s. Merci d'émettre une garantie de paiement "
                    "pour le séjour à l'UCD (durée prévue 24-48 h).",
                    "Tourists (%s) staying at a hotel; reachable at %s. Please issue a payment guarantee for the "
                    "SSU stay (expected 24-48 h).") % (ctx.t("Belgique", "Belgium") if kind == "be" else "France",
                                                      p["phone"])
        ctx.add("patient_contact")
        subj = ctx.t("Garantie de paiement - dossier %s", "Payment guarantee - file %s") % p["mrn"]
        ctx.add("mrn")
    lines = [ctx.greeting(), "", ask, "",
             ctx.t("Patient : ", "Patient: ") + nm, ctx.t("Né(e) le ", "Born ") + ctx.dob(p), idl,
             ctx.t("Diagnostic : ", "Diagnosis: ") + dx(ctx, cl),
             ctx.t("Traitement : ", "Treatment: ") + "; ".join(meds(ctx, cl))]
    lines += labs(ctx, c, cl)
    lines += ["", ctx.closing(), C.signature(md, L, r, "ssu")]
    return finish(ctx, headers(ctx, sender_tuple(md, L), to, subj), M.make_body(r, "\n".join(lines)),
                  "repatriation", ctx.t("rapatriement ou garantie de paiement pour un non-résident",
                                        "repatriation or payment guarantee for a non-resident"))


TEMPLATES = {
    "public_health": p_mado, "interpreter": p_interpreter, "benefits_form": p_income_support,
    "incident_report": p_incident, "culture_list": p_mrn_list, "mental_health": p_mental_health,
    "records_request": p_records_request, "consult": p_consult, "quality_review": p_bounceback,
    "family_reply": p_parent_reply, "repatriation": p_repatriation,
}
