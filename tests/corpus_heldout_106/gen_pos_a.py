"""Positive (confidential) messages, part A: video visits, remote monitoring, portal, e-consult."""
import datetime

from gen_attach import make_csv, make_ics, make_xlsx
from gen_clin import DERM_KEYS, RPM_KEYS, cond, lab, le_fr, med
from gen_common import MONTHS_EN, MONTHS_FR, age_on, disguise_nam, fmt_date, name_variant, title_for
from gen_text import (ORGS_EN, ORGS_FR, close, display, email_of, fr_date_long, en_date_long, fwd_header,
                      greet, quote, reply_intro, signature)

PATIENT_DOMAINS = ["courriel.example", "mailbox.example", "videonet.example", "zmail.example", "boreal-net.example"]


# --------------------------------------------------------------------------- helpers
def msg(cat, lang, types, note, **spec):
    assert types, cat
    spec.setdefault("lang", lang)
    return {"cat": cat, "lang": lang, "types": sorted(set(types)), "note": note, "spec": spec}


def org(ctx, lang):
    return ctx.rng.choice(ORGS_FR if lang == "fr" else ORGS_EN)


def staff(ctx, role, o, lang, sex=None):
    p = ctx.staff(sex)
    p["role"] = role
    return p, (display(p, role, lang), email_of(p, o[1], ctx.rng.randrange(2)))


def addr_title(p, lang):
    """'Dre Tremblay' / 'Dr. Chen' for physicians, given name otherwise."""
    if p.get("role") in ("md", "derm", "psy", "cardio"):
        if lang == "fr":
            return ("Dre " if p["sex"] == "F" else "Dr ") + p["surname"]
        return "Dr. " + p["surname"]
    return p["given"]


def patient_addr(ctx, p):
    rng = ctx.rng
    from gen_common import fold
    g, s = fold(p["given"]).replace(" ", ""), fold(p["surname"]).replace(" ", "")
    local = rng.choice(["%s.%s" % (g, s), "%s%s%d" % (g[0], s, rng.randrange(10, 99)),
                        "%s_%s%d" % (s, g, p["dob"].year % 100), "%s.%s" % (g, s[0])])
    return (p["given"] + " " + p["surname"], "%s@%s" % (local, rng.choice(PATIENT_DOMAINS)))


def pname(ctx, p, lang, styles=(0, 0, 1, 2, 3, 3, 5, 6, 7)):
    return name_variant(p, lang, ctx.rng.choice(styles))


def appt_text(d, lang):
    h = d.hour
    m = d.minute
    if lang == "fr":
        return "%s à %d h %02d" % (fr_date_long(d), h, m)
    hh = h if h <= 12 else h - 12
    return "%s at %d:%02d %s" % (en_date_long(d), hh, m, "AM" if h < 12 else "PM")


def appt_dt(ctx, after):
    d = ctx.future_date(after, (2, 30))
    if d.weekday() >= 5:
        d += datetime.timedelta(days=7 - d.weekday())
    return datetime.datetime(d.year, d.month, d.day, ctx.rng.choice([8, 9, 10, 11, 13, 14, 15]),
                             ctx.rng.choice([0, 15, 30, 45]))


def short_date(d, lang):
    if lang == "fr":
        return "%s %s %d %02d:%02d" % ("1er" if d.day == 1 else d.day, MONTHS_FR[d.month - 1], d.year, d.hour, d.minute)
    return "%s %d, %d %02d:%02d" % (MONTHS_EN[d.month - 1][:3], d.day, d.year, d.hour, d.minute)


def cap(s):
    return s[:1].upper() + s[1:]


def pro(p, lang):
    if lang == "fr":
        return "elle" if p["sex"] == "F" else "il"
    return "she" if p["sex"] == "F" else "he"


