"""Negative templates, part 2: clinical-sounding but non-identifying mail (newsletters, conferences,
committees, statistics, blank forms, teaching cases, recalls, shortages, protocols, research)."""
import datetime as dt

from gen_common import full, fdate, fday, ORGS
from gen_clin import DX, LABOUR, PP, NB, MED, LAB, ga_str, L
from gen_text import compose, quote, signature, forward_block
from gen_tpl import neg, addr, generic_box, rel_date
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_zip, make_png
from gen_mime import html_table
from gen_neg_a import luhn_serial


def doc_title(p, lang):
    if p["key"] in ("ob", "ped"):
        return ("Dre " if p["sex"] == "F" else "Dr ") if lang == "fr" else "Dr. "
    return ""


# ---------------------------------------------------------------- N17 newsletter
def n_newsletter(w, lang):
    s = neg(w, "infolettre" if lang == "fr" else "newsletter", lang, "perinatal newsletter about conditions, no patients")
    topics_fr = ["La Semaine mondiale de l'allaitement : activités dans nos CLSC",
                 "Prééclampsie : reconnaître les signes d'alerte (céphalées, troubles visuels, œdème soudain)",
                 "Vaccination contre la coqueluche (dcaT) à chaque grossesse, entre 26 et 32 semaines",
                 "Dépression post-partum : 1 mère sur 7 touchée; ressources pour les familles",
                 "Nouveau : clinique d'allaitement sans rendez-vous le jeudi",
                 "Le diabète gestationnel en hausse : dépistage universel entre 24 et 28 semaines"]
    topics_en = ["World Breastfeeding Week: activities in our CLSCs",
                 "Preeclampsia: recognising warning signs (headache, visual changes, sudden swelling)",
                 "Pertussis (Tdap) vaccination in every pregnancy, between 26 and 32 weeks",
                 "Postpartum depression affects 1 in 7 mothers: resources for families",
                 "New: walk-in breastfeeding clinic on Thursdays",
                 "Gestational diabetes is rising: universal screening between 24 and 28 weeks"]
    topics = w.sample(topics_fr if lang == "fr" else topics_en, 3)
    comm = w.staff_pick("chef")
    html = ("<html><body style='font-family:Georgia,serif'>\n<h1>" + ("Info-Périnatalité" if lang == "fr" else "Perinatal News")
            + f" - {s['date']:%m/%Y}</h1>\n" + "\n".join(f"<h2>{t}</h2>\n<p>" + ("Lire la suite sur l'intranet." if lang == "fr" else "Read more on the intranet.") + "</p>" for t in topics)
            + "\n<hr><p style='font-size:8pt'>" + ("Vous recevez ce bulletin en tant qu'employé du CISSS. Se désabonner" if lang == "fr" else "You receive this as a CISSS employee. Unsubscribe") + "</p>\n</body></html>\n")
    s["html"] = html
    s["body"] = w.pick(["html", "alt", "alt"])
    s["text"] = ("Info-Périnatalité" if lang == "fr" else "Perinatal News") + "\n\n" + "\n\n".join("* " + t for t in topics) + "\n"
    s["frm"], s["to"] = generic_box("comm"), [generic_box("all_peri")]
    s["subject"] = (("Info-Périnatalité - " if lang == "fr" else "Perinatal News - ") + topics[0][:50])
    if w.chance(0.3):
        s["attachments"].append({"name": "bulletin.pdf", "ctype": "application/pdf",
                                 "data": make_pdf("Bulletin", [("h1", "Info-Périnatalité" if lang == "fr" else "Perinatal News")] + [("p", t) for t in topics])})
    return s.finish()


# ---------------------------------------------------------------- N18 conference programme (named physicians + diseases)
def n_conference(w, lang):
    s = neg(w, "colloque" if lang == "fr" else "conference", lang, "conference programme: speakers with clinical topics")
    org = w.staff_pick("coord")
    spk = w.sample(w.staff["ob"] + w.staff["ped"] + w.staff["sf"] + w.staff["ibclc"], 4)
    topics_fr = ["Diabète gestationnel : nouvelles cibles glycémiques", "Hémorragie post-partum : mise à jour", "Ictère néonatal et congé précoce",
                 "Accouchement vaginal après césarienne en maison de naissance", "Allaitement et médicaments", "Santé mentale périnatale"]
    topics_en = ["Gestational diabetes: new glycaemic targets", "Postpartum haemorrhage update", "Neonatal jaundice and early discharge",
                 "VBAC in birth centres", "Breastfeeding and medications", "Perinatal mental health"]
    tps = w.sample(topics_fr if lang == "fr" else topics_en, 4)
    rows = [["Heure", "Conférence", "Conférencière/conférencier"] if lang == "fr" else ["Time", "Talk", "Speaker"]]
    for i, (p, t) in enumerate(zip(spk, tps)):
        rows.append([f"{9 + i}:00", t, f"{doc_title(p, lang)}{full(p)}, {p['role_fr'] if lang == 'fr' else p['role_en']}"])
    d0 = rel_date(s["date"], w.r.randint(20, 60))
    pdf = make_pdf("Programme", [("h1", ("Colloque régional en périnatalité" if lang == "fr" else "Regional Perinatal Conference")),
                                 ("p", fdate(d0, lang, 1) + " - Centre des congrès de Saint-Aubin"), ("t", rows)])
    s["attachments"].append({"name": w.pick(["Programme_colloque.pdf", "Programme_colloque_périnatalité_2025.pdf"]) if lang == "fr" else "Conference_programme.pdf", "ctype": "application/pdf", "data": pdf})
    body = ((f"Le programme du colloque régional en périnatalité du {fdate(d0, lang, 1)} est en pièce jointe. "
             f"Parmi les conférences : « {tps[0]} » par {doc_title(spk[0], lang)}{full(spk[0])}. Inscription avant le 1er du mois; 6 heures de formation reconnues.")
            if lang == "fr" else
            (f"The programme for the regional perinatal conference on {fdate(d0, lang, 1)} is attached. "
             f"Talks include '{tps[0]}' by {doc_title(spk[0], lang)}{full(spk[0])}. Register by the 1st; 6 CE hours."))
    s["frm"], s["to"] = addr(w, org), [generic_box("all_sf"), generic_box("all_peri")]
    s["subject"] = w.pick(["Colloque en périnatalité - programme", "Programme du colloque", "Inscriptions colloque"]) if lang == "fr" else w.pick(["Perinatal conference programme", "Conference registration"])
    s["text"] = compose(w, lang, org, body, group=True)
    return s.finish()


