"""Confidential messages in French, part 3 (step 8): lists, calendars, vCards, short leaks."""
import datetime

import gen_attach as A
import gen_clin as C
import gen_common as G
import gen_ids as I
import gen_mime as M
from gen_pos_fr1 import close, doc_addr, gp, greet, id_str, meds_block, né, vous_patient

PROBS = [("IC décompensée", "furosémide IV 40 mg 2x/j", "K+ 3,2 ce matin"),
         ("pneumonie", "amoxi-clav IV", "CRP en baisse (87)"),
         ("AVC J3", "clopidogrel", "déglutition à réévaluer"),
         ("sevrage OH", "diazépam protocole", "CIWA 12 à 22h"),
         ("chute, fracture col fémur opérée", "énoxaparine 40", "Hb 8,9 à recontrôler"),
         ("hypoglycémie sévère", "glucose 10 % IV", "glycémies /2h"),
         ("EP", "rivaroxaban", "sat 94 % AA"),
         ("pyélo", "ceftriaxone 2 g", "hémocs en cours"),
         ("confusion, IU", "halopéridol 0,5 mg si agitation", "famille à rappeler"),
         ("DT1 acidocétose", "insuline IVSE", "pH 7,28 -> 7,36"),
         ("hémorragie digestive haute", "pantoprazole IVSE", "Hb 7,4, 2 CGR passés"),
         ("TS médicamenteuse", "N-acétylcystéine", "avis psy demain")]


def garde_list(ctx):
    rng = ctx.rng
    m = G.Msg("fr", "liste_garde")
    c = rng.choice(["be", "fr"])
    h = ctx.hosp(c)
    m.date = ctx.when()
    doc = ctx.staff("Dr")
    nxt = ctx.staff("Dr")
    n = rng.randrange(4, 8)
    rows = []
    probs = rng.sample(PROBS, n)
    for i in range(n):
        p = ctx.patient(c)
        pr = probs[i]
        rows.append("%d%02d-%s | %s | %s | %s | %s" % (rng.randrange(2, 6), rng.randrange(1, 30), rng.choice("AB"),
                                                       I.fmt_name(rng, p, style=rng.choice(["upper_first", "sur_comma", "upper_first"])),
                                                       pr[0], pr[1], pr[2]))
    m.t("patient_name", "diagnosis", "medication", "lab_result")
    lines = [rng.choice(["Salut %s," % nxt["given"], "Bonsoir,", "Hello l'équipe de garde,"]), "",
             "Voici la liste des patients à surveiller cette nuit en %s :" % rng.choice(["médecine interne", "gériatrie", "cardio", "U2"]),
             "", "Ch. | Patient | Problème | Traitement | À faire", "---|---|---|---|---"] + rows + \
            ["", rng.choice(["Rien d'autre de particulier. Bonne garde !", "Bip 4412 si besoin, je dors à l'internat.",
                             "Les familles ont été prévenues pour les deux premiers."]), doc["given"]]
    m.text = "\n".join(lines)
    m.subject = rng.choice(["Liste de garde %s" % m.date.strftime("%d/%m"), "Passation – patients à surveiller",
                            "sign-out ce soir", "Transmissions garde"])
    m.sender = doc_addr(doc, h["dom"])
    m.to = [doc_addr(nxt, h["dom"])]
    m.structure = rng.choice(["plain", "alt", "html"])
    m.note = "on-call handover list with room, name, problem (%s)" % c
    return m


