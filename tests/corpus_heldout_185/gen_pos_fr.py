"""Confidential messages in French (haematology / transfusion medicine / blood bank)."""
import datetime

import gen_attach as A
import gen_common as C
from gen_ctx import ABO, ANTIBODIES, DX, MEDS, day, labs, meds_for
from gen_mime import Att, Mail, Quote, Table, Pre

L = "fr"


def _salut(r):
    return r.choice(["Bonjour,", "Bonjour à tous,", "Allo,", "Bonjour Dre,", "Salut,", "Bonjour l'équipe,"])


def reaction(c):
    r = c.rng
    p = c.patient(0.9)
    hv = c.staff(role="hv")
    me = c.staff(role="tech")
    d = c.past(0, 4)
    kind, desc, tx = r.choice([
        ("réaction fébrile non hémolytique (RFNH)", "T 38,9 °C et frissons 40 min après le début du 2e CGR; TA stable",
         "acétaminophène 650 mg PO, mépéridine 25 mg IV pour les frissons"),
        ("surcharge volémique post-transfusionnelle (TACO)", "dyspnée, SpO2 86 % AA, crépitants bilatéraux, TA 172/95",
         "furosémide 40 mg IV x 1, O2 4 L/min"),
        ("réaction allergique modérée", "urticaire généralisée et prurit, pas de stridor ni d'hypotension",
         "diphenhydramine 50 mg IV et hydrocortisone 100 mg IV"),
        ("réaction hémolytique retardée", "ictère à J+7, TDA positif, nouvel anticorps %s identifié" % r.choice(ANTIBODIES),
         "aucun traitement spécifique; acide folique 5 mg die"),
    ])
    dx = r.choice(DX)[0]
    prod = r.choice(["CGR", "plaquettes d'aphérèse", "plasma congelé", "CGR irradié"])
    din = C.fmt_din(*C.new_din(r))
    hb = r.randint(58, 79)
    ident = c.ident(p, mrn=True)
    c.t("diagnosis", "medication", "lab_result")
    lines = ident.split("\n") + [
        "Unité de soins : %s" % r.choice(["6 Nord - hémato-oncologie", "Urgence", "Soins intensifs", "Clinique de jour"]),
        ("h", "Contexte"), "Diagnostic : %s. Hb prétransfusionnelle %d g/L." % (dx, hb),
        ("h", "Produit en cause"), "%s - DIN %s - groupe %s" % (prod, din, r.choice(ABO)),
        ("h", "Description de l'événement"), "Le %s vers %dh%02d : %s." % (C.fmt_date(d, L), r.randint(8, 22), r.choice([5, 20, 35, 50]), desc),
        "Transfusion arrêtée, tubulure et sac retournés à la banque de sang. Hémocultures x2 prélevées.",
        ("h", "Traitement"), tx,
        ("h", "Évolution"), r.choice(["Résolution complète en 3 h.", "Transfert aux soins intensifs pour surveillance, évolution favorable.", "Stable, poursuite de la surveillance."]),
        "Gravité : %s   Imputabilité : %s" % (r.choice(["1 - non sévère", "2 - sévère"]), r.choice(["possible", "probable", "certaine"])),
        "Déclarant : %s, %s" % (c.who(me), "banque de sang"),
    ]
    fn = r.choice(["AH-520_%s_%s.pdf" % (C.slug(p.surname).upper(), d.strftime("%Y%m%d")),
                   "declaration_incident_transfusionnel_%s.pdf" % d.strftime("%Y-%m-%d"),
                   "Déclaration AH-520 %s.pdf" % d.strftime("%d-%m")])
    data = A.pdf("Rapport de déclaration d'incident/accident transfusionnel (AH-520)", lines,
                 header=C.ORG_FR["name"] + " - " + C.ORG_FR["bank"], footer="Document confidentiel - usage clinique")
    blocks = [_salut(r),
              "Veuillez trouver ci-joint la déclaration AH-520 pour une %s survenue le %s. Le dossier complet suit par le SIIATH." % (kind, C.fmt_date(d, L)),
              r.choice(["La culture du sac est en cours, je vous reviens avec le résultat.",
                        "Le médecin traitant a été avisé et l'enquête est ouverte.",
                        "Pouvez-vous confirmer la réception? Merci."]),
              c.sig(me)]
    subj = r.choice(["Déclaration AH-520 - %s" % kind.split(" (")[0], "Incident transfusionnel du %s" % C.fmt_date(d, L, True),
                     "TR: déclaration réaction transfusionnelle"])
    return c.mail("transfusion_reaction", "transfusion reaction report with PDF form",
                  c.pair(me), [c.box("hemovig", "declarations", "Bureau régional d'hémovigilance")], subj, blocks,
                  atts=[Att(fn, "application/pdf", data=data)])