# ---------------------------------------------------------------- N19 committee agenda / minutes with aggregate cases
def n_committee(w, lang):
    s = neg(w, "comite_perinatalite" if lang == "fr" else "perinatal_committee", lang, "committee agenda/minutes with aggregate, de-identified case review")
    chef = w.staff_pick("chef")
    n1, n2, n3 = w.r.randint(2, 6), w.r.randint(1, 4), w.r.randint(0, 3)
    if lang == "fr":
        blocks = [("h", "Comité de périnatalité - procès-verbal"),
                  ("p", f"Présences : {', '.join(full(p) for p in w.sample(w.staff['sf'] + w.staff['ob'], 5))}"),
                  ("p", f"1. Revue des transferts du trimestre : {n1 + n2 + n3} transferts intrapartum ({n1} pour stagnation du travail, "
                        f"{n2} pour liquide méconial, {n3} pour HPP). Aucun événement sentinelle."),
                  ("p", "2. Protocole de prophylaxie SGB : adoption de la version 2025."),
                  ("p", "3. Taux d'allaitement exclusif à 2 mois : 61 % (cible 65 %)."),
                  ("p", "4. Prochaine rencontre : troisième mardi du mois.")]
    else:
        blocks = [("h", "Perinatal committee - minutes"),
                  ("p", f"Present: {', '.join(full(p) for p in w.sample(w.staff['sf'] + w.staff['ob'], 5))}"),
                  ("p", f"1. Quarterly transfer review: {n1 + n2 + n3} intrapartum transfers ({n1} failure to progress, {n2} meconium, {n3} PPH). No sentinel events."),
                  ("p", "2. GBS prophylaxis protocol: 2025 version adopted."),
                  ("p", "3. Exclusive breastfeeding at 2 months: 61% (target 65%)."),
                  ("p", "4. Next meeting: third Tuesday of the month.")]
    if w.chance(0.5):
        s["attachments"].append({"name": w.pick(["PV_comite_perinatalite.docx", "Procès-verbal – Comité de périnatalité – séance régulière.docx"]) if lang == "fr" else "perinatal_committee_minutes.docx",
                                 "ctype": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                 "data": make_docx(blocks, s["date"], full(chef), "PV")})
        body = "Le procès-verbal de la dernière rencontre est joint pour approbation." if lang == "fr" else "Minutes of the last meeting attached for approval."
    else:
        body = "\n\n".join(b[1] for b in blocks)
    s["frm"], s["to"] = addr(w, chef), [generic_box("all_sf")]
    s["subject"] = w.pick(["Comité de périnatalité - PV", "PV à approuver", "Ordre du jour et PV"]) if lang == "fr" else w.pick(["Perinatal committee - minutes", "Minutes for approval"])
    s["text"] = compose(w, lang, chef, body, group=True)
    return s.finish()


