"""Positive templates, part C: sign-out lists, outreach, refusals, coroner, CAD alerts, exposures."""
import datetime as dt

import gen_attach as A
import gen_common as G
from gen_pos_a import disp_addr, gw, hosp


# ------------------------------------------------------------------ 21
def p_signout(c):
    lead = c.staff(G.DISPATCH["domain"])
    nxt = c.staff(G.DISPATCH["domain"])
    rows = []
    for i in range(c.rng.randrange(4, 8)):
        h = hosp(c)
        p = c.patient("mrn")
        room = "%s %d" % (h["short"], c.rng.randrange(101, 650))
        style = c.pick(["upper_comma", "initial", "comma", "upper_first"])
        line = "%s | %s | %s | %s | %s" % (room, c.name(p, style), c.mrn(p, c.pick(["plain", "space", "dash"])),
                                           c.dx(short=True), c.pick(["P2 14h", "P3 demain AM", "en attente lit", "PSA requis",
                                                                     "P2 asap", "retour CHSLD"]) if c.fr else
                                           c.pick(["P2 14:00", "P3 tomorrow AM", "waiting for bed", "ACP needed", "P2 asap",
                                                   "back to LTC"]))
        rows.append(line)
    head = c.t("Chambre | Patient | Dossier | Problème | Statut", "Room | Patient | Chart | Problem | Status")
    if c.fr:
        body = "Salut %s,\n\nPassation de quart — transferts en attente :\n\n%s\n%s\n\nÀ surveiller : le %s n'a pas encore " \
               "confirmé l'acceptation pour le 3e de la liste.\n\n%s\n" % (nxt["given"], head, "\n".join(rows),
                                                                       c.pick(["CHUMC", "HRRS"]), lead["given"])
        subj = c.pick(["Passation de quart — transferts", "Relève %s — liste" % c.pick(["jour", "soir", "nuit"])])
    else:
        body = "Hi %s,\n\nShift handover - pending transfers:\n\n%s\n%s\n\nWatch: %s has not confirmed acceptance for #3 " \
               "on the list.\n\n%s\n" % (nxt["given"], head, "\n".join(rows), c.pick(["CHUMC", "HRRS"]), lead["given"])
        subj = c.pick(["Shift handover - transfers", "%s shift sign-out list" % c.pick(["Day", "Evening", "Night"])])
    return {"cat": "signout", "note": "dispatch shift handover list of pending transfers",
            "subject": subj, "sender": c.who(lead), "to": [c.who(nxt)], "body": body,
            "form": c.pick(["plain", "alt", "html"])}


# ------------------------------------------------------------------ 22
def p_overdose_outreach(c):
    p = c.patient("none", age=c.rng.randrange(18, 55))
    medic = c.staff()
    worker = c.staff("relais-rue.example")
    nm = c.name(p, c.pick(["given", "full", "lower", "title"]))
    if c.fr:
        body = ["Salut %s," % worker["given"], "",
                "Comme convenu avec le programme de réduction des méfaits : %s (%s) a accepté d'être contacté(e) après "
                "l'intervention de samedi — %s." % (nm, "%d ans" % p["age"], c.dx(7)),
                "On a laissé une trousse de naloxone. Consommation : fentanyl fumé, parfois injecté.",
                "Situation : %s." % c.social(c.pick([1, 7, 3])),
                "Cellulaire : %s (répond surtout le soir)." % c.phone(p), "", medic["given"]]
        subj = c.pick(["Référence RdM — samedi", "Contact post-surdose", "Pour %s" % nm])
    else:
        body = ["Hi %s," % worker["given"], "",
                "As agreed with the harm reduction programme: %s (%d) agreed to be contacted after Saturday's call - %s."
                % (nm, p["age"], c.dx(7)),
                "We left a naloxone kit. Use: smoked fentanyl, sometimes injected.",
                "Situation: %s." % c.social(c.pick([1, 7, 3])),
                "Cell: %s (best in the evening)." % c.phone(p), "", medic["given"]]
        subj = c.pick(["HR referral - Saturday", "Post-overdose contact", "Re %s" % nm])
    return {"cat": "overdose_outreach", "note": "post-overdose referral to outreach worker",
            "subject": subj, "sender": c.who(medic), "to": [c.who(worker)], "body": "\n".join(body) + "\n"}


