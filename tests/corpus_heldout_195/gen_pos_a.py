"""Positive templates, part A: transfers, pre-alerts, run reports, follow-ups, bookings."""
import datetime as dt

import gen_attach as A
import gen_common as G


def gw(c, p, m, f):
    """Gendered French word by the patient's listed sex."""
    return f if p["sex"] == "F" else m


def _cap(s):
    return s[:1].upper() + s[1:]


def hosp(c):
    return c.pick(G.HOSPITALS)


def disp_addr(c):
    return ("Répartition CCS-TV" if c.fr else "CCS-TV Dispatch", "liaison@" + G.DISPATCH["domain"])


# ------------------------------------------------------------------ 1
def p_transfer_request(c):
    h = hosp(c)
    p = c.patient("nam" if c.chance(0.7) else "mrn")
    nurse = c.staff(h["domain"], "F")
    md = c.people.person()
    md2 = c.people.person()
    dest = c.dest()
    prio = c.pick(["1", "2", "2", "3"])
    nm = c.name(p, c.pick(["upper_comma", "full", "comma", "title"]))
    lines = []
    if c.fr:
        lines.append("Nom : %s" % nm)
        if p.get("nam"):
            lines.append(c.nam_line(p))
        else:
            lines.append("%s %s : %s" % (c.mrn_label(), h["short"], c.mrn(p)))
            lines.append("Âge : %d ans" % p["age"])
        lines += ["Diagnostic : %s" % c.dx(), "Destination : %s" % dest,
                  "Niveau requis : %s" % c.pick(["PSA + infirmière d'accompagnement", "PSP, civière standard",
                                                  "PSA, moniteur cardiaque", "PSP, oxygène 2 L/min"]),
                  "Médication en cours : %s" % c.med(),
                  "Médecin référent : Dr %s %s (urgence %s)" % (md["given"], md["surname"], h["short"]),
                  "Accepté par : Dr %s (%s) à %s" % (md2["surname"], c.pick(["cardiologie", "neurologie",
                                                                                "chirurgie", "soins intensifs"]),
                                                     c.hhmm(-20))]
        intro = c.pick(["Bonjour,\n\nNous demandons un transfert interétablissements, priorité %s, pour :" % prio,
                        "Bonjour à l'équipe de liaison,\n\nDemande de transfert (priorité %s) :" % prio,
                        "Bonsoir,\n\nVoici la demande de transfert discutée au téléphone avec le répartiteur :"])
        outro = c.pick(["Merci de nous rappeler avec l'heure d'arrivée estimée de l'équipe au poste %d." %
                        c.rng.randrange(2000, 2999),
                        "Le dossier et les images suivent avec le patient. Merci!",
                        "SVP confirmer la prise en charge par courriel."])
        subj = c.pick(["Demande de transfert P%s — %s" % (prio, dest),
                       "Transfert interétablissements %s → %s" % (h["short"], dest.split()[-1]),
                       "TR: transfert urgent %s" % nm])
    else:
        lines.append("Name: %s" % nm)
        if p.get("nam"):
            lines.append(c.nam_line(p))
        else:
            lines.append("%s (%s): %s" % (c.mrn_label(), h["short"], c.mrn(p)))
            lines.append("Age: %d" % p["age"])
        lines += ["Diagnosis: %s" % c.dx(), "Destination: %s" % dest,
                  "Level of care: %s" % c.pick(["ACP + escort nurse", "PCP, standard stretcher",
                                                "ACP, cardiac monitor", "PCP, O2 2 L/min"]),
                  "Current meds: %s" % c.med(),
                  "Sending physician: Dr. %s %s (ED, %s)" % (md["given"], md["surname"], h["short"]),
                  "Accepted by: Dr. %s (%s) at %s" % (md2["surname"], c.pick(["cardiology", "neurology",
                                                                               "surgery", "ICU"]), c.hhmm(-20))]
        intro = c.pick(["Hello,\n\nWe are requesting an interfacility transfer, priority %s, for:" % prio,
                        "Hi dispatch liaison team,\n\nTransfer request (priority %s):" % prio,
                        "Good evening,\n\nAs discussed on the phone with the dispatcher:"])
        outro = c.pick(["Please call us back with the crew's ETA at ext. %d." % c.rng.randrange(2000, 2999),
                        "Chart and imaging will travel with the patient. Thanks!",
                        "Please confirm by return e-mail."])
        subj = c.pick(["Transfer request P%s - %s" % (prio, dest),
                       "IFT %s to %s" % (h["short"], dest.split(",")[0]),
                       "FW: urgent transfer %s" % nm])
    body = "%s\n\n%s\n\n%s\n\n%s\n%s\n" % (intro, "\n".join(lines), outro, c.closing(),
                                          c.sig(nurse, c.t("infirmière, coordination des transferts",
                                                           "transfer coordination nurse"), h["name"], h["phone"]))
    msg = {"cat": "transfer_request", "note": "interfacility transfer request to dispatch",
           "subject": subj, "sender": c.who(nurse), "to": [disp_addr(c)], "body": body}
    if c.chance(0.35):
        # form as DOCX, body only points to it
        sep = " : " if c.fr else ": "
        table = [[c.t("Champ", "Field"), c.t("Valeur", "Value")]] + [
            (l.split(sep, 1) if sep in l else [l, ""]) for l in lines]
        fn = c.t("Demande_transfert_%s.docx", "Transfer_request_%s.docx") % p["surname"].upper()
        msg["attachments"] = [{"kind": "docx", "filename": fn,
                               "data": A.make_docx(c.t("Demande de transfert interétablissements",
                                                       "Interfacility transfer request"),
                                                   [c.t("Priorité : ", "Priority: ") + prio], table)}]
        msg["body"] = "%s\n\n%s\n\n%s\n%s\n" % (
            intro.split("\n\n")[0], c.t("Le formulaire complété est en pièce jointe. ", "Completed form attached. ") + outro,
            c.closing(), c.sig(nurse, c.t("infirmière, coordination des transferts", "transfer coordination nurse"),
                               h["name"], h["phone"]))
    return msg