def product_request(c):
    r = c.rng
    p = c.patient(0.5)
    doc = c.staff(role=r.choice(["hemato", "resident"]))
    dxt = r.choice([DX[0], DX[11], DX[12], DX[9]])
    dx = dxt[0]
    need = r.choice(["CGR irradiés et CMV négatifs", "plaquettes HLA compatibles", "CGR phénotypés Rh/K compatibles",
                     "CGR lavés (antécédent de réaction anaphylactique)"])
    nm = C.name_form(r, p, L, r.choice([0, 1, 2, 5, 6]))
    c.t("patient_name", "diagnosis")
    lines = ["%s : %s." % (r.choice(["Bonjour la banque", "Bonjour"]), r.choice(["petite demande pour demain matin", "demande urgente", "pour info et préparation"]))]
    lines.append("%s, %s%s, connue pour %s%s. On prévoit %d unités %s %s." % (
        nm, r.choice(["chambre 6%02d" % r.randint(1, 30), "clinique de jour", "à l'urgence"]),
        (", dossier " + C.fmt_mrn(r, p.mrn)) if r.random() < 0.7 else "",
        dx, r.choice([", greffe allogénique J+%d" % r.randint(20, 90), ", fludarabine il y a 3 mois", ""]),
        r.randint(1, 3), need, r.choice(["demain 8 h", "cet après-midi", "jeudi"])))
    if "dossier" in lines[-1]:
        c.t("mrn")
    if r.random() < 0.6:
        a, _ = labs(r, 2, dxt)
        lines.append("Derniers labos : " + ", ".join(a) + ".")
        c.t("lab_result")
    if p.nam:
        lines.append(c.ident(p, mrn=False))
    lines.append(c.sig(doc))
    subj = r.choice(["Demande de produits - %s" % need.split(" (")[0], "Produits spéciaux pour demain",
                     "Besoin transfusionnel particulier"])
    return c.mail("blood_product_request", "special blood product request", c.pair(doc),
                  [c.org_box("banquedesang", "Banque de sang CHRVO")], subj, lines)


def antibody_result(c):
    r = c.rng
    p = c.patient(0.9, ) if r.random() < 0.8 else c.patient(0.0, sex="F", min_age=20, max_age=42)
    tech = c.staff(role="tech")
    md = ("Dre Lucie Thibodeau", C.email_of("Lucie", "Thibodeau", C.DOMAINS_EXT["clinic"]))
    ab = r.sample(ANTIBODIES, r.choice([1, 2]))
    grp = r.choice(ABO)
    ident = c.ident(p)
    c.t("lab_result")
    blocks = [_salut(r),
              "Résultat de la recherche d'anticorps irréguliers (RAI) pour votre patiente :" if p.sex == "F" else "Résultat de la RAI pour votre patient :",
              Pre(ident),
              Table(["Analyse", "Résultat"], [["Groupe ABO/Rh", grp], ["RAI", "POSITIVE"],
                                              ["Identification", " + ".join(ab)],
                                              ["Titrage", "1:%d" % r.choice([4, 8, 16, 32])],
                                              ["TDA", r.choice(["négatif", "positif IgG"])]])]
    if p.sex == "F" and r.random() < 0.6:
        blocks.append("Grossesse de %d semaines selon la requête; un suivi aux 4 semaines est recommandé et l'obstétricienne a été avisée." % r.randint(12, 30))
        c.t("diagnosis")
    blocks.append("Une carte d'anticorps a été %s. Prévoir des CGR antigène-négatif pour toute transfusion." % r.choice(["postée à l'adresse au dossier", "remise à la patiente" if p.sex == "F" else "remise au patient"]))
    blocks.append(c.sig(tech))
    return c.mail("antibody_result", "irregular antibody screen result to physician", c.pair(tech), [md],
                  r.choice(["RAI positive - %s" % " ".join(ab), "Résultat banque de sang", "Anticorps irrégulier identifié"]),
                  blocks)


