"""Positive templates, part B: insurers and agencies, out-of-province and foreign patients, reviews."""
import datetime as dt

import gen_attach as A
import gen_common as G
from gen_compose import nested_message
from gen_pos_a import disp_addr, hosp


# ------------------------------------------------------------------ 11
def p_insurer_form(c):
    p = c.patient("sin", age=c.rng.randrange(22, 63))
    clerk = c.staff()
    agent = c.staff("biat.example")
    nm = c.name(p, c.pick(["upper_comma", "full", "title"]))
    claim = "BIAT-%d-%05d" % (c.today.year, c.rng.randrange(10000, 99999))
    fields = [(c.t("Travailleur", "Worker"), "%s %s" % (p["given"], p["surname"])),
              (c.t("NAS", "SIN"), c.sin(p)),
              (c.t("Date de naissance", "Date of birth"), c.dob(p)),
              (c.t("Employeur", "Employer"), c.pick(["Scierie Lac-Verdure inc.", "Transport Boréal ltée",
                                                     "Ferme Dallaire et fils", "Construction Rive-Nord"])),
              (c.t("Date de l'événement", "Date of event"), c.day(-c.rng.randrange(3, 20), "iso")),
              (c.t("Lésion constatée", "Injury observed"), c.dx(c.pick([2, 22, 8]))),
              (c.t("Soins préhospitaliers", "Prehospital care"), c.med(field=True)),
              (c.t("Transport", "Transport"), c.t("scène → urgence HRRS, 42 km", "scene to HRRS ED, 42 km")),
              (c.t("Montant réclamé", "Amount claimed"), "%d,00 $" % c.rng.choice([125, 385, 542, 611]))]
    kind = c.pick(["pdf", "inline", "docx"])
    if c.fr:
        intro = "Bonjour M./Mme %s,\n\nPour le dossier %s, voici la réclamation du transport ambulancier de %s." % (agent["surname"], claim, nm)
        subj = c.pick(["Réclamation transport ambulancier — dossier %s" % claim, "Dossier %s — facture transport" % claim])
    else:
        intro = "Hello %s,\n\nFor claim %s, here is the ambulance transport claim for %s." % (agent["given"], claim, nm)
        subj = c.pick(["Ambulance transport claim - file %s" % claim, "File %s - transport invoice" % claim])
    sig = "\n\n%s\n%s\n" % (c.closing(), c.sig(clerk, c.t("technicienne en facturation", "billing clerk")))
    msg = {"cat": "insurer_claim", "note": "work-injury ambulance claim to compensation board",
           "subject": subj, "sender": c.who(clerk), "to": [c.who(agent)]}
    if kind == "inline":
        msg["body"] = intro + "\n\n" + "\n".join("%s : %s" % f if c.fr else "%s: %s" % f for f in fields) + sig
    elif kind == "pdf":
        msg["body"] = intro + c.t(" Le formulaire est joint.", " Form attached.") + sig
        msg["attachments"] = [{"kind": "pdf", "filename": "%s_%s.pdf" % (claim, p["surname"]),
                               "data": A.make_pdf(c.t("Réclamation — transport ambulancier", "Claim - ambulance transport"),
                                                  ["%s : %s" % f for f in fields])}]
    else:
        msg["body"] = intro + c.t(" Formulaire Word en pièce jointe.", " Word form attached.") + sig
        msg["attachments"] = [{"kind": "docx", "filename": "reclamation_%s.docx" % claim,
                               "data": A.make_docx(c.t("Réclamation", "Claim"), [claim], [["", ""]] + [list(f) for f in fields])}]
    return msg


