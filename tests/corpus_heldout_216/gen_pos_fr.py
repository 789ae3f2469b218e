"""Confidential messages written in French (pain clinic and pre-operative clinic)."""
import datetime

import gen_clinical as K
import gen_common as C
import gen_docs as D
import gen_tpl as T


def _dx(ctx, pool=K.PAIN_DX):
    ctx.add("diagnosis")
    return ctx.pick_sexed(pool)[0]


def _med(ctx, pool=K.MEDS):
    ctx.add("medication")
    return ctx.pick(pool)[0]


def _pat(ctx, use_nam):
    return ctx.nam_patient() if use_nam else ctx.patient()


def referral(ctx):
    gp = ctx.staff("gp")
    algo = ctx.staff("algo")
    use_nam = ctx.chance(0.85)
    p = _pat(ctx, use_nam)
    nm = ctx.show_name(p, T.name_style(ctx, ["title", "full", "last_first", "title"]))
    if use_nam:
        nam, dob = ctx.show_nam(p)
        ident = ctx.pick([f"(DDN {dob}, NAM {nam})", f"— NAM : {nam} — né(e) le {dob}",
                          f"\nDate de naissance : {dob}\nNAM : {nam}"])
    else:
        dob = ctx.show_dob(p)
        ident = f"(DDN : {dob}, dossier {ctx.mrn()})"
    dx = _dx(ctx)
    sym = ctx.pick(K.SYMPTOMS[:5])[0]
    m1, m2 = ctx.pick(K.MEDS)[0], ctx.pick(K.MEDS)[0]
    ctx.add("medication")
    soc = ""
    if ctx.chance(0.35):
        soc = "\nContexte : " + ctx.pick(K.SOCIAL)[0] + "."
        ctx.add("social_information")
    prio = ctx.pick(["P3 (moins de 3 mois)", "P2 — douleur incontrôlée", "P4"])
    text = (f"{T.hello(ctx, algo)}\n\nJe vous réfère {nm} {ident} pour évaluation et prise en charge d'une "
            f"{dx}.\n\nDepuis 6 mois : {sym}. Essais antérieurs : {m1} (peu d'effet), physiothérapie x 12 "
            f"séances.\nMédication actuelle : {m2}.{soc}\n\nPriorité demandée : {prio}.\n\n{T.thanks(ctx)}\n\n"
            f"Dr{'e' if gp.sex == 'F' else ''} {gp.full}\n{ctx.role_title('gp')}\nGMF de la Rivière-Noire\n"
            f"Tél. 450-555-01{ctx.rng.randrange(100):02d}")
    subj = ctx.pick(["Demande de consultation – clinique de la douleur", f"Référence douleur chronique : {nm}",
                     "Consultation en algologie SVP", "Nouvelle demande de consultation (douleur)"])
    T.mail(ctx, T.ext_addr(ctx, gp, "gmf"), [T.shared_box(ctx, "douleur.rdv", "Clinique de la douleur – RDV",
                                                              "Pain clinic bookings"), algo], subj, text)
    if ctx.chance(0.35):
        blocks = [("h", "Demande de consultation — Clinique de la douleur chronique"),
                  ("kv", [("Patient(e)", p.name("last_first")), ("Date de naissance", C.fmt_date(p.dob, "iso")),
                          ("Raison", dx), ("Médication", m2), ("Priorité", prio)]),
                  "Signature du médecin référent : " + gp.full]
        ctx.add("date_of_birth")
        T.att_pdf(ctx, f"Demande_consultation_{T.safe_fn(p.surname)}.pdf", blocks)
    T.gender(ctx, p)
    return ctx.finish("referral", "GP referral to the pain clinic")


