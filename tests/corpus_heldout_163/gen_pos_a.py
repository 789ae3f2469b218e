# -*- coding: utf-8 -*-
"""Positive (confidential) templates, part A: referrals, consults, lists, bookings,
transfers, results, discharge, prescriptions, insurer forms."""
import datetime as dt
import html as _h

import gen_common as C
import gen_clinical as K
import gen_docs as D
from gen_ctx import A

PMH_FR = ["césarienne antérieure (2021)", "IMC 36", "tabagisme 5 cig./j", "aucun ATCD significatif",
          "grossesse par FIV", "asthme léger (Ventolin PRN)", "2 fausses couches au 1er trimestre"]
PMH_EN = ["previous C-section (2021)", "BMI 36", "smokes 5 cig/day", "no significant history",
          "IVF pregnancy", "mild asthma (salbutamol PRN)", "two first-trimester losses"]


def ident(x, p, nam=True, style=None):
    """Name + DOB + sex (+ NAM when the patient holds one, else chart number)."""
    style = style or x.pick(["line", "block", "inline"])
    n = x.name(p)
    d = x.dob(p)
    s = x.sexlabel(p)
    if nam and p["holder"]:
        idl = x.t("NAM", "RAMQ") + " " + x.nam(p)
    else:
        idl = x.t("Dossier", "MRN") + " " + x.mrn(p)
    if style == "line":
        return "%s — %s %s — %s — %s" % (n, x.t("DDN", "DOB"), d, s, idl)
    if style == "block":
        return "%s %s\n%s %s\n%s\n%s" % (x.t("Patiente :", "Patient:"), n, x.t("Date de naissance :", "Date of birth:"),
                                          d, s, idl)
    return "%s (%s %s, %s), %s" % (n, x.t("née le", "born"), d, s, idl)


# ---------------------------------------------------------------- P1 referral
def p_referral(x):
    p = x.patient()
    c = x.pick([k for k in K.CONDITIONS if k["key"] in ("dg", "pe", "hta", "anemia", "cholestase", "hg", "rciu", "hypothyro",
                                                          "vhb", "sevrage", "siege", "rh")])
    me, mfm = x.role("fam", "mw", "res"), x.role("ob")
    ga, gp = x.pick(c["ga"]), x.pick(K.GP)
    pmh = x.pick(PMH_FR if x.fr else PMH_EN)
    idt = ident(x, p)
    if x.fr:
        subj = x.pick(["Référence périnatalogie", "Demande de consultation - grossesse à risque",
                       "Réf. GARE : %s" % x.cdx(c, True)])
        text = ("Bonjour %s,\n\nJe vous réfère la patiente suivante :\n%s\n\n%s à %s SA, pour %s.\n"
                "Derniers résultats : %s\nMédication actuelle : %s.\nATCD : %s.\n\n"
                "Merci de la voir d'ici %d jours ; elle est avisée et disponible en après-midi.\n\n%s\n") % (
            C.dr(mfm, "fr"), idt, gp, ga, x.cdx(c), x.clab(c), x.cmed(c), pmh, x.pick([5, 7, 10, 14]), x.sig(me))
    else:
        subj = x.pick(["MFM referral", "High-risk OB referral", "Referral - %s" % x.cdx(c, True)])
        text = ("Hi %s,\n\nReferring the following patient:\n%s\n\n%s at %s weeks with %s.\n"
                "Latest results: %s\nCurrent meds: %s.\nHx: %s.\n\n"
                "Could you see her within %d days? She knows to expect your call.\n\nThanks,\n%s\n") % (
            C.dr(mfm, "en"), idt, gp, ga, x.cdx(c), x.clab(c), x.cmed(c), pmh, x.pick([5, 7, 10, 14]), x.sig(me))
    return x.mail(category="referral", note=x.t("référence en périnatalogie", "MFM referral"),
                  frm=x.who(me), to=[x.who(mfm)], subject=subj, text=text)