# ------------------------------------------------------------------ 12
def p_out_of_province(c):
    p = c.patient("ohip")
    clerk = c.staff()
    ont = c.staff(G.ONT_HOSPITAL["domain"])
    nm = c.name(p, c.pick(["full", "upper_comma", "title"]))
    hn = c.ohip(p)
    if c.fr:
        body = ["Bonjour,", "", "Transfert vers %s prévu demain 8 h pour un patient ontarien :" % G.ONT_HOSPITAL["name"], "",
                "%s — DDN %s" % (nm, c.dob(p)), "Carte Santé Ontario : %s" % hn,
                "Diagnostic : %s" % c.dx(), "Traitement : %s" % c.med(),
                "Dernier résultat : %s" % c.res(), "",
                "La facturation interprovinciale sera faite à l'Ontario. Pouvez-vous confirmer le lit à l'arrivée?",
                "", c.closing(), c.sig(clerk, "coordonnatrice des transferts interprovinciaux")]
        subj = c.pick(["Transfert interprovincial — %s" % G.ONT_HOSPITAL["short"], "Patient ontarien — transfert demain"])
    else:
        body = ["Hello,", "", "Transfer to %s planned tomorrow 08:00 for an Ontario resident:" % G.ONT_HOSPITAL["name"], "",
                "%s - DOB %s" % (nm, c.dob(p)), "Ontario health card: %s" % hn,
                "Diagnosis: %s" % c.dx(), "Meds: %s" % c.med(), "Last result: %s" % c.res(), "",
                "Interprovincial billing goes to Ontario. Can you confirm the bed on arrival?", "",
                c.closing(), c.sig(clerk, "interprovincial transfer coordinator")]
        subj = c.pick(["Interprovincial transfer - %s" % G.ONT_HOSPITAL["short"], "Ontario patient - transfer tomorrow"])
    return {"cat": "out_of_province", "note": "interprovincial transfer of Ontario patient",
            "subject": subj, "sender": c.who(clerk), "to": [("Patient Flow", "patientflow@" + G.ONT_HOSPITAL["domain"])],
            "cc": [c.who(ont)], "body": "\n".join(body) + "\n"}


# ------------------------------------------------------------------ 13
def p_tourist_fr(c):
    p = c.patient("nir", age=c.rng.randrange(25, 85))
    clerk = c.staff()
    nm = c.name(p, c.pick(["upper_first", "full", "title"]))
    inv = "F-%d-%04d" % (c.today.year, c.rng.randrange(1000, 9999))
    lab = ["Assuré(e) : ", "N° de sécurité sociale (NIR) : ", "Né(e) le : ", "Adresse en France : ", "Intervention : ",
           "Soins : ", "Montant : ", "Téléphone portable : "] if c.fr else \
        ["Insured member: ", "Social security no. (NIR): ", "Born: ", "Address in France: ", "Call: ", "Care: ",
         "Amount: ", "Mobile: "]
    fields = [lab[0] + nm, lab[1] + c.nir(p), lab[2] + c.dob(p),
              lab[3] + "%d, rue des Tilleuls, %s" % (c.rng.randrange(2, 90), c.pick(["37000 Tours", "44000 Nantes", "86000 Poitiers"])),
              lab[4] + c.dx(), lab[5] + c.med(field=True),
              lab[6] + (c.t("%d,00 $ CA", "CA$%d.00") % c.pick([465, 612, 780]))]
    c.types.add("patient_contact")
    if c.chance(0.4):
        fields.insert(3, lab[7] + c.phone(p))
    if c.fr:
        body = "Madame, Monsieur,\n\nNous vous transmettons la facture du transport ambulancier d'urgence de votre assuré(e), " \
               "touriste en séjour au Québec.\n\n" + "\n".join(fields) + \
               "\n\nLe rapport d'intervention peut être transmis sur demande.\n\n%s\n%s\n" % (c.closing(), c.sig(clerk, "service de la facturation"))
        subj = "Facture %s — transport ambulancier d'un(e) assuré(e) français(e)" % inv
    else:
        body = "Hello,\n\nPlease find below the emergency ambulance invoice for your insured member, a French tourist " \
               "visiting Quebec.\n\n" + "\n".join(fields) + \
               "\n\nThe care report can be sent on request.\n\n%s\n%s\n" % (c.closing(), c.sig(clerk, "billing department"))
        subj = "Invoice %s - ambulance transport, French insured member" % inv
    return {"cat": "foreign_billing", "note": "ambulance invoice to French health insurer",
            "subject": subj, "sender": c.who(clerk), "to": [("CPAM Val-de-Loire", "relations.internationales@cpam-vdl.example")],
            "body": body}


