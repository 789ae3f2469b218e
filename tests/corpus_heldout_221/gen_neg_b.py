# -*- coding: utf-8 -*-
"""Negative templates, part B: newsletters, committees, conferences, shortages, recalls,
protocols, research without participants, teaching cases, aggregate statistics."""
import datetime
import html as _h

from stdnum import luhn

from gen_common import DOMAIN, SITES, fmt_date
from gen_docs import make_docx, make_pdf, make_xlsx
from gen_pos_a import L
from gen_text import closing, future_day, greet, neg_spec, signature, staff_display

# aligned with the conference topics below
SPEAKERS = [("Dre", "Sophie Vandenberghe", "hématologue", "hematologist"), ("Dre", "Marianne Dagenais", "neurologue", "neurologist"),
            ("Dr", "Guy Lemelin", "interniste", "internist"), ("Dre", "Laura Whitcombe", "néphrologue", "nephrologist"),
            ("Dr", "Étienne Fafard", "gastro-entérologue", "gastroenterologist"), ("Mme", "Anjali Krishnan", "pharmacienne, M.Sc.", "pharmacist, MSc"),
            ("Dr", "Karim Benali", "cardiologue", "cardiologist")]


def spk(lang, i):
    t, n, rf, re_ = SPEAKERS[i % len(SPEAKERS)]
    if lang == "fr":
        return "%s %s, %s" % (t, n, rf)
    return "%s%s, %s" % ("" if t == "Mme" else "Dr. ", n, re_)


# ---------------------------------------------------------------------- 13
def neg_newsletter(ctx, lang):
    rng = ctx.rng
    dt = ctx.when()
    no = rng.randrange(20, 80)
    i = rng.randrange(len(SPEAKERS))
    md = ctx.pick_staff("md")
    if lang == "fr":
        items = [("Nomination", "%s se joint à l'équipe de thrombose de l'Hôpital Saint-Aurèle. Elle s'intéresse particulièrement "
                                "à la thrombose associée au cancer et au syndrome des antiphospholipides." % spk(lang, i).split(",")[0]),
                 ("Rappel clinique", "Apixaban : la dose de 2,5 mg BID en FA ne s'applique que si 2 critères sur 3 sont présents "
                                     "(âge >= 80 ans, poids <= 60 kg, créatinine >= 133 µmol/L). Les sous-dosages restent fréquents dans nos audits."),
                 ("Bons coups", "Bravo à Mme %s et à M. %s pour la mise en place du BCM en clinique de préadmission!" % (
                     ctx.pick_staff("tech").surname, ctx.pick_staff("pharm").surname)),
                 ("Congrès", "%s présentera ses résultats sur l'hémorragie digestive sous AOD aux Journées d'anticoagulation." % staff_display(md, lang, rng)),
                 ("Chiffres du trimestre", "3 184 RNI traités, temps dans l'intervalle thérapeutique moyen 68 %, 11 saignements majeurs déclarés.")]
        title = "L'Info-Pharmacie - numéro %d" % no
    else:
        items = [("Appointment", "%s joins the thrombosis team at Saint-Aurèle Hospital, with a special interest in "
                                 "cancer-associated thrombosis and antiphospholipid syndrome." % spk(lang, i).split(",")[0]),
                 ("Clinical reminder", "Apixaban: the 2.5 mg BID AF dose only applies when 2 of 3 criteria are met "
                                       "(age >= 80, weight <= 60 kg, creatinine >= 133 umol/L). Underdosing is still common in our audits."),
                 ("Kudos", "Well done to Ms. %s and Mr. %s for rolling out med rec in the pre-admission clinic!" % (
                     ctx.pick_staff("tech").surname, ctx.pick_staff("pharm").surname)),
                 ("Conferences", "%s will present results on GI bleeding with DOACs at the Anticoagulation Days." % staff_display(md, lang, rng)),
                 ("Quarter in numbers", "3,184 INRs handled, mean time in therapeutic range 68%, 11 major bleeds reported.")]
        title = "Pharmacy Info - issue %d" % no
    rng.shuffle(items)
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%%CHARSET%%\"></head>"
           "<body style=\"font-family:Georgia,serif;max-width:640px\"><h1 style=\"color:#1a5276\">%s</h1>\n%s\n"
           "<hr><p style=\"font-size:9pt\">%s<br>%s</p></body></html>\n"
           % (_h.escape(title), "\n".join("<h2>%s</h2>\n<p>%s</p>" % (_h.escape(a), _h.escape(b)) for a, b in items),
              _h.escape(L(lang, "Département de pharmacie - CISSS du Val-des-Tilleuls", "Pharmacy Department - Val-des-Tilleuls Health Network")),
              _h.escape(L(lang, "Pour vous désabonner, répondez « retrait ».", "To unsubscribe, reply 'remove'."))))
    text = title + "\n\n" + "\n\n".join("%s\n%s" % (a, b) for a, b in items)
    return neg_spec(ctx, lang, (L(lang, "Info-Pharmacie", "Pharmacy Info"), "infopharmacie@" + DOMAIN),
                    [(L(lang, "Liste de diffusion", "Mailing list"), "diffusion.pharmacie@" + DOMAIN)], title, text, dt,
                    "newsletter", "department newsletter naming physicians and diseases", html=htm, form=rng.choice(["html", "alt"]))