# ---------------------------------------------------------------- P2 consult letter in PDF
def p_consult_pdf(x):
    p = x.patient(nam=x.rng.random() < .4)
    c = x.pick(K.CONDITIONS)
    mfm, gp_doc = x.role("ob"), x.role("fam", "mw")
    ga = K.ga_or_pp(c, x.rng, x.fr)
    name_in_file = x.rng.random() < .5
    lines = [x.t("Consultation — médecine fœto-maternelle", "Consultation — maternal-fetal medicine"),
             "%s %s" % (x.t("Patiente :", "Patient:"), x.name(p, "surfirst")),
             "%s %s   %s" % (x.t("DDN :", "DOB:"), x.dob(p), x.sexlabel(p)),
             ]
    if p["holder"]:
        lines.append("NAM : " + x.nam(p, "space") if x.fr else "RAMQ no.: " + x.nam(p, "space"))
    lines += ["%s %s" % (x.t("No dossier :", "Chart no.:"), x.mrn(p)),
              "", "%s %s — %s" % (x.t("Âge gestationnel :", "Gestational age:"), ga, x.cdx(c)),
              x.t("Résultats : ", "Results: ") + x.clab(c),
              x.t("Traitement : ", "Treatment: ") + x.cmed(c),
              x.t("Plan : ", "Plan: ") + x.cplan(c), "", C.dr(mfm, x.lang)]
    data = D.pdf(x.t("Note de consultation", "Consultation note"), lines)
    if name_in_file:
        fn = "consult_%s_%s_%s.pdf" % (C.strip_accents(p["surname"]).replace(" ", ""), p["given"][0],
                                       x.today.strftime("%Y%m%d"))
    else:
        fn = x.t("note_consultation_%s.pdf", "consult_note_%s.pdf") % x.today.strftime("%Y-%m-%d")
    body = x.t("Bonjour,\n\nCi-joint ma note de consultation d'aujourd'hui pour votre patiente. "
               "Je la revois dans 2 semaines.\n\nBonne journée\n",
               "Hello,\n\nPlease find attached today's consultation note for your patient. "
               "I will see her again in two weeks.\n\nBest,\n") + x.sig(mfm)
    return x.mail(category="consult", note=x.t("note de consultation en PDF", "consult note as PDF"),
                  frm=x.who(mfm), to=[x.who(gp_doc)], subject=x.t("Note de consultation MFM", "MFM consult note"),
                  text=body, atts=[A(fn, "application/pdf", data)])


# ---------------------------------------------------------------- P3 birthing-unit census
def p_census(x):
    nurse, dest = x.role("rn", "mw", k=2)
    rows = []
    for room in sorted(x.rng.sample(range(1, 19), x.rng.randrange(4, 7))):
        p = x.patient(nam=False)
        c = x.pick(K.CONDITIONS)
        ga = x.pick([g for g in (c["ga"] or []) if int(g.split("+")[0]) >= 30] or [x.t("PP J%d", "PP d%d") % x.rng.randrange(1, 4)])
        rows.append((str(room), x.name(p, x.pick(["surfirst", "upper", "surfirst"])), x.mrn(p),
                     "%s %s" % (x.pick(K.GP), ga), x.cdx(c, True) + (" — " + x.cmed(c) if x.rng.random() < .5 else "")))
    hdr = [x.t("Ch.", "Rm"), x.t("Nom", "Name"), x.t("Dossier", "MRN"), "G/P AG" if x.fr else "G/P GA",
           x.t("Problème / à faire", "Issue / to do")]
    shift = x.pick([x.t("nuit", "night"), x.t("jour", "day"), x.t("soir", "evening")])
    txt = "\n".join(" | ".join(r) for r in [hdr] + rows)
    intro = x.t("Liste de passation — unité des naissances (%s du %s)\n\n" % (shift, x.date(x.today)),
                "Birthing unit sign-out (%s shift, %s)\n\n" % (shift, x.date(x.today)))
    text = intro + txt + "\n\n" + x.t("Bonne garde !", "Have a quiet one.") + "\n" + C.dr(nurse, x.lang) + "\n"
    html = ("<html><body><p>%s</p><table border=\"1\" cellpadding=\"3\" style=\"border-collapse:collapse\">" % intro.strip()
            + "".join("<tr>" + "".join("<td>%s</td>" % _h.escape(v) for v in r) + "</tr>" for r in [hdr] + rows)
            + "</table><p>%s<br>%s</p></body></html>" % (x.t("Bonne garde !", "Have a quiet one."), C.dr(nurse, x.lang)))
    return x.mail(category="census", note=x.t("liste de passation de l'unité des naissances", "birthing unit sign-out list"),
                  frm=x.who(nurse), to=[x.who(dest)], subject=x.t("Passation %s" % shift, "Sign-out %s" % shift),
                  text=text, html=html, structure=x.pick(["alt", "html"]))


