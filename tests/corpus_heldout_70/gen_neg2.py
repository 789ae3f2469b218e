# -*- coding: utf-8 -*-
"""Negative templates, part 2: research, policies, EMS fleet, simulation, social, consultants,
protocols, audits, reply chains, assets, newsletters, surveys, ICS/vCard/CSV/ZIP/eml, misc."""
import datetime

from gen_common import ORG, STAFF_FR, STAFF_EN, Staff, date_fr, date_en, MONTHS_FR, MONTHS_EN
from gen_text import body, quote, table_text, signature, to_html, forward_block
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_ics, make_vcf, make_zip
from gen_pos1 import S, box
from gen_neg1 import N, luhn_num, matricule


def n_research(g, v):
    en = v == 3
    dt = g.msg_datetime()
    r = g.staff("en" if en else "fr", "TOX")
    if en:
        paras = ["Protocol TOX-ED-24 (v3.1) has received final REB approval.",
                 "Inclusion: adults ≥ 18 presenting with suspected opioid overdose requiring ≥ 2 doses of naloxone. Exclusion: pregnancy, "
                 "cardiac arrest on arrival. Primary outcome: recurrent toxicity within 6 h.",
                 "Research assistants will screen the tracking board 08:00–20:00; no identifiers leave the site."]
        subj = "TOX-ED-24 – REB approval"
    else:
        paras = [g.choice(["Le protocole ÉTUDE-TCC-AÎNÉS a reçu l'approbation finale du CÉR.",
                           "Le protocole NALOX-URG (version 2.0) est approuvé par le comité d'éthique."]),
                 "Critères d'inclusion : 65 ans et plus, TCC léger, sous anticoagulant. Exclusion : GCS < 13, refus de consentement. "
                 "Issue principale : hémorragie intracrânienne retardée à 7 jours.",
                 "Recrutement prévu : 340 participants sur 18 mois. Les assistantes de recherche seront présentes de 8h à 20h."]
        subj = g.choice(["Approbation CÉR – protocole", "Nouveau projet de recherche à l'urgence"])
    b = body(g, "en" if en else "fr", None, paras, r)
    spec = {"from": S(r), "to": [box("hop", "urgence.md", "Urgentologues HSA")], "subject": subj, "body": b, "date": dt}
    return N(spec, "Research protocol without participant identities", "research", "en" if en else "fr")


def n_police_policy(g, v):
    dt = g.msg_datetime()
    chief = g.staff("fr", "Chef")
    paras = [g.choice(["Rappel de la procédure lorsqu'un policier demande des renseignements sur un usager à l'urgence :",
                       "Suite à plusieurs questions, voici la marche à suivre pour les demandes des coroners :"]),
             "1. Vérifier l'identité et le matricule de l'agent.\n2. Aucun renseignement clinique sans consentement, mandat ou "
             "ordonnance, sauf urgence (danger imminent).\n3. Référer aux archives (poste 2240) pour toute demande écrite.\n"
             "4. Documenter la demande au dossier.",
             "La Loi sur les coroners permet au coroner d'obtenir copie du dossier; ces demandes passent aussi par les archives."]
    b = body(g, "fr", None, paras, chief)
    spec = {"from": S(chief), "to": [box("hop", "urgence.tous", "Urgence – tous")], "subject": g.choice(["Procédure – demandes policières", "Rappel : demandes des coroners et policiers"]),
            "body": b, "date": dt}
    return N(spec, "General procedure for police/coroner requests", "policy", "fr")


def n_ems_fleet(g, v):
    en = v == 3
    dt = g.msg_datetime()
    c = g.staff("fr", "préhosp") if not en else g.staff("en", "Paramedic")
    units = [f"{g.randint(1, 9)}{g.randint(100, 999)}" for _ in range(3)]
    if en:
        paras = [f"Units {', '.join(units)} are out of service for scheduled maintenance this week.",
                 f"Offload delays: average 47 min yesterday at your ED (target 30). Call volume up 12 % vs last year."]
        subj = "Fleet status and offload delays"
    else:
        paras = [f"Les véhicules {', '.join(units)} sont hors service pour entretien préventif jusqu'à vendredi.",
                 f"Délai moyen de prise en charge des patients à votre urgence hier : {g.randint(30, 90)} min (cible 30 min).",
                 f"Nombre d'appels priorité 0-1 : {g.randint(100, 300)} cette semaine."]
        subj = g.choice(["État de la flotte", "Délais de prise en charge – ambulances", "Avis préhospitalier"])
    b = body(g, "en" if en else "fr", None, paras, c, "amb")
    spec = {"from": S(c, "amb"), "to": [box("hop", "urgence.chefs", "Chefs de l'urgence")], "subject": subj, "body": b, "date": dt}
    return N(spec, "EMS fleet / offload-delay notice", "ems_fleet", "en" if en else "fr")