# ------------------------------------------------------------------ 14
def p_tourist_be(c):
    p = c.patient("niss", age=c.rng.randrange(20, 85))
    clerk = c.staff()
    nm = c.name(p, c.pick(["upper_comma", "full", "title"]))
    rows = [["Champ", "Valeur"] if c.fr else ["Field", "Value"],
            [c.t("Patient", "Patient"), nm], ["NISS", c.niss(p)], [c.t("Date de naissance", "Birth date"), c.dob(p)],
            [c.t("Diagnostic", "Diagnosis"), c.dx()], [c.t("Résultat", "Result"), c.res()],
            [c.t("Destination", "Destination"), hosp(c)["name"]]]
    if c.fr:
        body = "Bonjour,\n\nÀ la demande de la Mutualité Saint-Hubert, voici les renseignements du transport de votre " \
               "affilié(e) survenu pendant son séjour.\n\n" + "\n".join(" | ".join(r) for r in rows) + \
               "\n\n%s\n%s\n" % (c.closing(), c.sig(clerk, "service de la facturation"))
        subj = "Transport ambulancier — affilié(e) belge"
    else:
        body = "Hello,\n\nAs requested by Mutualité Saint-Hubert, here are the transport details for your member " \
               "during their stay.\n\n" + "\n".join(" | ".join(r) for r in rows) + \
               "\n\n%s\n%s\n" % (c.closing(), c.sig(clerk, "billing department"))
        subj = "Ambulance transport - Belgian member"
    msg = {"cat": "foreign_billing", "note": "transport details to Belgian mutual insurer",
           "subject": subj, "sender": c.who(clerk), "to": [("Service international", "international@msh.example")],
           "body": body, "form": c.pick(["html", "alt"])}
    if c.chance(0.4):
        msg["attachments"] = [{"kind": "xlsx", "filename": "transport_%s.xlsx" % p["niss"][:6],
                               "data": A.make_xlsx([("transport", rows)])}]
        msg["body"] = msg["body"].split("\n\n")[0] + "\n\n" + c.t("Détails dans le fichier joint.", "Details in the attached file.") + \
            "\n\n%s\n%s\n" % (c.closing(), c.sig(clerk))
        msg["form"] = "plain"
    return msg


# ------------------------------------------------------------------ 15
def p_quality_review(c):
    h = hosp(c)
    p = c.patient(c.pick(["mrn", "mrn", "nam"]), min_age=30)
    md = c.staff()
    members = [c.staff() for _ in range(3)]
    nm = c.name(p, c.pick(["full", "upper_comma", "initial"]))
    rhythm = c.pick(["FV", "AESP", "asystolie"]) if c.fr else c.pick(["VF", "PEA", "asystole"])
    if c.fr:
        lines = ["Bonjour à tous,", "", "Pour la revue de cas de jeudi (arrêt cardiorespiratoire, appel %s) :" % c.call_no(), "",
                 "Patient : %s, %d ans — %s %s : %s" % (nm, p["age"], c.mrn_label(), h["short"], c.mrn(p))]
        if p.get("nam"):
            lines.append(c.nam_line(p))
        lines += ["Rythme initial : %s ; RCS à %s min" % (rhythm, c.rng.randrange(9, 31)),
                  "Médication : %s" % c.med(field=True), "Antécédents : %s ; %s" % (c.dx(), ", ".join(c.meds(2))),
                  "Résultat à l'arrivée : %s" % c.res(), "",
                  "Points à discuter : délai de compression (94 s), choix du dispositif supraglottique, ventilation.", "",
                  c.closing(), "Dr %s, directeur médical régional adjoint" % md["surname"]]
        subj = c.pick(["Revue de cas ACR — jeudi", "Comité qualité : cas %s" % nm])
    else:
        lines = ["Hi all,", "", "For Thursday's case review (cardiac arrest, call %s):" % c.call_no(), "",
                 "Patient: %s, %d y - %s %s: %s" % (nm, p["age"], c.mrn_label(), h["short"], c.mrn(p))]
        if p.get("nam"):
            lines.append(c.nam_line(p))
        lines += ["Initial rhythm: %s; ROSC at %s min" % (rhythm, c.rng.randrange(9, 31)),
                  "Drugs: %s" % c.med(field=True), "History: %s; %s" % (c.dx(), ", ".join(c.meds(2))),
                  "On arrival: %s" % c.res(), "",
                  "Discussion points: compression pause (94 s), supraglottic airway choice, ventilation.", "",
                  c.closing(), "Dr. %s, deputy regional medical director" % md["surname"]]
        subj = c.pick(["Cardiac arrest case review - Thursday", "Quality committee: case %s" % nm])
    return {"cat": "quality_review", "note": "identified cardiac arrest case for quality review",
            "subject": subj, "sender": c.who(md), "to": [c.who(m) for m in members], "body": "\n".join(lines) + "\n"}


