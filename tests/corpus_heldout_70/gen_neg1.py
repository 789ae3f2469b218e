# -*- coding: utf-8 -*-
"""Negative templates, part 1: HR, schedules, jobs, IT, facilities, newsletters, conferences,
committees, shortages, recalls, invoices, statistics, blank forms, teaching cases."""
import datetime

from stdnum import luhn

from gen_common import ORG, STAFF_FR, STAFF_EN, Staff, date_fr, date_en, MONTHS_FR, MONTHS_EN
from gen_text import body, quote, table_text, signature, to_html
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_ics
from gen_pos1 import S, box


def N(spec, note, cat, lang):
    spec["lang"] = lang
    return dict(spec=spec, types=[], note=note, cat=cat, lang=lang)


def luhn_num(g, n, first=None):
    body_ = (str(first) if first is not None else str(g.randint(1, 9))) + "".join(str(g.randint(0, 9)) for _ in range(n - 2))
    return body_ + luhn.calc_check_digit(body_)


def matricule(g):
    return str(g.randint(100000, 999999))


def n_schedule_xlsx(g, v):
    en = v == 3
    dt = g.msg_datetime()
    mgr = g.staff("en" if en else "fr", "Chef" if not en else "Patient Flow")
    pool = [s for s in (STAFF_EN if en else STAFF_FR) if s[2]]
    month = (dt.month % 12)
    mname = (MONTHS_EN if en else MONTHS_FR)[month]
    rows = [["Date", "Jour 8h-16h" if not en else "Day 08-16", "Soir 16h-24h" if not en else "Evening 16-24",
             "Nuit 0h-8h" if not en else "Night 00-08", "Triage MD"]]
    for d in range(1, 29):
        picks = [f"{s[2]} {s[1]}" for s in g.sample(pool, 4)] if len(pool) >= 4 else [f"{s[2]} {s[1]}" for s in pool] * 2
        rows.append([f"{dt.year}-{month + 1:02d}-{d:02d}"] + picks[:4])
    x = make_xlsx([("Horaire" if not en else "Schedule", rows), ("Congés" if not en else "Leave",
                   [["Nom", "Du", "Au", "Motif"]] + [[f"{s[2]} {s[1]}", f"{month + 1:02d}-{g.randint(1, 10):02d}", f"{month + 1:02d}-{g.randint(11, 20):02d}",
                                                     g.choice(["Vacances", "Congrès", "Formation"])] for s in g.sample(pool, 3)])], mgr.full)
    paras = [f"Voici l'horaire de garde des urgentologues pour {mname} {dt.year}. Les échanges doivent être approuvés avant le 20." if not en else
             f"Attached is the ED physician schedule for {mname}. Swaps must be approved by the 20th.",
             g.choice(["Le triage MD de nuit est aboli à partir du 15.", "Merci de vérifier vos quarts de congrès.",
                       "Rappel : 2 quarts de nuit minimum par période."]) if not en else "Please check your conference days."]
    b = body(g, "en" if en else "fr", None, paras, mgr)
    spec = {"from": S(mgr), "to": [box("hop", "urgentologues", "Urgentologues")], "subject": (f"Horaire {mname} – version finale" if not en else f"{mname} schedule – final"),
            "body": b, "date": dt, "attachments": [{"kind": "xlsx", "filename": f"horaire_urgence_{mname.lower()}_{dt.year}.xlsx", "sheets": None, "data": x}]}
    return N(spec, "Physician on-call schedule spreadsheet (staff only)", "schedule", "en" if en else "fr")