# ------------------------------------------------------------------ 2
def p_prealert(c):
    h = hosp(c)
    p = c.patient("nam" if c.chance(0.6) else "none")
    disp = c.staff(G.DISPATCH["domain"])
    unit = c.unit()
    eta = c.rng.randrange(6, 35)
    nm = c.name(p, c.pick(["upper_first", "full", "lower", "upper_comma"]))
    if c.fr:
        rows = ["PRÉAVIS %s — unité %s — ETA %d min" % (h["short"], unit, eta), "",
                "Pt : %s, %d ans, %s" % (nm, p["age"], c.sexw(p))]
        if p.get("nam"):
            rows.append(c.nam_line(p, "plain"))
        rows += ["Problème : %s" % c.dx(), "SV : %s" % c.res(9), "Résultat : %s" % c.res(),
                 "Tx : %s" % c.med(field=True), "Niveau de conscience : %s" % c.pick(["GCS 15", "GCS 13 (E3V4M6)",
                                                                                     "alerte, orienté"]),
                 "", "Appel no %s. Répartiteur : %s." % (c.call_no(), disp["display"])]
        subj = c.pick(["Préavis urgence %s — ETA %d min" % (h["short"], eta), "PRÉAVIS %s" % unit,
                       "Préavis code %s" % c.pick(["STEMI", "AVC", "trauma", "sepsis"])])
    else:
        rows = ["PRE-ALERT %s - unit %s - ETA %d min" % (h["short"], unit, eta), "",
                "Pt: %s, %d y, %s" % (nm, p["age"], c.sexw(p))]
        if p.get("nam"):
            rows.append(c.nam_line(p, "plain"))
        rows += ["Problem: %s" % c.dx(), "Vitals: %s" % c.res(9), "Result: %s" % c.res(),
                 "Tx: %s" % c.med(field=True), "LOC: %s" % c.pick(["GCS 15", "GCS 13 (E3V4M6)", "alert, oriented"]),
                 "", "Call #%s. Dispatcher: %s." % (c.call_no(), disp["display"])]
        subj = c.pick(["ED pre-alert %s - ETA %d min" % (h["short"], eta), "PRE-ALERT %s" % unit,
                       "Pre-alert %s code" % c.pick(["STEMI", "stroke", "trauma", "sepsis"])])
    body = "\n".join(rows) + "\n\n-- \n%s\n%s\n" % (G.DISPATCH["name_fr"] if c.fr else G.DISPATCH["name_en"],
                                                   G.DISPATCH["phone"])
    return {"cat": "prealert", "note": "dispatch pre-alert to emergency department",
            "subject": subj, "sender": c.who(disp), "to": [("Urgence " + h["short"], "urgence@" + h["domain"])],
            "body": body, "form": c.pick(["plain", "plain", "html"])}