def n_simulation(g, v):
    dt = g.msg_datetime()
    t = g.staff("fr", "Conseillère")
    if v % 2 == 0:
        paras = ["Simulation in situ jeudi 14h en salle de réanimation 2 :",
                 "Scénario : polytraumatisé motocycliste, 30 ans, choc hémorragique, activation du protocole de transfusion massive. "
                 "Mannequin haute fidélité; aucun vrai patient ne sera déplacé.",
                 "Participants : 2 infirmières, 1 inhalothérapeute, 1 urgentologue, 1 résident."]
        subj = "Simulation in situ – trauma"
    else:
        paras = ["Exercice code orange (afflux massif de blessés) le " + date_fr(dt.date() + datetime.timedelta(days=12)) + ".",
                 f"{g.randint(20, 40)} victimes simulées (figurants), étiquettes de triage START numérotées V-01 à V-40. "
                 "Scénario : déraillement de train avec déversement de chlore.",
                 "Les figurants porteront un maquillage de lésions; la décontamination sera testée."]
        subj = "Exercice code orange – information"
    b = body(g, "fr", None, paras, t)
    spec = {"from": S(t), "to": [box("hop", "urgence.tous", "Urgence – tous")], "subject": subj, "body": b, "date": dt}
    return N(spec, "Simulation / mass-casualty exercise, fictional victims", "simulation", "fr")


def n_social_event(g, v):
    en = v == 3
    dt = g.msg_datetime()
    s = g.staff("en" if en else "fr")
    hon = g.staff("en" if en else "fr")
    if en:
        paras = [f"Please join us Friday at 4 pm in the staff lounge to celebrate {hon.full}'s retirement after 31 years in the ED!",
                 "Cake and coffee provided. Card circulating at the nursing station."]
        subj = f"Retirement party – {hon.given}"
    else:
        paras = g.choice([[f"C'est la fête {'d' + chr(39) if hon.given[0] in 'AEIOUÉÈaeiou' else 'de '}{hon.given} {hon.surname} le {date_fr(dt.date() + datetime.timedelta(days=3))} ! Gâteau au poste à 15h."],
                          [f"Party de Noël de l'urgence : vendredi 13 décembre, 19h, Brasserie du Vieux-Port. 25 $ par personne, virement à {s.given}."],
                          [f"Départ à la retraite de {hon.full} après 28 ans à l'urgence. 5 à 7 jeudi au salon du personnel."]])
        subj = g.choice(["Fête au poste!", "Party de Noël", "Retraite – 5 à 7"])
    b = body(g, "en" if en else "fr", None, paras, s)
    spec = {"from": S(s), "to": [box("hop", "urgence.tous", "Urgence – tous")], "subject": subj, "body": b, "date": dt}
    return N(spec, "Staff social event", "social_event", "en" if en else "fr")


def n_consultants(g, v):
    en = v == 4
    dt = g.msg_datetime()
    s = g.staff("en" if en else "fr", "administrative" if not en else "Flow")
    rows = [["Spécialité" if not en else "Service", "Médecin" if not en else "Physician", "Téléavertisseur" if not en else "Pager"],
            ["Toxicologie (intox. lithium, méthanol, bloqueurs calciques)" if not en else "Toxicology (overdoses)", "Dr François Bellemare", f"{g.randint(1000, 9999)}"],
            ["Traumatologie / choc hémorragique" if not en else "Trauma surgery", "Dre Marie-Ève Charest" if not en else "Dr. Priya Raman", f"{g.randint(1000, 9999)}"],
            ["Psychiatrie (crise suicidaire, psychose)" if not en else "Psychiatry", "Dr Alain Vézina", f"{g.randint(1000, 9999)}"],
            ["Néphrologie (dialyse urgente)" if not en else "Nephrology (urgent dialysis)", "Dre Lina Haroun", f"{g.randint(1000, 9999)}"],
            ["Pédiatrie (ingestion, maltraitance)" if not en else "Pediatrics", "Dre Sophie Bergevin", f"{g.randint(1000, 9999)}"]]
    paras = [("Liste des consultants de garde cette fin de semaine :" if not en else "On-call consultants this weekend:"), "[[TABLE]]"]
    b = body(g, "en" if en else "fr", None, paras, s)
    spec = {"from": S(s), "to": [box("hop", "urgence.tous", "Urgence – tous")],
            "subject": ("Consultants de garde – fin de semaine" if not en else "On-call consultants"),
            "body": b.replace("[[TABLE]]", table_text(rows[0], rows[1:])), "date": dt}
    if v % 2 == 1:
        spec["html"] = to_html(b, g, (rows[0], rows[1:]))
        spec["transport"] = {"form": "html"}
    return N(spec, "On-call consultants named with diseases they treat", "consultants", "en" if en else "fr")


