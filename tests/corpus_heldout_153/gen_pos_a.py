"""Positive messages, part A: pulmonary function laboratory and home oxygen programme."""
import gen_clin as K
import gen_common as G
import gen_docs as D
from gen_ctx import B, who
from gen_mime import Att


def hello(c, lang, person=None):
    if person:
        if lang == "fr":
            return c.pick(["Bonjour %s,", "Salut %s,", "Bonjour %s,"]) % person
        return c.pick(["Hi %s,", "Hello %s,", "Good morning %s,"]) % person
    return c.pick(["Bonjour,", "Bonjour à tous,", "Allô,"]) if lang == "fr" else c.pick(["Hi,", "Hello,", "Good morning,"])


def thanks(c, lang):
    return c.pick(["Merci !", "Merci beaucoup,", "Bonne journée,", "Merci de votre collaboration,"]) if lang == "fr" \
        else c.pick(["Thanks!", "Thank you,", "Best regards,", "Cheers,"])


# --------------------------------------------------------------------------
def pft_request(c, lang):
    b = B(c, lang)
    md = c.doctor(lang, "pneumo")
    lab = c.unit_box("lfp", lang)
    p = c.patient("senior", nam=c.chance(0.75))
    ident = b.ident_line(p)
    dxk = c.pick(["copd", "asthma", "ipf", "sarco", "a1at"])
    b.add("diagnosis", "medication")
    m = K.meds(c, lang, "asthma" if dxk == "asthma" else "copd", 2)
    d = c.when()
    if lang == "fr":
        subj = c.pick(["Requête TFR complètes + DLCO", "Demande de bilan fonctionnel respiratoire",
                       "TFR à céduler svp"])
        body = "\n".join([
            hello(c, lang), "",
            "Pourriez-vous céduler des TFR complètes (spirométrie pré/post, volumes, DLCO) pour :", "",
            ident, "",
            "Indication : dyspnée d'effort progressive, suivi de %s." % K.dx(dxk, lang),
            "Traitement actuel : %s ; %s." % (m[0], m[1]),
            "Cesser les bronchodilatateurs selon le protocole habituel avant le test.",
            "Priorité : %s." % c.pick(["P2 (d'ici 4 semaines)", "P3", "semi-urgente"]), "",
            thanks(c, lang), "", G.staff_sig(md, lang)])
    else:
        subj = c.pick(["PFT requisition - full PFTs + DLCO", "Request: pulmonary function testing",
                       "Please book PFTs"])
        body = "\n".join([
            hello(c, lang), "",
            "Could you please book full PFTs (pre/post spirometry, lung volumes, DLCO) for:", "",
            ident, "",
            "Indication: progressive exertional dyspnea, follow-up of %s." % K.dx(dxk, lang),
            "Current meds: %s; %s." % (m[0], m[1]),
            "Hold bronchodilators per the usual protocol before testing.",
            "Priority: %s." % c.pick(["P2 (within 4 weeks)", "P3", "semi-urgent"]), "",
            thanks(c, lang), "", G.staff_sig(md, lang)])
    return b.mail("pft_request", "PFT requisition with identity and diagnosis", who(md), [lab], subj, d, text=body)