# ---------------------------------------------------------------- N20 aggregate statistics
def n_stats(w, lang):
    s = neg(w, "statistiques" if lang == "fr" else "statistics", lang, "aggregate statistics only")
    tech = w.staff_pick(w.pick(["tech", "coord"]))
    months = ["janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept"] if lang == "fr" else ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep"]
    rows = [["Mois", "Naissances", "Transferts", "Taux transfert (%)", "Allaitement J10 (%)"] if lang == "fr"
            else ["Month", "Births", "Transfers", "Transfer rate (%)", "BF day 10 (%)"]]
    for m in months[:w.r.randint(4, 9)]:
        b, t = w.r.randint(18, 42), w.r.randint(1, 8)
        rows.append([m, b, t, round(100 * t / b, 1), w.r.randint(72, 93)])
    fmt = w.pick(["xlsx", "csv", "html"])
    body = ("Voici les statistiques cumulatives de l'année. Données agrégées, aucune donnée nominative." if lang == "fr"
            else "Year-to-date statistics. Aggregate data only.")
    if fmt == "xlsx":
        s["attachments"].append({"name": "stats_cumulatives_2025.xlsx", "ctype": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                 "data": make_xlsx([("2025", rows)], s["date"], full(tech))})
    elif fmt == "csv":
        s["attachments"].append({"name": "stats_2025.csv", "ctype": "text/csv", "data": make_csv(rows, ";")})
    else:
        s["html"] = "<p>" + body + "</p>\n" + html_table(rows) + "\n"
        s["body"] = "alt"
        body += "\n\n" + "\n".join("\t".join(str(c) for c in r) for r in rows)
    s["frm"], s["to"] = addr(w, tech), [addr(w, w.staff_pick("chef"))]
    s["subject"] = w.pick(["Statistiques cumulatives", "Indicateurs périnatalité", "Tableau de bord"]) if lang == "fr" else w.pick(["YTD statistics", "Perinatal indicators", "Dashboard"])
    s["text"] = compose(w, lang, tech, body)
    return s.finish()


# ---------------------------------------------------------------- N21 blank forms
def n_blank_form(w, lang):
    s = neg(w, "formulaire_vierge" if lang == "fr" else "blank_form", lang, "blank form / template with empty identification fields")
    sender = w.staff_pick(w.pick(["coord", "adm", "chef"]))
    k = w.r.randrange(3)
    if lang == "fr":
        title = ["Formulaire de transfert MDN - centre hospitalier", "Demande de consultation en allaitement", "Avis de grossesse - CLSC"][k]
        blocks = [("h", title), ("t", [["Nom de la cliente", "________________"], ["NAM", "____ ____ ____"], ["Date de naissance", "AAAA-MM-JJ"],
                                        ["Âge gestationnel", "___ sem ___ j"], ["Motif", ""], ["Allergies", ""], ["Signature de la sage-femme", ""]])]
        body = f"Voici la nouvelle version du formulaire « {title} ». Merci de détruire les anciennes copies papier."
    else:
        title = ["Birth centre to hospital transfer form", "Lactation consultation request", "Pregnancy notice - CLSC"][k]
        blocks = [("h", title), ("t", [["Client name", "________________"], ["RAMQ no.", "____ ____ ____"], ["Date of birth", "YYYY-MM-DD"],
                                        ["Gestational age", "___ wks ___ d"], ["Reason", ""], ["Allergies", ""], ["Midwife signature", ""]])]
        body = f"Here is the new version of the '{title}' form. Please discard old paper copies."
    if w.chance(0.5):
        data, name, ct = make_pdf(title, blocks), "formulaire_vierge.pdf" if lang == "fr" else "blank_form.pdf", "application/pdf"
    else:
        data, name, ct = make_docx(blocks, s["date"], full(sender), title), "modele_formulaire.docx" if lang == "fr" else "form_template.docx", \
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    s["attachments"].append({"name": name, "ctype": ct, "data": data})
    if w.chance(0.4):
        s["attachments"] = [{"name": "formulaires_2025.zip", "ctype": "application/zip", "data": make_zip([(name, data), ("LISEZMOI.txt", body.encode("utf-8"))], s["date"])}]
    s["frm"], s["to"] = addr(w, sender), [generic_box("all_sf"), generic_box("all_peri")]
    s["subject"] = w.pick(["Nouveau formulaire", "Formulaire révisé", "Modèle à utiliser"]) if lang == "fr" else w.pick(["New form", "Revised form"])
    s["text"] = compose(w, lang, sender, body, group=True)
    return s.finish()


# ---------------------------------------------------------------- N22 anonymised teaching case
def n_teaching_case(w, lang):
    s = neg(w, "cas_clinique" if lang == "fr" else "teaching_case", lang, "anonymised teaching case for journal club / simulation")
    sender = w.staff_pick(w.pick(["sf", "ob", "coord"]))
    age = w.r.randint(22, 41)
    wk, d = w.r.randint(37, 41), w.r.randint(0, 6)
    ev = w.pick(LABOUR)
    if lang == "fr":
        body = (f"Cas pour le club de lecture de jeudi (anonymisé) :\n\nCliente de {age} ans, G2P1, {ga_str(wk, d, lang, 0)}, admise en travail actif à la maison de naissance. "
                f"Évolution : {L(ev, lang)}. Quelle est votre conduite? Quels sont les critères de transfert selon nos lignes directrices?\n\n"
                "Lecture suggérée : directive clinique SOGC no 431.")
        subj = w.pick(["Club de lecture - cas clinique", "Cas pour la simulation", "Cas de la semaine"])
    else:
        body = (f"Case for Thursday's journal club (de-identified):\n\nA {age}-year-old G2P1 at {ga_str(wk, d, lang, 0)} admitted in active labour at the birth centre. "
                f"Course: {L(ev, lang)}. What would you do? What are the transfer criteria in our guidelines?\n\nSuggested reading: SOGC guideline no. 431.")
        subj = w.pick(["Journal club - case", "Simulation case", "Case of the week"])
    s["frm"], s["to"] = addr(w, sender), [generic_box("all_sf")]
    s["subject"], s["text"] = subj, compose(w, lang, sender, body, group=True)
    return s.finish()