# ------------------------------------------------------------------ 3
def p_run_report(c):
    h = hosp(c)
    p = c.patient("nam" if c.chance(0.6) else "mrn")
    arch = c.staff(h["domain"], "F")
    qa = c.staff()
    call = c.call_no()
    unit = c.unit()
    medic1, medic2 = c.people.person(), c.people.person()
    nm = c.name(p, "full")
    lines = ["## " + c.t("Identification", "Identification"),
             c.t("Nom : ", "Name: ") + "%s %s" % (p["surname"].upper(), p["given"]),
             c.t("Sexe : ", "Sex: ") + p["sex"] + "    " + c.t("DDN : ", "DOB: ") + c.dob(p)]
    if p.get("nam"):
        lines.append("NAM : " + c.nam(p, c.pick(["plain", "space", "dash"])))
    lines += [c.t("Dossier hospitalier : ", "Hospital chart: ") + c.mrn(p, c.pick(["plain", "space", "dash"])),
              c.t("Adresse de l'intervention : ", "Scene address: ") + c.address(p), "",
              "## " + c.t("Intervention", "Call"),
              c.t("No d'appel : ", "Call no.: ") + call + "   " + c.t("Unité : ", "Unit: ") + unit,
              c.t("Paramédics : ", "Paramedics: ") + "%s %s, %s %s" % (medic1["given"][0] + ".", medic1["surname"],
                                                                        medic2["given"][0] + ".", medic2["surname"]),
              c.t("Impression clinique : ", "Clinical impression: ") + c.dx(),
              c.t("Signes vitaux : ", "Vital signs: ") + c.res(9),
              c.t("Examens : ", "Tests: ") + c.res(),
              c.t("Traitements : ", "Treatment: ") + c.med(field=True),
              c.t("Médication habituelle : ", "Home medication: ") + ", ".join(c.meds(2)),
              c.t("Destination : ", "Destination: ") + h["name"], "",
              "## " + c.t("Narratif", "Narrative"),
              c.t("Appel reçu pour %s. À l'arrivée, %s assis(e) au salon, conscient(e). Transport sans incident."
                  % (c.pick(["difficulté respiratoire", "douleur thoracique", "chute", "faiblesse"]), nm),
                  "Called for %s. On arrival %s was sitting in the living room, conscious. Uneventful transport."
                  % (c.pick(["shortness of breath", "chest pain", "a fall", "weakness"]), nm))]
    pdf = A.make_pdf(c.t("Rapport d'intervention préhospitalière", "Prehospital patient care report"), lines,
                     footer=c.t("Document confidentiel — CPTV", "Confidential document - CPTV"))
    fn_style = c.pick(["name", "call", "name"])
    fn = ("RIP_%s_%s.pdf" % (call, p["surname"])) if fn_style == "name" else ("RIP_%s.pdf" % call)
    if c.fr:
        body = c.pick(["Bonjour,\n\nTel que demandé par les archives médicales (%s), voici la copie du rapport "
                       "d'intervention pour l'appel %s du %s.\n\nLa demande d'accès a été validée par le "
                       "service juridique." % (h["short"], call, c.day(-3)),
                       "Bonjour Mme %s,\n\nCi-joint le RIP demandé pour l'appel %s (unité %s).\n" %
                       (arch["surname"], call, unit)])
        subj = c.pick(["Copie RIP appel %s" % call, "Demande d'accès — rapport d'intervention %s" % call])
    else:
        body = c.pick(["Hello,\n\nAs requested by Health Records (%s), please find the patient care report for "
                       "call %s of %s.\n\nThe access request was approved by Legal." % (h["short"], call, c.day(-3)),
                       "Hi Ms. %s,\n\nAttached is the PCR you asked for, call %s (unit %s).\n" %
                       (arch["surname"], call, unit)])
        subj = c.pick(["PCR copy call %s" % call, "Records request - patient care report %s" % call])
    body += "\n%s\n%s\n" % (c.closing(), c.sig(qa, c.t("agente, archives préhospitalières", "prehospital records clerk")))
    return {"cat": "run_report", "note": "patient care report sent to hospital records",
            "subject": subj, "sender": c.who(qa), "to": [c.who(arch)], "body": body,
            "attachments": [{"kind": "pdf", "filename": fn, "data": pdf}]}


