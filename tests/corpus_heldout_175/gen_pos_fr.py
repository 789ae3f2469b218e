"""French-Canadian confidential messages (positives)."""
import datetime

import gen_attach as A
from gen_clin import (ANTICOAG_FR, BIOLOGICS, IBD_DX_FR, INDICATIONS_FR, LIVER_DX_FR, PATHO_FR, PREPS_FR,
                      ROSTER_FR, fill)
from gen_common import (EXT, EXT_MD_FR, ORG_DOMAIN, ORG_FR, ORG_PHONE_DEPIST, ORG_PHONE_ENDO,
                        ORG_PHONE_HEPATO, ORG_PHONE_MII, FULL_STYLES, d_fr, md_email, quote, signature,
                        staff_addr, staff_name, strip_accents)
from gen_mime import att, html_table

FR = "fr"


def _S(c, role):
    """Pick a French staff member by role keyword."""
    from gen_common import STAFF_FR
    cands = [s for s in STAFF_FR if role in s[3]]
    return c.rng.choice(cands)


def _ext_md(c):
    name = c.pick(EXT_MD_FR)
    return name, md_email(name, EXT["gmf"][1])


def _fname(s):
    return strip_accents(s).replace(" ", "_").replace(",", "").replace("'", "")


# --------------------------------------------------------------------------- 1. referral from a GMF
def referral(c):
    r = c.rng
    p = c.nam_patient(min_age=35)
    md, md_mail = _ext_md(c)
    ind, kind = r.choice(INDICATIONS_FR)
    ind = fill(r, ind)
    dob_s = d_fr(p.dob, r.choice([0, 1, 2]))
    sex_s = "Sexe : %s" % p.sex
    nam_s = c.nam(p, dob_s, sex_s)
    med = r.choice(ANTICOAG_FR)
    nm = p.name(r.choice(["surname_first", "upper", "full"]), FR)
    types = {"patient_name", "date_of_birth", "ramq_nam", "diagnosis", "medication", "patient_contact"}
    if kind == "lab":
        types.add("lab_result")
    prio = r.choice(["P2 (< 60 jours)", "P3 (< 6 mois)", "P1 (< 14 jours) — à votre discrétion"])
    form = [
        "Nom : %s" % nm, "Date de naissance : %s      %s" % (dob_s, sex_s), "NAM : %s" % nam_s,
        "Téléphone (domicile) : %s" % p.phone,
        "Raison de la demande : %s" % ind,
        "Antécédents : HTA, diabète de type 2, FA paroxystique",
        "Médication pertinente : %s, metformine 500 mg BID" % med,
        "Priorité : %s" % prio]
    intro = r.choice(["Bonjour,\n\nJe vous adresse %s pour évaluation en gastroentérologie." % p.name("title", FR),
                      "Bonjour à l'équipe de l'endoscopie,\n\nMerci de voir %s, %d ans." %
                      (p.name("full", FR), 2025 - p.dob.year),
                      "Bonjour,\n\nDemande de consultation ci-dessous."])
    sig = "%s\n%s\nTél. 819-555-01%02d  Téléc. 819-555-01%02d" % (md, EXT["gmf"][0], r.randint(10, 40), r.randint(41, 80))
    atts = []
    if r.random() < 0.5:
        text = "%s\n\n%s\n\nMerci,\n\n%s" % (intro, "\n".join(form), sig)
    else:
        text = "%s\n\n%s\n\nMerci,\n\n%s" % (intro.split("\n\n")[0], r.choice([
            "Demande de consultation en gastroentérologie, voir le formulaire en pièce jointe.",
            "Ci-joint une demande de consultation (PDF). Merci de me confirmer la réception.",
            "Formulaire joint."]), sig)
        fn = r.choice(["Demande_consultation_gastro.pdf", "Consult_%s.pdf" % _fname(p.surname.upper()),
                       "référence gastro %s.pdf" % p.surname])
        atts.append(att(fn, "application/pdf", A.pdf("Demande de consultation — Gastroentérologie", form +
                    ["", "Médecin référent : %s, %s" % (md, EXT["gmf"][0])], header=EXT["gmf"][0])))
    return dict(cat="referral", subject=r.choice(["Demande de consultation gastro", "Référence — %s" % ind.split(" (")[0],
                                                  "Consultation gastro %s" % prio.split(" ")[0]]),
                frm=(md, md_mail), to=[("Centrale de rendez-vous gastro", "rdv.gastro@" + ORG_DOMAIN)],
                text=text, attachments=atts, types=types, note="GP referral to gastroenterology")


# --------------------------------------------------------------------------- 2. colonoscopy booking + prep to patient
def booking_prep(c):
    r = c.rng
    p = c.patient(age_range=(45, 78))
    s = _S(c, "agent")
    when = c.later(10, 40)
    hour = c.hour()
    prep, qty = r.choice(PREPS_FR)
    proc = r.choice(["coloscopie", "coloscopie", "gastroscopie et coloscopie"])
    iron = r.random() < 0.5
    anticoag = r.choice(ANTICOAG_FR) if r.random() < 0.5 else None
    types = {"patient_name", "medication", "patient_contact"}
    lines = ["Bonjour %s," % p.name(r.choice(["title", "title_surname"]), FR), "",
             "Votre %s est confirmée le %s à %s, au 2e étage (unité d'endoscopie, porte 2B)." % (proc, d_fr(when, 4), hour),
             "Présentez-vous 45 minutes avant l'heure prévue avec votre carte d'assurance maladie.", "",
             "Préparation intestinale : %s (%s). La veille, prenez la première dose à 17 h; la deuxième dose "
             "5 heures avant l'examen." % (prep, qty)]
    if iron:
        lines.append("Cessez vos comprimés de fer (sulfate ferreux) 7 jours avant l'examen.")
    if anticoag:
        lines.append("Concernant votre %s : l'infirmière vous appellera au %s pour vous indiquer quand l'arrêter."
                     % (anticoag, p.phone))
    else:
        lines.append("Nous vous rappellerons la veille au %s pour confirmer." % p.phone)
    if r.random() < 0.4:
        lines.append("Comme vous êtes diabétique sous insuline, prenez la moitié de votre dose de Lantus le soir précédent.")
        types.add("diagnosis")
    lines += ["", "Vous devez être accompagné(e) pour le retour à la maison (sédation).", "",
              "%s\n%s, unité d'endoscopie\n%s" % (staff_name(s), ORG_FR, ORG_PHONE_ENDO)]
    atts = []
    if r.random() < 0.5:
        start = datetime.datetime(when.year, when.month, when.day, 8, 0)
        atts.append(att("rendez-vous.ics", "text/calendar", A.ics(
            "endo-%s@%s" % (p.mrn, ORG_DOMAIN), start, 60, "%s — %s" % (proc.capitalize(), p.name("full", FR)),
            "Unité d'endoscopie, 2B, %s" % ORG_FR, "Préparation %s. Apporter la liste de médicaments." % prep,
            organizer=("Endoscopie CHRB", "rdv.gastro@" + ORG_DOMAIN)), kind="text"))
    return dict(cat="booking", subject=r.choice(["Confirmation de votre rendez-vous en endoscopie",
                                                 "Votre %s du %s" % (proc, d_fr(when, 0)),
                                                 "Rendez-vous %s — instructions de préparation" % proc]),
                frm=staff_addr(s), to=[(p.name("full", FR), p.email)], text="\n".join(lines), attachments=atts,
                types=types, note="colonoscopy booking with prep instructions to patient")