# ---------------------------------------------------------------- N23 supplier recall with lot numbers
def n_recall(w, lang):
    s = neg(w, "rappel_fournisseur" if lang == "fr" else "supplier_recall", lang, "supplier recall with lot and serial numbers")
    prod = w.pick([("Tire-lait électrique double LactoPro 300", "LactoPro 300 double electric breast pump"),
                   ("Préparation pour nourrissons en poudre (boîte 900 g)", "Powdered infant formula (900 g can)"),
                   ("Lancettes de prélèvement néonatal", "Neonatal heel lancets"),
                   ("Clamp ombilical stérile", "Sterile umbilical clamp")])
    lots = [f"LOT {w.r.randint(10, 99)}{w.pick('ABCDEFGH')}{w.r.randint(1000, 9999)}" for _ in range(3)]
    serials = [luhn_serial(w, 10) for _ in range(2)]
    if lang == "fr":
        body = (f"AVIS DE RAPPEL VOLONTAIRE - {prod[0]}\n\nLots visés : {', '.join(lots)}\nNuméros de série visés (tire-lait) : {', '.join(serials)}\n\n"
                "Motif : risque de défaillance du moteur / contamination possible. Retirez les produits visés et communiquez avec votre représentant. "
                "Aucun incident rapporté à ce jour au Canada.")
        subj = f"Rappel - {prod[0]}"
    else:
        body = (f"VOLUNTARY RECALL NOTICE - {prod[1]}\n\nAffected lots: {', '.join(lots)}\nAffected serial numbers: {', '.join(serials)}\n\n"
                "Reason: possible motor failure / contamination. Remove affected products and contact your representative. No incidents reported in Canada to date.")
        subj = f"Recall - {prod[1]}"
    fw = w.staff_pick(w.pick(["coord", "pharm", "tech"]))
    if w.chance(0.5):
        inner = {"lang": lang, "frm": ("Quality Assurance", "qa@lactopro.example"), "to": [generic_box("achats")],
                 "subject": subj, "date": s["date"] - dt.timedelta(days=1), "text": body + "\n", "attachments": [], "crlf": False,
                 "filename": "rappel.eml" if lang == "fr" else "recall.eml"}
        s["forward"] = inner
        top = "Pour information : vérifiez vos trousses de domicile." if lang == "fr" else "FYI: please check your home-birth kits."
        s["text"] = compose(w, lang, fw, top, group=True)
    else:
        s["text"] = compose(w, lang, fw, body, group=True)
    s["frm"], s["to"] = addr(w, fw), [generic_box("all_sf"), generic_box("all_peri")]
    s["subject"] = ("TR: " if lang == "fr" else "FW: ") + subj
    return s.finish()


# ---------------------------------------------------------------- N24 drug shortage
def n_shortage(w, lang):
    s = neg(w, "penurie_medicament" if lang == "fr" else "drug_shortage", lang, "drug shortage notice from pharmacy")
    ph = w.staff_pick("pharm")
    drug = w.pick([("érythromycine onguent ophtalmique 0,5 %", "erythromycin 0.5% ophthalmic ointment", "aucune alternative; consigner le refus/report", "no alternative; document deferral"),
                   ("vitamine K (phytonadione) 1 mg/0,5 ml", "vitamin K (phytonadione) 1 mg/0.5 mL", "utiliser les fioles de 10 mg/ml avec dilution selon le protocole", "use 10 mg/mL vials diluted per protocol"),
                   ("Diclectin", "Diclectin", "doxylamine et pyridoxine séparément", "separate doxylamine and pyridoxine"),
                   ("oxytocine 10 UI/ml", "oxytocin 10 IU/mL", "prioriser la prévention de l'HPP; carbétocine en alternative", "prioritise PPH prevention; carbetocin as alternative")])
    if lang == "fr":
        body = (f"Avis de pénurie : {drug[0]}.\nDurée prévue : {w.r.randint(3, 12)} semaines.\nAlternative : {drug[2]}.\n"
                "Merci de ne pas constituer de réserves dans les unités.")
        subj = f"Pénurie - {drug[0]}"
    else:
        body = (f"Shortage notice: {drug[1]}.\nExpected duration: {w.r.randint(3, 12)} weeks.\nAlternative: {drug[3]}.\nPlease do not stockpile on units.")
        subj = f"Shortage - {drug[1]}"
    s["frm"], s["to"] = generic_box("pharm") if w.chance(0.5) else addr(w, ph), [generic_box("all_sf"), generic_box("obs")]
    s["subject"], s["text"] = subj, compose(w, lang, ph, body, group=True)
    return s.finish()


