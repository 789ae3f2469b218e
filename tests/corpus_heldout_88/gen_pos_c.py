"""Confidential messages, part C: out-of-province and foreign identifiers
(Ontario health number, Belgian NISS, French NIR, SIN), recall lists, discharge
summaries, travel letters, driving fitness, telemonitoring, transport, ZIP."""
import datetime

from gen_attach import make_csv, make_docx, make_pdf, make_zip
from gen_base import (Msg, closing, dr_addr, greet, later, msg_date, person_addr,
                      signature)
from gen_clin import DEVICE_MODELS, abg, dx, med, pft, psg, vent_settings
from gen_util import (ORGS, disguise_digits, disguise_nam, dr, email_of, fdate, pname)


def ne(p):
    return "née" if p["sex"] == "F" else "né"


# ------------------------------------------------------------------ 21
def ontario_transfer(ctx, rng, lang):
    m = Msg(lang, "ontario_transfer", "transfer of a home-ventilation/O2 patient with Ontario health number")
    p = ctx.patient(rng, "en" if rng.random() < 0.6 else "fr", 20, 85)
    p["city"], p["postal"] = rng.choice([("Glenmoor, ON", "K0C 1P0"), ("Ashbury Falls, ON", "K6H 2R4")])
    ohn = ctx.ohn(rng)
    ohn_txt = disguise_digits(rng, ohn, [4, 3, 3], rng.choice([1, 2, 0, 4, 3])) + rng.choice([" AB", " KT", "-XZ", ""])
    m.ident("ca_health_number", ohn)
    st = ctx.staff(rng, lang, "rt")
    other = {"given": "Laura", "surname": "Pennington", "sex": "F", "role": "RRT, Home Ventilation Program"}
    date = msg_date(rng)
    dk = rng.choice(["als", "dmd", "kypho", "copd_vsev"])
    m.t("patient_name", "date_of_birth", "diagnosis", "patient_contact")
    if lang == "en":
        subj = rng.choice(["Transfer of care - home ventilation", "Patient moving to Quebec - vent settings",
                           "Referral: OHIP patient relocating"])
        body = ("%s\n\nAs discussed, %s (DOB %s, Ontario health card %s) is moving from %s to %s at the end of the month. "
                "Diagnosis: %s. Current settings: %s, used 10-12 h/day. Last %s.\n\n"
                "New address: %s, %s. Phone: %s.\n\nCould your program take over the equipment and follow-up?\n\n%s\n%s") % (
            greet(rng, lang, st["given"]), pname(rng, p, lang), fdate(rng, p["dob"], lang), ohn_txt, p["city"],
            "Saint-Aubin, QC", dx(dk, lang), vent_settings(rng, lang), abg(rng, lang),
            p["street"], "Saint-Aubin, QC", p["phone"], closing(rng, lang), signature(rng, other, lang, "ottawa"))
        frm, to = person_addr(other, "rrhc.example"), [person_addr(st, "ventdom.example")]
    else:
        subj = rng.choice(["Transfert - patient de l'Ontario", "Prise en charge VAD - carte santé Ontario"])
        body = ("%s\n\nNous recevons %s (%s le %s, carte Santé Ontario %s), qui déménage de %s. "
                "Diagnostic : %s. Réglages : %s. %s.\n\n"
                "Adresse au Québec : %s, Saint-Aubin. Tél. : %s.\n\nLa RAMQ n'est pas encore active (délai de carence); "
                "pouvez-vous confirmer la couverture temporaire de l'équipement?\n\n%s\n%s") % (
            greet(rng, lang), pname(rng, p, lang), ne(p), fdate(rng, p["dob"], lang), ohn_txt, p["city"],
            dx(dk, lang), vent_settings(rng, lang), abg(rng, lang), p["street"], p["phone"],
            closing(rng, lang), signature(rng, st, lang, "pnavd"))
        frm, to = person_addr(st, "ventdom.example"), [("Service des admissions", "admissions@cisss-bt.example")]
    m.t("lab_result")
    return m.done(frm, to, subj, body, date=date)


