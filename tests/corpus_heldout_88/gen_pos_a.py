"""Confidential messages, part A: oxygen requests, sleep lab, PFT lab,
home-ventilation hand-overs, therapists' notes, subject/file-name leaks."""
import datetime

from gen_attach import make_csv, make_docx, make_ics, make_pdf, make_xlsx
from gen_base import (Msg, closing, dr_addr, greet, later, msg_date, person_addr,
                      signature, with_quote)
from gen_clin import (DEVICE_MODELS, MASKS, MASKS_EN, abg, cpap_download, dx, med, pft,
                      psg, vent_settings)
from gen_util import (ORGS, disguise_nam, dr, email_of, fdate, pname, title)


def ne(p):
    return "née" if p["sex"] == "F" else "né"


def il(p):
    return "Elle" if p["sex"] == "F" else "Il"


def nam_str(rng, p):
    return disguise_nam(rng, p["nam"])


# ------------------------------------------------------------------ 1
def o2_request(ctx, rng, lang):
    m = Msg(lang, "o2_request", "home oxygen request with NAM, ABG and COPD")
    p = ctx.nam_holder(rng, 50)
    st = ctx.staff(rng, lang, "rt")
    d = ctx.doctor(rng)
    date = msg_date(rng)
    dxk = rng.choice(["copd_sev", "copd_vsev", "ipf", "copd"])
    gas = abg(rng, lang)
    lpm = rng.choice([1, 1.5, 2, 2.5, 3])
    model = rng.choice(["EverFlo 5 L", "Perfecto2 V", "Platinum 10"])
    m.nam(p)
    m.t("patient_name", "date_of_birth", "diagnosis", "lab_result")
    nm = pname(rng, p, lang)
    if lang == "fr":
        subj = rng.choice(["Demande O2 domicile - signature requise", "POD : dossier complet à signer",
                           "Oxygénothérapie à domicile — ordonnance"])
        body = "%s\n\n" % greet(rng, lang, dr(d, "fr"))
        body += ("Le dossier de demande d'oxygénothérapie à domicile de %s (NAM %s, %s le %s) est maintenant complet.\n\n"
                 % (nm, nam_str(rng, p), ne(p), fdate(rng, p["dob"], lang)))
        body += "Diagnostic principal : %s\n%s\n" % (dx(dxk, lang), gas)
        body += ("Test de marche de 6 min : désaturation à %d %% après %d m, récupération lente.\n\n"
                 % (rng.randint(80, 87), rng.randint(120, 380)))
        body += ("Le patient répond aux critères du programme. Nous proposons un concentrateur %s à %s L/min "
                 "24 h/24 avec lunette nasale, et une bouteille portative pour les sorties.\n\n" % (model, str(lpm).replace(".", ",")))
        if rng.random() < 0.5:
            body += ("%s habite au %s, %s; la livraison est prévue dès réception de l'ordonnance signée. "
                     "Téléphone à la maison : %s.\n\n" % (il(p), p["street"], p["city"], p["phone"]))
            m.t("patient_contact")
        body += "Pouvez-vous signer l'ordonnance jointe et nous la retourner par télécopieur ou par courriel?\n\n"
        body += closing(rng, lang) + "\n" + signature(rng, st, lang)
    else:
        subj = rng.choice(["Home O2 application - signature needed", "Home oxygen program: file ready to sign"])
        body = "%s\n\n" % greet(rng, lang, dr(d, "en"))
        body += ("The home oxygen application for %s (RAMQ %s, DOB %s) is now complete.\n\n"
                 % (nm, nam_str(rng, p), fdate(rng, p["dob"], lang)))
        body += "Primary diagnosis: %s\n%s\n" % (dx(dxk, lang), gas)
        body += ("6-minute walk: desaturation to %d%% after %d m.\n\n" % (rng.randint(80, 87), rng.randint(120, 380)))
        body += ("Meets program criteria. We propose a %s concentrator at %s L/min continuous plus a portable "
                 "cylinder for outings.\n\n" % (model, lpm))
        if rng.random() < 0.5:
            body += "Home address for delivery: %s, %s %s. Phone %s.\n\n" % (p["street"], p["city"], p["postal"], p["phone"])
            m.t("patient_contact")
        body += "Could you sign the attached prescription and send it back?\n\n"
        body += closing(rng, lang) + "\n" + signature(rng, st, lang)
    blank = make_pdf([("h1", "Ordonnance - oxygénothérapie à domicile" if lang == "fr" else "Home oxygen prescription"),
                      "Débit : ______ L/min    Heures/jour : ______" if lang == "fr" else "Flow: ______ L/min    Hours/day: ______",
                      "Signature du médecin : ____________________" if lang == "fr" else "Physician signature: ____________________"],
                     compress=rng.random() < 0.5)
    m.attach(blank, "application/pdf", "ordonnance_O2_vierge.pdf" if lang == "fr" else "O2_prescription_blank.pdf")
    return m.done(person_addr(st, "hsa.example"), [dr_addr(d)], subj, body, date=date)


