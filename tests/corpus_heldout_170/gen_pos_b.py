"""Positive builders, part B: coroner, estates, out-of-province and foreign requests, release
logs, chart pulls, privacy audits and incidents, documents sent to physicians, off-site
retrieval."""
from gen_attach import att_pdf, att_text, make_csv, make_pdf
from gen_clin import DX, LAB, MED, PROC, pick_episode
from gen_common import (CONF_EN, CONF_FR, EXT, ORG_EN, ORG_FR, days_after, days_before,
                        fmt_date, fold, mk, phys_addr, phys_title, quote, signature, staff_addr)
from gen_pos_a import I, _dx


def p_coroner(c, lang):
    r = c.rng
    p = c.patient(lang, age=(22, 70))
    cname, caddr, corg, ctel = EXT["coroner"]
    death = days_before(c, 5, 40)
    lab = r.choice([LAB[9], LAB[15], LAB[8]])
    types = {"patient_name", "date_of_birth", "mrn", "diagnosis", "lab_result"}
    sender = r.choice(["marcotte", "stonge"])
    ref = "A-%d-%05d" % (c.date.year, r.randint(0, 99999))
    if lang == "fr":
        text = ("Me Berthiaume,\n\nSuite à votre demande (avis %s), voici ce que nous avons "
                "pour %s, né(e) le %s, dossier %s, décédé(e) le %s à l'urgence :\n\n"
                "- arrivée ambulancière à %s, arrêt cardiorespiratoire, réanimation 38 min ;\n"
                "- bilan toxicologique : %s ;\n"
                "- antécédents au dossier : %s, deux visites pour intoxication en 2024.\n\n"
                "Le dossier complet (127 pages) sera déposé sur la plateforme sécurisée du "
                "Bureau du coroner d'ici vendredi.\n\n%s"
                % (ref, c.name(p, "full"), c.dob(p, "fr", "iso"), c.mrn(p),
                   fmt_date(death, "fr", "long"), "%02dh%02d" % (r.randint(0, 23),
                                                                  r.randint(0, 59)),
                   lab[0], _dx(c, "fr", [DX[17], DX[18], DX[5]]), signature(sender, "fr")))
        subj = r.choice(["Avis %s — dossier demandé par le coroner" % ref,
                         "Demande du coroner %s" % ref])
    else:
        text = ("Dear Coroner Berthiaume,\n\nFurther to your request (notice %s), here is what "
                "we hold for %s, born %s, chart %s, deceased on %s in the ER:\n\n"
                "- arrived by ambulance at %s in cardiac arrest, resuscitation 38 min;\n"
                "- toxicology: %s;\n"
                "- history on file: %s, two visits for overdose in 2024.\n\n"
                "The complete chart (127 pages) will be uploaded to the Coroner's secure "
                "platform by Friday.\n\n%s"
                % (ref, c.name(p, "full"), c.dob(p, "en", "iso"), c.mrn(p),
                   fmt_date(death, "en", "long"), "%02d:%02d" % (r.randint(0, 23),
                                                                  r.randint(0, 59)),
                   lab[1], _dx(c, "en", [DX[17], DX[18], DX[5]]), signature(sender, "en")))
        subj = r.choice(["Notice %s - chart requested by Coroner" % ref,
                         "Coroner's request %s" % ref])
    return mk("coroner_request", I(lang, "réponse au coroner sur un décès", "reply to coroner "
                                   "about a death"),
              types, staff_addr(sender), [(cname, caddr)], subj, text)


