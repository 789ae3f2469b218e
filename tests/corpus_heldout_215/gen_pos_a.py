# -*- coding: utf-8 -*-
"""Positive templates, part A: referrals, consults, lists, bookings, transport, results."""
import datetime as dt

import gen_attach as A
import gen_clin as K
import gen_common as C
from gen_build import signature, html_table, text_table, text_to_html
from gen_pos_common import (EXT, nam_block, nam_fields, mrn, mrn_label, dx, med, lab, plan,
                            contact, greet, case_for, ext_sig)

CLINIC_BOX = "spsc.accueil@" + C.DOMAIN


def t_referral(x):
    r, L = x.r, x.L
    p = x.P.nam_patient(lo=18)
    c = case_for(r, p)
    doc = x.staff()
    m = x.msg("referral", L("demande de consultation d'un GMF", "referral from a family medicine clinic"))
    m.frm = (C.dr(doc, x.lang), C.staff_email(doc, EXT["gmf"]))
    m.to = [(L("Accueil SPSC", "WOC clinic intake"), CLINIC_BOX)]
    m.subject = r.choice(L(["Demande de consultation - soins de plaies", "Référence en stomothérapie",
                            "Nouvelle demande SPSC", "Consultation SPSC - semi-urgent"],
                           ["Referral - wound clinic", "New referral for the WOC nurse",
                            "Consult request - WOC", "Referral (semi-urgent)"]))
    ident = nam_block(m, p, r)
    d, det = dx(m, c), dx(m, c, "detail")
    md = med(m, c) if r.random() < 0.7 else None
    ph = contact(m, r, with_addr=False)[0] if r.random() < 0.5 else None
    info = [L("Motif : ", "Reason: ") + d, L("Évaluation : ", "Findings: ") + det]
    if md:
        info.append(L("Médication actuelle : ", "Current meds: ") + md)
    if ph:
        info.append(L("Tél. domicile : ", "Home phone: ") + ph)
    sig = ext_sig(doc, L("GMF du Lac-Brunelle", "Lac-Brunelle family medicine group"), "450 555-0131", x.lang,
                  C.dr(doc, x.lang))
    if r.random() < 0.45:
        pdf = A.make_pdf(L("Demande de consultation - Clinique SPSC", "Consultation request - WOC clinic"),
                         ident.split("\n") + [""] + info +
                         ["", L("Priorité : P3 (14 jours)", "Priority: P3 (14 days)"), "",
                          L("Médecin référent : ", "Referring physician: ") + C.dr(doc, x.lang)],
                         header=L("GMF du Lac-Brunelle - télécopieur 450 555-0132", "Lac-Brunelle FMG - fax 450 555-0132"))
        fn = r.choice(["demande_consult_SPSC.pdf", "Référence_%s.pdf" % p.surname.upper(),
                       "consult_%s_%s.pdf" % (p.surname.lower(), p.dob.year)])
        if fn.startswith("consult_") or fn.startswith("R"):
            m.add("patient_name")
        m.attach(pdf, "application/pdf", fn)
        m.text = "\n".join([greet(m), "", L("Vous trouverez ci-joint une demande de consultation pour %s (%s)."
                                            % (p.title("fr") + " " + p.surname, K.pick(c, "short", "fr")),
                                            "Please find attached a referral for %s (%s)."
                                            % (p.title("en") + " " + p.surname, K.pick(c, "short", "en"))),
                            L("Merci de me confirmer la date du rendez-vous.", "Kindly confirm the appointment date."),
                            "", sig])
    else:
        m.text = "\n".join([greet(m), "", L("Je vous réfère cette personne pour évaluation et suivi :",
                                            "I am referring this patient for assessment and follow-up:"),
                            "", ident, ""] + info +
                           ["", L("Priorité : semi-urgente (2 semaines).", "Priority: semi-urgent (2 weeks)."),
                            L("Merci de votre collaboration.", "Thank you."), "", sig])
    return m


