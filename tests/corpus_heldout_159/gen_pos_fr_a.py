"""French positive templates, part A."""
import gen_common as C
from gen_clinical import SCENARIOS, BY_KEY, REFERRAL_FR, SOCIAL
from gen_ctx import staff, ext
from gen_tpl import (mk, sig, hello, bye, quoted_reply, forward_block, earlier_dt, pdf_att, docx_att,
                     xlsx_att, csv_att, ics_att, slug)

MD = ["vaillancourt", "haddad", "lachance", "hebert", "raman"]
MD_FR = ["vaillancourt", "haddad", "lachance", "hebert"]
THER = {"slp": "turcotte", "ot": "drouin", "psy": "nolet", "audio": "patel", "diet": "sirois"}


def e_(p):
    return "" if p.sex == "M" else "e"


def il(p):
    return "il" if p.sex == "M" else "elle"


def fr_referral(c):
    sc = c.pick([s for s in SCENARIOS if s["ref"] in ("slp", "ot", "psy", "diet")])
    p = c.kid(ages=sc["ages"])
    doc = c.pick(MD_FR)
    th = THER[sc["ref"]]
    subj_name = c.rname(p, ("SF", "sf", "full", "SFN"))
    subject = c.pick(["Demande de consultation – %s – %s", "Réf. %s : %s", "Nouvelle demande %s (%s)"]) % (
        REFERRAL_FR[sc["ref"]], subj_name)
    lines = [hello(c, C.STAFF[th][2]), ""]
    lines.append("Je te réfère %s, %s, vu%s aujourd'hui en clinique de développement." % (
        c.name(p, "full") if c.chance(0.5) else p.given, c.age(p), e_(p)))
    lines.append("")
    lines.append("Nom : %s" % c.name(p, "SF"))
    lines.append("DDN : %s   Sexe : %s" % (c.dob(p), p.sex))
    if p.nam:
        lines.append("NAM : %s" % c.nam(p))
    lines.append("No de dossier : %s" % c.mrn(p))
    lines.append("")
    lines.append("Motif : %s." % sc["sx_fr"].capitalize())
    lines.append("Impression diagnostique : %s." % sc["dx_fr"])
    c.t("diagnosis")
    if sc["test_fr"] and c.chance(0.7):
        lines.append("Résultat : %s." % sc["test_fr"])
        c.t("lab_result")
    if sc["med"] and c.chance(0.6):
        lines.append("Médication actuelle : %s." % sc["med"][0])
        c.t("medication")
    lines.append("")
    prio = c.pick(["P1 (moins de 1 mois)", "P2 (3 mois)", "P3 (6 mois)"])
    lines.append("Priorité suggérée : %s." % prio)
    if c.chance(0.5):
        lines.append("Les parents sont d'accord. Mère (%s) joignable au %s, plutôt en après-midi." % (p.mother, c.phone(p)))
    else:
        lines.append("Les parents ont consenti à la référence; le formulaire est numérisé au dossier.")
    lines += ["", bye(c), "", sig(c, doc)]
    m = mk(c, staff(doc), [staff(th)], subject, "\n".join(lines), cc=[staff("mercier")] if c.chance(0.4) else None)
    return c.result(m, "referral", "demande de consultation interne en %s" % REFERRAL_FR[sc["ref"]])