def n_protocol(g, v):
    en = v == 4
    dt = g.msg_datetime()
    p = g.staff("en" if en else "fr", "Pharm")
    protos_fr = [
        ("Nouveau protocole N-acétylcystéine (2 sacs)", "Sac 1 : 200 mg/kg sur 4 h; sac 2 : 100 mg/kg sur 16 h. Dosage de l'acétaminophène "
         "et des AST à la fin du sac 2. Réactions anaphylactoïdes moins fréquentes qu'avec l'ancien protocole."),
        ("Ordonnance collective – naloxone pour emporter", "Toute personne à risque de surdose peut recevoir une trousse (2 x 4 mg intranasal) "
         "sans ordonnance individuelle. Inscrire la remise au registre."),
        ("Sepsis – ordonnances préimprimées révisées", "Lactate au triage si SIRS ≥ 2; antibiotiques dans l'heure; 30 mL/kg de cristalloïdes "
         "si hypotension. Pipéracilline-tazobactam 4,5 g IV en première intention."),
        ("Protocole de sédation procédurale", "Kétamine 1 mg/kg IV ou propofol 0,5-1 mg/kg; surveillance capnographie obligatoire."),
    ]
    t = g.choice(protos_fr) if not en else ("Updated hyperkalemia order set", "Insulin 5 units IV with D50 if glucose < 15; calcium gluconate 3 g IV for ECG changes.")
    paras = [t[0] + " :", t[1], "Les ordonnances sont disponibles dans l'intranet, section Pharmacie." if not en else "Available on the intranet."]
    b = body(g, "en" if en else "fr", None, paras, p)
    spec = {"from": S(p), "to": [box("hop", "urgence.tous", "Urgence – tous")], "subject": t[0], "body": b, "date": dt}
    return N(spec, "Protocol / order-set update (drugs and doses, no patient)", "protocol", "en" if en else "fr")


def n_audit(g, v):
    dt = g.msg_datetime()
    a = g.staff("fr", "Conseillère")
    paras = [g.choice([f"Résultats de l'audit d'hygiène des mains à l'urgence : {g.randint(55, 92)} % (n = {g.randint(150, 400)} opportunités).",
                       f"Audit du triage : {g.randint(60, 90)} % des patients P2 vus dans les 15 minutes; {g.randint(5, 20)} % de sous-triage.",
                       f"Audit des contentions : {g.randint(10, 40)} épisodes ce trimestre, {g.randint(60, 95)} % avec ordonnance conforme."]),
             "Le détail par quart est disponible au poste. Merci à tous pour vos efforts!"]
    b = body(g, "fr", None, paras, a)
    spec = {"from": S(a), "to": [box("hop", "urgence.tous", "Urgence – tous")], "subject": "Résultats d'audit – urgence", "body": b, "date": dt}
    return N(spec, "Aggregate audit results", "audit", "fr")


def n_formulary(g, v):
    en = v == 2
    dt = g.msg_datetime()
    p = g.staff("en" if en else "fr", "Pharm")
    if en:
        paras = ["Formulary change effective Monday: dalteparin replaces enoxaparin for VTE prophylaxis.", "Dosing charts attached to the intranet page."]
        subj = "Formulary change"
    else:
        paras = [g.choice(["Changement au formulaire : le céfazoline 2 g devient le format standard à l'urgence.",
                           "Retrait du formulaire : mépéridine injectable. Utiliser l'hydromorphone."]),
                 "Le comité de pharmacologie a approuvé le changement le mois dernier."]
        subj = "Changement au formulaire"
    b = body(g, "en" if en else "fr", None, paras, p)
    spec = {"from": S(p), "to": [box("hop", "medecins", "Corps médical")], "subject": subj, "body": b, "date": dt}
    return N(spec, "Formulary change", "formulary", "en" if en else "fr")


