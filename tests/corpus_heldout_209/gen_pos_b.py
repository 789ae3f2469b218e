"""Positive templates, part B: quick notes, insurer claims, out-of-province and foreign patients,
social-work transport, pharmacy prescriptions, forwarded threads."""
import gen_docs as D
from gen_clinical import ALLERGIES, HOME_MEDS, SOCIAL, scenario_for
from gen_common import SITES, fwd_header, sig
from gen_pos_a import ident, pat
from gen_tpl import (A, M, O, T, ago, ahead, att, fwd_date, hello, hhmm, html_table, incident_no, nested,
                     short_d, short_dt, thanks, transfer_no, unit_no)


# ------------------------------------------------------------------ P8
def quick_note(c):
    p = pat(c, kind="qc")
    sc = scenario_for(c.rng, p.age, sex=p.sex)[c.lang]
    a = c.w.staff(c.pick(["urgentologue", "infirmière de liaison", "coordonnateur des transferts"]), c.lang)
    b = c.w.staff(c.pick(["infirmière coordonnatrice", "chef d'équipe", "urgentologue"]), c.lang)
    room = c.pick(["civ. 4", "c-12", "box 3", "lit 7", "réa 2"] if c.lang == "fr" else
                  ["bed 7", "resus 2", "hall 3", "rm 12", "obs 4"])
    style = c.rng.randint(0, 3)
    if style == 0:
        who = c.name(p, "lower")
        t = T(c, "%s (%s) : %s. %s. on attend l'unité %s pour %s, départ vers %s." % (
            who, room, c.lab(sc["labs"][0]), c.dx(sc["dx"]), unit_no(c), c.dx(sc["dest"]), hhmm(ahead(c, minutes=40), "fr")),
              "%s (%s): %s. %s. waiting on unit %s to go to %s, ETA %s." % (
            who, room, c.lab(sc["labs"][0]), c.dx(sc["dx"]), unit_no(c), c.dx(sc["dest"]), hhmm(ahead(c, minutes=40))))
    elif style == 1:
        who = c.name(p, "given")
        t = T(c, ("%s en %s — %s, %s. je pense qu'il faut " + ("la" if p.sex == "F" else "le") + " monter. peux-tu appeler le CCT? dossier %s") % (
            who, room, c.lab(sc["vitals"]), c.dx(sc["dx"]), c.mrn(p)),
              "%s in %s - %s, %s. think we need to send. can you call the transfer centre? chart %s" % (
            who, room, c.lab(sc["vitals"]), c.dx(sc["dx"]), c.mrn(p)))
    elif style == 2:
        who = c.name(p, "title_sur").lower()
        t = T(c, "%s : a eu %s à %s. %s. la fille appelle aux heures, svp noter son cell %s au dossier." % (
            who, c.med(sc["meds"][0]), hhmm(ago(c, minutes=30), "fr"), c.dx(sc["dx"]), c.phone(p)),
              "%s got %s at %s. %s. daughter keeps calling - please put her number %s in the chart "
              "(pt's home line)." % (who, c.med(sc["meds"][0]), hhmm(ago(c, minutes=30)), c.dx(sc["dx"]), c.phone(p)))
    else:
        who = c.name(p, "initial")
        t = T(c, "re: %s — crew says %s on scene, %s. on ne l'a pas mis dans la liste du CCT, peux-tu l'ajouter? "
                 "ddn %s" % (who, c.dx(sc["cc"]), c.lab(sc["vitals"]), c.dob(p)),
              "re %s - crew reports %s on scene, %s. not on the CCT list yet, can you add? dob %s" % (
                  who, c.dx(sc["cc"]), c.lab(sc["vitals"]), c.dob(p)))
    text = t + "\n\n" + c.pick(["-" + a.given[0], a.given, a.given + "\n" + T(c, "envoyé de mon téléphone",
                                                                                 "sent from my phone")])
    subj = c.pick([T(c, "pt %s" % room, "pt %s" % room), "", "re:", T(c, "vite", "quick one")])
    subj = subj or T(c, "(sans objet)", "(no subject)")
    return M(c, "quick_note", T(c, "note brève entre collègues sur un patient", "terse colleague note on a patient"),
             A(a), [A(b)], subj, text)


