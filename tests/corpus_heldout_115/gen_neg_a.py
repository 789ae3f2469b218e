"""Negative templates, part 1: HR, schedules, payroll, IT, facilities, purchasing, social events."""
import datetime as dt

from stdnum import luhn
from gen_common import full, fdate, fday, ORGS, strip_accents
from gen_text import compose, quote, signature, forward_block
from gen_tpl import neg, addr, generic_box, rel_date, disp
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_ics, make_vcf, make_zip, make_png
from gen_mime import html_table


def luhn_serial(w, n):
    base = str(w.r.randint(1, 9)) + "".join(str(w.r.randint(0, 9)) for _ in range(n - 2))
    return base + luhn.calc_check_digit(base)


def staff_names(w, key, k):
    lst = w.staff[key]
    return w.sample(lst, min(k, len(lst)))


# ---------------------------------------------------------------- N1 vacation calendar
def n_vacation(w, lang):
    s = neg(w, "vacances_ete" if lang == "fr" else "summer_vacation", lang, "staff summer vacation calendar")
    chef = w.staff_pick("chef")
    people = staff_names(w, "sf", 6) + staff_names(w, "inf", 3)
    rows = [["Employée", "Titre d'emploi", "Du", "Au"] if lang == "fr" else ["Employee", "Job title", "From", "To"]]
    for p in people:
        d0 = dt.date(2025, w.r.randint(6, 8), w.r.randint(1, 25))
        rows.append([full(p), p["role_fr"] if lang == "fr" else p["role_en"], d0.isoformat(), (d0 + dt.timedelta(days=w.pick([7, 14, 21]))).isoformat()])
    if w.chance(0.5):
        s["attachments"].append({"name": w.pick(["calendrier_vacances_2025.xlsx", "Calendrier des vacances été 2025 – version finale approuvée.xlsx"]) if lang == "fr" else "vacation_2025.xlsx",
                                 "ctype": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                 "data": make_xlsx([("Vacances" if lang == "fr" else "Vacation", rows)], s["date"], full(chef))})
        body = ("Voici le calendrier des vacances estivales approuvé. Les demandes de changement doivent être faites avant le 1er mai."
                if lang == "fr" else "Attached is the approved summer vacation calendar. Change requests before May 1st please.")
    else:
        body = (("Voici le calendrier des vacances estivales approuvé :\n\n" if lang == "fr" else "Approved summer vacation calendar:\n\n")
                + "\n".join(f"- {r[0]} : {r[2]} au {r[3]}" if lang == "fr" else f"- {r[0]}: {r[2]} to {r[3]}" for r in rows[1:]))
    s["frm"], s["to"] = addr(w, chef), [generic_box("all_sf"), generic_box("all_peri")]
    s["subject"] = w.pick(["Calendrier des vacances 2025", "Vacances d'été - version finale", "Vacances estivales"]) if lang == "fr" else w.pick(["2025 vacation calendar", "Summer vacation - final"])
    s["text"] = compose(w, lang, chef, body, group=True)
    return s.finish()


# ---------------------------------------------------------------- N2 on-call schedule
def n_oncall(w, lang):
    s = neg(w, "horaire_garde" if lang == "fr" else "on_call_schedule", lang, "midwives' on-call rota")
    coord = w.staff_pick("coord")
    sfs = w.staff["sf"]
    m = w.r.randint(1, 11)
    rows = [["Date", "Garde 1", "Garde 2", "Backup"] if lang == "fr" else ["Date", "Call 1", "Call 2", "Backup"]]
    d = dt.date(2025, m + 1 if m < 12 else 12, 1)
    for i in range(14):
        a, b, c = w.sample(sfs, 3)
        rows.append([(d + dt.timedelta(days=i)).isoformat(), full(a), full(b), c["given"]])
    s["html"] = ("<p>" + ("Horaire de garde des deux prochaines semaines. Pagette de garde : " if lang == "fr" else "On-call for the next two weeks. On-call pager: ")
                 + ORGS["mdn"]["phone"] + "</p>\n" + html_table(rows) + "\n<p>" + coord["given"] + "</p>\n")
    s["body"] = w.pick(["html", "alt"])
    s["text"] = (("Horaire de garde des deux prochaines semaines. Pagette de garde : " if lang == "fr" else "On-call for the next two weeks. On-call pager: ")
                 + ORGS["mdn"]["phone"] + "\n\n" + "\n".join(" | ".join(r) for r in rows) + "\n\n" + coord["given"] + "\n")
    s["frm"], s["to"] = addr(w, coord), [generic_box("all_sf")]
    s["subject"] = w.pick(["Horaire de garde", "Gardes - 2 prochaines semaines", "Modif horaire de garde"]) if lang == "fr" else w.pick(["On-call schedule", "Call rota update"])
    return s.finish()