def n_shift_swap(g, v):
    en = v == 4
    dt = g.msg_datetime()
    a, b_ = g.staff("en" if en else "fr"), g.staff("en" if en else "fr")
    d = dt.date() + datetime.timedelta(days=g.randint(3, 20))
    if en:
        orig = f"Hi {b_.given},\n\nWould you swap my night on {date_en(d)} for your evening on the 28th? I have a course.\n\n{a.given}"
        top = "Sure, done. I updated the schedule."
    else:
        orig = g.choice([f"Salut {b_.given},\n\nEst-ce que tu échangerais ma nuit du {date_fr(d)} contre ton soir du 28? J'ai un cours.\n\n{a.given}",
                         f"Bonjour {b_.given},\n\nJe cherche quelqu'un pour mon quart de jour du {date_fr(d)} (zone C, triage). Intéressée?\n\n{a.given}"])
        top = g.choice(["Pas de problème, c'est fait dans Logibec.", "Ok pour moi, j'avise l'AIC.", "Désolée, je suis déjà en congé cette journée-là."])
    q = quote(orig, g.choice(["gt_fr", "outlook_fr"]) if not en else "gt_en", a.full, a.email(), dt - datetime.timedelta(hours=g.randint(2, 30)),
              b_.email(), "Échange de quart")
    bd = top + "\n\n" + b_.given + "\n\n" + q + "\n"
    spec = {"from": S(b_), "to": [S(a)], "subject": "RE: Échange de quart" if not en else "RE: shift swap", "body": bd, "date": dt, "reply": True}
    return N(spec, "Shift-swap reply chain between staff", "shift_swap", "en" if en else "fr")


def n_asset(g, v):
    dt = g.msg_datetime()
    t = g.staff("fr", "informatique")
    serial = luhn_num(g, 10)
    asset = str(g.randint(1000000, 9999999))
    paras = [g.choice([f"Le moniteur cardiaque de la salle de réa 1 (no d'actif {asset}, no de série {serial}) est envoyé en réparation.",
                       f"Bon de travail {g.randint(100000, 999999)} : vidéolaryngoscope no série {serial[:4]}-{serial[4:7]}-{serial[7:]} – écran fissuré.",
                       f"Inventaire des pompes : actif {asset} introuvable depuis le 12. Dernière localisation : zone B, civière 14."]),
             f"Appareil de remplacement installé (actif {g.randint(1000000, 9999999)})."]
    b = body(g, "fr", None, paras, t)
    spec = {"from": S(t), "to": [box("hop", "genie.biomedical", "Génie biomédical")], "subject": g.choice(["Équipement – réparation", "Bon de travail", "Inventaire"]),
            "body": b, "date": dt}
    return N(spec, "Biomedical asset / serial numbers (one checksum-valid)", "asset", "fr")


def n_en_newsletter(g, v):
    dt = g.msg_datetime()
    s = g.staff("en", "TOX" if v % 2 else "Trauma")
    if v % 2:
        txt = (f"Regional Poison Centre – Quarterly Report\n\nCalls: {g.randint(9000, 14000)} (+6 %). Top exposures: analgesics, "
               "household cleaners, cannabis edibles, antidepressants. Pediatric (< 6 y) exposures: 38 %.\n\n"
               "Emerging threats: nitazenes, xylazine-adulterated fentanyl, bromazolam. Naloxone remains first-line.")
    else:
        txt = (f"Trauma System Update\n\nThis quarter the regional system received {g.randint(600, 900)} trauma activations. "
               "Mean time to CT: 24 min. Pediatric transfers: 41. Reminder: whole-blood pilot starts next month at the lead centre.\n\n"
               "Upcoming: TNCC course, rural trauma team development course.")
    atts = None
    if v >= 3:
        atts = [{"kind": "pdf", "filename": "quarterly_report.pdf", "data": make_pdf(txt.split("\n")[0], [("p", txt)])}]
        bd = body(g, "en", None, ["Please find this quarter's report attached."], s)
    else:
        bd = txt + "\n\n" + signature(g, s, lang="en") + "\n"
    spec = {"from": S(s), "to": [box("hop", "ed.staff", "ED Staff")], "subject": txt.split("\n")[0], "body": bd, "date": dt, "attachments": atts}
    return N(spec, "English newsletter with aggregate figures", "newsletter_en", "en")


def n_survey(g, v):
    dt = g.msg_datetime()
    a = g.staff("fr", "Chef")
    paras = [f"Résultats du sondage de satisfaction des usagers de l'urgence ({g.randint(300, 900)} répondants) :",
             f"Satisfaction globale : {g.randint(60, 85)} %\nPolitesse du personnel : {g.randint(80, 95)} %\nTemps d'attente jugé acceptable : {g.randint(20, 50)} %",
             "Commentaire fréquent : manque d'information sur le délai. Un écran d'attente sera installé en salle."]
    b = body(g, "fr", None, paras, a)
    spec = {"from": S(a), "to": [box("hop", "urgence.tous", "Urgence – tous")], "subject": "Sondage de satisfaction – résultats", "body": b, "date": dt}
    return N(spec, "Aggregate patient-satisfaction survey", "survey", "fr")