def n_leave(g, v):
    en = v == 4
    dt = g.msg_datetime()
    emp = g.staff("en" if en else "fr")
    mgr = g.staff("en" if en else "fr", "Chef" if not en else "Charge")
    d1 = dt.date() + datetime.timedelta(days=g.randint(10, 60))
    d2 = d1 + datetime.timedelta(days=g.randint(3, 14))
    if en:
        paras = [f"I'd like to request vacation from {date_en(d1)} to {date_en(d2)} inclusive.", "Megan agreed to cover two of my nights."]
        subj = "Vacation request"
    else:
        paras = g.choice([
            [f"Je souhaite déposer une demande de congé du {date_fr(d1)} au {date_fr(d2)}.", "Mélanie a accepté de prendre mes deux fins de semaine."],
            [f"Je serai en congé de maladie jusqu'au {date_fr(d1)} (billet médical remis à la gestion du personnel).",
             "Désolée pour le court préavis."],
            [f"Demande de congé à traitement différé approuvée : départ le {date_fr(d1)}. Matricule {matricule(g)}."],
            [f"Mon congé parental débutera le {date_fr(d1)}. Merci de prévoir le remplacement de mes quarts de soir."],
        ])
        subj = g.choice(["Demande de congé", "Absence", "Congé – confirmation", "Congé de maladie"])
    b = body(g, "en" if en else "fr", mgr, paras, emp)
    spec = {"from": S(emp), "to": [S(mgr)], "subject": subj, "body": b, "date": dt}
    return N(spec, "Staff leave request / absence", "hr_leave", "en" if en else "fr")


def n_occ_health(g, v):
    dt = g.msg_datetime()
    hr = g.staff("fr", "ressources")
    if v < 2:
        if v == 0:
            paras = ["La campagne de vaccination antigrippale du personnel débute lundi. Cliniques mobiles à l'urgence "
                     "mardi et jeudi de 7h à 9h et de 19h à 21h.",
                     f"Taux de vaccination actuel à l'urgence : {g.randint(38, 71)} %. Objectif : 80 %."]
            subj = "Vaccination antigrippale – personnel"
        else:
            paras = ["Rappel : le test d'ajustement (fit test) du masque N95 est obligatoire aux 2 ans. Plages disponibles au local S-112.",
                     f"Taux de conformité actuel à l'urgence : {g.randint(38, 71)} %. Objectif : 90 %."]
            subj = "Fit test N95 – rappel"
        to = [box("hop", "personnel.urgence", "Personnel de l'urgence")]
        note = "Staff vaccination / fit-test campaign"
    else:
        emp = g.staff("fr")
        mgr = g.staff("fr", "Chef")
        paras = [g.choice([f"Suite à son entorse lombaire, {emp.full} reprendra le travail en retour progressif à compter du "
                           f"{date_fr(dt.date() + datetime.timedelta(days=7))} : 3 quarts de jour par semaine, pas de mobilisation de patients.",
                           f"{emp.given} a subi une exposition accidentelle (piqûre) lors de son quart de nuit. Le suivi est fait par "
                           "le bureau de santé du personnel selon le protocole; aucun arrêt de travail prévu."]),
                 "Merci d'ajuster l'horaire en conséquence."]
        subj = "Santé et sécurité au travail – suivi employé"
        to = [S(mgr)]
        note = "Employee occupational-health follow-up (staff, not patient)"
    b = body(g, "fr", None, paras, hr)
    spec = {"from": S(hr), "to": to, "subject": subj, "body": b, "date": dt}
    return N(spec, note, "occ_health", "fr")


def n_payroll(g, v):
    dt = g.msg_datetime()
    hr = g.staff("fr", "gestion du personnel")
    paras = [g.choice(["Les relevés 1 et feuillets T4 sont disponibles dans le portail employé depuis ce matin.",
                       "Correction de paie : la prime de soir de 4 % n'a pas été versée pour la période 17. Ajustement sur la paie du "
                       f"{date_fr(dt.date() + datetime.timedelta(days=9))}.",
                       "Nouveau taux de la prime de soins critiques en vigueur à compter de la période 1."]),
             f"Pour toute question : poste {g.randint(2000, 7999)} ou paie@{ORG['hop'][1]}. Indiquez votre matricule (6 chiffres)."]
    b = body(g, "fr", None, paras, hr)
    spec = {"from": S(hr), "to": [box("hop", "tous.employes", "Tous les employés")], "subject": g.choice(["Paie – information", "Relevés fiscaux", "Prime – ajustement"]),
            "body": b, "date": dt}
    return N(spec, "Payroll notice", "payroll", "fr")