# ---------------------------------------------------------------- N3 payroll notice
def n_payroll(w, lang):
    s = neg(w, "paie" if lang == "fr" else "payroll", lang, "payroll notice to all staff")
    rh = w.staff_pick("rh")
    k = w.r.randrange(3)
    if lang == "fr":
        body = ["En raison du congé férié, le dépôt de la paie du jeudi sera effectué le vendredi. Aucun impact sur les montants.",
                "Vos relevés 1 et feuillets T4 sont disponibles dans le portail employé (Virtuo > Mes documents). Aucun envoi papier.",
                "La rétroactivité salariale prévue à la convention collective sera versée sur la paie du 15 mai. "
                "Les primes de garde des sages-femmes sont incluses."][k]
        subj = ["Paie décalée", "Relevés fiscaux disponibles", "Rétroactivité salariale"][k]
    else:
        body = ["Because of the statutory holiday, Thursday's pay deposit will be made on Friday. Amounts are not affected.",
                "Your RL-1 and T4 slips are available in the employee portal (Virtuo > My documents). No paper copies.",
                "The retroactive pay under the collective agreement will be paid on the May 15 payroll, including midwives' on-call premiums."][k]
        subj = ["Pay deposit delayed", "Tax slips available", "Retroactive pay"][k]
    s["frm"], s["to"] = generic_box("rh") if w.chance(0.5) else addr(w, rh), [generic_box("all_peri")]
    s["subject"], s["text"] = subj, compose(w, lang, rh, body, group=True)
    return s.finish()


# ---------------------------------------------------------------- N4 staff occupational health / leave
def n_staff_leave(w, lang):
    s = neg(w, "absence_personnel" if lang == "fr" else "staff_absence", lang,
            "staff member's leave / occupational health (employee info, not a patient)")
    chef = w.staff_pick("chef")
    p = w.staff_pick(w.pick(["sf", "inf", "ibclc"]))
    k = w.r.randrange(5)
    d0 = rel_date(s["date"], w.r.randint(3, 30))
    if lang == "fr":
        body = [f"{full(p)} sera en retrait préventif à compter du {fdate(d0, lang, 1)}. Ses clientes seront réparties entre les autres sages-femmes; la liste suivra par le DCI.",
                f"{p['given']} est en congé de maladie jusqu'à nouvel ordre. Merci de couvrir ses visites de la semaine prochaine selon le tableau.",
                f"{full(p)} part en congé de maternité le {fdate(d0, lang, 1)}. On lui souhaite plein de bonheur! Son remplacement sera assuré par une sage-femme de l'équipe volante.",
                f"Rappel : la clinique de vaccination antigrippale pour le personnel a lieu {fday(d0, lang)} à la salle 1.12. {full(p)} (santé et sécurité au travail) sera sur place.",
                f"{full(p)} s'est fracturé le poignet en glissant dans le stationnement (déclaration d'accident de travail faite). Elle sera en arrêt environ 6 semaines; "
                "les visites à domicile de son secteur sont redistribuées."][k]
        subj = ["Retrait préventif - réaffectation des clientes", "Absence", "Congé de maternité", "Vaccination du personnel", "Absence - accident de travail"][k]
    else:
        body = [f"{full(p)} will be on preventive withdrawal as of {fdate(d0, lang, 1)}. Her caseload will be shared among the other midwives.",
                f"{p['given']} is on sick leave until further notice. Please cover her visits next week as per the table.",
                f"{full(p)} starts her maternity leave on {fdate(d0, lang, 1)}. Congratulations! A float midwife will replace her.",
                f"Reminder: the staff flu vaccination clinic is on {fday(d0, lang)} in room 1.12. {full(p)} (occupational health) will be there.",
                f"{full(p)} broke her wrist slipping in the parking lot (workplace accident report filed). She'll be off about 6 weeks; her home visits are being redistributed."][k]
        subj = ["Preventive withdrawal - caseload", "Absence", "Maternity leave", "Staff flu clinic", "Absence - workplace injury"][k]
    s["frm"], s["to"] = addr(w, chef), [generic_box("all_sf") if w.chance(0.6) else generic_box("all_peri")]
    s["subject"], s["text"] = subj, compose(w, lang, chef, body, group=True)
    return s.finish()