def signout(c):
    r = c.rng
    doc = c.staff(role=r.choice(["hemato", "resident"]))
    n = r.randint(4, 7)
    rows = []
    nam_done = False
    for i in range(n):
        use_nam = (not nam_done) and r.random() < 0.5 and c.pf.nam_left() > 0
        p = c.pf.nam_patient() if use_nam else c.pf.invented()
        dxt = r.choice(DX)
        dx = dxt[0]
        a, _ = labs(r, 1, dxt)
        plan = r.choice(["transfuser 1 CGR si Hb < 70", "plaq x1 si < 10 ou saignement", "suivi INR AM",
                         "IgIV J2 ce soir", "hémocultures si T > 38,3", "PAM ce soir, attendre labos", "congé prévu demain",
                         "aphérèse demain 7 h"])
        room = "%d%02d%s" % (r.choice([6, 7]), r.randint(1, 32), r.choice(["", "A", "B"]))
        if use_nam:
            nm, dobsx, nam = c.nam_inline(p)
            rows.append([room, nm, dobsx + " " + nam, dx, a[0], plan])
            nam_done = True
        else:
            nm = C.name_form(r, p, L, r.choice([1, 2, 3, 7, 7]))
            rows.append([room, nm, "", dx, a[0], plan])
    c.t("patient_name", "diagnosis", "lab_result")
    table = Table(["Ch.", "Patient", "Naiss. / NAM", "Problème", "Labo", "À faire"], rows)
    blocks = [r.choice(["Liste de départ hémato pour la garde de ce soir.", "Voici la liste pour la fin de semaine.",
                        "Sign-out 7e étage, ajouts en gras dans la version papier."]), table,
              r.choice(["Bonne garde!", "Appelle-moi au besoin.", "Rien d'autre à signaler."]), c.sig(doc)]
    other = c.staff(role="resident")
    atts = []
    if r.random() < 0.4:
        data = A.xlsx_file([("Liste", table.headers, table.rows)], author=c.who(doc))
        atts.append(Att(r.choice(["liste_depart_hemato.xlsx", "signout_%s.xlsx" % c.past(0, 0).strftime("%d%m")]),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data=data))
    return c.mail("signout", "ward sign-out list", c.pair(doc), [c.pair(other)],
                  r.choice(["Liste de départ hémato", "Garde hémato - liste", "Sign-out 7e"]), blocks, atts=atts)


def transfusion_booking(c):
    r = c.rng
    p = c.patient(0.6)
    clerk = c.staff(role="clerk")
    d = c.soon(2, 21)
    start = datetime.datetime(d.year, d.month, d.day, r.choice([7, 8, 9, 10, 13]), r.choice([0, 30]))
    end = start + datetime.timedelta(hours=r.choice([3, 4, 5]))
    dx = r.choice([DX[3], DX[12], DX[9], DX[0]])[0]
    units = r.randint(1, 3)
    short = C.name_form(r, p, L, r.choice([0, 2, 5, 6]))
    c.t("patient_name", "diagnosis")
    desc = "Transfusion %d CGR - %s. Prélèvement épreuve de compatibilité la veille." % (units, dx)
    if p.nam:
        desc += "\n" + c.ident(p, mrn=False, sep="\n")
    ics = A.ics_text("rdv-%08x@chrvo.example" % r.getrandbits(32), start, end,
                     "Transfusion - %s" % short, "Clinique de jour d'hématologie, 3e étage", desc,
                     (c.who(clerk), clerk["addr"]), [("Clinique de jour", "cliniquejour@chrvo.example")])
    blocks = [_salut(r),
              "Rendez-vous ajouté pour %s le %s à %s." % (short, C.fmt_date(d, L), start.strftime("%H h %M")),
              r.choice(["Merci de réserver le fauteuil 4.", "La patiente a été avisée par téléphone." if p.sex == "F" else "Le patient a été avisé par téléphone.",
                        "Voir l'invitation jointe."]),
              c.sig(clerk)]
    return c.mail("transfusion_booking", "day-clinic transfusion appointment with calendar invite", c.pair(clerk),
                  [("Clinique de jour", "cliniquejour@chrvo.example")],
                  r.choice(["RDV transfusion %s" % C.fmt_date(d, L, True), "Transfusion - %s" % short, "Réservation fauteuil"]),
                  blocks, atts=[Att("invitation.ics", "text/calendar", text=ics)])


def prescription(c):
    r = c.rng
    p = c.patient(0.7)
    doc = c.staff(role="hemato")
    ph = c.box("pharmacy", "ordonnances", "Pharmacie Boivin & Dion")
    dxt = r.choice([d for d in DX if d is not DX[17]])
    dx = dxt[0]
    med = meds_for(r, dxt)[0]
    addr = C.home_address(r)
    tel = C.personal_phone(r)
    ident = c.ident(p, mrn=False, dob=True)
    c.t("medication", "diagnosis", "patient_contact")
    lines = ident.split("\n") + ["Adresse : " + addr, "Tél. : " + tel, ("h", "Prescription"),
                                 "Rx : " + med, "Qté : %d jours   Renouvellements : %d" % (r.choice([30, 90]), r.randint(0, 5)),
                                 "Indication : " + dx,
                                 "Prescripteur : %s, permis %05d" % (c.who(doc, True), r.randint(10000, 99999))]
    if r.random() < 0.5:
        blocks = ["Bonjour,", "Ordonnance ci-dessous, l'original suit par télécopieur.", Pre("\n".join(x if isinstance(x, str) else x[1].upper() for x in lines)), c.sig(doc)]
        atts = []
    else:
        data = A.pdf("Ordonnance", lines, header=C.ORG_FR["name"] + " - Clinique d'hématologie")
        blocks = ["Bonjour,", r.choice(["Ordonnance jointe pour votre cliente." if p.sex == "F" else "Ordonnance jointe pour votre client.",
                                        "Voici l'ordonnance, merci de confirmer la disponibilité."]), c.sig(doc)]
        atts = [Att(r.choice(["ordonnance.pdf", "Rx_%s.pdf" % C.slug(p.surname)]), "application/pdf", data=data)]
    return c.mail("prescription", "prescription sent to community pharmacy", c.pair(doc), [ph],
                  r.choice(["Ordonnance", "Rx - nouvelle ordonnance", "Ordonnance hématologie"]), blocks, atts=atts)