def n_job(g, v):
    en = v == 3
    dt = g.msg_datetime()
    hr = g.staff("en" if en else "fr", "ressources" if not en else "Flow")
    if en:
        paras = ["Job posting #" + str(g.randint(24000, 25999)) + " – Registered Nurse, Emergency Department (night rotation), full time.",
                 "Requirements: ACLS, TNCC or ENPC an asset, 2 years acute care experience. Salary per collective agreement.",
                 "Apply by the 30th through the careers portal."]
        subj = "Job posting – RN Emergency"
    else:
        job = g.choice([("Infirmière clinicienne / infirmier clinicien – urgence", "BAC en sciences infirmières, FCT à jour, triage"),
                        ("Travailleuse sociale / travailleur social – urgence et traumatologie", "Membre de l'OTSTCFQ, expérience en situation de crise"),
                        ("Paramédic en soins avancés – répartition clinique", "Formation PSA reconnue, 3 ans d'expérience"),
                        ("Pharmacien(ne) – urgence et toxicologie", "Maîtrise en pharmacothérapie avancée"),
                        ("Conseiller(ère) en prévention des infections", "Expérience en milieu hospitalier")])
        paras = [f"Affichage no {g.randint(24000, 25999)} : {job[0]}, poste permanent temps complet.",
                 f"Exigences : {job[1]}.", f"Date limite : {date_fr(dt.date() + datetime.timedelta(days=14))}."]
        subj = "Affichage de poste – " + job[0].split(" – ")[0].split(" /")[0]
    b = body(g, "en" if en else "fr", None, paras, hr)
    spec = {"from": S(hr), "to": [box("hop", "affichages", "Affichages internes")], "subject": subj, "body": b, "date": dt}
    return N(spec, "Job posting", "job_posting", "en" if en else "fr")


def n_it(g, v):
    en = v == 4
    dt = g.msg_datetime()
    it = g.staff("en" if en else "fr", "informatique" if not en else "IT")
    when = dt + datetime.timedelta(days=g.randint(1, 10))
    if en:
        paras = [f"The ED tracking board will be unavailable on {date_en(when.date())} from 02:00 to 04:00 for an upgrade.",
                 "Use paper triage forms (form AH-250) during the outage and enter them once the system is back.",
                 "Ticket reference: INC" + str(g.randint(1000000, 9999999)) + "."]
        subj = "Planned downtime – ED tracking board"
    elif v == 5:
        paras = ["Dans l'environnement de FORMATION seulement, le dossier fictif « ZZTEST, URGENCE » (no 0000001) a été créé pour les exercices de triage.",
                 "Ne pas utiliser en production. Le mot de passe du compte générique sera remis en classe."]
        subj = "Environnement de formation – dossier fictif"
    else:
        paras = g.choice([
            [f"Interruption planifiée du système d'information de l'urgence le {date_fr(when.date())} de 2h à 4h.",
             "Procédure dégradée : formulaires papier au triage, étiquettes pré-imprimées au poste d'accueil."],
            ["Attention : courriels d'hameçonnage se faisant passer pour la paie (« Mise à jour de votre dépôt direct »).",
             "Ne cliquez pas sur le lien. Transférez le message au " + f"securite.ti@{ORG['hop'][1]}" + "."],
            ["Les imprimantes d'étiquettes des zones A et B seront remplacées jeudi. Numéros d'actif : " +
             ", ".join(str(g.randint(1000000, 9999999)) for _ in range(3)) + "."],
            ["Nouvelle visionneuse PACS disponible sur tous les postes de l'urgence. Raccourci sur le bureau."],
        ])
        subj = g.choice(["Interruption planifiée", "Avis TI", "Sécurité informatique – hameçonnage", "Changement d'équipement"])
    b = body(g, "en" if en else "fr", None, paras, it)
    spec = {"from": S(it), "to": [box("hop", "urgence.tous", "Urgence – tous")], "subject": subj, "body": b, "date": dt}
    return N(spec, "IT notice (downtime / phishing / equipment / test record)", "it_notice", "en" if en else "fr")