def fr_school_letter(c):
    sc = c.pick([BY_KEY[k] for k in ("tdah", "tdah_vyv", "tsa", "tdc", "absences", "anxiete", "tics", "mutisme", "surdite")])
    p = c.kid(ages=(max(5, sc["ages"][0]), 16))
    doc = c.pick(MD_FR)
    school = c.pick(["ecole_bouleaux", "ecole_sec"]) if p.age_at(c.day) < 12 or c.chance(0.3) else "ecole_sec"
    dest = C.EXTERNAL[school]
    full = c.name(p, "full")
    paras = ["Sainte-Aurélie-des-Monts, le %s" % C.fdate(c.day, "long"), "",
             "À l'attention de %s, %s" % (dest[0], dest[1]), dest[3], "",
             "Objet : %s, né%s le %s – mesures d'adaptation" % (full, e_(p), c.dob(p, "long")), "",
             "Madame, Monsieur,",
             "%s est suivi%s à notre centre depuis %s. Un diagnostic de %s a été posé." % (
                 p.given, e_(p), c.pick(["2023", "le printemps dernier", "l'an dernier", "septembre 2024"]), sc["dx_fr"]),
             "Les difficultés observées en classe (%s) sont compatibles avec ce diagnostic." % sc["sx_fr"]]
    c.t("diagnosis")
    paras.append("Nous recommandons les mesures suivantes : temps supplémentaire d'un tiers aux évaluations, "
                 "local à stimulation réduite, pauses motrices planifiées, consignes écrites et découpées, "
                 "place à l'avant de la classe.")
    if sc["med"] and c.chance(0.7):
        paras.append("%s prend %s à la maison; aucune dose n'est à administrer à l'école." % (p.given, sc["med"][0]))
        c.t("medication")
    paras += ["Ces recommandations sont transmises avec le consentement écrit des parents.", "",
              "Veuillez agréer nos salutations distinguées.", "", C.signature(doc, "fr")]
    fname = "Lettre_ecole_%s_%s.docx" % (p.given, p.surname) if c.chance(0.6) else "Lettre mesures d'adaptation – %s.docx" % p.surname
    att = docx_att(c, fname, "Mesures d'adaptation scolaire", paras)
    body = "\n".join([hello(c, None), "",
                      "Vous trouverez ci-joint la lettre %s concernant %s, avec les recommandations pour le plan d'intervention." % (
                          C.art(doc, "de "), c.name(p, c.pick(["full", "init", "sfn"]))),
                      "Le consentement signé des parents est au dossier; une copie leur a été remise.", "",
                      bye(c), "", sig(c, "rioux")])
    m = mk(c, staff("rioux"), [(dest[0], dest[4])], "Lettre pour le plan d'intervention – %s" % p.given, body,
           cc=[staff(doc)] if c.chance(0.5) else None, atts=[att])
    return c.result(m, "school_letter", "lettre à l'école avec recommandations et diagnostic")


def fr_daycare(c):
    allergy = c.chance(0.4)
    p = c.kid(ages=(2, 5))
    doc = c.pick(MD_FR)
    dest = C.EXTERNAL["cpe_pinsons"]
    lines = [hello(c, "Mme " + dest[0].split()[1]), ""]
    if allergy:
        alg = c.pick(["arachides et noix", "œufs", "poisson et fruits de mer", "lait de vache (APLV)"])
        lines.append("Comme convenu au téléphone, voici le plan d'urgence pour %s (%s) qui fréquente le groupe des %s." % (
            c.name(p, "full"), c.dob(p), c.pick(["Coccinelles", "Papillons", "Grenouilles", "Lucioles"])))
        lines += ["", "Diagnostic : allergie alimentaire IgE-médiée aux %s (réaction anaphylactique en %s)." % (
            alg, c.pick(["juin", "août", "mars"])),
            "Traitement d'urgence : EpiPen Jr 0,15 mg IM à la face externe de la cuisse, puis appel au 911.",
            "Cétirizine 2,5 mg PO pour urticaire localisée seulement.",
            "Deux auto-injecteurs doivent être disponibles au CPE en tout temps."]
        c.t("diagnosis", "medication")
        note = "plan d'urgence allergie pour le CPE"
    else:
        sc = c.pick([BY_KEY[k] for k in ("tsa", "rgd", "tdl", "pc", "surdite", "t21")])
        lines.append("À la demande des parents, je vous confirme que %s, né%s le %s, est suivi%s à notre centre pour un %s." % (
            c.name(p, "full"), e_(p), c.dob(p, "long"), e_(p), sc["dx_fr"]))
        c.t("diagnosis")
        lines += ["", "Cette condition justifie une demande d'allocation pour l'intégration d'un enfant handicapé. "
                  "Nous recommandons une éducatrice en soutien %s heures par semaine, un horaire visuel et "
                  "un coin calme." % c.pick(["10", "15", "20"])]
        if c.chance(0.5):
            lines.append("L'orthophoniste (%s) pourra vous proposer une visite d'observation en %s." % (
                C.staff_name("turcotte"), c.pick(["novembre", "décembre", "janvier"])))
        note = "attestation de diagnostic pour l'intégration au CPE"
    lines += ["", "N'hésitez pas à communiquer avec nous au %s." % C.ORG_TEL, "", bye(c), "", sig(c, doc)]
    atts = None
    if c.chance(0.45):
        atts = [pdf_att(c, "Plan_%s_%s.pdf" % (slug(p.surname), slug(p.given)), "Plan d'intervention – milieu de garde",
                        [l for l in lines[2:-3]], header=C.ORG_SHORT)]
    m = mk(c, staff(doc), [(dest[0], dest[4])], c.pick(["Plan pour %s" % p.given, "Documents CPE – %s" % p.given,
                                                       "%s – milieu de garde" % p.given]), "\n".join(lines), atts=atts)
    return c.result(m, "daycare_letter", note)