def roster_xlsx(ctx):
    rng = ctx.rng
    m = G.Msg("fr", "liste_patients")
    c = rng.choice(["be", "fr"])
    h = ctx.hosp(c)
    m.date = ctx.when()
    sec = ctx.staff("")
    chef = ctx.staff("Dr")
    fmt = rng.choice(["xlsx", "csv", "xlsx"])
    idcol = "NISS" if c == "be" else "NIR"
    head = ["Nom", "Prénom", "Date naiss.", idcol, "Motif", "Date RDV", "Remarque"]
    rows = [head]
    for _ in range(rng.randrange(5, 12)):
        p = ctx.patient(c)
        dx = C.pick_dx(rng, p)
        rows.append([p["surname"].upper(), p["given"], p["dob"].strftime("%d/%m/%Y"),
                     I.fmt_niss(rng, p["niss"], rng.choice(["plain", "dots"])) if c == "be" else I.fmt_nir(rng, p["nir"], rng.choice(["plain", "std"])),
                     dx["fr"], (m.date + datetime.timedelta(days=rng.randrange(1, 30))).strftime("%d/%m/%Y"),
                     rng.choice(["", "à jeun", "transport ambulance", "interprète arabe", "diabétique – prévoir collation"])])
    m.t("patient_name", "date_of_birth", "diagnosis", "be_niss" if c == "be" else "fr_nir")
    if fmt == "xlsx":
        blob = A.xlsx([("Consultations", rows)])
        fn = rng.choice(["liste_attente_%s.xlsx" % m.date.strftime("%Y%m"), "RDV semaine %d.xlsx" % m.date.isocalendar()[1], "export.xlsx"])
        m.attachments.append(M.Attach(fn, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", blob))
    else:
        fn = rng.choice(["export_agenda.csv", "liste_%s.csv" % m.date.strftime("%d%m%Y")])
        m.attachments.append(M.Attach(fn, "text/csv", A.csv_text(rows)))
    m.text = "\n".join([rng.choice(["Bonjour Docteur,", "Bonjour,"]), "",
                        rng.choice(["Voici la liste des patients en attente pour la consultation, comme demandé.",
                                    "Ci-joint l'export de l'agenda pour la réunion de service.",
                                    "En pièce jointe la liste mise à jour (les patients prioritaires sont en tête)."]),
                        "", "Bonne journée,", sec["given"] + " " + sec["surname"], "Secrétariat médical – " + h["name"]])
    m.subject = rng.choice(["Liste d'attente", "Export agenda", "liste patients RDV", "Mise à jour liste"])
    m.sender = ("%s %s" % (sec["given"], sec["surname"]), G.email_of(sec, h["dom"]))
    m.to = [doc_addr(chef, h["dom"])]
    m.note = "patient list as %s attachment (%s)" % (fmt.upper(), c)
    return m


def rdv_ics(ctx):
    rng = ctx.rng
    m = G.Msg("fr", "rendez_vous")
    c = rng.choice(["be", "fr"])
    h = ctx.hosp(c)
    p = ctx.patient(c)
    m.p = p
    m.date = ctx.when()
    sec = ctx.staff("")
    doc = ctx.staff("Dr")
    start = (m.date + datetime.timedelta(days=rng.randrange(3, 20))).replace(hour=rng.choice([8, 9, 10, 14]), minute=0, second=0)
    exam, prep, has_med = rng.choice([("Coloscopie", "préparation Moviprep la veille, arrêt du clopidogrel 5 jours avant", True),
                                      ("Coronarographie", "à jeun, arrêt de la metformine 48 h avant", True),
                                      ("IRM cérébrale (suivi SEP)", "patient claustrophobe – alprazolam 0,5 mg prescrit", True),
                                      ("Séance de chimiothérapie C3 (FOLFOX)", "bilan sanguin la veille", True),
                                      ("Consultation mémoire (Alzheimer)", "accompagné de sa fille, MMSE de contrôle", False),
                                      ("Ponction d'ascite", "cirrhose – INR à vérifier", False)])
    nm = I.fmt_name(rng, p, style=rng.choice(["upper_first", "title", "plain"]))
    desc = "Patient : %s\n%s\nPréparation : %s" % (nm, id_str(rng, p, m), prep)
    m.t("patient_name", "diagnosis")
    if has_med:
        m.t("medication")
    ics = A.ics("%d@%s" % (rng.randrange(10 ** 9), h["dom"]), start, start + datetime.timedelta(minutes=45),
                "%s – %s" % (exam, nm), desc, "%s – %s" % (h["name"], rng.choice(["Endoscopie, niveau -1", "Imagerie, route 42", "Hôpital de jour"])),
                ("%s %s" % (sec["given"], sec["surname"]), G.email_of(sec, h["dom"])),
                [("Dr %s" % doc["surname"], G.email_of(doc, h["dom"]))],
                tz="Europe/Brussels" if c == "be" else "Europe/Paris")
    m.attachments.append(M.Attach("invite.ics", "text/calendar", ics, disposition=rng.choice(["attachment", "inline"])))
    m.text = "Rendez-vous planifié, voir invitation.\n\n" + sec["given"] + "\nPlanification – " + h["name"]
    m.subject = rng.choice(["Invitation : %s %s" % (exam, start.strftime("%d/%m %Hh")), "Invitation: RDV %s" % start.strftime("%d/%m/%Y"),
                            "Planification examen"])
    m.sender = ("%s %s" % (sec["given"], sec["surname"]), G.email_of(sec, h["dom"]))
    m.to = [doc_addr(doc, h["dom"])]
    m.note = "calendar invitation for a patient's examination (%s)" % c
    return m


def vcard_patient(ctx):
    rng = ctx.rng
    m = G.Msg("fr", "vcard")
    c = rng.choice(["be", "fr"])
    p = ctx.patient(c, age_range=(60, 95))
    m.p = p
    g, org, gdom = gp(ctx, c)
    m.date = ctx.when()
    tel = I.phone_be(rng, False) if c == "be" else I.phone_fr(rng, False)
    adr = I.address(rng, c)
    care = rng.choice(["soins d'ulcère veineux de la jambe gauche 3x/semaine", "injections d'insuline matin et soir",
                       "surveillance après sortie pour insuffisance cardiaque, pesée quotidienne",
                       "pansement de stomie (colectomie récente)"])
    vc = A.vcard("%s %s" % (p["given"], p["surname"]), p["given"], p["surname"], tel=tel, adr=adr,
                 note="Patient(e) – " + care, bday=p["dob"].isoformat() if rng.random() < 0.5 else None)
    m.t("patient_name", "patient_contact", "diagnosis")
    if "BDAY" in vc:
        m.t("date_of_birth")
    if "insuline" in care:
        m.t("medication")
    m.attachments.append(M.Attach("%s %s.vcf" % (p["given"], p["surname"]), "text/vcard", vc))
    m.text = "\n".join(["Bonjour,", "",
                        "Nouvelle prise en charge à domicile à partir de lundi, les coordonnées sont dans la fiche jointe.",
                        "Code de la porte : le voisin a la clé.", "", "Merci et bonne semaine,", "Dr " + g["surname"]])
    m.subject = rng.choice(["Nouvelle patiente soins à domicile", "Coordonnées patient", "Prise en charge infirmière"])
    m.sender = doc_addr(g, gdom)
    m.to = [("Infirmière à domicile", "inf.domicile@soins-%s.example" % rng.choice(["mosans", "flandres", "rhin", "brabant"]))]
    m.note = "patient's vCard sent to the home-care nurse (%s)" % c
    return m


def patient_mail(ctx):
    rng = ctx.rng
    m = G.Msg("fr", "courriel_patient")
    c = rng.choice(["be", "fr"])
    p = ctx.patient(c)
    m.p = p
    g, org, gdom = gp(ctx, c)
    sec = ctx.staff("")
    m.date = ctx.when()
    pmail = "%s.%s%d@courriel.example" % (G.slug(p["given"]), G.slug(p["surname"]), rng.randrange(10, 99))
    sym, med = rng.choice([("une toux sèche qui ne part pas", "ramipril"), ("des vertiges le matin", "amlodipine"),
                           ("des douleurs musculaires", "atorvastatine"), ("des saignements de nez", "apixaban"),
                           ("beaucoup d'angoisses la nuit", "sertraline"), ("des nausées", "metformine")])
    orig = ["Bonjour docteur,", "",
            "C'est %s, je viens vers vous car depuis que je prends %s j'ai %s." % (
                p["given"] + " " + p["surname"] if rng.random() < 0.7 else p["surname"].upper() + " " + p["given"],
                ("l'" if med[0] in "aeiou" else "le ") + med, sym),
            rng.choice(["Est-ce que je peux arrêter ?", "Je dois encore renouveler mon ordonnance la semaine prochaine.",
                        "Je n'arrive plus à dormir, c'est vraiment pénible."])]
    m.t("patient_name", "medication", "diagnosis")
    if rng.random() < 0.5:
        orig.append("Vous pouvez me rappeler au %s." % (I.phone_be(rng) if c == "be" else I.phone_fr(rng)))
        m.t("patient_contact")
    orig += ["", "Merci beaucoup", p["given"]]
    fwd = ["Docteur,", "", rng.choice(["Message reçu sur l'adresse du secrétariat, je vous le transmets.",
                                       "Pour vous, une patiente/un patient qui demande un rappel.", "À voir svp."]), "",
           sec["given"], "", "-----Message d'origine-----",
           "De : %s <%s>" % (p["given"] + " " + p["surname"], pmail), "Envoyé : " + G.date_fr_header(m.date - datetime.timedelta(hours=5)),
           "À : secretariat@" + gdom, "Objet : question médicament", ""] + orig
    m.text = "\n".join(fwd)
    m.subject = rng.choice(["TR: question médicament", "TR: demande de rappel", "Fw: question"])
    m.sender = ("%s %s" % (sec["given"], sec["surname"]), "secretariat@" + gdom)
    m.to = [doc_addr(g, gdom)]
    m.note = "patient's own e-mail forwarded by the practice secretary (%s)" % c
    return m


def subject_only(ctx):
    rng = ctx.rng
    m = G.Msg("fr", "objet_seul")
    c = rng.choice(["be", "fr"])
    p = ctx.patient(c)
    m.p = p
    h = ctx.hosp(c)
    a, b = ctx.staff("Dr"), ctx.staff("Dr")
    m.date = ctx.when()
    k = rng.randrange(4)
    if k == 0:
        m.subject = "%s (%s) – biopsie : carcinome épidermoïde" % (I.fmt_name(rng, p, style="upper_first"), I.fmt_date_fr(rng, p["dob"], "deg"))
        m.t("patient_name", "date_of_birth", "diagnosis")
    elif k == 1:
        m.subject = "URGENT %s – K+ 6,8 à rappeler" % I.fmt_name(rng, p, style="upper_title")
        m.t("patient_name", "lab_result")
    elif k == 2:
        m.subject = "%s : sérologie VIH positive, à convoquer" % I.fmt_name(rng, p, style="initial")
        m.t("patient_name", "lab_result", "diagnosis")
    else:
        m.subject = "Re: %s – sortie demain sous Eliquis" % I.fmt_name(rng, p, style="plain")
        m.t("patient_name", "medication")
    m.text = rng.choice(["Voir objet. Peux-tu t'en occuper ?", "Cf. objet, merci.", "", "Tout est dans l'objet.\n\nA+",
                         "Pour info.\n-- \n" + a["given"]])
    m.sender = doc_addr(a, h["dom"])
    m.to = [doc_addr(b, h["dom"])]
    m.structure = "plain"
    m.note = "leak in the Subject line only (%s)" % c
    return m


def filename_only(ctx):
    rng = ctx.rng
    m = G.Msg("fr", "nom_fichier")
    c = rng.choice(["be", "fr"])
    p = ctx.patient(c)
    m.p = p
    h = ctx.hosp(c)
    a, b = ctx.staff("Dr"), ctx.staff("")
    m.date = ctx.when()
    k = rng.randrange(3)
    if k == 0:
        fn = "%s_%s_%s_IRM_SEP.pdf" % (p["surname"].replace(" ", ""), p["given"], p["dob"].isoformat())
        m.t("patient_name", "date_of_birth", "diagnosis")
    elif k == 1:
        fn = "Sortie psychiatrie – %s %s.pdf" % (p["surname"].upper(), p["given"])
        m.t("patient_name", "diagnosis")
    else:
        fn = "%s %s – résultats HbA1c 9,4.pdf" % (p["given"], p["surname"])
        m.t("patient_name", "lab_result")
    blob = A.pdf([], title="scan")  # scanned page, no text layer
    m.attachments.append(M.Attach(fn, "application/pdf", blob))
    m.text = rng.choice(["Ci-joint le scan demandé.", "Bonjour, voici le document.\n\nBàv", "Voir PJ.", "Comme convenu."])
    m.subject = rng.choice(["scan", "document", "PJ", "Numérisation"])
    m.sender = doc_addr(a, h["dom"])
    m.to = [("%s %s" % (b["given"], b["surname"]), G.email_of(b, h["dom"]))]
    m.note = "leak only in the attachment's file name (%s)" % c
    return m


def transport(ctx):
    rng = ctx.rng
    m = G.Msg("fr", "transport")
    c = rng.choice(["be", "fr"])
    p = ctx.patient(c, age_range=(55, 92))
    m.p = p
    h = ctx.hosp(c)
    inf = ctx.staff("")
    m.date = ctx.when()
    m.t("patient_name", "patient_contact", "diagnosis")
    lines = ["Bonjour,", "", "Merci d'organiser le transport suivant :",
             "Patient : " + I.fmt_name(rng, p, style=rng.choice(["upper_first", "title"])),
             "Adresse de prise en charge : " + I.address(rng, c),
             "Téléphone : " + (I.phone_be(rng, False) if c == "be" else I.phone_fr(rng, False)),
             "Motif : " + rng.choice(["hémodialyse lundi-mercredi-vendredi 7h00", "radiothérapie quotidienne (cancer ORL), 25 séances",
                                      "consultation de contrôle post-AVC, patient hémiplégique en fauteuil"]),
             "Mode : " + rng.choice(["ambulance couchée", "VSL", "taxi conventionné", "transport en fauteuil"])]
    if rng.random() < 0.5:
        lines.append(id_str(rng, p, m))
    lines += ["", "Merci,", inf["given"] + " " + inf["surname"], "Infirmière coordinatrice – " + h["name"]]
    m.text = "\n".join(lines)
    m.subject = rng.choice(["Demande de transport", "Transport patient", "Bon de transport %s" % m.date.strftime("%d/%m")])
    m.sender = ("%s %s" % (inf["given"], inf["surname"]), G.email_of(inf, h["dom"]))
    m.to = [("Centrale ambulances", "dispatch@ambulances-%s.example" % h["city"].lower().replace(" ", "")[:10])]
    m.note = "patient transport booking with home address (%s)" % c
    return m


def pharma(ctx):
    rng = ctx.rng
    m = G.Msg("fr", "pharmacie")
    c = rng.choice(["be", "fr"])
    p = ctx.patient(c, age_range=(40, 90))
    m.p = p
    h = ctx.hosp(c)
    ph = ctx.staff("")
    g, org, gdom = gp(ctx, c)
    m.date = ctx.when()
    a, b, risk = rng.choice([("clarithromycine", "simvastatine 40 mg", "risque de rhabdomyolyse"),
                             ("fluconazole", "acénocoumarol", "INR à contrôler à J3"),
                             ("tramadol", "sertraline", "risque de syndrome sérotoninergique"),
                             ("spironolactone", "ramipril + KCl", "hyperkaliémie (K+ 5,9 à la sortie)")])
    m.t("patient_name", "medication")
    lines = [greet(rng), "",
             "Je suis %s clinicien%s (%s). %s %s est sorti(e) hier avec une prescription de %s alors qu'il/elle prend %s au domicile (%s)." % (
                 *rng.choice([("pharmacien", ""), ("pharmacienne", "ne")]), h["name"], vous_patient(p).capitalize(), I.fmt_name(rng, p), a, b, risk),
             "Pourriez-vous revoir le schéma lors de votre prochaine visite ?"]
    if "K+" in risk or "INR" in risk:
        m.t("lab_result")
    if rng.random() < 0.5:
        lines.append(id_str(rng, p, m))
    lines += ["", close(rng), "", G.signature(rng, ph, "Pharmacie hospitalière", h)]
    m.text = "\n".join(lines)
    m.subject = rng.choice(["Interaction médicamenteuse – votre patient", "Conciliation médicamenteuse de sortie", "Question traitement"])
    m.sender = ("%s %s" % (ph["given"], ph["surname"]), G.email_of(ph, h["dom"]))
    m.to = [doc_addr(g, gdom)]
    m.note = "hospital pharmacist flags a drug interaction for a named patient (%s)" % c
    return m


def zip_export(ctx):
    rng = ctx.rng
    m = G.Msg("fr", "export_zip")
    c = rng.choice(["be", "fr"])
    h = ctx.hosp(c)
    m.date = ctx.when()
    it = ctx.staff("")
    doc = ctx.staff("Dr")
    rows = [["nom", "prenom", "ddn", "niss" if c == "be" else "nir", "analyse", "valeur", "unite"]]
    for _ in range(rng.randrange(6, 14)):
        p = ctx.patient(c)
        n, v, u, r, f = rng.choice(rng.choice(C.LAB_PANELS_FR))
        rows.append([p["surname"], p["given"], p["dob"].isoformat(), p["niss"] if c == "be" else p["nir"], n, v, u])
    m.t("patient_name", "date_of_birth", "lab_result", "be_niss" if c == "be" else "fr_nir")
    csvb = A.csv_text(rows).encode(rng.choice(["utf-8", "cp1252"]))
    z = A.make_zip([("export/resultats_%s.csv" % m.date.strftime("%Y%m%d"), csvb),
                    ("export/LISEZMOI.txt", "Export automatique LIS – séparateur ;".encode("utf-8"))])
    m.attachments.append(M.Attach("export_%s.zip" % m.date.strftime("%Y%m%d"), "application/zip", z))
    m.text = "Bonjour,\n\nVoici l'extraction demandée pour l'audit (résultats du mois).\n\n" + it["given"] + " – Informatique médicale"
    m.subject = rng.choice(["Extraction LIS", "export demandé", "Données audit"])
    m.sender = ("%s %s" % (it["given"], it["surname"]), G.email_of(it, h["dom"]))
    m.to = [doc_addr(doc, h["dom"])]
    m.note = "ZIP with a CSV lab export (%s)" % c
    return m


def mrn_only(ctx):
    rng = ctx.rng
    m = G.Msg("fr", "dossier")
    c = rng.choice(["be", "fr"])
    h = ctx.hosp(c)
    a, b = ctx.staff("Dr"), ctx.staff("")
    m.date = ctx.when()
    style = "ipp" if c == "fr" else "be"
    v = I.mrn_value(rng, style)
    lab = "IPP" if c == "fr" else "dossier"
    dx = rng.choice([d for d in C.DX if "carcinome" in d["fr"] or "mélanome" in d["fr"]])
    m.t("mrn", "diagnosis")
    m.text = "\n".join(["Bonjour,", "",
                        "Le %s %s : anapath revenue, %s. Merci de l'inscrire à la RCP de mardi et de prévenir le médecin traitant." % (lab, v, dx["fr"]),
                        "", a["given"]])
    m.subject = rng.choice(["RCP mardi", "inscription RCP", "%s %s" % (lab.upper(), v)])
    m.sender = doc_addr(a, h["dom"])
    m.to = [("%s %s" % (b["given"], b["surname"]), G.email_of(b, h["dom"]))]
    m.note = "chart number with a diagnosis, no name (%s)" % c
    return m


def admission(ctx):
    rng = ctx.rng
    m = G.Msg("fr", "admission")
    p = ctx.patient("be")
    m.p = p
    h = ctx.hosp("be")
    a = ctx.staff("")
    m.date = ctx.when()
    m.t("patient_name", "date_of_birth", "be_niss", "patient_contact", "social_information")
    m.text = "\n".join(["Bonjour,", "", "Pouvez-vous créer le dossier pour l'admission de demain en hôpital de jour oncologique :",
                        "Nom : %s" % p["surname"].upper(), "Prénom : %s" % p["given"],
                        "Date de naissance : %s" % I.fmt_date_fr(rng, p["dob"], "slash"),
                        "NISS : %s" % I.fmt_niss(rng, p["niss"]), "Adresse : %s" % I.address(rng, "be"),
                        "GSM : %s" % I.phone_be(rng), "Mutualité : %s – statut BIM (intervention majorée)" % rng.choice(G.BE_MUT),
                        "", "Merci,", a["given"]])
    m.subject = "Création dossier admission HJ"
    m.sender = ("%s %s" % (a["given"], a["surname"]), G.email_of(a, h["dom"]))
    m.to = [("Admissions", "admissions@" + h["dom"])]
    m.note = "admission registration with identity, address and insurance status (be)"
    return m
