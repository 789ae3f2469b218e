"""French positives, part A: referrals, infusion lists, DMARD monitoring,
RAMQ exception drugs, private insurers, special access, joint injections,
lupus nephritis, vasculitis follow-up."""
import datetime

import gen_clin as K
import gen_common as C
import gen_docs as D
import gen_tpl as T

GP = [("Dre Sophie Lamarre", "slamarre"), ("Dr Patrice Ouimet", "pouimet"), ("Dre Hanane Belkacem", "hbelkacem"),
      ("Dr Étienne Gravel", "egravel"), ("Dre Catherine Roux-Lemay", "crouxlemay")]

SYMPT_FR = {
    "RA": ["polyarthralgies inflammatoires des MCP et IPP depuis {m} mois, raideur matinale de 2 h, synovites 2e-3e MCP bilatérales",
           "gonflement des poignets et des MTP depuis {m} mois, dérouillage matinal > 1 h, incapable de fermer les poings le matin"],
    "AS": ["lombalgie inflammatoire depuis {m} mois avec réveils nocturnes, réponse partielle au naproxène 500 mg BID",
           "douleur fessière alternante et raideur dorsale matinale depuis {m} mois, uvéite antérieure l'an dernier"],
    "PsA": ["talalgies et dactylite du 3e orteil, psoriasis du cuir chevelu, oligoarthrite des genoux depuis {m} mois"],
    "SLE": ["arthralgies, éruption malaire photosensible, ulcères buccaux et alopécie depuis {m} mois"],
    "LN": ["œdème des membres inférieurs, urine mousseuse et arthrites des mains depuis {m} mois"],
    "GCA": ["céphalées temporales nouvelles, claudication de la mâchoire et baisse de vision transitoire OD depuis {m} sem."],
    "GPA": ["sinusite croûteuse persistante, épistaxis, toux avec crachats sanglants depuis {m} sem."],
    "MPA": ["fatigue, perte de poids de 6 kg, hématurie et créatinine en hausse depuis {m} sem."],
    "PMR": ["douleurs et raideur des épaules et des hanches, incapable de s'habiller seul le matin depuis {m} sem."],
    "gout": ["crises articulaires récidivantes du gros orteil et du genou, tophus au coude depuis {m} mois"],
    "knee OA": ["gonalgie mécanique avec épanchement récidivant depuis {m} mois, marche limitée à 2 coins de rue"],
    "Sjögren's": ["sécheresse oculaire et buccale, parotidomégalie et arthralgies depuis {m} mois"],
    "SSc": ["phénomène de Raynaud sévère, épaississement cutané des doigts et reflux depuis {m} mois"],
}


def _labs_for(r, dx, lang="fr"):
    return K.labs_for_dx(r, dx, lang)