def census(ctx):
    nurse = ctx.staff("nurse")
    anes = ctx.staff("anes")
    rows = [["Heure", "Patient", "Dossier", "Chirurgie", "Enjeux"]]
    with_nam = ctx.chance(0.4)
    with_dob = with_nam or ctx.chance(0.5)
    if with_dob:
        rows[0].insert(2, "DDN")
    if with_nam:
        rows[0][3] = "NAM"
    for i in range(ctx.rng.randrange(4 if with_nam else 5, 7 if with_nam else 9)):
        p = ctx.nam_patient() if with_nam else ctx.patient()
        r = [f"{8 + i // 2}:{'00' if i % 2 == 0 else '30'}", ctx.show_name(p, "last_first"),
             "" if with_nam else ctx.mrn("plain"),
             ctx.pick_sexed(K.PREOP_SURG)[0], ctx.pick(K.COMORB)[0] + ("; " + ctx.pick(K.PREOP_MEDS)[0].split(" (")[0]
                                                                  if ctx.chance(0.4) else "")]
        if with_nam:
            nam, dob = ctx.show_nam(p, ctx.pick(["plain", "space"]), "iso")
            r[2] = nam
            r.insert(2, dob)
        elif with_dob:
            r.insert(2, ctx.show_dob(p, "iso"))
        rows.append(r)
    ctx.add("diagnosis")
    if any(";" in r[-1] for r in rows[1:]):
        ctx.add("medication")
    day = T.appt(ctx, 1, 3)
    subj = ctx.pick([f"Liste CPO du {C.fmt_date(day.date(), 'day_fr')}", "Clinique préop demain — liste",
                     "CPO : patients à voir (anesthésie)"])
    intro = f"{T.hello(ctx, anes)}\n\nVoici la liste de la clinique préopératoire de {C.fmt_date(day.date(), 'day_fr')}."
    mode = ctx.pick(["html", "xlsx", "text"])
    sig = ctx.sig(nurse, "preop")
    if mode == "html":
        html = C.text_to_html(intro, extra_after=C.table_html(rows) + "<p>Les dossiers en rouge ont des bilans "
                              "incomplets.</p><pre>" + C.esc(sig) + "</pre>")
        T.mail(ctx, nurse, [anes], subj, intro + "\n\n" + C.table_text(rows) + "\n\n" + sig, html=html)
    elif mode == "xlsx":
        T.mail(ctx, nurse, [anes], subj, intro + "\nLa liste est en pièce jointe.\n\n" + sig)
        T.att_xlsx(ctx, f"CPO_{day.date().isoformat()}.xlsx", [("Liste", rows)], author=nurse.full)
    else:
        T.mail(ctx, nurse, [anes], subj, intro + "\n\n" + C.table_text(rows) + "\n\n" + sig)
    return ctx.finish("census", "pre-op clinic list with chart numbers")


def booking(ctx):
    algo = ctx.staff("algo")
    clerk = ctx.staff("clerk")
    p = ctx.patient()
    proc = ctx.pick(K.PAIN_PROC)[0]
    ctx.add("diagnosis")
    style = ctx.pick(["body", "subject_only", "body"])
    mrn = ctx.mrn()
    anticoag = ""
    if ctx.chance(0.5):
        med = ctx.pick(K.PREOP_MEDS[:4])[0]
        anticoag = f"\nAttention : sous {med}, {K.HOLDS[med.split()[0]][0]}."
        ctx.add("medication")
    nm = ctx.show_name(p, T.name_style(ctx))
    if style == "subject_only":
        subj = f"RDV {proc.split(' ')[0]} – {nm}"
        body = f"{T.hello(ctx, clerk)}\n\nPeux-tu lui trouver une plage pour {proc} d'ici 4 semaines? Dossier {mrn}.{anticoag}\n"
    else:
        subj = ctx.pick(["Plage à réserver", "Demande de RDV – salle d'intervention", f"À booker : {proc}"])
        body = (f"{T.hello(ctx, clerk)}\n\nPeux-tu réserver {nm} (dossier {mrn}) pour {proc}? Idéalement un mardi, "
                f"elle/il vient de loin.{anticoag}\n")
    body += f"\n{T.thanks(ctx)}\n{ctx.sig(algo, 'pain', short=True)}"
    T.mail(ctx, algo, [clerk], subj, body)
    T.gender(ctx, p)
    return ctx.finish("booking", "procedure booking request")


def transport(ctx):
    nurse = ctx.staff("nurse")
    p = _pat(ctx, ctx.chance(0.6))
    street, town = C.address(ctx.rng)
    tel = C.phone(ctx.rng)
    ctx.add("patient_contact", "social_information")
    nm = ctx.show_name(p, ctx.pick(["title", "full", "last_first"]))
    when_ = T.appt(ctx)
    idline = ""
    if p.nam:
        nam, dob = ctx.show_nam(p)
        idline = f"NAM : {nam}   DDN : {dob}\n"
    proc = ctx.pick(K.PAIN_PROC)[0]
    ctx.add("diagnosis")
    soc = ctx.pick(["La personne est prestataire de l'aide sociale et n'a pas de véhicule.",
                    "Elle/il vit seul(e) et ne peut conduire après la sédation.",
                    "Hébergée temporairement en ressource pour femmes victimes de violence — ne pas laisser de "
                    "message au domicile antérieur." if p.sex == "F" else
                    "Il est hébergé au refuge municipal depuis sa perte de logement."])
    text = (f"Bonjour,\n\nNous demandons un transport adapté aller-retour pour :\n\n{nm}\n{idline}"
            f"Adresse : {street}, {town}\nTéléphone : {tel}\n\nRendez-vous : {T.appt_str(ctx, when_)}, "
            f"{C.HOSPITALS[0][0]}, clinique de la douleur (2e étage)\nMotif : {proc}\n\n{soc}\n\n"
            f"{ctx.sig(nurse, 'pain')}")
    to = (ctx.t("Transport adapté", "Transport"), "demandes@" + ctx.pick(C.EXT_DOMAINS["transport"]))
    T.mail(ctx, nurse, [to], ctx.pick(["Demande de transport adapté", "Transport – rendez-vous clinique douleur",
                                       "Demande de transport (accompagnement requis)"]), text)
    if ctx.chance(0.4):
        T.att_vcard(ctx, T.safe_fn(p.full) + ".vcf", given=p.given, surname=p.surname, tel=[("HOME", tel)],
                    adr=(street, town.split(" (")[0], town[-7:]))
    T.gender(ctx, p)
    return ctx.finish("transport", "adapted transport request with home address")