def critical_value(c):
    r = c.rng
    p = c.patient(0.4)
    tech = c.staff(role="tech")
    doc = c.staff(role="hemato")
    val = r.choice(["Hb %d g/L" % r.randint(42, 59), "plaquettes %d x10^9/L" % r.randint(2, 9),
                    "INR %.1f" % r.uniform(6.0, 11.5), "fibrinogène %.1f g/L" % r.uniform(0.4, 0.9),
                    "TCA > %d s (héparine non fractionnée)" % r.choice([150, 180])])
    nm = C.name_form(r, p, L, r.choice([3, 3, 1, 4]))
    c.t("patient_name", "lab_result", "mrn")
    blocks = ["Valeur critique communiquée à %s à %dh%02d :" % (c.who(doc, True), r.randint(0, 23), r.randint(0, 59)),
              Pre("%s - dossier %s - %s" % (nm, C.fmt_mrn(r, p.mrn), val)),
              r.choice(["Lecture confirmée au frottis, pas d'agrégats.", "Échantillon repris, résultat confirmé.",
                        "Le médecin demande une FSC de contrôle à 18 h."])]
    if p.nam:
        blocks.append(c.ident(p, mrn=False))
    blocks.append(c.sig(tech))
    return c.mail("critical_value", "critical lab value notification", c.pair(tech), [c.pair(doc)],
                  r.choice(["Valeur critique", "VALEUR CRITIQUE - hémato", "Appel valeur critique"]), blocks)


def transport_request(c):
    r = c.rng
    p = c.patient(0.7)
    nurse = c.staff(role="apher")
    d = c.soon(2, 14)
    dx = r.choice([DX[1], DX[11], DX[13], DX[3]])[0]
    proc = r.choice(["collecte de cellules souches (aphérèse)", "échange plasmatique", "érythraphérèse",
                     "photophérèse extracorporelle"])
    ident = c.ident(p, mrn=False)
    addr = C.home_address(r)
    tel = C.personal_phone(r)
    c.t("patient_contact", "diagnosis")
    blocks = [_salut(r), "Demande de transport adapté :",
              Pre("\n".join([ident, "Adresse de prise en charge : " + addr, "Tél. : " + tel,
                             "Date : %s, arrivée requise à 7 h 15" % C.fmt_date(d, L),
                             "Destination : %s, unité d'aphérèse, 2e étage" % C.ORG_FR["name"],
                             "Motif : %s (%s)" % (proc, dx),
                             "Mobilité : %s" % r.choice(["fauteuil roulant", "marchette", "autonome, accompagnateur"]),
                             "Retour : vers 14 h"])),
              r.choice(["Merci de confirmer par courriel.", "La patiente ne parle pas anglais." if p.sex == "F" else "Le patient ne parle pas anglais.", "SVP appeler la veille pour confirmer."]),
              c.sig(nurse)]
    return c.mail("transport_request", "adapted transport booking for apheresis", c.pair(nurse),
                  [c.box("transport", "reservations", "Transport adapté des Ormes")],
                  r.choice(["Demande de transport - %s" % C.fmt_date(d, L, True), "Transport adapté aphérèse"]), blocks)