def t_consult(x):
    r, L = x.r, x.L
    p = x.P.patient(r, 30, 90)
    c = case_for(r, p)
    nurse, surg = x.staff("F"), x.staff()
    m = x.msg("consult", L("note de consultation stomothérapie au chirurgien", "WOC consult note to surgeon"))
    m.frm = (nurse.full, C.staff_email(nurse))
    m.to = [(C.dr(surg, x.lang), C.staff_email(surg))]
    style = r.choice(["upper_comma", "surname_upper", "title_full", "comma"])
    name = p.form(style, x.lang)
    m.add("patient_name")
    mr = mrn(m, r)
    lbl = mrn_label(m, r)
    d, det, pl = dx(m, c), dx(m, c, "detail"), plan(m, c)
    lb = lab(m, c) if r.random() < 0.6 else None
    md = med(m, c) if r.random() < 0.5 else None
    m.subject = r.choice(L(["Consultation SPSC - %s" % p.surname.upper(), "Note stomo ch. %d" % r.randint(2101, 4420),
                            "Suivi consultation plaie"],
                           ["WOC consult - %s" % p.surname, "NSWOC note, room %d" % r.randint(2101, 4420),
                            "Wound consult follow-up"]))
    if m.subject.endswith(p.surname.upper()) or m.subject.endswith(p.surname):
        m.add("patient_name")
    body = [L("Bonjour %s," % C.dr_short(surg, "fr"), "Dear %s," % C.dr_short(surg, "en")), "",
            L("J'ai vu %s ce matin." % C.gx(p, "votre patiente", "votre patient"), "I saw your patient this morning."), "",
            "%s - %s %s" % (name, lbl, mr),
            "A/ " + d, "   " + det]
    if lb:
        body.append(L("Labos : ", "Labs: ") + lb)
    if md:
        body.append("Rx : " + md)
    body += ["P/ " + pl, L("Je %s revois jeudi." % C.gx(p, "la", "le"), "Will reassess Thursday."), "",
             signature(nurse, x.lang, K.role("nswoc", nurse, x.lang), site=r.randint(0, 1), confid=r.random() < 0.5)]
    m.text = "\n".join(body)
    if r.random() < 0.4:
        doc = A.make_docx(L("Note de consultation - SPSC", "Consultation note - WOC"),
                          ["%s   %s %s" % (name, lbl, mr), "## " + L("Évaluation", "Assessment"), d, det,
                           "## " + L("Plan", "Plan"), pl] + ([lb] if lb else []), author=nurse.full)
        m.attach(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "Note_SPSC_%s.docx" % C.fold(p.surname).replace("'", "").upper())
    return m


def _roster(x, m, n, with_mrn=True):
    r = x.r
    rows = []
    for _ in range(n):
        p = x.P.patient(r, 35, 95)
        c = case_for(r, p)
        room = "%d%s" % (r.randint(2101, 4430), r.choice(["", "", "-A", "-B"]))
        nm = p.form(r.choice(["upper_comma", "initials", "surname_upper", "comma"]), x.lang)
        row = [room, nm]
        if with_mrn:
            row.append(mrn(m, r, r.choice(["plain", "spaced", "H"])))
        row.append(K.pick(c, "short", x.lang))
        rows.append(row)
    m.add("patient_name", "diagnosis")
    return rows