# ------------------------------------------------------------------ 2
def psg_report_pdf(ctx, rng, lang):
    m = Msg(lang, "psg_report", "polysomnography report PDF")
    use_nam = rng.random() < 0.5
    p = ctx.nam_holder(rng, 18) if use_nam else ctx.patient(rng, lang, 25, 80)
    tech = ctx.staff(rng, lang, "tech")
    d = ctx.doctor(rng)
    date = msg_date(rng)
    severe = rng.random() < 0.6
    lines, ahi = psg(rng, lang, severe)
    dk = "osa_sev" if severe else "osa_mod"
    study = (date - datetime.timedelta(days=rng.randint(3, 20))).date()
    m.t("patient_name", "date_of_birth", "mrn", "diagnosis", "lab_result")
    if lang == "fr":
        pdf_lines = [("h1", "Clinique du sommeil Val-des-Pins — Rapport de polysomnographie"),
                     ("b", "Patient : %s %s" % (p["surname"].upper(), p["given"])),
                     "Date de naissance : %s    Sexe : %s" % (fdate(rng, p["dob"], lang, 0), p["sex"]),
                     "No de dossier : %s" % p["mrn"]]
        if use_nam:
            pdf_lines.append("NAM : %s" % p["nam"])
            m.nam(p)
        pdf_lines += ["Date de l'étude : %s    Type : PSG diagnostique niveau 1" % fdate(rng, study, lang, 0),
                      "Médecin référent : %s" % dr(d, "fr"), ("h2", "Résultats")] + lines + [
                      ("h2", "Conclusion"),
                      "%s (IAH %s/h). Titration en laboratoire ou APAP recommandée." % (dx(dk, lang), ("%.1f" % ahi).replace(".", ",")),
                      ("small", "Technologue : %s %s" % (tech["given"], tech["surname"]))]
        subj = rng.choice(["Rapport PSG", "Résultat polysomnographie", "PSG - rapport final", "rapport étude du sommeil"])
        body = "%s\n\nCi-joint le rapport final de l'étude du sommeil demandée. %s\n\n%s\n%s" % (
            greet(rng, lang), rng.choice(["", "L'interprétation a été signée ce matin.",
                                          "Merci de transmettre au patient lors du prochain rendez-vous."]),
            closing(rng, lang), signature(rng, tech, lang, "sleep"))
        fn = rng.choice(["PSG_%s_%s.pdf" % (p["surname"], study.strftime("%Y%m%d")),
                         "rapport_PSG_%s.pdf" % p["mrn"].replace(" ", ""), "Rapport_sommeil.pdf"])
    else:
        pdf_lines = [("h1", "Val-des-Pins Sleep Clinic - Polysomnography Report"),
                     ("b", "Patient: %s, %s" % (p["surname"], p["given"])),
                     "Date of birth: %s    Sex: %s" % (fdate(rng, p["dob"], lang, 0), p["sex"]),
                     "Chart #: %s" % p["mrn"]]
        if use_nam:
            pdf_lines.append("RAMQ: %s" % p["nam"])
            m.nam(p)
        pdf_lines += ["Study date: %s    Type: Level 1 diagnostic PSG" % fdate(rng, study, lang, 0),
                      "Referring physician: %s" % dr(d, "en"), ("h2", "Results")] + lines + [
                      ("h2", "Impression"),
                      "%s (AHI %.1f/h). CPAP titration or APAP trial recommended." % (dx(dk, lang).capitalize(), ahi),
                      ("small", "Technologist: %s %s" % (tech["given"], tech["surname"]))]
        subj = rng.choice(["PSG report", "Sleep study results", "Final PSG report attached"])
        body = "%s\n\nPlease find attached the final report for the sleep study you requested.\n\n%s\n%s" % (
            greet(rng, lang), closing(rng, lang), signature(rng, tech, lang, "sleep"))
        fn = rng.choice(["PSG_%s_%s.pdf" % (p["surname"], study.strftime("%Y%m%d")), "sleep_report.pdf"])
    m.attach(make_pdf(pdf_lines, compress=rng.random() < 0.6,
                      footer="Confidentiel / Confidential"), "application/pdf", fn)
    return m.done(person_addr(tech, "sommeil-vdp.example"), [dr_addr(d)], subj, body, date=date)


