"""Negative builders, part 2: newsletters, conferences, statistics, blank forms, teaching
cases, shortages, recalls, invoices, research, IT, water treatment, lab notices,
education material, infection control, policies, resources, reports, vendor forwards."""
import datetime as _dt

import gen_common as C
import gen_clin as K
import gen_files as F
import gen_mime as M
from gen_compose import compose, msg_date
from gen_neg1 import who, neg, luhn_serial, team, dist_list


# ------------------------------------------------------------------ newsletter
def newsletter(rng, lang):
    inst = C.pick_inst(rng, lang)
    comms = (("Communications", f"communications@{C.INST[inst]['dom']}"))
    if lang == "fr":
        subj = rng.choice(["Infolettre du programme rénal – printemps 2025", "Journée mondiale du rein : 13 mars",
                           "Bulletin néphro – numéro 14"])
        body = ("INFOLETTRE DU PROGRAMME RÉNAL\n\n"
                "1 adulte sur 10 vit avec une maladie rénale chronique, souvent sans le savoir. Le diabète et l'hypertension "
                "demeurent les principales causes d'insuffisance rénale terminale au Québec.\n\n"
                f"Cette année, notre programme a réalisé {rng.randint(40, 90)} greffes rénales, dont {rng.randint(10, 30)} de donneurs vivants. "
                f"La dialyse à domicile progresse : {rng.randint(18, 31)} % de nos patients sont maintenant en DP ou HDD.\n\n"
                "Kiosque d'information sur le don vivant dans le hall principal le 13 mars, de 10 h à 14 h.\n\n"
                "Pour vous désabonner, répondez « désabonner ».")
    else:
        subj = rng.choice(["Renal Program Newsletter – Spring 2025", "World Kidney Day: March 13", "Kidney Care Bulletin – Issue 14"])
        body = ("RENAL PROGRAM NEWSLETTER\n\n"
                "1 in 10 adults lives with chronic kidney disease, often without knowing it. Diabetes and high blood pressure "
                "remain the leading causes of kidney failure in Ontario.\n\n"
                f"This year our program performed {rng.randint(40, 90)} kidney transplants, {rng.randint(10, 30)} from living donors. "
                f"Home dialysis keeps growing: {rng.randint(18, 31)}% of our patients are now on PD or home HD.\n\n"
                "Living donation info booth in the main lobby on March 13, 10:00-14:00.\n\nTo unsubscribe, reply 'unsubscribe'.")
    raw = compose(rng, lang=lang, frm=comms, to=[dist_list(lang, inst, "all")], subject=subj, body=body,
                  layout=rng.choice(["html", "alt"]))
    return neg("newsletter", lang, "program newsletter with aggregate figures", raw)


# ------------------------------------------------------------------ conference programme
def conference(rng, lang):
    inst = C.pick_inst(rng, lang)
    org = C.staff(rng, lang, "clerk", inst)
    spk = team(rng, lang, inst, ["neph", "neph", "surg", "diet", "pharm"])
    topics = (["Calciphylaxie : mise à jour 2025", "Rejet humoral : nouvelles approches", "Création de FAV chez le patient âgé",
               "Potassium alimentaire : mythes et réalités", "Inhibiteurs SGLT2 en IRC avancée"] if lang == "fr" else
              ["Calciphylaxis: 2025 update", "Antibody-mediated rejection: new approaches", "AVF creation in older adults",
               "Dietary potassium: myths and facts", "SGLT2 inhibitors in advanced CKD"])
    rows = [["Heure" if lang == "fr" else "Time", "Conférencier" if lang == "fr" else "Speaker", "Sujet" if lang == "fr" else "Topic"]]
    for i, (s, t) in enumerate(zip(spk, topics)):
        rows.append([f"{8 + i}:{'00' if i % 2 == 0 else '30'}", s.display(lang), t])
    title = "Journée de néphrologie 2025 – programme" if lang == "fr" else "Nephrology Day 2025 – Programme"
    pdf = F.make_pdf(title, [C.INST[inst]["name"], "[[TABLE]]",
                     ("Activité reconnue pour 6 heures de formation continue." if lang == "fr" else "Accredited for 6 CME hours.")],
                     table=rows, compress=rng.random() < 0.5)
    body = (f"{C.greet(rng, lang)}\n\n" + ("Le programme de la Journée de néphrologie est joint. Inscription gratuite pour le personnel."
                                           if lang == "fr" else "The Nephrology Day programme is attached. Free for staff.")
            + f"\n\n{C.signature(rng, org, lang)}")
    raw = compose(rng, lang=lang, frm=who(org, lang), to=[dist_list(lang, inst, "all")], subject=title, body=body,
                  attachments=[dict(kind="pdf", data=pdf, filename=("Programme_journee_nephro.pdf" if lang == "fr" else "NephDay_programme.pdf"))])
    return neg("conference", lang, "conference programme with speakers and disease topics", raw)