# ---------------------------------------------------------------- N5 invoice (PDF) with tax numbers
def n_invoice(w, lang):
    s = neg(w, "facture" if lang == "fr" else "invoice", lang, "supplier invoice with GST/QST registration and item codes")
    vendor = w.pick([("Médi-Périnatal inc.", "facturation@mediperinatal.example"), ("Distributions Natalis", "ar@natalis.example"),
                     ("LactoPro Canada", "billing@lactopro.example"), ("Fournitures médicales Boréal", "comptes@borealmed.example")])
    bn = luhn_serial(w, 9)
    inv = f"F-{w.r.randint(100000, 999999)}"
    items = w.sample([("Doppler fœtal portatif", 489.00), ("Gel échographique 5 L", 32.50), ("Trousse d'accouchement stérile", 58.75),
                      ("Ballon d'accouchement 65 cm", 24.99), ("Location tire-lait hospitalier (mois)", 45.00), ("Pèse-bébé numérique", 329.00),
                      ("Gants nitrile M (boîte 100)", 11.20), ("Lancettes néonatales (200)", 67.80), ("Compresses 4x4 (paquet 200)", 14.40)], 4)
    rows = [["Code", "Description", "Qté", "Prix", "Total"]]
    tot = 0
    for desc, price in items:
        q = w.r.randint(1, 12)
        tot += q * price
        rows.append([f"{w.r.randint(10000, 99999)}-{w.r.randint(10, 99)}", desc, q, f"{price:.2f}", f"{q * price:.2f}"])
    tps, tvq = tot * 0.05, tot * 0.09975
    pdf = make_pdf("Facture", [("h1", vendor[0]), ("p", f"Facture {inv} - {fdate(s['date'].date(), 'fr', 0)}"),
                               ("p", f"Client : {ORGS['mdn']['fr']}\n{ORGS['mdn']['addr']}"),
                               ("t", rows),
                               ("p", f"Sous-total {tot:.2f} $ | TPS {tps:.2f} $ | TVQ {tvq:.2f} $ | Total {tot + tps + tvq:.2f} $"),
                               ("p", f"No TPS : {bn} RT0001   No TVQ : {w.r.randint(1000000000, 1999999999)} TQ0001"),
                               ("p", f"Bon de commande : PO-{w.r.randint(400000, 499999)}   Conditions : net 30 jours")])
    s["attachments"].append({"name": f"Facture_{inv}.pdf", "ctype": "application/pdf", "data": pdf})
    body = (f"Bonjour,\n\nVeuillez trouver ci-joint la facture {inv} pour votre commande. Paiement par dépôt direct accepté.\n\nService à la clientèle\n{vendor[0]}"
            if lang == "fr" else f"Hello,\n\nPlease find attached invoice {inv} for your order. Direct deposit accepted.\n\nCustomer service\n{vendor[0]}")
    s["frm"], s["to"] = ("Facturation " + vendor[0], vendor[1]), [generic_box("compta")]
    s["subject"] = f"Facture {inv}" if lang == "fr" else f"Invoice {inv}"
    s["text"] = body + "\n"
    return s.finish()