# ---------------------------------------------------------------- N25 physicians named with the conditions they treat
def n_physician_service(w, lang):
    s = neg(w, "service_medecin" if lang == "fr" else "physician_service", lang, "physician named with the conditions their clinic treats")
    ob = w.staff_pick(w.pick(["ob", "ped"]))
    adm = w.staff_pick(w.pick(["adm", "chef"]))
    cond = w.pick([("diabète gestationnel", "gestational diabetes"), ("grossesses à risque élevé", "high-risk pregnancies"),
                   ("hypertension de grossesse", "hypertensive disorders of pregnancy"), ("ictère néonatal", "neonatal jaundice"),
                   ("ankyloglossie (frénotomie)", "tongue-tie (frenotomy)")])
    t = doc_title(ob, lang)
    if lang == "fr":
        body = w.pick([f"À compter du mois prochain, {t}{full(ob)} tiendra la clinique de {cond[0]} le mardi après-midi. Les références passent par le guichet habituel.",
                       f"{t}{ob['surname']} sera {'absente' if ob['sex'] == 'F' else 'absent'} du 3 au 14; la clinique de {cond[0]} est reportée. {t}{w.staff_pick('ob')['surname']} assure la couverture urgente.",
                       f"Nouveau corridor : les références pour {cond[0]} se font directement à {t}{full(ob)} via le formulaire de consultation."])
        subj = w.pick([f"Clinique de {cond[0]}", "Changement de corridor de service", "Absence et couverture"])
    else:
        body = w.pick([f"Starting next month, {t}{full(ob)} will run the {cond[1]} clinic on Tuesday afternoons. Referrals through the usual intake.",
                       f"{t}{ob['surname']} is away from the 3rd to the 14th; the {cond[1]} clinic is postponed. {t}{w.staff_pick('ob')['surname']} covers urgent cases.",
                       f"New pathway: referrals for {cond[1]} go directly to {t}{full(ob)} using the consult form."])
        subj = w.pick([f"{cond[1].capitalize()} clinic", "Service pathway change", "Absence and coverage"])
    s["frm"], s["to"] = addr(w, adm), [generic_box("all_sf"), generic_box("all_peri")]
    s["subject"], s["text"] = subj, compose(w, lang, adm, body, group=True)
    return s.finish()


# ---------------------------------------------------------------- N26 research protocol (no participants)
def n_research(w, lang):
    s = neg(w, "protocole_recherche" if lang == "fr" else "research_protocol", lang, "research protocol / recruitment notice without participants")
    pi = w.staff_pick(w.pick(["sf", "ob", "ibclc"]))
    t = w.pick([("Effet de la position d'accouchement sur les déchirures périnéales", "Birth position and perineal trauma"),
                ("Contact peau à peau prolongé et allaitement exclusif à 3 mois", "Extended skin-to-skin and exclusive breastfeeding at 3 months"),
                ("Dépistage de la dépression périnatale par EPDS en visite à domicile", "EPDS depression screening during home visits")])
    if lang == "fr":
        body = (f"Le protocole « {t[0]} » a été approuvé par le comité d'éthique de la recherche (projet MP-{w.r.randint(10, 99)}-2025-{w.r.randint(100, 999)}).\n"
                "Critères d'inclusion : clientes primipares, grossesse unique à terme, suivi en maison de naissance.\n"
                "Le recrutement débutera en septembre; les sages-femmes remettront le feuillet d'information. Aucune donnée nominative ne sera transmise à l'équipe de recherche sans consentement.")
    else:
        body = (f"The protocol '{t[1]}' was approved by the research ethics board (project MP-{w.r.randint(10, 99)}-2025-{w.r.randint(100, 999)}).\n"
                "Inclusion: nulliparous clients, singleton term pregnancy, birth-centre care.\n"
                "Recruitment starts in September; midwives will hand out the information sheet. No identifying data will go to the research team without consent.")
    if w.chance(0.5):
        s["attachments"].append({"name": "protocole_v3.pdf" if lang == "fr" else "protocol_v3.pdf", "ctype": "application/pdf",
                                 "data": make_pdf("Protocole", [("h", t[0] if lang == "fr" else t[1]), ("p", body)])})
    s["frm"], s["to"] = addr(w, pi), [generic_box("all_sf")]
    s["subject"] = (t[0] if lang == "fr" else t[1])[:60]
    s["text"] = compose(w, lang, pi, body, group=True)
    return s.finish()