# ------------------------------------------------------------------ P9
def insurance_form(c):
    p = pat(c, nam_share=0.4)
    road = c.rng.random() < 0.5
    sc = scenario_for(c.rng, p.age, sex=p.sex, keys=["trauma", "hip"] if road else None)[c.lang]
    billing = c.w.staff("facturation", c.lang)
    org = O("siar" if road else "pleiade", c.lang)
    t_run = ago(c, days=c.rng.randint(5, 40))
    km = c.rng.randint(6, 140)
    amt = 125 + km * 1.75
    rows = [[T(c, "Assuré / patient", "Insured / patient"), c.name(p, "SURFIRST")],
            [T(c, "Date de naissance", "Date of birth"), c.dob(p, 0)],
            [T(c, "Sexe", "Sex"), p.sex]]
    if p.nam:
        rows.append(["NAM", c.nam(p)])
    rows += [[T(c, "NAS", "SIN"), c.sin(p)],
             [T(c, "Adresse", "Address"), c.address(p)],
             [T(c, "Date du transport", "Date of transport"), short_dt(c, t_run)],
             [T(c, "Motif / diagnostic", "Reason / diagnosis"), c.dx(sc["dx"])],
             [T(c, "Kilométrage", "Distance (km)"), str(km)],
             [T(c, "Montant réclamé", "Amount claimed"), ("%.2f $" % amt).replace(".", ",") if c.lang == "fr" else "$%.2f" % amt]]
    if road:
        rows.append([T(c, "No de rapport de police", "Police report #"), "SQ-%d-%05d" % (t_run.year, c.rng.randrange(99999))])
    pdf = D.make_pdf([("h", T(c, "Réclamation – transport ambulancier", "Claim - ambulance transport")),
                      ("p", T(c, "Émetteur : %s" % org_name_l(c, "abe"), "Issuer: %s" % org_name_l(c, "abe"))),
                      ("table", rows)], title="Claim", author=billing.plain)
    fname = T(c, "Réclamation_transport_%s.pdf", "Claim_ambulance_%s.pdf") % c.name(p, "file")
    body = "\n".join([hello(c), "",
                      T(c, "Vous trouverez ci-joint la réclamation pour le transport ambulancier du %s. "
                           "Le relevé d'intervention est disponible sur demande." % short_d(c, t_run),
                        "Please find attached our claim for the ambulance transport of %s. The patient care "
                        "report is available on request." % short_d(c, t_run)),
                      T(c, "Notre numéro de dossier : %s" % incident_no(c), "Our file number: %s" % incident_no(c)),
                      "", sig(billing, c.lang)])
    return M(c, "insurance_claim", T(c, "réclamation à un assureur avec NAS", "insurer claim with SIN"),
             A(billing), [org], T(c, "Réclamation transport ambulancier", "Ambulance transport claim"), body,
             atts=[att("pdf", fname, pdf, rfc2231=True)])


def org_name_l(c, key):
    from gen_common import org_name
    return org_name(key, c.lang)


# ------------------------------------------------------------------ P10
def out_of_province(c):
    p = c.w.patient("on", c.lang)
    sc = scenario_for(c.rng, p.age, sex=p.sex)[c.lang]
    coord = c.w.staff("coordonnat", c.lang, org="cct")
    kv = ("Patient Flow - KVGH", "patientflow@kvgh.example")
    t_arr = ago(c, days=c.rng.randint(2, 6))
    lines = [hello(c), "",
             T(c, "Nous avons à l'HRSA une patiente ontarienne" if p.sex == "F" else
               "Nous avons à l'HRSA un patient ontarien",
               "We have one of your residents at Saint-Aurèle Regional") +
             T(c, " admis" + ("e" if p.sex == "F" else "") + " le %s pour %s." % (short_d(c, t_arr), c.dx(sc["dx"])),
               ", admitted %s with %s." % (short_d(c, t_arr), c.dx(sc["dx"]))),
             T(c, "Stable depuis 48 h, prêt" + ("e" if p.sex == "F" else "") + " pour un rapatriement vers KVGH.",
               "Stable for 48 h and ready for repatriation to KVGH."), "",
             T(c, "Nom : ", "Name: ") + c.name(p, c.pick(["SURFIRST", "full", "title"])),
             T(c, "DDN : ", "DOB: ") + c.dob(p),
             T(c, "Carte santé Ontario : ", "OHIP: ") + c.hcn(p),
             T(c, "Adresse : ", "Home address: ") + c.address(p),
             T(c, "Rx actuelle : ", "Current meds: ") + c.med(", ".join(c.rng.sample(HOME_MEDS[c.lang], 3))),
             T(c, "Derniers labos : ", "Last labs: ") + c.lab(sc["labs"][-1]), "",
             T(c, "Transport prévu par NorthAir ou par la route selon votre préférence.",
               "Transport by NorthAir or by road, your call."),
             "", sig(coord, c.lang)]
    return M(c, "repatriation", T(c, "rapatriement patient ontarien avec carte santé", "Ontario patient repatriation with OHIP"),
             A(coord), [kv], T(c, "Rapatriement vers KVGH – %s", "Repatriation to KVGH - %s") % transfer_no(c),
             "\n".join(lines))