# ------------------------------------------------------------------ 22
def foreign_patient(ctx, rng, lang, be):
    m = Msg(lang, "foreign_patient", "visiting patient with %s" % ("Belgian NISS" if be else "French NIR"))
    p = ctx.patient(rng, "fr", 19, 80)
    if be:
        num = ctx.niss(rng, p["dob"], p["sex"])
        txt = disguise_digits(rng, num, [2, 2, 2, 3, 2], rng.choice([0, 1, 3]))
        if rng.random() < 0.4:
            txt = "%s.%s.%s-%s.%s" % (num[:2], num[2:4], num[4:6], num[6:9], num[9:])
        m.ident("be_niss", num)
        label = "NISS" if lang == "fr" else "Belgian NISS"
        origin = "Belgique" if lang == "fr" else "Belgium"
    else:
        num = ctx.nir(rng, p["dob"], p["sex"])
        txt = disguise_digits(rng, num, [1, 2, 2, 2, 3, 3], rng.choice([0, 1, 1, 4]))
        m.ident("fr_nir", num)
        label = "n° de sécurité sociale" if lang == "fr" else "French social security no."
        origin = "France"
    st = ctx.staff(rng, lang, "rt")
    v = ctx.vendor(rng)
    date = msg_date(rng)
    scen = rng.choice(["cpap", "o2", "asthma"])
    m.t("patient_name", "diagnosis", "date_of_birth")
    if lang == "fr":
        what = {"cpap": ("location d'un CPAP pour 3 mois (%s, pression fixe 9 cmH2O)" % rng.choice(DEVICE_MODELS[:3]), "osa_sev"),
                "o2": ("concentrateur portable pendant son séjour (1,5 L/min à l'effort)", "ipf"),
                "asthma": ("suivi au centre d'enseignement et renouvellement de %s" % med("symb", "fr"), "asthma_sev")}[scen]
        subj = rng.choice(["Patient(e) de passage - %s" % origin, "Location équipement - assuré étranger",
                           "Demande de soumission - visiteur"])
        body = ("%s\n\n%s %s, %s le %s, %s : %s, est au Québec %s. Diagnostic : %s. Il faudrait %s.\n\n"
                "Facturation directe à son assurance voyage; le numéro de police suit. Hébergement : %s, %s, tél. %s.\n\n%s\n%s") % (
            greet(rng, lang, v["given"]), "Mme" if p["sex"] == "F" else "M.", p["given"] + " " + p["surname"], ne(p),
            fdate(rng, p["dob"], lang), label, txt,
            rng.choice(["pour un stage de six mois", "chez sa fille jusqu'en avril", "pour ses études à l'université"]),
            dx(what[1], lang), what[0], p["street"], p["city"], p["phone"], closing(rng, lang), signature(rng, st, lang, "cisss"))
    else:
        what = {"cpap": ("a 3-month CPAP rental (fixed 9 cmH2O)", "osa_sev"),
                "o2": ("a portable concentrator during the stay (1.5 L/min on exertion)", "ipf"),
                "asthma": ("education centre follow-up and a refill of %s" % med("symb", "en"), "asthma_sev")}[scen]
        subj = rng.choice(["Visiting patient from %s" % origin, "Equipment rental - foreign insured"])
        body = ("%s\n\n%s %s, born %s, %s %s, is staying in Quebec %s. Diagnosis: %s. We need %s.\n\n"
                "Bill the travel insurer directly. Staying at %s, %s, phone %s.\n\n%s\n%s") % (
            greet(rng, lang, v["given"]), "Ms." if p["sex"] == "F" else "Mr.", p["given"] + " " + p["surname"],
            fdate(rng, p["dob"], lang), label, txt, rng.choice(["for a six-month internship", "with family until April"]),
            dx(what[1], lang), what[0], p["street"], p["city"], p["phone"], closing(rng, lang), signature(rng, st, lang, "cisss"))
    m.t("patient_contact")
    if scen == "asthma":
        m.t("medication")
    return m.done(person_addr(st, "cisss-bt.example"), [person_addr(v, v["domain"])], subj, body, date=date)


