"""Negative messages, part C: clinical-sounding but non-identifying mail (newsletters, programmes,
committees, teaching cases, blank forms, templates, shortages, recalls, protocols)."""
import html

import gen_clin as K
import gen_common as G
import gen_docs as D
from gen_ctx import who
from gen_mime import Att
from gen_neg_a import nm
from gen_neg_b import lot, luhn_serial
from gen_pos_a import hello
from gen_pos_b import DOCX


def newsletter(c, lang):
    com = c.staff("adm")
    d = c.when()
    m1, m2, rt = c.doctor(lang), c.doctor(lang, "som"), c.staff("cer")
    n_cpap = c.num(1100, 1900)
    if lang == "fr":
        items = [("Nouvelle clinique de fibrose pulmonaire",
                  "%s, pneumologue, accueille depuis septembre les patients atteints de fibrose pulmonaire idiopathique et de "
                  "sarcoïdose les mardis après-midi." % m1["short"]),
                 ("Apnée du sommeil : le télésuivi progresse",
                  "%d patients sous PPC sont maintenant suivis à distance. %s rappelle que l'observance moyenne est passée de 61 %% à 74 %%."
                  % (n_cpap, m2["short"])),
                 ("Bravo !", "Mme %s, infirmière au Centre MPOC-asthme, a reçu le prix Reconnaissance de l'Association pulmonaire "
                  "régionale pour son programme d'enseignement aux personnes vivant avec la MPOC." % rt["full"]),
                 ("Journée mondiale de l'asthme", "Kiosque dans le hall principal le 6 mai : technique d'inhalation, dépistage par spirométrie.")]
        title, subj = "L'Inspir - bulletin des services respiratoires", "L'Inspir - bulletin no %d" % c.num(20, 60)
    else:
        items = [("New pulmonary fibrosis clinic",
                  "%s, respirologist, has been seeing patients with idiopathic pulmonary fibrosis and sarcoidosis on Tuesday "
                  "afternoons since September." % m1["short"]),
                 ("Sleep apnea: remote monitoring grows",
                  "%d CPAP patients are now followed remotely. %s notes mean adherence rose from 61%% to 74%%." % (n_cpap, m2["short"])),
                 ("Congratulations!", "Ms. %s, nurse at the COPD and Asthma Centre, received the regional Lung Association "
                  "recognition award for her COPD education program." % rt["full"]),
                 ("World Asthma Day", "Booth in the main lobby on May 6: inhaler technique and spirometry screening.")]
        title, subj = "The Inspire - respiratory services newsletter", "The Inspire - issue %d" % c.num(20, 60)
    htm = ("<html><body style=\"font-family:Georgia,serif\"><h1>%s</h1>\n" % html.escape(title) +
           "".join("<h3>%s</h3>\n<p>%s</p>\n" % (html.escape(h), html.escape(t)) for h, t in items) +
           "<hr><p style=\"font-size:9pt\">%s - %s - %s-555-0100<br>%s</p></body></html>\n" % (
               G.HOSP_FR if lang == "fr" else G.HOSP_EN, G.HOSP_ADDR, G.AREA,
               "Pour vous désabonner, répondez « retrait »." if lang == "fr" else "To unsubscribe, reply \"remove\"."))
    text = title + "\n\n" + "\n\n".join("%s\n%s" % it for it in items)
    return nm(c, lang, "newsletter", "department newsletter naming staff and physicians", who(com),
              [("Tous / All staff", "tous@%s" % G.DOMAIN)], subj, d, text=text, html=htm, body_form=c.pick(["html", "alt"]))