# ---------------------------------------------------------------- N6 purchase order / supply request
def n_purchase(w, lang):
    s = neg(w, "bon_commande" if lang == "fr" else "purchase_order", lang, "supply order spreadsheet for the birthing centre")
    sender = w.staff_pick(w.pick(["coord", "tech", "adm"]))
    rows = [["No article", "Description", "Qté", "Centre de coûts"] if lang == "fr" else ["Item no", "Description", "Qty", "Cost centre"]]
    for desc in w.sample(["Piqués jetables", "Clamps ombilicaux", "Seringues 3 ml", "Ocytocine 10 UI/ml (fiole)", "Vitamine K 1 mg/0,5 ml",
                          "Érythromycine onguent ophtalmique", "Bandelettes urinaires", "Tubes EDTA", "Savon antiseptique",
                          "Draps jetables", "Sacs de sérum physiologique 1 L", "Aiguilles 25G"], 6):
        rows.append([str(w.r.randint(100000, 999999)), desc, w.r.randint(2, 40), f"7{w.r.randint(1000, 9999)}"])
    if w.chance(0.5):
        s["attachments"].append({"name": w.pick(["commande_materiel.xlsx", "BC_MDN.xlsx"]),
                                 "ctype": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                 "data": make_xlsx([("Commande", rows)], s["date"], full(sender))})
        body = "Voici la commande hebdomadaire de la maison de naissance." if lang == "fr" else "Here is the birthing centre's weekly order."
    else:
        s["attachments"].append({"name": "commande.csv", "ctype": "text/csv", "data": make_csv(rows, ";", "windows-1252"), "charset": "windows-1252"})
        body = "Commande en pièce jointe (CSV). Livraison au quai B svp." if lang == "fr" else "Order attached (CSV). Deliver to dock B please."
    s["frm"], s["to"] = addr(w, sender), [generic_box("achats")]
    s["subject"] = w.pick(["Commande hebdomadaire", "Réquisition matériel MDN", "Bon de commande"]) if lang == "fr" else w.pick(["Weekly order", "Supply requisition"])
    s["text"] = compose(w, lang, sender, body)
    return s.finish()


# ---------------------------------------------------------------- N7 job posting
def n_job(w, lang):
    s = neg(w, "affichage_poste" if lang == "fr" else "job_posting", lang, "job posting")
    rh = w.staff_pick("rh")
    job = w.pick([("Sage-femme - poste permanent temps complet", "Midwife - permanent full-time"),
                  ("Consultante en lactation IBCLC - 3 jours/semaine", "IBCLC lactation consultant - 3 days/week"),
                  ("Infirmière clinicienne en périnatalité - CLSC", "Perinatal nurse clinician - CLSC"),
                  ("Agente administrative classe 2 - maison de naissance", "Administrative officer - birthing centre")])
    no = f"{w.r.randint(2025000, 2025999)}"
    if lang == "fr":
        body = (f"Affichage no {no} : {job[0]}\n\nLieu : {ORGS['mdn']['fr']}\nExigences : membre en règle de l'ordre professionnel, "
                "formation en réanimation néonatale (PRN) à jour, permis de conduire valide.\nÉchelle salariale selon la convention collective.\n"
                f"Date limite : {fdate(rel_date(s['date'], 21), lang, 1)}.\nPostulez sur le site Carrières du CISSS.")
        subj = f"Affichage de poste - {job[0]}"
    else:
        body = (f"Posting #{no}: {job[1]}\n\nLocation: {ORGS['mdn']['en']}\nRequirements: member in good standing of the professional order, "
                "current NRP, valid driver's licence.\nSalary as per collective agreement.\n"
                f"Deadline: {fdate(rel_date(s['date'], 21), lang, 1)}.\nApply on the CISSS careers site.")
        subj = f"Job posting - {job[1]}"
    if w.chance(0.4):
        s["attachments"].append({"name": f"Affichage_{no}.docx", "ctype": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                 "data": make_docx([("h", job[0] if lang == "fr" else job[1]), ("p", body)], s["date"], full(rh))})
    s["frm"], s["to"] = addr(w, rh), [generic_box("all_peri")]
    s["subject"], s["text"] = subj, compose(w, lang, rh, body, group=True)
    return s.finish()