# ------------------------------------------------------------------ 4
def p_ed_followup(c):
    h = hosp(c)
    p = c.patient(c.pick(["mrn", "none", "nam", "nam"]), min_age=18)
    doc = c.staff(h["domain"])
    medic = c.staff()
    unit = c.unit()
    nm = c.name(p, c.pick(["title", "full", "initial", "comma"]))
    when_q = c.when - dt.timedelta(hours=c.rng.randrange(3, 30))
    if c.fr:
        q = ["Bonjour,", "",
             "Votre équipe (unité %s) nous a amené %s hier soir vers %s." % (unit, nm, c.pick(["21 h", "23 h 40", "2 h"])),
             "Pourriez-vous me dire si vous avez vu des contenants de médicaments au domicile? Nous pensons à une "
             "intoxication et le tableau ne colle pas.",
             ]
        if p.get("nam"):
            q.append("Pour retrouver l'appel : %s" % c.nam_line(p))
        elif "mrn" in p and c.chance(0.7):
            q.append("(%s %s : %s)" % (c.mrn_label(), h["short"], c.mrn(p)))
        q += ["", "Merci,", "Dr %s, urgentologue" % doc["surname"]]
        a = ["Bonjour Dr %s," % doc["surname"], "",
             "Oui, on a trouvé sur la table de chevet : %s (plaquette presque vide) et %s." % (c.med(), c.med()),
             "La conjointe disait qu'il y avait eu %s la semaine dernière." %
             c.pick(["une dispute", "un changement de dose", "un décès dans la famille"]),
             "À notre arrivée : %s. On a noté aussi %s." % (c.res(), c.dx()),
             "", c.closing(), c.sig(medic)]
        subj = "RE: Patient amené par l'unité %s" % unit
        intro = "Le %s, Dr %s a écrit :" % (G.fmt_date(when_q.date(), "long", "fr"), doc["surname"])
    else:
        q = ["Hello,", "",
             "Your crew (unit %s) brought in %s last night around %s." % (unit, nm, c.pick(["9 pm", "11:40 pm", "2 am"])),
             "Did you see any medication containers at the home? We suspect an ingestion and the picture does not fit."]
        if p.get("nam"):
            q.append("To find the call: %s" % c.nam_line(p))
        elif "mrn" in p and c.chance(0.7):
            q.append("(%s %s: %s)" % (c.mrn_label(), h["short"], c.mrn(p)))
        q += ["", "Thanks,", "Dr. %s, emergency physician" % doc["surname"]]
        a = ["Hi Dr. %s," % doc["surname"], "",
             "Yes, on the night table we found %s (blister pack nearly empty) and %s." % (c.med(), c.med()),
             "The partner mentioned %s last week." % c.pick(["an argument", "a dose change", "a death in the family"]),
             "On our arrival: %s. We also noted %s." % (c.res(), c.dx()), "", c.closing(), c.sig(medic)]
        subj = "RE: Patient brought in by unit %s" % unit
        intro = "On %s, Dr. %s wrote:" % (G.fmt_date(when_q.date(), "long", "en"), doc["surname"])
    body = "\n".join(a) + "\n\n" + intro + "\n" + "\n".join("> " + x if x else ">" for x in q) + "\n"
    return {"cat": "ed_followup", "note": "paramedic reply to emergency physician question",
            "subject": subj, "sender": c.who(medic), "to": [c.who(doc)], "body": body,
            "in_reply_to": "<%s.q%04d@%s>" % (when_q.strftime("%Y%m%d%H%M"), c.idx, h["domain"])}