def fr_parent_reply(c):
    sc = c.pick([BY_KEY[k] for k in ("tdah", "tdah_vyv", "sommeil_tsa", "absences", "anxiete", "tics", "constipation", "t21")])
    p = c.kid(ages=sc["ages"])
    nurse = c.pick(["frechette", "osei"]) if c.chance(0.3) else "frechette"
    doc = c.pick(MD_FR)
    mom = p.mother
    mom_given = mom.split()[0]
    med = sc["med"][0]
    parent_txt = "\n".join([
        "Bonjour,", "",
        c.pick(["%s prend %s depuis deux semaines." % (p.given, med),
                "Depuis qu'on a commencé %s, on remarque des changements chez %s." % (med.split(" (")[0], p.given)]),
        c.pick(["Il/elle ne mange presque plus le midi et pleure beaucoup le soir.".replace("Il/elle", il(p).capitalize()),
                "%s a mal au ventre le matin et dort mal." % il(p).capitalize(),
                "On ne voit pas vraiment de différence, est-ce qu'on peut augmenter la dose?"]),
        "Est-ce normal? On a un rendez-vous seulement en %s." % c.pick(["janvier", "février", "décembre"]), "",
        "Merci,", "%s (maman de %s, dossier %s)" % (mom, c.name(p, c.pick(["full", "lower"])), c.mrn(p))])
    c.t("medication")
    pdt = earlier_dt(c, 0, 2)
    ans = [hello(c, "Mme " + mom.split()[1]), "",
           c.pick(["Merci pour votre message.", "Merci de nous avoir écrit."]),
           "J'en ai parlé avec %s ce matin. " % C.art(doc) + c.pick([
               "La baisse d'appétit est un effet fréquent au début; on vous suggère de donner un bon déjeuner avant la dose et une collation en fin d'après-midi.",
               "On garde la même dose pour l'instant et on réévalue dans deux semaines.",
               "Elle accepte qu'on augmente à la dose suivante à partir de lundi; la nouvelle ordonnance est envoyée à votre pharmacie."]),
           "Je vous propose un appel de suivi le %s à %s." % (C.fday(c.later(3, 12), "fr"), c.slot())]
    if c.chance(0.5):
        ans.append("Pour rappel, %s est suivi%s ici pour : %s." % (p.given, e_(p), sc["dx_fr"]))
        c.t("diagnosis")
    ans += ["", bye(c), "", sig(c, nurse, disclaimer=True), "",
            quoted_reply(c, parent_txt, mom, p.parent_email, C.staff_addr(nurse), pdt, "Question médicament", "fr")]
    m = mk(c, staff(nurse), [(mom, p.parent_email)], "RE: Question médicament", "\n".join(ans), reply=True)
    return c.result(m, "parent_reply", "réponse à un parent au sujet d'un effet de médicament")