# ---------------------------------------------------------------- P4 booking with ICS
def p_booking_ics(x):
    p = x.patient()
    c = x.pick([k for k in K.CONDITIONS if k["key"] in ("pe", "hta", "dg", "cholestase", "rciu", "siege")])
    doc, clerk = x.role("ob", "res"), x.role("clerk")
    when = dt.datetime.combine(x.days(x.rng.randrange(2, 15)), dt.time(x.pick([7, 8, 13]), 30))
    if c["key"] == "siege":
        proc = x.pick([x.t("Césarienne élective", "Elective C-section"), x.t("Version céphalique externe", "External cephalic version")])
    else:
        proc = x.t("Déclenchement du travail", "Induction of labour")
    n = x.name(p, "surfirst")
    idline = (x.t("NAM ", "RAMQ ") + x.nam(p) + " / " + x.t("DDN ", "DOB ") + x.dob(p) + " / " + x.sexlabel(p)) \
        if p["holder"] else (x.t("Dossier ", "MRN ") + x.mrn(p))
    desc = "%s\n%s\n%s: %s\n%s" % (n, idline, x.t("Indication", "Indication"), x.cdx(c), x.t("Apporter carte RAMQ", "Bring health card"))
    ical = D.ics("book-%s@%s" % (x.today.strftime("%Y%m%d"), C.DOM), when, 120, "%s - %s" % (proc, p["surname"]),
                 x.t("Unité des naissances, salle 3", "Birthing unit, room 3"), desc, C.email_of(doc[0], doc[1]))
    text = x.t("Bonjour %s,\n\nPouvez-vous réserver la salle pour le %s à %s ? Détails dans l'invitation.\n"
               "Patiente : %s — indication : %s.\n\nMerci\n%s\n",
               "Hi %s,\n\nCould you book the room for %s at %s? Details in the invite.\n"
               "Patient: %s — indication: %s.\n\nThanks\n%s\n") % (
        clerk[0], C.day_fr(when.date()) if x.fr else C.day_en(when.date()), when.strftime("%H:%M"), n, x.cdx(c, True),
        x.sig(doc, False))
    return x.mail(category="booking", note=x.t("réservation de salle avec invitation ICS", "procedure booking with ICS invite"),
                  frm=x.who(doc), to=[x.who(clerk)], subject="%s — %s" % (proc, x.date(when.date())),
                  text=text, atts=[A(x.t("reservation.ics", "booking.ics"), "text/calendar", ical, charset="utf-8",
                                     cte=x.pick(["quoted-printable", "base64", "8bit"]))])


# ---------------------------------------------------------------- P5 in-utero transfer
def p_transfer(x):
    p = x.patient()
    c = x.pick([k for k in K.CONDITIONS if k["key"] in ("mpp", "rpm", "pe", "rciu")])
    doc = x.role("ob", "res")
    tert = x.pick(["hgo-ottawa-est.example", "cisss-deuxrives.example"])
    use_ohn = tert.startswith("hgo") and not p["holder"]
    if x.fr:
        body = ("URGENT — Demande de transfert in utero\n\n%s\n%s %s\n\nDx : %s\nSV : FC %d, T 37,%d\n%s\n"
                "Reçu : %s\nAmbulance demandée pour %s. Le mari suivra en voiture.\n\n%s\n") % (
            ident(x, p, nam=True, style="block") if not use_ohn else
            "%s — DDN %s (%s) — carte santé Ontario %s" % (x.name(p), x.dob(p), p["sex"], x.ohn(p)),
            x.pick(K.GP), x.pick(c["ga"]) + " SA", x.cdx(c),
            x.rng.randrange(78, 112), x.rng.randrange(0, 9), x.clab(c), x.cmed(c),
            x.pick(["14 h", "15 h 30", "dès que possible", "22 h"]), x.sig(doc))
    else:
        body = ("URGENT - In-utero transfer request\n\n%s\n%s %s\n\nDx: %s\nVitals: HR %d, T 37.%d\n%s\n"
                "Given: %s\nAmbulance requested for %s. Partner following by car.\n\n%s\n") % (
            ident(x, p, nam=True, style="block") if not use_ohn else
            "%s — DOB %s (%s) — Ontario health card %s" % (x.name(p), x.dob(p), p["sex"], x.ohn(p)),
            x.pick(K.GP), x.pick(c["ga"]) + " wks", x.cdx(c),
            x.rng.randrange(78, 112), x.rng.randrange(0, 9), x.clab(c), x.cmed(c),
            x.pick(["2 pm", "3:30 pm", "ASAP", "10 pm"]), x.sig(doc))
    return x.mail(category="transport", note=x.t("demande de transfert in utero", "in-utero transfer request"),
                  frm=x.who(doc), to=[x.ext("Centralisation des transferts", "Transfer centre", tert)],
                  subject=x.t("URGENT transfert in utero", "URGENT in-utero transfer"), text=body,
                  extra=[("Importance", "high"), ("X-Priority", "1")])