# ------------------------------------------------------------------ monthly statistics
def unit_stats(rng, lang):
    inst = C.pick_inst(rng, lang)
    mgr = C.staff(rng, lang, "mgr", inst)
    dec = "," if lang == "fr" else "."
    rows = [["Indicateur" if lang == "fr" else "Indicator", "T1", "T2", "T3", "Cible" if lang == "fr" else "Target"]]
    inds = ([("Patients en HD (n)", lambda: str(rng.randint(120, 260)), "-"), ("Kt/V moyen", lambda: f"{rng.uniform(1.3, 1.6):.2f}".replace(".", dec), "≥ 1,2"),
             ("% FAV/greffon", lambda: f"{rng.randint(48, 70)} %", "≥ 65 %"), ("Bactériémies / 1000 j-cathéter", lambda: f"{rng.uniform(0.2, 1.4):.2f}".replace(".", dec), "< 0,5"),
             ("Hb moyenne (g/L)", lambda: str(rng.randint(102, 114)), "100-115"), ("Séances manquées (%)", lambda: f"{rng.uniform(1, 4):.1f}".replace(".", dec), "< 2")]
            if lang == "fr" else
            [("Patients on HD (n)", lambda: str(rng.randint(120, 260)), "-"), ("Mean Kt/V", lambda: f"{rng.uniform(1.3, 1.6):.2f}", ">= 1.2"),
             ("% AVF/AVG", lambda: f"{rng.randint(48, 70)}%", ">= 65%"), ("Bacteremia / 1000 catheter-days", lambda: f"{rng.uniform(0.2, 1.4):.2f}", "< 0.5"),
             ("Mean Hb (g/L)", lambda: str(rng.randint(102, 114)), "100-115"), ("Missed sessions (%)", lambda: f"{rng.uniform(1, 4):.1f}", "< 2")])
    for name, f, tgt in inds:
        rows.append([name, f(), f(), f(), tgt])
    kind = rng.choice(["xlsx", "csv", "inline"])
    subj = rng.choice(["Tableau de bord T3 – hémodialyse", "Indicateurs qualité trimestriels"] if lang == "fr"
                      else ["Q3 dashboard – hemodialysis", "Quarterly quality indicators"])
    body = (f"{C.greet(rng, lang)}\n\n" + ("Voici les indicateurs agrégés du trimestre. Aucune donnée nominative."
                                           if lang == "fr" else "Aggregate indicators for the quarter below/attached. No patient-level data.")
            + ("\n\n" + M.text_table(rows) if kind == "inline" else "") + f"\n\n{C.signature(rng, mgr, lang)}")
    atts = []
    if kind == "xlsx":
        atts = [dict(kind="xlsx", data=F.make_xlsx([("T1-T3", rows)]), filename="tableau_de_bord.xlsx" if lang == "fr" else "dashboard.xlsx")]
    elif kind == "csv":
        atts = [dict(kind="csv", data=F.make_csv(rows, ";" if lang == "fr" else ","), filename="indicateurs.csv" if lang == "fr" else "indicators.csv")]
    raw = compose(rng, lang=lang, frm=who(mgr, lang), to=[dist_list(lang, inst, "neph")], subject=subj, body=body, attachments=atts)
    return neg("unit_stats", lang, "aggregate quality indicators", raw)


# ------------------------------------------------------------------ blank form
def blank_form(rng, lang):
    inst = C.pick_inst(rng, lang)
    clerk = C.staff(rng, lang, "clerk", inst)
    if lang == "fr":
        title = rng.choice(["Demande de transport adapté – usager en dialyse", "Consentement – don vivant de rein",
                            "Formulaire de dialyse de vacances"])
        paras = ["Nom de l'usager : ______________________", "Date de naissance (AAAA-MM-JJ) : ____________",
                 "NAM : ____ ____ ____", "Adresse : ______________________________", "Téléphone : (___) ___-____",
                 "Diagnostic / modalité : ☐ HD  ☐ DP  ☐ prédialyse", "Horaire : ☐ LMV  ☐ MJS   Quart : ______",
                 "Signature du médecin : ____________________  Date : ________"]
    else:
        title = rng.choice(["Para-transit application – dialysis client", "Consent – living kidney donation",
                            "Holiday dialysis request form"])
        paras = ["Client name: ______________________", "Date of birth (YYYY-MM-DD): ____________",
                 "Health card #: ______________  Version: __", "Address: ______________________________",
                 "Phone: (___) ___-____", "Diagnosis / modality: [ ] HD  [ ] PD  [ ] pre-dialysis",
                 "Schedule: [ ] MWF  [ ] TTS   Shift: ______", "Physician signature: ____________________  Date: ________"]
    kind = rng.choice(["docx", "pdf"])
    data = F.make_docx(title, paras) if kind == "docx" else F.make_pdf(title, paras)
    body = (f"{C.greet(rng, lang)}\n\n" + ("Voici la version à jour du formulaire (gabarit vierge). Merci de détruire les anciennes copies."
                                           if lang == "fr" else "Here's the updated blank template. Please discard old copies.")
            + f"\n\n{C.signature(rng, clerk, lang)}")
    raw = compose(rng, lang=lang, frm=who(clerk, lang), to=[dist_list(lang, inst)], subject=title, body=body,
                  attachments=[dict(kind=kind, data=data, filename=("Formulaire_vierge" if lang == "fr" else "Blank_form") + f".{kind}")])
    return neg("blank_form", lang, "blank form template with empty identifier fields", raw)