# ------------------------------------------------------------------ 16
def p_complaint(c):
    kind = c.pick(["none", "nam"])
    p = c.patient(kind, min_age=55) if kind == "nam" else c.patient(kind, age=c.rng.randrange(55, 95))
    rel = c.patient("none", age=c.rng.randrange(30, 65), focus=False)
    sup = c.staff()
    dirq = c.staff()
    nm = c.name(p, c.pick(["title", "full", "given"]) if not p.get("nam") else "full")
    rn = "%s %s" % (rel["given"], rel["surname"])
    wait = c.rng.randrange(38, 95)
    if c.fr:
        orig = ["Bonjour,", "", "Je vous écris au sujet de ma mère, %s." % nm if p["sex"] == "F" else
                "Je vous écris au sujet de mon père, %s." % nm,
                "Le %s, nous avons appelé le 911 parce qu'elle/il avait %s. L'ambulance a mis %d minutes à arriver." %
                (c.day(-6), c.pick(["de la difficulté à respirer", "une douleur à la poitrine", "fait une chute"]), wait),
                "À l'hôpital on nous a dit que c'était %s et qu'elle/il prend %s." % (c.dx(), c.med()),
                "Je veux comprendre pourquoi ça a pris autant de temps.", "", rn, G.phone(c.rng)]
        if p.get("nam"):
            orig.insert(4, "Ses informations : %s." % c.nam_line(p))
        top = ["%s," % dirq["given"], "",
               "Plainte reçue ce matin via le formulaire web. Peux-tu sortir l'horodatage de l'appel et l'unité assignée? "
               "Il faut répondre sous 45 jours.", "", sup["given"]]
        subj = "TR: Plainte — délai d'intervention"
        fwd = "-------- Message transféré --------\nDe : %s <%s>\nObjet : Délai inacceptable\n" % (rn, "%s@courriel.example" % G.fold(rel["given"]))
    else:
        orig = ["Hello,", "", ("I am writing about my mother, %s." if p["sex"] == "F" else "I am writing about my father, %s.") % nm,
                "On %s we called 911 because of %s. The ambulance took %d minutes to arrive." %
                (c.day(-6), c.pick(["trouble breathing", "chest pain", "a fall"]), wait),
                "At the hospital they said it was %s, and the regular meds are %s." % (c.dx(), c.med()),
                "I want to understand why it took so long.", "", rn, G.phone(c.rng)]
        if p.get("nam"):
            orig.insert(4, "Details: %s." % c.nam_line(p))
        top = ["%s," % dirq["given"], "",
               "Complaint received this morning through the web form. Can you pull the call timestamps and the assigned "
               "unit? We have 45 days to answer.", "", sup["given"]]
        subj = "FW: Complaint - response time"
        fwd = "-------- Forwarded Message --------\nFrom: %s <%s>\nSubject: Unacceptable delay\n" % (rn, "%s@mail.example" % G.fold(rel["given"]))
    body = "\n".join(top) + "\n\n" + fwd + "\n" + "\n".join(orig) + "\n"
    return {"cat": "complaint", "note": "forwarded family complaint about response time",
            "subject": subj, "sender": c.who(sup), "to": [c.who(dirq)], "body": body}


