"""Positive (confidential) messages, part B: IT tickets, handovers, discharge, prescriptions, labs,
bookings, vCards, attached e-mails, ZIPs."""
import datetime

from gen_attach import make_docx, make_pdf, make_png, make_vcard, make_zip
from gen_clin import DERM_KEYS, RPM_KEYS, cond, lab, le_fr, med, poss_fr
from gen_common import age_on, disguise_nam, fmt_date, name_variant
from gen_pos_a import (addr_title, appt_dt, appt_text, cap, msg, org, patient_addr, pname, pro, short_date, staff)
from gen_text import ORGS_FR, close, display, fwd_header, greet, quote, reply_intro, signature


# --------------------------------------------------------------------------- 13 IT ticket that leaks a patient
def it_ticket(ctx, i):
    rng = ctx.rng
    lang = ["fr", "fr", "en", "fr", "fr"][i % 5]
    o = org(ctx, lang)
    s, s_a = staff(ctx, rng.choice(["clerk", "rn"]), o, lang)
    it_a = ("Centre de services TI" if lang == "fr" else "IT Service Desk", "servicedesk@%s" % o[1])
    p = ctx.patient()
    c = cond(rng, ["dep", "ic", "db2", "mpoc"])
    when = ctx.when()
    ap = appt_dt(ctx, when)
    tick = "INC%07d" % rng.randrange(10**6, 10**7)
    phone = ctx.phone_fmt()
    mrn = ctx.mrn()
    dev = rng.choice(["un iPad", "une tablette Android", "un ordinateur portable Windows", "un Chromebook", "son cellulaire"])
    types = ["patient_name", "mrn", "diagnosis"]
    if lang == "fr":
        body = "%s\n\nJe rouvre le billet %s. %s (%s) n'arrive toujours pas à rejoindre sa téléconsultation de suivi pour %s prévue le %s. " % (
            greet(ctx, lang), tick, cap(pname(ctx, p, lang, (0, 3, 1))), mrn, c["fr"], appt_text(ap, lang))
        body += "%s utilise %s; message d'erreur « Caméra non détectée » puis la salle d'attente virtuelle se ferme.\n" % (cap(pro(p, lang)), dev)
        if rng.random() < 0.7:
            body += "Vous pouvez l%s joindre directement au %s pour faire un test de connexion avant la rencontre.\n" % (
                "a" if p["sex"] == "F" else "e", phone)
            types.append("patient_contact")
        body += "\nCapture d'écran ci-jointe.\n\n%s\n%s" % (close(ctx, lang), signature(ctx, s, "clerk", o, lang))
        subj = rng.choice(["%s – Impossible de rejoindre la téléconsultation" % tick, "RE: [%s] visio patient" % tick,
                           "Problème de connexion – visio de demain"])
    else:
        body = "%s\n\nReopening ticket %s. %s (%s) still cannot join the %s follow-up video visit booked for %s. " % (
            greet(ctx, lang), tick, cap(pname(ctx, p, lang, (0, 3, 2))), mrn, c["en"], appt_text(ap, lang))
        body += "Device is %s; error says 'camera not detected' and the virtual waiting room closes.\n" % rng.choice(["an iPad", "a Windows laptop", "an Android tablet"])
        if rng.random() < 0.7:
            body += "You can call the patient directly at %s to test before the visit.\n" % phone
            types.append("patient_contact")
        body += "\nScreenshot attached.\n\n%s\n%s" % (close(ctx, lang), signature(ctx, s, "clerk", o, lang))
        subj = "%s - patient cannot join video visit" % tick
    return msg("it_ticket", lang, types, "IT support ticket for the virtual clinic that names the patient and the visit",
               subject=subj, date=when, text=body,
               attachments=[{"filename": "capture_%s.png" % when.strftime("%H%M%S"), "ctype": "image/png", "data": make_png(rng, 64, 40)}],
               **{"from": s_a, "to": [it_a]})