# ---------------------------------------------------------------- N8 IT notices
def n_it(w, lang):
    s = neg(w, "avis_ti" if lang == "fr" else "it_notice", lang, "IT notice (maintenance / phishing / password)")
    ti = w.staff_pick("ti")
    k = w.r.randrange(5)
    d0 = rel_date(s["date"], w.r.randint(1, 10))
    if lang == "fr":
        body = [f"Une maintenance du dossier clinique informatisé (DCI) aura lieu {fday(d0, lang)} de 22 h à 2 h. Utilisez les formulaires papier de contingence "
                "et saisissez les notes au retour du système.",
                "Nous avons détecté une campagne d'hameçonnage imitant un message de la RAMQ demandant de « confirmer votre NAM ». Ne cliquez pas sur le lien "
                "et transférez le courriel à securite.ti@cisss-hautessaules.example.",
                "Votre mot de passe réseau expire dans 5 jours. Rendez-vous sur le portail libre-service pour le changer. Le Centre de services ne vous demandera jamais votre mot de passe.",
                f"Le télécopieur de la maison de naissance sera remplacé par la télécopie vers courriel le {fdate(d0, lang, 1)}. Le numéro reste le même.",
                "Le nouveau module de prise de rendez-vous sera déployé en périnatalité. Formation de 45 min offerte sur Teams; inscription obligatoire."][k]
        subj = ["Maintenance DCI", "ALERTE - hameçonnage", "Expiration du mot de passe", "Télécopie vers courriel", "Déploiement module RV"][k]
    else:
        body = [f"EMR maintenance on {fday(d0, lang)} from 10 pm to 2 am. Use the paper downtime forms and enter notes once the system is back.",
                "We detected a phishing campaign impersonating RAMQ asking you to 'confirm your health insurance number'. Do not click; forward it to securite.ti@cisss-hautessaules.example.",
                "Your network password expires in 5 days. Use the self-service portal to change it. The service desk will never ask for your password.",
                f"The birthing centre fax will be replaced by fax-to-email on {fdate(d0, lang, 1)}. Same number.",
                "The new scheduling module is rolling out to perinatal services. 45-min Teams training, registration required."][k]
        subj = ["EMR maintenance", "ALERT - phishing", "Password expiry", "Fax-to-email", "Scheduling module rollout"][k]
    s["frm"], s["to"] = generic_box("ti") if w.chance(0.6) else addr(w, ti), [generic_box("all_peri")]
    s["subject"] = subj
    s["text"] = compose(w, lang, ti, body, group=True)
    if w.chance(0.3):
        s["body"] = "html"
    return s.finish()


# ---------------------------------------------------------------- N9 facilities
def n_facilities(w, lang):
    s = neg(w, "batiment" if lang == "fr" else "facilities", lang, "facilities / building notice")
    sender = w.staff_pick(w.pick(["coord", "tech", "chef"]))
    k = w.r.randrange(4)
    d0 = rel_date(s["date"], w.r.randint(1, 14))
    if lang == "fr":
        body = [f"Les bains de naissance des chambres 2 et 3 seront hors service {fday(d0, lang)} pour le prélèvement annuel de légionelle. Résultats d'ici 10 jours.",
                f"Le stationnement arrière sera fermé {fday(d0, lang)} pour le déneigement. Merci de garer vos voitures dans la rue des Pionniers.",
                "Le remplacement de la fournaise est prévu la semaine prochaine. Il se peut qu'il fasse frais dans les salles de rencontre prénatale.",
                "Les travaux de peinture de la salle familiale débutent lundi. Les rencontres prénatales de groupe auront lieu au sous-sol de l'église."][k]
        subj = ["Bains hors service", "Stationnement fermé", "Fournaise", "Travaux salle familiale"][k]
    else:
        body = [f"Birth tubs in rooms 2 and 3 will be out of service on {fday(d0, lang)} for annual Legionella sampling. Results within 10 days.",
                f"The back parking lot will be closed on {fday(d0, lang)} for snow removal. Please park on rue des Pionniers.",
                "The furnace will be replaced next week; prenatal class rooms may be chilly.",
                "Painting of the family room starts Monday. Group prenatal classes will be held in the church basement."][k]
        subj = ["Tubs out of service", "Parking closed", "Furnace", "Family room work"][k]
    s["frm"], s["to"] = addr(w, sender), [generic_box("all_sf")]
    s["subject"], s["text"] = subj, compose(w, lang, sender, body, group=True)
    return s.finish()