def p_estate(c, lang):
    r = c.rng
    p = c.patient(lang, age=(70, 95))
    death = days_before(c, 30, 200)
    heir_given, hsex = r.choice([("Martine", "F"), ("Luc", "M"), ("Josiane", "F"), ("Paul", "M"),
                                 ("Brenda", "F"), ("Gary", "M")])
    par = I(lang, "ma mère" if p["sex"] == "F" else "mon père",
            "my mother" if p["sex"] == "F" else "my father")
    pron = "Elle" if p["sex"] == "F" else "Il"
    heir_mail = "%s.%s@%s" % (fold(heir_given), fold(p["surname"]).replace("'", ""),
                              r.choice(["courriel.example", "postbox.example"]))
    dx = r.choice([DX[28], DX[3], DX[29], DX[26]])
    types = {"patient_name", "diagnosis", "date_of_birth"}
    clerk = r.choice(["belkacem", "maclellan"])
    if lang == "fr":
        orig = (("Bonjour,\n\nJe suis " + ("liquidatrice" if hsex == "F" else "liquidateur") +
                " de la succession de " + par + ", %s, " + ("née" if p["sex"] == "F" else "né") +
                " le %s, " + ("décédée" if p["sex"] == "F" else "décédé") + " le %s à votre "
                "unité de soins palliatifs. " + pron + " souffrait de %s depuis plusieurs "
                "années. Le notaire a besoin du "
                "dossier des deux dernières années pour une contestation du testament "
                "(aptitude). J'ai le certificat de décès et le testament.\n\n%s %s")
                % (c.name(p, "full"), c.dob(p, "fr", "long"), fmt_date(death, "fr", "long"),
                   dx[0], heir_given, p["surname"]))
        text = ("Bonjour %s,\n\nToutes nos condoléances. Pour une succession, nous avons besoin "
                "de : copie du certificat de décès, preuve de votre qualité de liquidateur "
                "(testament notarié ou recherche testamentaire) et d'une pièce d'identité. Les "
                "renseignements seront limités à ce qui est nécessaire à l'exercice de vos "
                "droits.\n\n%s\n\n%s" % (heir_given, signature(clerk, "fr"),
                                         quote(orig, "fr", "%s %s <%s>" % (heir_given,
                                                                           p["surname"],
                                                                           heir_mail),
                                               c.date.replace(hour=max(7, c.date.hour - 20
                                                                       if c.date.hour > 20
                                                                       else 8)))))
        subj = "RE: Dossier de " + par + (" décédée" if p["sex"] == "F" else " décédé")
    else:
        orig = (("Hello,\n\nI am the executor of the estate of " + par + ", %s, born %s, who "
                "died on %s in your palliative care unit. " + ("She" if p["sex"] == "F" else "He")
                + " had %s for several years. The notary "
                "needs the last two years of records because the will is being contested "
                "(capacity). I have the death certificate and the will.\n\n%s %s")
                % (c.name(p, "full"), c.dob(p, "en", "long"), fmt_date(death, "en", "long"),
                   dx[1], heir_given, p["surname"]))
        text = ("Dear %s,\n\nOur condolences. For an estate request we need: a copy of the death "
                "certificate, proof that you are the executor (notarial will or will search) "
                "and photo ID. Information released will be limited to what is needed to "
                "exercise your rights.\n\n%s\n\n%s"
                % (heir_given, signature(clerk, "en"),
                   quote(orig, "en", "%s %s <%s>" % (heir_given, p["surname"], heir_mail),
                         c.date.replace(hour=8))))
        subj = "RE: Records of " + par.replace("my ", "my late ")
    return mk("estate_request", I(lang, "réponse à une demande de succession",
                                  "reply to an estate records request"),
              types, staff_addr(clerk), [("%s %s" % (heir_given, p["surname"]), heir_mail)],
              subj, text, reply=True)