def labs(ctx):
    nurse = ctx.staff("nurse")
    anes = ctx.staff("anes")
    surg = ctx.staff("surg")
    p = ctx.patient()
    vals = K.lab_values(ctx.rng, "fr")
    ctx.add("lab_result")
    nm = ctx.show_name(p, ctx.pick(["initial", "title_sur", "last_first", "initials_dot"]))
    mrn = ctx.mrn()
    surgery = ctx.pick_sexed(K.PREOP_SURG)[0]
    ctx.add("diagnosis")
    plan = ctx.pick(["Je propose fer IV (Monoferric) et report de 3 semaines.",
                     "On ajuste l'insuline avec la nutritionniste et on revoit dans 2 semaines.",
                     "ECG et échographie cardiaque demandés avant de confirmer la date.",
                     "Potassium à reprendre demain matin; cesser le ramipril d'ici là."])
    if "fer IV" in plan or "insuline" in plan or "ramipril" in plan:
        ctx.add("medication")
    text = (f"{T.hello(ctx, anes)}\n\nRésultats du bilan préop pour {nm} (dossier {mrn}), prévu(e) pour "
            f"{surgery} :\n\n" + "\n".join("  - " + v for v in vals) + f"\n\n{plan}\n\nOn en discute à la "
            f"réunion de 13 h?\n\n{ctx.sig(nurse, 'preop', short=ctx.chance(0.5))}")
    T.mail(ctx, nurse, [anes], ctx.pick(["Bilan préop anormal", "Résultats labo – à revoir", "Labos CPO",
                                         f"Résultats {nm}"]), text, cc=[surg] if ctx.chance(0.5) else ())
    T.gender(ctx, p)
    return ctx.finish("labfollowup", "abnormal pre-op labs follow-up")


def rx_pharmacy(ctx):
    algo = ctx.staff("algo")
    ph = ctx.staff("pharm")
    p = _pat(ctx, ctx.chance(0.85))
    nm = ctx.show_name(p, ctx.pick(["full", "last_first", "title"]))
    if p.nam:
        nam, dob = ctx.show_nam(p)
        ident = f"NAM {nam} — DDN {dob}"
    else:
        ident = f"DDN {ctx.show_dob(p)}"
    street, town = C.address(ctx.rng)
    addr_line = ""
    if ctx.chance(0.5):
        addr_line = f"\nAdresse : {street}, {town}"
        ctx.add("patient_contact")
    ctx.add("medication", "diagnosis")
    drug = ctx.pick(["OxyNEO", "hydromorphone LA (Hydromorph Contin)", "morphine LA (M-Eslon)"])
    taper = [f"Sem. 1-2 : {drug} {40 - 10 * 0} mg BID", f"Sem. 3-4 : {drug} 30 mg BID",
             f"Sem. 5-6 : {drug} 20 mg BID", f"Sem. 7-8 : {drug} 10 mg BID puis cesser"]
    text = (f"Bonjour {ph.given},\n\nVoici l'ordonnance de sevrage progressif pour {nm}\n{ident}{addr_line}\n\n"
            f"Dx : douleur lombaire chronique, trouble lié à l'usage d'opioïdes léger\n\n" + "\n".join(taper)
            + "\n\nService aux 7 jours (dispill). Naloxone : 1 trousse.\nNe pas renouveler les anciennes "
              f"ordonnances.\n\n{ctx.sig(algo, 'pain')}")
    to = (f"Pharmacie — {ph.full}", "labo." + C.strip_accents(ph.surname).lower() + "@" + ctx.pick(C.EXT_DOMAINS["pharm"]))
    T.mail(ctx, algo, [to], ctx.pick(["Ordonnance – sevrage opioïde", "Rx sevrage", "Nouvelle ordonnance (douleur)"]),
           text)
    if ctx.chance(0.5):
        T.att_pdf(ctx, ctx.pick(["ordonnance.pdf", "Ordonnance – sevrage.pdf"]), [("h", "ORDONNANCE"), ("kv", [("Patient", nm), ("Identification", ident)]),
                                          *taper, "Prescripteur : " + ctx.dr(algo)])
    T.gender(ctx, p)
    return ctx.finish("rx", "opioid taper prescription to community pharmacy")