# ------------------------------------------------------------------ 3
def cpap_compliance(ctx, rng, lang):
    m = Msg(lang, "cpap_compliance", "CPAP compliance download follow-up")
    p = ctx.patient(rng, lang, 30, 78)
    st = ctx.staff(rng, lang, "rt")
    v = ctx.vendor(rng)
    date = msg_date(rng)
    lines, use = cpap_download(rng, lang)
    model = rng.choice(DEVICE_MODELS[:5])
    m.t("patient_name", "lab_result", "diagnosis")
    nm = pname(rng, p, lang)
    mask = rng.choice(MASKS if lang == "fr" else MASKS_EN)
    if lang == "fr":
        subj = rng.choice(["Observance CPAP - %s" % p["surname"], "suivi observance", "Téléchargement carte SD",
                           "Re: suivi 30 jours APAP"])
        body = "%s\n\n" % greet(rng, lang, v["given"])
        body += "Voici le téléchargement des 30 derniers jours pour %s (%s, %s) :\n\n" % (nm, model, dx("osa_sev", lang))
        body += "\n".join("- " + l for l in lines) + "\n\n"
        if use < 4:
            body += ("L'observance est insuffisante pour le remboursement par l'assureur. Le patient rapporte de la "
                     "sécheresse buccale et des fuites avec son %s. On essaie un masque facial à la prochaine visite. ")  % mask
            if rng.random() < 0.5:
                body += "%s a aussi commencé %s, on verra si le sommeil s'améliore. " % (il(p), med("zopi", lang))
                m.t("medication")
        else:
            body += "Très bonne observance, on peut fermer la période d'essai et passer à l'achat. "
        body += "\n\n%s\n%s" % (closing(rng, lang), signature(rng, st, lang))
    else:
        subj = rng.choice(["CPAP compliance - %s" % p["surname"], "compliance download", "30-day APAP follow-up"])
        body = "%s\n\n" % greet(rng, lang, v["given"])
        body += "Here is the 30-day download for %s (%s, %s):\n\n" % (nm, model, dx("osa_sev", lang))
        body += "\n".join("- " + l for l in lines) + "\n\n"
        if use < 4:
            body += ("Usage is below the insurer threshold. Patient reports dry mouth and leaks with the %s; "
                     "we will try a full-face mask next visit. " % mask)
        else:
            body += "Excellent adherence, we can close the trial and proceed with the purchase. "
        body += "\n\n%s\n%s" % (closing(rng, lang), signature(rng, st, lang))
    return m.done(person_addr(st, "hsa.example"), [person_addr(v, v["domain"])], subj, body, date=date)