def conference(c, lang):
    org = c.ext("congres")
    d = c.when()
    sp = [c.doctor(lang) for _ in range(4)] + [c.staff("inh") for _ in range(2)]
    topics_fr = ["MPOC : nouvelles lignes directrices GOLD", "Asthme sévère et biologiques : pour qui ?", "SAHOS et conduite automobile",
                 "Oxygénothérapie à domicile : qui en bénéficie vraiment ?", "Ventilation non invasive chez les patients SLA",
                 "Spirométrie de qualité en première ligne"]
    topics_en = ["COPD: new GOLD guidelines", "Severe asthma and biologics: who qualifies?", "OSA and driving",
                 "Home oxygen: who really benefits?", "NIV in ALS patients", "Quality spirometry in primary care"]
    tops = topics_fr if lang == "fr" else topics_en
    day = c.later(d.date(), 30, 120)
    lines = []
    for i, s in enumerate(sp):
        hh = "%02d h %02d" % (8 + i, 30) if lang == "fr" else "%d:30" % (8 + i)
        who_ = s.get("short") or ("%s, inh." % s["full"] if lang == "fr" else "%s, RRT" % s["full"])
        lines.append("%s  %s - %s" % (hh, tops[i], who_))
    title = ("Colloque régional en soins respiratoires - %s" if lang == "fr" else "Regional respiratory care symposium - %s") % G.fmt_date(day, lang)
    pdf = D.pdf_bytes(title, lines + ["", "Hôtel du Lac-Brûlé, 45 chemin du Lac-Brûlé" if lang == "fr" else "Lac-Brûlé Hotel, 45 chemin du Lac-Brûlé",
                                      "Crédits de formation : 6 h (OPIQ)" if lang == "fr" else "CE credits: 6 h (OPIQ)"], author=org["org"])
    body = "\n".join([hello(c, lang), "", ("Le programme de notre colloque annuel est joint. Inscription avant le %s." if lang == "fr"
                                           else "Our annual symposium programme is attached. Register by %s.") % G.fmt_date(c.later(d.date(), 10, 25), lang),
                      "", org["full"], org["org"], org["phone"]])
    return nm(c, lang, "conference", "conference programme with speakers and topics", who(org), [c.unit_box("inh", lang)],
              ("Programme - colloque régional" if lang == "fr" else "Programme - regional symposium"), d, text=body,
              atts=[Att("programme_colloque.pdf" if lang == "fr" else "symposium_programme.pdf", "application/pdf", pdf)])


def committee_notice(c, lang):
    sec = c.staff("adm")
    d = c.when()
    pres = c.doctor(lang)
    m2 = c.doctor(lang)
    day = c.later(d.date(), 5, 20)
    if lang == "fr":
        body = "\n".join(["Comité de pharmacologie - avis de convocation", "",
                          "Date : %s, 12 h 00, salle du conseil" % G.fmt_date(day, lang), "Présidence : %s" % pres["short"], "",
                          "Ordre du jour :",
                          "1. Ajout au formulaire : Breztri Aerosphere pour la MPOC (présenté par %s)" % m2["short"],
                          "2. Protocole de prednisone en exacerbation d'asthme à l'urgence",
                          "3. Pénurie de bromure d'ipratropium en nébulisation - stratégie",
                          "4. Statistiques de consommation des inhalateurs (T%d)" % c.num(1, 4), "",
                          "Secrétariat du comité", G.HOSP_FR, "Tél. : %s-555-0100" % G.AREA])
        subj = "Convocation - comité de pharmacologie"
    else:
        body = "\n".join(["Pharmacy & Therapeutics Committee - notice of meeting", "",
                          "Date: %s, 12:00, boardroom" % G.fmt_date(day, lang), "Chair: %s" % pres["short"], "", "Agenda:",
                          "1. Formulary addition: Breztri Aerosphere for COPD (presented by %s)" % m2["short"],
                          "2. ER prednisone protocol for asthma exacerbations",
                          "3. Nebulized ipratropium shortage - strategy", "4. Inhaler utilization statistics (Q%d)" % c.num(1, 4), "",
                          "Committee secretariat", G.HOSP_EN, "Tel.: %s-555-0100" % G.AREA])
        subj = "Notice - P&T committee"
    return nm(c, lang, "committee", "committee meeting notice with physicians and disease topics", who(sec),
              [("Membres du comité", "comite.pharmaco@%s" % G.DOMAIN)], subj, d, text=body)