def insurer(ctx):
    algo = ctx.staff("algo")
    p = ctx.patient(age=(28, 62))
    nm = ctx.show_name(p, "full")
    dob = ctx.show_dob(p, "iso")
    sin = ctx.sin()
    dx = _dx(ctx)
    ctx.add("social_information")
    claim = f"{ctx.rng.randrange(10**7, 10**8)}"
    text = (f"Madame, Monsieur,\n\nVous trouverez ci-joint la Déclaration du médecin traitant pour votre "
            f"assuré(e), dossier de réclamation {claim}.\n\n{T.thanks(ctx)}\n\n{ctx.sig(algo, 'pain')}")
    T.mail(ctx, algo, [("Service des réclamations invalidité", "invalidite@" + ctx.pick(C.EXT_DOMAINS["ins"]))],
           f"Réclamation {claim} – déclaration du médecin", text)
    blocks = [("h", "Déclaration du médecin traitant — assurance invalidité"),
              ("kv", [("Nom de l'assuré(e)", nm), ("Date de naissance", dob), ("NAS", sin),
                      ("Diagnostic principal", dx), ("Date d'arrêt de travail", "2024-11-04"),
                      ("Retour prévu", "indéterminé")]),
              "Limitations : pas de station debout > 20 min, pas de charge > 5 kg. Suivi mensuel.",
              "Prestations d'invalidité de longue durée recommandées; réévaluation dans 3 mois."]
    if ctx.chance(0.5):
        blocks.append("Traitement : " + _med(ctx))
    fn = ctx.pick(["Déclaration du médecin traitant.pdf", f"Déclaration_{T.safe_fn(p.surname)}.pdf"])
    if ctx.chance(0.4):
        T.att_docx(ctx, fn.replace(".pdf", ".docx"), blocks, author=algo.full)
    else:
        T.att_pdf(ctx, fn, blocks)
    T.gender(ctx, p)
    return ctx.finish("insurer_form", "disability insurer attending-physician statement")


def quick_note(ctx):
    a = ctx.staff("nurse")
    b = ctx.staff("algo")
    p = ctx.patient()
    style = ctx.pick(["lower", "title_sur", "lower", "initial", "given_mrn"])
    if style == "given_mrn":
        nm = ctx.show_name(p, "given") + f" (dos. {ctx.mrn()})"
    else:
        nm = ctx.show_name(p, style)
    sym = ctx.pick(K.SYMPTOMS[:6])[0]
    ctx.add("diagnosis")
    extra = ""
    if ctx.chance(0.5):
        extra = " Elle/il prend " + _med(ctx) + " depuis 2 sem."
    text = ctx.pick([
        f"{nm} a appelé ce matin : {sym}.{extra} Veut devancer son rdv. Tu la/le rappelles ou je lui donne la "
        f"plage de jeudi?\n\n{a.given}",
        f"salut {b.given}, {nm} (ta patiente de la RF de mardi) : {sym}.{extra} je lui ai dit d'aller à "
        f"l'urgence si ça empire\n\n-- {a.given}",
        f"Petit mot : {nm} — {sym}.{extra}\nRappel demandé avant 16 h au poste de la clinique.\n{a.given}"])
    T.mail(ctx, a, [b], ctx.pick(["appel patient", "Re: rappel", "à rappeler svp", "message téléphonique"]), text)
    ctx.msg.body_mode = "plain"
    T.gender(ctx, p)
    return ctx.finish("note", "quick phone message between colleagues")


def forward(ctx):
    algo = ctx.staff("algo")
    nurse = ctx.staff("nurse")
    gp = ctx.staff("gp")
    p = _pat(ctx, ctx.chance(0.75))
    nm = ctx.show_name(p, ctx.pick(["title", "full", "last_first"]))
    idl = ""
    if p.nam:
        nam, dob = ctx.show_nam(p)
        idl = f" (NAM {nam}, né(e) le {dob})"
    med = _med(ctx)
    dx = _dx(ctx)
    orig = (f"Bonjour,\n\nJe suis le médecin de famille de {nm}{idl}. Suivi(e) chez vous pour {dx}. "
            f"Elle/il a terminé sa prescription de {med} et la pharmacie refuse de renouveler sans votre accord. "
            f"Pouvez-vous faire le suivi?\n\nDr{'e' if gp.sex == 'F' else ''} {gp.full}")
    gp_addr = T.ext_addr(ctx, gp, "gmf")
    text = (f"{nurse.given}, peux-tu sortir le dossier et me le mettre pour la pile de demain?\nMerci\n"
            + T.forward_block(ctx, gp_addr, (algo.full, algo.email()), "Renouvellement", orig))
    T.mail(ctx, algo, [nurse], ctx.pick(["TR: Renouvellement", "TR : renouvellement ordonnance", "Fwd: Renouvellement"]),
           text)
    T.gender(ctx, p)
    return ctx.finish("forward", "forwarded GP request about a prescription")