def referral(r, c):
    p = c.alloc.qc(True)
    dx = K.dx_of(r, ["ra", "spa", "lupus", "vasc", "oa", "ctd"])
    gname, gloc = r.choice(GP)
    frm = T.ext("gmf" if r.random() < 0.6 else "gmf2", gloc)
    frm = (gname, frm[1])
    to = [("Accueil rhumatologie", "accueil.rhumato@" + C.ORG_DOMAIN)]
    sym = r.choice(SYMPT_FR[dx[3]]).format(m=r.randint(2, 9))
    labs = _labs_for(r, dx)
    c.t("diagnosis", "lab_result")
    meds = K.med_for_dx(r, dx, "fr")
    c.t("medication")
    prio = r.choice(["P2 (< 28 jours)", "P3", "prioritaire", "P1 — urgent"])
    susp = r.choice(["Suspicion de", "R/O", "Impression :", "Dx probable :"])
    ident = c.ident_line(p)
    text_body = (
        "%s\n\nJe vous adresse %s pour évaluation en rhumatologie.\n\n%s\n\n"
        "%s %s.\nHistoire : %s.\nBilan : %s.\nTx actuel : %s.\n\nPriorité demandée : %s.\n"
        "%s\n\n%s\n%s\nTél. : 450 555-01%02d  Téléc. : 450 555-01%02d"
        % (T.greet(r, "fr"), r.choice(["cette patiente" if p.sex == "F" else "ce patient", c.name(p, "title_sur")]),
           ident, susp, dx[0], sym, K.labs_inline(labs), meds, prio,
           r.choice(["Je reste disponible pour toute question.", "Merci de votre collaboration.", ""]),
           gname, C.EXT["gmf"][0] if "valdesaulnes" in frm[1] else C.EXT["gmf2"][0],
           r.randint(20, 49), r.randint(50, 69)))
    atts = []
    if r.random() < 0.35:
        blocks = [("title", "Demande de consultation — Rhumatologie"),
                  ("kv", c.ident_fields(p, with_mrn=False)),
                  ("h", "Raison de la consultation"), ("p", "%s %s. %s." % (susp, dx[0], sym)),
                  ("h", "Résultats pertinents"), ("table", ["Analyse", "Résultat"], labs),
                  ("kv", [("Priorité", prio), ("Médecin référent", gname)])]
        atts.append({"kind": "pdf", "data": D.pdf(blocks, "Demande de consultation", gname, compress=r.random() < 0.5),
                     "filename": r.choice(["Demande_consultation_rhumato.pdf", "Référence rhumatologie.pdf",
                                           "consult_%s.pdf" % T.slug(p.surname).lower()])})
    subj = r.choice(["Demande de consultation — rhumatologie", "Référence rhumato %s" % prio.split(" ")[0],
                     "Consultation %s — %s" % (dx[2], c.name(p, r.choice(["title_sur", "upper_first"]))),
                     "Nouvelle référence"])
    return T.spec("referral", "referral from family physician to rheumatology intake", subj, frm, to, text_body,
                  mode=r.choice(["plain", "alt", "plain"]), attachments=atts)


def infusion_list(r, c):
    n = r.randint(4, 7)
    rows = []
    day = T.future(r, c.when, 1, 3)
    has_dx = r.random() < 0.6
    for i in range(n):
        p = c.alloc.qc(False)
        b = K.bio_of(r, iv=True)
        d = K.dx_for_bio(r, b)
        nm = c.name(p, r.choice(["upper_first", "sur_first", "initial"]))
        rem = r.choice(["", "1re dose — surveillance 2 h", "prémédication Tylenol/Benadryl/Solu-Medrol",
                        "vérifier FSC avant", "reporter si fièvre", "poids à refaire", "2e dose d'induction",
                        "réaction légère la dernière fois, débit ralenti"])
        if has_dx:
            rem = d[2] + ("; " + rem if rem else "")
        rows.append([str(i + 1), T.hhmm(r, 7, 14), nm, c.mrn(p, r.choice(["plain", "dash", "H"])), b[0] if r.random() < 0.5 else b[1][0],
                     b[3].split(" aux ")[0].split(" J1")[0], rem])
    c.t("medication")
    if has_dx:
        c.t("diagnosis")
    header = ["Fauteuil", "Heure", "Patient", "Dossier", "Traitement", "Dose", "Remarques"]
    sender = T.who(r.choice(C.CLERKS[:2] + ["charest"]))
    to = [T.who("dube"), T.who("obrien"), ("Préparation biologiques", "pharmacie.biologiques@" + C.ORG_DOMAIN)]
    subj = r.choice(["Liste perfusions %s" % C.short_date_fr(day), "CPB — horaire des fauteuils du %s" % C.long_date_fr(day),
                     "Perfusions de demain", "Liste clinique biologiques " + day.isoformat()])
    intro = "%s\n\nVoici la liste des perfusions du %s (%d patients)." % (T.greet(r, "fr"), C.long_date_fr(day), n)
    outro = "%s\n\n%s" % (r.choice(["Svp aviser si un produit n'est pas disponible.", "La pharmacie a déjà reçu les ordonnances.",
                                    "Le fauteuil 3 est bloqué en PM pour l'entretien."]), C.signature(r, sender_key_of(sender)))
    k = r.random()
    if k < 0.4:
        html = T.html_doc(T.paras_html(intro) + "\n" + T.html_table(header, rows) + "\n" + T.paras_html(outro))
        return T.spec("infusion_list", "infusion chair list with patients and biologics", subj, sender, to,
                      intro + "\n\n" + T.text_table(header, rows) + "\n\n" + outro, html=html, mode=r.choice(["html", "alt"]))
    if k < 0.75:
        att = {"kind": "xlsx", "data": D.xlsx([("Perfusions", header, rows)], "Liste perfusions", sender[0]),
               "filename": "Perfusions_%s.xlsx" % day.isoformat()}
        return T.spec("infusion_list", "infusion list as spreadsheet attachment", subj, sender, to,
                      intro + " Fichier Excel ci-joint.\n\n" + outro, attachments=[att])
    return T.spec("infusion_list", "infusion list as plain-text table", subj, sender, to,
                  intro + "\n\n" + T.text_table(header, rows) + "\n\n" + outro)