def teaching_case(c, lang):
    md = c.doctor(lang)
    d = c.when()
    age = c.num(48, 79)
    sx = c.pick(["Homme", "Femme"]) if lang == "fr" else c.pick(["Man", "Woman"])
    res = K.spiro(c, lang)
    if lang == "fr":
        body = "\n".join(["Cas clinique pour le club de lecture de jeudi (dénominalisé)", "",
                          "%s de %d ans, ancien fumeur (40 PA), dyspnée mMRC 3, deux exacerbations l'an dernier." % (sx, age),
                          res + ".", "Éosinophiles 0,35 x10^9/L. Sous LAMA/LABA.",
                          "Questions : 1) Ajout d'un CSI ? 2) Place de l'azithromycine ? 3) Indication d'O2 ?",
                          "Lecture : lignes directrices GOLD, chapitre 4.", "", G.staff_sig(md, lang)])
        subj = "Club de lecture - cas MPOC"
    else:
        body = "\n".join(["Teaching case for Thursday journal club (de-identified)", "",
                          "%s aged %d, ex-smoker (40 pack-years), mMRC 3 dyspnea, two exacerbations last year." % (sx, age),
                          res + ".", "Eosinophils 0.35 x10^9/L. On LAMA/LABA.",
                          "Questions: 1) Add ICS? 2) Role of azithromycin? 3) O2 indication?",
                          "Reading: GOLD report, chapter 4.", "", G.staff_sig(md, lang)])
        subj = "Journal club - COPD case"
    return nm(c, lang, "teaching", "de-identified teaching case", who(md), [c.unit_box("pneumo", lang)], subj, d, text=body)


def blank_form(c, lang):
    clerk = c.staff(c.pick(["pod", "som", "lfp"]))
    d = c.when()
    if lang == "fr":
        title = c.pick(["Ordonnance - oxygénothérapie à domicile", "Requête - polysomnographie", "Requête - épreuves de fonction respiratoire"])
        paras = ["Nom du patient : ______________________   Prénom : ________________",
                 "Date de naissance (AAAA-MM-JJ) : ____-__-__   Sexe : [ ] F  [ ] M",
                 "NAM : ____ ____ ____   No de dossier : __________",
                 "Adresse : ___________________________________   Tél. : ___-___-____",
                 "Diagnostic : [ ] MPOC  [ ] Fibrose  [ ] SAHOS  [ ] Autre : ______",
                 "Résultats GSA / oxymétrie : ______________________",
                 "Signature du médecin : ____________________  No de permis : _____"]
        body = "\n".join([hello(c, lang), "", "Voici la nouvelle version du formulaire « %s » (v.%d). Merci de détruire les anciennes copies." % (title, c.num(3, 9)),
                          "", G.staff_sig(clerk, lang)])
        subj = "Nouveau formulaire - %s" % title
    else:
        title = c.pick(["Home oxygen prescription form", "Polysomnography requisition", "Pulmonary function test requisition"])
        paras = ["Patient surname: ______________________   Given name: ________________",
                 "Date of birth (YYYY-MM-DD): ____-__-__   Sex: [ ] F  [ ] M",
                 "Health insurance no.: ____ ____ ____   Chart no.: __________",
                 "Address: ___________________________________   Phone: ___-___-____",
                 "Diagnosis: [ ] COPD  [ ] Fibrosis  [ ] OSA  [ ] Other: ______",
                 "ABG / oximetry results: ______________________",
                 "Physician signature: ____________________  Licence no.: _____"]
        body = "\n".join([hello(c, lang), "", "Here is the new version of the \"%s\" (v.%d). Please discard old copies." % (title, c.num(3, 9)),
                          "", G.staff_sig(clerk, lang)])
        subj = "New form - %s" % title
    if c.chance(0.5):
        att = Att("formulaire_vierge.docx" if lang == "fr" else "blank_form.docx", DOCX, D.docx_bytes(title, paras, author=clerk["full"]))
    else:
        att = Att("formulaire_vierge.pdf" if lang == "fr" else "blank_form.pdf", "application/pdf", D.pdf_bytes(title, paras, author=clerk["full"]))
    return nm(c, lang, "form", "blank requisition form with empty identity fields", who(clerk), [c.unit_box("pneumo", lang)], subj, d,
              text=body, atts=[att])




