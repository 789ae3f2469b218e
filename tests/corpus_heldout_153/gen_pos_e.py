"""Positive messages, part E: patients identified by a number rather than a name (chart number,
SIN, Ontario health number), and occupational-disease paperwork."""
import gen_clin as K
import gen_common as G
import gen_docs as D
from gen_ctx import B, who
from gen_mime import Att
from gen_pos_a import hello


def psg_scoring_queue(c, lang):
    """Chart numbers only, no names."""
    b = B(c, lang)
    tech = c.staff("som")
    md = c.doctor(lang, "som")
    d = c.when()
    b.add("lab_result", "diagnosis")
    rows = []
    for p in c.patients(c.num(3, 6)):
        mr = b.mrn(p, c.pick(["plain", "hyphen", "prefix", "spaced"]))
        res, ahi = K.psg(c, lang, severe=c.chance(0.5))
        night = c.later(d.date(), -9, -1)
        if lang == "fr":
            rows.append("- dossier %s, nuit du %s : IAH %s/h, %s" % (mr, night.strftime("%d/%m"), K.fr_num(ahi, lang),
                                                                    c.pick(["SAHOS probable", "suspicion d'apnées centrales",
                                                                            "mouvements périodiques des jambes", "SAHOS positionnel"])))
        else:
            rows.append("- chart %s, night of %s: AHI %s/h, %s" % (mr, night.strftime("%b %d"), ahi,
                                                                 c.pick(["probable OSA", "suspected central apneas",
                                                                         "periodic limb movements", "positional OSA"])))
    if lang == "fr":
        body = "\n".join([hello(c, lang, md["short"]), "", "PSG scorées et prêtes pour interprétation :"] + rows +
                         ["", "Le dossier en P1 (camionneur) est le premier de la liste.", "", tech["given"]])
        subj = "PSG à interpréter"
    else:
        body = "\n".join([hello(c, lang, md["short"]), "", "PSGs scored and ready for interpretation:"] + rows +
                         ["", "The P1 (truck driver) is first on the list.", "", tech["given"]])
        subj = "PSGs to read"
    return b.mail("sleep_report", "sleep studies awaiting reading, listed by chart number only", who(tech), [who(md)], subj, d,
                  text=body, body_form="plain")


def archives_request(c, lang):
    b = B(c, lang)
    arch = c.staff("archives")
    ins = c.ext("ins")
    p = c.patient("adult")
    d = c.when()
    mr = b.mrn(p, c.pick(["plain", "prefix", "dotted"]))
    b.add("diagnosis", "lab_result")
    yr = d.year - 1
    if lang == "fr":
        body = "\n".join([hello(c, lang, ins["given"]), "",
                          "Suite à votre demande (autorisation signée reçue), voici ce que contient le dossier %s pour %d :" % (mr, yr),
                          "- Polysomnographie : IAH %s/h, %s" % (K.fr_num(c.dec(18, 60, 1), lang), K.dx("osa_sev", lang)),
                          "- TFR : %s" % K.spiro(c, lang), "- Titration PPC : pression efficace 11 cmH2O",
                          "Les copies certifiées vous seront envoyées par la poste (frais de 25 $).", "", G.staff_sig(arch, lang)])
        subj = "Votre demande de copie de dossier - réf. %d" % c.num(10000, 99999)
    else:
        body = "\n".join([hello(c, lang, ins["given"]), "",
                          "Further to your request (signed authorization received), chart %s contains the following for %d:" % (mr, yr),
                          "- Polysomnography: AHI %s/h, %s" % (c.dec(18, 60, 1), K.dx("osa_sev", lang)),
                          "- PFTs: %s" % K.spiro(c, lang), "- CPAP titration: effective pressure 11 cmH2O",
                          "Certified copies will follow by mail ($25 fee).", "", G.staff_sig(arch, lang)])
        subj = "Your chart copy request - ref. %d" % c.num(10000, 99999)
    return b.mail("records", "records release summary identified by chart number", who(arch), [who(ins)], subj, d, text=body)