def n_complaints(g, v):
    dt = g.msg_datetime()
    a = g.staff("fr", "Chef")
    paras = [f"Rapport du commissariat aux plaintes pour l'urgence : {g.randint(20, 60)} plaintes ce trimestre.",
             f"Motifs : délais ({g.randint(30, 50)} %), communication ({g.randint(15, 30)} %), soins ({g.randint(10, 20)} %). "
             "Aucune plainte n'a mené à une mesure disciplinaire.", "Recommandation : affichage des délais en temps réel."]
    b = body(g, "fr", None, paras, a)
    spec = {"from": S(a), "to": [box("hop", "direction.urgence", "Direction – urgence")], "subject": "Plaintes – bilan trimestriel", "body": b, "date": dt}
    return N(spec, "Aggregate complaints report", "complaints", "fr")


def n_ics_staff(g, v):
    en = v == 4
    dt = g.msg_datetime()
    o = g.staff("en" if en else "fr")
    start = (dt + datetime.timedelta(days=g.randint(2, 20))).replace(tzinfo=None, hour=g.choice([7, 12, 14]), minute=0, second=0, microsecond=0)
    summ = g.choice(["Comité de traumatologie", "Formation naloxone – personnel", "Caucus sécurité – code blanc", "Réunion des chefs d'équipe"]) \
        if not en else "ED leadership huddle"
    desc = ("Ordre du jour : indicateurs, révision du protocole, varia. Lien Teams dans l'invitation." if not en else
            "Agenda: KPIs, staffing, winter surge plan.")
    ics = make_ics(f"{g.rng.getrandbits(64):016x}@{ORG['hop'][1]}", start, start + datetime.timedelta(hours=1), summ, desc,
                   "Salle C-301", (o.full, o.email()), [(s[0] + " " + s[1], Staff(*s).email()) for s in g.sample(STAFF_FR if not en else STAFF_EN, 3)])
    b = body(g, "en" if en else "fr", None, ["Invitation ci-jointe." if not en else "Invite attached."], o)
    spec = {"from": S(o), "to": [box("hop", "urgence.chefs", "Chefs de l'urgence")], "subject": ("Invitation : " if not en else "Invitation: ") + summ,
            "body": b, "date": dt, "attachments": [{"kind": "ics", "filename": "invite.ics", "text": ics}]}
    return N(spec, "Staff meeting calendar invitation", "ics_staff", "en" if en else "fr")


def n_vcard_staff(g, v):
    dt = g.msg_datetime()
    s = g.staff("fr")
    vcf = make_vcf(s.given, s.surname, tel=[("WORK", f"{ORG['hop'][2]} poste {g.randint(2000, 7999)}")], email=s.email(), org=ORG["hop"][0],
                   title=s.role, version="3.0")
    if v == 2:
        vcf = make_vcf("Karine", "Laberge", tel=[("WORK", ORG["supplier"][2])], email=f"k.laberge@{ORG['supplier'][1]}", org=ORG["supplier"][0],
                       title="Représentante, produits d'urgence")
    b = body(g, "fr", None, [g.choice(["Mes coordonnées en pièce jointe pour ton carnet d'adresses.", "Voici la fiche contact de notre représentante."])], s)
    spec = {"from": S(s), "to": [box("hop", "urgence.chefs", "Chefs de l'urgence")], "subject": "Coordonnées", "body": b, "date": dt,
            "attachments": [{"kind": "vcf", "filename": "contact.vcf", "text": vcf}]}
    return N(spec, "vCard of staff member / supplier rep", "vcard_staff", "fr")


def n_csv_training(g, v):
    dt = g.msg_datetime()
    a = g.staff("fr", "Conseillère")
    rows = [["Matricule", "Nom", "Prénom", "Titre", "RCR", "Triage (ETG)", "Naloxone", "Date échéance"]]
    for s in g.sample(STAFF_FR, 10):
        rows.append([matricule(g), s[1], s[0], s[3], g.choice(["À jour", "Expiré"]), g.choice(["Oui", "Non"]), g.choice(["Oui", "Non"]),
                     f"{dt.year + 1}-{g.randint(1, 12):02d}-{g.randint(1, 28):02d}"])
    b = body(g, "fr", None, ["Voici l'état des formations obligatoires du personnel. Merci de compléter avant la fin du mois."], a)
    spec = {"from": S(a), "to": [box("hop", "urgence.chefs", "Chefs de l'urgence")], "subject": "Formations obligatoires – suivi", "body": b, "date": dt,
            "attachments": [{"kind": "csv", "filename": "formations_personnel.csv", "text": make_csv(rows, g.choice([";", ","])),
                             "charset": g.choice(["utf-8", "windows-1252"])}]}
    return N(spec, "Staff training CSV with employee numbers", "csv_training", "fr")