def reply(ctx):
    anes = ctx.staff("anes")
    surg = ctx.staff("surg")
    p = ctx.patient()
    nm = ctx.show_name(p, ctx.pick(["title", "last_first", "initial", "full"]))
    mrn = ctx.mrn() if ctx.chance(0.6) else None
    com = ctx.pick(K.COMORB)[0]
    ctx.add("diagnosis")
    med = ctx.pick(K.PREOP_MEDS)
    ctx.add("medication")
    orig = (f"Bonjour {anes.given},\n\n{nm}" + (f" (dos. {mrn})" if mrn else "") + f" est au programme du "
            f"{C.fmt_date(T.appt(ctx).date(), 'day_fr')} pour {ctx.pick_sexed(K.PREOP_SURG)[0]}. ATCD : "
            f"{com}; prend {med[0]}. Est-ce que tu veux la/le voir en CPO avant ou on procède?\n\n"
            f"{surg.given}")
    rep = ctx.pick(["Je préfère la/le voir en CPO avant. Je demande à l'agente de la céduler.",
                    "OK pour procéder, mais " + K.HOLDS[med[0].split()[0]][0] + ".",
                    "On procède. Bilan sanguin la semaine avant svp."])
    text = (f"{rep}\n\n{anes.given}" + T.quoted_block(ctx, (surg.full, surg.email()), (anes.full, anes.email()),
                                                      "Cas au programme", orig))
    T.reply_headers(ctx)
    T.mail(ctx, anes, [surg], ctx.pick(["RE: Cas au programme", "Re: Cas au programme", "RE : cas au programme"]),
           text)
    T.gender(ctx, p)
    return ctx.finish("reply", "reply with quoted surgeon question")


def subject_only(ctx):
    anes = ctx.staff("anes")
    nurse = ctx.staff("nurse")
    p = ctx.patient()
    nm = ctx.show_name(p, ctx.pick(["title_sur", "title", "initial"]))
    res = ctx.pick(["ECG ce matin : FA rapide à 128/min, nouvelle.", "Saturation 86 % à l'air ambiant au triage.",
                    "Glycémie capillaire 19,4 ce matin, elle n'a pas pris sa metformine.",
                    "TA 192/104 à deux reprises."])
    ctx.add("lab_result")
    if "metformine" in res:
        ctx.add("medication")
    text = (f"{res}\nOn la/le réfère en médecine interne avant la chirurgie?\nJ'attends ton OK.\n\n{nurse.given}")
    T.mail(ctx, nurse, [anes], f"{nm} – {ctx.pick(['CPO', 'préop', 'urgent', 'à voir'])}", text)
    ctx.msg.body_mode = ctx.pick(["plain", "html"])
    T.gender(ctx, p)
    return ctx.finish("note", "clinical result with the name only in the subject")


def att_name_only(ctx):
    algo = ctx.staff("algo")
    clerk = ctx.staff("clerk")
    p = ctx.patient()
    ctx.show_name(p, "full")
    dx = _dx(ctx)
    med = _med(ctx)
    proc = ctx.pick(K.PAIN_PROC)[0]
    fn = ctx.pick([f"Consultation_douleur_{T.safe_fn(p.surname.upper())}_{T.safe_fn(p.given)}",
                   f"{p.surname} {p.given} – note de suivi", f"Note {p.given[0]}{p.surname} {ctx.today.isoformat()}"])
    blocks = [("h", "Note de consultation — Clinique de la douleur chronique"),
              f"Impression : {dx}.", f"Traitement actuel : {med}.", f"Plan : {proc}; revoir dans 8 semaines.",
              f"{ctx.dr(algo)}"]
    text = f"{T.hello(ctx, clerk)}\n\nÀ numériser au dossier svp.\n\n{T.thanks(ctx)}\n{algo.given}"
    T.mail(ctx, algo, [clerk], ctx.pick(["Note à classer", "Pour numérisation", "doc"]), text)
    if ctx.chance(0.5):
        T.att_docx(ctx, fn + ".docx", blocks, author=algo.full)
    else:
        T.att_pdf(ctx, fn + ".pdf", blocks)
    return ctx.finish("consult", "consult note where the patient appears in the file name")