def insurer_claim_sin(c, lang):
    """Insurer writes back quoting the SIN only."""
    b = B(c, lang)
    ins = c.ext("ins")
    clerk = c.staff("som")
    d = c.when()
    sin = G.make_sin(c.rng)
    b.record("ca_sin", sin)
    st = G.disguise(sin, c.pick(["spaced", "hyphen", "plain", "fullwidth"]))
    b.add("diagnosis", "lab_result")
    if lang == "fr":
        body = "\n".join(["Bonjour,", "",
                          "Réclamation no %d - assuré NAS %s" % (c.num(1000000, 9999999), st),
                          "La demande de remboursement de l'appareil de PPC (SAHOS) est en suspens : il nous manque le rapport "
                          "d'observance à 90 jours (utilisation ≥ 4 h/nuit sur 70 % des nuits).",
                          "Le dernier rapport reçu indiquait 48 % des nuits et un IAH résiduel de 9,2/h.",
                          "Merci de nous le faire parvenir d'ici 30 jours.", "", ins["full"], "Service des réclamations santé",
                          ins["org"], ins["phone"]])
        subj = "Réclamation PPC - document manquant"
    else:
        body = "\n".join(["Hello,", "", "Claim no. %d - plan member SIN %s" % (c.num(1000000, 9999999), st),
                          "The CPAP reimbursement claim (obstructive sleep apnea) is on hold: we are missing the 90-day "
                          "adherence report (use >= 4 h/night on 70% of nights).",
                          "The last report received showed 48% of nights and a residual AHI of 9.2/h.",
                          "Please send it within 30 days.", "", ins["full"], "Health Claims", ins["org"], ins["phone"]])
        subj = "CPAP claim - missing document"
    return b.mail("insurance", "insurer query quoting the member's SIN about a CPAP claim", who(ins), [who(clerk)], subj, d,
                  text=body)


def occupational_asthma(c, lang):
    b = B(c, lang)
    md = c.doctor(lang)
    agent = c.ext("ins")
    p = c.patient("adult", nam=c.chance(0.7))
    d = c.when()
    ident = b.ident_line(p, with_mrn=False)
    sin = G.make_sin(c.rng)
    b.record("ca_sin", sin)
    b.add("diagnosis", "lab_result", "medication")
    addr = b.contact(p, "addr")
    job = c.pick(["peintre automobile (isocyanates)", "boulanger (farine)", "travailleuse en scierie (cèdre rouge)",
                  "coiffeuse (persulfates)"]) if lang == "fr" else \
        c.pick(["autobody painter (isocyanates)", "baker (flour)", "sawmill worker (western red cedar)", "hairdresser (persulfates)"])
    if lang == "fr":
        paras = ["Rapport médical - maladie professionnelle pulmonaire", ident, "NAS : %s" % G.disguise(sin, "spaced"),
                 "Adresse : %s" % addr, "Emploi : %s" % job,
                 "Diagnostic : %s ; test de provocation spécifique positif (chute du VEMS de %d %%)" % (K.dx("occ_asthma", lang), c.num(18, 35)),
                 "DEP sériés : variabilité de %d %% les jours de travail" % c.num(22, 40),
                 "Traitement : %s" % "; ".join(K.meds(c, lang, "asthma", 2)),
                 "Recommandation : retrait permanent de l'exposition."]
        subj = "Rapport médical - asthme professionnel"
        body = "\n".join([hello(c, lang), "", "Rapport médical ci-joint pour le dossier de réclamation.", "", G.staff_sig(md, lang)])
    else:
        paras = ["Medical report - occupational lung disease", ident, "SIN: %s" % G.disguise(sin, "spaced"),
                 "Address: %s" % addr, "Job: %s" % job,
                 "Diagnosis: %s; positive specific inhalation challenge (FEV1 fall %d%%)" % (K.dx("occ_asthma", lang), c.num(18, 35)),
                 "Serial PEF: %d%% variability on work days" % c.num(22, 40),
                 "Treatment: %s" % "; ".join(K.meds(c, lang, "asthma", 2)),
                 "Recommendation: permanent removal from exposure."]
        subj = "Medical report - occupational asthma"
        body = "\n".join([hello(c, lang), "", "Medical report attached for the claim file.", "", G.staff_sig(md, lang)])
    fn = ("rapport_medical_%s.pdf" if lang == "fr" else "medical_report_%s.pdf") % d.strftime("%Y%m%d")
    return b.mail("insurance", "occupational asthma report with SIN", who(md), [who(agent)], subj, d, text=body,
                  atts=[Att(fn, "application/pdf", D.pdf_bytes(paras[0], paras[1:], author=md["full"]))])