# ------------------------------------------------------------------ 4
def pft_result(ctx, rng, lang):
    m = Msg(lang, "pft_result", "PFT results table to referring MD")
    use_nam = rng.random() < 0.45
    p = ctx.nam_holder(rng, 16) if use_nam else ctx.patient(rng, lang, 20, 85)
    tech = ctx.staff(rng, lang, "rt")
    d = ctx.doctor(rng)
    date = msg_date(rng)
    pattern = rng.choice(["obstr", "restr"])
    vals = pft(rng, lang, pattern)
    m.t("patient_name", "lab_result", "mrn")
    rows = "".join("<tr><td>%s</td></tr>\n" % v for v in vals)
    nm = pname(rng, p, lang, rng.choice(["last_first", "upper_last", "full"]))
    ident = "Dossier %s" % p["mrn"] if lang == "fr" else "MRN %s" % p["mrn"]
    if use_nam:
        ident += " — NAM %s" % nam_str(rng, p)
        m.nam(p)
    if lang == "fr":
        interp = ("Syndrome obstructif sévère, compatible avec une MPOC" if pattern == "obstr"
                  else "Syndrome restrictif avec DLCO abaissée, à corréler avec la TDM (fibrose?)")
        subj = rng.choice(["Résultats EFR", "EFR complètes - résultats", "Fonction pulmonaire du %s" % fdate(rng, date.date(), lang, 0)])
        intro = "Bonjour %s,<br>Voici les résultats des épreuves de fonction respiratoire de ce matin :" % dr(d, "fr")
    else:
        interp = ("Severe obstructive defect consistent with COPD" if pattern == "obstr"
                  else "Restrictive pattern with reduced DLCO, correlate with CT (fibrosis?)")
        subj = rng.choice(["PFT results", "Full PFTs - results"])
        intro = "Hello %s,<br>Here are this morning's pulmonary function results:" % dr(d, "en")
    m.t("diagnosis")
    h = ("<html><body style=\"font-family:Arial\"><p>%s</p>\n<table border=\"1\" cellpadding=\"4\">"
         "<tr><th>%s</th></tr>\n<tr><td>%s</td></tr>\n%s</table>\n<p><b>%s</b> %s</p>\n<p>%s<br>%s %s<br>%s</p>"
         "</body></html>") % (intro, nm, ident, rows, "Interprétation :" if lang == "fr" else "Interpretation:",
                               interp, closing(rng, lang), tech["given"], tech["surname"], ORGS["pft"][0])
    return m.done(person_addr(tech, "hsa.example"), [dr_addr(d)], subj, None, html=h,
                  date=date, mode=rng.choice(["html", "alt"]))


# ------------------------------------------------------------------ 5
def vent_handover(ctx, rng, lang):
    m = Msg(lang, "vent_handover", "home ventilation on-call hand-over list")
    st = ctx.staff(rng, lang, "rt")
    st2 = ctx.staff(rng, lang, "rt")
    date = msg_date(rng)
    n = rng.randint(4, 7)
    pats = []
    for i in range(n):
        if rng.random() < 0.35:
            p = ctx.nam_holder(rng, 2)
        else:
            p = ctx.patient(rng, lang, 3, 85)
        pats.append(p)
    issues_fr = ["alarme basse pression répétée la nuit, circuit changé", "trachéo : sécrétions épaisses, augmenter humidification",
                 "famille épuisée, répit demandé au CLSC", "batterie externe défectueuse, remplacement demandé au fournisseur",
                 "SpO2 88-90 % au repos, ajout O2 1 L dans le circuit", "hospitalisé depuis hier (pneumonie), suivre au retour",
                 "masque facial : plaie arête nasale, essayer coussinets"]
    issues_en = ["repeated low-pressure alarm overnight, circuit replaced", "trach: thick secretions, increase humidification",
                 "family exhausted, respite requested", "external battery faulty, replacement ordered",
                 "SpO2 88-90% at rest, 1 L O2 bled into circuit", "admitted yesterday (pneumonia), follow on return",
                 "full-face mask: nasal bridge sore, trying pillows"]
    dxs = ["als", "dmd", "kypho", "ohs", "sma", "copd_vsev"]
    rows = []
    m.t("patient_name", "diagnosis")
    for p in pats:
        dk = rng.choice(dxs)
        iss = rng.choice(issues_fr if lang == "fr" else issues_en)
        ident = p["nam"] if p["holder"] else p["mrn"]
        if p["holder"]:
            m.nam(p)
        else:
            m.t("mrn")
        rows.append([p["surname"].upper() + " " + p["given"], ident, dx(dk, lang), vent_settings(rng, lang), iss])
    hdr = (["Patient", "NAM/dossier", "Dx", "Réglages", "À surveiller"] if lang == "fr"
           else ["Patient", "RAMQ/chart", "Dx", "Settings", "Watch"])
    if any("répit" in r[4] or "respite" in r[4] for r in rows):
        m.t("social_information")
    as_xlsx = rng.random() < 0.5
    if lang == "fr":
        subj = rng.choice(["Garde VAD fin de semaine - liste", "Relève garde ventilation domicile",
                           "Liste des patients VAD à suivre"])
        intro = "%s\n\nVoici la relève pour la garde de la fin de semaine. %s\n\n" % (
            greet(rng, lang, st2["given"]), "Liste en pièce jointe." if as_xlsx else "")
    else:
        subj = rng.choice(["Weekend home vent on-call list", "Home ventilation hand-over"])
        intro = "%s\n\nHere is the hand-over for the weekend on-call. %s\n\n" % (
            greet(rng, lang, st2["given"]), "List attached." if as_xlsx else "")
    if as_xlsx:
        body = intro + "%s\n%s" % (closing(rng, lang), signature(rng, st, lang, "pnavd"))
        m.attach(make_xlsx([("Garde" if lang == "fr" else "On-call", [hdr] + rows)], st["surname"]),
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 "releve_VAD_%s.xlsx" % date.strftime("%Y%m%d") if lang == "fr" else "handover_%s.xlsx" % date.strftime("%Y%m%d"))
        return m.done(person_addr(st, "ventdom.example"), [person_addr(st2, "ventdom.example")], subj, body, date=date)
    table = "".join("<tr>%s</tr>\n" % "".join("<td>%s</td>" % c for c in r) for r in rows)
    h = ("<html><body><p>%s</p><table border=\"1\" style=\"border-collapse:collapse\"><tr>%s</tr>\n%s</table>"
         "<p>%s<br>%s %s</p></body></html>") % (intro.strip().replace("\n\n", "<br><br>"),
                                                  "".join("<th>%s</th>" % c for c in hdr), table,
                                                  closing(rng, lang), st["given"], st["surname"])
    return m.done(person_addr(st, "ventdom.example"), [person_addr(st2, "ventdom.example")], subj, None,
                  html=h, date=date, mode=rng.choice(["html", "alt"]))