# ------------------------------------------------------------------ teaching case
def teaching_case(rng, lang):
    inst = C.pick_inst(rng, lang)
    res = C.staff(rng, lang, "res", inst)
    age = rng.randint(28, 81)
    dec = "," if lang == "fr" else "."
    if lang == "fr":
        subj = rng.choice(["Cas clinique – club de lecture jeudi", "Grand Rounds : cas anonymisé", "Quiz néphro de la semaine"])
        fem = rng.random() < 0.5
        kval = f"{rng.uniform(6.8, 7.9):.1f}".replace(".", dec)
        body = (f"{C.greet(rng, 'fr')}\n\nCas pour jeudi (anonymisé) :\n\n{'Une femme' if fem else 'Un homme'} de {age} ans, "
                f"{'connue' if fem else 'connu'} pour {rng.choice(K.CAUSES['fr'])}, en HD depuis 3 ans, se présente avec faiblesse et K "
                f"{kval}" + f" mmol/L. ECG : QRS larges. Prend {rng.choice(K.MEDS['fr'][10:14])}.\n\n"
                "Questions : 1) prise en charge immédiate? 2) causes de l'hyperkaliémie chez le dialysé? 3) prévention?\n\n"
                f"Réponses à la réunion. {C.signature(rng, res, 'fr', 2)}")
    else:
        subj = rng.choice(["Case – journal club Thursday", "Grand Rounds: de-identified case", "Neph quiz of the week"])
        body = (f"{C.greet(rng, 'en')}\n\nCase for Thursday (de-identified):\n\nA {age}-year-old {rng.choice(['woman', 'man'])} with "
                f"{rng.choice(K.CAUSES['en'])}, on HD for 3 years, presents with weakness and K {rng.uniform(6.8, 7.9):.1f} mmol/L. "
                f"ECG: wide QRS. Takes {rng.choice(K.MEDS['en'][10:14])}.\n\n"
                "Questions: 1) immediate management? 2) causes of hyperkalemia in dialysis patients? 3) prevention?\n\n"
                f"Answers at rounds. {C.signature(rng, res, 'en', 2)}")
    raw = compose(rng, lang=lang, frm=who(res, lang), to=[dist_list(lang, inst, "neph")], subject=subj, body=body)
    return neg("teaching_case", lang, "anonymised teaching case", raw)


# ------------------------------------------------------------------ drug shortage
def drug_shortage(rng, lang):
    inst = C.pick_inst(rng, lang)
    ph = C.staff(rng, lang, "pharm", inst)
    drug = rng.choice([("fer sucrose 100 mg/5 mL", "iron sucrose 100 mg/5 mL"), ("héparine 1000 U/mL (fioles 10 mL)", "heparin 1000 U/mL (10 mL vials)"),
                       ("acétate de calcium 667 mg", "calcium acetate 667 mg"), ("alteplase 2 mg (Cathflo)", "alteplase 2 mg (catheter clearance)")])
    if lang == "fr":
        subj = f"Rupture d'approvisionnement – {drug[0]}"
        body = (f"{C.greet(rng, 'fr')}\n\nLe fournisseur nous avise d'une rupture de {drug[0]} jusqu'à la fin du mois prochain. "
                "Mesures temporaires :\n- réserver le produit aux indications prioritaires\n- alternative thérapeutique selon l'ordonnance collective révisée\n"
                "- aucune substitution sans l'accord du néphrologue\n\nLa pharmacie suit la situation quotidiennement.\n\n"
                f"{C.signature(rng, ph, 'fr')}")
    else:
        subj = f"Drug shortage – {drug[1]}"
        body = (f"{C.greet(rng, 'en')}\n\nThe supplier advises a shortage of {drug[1]} until the end of next month. "
                "Interim measures:\n- reserve for priority indications\n- therapeutic alternative per the revised medical directive\n"
                "- no substitution without nephrologist approval\n\nPharmacy is monitoring daily.\n\n"
                f"{C.signature(rng, ph, 'en')}")
    raw = compose(rng, lang=lang, frm=who(ph, lang), to=[dist_list(lang, inst, "all")], subject=subj, body=body, importance="High")
    return neg("drug_shortage", lang, "drug shortage notice", raw)