# ------------------------------------------------------------------ P11
def tourist(c):
    c.w.tourists = getattr(c.w, "tourists", 0) + 1
    kind = "fra" if c.w.tourists % 2 else "bel"
    p = c.w.patient(kind, c.lang, age=c.rng.randint(24, 74))
    sc = scenario_for(c.rng, p.age, sex=p.sex, keys=["trauma", "hip", "stemi", "pe", "anaphylaxis", "dissection"])[c.lang]
    sw = c.w.staff(c.pick(["travailleuse sociale", "infirmière de liaison"]), c.lang)
    ass = ("Rapatria Assistance - dossiers médicaux", "medical@rapatria.example")
    idline = (T(c, "NIR (sécurité sociale française) : ", "French social security no. (NIR): ") + c.nir(p)) if kind == "fra" \
        else (T(c, "Numéro national belge (NISS) : ", "Belgian national number (NISS): ") + c.niss(p))
    fitness = c.pick(T(c, ["apte au vol commercial avec civière", "apte au vol avec escorte infirmière",
                           "non apte au vol avant 10 jours"],
                       ["fit for commercial flight on stretcher", "fit to fly with nurse escort",
                        "not fit to fly for 10 days"]))
    lines = [T(c, "Madame, Monsieur,", "Dear colleagues,"), "",
             T(c, "Suite à votre appel, voici le rapport médical pour votre assuré" +
               ("e" if p.sex == "F" else "") + " :", "Further to your call, the medical report for your insured:"),
             "", T(c, "Nom : ", "Name: ") + c.name(p, c.pick(["caps", "SURFIRST", "title"])),
             T(c, "Né" + ("e" if p.sex == "F" else "") + " le : ", "Date of birth: ") + c.dob(p, c.pick([1, 5 if c.lang == "fr" else 6])),
             idline,
             T(c, "Adresse en Europe : ", "Home address (Europe): ") + c.address(p),
             T(c, "Diagnostic : ", "Diagnosis: ") + c.dx(sc["dx"]),
             T(c, "Traitement : ", "Treatment: ") + c.med("; ".join(sc["meds"][:3])),
             T(c, "Aptitude au vol : ", "Fitness to fly: ") + fitness, "",
             T(c, "Le transfert vers l'aéroport se fera par ambulance (Ambulances Boréal-Est).",
               "Ground transfer to the airport will be by Boréal-Est Ambulance."),
             "", sig(sw, c.lang)]
    atts = []
    text = "\n".join(lines)
    if c.rng.random() < 0.4:
        docx = D.make_docx([("h", T(c, "Rapport médical pour rapatriement", "Medical report for repatriation")),
                            ("pre", "\n".join(lines[4:11]))], author=sw.plain)
        atts.append(att("docx", T(c, "rapport_médical_rapatriement.docx", "medical_report_repatriation.docx"), docx,
                        rfc2231=True))
    return M(c, "repatriation_foreign", T(c, "rapport médical pour assisteur européen", "medical report to European assistance company"),
             A(sw), [ass], T(c, "Votre dossier %s – rapport médical", "Your file %s - medical report") %
             ("RA-%06d" % c.rng.randrange(10 ** 6)), text, atts=atts)


# ------------------------------------------------------------------ P12
def social_transport(c):
    p = pat(c, nam_share=0.45)
    soc = c.pick(SOCIAL)
    sc = scenario_for(c.rng, p.age, sex=p.sex, keys=["hip", "copd", "hypogly", "palliative", "overdose", "psych", "sepsis"])[c.lang]
    sw = c.w.staff("travailleuse sociale", c.lang)
    dest = c.w.staff(c.pick(["coordonnateur des transferts", "commis aux transports"]), c.lang)
    lines = [hello(c, dest), "",
             T(c, "Pour le congé de demain :", "About tomorrow's discharge:"),
             ident(c, p, mrn=c.rng.random() < 0.5), "",
             T(c, "Situation : ", "Situation: ") + c.social(soc[c.lang]) + ".",
             T(c, "Hospitalisation pour ", "Admitted for ") + c.dx(sc["dx"]) + ".",
             T(c, ("Elle" if p.sex == "F" else "Il") + " n'a pas de téléphone fixe ; cellulaire : ",
               "No landline; cell: ") + c.phone(p),
             T(c, "Le transport doit être payé par l'établissement (formulaire T-12 signé).",
               "Transport to be billed to the facility (form T-12 signed)."),
             (T(c, "NAS pour la demande d'aide au transport : ", "SIN for the transport assistance application: ") + c.sin(p))
             if c.rng.random() < 0.4 else T(c, "Aucun proche joignable.", "No next of kin reachable."), "",
             T(c, "Merci de ne pas laisser de message détaillé sur la boîte vocale.",
               "Please don't leave a detailed voicemail."), "", sig(sw, c.lang)]
    return M(c, "social_transport", T(c, "transport de congé avec situation sociale", "discharge transport with social situation"),
             A(sw), [A(dest)], T(c, "Congé et transport – situation particulière", "Discharge transport - special situation"),
             "\n".join(lines))