# --------------------------------------------------------------------------- 3. patient question, nurse reply with quote
def prep_reply(c):
    r = c.rng
    p = c.patient(age_range=(50, 80))
    s = _S(c, "infirmière-chef")
    when = c.later(3, 12)
    drug = r.choice(["Coumadin", "Eliquis", "Xarelto", "Plavix"])
    q = ("Bonjour,\n\nJ'ai ma coloscopie le %s. Je prends du %s pour ma fibrillation auriculaire et aussi du fer "
         "(Feramax) à cause de mon anémie. Est-ce que je dois arrêter ? Mon médecin de famille est en vacances.\n\n"
         "Merci beaucoup\n%s\n%s" % (d_fr(when, 0), drug, p.name(r.choice(["full", "lower"]), FR), p.phone))
    ans = {"Coumadin": "Cessez le Coumadin 5 jours avant (dernière dose le %s). Un RNI sera fait à votre arrivée.",
           "Eliquis": "Cessez l'Eliquis 2 jours avant (dernière dose le %s au matin).",
           "Xarelto": "Cessez le Xarelto 2 jours avant (dernière dose le %s).",
           "Plavix": "Continuez le Plavix sauf avis contraire du Dr Desjardins; cessez le fer dès le %s."}[drug]
    stop = when - datetime.timedelta(days=5 if drug == "Coumadin" else 2)
    text = ("Bonjour %s,\n\n%s Le Feramax doit être cessé 7 jours avant l'examen.\n\nN'hésitez pas à nous appeler.\n\n"
            "%s\n\n-----Message d'origine-----\nDe : %s <%s>\nEnvoyé : %s\nÀ : Endoscopie\nObjet : question coloscopie\n\n%s"
            % (p.name("title", FR), ans % d_fr(stop, 0), signature(s, FR), p.name("full", FR), p.email,
               d_fr(c.earlier(0, 2), 4), quote(q) if r.random() < 0.5 else q))
    return dict(cat="reply", subject="RE: question coloscopie", frm=staff_addr(s), to=[(p.name("full", FR), p.email)],
                text=text, types={"patient_name", "medication", "diagnosis", "patient_contact"},
                note="nurse reply on anticoagulant before colonoscopy, quoted question")


# --------------------------------------------------------------------------- 4. pathology results
def pathology(c):
    r = c.rng
    pa = _S(c, "pathologiste")
    gi = _S(c, "gastroentérologue")
    n = r.randint(1, 3)
    pts = [c.patient(age_range=(40, 82)) for _ in range(n)]
    rows = [["Spécimen", "Patient", "Dossier", "Diagnostic"]]
    proc_day = c.earlier(5, 14)
    for i, p in enumerate(pts):
        rows.append(["S25-%05d" % r.randint(100, 9999), p.name(r.choice(["surname_first", "upper"]), FR), c.mrn(p),
                     r.choice(PATHO_FR)])
    lines = ["Bonjour %s," % staff_name(gi), "", "Résultats de pathologie signés ce matin pour vos endoscopies du %s :" %
             d_fr(proc_day, 0), ""]
    for row in rows[1:]:
        lines.append("- %s | %s | dossier %s : %s" % tuple(row))
    lines += ["", "Le %s nécessite une discussion au comité des tumeurs digestives." % rows[1][0]
              if "Adénocarcinome" in rows[1][3] else "Aucune valeur critique.", "", staff_name(pa), "Laboratoire de pathologie, " + ORG_FR]
    html = None
    if r.random() < 0.5:
        html = "<p>Bonjour %s,</p><p>Résultats de pathologie signés ce matin :</p>\n%s\n<p>%s<br>Pathologie</p>" % (
            staff_name(gi), html_table(rows), staff_name(pa))
    atts = []
    if r.random() < 0.4:
        p = pts[0]
        atts.append(att("Patho_%s_%s.pdf" % (rows[1][0], _fname(p.surname.upper())), "application/pdf",
                        A.pdf("Rapport de pathologie chirurgicale", [
                            "Patient : %s" % rows[1][1], "No de dossier : %s" % rows[1][2],
                            "Date de naissance : %s" % d_fr(p.dob, 1),
                            "Prélèvement : biopsies / polypectomie (endoscopie)", "", "## Diagnostic", rows[1][3], "",
                            "Pathologiste : %s" % staff_name(pa)], header=ORG_FR)))
    types = {"patient_name", "mrn", "diagnosis"}
    if atts:
        types.add("date_of_birth")
    return dict(cat="pathology", subject=r.choice(["Résultats patho", "Pathologie — endoscopies du %s" % d_fr(proc_day, 2),
                                                   "Résultats de biopsies"]),
                frm=staff_addr(pa), to=[staff_addr(gi)], text="\n".join(lines), html=html, attachments=atts,
                types=types, note="pathology results for endoscopy specimens")