# ------------------------------------------------------------------ supplier recall (serials with checksums)
def supplier_recall(rng, lang):
    inst = C.pick_inst(rng, lang)
    bio = C.staff(rng, lang, "biomed", inst)
    prod = rng.choice([("Dialyseur haute perméabilité HF-180", "High-flux dialyzer HF-180"), ("Lignes à sang artérielles/veineuses BL-22", "Arterial/venous bloodline set BL-22"),
                       ("Générateur d'hémodialyse série 6000", "Hemodialysis machine series 6000")])
    rows = [["Lot", "No de série" if lang == "fr" else "Serial #", "Qté" if lang == "fr" else "Qty", "Emplacement" if lang == "fr" else "Location"]]
    for _ in range(rng.randint(4, 8)):
        rows.append([f"L{rng.randint(2024, 2025)}{rng.randint(1000, 9999)}", luhn_serial(rng, rng.choice([9, 10])),
                     str(rng.randint(1, 48)), rng.choice(["Magasin central", "Unité HD – réserve", "Satellite"] if lang == "fr"
                                                        else ["Central stores", "HD unit storage", "Satellite"])])
    body = (f"{C.greet(rng, lang)}\n\n" +
            (f"AVIS DE RAPPEL – {prod[0]}\nLe fabricant rappelle les lots ci-dessous (risque de fuite de sang au niveau du connecteur). "
             "Mettre les unités en quarantaine et les retourner au magasin. Aucun incident rapporté chez nos usagers."
             if lang == "fr" else
             f"RECALL NOTICE – {prod[1]}\nThe manufacturer is recalling the lots below (possible blood leak at the connector). "
             "Quarantine and return to stores. No incidents reported in our patients.")
            + "\n\n" + M.text_table(rows) + f"\n\n{C.signature(rng, bio, lang)}")
    atts = []
    if rng.random() < 0.5:
        atts = [dict(kind="xlsx", data=F.make_xlsx([("Rappel" if lang == "fr" else "Recall", rows)]), filename="lots_rappel.xlsx" if lang == "fr" else "recall_lots.xlsx")]
    raw = compose(rng, lang=lang, frm=who(bio, lang), to=[dist_list(lang, inst)], subject=("Rappel – " + prod[0]) if lang == "fr" else ("Recall – " + prod[1]),
                  body=body, attachments=atts, importance="High")
    return neg("supplier_recall", lang, "device recall with lot and checksum-valid serial numbers", raw)


# ------------------------------------------------------------------ invoice / purchase order
def invoice_po(rng, lang):
    inst = C.pick_inst(rng, lang)
    buyer = C.staff(rng, lang, "clerk", inst)
    po = f"PO-{rng.randint(450000, 459999)}"
    items = (["Concentré acide 2K/2.5Ca (bidon 5 L)", "Aiguilles de ponction 15G", "Cartouches de bicarbonate 650 g", "Solution de verrou citrate 4 %"]
             if lang == "fr" else ["Acid concentrate 2K/2.5Ca (5 L jug)", "Fistula needles 15G", "Bicarbonate cartridges 650 g", "Citrate 4% lock solution"])
    rows = [["Article" if lang == "fr" else "Item", "Code", "Qté" if lang == "fr" else "Qty", "Prix unit." if lang == "fr" else "Unit price"]]
    for it in rng.sample(items, 3):
        rows.append([it, f"{rng.randint(100000, 999999)}", str(rng.randint(20, 400)), f"{rng.uniform(1, 40):.2f}"])
    pdf = F.make_pdf(f"{'Bon de commande' if lang == 'fr' else 'Purchase order'} {po}", [C.INST[inst]["name"], "[[TABLE]]",
                     ("Livrer au quai de réception, porte 3." if lang == "fr" else "Deliver to receiving dock, door 3.")], table=rows)
    body = (f"{C.greet(rng, lang)}\n\n" + (f"Ci-joint le bon de commande {po}. Merci de confirmer la date de livraison."
                                           if lang == "fr" else f"Attached is {po}. Please confirm the delivery date.")
            + f"\n\n{C.signature(rng, buyer, lang)}")
    raw = compose(rng, lang=lang, frm=who(buyer, lang), to=[("Ventes" if lang == "fr" else "Sales", "orders@renal-supplies.example")],
                  subject=po, body=body, attachments=[dict(kind="pdf", data=pdf, filename=f"{po}.pdf")])
    return neg("invoice_po", lang, "purchase order for dialysis supplies", raw)