# ------------------------------------------------------------------ 6
def rt_visit_note(ctx, rng, lang):
    m = Msg(lang, "rt_visit_note", "respiratory therapist home-visit note DOCX")
    use_nam = rng.random() < 0.5
    p = ctx.nam_holder(rng, 45) if use_nam else ctx.patient(rng, lang, 45, 92)
    st = ctx.staff(rng, lang, "rt")
    d = ctx.doctor(rng)
    date = msg_date(rng)
    sat = rng.randint(84, 93)
    m.t("patient_name", "diagnosis", "medication", "lab_result", "patient_contact")
    meds = rng.sample(["tio", "trel", "symb", "salb", "rofl", "azi", "furo"], 3)
    social = rng.random() < 0.6
    if lang == "fr":
        blocks = [("h", "Note de visite à domicile — inhalothérapie"),
                  ("p", "Patient : %s %s    %s" % (p["given"], p["surname"], ("NAM : " + p["nam"]) if use_nam else ("Dossier : " + p["mrn"]))),
                  ("p", "Adresse : %s, %s %s    Tél. : %s" % (p["street"], p["city"], p["postal"], p["phone"])),
                  ("p", "Date de la visite : %s" % fdate(rng, date.date(), lang, 2)),
                  ("h2", "Évaluation"),
                  ("p", "Diagnostic : %s. SpO2 %d %% à l'air ambiant au repos, %d %% sous O2 2 L/min. FC %d. "
                        "Dyspnée MRC %d. Crépitants aux bases." % (dx("copd_sev", lang), sat, min(sat + 5, 98), rng.randint(72, 108), rng.randint(3, 5))),
                  ("p", "Médication : " + "; ".join(med(k, lang) for k in meds) + "."),
                  ("p", "Technique d'inhalation revue : mauvaise coordination avec l'aérosol-doseur, chambre d'espacement remise."),
                  ]
        if social:
            blocks.append(("p", rng.choice([
                "Situation : vit seul(e) au 2e étage sans ascenseur, fils passe une fois par semaine. Fume encore 5-6 cigarettes/jour près du concentrateur : enseignement sécurité refait, risque d'incendie signalé.",
                "Situation : conjoint en perte d'autonomie, logement humide avec moisissures visibles. Demande de soutien au travailleur social du CLSC.",
                "Situation : prestataire de l'aide sociale, n'a pas les moyens de payer ses pompes non couvertes; référence à la pharmacienne pour alternatives."])))
            m.t("social_information")
        blocks += [("h2", "Plan"), ("p", "Revoir dans 4 semaines. Aviser %s si SpO2 < 85 %%." % dr(d, "fr")),
                   ("p", "%s %s, %s" % (st["given"], st["surname"], st["role"]))]
        fn = rng.choice(["Note_visite_%s.docx" % p["surname"], "note_visite_%s.docx" % date.strftime("%Y-%m-%d"),
                         "Visite domicile %s %s.docx" % (p["given"], p["surname"])])
        subj = rng.choice(["Note de visite à domicile", "Visite inhalo - note", "Note visite %s" % date.strftime("%d/%m")])
        body = "%s\n\nVoici ma note de la visite d'hier. %s\n\n%s\n%s" % (
            greet(rng, lang, dr(d, "fr")), rng.choice(["", "À verser au dossier SVP.", "Rien d'urgent, mais la SpO2 a baissé."]),
            closing(rng, lang), signature(rng, st, lang, "cisss"))
    else:
        blocks = [("h", "Home visit note - respiratory therapy"),
                  ("p", "Patient: %s %s    %s" % (p["given"], p["surname"], ("RAMQ: " + p["nam"]) if use_nam else ("Chart: " + p["mrn"]))),
                  ("p", "Address: %s, %s %s    Phone: %s" % (p["street"], p["city"], p["postal"], p["phone"])),
                  ("p", "Visit date: %s" % fdate(rng, date.date(), lang, 2)),
                  ("h2", "Assessment"),
                  ("p", "Diagnosis: %s. SpO2 %d%% on room air at rest, %d%% on 2 L/min. HR %d. mMRC %d. Basal crackles."
                   % (dx("copd_sev", lang), sat, min(sat + 5, 98), rng.randint(72, 108), rng.randint(3, 4))),
                  ("p", "Medications: " + "; ".join(med(k, lang) for k in meds) + "."),
                  ("p", "Inhaler technique reviewed: poor MDI coordination, spacer provided.")]
        if social:
            blocks.append(("p", rng.choice([
                "Social: lives alone, 3rd floor walk-up. Still smoking near the concentrator; fire safety teaching repeated.",
                "Social: on income assistance, cannot afford uncovered inhaler; referred to pharmacist."])))
            m.t("social_information")
        blocks += [("h2", "Plan"), ("p", "Reassess in 4 weeks. Notify %s if SpO2 < 85%%." % dr(d, "en")),
                   ("p", "%s %s, %s" % (st["given"], st["surname"], st["role"]))]
        fn = rng.choice(["Home_visit_%s.docx" % p["surname"], "visit_note_%s.docx" % date.strftime("%Y-%m-%d")])
        subj = rng.choice(["Home visit note", "RT visit note", "Visit note for chart"])
        body = "%s\n\nAttached is my note from yesterday's visit.\n\n%s\n%s" % (
            greet(rng, lang, dr(d, "en")), closing(rng, lang), signature(rng, st, lang, "cisss"))
    if use_nam:
        m.nam(p)
    else:
        m.t("mrn")
    m.attach(make_docx(blocks, st["surname"]), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fn)
    return m.done(person_addr(st, "cisss-bt.example"), [dr_addr(d)], subj, body, date=date)