# ------------------------------------------------------------------ 23
def sin_insurance(ctx, rng, lang):
    m = Msg(lang, "insurance_claim", "private-insurer claim form with SIN")
    p = ctx.patient(rng, lang, 25, 64)
    sin = ctx.sin(rng)
    m.ident("ca_sin", sin)
    st = ctx.staff(rng, lang, "admin")
    date = msg_date(rng)
    ins = rng.choice([("Assurances Boréal", "boreal-assurances.example"), ("Northway Life", "northway.example")])
    sin_txt = disguise_digits(rng, sin, [3, 3, 3], rng.choice([1, 2, 0, 4]))
    m.t("patient_name", "diagnosis", "date_of_birth")
    as_pdf = rng.random() < 0.5
    if lang == "fr":
        lines = [("h1", "Demande de remboursement - appareil médical"),
                 "Nom de l'assuré : %s %s" % (p["surname"].upper(), p["given"]),
                 "NAS : %s" % sin_txt, "Date de naissance : %s" % fdate(rng, p["dob"], lang, 0),
                 "No de certificat : %d" % rng.randint(1000000, 9999999),
                 "Appareil : APAP %s et masque - 1 385,00 $" % rng.choice(DEVICE_MODELS[:3]),
                 "Diagnostic : %s (IAH %d/h à la PSG)" % (dx("osa_sev", lang), rng.randint(31, 66)),
                 "Observance 30 jours : %d %% des nuits >= 4 h" % rng.randint(70, 96)]
        subj = rng.choice(["Formulaire assureur", "Réclamation CPAP - formulaire complété", "Document pour l'assurance"])
        body_intro = "%s\n\n%s" % (greet(rng, lang), "Voici le formulaire complété pour votre réclamation. " +
                                   rng.choice(["Le reçu est joint.", "Gardez une copie pour vos impôts."]))
    else:
        lines = [("h1", "Medical equipment claim"), "Insured: %s, %s" % (p["surname"], p["given"]),
                 "SIN: %s" % sin_txt, "Date of birth: %s" % fdate(rng, p["dob"], lang, 0),
                 "Certificate no.: %d" % rng.randint(1000000, 9999999),
                 "Device: APAP %s with mask - $1,385.00" % rng.choice(DEVICE_MODELS[:3]),
                 "Diagnosis: %s (AHI %d/h on PSG)" % (dx("osa_sev", lang), rng.randint(31, 66)),
                 "30-day adherence: %d%% of nights >= 4 h" % rng.randint(70, 96)]
        subj = rng.choice(["Insurance claim form", "CPAP claim - completed form"])
        body_intro = "%s\n\nHere is the completed form for your insurance claim." % greet(rng, lang)
    m.t("lab_result")
    paddr = (p["given"] + " " + p["surname"], email_of(p, rng.choice(["videotron.example", "gmail.example"])))
    if as_pdf:
        body = "%s\n\n%s\n%s" % (body_intro, closing(rng, lang), signature(rng, st, lang, "sleep"))
        m.attach(make_pdf(lines, compress=rng.random() < 0.5), "application/pdf",
                 rng.choice(["formulaire_assurance.pdf", "reclamation_%s.pdf" % p["surname"], "claim_form.pdf"]))
    else:
        body = "%s\n\n%s\n\n%s\n%s" % (body_intro, "\n".join(l[1] if isinstance(l, tuple) else l for l in lines),
                                     closing(rng, lang), signature(rng, st, lang, "sleep"))
    return m.done(person_addr(st, "sommeil-vdp.example"), [paddr], subj, body, date=date,
                  cc=[("Réclamations" if lang == "fr" else "Claims", "claims@" + ins[1])] if rng.random() < 0.5 else None)