def sender_key_of(sender):
    for s in C.STAFF:
        if C.staff_addr(s[0]) == sender[1]:
            return s[0]
    return "lavoie"


def dmard_labs(r, c):
    p = c.alloc.qc(r.random() < 0.6)
    dm = K.dmard_of(r, "cbc_lft")
    rows, kind = K.labs_dmard(r, "fr", abnormal=True)
    c.t("lab_result", "medication")
    md = r.choice(C.PHYS)
    nurse = r.choice(["kowalski", "arsenault", "villeneuve"])
    who_p = c.ident_line(p) if p.nam else "%s (dossier %s)" % (c.name(p), c.mrn(p))
    problem = {"alt": "les transaminases sont montées", "neut": "neutropénie", "ok": "bilan stable"}[kind]
    q = r.choice(["On suspend la dose de cette semaine?", "Je lui dis de cesser en attendant ton avis?",
                  "Veux-tu qu'on refasse le bilan dans 2 semaines?"])
    extra = r.choice(["Il dit prendre de l'alcool les fins de semaine." if p.sex == "M" else "Elle dit prendre de l'alcool les fins de semaine.",
                      "Pas de fièvre, pas d'ulcères buccaux.", "A pris du Septra la semaine passée pour une cystite.",
                      "Toujours sous acide folique 5 mg."])
    first = ("Bilan de suivi %s %s : %s.\n\n" % (dm[0].split(" (")[0], T.de(who_p), problem)
             + "\n".join("  %-14s %s" % (a, b) for a, b in rows)
             + "\n\nPosologie actuelle : %s %s. %s\n\n%s" % (dm[0], dm[2], extra, q))
    first = T.greet(r, "fr", T.first(md) if r.random() < 0.5 else T.doc_short(md)) + "\n\n" + first
    subj = r.choice(["Bilan %s — %s" % (dm[0].split(" (")[0], problem), "Résultats labo suivi ARMM",
                     "ALT élevée" if kind == "alt" else "FSC à revoir", "Suivi bilan " + p.surname.upper()])
    if "Suivi bilan " in subj:
        c.t("patient_name")
    if r.random() < 0.55:
        ans = r.choice(["Oui, suspendre 2 semaines puis reprendre à dose réduite. Refaire FSC, ALT, créat dans 2 sem.",
                        "On cesse. Je le/la vois à la clinique jeudi. Ajoute bilan hépatique complet + sérologies hépatites.",
                        "Pas de changement pour l'instant, on recontrôle dans 1 semaine."])
        txt = ans + "\n\n" + T.first(md) + "\n\n" + T.quote_block(r, "fr", first, T.who(nurse), T.earlier(r, c.when), subj)
        return T.spec("dmard_monitoring", "reply about DMARD monitoring bloodwork", "RE: " + subj, T.who(md), [T.who(nurse)], txt,
                      mode=r.choice(["plain", "alt"]))
    return T.spec("dmard_monitoring", "DMARD monitoring bloodwork to physician", subj, T.who(nurse), [T.who(md)],
                  first + "\n\n" + C.signature(r, nurse))