def n_facilities(g, v):
    dt = g.msg_datetime()
    sec = g.staff("fr", "sécurité")
    paras = [g.choice(["La salle de décontamination de l'urgence sera hors service mardi pour l'entretien de la ventilation. "
                       "Utiliser la douche mobile à l'entrée ambulancière en cas d'exposition chimique.",
                       "L'ascenseur 3 (urgence – bloc opératoire) est en panne. Pour les transferts, utiliser l'ascenseur 5.",
                       "Le stationnement P2 sera fermé pour déneigement de minuit à 6h. Ambulances : accès par la rue Principale.",
                       f"Travaux de plomberie aux salles d'isolement 4 à 7 (pression négative) du {date_fr(dt.date())} au "
                       f"{date_fr(dt.date() + datetime.timedelta(days=3))}."]),
             "Merci de votre compréhension."]
    b = body(g, "fr", None, paras, sec)
    spec = {"from": S(sec), "to": [box("hop", "urgence.tous", "Urgence – tous")], "subject": g.choice(["Avis – installations", "Travaux", "Panne ascenseur 3"]),
            "body": b, "date": dt}
    return N(spec, "Facilities notice", "facilities", "fr")


def n_newsletter_tox(g, v):
    dt = g.msg_datetime()
    cap = g.staff("fr", "Centre antipoison")
    n = [g.randint(20, 400) for _ in range(6)]
    txt = (f"BULLETIN DU CENTRE ANTIPOISON – {MONTHS_FR[dt.month - 1].upper()} {dt.year}\n\n"
           f"1. Monoxyde de carbone : {n[0]} appels ce trimestre, dont {n[1] // 10} cas traités en chambre hyperbare. Rappel : "
           "les détecteurs de CO sauvent des vies.\n\n"
           f"2. Opioïdes : hausse des surdoses liées aux nitazènes ({n[2] // 10} cas confirmés dans la région). La naloxone demeure "
           "efficace, des doses répétées peuvent être nécessaires.\n\n"
           f"3. Cannabis comestible chez les enfants : {n[3] // 5} expositions chez les moins de 6 ans.\n\n"
           "4. Rappel antidotes : vérifiez vos stocks de fomépizole, hydroxocobalamine et N-acétylcystéine.")
    html = None
    atts = None
    if v % 2 == 1:
        pdf = make_pdf("Bulletin du Centre antipoison", [("p", txt)], ORG["cap"][0])
        atts = [{"kind": "pdf", "filename": f"bulletin_CAP_{dt:%Y_%m}.pdf", "data": pdf}]
        btxt = body(g, "fr", None, ["Le bulletin mensuel est joint. Bonne lecture!"], cap, "cap")
    else:
        btxt = txt + "\n\n" + signature(g, cap, "cap") + "\n"
    spec = {"from": S(cap, "cap"), "to": [("Urgences de la région", f"liste-urgences@{ORG['cap'][1]}")],
            "subject": f"Bulletin CAP – {MONTHS_FR[dt.month - 1]} {dt.year}", "body": btxt, "date": dt, "attachments": atts,
            "transport": {"form": "html"} if v == 2 else None}
    return N(spec, "Poison-centre newsletter with aggregate counts", "newsletter_tox", "fr")


def n_conference(g, v):
    en = v == 3
    dt = g.msg_datetime()
    org = g.staff("en" if en else "fr")
    talks_fr = [("Dre Isabelle Hébert", "Intoxications aux bloqueurs calciques : ce qui a changé"),
                ("Dr François Bellemare", "Nitazènes et nouveaux opioïdes de synthèse"),
                ("Dre Marie-Ève Charest", "Choc hémorragique : transfusion massive en 2025"),
                ("Dr Karim Benali", "TCC léger chez l'aîné anticoagulé"),
                ("Stéphanie Drouin, T.S.", "Violence conjugale : dépister à l'urgence"),
                ("Dr Simon Beauchamp", "Surcapacité à l'urgence : leçons d'un hiver difficile")]
    talks_en = [("Dr. Priya Raman", "Whole blood in trauma resuscitation"), ("Dr. Rachel Goldberg", "Toxic alcohols: fomepizole first?"),
                ("Dr. Owen Whitfield", "Managing agitation in the ED"), ("Aisha Mensah, MSW", "Frequent ED users and housing first")]
    talks = g.sample(talks_en if en else talks_fr, 4)
    prog = [[f"{8 + i}h{'00' if i % 2 == 0 else '30'}", t[0], t[1]] for i, t in enumerate(talks)]
    title = "Journée de traumatologie et de toxicologie" if not en else "Emergency & Trauma Update"
    pdf = make_pdf(f"{title} {dt.year + 1} – Programme", [("p", "Amphithéâtre B, Hôpital Saint-Aubin. 6 heures de crédits de formation."),
                                                           ("table", [["Heure", "Conférencier", "Sujet"]] + prog)])
    paras = [f"Le programme de la {title} est maintenant disponible (voir pièce jointe)." if not en else f"The {title} programme is attached.",
             "Inscription gratuite pour le personnel, places limitées." if not en else "Registration is free for staff."]
    b = body(g, "en" if en else "fr", None, paras, org)
    spec = {"from": S(org), "to": [box("hop", "medecins", "Corps médical")], "subject": title + " – programme", "body": b, "date": dt,
            "attachments": [{"kind": "pdf", "filename": "programme.pdf" if g.chance(0.5) else f"{title}.pdf", "data": pdf}] if v != 2 else None}
    if v == 2:
        spec["body"] = body(g, "fr", None, [paras[0].replace(" (voir pièce jointe)", " :"), table_text(["Heure", "Conférencier", "Sujet"], prog), paras[1]], org)
    return N(spec, "Conference programme: speakers and clinical topics", "conference", "en" if en else "fr")