def ontario_o2(c, lang):
    b = B(c, lang)
    rt = c.staff("pod")
    fht = c.ext("ont")
    p = c.patient("senior")
    d = c.when()
    hn = G.make_ohip(c.rng)
    b.record("ca_health_number", hn)
    hn_txt = c.pick([G.ohip_std(hn, c.pick(["", "MK", "TR"])), G.disguise(hn, "spaced"), G.disguise(hn, "dotted"), hn])
    nm = b.name(p, c.pick(["upper_first", "full", "title_full"]))
    b.add("diagnosis", "lab_result", "medication")
    if lang == "fr":
        body = "\n".join(["Bonjour,", "",
                          "%s (Santé Ontario %s) déménage à Ottawa le mois prochain." % (nm, hn_txt),
                          "Suivi au programme O2 pour %s ; dernier %s." % (K.dx("hypox", lang), K.abg(c, lang)),
                          "Ordonnance actuelle : %s." % K.oxygen_rx(c, lang),
                          "Pouvez-vous prendre le relais pour la requalification (programme AAD de l'Ontario) ?", "",
                          G.staff_sig(rt, lang)])
        subj = "Transfert de suivi - oxygène à domicile"
    else:
        body = "\n".join(["Hello,", "", "%s (Ontario health number %s) is moving to Ottawa next month." % (nm, hn_txt),
                          "Followed in our O2 program for %s; latest %s." % (K.dx("hypox", lang), K.abg(c, lang)),
                          "Current prescription: %s." % K.oxygen_rx(c, lang),
                          "Could you take over requalification (Ontario ADP home oxygen)?", "", G.staff_sig(rt, lang)])
        subj = "Transfer of care - home oxygen"
    return b.mail("oxygen", "home oxygen transfer to Ontario team with health number", who(rt), [who(fht)], subj, d, text=body)


TEMPLATES = [psg_scoring_queue, archives_request, insurer_claim_sin, occupational_asthma, ontario_o2]


_VISITOR_TURN = [0]


def european_visitor(c, lang):
    """A tourist seen for a respiratory problem; billing goes to the home country's insurer."""
    b = B(c, lang)
    clerk = c.staff("archives")
    md = c.doctor(lang)
    p = c.patient("adult")
    d = c.when()
    belgian = _VISITOR_TURN[0] % 2 == 0
    _VISITOR_TURN[0] += 1
    if belgian:
        num = G.make_niss(c.rng, p["dob"], p["sex"])
        b.record("be_niss", num)
        shown = c.pick([G.niss_std(num), G.disguise(num, "spaced"), num])
        lab_fr, lab_en, payer = "NISS (Belgique)", "Belgian NISS", ("la mutualité belge", "the Belgian health fund")
    else:
        num = G.make_nir(c.rng, p["dob"], p["sex"])
        b.record("fr_nir", num)
        shown = c.pick([G.nir_std(num), num, G.disguise(num, "fullwidth")])
        lab_fr, lab_en, payer = "NIR (France)", "French NIR", ("la CPAM", "the French CPAM")
    nm = b.name(p, c.pick(["upper_first", "full", "sur_comma"]))
    dob = b.dob(p)
    b.add("diagnosis", "medication")
    if lang == "fr":
        rows = [("Nom", nm), ("Date de naissance", dob), (lab_fr, shown),
                ("Motif", "%s - nébulisations salbutamol/ipratropium, prednisone 50 mg" % K.dx(c.pick(["asthma", "copd_ae"]), lang)),
                ("Payeur", payer[0])]
        body = "\n".join([hello(c, lang, clerk["given"]), "", "Visiteur vu à l'urgence hier soir, facturation hors Canada :"] +
                         ["%s : %s" % r for r in rows] + ["", "Merci de préparer le relevé détaillé.", "", md["short"]])
        subj = "Facturation visiteur étranger"
    else:
        rows = [("Name", nm), ("DOB", dob), (lab_en, shown),
                ("Reason", "%s - salbutamol/ipratropium nebs, prednisone 50 mg" % K.dx(c.pick(["asthma", "copd_ae"]), lang)),
                ("Payer", payer[1])]
        body = "\n".join([hello(c, lang, clerk["given"]), "", "Visitor seen in the ER last night, billing outside Canada:"] +
                         ["%s: %s" % r for r in rows] + ["", "Please prepare the itemized statement.", "", md["short"]])
        subj = "Billing - foreign visitor"
    return b.mail("billing", "ER billing for a European visitor with national number", who(md), [who(clerk)], subj, d, text=body)


TEMPLATES.append(european_visitor)