def p_ontario(c, lang):
    r = c.rng
    p = c.patient("en" if r.random() < 0.7 else lang, want=("ohip",))
    oname, oaddr, oorg, otel = EXT["ont"]
    ep = pick_episode(r)
    dx, med, proc = ep["dx"], ep["med"], ep["proc"]
    stay = days_before(c, 30, 300)
    types = {"patient_name", "date_of_birth", "ca_health_number", "diagnosis", "medication"}
    if lang == "en":
        text = ("Good morning,\n\nOur patient %s (DOB %s, OHIP %s) transferred care to "
                "Kingsmere after moving back to Ontario. Our internist is asking for:\n\n"
                "  * discharge summary from the admission of %s (%s)\n"
                "  * report of the %s\n  * current medication list - we have %s but the "
                "patient is unsure of the dose\n\nSigned consent attached. Fax back to %s or "
                "reply through the secure portal.\n\nKaren Lindgren\nHealth Records Analyst\n%s"
                % (c.name(p, r.choice(["full", "caps_comma"])), c.dob(p, "en"), c.ohip(p),
                   fmt_date(stay, "en", "long"), dx[1], proc[1], med[1], otel, oorg))
        subj = r.choice(["Records request - transfer of care",
                         "Request for records: %s" % c.name(p, "caps")])
        blocks = [("h", "Consent to Disclose Personal Health Information"),
                  ("kv", [("Patient", c.name(p, "full")), ("Health number", c.ohip(p, "plain")),
                          ("Date of birth", c.dob(p, "en", "iso"))]),
                  ("p", "I consent to %s disclosing my records to %s." % (ORG_EN, oorg))]
        fname = "consent_%s.pdf" % p["surname"].lower().replace("'", "")
    else:
        text = ("Bonjour,\n\nNotre patient(e) %s (né(e) le %s, carte Santé Ontario %s) est "
                "maintenant suivi(e) à Kingsmere après son retour en Ontario. Notre interniste "
                "demande :\n\n  * le résumé de l'hospitalisation du %s (%s)\n"
                "  * le rapport de %s\n  * la liste de médicaments — nous avons %s, dose à "
                "confirmer\n\nConsentement signé ci-joint. Réponse par télécopieur au %s.\n\n"
                "Karen Lindgren\nAnalyste, dossiers de santé\n%s"
                % (c.name(p, r.choice(["full", "caps_comma"])), c.dob(p, "fr"), c.ohip(p),
                   fmt_date(stay, "fr", "long"), dx[0], proc[0], med[0], otel, oorg))
        subj = "Demande de dossier — transfert de suivi en Ontario"
        blocks = [("h", "Consentement à la communication de renseignements"),
                  ("kv", [("Patient(e)", c.name(p, "full")),
                          ("No carte santé", c.ohip(p, "plain")),
                          ("Date de naissance", c.dob(p, "fr", "iso"))]),
                  ("p", "Je consens à ce que le %s communique mon dossier à %s." % (ORG_FR,
                                                                                 oorg))]
        fname = "consentement_%s.pdf" % p["surname"].lower().replace("'", "")
    pdf = make_pdf("Consent" if lang == "en" else "Consentement", blocks, author=oorg)
    return mk("ontario_request", I(lang, "demande d'un hôpital ontarien avec carte santé",
                                   "Ontario hospital request with health number"),
              types, (oname, oaddr), [("Health Records", "archives@chrvb.example")], subj, text,
              attachments=[att_pdf(fname, pdf)])


def p_belgian(c, lang):
    r = c.rng
    p = c.patient("fr", want=("niss",), age=(20, 80))
    bname, baddr, borg, btel = EXT["be"]
    ep = pick_episode(r)
    dx, proc = ep["dx"], ep["proc"]
    stay = days_before(c, 60, 500)
    types = {"patient_name", "be_niss", "diagnosis", "date_of_birth"}
    if lang == "fr":
        text = ("Madame, Monsieur,\n\nNous prenons en charge %s, né(e) le %s, numéro de registre "
                "national %s, hospitalisé(e) chez vous lors d'un séjour au Canada (%s). "
                "On nous signale : %s ; %s. Pourriez-vous nous transmettre le "
                "rapport de sortie et le protocole ?\n\nL'accord écrit du patient est joint.\n\n"
                "Bien à vous,\n\n%s\n%s\nTél. %s"
                % (c.name(p, r.choice(["full", "caps"])), c.dob(p, "fr", "dots"), c.niss(p),
                   fmt_date(stay, "fr", "long"), dx[0], proc[0], bname, borg, btel))
        subj = r.choice(["Demande de rapport — patient belge",
                         "Demande de dossier (NISS %s)" % p["niss"][:6]])
    else:
        text = ("Dear colleagues,\n\nWe are now caring for %s, born %s, Belgian national number "
                "%s, who was admitted to your hospital during a stay in Canada (%s). The "
                "patient reports %s; %s. Could you send us the discharge report and the "
                "operative note?\n\nThe patient's written consent is attached.\n\nKind "
                "regards,\n\n%s\n%s\nTel. %s"
                % (c.name(p, r.choice(["full", "caps"])), c.dob(p, "en", "dots"), c.niss(p),
                   fmt_date(stay, "en", "long"), dx[1], proc[1], bname, borg, btel))
        subj = "Request for discharge report - Belgian patient"
    return mk("foreign_request", I(lang, "demande d'une clinique belge", "Belgian clinic request"),
              types, (bname, baddr), [("Archives médicales", "archives@chrvb.example")], subj,
              text)