def t_census(x):
    r, L = x.r, x.L
    nurse = x.staff("F")
    m = x.msg("census", L("liste hebdomadaire des patients hospitalisés suivis", "weekly list of inpatients followed"))
    m.frm = (nurse.full, C.staff_email(nurse))
    m.to = [(L("Équipe SPSC", "WOC team"), "equipe.spsc@" + C.DOMAIN)]
    wk = r.randint(2, 50)
    m.subject = L("Liste des suivis SPSC - semaine %d" % wk, "WOC follow-up list - week %d" % wk)
    head = [L("Ch.", "Room"), L("Nom", "Name"), L("Dossier", "MRN"), L("Problème", "Problem")]
    rows = _roster(x, m, r.randint(5, 9))
    mode = r.choice(["html", "xlsx", "csv"])
    intro = L("Voici la liste à jour pour la semaine. Les nouveaux sont en fin de liste.",
              "Here is this week's updated list. New patients are at the bottom.")
    sig = signature(nurse, x.lang, K.role("nswoc", nurse, x.lang), site=0)
    if mode == "html":
        m.text = "\n".join([greet(m), "", intro, "", text_table([head] + rows), "", sig])
        m.html = ("<html><body><p>%s</p><p>%s</p>\n%s\n<p>%s</p></body></html>\n"
                  % (greet(m), intro, html_table([head] + rows), sig.replace("\n", "<br>")))
        m.tx["body"] = r.choice(["alt", "html"])
    elif mode == "xlsx":
        data = A.make_xlsx([(L("Suivis", "Follow-ups"), [head] + rows)], author=nurse.full)
        m.attach(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 L("Liste_suivis_SPSC_sem%02d.xlsx" % wk, "WOC_followups_wk%02d.xlsx" % wk))
        m.text = "\n".join([greet(m), "", intro, L("(fichier Excel ci-joint)", "(Excel file attached)"), "", sig])
    else:
        data = A.make_csv([head] + rows, sep=r.choice([",", ";"]))
        m.attach(data, "text/csv", L("suivis_sem%02d.csv" % wk, "followups_wk%02d.csv" % wk), text_charset="utf-8")
        m.text = "\n".join([greet(m), "", intro, "", sig])
    return m


def t_booking(x):
    r, L = x.r, x.L
    clerk = x.staff("F")
    m = x.msg("booking", L("confirmation de rendez-vous", "appointment confirmation"))
    when = dt.datetime.combine(x.date.date() + dt.timedelta(days=r.randint(5, 30)),
                               dt.time(r.choice([8, 9, 10, 13, 14]), r.choice([0, 15, 30, 45])))
    site, adr = C.SITES[r.randint(0, 1)]
    direct = r.random() < 0.5
    if direct:
        p = x.P.patient(r, 25, 85)
        c = case_for(r, p)
        mail = C.fold(p.given[0] + p.surname).replace(" ", "").replace("'", "") + "%d@courriel.example" % r.randint(1, 99)
        m.to = [(p.full, mail)]
        m.add("patient_name")
        short = dx(m, c, "short")
        txt = [L("Bonjour %s %s," % (p.title("fr"), p.surname), "Dear %s %s," % (p.title("en"), p.surname)), "",
               L("Nous confirmons votre rendez-vous à la clinique de stomothérapie (SPSC) le %s à %s, %s."
                 % (C.fmt_date(when.date(), "fr_long"), when.strftime("%H h %M"), site),
                 "This confirms your appointment at the WOC clinic on %s at %s, %s."
                 % (C.fmt_date(when.date(), "en_long"), when.strftime("%I:%M %p"), site)),
               L("Motif : suivi - %s." % short, "Reason: follow-up - %s." % short),
               L("Apportez deux appareillages complets et la liste de vos médicaments.",
                 "Please bring two complete pouching systems and your medication list.")]
        ident_line = p.full
    else:
        p = x.P.nam_patient(lo=18)
        c = case_for(r, p)
        nurse = x.staff("F")
        m.to = [(nurse.full, C.staff_email(nurse))]
        ident = nam_block(m, p, r, layout=r.choice(["lines", "pipe"]))
        d = dx(m, c)
        txt = [greet(m, nurse), "", L("RV fixé pour :", "Booked:"), ident,
               L("Date : %s %s" % (C.fmt_date(when.date(), "iso"), when.strftime("%H:%M")),
                 "Date: %s %s" % (C.fmt_date(when.date(), "iso"), when.strftime("%H:%M"))),
               L("Motif : ", "Reason: ") + d]
        ident_line = p.full
    m.frm = (clerk.full, C.staff_email(clerk))
    m.subject = r.choice(L(["Confirmation de rendez-vous SPSC", "RV clinique stomo", "Rendez-vous - %s" % C.fmt_date(when.date(), "iso")],
                           ["WOC appointment confirmation", "Clinic appointment", "Appointment - %s" % C.fmt_date(when.date(), "iso")]))
    txt += ["", signature(clerk, x.lang, K.role("clerk", clerk, x.lang), site=0)]
    m.text = "\n".join(txt)
    if r.random() < 0.6:
        ics = A.make_ics("spsc-%s-%d@%s" % (x.tag, r.randint(1000, 9999), C.DOMAIN), when, when + dt.timedelta(minutes=45),
                         L("SPSC - %s - %s" % (ident_line, K.pick(c, "short", "fr")), "WOC - %s - %s" % (ident_line, K.pick(c, "short", "en"))),
                         L("Suivi stomothérapie. ", "NSWOC follow-up. ") + K.pick(c, "dx", x.lang),
                         "%s, %s" % (site, adr), (clerk.full, C.staff_email(clerk)), [(n, a) for n, a in m.to])
        m.add("patient_name", "diagnosis")
        m.attach(ics, "text/calendar; method=REQUEST", "invite.ics", text_charset="utf-8")
    return m