def pft_report(c, lang):
    b = B(c, lang)
    tech = c.staff("lfp")
    md = c.ext("gmf", role="md")
    p = c.patient("senior", nam=c.chance(0.75))
    d = c.when()
    ident = b.ident_line(p, with_mrn=True)
    b.add("lab_result", "diagnosis")
    rows = K.spiro_rows(c, lang)
    concl = c.pick(["copd3", "copd", "asthma", "ipf"])
    if lang == "fr":
        lines = ident.split("\n") + ["", "Date de l'examen : %s" % G.fmt_date(d.date(), lang, "iso"), "",
                                     "Paramètre | Mesuré | % prédit | Post-BD"] + \
            [" | ".join(r) for r in rows] + ["", "Interprétation : %s. %s" % (
                c.pick(["Syndrome obstructif", "Trouble ventilatoire obstructif", "Atteinte restrictive probable"]),
                "Compatible avec %s." % K.dx(concl, lang)), "Validé par le pneumologue de garde."]
        title = "Rapport - Épreuves de fonction respiratoire"
        fn = c.pick(["rapport_TFR_%s.pdf" % d.strftime("%Y%m%d"), "EFR_resultats.pdf", "LFP-rapport.pdf"])
        subj = c.pick(["Résultats TFR", "Rapport LFP", "TFR - rapport final"])
        body = "\n".join([hello(c, lang, "Dr " + md["surname"]), "",
                          "Voici le rapport des épreuves de fonction respiratoire de votre patient%s (pièce jointe)." %
                          ("e" if p["sex"] == "F" else ""),
                          c.pick(["Le rapport papier suit par la poste interne.", "Bonne lecture.",
                                  "N'hésitez pas si vous avez des questions."]), "",
                          thanks(c, lang), "", G.staff_sig(tech, lang)])
    else:
        lines = ident.split("\n") + ["", "Test date: %s" % G.fmt_date(d.date(), lang, "iso"), "",
                                     "Parameter | Measured | % pred | Post-BD"] + \
            [" | ".join(r) for r in rows] + ["", "Interpretation: %s. %s" % (
                c.pick(["Obstructive defect", "Moderate-to-severe obstruction", "Probable restrictive defect"]),
                "Consistent with %s." % K.dx(concl, lang)), "Signed by the respirologist on call."]
        title = "Pulmonary Function Test Report"
        fn = c.pick(["PFT_report_%s.pdf" % d.strftime("%Y%m%d"), "PFT_results.pdf", "PFL-report.pdf"])
        subj = c.pick(["PFT results", "PFT report attached", "Pulmonary function report"])
        body = "\n".join([hello(c, lang, "Dr. " + md["surname"]), "",
                          "Please find attached the PFT report for your patient.",
                          c.pick(["A paper copy follows by mail.", "Let us know if anything is unclear."]), "",
                          thanks(c, lang), "", G.staff_sig(tech, lang)])
    pdf = D.pdf_bytes(title, lines, author=tech["full"])
    return b.mail("pft_report", "PFT report PDF with identity and values", who(tech), [who(md)], subj, d, text=body,
                  atts=[Att(fn, "application/pdf", pdf)])


def pft_filename(c, lang):
    """Name only in the attachment file name (and inside), body has the clinical content."""
    b = B(c, lang)
    tech = c.staff("lfp")
    md = c.doctor(lang)
    p = c.patient("adult")
    d = c.when()
    b.add("patient_name", "lab_result", "diagnosis")
    fn = "%s_%s_%s_%s.pdf" % (c.pick(["Spiro", "TFR", "PFT", "Spirometrie"]), G.strip_accents(p["surname"]).replace("'", ""),
                              p["given"][0], d.strftime("%Y-%m-%d"))
    res = K.spiro(c, lang)
    if lang == "fr":
        body = "\n".join([hello(c, lang), "", "Spirométrie faite ce matin, voir PJ.", res + ".",
                          "Obstruction %s avec réversibilité %s." % (c.pick(["modérée", "légère", "sévère"]),
                                                                     c.pick(["significative", "non significative"])),
                          "Compatible avec %s. Je te laisse ajuster les pompes." % K.dx(c.pick(["asthma", "copd"]), lang),
                          "", c.pick(["Merci", "Bonne fin de journée"]), tech["given"]])
        subj = c.pick(["Spiro ce matin", "spiro faite", "Résultat spiro demandé"])
        lines = ["Patient : %s" % G.name_form(p, "upper_first"), "Date : %s" % d.strftime("%Y-%m-%d"), res]
        title = "Spirométrie"
    else:
        body = "\n".join([hello(c, lang), "", "Spirometry done this morning, see attachment.", res + ".",
                          "%s obstruction with %s reversibility." % (c.pick(["Moderate", "Mild", "Severe"]),
                                                                      c.pick(["significant", "no significant"])),
                          "Consistent with %s - over to you for the inhalers." % K.dx(c.pick(["asthma", "copd"]), lang),
                          "", c.pick(["Thanks", "Have a good one"]), tech["given"]])
        subj = c.pick(["Spiro this AM", "spirometry done", "Requested spiro result"])
        lines = ["Patient: %s" % G.name_form(p, "upper_first"), "Date: %s" % d.strftime("%Y-%m-%d"), res]
        title = "Spirometry"
    return b.mail("pft_report", "spirometry result, patient name only in attachment and its file name", who(tech),
                  [who(md)], subj, d, text=body,
                  atts=[Att(fn, "application/pdf", D.pdf_bytes(title, lines, author=tech["full"]))], body_form="plain")