def ramq_exception(r, c):
    p = c.alloc.qc(True)
    dx = K.dx_of(r, ["ra", "spa", "lupus"])
    b = K.bio_for_dx(r, dx)
    c.t("diagnosis", "medication", "lab_result")
    md = r.choice(C.PHYS)
    clerk = r.choice(["charest", "cote"])
    prior = r.choice({"ra": ["méthotrexate 25 mg SC x 6 mois (réponse insuffisante); léflunomide 20 mg x 4 mois (hépatotoxicité)",
                             "méthotrexate 20 mg PO x 5 mois + hydroxychloroquine 400 mg; sulfasalazine 2 g (intolérance digestive)"],
                      "spa": ["AINS x 2 à doses maximales x 3 mois chacun (échec)", "naproxène 1 g/j puis célécoxib 400 mg/j (échec)"],
                      "lupus": ["hydroxychloroquine 400 mg, azathioprine 150 mg (échec)", "MMF 3 g/j x 6 mois + prednisone (réponse partielle)"]}[dx[4]])
    score = {"ra": ("DAS28-CRP", "%.1f" % r.uniform(4.2, 6.6)), "spa": ("BASDAI", "%.1f" % r.uniform(4.1, 8.2)),
             "lupus": ("SLEDAI-2K", str(r.randint(6, 16)))}[dx[4]]
    fields = c.ident_fields(p, with_mrn=r.random() < 0.5)
    blocks = [("title", "Demande d'autorisation — médicament d'exception"),
              ("small", "Document de travail — à compléter et signer par le prescripteur"),
              ("h", "1. Personne assurée"), ("kv", fields),
              ("h", "2. Renseignements cliniques"),
              ("kv", [("Diagnostic", dx[0]), ("Médicament demandé", "%s (%s)" % (b[0], r.choice(b[1]))),
                      ("Posologie", b[3]), ("Traitements antérieurs", prior),
                      score] + ([("Articulations enflées", str(r.randint(4, 14)))] if dx[4] == "ra" else [])),
              ("h", "3. Prescripteur"), ("kv", [("Médecin", C.staff_name(md)), ("Spécialité", "rhumatologie")])]
    att = {"kind": "pdf" if r.random() < 0.7 else "docx",
           "filename": r.choice(["Med_exception_%s.pdf" % T.slug(p.surname), "Demande médicament d'exception.pdf",
                                 "RAMQ_exception_%s_%s.pdf" % (b[0], T.slug(p.surname).upper())])}
    if att["kind"] == "docx":
        att["filename"] = att["filename"][:-4] + ".docx"
        att["data"] = D.docx(blocks, "Médicament d'exception", C.staff_name(clerk, title=False))
    else:
        att["data"] = D.pdf(blocks, "Médicament d'exception", C.staff_name(clerk, title=False), compress=r.random() < 0.5)
    if p.surname in att["filename"] or p.surname.upper() in att["filename"] or T.slug(p.surname) in att["filename"]:
        c.t("patient_name")
    body = ("%s\n\nVoici le formulaire de médicament d'exception prérempli pour %s (%s), à partir de ta note du %s. "
            "Il manque ta signature%s. Je le transmets dès que je l'ai.\n\n%s\n\n%s"
            % (T.greet(r, "fr", T.first(md)), c.name(p, r.choice(["title_full", "full", "upper_first"])), b[0],
               C.short_date_fr(T.past(r, c.when, 3, 20)),
               r.choice(["", " et la date de la dernière visite", " et le poids actuel"] if dx[4] != "ra" else
                        ["", " et le nombre d'articulations douloureuses", " et la date de début du méthotrexate"]),
               T.thanks(r, "fr"), C.signature(r, clerk)))
    subj = r.choice(["Méd. d'exception à signer", "Formulaire RAMQ — %s" % b[0], "À signer : demande %s" % r.choice(b[1]),
                     "Exception %s %s" % (b[0], p.surname)])
    return T.spec("drug_authorization", "prefilled exception-drug request for signature", subj, T.who(clerk), [T.who(md)], body,
                  attachments=[att])