# ---------------------------------------------------------------- N27 prenatal classes / service hours
def n_classes(w, lang):
    s = neg(w, "rencontres_prenatales" if lang == "fr" else "prenatal_classes", lang, "public schedule of prenatal classes / clinic hours")
    sender = w.staff_pick(w.pick(["adm", "inf", "coord"]))
    d0 = rel_date(s["date"], w.r.randint(5, 30))
    if lang == "fr":
        body = (f"Horaire des rencontres prénatales de groupe (automne) :\n- Rencontre 1 : la grossesse et l'alimentation - {fday(d0, lang)} 19 h\n"
                f"- Rencontre 2 : le travail et l'accouchement - {fday(d0 + dt.timedelta(days=7), lang)} 19 h\n"
                f"- Rencontre 3 : l'allaitement - {fday(d0 + dt.timedelta(days=14), lang)} 19 h\n\n"
                f"Lieu : {ORGS['clsc']['fr']}, {ORGS['clsc']['addr']}. Inscription : {ORGS['clsc']['phone']}.\nMerci d'afficher dans vos salles d'attente.")
        subj = w.pick(["Rencontres prénatales - automne", "Horaire des cours prénataux", "Affiche à mettre en salle d'attente"])
    else:
        body = (f"Group prenatal classes (fall):\n- Class 1: pregnancy and nutrition - {fday(d0, lang)} 7 pm\n"
                f"- Class 2: labour and birth - {fday(d0 + dt.timedelta(days=7), lang)} 7 pm\n"
                f"- Class 3: breastfeeding - {fday(d0 + dt.timedelta(days=14), lang)} 7 pm\n\n"
                f"Location: {ORGS['clsc']['en']}, {ORGS['clsc']['addr']}. Registration: {ORGS['clsc']['phone']}.\nPlease post in waiting rooms.")
        subj = w.pick(["Prenatal classes - fall", "Prenatal class schedule"])
    if w.chance(0.4):
        s["attachments"].append({"name": "affiche_rencontres.png" if lang == "fr" else "classes_poster.png", "ctype": "image/png", "data": make_png(100, 140, 7)})
    s["frm"], s["to"] = addr(w, sender), [generic_box("all_peri"), generic_box("mdn")]
    s["subject"], s["text"] = subj, compose(w, lang, sender, body, group=True)
    return s.finish()


# ---------------------------------------------------------------- N28 clinical protocol update (doses, no patient)
def n_protocol(w, lang):
    s = neg(w, "protocole_clinique" if lang == "fr" else "clinical_protocol", lang, "clinical protocol update with drug doses, no patient")
    sender = w.staff_pick(w.pick(["coord", "ob", "pharm", "chef"]))
    k = w.r.randrange(3)
    if lang == "fr":
        body = ["Protocole HPP révisé : ocytocine 10 UI IM à la naissance de l'épaule antérieure; si saignement > 500 ml, 2e dose et massage utérin, "
                "misoprostol 800 mcg intrarectal en 2e ligne, transfert immédiat si > 1000 ml.",
                "Prophylaxie SGB : pénicilline G 5 M unités IV puis 2,5 M q4h jusqu'à la naissance; en cas d'allergie à faible risque, céfazoline 2 g IV. "
                "En maison de naissance, la cliente SGB+ doit être informée de l'option d'un accouchement à l'hôpital.",
                "Ictère néonatal : utiliser le nomogramme de Bhutani révisé; bilirubinomètre transcutané si ictère visible avant 24 h, prélèvement sérique si > 75e percentile."][k]
        subj = ["Protocole HPP - version 2025", "Prophylaxie SGB - mise à jour", "Ictère néonatal - algorithme"][k]
    else:
        body = ["Revised PPH protocol: oxytocin 10 IU IM at delivery of the anterior shoulder; if bleeding > 500 mL, second dose and fundal massage, "
                "misoprostol 800 mcg PR second line, immediate transfer if > 1000 mL.",
                "GBS prophylaxis: penicillin G 5 MU IV then 2.5 MU q4h until birth; low-risk allergy: cefazolin 2 g IV. "
                "GBS-positive birth-centre clients must be offered the option of hospital birth.",
                "Neonatal jaundice: use the revised Bhutani nomogram; transcutaneous bilirubin if visible jaundice before 24 h, serum level if > 75th centile."][k]
        subj = ["PPH protocol - 2025", "GBS prophylaxis update", "Neonatal jaundice algorithm"][k]
    s["frm"], s["to"] = addr(w, sender), [generic_box("all_sf")]
    s["subject"], s["text"] = subj, compose(w, lang, sender, body, group=True)
    return s.finish()


# ---------------------------------------------------------------- N29 privacy reminder (mentions NAM / names generically)
def n_privacy_reminder(w, lang):
    s = neg(w, "rappel_confidentialite" if lang == "fr" else "privacy_reminder", lang, "privacy reminder mentioning identifiers generically")
    sender = w.staff_pick(w.pick(["chef", "ti"]))
    if lang == "fr":
        body = ("Rappel : il est interdit de transmettre par courriel non chiffré le nom d'une usagère avec son NAM (format XXXX 0000 0000), "
                "son numéro de dossier ou un diagnostic. Utilisez le DCI ou la messagerie sécurisée. Les captures d'écran de résultats de laboratoire "
                "ne doivent jamais être envoyées par texto. En cas d'envoi par erreur, avisez la responsable de l'accès à l'information.")
        subj = w.pick(["Rappel - confidentialité", "Courriel et renseignements de santé", "Bonnes pratiques courriel"])
    else:
        body = ("Reminder: never send a client's name with her RAMQ number (format XXXX 0000 0000), chart number or diagnosis by unencrypted e-mail. "
                "Use the EMR or secure messaging. Never text screenshots of lab results. If something is sent in error, notify the privacy officer.")
        subj = w.pick(["Reminder - privacy", "E-mail and health information"])
    s["frm"], s["to"] = addr(w, sender), [generic_box("all_sf"), generic_box("all_peri")]
    s["subject"], s["text"] = subj, compose(w, lang, sender, body, group=True)
    return s.finish()