# ------------------------------------------------------------------ P13
def pharmacy_rx(c):
    p = pat(c, nam_share=0.4)
    sc = scenario_for(c.rng, p.age, sex=p.sex, keys=["stemi", "copd", "hypogly", "gibleed", "seizure", "dka", "pe"])[c.lang]
    md = c.w.staff(c.pick(["urgentologue", "intensiviste"]), c.lang)
    ph = O("pharm", c.lang)
    meds = c.rng.sample(HOME_MEDS[c.lang], c.rng.randint(3, 5))
    hdr = ["Rx", T(c, "Posologie / remarque", "Directions / note")]
    rows = [[c.med(m.split(" ")[0]), c.med(m)] for m in meds]
    before = "\n".join([T(c, "Ordonnance de départ – retour du CUSML", "Discharge prescription - back from Mont-Lazare"),
                        ident(c, p, mrn=False, name_style="full"),
                        T(c, "Tél. : ", "Tel: ") + c.phone(p),
                        T(c, "Diagnostic principal : ", "Primary diagnosis: ") + c.dx(sc["dx"]),
                        T(c, "Allergie : ", "Allergy: ") + c.dx(c.pick(ALLERGIES[c.lang]))])
    after = T(c, "Cesser l'ancienne dose. Rappeler au besoin.", "Stop previous dose. Call with questions.") + "\n\n" + \
        sig(md, c.lang)
    html = html_table(hdr, rows, before, after)
    from gen_tpl import text_table
    text = before + "\n\n" + text_table(hdr, rows) + "\n\n" + after
    return M(c, "prescription", T(c, "ordonnance de départ transmise à la pharmacie", "discharge prescription to pharmacy"),
             A(md), [ph], T(c, "Ordonnance – %s", "Rx - %s") % c.name(p, "SURFIRST"), text, html=html)


# ------------------------------------------------------------------ P14
def forwarded(c):
    p = pat(c, nam_share=0.4)
    sc = scenario_for(c.rng, p.age, sex=p.sex)[c.lang]
    medic = c.w.staff("paramédic", c.lang)
    lead = c.w.staff("chef d'équipe", c.lang)
    qa = c.w.staff("conseiller qualité", c.lang)
    t0 = ago(c, days=c.rng.randint(1, 4), hours=c.rng.randint(1, 9))
    inc = incident_no(c)
    inner_subj = T(c, "Appel %s – %s", "Call %s - %s") % (inc, c.dx(sc["dx"].split(",")[0]))
    inner = "\n".join([hello(c, lead), "",
                       T(c, "Petit retour sur l'appel %s. Patient : " % inc, "Quick debrief on call %s. Patient: " % inc) +
                       (ident(c, p, mrn=False, sep=", ") if p.nam else c.name(p, c.pick(["full", "surfirst", "lower"]))) + ".",
                       T(c, "À l'arrivée : ", "On arrival: ") + c.dx(sc["cc"]) + "; " + c.lab(sc["vitals"]) + ".",
                       T(c, "On a donné ", "We gave ") + c.med(", ".join(sc["meds"][:2])) + ".",
                       T(c, "Le CH receveur nous a fait attendre 50 min au débarcadère, le patient a désaturé à 85 %.",
                         "Receiving ED kept us on the ramp for 50 min, patient desatted to 85%."),
                       "", medic.plain])
    if c.rng.random() < 0.5:
        eml = nested(c, A(medic), [A(lead)], inner_subj, inner, t0)
        body = "\n".join([hello(c, qa), "",
                          T(c, "Je te transfère le courriel de %s pour le comité (voir pièce jointe)." % medic.given,
                            "Forwarding %s's email for the committee (attached)." % medic.given),
                          "", sig(lead, c.lang, short=True)])
        atts = [att("eml", T(c, "Appel %s.eml", "Call %s.eml") % inc, eml)]
        note = T(c, "transfert avec courriel joint contenant les données patient",
                 "forward with attached email holding patient data")
    else:
        hdr = fwd_header(c.lang, "%s <%s>" % A(medic), "%s <%s>" % A(lead), fwd_date(c, t0), inner_subj,
                         style=c.rng.randint(0, 1))
        body = "\n".join([T(c, "Pour info, à discuter jeudi.", "FYI, for Thursday."), "", lead.given, "", hdr, inner])
        atts = []
        note = T(c, "transfert en ligne d'un retour d'appel", "inline forward of a call debrief")
    return M(c, "forward", note, A(lead), [A(qa)], T(c, "TR: ", "Fwd: ") + inner_subj, body, atts=atts)