def private_insurer(r, c):
    p = c.alloc.qc(False)
    dx = K.dx_of(r, ["ra", "spa", "lupus", "vasc"])
    b = K.bio_for_dx(r, dx)
    c.t("diagnosis", "medication")
    md = r.choice(C.PHYS)
    ins = r.choice(["ins", "ins3"])
    cert = "%08d-%02d" % (r.randint(10000000, 99999999), r.randint(1, 4))
    labs = _labs_for(r, dx)
    c.t("lab_result")
    invalid = r.random() < 0.4
    is_reply = r.random() < 0.4
    sent = T.earlier(r, c.when, 24, 120) if is_reply else c.when
    letter = [("title", "Lettre de justification médicale"),
              ("p", "%s, le %s" % ("Sainte-Aurélie", C.long_date_fr(sent.date()))),
              ("p", "Objet : demande d'autorisation préalable — %s" % b[0]),
              ("kv", [("Adhérent(e)", c.full_name(p)), ("Date de naissance", c.dob(p)), ("No de certificat", cert)]
               + ([("NAS (assurance invalidité)", c.sin(p))] if invalid else [])),
              ("p", "Madame, Monsieur, je suis en charge du suivi de %s pour une %s. Malgré %s, la maladie demeure active (%s). "
                    "Je recommande l'amorce de %s, %s. Je vous remercie de l'attention portée à cette demande."
               % (c.name(p, "title_sur"), dx[0], r.choice(["le méthotrexate à dose optimale", "deux csDMARD", "les AINS et le méthotrexate"]),
                  K.labs_inline(labs), b[0], b[3])),
              ("p", C.staff_name(md) + ", rhumatologue")]
    fn = r.choice(["Justification_%s_%s.docx" % (C.EXT[ins][0].split()[0], T.slug(p.surname).upper()),
                   "Lettre assureur %s.docx" % p.surname, "lettre_justification.docx"])
    att = {"kind": "docx", "data": D.docx(letter, "Lettre de justification", C.staff_name(md, title=False)), "filename": fn}
    if r.random() < 0.3:
        att = {"kind": "pdf", "data": D.pdf(letter, "Lettre de justification", C.staff_name(md, title=False)),
               "filename": fn[:-5] + ".pdf"}
    body = ("Bonjour,\n\nVeuillez trouver ci-jointe la lettre de justification médicale pour votre adhérent(e) %s "
            "(certificat %s) concernant %s.\n\nLe formulaire d'autorisation préalable signé suivra par télécopieur.\n\n%s"
            % (c.name(p, r.choice(["full", "upper_first", "title_full"])), cert, r.choice(b[1]), C.signature(r, md)))
    subj = r.choice(["Autorisation préalable — certificat %s" % cert, "Demande d'autorisation %s" % r.choice(b[1]),
                     "Lettre de justification — %s" % c.name(p, "upper_first")])
    if is_reply:
        inner = body
        body = ("Bonjour Dr(e),\n\nNous avons bien reçu la lettre. Afin de compléter le dossier, pourriez-vous nous transmettre "
                "les résultats des 3 derniers bilans (CRP, VS) et la date de début du méthotrexate?\n\nMerci,\n"
                "Service des réclamations — médicaments\n%s\n\n%s" % (C.EXT[ins][0],
                T.quote_block(r, "fr", inner, T.who(md), sent, subj, style="outlook")))
        return T.spec("insurer_request", "insurer asks for more information on a prior authorization", "RE: " + subj,
                      T.ext(ins, "reclamations.medicaments"), [T.who(md)], body, attachments=[att])
    return T.spec("insurer_request", "justification letter to private insurer", subj, T.who(md),
                  [T.ext(ins, "autorisation.prealable")], body, attachments=[att])