def p_french(c, lang):
    r = c.rng
    p = c.patient("fr", want=("nir",), age=(20, 80))
    fname_, faddr, forg, ftel = EXT["fr"]
    ep = pick_episode(r)
    dx, proc = ep["dx"], ep["proc"]
    stay = days_before(c, 40, 500)
    types = {"patient_name", "fr_nir", "diagnosis", "date_of_birth"}
    blocks = [("h", "Demande de communication de dossier médical" if lang == "fr"
               else "Request for medical records"),
              ("kv", [("Patient(e)" if lang == "fr" else "Patient", c.name(p, "caps_comma")),
                      ("NIR" if lang == "fr" else "French social security no. (NIR)",
                       c.nir(p, r.choice(["official", "plain", "dots"]))),
                      ("Né(e) le" if lang == "fr" else "Born", c.dob(p, lang, "num")),
                      ("Séjour" if lang == "fr" else "Stay", fmt_date(stay, lang, "iso")),
                      ("Motif" if lang == "fr" else "Reason", I(lang, dx[0], dx[1]))]),
              ("p", I(lang, "Merci de transmettre le compte rendu de %s et les résultats "
                            "biologiques au médecin traitant." % proc[0],
                      "Please send the %s report and laboratory results to the attending "
                      "physician." % proc[1]))]
    pdf = make_pdf(I(lang, "Demande de dossier", "Records request"), blocks, author=forg)
    if lang == "fr":
        text = ("Bonjour,\n\nVeuillez trouver ci-joint une demande de communication de dossier "
                "pour une patiente/un patient hospitalisé(e) chez vous pendant un séjour au "
                "Québec. La copie de la pièce d'identité suivra par courrier.\n\nCordialement,"
                "\n\n%s\n%s\n%s" % (fname_, forg, ftel))
        subj = "Demande de dossier médical — séjour au Québec"
    else:
        text = ("Hello,\n\nPlease find attached a request for records for a patient admitted "
                "to your hospital during a stay in Quebec. A copy of ID will follow by mail."
                "\n\nBest regards,\n\n%s\n%s\n%s" % (fname_, forg, ftel))
        subj = "Medical records request - stay in Quebec"
    fn = r.choice(["demande_%s.pdf" % p["surname"].lower(), "DMD_%s.pdf" %
                   c.date.strftime("%Y%m%d"), "Demande dossier médical.pdf"])
    return mk("foreign_request", I(lang, "demande d'un hôpital français",
                                   "French hospital request"),
              types, (fname_, faddr), [("Archives médicales", "archives@chrvb.example")], subj,
              text, attachments=[att_pdf(fn, pdf, r.choice(["plain", "2231"]))])


def p_release_log(c, lang):
    r = c.rng
    n = r.randint(8, 14)
    delim = ";" if lang == "fr" else ","
    head = I(lang, ["date_envoi", "no_demande", "dossier", "nom_patient", "demandeur",
                    "documents", "pages", "frais"],
             ["date_sent", "request_no", "chart", "patient_name", "requester", "documents",
              "pages", "fee"])
    reqs = I(lang, ["Avocat", "Assureur", "Patient", "BIRQ", "Médecin externe", "Coroner"],
             ["Lawyer", "Insurer", "Patient", "BIRQ", "External MD", "Coroner"])
    docs = I(lang, ["résumé de départ; %s", "notes urgence; %s", "rapport pathologie; %s",
                    "notes psychiatrie; %s", "imagerie; %s"],
             ["discharge summary; %s", "ER notes; %s", "pathology report; %s",
              "psychiatry notes; %s", "imaging; %s"])
    rows = [head]
    for i in range(n):
        p = c.patient(lang)
        d = days_before(c, 0, 7)
        rows.append([d.isoformat(), "AI-%05d" % r.randint(0, 99999),
                     c.mrn(p, r.choice(["plain", "H"])),
                     c.name(p, r.choice(["caps_comma", "full", "sur_first"])), r.choice(reqs),
                     r.choice(docs) % _dx(c, lang), r.randint(3, 180),
                     "%d.00" % r.choice([0, 0, 15, 25, 40])])
    csv = make_csv(rows, delim)
    sender = r.choice(["belkacem", "maclellan"])
    to = r.choice(["marcotte", "theriault"])
    types = {"patient_name", "mrn", "diagnosis"}
    if lang == "fr":
        text = ("Bonjour Isabelle,\n\nVoici le registre des communications de la semaine (%d "
                "envois). Deux demandes d'avocat sont en attente de paiement.\n\n%s"
                % (n, signature(sender, "fr", True)))
        subj = "Registre des communications — semaine du %s" % days_before(c, 6, 6).isoformat()
        fname = "registre_communications_%s.csv" % c.date.strftime("%Y-%m-%d")
    else:
        text = ("Hi Isabelle,\n\nHere is this week's release log (%d disclosures). Two lawyer "
                "requests are waiting for payment.\n\n%s" % (n, signature(sender, "en", True)))
        subj = "Release log - week of %s" % days_before(c, 6, 6).isoformat()
        fname = "release_log_%s.csv" % c.date.strftime("%Y-%m-%d")
    cs = r.choice(["utf-8", "windows-1252"]) if lang == "fr" else "utf-8"
    try:
        csv.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    return mk("release_log", I(lang, "registre hebdomadaire des communications",
                               "weekly release-of-information log"),
              types, staff_addr(sender), [staff_addr(to)], subj, text,
              attachments=[att_text(fname, csv, "text/csv", cs, r.choice(["base64",
                                                                           "quoted-printable"]))])