# --------------------------------------------------------------------------- 14 nursing handover list
def handover(ctx, i):
    rng = ctx.rng
    lang = ["fr", "fr", "en", "fr"][i % 4]
    o = org(ctx, lang)
    s, s_a = staff(ctx, "rn", o, lang)
    team = [staff(ctx, "rn", o, lang)[1] for _ in range(rng.randrange(2, 4))]
    when = ctx.when()
    rows = []
    for k in range(rng.randrange(4, 7)):
        p = ctx.patient()
        c = cond(rng, RPM_KEYS)
        nm = name_variant(p, lang, rng.choice([1, 2, 7]))
        rows.append((k + 1, nm, c["short_fr"] if lang == "fr" else c["short_en"], lab(rng, c, lang), med(rng, c, lang)))
    if lang == "fr":
        lines = ["%-4s %-24s %-8s %-30s %s" % ("#", "Patient", "Prog.", "Dernière valeur", "À faire")]
        todo = ["rappeler ce soir", "vérifier observance %s", "visio J+1", "valider ↑ %s avec MD", "RAS"]
    else:
        lines = ["%-4s %-24s %-8s %-30s %s" % ("#", "Patient", "Prog.", "Last value", "To do")]
        todo = ["call back tonight", "check adherence %s", "video visit tomorrow", "confirm %s change with MD", "nil"]
    for r in rows:
        t = rng.choice(todo)
        if "%s" in t:
            t = t % r[4]
        lines.append("%-4s %-24s %-8s %-30s %s" % ("V%d" % r[0], r[1], r[2], r[3], t))
    table = "\n".join(lines)
    if lang == "fr":
        body = "%s\n\nRelève télésurveillance de jour → soir (%s)\n\n%s\n\nAutres : la plateforme a été lente vers 11 h, les mesures de 10 h 30 sont arrivées en retard.\n\n%s" % (
            greet(ctx, lang), when.strftime("%d/%m"), table, signature(ctx, s, "rn", o, lang))
        subj = rng.choice(["Relève télésurveillance %s" % when.strftime("%d/%m"), "relève jour-soir", "Relève HAD"])
    else:
        body = "%s\n\nRPM day -> evening handover (%s)\n\n%s\n\n%s" % (greet(ctx, lang), when.strftime("%b %d"), table,
                                                                       signature(ctx, s, "rn", o, lang))
        subj = "RPM handover %s" % when.strftime("%b %d")
    return msg("handover", lang, ["patient_name", "diagnosis", "lab_result", "medication"],
               "remote-monitoring nursing handover list in the body",
               subject=subj, date=when, text=body, mode=rng.choice(["plain", "alt"]), **{"from": s_a, "to": team})