# ------------------------------------------------------------------ 23
def p_refusal(c):
    p = c.patient("nam", min_age=18) if c.chance(0.65) else c.patient("none", age=c.rng.randrange(40, 95))
    medic = c.staff()
    md = c.staff()
    nm = c.name(p, c.pick(["full", "title", "upper_comma"]))
    if c.fr:
        body = ["Dr %s," % md["surname"], "",
                "Refus de transport signé ce matin (appel %s) : %s, %s." % (c.call_no(), nm, c.address(p)),
                "Plainte : %s. %s. Prend %s." % (c.dx(), c.res(), c.med()),
                "Aptitude évaluée : orienté(e) x3, comprend les risques. Famille absente.",
                "Je recommande une visite de suivi par le paramédic communautaire d'ici 24 h."]
        if p.get("nam"):
            body.append(c.nam_line(p))
        body += ["", c.closing(), c.sig(medic, "paramédic en soins primaires")]
        subj = c.pick(["Refus de transport — suivi demandé", "Refus signé appel de ce matin"])
    else:
        body = ["Dr. %s," % md["surname"], "",
                "Refusal of transport signed this morning (call %s): %s, %s." % (c.call_no(), nm, c.address(p)),
                "Complaint: %s. %s. Takes %s." % (c.dx(), c.res(), c.med()),
                "Capacity assessed: oriented x3, understands the risks. No family present.",
                "I recommend a community paramedic follow-up visit within 24 h."]
        if p.get("nam"):
            body.append(c.nam_line(p))
        body += ["", c.closing(), c.sig(medic, "primary care paramedic")]
        subj = c.pick(["Refusal of transport - follow-up requested", "Signed refusal this morning"])
    return {"cat": "refusal", "note": "refusal of transport reported to medical director",
            "subject": subj, "sender": c.who(medic), "to": [c.who(md)], "body": "\n".join(body) + "\n"}


# ------------------------------------------------------------------ 24
def p_coroner(c):
    p = c.patient("nam", min_age=25) if c.chance(0.6) else c.patient("none", age=c.rng.randrange(30, 95))
    sup = c.staff()
    cor = c.staff("coroner-tv.example")
    nm = c.name(p, c.pick(["upper_comma", "full"]))
    if c.fr:
        lines = ["Décès constaté sur place — avis au coroner", "", "Défunt(e) : %s" % nm,
                 c.nam_line(p) if p.get("nam") else "Date de naissance : %s" % c.dob(p),
                 "Lieu : domicile, %s" % c.address(p),
                 "Heure de l'appel : %s ; arrivée : %s" % (c.hhmm(-50), c.hhmm(-38)),
                 "Constat : %s. Antécédents rapportés : %s. Médication trouvée : %s." % (
                     c.pick(["rigidité cadavérique, lividités", "asystolie confirmée sur 2 dérivations"]), c.dx(), c.med()),
                 "Circonstances : %s." % c.social(c.pick([0, 1, 3])),
                 "Policiers présents : oui (matricule 4471).", ""]
    else:
        lines = ["Death pronounced on scene - coroner notice", "", "Deceased: %s" % nm,
                 c.nam_line(p) if p.get("nam") else "Date of birth: %s" % c.dob(p),
                 "Location: home, %s" % c.address(p),
                 "Call time: %s; arrival: %s" % (c.hhmm(-50), c.hhmm(-38)),
                 "Findings: %s. Reported history: %s. Medication found: %s." % (
                     c.pick(["rigor mortis, lividity", "asystole confirmed in 2 leads"]), c.dx(), c.med()),
                 "Circumstances: %s." % c.social(c.pick([0, 1, 3])), "Police on scene: yes (badge 4471).", ""]
    pdf = A.make_pdf(lines[0], lines[2:])
    body = c.t("Bonjour,\n\nAvis de décès ci-joint pour l'appel %s.\n\n%s\n%s\n",
               "Hello,\n\nDeath notice attached for call %s.\n\n%s\n%s\n") % (c.call_no(), c.closing(), c.sig(sup))
    return {"cat": "coroner_notice", "note": "death on scene notice to coroner",
            "subject": c.t("Avis au coroner — appel de nuit", "Coroner notice - overnight call"),
            "sender": c.who(sup), "to": [c.who(cor)], "body": body,
            "attachments": [{"kind": "pdf", "filename": c.t("avis_deces_%s.pdf", "death_notice_%s.pdf") % c.idx, "data": pdf}]}