def p_chart_pull(c, lang):
    r = c.rng
    n = r.randint(5, 9)
    clinic = r.choice([("Clinique d'oncologie", "Oncology clinic", 2),
                       ("Clinique VIH / ITSS", "HIV / STBBI clinic", 19),
                       ("Clinique de psychiatrie externe", "Outpatient psychiatry", 5),
                       ("Clinique de grossesse à risque", "High-risk pregnancy clinic", 21),
                       ("Clinique des MII", "IBD clinic", 12)])
    day = days_after(c, 1, 3)
    rows = []
    for i in range(n):
        p = c.patient(lang)
        t = "%02d:%02d" % (8 + i // 2, 0 if i % 2 == 0 else 30)
        fr_dx, en_dx = DX[clinic[2]]
        rows.append((t, c.mrn(p, r.choice(["plain", "dash", "H"])),
                     c.name(p, r.choice(["caps_comma", "full"])),
                     I(lang, fr_dx, en_dx) if r.random() < 0.6 else
                     I(lang, "suivi — " + fr_dx, "follow-up - " + en_dx)))
    types = {"patient_name", "mrn", "diagnosis"}
    sender = r.choice(["nolet", "grondin"])
    clin_name = I(lang, clinic[0], clinic[1])
    if lang == "fr":
        intro = ("Bonjour,\n\nDossiers papier à sortir pour la %s du %s (anciens volumes non "
                 "numérisés). Merci de les déposer au secrétariat avant 7 h 30.\n"
                 % (clin_name, fmt_date(day, "fr", "long")))
        head = ["Heure", "Dossier", "Patient", "Motif"]
        subj = "Sortie de dossiers — %s %s" % (clin_name, day.isoformat())
    else:
        intro = ("Hello,\n\nPaper charts to pull for the %s on %s (old volumes not scanned). "
                 "Please drop them at the clinic desk before 7:30.\n"
                 % (clin_name, fmt_date(day, "en", "long")))
        head = ["Time", "Chart", "Patient", "Reason"]
        subj = "Chart pull - %s %s" % (clin_name, day.isoformat())
    text = intro + "\n" + "\n".join("  ".join(x) for x in [head] + rows) + "\n\n" + \
        signature(sender, lang, True)
    import html as h
    tr = "".join("<tr>%s</tr>\n" % "".join("<td>%s</td>" % h.escape(x) for x in row)
                 for row in rows)
    htm = ("<html><head><meta charset=\"%%CHARSET%%\"></head><body style=\"font-family:Calibri\">\n"
           "<p>%s</p>\n<table border=\"1\" cellpadding=\"3\" style=\"border-collapse:collapse\">\n"
           "<tr>%s</tr>\n%s</table>\n<p>%s</p>\n</body></html>\n"
           % (h.escape(intro).replace("\n", "<br>\n"),
              "".join("<th>%s</th>" % x for x in head), tr,
              h.escape(signature(sender, lang, True)).replace("\n", "<br>\n")))
    return mk("chart_pull", I(lang, "liste de dossiers à sortir pour une clinique",
                              "clinic chart pull list"),
              types, staff_addr(sender), [("Archives — comptoir", "archives@chrvb.example")],
              subj, text, html=htm, force={"form": r.choice(["html", "alt"])})


def p_access_audit(c, lang):
    r = c.rng
    p = c.patient(lang)
    emp = r.choice([("Kevin", "Laplante", "préposé aux bénéficiaires", "orderly"),
                    ("Sabrina", "Duval", "agente administrative", "unit clerk"),
                    ("Tyler", "Browning", "technicien de laboratoire", "lab technician")])
    views = r.randint(3, 14)
    k = r.randint(0, 2)
    what = I(lang, ["notes de psychiatrie (trouble bipolaire) et résultat de dépistage VIH "
                    "positif", "résultat de β-hCG positif (18 400 UI/L) et note de l'urgence "
                    "gynécologique", "notes d'évolution et liste de médicaments (méthadone "
                    "65 mg DIE)"][k],
             ["psychiatry notes (bipolar disorder) and positive HIV test result",
              "positive beta-hCG (18,400 IU/L) and gynaecology ER note",
              "progress notes and medication list (methadone 65 mg daily)"][k])
    types = {"patient_name", "mrn"} | [{"diagnosis", "lab_result"}, {"lab_result"},
                                       {"medication"}][k]
    sender = r.choice(["theriault", "wojcik"])
    if lang == "fr":
        text = ("Confidentiel — audit des accès\n\nBonjour Isabelle,\n\nÀ la suite de la plainte "
                "de %s (dossier %s), l'audit du DPE montre %d consultations par %s %s (%s) "
                "entre le %s et le %s, sans lien de soins. Éléments consultés : %s.\n\n"
                "La patiente/le patient est une voisine/un voisin de l'employé(e). Rencontre "
                "prévue avec les RH et le syndicat ; je prépare l'avis à la Commission d'accès "
                "à l'information.\n\n%s"
                % (c.name(p, "title", "fr"), c.mrn(p), views, emp[0], emp[1], emp[2],
                   days_before(c, 20, 40).isoformat(), days_before(c, 5, 19).isoformat(),
                   what, signature(sender, "fr")))
        subj = "Audit des accès — plainte %s" % r.choice([p["surname"], "no %04d" %
                                                           r.randint(1, 9999)])
    else:
        text = ("Confidential - access audit\n\nHi Isabelle,\n\nFollowing the complaint from %s "
                "(chart %s), the EHR audit shows %d accesses by %s %s (%s) between %s and %s "
                "with no care relationship. Items viewed: %s.\n\nThe patient is a neighbour of "
                "the employee. Meeting scheduled with HR and the union; I am preparing the "
                "notice to the Commission.\n\n%s"
                % (c.name(p, "title", "en"), c.mrn(p), views, emp[0], emp[1], emp[3],
                   days_before(c, 20, 40).isoformat(), days_before(c, 5, 19).isoformat(),
                   what, signature(sender, "en")))
        subj = "Access audit - complaint %s" % r.choice([p["surname"], "no. %04d" %
                                                          r.randint(1, 9999)])
    return mk("privacy_audit", I(lang, "audit d'accès non autorisés à un dossier",
                                 "audit of unauthorized chart access"),
              types, staff_addr(sender), [staff_addr("marcotte")], subj, text,
              cc=[staff_addr("vaillancourt")] if r.random() < 0.5 else None)


def p_fax_incident(c, lang):
    r = c.rng
    ont = r.random() < 0.4
    p = c.patient(lang, age=(30, 90), want=("ohip",) if ont else ())
    ep = pick_episode(r)
    dx = ep["dx"]
    meds = [ep["med"], ("acétaminophène 1 g QID PRN", "acetaminophen 1 g QID PRN")]
    wrong = "819-555-01%02d" % r.randint(0, 99)
    types = {"patient_name", "date_of_birth", "diagnosis", "medication"}
    if ont:
        types.add("ca_health_number")
    ohtxt = I(lang, ", carte Santé Ontario %s" % c.ohip(p) if ont else "",
              ", OHIP %s" % c.ohip(p) if ont else "")
    sender = r.choice(["belkacem", "nolet", "maclellan"])
    if lang == "fr":
        text = ("Annie,\n\nJe dois déclarer un incident : ce matin, le résumé de départ de %s "
                "(DDN %s%s) a été télécopié au %s au lieu du GMF (deux chiffres inversés). "
                "Contenu : diagnostic principal %s ; médication au départ %s et %s ; "
                "suivi en clinique dans 2 semaines.\n\nLe destinataire (un garage) a appelé "
                "pour dire qu'il avait reçu le document ; il dit l'avoir détruit. Je remplis "
                "le formulaire AH-223 maintenant.\n\nDésolé(e),\n%s"
                % (c.name(p, r.choice(["full", "caps_comma", "lower"])), c.dob(p, "fr"), ohtxt,
                   wrong, dx[0], meds[0][0], meds[1][0], signature(sender, "fr", True)))
        subj = r.choice(["Incident — télécopie envoyée au mauvais numéro",
                         "Fax erroné ce matin"])
    else:
        text = ("Annie,\n\nI need to report an incident: this morning the discharge summary of "
                "%s (DOB %s%s) was faxed to %s instead of the family clinic (two digits swapped). "
                "Content: main diagnosis %s; discharge meds %s and %s; clinic follow-up in "
                "2 weeks.\n\nThe recipient (a garage) called to say they received it and have "
                "destroyed it. I am filling the incident form now.\n\nSorry,\n%s"
                % (c.name(p, r.choice(["full", "caps_comma", "lower"])), c.dob(p, "en"), ohtxt,
                   wrong,
                   dx[1], meds[0][1], meds[1][1], signature(sender, "en", True)))
        subj = r.choice(["Incident - fax sent to wrong number", "Misdirected fax this morning"])
    return mk("privacy_incident", I(lang, "déclaration d'une télécopie mal acheminée",
                                    "misdirected fax incident report"),
              types, staff_addr(sender), [staff_addr("theriault")], subj, text)


def p_discharge_to_gmf(c, lang):
    r = c.rng
    nam = r.random() < 0.4
    p = c.patient(lang, age=(30, 90), nam=nam)
    gname, gaddr, gorg, gtel = EXT["gmf"]
    ep = pick_episode(r, ("lab",))
    dx, lab = ep["dx"], ep["lab"]
    meds = [ep["med"], ("acétaminophène 500 mg 2 co QID PRN", "acetaminophen 500 mg 2 tabs QID "
                                                                "PRN"),
            r.choice([("pantoprazole 40 mg DIE", "pantoprazole 40 mg daily"),
                      ("docusate 100 mg BID", "docusate 100 mg BID")])]
    adm = days_before(c, 10, 40)
    dis = days_before(c, 2, 9)
    phys = r.randrange(0, 10)
    types = {"patient_name", "date_of_birth", "mrn", "diagnosis", "medication", "lab_result"}
    if nam:
        types.add("ramq_nam")
    if lang == "fr":
        blocks = [("kv", [("Patient", c.name(p, "caps_comma")),
                          ("Dossier", c.mrn(p, "plain")), ("DDN", c.dob(p, "fr", "iso"))]
                  + ([("Sexe", p["sex"]), ("NAM", c.nam(p, "space4"))] if nam else [])
                  + [("Admission", adm.isoformat()), ("Départ", dis.isoformat())]),
                  ("h", "Diagnostic principal"), ("p", dx[0]),
                  ("h", "Évolution"),
                  ("p", "Séjour sans complication majeure. Au bilan : %s. Ajustement de la "
                        "médication." % lab[0]),
                  ("h", "Médication au départ"),
                  ("p", "; ".join(m[0] for m in meds)),
                  ("p", "%s" % phys_title(phys, "fr"))]
        pdf = make_pdf("Résumé de départ", blocks)
        text = ("Dre Pépin,\n\nTel que demandé, voici le document pour votre patiente/patient. "
                "Le rapport complet suit par la poste.\n\n%s" % signature("belkacem", "fr"))
        subj = r.choice(["Document demandé", "Résumé de départ demandé",
                         "Votre demande du %s" % days_before(c, 1, 5).isoformat()])
        fname = r.choice(["resume_depart_%s_%s.pdf" % (p["surname"].upper(), p["given"][0]),
                          "RD %s %s.pdf" % (p["surname"], p["given"]),
                          "résumé_%s.pdf" % p["surname"].lower()])
        sender = "belkacem"
    else:
        blocks = [("kv", [("Patient", c.name(p, "caps_comma")),
                          ("Chart", c.mrn(p, "plain")), ("DOB", c.dob(p, "en", "iso"))]
                  + ([("Sex", p["sex"]), ("RAMQ", c.nam(p, "space4"))] if nam else [])
                  + [("Admitted", adm.isoformat()), ("Discharged", dis.isoformat())]),
                  ("h", "Principal diagnosis"), ("p", dx[1]),
                  ("h", "Course"),
                  ("p", "Uneventful stay. Work-up: %s. Medication adjusted." % lab[1]),
                  ("h", "Discharge medication"),
                  ("p", "; ".join(m[1] for m in meds)),
                  ("p", "%s" % phys_title(phys, "en"))]
        pdf = make_pdf("Discharge Summary", blocks)
        text = ("Dr. Pépin,\n\nAs requested, here is the document for your patient. The full "
                "report follows by mail.\n\n%s" % signature("maclellan", "en"))
        subj = r.choice(["Requested document", "Discharge summary as requested",
                         "Your request of %s" % days_before(c, 1, 5).isoformat()])
        fname = r.choice(["discharge_summary_%s_%s.pdf" % (p["surname"].upper(), p["given"][0]),
                          "DS %s %s.pdf" % (p["surname"], p["given"])])
        sender = "maclellan"
    return mk("discharge_copy", I(lang, "résumé de départ envoyé au médecin de famille",
                                  "discharge summary sent to family physician"),
              types, staff_addr(sender), [(gname, gaddr)], subj, text,
              attachments=[att_pdf(fname, pdf, r.choice(["plain", "2231", "2231cont"]))])


def p_offsite_retrieval(c, lang):
    r = c.rng
    n = r.randint(3, 6)
    rows = []
    for i in range(n):
        p = c.patient(lang, age=(1, 30))
        rows.append("  %s  %-28s  %s  %s" % ("B-%05d" % r.randint(1000, 99999),
                                              c.name(p, r.choice(["caps_comma", "caps"])),
                                              c.mrn(p, r.choice(["plain", "dots", "space"])),
                                              I(lang, r.choice(["accouchement par césarienne "
                                                                "d'urgence, asphyxie néonatale",
                                                                "paralysie du plexus brachial "
                                                                "à la naissance",
                                                                "encéphalopathie néonatale"]),
                                                r.choice(["emergency C-section, neonatal "
                                                          "asphyxia", "brachial plexus palsy "
                                                          "at birth",
                                                          "neonatal encephalopathy"]))))
    vendor = ("Service clientèle — ArchiVault", "service@archivault.example")
    types = {"patient_name", "mrn", "diagnosis"}
    sender = r.choice(["marcotte", "stonge"])
    if lang == "fr":
        text = ("Bonjour,\n\nMerci de récupérer les boîtes suivantes de l'entrepôt hors site "
                "(livraison urgente — conservation pour litige, poursuite en responsabilité "
                "médicale en obstétrique) :\n\n%s\n\nNe pas détruire ces boîtes même si elles "
                "figurent au calendrier de destruction.\n\n%s"
                % ("\n".join(rows), signature(sender, "fr")))
        subj = "Récupération urgente — boîtes sous conservation pour litige"
    else:
        text = ("Hello,\n\nPlease retrieve the following boxes from off-site storage (rush "
                "delivery - legal hold, obstetrical malpractice claim):\n\n%s\n\nDo not destroy "
                "these boxes even if they appear on the destruction schedule.\n\n%s"
                % ("\n".join(rows), signature(sender, "en")))
        subj = "Rush retrieval - boxes under legal hold"
    return mk("offsite_retrieval", I(lang, "récupération de boîtes hors site (litige)",
                                     "off-site box retrieval (legal hold)"),
              types, staff_addr(sender), [vendor], subj, text)


BUILDERS_B = [p_coroner, p_estate, p_ontario, p_belgian, p_french, p_release_log, p_chart_pull,
              p_access_audit, p_fax_incident, p_discharge_to_gmf, p_offsite_retrieval]