def t_transport(x):
    r, L = x.r, x.L
    p = x.P.patient(r, 55, 95)
    c = case_for(r, p, ["pressure", "dfu", "arterial", "venous", "dehiscence", "hernia"])
    clerk = x.staff()
    m = x.msg("transport", L("demande de transport adapté pour un rendez-vous", "adapted transport request for an appointment"))
    m.frm = (clerk.full, C.staff_email(clerk))
    m.to = [(L("Transport adapté VDH", "VDH adapted transport"), "reservations@" + EXT["transport"])]
    m.subject = L("Demande de transport - %s" % p.form("upper_comma", "fr"), "Transport request - %s" % p.form("comma", "en"))
    m.add("patient_name")
    adr, ph = contact(m, r)
    when = x.date.date() + dt.timedelta(days=r.randint(3, 20))
    d = dx(m, c)
    dob = C.fmt_date(p.dob, "dmy")
    m.add("date_of_birth")
    rows = [(L("Usager", "Client"), p.full), (L("Date de naissance", "Date of birth"), dob),
            (L("Adresse", "Address"), adr), (L("Téléphone", "Phone"), ph),
            (L("Rendez-vous", "Appointment"), "%s 10:30 - %s" % (C.fmt_date(when, "iso"), C.SITES[0][0])),
            (L("Mobilité", "Mobility"), r.choice(L(["fauteuil roulant", "civière", "marchette"], ["wheelchair", "stretcher", "walker"]))),
            (L("Raison médicale", "Medical reason"), d)]
    m.text = "\n".join([greet(m), "", L("Merci de prévoir un transport aller-retour :", "Please arrange a return trip:"), ""] +
                       ["%s : %s" % kv if x.lang == "fr" else "%s: %s" % kv for kv in rows] +
                       ["", L("Ne peut pas porter de chaussure au pied atteint." if c["kind"] in ("dfu", "arterial") else "Accompagnateur : non.",
                              "Cannot wear a shoe on the affected foot." if c["kind"] in ("dfu", "arterial") else "Escort: no."),
                        "", signature(clerk, x.lang, K.role("clerk", clerk, x.lang), site=1)])
    return m


def t_lab(x):
    r, L = x.r, x.L
    p = x.P.patient(r, 30, 90)
    c = case_for(r, p, ["dfu", "dehiscence", "urostomy", "pressure", "ileo_high", "arterial", "retention", "fistula"])
    nurse, md_ = x.staff("F"), x.staff()
    m = x.msg("lab_followup", L("suivi de résultat de laboratoire", "lab result follow-up"))
    m.frm = (nurse.full, C.staff_email(nurse))
    m.to = [(C.dr(md_, x.lang), C.staff_email(md_))]
    nm = p.form(r.choice(["initials", "title", "comma", "lower"]), x.lang)
    m.add("patient_name")
    mr = mrn(m, r)
    lb = lab(m, c)
    if not lb:
        c = K.case(r, "dehiscence")
        lb = lab(m, c)
    d = dx(m, c)
    m.subject = r.choice(L(["Résultat - %s" % nm, "Labo à revoir", "Culture plaie - dossier %s" % mr],
                           ["Result - %s" % nm, "Lab to review", "Wound culture - MRN %s" % mr]))
    md2 = med(m, c)
    m.text = "\n".join([L("Bonjour %s," % C.dr_short(md_, "fr"), "Hi %s," % C.dr_short(md_, "en")), "",
                        L("Résultats reçus pour %s (%s %s) :" % (nm, mrn_label(m, r), mr),
                          "Results in for %s (%s %s):" % (nm, mrn_label(m, r), mr)),
                        "  " + lb, "", L("Contexte : ", "Context: ") + d,
                        L("Suggestion : %s - à confirmer SVP." % md2 if md2 else "Pouvez-vous réviser le plan?",
                          "Suggest: %s - please confirm." % md2 if md2 else "Could you review the plan?"),
                        "", signature(nurse, x.lang, K.role("nswoc", nurse, x.lang), site=r.randint(0, 1))])
    return m