def n_zip_policies(g, v):
    dt = g.msg_datetime()
    a = g.staff("fr", "Chef")
    files = []
    for t in g.sample(["Politique – demandes policières", "Procédure – décès à l'urgence", "Procédure – code orange",
                       "Politique – contentions", "Procédure – trousse médicolégale"], 3):
        files.append((f"politiques/{t}.pdf", make_pdf(t, [("p", "Objet, portée, responsabilités, procédure, références. Adoptée par le comité de direction."),
                                                          ("small", "Version 3 – révision aux 3 ans")])))
    b = body(g, "fr", None, ["Les politiques révisées sont dans l'archive jointe pour consultation avant le comité."], a)
    spec = {"from": S(a), "to": [box("hop", "urgence.chefs", "Chefs de l'urgence")], "subject": "Politiques révisées", "body": b, "date": dt,
            "attachments": [{"kind": "zip", "filename": "politiques_urgence.zip", "files": files}]}
    return N(spec, "ZIP of policy documents", "zip_policies", "fr")


def n_eml_fwd(g, v):
    en = v == 2
    dt = g.msg_datetime()
    a = g.staff("en" if en else "fr")
    src = g.staff("en" if en else "fr")
    inner = {"from": S(src), "to": [S(a)], "subject": "Formation ACLS – dates" if not en else "ACLS recertification dates",
             "body": ("Bonjour,\n\nLes prochaines sessions ACLS auront lieu les 12 et 26 du mois prochain, local B-110. Inscription auprès de Chantal.\n\n" + src.full)
             if not en else ("Hi all,\n\nNext ACLS recertification sessions: the 12th and 26th, room B-110.\n\n" + src.full),
             "date": dt - datetime.timedelta(days=2), "lang": "en" if en else "fr"}
    b = body(g, "en" if en else "fr", None, ["Pour info, voir le message joint." if not en else "FYI, see attached."], a)
    spec = {"from": S(a), "to": [box("hop", "urgence.tous", "Urgence – tous")], "subject": ("TR: " if not en else "FW: ") + inner["subject"], "body": b,
            "date": dt, "attachments": [{"kind": "eml", "filename": "message.eml", "spec": inner, "inline": g.chance(0.5)}]}
    return N(spec, "Forwarded staff e-mail as message/rfc822", "eml_fwd", "en" if en else "fr")


def n_resources(g, v):
    dt = g.msg_datetime()
    sw = g.staff("fr", "social")
    paras = ["Liste mise à jour des ressources pour nos usagers :",
             f"Refuge Le Phare (hommes) : {ORG['refuge'][2]}\nMaison d'hébergement pour femmes victimes de violence : 514-555-0161\n"
             f"Ligne de prévention du suicide : 1-866-555-0162\nBanque alimentaire du quartier : 450-555-0163\nCLSC accueil psychosocial : {ORG['clsc'][2]}",
             "Merci d'afficher au poste de triage."]
    b = body(g, "fr", None, paras, sw)
    spec = {"from": S(sw), "to": [box("hop", "urgence.tous", "Urgence – tous")], "subject": "Ressources communautaires – liste à jour", "body": b, "date": dt}
    return N(spec, "Community resources list (no patient)", "resources", "fr")


def n_dpj_training(g, v):
    dt = g.msg_datetime()
    sw = g.staff("fr", "social")
    paras = ["Formation obligatoire : « Signaler à la DPJ : obligations des professionnels de l'urgence »",
             f"Date : {date_fr(dt.date() + datetime.timedelta(days=14))}, 12h à 13h, en ligne. Contenu : motifs de compromission, "
             "signes de maltraitance (fractures inexpliquées, brûlures), confidentialité et levée du secret professionnel."]
    b = body(g, "fr", None, paras, sw)
    spec = {"from": S(sw), "to": [box("hop", "urgence.tous", "Urgence – tous")], "subject": "Formation – signalement DPJ", "body": b, "date": dt}
    return N(spec, "Training on youth-protection reporting", "dpj_training", "fr")