# ---------------------------------------------------------------- N10 social event / farewell
def n_social(w, lang):
    s = neg(w, "fete_equipe" if lang == "fr" else "team_event", lang, "staff social event")
    sender = w.staff_pick(w.pick(["sf", "adm", "inf"]))
    hero = w.staff_pick(w.pick(["sf", "inf", "chef", "adm"]))
    d0 = rel_date(s["date"], w.r.randint(5, 20))
    if lang == "fr":
        body = w.pick([f"On souligne le départ à la retraite de {full(hero)} après 27 ans de loyaux services! 5 à 7 {fday(d0, lang)} au bistro du coin. Contribution pour le cadeau : 10 $ à remettre à l'accueil.",
                       f"Potluck de l'équipe {fday(d0, lang)} midi. Inscrivez votre plat dans le tableau partagé. {hero['given']} s'occupe des desserts!",
                       f"Joyeux anniversaire à {hero['given']}! Gâteau à la salle du personnel à 15 h."])
        subj = w.pick(["5 à 7 de départ", "Potluck!", "Gâteau 15 h"])
    else:
        body = w.pick([f"Join us to celebrate {full(hero)}'s retirement after 27 years! Drinks {fday(d0, lang)} at the corner bistro. $10 for the gift at reception.",
                       f"Team potluck {fday(d0, lang)} at noon. Add your dish to the shared sheet. {hero['given']} is on desserts!",
                       f"Happy birthday {hero['given']}! Cake in the staff room at 3 pm."])
        subj = w.pick(["Retirement drinks", "Potluck!", "Cake at 3"])
    s["frm"], s["to"] = addr(w, sender), [generic_box("all_sf"), generic_box("all_peri")]
    s["subject"], s["text"] = subj, compose(w, lang, sender, body, group=True, sig_style=1)
    if w.chance(0.3):
        s["attachments"].append({"name": "invitation.png", "ctype": "image/png", "data": make_png(120, 80, w.r.randrange(50)), "inline": w.chance(0.5)})
    return s.finish()


# ---------------------------------------------------------------- N11 training / certification roster
def n_training(w, lang):
    s = neg(w, "formation_prn" if lang == "fr" else "nrp_training", lang, "staff training roster (NRP / emergency skills)")
    coord = w.staff_pick("coord")
    course = w.pick([("Programme de réanimation néonatale (PRN)", "Neonatal Resuscitation Program (NRP)"),
                     ("Urgences obstétricales - simulation", "Obstetric emergencies - simulation"),
                     ("RCR niveau DEA", "CPR level AED"), ("Formation ALARMO", "ALARM course")])
    rows = [["Nom", "Date", "Heure", "Statut"] if lang == "fr" else ["Name", "Date", "Time", "Status"]]
    d0 = rel_date(s["date"], w.r.randint(7, 30))
    for p in staff_names(w, "sf", 5) + staff_names(w, "inf", 2):
        rows.append([full(p), d0.isoformat(), w.pick(["8 h 30", "13 h"]) if lang == "fr" else w.pick(["8:30", "13:00"]),
                     w.pick(["Confirmée", "À confirmer", "Recertification"]) if lang == "fr" else w.pick(["Confirmed", "TBC", "Recert"])])
    body = ((f"Inscriptions à la formation « {course[0]} ». Vérifiez votre nom et votre plage :\n\n" if lang == "fr"
             else f"Registrations for '{course[1]}'. Check your name and slot:\n\n")
            + "\n".join("  ".join(str(c) for c in r) for r in rows))
    if w.chance(0.5):
        s["attachments"].append({"name": "inscriptions_formation.xlsx" if lang == "fr" else "training_roster.xlsx",
                                 "ctype": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                 "data": make_xlsx([("Inscriptions", rows)], s["date"], full(coord))})
    s["frm"], s["to"] = addr(w, coord), [generic_box("all_sf")]
    s["subject"] = (course[0] if lang == "fr" else course[1]) + (" - inscriptions" if lang == "fr" else " - registrations")
    s["text"] = compose(w, lang, coord, body, group=True)
    return s.finish()