def n_committee(g, v):
    en = v == 4
    dt = g.msg_datetime()
    sec = g.staff("en" if en else "fr")
    if en:
        paras = ["Trauma committee – agenda", "1. Approval of minutes\n2. Q3 registry data: 412 trauma activations, median ED LOS 5.2 h, "
                 "mortality 3.1 %\n3. Massive transfusion protocol revision\n4. Pediatric trauma transfers", "Room C-301, Thursday noon."]
        subj = "Trauma committee – agenda"
    else:
        paras = [g.choice(["Ordre du jour – Comité de traumatologie", "Convocation – Comité de pharmacologie et thérapeutique",
                           "Comité des usagers – rencontre mensuelle"]),
                 f"1. Adoption du procès-verbal\n2. Données du registre : {g.randint(300, 500)} activations trauma, délai médian au TDM "
                 f"{g.randint(18, 40)} min\n3. Révision du protocole de transfusion massive\n4. Varia",
                 f"Salle C-301, {date_fr(dt.date() + datetime.timedelta(days=7))}, 12h."]
        subj = g.choice(["Convocation comité", "Ordre du jour – prochain comité", "Comité – rappel"])
    b = body(g, "en" if en else "fr", None, paras, sec)
    spec = {"from": S(sec), "to": [box("hop", "comite.trauma", "Comité de traumatologie")], "subject": subj, "body": b, "date": dt}
    return N(spec, "Committee notice with aggregate registry figures", "committee", "en" if en else "fr")


def n_shortage(g, v):
    en = v == 3
    dt = g.msg_datetime()
    ph = g.staff("en" if en else "fr", "Pharm")
    drug = g.choice([("naloxone injectable 0,4 mg/mL", "naloxone 2 mg/2 mL seringue préremplie"),
                     ("fomépizole 1 g/mL", "éthanol IV selon protocole du CAP"),
                     ("hydroxocobalamine (Cyanokit) 5 g", "thiosulfate de sodium"),
                     ("sulfate de magnésium 50 %", "fioles de 10 mL de sulfate de magnésium 20 %")])
    lot = f"{g.choice('ABCDEFGHJK')}{g.randint(10000, 99999)}"
    if en:
        paras = [f"Shortage notice: {drug[0].replace('injectable', 'injection')} – supplier backorder until further notice.",
                 f"Alternative: {drug[1]}. Remaining stock: {g.randint(4, 40)} units (lot {lot}). Do not stockpile on the units."]
        subj = "Drug shortage notice"
    else:
        paras = [f"Avis de pénurie : {drug[0]} – rupture chez le fournisseur jusqu'à nouvel ordre.",
                 f"Solution de rechange : {drug[1]}. Stock restant : {g.randint(4, 40)} unités (lot {lot}, exp. {dt.year + 1}-0{g.randint(1, 9)}).",
                 "Merci de ne pas constituer de réserves dans les unités."]
        subj = g.choice(["Pénurie de médicament", "AVIS – rupture d'approvisionnement", "Pénurie – solution de rechange"])
    b = body(g, "en" if en else "fr", None, paras, ph)
    spec = {"from": S(ph), "to": [box("hop", "urgence.tous", "Urgence – tous")], "subject": subj, "body": b, "date": dt}
    return N(spec, "Drug-shortage notice with lot number", "drug_shortage", "en" if en else "fr")