# --------------------------------------------------------------------------- 5. inpatient census / sign-out
def census(c):
    r = c.rng
    s1, s2 = r.sample([x for x in __import__("gen_common").STAFF_FR if x[0] and "patholog" not in x[3]], 2)
    n = r.randint(4, 7)
    rows = [["Ch.", "Patient", "Dossier", "Problème", "À faire"]]
    for i in range(n):
        p = c.patient(age_range=(25, 90))
        prob, todo = ROSTER_FR[r.choice([0, 1, 8])] if i == 0 else r.choice(ROSTER_FR)
        rows.append(["%d-%s" % (r.randint(401, 620), r.choice("AB")), p.name(r.choice(["surname_first", "surname_first_plain",
                     "initials", "upper"]), FR), p.mrn, prob, fill(r, todo)])
    lines = ["Liste de garde gastro — %s" % d_fr(c.date.date(), 4), ""]
    for row in rows[1:]:
        lines.append("%-6s %-26s %s  %s — %s" % tuple(row))
    lines += ["", "Consults en attente : 2 à l'urgence (voir Cristal-Net).", "", staff_name(s1)]
    html = "<p>Salut,</p><p>Liste pour la garde :</p>\n%s\n<p>Bonne garde,<br>%s</p>" % (html_table(rows), staff_name(s1))
    atts = []
    if r.random() < 0.5:
        atts.append(att("liste_garde_%s.xlsx" % c.date.strftime("%Y%m%d"),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", A.xlsx([("Garde", rows)])))
        text = "Salut,\n\nLa liste de garde est en pièce jointe. 2 consults en attente à l'urgence.\n\n" + staff_name(s1)
        html = None
    else:
        text = "\n".join(lines)
    return dict(cat="census", subject=r.choice(["Liste de garde", "Passation de garde gastro", "Census gastro ce soir"]),
                frm=staff_addr(s1), to=[staff_addr(s2)], text=text, html=html, attachments=atts,
                types={"patient_name", "mrn", "diagnosis", "lab_result", "medication"},
                note="on-call sign-out list of inpatients")


# --------------------------------------------------------------------------- 6. biologic enrolment (patient support program)
def ibd_psp(c):
    r = c.rng
    p = c.nam_patient(min_age=18)
    s = _S(c, "pivot")
    mdx = _S(c, "gastroentérologue, clinique MII")
    gen, brand, dose = r.choice(BIOLOGICS)
    dx = r.choice(IBD_DX_FR)
    dob_s = d_fr(p.dob, r.choice([1, 2, 0]))
    as_doc = r.random() < 0.5
    sex_s = p.sex if as_doc else "Sexe : %s" % p.sex
    nam_s = c.nam(p, dob_s, sex_s)
    calpro = r.choice([640, 980, 1450, 2100])
    fields = [("Nom du patient", p.name("surname_first", FR)), ("Date de naissance", dob_s), ("Sexe", p.sex),
              ("NAM", nam_s), ("Adresse", p.address), ("Téléphone", p.phone),
              ("Diagnostic", dx), ("Traitement demandé", "%s (%s) %s" % (brand, gen, dose)),
              ("Traitements antérieurs", "mésalazine, azathioprine (intolérance), adalimumab (perte de réponse)"),
              ("Calprotectine fécale", "%d µg/g (%s)" % (calpro, d_fr(c.earlier(10, 30), 1))),
              ("QuantiFERON", "négatif"), ("Assurance", r.choice(["RAMQ", "Boréal-Vie (collective)", "RAMQ + privé"])),
              ("Médecin prescripteur", staff_name(mdx))]
    types = {"patient_name", "date_of_birth", "ramq_nam", "patient_contact", "diagnosis", "medication", "lab_result"}
    if as_doc:
        body = ("Bonjour,\n\nVoici une nouvelle demande d'inscription au programme pour %s (%s). Le formulaire signé est "
                "joint; le patient a déjà donné son consentement verbal pour être contacté.\n\nMerci de confirmer la "
                "date de la première perfusion.\n\n%s" % (p.name("title", FR), brand, signature(s, FR, ORG_PHONE_MII,
                                                                                     "Clinique des MII")))
        doc = A.docx("Formulaire d'inscription — %s" % brand, ["Programme de soutien aux patients"],
                     table=[["Champ", "Valeur"]] + [list(f) for f in fields])
        atts = [att(r.choice(["inscription_%s.docx" % brand.lower(), "Formulaire PSP %s %s.docx" % (brand, p.surname)]),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc)]
    else:
        body = ("Bonjour,\n\nNouvelle inscription — %s.\n\n%s\n\nSignature de la Dre au dossier. Merci !\n\n%s" %
                (brand, "\n".join("%s : %s" % f for f in fields), signature(s, FR, ORG_PHONE_MII, "Clinique des MII")))
        atts = []
    return dict(cat="ibd_psp", subject=r.choice(["Inscription %s — nouvelle patiente" % brand if p.sex == "F"
                                                 else "Inscription %s — nouveau patient" % brand,
                                                 "Demande PSP %s" % brand]),
                frm=staff_addr(s), to=[(EXT["psp"][0], "inscriptions@" + EXT["psp"][1])], cc=[staff_addr(mdx)],
                text=body, attachments=atts, types=types, note="biologic enrolment for IBD patient")


# --------------------------------------------------------------------------- 7. hepatology follow-up letter
def hepato_letter(c):
    r = c.rng
    p = c.patient(age_range=(40, 78))
    h = _S(c, "hépatologue")
    md, md_mail = _ext_md(c)
    dx = r.choice(LIVER_DX_FR)
    meld = r.randint(9, 19)
    kpa = r.choice([11.8, 14.2, 18.5, 22.7, 31.0])
    plq = r.choice([88, 104, 121, 142])
    lines = ["Chère collègue," if md.startswith("Dre") else "Cher collègue,", "",
             "J'ai revu %s (dossier %s) en suivi d'hépatologie le %s." % (p.name(r.choice(["title", "full"]), FR), c.mrn(p),
                                                                         d_fr(c.earlier(2, 10), 0)), "",
             "Diagnostic : %s." % dx,
             "Bilan : ALT %d U/L, bilirubine %d µmol/L, INR %.1f, albumine %d g/L, plaquettes %d x10^9/L, MELD-Na %d." %
             (r.randint(28, 140), r.randint(12, 48), r.choice([1.1, 1.3, 1.5]), r.randint(27, 40), plq, meld),
             "FibroScan : %.1f kPa, CAP %d dB/m." % (kpa, r.randint(240, 340)),
             "Échographie : foie dysmorphique, pas de lésion focale, rate %d cm." % r.randint(12, 16), "",
             "Plan :", "- %s" % r.choice(["propranolol 20 mg BID (varices grade II à la gastroscopie)",
                                          "carvédilol 6,25 mg die", "ténofovir (Vemlidy) 25 mg die à poursuivre",
                                          "Epclusa 1 co die x 12 semaines, début le mois prochain",
                                          "acide ursodésoxycholique (Urso) 1000 mg die"]),
             "- Dépistage du CHC : échographie + AFP aux 6 mois",
             "- Abstinence d'alcool encouragée; %s" % r.choice(["suivi avec le CRD", "vaccins hépatite A/B à compléter",
                                                                "perte de poids de 7 % visée"]),
             "", "Prochain rendez-vous dans 6 mois.", "", signature(h, FR, ORG_PHONE_HEPATO, "Clinique d'hépatologie")]
    atts = []
    text = "\n".join(lines)
    if r.random() < 0.35:
        atts.append(att("Lettre_hepato_%s.pdf" % c.date.strftime("%Y-%m-%d"), "application/pdf",
                        A.pdf("Clinique d'hépatologie — note de suivi", lines[2:-1], header=ORG_FR)))
        text = "Bonjour,\n\nCi-joint la lettre de suivi pour votre patient(e) %s.\n\n%s" % (
            p.name("surname_first", FR), signature(h, FR, ORG_PHONE_HEPATO, "Clinique d'hépatologie"))
    return dict(cat="hepatology", subject=r.choice(["Suivi hépatologie", "Note de suivi — clinique d'hépatologie",
                                                    "Suivi %s" % dx.split(",")[0].split(" (")[0]]),
                frm=staff_addr(h), to=[(md, md_mail)], text=text, attachments=atts,
                types={"patient_name", "mrn", "diagnosis", "lab_result", "medication"},
                note="hepatology follow-up letter to family physician")


# --------------------------------------------------------------------------- 8. screening program: abnormal FIT list
def screening_list(c):
    r = c.rng
    s = _S(c, "dépistage")
    b = _S(c, "agent")
    k = r.randint(2, 3)
    pts = [c.nam_patient(min_age=50) for _ in range(k)]
    sep = r.choice([";", ","])
    rows = [["Nom", "Prénom", "DDN", "Sexe", "NAM", "RSOSi (ng/mL)", "Date prélèvement", "Téléphone"]]
    for p in pts:
        dob_s = p.dob.isoformat()
        nam_s = c.nam(p, dob_s, p.sex, style=r.choice(["plain", "space"]))
        rows.append([p.surname.upper(), p.given, dob_s, p.sex, nam_s, r.choice([118, 164, 212, 388, 702]),
                     c.earlier(7, 20).isoformat(), p.phone])
    kind = r.choice(["csv", "xlsx", "inline"])
    atts = []
    intro = ("Bonjour %s,\n\nVoici les participants avec un résultat de RSOSi anormal (seuil 100 ng/mL) reçus cette "
             "semaine. Merci de les contacter pour la coloscopie de dépistage (délai visé : 60 jours).\n\n" % b[1])
    if kind == "csv":
        atts.append(att("RSOSi_anormaux_sem%02d.csv" % c.date.isocalendar()[1], "text/csv",
                        A.csv_text(rows, sep), kind="text", charset=r.choice(["utf-8", "windows-1252"])))
        text = intro + "Fichier CSV joint.\n\n" + signature(s, FR, ORG_PHONE_DEPIST, "Programme de dépistage du cancer colorectal")
    elif kind == "xlsx":
        atts.append(att("Liste_RSOSi_positifs.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        A.xlsx([("RSOSi+", rows)])))
        text = intro + "Liste en pièce jointe.\n\n" + signature(s, FR, ORG_PHONE_DEPIST, "Programme de dépistage du cancer colorectal")
    else:
        text = intro + "\n".join(" | ".join(str(x) for x in row) for row in rows) + "\n\n" + \
            signature(s, FR, ORG_PHONE_DEPIST, "Programme de dépistage du cancer colorectal")
    return dict(cat="screening", subject=r.choice(["RSOSi anormaux — semaine %d" % c.date.isocalendar()[1],
                                                   "Dépistage : résultats anormaux à convoquer", "Liste RSOSi+"]),
                frm=staff_addr(s), to=[staff_addr(b)], text=text, attachments=atts,
                types={"patient_name", "date_of_birth", "ramq_nam", "lab_result", "patient_contact"},
                note="screening program list of abnormal FIT results")


# --------------------------------------------------------------------------- 9. adapted transport request
def transport(c):
    r = c.rng
    p = c.patient(age_range=(60, 90))
    s = _S(c, "agent")
    when = c.later(5, 25)
    dx = r.choice(["colite ulcéreuse", "cirrhose", "maladie de Crohn", "anémie ferriprive à investiguer"])
    soc = r.choice(["%s vit seul%s et n'a personne pour l'accompagner après la sédation." % (p.il(FR).capitalize(),
                                                                                          "e" if p.sex == "F" else ""),
                    "Bénéficiaire de l'aide sociale, aucun moyen de transport; proche aidant non disponible.",
                    "Réside en ressource intermédiaire; un préposé l'accompagnera."])
    text = ("Bonjour,\n\nDemande de transport adapté aller-retour :\n\n"
            "Usager : %s\nAdresse : %s\nTéléphone : %s\nRendez-vous : %s à %s — coloscopie (suivi %s), unité "
            "d'endoscopie, 2e étage\nMobilité : %s\n\nParticularité : %s\n\nMerci,\n%s" %
            (p.name(r.choice(FULL_STYLES), FR), p.address, p.phone, d_fr(when, 0), c.hour(), dx,
             r.choice(["fauteuil roulant", "marchette", "autonome avec canne"]), soc, signature(s, FR)))
    return dict(cat="transport", subject=r.choice(["Demande de transport adapté", "Transport — coloscopie du %s" % d_fr(when, 2)]),
                frm=staff_addr(s), to=[(EXT["transport"][0], "reservations@" + EXT["transport"][1])], text=text,
                types={"patient_name", "patient_contact", "social_information", "diagnosis"},
                note="adapted transport request for colonoscopy")


# --------------------------------------------------------------------------- 10. social worker to CLSC
def social(c):
    r = c.rng
    p = c.patient(age_range=(30, 70))
    ts = _S(c, "sociale")
    dx = r.choice(["cirrhose alcoolique décompensée", "maladie de Crohn avec stomie récente", "hépatite C active",
                   "colite ulcéreuse sévère post-colectomie"])
    sit = r.choice(["a perdu son logement le mois dernier et dort en refuge; revenu : aide sociale (programme de solidarité sociale)",
                    "vit une situation de violence conjugale; ne souhaite pas que le conjoint soit informé des rendez-vous",
                    "est sans revenu depuis la fin de ses prestations d'assurance-emploi; insécurité alimentaire",
                    "héberge ses deux enfants suivis par la DPJ; épuisement important"])
    text = ("Bonjour,\n\nJe vous réfère %s, %d ans, connu%s en gastroentérologie pour une %s.\n\n"
            "Situation : %s %s.\nCoordonnées : %s — %s\n\nBesoins : suivi psychosocial, aide pour les démarches et "
            "accompagnement aux rendez-vous (prochaine visite le %s).\n\nJe demeure disponible,\n\n%s" %
            (p.name(r.choice(["full", "title", "surname_first"]), FR), 2025 - p.dob.year,
             "e" if p.sex == "F" else "", dx, p.il(FR).capitalize(), sit, p.address, p.phone,
             d_fr(c.later(7, 30), 0), signature(ts, FR)))
    return dict(cat="social", subject=r.choice(["Référence psychosociale", "Demande de suivi CLSC", "Référence TS — usager commun"]),
                frm=staff_addr(ts), to=[(EXT["clsc"][0], "accueil.psychosocial@" + EXT["clsc"][1])], text=text,
                types={"patient_name", "diagnosis", "social_information", "patient_contact"},
                note="social work referral to community clinic")


# --------------------------------------------------------------------------- 11. prescription to pharmacy
def pharmacy(c):
    r = c.rng
    p = c.nam_patient(min_age=20)
    md = _S(c, r.choice(["gastroentérologue, clinique MII", "hépatologue"]))
    dob_s = d_fr(p.dob, r.choice([0, 2, 3]))
    sex_s = "(%s)" % p.sex
    nam_s = c.nam(p, dob_s, sex_s)
    rx, indic = r.choice([
        ("Pentasa (mésalazine) 1 g co : 4 g PO die — 3 mois, renouv. x 3", "colite ulcéreuse pancolique"),
        ("Imuran (azathioprine) 100 mg PO die — 3 mois, renouv. x 3; FSC et enzymes q 3 mois",
         "maladie de Crohn iléocolique (A2 L3 B1)"),
        ("Maviret (glécaprévir/pibrentasvir) 3 co PO die x 8 semaines", "hépatite C chronique génotype 1a, F2"),
        ("Entocort (budésonide) 9 mg die x 8 sem. puis sevrage 3 mg aux 2 sem.", "maladie de Crohn iléale"),
        ("Salofalk suppositoires 1 g HS x 6 semaines", "rectite ulcéreuse (E1)"),
        ("Xifaxan (rifaximine) 550 mg BID, lactulose 30 mL TID titrer 2-3 selles/j",
         "cirrhose avec encéphalopathie hépatique"),
        ("Urso DS (ursodiol) 500 mg BID", "cholangite biliaire primitive")])
    text = ("Bonjour,\n\nOrdonnance pour :\n%s   DDN %s %s\nNAM %s\n%s\n\nRx : %s\n\nIndication : %s.\n"
            "Allergies : %s.\n\nL'original suit par télécopieur.\n\n%s\nPermis %05d" %
            (p.name(r.choice(["upper", "surname_first", "full"]), FR), dob_s, sex_s, nam_s, p.address, rx,
             indic, r.choice(["aucune connue", "pénicilline (urticaire)", "sulfamidés"]),
             staff_name(md), r.randint(10000, 99999)))
    return dict(cat="prescription", subject=r.choice(["Ordonnance", "Rx — renouvellement", "Ordonnance pour votre client(e)"]),
                frm=staff_addr(md), to=[(EXT["pharm"][0], "labo@" + EXT["pharm"][1])], text=text,
                types={"patient_name", "date_of_birth", "ramq_nam", "medication", "diagnosis", "patient_contact"},
                note="prescription sent to community pharmacy")


# --------------------------------------------------------------------------- 12. quick note between colleagues
def quick_note(c):
    r = c.rng
    a, b = r.sample([x for x in __import__("gen_common").STAFF_FR if x[0] and "patholog" not in x[3]], 2)
    p = c.patient()
    room = r.randint(401, 620)
    text = r.choice([
        "Salut %s,\n\nPeux-tu passer voir %s à la %d demain matin ? Méléna depuis hier, Hb %d ce soir (était 118). "
        "Je l'ai mis%s sous pantoprazole IV. Merci !\n\n%s",
        "%s — la patiente %s (ch. %d) : calprotectine revenue à %d, je pense qu'on doit devancer la colo. Ton avis ?\n\n%s",
        "Bonjour %s,\n\n%s, chambre %d, a fait une chute d'Hb à %d après sa polypectomie. CT-angio demandé. "
        "Je t'appelle si ça saigne encore.\n\n%s"])
    if text.startswith("%s — la patiente"):
        p = c.patient(sex="F")
        text = text % (b[1], p.name(r.choice(["given", "lower", "title_surname"]), FR), room, r.choice([850, 1240, 1760]), a[1])
        types = {"patient_name", "lab_result"}
    elif "Méléna" in text:
        text = text % (b[1], p.name(r.choice(["title_surname", "full", "surname_first"]), FR), room, r.choice([71, 76, 82]),
                       "e" if p.sex == "F" else "", a[1])
        types = {"patient_name", "lab_result", "diagnosis", "medication"}
    else:
        text = text % (b[1], p.name(r.choice(["full", "upper"]), FR), room, r.choice([74, 81, 88]), a[1])
        types = {"patient_name", "lab_result"}
    return dict(cat="quick_note", subject=r.choice(["ch. %d" % room, "petite question", "Pt à voir", "urgent-ish"]),
                frm=staff_addr(a), to=[staff_addr(b)], text=text, types=types, structure="plain",
                note="quick note between colleagues about an inpatient")


# --------------------------------------------------------------------------- 13. forwarded thread, innocuous subject
def forward(c):
    r = c.rng
    p = c.patient()
    a = _S(c, "pivot")
    b = _S(c, "gastroentérologue, clinique MII")
    drug = r.choice(BIOLOGICS)
    orig = ("Bonjour,\n\nJe suis %s, patient%s de la Dre Fréchette. Depuis 10 jours j'ai 8 selles par jour avec du sang "
            "et des crampes. Ma prochaine dose de %s est seulement dans 3 semaines. J'ai aussi perdu 4 kg. "
            "Pouvez-vous me rappeler au %s ?\n\nMerci,\n%s" % (p.name("full", FR), "e" if p.sex == "F" else "", drug[1],
                                                              p.phone, p.given))
    text = ("%s, peux-tu regarder ça aujourd'hui ? Je propose calprotectine + dosage résiduel du %s.\n\n%s\n\n"
            "-------- Message transféré --------\nSujet : %s\nDate : %s\nDe : %s <%s>\nPour : clinique.mii@%s\n\n%s" %
            (b[1], drug[0], a[1], r.choice(["aide svp", "Question", "rappel"]), d_fr(c.earlier(0, 1), 0),
             p.name("full", FR), p.email, ORG_DOMAIN, orig))
    return dict(cat="forward", subject=r.choice(["TR: aide svp", "Fwd: Question", "TR: rappel"]), frm=staff_addr(a),
                to=[staff_addr(b)], text=text,
                types={"patient_name", "diagnosis", "medication", "patient_contact"},
                note="forwarded patient e-mail describing IBD flare")


# --------------------------------------------------------------------------- 14. name only in attachment
def attachment_only(c):
    r = c.rng
    p = c.patient()
    a = _S(c, "agent")
    gi = _S(c, "gastroentérologue")
    proc_d = c.earlier(1, 10)
    ind = r.choice(INDICATIONS_FR)
    lines = ["Date de l'examen : %s" % d_fr(proc_d, 0), "Patient : %s" % p.name("surname_first", FR),
             "Indication : %s" % fill(r, ind[0]),
             "Préparation : Boston 2-3-3 (8/9)", "", "## Constatations",
             "Polype sessile de %d mm au côlon %s, réséqué à l'anse froide." % (r.randint(6, 22), r.choice(["ascendant", "transverse", "sigmoïde"])),
             "Diverticulose sigmoïdienne. Hémorroïdes internes de grade I.", "", "## Recommandations",
             "Attendre la pathologie. Coloscopie de contrôle dans %d ans." % r.choice([1, 3, 5]),
             "", "Endoscopiste : %s" % staff_name(gi)]
    fn = r.choice(["Coloscopie_%s_%s_%s.pdf" % (_fname(p.surname), _fname(p.given), proc_d.isoformat()),
                   "rapport coloscopie %s %s.pdf" % (p.given, p.surname),
                   "%s_%s_colo.pdf" % (p.surname.upper(), p.given[0])])
    kind = r.choice(["pdf", "docx", "zip"])
    if kind == "pdf":
        atts = [att(fn, "application/pdf", A.pdf("Rapport de coloscopie", lines, header=ORG_FR))]
    elif kind == "docx":
        atts = [att(fn.replace(".pdf", ".docx"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    A.docx("Rapport de coloscopie", lines))]
    else:
        atts = [att("rapports_%s.zip" % proc_d.strftime("%Y%m%d"), "application/zip",
                    A.zipped([(fn, A.pdf("Rapport de coloscopie", lines, header=ORG_FR))]))]
    return dict(cat="attachment_only", subject=r.choice(["Rapport demandé", "Document", "tel que discuté", "PJ"]),
                frm=staff_addr(a), to=[(EXT_MD_FR[0], md_email(EXT_MD_FR[0], EXT["gmf"][1]))],
                text=r.choice(["Bonjour,\n\nVoici le rapport demandé.\n\n", "Voir PJ.\n\n", "Bonjour, ci-joint. Bonne journée\n\n"])
                + "%s\n%s" % (staff_name(a), ORG_PHONE_ENDO), attachments=atts,
                types={"patient_name", "diagnosis"} | ({"lab_result"} if ind[1] == "lab" else set()),
                note="colonoscopy report sent as attachment only")


# --------------------------------------------------------------------------- 15. nested .eml from the lab
def nested_lab(c):
    r = c.rng
    p = c.patient()
    k = _S(c, "pivot")
    gi = _S(c, "gastroentérologue, clinique MII")
    inner_text = ("RÉSULTATS DE LABORATOIRE — transmission automatique\n\n"
                  "Patient : %s\nDossier : %s\nPrélevé le : %s\n\n"
                  "Calprotectine fécale ........ %d µg/g   (N < 50)\n"
                  "Infliximab résiduel ......... %.1f µg/mL (cible 5-10)\n"
                  "Anticorps anti-infliximab ... %s\n"
                  "CRP ......................... %d mg/L\n" %
                  (p.name("upper", FR), c.mrn(p), d_fr(c.earlier(3, 8), 2), r.choice([420, 980, 1650]),
                   r.choice([0.8, 1.9, 2.6, 7.4]), r.choice(["positifs (titre élevé)", "négatifs"]), r.randint(6, 60)))
    inner = c.build_inner(dict(frm=(EXT["lab"][0], "resultats@" + EXT["lab"][1]), to=[staff_addr(k)],
                             subject="Résultats — %s" % p.name("upper", FR), text=inner_text, lang=FR))
    text = ("%s,\n\nRésultats reçus ce matin pour ton patient (message d'origine joint). Dosage bas — on passe à "
            "l'intensification ?\n\n%s" % (gi[1], k[1]))
    return dict(cat="nested_lab", subject=r.choice(["TR: Résultats", "Résultats dosage", "TR: résultats labo"]),
                frm=staff_addr(k), to=[staff_addr(gi)], text=text,
                attachments=[att("Résultats %s.eml" % p.surname, "message/rfc822", inner, kind="eml")],
                types={"patient_name", "mrn", "lab_result", "medication"},
                note="forwarded lab result message attached as .eml")


# --------------------------------------------------------------------------- 16. Belgian / French patient file transfer
def foreign_patient(c):
    r = c.rng
    belgian = r.random() < 0.5
    p = c.patient(age_range=(22, 70))
    gi = _S(c, "gastroentérologue")
    dob_s = d_fr(p.dob, r.choice([0, 2]))
    if belgian:
        org, dom = EXT["be"]
        ident = "NISS : %s" % c.niss(p)
        types = {"be_niss"}
        sender = ("Dr Laurent Vandermeulen", "l.vandermeulen@" + dom)
    else:
        org, dom = EXT["fr"]
        ident = "N° de sécurité sociale : %s" % c.nir(p)
        types = {"fr_nir"}
        sender = ("Dr Claire Morvan-Duval", "claire.morvan-duval@" + dom)
    dx, tx = r.choice([("maladie de Crohn iléale diagnostiquée en 2019", "Humira (adalimumab) 40 mg/2 sem."),
                       ("hépatite B chronique", "entécavir 0,5 mg/j"),
                       ("maladie coeliaque, régime sans gluten depuis 2021", "fer oral (fumarate ferreux) 300 mg/j"),
                       ("rectocolite hémorragique", "mésalazine 4 g/j")])
    summary = ["Patient(e) : %s" % p.name("upper", FR), "Né(e) le : %s" % dob_s, ident, "",
               "Antécédents : %s." % dx,
               "Dernier bilan : Hb %d g/L, CRP %d mg/L, ALAT %d UI/L." % (r.randint(105, 140), r.randint(1, 25), r.randint(18, 60)),
               "Traitement en cours : %s." % tx,
               "", "Le/la patient(e) s'installe dans votre région et souhaite poursuivre son suivi."]
    types |= {"patient_name", "date_of_birth", "diagnosis", "lab_result", "medication"}
    atts = []
    if r.random() < 0.5:
        atts.append(att("Resume_dossier_%s.pdf" % _fname(p.surname), "application/pdf",
                        A.pdf("Résumé de dossier — transfert de suivi", summary, header=org)))
        text = ("Chère consoeur, cher confrère,\n\nComme convenu, je vous transmets le résumé du dossier de %s, qui "
                "déménage au Québec. Les comptes rendus d'endoscopie suivent par courrier.\n\nConfraternellement,\n\n%s\n%s"
                % (p.name("full", FR), sender[0], org))
    else:
        text = ("Chère consoeur, cher confrère,\n\nJe vous adresse le résumé suivant :\n\n%s\n\nConfraternellement,\n\n%s\n%s"
                % ("\n".join(summary), sender[0], org))
    return dict(cat="transfer", subject=r.choice(["Transfert de suivi", "Patient(e) en transfert vers le Québec",
                                                  "Résumé de dossier — %s" % p.surname]),
                frm=sender, to=[staff_addr(gi)], text=text, attachments=atts, types=types,
                note="foreign hospital file transfer with national number")


# --------------------------------------------------------------------------- 17. insurer disability form (SIN)
def insurer(c):
    r = c.rng
    p = c.patient(age_range=(25, 60))
    md = _S(c, "gastroentérologue, clinique MII")
    a = _S(c, "agent")
    dob_s = d_fr(p.dob, 1)
    sin_s = c.sin()
    dx = r.choice(IBD_DX_FR)
    lines = ["## Section A — Employé(e)", "Nom : %s" % p.name("surname_first", FR), "Date de naissance : %s" % dob_s,
             "NAS : %s" % sin_s, "No de certificat : BV-%06d" % r.randint(100000, 999999), "",
             "## Section B — Déclaration du médecin traitant", "Diagnostic : %s" % dx,
             "Date du début de l'invalidité : %s" % d_fr(c.earlier(20, 60), 1),
             "Hospitalisation : du %s au %s (poussée sévère, corticothérapie IV)" % (d_fr(c.earlier(40, 50), 1), d_fr(c.earlier(30, 39), 1)),
             "Traitement : %s" % r.choice(["infliximab 10 mg/kg aux 4 semaines", "prednisone 40 mg en sevrage",
                                           "védolizumab 300 mg IV"]),
             "Retour au travail prévu : progressif dans 6 à 8 semaines", "", "Médecin : %s" % staff_name(md)]
    fmt = r.choice(["pdf", "docx"])
    fn = "Declaration_medecin_%s.%s" % (_fname(p.surname), fmt) if r.random() < 0.5 else "formulaire_invalidite.%s" % fmt
    data = A.pdf("Demande de prestations d'invalidité de courte durée", lines, header=EXT["insurer_fr"][0]) if fmt == "pdf" \
        else A.docx("Demande de prestations d'invalidité de courte durée", lines)
    ctype = "application/pdf" if fmt == "pdf" else "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    text = ("Bonjour,\n\nVous trouverez ci-joint la déclaration du médecin traitant dûment remplie par %s pour votre "
            "assuré%s %s.\n\nCordialement,\n\n%s" % (staff_name(md), "e" if p.sex == "F" else "",
                                                      p.name(r.choice(["full", "title"]), FR), signature(a, FR)))
    return dict(cat="insurer_form", subject=r.choice(["Déclaration du médecin traitant", "Formulaire d'invalidité — dossier BV",
                                                      "Demande de prestations — documents"]),
                frm=staff_addr(a), to=[(EXT["insurer_fr"][0], "invalidite@" + EXT["insurer_fr"][1])], text=text,
                attachments=[att(fn, ctype, data)],
                types={"patient_name", "date_of_birth", "ca_sin", "diagnosis", "medication"},
                note="short-term disability form sent to insurer")


# --------------------------------------------------------------------------- 18. name only in the subject
def subject_only(c):
    r = c.rng
    p = c.patient()
    a = _S(c, "infirmière-chef")
    b = _S(c, "agent")
    variant = r.randint(0, 2)
    nm = p.name(r.choice(["surname_first_plain", "upper", "full", "lower"]), FR)
    if variant == 0:
        subj = "%s — annulation coloscopie de jeudi" % nm
        text = "Annulée : RNI 3,4 ce matin malgré l'arrêt du Coumadin. À reprogrammer dans 2 semaines, pont à la " \
               "daltéparine à discuter avec l'hémato.\n\n%s" % a[1]
        types = {"patient_name", "lab_result", "medication"}
    elif variant == 1:
        subj = "RE: %s" % nm
        text = "Oui, le dosage est revenu : adalimumab 1,2 µg/mL, anticorps positifs. Je l'ai ajouté%s à la liste pour la Dre " \
               "Fréchette.\n\n%s" % ("e" if p.sex == "F" else "", a[1])
        types = {"patient_name", "lab_result", "medication"}
    else:
        subj = "%s / OGD urgente" % nm
        text = "Ajoutée en fin de liste demain, dysphagie + perte de poids, masse au CT. À jeun dès minuit.\n\n%s" % a[1]
        types = {"patient_name", "diagnosis"}
    return dict(cat="subject_only", subject=subj, frm=staff_addr(a), to=[staff_addr(b)], text=text, types=types,
                note="patient named only in subject line")


# --------------------------------------------------------------------------- 19. chart number only
def mrn_only(c):
    r = c.rng
    p = c.patient()
    a = _S(c, "gastroentérologue")
    s = _S(c, "chirurgien")
    mrn = c.mrn(p)
    text = r.choice([
        "Bonjour %s,\n\nDossier %s : la patho du polype du sigmoïde est revenue — adénocarcinome pT1, marge profonde "
        "< 1 mm, invasion lymphovasculaire présente. Je pense qu'une résection segmentaire s'impose. CT TAP demandé, "
        "ACE %s µg/L.\n\nPeux-tu la voir en clinique ?\n\n%s",
        "%s,\n\nPour le no de dossier %s : CPRE faite ce matin, extraction de 3 calculs du cholédoque, sphinctérotomie. "
        "Lipase post-CPRE à %s. Cholécystectomie à planifier durant l'hospitalisation.\n\n%s"])
    if "ACE" in text:
        text = text % (s[1], mrn, r.choice(["3,1", "4,8", "6,2"]), a[1])
    else:
        text = text % (s[1], mrn, r.choice([180, 420, 96]), a[1])
    return dict(cat="mrn_only", subject=r.choice(["Dossier %s" % mrn, "Référence chirurgie", "Pour ta clinique"]),
                frm=staff_addr(a), to=[staff_addr(s)], text=text, types={"mrn", "diagnosis", "lab_result"},
                note="chart number with pathology or procedure result")


# --------------------------------------------------------------------------- 20. paediatric case (young NAM holder)
def paediatric(c):
    r = c.rng
    p = c.nam_patient(max_age=17)
    ts = _S(c, "sociale")
    gi = _S(c, "gastroentérologue")
    dob_s = d_fr(p.dob, r.choice([0, 2, 1]))
    sex_s = "sexe %s" % p.sex
    nam_s = c.nam(p, dob_s, sex_s)
    dx = r.choice(["maladie coeliaque (anti-transglutaminase IgA > 250 U/mL, biopsies Marsh 3b)",
                   "maladie de Crohn pédiatrique (calprotectine 1 320 µg/g)",
                   "retard de croissance avec anémie ferriprive (ferritine 4 µg/L)"])
    soc = r.choice(["Famille suivie par la DPJ (négligence); l'enfant est en famille d'accueil depuis septembre.",
                    "Parents séparés, garde partagée conflictuelle; la mère rapporte des difficultés financières importantes.",
                    "Signalement à la DPJ fait le %s par l'équipe de l'urgence." % d_fr(c.earlier(10, 40), 0)])
    text = ("Bonjour,\n\nPour la rencontre interdisciplinaire de jeudi :\n\n%s, %s (DDN %s), NAM %s\n"
            "Diagnostic : %s\nPlan : %s\n\nContexte social : %s\n\n%s" %
            (p.name(r.choice(["upper", "full", "surname_first"]), FR), sex_s, dob_s, nam_s, dx,
             r.choice(["gastroscopie sous AG le %s" % d_fr(c.later(5, 20), 0), "nutrition entérale exclusive x 8 semaines",
                       "fer IV (Monoferric) en clinique de jour"]), soc, signature(ts, FR)))
    return dict(cat="paediatric", subject=r.choice(["Rencontre interdisciplinaire — cas pédiatrique", "Discussion de cas jeudi",
                                                    "Suivi conjoint pédiatrie-gastro"]),
                frm=staff_addr(ts), to=[staff_addr(gi)], text=text,
                types={"patient_name", "date_of_birth", "ramq_nam", "diagnosis", "lab_result", "social_information"},
                note="paediatric GI case with youth-protection context")


TEMPLATES = [
    (referral, 4), (booking_prep, 4), (prep_reply, 3), (pathology, 3), (census, 3), (ibd_psp, 3), (hepato_letter, 3),
    (screening_list, 3), (transport, 3), (social, 3), (pharmacy, 3), (quick_note, 3), (forward, 3),
    (attachment_only, 3), (nested_lab, 3), (foreign_patient, 3), (insurer, 3), (subject_only, 2), (mrn_only, 2),
    (paediatric, 3),
]