def n_coroner_report(g, v):
    dt = g.msg_datetime()
    c = g.staff("fr", "Chef")
    paras = [f"Le rapport annuel du Bureau du coroner fait état de {g.randint(300, 600)} décès liés aux intoxications dans la région, "
             f"dont {g.randint(40, 70)} % impliquant des opioïdes de synthèse.",
             "Recommandations aux urgences : distribution systématique de naloxone au congé, référence en dépendance, dépistage du risque suicidaire.",
             "Rien de nominatif dans ce rapport; lecture suggérée."]
    b = body(g, "fr", None, paras, c)
    spec = {"from": S(c), "to": [box("hop", "urgence.md", "Urgentologues HSA")], "subject": "Rapport annuel du coroner – recommandations", "body": b, "date": dt}
    return N(spec, "Coroner annual report summary (aggregate)", "coroner_report", "fr")


def n_bed_mgmt(g, v):
    dt = g.msg_datetime()
    c = g.staff("fr", "Chef")
    paras = [f"Portrait {dt:%H}h : {g.randint(40, 70)} patients sur civière pour {g.randint(30, 45)} civières au permis.",
             f"{g.randint(10, 25)} en attente d'un lit (médecine {g.randint(5, 12)}, chirurgie {g.randint(1, 5)}, psychiatrie {g.randint(1, 6)}). "
             f"{g.randint(2, 9)} patients > 48 h.", "Niveau de surcapacité 3 déclenché."]
    b = body(g, "fr", None, paras, c)
    spec = {"from": S(c), "to": [box("hop", "gestion.lits", "Gestion des lits")], "subject": "Surcapacité – niveau 3", "body": b, "date": dt}
    return N(spec, "Bed-management counts without patient identities", "bed_mgmt", "fr")


def n_phone_list(g, v):
    dt = g.msg_datetime()
    a = g.staff("fr", "administrative")
    rows = [["Poste", "Local", "Téléphone"], ["Triage", "A-010", "450-555-0100 #4401"], ["Poste infirmier zone B", "B-120", "#4410"],
            ["Salle de réanimation", "A-030", "#4411"], ["Travail social urgence", "A-044", "#4460"], ["Archives", "S-020", "#2240"],
            ["Centre antipoison (externe)", "", ORG["cap"][2]]]
    b = body(g, "fr", None, ["Bottin téléphonique mis à jour :", table_text(rows[0], rows[1:])], a)
    spec = {"from": S(a), "to": [box("hop", "urgence.tous", "Urgence – tous")], "subject": "Bottin téléphonique – urgence", "body": b, "date": dt}
    return N(spec, "Department phone list", "phone_list", "fr")


def n_privileges(g, v):
    dt = g.msg_datetime()
    c = g.staff("fr", "Chef")
    doc = g.staff("fr", "MD")
    paras = [f"Le CMDP a renouvelé les privilèges de {doc.display} en médecine d'urgence pour 3 ans (statut actif).",
             "Les privilèges en sédation procédurale et échographie ciblée sont inclus."]
    b = body(g, "fr", None, paras, c)
    spec = {"from": S(c), "to": [S(doc)], "subject": "Renouvellement des privilèges", "body": b, "date": dt}
    return N(spec, "Medical staff credentialing (staff)", "privileges", "fr")


def n_security(g, v):
    dt = g.msg_datetime()
    s = g.staff("fr", "sécurité")
    paras = [g.choice(["Vol de vélo au support de l'entrée ambulancière hier soir. Les caméras ont été vérifiées.",
                       f"Statistiques code blanc : {g.randint(20, 60)} appels ce trimestre à l'urgence, dont {g.randint(2, 9)} avec blessure d'un employé. "
                       "Formation Oméga obligatoire."]),
             "Merci de verrouiller vos effets personnels."]
    b = body(g, "fr", None, paras, s)
    spec = {"from": S(s), "to": [box("hop", "urgence.tous", "Urgence – tous")], "subject": g.choice(["Sécurité – avis", "Code blanc – bilan"]), "body": b, "date": dt}
    return N(spec, "Security notice without patient data", "security", "fr")


def n_public_health(g, v):
    en = v == 2
    dt = g.msg_datetime()
    s = g.staff("en" if en else "fr", "Conseillère" if not en else "Flow")
    if en:
        paras = ["Heat warning in effect Tuesday to Thursday. Expect more heat exhaustion, dehydration in elderly and medication-related heat illness.",
                 "Cooling measures and extra water stations at triage."]
        subj = "Heat warning – ED preparedness"
    else:
        paras = [g.choice(["Semaine de sensibilisation à la maladie de Lyme : pensez à l'érythème migrant et à la prophylaxie par doxycycline 200 mg "
                           "chez l'adulte après une piqûre de tique dans les 72 h.",
                           "Alerte santé publique : cas de rougeole confirmés dans la région. Isoler tout patient fébrile avec éruption, "
                           "masque N95 pour le personnel non immun. Vérifiez votre statut vaccinal."]),
                 "Affiches disponibles au triage."]
        subj = g.choice(["Maladie de Lyme – rappel", "Rougeole – alerte santé publique"])
    b = body(g, "en" if en else "fr", None, paras, s)
    spec = {"from": S(s), "to": [box("hop", "urgence.tous", "Urgence – tous")], "subject": subj, "body": b, "date": dt}
    return N(spec, "Public-health / disease awareness notice", "public_health", "en" if en else "fr")