# ------------------------------------------------------------------ research protocol
def research_protocol(rng, lang):
    inst = C.pick_inst(rng, lang)
    pi = C.staff(rng, lang, "neph", inst)
    if lang == "fr":
        title = rng.choice(["Étude RAFRAÎCHIR : dialysat refroidi et fonction cognitive", "Étude PHOS-DIÈTE : éducation nutritionnelle de groupe"])
        paras = ["Protocole v3.1 – approuvé par le CER", "Critères d'inclusion : adultes en HD chronique depuis > 3 mois.",
                 "Critères d'exclusion : espérance de vie < 6 mois, démence connue.", "Randomisation en grappes par unité.",
                 "Issue principale : variation du score MoCA à 12 mois.", "Taille d'échantillon : 480 participants (24 unités)."]
        body = f"{C.greet(rng, 'fr')}\n\nVoici la version approuvée du protocole pour vos unités. Le recrutement débute le mois prochain.\n\n{C.signature(rng, pi, 'fr')}"
    else:
        title = rng.choice(["COOL-HD: cooled dialysate and cognitive function", "PHOS-ED: group nutrition education trial"])
        paras = ["Protocol v3.1 – REB approved", "Inclusion: adults on chronic HD > 3 months.",
                 "Exclusion: life expectancy < 6 months, known dementia.", "Cluster randomization by unit.",
                 "Primary outcome: change in MoCA at 12 months.", "Sample size: 480 participants (24 units)."]
        body = f"{C.greet(rng, 'en')}\n\nApproved protocol for your units attached. Recruitment starts next month.\n\n{C.signature(rng, pi, 'en')}"
    kind = rng.choice(["pdf", "docx"])
    data = F.make_pdf(title, paras) if kind == "pdf" else F.make_docx(title, paras)
    raw = compose(rng, lang=lang, frm=who(pi, lang), to=[dist_list(lang, inst, "neph")], subject=title, body=body,
                  attachments=[dict(kind=kind, data=data, filename=f"protocol_v3.1.{kind}")])
    return neg("research_protocol", lang, "research protocol without participants", raw)


# ------------------------------------------------------------------ IT notice
def it_notice(rng, lang):
    inst = C.pick_inst(rng, lang)
    it = C.staff(rng, lang, "it", inst)
    if lang == "fr":
        subj = rng.choice(["Interruption planifiée – dossier clinique informatisé", "Mise à jour du logiciel de dialyse NephroSuite 8.2",
                           "Hameçonnage : faux courriel « RAMQ – remboursement »"])
        body = (f"{C.greet(rng, 'fr')}\n\n" + rng.choice([
            "Le DCI sera indisponible dimanche de 1 h à 5 h. Utiliser les feuilles de traitement papier (procédure dégradée).",
            "La mise à jour 8.2 sera déployée sur les postes de l'unité d'hémodialyse mardi. Redémarrer les postes à la fin du quart.",
            "Un faux courriel demandant vos identifiants circule. Ne cliquez pas. Signalez-le au 4357."]) +
            f"\n\nBillet de référence : INC{rng.randint(1000000, 9999999)}\n\n{C.signature(rng, it, 'fr')}")
    else:
        subj = rng.choice(["Planned downtime – clinical information system", "Dialysis charting software NephroSuite 8.2 update",
                           "Phishing: fake 'OHIP refund' e-mail"])
        body = (f"{C.greet(rng, 'en')}\n\n" + rng.choice([
            "The CIS will be down Sunday 0100-0500. Use paper run sheets (downtime procedure).",
            "Version 8.2 will be pushed to HD unit workstations Tuesday. Please reboot at end of shift.",
            "A fake e-mail asking for credentials is circulating. Do not click. Report to x4357."]) +
            f"\n\nTicket: INC{rng.randint(1000000, 9999999)}\n\n{C.signature(rng, it, 'en')}")
    raw = compose(rng, lang=lang, frm=who(it, lang), to=[dist_list(lang, inst, "all")], subject=subj, body=body)
    return neg("it_notice", lang, "IT notice", raw)


# ------------------------------------------------------------------ water treatment
def water_treatment(rng, lang):
    inst = C.pick_inst(rng, lang)
    bio = C.staff(rng, lang, "biomed", inst)
    dec = "," if lang == "fr" else "."
    rows = [["Point", "Chlore total (mg/L)" if lang == "fr" else "Total chlorine (mg/L)", "Endotoxines (UE/mL)" if lang == "fr" else "Endotoxin (EU/mL)",
             "BHA (UFC/mL)" if lang == "fr" else "TVC (CFU/mL)"]]
    for pt in ["Entrée OI" if lang == "fr" else "RO inlet", "Sortie OI" if lang == "fr" else "RO outlet", "Boucle – retour" if lang == "fr" else "Loop return", "Poste 12"]:
        rows.append([pt, f"{rng.uniform(0, 0.09):.2f}".replace(".", dec), f"{rng.uniform(0, 0.2):.3f}".replace(".", dec), str(rng.randint(0, 40))])
    body = (f"{C.greet(rng, lang)}\n\n" + ("Résultats mensuels du traitement d'eau – tous conformes à la norme CSA Z364." if lang == "fr"
                                           else "Monthly water treatment results – all within CSA Z364 limits.")
            + "\n\n" + M.text_table(rows) + "\n\n" + ("Désinfection thermique de la boucle prévue samedi soir." if lang == "fr"
                                                      else "Loop heat disinfection scheduled Saturday night.") + f"\n\n{C.signature(rng, bio, lang)}")
    raw = compose(rng, lang=lang, frm=who(bio, lang), to=[dist_list(lang, inst)],
                  subject=("Analyses d'eau – " if lang == "fr" else "Water testing – ") + f"2025-{rng.randint(1, 11):02d}", body=body)
    return neg("water_treatment", lang, "dialysis water quality results", raw)