# ---------------------------------------------------------------- P6 lab critical result
def p_lab(x):
    p = x.patient(nam=False)
    doc = x.role("ob", "fam", "mw")
    kind = x.pick(["plaq", "glu", "bili", "hb", "syph", "tsh"])
    if x.fr:
        val = {"plaq": ("plaquettes 64 x10^9/L (ctrl 148 il y a 5 j)", "thrombopénie — HELLP à éliminer"),
               "glu": ("glycémie à jeun 7,4 mmol/L", "diabète gestationnel"),
               "bili": ("ALT 212, AST 180, LDH 690", "HELLP probable"),
               "hb": ("Hb 71 g/L post-partum J1", "anémie sévère post-HPP"),
               "syph": ("RPR réactif 1:32, TPPA positif", "syphilis en grossesse"),
               "tsh": ("TSH 9,4 mUI/L", "hypothyroïdie")}[kind]
        text = ("Bonjour,\n\nValeur critique à signaler pour %s (dossier %s), prélevée ce matin à la clinique prénatale :\n"
                "  %s\nInterprétation suggérée : %s.\nDr de garde avisé par téléphone à %s.\n\n"
                "Laboratoire de biochimie — %s\n") % (x.name(p), x.mrn(p), x.lab(val[0]), x.dx(val[1]),
                                                    x.pick(["10 h 12", "11 h 40", "14 h 05"]), C.ORG_FR)
        subj = x.pick(["Valeur critique", "Résultat critique — clinique prénatale", "Appel résultat critique"])
    else:
        val = {"plaq": ("platelets 64 x10^9/L (148 five days ago)", "thrombocytopenia — rule out HELLP"),
               "glu": ("fasting glucose 7.4 mmol/L", "gestational diabetes"),
               "bili": ("ALT 212, AST 180, LDH 690", "probable HELLP"),
               "hb": ("Hb 71 g/L postpartum day 1", "severe anaemia after PPH"),
               "syph": ("RPR reactive 1:32, TPPA positive", "syphilis in pregnancy"),
               "tsh": ("TSH 9.4 mIU/L", "hypothyroidism")}[kind]
        text = ("Hello,\n\nCritical value for %s (MRN %s), drawn this morning at the prenatal clinic:\n"
                "  %s\nSuggested interpretation: %s.\nOn-call MD notified by phone at %s.\n\n"
                "Core lab — %s\n") % (x.name(p), x.mrn(p), x.lab(val[0]), x.dx(val[1]),
                                     x.pick(["10:12", "11:40", "14:05"]), C.ORG_EN)
        subj = x.pick(["Critical value", "Critical result - prenatal clinic", "Critical lab callback"])
    return x.mail(category="labresult", note=x.t("valeur critique de laboratoire", "critical lab value"),
                  frm=x.ext("Laboratoire", "Core lab", "labo-biomedic.example"), to=[x.who(doc)],
                  subject=subj, text=text)


# ---------------------------------------------------------------- P7 imaging report (PDF) with surname in subject
def p_imaging(x):
    p = x.patient()
    doc = x.role("ob", "fam", "mw")
    ga = x.pick(K.GA[3:11])
    finding = x.pick([
        (x.t("placenta prævia recouvrant", "complete placenta praevia"), None),
        (x.t("RCIU, PFE 1 720 g (< 3e p.)", "FGR, EFW 1720 g (<3rd centile)"), x.t("Doppler ombilical IP 1,58", "UA PI 1.58")),
        (x.t("hydronéphrose fœtale G, bassinet 9 mm", "fetal left pyelectasis, AP diameter 9 mm"), None),
        (x.t("col raccourci 19 mm", "short cervix 19 mm"), None),
        (x.t("polyhydramnios, ILA 27 cm", "polyhydramnios, AFI 27 cm"), None)])
    lines = [x.t("Rapport d'échographie obstétricale", "Obstetric ultrasound report"),
             "%s %s" % (x.t("Nom :", "Name:"), x.name(p, "upper")),
             "%s %s  %s" % (x.t("DDN :", "DOB:"), x.dob(p), x.sexlabel(p))]
    if p["holder"]:
        lines.append("NAM: " + x.nam(p, "plain"))
    lines += [x.t("Dossier : ", "MRN: ") + x.mrn(p), x.t("AG : ", "GA: ") + ga, "",
              x.t("Conclusion : ", "Impression: ") + x.dx(finding[0])]
    if finding[1]:
        lines.append(x.lab(finding[1]))
    lines += ["", x.t("Échographiste : ", "Sonographer: ") + "C. Delgado", x.t("Radiologiste : ", "Radiologist: ") + "Dr K. Mensah"]
    data = D.pdf(x.t("Imagerie Champlain", "Champlain Imaging"), lines)
    text = x.t("Bonjour,\n\nVeuillez trouver le rapport ci-joint. Une copie a été versée au dossier.\n\n"
               "Imagerie Champlain\n555, rue du Marché, Saint-Aurèle — 450-555-0189\n",
               "Hello,\n\nThe report is attached; a copy was filed to the chart.\n\n"
               "Champlain Imaging\n555 Market St, Saint-Aurele — 450-555-0189\n")
    subj = x.t("Rapport écho — %s", "US report — %s") % x.name(p, x.pick(["upper", "surfirst", "full"]))
    fn = x.pick(["rapport_echo.pdf", "US_%s.pdf" % x.today.strftime("%Y%m%d"), "echo_obst_%s.pdf" % x.today.isoformat()])
    return x.mail(category="imaging", note=x.t("rapport d'échographie obstétricale en PDF", "obstetric ultrasound report PDF"),
                  frm=x.ext("Imagerie Champlain", "Champlain Imaging", "imagerie-champlain.example"), to=[x.who(doc)],
                  subject=subj, text=text, atts=[A(fn, "application/pdf", data)])