# ------------------------------------------------------------------ 25
def p_premise_alert(c):
    p = c.patient("none", age=c.rng.randrange(30, 95))
    coord = c.staff()
    disp = c.staff(G.DISPATCH["domain"])
    nm = c.name(p, c.pick(["upper_comma", "full", "title"]))
    addr = c.address(p)
    if c.fr:
        alert = c.pick(["Patient(e) bariatrique (180 kg), prévoir 2e équipe et civière bariatrique",
                        "Oxygène à domicile 3 L/min, ne pas fumer à proximité",
                        "Niveau de soins D — pas de RCR, formulaire au frigo",
                        "Comportement agressif lors de décompensation — attendre la police"])
        body = "Bonjour %s,\n\nMerci d'ajouter cette alerte d'adresse au système de répartition :\n\nAdresse : %s\n" \
               "Occupant : %s\nAlerte : %s\nContexte clinique : %s\n\nValide jusqu'au %s.\n\n%s\n%s\n" % (
                   disp["given"], addr, nm, alert, c.dx(), c.day(180, "iso"), c.closing(), c.sig(coord))
        subj = c.pick(["Alerte d'adresse à ajouter (CAD)", "Nouvelle alerte de lieu"])
    else:
        alert = c.pick(["Bariatric patient (180 kg), send second crew and bariatric stretcher",
                        "Home oxygen 3 L/min, no smoking nearby", "Level of care D - no CPR, form on the fridge",
                        "Aggressive when decompensating - stage for police"])
        body = "Hi %s,\n\nPlease add this premise alert to CAD:\n\nAddress: %s\nOccupant: %s\nAlert: %s\nClinical context: %s\n\n" \
               "Valid until %s.\n\n%s\n%s\n" % (disp["given"], addr, nm, alert, c.dx(), c.day(180, "iso"), c.closing(), c.sig(coord))
        subj = c.pick(["Premise alert to add (CAD)", "New location alert"])
    return {"cat": "premise_alert", "note": "CAD premise alert naming occupant and condition",
            "subject": subj, "sender": c.who(coord), "to": [c.who(disp)], "body": body}


# ------------------------------------------------------------------ 26
def p_exposure(c):
    h = hosp(c)
    p = c.patient("mrn")
    ipc = c.staff(h["domain"])
    sup = c.staff()
    medic = c.people.person()
    nm = c.name(p, c.pick(["full", "upper_comma", "title"]))
    org = c.pick([("tuberculose pulmonaire active (BAAR +)", "active pulmonary TB (AFB smear +)"),
                  ("méningite à méningocoque", "meningococcal meningitis"),
                  ("rougeole confirmée", "confirmed measles")])
    if c.fr:
        body = "Bonjour,\n\nAvis d'exposition : le patient transporté par l'unité %s le %s, %s (%s %s), a un diagnostic " \
               "de %s. Résultat reçu ce matin : %s.\n\nLes paramédics exposés (dont %s %s) doivent contacter la santé au " \
               "travail; une prophylaxie peut être indiquée.\n\n%s\n%s\nPrévention des infections, %s\n" % (
                   c.unit(), c.day(-4), nm, c.mrn_label(), c.mrn(p), org[0], c.res(10) if c.chance(0.3) else
                   c.t("BAAR positif à l'expectoration", ""), medic["given"], medic["surname"], c.closing(), ipc["display"], h["name"])
        subj = c.pick(["Avis d'exposition — unité à contacter", "Exposition à %s" % org[0].split(" (")[0]])
    else:
        body = "Hello,\n\nExposure notice: the patient transported by unit %s on %s, %s (%s %s), has a diagnosis of %s. " \
               "Result received this morning: %s.\n\nExposed paramedics (including %s %s) should contact occupational health; " \
               "prophylaxis may be indicated.\n\n%s\n%s\nInfection Prevention, %s\n" % (
                   c.unit(), c.day(-4), nm, c.mrn_label(), c.mrn(p), org[1], c.res(10) if c.chance(0.3) else
                   "sputum AFB smear positive", medic["given"], medic["surname"], c.closing(), ipc["display"], h["name"])
        subj = c.pick(["Exposure notice - crew to contact", "Exposure to %s" % org[1]])
    c.types.add("diagnosis")
    c.types.add("lab_result")
    return {"cat": "exposure_notice", "note": "infection exposure notice naming source patient",
            "subject": subj, "sender": c.who(ipc), "to": [c.who(sup)], "body": body}