def special_access(r, c):
    p = c.alloc.qc(True)
    opt = r.choice([
        ("avacopan (Tavneos) 30 mg PO BID", "vasculite à ANCA (GPA) réfractaire, rechute sous rituximab",
         "prednisone 1 mg/kg, rituximab 375 mg/m² x 4, cyclophosphamide IV (EUVAS)", "vasc"),
        ("anakinra 100 mg SC die", "maladie de Still de l'adulte corticodépendante",
         "prednisone, méthotrexate, tocilizumab (réaction)", "still"),
        ("iloprost IV 0,5-2 ng/kg/min x 5 jours", "sclérodermie systémique, ulcères digitaux multiples",
         "nifédipine, sildénafil, bosentan", None),
        ("voclosporine 23,7 mg BID", "néphrite lupique classe IV réfractaire au MMF", "MMF 3 g/j x 6 mois + prednisone", "lupus")])
    drug, dxt = opt[0], opt[1]
    c.t("diagnosis", "medication")
    md = r.choice(C.PHYS)
    lines = ["DEMANDE — PROGRAMME D'ACCÈS SPÉCIAL", "",
             "Patient(e) : " + c.ident_line(p, with_mrn=False),
             "Établissement : %s, %s" % (C.HOSP_FR, C.SERVICE_FR),
             "Médicament : " + drug,
             "Indication : " + dxt,
             "Traitements essayés : " + opt[2],
             "Urgence : " + r.choice(["urgente (7 jours)", "non urgente", "urgente — " + ("hospitalisée" if p.sex == "F" else "hospitalisé")]),
             "Quantité demandée : " + r.choice(["3 mois", "1 cycle", "6 mois"])]
    if opt[3] and r.random() < 0.6:
        if opt[3] == "vasc":
            labs = K.labs_vasc(r, "fr", "PR3")[:4]
        elif opt[3] == "lupus":
            labs = K.labs_lupus(r)[:4]
        else:
            labs = [("Ferritine", "%d µg/L" % r.randint(1800, 9000)), ("CRP", "%.1f mg/L" % r.uniform(60, 190)),
                    ("GB", "%.1f x10^9/L" % r.uniform(13, 22))]
        lines.append("Derniers résultats : " + K.labs_inline(labs))
        c.t("lab_result")
    body = "\n".join(lines) + "\n\n" + C.signature(r, md)
    to = [T.ext("sap", "demandes")]
    subj = r.choice(["PAS — demande urgente %s" % drug.split(" ")[0], "Demande d'accès spécial", "Accès spécial : %s" % drug.split(" (")[0]])
    if r.random() < 0.35:
        auth = "PAS-%d-%05d" % (c.when.year, r.randint(10000, 99999))
        body = ("Bonjour,\n\nLa demande est autorisée sous le numéro %s. Le fabricant expédiera à la pharmacie de l'établissement "
                "d'ici 48 h.\n\nProgramme d'accès spécial\n\n%s" % (auth, T.quote_block(r, "fr", body, T.who(md), T.earlier(r, c.when), subj)))
        return T.spec("special_access", "special access program authorization reply", "RE: " + subj, T.ext("sap", "ne-pas-repondre"),
                      [T.who(md), T.who(r.choice(C.PHARMS))], body)
    return T.spec("special_access", "special access program drug request", subj, T.who(md), to, body,
                  cc=[T.who(r.choice(C.PHARMS))])