# --------------------------------------------------------------------------- 15 discharge summary DOCX for RPM enrolment
def discharge_docx(ctx, i):
    rng = ctx.rng
    lang = ["fr", "fr", "en", "fr"][i % 4]
    o = ORGS_FR[2]
    doc, doc_a = staff(ctx, rng.choice(["md", "cardio"]), o, lang)
    rpm_a = ("Télésurveillance VDE" if lang == "fr" else "RPM intake", "inscription@telesurv-vde.example")
    p = ctx.nam_person()
    c = cond(rng, ["ic", "mpoc", "db2", "irc"])
    when = ctx.when()
    adm = when.date() - datetime.timedelta(days=rng.randrange(3, 12))
    mrn = ctx.mrn(rng.choice([1, 3, 5]))
    phone = ctx.phone_fmt()
    adr = ctx.address()
    meds = sorted(set(med(rng, c, lang) for _ in range(3)))
    if lang == "fr":
        paras = [("h", "Résumé de départ et demande d'inscription – télésurveillance à domicile"),
                 "Patient : %s %s    Sexe : %s" % (p["surname"].upper(), p["given"], p["sex"]),
                 "Date de naissance : %s    NAM : %s    %s" % (fmt_date(p["dob"], lang, 0), disguise_nam(p["nam"], "card"), mrn),
                 "Adresse : %s    Téléphone : %s" % (adr, phone),
                 "Hospitalisation du %s au %s – diagnostic principal : %s (%s)." % (
                     fmt_date(adm, lang, 2), fmt_date(when.date(), lang, 2), c["fr"], lab(rng, c, lang)),
                 ("h", "Médication au départ"), *["• " + m for m in meds],
                 ("h", "Paramètres à surveiller"),
                 "Seuils d'alerte personnalisés à configurer dans la plateforme; première visite vidéo dans 72 h.",
                 "%s, %s" % (display(doc, "md", lang), "médecin traitant")]
        body = "%s\n\nVeuillez trouver ci-joint la demande d'inscription de %s au programme de télésurveillance. Congé prévu demain.\n\n%s\n%s" % (
            greet(ctx, lang), rng.choice(["ce patient" if p["sex"] == "M" else "cette patiente", name_variant(p, lang, 3)]),
            close(ctx, lang), signature(ctx, doc, "md", o, lang))
        subj = rng.choice(["Demande d'inscription télésurveillance", "Inscription programme – congé demain"])
        fn = rng.choice(["Résumé_départ_%s.docx" % p["surname"], "demande_inscription_TSD.docx", "Résumé de départ – %s %s.docx" % (p["given"], p["surname"])])
    else:
        paras = [("h", "Discharge summary and remote-monitoring enrolment"),
                 "Patient: %s, %s    Sex: %s" % (p["surname"], p["given"], p["sex"]),
                 "DOB: %s    RAMQ: %s    %s" % (fmt_date(p["dob"], lang, 0), disguise_nam(p["nam"], "plain"), mrn),
                 "Home address: %s    Phone: %s" % (adr, phone),
                 "Admitted %s, discharged %s. Primary diagnosis: %s (%s)." % (
                     fmt_date(adm, lang, 2), fmt_date(when.date(), lang, 2), c["en"], lab(rng, c, "en")),
                 ("h", "Discharge medications"), *["- " + med(rng, c, "en") for _ in range(2)],
                 "First video visit within 72 hours.", display(doc, "md", lang)]
        body = "%s\n\nPlease find attached the RPM enrolment for a patient going home tomorrow.\n\n%s\n%s" % (
            greet(ctx, lang), close(ctx, lang), signature(ctx, doc, "md", o, lang))
        subj = "RPM enrolment - discharge tomorrow"
        fn = "discharge_summary_%s.docx" % when.strftime("%Y%m%d")
    data = make_docx(paras, author=doc["given"] + " " + doc["surname"], title="Résumé de départ")
    return msg("discharge_docx", lang, ["patient_name", "ramq_nam", "date_of_birth", "mrn", "patient_contact", "diagnosis",
                                        "medication", "lab_result"],
               "discharge summary DOCX for remote-monitoring enrolment",
               subject=subj, date=when, text=body,
               attachments=[{"filename": fn, "ctype": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                             "data": data}], **{"from": doc_a, "to": [rpm_a]})