# ------------------------------------------------------------------ 7
def subject_only(ctx, rng, lang):
    m = Msg(lang, "subject_leak", "identity and diagnosis only in the Subject line")
    p = ctx.patient(rng, lang, 20, 88)
    st = ctx.staff(rng, lang)
    st2 = ctx.staff(rng, lang)
    date = msg_date(rng)
    m.t("patient_name", "diagnosis")
    nm = pname(rng, p, lang, rng.choice(["full", "upper_last", "lower", "title", "last_first"]))
    if lang == "fr":
        subj = rng.choice([
            "%s - BiPAP fuite masque, rappeler" % nm,
            "RE: %s SAHOS sévère - refus CPAP" % nm,
            "%s / MPOC O2 2L - livraison bouteilles" % nm,
            "TR: %s - asthme, plan d'action à refaire" % nm,
            "urgent %s désaturation nocturne 78%%" % nm])
        body = rng.choice(["Voir ci-dessous.", "Peux-tu t'en occuper aujourd'hui?", "Fait. Merci!",
                           "Je te laisse rappeler, je suis en visite tout l'après-midi.", "ok"])
    else:
        subj = rng.choice([
            "%s - BiPAP mask leak, please call back" % nm,
            "RE: %s severe OSA - declined CPAP" % nm,
            "%s COPD on 2L - cylinder delivery" % nm,
            "FW: %s asthma action plan" % nm])
        body = rng.choice(["See below.", "Can you take this one today?", "Done, thanks!", "ok", "Thx"])
    if "78%" in subj:
        m.t("lab_result")
    body += "\n\n" + signature(rng, st, lang, short=rng.random() < 0.6)
    return m.done(person_addr(st, "cisss-bt.example"), [person_addr(st2, "cisss-bt.example")], subj, body,
                  date=date, reply=subj.startswith("RE"))