def injection_booking(r, c):
    p = c.alloc.qc(r.random() < 0.55)
    jd = r.choice(K.JOINT_DX)
    joint = jd[0]
    inj = r.choice(K.STEROID_INJ)
    dx = r.choice(jd[2])
    c.t("diagnosis", "medication")
    md = r.choice(C.PHYS + C.RESIDENTS)
    clerk = r.choice(C.CLERKS)
    day = T.future(r, c.when, 5, 30)
    il = "Elle" if p.sex == "F" else "Il"
    anticoag = r.choice(["", " %s est sous apixaban — pas besoin de cesser." % il, " Sous warfarine, RNI à faire la veille.",
                         " Diabétique : avertir pour la glycémie."])
    who_p = c.ident_line(p) if p.nam else "%s, dossier %s" % (c.name(p), c.mrn(p))
    body = ("%s\n\nPeux-tu céduler une infiltration %s (%s) pour %s?\n%s. Idéalement %s, plage écho en AM.%s\n\n%s"
            % (T.greet(r, "fr", T.first(clerk)), joint, dx, who_p, inj, C.long_date_fr(day), anticoag, T.thanks(r, "fr")))
    atts = []
    if r.random() < 0.45:
        start = datetime.datetime.combine(day, datetime.time(r.choice([8, 9, 10, 13]), r.choice([0, 30])))
        ev = {"uid": "inj-%s@%s" % (T.slug(p.surname).lower() + str(r.randint(100, 999)), C.ORG_DOMAIN), "start": start,
              "end": start + datetime.timedelta(minutes=30),
              "summary": "Infiltration %s — %s" % (joint, c.name(p, r.choice(["upper_first", "title_full"]))),
              "location": "Salle de procédures 2, rhumatologie", "description": "%s. %s. Dossier %s" % (dx, inj, c.mrn(p, "plain")),
              "organizer": (C.staff_name(clerk, title=False), C.staff_addr(clerk)),
              "attendees": [(C.staff_name(md, title=False), C.staff_addr(md))]}
        atts.append({"kind": "ics", "data": D.ics([ev]), "filename": r.choice(["infiltration.ics", "Rendez-vous infiltration – %s.ics" % C.short_date_fr(day)])})
        body = ("Rendez-vous confirmé — infiltration %s le %s. Invitation ci-jointe.\n\n%s"
                % (joint, C.long_date_fr(day), T.quote_block(r, "fr", body, T.who(md), T.earlier(r, c.when), "Infiltration")))
        return T.spec("injection_booking", "joint injection appointment confirmed with calendar invite",
                      r.choice(["RE: Infiltration", "Confirmé : infiltration %s" % C.short_date_fr(day)]),
                      T.who(clerk), [T.who(md)], body, attachments=atts)
    subj = r.choice(["Infiltration à céduler", "Booking infiltration %s" % joint.split(" (")[0], "Infiltration — %s" % c.name(p, "title_sur")])
    return T.spec("injection_booking", "request to book a joint injection", subj, T.who(md), [T.who(clerk)], body)


def _trend_rows(r, labs):
    older = [K.labs_lupus(r, "fr") for _ in range(3)]
    return [[labs[i][0]] + [o[i][1] for o in older] + [labs[i][1]] for i in range(5)]


def lupus_nephro(r, c):
    p = c.alloc.qc(True)
    labs = K.labs_lupus(r, "fr")
    c.t("diagnosis", "lab_result", "medication")
    md = r.choice(C.PHYS)
    neph = r.choice([("Dr Mathieu Plourde", "mplourde"), ("Dre Roxanne Tessier", "rtessier")])
    treat = r.choice(["MMF 1 g BID + prednisone 30 mg en sevrage + HCQ 200 mg BID",
                      "belimumab 10 mg/kg IV q4 sem + MMF 1,5 g BID", "HCQ 400 mg die, prednisone 7,5 mg, azathioprine 100 mg"])
    body = ("%s\n\nJe te réfère %s pour une atteinte rénale probable dans le contexte de son lupus.\n\n%s\n\n"
            "Résultats du %s :\n%s\n\nTraitement actuel : %s.\n\nJe pense qu'une biopsie rénale serait indiquée "
            "avant d'intensifier. Peux-tu %s voir cette semaine?\n\n%s"
            % (T.greet(r, "fr", neph[0].split(" ")[1]), c.name(p, "title_full"), c.ident_line(p),
               C.short_date_fr(T.past(r, c.when, 1, 7)), "\n".join("- %s : %s" % x for x in labs), treat,
               "la" if p.sex == "F" else "le", C.signature(r, md)))
    atts = []
    if r.random() < 0.4:
        atts.append({"kind": "xlsx", "data": D.xlsx([("Tendances", ["Analyse"] + ["T-%d" % i for i in (3, 2, 1, 0)],
                                                       _trend_rows(r, labs))], "Tendances lupus", C.staff_name(md, title=False)),
                     "filename": "tendances_%s.xlsx" % T.slug(p.surname).lower()})
    subj = r.choice(["Néphrite lupique probable — référence", "LED avec protéinurie — avis néphro",
                     "Référence néphro : %s" % c.name(p, "upper_first")])
    return T.spec("consult_letter", "rheumatology referral to nephrology for lupus nephritis", subj, T.who(md),
                  [(neph[0], neph[1] + "@hsc-nephro.example")], body, mode=r.choice(["plain", "alt", "alt"]), attachments=atts)