# ---------------------------------------------------------------- P8 discharge summary (DOCX)
def p_discharge(x):
    p = x.patient()
    b = x.baby(p, x.rng.randrange(2, 4))
    c = x.pick([k for k in K.CONDITIONS if k["key"] in ("pe", "hta", "dg", "hpp", "dpp", "dechirure", "tvp", "rh", "sgb",
                                                          "vhb", "sevrage", "cholestase", "anemia")])
    doc, dest = x.role("ob", "mw", "res"), x.role("fam")
    mode = x.pick([x.t("AVS", "SVD"), x.t("césarienne d'urgence (non-progression)", "emergency C-section (arrest of labour)"),
                   x.t("ventouse (Kiwi)", "vacuum (Kiwi)"), x.t("AVAC réussi", "successful VBAC")])
    paras = [
        "%s %s" % (x.t("Patiente :", "Patient:"), x.name(p, "surfirst")),
        "%s %s — %s" % (x.t("Date de naissance :", "Date of birth:"), x.dob(p), x.sexlabel(p)),
        (x.t("NAM : ", "RAMQ: ") + x.nam(p)) if p["holder"] else (x.t("Dossier : ", "MRN: ") + x.mrn(p)),
        "%s %s — %s" % (x.t("Accouchement :", "Delivery:"), x.date(b["dob"]), mode),
        "%s %s" % (x.t("Complication :", "Complication:"), x.cdx(c)),
        "%s %s" % (x.t("Résultats :", "Results:"), x.clab(c)),
        "%s %s" % (x.t("Médication au congé :", "Discharge meds:"), x.cmed(c)),
        "%s %s, %d g, %s" % (x.t("Nouveau-né :", "Newborn:"), x.bname(b), b["weight"],
                              x.t("allaitement exclusif", "exclusively breastfed")),
        x.t("Suivi : visite postnatale CLSC 24-72 h ; RV 6 sem. avec ", "Follow-up: CLSC home visit 24-72 h; 6-wk visit with ")
        + C.dr(dest, x.lang)]
    if x.rng.random() < .35:
        paras.append(x.t("Psychosocial : ", "Psychosocial: ") + x.social(x.pick(K.SOCIAL_SHORT)[0 if x.fr else 1]))
    data = D.docx_file(x.t("Résumé de congé — obstétrique", "Discharge summary — obstetrics"), paras)
    fn = x.pick([x.t("resume_conge.docx", "discharge_summary.docx"),
                 "%s_%s.docx" % (x.t("Résumé_congé", "Discharge"), C.strip_accents(p["surname"]))])
    text = x.t("Bonjour,\n\nVoici le résumé de congé de votre patiente (accouchée le %s). Merci d'assurer le suivi.\n\n%s\n",
               "Hi,\n\nDischarge summary attached for your patient (delivered %s). Please arrange follow-up.\n\n%s\n") % (
        x.date(b["dob"]), x.sig(doc))
    return x.mail(category="discharge", note=x.t("résumé de congé post-partum en DOCX", "postpartum discharge summary DOCX"),
                  frm=x.who(doc), to=[x.who(dest, "gmf-du-parc.example")],
                  subject=x.t("Résumé de congé", "Discharge summary") + x.pick(["", " - " + p["surname"]]),
                  text=text, atts=[A(fn, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", data,
                                     fname_enc=x.pick([None, "2231", "2047"]))])


# ---------------------------------------------------------------- P9 prescription to pharmacy
def p_prescription(x):
    p = x.patient(nam=x.rng.random() < .5)
    doc = x.role("ob", "fam", "res")
    src = x.pick(["cond", "lact", "pp"])
    if src == "cond":
        c = x.pick([k for k in K.CONDITIONS if k["key"] in K.RX_OK])
        rx = x.cmed(c)
        why = x.cdx(c)
    elif src == "lact":
        lp = x.pick(K.LACT_PAIRS)
        rx = x.med(lp[2] if x.fr else lp[3])
        why = x.dx(lp[0] if x.fr else lp[1])
    else:
        rx = x.med(x.t("ibuprofène 400 mg q6h PRN, acétaminophène 1 g q6h PRN, docusate 100 mg BID",
                       "ibuprofen 400 mg q6h PRN, acetaminophen 1 g q6h PRN, docusate 100 mg BID"))
        why = x.dx(x.t("post-césarienne J3", "post-caesarean day 3"))
    hold = ("NAM " + x.nam(p) + "  ") if p["holder"] else ""
    if x.fr:
        text = ("ORDONNANCE — transmise par courriel sécurisé\n\nPatiente : %s\nDDN : %s  %s\n%sAdresse : %s\nTél. : %s\n\n"
                "Rx : %s\nIndication : %s\nQté : 1 mois, renouvellements : %d\n\n%s\nLicence CMQ %d\n") % (
            x.name(p), x.dob(p), x.sexlabel(p), hold, x.contact(p["address"]), x.contact(p["phone"]), rx, why,
            x.rng.randrange(0, 4), C.dr(doc, "fr"), x.rng.randrange(10000, 99999))
    else:
        text = ("PRESCRIPTION — sent by secure e-mail\n\nPatient: %s\nDOB: %s  %s\n%sAddress: %s\nPhone: %s\n\n"
                "Rx: %s\nIndication: %s\nQty: 1 month, refills: %d\n\n%s\nLicence %d\n") % (
            x.name(p), x.dob(p), x.sexlabel(p), hold, x.contact(p["address"]), x.contact(p["phone"]), rx, why,
            x.rng.randrange(0, 4), C.dr(doc, "en"), x.rng.randrange(10000, 99999))
    return x.mail(category="prescription", note=x.t("ordonnance envoyée à la pharmacie", "prescription to community pharmacy"),
                  frm=x.who(doc), to=[x.ext("Pharmacie Brault", "Brault Pharmacy", "pharmacie-brault.example")],
                  subject=x.pick([x.t("Ordonnance", "Prescription"), "Rx", x.t("Rx — à préparer aujourd'hui", "Rx for pickup today")]),
                  text=text)