# ------------------------------------------------------------------ 17
def p_pharmacy(c):
    p = c.patient(c.pick(["nam", "nam", "none"]), min_age=18)
    ph = c.pick(G.PHARMACIES)
    pharm = c.staff(ph["domain"])
    cp = c.staff()
    nm = c.name(p, c.pick(["full", "title", "upper_comma"]))
    meds = c.meds(c.rng.randrange(3, 6))
    if c.fr:
        q = ["Bonjour,", "", "Pouvez-vous nous transmettre le profil pharmacologique de %s? Notre paramédic "
             "communautaire fait une visite demain (suivi %s)." % (nm, c.dx())]
        if p.get("nam"):
            q.append(c.nam_line(p))
        else:
            q.append("Date de naissance : %s" % c.dob(p))
        q += ["", "Merci,", cp["display"]]
        a = ["Bonjour,", "", "Voici le profil actif :"] + ["- " + m for m in meds] + \
            ["", "Dernier renouvellement il y a %d jours. À noter : observance irrégulière selon la famille." % c.rng.randrange(5, 60),
             "", "%s, pharmacien(ne)" % pharm["display"], ph["name"], "Téléc. " + ph["fax"]]
        subj = "RE: Profil pharmacologique — visite paramédecine communautaire"
        hdr = "----- Message d'origine -----\nDe : %s\nEnvoyé : %s\nObjet : Profil pharmacologique\n" % (cp["display"], c.day(-1, "long"))
    else:
        q = ["Hello,", "", "Could you send the medication profile for %s? Our community paramedic visits tomorrow "
             "(follow-up of %s)." % (nm, c.dx())]
        if p.get("nam"):
            q.append(c.nam_line(p))
        else:
            q.append("Date of birth: %s" % c.dob(p))
        q += ["", "Thanks,", cp["display"]]
        a = ["Hello,", "", "Here is the active profile:"] + ["- " + m for m in meds] + \
            ["", "Last refill %d days ago. Note: irregular adherence according to family." % c.rng.randrange(5, 60),
             "", "%s, pharmacist" % pharm["display"], ph["name"], "Fax " + ph["fax"]]
        subj = "RE: Medication profile - community paramedicine visit"
        hdr = "----- Original Message -----\nFrom: %s\nSent: %s\nSubject: Medication profile\n" % (cp["display"], c.day(-1, "long"))
    body = "\n".join(a) + "\n\n" + hdr + "\n" + "\n".join(q) + "\n"
    return {"cat": "pharmacy_profile", "note": "pharmacy reply with medication profile",
            "subject": subj, "sender": c.who(pharm), "to": [c.who(cp)], "body": body}


# ------------------------------------------------------------------ 18
def p_subject_only(c):
    p = c.patient("none")
    medic = c.staff()
    h = hosp(c)
    doc = c.staff(h["domain"])
    nm = c.name(p, c.pick(["full", "upper_comma", "lower", "initial"]))
    if c.fr:
        subj = c.pick(["ECG 12D — %s" % nm, "%s : ECG transmis" % nm, "Tracé %s (unité %s)" % (nm, c.unit())])
        body = c.pick(["Dr %s,\n\nTracé transmis à %s. %s. Pt a reçu %s. On part vers l'hémo, ETA 18 min.\n\n%s\n" %
                       (doc["surname"], c.hhmm(), c.res(3), c.med(field=True), medic["display"]),
                       "Bonjour,\n\nVoici le tracé — %s. Impression : %s.\n\n%s, PSA\n" % (c.res(3), c.dx(0), medic["display"])])
    else:
        subj = c.pick(["12-lead - %s" % nm, "%s: ECG sent" % nm, "Tracing %s (unit %s)" % (nm, c.unit())])
        body = c.pick(["Dr. %s,\n\nTracing sent at %s. %s. Given %s. Heading to the cath lab, ETA 18 min.\n\n%s\n" %
                       (doc["surname"], c.hhmm(), c.res(3), c.med(field=True), medic["display"]),
                       "Hello,\n\nHere is the tracing - %s. Impression: %s.\n\n%s, ACP\n" % (c.res(3), c.dx(0), medic["display"])])
    return {"cat": "ecg_transmission", "note": "ECG transmission, patient named only in subject",
            "subject": subj, "sender": c.who(medic), "to": [c.who(doc)], "body": body}


