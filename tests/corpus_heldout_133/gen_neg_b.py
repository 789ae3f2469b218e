"""Negative templates, part B: conferences, teaching cases, statistics, blank forms, templates, protocols,
shortages, recalls, research, milk bank and parents' activities (no patient identity anywhere)."""
import datetime as dt

import gen_attach as A
import gen_common as C
from gen_mime import Att
from gen_neg_a import EXTRA_SURNAMES, all_staff, luhn_serial, other_person
from gen_pos_a import DOCX, PDF, XLSX, mk


def n_conference(c):
    org = ("Congrès néonatal de la Laurentie", f"programme@{C.EXT['congress']}")
    talks = []
    topics = c.L(["Rétinopathie du prématuré : anti-VEGF ou laser?", "Hypothermie thérapeutique hors des centres tertiaires",
                  "Dysplasie bronchopulmonaire : corticostéroïdes postnatals en 2025", "Sevrage néonatal : le modèle Manger-Dormir-Consoler",
                  "Lait humain de donneuses : sécurité et accès", "Suivi neurodéveloppemental des grands prématurés"],
                 ["Retinopathy of prematurity: anti-VEGF or laser?", "Therapeutic hypothermia outside tertiary centres",
                  "Bronchopulmonary dysplasia: postnatal steroids in 2025", "Neonatal abstinence: the Eat-Sleep-Console model",
                  "Donor human milk: safety and access", "Neurodevelopmental follow-up of very preterm infants"])
    for k, t in enumerate(topics):
        g, s = other_person(c)
        inst = c.pick([c.L("Université de la Laurentie", "Laurentie University"), C.ORG_FR if c.fr else C.ORG_EN,
                       c.L("Hôpital des Deux-Rives", "Deux-Rives Hospital"), "Riverbend General"])
        talks.append([f"{8 + k}:{c.pick(['00', '30'])}", t, f"Dr {g} {s}", inst])
    d = c.day(c.rng.randint(30, 90))
    data = A.make_pdf(c.L(f"Programme — {d.year}", f"Programme - {d.year}"),
                      [c.L(f"Le {c.dstr(d, 2)}, Centre des congrès de Saint-Aurèle", f"{c.dstr(d, 2)}, Saint-Aurèle Convention Centre"),
                       ("table", [c.L(["Heure", "Conférence", "Conférencier", "Établissement"], ["Time", "Talk", "Speaker", "Institution"])] + talks),
                       c.L("Activité reconnue : 6 heures de formation continue.", "Accredited: 6 CME hours.")], author="Comité scientifique")
    body = c.L("Bonjour,\n\nLe programme préliminaire du congrès est disponible (pièce jointe). Inscription hâtive jusqu'au 15 du mois prochain.\n\n",
               "Hello,\n\nThe preliminary programme is available (attached). Early-bird registration until the 15th of next month.\n\n") + \
        c.L("Comité scientifique\nCongrès néonatal de la Laurentie", "Scientific committee\nLaurentie Neonatal Conference")
    return mk(c, "conference", "conference programme with speakers and topics", org, [all_staff(c)],
              c.L("Programme préliminaire — Congrès néonatal", "Preliminary programme - Neonatal Conference"), body,
              atts=[Att(c.L("programme_congrès.pdf", "conference_programme.pdf"), PDF, data)])


def n_teaching(c):
    neo = c.staff("neonatologist")
    ga = c.rng.randint(24, 27)
    body = c.L(f"Bonjour aux résidents,\n\nCas pour la discussion de jeudi (dénominalisé) :\n\nNouveau-né de {ga} semaines, PN {c.rng.randint(620, 980)} g, "
               "mère ayant reçu une cure complète de corticostéroïdes. Intubé à la naissance, surfactant x2. À J9 : distension abdominale, "
               "résidus bilieux, pneumatose sur la radiographie. CRP 88 mg/L, plaquettes 62.\n\nQuestions :\n1. Stade de Bell?\n"
               "2. Antibiothérapie et durée?\n3. Indications chirurgicales?\n\nBonne préparation!\n",
               f"Hi residents,\n\nCase for Thursday's discussion (de-identified):\n\nA {ga}-week newborn, BW {c.rng.randint(620, 980)} g, "
               "full course of antenatal steroids. Intubated at birth, surfactant x2. Day 9: abdominal distension, bilious residuals, "
               "pneumatosis on X-ray. CRP 88 mg/L, platelets 62.\n\nQuestions:\n1. Bell stage?\n2. Antibiotics and duration?\n"
               "3. Surgical indications?\n\nGood preparation!\n") + c.sig(neo, False)
    return mk(c, "teaching", "de-identified teaching case for residents", c.who(neo), [("Résidents pédiatrie", f"residents-peds@{C.DOM}")],
              c.L("Cas clinique — jeudi", "Teaching case - Thursday"), body)