# ------------------------------------------------------------------ 5
def p_offload_list(c):
    h = hosp(c)
    sup = c.staff()
    mgr = c.staff(h["domain"])
    n = c.rng.randrange(5, 10)
    head = [c.t("Unité", "Unit"), c.t("Arrivée", "Arrival"), c.t("Patient", "Patient"),
            c.t("Problème", "Problem"), c.t("Délai (min)", "Delay (min)")]
    rows = [head]
    for i in range(n):
        p = c.patient("none")
        style = c.pick(["upper_comma", "initial", "full", "comma"])
        rows.append([c.unit(), c.hhmm(-300 + 25 * i), c.name(p, style), c.dx(short=True),
                     c.rng.randrange(35, 240)])
    kind = c.pick(["xlsx", "csv", "inline"])
    day = c.day(-1, "iso")
    if c.fr:
        subj = c.pick(["Délais de prise en charge %s — %s" % (h["short"], day), "Débarquement urgence %s hier" % h["short"]])
        intro = "Bonjour,\n\nVoici les délais de prise en charge des patients à l'urgence du %s le %s (au-delà de 30 min). " \
                "Nous en discuterons à la rencontre de liaison de %s." % (h["short"], day, c.pick(["15 h", "jeudi", "demain matin"]))
    else:
        subj = c.pick(["Offload delays %s - %s" % (h["short"], day), "ED offload %s yesterday" % h["short"]])
        intro = "Hello,\n\nHere are the patient offload delays at %s ED on %s (over 30 min). We will review them at " \
                "the %s liaison meeting." % (h["short"], day, c.pick(["3 pm", "Thursday", "tomorrow morning"]))
    msg = {"cat": "offload_list", "note": "ED offload delay list with patients",
           "subject": subj, "sender": c.who(sup), "to": [c.who(mgr)]}
    sig = "\n\n%s\n%s\n" % (c.closing(), c.sig(sup, c.t("superviseur des opérations", "operations supervisor")))
    if kind == "inline":
        msg["body"] = intro + "\n\n" + "\n".join(" | ".join(str(x) for x in r) for r in rows) + sig
        msg["form"] = c.pick(["html", "alt"])
    elif kind == "csv":
        msg["body"] = intro + "\n" + c.t("Fichier CSV ci-joint.", "CSV attached.") + sig
        msg["attachments"] = [{"kind": "csv", "filename": "offload_%s_%s.csv" % (h["short"], day),
                               "data": A.make_csv(rows, c.pick([",", ";"]))}]
    else:
        msg["body"] = intro + "\n" + c.t("Tableau Excel ci-joint.", "Spreadsheet attached.") + sig
        msg["attachments"] = [{"kind": "xlsx", "filename": c.t("délais_%s_%s.xlsx", "offload_%s_%s.xlsx") % (h["short"], day),
                               "data": A.make_xlsx([(day, rows)])}]
    return msg