# ------------------------------------------------------------------ lab notice
def lab_notice(rng, lang):
    inst = C.pick_inst(rng, lang)
    lab = (("Laboratoire de biochimie", f"labo@{C.INST[inst]['dom']}") if lang == "fr" else ("Clinical Chemistry Lab", f"lab@{C.INST[inst]['dom']}"))
    if lang == "fr":
        subj = rng.choice(["Changement de méthode – dosage du tacrolimus", "Nouveaux intervalles de référence – PTH", "Tube requis pour le potassium en dialyse"])
        body = (f"{C.greet(rng, 'fr')}\n\n" + rng.choice([
            "À compter du 1er, le tacrolimus sera dosé par LC-MS/MS. Les résultats peuvent être ~15 % plus bas qu'avec l'immunodosage.",
            "Nouvel intervalle de référence PTH : 1,6 à 6,9 pmol/L (nouvelle trousse). Les cibles en dialyse demeurent à 2-9 fois la limite supérieure.",
            "Utiliser le tube vert (héparine lithium) pour le potassium pré-dialyse; les échantillons hémolysés seront rejetés."]) +
            f"\n\n{lab[0]}")
    else:
        subj = rng.choice(["Method change – tacrolimus assay", "New reference intervals – PTH", "Required tube for potassium on dialysis"])
        body = (f"{C.greet(rng, 'en')}\n\n" + rng.choice([
            "Effective the 1st, tacrolimus will be measured by LC-MS/MS. Results may run ~15% lower than the immunoassay.",
            "New PTH reference interval: 1.6-6.9 pmol/L (new kit). Dialysis targets remain 2-9x the upper limit.",
            "Use the green-top (lithium heparin) tube for pre-dialysis potassium; hemolyzed samples will be rejected."]) + f"\n\n{lab[0]}")
    raw = compose(rng, lang=lang, frm=lab, to=[dist_list(lang, inst, "all")], subject=subj, body=body)
    return neg("lab_notice", lang, "laboratory method notice", raw)


# ------------------------------------------------------------------ patient education review
def education_material(rng, lang):
    inst = C.pick_inst(rng, lang)
    diet = C.staff(rng, lang, "diet", inst)
    rev = C.staff(rng, lang, "neph", inst)
    if lang == "fr":
        title = "Votre alimentation en hémodialyse : le potassium"
        paras = ["Le potassium est un minéral que vos reins ne peuvent plus éliminer.", "Aliments riches : bananes, oranges, pommes de terre, tomates, légumineuses.",
                 "Astuce : faire tremper les pommes de terre coupées 4 heures avant la cuisson.", "Votre cible avant la dialyse : entre 4,0 et 5,5 mmol/L.",
                 "Parlez-en à votre nutritionniste!"]
        body = f"{C.greet(rng, 'fr', rev.given)}\n\nPeux-tu réviser le dépliant ci-joint avant l'impression?\n\n{C.signature(rng, diet, 'fr')}"
    else:
        title = "Eating well on hemodialysis: potassium"
        paras = ["Potassium is a mineral your kidneys can no longer remove.", "High-potassium foods: bananas, oranges, potatoes, tomatoes, legumes.",
                 "Tip: soak cut potatoes 4 hours before cooking.", "Your pre-dialysis target: 4.0 to 5.5 mmol/L.", "Ask your dietitian!"]
        body = f"{C.greet(rng, 'en', rev.given)}\n\nCould you review the attached handout before printing?\n\n{C.signature(rng, diet, 'en')}"
    kind = rng.choice(["docx", "pdf"])
    data = F.make_docx(title, paras) if kind == "docx" else F.make_pdf(title, paras)
    raw = compose(rng, lang=lang, frm=who(diet, lang), to=[who(rev, lang)], subject=title, body=body,
                  attachments=[dict(kind=kind, data=data, filename=("depliant_potassium." if lang == "fr" else "potassium_handout.") + kind)])
    return neg("education_material", lang, "generic patient education handout for review", raw)


# ------------------------------------------------------------------ infection control aggregate
def infection_control(rng, lang):
    inst = C.pick_inst(rng, lang)
    pci = C.staff(rng, lang, "rn", inst)
    if lang == "fr":
        subj = "Audit hygiène des mains – unité d'hémodialyse"
        body = (f"{C.greet(rng, 'fr')}\n\nRésultats de l'audit : {rng.randint(71, 96)} % de conformité (n = {rng.randint(80, 200)} observations). "
                "Moments les plus manqués : après contact avec l'environnement du patient, avant la connexion du cathéter.\n\n"
                "Rappel : dépistage AgHBs de tous les usagers aux 6 mois; les porteurs sont dialysés sur machine dédiée.\n\n"
                f"{C.signature(rng, pci, 'fr')}")
    else:
        subj = "Hand hygiene audit – hemodialysis unit"
        body = (f"{C.greet(rng, 'en')}\n\nAudit results: {rng.randint(71, 96)}% compliance (n = {rng.randint(80, 200)} observations). "
                "Most missed moments: after contact with patient surroundings, before catheter connection.\n\n"
                "Reminder: HBsAg screening for all patients every 6 months; carriers dialyze on a dedicated machine.\n\n"
                f"{C.signature(rng, pci, 'en')}")
    raw = compose(rng, lang=lang, frm=who(pci, lang), to=[dist_list(lang, inst)], subject=subj, body=body)
    return neg("infection_control", lang, "aggregate infection control audit", raw)