def n_recall(g, v):
    en = v == 4
    dt = g.msg_datetime()
    sup = ("Service qualité – Médi-Fournitures Boréal", f"qualite@{ORG['supplier'][1]}")
    serials = [luhn_num(g, 9, g.randint(1, 7)) for _ in range(g.randint(3, 6))]
    fmt = g.choice([lambda s: s, lambda s: f"{s[:3]} {s[3:6]} {s[6:]}", lambda s: f"{s[:3]}-{s[3:6]}-{s[6:]}"])
    lots = [f"{g.randint(10, 99)}{g.choice('KLMN')}{g.randint(1000, 9999)}" for _ in range(3)]
    dev = g.choice(["défibrillateurs externes automatisés modèle DX-200", "pompes volumétriques IV série VP-5",
                    "laryngoscopes vidéo LV-3", "ceintures pelviennes PB-1"])
    if en:
        paras = [f"Urgent field safety notice: {dev.replace('défibrillateurs externes automatisés', 'AEDs').replace('modèle', 'model')}.",
                 "Affected serial numbers:\n" + "\n".join(fmt(s) for s in serials),
                 f"Affected lots: {', '.join(lots)}. Remove from service and contact your biomedical engineering department."]
        subj = "URGENT – Field safety notice"
    else:
        paras = [f"Avis de rappel volontaire – {dev}.", "Numéros de série visés :\n" + "\n".join(fmt(s) for s in serials),
                 f"Lots visés : {', '.join(lots)}. Retirer du service et communiquer avec le génie biomédical."]
        subj = g.choice(["Avis de rappel – dispositif médical", "RAPPEL : numéros de série visés", "Avis de sécurité"])
    gbm = g.staff("fr", "Chef")
    inner = "\n\n".join(paras)
    b = body(g, "en" if en else "fr", None, [("Pour action – voir l'avis du fournisseur ci-dessous." if not en else "For action – see supplier notice below."),
                                              quote(inner, "outlook_fr" if not en else "outlook_en", sup[0], sup[1], dt - datetime.timedelta(hours=5),
                                                    gbm.email(), subj)], gbm)
    spec = {"from": S(gbm), "to": [box("hop", "genie.biomedical", "Génie biomédical")], "subject": ("TR: " if not en else "FW: ") + subj,
            "body": b, "date": dt}
    return N(spec, "Supplier recall with checksum-valid serial numbers", "supplier_recall", "en" if en else "fr")


def n_invoice(g, v):
    en = v == 3
    dt = g.msg_datetime()
    sup = ("Facturation – Médi-Fournitures Boréal", f"facturation@{ORG['supplier'][1]}")
    po = f"BC-{dt:%y}{g.randint(10000, 99999)}"
    inv = f"F{g.randint(1000000, 9999999)}"
    items = g.sample([("Trousses de naloxone intranasale", 120, 38.5), ("Attelles de traction fémorale", 4, 412.0),
                      ("Canules nasopharyngées", 200, 2.15), ("Collets cervicaux ajustables", 50, 19.9),
                      ("Garrots tactiques", 40, 31.0), ("Électrodes de défibrillation adulte", 60, 44.75)], 3)
    rows = [["Article", "Qté", "Prix unit.", "Total"]] + [[i[0], i[1], f"{i[2]:.2f}", f"{i[1] * i[2]:.2f}"] for i in items]
    total = sum(i[1] * i[2] for i in items)
    if v % 2 == 0:
        att = {"kind": "pdf", "filename": f"Facture_{inv}.pdf", "data": make_pdf(f"Facture {inv}", [
            ("kv", [("Client", "Hôpital Saint-Aubin – Approvisionnement"), ("Bon de commande", po), ("Date", dt.date().isoformat())]),
            ("table", rows), ("p", f"Total avant taxes : {total:.2f} $. TPS 5 %, TVQ 9,975 %. Paiement net 30 jours.")])}
    else:
        att = {"kind": "xlsx", "filename": f"facture_{inv}.xlsx", "data": make_xlsx([("Facture", rows + [["", "", "Total", f"{total:.2f}"]])])}
    paras = [f"Veuillez trouver ci-joint la facture {inv} relative au bon de commande {po}." if not en else
             f"Please find attached invoice {inv} for purchase order {po}.",
             f"Montant : {total:.2f} $ avant taxes." if not en else f"Amount: ${total:.2f} before tax."]
    b = "\n\n".join(["Bonjour," if not en else "Hello,"] + paras + ["Service de la facturation\nMédi-Fournitures Boréal inc.\n" + ORG["supplier"][2]]) + "\n"
    spec = {"from": sup, "to": [box("hop", "comptes.payables", "Comptes payables")], "subject": f"Facture {inv} – {po}", "body": b, "date": dt,
            "attachments": [att]}
    return N(spec, "Supplier invoice / purchase order", "invoice", "en" if en else "fr")