def pft_reschedule(c, lang):
    """Reply with quoted text: booking for care."""
    b = B(c, lang)
    clerk = c.staff("lfp")
    p = c.patient("adult")
    d = c.when()
    nm = b.name(p, c.pick(["title_full", "full", "upper_first"]))
    ph = b.contact(p, "phone")
    mr = b.mrn(p)
    b.add("diagnosis")
    newd = c.later(d.date(), 3, 20)
    hh = c.pick(["8 h 00", "9 h 30", "10 h 15", "13 h 00", "14 h 45"])
    pat_mail = ("%s.%s@courriel.example" % (G.strip_accents(p["given"]).lower(), G.strip_accents(p["surname"]).lower()
                                            .replace("'", "").replace(" ", ""))).replace("-", "")
    if lang == "fr":
        q = ["> De : %s" % nm, "> Envoyé : %s" % G.fmt_date(d.date(), lang),
             "> Je ne pourrai pas me présenter à mon test de méthacholine, j'ai une grippe depuis lundi.",
             "> Mon asthme est pas mal instable, je prends mon Ventolin 4-5 fois par jour.",
             "> Vous pouvez me rejoindre au %s." % ph]
        body = "\n".join(["Bonjour %s," % nm, "",
                          "Nous avons déplacé votre test de provocation à la méthacholine au %s à %s." % (
                              G.fmt_date(newd, lang), hh),
                          "Avec une infection respiratoire récente, il faut attendre 4 à 6 semaines : c'est donc la bonne décision.",
                          "Votre numéro de dossier : %s (à présenter à l'accueil)." % mr,
                          "Ne prenez pas votre Ventolin dans les 6 heures précédant le test si possible.", "",
                          "Cordialement,", "", G.staff_sig(clerk, lang), ""] + q)
        subj = "RE: Annulation test méthacholine"
    else:
        q = ["> From: %s" % nm, "> Sent: %s" % G.fmt_date(d.date(), lang),
             "> I won't make it to my methacholine test, I've had the flu since Monday.",
             "> My asthma is acting up, using my Ventolin 4-5 times a day.",
             "> You can reach me at %s." % ph]
        body = "\n".join(["Dear %s," % nm, "",
                          "We have moved your methacholine challenge to %s at %s." % (G.fmt_date(newd, lang),
                                                                                      hh.replace(" h ", ":")),
                          "After a recent respiratory infection we need to wait 4 to 6 weeks, so that is the right call.",
                          "Your chart number: %s (please show it at reception)." % mr,
                          "Please avoid your Ventolin for 6 hours before the test if you can.", "",
                          "Kind regards,", "", G.staff_sig(clerk, lang), ""] + q)
        subj = "RE: Cancelling methacholine test"
    b.add("medication")
    return b.mail("appointment", "reply to patient rebooking a test, symptoms quoted", who(clerk),
                  [(G.name_form(p, "full"), pat_mail)], subj, d, text=body)


def oxygen_vendor(c, lang):
    b = B(c, lang)
    rt = c.staff("pod")
    vend = c.ext("oxy")
    p = c.patient("senior", nam=c.chance(0.65))
    d = c.when()
    ident = b.ident_line(p)
    addr = b.contact(p, "addr")
    tel = b.contact(p, "phone")
    rx = K.oxygen_rx(c, lang)
    b.add("medication", "diagnosis", "lab_result")
    ab = K.abg(c, lang)
    start = c.later(d.date(), 1, 6)
    if lang == "fr":
        subj = c.pick(["Nouvelle installation O2 domicile", "Demande d'installation - oxygène", "Installation concentrateur"])
        body = "\n".join([hello(c, lang, vend["given"]), "",
                          "Nouvelle demande d'installation pour le programme d'oxygénothérapie à domicile :", "",
                          ident, "Adresse : %s" % addr, "Téléphone : %s (%s)" % (tel, c.pick(["domicile", "cellulaire de la fille", "maison"])), "",
                          "Diagnostic : %s" % K.dx(c.pick(["copd3", "hypox", "ipf"]), lang),
                          "Critères : %s" % ab, "Prescription : %s" % rx,
                          "Installation souhaitée : %s, en avant-midi si possible (patient%s ne conduit plus)." % (
                              G.fmt_date(start, lang), "e" if p["sex"] == "F" else ""),
                          "Chat et escalier extérieur de 6 marches, prévoir le chariot.", "",
                          thanks(c, lang), "", G.staff_sig(rt, lang)])
    else:
        subj = c.pick(["New home O2 set-up", "Home oxygen installation request", "Concentrator install"])
        body = "\n".join([hello(c, lang, vend["given"]), "",
                          "New installation request for the home oxygen program:", "",
                          ident, "Address: %s" % addr, "Phone: %s (%s)" % (tel, c.pick(["home", "daughter's cell", "landline"])), "",
                          "Diagnosis: %s" % K.dx(c.pick(["copd3", "hypox", "ipf"]), lang),
                          "Qualifying values: %s" % ab, "Prescription: %s" % rx,
                          "Preferred install date: %s, morning if possible (patient no longer drives)." %
                          G.fmt_date(start, lang),
                          "Cat in the house and six outside steps - bring the dolly.", "",
                          thanks(c, lang), "", G.staff_sig(rt, lang)])
    return b.mail("oxygen", "home oxygen installation request to vendor", who(rt), [who(vend)], subj, d, text=body,
                  cc=[c.unit_box("pod", lang)])