def n_stats(c):
    q = c.pick(["mensuel", "trimestriel"]) if c.fr else c.pick(["monthly", "quarterly"])
    rows = [c.L(["Indicateur", "Période", "Période précédente", "Cible"], ["Indicator", "Period", "Previous", "Target"])]
    inds = c.L(["Admissions", "< 28 sem", "28-32 sem", "Durée moyenne de séjour (j)", "ECN (%)", "Dépistage ROP à temps (%)",
                "Lait maternel exclusif au congé (%)", "Infections sur CVC / 1000 j"],
               ["Admissions", "< 28 wk", "28-32 wk", "Mean length of stay (d)", "NEC (%)", "On-time ROP screening (%)",
                "Exclusive breast milk at discharge (%)", "CLABSI / 1000 line-days"])
    for k, i in enumerate(inds):
        v = [c.rng.randint(40, 70), c.rng.randint(4, 14), c.rng.randint(10, 25), c.rng.randint(18, 34), round(c.rng.uniform(1, 6), 1),
             c.rng.randint(86, 100), c.rng.randint(35, 60), round(c.rng.uniform(0, 2.5), 1)][k]
        rows.append([i, v, v if isinstance(v, float) else max(0, v + c.rng.randint(-5, 5)), ["—", "—", "—", "—", "< 3", "95", "50", "< 1"][k]])
    data = A.make_xlsx([(c.L("Tableau de bord", "Dashboard"), rows)], title="stats")
    body = c.L(f"Bonjour,\n\nVoici le tableau de bord {q} de l'USIN. Données agrégées, aucune donnée nominative.\n\n",
               f"Hello,\n\nHere is the {q} NICU dashboard. Aggregate data only.\n\n") + c.sig(c.staff("division head"))
    return mk(c, "statistics", "aggregate unit dashboard", c.who(c.staff("division head")), [all_staff(c)],
              c.L(f"Tableau de bord {q} USIN", f"NICU {q} dashboard"), body, atts=[Att(c.L("tableau_de_bord.xlsx", "dashboard.xlsx"), XLSX, data)])


def n_network_report(c):
    rc = ("Réseau néonatal de la Laurentie", f"rapports@{C.EXT['uni']}")
    body = c.L("Bonjour,\n\nLe rapport comparatif annuel du réseau est disponible. Faits saillants pour votre centre (naissances < 33 sem) :\n"
               f"- survie sans morbidité majeure : {c.rng.randint(62, 78)} % (réseau : 70 %)\n- DBP à 36 sem : {c.rng.randint(18, 32)} % (réseau : 26 %)\n"
               f"- HIV grade III-IV : {c.rng.randint(4, 11)} % (réseau : 7 %)\n- ROP traitée : {c.rng.randint(3, 9)} % (réseau : 5 %)\n\n"
               "Le rapport complet est accessible sur le portail sécurisé.\n\nCoordination du Réseau",
               "Hello,\n\nThe network's annual benchmarking report is out. Highlights for your centre (births < 33 wk):\n"
               f"- survival without major morbidity: {c.rng.randint(62, 78)}% (network: 70%)\n- BPD at 36 wk: {c.rng.randint(18, 32)}% (network: 26%)\n"
               f"- grade III-IV IVH: {c.rng.randint(4, 11)}% (network: 7%)\n- treated ROP: {c.rng.randint(3, 9)}% (network: 5%)\n\n"
               "The full report is on the secure portal.\n\nNetwork Coordination")
    return mk(c, "statistics", "network benchmarking highlights", rc, [c.who(c.staff("division head"))],
              c.L("Rapport comparatif annuel", "Annual benchmarking report"), body)