# ------------------------------------------------------------------ 19
def p_zip_reports(c):
    coroner = c.staff("coroner-tv.example")
    qa = c.staff()
    rows = [[c.t("appel", "call"), c.t("date", "date"), c.t("patient", "patient"), c.t("ddn", "dob"),
             c.t("dossier", "chart"), c.t("impression", "impression")]]
    for i in range(c.rng.randrange(3, 7)):
        p = c.patient("none", age=c.rng.randrange(19, 90))
        rows.append([c.call_no(), c.day(-c.rng.randrange(1, 60), "iso"), c.name(p, c.pick(["upper_comma", "comma"])),
                     c.dob(p, "iso"), c.mrn(p, "plain"), c.dx(c.pick([7, 13, 24, 8]), short=True)])
    members = [("liste_%s.csv" % c.day(0, "iso"), A.make_csv(rows, ";").encode("utf-8")),
               (c.t("LISEZMOI.txt", "README.txt"), c.t("Extraction demandée par le bureau du coroner.\n",
                                                       "Extract requested by the coroner's office.\n").encode("utf-8"))]
    z = A.make_zip(members)
    if c.fr:
        body = "Bonjour Me %s,\n\nEn réponse à votre demande, l'extraction des interventions (décès et surdoses) est dans " \
               "l'archive ci-jointe. Le mot de passe vous sera transmis par téléphone.\n\n%s\n%s\n" % (
                   coroner["surname"], c.closing(), c.sig(qa, "analyste, qualité des données"))
        subj = "Extraction demandée — interventions %s" % c.day(0, "iso")[:7]
    else:
        body = "Dear %s,\n\nAs requested, the extract of calls (deaths and overdoses) is in the attached archive. " \
               "The password will be given by phone.\n\n%s\n%s\n" % (coroner["display"], c.closing(), c.sig(qa, "data quality analyst"))
        subj = "Requested extract - calls %s" % c.day(0, "iso")[:7]
    return {"cat": "coroner_extract", "note": "zip extract of calls with patients for coroner",
            "subject": subj, "sender": c.who(qa), "to": [c.who(coroner)], "body": body,
            "attachments": [{"kind": "zip", "filename": "extraction_%d.zip" % c.idx, "data": z}]}


# ------------------------------------------------------------------ 20
def p_forwarded_eml(c):
    h = hosp(c)
    p = c.patient("nam" if c.chance(0.7) else "mrn")
    nurse = c.staff(h["domain"])
    disp = c.staff(G.DISPATCH["domain"])
    sup = c.staff()
    nm = c.name(p, c.pick(["full", "upper_comma"]))
    inner_body = c.t(
        "Bonjour,\n\nTransfert à prévoir pour %s vers %s.\n%s\nDx : %s\nMédication : %s\n\nMerci\n%s\n",
        "Hello,\n\nTransfer needed for %s to %s.\n%s\nDx: %s\nMeds: %s\n\nThanks\n%s\n") % (
        nm, c.dest(), c.nam_line(p) if p.get("nam") else "%s %s" % (c.mrn_label(), c.mrn(p)), c.dx(), c.med(), nurse["display"])
    inner = {"subject": c.t("Transfert à planifier", "Transfer to schedule"), "sender": c.who(nurse),
             "to": [c.who(disp)], "when": c.when - dt.timedelta(hours=5), "body": inner_body, "lang": c.lang}
    eml = nested_message(inner, c.rng, "n%03d" % c.idx)
    if c.fr:
        body = "%s,\n\nLe transfert ci-joint n'a jamais été assigné — peux-tu vérifier avec l'équipe de soir pourquoi il " \
               "est resté dans la file d'attente?\n\n%s\n" % (sup["given"], disp["display"])
        subj = c.pick(["TR: Transfert à planifier", "Transfert non assigné (message joint)"])
    else:
        body = "%s,\n\nThe attached transfer was never assigned - can you check with the evening shift why it stayed in " \
               "the queue?\n\n%s\n" % (sup["given"], disp["display"])
        subj = c.pick(["FW: Transfer to schedule", "Unassigned transfer (message attached)"])
    return {"cat": "forwarded_transfer", "note": "transfer request forwarded as attached message",
            "subject": subj, "sender": c.who(disp), "to": [c.who(sup)], "body": body,
            "attachments": [{"kind": "eml", "filename": c.t("Transfert à planifier.eml", "Transfer to schedule.eml")
                             if c.chance(0.6) else None, "data": eml}]}


TEMPLATES_B = [p_insurer_form, p_out_of_province, p_tourist_fr, p_tourist_be, p_quality_review,
               p_complaint, p_pharmacy, p_subject_only, p_zip_reports, p_forwarded_eml]