# --------------------------------------------------------------------------- 1 video invitation
def video_invite(ctx, i):
    rng = ctx.rng
    lang = ["fr", "fr", "en", "fr", "en"][i % 5]
    o = org(ctx, lang)
    clerk, clerk_a = staff(ctx, "clerk", o, lang)
    doc, _ = staff(ctx, "md", o, lang)
    p = ctx.patient()
    c = cond(rng, RPM_KEYS + DERM_KEYS + ["dep"])
    when = ctx.when()
    ap = appt_dt(ctx, when)
    link = ctx.video_link()
    types = ["patient_name", "diagnosis"]
    phone = ctx.phone_fmt()
    withphone = rng.random() < 0.6
    withmed = rng.random() < 0.4
    if withphone:
        types.append("patient_contact")
    if withmed:
        types.append("medication")
    m = med(rng, c, lang)
    if lang == "fr":
        subj = rng.choice(["Confirmation de votre rendez-vous virtuel", "Votre téléconsultation du %d %s"
                           % (ap.day, MONTHS_FR[ap.month - 1]), "Rendez-vous vidéo – %s" % c["spec_fr"]])
        body = "%s %s,\n\nVotre rendez-vous de suivi (%s) avec %s aura lieu par vidéo le %s.\n\n" % (
            rng.choice(["Bonjour", "Bonjour"]), name_variant(p, lang, rng.choice([0, 3])), c["fr"],
            display(doc, "md", lang), appt_text(ap, lang))
        body += "Pour rejoindre la rencontre, cliquez sur le lien suivant 10 minutes avant l'heure prévue :\n%s\n\n" % link
        body += "Avant la rencontre :\n- utilisez un endroit calme et bien éclairé;\n- vérifiez votre caméra et votre micro;\n"
        if withmed:
            body += "- ayez vos médicaments à portée de main (notamment %s);\n" % m
        body += "- ayez votre carte d'assurance maladie.\n\n"
        if withphone:
            body += "Si la connexion ne fonctionne pas, nous vous appellerons au %s.\n\n" % phone
        body += "Pour annuler, répondez à ce courriel au moins 24 heures à l'avance.\n\n%s\n%s" % (
            close(ctx, lang), signature(ctx, clerk, "clerk", o, lang))
    else:
        subj = rng.choice(["Your virtual appointment is confirmed", "Video visit on %s %d" % (MONTHS_EN[ap.month - 1], ap.day),
                           "Reminder: telehealth appointment"])
        body = "Dear %s,\n\nThis confirms your %s follow-up video visit (%s) with %s on %s.\n\n" % (
            name_variant(p, lang, rng.choice([0, 3])), c["spec_en"], c["en"], display(doc, "md", lang), appt_text(ap, lang))
        body += "Join from your phone, tablet or computer:\n%s\n\n" % link
        if withmed:
            body += "Please have your current medications ready, including %s.\n" % m
        if withphone:
            body += "If the video connection fails, the clinic will call you at %s.\n" % phone
        body += "\nPlease do not reply with personal health questions; use the patient portal instead.\n\n%s\n%s" % (
            close(ctx, lang), signature(ctx, clerk, "clerk", o, lang))
    return msg("video_invite", lang, types, "video-visit invitation sent to patient with reason for visit",
               subject=subj, date=when, text=body, **{"from": clerk_a, "to": [patient_addr(ctx, p)]})