# ------------------------------------------------------------------ 24
def recall_patient_list(ctx, rng, lang):
    m = Msg(lang, "recall_patient_list", "device recall: list of affected patients (ZIP of CSV)")
    st = ctx.staff(rng, lang, "rt")
    v = ctx.vendor(rng)
    date = msg_date(rng)
    rows = [["nom", "prenom", "telephone", "adresse", "appareil", "no_serie", "therapie"] if lang == "fr"
            else ["last_name", "first_name", "phone", "address", "device", "serial", "therapy"]]
    m.t("patient_name", "patient_contact", "diagnosis")
    for _ in range(rng.randint(5, 9)):
        if rng.random() < 0.25:
            p = ctx.nam_holder(rng, 25)
            m.nam(p)
            extra = p["nam"]
        else:
            p = ctx.patient(rng, lang, 25, 88)
            extra = ""
        ther = rng.choice([("CPAP - SAHOS", "CPAP - OSA"), ("BiPAP - SLA", "BiPAP - ALS"), ("BiPAP - SOH", "BiPAP - OHS")])
        rows.append([p["surname"], p["given"], p["phone"], "%s, %s" % (p["street"], p["city"]),
                     rng.choice(["DreamStation 2 Auto", "Lumis 150 VPAP ST", "Trilogy Evo"]),
                     "J%09d" % rng.randint(10 ** 8, 10 ** 9 - 1),
                     (ther[0] if lang == "fr" else ther[1]) + ((" / NAM " + extra) if extra else "")])
    csv = make_csv(rows, sep=rng.choice([",", ";"]))
    fn_csv = "patients_rappel_%s.csv" % date.strftime("%Y%m%d") if lang == "fr" else "recall_patients_%s.csv" % date.strftime("%Y%m%d")
    z = make_zip([(fn_csv, csv.encode("utf-8"))])
    if lang == "fr":
        subj = rng.choice(["Avis de rappel - liste des patients à contacter", "Rappel mousse insonorisante : nos patients",
                           "Rappel fabricant - patients concernés"])
        body = ("%s\n\nSuite à l'avis de sécurité du fabricant, voici la liste de nos patients dont l'appareil est visé "
                "(fichier compressé). Pouvez-vous planifier les remplacements en priorité pour les patients ventilés?\n\n%s\n%s") % (
            greet(rng, lang, v["given"]), closing(rng, lang), signature(rng, st, lang, "pnavd"))
    else:
        subj = rng.choice(["Recall - list of affected patients", "Manufacturer recall: our patients"])
        body = ("%s\n\nFollowing the manufacturer's safety notice, here is the list of our patients with affected devices "
                "(zipped). Please prioritise replacements for ventilated patients.\n\n%s\n%s") % (
            greet(rng, lang, v["given"]), closing(rng, lang), signature(rng, st, lang, "pnavd"))
    m.attach(z, "application/zip", "rappel_%s.zip" % date.strftime("%Y%m%d") if lang == "fr" else "recall_%s.zip" % date.strftime("%Y%m%d"))
    return m.done(person_addr(st, "ventdom.example"), [person_addr(v, v["domain"])], subj, body, date=date)


# ------------------------------------------------------------------ 25
def discharge_docx(ctx, rng, lang):
    m = Msg(lang, "discharge_summary", "discharge summary DOCX: COPD exacerbation, home O2")
    use_nam = rng.random() < 0.6
    p = ctx.nam_holder(rng, 45) if use_nam else ctx.patient(rng, lang, 45, 92)
    d = ctx.doctor(rng)
    st = ctx.staff(rng, lang, "rt")
    date = msg_date(rng)
    adm = (date - datetime.timedelta(days=rng.randint(4, 12))).date()
    m.t("patient_name", "date_of_birth", "diagnosis", "medication", "lab_result")
    ident = ("NAM : %s" % p["nam"]) if use_nam else ("No dossier : %s" % p["mrn"])
    if use_nam:
        m.nam(p)
    else:
        m.t("mrn")
    if lang == "fr":
        blocks = [("h", "Résumé de séjour"), ("p", "%s %s    %s    Date de naissance : %s" % (
            p["surname"].upper(), p["given"], ident, fdate(rng, p["dob"], lang, 0))),
                  ("p", "Admission : %s    Congé : %s" % (fdate(rng, adm, lang, 0), fdate(rng, date.date(), lang, 0))),
                  ("h2", "Diagnostic"), ("p", "Exacerbation aiguë de %s, pneumonie lobaire inférieure droite." % dx("copd_sev", lang)),
                  ("h2", "Évolution"), ("p", "%s. BiPAP 48 h aux soins intermédiaires, sevrée au jour 3." % abg(rng, lang)),
                  ("h2", "Médication au congé"),
                  ("table", [["Médicament", "Posologie"]] + [[med(k, lang).split(" ")[0], med(k, lang)] for k in ("trel", "pred", "amox", "salb")]),
                  ("h2", "Suivi"), ("p", "O2 à domicile 2 L/min 24 h/24 (SpO2 86 % à l'air). Réadaptation pulmonaire proposée. "
                                         "Revoir en clinique MPOC dans 4 semaines."),
                  ("p", dr(d, "fr") + ", " + d["role"])]
        fn = rng.choice(["Resume_sejour_%s.docx" % p["surname"], "Résumé de séjour.docx", "resume_%s.docx" % adm.strftime("%Y%m%d")])
        subj = rng.choice(["Résumé de séjour - suivi O2 domicile", "Congé - mise en place O2", "Résumé de congé"])
        body = "%s\n\nPour votre programme : résumé de séjour ci-joint, congé prévu aujourd'hui avec O2.\n\n%s\n%s" % (
            greet(rng, lang, st["given"]), closing(rng, lang), signature(rng, d, lang))
    else:
        blocks = [("h", "Discharge summary"), ("p", "%s, %s    %s    DOB: %s" % (
            p["surname"], p["given"], ident.replace("NAM", "RAMQ").replace("No dossier", "MRN"), fdate(rng, p["dob"], lang, 0))),
                  ("p", "Admitted: %s    Discharged: %s" % (fdate(rng, adm, lang, 0), fdate(rng, date.date(), lang, 0))),
                  ("h2", "Diagnosis"), ("p", "Acute exacerbation of %s, right lower lobe pneumonia." % dx("copd_sev", lang)),
                  ("h2", "Course"), ("p", "%s. BiPAP 48 h in step-down, weaned day 3." % abg(rng, lang)),
                  ("h2", "Discharge medications"),
                  ("table", [["Drug", "Dose"]] + [[med(k, lang).split(" ")[0], med(k, lang)] for k in ("trel", "pred", "amox", "salb")]),
                  ("h2", "Follow-up"), ("p", "Home O2 2 L/min continuous (SpO2 86% on RA). Pulmonary rehab offered."),
                  ("p", dr(d, "en"))]
        fn = rng.choice(["Discharge_%s.docx" % p["surname"], "discharge_summary.docx"])
        subj = rng.choice(["Discharge summary - home O2", "Discharge today with O2"])
        body = "%s\n\nDischarge summary attached for your program; going home today on O2.\n\n%s\n%s" % (
            greet(rng, lang, st["given"]), closing(rng, lang), signature(rng, d, lang))
    m.attach(make_docx(blocks, d["surname"]), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fn)
    return m.done(dr_addr(d), [person_addr(st, "cisss-bt.example")], subj, body, date=date)