def drug_shortage(c, lang):
    ph = c.staff("pharma")
    d = c.when()
    drug = c.pick([("salbutamol HFA 100 mcg (Ventolin)", "salbutamol HFA 100 mcg (Ventolin)"),
                   ("bromure d'ipratropium 250 mcg/mL en nébulisation", "ipratropium bromide 250 mcg/mL nebules"),
                   ("fluticasone 125 mcg (Flovent HFA)", "fluticasone 125 mcg (Flovent HFA)"),
                   ("budésonide 0,5 mg/2 mL (Pulmicort nébuamp)", "budesonide 0.5 mg/2 mL (Pulmicort nebuamp)")])
    if lang == "fr":
        body = "\n".join(["AVIS DE PÉNURIE", "", "Produit : %s" % drug[0], "Durée prévue : %d à %d semaines" % (c.num(2, 5), c.num(6, 12)),
                          "Lot(s) touché(s) chez le fournisseur : %s, %s" % (lot(c), lot(c)),
                          "Alternatives : salbutamol générique (Teva), Airomir ; privilégier l'aérochambre plutôt que la nébulisation.",
                          "Aucune action requise pour les patients déjà servis.", "", G.staff_sig(ph, lang)])
        subj = "Pénurie - %s" % drug[0].split(" (")[0]
    else:
        body = "\n".join(["SHORTAGE NOTICE", "", "Product: %s" % drug[1], "Expected duration: %d to %d weeks" % (c.num(2, 5), c.num(6, 12)),
                          "Supplier lots affected: %s, %s" % (lot(c), lot(c)),
                          "Alternatives: generic salbutamol (Teva), Airomir; prefer spacer over nebulization.",
                          "No action needed for patients already dispensed.", "", G.staff_sig(ph, lang)])
        subj = "Shortage - %s" % drug[1].split(" (")[0]
    return nm(c, lang, "shortage", "drug shortage notice", who(ph), [c.unit_box("inh", lang), c.unit_box("pneumo", lang)], subj, d,
              text=body, body_form=c.pick(["plain", "alt"]))


def device_recall(c, lang):
    bio = c.staff("adm")
    d = c.when()
    a, z = sorted([luhn_serial(c, 9), luhn_serial(c, 9)])
    if lang == "fr":
        body = "\n".join(["RAPPEL D'APPAREIL MÉDICAL - classe II", "",
                          "Fabricant : Somnitek Médical", "Modèle : PPC SomniPure S2 et humidificateur H2",
                          "Numéros de série touchés : %s à %s" % (a, z), "Lots de mousse : %s, %s, %s" % (lot(c), lot(c), lot(c)),
                          "Problème : dégradation possible de la mousse insonorisante.",
                          "Action : vérifier le parc de prêt ; le fabricant communique directement avec les utilisateurs à domicile.",
                          "", "Génie biomédical", G.HOSP_FR, "Tél. : %s-555-0100, poste 4410" % G.AREA])
        subj = "Rappel fabricant - PPC SomniPure S2"
    else:
        body = "\n".join(["MEDICAL DEVICE RECALL - class II", "", "Manufacturer: Somnitek Medical", "Model: SomniPure S2 CPAP and H2 humidifier",
                          "Affected serial numbers: %s to %s" % (a, z), "Foam lots: %s, %s, %s" % (lot(c), lot(c), lot(c)),
                          "Issue: possible degradation of sound-abatement foam.",
                          "Action: check loaner fleet; the manufacturer contacts home users directly.", "",
                          "Biomedical Engineering", G.HOSP_EN, "Tel.: %s-555-0100, ext. 4410" % G.AREA])
        subj = "Manufacturer recall - SomniPure S2 CPAP"
    return nm(c, lang, "recall", "device recall with serial ranges and lots", who(bio), [c.unit_box("som", lang), c.unit_box("pod", lang)],
              subj, d, text=body)