def ics_appt(ctx):
    clerk = ctx.staff("clerk")
    algo = ctx.staff("algo")
    p = ctx.patient()
    nm = ctx.show_name(p, ctx.pick(["title", "last_first", "full"]))
    mrn = ctx.mrn("plain")
    proc = ctx.pick(K.PAIN_PROC)[0]
    ctx.add("diagnosis")
    start = T.appt(ctx)
    desc = f"Dossier {mrn}. {ctx.pick(['Accompagnateur requis.', 'Diabétique : 1er cas du matin.', 'Allergie iode.'])}"
    if ctx.chance(0.5):
        desc += " " + ctx.pick(K.PREOP_MEDS[:3])[0] + " : " + "cesser 48 h avant."
        ctx.add("medication")
    T.att_ics(ctx, "invitation.ics", start, 45, f"{proc} – {nm}", desc, "Salle d'intervention 2, HSA",
              (algo.full, algo.email()), [(clerk.full, clerk.email())])
    text = f"Plage confirmée pour {nm} le {T.appt_str(ctx, start)}.\n\n{ctx.sig(clerk, 'pain', short=True)}"
    if ctx.chance(0.4):
        text = f"Plage confirmée (voir invitation).\n\n{ctx.sig(clerk, 'pain', short=True)}"
    T.mail(ctx, clerk, [algo], ctx.pick(["Invitation : intervention", "Plage confirmée", "RDV salle 2"]), text)
    return ctx.finish("booking", "calendar invitation for a procedure slot")


def youth(ctx):
    sw = ctx.staff("sw")
    algo = ctx.staff("algo")
    use_nam = ctx.chance(0.7)
    p = ctx.nam_patient(age=(10, 17)) if use_nam else ctx.patient(age=(12, 17))
    nm = ctx.show_name(p, ctx.pick(["full", "last_first"]))
    if use_nam:
        nam, dob0 = ctx.show_nam(p)
        dob = f"{dob0}, NAM {nam}"
    else:
        dob = ctx.show_dob(p)
    ctx.add("social_information", "diagnosis")
    text = (f"{T.hello(ctx, algo)}\n\nSuivi de notre discussion : {nm} ({dob}), suivi(e) à la clinique pour "
            f"douleurs abdominales fonctionnelles et SDRC du pied. L'intervenante de la DPJ (dossier ouvert depuis "
            f"mars, placement chez la tante) souhaite assister au prochain rendez-vous. La mère n'a plus la garde "
            f"et ne doit pas recevoir d'information.\n\nPouvez-vous confirmer que l'équipe est au courant?\n\n"
            f"{ctx.sig(sw, 'pain')}")
    T.mail(ctx, sw, [algo], ctx.pick(["Suivi DPJ – jeune patient(e)", "Confidentiel – garde légale",
                                      "Rencontre avec l'intervenante"]), text)
    T.gender(ctx, p)
    return ctx.finish("note", "social worker note about youth protection for an adolescent")


def discharge(ctx):
    algo = ctx.staff("algo")
    gp = ctx.staff("gp")
    p = _pat(ctx, ctx.chance(0.8))
    nm = ctx.show_name(p, "last_first")
    ctx.add("diagnosis", "medication")
    rows = [("Nom", nm)]
    if p.nam:
        nam, dob = ctx.show_nam(p)
        rows += [("NAM", nam), ("Date de naissance", dob), ("Sexe", p.sex)]
    else:
        rows += [("Date de naissance", ctx.show_dob(p)), ("Dossier", ctx.mrn())]
    adm = ctx.today - datetime.timedelta(days=ctx.rng.randrange(6, 12))
    rows += [("Admission", adm.isoformat()), ("Départ", (adm + datetime.timedelta(days=5)).isoformat())]
    dx = ctx.pick_sexed(K.PAIN_DX)[0]
    blocks = [("h", "Résumé de séjour — perfusion de kétamine"), ("kv", rows),
              f"Diagnostic : {dx}.",
              "Déroulement : perfusion de kétamine 0,15 à 0,3 mg/kg/h x 5 jours; hallucinations légères J2 "
              "résolues avec midazolam 1 mg.",
              "Médication au départ : " + ", ".join(m[0] for m in ctx.rng.sample(K.MEDS, 3)),
              "Suivi : clinique de la douleur dans 6 semaines."]
    text = (f"{T.hello(ctx, gp)}\n\nCi-joint le résumé de séjour de votre patient(e). {T.thanks(ctx)}\n\n"
            f"{ctx.sig(algo, 'pain')}")
    T.mail(ctx, algo, [T.ext_addr(ctx, gp, "gmf")], ctx.pick(["Résumé de séjour", "Résumé d'hospitalisation – "
                                                               "douleur", "Congé – perfusion kétamine"]), text)
    if ctx.chance(0.5):
        T.att_docx(ctx, ctx.pick(["Résumé de séjour.docx", "resume_sejour.docx"]), blocks, author=algo.full)
    else:
        T.att_pdf(ctx, f"Résumé_{T.safe_fn(p.surname)}.pdf", blocks)
    T.gender(ctx, p)
    return ctx.finish("discharge", "discharge summary after ketamine infusion")