# ------------------------------------------------------------------ 26
def travel_poc(ctx, rng, lang):
    m = Msg(lang, "travel_letter", "fit-to-fly letter and POC rental")
    p = ctx.patient(rng, lang, 50, 85)
    d = ctx.doctor(rng)
    v = ctx.vendor(rng)
    date = msg_date(rng)
    dep = later(rng, date, 10, 40)
    m.t("patient_name", "date_of_birth", "diagnosis", "lab_result")
    hct = rng.randint(82, 88)
    if lang == "fr":
        letter = [("h1", "Attestation médicale - voyage aérien"),
                  "Patient : %s %s, %s le %s" % (p["given"], p["surname"], ne(p), fdate(rng, p["dob"], lang, 2)),
                  "Diagnostic : %s" % dx(rng.choice(["copd_sev", "ipf"]), lang),
                  "Test d'hypoxie simulée (FiO2 15 %%) : SpO2 %d %% — oxygène requis en vol à 2 L/min (pulsé réglage 2)." % hct,
                  "Vol prévu le %s, Montréal - Fort Lauderdale, retour dans 3 semaines." % fdate(rng, dep.date(), lang, 2),
                  "Concentrateur portable approuvé FAA : %s." % rng.choice(["Inogen Rove 6", "SimplyGo Mini"]),
                  dr(d, "fr")]
        subj = rng.choice(["Location concentrateur portable - voyage", "Lettre pour la compagnie aérienne"])
        body = "%s\n\nCi-joint l'attestation pour le transporteur. Pouvez-vous réserver un portatif avec 3 batteries pour la date du départ?\n\n%s\n%s" % (
            greet(rng, lang, v["given"]), closing(rng, lang), signature(rng, d, lang))
        fn = "attestation_voyage_%s.pdf" % p["surname"]
    else:
        letter = [("h1", "Medical certificate - air travel"),
                  "Patient: %s %s, born %s" % (p["given"], p["surname"], fdate(rng, p["dob"], lang, 2)),
                  "Diagnosis: %s" % dx(rng.choice(["copd_sev", "ipf"]), lang),
                  "Hypoxic challenge test (FiO2 15%%): SpO2 %d%% - in-flight oxygen required at 2 L/min (pulse setting 2)." % hct,
                  "Flight on %s, Montreal - Fort Lauderdale, returning in 3 weeks." % fdate(rng, dep.date(), lang, 2),
                  dr(d, "en")]
        subj = rng.choice(["POC rental for travel", "Fit-to-fly letter"])
        body = "%s\n\nAttached is the letter for the airline. Could you book a POC with 3 batteries for the departure date?\n\n%s\n%s" % (
            greet(rng, lang, v["given"]), closing(rng, lang), signature(rng, d, lang))
        fn = "fit_to_fly_%s.pdf" % p["surname"]
    m.attach(make_pdf(letter, compress=rng.random() < 0.5), "application/pdf", fn)
    return m.done(dr_addr(d), [person_addr(v, v["domain"])], subj, body, date=date)