# ---------------------------------------------------------------------- 14
def neg_committee(ctx, lang):
    rng = ctx.rng
    dt = ctx.when()
    sec = ctx.pick_staff("clerk")
    day = future_day(dt, rng, 5, 20)
    mem = [ctx.pick_staff("md"), ctx.pick_staff("pharm"), ctx.pick_staff("nurse"), ctx.pick_staff("mgr")]
    names = ", ".join(("%s %s" % ("Mme" if m.sex == "F" else "M.", m.full)) if lang == "fr" else
                      ("%s %s" % ("Ms." if m.sex == "F" else "Mr.", m.full)) for m in mem)
    if lang == "fr":
        text = ("CONVOCATION\n\nComité de pharmacologie - séance ordinaire du %s, 7 h 30, salle du conseil (HSA)\n\n"
                "Membres convoqués : %s\n\nOrdre du jour :\n1. Adoption du procès-verbal\n2. Ajout au formulaire : édoxaban "
                "(FA non valvulaire, TEV) - évaluation de %s\n3. Retrait de la daltéparine 2 500 UI du formulaire\n"
                "4. Protocole de renversement du dabigatran (idarucizumab) - mise à jour\n5. Rapport des événements indésirables "
                "liés aux anticoagulants (données agrégées T3)\n6. Divers\n\nQuorum requis. Merci de confirmer votre présence.\n\n%s"
                % (fmt_date(day, lang, "long"), names, "Mme " + ctx.pick_staff("pharm").surname, signature(sec, lang, rng)))
        subj = "Convocation - Comité de pharmacologie"
    else:
        text = ("NOTICE OF MEETING\n\nPharmacy and Therapeutics Committee - regular meeting on %s, 7:30 am, board room (HSA)\n\n"
                "Members: %s\n\nAgenda:\n1. Approval of minutes\n2. Formulary addition: edoxaban (non-valvular AF, VTE) - review by %s\n"
                "3. Removal of dalteparin 2,500 IU from formulary\n4. Dabigatran reversal protocol (idarucizumab) - update\n"
                "5. Anticoagulant adverse event report (aggregate Q3 data)\n6. Other business\n\nQuorum required. Please confirm attendance.\n\n%s"
                % (fmt_date(day, lang, "long"), names, "Ms. " + ctx.pick_staff("pharm").surname, signature(sec, lang, rng)))
        subj = "Notice - P&T Committee"
    return neg_spec(ctx, lang, sec.addr(), [m.addr() for m in mem], subj, text, dt, "committee_notice",
                    "pharmacy and therapeutics committee notice")