def n_wellness(g, v):
    dt = g.msg_datetime()
    h = g.staff("fr", "ressources")
    paras = ["Après les événements difficiles de la dernière semaine, le Programme d'aide aux employés (PAE) offre des rencontres de débreffage.",
             "Confidentiel et gratuit : 1-800-555-0164, 24/7. Un psychologue sera au salon du personnel jeudi 15h."]
    b = body(g, "fr", None, paras, h)
    spec = {"from": S(h), "to": [box("hop", "urgence.tous", "Urgence – tous")], "subject": "Soutien au personnel – PAE", "body": b, "date": dt}
    return N(spec, "Employee assistance programme notice", "wellness", "fr")


def n_pharma_rep(g, v):
    dt = g.msg_datetime()
    rep = ("Karine Laberge", f"k.laberge@{ORG['supplier'][1]}")
    paras = ["Je serai de passage à l'urgence mardi pour présenter notre nouvelle ceinture pelvienne et la trousse de naloxone intranasale 4 mg.",
             "Dîner offert au personnel. Échantillons de démonstration seulement (aucun médicament)."]
    b = "Bonjour,\n\n" + "\n\n".join(paras) + "\n\nKarine Laberge\nReprésentante, produits d'urgence\n" + ORG["supplier"][0] + "\n" + ORG["supplier"][2] + "\n"
    c = g.staff("fr", "Chef")
    bd = body(g, "fr", None, ["Pour info."], c) + "\n" + forward_block(b, "fr", rep[0], rep[1], dt - datetime.timedelta(days=1), c.email(), "Visite à l'urgence")
    spec = {"from": S(c), "to": [box("hop", "urgence.tous", "Urgence – tous")], "subject": "TR: Visite à l'urgence", "body": bd, "date": dt}
    return N(spec, "Forwarded sales-rep visit notice", "vendor_visit", "fr")


def n_lab_notice(g, v):
    en = v == 3
    dt = g.msg_datetime()
    l = g.staff("en" if en else "fr", "Biochemist" if en else "Biochimiste")
    if en:
        paras = ["New high-sensitivity troponin I assay from Monday. 99th percentile: 26 ng/L (women 16, men 34).",
                 "Do not compare values across assays; use the 0/2-hour algorithm in the order set."]
        subj = "New hs-troponin assay"
    else:
        paras = [g.choice(["Nouvelle trousse de dépistage urinaire : ajout du fentanyl et de la xylazine au panel rapide de l'urgence.",
                           "Pénurie de tubes à bouchon bleu (citrate) : utiliser les tubes de 1,8 mL jusqu'à nouvel ordre.",
                           "Les dosages d'éthanol, de méthanol et d'éthylène glycol sont maintenant disponibles 24/7 (délai 90 min)."]),
                 "Valeurs de référence mises à jour dans le répertoire des analyses."]
        subj = g.choice(["Avis du laboratoire", "Changement d'analyse", "Laboratoire – nouveauté"])
    b = body(g, "en" if en else "fr", None, paras, l, "labo")
    spec = {"from": S(l, "labo"), "to": [box("hop", "urgence.tous", "Urgence – tous")], "subject": subj, "body": b, "date": dt}
    return N(spec, "Laboratory notice (assay change) without patients", "lab_notice", "en" if en else "fr")


def n_ems_protocol(g, v):
    dt = g.msg_datetime()
    c = g.staff("fr", "préhosp")
    paras = ["Mise à jour des protocoles d'interventions cliniques (PIC) des paramédics :",
             "- Naloxone : dose initiale 0,4 mg IM, répétable q3-5 min, max 2 mg.\n- Acide tranexamique préhospitalier pour trauma avec "
             "choc (1 g IV).\n- Critères de transport direct au centre de traumatologie révisés.",
             "Entrée en vigueur le 1er du mois prochain."]
    b = body(g, "fr", None, paras, c, "amb")
    spec = {"from": S(c, "amb"), "to": [box("hop", "urgence.md", "Urgentologues HSA")], "subject": "Mise à jour PIC paramédics", "body": b, "date": dt}
    return N(spec, "Paramedic protocol update", "ems_protocol", "fr")