# ------------------------------------------------------------------ 8
def filename_only(ctx, rng, lang):
    m = Msg(lang, "filename_leak", "identity and diagnosis only in the attachment file name")
    p = ctx.patient(rng, lang, 20, 88)
    st = ctx.staff(rng, lang)
    d = ctx.doctor(rng)
    date = msg_date(rng)
    m.t("patient_name", "diagnosis")
    kind = rng.randrange(3)
    if lang == "fr":
        fn = ["%s_%s_SAHOS_severe_titration.pdf" % (p["surname"], p["given"]),
              "EFR %s %s - fibrose pulmonaire.pdf" % (p["given"], p["surname"]),
              "%s %s - MPOC - demande O2.pdf" % (p["surname"].upper(), p["given"])][kind]
        subj = rng.choice(["Document numérisé", "Numérisation", "Scan du télécopieur", "Document à classer"])
        body = "%s\n\n%s\n\n%s" % (greet(rng, lang), rng.choice([
            "Document numérisé depuis le télécopieur de la clinique.", "Voir pièce jointe.",
            "À classer au dossier svp."]), signature(rng, st, lang, short=True))
        content = [("h1", "Télécopie"), "Pages : %d" % rng.randint(2, 6), "Document numérisé - Xerox WorkCentre",
                   "Image non convertie en texte."]
    else:
        fn = ["%s_%s_severe_OSA_titration.pdf" % (p["surname"], p["given"]),
              "PFT %s %s - pulmonary fibrosis.pdf" % (p["given"], p["surname"]),
              "%s %s - COPD - home O2 application.pdf" % (p["surname"].upper(), p["given"])][kind]
        subj = rng.choice(["Scanned document", "Scan from MFP", "Fax to file"])
        body = "%s\n\n%s\n\n%s" % (greet(rng, lang), rng.choice(["Scanned from the clinic fax.", "See attached.",
                                                                "Please file."]), signature(rng, st, lang, short=True))
        content = [("h1", "Fax"), "Pages: %d" % rng.randint(2, 6), "Scanned document - image only"]
    m.attach(make_pdf(content, compress=rng.random() < 0.5), "application/pdf", fn,
             fn_style=rng.choice(["rfc2231", "rfc2047", "plain"]))
    return m.done(person_addr(st, "hsa.example"), [dr_addr(d)], subj, body, date=date)


# ------------------------------------------------------------------ 9
def oximetry_csv(ctx, rng, lang):
    m = Msg(lang, "oximetry_csv", "overnight oximetry export CSV for O2 qualification")
    use_nam = rng.random() < 0.5
    p = ctx.nam_holder(rng, 40) if use_nam else ctx.patient(rng, lang, 40, 90)
    st = ctx.staff(rng, lang, "rt")
    d = ctx.doctor(rng)
    date = msg_date(rng)
    m.t("patient_name", "lab_result")
    start = datetime.datetime(2024, 1, 1, 22, 30)
    rows = [["patient", p["surname"] + " " + p["given"]],
            ["id", p["nam"] if use_nam else p["mrn"]],
            ["dob" if lang == "en" else "ddn", p["dob"].isoformat()],
            ["time", "spo2", "pulse"]]
    m.t("date_of_birth")
    if use_nam:
        m.nam(p)
    else:
        m.t("mrn")
    for i in range(0, 8 * 60, 15):
        t = start + datetime.timedelta(minutes=i)
        rows.append([t.strftime("%H:%M"), rng.randint(81, 93), rng.randint(58, 96)])
    below = round(rng.uniform(22, 61), 1)
    if lang == "fr":
        subj = rng.choice(["Oxymétrie nocturne - qualification O2", "Résultat oxymétrie de nuit"])
        body = ("%s\n\nOxymétrie nocturne à l'air ambiant de %s : %s %% du temps sous 88 %%, nadir %d %%. "
                "Cela répond au critère nocturne du programme pour la %s.\n\nFichier brut ci-joint.\n\n%s\n%s") % (
            greet(rng, lang, dr(d, "fr")), pname(rng, p, lang), str(below).replace(".", ","), rng.randint(74, 82),
            dx("copd", lang), closing(rng, lang), signature(rng, st, lang))
    else:
        subj = rng.choice(["Overnight oximetry - O2 qualification", "Nocturnal oximetry result"])
        body = ("%s\n\nRoom-air overnight oximetry for %s: %.1f%% of time below 88%%, nadir %d%%. "
                "This meets the nocturnal criterion for %s.\n\nRaw file attached.\n\n%s\n%s") % (
            greet(rng, lang, dr(d, "en")), pname(rng, p, lang), below, rng.randint(74, 82),
            dx("copd", lang), closing(rng, lang), signature(rng, st, lang))
    m.t("diagnosis")
    m.attach(make_csv(rows, sep=rng.choice([",", ";"]), crlf=rng.random() < 0.5), "text/csv",
             "oxymetrie_%s.csv" % date.strftime("%Y%m%d") if lang == "fr" else "oximetry_%s.csv" % date.strftime("%Y%m%d"))
    return m.done(person_addr(st, "cisss-bt.example"), [dr_addr(d)], subj, body, date=date)