# ---------------------------------------------------------------------- 15
def neg_conference(ctx, lang):
    rng = ctx.rng
    dt = ctx.when()
    day = future_day(dt, rng, 20, 60)
    topics_fr = ["AOD chez le patient obèse : que dit la littérature?", "Anticoagulation et fibrillation auriculaire après un AVC",
                 "Thrombose associée au cancer : HBPM ou AOD?", "Insuffisance rénale terminale et apixaban",
                 "Saignement digestif sous anticoagulant : quand reprendre?", "Le BCM au congé : une responsabilité partagée",
                 "Valves mécaniques et grossesse"]
    topics_en = ["DOACs in obesity: what does the evidence say?", "Anticoagulation and AF after stroke",
                 "Cancer-associated thrombosis: LMWH or DOAC?", "End-stage renal disease and apixaban",
                 "GI bleeding on anticoagulants: when to restart?", "Medication reconciliation at discharge: a shared duty",
                 "Mechanical valves and pregnancy"]
    topics = topics_fr if lang == "fr" else topics_en
    order = rng.sample(range(len(topics)), 5)
    rows = [[L(lang, "Heure", "Time"), L(lang, "Conférence", "Talk"), L(lang, "Conférencier(ère)", "Speaker")]]
    for k, i in enumerate(order):
        rows.append([["8:30", "9:15", "10:15", "11:00", "13:30"][k], topics[i], spk(lang, i)])
    title = L(lang, "9es Journées régionales d'anticoagulation - programme", "9th Regional Anticoagulation Days - programme")
    pdf = make_pdf(title, [fmt_date(day, lang, "long") + L(lang, " - Centre des congrès de Val-des-Tilleuls", " - Val-des-Tilleuls Convention Centre"),
                           L(lang, "Inscription : 180 $ (membres), 90 $ (résidents). Dîner inclus.", "Registration: $180 (members), $90 (residents). Lunch included.")],
                   table=rows, compress=rng.random() < 0.5, author="Comité scientifique")
    org = ctx.pick_staff("pharm")
    text = L(lang, "%s\n\nLe programme des Journées régionales est maintenant disponible (ci-joint). La période d'inscription hâtive se termine le %s.\n\n%s",
             "%s\n\nThe programme for the Regional Days is now available (attached). Early registration ends on %s.\n\n%s") % (
        greet(lang, rng), fmt_date(future_day(dt, rng, 5, 15), lang, "long"), signature(org, lang, rng))
    return neg_spec(ctx, lang, org.addr(), [(L(lang, "Pharmaciens et médecins", "Pharmacists and physicians"), "cmdp.pharm@" + DOMAIN)],
                    title, text, dt, "conference_programme", "conference programme with speakers and topics",
                    attachments=[{"kind": "pdf", "filename": L(lang, "Programme préliminaire - 9es Journées régionales d'anticoagulation.pdf",
                                                               "anticoag_days_programme.pdf"), "data": pdf}])


# ---------------------------------------------------------------------- 16
def neg_shortage(ctx, lang):
    rng = ctx.rng
    dt = ctx.when()
    ph = ctx.pick_staff("pharm")
    drug = rng.choice([("héparine 10 000 UI/mL, fiole 5 mL", "heparin 10,000 units/mL, 5 mL vial"),
                       ("warfarine 2 mg (générique)", "warfarin 2 mg (generic)"),
                       ("énoxaparine 120 mg/0,8 mL seringue", "enoxaparin 120 mg/0.8 mL syringe"),
                       ("vitamine K (phytonadione) 10 mg/mL injectable", "vitamin K (phytonadione) 10 mg/mL injection")])
    if lang == "fr":
        text = ("AVIS DE PÉNURIE\n\nProduit : %s\nFournisseur : Laboratoires Nordika (fictif), code 02-44718\nDurée prévue : jusqu'à la fin de %s\n\n"
                "Mesures : réserver le produit aux indications prioritaires; substitution par la teneur alternative selon le tableau "
                "de l'intranet. Les ordonnances existantes seront converties par les pharmaciens. Aucune action requise des unités.\n\n%s"
                % (drug[0], rng.choice(["janvier", "février", "mars", "avril"]), signature(ph, lang, rng)))
        subj = "Pénurie - %s" % drug[0]
    else:
        text = ("DRUG SHORTAGE NOTICE\n\nProduct: %s\nSupplier: Nordika Laboratories (fictional), code 02-44718\nExpected duration: until end of %s\n\n"
                "Measures: reserve for priority indications; substitute the alternate strength per the intranet table. "
                "Existing orders will be converted by pharmacists. No action needed from units.\n\n%s"
                % (drug[1], rng.choice(["January", "February", "March", "April"]), signature(ph, lang, rng)))
        subj = "Shortage - %s" % drug[1]
    return neg_spec(ctx, lang, ph.addr(), [(L(lang, "Chefs d'unité", "Unit managers"), "chefs.unites@" + DOMAIN)], subj, text, dt,
                    "drug_shortage", "drug shortage notice")


def luhn_number(rng, n):
    body = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