# ------------------------------------------------------------------ 6
def p_return_home(c):
    h = hosp(c)
    p = c.patient("nam" if c.chance(0.75) else "mrn", min_age=30)
    clerk = c.staff(h["domain"], "F")
    nm = c.name(p, c.pick(["full", "title", "upper_comma"]))
    when = c.day(c.rng.randrange(1, 4), "long")
    heure = c.pick(["9 h 30", "10 h", "13 h 15", "14 h"]) if c.fr else c.pick(["9:30", "10:00", "13:15", "14:00"])
    if c.fr:
        lines = ["Bonjour,", "", "Pouvez-vous planifier un retour à domicile en ambulance pour %s, le %s à %s?" % (nm, when, heure), "",
                 c.nam_line(p) if p.get("nam") else "%s : %s" % (c.mrn_label(), c.mrn(p)),
                 "Adresse : %s" % c.address(p),
                 "Téléphone (cellulaire de %s) : %s" % (c.pick(["la fille", "le fils", "la conjointe", "la patiente"]
                                                               if p["sex"] == "F" else ["la fille", "le fils", "la conjointe", "le patient"]),
                                                      c.phone(p)),
                 "Motif d'hospitalisation : %s" % c.dx(),
                 "Particularités : %s" % c.pick(["civière, oxygène 2 L/min", "escaliers extérieurs (12 marches), chaise d'évacuation",
                                                "porte arrière, chien au domicile", "bariatrique, 148 kg"])]
        if c.chance(0.5):
            lines.append("Situation : %s" % c.social())
        lines += ["", "Le congé est signé. Merci de confirmer l'heure.", "", c.closing(),
                  c.sig(clerk, "agente administrative, 3e Sud", h["name"], h["phone"])]
        subj = c.pick(["Retour à domicile %s" % when, "Transport de retour — 3e Sud", "Demande transport retour %s" % nm])
    else:
        lines = ["Hello,", "", "Could you book an ambulance return home for %s on %s at %s?" % (nm, when, heure), "",
                 c.nam_line(p) if p.get("nam") else "%s: %s" % (c.mrn_label(), c.mrn(p)),
                 "Address: %s" % c.address(p),
                 "Phone (%s cell): %s" % (c.pick(["daughter's", "son's", "spouse's", "patient's"]), c.phone(p)),
                 "Admitted for: %s" % c.dx(),
                 "Notes: %s" % c.pick(["stretcher, O2 2 L/min", "outside stairs (12 steps), stair chair",
                                       "use back door, dog at home", "bariatric, 148 kg"])]
        if c.chance(0.5):
            lines.append("Social: %s" % c.social())
        lines += ["", "Discharge is signed. Please confirm the pickup time.", "", c.closing(),
                  c.sig(clerk, "unit clerk, 3 South", h["name"], h["phone"])]
        subj = c.pick(["Return home transport %s" % when, "Discharge transport - 3 South", "Return transport request %s" % nm])
    return {"cat": "return_home", "note": "ambulance return-home booking with address",
            "subject": subj, "sender": c.who(clerk), "to": [disp_addr(c)], "body": "\n".join(lines) + "\n"}


# ------------------------------------------------------------------ 7
def p_dialysis_ics(c):
    p = c.patient(c.pick(["mrn", "none"]))
    coord = c.staff()
    nm = c.name(p, c.pick(["full", "upper_comma", "initial"]))
    start = dt.datetime.combine(c.today + dt.timedelta(days=c.rng.randrange(1, 6)), dt.time(c.pick([6, 7, 11]), 15))
    end = start + dt.timedelta(hours=4, minutes=30)
    addr = c.address(p)
    dx = c.dx(15)
    desc = c.t("Transport aller-retour dialyse (lun-mer-ven). %s — %s. Prise en charge au %s. "
               "Fauteuil roulant, ne peut faire les escaliers." % (nm, dx, addr),
               "Round-trip dialysis transport (Mon-Wed-Fri). %s - %s. Pickup at %s. Wheelchair, cannot do stairs."
               % (nm, dx, addr))
    if "mrn" in p and c.chance(0.6):
        desc += " %s %s" % (c.mrn_label(), c.mrn(p))
    summ = c.t("Transport dialyse — %s", "Dialysis transport - %s") % nm
    ics = A.make_ics("dial-%d-%d@cptv.example" % (G.SEED, c.idx), summ, start, end,
                     c.t("Centre de dialyse de Lac-Verdure", "Lac-Verdure dialysis centre"), desc, coord["addr"])
    body = c.t("Bonjour,\n\nInvitation pour le transport récurrent. Merci d'accepter pour que la répartition le voie "
               "dans l'horaire des transports programmés.\n\n%s\n%s\n",
               "Hi,\n\nCalendar invite for the recurring transport. Please accept so dispatch sees it in the "
               "scheduled transports board.\n\n%s\n%s\n") % (c.closing(), c.sig(coord))
    return {"cat": "dialysis_ics", "note": "calendar invite for patient dialysis transport",
            "subject": summ if c.chance(0.5) else c.t("Invitation : transport programmé", "Invitation: scheduled transport"),
            "sender": c.who(coord), "to": [disp_addr(c)], "body": body,
            "attachments": [{"kind": "ics", "filename": "invite.ics", "data": ics}]}