def oxygen_requal(c, lang):
    b = B(c, lang)
    rt = c.staff("pod")
    md = c.doctor(lang)
    p = c.patient("senior", nam=c.chance(0.65))
    d = c.when()
    b.add("lab_result", "diagnosis", "medication")
    ident = b.ident_line(p, with_mrn=True)
    ab, wk = K.abg(c, lang, hypox=c.chance(0.6)), K.walk(c, lang)
    if lang == "fr":
        paras = ident.split("\n") + ["", "Réévaluation annuelle - programme d'O2 à domicile",
                                     "Diagnostic : %s" % K.dx("copd3", lang), ab, wk,
                                     "Ordonnance actuelle : %s" % K.oxygen_rx(c, lang),
                                     "Tabagisme : %s" % c.pick(["cessé depuis 2019", "nie toute consommation", "1/2 paquet/j, counseling fait"]),
                                     "Recommandation : %s" % c.pick(["maintien de l'O2 continu", "retrait de l'O2 à l'effort",
                                                                     "ajout O2 nocturne, oxymétrie à refaire dans 3 mois"])]
        fn = "Requalification_O2_%s.docx" % d.strftime("%Y%m")
        subj = c.pick(["Requalification O2 à signer", "Réévaluation annuelle O2 - signature requise"])
        body = "\n".join([hello(c, lang, md["short"]), "",
                          "Le formulaire de requalification est en pièce jointe, il manque seulement votre signature.",
                          "Les gaz sont %s." % c.pick(["limites", "encore franchement bas", "corrects"]), "",
                          thanks(c, lang), "", G.staff_sig(rt, lang)])
        title = "Requalification - oxygénothérapie à domicile"
    else:
        paras = ident.split("\n") + ["", "Annual reassessment - home oxygen program",
                                     "Diagnosis: %s" % K.dx("copd3", lang), ab, wk,
                                     "Current prescription: %s" % K.oxygen_rx(c, lang),
                                     "Smoking: %s" % c.pick(["quit in 2019", "denies", "half a pack a day, counselled"]),
                                     "Recommendation: %s" % c.pick(["continue continuous O2", "stop exertional O2",
                                                                    "add nocturnal O2, repeat oximetry in 3 months"])]
        fn = "O2_requalification_%s.docx" % d.strftime("%Y%m")
        subj = c.pick(["O2 requalification to sign", "Annual O2 reassessment - signature needed"])
        body = "\n".join([hello(c, lang, md["short"]), "",
                          "The requalification form is attached; it only needs your signature.",
                          "Gases are %s." % c.pick(["borderline", "still clearly low", "fine"]), "",
                          thanks(c, lang), "", G.staff_sig(rt, lang)])
        title = "Home oxygen requalification"
    doc = D.docx_bytes(title, paras, author=rt["full"])
    return b.mail("oxygen", "oxygen requalification DOCX with gases", who(rt), [who(md)], subj, d, text=body,
                  atts=[Att(fn, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc)])