# ---------------------------------------------------------------------- 17
def neg_recall(ctx, lang):
    rng = ctx.rng
    dt = ctx.when()
    ph = ctx.pick_staff(rng.choice(["pharm", "tech"]))
    lots = [luhn_number(rng, 9) for _ in range(rng.randrange(2, 5))]
    serials = [luhn_number(rng, 10) for _ in range(2)]
    if lang == "fr":
        text = ("Bonjour,\n\nRappel volontaire (classe II) des bandelettes de RNI capillaire INRapid-X (fictif) : risque de résultats "
                "faussement bas. Lots visés :\n%s\n\nLes lecteurs suivants ont utilisé ces lots à la clinique (numéros de série) : %s. "
                "Retirer les boîtes, les placer en quarantaine à la pharmacie et utiliser les lots de remplacement reçus ce matin. "
                "Aucun usager n'est à rappeler selon l'évaluation du fabricant.\n\n%s"
                % ("\n".join("- Lot %s, exp. 2025-%02d" % (l, rng.randrange(3, 12)) for l in lots), ", ".join(serials), signature(ph, lang, rng)))
        subj = "Rappel de lot - bandelettes RNI"
    else:
        text = ("Hello,\n\nVoluntary recall (class II) of INRapid-X (fictional) capillary INR test strips: risk of falsely low "
                "results. Affected lots:\n%s\n\nThe following meters used these lots at the clinic (serial numbers): %s. "
                "Pull the boxes, quarantine them in pharmacy and use the replacement lots received this morning. "
                "No patient recall needed per the manufacturer's assessment.\n\n%s"
                % ("\n".join("- Lot %s, exp. 2025-%02d" % (l, rng.randrange(3, 12)) for l in lots), ", ".join(serials), signature(ph, lang, rng)))
        subj = "Lot recall - INR test strips"
    return neg_spec(ctx, lang, ph.addr(), [(L(lang, "Clinique d'anticoagulation", "Anticoagulation Clinic"), "clinique.anticoagulation@" + DOMAIN)],
                    subj, text, dt, "recall", "test strip lot recall with checksum-valid lot and serial numbers")


# ---------------------------------------------------------------------- 18
def neg_protocol(ctx, lang):
    rng = ctx.rng
    dt = ctx.when()
    ph = ctx.pick_staff("pharm")
    title = L(lang, "Ordonnance collective OC-PHA-017 - Ajustement de la warfarine (version 2025)",
              "Collective order OC-PHA-017 - Warfarin adjustment (2025 version)")
    paras = [L(lang, "Clientèle visée : usager adulte inscrit à la clinique d'anticoagulation, cible RNI 2,0-3,0 ou 2,5-3,5.",
               "Target population: adult patient enrolled in the anticoagulation clinic, INR target 2.0-3.0 or 2.5-3.5."),
             L(lang, "Contre-indications à l'application : saignement actif, RNI > 9, grossesse, usager pédiatrique.",
               "Contraindications: active bleeding, INR > 9, pregnancy, pediatric patient.")]
    table = [[L(lang, "RNI", "INR"), L(lang, "Action", "Action")],
             ["< 1,5" if lang == "fr" else "< 1.5", L(lang, "augmenter de 10-15 %", "increase by 10-15%")],
             ["1,5-1,9" if lang == "fr" else "1.5-1.9", L(lang, "augmenter de 5-10 %", "increase by 5-10%")],
             ["3,1-3,9" if lang == "fr" else "3.1-3.9", L(lang, "diminuer de 5-10 %", "decrease by 5-10%")],
             ["4,0-4,9" if lang == "fr" else "4.0-4.9", L(lang, "omettre 1 dose, diminuer de 10 %", "hold 1 dose, decrease by 10%")],
             ["5,0-9,0" if lang == "fr" else "5.0-9.0", L(lang, "omettre 1-2 doses, aviser le médecin", "hold 1-2 doses, notify physician")]]
    doc = make_docx(title, paras, table=table, after=[L(lang, "Approuvée par le CMDP le 12 décembre 2024.", "Approved by the CMDP on December 12, 2024.")],
                    author=ph.full)
    text = L(lang, "%s\n\nVoici la version finale de l'ordonnance collective révisée, pour diffusion dans vos équipes. "
                   "Entrée en vigueur le %s.\n\n%s",
             "%s\n\nHere is the final revised collective order, for circulation to your teams. Effective %s.\n\n%s") % (
        greet(lang, rng), fmt_date(future_day(dt, rng, 7, 20), lang, "long"), signature(ph, lang, rng))
    return neg_spec(ctx, lang, ph.addr(), [(L(lang, "Infirmières cliniques externes", "Outpatient nurses"), "inf.ce@" + DOMAIN)],
                    L(lang, "OC warfarine 2025 - version finale", "Warfarin collective order 2025 - final"), text, dt,
                    "protocol_update", "collective order for warfarin adjustment, no patient",
                    attachments=[{"kind": "docx", "filename": L(lang, "OC-PHA-017 Ajustement de la warfarine (révisée 2025).docx",
                                                                "OC-PHA-017_warfarin_2025.docx"), "data": doc}])