def foreign(ctx, kind=None):
    clerk = ctx.staff("clerk")
    manager = ctx.staff("coord")
    kind = kind or ctx.pick(["nir", "niss", "ohn"])
    p = ctx.patient(age=(19, 70))
    nm = ctx.show_name(p, ctx.pick(["full", "last_first", "title"]))
    dob = ctx.show_dob(p)
    young = C.age_on(p.dob, ctx.today) < 32
    if kind == "nir":
        num = ctx.nir(p)
        what = (f"étudiant(e) français(e) en échange" if young else "touriste français(e)") + \
            f", numéro de sécurité sociale (NIR) {num}"
    elif kind == "niss":
        num = ctx.niss(p)
        what = f"résident(e) belge en séjour, numéro national (NISS) {num}"
    else:
        num = ctx.ohn()
        what = f"résident(e) de l'Ontario, carte santé {num}"
    dx = _dx(ctx, K.PAIN_DX + K.PREOP_SURG)
    text = (f"{T.hello(ctx, manager)}\n\nPatient(e) hors Québec vu(e) hier : {nm}, née le/né le {dob}, {what}.\n"
            f"Motif : {dx}.\nPouvez-vous me confirmer la procédure de facturation? Je n'ai pas de NAM au "
            f"dossier.\n\n{ctx.sig(clerk, ctx.pick(['pain', 'preop']))}")
    T.mail(ctx, clerk, [manager], ctx.pick(["Facturation – patient hors province", "Patient(e) hors Québec",
                                            "Question facturation (assurance étrangère)"]), text)
    T.gender(ctx, p)
    return ctx.finish("billing", "out-of-province patient billing question")


def zip_bundle(ctx):
    algo = ctx.staff("algo")
    psy = ctx.staff("psy")
    p = _pat(ctx, ctx.chance(0.7))
    ctx.show_name(p, "full")
    ctx.add("diagnosis", "lab_result")
    idtxt = ""
    if p.nam:
        nam, dob = ctx.show_nam(p, style=ctx.pick(["plain", "space", "dash"]))
        idtxt = f"NAM : {nam}\nDDN : {dob}\n"
    irm = (f"RAPPORT D'IRM LOMBAIRE\nPatient : {p.name('last_first')}\n{idtxt}\nDiscopathie L4-L5 avec "
           f"protrusion foraminale droite, contact avec la racine L5. Arthrose facettaire modérée L5-S1.\n")
    note = [("h", "Évaluation préalable — essai de neurostimulation médullaire"),
            f"Patient(e) : {p.full}", f"Diagnostic : {ctx.pick_sexed(K.PAIN_DX)[0]}",
            "Échelle de catastrophisation (PCS) : 31/52; BDI-II : 22."]
    members = [(f"IRM_{T.safe_fn(p.surname)}.txt", irm.encode("utf-8")),
               ("évaluation_SCS.pdf", D.pdf_bytes(note))]
    T.att_zip(ctx, ctx.pick(["dossier_comite_SCS.zip", f"{T.safe_fn(p.surname)}_documents.zip"]), members)
    text = (f"{T.hello(ctx, psy)}\n\nPour le comité de neurostimulation de jeudi, voici les documents de la "
            f"personne dont on a parlé. Ton évaluation psychologique est la dernière pièce manquante.\n\n"
            f"{ctx.sig(algo, 'pain', short=True)}")
    T.mail(ctx, algo, [psy], "Comité neurostimulation – documents", text)
    return ctx.finish("consult", "zipped imaging and assessment documents for a stimulator committee")


def eml_forward(ctx):
    nurse = ctx.staff("nurse")
    algo = ctx.staff("algo")
    ph = ctx.staff("pharm")
    p = _pat(ctx, ctx.chance(0.7))
    nm = ctx.show_name(p, ctx.pick(["full", "title", "last_first"]))
    idl = ""
    if p.nam:
        nam, dob = ctx.show_nam(p)
        idl = f"\nNAM {nam} / DDN {dob}"
    med = _med(ctx)
    inner = (f"Bonjour,\n\nNous avons reçu deux ordonnances actives pour {nm}{idl} : {med} "
             f"(votre clinique) et une autre d'un prescripteur de l'urgence. Lequel doit-on servir?\n\n"
             f"{ph.full}, pharmacien(ne)")
    ph_addr = ("Pharmacie " + ph.surname, "labo@" + ctx.pick(C.EXT_DOMAINS["pharm"]))
    nested = T.nested_msg(ctx, ph_addr, [(nurse.full, nurse.email())], "Double ordonnance – à clarifier", inner)
    T.att_eml(ctx, ctx.pick(["Double ordonnance – à clarifier.eml", "message.eml", "pharmacie.eml"]), nested)
    text = f"{T.hello(ctx, algo)}\n\nVoir le courriel de la pharmacie ci-joint. Peux-tu trancher?\n\n{nurse.given}"
    T.mail(ctx, nurse, [algo], "TR: Double ordonnance – à clarifier", text)
    T.gender(ctx, p)
    return ctx.finish("forward", "pharmacy message attached as .eml")