def insurer_form(c):
    r = c.rng
    p = c.patient(0.5)
    doc = c.staff(role="hemato")
    sin = C.new_sin(r)
    c.rec("sin", sin)
    dxt = r.choice(DX)
    dx = dxt[0]
    med = meds_for(r, dxt)[0]
    ident = c.ident(p, mrn=False, dob=True)
    c.t("ca_sin", "diagnosis", "medication")
    paras = ["Section B - Déclaration du médecin traitant"] + ident.split("\n") + [
        "NAS : " + C.fmt_sin(r, sin),
        "Employeur : %s" % r.choice(["Scierie Lac-Noir inc.", "Commission scolaire des Ormes", "Épicerie fine du Moulin"]),
        ("h", "Diagnostic"), dx,
        ("h", "Traitement"), med + "; " + ("chimiothérapie en cours" if DX.index(dxt) in (0, 1, 10, 11, 19) else r.choice(["transfusions aux 3 semaines", "suivi mensuel en clinique"])),
        ("h", "Limitations fonctionnelles"),
        r.choice(["Fatigue importante, capacité d'effort réduite; arrêt de travail complet.",
                  "Ne peut soulever plus de 5 kg; pas de travail en hauteur ni d'outils tranchants." if DX.index(dxt) in (2, 4, 5, 7, 8, 18) else
                  "Horaire réduit à 3 jours par semaine pendant le traitement."]),
        "Retour au travail prévu : %s" % r.choice(["indéterminé", "réévaluation dans 3 mois", "progressif en %s" % C.MOIS[r.randint(0, 11)]]),
        "Signature : %s" % c.who(doc, True)]
    data = A.docx_file("Assurances Boréal - Demande de prestations d'invalidité", paras, author=c.who(doc))
    fn = r.choice(["Formulaire_invalidite_%s.docx" % C.slug(p.surname), "formulaire assureur rempli.docx", "Déclaration médecin.docx"])
    blocks = ["Bonjour,", "Formulaire de l'assureur complété et signé pour %s. Merci de le transmettre à l'assureur." % C.name_form(r, p, L, 6),
              c.sig(doc)]
    return c.mail("insurer_form", "disability insurance form with SIN", c.pair(doc),
                  [c.box("insurer", "reclamations", "Assurances Boréal - réclamations")],
                  r.choice(["Formulaire d'invalidité", "Réclamation - déclaration du médecin", "Formulaire complété"]),
                  blocks, atts=[Att(fn, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", data=data)])


def social_work(c):
    r = c.rng
    p = c.patient(0.6)
    sw = c.staff(role="sw")
    nurse = c.staff(role="nurse")
    dx = r.choice([DX[3], DX[4], DX[0], DX[12], DX[1]])[0]
    situ = r.choice([
        "vit seule dans un logement insalubre (moisissures, chauffage défaillant) et risque l'éviction à la fin du mois",
        "est prestataire de l'aide sociale et n'a plus les moyens de payer ses déplacements aux transfusions",
        "a révélé de la violence conjugale; un hébergement en maison d'aide est en discussion",
        "est en situation d'itinérance depuis sa sortie de l'hôpital",
    ])
    if p.sex == "M":
        situ = situ.replace("seule", "seul")
    ident = c.ident(p, mrn=None)
    c.t("social_information", "diagnosis")
    blocks = [_salut(r),
              "Suite à notre rencontre d'équipe : %s, %s pour %s, %s." % (C.name_form(r, p, L, 5), "suivie" if p.sex == "F" else "suivi", dx, situ),
              Pre(ident),
              r.choice(["J'ai fait une demande au fonds de dépannage et contacté l'OMH.",
                        "Référence faite au CLSC; rencontre prévue jeudi.",
                        "Merci de ne pas discuter de la situation devant l'accompagnateur."]),
              c.sig(sw)]
    return c.mail("social_work", "social worker note on patient situation", c.pair(sw), [c.pair(nurse)],
                  r.choice(["Suivi psychosocial", "Situation sociale - suivi", "Rencontre interdisciplinaire"]), blocks)


def youth_protection(c):
    r = c.rng
    p = c.patient(0.0, min_age=2, max_age=15)
    nurse = c.staff(role="nurse")
    doc = c.staff(role="hemato")
    dx = r.choice([DX[4], DX[5]])[0]
    missed = r.randint(3, 6)
    c.t("patient_name", "date_of_birth", "diagnosis", "social_information")
    nm = C.name_form(r, p, L, r.choice([0, 1, 7]))
    blocks = [_salut(r),
              "Signalement fait ce matin à la DPJ (dossier %d-%04d) concernant %s, %s le %s, %s pour %s." % (
                  r.randint(20, 24), r.randint(1, 9999), nm, "née" if p.sex == "F" else "né", C.fmt_dob(r, p.dob, L),
                  "suivie" if p.sex == "F" else "suivi", dx),
              r.choice(["%d rendez-vous manqués depuis janvier, prophylaxie non administrée à domicile selon les registres." % missed,
                        "Ecchymoses multiples non expliquées par le bilan d'hémostase; la mère rapporte un conflit avec le conjoint.",
                        "Enfant arrivé seul à l'urgence, hémarthrose du genou droit, parent injoignable."]),
              "L'intervenante de la DPJ souhaite une copie des notes de suivi. Merci de me faire signe avant de les envoyer.",
              c.sig(nurse)]
    return c.mail("youth_protection", "youth protection report about a paediatric patient", c.pair(nurse),
                  [c.pair(doc)], r.choice(["Signalement DPJ", "DPJ - suivi", "Confidentiel - signalement"]), blocks)


def reply_quoted(c):
    r = c.rng
    p = c.patient(0.3)
    res = c.staff(role="resident")
    doc = c.staff(role="hemato")
    nm = C.name_form(r, p, L, r.choice([0, 5, 6, 3]))
    a, _ = labs(r, 2, DX[13])
    c.t("patient_name", "lab_result", "diagnosis")
    q = [r.choice(["Salut,", "Bonjour Dr,"]),
         "Peux-tu regarder le frottis de %s (urgence, civière %d)? %s. Je me demande si c'est un PTT." % (nm, r.randint(1, 30), ", ".join(a)),
         "Merci!"]
    blocks = [r.choice(["Oui, je l'ai regardé.", "Frottis revu."]),
              "%d schizocytes par champ, pas de blastes. Très compatible avec une MAT; envoie l'ADAMTS13 et appelle la banque pour le plasma, on commence l'échange plasmatique ce soir." % r.randint(3, 9),
              "Commence la prednisone 1 mg/kg en attendant.", c.sig(doc),
              Quote("Le %s, %s a écrit :" % (c.qdate(), c.who(res)), q)]
    c.t("medication")
    if p.nam:
        blocks.insert(3, c.ident(p, mrn=False))
    return c.mail("consult_reply", "reply about blood smear with quoted question", c.pair(doc), [c.pair(res)],
                  "RE: " + r.choice(["frottis urgence", "question PTT?", "Frottis à revoir"]), blocks, in_reply_to=True)


def transfer_belgium(c):
    r = c.rng
    p = c.pf.invented(min_age=25, max_age=80)
    niss = C.new_niss(r, p.dob, p.sex)
    c.rec("niss", niss)
    doc = c.staff(role="hemato")
    be = c.ext("belgium", "Anne-Sophie", "Vandermeulen")
    dxt = r.choice(DX)
    dx = dxt[0]
    med = meds_for(r, dxt)[0]
    c.t("patient_name", "date_of_birth", "be_niss", "diagnosis", "medication")
    blocks = ["Chère Consœur,",
              "Je vous remercie d'avoir pris en charge %s, né(e) le %s (NISS %s), actuellement de passage au Québec." % (
                  C.name_form(r, p, L, r.choice([0, 1, 5])), C.fmt_dob(r, p.dob, L), C.fmt_niss(r, niss)),
              "Diagnostic : %s. Traitement en cours : %s." % (dx, med),
              r.choice(["Le patient souhaite poursuivre le suivi à votre centre dès son retour le mois prochain.",
                        "Une hospitalisation de 4 jours a été nécessaire ici pour transfusion; résumé à suivre."]),
              c.sig(doc)]
    if r.random() < 0.5:
        a, _ = labs(r, 2, dxt)
        blocks.insert(3, "Bilan au départ : " + ", ".join(a) + ".")
        c.t("lab_result")
    return c.mail("transfer_letter", "transfer letter for a Belgian patient", c.pair(doc), [be],
                  r.choice(["Transfert de suivi - patient belge", "Suivi hématologique - retour en Belgique"]), blocks)


def transfer_france(c):
    r = c.rng
    p = c.pf.invented(min_age=20, max_age=85)
    nir = C.new_nir(r, p.dob, p.sex)
    c.rec("nir", nir)
    tech = c.staff(role="hemato")
    fr = c.ext("france", "Laurent", "Bastide")
    dx = r.choice([DX[7], DX[8], DX[2], DX[6], DX[18]])[0]
    c.t("patient_name", "fr_nir", "diagnosis")
    ident = [C.name_form(r, p, L, r.choice([1, 2])), "N° sécurité sociale : " + C.fmt_nir(r, nir)]
    if r.random() < 0.6:
        ident.append("Né(e) le " + C.fmt_dob(r, p.dob, L))
        c.t("date_of_birth")
    data = A.pdf("Résumé de séjour - patient non résident", ident + [
        "Motif : " + dx, "Séjour du %s au %s" % (C.fmt_date(c.past(8, 15), L), C.fmt_date(c.past(1, 4), L)),
        "Transfusions : %d CGR" % r.randint(1, 4), "Facturation : patient non assuré RAMQ, prise en charge CPAM à confirmer"],
        header=C.ORG_FR["name"])
    blocks = ["Bonjour Docteur,", "Votre patient(e) a été hospitalisé(e) chez nous; résumé de séjour en pièce jointe pour la continuité des soins.",
              c.sig(tech)]
    return c.mail("transfer_letter", "hospital stay summary for a French visitor", c.pair(tech), [fr],
                  r.choice(["Résumé de séjour - patient français", "Continuité des soins"]), blocks,
                  atts=[Att("resume_sejour_%s.pdf" % C.slug(p.surname).lower(), "application/pdf", data=data)])


def discharge_summary(c):
    r = c.rng
    p = c.patient(0.85)
    doc = c.staff(role="hemato")
    gp = c.ext("clinic", r.choice(["Martine", "Yves", "Claudine"]), r.choice(["Desrochers", "Lalonde", "Hamelin"]))
    dxt = r.choice(DX)
    dx = dxt[0]
    meds = meds_for(r, dxt, 3, 0)
    a, _ = labs(r, 3, dxt)
    ident = c.ident(p, mrn=True)
    c.t("diagnosis", "medication", "lab_result")
    paras = ident.split("\n") + [("h", "Diagnostic principal"), dx, ("h", "Évolution"),
                                 r.choice(["Admission pour prise en charge de : %s; séjour de %d jours sans complication." % (dx, r.randint(3, 12)),
                                           "Admission pour anémie symptomatique dans ce contexte, %d CGR, bonne réponse." % r.randint(1, 3),
                                           "Admission pour fièvre, cultures négatives, antibiotiques cessés à 48 h."]),
                                 ("h", "Résultats pertinents"), "; ".join(a),
                                 ("h", "Médicaments au congé")] + meds + [
                                 ("h", "Suivi"), "Clinique d'hématologie dans %d semaines avec FSC." % r.randint(2, 6)]
    if r.random() < 0.4:
        paras += [("h", "Situation sociale"), r.choice([
            "Vit %s au 3e étage sans ascenseur; demande d'aide à domicile faite au CLSC." % ("seule" if p.sex == "F" else "seul"),
            "Prestataire de l'aide sociale; transport aux rendez-vous à organiser par la travailleuse sociale.",
            "Proche aidant épuisé; répit demandé. Signalement antérieur de négligence au dossier."])]
        c.t("social_information")
    data = A.docx_file("Résumé de départ", paras, author=c.who(doc))
    fn = r.choice(["resume_depart.docx", "Résumé de départ - %s.docx" % p.surname.upper(), "RD_%s.docx" % p.mrn])
    blocks = ["Bonjour,", "Résumé de départ en pièce jointe.", c.sig(doc)]
    return c.mail("discharge_summary", "discharge summary DOCX to family physician", c.pair(doc), [gp],
                  r.choice(["Résumé de départ", "Congé hémato - résumé", "Résumé d'hospitalisation"]), blocks,
                  atts=[Att(fn, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", data=data)])


def forwarded_eml(c):
    r = c.rng
    p = c.patient(0.6)
    nurse = c.staff(role="nurse")
    doc = c.staff(role="hemato")
    lab = c.staff(role="tech")
    dxt = r.choice(DX)
    dx = dxt[0]
    a, _ = labs(r, 3, dxt)
    ident = c.ident(p, mrn=True)
    c.t("lab_result", "diagnosis")
    inner_blocks = ["Bonjour,", "Résultats de contrôle :", Pre(ident), "\n".join(a),
                    "Dx au dossier : " + dx, c.sig(lab)]
    inner = Mail(L, "inner", "", c.pair(lab), [c.pair(nurse)], "Résultats de contrôle", inner_blocks)
    blocks = [r.choice(["Pour ton info, voir le courriel joint.", "Je te transfère, à discuter à la clinique de demain."]),
              c.sig(nurse)]
    return c.mail("forwarded_result", "forwarded lab result as attached message", c.pair(nurse), [c.pair(doc)],
                  "TR: Résultats de contrôle", blocks,
                  atts=[Att(r.choice(["Résultats de contrôle.eml", "resultats.eml"]), "message/rfc822", msg=inner)])


def subject_only(c):
    r = c.rng
    p = c.pf.invented()
    doc = c.staff(role="hemato")
    nurse = c.staff(role="nurse")
    a, _ = labs(r, 2, DX[6])
    med = r.choice([MEDS[10], MEDS[11]])[0]
    c.t("patient_name", "lab_result", "medication")
    nm = r.choice(["%s %s" % (p.surname.upper(), p.given), "%s %s" % (p.given, p.surname), "%s, %s" % (p.surname, p.given[0] + ".")])
    subj = r.choice(["%s - résultats" % nm, "TR: %s" % nm, "%s : plan" % nm])
    blocks = [r.choice(["Résultats de ce matin : ", "Dernier bilan : "]) + ", ".join(a) + ".",
              "On planifie %s la semaine prochaine. Peux-tu appeler pour fixer la date?" % med, c.sig(doc)]
    return c.mail("quick_note", "quick note, patient named only in the subject", c.pair(doc), [c.pair(nurse)],
                  subj, blocks)


def anticoag_zip(c):
    r = c.rng
    nurse = c.staff(role="anticoag")
    doc = c.staff(role="hemato")
    rows = []
    for _ in range(r.randint(5, 9)):
        p = c.pf.invented(min_age=40)
        rows.append([p.surname.upper(), p.given, p.mrn, "%.1f" % r.uniform(1.4, 5.2),
                     "%.1f mg" % r.choice([2.5, 3, 4, 5, 6, 7.5]), r.choice(["FA", "TVP", "valve mécanique", "EP"]),
                     C.fmt_date(c.soon(3, 28), L, True)])
    c.t("patient_name", "mrn", "lab_result", "medication", "diagnosis")
    heads = ["Nom", "Prénom", "Dossier", "INR", "Dose warfarine", "Indication", "Prochain INR"]
    csv = A.csv_text(heads, rows, sep=";")
    data = A.zip_file([("INR_semaine.csv", csv.encode("utf-8")),
                       ("LISEZMOI.txt", "Liste hebdomadaire - clinique d'anticoagulation. Ne pas transférer.\n".encode("utf-8"))])
    blocks = [_salut(r), "Voici l'archive de la semaine pour révision des doses (%d patients hors cible)." % sum(1 for x in rows if float(x[3]) > 3.0 or float(x[3]) < 2.0),
              c.sig(nurse)]
    return c.mail("anticoag_list", "weekly anticoagulation clinic INR list in ZIP", c.pair(nurse), [c.pair(doc)],
                  r.choice(["INR de la semaine", "Liste anticoagulothérapie", "Révision doses warfarine"]), blocks,
                  atts=[Att(r.choice(["INR_semaine.zip", "clinique_anticoag.zip"]), "application/zip", data=data)])


def patient_vcard(c):
    r = c.rng
    p = c.patient(0.0)
    nurse = c.staff(role="nurse")
    clerk = c.staff(role="clerk")
    tel = C.personal_phone(r)
    addr = C.home_address(r)
    dx = r.choice([DX[4], DX[5], DX[3], DX[13]])[0]
    c.t("patient_name", "patient_contact", "diagnosis")
    note = "%s pour %s - joindre en soirée" % ("Patiente suivie" if p.sex == "F" else "Patient suivi", dx)
    vc = A.vcard_text(p.given, p.surname, tel=tel, tel_type=r.choice(["HOME", "CELL"]), adr=addr, note=note)
    blocks = [_salut(r), "Coordonnées à jour pour %s (nouveau numéro), à inscrire au dossier." % C.name_form(r, p, L, 6),
              c.sig(nurse)]
    return c.mail("contact_update", "patient contact card (vCard)", c.pair(nurse), [c.pair(clerk)],
                  r.choice(["Nouvelles coordonnées", "Mise à jour coordonnées patient"]), blocks,
                  atts=[Att("%s %s.vcf" % (p.given, p.surname), "text/vcard", text=vc)])


def apheresis_census(c):
    r = c.rng
    nurse = c.staff(role="apher")
    doc = c.staff(role="hemato")
    rows = []
    for i in range(r.randint(4, 6)):
        use_nam = i == 0 and c.pf.nam_left() > 0 and r.random() < 0.7
        p = c.pf.nam_patient() if use_nam else c.pf.invented()
        proc = r.choice(["Collecte CSP", "Échange plasmatique", "Érythraphérèse", "Photophérèse"])
        val = r.choice(["CD34+ %d/µL" % r.randint(8, 60), "plaq %d" % r.randint(8, 40), "HbS %d %%" % r.randint(25, 45), "LDH %d" % r.randint(300, 1200)])
        if use_nam:
            nm, dobsx, nam = c.nam_inline(p)
            rows.append([nm, dobsx, nam, p.mrn, proc, val])
        else:
            rows.append([C.name_form(r, p, L, r.choice([1, 7])), "", "", p.mrn, proc, val])
    c.t("patient_name", "mrn", "lab_result")
    heads = ["Patient", "Naissance (sexe)", "NAM", "Dossier", "Procédure", "Dernier résultat"]
    data = A.xlsx_file([("Aphérèse", heads, rows)], author=c.who(nurse))
    blocks = [_salut(r), "Horaire de l'unité d'aphérèse pour la semaine prochaine en pièce jointe.", c.sig(nurse)]
    return c.mail("apheresis_census", "apheresis unit weekly patient schedule (XLSX)", c.pair(nurse), [c.pair(doc)],
                  r.choice(["Horaire aphérèse semaine prochaine", "Aphérèse - patients prévus"]), blocks,
                  atts=[Att("apherese_semaine.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data=data)])


TEMPLATES = [reaction, product_request, antibody_result, signout, transfusion_booking, prescription,
             critical_value, transport_request, insurer_form, social_work, youth_protection, reply_quoted,
             transfer_belgium, transfer_france, discharge_summary, forwarded_eml, subject_only, anticoag_zip,
             patient_vcard, apheresis_census]