# ---------------------------------------------------------------------- 19
def neg_research(ctx, lang):
    rng = ctx.rng
    dt = ctx.when()
    pi = ctx.pick_staff("md")
    reb = "CER-%d-%03d" % (2024, rng.randrange(100, 999))
    if lang == "fr":
        text = ("Bonjour,\n\nLe comité d'éthique a approuvé le projet %s « Déprescription de l'AAS chez les usagers sous AOD : "
                "étude pragmatique randomisée » (chercheur principal : %s).\n\n"
                "Critères d'inclusion : >= 18 ans, FA ou TEV sous AOD depuis > 3 mois, AAS sans indication forte.\n"
                "Critères d'exclusion : SCA < 12 mois, endoprothèse coronarienne < 12 mois, valve mécanique.\n"
                "Recrutement visé : 240 participants sur 3 sites. Aucun recrutement avant la formation des équipes le %s.\n\n"
                "Le protocole et le formulaire de consentement (version 3.1) sont sur le site de la recherche.\n\n%s"
                % (reb, staff_display(pi, lang, rng), fmt_date(future_day(dt, rng, 10, 30), lang, "long"), signature(pi, lang, rng)))
        subj = "Approbation éthique %s - étude AAS/AOD" % reb
    else:
        text = ("Hello,\n\nThe REB approved project %s 'Deprescribing ASA in patients on DOACs: a pragmatic randomised trial' "
                "(PI: %s).\n\nInclusion: >= 18 years, AF or VTE on a DOAC for > 3 months, ASA without strong indication.\n"
                "Exclusion: ACS < 12 months, coronary stent < 12 months, mechanical valve.\n"
                "Target: 240 participants across 3 sites. No recruitment before team training on %s.\n\n"
                "Protocol and consent form (version 3.1) are on the research site.\n\n%s"
                % (reb, staff_display(pi, lang, rng), fmt_date(future_day(dt, rng, 10, 30), lang, "long"), signature(pi, lang, rng)))
        subj = "REB approval %s - ASA/DOAC study" % reb
    return neg_spec(ctx, lang, pi.addr(), [(L(lang, "Équipe de recherche", "Research team"), "recherche.anticoag@" + DOMAIN)],
                    subj, text, dt, "research_protocol", "research protocol approval without participants")


# ---------------------------------------------------------------------- 20
def neg_teaching_case(ctx, lang):
    rng = ctx.rng
    dt = ctx.when()
    ph = ctx.pick_staff("pharm")
    age = rng.randrange(68, 90)
    if lang == "fr":
        case = ("Cas 3 (fictif, dépersonnalisé) : une femme de %d ans, FA permanente, poids 54 kg, créatinine 128 µmol/L, "
                "prend apixaban 5 mg BID, AAS 80 mg, naproxène PRN et oméprazole. Elle consulte pour de la fatigue; Hb 96 g/L.\n\n"
                "Questions :\n1. La dose d'apixaban est-elle appropriée?\n2. Quelles interactions et quels médicaments déprescrire?\n"
                "3. Quel suivi de laboratoire proposez-vous?" % age)
        text = ("%s\n\nVoici le cas pour le club de lecture des résidents de vendredi. Réponses en séance.\n\n%s\n\n%s"
                % (greet(lang, rng), case, signature(ph, lang, rng)))
        subj = "Club des résidents - cas clinique"
    else:
        case = ("Case 3 (fictional, de-identified): " + ("an" if age in (80, 81, 82, 83, 84, 85, 86, 87, 88, 89) else "a") + " %d-year-old woman, permanent AF, weight 54 kg, creatinine 128 umol/L, "
                "takes apixaban 5 mg BID, ASA 81 mg, naproxen PRN and omeprazole. Presents with fatigue; Hb 96 g/L.\n\n"
                "Questions:\n1. Is the apixaban dose appropriate?\n2. Which interactions, and what would you deprescribe?\n"
                "3. What lab follow-up would you suggest?" % age)
        text = "%s\n\nHere is the case for Friday's resident journal club. Answers in session.\n\n%s\n\n%s" % (
            greet(lang, rng), case, signature(ph, lang, rng))
        subj = "Residents' club - clinical case"
    return neg_spec(ctx, lang, ph.addr(), [(L(lang, "Résidents en pharmacie", "Pharmacy residents"), "residents.pharm@" + DOMAIN)],
                    subj, text, dt, "teaching_case", "de-identified teaching case")