# ------------------------------------------------------------------ policy update
def policy_update(rng, lang):
    inst = C.pick_inst(rng, lang)
    mgr = C.staff(rng, lang, rng.choice(["mgr", "pharm"]), inst)
    if lang == "fr":
        title = rng.choice(["Procédure : verrou de cathéter (citrate 4 %)", "Ordonnance collective : ajustement de l'héparine en HD",
                            "Politique : gestion des absences aux traitements"])
        paras = ["Objet : " + title, "Champ d'application : tout le personnel infirmier des unités de dialyse.",
                 "1. Vérifier l'ordonnance au dossier. 2. Aspirer le verrou précédent. 3. Instiller le volume indiqué sur le cathéter.",
                 "Entrée en vigueur : 1er du mois prochain. Remplace la version 2022."]
        body = f"{C.greet(rng, 'fr')}\n\nLa procédure révisée est jointe et disponible sur l'intranet.\n\n{C.signature(rng, mgr, 'fr')}"
    else:
        title = rng.choice(["Procedure: catheter lock (4% citrate)", "Medical directive: heparin adjustment on HD",
                            "Policy: management of missed treatments"])
        paras = ["Subject: " + title, "Scope: all nursing staff in dialysis units.",
                 "1. Verify the order in the chart. 2. Aspirate the previous lock. 3. Instill the volume printed on the catheter.",
                 "Effective the 1st of next month. Replaces 2022 version."]
        body = f"{C.greet(rng, 'en')}\n\nRevised procedure attached and on the intranet.\n\n{C.signature(rng, mgr, 'en')}"
    kind = rng.choice(["pdf", "docx"])
    data = F.make_pdf(title, paras) if kind == "pdf" else F.make_docx(title, paras)
    raw = compose(rng, lang=lang, frm=who(mgr, lang), to=[dist_list(lang, inst)], subject=title, body=body,
                  attachments=[dict(kind=kind, data=data, filename=f"{title.split(':')[0].strip()}.{kind}")])
    return neg("policy_update", lang, "policy or procedure update", raw)


# ------------------------------------------------------------------ social resources
def social_resources(rng, lang):
    inst = C.pick_inst(rng, lang)
    sw = C.staff(rng, lang, "sw", inst)
    city = C.INST[inst]["city"]
    if lang == "fr":
        subj = "Ressources communautaires – mise à jour"
        body = (f"{C.greet(rng, 'fr')}\n\nListe à jour des ressources pour nos usagers :\n\n"
                f"- Popote roulante de {city} : {C.phone(rng, city)}\n- Banque alimentaire régionale : {C.phone(rng, city)}\n"
                f"- Office municipal d'habitation (logement social) : {C.phone(rng, city)}\n- Ligne aide aux proches aidants : {C.phone(rng, city)}\n"
                f"- SOS violence conjugale (24/7) : {C.phone(rng, city)}\n- Aide juridique : {C.phone(rng, city)}\n\n"
                "Le programme d'aide au transport pour la dialyse rembourse 0,25 $/km sur présentation du formulaire.\n\n"
                f"{C.signature(rng, sw, 'fr')}")
    else:
        subj = "Community resources – updated list"
        body = (f"{C.greet(rng, 'en')}\n\nUpdated resource list for our patients:\n\n"
                f"- Meals on Wheels {city}: {C.phone(rng, city)}\n- Regional food bank: {C.phone(rng, city)}\n"
                f"- Social housing registry: {C.phone(rng, city)}\n- Caregiver support line: {C.phone(rng, city)}\n"
                f"- Assaulted women's helpline (24/7): {C.phone(rng, city)}\n- Legal aid: {C.phone(rng, city)}\n\n"
                "The dialysis travel grant reimburses $0.25/km with the form.\n\n"
                f"{C.signature(rng, sw, 'en')}")
    raw = compose(rng, lang=lang, frm=who(sw, lang), to=[dist_list(lang, inst, "all")], subject=subj, body=body)
    return neg("social_resources", lang, "list of community resources without patients", raw)