def fr_growth(c):
    sc = c.pick([BY_KEY["croissance"], BY_KEY["fer"], BY_KEY["obesite"], BY_KEY["t21"]])
    p = c.kid(ages=sc["ages"])
    nurse = "frechette"
    doc = c.pick(MD_FR)
    who = "%s (%s)" % (c.name(p, c.pick(["SF", "SFN", "sf"])), c.mrn(p))
    rows = []
    base_w = c.rng.uniform(9, 40)
    for i, mo in enumerate(["mars", "juin", "sept.", "oct."][-c.rng.randint(3, 4):]):
        w = base_w + i * c.rng.uniform(-0.3, 0.6)
        rows.append("  %-6s  poids %5.1f kg   taille %5.1f cm   P%s" % (mo, w, 80 + base_w * 2 + i, c.pick(["3", "5", "10", "<3", "97", ">99"])))
    lines = [hello(c, C.STAFF[doc][2]), "", "Suivi de croissance de %s :" % who, ""] + rows + [""]
    c.t("lab_result")
    if sc["lab"]:
        lines.append("Bilan sanguin du %s : %s." % (C.fdate(c.earlier(3, 10), "slash"), sc["lab"][0]))
    lines.append("Hypothèse : %s." % sc["dx_fr"])
    c.t("diagnosis")
    if sc["med"] and c.chance(0.6):
        lines.append("Veux-tu que je prépare l'ordonnance pour %s ?" % sc["med"][0])
        c.t("medication")
    lines += ["La famille revient le %s avec la nutritionniste." % C.fdate(c.later(), "long"), "", "Amélie"]
    m = mk(c, staff(nurse), [staff(doc)], c.pick(["Suivi croissance", "Courbe de croissance – à revoir", "Pesée de contrôle"]),
           "\n".join(lines), cc=[staff("sirois")] if c.chance(0.5) else None, layout=c.pick(["plain", "plain", "html"]))
    if m.layout == "html":
        import html as H
        m.html = "<html><body><p>%s</p><pre style=\"font-family:Consolas\">%s</pre><p>%s</p></body></html>" % (
            "<br>".join(H.escape(x) for x in lines[:3]), H.escape("\n".join(rows)), "<br>".join(H.escape(x) for x in lines[len(rows) + 4:]))
    return c.result(m, "growth_followup", "suivi de croissance avec mesures et bilan")


def fr_vacc_catchup(c):
    nurse = "frechette"
    n = c.rng.randint(4, 8)
    rows = [["Nom", "Prénom", "DDN", "Dossier", "Vaccins dus", "Commentaire"]]
    vacc = ["DCaT-VPI-Hib (18 mois)", "RRO-Var (18 mois)", "dcaT-VPI (4-6 ans)", "Men-C-C (18 mois)",
            "Pneu-C-15 (12 mois)", "HB (rappel)", "RRO (2e dose)", "Influenza"]
    comments = ["parents hésitants, à rediscuter", "fièvre 39,5 au dernier vaccin", "2 rdv manqués",
                "déménagement prévu", "aucun", "allergie aux œufs (non contre-indiquée)", "interprète arabe"]
    for i in range(n):
        k = c.kid(ages=(1, 6), holder=False)
        c.name(k, "sf")
        rows.append([k.surname.upper(), k.given, c.dob(k, "iso"), c.mrn(k, "plain"), c.pick(vacc), c.pick(comments)])
    c.t("medication")
    fname = c.pick(["retard_vaccinal_%s.csv" % C.MOIS[c.day.month - 1], "rattrapage vaccins.csv", "liste_vaccination.csv"])
    att = csv_att(c, fname, rows)
    body = "\n".join([hello(c, "Annie" if c.chance(0.5) else None), "",
                      "Voici la liste des enfants de notre clientèle en retard de vaccination (%d enfants)." % n,
                      "Peux-tu vérifier au registre si certaines doses ont été données en CLSC ? "
                      "Les parents ont été avisés qu'on vous transmettait l'information.", "",
                      bye(c), "", sig(c, nurse)])
    m = mk(c, staff(nurse), [ext("clsc")], "Enfants en retard de vaccination – %s" % C.MOIS[c.day.month - 1], body, atts=[att])
    return c.result(m, "vaccination_list", "liste d'enfants en retard de vaccination (CSV)")