# ---------------------------------------------------------------------- 21
def neg_stats(ctx, lang):
    rng = ctx.rng
    dt = ctx.when()
    mgr = ctx.pick_staff("mgr")
    rows = [[L(lang, "Site", "Site"), L(lang, "Usagers actifs", "Active patients"), L(lang, "RNI traités", "INRs handled"),
             "TTR (%)", L(lang, "Saignements majeurs", "Major bleeds"), L(lang, "BCM réalisés", "BPMHs done"), L(lang, "Âge médian", "Median age")]]
    for s in SITES:
        rows.append([s[0], rng.randrange(300, 1200), rng.randrange(900, 4200), rng.randrange(58, 76), rng.randrange(0, 9),
                     rng.randrange(80, 500), rng.randrange(68, 79)])
    q = rng.choice(["T1", "T2", "T3"])
    kind = rng.choice(["xlsx", "text"])
    text = L(lang, "%s\n\nTableau de bord %s de la clinique d'anticoagulation et du BCM ambulatoire. Données agrégées, aucun "
                   "renseignement nominatif.\n\n", "%s\n\n%s dashboard for the anticoagulation clinic and outpatient med rec. "
                   "Aggregate data, no identifying information.\n\n") % (greet(lang, rng), q)
    atts = []
    if kind == "xlsx":
        atts.append({"kind": "xlsx", "filename": "tableau_bord_%s.xlsx" % q, "data": make_xlsx([(q, rows)], author=mgr.full)})
        text += L(lang, "Fichier ci-joint.", "File attached.")
    else:
        text += "\n".join("\t".join(str(c) for c in r) for r in rows)
    text += "\n\n" + signature(mgr, lang, rng)
    return neg_spec(ctx, lang, mgr.addr(), [(L(lang, "Direction des services professionnels", "Professional Services"), "dsp@" + DOMAIN)],
                    L(lang, "Tableau de bord %s - anticoagulation", "%s dashboard - anticoagulation") % q, text, dt,
                    "aggregate_statistics", "quarterly aggregate statistics per site", attachments=atts)


# ---------------------------------------------------------------------- 22
def neg_formulary(ctx, lang):
    rng = ctx.rng
    dt = ctx.when()
    ph = ctx.pick_staff("pharm")
    if lang == "fr":
        text = ("Bonjour,\n\nMises à jour de la liste locale de médicaments :\n"
                "- Ajout : édoxaban 30 mg et 60 mg (FA non valvulaire, TVP/EP) - critères d'usage sur l'intranet\n"
                "- Retrait : tinzaparine 10 000 UI/0,5 mL (remplacée par la daltéparine)\n"
                "- Modification : le rivaroxaban 2,5 mg BID en maladie coronarienne stable requiert une consultation en cardiologie\n"
                "- Rappel : les AOD sont des médicaments d'exception au régime public; le code doit figurer sur l'ordonnance.\n\n%s"
                % signature(ph, lang, rng))
        subj = "Mise à jour de la liste de médicaments"
    else:
        text = ("Hello,\n\nLocal formulary updates:\n"
                "- Added: edoxaban 30 mg and 60 mg (non-valvular AF, DVT/PE) - criteria on the intranet\n"
                "- Removed: tinzaparin 10,000 IU/0.5 mL (replaced by dalteparin)\n"
                "- Changed: rivaroxaban 2.5 mg BID for stable coronary disease requires a cardiology consult\n"
                "- Reminder: DOACs are exception drugs under the public plan; the code must be on the prescription.\n\n%s"
                % signature(ph, lang, rng))
        subj = "Formulary update"
    return neg_spec(ctx, lang, ph.addr(), [(L(lang, "Prescripteurs", "Prescribers"), "prescripteurs@" + DOMAIN)], subj, text, dt,
                    "formulary_update", "formulary update for anticoagulants")


TEMPLATES = [neg_newsletter, neg_committee, neg_conference, neg_shortage, neg_recall, neg_protocol, neg_research,
             neg_teaching_case, neg_stats, neg_formulary]