# --------------------------------------------------------------------------- 16 e-prescription PDF
def eprescription(ctx, i):
    rng = ctx.rng
    lang = ["fr", "fr", "en", "fr"][i % 4]
    o = org(ctx, lang)
    doc, doc_a = staff(ctx, rng.choice(["md", "psy", "derm"]), o, lang)
    ph = ("Pharmacie du Carrefour Val-Fleuri", "ordonnances@pharmaciecarrefour.example")
    p = ctx.nam_person()
    c = cond(rng, ["db2", "hta", "dep", "pso", "mpoc"])
    when = ctx.when()
    adr = ctx.address()
    m = med(rng, c, lang)
    lines = [("h", "ORDONNANCE" if lang == "fr" else "PRESCRIPTION"),
             ("Téléconsultation du %s" if lang == "fr" else "Virtual visit of %s") % fmt_date(when.date(), lang, 2),
             ("Patient : %s %s" if lang == "fr" else "Patient: %s %s") % (p["given"], p["surname"]),
             ("Date de naissance : %s" if lang == "fr" else "Date of birth: %s") % fmt_date(p["dob"], lang, 1),
             ("NAM : %s" if lang == "fr" else "RAMQ: %s") % disguise_nam(p["nam"], "card"),
             ("Adresse : %s" if lang == "fr" else "Address: %s") % adr,
             "", "Rx : %s" % m, ("Qté : 90 jours, renouvelable 3 fois" if lang == "fr" else "Qty: 90 days, 3 refills"),
             "", display(doc, "md", lang), "Licence %05d" % rng.randrange(10000, 99999)]
    data = make_pdf(lines, title="Ordonnance", compress=rng.random() < 0.5, author=doc["surname"])
    if lang == "fr":
        body = "%s\n\nOrdonnance suite à la téléconsultation de ce matin, original conservé au dossier. Le patient passera la chercher demain.\n\n%s" % (
            greet(ctx, lang), signature(ctx, doc, "md", o, lang, disclaimer=True))
        subj = rng.choice(["Ordonnance – téléconsultation", "Rx télé-visite", "Ordonnance"])
        fn = rng.choice(["ordonnance_%s.pdf" % when.strftime("%Y%m%d"), "Rx_%s_%s.pdf" % (p["surname"], p["given"])])
    else:
        body = "%s\n\nPrescription from this morning's virtual visit attached.\n\n%s" % (greet(ctx, lang), signature(ctx, doc, "md", o, lang))
        subj = "Prescription - virtual visit"
        fn = "rx_%s.pdf" % when.strftime("%Y%m%d")
    return msg("eprescription", lang, ["patient_name", "date_of_birth", "ramq_nam", "medication", "patient_contact"],
               "prescription PDF after a video visit sent to community pharmacy",
               subject=subj, date=when, text=body, attachments=[{"filename": fn, "ctype": "application/pdf", "data": data}],
               **{"from": doc_a, "to": [ph]})