def fr_waitlist(c):
    n = c.rng.randint(6, 11)
    rows = [["Priorité", "Nom", "Prénom", "DDN", "Référent", "Motif", "Date de réf.", "Programme"]]
    prog = ["Évaluation TSA", "Clinique TDAH", "Orthophonie", "Ergothérapie", "Psychologie"]
    for i in range(n):
        sc = c.pick(SCENARIOS)
        k = c.kid(ages=sc["ages"], holder=False)
        c.name(k, "sf")
        rows.append([c.pick(["P1", "P2", "P2", "P3"]), k.surname, k.given, c.dob(k, "iso"),
                     c.pick(["Dr Lafrance (GMF)", "CLSC", "Dre Nadon (GMF)", "école", "pédiatre HRSA"]),
                     sc["dx_short_fr"], C.fdate(c.earlier(30, 300), "iso"), c.pick(prog)])
    c.t("diagnosis")
    att = xlsx_att(c, c.pick(["Liste_attente_%02d-%d.xlsx" % (c.day.month, c.day.year), "liste d'attente à jour.xlsx"]),
                   [("Liste d'attente", rows)])
    body = "\n".join([hello(c, None), "",
                      "Ci-joint la liste d'attente mise à jour en date du %s, à réviser avant la rencontre d'équipe de jeudi." % C.fdate(c.day, "long"),
                      "J'ai surligné les P1 qui dépassent le délai visé.", "", bye(c), "", sig(c, "mercier")])
    m = mk(c, staff("mercier"), [staff(k) for k in c.sample(MD, 3)], "Liste d'attente – mise à jour", body, atts=[att])
    return c.result(m, "waitlist", "liste d'attente nominative (XLSX)")


def fr_booking_ics(c):
    sc = c.pick([BY_KEY["tsa_susp"], BY_KEY["tsa"], BY_KEY["rgd"], BY_KEY["tdl"]])
    p = c.kid(ages=sc["ages"])
    d = c.later(5, 40)
    h = c.pick([8, 9, 13])
    import datetime as dt
    start = dt.datetime(d.year, d.month, d.day, h, 30)
    end = start + dt.timedelta(hours=3)
    name = c.name(p, c.pick(["full", "SFN"]))
    c.t("diagnosis")
    desc = "Évaluation multidisciplinaire (%s). Mère : %s. Apporter les questionnaires remplis par le CPE." % (
        sc["dx_short_fr"], c.phone(p))
    att = ics_att(c, "invitation.ics", uid="%s-%s@lesmarelles.example" % (d.strftime("%Y%m%d"), p.mrn[3:]),
                  start=start, end=end, summary="ADOS-2 / évaluation – %s" % name, description=desc,
                  location="Salle d'évaluation 2, CDE Les Marelles", organizer=("Lucie Rioux", C.staff_addr("rioux")),
                  stamp=dt.datetime(c.day.year, c.day.month, c.day.day, 14, 0), attendees=[staff("nolet"), staff("turcotte")])
    body = "\n".join([hello(c, None), "", "Invitation pour l'évaluation du %s à %d h 30 (%s)." % (
        C.fday(d, "fr"), h, name), "Bloc de 3 heures avec pause. Merci de confirmer.", "", "Lucie"])
    m = mk(c, staff("rioux"), [staff("nolet"), staff("turcotte")], "Invitation : évaluation – %s" % name, body, atts=[att])
    return c.result(m, "booking", "convocation d'évaluation avec invitation ICS")