def n_stats(g, v):
    en = v == 5
    dt = g.msg_datetime()
    a = g.staff("en" if en else "fr", "Chef" if not en else "Flow")
    weeks = [f"S{w}" for w in range(1, 9)]
    rows = [["Semaine" if not en else "Week", "Visites", "Ambulances", "DMS civière (h)", "> 24 h", "Intox.", "Traumas"]]
    for w in weeks:
        rows.append([w, g.randint(900, 1400), g.randint(180, 320), round(g.randint(140, 260) / 10, 1), g.randint(10, 90), g.randint(15, 60), g.randint(20, 70)])
    kind = v % 3
    if kind == 0:
        att = [{"kind": "xlsx", "filename": f"indicateurs_urgence_P{g.randint(1, 13)}.xlsx", "data": make_xlsx([("Indicateurs", rows)])}]
        text = ["Indicateurs de performance de l'urgence pour la période (voir fichier)." if not en else "ED KPIs for the period attached."]
        spec_extra = {}
    elif kind == 1:
        att = [{"kind": "csv", "filename": "stats_urgence.csv", "text": make_csv(rows)}]
        text = ["Extraction des données agrégées, sans renseignements nominatifs." if not en else "Aggregate extract, no identifiers."]
        spec_extra = {}
    else:
        att = None
        text = ["Tableau des indicateurs hebdomadaires :" if not en else "Weekly indicators:", "[[TABLE]]",
                f"Taux d'occupation moyen : {g.randint(110, 180)} %." if not en else f"Average occupancy: {g.randint(110, 180)} %."]
        spec_extra = {"html_table": (rows[0], rows[1:]), "transport": {"form": g.choice(["html", "alt"])}}
    b = body(g, "en" if en else "fr", None, text, a)
    spec = {"from": S(a), "to": [box("hop", "direction.urgence", "Direction – urgence")], "subject": g.choice(["Indicateurs urgence", "Statistiques hebdomadaires", "Tableau de bord – période"]) if not en else "ED weekly statistics",
            "body": b.replace("[[TABLE]]", table_text(rows[0], rows[1:])), "date": dt, "attachments": att}
    if spec_extra:
        spec.update(spec_extra)
        spec["html"] = to_html(b, g, (rows[0], rows[1:]))
    return N(spec, "Aggregate ED statistics", "statistics", "en" if en else "fr")