def preop_note(ctx):
    anes = ctx.staff("anes")
    surg = ctx.staff("surg")
    p = _pat(ctx, ctx.chance(0.85))
    nm = ctx.show_name(p, "last_first")
    ctx.add("diagnosis", "medication", "lab_result")
    kv = [("Patient(e)", nm)]
    if p.nam:
        nam, dob = ctx.show_nam(p, dob_style="iso")
        kv += [("NAM", nam), ("DDN", dob), ("Sexe", p.sex)]
    else:
        kv += [("DDN", ctx.show_dob(p, "iso")), ("No dossier", ctx.mrn())]
    surgery = ctx.pick_sexed(K.PREOP_SURG)[0]
    coms = [c[0] for c in ctx.rng.sample(K.COMORB, 3)]
    meds = ctx.rng.sample(K.PREOP_MEDS, 3)
    blocks = [("h", "Consultation préanesthésique"), ("kv", kv + [("Chirurgie prévue", surgery),
                                                                  ("Classe", ctx.pick(K.ASA))]),
              ("h", "Antécédents"), "; ".join(coms),
              ("h", "Médication et consignes"), *[f"{m[0]} : {K.HOLDS[m[0].split()[0]][0]}" for m in meds],
              ("h", "Bilan"), ", ".join(K.lab_values(ctx.rng, "fr")),
              "Voies aériennes : Mallampati III, DTM 5 cm, ouverture buccale 3 cm. Vidéolaryngoscope en salle.",
              f"{ctx.dr(anes)}, anesthésiologiste"]
    text = (f"{T.hello(ctx, surg)}\n\nNote de consultation préanesthésique en pièce jointe. En résumé : "
            f"{coms[0]}, plan OK si les consignes de médication sont respectées.\n\n{ctx.sig(anes, 'preop')}")
    T.mail(ctx, anes, [surg], ctx.pick(["Consultation préanesthésique", "Note CPO", f"CPO – {surgery}"]), text)
    fn = ctx.pick(["Consultation préanesthésique.docx", f"CPO_{T.safe_fn(p.surname)}.docx"])
    T.att_docx(ctx, fn, blocks, author=anes.full)
    return ctx.finish("consult", "pre-anaesthesia consultation note")


def foreign_nir(ctx):
    return foreign(ctx, "nir")


def foreign_ohn(ctx):
    return foreign(ctx, ctx.pick(["ohn", "niss"]))


def mrn_only(ctx):
    lab = ctx.staff("nurse")
    anes = ctx.staff("anes")
    mrn = ctx.mrn(ctx.pick(["plain", "space", "dash", "fw", "pref"]))
    vals = K.lab_values(ctx.rng, "fr")[:3]
    ctx.add("lab_result", "diagnosis")
    text = ctx.pick([
        f"Dossier {mrn} : {', '.join(vals)}.\nPatient(e) prévu(e) demain pour {ctx.pick_sexed(K.PREOP_SURG)[0]}. "
        f"On maintient?\n\n{lab.given}",
        f"Pour le no {mrn} (CPO de ce matin) — valeurs critiques : {', '.join(vals)}. Appel fait au "
        f"chirurgien, en attente.\n{lab.given}"])
    T.mail(ctx, lab, [anes], ctx.pick([f"Valeurs critiques – dossier {mrn}", "Résultats critiques", "labo"]),
           text.replace("Patient(e) prévu(e)", "Prévu"))
    return ctx.finish("labfollowup", "critical results identified by chart number only")


TEMPLATES = [
    (referral, 5), (census, 4), (booking, 2), (transport, 4), (labs, 3), (rx_pharmacy, 4), (insurer, 3),
    (quick_note, 3), (forward, 3), (reply, 4), (subject_only, 2), (att_name_only, 3), (ics_appt, 3),
    (youth, 2), (discharge, 3), (foreign_nir, 2), (foreign_ohn, 1), (zip_bundle, 2), (eml_forward, 2),
    (preop_note, 3), (mrn_only, 2),
]