# ------------------------------------------------------------------ 27
def saaq_driving(ctx, rng, lang):
    m = Msg("fr", "driving_fitness", "severe OSA in a professional driver, licence concern")
    p = ctx.patient(rng, "fr", 30, 65, sex="M")
    d = ctx.doctor(rng)
    st = ctx.staff(rng, "fr", "admin")
    date = msg_date(rng)
    m.t("patient_name", "diagnosis", "lab_result", "social_information")
    subj = rng.choice(["Aptitude à conduire - SAHOS", "Déclaration SAAQ à faire?", "Camionneur - apnée non traitée"])
    body = ("%s\n\nJe vois %s, camionneur longue distance, pour un %s (IAH %d/h, Epworth %d/24). Il refuse le CPAP "
            "et admet s'être endormi au volant la semaine passée. Je l'ai avisé de ne pas conduire; je prépare la "
            "déclaration. Peux-tu m'envoyer le formulaire et me céduler un suivi dans 2 semaines?\n\n%s\n%s") % (
        greet(rng, "fr", st["given"]), pname(rng, p, "fr"), dx("osa_sev", "fr"), rng.randint(45, 90), rng.randint(15, 22),
        closing(rng, "fr"), signature(rng, d, "fr"))
    return m.done(dr_addr(d, "sleep"), [person_addr(st, "sommeil-vdp.example")], subj, body, date=date)


# ------------------------------------------------------------------ 28
def telemonitoring(ctx, rng, lang):
    m = Msg(lang, "telemonitoring_alert", "automated telemonitoring alert naming the patient")
    p = ctx.patient(rng, lang, 50, 90)
    st = ctx.staff(rng, lang, "rt")
    date = msg_date(rng)
    m.t("patient_name", "lab_result", "mrn", "diagnosis")
    vals = [(rng.randint(84, 88), rng.randint(96, 118)) for _ in range(3)]
    if lang == "fr":
        subj = "[TéléSuivi] Alerte niveau 2 - %s" % pname(rng, p, lang, "upper_last")
        rows = "".join("<tr><td>J-%d</td><td>%d %%</td><td>%d</td></tr>" % (i, s, h) for i, (s, h) in enumerate(vals))
        h = ("<html><body><h3>Alerte de télésurveillance</h3><p>Patient : <b>%s</b> (dossier %s)<br>Programme : %s</p>"
             "<table border=1><tr><th>Jour</th><th>SpO2</th><th>FC</th></tr>%s</table>"
             "<p>Symptômes déclarés : augmentation des expectorations (vertes), dyspnée accrue.</p>"
             "<p>Ce message est généré automatiquement. Ne pas répondre.</p></body></html>") % (
            p["given"] + " " + p["surname"], p["mrn"], dx("copd_sev", lang), rows)
    else:
        subj = "[TeleCare] Level 2 alert - %s" % pname(rng, p, lang, "upper_last")
        rows = "".join("<tr><td>D-%d</td><td>%d%%</td><td>%d</td></tr>" % (i, s, h) for i, (s, h) in enumerate(vals))
        h = ("<html><body><h3>Telemonitoring alert</h3><p>Patient: <b>%s</b> (MRN %s)<br>Program: %s</p>"
             "<table border=1><tr><th>Day</th><th>SpO2</th><th>HR</th></tr>%s</table>"
             "<p>Reported symptoms: increased (green) sputum, more breathless.</p>"
             "<p>This message was generated automatically. Do not reply.</p></body></html>") % (
            p["given"] + " " + p["surname"], p["mrn"], dx("copd_sev", lang), rows)
    return m.done(("TéléSuivi" if lang == "fr" else "TeleCare", "noreply@telesuivi.example"),
                  [person_addr(st, "cisss-bt.example")], subj, None, html=h, date=date, mode="html",
                  ua="TeleSuivi Notifier 3.2")