# --------------------------------------------------------------------------- 2 ICS invitation
def video_ics(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en", "fr", "fr"][i % 4]
    o = org(ctx, lang)
    sender, sender_a = staff(ctx, "coord", o, lang)
    doc, doc_a = staff(ctx, rng.choice(["md", "cardio", "psy", "derm"]), o, lang)
    when = ctx.when()
    ap = appt_dt(ctx, when)
    c = cond(rng)
    use_nam = i % 2 == 0
    p = ctx.nam_person() if use_nam else ctx.patient()
    types = ["patient_name", "diagnosis"]
    nm = name_variant(p, lang, rng.choice([1, 2, 7]))
    if use_nam:
        ident = ("NAM " if lang == "fr" else "RAMQ ") + disguise_nam(p["nam"], rng.choice(["card", "plain", "dots"]))
        types.append("ramq_nam")
    else:
        ident = ctx.mrn()
        types.append("mrn")
    link = ctx.video_link()
    if lang == "fr":
        summ = "Télé-visite – %s – %s" % (nm, c["short_fr"])
        desc = "Patient : %s (%s)\nMotif : suivi %s\nLien : %s\nSi problème technique : soutien clinique virtuelle poste 4410" % (
            nm, ident, c["fr"], link)
        body = "%s\n\nVoici l'invitation pour la télé-visite. Le lien et les infos sont dans l'invitation.\n\n%s\n%s" % (
            greet(ctx, lang, doc["given"]), close(ctx, lang), signature(ctx, sender, "coord", o, lang))
        subj = rng.choice(["Invitation : télé-visite", "Invitation: Télé-visite %02d/%02d" % (ap.day, ap.month),
                           "Mise à jour de l'invitation"])
    else:
        summ = "Virtual visit - %s - %s" % (nm, c["short_en"])
        desc = "Patient: %s (%s)\nReason: %s follow-up\nJoin: %s" % (nm, ident, c["en"], link)
        body = "%s\n\nCalendar invite attached for the virtual visit. Please accept so the room is reserved.\n\n%s\n%s" % (
            greet(ctx, lang, doc["given"]), close(ctx, lang), signature(ctx, sender, "coord", o, lang))
        subj = rng.choice(["Invitation: Virtual visit", "Updated invitation: virtual clinic slot"])
    ics = make_ics("%d-%s@%s" % (rng.randrange(10**6, 10**7), "tv", o[1]), ap, ap + datetime.timedelta(minutes=30),
                   summ, desc, location=link, organizer=(sender["given"] + " " + sender["surname"], sender_a[1]),
                   attendees=[(doc["given"] + " " + doc["surname"], doc_a[1])])
    return msg("video_ics", lang, types, "calendar invitation whose event names the patient and reason",
               subject=subj, date=when, text=body,
               attachments=[{"filename": rng.choice(["invite.ics", "rendez-vous.ics", "meeting.ics"]),
                             "ctype": "text/calendar", "text": ics, "params": ["method=REQUEST"]}],
               **{"from": sender_a, "to": [doc_a]})


# --------------------------------------------------------------------------- 3 remote-monitoring alert
def rpm_alert(ctx, i):
    rng = ctx.rng
    lang = ["fr", "fr", "en", "fr", "en", "fr"][i % 6]
    o = org(ctx, lang)
    nurse, nurse_a = staff(ctx, "rn", o, lang)
    doc, doc_a = staff(ctx, rng.choice(["md", "cardio"]), o, lang)
    c = cond(rng, RPM_KEYS)
    p = ctx.patient()
    when = ctx.when()
    meas = when - datetime.timedelta(hours=rng.randrange(1, 5))
    mrn = ctx.mrn(rng.choice([0, 4, 6]))
    val = lab(rng, c, lang)
    m = med(rng, c, lang)
    types = ["patient_name", "mrn", "lab_result", "diagnosis"]
    if lang == "fr":
        alert = ("ALERTE NIVEAU %d (%s)\nProgramme : Télésurveillance %s\nPatient : %s    %s\n"
                 "Paramètre : %s\nSeuil dépassé : règle #%d\nMesure transmise : %s\nAppareil : %s\n") % (
            rng.choice([2, 3]), rng.choice(["rouge", "orange"]), c["short_fr"], name_variant(p, lang, 1), mrn, val,
            rng.randrange(10, 40), meas.strftime("%Y-%m-%d %H:%M"), c["kit"] or "application mobile")
        intro = "%s\n\n" % greet(ctx, lang, addr_title(doc, lang))
        choice = rng.randrange(3)
        if choice == 0:
            intro += "Alerte reçue ce matin. J'ai joint %s par téléphone : %s se sent plus essoufflé%s, pas de douleur thoracique. " % (
                "la patiente" if p["sex"] == "F" else "le patient", pro(p, lang), "e" if p["sex"] == "F" else "")
            intro += "Actuellement sous %s. Souhaitez-vous ajuster la dose ou une visite vidéo aujourd'hui?\n" % m
            types.append("medication")
        elif choice == 1:
            intro += "Pour info, 2e alerte cette semaine. Pas de réponse au téléphone, j'ai laissé un message. Je réessaie à 13 h.\n"
        else:
            intro += "Peux-tu regarder ça avant ta clinique virtuelle de cet après-midi? Merci.\n"
        body = intro + "\n" + signature(ctx, nurse, "rn", o, lang) + "\n\n" + fwd_header(
            lang, "VitaSense Alertes <alertes@vitasense.example>", nurse_a[1], short_date(meas, lang),
            "Alerte télésurveillance") + "\n" + alert
        subj = rng.choice(["TR: Alerte télésurveillance", "Fwd: ALERTE – télésurveillance %s" % c["short_fr"],
                           "Alerte %s ce matin" % c["short_fr"]])
    else:
        alert = ("RPM ALERT - Priority %s\nProgram: %s remote monitoring\nPatient: %s    %s\n"
                 "Reading: %s\nThreshold rule: #%d\nReceived: %s\nDevice: %s\n") % (
            rng.choice(["HIGH", "URGENT"]), c["en"], name_variant(p, lang, 2), mrn, val, rng.randrange(10, 40),
            meas.strftime("%Y-%m-%d %H:%M"), rng.choice(["BP cuff BT-220", "smart scale WS-4", "mobile app"]))
        intro = "%s\n\n" % greet(ctx, lang, doc["given"])
        if rng.random() < 0.5:
            intro += "Called %s this morning, %s reports more swelling in the ankles. Currently on %s. Do you want to adjust or see %s by video today?\n" % (
                "her" if p["sex"] == "F" else "him", pro(p, lang), m, "her" if p["sex"] == "F" else "him")
            types.append("medication")
        else:
            intro += "Second alert this week for this patient. Left a voicemail; will try again after lunch.\n"
        body = intro + "\n" + signature(ctx, nurse, "rn", o, lang) + "\n\n" + fwd_header(
            lang, "RPM Alerts <alerts@vitasense.example>", nurse_a[1], short_date(meas, lang), "RPM alert") + "\n" + alert
        subj = rng.choice(["Fwd: RPM alert", "FW: RPM ALERT - priority high", "alert this am"])
    return msg("rpm_alert", lang, types, "forwarded remote-monitoring alert with patient, chart number and reading",
               subject=subj, date=when, text=body, importance=rng.choice([None, "high"]),
               **{"from": nurse_a, "to": [doc_a]})


# --------------------------------------------------------------------------- 4 CSV export of readings
def rpm_csv(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en", "fr", "fr"][i % 4]
    o = org(ctx, lang)
    s, s_a = staff(ctx, rng.choice(["rn", "coord"]), o, lang)
    r, r_a = staff(ctx, rng.choice(["md", "mgr", "rn"]), o, lang)
    when = ctx.when()
    sep = ";" if lang == "fr" and rng.random() < 0.6 else ","
    hdr = (["id_dossier", "nom", "prenom", "programme", "date_mesure", "parametre", "valeur", "alerte"] if lang == "fr"
           else ["chart_no", "last_name", "first_name", "program", "reading_time", "parameter", "value", "alert"])
    rows = [hdr]
    for _ in range(rng.randrange(3, 6)):
        p = ctx.patient()
        c = cond(rng, ["ic", "mpoc", "db2", "hta"])
        mrn = "".join(rng.choice("0123456789") for _ in range(7))
        for k in range(rng.randrange(2, 4)):
            t = when - datetime.timedelta(hours=rng.randrange(2, 160))
            if c["key"] == "ic":
                par, v = ("poids_kg" if lang == "fr" else "weight_kg"), "%.1f" % rng.uniform(62, 110)
            elif c["key"] == "mpoc":
                par, v = "SpO2", str(rng.randrange(83, 97))
            elif c["key"] == "db2":
                par, v = ("glycemie" if lang == "fr" else "glucose"), "%.1f" % rng.uniform(3.1, 19.5)
            else:
                par, v = ("TA" if lang == "fr" else "BP"), "%d/%d" % (rng.randrange(118, 190), rng.randrange(68, 110))
            if lang == "fr" and sep == ";":
                v = v.replace(".", ",")
            rows.append([mrn, p["surname"].upper() if rng.random() < 0.5 else p["surname"], p["given"],
                         c["short_fr"] if lang == "fr" else c["short_en"], t.strftime("%Y-%m-%d %H:%M"), par, v,
                         rng.choice(["", "", "OUI" if lang == "fr" else "YES"])])
    csv = make_csv(rows, sep)
    wk = when.isocalendar()[1]
    if lang == "fr":
        body = "%s\n\nVoici l'extraction de la semaine %d pour la revue d'équipe de jeudi. Les alertes non traitées sont marquées OUI.\n\n%s\n%s" % (
            greet(ctx, lang, r["given"]), wk, close(ctx, lang), signature(ctx, s, "coord", o, lang))
        subj = "Extraction télésurveillance sem. %d" % wk
        fn = rng.choice(["export_telesurveillance_sem%d.csv" % wk, "mesures_%s.csv" % when.strftime("%Y%m%d")])
    else:
        body = "%s\n\nAttached is the week %d RPM export for Thursday's huddle. Unreviewed alerts are flagged YES.\n\n%s\n%s" % (
            greet(ctx, lang, r["given"]), wk, close(ctx, lang), signature(ctx, s, "coord", o, lang))
        subj = "RPM export wk %d" % wk
        fn = "rpm_readings_wk%d.csv" % wk
    return msg("rpm_csv", lang, ["patient_name", "mrn", "lab_result", "diagnosis"],
               "CSV export of remote-monitoring readings per named patient",
               subject=subj, date=when, text=body,
               attachments=[{"filename": fn, "ctype": "text/csv", "text": csv}], **{"from": s_a, "to": [r_a]})


# --------------------------------------------------------------------------- 5 virtual-ward roster XLSX
def ward_xlsx(ctx, i):
    rng = ctx.rng
    lang = ["fr", "fr", "en", "fr"][i % 4]
    o = org(ctx, lang)
    s, s_a = staff(ctx, "rn", o, lang)
    team = [staff(ctx, "rn", o, lang)[1] for _ in range(2)]
    when = ctx.when()
    if lang == "fr":
        hdr = ["Lit virtuel", "Nom", "Prénom", "NAM", "Âge", "Diagnostic principal", "Dernière mesure", "Plan"]
    else:
        hdr = ["Virtual bed", "Last name", "First name", "RAMQ", "Age", "Primary diagnosis", "Last reading", "Plan"]
    rows = [hdr]
    for k in range(rng.randrange(4, 7)):
        p = ctx.nam_person()
        c = cond(rng, RPM_KEYS)
        rows.append(["V-%02d" % (k + 1), p["surname"], p["given"], p["nam"], age_on(p["dob"], when.date()),
                     c["fr"] if lang == "fr" else c["en"], lab(rng, c, lang),
                     rng.choice(["visite vidéo J+1", "appel infirmier 14 h", "ajuster diurétique", "congé prévu vendredi"])
                     if lang == "fr" else rng.choice(["video visit tomorrow", "RN call 2 pm", "adjust diuretic", "discharge Friday"])])
    data = make_xlsx([("HAD" if lang == "fr" else "Virtual ward", rows)], author=s["given"] + " " + s["surname"])
    fn = ("Liste_HAD_%s.xlsx" if lang == "fr" else "virtual_ward_census_%s.xlsx") % when.strftime("%Y-%m-%d")
    if lang == "fr":
        body = "%s\n\nListe à jour de l'hospitalisation à domicile pour la relève de soir. 2 admissions aujourd'hui (V-0%d et V-0%d).\n\n%s" % (
            greet(ctx, lang), rng.randrange(1, 3), rng.randrange(3, 5), signature(ctx, s, "rn", o, lang))
        subj = "Liste HAD – relève %s" % when.strftime("%d/%m")
    else:
        body = "%s\n\nUpdated virtual ward census for the evening handover.\n\n%s" % (greet(ctx, lang), signature(ctx, s, "rn", o, lang))
        subj = "Virtual ward census %s" % when.strftime("%b %d")
    return msg("ward_xlsx", lang, ["patient_name", "ramq_nam", "diagnosis", "lab_result"],
               "virtual-ward census spreadsheet with names, NAMs and diagnoses",
               subject=subj, date=when, text=body,
               attachments=[{"filename": fn, "ctype": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                             "data": data}], **{"from": s_a, "to": team})


# --------------------------------------------------------------------------- 6 portal message forwarded
def portal_forward(ctx, i):
    rng = ctx.rng
    lang = ["fr", "fr", "en", "fr", "en", "fr"][i % 6]
    o = org(ctx, lang)
    nurse, nurse_a = staff(ctx, "rn", o, lang)
    doc, doc_a = staff(ctx, "md", o, lang)
    p = ctx.nam_person() if i == 3 else ctx.patient()
    c = cond(rng, ["db2", "hta", "dep", "ic", "acv"])
    m = med(rng, c, lang)
    when = ctx.when()
    sent = when - datetime.timedelta(hours=rng.randrange(2, 30))
    phone = ctx.phone_fmt()
    types = ["patient_name", "medication"]
    if lang == "fr":
        pm = "%s Dr%s %s,\n\n" % (rng.choice(["Bonjour", "Bonsoir"]), "e" if doc["sex"] == "F" else "", doc["surname"])
        pm += "Depuis notre rendez-vous vidéo de %s j'ai commencé le nouveau médicament (%s) comme prévu " % (
            rng.choice(["mardi", "la semaine passée", "lundi"]), m.split(" ")[0])
        pm += rng.choice(["mais j'ai des étourdissements le matin. ", "mais j'ai beaucoup de nausées. ",
                          "et je dors très mal depuis. "])
        if rng.random() < 0.6:
            pm += "Ce matin ma lecture était %s. " % lab(rng, c, lang)
            types.append("lab_result")
        pm += "Est-ce que je dois continuer?"
        if rng.random() < 0.7:
            pm += " Vous pouvez me rappeler au %s après 15 h." % phone
            types.append("patient_contact")
        if i == 3:
            pm += "\nMon numéro d'assurance maladie : %s" % disguise_nam(p["nam"], "card")
            types.append("ramq_nam")
        pm += "\n\nMerci,\n%s %s" % (p["given"], p["surname"] if rng.random() < 0.7 else p["surname"].lower())
        intro = rng.choice(["Pour toi, message reçu via le portail hier soir. Je ne peux pas modifier la dose moi-même.",
                            "À traiter svp – patiente" if p["sex"] == "F" else "À traiter svp – patient",
                            "Peux-tu jeter un œil? Merci."])
        body = "%s\n\n%s\n\n%s\n\n%s\n%s" % (greet(ctx, lang, doc["given"]), intro, signature(ctx, nurse, "rn", o, lang),
                                             fwd_header(lang, "PortailPatient+ <no-reply@portailpatient.example>", nurse_a[1],
                                                        short_date(sent, lang), "Nouveau message sécurisé de %s %s" % (p["given"], p["surname"]),
                                                        rng.randrange(2)), pm)
        subj = rng.choice(["TR: Nouveau message sécurisé", "TR: Message portail – %s" % c["short_fr"], "TR: question médicament"])
        if c["short_fr"] in subj:
            types.append("diagnosis")
    else:
        pm = "Hi Dr. %s,\n\nSince our video appointment I started the %s as discussed " % (doc["surname"], m.split(" ")[0])
        pm += rng.choice(["but I feel dizzy every morning. ", "but I have a rash on my arms. ", "and my ankles are more swollen. "])
        if rng.random() < 0.6:
            pm += "This morning's reading was %s. " % lab(rng, c, lang)
            types.append("lab_result")
        pm += "Should I keep taking it?"
        if rng.random() < 0.7:
            pm += " My cell is %s." % phone
            types.append("patient_contact")
        pm += "\n\nThanks,\n%s %s" % (p["given"], p["surname"])
        intro = rng.choice(["FYI - came in through the portal overnight. Can you advise?", "Please review, patient is asking about dose.",
                            "Forwarding for your review."])
        body = "%s\n\n%s\n\n%s\n\n%s\n%s" % (greet(ctx, lang, doc["given"]), intro, signature(ctx, nurse, "rn", o, lang),
                                             fwd_header(lang, "Patient Portal <no-reply@portailpatient.example>", nurse_a[1],
                                                        short_date(sent, lang), "New secure message from %s %s" % (p["given"], p["surname"]),
                                                        rng.randrange(2)), pm)
        subj = rng.choice(["FW: New secure message", "Fwd: portal message re medication", "FW: patient question"])
    return msg("portal_forward", lang, types, "patient portal message forwarded inline: symptoms and medication",
               subject=subj, date=when, text=body, **{"from": nurse_a, "to": [doc_a]})


# --------------------------------------------------------------------------- 7 reply to patient with lab results
def portal_reply(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en", "fr", "fr"][i % 4]
    o = org(ctx, lang)
    doc, doc_a = staff(ctx, "md", o, lang)
    p = ctx.patient()
    pa = patient_addr(ctx, p)
    c = cond(rng, ["db2", "irc", "acv", "gdm", "pso"])
    when = ctx.when()
    prev = when - datetime.timedelta(days=rng.randrange(1, 4), hours=3)
    ap = appt_dt(ctx, when)
    v = lab(rng, c, lang)
    if lang == "fr":
        q = "Bonjour docteur%s,\nAvez-vous reçu mes résultats de prise de sang? On devait en parler à la prochaine téléconsultation mais je suis %s.\n%s" % (
            "e" if doc["sex"] == "F" else "", "inquiète" if p["sex"] == "F" else "inquiet", p["given"])
        body = "Bonjour %s,\n\nOui, je les ai reçus. Votre résultat : %s. C'est %s pour votre %s; " % (
            name_variant(p, lang, rng.choice([0, 3])), v, rng.choice(["un peu élevé", "à surveiller", "mieux que la dernière fois"]), c["fr"])
        body += "nous en discuterons en détail lors de la téléconsultation du %s. Le lien vous sera envoyé la veille.\n\n" % appt_text(ap, lang)
        body += "Si vous avez des symptômes nouveaux d'ici là, appelez Info-Santé 811.\n\n%s\n\n%s\n%s" % (
            signature(ctx, doc, "md", o, lang, disclaimer=True), reply_intro(lang, pa[0], short_date(prev, lang)), quote(q))
        subj = "RE: résultats"
    else:
        q = "Hello doctor,\nDid you get my blood results? We were supposed to talk at the next video visit but I'm a bit worried.\n%s" % p["given"]
        body = "Hi %s,\n\nYes, they came in. Your result: %s. This is %s for your %s; we will go over it at the video visit on %s.\n\n" % (
            p["given"], v, rng.choice(["a bit high", "something to keep an eye on", "better than last time"]), c["en"], appt_text(ap, lang))
        body += "If anything new comes up before then, call 811.\n\n%s\n\n%s\n%s" % (
            signature(ctx, doc, "md", o, lang, disclaimer=True), reply_intro(lang, pa[0], short_date(prev, lang)), quote(q))
        subj = "RE: my results"
    return msg("portal_reply", lang, ["patient_name", "lab_result", "diagnosis"],
               "physician reply to patient giving lab result, with quoted question",
               subject=subj, date=when, text=body, reply=True, **{"from": doc_a, "to": [pa]})


# --------------------------------------------------------------------------- 8 e-consult request
def econsult_request(ctx, i):
    rng = ctx.rng
    lang = ["fr", "fr", "en", "fr", "fr"][i % 5]
    o = org(ctx, lang)
    gp, gp_a = staff(ctx, "md", o, lang)
    spec = rng.choice(["derm", "cardio", "psy"])
    sp, sp_a = staff(ctx, spec, ORGS_FR[2], lang)
    c = cond(rng, {"derm": DERM_KEYS, "cardio": ["ic", "acv", "hta"], "psy": ["dep"]}[spec])
    p = ctx.nam_person()
    when = ctx.when()
    m = med(rng, c, lang)
    num = "EC-%d-%05d" % (when.year % 100, rng.randrange(10000))
    nam = disguise_nam(p["nam"], rng.choice(["card", "plain", "dash", "lower"]))
    dob = fmt_date(p["dob"], lang, rng.choice([0, 1, 2]))
    if lang == "fr":
        form = ("Demande de consultation électronique %s\nSpécialité : %s\n\nPatient : %s\nNAM : %s\nDate de naissance : %s\n"
                "Sexe : %s\n\nQuestion clinique :\n%s depuis %d mois. %s. Souhaitez-vous %s voir en personne ou pouvez-vous "
                "recommander une conduite?\n\nMédication actuelle : %s\nPhotos jointes : %d\n") % (
            num, c["spec_fr"], name_variant(p, lang, 1), nam, dob, p["sex"], cap(c["fr"]), rng.randrange(2, 14),
            cap(lab(rng, c, lang)), "la" if p["sex"] == "F" else "le", m, rng.randrange(0, 4))
        body = "%s\n\nCopie de la demande soumise ce matin sur la plateforme de consultation électronique (le lien ne fonctionnait pas pour %s).\n\n%s\n\n%s" % (
            greet(ctx, lang, addr_title(sp, lang)), rng.choice(["votre secrétariat", "la pièce jointe"]), form, signature(ctx, gp, "md", o, lang))
        subj = rng.choice(["Consultation électronique %s" % num, "e-consult %s – %s" % (c["spec_fr"], num), "Demande e-consult"])
    else:
        form = ("eConsult request %s\nSpecialty: %s\n\nPatient: %s\nRAMQ: %s\nDOB: %s\nSex: %s\n\nClinical question:\n"
                "%s for %d months. %s. Would you see in person or can you advise on management?\n\nCurrent medication: %s\n") % (
            num, c["spec_en"], name_variant(p, lang, 2), nam, dob, p["sex"], cap(c["en"]), rng.randrange(2, 14),
            cap(lab(rng, c, lang)), m)
        body = "%s\n\nCopy of the eConsult I submitted this morning, as the platform upload failed.\n\n%s\n\n%s" % (
            greet(ctx, lang, addr_title(sp, lang)), form, signature(ctx, gp, "md", o, lang))
        subj = "eConsult %s" % num
    types = ["patient_name", "ramq_nam", "date_of_birth", "diagnosis", "medication"]
    if c["key"] not in DERM_KEYS:
        types.append("lab_result")
    return msg("econsult_request", lang, types,
               "e-consult request copied by e-mail with NAM, DOB and clinical question",
               subject=subj, date=when, text=body, **{"from": gp_a, "to": [sp_a]})


# --------------------------------------------------------------------------- 9 e-consult reply (quoted)
def econsult_reply(ctx, i):
    rng = ctx.rng
    lang = ["fr", "en", "fr", "fr"][i % 4]
    o = org(ctx, lang)
    gp, gp_a = staff(ctx, "md", o, lang)
    spec = rng.choice(["derm", "cardio"])
    sp, sp_a = staff(ctx, spec, ORGS_FR[2], lang)
    c = cond(rng, DERM_KEYS if spec == "derm" else ["ic", "acv", "hta"])
    use_nam = i % 2 == 0
    p = ctx.nam_person() if use_nam else ctx.patient()
    when = ctx.when()
    prev = when - datetime.timedelta(days=rng.randrange(1, 6))
    m = med(rng, c, lang)
    types = ["patient_name", "diagnosis", "medication"]
    if use_nam:
        ident = disguise_nam(p["nam"], rng.choice(["card", "plain", "spaced"]))
        types.append("ramq_nam")
    else:
        ident = ctx.mrn()
        types.append("mrn")
    if lang == "fr":
        req = "Bonjour,\n%s (%s), %s. Question : %s?\nMerci,\n%s" % (
            name_variant(p, lang, 3), ident, c["fr"], rng.choice(["conduite proposée", "besoin de voir en clinique",
                                                                   "ajustement du traitement"]), display(gp, "md", lang))
        body = "%s\n\nMerci pour la demande. Après revue %s, je recommande :\n1. %s;\n2. revoir en télé-visite dans %d semaines;\n3. %s.\n\n" % (
            greet(ctx, lang, gp["given"]), "des photos" if spec == "derm" else "de l'ECG et des mesures à domicile", m,
            rng.randrange(2, 9), rng.choice(["biopsie-exérèse si changement", "bilan sanguin avant la visite", "aucune consultation en personne requise pour l'instant"]))
        body += "Je reste disponible.\n\n%s\n\n%s\n%s" % (signature(ctx, sp, spec, ORGS_FR[2], lang),
                                                          reply_intro(lang, display(gp, "md", lang), short_date(prev, lang)), quote(req))
        subj = rng.choice(["RE: e-consult", "RE: Consultation électronique – réponse", "Réponse e-consult %s" % c["spec_fr"]])
    else:
        req = "Hi,\n%s (%s), %s. Question: %s?\nThanks,\n%s" % (
            name_variant(p, lang, rng.choice([0, 2])), ident, c["en"], rng.choice(["suggested management", "needs in-person assessment"]),
            display(gp, "md", lang))
        body = "%s\n\nThanks for the eConsult. Recommendations:\n- %s\n- virtual follow-up in %d weeks\n- %s\n\n%s\n\n%s\n%s" % (
            greet(ctx, lang, gp["given"]), m, rng.randrange(2, 9), rng.choice(["biopsy if any change", "bloodwork before next visit"]),
            signature(ctx, sp, spec, ORGS_FR[2], lang), reply_intro(lang, display(gp, "md", lang), short_date(prev, lang)), quote(req))
        subj = "RE: eConsult"
    return msg("econsult_reply", lang, types, "specialist e-consult reply with quoted request naming the patient",
               subject=subj, date=when, text=body, reply=True, **{"from": sp_a, "to": [gp_a]})


# --------------------------------------------------------------------------- 10 tele-dermatology photos
def telederm_photos(ctx, i):
    from gen_attach import make_png
    rng = ctx.rng
    lang = ["fr", "fr", "en", "fr", "en"][i % 5]
    o = org(ctx, lang)
    gp, gp_a = staff(ctx, rng.choice(["md", "rn"]), o, lang)
    der, der_a = staff(ctx, "derm", ORGS_FR[2], lang)
    p = ctx.patient()
    c = cond(rng, DERM_KEYS)
    when = ctx.when()
    site = rng.choice([("dos", "back", "au dos"), ("avant-bras_G", "left_forearm", "à l'avant-bras gauche"),
                       ("jambe_D", "right_leg", "à la jambe droite"), ("nez", "nose", "sur le nez"), ("joue_G", "left_cheek", "à la joue gauche")])
    n = rng.randrange(1, 4)
    atts = []
    for k in range(n):
        fn = rng.choice(["%s_%s_%s_%d.png", "%s-%s_%s_%d.png"]) % (p["surname"], p["given"], site[0 if lang == "fr" else 1], k + 1)
        if k == 0 and rng.random() < 0.5:
            fn = "IMG_%04d.png" % rng.randrange(1000, 9999)
        atts.append({"filename": fn, "ctype": "image/png", "data": make_png(rng)})
    age = age_on(p["dob"], when.date())
    if lang == "fr":
        body = "%s\n\nVoici %d photo(s) pour %s, %d ans, %s %s, évolution depuis %d mois. %s\nPourriez-vous l'évaluer en télédermatologie? %s\n\n%s\n%s" % (
            greet(ctx, lang, addr_title(der, lang)), n, name_variant(p, lang, rng.choice([0, 3, 6])), age, c["fr"],
            site[2], rng.randrange(2, 12),
            cap(lab(rng, c, lang)) + ".", rng.choice(["Prise avec le dermatoscope du GMF.", "Photos prises par la patiente avec son cellulaire." if p["sex"] == "F" else "Photos prises par le patient."]),
            close(ctx, lang), signature(ctx, gp, "md", o, lang))
        subj = rng.choice(["Télédermato – photos", "Photos lésion pour avis", "TD: photos %s" % c["short_fr"]])
    else:
        body = "%s\n\nAttached %d photo(s) for %s, %d y.o., %s on the %s, changing over %d months. %s\nCould you review through teledermatology?\n\n%s\n%s" % (
            greet(ctx, lang, der["given"]), n, name_variant(p, lang, rng.choice([0, 3])), age, c["en"], site[1].replace("_", " "),
            rng.randrange(2, 12), cap(lab(rng, c, lang)) + ".", close(ctx, lang), signature(ctx, gp, "md", o, lang))
        subj = rng.choice(["Teledermatology photos", "Photos for teleDerm review"])
    return msg("telederm_photos", lang, ["patient_name", "diagnosis"],
               "tele-dermatology photos of a named patient's lesion",
               subject=subj, date=when, text=body, attachments=atts, **{"from": gp_a, "to": [der_a]})


# --------------------------------------------------------------------------- 11 file-name-only leak
def filename_leak(ctx, i):
    from gen_attach import make_docx, make_pdf
    rng = ctx.rng
    lang = ["fr", "en", "fr", "fr"][i % 4]
    o = org(ctx, lang)
    s, s_a = staff(ctx, rng.choice(["clerk", "rn"]), o, lang)
    r, r_a = staff(ctx, rng.choice(["rn", "md", "clerk"]), o, lang)
    p = ctx.patient()
    c = cond(rng)
    when = ctx.when()
    if lang == "fr":
        leaflet = [("h", "Conseils généraux – suivi virtuel"),
                   "Ce document explique comment se déroule un suivi par vidéo avec votre équipe de soins.",
                   "Préparez la liste de vos médicaments et vos questions avant la rencontre.",
                   "En cas d'urgence, composez le 911. Pour une question non urgente, appelez Info-Santé 811."]
        fn = rng.choice(["Plan_de_soins_%s_-_%s_%s.%s", "%s_%s_%s_consignes.%s"])
        fn = (fn % (FILE_TOK[c["key"]][0], p["surname"], p["given"], "pdf") if fn.startswith("Plan")
              else fn % (p["surname"].upper(), p["given"], FILE_TOK[c["key"]][0], "pdf"))
        body = rng.choice(["Bonjour,\n\nCi-joint le document tel que discuté.\n\nMerci", "Voir PJ.",
                           "Bonjour,\nVoici le document à envoyer par la poste.\n%s" % s["given"]])
        subj = rng.choice(["Document", "PJ", "À envoyer", "Document pour envoi"])
    else:
        leaflet = [("h", "General information - virtual follow-up"),
                   "This sheet explains how video follow-up visits work.",
                   "Have your medication list and questions ready before the visit.",
                   "In an emergency call 911. For non-urgent questions call 811."]
        fn = "%s_%s_%s_care_plan.pdf" % (p["given"], p["surname"], FILE_TOK[c["key"]][1])
        body = rng.choice(["Hi,\n\nAttached as discussed.\n\nThanks", "See attached.", "Please mail this out today.\n%s" % s["given"]])
        subj = rng.choice(["Document", "attachment", "to mail out"])
    if rng.random() < 0.35:
        data = make_docx(leaflet, author=s["given"])
        fn = fn[:-4] + ".docx"
        ct = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    else:
        data = make_pdf(leaflet, title="Conseils", compress=rng.random() < 0.5)
        ct = "application/pdf"
    return msg("filename_leak", lang, ["patient_name", "diagnosis"],
               "generic leaflet whose attachment file name carries patient name and condition",
               subject=subj, date=when, text=body,
               attachments=[{"filename": fn, "ctype": ct, "data": data}], **{"from": s_a, "to": [r_a]})


FILE_TOK = {"ic": ("insuffisance-cardiaque", "heart-failure"), "mpoc": ("MPOC", "COPD"), "db2": ("diabète", "diabetes"),
            "hta": ("hypertension", "hypertension"), "dep": ("dépression", "depression"), "mel": ("mélanome", "melanoma"),
            "pso": ("psoriasis", "psoriasis"), "bcc": ("carcinome-basocellulaire", "basal-cell-carcinoma"),
            "acv": ("anticoagulation-FA", "AFib-anticoagulation"), "irc": ("insuffisance-rénale", "CKD"),
            "plaie": ("plaie-post-op", "post-op-wound"), "gdm": ("diabète-gestationnel", "gestational-diabetes")}


# --------------------------------------------------------------------------- 12 subject-only leak
def subject_leak(ctx, i):
    rng = ctx.rng
    lang = ["fr", "fr", "en", "fr", "en"][i % 5]
    o = org(ctx, lang)
    s, s_a = staff(ctx, rng.choice(["rn", "md"]), o, lang)
    r, r_a = staff(ctx, rng.choice(["rn", "md", "coord"]), o, lang)
    c = cond(rng)
    when = ctx.when()
    types = ["patient_name", "diagnosis"]
    if i == 3:
        p = ctx.nam_person()
        extra = " (" + disguise_nam(p["nam"], "card") + ")"
        types.append("ramq_nam")
    else:
        p = ctx.patient()
        extra = ""
    nm = name_variant(p, lang, rng.choice([1, 2, 7, 6]))
    if lang == "fr":
        what = rng.choice([c["fr"], c["fr"] + " – suivi", None])
        if what is None:
            what = lab(rng, c, lang)
            types[1] = "lab_result"
        subj = rng.choice(["RE: Télésurveillance – %s%s – %s", "Suivi virtuel %s%s : %s", "TR: %s%s / %s – rappel?"]) % (
            nm, extra, what)
        body = rng.choice(["Vu, merci. Je l'appelle cet après-midi.", "Ok pour moi.\n\n%s" % s["given"],
                           "Parfait, je m'en occupe.", "Merci, c'est noté dans le dossier."])
    else:
        what = rng.choice([c["en"], None])
        if what is None:
            what = lab(rng, c, lang)
            types[1] = "lab_result"
        subj = rng.choice(["RE: RPM – %s%s – %s", "Virtual f/u %s%s: %s"]) % (nm, extra, what)
        body = rng.choice(["Seen, thanks. Will call this afternoon.", "OK with me.\n%s" % s["given"], "Done."])
    return msg("subject_leak", lang, types, "identity and condition only in the Subject; body is a one-liner",
               subject=subj, date=when, text=body, reply=subj.startswith("RE"), **{"from": s_a, "to": [r_a]})