# ---------------------------------------------------------------- N30 public-health campaign for professionals
def n_public_health(w, lang):
    s = neg(w, "sante_publique" if lang == "fr" else "public_health", lang, "public-health notice to clinicians, no patients")
    k = w.r.randrange(3)
    if lang == "fr":
        body = ["La Direction de santé publique rappelle que le vaccin contre le VRS (Abrysvo) est offert aux femmes enceintes entre 32 et 36 semaines "
                "pendant la saison. Les doses sont disponibles au CLSC.",
                f"Éclosion de rougeole dans la région voisine : vérifiez le statut vaccinal des femmes enceintes et orientez les non-immunes. {w.r.randint(3, 14)} cas confirmés à ce jour.",
                "Hausse des cas de syphilis congénitale au Québec : dépistage recommandé au 1er trimestre, entre 28 et 32 semaines et à l'accouchement chez les femmes à risque."][k]
        subj = ["Vaccin VRS pendant la grossesse", "Éclosion de rougeole - vigilance", "Syphilis congénitale - rappel de dépistage"][k]
    else:
        body = ["Public health reminds you that RSV vaccine (Abrysvo) is offered to pregnant women at 32-36 weeks during the season. Doses available at the CLSC.",
                f"Measles outbreak in the neighbouring region: check pregnant clients' immunisation status. {w.r.randint(3, 14)} confirmed cases so far.",
                "Congenital syphilis is rising in Québec: screening recommended in the 1st trimester, at 28-32 weeks and at delivery for at-risk women."][k]
        subj = ["RSV vaccine in pregnancy", "Measles outbreak - alert", "Congenital syphilis - screening reminder"][k]
    s["frm"], s["to"] = ("Direction de santé publique", "dsp@cisss-hautessaules.example"), [generic_box("all_peri"), generic_box("all_sf")]
    s["subject"], s["text"] = subj, compose(w, lang, {**w.staff_pick("chef"), "org": ORGS["cisss"]}, body, group=True)
    return s.finish()


# ---------------------------------------------------------------- N31 satisfaction survey (aggregate comments)
def n_survey(w, lang):
    s = neg(w, "sondage_satisfaction" if lang == "fr" else "satisfaction_survey", lang, "aggregate client-satisfaction results, anonymous comments")
    chef = w.staff_pick("chef")
    n = w.r.randint(60, 180)
    if lang == "fr":
        body = (f"Résultats du sondage de satisfaction ({n} répondantes) :\n- Satisfaction globale : {w.r.randint(90, 98)} %\n- Recommanderaient la MDN : {w.r.randint(92, 99)} %\n"
                "Commentaires anonymes : « Équipe extraordinaire », « Le transfert à l'hôpital s'est fait dans le respect », « Plus de places aux rencontres prénatales svp ».")
        subj = "Sondage de satisfaction - résultats"
    else:
        body = (f"Satisfaction survey results ({n} respondents):\n- Overall satisfaction: {w.r.randint(90, 98)}%\n- Would recommend: {w.r.randint(92, 99)}%\n"
                "Anonymous comments: 'Amazing team', 'The hospital transfer was handled respectfully', 'More spots in prenatal classes please'.")
        subj = "Satisfaction survey - results"
    s["frm"], s["to"] = addr(w, chef), [generic_box("all_sf")]
    s["subject"], s["text"] = subj, compose(w, lang, chef, body, group=True)
    return s.finish()


# ---------------------------------------------------------------- N32 student placement schedule
def n_students(w, lang):
    s = neg(w, "stages_etudiantes" if lang == "fr" else "student_placements", lang, "midwifery student placement schedule (students and preceptors)")
    coord = w.staff_pick("coord")
    rows = [["Étudiante", "Préceptrice", "Début", "Fin"] if lang == "fr" else ["Student", "Preceptor", "Start", "End"]]
    for _ in range(w.r.randint(2, 4)):
        st = w.person("F", lang, (1995, 2004))
        pr = w.staff_pick("sf")
        d0 = rel_date(s["date"], w.r.randint(10, 60))
        rows.append([full(st), full(pr), d0.isoformat(), (d0 + dt.timedelta(weeks=w.pick([8, 12]))).isoformat()])
    body = (("Voici les stages du baccalauréat en pratique sage-femme pour la prochaine session :\n\n" if lang == "fr"
             else "Midwifery program placements for next term:\n\n") + "\n".join(" - ".join(r) for r in rows[1:]))
    s["frm"], s["to"] = addr(w, coord), [generic_box("all_sf")]
    s["subject"] = w.pick(["Stages - prochaine session", "Étudiantes sages-femmes"]) if lang == "fr" else w.pick(["Placements next term", "Midwifery students"])
    s["text"] = compose(w, lang, coord, body, group=True)
    return s.finish()