# ------------------------------------------------------------------ 29
def transport_request(ctx, rng, lang):
    m = Msg("fr", "transport_request", "adapted transport request to rehab/sleep lab")
    p = ctx.patient(rng, "fr", 55, 92)
    st = ctx.staff(rng, "fr", "admin")
    date = msg_date(rng)
    when = later(rng, date, 3, 20)
    m.t("patient_name", "patient_contact", "diagnosis", "social_information")
    subj = rng.choice(["Demande de transport adapté", "Transport - réadaptation pulmonaire", "transport pour PSG"])
    body = ("%s\n\nDemande de transport pour %s :\n\nAdresse : %s, %s\nTél. : %s\nDestination : %s\nDate : %s, arrivée 8 h 30, "
            "retour vers 11 h 30 (lundi, mercredi, vendredi pendant 8 semaines)\n\nParticularités : %s, O2 %s L/min "
            "(bouteille fournie), %s.\n\n%s\n%s") % (
        greet(rng, "fr"), pname(rng, p, "fr", rng.choice(["title", "title_last", "full"])), p["street"], p["city"], p["phone"],
        ORGS["rehab"][0], fdate(rng, when.date(), "fr", 2), dx(rng.choice(["copd_sev", "copd_vsev", "ipf"]), "fr"),
        rng.choice(["2", "3"]), rng.choice(["fauteuil roulant, vit seul(e) au 3e étage sans ascenseur",
                                           "marchette, ne parle pas français (traduction : sa petite-fille)",
                                           "se déplace avec canne, aucune famille à proximité"]),
        closing(rng, "fr"), signature(rng, st, "fr", "rehab"))
    return m.done(person_addr(st, "cr-erables.example"), [("Transport adapté", "reservation@transport-ras.example")],
                  subj, body, date=date)


# ------------------------------------------------------------------ 30
def zip_bundle(ctx, rng, lang):
    m = Msg(lang, "zip_bundle", "ZIP of several PFT report PDFs plus summary CSV")
    st = ctx.staff(rng, lang, "rt")
    d = ctx.doctor(rng)
    date = msg_date(rng)
    members = []
    summary = [["dossier" if lang == "fr" else "mrn", "nom" if lang == "fr" else "name", "interpretation"]]
    m.t("patient_name", "lab_result", "mrn", "diagnosis")
    for _ in range(rng.randint(3, 5)):
        p = ctx.patient(rng, lang, 20, 85)
        pat = rng.choice(["obstr", "restr"])
        vals = pft(rng, lang, pat)
        interp = (("Obstruction sévère" if pat == "obstr" else "Restriction, DLCO basse") if lang == "fr"
                  else ("Severe obstruction" if pat == "obstr" else "Restriction, low DLCO"))
        members.append(("EFR_%s_%s.pdf" % (p["mrn"].replace(" ", ""), p["surname"]),
                        make_pdf([("h1", "EFR" if lang == "fr" else "PFT"), "%s %s - %s" % (p["given"], p["surname"], p["mrn"])] + vals + [interp],
                                 compress=True)))
        summary.append([p["mrn"], p["surname"] + " " + p["given"], interp])
    members.append(("sommaire.csv" if lang == "fr" else "summary.csv", make_csv(summary).encode("utf-8")))
    z = make_zip(members)
    if lang == "fr":
        subj = rng.choice(["EFR de la semaine", "Rapports EFR - lot du %s" % fdate(rng, date.date(), lang, 0)])
        body = "%s\n\nLes rapports EFR de vos patients de la semaine sont dans le fichier compressé.\n\n%s\n%s" % (
            greet(rng, lang, dr(d, "fr")), closing(rng, lang), signature(rng, st, lang, "pft"))
    else:
        subj = rng.choice(["This week's PFTs", "PFT reports batch"])
        body = "%s\n\nThis week's PFT reports for your patients are in the zip file.\n\n%s\n%s" % (
            greet(rng, lang, dr(d, "en")), closing(rng, lang), signature(rng, st, lang, "pft"))
    m.attach(z, "application/zip", "EFR_%s.zip" % date.strftime("%Y%m%d"))
    return m.done(person_addr(st, "hsa.example"), [dr_addr(d)], subj, body, date=date)




def foreign_be(ctx, rng, lang):
    return foreign_patient(ctx, rng, lang, True)