# ---------------------------------------------------------------- P10 insurer / benefits form (SIN)
def p_insurer(x):
    p = x.patient(nam=False)
    doc = x.role("ob", "fam")
    c = x.pick([k for k in K.CONDITIONS if k["key"] in ("hg", "pe", "dpp", "mpp", "tvp", "dechirure")])
    edd = x.days(x.rng.randrange(20, 120))
    lines = [x.t("Certificat médical — prestations d'invalidité / retrait du travail", "Attending physician statement — disability benefits"),
             "%s %s" % (x.t("Nom de l'assurée :", "Claimant:"), x.name(p, "full")),
             "%s %s" % (x.t("Date de naissance :", "Date of birth:"), x.dob(p)),
             "%s %s" % (x.t("NAS :", "SIN:"), x.sin(p)),
             "%s %s" % (x.t("Date prévue d'accouchement :", "Expected delivery date:"), x.date(edd)),
             "%s %s" % (x.t("Diagnostic :", "Diagnosis:"), x.cdx(c)),
             "%s %s" % (x.t("Traitement :", "Treatment:"), x.cmed(c)),
             x.t("Arrêt de travail total du %s au %s.", "Totally unable to work from %s to %s.") % (
                 x.date(x.today), x.date(x.days(x.rng.randrange(28, 70)))),
             "", C.dr(doc, x.lang)]
    data = D.pdf(x.t("Formulaire assureur", "Insurer form"), lines)
    insurer = x.pick([("AssurVie Canada", "assurvie-canada.example"), ("RQAP — Services", "rqap-services.example")])
    text = x.t("Bonjour,\n\nVoici le formulaire rempli pour votre réclamation no %d. L'original suit par la poste.\n\n%s\n",
               "Hello,\n\nCompleted form for claim #%d attached. Original to follow by mail.\n\n%s\n") % (
        x.rng.randrange(100000, 999999), x.sig(doc))
    fn = x.pick(["formulaire_%s.pdf" % C.strip_accents(p["surname"]).lower(), "APS_claim.pdf", "certificat_medical.pdf"])
    return x.mail(category="insurer_form", note=x.t("formulaire d'assureur avec NAS", "insurer form with SIN"),
                  frm=x.who(doc), to=[(insurer[0], "reclamations@" + insurer[1])],
                  subject=x.t("Formulaire médical — réclamation", "Medical form - claim"), text=text,
                  atts=[A(fn, "application/pdf", data)])


# ---------------------------------------------------------------- P11 quick note between colleagues
def p_quicknote(x):
    p = x.patient(nam=False)
    a, b = x.role("ob", "rn", "mw", "res", "fam", k=2)
    kind = x.pick(["mastite", "dpp", "rh", "sgb", "hg", "anemia"])
    c = [k for k in K.CONDITIONS if k["key"] == kind][0]
    room = x.rng.randrange(1, 24)
    if x.fr:
        text = x.pick([
            "Salut %s,\npeux-tu passer voir %s à la ch. %d avant 16 h ? %s, je voudrais ton avis. %s\nMerci!\n%s\n",
            "%s — %s (ch. %d) : %s. %s Tu me redis ?\n%s\n",
        ]) % (b[0], x.name(p, x.pick(["lower", "title_sur", "initials", "full"])), room, x.cdx(c), x.clab(c), a[0])
        subj = x.pick(["ch. %d" % room, "petite question", "Avis svp", "%s" % x.name(p, "title_sur")])
    else:
        text = x.pick([
            "Hey %s,\ncould you pop in to see %s in rm %d before 4? %s - want your take. %s\nThanks!\n%s\n",
            "%s — %s (rm %d): %s. %s Let me know?\n%s\n",
        ]) % (b[0], x.name(p, x.pick(["lower", "title_sur", "initials", "full"])), room, x.cdx(c), x.clab(c), a[0])
        subj = x.pick(["rm %d" % room, "quick q", "can you see her?", "%s" % x.name(p, "title_sur")])
    return x.mail(category="note", note=x.t("note rapide entre collègues", "quick note between colleagues"),
                  frm=x.who(a), to=[x.who(b)], subject=subj, text=text)