def n_blank_form(c):
    coord = c.staff("milk bank coordinator")
    blank = "____________________"
    blocks = [("h", c.L("Identification de la donneuse", "Donor identification")),
              c.L(f"Nom : {blank}   Prénom : {blank}\nDate de naissance : ____/____/______   NAM : ______________\n"
                  f"Adresse : {blank}{blank}\nTéléphone : (____) ____-______",
                  f"Surname: {blank}   Given name: {blank}\nDate of birth: ____/____/______   Health card: ______________\n"
                  f"Address: {blank}{blank}\nPhone: (____) ____-______"),
              ("h", c.L("Questionnaire de santé", "Health questionnaire")),
              c.L("Prenez-vous des médicaments? [ ] non [ ] oui : __________\nAvez-vous reçu une transfusion dans les 12 derniers mois? [ ] non [ ] oui\n"
                  "Fumez-vous ou vapotez-vous? [ ] non [ ] oui\nSérologies (à remplir par le lactarium) : VIH ___ VHB ___ VHC ___ HTLV ___ Syphilis ___",
                  "Are you taking any medication? [ ] no [ ] yes: __________\nTransfusion in the past 12 months? [ ] no [ ] yes\n"
                  "Do you smoke or vape? [ ] no [ ] yes\nSerology (milk bank use): HIV ___ HBV ___ HCV ___ HTLV ___ Syphilis ___"),
              c.L("Signature : ______________________   Date : __________", "Signature: ______________________   Date: __________")]
    title = c.L("Formulaire d'inscription — donneuse de lait", "Milk donor registration form")
    if c.chance(0.5):
        att = Att(c.L("formulaire_donneuse_vierge.docx", "donor_form_blank.docx"), DOCX, A.make_docx(title, blocks))
    else:
        att = Att(c.L("formulaire_donneuse_vierge.pdf", "donor_form_blank.pdf"), PDF, A.make_pdf(title, blocks))
    body = c.L("Bonjour,\n\nVoici la nouvelle version (v4) du formulaire d'inscription des donneuses, à imprimer pour les dépôts régionaux. "
               "L'ancienne version doit être retirée.\n\n", "Hello,\n\nHere is the new version (v4) of the donor registration form, to print for the "
               "regional depots. Please discard the old version.\n\n") + c.sig(coord)
    return mk(c, "blank_form", "blank milk donor registration form", c.who(coord), [("Dépôts de lait", f"depots@{C.EXT['milk']}")],
              c.L("Formulaire donneuse v4 (vierge)", "Donor form v4 (blank)"), body, atts=[att])


def n_mail_merge(c):
    clerk = c.staff("unit clerk")
    tpl = c.L("Bonjour «PRENOM_PARENT»,\n\nVotre enfant «PRENOM_ENFANT» «NOM_ENFANT» (né(e) le «DATE_NAISSANCE») est attendu(e) à la clinique de suivi "
              "néonatal le «DATE_RDV» à «HEURE_RDV». Motif : «MOTIF».\n\nMerci d'apporter le carnet de santé.\n\nClinique de suivi néonatal",
              "Hello {{parent_first_name}},\n\nYour child {{child_first_name}} {{child_last_name}} (born {{date_of_birth}}) is expected at the "
              "Neonatal Follow-up Clinic on {{appt_date}} at {{appt_time}}. Reason: {{reason}}.\n\nPlease bring the health booklet.\n\nNeonatal Follow-up Clinic")
    body = c.L("Salut,\n\nVoici le gabarit de lettre corrigé pour le publipostage. Les champs sont entre guillemets français; "
               "la source est l'extraction du système de rendez-vous.\n\n-----\n", "Hi,\n\nHere's the corrected mail-merge letter template. "
               "Merge fields are in double braces; the data source is the booking system export.\n\n-----\n") + tpl + "\n-----\n\n" + c.sig(clerk, False)
    if c.chance(0.5):
        att = Att(c.L("gabarit_convocation.docx", "appointment_template.docx"), DOCX,
                  A.make_docx(c.L("Gabarit — convocation", "Template - appointment letter"), tpl.split("\n\n")))
        return mk(c, "template", "mail-merge appointment template", c.who(clerk), [c.who(c.staff("unit clerk"))],
                  c.L("Gabarit convocation suivi", "Follow-up letter template"), body, atts=[att])
    return mk(c, "template", "mail-merge appointment template", c.who(clerk), [c.who(c.staff("unit clerk"))],
              c.L("Gabarit convocation suivi", "Follow-up letter template"), body)