IMAGING = {
    "dfu": ("Rx pied D : érosion corticale de la tête du 1er métatarsien, compatible avec ostéomyélite.",
            "R foot X-ray: cortical erosion of the 1st metatarsal head, consistent with osteomyelitis."),
    "arterial": ("Doppler artériel MID : sténose de 80 % de l'artère fémorale superficielle, occlusion tibiale.",
                 "Lower-limb arterial duplex: 80% SFA stenosis, tibial occlusion."),
    "fistula": ("TDM abdo : trajet fistuleux iléo-cutané, collection de 3 cm adjacente.",
                "CT abdomen: ileocutaneous fistula tract, adjacent 3 cm collection."),
    "hernia": ("TDM : hernie parastomiale de 6 cm contenant du grêle, sans signe d'incarcération.",
               "CT: 6 cm parastomal hernia containing small bowel, no sign of incarceration."),
    "dehiscence": ("Échographie paroi : collection sous-cutanée 4 x 2 cm.",
                   "Abdominal wall ultrasound: 4 x 2 cm subcutaneous collection."),
}


def t_imaging(x):
    r, L = x.r, x.L
    kind = r.choice(sorted(IMAGING))
    p = x.P.patient(r, 40, 90)
    c = K.case(r, kind)
    nurse, md_ = x.staff(), x.staff()
    m = x.msg("imaging", L("résultat d'imagerie transmis", "imaging result passed on"))
    m.frm = (C.dr(md_, x.lang), C.staff_email(md_))
    m.to = [(nurse.full, C.staff_email(nurse))]
    m.add("patient_name", "lab_result", "diagnosis")
    mr = mrn(m, r)
    nm = p.form(r.choice(["full", "surname_upper", "title_full"]), x.lang)
    res = IMAGING[kind][0 if x.lang == "fr" else 1]
    m.subject = r.choice(L(["Imagerie %s" % p.surname, "Rx/TDM - suivi SPSC", "résultat imagerie"],
                           ["Imaging - %s" % p.surname, "Imaging result for your patient", "imaging back"]))
    txt = [greet(m, nurse, True), "", L("Pour %s (%s), le résultat est sorti :" % (nm, mr), "For %s (%s), the report is out:" % (nm, mr)),
           "", "  " + res, "", L("Dx : ", "Dx: ") + dx(m, c),
           L("On en discute à la réunion de mardi; d'ici là, poursuivre le plan actuel (%s)." % plan(m, c),
             "Let's discuss Tuesday; meanwhile continue current plan (%s)." % plan(m, c)),
           "", C.dr(md_, x.lang)]
    m.text = "\n".join(txt)
    return m