def fr_transport(c):
    p = c.kid(ages=(3, 14))
    sc = BY_KEY["pc"]
    d1, d2 = c.later(3, 15), c.later(16, 40)
    lines = ["Bonjour,", "", "Nous demandons un transport adapté pour l'usager suivant :", "",
             "Nom : %s" % c.name(p, c.pick(["SF", "full"])),
             "Date de naissance : %s" % c.dob(p),
             "Adresse de départ : %s" % c.address(p),
             "Téléphone (parent) : %s" % p.phone,
             "Condition : %s, %s." % (sc["dx_fr"], c.pick(["fauteuil roulant manuel", "marchette postérieure", "déambulateur et fatigue rapide"])),
             "Accompagnateur : %s (%s)" % (p.mother, c.pick(["mère", "tutrice"])), "",
             "Rendez-vous : %s à %s et %s à %s, Hôpital régional de Sainte-Aurélie, clinique de spasticité (%s)." % (
                 C.fdate(d1, "long"), c.slot(), C.fdate(d2, "long"), c.slot(), sc["med"][0])]
    c.t("diagnosis", "medication")
    lines += ["", bye(c), "", sig(c, c.pick(["gingras", "rioux"]))]
    m = mk(c, staff(c.pick(["gingras", "rioux"])), [ext("transport")], "Demande de transport adapté", "\n".join(lines))
    return c.result(m, "transport", "demande de transport adapté pour rendez-vous")


def fr_labs(c):
    sc = c.pick([s for s in SCENARIOS if s["lab"]])
    p = c.kid(ages=sc["ages"])
    doc = c.pick(MD_FR)
    nurse = "frechette"
    lines = [c.pick(["Amélie,", "Salut Amélie,", "Bonjour Amélie,"]), "",
             "Résultats reçus pour %s (%s) :" % (c.name(p, c.pick(["init", "SF", "sfn"])), c.mrn(p)),
             "  %s" % sc["lab"][0], ""]
    c.t("lab_result")
    if sc["med"]:
        lines.append("Peux-tu appeler la mère pour débuter %s ? Ordonnance faxée à la pharmacie." % sc["med"][0])
        c.t("medication")
    else:
        lines.append("C'est compatible avec %s. Peux-tu avancer le rendez-vous et aviser les parents ?" % sc["dx_fr"])
        c.t("diagnosis")
    if c.chance(0.4):
        lines.append("Contrôle dans %s." % c.pick(["4 semaines", "3 mois", "6 semaines"]))
    lines += ["", "Merci", C.STAFF[doc][2]]
    m = mk(c, staff(doc), [staff(nurse)], c.pick(["Résultats labo", "labo à suivre", "Résultats – SVP appeler la famille", "FW: résultats"]),
           "\n".join(lines))
    return c.result(m, "lab_followup", "suivi de résultats de laboratoire")