def n_guideline(c):
    ph = c.staff("pharmacist")
    kind = c.rng.randrange(3)
    if kind == 0:
        title = c.L("Protocole — hypoglycémie néonatale (révision)", "Protocol - neonatal hypoglycaemia (revised)")
        txt = c.L("Seuil d'intervention : glycémie < 2,6 mmol/L après 4 h de vie. Gel de dextrose 40 % 0,5 mL/kg buccal, max 6 doses/48 h. "
                  "Si échec : bolus D10W 2 mL/kg puis perfusion 4-6 mg/kg/min.",
                  "Threshold: glucose < 2.6 mmol/L after 4 h of life. 40% dextrose gel 0.5 mL/kg buccal, max 6 doses/48 h. "
                  "If failure: D10W 2 mL/kg bolus then infusion 4-6 mg/kg/min.")
    elif kind == 1:
        title = c.L("Ordonnance collective — caféine", "Standing order - caffeine")
        txt = c.L("Citrate de caféine : dose de charge 20 mg/kg IV/PO, puis 5 à 10 mg/kg/j. Indiqué pour tout prématuré < 30 semaines. "
                  "Surveillance : FC > 180/min, intolérance alimentaire.",
                  "Caffeine citrate: loading 20 mg/kg IV/PO, then 5-10 mg/kg/day. Indicated for all infants < 30 weeks. "
                  "Monitor: HR > 180/min, feeding intolerance.")
    else:
        title = c.L("Algorithme — sepsis néonatal précoce", "Algorithm - early-onset sepsis")
        txt = c.L("Calculateur de risque recommandé ≥ 35 semaines. Ampicilline 100 mg/kg q8h + gentamicine 4 mg/kg q24h ; "
                  "cesser à 36 h si hémocultures négatives et clinique rassurante.",
                  "Risk calculator recommended ≥ 35 weeks. Ampicillin 100 mg/kg q8h + gentamicin 4 mg/kg q24h; stop at 36 h if cultures "
                  "negative and clinically well.")
    data = A.make_pdf(title, [txt, c.L("Approuvé par le comité de pharmacologie.", "Approved by the P&T committee.")], author="Pharmacie")
    body = c.L(f"Bonjour,\n\nLa version révisée de « {title} » entre en vigueur lundi. Résumé :\n\n{txt}\n\n",
               f"Hello,\n\nThe revised \"{title}\" takes effect Monday. Summary:\n\n{txt}\n\n") + c.sig(ph)
    return mk(c, "guideline", "revised clinical protocol without patients", c.who(ph), [all_staff(c)], title, body,
              atts=[Att(c.L("protocole_révisé.pdf", "revised_protocol.pdf"), PDF, data)])


def n_shortage(c):
    ph = c.staff("pharmacist")
    lot = f"{c.pick(['C', 'K', 'P'])}{c.rng.randint(10000, 99999)}"
    prod = c.pick([c.L("citrate de caféine injectable 20 mg/mL", "caffeine citrate injection 20 mg/mL"),
                   c.L("gentamicine pédiatrique 10 mg/mL", "paediatric gentamicin 10 mg/mL"),
                   c.L("phytonadione (vitamine K) 1 mg/0,5 mL", "phytonadione (vitamin K) 1 mg/0.5 mL")])
    body = c.L(f"Bonjour,\n\nRupture d'approvisionnement : {prod} (fournisseur principal). Stock restant : environ 3 semaines (dernier lot reçu : {lot}). "
               "Substitution : format importé autorisé par Santé Canada, même concentration, étiquetage bilingue à vérifier. "
               "Merci de ne pas constituer de réserves au chevet.\n\n",
               f"Hello,\n\nSupply shortage: {prod} (main supplier). Remaining stock: about 3 weeks (last lot received: {lot}). "
               "Substitute: imported product authorised by Health Canada, same concentration, check bilingual labelling. "
               "Please do not stockpile at the bedside.\n\n") + c.sig(ph)
    return mk(c, "shortage", "drug shortage notice", c.who(ph), [all_staff(c)], c.L("Rupture — ", "Shortage - ") + prod, body)


def n_recall(c):
    bm = c.staff("nurse manager")
    lots = [f"{c.rng.randint(2024, 2025)}{c.rng.randint(1, 12):02d}{c.pick('ABC')}{c.rng.randint(100, 999)}" for _ in range(3)]
    prod = c.pick([c.L("sondes d'alimentation entérale 5 Fr (ENFit)", "5 Fr ENFit enteral feeding tubes"),
                   c.L("trousses de tire-lait à usage unique", "single-use breast pump kits"),
                   c.L("préparation pour nourrissons prématurés 24 kcal, format 59 mL", "24 kcal preterm infant formula, 59 mL")])
    body = c.L(f"URGENT — AVIS DE RAPPEL\n\nProduit : {prod}\nLots visés : {', '.join(lots)}\nMotif : défaut d'étanchéité de l'emballage (risque de contamination).\n\n"
               "Action : retirer immédiatement les lots visés des réserves et des chambres, les déposer au poste central. Aucun incident rapporté à ce jour.\n\n",
               f"URGENT - RECALL NOTICE\n\nProduct: {prod}\nAffected lots: {', '.join(lots)}\nReason: packaging seal defect (contamination risk).\n\n"
               "Action: remove affected lots from stock rooms and bedsides now and bring them to the main desk. No incidents reported to date.\n\n") + c.sig(bm)
    return mk(c, "recall", "product recall with lot numbers", c.who(bm), [all_staff(c)], c.L("RAPPEL — ", "RECALL - ") + prod, body)