def t_discharge(x):
    r, L = x.r, x.L
    p = x.P.nam_patient(lo=18)
    c = case_for(r, p, ["ileo_high", "colo_peri", "urostomy", "dehiscence", "retracted", "fistula", "pressure"])
    nurse = x.staff("F")
    m = x.msg("discharge", L("résumé de départ vers le soutien à domicile", "discharge summary to home care"))
    m.frm = (nurse.full, C.staff_email(nurse))
    m.to = [(L("Guichet SAD - CLSC des Quatre-Vents", "Home care intake - CLSC des Quatre-Vents"), "guichet.sad@" + EXT["clsc"])]
    ident = nam_block(m, p, r, layout="form")
    adr, ph = contact(m, r)
    d, det, pl = dx(m, c), dx(m, c, "detail"), plan(m, c)
    md = med(m, c)
    lines = ident.split("\n") + [L("Adresse : ", "Address: ") + adr, L("Téléphone : ", "Phone: ") + ph, "",
                                 "## " + L("Diagnostic", "Diagnosis"), d, det, "## " + L("Plan de soins", "Care plan"), pl]
    if md:
        lines += ["## " + L("Médication", "Medication"), md]
    lines += ["", L("Congé prévu le ", "Discharge date: ") + C.fmt_date(x.date.date() + dt.timedelta(days=1), "iso"),
              L("Première visite SAD souhaitée dans les 48 h.", "First home visit requested within 48 h.")]
    pdf = A.make_pdf(L("Résumé de départ - soins de plaies / stomie", "Discharge summary - wound / ostomy care"), lines,
                     header="%s - %s" % (C.ORG_FR, C.SITES[0][0]), footer=L("Confidentiel", "Confidential"))
    fn = r.choice(["Resume_depart_%s.pdf" % C.fold(p.surname).capitalize(), "résumé_départ_SPSC.pdf",
                   "discharge_%s_%s.pdf" % (p.surname.upper(), p.given[0])])
    if p.surname.upper() in fn or C.fold(p.surname).capitalize() in fn:
        m.add("patient_name")
    m.attach(pdf, "application/pdf", fn)
    m.subject = r.choice(L(["Congé - suivi SAD requis", "Résumé de départ SPSC", "Demande de services SAD - stomie"],
                           ["Discharge - home care follow-up needed", "WOC discharge summary", "Home care request - ostomy"]))
    m.text = "\n".join([greet(m), "", L("Ci-joint le résumé de départ pour %s qui quitte demain avec %s."
                                        % (C.gx(p, "une usagère", "un usager"), K.pick(c, "short", "fr")),
                                        "Attached is the discharge summary for a patient going home tomorrow with %s."
                                        % K.pick(c, "short", "en")),
                        L("N'hésitez pas à m'appeler pour l'enseignement.", "Call me about the teaching plan if needed."),
                        "", signature(nurse, x.lang, K.role("nswoc", nurse, x.lang), site=0, confid=True)])
    return m


def t_pharmacy(x):
    r, L = x.r, x.L
    p = x.P.nam_patient(lo=18)
    c = case_for(r, p, ["dfu", "colo_peri", "iad", "oab", "ileo_high", "hs", "retention", "urostomy"])
    md_ = x.staff()
    m = x.msg("prescription", L("ordonnance transmise à une pharmacie communautaire", "prescription sent to a community pharmacy"))
    m.frm = (C.dr(md_, x.lang), C.staff_email(md_))
    m.to = [(L("Pharmacie du Cormoran", "Cormoran Pharmacy"), "ordonnances@" + EXT["pharm"])]
    ident = nam_block(m, p, r, layout=r.choice(["lines", "form"]))
    md = med(m, c)
    if not md:
        c = K.case(r, "colo_peri")
        md = med(m, c)
    d = dx(m, c)
    ph = contact(m, r, with_addr=False)[0]
    m.subject = r.choice(L(["Ordonnance", "Rx - SPSC", "Ordonnance à exécuter"], ["Prescription", "Rx from WOC clinic", "New Rx"]))
    body = [greet(m), "", L("Ordonnance pour :", "Prescription for:"), ident, L("Tél. : ", "Phone: ") + ph, "",
            "Rx : " + md, L("Indication : ", "Indication: ") + d,
            L("Renouvellements : 2", "Refills: 2"), "",
            C.dr(md_, x.lang) + L(", permis 1-%05d" % r.randint(10000, 99999), ", licence 1-%05d" % r.randint(10000, 99999)),
            signature(md_, x.lang, K.role("md", md_, x.lang), site=0)]
    m.text = "\n".join(body)
    return m