def foreign_fr(ctx, rng, lang):
    return foreign_patient(ctx, rng, lang, False)


# ------------------------------------------------------------------ 31
def id_only(ctx, rng, lang):
    """No name at all: the patient is identified by a NAM or a chart number."""
    m = Msg(lang, "id_only", "patient identified only by NAM or chart number, with clinical detail")
    st = ctx.staff(rng, lang, "rt")
    date = msg_date(rng)
    kind = rng.randrange(3)
    if kind == 0:
        p = ctx.nam_holder(rng, 18)
        m.nam(p)
        m.t("diagnosis")
        v = ctx.vendor(rng)
        nam = disguise_nam(rng, p["nam"])
        if lang == "fr":
            subj = rng.choice(["Confirmation installation", "Installation complétée", "Re: bon de travail %d" % rng.randint(40000, 49999)])
            body = ("%s\n\nInstallation complétée hier pour le NAM %s : APAP 6-14 cmH2O, masque nasal, %s. "
                    "Enseignement fait, prochain téléchargement dans 30 jours.\n\n%s\n%s") % (
                greet(rng, lang), nam, dx("osa_sev", lang), closing(rng, lang), signature(rng, v, lang, "cisss", short=True))
        else:
            subj = rng.choice(["Setup confirmation", "Install completed"])
            body = ("%s\n\nSetup completed yesterday for RAMQ %s: APAP 6-14 cmH2O, nasal mask, %s. "
                    "Teaching done, next download in 30 days.\n\n%s\n%s") % (
                greet(rng, lang), nam, dx("osa_sev", lang), closing(rng, lang), signature(rng, v, lang, "cisss", short=True))
        frm = person_addr(v, v["domain"])
        return m.done(frm, [person_addr(st, "cisss-bt.example")], subj, body, date=date)
    p = ctx.patient(rng, lang)
    d = ctx.doctor(rng)
    m.t("mrn", "lab_result", "diagnosis")
    if kind == 1:
        lines, ahi = psg(rng, lang, True)
        if lang == "fr":
            subj = "Dossier %s - résultat PSG" % p["mrn"]
            body = "%s\n\nPSG de la nuit dernière, dossier %s :\n%s\n\nConclusion : %s. À convoquer en titration.\n\n%s" % (
                greet(rng, lang), p["mrn"], "\n".join(lines), dx("osa_sev", lang), signature(rng, st, lang, "sleep"))
        else:
            subj = "Chart %s - PSG result" % p["mrn"]
            body = "%s\n\nLast night's PSG, chart %s:\n%s\n\nImpression: %s. Book for titration.\n\n%s" % (
                greet(rng, lang), p["mrn"], "\n".join(lines), dx("osa_sev", lang), signature(rng, st, lang, "sleep"))
    else:
        m.t("medication")
        if lang == "fr":
            subj = rng.choice(["Culture expectorations", "Résultat culture - dossier %s" % p["mrn"]])
            body = ("%s\n\nCulture d'expectorations du dossier %s : Pseudomonas aeruginosa > 10^7 UFC/mL, sensible à la "
                    "tobramycine. Patient connu pour %s. On débute %s?\n\n%s") % (
                greet(rng, lang, dr(d, "fr")), p["mrn"], dx("bronchiect", lang), med("tobi", lang), signature(rng, st, lang))
        else:
            subj = rng.choice(["Sputum culture", "Culture result - MRN %s" % p["mrn"]])
            body = ("%s\n\nSputum culture for MRN %s: Pseudomonas aeruginosa > 10^7 CFU/mL, tobramycin-sensitive. "
                    "Known %s. Shall we start %s?\n\n%s") % (
                greet(rng, lang, dr(d, "en")), p["mrn"], dx("bronchiect", lang), med("tobi", lang), signature(rng, st, lang))
    return m.done(person_addr(st, "hsa.example"), [dr_addr(d)], subj, body, date=date)


TEMPLATES = [
    (ontario_transfer, 1, 3), (foreign_be, 2, 1), (foreign_fr, 2, 0), (sin_insurance, 2, 2),
    (recall_patient_list, 2, 1), (discharge_docx, 2, 1), (travel_poc, 1, 2), (saaq_driving, 2, 0),
    (telemonitoring, 1, 1), (transport_request, 2, 0), (zip_bundle, 1, 1), (id_only, 3, 2),
]