def vasculitis_followup(r, c):
    p = c.alloc.qc(r.random() < 0.6)
    dx = K.dx_of(r, ["vasc"])
    labs = K.labs_for_dx(r, dx, "fr", 3)
    c.t("diagnosis", "lab_result", "medication")
    md = r.choice(C.PHYS)
    taper = [("Sem. %d-%d" % (i * 2 + 1, i * 2 + 2), "%d mg" % d) for i, d in enumerate(r.choice([[40, 30, 25, 20, 15, 12, 10],
                                                                                              [30, 25, 20, 17, 15, 12, 10]]))]
    if K.is_anca(dx):
        tx = r.choice(["rituximab 500 mg IV aux 6 mois (entretien)", "avacopan 30 mg BID + rituximab", "azathioprine 150 mg die (entretien)"])
        evol = r.choice(["Pas de récidive ORL. Créatinine stable. Aucune infection depuis la dernière visite.",
                         "Croûtes nasales persistantes, hématurie microscopique à recontrôler."])
    else:
        tx = r.choice(["tocilizumab 162 mg SC chaque semaine", "méthotrexate 15 mg/sem en épargne cortisonique", "prednisone seule"])
        evol = r.choice(["Céphalées résolues, pas de symptôme visuel. Légère raideur résiduelle aux épaules.",
                         "Fatigue, prise de poids 6 kg sous corticos, glycémie à jeun 7,4.",
                         "Raideur des ceintures améliorée de 80 %, dérouillage matinal 15 minutes."])
    note = [("title", "Note de suivi — clinique des vascularites"),
            ("kv", c.ident_fields(p, with_mrn=True)),
            ("h", "Diagnostic"), ("p", "%s, diagnostiquée en %d." % (dx[0], c.when.year - r.randint(0, 3))),
            ("h", "Évolution"), ("p", evol),
            ("h", "Laboratoires"), ("table", ["Analyse", "Résultat"], labs),
            ("h", "Plan"), ("p", "Poursuivre %s. Sevrage de prednisone selon le tableau ci-dessous. Ostéoporose : alendronate 70 mg/sem, "
                                  "calcium + vit D." % tx),
            ("table", ["Période", "Prednisone"], taper)]
    fname = r.choice(["Note_suivi_%s_%s.docx" % (dx[2], T.slug(p.surname)), "suivi vasculite.docx", "Note de suivi – %s.docx" % p.surname,
                      "%s_%s_%s.docx" % (T.slug(p.surname).upper(), p.given[0], c.when.date().isoformat())])
    att = {"kind": "docx", "data": D.docx(note, "Note de suivi", C.staff_name(md, title=False)), "filename": fname}
    if T.slug(p.surname) in fname or T.slug(p.surname).upper() in fname:
        c.t("patient_name")
    to = [T.who(r.choice(C.NURSES)), T.who(r.choice(C.CLERKS))]
    body = ("%s\n\nNote de suivi ci-jointe pour %s, à verser au dossier et à faxer au médecin de famille. "
            "Prochain RV dans %d semaines avec VS/CRP la veille.\n\n%s"
            % (T.greet(r, "fr"), r.choice(["ma patiente de ce matin" if p.sex == "F" else "mon patient de ce matin",
                                           c.name(p, "title_sur")]), r.choice([4, 6, 8, 12]), C.signature(r, md)))
    subj = r.choice(["Note de suivi %s" % dx[2], "Suivi vasculite — note à classer", "Note %s" % c.name(p, "upper_first")])
    return T.spec("followup_note", "vasculitis follow-up note attached", subj, T.who(md), to, body, attachments=[att])


TEMPLATES = [referral, infusion_list, dmard_labs, ramq_exception, private_insurer, special_access, injection_booking,
             lupus_nephro, vasculitis_followup]