# ---------------------------------------------------------------- P12 inline forward
def p_forward(x):
    p = x.patient()
    c = x.pick(K.CONDITIONS)
    a, b, cc = x.role("ob", "rn", "mw", "res", "fam", k=3)
    orig_date = x.now - dt.timedelta(hours=x.rng.randrange(2, 40))
    inner = ident(x, p, style=x.pick(["line", "block"])) + "\n" + x.t("Problème : ", "Issue: ") + x.cdx(c) + "\n" \
        + x.clab(c) + "\n" + x.cmed(c)
    if x.fr:
        text = ("Pour ton info, voir ci-dessous. On en parle à la réunion de jeudi.\n\n%s\n\n"
                "---------- Message transféré ----------\nDe : %s <%s>\nDate : %s\nObjet : Suivi clinique prénatale\n"
                "À : %s\n\n%s\n\nMerci de prendre le relais pour les RV de suivi.\n") % (
            a[0], C.dr(cc, "fr"), C.email_of(cc[0], cc[1]), orig_date.strftime("%d/%m/%Y %H:%M"), C.dr(a, "fr"), inner)
        subj = "TR: Suivi clinique prénatale"
    else:
        text = ("FYI, see below. Let's discuss at Thursday's huddle.\n\n%s\n\n"
                "---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: Prenatal clinic follow-up\n"
                "To: %s\n\n%s\n\nPlease take over the follow-up bookings.\n") % (
            a[0], C.dr(cc, "en"), C.email_of(cc[0], cc[1]), orig_date.strftime("%a, %b %d, %Y at %I:%M %p"),
            C.dr(a, "en"), inner)
        subj = "Fwd: Prenatal clinic follow-up"
    return x.mail(category="forward", note=x.t("suivi transféré en ligne", "inline-forwarded follow-up"),
                  frm=x.who(a), to=[x.who(b)], subject=subj, text=text)


# ---------------------------------------------------------------- P13 reply with quoted text
def p_reply(x):
    p = x.patient(nam=False)
    c = x.pick(K.CONDITIONS)
    a, b = x.role("ob", "rn", "mw", "res", "fam", k=2)
    odate = x.now - dt.timedelta(hours=x.rng.randrange(1, 30))
    q = [x.t("Bonjour %s,", "Hi %s,") % a[0], "",
         x.t("Pourrais-tu revoir %s cette semaine ? %s, %s.", "Could you see %s this week? %s, %s.") % (
             x.name(p), x.cdx(c), x.clab(c)),
         x.t("Son numéro de dossier est le %s.", "Her chart number is %s.") % x.mrn(p), "", b[0]]
    quoted = "\n".join("> " + l if l else ">" for l in q)
    if x.fr:
        head = "Le %d %s %d à %s, %s <%s> a écrit :" % (odate.day, C.MOIS[odate.month - 1], odate.year,
                                                        odate.strftime("%H:%M"), C.dr(b, "fr"), C.email_of(b[0], b[1]))
        text = x.pick(["Oui, je la prends jeudi 13 h.", "C'est noté, je lui fais un RV.", "Ok pour moi, ajoutée à ma liste."]) \
            + "\n\n" + a[0] + "\n\n" + head + "\n" + quoted + "\n"
        subj = "RE: " + x.pick(["à revoir cette semaine", "RV svp", "suivi"])
    else:
        head = "On %s, %s <%s> wrote:" % (odate.strftime("%a, %b %d, %Y at %H:%M"), C.dr(b, "en"), C.email_of(b[0], b[1]))
        text = x.pick(["Sure, I'll take her Thursday at 1.", "Noted, booking her now.", "Fine by me - added to my list."]) \
            + "\n\n" + a[0] + "\n\n" + head + "\n" + quoted + "\n"
        subj = "RE: " + x.pick(["see this week?", "booking please", "follow-up"])
    return x.mail(category="reply", note=x.t("réponse avec texte cité", "reply with quoted text"),
                  frm=x.who(a), to=[x.who(b)], subject=subj, text=text,
                  extra=[("In-Reply-To", "<%d.%s@%s>" % (x.rng.randrange(10 ** 8), "q", C.DOM))])