# ---------------------------------------------------------------- N33 lab service change (reference values, tubes)
def n_lab_notice(w, lang):
    s = neg(w, "avis_laboratoire" if lang == "fr" else "lab_notice", lang, "laboratory service notice, reference ranges, no patient")
    k = w.r.randrange(3)
    if lang == "fr":
        body = ["À compter du 1er du mois, les valeurs de référence de la TSH en grossesse seront ajustées par trimestre (T1 : 0,1-2,5 mUI/L). Aucun changement de tube.",
                "Le dosage des acides biliaires est maintenant fait sur place; délai de réponse 24 h. Utiliser un tube à bouchon or.",
                "Rappel : les prélèvements SGB doivent parvenir au laboratoire dans les 24 h, milieu de transport Amies. Les échantillons non identifiés seront rejetés."][k]
        subj = ["TSH - nouvelles valeurs de référence", "Acides biliaires sur place", "Prélèvements SGB - rappel"][k]
    else:
        body = ["As of the 1st, pregnancy TSH reference ranges will be trimester-specific (T1: 0.1-2.5 mIU/L). No tube change.",
                "Bile acids are now run on site; 24 h turnaround. Use a gold-top tube.",
                "Reminder: GBS swabs must reach the lab within 24 h in Amies medium. Unlabelled samples will be rejected."][k]
        subj = ["TSH - new reference ranges", "Bile acids on site", "GBS swabs - reminder"][k]
    s["frm"], s["to"] = ("Laboratoire HRSA - Biochimie", "labo.biochimie@hrsa.example"), [generic_box("all_sf"), generic_box("all_peri")]
    s["subject"], s["text"] = subj, compose(w, lang, {**w.staff_pick("tech"), "org": ORGS["hosp"]}, body, group=True)
    return s.finish()


# ---------------------------------------------------------------- N34 DCI training with a fictitious record
def n_training_fake_record(w, lang):
    s = neg(w, "formation_dci" if lang == "fr" else "emr_training", lang, "EMR training using an explicitly fictitious test record")
    ti = w.staff_pick("ti")
    if lang == "fr":
        body = ("Pour la formation de mercredi, utilisez l'usager fictif de l'environnement de formation : « FORMATION, Cliente-Test » "
                "(dossier TEST-0001). Scénario : créer une note de suivi prénatal à 28 semaines et commander une HGPO. "
                "N'utilisez jamais un vrai dossier en formation.")
        subj = "Formation DCI - environnement de test"
    else:
        body = ("For Wednesday's training, use the fictitious training-environment record 'TRAINING, Test-Client' (chart TEST-0001). "
                "Scenario: write a 28-week prenatal note and order an OGTT. Never use a real chart for training.")
        subj = "EMR training - test environment"
    s["frm"], s["to"] = addr(w, ti), [generic_box("all_sf")]
    s["subject"], s["text"] = subj, compose(w, lang, ti, body, group=True)
    return s.finish()


# ---------------------------------------------------------------- N35 community partner / service offer
def n_partner(w, lang):
    s = neg(w, "partenaire_communautaire" if lang == "fr" else "community_partner", lang, "community organisation service offer, no clients named")
    sender = ("Maison de la famille des Trois-Ponts", "info@maisonfamille3p.example")
    if lang == "fr":
        body = ("Bonjour,\n\nNous offrons cet automne des haltes-allaitement et des ateliers de portage gratuits, ainsi que des paniers OLO pour les familles "
                "à faible revenu référées par le CLSC. N'hésitez pas à diffuser l'information à vos clientes.\n\nL'équipe de la Maison de la famille\n"
                "Tél. : (819) 555-0155")
        subj = "Nos activités d'automne"
    else:
        body = ("Hello,\n\nThis fall we offer free breastfeeding drop-ins and babywearing workshops, plus OLO baskets for low-income families referred by the CLSC. "
                "Feel free to share with your clients.\n\nThe Family House team\nTel: (819) 555-0155")
        subj = "Our fall activities"
    s["frm"], s["to"] = sender, [generic_box("clsc_peri"), generic_box("mdn")]
    s["subject"], s["text"] = subj, body + "\n"
    return s.finish()


# ---------------------------------------------------------------- N36 guideline summary / journal article
def n_guideline(w, lang):
    s = neg(w, "ligne_directrice" if lang == "fr" else "guideline_summary", lang, "summary of a new clinical guideline")
    sender = w.staff_pick(w.pick(["sf", "ob", "coord"]))
    if lang == "fr":
        body = w.pick(["Résumé de la nouvelle directive de la SOGC sur la prise en charge de la grossesse prolongée : induction offerte dès 41+0, "
                       "surveillance fœtale bihebdomadaire si la cliente refuse. Discussion au prochain caucus.",
                       "Nouvelle revue Cochrane : l'immersion dans l'eau pendant le premier stade du travail réduit le recours à l'analgésie péridurale "
                       "sans augmenter les infections néonatales."])
        subj = w.pick(["Nouvelle directive SOGC", "Article intéressant", "Pour le caucus"])
    else:
        body = w.pick(["Summary of the new SOGC guideline on post-term pregnancy: induction offered from 41+0, twice-weekly fetal surveillance if declined. "
                       "Discussion at next huddle.",
                       "New Cochrane review: water immersion in first-stage labour reduces epidural use without increasing neonatal infection."])
        subj = w.pick(["New SOGC guideline", "Interesting article"])
    s["frm"], s["to"] = addr(w, sender), [generic_box("all_sf")]
    s["subject"], s["text"] = subj, compose(w, lang, sender, body, group=True)
    return s.finish()