def research_protocol(c, lang):
    pi = c.doctor(lang)
    coord = c.staff("pneumo")
    d = c.when()
    code = "CHSA-%d-%03d" % (d.year, c.num(10, 199))
    if lang == "fr":
        paras = ["Protocole %s" % code, "Titre : Oxygène portatif à l'effort chez les patients MPOC non hypoxémiques au repos - essai randomisé",
                 "Chercheur principal : %s" % pi["short"], "Critères d'inclusion : MPOC GOLD 2-3, SpO2 repos ≥ 90 %, désaturation à l'effort < 88 %",
                 "Critères d'exclusion : tabagisme actif, IC décompensée, O2 continu", "Taille d'échantillon : 120 participants",
                 "Issue principale : qualité de vie (CRQ) à 6 mois", "Approbation CÉR : en cours"]
        body = "\n".join([hello(c, lang), "", "Le protocole %s est joint pour revue scientifique avant dépôt au comité d'éthique." % code,
                          "", G.staff_sig(coord, lang)])
        subj = "Protocole %s - revue scientifique" % code
    else:
        paras = ["Protocol %s" % code, "Title: Ambulatory oxygen in COPD patients without resting hypoxemia - randomized trial",
                 "Principal investigator: %s" % pi["short"], "Inclusion: COPD GOLD 2-3, resting SpO2 >= 90%, exertional desaturation < 88%",
                 "Exclusion: active smoking, decompensated HF, continuous O2", "Sample size: 120 participants",
                 "Primary outcome: quality of life (CRQ) at 6 months", "REB approval: pending"]
        body = "\n".join([hello(c, lang), "", "Protocol %s is attached for scientific review before REB submission." % code, "",
                          G.staff_sig(coord, lang)])
        subj = "Protocol %s - scientific review" % code
    return nm(c, lang, "research", "research protocol without participants", who(coord), [c.unit_box("pneumo", lang)], subj, d,
              text=body, atts=[Att("protocole_%s.docx" % code if lang == "fr" else "protocol_%s.docx" % code, DOCX,
                                   D.docx_bytes(paras[0], paras[1:], author=coord["full"]))])




def public_health_bulletin(c, lang):
    sp = c.ext("clsc")
    d = c.when()
    rows = [(w, c.num(4, 60), c.num(2, 45), c.num(0, 20)) for w in range(c.num(40, 44), c.num(47, 52))]
    if lang == "fr":
        body = "\n".join(["Bulletin de surveillance des virus respiratoires - région des Hérons", "",
                          "Semaine | Influenza | VRS | COVID-19 (cas confirmés en laboratoire)"] +
                         ["%d | %d | %d | %d" % r for r in rows] +
                         ["", "Tendance : hausse de l'influenza A(H3N2). Rappel : vaccination des patients MPOC et du personnel.", "",
                          "Direction de santé publique", sp["phone"]])
        subj = "Surveillance virus respiratoires - semaine %d" % rows[-1][0]
    else:
        body = "\n".join(["Respiratory virus surveillance bulletin - Hérons region", "",
                          "Week | Influenza | RSV | COVID-19 (lab-confirmed cases)"] + ["%d | %d | %d | %d" % r for r in rows] +
                         ["", "Trend: influenza A(H3N2) rising. Reminder: vaccinate COPD patients and staff.", "",
                          "Public Health Directorate", sp["phone"]])
        subj = "Respiratory virus surveillance - week %d" % rows[-1][0]
    return nm(c, lang, "statistics", "regional aggregate virus counts", who(sp), [c.unit_box("inh", lang)], subj, d, text=body)