# ------------------------------------------------------------------ 27
def p_filename_only(c):
    p = c.patient("none")
    medic = c.staff()
    h = hosp(c)
    doc = c.staff(h["domain"])
    c.name(p, "full")  # records the name: it appears only in the file name
    date = c.day(0, "iso")
    fn = c.pick(["ECG_%s_%s_%s.pdf" % (p["surname"], p["given"], date), "%s %s - tracé.pdf" % (p["surname"].upper(), p["given"]),
                 "%s-%s-%s.pdf" % (p["given"].lower(), p["surname"].lower(), date)])
    lines = [c.t("Unité : ", "Unit: ") + c.unit(), c.t("Heure : ", "Time: ") + c.hhmm(),
             c.t("Interprétation : ", "Interpretation: ") + c.res(3), c.t("Impression : ", "Impression: ") + c.dx(0),
             c.t("Traitement : ", "Treatment: ") + c.med(field=True)]
    pdf = A.make_pdf(c.t("ECG 12 dérivations — transmission", "12-lead ECG - transmission"), lines)
    body = c.t("Dr %s,\n\nTracé ci-joint, comme discuté au téléphone.\n\n%s\n",
               "Dr. %s,\n\nTracing attached as discussed on the phone.\n\n%s\n") % (doc["surname"], medic["display"])
    return {"cat": "ecg_attachment", "note": "ECG pdf, patient named only in file name",
            "subject": c.t("Tracé", "Tracing"), "sender": c.who(medic), "to": [c.who(doc)], "body": body,
            "attachments": [{"kind": "pdf", "filename": fn, "data": pdf, "fn_mode": c.pick(["2231", "2047", "plain"])}]}


# ------------------------------------------------------------------ 28
def p_palliative(c):
    p = c.patient("nam", min_age=40) if c.chance(0.7) else c.patient("none", age=c.rng.randrange(55, 97))
    nurse = c.staff(G.CLSC["domain"], "F")
    nm = c.name(p, c.pick(["full", "title", "upper_comma"]))
    if c.fr:
        body = ["Bonjour,", "", "%s est suivi(e) à domicile en soins palliatifs (%s)." % (nm, c.dx(20)),
                c.nam_line(p) if p.get("nam") else "Né(e) le %s" % c.dob(p),
                "Adresse : %s" % c.address(p), "Niveau de soins : D (confort). Formulaire signé le %s." % c.day(-12, "iso"),
                "Médication d'urgence au domicile : %s." % c.med(), "",
                "En cas d'appel, merci d'aviser les équipes de ne pas transporter sauf demande de la famille et de "
                "contacter l'infirmière de garde du CLSC au %s." % G.CLSC["phone"], "", c.closing(),
                c.sig(nurse, "infirmière, soins palliatifs à domicile", G.CLSC["name"], G.CLSC["phone"])]
        subj = c.pick(["Niveau de soins — patient(e) en soins palliatifs à domicile", "Avis répartition : soins palliatifs"])
    else:
        body = ["Hello,", "", "%s is followed at home by palliative care (%s)." % (nm, c.dx(20)),
                c.nam_line(p) if p.get("nam") else "DOB %s" % c.dob(p),
                "Address: %s" % c.address(p), "Level of care: D (comfort). Form signed on %s." % c.day(-12, "iso"),
                "Emergency meds in the home: %s." % c.med(), "",
                "If 911 is called, please tell crews not to transport unless the family asks, and to call the CLSC on-call "
                "nurse at %s." % G.CLSC["phone"], "", c.closing(),
                c.sig(nurse, "home palliative care nurse", G.CLSC["name"], G.CLSC["phone"])]
        subj = c.pick(["Level of care - home palliative patient", "Dispatch notice: palliative care"])
    return {"cat": "palliative_notice", "note": "home palliative level-of-care notice to dispatch",
            "subject": subj, "sender": c.who(nurse), "to": [disp_addr(c)], "body": "\n".join(body) + "\n"}


TEMPLATES_C = [p_signout, p_overdose_outreach, p_refusal, p_coroner, p_premise_alert, p_exposure,
               p_filename_only, p_palliative]