# ------------------------------------------------------------------ 8
def p_frequent_caller(c):
    p = c.patient("nam" if c.chance(0.65) else "none", min_age=18)
    coord = c.staff()
    sw = c.staff(G.CLSC["domain"])
    nm = c.name(p, c.pick(["full", "title", "comma"]))
    calls = c.rng.randrange(14, 61)
    if c.fr:
        body = ["Bonjour %s," % sw["given"], "",
                "Dans le cadre du programme des utilisateurs fréquents, je te réfère %s : %d appels au 911 depuis janvier." % (nm, calls),
                "Problèmes récurrents : %s, %s." % (c.dx(), c.dx()),
                "Contexte : %s." % c.social(), _cap(c.social()) + "."]
        if p.get("nam"):
            body.append(c.nam_line(p))
        body += ["Adresse : %s — tél. %s" % (c.address(p), c.phone(p)), "",
                 "La carte de contact est jointe. Peux-tu planifier une visite à domicile conjointe avec notre paramédic communautaire?",
                 "", c.closing(), c.sig(coord, "coordonnatrice, paramédecine communautaire")]
        subj = c.pick(["Référence — utilisateur fréquent", "Programme UF : nouvelle référence", "Réf. CLSC %s" % nm])
    else:
        body = ["Hi %s," % sw["given"], "",
                "Under the frequent-caller programme I am referring %s: %d 911 calls since January." % (nm, calls),
                "Recurring problems: %s, %s." % (c.dx(), c.dx()),
                "Context: %s." % c.social(), _cap(c.social()) + "."]
        if p.get("nam"):
            body.append(c.nam_line(p))
        body += ["Address: %s - phone %s" % (c.address(p), c.phone(p)), "",
                 "Contact card attached. Could you plan a joint home visit with our community paramedic?",
                 "", c.closing(), c.sig(coord, "community paramedicine coordinator")]
        subj = c.pick(["Referral - frequent caller", "FC programme: new referral", "CLSC referral %s" % nm])
    vcf = A.make_vcard("%s %s" % (p["given"], p["surname"]), [p["surname"], p["given"], "", "", ""],
                       tel=p["phone"], adr=p["address"],
                       note=c.t("Utilisateur fréquent 911 — ", "Frequent 911 caller - ") + c.dx(short=True))
    return {"cat": "frequent_caller", "note": "frequent-caller referral to CLSC social worker",
            "subject": subj, "sender": c.who(coord), "to": [c.who(sw)], "body": "\n".join(body) + "\n",
            "attachments": [{"kind": "vcf", "filename": "%s_%s.vcf" % (p["surname"], p["given"]), "data": vcf}]}