def t_supplies(x):
    r, L = x.r, x.L
    use_nam = r.random() < 0.5
    p = x.P.nam_patient(lo=18) if use_nam else x.P.patient(r, 30, 88)
    c = K.case(r, r.choice(["ileo_high", "colo_peri", "urostomy", "hernia", "retracted"]))
    nurse = x.staff("F")
    m = x.msg("supplies_order", L("commande de matériel de stomie pour un patient", "patient ostomy supply order"))
    m.frm = (nurse.full, C.staff_email(nurse))
    m.to = [(L("Service à la clientèle StomaPlus", "StomaPlus customer service"), "commandes@" + EXT["supplier"])]
    adr, ph = contact(m, r)
    if use_nam:
        f = nam_fields(m, p, r)
        who = ["%s : %s" % (L("Client", "Client"), f["name"]), L("DDN : ", "DOB: ") + f["dob"] + "  " + L("Sexe : ", "Sex: ") + f["sex"],
               L("NAM (programme des appareils) : ", "RAMQ (ostomy program): ") + f["nam"]]
    else:
        m.add("patient_name")
        who = ["%s : %s" % (L("Client", "Client"), p.form("title_full", x.lang))]
    d = dx(m, c)
    codes = [("SP-%05d" % r.randint(10000, 99999), L("plaque convexe 1 pièce", "1-piece convex flange"), 30),
             ("SP-%05d" % r.randint(10000, 99999), L("anneau moulable", "mouldable ring"), 30),
             ("SP-%05d" % r.randint(10000, 99999), L("ceinture", "belt"), 1)]
    lines = [greet(m), "", L("Nouvelle commande à livrer à domicile :", "New order for home delivery:"), ""] + who + \
            [L("Adresse de livraison : ", "Ship to: ") + adr, L("Tél. : ", "Phone: ") + ph,
             L("Type de stomie : ", "Stoma type: ") + d, ""] + \
            ["%s  %s  x%d" % cd for cd in codes] + \
            ["", L("Facturer au programme d'aide.", "Bill the assistance program."), "",
             signature(nurse, x.lang, K.role("nswoc", nurse, x.lang), site=r.randint(0, 2))]
    m.subject = r.choice(L(["Commande - livraison à domicile", "Commande stomie", "Bon de commande client"],
                           ["Order - home delivery", "Ostomy order", "Client order"]))
    m.text = "\n".join(lines)
    return m


def t_quicknote(x):
    r, L = x.r, x.L
    p = x.P.patient(r, 40, 95)
    c = case_for(r, p)
    a, b = x.staff(), x.staff()
    m = x.msg("colleague_note", L("note rapide entre collègues", "quick note between colleagues"))
    m.frm = (a.full, C.staff_email(a))
    m.to = [(b.full, C.staff_email(b))]
    room = r.randint(2101, 4430)
    who = r.choice([p.form("title", x.lang), p.form("lower", x.lang), p.form("initials", x.lang), p.form("surname_upper", x.lang),
                    p.form("given", x.lang)])
    m.add("patient_name")
    short = dx(m, c, "short")
    det = dx(m, c, "detail")
    m.subject = r.choice(L(["petite question", "ch. %d" % room, "peux-tu passer?", "stp vérifier"],
                           ["quick one", "room %d" % room, "can you swing by?", "pls check"]))
    opts = L(["Salut %s, peux-tu passer voir %s au %d cet aprèm? %s, %s. L'équipe trouve que ça se détériore.",
              "%s - %s (ch. %d) : %s. %s. Je suis en formation, peux-tu faire le pansement?",
              "Allo %s! %s au %d, %s - %s. Merci!!"],
             ["Hi %s, could you see %s in %d this afternoon? %s, %s. Team thinks it's getting worse.",
              "%s - %s (rm %d): %s. %s. I'm at training, can you do the dressing?",
              "Hey %s! %s in %d, %s - %s. Thx!!"])
    t = r.choice(opts)
    m.text = t % (b.given, who, room, short, det) + "\n\n" + a.given
    m.tx["body"] = r.choice(["plain", "html"])
    return m


POS_A = [t_referral, t_consult, t_census, t_booking, t_transport, t_lab, t_imaging, t_discharge,
         t_pharmacy, t_supplies, t_quicknote]