def fax_cover(c, lang):
    sec = c.staff("archives")
    d = c.when()
    if lang == "fr":
        paras = ["De : Archives médicales - %s" % G.HOSP_FR, "À : ____________________   Télécopieur : ___-___-____",
                 "Nombre de pages (incluant celle-ci) : ____", "Objet : ________________________________",
                 "AVIS DE CONFIDENTIALITÉ : Ce document peut contenir des renseignements confidentiels concernant un patient. "
                 "Si vous l'avez reçu par erreur, veuillez nous aviser au %s-555-0126 et le détruire." % G.AREA]
        body = "\n".join([hello(c, lang), "", "Nouveau bordereau de télécopie à utiliser dès maintenant (gabarit Word).", "", G.staff_sig(sec, lang)])
        subj, title = "Nouveau bordereau de télécopie", "BORDEREAU DE TÉLÉCOPIE"
    else:
        paras = ["From: Health Records - %s" % G.HOSP_EN, "To: ____________________   Fax: ___-___-____",
                 "Number of pages (including this one): ____", "Re: ________________________________",
                 "CONFIDENTIALITY NOTICE: This document may contain confidential patient information. If received in error, "
                 "please call %s-555-0126 and destroy it." % G.AREA]
        body = "\n".join([hello(c, lang), "", "New fax cover sheet to be used from now on (Word template).", "", G.staff_sig(sec, lang)])
        subj, title = "New fax cover sheet", "FAX COVER SHEET"
    return nm(c, lang, "template", "blank fax cover template with confidentiality notice", who(sec), [("Tous / All staff", "tous@%s" % G.DOMAIN)],
              subj, d, text=body, atts=[Att("bordereau_fax.docx" if lang == "fr" else "fax_cover.docx", DOCX, D.docx_bytes(title, paras, author=sec["full"]))])


def forms_zip(c, lang):
    sec = c.staff("pod")
    d = c.when()
    if lang == "fr":
        members = [("Ordonnance_O2_vierge.pdf", D.pdf_bytes("Ordonnance O2 (vierge)", ["Nom : ______", "NAM : ______", "Débit : ___ L/min"])),
                   ("Politique_cylindres_O2.txt", "Politique d'entreposage des cylindres d'oxygène\n1. Maximum 12 cylindres par local.\n2. Chariot obligatoire.\n"),
                   ("Checklist_visite_domicile.csv", D.csv_text(["Élément", "Vérifié"], [("Détecteur de fumée", ""), ("Pas de flamme nue", ""), ("Tubulure < 15 m", "")]))]
        body = "\n".join([hello(c, lang), "", "Trousse documentaire du programme O2 (formulaires vierges et politiques) en fichier zip.", "",
                          G.staff_sig(sec, lang)])
        subj, fn = "Trousse documentaire - programme O2", "trousse_programme_O2.zip"
    else:
        members = [("Blank_O2_prescription.pdf", D.pdf_bytes("O2 prescription (blank)", ["Name: ______", "Health no.: ______", "Flow: ___ L/min"])),
                   ("O2_cylinder_policy.txt", "Oxygen cylinder storage policy\n1. Max 12 cylinders per room.\n2. Cart required.\n"),
                   ("Home_visit_checklist.csv", D.csv_text(["Item", "Checked"], [("Smoke detector", ""), ("No open flame", ""), ("Tubing < 50 ft", "")]))]
        body = "\n".join([hello(c, lang), "", "Home O2 program document kit (blank forms and policies) zipped.", "", G.staff_sig(sec, lang)])
        subj, fn = "Document kit - home O2 program", "home_O2_kit.zip"
    return nm(c, lang, "template", "zip of blank forms and policies", who(sec), [c.unit_box("pod", lang)], subj, d, text=body,
              atts=[Att(fn, "application/zip", D.zip_bytes(members))])






TEMPLATES = [newsletter, conference, committee_notice, teaching_case, blank_form, drug_shortage, device_recall,
             research_protocol, public_health_bulletin, fax_cover, forms_zip]