# ------------------------------------------------------------------ 9
def p_dpj_report(c):
    child = c.patient("nam", max_age=13) if c.chance(0.5) else c.patient("none", age=c.rng.randrange(1, 14))
    parent = c.patient("none", age=c.rng.randrange(22, 45), focus=False)
    medic = c.staff()
    cn = c.name(child, c.pick(["full", "given", "upper_comma"]))
    pn = c.name(parent, c.pick(["title", "full"]))
    if c.fr:
        body = ["Bonjour,", "",
                "Suite à l'intervention de cette nuit (appel %s), nous faisons un signalement concernant l'enfant %s, "
                "né(e) le %s, domicilié(e) au %s." % (c.call_no(), cn, c.dob(child), c.address(child)),
                c.nam_line(child) if child.get("nam") else "Sexe : %s" % child["sex"],
                "", "Constats : %s. Ecchymoses d'âges différents aux avant-bras. Logement sans chauffage." % c.dx(c.pick([26, 22, 9])),
                "Le parent présent, %s, était %s." % (pn, c.pick(["intoxiqué(e)", "agressif(ve) envers l'équipe", "absent(e) au début de l'intervention"])),
                "Situation familiale : %s." % c.social(c.pick([2, 6, 7])), "",
                "L'enfant a été transporté(e) à l'urgence pédiatrique du CHU du Mont-Clair.", "",
                c.closing(), c.sig(medic, "paramédic en soins avancés")]
        subj = c.pick(["Signalement DPJ — appel de nuit", "Signalement — enfant transporté cette nuit"])
    else:
        body = ["Hello,", "",
                "Following last night's call (%s), we are filing a report about the child %s, born %s, living at %s."
                % (c.call_no(), cn, c.dob(child), c.address(child)),
                c.nam_line(child) if child.get("nam") else "Sex: %s" % child["sex"],
                "", "Findings: %s. Bruises of different ages on both forearms. No heating in the apartment." % c.dx(c.pick([26, 22, 9])),
                "The parent present, %s, was %s." % (pn, c.pick(["intoxicated", "aggressive toward the crew", "absent at first"])),
                "Family situation: %s." % c.social(c.pick([2, 6, 7])), "",
                "The child was taken to the CHU du Mont-Clair paediatric ED.", "", c.closing(), c.sig(medic, "advanced care paramedic")]
        subj = c.pick(["Youth protection report - night call", "DPJ report - child transported overnight"])
    return {"cat": "youth_protection", "note": "paramedic report to youth protection",
            "subject": subj, "sender": c.who(medic), "to": [("Réception des signalements", "signalement@dpj-tv.example")],
            "body": "\n".join(body) + "\n"}


# ------------------------------------------------------------------ 10
def p_violence(c):
    p = c.patient("none", sex=c.pick("FFM"), age=c.rng.randrange(20, 70))
    sup = c.staff()
    sw = c.staff(G.CLSC["domain"])
    nm = c.name(p, c.pick(["full", "title", "lower", "comma"]))
    if c.fr:
        body = ["Bonjour %s," % sw["given"], "",
                "Nos paramédics ont transporté %s hier (%s). Contexte fortement suggestif de violence conjugale : %s." %
                (nm, c.dx(c.pick([2, 8, 22])), c.social(2)),
                "La personne a refusé la présence policière mais accepte qu'on lui fasse parvenir des ressources.",
                "Elle demande qu'on l'appelle uniquement au %s (cellulaire personnel), pas au domicile." % c.phone(p), "",
                c.closing(), c.sig(sup, "superviseure clinique")]
        subj = c.pick(["Référence confidentielle", "Suivi intervention d'hier — demande de contact"])
    else:
        body = ["Hi %s," % sw["given"], "",
                "Our crew transported %s yesterday (%s). The situation strongly suggests intimate partner violence: %s." %
                (nm, c.dx(c.pick([2, 8, 22])), c.social(2)),
                "They declined police involvement but agreed that we share resources.",
                "Please call only at %s (personal cell), not the home line." % c.phone(p), "",
                c.closing(), c.sig(sup, "clinical supervisor")]
        subj = c.pick(["Confidential referral", "Follow-up on yesterday's call - contact request"])
    return {"cat": "violence_referral", "note": "intimate partner violence referral to CLSC",
            "subject": subj, "sender": c.who(sup), "to": [c.who(sw)], "body": "\n".join(body) + "\n"}


TEMPLATES_A = [p_transfer_request, p_prealert, p_run_report, p_ed_followup, p_offload_list,
               p_return_home, p_dialysis_ics, p_frequent_caller, p_dpj_report, p_violence]