def oxygen_safety(c, lang):
    b = B(c, lang)
    rt = c.staff("pod")
    sw = c.ext("clsc", role="sw")
    p = c.patient("senior")
    d = c.when()
    nm = b.name(p, c.pick(["title_full", "full", "upper_first", "lower"]))
    addr = b.contact(p, "addr")
    b.add("social_information", "diagnosis", "medication")
    if lang == "fr":
        subj = c.pick(["Signalement sécurité - O2 et tabagisme", "Inquiétude sécurité à domicile (O2)", "Visite à domicile préoccupante"])
        body = "\n".join([hello(c, lang, sw["given"]), "",
                          "Lors de ma visite d'hier chez %s (%s), j'ai constaté des mégots près du concentrateur et des "
                          "brûlures sur la tubulure. %s fume encore sous O2 2 L/min malgré nos avertissements." % (
                              nm, addr, "Elle" if p["sex"] == "F" else "Il"),
                          "Vit seul%s depuis le décès du conjoint, logement encombré, chauffage d'appoint au propane." % (
                              "e" if p["sex"] == "F" else ""),
                          "Revenu : %s. Le propriétaire menace de ne pas renouveler le bail." % c.pick(
                              ["aide sociale", "pension de vieillesse + SRG seulement", "prestations d'invalidité"]),
                          "MPOC sévère, hospitalisé%s deux fois cet hiver." % ("e" if p["sex"] == "F" else ""), "",
                          "Pourrais-tu évaluer la situation rapidement ? On envisage le retrait de l'oxygène si rien ne change.",
                          "", thanks(c, lang), "", G.staff_sig(rt, lang)])
    else:
        subj = c.pick(["Safety concern - home O2 and smoking", "Home visit concern (oxygen)", "Urgent: unsafe O2 use at home"])
        body = "\n".join([hello(c, lang, sw["given"]), "",
                          "During yesterday's visit to %s (%s) I found cigarette butts next to the concentrator and "
                          "burn marks on the tubing. Still smoking on O2 2 L/min despite our warnings." % (nm, addr),
                          "Lives alone since the spouse died, cluttered apartment, propane space heater.",
                          "Income: %s. The landlord is threatening not to renew the lease." % c.pick(
                              ["social assistance", "OAS + GIS only", "disability benefits"]),
                          "Severe COPD, admitted twice this winter.", "",
                          "Could you assess soon? We are considering withdrawing oxygen if nothing changes.", "",
                          thanks(c, lang), "", G.staff_sig(rt, lang)])
    return b.mail("social", "home oxygen safety and social situation to CLSC", who(rt), [who(sw)], subj, d, text=body)


def oximetry_csv(c, lang):
    b = B(c, lang)
    rt = c.staff("pod")
    md = c.doctor(lang)
    p = c.patient("senior", nam=c.chance(0.55))
    d = c.when()
    b.add("lab_result")
    rows = []
    t0 = 22 * 60 + c.num(0, 50)
    for i in range(0, 24):
        mins = (t0 + i * 20) % (24 * 60)
        rows.append(("%02d:%02d" % (mins // 60, mins % 60), c.num(81, 94), c.num(58, 92)))
    nadir = min(r[1] for r in rows)
    if p.get("nam"):
        hdr_lines = [b.ident_line(p, with_mrn=False, plain_nam=True)]
    else:
        hdr_lines = ["%s ; %s" % (b.name(p, "upper_first"), b.mrn(p, "plain"))]
    if lang == "fr":
        header = ["heure", "SpO2 (%)", "pouls (bpm)"]
        pre = "\n".join("# " + x for x in "\n".join(hdr_lines).split("\n")) + "\n# Oxymétrie nocturne à l'air ambiant\n"
        body = "\n".join([hello(c, lang, md["short"]), "", "Oxymétrie nocturne faite la nuit dernière (fichier CSV joint).",
                          "SpO2 moyenne %d %%, nadir %d %%, %d %% du temps sous 88 %%." % (c.num(86, 90), nadir, c.num(20, 64)),
                          "Je recommande l'ajout d'O2 nocturne.", "", G.staff_sig(rt, lang)])
        subj, fn = "Oxymétrie nocturne", "oxymetrie_%s.csv" % d.strftime("%Y%m%d")
        b.add("medication")
    else:
        header = ["time", "SpO2 (%)", "pulse (bpm)"]
        pre = "\n".join("# " + x for x in "\n".join(hdr_lines).split("\n")) + "\n# Overnight oximetry on room air\n"
        body = "\n".join([hello(c, lang, md["short"]), "", "Overnight oximetry from last night attached (CSV).",
                          "Mean SpO2 %d%%, nadir %d%%, %d%% of time below 88%%." % (c.num(86, 90), nadir, c.num(20, 64)),
                          "I'd suggest nocturnal O2.", "", G.staff_sig(rt, lang)])
        subj, fn = "Overnight oximetry", "oximetry_%s.csv" % d.strftime("%Y%m%d")
        b.add("medication")
    csvt = pre + D.csv_text(header, rows, delimiter=c.pick([";", ","]))
    return b.mail("oximetry", "overnight oximetry CSV with identity header", who(rt), [who(md)], subj, d, text=body,
                  atts=[Att(fn, "text/csv", csvt)])


TEMPLATES = [pft_request, pft_report, pft_filename, pft_reschedule, oxygen_vendor, oxygen_requal, oxygen_safety,
             oximetry_csv]