def n_research_protocol(c):
    g, s = other_person(c)
    pi = c.staff("neonatologist")
    body = c.L(f"Bonjour,\n\nLe comité d'éthique a approuvé l'amendement no 3 du protocole PROBIO-PREM (probiotiques chez les < 32 semaines) :\n"
               "- critère d'exclusion ajouté : malformation digestive majeure;\n- prolongation du recrutement jusqu'en juin;\n"
               "- nouvelle coordonnatrice : " + f"{g} {s}, poste 2517.\n\nAucune donnée de participant n'est jointe à ce message.\n\n",
               f"Hello,\n\nThe REB approved amendment no. 3 to the PROBIO-PREM protocol (probiotics in < 32 weeks):\n"
               "- added exclusion criterion: major gastrointestinal malformation;\n- recruitment extended to June;\n"
               f"- new coordinator: {g} {s}, ext. 2517.\n\nNo participant data is attached to this message.\n\n") + c.sig(pi)
    return mk(c, "research", "protocol amendment without participants", c.who(pi), [all_staff(c)],
              c.L("PROBIO-PREM — amendement 3 approuvé", "PROBIO-PREM - amendment 3 approved"), body)


def n_milkbank_stats(c):
    coord = c.staff("milk bank coordinator")
    body = c.L(f"Bonjour,\n\nBilan du lactarium pour le mois : {c.rng.randint(38, 64)} donneuses actives, {c.rng.randint(180, 420)} L reçus, "
               f"{c.rng.randint(150, 380)} L pasteurisés et distribués à {c.rng.randint(5, 11)} établissements. Taux de rejet bactériologique : "
               f"{c.rng.randint(3, 9)} %.\n\nNouveau dépôt à Lac-aux-Hérons (CLSC), ouvert le mardi de 9 h à 16 h.\n\n",
               f"Hello,\n\nMilk bank monthly summary: {c.rng.randint(38, 64)} active donors, {c.rng.randint(180, 420)} L received, "
               f"{c.rng.randint(150, 380)} L pasteurised and shipped to {c.rng.randint(5, 11)} hospitals. Bacteriology discard rate: "
               f"{c.rng.randint(3, 9)}%.\n\nNew depot at Lac-aux-Hérons (CLSC), open Tuesdays 9 to 4.\n\n") + c.sig(coord)
    return mk(c, "milkbank", "milk bank aggregate monthly summary", c.who(coord), [all_staff(c)],
              c.L("Lactarium — bilan mensuel", "Milk bank - monthly summary"), body)


def n_parent_group(c):
    sw = c.staff("social worker")
    d = c.day(c.rng.randint(3, 12))
    html = ("<html><head></head><body>\n<h2>" + c.L("Café-rencontre des parents", "Parents' coffee meeting") + "</h2>\n<p>"
            + c.L(f"Mardi {c.dstr(d, 2)}, 14 h, salon des familles (3e étage). Thème : <b>le retour à la maison après l'USIN</b>. "
                  f"Animé par {sw.display('fr')}, travailleuse sociale, et une maman-mentor de l'Association des parents de prématurés.",
                  f"Tuesday {c.dstr(d, 2)}, 2 pm, family lounge (3rd floor). Topic: <b>going home after the NICU</b>. "
                  f"Hosted by {sw.display('en')}, social worker, and a parent mentor from the Preemie Parents Association.")
            + "</p>\n<p>" + c.L("Café et collations offerts. Les frères et soeurs sont les bienvenus.", "Coffee and snacks provided. Siblings welcome.")
            + "</p></body></html>\n")
    plain = c.L(f"Café-rencontre des parents — mardi {c.dstr(d, 2)}, 14 h, salon des familles. Thème : le retour à la maison après l'USIN.",
                f"Parents' coffee meeting - Tuesday {c.dstr(d, 2)}, 2 pm, family lounge. Topic: going home after the NICU.")
    return mk(c, "parents_info", "generic invitation to a parents' group", c.who(sw), [all_staff(c), ("Association", f"info@{C.EXT['assoc']}")],
              c.L("Café-rencontre des parents", "Parents' coffee meeting"), plain, html=html, mode=c.pick(["html", "alt"]))


TEMPLATES = [n_conference, n_teaching, n_stats, n_network_report, n_blank_form, n_mail_merge, n_guideline, n_shortage,
             n_recall, n_research_protocol, n_milkbank_stats, n_parent_group]