def fr_rx_pharmacy(c):
    sc = c.pick([s for s in SCENARIOS if s["med"] and s["key"] not in ("pc",)])
    p = c.kid(ages=sc["ages"], holder=c.chance(0.6))
    doc = c.pick(MD_FR)
    ph = c.pick(["pharma", "pharma2"])
    lines = ["# Patient", "Nom : %s" % c.name(p, "SF"), "Date de naissance : %s" % c.dob(p, "iso"),
             "Sexe : %s" % p.sex]
    if p.nam:
        lines.append("NAM : %s" % c.nam(p, c.pick(["plain", "space"])))
    lines.append("Adresse : %s" % c.address(p))
    poids = c.rng.randint(14, 55)
    lines += ["Poids : %d kg" % poids, "Allergies : %s" % c.pick(["aucune connue", "pénicilline (urticaire)", "sulfa"]), "",
              "# Prescription", "Rx : %s" % sc["med"][0],
              "Quantité : %s   Renouvellements : %s" % (c.pick(["30 jours", "1 mois", "90 jours"]), c.pick(["0", "2", "5"])),
              "Indication : %s" % sc["dx_short_fr"], "", "# Prescripteur",
              "%s, %s — %s" % (C.staff_name(doc, True), C.staff_role(doc), C.ORG_FR),
              "Tél. %s  Téléc. %s" % (C.ORG_TEL, C.ORG_FAX),
              "Date : %s" % C.fdate(c.day, "long")]
    c.t("medication", "diagnosis")
    att = pdf_att(c, c.pick(["ordonnance.pdf", "Ordonnance_%s.pdf" % slug(p.surname), "Rx_%s.pdf" % c.day.strftime("%Y%m%d")]),
                  "Ordonnance", lines, header="%s — %s" % (C.ORG_SHORT, C.ORG_TEL), footer="Document transmis par courriel sécurisé")
    body = "\n".join([hello(c, None), "", "Veuillez trouver ci-jointe une ordonnance pour %s." % c.name(p, c.pick(["full", "init"])),
                      "Merci de confirmer la réception par retour de courriel.", "", sig(c, "rioux")])
    m = mk(c, staff("rioux"), [ext(ph)], c.pick(["Ordonnance", "Ordonnance – transmission", "Rx à préparer"]), body, atts=[att])
    return c.result(m, "prescription", "ordonnance transmise à la pharmacie (PDF)")


def fr_benefits_form(c):
    sc = c.pick([BY_KEY[k] for k in ("tsa", "rgd", "pc", "t21", "surdite", "tsaf")])
    p = c.kid(ages=(3, 16), holder=c.chance(0.6))
    sw = "gingras"
    parent = p.mother
    paras = ["# Section 1 – Enfant", "Nom et prénom : %s" % c.name(p, "SF"),
             "Date de naissance : %s" % c.dob(p, "iso"), "Sexe : %s" % p.sex]
    if p.nam:
        paras.append("Numéro d'assurance maladie : %s" % c.nam(p, "space"))
    paras += ["# Section 2 – Parent demandeur", "Nom : %s" % parent,
              "Numéro d'assurance sociale : %s" % c.sin(), "Adresse : %s" % c.address(p), "Téléphone : %s" % p.phone,
              "# Section 3 – Renseignements médicaux", "Diagnostic principal : %s" % sc["dx_fr"],
              "Limitations : %s" % sc["sx_fr"],
              "Durée prévue de l'incapacité : plus de 12 mois",
              "Services reçus : orthophonie, ergothérapie, éducation spécialisée au CPE / à l'école"]
    c.t("diagnosis")
    if c.chance(0.6):
        paras.append("Situation familiale : " + c.pick(SOCIAL)[0])
        c.t("social_information")
    att = docx_att(c, c.pick(["Formulaire_supplement_%s.docx" % slug(p.surname), "Demande SEH – %s.docx" % p.surname]),
                   "Demande de supplément pour enfant handicapé", paras)
    body = "\n".join([hello(c, None), "",
                      "Vous trouverez ci-joint la demande de supplément pour enfant handicapé remplie avec la famille, "
                      "ainsi que l'attestation médicale.", "Le dossier a été complété avec %s le %s." % (
                          parent.split()[0] if c.chance(0.5) else "la mère", C.fdate(c.earlier(1, 10), "long")),
                      "", bye(c), "", sig(c, sw, disclaimer=True)])
    m = mk(c, staff(sw), [ext("prestations")], "Demande de supplément – dossier %s" % p.surname, body, atts=[att])
    return c.result(m, "benefits_form", "formulaire de prestation pour enfant handicapé avec NAS du parent")