# --------------------------------------------------------------------------- 17 pharmacist question
def pharmacy_question(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en", "fr"][i % 3]
    o = org(ctx, lang)
    doc, doc_a = staff(ctx, "md", o, lang)
    phx = ctx.staff()
    ph_a = (phx["given"] + " " + phx["surname"] + (", pharm." if lang == "fr" else ", RPh"), "pharmacien@pharmaciecarrefour.example")
    p = ctx.patient()
    c = cond(rng, ["acv", "db2", "dep", "hta"])
    c2 = cond(rng, ["acv", "dep", "irc"])
    when = ctx.when()
    if lang == "fr":
        body = "%s\n\nJ'ai reçu votre ordonnance électronique suite à la téléconsultation d'hier pour %s (DDN %s) : %s.\n" % (
            greet(ctx, lang, display(doc, "md", lang)), name_variant(p, lang, rng.choice([0, 3, 2])), fmt_date(p["dob"], lang, rng.choice([0, 1, 3])),
            med(rng, c, lang))
        body += "%s prend aussi %s. Il y a une interaction à surveiller; souhaitez-vous maintenir ou modifier? Je garde l'ordonnance en attente.\n\n%s\n%s\n%s" % (
            cap(pro(p, lang)), med(rng, c2, lang), close(ctx, lang), ph_a[0], "Pharmacie du Carrefour Val-Fleuri – 819 555-0166")
        subj = rng.choice(["Question – ordonnance télé-visite", "Interaction possible", "Ordonnance en attente"])
    else:
        body = "%s\n\nWe received your e-prescription from yesterday's virtual visit for %s (DOB %s): %s.\n" % (
            greet(ctx, lang, display(doc, "md", lang)), name_variant(p, lang, rng.choice([0, 3])), fmt_date(p["dob"], lang, 0), med(rng, c, lang))
        body += "%s is also taking %s. Possible interaction - do you want to keep or change? Holding the Rx for now.\n\n%s\n%s" % (
            cap(pro(p, lang)), med(rng, c2, lang), close(ctx, lang), ph_a[0])
        subj = "Rx question - virtual visit"
    return msg("pharmacy_question", lang, ["patient_name", "date_of_birth", "medication"],
               "community pharmacist's question about an e-prescription",
               subject=subj, date=when, text=body, **{"from": ph_a, "to": [doc_a]})


# --------------------------------------------------------------------------- 18 lab follow-up
def lab_followup(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en", "fr", "fr"][i % 4]
    o = org(ctx, lang)
    s, s_a = staff(ctx, rng.choice(["rn", "md"]), o, lang)
    doc, doc_a = staff(ctx, "md", o, lang)
    p = ctx.patient()
    c = cond(rng, ["irc", "acv", "db2", "ic"])
    when = ctx.when()
    mrn = ctx.mrn()
    v = lab(rng, c, lang)
    if lang == "fr":
        body = "%s\n\nRésultat reçu du laboratoire pour %s, %s : %s (prélèvement d'hier au CLSC).\n" % (
            greet(ctx, lang, doc["given"]), name_variant(p, lang, rng.choice([1, 2])), mrn, v)
        body += "%s a été vu%s en téléconsultation mardi. Je n'ai pas d'ordonnance collective pour ce résultat, peux-tu me dire quoi faire?\n\n%s" % (
            cap(pro(p, lang)), "e" if p["sex"] == "F" else "", signature(ctx, s, "rn", o, lang))
        subj = rng.choice(["Résultat à réviser", "Résultat critique – appel requis", "Labo %s" % when.strftime("%d/%m")])
    else:
        body = "%s\n\nLab result for %s, %s: %s (drawn yesterday at the CLSC). Seen by video on Tuesday. Please advise.\n\n%s" % (
            greet(ctx, lang, doc["given"]), name_variant(p, lang, rng.choice([0, 2])), mrn, v, signature(ctx, s, "rn", o, lang))
        subj = "Lab result to review"
    return msg("lab_followup", lang, ["patient_name", "mrn", "lab_result"],
               "lab result follow-up after a virtual visit",
               subject=subj, date=when, text=body, importance=rng.choice([None, "high"]), **{"from": s_a, "to": [doc_a]})


# --------------------------------------------------------------------------- 19 telehealth room / transport booking
def booking(ctx, i):
    rng = ctx.rng
    lang = "fr" if i != 1 else "en"
    o = org(ctx, lang)
    s, s_a = staff(ctx, "clerk", o, lang)
    r_a = ("Réservation télésanté" if lang == "fr" else "Telehealth bookings", "reservation.telesante@cisss-vde.example")
    p = ctx.nam_person()
    c = cond(rng, ["irc", "mpoc", "dep", "bcc"])
    when = ctx.when()
    ap = appt_dt(ctx, when)
    phone = ctx.phone_fmt()
    if lang == "fr":
        body = ("%s\n\nPourriez-vous réserver la salle de télésanté du CLSC de Lac-Brumeux pour une téléconsultation en %s :\n\n"
                "Patient : %s\nNAM : %s\nMotif : %s\nDate souhaitée : %s (45 min)\nTéléphone du patient : %s\n"
                "Transport : %s\n\n%s\n%s") % (
            greet(ctx, lang), c["spec_fr"], name_variant(p, lang, rng.choice([1, 2, 7])), disguise_nam(p["nam"], rng.choice(NS)),
            c["fr"], appt_text(ap, lang), phone, rng.choice(["transport adapté à réserver", "vient avec sa fille", "aucun"]),
            close(ctx, lang), signature(ctx, s, "clerk", o, lang))
        subj = rng.choice(["Réservation salle télésanté", "Demande de réservation – téléconsultation %s" % c["spec_fr"]])
    else:
        body = ("%s\n\nPlease book the telehealth room at the Lac-Brumeux CLSC:\n\nPatient: %s\nRAMQ: %s\nReason: %s\n"
                "Preferred: %s\nPatient phone: %s\n\n%s\n%s") % (
            greet(ctx, lang), name_variant(p, lang, 0), disguise_nam(p["nam"], rng.choice(NS)), c["en"], appt_text(ap, lang), phone,
            close(ctx, lang), signature(ctx, s, "clerk", o, lang))
        subj = "Telehealth room booking"
    return msg("booking", lang, ["patient_name", "ramq_nam", "diagnosis", "patient_contact"],
               "telehealth-room booking for a remote patient with NAM and phone",
               subject=subj, date=when, text=body, **{"from": s_a, "to": [r_a]})


NS = ["card", "plain", "dots", "slash", "lower"]


# --------------------------------------------------------------------------- 20 vCard for device delivery
def vcard_kit(ctx, i):
    rng = ctx.rng
    lang = ["fr", "fr", "en"][i % 3]
    o = org(ctx, lang)
    s, s_a = staff(ctx, "coord", o, lang)
    v_a = ("VitaSense Logistique" if lang == "fr" else "VitaSense Logistics", "livraisons@vitasense.example")
    p = ctx.patient()
    c = cond(rng, ["ic", "hta", "mpoc", "db2"])
    when = ctx.when()
    tel = ctx.phone_fmt()
    adr = ctx.address()
    note = ("Programme télésurveillance %s – trousse %s – livrer avant le %s" % (c["fr"], c["kit"], fmt_date(ctx.future_date(when, (2, 6)), "fr", 0))
            if lang == "fr" else "Remote monitoring (%s) - %s kit - deliver by %s" % (c["en"], c["kit_en"], fmt_date(ctx.future_date(when, (2, 6)), "en", 0)))
    vc = make_vcard("%s %s" % (p["given"], p["surname"]), "%s;%s;;;" % (p["surname"], p["given"]), tel=("HOME,VOICE", tel),
                    adr=("HOME", adr), note=note)
    if lang == "fr":
        body = "%s\n\nNouvelle inscription : voici la fiche contact pour la livraison et l'installation de la trousse. Merci de confirmer la date avec %s.\n\n%s" % (
            greet(ctx, lang), "la patiente" if p["sex"] == "F" else "le patient", signature(ctx, s, "coord", o, lang))
        subj = "Livraison trousse – nouvelle inscription"
    else:
        body = "%s\n\nNew enrolment - contact card attached for kit delivery and setup.\n\n%s" % (greet(ctx, lang), signature(ctx, s, "coord", o, lang))
        subj = "Kit delivery - new enrolment"
    return msg("vcard_kit", lang, ["patient_name", "patient_contact", "diagnosis"],
               "vCard of a patient for monitoring-kit delivery, program named in NOTE",
               subject=subj, date=when, text=body,
               attachments=[{"filename": "%s_%s.vcf" % (p["given"], p["surname"]), "ctype": "text/vcard", "text": vc}],
               **{"from": s_a, "to": [v_a]})


# --------------------------------------------------------------------------- 21 patient e-mail attached as message/rfc822
def attached_eml(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en", "fr", "fr"][i % 4]
    o = org(ctx, lang)
    s, s_a = staff(ctx, "clerk", o, lang)
    nurse, nurse_a = staff(ctx, "rn", o, lang)
    p = ctx.patient()
    pa = patient_addr(ctx, p)
    c = cond(rng, ["ic", "dep", "mpoc", "plaie", "gdm"])
    when = ctx.when()
    sent = when - datetime.timedelta(hours=rng.randrange(3, 40))
    m = med(rng, c, lang)
    phone = ctx.phone_fmt()
    if lang == "fr":
        inner_body = ("Bonjour,\n\nJe suis suivi%s au programme de soins virtuels pour %s. Depuis deux jours %s et je prends "
                      "toujours mes médicaments (%s). Je n'ai pas reçu le lien pour ma visio de jeudi. Pouvez-vous m'appeler au %s?\n\n%s %s\n") % (
            "e" if p["sex"] == "F" else "", poss_fr(c), rng.choice(["je me sens plus fatigué" + ("e" if p["sex"] == "F" else ""),
                                                                    "j'ai de la fièvre", "je dors mal"]), m, phone,
            p["given"], p["surname"])
        inner_subj = rng.choice(["lien visio", "Question pour l'infirmière", "rendez-vous jeudi"])
        body = "%s\n\nVoir le courriel ci-joint reçu sur la boîte générale. Peux-tu l%s rappeler? Je lui renvoie le lien.\n\n%s" % (
            greet(ctx, lang, nurse["given"]), "a" if p["sex"] == "F" else "e", signature(ctx, s, "clerk", o, lang))
        subj = rng.choice(["TR: courriel d'un patient", "Courriel reçu – boîte générale", "À rappeler"])
    else:
        inner_body = ("Hello,\n\nI'm followed in the virtual care program for my %s. For two days I have %s and I'm still taking %s. "
                      "I didn't get the link for Thursday's video visit. Could someone call me at %s?\n\n%s %s\n") % (
            c["en"], rng.choice(["felt more tired", "had a fever", "not slept well"]), m, phone, p["given"], p["surname"])
        inner_subj = rng.choice(["video link", "question for the nurse"])
        body = "%s\n\nSee the attached e-mail from the general inbox. Can you call back? I'll resend the link.\n\n%s" % (
            greet(ctx, lang, nurse["given"]), signature(ctx, s, "clerk", o, lang))
        subj = "Fwd: patient e-mail"
    inner = {"subject": inner_subj, "date": sent, "text": inner_body, "from": pa,
             "to": [("Soins virtuels" if lang == "fr" else "Virtual care", "soinsvirtuels@%s" % o[1])], "mode": "plain"}
    return msg("attached_eml", lang, ["patient_name", "diagnosis", "medication", "patient_contact"],
               "patient's own e-mail attached as message/rfc822",
               subject=subj, date=when, text=body,
               attachments=[{"eml": inner, "filename": rng.choice([inner_subj + ".eml", None])}],
               **{"from": s_a, "to": [nurse_a]})


# --------------------------------------------------------------------------- 22 ZIP of dermatology photos + referral
def zip_derm(ctx, i):
    rng = ctx.rng
    lang = "fr"
    o = org(ctx, lang)
    s, s_a = staff(ctx, "md", o, lang)
    d, d_a = staff(ctx, "derm", ORGS_FR[2], lang)
    p = ctx.nam_person()
    c = cond(rng, DERM_KEYS)
    when = ctx.when()
    ref = ("Demande de télédermatologie\nPatient : %s %s\nNAM : %s\nDate de naissance : %s\nMotif : %s\nHistorique : %s\n" % (
        p["given"], p["surname"], disguise_nam(p["nam"], "plain"), fmt_date(p["dob"], "fr", 0), c["fr"], lab(rng, c, "fr")))
    members = [("demande.txt", ref.encode(rng.choice(["utf-8", "cp1252"])))]
    for k in range(rng.randrange(2, 4)):
        members.append(("photos/photo_%d.png" % (k + 1), make_png(rng)))
    z = make_zip(members)
    body = "%s\n\nLe téléversement sur la plateforme échoue (fichier trop lourd), je vous envoie le tout en ZIP.\n\n%s" % (
        greet(ctx, lang, addr_title(d, lang)), signature(ctx, s, "md", o, lang))
    return msg("zip_derm", lang, ["patient_name", "ramq_nam", "date_of_birth", "diagnosis"],
               "ZIP with tele-dermatology photos and a referral text naming the patient",
               subject=rng.choice(["Télédermato – envoi ZIP", "Photos + demande"]), date=when, text=body,
               attachments=[{"filename": rng.choice(["telederm_%s.zip" % when.strftime("%Y%m%d"), "envoi.zip"]),
                             "ctype": "application/zip", "data": z}], **{"from": s_a, "to": [d_a]})