def n_blank_form(g, v):
    dt = g.msg_datetime()
    a = g.staff("fr", "archiv" if v % 2 else "social")
    forms = [
        ("Demande d'accès au dossier de l'usager", [("Nom de l'usager", "______________________"), ("NAM", "____ ____ ____"),
                                                     ("Date de naissance", "AAAA-MM-JJ"), ("Documents demandés", "□ Urgence □ Imagerie □ Laboratoire"),
                                                     ("Signature", "______________________")]),
        ("Signalement à la DPJ – aide-mémoire", [("Nom de l'enfant", "____________"), ("Date de naissance", "____________"),
                                                  ("Motif de compromission", "□ négligence □ abus physique □ abus sexuel □ mauvais traitements psychologiques"),
                                                  ("Faits observés", "")]),
        ("Avis au coroner – modèle", [("Nom du défunt", ""), ("Date et heure du décès", ""), ("Circonstances", ""), ("Médecin déclarant", "")]),
        ("Rapport d'intervention préhospitalière – gabarit", [("No d'intervention", ""), ("Nom, prénom", ""), ("NAM", ""), ("Signes vitaux", "")]),
        ("Consentement à la remise d'une trousse médicolégale", [("Nom de la personne", "_______"), ("No de trousse", "TSM-__-___"),
                                                                  ("Corps policier", "_______"), ("Signature", "_______")]),
        ("Formulaire de demande de transport interétablissement", [("Patient", ""), ("Date de naissance", ""), ("Diagnostic", ""), ("O2", "□ oui □ non")]),
    ]
    title, fields = forms[v % len(forms)]
    if v % 2 == 0:
        data = make_pdf(title, [("kv", fields), ("small", "Version 2024-03 – gabarit vierge")])
        att = {"kind": "pdf", "filename": f"{title}.pdf", "data": data}
    else:
        data = make_docx(title, [f"{k} : {val}" for k, val in fields] + ["Gabarit vierge – ne pas modifier."])
        att = {"kind": "docx", "filename": f"{title} (vierge).docx", "data": data}
    b = body(g, "fr", None, [g.choice(["Voici le formulaire vierge à jour, merci de jeter les anciennes versions.",
                                       "Tel que demandé, le gabarit à utiliser dorénavant."])], a)
    spec = {"from": S(a), "to": [box("hop", "urgence.tous", "Urgence – tous")], "subject": f"Formulaire à jour : {title}", "body": b, "date": dt,
            "attachments": [att]}
    return N(spec, "Blank form/template with empty identity fields", "blank_form", "fr")


def n_teaching(g, v):
    en = v in (3, 6)
    dt = g.msg_datetime()
    t = g.staff("en" if en else "fr", "TOX") if v % 2 else g.staff("en" if en else "fr", "MD")
    cases_fr = [
        "Une femme de 34 ans se présente 6 heures après l'ingestion de 40 comprimés de lithium à libération prolongée. "
        "Lithémie initiale 1,9 mmol/L, puis 4,1 mmol/L à 10 h. Question : quand faut-il dialyser?",
        "Un homme de 58 ans, diabétique, est retrouvé confus. Glycémie 1,8 mmol/L malgré 3 ampoules de D50. "
        "Il prend du gliclazide. Quelle est la place de l'octréotide?",
        "Un adolescent de 16 ans arrive en arrêt respiratoire après avoir fumé un comprimé « de Percocet ». La naloxone 0,4 mg "
        "n'a eu qu'un effet transitoire. Dépistage : fentanyl et nitazène. Discussion : perfusion de naloxone.",
        "Une patiente de 72 ans chute dans sa salle de bain; INR 3,8 sous warfarine; TDM : hématome sous-dural aigu de 8 mm. "
        "Quels agents de renversement utiliser et à quelle dose?",
        "Un travailleur de 45 ans exposé à de l'acide fluorhydrique sur les doigts. Douleur disproportionnée. Gluconate de calcium topique?",
    ]
    cases_en = ["A 27-year-old man presents after ingesting windshield washer fluid. Osmolal gap 36, pH 7.21. Fomepizole vs ethanol?",
                "A 3-year-old swallowed a button battery 2 hours ago. X-ray shows the halo sign in the esophagus. Honey or not?"]
    case = g.choice(cases_en if en else cases_fr)
    paras = [("Cas clinique de la semaine (anonymisé) :" if not en else "Case of the week (de-identified):"), case,
             ("Réponses et discussion au club de lecture jeudi midi." if not en else "Discussion at journal club Thursday noon.")]
    b = body(g, "en" if en else "fr", None, paras, t)
    spec = {"from": S(t), "to": [box("hop", "residents.urgence", "Résidents – médecine d'urgence")],
            "subject": "Cas clinique de la semaine" if not en else "Case of the week", "body": b, "date": dt}
    return N(spec, "Anonymised teaching case (age/sex only)", "teaching_case", "en" if en else "fr")