# ------------------------------------------------------------------ 10
def sleep_ics(ctx, rng, lang):
    m = Msg(lang, "calendar_invite", "calendar invitation for a sleep-lab appointment")
    p = ctx.patient(rng, lang, 8, 80)
    st = ctx.staff(rng, lang, "admin")
    tech = ctx.staff(rng, lang, "tech")
    date = msg_date(rng)
    when = later(rng, date, 5, 30)
    start = datetime.datetime(when.year, when.month, when.day, rng.choice([19, 20, 21]), 30)
    end = start + datetime.timedelta(hours=11)
    m.t("patient_name", "diagnosis")
    if lang == "fr":
        kind = rng.choice(["PSG diagnostique", "Titration CPAP", "TILE (latences multiples)"])
        dk = {"PSG diagnostique": "osa_sev", "Titration CPAP": "osa_sev", "TILE (latences multiples)": "narco"}[kind]
        summ = "%s - %s" % (kind, pname(rng, p, lang, rng.choice(["title", "upper_last", "full"])))
        desc = "Suspicion de %s. Patient%s avisé%s. Tél. : %s. Apporter sa médication." % (
            dx(dk, lang), "e" if p["sex"] == "F" else "", "e" if p["sex"] == "F" else "", p["phone"])
        subj = "Invitation : %s" % summ
        body = "%s\n\nJe t'ajoute à l'horaire de la nuit du %s.\n\n%s" % (greet(rng, lang, tech["given"]),
                                                                      fdate(rng, when.date(), lang, 2),
                                                                      signature(rng, st, lang, "sleep", short=True))
        loc = "Clinique du sommeil Val-des-Pins, chambre %d" % rng.randint(1, 4)
    else:
        kind = rng.choice(["Diagnostic PSG", "CPAP titration", "MSLT"])
        dk = {"Diagnostic PSG": "osa_sev", "CPAP titration": "osa_sev", "MSLT": "narco"}[kind]
        summ = "%s - %s" % (kind, pname(rng, p, lang, rng.choice(["title", "upper_last", "full"])))
        desc = "Suspected %s. Patient notified. Phone: %s. Bring own medication." % (dx(dk, lang), p["phone"])
        subj = "Invitation: %s" % summ
        body = "%s\n\nAdding you to the schedule for the night of %s.\n\n%s" % (
            greet(rng, lang, tech["given"]), fdate(rng, when.date(), lang, 2), signature(rng, st, lang, "sleep", short=True))
        loc = "Val-des-Pins Sleep Clinic, room %d" % rng.randint(1, 4)
    m.t("patient_contact")
    org = person_addr(st, "sommeil-vdp.example")
    ics = make_ics("%s@sommeil-vdp.example" % rng.randrange(10 ** 12), start, end, summ, desc, loc,
                   org, [person_addr(tech, "sommeil-vdp.example")])
    if rng.random() < 0.5:
        return m.done(org, [person_addr(tech, "sommeil-vdp.example")], subj, body, date=date, calendar=ics,
                      mode="alt")
    m.attach(ics, "text/calendar", "invite.ics", ct_extra="; method=REQUEST")
    return m.done(org, [person_addr(tech, "sommeil-vdp.example")], subj, body, date=date)


TEMPLATES = [
    (o2_request, 4, 2), (psg_report_pdf, 3, 3), (cpap_compliance, 2, 3), (pft_result, 3, 2),
    (vent_handover, 3, 1), (rt_visit_note, 3, 2), (subject_only, 3, 2), (filename_only, 2, 2),
    (oximetry_csv, 2, 1), (sleep_ics, 2, 2),
]