# ---------------------------------------------------------------- N12 equipment inventory with serials passing Luhn
def n_assets(w, lang):
    s = neg(w, "inventaire_equipement" if lang == "fr" else "equipment_inventory", lang,
            "biomedical equipment inventory with serial and asset numbers (some pass Luhn)")
    tech = w.staff_pick(w.pick(["tech", "coord"]))
    rows = [["Actif", "Appareil", "No de série", "Emplacement", "Prochain entretien"] if lang == "fr"
            else ["Asset", "Device", "Serial no", "Location", "Next PM"]]
    for dev in w.sample(["Doppler fœtal Sonicaid", "Moniteur fœtal", "Réchaud de bébé", "Pèse-bébé", "Saturomètre néonatal",
                         "Bilirubinomètre transcutané", "Sphygmomanomètre", "Concentrateur d'oxygène", "Succion portative"], 6):
        rows.append([f"A-{w.r.randint(10000, 99999)}", dev, luhn_serial(w, w.pick([9, 10, 11])),
                     w.pick(["Chambre 1", "Chambre 2", "Chambre 3", "Trousse domicile A", "Trousse domicile B", "Réserve"]),
                     rel_date(s["date"], w.r.randint(10, 200)).isoformat()])
    fmt = w.pick(["csv", "xlsx", "body"])
    if fmt == "csv":
        s["attachments"].append({"name": "inventaire_biomed.csv", "ctype": "text/csv", "data": make_csv(rows)})
    elif fmt == "xlsx":
        s["attachments"].append({"name": "inventaire_biomed.xlsx", "ctype": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                 "data": make_xlsx([("Inventaire", rows)], s["date"], full(tech))})
    body = ("Inventaire annuel du génie biomédical. Merci de vérifier les numéros de série avant la visite de vendredi."
            if lang == "fr" else "Annual biomedical engineering inventory. Please verify serial numbers before Friday's visit.")
    if fmt == "body":
        body += "\n\n" + "\n".join(" ; ".join(r) for r in rows)
    s["frm"], s["to"] = addr(w, tech), [addr(w, w.staff_pick("coord"))]
    s["subject"] = w.pick(["Inventaire biomédical", "Entretien préventif - équipements", "Numéros de série à vérifier"]) if lang == "fr" else w.pick(["Biomed inventory", "Preventive maintenance"])
    s["text"] = compose(w, lang, tech, body)
    return s.finish()


# ---------------------------------------------------------------- N13 meeting invitation (ICS) between staff
def n_meeting_ics(w, lang):
    s = neg(w, "invitation_reunion" if lang == "fr" else "meeting_invite", lang, "staff meeting invitation (ICS)")
    org = w.staff_pick(w.pick(["chef", "coord"]))
    att = staff_names(w, "sf", 4) + staff_names(w, "inf", 2)
    start = dt.datetime.combine(rel_date(s["date"], w.r.randint(3, 20)), dt.time(w.pick([9, 12, 13, 14])))
    end = start + dt.timedelta(hours=1)
    summ = w.pick(["Réunion d'équipe périnatalité", "Comité qualité - révision des protocoles", "Caucus mensuel sages-femmes"]) if lang == "fr" \
        else w.pick(["Perinatal team meeting", "Quality committee - protocol review", "Monthly midwives' huddle"])
    desc = ("Ordre du jour : 1. Suivi des indicateurs 2. Protocole HPP révisé 3. Varia" if lang == "fr"
            else "Agenda: 1. Indicators 2. Revised PPH protocol 3. Other")
    ics = make_ics(f"{w.r.getrandbits(64):016x}@cisss-hautessaules.example", start, end, summ, desc,
                   "Salle Boréale / Teams", (full(org), org["email"]), [(full(p), p["email"]) for p in att], s["date"].astimezone(dt.timezone.utc))
    if w.chance(0.5):
        s["calendar"], s["body"] = ics, "alt"
    else:
        s["attachments"].append({"name": "invite.ics", "ctype": "text/calendar", "data": ics})
    s["frm"], s["to"] = addr(w, org), [addr(w, p) for p in att]
    s["subject"] = ("Invitation : " if lang == "fr" else "Invitation: ") + summ
    s["text"] = f"{summ}\n{desc}\n"
    return s.finish()