# ---------------------------------------------------------------- P14 newborn follow-up to CLSC
def p_newborn(x):
    p = x.patient(nam=x.rng.random() < .4)
    b = x.baby(p)
    nb = x.pick(K.NEWBORN)
    nurse = x.role("rn", "ped", "ibclc")
    mom = x.name(p)
    if x.fr:
        text = ("Bonjour l'équipe périnatalité,\n\nDemande de visite à domicile pour %s, né(e) le %s (%d g), dossier %s.\n"
                "Mère : %s%s\nAdresse : %s — tél. %s\n\nProblème : %s ; %s.\nTraitement : %s.\n"
                "%sMerci de revoir le poids et l'ictère d'ici 48 h.\n\n%s\n") % (
            x.bname(b), x.date(b["dob"]), b["weight"], x.mrn(b), mom,
            (", DDN %s, %s, NAM %s" % (x.dob(p), x.sexlabel(p), x.nam(p))) if p["holder"] else "",
            x.contact(p["address"]), x.contact(p["phone"]), x.dx(nb["fr"]), x.lab(nb["lab_fr"]), x.med(nb["med_fr"]),
            ("Contexte : " + x.social(x.pick(K.SOCIAL_SHORT)[0]) + ".\n") if x.rng.random() < .4 else "", x.sig(nurse))
        subj = x.pick(["Visite postnatale à domicile", "Suivi NN — priorité 48 h", "Congé précoce - suivi CLSC"])
    else:
        text = ("Hello perinatal team,\n\nHome visit request for %s, born %s (%d g), MRN %s.\n"
                "Mother: %s%s\nAddress: %s — phone %s\n\nIssue: %s; %s.\nTreatment: %s.\n"
                "%sPlease recheck weight and jaundice within 48 h.\n\n%s\n") % (
            x.bname(b), x.date(b["dob"]), b["weight"], x.mrn(b), mom,
            (", DOB %s, %s, RAMQ %s" % (x.dob(p), x.sexlabel(p), x.nam(p))) if p["holder"] else "",
            x.contact(p["address"]), x.contact(p["phone"]), x.dx(nb["en"]), x.lab(nb["lab_en"]), x.med(nb["med_en"]),
            ("Context: " + x.social(x.pick(K.SOCIAL_SHORT)[1]) + ".\n") if x.rng.random() < .4 else "", x.sig(nurse))
        subj = x.pick(["Postnatal home visit", "NB follow-up - 48 h priority", "Early discharge - CLSC follow-up"])
    return x.mail(category="newborn_followup", note=x.t("demande de suivi néonatal au CLSC", "newborn follow-up request to CLSC"),
                  frm=x.who(nurse), to=[x.ext("Périnatalité CLSC", "CLSC perinatal team", "clsc-riviere-noire.example")],
                  subject=subj, text=text)


# ---------------------------------------------------------------- P15 lactation consult note
def p_lactation(x):
    p = x.patient(nam=x.rng.random() < .35)
    b = x.baby(p, x.rng.randrange(3, 30))
    ibclc, doc = x.role("ibclc"), x.role("fam", "ob", "ped")
    lp = x.pick(K.LACT_PAIRS)
    prob, medp = lp[:2], lp[2:]
    wt = b["weight"] - x.rng.randrange(80, 300)
    idp = (" (%s, %s, NAM %s)" % (x.dob(p), x.sexlabel(p), x.nam(p))) if p["holder"] else ""
    if x.fr:
        text = ("Bonjour %s,\n\nJ'ai vu %s%s ce matin avec son bébé de %d jours.\n- %s\n- Poids bébé : %d g (naiss. %d g)\n"
                "- Observation d'une tétée : prise du sein asymétrique à corriger, déglutitions audibles.\n"
                "Pourriez-vous lui prescrire : %s ?\nJe la revois vendredi.\n\n%s\n") % (
            C.dr(doc, "fr"), x.name(p), idp, b["days"], x.dx(prob[0]), wt, b["weight"], x.med(medp[0]), x.sig(ibclc))
        subj = x.pick(["Consultation allaitement", "Allaitement — demande de Rx", "Suivi lactation"])
    else:
        text = ("Hi %s,\n\nI saw %s%s this morning with her %d-day-old.\n- %s\n- Baby weight %d g (birth %d g)\n"
                "- Observed feed: shallow latch, audible swallows once corrected.\n"
                "Could you prescribe: %s?\nSeeing her again Friday.\n\n%s\n") % (
            C.dr(doc, "en"), x.name(p), idp, b["days"], x.dx(prob[1]), wt, b["weight"], x.med(medp[1]), x.sig(ibclc))
        subj = x.pick(["Lactation consult", "Breastfeeding - Rx request", "Lactation follow-up"])
    return x.mail(category="lactation", note=x.t("note de consultation en allaitement", "lactation consultation note"),
                  frm=x.who(ibclc), to=[x.who(doc)], subject=subj, text=text)


TEMPLATES = {
    "referral": p_referral, "consult_pdf": p_consult_pdf, "census": p_census, "booking_ics": p_booking_ics,
    "transfer": p_transfer, "lab": p_lab, "imaging": p_imaging, "discharge": p_discharge,
    "prescription": p_prescription, "insurer": p_insurer, "quicknote": p_quicknote, "forward": p_forward,
    "reply": p_reply, "newborn": p_newborn, "lactation": p_lactation,
}