# ------------------------------------------------------------------ transplant program report (zip)
def program_report(rng, lang):
    inst = rng.choice(["chues", "hse"]) if lang == "fr" else rng.choice(["stb", "wlh"])
    mgr = C.staff(rng, lang, "mgr", inst)
    rows = [["Année" if lang == "fr" else "Year", "Greffes DD" if lang == "fr" else "DD tx", "Greffes DV" if lang == "fr" else "LD tx",
             "Survie greffon 1 an (%)" if lang == "fr" else "1-yr graft survival (%)", "Attente médiane (mois)" if lang == "fr" else "Median wait (months)"]]
    for y in range(2021, 2025):
        rows.append([str(y), str(rng.randint(30, 70)), str(rng.randint(8, 30)), f"{rng.uniform(93, 98):.1f}", str(rng.randint(18, 48))])
    csvb = F.make_csv(rows)
    pdf = F.make_pdf("Rapport annuel – programme de greffe rénale" if lang == "fr" else "Annual report – kidney transplant program",
                     ["Données agrégées; aucune information nominative." if lang == "fr" else "Aggregate data; no identifiable information.", "[[TABLE]]"], table=rows)
    z = F.make_zip([("rapport_annuel.pdf" if lang == "fr" else "annual_report.pdf", pdf), ("donnees.csv" if lang == "fr" else "data.csv", csvb)])
    body = (f"{C.greet(rng, lang)}\n\n" + ("Le rapport annuel et les données agrégées sont dans le zip." if lang == "fr"
                                           else "Annual report and aggregate data are in the zip.") + f"\n\n{C.signature(rng, mgr, lang)}")
    raw = compose(rng, lang=lang, frm=who(mgr, lang), to=[dist_list(lang, inst, "all")],
                  subject="Rapport annuel greffe rénale 2024" if lang == "fr" else "Kidney transplant annual report 2024", body=body,
                  attachments=[dict(kind="zip", data=z, filename="rapport_2024.zip" if lang == "fr" else "report_2024.zip")])
    return neg("program_report", lang, "aggregate transplant program report in a ZIP", raw)


# ------------------------------------------------------------------ vendor notice forwarded as .eml
def vendor_forward(rng, lang):
    inst = C.pick_inst(rng, lang)
    mgr = C.staff(rng, lang, "mgr", inst)
    chef = C.staff(rng, lang, "chef", inst)
    d = msg_date(rng, 1, 10)
    if lang == "fr":
        isubj = rng.choice(["Webinaire : optimiser l'anticoagulation en HD", "Nouveau représentant pour votre territoire", "Avis de hausse de prix 2026"])
        ibody = (f"Bonjour,\n\n{isubj}. " + rng.choice(["Inscription gratuite, 45 minutes, crédits de formation.",
                                                       "Votre nouveau représentant sera en contact avec vous sous peu.",
                                                       "Une hausse de 3,5 % s'appliquera aux concentrés et aux lignes au 1er janvier."])
                 + "\n\nL'équipe Dialyse Solutions inc.\n1 800 555-0100")
        obody = f"{C.greet(rng, 'fr', chef.given)}\n\nPour info, voir le message joint.\n\n{C.signature(rng, mgr, 'fr')}"
        osubj = f"TR: {isubj}"
    else:
        isubj = rng.choice(["Webinar: optimizing anticoagulation on HD", "New account rep for your territory", "2026 price increase notice"])
        ibody = (f"Hello,\n\n{isubj}. " + rng.choice(["Free registration, 45 minutes, CE credits.",
                                                     "Your new rep will reach out shortly.",
                                                     "A 3.5% increase applies to concentrates and bloodlines on January 1."])
                 + "\n\nThe Dialysis Solutions Inc. team\n1-800-555-0100")
        obody = f"{C.greet(rng, 'en', chef.given)}\n\nFYI, see attached message.\n\n{C.signature(rng, mgr, 'en')}"
        osubj = f"FW: {isubj}"
    inner = compose(rng, lang=lang, frm=("Dialyse Solutions" if lang == "fr" else "Dialysis Solutions", "news@dialysis-solutions.example"),
                    to=[who(mgr, lang)], subject=isubj, body=ibody, date=d, crlf=False, layout=rng.choice(["html", "alt"]))
    raw = compose(rng, lang=lang, frm=who(mgr, lang), to=[who(chef, lang)], subject=osubj, body=obody,
                  date=d + _dt.timedelta(hours=rng.randint(1, 72)),
                  attachments=[dict(kind="eml", data=inner, filename=rng.choice([None, "message.eml", f"{isubj}.eml"]))])
    return neg("vendor_forward", lang, "vendor message forwarded as attached .eml", raw)


BUILDERS = [(newsletter, 5), (conference, 5), (unit_stats, 5), (blank_form, 5), (teaching_case, 5),
            (drug_shortage, 5), (supplier_recall, 5), (invoice_po, 5), (research_protocol, 5), (it_notice, 5),
            (water_treatment, 5), (lab_notice, 5), (education_material, 5), (infection_control, 5),
            (policy_update, 5), (social_resources, 5), (program_report, 5), (vendor_forward, 5)]