def fr_dpj(c):
    sc = c.pick(SCENARIOS)
    p = c.kid(ages=(1, 14))
    sw = "gingras"
    dest = C.EXTERNAL["dpj"]
    missed = c.rng.randint(2, 4)
    lines = [hello(c, "M. Cormier"), "",
             "Je fais suite à notre conversation téléphonique concernant %s (%s, DDN %s)." % (
                 c.name(p, "full"), c.pick(["votre dossier", "dossier DPJ en cours"]), c.dob(p)),
             "",
             "Depuis le signalement retenu, l'enfant a manqué %d rendez-vous à notre centre (%s)." % (
                 missed, sc["dx_short_fr"]),
             c.pick(["La mère nous dit ne plus avoir de téléphone et être hébergée chez une amie.",
                     "Le père a annulé le dernier rendez-vous en mentionnant un conflit avec la famille d'accueil.",
                     "L'enfant est arrivé au dernier rendez-vous sans avoir mangé et avec des vêtements inadéquats."]),
             "Le suivi pour %s est important : %s." % (sc["dx_fr"], sc["sx_fr"]),
             "", "Pourriez-vous nous indiquer qui accompagnera l'enfant au prochain rendez-vous, prévu le %s ?" % C.fdate(c.later(), "long"),
             "", bye(c), "", sig(c, sw, disclaimer=True)]
    c.t("social_information", "diagnosis")
    m = mk(c, staff(sw), [(dest[0], dest[4])], c.pick(["Suivi – dossier %s" % p.surname.upper(), "Rendez-vous manqués – enfant suivi DPJ",
                                                        "Signalement – suivi"]), "\n".join(lines))
    return c.result(m, "youth_protection", "suivi avec la protection de la jeunesse")


def fr_signout(c):
    doc_from, doc_to = c.sample(MD_FR, 2)
    n = c.rng.randint(5, 9)
    ward = [("bronchiolite VRS+, O2 0,5 L LN, à sevrer", ("diagnosis",)),
            ("pneumonie lobaire, ampicilline IV J2, afébrile depuis 24 h", ("diagnosis", "medication")),
            ("déshydratation sur gastro, réhydratation IV, natrémie 131 ce matin", ("diagnosis", "lab_result")),
            ("convulsion fébrile simple, observation, congé demain si stable", ("diagnosis",)),
            ("acidocétose diabétique résolue, insuline SC depuis hier", ("diagnosis", "medication")),
            ("cellulite périorbitaire, céfazoline IV, hémoc nég. à 48 h", ("diagnosis", "medication", "lab_result")),
            ("ictère néonatal, bili 268 µmol/L, photothérapie", ("diagnosis", "lab_result")),
            ("crise d'asthme, salbutamol q2h → q4h, dexaméthasone reçue", ("diagnosis", "medication")),
            ("maltraitance suspectée, DPJ avisée, ne pas donner congé", ("diagnosis", "social_information")),
            ("retard pondéral, bilan en cours, calorimétrie avec nutrition", ("diagnosis",))]
    rows = []
    for i in range(n):
        k = c.kid(ages=(0, 15), holder=False)
        prob, ty = c.pick(ward)
        c.t(*ty)
        rows.append("%d-%d  %s (%s)  %s" % (c.rng.randint(401, 418), c.rng.randint(1, 2), c.name(k, c.pick(["SF", "SFN"])),
                                              C.age_str(k, c.day, "fr"), prob))
    text = "\n".join([C.STAFF[doc_to][2] + ",", "", "Liste pour la garde de la fin de semaine (étage pédiatrie HRSA) :", ""] + rows +
                     ["", "À surveiller : le %s-%s, pour lequel j'attends le résultat de culture." % (rows[0][:3], rows[0][4]),
                      "Bonne garde !", C.STAFF[doc_from][2]])
    m = mk(c, staff(doc_from), [staff(doc_to)], c.pick(["Liste de garde – fds", "Passation de garde", "Sign-out étage"]), text,
           layout="plain")
    return c.result(m, "signout", "liste de passation de garde de l'étage")


TEMPLATES = [fr_referral, fr_school_letter, fr_daycare, fr_parent_reply, fr_growth, fr_vacc_catchup, fr_waitlist,
             fr_booking_ics, fr_transport, fr_labs, fr_rx_pharmacy, fr_benefits_form, fr_dpj, fr_signout]