# ---------------------------------------------------------------- N14 colleague vCard / directory
def n_vcard_staff(w, lang):
    s = neg(w, "carte_collegue" if lang == "fr" else "colleague_card", lang, "vCard of a colleague (work contact)")
    a, b = w.staff_pick(w.pick(["adm", "coord"])), w.staff_pick(w.pick(["ibclc", "ob", "ped", "ts"]))
    vcf = make_vcf(b["given"], b["surname"], org=b["org"]["fr"], title=b["role_fr"] if lang == "fr" else b["role_en"],
                   tels=[("WORK", f"{b['org']['phone']} x{b['ext']}")], email=b["email"], adr=("WORK", b["org"]["addr"].replace(",", "\\,")))
    s["attachments"].append({"name": f"{strip_accents(b['given'])} {strip_accents(b['surname'])}.vcf", "ctype": "text/vcard", "data": vcf})
    body = (f"Voici les coordonnées de {b['given']}, {'notre nouvelle' if b['sex'] == 'F' else 'notre nouveau'} {b['role_fr']} de référence." if lang == "fr"
            else f"Here are {b['given']}'s contact details, our new {b['role_en']} contact.")
    s["frm"], s["to"] = addr(w, a), [generic_box("all_sf")]
    s["subject"] = w.pick(["Coordonnées", "Nouvelle personne-ressource", "Contact"]) if lang == "fr" else w.pick(["Contact details", "New contact person"])
    s["text"] = compose(w, lang, a, body, group=True)
    return s.finish()


# ---------------------------------------------------------------- N15 mileage / expenses for home visits (no addresses)
def n_mileage(w, lang):
    s = neg(w, "kilometrage" if lang == "fr" else "mileage_claim", lang, "staff mileage claim for home visits (aggregated by sector)")
    p = w.staff_pick(w.pick(["sf", "inf"]))
    rows = [["Semaine", "Secteur", "Nb visites", "Km", "Montant"] if lang == "fr" else ["Week", "Area", "Visits", "Km", "Amount"]]
    for i in range(4):
        km = w.r.randint(80, 400)
        rows.append([f"S{i + 1}", w.pick(["Trois-Ponts", "Vallée-Verte", "Lac-aux-Hérons", "Saint-Clément"]), w.r.randint(4, 15), km, f"{km * 0.545:.2f}"])
    s["attachments"].append({"name": "frais_deplacement.xlsx" if lang == "fr" else "mileage.xlsx",
                             "ctype": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                             "data": make_xlsx([("Frais", rows)], s["date"], full(p))})
    body = (f"Voici mon relevé de kilométrage pour le mois. Matricule {w.r.randint(100000, 999999)}." if lang == "fr"
            else f"My mileage claim for the month. Employee no. {w.r.randint(100000, 999999)}.")
    s["frm"], s["to"] = addr(w, p), [addr(w, w.staff_pick("tech"))]
    s["subject"] = w.pick(["Frais de déplacement", "Kilométrage", "Relevé de km"]) if lang == "fr" else w.pick(["Mileage claim", "Travel expenses"])
    s["text"] = compose(w, lang, p, body, sig_style=w.pick([1, 2]))
    return s.finish()


# ---------------------------------------------------------------- N16 scheduling reply chain between staff
def n_staff_reply(w, lang):
    s = neg(w, "echange_logistique" if lang == "fr" else "staff_logistics_reply", lang, "reply chain about meeting logistics")
    a, b = w.staff_pick(w.pick(["sf", "coord", "inf"])), w.staff_pick(w.pick(["ob", "ped", "chef", "ibclc"]))
    d0 = rel_date(s["date"], w.r.randint(2, 10))
    if lang == "fr":
        orig = (f"Bonjour,\nEst-ce que {fday(d0, lang)} à 12 h 15 te conviendrait pour revoir ensemble le corridor de transfert MDN-bloc? "
                "J'aimerais aussi parler du nouveau formulaire de transfert.\nMerci")
        top = w.pick(["Parfait pour moi. Je réserve la salle.", "Je ne peux pas à 12 h 15, plutôt 13 h?", "Oui! J'apporte la version annotée du formulaire."])
        osub = "Corridor de transfert"
    else:
        orig = (f"Hi,\nWould {fday(d0, lang)} at 12:15 work to review the birth centre to L&D transfer pathway together? "
                "I'd also like to discuss the new transfer form.\nThanks")
        top = w.pick(["Works for me. I'll book the room.", "Can't do 12:15, how about 1?", "Yes! I'll bring the marked-up form."])
        osub = "Transfer pathway"
    s["frm"], s["to"], s["reply"] = addr(w, b), [addr(w, a)], a["org"]["domain"]
    s["subject"] = "RE: " + osub
    s["text"] = top + "\n\n" + signature(w, b, lang) + quote(w, lang, a, b, s["date"] - dt.timedelta(hours=5), osub, orig) + "\n"
    return s.finish()
